/* Events: meetings, agreements, calls and exercise participation, with dates, places and
 * evidence. */
#include "extraction.h"
#include "dates.h"
#include "error.h"
#include "util.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* ---- small token helpers ---------------------------------------------------------------- */

static const parley_token *tok(const parley_extraction *ex, size_t i) { return &ex->text.tokens[i]; }
static const char *tok_s(const parley_extraction *ex, size_t i) { return ex->text.text + tok(ex, i)->start; }
static size_t tok_n(const parley_extraction *ex, size_t i) { return tok(ex, i)->end - tok(ex, i)->start; }

static PARLEY_ALWAYS_INLINE bool is_w(const parley_extraction *ex, size_t i, const char *w)
{
    return parley_text_tok_is_ci(&ex->text, i, w);
}

/* Plural nouns for the people of a group: "Ministers of both countries" */
static const char *const plural_people[] = {"ministers", "officials", "representatives", "delegations", "leaders",
                                            "heads", "envoys", "diplomats", NULL};

static inline bool is_w_any(const parley_extraction *ex, size_t i, const char *const *ws)
{
    return parley_text_tok_in_ci(&ex->text, i, ws);
}

/* Words of speech that name a report's source ("said", "told reporters"). */
static const char *const speech_verbs[] = {"said", "says", "told", "added", "noted", "stated", "stressed",
                                           "announced", "reported", NULL};

/* Is token i a modal in lower case ("will meet", "could sign"; not "Theresa May")? */
static bool modal_at(const parley_extraction *ex, size_t i)
{
    static const char *const modals[] = {"will", "would", "shall", "could", "may", "might", "should", NULL};
    return !(tok(ex, i)->flags & PARLEY_TOK_CAP) && is_w_any(ex, i, modals);
}

/* The last words of a building named alone, and the first of a base ("Al Alam Palace", "Camp
 * Aguinaldo"): places in a city the sentence may not name. */
static const char *const building_heads[] = {"palace", "house", "haus", "hall", "headquarters", "villa", "airbase", "airport",
                                             "square", "street", "avenue", "boulevard", "mosque", "cathedral", "church",
                                             "hotel", "centre", "center", NULL};
static const char *const base_words[] = {"camp", "fort", NULL};

static bool is_p(const parley_extraction *ex, size_t i, char c)
{
    return tok(ex, i)->kind == PARLEY_TOK_PUNCT && *tok_s(ex, i) == c;
}

/* Does token i say a meeting of three sides or more ("trilateral", "quadrilateral", "three-way")? */
static bool multilateral_at(const parley_extraction *ex, size_t i)
{
    static const char *const words[] = {"trilateral", "quadrilateral", "three-way", NULL};
    char c = *tok_s(ex, i);
    return (c == 't' || c == 'q' || c == 'T' || c == 'Q') && tok_n(ex, i) >= 9 && is_w_any(ex, i, words);
}

/* Does a token of [b, e) say a meeting of three sides or more? */
static bool multilateral_in(const parley_extraction *ex, size_t b, size_t e)
{
    for (size_t q = b; q < e; q++)
        if (multilateral_at(ex, q))
            return true;
    return false;
}

static int num_val(const parley_extraction *ex, size_t i, size_t *digits)
{
    const char *s = tok_s(ex, i);
    size_t n = tok_n(ex, i), k = 0;
    int v = 0;
    while (k < n && isdigit((unsigned char)s[k]) && k < 6)
        v = v * 10 + (s[k++] - '0');
    if (digits)
        *digits = k;
    /* ordinals: 25th, 1st, 2nd, 3rd */
    if (k < n && !(n - k == 2 && (strncmp(s + k, "th", 2) == 0 || strncmp(s + k, "st", 2) == 0 ||
                                   strncmp(s + k, "nd", 2) == 0 || strncmp(s + k, "rd", 2) == 0)))
        return -1;
    return k ? v : -1;
}

/* ---- dates in text ---------------------------------------------------------------------- */

enum { D_NONE, D_ABS, D_REL_SAME_DAY, D_EARLIER };
enum { NO_REL = -1000 };   /* no "same day" or "day before" in a sentence */

typedef struct {
    size_t pos;          /* first token */
    size_t end;
    parley_date date;
    int kind;
    int weekday;         /* the weekday named, or -1: resolved backwards from the publication date */
    int shift;           /* D_REL_SAME_DAY: days after the event told before (-1: "the day before") */
    bool guessed_year;   /* a month and day whose year was taken from the publication date */
} date_hit;

/* One bit per letter, for a quick test of a word's first letter. */
#define LETTER_BIT PARLEY_LETTER_BIT

/* Is token i the "the" of "on the 14th" (an ordinal day alone, no month after it)? */
static PARLEY_ALWAYS_INLINE bool n_the_day(const parley_extraction *ex, size_t i, size_t se)
{
    if (i == 0 || i + 1 >= se || !is_w(ex, i, "the") || !is_w(ex, i - 1, "on"))
        return false;
    const parley_token *t = tok(ex, i + 1);
    size_t n = tok_n(ex, i + 1);
    const char *w = tok_s(ex, i + 1);
    if (t->kind != PARLEY_TOK_WORD || n < 3 || n > 4 || !isdigit((unsigned char)w[0]))
        return false;
    const char *suf = w + n - 2;
    if (strncmp(suf, "st", 2) && strncmp(suf, "nd", 2) && strncmp(suf, "rd", 2) && strncmp(suf, "th", 2))
        return false;
    /* "on the 4th of March", "on the 4th March": the month's date, read at the number */
    if (i + 2 < se && (is_w(ex, i + 2, "of") ||
                       ((tok(ex, i + 2)->flags & PARLEY_TOK_CAP) && parley_date_month_name(tok_s(ex, i + 2), tok_n(ex, i + 2)))))
        return false;
    return true;
}

/* The count token i says: "one" to "seven" in words, or a number in digits; -1 when none. */
static int count_at(const parley_extraction *ex, size_t i)
{
    static const char *const counts[] = {"one", "two", "three", "four", "five", "six", "seven", NULL};
    for (int k = 0; counts[k]; k++)
        if (is_w(ex, i, counts[k]))
            return k + 1;
    size_t dd;
    return tok(ex, i)->kind == PARLEY_TOK_NUM ? num_val(ex, i, &dd) : -1;
}

/* A date expression at token i of sentence [.., se). Fills hit; returns true when found. */
static bool date_at(const parley_extraction *ex, size_t i, size_t se, const parley_date *pub, date_hit *hit)
{
    const parley_token *t = tok(ex, i);
    /* most tokens cannot start a date: a quick test before the real ones */
    if (t->kind == PARLEY_TOK_PUNCT)
        return false;
    if (t->kind == PARLEY_TOK_WORD) {
        /* a word opens a date with a digit ("25th"), a month's or a weekday's name (capitalised)
         * or a relative word ("today", "yesterday", "same", "last", "next", "day", "previous",
         * "following", "this", "tonight"; "the weekend", "last weekend") */
        unsigned c0 = (unsigned char)*tok_s(ex, i);
        const uint32_t rel = LETTER_BIT('t') | LETTER_BIT('y') | LETTER_BIT('s') | LETTER_BIT('l') | LETTER_BIT('n') |
                           LETTER_BIT('d') | LETTER_BIT('p') | LETTER_BIT('f'),
                       cal = LETTER_BIT('j') | LETTER_BIT('f') | LETTER_BIT('m') | LETTER_BIT('a') | LETTER_BIT('s') |
                             LETTER_BIT('o') | LETTER_BIT('n') | LETTER_BIT('d') | LETTER_BIT('t') | LETTER_BIT('w');
        uint32_t first = (t->flags & PARLEY_TOK_CAP) ? rel | cal : rel;
        /* (... or "a week earlier", "one week later") */
        bool a_week = (c0 == 'a' || c0 == 'o') && tok_n(ex, i) <= 3 && i + 1 < se && is_w(ex, i + 1, "week");
        if (!(c0 >= '0' && c0 <= '9') && !parley_letter_in((unsigned char)c0, first) && !a_week)
            return false;
    }
    memset(hit, 0, sizeof(*hit));
    hit->pos = i;
    hit->kind = D_ABS;
    hit->weekday = -1;
    size_t dig;
    /* "two days earlier", "a week later", "three days before": so many days from the event told
     * before */
    if (i + 2 < se && (tok_n(ex, i + 1) == 4 || tok_n(ex, i + 1) == 5) && (*tok_s(ex, i + 1) == 'd' || *tok_s(ex, i + 1) == 'w') &&
        (is_w(ex, i + 1, "days") || is_w(ex, i + 1, "week") || is_w(ex, i + 1, "weeks")) &&
        (is_w(ex, i + 2, "earlier") || is_w(ex, i + 2, "later") || is_w(ex, i + 2, "before") || is_w(ex, i + 2, "after"))) {
        int n = is_w(ex, i, "a") ? 1 : count_at(ex, i);
        bool week = !is_w(ex, i + 1, "days");
        if (n >= 1 && n <= (week ? 4 : 31) && (week || n >= 2)) {
            hit->kind = D_REL_SAME_DAY;
            hit->shift = (week ? 7 * n : n) * (is_w(ex, i + 2, "earlier") || is_w(ex, i + 2, "before") ? -1 : 1);
            hit->end = i + 3;
            return true;
        }
    }
    /* 2020-01-21 */
    if (t->kind == PARLEY_TOK_NUM && tok_n(ex, i) == 4 && i + 4 < se && is_p(ex, i + 1, '-') &&
        tok(ex, i + 2)->kind == PARLEY_TOK_NUM && is_p(ex, i + 3, '-') && tok(ex, i + 4)->kind == PARLEY_TOK_NUM &&
        !(tok(ex, i + 1)->flags & PARLEY_TOK_SPACE)) {
        parley_date d = {num_val(ex, i, NULL), num_val(ex, i + 2, NULL), num_val(ex, i + 4, NULL)};
        if (parley_date_valid(&d) && d.y >= 1900) {
            hit->date = d;
            hit->end = i + 5;
            return true;
        }
    }
    /* 26/12/2023, 26.12.2023 */
    if (t->kind == PARLEY_TOK_NUM && (memchr(tok_s(ex, i), '/', tok_n(ex, i)) || memchr(tok_s(ex, i), '.', tok_n(ex, i)))) {
        int a = 0, b = 0, c = 0;
        char sep;
        char buf[16];
        size_t n = tok_n(ex, i) < 15 ? tok_n(ex, i) : 15;
        memcpy(buf, tok_s(ex, i), n);
        buf[n] = '\0';
        if (sscanf(buf, "%d%c%d%*c%d", &a, &sep, &b, &c) == 4 && c >= 1900 && c <= 2100) {
            parley_date d = {c, b, a};
            if (b > 12 && a <= 12) {
                d.m = a;
                d.d = b;
            }
            if (parley_date_valid(&d)) {
                hit->date = d;
                hit->end = i + 1;
                return true;
            }
        }
    }
    /* January 21[, 2020] / Jan. 21 / June 2019 */
    int m = t->kind == PARLEY_TOK_WORD && (t->flags & PARLEY_TOK_CAP) ? parley_date_month_name(tok_s(ex, i), tok_n(ex, i)) : 0;
    /* "June 5/2023" (ENA's datelines) */
    if (m && i + 1 < se && tok(ex, i + 1)->kind == PARLEY_TOK_NUM && tok_n(ex, i + 1) >= 6 && tok_n(ex, i + 1) <= 7) {
        const char *s = tok_s(ex, i + 1);
        size_t n = tok_n(ex, i + 1), k = 0;
        int v = 0;
        while (k < n && k < 2 && isdigit((unsigned char)s[k]))
            v = v * 10 + (s[k++] - '0');
        if (k && n - k == 5 && s[k] == '/' && isdigit((unsigned char)s[k + 1]) && isdigit((unsigned char)s[k + 4])) {
            parley_date d = {atoi(s + k + 1), m, v};
            if (parley_date_valid(&d)) {
                hit->date = d;
                hit->end = i + 2;
                return true;
            }
        }
    }
    if (m && i + 1 < se &&
        (tok(ex, i + 1)->kind == PARLEY_TOK_NUM ||
         /* "March 12th" */
         (tok(ex, i + 1)->kind == PARLEY_TOK_WORD && isdigit((unsigned char)*tok_s(ex, i + 1)) && num_val(ex, i + 1, NULL) > 0))) {
        int v = num_val(ex, i + 1, &dig);
        if (dig == 4 && v >= 1900 && v <= 2100) {
            hit->date = (parley_date){v, m, 0};
            hit->end = i + 2;
            return true;
        }
        if (dig >= 1 && dig <= 2 && v >= 1 && v <= 31) {
            size_t k = i + 2;
            if (k < se && is_p(ex, k, ','))
                k++;
            int y = 0;
            if (k < se && tok(ex, k)->kind == PARLEY_TOK_NUM) {
                int yy = num_val(ex, k, &dig);
                if (dig == 4 && yy >= 1900 && yy <= 2100)
                    y = yy;
            }
            parley_date d = y ? (parley_date){y, m, v} : parley_date_resolve_md(m, v, pub);
            if (parley_date_valid(&d) || (d.y == 0 && d.m && d.d)) {
                hit->date = d;
                hit->guessed_year = !y && d.y;
                hit->end = y ? k + 1 : i + 2;
                return true;
            }
        }
    }
    /* "in June": the latest June not after publication; "in early April", "in mid-April" */
    bool in_month = i > 0 && is_w(ex, i - 1, "in");
    if (m && !in_month && i > 1 && is_w(ex, i - 2, "in") && (is_w(ex, i - 1, "early") || is_w(ex, i - 1, "late")))
        in_month = true;
    if (m && !in_month && i > 2 && is_p(ex, i - 1, '-') && is_w(ex, i - 2, "mid") && is_w(ex, i - 3, "in"))
        in_month = true;
    if (m && in_month && pub && pub->y && pub->m &&
        !(i + 1 < se && tok(ex, i + 1)->kind == PARLEY_TOK_NUM)) {
        hit->date = (parley_date){m > pub->m ? pub->y - 1 : pub->y, m, 0};
        hit->guessed_year = true;
        hit->end = i + 1;
        /* "in April last year", "in March this year", "in May next year": the year said */
        if (i + 2 < se && is_w(ex, i + 2, "year") &&
            (is_w(ex, i + 1, "last") || is_w(ex, i + 1, "this") || is_w(ex, i + 1, "next"))) {
            hit->date.y = is_w(ex, i + 1, "last") ? pub->y - 1 : is_w(ex, i + 1, "next") ? pub->y + 1 : pub->y;
            hit->guessed_year = false;
            hit->end = i + 3;
        }
        return true;
    }
    /* "last October": the latest October before the month of publication */
    if (m && !in_month && i > 0 && is_w(ex, i - 1, "last") && pub && pub->y && pub->m &&
        !(i + 1 < se && tok(ex, i + 1)->kind == PARLEY_TOK_NUM)) {
        hit->date = (parley_date){m >= pub->m ? pub->y - 1 : pub->y, m, 0};
        hit->end = i + 1;
        return true;
    }
    /* 21 January 2020 / 25th Nov, 2020 / the 4th of March */
    if ((t->kind == PARLEY_TOK_NUM || t->kind == PARLEY_TOK_WORD) && i + 1 < se) {
        int v = num_val(ex, i, &dig);
        /* "on 21st instant", "the 3rd inst.": that day of the month of publication */
        if (v >= 1 && v <= 31 && dig <= 2 && (*tok_s(ex, i + 1) | 0x20) == 'i' &&
            (is_w(ex, i + 1, "instant") || is_w(ex, i + 1, "inst")) && pub && pub->y && pub->m) {
            parley_date d = {pub->y, pub->m, v};
            if (parley_date_valid(&d)) {
                hit->date = d;
                hit->end = i + 2;
                return true;
            }
        }
        size_t mi = i + 1 + (i + 2 < se && is_w(ex, i + 1, "of"));
        /* a range, from its first day: "5-6 December 2022", "from 4 to 9 September", "on 5 and 6
         * February" */
        if (t->kind == PARLEY_TOK_NUM && i + 3 < se && (is_p(ex, i + 1, '-') || is_w(ex, i + 1, "to") || is_w(ex, i + 1, "and")) &&
            tok(ex, i + 2)->kind == PARLEY_TOK_NUM && tok_n(ex, i + 2) <= 2 && (tok(ex, i + 3)->flags & PARLEY_TOK_CAP) &&
            parley_date_month_name(tok_s(ex, i + 3), tok_n(ex, i + 3)))
            mi = i + 3;
        int mm = v >= 1 && v <= 31 && dig <= 2 && (tok(ex, mi)->flags & PARLEY_TOK_CAP)
                     ? parley_date_month_name(tok_s(ex, mi), tok_n(ex, mi))
                     : 0;
        if (mm) {
            size_t k = mi + 1;
            if (k < se && is_p(ex, k, ','))
                k++;
            int y = 0;
            if (k < se && tok(ex, k)->kind == PARLEY_TOK_NUM) {
                int yy = num_val(ex, k, &dig);
                if (dig == 4 && yy >= 1900 && yy <= 2100)
                    y = yy;
            }
            parley_date d = y ? (parley_date){y, mm, v} : parley_date_resolve_md(mm, v, pub);
            hit->date = d;
            hit->guessed_year = !y && d.y;
            hit->end = y ? k + 1 : mi + 1;
            return parley_date_valid(&d) || (d.m && d.d);
        }
    }
    /* in 2019 */
    if (t->kind == PARLEY_TOK_NUM && i > 0 && is_w(ex, i - 1, "in")) {
        int v = num_val(ex, i, &dig);
        if (dig == 4 && v >= 1900 && v <= 2100) {
            hit->date = (parley_date){v, 0, 0};
            hit->end = i + 1;
            return true;
        }
    }
    /* today, yesterday, on Monday, on the same day, earlier this month, next month: all start with one of these */
    {
        const uint32_t starts = LETTER_BIT('t') | LETTER_BIT('y') | LETTER_BIT('s') | LETTER_BIT('l') | LETTER_BIT('m') |
                                LETTER_BIT('w') | LETTER_BIT('f') | LETTER_BIT('n') | LETTER_BIT('d') | LETTER_BIT('p');
        if (!parley_letter_in((unsigned char)*tok_s(ex, i), starts))
            return false;
    }
    /* "on the 5th of this month" */
    if (i > 0 && i + 4 < se && tok_n(ex, i + 4) == 5 && tok_n(ex, i) == 3 && pub && pub->d && is_w(ex, i + 4, "month") &&
        is_w(ex, i, "the") && is_w(ex, i - 1, "on") && is_w(ex, i + 2, "of") && is_w(ex, i + 3, "this") &&
        tok(ex, i + 1)->kind == PARLEY_TOK_WORD) {
        size_t dd;
        int v = num_val(ex, i + 1, &dd);
        parley_date d = {pub->y, pub->m, v};
        if (v > 0 && dd >= 1 && dd <= 2 && parley_date_valid(&d)) {
            hit->date = d;
            hit->end = i + 5;
            return true;
        }
    }
    /* "on the 14th": a day of the month of publication, or of the month before when that day is
     * still to come */
    if (n_the_day(ex, i, se) && pub && pub->d) {
        size_t dd;
        int v = num_val(ex, i + 1, &dd);
        parley_date d = {pub->y, pub->m, v};
        if (v > pub->d)
            d = pub->m == 1 ? (parley_date){pub->y - 1, 12, v} : (parley_date){pub->y, pub->m - 1, v};
        if (parley_date_valid(&d)) {
            hit->date = d;
            hit->end = i + 2;
            return true;
        }
    }
    if (is_w(ex, i, "today") || is_w(ex, i, "tonight")) {
        if (!pub || !pub->d)
            return false;
        hit->date = *pub;
        hit->end = i + 1;
        return true;
    }
    size_t n0 = tok_n(ex, i);   /* (the words below are tested by their first letter and length first) */
    unsigned char l0 = (unsigned char)(*tok_s(ex, i) | 0x20);
    if (l0 != 'y' && l0 != 'l' && l0 != 't')
        n0 = 0;
    if ((n0 == 9 && is_w(ex, i, "yesterday")) || (n0 == 4 && i + 1 < se && is_w(ex, i, "last") && is_w(ex, i + 1, "night"))) {
        if (!pub || !pub->d)
            return false;
        hit->date = parley_date_add_days(*pub, -1);
        hit->end = i + 1 + !is_w(ex, i, "yesterday");
        return true;
    }
    /* "this morning", "this afternoon", "this evening": the day of publication */
    if (n0 == 4 && i + 1 < se && is_w(ex, i, "this") &&
        (is_w(ex, i + 1, "morning") || is_w(ex, i + 1, "afternoon") || is_w(ex, i + 1, "evening"))) {
        if (!pub || !pub->d)
            return false;
        hit->date = *pub;
        hit->end = i + 2;
        return true;
    }
    /* "over the weekend", "last weekend": the month of the Saturday before publication (no day:
     * which of the two is not said) */
    if ((n0 == 3 || n0 == 4) && i + 1 < se && tok_n(ex, i + 1) == 7 && is_w(ex, i + 1, "weekend") &&
        (is_w(ex, i, "last") || (i > 0 && is_w(ex, i, "the") && (is_w(ex, i - 1, "over") || is_w(ex, i - 1, "at"))))) {
        if (!pub || !pub->d)
            return false;
        parley_date sat = parley_date_resolve_weekday(5, pub);   /* 0 = Monday: 5 is Saturday */
        hit->date = (parley_date){sat.y, sat.m, 0};
        hit->end = i + 2;
        return true;
    }
    int wd = t->kind == PARLEY_TOK_WORD ? parley_date_weekday_name(tok_s(ex, i), tok_n(ex, i)) : -1;
    if (wd >= 0) {
        /* "on Tuesday (May 30)": the explicit date wins */
        if (i + 3 < se && is_p(ex, i + 1, '(') && date_at(ex, i + 2, se, pub, hit)) {
            hit->pos = i;
            return true;
        }
        /* ("on Friday, October 10, 2026": so does a day's date after a comma) */
        date_hit named;
        if (i + 3 < se && is_p(ex, i + 1, ',') && tok(ex, i + 2)->kind != PARLEY_TOK_PUNCT &&
            parley_date_weekday_name(tok_s(ex, i + 2), tok_n(ex, i + 2)) < 0 && date_at(ex, i + 2, se, pub, &named) &&
            named.kind == D_ABS && named.date.d) {
            *hit = named;
            hit->pos = i;
            return true;
        }
        if (!pub || !pub->d)
            return false;
        hit->date = parley_date_resolve_weekday(wd, pub);
        /* "last Thursday" written on a Thursday: a week before */
        if (i > 0 && is_w(ex, i - 1, "last") && hit->date.d == pub->d && hit->date.m == pub->m)
            hit->date = parley_date_add_days(hit->date, -7);
        hit->weekday = wd;
        hit->end = i + 1;
        /* "on Friday last week": that day of the week before the week of publication (weeks
         * from Monday) */
        if (i + 2 < se && is_w(ex, i + 1, "last") && is_w(ex, i + 2, "week")) {
            int pwd = parley_date_weekday(pub);   /* 0 = Monday */
            hit->date = parley_date_add_days(*pub, -pwd - 7 + wd);
            hit->end = i + 3;
        }
        return true;
    }
    if (is_w(ex, i, "same") && i + 1 < se && is_w(ex, i + 1, "day")) {
        hit->kind = D_REL_SAME_DAY;
        hit->end = i + 2;
        return true;
    }
    /* "earlier in the day", "later that day": the day of the event told before */
    if (is_w(ex, i, "day") && i >= 2 &&
        ((is_w(ex, i - 1, "that") && (is_w(ex, i - 2, "earlier") || is_w(ex, i - 2, "later"))) ||
         (i >= 3 && is_w(ex, i - 1, "the") && is_w(ex, i - 2, "in") && (is_w(ex, i - 3, "earlier") || is_w(ex, i - 3, "later"))))) {
        hit->kind = D_REL_SAME_DAY;
        hit->end = i + 1;
        return true;
    }
    /* "the day before", "a day earlier", "the previous day", "the next day", "the following day" */
    if ((is_w(ex, i, "day") && i + 1 < se &&
         (is_w(ex, i + 1, "before") || is_w(ex, i + 1, "earlier") || is_w(ex, i + 1, "after") ||
          is_w(ex, i + 1, "later"))) ||
        ((is_w(ex, i, "previous") || is_w(ex, i, "next") || is_w(ex, i, "following")) && i + 1 < se &&
         (is_w(ex, i + 1, "day") || is_w(ex, i + 1, "morning") || is_w(ex, i + 1, "evening") ||
          is_w(ex, i + 1, "afternoon")))) {
        hit->kind = D_REL_SAME_DAY;
        hit->shift = is_w(ex, i, "previous") || is_w(ex, i + 1, "before") || is_w(ex, i + 1, "earlier") ? -1 : 1;
        hit->end = i + 2;
        return true;
    }
    /* "two days ago", "3 days ago" */
    if (i + 2 < se && tok_n(ex, i + 2) == 3 && (tok_n(ex, i + 1) == 3 || tok_n(ex, i + 1) == 4) && is_w(ex, i + 2, "ago") &&
        (is_w(ex, i + 1, "days") || is_w(ex, i + 1, "day")) && pub && pub->d) {
        int n = count_at(ex, i);
        if (n >= 1 && n <= 31) {
            hit->date = parley_date_add_days(*pub, -n);
            hit->end = i + 3;
            return true;
        }
    }
    if (is_w(ex, i, "this") && i + 1 < se && is_w(ex, i + 1, "month") && pub && pub->m) {
        hit->date = (parley_date){pub->y, pub->m, 0};
        hit->end = i + 2;
        return true;
    }
    if (is_w(ex, i, "last") && i + 1 < se && is_w(ex, i + 1, "month") && pub && pub->m) {
        hit->date = pub->m == 1 ? (parley_date){pub->y - 1, 12, 0} : (parley_date){pub->y, pub->m - 1, 0};
        hit->end = i + 2;
        return true;
    }
    if (is_w(ex, i, "next") && i + 1 < se && is_w(ex, i + 1, "month") && pub && pub->m) {
        hit->date = pub->m == 12 ? (parley_date){pub->y + 1, 1, 0} : (parley_date){pub->y, pub->m + 1, 0};
        hit->end = i + 2;
        return true;
    }
    if ((is_w(ex, i, "this") || is_w(ex, i, "last")) && i + 1 < se && is_w(ex, i + 1, "year") && pub && pub->y) {
        hit->date = (parley_date){is_w(ex, i, "last") ? pub->y - 1 : pub->y, 0, 0};
        hit->end = i + 2;
        return true;
    }
    if (is_w(ex, i, "next") && i + 1 < se && is_w(ex, i + 1, "year") && pub && pub->y) {
        hit->date = (parley_date){pub->y + 1, 0, 0};
        hit->end = i + 2;
        return true;
    }
    /* ("the week before", "the previous week": so too, told of a story of the days of publication) */
    size_t wl = is_w(ex, i, "last") && i + 1 < se && is_w(ex, i + 1, "week") ? 2
                : i + 2 < se && is_w(ex, i, "the") && ((is_w(ex, i + 1, "week") && is_w(ex, i + 2, "before")) ||
                                                      (is_w(ex, i + 1, "previous") && is_w(ex, i + 2, "week")))
                    ? 3
                    : 0;
    if (wl && pub && pub->d) {
        parley_date d = parley_date_add_days(*pub, -7);
        hit->date = (parley_date){d.y, d.m, 0};
        hit->end = i + wl;
        return true;
    }
    /* "this week", "earlier this week": some day of the week of publication; its month is told
     * (that of its Monday) */
    /* (... "earlier in the week", "later in the week") */
    size_t tw = is_w(ex, i, "this") && i + 1 < se && is_w(ex, i + 1, "week") ? 2
                : i > 1 && i + 1 < se && is_w(ex, i, "the") && is_w(ex, i + 1, "week") && is_w(ex, i - 1, "in") &&
                        (is_w(ex, i - 2, "earlier") || is_w(ex, i - 2, "later"))
                    ? 2
                    : 0;
    if (tw && pub && pub->d) {
        int wd = parley_date_weekday(pub);   /* 0 Monday */
        parley_date d = parley_date_add_days(*pub, wd > 0 ? -wd : 0);
        hit->date = (parley_date){d.y, d.m, 0};
        hit->end = i + tw;
        return true;
    }
    return false;
}

/* ---- event helpers ---------------------------------------------------------------------- */

static parley_event *event_new(parley_extraction *ex, int type)
{
    if (PARLEY_GROW(ex->events, ex->cap_events, ex->n_events + 1) < 0)
        return NULL;
    parley_event *ev = &ex->events[ex->n_events++];
    memset(ev, 0, sizeof(*ev));
    ev->type = type;
    ev->place = -1;
    return ev;
}

/* Take back the event event_new() made last, before it has evidence or a name (too few people). */
static void event_drop_last(parley_extraction *ex)
{
    free(ex->events[ex->n_events - 1].participants);
    ex->n_events--;
}

/* Does event ev have entity ent among its participants? O(participants). */
static bool event_has(const parley_event *ev, int ent)
{
    for (size_t i = 0; i < ev->n_participants; i++)
        if (ev->participants[i] == ent)
            return true;
    return false;
}

/* Are the people of event ev two or more, all of them at meeting me? O(participants of both). */
static bool people_all_at(const parley_extraction *ex, const parley_event *ev, const parley_event *me)
{
    size_t persons = 0;
    for (size_t i = 0; i < ev->n_participants; i++) {
        if (ex->entities[ev->participants[i]].type != PARLEY_ENTITY_PERSON)
            continue;
        if (!event_has(me, ev->participants[i]))
            return false;
        persons++;
    }
    return persons >= 2;
}

/* Is one of the people of event ev of the country named country? O(participants). */
static bool has_person_of(const parley_extraction *ex, const parley_event *ev, const char *country)
{
    for (size_t i = 0; i < ev->n_participants; i++) {
        const parley_entity *pe = &ex->entities[ev->participants[i]];
        if (pe->type == PARLEY_ENTITY_PERSON && pe->country && strcmp(pe->country, country) == 0)
            return true;
    }
    return false;
}

static int event_add_participant(parley_extraction *ex, parley_event *ev, int ent)
{
    for (size_t i = 0; i < ev->n_participants; i++)
        if (ev->participants[i] == ent)
            return 0;
    if (PARLEY_GROW(ev->participants, ev->cap_participants, ev->n_participants + 1) < 0)
        return PARLEY_ENOMEM;
    ev->participants[ev->n_participants++] = ent;
    /* the entity's list of events, for merge_meeting() */
    if (ex->part_head && ent >= 0 && (size_t)ent < ex->n_entities) {
        int64_t head = ex->part_head[ent] - 1;
        if (parley_lists_push(&ex->parts, &head, (int)(ev - ex->events)) < 0)
            return PARLEY_ENOMEM;
        ex->part_head[ent] = (int32_t)(head + 1);
    }
    return 0;
}

static int event_add_evidence(parley_extraction *ex, parley_event *ev, size_t s, size_t tb, size_t te)
{
    const parley_sentence *se = &ex->text.sentences[s];
    for (size_t i = 0; i < ev->n_evidence; i++)
        if (ev->evidence[i].start == se->start)
            return 0;
    if (PARLEY_GROW(ev->evidence, ev->cap_evidence, ev->n_evidence + 1) < 0)
        return PARLEY_ENOMEM;
    parley_evidence *e = &ev->evidence[ev->n_evidence];
    e->start = se->start;
    e->end = se->end;
    e->trigger = te > tb ? parley_strndup(tok_s(ex, tb), tok(ex, te - 1)->end - tok(ex, tb)->start) : NULL;
    if (te > tb && !e->trigger)
        return PARLEY_ENOMEM;
    ev->n_evidence++;
    return 0;
}

static bool same_people(const parley_event *a, const int *p, size_t n)
{
    size_t persons = 0;
    for (size_t i = 0; i < n; i++) {
        bool in = false;
        for (size_t k = 0; k < a->n_participants; k++)
            in |= a->participants[k] == p[i];
        if (!in)
            return false;
        persons++;
    }
    return persons == a->n_participants;
}

static bool dates_compatible(const char *a, const char *b)
{
    if (!*a || !*b)
        return true;
    size_t la = strlen(a), lb = strlen(b);
    size_t l = la < lb ? la : lb;
    return strncmp(a, b, l) == 0;
}

/* ---- per-sentence analysis -------------------------------------------------------------- */

typedef struct {
    int ent;
    size_t pos;       /* token of the mention */
    size_t end;
} person_at;

#define MAXP 32

typedef struct {
    person_at p[MAXP];
    size_t n;
} people;

static void people_add(people *pp, int ent, size_t pos, size_t end)
{
    for (size_t i = 0; i < pp->n; i++)
        if (pp->p[i].ent == ent)
            return;
    if (pp->n < MAXP)
        pp->p[pp->n++] = (person_at){ent, pos, end};
}

/* Inserts ent, marked at [pos, end), second in pp (after the first person named), unless pp holds
 * it already or is full. O(pp->n). */
static void people_insert_second(people *pp, int ent, size_t pos, size_t end)
{
    for (size_t i = 0; i < pp->n; i++)
        if (pp->p[i].ent == ent)
            return;
    if (pp->n == 0 || pp->n >= MAXP)
        return;
    memmove(&pp->p[2], &pp->p[1], (pp->n - 1) * sizeof(pp->p[0]));
    pp->p[1] = (person_at){ent, pos, end};
    pp->n++;
}

/* "Lee met Hamada. Lee also met Austin. The three ministers held a trilateral meeting": adds to pp,
 * until it holds `want` people, the people of the meetings among events [first, last] (the latest
 * first) that share someone with pp, of status `status` (any when negative), marked at [pos, end).
 * Returns how many were added. O(events read · participants · pp->n). */
static size_t people_add_sharing(const parley_extraction *ex, people *pp, size_t want, int first, int last, int status,
                                 size_t pos, size_t end)
{
    size_t added = 0;
    for (int k = last; k >= first && k >= 0 && pp->n < want; k--) {
        const parley_event *o = &ex->events[k];
        if (o->type != PARLEY_EVENT_MEETING || (status >= 0 && o->status != status))
            continue;
        bool shares = false;
        for (size_t i = 0; i < o->n_participants && !shares; i++)
            for (size_t q = 0; q < pp->n && !shares; q++)
                shares = pp->p[q].ent == o->participants[i];
        for (size_t i = 0; shares && i < o->n_participants && pp->n < want; i++) {
            size_t before = pp->n;
            if (ex->entities[o->participants[i]].type == PARLEY_ENTITY_PERSON)
                people_add(pp, o->participants[i], pos, end);
            added += pp->n > before;
        }
    }
    return added;
}

/* Keep the people of pp told before token `limit` (people_keep_before()) or after it
 * (people_keep_after()), in their order. O(pp->n). */
static void people_keep_before(people *pp, size_t limit)
{
    size_t k = 0;
    for (size_t i = 0; i < pp->n; i++)
        if (pp->p[i].pos < limit)
            pp->p[k++] = pp->p[i];
    pp->n = k;
}

/* Drop the people named in tokens [b, e). */
static void people_drop_between(people *pp, size_t b, size_t e)
{
    size_t k = 0;
    for (size_t i = 0; i < pp->n; i++)
        if (pp->p[i].pos < b || pp->p[i].pos >= e)
            pp->p[k++] = pp->p[i];
    pp->n = k;
}

static void people_keep_after(people *pp, size_t limit)
{
    size_t k = 0;
    for (size_t i = 0; i < pp->n; i++)
        if (pp->p[i].pos > limit)
            pp->p[k++] = pp->p[i];
    pp->n = k;
}

typedef struct {
    parley_date pub;
    bool has_pub;
    int made_up_year;       /* a year given to a dateline's day and month alone so that the story's
                               weekdays can be counted from it ("MOSCOW, July 9 - ... on Tuesday":
                               a year in which July 9 is a Tuesday), taken off the dates found;
                               0 when none */
    int focus;              /* the person a "he" refers to */
    int last_meeting;       /* index of the last meeting event, or -1 */
    int story_meeting;      /* the last one not told in the past perfect ("had met"), or -1 */
    int before_story;       /* the last one told as before the story ("The two leaders last met in
                               Astana in July"), or -1: no later meeting takes its date or place */
    int last_planned;       /* index of the last planned meeting, or -1 */
    int last_call;          /* index of the last call, or -1 */
    size_t last_meeting_sentence;   /* the sentence that told it */
    size_t items_end;       /* the sentences before it are items of a list already read */
    bool last_meeting_side;         /* it was told as a side meeting ("also met") */
    int last_agreement;
    parley_date last_date;  /* the latest date expression seen so far */
    bool has_last_date;
    int meeting_place;      /* where the last meeting told without named pairs took place, or -1
                               ("chaired a meeting of Allied Defence Ministers in Brussels") */
    int unnamed_event;      /* the meeting its participants' lists made, or -1 */
    int listed[16];         /* the people listed for it before it has two, each once */
    size_t n_listed;
    size_t unnamed_meet;    /* 1 + the sentence of the last meeting told without a pair of named
                               people ("The defence ministers of the five Nordic countries met in
                               Oslo, hosted by X"), 0 when none: a list of its participants may follow */
    bool unnamed_again;     /* ... that sentence told the last meeting again by its people ("A and B
                               discussed trade"): no gathering without names */
    char meeting_place_day[11]; /* the day of that sentence ("wrapped up a tour on Thursday with
                                   talks in Doha"), "" when none is said */
    uint8_t *no_date;       /* per token: 1 when no date expression starts there (within its
                               sentence), learnt on the first look; NULL when out of memory */
    /* people whose title is an acronym in capitals ("EAM"), found once: the one holder of each
     * (-1 when several hold it), for sentences that open with it */
    const char *acro[8];
    int acro_ent[8];
    size_t n_acro;
    int speaker;            /* the person of a release's letterhead, whom "I" opening a sentence
                               means ("Hon. Richard Marles MP ... Today I met with X"), or -1 */
} doc_state;

/* Fill st's acronym titles (at most eight; more are not looked for). O(entities). */
static void acronym_titles(const parley_extraction *ex, doc_state *st)
{
    for (size_t i = 0; i < ex->n_entities; i++) {
        const parley_entity *en = &ex->entities[i];
        size_t n = en->type == PARLEY_ENTITY_PERSON && en->title ? strlen(en->title) : 0;
        if (n < 2 || n > 6 || strspn(en->title, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") != n)
            continue;
        size_t k = 0;
        while (k < st->n_acro && strcmp(st->acro[k], en->title) != 0)
            k++;
        if (k < st->n_acro)
            st->acro_ent[k] = -1;
        else if (st->n_acro < sizeof st->acro / sizeof st->acro[0]) {
            st->acro[st->n_acro] = en->title;
            st->acro_ent[st->n_acro++] = (int)i;
        }
    }
}

/* date_at() at token i within sentence [.., se) and the publication date, remembering the tokens
 * where none starts: the sentence is read for dates more than once. */
static bool date_in_sentence(const parley_extraction *ex, const doc_state *st, size_t i, size_t se, date_hit *hit)
{
    if (st->no_date && st->no_date[i])
        return false;
    /* (with no date of the story, a weekday counts back from the last full date the story told:
     * "on Monday, 12 February 2024 ... On Sunday, X attended": the 11th) */
    const parley_date *ref = st->has_pub                                                          ? &st->pub
                             : st->has_last_date && st->last_date.y && st->last_date.m && st->last_date.d ? &st->last_date
                                                                                                     : NULL;
    bool found = date_at(ex, i, se, ref, hit);
    if (!found && st->no_date)
        st->no_date[i] = 1;
    return found;
}

/* A gathering held with someone at token q, before e: "retreat with", "working dinner with"
 * ("held a cabinet retreat with Scholz"). O(1). */
static bool gathering_with(const parley_extraction *ex, size_t q, size_t e)
{
    static const char *const gatherings[] = {"retreat", "dinner", "lunch", "luncheon", "breakfast", "session",
                                             "conversation", "dialogue", "exchange", "audience", NULL};
    return q + 1 < e && is_w(ex, q + 1, "with") && is_w_any(ex, q, gatherings);
}

/* "held wide-ranging talks", "held a closed-door meeting": a form of "hold", an article, one or
 * two words in lower case that qualify, and a meeting's noun (or a gathering's, with someone:
 * "held a cabinet retreat with"); also "during their first face-to-face talks", "at their
 * bilateral meeting". Its length from token i, or 0. */
static size_t held_qualified_meeting(const parley_extraction *ex, size_t i, size_t e)
{
    static const char *const holds[] = {"held", "hold", "holds", "holding", NULL};
    static const char *const not_qualifiers[] = {"the", "their", "his", "her", "its", "no", "further", "more", "future",
                                                 "next", "another", "first", "second", "any", "phone", "telephone",
                                                 "video", "virtual", "online", "press", NULL};
    char c0 = (char)(*tok_s(ex, i) | 0x20);
    /* ("during their first face-to-face talks", "at their bilateral meeting": the people's own
     * meeting, qualified) */
    bool theirs = (c0 == 'd' || c0 == 'a') && (is_w(ex, i, "during") || is_w(ex, i, "at")) && i + 1 < e &&
                  is_w(ex, i + 1, "their");
    if (!theirs && (c0 != 'h' || !is_w_any(ex, i, holds)))
        return 0;
    size_t q = i + 1;
    if (q < e && (is_w(ex, q, "a") || is_w(ex, q, "an") || is_w(ex, q, "their") ||
                  /* ("held his first summit with": the subject's own) */
                  (!theirs && (is_w(ex, q, "his") || is_w(ex, q, "her")))))
        q++;
    /* ("held their first face-to-face talks": an ordinal qualifies too) */
    static const char *const ordinals[] = {"first", "second", "third", "fourth", "fifth", NULL};
    bool ordinal = q < e && q > i + 1 && is_w_any(ex, q, ordinals);
    q += ordinal;
    /* ("held a private conversation": in person; a telephone one is a call, its qualifier above) */
    static const char *const nouns[] = {"talks", "discussions", "meeting", "meetings", "consultations", "summit",
                                        "conversation", "sessions", NULL};
    size_t w = q;
    while (q < e && q < w + 3 && tok(ex, q)->kind == PARLEY_TOK_WORD && !(tok(ex, q)->flags & PARLEY_TOK_CAP) &&
           !is_w_any(ex, q, not_qualifiers) && !parley_match(ex, q, PARLEY_LEX_MEET_NOUN, NULL) && !gathering_with(ex, q, e) &&
           !is_w_any(ex, q, nouns))
        q++;
    /* (hyphens glued inside a qualifier: "wide-ranging", "closed-door") */
    while (q + 1 < e && q > w && is_p(ex, q, '-') && !(tok(ex, q)->flags & PARLEY_TOK_SPACE) && q < w + 5) {
        q += 2;
        while (q < e && q < w + 6 && tok(ex, q)->kind == PARLEY_TOK_WORD && !(tok(ex, q)->flags & PARLEY_TOK_CAP) &&
               !is_w_any(ex, q, not_qualifiers) && !parley_match(ex, q, PARLEY_LEX_MEET_NOUN, NULL))
            q++;
    }
    if (!theirs && gathering_with(ex, q, e))
        return q + 1 - i;
    if ((q == w && !ordinal) || q >= e || !is_w_any(ex, q, nouns))
        return 0;
    return q + 1 - i;
}

/* The length of a plural phrase for people ("the two sides", "the three") at token i, or 0; not
 * the first word of a compound ("the two-day visit", "The three-nation tour"). */
static size_t group_len(const parley_extraction *ex, size_t i)
{
    size_t l = parley_match(ex, i, PARLEY_LEX_GROUP, NULL);
    if (l && i + l < ex->text.n_tokens && is_p(ex, i + l, '-') && !(tok(ex, i + l)->flags & PARLEY_TOK_SPACE))
        return 0;
    /* ("also met the foreign ministers of Egypt, Jordan and Qatar": people of the countries
     * named, not those of the meeting told; "the ministers of both countries" is) */
    if (l && i + l + 1 < ex->text.n_tokens && is_w(ex, i + l, "of") && parley_match(ex, i + l + 1, PARLEY_LEX_COUNTRY, NULL))
        return 0;
    return l;
}

/* first token of a trigger of `kind` in [b, e); its length in *len */
static size_t find_trigger(const parley_extraction *ex, size_t b, size_t e, int kind, size_t *len)
{
    const uint64_t *mk = ex->match_kinds, bit = UINT64_C(1) << kind;
    for (size_t i = b; i < e; i++) {
        size_t hq;
        if (kind == PARLEY_LEX_MEET && tok(ex, i)->kind == PARLEY_TOK_WORD && (hq = held_qualified_meeting(ex, i, e))) {
            *len = hq;
            return i;
        }
        /* "for talks in Odesa with X": a meeting's noun, where it was, and "with" (up to four
         * capitalised words between) */
        if (kind == PARLEY_LEX_MEET && i + 3 < e && (!mk || (mk[i] & (UINT64_C(1) << PARLEY_LEX_MEET_NOUN))) &&
            (is_w(ex, i + 1, "in") || is_w(ex, i + 1, "at")) && parley_match(ex, i, PARLEY_LEX_MEET_NOUN, NULL) == 1) {
            size_t q = i + 2;
            while (q < e && q < i + 6 && tok(ex, q)->kind == PARLEY_TOK_WORD && (tok(ex, q)->flags & PARLEY_TOK_CAP))
                q++;
            if (q > i + 2 && q < e && is_w(ex, q, "with")) {
                *len = q + 1 - i;
                return i;
            }
        }
        if (mk && !(mk[i] & bit))
            continue;   /* no phrase of the kind starts here: parley_match() would say 0 */
        size_t l = kind == PARLEY_LEX_GROUP ? group_len(ex, i) : parley_match(ex, i, kind, NULL);
        /* ("A joined B for talks" meets: a capitalised word after the verb, no body's or country's;
         * "A was joined by B" is a join phrase's, "joined the talks" a joined meeting's) */
        if (l == 1 && kind == PARLEY_LEX_MEET && i > b && (tok_n(ex, i) == 6 || tok_n(ex, i) == 5) &&
            (is_w(ex, i, "joined") || is_w(ex, i, "joins")) &&
            (i + 1 >= e || tok(ex, i + 1)->kind != PARLEY_TOK_WORD || !(tok(ex, i + 1)->flags & PARLEY_TOK_CAP) ||
             parley_match(ex, i + 1, PARLEY_LEX_ORG, NULL) ||
             /* (a country's name only as an adjective: "joined US Secretary of State X") */
             (parley_match(ex, i + 1, PARLEY_LEX_COUNTRY, NULL) &&
              !(i + 1 + parley_match(ex, i + 1, PARLEY_LEX_COUNTRY, NULL) < e &&
                parley_match(ex, i + 1 + parley_match(ex, i + 1, PARLEY_LEX_COUNTRY, NULL), PARLEY_LEX_OFFICE, NULL))) ||
             is_w(ex, i - 1, "was") || is_w(ex, i - 1, "were") || is_w(ex, i - 1, "is") || is_w(ex, i - 1, "are") ||
             is_w(ex, i - 1, "be") || is_w(ex, i - 1, "been") || is_w(ex, i - 1, "being") ||
             (i > b + 1 && (is_w(ex, i - 1, "later") || is_w(ex, i - 1, "also") || is_w(ex, i - 1, "then")) &&
              (is_w(ex, i - 2, "was") || is_w(ex, i - 2, "were")))))
            l = 0;
        /* ("agreed to begin negotiations on an agreement": a process to come between the sides,
         * no meeting of these people) */
        static const char *const starts[] = {"start", "begin", "launch", "resume", "open", "conclude", "continue", NULL};
        if (l == 1 && kind == PARLEY_LEX_MEET && tok_n(ex, i) == 12 && is_w(ex, i, "negotiations") && i > b &&
            (is_w_any(ex, i - 1, starts) || (i > b + 1 && is_w_any(ex, i - 2, starts) && !(tok(ex, i - 1)->flags & PARLEY_TOK_CAP))))
            l = 0;
        /* ("a step toward signing a peace treaty", "ahead of the signing", "paved the way for
         * signing": a signing to come, none done) */
        if (l && kind == PARLEY_LEX_SIGN && i > b) {
            size_t p = is_w(ex, i - 1, "the") && i > b + 1 ? i - 2 : i - 1;
            if (is_w(ex, p, "toward") || is_w(ex, p, "towards") ||
                (p > b && is_w(ex, p, "of") && is_w(ex, p - 1, "ahead")) ||
                (p > b && is_w(ex, p, "for") && (is_w(ex, p - 1, "way") || is_w(ex, p - 1, "preparations"))))
                l = 0;
        }
        /* ("the so-called Weimar Triangle" calls no one) */
        if (l == 1 && kind == PARLEY_LEX_CALL && i >= b + 2 && is_p(ex, i - 1, '-') && is_w(ex, i - 2, "so"))
            l = 0;
        if (l && i + l <= e) {
            *len = l;
            return i;
        }
    }
    *len = 0;
    return e;
}

/* The kinds of lexicon phrase that start somewhere in tokens [b, e): one bit per kind. */
static uint64_t kinds_in(const parley_extraction *ex, size_t b, size_t e)
{
    uint64_t k = 0;
    if (!ex->match_kinds)
        return ~UINT64_C(0);
    for (size_t i = b; i < e; i++)
        k |= ex->match_kinds[i];
    return k;
}

/* "A and B joined the so-called "two-plus-two" security talks": a verb of joining ("joined",
 * "attended", "took part in", "participated in"), "the", a few words, quotes or hyphens (up to
 * twelve tokens), and a meeting's noun. Its first token and its length to the noun's end in *len, else the
 * sentence's end and 0. */
static size_t joined_meeting_at(const parley_extraction *ex, const parley_sentence *se, size_t *len)
{
    static const char *const verbs[] = {"joined", "attended", NULL};
    *len = 0;
    for (size_t q = se->tok_begin + 1; q + 2 < se->tok_end; q++) {
        size_t v = q;
        const unsigned char c0 = (unsigned char)(*tok_s(ex, q) | 0x20);   /* (the words' first letters, tested first) */
        if (c0 != 'j' && c0 != 'a' && c0 != 't' && c0 != 'p')
            continue;
        if (is_w_any(ex, q, verbs))
            q++;
        else if ((is_w(ex, q, "took") && is_w(ex, q + 1, "part") && is_w(ex, q + 2, "in")) ||
                 (is_w(ex, q, "participated") && is_w(ex, q + 1, "in")))
            q += is_w(ex, q, "took") ? 3 : 2;
        else
            continue;
        if (q >= se->tok_end || !is_w(ex, q, "the"))
            continue;
        /* ("X joined the Ukrainian delegation": one side's delegation at the talks told) */
        size_t dl = q + 2 < se->tok_end && is_w(ex, v, "joined") ? parley_match(ex, q + 1, PARLEY_LEX_DEMONYM, NULL) : 0;
        if (dl && q + 1 + dl < se->tok_end && is_w(ex, q + 1 + dl, "delegation")) {
            *len = q + 2 + dl - v;
            return v;
        }
        for (size_t k = q + 1; k < se->tok_end && k < q + 14; k++) {
            size_t nl = parley_match(ex, k, PARLEY_LEX_MEET_NOUN, NULL), cl;
            if (nl && k + nl <= se->tok_end) {
                /* (not "joined the talks by video link") */
                if (find_trigger(ex, k + nl, se->tok_end, PARLEY_LEX_CALL, &cl) < se->tok_end)
                    break;
                *len = k + nl - v;
                return v;
            }
            /* ("joined the Oval Office meeting": a seat's or a city's name says where it was) */
            size_t pl = tok(ex, k)->flags & PARLEY_TOK_CAP ? parley_match(ex, k, PARLEY_LEX_SEAT, NULL) : 0;
            if (!pl && (tok(ex, k)->flags & PARLEY_TOK_CAP))
                pl = parley_match(ex, k, PARLEY_LEX_CITY, NULL);
            if (pl && k + pl < se->tok_end && parley_match(ex, k + pl, PARLEY_LEX_MEET_NOUN, NULL)) {
                k += pl - 1;
                continue;
            }
            /* (not a meeting of its own name: "joined the Ukraine Defense Contact Group meeting") */
            if (is_p(ex, k, ',') || is_p(ex, k, ';') || is_p(ex, k, '(') || is_w(ex, k, "of") || is_w(ex, k, "and") ||
                is_w(ex, k, "with") || (tok(ex, k)->kind == PARLEY_TOK_WORD && (tok(ex, k)->flags & PARLEY_TOK_CAP)))
                break;
        }
    }
    return se->tok_end;
}

/* find_trigger() over a whole sentence whose kinds are sk (kinds_in()): at once when none. */
static size_t sentence_trigger(const parley_extraction *ex, const parley_sentence *se, uint64_t sk, int kind, size_t *len)
{
    /* (a sentence with no phrase of the kind may still hold "held wide-ranging talks": a
     * meeting's noun) */
    if (!(sk & (UINT64_C(1) << kind)) &&
        !(kind == PARLEY_LEX_MEET && (sk & (UINT64_C(1) << PARLEY_LEX_MEET_NOUN)))) {
        /* (... or "held a cabinet retreat with": a gathering's noun, after a form of "hold") */
        size_t hl = 0;
        for (size_t i = se->tok_begin; kind == PARLEY_LEX_MEET && i < se->tok_end && !hl; i++)
            if ((*tok_s(ex, i) | 0x20) == 'h' && tok(ex, i)->kind == PARLEY_TOK_WORD &&
                (hl = held_qualified_meeting(ex, i, se->tok_end))) {
                *len = hl;
                return i;
            }
        *len = 0;
        return se->tok_end;
    }
    return find_trigger(ex, se->tok_begin, se->tok_end, kind, len);
}

/* "The two presidents were joined for a working lunch by X": "was/were joined", a few words in
 * lower case (what they were joined at) and "by", as one phrase of joining; its first token, its
 * length in *len (0 and the sentence's end when none). O(tokens of the sentence). */
static size_t joined_for_by(const parley_extraction *ex, const parley_sentence *se, size_t *len)
{
    *len = 0;
    /* (the sentence's bytes looked at once: most have no "joined") */
    const char *t = ex->text.text + se->start, *e = ex->text.text + se->end, *j = t;
    while (j < e && (j = memchr(j, 'j', (size_t)(e - j))) && (e - j < 6 || memcmp(j, "joined", 6) != 0))
        j++;
    if (!j || j >= e)
        return se->tok_end;
    for (size_t q = se->tok_begin + 1; q + 3 < se->tok_end; q++) {
        if (!is_w(ex, q, "joined") || !(is_w(ex, q - 1, "was") || is_w(ex, q - 1, "were")) ||
            !(is_w(ex, q + 1, "for") || is_w(ex, q + 1, "at")))
            continue;
        for (size_t r = q + 2; r < se->tok_end && r < q + 7; r++) {
            if (is_w(ex, r, "by")) {
                *len = r + 1 - (q - 1);
                return q - 1;
            }
            if (tok(ex, r)->kind != PARLEY_TOK_WORD || (tok(ex, r)->flags & PARLEY_TOK_CAP))
                break;
        }
    }
    *len = 0;
    return se->tok_end;
}

/* "also met X, and visited the Western Naval Command in Mumbai": is the place at token p in a
 * second predicate ("and visited", "and later toured") after meeting words of sentence se? */
static bool other_predicate(const parley_extraction *ex, const parley_sentence *se, size_t p)
{
    static const char *const verbs[] = {"visited", "toured", "inspected", "attended", "addressed", "laid", "went",
                                        "travelled", "traveled", "flew", "left", "departed", "proceeded", NULL};
    for (size_t q = p; q-- > se->tok_begin + 1 && q + 12 > p;) {
        if (!is_w(ex, q, "and"))
            continue;
        size_t v = q + 1;
        if (v < p && (is_w(ex, v, "later") || is_w(ex, v, "also") || is_w(ex, v, "then")))
            v++;
        if (v >= p || !is_w_any(ex, v, verbs))
            continue;
        for (size_t t = se->tok_begin; t < q; t++)
            if (parley_match(ex, t, PARLEY_LEX_MEET, NULL))
                return true;
        return false;
    }
    return false;
}

/* The entity of the country named @p name (a canonical name), or -1 when the story names none by
 * it (NULL: -1). O(entities). */
static int country_entity(const parley_extraction *ex, const char *name)
{
    for (size_t i = 0; name && i < ex->n_entities; i++)
        if (ex->entities[i].type == PARLEY_ENTITY_COUNTRY && strcmp(ex->entities[i].name, name) == 0)
            return (int)i;
    return -1;
}

/* The country of a seat of government of the lexicon the sentence puts something at ("at the
 * White House"), as the document's entity of that country; -1 when none (or the article names
 * the country nowhere). O(mentions of the sentence + entities). */
static int seat_country(const parley_extraction *ex, size_t s)
{
    const char *c = NULL;
    for (size_t m = ex->sent_mentions[s]; m < ex->sent_mentions[s + 1] && !c; m++) {
        const parley_mention *mm = &ex->mentions[m];
        if (mm->sentence == s && mm->type == PARLEY_ENTITY_ORGANIZATION && mm->lex && mm->lex->country && mm->tb > 1 &&
            (is_w(ex, mm->tb - 1, "at") || (is_w(ex, mm->tb - 1, "the") && is_w(ex, mm->tb - 2, "at"))))
            c = mm->lex->country;
    }
    return country_entity(ex, c);
}

/* "A met B, who is currently visiting the country": the country a visitor is in, said only as
 * "the country", is the host's (a participant of another country than the visitor, who is the
 * person named last before the visit's word). The country's entity, or -1. O(mentions of s). */
static int visited_country(const parley_extraction *ex, size_t s, size_t trig, const parley_event *ev)
{
    const parley_sentence *se = &ex->text.sentences[s];
    static const char *const visit_words[] = {"visiting", "visit", "arrived", "touring", NULL};
    size_t v = SIZE_MAX;
    /* (within 40 tokens of the meeting words: a sentence of thousands stays linear) */
    size_t from = trig > se->tok_begin + 40 ? trig - 40 : se->tok_begin;
    for (size_t i = from; i + 2 < se->tok_end && i < trig + 40 && v == SIZE_MAX; i++) {
        size_t k = i + 1;
        if (!is_w_any(ex, i, visit_words))
            continue;
        if (k + 2 < se->tok_end && (is_w(ex, k, "to") || is_w(ex, k, "in")))
            k++;
        /* ("on a visit to our country" in a ministry's release: the host's) */
        if ((is_w(ex, k, "the") || is_w(ex, k, "our")) && is_w(ex, k + 1, "country") &&
            (k + 2 == se->tok_end || tok(ex, k + 2)->kind == PARLEY_TOK_PUNCT))
            v = i;
    }
    if (v == SIZE_MAX)
        return -1;
    int visitor = -1;
    /* (the mentions of the 40 tokens before the visit's word, found by bisection: they are in
     * text order) */
    size_t lo = parley_mention_from(ex, ex->sent_mentions[s], ex->sent_mentions[s + 1], v > 40 ? v - 40 : 0);
    for (size_t m = lo; m < ex->sent_mentions[s + 1] && ex->mentions[m].tb < v; m++) {
        const parley_mention *mm = &ex->mentions[m];
        if (mm->sentence == s && mm->type == PARLEY_ENTITY_PERSON && mm->entity >= 0 && mm->te <= v)
            visitor = mm->entity;
    }
    if (visitor < 0 || !ex->entities[visitor].country)
        return -1;
    const char *host = NULL;
    for (size_t k = 0; k < ev->n_participants && !host; k++) {
        const parley_entity *pe = &ex->entities[ev->participants[k]];
        if (ev->participants[k] != visitor && pe->type == PARLEY_ENTITY_PERSON && pe->country &&
            strcmp(pe->country, ex->entities[visitor].country) != 0)
            host = pe->country;
    }
    return country_entity(ex, host);
}

/* The "who" or "which" opening, after a comma, the clause token p is in (no comma between it and
 * p, at most 24 tokens back), or SIZE_MAX. */
static size_t relative_opener(const parley_extraction *ex, const parley_sentence *se, size_t p)
{
    size_t q = p;
    while (q > se->tok_begin + 1 && q + 24 > p && !is_p(ex, q - 1, ','))
        q--;
    return q > se->tok_begin + 1 && is_p(ex, q - 1, ',') && (is_w(ex, q, "who") || is_w(ex, q, "which") || is_w(ex, q, "whose"))
               ? q
               : SIZE_MAX;
}

/* The relative clause (", who ... ," or ", which ... ,") token p is in, closed by a comma
 * before token limit: its first token ("who") in *b and its closing comma in *e; false when p is
 * in none. O(tokens of the clause). */
static bool relative_clause_at(const parley_extraction *ex, const parley_sentence *se, size_t p, size_t limit, size_t *b,
                               size_t *e)
{
    size_t q = relative_opener(ex, se, p);
    if (q == SIZE_MAX)
        return false;
    size_t c = p;
    while (c < limit && c < se->tok_end && !is_p(ex, c, ','))
        c++;
    /* (closed by a comma before the limit, or, said of a person, running to the end of the
     * sentence when that is the limit: "Y, whose ministry signed a contract last year"; a
     * clause said of a thing, ", which ended with the signing of ...", is its people's) */
    if ((c >= limit || c >= se->tok_end) && !(limit == se->tok_end && c == limit && !is_w(ex, q, "which")))
        return false;
    *b = q;
    *e = c;
    return true;
}

/* Is token q the "with" of a journey made with someone ("who travelled with Milei", "came with
 * X")? O(1). */
static bool journey_with(const parley_extraction *ex, size_t q)
{
    static const char *const went[] = {"travelled", "traveled", "travelling", "traveling", "came", "arrived", "flew", NULL};
    return q > 0 && is_w(ex, q, "with") && is_w_any(ex, q - 1, went);
}

/* Do tokens [b, e) name companions: "accompanied", "joined", "flanked", "with", "alongside"? */
static bool companions_in(const parley_extraction *ex, size_t b, size_t e)
{
    static const char *const with[] = {"accompanied", "joined", "flanked", "with", "alongside", "together", NULL};
    for (size_t q = b; q < e; q++)
        /* (not one who went with someone, whose companion they are: "who travelled with X") */
        if (is_w_any(ex, q, with) && !(q > b && journey_with(ex, q)))
            return true;
    return false;
}

/* Do companies sign at sign, the subject before it naming no one of pp: a company's word in it
 * ("Energy companies A and B signed", "oil giant X"), or a name after a country's possessive that
 * no lexicon and no person claims ("Italy's Eni and Algeria's Sonatrach signed")? O(tokens before
 * the verb, at most 16). */
static bool companies_sign(const parley_extraction *ex, const parley_sentence *se, size_t sign, const people *pp)
{
    static const char *const firms[] = {"company", "companies", "firm", "firms", "corporation", "giant", "giants",
                                        "conglomerate", "operator", "producer", "producers", "utility", "lender",
                                        "bank", "banks", NULL};
    size_t b = sign > se->tok_begin + 16 ? sign - 16 : se->tok_begin;
    for (size_t i = 0; i < pp->n; i++)
        if (pp->p[i].pos >= b && pp->p[i].pos < sign)
            return false;
    bool owned = false;
    for (size_t q = b; q < sign; q++) {
        if (is_p(ex, q, ',') || is_p(ex, q, ';'))
            b = q + 1;   /* (the subject is the clause's) */
    }
    for (size_t q = b; q < sign; q++) {
        if (is_w_any(ex, q, firms))
            return true;
        /* "<country>'s Name": a capitalised word after a country's possessive that no lexicon
         * knows */
        if (q + 1 < sign && parley_text_tok_poss(&ex->text, q) && q > b && parley_match(ex, q - 1, PARLEY_LEX_COUNTRY, NULL) &&
            (tok(ex, q + 1)->flags & PARLEY_TOK_CAP) && tok(ex, q + 1)->kind == PARLEY_TOK_WORD &&
            !(ex->match_kinds && ex->match_kinds[q + 1])) {
            /* (a government's body is one: "Poland's Armament Agency") */
            for (size_t k = q + 1; k < sign && k < q + 6 && tok(ex, k)->kind == PARLEY_TOK_WORD && (tok(ex, k)->flags & PARLEY_TOK_CAP); k++)
                if (parley_match(ex, k, PARLEY_LEX_ORGHEAD, NULL))
                    return false;
            owned = true;
        }
    }
    return owned;
}

/* Is token p inside a relative clause in the past perfect (", who had received him at Paro
 * airport") or told as before ("..., which last met in Abuja in 2023"), or one of a tour "during
 * which" things happened: what it tells came before, somewhere else than the sentence's event
 * (whose words are at trig, SIZE_MAX when unknown; not the tour's clause when they are in it)? */
static bool in_past_relative(const parley_extraction *ex, const parley_sentence *se, size_t p, size_t trig)
{
    bool had = false;
    for (size_t q = p; q-- > se->tok_begin + 1 && q + 12 > p;) {
        /* (... or "last", "previously": "the Commission, which last met in Abuja in 2023") */
        if (is_w(ex, q, "had") || is_w(ex, q, "last") || is_w(ex, q, "previously"))
            had = true;
        if (is_p(ex, q, ','))
            return false;
        if ((is_w(ex, q, "who") || is_w(ex, q, "which")) && is_p(ex, q - 1, ','))
            return had;
    }
    /* "after a six-nation tour during which he met X in Riyadh and Y in Cairo" (not for the
     * event told in that clause: "concluded a visit to Australia, during which he met X for the
     * Annual Leaders' Meeting in Canberra") */
    for (size_t q = p; q-- > se->tok_begin + 1 && q + 30 > p;) {
        if (is_p(ex, q, ',') || is_p(ex, q, ';'))
            return false;
        if (is_w(ex, q, "which") && is_w(ex, q - 1, "during"))
            return trig == SIZE_MAX || trig < q || trig > p;
    }
    return false;
}

/* Is token p in a relative clause of what is to come ("..., at which the three ministers agreed
 * to hold the next round in Tbilisi", "..., where they decided to meet again in Rome"): a word of
 * agreeing or planning and "to", in a clause opened by "where" or "at/during/in which" after a
 * comma (at most 16 tokens back); or a person's clause with "will" or "would" ("..., who will
 * travel to Brasilia on Tuesday")? A planned meeting's own sentence ("agreed to meet in
 * Vilnius") is no such clause. */
static const char *const plan_words[] = {"agreed", "decided", "planned", "plans", "plan", "intend", "intends", NULL};

static bool in_future_clause(const parley_extraction *ex, const parley_sentence *se, size_t p)
{
    static const char *const preps[] = {"at", "during", "in", NULL};
    bool plan = false, modal = false;
    for (size_t q = p; q-- > se->tok_begin && q + 16 > p;) {
        if (is_p(ex, q, ',') || is_p(ex, q, ';'))
            return (plan && q + 2 < p &&
                    (is_w(ex, q + 1, "where") || (is_w_any(ex, q + 1, preps) && is_w(ex, q + 2, "which")))) ||
                   /* ("..., who will travel to Brasilia for a state visit on Tuesday") */
                   (modal && q + 2 < p && is_w(ex, q + 1, "who"));
        plan |= is_w_any(ex, q, plan_words) && q + 1 < p && is_w(ex, q + 1, "to");
        modal |= is_w(ex, q, "will") || is_w(ex, q, "would");
    }
    return false;
}

/* Does a plan joined by "and" after token trig, or an invitation, come before token p ("signed a
 * letter of intent and agreed to hold a summit in Belem in August": the summit's place and time,
 * not the signing's)? At most 16 tokens back from p, within p's clause. */
static bool plan_after(const parley_extraction *ex, const parley_sentence *se, size_t trig, size_t p)
{
    for (size_t q = p; q-- > trig + 1 && q + 16 > p;) {
        if (is_p(ex, q, ',') || is_p(ex, q, ';'))
            return false;
        if (q + 1 < p && tok_n(ex, q + 1) == 2 && is_w(ex, q + 1, "to") && is_w_any(ex, q, plan_words)) {
            size_t a = q > se->tok_begin && is_w(ex, q - 1, "also") ? q - 1 : q;
            return a > trig + 1 && is_w(ex, a - 1, "and");
        }
        /* ("presented him with an invitation to the Strategic Council in Budapest": the place of
         * what the guest is invited to) */
        if (q + 1 < p && q > trig && is_w(ex, q, "invitation") && (is_w(ex, q + 1, "to") || is_w(ex, q + 1, "for")))
            return true;
        /* ("paid a courtesy call on Y and invited him to visit Seoul next year": an invitation) */
        static const char *const asks[] = {"invited", "urged", "asked", NULL};
        if (q + 2 < p && is_w(ex, q + 2, "to") && is_w_any(ex, q, asks) &&
            (is_w(ex, q + 1, "him") || is_w(ex, q + 1, "her") || is_w(ex, q + 1, "them")))
            return q > trig + 1 && is_w(ex, q - 1, "and");
    }
    return false;
}

/* Does token c of sentence se follow "in the" or "at the" and at most three words ("in the
 * Russian capital")? */
static bool in_the_before(const parley_extraction *ex, const parley_sentence *se, size_t c)
{
    for (size_t r = c; r > se->tok_begin + 1 && r + 5 > c; r--)
        if (is_w(ex, r, "the") && (is_w(ex, r - 1, "in") || is_w(ex, r - 1, "at")))
            return true;
    return false;
}

/* Is the visit phrase ending at token e (its "to") one to prepare ("to discuss preparations for
 * President Tokayev's state visit to China", "ahead of X's visit to Japan"), no place of the
 * sentence's meeting? O(8). */
static bool others_visit_to(const parley_extraction *ex, const parley_sentence *se, size_t e)
{
    size_t v = parley_phrase_start(ex, PARLEY_LEX_VISIT, e, se->tok_begin);
    if (v == SIZE_MAX)
        return false;
    size_t q = v;
    while (q > se->tok_begin && q + 3 > v && tok(ex, q - 1)->kind == PARLEY_TOK_WORD && !(tok(ex, q - 1)->flags & PARLEY_TOK_CAP) &&
           !parley_text_tok_poss(&ex->text, q - 1) && !is_w(ex, q - 1, "a") && !is_w(ex, q - 1, "the") && !is_w(ex, q - 1, "his") &&
           !is_w(ex, q - 1, "her"))
        q--;   /* (back over "state", "official") */
    /* (back over the owner: "President Tokayev's") */
    if (q > se->tok_begin && parley_text_tok_poss(&ex->text, q - 1))
        for (q--; q > se->tok_begin && q + 4 > v && tok(ex, q - 1)->kind == PARLEY_TOK_WORD && (tok(ex, q - 1)->flags & PARLEY_TOK_CAP);)
            q--;
    for (size_t k = q; k-- > se->tok_begin && k + 4 > q;)
        if (is_w(ex, k, "preparations") || is_w(ex, k, "preparation") || is_w(ex, k, "prepare") ||
            (is_w(ex, k, "ahead") && is_w(ex, k + 1, "of")))
            return true;
    return false;
}

static bool to_come_between(const parley_extraction *ex, size_t b, size_t e);

/* Where the title before a person's name at token pos starts in sentence se: back over at most
 * three capitalised words ("Mr B", "Foreign Minister B"). O(3). */
static size_t title_start(const parley_extraction *ex, const parley_sentence *se, size_t pos)
{
    size_t q = pos;
    while (q > se->tok_begin && q + 4 > pos && tok(ex, q - 1)->kind == PARLEY_TOK_WORD && (tok(ex, q - 1)->flags & PARLEY_TOK_CAP))
        q--;
    return q;
}

/* Does "joint" stand in tokens [b, e) ("held a joint meeting with C")? */
static bool joint_in(const parley_extraction *ex, size_t b, size_t e)
{
    for (size_t q = b; q < e; q++)
        if (is_w(ex, q, "joint"))
            return true;
    return false;
}

/* Is the place at token p of sentence se in a gathering to come that is talked of ("discussed the
 * upcoming COP30 climate conference in Belém", "preparations for the forthcoming summit in Doha")?
 * Back over at most ten words. */
static bool topic_to_come(const parley_extraction *ex, const parley_sentence *se, size_t p)
{
    static const char *const coming[] = {"upcoming", "forthcoming", NULL};
    static const char *const talked[] = {"discussed", "discuss", "discussing", "discusses", "reviewed", "review",
                                         "reviewing", "about", "regarding", NULL};
    for (size_t q = p; q-- > se->tok_begin + 2 && q + 10 > p && tok(ex, q)->kind == PARLEY_TOK_WORD;) {
        if (is_w_any(ex, q, coming) && is_w(ex, q - 1, "the"))
            return is_w_any(ex, q - 2, talked) || parley_prepared_for_at(ex, q - 1, se->tok_begin);
        /* ("to discuss preparations for the Gaza reconstruction conference in Cairo": what is
         * prepared for is to come, "upcoming" or not) */
        if (parley_prepared_for_at(ex, q, se->tok_begin))
            return true;
    }
    return false;
}

/* Is token p of sentence se in a clause that "since" opens after token @p after, within twelve
 * words back and no comma between ("their first encounter since a tense exchange in Kyiv last
 * year": the time and place of what came before; not "since the meeting ... in Kazan", the
 * meeting's own)? */
static bool since_before(const parley_extraction *ex, const parley_sentence *se, size_t p, size_t after)
{
    for (size_t q = p; q-- > se->tok_begin && q + 12 > p && q > after && !is_p(ex, q, ',') && !is_p(ex, q, ';');)
        if (is_w(ex, q, "since"))
            return true;
    return false;
}

/* The city of sentence s in the guest's country when place is a city of another country ("to
 * Paris and Warsaw to meet ... Polish Prime Minister B": Warsaw for B), else place. O(mentions of
 * s). */
static int city_of_guest(const parley_extraction *ex, size_t s, int place, const char *guest)
{
    const parley_entity *pe = &ex->entities[place];
    if (!guest || pe->type != PARLEY_ENTITY_LOCATION || !pe->country || strcmp(pe->country, guest) == 0)
        return place;
    int found = -1;
    for (size_t m = ex->sent_mentions[s]; m < ex->sent_mentions[s + 1]; m++) {
        const parley_mention *mm = &ex->mentions[m];
        if (mm->sentence != s || mm->entity < 0 || mm->entity == place || mm->type != PARLEY_ENTITY_LOCATION || !mm->lex ||
            mm->lex->kind != PARLEY_LEX_CITY || !mm->lex->country || strcmp(mm->lex->country, guest) != 0)
            continue;
        if (found >= 0 && found != mm->entity)
            return place;   /* (two of the guest's: no telling) */
        found = mm->entity;
    }
    return found >= 0 ? found : place;
}

/* Does "in" at token p - 1 close what the document signed at trig is about, with words only
 * between ("signed a memorandum of understanding on the use of training areas in")? O(p - trig). */
static bool document_topic_to(const parley_extraction *ex, const parley_sentence *se, size_t trig, size_t p)
{
    static const char *const about[] = {"on", "for", "regarding", "concerning", "about", NULL};
    size_t sl = parley_match(ex, trig, PARLEY_LEX_SIGN, NULL), dl = 0;
    if (!sl || !is_w(ex, p - 1, "in"))
        return false;
    size_t d = find_trigger(ex, trig + sl, p < trig + sl + 6 ? p : trig + sl + 6, PARLEY_LEX_DOCUMENT, &dl);
    if (!dl || d + dl + 1 >= p || !is_w_any(ex, d + dl, about))
        return false;
    for (size_t q = d + dl + 1; q + 1 < p; q++)
        if (tok(ex, q)->kind != PARLEY_TOK_WORD)
            return false;
    return p < se->tok_end;
}

/* The place of an event stated in a sentence: a city after in/at/to, else a country after
 * "in" or "visit to". With the event's words at trig (SIZE_MAX: not told), no place of a plan
 * joined after them by "and". Returns an entity index or -1. */
static int sentence_place_at(const parley_extraction *ex, size_t s, size_t trig)
{
    const parley_sentence *se = &ex->text.sentences[s];
    int country = -1, site = -1, rel_city = -1, rel_country = -1;
    size_t site_end = 0;   /* where the site's name ends */
    size_t later_at = SIZE_MAX - 1;   /* ", when", ", before", ", while" after trig (SIZE_MAX: none; unread) */
    for (size_t m = ex->sent_mentions[s]; m < ex->sent_mentions[s + 1]; m++) {
        const parley_mention *mm = &ex->mentions[m];
        if (mm->sentence != s || mm->entity < 0)
            continue;
        size_t p = mm->tb;
        if (p == se->tok_begin || in_past_relative(ex, se, p, trig) || parley_in_other_time_clause(ex, se, p) ||
            (trig != SIZE_MAX && plan_after(ex, se, trig, p)))   /* (a plan's place: "signed X and agreed to meet in Rome") */
            continue;
        /* (nor the place of a relative clause of what is to come after the meeting words: "met B,
         * who is due to travel to Ankara next week"; read within 40 tokens of them) */
        size_t ro = trig != SIZE_MAX && p > trig && p < trig + 40 ? relative_opener(ex, se, p) : SIZE_MAX;
        if (ro != SIZE_MAX && ro > trig && to_come_between(ex, ro, p))
            continue;
        /* (a place in a clause said of a journey: "on the second leg of a tour that began in
         * France"; not of the event itself: "drills that kicked off in Georgia") */
        static const char *const journeys[] = {"tour", "trip", "journey", "swing", NULL};
        bool of_journey = false;
        for (size_t q = p; q-- > se->tok_begin + 1 && q + 12 > p && tok(ex, q)->kind == PARLEY_TOK_WORD && !of_journey;)
            of_journey = (is_w(ex, q, "that") || is_w(ex, q, "which")) && is_w_any(ex, q - 1, journeys);
        if (of_journey)
            continue;
        /* (a city or a country that names a format of talks: "a meeting in the Astana format",
         * "the Normandy format", "the Istanbul process") */
        static const char *const formats[] = {"format", "process", "formula", NULL};
        if (mm->te < se->tok_end && parley_text_tok_in_ci(&ex->text, mm->te, formats))
            continue;
        /* (nor a state of a country inside what a signed document is about: "signed a memorandum
         * of understanding on the use of training areas in Queensland"; a city or a country there
         * is where it was signed: "signed a protocol on the state border in Batken") */
        if (trig != SIZE_MAX && p > trig + 4 && mm->lex && mm->lex->kind == PARLEY_LEX_REGION && mm->lex->country &&
            document_topic_to(ex, se, trig, p))
            continue;
        /* (a country that qualifies an owner: "at the US president's golf resort in Scotland") */
        size_t ol = mm->type == PARLEY_ENTITY_COUNTRY && mm->te < se->tok_end ? parley_match(ex, mm->te, PARLEY_LEX_OFFICE, NULL) : 0;
        if (ol && mm->te + ol < se->tok_end && parley_text_tok_poss(&ex->text, mm->te + ol))
            continue;
        /* "Macron flew on to Kyiv, where he met X on Tuesday, before travelling to Berlin": the
         * place a "where" clause with meeting words is said of */
        size_t wl, we = mm->te + 6 < se->tok_end ? mm->te + 6 : se->tok_end;
        /* (... or country, unless the clause names a city: "after visiting Egypt, where he met X";
         * "the visit to the United States, where he was to meet X at the White House") */
        if (((mm->type == PARLEY_ENTITY_LOCATION && mm->lex && mm->lex->kind == PARLEY_LEX_CITY) ||
             (mm->type == PARLEY_ENTITY_COUNTRY && mm->lex && mm->lex->kind == PARLEY_LEX_COUNTRY)) &&
            mm->te + 2 < se->tok_end && is_p(ex, mm->te, ',') && is_w(ex, mm->te + 1, "where") &&
            find_trigger(ex, mm->te + 2, we, PARLEY_LEX_MEET, &wl) < we) {
            for (size_t m2 = m + 1; mm->type == PARLEY_ENTITY_COUNTRY && m2 < ex->sent_mentions[s + 1]; m2++) {
                const parley_mention *c2 = &ex->mentions[m2];
                if (c2->sentence == s && c2->entity >= 0 && c2->type == PARLEY_ENTITY_LOCATION && c2->lex &&
                    c2->lex->kind == PARLEY_LEX_CITY)
                    return c2->entity;
            }
            return mm->entity;
        }
        /* (where a document named was signed: "pledging to implement the peace declaration signed
         * in Kuala Lumpur") */
        if (parley_document_signed_in(ex, p, se->tok_begin))
            continue;
        /* (nor a gathering to come that is talked of: "discussed the upcoming COP30 climate
         * conference in Belém", "preparations for the forthcoming summit in Doha"; read for a place
         * after "in" only) */
        bool after_in = p > se->tok_begin && is_w(ex, p - 1, "in");
        if (after_in && topic_to_come(ex, se, p))
            continue;
        /* (nor the place of what came before: "their first encounter since a tense exchange in Kyiv
         * last year") */
        if (after_in && trig != SIZE_MAX && p > trig && since_before(ex, se, p, trig))
            continue;
        /* (nor a place in a clause of another time after the event's words: "last met B in July
         * 2024, when B travelled to Moscow to meet C") */
        /* (the first such clause within 64 words after the words, found once a call: a sentence
         * naming thousands stays linear) */
        if (later_at == SIZE_MAX - 1) {
            later_at = SIZE_MAX;
            for (size_t q = trig + 1; trig != SIZE_MAX && q + 1 < se->tok_end && q < trig + 64 && later_at == SIZE_MAX; q++)
                if (is_p(ex, q, ',') && (is_w(ex, q + 1, "when") || is_w(ex, q + 1, "before") || is_w(ex, q + 1, "while")))
                    later_at = q;
        }
        if (later_at != SIZE_MAX && p > later_at + 1)
            continue;
        /* (a country that owns a thing: "discussed opportunities in Syria's reconstruction"; not a
         * part of the land: "in Syria's north", "in China's port city of Tianjin") */
        static const char *const parts[] = {"capital", "north", "south", "east", "west", "northern", "southern",
                                            "eastern", "western", "northeast", "northwest", "southeast", "southwest",
                                            "city", "coastal", "border", "port", "largest", "second", "biggest", NULL};
        if (mm->type == PARLEY_ENTITY_COUNTRY && mm->te + 1 < se->tok_end && parley_text_tok_poss(&ex->text, mm->te) &&
            tok(ex, mm->te + 1)->kind == PARLEY_TOK_WORD && !(tok(ex, mm->te + 1)->flags & PARLEY_TOK_CAP) &&
            !is_w_any(ex, mm->te + 1, parts) && !parley_match(ex, mm->te + 1, PARLEY_LEX_PLACE_HEAD, NULL))
            continue;
        size_t q = p - 1;
        /* (a seat naming what is held there: "at a White House summit") */
        if ((is_w(ex, q, "the") || (is_w(ex, q, "a") && mm->nested && mm->type == PARLEY_ENTITY_LOCATION)) &&
            q > se->tok_begin)
            q--;
        /* (a part of the place named by a word before it: "in central Seoul", "in downtown Manila") */
        static const char *const areas[] = {"central", "downtown", "northern", "southern", "eastern", "western",
                                            "suburban", "northeastern", "northwestern", "southeastern", "southwestern", NULL};
        if (q > se->tok_begin && mm->type == PARLEY_ENTITY_LOCATION && is_w_any(ex, q, areas) && (is_w(ex, q - 1, "in") || is_w(ex, q - 1, "at")))
            q--;
        /* "in", "at", or a visit phrase that ends in "to" ("visit to", "travel to"; data/events.tsv) */
        bool loc = is_w(ex, q, "in") || is_w(ex, q, "at") ||
                   /* "met at the border near Lazdijai" (a city) */
                   (is_w(ex, q, "near") && mm->type == PARLEY_ENTITY_LOCATION &&
                    ((mm->lex && mm->lex->kind == PARLEY_LEX_CITY) ||
                     (!mm->lex && !parley_match(ex, mm->te - 1, PARLEY_LEX_PLACE_HEAD, NULL) &&
                      !parley_text_tok_in_ci(&ex->text, mm->te - 1, building_heads)))) ||
                   (is_w(ex, q, "to") && parley_phrase_ends_at(ex, PARLEY_LEX_VISIT, q + 1, se->tok_begin) &&
                    /* (not a journey after the meeting: "..., before flying to Beirut to meet X") */
                    !(q >= se->tok_begin + 2 && is_w(ex, q - 2, "before")) && !others_visit_to(ex, se, q + 1)) ||
                   /* "welcomed X to London" */
                   (is_w(ex, q, "to") && parley_welcomed_to(ex, q, se->tok_begin)) ||
                   /* "attended the Munich Security Conference, where he held talks" */
                   ((is_w(ex, q, "attended") || is_w(ex, q, "attending")) && mm->type == PARLEY_ENTITY_LOCATION &&
                    mm->lex && mm->lex->kind == PARLEY_LEX_CITY);
        /* "on the South Lawn of the White House": a seat's grounds; "on the sidelines of the UN
         * General Assembly": a gathering the lexicon seats in a city */
        /* (... or a forum the lexicon seats in a city, named by a place of its own: "the
         * Shangri-La Dialogue") */
        static const char *const margins[] = {"sidelines", "sideline", "margins", "margin", NULL};
        bool margin = false;
        for (size_t k = q;
             !loc && mm->type == PARLEY_ENTITY_LOCATION && (mm->nested || (mm->lex && mm->lex->kind == PARLEY_LEX_CITY)) &&
             is_w(ex, q, "of") && k-- > se->tok_begin + 1 && k + 6 > q;) {
            if (is_w(ex, k, "the")) {
                loc = (mm->nested || margin) && (is_w(ex, k - 1, "on") || is_w(ex, k - 1, "at") || is_w(ex, k - 1, "in"));
                break;
            }
            margin |= is_w_any(ex, k, margins);
            if (tok(ex, k)->kind != PARLEY_TOK_WORD || (!(tok(ex, k)->flags & PARLEY_TOK_CAP) && !is_w_any(ex, k, margins)))
                break;
        }
        /* "X, who was visiting Munich, Germany, held a meeting with Y": where the clause says
         * the subject was */
        /* (... "who is visiting New York to attend the UN General Assembly") */
        if (!loc && is_w(ex, q, "visiting") && q >= se->tok_begin + 2 && (is_w(ex, q - 1, "was") || is_w(ex, q - 1, "is")) &&
            is_w(ex, q - 2, "who") &&
            mm->type == PARLEY_ENTITY_LOCATION && mm->lex && mm->lex->kind == PARLEY_LEX_CITY)
            loc = true;
        /* "he visited Tokyo, where he met X": the place visited, where the meeting follows */
        /* ... "he visited Washington in August 2024, when he held talks with X" (not the country
         * of a visitor's title: "met with visiting U.S. Trade Representative X and discussed") */
        bool title_country = mm->type == PARLEY_ENTITY_COUNTRY && mm->te < se->tok_end &&
                             (parley_match(ex, mm->te, PARLEY_LEX_OFFICE, NULL) || parley_match(ex, mm->te, PARLEY_LEX_DOMAIN, NULL));
        for (size_t k = mm->te;
             /* (not a demonym: "visited British troops at Tapa, where he was hosted by X") */
             !loc && !title_country && !(mm->lex && mm->lex->kind == PARLEY_LEX_DEMONYM) &&
             (is_w(ex, q, "visited") || is_w(ex, q, "toured") || is_w(ex, q, "visiting") || is_w(ex, q, "visit")) &&
             k < se->tok_end && k < mm->te + 8;
             k++)
            if (is_w(ex, k, "where") || is_w(ex, k, "when")) {
                size_t ml2;   /* (the clause tells a meeting: "when he was not yet in office" does not) */
                loc = find_trigger(ex, k + 1, se->tok_end, PARLEY_LEX_MEET, &ml2) < se->tok_end;
                break;
            } else if (is_w(ex, k, "for") && k + 1 < se->tok_end) {
                /* "had visited Kyiv on July 2 for talks with X" ("for a trilateral meeting") */
                size_t n = k + 1 + (is_w(ex, k + 1, "a") || is_w(ex, k + 1, "an"));
                loc = (n < se->tok_end && parley_match(ex, n, PARLEY_LEX_MEET_NOUN, NULL) > 0) ||
                      (n > k + 1 && n + 1 < se->tok_end && tok(ex, n)->kind == PARLEY_TOK_WORD &&
                       !(tok(ex, n)->flags & PARLEY_TOK_CAP) && parley_match(ex, n + 1, PARLEY_LEX_MEET_NOUN, NULL) > 0);
                break;
            } else if (is_w(ex, k, "and") && k + 1 < se->tok_end) {
                /* "visited Moscow and held talks with X": the meeting words right after "and" */
                size_t ml2, ke = k + 4 < se->tok_end ? k + 4 : se->tok_end;
                loc = find_trigger(ex, k + 1, ke, PARLEY_LEX_MEET, &ml2) < ke;
                break;
            }
        /* "in the Saudi city of NEOM", "in the Chinese port city": the demonym's country */
        bool city_of = mm->type == PARLEY_ENTITY_COUNTRY && mm->lex && mm->lex->kind == PARLEY_LEX_DEMONYM &&
                       p >= se->tok_begin + 2 && is_w(ex, p - 1, "the") && is_w(ex, p - 2, "in") && mm->te < se->tok_end &&
                       /* (the capital the lexicon lists is a mention of its own) */
                       !(is_w(ex, mm->te, "capital") && m + 1 < ex->sent_mentions[s + 1] && ex->mentions[m + 1].tb == mm->te &&
                         ex->mentions[m + 1].type == PARLEY_ENTITY_LOCATION) &&
                       (is_w(ex, mm->te, "city") || is_w(ex, mm->te, "capital") || is_w(ex, mm->te, "town") ||
                        is_w(ex, mm->te, "port") || is_w(ex, mm->te, "resort"));
        loc |= city_of;
        /* "in the Kazakh capital" (the capital the lexicon lists, a city mention on "capital"); "in
         * the Russian capital, Moscow", "in the Turkish capital Ankara" (the city named after it) */
        if (!loc && mm->type == PARLEY_ENTITY_LOCATION && mm->lex && mm->lex->kind == PARLEY_LEX_CITY && p >= se->tok_begin + 3) {
            size_t c = is_w(ex, p, "capital") ? p : is_p(ex, p - 1, ',') ? p - 2 : p - 1;
            if (is_w(ex, c, "capital") || (c < p && is_w(ex, c, "city")))
                loc = in_the_before(ex, se, c);
        }
        /* "in the Mediterranean city of El Alamein", "at the resort town of X": the place named
         * after "of" */
        static const char *const place_nouns[] = {"city", "town", "port", "resort", "capital", "village", "island", NULL};
        if (!loc && mm->type == PARLEY_ENTITY_LOCATION && p >= se->tok_begin + 4 && is_w(ex, p - 1, "of") &&
            is_w_any(ex, p - 2, place_nouns)) {
            size_t r = p - 3;
            while (r > se->tok_begin + 1 && r + 6 > p && !is_w(ex, r, "the") && tok(ex, r)->kind == PARLEY_TOK_WORD &&
                   !is_w(ex, r, "in") && !is_w(ex, r, "at"))
                r--;
            /* (... or a site toured together: "toured the port of Tanga with Vice President X") */
            static const char *const toured[] = {"visited", "toured", "inspected", "visiting", "touring", NULL};
            loc = is_w(ex, r, "the") && r > se->tok_begin &&
                  (is_w(ex, r - 1, "in") || is_w(ex, r - 1, "at") || (is_w(ex, r - 1, "on") && is_w(ex, p - 2, "island")) ||
                   is_w_any(ex, r - 1, toured));
        }
        /* "on the sidelines of the Moscow Conference on International Security", "of the X Moscow
         * Conference": a city opening the name of the gathering the meeting is on the margins of
         * (a numeral may number the gathering) */
        if (!loc && mm->type == PARLEY_ENTITY_LOCATION && mm->lex && mm->lex->kind == PARLEY_LEX_CITY && mm->te < se->tok_end &&
            tok(ex, mm->te)->kind == PARLEY_TOK_WORD && (tok(ex, mm->te)->flags & PARLEY_TOK_CAP)) {
            size_t r = p - 1;
            if (r > se->tok_begin && (tok(ex, r)->kind == PARLEY_TOK_NUM || isdigit((unsigned char)*tok_s(ex, r)) ||
                                      ((tok(ex, r)->flags & PARLEY_TOK_ALLCAPS) && tok_n(ex, r) <= 4)))
                r--;
            static const char *const margins[] = {"sidelines", "sideline", "margins", "margin", NULL};
            loc = r >= se->tok_begin + 3 && is_w(ex, r, "the") && is_w(ex, r - 1, "of") && is_w_any(ex, r - 2, margins);
        }
        /* "to discuss the situation in Ukraine": a topic, not where it happens */
        if (loc && is_w(ex, q, "in") && q > se->tok_begin && parley_topic_noun(ex, q - 1))
            loc = false;
        /* "for talks on support for Ukraine and the battlegroup in Estonia": inside what the talks
         * are on (not "talks on Monday in Riga") */
        /* (... or what they talked about: "spoke with X about the preparations for COP30 in
         * Belém", not "for about an hour") */
        static const char *const abouts[] = {"about", "regarding", "concerning", NULL};
        static const char *const amounts[] = {"a", "an", "half", "two", "three", "four", NULL};
        for (size_t k = q > se->tok_begin + 16 ? q - 16 : se->tok_begin; loc && is_w(ex, q, "in") && k + 2 < q; k++)
            if (parley_talks_on(ex, k, q) ||
                (is_w_any(ex, k, abouts) && tok(ex, k + 1)->kind == PARLEY_TOK_WORD && !is_w_any(ex, k + 1, amounts))) {
                bool clause = false;   /* (a comma or a verb's "and" ends what they are on) */
                /* (... and so does the talks' own verb: "Talks on a ceasefire resumed in Doha") */
                static const char *const verbs[] = {"resumed", "began", "opened", "ended", "continued", "concluded",
                                                    "started", "were", "was", "took", NULL};
                for (size_t r = k + 2; r < q && !clause; r++)
                    clause = is_p(ex, r, ',') || is_p(ex, r, ';') || is_w_any(ex, r, verbs);
                loc = clause;
            }
        /* "at State House, Nairobi": the city after a site named at its place */
        if (!loc && p >= se->tok_begin + 3 && is_p(ex, p - 1, ',') && mm->type == PARLEY_ENTITY_LOCATION && mm->lex &&
            mm->lex->kind == PARLEY_LEX_CITY) {
            size_t r = p - 1;   /* back over the site's capitalised words */
            while (r > se->tok_begin && r + 5 > p && tok(ex, r - 1)->kind == PARLEY_TOK_WORD &&
                   (tok(ex, r - 1)->flags & PARLEY_TOK_CAP))
                r--;
            if (r < p - 1 && r > se->tok_begin && is_w(ex, r - 1, "the"))
                r--;
            loc = r < p - 1 && r > se->tok_begin && (is_w(ex, r - 1, "at") || is_w(ex, r - 1, "in"));
        }
        if (!loc || other_predicate(ex, se, p) || in_future_clause(ex, se, p))
            continue;
        /* (a city in a relative clause before the event's words gives way to one of the main
         * clause: "Lee, who arrived in Tokyo on Saturday, is to fly to Washington for talks") */
        size_t rb, re;
        if (mm->type == PARLEY_ENTITY_LOCATION && mm->lex && mm->lex->kind == PARLEY_LEX_CITY && trig != SIZE_MAX &&
            p < trig && relative_clause_at(ex, se, p, trig, &rb, &re)) {
            if (rel_city < 0)
                rel_city = mm->entity;
            continue;
        }
        if (mm->type == PARLEY_ENTITY_LOCATION && mm->lex && mm->lex->kind == PARLEY_LEX_CITY)
            return mm->entity;
        /* a site found by its head word ("the San Martín Palace"): the city named with it first;
         * a building named alone is in the dateline's city ("MUSCAT - ... received at Al Alam
         * Palace") */
        /* ("at the Presidential Palace in Nouakchott": the place the building is in, named right
         * after it, when the lexicon does not know it either) */
        bool site_in = site >= 0 && site_end + 1 == mm->tb && is_w(ex, site_end, "in");
        if (mm->type == PARLEY_ENTITY_LOCATION && !mm->lex && (site < 0 || site_in)) {
            site = mm->entity;
            site_end = mm->te;
            /* ("at his official residence in Baluwatar", "at her office in Singha Durbar", "at the
             * presidential office in Yongsan": an official's own office in a quarter the lexicon
             * does not know, in the dateline's city; not "the papal summer residence in Castel
             * Gandolfo") */
            static const char *const residences[] = {"residence", "office", NULL};
            static const char *const owners[] = {"his", "her", "their", "official", "presidential", NULL};
            if (ex->dateline_place >= 0 && mm->te > mm->tb &&
                (parley_text_tok_in_ci(&ex->text, mm->te - 1, building_heads) ||
                 parley_text_tok_in_ci(&ex->text, mm->tb, base_words) ||
                 (is_w(ex, q, "in") && q > se->tok_begin + 1 && is_w_any(ex, q - 1, residences) &&
                  is_w_any(ex, q - 2, owners) && ex->entities[ex->dateline_place].type == PARLEY_ENTITY_LOCATION)))
                site = ex->dateline_place;
        }
        if (country < 0 && ((mm->type == PARLEY_ENTITY_COUNTRY && mm->lex && (mm->lex->kind == PARLEY_LEX_COUNTRY || city_of)) ||
                            (mm->type == PARLEY_ENTITY_LOCATION && mm->lex && mm->lex->kind == PARLEY_LEX_REGION &&
                             mm->lex->country))) {
            /* (... and so does a country: "Wong, who is on his first visit to Indonesia, last met
             * Prabowo in Singapore") */
            if (trig != SIZE_MAX && p < trig && relative_clause_at(ex, se, p, trig, &rb, &re)) {
                if (rel_country < 0)
                    rel_country = mm->entity;
            } else {
                country = mm->entity;
            }
        }
    }
    /* "In Astana the Defense Minister ..." */
    for (size_t m = ex->sent_mentions[s]; m < ex->sent_mentions[s + 1]; m++) {
        const parley_mention *mm = &ex->mentions[m];
        if (mm->sentence == s && mm->type == PARLEY_ENTITY_LOCATION && mm->tb == se->tok_begin + 1 &&
            is_w(ex, se->tok_begin, "in") && mm->entity >= 0)
            return mm->entity;
    }
    return rel_city >= 0 ? rel_city : site >= 0 ? site : country >= 0 ? country : rel_country;
}

static int sentence_place(const parley_extraction *ex, size_t s)
{
    return sentence_place_at(ex, s, SIZE_MAX);
}

/* The place of meeting ev, told again in sentence s: where it had none, or a city of the country
 * it was known by ("President X has received Y", then "The meeting was held in Baku"). */
static void place_told_again(const parley_extraction *ex, parley_event *ev, size_t s)
{
    if (ev->place >= 0 && ex->entities[ev->place].type != PARLEY_ENTITY_COUNTRY)
        return;
    int where = sentence_place(ex, s);
    if (ev->place < 0 || (where >= 0 && ex->entities[where].type == PARLEY_ENTITY_LOCATION && ex->entities[where].country &&
                          strcmp(ex->entities[where].country, ex->entities[ev->place].name) == 0))
        ev->place = where;
}

/* Is the person mention mm the owner of someone else ("President Joe Biden's envoy", "Macron's
 * wife Brigitte"): "'s" and, within three words, a noun for a person or an office? */
static bool owner_of_person(const parley_extraction *ex, const parley_mention *mm, size_t end)
{
    if (!(mm->te + 1 < end && parley_text_tok_poss(&ex->text, mm->te)))
        return false;
    /* (the noun the possessive qualifies: not past "with" in "X's meeting with President Y") */
    for (size_t q = mm->te + 1; q < end && q < mm->te + 4 && tok(ex, q)->kind == PARLEY_TOK_WORD; q++) {
        /* (... or for a group of people: "Sheinbaum's security cabinet, led by X, met Y") */
        static const char *const groups[] = {"deputy", "deputies", "cabinet", "team", "government", "administration",
                                             "aides", "officials", "staff", "negotiators", "delegation", NULL};
        if (parley_match(ex, q, PARLEY_LEX_PERSON_NOUN, NULL) || parley_match(ex, q, PARLEY_LEX_OFFICE, NULL) ||
            is_w_any(ex, q, groups))
            return true;
        /* "..., during President X's state visit to Portugal", "on the sidelines of President X's
         * visit to Colombo": the visit's owner is not in what the sentence tells of others */
        /* ("Petro's visit came a week after Leo met Zelensky": the owner of a visit said to come
         * after another time is not in that time's meeting) */
        if ((is_w(ex, q, "visit") || is_w(ex, q, "trip") || is_w(ex, q, "tour")) && q + 1 < end &&
            (is_w(ex, q + 1, "came") || is_w(ex, q + 1, "comes") || is_w(ex, q + 1, "followed") || is_w(ex, q + 1, "follows")))
            return true;
        if (is_w(ex, q, "visit") || is_w(ex, q, "trip") || is_w(ex, q, "tour"))
            for (size_t k = mm->tb; k-- > 0 && k + 6 > mm->tb;) {
                if (is_w(ex, k, "during") || (is_w(ex, k, "of") && k > 0 && (is_w(ex, k - 1, "sidelines") ||
                                                                             is_w(ex, k - 1, "margins") ||
                                                                             is_w(ex, k - 1, "part") ||
                                                                             is_w(ex, k - 1, "framework"))))
                    return true;
                if (tok(ex, k)->kind != PARLEY_TOK_WORD || !(tok(ex, k)->flags & PARLEY_TOK_CAP))
                    break;   /* (back over the title's capitalised words only) */
            }
        if (parley_match(ex, q, PARLEY_LEX_MEET_NOUN, NULL) || is_w(ex, q, "with") || is_w(ex, q, "of") ||
            is_w(ex, q, "to") || is_w(ex, q, "and"))
            return false;
    }
    return false;
}

/* Is the person at mention mm the one someone serves: "X, a senior adviser to President Y", "an
 * envoy of King Y" (an aide's noun, "to", "of" or "for", and the title before the name, with no
 * country in it)? Y is not there. */
static bool served_by(const parley_extraction *ex, const parley_mention *mm, size_t sb)
{
    static const char *const aides[] = {"adviser", "advisor", "aide", "envoy", "assistant", "emissary", "counselor",
                                        "counsellor", "representative", "spokesman", "spokeswoman", "spokesperson", NULL};
    size_t q = mm->tb;
    bool office = false;   /* the words before the name hold the title of one served */
    while (q > sb && q + 5 > mm->tb && tok(ex, q - 1)->kind == PARLEY_TOK_WORD && (tok(ex, q - 1)->flags & PARLEY_TOK_CAP)) {
        /* (a country there makes an office of it: "Special Representative for Afghanistan X" is
         * the representative) */
        if (parley_match(ex, q - 1, PARLEY_LEX_COUNTRY, NULL))
            return false;
        office |= parley_kind_starts(ex, q - 1, PARLEY_LEX_OFFICE) || parley_kind_starts(ex, q - 1, PARLEY_LEX_RANK) ||
                  parley_kind_starts(ex, q - 1, PARLEY_LEX_HONORIFIC);
        q--;
    }
    /* ("Special Representative for Central Asia X", "... for Human Rights X": what the office is
     * for, no one served) */
    if (q < mm->tb && !office && q >= sb + 1 && is_w(ex, q - 1, "for"))
        return false;
    return q >= sb + 2 && (is_w(ex, q - 1, "to") || is_w(ex, q - 1, "of") || is_w(ex, q - 1, "for")) &&
           is_w_any(ex, q - 2, aides);
}

/* Does ", whom he met" (she, they; "also met", "had met") or ", who held talks with" follow person
 * mention mm: "at the invitation of President X, whom he met on Monday"? */
static bool whom_met(const parley_extraction *ex, const parley_mention *mm, size_t end)
{
    size_t q = mm->te;
    /* (... or ", who held talks with him on Monday": the one invited by meets the guest) */
    bool who = q + 2 < end && is_p(ex, q, ',') && is_w(ex, q + 1, "who");
    if (!who && !(q + 3 < end && is_p(ex, q, ',') && is_w(ex, q + 1, "whom") &&
                  (is_w(ex, q + 2, "he") || is_w(ex, q + 2, "she") || is_w(ex, q + 2, "they"))))
        return false;
    q += who ? 2 : 3;
    if (q < end && (is_w(ex, q, "also") || is_w(ex, q, "had") || is_w(ex, q, "later")))
        q++;
    size_t ml;
    return find_trigger(ex, q, who ? end : q + 1 < end ? q + 1 : end, PARLEY_LEX_MEET, &ml) == q;
}

/* The words of handing something over in person ("handed over a message", "delivered by"). */
static const char *const handed[] = {"handed", "delivered", "hands", "delivers", "presented", "conveyed", "handing",
                                     "delivering", "conveying", "carrying", "carries", "carried", "bearing", "bore",
                                     "brought", "bringing", NULL};

/* Where "delivered by", "handed by", ... follows the message or letter at token q of sentence se
 * (within 16 tokens): "received a message from X, delivered by Y"; SIZE_MAX when nowhere. O(16). */
static size_t handed_by_after(const parley_extraction *ex, const parley_sentence *se, size_t q)
{
    for (size_t k = q + 1; k + 1 < se->tok_end && k < q + 16; k++)
        if (is_w_any(ex, k, handed) && is_w(ex, k + 1, "by"))
            return k;
    return SIZE_MAX;
}

/* Is person mention mm right after "of" and one of the nouns (titles between, and with lower
 * true a few lower-case words that are no preposition: "the case of detained writer X")? O(8). */
static bool named_after_noun_of(const parley_extraction *ex, const parley_mention *mm, size_t sb, const char *const *nouns,
                                bool lower)
{
    static const char *const joins[] = {"with", "and", "or", "to", "by", "for", "from", "at", "in", "on", "who", "whom",
                                        "between", "of", NULL};
    size_t q = mm->tb, low = 0;
    while (q > sb + 2 && q + 8 > mm->tb && tok(ex, q - 1)->kind == PARLEY_TOK_WORD &&
           ((tok(ex, q - 1)->flags & PARLEY_TOK_CAP) || (lower && low < 3 && !is_w_any(ex, q - 1, joins)))) {
        low += !(tok(ex, q - 1)->flags & PARLEY_TOK_CAP);
        q--;
    }
    return q > sb + 2 && is_w(ex, q - 1, "of") && is_w_any(ex, q - 2, nouns);
}

/* Is person mention mm named as whose relative someone is ("the wife of President X, Y")? Such a
 * person is not there. O(8). */
static bool kin_of(const parley_extraction *ex, const parley_mention *mm, size_t sb)
{
    static const char *const kin[] = {"wife", "husband", "spouse", "widow", "son", "daughter", "mother", "father", NULL};
    return named_after_noun_of(ex, mm, sb, kin, false);
}

/* Is person mention mm what someone spoke of, not someone there ("raised the case of detained
 * writer X", "pressed for the release of Y")? O(8). */
static bool topic_of(const parley_extraction *ex, const parley_mention *mm, size_t sb)
{
    static const char *const topics[] = {"case", "cases", "release", "fate", "detention", "arrest", "plight", "killing",
                                         "murder", "death", "imprisonment", "extradition", "jailing", "sentencing",
                                         "trial", "assassination", "custody", "legacy", "memory", NULL};
    return named_after_noun_of(ex, mm, sb, topics, true);
}

/* Is the person at mention mm one whom greetings are sent to: "conveyed greetings from President
 * X to King Y and Senate President Z" (after "to" following a sender, the list's names, titles,
 * commas and "and" only between)? Y and Z are not there. O(20 + mentions between). */
static bool greeted_at(const parley_extraction *ex, const parley_mention *mm, size_t s)
{
    size_t sb = ex->text.sentences[s].tok_begin, to = SIZE_MAX;
    for (size_t q = mm->tb; q-- > sb + 1 && q + 20 > mm->tb && to == SIZE_MAX;) {
        if (is_w(ex, q, "to"))
            to = q;
        else if (!(tok(ex, q)->kind == PARLEY_TOK_WORD && ((tok(ex, q)->flags & PARLEY_TOK_CAP) || is_w(ex, q, "and"))) &&
                 !is_p(ex, q, ','))
            return false;
    }
    /* (the mentions are in text order: back from mm's to the one ending at "to") */
    for (size_t m = (size_t)(mm - ex->mentions); to != SIZE_MAX && m-- > ex->sent_mentions[s];) {
        const parley_mention *o = &ex->mentions[m];
        if (o->te < to)
            break;
        if (o->sentence == s && o->type == PARLEY_ENTITY_PERSON && o->te == to)
            return parley_phrase_before_title(ex, o->tb, sb, PARLEY_LEX_SENDER);
    }
    return false;
}

static void sentence_people(const parley_extraction *ex, size_t s, people *pp)
{
    pp->n = 0;
    for (size_t m = ex->sent_mentions[s]; m < ex->sent_mentions[s + 1]; m++) {
        const parley_mention *mm = &ex->mentions[m];
        /* whoever sends greetings or a letter is not there: "conveyed greetings from President X";
         * nor is one whose envoy or wife is */
        if (mm->sentence == s && mm->type == PARLEY_ENTITY_PERSON && mm->entity >= 0 &&
            (!parley_phrase_before_title(ex, mm->tb, ex->text.sentences[s].tok_begin, PARLEY_LEX_SENDER) ||
             whom_met(ex, mm, ex->text.sentences[s].tok_end)) &&
            !owner_of_person(ex, mm, ex->text.sentences[s].tok_end) && !served_by(ex, mm, ex->text.sentences[s].tok_begin) &&
            /* "his deputy, but not Lavrov himself"; "the wife of President X" */
            !(mm->tb > ex->text.sentences[s].tok_begin && is_w(ex, mm->tb - 1, "not")) &&
            !kin_of(ex, mm, ex->text.sentences[s].tok_begin) && !topic_of(ex, mm, ex->text.sentences[s].tok_begin) &&
            !greeted_at(ex, mm, s))
            people_add(pp, mm->entity, mm->tb, mm->te);
    }
}

/* The person whose invitation sentence s tells of ("at the invitation of Mongolian President X"):
 * the first person named after "invitation of" or "invitation from", titles between; -1 when
 * none. O(mentions of the sentence). */
static int invitation_host(const parley_extraction *ex, size_t s)
{
    const parley_sentence *se = &ex->text.sentences[s];
    for (size_t m = ex->sent_mentions[s]; m < ex->sent_mentions[s + 1]; m++) {
        const parley_mention *mm = &ex->mentions[m];
        if (mm->sentence != s || mm->type != PARLEY_ENTITY_PERSON || mm->entity < 0)
            continue;
        size_t q = mm->tb;
        while (q > se->tok_begin + 2 && q + 8 > mm->tb && tok(ex, q - 1)->kind == PARLEY_TOK_WORD && !is_w(ex, q - 1, "of") &&
               !is_w(ex, q - 1, "from"))
            q--;
        if (q > se->tok_begin + 2 && (is_w(ex, q - 1, "of") || is_w(ex, q - 1, "from")) && is_w(ex, q - 2, "invitation"))
            return mm->entity;
    }
    return -1;
}

/* Do the capitals of title t (its capitalised words' first letters: "Chief of the Air Staff" ->
 * "CAS") spell the n letters at a? */
static bool title_initials(const char *t, const char *a, size_t n)
{
    size_t k = 0;
    for (const char *p = t; p && *p; p++) {
        if ((p == t || p[-1] == ' ') && *p >= 'A' && *p <= 'Z') {
            if (k >= n || a[k] != *p)
                return false;
            k++;
        }
    }
    return t && k == n;
}

/* The one person whose title's initials the capitals at token k spell ("the CAS"), the person in
 * focus first; -1 when none or several. O(entities). */
static int initials_holder(const parley_extraction *ex, size_t k, int focus)
{
    const char *a = tok_s(ex, k);
    size_t n = tok_n(ex, k);
    if (focus >= 0 && title_initials(ex->entities[focus].title, a, n))
        return focus;
    int who = -1;
    for (size_t i = 0; i < ex->n_entities; i++) {
        const parley_entity *en = &ex->entities[i];
        if (en->type != PARLEY_ENTITY_PERSON || !title_initials(en->title, a, n))
            continue;
        if (who >= 0)
            return -1;
        who = (int)i;
    }
    return who;
}

/* "head of state" (1) or "head of government" (2) at token k (three tokens there), else 0. */
static int head_of_at(const parley_extraction *ex, size_t k)
{
    if (!is_w(ex, k, "head") || !is_w(ex, k + 1, "of"))
        return 0;
    return is_w(ex, k + 2, "state") ? 1 : is_w(ex, k + 2, "government") ? 2 : 0;
}

/* "He", "She", "The minister", "The Turkish minister" opening a sentence. */
/* Does a pronoun or "the <office>" open the clause at token b ("He met", "The minister said",
 * "The Secretary General also held")? */
/* The words at token k that say whose a delegation is ("Serbian", "Hamas"): a demonym, or a
 * body's name in capitals; their length, or 0. */
static size_t delegation_owner_len(const parley_extraction *ex, size_t k)
{
    size_t l = parley_match(ex, k, PARLEY_LEX_DEMONYM, NULL);
    if (!l && (tok(ex, k)->flags & PARLEY_TOK_CAP))
        l = parley_match(ex, k, PARLEY_LEX_ORG, NULL);
    return l;
}

/* Is token q, after an owner of dl tokens, a delegation's noun: "delegation", or with an owner
 * "team" or "mission" ("The IMF team also held discussions with ...")? */
static bool delegation_noun_at(const parley_extraction *ex, size_t q, size_t dl)
{
    return is_w(ex, q, "delegation") || (dl && (is_w(ex, q, "team") || is_w(ex, q, "mission")));
}

/* "The Foreign Secretary and Prince Faisal signed ...": is a person named from token a on, past
 * capitalised words of a title only, one whose title does not hold the office at tokens [o, o+ol)
 * (another person than its holder)? O(mentions of the sentence). */
static bool other_named_at(const parley_extraction *ex, size_t a, size_t end, size_t o, size_t ol)
{
    size_t s = parley_sentence_of(ex, a);
    for (size_t m = ex->sent_mentions[s]; m < ex->sent_mentions[s + 1]; m++) {
        const parley_mention *mm = &ex->mentions[m];
        if (mm->type != PARLEY_ENTITY_PERSON || mm->tb < a)
            continue;
        if (mm->tb > a + 6 || mm->te > end)
            return false;
        for (size_t q = a; q < mm->tb; q++)
            if (tok(ex, q)->kind != PARLEY_TOK_WORD || !(tok(ex, q)->flags & PARLEY_TOK_CAP))
                return false;
        const char *ow = tok_s(ex, o);
        size_t on = (size_t)(tok_s(ex, o + ol - 1) + tok_n(ex, o + ol - 1) - ow);
        return !(mm->title && parley_text_holds_word(mm->title, ow, on));
    }
    return false;
}

static bool pronoun_at(const parley_extraction *ex, size_t b, size_t end)
{
    /* "His Highness the Amir also received ..." */
    size_t hl = b < end ? parley_match(ex, b, PARLEY_LEX_HONORIFIC, NULL) : 0;
    /* ... and "His Highness met with ...", "His Majesty also received ...": the honorific alone */
    if (hl >= 2 && b + hl < end && (is_w(ex, b, "his") || is_w(ex, b, "her")) && tok(ex, b + hl)->kind == PARLEY_TOK_WORD &&
        !(tok(ex, b + hl)->flags & PARLEY_TOK_CAP) && !is_w(ex, b + hl, "the"))
        return true;
    if (hl && b + hl < end && is_w(ex, b + hl, "the"))
        b += hl;
    if (b >= end)
        return false;
    if (is_w(ex, b, "he") || is_w(ex, b, "she") || (is_w(ex, b, "i") && (tok(ex, b)->flags & PARLEY_TOK_CAP)))
        return true;
    /* "Prime Minister met with X", "President also received X": a leader's office with no article
     * or name, then the predicate in lower case (only these two, as Indian releases write them:
     * "Emir had a phone call" may be a surname, "Berembek Emir") */
    size_t lo0 = is_w(ex, b, "President") || is_w(ex, b, "Prime") ? parley_leader_office_at(ex, b) : 0;
    if (lo0 && b + lo0 + 1 < end && tok(ex, b + lo0)->kind == PARLEY_TOK_WORD && !(tok(ex, b + lo0)->flags & PARLEY_TOK_CAP) &&
        !is_w(ex, b + lo0, "of") && !is_w(ex, b + lo0, "and") && !is_w(ex, b + lo0, "for") &&
        !parley_text_tok_poss(&ex->text, b + lo0))
        return true;
    if (is_w(ex, b, "the") && b + 1 < end) {
        size_t k = b + 1;
        /* "The Head of State met with ...", "the head of government also received ..." */
        if (k + 3 < end && head_of_at(ex, k) && tok(ex, k + 3)->kind == PARLEY_TOK_WORD && !(tok(ex, k + 3)->flags & PARLEY_TOK_CAP))
            return true;
        /* "the CAS called on ...": an office's initials in capitals, then a word in lower case */
        if (k + 1 < end && parley_office_initials_at(ex, k, 0) && tok(ex, k + 1)->kind == PARLEY_TOK_WORD &&
            !(tok(ex, k + 1)->flags & PARLEY_TOK_CAP))
            return true;
        /* "the Serbian delegation also met ...", "The Hamas delegation later held talks": the
         * delegation's leader (delegation_leader()) */
        size_t dl = delegation_owner_len(ex, k);
        if (k + dl + 1 < end && delegation_noun_at(ex, k + dl, dl) && tok(ex, k + dl + 1)->kind == PARLEY_TOK_WORD &&
            !(tok(ex, k + dl + 1)->flags & PARLEY_TOK_CAP) && !is_w(ex, k + dl + 1, "of") && !is_w(ex, k + dl + 1, "led") &&
            !is_w(ex, k + dl + 1, "headed") && !is_w(ex, k + dl + 1, "from"))
            return true;
        /* "the visiting dignitary", "the outgoing minister" */
        if (k + 1 < end && !(tok(ex, k)->flags & PARLEY_TOK_CAP) && parley_text_tok_ing(&ex->text, k, 5))
            k++;
        /* ("the top Vietnamese legislator", "the Vietnamese top legislator") */
        if (k + 1 < end && is_w(ex, k, "top"))
            k++;
        size_t l = parley_match(ex, k, PARLEY_LEX_DEMONYM, NULL);
        k += l;
        if (l && k + 1 < end && is_w(ex, k, "top"))
            k++;
        /* ("The PACE President also met ...", "the NATO chief": a body's name or acronym before
         * the office) */
        size_t bl = !l && k + 1 < end ? parley_match(ex, k, PARLEY_LEX_ORG, NULL) : 0;
        if (!l && !bl && k + 1 < end && tok(ex, k)->kind == PARLEY_TOK_WORD && (tok(ex, k)->flags & PARLEY_TOK_ALLCAPS) &&
            !(tok(ex, k)->flags & PARLEY_TOK_ABBREV) && tok_n(ex, k) >= 2 && tok_n(ex, k) <= 6)
            bl = 1;
        if (bl && k + bl < end && parley_match(ex, k + bl, PARLEY_LEX_OFFICE, NULL))
            k += bl;
        /* "the defence minister", "The Azerbaijani Defense Minister met" */
        size_t d = k;
        while (d < end && parley_match(ex, d, PARLEY_LEX_DOMAIN, NULL))
            d++;
        if (d > k && d < end && parley_match(ex, d, PARLEY_LEX_OFFICE, NULL) &&
            ((tok(ex, k)->flags & PARLEY_TOK_CAP) == (tok(ex, d)->flags & PARLEY_TOK_CAP)))
            k = d;
        size_t lo = k < end && !(tok(ex, k)->flags & PARLEY_TOK_CAP) ? parley_match(ex, k, PARLEY_LEX_OFFICE, NULL) : 0;
        if (k < end && !(tok(ex, k)->flags & PARLEY_TOK_CAP) &&
            ((lo && !(k + lo < end && parley_text_tok_poss(&ex->text, k + lo))) ||   /* (not "the prime minister's office") */
             (parley_match(ex, k, PARLEY_LEX_PERSON_NOUN, NULL) == 1 && k + 1 < end &&
              !(tok(ex, k + 1)->flags & PARLEY_TOK_CAP))))
            return true;
        /* "The Secretary General also held ...": a capitalised office, then a lower-case word
         * that opens the predicate, not the rest of a title ("The Minister of Defense, X") */
        size_t ol = k < end ? parley_match(ex, k, PARLEY_LEX_OFFICE, NULL) : 0;
        if (!ol && k < end && (tok(ex, k)->flags & PARLEY_TOK_CAP))
            ol = parley_match(ex, k, PARLEY_LEX_RANK, NULL);   /* "the General met ..." */
        /* (office words in capitals one after another: "The Chief Minister was ...") */
        for (size_t l2; ol && k + ol < end && (tok(ex, k + ol)->flags & PARLEY_TOK_CAP) &&
                        (l2 = parley_match(ex, k + ol, PARLEY_LEX_OFFICE, NULL));)
            ol += l2;
        size_t v = k + ol;
        /* ("The Emir, who is on a private visit to the UK, later met ...": past a relative
         * clause, only "who" and no name in it) */
        size_t rb, re;
        if (ol && v + 3 < end && is_p(ex, v, ',') && is_w(ex, v + 1, "who") &&
            relative_clause_at(ex, &ex->text.sentences[parley_sentence_of(ex, b)], v + 1, end, &rb, &re) && re + 1 < end) {
            bool named = false;
            for (size_t q = rb; q < re && !named; q++)
                named = (tok(ex, q)->flags & PARLEY_TOK_CAP) && parley_match(ex, q, PARLEY_LEX_OFFICE, NULL);
            /* (... or the companions it names: "The President, who was accompanied by Foreign
             * Minister X, later travelled to Niamey for talks with Y") */
            bool companions = v + 4 < re && (is_w(ex, v + 2, "was") || is_w(ex, v + 2, "were")) &&
                              (is_w(ex, v + 3, "accompanied") || is_w(ex, v + 3, "joined")) && is_w(ex, v + 4, "by");
            if (!named || companions)
                v = re + 1;
            /* (... past the name of an office's apposition: "accompanied by the Minister for Foreign
             * Affairs, X, later travelled") */
            size_t sn = parley_sentence_of(ex, b);
            for (size_t m = ex->sent_mentions[sn]; companions && m < ex->sent_mentions[sn + 1]; m++) {
                const parley_mention *pm = &ex->mentions[m];
                if (pm->type == PARLEY_ENTITY_PERSON && pm->tb == v && pm->te + 1 < end && is_p(ex, pm->te, ',')) {
                    v = pm->te + 1;
                    break;
                }
            }
        }
        /* ("The Prime Minister and President X signed": the one in focus, and a leader named) */
        if (ol && v + 1 < end && is_w(ex, v, "and") && parley_leader_office_at(ex, k) == ol && parley_leader_office_at(ex, v + 1))
            return true;
        /* (... "The Foreign Secretary and Prince Faisal signed": the one in focus, and another
         * named) */
        if (ol && v + 1 < end && is_w(ex, v, "and") && other_named_at(ex, v + 1, end, k, ol))
            return true;
        if (ol && v < end && tok(ex, v)->kind == PARLEY_TOK_WORD && !(tok(ex, v)->flags & PARLEY_TOK_CAP) &&
            !is_w(ex, v, "of") && !is_w(ex, v, "for") && !is_w(ex, v, "to") && !is_w(ex, v, "and") &&
            !is_w(ex, v, "on") && !is_w(ex, v, "in") && !is_w(ex, v, "at") && !is_w(ex, v, "the") &&
            !is_w(ex, v, "de") && !is_w(ex, v, "general") && !parley_text_tok_poss(&ex->text, v))
            return true;
    }
    return false;
}

/* Is the subject of sentence s a pronoun for the person last in focus: at its start, or after an
 * opening phrase of time or place ("On September 14, the Kazakh leader ...", "Later, he ...")? */
static const char *const clause_openers[] = {"on", "in", "at", "during", "after", "before", "later", "earlier",
                                             "meanwhile", "separately", "then", "afterwards", "subsequently",
                                             "following", "yesterday", "today", "besides", "also", "additionally",
                                             "moreover", "furthermore", "previously", "last", "this", "next", "as", "while",
                                             "there", "here", "according", NULL};

/* Is token q of an opening phrase a capitalised word that is no month, weekday, city or country
 * (a name: the phrase is more than time or place)? O(1). */
static bool names_in_opener(const parley_extraction *ex, size_t q)
{
    return tok(ex, q)->kind == PARLEY_TOK_WORD && (tok(ex, q)->flags & PARLEY_TOK_CAP) &&
           parley_date_month_name(tok_s(ex, q), tok_n(ex, q)) == 0 &&
           parley_date_weekday_name(tok_s(ex, q), tok_n(ex, q)) < 0 && !parley_match(ex, q, PARLEY_LEX_CITY, NULL) &&
           !parley_match(ex, q, PARLEY_LEX_COUNTRY, NULL);
}

static size_t pronoun_subject(const parley_extraction *ex, size_t s)
{
    /* an opener of one word, with no comma before the pronoun: "There he was received by ...",
     * "Then she met ..." */
    static const char *const alone[] = {"there", "here", "then", "later", "afterwards", "subsequently", "earlier",
                                        "meanwhile", "separately", "also", "yesterday", "today", NULL};
    const parley_sentence *se = &ex->text.sentences[s];
    size_t b = se->tok_begin;
    /* (an item of a list opens past its bullet: "- On Monday, the Secretary met ...") */
    if (se->item && b + 1 < se->tok_end)
        b++;
    if (pronoun_at(ex, b, se->tok_end))
        return b;
    /* "Members of the delegation also met ...": the delegation */
    if (b + 3 < se->tok_end && is_w(ex, b, "members") && is_w(ex, b + 1, "of") && is_w(ex, b + 2, "the") &&
        pronoun_at(ex, b + 2, se->tok_end))
        return b + 2;
    /* "With German Foreign Minister X, he discussed ...": the one met, fronted, then the subject */
    for (size_t q = b + 2; is_w(ex, b, "with") && q + 1 < se->tok_end && q < b + 14; q++)
        if (is_p(ex, q, ','))
            return pronoun_at(ex, q + 1, se->tok_end) ? q + 1 : SIZE_MAX;
    static const char *const times[] = {"day", "days", "week", "month", "year", "morning", "evening", "afternoon",
                                        "same", "previous", "following", "next", NULL};
    bool opener = false;
    opener = b < se->tok_end && is_w_any(ex, b, clause_openers);
    /* "The day before, ...", "A day earlier, ..." */
    for (size_t q = b + 1; !opener && (is_w(ex, b, "the") || is_w(ex, b, "a")) && q < se->tok_end && q < b + 4; q++)
        opener = is_w_any(ex, q, times);
    if (!opener)
        return SIZE_MAX;
    for (size_t q = b + 1; q < se->tok_end && q < b + 8; q++) {
        if (is_p(ex, q, ','))
            return pronoun_at(ex, q + 1, se->tok_end) ? q + 1 : SIZE_MAX;
        /* "In Seoul he met ...": no comma after the opening phrase */
        if ((q > b + 1 || is_w_any(ex, b, alone)) && pronoun_at(ex, q, se->tok_end))
            return q;
        /* a name in the opening phrase: it is more than time or place (but "According to the
         * ISPR, the COAS also held ...": a source) */
        if (names_in_opener(ex, q) && !is_w(ex, b, "according"))
            return SIZE_MAX;
    }
    return SIZE_MAX;
}

/* Where sentence s's main clause opens: past an opening phrase of time or place and its comma
 * ("Earlier in the day, EAM held talks"), else the sentence's first token (also for a pronoun
 * subject after the phrase, which pronoun_subject() finds). O(1). */
static size_t main_clause_start(const parley_extraction *ex, size_t s)
{
    const parley_sentence *se = &ex->text.sentences[s];
    size_t b = se->tok_begin;
    if (se->item && b + 1 < se->tok_end)
        b++;
    if (b >= se->tok_end || tok(ex, b)->kind != PARLEY_TOK_WORD || !is_w_any(ex, b, clause_openers))
        return b;
    for (size_t q = b + 1; q < se->tok_end && q < b + 8; q++) {
        if (is_p(ex, q, ','))
            return q + 1 < se->tok_end ? q + 1 : b;
        if (names_in_opener(ex, q))
            return b;
    }
    return b;
}

/* Does a mention of person ent (among its first eight) say its country ("Canadian Prime Minister
 * X")? O(1). */
static bool country_said(const parley_extraction *ex, int ent)
{
    const parley_entity *en = &ex->entities[ent];
    for (size_t k = 0; k < en->n_mentions && k < 8; k++)
        if (ex->mentions[en->mentions[k]].country)
            return true;
    return false;
}

/* The person named last before sentence s (looking back at most 256 people), other than @p not
 * (-1: anyone), whose title holds the word w (n bytes; any title when w is NULL), who is of
 * country c (any when NULL) and, when @p unsaid, whose mentions say no country; or -1. */
static int latest_person_but(const parley_extraction *ex, size_t s, const char *w, size_t n, const char *c, int not,
                             bool unsaid)
{
    size_t seen = 0;
    for (size_t m = ex->sent_mentions[s]; m-- > 0 && seen < 256;) {
        const parley_mention *mm = &ex->mentions[m];
        if (mm->type != PARLEY_ENTITY_PERSON || mm->entity < 0 || mm->sentence >= s)
            continue;
        seen++;
        const parley_entity *en = &ex->entities[mm->entity];
        if (mm->entity != not && (!w || parley_text_holds_word(en->title, w, n)) &&
            (!c || (en->country && strcmp(en->country, c) == 0)) && !(unsaid && country_said(ex, mm->entity)))
            return mm->entity;
    }
    return -1;
}

/* latest_person_but() of anyone, a country said or not. */
static int latest_person(const parley_extraction *ex, size_t s, const char *w, size_t n, const char *c)
{
    return latest_person_but(ex, s, w, n, c, -1, false);
}

/* "the Kazakh official", "the Belarusian leader" at token p, when no title says more: the person
 * in focus if of that country, else the latest person named of it, else the person in focus. */
static int of_country(const parley_extraction *ex, size_t p, size_t s, int focus)
{
    const parley_lex_entry *de = NULL;
    if (p + 1 >= ex->text.sentences[s].tok_end || !parley_match(ex, p + 1, PARLEY_LEX_DEMONYM, &de) || !de)
        return focus;
    if (focus >= 0 && ex->entities[focus].country && strcmp(ex->entities[focus].country, de->canonical) == 0)
        return focus;
    int who = latest_person(ex, s, NULL, 0, de->canonical);
    return who >= 0 ? who : focus;
}

/* Whom "the delegation" of sentence s means: the leader of the delegation told last in the eight
 * sentences before ("a delegation led by General X"), of the country of the demonym of dl tokens
 * at token d when there is one; with no leader told, the person of that country named last ("the
 * Ukrainian delegation"); -1 when none. */
static int delegation_leader(const parley_extraction *ex, size_t s, size_t d, size_t dl)
{
    const parley_lex_entry *de = NULL;
    const char *want = dl && parley_match(ex, d, PARLEY_LEX_DEMONYM, &de) && de ? de->canonical : NULL;
    size_t s2, q;
    if (parley_delegation_led_by(ex, s, &s2, &q)) {
        /* the first person named after "led by" in that sentence */
        for (size_t m = ex->sent_mentions[s2]; m < ex->sent_mentions[s2 + 1]; m++) {
            const parley_mention *mm = &ex->mentions[m];
            if (mm->type != PARLEY_ENTITY_PERSON || mm->entity < 0 || mm->tb <= q)
                continue;
            const parley_entity *en = &ex->entities[mm->entity];
            if (mm->tb > q + 24 || (want && (!en->country || strcmp(en->country, want) != 0)))
                return -1;
            return mm->entity;
        }
        return -1;
    }
    /* ("X, who led a delegation that included ..., also held talks": the one who led it) */
    for (size_t s3 = s; s3-- > 0 && s3 + 8 > s;) {
        const parley_sentence *se3 = &ex->text.sentences[s3];
        for (size_t q = se3->tok_begin + 1; q + 2 < se3->tok_end; q++) {
            if (!is_w(ex, q, "who") || !is_p(ex, q - 1, ',') || !(is_w(ex, q + 1, "led") || is_w(ex, q + 1, "headed")))
                continue;
            bool dlg = false;
            for (size_t k = q + 2; k < se3->tok_end && k < q + 6 && !dlg; k++)
                dlg = is_w(ex, k, "delegation");
            for (size_t m = ex->sent_mentions[s3]; dlg && m < ex->sent_mentions[s3 + 1]; m++) {
                const parley_mention *mm = &ex->mentions[m];
                if (mm->sentence == s3 && mm->type == PARLEY_ENTITY_PERSON && mm->entity >= 0 && mm->te == q - 1) {
                    const parley_entity *en = &ex->entities[mm->entity];
                    return want && (!en->country || strcmp(en->country, want) != 0) ? -1 : mm->entity;
                }
            }
        }
    }
    /* "the Ukrainian delegation" with no leader told: the person of that country named last */
    return want ? latest_person(ex, s, NULL, 0, want) : -1;
}

/* The person named last before sentence s (looking back at most 64 people) right after the rank
 * of l tokens at token r ("Senior General Min Aung Hlaing" for "the Senior General"), or -1. */
static int rank_holder(const parley_extraction *ex, size_t s, size_t r, size_t l)
{
    size_t seen = 0;
    for (size_t m = ex->sent_mentions[s]; m-- > 0 && seen < 64;) {
        const parley_mention *mm = &ex->mentions[m];
        if (mm->type != PARLEY_ENTITY_PERSON || mm->entity < 0 || mm->sentence >= s)
            continue;
        seen++;
        if (mm->tb < l)
            continue;
        bool same = true;
        for (size_t k = 0; k < l && same; k++)
            same = parley_text_tok_same(&ex->text, mm->tb - l + k, r + k);
        if (same)
            return mm->entity;
    }
    return -1;
}

/* Whom "the <office>" at token p means: the person in focus when their title holds the office's
 * head word (and they are of the country a demonym names: "the Turkish minister"), else the
 * person named last before sentence s who fits ("the General" after "General Jane Roe"), else
 * the person in focus. */
static int pronoun_referent(const parley_extraction *ex, size_t p, size_t s, int focus)
{
    const parley_sentence *se = &ex->text.sentences[s];
    /* ("Prime Minister met with X", as Indian releases write it: a leader's office with no
     * article, whom "the Prime Minister" would mean) */
    size_t o = p + 1;   /* where the office's words start */
    /* ("HE the Prime Minister hosted ...", "His Highness the Amir": the honorific's holder) */
    size_t hl = parley_match(ex, p, PARLEY_LEX_HONORIFIC, NULL);
    if (hl && p + hl + 1 < se->tok_end && is_w(ex, p + hl, "the"))
        o = (p += hl) + 1;
    if (!is_w(ex, p, "the")) {
        if (!parley_leader_office_at(ex, p))
            return focus;
        o = p;
        goto office;
    }
    size_t dl = p + 1 < se->tok_end ? delegation_owner_len(ex, p + 1) : 0;
    if (p + 1 + dl < se->tok_end && delegation_noun_at(ex, p + 1 + dl, dl))
        return delegation_leader(ex, s, p + 1, dl);
    if (p + 1 < se->tok_end && parley_office_initials_at(ex, p + 1, 0))
        return initials_holder(ex, p + 1, focus);
    /* "The Head of State met with ...", "the head of government": the person in focus when that
     * is their office's kind, else the latest president (prime minister) named */
    int head_of = p + 3 < se->tok_end ? head_of_at(ex, p + 1) : 0;
    if (head_of) {
        static const char *const of_state[] = {"President", "King", "Emir", "Amir", "Sultan", "Queen", NULL};
        static const char *const of_gov[] = {"Prime Minister", "Premier", "Chancellor", NULL};
        const char *const *kinds = head_of == 1 ? of_state : of_gov;
        for (size_t k = 0; kinds[k] && focus >= 0; k++)
            if (parley_text_holds_word(ex->entities[focus].title, kinds[k], strlen(kinds[k])))
                return focus;
        for (size_t k = 0; kinds[k]; k++) {
            int who = latest_person(ex, s, kinds[k], strlen(kinds[k]), NULL);
            if (who >= 0)
                return who;
        }
        return -1;
    }
office:;
    size_t head = SIZE_MAX, office = SIZE_MAX;
    for (size_t q = o; q < se->tok_end && q < o + 5; q++) {
        size_t l = parley_match(ex, q, PARLEY_LEX_OFFICE, NULL);
        if (!l && (l = parley_match(ex, q, PARLEY_LEX_RANK, NULL))) {
            /* "the Senior General met ...": the person last named right after that rank */
            int who = rank_holder(ex, s, q, l);
            if (who >= 0)
                return who;
        }
        /* "the visiting general": a rank in lower case (the lexicon's are capitalised) */
        if (!l && parley_kind_starts(ex, q, PARLEY_LEX_RANK) && !(tok(ex, q)->flags & PARLEY_TOK_CAP))
            l = 1;
        if (l) {
            head = q + l - 1;
            office = q;
            break;
        }
    }
    /* (the office's words that follow: "the Chief Adviser", "Chief" an office of its own) */
    size_t l2;
    while (head != SIZE_MAX && head + 1 < se->tok_end && head + 1 < o + 7 && (tok(ex, head + 1)->flags & PARLEY_TOK_CAP) &&
           (l2 = parley_match(ex, head + 1, PARLEY_LEX_OFFICE, NULL)))
        head += l2;
    /* ("the Iranian top diplomat": a word for the foreign minister, whoever of that people) */
    if (head == SIZE_MAX || is_w(ex, head, "diplomat"))
        return o > p ? of_country(ex, p, s, focus) : focus;
    /* "the COAS" where "Chief of Army Staff (COAS) General X" was told: a mention of X already */
    for (size_t m = ex->sent_mentions[s]; m < ex->sent_mentions[s + 1]; m++) {
        const parley_mention *mm = &ex->mentions[m];
        if (mm->type == PARLEY_ENTITY_PERSON && mm->entity >= 0 && mm->tb <= head && head < mm->te)
            return mm->entity;
    }
    /* "the Turkish minister": the person must be of that country too */
    const parley_lex_entry *de = NULL;
    const char *want = NULL;
    for (size_t q = o; q < head; q++)
        if (parley_match(ex, q, PARLEY_LEX_DEMONYM, &de) && de)
            want = de->canonical;
    /* (the whole office: "the Prime Minister" is no "Defence Minister") */
    const char *ow = tok_s(ex, office);
    size_t on = (size_t)(tok_s(ex, head) + tok_n(ex, head) - ow);
    if (focus >= 0 && parley_text_holds_word(ex->entities[focus].title, ow, on) &&
        (!want || (ex->entities[focus].country && strcmp(ex->entities[focus].country, want) == 0))) {
        /* ("Prime Minister A met Canadian Prime Minister B ... Mr B invited Mr A ... The Prime
         * Minister also met C": the office said with no country is the home one's) */
        int home = !want && country_said(ex, focus) ? latest_person_but(ex, s, ow, on, NULL, focus, true) : -1;
        return home >= 0 ? home : focus;
    }
    /* ("Sir Keir Starmer hosted ... The prime minister held talks with A": the person in focus,
     * named with no office, when no one named holds this one) */
    bool untitled_focus = focus >= 0 && !ex->entities[focus].title && !want;
    /* the latest such person (holding the whole office first: "the Chief Minister" after an
     * "Industries Minister" was named) */
    int who = head > office ? latest_person(ex, s, ow, on, want) : -1;
    if (who < 0)
        who = latest_person(ex, s, tok_s(ex, head), tok_n(ex, head), want);
    /* an office of several words that no one named holds whole: someone not named ("the Prime
     * Minister met X" after a defence minister's visit) */
    if (head > office && (who < 0 || !parley_text_holds_word(ex->entities[who].title, ow, on)))
        return untitled_focus && who < 0 ? focus : -1;
    return who >= 0 ? who : o > p ? of_country(ex, p, s, focus) : focus;
}

/* Whom "the <demonym> <office>" at token p of sentence s means when nobody was named before:
 * the one person of that country whose title holds the office's head word; -1 when none or
 * several. */
static int role_named_later(const parley_extraction *ex, size_t p, size_t s)
{
    const parley_sentence *se = &ex->text.sentences[s];
    if (!is_w(ex, p, "the"))
        return -1;
    const parley_lex_entry *de = NULL;
    const char *want = NULL;
    size_t head = SIZE_MAX;
    for (size_t q = p + 1; q < se->tok_end && q < p + 6 && head == SIZE_MAX; q++) {
        size_t l = parley_match(ex, q, PARLEY_LEX_OFFICE, NULL);
        if (l)
            head = q + l - 1;
        else if (parley_match(ex, q, PARLEY_LEX_DEMONYM, &de) && de)
            want = de->canonical;
    }
    if (head == SIZE_MAX || !want)
        return -1;
    int who = -1;
    for (size_t i = 0; i < ex->n_entities; i++) {
        const parley_entity *en = &ex->entities[i];
        if (en->type != PARLEY_ENTITY_PERSON || !en->country || strcmp(en->country, want) != 0 ||
            !parley_text_holds_word(en->title, tok_s(ex, head), tok_n(ex, head)))
            continue;
        if (who >= 0)
            return -1;
        who = (int)i;
    }
    return who;
}

static bool has_and_between(const parley_extraction *ex, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++)
        if (is_w(ex, i, "and") || is_p(ex, i, '&'))
            return true;
    return false;
}

/* Do tokens [a, b) join a companion to the one named before ("accompanied by", "joined by",
 * "together with", "along with")? O(b - a). */
static bool companion_between(const parley_extraction *ex, size_t a, size_t b)
{
    for (size_t i = a; i + 1 < b; i++)
        if (((is_w(ex, i, "accompanied") || is_w(ex, i, "joined")) && is_w(ex, i + 1, "by")) ||
            ((is_w(ex, i, "together") || is_w(ex, i, "along")) && is_w(ex, i + 1, "with")))
            return true;
    return false;
}

/* "The navies will hold drills there this month, X said at a meeting with Y": the speech verb
 * before "at a meeting" (or "during talks") at trig, whose clause is the meeting's; what the
 * sentence tells before it dates and places another thing. SIZE_MAX when trig is no such
 * meeting. O(1). */
static size_t speech_meeting_at(const parley_extraction *ex, const parley_sentence *se, size_t trig)
{
    if (trig < se->tok_begin + 3 || trig >= se->tok_end)
        return SIZE_MAX;
    size_t v = is_w(ex, trig - 1, "a") || is_w(ex, trig - 1, "the") ? trig - 2 : trig - 1;
    if (v < se->tok_begin + 1 || !(is_w(ex, v, "at") || is_w(ex, v, "during")) || !is_w_any(ex, v - 1, speech_verbs))
        return SIZE_MAX;
    return v - 1;
}

/* "after visiting Egypt", "following a visit to Vietnam", "after his trip to Laos": a visit
 * before the one told opening at token q (before token e)? O(1). */
static bool after_visiting_at(const parley_extraction *ex, size_t q, size_t e)
{
    if (q + 1 >= e || !(is_w(ex, q, "after") || is_w(ex, q, "following")))
        return false;
    /* (... "after also visiting Beijing") */
    if (q + 2 < e && is_w(ex, q + 1, "also"))
        q++;
    if (is_w(ex, q + 1, "visiting"))
        return true;
    size_t v = q + 1 + (is_w(ex, q + 1, "a") || is_w(ex, q + 1, "his") || is_w(ex, q + 1, "her") || is_w(ex, q + 1, "their"));
    return v + 1 < e && (is_w(ex, v, "visit") || is_w(ex, v, "trip")) && is_w(ex, v + 1, "to");
}

static int story_prev(const doc_state *st);

/* Is "him", "her" or "them" among the four tokens after token v, before token e? O(4). */
static bool object_pronoun_after(const parley_extraction *ex, size_t v, size_t e)
{
    for (size_t q = v + 1; q < e && q < v + 5; q++)
        if (is_w(ex, q, "him") || is_w(ex, q, "her") || is_w(ex, q, "them"))
            return true;
    return false;
}

/* the date of an event in sentence s near the trigger */
static bool sentence_date(const parley_extraction *ex, size_t s, size_t trig, const doc_state *st, bool future,
                          parley_date *out, int *rel_days)
{
    const parley_sentence *se = &ex->text.sentences[s];
    date_hit best = {0}, h;
    bool found = false;
    size_t rel_pos = SIZE_MAX;
    *rel_days = NO_REL;
    /* (after the speech verb only, for a meeting the speech was made at) */
    size_t from = speech_meeting_at(ex, se, trig);
    for (size_t i = from == SIZE_MAX ? se->tok_begin : from; i < se->tok_end; i++) {
        if (!date_in_sentence(ex, st, i, se->tok_end, &h))
            continue;
        size_t rb, re;
        if (h.kind == D_REL_SAME_DAY) {
            /* ("X, who had signed an agreement in Berlin a day earlier, also met Y": the clause's
             * day, not the meeting's; "X held talks with Y, a day after the two signed ...": a day
             * counted from the clause's event, not from the story's) */
            bool from_other = h.pos > trig && h.end < se->tok_end && h.end > h.pos &&
                              (is_w(ex, h.end - 1, "after") || is_w(ex, h.end - 1, "before")) &&
                              tok(ex, h.end)->kind == PARLEY_TOK_WORD && parley_in_other_time_clause(ex, se, h.end);
            if (!from_other && !(h.pos < trig && relative_clause_at(ex, se, h.pos, trig, &rb, &re))) {
                *rel_days = h.shift;
                rel_pos = h.pos;
            }
            i = h.end - 1;
            continue;
        }
        /* "the first meeting since the two countries restored ties in March": the date of what
         * came before, not of the event */
        bool since = false;
        size_t from = trig < h.pos && trig >= se->tok_begin ? trig + 1 : se->tok_begin;
        /* (a comma closes what "since" opens: "X, who has ruled Belarus since 1994, visited Moscow
         * in December") */
        for (size_t q = h.pos; q-- > from && q + 12 > h.pos && !since && !is_p(ex, q, ',');)
            since = is_w(ex, q, "since");
        /* "ahead of the February 23 election", "the May 9 parade": the day of what is ahead, or
         * of a thing the date names, not the event's */
        static const char *const dated_things[] = {"election", "elections", "vote", "referendum", "deadline", "parade",
                                                   "polls", "inauguration", NULL};
        bool ahead_of = h.end < se->tok_end && is_w_any(ex, h.end, dated_things);
        /* (... "ahead of their formal talks on Tuesday": eight words back, no comma between) */
        for (size_t q = h.pos; !ahead_of && q-- > se->tok_begin + 1 && q + 8 > h.pos && !is_p(ex, q, ',');)
            ahead_of = is_w(ex, q, "of") && is_w(ex, q - 1, "ahead");
        /* ("will continue till March 9", "runs until December 12": the day it ends, not its own) */
        static const char *const ends[] = {"until", "till", "through", NULL};
        for (size_t q = h.pos; !ahead_of && q-- > se->tok_begin && q + 3 > h.pos;)
            ahead_of = is_w_any(ex, q, ends);
        /* ("discussed the annual summit, due later this year": the time of a thing to come after a
         * comma, not of the event told before it) */
        static const char *const due[] = {"due", "scheduled", "slated", "expected", NULL};
        for (size_t q = h.pos; !ahead_of && !future && trig < h.pos && q-- > se->tok_begin + 1 && q + 4 > h.pos;)
            ahead_of = is_w_any(ex, q, due) && is_p(ex, q - 1, ',');
        /* ("discussed the implementation of the Defence Cooperation Agreement signed in August
         * 2024": the day of a document's signing, not of the event) */
        if (!ahead_of && h.pos != trig + 2 && h.pos >= 2 && parley_document_signed_in(ex, h.pos, se->tok_begin) && h.pos - 2 != trig)
            ahead_of = true;
        if (ahead_of) {
            i = h.end - 1;
            continue;
        }
        /* "Nakatani, a former officer who took office in October, also met": a date in a relative
         * clause closed before the event's words is not the event's */
        bool relative = false;
        /* (a month or a year only, and not of the visit: "who arrived on Sunday", "who was on
         * his third visit this year" date the visit the meeting belongs to) */
        /* (... or any day in a clause of what is to come: "X, who will be sworn in on Oct 20,
         * also called on Y") */
        if (h.pos < trig && trig < se->tok_end) {
            bool to_come = false, elsewhere = false;
            /* (... but a day of the arrival is not the verb's when it happened "later", after an
             * event told before: "X, who arrived on Tuesday, later paid a courtesy call on Y" after
             * Wednesday's talks) */
            int sp0 = story_prev(st);
            /* (... nor when a day counted from the event told before follows the verb: "X, who
             * arrived on Monday, also met Y a day earlier" after Friday's talks) */
            bool counted = false;
            for (size_t q = trig + 1; q + 1 < se->tok_end && q < trig + 24 && !counted; q++)
                counted = is_w(ex, q, "day") && (is_w(ex, q + 1, "earlier") || is_w(ex, q + 1, "before") ||
                                                 is_w(ex, q + 1, "later") || is_w(ex, q + 1, "after"));
            bool later_verb = trig > se->tok_begin && (is_w(ex, trig - 1, "later") || counted) && sp0 >= 0 &&
                              ex->events[sp0].date[0];
            for (size_t q = h.pos; q-- > se->tok_begin && q + 16 > h.pos && !is_p(ex, q, ',');) {
                if (!future && (is_w(ex, q, "visit") || is_w(ex, q, "arrived") || is_w(ex, q, "trip") || is_w(ex, q, "tour"))) {
                    for (size_t w = q; later_verb && !relative && w-- > se->tok_begin && w + 16 > q && !is_p(ex, w, ',');)
                        relative = is_w(ex, w, "who");
                    break;
                }
                to_come |= modal_at(ex, q);
                /* (... or a day of a stop before: "X, who visited Saudi Arabia on Feb. 2, held a
                 * meeting with Y") */
                elsewhere |= is_w(ex, q, "visited") || is_w(ex, q, "toured");
                if (is_w(ex, q, "who") || is_w(ex, q, "which")) {
                    /* (... and any day of a clause for what is to come: "X, who arrived on Monday,
                     * will also be received by Y") */
                    relative = !h.date.d || to_come || future || elsewhere;
                    break;
                }
            }
            bool closed = false;
            for (size_t q = h.end; relative && q < trig && !closed; q++)
                closed = is_p(ex, q, ',');
            relative = relative && closed;
        }
        /* "X arrived in Addis Ababa on Thursday after visiting Egypt, where he met Y": the day of
         * the arrival, not of the meeting in the place visited before */
        /* "X held talks with Y, whose ministry signed a contract last year": a date in a clause
         * said of a person after the event's words (a month or a year only after "who" or
         * "which": "Y, who arrived on Monday" may date the visit, unless a meeting of the story
         * was dated before: "also met Y, who arrived on Thursday night" after Friday's talks) */
        /* (... nor a day of the clause's own deed: "also met Y, who hosted a dinner for the envoys
         * on Sunday"; the day of a coming or a stay still dates the visit) */
        static const char *const stays[] = {"arrived", "arrives", "landed", "reached", "came", "flew", "travelled",
                                            "traveled", "is", "was", "were", "are", "began", "begins", "started",
                                            "will", "would", NULL};
        const int sp = trig < h.pos ? story_prev(st) : -1;
        for (size_t q = h.pos; !relative && trig < h.pos && q-- > trig + 1 && q + 24 > h.pos;) {
            if (is_p(ex, q, ',') || is_p(ex, q, ';'))
                break;
            size_t v = q + 1;
            while (v < h.pos && (is_w(ex, v, "had") || is_w(ex, v, "has") || is_w(ex, v, "also") || is_w(ex, v, "earlier")))
                v++;
            relative = is_p(ex, q - 1, ',') &&
                       (is_w(ex, q, "whose") || (!h.date.d && (is_w(ex, q, "who") || is_w(ex, q, "which"))) ||
                        (is_w(ex, q, "who") && is_w(ex, q + 1, "arrived") && sp >= 0 && ex->events[sp].date[0]) ||
                        (is_w(ex, q, "who") && v < h.pos && tok(ex, v)->kind == PARLEY_TOK_WORD &&
                         !(tok(ex, v)->flags & PARLEY_TOK_CAP) && !is_w_any(ex, v, stays) &&
                         /* (a meeting's words with the subject tell the same meeting: "met Y,
                          * who called on him at the headquarters on Monday") */
                         !(parley_match(ex, v, PARLEY_LEX_MEET, NULL) && object_pronoun_after(ex, v, h.pos))));
        }
        /* "..., the first meeting between a former US president and a European head of state this
         * year": a year that counts the firsts, not the meeting's date */
        for (size_t q = h.pos; !relative && !h.date.m && trig < h.pos && q-- > trig + 1 && q + 14 > h.pos;)
            relative = is_w(ex, q, "first");
        bool before_visit = false, where_he = trig >= se->tok_begin + 2 && trig < se->tok_end && is_w(ex, trig - 1, "he") &&
                                                 is_w(ex, trig - 2, "where");
        for (size_t q = h.end; where_he && h.pos < trig && q + 2 < trig && !before_visit; q++)
            before_visit = after_visiting_at(ex, q, trig);
        /* "X arrived in Tokyo on Sunday for a four-day visit and will also meet Y": the day of
         * the arrival told before "and will", not of the meeting to come */
        static const char *const comings[] = {"arrived", "landed", "reached", "flew", "travelled", "traveled", NULL};
        bool arrival_day = false;
        for (size_t q = h.end; future && h.pos < trig && trig < se->tok_end && q + 1 < trig && !arrival_day; q++)
            if (is_w(ex, q, "and") && (modal_at(ex, q + 1) || (is_w(ex, q + 1, "also") && modal_at(ex, q + 2))))
                for (size_t w = h.pos; w-- > se->tok_begin && w + 8 > h.pos && !arrival_day && !is_p(ex, w, ',');)
                    arrival_day = is_w_any(ex, w, comings);
        if (before_visit || arrival_day) {
            i = h.end - 1;
            continue;
        }
        /* "..., the Kremlin said on Tuesday": the day of the report, not of the event (when the
         * sentence names another) */
        size_t v = h.pos > se->tok_begin && is_w(ex, h.pos - 1, "on") ? h.pos - 1 : h.pos;
        bool report = v > se->tok_begin && h.pos > trig && is_w_any(ex, v - 1, speech_verbs);
        if (report && found) {
            i = h.end - 1;
            continue;
        }
        /* "signed a plan for defence cooperation in 2024" in a story of November 2023: a year (or
         * a month of the year) after the story's own is what the thing is for, not when it
         * happened (a day is not judged: a story may be dated in another time zone) */
        bool later = !future && st->has_pub && !st->made_up_year && h.kind == D_ABS && !h.date.d && h.date.y &&
                     (h.date.y > st->pub.y || (h.date.y == st->pub.y && h.date.m > st->pub.m));
        /* "..., and on Thursday he met Y": the day of the clause after ", and", not the event's */
        size_t hp = h.pos > se->tok_begin && is_w(ex, h.pos - 1, "on") ? h.pos - 1 : h.pos;
        bool next_clause = h.pos > trig && hp >= se->tok_begin + 2 && is_w(ex, hp - 1, "and") && is_p(ex, hp - 2, ',');
        /* (... or of a clause after ", and" with meeting or call words of its own: "spoke with A
         * by phone, and said he had also discussed Ukraine with B in a call on April 21") */
        for (size_t q = trig + 1; !next_clause && h.pos > trig && trig < se->tok_end && q + 1 < h.pos; q++) {
            if (!(is_p(ex, q, ',') && is_w(ex, q + 1, "and")))
                continue;
            for (size_t k = q + 2; k < h.pos && !next_clause; k++)
                next_clause = parley_match(ex, k, PARLEY_LEX_MEET, NULL) || parley_match(ex, k, PARLEY_LEX_CALL, NULL);
            break;
        }
        /* "... for a meeting with X, before returning to London on Friday": the day of what comes
         * after the event, in a clause of "before" and a participle */
        bool before_ing = false;
        for (size_t q = trig + 1; h.pos > trig && trig < se->tok_end && q + 1 < h.pos && !before_ing; q++)
            before_ing = is_w(ex, q, "before") && parley_text_tok_ing(&ex->text, q + 1, 5);
        /* (... nor the day of a relative clause of what is to come after the event's words) */
        bool to_come_after = h.pos > trig && trig < se->tok_end && in_future_clause(ex, se, h.pos);
        if (since || relative || later || next_clause || before_ing || to_come_after ||
            (h.pos > trig && plan_after(ex, se, trig, h.pos))) {
            i = h.end - 1;
            continue;
        }
        if (!found || (best.pos < trig) || (h.pos > trig && best.pos > trig && h.pos < best.pos)) {
            if (!(found && best.pos > trig && h.pos < trig))
                best = h;
        }
        found = true;
        i = h.end - 1;
    }
    /* "arrived in Doha on Tuesday and met X the next day", "said on Friday his talks with X the
     * day before had been productive": a day counted from the date the sentence told before the
     * meeting words, and said after them */
    if (found && *rel_days != NO_REL && *rel_days != 0 && rel_pos != SIZE_MAX && best.pos < trig && rel_pos > trig &&
        best.date.d &&
        /* (not "a day after", "the day before": they open a clause of another event) */
        (is_w(ex, rel_pos, "next") || is_w(ex, rel_pos, "following") || is_w(ex, rel_pos + 1, "later") ||
         is_w(ex, rel_pos, "previous") ||
         /* "his talks with X the day before" (at the clause's end: no event of its own follows) */
         (rel_pos > se->tok_begin && is_w(ex, rel_pos - 1, "the") && is_w(ex, rel_pos + 1, "before") &&
          (rel_pos + 2 >= se->tok_end || tok(ex, rel_pos + 2)->kind == PARLEY_TOK_PUNCT ||
           !(tok(ex, rel_pos + 2)->flags & PARLEY_TOK_CAP))))) {
        best.date = parley_date_add_days(best.date, *rel_days);
        best.weekday = -1;
        *rel_days = NO_REL;
    }
    /* "arrived in Hanoi on Sunday ... and held talks with Y earlier in the day" ("later that
     * day"): the day of the event told before, said after the meeting words, over a day said
     * before them of another verb */
    /* (the day's verb and the meeting's joined by "and", no clause between the meeting's words
     * and the phrase: not "X on Thursday conferred with Y, who arrived earlier in the day") */
    bool and_verb = false, own_clause = true;
    for (size_t q = best.end; found && *rel_days == 0 && best.pos < trig && q < trig && !and_verb; q++)
        and_verb = is_w(ex, q, "and");
    for (size_t q = trig; and_verb && q < rel_pos && own_clause; q++)
        own_clause = !is_p(ex, q, ',');
    if (and_verb && own_clause && rel_pos != SIZE_MAX && rel_pos > trig && trig < se->tok_end && rel_pos >= 3 &&
        is_w(ex, rel_pos, "day") &&
        (is_w(ex, rel_pos - 2, "earlier") || is_w(ex, rel_pos - 2, "later") || is_w(ex, rel_pos - 3, "earlier") ||
         is_w(ex, rel_pos - 3, "later")))
        found = false;
    /* "on October 6" written on October 5 of the same year: the coming day, not last year's */
    if (found && !future && st->has_pub && st->pub.d && best.guessed_year && best.date.y == st->pub.y - 1) {
        parley_date next = {st->pub.y, best.date.m, best.date.d};
        for (int k = 1; k <= 10 && parley_date_valid(&next); k++) {
            parley_date d = parley_date_add_days(st->pub, k);
            if (d.y == next.y && d.m == next.m && d.d == next.d) {
                best.date = next;
                break;
            }
        }
    }
    /* with a made-up year, the weekday the lead names is the dateline's day, and a story told
     * over some days names the days around it: "on Friday" after a Thursday's lead is the day
     * after, not eight days before (up to two days ahead) */
    if (found && !future && st->made_up_year && best.weekday >= 0 && st->pub.d) {
        parley_date ahead = parley_date_add_days(best.date, 7);
        for (int k = 1; k <= 2; k++) {
            parley_date d = parley_date_add_days(st->pub, k);
            if (d.y == ahead.y && d.m == ahead.m && d.d == ahead.d)
                best.date = ahead;
        }
    }
    if (found && future && st->has_pub) {
        /* a planned event's "on Thursday", "on December 5" lie ahead of the publication date */
        if (best.weekday >= 0 && st->pub.d) {
            best.date = parley_date_add_days(best.date, best.date.y == st->pub.y && best.date.m == st->pub.m &&
                                                                best.date.d == st->pub.d ? 0 : 7);
        } else if (best.guessed_year && !best.date.d) {
            /* "in November": this year's, unless that month is over */
            parley_date d = {st->pub.y, best.date.m, 0};
            if (st->pub.m && d.m < st->pub.m)
                d.y++;
            best.date = d;
        } else if (best.guessed_year) {
            parley_date d = {st->pub.y, best.date.m, best.date.d};
            if (st->pub.m && (d.m < st->pub.m || (d.m == st->pub.m && st->pub.d && d.d < st->pub.d)))
                d.y++;
            if (parley_date_valid(&d))
                best.date = d;
        }
    }
    if (found)
        *out = best.date;
    return found;
}

/* Is the place entity a building or a base named alone ("Malacañang Palace", "Camp Aguinaldo"):
 * a location of no lexicon (no coordinates) whose last word is a building's or first a base's? */
static bool site_building(const parley_entity *en)
{
    if (en->type != PARLEY_ENTITY_LOCATION || en->has_coords || !en->name)
        return false;
    const char *last = strrchr(en->name, ' ');
    last = last ? last + 1 : en->name;
    size_t first = strcspn(en->name, " ");
    for (int k = 0; building_heads[k]; k++)
        if (strcasecmp(last, building_heads[k]) == 0)
            return true;
    for (int k = 0; base_words[k]; k++)
        if (en->name[first] == ' ' && strlen(base_words[k]) == first && strncasecmp(en->name, base_words[k], first) == 0)
            return true;
    return false;
}

/* date (YYYY-MM-DD, or --MM-DD) moved by days into out; false when it is no day. */
static bool shift_day(const char *date, int days, char out[11])
{
    parley_date d;
    size_t n = strlen(date);
    if (n == 10 && parley_date_parse(&d, date) == 0) {
        d = parley_date_add_days(d, days);
        parley_date_format(out, &d);
        return true;
    }
    if (n == 7 && date[0] == '-') {   /* no year known: count in a common year */
        d = (parley_date){2001, atoi(date + 2), atoi(date + 5)};
        d = parley_date_add_days(d, days);
        snprintf(out, 11, "--%02d-%02d", d.m, d.d);
        return true;
    }
    return false;
}

/* Do the words after the event's trigger at trig in sentence s name a month ("met in Ljubljana
 * in May") that gave no date (no year known)? Then the story's date is not this event's either. */
static bool month_named(const parley_extraction *ex, size_t s, size_t trig)
{
    const parley_sentence *se = &ex->text.sentences[s];
    for (size_t i = trig + 1; i < se->tok_end && i < trig + 20 && !is_p(ex, i, ','); i++)
        if (tok(ex, i)->kind == PARLEY_TOK_WORD && (tok(ex, i)->flags & PARLEY_TOK_CAP) && is_w(ex, i - 1, "in") &&
            parley_date_month_name(tok_s(ex, i), tok_n(ex, i)) > 0)
            return true;
    return false;
}

/* Do dates a and b ("2022", "2023-10-26"; "" or "--MM-DD" say nothing) fall in another year, or
 * another month when both give one? */
static bool other_period(const char *a, const char *b)
{
    size_t n = strlen(a) < strlen(b) ? strlen(a) : strlen(b);
    /* (two days a week apart or less are of one period, across a month's end: "on Friday" May 31
     * in a story of Monday June 3) */
    bool other = n >= 4 && a[0] != '-' && b[0] != '-' && strncmp(a, b, n > 7 ? 7 : n) != 0;
    parley_date da, db;
    if (other && n == 10 && parley_date_parse(&da, a) == 0 && parley_date_parse(&db, b) == 0 && da.d && db.d)
        for (int k = -7; k <= 7; k++) {
            parley_date c = parley_date_add_days(db, k);
            if (c.y == da.y && c.m == da.m && c.d == da.d)
                return false;
        }
    return other;
}

/* The event "the same day" means when no meeting of the story was told: the last event before ev
 * with a full date that is not a meeting told as before the story ("last met in February"); -1
 * when none. O(events). */
static int same_day_event(const parley_extraction *ex, const doc_state *st, const parley_event *ev)
{
    size_t self = (size_t)(ev - ex->events);
    for (size_t k = self; k-- > 0;) {
        const parley_event *o = &ex->events[k];
        if ((int)k != st->before_story && o->status == PARLEY_STATUS_OCCURRED && strlen(o->date) == 10)
            return (int)k;
    }
    return -1;
}

/* The city a headline puts something in ("... meet in St Petersburg"): the first city after "in"
 * in a headline among the first three sentences, as its entity; -1 when none. */
static int headline_city(const parley_extraction *ex)
{
    for (size_t m = 0; m < ex->n_mentions; m++) {
        const parley_mention *mm = &ex->mentions[m];
        if (mm->sentence >= 3)
            break;
        if (ex->text.sentences[mm->sentence].headline && mm->type == PARLEY_ENTITY_LOCATION && mm->entity >= 0 &&
            mm->lex && mm->lex->kind == PARLEY_LEX_CITY && mm->tb > ex->text.sentences[mm->sentence].tok_begin &&
            is_w(ex, mm->tb - 1, "in"))
            return mm->entity;
    }
    return -1;
}

/* Where an event whose sentence names no place happened: the dateline's city, or the city the
 * headline puts the story in when that is in another country than the dateline's ("Erdogan,
 * Iraqi premier sign 26 agreements in Baghdad" over "ANKARA (AA) - ... signed"). -1: neither. */
static int story_place(const parley_extraction *ex)
{
    int hc = headline_city(ex);
    const parley_entity *dl = ex->dateline_place >= 0 ? &ex->entities[ex->dateline_place] : NULL;
    if (hc >= 0 && dl && hc != ex->dateline_place && dl->country && ex->entities[hc].country &&
        strcmp(dl->country, ex->entities[hc].country) != 0)
        return hc;
    return ex->dateline_place;
}

/* "TBILISI - ... who arrived in Georgia": a place that is the dateline's country is the
 * dateline's city; any other place (or -1) is itself. */
static int dateline_city_of(const parley_extraction *ex, int place)
{
    if (place >= 0 && ex->entities[place].type == PARLEY_ENTITY_COUNTRY && ex->dateline_place >= 0 &&
        ex->entities[ex->dateline_place].country &&
        strcmp(ex->entities[ex->dateline_place].country, ex->entities[place].name) == 0 &&
        ex->entities[ex->dateline_place].type == PARLEY_ENTITY_LOCATION)
        return ex->dateline_place;
    return place;
}

/* Does sentence s mention entity ent? O(mentions of the sentence). */
static bool names_entity_in(const parley_extraction *ex, size_t s, int ent)
{
    for (size_t m = ex->sent_mentions[s]; m < ex->sent_mentions[s + 1]; m++)
        if (ex->mentions[m].sentence == s && ex->mentions[m].entity == ent)
            return true;
    return false;
}

/* "On the last day of the visit, he held talks in Doha": the day a sentence before says the visit
 * or tour ended ("concluded a three-day visit to the Gulf on Thursday"), when sentence s speaks of
 * its last or final day; else, for its first, second, third or last day, the day counted from the
 * one a sentence before says a visit of so many days began. O(tokens of the sentences read). */
static bool final_day(const parley_extraction *ex, const doc_state *st, size_t s, parley_date *out)
{
    static const char *const trips[] = {"visit", "tour", "trip", NULL};
    static const char *const ends[] = {"concluded", "wrapped", "ended", "completed", "wound", NULL};
    const parley_sentence *se = &ex->text.sentences[s];
    bool last = false;
    int nth = 0;   /* "the second day of the visit": 2 */
    for (size_t q = se->tok_begin; q + 4 < se->tok_end && q < se->tok_begin + 12 && !last && !nth; q++) {
        if (!is_w(ex, q + 1, "day"))
            continue;
        /* (... or "On the second day, X visited ...", the visit's told before) */
        bool opening = q >= se->tok_begin + 2 && is_w(ex, q - 1, "the") && is_w(ex, q - 2, "on") && is_p(ex, q + 2, ',');
        if (!(is_w(ex, q + 2, "of") && (is_w_any(ex, q + 3, trips) || is_w_any(ex, q + 4, trips))) && !opening)
            continue;
        last = is_w(ex, q, "last") || is_w(ex, q, "final");
        nth = is_w(ex, q, "first") ? 1 : is_w(ex, q, "second") ? 2 : is_w(ex, q, "third") ? 3 : 0;
    }
    for (size_t s2 = 0; last && s2 < s; s2++) {
        const parley_sentence *p = &ex->text.sentences[s2];
        for (size_t q = p->tok_begin; q < p->tok_end; q++) {
            if (!is_w_any(ex, q, ends))
                continue;
            date_hit h;
            for (size_t k = p->tok_begin; k < p->tok_end; k++)
                if (date_in_sentence(ex, st, k, p->tok_end, &h) && h.kind == D_ABS && h.date.d) {
                    *out = h.date;
                    return true;
                }
            break;
        }
    }
    /* ... else counted from the day a sentence before says a visit of so many days began ("arrived
     * in New Delhi on Tuesday on a three-day visit": its final day is Thursday) */
    static const char *const counts[] = {"one", "two", "three", "four", "five", "six", "seven", NULL};
    for (size_t s2 = s; (last || nth) && s2-- > 0;) {
        const parley_sentence *p = &ex->text.sentences[s2];
        int days = 0;
        for (size_t q = p->tok_begin; q + 3 < p->tok_end && !days; q++) {
            if (!is_p(ex, q + 1, '-') || !is_w(ex, q + 2, "day") ||
                !(is_w_any(ex, q + 3, trips) || (q + 4 < p->tok_end && is_w_any(ex, q + 4, trips))))
                continue;
            for (int k = 0; counts[k] && !days; k++)
                if (is_w(ex, q, counts[k]))
                    days = k + 1;
            if (!days && tok(ex, q)->kind == PARLEY_TOK_NUM && tok_n(ex, q) == 1)
                days = *tok_s(ex, q) - '0';
        }
        if (!days)
            continue;
        date_hit h;
        for (size_t k = p->tok_begin; k < p->tok_end; k++)
            if (date_in_sentence(ex, st, k, p->tok_end, &h) && h.kind == D_ABS && h.date.d) {
                if (last || nth <= days) {
                    *out = parley_date_add_days(h.date, last ? days - 1 : nth - 1);
                    return true;
                }
                break;
            }
        break;
    }
    return false;
}

/* The meeting of the story a meeting with no date or place of its own follows: the last one not
 * told as before the story, or -1. */
static int story_prev(const doc_state *st)
{
    if (st->story_meeting >= 0)
        return st->story_meeting;
    return st->last_meeting != st->before_story ? st->last_meeting : -1;
}

/* Is country mention mm of sentence s a person's country ("German Foreign Minister X"): a demonym,
 * or a country with "'s", right before a person's title or name? */
static bool person_country_mention(const parley_extraction *ex, size_t m, size_t s)
{
    const parley_mention *mm = &ex->mentions[m];
    if (mm->type != PARLEY_ENTITY_COUNTRY)
        return false;
    if (mm->lex && mm->lex->kind == PARLEY_LEX_DEMONYM)
        return true;
    /* (the mentions are in text order: the few after it) */
    for (size_t k = m + 1; k < ex->sent_mentions[s + 1] && k < m + 8; k++) {
        const parley_mention *pm = &ex->mentions[k];
        if (pm->type == PARLEY_ENTITY_PERSON && pm->sentence == s && pm->tb >= mm->te && pm->tb <= mm->te + 6)
            return true;
    }
    return false;
}

static int place_after(const parley_extraction *ex, size_t s, size_t meet, size_t end);

/* Does ", where he" (she, they) open a clause at token q ("where")? */
static bool where_he_at(const parley_extraction *ex, size_t q)
{
    /* (also with no comma after a place's name: "visited Vietnam where he met Y") */
    return q > 0 && q + 1 < ex->text.n_tokens && is_w(ex, q, "where") &&
           (is_p(ex, q - 1, ',') || (tok(ex, q - 1)->kind == PARLEY_TOK_WORD && (tok(ex, q - 1)->flags & PARLEY_TOK_CAP))) &&
           (is_w(ex, q + 1, "he") || is_w(ex, q + 1, "she") || is_w(ex, q + 1, "they"));
}

/* The place the "where" at token q of sentence s is of: a city or a country right before its
 * comma ("after visiting Egypt, where"), or one after "to" before a gathering named there ("to
 * Rio for the G20 summit, where"); -1 when none. O(mentions of the sentence). */
static int where_place(const parley_extraction *ex, size_t s, size_t q)
{
    static const char *const gatherings[] = {"summit", "conference", "forum", "meeting", NULL};
    const parley_sentence *se = &ex->text.sentences[s];
    size_t wend = q >= se->tok_begin + 2 && is_w_any(ex, q - 2, gatherings) ? (q >= se->tok_begin + 8 ? q - 8 : se->tok_begin)
                                                                             : q - 1;
    /* (a place in apposition before: "travelled to Erbil, capital of the Kurdistan region, where") */
    size_t appo = SIZE_MAX;
    for (size_t c = q - 1; c-- > se->tok_begin + 1 && c + 14 > q;)
        if (is_p(ex, c, ',')) {
            if (tok(ex, c + 1)->kind == PARLEY_TOK_WORD && !(tok(ex, c + 1)->flags & PARLEY_TOK_CAP))
                appo = c;
            break;
        }
    int place = -1;
    for (size_t m = ex->sent_mentions[s]; m < ex->sent_mentions[s + 1]; m++) {
        const parley_mention *pm = &ex->mentions[m];
        if (pm->sentence == s && pm->entity >= 0 && pm->lex &&
            (pm->te == q - 1 || pm->te == appo || (wend < q - 1 && pm->te > wend && pm->te < q - 1 && is_w(ex, pm->tb - 1, "to"))) &&
            ((pm->type == PARLEY_ENTITY_LOCATION && pm->lex->kind == PARLEY_LEX_CITY) ||
             (pm->type == PARLEY_ENTITY_COUNTRY && pm->lex->kind == PARLEY_LEX_COUNTRY)))
            place = pm->entity;
    }
    return place;
}

/* "A and B signed a contract during that visit" after "... during the visit of X to Yerevan in
 * February": the date said of the visit in the two sentences before, when sentence s tells of
 * "that visit" (or "the visit") after "during" and says no date of its own. O(tokens of those
 * sentences). */
static bool visit_told_date(const parley_extraction *ex, const doc_state *st, size_t s, parley_date *out)
{
    const parley_sentence *se = &ex->text.sentences[s];
    bool that = false;
    for (size_t q = se->tok_begin; q + 2 < se->tok_end && !that; q++)
        that = is_w(ex, q, "during") && (is_w(ex, q + 1, "that") || is_w(ex, q + 1, "the") || is_w(ex, q + 1, "this")) &&
               is_w(ex, q + 2, "visit") && (q + 3 == se->tok_end || tok(ex, q + 3)->kind == PARLEY_TOK_PUNCT);
    for (size_t s2 = s; that && s2-- > 0 && s2 + 2 >= s;) {
        const parley_sentence *ps = &ex->text.sentences[s2];
        for (size_t q = ps->tok_begin; q < ps->tok_end; q++) {
            if (!is_w(ex, q, "visit"))
                continue;
            date_hit h;
            for (size_t k = q + 1; k < ps->tok_end && k < q + 16 && !is_p(ex, k, '.'); k++)
                if (date_in_sentence(ex, st, k, ps->tok_end, &h) && h.kind == D_ABS && h.date.m) {
                    *out = h.date;
                    return true;
                }
        }
    }
    return false;
}

/* "X will visit Sri Lanka next week ... During the visit, X is scheduled to call on Y": when sentence
 * s opens with "During the/his/her visit" (or trip, tour), the place visited in the three sentences
 * before (a country or city right after a visit's words); else -1. O(mentions of those sentences). */
static int visit_destination_before(const parley_extraction *ex, size_t s)
{
    const parley_sentence *se = &ex->text.sentences[s];
    static const char *const dets[] = {"the", "his", "her", "their", "this", NULL};
    static const char *const trips_[] = {"visit", "trip", "tour", NULL};
    size_t b = se->tok_begin;
    if (b + 3 >= se->tok_end || !is_w(ex, b, "during") || !is_w_any(ex, b + 1, dets) || !is_w_any(ex, b + 2, trips_) ||
        !is_p(ex, b + 3, ','))
        return -1;
    for (size_t s2 = s; s2-- > 0 && s2 + 3 >= s;) {
        size_t sb = ex->text.sentences[s2].tok_begin;
        for (size_t m = ex->sent_mentions[s2 + 1]; m-- > ex->sent_mentions[s2];) {
            const parley_mention *mm = &ex->mentions[m];
            if (mm->sentence != s2 || mm->entity < 0 || mm->tb <= sb ||
                !(mm->type == PARLEY_ENTITY_COUNTRY ||
                  (mm->type == PARLEY_ENTITY_LOCATION && mm->lex && mm->lex->kind == PARLEY_LEX_CITY)))
                continue;
            if (parley_phrase_ends_at(ex, PARLEY_LEX_VISIT, mm->tb, sb))
                return mm->entity;
        }
    }
    return -1;
}

/* The place of the last signing told, when it shares someone with event ev; else -1. */
static int agreement_place_of(const parley_extraction *ex, const doc_state *st, const parley_event *ev)
{
    const parley_event *ag = st->last_agreement >= 0 ? &ex->events[st->last_agreement] : NULL;
    for (size_t i = 0; ag && ag->place >= 0 && i < ag->n_participants; i++)
        for (size_t k = 0; k < ev->n_participants; k++)
            if (ag->participants[i] == ev->participants[k])
                return ag->place;
    return -1;
}

/* "Blinken was also received by President Erdogan at the airport before the talks": the meeting
 * "the talks" (after "before", "after", "ahead of" and "the", past token trig of sentence s) refer
 * to, the story's first that happened, other than event `self`; -1 when the sentence says no such
 * thing. O(tokens of the sentence + events). */
static int talks_referred(const parley_extraction *ex, size_t s, size_t trig, int self)
{
    const parley_sentence *se = &ex->text.sentences[s];
    bool said = false;
    for (size_t q = trig + 1; q + 2 < se->tok_end && !said; q++)
        said = (is_w(ex, q, "before") || is_w(ex, q, "after") || (is_w(ex, q, "of") && is_w(ex, q - 1, "ahead"))) &&
               is_w(ex, q + 1, "the") && parley_match(ex, q + 2, PARLEY_LEX_MEET_NOUN, NULL) &&
               (q + 3 >= se->tok_end || tok(ex, q + 3)->kind == PARLEY_TOK_PUNCT);
    for (size_t k = 0; said && k < ex->n_events; k++)
        if ((int)k != self && ex->events[k].type == PARLEY_EVENT_MEETING && ex->events[k].status == PARLEY_STATUS_OCCURRED)
            return (int)k;
    return -1;
}

/* Is entity e a city the lexicon names (its first mention matched a city's entry)? O(1). */
static bool place_is_city(const parley_extraction *ex, int e)
{
    const parley_entity *en = &ex->entities[e];
    const parley_mention *m = en->n_mentions ? &ex->mentions[en->mentions[0]] : NULL;
    return m && m->lex && m->lex->kind == PARLEY_LEX_CITY;
}

/* The city a sentence among the twelve before sentence s says someone is in to attend a
 * gathering ("is in Kuala Lumpur to attend the ASEAN Foreign Ministers' Meeting", "arrived in
 * Rome for the summit"): its entity, or -1. O(mentions of those sentences). */
static int attend_city(const parley_extraction *ex, size_t s)
{
    for (size_t s2 = s; s2-- > 0 && s2 + 12 > s;)
        for (size_t m = ex->sent_mentions[s2]; m < ex->sent_mentions[s2 + 1]; m++) {
            const parley_mention *mm = &ex->mentions[m];
            size_t e = ex->text.sentences[s2].tok_end;
            if (mm->type != PARLEY_ENTITY_LOCATION || mm->entity < 0 || !mm->lex || mm->lex->kind != PARLEY_LEX_CITY ||
                mm->tb == 0 || !is_w(ex, mm->tb - 1, "in") || mm->te + 2 >= e)
                continue;
            if ((is_w(ex, mm->te, "to") && (is_w(ex, mm->te + 1, "attend") || is_w(ex, mm->te + 1, "participate"))) ||
                (is_w(ex, mm->te, "for") && is_w(ex, mm->te + 1, "the") &&
                 (is_w(ex, mm->te + 2, "summit") || parley_match(ex, mm->te + 2, PARLEY_LEX_MEET_NOUN, NULL))))
                return mm->entity;
        }
    return -1;
}

/* The city of a gathering one of event ev's people is said to be at, in sentence s or one of the
 * two before ("refused to meet Y during the European Political Community summit in Copenhagen.
 * Y instead held talks with Z"): after "at", "during" or "attended" and the gathering's noun
 * ("summit", "forum", a meeting's) right before "in <city>"; not one to come or gone ("the next
 * summit in ..."). Its entity, or -1. O(64 mentions of each of the three sentences x participants). */
static int gathering_city(const parley_extraction *ex, size_t s, const parley_event *ev)
{
    static const char *const gatherings[] = {"summit", "forum", "conference", "congress", "session", "dialogue", NULL};
    static const char *const at[] = {"at", "during", "attended", "attending", "attend", "attends", NULL};
    static const char *const not_now[] = {"next", "upcoming", "ahead", "before", "last", "previous", "former", "after", NULL};
    for (size_t s2 = s + 1; s2-- > 0 && s2 + 3 > s;) {
        const parley_sentence *se = &ex->text.sentences[s2];
        int city = -1;
        bool named = false;
        /* (its first 64 mentions: a sentence naming thousands stays linear) */
        for (size_t m = ex->sent_mentions[s2]; m < ex->sent_mentions[s2 + 1] && m < ex->sent_mentions[s2] + 64; m++) {
            const parley_mention *mm = &ex->mentions[m];
            if (mm->sentence != s2 || mm->entity < 0)
                continue;
            if (mm->type == PARLEY_ENTITY_PERSON && !named)
                named = event_has(ev, mm->entity);
            if (city >= 0 || mm->type != PARLEY_ENTITY_LOCATION || !mm->lex || mm->lex->kind != PARLEY_LEX_CITY ||
                mm->tb < se->tok_begin + 3 || !is_w(ex, mm->tb - 1, "in") ||
                !(is_w_any(ex, mm->tb - 2, gatherings) || parley_match(ex, mm->tb - 2, PARLEY_LEX_MEET_NOUN, NULL) == 1))
                continue;
            for (size_t q = mm->tb - 2; q-- > se->tok_begin && q + 10 > mm->tb && !is_p(ex, q, ',');) {
                if (is_w_any(ex, q, not_now))
                    break;
                if (is_w_any(ex, q, at)) {
                    city = mm->entity;
                    break;
                }
            }
        }
        if (city >= 0 && named)
            return city;
    }
    return -1;
}

/* Does sentence s open with "The" and a meeting's noun ("The meeting", "The talks")? O(1). */
static bool opens_meeting_noun(const parley_extraction *ex, size_t s)
{
    const parley_sentence *se = &ex->text.sentences[s];
    return se->tok_begin + 2 < se->tok_end && is_w(ex, se->tok_begin, "the") &&
           parley_match(ex, se->tok_begin + 1, PARLEY_LEX_MEET_NOUN, NULL);
}

/* Does sentence s tell that something "were held" or "took place" ("the 11th Consultations were
 * held in Tokyo"), naming no person? O(tokens of the sentence). */
static bool held_sentence(const parley_extraction *ex, size_t s)
{
    const parley_sentence *se = &ex->text.sentences[s];
    bool held = false;
    for (size_t q = se->tok_begin + 1; q + 1 < se->tok_end && !held; q++)
        held = ((is_w(ex, q, "were") || is_w(ex, q, "was")) && is_w(ex, q + 1, "held")) ||
               (is_w(ex, q, "took") && is_w(ex, q + 1, "place"));
    for (size_t m = ex->sent_mentions[s]; held && m < ex->sent_mentions[s + 1]; m++)
        if (ex->mentions[m].sentence == s && ex->mentions[m].type == PARLEY_ENTITY_PERSON)
            return false;
    return held;
}

/* Does sentence s name a period relative to a day the story does not give ("last month", "next
 * week", "last year")? Then none of the story's days is its event's. O(tokens of the sentence). */

static bool relative_period(const parley_extraction *ex, size_t s, size_t trig)
{
    static const char *const rel[] = {"last", "next", "previous", NULL};
    static const char *const periods[] = {"week", "month", "year", "weekend", NULL};
    const parley_sentence *se = &ex->text.sentences[s];
    for (size_t q = se->tok_begin; q + 1 < se->tok_end; q++)
        if (is_w_any(ex, q, rel) && is_w_any(ex, q + 1, periods) &&
            relative_opener(ex, se, q) == SIZE_MAX &&   /* (not another deed's: "X, who took office last week,") */
            /* (nor a plan's after the event's words: "and invited him to visit Seoul next year") */
            !(trig < q && plan_after(ex, se, trig, q)) && !(trig < q && since_before(ex, se, q, trig)))
            return true;
    return false;
}

/* Does sentence s say "next week" (or "next weekend") of its event at trig, as relative_period()
 * reads it? A week is no day, nor a month the date can say. O(tokens of the sentence). */
static bool next_week_at(const parley_extraction *ex, size_t s, size_t trig)
{
    static const char *const weeks[] = {"week", "weekend", NULL};
    const parley_sentence *se = &ex->text.sentences[s];
    for (size_t q = se->tok_begin; q + 1 < se->tok_end; q++)
        if (is_w(ex, q, "next") && is_w_any(ex, q + 1, weeks) && relative_opener(ex, se, q) == SIZE_MAX &&
            !(trig < q && plan_after(ex, se, trig, q)))
            return true;
    return false;
}

static int event_set_date_place(parley_extraction *ex, parley_event *ev, size_t s, size_t trig, const doc_state *st,
                                bool fallback)
{
    parley_date d;
    int rel = NO_REL;
    bool own_date = false;   /* the date is the sentence's own */
    /* ("... before the talks, sources said": the day and city of the talks told first) */
    int told = fallback ? talks_referred(ex, s, trig, (int)(ev - ex->events)) : -1;
    /* (a meeting to come "next week" has no day of the sentence's: "will meet in Paris next week,
     * a spokesperson said on Friday" is the saying's Friday) */
    bool next_period = ev->status == PARLEY_STATUS_PLANNED && next_week_at(ex, s, trig);
    if (next_period) {
        /* no day known */
    } else if (!ev->date[0] && sentence_date(ex, s, trig, st, ev->status == PARLEY_STATUS_PLANNED, &d, &rel)) {
        parley_date_format(ev->date, &d);
        own_date = true;
    } else if (!ev->date[0] && final_day(ex, st, s, &d)) {
        parley_date_format(ev->date, &d);
        own_date = true;
    } else if (!ev->date[0] && !month_named(ex, s, trig) && visit_told_date(ex, st, s, &d)) {
        parley_date_format(ev->date, &d);
        own_date = true;
    } else if (!ev->date[0] && fallback && ev->status != PARLEY_STATUS_PLANNED && !month_named(ex, s, trig) &&
               !relative_period(ex, s, trig)) {
        /* (a planned meeting with no day of its own has none: "agreed to meet soon") */
        int p = told >= 0 ? told : story_prev(st);
        const parley_event *prev = p >= 0 ? &ex->events[p] : NULL;
        /* "Earlier, ...": some day before, the month is all that is known ("Earlier in the day"
         * is the same day) */
        bool earlier = is_w(ex, ex->text.sentences[s].tok_begin, "earlier") && rel == NO_REL;
        bool shifted = rel != NO_REL && rel != 0 && prev && shift_day(prev->date, rel, ev->date);
        int same;
        /* (shifted: "the day before" the meeting told, also with no year known: "--02-20") */
        if (shifted) {
            /* the date is set */
        } else if (rel == 0 && prev) {
            memcpy(ev->date, prev->date, sizeof(ev->date));
        } else if (rel == 0 && !prev && (same = same_day_event(ex, st, ev)) >= 0) {
            /* "The same day" after a call and a meeting told as before the story: the call's day */
            memcpy(ev->date, ex->events[same].date, sizeof(ev->date));
        } else if (prev && prev->date[0]) {
            memcpy(ev->date, prev->date, sizeof(ev->date));
        } else if (!prev && st->last_call >= 0 && ex->events[st->last_call].date[0] &&
                   ex->events[st->last_call].status != PARLEY_STATUS_PLANNED) {
            /* (no meeting before it: the call told last, "held a virtual meeting with A on
             * Wednesday ... later received B") */
            memcpy(ev->date, ex->events[st->last_call].date, sizeof(ev->date));
        } else if (!prev && st->has_last_date) {
            parley_date_format(ev->date, &st->last_date);
        } else if (!prev && st->has_pub) {
            parley_date_format(ev->date, &st->pub);
            ev->story_dated = true;
        }
        if (earlier && strlen(ev->date) == 10)
            ev->date[7] = '\0';
        else if (earlier && ev->date[0] == '-')
            ev->date[0] = '\0';   /* "--11-05" less its day is no date this format can say */
        /* "The talks came weeks after X visited Baghdad, where he met Y": some weeks (or months)
         * away from the day told, the year is all that is known ("years after": not even that) */
        const parley_sentence *vs = &ex->text.sentences[s];
        for (size_t q = vs->tok_begin; q + 1 < trig && q + 1 < vs->tok_end && ev->date[0] && !shifted; q++) {
            if (!(is_w(ex, q + 1, "after") || is_w(ex, q + 1, "before") || is_w(ex, q + 1, "earlier") ||
                  is_w(ex, q + 1, "later") || is_w(ex, q + 1, "ago")))
                continue;
            if (is_w(ex, q, "weeks") || is_w(ex, q, "months"))
                ev->date[ev->date[0] == '-' ? 0 : 4] = '\0';
            /* ("The meeting came days after X travelled to Washington, where he met Y": some days
             * before, the month is all that is known) */
            else if (is_w(ex, q, "days") && !(q > vs->tok_begin && tok(ex, q - 1)->kind == PARLEY_TOK_NUM) && strlen(ev->date) == 10)
                ev->date[7] = '\0';
            else if (is_w(ex, q, "days") && ev->date[0] == '-')
                ev->date[0] = '\0';
            else if (is_w(ex, q, "years"))
                ev->date[0] = '\0';
        }
        /* "X arrived in Canberra on Sunday after visiting New Zealand, where he held talks with Y":
         * some day before the arrival, the month is all that is known */
        bool visited_before = false;
        for (size_t q = vs->tok_begin; q + 1 < trig && !visited_before; q++)
            visited_before = after_visiting_at(ex, q, trig) &&
                             trig >= vs->tok_begin + 2 && is_w(ex, trig - 2, "where");
        if (visited_before && strlen(ev->date) == 10 && !shifted)
            ev->date[7] = '\0';
        /* "X had visited New Zealand earlier in the week, where he met Y": another day of the
         * month (not "earlier in the day", "earlier today") */
        for (size_t q = vs->tok_begin + 1; q < trig && q + 2 < vs->tok_end && strlen(ev->date) == 10 && !shifted; q++) {
            if (is_w(ex, q, "who") || is_w(ex, q, "which"))
                break;   /* (said in a relative clause: "Stubb, who took office earlier this week, met") */
            if ((is_w(ex, q, "earlier") && is_w(ex, q + 1, "in") && is_w(ex, q + 2, "the") && q + 3 < vs->tok_end &&
                 (is_w(ex, q + 3, "week") || is_w(ex, q + 3, "month"))) ||
                (is_w(ex, q, "earlier") && is_w(ex, q + 1, "this") && (is_w(ex, q + 2, "week") || is_w(ex, q + 2, "month"))))
                ev->date[7] = '\0';
        }
        /* "Before traveling to Berlin, Wang had visited Brussels, where he met Y": a stop before
         * the story's, on a day of the month not said */
        for (size_t q = vs->tok_begin + 1; q + 1 < trig && strlen(ev->date) == 10 && !shifted; q++) {
            parley_date said;
            int srel;
            if (is_w(ex, q, "had") && is_w(ex, q + 1, "visited") && trig >= vs->tok_begin + 2 &&
                is_w(ex, trig - 2, "where") && !sentence_date(ex, s, trig, st, false, &said, &srel))
                ev->date[7] = '\0';
        }
    }
    /* "... after visiting Egypt, where he met X": the place the "where" of the meeting words is of */
    if (ev->place < 0) {
        /* (past "also", "later"; the passive: ", where he was received by Y"; to come: ", where he
         * will meet Y", ", where he is scheduled to meet Y"; before: ", where he had held talks") */
        static const char *const aux[] = {"also", "later", "then", "was", "were", "is", "are", "will", "would", "had",
                                          "scheduled", "due", "expected", "set", "slated", "to", NULL};
        size_t w = trig;
        while (w > 0 && w + 5 > trig && is_w_any(ex, w - 1, aux))
            w--;
        if (w >= ex->text.sentences[s].tok_begin + 4 && where_he_at(ex, w - 2)) {
            ev->place = where_place(ex, s, w - 2);
            /* (a city of that country the clause names: "after visiting Jordan, where he met
             * King Abdullah II in Aqaba") */
            int city = ev->place >= 0 && ex->entities[ev->place].type == PARLEY_ENTITY_COUNTRY
                           ? place_after(ex, s, trig, ex->text.sentences[s].tok_end)
                           : -1;
            if (city >= 0 && ex->entities[city].type == PARLEY_ENTITY_LOCATION && ex->entities[city].country &&
                strcmp(ex->entities[city].country, ex->entities[ev->place].name) == 0)
                ev->place = city;
        }
    }
    if (ev->place < 0) {
        size_t sv = speech_meeting_at(ex, &ex->text.sentences[s], trig);
        ev->place = dateline_city_of(ex, sv == SIZE_MAX ? sentence_place_at(ex, s, trig)
                                                         : place_after(ex, s, trig, ex->text.sentences[s].tok_end));
        /* ("X, who is on a four-day visit to India, also called on Y" after X met Z in New
         * Delhi: the city of the meeting told before, with X, in that country) */
        int p1 = fallback && ev->place >= 0 && ex->entities[ev->place].type == PARLEY_ENTITY_COUNTRY ? story_prev(st) : -1;
        const parley_event *pe1 = p1 >= 0 ? &ex->events[p1] : NULL;
        const parley_entity *pl1 = pe1 && pe1->place >= 0 ? &ex->entities[pe1->place] : NULL;
        /* (a city: one with coordinates, or the lexicon's own, "Washington") */
        if (pl1 && pl1->type == PARLEY_ENTITY_LOCATION && (pl1->has_coords || place_is_city(ex, pe1->place)) && pl1->country &&
            strcmp(pl1->country, ex->entities[ev->place].name) == 0) {
            bool shared = false;
            for (size_t i = 0; i < pe1->n_participants && !shared; i++)
                for (size_t k = 0; k < ev->n_participants && !shared; k++)
                    shared = pe1->participants[i] == ev->participants[k];
            if (shared)
                ev->place = pe1->place;
        }
        /* ("X, who had met Y in Rome in January, said ...": the place the clause of the meeting
         * itself says) */
        const parley_sentence *pse = &ex->text.sentences[s];
        if (ev->place < 0 && trig < pse->tok_end &&
            (in_past_relative(ex, pse, trig, SIZE_MAX) ||
             /* ("The meeting came two weeks after X met Y in Sydney": the time clause's own place) */
             parley_in_other_time_clause(ex, pse, trig))) {
            size_t ce = trig;
            while (ce < pse->tok_end && !is_p(ex, ce, ','))
                ce++;
            ev->place = place_after(ex, s, trig, ce);
        }
        /* "spoke by phone with Y on Monday and the two agreed to meet in Washington in July": a
         * call is not where a meeting to come is */
        for (size_t m = ex->sent_mentions[s]; ev->type == PARLEY_EVENT_CALL && ev->place >= 0 && m < ex->sent_mentions[s + 1]; m++) {
            size_t pl;
            if (ex->mentions[m].sentence == s && ex->mentions[m].entity == ev->place && ex->mentions[m].tb > trig &&
                find_trigger(ex, trig, ex->mentions[m].tb, PARLEY_LEX_PLANNED, &pl) < ex->mentions[m].tb)
                ev->place = -1;
        }
        /* "ANKARA - ... met in Cairo ... The two leaders then held a meeting at the Ittihadiya
         * Palace": a building named alone is in the city of the meeting just told when that city
         * is in another country than the dateline's (not where the story was written) */
        if (ev->place >= 0 && ev->place == ex->dateline_place && fallback && !names_entity_in(ex, s, ev->place)) {
            const char *dc = ex->entities[ex->dateline_place].country;
            size_t self = (size_t)(ev - ex->events);
            for (size_t k = self; dc && k-- > 0 && k + 5 > self;) {
                const parley_event *o = &ex->events[k];
                const parley_entity *pe = o->type == PARLEY_EVENT_MEETING && o->place >= 0 ? &ex->entities[o->place] : NULL;
                if (!pe || pe->type != PARLEY_ENTITY_LOCATION || !pe->has_coords || !pe->country)
                    continue;   /* (the last meeting placed in a known city) */
                if (strcmp(pe->country, dc) != 0)
                    ev->place = o->place;
                break;
            }
        }
        /* "A and B signed agreements in Addis Ababa ... C and D signed the agreements on behalf
         * of their governments": the signers met where the agreement told was signed, not in
         * the dateline's city */
        if ((ev->place < 0 || (ev->place == ex->dateline_place && !names_entity_in(ex, s, ev->place))) && fallback &&
            (is_w(ex, trig, "signed") || is_w(ex, trig, "sign")) && st->last_agreement >= 0 &&
            ex->events[st->last_agreement].place >= 0)
            ev->place = ex->events[st->last_agreement].place;
        /* "A met B on the sidelines of the meeting of the X Council in Almaty ... The meeting of
         * the X Council was also attended by C and D": the gathering told, where its sidelines
         * were */
        if ((ev->place < 0 || (ev->place == ex->dateline_place && !names_entity_in(ex, s, ev->place))) && fallback &&
            st->last_meeting >= 0 && (size_t)st->last_meeting != (size_t)(ev - ex->events) &&
            ex->events[st->last_meeting].place >= 0 && opens_meeting_noun(ex, s) &&
            is_w(ex, ex->text.sentences[s].tok_begin + 2, "of")) {
            const parley_sentence *ls = &ex->text.sentences[st->last_meeting_sentence];
            if (parley_on_sidelines(ex, ls->tok_begin, ls->tok_end))
                ev->place = ex->events[st->last_meeting].place;
        }
        /* "He was in Bangkok. There he was received by X": the place the sentence before names */
        if (ev->place < 0 && s > 0 && (is_w(ex, ex->text.sentences[s].tok_begin, "there") ||
                                       is_w(ex, ex->text.sentences[s].tok_begin, "here")))
            ev->place = sentence_place(ex, s - 1);
        /* "The consultations were held in Tokyo. The meeting was attended by A and B": the meeting
         * told again where the sentence before held it */
        if (ev->place < 0 && s > 0 && fallback && opens_meeting_noun(ex, s) && held_sentence(ex, s - 1))
            ev->place = sentence_place(ex, s - 1);
        /* "A and B laid the foundation of a pipeline in Nakhchivan on Nov. 19. The two leaders later
         * held a tete-a-tete meeting": with no event told before, where a sentence of the two
         * sentences before put all the meeting's people together */
        if (ev->place < 0 && fallback && ev->type == PARLEY_EVENT_MEETING && story_prev(st) < 0 && ev->n_participants >= 2 &&
            ex->dateline_place < 0)
            for (size_t k = s; k-- > 0 && k + 3 > s && ev->place < 0;) {
                bool all = true;
                for (size_t i = 0; i < ev->n_participants && all; i++)
                    all = names_entity_in(ex, k, ev->participants[i]);
                if (all)
                    ev->place = sentence_place(ex, k);
            }
        /* "also met President X at Malacañang Palace": a building named alone, with no dateline
         * to place it, is in the city of the meeting told before */
        if (ev->place >= 0 && fallback && ex->dateline_place < 0 && site_building(&ex->entities[ev->place])) {
            int p = told >= 0 ? told : story_prev(st);
            int pp = p >= 0 ? ex->events[p].place : -1;
            if (pp >= 0 && ex->entities[pp].type == PARLEY_ENTITY_LOCATION && ex->entities[pp].has_coords)
                ev->place = pp;
            /* ... or in the city the headline puts the meeting in ("Putin and Lukashenko meet in
             * St Petersburg" over "... at the Konstantinovsky Palace") */
            else if (p < 0 && (pp = headline_city(ex)) >= 0)
                ev->place = pp;
        }
        /* (a call is placed only where its own sentence says: its two sides are apart; nor is
         * what the sentence dates to another year or month than the story's: "Poland signed deals
         * last year") */
        int p0 = story_prev(st);
        char story_date[16] = "";
        if (p0 >= 0)
            memcpy(story_date, ex->events[p0].date, sizeof(ex->events[p0].date));
        else if (st->has_pub)
            parley_date_format(story_date, &st->pub);
        bool other_time = own_date && other_period(ev->date, story_date);
        /* ... or a meeting in the past perfect before a journey: "Blinken had met Cape Verde's
         * Prime Minister X on Monday ..., before flying to Nigeria" (a stop before the story's) */
        const parley_sentence *ts = &ex->text.sentences[s];
        size_t h = trig > ts->tok_begin && (is_w(ex, trig - 1, "earlier") || is_w(ex, trig - 1, "previously") ||
                                            is_w(ex, trig - 1, "already") || is_w(ex, trig - 1, "also"))
                       ? trig - 1
                       : trig;
        static const char *const travels[] = {"flying", "travelling", "traveling", "heading", "leaving", "departing",
                                              "moving", NULL};
        bool travel_after = false;
        for (size_t q = trig; q + 1 < ts->tok_end && !travel_after; q++)
            travel_after = (is_w(ex, q, "before") || is_w(ex, q, "then")) && is_w_any(ex, q + 1, travels);
        if (travel_after && h > ts->tok_begin && h < ts->tok_end && is_w(ex, h - 1, "had"))
            other_time = true;
        /* a planned meeting in a sentence that names other places than its own ("is also due to
         * visit Germany and France, where he is expected to meet X") is not where the story is */
        for (size_t m = ex->sent_mentions[s]; ev->status == PARLEY_STATUS_PLANNED && !other_time && m < ex->sent_mentions[s + 1]; m++) {
            const parley_mention *mm = &ex->mentions[m];
            other_time = mm->sentence == s && mm->entity >= 0 &&
                         (mm->type == PARLEY_ENTITY_COUNTRY ||
                          (mm->type == PARLEY_ENTITY_LOCATION && mm->lex && mm->lex->kind == PARLEY_LEX_CITY)) &&
                         mm->tb > ex->text.sentences[s].tok_begin &&
                         (is_w(ex, mm->tb - 1, "in") || is_w(ex, mm->tb - 1, "to") || is_w(ex, mm->tb - 1, "visit") ||
                          is_w(ex, mm->tb - 1, "visiting") || is_w(ex, mm->tb - 1, "visits")) &&
                         !person_country_mention(ex, m, s);
        }
        /* "The Riyadh talks were led by A and B": the city that names the meeting */
        for (size_t m = ex->sent_mentions[s]; ev->place < 0 && ev->type == PARLEY_EVENT_MEETING && m < ex->sent_mentions[s + 1]; m++) {
            const parley_mention *mm = &ex->mentions[m];
            if (mm->sentence == s && mm->entity >= 0 && mm->type == PARLEY_ENTITY_LOCATION && mm->lex &&
                mm->lex->kind == PARLEY_LEX_CITY && mm->tb > ts->tok_begin && is_w(ex, mm->tb - 1, "the") &&
                mm->te < ts->tok_end && parley_match(ex, mm->te, PARLEY_LEX_MEET_NOUN, NULL))
                ev->place = mm->entity;
        }
        /* "Wang Yi is in Kuala Lumpur to attend the ASEAN meetings. ... On Thursday, Wang held a
         * meeting with X on the sidelines of the ASEAN meetings": where the gathering is */
        if (ev->place < 0 && fallback && ev->type != PARLEY_EVENT_CALL && !other_time &&
            parley_on_sidelines(ex, trig, ts->tok_end))
            ev->place = attend_city(ex, s);
        if (ev->place < 0 && fallback && ev->type != PARLEY_EVENT_CALL && !other_time) {
            int p = p0;
            const parley_event *prev = p >= 0 ? &ex->events[p] : NULL;
            /* (the place of the meeting before is this one's when someone of it goes on, or when
             * no dateline says where the story is: "Shoigu visited Pyongyang, where he met Kim.
             * ... Rudenko met Sin on Tuesday" is in the dateline's Moscow) */
            bool shared = false;
            for (size_t i = 0; prev && i < prev->n_participants && !shared; i++)
                for (size_t k = 0; k < ev->n_participants && !shared; k++)
                    shared = prev->participants[i] == ev->participants[k];
            /* (... or the sentence says one of it went with this one's people: "Foreign Minister
             * X, who travelled with Milei, signed ... with his Israeli counterpart Y") */
            /* (... "Trade Minister X, who accompanied Peters, signed the deal with Y") */
            for (size_t m = ex->sent_mentions[s]; prev && !shared && m < ex->sent_mentions[s + 1]; m++) {
                const parley_mention *mm = &ex->mentions[m];
                if (mm->type != PARLEY_ENTITY_PERSON || mm->entity < 0 || mm->tb < ts->tok_begin + 3 ||
                    !(journey_with(ex, mm->tb - 1) || is_w(ex, mm->tb - 1, "accompanied") ||
                      is_w(ex, mm->tb - 1, "accompanying")) ||
                    relative_opener(ex, ts, mm->tb) == SIZE_MAX)
                    continue;
                for (size_t i = 0; i < prev->n_participants && !shared; i++)
                    shared = prev->participants[i] == mm->entity;
            }
            /* (... or was named where it was told: "... in Buenos Aires, during the visit of
             * President Lula to Argentina. Lula was received by President Fernández") */
            for (size_t k = 0; prev && prev->n_evidence && k < ev->n_participants && !shared; k++) {
                /* (the entity's mentions are in text order: the first at or after the evidence's
                 * start, by bisection) */
                const parley_entity *pe = &ex->entities[ev->participants[k]];
                size_t lo = 0, hi = pe->n_mentions;
                while (lo < hi) {
                    size_t mid = lo + (hi - lo) / 2;
                    if (ex->mentions[pe->mentions[mid]].start < prev->evidence[0].start)
                        lo = mid + 1;
                    else
                        hi = mid;
                }
                shared = lo < pe->n_mentions && ex->mentions[pe->mentions[lo]].end <= prev->evidence[0].end;
            }
            /* "wrapped up a tour on Thursday with talks in Doha ... On Thursday, the Emir received
             * him": a day said to be spent where the talks were, not where the meeting before was */
            bool that_day = st->meeting_place >= 0 && st->meeting_place_day[0] && strlen(ev->date) == 10 &&
                            strcmp(ev->date, st->meeting_place_day) == 0 && prev && strcmp(prev->date, ev->date) != 0;
            int dest = visit_destination_before(ex, s);
            int signed_at = !prev && (rel == 0 || rel == NO_REL) ? agreement_place_of(ex, st, ev) : -1;
            if (that_day)
                ev->place = st->meeting_place;
            /* (... or "on the same day": "Prime Minister X met President Y on the same day" after
             * talks in Lima, in a story datelined Tokyo) */
            else if (prev && prev->place >= 0 && (shared || ex->dateline_place < 0 || prev == ev || rel == 0))
                ev->place = prev->place;
            else if (dest >= 0)
                ev->place = dest;
            else if ((dest = gathering_city(ex, s, ev)) >= 0)
                ev->place = dest;
            else if (!prev && st->meeting_place >= 0)
                ev->place = st->meeting_place;
            else if (signed_at >= 0)
                ev->place = signed_at;   /* "On the same day, the minister met" after a signing */
            else
                ev->place = story_place(ex);
            /* "NAIROBI - Ruto met Biden at the White House": not where the dateline is when the
             * sentence names a seat of government of another country (and the article that country) */
            int seat = seat_country(ex, s);
            const parley_entity *pe = ev->place >= 0 ? &ex->entities[ev->place] : NULL;
            const char *pc = !pe ? NULL : pe->type == PARLEY_ENTITY_COUNTRY ? pe->name : pe->country;
            if (seat >= 0 && (!pc || strcmp(pc, ex->entities[seat].name) != 0))
                ev->place = seat;
        }
    }
    /* "spoke with Y by phone on Sunday, and met Z in London last week": a call is not where a
     * clause after it puts another doing */
    if (ev->place >= 0 && ev->type == PARLEY_EVENT_CALL) {
        const parley_sentence *cs = &ex->text.sentences[s];
        size_t c = trig;
        while (c + 1 < cs->tok_end && !(is_p(ex, c, ',') && is_w(ex, c + 1, "and")))
            c++;
        bool before = false;
        for (size_t m = ex->sent_mentions[s]; c + 1 < cs->tok_end && m < ex->sent_mentions[s + 1] && !before; m++)
            before = ex->mentions[m].sentence == s && ex->mentions[m].entity == ev->place && ex->mentions[m].tb < c;
        if (c + 1 < cs->tok_end && !before)
            ev->place = -1;
        /* (nor where a clause of another time puts it: "spoke by phone with Y on Wednesday, days
         * after the two delegations met in Riyadh") */
        for (size_t m = ex->sent_mentions[s]; ev->place >= 0 && m < ex->sent_mentions[s + 1]; m++)
            if (ex->mentions[m].sentence == s && ex->mentions[m].entity == ev->place && ex->mentions[m].tb > trig &&
                parley_in_other_time_clause(ex, cs, ex->mentions[m].tb))
                ev->place = -1;
    }
    if (ev->place < 0 && ev->type == PARLEY_EVENT_MEETING)
        ev->place = visited_country(ex, s, trig, ev);
    /* "VIENTIANE, Laos — A met B ... in Laos": the dateline's city, in the country named, on the
     * story's day (a day told apart is no evidence of the city) */
    if (ev->place >= 0 && ex->dateline_place >= 0 && ex->dateline_place != ev->place &&
        ex->entities[ev->place].type == PARLEY_ENTITY_COUNTRY) {
        const parley_entity *dl = &ex->entities[ex->dateline_place];
        char pub[11] = "";
        if (st->has_pub)
            parley_date_format(pub, &st->pub);
        if (dl->type == PARLEY_ENTITY_LOCATION && dl->country && strcmp(dl->country, ex->entities[ev->place].name) == 0 &&
            (!ev->date[0] || strcmp(ev->date, pub) == 0))
            ev->place = ex->dateline_place;
    }
    return 0;
}

/* Is place b within place a: the same, or a city (or site) of the country a? */
static bool place_within(const parley_extraction *ex, int a, int b)
{
    if (a == b)
        return true;
    const parley_entity *pa = &ex->entities[a], *pb = &ex->entities[b];
    return pa->type == PARLEY_ENTITY_COUNTRY && pb->type == PARLEY_ENTITY_LOCATION && pb->country &&
           strcmp(pb->country, pa->name) == 0;
}

/* Can event ev merge into the earlier event o: same type, status and people, compatible date
 * and place? */
static bool mergeable(const parley_extraction *ex, const parley_event *o, const parley_event *ev)
{
    if (!(o->type == ev->type && o->status == ev->status && same_people(o, ev->participants, ev->n_participants) &&
          dates_compatible(o->date, ev->date)))
        return false;
    if (o->place < 0 || ev->place < 0 || o->place == ev->place)
        return true;
    /* a city and its country: the same meeting only on the same day ("in Hanoi on October 17" and
     * "his first visit to Vietnam") */
    size_t dl = strlen(o->date);   /* a day: "2024-10-17", or "--10-17" with no year known */
    return (dl == 10 || (dl == 7 && o->date[0] == '-')) && strcmp(o->date, ev->date) == 0 &&
           (place_within(ex, o->place, ev->place) || place_within(ex, ev->place, o->place));
}

static int absorb_event(parley_extraction *ex, size_t idx, size_t k);

/* Merge into the earliest earlier meeting of the same people with a compatible date, or keep.
 * The candidates are the events of its first participant (every event of the document when
 * that list is not kept). */
static int merge_meeting(parley_extraction *ex, size_t idx)
{
    parley_event *ev = &ex->events[idx];
    size_t k = idx;
    if (ex->part_head && ev->n_participants && ev->participants[0] >= 0 && (size_t)ev->participants[0] < ex->n_entities) {
        for (int64_t nd = ex->part_head[ev->participants[0]] - 1; nd >= 0; nd = ex->parts.next[nd]) {
            size_t c = (size_t)ex->parts.item[nd];
            if (c < k && mergeable(ex, &ex->events[c], ev))
                k = c;
        }
    } else {
        for (k = 0; k < idx && !mergeable(ex, &ex->events[k], ev); k++)
            ;
    }
    if (k == idx)
        return (int)idx;
    return absorb_event(ex, idx, k);
}

/* Move event ev's evidence to the end of event o's and free what else ev holds (its slot is then
 * the caller's to drop). 0, or PARLEY_ENOMEM with neither event changed. */
static int evidence_move(parley_event *o, parley_event *ev)
{
    if (PARLEY_GROW(o->evidence, o->cap_evidence, o->n_evidence + ev->n_evidence) < 0)
        return PARLEY_ENOMEM;
    for (size_t e = 0; e < ev->n_evidence; e++)
        o->evidence[o->n_evidence++] = ev->evidence[e];
    free(ev->evidence);
    free(ev->participants);
    free(ev->name);
    return 0;
}

/* Fold the last event idx into the earlier event k: k takes idx's people it lacks, its date and
 * place where more precise, and its evidence; idx is dropped. Returns k, or an error. */
static int absorb_event(parley_extraction *ex, size_t idx, size_t k)
{
    parley_event *ev = &ex->events[idx];
    parley_event *o = &ex->events[k];
    for (size_t j = 0; j < ev->n_participants; j++) {
        int rc = event_add_participant(ex, o, ev->participants[j]);
        if (rc < 0)
            return rc;
    }
    if (!o->date[0] || (strlen(ev->date) > strlen(o->date) && o->date[0] != '-'))
        memcpy(o->date, ev->date, sizeof(o->date));
    /* the more precise place: "in Hanoi" over "to Vietnam" */
    if (o->place < 0 || (ev->place >= 0 && ev->place != o->place && place_within(ex, o->place, ev->place)))
        o->place = ev->place;
    if (evidence_move(o, ev) < 0)
        return PARLEY_ENOMEM;
    ex->n_events--;
    return (int)k;
}

/* Where the name of a document word at token d (a subject, "... was signed") begins, from token b
 * on: back over the words before it that are part of its name ("the 2025 Bilateral Cooperation
 * Plan", "a joint action plan"): capitalised words and years before a capitalised document word,
 * words in lower case before one in lower case when "the", "a" or "an" opens them; at most five. */
static size_t name_start(const parley_extraction *ex, size_t b, size_t d)
{
    bool cap = (tok(ex, d)->flags & PARLEY_TOK_CAP) != 0;
    size_t q = d;
    while (q > b && q + 5 > d) {
        const parley_token *t = tok(ex, q - 1);
        bool year = t->kind == PARLEY_TOK_NUM && tok_n(ex, q - 1) == 4;
        bool word = t->kind == PARLEY_TOK_WORD && !is_w(ex, q - 1, "the") && !is_w(ex, q - 1, "a") && !is_w(ex, q - 1, "an");
        if (!(year || (word && ((t->flags & PARLEY_TOK_CAP) != 0) == cap)))
            break;
        q--;
    }
    if (!cap && q < d && !(q > b && (is_w(ex, q - 1, "the") || is_w(ex, q - 1, "a") || is_w(ex, q - 1, "an"))))
        q = d;   /* lower-case words not opened by an article: not known to be the name's */
    return q > b && is_w(ex, q - 1, "the") ? q - 1 : q;
}

/* The document named after a signing verb: "a Bilateral Cooperation Plan for 2020". */
static char *document_name(const parley_extraction *ex, size_t b, size_t e)
{
    date_hit dh;
    while (b < e && (is_w(ex, b, "a") || is_w(ex, b, "an") || is_w(ex, b, "the") || is_w(ex, b, "today") ||
                     is_w(ex, b, "yesterday") || is_w(ex, b, "on") || is_w(ex, b, "also"))) {
        /* "signed on Thursday a series of agreements": the date before the document */
        if (is_w(ex, b, "on") && b + 1 < e && parley_date_weekday_name(tok_s(ex, b + 1), tok_n(ex, b + 1)) >= 0)
            b += 2;
        else if (is_w(ex, b, "on") && b + 1 < e && date_at(ex, b + 1, e, NULL, &dh) && dh.end > b + 1 && dh.end <= e)
            b = dh.end;
        else
            b++;
    }
    size_t k = b;
    static const char *const stops[] = {"in", "at", "during", "via", "with", "between", "by", "as", "today", "aboard", "onboard",
                                        "yesterday", "which", "that", "after", "following", "while", "under",
                                        "within", "aimed", "to", "when", "was", "were", "is", "are", "has",
                                        "have", "had", "will", "would", "last", "this", "next", "earlier", NULL};
    for (; k < e; k++) {
        if (tok(ex, k)->kind == PARLEY_TOK_PUNCT && (is_p(ex, k, ',') || is_p(ex, k, '.') || is_p(ex, k, ';') ||
                                                     is_p(ex, k, '(') || is_p(ex, k, ':')))
            break;
        /* "signed a memorandum on migration and reviewed the preparations": a verb of its own */
        if (k > b && k + 1 < e && is_w(ex, k, "and") && tok(ex, k + 1)->kind == PARLEY_TOK_WORD &&
            !(tok(ex, k + 1)->flags & PARLEY_TOK_CAP) && tok_n(ex, k + 1) > 4 &&
            strncmp(tok_s(ex, k + 1) + tok_n(ex, k + 1) - 2, "ed", 2) == 0)
            break;
        /* "on the sidelines of", "on the margins of": where, not what */
        if (k + 2 < e && is_w(ex, k, "on") && is_w(ex, k + 1, "the") && parley_on_sidelines(ex, k + 2, k + 3))
            break;
        /* "on Tuesday", "on 3 March": a date ends the name */
        if (k + 1 < e && is_w(ex, k, "on") &&
            (date_at(ex, k + 1, e, NULL, &dh) || tok(ex, k + 1)->kind == PARLEY_TOK_NUM ||
             parley_date_weekday_name(tok_s(ex, k + 1), tok_n(ex, k + 1)) >= 0 ||
             parley_date_month_name(tok_s(ex, k + 1), tok_n(ex, k + 1))))
            break;
        bool stop = false;
        for (int q = 0; stops[q]; q++)
            stop |= is_w(ex, k, stops[q]) && !(tok(ex, k)->flags & PARLEY_TOK_CAP);
        if (stop || k - b > 30)
            break;
    }
    while (k > b && (tok(ex, k - 1)->kind == PARLEY_TOK_PUNCT))
        k--;
    if (k <= b)
        return NULL;
    size_t len = tok(ex, k - 1)->end - tok(ex, b)->start;
    char *s = parley_strndup(tok_s(ex, b), len);
    if (!s)
        return NULL;
    /* drop quotes */
    char *w = s;
    for (char *r = s; *r; r++)
        if (*r != '"')
            *w++ = *r;
    *w = '\0';
    return s;
}

static bool mention_after_in(const parley_extraction *ex, const parley_mention *mm)
{
    const parley_sentence *se = &ex->text.sentences[mm->sentence];
    if (mm->tb == se->tok_begin)
        return false;
    size_t q = mm->tb - 1;
    if (is_w(ex, q, "the") && q > se->tok_begin)
        q--;
    return is_w(ex, q, "in") || is_w(ex, q, "at");
}

/* The people of meeting `meeting` join event `idx` (its signing), less those of pp named at token
 * from or after ("where they signed the Accords in the presence of President C": C witnessed,
 * signed nothing); pp NULL: none left out. */
static int add_meeting_people_but(parley_extraction *ex, int idx, int meeting, const people *pp, size_t from)
{
    for (size_t i = 0; i < ex->events[meeting].n_participants; i++) {
        int p = ex->events[meeting].participants[i];
        bool witness = false;
        for (size_t k = 0; pp && k < pp->n && !witness; k++)
            witness = pp->p[k].ent == p && pp->p[k].pos >= from;
        if (ex->entities[p].type == PARLEY_ENTITY_PERSON && !witness && event_add_participant(ex, &ex->events[idx], p) < 0)
            return PARLEY_ENOMEM;
    }
    return 0;
}

static int add_meeting_people(parley_extraction *ex, int idx, int meeting)
{
    return add_meeting_people_but(ex, idx, meeting, NULL, SIZE_MAX);
}

/* "The two ministers signed the agreement aboard a frigate": a document word of dl tokens at
 * token d in lower case that nothing after names further ("the agreement on visas" is another):
 * the one told before. */
static bool generic_again(const parley_extraction *ex, size_t d, size_t dl, size_t end)
{
    static const char *const naming[] = {"on", "of", "for", "to", "between", "with", "concerning", "regarding", NULL};
    /* ("signed the document on behalf of their respective sides": no name) */
    bool behalf = d + dl + 1 < end && is_w(ex, d + dl, "on") && is_w(ex, d + dl + 1, "behalf");
    return !(tok(ex, d)->flags & PARLEY_TOK_CAP) && !(d + dl < end && is_w_any(ex, d + dl, naming) && !behalf);
}

/* A second predicate of the signing's subject after token from: ", and (also) witnessed the
 * signing of ...", ", and signed ...": the comma's token, or SIZE_MAX. Its sign words' token in
 * *sign2 and their length in *sl2 (0 when it has none). */
static size_t second_signing_at(const parley_extraction *ex, const parley_sentence *se, size_t from, size_t *sign2,
                                size_t *sl2)
{
    *sl2 = 0;
    for (size_t q = from; q + 2 < se->tok_end; q++) {
        if (!is_p(ex, q, ',') || !is_w(ex, q + 1, "and"))
            continue;
        size_t v = q + 2;
        while (v < se->tok_end && (is_w(ex, v, "also") || is_w(ex, v, "later") || is_w(ex, v, "then")))
            v++;
        if (v >= se->tok_end || !(is_w(ex, v, "witnessed") || is_w(ex, v, "signed")))
            return SIZE_MAX;
        *sign2 = find_trigger(ex, v, se->tok_end < v + 4 ? se->tok_end : v + 4, PARLEY_LEX_SIGN, sl2);
        return *sl2 ? q : SIZE_MAX;
    }
    return SIZE_MAX;
}

/* Does a signing whose words end at token from name its partner: "with", a title's words and a
 * person of pp ("signed several agreements in the areas of energy with Deputy Prime Minister
 * B")? O(tokens of the sentence + people). */
static bool signs_with_named(const parley_extraction *ex, const parley_sentence *se, size_t from, const people *pp)
{
    for (size_t q = from; q + 1 < se->tok_end; q++) {
        if (!is_w(ex, q, "with"))
            continue;
        for (size_t i = 0; i < pp->n; i++) {
            if (pp->p[i].pos <= q || pp->p[i].pos > q + 6)
                continue;
            bool titled = true;
            for (size_t r = q + 1; r < pp->p[i].pos && titled; r++)
                titled = tok(ex, r)->kind == PARLEY_TOK_WORD && ((tok(ex, r)->flags & PARLEY_TOK_CAP) || is_w(ex, r, "his") ||
                                                                 is_w(ex, r, "her") || parley_match(ex, r, PARLEY_LEX_DEMONYM, NULL));
            if (titled)
                return true;
        }
    }
    return false;
}

/* Does person p tell of the signing at token sign ("Kremlin spokesman X told reporters that ...",
 * "X said"): a verb of speech right after the name, before the signing? O(1). */
static bool speaker_at(const parley_extraction *ex, const person_at *p, size_t sign)
{
    for (size_t q = p->end; q < sign && q < p->end + 2; q++)
        if (is_w_any(ex, q, speech_verbs))
            return true;
    return false;
}

static int do_agreement(parley_extraction *ex, size_t s, size_t sign, size_t sign_len, const people *pp,
                        doc_state *st, bool planned, int meeting)
{
    const parley_sentence *se = &ex->text.sentences[s];
    /* the document: after the verb, or before it ("The Plan was signed") */
    size_t dl = 0;
    size_t after = find_trigger(ex, sign + sign_len, se->tok_end < sign + sign_len + 14 ? se->tok_end : sign + sign_len + 14,
                                PARLEY_LEX_DOCUMENT, &dl);
    /* a passive looks back to its subject, however long ("A Memorandum of Understanding on ...
     * was exchanged") */
    /* (past an adverb: "A package of documents worth $5 billion was also signed") */
    static const char *const adverbs[] = {"also", "later", "then", "subsequently", "formally", "officially", "jointly", NULL};
    size_t aux = sign;
    while (aux > se->tok_begin + 1 && aux + 2 > sign && is_w_any(ex, aux - 1, adverbs))
        aux--;
    bool passive = is_w(ex, sign, "was") || is_w(ex, sign, "were") ||
                   (aux > se->tok_begin && (is_w(ex, aux - 1, "was") || is_w(ex, aux - 1, "were") ||
                                            is_w(ex, aux - 1, "been")));
    size_t before_b = sign > se->tok_begin + 6 && !passive ? sign - 6 : se->tok_begin;
    size_t bl = 0;
    size_t before = find_trigger(ex, before_b, sign, PARLEY_LEX_DOCUMENT, &bl);
    bool has_after = after < se->tok_end && dl;
    bool has_before = before < sign && bl;
    if (!has_after && !has_before)
        return 0;
    /* "the implementation of the agreements signed between the two countries": documents signed
     * before, referred to, not a signing told */
    if (!has_after && has_before && before + bl == sign && is_w(ex, sign, "signed") && before > se->tok_begin &&
        is_w(ex, before - 1, "the") && tok_n(ex, before + bl - 1) > 1 && tok_s(ex, before + bl - 1)[tok_n(ex, before + bl - 1) - 1] == 's')
        return 0;
    /* "briefed him on the Framework Agreement signed in Khartoum", "under the agreement signed in
     * 2019": a document after a preposition, with its participle, is one signed before */
    /* (also after a comma: "welcomed the entry into force of the Defence Cooperation Agreement,
     * signed in Canberra in August 2024") */
    /* (the document's name may go on to the participle: "the Treaty on the State Border signed
     * in March") */
    size_t named_to = before + bl;
    while (has_before && named_to < sign &&
           ((tok(ex, named_to)->kind == PARLEY_TOK_WORD && (tok(ex, named_to)->flags & PARLEY_TOK_CAP)) ||
            is_w(ex, named_to, "on") || is_w(ex, named_to, "the") || is_w(ex, named_to, "of") || is_w(ex, named_to, "and")))
        named_to++;
    /* (not one whose signers it names: "the Treaty ... signed by Putin and Kim in June 2024", a
     * signing of theirs) */
    bool participle = !has_after && has_before && is_w(ex, sign, "signed") &&
                      (named_to == sign || (named_to + 1 == sign && is_p(ex, named_to, ','))) &&
                      !(before + bl < sign && sign + 1 < se->tok_end && is_w(ex, sign + 1, "by"));
    if (participle) {
        size_t q = before;
        while (q > se->tok_begin && tok(ex, q - 1)->kind == PARLEY_TOK_WORD && (tok(ex, q - 1)->flags & PARLEY_TOK_CAP))
            q--;
        static const char *const preps[] = {"on", "of", "under", "about", "regarding", "with", "to", NULL};
        if (q >= se->tok_begin + 2 && is_w(ex, q - 1, "the") && is_w_any(ex, q - 2, preps))
            return 0;
        /* (... or after a verb that keeps to a document, a lower-case word maybe qualifying it:
         * "pledging to fully implement the peace declaration signed in Kuala Lumpur") */
        static const char *const keep[] = {"implement", "implementing", "implemented", "uphold", "upholding", "respect",
                                           "respecting", "honour", "honor", "observe", "observing", "violated",
                                           "violating", "breached", "review", "reviewed", "reviewing", NULL};
        /* (two or three such words too: "the free trade agreement signed in July") */
        for (size_t r = q; q == before && r > se->tok_begin + 2 && r + 3 > before && tok(ex, r - 1)->kind == PARLEY_TOK_WORD &&
                           !(tok(ex, r - 1)->flags & PARLEY_TOK_CAP) && !is_w(ex, r - 1, "the");
             r--)
            if (is_w(ex, r - 2, "the"))
                q = r - 1;
        if (q >= se->tok_begin + 2 && is_w(ex, q - 1, "the") && is_w_any(ex, q - 2, keep))
            return 0;
        /* (... or one discussed, signed in another month than the story's: "met B to discuss the
         * free trade agreement signed in July", told in November) */
        static const char *const discuss[] = {"discuss", "discussed", "discussing", "discusses", NULL};
        if (q >= se->tok_begin + 2 && is_w(ex, q - 1, "the") && is_w_any(ex, q - 2, discuss) && st->has_pub &&
            sign + 2 < se->tok_end && is_w(ex, sign + 1, "in")) {
            int mo = parley_date_month_name(tok_s(ex, sign + 2), tok_n(ex, sign + 2));
            if (mo > 0 && mo != (int)st->pub.m)
                return 0;
        }
    }
    /* "reviewed the progress of the survey agreement signed in 2023": a document signed in an
     * earlier year than the story's, referred to */
    /* (the year anywhere in the participle's phrase: "signed in Canberra in August 2024") */
    size_t year_at = SIZE_MAX;
    for (size_t q = sign + 1; participle && q + 1 < se->tok_end && q < sign + 8 && !is_p(ex, q, ',') && year_at == SIZE_MAX; q++)
        if (is_w(ex, q, "in") && tok(ex, q + 1)->kind == PARLEY_TOK_NUM && tok_n(ex, q + 1) == 4)
            year_at = q + 1;
        else if (is_w(ex, q, "in") && q + 2 < se->tok_end && parley_date_month_name(tok_s(ex, q + 1), tok_n(ex, q + 1)) > 0 &&
                 tok(ex, q + 2)->kind == PARLEY_TOK_NUM && tok_n(ex, q + 2) == 4)
            year_at = q + 2;
    if (year_at != SIZE_MAX) {
        int y = num_val(ex, year_at, NULL);
        int story = st->has_pub ? st->pub.y : 0;
        if (st->last_meeting >= 0 && ex->events[st->last_meeting].date[0] && ex->events[st->last_meeting].date[0] != '-')
            story = atoi(ex->events[st->last_meeting].date);
        if (y >= 1900 && (!story || y < story))
            return 0;
    }
    /* (... or "last year" after the participle, in the sentence of a meeting of the story: "met Y in
     * Jakarta on Monday, where the two leaders agreed to deepen ties under a treaty signed last
     * year" is no signing at the meeting) */
    if (participle && meeting >= 0 && sign + 2 < se->tok_end && is_w(ex, sign + 1, "last") && is_w(ex, sign + 2, "year") &&
        ex->events[meeting].n_evidence && ex->events[meeting].evidence[ex->events[meeting].n_evidence - 1].start >= se->start &&
        ex->events[meeting].evidence[ex->events[meeting].n_evidence - 1].start < se->end)
        return 0;
    /* (... or a month alone, another than the story's: "the framework agreement signed in
     * December", told in June) */
    for (size_t q = sign + 1; participle && year_at == SIZE_MAX && q + 1 < se->tok_end && q < sign + 8 && !is_p(ex, q, ','); q++) {
        int mo;
        if (!is_w(ex, q, "in") || (mo = parley_date_month_name(tok_s(ex, q + 1), tok_n(ex, q + 1))) <= 0)
            continue;
        if (q + 2 < se->tok_end && tok(ex, q + 2)->kind == PARLEY_TOK_NUM)
            break;   /* ("signed in December 12"?: a day, read elsewhere) */
        int story_m = st->has_pub ? (int)st->pub.m : 0;
        if (st->last_meeting >= 0 && strlen(ex->events[st->last_meeting].date) >= 7 && ex->events[st->last_meeting].date[0] != '-')
            story_m = atoi(ex->events[st->last_meeting].date + 5);
        if (story_m && mo != story_m)
            return 0;
        break;
    }
    /* "... toward the entry into force of the Reciprocal Access Agreement, which was signed in July
     * last year": a document referred to, signed (by no one the clause names) in another month
     * than the story's or the meeting's */
    size_t wh = passive ? relative_opener(ex, se, sign) : SIZE_MAX;
    if (wh != SIZE_MAX && is_w(ex, wh, "which") && has_before && before < wh) {
        bool named = false;
        for (size_t i = 0; i < pp->n && !named; i++)
            named = pp->p[i].pos > wh;
        for (size_t q = wh; q < se->tok_end && !named && !is_p(ex, q, ','); q++)
            named = is_w(ex, q, "by") || is_w(ex, q, "presence");
        parley_date d;
        int rel;
        char when[16] = "", story[16] = "";
        if (!named && sentence_date(ex, s, sign, st, false, &d, &rel)) {
            parley_date_format(when, &d);
            if (meeting >= 0)
                memcpy(story, ex->events[meeting].date, sizeof(ex->events[meeting].date));
            else if (st->has_pub)
                parley_date_format(story, &st->pub);
            if (story[0] && other_period(when, story))
                return 0;
        }
    }
    /* "Speaking after the signing, X said the MoU ...": the signing told before, not another */
    bool back = sign > se->tok_begin && is_w(ex, sign - 1, "the") && is_w(ex, sign, "signing") &&
                (sign + 1 >= se->tok_end || tok(ex, sign + 1)->kind == PARLEY_TOK_PUNCT || is_w(ex, sign + 1, "ceremony"));
    bool definite = back || (!has_after && has_before && before > se->tok_begin &&
                     (is_w(ex, before - 1, "the") || is_w(ex, before - 1, "this"))) ||
                    (has_after && after > sign + sign_len - 1 &&
                     (is_w(ex, after - 1, "this") || is_w(ex, after - 1, "that") ||
                      (is_w(ex, after - 1, "the") && after == sign + sign_len + 1 && st->last_agreement >= 0 &&
                       (tok_n(ex, after) <= 4 || generic_again(ex, after, dl, se->tok_end)))));
    /* '"Today, together with Minister X, we signed an agreement that ...," Y posted': a quotation
     * telling again, in a sentence or three, the signing just told (not "also", "another") */
    if (!definite && has_after && after == sign + sign_len + 1 && (is_w(ex, sign + sign_len, "an") || is_w(ex, sign + sign_len, "a")) &&
        st->last_agreement >= 0 && ex->events[st->last_agreement].n_evidence && s >= 1 &&
        ex->events[st->last_agreement].evidence[0].start >= ex->text.sentences[s >= 3 ? s - 3 : 0].start &&
        parley_in_quotation(ex, s, sign)) {
        static const char *const more[] = {"also", "another", "further", "second", "more", "other", "new", NULL};
        bool again = true;
        for (size_t q = se->tok_begin; q < after && again; q++)
            again = !is_w_any(ex, q, more);
        definite = again;
    }
    parley_event *ev;
    int idx, was_last = st->last_agreement;
    bool created = false;
    if (definite && st->last_agreement >= 0) {
        idx = st->last_agreement;
        ev = &ex->events[idx];
        /* "The document was signed in Shusha after ..." under a Baku dateline: the city the
         * signing told again is said to be in, over the dateline's (and so for the meeting told
         * with it, there on that day) */
        int own = sentence_place(ex, s);
        if (own >= 0 && own != ev->place && ev->place == ex->dateline_place && ex->entities[own].type == PARLEY_ENTITY_LOCATION &&
            ex->entities[own].has_coords) {
            for (size_t k = 0; k < ex->n_events; k++) {
                parley_event *o = &ex->events[k];
                if (o->type == PARLEY_EVENT_MEETING && o->place == ev->place && strcmp(o->date, ev->date) == 0 &&
                    o->n_evidence && ev->n_evidence && o->evidence[0].start == ev->evidence[0].start)
                    o->place = own;
            }
            ev->place = own;
        }
    } else {
        created = true;
        ev = event_new(ex, PARLEY_EVENT_AGREEMENT);
        if (!ev)
            return PARLEY_ENOMEM;
        idx = (int)(ev - ex->events);
        ev->status = planned ? PARLEY_STATUS_PLANNED : PARLEY_STATUS_OCCURRED;
        ev->name = has_after ? document_name(ex, sign + sign_len, se->tok_end)
                             : document_name(ex, name_start(ex, se->tok_begin, before), sign);
        st->last_agreement = idx;
    }
    /* parties: the signatories, else the countries named in the sentence (not whoever tells of
     * the signing: "Kremlin spokesman X told reporters that the two leaders would sign") */
    size_t signatories = 0;
    /* a signing told in a relative clause ("Zelensky, who had signed a security agreement with
     * Germany a day earlier, also met Harris"): the clause's people and the one it is said of */
    size_t rel_b = 0, rel_e = 0;
    bool in_rel = relative_clause_at(ex, se, sign, se->tok_end, &rel_b, &rel_e);
    /* "Greece and Israel will sign an agreement next month, Minister X said on Tuesday after
     * meeting Y": the source's clause after a comma, and whom it tells of, sign nothing */
    size_t source_from = SIZE_MAX;
    for (size_t i = 0; i < pp->n && source_from == SIZE_MAX; i++) {
        if (pp->p[i].pos <= sign + sign_len)
            continue;
        bool says = false;
        for (size_t q = pp->p[i].end; q < se->tok_end && q < pp->p[i].end + 2 && !says; q++)
            says = is_w_any(ex, q, speech_verbs);
        size_t c = pp->p[i].pos;
        while (says && c > sign + sign_len && c + 8 > pp->p[i].pos && !is_p(ex, c - 1, ','))
            c--;
        if (says && c > sign + sign_len && is_p(ex, c - 1, ','))
            source_from = c;
    }
    /* "A and B signed an agreement in 2022, and on Thursday their ministers, C and D, met ...": a
     * clause of its own after ", and" with meeting words; its people sign nothing */
    size_t own_clause = SIZE_MAX;
    for (size_t q = sign + sign_len; q + 1 < se->tok_end && own_clause == SIZE_MAX; q++) {
        size_t ml3;
        if (is_p(ex, q, ',') && is_w(ex, q + 1, "and") && find_trigger(ex, q + 2, se->tok_end, PARLEY_LEX_MEET, &ml3) < se->tok_end)
            own_clause = q;
    }
    if (own_clause < source_from)
        source_from = own_clause;
    /* "The pact was signed by A and B in Manila, witnessed by President C": a witness after the
     * signers signs nothing (nor as one of the signing's meeting); so for a guest of the signing:
     * "A and B signed a deal at a ceremony in Arusha attended by C", and for its host: "..., in a
     * ceremony in Jeddah hosted by C" */
    size_t witness_from = SIZE_MAX;
    for (size_t q = sign + sign_len; q + 2 < se->tok_end && q < source_from; q++)
        if (((is_w(ex, q, "witnessed") || is_w(ex, q, "attended") || is_w(ex, q, "hosted")) && is_w(ex, q + 1, "by")) ||
            (is_w(ex, q, "presence") && is_w(ex, q + 1, "of") && q > 0 && is_w(ex, q - 1, "the"))) {
            /* (the signers after the words, or before them: "A and B signed the Accords in the
             * presence of President C") */
            bool signers = false;
            for (size_t i = 0; i < pp->n && !signers; i++)
                signers = pp->p[i].pos < q;
            /* (... or a pronoun for them right before the signing's words: "where they signed the
             * Accords in the presence of President C") */
            signers |= sign > se->tok_begin && (is_w(ex, sign - 1, "they") || (sign > se->tok_begin + 1 && is_w(ex, sign - 2, "they")));
            if (signers)
                source_from = witness_from = q;
            break;
        }
    /* "They signed X, and witnessed the signing of Y by C and D": C and D sign Y, not X */
    size_t sign2, sl2;
    size_t second = second_signing_at(ex, se, sign + sign_len, &sign2, &sl2);
    if (second < source_from)
        source_from = second;
    /* "Fidan met Shaibani on Monday, days after the signing of an agreement between the Syrian
     * government and the SDF": a signing in a clause of another time is of those the clause names */
    size_t other_from = SIZE_MAX;
    if (parley_in_other_time_clause(ex, se, sign)) {
        other_from = sign;
        while (other_from > se->tok_begin && !is_w(ex, other_from, "after") && !is_w(ex, other_from, "before"))
            other_from--;
        /* (not "a day after the two leaders signed ...": the people of the main clause) */
        size_t gl = 0;
        if (find_trigger(ex, other_from, sign, PARLEY_LEX_GROUP, &gl) < sign || is_w(ex, other_from + 1, "they"))
            other_from = SIZE_MAX;
    }
    /* "X witnessed the signing of the Accord, signed by A and B": those after "signed by" sign,
     * not the witnesses (when two are named there) */
    size_t signed_by = 0;
    for (size_t q = sign; q + 1 < se->tok_end && !signed_by; q++)
        if (is_w(ex, q, "signed") && is_w(ex, q + 1, "by")) {
            size_t after = 0;
            for (size_t i = 0; i < pp->n; i++)
                after += pp->p[i].pos > q + 1 && pp->p[i].pos < source_from;
            if (after >= 2)
                signed_by = q + 2;
        }
    /* "... before witnessing the signing of the Accord. The accord was signed by A and B and
     * witnessed by C and D": the signing told again names its signers, who are its parties (not
     * the witnesses the first telling gave it) */
    if (!created && signed_by && passive) {
        size_t k = 0;
        for (size_t i = 0; i < ev->n_participants; i++) {
            bool named = false;
            for (size_t j = 0; j < pp->n && !named; j++)
                named = pp->p[j].ent == ev->participants[i] && pp->p[j].pos >= signed_by && pp->p[j].pos < witness_from;
            if (named)
                ev->participants[k++] = ev->participants[i];
        }
        ev->n_participants = k;
    }
    /* "X witnessed the signing of a peace declaration between Thailand and Cambodia": a witness
     * before the words, of neither country named after "between", signs nothing ("The two
     * presidents witnessed the signing of an agreement between Kenya and Finland" are their
     * countries' signers) */
    size_t between = SIZE_MAX;
    static const char *const witnessing[] = {"witnessed", "witness", "witnessing", "attended", "oversaw", NULL};
    if (sign >= se->tok_begin + 2 && is_w(ex, sign - 1, "the") && is_w_any(ex, sign - 2, witnessing))
        for (size_t q = sign + sign_len; q + 1 < se->tok_end && q < sign + sign_len + 12 && between == SIZE_MAX; q++)
            if (is_w(ex, q, "between") && (tok(ex, q + 1)->flags & PARLEY_TOK_CAP))
                between = q;
    for (size_t i = 0; i < pp->n; i++) {
        if (in_rel && !(pp->p[i].pos >= rel_b && pp->p[i].end <= rel_e) && pp->p[i].end + 1 != rel_b)
            continue;
        if (between != SIZE_MAX && pp->p[i].pos < sign) {
            const char *wc = ex->entities[pp->p[i].ent].country;
            bool party = false;
            for (size_t m = ex->sent_mentions[s]; wc && m < ex->sent_mentions[s + 1] && !party; m++)
                party = ex->mentions[m].tb > between && ex->mentions[m].tb < between + 8 &&
                        ex->mentions[m].type == PARLEY_ENTITY_COUNTRY && ex->mentions[m].entity >= 0 &&
                        strcmp(ex->entities[ex->mentions[m].entity].name, wc) == 0;
            if (!party)
                continue;
        }
        if (pp->p[i].pos >= source_from || pp->p[i].pos < signed_by || (other_from != SIZE_MAX && pp->p[i].pos < other_from))
            continue;
        /* ("Foreign Minister X, who travelled with Milei, signed ...": one the subject's clause
         * names signs nothing) */
        size_t cb, ce;
        /* (but "X, who met Y last week, said the two countries would sign": the one met) */
        /* (... nor the one met when the signing names its partner: "Rodríguez, who also met Prime
         * Minister A, signed several agreements ... with Deputy Prime Minister B") */
        size_t rml = 0;
        if (!in_rel && pp->p[i].end < sign && relative_clause_at(ex, se, pp->p[i].pos, sign, &cb, &ce) && ce < sign &&
            cb > se->tok_begin + 1 && is_p(ex, cb - 1, ',') &&
            (find_trigger(ex, cb, ce, PARLEY_LEX_MEET, &rml) >= ce || signs_with_named(ex, se, sign + sign_len, pp)))
            continue;
        if (speaker_at(ex, &pp->p[i], sign))
            continue;
        /* "The two countries signed a similar memorandum in 2022" after a meeting: the countries
         * of its people sign, not those people */
        bool countries = false;
        for (size_t q = pp->p[i].pos; q < pp->p[i].end && q < pp->p[i].pos + 4 && !countries; q++)
            countries = is_w(ex, q, "countries") || is_w(ex, q, "nations");
        int party = pp->p[i].ent;
        const char *pc = ex->entities[party].country;
        int pce = countries ? country_entity(ex, pc) : -1;
        if (pce >= 0)
            party = pce;
        if (event_add_participant(ex, ev, party) < 0)
            return PARLEY_ENOMEM;
        if (ex->entities[pp->p[i].ent].country)
            signatories++;
    }
    /* "She also met her counterpart X, with whom she signed an agreement": the pronoun is the
     * subject of the meeting the sentence told */
    size_t pv = sign > se->tok_begin && is_w(ex, sign - 1, "also") ? sign - 1 : sign;
    /* ("Before departing, he met Carney and signed a joint statement with him": the signing is a
     * second predicate of the meeting's subject, with the one met) */
    const parley_event *sm = meeting >= 0 ? &ex->events[meeting] : NULL;
    const parley_evidence *sme = sm && sm->n_evidence ? &sm->evidence[sm->n_evidence - 1] : NULL;
    const bool told_here = sme && sme->start >= se->start && sme->start < se->end;   /* (last told in this sentence) */
    /* ("X held talks with his counterpart Y, after which they co-chaired the signing of ...": the
     * people of the talks this sentence told) */
    bool after_which = false;
    for (size_t q = sign; told_here && q-- > se->tok_begin + 2 && q + 8 > sign && !after_which;)
        after_which = is_w(ex, q, "they") && is_w(ex, q - 1, "which") &&
                      (is_w(ex, q - 2, "after") || is_w(ex, q - 2, "during") || is_w(ex, q - 2, "following"));
    /* (... or "where the two signed": the group the meeting's people are) */
    bool where_group = false;
    for (size_t q = pv; told_here && q-- > se->tok_begin + 1 && q + 4 > pv && !where_group;)
        where_group = (is_w(ex, q - 1, "where") || is_w(ex, q - 1, "when") || is_w(ex, q - 1, "and")) &&
                      group_len(ex, q) == pv - q;
    if (meeting >= 0 && pv > se->tok_begin + 1 &&
        (((is_w(ex, pv - 1, "he") || is_w(ex, pv - 1, "she")) && (is_w(ex, pv - 2, "whom") || is_w(ex, pv - 2, "where"))) ||
         (is_w(ex, pv - 1, "and") && told_here) || after_which || where_group)) {
        if (add_meeting_people_but(ex, idx, meeting, pp, witness_from) < 0)
            return PARLEY_ENOMEM;
        ev = &ex->events[idx];
        /* (the talks' people of two countries sign: no country named in the sentence is needed) */
        if (after_which || where_group) {
            signatories = 0;
            for (size_t i = 0; i < ev->n_participants; i++)
                signatories += ex->entities[ev->participants[i]].type == PARLEY_ENTITY_PERSON &&
                               ex->entities[ev->participants[i]].country;
        }
    }
    /* ("He and President X signed the agreement", "The Prime Minister and President X signed":
     * the signing's own meeting, told in this sentence, has the subject the sentence names by
     * its office or a pronoun) */
    if (told_here && sme->trigger && strncmp(sme->trigger, "sign", 4) == 0) {
        if (add_meeting_people_but(ex, idx, meeting, pp, witness_from) < 0)
            return PARLEY_ENOMEM;
        ev = &ex->events[idx];
    }
    if (signatories < 2) {
        /* the signing's own clause: not "..., as the two countries seek to counter China's
         * growing assertiveness" */
        static const char *const subordinate[] = {"as", "while", "amid", "despite", "which", "who", "where", NULL};
        const parley_sentence *se = &ex->text.sentences[s];
        size_t clause_end = se->tok_end;
        for (size_t q = sign + sign_len; q + 1 < se->tok_end && clause_end == se->tok_end; q++)
            if (is_p(ex, q, ',') && is_w_any(ex, q + 1, subordinate))
                clause_end = q;
        /* ... nor the clause before ", and signed": "The Philippines has similar agreements with
         * the United States and Australia, and signed X with Japan" (the sentence's subject, the
         * countries opening it, signs; those of the clause before do not) */
        size_t clause_begin = se->tok_begin, subject_end = se->tok_begin;
        for (size_t q = sign; q-- > se->tok_begin + 1 && q + 5 > sign;) {
            if (is_w(ex, q, "and") && is_p(ex, q - 1, ',')) {
                clause_begin = q;
                break;
            }
            if (tok(ex, q)->kind != PARLEY_TOK_WORD || (tok(ex, q)->flags & PARLEY_TOK_CAP))
                break;
        }
        for (size_t m = ex->sent_mentions[s]; clause_begin > se->tok_begin && m < ex->sent_mentions[s + 1]; m++) {
            const parley_mention *mm = &ex->mentions[m];
            size_t at = subject_end < se->tok_end && is_w(ex, subject_end, "the") ? subject_end + 1 : subject_end;
            if (mm->type != PARLEY_ENTITY_COUNTRY || (mm->tb != at && mm->tb != subject_end))
                break;
            subject_end = mm->te;
            if (subject_end < se->tok_end && (is_w(ex, subject_end, "and") || is_p(ex, subject_end, ',')))
                subject_end++;
        }
        for (size_t m = ex->sent_mentions[s]; m < ex->sent_mentions[s + 1]; m++) {
            const parley_mention *mm = &ex->mentions[m];
            /* (nor one in a clause of its own: "..., and Milei later met with Chilean business
             * leaders") */
            int party = mm->entity;
            /* ("signed the agreements with Beijing": a capital after "with" stands for its
             * country, when the story names that country) */
            const parley_lex_entry *cap = NULL;
            if (mm->type == PARLEY_ENTITY_LOCATION && mm->lex && mm->lex->kind == PARLEY_LEX_CITY && mm->lex->country &&
                mm->tb > sign + sign_len && is_w(ex, mm->tb - 1, "with") &&
                (cap = parley_lexicon_capital_of(ex->lex, mm->lex->country)) && strcmp(cap->canonical, mm->lex->canonical) == 0) {
                party = country_entity(ex, mm->lex->country);
            } else if (mm->type != PARLEY_ENTITY_COUNTRY) {
                continue;
            }
            if (mm->sentence != s || party < 0 || mm->entity < 0 || mention_after_in(ex, mm) || mm->tb >= clause_end ||
                mm->tb >= own_clause || (mm->tb >= subject_end && mm->tb < clause_begin) ||
                (other_from != SIZE_MAX && mm->tb < other_from))
                continue;
            /* a person's own country is already there through the person (not the source's, nor
             * one who only tells of two countries signing: "Tuggar said Nigeria and Senegal would
             * sign") */
            bool pair = (m + 1 < ex->sent_mentions[s + 1] && is_w(ex, mm->te, "and") &&
                         ex->mentions[m + 1].type == PARLEY_ENTITY_COUNTRY && ex->mentions[m + 1].tb == mm->te + 1) ||
                        (m > ex->sent_mentions[s] && mm->tb > 0 && is_w(ex, mm->tb - 1, "and") &&
                         ex->mentions[m - 1].type == PARLEY_ENTITY_COUNTRY && ex->mentions[m - 1].te + 1 == mm->tb);
            bool dup = false;
            for (size_t i = 0; i < pp->n; i++) {
                const char *c = ex->entities[pp->p[i].ent].country;
                dup |= pp->p[i].pos < source_from && c && strcmp(c, ex->entities[party].name) == 0 &&
                       !(pair && speaker_at(ex, &pp->p[i], sign));
            }
            /* (... nor a people's word describing someone named before, who signs as the
             * meeting's: "His Highness and the Azerbaijani President witnessed the exchange") */
            size_t ol = !dup && mm->lex && mm->lex->kind == PARLEY_LEX_DEMONYM && mm->te < sign && mm->tb > se->tok_begin + 1 &&
                                is_w(ex, mm->tb - 1, "the") && is_w(ex, mm->tb - 2, "and")
                            ? parley_match(ex, mm->te, PARLEY_LEX_OFFICE, NULL)
                            : 0;
            if (ol && mm->te + ol <= sign)
                dup = latest_person(ex, s, tok_s(ex, mm->te + ol - 1), tok_n(ex, mm->te + ol - 1), ex->entities[mm->entity].name) >= 0;
            if (!dup && event_add_participant(ex, ev, party) < 0)
                return PARLEY_ENOMEM;
        }
    }
    /* nobody named as signing: the people of the meeting just told ("An MoU was also exchanged
     * in the presence of the two Ministers") */
    /* (... or a few sentences on, when the sentence refers to it: "At the end of the visit, a
     * plan for 2026 was signed") */
    bool refers = false;
    static const char *const occasions[] = {"visit", "talks", "meeting", "negotiations", NULL};
    /* (... or to its people: "A package of documents was also signed in the presence of the two
     * presidents") */
    for (size_t q = se->tok_begin; q + 1 < se->tok_end && !refers && st->last_meeting_sentence + 4 >= s; q++)
        refers = (is_w(ex, q, "the") && is_w_any(ex, q + 1, occasions)) || group_len(ex, q);
    /* (... or only countries are named: the story's meeting (else the last) when each country is
     * one of its people's, on the same day: "HH the Amir and the Senegalese President witnessed
     * the signing of agreements between the two countries' governments"; not "Georgia and Turkey
     * signed" after a meeting of others, nor "Poland signed deals last year", nor a plan) */
    size_t named_people = 0;
    for (size_t i = 0; i < ev->n_participants; i++)
        named_people += ex->entities[ev->participants[i]].type == PARLEY_ENTITY_PERSON;
    int told = ev->n_participants == 0 ? st->last_meeting : -1;
    char said_day[11] = "";
    if (told < 0 && named_people == 0 && !planned && meeting < 0) {
        parley_date d;
        int rel;
        if (sentence_date(ex, s, sign, st, false, &d, &rel))
            parley_date_format(said_day, &d);
    }
    int first = -1;   /* the story's first meeting that took place */
    bool countries_only = told < 0 && named_people == 0 && !planned && meeting < 0;
    for (size_t k = 0; countries_only && first < 0 && k < ex->n_events; k++)
        if (ex->events[k].type == PARLEY_EVENT_MEETING && ex->events[k].status == PARLEY_STATUS_OCCURRED)
            first = (int)k;
    for (int pass = 0; countries_only && told < 0 && pass < 2; pass++) {
        int k = pass == 0 ? first : st->last_meeting;
        if (k < 0 || (said_day[0] && ex->events[k].date[0] && strcmp(said_day, ex->events[k].date) != 0))
            continue;
        bool covers = true;
        for (size_t c = 0; c < ev->n_participants && covers; c++)
            covers = has_person_of(ex, &ex->events[k], ex->entities[ev->participants[c]].name);
        if (covers)
            told = k;
    }
    if (told >= 0 && named_people == 0 && meeting < 0 && st->last_meeting >= 0 &&
        (st->last_meeting_sentence + 2 >= s || refers)) {
        meeting = told;
        if (add_meeting_people(ex, idx, meeting) < 0)
            return PARLEY_ENOMEM;
        ev = &ex->events[idx];
    }
    /* (... the people of the sentence's meeting named before the second signing, when no one
     * before the sign words is: "They signed X, and witnessed the signing of Y by C and D") */
    if (ev->n_participants == 0 && meeting >= 0 && second != SIZE_MAX) {
        const parley_event *me = &ex->events[meeting];
        for (size_t i = 0; i < me->n_participants; i++) {
            bool later = false;
            for (size_t k = 0; k < pp->n && !later; k++)
                later = pp->p[k].ent == me->participants[i] && pp->p[k].pos > second;
            if (!later && ex->entities[me->participants[i]].type == PARLEY_ENTITY_PERSON &&
                event_add_participant(ex, &ex->events[idx], me->participants[i]) < 0)
                return PARLEY_ENOMEM;
        }
        ev = &ex->events[idx];
    }
    /* no party at all: no agreement to tell */
    if (created && ev->n_participants == 0 && idx == (int)ex->n_events - 1) {
        free(ev->participants);
        free(ev->name);
        ex->n_events--;
        st->last_agreement = was_last;
        return 0;
    }
    /* "Jokowi and Morrison witnessed the exchange of ..." right after their meeting: the signing is
     * at that meeting */
    if (meeting < 0 && st->last_meeting >= 0 && st->last_meeting_sentence + 2 >= s &&
        people_all_at(ex, ev, &ex->events[st->last_meeting]))
        meeting = st->last_meeting;
    /* "Following the talks, the two leaders witnessed the signing of an MoU by A and B": a
     * signing the sentence opens by setting after the meeting just told is on its day and at its
     * place, whoever signs */
    if (meeting < 0 && st->last_meeting >= 0 && st->last_meeting_sentence + 3 >= s && !planned) {
        static const char *const after[] = {"after", "following", NULL};
        static const char *const dets[] = {"the", "their", "these", "those", NULL};
        size_t q = parley_lead_start(ex, se);
        if (q + 3 < sign && is_w_any(ex, q, after) && is_w_any(ex, q + 1, dets)) {
            size_t nl = parley_match(ex, q + 2, PARLEY_LEX_MEET_NOUN, NULL);
            if (nl && q + 2 + nl < sign && is_p(ex, q + 2 + nl, ','))
                meeting = st->last_meeting;
        }
    }
    /* "Fiji and Australia signed a partnership agreement during the visit": countries that all
     * took part, through their people, in the meeting just told sign at it */
    /* (... or their ministers, named in one of the two sentences after it: "The two governments signed
     * a declaration, which ministers A and B put their names to", A and B of the two countries
     * the talks just told were between) */
    if (meeting < 0 && st->last_meeting >= 0 && ev->n_participants >= 2 && !planned) {
        const parley_event *me = &ex->events[st->last_meeting];
        bool next = st->last_meeting_sentence + 2 >= s;
        bool all = true;
        const char *first_country = NULL;
        bool two = false, by_country = false;
        for (size_t i = 0; i < ev->n_participants && all; i++) {
            const parley_entity *pe = &ex->entities[ev->participants[i]];
            const char *pc = pe->type == PARLEY_ENTITY_COUNTRY ? pe->name : pe->country;
            bool in = false;
            for (size_t k = 0; k < me->n_participants && !in; k++) {
                const parley_entity *mp = &ex->entities[me->participants[k]];
                in = pe->type == PARLEY_ENTITY_COUNTRY ? mp->country && strcmp(mp->country, pe->name) == 0
                                                        : me->participants[k] == ev->participants[i];
            }
            for (size_t k = 0; k < me->n_participants && !in && next && pc && pe->type == PARLEY_ENTITY_PERSON; k++) {
                const parley_entity *mp = &ex->entities[me->participants[k]];
                in = by_country = mp->type == PARLEY_ENTITY_PERSON && mp->country && strcmp(mp->country, pc) == 0;
            }
            all = in;
            if (pc && !first_country)
                first_country = pc;
            else if (pc && strcmp(pc, first_country) != 0)
                two = true;
        }
        if (all && (two || !by_country))
            meeting = st->last_meeting;
    }
    /* a signing in a relative clause has the clause's place and day ("who had signed ... in
     * Berlin a day earlier"), not the main clause's meeting's */
    /* (not a clause said of the documents, the signing's own: "presided over the signing of
     * agreements, which were signed by their foreign ministers, A and B") */
    bool of_documents = false;
    for (size_t q = rel_b; in_rel && is_w(ex, rel_b, "which") && q-- > se->tok_begin && q + 12 > rel_b && !of_documents;) {
        if (tok(ex, q)->kind == PARLEY_TOK_WORD && (tok(ex, q)->flags & PARLEY_TOK_CAP))
            break;   /* (a name between: "X, which ...") */
        of_documents = parley_match(ex, q, PARLEY_LEX_DOCUMENT, NULL) > 0;
    }
    if (in_rel && created && !of_documents) {
        int pl = place_after(ex, s, sign, rel_e);
        if (pl >= 0)
            ev->place = pl;
        date_hit h;
        for (size_t q = sign + sign_len; q < rel_e && !ev->date[0]; q++) {
            if (!date_in_sentence(ex, st, q, rel_e, &h))
                continue;
            if (h.kind == D_REL_SAME_DAY && h.shift && meeting >= 0 && !shift_day(ex->events[meeting].date, h.shift, ev->date))
                ev->date[0] = '\0';
            break;
        }
        meeting = -1;
    }
    /* "X held talks with Y on Wednesday, a day after the two leaders signed the Ankara
     * Declaration in Türkiye": the clause's place, and the day before the main clause's */
    if (created && !in_rel && parley_in_other_time_clause(ex, se, sign)) {
        size_t a = sign;   /* the clause's "after" or "before" */
        while (a > se->tok_begin && !is_w(ex, a, "after") && !is_w(ex, a, "before"))
            a--;
        int pl = place_after(ex, s, sign, se->tok_end);
        ev->place = pl;
        bool one = a >= se->tok_begin + 2 && is_w(ex, a - 1, "day") && (is_w(ex, a - 2, "a") || is_w(ex, a - 2, "one"));
        int main_ev = -1;   /* the meeting the sentence told before the clause */
        /* (... or, "The visit came a day after X signed ...", the story's told before the sentence) */
        bool came = false;
        for (size_t q = se->tok_begin; q < a && !came; q++)
            came = is_w(ex, q, "came") || is_w(ex, q, "comes");
        for (size_t k = ex->n_events; k-- > 0 && main_ev < 0;)
            if (ex->events[k].type == PARLEY_EVENT_MEETING && ex->events[k].n_evidence &&
                (ex->events[k].evidence[ex->events[k].n_evidence - 1].start == se->start) != came &&
                (!came || ex->events[k].date[0]))
                main_ev = (int)k;
        ev = &ex->events[idx];
        if (!(one && main_ev >= 0 && shift_day(ex->events[main_ev].date, is_w(ex, a, "after") ? -1 : 1, ev->date)))
            ev->date[0] = '\0';
        meeting = -1;
        return event_add_evidence(ex, ev, s, sign, sign + sign_len);
    }
    /* "the first visit by the Somali leader since the two countries signed the Ankara
     * Declaration": a signing some time before, told in a clause of "since" (its own date or
     * place, if the clause says them; none of the story's) */
    size_t since = SIZE_MAX;
    for (size_t q = sign; !in_rel && q-- > se->tok_begin && q + 8 > sign && since == SIZE_MAX;) {
        if (is_p(ex, q, ',') || is_p(ex, q, ';'))
            break;
        if (is_w(ex, q, "since"))
            since = q;
    }
    if (created && since != SIZE_MAX) {
        date_hit h;
        ev->date[0] = '\0';
        for (size_t q = since + 1; q < se->tok_end && !is_p(ex, q, ','); q++)
            if (date_in_sentence(ex, st, q, se->tok_end, &h)) {
                if (h.kind == D_ABS)
                    parley_date_format(ev->date, &h.date);
                break;
            }
        ev->place = place_after(ex, s, sign, se->tok_end);
        return event_add_evidence(ex, ev, s, sign, sign + sign_len);
    }
    /* the sentence's own date first ("signed a Memorandum ... in 2019"), else the meeting's */
    parley_date d;
    int rel;
    bool own_date = false;
    if (!ev->date[0] && sentence_date(ex, s, sign, st, ev->status == PARLEY_STATUS_PLANNED, &d, &rel)) {
        parley_date_format(ev->date, &d);
        own_date = true;
    }
    /* (signed in another year or month than the meeting or the story: "The meeting came after
     * Poland signed deals last year" was not signed there) */
    char story_date[16] = "";
    if (st->has_pub)
        parley_date_format(story_date, &st->pub);
    bool other_time = false;
    if (meeting >= 0) {
        parley_event *me = &ex->events[meeting];
        other_time = own_date && other_period(ev->date, me->date);
        if (!ev->date[0])
            memcpy(ev->date, me->date, sizeof(ev->date));
        if (ev->place < 0 && !other_time)
            ev->place = me->place;
        ev = &ex->events[idx];
    } else {
        other_time = own_date && other_period(ev->date, story_date);
    }
    if (ev->place < 0)
        ev->place = dateline_city_of(ex, sentence_place_at(ex, s, sign));
    if (ev->place < 0 && ex->dateline_place >= 0 && !other_time)
        ev->place = story_place(ex);
    return event_add_evidence(ex, ev, s, sign, sign + sign_len);
}

/* Is the person at tokens [b, e) the source a sentence ends with: ", spokeswoman Maria Zakharova
 * said", ", said Z", ", Z told reporters"? */
static bool reports(const parley_extraction *ex, size_t b, size_t e, size_t sb, size_t se)
{
    /* ("..., according to presidential spokesperson X") */
    if (parley_according_to_before(ex, b, sb))
        return true;
    /* the name's title: lower-case words and title words before it, back to a comma */
    size_t q = b;
    /* (not whom a relative clause's meeting words name: "X, who also met President Y, said") */
    while (q > sb && q + 8 > b && tok(ex, q - 1)->kind != PARLEY_TOK_PUNCT && !is_w(ex, q - 1, "with") &&
           !is_w(ex, q - 1, "and") && !is_w(ex, q - 1, "said") && !is_w(ex, q - 1, "says")) {
        if (is_w(ex, q - 1, "who") || parley_match(ex, q - 1, PARLEY_LEX_MEET, NULL))
            return false;
        q--;
    }
    bool before = q > sb && (is_w(ex, q - 1, "said") || is_w(ex, q - 1, "says"));
    /* (", Y, said": a name in apposition to its title) */
    bool after = e < se && (is_w_any(ex, e, speech_verbs) ||
                            (is_p(ex, e, ',') && e + 1 < se && is_w_any(ex, e + 1, speech_verbs)));
    if (!after && !before)
        return false;
    if (before)
        q--;
    return q > sb && is_p(ex, q - 1, ',');
}

/* Does the plural phrase at [g, g + gl) name an office ("the heads of state", "the presidents"),
 * not only people ("the two sides", "the leaders")? */
static bool group_names_office(const parley_extraction *ex, size_t g, size_t gl)
{
    for (size_t q = g; q < g + gl; q++)
        if (is_w(ex, q, "heads") || is_w(ex, q, "state") || parley_plural_office(ex, tok_s(ex, q), tok_n(ex, q)))
            return true;
    return false;
}

/* Does the plural phrase at [g, g + gl) name a head of state's or government's office, which
 * titles say plainly ("the two premiers", "the presidents", "the prime ministers"), not a word
 * that many offices fit ("the leaders", "the two commanders" of a commander and a commandant,
 * "the two ministers" of a minister and a Secretary of National Defense)? */
static bool group_names_strict_office(const parley_extraction *ex, size_t g, size_t gl)
{
    size_t l = g + gl - 1;
    return is_w(ex, l, "premiers") || is_w(ex, l, "presidents") || (l > g && is_w(ex, l, "ministers") && is_w(ex, l - 1, "prime"));
}

/* Whether @p title holds the office word w (n bytes) as its own office: "President", "Prime
 * Minister", not "Vice President" or "Deputy Prime Minister" (another office that holds the word). */
static bool holds_office(const char *title, const char *w, size_t n)
{
    for (const char *t = title; t && *t; t++) {
        if (!((t == title || t[-1] == ' ' || t[-1] == '-') && strncasecmp(t, w, n) == 0 && (t[n] == '\0' || t[n] == ' ')))
            continue;
        size_t before = (size_t)(t - title);
        if (!((before >= 5 && strncasecmp(t - 5, "vice", 4) == 0) || (before >= 7 && strncasecmp(t - 7, "deputy", 6) == 0)))
            return true;
    }
    return false;
}

/* Does a title name a leader of a state or government ("President", "Prime Minister", "King";
 * not "Vice President", "Deputy Prime Minister")? */
static bool leader_title(const char *title)
{
    static const char *const leaders[] = {"President", "Prime Minister", "King", "Emir", "Chancellor", "Premier",
                                          "Sultan", "Queen", NULL};
    for (int k = 0; title && leaders[k]; k++)
        if (holds_office(title, leaders[k], strlen(leaders[k])) && !strstr(title, " of the "))
            return true;
    return false;
}

/* Whether the people of meeting ev hold the office a plural phrase at [g, g + gl) names: "the
 * two presidents" (an office's plural: every person's title says "president"), "the heads of state" (a president's,
 * a monarch's); any meeting fits a phrase naming no office ("the two sides", "the leaders"). */
static bool group_fits(const parley_extraction *ex, size_t g, size_t gl, const parley_event *ev)
{
    static const char *const heads_of_state[] = {"president", "king", "queen", "emperor", "empress", "emir", "amir", "sultan",
                                                 "monarch", "crown prince", "governor-general", NULL};
    static const char *const heads_of_gov[] = {"prime minister", "premier", "chancellor", "president",
                                               "taoiseach", NULL};
    const char *const *want = NULL, *const *also = NULL;   /* (titles of either list fit) */
    const char *one[2] = {NULL, NULL};
    char single[32];   /* (the office's singular) */
    size_t last = g + gl - 1;
    if (gl >= 3 && is_w(ex, last - 1, "of") && is_w(ex, last - 2, "heads")) {
        want = is_w(ex, last, "state") ? heads_of_state : is_w(ex, last, "government") ? heads_of_gov : NULL;
    } else if (is_w(ex, last, "leaders")) {
        want = heads_of_state;   /* ("the two leaders": heads of state or of government) */
        also = heads_of_gov;
    } else if (tok_n(ex, last) < sizeof(single) && parley_plural_office(ex, tok_s(ex, last), tok_n(ex, last))) {
        memcpy(single, tok_s(ex, last), tok_n(ex, last) - 1);   /* "presidents" -> "president" */
        single[tok_n(ex, last) - 1] = '\0';
        for (char *c = single; *c; c++)
            *c = (char)tolower((unsigned char)*c);
        one[0] = single;
        want = one;
        /* ("the two premiers": prime ministers) */
        static const char *const premiers[] = {"premier", "prime minister", NULL};
        if (strcmp(single, "premier") == 0)
            want = premiers;
    }
    /* "the two defense chiefs", "the foreign ministers": a domain every one's title holds
     * ("Defense Secretary", "Defence Minister") */
    bool domain = false;
    for (size_t q = g; q < last; q++) {
        if (!parley_match(ex, q, PARLEY_LEX_DOMAIN, NULL) || (tok(ex, q)->flags & PARLEY_TOK_CAP))
            continue;
        domain = true;
        bool defence = is_w(ex, q, "defense") || is_w(ex, q, "defence");
        for (size_t i = 0; i < ev->n_participants; i++) {
            const parley_entity *en = &ex->entities[ev->participants[i]];
            if (en->type == PARLEY_ENTITY_PERSON &&
                !(en->title && (parley_text_holds_word(en->title, tok_s(ex, q), tok_n(ex, q)) ||
                                (defence && (parley_text_holds_word(en->title, "defense", 7) ||
                                             parley_text_holds_word(en->title, "defence", 7))))))
                return false;
        }
    }
    /* ("the two defense chiefs": a minister and a secretary of defense are its chiefs) */
    if (!want || (domain && (is_w(ex, last, "chiefs") || is_w(ex, last, "heads"))))
        return true;
    for (size_t i = 0; i < ev->n_participants; i++) {
        const parley_entity *en = &ex->entities[ev->participants[i]];
        if (en->type != PARLEY_ENTITY_PERSON)
            continue;
        bool holds = false;
        for (size_t k = 0; en->title && want[k] && !holds; k++)
            holds = holds_office(en->title, want[k], strlen(want[k]));
        for (size_t k = 0; en->title && also && also[k] && !holds; k++)
            holds = holds_office(en->title, also[k], strlen(also[k]));
        if (!holds)
            return false;
    }
    return true;
}

/* Does sentence se name meeting ev again by the noun its words told it with: "Also on Monday, X
 * held talks with Y. The two sides signed ... after the talks"? O(tokens of the sentence). */
static bool names_told_noun(const parley_extraction *ex, const parley_sentence *se, const parley_event *ev)
{
    const char *trig = ev->n_evidence ? ev->evidence[ev->n_evidence - 1].trigger : NULL;
    for (size_t q = se->tok_begin; trig && q + 1 < se->tok_end; q++) {
        if (!is_w(ex, q, "the") || !parley_match(ex, q + 1, PARLEY_LEX_MEET_NOUN, NULL) || tok_n(ex, q + 1) < 4)
            continue;
        for (const char *h = trig; *h; h++)
            if (strncasecmp(h, tok_s(ex, q + 1), tok_n(ex, q + 1)) == 0 && (h == trig || h[-1] == ' '))
                return true;
    }
    return false;
}

/* The meeting a plural phrase at [g, g + gl) stands for: the last meeting when it was told in
 * this sentence or the one before, and not as a side meeting (@p last_is_near), else the article's first meeting that took
 * place ("the two sides" after the lead's talks and a later courtesy call mean the talks), with
 * as many people as the phrase says ("the two ministers"), else the last one. */
static int group_meeting_of(const parley_extraction *ex, size_t g, size_t gl, int last, bool last_is_near)
{
    size_t want = 0;
    for (size_t q = g; q < g + gl; q++)
        want = is_w(ex, q, "two") || is_w(ex, q, "both") || is_w(ex, q, "couple") ? 2 : is_w(ex, q, "three") ? 3 : want;
    /* "the two leaders" after the leaders' talks and a welcome by a prime minister and a minister
     * (whom it does not fit): the story's leaders, the first meeting of as many that it fits */
    if (is_w(ex, g + gl - 1, "leaders") && want && !group_fits(ex, g, gl, &ex->events[last]))
        for (int k = 0; k <= last; k++) {
            const parley_event *ev = &ex->events[k];
            if (ev->type == PARLEY_EVENT_MEETING && ev->status == PARLEY_STATUS_OCCURRED && ev->n_participants == want &&
                group_fits(ex, g, gl, ev))
                return k;
        }
    /* the meeting told in this sentence or the one before is the one meant, unless the phrase
     * names an office its people do not hold and an earlier meeting's people do ("the two Heads
     * of State" after the presidents' talks and a minister's welcome at the airport) */
    if (last_is_near && (!want || ex->events[last].n_participants == want)) {
        if (group_fits(ex, g, gl, &ex->events[last]))
            return last;
        for (int k = last; k-- > 0;) {
            const parley_event *ev = &ex->events[k];
            if (ev->type == PARLEY_EVENT_MEETING && ev->status == PARLEY_STATUS_OCCURRED &&
                (!want || ev->n_participants == want) && group_fits(ex, g, gl, ev))
                return k;
        }
        /* (none that an office the phrase names fits: "The two premiers last met in Tirana" after
         * a premier's lunch with a foreign minister stands for no meeting told) */
        if (want && group_names_strict_office(ex, g, gl))
            return -1;
        return last;
    }
    /* (the first that the phrase's office fits: "The two prime ministers witnessed ..." after a
     * king's audience and the prime ministers' talks; else the first of as many people) */
    for (int pass = 0; pass < 2; pass++)
        for (int k = 0; k <= last; k++) {
            const parley_event *ev = &ex->events[k];
            if (ev->type == PARLEY_EVENT_MEETING && ev->status == PARLEY_STATUS_OCCURRED &&
                (!want || ev->n_participants == want) && (pass == 1 || group_fits(ex, g, gl, ev)))
                return k;
        }
    return last;
}

/* "X hosted A and B ... The three ministers discussed ...": the two meetings just told, with
 * one side in common, the same day and place, are one meeting of three. Only the last two events
 * are folded (the later one is dropped), so no index into the events changes. */
static void fold_group(parley_extraction *ex, doc_state *st, size_t g, size_t gl)
{
    size_t want = 0;
    for (size_t q = g; q < g + gl; q++)
        want = is_w(ex, q, "three") ? 3 : is_w(ex, q, "four") ? 4 : want;
    size_t last = (size_t)st->last_meeting;
    if (want < 3 || last + 1 != ex->n_events || last == 0)
        return;
    parley_event *b = &ex->events[last], *a = &ex->events[last - 1];
    if (b->n_participants >= want || a->type != b->type || a->status != b->status || !a->n_evidence ||
        !b->n_evidence || a->evidence[0].start != b->evidence[0].start || strcmp(a->date, b->date) != 0 ||
        a->place != b->place)
        return;
    size_t shared = 0, total = a->n_participants;
    for (size_t i = 0; i < b->n_participants; i++) {
        bool in = false;
        for (size_t k = 0; k < a->n_participants; k++)
            in |= a->participants[k] == b->participants[i];
        shared += in;
        total += !in;
    }
    if (!shared || total != want)
        return;
    /* (not meetings told as apart: "received A and B separately") */
    const parley_sentence *se = &ex->text.sentences[st->last_meeting_sentence];
    for (size_t q = se->tok_begin; q < se->tok_end; q++)
        if (is_w(ex, q, "separately") || is_w(ex, q, "individually") || is_w(ex, q, "respectively"))
            return;
    for (size_t i = 0; i < b->n_participants; i++)
        if (event_add_participant(ex, a, b->participants[i]) < 0)
            return;
    free(b->participants);
    free(b->name);
    for (size_t k = 0; k < b->n_evidence; k++)
        free(b->evidence[k].trigger);
    free(b->evidence);
    ex->n_events--;
    st->last_meeting = (int)(last - 1);
    if (st->story_meeting == (int)last)
        st->story_meeting = (int)(last - 1);
}

/* The place of a meeting told in a clause: the first city or country after "in" past token
 * meet of sentence s and ending by token end ("a day after he hosted Z in Istanbul"), or -1. */
static int place_after(const parley_extraction *ex, size_t s, size_t meet, size_t end)
{
    for (size_t m = ex->sent_mentions[s]; m < ex->sent_mentions[s + 1]; m++) {
        const parley_mention *mm = &ex->mentions[m];
        /* (... or a seat's city: "at the Élysée Palace") */
        if (mm->sentence == s && mm->tb > meet && mm->te <= end && mm->entity >= 0 &&
            (mm->type == PARLEY_ENTITY_LOCATION || mm->type == PARLEY_ENTITY_COUNTRY) &&
            (is_w(ex, mm->tb - 1, "in") ||
             (mm->type == PARLEY_ENTITY_LOCATION && mm->nested &&
              (is_w(ex, mm->tb - 1, "at") || (mm->tb >= 2 && is_w(ex, mm->tb - 1, "the") &&
                                              (is_w(ex, mm->tb - 2, "at") || is_w(ex, mm->tb - 2, "in")))))))
            return mm->entity;
    }
    /* ("hours after Y met King Charles at Buckingham Palace": a building named alone, in the
     * dateline's city, as for a sentence's own meeting) */
    for (size_t m = ex->sent_mentions[s]; m < ex->sent_mentions[s + 1]; m++) {
        const parley_mention *mm = &ex->mentions[m];
        if (mm->sentence == s && mm->tb > meet + 1 && mm->te <= end && mm->entity >= 0 && mm->type == PARLEY_ENTITY_LOCATION &&
            !mm->lex && mm->te > mm->tb + 1 && parley_text_tok_in_ci(&ex->text, mm->te - 1, building_heads) &&
            (is_w(ex, mm->tb - 1, "at") || (is_w(ex, mm->tb - 1, "the") && is_w(ex, mm->tb - 2, "at"))))
            return ex->dateline_place >= 0 && ex->entities[ex->dateline_place].type == PARLEY_ENTITY_LOCATION
                       ? ex->dateline_place
                       : mm->entity;
    }
    return -1;
}

/* The day clause [b, e) says, written to out; false (out untouched) when it says none. */
static bool clause_day(const parley_extraction *ex, const doc_state *st, size_t b, size_t e, char out[11])
{
    date_hit h;
    for (size_t q = b; q < e; q++)
        if (date_in_sentence(ex, st, q, e, &h)) {
            /* (not the day of a document's signing: "to discuss the agreement signed in July") */
            if (h.pos >= 2 && parley_document_signed_in(ex, h.pos, b)) {
                q = h.end - 1;
                continue;
            }
            if (h.kind != D_ABS)
                return false;
            parley_date_format(out, &h.date);
            return true;
        }
    return false;
}

/* The first date said in tokens [b, e) of a clause, for event ev, when there is one. */
static void clause_date(const parley_extraction *ex, const doc_state *st, size_t b, size_t e, parley_event *ev)
{
    clause_day(ex, st, b, e, ev->date);
}

/* A meeting that was, of persons a and b, in *out. 0 or PARLEY_ENOMEM. */
static int pair_meeting(parley_extraction *ex, int a, int b, parley_event **out)
{
    parley_event *ev = event_new(ex, PARLEY_EVENT_MEETING);
    *out = ev;
    if (!ev)
        return PARLEY_ENOMEM;
    ev->status = PARLEY_STATUS_OCCURRED;
    int rc = event_add_participant(ex, ev, a);
    return rc < 0 ? rc : event_add_participant(ex, ev, b);
}

/* A meeting told in a clause after a call ("..., a day after he hosted Z in Istanbul"): the
 * call's subject (the first person before it, else the pronoun's @p referent) meets each person
 * after the meeting words, on the day before the call's for "a day after", on no day told
 * otherwise; the people of the clause leave @p pp. "..., their first conversation since they met
 * in Woodside in November": the people of the call met, on the date and at the place the clause
 * gives. Returns 1 when such a clause was found, 0 when
 * not, or an error code. */
static int call_then_meeting(parley_extraction *ex, size_t s, doc_state *st, people *pp, size_t call, size_t meet,
                             size_t ml, int referent)
{
    size_t bnd = SIZE_MAX;
    for (size_t q = call + 1; q < meet && bnd == SIZE_MAX; q++)
        if (is_w(ex, q, "after") || is_w(ex, q, "before") || is_w(ex, q, "since"))
            bnd = q;
    /* "held a telephone conversation with Y, and later received Z": a second predicate of the
     * subject's after "and" (a word of time between) is a meeting of its own */
    size_t v = meet > call + 2 && (is_w(ex, meet - 1, "later") || is_w(ex, meet - 1, "then") || is_w(ex, meet - 1, "also") ||
                                   is_w(ex, meet - 1, "subsequently"))
                   ? meet - 1
                   : meet;
    /* (with no comma when a word of time says it: "held a phone call with Y and later received Z") */
    bool and_then = bnd == SIZE_MAX && v > call + 2 && is_w(ex, v - 1, "and") && (is_p(ex, v - 2, ',') || v < meet);
    if (and_then)
        bnd = v - 1;
    if (bnd == SIZE_MAX || meet > bnd + 4)
        return 0;
    const parley_sentence *se = &ex->text.sentences[s];
    /* "their first conversation since they met in person in Woodside in November": the people
     * of the call met, on the date the clause gives */
    if (bnd + 1 < meet && is_w(ex, bnd + 1, "they")) {
        size_t n_call = 0;
        for (size_t i = 0; i < pp->n; i++)
            n_call += pp->p[i].pos < bnd;
        if (n_call < 2)
            return 0;
        parley_event *ev = event_new(ex, PARLEY_EVENT_MEETING);
        if (!ev)
            return PARLEY_ENOMEM;
        ev->status = PARLEY_STATUS_OCCURRED;
        int rc;
        for (size_t i = 0; i < pp->n; i++)
            if (pp->p[i].pos < bnd && (rc = event_add_participant(ex, ev, pp->p[i].ent)) < 0)
                return rc;
        clause_date(ex, st, meet + ml, se->tok_end, ev);
        ev->place = place_after(ex, s, meet, SIZE_MAX);
        if ((rc = event_add_evidence(ex, ev, s, meet, meet + ml)) < 0)
            return rc;
        return 1;
    }
    int subject = -1;
    for (size_t i = 0; i < pp->n && subject < 0; i++)
        if (pp->p[i].pos < call)
            subject = pp->p[i].ent;
    if (subject < 0)
        subject = referent;
    size_t n_obj = 0;
    for (size_t i = 0; i < pp->n; i++)
        n_obj += pp->p[i].pos > meet && pp->p[i].ent != subject;
    if (subject < 0 || n_obj == 0)
        return 0;
    /* "a day after", "one day before": a day from the call's date */
    int shift = 0;
    if (bnd >= 2 && (is_w(ex, bnd - 2, "a") || is_w(ex, bnd - 2, "one") || is_w(ex, bnd - 2, "the")) &&
        is_w(ex, bnd - 1, "day"))
        shift = is_w(ex, bnd, "after") ? -1 : 1;
    parley_date d;
    int rel;
    bool dated = shift && sentence_date(ex, s, call, st, false, &d, &rel) && d.d;
    for (size_t i = 0; i < pp->n; i++) {
        if (pp->p[i].pos <= meet || pp->p[i].ent == subject)
            continue;
        parley_event *ev;
        int rc = pair_meeting(ex, subject, pp->p[i].ent, &ev);
        if (rc < 0)
            return rc;
        if (dated) {
            parley_date md = parley_date_add_days(d, shift);
            parley_date_format(ev->date, &md);
        }
        ev->place = place_after(ex, s, meet, SIZE_MAX);
        /* (the day and place of the sentence, as for any meeting it tells) */
        if (and_then && (rc = event_set_date_place(ex, ev, s, meet, st, true)) < 0)
            return rc;
        if ((rc = event_add_evidence(ex, ev, s, meet, meet + ml)) < 0)
            return rc;
    }
    people_keep_before(pp, bnd);
    return 1;
}

/* A clause that tells a meeting of its own between tokens b and o ("... and hosted B in Dakar in
 * 1978", where B is at o), ending at e: the event takes the clause's date and place, when it
 * gives them. */
static void clause_date_place(const parley_extraction *ex, const doc_state *st, size_t s, size_t b, size_t o,
                              size_t e, parley_event *ev)
{
    size_t l, v;
    if (o <= b || (v = find_trigger(ex, b, o, PARLEY_LEX_MEET, &l)) >= o)
        return;
    /* (not the verb of a relative clause: "met A, who hosted the summit, and B") */
    if (v > b && (is_w(ex, v - 1, "who") || (v > b + 1 && is_w(ex, v - 2, "who") && is_w(ex, v - 1, "also"))))
        return;
    clause_date(ex, st, o, e, ev);
    int place = place_after(ex, s, o, e);
    if (place >= 0)
        ev->place = place;
}

/* The call told after meeting @p meeting in sentence s ("..., and spoke by phone in early April"):
 * the meeting's people, on the date the clause gives (none otherwise), no place. */
static int call_after_meeting(parley_extraction *ex, size_t s, const doc_state *st, int meeting, size_t call, size_t cl)
{
    const parley_sentence *se = &ex->text.sentences[s];
    parley_event *ev = event_new(ex, PARLEY_EVENT_CALL);
    if (!ev)
        return PARLEY_ENOMEM;
    ev->status = PARLEY_STATUS_OCCURRED;
    int rc;
    const parley_event *me = &ex->events[meeting];   /* (taken after event_new(), which may move it) */
    for (size_t i = 0; i < me->n_participants; i++)
        if ((rc = event_add_participant(ex, ev, me->participants[i])) < 0)
            return rc;
    clause_date(ex, st, call + cl, se->tok_end, ev);
    return event_add_evidence(ex, ev, s, call, call + cl);
}

/* Is "him" or "her" the object at token i (after "with", if any), and not "her" as a possessive
 * ("met her counterpart")? */
static bool object_pronoun(const parley_extraction *ex, size_t i, size_t end)
{
    static const char *const after[] = {"on", "in", "at", "during", "and", "to", "for", "about", "later", "earlier",
                                        "yesterday", "today", "separately", "again", "briefly", "there", "before",
                                        "after", "as", "while", "over", NULL};
    if (i < end && is_w(ex, i, "with"))
        i++;
    if (i >= end)
        return false;
    if (is_w(ex, i, "him"))
        return true;
    if (!is_w(ex, i, "her"))
        return false;
    return i + 1 >= end || tok(ex, i + 1)->kind == PARLEY_TOK_PUNCT || parley_text_tok_in_ci(&ex->text, i + 1, after);
}

/* What time_clause() returns when no clause of time opens. */
enum { NOT_TIME = 1000 };

/* The small number a word at token k says: "a" or "one" 1, "two" 2, "three" 3 (or the digit);
 * else 0. */
static int small_count(const parley_extraction *ex, size_t k)
{
    return is_w(ex, k, "a") || is_w(ex, k, "one") || is_w(ex, k, "1") ? 1
           : is_w(ex, k, "two") || is_w(ex, k, "2")                   ? 2
           : is_w(ex, k, "three") || is_w(ex, k, "3")                 ? 3
                                                                      : 0;
}

/* A clause of time opening at token i, before the meeting words at m: "a day after", "the day
 * before", "two days after", "hours after", "shortly after", "after". Returns the days from the
 * main event to the clause's (-1 for "a day after": the clause's event came first), NO_REL when
 * the clause says no number of days, or NOT_TIME when no such clause opens there. */
static int time_clause(const parley_extraction *ex, size_t i, size_t m)
{
    static const char *const fillers[] = {"a", "one", "two", "three", "the", "day", "days", "week", "weeks", "hours",
                                          "month", "months", "shortly", "just", "only", NULL};
    size_t q = i;
    while (q < m && q < i + 3 && is_w_any(ex, q, fillers))
        q++;
    if (q >= m || !(is_w(ex, q, "after") || is_w(ex, q, "before")))
        return NOT_TIME;
    int sign = is_w(ex, q, "after") ? -1 : 1, days = 0;
    for (size_t k = i; k < q; k++) {
        if (is_w(ex, k, "hours") || is_w(ex, k, "shortly") || is_w(ex, k, "just"))
            return 0;
        if (is_w(ex, k, "day"))
            days = 1;
        if (is_w(ex, k, "days"))
            days = k > i && small_count(ex, k - 1) > 1 ? small_count(ex, k - 1) : 0;
        /* ("a week after": seven days) */
        if (is_w(ex, k, "week"))
            days = 7;
        if (is_w(ex, k, "weeks"))
            days = k > i && small_count(ex, k - 1) > 1 ? 7 * small_count(ex, k - 1) : 0;
    }
    return days ? sign * days : q == i ? NOT_TIME : NO_REL;
}

/* The days time_clause() reads for a clause of time whose "after" or "before" is at token at
 * (the clause opens at most three words before it: "a day after", "two days before"), up to the
 * event's words at m; NOT_TIME when none opens there. O(1). */
static int days_of_clause(const parley_extraction *ex, const parley_sentence *se, size_t at, size_t m)
{
    int days = NOT_TIME;
    for (size_t i = at > se->tok_begin + 3 ? at - 3 : se->tok_begin; i < at && days == NOT_TIME; i++)
        days = time_clause(ex, i, m);
    return days;
}

/* The people of a call told in a clause of another time that opens at token open, its call
 * words ending at call_end, after the main clause's meeting words at meet ("X met Y on Friday, a
 * day after speaking by phone with Z"): the clause's own caller (named between open and the call
 * words), else the first person before meet, then everyone named after the call words. O(n). */
static void time_call_clause(const people *pp, size_t meet, size_t open, size_t call_end, people *out)
{
    out->n = 0;
    size_t caller = SIZE_MAX;
    for (size_t i = 0; i < pp->n && caller == SIZE_MAX; i++)
        if (pp->p[i].pos >= open && pp->p[i].pos < call_end)
            caller = i;
    for (size_t i = 0; i < pp->n && caller == SIZE_MAX; i++)
        if (pp->p[i].pos < meet)
            caller = i;
    if (caller == SIZE_MAX)
        return;
    out->p[out->n++] = pp->p[caller];
    for (size_t i = 0; i < pp->n && out->n < MAXP; i++)
        if (pp->p[i].pos >= call_end && pp->p[i].ent != pp->p[caller].ent)
            out->p[out->n++] = pp->p[i];
    if (out->n < 2)
        out->n = 0;
}

/* The call of a clause of another time (people from time_call_clause(), the clause opening at
 * open, its call words at call) after meeting @p meeting of sentence s: on the day the clause
 * counts from the meeting's ("a day after": the day before; "hours after": the same), else none
 * known; no place. */
static int call_of_time_clause(parley_extraction *ex, size_t s, int meeting, const people *who, size_t open, size_t call)
{
    const parley_sentence *se = &ex->text.sentences[s];
    char day[11];
    memcpy(day, ex->events[meeting].date, sizeof(day));
    parley_event *ev = event_new(ex, PARLEY_EVENT_CALL);
    if (!ev)
        return PARLEY_ENOMEM;
    ev->status = PARLEY_STATUS_OCCURRED;
    int rc;
    for (size_t i = 0; i < who->n; i++)
        if ((rc = event_add_participant(ex, ev, who->p[i].ent)) < 0)
            return rc;
    int days = days_of_clause(ex, se, open, call);
    if (strlen(day) == 10 && days == 0)
        memcpy(ev->date, day, sizeof(ev->date));
    else if (strlen(day) == 10 && days != NOT_TIME && days != NO_REL)
        shift_day(day, days, ev->date);
    size_t cl = 0;
    find_trigger(ex, call, se->tok_end, PARLEY_LEX_CALL, &cl);
    return event_add_evidence(ex, ev, s, call, call + (cl ? cl : 1));
}

/* The person named before sentence s (looking back at most 256 people) as "visiting" ("visiting
 * Sri Lankan President X"), else the one of the last meeting who is not of the country it was held
 * in; or -1. */
static int visitor_before(const parley_extraction *ex, size_t s, const doc_state *st)
{
    size_t seen = 0;
    for (size_t m = ex->sent_mentions[s]; m-- > 0 && seen < 256;) {
        const parley_mention *mm = &ex->mentions[m];
        if (mm->type != PARLEY_ENTITY_PERSON || mm->entity < 0)
            continue;
        seen++;
        size_t b = ex->text.sentences[mm->sentence].tok_begin;
        for (size_t q = mm->tb; q-- > b && q + 6 > mm->tb;)
            if (is_w(ex, q, "visiting"))
                return mm->entity;
    }
    /* else the one person of the last meeting who is not of the country it was held in ("held
     * talks with Sri Lankan President X in New Delhi") */
    const parley_event *lm = st->last_meeting >= 0 ? &ex->events[st->last_meeting] : NULL;
    const parley_entity *pl = lm && lm->place >= 0 ? &ex->entities[lm->place] : NULL;
    const char *home = !pl ? NULL : pl->type == PARLEY_ENTITY_COUNTRY ? pl->name : pl->country;
    int visitor = -1;
    for (size_t i = 0; home && i < lm->n_participants; i++) {
        const parley_entity *pe = &ex->entities[lm->participants[i]];
        if (pe->type != PARLEY_ENTITY_PERSON || !pe->country || strcmp(pe->country, home) == 0)
            continue;
        if (visitor >= 0)
            return -1;
        visitor = lm->participants[i];
    }
    return visitor;
}

/* Whom "the <demonym> <office>" or "the <Office>" as the object at token i means ("Serbian
 * President X also received the Hungarian minister", "Y also met the Ambassador"): the person named
 * last before sentence s who is of that country and whose title holds the office's head word; -1
 * when the words are no such description. */
static int description_object(const parley_extraction *ex, size_t i, size_t end, size_t s, const doc_state *st)
{
    if (i < end && (is_w(ex, i, "with") || is_w(ex, i, "on")))
        i++;   /* (... "paid a courtesy call on the king") */
    if (i >= end || !is_w(ex, i, "the"))
        return -1;
    const parley_lex_entry *de = NULL;
    const char *want = NULL;
    bool visiting = false;
    static const char *const guests[] = {"leader", "dignitary", "guest", "guests", "head", NULL};
    for (size_t q = i + 1; q < end && q < i + 5; q++) {
        if (is_w(ex, q, "visiting")) {
            visiting = true;
            continue;
        }
        if (parley_match(ex, q, PARLEY_LEX_DEMONYM, &de) && de) {
            want = de->canonical;
            continue;
        }
        size_t l = parley_match(ex, q, PARLEY_LEX_OFFICE, NULL);
        /* "hosted a banquet in honour of the visiting leader": the visitor told before */
        if (visiting && !want && (l || is_w_any(ex, q, guests)))
            return visitor_before(ex, s, st);
        /* "received the crown prince", "the emir": a ruler's office in lower case, whom that
         * office names (the one told last holding it) */
        static const char *const rulers[][2] = {{"crown", "Crown Prince"}, {"emir", "Emir"}, {"amir", "Amir"},
                                                {"king", "King"},          {"sultan", "Sultan"}, {"monarch", "King"},
                                                {NULL, NULL}};
        for (size_t k = 0; rulers[k][0] && !(tok(ex, q)->flags & PARLEY_TOK_CAP); k++) {
            if (!is_w(ex, q, rulers[k][0]) || (k == 0 && !(q + 1 < end && is_w(ex, q + 1, "prince"))))
                continue;
            size_t e = q + 1 + (k == 0);
            if (e < end && (is_w(ex, e, "of") || (tok(ex, e)->flags & PARLEY_TOK_CAP)))
                return -1;
            return latest_person(ex, s, rulers[k][1], strlen(rulers[k][1]), want);
        }
        /* ("also met the Ambassador": an office in capitals right after "the" is someone's told
         * before, of any country) */
        if (!l || (!want && !(q == i + 1 && ((tok(ex, q)->flags & PARLEY_TOK_CAP) || is_w(ex, q, "pontiff")))))
            return -1;
        size_t head = q + l - 1;
        /* the office ends the description: no name, no "of ..." after it */
        if (head + 1 < end && (is_w(ex, head + 1, "of") || (tok(ex, head + 1)->flags & PARLEY_TOK_CAP)))
            return -1;
        int who = latest_person(ex, s, tok_s(ex, head), tok_n(ex, head), want);
        /* ("the pontiff" of the Pope, in lower case too; "the premier" of a Prime Minister: a word
         * for the office) */
        static const char *const words[][2] = {{"pontiff", "Pope"}, {"premier", "Prime"}, {NULL, NULL}};
        for (size_t k = 0; who < 0 && l == 1 && words[k][0]; k++)
            if (is_w(ex, head, words[k][0]))
                who = latest_person(ex, s, words[k][1], strlen(words[k][1]), want);
        return who;
    }
    return -1;
}

/* Add to *obj whom a description right after meeting words ending at token i means
 * (description_object()), unless one of the subjects. O(that look-up + subjects). */
static void add_described(const parley_extraction *ex, size_t s, const doc_state *st, size_t i, size_t end,
                          const people *subj, people *obj)
{
    int who = description_object(ex, i, end, s, st);
    bool in = false;
    for (size_t k = 0; k < subj->n; k++)
        in |= subj->p[k].ent == who;
    if (who >= 0 && !in)
        people_add(obj, who, i, i + 1);
}

/* Do tokens [b, e) say what is to come: a modal ("will", "would"), "is/are expected, due, set or
 * scheduled", "plans/intends to", or "days before" / "ahead of" a noun phrase that reaches the
 * meeting words at token e (a token of the text)? */
static bool to_come_between(const parley_extraction *ex, size_t b, size_t e)
{
    static const char *const soon[] = {"expected", "due", "set", "scheduled", NULL};
    for (size_t q = b; q < e; q++) {
        if (modal_at(ex, q) || (q + 1 < e && (is_w(ex, q, "is") || is_w(ex, q, "are")) && is_w_any(ex, q + 1, soon)) ||
            (q + 1 < e && (is_w(ex, q, "plans") || is_w(ex, q, "intends")) && is_w(ex, q + 1, "to")))
            return true;
        /* ", days before President Z's visit to India for the annual summit with W": what a
         * noun phrase after "days before" or "ahead of" tells, up to the meeting's noun at e, is
         * yet to come (not "days before he met W", a clause with its verb; nor "..., before a
         * trilateral session with B": the day's next step) */
        static const char *const spans[] = {"days", "weeks", "hours", "day", "week", NULL};
        if ((q > b && is_w(ex, q, "before") && is_w_any(ex, q - 1, spans)) ||
            (q + 1 < e && is_w(ex, q, "ahead") && is_w(ex, q + 1, "of"))) {
            static const char *const verbs[] = {"he", "she", "they", "met", "held", "had", "was", "were", "took", NULL};
            bool noun = true;
            for (size_t k = q + 1; k <= e && noun; k++)
                noun = !is_w_any(ex, k, verbs) && !(tok(ex, k)->kind == PARLEY_TOK_WORD && !(tok(ex, k)->flags & PARLEY_TOK_CAP) &&
                                                     (parley_text_tok_ing(&ex->text, k, 5) ||
                                                      (tok_n(ex, k) > 4 && memcmp(tok_s(ex, k) + tok_n(ex, k) - 2, "ed", 2) == 0)));
            return noun;
        }
    }
    return false;
}

/* The words that open a gerund's meeting words ("before meeting", "after meeting", "while
 * meeting": data/events.tsv): a second clause whose subject is the sentence's. */
static const char *const gerund_openers[] = {"before", "after", "while", NULL};

/* "Governor-General A welcomed Indonesian President B ..., before he met Prime Minister C", "A
 * received B. He later met C": a pronoun after a meeting of two countries' people stands for the
 * guest, not the referent it would be, when the one met next is of the referent's country and
 * the guest is said to be of another ("Indonesian President B", not a guess). Returns the guest's
 * entity, or the referent. O(the guest's mentions). */
static int pronoun_guest(const parley_extraction *ex, int referent, int guest, int met)
{
    if (referent < 0 || guest < 0 || met < 0 || guest == referent || met == referent || met == guest)
        return referent;
    const parley_entity *ge = &ex->entities[guest];
    const char *rc = ex->entities[referent].country, *mc = ex->entities[met].country, *gc = NULL;
    for (size_t k = 0; k < ge->n_mentions && !gc; k++)
        gc = ex->mentions[ge->mentions[k]].country;
    return rc && gc && mc && strcmp(rc, mc) == 0 && strcmp(gc, rc) != 0 ? guest : referent;
}

/* The one person of meeting ev other than entity who, and of another country than theirs, or -1
 * (none, or more than one). O(participants). */
static int other_country_guest(const parley_extraction *ex, const parley_event *ev, int who)
{
    const char *wc = ex->entities[who].country;
    int guest = -1;
    for (size_t i = 0; wc && i < ev->n_participants; i++) {
        const parley_entity *en = &ex->entities[ev->participants[i]];
        if (en->type != PARLEY_ENTITY_PERSON || ev->participants[i] == who || !en->country || strcmp(en->country, wc) == 0)
            continue;
        if (guest >= 0)
            return -1;
        guest = ev->participants[i];
    }
    return guest;
}

/* "the Hungarian leader", "the Chinese minister" between tokens b and e: the one person of the
 * sentence's people @p pp said to be of the demonym's country (the role names someone told
 * before), else -1. O(e - b + people). */
static int role_subject(const parley_extraction *ex, const people *pp, size_t b, size_t e)
{
    for (size_t q = b; q + 2 < e; q++) {
        const parley_lex_entry *de = NULL;
        size_t dl;
        if (!is_w(ex, q, "the") || !(dl = parley_match(ex, q + 1, PARLEY_LEX_DEMONYM, &de)) || !de || q + 1 + dl >= e ||
            !(is_w(ex, q + 1 + dl, "leader") || parley_match(ex, q + 1 + dl, PARLEY_LEX_OFFICE, NULL)))
            continue;
        int who = -1;
        for (size_t i = 0; i < pp->n; i++) {
            const char *c = ex->entities[pp->p[i].ent].country;
            if (c && strcmp(c, de->canonical) == 0 && pp->p[i].ent != who) {
                if (who >= 0)
                    return -1;
                who = pp->p[i].ent;
            }
        }
        return who;
    }
    return -1;
}

/* The meetings of a second clause of sentence s, after the boundary at token bound, told by
 * the meeting words at m2 (l2 tokens): "..., and B held talks with C in Rome in May" (B with each
 * person after the words), "..., and B and C met in Rome" (the people before them together); each
 * on the clause's date and at its place. */
static int second_clause_meetings(parley_extraction *ex, size_t s, const doc_state *st, const people *pp, size_t bound,
                                  size_t m2, size_t l2, int shift, const char *base, const people *subj0,
                                  int main_place)
{
    const parley_sentence *se = &ex->text.sentences[s];
    people sub = {.n = 0}, ob = {.n = 0};
    /* "A called on B, and held discussions with C": a clause with no subject of its own has the
     * sentence's (only "and" and an adverb before its meeting words) */
    static const char *const adverbs[] = {"later", "also", "then", "subsequently", "separately", "afterwards", NULL};
    bool own = true;
    if (bound + 1 < m2 && is_w(ex, bound + 1, "and")) {
        size_t q = bound + 2;
        while (q < m2 && is_w_any(ex, q, adverbs))
            q++;
        /* ("..., and on Thursday he met C": a day, then the subject's pronoun) */
        if (q + 2 < m2 && is_w(ex, q, "on") && tok(ex, q + 1)->kind == PARLEY_TOK_WORD &&
            parley_date_weekday_name(tok_s(ex, q + 1), tok_n(ex, q + 1)) >= 0 &&
            (is_w(ex, q + 2, "he") || is_w(ex, q + 2, "she")))
            q += 3;
        /* ("..., and held a trilateral meeting with C", "..., and he held talks with C": words in
         * lower case with no group or article before the meeting words) */
        static const char *const groups_w[] = {"the", "they", "both", "two", "all", "which", "who", "it", "its", NULL};
        bool lower = true;
        for (size_t k = bound + 2; k < m2 && lower; k++)
            lower = tok(ex, k)->kind == PARLEY_TOK_WORD && !(tok(ex, k)->flags & PARLEY_TOK_CAP) && !is_w_any(ex, k, groups_w);
        own = q != m2 && !lower;
    }
    /* "..., before meeting President Z": a gerund's subject is the sentence's (also "..., before
     * holding a trilateral meeting with") */
    bool gerund = is_w_any(ex, m2, gerund_openers) || is_w_any(ex, bound, gerund_openers) ||
                  (bound + 1 < m2 && is_w_any(ex, bound + 1, gerund_openers));
    if (gerund)
        own = false;
    /* "... his visit to Moscow where he met Y": the sentence's subject, at the place before "where" */
    /* (... also the next place of a list: "visited Riyadh, where he met A, and Doha, where he held
     * talks with B") */
    size_t wh = is_w(ex, bound, "where")                               ? bound
                : bound + 1 < m2 && is_w(ex, bound + 1, "where")     ? bound + 1
                : m2 >= bound + 4 && m2 <= bound + 8 && is_w(ex, m2 - 2, "where") ? m2 - 2
                                                                                  : SIZE_MAX;
    bool where_he = wh != SIZE_MAX && wh + 2 == m2 && (is_w(ex, wh + 1, "he") || is_w(ex, wh + 1, "she"));
    if (where_he)
        own = false;
    for (size_t i = 0; i < pp->n; i++) {
        if (pp->p[i].pos > bound && pp->p[i].end <= m2)
            people_add(&sub, pp->p[i].ent, pp->p[i].pos, pp->p[i].end);
        else if (pp->p[i].pos >= m2 + l2)
            people_add(&ob, pp->p[i].ent, pp->p[i].pos, pp->p[i].end);
    }
    /* the clause's subject named again after being named before it ("hosted Prabowo ..., a day
     * after Prabowo held talks with X"): the sentence's people hold each person once */
    for (size_t m = ex->sent_mentions[s]; !sub.n && m < ex->sent_mentions[s + 1]; m++) {
        const parley_mention *mm = &ex->mentions[m];
        if (mm->type == PARLEY_ENTITY_PERSON && mm->entity >= 0 && mm->tb > bound && mm->te <= m2)
            people_add(&sub, mm->entity, mm->tb, mm->te);
    }
    /* (", when the Hungarian leader travelled to Moscow to meet C": a role for one named before) */
    int role = !sub.n && own ? role_subject(ex, pp, bound + 1, m2) : -1;
    if (role >= 0)
        people_add(&sub, role, bound + 1, m2);
    /* (the first of the sentence's subjects) */
    bool inherited = !own && !sub.n && subj0 && subj0->n;
    /* ("The Europeans, including A, B and C, joined Z for a meeting after his bilateral talks with
     * Y": "his" of a plural subject is the one person named last before the clause, Z) */
    int his = -1;
    for (size_t q = m2; inherited && subj0->n >= 2 && q-- > bound && q + 4 > m2 && his < 0;)
        if (is_w(ex, q, "his") || is_w(ex, q, "her"))
            for (size_t i = pp->n; i-- > 0 && his < 0;) {
                bool in_subj = false;
                for (size_t k = 0; k < subj0->n; k++)
                    in_subj |= subj0->p[k].ent == pp->p[i].ent;
                if (pp->p[i].end <= bound && !in_subj)
                    his = pp->p[i].ent;
                else if (pp->p[i].end <= bound)
                    break;   /* (a subject named last: theirs) */
            }
    if (inherited)
        people_add(&sub, his >= 0 ? his : subj0->p[0].ent, subj0->p[0].pos, subj0->p[0].end);
    /* ("A and B were received by X before meeting Z", "They ... before meeting Z": a gerund's
     * subject is every subject the sentence joins by "and" or names by a group's word) */
    size_t opener = is_w_any(ex, bound, gerund_openers) ? bound : bound + 1;
    bool participle = gerund && ((opener + 1 == m2 && parley_text_tok_ing(&ex->text, m2, 5)) ||
                                 (is_w_any(ex, m2, gerund_openers) && m2 + 1 < se->tok_end &&
                                  parley_text_tok_ing(&ex->text, m2 + 1, 5)));
    for (size_t i = 1; inherited && participle && his < 0 && subj0->n >= 2 && i < subj0->n; i++)
        if (has_and_between(ex, subj0->p[0].pos, subj0->p[subj0->n - 1].pos) || subj0->p[0].pos == subj0->p[subj0->n - 1].pos)
            people_add(&sub, subj0->p[i].ent, subj0->p[i].pos, subj0->p[i].end);
    /* ("A welcomed B ..., before he met C": the guest, when C is of A's country and B is not) */
    size_t hq = m2 > bound + 2 && is_w_any(ex, m2 - 1, adverbs) ? m2 - 2 : m2 - 1;
    if (inherited && sub.n == 1 && ob.n && hq > bound && (is_w(ex, hq, "he") || is_w(ex, hq, "she"))) {
        int guest = -1;
        for (size_t i = 0; i < pp->n && guest < 0; i++)
            if (pp->p[i].pos > subj0->p[subj0->n - 1].end && pp->p[i].end <= bound && pp->p[i].ent != sub.p[0].ent)
                guest = pp->p[i].ent;
        sub.p[0].ent = pronoun_guest(ex, sub.p[0].ent, guest, ob.p[0].ent);
    }
    /* "..., and the three ministers held a trilateral meeting later that day": as many people as
     * the phrase counts, the sentence's before the clause, then those of the meetings told just
     * before that share someone with them */
    size_t gl2, g2 = !sub.n ? find_trigger(ex, bound + 1, m2, PARLEY_LEX_GROUP, &gl2) : m2;
    if (g2 < m2) {
        size_t want = 0;
        for (size_t q = g2; q < g2 + gl2; q++)
            want = is_w(ex, q, "three") ? 3 : is_w(ex, q, "four") ? 4 : want;
        for (size_t i = 0; want && i < pp->n && sub.n < want; i++)
            if (pp->p[i].pos < bound)
                people_add(&sub, pp->p[i].ent, pp->p[i].pos, pp->p[i].end);
        if (want && sub.n)
            people_add_sharing(ex, &sub, want, (int)ex->n_events - 4, (int)ex->n_events - 1, -1, g2, g2 + gl2);
        if (sub.n != want)
            sub.n = 0;
        else
            own = false;   /* (the people of the sentence going on: its day and place) */
    }
    /* ... and the people after the meeting words named before too ("met separately with A, B
     * and C, before a trilateral session with B and C") */
    bool none_after = ob.n == 0;
    for (size_t m = ex->sent_mentions[s]; none_after && m < ex->sent_mentions[s + 1]; m++) {
        const parley_mention *mm = &ex->mentions[m];
        if (mm->type == PARLEY_ENTITY_PERSON && mm->entity >= 0 && mm->tb >= m2 + l2 && mm->sentence == s)
            for (size_t i = 0; i < pp->n; i++)
                if (pp->p[i].ent == mm->entity) {
                    people_add(&ob, mm->entity, mm->tb, mm->te);
                    break;
                }
    }
    /* "..., while X called on the visiting premier": whom the description means */
    if (!ob.n && sub.n && m2 + l2 < se->tok_end)
        add_described(ex, s, st, m2 + l2, se->tok_end, &sub, &ob);
    /* "A met B in Rome, and President C later received him": the main clause's subject */
    if (!ob.n && sub.n && own && subj0 && subj0->n == 1 && object_pronoun(ex, m2 + l2, se->tok_end)) {
        bool in = false;
        for (size_t i = 0; i < sub.n; i++)
            in |= sub.p[i].ent == subj0->p[0].ent;
        if (!in)
            people_add(&ob, subj0->p[0].ent, m2 + l2, m2 + l2 + 1);
    }
    size_t groups = ob.n ? ob.n : sub.n >= 2 ? 1 : 0;
    /* "..., before a trilateral meeting with A and B": all of them together */
    bool together = false;
    for (size_t q = m2 > se->tok_begin + 3 ? m2 - 3 : se->tok_begin; q < m2 + l2 && !together; q++)
        together = multilateral_at(ex, q) || is_w(ex, q, "joint");
    if (together && ob.n > 1)
        groups = 1;
    /* "..., and is expected to hold talks with C later in the week", "..., and will meet C": a
     * clause of what is to come (a modal, or "is/are expected/due/set/scheduled to", "plans to"
     * before its meeting words) */
    bool to_come = to_come_between(ex, bound + 1, m2);
    /* "..., and held a call with C", "..., and discussed Ukraine with C in a call": a call */
    static const char *const call_words[] = {"call", "phone", "telephone", "phoned", "videoconference", NULL};
    bool call = false;
    for (size_t q = m2; q < se->tok_end && q < m2 + l2 + 12 && !is_p(ex, q, ',') && !call; q++)
        call = is_w_any(ex, q, call_words);
    for (size_t g = 0; g < groups && sub.n; g++) {
        parley_event *ev = event_new(ex, call ? PARLEY_EVENT_CALL : PARLEY_EVENT_MEETING);
        if (!ev)
            return PARLEY_ENOMEM;
        ev->status = to_come ? PARLEY_STATUS_PLANNED : PARLEY_STATUS_OCCURRED;
        int rc;
        for (size_t i = 0; i < sub.n; i++)
            if ((rc = event_add_participant(ex, ev, sub.p[i].ent)) < 0)
                return rc;
        for (size_t i = together ? 0 : g; ob.n && i < (together ? ob.n : g + 1); i++)
            if ((rc = event_add_participant(ex, ev, ob.p[i].ent)) < 0)
                return rc;
        if (ev->n_participants < 2) {
            event_drop_last(ex);
            continue;
        }
        parley_date fd;
        int frel;
        if (to_come) {
            /* (a day said after the meeting words, ahead of the story's) */
            char said[11] = "";
            if (clause_day(ex, st, m2 + l2, se->tok_end, said) && sentence_date(ex, s, m2, st, true, &fd, &frel))
                parley_date_format(ev->date, &fd);
        } else {
            clause_date(ex, st, m2 + l2, se->tok_end, ev);
        }
        /* ("..., and on Thursday he met Y": the day said before its meeting words) */
        if (!ev->date[0] && bound + 3 < m2 && is_w(ex, bound + 1, "and") && is_w(ex, bound + 2, "on"))
            clause_date(ex, st, bound + 2, m2, ev);
        /* "a day after": the day before the main event's */
        if (!ev->date[0] && shift != NO_REL && base[0] && !shift_day(base, shift, ev->date))
            ev->date[0] = '\0';
        ev->place = call ? -1 : place_after(ex, s, m2, se->tok_end);
        /* "..., before travelling to Berlin for talks with A and B": where the clause goes */
        for (size_t m = ex->sent_mentions[s]; ev->place < 0 && m < ex->sent_mentions[s + 1]; m++) {
            const parley_mention *mm = &ex->mentions[m];
            if (mm->sentence == s && mm->entity >= 0 && mm->tb > bound && mm->te <= m2 && mm->type == PARLEY_ENTITY_LOCATION &&
                mm->lex && mm->lex->kind == PARLEY_LEX_CITY && is_w(ex, mm->tb - 1, "to"))
                ev->place = mm->entity;
        }
        /* the sentence's subject going on: the first meeting's day and place unless said anew;
         * so too a subject of its own in the same tense ("A met B in the Oval Office, and C
         * hosted B for a working lunch"), not one told as before it ("..., and C had met B",
         * "came weeks after C met B") */
        bool same_time = !own && !to_come;
        if (own && shift == NO_REL) {
            static const char *const other_time[] = {"had", "has", "have", "last", "previously", "earlier", "ago",
                                                     "once", "will", "would", "days", "weeks", "months", "years", NULL};
            same_time = true;
            for (size_t q = bound > se->tok_begin + 1 ? bound - 1 : bound; q < se->tok_end && same_time; q++)
                same_time = !is_w_any(ex, q, other_time);
        }
        /* "..., days after C held talks with B": some days before the main event, its month */
        /* (the clause may be bound at its "after": "days" stands right before) */
        for (size_t q = bound > se->tok_begin + 1 ? bound - 1 : bound; !ev->date[0] && strlen(base) == 10 && q + 1 < m2; q++)
            if (is_w(ex, q, "days") && (is_w(ex, q + 1, "after") || is_w(ex, q + 1, "before")) &&
                !(q > se->tok_begin && small_count(ex, q - 1) > 1)) {
                memcpy(ev->date, base, 7);
                ev->date[7] = '\0';
            }
        if (same_time && !ev->date[0] && shift == NO_REL && base[0])
            memcpy(ev->date, base, sizeof(ev->date));
        if (where_he) {
            /* (the place right before "where", and a time clause before it that moves the day:
             * "a month after his visit to Moscow where he met Y" is the month before) */
            size_t pe = is_p(ex, wh - 1, ',') ? wh - 1 : wh;
            for (size_t m = ex->sent_mentions[s]; m < ex->sent_mentions[s + 1]; m++) {
                const parley_mention *mm = &ex->mentions[m];
                if (mm->sentence == s && mm->entity >= 0 && mm->te == pe &&
                    (mm->type == PARLEY_ENTITY_COUNTRY || (mm->type == PARLEY_ENTITY_LOCATION && mm->lex)))
                    ev->place = mm->entity;
            }
            for (size_t q = wh; q-- > se->tok_begin + 1 && q + 10 > wh;) {
                if (!(is_w(ex, q, "after") || is_w(ex, q, "before")))
                    continue;
                if (is_w(ex, q - 1, "month") && strlen(ev->date) == 10) {
                    int y = atoi(ev->date), mo = atoi(ev->date + 5) + (is_w(ex, q, "after") ? -1 : 1);
                    if (mo < 1) {
                        mo = 12;
                        y--;
                    } else if (mo > 12) {
                        mo = 1;
                        y++;
                    }
                    snprintf(ev->date, sizeof ev->date, "%04d-%02d", y, mo);
                } else if (is_w(ex, q - 1, "months") || is_w(ex, q - 1, "weeks")) {
                    ev->date[ev->date[0] == '-' ? 0 : 4] = '\0';
                }
                break;
            }
        }
        /* (after a call, which is nowhere: where the story is, as for a meeting of the main clause) */
        if (same_time && ev->place < 0 && !call)
            ev->place = main_place >= 0 ? main_place : story_place(ex);
        if ((rc = event_add_evidence(ex, ev, s, m2, m2 + l2)) < 0)
            return rc;
    }
    return 0;
}

/* Does the negation at neg (nl tokens; 0 when none) reach the words at pos: before them, with no
 * clause boundary between (", but", ", while", ";")? */
static bool negated_before(const parley_extraction *ex, size_t nl, size_t neg, size_t pos)
{
    if (!nl || neg >= pos)
        return false;
    for (size_t q = neg + nl; q + 1 < pos; q++)
        if ((is_p(ex, q, ',') && (is_w(ex, q + 1, "but") || is_w(ex, q + 1, "while") || is_w(ex, q + 1, "although"))) ||
            is_p(ex, q, ';'))
            return false;
    return true;
}

/* Does "the" or "their" at token q of meeting words ending at e refer back to a meeting ("at the
 * meeting", "during their talks"; not "received the credentials of")? */
static bool meets_again_at(const parley_extraction *ex, size_t q, size_t e)
{
    return (is_w(ex, q, "the") || is_w(ex, q, "their")) &&
           (q + 1 >= e || parley_match(ex, q + 1, PARLEY_LEX_MEET_NOUN, NULL) ||
            (q + 2 < e && parley_match(ex, q + 2, PARLEY_LEX_MEET_NOUN, NULL)));
}

/* The sentence whose text holds byte b (by bisection over the sentences' first tokens). */
static size_t sentence_at_byte(const parley_extraction *ex, uint32_t b)
{
    size_t lo = 0, hi = ex->text.n_sentences;
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if (ex->text.tokens[ex->text.sentences[mid].tok_begin].start <= b)
            lo = mid;
        else
            hi = mid;
    }
    return lo;
}

/* The person a sentence opening on a meeting told again names first after the comma ("During
 * the meeting, Ahn asked ...", "At their talks, X said ..."), or -1. */
static int again_opener_person(const parley_extraction *ex, size_t s)
{
    const parley_sentence *se = &ex->text.sentences[s];
    size_t b = se->tok_begin;
    if (b + 4 >= se->tok_end || !(is_w(ex, b, "during") || is_w(ex, b, "in") || is_w(ex, b, "at")) ||
        !meets_again_at(ex, b + 1, se->tok_end))
        return -1;
    size_t c = b + 2;
    while (c < se->tok_end && c < b + 5 && !is_p(ex, c, ','))
        c++;
    if (c >= se->tok_end || !is_p(ex, c, ','))
        return -1;
    for (size_t m = ex->sent_mentions[s]; m < ex->sent_mentions[s + 1]; m++) {
        const parley_mention *mm = &ex->mentions[m];
        if (mm->tb > c && mm->type == PARLEY_ENTITY_PERSON && mm->entity >= 0)
            return mm->tb <= c + 5 ? mm->entity : -1;
    }
    return -1;
}

/* The one person a sentence names when it tells of a meeting again in what is said of it
 * ("Netanyahu's office said the meeting was constructive", "X described the talks as frank"),
 * or -1. O(tokens of the sentence). */
static int again_said_person(const parley_extraction *ex, size_t s)
{
    const parley_sentence *se = &ex->text.sentences[s];
    int who = -1;
    for (size_t m = ex->sent_mentions[s]; m < ex->sent_mentions[s + 1]; m++) {
        const parley_mention *mm = &ex->mentions[m];
        if (mm->type != PARLEY_ENTITY_PERSON || mm->entity < 0)
            continue;
        if (who >= 0 && who != mm->entity)
            return -1;
        who = mm->entity;
    }
    bool said = false, again = false;
    for (size_t q = se->tok_begin; who >= 0 && q + 1 < se->tok_end && !again; q++) {
        said |= is_w_any(ex, q, speech_verbs) || is_w(ex, q, "described");
        again = said && is_w(ex, q, "the") && parley_match(ex, q + 1, PARLEY_LEX_MEET_NOUN, NULL) && meets_again_at(ex, q, q + 3);
    }
    return again ? who : -1;
}

/* The first of the people of pp joined to pp->p[last] by "and" or commas, words only between (a
 * title: "A and President B", "including Foreign Minister A and Defence Minister B"), none named
 * before token `from`: its index, or last when none (a list needs its "and" before the last).
 * O(people joined). */
static size_t and_list_first(const parley_extraction *ex, const people *pp, size_t last, size_t from)
{
    size_t first = last;
    while (first > 0 && pp->p[first - 1].end < pp->p[first].pos && pp->p[first - 1].end + 6 > pp->p[first].pos &&
           (is_w(ex, pp->p[first - 1].end, "and") || is_p(ex, pp->p[first - 1].end, ',')) && pp->p[first - 1].pos >= from) {
        bool plain = true;
        for (size_t q = pp->p[first - 1].end + 1; q < pp->p[first].pos && plain; q++)
            plain = tok(ex, q)->kind == PARLEY_TOK_WORD;
        if (!plain)
            break;
        first--;
    }
    return first < last && !is_w(ex, pp->p[last - 1].end, "and") ? last : first;
}

/* "A and B met separately with their counterparts C and D": pair[g] is the object that subject g
 * meets, the one of its office (entity titles alike, one to one) when by_office, else the one of
 * its place in the lists. O(n^2). */
static void counterparts_pair(const parley_extraction *ex, const int *subj, const int *obj, size_t n, bool by_office,
                              size_t *pair)
{
    for (size_t g = 0; g < n; g++) {
        pair[g] = g;
        const char *t = ex->entities[subj[g]].title;
        size_t hit = SIZE_MAX;
        for (size_t j = 0; by_office && t && j < n && hit == SIZE_MAX; j++) {
            const char *u = ex->entities[obj[j]].title;
            if (u && strcasecmp(t, u) == 0)
                hit = j;
        }
        for (size_t k = 0; hit != SIZE_MAX && k < g; k++)
            hit = pair[k] == hit ? SIZE_MAX : hit;
        if (hit == SIZE_MAX)
            by_office = false;
        else
            pair[g] = hit;
    }
    /* (offices that do not match one to one: the order of the lists) */
    for (size_t g = 0; !by_office && g < n; g++)
        pair[g] = g;
}

/* Does the clause [b, e) tell meetings apart with counterparts ("met separately with their
 * counterparts", "..., respectively")? O(e - b). */
static bool counterparts_apart_in(const parley_extraction *ex, size_t b, size_t e, bool *in_order)
{
    bool apart = false, counterparts = false;
    *in_order = false;
    for (size_t q = b; q < e; q++) {
        *in_order |= is_w(ex, q, "respectively");
        apart |= is_w(ex, q, "separately") || is_w(ex, q, "individually");
        counterparts |= is_w(ex, q, "counterparts");
    }
    return *in_order || (apart && counterparts);
}

/* Event rvi holds pp's person wi, the n people of its clause, then pp's people [first, wi) (n =
 * wi - first + 1): make it n meetings, each of pp's people with its counterpart (by office, or by
 * place in the lists when in_order), on its day, at its place, told by sentence s's words at
 * [t, t + tl). Returns 0 or PARLEY_ENOMEM. O(n^2). */
static int counterparts_apart(parley_extraction *ex, size_t rvi, const people *pp, size_t first, size_t wi, bool in_order,
                              size_t s, size_t t, size_t tl)
{
    size_t n = wi - first + 1;
    int subj[MAXP], obj[MAXP];
    size_t pair[MAXP];
    for (size_t g = 0; g < n; g++) {
        subj[g] = pp->p[first + g].ent;
        obj[g] = ex->events[rvi].participants[1 + g];
    }
    counterparts_pair(ex, subj, obj, n, !in_order, pair);
    for (size_t g = 0; g + 1 < n; g++) {
        parley_event *ev = event_new(ex, ex->events[rvi].type);
        if (!ev)
            return PARLEY_ENOMEM;
        const parley_event *rv = &ex->events[rvi];
        ev->status = rv->status;
        ev->place = rv->place;
        memcpy(ev->date, rv->date, sizeof(ev->date));
        int rc = event_add_participant(ex, ev, subj[g]);
        if (rc == 0)
            rc = event_add_participant(ex, ev, obj[pair[g]]);
        if (rc == 0)
            rc = event_add_evidence(ex, ev, s, t, t + tl);
        if (rc < 0)
            return rc;
    }
    parley_event *rv = &ex->events[rvi];
    rv->participants[1] = obj[pair[n - 1]];
    rv->n_participants = 2;
    return 0;
}

/* A meeting told by a clause of sentence s: person `who` (none when -1) with the people of pp
 * named in tokens [b, e), its words at [t, t + tl). *out is the new event, or NULL when it would
 * have fewer than two people. Returns 0 or PARLEY_ENOMEM. */
static int clause_meeting(parley_extraction *ex, size_t s, int who, const people *pp, size_t b, size_t e, size_t t,
                          size_t tl, parley_event **out)
{
    *out = NULL;
    if (who < 0)
        return 0;
    parley_event *ev = event_new(ex, PARLEY_EVENT_MEETING);
    if (!ev)
        return PARLEY_ENOMEM;
    ev->status = PARLEY_STATUS_OCCURRED;
    int rc = event_add_participant(ex, ev, who);
    for (size_t i = 0; i < pp->n && rc == 0; i++)
        if (pp->p[i].pos >= b && pp->p[i].end <= e)
            rc = event_add_participant(ex, ev, pp->p[i].ent);
    if (rc < 0)
        return rc;
    if (ev->n_participants < 2) {
        event_drop_last(ex);
        return 0;
    }
    if ((rc = event_add_evidence(ex, ev, s, t, t + tl)) < 0)
        return rc;
    *out = ev;
    return 0;
}

/* "Musa, represented by the Chief of Defence Intelligence, Lt.-Gen. X, said the meeting ...":
 * whoever is represented was not there; the one named after "represented by" (within 14 tokens)
 * took their place at the meetings of sentence s and the one before it. O(events of the two
 * sentences + mentions of s). */
static int represented_by(parley_extraction *ex, size_t s)
{
    const parley_sentence *se = &ex->text.sentences[s];
    for (size_t m = ex->sent_mentions[s]; m < ex->sent_mentions[s + 1]; m++) {
        const parley_mention *mm = &ex->mentions[m];
        size_t q = mm->te;
        if (mm->type != PARLEY_ENTITY_PERSON || mm->entity < 0 || q + 3 >= se->tok_end || !is_p(ex, q, ',') ||
            !is_w(ex, q + 1, "represented") || !is_w(ex, q + 2, "by"))
            continue;
        int by = -1;
        for (size_t m2 = m + 1; m2 < ex->sent_mentions[s + 1] && by < 0; m2++) {
            const parley_mention *m2m = &ex->mentions[m2];
            if (m2m->tb > q + 17)
                break;
            if (m2m->type == PARLEY_ENTITY_PERSON && m2m->entity >= 0 && m2m->entity != mm->entity)
                by = m2m->entity;
        }
        if (by < 0)
            return 0;
        uint32_t from = ex->text.sentences[s > 0 ? s - 1 : s].start;
        for (size_t k = ex->n_events; k-- > 0;) {
            parley_event *ev = &ex->events[k];
            if (!ev->n_evidence || ev->evidence[0].start < from)
                break;
            if (ev->type != PARLEY_EVENT_MEETING || ev->status != PARLEY_STATUS_OCCURRED || !event_has(ev, mm->entity))
                continue;
            size_t n = 0;
            for (size_t i = 0; i < ev->n_participants; i++)
                if (ev->participants[i] != mm->entity)
                    ev->participants[n++] = ev->participants[i];
            ev->n_participants = n;
            int rc = event_add_participant(ex, ev, by);
            if (rc < 0)
                return rc;
        }
        return 0;
    }
    return 0;
}

/* "Rutte later visited the air base, accompanied by Defence Minister X": a visit with companions
 * named after ", accompanied by" or "together with", in a sentence that told no event of its own,
 * is a meeting of the visitor (named before the visit, or the person in focus for "He") and the
 * companions, on the sentence's day and at its place. 0 or PARLEY_ENOMEM. O(tokens of the
 * sentence). */
static int accompanied_visit(parley_extraction *ex, size_t s, doc_state *st)
{
    const parley_sentence *se = &ex->text.sentences[s];
    static const char *const visited[] = {"visited", "toured", "inspected", NULL};
    size_t v = SIZE_MAX, by = SIZE_MAX;
    /* (", accompanied by" or "together with" first, then the visit before it) */
    for (size_t q = se->tok_begin + 2; q + 2 < se->tok_end && by == SIZE_MAX; q++)
        if ((tok(ex, q)->kind == PARLEY_TOK_PUNCT && is_p(ex, q, ',') && is_w(ex, q + 1, "accompanied") && is_w(ex, q + 2, "by")) ||
            (tok(ex, q + 1)->kind == PARLEY_TOK_WORD && is_w(ex, q + 1, "together") && is_w(ex, q + 2, "with")))
            by = q + 2;
    for (size_t q = se->tok_begin + 1; by != SIZE_MAX && q + 2 < by && v == SIZE_MAX; q++)
        if (is_w_any(ex, q, visited))
            v = q;
    /* ("X inspected a munitions enterprise. He was accompanied by A and B": the visit told in the
     * sentence before, by the one the pronoun stands for) */
    bool before = false;
    if (v == SIZE_MAX && s > 0 && st->focus >= 0 && se->tok_begin + 4 < se->tok_end &&
        (is_w(ex, se->tok_begin, "he") || is_w(ex, se->tok_begin, "she")) && is_w(ex, se->tok_begin + 1, "was") &&
        is_w(ex, se->tok_begin + 2, "accompanied") && is_w(ex, se->tok_begin + 3, "by")) {
        /* (a site inspected or toured, not a journey's stops: "visited Chongqing and Shanghai.
         * He was accompanied by three cabinet ministers" tells the suite of a trip) */
        static const char *const sites[] = {"toured", "inspected", NULL};
        const parley_sentence *ps = &ex->text.sentences[s - 1];
        for (size_t q = ps->tok_begin + 1; q < ps->tok_end && !before; q++)
            before = is_w_any(ex, q, sites);
        if (before) {
            v = se->tok_begin + 2;
            by = se->tok_begin + 3;
        }
    }
    if (v == SIZE_MAX)
        return 0;
    people pp;
    sentence_people(ex, s, &pp);
    int who = pp.n && pp.p[0].pos < v ? pp.p[0].ent : -1;
    if (who < 0 && st->focus >= 0 && (is_w(ex, se->tok_begin, "he") || is_w(ex, se->tok_begin, "she")))
        who = st->focus;
    parley_event *ev = NULL;
    int rc = clause_meeting(ex, s, who, &pp, by + 1, se->tok_end, v, 1, &ev);
    if (rc < 0 || !ev)
        return rc;
    return event_set_date_place(ex, ev, s, v, st, true);
}

/* "Metsola also addressed the Parliament at the invitation of Speaker X, with whom she held a
 * separate meeting": a relative clause "with whom" and a pronoun before meeting words, in a sentence
 * that told no event of its own, is a meeting of the sentence's subject (its first person, else the
 * person in focus) and the person before the clause. 0 or PARLEY_ENOMEM. O(tokens of the sentence). */
static int with_whom_meeting(parley_extraction *ex, size_t s, doc_state *st)
{
    const parley_sentence *se = &ex->text.sentences[s];
    size_t w = SIZE_MAX;
    for (size_t q = se->tok_begin + 2; q + 3 < se->tok_end && w == SIZE_MAX; q++)
        if (tok(ex, q)->kind == PARLEY_TOK_PUNCT && is_p(ex, q, ',') && is_w(ex, q + 1, "with") && is_w(ex, q + 2, "whom") &&
            (is_w(ex, q + 3, "he") || is_w(ex, q + 3, "she")))
            w = q;
    if (w == SIZE_MAX)
        return 0;
    size_t ml = 0, m = find_trigger(ex, w + 4, se->tok_end < w + 10 ? se->tok_end : w + 10, PARLEY_LEX_MEET, &ml);
    if (!ml)
        return 0;
    people pp;
    sentence_people(ex, s, &pp);
    int who = pp.n && pp.p[0].end < w ? pp.p[0].ent : st->focus, met = -1;
    /* (the one before the clause, whoever invited: "at the invitation of Speaker X, with whom") */
    for (size_t m2 = ex->sent_mentions[s]; m2 < ex->sent_mentions[s + 1]; m2++)
        if (ex->mentions[m2].type == PARLEY_ENTITY_PERSON && ex->mentions[m2].entity >= 0 && ex->mentions[m2].te == w)
            met = ex->mentions[m2].entity;
    if (who < 0 || met < 0 || who == met)
        return 0;
    people two = {.n = 0};
    people_add(&two, met, w - 1, w);
    parley_event *ev = NULL;
    int rc = clause_meeting(ex, s, who, &two, 0, se->tok_end, m, ml, &ev);
    if (rc < 0 || !ev)
        return rc;
    return event_set_date_place(ex, ev, s, m, st, true);
}

/* "In Paris, X met Macron at the Elysee Palace, and in Berlin he is expected to meet Chancellor
 * Merz": a second clause after ", and", with a pronoun for the subject of the sentence's first
 * event (from index `first` on) and meeting words of its own, is a meeting of that subject with
 * whom the clause names (to come after a modal or "expected", "due", "scheduled"), at the place
 * the clause opens with. 0 or PARLEY_ENOMEM. O(tokens of the sentence). */
static int second_clause_meeting(parley_extraction *ex, size_t s, doc_state *st, size_t first)
{
    const parley_sentence *se = &ex->text.sentences[s];
    if (first >= ex->n_events || !ex->events[first].n_participants || ex->events[first].type != PARLEY_EVENT_MEETING)
        return 0;
    size_t and = SIZE_MAX, pron = SIZE_MAX;
    /* (", and" or ";": "...; he also met Australian Prime Minister X") */
    for (size_t q = se->tok_begin + 3; q + 4 < se->tok_end && pron == SIZE_MAX; q++) {
        if (!(tok(ex, q)->kind == PARLEY_TOK_PUNCT && ((is_p(ex, q, ',') && is_w(ex, q + 1, "and")) || is_p(ex, q, ';'))))
            continue;
        for (size_t r = q + 1; r < se->tok_end && r < q + 7 && pron == SIZE_MAX; r++)
            if (is_w(ex, r, "he") || is_w(ex, r, "she"))
                pron = r, and = is_p(ex, q, ';') ? q : q + 1;
    }
    if (pron == SIZE_MAX)
        return 0;
    static const char *const ahead[] = {"expected", "due", "scheduled", "set", "slated", NULL};
    bool planned = false;
    size_t t = pron + 1;
    while (t < se->tok_end && t < pron + 5 && !parley_match(ex, t, PARLEY_LEX_MEET, NULL)) {
        planned |= modal_at(ex, t) || is_w_any(ex, t, ahead);
        t++;
    }
    size_t ml = t < se->tok_end ? parley_match(ex, t, PARLEY_LEX_MEET, NULL) : 0;
    if (!ml || !(is_w(ex, t, "meet") || is_w(ex, t, "met") || is_w(ex, t, "hold") || is_w(ex, t, "held")))
        return 0;
    people pp;
    sentence_people(ex, s, &pp);
    people after = {.n = 0};
    for (size_t i = 0; i < pp.n; i++)
        if (pp.p[i].pos >= t + ml && pp.p[i].pos <= t + ml + 8)
            people_add(&after, pp.p[i].ent, pp.p[i].pos, pp.p[i].end);
    int who = ex->events[first].participants[0];
    /* (no one the sentence's events already hold: the clause tells someone new) */
    for (size_t i = 0; i < after.n; i++)
        for (size_t k = first; k < ex->n_events; k++)
            if (event_has(&ex->events[k], after.p[i].ent))
                return 0;
    if (!after.n)
        return 0;
    parley_event *ev = NULL;
    int rc = clause_meeting(ex, s, who, &after, t + ml, se->tok_end, t, ml, &ev);
    if (rc < 0 || !ev)
        return rc;
    if (planned)
        ev->status = PARLEY_STATUS_PLANNED;
    /* (the place the clause opens with: "and in Berlin he ...") */
    int place = -1;
    for (size_t m = ex->sent_mentions[s]; m < ex->sent_mentions[s + 1]; m++) {
        const parley_mention *mm = &ex->mentions[m];
        if (mm->entity >= 0 && mm->tb > and && mm->te <= pron &&
            (mm->type == PARLEY_ENTITY_LOCATION || mm->type == PARLEY_ENTITY_COUNTRY))
            place = mm->entity;
    }
    rc = event_set_date_place(ex, ev, s, t, st, place < 0);
    if (rc == 0 && place >= 0)
        ev->place = place;
    return rc;
}

/* Does sentence se say what it tells may be or is to be ("a meeting between the two leaders is
 * unlikely", "could take place", "is expected")? O(tokens of the sentence). */
static bool hypothetical_in(const parley_extraction *ex, const parley_sentence *se)
{
    static const char *const words[] = {"unlikely", "likely", "possible", "possibly", "expected", "proposed", "planned",
                                        "potential", "if", "whether", NULL};
    for (size_t q = se->tok_begin; q < se->tok_end; q++)
        if (tok(ex, q)->kind == PARLEY_TOK_WORD && (modal_at(ex, q) || is_w_any(ex, q, words)))
            return true;
    return false;
}

/* Does sentence se tell where a signing was held: "The signing ceremony took place at ...", "The
 * signing was held in ...", "The ceremony took place in ..."? */
static bool signing_held(const parley_extraction *ex, const parley_sentence *se)
{
    size_t b = se->tok_begin;
    if (b + 4 >= se->tok_end || !is_w(ex, b, "the"))
        return false;
    size_t k = b + 1;
    if (is_w(ex, k, "signing"))
        k++;
    else if (!is_w(ex, k, "ceremony"))
        return false;
    if (is_w(ex, k, "ceremony"))
        k++;
    return k + 1 < se->tok_end && ((is_w(ex, k, "took") && is_w(ex, k + 1, "place")) ||
                                   ((is_w(ex, k, "was") || is_w(ex, k, "is")) && is_w(ex, k + 1, "held")));
}

/* Does sentence se open with "They were", "They are", "They included" or "Among them were" (a list
 * of the people a sentence before told of without names)? */
static bool they_were(const parley_extraction *ex, const parley_sentence *se)
{
    size_t b = se->tok_begin;
    /* ("Among them were A and B", "These included A and B") */
    if (b + 3 < se->tok_end && is_w(ex, b, "among") && is_w(ex, b + 1, "them"))
        return is_w(ex, b + 2, "were") || is_w(ex, b + 2, "was");
    /* ("Presenting their credentials were A of X, B of Y and C of Z") */
    if (is_w(ex, b, "presenting"))
        for (size_t q = b + 1; q < se->tok_end && q < b + 6; q++)
            if (is_w(ex, q, "were"))
                return true;
    return b + 2 < se->tok_end && (is_w(ex, b, "they") || is_w(ex, b, "these")) &&
           (is_w(ex, b + 1, "were") || is_w(ex, b + 1, "are") || is_w(ex, b + 1, "included") || is_w(ex, b + 1, "include"));
}

/* Are tokens [b, e) the words of a title before a name: capitalised, or "of", "the", "for"? */
static bool title_words(const parley_extraction *ex, size_t b, size_t e)
{
    for (size_t q = b; q < e; q++)
        if (!(tok(ex, q)->kind == PARLEY_TOK_WORD && ((tok(ex, q)->flags & PARLEY_TOK_CAP) || is_w(ex, q, "of") ||
                                                       is_w(ex, q, "the") || is_w(ex, q, "for"))))
            return false;
    return true;
}

/* "The presidents of Nigeria, Ghana and Senegal met in Abuja. A, B and C agreed ...": do the people
 * pp of sentence se open it, joined by commas and "and", as many as the countries a plural office
 * of sentence s0 lists? O(pp->n + tokens of s0). */
static bool role_list_people(const parley_extraction *ex, size_t s0, const parley_sentence *se, const people *pp)
{
    /* (each with a title of capitalised words before the name: "Rwandan Foreign Minister A and
     * Congolese Foreign Minister B") */
    size_t b = parley_lead_start(ex, se);
    if (pp->n < 2 || pp->n > 8 || pp->p[0].pos < b || pp->p[0].pos > b + 6 || !title_words(ex, b, pp->p[0].pos))
        return false;
    for (size_t i = 1; i < pp->n; i++) {
        size_t q = pp->p[i - 1].end;
        if (q < se->tok_end && is_p(ex, q, ','))
            q++;
        if (q < se->tok_end && is_w(ex, q, "and"))
            q++;
        if (q == pp->p[i - 1].end || q > pp->p[i].pos || pp->p[i].pos > q + 6 || !title_words(ex, q, pp->p[i].pos))
            return false;
    }
    const char *countries[9];
    size_t rb, re;
    size_t a = pp->p[pp->n - 1].pos;
    while (a > pp->p[pp->n - 2].end && !is_w(ex, a - 1, "and"))
        a--;
    return a > pp->p[pp->n - 2].end && parley_role_countries(ex, s0, countries, 9, &rb, &re) == pp->n;
}

/* Does sentence se open with a list of a meeting's participants: "Participants included ...",
 * "Participants were ...", "Those taking part were ...", "Attending were ...", "Among those
 * attending were ...", "Among those who attended were ..."? */
static bool participants_list(const parley_extraction *ex, const parley_sentence *se)
{
    size_t b = se->tok_begin;
    if (b + 3 < se->tok_end && is_w(ex, b, "among"))
        b++;
    /* ("Among them were A and B" after a meeting with people not named) */
    if (b > se->tok_begin && is_w(ex, b, "them"))
        return they_were(ex, se);
    if (b + 2 < se->tok_end && is_w(ex, b, "the") && (is_w(ex, b + 1, "participants") || is_w(ex, b + 1, "attendees")))
        b++;
    if (b + 2 >= se->tok_end)
        return false;
    if (is_w(ex, b, "participants") || is_w(ex, b, "attendees") || is_w(ex, b, "attending"))
        return is_w(ex, b + 1, "included") || is_w(ex, b + 1, "were") || is_w(ex, b + 1, "include");
    if (b + 3 >= se->tok_end || !is_w(ex, b, "those"))
        return false;
    size_t v = is_w(ex, b + 1, "attending") || is_w(ex, b + 1, "present") ? b + 2
               : (is_w(ex, b + 1, "taking") && is_w(ex, b + 2, "part")) ? b + 3
               : is_w(ex, b + 1, "who") && is_w(ex, b + 2, "attended") ? b + 3
               : is_w(ex, b + 1, "who") && is_w(ex, b + 2, "took") && is_w(ex, b + 3, "part") ? b + 4
                                                                                            : SIZE_MAX;
    return v < se->tok_end && (is_w(ex, v, "included") || is_w(ex, v, "were"));
}

/* Add person ent to the people listed for a meeting told without names, once (at most 16). */
static void list_person(doc_state *st, int ent)
{
    for (size_t k = 0; k < st->n_listed; k++)
        if (st->listed[k] == ent)
            return;
    if (st->n_listed < sizeof st->listed / sizeof st->listed[0])
        st->listed[st->n_listed++] = ent;
}


/* "X received on Tuesday the credentials of five new ambassadors. They were A, B and C": each
 * listed envoy met the one person the sentence before named (credentials are presented one by
 * one). Sentence s is the list; s0 the credentials' sentence. 0, or PARLEY_ENOMEM. */
static int credentials_list(parley_extraction *ex, size_t s, size_t s0, const people *pp, doc_state *st)
{
    const parley_sentence *s0e = &ex->text.sentences[s0];
    size_t cred = SIZE_MAX;
    for (size_t q = s0e->tok_begin; q < s0e->tok_end && cred == SIZE_MAX; q++)
        if (is_w(ex, q, "credentials") || is_w(ex, q, "credence"))   /* ("letters of credence") */
            cred = q;
    people host;
    sentence_people(ex, s0, &host);
    if (cred == SIZE_MAX || host.n != 1)
        return 0;
    size_t m0l = 0, m0 = find_trigger(ex, s0e->tok_begin, s0e->tok_end, PARLEY_LEX_MEET, &m0l);
    if (!m0l) {
        m0 = cred;
        m0l = 1;
    }
    for (size_t i = 0; i < pp->n; i++) {
        if (pp->p[i].ent == host.p[0].ent)
            continue;
        parley_event *ev;
        int rc;
        if ((rc = pair_meeting(ex, host.p[0].ent, pp->p[i].ent, &ev)) < 0 || (rc = event_set_date_place(ex, ev, s0, m0, st, true)) < 0 ||
            (rc = event_add_evidence(ex, ev, s0, m0, m0 + m0l)) < 0 || (rc = event_add_evidence(ex, ev, s, pp->p[i].pos, pp->p[i].end)) < 0)
            return rc;
    }
    return 0;
}

/* Do the words at token q (before token e) say that someone takes part from afar: "by phone", "by
 * telephone", "via video (link)", "by videoconference", "virtually", "remotely"? O(1). */
static bool from_afar_at(const parley_extraction *ex, size_t q, size_t e)
{
    if (is_w(ex, q, "virtually") || is_w(ex, q, "remotely"))
        return true;
    return q + 1 < e && (is_w(ex, q, "by") || is_w(ex, q, "via")) &&
           (is_w(ex, q + 1, "video") || is_w(ex, q + 1, "phone") || is_w(ex, q + 1, "telephone") ||
            is_w(ex, q + 1, "videoconference") || is_w(ex, q + 1, "videolink"));
}

/* Do the tokens from the start of sentence se up to token g say only when, with no comma ("On
 * Monday the two presidents ...", "Later that day the ministers ...")? At most six tokens. */
static bool time_opening_before(const parley_extraction *ex, const parley_sentence *se, size_t g)
{
    static const char *const words[] = {"on", "in", "at", "the", "that", "later", "earlier", "then", "afterwards",
                                        "subsequently", "day", "morning", "afternoon", "evening", "night", "same",
                                        "next", "following", NULL};
    if (g <= se->tok_begin || g > se->tok_begin + 6)
        return false;
    for (size_t q = se->tok_begin; q < g; q++)
        if (!is_w_any(ex, q, words) && tok(ex, q)->kind != PARLEY_TOK_NUM &&
            !(tok(ex, q)->kind == PARLEY_TOK_WORD && (parley_date_weekday_name(tok_s(ex, q), tok_n(ex, q)) >= 0 ||
                                                      parley_date_month_name(tok_s(ex, q), tok_n(ex, q)) > 0)))
            return false;
    return true;
}

/* Does "welcomed" at meet (the whole meeting phrase, ml tokens) welcome a thing rather than
 * someone ("The two ministers welcomed the dynamic of the partnership", "welcomed the State visit
 * of President X")? A thing: an article, then a word that is no title, rank, honorific, people's
 * adjective, country, or word for people ("visiting", "delegation"). O(1). */
static bool welcomes_a_thing(const parley_extraction *ex, const parley_sentence *se, size_t meet, size_t ml)
{
    static const char *const verbs[] = {"welcomed", "welcomes", "welcome", NULL};
    static const char *const dets[] = {"the", "a", "an", "this", "these", NULL};
    static const char *const people[] = {"visiting", "delegation", "delegations", "guest", "guests", "visitors", "visitor",
                                         "leaders", "leader", "ministers", "minister", "president", "officials", "official",
                                         "participants", "heads", "head", "members", "chiefs", "chief", "team", NULL};
    if (ml != 1 || !is_w_any(ex, meet, verbs))
        return false;
    size_t q = meet + 1;
    if (q >= se->tok_end)
        return false;
    if (!is_w_any(ex, q, dets))
        return false;
    q++;
    if (q >= se->tok_end || tok(ex, q)->kind != PARLEY_TOK_WORD)
        return false;
    if (is_w_any(ex, q, people) || parley_match(ex, q, PARLEY_LEX_OFFICE, NULL) || parley_match(ex, q, PARLEY_LEX_RANK, NULL) ||
        parley_match(ex, q, PARLEY_LEX_HONORIFIC, NULL) || parley_match(ex, q, PARLEY_LEX_MODIFIER, NULL) ||
        parley_match(ex, q, PARLEY_LEX_DEMONYM, NULL) || parley_match(ex, q, PARLEY_LEX_COUNTRY, NULL) ||
        parley_match(ex, q, PARLEY_LEX_PERSON_NOUN, NULL))
        return false;
    /* (past a word or two before the people: "welcomed the newly arrived ambassadors") */
    for (size_t r = q + 1; r < se->tok_end && r < q + 3 && tok(ex, r)->kind == PARLEY_TOK_WORD; r++)
        if (is_w_any(ex, r, people) || parley_match(ex, r, PARLEY_LEX_OFFICE, NULL) || parley_match(ex, r, PARLEY_LEX_PERSON_NOUN, NULL))
            return false;
    return true;
}

/* The "between" of talks hosted by the meeting phrase at [meet, meet + ml) of sentence se ("hosted
 * talks between A and B", "ready to host peace talks between Russia and Ukraine"), or SIZE_MAX.
 * Constant time. */
static size_t hosted_between(const parley_extraction *ex, const parley_sentence *se, size_t meet, size_t ml)
{
    static const char *const hosts[] = {"host", "hosts", "hosted", "hosting", "mediate", "mediated", "mediating",
                                        "broker", "brokered", "facilitate", "facilitated", NULL};
    static const char *const fill[] = {"a", "an", "the", "peace", "direct", "new", "fresh", "possible", "further", NULL};
    size_t q = meet;
    if (!is_w_any(ex, q, hosts))
        return SIZE_MAX;
    q++;
    while (q < meet + ml && !is_w(ex, q, "between"))
        q++;
    for (int k = 0; q == meet + ml && k < 3 && q < se->tok_end && is_w_any(ex, q, fill); k++)
        q++;
    if (q == meet + ml && q < se->tok_end && parley_match(ex, q, PARLEY_LEX_MEET_NOUN, NULL) == 1)
        q++;
    return q < se->tok_end && is_w(ex, q, "between") ? q : SIZE_MAX;
}

/* Does the meeting phrase at [meet, meet + ml) of sentence s host talks of others, named by
 * their countries or places alone ("ready to host talks between Russia and Ukraine", "hosted
 * negotiations between Moscow and Kyiv")? Then the sentence's people do not meet each other
 * there. Linear in the clause after the phrase. */
static bool hosts_others_talks(const parley_extraction *ex, size_t s, size_t meet, size_t ml)
{
    const parley_sentence *se = &ex->text.sentences[s];
    size_t q = hosted_between(ex, se, meet, ml);
    if (q == SIZE_MAX)
        return false;
    size_t b = q + 1, e = b;
    while (e < se->tok_end && !is_p(ex, e, ',') && !is_p(ex, e, ';'))
        e++;
    bool others = false;
    for (size_t m = ex->sent_mentions[s]; m < ex->sent_mentions[s + 1]; m++) {
        const parley_mention *mm = &ex->mentions[m];
        if (mm->tb < b || mm->tb >= e)
            continue;
        if (mm->type == PARLEY_ENTITY_PERSON)
            return false;
        others |= mm->tb <= b + 1 && (mm->type == PARLEY_ENTITY_COUNTRY || mm->type == PARLEY_ENTITY_LOCATION);
    }
    return others;
}

/* "a meeting in New Delhi last week between A and B": the first meeting's noun in sentence se
 * followed within eight tokens, over a place's or a time's words and no one of pp, by "between";
 * its position, and in *ml the length up to "between" (0 and tok_end when none). O(tokens of
 * the sentence + people of pp for each "between" so reached). */
static size_t noun_between_at(const parley_extraction *ex, const parley_sentence *se, const people *pp, size_t *ml)
{
    static const char *const gap[] = {"in", "at", "on", "last", "this", "earlier", "the", "week", "month", "year", "day",
                                      "of", NULL};
    *ml = 0;
    for (size_t q = se->tok_begin; q < se->tok_end; q++) {
        size_t nl = parley_match(ex, q, PARLEY_LEX_MEET_NOUN, NULL);
        if (!nl)
            continue;
        size_t k = q + nl;
        while (k < se->tok_end && k < q + nl + 8 && !is_w(ex, k, "between") &&
               (is_w_any(ex, k, gap) || (tok(ex, k)->kind == PARLEY_TOK_WORD && (tok(ex, k)->flags & PARLEY_TOK_CAP)) ||
                tok(ex, k)->kind == PARLEY_TOK_NUM))
            k++;
        if (!(k > q + nl && k + 1 < se->tok_end && is_w(ex, k, "between")))
            continue;
        bool named = false;
        for (size_t i = 0; i < pp->n && !named; i++)
            named = pp->p[i].pos >= q + nl && pp->p[i].pos < k;
        if (!named) {
            *ml = k + 1 - q;
            return q;
        }
    }
    return se->tok_end;
}

/* "in the presence of" between tokens b and p (the first person named after it at p, past a
 * title's words)? O(p - b), at most 12. */
static bool presence_before(const parley_extraction *ex, size_t b, size_t p)
{
    for (size_t q = b; q + 2 < p && q < b + 12; q++)
        if (is_w(ex, q, "in") && is_w(ex, q + 1, "the") && is_w(ex, q + 2, "presence"))
            return true;
    return false;
}

/* Is what follows "called on" at token q an appeal: a few words naming no one (a country, a
 * city, "the international community"), then "to" and a verb in lower case ("called on Tokyo to
 * correct its mistakes")? pp: the sentence's people. O(8 + people). */
static bool called_on_appeal(const parley_extraction *ex, const parley_sentence *se, const people *pp, size_t q)
{
    size_t k = q;
    while (k < se->tok_end && k < q + 6 && tok(ex, k)->kind == PARLEY_TOK_WORD && !is_w(ex, k, "to"))
        k++;
    size_t v = k + 1 + (k + 2 < se->tok_end && is_p(ex, k + 1, '"'));   /* (to "correct ...") */
    if (k == q || !(v < se->tok_end && is_w(ex, k, "to") && tok(ex, v)->kind == PARLEY_TOK_WORD &&
                    !(tok(ex, v)->flags & PARLEY_TOK_CAP) && !is_w(ex, v, "the")))
        return false;
    for (size_t i = 0; i < pp->n; i++)
        if (pp->p[i].pos >= q && pp->p[i].pos < k)
            return false;
    return true;
}

/* '"We met in Kazan in October last year," said X' after X's meeting with Y: a speaker's "we"
 * opening the sentence (a quotation mark may open it) with a past meeting verb and only a place
 * or a time after it, no one named, is the two of the meeting told in the four sentences before,
 * met again where and when the sentence says (when it says either, and not the same as that
 * meeting's). O(tokens of the sentence). */
static int we_met_again(parley_extraction *ex, size_t s, doc_state *st, const people *pp)
{
    const parley_sentence *se = &ex->text.sentences[s];
    size_t q = se->tok_begin;
    if (st->last_meeting < 0 || st->last_meeting_sentence + 4 < s || q + 3 >= se->tok_end)
        return 0;
    if (tok(ex, q)->kind == PARLEY_TOK_PUNCT)
        q++;
    if (!is_w(ex, q, "we"))
        return 0;
    q++;
    if (is_w(ex, q, "last") || is_w(ex, q, "first") || is_w(ex, q, "have") || is_w(ex, q, "had") || is_w(ex, q, "already"))
        q++;
    if (q + 1 >= se->tok_end || !is_w(ex, q, "met"))
        return 0;
    size_t trig = q;
    static const char *const after[] = {"in", "at", "on", "last", "earlier", "during", "twice", NULL};
    if (!is_w_any(ex, q + 1, after))
        return 0;
    /* (no one named but the speaker after the quotation: '..., Putin said') */
    bool speech = false;
    for (size_t k = trig + 1; k < se->tok_end && pp->n && !speech; k++)
        speech = is_w_any(ex, k, speech_verbs);
    for (size_t i = 0; i < pp->n; i++)
        if (!speech || pp->p[i].pos < trig)
            return 0;
    const parley_event *lm = &ex->events[st->last_meeting];
    if (lm->n_participants != 2 || lm->type != PARLEY_EVENT_MEETING)
        return 0;
    /* (the speaker named is one of the two: not a spokesman's "we") */
    for (size_t i = 0; i < pp->n; i++)
        if (pp->p[i].ent != lm->participants[0] && pp->p[i].ent != lm->participants[1])
            return 0;
    int place = sentence_place(ex, s);
    parley_date d;
    int rel;
    bool dated = sentence_date(ex, s, trig, st, false, &d, &rel);
    if (place < 0 && !dated)
        return 0;
    char when[16] = "";
    if (dated)
        parley_date_format(when, &d);
    if ((place < 0 || place == lm->place) && (!dated || strcmp(when, lm->date) == 0))
        return 0;
    int a = lm->participants[0], b = lm->participants[1];
    parley_event *ev = event_new(ex, PARLEY_EVENT_MEETING);
    if (!ev)
        return PARLEY_ENOMEM;
    ev->status = PARLEY_STATUS_OCCURRED;
    int rc;
    if ((rc = event_add_participant(ex, ev, a)) < 0 || (rc = event_add_participant(ex, ev, b)) < 0)
        return rc;
    if (dated)
        memcpy(ev->date, when, sizeof(ev->date));
    ev->place = place;
    return event_add_evidence(ex, ev, s, trig, trig + 1);
}

static int do_sentence_body(parley_extraction *ex, size_t s, doc_state *st);

/* Does sentence se say "the <office>" as a subject (not after a preposition: "met with the
 * President") whose office word the title of person focus holds and that of person other does
 * not ("With Mr. Tinubu, the Secretary-General discussed ...")? O(tokens of the sentence). */
static bool office_names_focus(const parley_extraction *ex, const parley_sentence *se, int focus, int other)
{
    static const char *const preps[] = {"of", "with", "to", "for", "by", "on", "from", "and", NULL};
    const char *ft = ex->entities[focus].title, *ot = ex->entities[other].title;
    if (!ft || focus == other)
        return false;
    for (size_t q = se->tok_begin; q + 1 < se->tok_end; q++) {
        size_t l;
        if (!is_w(ex, q, "the") || (q > se->tok_begin && is_w_any(ex, q - 1, preps)) ||
            !(l = parley_match(ex, q + 1, PARLEY_LEX_OFFICE, NULL)) || q + 1 + l >= se->tok_end)
            continue;
        /* (the office's words as said, in the title: "Secretary-General", "Prime Minister") */
        const char *o = tok_s(ex, q + 1);
        size_t n = (size_t)(tok(ex, q + l)->end - tok(ex, q + 1)->start);
        if (parley_text_holds_word(ft, o, n) && !(ot && parley_text_holds_word(ot, o, n)) &&
            tok(ex, q + 1 + l)->kind == PARLEY_TOK_WORD && !(tok(ex, q + 1 + l)->flags & PARLEY_TOK_CAP))
            return true;
    }
    return false;
}

/* "During the conversation on Wednesday, the two ...": a call told again with its day, after it
 * was dated by the story's day only; the opener's day is the call's, no other event's of the
 * sentence ("the upcoming meeting ..., which both plan to attend"). Then the sentence's events.
 * O(tokens of the sentence). */
static int do_sentence(parley_extraction *ex, size_t s, doc_state *st)
{
    const parley_sentence *se = &ex->text.sentences[s];
    size_t b = se->tok_begin, comma = SIZE_MAX;
    if (!se->headline && st->last_call >= 0 && st->no_date && b + 4 < se->tok_end && is_w(ex, b, "during") && is_w(ex, b + 1, "the")) {
        size_t n = b + 2;
        if (is_w(ex, n, "phone") || is_w(ex, n, "telephone") || is_w(ex, n, "video"))
            n++;
        if (is_w(ex, n, "conversation") || is_w(ex, n, "call") || is_w(ex, n, "talk") || is_w(ex, n, "conference"))
            for (size_t q = n + 1; q < se->tok_end && q < n + 10 && comma == SIZE_MAX; q++)
                if (is_p(ex, q, ','))
                    comma = q;
        parley_date d;
        int rel;
        parley_event *call = &ex->events[st->last_call];
        if (comma != SIZE_MAX && sentence_date(ex, s, n, st, false, &d, &rel) && d.d && call->story_dated) {
            parley_date_format(call->date, &d);
            call->story_dated = false;
        }
        for (size_t q = b; comma != SIZE_MAX && q < comma; q++)
            st->no_date[q] = 1;
    }
    int rc = do_sentence_body(ex, s, st);
    for (size_t q = b; comma != SIZE_MAX && q < comma; q++)
        st->no_date[q] = 0;   /* (unknown again: the memo is read anew) */
    return rc;
}

static int do_sentence_body(parley_extraction *ex, size_t s, doc_state *st)
{
    const parley_sentence *se = &ex->text.sentences[s];
    if (se->headline || s < st->items_end)
        return 0;
    people pp;
    sentence_people(ex, s, &pp);
    {
        size_t n0 = ex->n_events;
        int rc = we_met_again(ex, s, st, &pp);
        if (rc < 0 || ex->n_events > n0)
            return rc;
    }
    if (st->unnamed_meet && st->unnamed_meet == s && pp.n >= 1 && they_were(ex, se)) {
        size_t before = ex->n_events;
        int rc = credentials_list(ex, s, s - 1, &pp, st);
        if (rc < 0 || ex->n_events > before)
            return rc;
    }
    /* "Participants included Denmark's A, Finland's B and Sweden's C" right after a meeting told
     * without a pair of named people: they met, with whoever that sentence named (its host) */
    /* ... or the delegations of talks so told: "The U.S. delegation was led by A and B. C led
     * Kyiv's team, which also included D and E" (the sentences right after it) */
    uint64_t mk = st->unnamed_meet && st->unnamed_meet + 3 >= s + 1 && pp.n ? kinds_in(ex, se->tok_begin, se->tok_end) : 0;
    /* "The delegation included:" and a list, an item a line ("- Senator X;"): the first person of
     * each item */
    if (st->unnamed_meet && st->unnamed_meet + 3 >= s + 1 && !pp.n && se->tok_end > se->tok_begin + 2 &&
        is_p(ex, se->tok_end - 1, ':') &&
        (kinds_in(ex, se->tok_begin, se->tok_end) & (UINT64_C(1) << PARLEY_LEX_MEMBERS))) {
        size_t s2 = s + 1;
        for (; s2 < ex->text.n_sentences && ex->text.sentences[s2].item; s2++) {
            people ip;
            sentence_people(ex, s2, &ip);
            if (ip.n)
                people_add(&pp, ip.p[0].ent, ip.p[0].pos, ip.p[0].end);
        }
        if (pp.n) {
            st->items_end = s2;
            mk = kinds_in(ex, se->tok_begin, se->tok_end);
        }
    }
    /* ("A, B and C attended the meeting" after "The trilateral meeting ... was held in Tbilisi":
     * the people before the join words are its participants) */
    bool attended = false;
    size_t att_at = 0, att_len = 0;   /* (the join words of such a sentence) */
    /* (one person alone, when another is known to have taken part: "A Hamas delegation led by A
     * met mediators in Cairo. Egypt's intelligence chief B attended the talks") */
    bool other_known = pp.n >= 2;
    if (mk && pp.n == 1) {
        for (size_t i = 0; i < st->n_listed && !other_known; i++)
            other_known = st->listed[i] != pp.p[0].ent;
        if (!other_known && st->n_listed == 0) {
            people host;
            sentence_people(ex, st->unnamed_meet - 1, &host);
            for (size_t i = 0; i < host.n && !other_known; i++)
                other_known = host.p[i].ent != pp.p[0].ent;
        }
    }
    if (mk && (mk & (UINT64_C(1) << PARLEY_LEX_JOIN)) && other_known) {
        size_t jl2, jq = find_trigger(ex, se->tok_begin, se->tok_end, PARLEY_LEX_JOIN, &jl2);
        att_at = jq;
        att_len = jl2;
        /* ("A and B also took part in the talks"; not a speaker's clause: '"...," X said, adding
         * that Y also took part') */
        bool spoken = false;
        for (size_t q = se->tok_begin; q < jq && !spoken; q++)
            spoken = is_w_any(ex, q, speech_verbs) || is_w(ex, q, "adding");
        if (jl2 > 1 && is_w(ex, jq, "also") && !spoken) {
            jq++;
            jl2--;
        }
        attended = jl2 && pp.p[pp.n - 1].end <= jq && (is_w(ex, jq, "attended") || is_w(ex, jq, "participated") ||
                                                       /* "A and B were among those who attended." */
                                                       (is_w(ex, jq, "who") && jq + 1 < se->tok_end && is_w(ex, jq + 1, "attended") &&
                                                        (jq + 2 == se->tok_end || tok(ex, jq + 2)->kind == PARLEY_TOK_PUNCT)) ||
                                                       (is_w(ex, jq, "took") && jq + 1 < se->tok_end && is_w(ex, jq + 1, "part")) ||
                                                       /* ("A and B were present during the Audience", no
                                                        * meeting of named people told before) */
                                                       (st->last_meeting < 0 && (is_w(ex, jq, "were") || is_w(ex, jq, "was")) &&
                                                        jq + 1 < se->tok_end && is_w(ex, jq + 1, "present")));
    }
    /* (not a sentence whose people meet someone of their own: "A, B and C met a Russian
     * delegation led by D in Riyadh on Feb. 18") */
    if (mk && (mk & (UINT64_C(1) << PARLEY_LEX_MEET)) && (mk & (UINT64_C(1) << PARLEY_LEX_MEMBERS)) && !attended) {
        size_t ol = 0, oq = find_trigger(ex, se->tok_begin, se->tok_end, PARLEY_LEX_MEET, &ol);
        if (ol && pp.p[0].pos < oq && oq + ol < se->tok_end && (is_w(ex, oq + ol, "a") || is_w(ex, oq + ol, "an")))
            mk = 0;
    }
    /* (... or the people a plural office of the meeting's sentence was: "The presidents of A, B
     * and C met in Abuja. X, Y and Z agreed ...") */
    bool role_list = mk && st->unnamed_meet == s && role_list_people(ex, s - 1, se, &pp);
    /* ("Hegseth met counterparts from Australia, Japan and the Philippines. Australia's A, Japan's
     * B and the Philippines' C issued a joint statement after the meeting": those who did something
     * "after the meeting", named before the words, in a sentence with no meeting or joining words
     * of its own, were at it) */
    size_t after_at = SIZE_MAX;   /* (where "after the meeting" is, if anywhere) */
    for (size_t q = se->tok_begin + 1; mk && !(mk & ((UINT64_C(1) << PARLEY_LEX_MEET) | (UINT64_C(1) << PARLEY_LEX_JOIN))) &&
                                       st->unnamed_meet == s && pp.n >= 2 && q + 2 < se->tok_end && after_at == SIZE_MAX;
         q++)
        if ((is_w(ex, q, "after") || is_w(ex, q, "following")) && is_w(ex, q + 1, "the") &&
            parley_match(ex, q + 2, PARLEY_LEX_MEET_NOUN, NULL) == 1 && pp.p[pp.n - 1].end <= q && !is_w(ex, q + 2, "summit"))
            after_at = q;
    bool after_meeting = after_at != SIZE_MAX;
    if (mk && (participants_list(ex, se) || attended || role_list || after_meeting || (mk & (UINT64_C(1) << PARLEY_LEX_MEMBERS)))) {
        size_t s0 = st->unnamed_meet - 1;
        int rc;
        /* (talks told just after a meeting of named people are that meeting: "A hosted B. The
         * ministers discussed X. The Lithuanian delegation included C and D") */
        /* (... but not one told as another: "Dr Ng also hosted a lunch for his counterparts") */
        bool another = false;
        const parley_sentence *told = &ex->text.sentences[s0];
        for (size_t q = told->tok_begin; q < told->tok_end && q < told->tok_begin + 24 && !another; q++)
            another = is_w(ex, q, "also") && q + 1 < told->tok_end && (tok(ex, q + 1)->flags & PARLEY_TOK_CAP) == 0 &&
                      (parley_match(ex, q + 1, PARLEY_LEX_MEET, NULL) || parley_match(ex, q + 1, PARLEY_LEX_HOST, NULL)) &&
                      /* (what they "also discussed" is the same talks) */
                      !is_w(ex, q + 1, "discussed") && !is_w(ex, q + 1, "discuss");
        if (st->unnamed_event < 0 && st->last_meeting >= 0 && st->last_meeting_sentence + 2 >= s0 &&
            st->last_meeting_sentence < s0 && !another)
            st->unnamed_event = st->last_meeting;
        if (st->unnamed_event < 0 && st->n_listed == 0) {
            people host;   /* whoever the meeting's own sentence named: its host */
            sentence_people(ex, s0, &host);
            for (size_t i = 0; i < host.n; i++)
                list_person(st, host.p[i].ent);
        }
        for (size_t i = 0; i < pp.n && st->unnamed_event < 0; i++)
            list_person(st, pp.p[i].ent);
        if (st->unnamed_event < 0) {
            /* (made once two people are known) */
            if (st->n_listed >= 2) {
                parley_event *ev = event_new(ex, PARLEY_EVENT_MEETING);
                if (!ev)
                    return PARLEY_ENOMEM;
                ev->status = PARLEY_STATUS_OCCURRED;
                for (size_t i = 0; i < st->n_listed; i++)
                    if ((rc = event_add_participant(ex, ev, st->listed[i])) < 0)
                        return rc;
                const parley_sentence *s0e = &ex->text.sentences[s0];
                size_t m0l = 0, m0 = find_trigger(ex, s0e->tok_begin, s0e->tok_end, PARLEY_LEX_MEET, &m0l);
                if (!m0l)
                    m0 = find_trigger(ex, s0e->tok_begin, s0e->tok_end, PARLEY_LEX_MEET_NOUN, &m0l);
                if ((rc = event_set_date_place(ex, ev, s0, m0, st, true)) < 0 ||
                    (rc = event_add_evidence(ex, ev, s0, m0, m0 + m0l)) < 0)
                    return rc;
                st->unnamed_event = (int)(ev - ex->events);
                /* (the meeting the sentences after tell of: "Following the meeting, the ministers
                 * signed ...") */
                if (st->last_meeting < 0) {
                    st->last_meeting = st->unnamed_event;
                    st->last_meeting_sentence = s;
                }
            }
        } else {
            parley_event *ev = &ex->events[st->unnamed_event];
            for (size_t i = 0; i < pp.n; i++)
                if ((rc = event_add_participant(ex, ev, pp.p[i].ent)) < 0)
                    return rc;
        }
        /* (the words of the list's own sentence that tell of the meeting, if any: "A and B
         * discussed") */
        size_t el = 0, ew = role_list ? find_trigger(ex, se->tok_begin, se->tok_end, PARLEY_LEX_MEET, &el) : se->tok_end;
        if (!el && attended && att_len) {
            ew = att_at;
            el = att_len;
        }
        if (!el && after_meeting) {
            ew = after_at;
            el = 3;
        }
        if (!el) {
            ew = se->tok_begin;
            el = 1;
        }
        if (st->unnamed_event >= 0 && (rc = event_add_evidence(ex, &ex->events[st->unnamed_event], s, ew, ew + el)) < 0)
            return rc;
        if (!(mk & (UINT64_C(1) << PARLEY_LEX_MEET)))
            return 0;   /* (a sentence with meeting words of its own goes on) */
    }
    /* a spokesperson the sentence ends with (", presidential spokesman Z said") takes part in
     * nothing it tells, whichever rule reads its people (but "In a meeting with A, B said" is B's) */
    {
        static const char *const spokes[] = {"spokesman", "spokeswoman", "spokesperson", NULL};
        /* (a sentence opened by a plural phrase, "The two leaders signed ..., Mitsotakis said": the
         * speaker at its end is one of them, or no one's) */
        bool group_opens = group_len(ex, se->tok_begin) ||
                           (se->tok_begin + 1 < se->tok_end && is_w(ex, se->tok_begin, "the") &&
                            group_len(ex, se->tok_begin + 1));
        size_t k = 0;
        for (size_t i = 0; i < pp.n; i++) {
            bool source = group_opens;
            for (size_t q = pp.p[i].pos; q-- > se->tok_begin && q + 6 > pp.p[i].pos && !source && !is_p(ex, q, ',');)
                source = is_w_any(ex, q, spokes);
            /* ... and so does one whose office tells it (", Mitsotakis' office said") */
            size_t q = pp.p[i].end;
            if (q + 2 < se->tok_end && (parley_text_tok_poss(&ex->text, q) || is_p(ex, q, '\''))) {
                q++;
                while (q < se->tok_end && q < pp.p[i].end + 4 && tok(ex, q)->kind == PARLEY_TOK_WORD &&
                       !(tok(ex, q)->flags & PARLEY_TOK_CAP) && !is_w_any(ex, q, speech_verbs))
                    q++;
                if (q > pp.p[i].end + 1 && q < se->tok_end && is_w_any(ex, q, speech_verbs) &&
                    pp.p[i].pos > se->tok_begin && is_p(ex, pp.p[i].pos - 1, ','))
                    continue;
            }
            /* (", citing Akorda press secretary X": the source of the report) */
            bool cited = false;
            for (size_t c = pp.p[i].pos; c-- > se->tok_begin && c + 8 > pp.p[i].pos && !cited && !is_p(ex, c, ',');)
                cited = is_w(ex, c, "citing");
            /* (... and "a statement signed by Y", "a statement issued by Y's office") */
            for (size_t c = pp.p[i].pos; c-- > se->tok_begin + 2 && c + 12 > pp.p[i].pos && !cited;)
                cited = is_w(ex, c, "by") && (is_w(ex, c - 1, "signed") || is_w(ex, c - 1, "issued")) &&
                        (is_w(ex, c - 2, "statement") || is_w(ex, c - 2, "release"));
            /* ("a transition away from the Assad regime", "Putin's aides": a person named for what
             * is theirs (a ruler noun of the lexicon), met by no one) */
            bool poss = pp.p[i].end < se->tok_end && parley_text_tok_poss(&ex->text, pp.p[i].end);
            size_t re = pp.p[i].end + poss;
            cited |= re < se->tok_end && parley_match(ex, re, PARLEY_LEX_RULER_NOUN, NULL) && !(tok(ex, re)->flags & PARLEY_TOK_CAP);
            /* (... and so is "since the fall of Sheikh Hasina's government") */
            cited |= poss && re < se->tok_end && is_w(ex, re, "government");
            /* (... and what someone said: "Starmer's comments came after X said he had held talks
             * with Y") */
            static const char *const said_things[] = {"comments", "remarks", "statement", "statements", "words",
                                                      "criticism", "warning", "speech", "interview", "tweet", "post",
                                                      "announcement", "claims", "accusations", NULL};
            cited |= poss && re < se->tok_end && is_w_any(ex, re, said_things);
            /* (... and the dead: "before the funeral of Pope Francis") */
            size_t fb = pp.p[i].pos;
            while (fb > se->tok_begin + 2 && fb + 4 > pp.p[i].pos && tok(ex, fb - 1)->kind == PARLEY_TOK_WORD &&
                   (tok(ex, fb - 1)->flags & PARLEY_TOK_CAP))
                fb--;   /* (back over a title: "Pope") */
            static const char *const mourned[] = {"funeral", "burial", "death", "memorial", "assassination", NULL};
            cited |= fb > se->tok_begin + 1 && (is_w(ex, fb - 1, "of") || is_w(ex, fb - 1, "for")) && is_w_any(ex, fb - 2, mourned);
            /* (... and whom someone stands in for: "Li Qiang, standing in for President Xi Jinping,
             * met Lula") */
            static const char *const stand_ins[] = {"standing", "stood", "stands", "filling", "deputising", "deputizing",
                                                    NULL};
            cited |= fb > se->tok_begin + 2 && is_w(ex, fb - 1, "for") &&
                     (is_w_any(ex, fb - 2, stand_ins) || (is_w(ex, fb - 2, "in") && is_w_any(ex, fb - 3, stand_ins)));
            cited |= fb > se->tok_begin + 2 && is_w(ex, fb - 1, "of") && is_w(ex, fb - 2, "place") && is_w(ex, fb - 3, "in");
            /* ("Deputy Prime Minister X said Fico met Y": the speaker of a report whose clause
             * opens with someone else) */
            static const char *const reporting[] = {"said", "says", "stated", "added", "noted", "explained",
                                                    "confirmed", "announced", NULL};
            size_t v = pp.p[i].end;
            if (v + 1 < se->tok_end && is_w_any(ex, v, reporting) && i + 1 < pp.n) {
                size_t y = v + 1 + is_w(ex, v + 1, "that");
                cited = pp.p[i + 1].pos == y && pp.p[i + 1].ent != pp.p[i].ent;
            }
            if (cited)
                continue;
            if (!(source && reports(ex, pp.p[i].pos, pp.p[i].end, se->tok_begin, se->tok_end)))
                pp.p[k++] = pp.p[i];
        }
        pp.n = k;
    }
    /* "the ministers also discussed preparations for a visit by President X to Russia": whom a
     * discussion is about is no one there (but "discussed trade with X" is) */
    /* ("discussed the treaty signed by A and B in June 2024": A and B signed it, then) */
    people topic_signers = {0};
    {
        static const char *const discussed[] = {"discussed", "discuss", "discussing", "reviewed", NULL};
        size_t k = 0;
        for (size_t i = 0; i < pp.n; i++) {
            bool topic = false, of = false;   /* (of: "a visit by", "the role of", "about") */
            size_t by = SIZE_MAX;
            for (size_t q = pp.p[i].pos; q-- > se->tok_begin && q + 16 > pp.p[i].pos && !topic;) {
                if (is_w(ex, q, "with") || is_p(ex, q, ',') || is_p(ex, q, ';'))
                    break;
                of |= is_w(ex, q, "by") || is_w(ex, q, "of") || is_w(ex, q, "about") || is_w(ex, q, "regarding") ||
                      is_w(ex, q, "for");
                if (by == SIZE_MAX && is_w(ex, q, "by") && q > se->tok_begin && is_w(ex, q - 1, "signed"))
                    by = q;
                topic = of && is_w_any(ex, q, discussed);
            }
            if (!topic)
                pp.p[k++] = pp.p[i];
            else if (by != SIZE_MAX)
                people_add(&topic_signers, pp.p[i].ent, pp.p[i].pos, pp.p[i].end);
        }
        pp.n = k;
    }
    size_t pron_at = pronoun_subject(ex, s);
    /* "The ministers co-chaired ...": a plural phrase, not one person in focus */
    bool pron = pron_at != SIZE_MAX && st->focus >= 0 && !group_len(ex, pron_at);
    int referent = pron ? pronoun_referent(ex, pron_at, s, st->focus) : -1;

    if (referent < 0)
        pron = false;   /* "the <office>" of someone not named */
    /* "The Azerbaijani Defense Minister met with X" before anyone is named: the one person of
     * that country whose title holds the office, named later */
    if (pron_at != SIZE_MAX && st->focus < 0 && !group_len(ex, pron_at)) {
        referent = role_named_later(ex, pron_at, s);
        pron = referent >= 0;
    }
    /* "Trump and the crown prince signed ...", "Trump and the Saudi leader signed": the office
     * after the first person named and "and", opening the sentence (or its main clause: "On
     * Tuesday, Trump and ..."), is whom it would be opening it (pronoun_referent()) */
    /* (past a title's capitalised words before the name: "Prince Faisal and the Foreign
     * Secretary signed") */
    size_t lead = pp.n ? parley_lead_start(ex, se) : 0, first_at = pp.n ? pp.p[0].pos : 0;
    while (first_at > lead && first_at + 4 > pp.p[0].pos && tok(ex, first_at - 1)->kind == PARLEY_TOK_WORD &&
           (tok(ex, first_at - 1)->flags & PARLEY_TOK_CAP))
        first_at--;
    /* (... or a title of two offices: "Deputy Prime Minister and Foreign Minister X") */
    while (first_at > lead + 1 && first_at + 10 > pp.p[0].pos && first_at < pp.p[0].pos &&
           (is_w(ex, first_at - 1, "and") || is_w(ex, first_at - 1, "of")) && tok(ex, first_at - 2)->kind == PARLEY_TOK_WORD &&
           (tok(ex, first_at - 2)->flags & PARLEY_TOK_CAP)) {
        first_at -= 2;
        while (first_at > lead && first_at + 10 > pp.p[0].pos && tok(ex, first_at - 1)->kind == PARLEY_TOK_WORD &&
               (tok(ex, first_at - 1)->flags & PARLEY_TOK_CAP))
            first_at--;
    }
    /* (... or past an opening phrase of place with a name in it: "In the Oval Office, Trump and
     * the crown prince signed") */
    size_t opened = main_clause_start(ex, s);
    if (pp.n && opened == se->tok_begin && (is_w(ex, opened, "in") || is_w(ex, opened, "at")))
        for (size_t q = opened + 1; q < se->tok_end && q < opened + 8; q++)
            if (is_p(ex, q, ',')) {
                bool named = false;   /* (no person in the phrase) */
                for (size_t i = 0; i < pp.n && !named; i++)
                    named = pp.p[i].pos < q;
                if (!named)
                    opened = q + 1;
                break;
            }
    /* (the first person named, past a title, opens the sentence or its main clause) */
    bool first_opens = pp.n && (first_at == lead || first_at == opened || pp.p[0].pos == opened);
    if (first_opens && pp.n < MAXP && pp.p[0].end + 2 < se->tok_end &&
        is_w(ex, pp.p[0].end, "and") && is_w(ex, pp.p[0].end + 1, "the") && pronoun_at(ex, pp.p[0].end + 1, se->tok_end) &&
        (pp.n == 1 || pp.p[1].pos > pp.p[0].end + 2)) {
        int who = pronoun_referent(ex, pp.p[0].end + 1, s, st->focus >= 0 ? st->focus : pp.p[0].ent);
        /* (a people's word only, "the Jordanian monarch", with two of that people named before
         * whose titles do not say it: no one in particular) */
        const parley_lex_entry *de = NULL;
        size_t w = pp.p[0].end + 2, dl = parley_match(ex, w, PARLEY_LEX_DEMONYM, &de);
        if (who >= 0 && dl && de && w + dl < se->tok_end &&
            !parley_text_holds_word(ex->entities[who].title, tok_s(ex, w + dl), tok_n(ex, w + dl))) {
            size_t of = 0;   /* (among the first 1024 entities: a text of thousands stays linear) */
            for (size_t i = 0; i < ex->n_entities && i < 1024 && of < 2; i++)
                of += ex->entities[i].type == PARLEY_ENTITY_PERSON && ex->entities[i].country &&
                      strcmp(ex->entities[i].country, de->canonical) == 0 && ex->entities[i].first_start < se->start;
            if (of >= 2)
                who = -1;
        }
        if (who >= 0)
            people_insert_second(&pp, who, pp.p[0].end + 1, pp.p[0].end + 2);
    }
    /* "Prime Minister A and his Lao counterpart co-chaired ...": the person of that people named
     * last before, holding A's office when one does (no name after the words) */
    const parley_lex_entry *cde = NULL;
    size_t cd = pp.n ? pp.p[0].end + 2 : 0, cdl = 0;
    if (first_opens && pp.n < MAXP && cd + 2 < se->tok_end &&
        is_w(ex, cd - 2, "and") && (is_w(ex, cd - 1, "his") || is_w(ex, cd - 1, "her")) &&
        (cdl = parley_match(ex, cd, PARLEY_LEX_DEMONYM, &cde)) && cde && cd + cdl + 1 < se->tok_end &&
        is_w(ex, cd + cdl, "counterpart") && tok(ex, cd + cdl + 1)->kind == PARLEY_TOK_WORD &&
        !(tok(ex, cd + cdl + 1)->flags & PARLEY_TOK_CAP) && (pp.n == 1 || pp.p[1].pos > cd + cdl)) {
        const char *t = ex->entities[pp.p[0].ent].title;
        int who = t ? latest_person(ex, s, t, strlen(t), cde->canonical) : -1;
        if (who < 0)
            who = latest_person(ex, s, NULL, 0, cde->canonical);
        if (who >= 0)
            people_insert_second(&pp, who, cd - 1, cd + cdl + 1);
    }
    /* "I" is the release's speaker, or no one known */
    if (pron_at != SIZE_MAX && is_w(ex, pron_at, "i")) {
        referent = st->speaker;
        pron = referent >= 0;
    }
    /* "The latter also held talks with X", "The former then accompanied ...": the second or the
     * first person of the meeting just told */
    if (se->tok_begin + 2 < se->tok_end && is_w(ex, se->tok_begin, "the") &&
        (is_w(ex, se->tok_begin + 1, "latter") || is_w(ex, se->tok_begin + 1, "former")) && st->last_meeting >= 0 &&
        st->last_meeting_sentence + 2 >= s) {
        const parley_event *lm = &ex->events[st->last_meeting];
        int people_seen[2] = {-1, -1};
        size_t k = 0;
        for (size_t i = 0; i < lm->n_participants && k < 2; i++)
            if (ex->entities[lm->participants[i]].type == PARLEY_ENTITY_PERSON)
                people_seen[k++] = lm->participants[i];
        int who = is_w(ex, se->tok_begin + 1, "latter") ? people_seen[1] : people_seen[0];
        if (k == 2 && who >= 0) {
            pron_at = se->tok_begin;
            pron = true;
            referent = who;
        }
    }
    /* "EAM also met X" after "EAM Dr. S. Jaishankar called on Y": a title in capitals opening the
     * sentence (or its main clause: "Earlier in the day, EAM held talks") is the one person whose
     * title it is */
    bool caps = false;   /* (a word in capitals near the start, else no initials to read) */
    for (size_t q = se->tok_begin; pron_at == SIZE_MAX && q < se->tok_end && q < se->tok_begin + 10 && !caps; q++)
        caps = tok(ex, q)->kind == PARLEY_TOK_WORD && (tok(ex, q)->flags & PARLEY_TOK_ALLCAPS) &&
               !(tok(ex, q)->flags & PARLEY_TOK_ABBREV);
    size_t ab = caps ? main_clause_start(ex, s) : se->tok_begin;
    bool ab_named = false;   /* (a person named there: "EAM Dr. S. Jaishankar") */
    for (size_t i = 0; i < pp.n && !ab_named; i++)
        ab_named = pp.p[i].pos == ab;
    for (size_t k = 0; pron_at == SIZE_MAX && k < st->n_acro && ab + 2 < se->tok_end && !ab_named; k++)
        if (st->acro_ent[k] >= 0 && strlen(st->acro[k]) == tok_n(ex, ab) &&
            memcmp(st->acro[k], tok_s(ex, ab), tok_n(ex, ab)) == 0) {
            pron_at = ab;
            pron = true;
            referent = st->acro_ent[k];
        }
    /* ... or the one person whose title's initials it spells ("EAM also met X" after "External
     * Affairs Minister Dr. S. Jaishankar held talks with Y") */
    if (pron_at == SIZE_MAX && !ab_named && ab + 2 < se->tok_end &&
        parley_office_initials_at(ex, ab,
                           (UINT64_C(1) << PARLEY_LEX_OFFICE) | (UINT64_C(1) << PARLEY_LEX_NATIONAL_OFFICE) |
                               (UINT64_C(1) << PARLEY_LEX_COUNTERPART_TITLE)) &&
        tok(ex, ab + 1)->kind == PARLEY_TOK_WORD && !(tok(ex, ab + 1)->flags & PARLEY_TOK_CAP)) {
        int who = initials_holder(ex, ab, -1);
        if (who >= 0) {
            pron_at = ab;
            pron = true;
            referent = who;
        }
    }
    size_t ml, sl, cl, jl, pl, nl;
    uint64_t sk = kinds_in(ex, se->tok_begin, se->tok_end);
    size_t meet = sentence_trigger(ex, se, sk, PARLEY_LEX_MEET, &ml);
    /* "X received a phone call from A and later met B": "received" of a call's words is no
     * meeting's; the meeting words after them are */
    if (ml == 1 && (is_w(ex, meet, "received") || is_w(ex, meet, "receives")) && meet + 3 < se->tok_end &&
        (is_w(ex, meet + 1, "a") || is_w(ex, meet + 1, "an"))) {
        /* (a call's words, not a message's or a letter's: "received a message from A, delivered
         * by B" tells a meeting with B; and no comma before the later words, whose second clause
         * second_clause_meetings() reads: "received a call from A, and later met B") */
        size_t c2l = 0, c2 = find_trigger(ex, meet + 1, meet + 5 < se->tok_end ? meet + 5 : se->tok_end, PARLEY_LEX_CALL, &c2l);
        bool voice = false;
        for (size_t q = c2; c2l && q < c2 + c2l && !voice; q++)
            voice = is_w(ex, q, "call") || is_w(ex, q, "phone") || is_w(ex, q, "telephone") || is_w(ex, q, "conversation");
        size_t l3 = 0, m3 = voice ? find_trigger(ex, c2 + c2l, se->tok_end, PARLEY_LEX_MEET, &l3) : se->tok_end;
        for (size_t q = c2 + c2l; l3 && q < m3; q++)
            if (is_p(ex, q, ',') || is_p(ex, q, ';'))
                l3 = 0;
        if (l3) {
            meet = m3;
            ml = l3;
        }
    }
    /* "a meeting in New Delhi last week between A and B": a meeting's noun, its place or time,
     * then "between" (no one named in the gap) */
    if (!ml && (sk & (UINT64_C(1) << PARLEY_LEX_MEET_NOUN)))
        meet = noun_between_at(ex, se, &pp, &ml);
    /* "X welcomed the decision by Y", "welcomed the adoption of ...": a thing welcomed, no guest
     * (but "welcomed the visiting minister", "welcomed the delegation") */
    /* (also with no article, or past a lower-case word: "welcomed progress on", "welcomed the
     * recent steps") */
    if (ml == 1 && (is_w(ex, meet, "welcomed") || is_w(ex, meet, "welcomes")) && meet + 1 < se->tok_end) {
        static const char *const dets[] = {"the", "a", "an", "this", "his", "her", "its", "their", NULL};
        static const char *const things[] = {"decision", "decisions", "move", "announcement", "adoption", "statement",
                                             "step", "steps", "news", "efforts", "initiative", "proposal", "commitment",
                                             "participation", "resolution", "agreement", "plan", "progress", "outcome",
                                             "results", "support", "contribution", "release", "launch", "signing", NULL};
        size_t q = meet + 1;
        if (is_w_any(ex, q, dets))
            q++;
        if (q + 1 < se->tok_end && !is_w_any(ex, q, things) && tok(ex, q)->kind == PARLEY_TOK_WORD &&
            !(tok(ex, q)->flags & PARLEY_TOK_CAP) && is_w_any(ex, q + 1, things))
            q++;
        /* (a meeting told later in the sentence is still told: "welcomed progress on X and
         * agreed A and B would meet") */
        if (q < se->tok_end && is_w_any(ex, q, things)) {
            ml = 0;
            size_t later = find_trigger(ex, q + 1, se->tok_end, PARLEY_LEX_MEET, &ml), and = q + 1;
            while (and < later && !is_w(ex, and, "and"))
                and++;
            /* (in a second predicate, not the thing's own words: "welcomed the progress of
             * negotiations") */
            if (ml && and < later)
                meet = later;
            else
                ml = 0;
        }
    }
    /* "A and B co-chair the Senate NATO Observer Group": a standing body they lead, no meeting
     * (but a headline's "A, B co-chair summit" and "co-chair the summit" are) */
    if (ml && (is_w(ex, meet + ml - 1, "co-chair") || (is_w(ex, meet, "co") && is_w(ex, meet + ml - 1, "chair"))) &&
        !se->headline) {
        static const char *const bodies[] = {"group", "caucus", "committee", "commission", "council", "board", NULL};
        size_t q = meet + ml;
        while (q < se->tok_end && q < meet + 10 && tok(ex, q)->kind == PARLEY_TOK_WORD && !is_w_any(ex, q, bodies))
            q++;
        if (q < se->tok_end && is_w_any(ex, q, bodies) && (q + 1 == se->tok_end || tok(ex, q + 1)->kind == PARLEY_TOK_PUNCT))
            ml = 0;
    }
    /* "..., while X welcomed it": a thing welcomed */
    if (ml == 1 && (is_w(ex, meet, "welcomed") || is_w(ex, meet, "welcomes")) && meet + 1 < se->tok_end &&
        (is_w(ex, meet + 1, "it") || is_w(ex, meet + 1, "this") || is_w(ex, meet + 1, "that") || is_w(ex, meet + 1, "these")))
        ml = 0;
    /* "Macron and Scholz called on Tuesday for Ukraine to ...": the day a call for something was
     * made, no one called on */
    if (ml == 2 && is_w(ex, meet, "called") && is_w(ex, meet + 1, "on") && meet + 2 < se->tok_end &&
        tok(ex, meet + 2)->kind == PARLEY_TOK_WORD &&
        (parley_date_weekday_name(tok_s(ex, meet + 2), tok_n(ex, meet + 2)) >= 0 ||
         parley_date_month_name(tok_s(ex, meet + 2), tok_n(ex, meet + 2)) > 0))
        ml = 0;
    /* "Wang called on Tokyo to correct its mistakes", "called on the world to act": an appeal to
     * a country, a city or a lower-case group, no one visited (whom a visitor calls on is named:
     * "called on President X to discuss ties") */
    if (ml == 2 && is_w(ex, meet, "called") && is_w(ex, meet + 1, "on") && called_on_appeal(ex, se, &pp, meet + 2))
        ml = 0;
    /* "The protocol was signed after a meeting attended by X": the signing's meeting, told as
     * what the signing came after (its people join the meeting told) */
    size_t bsl = 0;
    if (ml == 3 && (is_w(ex, meet, "after") || is_w(ex, meet, "following")) && is_w(ex, meet + 1, "a") &&
        !(meet + 3 < se->tok_end && (is_w(ex, meet + 3, "between") || is_w(ex, meet + 3, "with"))) &&
        find_trigger(ex, se->tok_begin, meet, PARLEY_LEX_SIGN, &bsl) < meet && bsl)
        ml = 0;
    /* "X received congratulations from Y", "received a message from Y": what was sent, no visit */
    if (ml == 1 && (is_w(ex, meet, "received") || is_w(ex, meet, "receives")) && meet + 2 < se->tok_end) {
        static const char *const sent[] = {"congratulations", "condolences", "greetings", "message", "messages", "letter",
                                           "letters", "invitation", "award", "report", "request", "donation",
                                           "shipment", "delivery", "aid", "assurances", "wishes", NULL};
        size_t q = meet + 1 + (is_w(ex, meet + 1, "a") || is_w(ex, meet + 1, "an") || is_w(ex, meet + 1, "the"));
        bool thing = is_w_any(ex, q, sent);
        /* (... but one handed over in person is a meeting with whoever brought it, not with its
         * sender: "received a message from his counterpart, X, delivered by Foreign Minister Y") */
        size_t by = thing ? handed_by_after(ex, se, q) : SIZE_MAX;
        if (by != SIZE_MAX)
            people_drop_between(&pp, q, by);
        /* (but "received the letters of credence from five new envoys": presented in person) */
        else if (thing && !(q + 2 < se->tok_end && is_w(ex, q + 1, "of") && is_w(ex, q + 2, "credence")))
            ml = 0;
    }
    /* "X, whose country is set to host the summit, also called on Y": meeting words in a
     * "whose" clause are said of a thing of X's, no one met; the words after the clause are the
     * sentence's */
    size_t wb, we;
    if (ml && relative_clause_at(ex, se, meet, se->tok_end, &wb, &we) && is_w(ex, wb, "whose") && we < se->tok_end) {
        size_t l2 = 0, m2 = find_trigger(ex, we, se->tok_end, PARLEY_LEX_MEET, &l2);
        if (l2) {
            meet = m2;
            ml = l2;
        }
    }
    if (!ml && (meet = parley_named_meeting(ex, se->tok_begin, se->tok_end, &ml)) == SIZE_MAX)
        meet = se->tok_end;
    /* "X skipped the summit in Asuncion, where President Y met Z": a "where" clause with a
     * subject of its own tells its people's meeting, not the main clause's subject's */
    for (size_t q = ml ? meet : se->tok_begin; q-- > se->tok_begin + 1 && q + 12 > meet;) {
        if (is_p(ex, q, ',') || is_p(ex, q, ';'))
            break;
        if (!is_w(ex, q, "where") || !is_p(ex, q - 1, ','))
            continue;
        bool own = false;
        for (size_t i = 0; i < pp.n && !own; i++)
            own = pp.p[i].pos > q && pp.p[i].pos < meet;
        /* (but "Zelensky travelled to Berlin, where he and Merz held a press conference": the
         * pronoun joined to them is the main clause's subject) */
        bool with_him = own && q + 2 < meet && (is_w(ex, q + 1, "he") || is_w(ex, q + 1, "she")) && is_w(ex, q + 2, "and") &&
                        pp.n && pp.p[0].pos < q;
        person_at subject = pp.n ? pp.p[0] : (person_at){0};
        if (own)
            people_keep_after(&pp, q);
        if (with_him && pp.n < MAXP) {
            memmove(&pp.p[1], &pp.p[0], pp.n * sizeof(person_at));
            pp.p[0] = subject;
            pp.n++;
        }
        break;
    }
    /* "A and B unveiled upgrades to their alliance at a White House summit", "... at the first
     * annual leaders' meeting": the sentence's only two people, a pair, at a meeting of their own
     * (no body or country named for it) */
    if (!ml && pp.n == 2 && has_and_between(ex, pp.p[0].pos, pp.p[1].pos)) {
        static const char *const nouns[] = {"summit", "meeting", "talks", NULL};
        for (size_t q = pp.p[1].end; !ml && q + 2 < se->tok_end; q++) {
            if (!(is_w(ex, q, "at") || is_w(ex, q, "during")) ||
                !(is_w(ex, q + 1, "a") || is_w(ex, q + 1, "an") || is_w(ex, q + 1, "the")))
                continue;
            for (size_t k = q + 2; k < se->tok_end && k < q + 8; k++) {
                if (is_w_any(ex, k, nouns)) {
                    if (!multilateral_in(ex, q, k)) {
                        meet = q;
                        ml = k + 1 - q;
                    }
                    break;
                }
                const uint64_t many = (UINT64_C(1) << PARLEY_LEX_INTERNATIONAL) | (UINT64_C(1) << PARLEY_LEX_COUNTRY) |
                                      (UINT64_C(1) << PARLEY_LEX_DEMONYM);
                if ((tok(ex, k)->kind == PARLEY_TOK_PUNCT && !parley_text_tok_poss(&ex->text, k)) ||
                    (ex->match_kinds && (ex->match_kinds[k] & many)) || is_w(ex, k, "of") || is_w(ex, k, "with"))
                    break;
            }
        }
    }
    /* "Orban visited former US President Donald Trump at his residence": a person visited, the
     * visit a meeting (the person right after the verb, only title words between) */
    for (size_t q = se->tok_begin; !ml && q < se->tok_end; q++) {
        if ((*tok_s(ex, q) | 0x20) != 'v' || (!is_w(ex, q, "visited") && !is_w(ex, q, "visits")))
            continue;
        size_t i = 0;
        while (i < pp.n && pp.p[i].pos <= q)
            i++;
        if (i == pp.n || i == 0 || pp.p[i].pos > q + 7)
            continue;
        bool titles = true;
        for (size_t k = q + 1; k < pp.p[i].pos && titles; k++)
            titles = tok(ex, k)->kind == PARLEY_TOK_WORD &&
                     ((tok(ex, k)->flags & PARLEY_TOK_CAP) || parley_match(ex, k, PARLEY_LEX_MODIFIER, NULL));
        if (titles) {
            meet = q;
            ml = 1;
        }
    }
    /* "After his meeting with Chauhan, Cavo Dragone also called on X": meeting words in an
     * opening phrase tell the meeting before; the sentence's own are after the comma, and the
     * people of the phrase are no party to them */
    static const char *const openers[] = {"after", "following", "before", "ahead", "during", "prior", NULL};
    size_t ob = parley_lead_start(ex, se);   /* (after a dateline's dash: "WARSAW - After meeting ...") */
    size_t main_from = SIZE_MAX;   /* where the main clause starts after a gerund's opener */
    bool in_opener = true;   /* (the words inside the opening phrase, before its comma) */
    for (size_t q = ob; ml && q < meet && in_opener; q++)
        in_opener = !is_p(ex, q, ',');
    /* ("After meeting X in Warsaw on Monday, Y held talks with Z": a gerund opens the sentence) */
    bool gerund_open = ml && meet == ob && is_w_any(ex, meet, gerund_openers) && ml >= 2;
    if (ml && (meet > ob || gerund_open) && in_opener && is_w_any(ex, ob, openers)) {
        size_t q = meet + ml;
        while (q < se->tok_end && q < meet + ml + 20 && !is_p(ex, q, ','))
            q++;
        size_t l2 = 0, m2 = q < se->tok_end && is_p(ex, q, ',') ? find_trigger(ex, q + 1, se->tok_end, PARLEY_LEX_MEET, &l2)
                                                               : se->tok_end;
        /* "During his meeting with X, the prime minister discussed trade": what was discussed
         * in that meeting, not another */
        if (l2 && is_w(ex, se->tok_begin, "during") && (is_w(ex, m2, "discussed") || is_w(ex, m2, "discuss")))
            l2 = 0;
        if (l2 && gerund_open) {
            /* the opener's own meeting: the main clause's subject with the opener's people, on
             * the opener's day and at its place */
            int subject = -1;
            for (size_t i = 0; i < pp.n && subject < 0; i++)
                if (pp.p[i].pos > q && pp.p[i].end <= m2)
                    subject = pp.p[i].ent;
            parley_event *gv = NULL;
            int rc2 = clause_meeting(ex, s, subject, &pp, se->tok_begin, q, meet, ml, &gv);
            if (rc2 < 0)
                return rc2;
            if (gv) {
                clause_date(ex, st, ob, q, gv);
                gv->place = place_after(ex, s, ob, q);
            }
        }
        if (l2) {
            meet = m2;
            ml = l2;
            people_keep_after(&pp, q);
            if (gerund_open)
                main_from = q;
        }
    }
    size_t sign = sentence_trigger(ex, se, sk, PARLEY_LEX_SIGN, &sl);
    size_t call = sentence_trigger(ex, se, sk, PARLEY_LEX_CALL, &cl);
    /* ("\"The message I bring you today is ...,\" Austin told X at the start of their meeting": words
     * of a call inside a quotation are what is said) */
    if (cl && parley_in_quotation(ex, s, call)) {
        cl = 0;
        call = se->tok_end;
    }
    /* ("In the letter, X invited Y to Paris for talks": the medium of what is told, opening the
     * sentence, is no call of its own) */
    if (cl && call <= se->tok_begin + 3 && is_w(ex, se->tok_begin, "in") && call + cl < se->tok_end && is_p(ex, call + cl, ',')) {
        cl = 0;
        call = se->tok_end;
    }
    size_t join = sentence_trigger(ex, se, sk, PARLEY_LEX_JOIN, &jl);
    if (!jl)
        join = joined_for_by(ex, se, &jl);
    /* ("also attended the parade", "attended the opening of the fair": a thing attended that is
     * no meeting, meal or ceremony is no one's meeting) */
    if (jl && is_w(ex, join + jl - 1, "attended") && join + jl + 1 < se->tok_end && is_w(ex, join + jl, "the")) {
        static const char *const meetings[] = {"ceremony", "talks", "meeting", "meetings", "session", "sessions",
                                               "event", "events", "lunch", "luncheon", "dinner", "banquet",
                                               "reception", "signing", "summit", "consultations", "discussions",
                                               "negotiations", "audience", "breakfast", "conference", NULL};
        size_t n = join + jl + 1;
        while (n + 1 < se->tok_end && n < join + jl + 4 && tok(ex, n)->kind == PARLEY_TOK_WORD && !is_w_any(ex, n, meetings) &&
               !parley_match(ex, n, PARLEY_LEX_MEET_NOUN, NULL) && tok(ex, n + 1)->kind == PARLEY_TOK_WORD)
            n++;   /* (past a qualifier or two: "the signing ceremony", "the bilateral talks") */
        if (tok(ex, n)->kind == PARLEY_TOK_WORD && !(tok(ex, n)->flags & PARLEY_TOK_CAP) && !is_w_any(ex, n, meetings) &&
            !parley_match(ex, n, PARLEY_LEX_MEET_NOUN, NULL))
            jl = 0;
    }
    /* "C joined them by video link": from afar, no one added (nor "were then joined by Egyptian
     * President A by videoconference": past the joiner's title and name) */
    size_t afar_end = join + jl + 4;
    for (size_t m = ex->sent_mentions[s]; jl && m < ex->sent_mentions[s + 1]; m++) {
        const parley_mention *mm = &ex->mentions[m];
        if (mm->sentence == s && mm->type == PARLEY_ENTITY_PERSON && mm->tb >= join + jl) {
            /* (the joiner right after the words, a title's capitalised words between) */
            bool titled = mm->tb < join + jl + 6;
            for (size_t q = join + jl; q < mm->tb && titled; q++)
                titled = tok(ex, q)->kind == PARLEY_TOK_WORD && (tok(ex, q)->flags & PARLEY_TOK_CAP);
            if (titled)
                afar_end = mm->te + 3;
            break;
        }
    }
    for (size_t q = join + jl; jl && q < se->tok_end && q < afar_end; q++)
        if (from_afar_at(ex, q, se->tok_end))
            jl = 0;
    /* "joined the so-called "two-plus-two" security talks", "attended the annual strategic
     * dialogue": a verb of joining, "the", a few words and a meeting's noun */
    /* (... or "joined the Ukrainian delegation", a demonym and no meeting's noun) */
    if (!jl && (sk & ((UINT64_C(1) << PARLEY_LEX_MEET_NOUN) | (UINT64_C(1) << PARLEY_LEX_DEMONYM))))
        join = joined_meeting_at(ex, se, &jl);
    /* "Coordinating Minister X attended." after a meeting: "attended" (or "also attended") ending
     * the sentence, what was attended the meeting just told */
    if (!jl && se->tok_end >= se->tok_begin + 3) {
        size_t z = se->tok_end - 1;
        if (tok(ex, z)->kind == PARLEY_TOK_PUNCT && z > se->tok_begin)
            z--;
        if (is_w(ex, z, "attended") && z > se->tok_begin && tok(ex, z - 1)->kind == PARLEY_TOK_WORD &&
            ((tok(ex, z - 1)->flags & PARLEY_TOK_CAP) || is_w(ex, z - 1, "also"))) {
            join = z;
            jl = 1;
        }
    }
    /* "The delegation also included A and B" after "X met with a delegation ... led by Y": the
     * members met X too */
    /* ("The delegation included A", "The Georgian delegation included A") */
    size_t dlg = se->tok_begin + 1;
    if (dlg < se->tok_end && !is_w(ex, dlg, "delegation") && (sk & (UINT64_C(1) << PARLEY_LEX_MEMBERS)))
        dlg += parley_match(ex, dlg, PARLEY_LEX_DEMONYM, NULL);
    /* ("Lai thanked the delegation, which also included A and B, for ...": the delegation's
     * members told inside the sentence) */
    bool inner_dlg = false;
    for (size_t q = se->tok_begin + 2; !jl && (sk & (UINT64_C(1) << PARLEY_LEX_MEMBERS)) && q + 2 < se->tok_end && !inner_dlg;
         q++)
        if (is_w(ex, q, "delegation") && is_w(ex, q - 1, "the") && is_p(ex, q + 1, ',') && is_w(ex, q + 2, "which") &&
            parley_match(ex, q, PARLEY_LEX_MEMBERS, NULL)) {
            dlg = q;
            inner_dlg = true;
        }
    if (!jl && st->last_meeting >= 0 && st->last_meeting_sentence + 2 >= s && (sk & (UINT64_C(1) << PARLEY_LEX_MEMBERS)) &&
        dlg + 1 < se->tok_end && (is_w(ex, se->tok_begin, "the") || inner_dlg) && is_w(ex, dlg, "delegation")) {
        size_t ml2 = parley_match(ex, dlg, PARLEY_LEX_MEMBERS, NULL);
        const parley_sentence *ls = &ex->text.sentences[st->last_meeting_sentence];
        bool told = false;   /* (the last meeting's sentence tells of a delegation) */
        for (size_t q = ls->tok_begin; q < ls->tok_end && !told; q++)
            told = is_w(ex, q, "delegation");
        /* (... or one side's delegation "also" had them: "The Russian delegation also included
         * A and B" after the two ministers' talks) */
        for (size_t q = dlg; !told && dlg > se->tok_begin + 1 && q < dlg + ml2; q++)
            told = is_w(ex, q, "also");
        /* (... or the delegation of the country of one of the meeting's people: "The Syrian
         * delegation included A and B" after Putin's talks with al-Sharaa) */
        const parley_lex_entry *de = NULL;
        if (!told && dlg > se->tok_begin + 1 && parley_match(ex, se->tok_begin + 1, PARLEY_LEX_DEMONYM, &de) && de)
            told = has_person_of(ex, &ex->events[st->last_meeting], de->canonical);
        for (size_t q = dlg; told && q < dlg + ml2; q++)
            told = !is_w(ex, q, "led") && !is_w(ex, q, "headed");   /* (who led it is told with the meeting) */
        if (ml2 && told) {
            join = dlg;
            jl = ml2;
        }
    }
    /* "On the American side, A and B took part.": the last words of a sentence right after a
     * meeting's */
    if (!jl && st->last_meeting >= 0 && st->last_meeting_sentence + 2 >= s && se->tok_end >= se->tok_begin + 4) {
        size_t e = se->tok_end - (is_p(ex, se->tok_end - 1, '.') ? 1 : 0);
        if (is_w(ex, e - 1, "part") && is_w(ex, e - 2, "took")) {
            join = e - 2;
            jl = 2;
        }
    }
    /* "The talks were attended on the Saudi side by A and on the French side by B": the side's
     * words between the verb and "by" */
    /* ("attended" is a verb of persons in the lexicon: only sentences that have one are read) */
    for (size_t q = se->tok_begin + 1; !jl && (sk & (UINT64_C(1) << PARLEY_LEX_PERSON_VERB)) && q + 5 < se->tok_end; q++) {
        if (!is_w(ex, q, "attended") || !is_w(ex, q + 1, "on") || !is_w(ex, q + 2, "the"))
            continue;
        for (size_t r = q + 4; r + 1 < se->tok_end && r < q + 7; r++)
            if (is_w(ex, r, "side") && is_w(ex, r + 1, "by")) {
                join = q;
                jl = r + 2 - q;
                break;
            }
        break;
    }
    /* "Cuban Deputy Prime Minister A was part of the Cuban delegation" ("were members of the
     * delegation") right after a meeting's sentence: A was at it */
    /* ("delegation" is a body's head word in the lexicon: only sentences that have one are read) */
    for (size_t q = se->tok_begin + 1; !jl && st->last_meeting >= 0 && st->last_meeting_sentence + 2 >= s &&
                                       (sk & (UINT64_C(1) << PARLEY_LEX_ORGHEAD)) && q + 4 < se->tok_end;
         q++) {
        if (!is_w(ex, q, "was") && !is_w(ex, q, "were"))
            continue;
        size_t r = q + 1 + is_w(ex, q + 1, "also");
        if (r + 1 < se->tok_end && is_w(ex, r, "a") && is_w(ex, r + 1, "member"))
            r++;
        if (r + 3 < se->tok_end && (is_w(ex, r, "part") || is_w(ex, r, "members") || is_w(ex, r, "member")) &&
            is_w(ex, r + 1, "of") && is_w(ex, r + 2, "the")) {
            size_t d = r + 3;
            d += parley_match(ex, d, PARLEY_LEX_DEMONYM, NULL);
            if (d < se->tok_end && is_w(ex, d, "delegation")) {
                join = q;
                jl = d + 1 - q;
            }
        }
        break;
    }
    /* "Foreign Minister A and intelligence chief B accompanied Erdogan" right after a sentence
     * that tells of the last meeting (or of it again), with no meeting words of its own: the
     * companions were at the meeting (not "was accompanied by", a join phrase, nor "who
     * accompanied", a clause; nor after a sentence of something else: "X laid a wreath. Y
     * accompanied him") */
    if (!jl && !ml && st->last_meeting >= 0 && st->last_meeting_sentence + 2 >= s && s > 0) {
        static const char *const accompanies[] = {"accompanied", "accompanies", NULL};
        static const char *const auxiliaries[] = {"was", "were", "who", "had", "has", "is", NULL};
        size_t acc = SIZE_MAX;
        for (size_t q = se->tok_begin + 1; q + 1 < se->tok_end && acc == SIZE_MAX; q++)
            if (is_w_any(ex, q, accompanies))
                acc = !is_w(ex, q + 1, "by") && !is_w_any(ex, q - 1, auxiliaries) && tok(ex, q - 1)->kind == PARLEY_TOK_WORD
                          ? q
                          : se->tok_end;
        const parley_sentence *ps = &ex->text.sentences[s - 1];
        size_t pl0 = 0;
        if (acc < se->tok_end && st->last_meeting_sentence + 1 < s) {
            find_trigger(ex, ps->tok_begin, ps->tok_end, PARLEY_LEX_MEET, &pl0);
            if (!pl0)
                find_trigger(ex, ps->tok_begin, ps->tok_end, PARLEY_LEX_MEET_NOUN, &pl0);
        }
        if (acc < se->tok_end && (st->last_meeting_sentence + 1 >= s || pl0)) {
            join = acc;
            jl = 1;
        }
    }
    size_t plan = sentence_trigger(ex, se, sk, PARLEY_LEX_PLANNED, &pl);
    /* "A and B discussed the upcoming Strategic Dialogue": what is to come is the topic, the
     * talking is done (the plan's word right after "discussed the", "reviewed preparations for
     * the") */
    if (pl && plan >= se->tok_begin + 2 && is_w(ex, plan - 1, "the")) {
        static const char *const topics[] = {"discussed", "reviewed", "discussing", "reviewing", NULL};
        size_t q = plan - 2;
        if (q > se->tok_begin + 1 && is_w(ex, q, "for") && is_w(ex, q - 1, "preparations"))
            q -= 2;
        if (is_w_any(ex, q, topics))
            pl = 0;
    }
    size_t neg = sentence_trigger(ex, se, sk, PARLEY_LEX_NEGATION, &nl);
    /* "A and B signed 20 agreements in Rabat, though King C did not receive A": a contrast clause
     * that denies is no part of what the sentence tells before it (its words and people left out) */
    {
        static const char *const contrasts[] = {"though", "although", "whereas", "but", NULL};
        static const char *const denials[] = {"not", "never", "n't", NULL};
        size_t denied = SIZE_MAX;
        for (size_t q = se->tok_begin + 3; q + 2 < se->tok_end && denied == SIZE_MAX; q++) {
            if (!is_p(ex, q, ',') || !is_w_any(ex, q + 1, contrasts))
                continue;
            for (size_t r = q + 2; r < se->tok_end && r < q + 14 && !is_p(ex, r, ','); r++)
                if (is_w_any(ex, r, denials))
                    denied = q;
        }
        if (denied != SIZE_MAX && denied > se->tok_begin + 3 &&
            ((ml && meet < denied) || (sl && sign < denied) || (cl && call < denied))) {
            if (meet >= denied) {
                meet = se->tok_end;
                ml = 0;
            }
            if (sign >= denied) {
                sign = se->tok_end;
                sl = 0;
            }
            if (call >= denied) {
                call = se->tok_end;
                cl = 0;
            }
            if (join >= denied)
                jl = 0;
            if (plan >= denied)
                pl = 0;
            if (neg >= denied)
                nl = 0;
            people_keep_before(&pp, denied);
        }
        /* "The two delegations did not meet directly, although A and B spoke briefly in the
         * presence of C": a clause that affirms after a denial is told on its own */
        for (size_t q = nl ? neg + nl : se->tok_end; q + 2 < se->tok_end; q++) {
            if (!is_p(ex, q, ',') || !is_w_any(ex, q + 1, contrasts))
                continue;
            size_t m2l = 0, m2 = find_trigger(ex, q + 2, se->tok_end, PARLEY_LEX_MEET, &m2l);
            bool denies = false;
            for (size_t r = q + 2; r < se->tok_end && !denies; r++)
                denies = is_w_any(ex, r, denials);
            bool named = false;
            for (size_t i = 0; i < pp.n && !named; i++)
                named = pp.p[i].pos > q + 1 && pp.p[i].pos < m2;
            if (m2 < se->tok_end && m2l && !denies && named) {
                people_keep_after(&pp, q + 1);
                meet = m2;
                ml = m2l;
                neg = se->tok_end;
                nl = 0;
                /* (what the denial told is no part of it) */
                if (sign < q) {
                    sign = se->tok_end;
                    sl = 0;
                }
                if (call < q) {
                    call = se->tok_end;
                    cl = 0;
                }
                if (join < q)
                    jl = 0;
                if (plan < q)
                    pl = 0;
            }
            break;
        }
    }
    /* "A met B in Riyadh, while C joined by phone": who takes part from afar, in a clause of
     * their own set off by a comma, is no one at the meeting */
    /* (read only in a sentence with call words: "by phone" is one) */
    for (size_t q = se->tok_begin + 3; (sk & (UINT64_C(1) << PARLEY_LEX_CALL)) && q + 1 < se->tok_end; q++) {
        if (!from_afar_at(ex, q, se->tok_end))
            continue;
        size_t c = q;
        while (c > se->tok_begin && c + 16 > q && !is_p(ex, c, ',') && !is_p(ex, c, ';'))
            c--;
        if (!(is_p(ex, c, ',') || is_p(ex, c, ';')) || c + 1 >= q ||
            !(is_w(ex, c + 1, "while") || is_w(ex, c + 1, "and") || is_w(ex, c + 1, "as") || is_w(ex, c + 1, "with") ||
              is_w(ex, c + 1, "whereas")))
            continue;
        bool own_meeting = false;   /* (the meeting's own words before the clause) */
        for (size_t i = 0; i < pp.n && !own_meeting; i++)
            own_meeting = pp.p[i].pos < c;
        if (!own_meeting || !(ml && meet < c))
            continue;
        size_t e = q;
        while (e < se->tok_end && !is_p(ex, e, ',') && !is_p(ex, e, ';'))
            e++;
        size_t before_drop = pp.n;
        people_drop_between(&pp, c, e);
        /* (and its call words tell no call of the others: not "..., and spoke by phone in April",
         * the subject's own) */
        if (cl && call > c && call < e && pp.n < before_drop) {
            cl = 0;
            call = se->tok_end;
        }
        break;
    }
    /* "... discussed preparations for the summit, which Sisi will co-chair with Trump": a clause
     * about a thing, with a person of its own as its subject, tells that person's deed; its people
     * are none of the meeting's */
    for (size_t q = ml ? meet + ml : se->tok_end; q + 3 < se->tok_end; q++) {
        if (!is_p(ex, q, ',') || !is_w(ex, q + 1, "which") || tok(ex, q - 1)->kind != PARLEY_TOK_WORD ||
            (tok(ex, q - 1)->flags & PARLEY_TOK_CAP))
            continue;
        size_t first = SIZE_MAX;
        for (size_t i = 0; i < pp.n && first == SIZE_MAX; i++)
            if (pp.p[i].pos > q + 1)
                first = i;
        bool own = first != SIZE_MAX && pp.p[first].pos < q + 8;
        for (size_t k = q + 2; own && k < pp.p[first].pos; k++)
            own = tok(ex, k)->kind == PARLEY_TOK_WORD && (tok(ex, k)->flags & PARLEY_TOK_CAP);
        bool before = false;
        for (size_t i = 0; i < pp.n && !before; i++)
            before = pp.p[i].pos < q;
        if (!own || !before)
            continue;
        size_t e = pp.p[first].end;
        while (e < se->tok_end && !is_p(ex, e, ',') && !is_p(ex, e, ';'))
            e++;
        people_drop_between(&pp, q + 1, e);
        break;
    }
    /* "Sugiono, a close ally of President X, also met Y": a person in an apposition said of the
     * subject before the meeting words (", a/an/the ... of/to <person>,") is no party */
    for (size_t i = 1; ml && i < pp.n; i++) {
        size_t q = pp.p[i].pos;
        if (q >= meet || pp.p[i - 1].end > q)
            continue;
        while (q > se->tok_begin && tok(ex, q - 1)->kind == PARLEY_TOK_WORD && (tok(ex, q - 1)->flags & PARLEY_TOK_CAP))
            q--;   /* (the title before the name) */
        if (q <= se->tok_begin + 3 || !(is_w(ex, q - 1, "of") || is_w(ex, q - 1, "to")))
            continue;
        size_t c = q - 1;
        while (c > pp.p[i - 1].end && c + 8 > q && tok(ex, c - 1)->kind == PARLEY_TOK_WORD && !(tok(ex, c - 1)->flags & PARLEY_TOK_CAP))
            c--;
        if (c < 2 || !is_p(ex, c - 1, ',') || !(is_w(ex, c, "a") || is_w(ex, c, "an") || is_w(ex, c, "the")) ||
            c - 1 != pp.p[i - 1].end)
            continue;
        size_t e = pp.p[i].end;
        if (e < meet && is_p(ex, e, ',')) {
            people_drop_between(&pp, pp.p[i].pos, e);
            i--;   /* (the next person is at i now) */
        }
    }
    /* "A and B met in Berlin, with C and D joining by video": those who join from afar are at no
     * meeting (nor do they make a call of it) */
    for (size_t q = se->tok_begin + 2; pp.n >= 3 && q + 2 < se->tok_end; q++) {
        if (!(is_w(ex, q, "joining") || is_w(ex, q, "participating") || is_w(ex, q, "attending") ||
              (is_w(ex, q, "taking") && is_w(ex, q + 1, "part"))))
            continue;
        size_t a = q + (is_w(ex, q, "taking") ? 2 : 1);
        if (!(from_afar_at(ex, a, se->tok_end) || (a + 1 < se->tok_end && is_w(ex, a, "in") && from_afar_at(ex, a + 1, se->tok_end))))
            continue;
        size_t w = q;
        while (w > se->tok_begin && w + 24 > q && !is_w(ex, w - 1, "with"))
            w--;
        if (w > se->tok_begin && is_w(ex, w - 1, "with"))
            people_drop_between(&pp, w, q);
    }
    /* '"...," Peskov said, adding that aide Y also took part': who says so does not join */
    if (jl) {
        static const char *const says[] = {"said", "says", "told", "added", NULL};
        size_t k = 0;
        for (size_t i = 0; i < pp.n; i++) {
            size_t v = pp.p[i].end;
            bool speaker = v + 1 < join && is_w_any(ex, v, says);
            bool that = false;
            for (size_t q = v + 1; speaker && q < join && !that; q++)
                that = is_w(ex, q, "that");
            if (!(speaker && that))
                pp.p[k++] = pp.p[i];
        }
        pp.n = k;
    }
    /* "A and B later held a one-on-one meeting without C": C is at no meeting of theirs; "C
     * attended the meeting, and D joined by phone": one who joined from afar is at none either */
    {
        size_t k = 0;
        for (size_t i = 0; i < pp.n; i++) {
            size_t b = title_start(ex, se, pp.p[i].pos), v = pp.p[i].end;
            bool without = b > se->tok_begin && is_w(ex, b - 1, "without");
            bool afar = jl && v + 2 < se->tok_end && (is_w(ex, v, "joined") || is_w(ex, v, "participated") || is_w(ex, v, "attended")) &&
                        from_afar_at(ex, v + 1, se->tok_end);
            if (!without && !afar)
                pp.p[k++] = pp.p[i];
        }
        pp.n = k;
    }
    /* "Neither A nor B attended the talks": a denied attendance adds no one */
    if (jl && nl && neg < join)
        jl = 0;
    /* "Talks were held today between A and B": a time said between the verb and "between" (or a
     * place and a day: "held in Baku on 9 August between", "took place later the same day
     * between") */
    const uint64_t noun_bit = UINT64_C(1) << PARLEY_LEX_MEET_NOUN;
    for (size_t q = se->tok_begin + 3; !ml && (sk & noun_bit) && q < se->tok_end; q++) {
        if (!is_w(ex, q, "between"))
            continue;
        for (size_t k = q - 1; k > se->tok_begin + 1 && k + 9 > q && !ml && !is_p(ex, k, ',') && !is_w(ex, k, "and"); k--)
            if ((is_w(ex, k, "held") && (is_w(ex, k - 1, "were") || is_w(ex, k - 1, "was"))) ||
                (is_w(ex, k, "place") && is_w(ex, k - 1, "took")))
                for (size_t n = k - 1; n-- > se->tok_begin && n + 5 > k && !ml;)
                    if (parley_match(ex, n, PARLEY_LEX_MEET_NOUN, NULL)) {
                        meet = q;
                        ml = 1;
                    }
    }
    /* "X awarded the Order of Friendship to Y at a ceremony in the Kremlin", "presented Y with the
     * medal during a ceremony": an award handed over at a ceremony is given in person */
    static const char *const awards[] = {"awarded", "presented", "conferred", "bestowed", "decorated", NULL};
    for (size_t q = se->tok_begin + 2; !ml && q + 3 < se->tok_end; q++) {
        if (!is_w(ex, q, "ceremony") || !(is_w(ex, q - 1, "a") || is_w(ex, q - 1, "the")) ||
            !(is_w(ex, q - 2, "at") || is_w(ex, q - 2, "during") || is_w(ex, q - 2, "in")))
            continue;
        for (size_t v = se->tok_begin + 1; v + 2 < q && !ml; v++)
            if (is_w_any(ex, v, awards) && !is_w(ex, v - 1, "was") && !is_w(ex, v - 1, "were") && !is_w(ex, v - 1, "been")) {
                bool before = false, after = false;
                for (size_t i = 0; i < pp.n; i++) {
                    before |= pp.p[i].end <= v;
                    after |= pp.p[i].pos > v && pp.p[i].pos < q;
                }
                if (before && after) {
                    meet = v;
                    ml = 1;
                }
            }
        break;
    }
    /* "X later toured the old quarter with Prime Minister Y", "X and Y toured the site together":
     * a visit made together is made in person */
    static const char *const tours[] = {"toured", "visited", "inspected", NULL};
    for (size_t v = se->tok_begin + 1; !ml && pp.n >= 2 && v + 2 < se->tok_end; v++) {
        if (!is_w_any(ex, v, tours) || is_w(ex, v - 1, "was") || is_w(ex, v - 1, "were"))
            continue;
        size_t before = 0, with_at = SIZE_MAX;
        for (size_t i = 0; i < pp.n; i++)
            before += pp.p[i].end <= v;
        bool together = false;
        for (size_t q = v + 1; q < se->tok_end && q < v + 14 && !is_p(ex, q, ',') && !is_p(ex, q, ';'); q++) {
            if (is_w(ex, q, "with") && with_at == SIZE_MAX)
                with_at = q;
            together |= is_w(ex, q, "together") || is_w(ex, q, "jointly");
        }
        bool with_person = false;
        for (size_t i = 0; i < pp.n && with_at != SIZE_MAX; i++)
            with_person |= pp.p[i].pos > with_at && pp.p[i].pos <= with_at + 6;
        /* (a site, not a country or a city: "visited Hanoi with Foreign Minister Y" is a trip made
         * together) */
        for (size_t m = ex->sent_mentions[s]; m < ex->sent_mentions[s + 1] && (with_person || together); m++) {
            const parley_mention *mm = &ex->mentions[m];
            if (mm->tb == v + 1 + is_w(ex, v + 1, "the") &&
                (mm->type == PARLEY_ENTITY_COUNTRY || (mm->type == PARLEY_ENTITY_LOCATION && mm->lex && mm->lex->kind == PARLEY_LEX_CITY)))
                with_person = together = false;
        }
        if ((before >= 1 && with_person) || (before >= 2 && together)) {
            meet = v;
            ml = 1;
        }
        break;
    }
    /* "The talks were held at the Pentagon on Thursday", "The meeting took place in ...": the
     * meeting told before, told again with its day or place (the noun opening the sentence) */
    if (!ml && (sk & noun_bit) && is_w(ex, se->tok_begin, "the")) {
        size_t nl2 = parley_match(ex, se->tok_begin + 1, PARLEY_LEX_MEET_NOUN, NULL), k = se->tok_begin + 1 + nl2;
        /* (... or in a clause after it: "The meeting, which took place on Wednesday, focused on
         * trade", "The talks, held on Wednesday, ...") */
        bool apposed = nl2 && k + 2 < se->tok_end && is_p(ex, k, ',');
        if (apposed) {
            k += 1 + is_w(ex, k + 1, "which");
            if (is_w(ex, k, "held") && k + 1 < se->tok_end && (is_w(ex, k + 1, "on") || is_w(ex, k + 1, "in") || is_w(ex, k + 1, "at")))
                k--;   /* (read as "was held") */
        }
        if (nl2 && k + 1 < se->tok_end &&
            (((is_w(ex, k, "were") || is_w(ex, k, "was") || (apposed && is_p(ex, k, ','))) && is_w(ex, k + 1, "held")) ||
             (is_w(ex, k, "took") && is_w(ex, k + 1, "place")))) {
            meet = se->tok_begin;
            ml = 1 + nl2;
        }
    }
    /* "He ended the tour in Vientiane on Thursday, meeting Lao President X": a participle after a
     * comma, a person right after it */
    for (size_t q = se->tok_begin + 3; !ml && q + 1 < se->tok_end; q++)
        if (is_p(ex, q - 1, ',') && is_w(ex, q, "meeting") && (tok(ex, q + 1)->flags & PARLEY_TOK_CAP)) {
            bool named = false;   /* (a person's name within a title's length) */
            for (size_t i = 0; i < pp.n && !named; i++)
                named = pp.p[i].pos > q && pp.p[i].pos <= q + 6;
            if (named) {
                meet = q;
                ml = 1;
            }
        }
    /* "A and his Australian counterpart B, meeting in New Delhi on Thursday, agreed": a
     * participle between commas after the people */
    for (size_t q = se->tok_begin + 3; !ml && (sk & noun_bit) && q + 1 < se->tok_end; q++)
        if (is_p(ex, q - 1, ',') && is_w(ex, q, "meeting") &&
            (is_w(ex, q + 1, "in") || is_w(ex, q + 1, "on") || is_w(ex, q + 1, "at"))) {
            size_t before = 0;
            for (size_t i = 0; i < pp.n; i++)
                before += pp.p[i].end < q;
            if (before >= 2) {
                meet = q;
                ml = 1;
            }
        }
    /* "A and B held the annual Security Consultative Meeting (SCM)", "held the 11th round of
     * talks": "held" and a meeting's noun (or its name's) a few words on, with only articles,
     * ordinals, qualifiers and capitalised words between */
    for (size_t q = se->tok_begin + 1; !ml && q + 2 < se->tok_end; q++) {
        if (!is_w(ex, q, "held") && !is_w(ex, q, "hold") && !is_w(ex, q, "holds"))
            continue;
        static const char *const fill[] = {"the", "a", "an", "their", "its", "annual", "regular", "inaugural", "first",
                                           "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                                           "tenth", "latest", "next", "round", "of", "session", "bilateral", "joint",
                                           "ministerial", "high-level", "strategic", "formal", "official",
                                           /* "held more than five hours of talks" */
                                           "more", "than", "about", "nearly", "almost", "over", "hours", "hour",
                                           "minutes", "days", "day", "two", "three", "four", "five", "six", "several",
                                           "long", "lengthy", "extensive", "intensive", "frank", "productive",
                                           "constructive", "fruitful", "cordial", "substantive", "private", "informal",
                                           "separate", NULL};
        static const char *const named[] = {"dialogue", "consultations", "summit", "consultative", NULL};
        for (size_t n = q + 1; n < se->tok_end && n < q + 12; n++) {
            const parley_token *tn = tok(ex, n);
            if (n > q + 1 && (parley_match(ex, n, PARLEY_LEX_MEET_NOUN, NULL) == 1 ||
                              ((tn->flags & PARLEY_TOK_CAP) && is_w_any(ex, n, named) &&
                               !(n + 1 < se->tok_end && (tok(ex, n + 1)->flags & PARLEY_TOK_CAP))) ||
                              /* "held a strategic dialogue" */
                              (!(tn->flags & PARLEY_TOK_CAP) && is_w_any(ex, n, named) && is_w_any(ex, n - 1, fill) &&
                               !is_w(ex, n - 1, "the") && !is_w(ex, n - 1, "a") && !is_w(ex, n - 1, "an")))) {
                meet = q;
                ml = n - q + 1;
                break;
            }
            bool ordinal = tn->kind == PARLEY_TOK_NUM || (tn->kind == PARLEY_TOK_WORD && isdigit((unsigned char)*tok_s(ex, n)));
            /* "held preparatory talks", "held wide-ranging talks": an adjective of its own, right
             * before the noun */
            static const char *const not_adjectives[] = {"to", "with", "on", "in", "at", "that", "which", "and", "for",
                                                         "by", "as", "after", "before", "his", "her", "up", "off",
                                                         "out", "back", "office", "power", NULL};
            bool adjective = n <= q + 3 && tn->kind == PARLEY_TOK_WORD && !(tn->flags & PARLEY_TOK_CAP) &&
                             !is_w_any(ex, n, not_adjectives) && n + 1 < se->tok_end &&
                             parley_match(ex, n + 1, PARLEY_LEX_MEET_NOUN, NULL) == 1;
            /* "the Nepal-India Foreign Secretary-level talks": a word glued after a hyphen */
            bool compound = tn->kind == PARLEY_TOK_WORD && is_p(ex, n - 1, '-') && !(tn->flags & PARLEY_TOK_SPACE);
            /* ... and the word glued before "-level": "held delegation-level talks" */
            compound |= tn->kind == PARLEY_TOK_WORD && !(tn->flags & PARLEY_TOK_CAP) && n + 2 < se->tok_end &&
                        is_p(ex, n + 1, '-') && !(tok(ex, n + 1)->flags & PARLEY_TOK_SPACE) &&
                        !(tok(ex, n + 2)->flags & PARLEY_TOK_SPACE) && is_w(ex, n + 2, "level");
            if (!(is_w_any(ex, n, fill) || ordinal || adjective || compound ||
                  ((tn->flags & PARLEY_TOK_CAP) && tn->kind == PARLEY_TOK_WORD) || is_p(ex, n, '-') || is_p(ex, n, '+')))
                break;
        }
    }
    /* "Talks ... resumed in Doha, with A and B attending": a meeting's noun, then its people after
     * "with" and before "attending" (all of them its participants, as after "between") */
    bool with_attending = false;
    for (size_t i = 1; !ml && (sk & noun_bit) && pp.n >= 2 && i < pp.n; i++) {
        size_t e = pp.p[i].end, w = pp.p[i - 1].pos;
        if (e >= se->tok_end || !(is_w(ex, e, "attending") || is_w(ex, e, "participating") || is_w(ex, e, "present")))
            continue;
        while (w > se->tok_begin + 1 && w + 6 > pp.p[i - 1].pos && !is_w(ex, w - 1, "with") &&
               tok(ex, w - 1)->kind == PARLEY_TOK_WORD)
            w--;
        if (!is_w(ex, w - 1, "with"))
            continue;
        for (size_t n = se->tok_begin; n + 1 < w && !ml; n++)
            if (parley_match(ex, n, PARLEY_LEX_MEET_NOUN, NULL)) {
                meet = w - 1;
                ml = 1;
                with_attending = true;
            }
    }
    /* "The bilateral meeting was also attended by A and B": the meeting's words name the subject
     * of the join words, the meeting told before */
    if (ml && jl && meet + ml == join && meet <= se->tok_begin + 3 && is_w(ex, se->tok_begin, "the")) {
        ml = 0;
        meet = se->tok_end;
    }
    /* "Japanese Defense Minister A and his Philippine counterpart B agreed on Thursday to deepen
     * cooperation": a pair that agrees (a counterpart named with "and", the verb right after) met */
    if (!ml && !cl && pp.n == 2 && pp.p[0].pos < pp.p[1].pos && has_and_between(ex, pp.p[0].pos, pp.p[1].pos)) {
        bool counterpart = false;
        for (size_t m = ex->sent_mentions[s]; m < ex->sent_mentions[s + 1] && !counterpart; m++)
            counterpart = ex->mentions[m].type == PARLEY_ENTITY_PERSON && ex->mentions[m].counterpart &&
                          ex->mentions[m].tb <= pp.p[1].end && ex->mentions[m].te >= pp.p[1].pos;
        size_t v = pp.p[1].end;
        /* ("... have agreed to fast-track": an auxiliary before the verb) */
        if (v + 1 < se->tok_end && (is_w(ex, v, "have") || is_w(ex, v, "has")) && is_w(ex, v + 1, "agreed"))
            v++;
        /* ("A and B agreed Sunday to ... during their summit in Seoul": the meeting theirs) */
        for (size_t q = v + 1; !counterpart && v < se->tok_end && q + 2 < se->tok_end; q++)
            counterpart = (is_w(ex, q, "during") || is_w(ex, q, "at")) && is_w(ex, q + 1, "their") &&
                          (parley_match(ex, q + 2, PARLEY_LEX_MEET_NOUN, NULL) || is_w(ex, q + 2, "summit"));
        /* (... or two of different countries known: "Defense Minister A and Australian Deputy
         * Prime Minister B agreed Friday to strengthen cooperation") */
        const char *c0 = ex->entities[pp.p[0].ent].country, *c1 = ex->entities[pp.p[1].ent].country;
        /* (in the story's lead, its first sentence after the headline) */
        size_t lead = 0;
        while (lead < s && ex->text.sentences[lead].headline)
            lead++;
        if (!counterpart && c0 && c1 && strcmp(c0, c1) != 0 && lead == s &&
            ex->entities[pp.p[0].ent].type == PARLEY_ENTITY_PERSON && ex->entities[pp.p[1].ent].type == PARLEY_ENTITY_PERSON)
            counterpart = true;
        if (counterpart && v < se->tok_end && (is_w(ex, v, "agreed") || is_w(ex, v, "reviewed"))) {
            meet = v;
            ml = 1;
        }
    }
    bool has_meet = ml > 0, has_sign = sl > 0, has_call = cl > 0;
    /* "The message was handed over by the Ambassador during his reception by Deputy Minister X":
     * a message delivered in person at a meeting the sentence tells is that meeting, no call */
    if (has_call && has_meet && call < meet && cl == 1 && (is_w(ex, call, "message") || is_w(ex, call, "letter"))) {
        has_call = false;
        cl = 0;
        call = se->tok_end;
    }
    /* "The two ministers met in Tokyo ahead of a two-plus-two meeting with C and D on Saturday":
     * the people of what is ahead are no part of the meeting */
    for (size_t q = meet + ml; has_meet && q + 1 < se->tok_end; q++)
        if (is_w(ex, q, "ahead") && is_w(ex, q + 1, "of")) {
            size_t nl = 0;
            for (size_t k = q + 2; k < se->tok_end && k < q + 14 && !nl && !is_p(ex, k, ','); k++)
                nl = parley_match(ex, k, PARLEY_LEX_MEET_NOUN, NULL) || is_w(ex, k, "summit") ? k : 0;
            if (nl)
                people_keep_before(&pp, q);
            break;
        }
    /* "X hosted Y at the Elysee Palace on Wednesday, hours before a video call with Z": the call
     * of a clause of another time is no part of the meeting, nor are its people; so is that of
     * a clause of others set against the main one ("A and B joined the talks in person, while
     * other leaders took part by video link") */
    size_t call_clause = SIZE_MAX;
    /* "X spoke by phone with Y on Monday, days after the two men met in Riyadh": the meeting of a
     * group in a clause of another time is no word of the call's; it is the group's, told apart
     * (some days before, where the clause says) */
    if (has_call && has_meet && call < meet && parley_in_other_time_clause(ex, se, meet)) {
        size_t a = meet, gl2 = 0;
        while (a > call && !is_w(ex, a, "after") && !is_w(ex, a, "before"))
            a--;
        size_t g2 = find_trigger(ex, a, meet, PARLEY_LEX_GROUP, &gl2);
        size_t before = 0;
        for (size_t i = 0; i < pp.n; i++)
            before += pp.p[i].pos < a;
        if (gl2 && g2 < meet && before == 2 && is_w(ex, a, "after")) {
            parley_event *ev = event_new(ex, PARLEY_EVENT_MEETING);
            if (!ev)
                return PARLEY_ENOMEM;
            /* (a meeting the group only agreed on: "a day after the two leaders agreed to meet in
             * Tokyo later this month") */
            bool agreed = meet > g2 + gl2 && is_w(ex, meet - 1, "to") &&
                          (to_come_between(ex, g2 + gl2, meet) || is_w(ex, meet - 2, "agreed") || is_w(ex, meet - 2, "decided") ||
                           is_w(ex, meet - 2, "plan") || is_w(ex, meet - 2, "planned"));
            ev->status = agreed ? PARLEY_STATUS_PLANNED : PARLEY_STATUS_OCCURRED;
            int rc;
            for (size_t i = 0; i < pp.n; i++)
                if (pp.p[i].pos < a && (rc = event_add_participant(ex, ev, pp.p[i].ent)) < 0)
                    return rc;
            ev->place = place_after(ex, s, meet, se->tok_end);
            if ((rc = event_add_evidence(ex, ev, s, meet, meet + ml)) < 0)
                return rc;
            has_meet = false;
            ml = 0;
            meet = se->tok_end;
        }
    }
    /* (... though the call happened too, told apart below: "X met Y on Friday, a day after speaking
     * by phone with Z"; the clause's caller, else the main clause's first person, and whom the
     * clause names after the call words) */
    people time_call = {.n = 0};
    size_t time_call_at = SIZE_MAX, time_call_open = SIZE_MAX;
    if (has_call && has_meet && meet < call && parley_in_other_time_clause(ex, se, call)) {
        call_clause = call;
        while (call_clause > meet && !is_w(ex, call_clause, "before") && !is_w(ex, call_clause, "after"))
            call_clause--;
        /* (only a call that came first: "hours before a video call with Z" may not have been held
         * when the story was written) */
        if (is_w(ex, call_clause, "after"))
            time_call_clause(&pp, meet, call_clause, call + cl, &time_call);
        if (time_call.n >= 2) {
            time_call_at = call;
            time_call_open = call_clause;
        }
    }
    for (size_t q = se->tok_begin + 1; has_call && call_clause == SIZE_MAX && q < call; q++)
        if (is_p(ex, q - 1, ',') && (is_w(ex, q, "while") || is_w(ex, q, "whereas")) &&
            ((has_meet && meet < q) || (jl && join < q)))
            call_clause = q;
    /* "he would meet Putin in the Hungarian capital after a phone call with the Russian leader":
     * the call a meeting's words come after is another event, no word of the meeting's */
    for (size_t q = call; has_call && has_meet && meet < call && call_clause == SIZE_MAX && q-- > meet + ml && q + 4 > call;)
        if (is_w(ex, q, "after") || is_w(ex, q, "following"))
            call_clause = q;
    if (call_clause != SIZE_MAX) {
        people_keep_before(&pp, call_clause);
        has_call = false;
        cl = 0;
        call = se->tok_end;
    }
    /* "a video conference ... to discuss the signing of the agreement": a signing talked about,
     * none told (nor one to come that makes the call one to come) */
    static const char *const sign_topics[] = {"discuss", "discussed", "discussing", "about", "regarding", "on", "review",
                                              "reviewed", NULL};
    if (has_sign && is_w(ex, sign, "signing") && sign >= se->tok_begin + 2 && is_w(ex, sign - 1, "the") &&
        is_w_any(ex, sign - 2, sign_topics)) {
        has_sign = false;
        sl = 0;
        sign = se->tok_end;
    }
    /* "exchanged memoranda of understanding", "exchanged the signed agreements": a signing only
     * with the documents right after the verb (not "exchanged views on the agreement") */
    if (has_sign && is_w(ex, sign + sl - 1, "exchanged") && !is_w(ex, sign, "was") && !is_w(ex, sign, "were")) {
        bool docs = false;
        for (size_t q = sign + sl; q < se->tok_end && q <= sign + sl + 2 && !docs; q++)
            docs = parley_match(ex, q, PARLEY_LEX_DOCUMENT, NULL) > 0;
        if (!docs) {
            has_sign = false;
            sl = 0;
            sign = se->tok_end;
        }
    }
    /* "spoke with A and B by phone on Sunday": the call words after the people are all of theirs
     * (no comma between: not "spoke with A in Rome, and with B by phone") */
    if (has_meet && has_call && call > meet && (is_w(ex, meet, "spoke") || is_w(ex, meet, "talked")) &&
        from_afar_at(ex, call, se->tok_end)) {
        bool comma = false;
        for (size_t q = meet + ml; q < call && !comma; q++)
            comma = is_p(ex, q, ',') || is_p(ex, q, ';');
        /* (one person between is told as a call already, by the verb) */
        size_t between = 0;
        for (size_t i = 0; i < pp.n; i++)
            between += pp.p[i].pos >= meet + ml && pp.p[i].end <= call;
        if (!comma && between >= 2) {
            has_meet = false;
            ml = 0;
            meet = se->tok_end;
        }
    }
    /* "spoke with X on the sidelines of the summit", "talked with X in Rio": in person only where
     * the sentence says where (else as often by phone) */
    if (has_meet && (is_w(ex, meet, "spoke") || is_w(ex, meet, "talked") || is_w(ex, meet, "chatted")) && !has_call) {
        /* (... or in someone's presence: "A and B spoke briefly in the presence of the Omani
         * minister") */
        bool presence = false;
        for (size_t q = meet + ml; q + 1 < se->tok_end && !presence; q++)
            presence = is_w(ex, q, "presence") && is_w(ex, q + 1, "of");
        if (!parley_on_sidelines(ex, meet + ml, se->tok_end) && sentence_place(ex, s) < 0 && !presence) {
            has_meet = false;
            ml = 0;
            meet = se->tok_end;
        }
    }
    /* "the Ukraine Recovery Conference in Rome, co-hosted by X": what describes a gathering is no
     * meeting of the sentence's people */
    if (has_meet && (is_w(ex, meet, "hosted") || is_w(ex, meet, "organised") || is_w(ex, meet, "organized"))) {
        size_t b = meet;
        if (b > se->tok_begin + 2 && is_p(ex, b - 1, '-') && is_w(ex, b - 2, "co"))
            b -= 2;   /* "co-hosted" */
        if (b > se->tok_begin + 1 && is_p(ex, b - 1, ',') &&
            (is_w(ex, meet + ml - 1, "by") || (meet + ml < se->tok_end && is_w(ex, meet + ml, "by")))) {
            has_meet = false;
            ml = 0;
            meet = se->tok_end;
        }
    }
    /* "Türkiye was ready to host talks between Russia and Ukraine": others' talks, hosted, are no
     * meeting of the sentence's people */
    if (has_meet && hosts_others_talks(ex, s, meet, ml)) {
        has_meet = false;
        ml = 0;
        meet = se->tok_end;
    }
    /* "The two ministers welcomed the dynamic of the partnership": a thing welcomed, no one */
    if (has_meet && welcomes_a_thing(ex, se, meet, ml)) {
        has_meet = false;
        ml = 0;
        meet = se->tok_end;
    }
    /* "X spoke by phone with Y ... X and Y discussed next steps": what the two of a call just told
     * discussed is the call's (no place said, no meeting told since) */
    if (has_meet && !has_call && ml == 1 && (is_w(ex, meet, "discussed") || is_w(ex, meet, "discuss")) &&
        st->last_call >= 0 && st->last_meeting < st->last_call && pp.n >= 2 && ex->events[st->last_call].n_evidence &&
        sentence_at_byte(ex, ex->events[st->last_call].evidence[0].start) + 2 >= s && sentence_place(ex, s) < 0) {
        bool all = true;
        for (size_t i = 0; i < pp.n && all; i++)
            all = event_has(&ex->events[st->last_call], pp.p[i].ent);
        if (all) {
            has_meet = false;
            ml = 0;
            meet = se->tok_end;
        }
    }
    /* "held a phone call with X on Monday to discuss trade": what a call discusses is the call's */
    if (has_meet && has_call && call < meet &&
        (is_w(ex, meet, "discuss") || is_w(ex, meet, "discussed") || is_w(ex, meet, "discussing"))) {
        has_meet = false;
        ml = 0;
        meet = se->tok_end;
    }
    /* "X hosted a conference on defence industry in Canberra, where Y delivered a keynote
     * address": a gathering hosted, no one received (the people of a clause after it) */
    static const char *const gatherings_hosted[] = {"conference", "forum", "seminar", "workshop", "exhibition", "event",
                                                    "symposium", "webinar", "panel", "roundtable", "session", NULL};
    /* (... or one to come: "Macron told Salam that France would host a conference") */
    if (has_meet && ml == 1 && (is_w(ex, meet, "hosted") || is_w(ex, meet, "hosts") || is_w(ex, meet, "host") || is_w(ex, meet, "hosting")) &&
        meet + 2 < se->tok_end &&
        (is_w(ex, meet + 1, "a") || is_w(ex, meet + 1, "an")) && is_w_any(ex, meet + 2, gatherings_hosted)) {
        size_t first = SIZE_MAX;
        for (size_t i = 0; i < pp.n; i++)
            if (pp.p[i].pos > meet && pp.p[i].pos < first)
                first = pp.p[i].pos;
        bool clause = false;   /* (a comma, then "where" or "which", before the first person after) */
        for (size_t q = meet + 3; first != SIZE_MAX && q + 1 < first && !clause; q++)
            clause = is_p(ex, q, ',') && (is_w(ex, q + 1, "where") || is_w(ex, q + 1, "which"));
        if (first == SIZE_MAX || clause) {
            has_meet = false;
            ml = 0;
            meet = se->tok_end;
        }
    }
    /* "met virtually with", "met online with": a call */
    if (has_meet && meet + ml < se->tok_end && (is_w(ex, meet + ml, "virtually") || is_w(ex, meet + ml, "online")) &&
        (is_w(ex, meet, "met") || is_w(ex, meet, "meets") || is_w(ex, meet, "meet"))) {
        call = meet;
        cl = ml + 1;
        has_call = true;
        has_meet = false;
        ml = 0;
    }
    /* "Minister X met the delegation at the ministry": the leader of the delegation told before
     * ("a delegation led by Senator Y"), when no one is named after the meeting words */
    if (has_meet && pp.n && pp.p[pp.n - 1].pos < meet) {
        size_t dl = 0, q = parley_delegation_met(ex, meet + ml, se->tok_end, &dl);
        int who;
        if (q != SIZE_MAX && (who = delegation_leader(ex, s, q + 1, dl)) >= 0)
            people_add(&pp, who, q, q + 2 + dl);
    }
    /* a "called on" is a meeting, not a call; so is a visit that delivers a letter or a
     * message ("received X, who delivered a message from President Y") */
    if (has_call && has_meet && call == meet && cl <= ml)
        has_call = false;
    /* ... but "received a call from" is a call, not a reception */
    if (has_call && has_meet && call == meet && cl > ml) {
        has_meet = false;
        ml = 0;
        meet = se->tok_end;
    }
    if (has_call && has_meet && call > meet && (is_w(ex, call, "letter") || is_w(ex, call, "message")))
        has_call = false;
    /* "In his meeting with X, the prime minister congratulated him": congratulations given at
     * the meeting the sentence tells */
    if (has_call && has_meet && call > meet && is_w(ex, call, "congratulated"))
        has_call = false;
    /* a letter or message handed over is delivered in person, at the meeting just told:
     * "Saidov handed over a message from President X to Rahmon"; one a visitor carries is no
     * call either ("X is carrying a written message from President Y to King Z") */
    if (has_call && (is_w(ex, call, "letter") || is_w(ex, call, "message"))) {
        for (size_t q = call > se->tok_begin + 4 ? call - 4 : se->tok_begin; q < call; q++)
            if (is_w_any(ex, q, handed))
                has_call = false;
        /* (... or after it: "received a message from his counterpart, X, delivered by Y") */
        if (handed_by_after(ex, se, call) != SIZE_MAX)
            has_call = false;
    }
    /* "A and B joined by video link", "took part via videoconference": the meeting told joined
     * from afar, no call between them */
    if (has_call && call >= se->tok_begin + 2 && from_afar_at(ex, call - 1, se->tok_end) && !has_meet) {
        static const char *const joined[] = {"joined", "join", "joins", "participated", "attended", "part", NULL};
        size_t q = call - 1;
        while (q > se->tok_begin && q + 3 > call && !is_w_any(ex, q - 1, joined))
            q--;
        if (q > se->tok_begin && is_w_any(ex, q - 1, joined))
            has_call = false;
    }
    /* "A, B and C signed a joint letter to the European Commission": its co-signers write to no
     * one of them (a letter to a person named after it stays a call: "sent a joint letter to X") */
    if (has_call && is_w(ex, call, "letter") && call >= se->tok_begin + 2) {
        static const char *const cosign[] = {"joint", "signed", "co-signed", "cosigned", "signing", NULL};
        bool joint = false, addressee = false;
        for (size_t q = call - 1; q >= se->tok_begin && q + 4 > call && !joint; q--) {
            joint = is_w_any(ex, q, cosign);
            if (q == se->tok_begin)
                break;
        }
        for (size_t i = 0; i < pp.n && !addressee; i++)
            addressee = pp.p[i].pos > call;
        if (joint && !addressee)
            has_call = false;
    }
    /* "signed a letter of intent", "a letter of credence": a document, no message sent */
    if (has_call && is_w(ex, call, "letter") && call + 1 < se->tok_end && is_w(ex, call + 1, "of"))
        has_call = false;
    /* "who called for deeper cooperation", "called it", "called upon": no phone */
    if (has_call && is_w(ex, call, "called") && call + 1 < se->tok_end &&
        (is_w(ex, call + 1, "for") || is_w(ex, call + 1, "upon") || is_w(ex, call + 1, "it") ||
         is_w(ex, call + 1, "them") || is_w(ex, call + 1, "the") || is_w(ex, call + 1, "a") ||
         is_w(ex, call + 1, "an") || is_w(ex, call + 1, "this") || is_w(ex, call + 1, "that")))
        has_call = false;
    /* "talks that Putin called \"very productive\"", "what he called a success": a word for
     * something, no phone; a call is made to someone ("called Xi", "called his counterpart") */
    static const char *const call_objects[] = {"his", "her", "him", "their", "each", "by", "back", "up", "over",
                                               "to", "me", "us", NULL};
    if (has_call && is_w(ex, call, "called") && call + 1 < se->tok_end &&
        (tok(ex, call + 1)->kind == PARLEY_TOK_PUNCT ||
         (tok(ex, call + 1)->kind == PARLEY_TOK_WORD && !(tok(ex, call + 1)->flags & PARLEY_TOK_CAP) &&
          !is_w_any(ex, call + 1, call_objects))))
        has_call = false;
    /* ('Trump called Takaichi "a great woman"', "called him a friend"): a name for someone */
    for (size_t i = 0; has_call && is_w(ex, call, "called") && i < pp.n && pp.p[i].pos <= call + 1; i++) {
        size_t e = pp.p[i].end;
        if (pp.p[i].pos != call + 1 || e >= se->tok_end)
            continue;
        if (is_p(ex, e, '"') || is_p(ex, e, '\'') || is_w(ex, e, "a") || is_w(ex, e, "an") || is_w(ex, e, "the") ||
            is_w(ex, e, "one") || is_w(ex, e, "his") || is_w(ex, e, "her") || is_w(ex, e, "their") || is_w(ex, e, "as"))
            has_call = false;
    }
    int rc = 0;

    /* "also attended" joins the meeting, not another event: "also attended the closing ceremony" */
    if (jl && is_w(ex, join + jl - 1, "attended") && join + jl < se->tok_end && tok(ex, join + jl)->kind == PARLEY_TOK_WORD) {
        size_t o = join + jl;
        /* "the meeting", or "the ceremony" just told; not "the closing ceremony of the drills" */
        bool back = is_w(ex, o, "the") && o + 1 < se->tok_end &&
                    (parley_match(ex, o + 1, PARLEY_LEX_MEET_NOUN, NULL) || is_w(ex, o + 1, "signing") ||
                     (o + 2 >= se->tok_end || tok(ex, o + 2)->kind == PARLEY_TOK_PUNCT));
        if (!back)
            jl = 0;
    }
    /* "the summit, which was also attended by A and B": a clause of what is no meeting (its noun
     * before ", which") tells no one who joined the meeting */
    if (jl && join >= se->tok_begin + 3) {
        size_t w = join;
        while (w > se->tok_begin + 3 && w + 4 > join && !is_w(ex, w - 1, "which"))
            w--;
        /* (the noun may stand before a participle's phrase: "a dinner hosted by X, which"; a meal
         * is a meeting of those at its table) */
        static const char *const gatherings[] = {"ceremony", "signing", "dinner", "lunch", "luncheon", "banquet",
                                                 "breakfast", NULL};
        size_t n = w > se->tok_begin + 2 && is_w(ex, w - 1, "which") && is_p(ex, w - 2, ',') &&
                           tok(ex, w - 3)->kind == PARLEY_TOK_WORD
                       ? w - 3
                       : SIZE_MAX;
        if (n != SIZE_MAX && !parley_match(ex, n, PARLEY_LEX_MEET_NOUN, NULL) && !is_w_any(ex, n, gatherings)) {
            size_t by = n;
            while (by > se->tok_begin + 1 && by + 5 > n && !is_w(ex, by, "by") && tok(ex, by)->kind == PARLEY_TOK_WORD)
                by--;
            bool noun = false;
            if (is_w(ex, by, "by") && (is_w(ex, by - 1, "hosted") || is_w(ex, by - 1, "given") || is_w(ex, by - 1, "offered")))
                noun = parley_match(ex, by - 2, PARLEY_LEX_MEET_NOUN, NULL) || is_w_any(ex, by - 2, gatherings);
            /* ("hosted a dinner for X, which": a person is no "which"; the meeting words are) */
            for (size_t i = 0; !noun && has_meet && i < pp.n; i++)
                noun = pp.p[i].end == n + 1 && pp.p[i].pos > meet;
            /* ("followed a meeting of the two leaders, which was also attended by X": the
             * meeting's people, after its noun) */
            size_t gs = !noun ? parley_phrase_start(ex, PARLEY_LEX_GROUP, n + 1, se->tok_begin) : SIZE_MAX;
            if (gs != SIZE_MAX && gs >= se->tok_begin + 2 && (is_w(ex, gs - 1, "of") || is_w(ex, gs - 1, "between")) &&
                parley_match(ex, gs - 2, PARLEY_LEX_MEET_NOUN, NULL))
                noun = true;
            if (!noun)
                jl = 0;
        }
    }
    /* "X also addressed a business forum attended by Y": a new thing, no meeting and no meal, that
     * others attended is no one's joining the last meeting */
    if (jl && join >= se->tok_begin + 2 && is_w(ex, join, "attended") && is_w(ex, join + jl - 1, "by")) {
        static const char *const meals[] = {"ceremony", "signing", "dinner", "lunch", "luncheon", "banquet", "breakfast",
                                            "reception", NULL};
        size_t a = join;
        while (a > se->tok_begin && a + 5 > join && tok(ex, a - 1)->kind == PARLEY_TOK_WORD && !is_w(ex, a - 1, "a") &&
               !is_w(ex, a - 1, "an"))
            a--;
        if (a > se->tok_begin && a < join && (is_w(ex, a - 1, "a") || is_w(ex, a - 1, "an")) &&
            !parley_match(ex, join - 1, PARLEY_LEX_MEET_NOUN, NULL) && !is_w_any(ex, join - 1, meals))
            jl = 0;
    }
    /* "The trilateral meeting in Baku was attended by A, B and C" ("The meeting brought together
     * A, B and C"), no meeting told before: the meeting of the people who attended it */
    bool attended_by = false;   /* all its people are the meeting's, as after "between" */
    /* (... "The Riyadh talks were led by A and B": the noun opening the join words) */
    if (jl && !has_meet && st->last_meeting < 0 && pp.n >= 2 &&
        ((sk & noun_bit) || parley_match(ex, join, PARLEY_LEX_MEET_NOUN, NULL)) &&
        (is_w(ex, join + jl - 1, "by") || is_w(ex, join + jl - 1, "together"))) {
        bool noun = false;
        for (size_t q = se->tok_begin; q <= join && !noun; q++)
            noun = parley_match(ex, q, PARLEY_LEX_MEET_NOUN, NULL) > 0;
        bool before = false;   /* (no one named before the join words) */
        for (size_t i = 0; i < pp.n; i++)
            before |= pp.p[i].pos < join;
        if (noun && !before) {
            has_meet = true;
            meet = join;
            ml = jl;
            jl = 0;
            attended_by = true;
        }
    }
    /* "Foreign ministers of Kenya, Ethiopia and Somalia met in Addis Ababa. Kenya was represented
     * by A, Ethiopia by B, and Somalia by C": the people who represented the sides of a meeting of
     * no one named, told in the sentence before */
    if (!jl && !has_meet && st->last_meeting < 0 && pp.n >= 2 && s > 0) {
        size_t rep = SIZE_MAX;
        for (size_t q = se->tok_begin + 1; q + 1 < pp.p[0].pos && rep == SIZE_MAX; q++)
            if (is_w(ex, q, "represented") && is_w(ex, q + 1, "by") && (is_w(ex, q - 1, "was") || is_w(ex, q - 1, "were")))
                rep = q;
        const parley_sentence *ps = &ex->text.sentences[s - 1];
        size_t pl2 = 0, pm0 = rep != SIZE_MAX ? find_trigger(ex, ps->tok_begin, ps->tok_end, PARLEY_LEX_MEET, &pl2) : SIZE_MAX;
        if (rep != SIZE_MAX && pm0 < ps->tok_end && pl2) {
            /* (no one named in the sentence before, and no meeting to come: "will meet") */
            bool named = to_come_between(ex, ps->tok_begin, pm0);
            for (size_t m = ex->sent_mentions[s - 1]; m < ex->sent_mentions[s] && !named; m++)
                named = ex->mentions[m].type == PARLEY_ENTITY_PERSON;
            if (!named) {
                has_meet = true;
                meet = rep;
                ml = 2;
                attended_by = true;
            }
        }
    }
    /* "received X in the presence of Y": the people after the join words attend the meeting told
     * before them in the same sentence */
    bool meet_back = false;   /* "the meeting", "their talks": a meeting told before */
    for (size_t q = meet; has_meet && q < meet + ml; q++)
        meet_back |= meets_again_at(ex, q, meet + ml);
    /* "met B in Riyadh in the presence of the Crown Prince": the holder of the office named
     * before attends */
    /* (... or after "attended by": "met B, in a meeting attended by the crown prince") */
    if (jl && has_meet && meet < join && join + jl + 1 < se->tok_end &&
        ((is_w(ex, join + jl - 1, "of") && is_w(ex, join + jl - 2, "presence")) ||
         (is_w(ex, join + jl - 1, "by") && is_w(ex, join + jl - 2, "attended"))) &&
        is_w(ex, join + jl, "the")) {
        bool named = false;
        for (size_t i = 0; i < pp.n && !named; i++)
            named = pp.p[i].pos > join && pp.p[i].pos <= join + jl + 6;
        named |= pp.n && pp.p[pp.n - 1].pos > join;   /* (people kept in text order: none after it) */
        int who = named ? -1 : pronoun_referent(ex, join + jl, s, st->focus);
        if (who >= 0)
            people_add(&pp, who, join + jl, join + jl + 1);
    }
    size_t attend = jl && has_meet && meet < join && !meet_back ? join : SIZE_MAX;
    /* ("HM the King and the Egyptian President held a summit meeting, which was attended by X"
     * after their meeting told: no one named before the join words, X joins the last meeting) */
    /* (a group opening the sentence is the meeting's people: "The two leaders later held a
     * closed-door meeting, which was also attended by X") */
    if (attend != SIZE_MAX && st->last_meeting >= 0 && st->last_meeting_sentence + 1 >= s && pp.n &&
        pp.p[0].pos > join && is_w(ex, join + jl - 1, "by")) {
        size_t agl = 0;
        find_trigger(ex, se->tok_begin, meet, PARLEY_LEX_GROUP, &agl);
        if (agl == 0)
            attend = SIZE_MAX;
    }
    /* someone joins the last meeting; not "X, who was accompanied by A, also met Y", a meeting
     * of its own */
    bool own = false;   /* the join words in a relative clause before the sentence's meeting words */
    for (size_t q = se->tok_begin; jl && has_meet && join < meet && !meet_back && q < join && !own; q++)
        own = is_w(ex, q, "who");
    /* ... not of the people of the last meeting: "The two ministers, who were joined by X,
     * discussed ..." */
    if (own && st->last_meeting >= 0 && st->last_meeting_sentence + 1 >= s) {
        size_t gl0 = 0, g0 = find_trigger(ex, se->tok_begin, join, PARLEY_LEX_GROUP, &gl0);
        if (gl0 && g0 == se->tok_begin && g0 + gl0 + 1 < join && is_p(ex, g0 + gl0, ',') && is_w(ex, g0 + gl0 + 1, "who"))
            own = false;
    }
    bool joined_last = false;   /* the sentence's people joined the last meeting */
    int joined_meeting = -1;    /* ... that meeting */
    /* "X and Y also attended" after talks told "on the sidelines" of a summit: they attended the
     * summit, not the talks on its sidelines */
    if (jl && st->last_meeting >= 0 && is_w(ex, join + jl - 1, "attended") &&
        (join + jl >= se->tok_end || tok(ex, join + jl)->kind == PARLEY_TOK_PUNCT)) {
        const parley_sentence *ls = &ex->text.sentences[st->last_meeting_sentence];
        if (parley_on_sidelines(ex, ls->tok_begin, ls->tok_end))
            jl = 0;
    }
    /* "B was accompanied by A, who also held talks with his Kenyan counterpart, C": a relative
     * clause with meeting words of its own after the join tells another meeting, A's with C */
    size_t rel_meet = SIZE_MAX;
    for (size_t q = join + jl; jl && has_meet && meet > join && q + 1 < meet; q++)
        if (is_p(ex, q, ',') && is_w(ex, q + 1, "who"))
            rel_meet = q;
    /* "A was accompanied by his wife, B, who visited a school with C": the people of a relative
     * clause after the join words, with no meeting words of its own, are no joiners */
    for (size_t q = join + jl; jl && rel_meet == SIZE_MAX && !has_meet && q + 1 < se->tok_end; q++)
        if (is_p(ex, q, ',') && is_w(ex, q + 1, "who")) {
            size_t l4 = 0;
            if (find_trigger(ex, q + 1, se->tok_end, PARLEY_LEX_MEET, &l4) >= se->tok_end || !l4)
                people_keep_before(&pp, q);
            break;
        }
    /* "The delegation, which also included C, arrived on Sunday for a visit, during which it will
     * also meet D": a clause of a meeting to come after the join names no one who joins */
    for (size_t q = join + jl; jl && rel_meet == SIZE_MAX && has_meet && meet > join && q + 1 < meet; q++) {
        if (!is_p(ex, q, ','))
            continue;
        bool to_come = false;
        for (size_t r = q + 1; r < meet && !to_come; r++)
            to_come = modal_at(ex, r);
        if (to_come) {
            people_keep_before(&pp, q);
            break;
        }
    }
    /* "A and B signed the agreement in the presence of C" after another meeting: a signing of its
     * own when the signers were not both at the last meeting */
    bool own_signing = false;
    if (jl && has_sign && sign < join && st->last_meeting >= 0) {
        size_t before = 0, at_last = 0;
        for (size_t i = 0; i < pp.n; i++)
            if (pp.p[i].pos < sign) {
                before++;
                at_last += event_has(&ex->events[st->last_meeting], pp.p[i].ent);
            }
        own_signing = before >= 2 && at_last < before;
        /* ("... in the presence of the two leaders": the people of the last meeting witness it) */
        size_t wgl = 0;
        if (own_signing && join + jl < se->tok_end &&
            find_trigger(ex, join + jl, se->tok_end, PARLEY_LEX_GROUP, &wgl) == join + jl && wgl) {
            const parley_event *lm = &ex->events[st->last_meeting];
            for (size_t i = 0; i < lm->n_participants; i++)
                if (ex->entities[lm->participants[i]].type == PARLEY_ENTITY_PERSON)
                    people_add(&pp, lm->participants[i], join + jl, join + jl + wgl);
        }
    }
    /* "The agreements were signed in the presence of A and B" with no meeting told before: the
     * signing both attended is their meeting (the join words its trigger) */
    if (jl && has_sign && sign < join && !has_meet && st->last_meeting < 0 && is_w(ex, join + jl - 1, "of")) {
        size_t after = 0;
        for (size_t i = 0; i < pp.n; i++)
            after += pp.p[i].pos >= join + jl;
        /* (the signers unnamed: "were signed", no one before the join words) */
        if (after >= 2 && after == pp.n && !pron) {
            has_meet = true;
            meet = join;
            ml = jl;
            jl = 0;
        }
    }
    /* "U.S. Trade Representative X also took part in the video call" after a call told in the
     * three sentences before (and after the last meeting): a party to the call */
    if (jl && !has_sign && pp.n && st->last_call >= 0 && st->last_call > st->last_meeting) {
        size_t e2 = join + jl + 5 < se->tok_end ? join + jl + 5 : se->tok_end, cl2 = 0;
        size_t c2 = find_trigger(ex, join, e2, PARLEY_LEX_CALL, &cl2);
        for (size_t q = join; !cl2 && q + 1 < e2; q++)
            if (is_w(ex, q, "the") && (is_w(ex, q + 1, "call") || is_w(ex, q + 1, "conversation"))) {
                c2 = q + 1;
                cl2 = 1;
            }
        parley_event *cv = &ex->events[st->last_call];
        if (cl2 && cv->n_evidence && sentence_at_byte(ex, cv->evidence[0].start) + 3 >= s) {
            for (size_t i = 0; i < pp.n; i++)
                if (pp.p[i].pos < join && (rc = event_add_participant(ex, cv, pp.p[i].ent)) < 0)
                    return rc;
            return event_add_evidence(ex, cv, s, join, c2 + cl2);
        }
    }
    if (jl && attend == SIZE_MAX && !own && !own_signing && st->last_meeting >= 0 && pp.n) {
        /* "The Chief Minister was accompanied by X": the meeting of the one accompanied, when the
         * last is not theirs (one of the last four) */
        int target = st->last_meeting;
        /* ("A held bilateral talks with B ... B also paid a courtesy call on C. D attended the
         * talks": the talks told, not the call after them) */
        static const char *const talk_nouns[] = {"talks", "negotiations", "consultations", NULL};
        const char *noun = NULL;
        for (int k = 0; talk_nouns[k] && !noun; k++)
            if (is_w(ex, join + jl - 1, talk_nouns[k]))
                noun = talk_nouns[k];
        const parley_event *lt = &ex->events[target];
        if (noun && lt->n_evidence && !(lt->evidence[0].trigger && strstr(lt->evidence[0].trigger, noun)))
            for (int k = target; k-- > 0 && k + 5 > target;) {
                const parley_event *o = &ex->events[k];
                if (o->type == PARLEY_EVENT_MEETING && o->status == PARLEY_STATUS_OCCURRED && o->n_evidence &&
                    o->evidence[0].trigger && strstr(o->evidence[0].trigger, noun)) {
                    target = k;
                    break;
                }
            }
        /* ("A and B also attended the summit" after talks on its sidelines: the summit's meeting,
         * the last told not on the sidelines) */
        static const char *const gatherings_attended[] = {"summit", "conference", "forum", "gathering", NULL};
        if (is_w(ex, join + jl - 1, "attended") && join + jl + 1 < se->tok_end && is_w(ex, join + jl, "the") &&
            is_w_any(ex, join + jl + 1, gatherings_attended)) {
            int k = target;
            while (k >= 0 && k + 6 > target && ex->events[k].n_evidence) {
                size_t es = sentence_at_byte(ex, ex->events[k].evidence[0].start);
                const parley_sentence *ks = &ex->text.sentences[es];
                if (ex->events[k].type != PARLEY_EVENT_MEETING || parley_on_sidelines(ex, ks->tok_begin, ks->tok_end))
                    k--;
                else
                    break;
            }
            if (k >= 0 && k + 6 > target && ex->events[k].type == PARLEY_EVENT_MEETING)
                target = k;
        }
        /* (not a meeting told as before the story: "The two leaders, who last met in Nakhchivan in
         * September, ... X and Y also attended the meeting" joined the story's) */
        if (target == st->before_story && st->story_meeting >= 0)
            target = st->story_meeting;
        /* (the one accompanied: a pronoun's referent, or the one person named before the join
         * words: "Anwar was accompanied by A and B" after a signing of ministers) */
        int subject = pron && referent >= 0 && pron_at < join ? referent : -1;
        /* ("A and B were present during the meeting with C": the meeting C was at) */
        for (size_t i = 0; subject < 0 && i < pp.n; i++) {
            size_t w = pp.p[i].pos;
            while (w > join + jl && w + 4 > pp.p[i].pos && !is_w(ex, w - 1, "with"))
                w--;
            if (w > join + jl + 1 && w + 4 > pp.p[i].pos && is_w(ex, w - 1, "with") &&
                parley_match(ex, w - 2, PARLEY_LEX_MEET_NOUN, NULL) && w >= 3 && is_w(ex, w - 3, "the"))
                subject = pp.p[i].ent;
        }
        /* (... or "during the meeting with the President": the one of a recent meeting whose
         * title holds the office's word) */
        for (size_t q = join; subject < 0 && q + 3 < se->tok_end && q < join + jl + 6; q++) {
            size_t ol;
            if (!parley_match(ex, q, PARLEY_LEX_MEET_NOUN, NULL) || !is_w(ex, q + 1, "with") || !is_w(ex, q + 2, "the") ||
                !(ol = parley_match(ex, q + 3, PARLEY_LEX_OFFICE, NULL)))
                continue;
            const char *ow = tok_s(ex, q + 3 + ol - 1);
            size_t on = tok_n(ex, q + 3 + ol - 1);
            for (int k = target; subject < 0 && k >= 0 && k + 5 > target; k--) {
                const parley_event *ke = &ex->events[k];
                if (ke->type != PARLEY_EVENT_MEETING || ke->status != PARLEY_STATUS_OCCURRED)
                    continue;
                for (size_t i = 0; i < ke->n_participants && subject < 0; i++) {
                    const char *t = ex->entities[ke->participants[i]].title;
                    if (t && parley_text_holds_word(t, ow, on))
                        subject = ke->participants[i];
                }
            }
            break;
        }
        if (subject < 0 && !pron && pp.n >= 2 && pp.p[0].pos < join && pp.p[1].pos > join)
            subject = pp.p[0].ent;
        /* ("During the meeting, A asked ... C was also present": the meeting the sentence before
         * told again, by the one it names first) */
        if (subject < 0 && s > 0)
            subject = again_opener_person(ex, s - 1);
        /* ("Netanyahu's office said the meeting was constructive. X was also present.") */
        if (subject < 0 && s > 0)
            subject = again_said_person(ex, s - 1);
        if (subject >= 0 && !event_has(&ex->events[target], subject))
            for (int k = target; k-- > 0 && k + 5 > target;)
                if (ex->events[k].type == PARLEY_EVENT_MEETING && ex->events[k].status == PARLEY_STATUS_OCCURRED &&
                    event_has(&ex->events[k], subject)) {
                    target = k;
                    break;
                }
        parley_event *ev = &ex->events[target];
        for (size_t i = 0; i < pp.n; i++)
            if (pp.p[i].pos < rel_meet && (rc = event_add_participant(ex, ev, pp.p[i].ent)) < 0)
                return rc;
        /* "X was present at both meetings", "attended both meetings": the meeting before it too */
        bool both = false;
        for (size_t q = join; q + 1 < se->tok_end && q < join + jl + 3 && !both; q++)
            both = is_w(ex, q, "both") && parley_match(ex, q + 1, PARLEY_LEX_MEET_NOUN, NULL);
        for (int k = target; both && k-- > 0 && k + 5 > target;)
            if (ex->events[k].type == PARLEY_EVENT_MEETING && ex->events[k].status == PARLEY_STATUS_OCCURRED) {
                for (size_t i = 0; i < pp.n; i++)
                    if (pp.p[i].pos < rel_meet && (rc = event_add_participant(ex, &ex->events[k], pp.p[i].ent)) < 0)
                        return rc;
                break;
            }
        /* ... "was present in all the meetings": every meeting before it of its first person (at
         * most eight back) */
        bool all = false;
        for (size_t q = join; q + 2 < se->tok_end && q < join + jl + 3 && !all; q++) {
            size_t n = q + 1;
            while (n < se->tok_end && n < q + 4 && (is_w(ex, n, "the") || is_w(ex, n, "these") || is_w(ex, n, "those") ||
                                                    is_w(ex, n, "of") || is_w(ex, n, "his") || is_w(ex, n, "her")))
                n++;
            all = is_w(ex, q, "all") && n < se->tok_end && parley_match(ex, n, PARLEY_LEX_MEET_NOUN, NULL) &&
                  tok_s(ex, n)[tok_n(ex, n) - 1] == 's';
            /* ("was present at the meetings": the plural of several told) */
            all |= is_w(ex, q, "the") && q + 1 < se->tok_end && is_w(ex, q + 1, "meetings") &&
                   (q + 2 == se->tok_end || tok(ex, q + 2)->kind == PARLEY_TOK_PUNCT);
        }
        int principal = ex->events[target].n_participants ? ex->events[target].participants[0] : -1;
        for (int k = target; all && principal >= 0 && k-- > 0 && k + 8 > target;)
            if (ex->events[k].type == PARLEY_EVENT_MEETING && ex->events[k].status == PARLEY_STATUS_OCCURRED &&
                event_has(&ex->events[k], principal))
                for (size_t i = 0; i < pp.n; i++)
                    if (pp.p[i].pos < rel_meet && (rc = event_add_participant(ex, &ex->events[k], pp.p[i].ent)) < 0)
                        return rc;
        /* "The meeting at Anwar's official residence in Putrajaya was also attended by X": the
         * city the meeting told again is said to be in, over a country or the dateline's city */
        if (se->tok_begin + 2 < join && is_w(ex, se->tok_begin, "the") && parley_match(ex, se->tok_begin + 1, PARLEY_LEX_MEET_NOUN, NULL)) {
            int own = sentence_place_at(ex, s, join);
            if (own >= 0 && own != ev->place && ex->entities[own].type == PARLEY_ENTITY_LOCATION && ex->entities[own].has_coords &&
                (ev->place < 0 || ev->place == ex->dateline_place || ex->entities[ev->place].type == PARLEY_ENTITY_COUNTRY))
                ev->place = own;
        }
        /* "X received A and B ... The ministers were later joined by C and D": the group opening
         * the sentence is the people of every meeting told in the last one's sentence */
        /* (told by the same words: not another clause's, "X hosted Y, hours after Y met Z") */
        size_t opening = group_len(ex, se->tok_begin);
        if (opening && se->tok_begin + opening <= join && ev->n_evidence) {
            uint32_t told = ev->evidence[0].start;
            const char *words = ev->evidence[0].trigger;
            for (size_t k = 0; k < ex->n_events; k++) {
                parley_event *o = &ex->events[k];
                if ((int)k == target || o->type != PARLEY_EVENT_MEETING || o->status != ev->status || !o->n_evidence ||
                    o->evidence[0].start != told ||
                    (words && o->evidence[0].trigger && strcmp(words, o->evidence[0].trigger) != 0))
                    continue;
                for (size_t i = 0; i < pp.n; i++)
                    if (pp.p[i].pos < rel_meet && (rc = event_add_participant(ex, o, pp.p[i].ent)) < 0)
                        return rc;
                /* (and they were together: the last meeting holds them all) */
                for (size_t i = 0; i < o->n_participants; i++)
                    if ((rc = event_add_participant(ex, &ex->events[target], o->participants[i])) < 0)
                        return rc;
            }
            ev = &ex->events[target];
        }
        if (rel_meet != SIZE_MAX) {
            /* the relative clause's meeting: the person before "who" with those after the words */
            int who = -1;
            size_t wi = 0;
            for (size_t i = 0; i < pp.n; i++)
                if (pp.p[i].end <= rel_meet) {
                    who = pp.p[i].ent;
                    wi = i;
                }
            /* (... and those joined to them by "and", titles between: "including Foreign Minister
             * A and Defence Minister B, who met their Polish counterparts") */
            size_t first = who >= 0 ? and_list_first(ex, &pp, wi, join + jl + 1) : wi;
            /* (not for one's own: "A and B, who held separate talks with his counterpart C") */
            for (size_t q = rel_meet; first < wi && q < se->tok_end; q++)
                if (is_w(ex, q, "his") || is_w(ex, q, "her") || is_w(ex, q, "separate"))
                    first = wi;
            parley_event *rv = NULL;
            if ((rc = clause_meeting(ex, s, who, &pp, meet + ml, se->tok_end, meet, ml, &rv)) < 0)
                return rc;
            for (size_t i = first; rv && i < wi; i++)
                if ((rc = event_add_participant(ex, rv, pp.p[i].ent)) < 0)
                    return rc;
            if (rv) {
                /* (on the day and at the place of the meeting joined, unless the clause says its
                 * own: "Also present was C, who held a bilateral meeting with B at Wisma Putra
                 * yesterday") */
                const parley_event *lm = &ex->events[st->last_meeting];
                rv->place = lm->place;
                memcpy(rv->date, lm->date, sizeof(rv->date));
                parley_date d;
                int rel;
                if (sentence_date(ex, s, meet, st, false, &d, &rel) && d.d) {
                    char own[11];
                    parley_date_format(own, &d);
                    if (strcmp(own, lm->date) != 0) {
                        memcpy(rv->date, own, sizeof(rv->date));
                        int pl = place_after(ex, s, meet, se->tok_end);
                        if (pl >= 0)
                            rv->place = pl;
                    }
                }
                /* "A and B, who met separately with their counterparts C and D": each with one */
                bool in_order;
                size_t n = wi - first + 1;
                if (first < wi && n <= MAXP && rv->n_participants == 2 * n &&
                    counterparts_apart_in(ex, meet + ml, se->tok_end, &in_order) &&
                    (rc = counterparts_apart(ex, (size_t)(rv - ex->events), &pp, first, wi, in_order, s, meet, ml)) < 0)
                    return rc;
            }
            ev = &ex->events[target];
        }
        /* "A and B signed the Agreement in the presence of President C": the signing is told
         * first, by the people before the join words */
        bool signed_before = has_sign && sign < join;
        /* ("The two men also attended the signing of agreements ..., with A and B signing": the
         * signing the join words name is told too, its meeting the one joined) */
        size_t dl0 = 0;
        bool signing_joined = has_sign && sign >= join && sign < join + jl &&
                              find_trigger(ex, sign + sl, se->tok_end < sign + sl + 4 ? se->tok_end : sign + sl + 4,
                                           PARLEY_LEX_DOCUMENT, &dl0) < se->tok_end && dl0;
        if ((rc = event_add_evidence(ex, ev, s, join, join + jl)) < 0 ||
            (!signed_before && !signing_joined && (!has_sign || sign < join + jl)))
            return rc;
        if (signed_before) {
            people_keep_before(&pp, join);
        }
        /* "In the presence of the Chancellor and the President, A and B signed an agreement": the
         * signing is told too, its meeting being the one they all just joined */
        has_meet = false;
        joined_last = true;
        joined_meeting = target;
    }

    /* "Trump later phoned Putin, who agreed to meet Zelensky": a meeting in a relative clause said
     * of the one called is no part of the call (nor one held: it is to come, or the clause's) */
    for (size_t q = call + cl; has_call && has_meet && call < meet && q + 1 < meet; q++)
        if (is_p(ex, q, ',') && (is_w(ex, q + 1, "who") || is_w(ex, q + 1, "which"))) {
            people_keep_before(&pp, q);
            has_meet = false;
            pl = 0;
            break;
        }
    /* "X spoke by phone with Y on Sunday, a day after he hosted Z in Istanbul": the meeting of a
     * clause after the call is told on its own, and the call keeps the people before it */
    /* "X spoke by phone with Y on Monday, and the two leaders agreed to meet in July": the call,
     * then a meeting to come of its people */
    if (has_call && has_meet && call < meet && pl && plan > call && plan < meet && pp.n + (pron ? 1 : 0) >= 2) {
        bool and_between = false;
        for (size_t q = call + cl; q < plan && !and_between; q++)
            and_between = is_w(ex, q, "and");
        if (and_between) {
            parley_event *ev = event_new(ex, PARLEY_EVENT_MEETING);
            if (!ev)
                return PARLEY_ENOMEM;
            ev->status = PARLEY_STATUS_PLANNED;
            if (pron && referent >= 0 && (rc = event_add_participant(ex, ev, referent)) < 0)
                return rc;
            for (size_t i = 0; i < pp.n; i++)
                if ((rc = event_add_participant(ex, ev, pp.p[i].ent)) < 0)
                    return rc;
            if (ev->n_participants < 2) {
                event_drop_last(ex);
            } else {
                parley_date d;
                int rel;
                if (sentence_date(ex, s, meet, st, true, &d, &rel))
                    parley_date_format(ev->date, &d);
                ev->place = place_after(ex, s, meet, se->tok_end);
                if ((rc = event_add_evidence(ex, ev, s, meet, meet + ml)) < 0)
                    return rc;
                st->last_planned = (int)(ev - ex->events);
            }
            has_meet = false;
            pl = 0;
        }
    }
    if (has_call && has_meet && call < meet && !pl && (rc = call_then_meeting(ex, s, st, &pp, call, meet, ml, pron ? referent : -1)) != 0) {
        if (rc < 0)
            return rc;
        has_meet = false;
        rc = 0;
    }
    /* "held talks with Y on Friday, when the two leaders inaugurated the port by video link": call
     * words in a clause of time after the meeting are another doing's */
    for (size_t q = meet + ml; has_call && has_meet && meet < call && q + 1 < call; q++)
        if (is_p(ex, q, ',') && (is_w(ex, q + 1, "when") || is_w(ex, q + 1, "where") || is_w(ex, q + 1, "as") ||
                                 is_w(ex, q + 1, "while"))) {
            has_call = false;
            break;
        }
    /* "A and B met in Woodside in November, and spoke by phone in early April": the meeting, then
     * a call of the same people told in a clause of its own (no one named after the call words) */
    size_t call_later = SIZE_MAX;
    /* (... "and the two have since spoken by phone": ", and", then the group and words in lower
     * case only) */
    bool and_group = false;
    for (size_t q = call; has_call && has_meet && meet < call && q-- > meet + ml && q + 7 > call;) {
        if (tok(ex, q)->kind != PARLEY_TOK_WORD || (tok(ex, q)->flags & PARLEY_TOK_CAP))
            break;
        if (is_w(ex, q, "and")) {
            size_t gl0 = 0;
            and_group = q > meet + ml && is_p(ex, q - 1, ',') && find_trigger(ex, q + 1, call, PARLEY_LEX_GROUP, &gl0) == q + 1;
            break;
        }
    }
    if (has_call && has_meet && meet < call && call > se->tok_begin + 1 && !pl &&
        (is_w(ex, call - 1, "and") || is_w(ex, call - 2, "and") || is_w(ex, call - 1, "then") || and_group)) {
        bool named_after = false;
        for (size_t i = 0; i < pp.n; i++)
            named_after |= pp.p[i].pos > call;
        if (!named_after) {
            call_later = call;
            has_call = false;
        }
    }

    /* "X met Erdogan in Ankara and said the delegation would be led by Y": whom a second predicate
     * of speech names is no one met */
    if (has_meet) {
        size_t cut = SIZE_MAX;
        for (size_t q = meet + ml; q + 1 < se->tok_end && cut == SIZE_MAX; q++) {
            if (is_w(ex, q, "and") && (is_w_any(ex, q + 1, speech_verbs) ||
                                       (q + 2 < se->tok_end && (is_w(ex, q + 1, "later") || is_w(ex, q + 1, "also")) &&
                                        is_w_any(ex, q + 2, speech_verbs))))
                cut = q;
            /* "also met A and B, and conveyed Prime Minister C's invitation": a second predicate
             * of the past, not a meeting's, names no one met */
            if (is_p(ex, q, ',') && q + 2 < se->tok_end && is_w(ex, q + 1, "and") && tok(ex, q + 2)->kind == PARLEY_TOK_WORD &&
                !(tok(ex, q + 2)->flags & PARLEY_TOK_CAP) && tok_n(ex, q + 2) > 4 &&
                strncmp(tok_s(ex, q + 2) + tok_n(ex, q + 2) - 2, "ed", 2) == 0 && !parley_match(ex, q + 2, PARLEY_LEX_MEET, NULL) &&
                !parley_match(ex, q + 2, PARLEY_LEX_HOST, NULL) && !parley_match(ex, q + 2, PARLEY_LEX_JOIN, NULL) &&
                !parley_match(ex, q + 2, PARLEY_LEX_SIGN, NULL))
                cut = q;
            /* "after his meeting with A that he had raised the case of B": what the speaker says
             * he did, a clause of its own */
            static const char *const pronouns[] = {"he", "she", "they", "we", "i", NULL};
            if (is_w(ex, q, "that") && q > meet + ml && is_w_any(ex, q + 1, pronouns))
                cut = q;
            /* "hosted European leaders in London on Sunday, two days after Y's clash with Z": a
             * time clause of its own, with no meeting words in it */
            if (is_p(ex, q, ',')) {
                size_t a = q + 1;
                while (a < se->tok_end && a < q + 4 && !is_w(ex, a, "after") && !is_w(ex, a, "before") &&
                       (tok(ex, a)->kind == PARLEY_TOK_NUM || is_w(ex, a, "a") || is_w(ex, a, "an") || is_w(ex, a, "one") ||
                        is_w(ex, a, "two") || is_w(ex, a, "three") || is_w(ex, a, "days") || is_w(ex, a, "day") ||
                        is_w(ex, a, "hours") || is_w(ex, a, "weeks") || is_w(ex, a, "week") || is_w(ex, a, "shortly") ||
                        is_w(ex, a, "months") || is_w(ex, a, "just") || is_w(ex, a, "only")))
                    a++;
                size_t l2;
                if (a < se->tok_end && (is_w(ex, a, "after") || is_w(ex, a, "before")) &&
                    find_trigger(ex, a, se->tok_end, PARLEY_LEX_MEET, &l2) == se->tok_end)   /* ("after meeting X") */
                    cut = q;
            }
        }
        people_keep_before(&pp, cut);
    }
    /* "X told a press conference that A had met with B", "He added that A also held talks with C":
     * whoever tells of a meeting whose subject is named after "that" takes no part in it */
    if (has_meet) {
        for (size_t q = se->tok_begin + 1; q < meet; q++) {
            if (!is_w(ex, q, "that"))
                continue;
            bool speech = false, named = false;
            for (size_t k = q > se->tok_begin + 12 ? q - 12 : se->tok_begin; k < q && !speech; k++)
                speech = is_w_any(ex, k, speech_verbs);
            for (size_t i = 0; i < pp.n && !named; i++)
                named = pp.p[i].pos > q && pp.p[i].end <= meet;
            if (speech && named) {
                people_keep_after(&pp, q);
                if (pron && pron_at < q)
                    pron = false;
            }
            break;
        }
        /* ... and without "that": "X said ties had improved since Prime Minister A met B", "X
         * said the meeting between A and B had helped" (the meeting's own people named after the
         * speech verb: before the meeting words, or two after "between"; not "X told Y during
         * their talks": whom one tells is there) */
        for (size_t q = se->tok_begin + 1; q < meet; q++) {
            /* (the speech verbs open with one of these letters: a quick test first) */
            const parley_token *vt = tok(ex, q);
            unsigned char c0 = (unsigned char)*tok_s(ex, q);
            if (vt->kind != PARLEY_TOK_WORD || (vt->flags & PARLEY_TOK_CAP) ||
                !(c0 == 's' || c0 == 't' || c0 == 'a' || c0 == 'n' || c0 == 'r') || !is_w_any(ex, q, speech_verbs))
                continue;
            if (is_w(ex, q, "told"))
                break;
            size_t before = 0, inside = 0, after = 0;
            for (size_t i = 0; i < pp.n; i++) {
                before += pp.p[i].end <= q;
                inside += pp.p[i].pos > q && pp.p[i].end <= meet;
                after += pp.p[i].pos >= meet + ml;
            }
            if (before && (inside || (after >= 2 && is_w(ex, meet + ml - 1, "between")))) {
                people_keep_after(&pp, q);
                if (pron && pron_at < q)
                    pron = false;
            }
            break;
        }
    }
    /* "X criticised Y for holding talks with Z": the gerund's subject is the one named right
     * before "for", not the sentence's */
    for (size_t q = has_meet && meet > se->tok_begin + 2 ? meet - 2 : se->tok_end; q <= meet && q < se->tok_end; q++) {
        if (!is_w(ex, q, "for") || q + 1 >= se->tok_end || !parley_text_tok_ing(&ex->text, q + 1, 5))
            continue;
        size_t keep = q;
        for (size_t i = 0; i < pp.n; i++)
            if (pp.p[i].end == q)
                keep = pp.p[i].pos - 1;
        people_keep_after(&pp, keep);
        pron = false;
        break;
    }
    /* subjects and objects around the trigger */
    size_t trig = has_meet ? meet : has_sign ? sign : has_call ? call : se->tok_end;
    size_t tlen = has_meet ? ml : has_sign ? sl : cl;
    people subj = {.n = 0}, obj = {.n = 0};
    if (pron)
        people_add(&subj, referent, se->tok_begin, se->tok_begin + 1);
    /* (not whom a subject's relative clause names as another's: "Defence Minister A, who
     * accompanied Mr B, held separate talks with C") */
    static const char *const others[] = {"accompanied", "accompanies", "succeeded", "replaced", NULL};
    for (size_t i = 0; i < pp.n; i++) {
        size_t q = title_start(ex, se, pp.p[i].pos);   /* ("Mr B") */
        if (pp.p[i].pos < trig && i > 0 && q >= se->tok_begin + 3 && is_w_any(ex, q - 1, others) && is_w(ex, q - 2, "who") &&
            is_p(ex, q - 3, ',') && pp.p[i - 1].end == q - 3)
            continue;
        if (pp.p[i].pos < trig)
            people_add(&subj, pp.p[i].ent, pp.p[i].pos, pp.p[i].end);
        else
            people_add(&obj, pp.p[i].ent, pp.p[i].pos, pp.p[i].end);
    }
    /* "Jonson arrived in Kyiv together with General A, who held separate talks with B": the
     * meeting words of a relative clause are only of the one it is said of, not of whom that one
     * came with */
    if (subj.n >= 2 && trig < se->tok_end && trig > se->tok_begin + 2) {
        size_t w = trig - 1;
        if (is_w(ex, w, "also") || is_w(ex, w, "later") || is_w(ex, w, "then"))
            w--;
        /* (the one named right before ", who", perhaps after an apposition: "Sweden's Chief of
         * Defence, General A, who") */
        int rel = -1;
        for (size_t m = ex->sent_mentions[s]; m < ex->sent_mentions[s + 1] && w > se->tok_begin + 1 && is_w(ex, w, "who") &&
                                                  is_p(ex, w - 1, ',');
             m++)
            if (ex->mentions[m].type == PARLEY_ENTITY_PERSON && ex->mentions[m].sentence == s && ex->mentions[m].te == w - 1)
                rel = ex->mentions[m].entity;
        size_t k = 0;
        while (rel >= 0 && k < subj.n && subj.p[k].ent != rel)
            k++;
        bool with = false;
        for (size_t q = k > 0 && k < subj.n ? subj.p[k - 1].end : SIZE_MAX; q != SIZE_MAX && q < subj.p[k].pos && !with; q++)
            with = is_w(ex, q, "with") || is_w(ex, q, "by");
        if (with) {
            subj.p[0] = subj.p[k];
            subj.n = 1;
        }
    }
    /* "X later met B, who also held talks with C": the relative clause's meeting words are B's,
     * with the people after them; they leave X's objects */
    for (size_t i = 0; has_meet && trig == meet && i + 1 < obj.n; i++) {
        size_t w = obj.p[i].end;
        if (w + 3 >= se->tok_end || !is_p(ex, w, ',') || !is_w(ex, w + 1, "who"))
            continue;
        size_t l2 = 0, t2 = find_trigger(ex, w + 2, w + 6 < se->tok_end ? w + 6 : se->tok_end, PARLEY_LEX_MEET, &l2);
        if (!l2 || t2 >= obj.p[i + 1].pos)
            continue;
        /* (not a meeting to come, nor one denied: "who will meet C", "who did not meet C") */
        bool other = false;
        for (size_t q = w + 2; q < t2 && !other; q++)
            other = modal_at(ex, q) || is_w(ex, q, "not") || is_w(ex, q, "never");
        if (other)
            break;
        size_t end = se->tok_end;   /* (up to the clause's closing comma) */
        for (size_t q = t2 + l2; q < se->tok_end && end == se->tok_end; q++)
            if (is_p(ex, q, ';') || (is_p(ex, q, ',') && q + 1 < se->tok_end && !(tok(ex, q + 1)->flags & PARLEY_TOK_CAP) &&
                                     !is_w(ex, q + 1, "and")))
                end = q;
        size_t k = i + 1, kept = i + 1;
        for (; k < obj.n && obj.p[k].pos < end; k++) {
            parley_event *pe;
            int rc;
            if ((rc = pair_meeting(ex, obj.p[i].ent, obj.p[k].ent, &pe)) < 0 ||
                (rc = event_set_date_place(ex, pe, s, t2, st, true)) < 0 || (rc = event_add_evidence(ex, pe, s, t2, t2 + l2)) < 0)
                return rc;
        }
        for (; k < obj.n; k++)
            obj.p[kept++] = obj.p[k];
        obj.n = kept;
        break;
    }
    /* ("A received B. He later met C": B, when C is of A's country and B is not) */
    if (pron && subj.n && subj.p[0].ent == referent && obj.n && has_meet && trig == meet && st->last_meeting >= 0 &&
        st->last_meeting_sentence + 1 >= s && (is_w(ex, pron_at, "he") || is_w(ex, pron_at, "she")))
        subj.p[0].ent = pronoun_guest(ex, referent, other_country_guest(ex, &ex->events[st->last_meeting], referent),
                                      obj.p[0].ent);
    /* "the PM attended the summit in Melbourne, where he held bilateral meetings with A and B": a
     * pronoun right before the meeting words, inside the sentence, is the person in focus */
    if (subj.n == 0 && !pron && st->focus >= 0 && trig < se->tok_end && trig > se->tok_begin + 1) {
        size_t q = trig - 1;
        if (is_w(ex, q, "also") || is_w(ex, q, "then") || is_w(ex, q, "later"))
            q--;
        bool is_obj = false;
        /* (... or the owner opening the sentence: "Aoun's visit came days after he met X") */
        int who = st->focus;
        for (size_t m = ex->sent_mentions[s]; m < ex->sent_mentions[s + 1] && ex->mentions[m].tb == se->tok_begin; m++) {
            const parley_mention *mm = &ex->mentions[m];
            if (mm->sentence == s && mm->type == PARLEY_ENTITY_PERSON && mm->entity >= 0 &&
                mm->te + 1 < q && parley_text_tok_poss(&ex->text, mm->te)) {
                who = mm->entity;
                break;
            }
        }
        for (size_t i = 0; i < obj.n; i++)
            is_obj |= obj.p[i].ent == who;
        if ((is_w(ex, q, "he") || is_w(ex, q, "she")) && !is_obj)
            people_add(&subj, who, q, q + 1);
        /* "In his meeting with X, the prime minister congratulated him": the possessive of an
         * opening phrase */
        static const char *const at[] = {"in", "during", "at", NULL};
        if (q == se->tok_begin + 1 && (is_w(ex, q, "his") || is_w(ex, q, "her")) && is_w_any(ex, se->tok_begin, at) &&
            !is_obj && subj.n == 0)
            people_add(&subj, st->focus, q, q + 1);
    }
    /* "Those who called on Minister X this week included A, B and C": the people listed after
     * "included" each met the object of the relative clause (an unnamed plural subject) */
    if (subj.n == 0 && !pron && obj.n >= 2 && has_meet && trig == meet && trig > se->tok_begin && is_w(ex, trig - 1, "who")) {
        size_t inc = SIZE_MAX;
        for (size_t q = obj.p[0].end; q < obj.p[1].pos && inc == SIZE_MAX; q++)
            if (is_w(ex, q, "included") || is_w(ex, q, "include") || is_w(ex, q, "were"))
                inc = q;
        if (inc != SIZE_MAX) {
            people listed = {.n = 0};
            for (size_t i = 1; i < obj.n; i++)
                if (obj.p[i].pos > inc)
                    people_add(&listed, obj.p[i].ent, obj.p[i].pos, obj.p[i].end);
            people_add(&subj, obj.p[0].ent, obj.p[0].pos, obj.p[0].end);
            obj = listed;
        }
    }
    /* "In their meeting at the prime minister's office, A and B confirmed ...": the people of an
     * opening phrase's meeting are the clause's subjects after it */
    if (subj.n == 0 && !pron && obj.n >= 2 && has_meet && trig == meet && trig <= se->tok_begin + 3 &&
        (is_w(ex, se->tok_begin, "in") || is_w(ex, se->tok_begin, "during") || is_w(ex, se->tok_begin, "at"))) {
        bool their = false;
        size_t comma = trig + tlen;
        for (size_t q = se->tok_begin + 1; q < trig + tlen && q < se->tok_begin + 4; q++)
            their |= is_w(ex, q, "their") || is_w(ex, q, "the");
        while (comma < obj.p[obj.n - 1].pos && !is_p(ex, comma, ','))
            comma++;
        /* (the people named after the phrase's comma: not "the prime minister's office" inside
         * it, unless named again after it) */
        people after = {.n = 0};
        for (size_t m = ex->sent_mentions[s]; their && m < ex->sent_mentions[s + 1]; m++) {
            const parley_mention *mm = &ex->mentions[m];
            for (size_t i = 0; mm->sentence == s && mm->tb > comma && i < obj.n; i++)
                if (obj.p[i].ent == mm->entity)
                    people_add(&after, mm->entity, mm->tb, mm->te);
        }
        if (after.n >= 2 && has_and_between(ex, after.p[0].pos, after.p[after.n - 1].pos)) {
            subj = after;
            obj.n = 0;
        }
    }
    /* "Vieira is accompanying Lula, who met Xi": the subject of a relative clause is the person
     * right before ", who" */
    if (subj.n >= 2 && trig > se->tok_begin + 2) {
        size_t w = trig;
        while (w > se->tok_begin && w + 3 > trig && !is_w(ex, w - 1, "who"))
            w--;
        if (w > se->tok_begin + 1 && is_w(ex, w - 1, "who") && is_p(ex, w - 2, ',')) {
            size_t keep = SIZE_MAX;
            for (size_t i = 0; i < subj.n; i++)
                if (subj.p[i].end + 2 == w)
                    keep = i;
            if (keep != SIZE_MAX) {
                /* ... with those joined to them by "and": "A and B, who last met in Istanbul" */
                size_t first = and_list_first(ex, &subj, keep, 0);
                for (size_t i = first; i <= keep; i++)
                    subj.p[i - first] = subj.p[i];
                subj.n = keep - first + 1;
            }
        }
    }
    /* "held bilateral meetings ... with:" and a list, an item a line ("- Foreign Minister of Japan
     * X"): the first person of each item is met; every one of an item that opens with its day and
     * "with" ("- On Tuesday, with A and B;"), each on that day (below) */
    bool item_days = false, own_items = false;
    if (has_meet && trig == meet && obj.n == 0 && subj.n >= 1 && is_p(ex, se->tok_end - 1, ':')) {
        size_t s2 = s + 1;
        for (; s2 < ex->text.n_sentences; s2++) {
            const parley_sentence *is = &ex->text.sentences[s2];
            if (!is->item)
                break;
            /* (an item that tells its own meeting, "- On Tuesday, he met with A and with B", is
             * read as a sentence of its own) */
            size_t il;
            if (find_trigger(ex, is->tok_begin, is->tok_end, PARLEY_LEX_MEET, &il) < is->tok_end) {
                own_items = true;
                continue;
            }
            people ip;
            sentence_people(ex, s2, &ip);
            bool with = false;   /* ("- On Monday, with X": "with" within the item's first words) */
            for (size_t q = is->tok_begin; q < is->tok_end && q < is->tok_begin + 6 && !with; q++)
                with = is_w(ex, q, "with") && (!ip.n || q < ip.p[0].pos);
            item_days |= with && !is_w(ex, is->tok_begin + 1, "with");
            /* (and the people the item lists: "- Armenian Foreign Minister A and Azerbaijani
             * Foreign Minister B, separately") */
            for (size_t i = 0; i < ip.n; i++) {
                bool listed = i > 0 && ip.p[i].pos > ip.p[i - 1].end;
                for (size_t q = i > 0 ? ip.p[i - 1].end : 0; listed && q < ip.p[i].pos; q++)
                    listed = is_w(ex, q, "and") || is_p(ex, q, ',') ||
                             (tok(ex, q)->kind == PARLEY_TOK_WORD && (tok(ex, q)->flags & PARLEY_TOK_CAP));
                if (i == 0 || with || listed)
                    people_add(&obj, ip.p[i].ent, ip.p[i].pos, ip.p[i].end);
                else
                    break;
            }
        }
        if (obj.n)
            st->items_end = own_items ? s + 1 : s2;
    }
    /* "Qin Gang also held talks with her": the person in focus is met; in a relative clause, the
     * sentence's own subject ("A is on a visit at the invitation of President B, who held talks
     * with him on Monday": A) */
    /* (... also before people named later in a clause that joins them: "hosted him to lunch,
     * where they were joined by Vice President X") */
    size_t jl2 = 0;
    bool joined_later = obj.n && obj.p[0].pos > meet + ml + 1 &&
                        find_trigger(ex, meet + ml, obj.p[0].pos, PARLEY_LEX_JOIN, &jl2) < obj.p[0].pos;
    if (has_meet && trig == meet && (obj.n == 0 || joined_later) && subj.n >= 1 && st->focus >= 0 &&
        object_pronoun(ex, meet + ml, se->tok_end)) {
        int who = st->focus;
        if (pp.n >= 2 && pp.p[0].pos == se->tok_begin && pp.p[0].ent != subj.p[0].ent && subj.p[0].pos > pp.p[0].pos &&
            subj.p[0].end + 2 <= trig && is_w(ex, subj.p[0].end + 1, "who"))
            who = pp.p[0].ent;
        bool in = false;
        for (size_t i = 0; i < subj.n; i++)
            in |= subj.p[i].ent == who;
        if (!in && obj.n < MAXP) {
            /* (first among the objects: the one met) */
            size_t n0 = obj.n;
            people_add(&obj, who, meet + ml, meet + ml + 1);
            if (obj.n > n0) {
                person_at pa = obj.p[n0];
                memmove(&obj.p[1], &obj.p[0], n0 * sizeof(person_at));
                obj.p[0] = pa;
            }
        }
    }
    /* (so before attendees: "hosted the visiting minister to a luncheon, also attended by C"; the
     * one described first, before the words of attending) */
    if (has_meet && trig == meet && subj.n >= 1 && (obj.n == 0 || (attend != SIZE_MAX && obj.p[0].pos > attend))) {
        size_t n0 = obj.n;
        add_described(ex, s, st, meet + ml, attend != SIZE_MAX ? attend : se->tok_end, &subj, &obj);
        if (obj.n > n0 && n0) {
            person_at pa = obj.p[n0];
            memmove(&obj.p[1], &obj.p[0], n0 * sizeof(person_at));
            obj.p[0] = pa;
        }
    }
    /* "King A and Queen B hosted a dinner for the summit's leaders": hosts of one country for
     * guests not named meet no one (not each other) */
    if (has_meet && trig == meet && obj.n == 0 && subj.n >= 2 && attend == SIZE_MAX &&
        (is_w(ex, meet, "hosted") || is_w(ex, meet, "hosts") || is_w(ex, meet, "gave") || is_w(ex, meet, "offered") ||
         is_w(ex, meet, "threw")) &&
        (is_w(ex, meet + ml - 1, "for") || is_w(ex, meet + ml - 1, "honour") || is_w(ex, meet + ml - 1, "honor") ||
         is_w(ex, meet + ml - 1, "of"))) {
        /* (not for a group told before: "hosted a dinner for the leaders" after their talks) */
        size_t hend = se->tok_end < meet + ml + 3 ? se->tok_end : meet + ml + 3, hgl = 0;
        const char *c0 = ex->entities[subj.p[0].ent].country;
        bool one = find_trigger(ex, meet + ml, hend, PARLEY_LEX_GROUP, &hgl) >= hend || !hgl;
        for (size_t i = 1; i < subj.n && one; i++) {
            const char *ci = ex->entities[subj.p[i].ent].country;
            one = (!c0 && !ci) || (c0 && ci && strcmp(c0, ci) == 0);
        }
        if (one)
            subj.n = 0;
    }
    /* ... but not when the subject is a pronoun for nobody known ("he met A ... and hosted B"),
     * nor a group of a meeting told before that opens the sentence ("The two leaders attended a
     * meeting of the council, joined by A and B") */
    size_t g0l = 0, g0 = has_meet ? find_trigger(ex, se->tok_begin, meet, PARLEY_LEX_GROUP, &g0l) : meet;
    /* (... or opens it right before the meeting words, the people it stands for named before:
     * "The royal couple met Emperor A and Empress B") */
    bool group_first = g0l && (g0 == se->tok_begin || is_p(ex, g0 - 1, ',')) && g0 + g0l <= meet &&
                       ((st->last_meeting >= 0 && st->last_meeting_sentence + 2 >= s) ||
                        (st->last_meeting < 0 && g0 == se->tok_begin && g0 + g0l + 1 >= meet && s > 0));
    if (subj.n == 0 && obj.n >= 2 && !(has_meet && trig == meet && (is_w(ex, meet + ml - 1, "between") || attended_by)) &&
        !(pron_at != SIZE_MAX && referent < 0) && !group_first && !(attend != SIZE_MAX && obj.p[1].pos > attend)) {
        /* "In the meeting with E, Mr. Modi …": the first after the trigger is the object */
        subj.p[0] = obj.p[1];
        subj.n = 1;
        for (size_t i = 2; i < obj.n; i++)
            obj.p[i - 1] = obj.p[i];
        obj.n--;
        if (obj.n > 1)
            obj.n = 1;
    }
    /* "signed ... during the visit of President X to Argentina": the visitor named in the clause
     * is context, no party */
    if (obj.n && subj.n) {
        size_t k = 0;
        for (size_t i = 0; i < obj.n; i++) {
            bool visit = false;
            for (size_t q = obj.p[i].pos; q-- > se->tok_begin && q + 8 > obj.p[i].pos && !visit;) {
                if (is_p(ex, q, ','))
                    break;
                visit = q > se->tok_begin && (is_w(ex, q, "of") || is_w(ex, q, "by")) &&
                        (is_w(ex, q - 1, "visit") || is_w(ex, q - 1, "trip")) && q - 1 > trig;
            }
            if (!visit)
                obj.p[k++] = obj.p[i];
        }
        obj.n = k;
    }
    /* "A and B did meet in Moscow in December, alongside C, and the foreign ministers ..., including
     * D, held talks in Moscow in May": the people of a second clause with meeting words of its own
     * are no party to the first */
    size_t bound = SIZE_MAX, l2 = 0, m2 = se->tok_end;
    int clause_shift = NO_REL;   /* "..., a day after X held talks with Y": days from the main event */
    int gerund_shift = NOT_TIME; /* the same before a gerund's meeting with no subject of its own */
    /* (so too after a call: "spoke with A by phone, and held a call with B on Tuesday") */
    size_t t0l = has_meet && trig == meet ? ml : has_call && trig == call ? cl : 0;
    if (t0l && obj.n) {
        /* (", and the three ministers held a trilateral meeting": held_qualified_meeting()) */
        m2 = find_trigger(ex, trig + t0l, se->tok_end, PARLEY_LEX_MEET, &l2);
        /* (not a purpose's "to discuss": "met with A, Minister of Industry, and B to discuss the
         * project") */
        /* (... but meeting words after it still open a clause: "met B on Tuesday to discuss
         * Lebanon, a day after B held talks with C") */
        /* (nor the noun of a purpose: "welcomed A, and B, to Dublin for a meeting of the Council") */
        if (l2 == 2 && m2 >= trig + t0l + 2 && m2 + 1 < se->tok_end && is_w(ex, m2 - 2, "for") &&
            (is_w(ex, m2 - 1, "a") || is_w(ex, m2 - 1, "the")) && is_w(ex, m2, "meeting") && is_w(ex, m2 + 1, "of")) {
            size_t m3 = find_trigger(ex, m2 + l2, se->tok_end, PARLEY_LEX_MEET, &l2);
            m2 = l2 ? m3 : se->tok_end;
        }
        if (l2 == 1 && has_meet && trig == meet && m2 > trig + t0l && is_w(ex, m2 - 1, "to") && is_w(ex, m2, "discuss")) {
            l2 = 0;
            size_t m3 = find_trigger(ex, m2 + 1, se->tok_end, PARLEY_LEX_MEET, &l2);
            if (l2)
                m2 = m3;
        }
        for (size_t q = trig + t0l; l2 && q + 1 < m2; q++) {
            if ((is_p(ex, q, ',') && (is_w(ex, q + 1, "and") || is_w(ex, q + 1, "while") || is_w(ex, q + 1, "but") ||
                                      /* ", after which A met B" */
                                      ((is_w(ex, q + 1, "after") || is_w(ex, q + 1, "following")) && q + 2 < m2 &&
                                       is_w(ex, q + 2, "which")))) ||
                is_p(ex, q, ';'))
                bound = q;
            else if ((is_p(ex, q, ',') || is_w(ex, q, "came") || is_w(ex, q, "comes") || is_w(ex, q, "place")) &&
                     (bound == SIZE_MAX || bound < q)) {
                /* (", a day after ...", "The meeting between A and B came a day after ...") */
                int shift = time_clause(ex, q + 1, m2 + is_w_any(ex, m2, gerund_openers));
                /* (", before X hosted Y": a bare "before" or "after" opens a clause of its own when
                 * someone is named in it) */
                /* (... so does ", when X travelled to Moscow to meet Y") */
                bool bare = shift == NOT_TIME && is_p(ex, q, ',') && q + 2 < m2 &&
                            (is_w(ex, q + 1, "before") || is_w(ex, q + 1, "after") || is_w(ex, q + 1, "when"));
                if (bare)
                    shift = NO_REL;
                /* (with a subject of its own: "hours after holding talks with Wang" is the
                 * subject's own meeting, told with the first) */
                bool named = false;
                for (size_t m = ex->sent_mentions[s]; shift != NOT_TIME && m < ex->sent_mentions[s + 1] && !named; m++)
                    named = ex->mentions[m].type == PARLEY_ENTITY_PERSON && ex->mentions[m].entity >= 0 &&
                            ex->mentions[m].tb > q && ex->mentions[m].te <= m2;
                /* (... or a role for one named before: ", when the Hungarian leader travelled") */
                if (!named && shift != NOT_TIME && is_p(ex, q, ','))
                    named = role_subject(ex, &pp, q + 1, m2) >= 0;
                if (named) {
                    bound = q;
                    clause_shift = shift;
                } else if (shift != NOT_TIME && bound == SIZE_MAX && !bare) {
                    gerund_shift = shift;   /* ("a day after holding talks with Y": the gerund's) */
                }
            }
        }
        /* "met Y in Beijing on Monday and is expected to meet Z on Wednesday", "... and will hold
         * talks with Z": a predicate of what is to come after "and" (a few words in lower case) is
         * a second clause */
        for (size_t q = m2 > trig + t0l + 6 ? m2 - 5 : trig + t0l + 1; bound == SIZE_MAX && l2 && q + 1 < m2; q++) {
            if (!is_w(ex, q, "and"))
                continue;
            bool lower = true;
            for (size_t k = q + 1; k < m2 && lower; k++)
                lower = tok(ex, k)->kind == PARLEY_TOK_WORD && !(tok(ex, k)->flags & PARLEY_TOK_CAP);
            if (lower && to_come_between(ex, q + 1, m2))
                bound = q - 1;
        }
        /* "met Y on Friday for talks, before meeting President Z": a gerund's meeting is a second
         * clause */
        /* "..., a month after his visit to Moscow where he met Y": a "where" clause of the
         * subject's own, its meeting apart from the main one */
        if (bound == SIZE_MAX && l2 && m2 >= trig + t0l + 4 && is_w(ex, m2 - 2, "where") &&
            (is_w(ex, m2 - 1, "he") || is_w(ex, m2 - 1, "she")) && subj.n == 1) {
            size_t pe = is_p(ex, m2 - 3, ',') ? m2 - 3 : m2 - 2;   /* (a place right before "where") */
            for (size_t m = ex->sent_mentions[s]; m < ex->sent_mentions[s + 1] && bound == SIZE_MAX; m++)
                if (ex->mentions[m].te == pe && ex->mentions[m].entity >= 0 &&
                    (ex->mentions[m].type == PARLEY_ENTITY_COUNTRY ||
                     (ex->mentions[m].type == PARLEY_ENTITY_LOCATION && ex->mentions[m].lex)))
                    bound = pe;
        }
        if (bound == SIZE_MAX && l2 && m2 > trig + t0l && is_w_any(ex, m2, gerund_openers))
            bound = is_p(ex, m2 - 1, ',') ? m2 - 1 : m2;
        /* "met Y, before holding a trilateral meeting with Z and W", "... before a trilateral
         * session with": the same, over words in lower case */
        for (size_t q = m2 > trig + t0l + 6 ? m2 - 6 : trig + t0l; bound == SIZE_MAX && l2 && q < m2; q++) {
            if (!is_w_any(ex, q, gerund_openers))
                continue;
            /* (words only between, none of them a person's: "before travelling to Berlin for talks
             * with") */
            bool lower = true;
            for (size_t k = q + 1; k < m2 && lower; k++)
                lower = tok(ex, k)->kind == PARLEY_TOK_WORD;
            for (size_t i = 0; lower && i < pp.n; i++)
                lower = !(pp.p[i].pos > q && pp.p[i].pos < m2);
            if (lower)
                bound = is_p(ex, q - 1, ',') ? q - 1 : q;
        }
        /* (... or before the subject's pronoun and its verb: "a day after he met Z") */
        if (bound != SIZE_MAX && clause_shift == NO_REL && gerund_shift != NOT_TIME &&
            (bound >= m2 - 1 || (bound + 2 == m2 && (is_w(ex, m2 - 1, "he") || is_w(ex, m2 - 1, "she")))))
            clause_shift = gerund_shift;
        if (bound != SIZE_MAX) {
            people_keep_before(&obj, bound);
        }
    }
    /* "Han, who attended the coronation of King Charles last month, had earlier met Liz Truss": the
     * people of a relative clause said of the subject, with no meeting words of its own, are no
     * subjects (its companions are: "Akar, who was accompanied by A and B, was received by C") */
    if (subj.n > 1 && trig < se->tok_end) {
        size_t k = 1;
        for (size_t i = 1; i < subj.n; i++) {
            size_t rb, re, l3;
            if (subj.p[i].pos < trig && relative_clause_at(ex, se, subj.p[i].pos, trig, &rb, &re) && rb > subj.p[0].pos &&
                subj.p[0].end + 1 == rb && find_trigger(ex, rb, re, PARLEY_LEX_MEET, &l3) >= re && !companions_in(ex, rb, re))
                continue;
            subj.p[k++] = subj.p[i];
        }
        subj.n = k;
    }
    /* "held talks with Y, who is accompanying Prime Minister Z on a state visit": the people of a
     * relative clause said of an object are no party (unless it tells a meeting of its own) */
    if (obj.n > 1) {
        size_t k = 1;
        for (size_t i = 1; i < obj.n; i++) {
            /* (the clause opens after the first object) */
            size_t q = relative_opener(ex, se, obj.p[i].pos), l3;
            /* (nor a clause of who else attended: "a dinner for X, which was also attended by Y") */
            if (q != SIZE_MAX && q > obj.p[0].end && find_trigger(ex, q, obj.p[i].pos, PARLEY_LEX_MEET, &l3) >= obj.p[i].pos &&
                !(attend > q && attend < obj.p[i].pos))
                continue;
            obj.p[k++] = obj.p[i];
        }
        obj.n = k;
    }
    /* "held talks with Y in the Kremlin on Friday, a visit that drew criticism from ... Z": the
     * people of a clause said of the event in apposition are no party */
    if (obj.n > 1) {
        size_t cut = SIZE_MAX;
        for (size_t q = obj.p[0].end; q + 3 < se->tok_end && cut == SIZE_MAX; q++)
            if (is_p(ex, q, ',') && (is_w(ex, q + 1, "a") || is_w(ex, q + 1, "an")) && tok(ex, q + 2)->kind == PARLEY_TOK_WORD &&
                !(tok(ex, q + 2)->flags & PARLEY_TOK_CAP) && (is_w(ex, q + 3, "that") || is_w(ex, q + 3, "which")))
                cut = q;
        people_keep_before(&obj, cut);
    }
    /* people in what the meeting was about, or in its background, are no party: "summoned X over
     * the death of Y", "met X in Beijing amid US President Y's trade war" */
    if (obj.n > 1) {
        size_t topic = SIZE_MAX;
        for (size_t q = obj.p[0].end; q < se->tok_end && topic == SIZE_MAX; q++)
            if (is_w(ex, q, "over") || is_w(ex, q, "about") || is_w(ex, q, "regarding") || is_w(ex, q, "concerning") ||
                is_w(ex, q, "amid") || is_w(ex, q, "amidst"))
                topic = q;
        people_keep_before(&obj, topic);
    }
    /* objects after a negation ("but could not hold any meeting with X") are dropped */
    if (nl && neg > trig) {
        people_keep_before(&obj, neg);
    }
    if (nl && neg > trig) {
        /* "a meeting with X has not happened" */
        size_t k = 0;
        for (size_t i = 0; i < obj.n; i++)
            if (!(obj.p[i].end <= neg && neg - obj.p[i].end <= 1 && !is_w(ex, obj.p[i].end, "but") &&
                  !is_w(ex, obj.p[i].end, "and") && !is_p(ex, obj.p[i].end, ',')))
                obj.p[k++] = obj.p[i];
        obj.n = k;
    }
    /* the source of the report is no participant: "X will hold talks with Y, spokeswoman Z said" */
    if (obj.n) {
        size_t k = 0;
        for (size_t i = 0; i < obj.n; i++)
            if (!(obj.p[i].pos > trig && reports(ex, obj.p[i].pos, obj.p[i].end, se->tok_begin, se->tok_end)))
                obj.p[k++] = obj.p[i];
        obj.n = k;
    }
    bool between = has_meet && (is_w(ex, meet + ml - 1, "between") || attended_by || (with_attending && meet == trig) ||
                                hosted_between(ex, se, meet, ml) != SIZE_MAX);
    /* "Lam spoke highly of the outcomes of the talks between A and B": whoever judges the talks
     * between others is no side of them */
    if (between && is_w(ex, meet + ml - 1, "between") && subj.n && obj.n >= 2) {
        static const char *const judged[] = {"spoke", "praised", "welcomed", "hailed", "lauded", "commended", "appreciated",
                                             "noted", "reviewed", "assessed", "highlighted", "applauded", "valued", NULL};
        bool judges = false;
        for (size_t q = subj.p[subj.n - 1].end; q < meet && !judges; q++)
            judges = is_w_any(ex, q, judged);
        if (judges) {
            subj.n = 0;
            people_keep_after(&pp, meet);
        }
    }

    /* "A met B at the White House, joined by C, D and E": those who join are at the one meeting */
    for (size_t q = obj.n >= 2 ? obj.p[0].end : se->tok_end;
         obj.n >= 2 && has_meet && trig == meet && !between && q + 2 < obj.p[obj.n - 1].pos; q++)
        if (is_p(ex, q, ',') && (((is_w(ex, q + 1, "joined") || is_w(ex, q + 1, "accompanied")) && is_w(ex, q + 2, "by")) ||
                                 /* (", where the deal was signed by C and D": the signers are there) */
                                 (is_w(ex, q + 1, "where") && has_sign && sign > q && sign + sl < se->tok_end &&
                                  is_w(ex, sign + sl, "by")))) {
            between = true;
            break;
        }
    /* "The Secretary also joined President Trump's meeting with President Zelenskyy": the owner's
     * meeting, all of them together */
    for (size_t i = 0; has_meet && !between && i < pp.n; i++) {
        size_t e = pp.p[i].end, nl = e + 1 < se->tok_end ? parley_match(ex, e + 1, PARLEY_LEX_MEET_NOUN, NULL) : 0;
        between = e + 1 >= meet && nl && parley_text_tok_poss(&ex->text, e) && e + 1 + nl < se->tok_end &&
                  is_w(ex, e + 1 + nl, "with");
    }
    /* "held a trilateral meeting with A and B": all of them together (also "hosted a trilateral
     * meeting with A and B") */
    for (size_t q = meet > se->tok_begin + 3 ? meet - 3 : se->tok_begin; has_meet && q < meet + ml; q++)
        between |= multilateral_at(ex, q) || is_w(ex, q, "joint") ||
                   /* (a "2+2" of two ministers a side) */
                   (tok(ex, q)->kind == PARLEY_TOK_NUM && q + 2 < meet + ml && is_p(ex, q + 1, '+') &&
                    tok(ex, q + 2)->kind == PARLEY_TOK_NUM);
    for (size_t q = meet + ml; has_meet && q + 1 < se->tok_end && q < meet + ml + 2; q++)
        between |= multilateral_at(ex, q) && parley_match(ex, q + 1, PARLEY_LEX_MEET_NOUN, NULL);
    /* "The foreign ministers of Japan, China and South Korea met in Tokyo ... X hosted the meeting
     * with A and B": the gathering told just before without names, all of them at it */
    /* (not the meeting told again by its people: "A and B discussed trade. C and D accompanied A
     * during the meeting") */
    for (size_t q = meet; has_meet && !between && st->unnamed_meet && st->unnamed_meet + 2 > s && !st->unnamed_again &&
                          q <= meet + ml &&
                          q + 2 < se->tok_end;
         q++)
        between = meets_again_at(ex, q, q + 3) && !is_w(ex, q, "their") &&
                  /* (not said in a relative clause: "X, who hosted the meeting, held bilateral
                   * talks with A and B") */
                  relative_opener(ex, se, q) == SIZE_MAX;
    /* "hosted A and B for a trilateral meeting at the Pentagon", "... for the first trilateral
     * summit of the three countries" */
    static const char *const firsts[] = {"first", "second", "third", "inaugural", "annual", "historic", "first-ever", NULL};
    static const char *const gatherings[] = {"summit", "dialogue", "consultations", NULL};
    for (size_t q = meet + ml; has_meet && !between && q + 1 < se->tok_end && q < meet + ml + 32; q++) {
        if (!multilateral_at(ex, q))
            continue;
        /* (the noun past a few words: "a quadrilateral defence ministers' meeting") */
        size_t n = q + 1;
        while (n + 1 < se->tok_end && n < q + 5 && !parley_match(ex, n, PARLEY_LEX_MEET_NOUN, NULL) &&
               !is_w_any(ex, n, gatherings) &&
               ((tok(ex, n)->kind == PARLEY_TOK_WORD && !parley_match(ex, n, PARLEY_LEX_MEET, NULL) && !is_w(ex, n, "with") &&
                 !is_w(ex, n, "and") && !is_w(ex, n, "in") && !is_w(ex, n, "on") && !is_w(ex, n, "of")) ||
                is_p(ex, n, '\'') || is_p(ex, n, '-')))
            n++;
        if (!(parley_match(ex, n, PARLEY_LEX_MEET_NOUN, NULL) || is_w_any(ex, n, gatherings)))
            continue;
        size_t d = q - 1;   /* the article, past an ordinal */
        if (d > se->tok_begin && is_w_any(ex, d, firsts))
            d--;
        if (d > se->tok_begin && (is_w(ex, d, "a") || is_w(ex, d, "the")) &&
            (is_w(ex, d - 1, "for") || is_w(ex, d - 1, "in") || is_w(ex, d - 1, "at")))
            between = true;
    }
    /* "the meeting", "their talks" without "with"/"between": the meeting told again */
    bool again = false;
    if (has_meet && !between) {
        for (size_t q = meet; q < meet + ml; q++)
            again |= meets_again_at(ex, q, meet + ml);
        if (again && meet + ml < se->tok_end && (is_w(ex, meet + ml, "with") || is_w(ex, meet + ml, "between")))
            again = false;
        if (again && meet + ml - 1 > meet && is_w(ex, meet + ml - 1, "with"))
            again = false;
    }
    /* "discussed the proposed Reciprocal Access Agreement", "the upcoming Exercise New Horizon": a
     * planned word after an article, before a document's or an exercise's name, qualifies it, not
     * the meeting */
    if (pl && plan > se->tok_begin && (is_w(ex, plan - 1, "the") || is_w(ex, plan - 1, "a") || is_w(ex, plan - 1, "an"))) {
        bool document = false;
        for (size_t q = plan + pl; q < se->tok_end && q < plan + pl + 5 && !document; q++) {
            if (parley_match(ex, q, PARLEY_LEX_MEET_NOUN, NULL) || parley_match(ex, q, PARLEY_LEX_VISIT, NULL))
                break;
            document = parley_match(ex, q, PARLEY_LEX_DOCUMENT, NULL) > 0 || parley_match(ex, q, PARLEY_LEX_EXERCISE, NULL) > 0;
        }
        if (document)
            pl = 0;
    }
    bool planned = pl && plan < trig + tlen + 3;
    /* "will visit Hiroshima next month, where he met survivors in 2016": a clause of the past
     * after "where", its verb in the past tense, is not what the modal looks ahead to */
    if (planned && plan < trig && trig < se->tok_end && (is_w(ex, trig, "met") || is_w(ex, trig, "held"))) {
        for (size_t q = plan; q + 1 < trig && planned; q++)
            if (is_w(ex, q, "where") && (is_w(ex, q + 1, "he") || is_w(ex, q + 1, "she") || is_w(ex, q + 1, "they")) &&
                q + 2 == trig)
                planned = false;
    }
    /* "X will on Thursday host Y", "will next week meet": a modal, then the day, then the verb */
    if (!planned && trig > se->tok_begin + 2) {
        static const char *const times[] = {"on", "next", "this", "later", "also", "then", "week", "month", "year",
                                            "today", "tomorrow", "soon", NULL};
        size_t q = trig;
        while (q > se->tok_begin + 1 && q + 5 > trig &&
               (is_w_any(ex, q - 1, times) ||
                (tok(ex, q - 1)->kind == PARLEY_TOK_WORD && parley_date_weekday_name(tok_s(ex, q - 1), tok_n(ex, q - 1)) >= 0)))
            q--;
        if (q < trig && modal_at(ex, q - 1))
            planned = true;
    }
    /* "X became the first foreign leader to hold talks with her": a first told as done (not "is
     * set to be the first to meet", "will be the first leader to visit") */
    if (planned && is_w(ex, plan, "to") && plan > se->tok_begin + 2) {
        bool first = false, to_come = false;
        for (size_t q = plan; q-- > se->tok_begin && q + 6 > plan && !first;)
            first = is_w(ex, q, "first") && q > se->tok_begin && is_w(ex, q - 1, "the");
        for (size_t q = plan; first && q-- > se->tok_begin && q + 10 > plan;)
            to_come |= modal_at(ex, q) || is_w(ex, q, "set") || is_w(ex, q, "expected") || is_w(ex, q, "due") ||
                       is_w(ex, q, "become") || is_w(ex, q, "becomes");
        if (first && !to_come)
            planned = false;
    }
    /* "met in Tashkent to discuss water sharing": the purpose of a meeting told in the past */
    if (planned && plan > trig && is_w(ex, plan, "to") && trig > se->tok_begin && !modal_at(ex, trig - 1) &&
        (is_w(ex, trig, "met") || is_w(ex, trig, "held") || is_w(ex, trig, "gathered") || is_w(ex, trig, "convened")))
        planned = false;
    /* "X travelled to Kyiv on Saturday to meet Y": the purpose of a journey told as done (not
     * "is travelling to Kyiv to meet Y", "will fly to Kyiv to meet Y"; so is "used the summit to
     * meet Y") */
    if (planned && is_w(ex, plan, "to") && plan > se->tok_begin + 2) {
        static const char *const went[] = {"travelled", "traveled", "flew", "went", "came", "headed", "arrived", "used", NULL};
        bool journey = false, to_come = false;
        for (size_t q = plan; q-- > se->tok_begin && q + 12 > plan && !is_p(ex, q, ';');) {
            journey |= is_w_any(ex, q, went);
            to_come |= modal_at(ex, q) || is_w(ex, q, "is") || is_w(ex, q, "are") || is_w(ex, q, "plans") ||
                       is_w(ex, q, "expected") || is_w(ex, q, "due");
        }
        if (journey && !to_come)
            planned = false;
    }
    /* "X, whose country is set to host the summit, also called on Y": what is to come in a
     * relative clause closed before the verb is the clause's; another such word after it may
     * still make the verb's */
    size_t rel_b, rel_e;
    if (planned && plan < trig && relative_clause_at(ex, se, plan, trig, &rel_b, &rel_e)) {
        size_t l2 = 0, p2 = find_trigger(ex, rel_e, se->tok_end, PARLEY_LEX_PLANNED, &l2);
        planned = l2 && p2 < trig + tlen + 3;
    }
    /* "A and B will sign an agreement next month, X said on Tuesday after meeting Y": what is to
     * come is what X said; the meeting after the speech verb is past */
    /* (... and "the navies will hold drills, X said at a meeting with Y": the speech's meeting) */
    bool at_meeting = speech_meeting_at(ex, se, trig) != SIZE_MAX;
    if (planned && plan < trig && trig > se->tok_begin &&
        ((trig < se->tok_end && is_w(ex, trig, "after")) || is_w(ex, trig - 1, "after") || at_meeting)) {
        for (size_t q = plan + pl; q + 1 < trig && planned; q++)
            planned = !(is_w_any(ex, q, speech_verbs) && !(tok(ex, q)->flags & PARLEY_TOK_CAP));
    }
    /* "will host", "will also receive", "would co-host": the future, whatever the verb */
    if (has_meet && !planned) {
        size_t q = meet;
        if (q >= se->tok_begin + 2 && is_p(ex, q - 1, '-') && is_w(ex, q - 2, "co"))
            q -= 2;
        /* "will also receive"; "will (also) be received by", "will be conferred ... by": the
         * passive to come */
        bool be = false;
        for (int k = 0; k < 3 && q > se->tok_begin + 1; k++) {
            if (is_w(ex, q - 1, "also"))
                q--;
            else if (!be && is_w(ex, q - 1, "be"))
                q--, be = true;
            else
                break;
        }
        /* ... and what only may be: "could meet", "may also meet", "might meet" */
        /* (in lower case: "Theresa May met"); "is to be received by" */
        planned = q > se->tok_begin && (modal_at(ex, q - 1) ||
                                        (be && q > se->tok_begin + 1 && is_w(ex, q - 1, "to") &&
                                         (is_w(ex, q - 2, "is") || is_w(ex, q - 2, "are") || is_w(ex, q - 2, "was") ||
                                          is_w(ex, q - 2, "were"))));
        /* "will call on A and meet B": a bare verb after "and" shares the modal of the verb
         * before it (within the clause: no comma or semicolon between) */
        static const char *const bare[] = {"meet", "hold", "receive", "host", "see", NULL};
        if (!planned && q > se->tok_begin + 2 && is_w(ex, q - 1, "and") && is_w_any(ex, q, bare)) {
            for (size_t r = q - 1; !planned && r-- > se->tok_begin && r + 24 > q;) {
                if (is_p(ex, r, ',') || is_p(ex, r, ';'))
                    break;
                planned = modal_at(ex, r);
            }
        }
    }
    /* "will travel to China on May 16-17 for talks with X": talks named in a clause whose verb is
     * to come */
    if (has_meet && !planned && trig == meet) {
        bool nominal = false;
        for (size_t q = meet; q < meet + ml && !nominal; q++)
            nominal = parley_match(ex, q, PARLEY_LEX_MEET_NOUN, NULL) > 0;
        for (size_t q = meet; nominal && !planned && q-- > se->tok_begin && q + 14 > meet;) {
            if (is_p(ex, q, ',') || is_p(ex, q, ';'))
                break;
            planned = modal_at(ex, q);
        }
        /* "X's meeting with Y will take place next week", "a meeting ... is scheduled for May":
         * the noun's own predicate, to come (before the clause ends) */
        for (size_t q = meet + ml; nominal && !planned && q + 1 < se->tok_end && q < meet + ml + 14; q++) {
            if (is_p(ex, q, ',') || is_p(ex, q, ';') || parley_match(ex, q, PARLEY_LEX_MEET, NULL))
                break;
            planned = (modal_at(ex, q) && (is_w(ex, q + 1, "take") || is_w(ex, q + 1, "be"))) ||
                      ((is_w(ex, q, "is") || is_w(ex, q, "are")) &&
                       (is_w(ex, q + 1, "scheduled") || is_w(ex, q + 1, "planned") || is_w(ex, q + 1, "expected") ||
                        is_w(ex, q + 1, "due") || is_w(ex, q + 1, "set")));
        }
    }
    /* "The two leaders did not sign any agreements, but Scholz met X": the negation is the first
     * clause's */
    bool negated = negated_before(ex, nl, neg, trig);
    bool sign_negated = has_sign && negated_before(ex, nl, neg, sign);
    /* "Xi and Biden did not meet at the G20, having held their last talks in Lima on Saturday": the
     * participle after the negated clause tells a meeting of the people before the negation, on
     * its own day and at its own place */
    if (negated && has_meet && nl && neg > se->tok_begin) {
        size_t hv = SIZE_MAX;
        for (size_t q = trig + 1; q + 2 < se->tok_end && hv == SIZE_MAX; q++)
            if (is_p(ex, q, ',') && is_w(ex, q + 1, "having") && (is_w(ex, q + 2, "held") || is_w(ex, q + 2, "met")))
                hv = q + 2;
        people before = {.n = 0};
        for (size_t i = 0; hv != SIZE_MAX && i < pp.n; i++)
            if (pp.p[i].pos < neg)
                people_add(&before, pp.p[i].ent, pp.p[i].pos, pp.p[i].end);
        size_t hl = 0;
        if (before.n == 2 && (is_w(ex, hv, "met") || find_trigger(ex, hv, se->tok_end, PARLEY_LEX_MEET, &hl) < se->tok_end ||
                              held_qualified_meeting(ex, hv, se->tok_end))) {
            parley_event *pe;
            if ((rc = pair_meeting(ex, before.p[0].ent, before.p[1].ent, &pe)) < 0)
                return rc;
            clause_date(ex, st, hv, se->tok_end, pe);
            pe->place = place_after(ex, s, hv, se->tok_end);
            if ((rc = event_add_evidence(ex, pe, s, hv - 1, hv + 1)) < 0)
                return rc;
        }
    }
    /* "Vance did not meet with Scholz, ..., but held talks with Merz": the clause after "but",
     * with meeting words of its own, is a meeting of the subject with the people named after them */
    if (negated && has_meet && nl && neg > se->tok_begin) {
        size_t bt = SIZE_MAX, bl = 0;
        for (size_t q = trig + 1; q + 1 < se->tok_end && bt == SIZE_MAX; q++)
            if (is_w(ex, q, "but")) {
                size_t t2 = find_trigger(ex, q + 1, se->tok_end, PARLEY_LEX_MEET, &bl);
                if (t2 < se->tok_end && t2 <= q + 3)
                    bt = t2;
            }
        people before = {.n = 0}, after = {.n = 0};
        for (size_t i = 0; bt != SIZE_MAX && i < pp.n; i++) {
            if (pp.p[i].pos < neg)
                people_add(&before, pp.p[i].ent, pp.p[i].pos, pp.p[i].end);
            else if (pp.p[i].pos >= bt + bl)
                people_add(&after, pp.p[i].ent, pp.p[i].pos, pp.p[i].end);
        }
        if (before.n == 0 && pron && referent >= 0 && pron_at < neg)
            people_add(&before, referent, pron_at, pron_at + 1);
        if (before.n == 1 && after.n >= 1) {
            for (size_t i = 0; i < after.n; i++) {
                parley_event *pe;
                if ((rc = pair_meeting(ex, before.p[0].ent, after.p[i].ent, &pe)) < 0 ||
                    (rc = event_set_date_place(ex, pe, s, bt, st, true)) < 0 ||
                    (rc = event_add_evidence(ex, pe, s, bt, bt + bl)) < 0)
                    return rc;
            }
        }
    }
    /* "X, who did not meet Y after he left the summit early, also held talks with Z": a relative
     * clause denies its own meeting; the main clause's meeting words after it tell one of X with
     * each person named after them */
    size_t nrb, nre;
    if (negated && has_meet && nl && neg > se->tok_begin && relative_clause_at(ex, se, neg, se->tok_end, &nrb, &nre)) {
        size_t l2 = 0, t2 = find_trigger(ex, nre + 1, se->tok_end, PARLEY_LEX_MEET, &l2);
        people before = {.n = 0}, after = {.n = 0};
        for (size_t i = 0; l2 && t2 < se->tok_end && i < pp.n; i++) {
            if (pp.p[i].pos < nrb)
                people_add(&before, pp.p[i].ent, pp.p[i].pos, pp.p[i].end);
            else if (pp.p[i].pos >= t2 + l2)
                people_add(&after, pp.p[i].ent, pp.p[i].pos, pp.p[i].end);
        }
        /* (the subject right before the clause: "X, who ...") */
        if (before.n == 1 && after.n >= 1 && before.p[0].end + 2 >= nrb && t2 <= nre + 3) {
            for (size_t i = 0; i < after.n; i++) {
                parley_event *pe;
                if ((rc = pair_meeting(ex, before.p[0].ent, after.p[i].ent, &pe)) < 0 ||
                    (rc = event_set_date_place(ex, pe, s, t2, st, true)) < 0 ||
                    (rc = event_add_evidence(ex, pe, s, t2, t2 + l2)) < 0)
                    return rc;
            }
        }
    }
    /* "A meeting between X and Y, scheduled for Monday, was cancelled": the meeting noun's own
     * predicate */
    if (nl && has_meet && neg > trig && neg > se->tok_begin &&
        (is_w(ex, neg - 1, "was") || is_w(ex, neg - 1, "were") || is_w(ex, neg - 1, "been"))) {
        for (size_t q = meet; q < meet + ml; q++)
            negated |= parley_match(ex, q, PARLEY_LEX_MEET_NOUN, NULL) > 0;
        /* "X was expected to meet Y in Antalya, but the meeting was cancelled" */
        for (size_t q = neg - 1; q-- > trig + 1 && q + 4 > neg && !negated;)
            negated = parley_match(ex, q, PARLEY_LEX_MEET_NOUN, NULL) > 0 && is_w(ex, q - 1, "the");
    }
    /* "if A and B meet", "whether they will meet": a meeting only supposed */
    for (size_t q = trig; has_meet && trig == meet && q-- > se->tok_begin && q + 14 > trig && !negated;) {
        if (is_p(ex, q, ',') || is_p(ex, q, ';'))
            break;
        negated = is_w(ex, q, "if") || is_w(ex, q, "whether") || is_w(ex, q, "unless");
    }
    /* (a signing to come makes the meeting one to come, but not a meeting told after the source's
     * words: "A and B will sign ..., X said after meeting Y") */
    bool said_between = false;
    for (size_t q = sign; has_sign && has_meet && trig > sign && q < trig && !said_between; q++)
        said_between = is_w_any(ex, q, speech_verbs) && !(tok(ex, q)->flags & PARLEY_TOK_CAP);
    /* (not a participle after a document: "met C to discuss the agreement signed in July") */
    /* (... nor a document's relative clause in the past: "to discuss the treaty the two countries
     * signed earlier this month", "the accord that they signed"; "signed" after a plan is done
     * unless "be", "been" or "have" comes before it) */
    bool past_signed = has_sign && is_w(ex, sign, "signed") && sign > se->tok_begin && !is_w(ex, sign - 1, "be") &&
                       !is_w(ex, sign - 1, "been") && !is_w(ex, sign - 1, "have") && !modal_at(ex, sign - 1);
    bool doc_clause = false;
    for (size_t q = sign; past_signed && q-- > se->tok_begin + 1 && q + 7 > sign && !doc_clause;)
        doc_clause = parley_phrase_ends_at(ex, PARLEY_LEX_DOCUMENT, q + 1, se->tok_begin) && q + 1 < sign;
    bool sign_to_come = has_sign && pl && plan < sign && !said_between &&
                        !(is_w(ex, sign, "signed") && parley_phrase_ends_at(ex, PARLEY_LEX_DOCUMENT, sign, se->tok_begin)) &&
                        !doc_clause;
    /* (... but a meeting told as done before the plan stays done: "met B on Wednesday and agreed
     * to sign a treaty next month") */
    static const char *const done[] = {"met", "held", "hosted", "received", NULL};
    bool meet_done = has_meet && trig == meet && trig < plan && is_w_any(ex, trig, done) &&
                     !(trig > se->tok_begin && modal_at(ex, trig - 1)) && !planned;
    if (sign_to_come && !meet_done)
        planned = true;
    /* "would sign", "will sign", "could sign": a signing to come (the sentence may tell a meeting
     * that happened: "X, who met Y last week, said they would sign") */
    bool sign_planned = planned || sign_to_come;
    /* "signed a declaration and agreed to meet again in Buenos Aires later this year": the plan
     * after "and" is the meeting's, the signing is done */
    if (has_sign && planned && pl && plan > sign && is_w(ex, sign, "signed"))
        for (size_t q = sign + 1; q < plan && sign_planned; q++)
            sign_planned = !is_w(ex, q, "and");
    if (has_sign && sign > se->tok_begin && modal_at(ex, sign - 1))
        sign_planned = true;
    /* "a Comprehensive Strategic Partnership, to be signed in Suva next year" */
    if (has_sign && sign > se->tok_begin + 1 && is_w(ex, sign - 1, "be") && is_w(ex, sign - 2, "to"))
        sign_planned = true;
    /* "will also witness the signing of agreements" */
    static const char *const between_modal[] = {"also", "then", "jointly", "witness", "attend", "oversee", "the", "be",
                                                "formally", "officially", NULL};
    for (size_t q = has_sign ? sign : se->tok_begin; !sign_planned && q-- > se->tok_begin && q + 5 > sign;) {
        if (modal_at(ex, q))
            sign_planned = true;
        else if (!is_w_any(ex, q, between_modal))
            break;
    }
    /* "The meeting came two weeks after X met Y in Sydney": a meeting before the story, told in a
     * clause, with no date or place but its own */
    /* ... and so is "He last met Xi in June 2023" */
    bool after_clause = has_meet && trig == meet && trig > se->tok_begin && is_w(ex, trig - 1, "last") &&
                        (is_w(ex, meet, "met") || is_w(ex, meet, "meets"));
    for (size_t q = trig; has_meet && trig == meet && q-- > se->tok_begin && q + 20 > trig;) {
        if (tok(ex, q)->kind == PARLEY_TOK_PUNCT)
            break;
        if (!(is_w(ex, q, "after") || is_w(ex, q, "before") || is_w(ex, q, "since")))
            continue;
        for (size_t i = 0; i < pp.n && !after_clause; i++)   /* "after X met", not "after the talks" */
            after_clause = pp.p[i].pos > q && pp.p[i].end <= trig;
        break;
    }

    /* a plural phrase for the people of the last meeting: "Following the talks, the ministers
     * signed …", "the President received the speakers" */
    size_t gl, grp = find_trigger(ex, se->tok_begin, se->tok_end, PARLEY_LEX_GROUP, &gl);
    /* the subject: opening the sentence or a clause ("..., the sides", "said that the sides") */
    bool grp_subject = gl && (grp == se->tok_begin || is_p(ex, grp - 1, ',') || is_w(ex, grp - 1, "that") ||
                              time_opening_before(ex, se, grp));
    /* "Ministers of both countries signed ...", "Officials from both governments signed ...":
     * people of the group, opening the sentence */
    if (gl && !grp_subject && grp >= se->tok_begin + 2 && (is_w(ex, grp - 1, "of") || is_w(ex, grp - 1, "from")) &&
        (grp - 2 == se->tok_begin || (grp - 3 == se->tok_begin && is_w(ex, se->tok_begin, "the"))) &&
        is_w_any(ex, grp - 2, plural_people))
        grp_subject = true;
    int group_meeting = -1;
    bool group_again = false;
    bool grows_told = false;   /* the group's meeting told again, with people attending it */
    /* (not a group in a clause after the sentence's own meeting: "hosted a trilateral meeting
     * with A and B, at which the three ministers agreed") */
    if (gl && st->last_meeting >= 0 && st->last_meeting_sentence + 1 >= s && !(has_meet && grp > meet))
        fold_group(ex, st, grp, gl);
    int told = !gl ? -1
               : st->last_meeting >= 0
                   ? group_meeting_of(ex, grp, gl, st->last_meeting,
                                      st->last_meeting_sentence + 1 >= s &&
                                          (!st->last_meeting_side || names_told_noun(ex, se, &ex->events[st->last_meeting])))
                   : st->last_planned >= 0 ? st->last_planned   /* "will meet his counterpart ... The two ministers last met in June" */
                                           : st->last_call;     /* "received a phone call from X ... The two leaders last met in June" */
    /* ("A and B signed a plan ... C was earlier received by D ... The two governments also signed
     * agreements on science": the signers told before, at the meeting that holds them all) */
    /* (a group of no office that signs itself: not "the two premiers also witnessed ...") */
    if (told >= 0 && has_sign && grp + gl <= sign && st->last_agreement >= 0 && sign > se->tok_begin + 1 &&
        !group_names_office(ex, grp, gl) && (is_w(ex, sign, "signed") || is_w(ex, sign, "inked"))) {
        bool also = false;
        for (size_t q = grp + gl; q < sign && !also; q++)
            also = is_w(ex, q, "also");
        const parley_event *ag = &ex->events[st->last_agreement];
        for (int k = st->last_meeting; also && k >= 0 && k + 6 > st->last_meeting; k--) {
            const parley_event *mk = &ex->events[k];
            if (mk->type == PARLEY_EVENT_MEETING && mk->status == PARLEY_STATUS_OCCURRED && people_all_at(ex, ag, mk)) {
                told = k;
                break;
            }
        }
    }
    /* ("Jaishankar held talks with Lavrov ... Putin will hold talks with Modi on Friday. The two
     * leaders had last met in Tianjin": the planned meeting's pair the office fits, not the
     * meeting's) */
    if (told >= 0 && told == st->last_meeting && st->last_planned >= 0 && st->last_planned > st->last_meeting &&
        is_w(ex, grp + gl - 1, "leaders") && !group_fits(ex, grp, gl, &ex->events[told]) &&
        group_fits(ex, grp, gl, &ex->events[st->last_planned]))
        told = st->last_planned;
    /* ("A and B spoke by phone with C ... In a letter, A invited C ... The three leaders last
     * met": the last call with as many people as the phrase says) */
    if (told >= 0 && told == st->last_call && st->last_meeting < 0) {
        size_t want = 0;
        for (size_t q = grp; q < grp + gl; q++)
            want = is_w(ex, q, "two") ? 2 : is_w(ex, q, "three") ? 3 : is_w(ex, q, "four") ? 4 : want;
        for (int k = told; want && ex->events[told].n_participants != want && k-- > 0;)
            if (ex->events[k].type == PARLEY_EVENT_CALL && ex->events[k].n_participants == want) {
                told = k;
                break;
            }
    }
    /* ("received a phone call from Foreign Minister B ... also received Ambassador C ... The two
     * ministers last met in Jeddah": the call's pair the office fits, not the meeting's) */
    if (told >= 0 && told == st->last_meeting && st->last_call >= 0 && group_names_office(ex, grp, gl) &&
        !group_fits(ex, grp, gl, &ex->events[told]) && group_fits(ex, grp, gl, &ex->events[st->last_call]))
        told = st->last_call;
    /* the people of a call meet only in a meeting told as such ("The two leaders last met in
     * June", "will meet"), not in what they "discussed" during the call */
    bool call_told = false;   /* (a call the group is of: not the people named together before either) */
    if (told >= 0 && told == st->last_call && st->last_meeting < 0 && st->last_planned < 0 && !planned &&
        !(has_meet && (is_w(ex, meet, "met") || is_w(ex, meet, "meet")))) {
        told = -1;
        call_told = true;
    }
    /* "A and B attended a ceremony. Following the ceremony, the two presidents held a tete-a-tete
     * meeting": with no meeting told before, the group is the people named together in one of
     * the two sentences before (as many as it says: "X cancelled a meeting with Y. The two
     * leaders had met in Brussels in March") */
    /* ("A and B arrived in Tokyo on Monday. They held talks with C": "they" only for the pair
     * opening the sentence just before, when they meet someone named) */
    bool they = gl && is_w(ex, grp, "they");
    if (gl && told < 0 && !call_told && !negated && has_meet && !again && subj.n == 0 && grp_subject && grp + gl <= meet &&
        (!they || (obj.n >= 1 && grp == se->tok_begin))) {
        size_t want = 0;
        for (size_t q = grp; q < grp + gl; q++)
            want = is_w(ex, q, "two") || is_w(ex, q, "both") || is_w(ex, q, "couple") ? 2 : is_w(ex, q, "three") ? 3 : want;
        for (size_t back = 1; back <= (they ? 1u : 2u) && back <= s && subj.n == 0; back++) {
            people prev;
            sentence_people(ex, s - back, &prev);
            /* (the host whose invitation brought the visitor counts: sentence_people() leaves
             * senders out) */
            int host = prev.n == 1 ? invitation_host(ex, s - back) : -1;
            if (host >= 0 && host != prev.p[0].ent)
                people_add(&prev, host, prev.p[0].end, prev.p[0].end);
            /* (named apart, two people the phrase's office fits: "President A arrived at the
             * invitation of President B. The heads of state held talks") */
            int two[2] = {prev.p[0].ent, prev.n > 1 ? prev.p[1].ent : -1};
            parley_event pair = {.participants = two, .n_participants = 2};
            /* (as many as the phrase says, whom its office fits: not "The two premiers last met"
             * after a premier's lunch with a foreign minister) */
            bool office_misfits = want == 2 && prev.n == 2 && group_names_strict_office(ex, grp, gl) &&
                                  !group_fits(ex, grp, gl, &pair);
            if (prev.n >= 2 && (!want || prev.n == want) && !office_misfits &&
                (want || has_and_between(ex, prev.p[0].pos, prev.p[prev.n - 1].pos) ||
                 /* ("A travelled to Kyiv, accompanied by B. They met C": the two who came) */
                 (they && prev.n == 2 && companion_between(ex, prev.p[0].end, prev.p[1].pos)) ||
                 (prev.n == 2 && group_names_office(ex, grp, gl) && group_fits(ex, grp, gl, &pair))))
                for (size_t i = 0; i < prev.n; i++)
                    people_add(&subj, prev.p[i].ent, grp, grp + gl);
        }
    }
    /* "President A received Prime Minister B, who is co-chairing the commission with Prime Minister
     * C. The two prime ministers later signed ...": the two of the sentence before whom the plain
     * office fits sign, when the meeting told is not theirs */
    if (gl && !negated && has_sign && pp.n == 0 && grp_subject && grp + gl <= sign && s > 0 &&
        group_names_strict_office(ex, grp, gl) && (told < 0 || !group_fits(ex, grp, gl, &ex->events[told])) &&
        !(st->last_meeting >= 0 && group_fits(ex, grp, gl, &ex->events[st->last_meeting]))) {
        people prev;
        sentence_people(ex, s - 1, &prev);
        int fit[2];
        size_t nf = 0;
        for (size_t i = 0; i < prev.n; i++) {
            int one = prev.p[i].ent;
            parley_event e1 = {.participants = &one, .n_participants = 1};
            if (group_fits(ex, grp, gl, &e1) && nf++ < 2)
                fit[nf - 1] = one;
        }
        if (nf == 2) {
            people_add(&pp, fit[0], grp, grp + gl);
            people_add(&pp, fit[1], grp, grp + gl);
            told = -1;
        }
    }
    if (told >= 0 && !negated) {
        const parley_event *lm = &ex->events[told];
        people *into = NULL;
        /* the group signs right after another clause: "Johnston agreed, and the two sides
         * signed": the people of that clause are no signatories apart from the group */
        bool group_signs = has_sign && grp + gl <= sign && sign <= grp + gl + 2 && grp > se->tok_begin &&
                           is_w(ex, grp - 1, "and") && grp >= se->tok_begin + 2 && is_p(ex, grp - 2, ',');
        /* ... unless that clause is a meeting of two or more ("A met B at Downing Street, and the
         * two leaders signed"): they are the group */
        size_t met_before = 0;
        for (size_t i = 0; group_signs && has_meet && meet < grp && i < pp.n; i++)
            met_before += pp.p[i].pos < grp;
        if (met_before >= 2)
            group_signs = false;
        if (group_signs) {
            people_keep_after(&pp, grp);
        }
        /* (... also when the only people named attend the signing after it: "The two sides signed
         * 47 agreements at a forum attended by Economy Minister X") */
        bool attendees_only = has_sign && pp.n > 0 && pp.p[0].pos > sign + sl;
        if (attendees_only) {
            bool attended_w = false;
            for (size_t q = sign + sl; q < pp.p[0].pos && !attended_w; q++)
                attended_w = is_w(ex, q, "attended") || is_w(ex, q, "presence");
            attendees_only = attended_w;
        }
        if (has_sign && (pp.n == 0 || attendees_only) && (grp_subject || group_signs) && grp + gl <= sign)
            into = &pp;
        else if (has_meet && !again && !between && !has_call && subj.n >= 1 && obj.n == 0 && grp > meet &&
                 grp <= meet + ml + 1 && !is_w(ex, grp, "they"))
            into = &obj;
        else if (has_meet && !again && !between && !has_call && subj.n == 0 && grp_subject && grp + gl <= meet &&
                 (obj.n >= 1 || meet <= grp + gl + 4) &&
                 (!they || after_clause || (obj.n >= 1 && grp == se->tok_begin)))
            into = &subj;   /* "the ministers met X", "The two ministers last met in June" */
        else if (has_call && !has_meet && subj.n == 0 && obj.n >= 1 && grp_subject && grp + gl <= call && !they)
            into = &subj;   /* "The five leaders held a joint call with X" */
        else if (has_meet && !again && between && !has_call && !planned && subj.n == 0 && (obj.n == 0 || obj.p[0].pos >= meet) &&
                 grp_subject && grp + gl <= meet && meet <= grp + gl + 7 && !they &&
                 (multilateral_in(ex, grp + gl, meet + ml) || (obj.n >= 1 && joint_in(ex, grp + gl, meet + ml))))
            into = &subj;   /* "The three ministers held a trilateral meeting", "The two ministers then held a
                               trilateral meeting with C", "the two leaders held a joint meeting with C" */
        else if (has_meet && !again && between && !has_call && !planned && subj.n == 0 &&
                 (obj.n == 0 || presence_before(ex, grp + gl, obj.p[0].pos)) && grp == meet + ml && !they &&
                 is_w(ex, meet + ml - 1, "between") && !hypothetical_in(ex, se))
            into = &subj;   /* "The visit follows a meeting between the two leaders in Johannesburg last month";
                               "Talks were held between the two sides in the presence of A and B" */
        /* "The two presidents also met troops of the battalion": whom they met is no one named,
         * and not each other */
        static const char *const crowds[] = {"troops", "soldiers", "students", "members", "officials", "representatives",
                                             "staff", "crew", "press", "journalists", "community", "diaspora", "families",
                                             "veterans", "personnel", "sailors", "servicemen", "cadets", "lawmakers",
                                             "executives", "investors", "workers", "refugees", "residents", NULL};
        if (into == &subj && obj.n == 0 && meet + ml < se->tok_end && is_w(ex, meet + ml - 1, "met")) {
            size_t o = meet + ml;
            if (is_w(ex, o, "the") || is_w(ex, o, "a") || is_w(ex, o, "an"))
                o++;
            if (o < se->tok_end && (is_w_any(ex, o, crowds) || parley_match(ex, o, PARLEY_LEX_PERSON_NOUN, NULL) == 1))
                into = NULL;
        }
        /* "the two chiefs" of a meeting that others attended: the first two, its principals
         * (those who attended or accompanied are named after them) */
        size_t limit = SIZE_MAX, added = 0;
        for (size_t q = grp; q < grp + gl; q++)
            limit = is_w(ex, q, "two") || is_w(ex, q, "both") ? 2 : is_w(ex, q, "three") ? 3 : is_w(ex, q, "four") ? 4 : limit;
        /* ("The two American officials": those of that country, when the meeting has them) */
        const char *gwant = NULL;
        for (size_t q = grp; q < grp + gl + 2 && q < se->tok_end && !gwant; q++) {
            const parley_lex_entry *de = NULL;
            if (parley_match(ex, q, PARLEY_LEX_DEMONYM, &de) && de)
                gwant = de->canonical;
        }
        size_t of_want = 0;
        for (size_t i = 0; gwant && i < lm->n_participants; i++)
            of_want += ex->entities[lm->participants[i]].country &&
                       strcmp(ex->entities[lm->participants[i]].country, gwant) == 0;
        /* (one will do with no number: "The American lawmakers also met X" after talks with a
         * delegation led by one of them) */
        if (of_want == 0 || (limit == SIZE_MAX && of_want == lm->n_participants) || (limit != SIZE_MAX && of_want < limit))
            gwant = NULL;
        /* ("The leaders later witnessed the signing" of a meeting that ministers attended: the
         * leaders, when two or more of its people hold a leader's office) */
        bool leaders_only = false;
        for (size_t q = grp; q < grp + gl && !leaders_only; q++)
            leaders_only = is_w(ex, q, "leaders") || is_w(ex, q, "presidents");
        size_t n_leaders = 0;
        for (size_t i = 0; leaders_only && i < lm->n_participants; i++)
            n_leaders += leader_title(ex->entities[lm->participants[i]].title);
        if (n_leaders < 2 || n_leaders == lm->n_participants)
            leaders_only = false;
        /* ("The senators had earlier met X" after a meeting of the President with senators: those
         * of the meeting whose title holds the office, "Senator", "Ambassador", "Governor") */
        static const char *const offices[][2] = {{"senators", "Senator"},   {"congressmen", "Congressman"},
                                                 {"ambassadors", "Ambassador"}, {"governors", "Governor"},
                                                 {"envoys", "Envoy"},       {NULL, NULL}};
        const char *office_only = NULL;
        for (size_t k = 0; offices[k][0] && !office_only; k++)
            if (is_w(ex, grp + gl - 1, offices[k][0]))
                office_only = offices[k][1];
        size_t n_office = 0;
        for (size_t i = 0; office_only && i < lm->n_participants; i++)
            n_office += parley_text_holds_word(ex->entities[lm->participants[i]].title, office_only, strlen(office_only));
        if (!n_office || n_office == lm->n_participants)
            office_only = NULL;
        for (size_t i = 0; into && i < lm->n_participants && added < limit; i++)
            if (ex->entities[lm->participants[i]].type == PARLEY_ENTITY_PERSON &&
                (!gwant || (ex->entities[lm->participants[i]].country &&
                            strcmp(ex->entities[lm->participants[i]].country, gwant) == 0)) &&
                (!leaders_only || leader_title(ex->entities[lm->participants[i]].title)) &&
                (!office_only ||
                 parley_text_holds_word(ex->entities[lm->participants[i]].title, office_only, strlen(office_only)))) {
                people_add(into, lm->participants[i], grp, grp + gl);
                added++;
            }
        /* "The two leaders last met in Athens in December, when they signed a declaration": the
         * group meets first, then signs; it is the meeting's subject too */
        bool when_signed = false;   /* (the signing in a clause of its own: ", when they signed") */
        for (size_t q = meet; into == &pp && has_meet && meet < sign && q + 1 < sign && !when_signed; q++)
            when_signed = is_p(ex, q, ',') && (is_w(ex, q + 1, "when") || is_w(ex, q + 1, "where"));
        if (when_signed && grp + gl <= meet && subj.n == 0)
            for (size_t i = 0; i < pp.n; i++)
                people_add(&subj, pp.p[i].ent, pp.p[i].pos, pp.p[i].end);
        /* "X hosted his Estonian and Lithuanian counterparts, A and B ... The ministers signed":
         * the people of every meeting told in that same sentence (one a pair there) */
        /* (not for "the parties", "the sides" with no number: "met A, B and C. ... the parties
         * discussed" tells of each meeting, not of one of them all; their signing is theirs all) */
        bool gather = limit != SIZE_MAX || group_names_office(ex, grp, gl) || into == &pp;
        for (size_t k = 0; into && gather && added < limit && lm->n_evidence && k < ex->n_events; k++) {
            const parley_event *o = &ex->events[k];
            if ((int)k == told || o->type != PARLEY_EVENT_MEETING || o->status != lm->status || !o->n_evidence ||
                o->evidence[0].start != lm->evidence[0].start)
                continue;
            for (size_t i = 0; i < o->n_participants && added < limit; i++) {
                size_t before = into->n;
                if (ex->entities[o->participants[i]].type == PARLEY_ENTITY_PERSON)
                    people_add(into, o->participants[i], grp, grp + gl);
                added += into->n > before;
            }
        }
        /* "Lee met Hamada on Sunday. Lee also met Austin on Saturday. The three ministers held a
         * trilateral meeting": as many people as the phrase says, from the meetings told before
         * the last that share someone with it (three back at most) */
        /* (people of meetings before the last: a meeting of its own; into held only the added) */
        bool gathered = into && limit != SIZE_MAX && added < limit &&
                        people_add_sharing(ex, into, limit, told - 3, told - 1, lm->status, grp, grp + gl) > 0;
        /* (... or from the other meetings of the told one's sentence: "X held talks with Y, a day
         * after he met Z. The three ministers held a trilateral meeting" is a meeting of its own) */
        for (size_t i = 0; into == &subj && !gathered && limit != SIZE_MAX && i < into->n; i++)
            gathered = !event_has(lm, into->p[i].ent);
        if (into == &pp)
            group_meeting = told;
        if (into == &subj && told == st->last_meeting && attend != SIZE_MAX && !planned && !has_call &&
            ex->events[told].type == PARLEY_EVENT_MEETING && ex->events[told].status == PARLEY_STATUS_OCCURRED) {
            static const char *const apart[] = {"also", "later", "then", "again", "trilateral", "afterwards", "subsequently",
                                                "separately", "last", "previously", NULL};
            grows_told = true;
            for (size_t q = se->tok_begin; q < se->tok_end && grows_told; q++)
                grows_told = !is_w_any(ex, q, apart);
        }
        /* "The parties discussed X": the meeting just told, not a new one, unless it says so
         * ("The two ministers met again on Friday", "last met in June") */
        /* ... or the meetings just told in one sentence ("also met with A, and B. At the
         * meetings, the sides discussed") */
        bool just_told = told == st->last_meeting ||
                         (st->last_meeting >= 0 && lm->n_evidence && ex->events[st->last_meeting].n_evidence &&
                          lm->evidence[0].start == ex->events[st->last_meeting].evidence[0].start) ||
                         /* (what the group "discussed" is a meeting told, an earlier one too: "The
                          * ministers discussed maritime security" after X also met A and B) */
                         (has_meet && ml == 1 && (is_w(ex, meet, "discussed") || is_w(ex, meet, "discuss")));
        if (into == &subj && obj.n == 0 && just_told && !planned && !gathered) {
            group_again = true;
            for (size_t q = grp + gl; q < se->tok_end && q <= meet + ml + 1; q++)
                group_again &= !is_w(ex, q, "again") && !is_w(ex, q, "last") && !is_w(ex, q, "previously");
            /* "The two presidents met in Ljubljana in May as well": another city than the meeting
             * told, so another meeting */
            int where = group_again && has_meet && lm->place >= 0 ? sentence_place(ex, s) : -1;
            if (where >= 0 && where != lm->place && ex->entities[where].type == PARLEY_ENTITY_LOCATION &&
                ex->entities[lm->place].type == PARLEY_ENTITY_LOCATION)
                group_again = false;
            /* ... or on another day ("received Li at the airbase [on Monday]. The two premiers
             * held talks on Tuesday") */
            parley_date d;
            int rel;
            char day[11];
            if (group_again && has_meet && strlen(lm->date) == 10 && sentence_date(ex, s, meet, st, false, &d, &rel) && d.d) {
                parley_date_format(day, &d);
                group_again = strcmp(day, lm->date) == 0;
            }
        }
    }

    /* "Le Drian and Shoukry discussed the situation in Libya", "exchanged views on ..." right after
     * their meeting (a sentence may stand between, after the meeting's sentence or the last that
     * told more of it: "Orban was accompanied by X"): the meeting told, not a new one in Libya */
    const parley_event *told_ev = st->last_meeting >= 0 ? &ex->events[st->last_meeting] : NULL;
    bool told_lately = told_ev && (st->last_meeting_sentence + 2 >= s ||
                                   (told_ev->n_evidence && told_ev->evidence[told_ev->n_evidence - 1].start >=
                                                               tok(ex, ex->text.sentences[s - 2].tok_begin)->start));
    if (has_meet && !group_again && !planned && !has_call && told_lately &&
        ((tok_n(ex, meet) >= 7 && strncasecmp(tok_s(ex, meet), "discuss", 7) == 0) || is_w(ex, meet, "exchanged")) &&
        subj.n + obj.n >= 2) {
        const parley_event *lm = &ex->events[st->last_meeting];
        bool all_in = true;
        for (size_t i = 0; i < subj.n + obj.n && all_in; i++) {
            int ent = i < subj.n ? subj.p[i].ent : obj.p[i - subj.n].ent;
            bool in = false;
            for (size_t k = 0; k < lm->n_participants; k++)
                in |= lm->participants[k] == ent;
            all_in = in;
        }
        group_again = all_in;
    }
    int meeting = -1;
    size_t total = subj.n + obj.n;
    /* "Biden and Lula pledged ... at their first meeting": a meeting referred to with "the" or
     * "their" is a new one when no meeting told before holds all its people */
    /* ... and so is "X told Y during their meeting that ...": the two people of the sentence */
    bool their = false;
    for (size_t q = meet; has_meet && q < meet + ml; q++)
        their |= is_w(ex, q, "their");
    /* "A and B accompanied C during the meeting": the meeting told, C's, joined by A and B */
    if (again && !group_again && subj.n >= 2 && obj.n == 0 && !planned && told_lately) {
        static const char *const went_with[] = {"accompanied", "accompanying", "assisted", "flanked", NULL};
        bool with = false;
        for (size_t q = subj.p[0].end; q < meet && !with; q++)
            with = is_w_any(ex, q, went_with);
        bool one_in = false;
        const parley_event *lm = &ex->events[st->last_meeting];
        for (size_t i = 0; i < subj.n && with && !one_in; i++)
            one_in = event_has(lm, subj.p[i].ent);
        if (one_in) {
            int rc;
            for (size_t i = 0; i < subj.n; i++)
                if ((rc = event_add_participant(ex, &ex->events[st->last_meeting], subj.p[i].ent)) < 0)
                    return rc;
            if ((rc = event_add_evidence(ex, &ex->events[st->last_meeting], s, meet, meet + ml)) < 0)
                return rc;
            return 0;
        }
    }
    if (again && !group_again && subj.n >= 2 && obj.n == 0 && !planned &&
        (has_and_between(ex, subj.p[0].pos, subj.p[subj.n - 1].pos) || (their && subj.n == 2 && !gl))) {
        bool all_in = st->last_meeting >= 0;
        for (size_t i = 0; i < total && all_in; i++) {
            int ent = i < subj.n ? subj.p[i].ent : obj.p[i - subj.n].ent;
            const parley_event *lm = &ex->events[st->last_meeting];
            bool in = false;
            for (size_t k = 0; k < lm->n_participants; k++)
                in |= lm->participants[k] == ent;
            all_in = in;
        }
        again = all_in;
    }
    bool subj_group = subj.n >= 2 && has_and_between(ex, subj.p[0].pos, subj.p[subj.n - 1].pos);
    /* "The plan was signed by A and B": a signing both attended */
    /* (... the place or the day between: "was signed in Kyiv by A and B", "signed on Thursday by") */
    size_t sign_by = has_sign ? sign + sl : se->tok_end;
    while (has_sign && sign_by < se->tok_end && sign_by < sign + sl + 6 && !is_w(ex, sign_by, "by") && !is_p(ex, sign_by, ',') &&
           (subj.n == 0 || sign_by < subj.p[0].pos))
        sign_by++;
    if (has_sign && subj.n == 1 && obj.n >= 1 && trig == sign && subj.p[0].pos > sign && sign_by < se->tok_end &&
        is_w(ex, sign_by, "by") && sign_by < subj.p[0].pos && sign > se->tok_begin &&
        (is_w(ex, sign - 1, "was") || is_w(ex, sign - 1, "were")) &&
        has_and_between(ex, obj.p[0].pos < subj.p[0].pos ? obj.p[0].pos : subj.p[0].pos,
                        obj.p[0].pos < subj.p[0].pos ? subj.p[0].pos : obj.p[0].pos))
        subj_group = true;
    /* "A has signed a memorandum ... with his Botswana counterpart, B": a signing both attended */
    if (has_sign && !has_meet && !has_call && subj.n == 1 && obj.n >= 1 && trig == sign && subj.p[0].pos < sign) {
        for (size_t q = sign + sl; q < obj.p[0].pos && q < sign + sl + 16 && !subj_group; q++)
            subj_group = is_w(ex, q, "with") && obj.p[0].pos <= q + 8;
    }
    if (((has_meet && !again && !group_again) || has_call || (has_sign && subj_group && !sign_planned && !joined_last)) &&
        !negated &&
        total >= 2) {
        int type = has_call ? PARLEY_EVENT_CALL : PARLEY_EVENT_MEETING;
        /* groups: all of "between", or the subjects with each object */
        /* a signing both sides attended is one meeting: "A and B signed ... with their
         * counterparts, C and D" */
        /* ... and so is "A and B held talks with C and D": a meeting of both sides */
        /* "X met U.S. Secretary of State A and Homeland Security Secretary B": people of one
         * country met together, a delegation (not "separately", nor in meetings of their own) */
        bool one_side = has_meet && !has_call && !between && subj.n == 1 && obj.n >= 2 && obj.n <= 4;
        const char *side = one_side ? ex->entities[obj.p[0].ent].country : NULL;
        for (size_t i = 1; side && i < obj.n; i++) {
            const char *c = ex->entities[obj.p[i].ent].country;
            if (!c || strcmp(c, side) != 0)
                side = NULL;
        }
        if (side && ex->entities[subj.p[0].ent].country && strcmp(side, ex->entities[subj.p[0].ent].country) == 0)
            side = NULL;
        /* (visitors met by their host where the host is at home: not a visitor calling on the
         * host's officials one after another) */
        int where = side ? sentence_place(ex, s) : -1;
        /* (said after the meeting words: "met A and B in Stockholm", not "arrived in Manila after a
         * visit to Vietnam, where he met A and B") */
        const bool where_said = where >= 0 && place_after(ex, s, meet, se->tok_end) == where;
        if (side && where < 0) {
            int p0 = story_prev(st);
            where = p0 >= 0 && ex->events[p0].place >= 0 ? ex->events[p0].place : ex->dateline_place;
        }
        const char *home = where < 0 ? NULL
                           : ex->entities[where].type == PARLEY_ENTITY_COUNTRY ? ex->entities[where].name
                                                                                : ex->entities[where].country;
        /* (... or in a third country, where both sides are guests: "met A and B in Stockholm for
         * a third round of trade talks") */
        if (side && (!home || strcmp(home, side) == 0 || !ex->entities[subj.p[0].ent].country ||
                     (strcmp(home, ex->entities[subj.p[0].ent].country) != 0 && !where_said)))
            side = NULL;
        for (size_t q = se->tok_begin; side && q < se->tok_end; q++)
            if (is_w(ex, q, "separately") || is_w(ex, q, "separate") || is_w(ex, q, "respectively") ||
                is_w(ex, q, "later") || is_w(ex, q, "then"))
                side = NULL;
        /* (nor people of meeting words each: "called on A and held talks with B") */
        size_t l4;
        if (side && find_trigger(ex, obj.p[0].end, obj.p[obj.n - 1].pos, PARLEY_LEX_MEET, &l4) < obj.p[obj.n - 1].pos)
            side = NULL;
        /* "met with the defence ministers of A, B and C, X, Y and Z": one meeting of them all (not
         * "held meetings with ...") */
        bool plural_met = false;
        if (has_meet && !has_call && obj.n >= 2 && subj.n == 1 && trig == meet && !is_w(ex, meet + ml - 1, "meetings")) {
            size_t q = meet + ml;
            if (q < se->tok_end && is_w(ex, q, "with"))
                q++;
            if (q < se->tok_end && (is_w(ex, q, "the") || is_w(ex, q, "his") || is_w(ex, q, "her") || is_w(ex, q, "their")))
                q++;
            while (q < se->tok_end && parley_match(ex, q, PARLEY_LEX_DOMAIN, NULL))
                q += parley_match(ex, q, PARLEY_LEX_DOMAIN, NULL);
            /* ("her Estonian and Lithuanian counterparts, A and B": peoples before the plural) */
            size_t peoples = 0, dq, q0 = q;
            while (q + 1 < se->tok_end && q < q0 + 8 &&
                   ((dq = parley_match(ex, q, PARLEY_LEX_DEMONYM, NULL)) || (peoples && is_w(ex, q, "and")) ||
                    (peoples && is_p(ex, q, ',')))) {
                peoples += dq ? 1 : 0;
                q += dq ? dq : 1;
            }
            /* (the plural office is where the list's first mention starts, or before it; "hosted
             * his counterparts from Germany, A, and France, B": one meeting of them all) */
            plural_met = q + 1 < se->tok_end && (q <= obj.p[0].pos + 3 || peoples >= 2) && tok(ex, q)->kind == PARLEY_TOK_WORD &&
                         ((parley_plural_office(ex, tok_s(ex, q), tok_n(ex, q)) && is_w(ex, q + 1, "of")) ||
                          ((is_w(ex, q, "counterparts") || is_w(ex, q, "colleagues")) &&
                           (is_w(ex, q + 1, "from") || is_w(ex, q + 1, "of") ||
                            (peoples >= 2 && (is_p(ex, q + 1, ',') || q + 1 <= obj.p[0].pos)))));
            /* (not "welcomed leaders of the G7, hosting bilateral meetings with A and B": a
             * meeting each) */
            for (size_t r = meet + ml; plural_met && r < obj.p[0].pos; r++)
                plural_met = !is_w(ex, r, "bilateral") && !is_w(ex, r, "bilaterals") && !is_w(ex, r, "separate") &&
                             !is_w(ex, r, "separately");
        }
        /* ("hosted A and B at a meeting in Budapest, where the three leaders discussed ...": a
         * group after them counting them all, or "at a meeting" right after them) */
        for (size_t q = obj.n >= 2 ? obj.p[obj.n - 1].end : se->tok_end; has_meet && !has_call && !plural_met && subj.n == 1 &&
                                                                      q + 2 < se->tok_end;
             q++) {
            size_t want = is_w(ex, q + 1, "three") ? 3 : is_w(ex, q + 1, "four") ? 4 : is_w(ex, q + 1, "five") ? 5 : 0;
            if (want && is_w(ex, q, "the") && want == 1 + obj.n && tok(ex, q + 2)->kind == PARLEY_TOK_WORD &&
                parley_match(ex, q + 1, PARLEY_LEX_GROUP, NULL))
                plural_met = true;
            if (q <= obj.p[obj.n - 1].end + 1 && is_w(ex, q, "at") && is_w(ex, q + 1, "a") &&
                parley_match(ex, q + 2, PARLEY_LEX_MEET_NOUN, NULL) && !is_w(ex, q + 2, "meetings"))
                plural_met = true;
            /* ("held talks with A and B in a trilateral format") */
            if (q <= obj.p[obj.n - 1].end + 3 && is_w(ex, q, "in") && is_w(ex, q + 1, "a") && multilateral_at(ex, q + 2))
                plural_met = true;
            /* ("hosted A and B for talks in Nairobi") */
            if (q == obj.p[obj.n - 1].end && is_w(ex, q, "for") && is_w(ex, q + 1, "talks") && is_w(ex, meet, "hosted"))
                plural_met = true;
        }
        /* ("hosted a business forum attended by A and B": one gathering of them all) */
        for (size_t q = meet + ml; has_meet && !plural_met && obj.n >= 2 && q + 1 < obj.p[0].pos && q < meet + ml + 8; q++)
            plural_met = is_w(ex, q, "attended") && is_w(ex, q + 1, "by");
        /* ("received Hamas political bureau members, including A and B": a group received at
         * once, some of it named) */
        static const char *const groups_of[] = {"members", "officials", "leaders", "representatives", "delegates",
                                                "lawmakers", "executives", "commanders", "envoys", NULL};
        for (size_t q = meet + ml; has_meet && !plural_met && obj.n >= 2 && q + 1 < obj.p[0].pos && q < meet + ml + 8; q++)
            plural_met = is_w(ex, q + 1, "including") && is_p(ex, q, ',') && q > meet + ml && is_w_any(ex, q - 1, groups_of);
        /* ("held a virtual meeting with A and B", "a joint video call with A and B": one call of
         * them all) */
        bool call_together = false;
        bool call_only = has_call && (!has_meet || (meet >= call && meet < call + cl) || (call >= meet && call < meet + ml));
        for (size_t q = call > se->tok_begin + 3 ? call - 3 : se->tok_begin; call_only && q < call + cl && !call_together; q++)
            call_together = multilateral_at(ex, q) || is_w(ex, q, "joint") ||
                            (q >= call && (is_w(ex, q, "virtual") || is_w(ex, q, "online") || is_w(ex, q, "summit")));
        /* ("hosted a state dinner for Xi and his wife, Peng Liyuan": a couple, received together) */
        bool couple = false;
        if (obj.n == 2 && obj.p[1].pos >= obj.p[0].end + 3 && obj.p[1].pos <= obj.p[0].end + 4) {
            size_t q = obj.p[0].end;
            static const char *const spouses[] = {"wife", "husband", "spouse", NULL};
            couple = is_w(ex, q, "and") && (is_w(ex, q + 1, "his") || is_w(ex, q + 1, "her")) && is_w_any(ex, q + 2, spouses) &&
                     (obj.p[1].pos == q + 3 || is_p(ex, q + 3, ','));
        }
        /* ("had dinner with King A and Queen B": a royal couple, received together) */
        if (!couple && obj.n == 2 && obj.p[1].pos == obj.p[0].end + 2 && is_w(ex, obj.p[0].end, "and") &&
            obj.p[0].pos > se->tok_begin && parley_match(ex, obj.p[0].pos - 1, PARLEY_LEX_ROYAL, NULL) == 1 &&
            parley_match(ex, obj.p[1].pos - 1, PARLEY_LEX_ROYAL, NULL) == 1)
            couple = true;
        /* ("met with A and B, who arrived together by train": two who came together, met together) */
        if (!couple && obj.n == 2 && obj.p[1].end + 3 < se->tok_end && is_p(ex, obj.p[1].end, ',') &&
            is_w(ex, obj.p[1].end + 1, "who")) {
            bool and_only = false, together = false;
            for (size_t q = obj.p[0].end; q < obj.p[1].pos && !and_only; q++)
                and_only = is_w(ex, q, "and");
            for (size_t q = obj.p[1].end + 2; q < se->tok_end && q < obj.p[1].end + 6 && !together; q++)
                together = is_w(ex, q, "together");
            couple = and_only && together;
        }
        /* "A and B joined Trump in the talks": the talks told just before, Trump's; A and B join
         * them (no one named after the words: not past a clause of its own, ", while ...") */
        if (has_meet && !has_call && ml == 1 && is_w(ex, meet, "joined") && obj.n == 1 && subj.n >= 1 &&
            pp.p[pp.n - 1].ent == obj.p[0].ent && st->last_meeting >= 0 && st->last_meeting_sentence + 2 >= s &&
            event_has(&ex->events[st->last_meeting], obj.p[0].ent) && obj.p[0].end + 2 < se->tok_end &&
            (is_w(ex, obj.p[0].end, "in") || is_w(ex, obj.p[0].end, "at") || is_w(ex, obj.p[0].end, "for")) &&
            is_w(ex, obj.p[0].end + 1, "the") && parley_match(ex, obj.p[0].end + 2, PARLEY_LEX_MEET_NOUN, NULL)) {
            parley_event *lm = &ex->events[st->last_meeting];
            int rc;
            for (size_t i = 0; i < subj.n; i++)
                if ((rc = event_add_participant(ex, lm, subj.p[i].ent)) < 0)
                    return rc;
            return event_add_evidence(ex, lm, s, meet, meet + ml);
        }
        size_t groups = between || side || plural_met || call_together || couple || obj.n == 0 || (!has_meet && !has_call) ||
                                (subj.n >= 2 && has_meet && !has_call)
                            ? 1
                            : obj.n;
        /* "Speaker A and Prime Minister B later met the two envoys separately": a meeting of each
         * subject with the objects */
        bool subj_apart = false;
        for (size_t q = meet > se->tok_begin + 1 ? meet - 1 : meet; subj.n >= 2 && obj.n && has_meet && !has_call && !between &&
                                                                  attend == SIZE_MAX && q < se->tok_end && !subj_apart;
             q++)
            subj_apart = (is_w(ex, q, "separately") || is_w(ex, q, "individually")) && q >= subj.p[subj.n - 1].end;
        /* "A and B met separately with their counterparts C and D" ("... C and D, respectively"):
         * each subject with the counterpart of its office, or of its place in the list */
        size_t pair[MAXP];
        bool paired = false;
        if (subj.n >= 2 && subj.n == obj.n && has_meet && !has_call && !between && attend == SIZE_MAX) {
            bool in_order;
            size_t ce = obj.p[obj.n - 1].end + 3 < se->tok_end ? obj.p[obj.n - 1].end + 3 : se->tok_end;
            paired = counterparts_apart_in(ex, meet > se->tok_begin ? meet - 1 : meet, ce, &in_order);
            int se_[MAXP], oe_[MAXP];
            for (size_t g = 0; paired && g < subj.n; g++) {
                se_[g] = subj.p[g].ent;
                oe_[g] = obj.p[g].ent;
            }
            if (paired)
                counterparts_pair(ex, se_, oe_, subj.n, !in_order, pair);
            subj_apart |= paired;
        }
        if (subj_apart)
            groups = subj.n;
        /* "The pact was signed by A and B in Manila, witnessed by President C": the signing's
         * meeting has its witnesses */
        if (subj_group && has_sign && !has_meet && !has_call && jl && join > sign && groups == 1)
            for (size_t i = 0; i < pp.n; i++)
                if (pp.p[i].pos >= join + jl && pp.p[i].pos < join + jl + 24)
                    people_add(&obj, pp.p[i].ent, pp.p[i].pos, pp.p[i].end);
        /* attendees are in every group: the objects before the join words make the groups */
        size_t principal = obj.n;
        if (attend != SIZE_MAX && !between && type == PARLEY_EVENT_MEETING) {
            /* (the attendees named before the join words in a clause of the meeting: "held talks,
             * at which A and B were present") */
            size_t from = attend;
            /* ("with Crown Prince X in attendance", "with Commissioner X also taking part": the
             * attendee named after "with", right before) */
            if ((is_w(ex, attend, "in") && is_w(ex, attend + 1, "attendance")) ||
                (is_w(ex, attend, "also") && (is_w(ex, attend + 1, "taking") || is_w(ex, attend + 1, "participating"))))
                for (size_t q = attend; q-- > meet + ml && q + 12 > attend;)
                    if (is_w(ex, q, "with")) {
                        from = q;
                        break;
                    }
            for (size_t q = attend; from == attend && q-- > meet + ml;)
                if ((is_w(ex, q, "which") || is_w(ex, q, "where")) && q > 0 &&
                    (is_p(ex, q - 1, ',') || (q > 1 && is_p(ex, q - 2, ',') && tok(ex, q - 1)->kind == PARLEY_TOK_WORD))) {
                    from = q;
                    break;
                }
            principal = 0;
            while (principal < obj.n && obj.p[principal].pos < from)
                principal++;
            groups = principal ? principal : 1;
        }
        /* "called on President B at the Kremlin, along with ambassador C": one named after ",
         * along with" (", together with") past the first object goes with the subject, to every
         * meeting */
        for (size_t k = 1; attend == SIZE_MAX && !between && type == PARLEY_EVENT_MEETING && principal == obj.n &&
                           groups == obj.n && k < obj.n;
             k++) {
            size_t q = title_start(ex, se, obj.p[k].pos);
            /* (past a title in lower case: "along with ambassador C") */
            while (q > se->tok_begin && q + 4 > obj.p[k].pos &&
                   (parley_match(ex, q - 1, PARLEY_LEX_OFFICE, NULL) || parley_match(ex, q - 1, PARLEY_LEX_DOMAIN, NULL)))
                q--;
            if (q >= se->tok_begin + 3 && is_w(ex, q - 1, "with") && (is_w(ex, q - 2, "along") || is_w(ex, q - 2, "together")) &&
                is_p(ex, q - 3, ',')) {
                principal = groups = k;
                break;
            }
        }
        /* "met A via video link on Wednesday, and B in person on Thursday": the call words in
         * one group's clause make that group a call, the others meetings, each on its clause's
         * day */
        size_t call_group = SIZE_MAX;
        for (size_t g = 0; has_call && has_meet && groups > 1 && !between && g < groups && g < obj.n; g++) {
            size_t clause_end = g + 1 < obj.n ? obj.p[g + 1].pos : se->tok_end;
            if (call >= obj.p[g].end && call < clause_end)
                call_group = g;
        }
        /* "also met A and B, who called on him on Sunday": a relative clause after the last object
         * dates that object's group only (its tokens masked while the others are dated) */
        size_t rel_group = SIZE_MAX, rel_b2 = 0, rel_e2 = 0;
        if (groups > 1 && !between && obj.n == groups && st->no_date && obj.p[obj.n - 1].end + 1 < se->tok_end &&
            is_p(ex, obj.p[obj.n - 1].end, ',') && is_w(ex, obj.p[obj.n - 1].end + 1, "who")) {
            rel_group = obj.n - 1;
            rel_b2 = obj.p[obj.n - 1].end;
            rel_e2 = se->tok_end;
            for (size_t q = rel_b2 + 2; q < se->tok_end; q++)
                if (is_p(ex, q, ',')) {
                    rel_e2 = q;
                    break;
                }
        }
        const int group_type = type;
        int first_group = -1;   /* the event of the first group */
        for (size_t g = 0; g < groups; g++) {
            int type = call_group == SIZE_MAX ? group_type : g == call_group ? PARLEY_EVENT_CALL : PARLEY_EVENT_MEETING;
            parley_event *ev = event_new(ex, type);
            if (!ev)
                return PARLEY_ENOMEM;
            ev->status = planned ? PARLEY_STATUS_PLANNED : PARLEY_STATUS_OCCURRED;
            if (subj_apart) {
                if ((rc = event_add_participant(ex, ev, subj.p[g].ent)) < 0)
                    return rc;
                for (size_t i = 0; i < obj.n; i++)
                    if ((!paired || pair[g] == i) && (rc = event_add_participant(ex, ev, obj.p[i].ent)) < 0)
                        return rc;
            } else if (between || obj.n == 0 || groups == 1) {
                for (size_t i = 0; i < subj.n; i++)
                    if ((rc = event_add_participant(ex, ev, subj.p[i].ent)) < 0)
                        return rc;
                for (size_t i = 0; i < obj.n; i++)
                    if ((rc = event_add_participant(ex, ev, obj.p[i].ent)) < 0)
                        return rc;
            } else {
                for (size_t i = 0; i < subj.n; i++)
                    if ((rc = event_add_participant(ex, ev, subj.p[i].ent)) < 0)
                        return rc;
                if ((rc = event_add_participant(ex, ev, obj.p[g < principal ? g : 0].ent)) < 0)
                    return rc;
                for (size_t i = principal; i < obj.n; i++)
                    if ((rc = event_add_participant(ex, ev, obj.p[i].ent)) < 0)
                        return rc;
            }
            /* "X congratulated Y on ..." between two people who met: said at the meeting */
            bool at_meeting = false;
            for (size_t k = 0; type == PARLEY_EVENT_CALL && is_w(ex, call, "congratulated") &&
                               k + 1 < ex->n_events; k++)
                at_meeting |= ex->events[k].type == PARLEY_EVENT_MEETING &&
                              ex->events[k].status == PARLEY_STATUS_OCCURRED &&
                              same_people(&ex->events[k], ev->participants, ev->n_participants);
            if (ev->n_participants < 2 || at_meeting) {
                event_drop_last(ex);
                continue;
            }
            size_t evi = (size_t)(ev - ex->events);
            if ((rc = event_add_evidence(ex, ev, s, trig, trig + tlen)) < 0)
                return rc;
            /* the groups of one sentence share its day: "The next day, X met A and B" counts from
             * the meeting told before the sentence, not from its own first group */
            if (g > 0 && first_group >= 0 && ex->events[first_group].date[0] && g != rel_group)
                memcpy(ev->date, ex->events[first_group].date, sizeof(ev->date));
            /* "X met A in Beijing in 1971 and hosted B in Dakar in 1978": a group told by a verb
             * of its own takes the date and the place of its clause */
            if (g > 0 && g < principal && g < obj.n)
                clause_date_place(ex, st, s, obj.p[g - 1].end, obj.p[g].pos,
                                  g + 1 < principal && g + 1 < obj.n ? obj.p[g + 1].pos : se->tok_end, ev);
            if (call_group != SIZE_MAX && g < obj.n)
                clause_date(ex, st, obj.p[g].end, g + 1 < obj.n ? obj.p[g + 1].pos : se->tok_end, ev);
            /* "After meeting X in Warsaw on Monday, Y flew to Berlin, where he held talks with Z":
             * the main clause's own day and place, not the opener's */
            if (main_from != SIZE_MAX) {
                clause_date(ex, st, main_from, se->tok_end, ev);
                for (size_t m = ex->sent_mentions[s]; m < ex->sent_mentions[s + 1] && ev->place < 0; m++) {
                    const parley_mention *pm2 = &ex->mentions[m];
                    if (pm2->sentence == s && pm2->tb > main_from && pm2->entity >= 0 &&
                        (pm2->type == PARLEY_ENTITY_LOCATION || pm2->type == PARLEY_ENTITY_COUNTRY) &&
                        (is_w(ex, pm2->tb - 1, "in") || is_w(ex, pm2->tb - 1, "at") || is_w(ex, pm2->tb - 1, "to")))
                        ev->place = pm2->entity;
                }
            }
            /* (an item's own day: "- On Tuesday, with A and B;") */
            if (item_days && g < obj.n) {
                const parley_sentence *is = &ex->text.sentences[parley_sentence_of(ex, obj.p[g].pos)];
                if (is->item && is->tok_begin >= se->tok_end)
                    clause_date(ex, st, is->tok_begin, obj.p[g].pos, ev);
            }
            /* (a clause's meeting "on the sidelines of the summit": the story's gathering, its
             * place) */
            bool at_gathering = after_clause && parley_on_sidelines(ex, trig, se->tok_end);
            bool masked = rel_group != SIZE_MAX && g != rel_group;
            for (size_t q = rel_b2; masked && q < rel_e2; q++)
                st->no_date[q] = 1;
            rc = event_set_date_place(ex, ev, s, trig, st, !after_clause || at_gathering);
            for (size_t q = rel_b2; masked && q < rel_e2; q++)
                st->no_date[q] = 0;   /* (unknown again: the memo is read anew) */
            if (rc < 0)
                return rc;
            /* "will travel to Paris and Warsaw to meet French President A and Polish Prime Minister
             * B": of the cities the sentence names, each group's is the one of its guest's country */
            /* (the place first found is another guest's country's: the cities go with the guests) */
            bool others_city = false;
            for (size_t k = 0; groups > 1 && g < obj.n && ev->place >= 0 && k < obj.n && !others_city; k++) {
                const char *kc = ex->entities[obj.p[k].ent].country, *pc = ex->entities[ev->place].country;
                others_city = k != g && kc && pc && strcmp(kc, pc) == 0;
            }
            if (others_city)
                ev->place = city_of_guest(ex, s, ev->place, ex->entities[obj.p[g].ent].country);

            /* ("held talks with A and called on B at the headquarters in Rawalpindi": the first
             * group is not where the second's own clause says, but where the story is) */
            if (g == 0 && principal >= 2 && obj.n >= 2 && ev->place >= 0) {
                size_t l5 = 0;
                size_t v2 = find_trigger(ex, obj.p[0].end, obj.p[1].pos, PARLEY_LEX_MEET, &l5);
                int own = l5 ? place_after(ex, s, trig, v2) : -1;
                bool later = false;
                for (size_t m = ex->sent_mentions[s]; l5 && m < ex->sent_mentions[s + 1] && !later; m++)
                    later = ex->mentions[m].sentence == s && ex->mentions[m].entity == ev->place && ex->mentions[m].tb > obj.p[1].pos;
                /* (no dateline: where the meeting told before was, "met A in Jakarta. She also met
                 * B and called on C at the Merdeka Palace") */
                int p0 = story_prev(st);
                if (l5 && later && own < 0)
                    ev->place = ex->dateline_place >= 0 ? ex->dateline_place
                                : p0 >= 0 && (size_t)p0 != evi ? ex->events[p0].place
                                                               : -1;
            }

            /* "The talks came a day after Austin met Kishida": the clause's day counted back
             * from the meeting told (not from the story's day) */
            if (after_clause && st->last_meeting >= 0 && strlen(ex->events[st->last_meeting].date) == 10) {
                size_t q = trig;
                while (q > se->tok_begin && !is_w(ex, q, "after") && !is_w(ex, q, "before") && q + 20 > trig)
                    q--;
                int days = is_w(ex, q, "after") || is_w(ex, q, "before") ? days_of_clause(ex, se, q, trig) : NOT_TIME;
                if (days != NOT_TIME && days != NO_REL && days != 0)
                    shift_day(ex->events[st->last_meeting].date, days, ev->date);
                /* ("came a month after", "two months after": that month, its day unknown) */
                int months = 0;
                for (size_t i = q > se->tok_begin + 2 ? q - 2 : se->tok_begin; i < q; i++)
                    if (i > se->tok_begin && (is_w(ex, i, "month") || is_w(ex, i, "months")))
                        months = is_w(ex, i, "month") == (small_count(ex, i - 1) == 1) ? small_count(ex, i - 1) : 0;
                parley_date md;
                if (months && is_w(ex, q, "after") && parley_date_parse(&md, ex->events[st->last_meeting].date) == 0) {
                    int m0 = md.y * 12 + (md.m - 1) - months;
                    if (m0 >= 0)
                        snprintf(ev->date, sizeof ev->date, "%04u-%02u", (unsigned)(m0 / 12) % 10000u,
                                 (unsigned)(m0 % 12 + 1) % 100u);
                }
            }
            /* "met A in Lima on Saturday before travelling to Rio de Janeiro, where he held talks
             * with B on Monday": the place a "where" before the object's meeting words is of */
            /* (... and every object after it in that clause, on the clause's day) */
            size_t wq = SIZE_MAX;
            for (size_t q = obj.p[0].end + 1; g > 0 && g < obj.n && groups > 1 && q + 2 < obj.p[g].pos; q++)
                if (where_he_at(ex, q))
                    wq = q;
            int wp = wq != SIZE_MAX ? where_place(ex, s, wq) : -1;
            if (wp >= 0) {
                ev->place = wp;
                clause_date(ex, st, wq, se->tok_end, ev);   /* (when the clause says one) */
            }
            /* "met A in Bratislava on Monday and B in Prague on Wednesday": an object with a place
             * of its own after it, when the one before had its own too, on that clause's day */
            if (g > 0 && g < obj.n && groups > 1 && !between && obj.n == groups) {
                size_t ce = g + 1 < obj.n ? obj.p[g + 1].pos : se->tok_end;
                int own = place_after(ex, s, obj.p[g].end - 1, ce);
                if (own >= 0 && place_after(ex, s, obj.p[g - 1].end - 1, obj.p[g].pos) >= 0) {
                    ev->place = own;
                    clause_date(ex, st, obj.p[g].end, ce, ev);   /* (when the clause says one) */
                } else if (own < 0) {
                    /* "held talks with A on Sunday and with B on Monday morning": each on the day
                     * its clause says, when the one before said its own */
                    char before[11], own_day[11];
                    if (clause_day(ex, st, obj.p[g - 1].end, obj.p[g].pos, before) && clause_day(ex, st, obj.p[g].end, ce, own_day))
                        memcpy(ev->date, own_day, sizeof(ev->date));
                }
            }
            /* a meeting on a day after the publication has not happened yet (a day the sentence
             * names, not one counted from an earlier event: "the next day") */
            bool ahead = false;
            parley_date said;
            int said_rel;
            /* (not after a made-up year's day: the story may go on the next days) */
            if (!planned && st->has_pub && st->pub.d && !st->made_up_year && strlen(ev->date) == 10 &&
                sentence_date(ex, s, trig, st, false, &said, &said_rel)) {
                parley_date ed;
                ahead = parley_date_parse(&ed, ev->date) == 0 &&
                        (ed.y > st->pub.y || (ed.y == st->pub.y && (ed.m > st->pub.m || (ed.m == st->pub.m && ed.d > st->pub.d))));
                if (ahead)
                    ev->status = PARLEY_STATUS_PLANNED;
            }
            /* "A received B": at A's home, when nothing else says where */
            if (ev->place < 0 && has_meet && subj.n >= 1 && type != PARLEY_EVENT_CALL &&
                (is_w(ex, meet, "received") || is_w(ex, meet, "receives") || is_w(ex, meet, "hosted") ||
                 is_w(ex, meet, "hosts") || is_w(ex, meet, "welcomed"))) {
                const char *home = ex->entities[subj.p[0].ent].country;
                /* ("where he was hosted by X": X's home) */
                if (meet > se->tok_begin && (is_w(ex, meet - 1, "was") || is_w(ex, meet - 1, "were") || is_w(ex, meet - 1, "been") ||
                                             is_w(ex, meet - 1, "being") || is_w(ex, meet - 1, "is")))
                    home = obj.n ? ex->entities[obj.p[0].ent].country : NULL;
                int home_e = country_entity(ex, home);
                if (home_e >= 0)
                    ev->place = home_e;
                /* ... in the dateline's city when it is there ("KUWAIT CITY — ... received") */
                if (home && ex->dateline_place >= 0 && ex->entities[ex->dateline_place].country &&
                    strcmp(ex->entities[ex->dateline_place].country, home) == 0)
                    ev->place = ex->dateline_place;
            }
            /* "A received B ... They discussed X, in the presence of C": the meeting just told,
             * told again with people attending it, is that meeting (not "later", "also": another) */
            int kept = grows_told && g == 0 ? absorb_event(ex, evi, (size_t)told) : merge_meeting(ex, evi);
            if (kept < 0)
                return kept;
            if (g == 0)
                first_group = kept;
            if (type == PARLEY_EVENT_MEETING && (planned || ahead))
                st->last_planned = kept;
            if (type == PARLEY_EVENT_CALL)
                st->last_call = kept;
            /* "X had met Y in Goa in May": a meeting before the story, told in the past perfect;
             * a later meeting with no date or place of its own takes those of the story's last */
            bool last_met = trig > se->tok_begin && is_w(ex, trig - 1, "last");
            /* ("The two American officials had arrived from Beirut, where they met A": the
             * sentence's subject, then "had") */
            bool had = trig > se->tok_begin && is_w(ex, trig - 1, "had");
            for (size_t q = grp + gl; !had && gl && q < trig && q < grp + gl + 3 && tok(ex, q)->kind == PARLEY_TOK_WORD; q++)
                had = is_w(ex, q, "had");
            for (size_t i = 0; !had && i < pp.n && pp.p[i].end < trig; i++)
                had = pp.p[i].pos <= se->tok_begin + 3 && is_w(ex, pp.p[i].end, "had");
            bool background = (had && st->story_meeting >= 0) || after_clause || last_met;
            if (type == PARLEY_EVENT_MEETING && (last_met || (had && st->story_meeting >= 0)))
                st->before_story = kept;
            if (type == PARLEY_EVENT_MEETING && !planned && !ahead && !background)
                st->story_meeting = kept;
            if (type == PARLEY_EVENT_MEETING && !planned && !ahead) {
                st->last_meeting = kept;
                st->last_meeting_sentence = s;
                /* "X also met Y": a meeting on the side of the main one */
                st->last_meeting_side = false;
                for (size_t q = se->tok_begin; q < trig; q++)
                    st->last_meeting_side |= is_w(ex, q, "also");
                meeting = kept;
            }
        }
        st->focus = subj.n ? subj.p[0].ent : st->focus;
    } else if (has_meet && st->last_meeting >= 0 && (total <= 1 || again || group_again) && !planned && !after_clause) {
        /* the meeting mentioned again: it may tell the date or the place (not "The pair last met
         * in Singapore in June 2023", a meeting before it) */
        parley_event *ev = &ex->events[st->last_meeting];
        if (group_again && (rc = event_add_evidence(ex, ev, s, meet, meet + ml)) < 0)
            return rc;
        place_told_again(ex, ev, s);
        /* ("The talks were held at the Pentagon on Thursday": the day said now, over the
         * story's that the first telling had only by default) */
        if (!ev->date[0] || ev->story_dated) {
            parley_date d;
            int same;
            if (sentence_date(ex, s, meet, st, false, &d, &same) && (!ev->story_dated || (d.d && same == NO_REL))) {
                parley_date_format(ev->date, &d);
                ev->story_dated = false;
            }
        }
    }
    if (call_later != SIZE_MAX && meeting >= 0 && (rc = call_after_meeting(ex, s, st, meeting, call_later, cl)) < 0)
        return rc;
    if (time_call_at != SIZE_MAX && meeting >= 0 && !planned && !negated &&
        (rc = call_of_time_clause(ex, s, meeting, &time_call, time_call_open, time_call_at)) < 0)
        return rc;
    if (bound != SIZE_MAX && !planned && !negated) {
        /* (the main clause's meeting: a new one, or the one told before that a group meets in
         * again, "The two leaders discussed ..., before X hosted Y") */
        int main_ev = meeting >= 0 ? meeting : group_again ? st->last_meeting : -1;
        /* (... or the call the main clause told: "received in Baghdad on Wednesday a phone call
         * from A, and later met B" is on its day, where its receiver was) */
        int main_call = -1;
        if (main_ev < 0 && st->last_call >= 0 && ex->events[st->last_call].n_evidence) {
            const parley_evidence *ce = &ex->events[st->last_call].evidence[ex->events[st->last_call].n_evidence - 1];
            if (ce->start >= se->start && ce->start < se->end)
                main_call = st->last_call;
        }
        int base_ev = main_ev >= 0 ? main_ev : main_call;
        char base[11] = "";
        if (base_ev >= 0)
            memcpy(base, ex->events[base_ev].date, sizeof(base));
        size_t n_before = ex->n_events;
        if ((rc = second_clause_meetings(ex, s, st, &pp, bound, m2, l2, clause_shift, base, &subj,
                                         base_ev >= 0 ? ex->events[base_ev].place : -1)) < 0)
            return rc;
        /* ("received a call from A, and later met a delegation led by B. The delegation also
         * included C": the clause's meeting is the one told last, when the main clause told none) */
        if (main_ev < 0 && ex->n_events == n_before + 1 && ex->events[n_before].type == PARLEY_EVENT_MEETING &&
            ex->events[n_before].status == PARLEY_STATUS_OCCURRED) {
            st->last_meeting = (int)n_before;
            st->last_meeting_sentence = s;
        }
    }
    /* (a document discussed, signed by people named after it: theirs, at no meeting of the story) */
    bool by_topic = has_sign && topic_signers.n >= 2 && is_w(ex, sign, "signed") && sign < topic_signers.p[0].pos;
    /* (companies' deals are no government's: "Italy's Eni and Algeria's Sonatrach signed two deals") */
    if (has_sign && !by_topic && companies_sign(ex, se, sign, &pp))
        has_sign = false;
    if (has_sign && !negated && !sign_negated &&
        (rc = do_agreement(ex, s, sign, sl, by_topic ? &topic_signers : &pp, st, sign_planned,
                           by_topic ? -1
                           : meeting >= 0 ? meeting
                           : group_meeting >= 0 ? group_meeting
                                                : joined_meeting)) < 0)
        return rc;
    /* (... where the sentence says, not where the story is) */
    if (by_topic && st->last_agreement >= 0 && sentence_place(ex, s) < 0)
        ex->events[st->last_agreement].place = -1;
    /* "They signed X, and witnessed the signing of Y by C and D": a second signing, its people
     * those named after it */
    size_t sign2, sl2, second = has_sign && !negated && !sign_negated ? second_signing_at(ex, se, sign + sl, &sign2, &sl2)
                                                                       : SIZE_MAX;
    if (second != SIZE_MAX) {
        people later = pp;
        people_keep_after(&later, second);
        if (later.n >= 2 &&
            (rc = do_agreement(ex, s, sign2, sl2, &later, st, sign_planned, meeting >= 0 ? meeting : group_meeting)) < 0)
            return rc;
    }
    /* "The document was signed by A and B", "The two ministers signed the agreement in Oslo": the
     * signing's meeting is where and when the document told before was signed */
    int signers = meeting >= 0 ? meeting : group_meeting;
    if (has_sign && !has_meet && signers >= 0 && st->last_agreement >= 0) {
        parley_event *me = &ex->events[signers];
        const parley_event *ag = &ex->events[st->last_agreement];
        if (me->place < 0)
            me->place = ag->place;
        /* (a day the sentence does not say is the document's: "signed in Ankara on Feb. 8, X said
         * on Thursday. The agreement was signed by A and B") */
        parley_date d;
        int rel;
        if (!me->date[0] || (ag->date[0] && me->n_evidence == 1 && !sentence_date(ex, s, sign, st, false, &d, &rel)))
            memcpy(me->date, ag->date, sizeof(me->date));
    }
    /* "The signing ceremony took place at the Burma Camp in Accra": where the document told just
     * before was signed, and its signers met */
    if (st->last_agreement >= 0 && signing_held(ex, se)) {
        parley_event *ag = &ex->events[st->last_agreement];
        int where = sentence_place(ex, s);
        uint32_t prev_start = s > 0 ? ex->text.sentences[s - 1].start : 0;
        if (where >= 0 && ag->n_evidence && ag->evidence[ag->n_evidence - 1].start >= prev_start &&
            ag->evidence[ag->n_evidence - 1].start < se->start) {
            for (size_t k = 0; k < ex->n_events; k++) {
                parley_event *o = &ex->events[k];
                if (o->type == PARLEY_EVENT_MEETING && o->n_evidence && o->place == ag->place &&
                    o->evidence[o->n_evidence - 1].start == ag->evidence[ag->n_evidence - 1].start)
                    o->place = where;
            }
            ag->place = where;
        }
    }
    /* ("With Mr. Tinubu, the Secretary-General discussed ...": the office said as the subject is
     * the person in focus's, who stays in focus) */
    if (pp.n && !subj.n && !(st->focus >= 0 && office_names_focus(ex, se, st->focus, pp.p[0].ent)))
        st->focus = pp.p[0].ent;
    else if (subj.n && !pron && !(st->focus >= 0 && office_names_focus(ex, se, st->focus, subj.p[0].ent)))
        st->focus = subj.p[0].ent;
    /* a meeting told without a pair of named people may still say where the day's meetings were */
    /* (or a meeting noun: "wrapped up the tour on Thursday with talks in Doha") */
    /* (not the words of a call the sentence told: "received a phone call from X, during which they
     * discussed border security") */
    bool call_here = st->last_call >= 0 && ex->events[st->last_call].n_evidence &&
                     ex->events[st->last_call].evidence[ex->events[st->last_call].n_evidence - 1].start >= se->start &&
                     ex->events[st->last_call].evidence[ex->events[st->last_call].n_evidence - 1].start < se->end;
    /* (nor meetings told as held apart: "hosted Hamas negotiators and Israeli officials in
     * separate meetings"; the people named next are no one meeting's) */
    bool apart = false;
    for (size_t q = se->tok_begin; (has_meet || (sk & noun_bit)) && q < se->tok_end && q < se->tok_begin + 40 && !apart; q++)
        apart = is_w(ex, q, "separate") || is_w(ex, q, "separately");
    if ((has_meet || (sk & noun_bit)) && meeting < 0 && group_meeting < 0 && !planned && !negated && !call_here && !apart) {
        st->unnamed_meet = s + 1;
        st->unnamed_again = group_again;
        st->unnamed_event = -1;
        st->n_listed = 0;
    }
    if ((has_meet || (sk & noun_bit)) && meeting < 0 && !planned && !negated) {
        int where = sentence_place(ex, s);
        if (where >= 0) {
            st->meeting_place = where;
            parley_date d;
            int rel;
            st->meeting_place_day[0] = '\0';
            if (sentence_date(ex, s, meet, st, false, &d, &rel) && d.y && d.m && d.d)
                parley_date_format(st->meeting_place_day, &d);
        }
    }
    /* "X left for New Delhi on Monday on a visit to India. He also called on Y": a journey told
     * before any meeting says where the meetings after it are (not one to come: "will travel to") */
    if (meeting < 0 && !has_meet && !pl && st->last_meeting < 0 && st->meeting_place < 0) {
        size_t vl = 0, v = sentence_trigger(ex, se, sk, PARLEY_LEX_VISIT, &vl);
        bool gone = vl && !(v > se->tok_begin && (modal_at(ex, v - 1) || is_w(ex, v - 1, "to")));
        int where = -1;
        /* "left for New Delhi": the place right after the departure, else the sentence's */
        for (size_t q = se->tok_begin + 1; where < 0 && q + 1 < se->tok_end; q++) {
            if (!parley_departure_for(ex, q, se->tok_begin) || modal_at(ex, q - 2))
                continue;
            for (size_t m = ex->sent_mentions[s]; m < ex->sent_mentions[s + 1]; m++) {
                const parley_mention *mm = &ex->mentions[m];
                if (mm->tb == q + 1 && mm->entity >= 0 &&
                    (mm->type == PARLEY_ENTITY_LOCATION || mm->type == PARLEY_ENTITY_COUNTRY))
                    where = mm->entity;
            }
        }
        if (where < 0 && gone)
            where = sentence_place(ex, s);
        if (where >= 0)
            st->meeting_place = where;
    }
    /* "The meeting on 12 February 2024 reaffirmed ...", "The talks took place on Tuesday": a
     * sentence about the meeting just told, naming no one, tells its date when it had none */
    if ((sk & noun_bit) && !pp.n && !planned && !negated && !after_clause && st->last_meeting >= 0 &&
        st->last_meeting_sentence + 1 >= s && se->tok_begin + 1 < se->tok_end &&
        (is_w(ex, se->tok_begin, "the") || is_w(ex, se->tok_begin, "their") || is_w(ex, se->tok_begin, "this")) &&
        parley_match(ex, se->tok_begin + 1, PARLEY_LEX_MEET_NOUN, NULL)) {
        parley_event *ev = &ex->events[st->last_meeting];
        parley_date d;
        int same;
        if (!ev->date[0] && ev->status == PARLEY_STATUS_OCCURRED &&
            sentence_date(ex, s, se->tok_begin + 1, st, false, &d, &same))
            parley_date_format(ev->date, &d);
        if (ev->status == PARLEY_STATUS_OCCURRED)
            place_told_again(ex, ev, s);
    }
    /* remember the latest date expression (not a day of what is to come whose year was guessed:
     * "The drills will last until August 25") */
    int to_come = -1;   /* (read when a guessed year asks) */
    date_hit h;
    for (size_t i = se->tok_begin; i < se->tok_end; i++)
        if (date_in_sentence(ex, st, i, se->tok_end, &h) && h.kind == D_ABS && h.date.m) {
            if (h.guessed_year && to_come < 0) {
                to_come = 0;
                for (size_t q = se->tok_begin; q < se->tok_end && !to_come; q++)
                    to_come = modal_at(ex, q);
            }
            if (h.guessed_year && to_come)
                continue;
            st->last_date = h.date;
            st->has_last_date = true;
            i = h.end - 1;
        }
    return 0;
}

/* Is mention cm a country taking part in an exercise named in sentence s, within the clause
 * [cb, ce): named there, not after "in" (where it is held), nor in a clause of another time (", a
 * day after North Korea warned"); with host, only one after "in" (its host, named by its name)? */
static bool exercise_country(const parley_extraction *ex, const parley_mention *cm, size_t s, size_t cb, size_t ce, bool host)
{
    /* (nor one the exercise is held against or despite: "despite North Korea's warnings", "amid
     * threats from North Korea") */
    static const char *const foes[] = {"despite", "amid", "against", "deter", "counter", "threat", "threats", "warnings",
                                       "provocations", NULL};
    for (size_t q = cm->tb; q > cb && q + 3 > cm->tb; q--)
        if (is_w_any(ex, q - 1, foes))
            return false;
    return cm->sentence == s && cm->type == PARLEY_ENTITY_COUNTRY && cm->entity >= 0 && cm->tb >= cb && cm->te <= ce &&
           (host ? mention_after_in(ex, cm) && cm->lex && cm->lex->kind == PARLEY_LEX_COUNTRY : !mention_after_in(ex, cm)) &&
           !parley_in_other_time_clause(ex, &ex->text.sentences[s], cm->tb);
}

/* Countries taking part in a named exercise mentioned in the same sentence. */
/* Do "the two sides", "the two countries", "both sides" or "both countries" stand in tokens [b, e)?
 * (Narrower than the group phrases of the lexicon: "they", "the leaders" may be others than the
 * sides of the meeting told.) O(e - b). */
static bool sides_before(const parley_extraction *ex, size_t b, size_t e)
{
    static const char *const sides[] = {"sides", "countries", "nations", NULL};
    for (size_t q = b; q + 1 < e; q++)
        if ((is_w(ex, q, "two") || is_w(ex, q, "both")) && is_w_any(ex, q + 1, sides))
            return true;
    return false;
}

/* Adds to event evi the countries (entities of the story) of the people of the meetings told in
 * sentence s or the one before: "the two sides". 0 or PARLEY_ENOMEM. O(events · participants ·
 * entities). */
static int meeting_sides_join(parley_extraction *ex, size_t evi, size_t s)
{
    uint32_t from = ex->text.sentences[s > 0 ? s - 1 : s].start, to = ex->text.sentences[s].end;
    for (size_t k = 0; k < ex->n_events; k++) {
        const parley_event *mt = &ex->events[k];
        if (mt->type != PARLEY_EVENT_MEETING || mt->status != PARLEY_STATUS_OCCURRED || !mt->n_evidence ||
            mt->evidence[0].start < from || mt->evidence[0].start >= to)
            continue;
        for (size_t i = 0; i < mt->n_participants; i++) {
            int c = country_entity(ex, ex->entities[mt->participants[i]].country);
            if (c >= 0 && event_add_participant(ex, &ex->events[evi], c) < 0)
                return PARLEY_ENOMEM;
        }
    }
    return 0;
}

static int do_exercises(parley_extraction *ex, const doc_state *st)
{
    for (size_t m = 0; m < ex->n_mentions; m++) {
        const parley_mention *xm = &ex->mentions[m];
        if (xm->type != PARLEY_ENTITY_EXERCISE || xm->entity < 0)
            continue;
        parley_event *ev = NULL;
        for (size_t k = 0; k < ex->n_events; k++)
            if (ex->events[k].type == PARLEY_EVENT_EXERCISE && ex->events[k].participants[0] == xm->entity)
                ev = &ex->events[k];
        /* two exercises in one sentence: each takes the countries of its own clause ("Chinese and
         * Russian warships began drills codenamed X, while India and France held Y") */
        const parley_sentence *xse = &ex->text.sentences[xm->sentence];
        size_t cb = xse->tok_begin, ce = xse->tok_end, others = 0;
        for (size_t c = ex->sent_mentions[xm->sentence]; c < ex->sent_mentions[xm->sentence + 1]; c++)
            others += c != m && ex->mentions[c].sentence == xm->sentence && ex->mentions[c].type == PARLEY_ENTITY_EXERCISE &&
                      ex->mentions[c].entity != xm->entity;
        for (size_t q = xse->tok_begin + 1; others && q + 1 < xse->tok_end; q++)
            if (is_p(ex, q, ';') || (is_p(ex, q, ',') && (is_w(ex, q + 1, "while") || is_w(ex, q + 1, "whereas") ||
                                                          is_w(ex, q + 1, "but") || is_w(ex, q + 1, "and")))) {
                if (q < xm->tb)
                    cb = q + 1;
                else if (q >= xm->te && ce == xse->tok_end)
                    ce = q;
            }
        size_t countries = 0;
        for (size_t c = ex->sent_mentions[xm->sentence]; c < ex->sent_mentions[xm->sentence + 1]; c++)
            countries += exercise_country(ex, &ex->mentions[c], xm->sentence, cb, ce, false);
        /* "Exercise Talisman Sabre 2025, which opened in Australia": with no other country, the
         * one it is held in (its host) */
        bool host_only = false;
        for (size_t c = ex->sent_mentions[xm->sentence]; !countries && c < ex->sent_mentions[xm->sentence + 1]; c++)
            countries = host_only = exercise_country(ex, &ex->mentions[c], xm->sentence, cb, ce, true);
        if (!countries)
            continue;
        if (!ev) {
            if (!(ev = event_new(ex, PARLEY_EVENT_EXERCISE)))
                return PARLEY_ENOMEM;
            if (event_add_participant(ex, ev, xm->entity) < 0)
                return PARLEY_ENOMEM;
        }
        /* "the two countries would hold the Southern Jackaroo exercise next year", "are scheduled
         * to hold", "Exercise Malabar 2023 will follow in November": an exercise to come (the
         * status its first telling says; the day each sentence gives is looked for ahead) */
        bool to_come = false;
        for (size_t q = xm->tb > cb + 8 ? xm->tb - 8 : cb; q < xm->tb && !to_come; q++)
            to_come = modal_at(ex, q) || parley_match(ex, q, PARLEY_LEX_PLANNED, NULL);
        /* ("the Eternity-2025 joint tactical exercises to be held in Georgia") */
        /* (... past the name's closing quote: "the joint exercise "Birlestik-2026", scheduled for
         * next spring") */
        /* (... past a hyphened kind: "TurAz Qartali-2026 flight-tactical exercises to be held") */
        for (size_t q = xm->te; q < ce && q < xm->te + 8 && !to_come &&
                                (tok(ex, q)->kind == PARLEY_TOK_WORD || is_p(ex, q, ',') || is_p(ex, q, '"') || is_p(ex, q, '-'));
             q++)
            to_come = modal_at(ex, q) || parley_match(ex, q, PARLEY_LEX_PLANNED, NULL);
        /* (... or its first telling in the body, after a headline's: "India, France to hold
         * joint exercise Shakti") */
        bool first_told = true;
        const parley_entity *xe = &ex->entities[xm->entity];
        for (size_t k = 0; k < xe->n_mentions && xe->mentions[k] < m && first_told; k++)
            first_told = ex->text.sentences[ex->mentions[xe->mentions[k]].sentence].headline;
        if (to_come && (ev->n_participants == 1 || first_told))
            ev->status = PARLEY_STATUS_PLANNED;
        for (size_t c = ex->sent_mentions[xm->sentence]; c < ex->sent_mentions[xm->sentence + 1]; c++)
            if (exercise_country(ex, &ex->mentions[c], xm->sentence, cb, ce, host_only) &&
                event_add_participant(ex, ev, ex->mentions[c].entity) < 0)
                return PARLEY_ENOMEM;
        /* "A held talks with his French counterpart B ... and the two sides agreed to hold exercise
         * Shakti in France": the sides are the countries of the meeting told there or just before */
        if (sides_before(ex, cb, xm->tb)) {
            size_t evi = (size_t)(ev - ex->events);
            int rc = meeting_sides_join(ex, evi, xm->sentence);
            if (rc < 0)
                return rc;
            ev = &ex->events[evi];
        }
        /* ("agreed to hold the next edition of exercise Shakti in France later this year", after
         * talks in New Delhi: the place said right after the name, its own) */
        for (size_t c = ex->sent_mentions[xm->sentence]; ev->place < 0 && c < ex->sent_mentions[xm->sentence + 1]; c++) {
            const parley_mention *pm = &ex->mentions[c];
            if (pm->sentence == xm->sentence && pm->entity >= 0 && pm->tb > xm->te && pm->tb <= xm->te + 6 &&
                (pm->type == PARLEY_ENTITY_COUNTRY || pm->type == PARLEY_ENTITY_LOCATION) && is_w(ex, pm->tb - 1, "in")) {
                bool plain = true;
                for (size_t q = xm->te; q + 1 < pm->tb && plain; q++)
                    plain = tok(ex, q)->kind == PARLEY_TOK_WORD;
                if (plain)
                    ev->place = pm->entity;
            }
        }
        if (ev->place < 0)
            ev->place = sentence_place(ex, xm->sentence);
        /* "began the annual Balikatan exercise on Monday", "concluded Exercise Malabar on Oct.
         * 20": the day its sentence gives (none when it gives none: an exercise is not dated by
         * the story alone) */
        parley_date d;
        int rel;
        if (!ev->date[0] &&
            sentence_date(ex, xm->sentence, xm->tb, st, to_come, &d, &rel))
            parley_date_format(ev->date, &d);
        if (event_add_evidence(ex, ev, xm->sentence, xm->tb, xm->te) < 0)
            return PARLEY_ENOMEM;
    }
    /* a later sentence may name the participants of "the drills" ("troops from fifteen NATO
     * members - Azerbaijan, Georgia, ... - participated in the drills"), or, one or two sentences
     * after the exercise's, list them ("Participating nations included Australia, Belgium, ...") */
    int last = -1, last_x = -1;   /* the event of the last exercise named, and its entity */
    size_t last_s = 0, m = 0;
    for (size_t s = 0; s < ex->text.n_sentences; s++) {
        bool has_ex = false;
        for (; m < ex->n_mentions && ex->mentions[m].sentence <= s; m++) {
            if (ex->mentions[m].sentence != s || ex->mentions[m].type != PARLEY_ENTITY_EXERCISE || ex->mentions[m].entity < 0)
                continue;
            has_ex = true;
            last_x = ex->mentions[m].entity;
            last_s = s;
            last = -1;
            for (size_t k = 0; k < ex->n_events; k++)
                if (ex->events[k].type == PARLEY_EVENT_EXERCISE && ex->events[k].participants[0] == last_x)
                    last = (int)k;
        }
        if (has_ex || last_x < 0)
            continue;
        const parley_sentence *se = &ex->text.sentences[s];
        bool refers = false, takes_part = false, denied = false;
        for (size_t i = se->tok_begin; i + 1 < se->tok_end; i++) {
            if (is_w(ex, i, "the") && parley_match(ex, i + 1, PARLEY_LEX_EXERCISE, NULL))
                refers = true;
            if ((tok_n(ex, i) >= 11 && strncasecmp(tok_s(ex, i), "participat", 10) == 0) ||
                ((is_w(ex, i, "took") || is_w(ex, i, "take") || is_w(ex, i, "takes") || is_w(ex, i, "taking")) &&
                 is_w(ex, i + 1, "part")) ||
                is_w(ex, i, "joined")) {
                takes_part = true;
                /* ("Japan did not take part this year", "X never joined") */
                for (size_t q = i; q-- > se->tok_begin && q + 3 > i && !denied;)
                    denied = is_w(ex, q, "not") || is_w(ex, q, "never") || is_w(ex, q, "n't");
            }
        }
        if (denied)
            continue;
        /* "Participating nations included ...", "Participants included ..." right after; "A, B
         * and C are participating for the first time" (countries, then the words) */
        bool listed = s <= last_s + 2 && se->tok_begin + 2 < se->tok_end &&
                      tok_n(ex, se->tok_begin) >= 11 && strncasecmp(tok_s(ex, se->tok_begin), "participa", 9) == 0;
        /* (... also after an opening phrase and its comma: "For the first time, A, B and C are
         * participating") */
        size_t open = se->tok_begin;
        for (size_t q = se->tok_begin + 1; q < se->tok_end && q < se->tok_begin + 6; q++)
            if (is_p(ex, q, ',')) {
                bool words = true;
                for (size_t k = se->tok_begin; k < q && words; k++)
                    words = tok(ex, k)->kind == PARLEY_TOK_WORD && (k == se->tok_begin || !(tok(ex, k)->flags & PARLEY_TOK_CAP));
                if (words)
                    open = q + 1;
                break;
            }
        listed |= s <= last_s + 2 && takes_part && ex->sent_mentions[s] < ex->sent_mentions[s + 1] &&
                  ex->mentions[ex->sent_mentions[s]].type == PARLEY_ENTITY_COUNTRY &&
                  (ex->mentions[ex->sent_mentions[s]].tb == se->tok_begin || ex->mentions[ex->sent_mentions[s]].tb == open);
        if (!(refers && takes_part) && !listed)
            continue;
        if (last < 0) {
            parley_event *nev = event_new(ex, PARLEY_EVENT_EXERCISE);
            if (!nev || event_add_participant(ex, nev, last_x) < 0)
                return PARLEY_ENOMEM;
            last = (int)(nev - ex->events);
        }
        parley_event *ev = &ex->events[last];
        for (size_t c = ex->sent_mentions[s]; c < ex->sent_mentions[s + 1]; c++) {
            const parley_mention *cm = &ex->mentions[c];
            if (cm->sentence == s && cm->type == PARLEY_ENTITY_COUNTRY && cm->entity >= 0 && !mention_after_in(ex, cm) &&
                event_add_participant(ex, ev, cm->entity) < 0)
                return PARLEY_ENOMEM;
        }
        if (event_add_evidence(ex, ev, s, se->tok_begin, se->tok_begin) < 0)
            return PARLEY_ENOMEM;
    }
    return 0;
}

/* Mentions are sorted by position: index the first mention of every sentence. */
static int index_sentences(parley_extraction *ex)
{
    size_t ns = ex->text.n_sentences;
    free(ex->sent_mentions);
    ex->sent_mentions = calloc(ns + 1, sizeof(uint32_t));
    if (!ex->sent_mentions)
        return PARLEY_ENOMEM;
    size_t m = 0;
    for (size_t s = 0; s <= ns; s++) {
        while (m < ex->n_mentions && ex->mentions[m].sentence < s)
            m++;
        ex->sent_mentions[s] = (uint32_t)m;
    }
    return 0;
}

/* Does a modal ("will", "would") or "plans", "planned", "scheduled" look ahead in the clause of
 * sentence se before token q (back to a comma or the sentence's start): "Lula will meet Trump in
 * Kuala Lumpur on Sunday"? O(clause). */
static bool ahead_in_clause(const parley_extraction *ex, const parley_sentence *se, size_t q)
{
    static const char *const ahead[] = {"plans", "planned", "scheduled", NULL};
    for (size_t r = q; r-- > se->tok_begin && !is_p(ex, r, ',');)
        if (modal_at(ex, r) || is_w_any(ex, r, ahead))
            return true;
    return false;
}

/* "BELGRADE, Sept. 26 - Minister X received today ...", published the next day: the dateline's
 * date, up to a week before the publication date, is the day "today" and "on Monday" count
 * from. */
static void dateline_date(parley_extraction *ex, doc_state *st)
{
    if (ex->dateline_place < 0)
        return;
    for (size_t m = 0; m < ex->n_mentions; m++) {
        const parley_mention *mm = &ex->mentions[m];
        if (mm->entity != ex->dateline_place)
            continue;
        const parley_sentence *se = &ex->text.sentences[mm->sentence];
        /* "Indonesian minister wraps up Tokyo visit" over "TOKYO, 22nd February 2024 -" (but a
         * dateline on a line of its own is one: "Baku, November 20, AZERTAC") */
        if (se->headline && !(mm->tb == se->tok_begin && mm->te < se->tok_end && is_p(ex, mm->te, ',')))
            continue;
        if (mm->tb != se->tok_begin || mm->te + 1 >= se->tok_end || !(is_p(ex, mm->te, ',') || is_p(ex, mm->te, '-')))
            return;
        /* the date within a few tokens: "BELGRADE, Sept. 26", "Ottawa, Ontario - January 31, 2023";
         * after another calendar's date, over numbers, commas and capitalised words only ("Riyadh,
         * Jumada II 14, 1446, December 15, 2024, SPA") */
        date_hit h;
        bool found = false;
        for (size_t q = mm->te + 1; q < se->tok_end && q < mm->te + 12 && !found; q++) {
            if (q >= mm->te + 6 && !(tok(ex, q)->kind == PARLEY_TOK_NUM || is_p(ex, q, ',') || (tok(ex, q)->flags & PARLEY_TOK_CAP)))
                break;
            found = date_at(ex, q, se->tok_end, st->has_pub ? &st->pub : NULL, &h);
        }
        if (!found || h.kind != D_ABS || !h.date.d || h.weekday >= 0)
            return;
        /* no date given with the article: the dateline's full date is the day it was written
         * ("DAR ES SALAAM, 6th May 2024 — ... on Sunday held talks": 5 May) */
        if (!st->has_pub) {
            if (h.date.y && !h.guessed_year) {
                st->pub = h.date;
                st->has_pub = true;
                parley_date_format(ex->dateline_date, &h.date);
            } else if (!st->has_last_date) {
                /* ("Baku, November 20, AZERTAC": the month and day of what the story tells) */
                st->last_date = h.date;
                st->has_last_date = true;
                /* "MOSCOW, July 9 (TASS) - ... held talks on Tuesday": the dateline's day is that
                 * weekday; a year of the 1800s in which it is (out of the way of the years a story
                 * names) lets the other weekdays be counted ("On Monday evening": July 8) */
                int wd = -1;
                /* (one outside a relative clause first: "X, who arrived on Friday, met Y on
                 * Saturday"; else one inside: "X, who met Y on Tuesday, said ...") */
                /* (... or in the next sentence, when the dateline is a line of its own: "BRASILIA,
                 * March 4 (Agencia Brasil)" over "- President X received Y on Monday") */
                const parley_sentence *ws = se;
                if (se->tok_end - mm->te < 12 && mm->sentence + 1 < ex->text.n_sentences)
                    ws = &ex->text.sentences[mm->sentence + 1];
                /* (the day the news was told first: "X will meet Y on Sunday, the ministry said on
                 * Thursday"; and not a day a "will" or "would" looks ahead to) */
                static const char *const told[] = {"said", "announced", "reported", "confirmed", "stated", NULL};
                for (size_t q = ws == se ? mm->te : ws->tok_begin; q + 2 < ws->tok_end && wd < 0; q++)
                    if (is_w_any(ex, q, told) && is_w(ex, q + 1, "on"))
                        wd = parley_date_weekday_name(tok_s(ex, q + 2), tok_n(ex, q + 2));
                for (int pass = 0; pass < 2 && wd < 0; pass++)
                    for (size_t q = ws == se ? mm->te : ws->tok_begin; q + 1 < ws->tok_end && wd < 0; q++)
                        if (is_w(ex, q, "on") && (pass == 1 || relative_opener(ex, ws, q) == SIZE_MAX) &&
                            !ahead_in_clause(ex, ws, q))
                            wd = parley_date_weekday_name(tok_s(ex, q + 1), tok_n(ex, q + 1));
                for (int y = 1801; wd >= 0 && y <= 1828; y++) {
                    parley_date c = {y, h.date.m, h.date.d};
                    bool leap = (y % 4 == 0);
                    if (parley_date_valid(&c) && parley_date_weekday(&c) == wd && (leap == (c.m == 2 && c.d == 29))) {
                        st->pub = c;
                        st->has_pub = true;
                        st->made_up_year = y;
                        break;
                    }
                }
                /* ("PHNOM PENH, Jan 9 - ... signed the agreements yesterday", no weekday named
                 * anywhere: any year lets "yesterday" and "the day before" be counted) */
                bool weekday = wd >= 0;
                for (size_t q = 0; !weekday && q < ex->text.n_tokens; q++)
                    weekday = tok(ex, q)->kind == PARLEY_TOK_WORD && parley_date_weekday_name(tok_s(ex, q), tok_n(ex, q)) >= 0;
                if (!weekday) {
                    int y = h.date.m == 2 && h.date.d == 29 ? 1804 : 1801;
                    parley_date c = {y, h.date.m, h.date.d};
                    if (parley_date_valid(&c)) {
                        st->pub = c;
                        st->has_pub = true;
                        st->made_up_year = y;
                    }
                }
            }
            return;
        }
        for (int k = 1; k <= 7; k++) {
            parley_date d = parley_date_add_days(st->pub, -k);
            if (d.y == h.date.y && d.m == h.date.m && d.d == h.date.d) {
                st->pub = d;
                return;
            }
        }
        return;
    }
}

/* "Azerbaijani Defense Minister meets with Kazakh counterpart in Nur-Sultan" over a body that
 * says only "the official visit to the Republic of Kazakhstan": an event placed in a country takes
 * the one city of that country a headline names. */
static void headline_cities(parley_extraction *ex)
{
    int city = -1;
    for (size_t m = 0; m < ex->n_mentions; m++) {
        const parley_mention *mm = &ex->mentions[m];
        if (mm->entity < 0 || mm->type != PARLEY_ENTITY_LOCATION || !mm->lex || mm->lex->kind != PARLEY_LEX_CITY ||
            !ex->text.sentences[mm->sentence].headline || !is_w(ex, mm->tb - (mm->tb > 0), "in"))
            continue;
        if (city >= 0 && city != mm->entity)
            return;   /* two cities: none is sure */
        city = mm->entity;
    }
    if (city < 0 || !ex->entities[city].country)
        return;
    for (size_t k = 0; k < ex->n_events; k++) {
        parley_event *ev = &ex->events[k];
        if (ev->place >= 0 && ex->entities[ev->place].type == PARLEY_ENTITY_COUNTRY &&
            strcmp(ex->entities[ev->place].name, ex->entities[city].country) == 0)
            ev->place = city;
    }
}

/* "The visit took place on Sept. 18, 2025.": with no date of the story, a sentence that tells
 * the day of the story's visit or meeting, naming no one, dates the story ("on Thursday" counts
 * from it). O(tokens). */
static void told_story_date(parley_extraction *ex, doc_state *st)
{
    static const char *const nouns[] = {"visit", "meeting", "talks", "trip", "summit", NULL};
    if (st->has_pub || st->has_last_date)
        return;
    for (size_t s = 0; s < ex->text.n_sentences; s++) {
        const parley_sentence *se = &ex->text.sentences[s];
        size_t q = se->tok_begin;
        if (se->headline || q + 5 >= se->tok_end || !is_w(ex, q, "the") || !is_w_any(ex, q + 1, nouns))
            continue;
        q += 2;
        if ((is_w(ex, q, "took") && is_w(ex, q + 1, "place")) || ((is_w(ex, q, "was") || is_w(ex, q, "were")) && is_w(ex, q + 1, "held")))
            q += 2;
        else
            continue;
        if (!is_w(ex, q, "on"))
            continue;
        bool person = false;
        for (size_t m = ex->sent_mentions[s]; m < ex->sent_mentions[s + 1] && !person; m++)
            person = ex->mentions[m].type == PARLEY_ENTITY_PERSON;
        date_hit h;
        if (person || !date_at(ex, q + 1, se->tok_end, NULL, &h) || h.kind != D_ABS || !h.date.d || !h.date.y || h.guessed_year)
            continue;
        st->pub = h.date;
        st->has_pub = true;
        return;
    }
}

/* "Ruto held separate meetings with A, B and C ... the talks with B focused on ...": a meeting or a
 * call told twice by different readings, of the same people on the same day at the same place,
 * is one event with the evidence of both (the first keeps its place in the list). Events are
 * compacted; the entities' event lists are dropped. 0 or PARLEY_ENOMEM. O(events · events of
 * each one's first participant). */
static int fold_same_events(parley_extraction *ex)
{
    size_t n = ex->n_events;
    size_t *at = malloc((n ? n : 1) * sizeof(size_t));   /* where each event went */
    if (!at)
        return PARLEY_ENOMEM;
    size_t w = 0;
    int rc = 0;
    for (size_t i = 0; i < n; i++) {
        parley_event *ev = &ex->events[i];
        size_t into = SIZE_MAX;
        if ((ev->type == PARLEY_EVENT_MEETING || ev->type == PARLEY_EVENT_CALL) && ev->n_participants >= 2 && ev->date[0] &&
            ex->part_head && ev->participants[0] >= 0 && (size_t)ev->participants[0] < ex->n_entities)
            for (int64_t nd = ex->part_head[ev->participants[0]] - 1; nd >= 0 && into == SIZE_MAX; nd = ex->parts.next[nd]) {
                size_t c = (size_t)ex->parts.item[nd];
                if (c >= i)
                    continue;
                const parley_event *o = &ex->events[at[c]];
                if (o->type == ev->type && o->status == ev->status && o->place == ev->place && strcmp(o->date, ev->date) == 0 &&
                    same_people(o, ev->participants, ev->n_participants))
                    into = at[c];
            }
        /* (out of memory: the event is kept as it is, the list stays whole, the error returned) */
        if (into != SIZE_MAX && evidence_move(&ex->events[into], ev) < 0) {
            rc = PARLEY_ENOMEM;
            into = SIZE_MAX;
        }
        if (into == SIZE_MAX) {
            if (w != i)
                ex->events[w] = *ev;
            at[i] = w++;
            continue;
        }
        at[i] = into;
    }
    free(at);
    ex->n_events = w;
    free(ex->part_head);
    ex->part_head = NULL;
    parley_lists_free(&ex->parts);
    return rc;
}

int parley_events_find(parley_extraction *ex)
{
    doc_state st = {.focus = -1, .last_meeting = -1, .story_meeting = -1, .before_story = -1, .unnamed_event = -1, .last_planned = -1, .last_call = -1, .last_agreement = -1,
                    .meeting_place = -1, .speaker = -1};
    if (index_sentences(ex) < 0)
        return PARLEY_ENOMEM;
    free(ex->part_head);
    parley_lists_free(&ex->parts);
    if (!(ex->part_head = calloc(ex->n_entities ? ex->n_entities : 1, sizeof(*ex->part_head))))
        return PARLEY_ENOMEM;
    const char *pd = parley_document_date(ex->doc);
    if (pd && parley_date_parse(&st.pub, pd) == 0 && st.pub.d)
        st.has_pub = true;
    st.no_date = calloc(ex->text.n_tokens ? ex->text.n_tokens : 1, 1);   /* NULL: no memo, same results */
    st.speaker = parley_letterhead(ex);
    acronym_titles(ex, &st);
    dateline_date(ex, &st);
    told_story_date(ex, &st);
    for (size_t s = 0; s < ex->text.n_sentences; s++) {
        size_t before = ex->n_events;
        int rc = do_sentence(ex, s, &st);
        if (rc == 0 && ex->n_events == before)
            rc = accompanied_visit(ex, s, &st);
        if (rc == 0 && ex->n_events == before)
            rc = with_whom_meeting(ex, s, &st);
        else if (rc == 0)
            rc = second_clause_meeting(ex, s, &st, before);
        if (rc == 0)
            rc = represented_by(ex, s);
        if (rc < 0) {
            free(st.no_date);
            return rc;
        }
    }
    free(st.no_date);
    st.no_date = NULL;
    headline_cities(ex);
    int rc = do_exercises(ex, &st);
    if (rc < 0)
        return rc;
    /* a made-up year is no event's: a day and month alone, else no date */
    for (size_t k = 0; st.made_up_year && k < ex->n_events; k++) {
        parley_event *ev = &ex->events[k];
        parley_date d;
        if (!ev->date[0] || ev->date[0] == '-' || parley_date_parse(&d, ev->date) != 0 || d.y < st.made_up_year - 1 ||
            d.y > st.made_up_year + 1)
            continue;
        if (d.d)
            snprintf(ev->date, sizeof(ev->date), "--%02d-%02d", d.m, d.d);
        else
            ev->date[0] = '\0';
    }
    return fold_same_events(ex);
}
