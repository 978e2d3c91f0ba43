/* Lexicon matching over tokens: every phrase that starts at each token is found once, when the
 * text is tagged; later queries by kind read that cache. */
#include "extraction.h"
#include "dates.h"
#include "error.h"
#include "util.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* Append token i's folded text to b, with the joining rule of lexicon keys: a space before
 * a token that had white space before it, none around hyphens. */
static int key_append(const parley_extraction *ex, parley_buf *b, size_t i, bool first)
{
    const parley_token *tk = &ex->text.tokens[i];
    const char *s = ex->text.text + tk->start;
    size_t n = tk->end - tk->start;
    if (!first && (tk->flags & PARLEY_TOK_SPACE) && !(n == 1 && *s == '-') &&
        !(b->len && b->data[b->len - 1] == '-'))
        if (parley_buf_putc(b, ' ') < 0)
            return PARLEY_ENOMEM;
    if (!ex->lower || !(tk->flags & PARLEY_TOK_ASCII))
        return parley_fold(b, s, n);
    if (PARLEY_GROW(b->data, b->cap, b->len + n + 1) < 0)
        return PARLEY_ENOMEM;
    memcpy(b->data + b->len, ex->lower + tk->start, n);
    b->len += n;
    b->data[b->len] = '\0';
    return 0;
}

/* The text with ASCII letters in lower case, other bytes as they are: for an ASCII token the
 * same bytes as parley_fold() gives, without a call per token. NULL when out of memory. */
static char *lower_ascii(const char *text, size_t len)
{
    char *out = malloc(len + 1);
    if (!out)
        return NULL;
    const uint64_t ones = 0x0101010101010101ULL, high = 0x8080808080808080ULL;
    size_t i = 0;
    /* eight bytes at a time: a high bit marks each capital (sums of 7-bit values never carry) */
    for (; i + 8 <= len; i += 8) {
        uint64_t x, h;
        memcpy(&x, text + i, 8);
        h = x & ~high;
        if ((((h ^ (ones * '`')) - ones) & ~h & high))
            break;   /* a backquote: the bytes from here one by one */
        uint64_t upper = (h + ones * (0x80 - 'A')) & ~(h + ones * (0x80 - 'Z' - 1)) & ~x & high;
        x |= upper >> 2;
        memcpy(out + i, &x, 8);
    }
    for (; i < len; i++) {
        unsigned char c = (unsigned char)text[i];
        out[i] = (char)(c == '`' ? '\'' : c + (((unsigned)c - 'A' < 26u) << 5));
    }
    out[len] = '\0';
    return out;
}

char *parley_tokens_key(const parley_extraction *ex, size_t b, size_t e)
{
    parley_buf buf = {0};
    for (size_t i = b; i < e; i++)
        if (key_append(ex, &buf, i, i == b) < 0) {
            parley_buf_free(&buf);
            return NULL;
        }
    return parley_buf_detach(&buf);
}

/* Does the entry's case condition hold for tokens [b, e)? */
static bool case_ok(const parley_extraction *ex, const parley_lex_entry *e, size_t b, size_t end)
{
    const parley_token *tk = &ex->text.tokens[b];
    /* "the Alliance": the capital is the word's after a leading "the" */
    if (e->need_cap && !(tk->flags & PARLEY_TOK_CAP) &&
        !(b + 1 < end && !strncasecmp(e->surface, "the ", 4) && (ex->text.tokens[b + 1].flags & PARLEY_TOK_CAP)))
        return false;
    if (e->need_exact) {
        /* compare the text, without spaces, against the surface, without spaces */
        const char *s = e->surface;
        for (size_t i = b; i < end; i++) {
            const parley_token *t = &ex->text.tokens[i];
            for (uint32_t k = t->start; k < t->end; k++) {
                while (*s == ' ')
                    s++;
                if (*s != ex->text.text[k])
                    return false;
                s++;
            }
        }
        while (*s == ' ')
            s++;
        return *s == '\0';
    }
    return true;
}

_Static_assert(PARLEY_LEX_N_KINDS <= 64, "match_kinds holds one bit per lexicon kind");

