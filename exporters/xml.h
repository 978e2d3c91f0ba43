/**
 * @file xml.h
 * @brief Writing text into XML: escaped, and stripped of the characters XML 1.0 forbids.
 */
#ifndef PARLEY_XML_H
#define PARLEY_XML_H

#include <stdio.h>

/** @brief Write @p s escaped for XML text and attribute values (&, <, >, ", '), dropping control
 * characters and other code points XML 1.0 forbids; invalid UTF-8 becomes U+FFFD.
 * @return 0, or -1 when writing failed. O(length). */
int parley_xml_escape(FILE *f, const char *s);

#endif
