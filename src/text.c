#include "text.h"
#include "dates.h"
#include "error.h"
#include "util.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

void parley_text_free(parley_text *t)
{
    free(t->tokens);
    free(t->sentences);
    memset(t, 0, sizeof(*t));
}

/* Abbreviations that keep their period inside a sentence. */
static const char *const abbrevs[] = {
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Cpt", "Sgt", "Adm", "Brig", "Cmdr",
    "Gov", "Sen", "Rep", "Pres", "Amb", "Hon", "Rt", "St", "Eng", "Engr", "Jr", "Sr", "No", "Nos", "Vol", "Fig",
    "vs",
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mt", "Ft",
    "Inc", "Ltd", "Co", "Corp", "approx", "etc", "e.g", "i.e", "Gens", "Messrs",
    "ST", /* a dateline in capitals: "ST. PETERSBURG, August 15" */
    "Md", "Mohd", "Muhd", /* a given name's short form: "Md. Touhid Hossain" */
    "Ma",                 /* "Ma." for Maria before a name: "Ma. Theresa Lazaro" (abbrev_period_ends()) */
    NULL};

/* A month's short name before its period (an abbreviation of the list above): an abbreviation
 * only before a day ("Jun. 5"); else the period ends the sentence ("Admiral Dong Jun."). */
static bool month_abbrev_ends(const char *t, size_t len, size_t i, size_t n)
{
    if (parley_date_month_name(t + i, n) <= 0)
        return false;
    size_t q = i + n + 1;   /* past the period */
    while (q < len && (t[q] == ' ' || t[q] == '\t'))
        q++;
    return !(q < len && isdigit((unsigned char)t[q]));
}

/* After an abbreviation's period (n letters at i), the end of the text, a line break or a word
 * that opens sentences and never follows a title ("The", "He"): the period ends the sentence
 * ("... called on Senate President Hun Sen. The two leaders"). Not after "Jr" and "Sr", which keep
 * their period in a name, nor after "Md." and the like, which open one. */
static bool abbrev_period_ends(const char *t, size_t len, size_t i, size_t n)
{
    static const char *const openers[] = {"The", "He", "She", "They", "It", "This", "These", "Those", "His", "Her",
                                          "Their", "We", "Both", "But", "During", "While", "Meanwhile", "Earlier",
                                          "Later", "However", "According", NULL};
    if (n == 2 && (strncmp(t + i, "Jr", 2) == 0 || strncmp(t + i, "Sr", 2) == 0))
        return false;
    /* (nor after a given name's short form, the name going on: "Md." over "Jashim Uddin") */
    if ((n == 2 && strncmp(t + i, "Md", 2) == 0) || (n == 4 && (strncmp(t + i, "Mohd", 4) == 0 || strncmp(t + i, "Muhd", 4) == 0)))
        return false;
    size_t q = i + n + 1;   /* past the period */
    while (q < len && (t[q] == ' ' || t[q] == '\t'))
        q++;
    /* ("Ma." is Maria's short form only before a name of two capitalised words, also on the next
     * line of a wrapped text: "Ma. Theresa Lazaro", not "Jack Ma. Shares fell") */
    if (n == 2 && strncmp(t + i, "Ma", 2) == 0) {
        size_t a = q + (q < len && t[q] == '\n');
        while (a < len && t[a] == ' ')
            a++;
        size_t b = a;
        while (b < len && isalpha((unsigned char)t[b]))
            b++;
        size_t f = b;
        while (f < len && (t[f] == ' ' || (t[f] == '\n' && f == b)))
            f++;
        return !(a < len && isupper((unsigned char)t[a]) && b > a + 1 && f > b && f < len && isupper((unsigned char)t[f]));
    }
    /* (an initial, one letter, ends a sentence only before a word that opens one, "posted on X.
     * Earlier, he met"; never at a line's end, where a wrapped name goes on) */
    if (q >= len || t[q] == '\n' || t[q] == '\r')
        return n >= 2;
    size_t e = q;
    while (e < len && isalpha((unsigned char)t[e]))
        e++;
    for (int k = 0; openers[k]; k++)
        if (strlen(openers[k]) == e - q && strncmp(openers[k], t + q, e - q) == 0)
            return true;
    return false;
}

