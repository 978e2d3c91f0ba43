#include "xml.h"
#include "../src/util.h"

#include <string.h>

int parley_xml_escape(FILE *f, const char *s)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t n = strlen(s), i = 0;
    while (i < n) {
        uint32_t cp;
        size_t k = parley_utf8_decode(&cp, p + i, n - i);
        i += k;
        const char *rep = NULL;
        switch (cp) {
        case '&': rep = "&amp;"; break;
        case '<': rep = "&lt;"; break;
        case '>': rep = "&gt;"; break;
        case '"': rep = "&quot;"; break;
        case '\'': rep = "&apos;"; break;
        case '\t': rep = "&#9;"; break;
        case '\n': rep = "&#10;"; break;
        case '\r': rep = "&#13;"; break;
        default: break;
        }
        if (rep) {
            if (fputs(rep, f) < 0)
                return -1;
            continue;
        }
        bool ok = (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
        if (!ok)
            continue;
        char enc[4];
        size_t l = parley_utf8_encode(enc, cp);
        if (fwrite(enc, 1, l, f) != l)
            return -1;
    }
    return 0;
}