size_t parley_match_at(const parley_extraction *ex, size_t i, int kind, const parley_lex_entry **out)
{
    if (!ex->match_off || i >= ex->text.n_tokens)
        return 0;
    /* longest first */
    for (uint32_t k = ex->match_off[i + 1]; k-- > ex->match_off[i];) {
        size_t l = ex->match_len[k];
        for (const parley_lex_entry *e = ex->match_entry[k]; e; e = e->next)
            if ((kind < 0 || (int)e->kind == kind) && case_ok(ex, e, i, i + l)) {
                if (out)
                    *out = e;
                return l;
            }
    }
    return 0;
}

int parley_mentions_tag(parley_extraction *ex)
{
    size_t n = ex->text.n_tokens;
    ex->tag_entry = calloc(n ? n : 1, sizeof(*ex->tag_entry));
    ex->tag_len = calloc(n ? n : 1, 1);
    ex->match_off = calloc(n + 1, sizeof(uint32_t));
    if (!ex->tag_entry || !ex->tag_len || !ex->match_off)
        return PARLEY_ENOMEM;
    size_t cap = 0, count = 0;
    parley_buf b = {0};
    int rc = 0;
    size_t maxl = (size_t)parley_lexicon_max_tokens(ex->lex);
    /* NULL when out of memory: the keys are folded token by token */
    ex->lower = lower_ascii(ex->text.text, n ? ex->text.tokens[n - 1].end : 0);
    for (size_t s = 0; s < ex->text.n_sentences && rc == 0; s++) {
        const parley_sentence *se = &ex->text.sentences[s];
        for (size_t i = se->tok_begin; i < se->tok_end && rc == 0; i++) {
            ex->match_off[i] = (uint32_t)count;
            if (ex->text.tokens[i].kind == PARLEY_TOK_PUNCT)
                continue;
            parley_buf_clear(&b);
            /* While the key is a stretch of the lower-cased text as it stands (ASCII words joined
             * by one space, or by nothing around a hyphen, as keys are joined), it is probed where
             * it lies; else it is built in b. */
            const char *kp = NULL;
            size_t klen = 0;
            for (size_t l = 1; l <= maxl && i + l <= se->tok_end && l < 256; l++) {
                size_t j = i + l - 1;
                const parley_token *tj = &ex->text.tokens[j];
                if (l == 1 && ex->lower && (tj->flags & PARLEY_TOK_ASCII)) {
                    kp = ex->lower + tj->start;
                    klen = tj->end - tj->start;
                } else if (kp) {
                    size_t gap = tj->start - tj[-1].end;
                    bool space = (tj->flags & PARLEY_TOK_SPACE) && !(tj->end - tj->start == 1 && ex->lower[tj->start] == '-') &&
                                 kp[klen - 1] != '-';
                    if ((tj->flags & PARLEY_TOK_ASCII) &&
                        (space ? gap == 1 && ex->lower[tj[-1].end] == ' ' : gap == 0)) {
                        klen = (size_t)(ex->lower + tj->end - kp);
                    } else {
                        if ((rc = parley_buf_put(&b, kp, klen)) < 0 || (rc = key_append(ex, &b, j, false)) < 0)
                            break;
                        kp = NULL;
                    }
                } else if ((rc = key_append(ex, &b, j, l == 1)) < 0) {
                    break;
                }
                bool known;
                const parley_lex_entry *e = kp ? parley_lexicon_probe(ex->lex, kp, klen, &known)
                                               : parley_lexicon_probe(ex->lex, b.data, b.len, &known);
                if (!known)
                    break;
                if (!e)
                    continue;
                if (count + 1 > cap) {
                    size_t ncap = cap ? cap * 2 : 64;
                    uint8_t *ml = realloc(ex->match_len, ncap);
                    if (!ml) {
                        rc = PARLEY_ENOMEM;
                        break;
                    }
                    ex->match_len = ml;
                    const parley_lex_entry **me = realloc(ex->match_entry, ncap * sizeof(*me));
                    if (!me) {
                        rc = PARLEY_ENOMEM;
                        break;
                    }
                    ex->match_entry = me;
                    cap = ncap;
                }
                ex->match_len[count] = (uint8_t)l;
                ex->match_entry[count] = e;
                count++;
            }
        }
    }
    parley_buf_free(&b);
    free(ex->lower);
    ex->lower = NULL;
    if (rc < 0)
        return rc;
    /* tokens after the last sentence, and the end */
    for (size_t i = 0; i <= n; i++)
        if (i == n || ex->match_off[i] < (i ? ex->match_off[i - 1] : 0))
            ex->match_off[i] = (uint32_t)count;
    for (size_t i = n; i-- > 0;)
        if (ex->match_off[i] > ex->match_off[i + 1])
            ex->match_off[i] = ex->match_off[i + 1];
    if (!(ex->match_kinds = calloc(n ? n : 1, sizeof(uint64_t))))
        return PARLEY_ENOMEM;
    for (size_t i = 0; i < n; i++)
        for (uint32_t k = ex->match_off[i]; k < ex->match_off[i + 1]; k++)
            for (const parley_lex_entry *e = ex->match_entry[k]; e; e = e->next)
                ex->match_kinds[i] |= UINT64_C(1) << e->kind;
    for (size_t i = 0; i < n; i++) {
        if (ex->match_off[i] == ex->match_off[i + 1])
            continue;   /* no phrase starts here */
        const parley_lex_entry *e = NULL;
        size_t l = parley_match(ex, i, -1, &e);
        if (l) {
            ex->tag_entry[i] = e;
            ex->tag_len[i] = (uint8_t)(l > 255 ? 255 : l);
        }
    }
    return 0;
}