static bool is_abbrev(const char *s, size_t n)
{
    for (int i = 0; abbrevs[i]; i++)
        if (abbrevs[i][0] == s[0] && strlen(abbrevs[i]) == n && strncmp(abbrevs[i], s, n) == 0)
            return true;
    return false;
}

static const char *const tlds[] = {"az", "com", "net", "org", "ru", "kz", "uz", "ge", "am", "tr", "uk", "us",
                                   "io", "info", "pl", "in", "pk", "tv", "lt", "kg", "tj", "ua", "by", "de",
                                   "fr", "it", "es", "news", "gov", "eu", "int", "mil", NULL};

static bool is_tld(const char *s, size_t n)
{
    /* a domain that is also a word, capitalised, opens a sentence after a missing space:
     * "February.In" (but "news.am", "Gazeta.Uz") */
    static const char *const words[] = {"in", "it", "am", "by", "us", NULL};
    if (n == 2 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'a' && s[1] <= 'z')
        for (int i = 0; words[i]; i++)
            if (strncasecmp(words[i], s, 2) == 0)
                return false;
    for (int i = 0; tlds[i]; i++)
        if (strlen(tlds[i]) == n && strncasecmp(tlds[i], s, n) == 0)
            return true;
    return false;
}

static inline size_t cp_at(const char *t, size_t len, size_t i, uint32_t *cp)
{
    unsigned char c = (unsigned char)t[i];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    return parley_utf8_decode(cp, (const unsigned char *)t + i, len - i);
}

