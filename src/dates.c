#include "dates.h"
#include "error.h"
#include "util.h"

#include <ctype.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

int parley_date_days_in_month(int y, int m)
{
    static const int dm[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12)
        return 0;
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        return 29;
    return dm[m - 1];
}

bool parley_date_valid(const parley_date *d)
{
    if (d->m && (d->m < 1 || d->m > 12))
        return false;
    if (d->d) {
        if (!d->m)
            return false;
        int max = d->y ? parley_date_days_in_month(d->y, d->m) : (d->m == 2 ? 29 : parley_date_days_in_month(2001, d->m));
        if (d->d < 1 || d->d > max)
            return false;
    }
    return d->y || d->m;
}

int parley_date_parse(parley_date *out, const char *s)
{
    parley_date d = {0, 0, 0};
    if (!s || !isdigit((unsigned char)s[0]))
        return PARLEY_EINPUT;
    char *end;
    d.y = (int)strtol(s, &end, 10);
    if (end - s != 4)
        return PARLEY_EINPUT;
    if (*end == '-') {
        d.m = (int)strtol(end + 1, &end, 10);
        if (*end == '-')
            d.d = (int)strtol(end + 1, &end, 10);
    }
    if (!parley_date_valid(&d))
        return PARLEY_EINPUT;
    *out = d;
    return 0;
}

/* n digits of v (0 <= v < 10^n) at p; returns the end. */
static char *put_digits(char *p, int v, int n)
{
    for (int k = n - 1; k >= 0; k--, v /= 10)
        p[k] = (char)('0' + v % 10);
    return p + n;
}

void parley_date_format(char *out, const parley_date *d)
{
    /* as snprintf("%04d-%02d-%02d") would write them, without its cost (once per event); a
     * part out of range goes through snprintf, which never writes more than 10 characters */
    bool in_range = d->y >= 0 && d->y <= 9999 && d->m >= 0 && d->m <= 99 && d->d >= 0 && d->d <= 99;
    char *p = out;
    if (!in_range) {
        if (d->y && d->m && d->d)
            snprintf(out, 11, "%04d-%02d-%02d", d->y, d->m, d->d);
        else if (d->y && d->m)
            snprintf(out, 11, "%04d-%02d", d->y, d->m);
        else if (d->y)
            snprintf(out, 11, "%04d", d->y);
        else if (d->m && d->d)
            snprintf(out, 11, "--%02d-%02d", d->m, d->d);
        else
            out[0] = '\0';
        return;
    }
    if (d->y) {
        p = put_digits(p, d->y, 4);
        if (d->m) {
            *p++ = '-';
            p = put_digits(p, d->m, 2);
            if (d->d) {
                *p++ = '-';
                p = put_digits(p, d->d, 2);
            }
        }
    } else if (d->m && d->d) {
        *p++ = '-';
        *p++ = '-';
        p = put_digits(p, d->m, 2);
        *p++ = '-';
        p = put_digits(p, d->d, 2);
    }
    *p = '\0';
}

/* days since 1970-01-01 (proleptic Gregorian) */
static long days_from_civil(int y, int m, int d)
{
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

static parley_date civil_from_days(long z)
{
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long y = yoe + era * 400;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    long d = doy - (153 * mp + 2) / 5 + 1;
    long m = mp + (mp < 10 ? 3 : -9);
    parley_date r = {(int)(y + (m <= 2)), (int)m, (int)d};
    return r;
}

int parley_date_weekday(const parley_date *d)
{
    long z = days_from_civil(d->y, d->m, d->d);
    /* 1970-01-01 was a Thursday (3) */
    long w = (z % 7 + 7 + 3) % 7;
    return (int)w;
}

parley_date parley_date_add_days(parley_date d, int days)
{
    return civil_from_days(days_from_civil(d.y, d.m, d.d) + days);
}

static const char *const months[] = {"january", "february", "march", "april", "may", "june", "july",
                                     "august", "september", "october", "november", "december"};

/* Do the n bytes at s read the lower-case word w, whatever the case of s's ASCII letters? */
static bool ci_prefix(const char *s, const char *w, size_t n)
{
    for (size_t k = 0; k < n; k++) {
        unsigned char c = (unsigned char)s[k];
        if ((c >= 'A' && c <= 'Z' ? c + 32 : c) != (unsigned char)w[k])
            return false;
    }
    return true;
}

#define LETTER_BIT PARLEY_LETTER_BIT

/* The letters a month's or a weekday's name starts with */
static const uint32_t month_initials = LETTER_BIT('j') | LETTER_BIT('f') | LETTER_BIT('m') | LETTER_BIT('a') |
                                       LETTER_BIT('s') | LETTER_BIT('o') | LETTER_BIT('n') | LETTER_BIT('d');
static const uint32_t weekday_initials =
    LETTER_BIT('m') | LETTER_BIT('t') | LETTER_BIT('w') | LETTER_BIT('f') | LETTER_BIT('s');

int parley_date_month_name(const char *s, size_t n)
{
    if (n && s[n - 1] == '.')
        n--;
    if (n < 3 || n > 9)
        return 0;
    /* most words fail here: no month starts with their letter */
    if (!parley_letter_in((unsigned char)s[0], month_initials))
        return 0;
    char c0 = (char)(s[0] | 0x20);
    for (int i = 0; i < 12; i++) {
        if (months[i][0] != c0)
            continue;
        size_t ml = strlen(months[i]);
        if ((n == ml || n == 3) && ci_prefix(s, months[i], n))
            return i + 1;
        if (n == 4 && i == 8 && ci_prefix(s, "sept", 4))
            return 9;
    }
    return 0;
}

int parley_date_weekday_name(const char *s, size_t n)
{
    static const char *const days[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
    static const unsigned char lens[] = {6, 7, 9, 8, 6, 8, 6};
    if (n < 6 || n > 9 || !parley_letter_in((unsigned char)s[0], weekday_initials))
        return -1;
    for (int i = 0; i < 7; i++)
        if (lens[i] == n && ci_prefix(s, days[i], n))
            return i;
    return -1;
}

parley_date parley_date_resolve_md(int m, int d, const parley_date *pub)
{
    parley_date r = {0, m, d};
    if (!pub || !pub->y)
        return r;
    r.y = pub->y;
    if (pub->m && (m > pub->m || (m == pub->m && pub->d && d > pub->d)))
        r.y--;
    if (!parley_date_valid(&r))  /* February 29 of a year that has none */
        r.y = 0;
    return r;
}

parley_date parley_date_resolve_weekday(int wday, const parley_date *pub)
{
    int w = parley_date_weekday(pub);
    int back = (w - wday + 7) % 7;
    return parley_date_add_days(*pub, -back);
}
