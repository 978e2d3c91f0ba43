#include "xml.h"
#include "../src/util.h"

#include <string.h>

int parley_xml_escape(FILE *f, const char *s)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t n = strlen(s), i = 0, run = 0;   /* bytes [run, i) are written as they are */
    while (i < n) {
        /* plain ASCII: the common case, no decoding */
        if (p[i] >= 0x20 && p[i] < 0x7F && p[i] != '&' && p[i] != '<' && p[i] != '>' && p[i] != '"' && p[i] != '\'') {
            i++;
            continue;
        }
        uint32_t cp;
        size_t k = parley_utf8_decode(&cp, p + i, n - i);
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
        bool ok = (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
        char enc[4];
        size_t l = ok && !rep ? parley_utf8_encode(enc, cp) : 0;
        if (!rep && ok && l == k && memcmp(enc, p + i, k) == 0) {
            i += k;   /* well-formed and allowed: stays in the run */
            continue;
        }
        if (i > run && fwrite(p + run, 1, i - run, f) != i - run)
            return -1;
        i += k;
        run = i;
        if (rep) {
            if (fputs(rep, f) < 0)
                return -1;
        } else if (ok && fwrite(enc, 1, l, f) != l) {   /* a replacement for malformed bytes */
            return -1;
        }
    }
    if (i > run && fwrite(p + run, 1, i - run, f) != i - run)
        return -1;
    return 0;
}