static inline bool ascii_letter(uint32_t c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

static inline bool is_word_cp(uint32_t cp)
{
    if (cp < 0x80)
        return ascii_letter(cp) || (cp >= '0' && cp <= '9');
    return parley_is_letter(cp) || (cp >= 0x300 && cp <= 0x36F);
}

/* ASCII letters and digits, for the fast paths below */
static inline bool ascii_alnum(unsigned char c) { return ascii_letter(c) || (c >= '0' && c <= '9'); }

/* end of a run of word characters starting at i */
static size_t word_end(const char *t, size_t len, size_t i)
{
    while (i < len) {
        unsigned char c = (unsigned char)t[i];
        if (c < 0x80) {
            if (!ascii_alnum(c))
                break;
            i++;
            continue;
        }
        uint32_t cp;
        size_t k = cp_at(t, len, i, &cp);
        if (!is_word_cp(cp))
            break;
        i += k;
    }
    return i;
}

/* What a token's flags need to know of its characters. */
typedef struct {
    int letters, upper;   /* letters, and upper-case ones among them */
    bool digits;          /* ASCII digits only */
    bool ascii;           /* ASCII bytes only */
} word_info;

/* The end of the run of word characters from i, counting its letters on the way (one pass). */
static size_t scan_word(const char *t, size_t len, size_t i, word_info *w)
{
    int letters = 0, upper = 0;
    bool digits = true, ascii = true;
    while (i < len) {
        unsigned char c = (unsigned char)t[i];
        if (c < 0x80) {
            if ((unsigned)((c | 0x20) - 'a') < 26u) {
                letters++;
                upper += c <= 'Z';
                digits = false;
            } else if ((unsigned)(c - '0') >= 10u) {
                break;
            }
            i++;
            continue;
        }
        uint32_t cp;
        size_t k = parley_utf8_decode(&cp, (const unsigned char *)t + i, len - i);
        bool letter = parley_is_letter(cp);
        if (!letter && !(cp >= 0x300 && cp <= 0x36F))
            break;
        if (letter) {
            letters++;
            upper += parley_is_upper(cp);
        }
        digits = ascii = false;
        i += k;
    }
    *w = (word_info){letters, upper, digits, ascii};
    return i;
}

/* A new token [s, e) of the kind at the end of out (its flags to be set), or NULL when out of
 * memory. */
static parley_token *new_token(parley_text *out, size_t s, size_t e, int kind)
{
    if (PARLEY_GROW(out->tokens, out->cap_tokens, out->n_tokens + 1) < 0)
        return NULL;
    parley_token *tk = &out->tokens[out->n_tokens++];
    tk->start = (uint32_t)s;
    tk->end = (uint32_t)e;
    tk->kind = (uint8_t)kind;
    return tk;
}

/* Append token [s, e) of a kind other than punctuation, whose characters w describes. */
static int push_word(parley_text *out, size_t s, size_t e, int kind, int flags, const word_info *w)
{
    parley_token *tk = new_token(out, s, e, kind);
    if (!tk)
        return PARLEY_ENOMEM;
    uint32_t cp;
    unsigned char c0 = (unsigned char)out->text[s];
    if (c0 < 0x80 ? c0 >= 'A' && c0 <= 'Z' : (cp_at(out->text, e, s, &cp), parley_is_upper(cp)))
        flags |= PARLEY_TOK_CAP;
    if (w->letters >= 2 && w->upper == w->letters)
        flags |= PARLEY_TOK_ALLCAPS;
    if (w->ascii)
        flags |= PARLEY_TOK_ASCII;
    tk->flags = (uint8_t)flags;
    return 0;
}

/* Is the apostrophe at t[i] a possessive after a word ending in s ("Belarus' Security Council",
 * "the ministers' talks"): glued to that word, before a space, and no closing quote of a phrase
 * opened by an apostrophe earlier on its line ("the 'Freedom Flags' exercise")? */
static bool plural_possessive(const parley_text *out, const char *t, size_t len, size_t i)
{
    if (!out->n_tokens || i == 0 || (t[i - 1] != 's' && t[i - 1] != 'S') || out->tokens[out->n_tokens - 1].end != i ||
        out->tokens[out->n_tokens - 1].kind != PARLEY_TOK_WORD || (i + 1 < len && t[i + 1] != ' '))
        return false;
    for (size_t k = i; k-- > 0 && k + 120 > i && t[k] != '\n';)
        if (t[k] == '\'' && (k == 0 || t[k - 1] == ' ' || t[k - 1] == '(' || t[k - 1] == '"') && k + 1 < len &&
            isalnum((unsigned char)t[k + 1]))
            return false;
    return true;
}

/* Append token [s, e), reading its characters for its flags. */
static int push_tok(parley_text *out, size_t s, size_t e, int kind, int flags)
{
    if (kind != PARLEY_TOK_PUNCT) {
        word_info w = {0, 0, true, true};
        for (size_t i = s; i < e;) {
            unsigned char c = (unsigned char)out->text[i];
            if (c < 0x80) {
                if (ascii_letter(c)) {
                    w.letters++;
                    w.upper += c >= 'A' && c <= 'Z';
                }
                i++;
                continue;
            }
            w.ascii = false;
            uint32_t cp;
            size_t k = cp_at(out->text, e, i, &cp);
            if (parley_is_letter(cp)) {
                w.letters++;
                w.upper += parley_is_upper(cp);
            }
            i += k;
        }
        return push_word(out, s, e, kind, flags, &w);
    }
    parley_token *tk = new_token(out, s, e, kind);
    if (!tk)
        return PARLEY_ENOMEM;
    tk->flags = (uint8_t)(flags | (e == s + 1 && (unsigned char)out->text[s] < 0x80 ? PARLEY_TOK_ASCII : 0));
    return 0;
}

static int tokenize(parley_text *out, const char *t, size_t len, parley_text_abbrev_fn abbrev, const void *ud)
{
    size_t i = 0;
    int flags = 0;
    int newlines = 0;
    while (i < len) {
        unsigned char c = (unsigned char)t[i];
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
            flags |= PARLEY_TOK_SPACE;
            if (c == '\n') {
                flags |= PARLEY_TOK_NEWLINE;
                if (++newlines >= 2)
                    flags |= PARLEY_TOK_PARA;
            }
            i++;
            continue;
        }
        newlines = 0;
        uint32_t cp;
        size_t k = cp_at(t, len, i, &cp);
        int rc;
        if (is_word_cp(cp)) {
            word_info wi;
            size_t e = scan_word(t, len, i, &wi), e0 = e;
            if (wi.digits) {
                /* numbers: 2,500  3.5  26/12/2023 */
                while (e + 1 < len && (t[e] == ',' || t[e] == '.' || t[e] == '/' || t[e] == ':') &&
                       isdigit((unsigned char)t[e + 1]))
                    e = word_end(t, len, e + 1);
                rc = e == e0 ? push_word(out, i, e, PARLEY_TOK_NUM, flags, &wi) : push_tok(out, i, e, PARLEY_TOK_NUM, flags);
            } else {
                int extra = 0;
                bool grown = false;   /* more word characters than scan_word() saw: read them again */
                /* letter-period sequences: U.S., U.K., H.E., U.S.A. */
                if (e - i == 1 && e + 1 < len && t[e] == '.' && isalpha((unsigned char)t[e + 1]) &&
                    (e + 2 >= len || t[e + 2] == '.' || !isalpha((unsigned char)t[e + 2]))) {
                    size_t q = e;
                    while (q + 1 < len && t[q] == '.' && isalpha((unsigned char)t[q + 1]) &&
                           (q + 2 >= len || !isalpha((unsigned char)t[q + 2])))
                        q += 2;
                    e = q;
                    grown = true;
                    if (e < len && t[e] == '.') {
                        e++;
                        extra = PARLEY_TOK_ABBREV;
                    }
                } else if ((e - i == 1 || (e - i == 2 && (strchr("hsaou", t[i + 1]) || is_abbrev(t + i, 2)))) && isupper(c) &&
                           e + 2 < len &&
                           t[e] == '.' && isupper((unsigned char)t[e + 1]) && islower((unsigned char)t[e + 2])) {
                    /* an initial glued to the name it opens, as Mongolian names are written:
                     * "N.Enkhbold" is the initial "N." and the word "Enkhbold" (so is a Cyrillic
                     * letter's two: "Ch.Bold", "Ts.Nyamdorj", "Kh.Battulga"; and a short form glued to
                     * the name: "St.Petersburg", "Dr.Rao") */
                    e++;
                    extra = PARLEY_TOK_ABBREV;
                } else if (e < len && t[e] == '.' && e + 1 < len && isalpha((unsigned char)t[e + 1])) {
                    /* a site name: News.Az */
                    size_t q = word_end(t, len, e + 1);
                    if (is_tld(t + e + 1, q - e - 1) && (q >= len || !isalpha((unsigned char)t[q])) && e - i >= 2) {
                        e = q;
                        grown = true;
                    }
                } else if (e < len && t[e] == '.' &&
                           ((is_abbrev(t + i, e - i) && !month_abbrev_ends(t, len, i, e - i)) || (e - i == 1 && isupper(c)) ||
                            (abbrev && abbrev(t + i, e - i, ud))) &&
                           !abbrev_period_ends(t, len, i, e - i)) {
                    e++;
                    extra = PARLEY_TOK_ABBREV;
                }
                /* apostrophes: d'Ivoire, O'Brien stay in the word; 's is a token of its own */
                while (e + 1 < len && t[e] == '\'' && !(t[e + 1] == 's' && (e + 2 >= len || !isalpha((unsigned char)t[e + 2])))) {
                    uint32_t ncp;
                    cp_at(t, len, e + 1, &ncp);
                    if (!parley_is_letter(ncp))
                        break;
                    e = word_end(t, len, e + 1);
                    grown = true;
                }
                /* a period taken in (an abbreviation, an initial) adds no letter */
                rc = grown ? push_tok(out, i, e, PARLEY_TOK_WORD, flags | extra)
                           : push_word(out, i, e, PARLEY_TOK_WORD, flags | extra, &wi);
            }
            i = e;
        } else if (c == '\'' && i + 1 < len && t[i + 1] == 's' && (i + 2 >= len || !isalpha((unsigned char)t[i + 2]))) {
            rc = push_tok(out, i, i + 2, PARLEY_TOK_WORD, flags);
            i += 2;
        } else if (c == '\'' && plural_possessive(out, t, len, i)) {
            rc = push_tok(out, i, i + 1, PARLEY_TOK_WORD, flags);   /* a possessive (parley_text_tok_poss()) */
            i += 1;
        } else {
            rc = push_tok(out, i, i + k, PARLEY_TOK_PUNCT, flags);
            i += k;
        }
        if (rc < 0)
            return rc;
        flags = 0;
    }
    return 0;
}

