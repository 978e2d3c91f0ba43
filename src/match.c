/* Lexicon matching over tokens: folded token keys, longest matches, kind queries. */
#include "extraction.h"
#include "error.h"
#include "util.h"

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
    return parley_fold(b, s, n);
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
    if (e->need_cap && !(tk->flags & PARLEY_TOK_CAP))
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

static size_t sentence_end_of(const parley_extraction *ex, size_t i)
{
    return ex->text.sentences[parley_sentence_of(ex, i)].tok_end;
}

/* Longest match at token i with an entry of `kind` (or of any kind when kind < 0).
 * Returns the length in tokens (0: none) and the entry in *out. */
size_t parley_match(const parley_extraction *ex, size_t i, int kind, const parley_lex_entry **out)
{
    if (ex->text.tokens[i].kind == PARLEY_TOK_PUNCT)
        return 0;
    size_t end = sentence_end_of(ex, i);
    size_t maxl = (size_t)parley_lexicon_max_tokens(ex->lex);
    if (maxl > end - i)
        maxl = end - i;
    parley_buf b = {0};
    size_t *cut = calloc(maxl + 1, sizeof(size_t));
    size_t found = 0;
    if (!cut)
        return 0;
    for (size_t l = 1; l <= maxl; l++) {
        if (key_append(ex, &b, i + l - 1, l == 1) < 0)
            break;
        cut[l] = b.len;
    }
    for (size_t l = maxl; l >= 1 && !found; l--) {
        if (!cut[l])
            continue;
        for (const parley_lex_entry *e = parley_lexicon_lookup(ex->lex, b.data, cut[l]); e; e = e->next)
            if ((kind < 0 || (int)e->kind == kind) && case_ok(ex, e, i, i + l)) {
                found = l;
                if (out)
                    *out = e;
                break;
            }
    }
    free(cut);
    parley_buf_free(&b);
    return found;
}

int parley_mentions_tag(parley_extraction *ex)
{
    size_t n = ex->text.n_tokens;
    ex->tag_entry = calloc(n ? n : 1, sizeof(*ex->tag_entry));
    ex->tag_len = calloc(n ? n : 1, 1);
    if (!ex->tag_entry || !ex->tag_len)
        return PARLEY_ENOMEM;
    for (size_t i = 0; i < n; i++) {
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
    const parley_lex_entry *first = ex->tag_entry[i];
    if (!first)
        return NULL;
    size_t l = ex->tag_len[i];
    /* every entry of the same phrase is on the chain of the first */
    for (const parley_lex_entry *e = first; e; e = e->next)
        if (e->kind == kind && case_ok(ex, e, i, i + l))
            return e;
    return NULL;
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
