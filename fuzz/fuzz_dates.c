/* The date resolver: any date string, weekday and month/day against any publication date. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "dates.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char s[32];
    size_t n = size < sizeof(s) - 1 ? size : sizeof(s) - 1;
    memcpy(s, data, n);
    s[n] = '\0';
    parley_date pub, d;
    char out[11];
    if (parley_date_parse(&pub, s) == 0) {
        parley_date_format(out, &pub);
        if (pub.y && pub.m && pub.d) {
            for (int w = 0; w < 7; w++) {
                d = parley_date_resolve_weekday(w, &pub);
                if (!parley_date_valid(&d) || parley_date_weekday(&d) != w)
                    abort();
            }
            d = parley_date_add_days(pub, size > 4 ? (int)(data[4] * 37) - 4000 : 1);
            if (!parley_date_valid(&d))
                abort();
        }
        if (size >= 2) {
            d = parley_date_resolve_md(data[0] % 14, data[1] % 33, &pub);
            parley_date_format(out, &d);
        }
    }
    parley_date_month_name(s, n);
    parley_date_weekday_name(s, n);
    return 0;
}