static bool opens_sentence(const parley_text *out, size_t j)
{
    const parley_token *tk = &out->tokens[j];
    char c = out->text[tk->start];
    return (tk->flags & PARLEY_TOK_CAP) || tk->kind == PARLEY_TOK_NUM || c == '"' || c == '\'' || c == '(' ||
           c == '-';
}

static int push_sentence(parley_text *out, size_t b, size_t e)
{
    if (e <= b)
        return 0;
    if (PARLEY_GROW(out->sentences, out->cap_sentences, out->n_sentences + 1) < 0)
        return PARLEY_ENOMEM;
    parley_sentence *s = &out->sentences[out->n_sentences++];
    s->tok_begin = (uint32_t)b;
    s->tok_end = (uint32_t)e;
    s->start = out->tokens[b].start;
    s->end = out->tokens[e - 1].end;
    /* a headline: no final punctuation, most long words capitalised */
    const parley_token *last = &out->tokens[e - 1];
    char lc = out->text[last->start];
    int words = 0, caps = 0;
    for (size_t i = b; i < e; i++)
        if (out->tokens[i].kind == PARLEY_TOK_WORD && parley_text_tok_len(out, i) >= 4) {
            words++;
            caps += (out->tokens[i].flags & PARLEY_TOK_CAP) != 0;
        }
    /* a last word written with its period ("Jun.", "U.S.") closes the sentence too */
    char lend = out->text[last->end - 1];
    /* (a quotation's closing mark right after a word closes no sentence: 'visits Putin on "peace
     * mission"') */
    bool quoted_word = lc == '"' && e - 1 > b && out->tokens[e - 2].kind == PARLEY_TOK_WORD;
    bool open_end = !(last->kind == PARLEY_TOK_PUNCT && (lc == '.' || lc == '!' || lc == '?' || (lc == '"' && !quoted_word) ||
                                                         lc == ':' || lc == ',')) &&
                    !(last->kind == PARLEY_TOK_WORD && lend == '.');
    /* or one of the first lines, a line of its own, in sentence case: "Georgia, Azerbaijan sign
     * defence cooperation plan" */
    size_t all = 0;
    for (size_t i = b; i < e; i++)
        all += out->tokens[i].kind == PARLEY_TOK_WORD;
    bool own_paragraph = e >= out->n_tokens || (out->tokens[e].flags & PARLEY_TOK_NEWLINE);
    /* an item of a list ("- Foreign Minister of Japan Yoko Kamikawa") is no headline */
    const parley_token *first = &out->tokens[b];
    char fc = out->text[first->start];
    s->item = first->kind == PARLEY_TOK_PUNCT && (fc == '-' || fc == '*' || (unsigned char)fc == 0xE2);
    /* (... among the first six when a paragraph of its own, past a site's menu lines: "Skip to
     * main content / MENU / Hurriyet Daily News / Turkish, Qatari leaders sign 15 agreements") */
    bool paragraph = own_paragraph && (b == 0 || (first->flags & PARLEY_TOK_PARA)) &&
                     (e >= out->n_tokens || (out->tokens[e].flags & PARLEY_TOK_PARA));
    /* (a line that tells in the past, "X met with President of Y Z", "X held talks with Y", is a
     * sentence of its own: headlines tell in the present; a title of kremlin.ru and its like) */
    /* (the verb right after the subject's capitalised name, no comma before it: not "Rutte, who
     * met Trump last week, says ...") */
    bool past = false;
    for (size_t i = b + 1; i < e && all >= 6 && !past; i++) {
        if (out->tokens[i].kind == PARLEY_TOK_PUNCT && out->text[out->tokens[i].start] == ',')
            break;
        past = (out->tokens[i - 1].flags & PARLEY_TOK_CAP) &&
               (parley_text_tok_is(out, i, "met") ||
                (parley_text_tok_is(out, i, "held") && i + 1 < e && parley_text_tok_is(out, i + 1, "talks")));
    }
    s->headline = open_end && !s->item && !past &&
                  ((words >= 3 && caps * 10 >= words * 7) ||
                   ((out->n_sentences <= 3 || (out->n_sentences <= 6 && paragraph)) && own_paragraph && all >= 4 &&
                    all <= 20));
    return 0;
}