const parley_lex_entry *parley_tag_kind(const parley_extraction *ex, size_t i, parley_lex_kind kind)
{
    const parley_lex_entry *e = NULL;
    return parley_match(ex, i, (int)kind, &e) ? e : NULL;
}

size_t parley_sentence_of(const parley_extraction *ex, size_t tok)
{
    size_t lo = 0, hi = ex->text.n_sentences;
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if (ex->text.sentences[mid].tok_begin <= tok)
            lo = mid;
        else
            hi = mid;
    }
    return lo;
}

size_t parley_mention_from(const parley_extraction *ex, size_t lo, size_t hi, size_t tok)
{
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (ex->mentions[mid].tb < tok)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

static bool tok_is(const parley_extraction *ex, size_t i, const char *w)
{
    return parley_text_tok_is(&ex->text, i, w);
}

size_t parley_leader_office_at(const parley_extraction *ex, size_t k)
{
    static const char *const one[] = {"President", "King", "Queen", "Emir", "Chancellor", "Premier", NULL};
    if (k >= ex->text.n_tokens)
        return 0;
    for (size_t i = 0; one[i]; i++)
        if (parley_text_tok_is(&ex->text, k, one[i]))
            return 1;
    return k + 1 < ex->text.n_tokens && parley_text_tok_is(&ex->text, k, "Prime") &&
                   parley_text_tok_is(&ex->text, k + 1, "Minister")
               ? 2
               : 0;
}

/* The first token of the person mention ending right before token t and starting at b or later,
 * or SIZE_MAX. The mentions are in text order: a binary search, then a few steps back. */
static size_t person_ending_at(const parley_extraction *ex, size_t t, size_t b)
{
    size_t lo = parley_mention_from(ex, 0, ex->n_mentions, t);   /* the first mention starting at t or later */
    for (size_t m = lo, k = 0; m-- > 0 && k < 8; k++) {
        const parley_mention *mm = &ex->mentions[m];
        if (mm->tb < b)
            break;
        if (mm->te == t && mm->type == PARLEY_ENTITY_PERSON)
            return mm->tb;
    }
    return SIZE_MAX;
}

bool parley_phrase_before_title(const parley_extraction *ex, size_t name, size_t sb, int kind)
{
    /* a later one of people listed after the phrase ("greetings of King A and Crown Prince B",
     * "accompanied by A, B and C"): back over at most eight of them */
    for (int listed = 0; listed < 8; listed++) {
        size_t q = name;
        for (;;) {
            while (q > sb && q + 8 > name &&
                   (parley_match(ex, q - 1, PARLEY_LEX_OFFICE, NULL) || parley_match(ex, q - 1, PARLEY_LEX_RANK, NULL) ||
                    parley_match(ex, q - 1, PARLEY_LEX_MODIFIER, NULL) || parley_match(ex, q - 1, PARLEY_LEX_DOMAIN, NULL) ||
                    parley_match(ex, q - 1, PARLEY_LEX_HONORIFIC, NULL) || tok_is(ex, q - 1, "the") ||
                    /* "a message from Iranian Foreign Minister X" */
                    parley_match(ex, q - 1, PARLEY_LEX_DEMONYM, NULL) ||
                    tok_is(ex, q - 1, "his") || tok_is(ex, q - 1, "her") || tok_is(ex, q - 1, "of") ||
                    tok_is(ex, q - 1, ",")))
                q--;
            /* an office, domain or honorific of several words ending here: "Custodian of the Two
             * Holy Mosques", "International Relations", "His Majesty" */
            size_t start = q;
            for (size_t k = q > sb + 8 ? q - 8 : sb;
                 k + 1 < q && start == q && ex->text.tokens[q - 1].kind == PARLEY_TOK_WORD &&
                 (ex->text.tokens[q - 1].flags & PARLEY_TOK_CAP); k++)
                if (parley_match(ex, k, PARLEY_LEX_OFFICE, NULL) == q - k || parley_match(ex, k, PARLEY_LEX_DOMAIN, NULL) == q - k ||
                    parley_match(ex, k, PARLEY_LEX_HONORIFIC, NULL) == q - k)   /* ("His Majesty King X") */
                    start = k;
            if (start == q)
                break;
            q = start;
        }
        /* ... a list after a colon and a plural office: "accompanied by three cabinet ministers:
         * A, B and C" */
        if (q > sb + 2 && tok_is(ex, q - 1, ":") && ex->text.tokens[q - 2].kind == PARLEY_TOK_WORD &&
            parley_plural_office(ex, ex->text.text + ex->text.tokens[q - 2].start,
                                 ex->text.tokens[q - 2].end - ex->text.tokens[q - 2].start)) {
            static const char *const counts[] = {"two", "three", "four", "five", "six", "seven", "several", NULL};
            size_t r = q - 2;
            while (r > sb && r + 4 > q && (parley_match(ex, r - 1, PARLEY_LEX_DOMAIN, NULL) || tok_is(ex, r - 1, "cabinet") ||
                                           parley_match(ex, r - 1, PARLEY_LEX_MODIFIER, NULL) ||
                                           parley_text_tok_in_ci(&ex->text, r - 1, counts) ||
                                           ex->text.tokens[r - 1].kind == PARLEY_TOK_NUM))
                r--;
            for (size_t t = r; t + 1 < q; t++)
                if (parley_phrase_ends_at(ex, kind, t, sb))
                    return true;
        }
        while (q < name && (tok_is(ex, q, ",") || tok_is(ex, q, "of")))
            q++;
        /* a phrase of the kind ending at q, or at a point inside the title walked over ("his wife") */
        for (size_t t = q; t <= name; t++)
            if (parley_phrase_ends_at(ex, kind, t, sb))
                return true;
        if (!(q >= sb + 2 && (tok_is(ex, q - 1, "and") || tok_is(ex, q - 1, ","))))
            return false;
        size_t prev = person_ending_at(ex, q - 1, sb);
        if (prev == SIZE_MAX || prev >= q - 1)
            return false;
        name = prev;
    }
    return false;
}

size_t parley_phrase_start(const parley_extraction *ex, int kind, size_t t, size_t b)
{
    for (size_t start = t > b + 4 ? t - 4 : b; start < t; start++) {
        size_t l = parley_match(ex, start, kind, NULL);
        if (l && start + l == t)
            return start;
    }
    return SIZE_MAX;
}

bool parley_phrase_ends_at(const parley_extraction *ex, int kind, size_t t, size_t b)
{
    return parley_phrase_start(ex, kind, t, b) != SIZE_MAX;
}

bool parley_document_signed_in(const parley_extraction *ex, size_t t, size_t b)
{
    return t >= b + 3 && parley_text_tok_is(&ex->text, t - 1, "in") &&
           (parley_text_tok_is(&ex->text, t - 2, "signed") || parley_text_tok_is(&ex->text, t - 2, "adopted")) &&
           parley_phrase_ends_at(ex, PARLEY_LEX_DOCUMENT, t - 2, b);
}

bool parley_rank_opens_body(const parley_extraction *ex, size_t i, size_t end)
{
    size_t l = parley_match(ex, i, PARLEY_LEX_RANK, NULL);
    if (l != 1 || parley_match(ex, i, PARLEY_LEX_OFFICE, NULL))
        return false;
    for (size_t q = i + 1; q < end && q <= i + 3; q++) {
        const parley_token *tk = &ex->text.tokens[q];
        if (tk->kind != PARLEY_TOK_WORD || !(tk->flags & PARLEY_TOK_CAP) || parley_match(ex, q, PARLEY_LEX_RANK, NULL) ||
            parley_match(ex, q, PARLEY_LEX_OFFICE, NULL))
            return false;
        if (parley_match(ex, q, PARLEY_LEX_ORGHEAD, NULL))
            return !(q + 1 < end && ex->text.tokens[q + 1].kind == PARLEY_TOK_WORD &&
                     (ex->text.tokens[q + 1].flags & PARLEY_TOK_CAP));
    }
    return false;
}

bool parley_topic_noun(const parley_extraction *ex, size_t i)
{
    static const char *const topics[] = {"war", "conflict", "situation", "crisis", "developments", "peace",
                                         "stability", "security", "elections", "fighting", "violence",
                                         "events", "investment", "investments", "operations", "project", "projects",
                                         "ceasefire", "truce", "settlement", "reconstruction", "humanitarian",
                                         NULL};
    return parley_text_tok_in_ci(&ex->text, i, topics);
}

bool parley_plural_office(const parley_extraction *ex, const char *w, size_t n)
{
    if (n <= 3 || (w[n - 1] != 's' && w[n - 1] != 'S'))
        return false;
    /* ASCII, lower-cased on the stack: the folded key; else folded in full */
    char low[32];
    size_t k = 0;
    while (k + 1 < n && k < sizeof(low) && (unsigned char)w[k] < 0x80) {
        low[k] = (char)tolower((unsigned char)w[k]);
        k++;
    }
    if (k + 1 == n)
        return parley_lexicon_find(ex->lex, PARLEY_LEX_OFFICE, low, k) != NULL;
    parley_buf key = {0};
    bool office = parley_fold(&key, w, n - 1) == 0 && key.data &&
                  parley_lexicon_find(ex->lex, PARLEY_LEX_OFFICE, key.data, key.len) != NULL;
    parley_buf_free(&key);
    return office;
}

bool parley_office_initials_at(const parley_extraction *ex, size_t k, uint64_t mask)
{
    const parley_token *t = &ex->text.tokens[k];
    size_t n = t->end - t->start;
    return t->kind == PARLEY_TOK_WORD && (t->flags & PARLEY_TOK_ALLCAPS) && !(t->flags & PARLEY_TOK_ABBREV) && n >= 2 &&
           n <= 5 && !(ex->match_kinds && (ex->match_kinds[k] & ~mask));
}

bool parley_on_sidelines(const parley_extraction *ex, size_t b, size_t e)
{
    static const char *const words[] = {"sidelines", "sideline", "margins", "margin", NULL};
    for (size_t q = b; q < e; q++)
        if (parley_text_tok_in_ci(&ex->text, q, words))
            return true;
    return false;
}

bool parley_in_quotation(const parley_extraction *ex, size_t s, size_t t)
{
    bool in = false;
    for (size_t q = ex->text.sentences[s].tok_begin; q < t; q++)
        in ^= ex->text.tokens[q].kind == PARLEY_TOK_PUNCT && parley_text_tok_is(&ex->text, q, "\"");
    return in;
}

bool parley_in_other_time_clause(const parley_extraction *ex, const parley_sentence *se, size_t p)
{
    static const char *const spans[] = {"day", "days", "week", "weeks", "hours", "month", "months", NULL};
    const parley_text *t = &ex->text;
    for (size_t q = p; q-- > se->tok_begin + 2 && q + 20 > p;) {
        if (parley_text_tok_is(t, q, ",") || parley_text_tok_is(t, q, ";"))
            return false;
        /* ", a day after ...", and "The meeting came a day after ...", "took place two days
         * before ..." (the main event's predicate, the clause's time) */
        static const char *const predicates[] = {"came", "comes", "place", "occurred", NULL};
        if ((parley_text_tok_is(t, q, "after") || parley_text_tok_is(t, q, "before")) && parley_text_tok_in_ci(t, q - 1, spans))
            for (size_t r = q - 1; r > se->tok_begin && r + 4 > q; r--)
                if (parley_text_tok_is(t, r - 1, ",") || parley_text_tok_in_ci(t, r - 1, predicates))
                    return true;
    }
    return false;
}

size_t parley_delegation_met(const parley_extraction *ex, size_t q, size_t end, size_t *dl)
{
    const parley_text *t = &ex->text;
    if (q < end && parley_text_tok_is(t, q, "with"))
        q++;
    if (q + 1 >= end || !parley_text_tok_is_ci(t, q, "the"))
        return SIZE_MAX;
    *dl = parley_match(ex, q + 1, PARLEY_LEX_DEMONYM, NULL);
    /* "the delegation", "the Ukrainian delegation", "the visiting lawmakers", "the congressional
     * delegation" */
    static const char *const adjectives[] = {"visiting", "congressional", "parliamentary", NULL};
    static const char *const nouns[] = {"delegation", "lawmakers", "delegates", "visitors", NULL};
    size_t n = q + 1 + *dl;
    if (n < end && parley_text_tok_in_ci(t, n, adjectives))
        n++;
    return n < end && parley_text_tok_in_ci(t, n, nouns) ? q : SIZE_MAX;
}

int parley_letterhead(const parley_extraction *ex)
{
    const parley_mention *first = NULL;
    for (size_t m = 0; m < ex->n_mentions; m++) {
        const parley_mention *mm = &ex->mentions[m];
        if (mm->type == PARLEY_ENTITY_PERSON && mm->entity >= 0 && (!first || mm->tb < first->tb))
            first = mm;
    }
    return first && first->sentence < 3 && ex->text.sentences[first->sentence].headline ? first->entity : -1;
}

bool parley_prepared_for_at(const parley_extraction *ex, size_t q, size_t sb)
{
    static const char *const preparing[] = {"preparations", "preparation", "preparing", "prepare", "prepares", NULL};
    const parley_text *t = &ex->text;
    return q >= sb + 2 && parley_text_tok_is(t, q, "the") && parley_text_tok_is(t, q - 1, "for") &&
           parley_text_tok_in_ci(t, q - 2, preparing);
}

bool parley_talks_on(const parley_extraction *ex, size_t k, size_t end)
{
    static const char *const talks[] = {"talks", "discussions", "consultations", "negotiations", NULL};
    const parley_text *t = &ex->text;
    if (k + 2 >= end || !parley_text_tok_in_ci(t, k, talks) || !parley_text_tok_is(t, k + 1, "on"))
        return false;
    const parley_token *n = &t->tokens[k + 2];
    const char *w = t->text + n->start;
    size_t wl = n->end - n->start;
    return n->kind == PARLEY_TOK_WORD && !parley_text_tok_is(t, k + 2, "the") && parley_date_weekday_name(w, wl) < 0 &&
           !parley_date_month_name(w, wl);
}

bool parley_welcomed_to(const parley_extraction *ex, size_t q, size_t sb)
{
    static const char *const welcomes[] = {"welcomed", "welcomes", "welcome", "welcoming", NULL};
    const parley_text *t = &ex->text;
    if (!parley_text_tok_is(t, q, "to"))
        return false;
    for (size_t k = q; k-- > sb && k + 16 > q;) {
        if (parley_text_tok_in_ci(t, k, welcomes))
            return k + 1 < q;
        /* (a name and its title, "welcomed his Brazilian counterpart Luiz Inacio Lula da Silva to":
         * words in lower case that open or end a title, and a name's particles, may stand between;
         * and the commas of a name in apposition: "welcomed the President of Finland, X, to") */
        if (parley_text_tok_is(t, k, ","))
            continue;
        if (t->tokens[k].kind != PARLEY_TOK_WORD ||
            (!(t->tokens[k].flags & PARLEY_TOK_CAP) && !parley_text_tok_is(t, k, "of") && !parley_text_tok_is(t, k, "the") &&
             !parley_text_tok_is(t, k, "and") && !parley_text_tok_is(t, k, "his") && !parley_text_tok_is(t, k, "her") &&
             !parley_text_tok_is(t, k, "their") && !parley_text_tok_is(t, k, "counterpart") &&
             !parley_text_tok_is(t, k, "counterparts") && !parley_match(ex, k, PARLEY_LEX_PARTICLE, NULL)))
            return false;
    }
    return false;
}

bool parley_delegation_led_by(const parley_extraction *ex, size_t s, size_t *sentence, size_t *by)
{
    const parley_text *t = &ex->text;
    for (size_t s2 = s; s2-- > 0 && s2 + 8 > s;) {
        const parley_sentence *se = &t->sentences[s2];
        for (size_t q = se->tok_end; q-- > se->tok_begin + 2;) {
            if (!parley_text_tok_is(t, q, "by") ||
                !(parley_text_tok_is(t, q - 1, "led") || parley_text_tok_is(t, q - 1, "headed")))
                continue;
            /* "delegation led by", "delegation of U.S. lawmakers led by" (words, no comma between) */
            bool delegation = false;
            for (size_t k = q - 1; k-- > se->tok_begin && k + 8 > q && !delegation;) {
                if (t->tokens[k].kind == PARLEY_TOK_PUNCT && !(t->tokens[k].flags & PARLEY_TOK_ABBREV) &&
                    !(t->text[t->tokens[k].start] == '.' && k > se->tok_begin && (t->tokens[k - 1].flags & PARLEY_TOK_ABBREV)))
                    break;
                delegation = parley_text_tok_is(t, k, "delegation");
            }
            if (delegation) {
                *sentence = s2;
                *by = q;
                return true;
            }
        }
    }
    return false;
}

size_t parley_both_sides_at(const parley_extraction *ex, size_t end, size_t b)
{
    static const char *const sides[] = {"countries", "sides", "nations", NULL};
    if (end < b + 3 || !parley_text_tok_in_ci(&ex->text, end - 1, sides))
        return SIZE_MAX;
    size_t k = end - 2;
    if (tok_is(ex, k, "two") && k > b && tok_is(ex, k - 1, "the"))
        k--;
    else if (!tok_is(ex, k, "both"))
        return SIZE_MAX;
    return k > b && tok_is(ex, k - 1, "of") ? k - 1 : SIZE_MAX;
}

size_t parley_named_meeting(const parley_extraction *ex, size_t b, size_t e, size_t *len)
{
    static const char *const held[] = {"held", "hold", "holds", "holding", "convened", "chaired", NULL};
    static const char *const nouns[] = {"dialogue", "consultations", "summit", "session", NULL};
    const parley_text *t = &ex->text;
    *len = 0;
    for (size_t q = b + 1; q + 3 < e; q++) {
        if (!parley_text_tok_in_ci(t, q, held) || !parley_text_tok_is(t, q + 1, "the"))
            continue;
        size_t noun = SIZE_MAX;
        for (size_t k = q + 2; k < e && k < q + 22; k++) {
            const parley_token *tk = &t->tokens[k];
            char c = t->text[tk->start];
            if (parley_text_tok_is(t, k, "with")) {
                if (noun == SIZE_MAX)
                    break;
                *len = k - q;
                return q;
            }
            if (tk->kind == PARLEY_TOK_PUNCT && c != '-' && c != '(' && c != ')' && c != '"' && c != '+')
                break;
            if (parley_match(ex, k, PARLEY_LEX_MEET_NOUN, NULL) == 1 || parley_text_tok_in_ci(t, k, nouns))
                noun = k;
            else if (tk->kind == PARLEY_TOK_NUM && k + 2 < e && parley_text_tok_is(t, k + 1, "+") &&
                     t->tokens[k + 2].kind == PARLEY_TOK_NUM)
                noun = k += 2;   /* (a "2+2" is a meeting's name of itself) */
            else if (noun != SIZE_MAX && tk->kind == PARLEY_TOK_WORD && !(tk->flags & PARLEY_TOK_ALLCAPS))
                break;   /* the name ends at its noun, save a bracket ("2+2") */
        }
        /* ... or two who hold it together: "A and his Australian counterpart B held the 15th
         * Foreign Ministers' Framework Dialogue in Canberra" (the name ends the phrase) */
        size_t k = noun + 1;
        bool pair = false;
        for (size_t a = b; noun != SIZE_MAX && a < q && !pair; a++)
            pair = parley_text_tok_is(t, a, "and");
        if (pair && (k >= e || parley_text_tok_is(t, k, "in") || parley_text_tok_is(t, k, "on") ||
                     parley_text_tok_is(t, k, "at") || t->tokens[k].kind == PARLEY_TOK_PUNCT)) {
            *len = k - q;
            return q;
        }
    }
    return SIZE_MAX;
}

bool parley_departure_for(const parley_extraction *ex, size_t i, size_t b)
{
    static const char *const leave[] = {"left", "leaves", "leave", "leaving", "departed", "departs", "depart",
                                        "departing", "bound", "set", NULL};
    if (i <= b || !parley_text_tok_is(&ex->text, i, "for"))
        return false;
    /* "set off for", "set out for" */
    size_t v = i - 1;
    if ((parley_text_tok_is(&ex->text, v, "off") || parley_text_tok_is(&ex->text, v, "out")) && v > b)
        v--;
    return parley_text_tok_in_ci(&ex->text, v, leave) && (v + 1 == i || parley_text_tok_is(&ex->text, v, "set"));
}

bool parley_journey_from(const parley_extraction *ex, size_t i, size_t b)
{
    static const char *const went[] = {"travelled", "traveled", "travelling", "traveling", "flew", "flying", "came",
                                       "coming", "arrived", "arriving", "drove", "returned", "returning", "headed",
                                       "crossed", "journeyed", NULL};
    if (i <= b || !parley_text_tok_is(&ex->text, i, "from"))
        return false;
    for (size_t q = i; q-- > b && q + 8 > i;) {
        if (parley_text_tok_in_ci(&ex->text, q, went))
            return true;
        if (ex->text.tokens[q].kind != PARLEY_TOK_WORD)
            return false;
    }
    return false;
}

const char *parley_side_country(const parley_extraction *ex, size_t q, size_t b)
{
    const parley_lex_entry *ce = NULL;
    for (size_t l = 1; l <= 3 && q >= b + 2 + l; l++) {
        size_t c = q - l;
        if ((parley_match(ex, c, PARLEY_LEX_DEMONYM, &ce) == l || parley_match(ex, c, PARLEY_LEX_COUNTRY, &ce) == l) && ce &&
            parley_text_tok_is_ci(&ex->text, c - 1, "the") &&
            (parley_text_tok_is_ci(&ex->text, c - 2, "from") || parley_text_tok_is_ci(&ex->text, c - 2, "on") ||
             parley_text_tok_is_ci(&ex->text, c - 2, "for")))
            return ce->canonical;
    }
    return NULL;
}

size_t parley_countries_after(const parley_extraction *ex, size_t i, size_t end, const char **out, size_t max)
{
    size_t n = 0;
    while (i < end && n < max) {
        if (parley_text_tok_is(&ex->text, i, "the"))
            i++;
        const parley_lex_entry *e = NULL;
        size_t l = i < end ? parley_match(ex, i, PARLEY_LEX_COUNTRY, &e) : 0;
        if (!l || !e)
            break;
        out[n++] = e->canonical;
        i += l;
        if (i < end && parley_text_tok_is(&ex->text, i, ","))
            i++;
        if (i < end && parley_text_tok_is(&ex->text, i, "and"))
            i++;
    }
    return n;
}

size_t parley_role_countries(const parley_extraction *ex, size_t s, const char **out, size_t max, size_t *role_b,
                             size_t *role_e)
{
    const parley_sentence *ps = &ex->text.sentences[s];
    for (size_t q = ps->tok_begin; q + 4 < ps->tok_end; q++) {
        size_t ol = parley_match(ex, q, PARLEY_LEX_OFFICE, NULL);
        const parley_token *tk = &ex->text.tokens[q + (ol ? ol - 1 : 0)];
        if (!ol || ex->text.text[tk->end - 1] != 's' || !parley_text_tok_is(&ex->text, q + ol, "of"))
            continue;
        size_t n = parley_countries_after(ex, q + ol + 1, ps->tok_end, out, max);
        if (n < 2)
            continue;
        size_t rb = q;
        while (rb > ps->tok_begin && parley_match(ex, rb - 1, PARLEY_LEX_DOMAIN, NULL) == 1)
            rb--;
        *role_b = rb;
        *role_e = q + ol;
        return n;
    }
    return 0;
}

bool parley_according_to_before(const parley_extraction *ex, size_t tb, size_t sb)
{
    size_t q = tb;
    while (q > sb + 2 && q + 8 > tb && ex->text.tokens[q - 1].kind == PARLEY_TOK_WORD &&
           !parley_text_tok_is(&ex->text, q - 1, "to"))
        q--;
    return q >= sb + 2 && parley_text_tok_is(&ex->text, q - 1, "to") && parley_text_tok_is_ci(&ex->text, q - 2, "according");
}