int parley_text_split(parley_text *out, const char *text, size_t len)
{
    return parley_text_split_with(out, text, len, NULL, NULL);
}

int parley_text_split_with(parley_text *out, const char *text, size_t len, parley_text_abbrev_fn abbrev,
                           const void *ud)
{
    memset(out, 0, sizeof(*out));
    out->text = text;
    /* about one token for five bytes of news text: one allocation for most documents */
    if (PARLEY_GROW(out->tokens, out->cap_tokens, len / 5 + 16) < 0)
        return PARLEY_ENOMEM;
    int rc = tokenize(out, text, len, abbrev, ud);
    if (rc < 0)
        return rc;
    size_t b = 0;
    for (size_t i = 0; i < out->n_tokens; i++) {
        const parley_token *tk = &out->tokens[i];
        if (i > b && (tk->flags & PARLEY_TOK_NEWLINE)) {
            if ((rc = push_sentence(out, b, i)) < 0)
                return rc;
            b = i;
        }
        if (tk->kind != PARLEY_TOK_PUNCT)
            continue;
        char c = text[tk->start];
        if (c != '.' && c != '!' && c != '?')
            continue;
        size_t j = i + 1;
        /* closing quotes and brackets stay with the sentence */
        while (j < out->n_tokens && out->tokens[j].kind == PARLEY_TOK_PUNCT && !(out->tokens[j].flags & PARLEY_TOK_SPACE) &&
               (text[out->tokens[j].start] == '"' || text[out->tokens[j].start] == '\'' ||
                text[out->tokens[j].start] == ')' || text[out->tokens[j].start] == '.'))
            j++;
        /* "Maj. Gen. (res.) X": a short word's period inside brackets opened right before it
         * ends no sentence (the bracket closes right after it, the line goes on) */
        bool bracketed = i >= b + 2 && j == i + 2 && text[out->tokens[i + 1].start] == ')' &&
                         out->tokens[i - 1].kind == PARLEY_TOK_WORD && out->tokens[i - 1].end - out->tokens[i - 1].start <= 5 &&
                         out->tokens[i - 2].kind == PARLEY_TOK_PUNCT && text[out->tokens[i - 2].start] == '(' &&
                         j < out->n_tokens && !(out->tokens[j].flags & PARLEY_TOK_NEWLINE);
        if (!bracketed && (j >= out->n_tokens || opens_sentence(out, j) || (out->tokens[j].flags & PARLEY_TOK_NEWLINE))) {
            if ((rc = push_sentence(out, b, j)) < 0)
                return rc;
            b = j;
            i = j - 1;
        }
    }
    return push_sentence(out, b, out->n_tokens);
}
