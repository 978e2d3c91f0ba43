/* Entity resolution within a document: one entity per person, country, place, organisation
 * and exercise, with every mention, and each person's title and country. */
#define _GNU_SOURCE   /* memmem() */
#include "extraction.h"
#include "map.h"
#include "dates.h"
#include "error.h"
#include "util.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

size_t parley_mentions_name_run(const parley_extraction *ex, size_t i, size_t end);

/* ---- names as folded token lists ------------------------------------------------------ */

typedef struct {
    char *buf;
    char *tok[16];
    int n;
} name_toks;

/* Does the period at key[i] (1 <= i, key[i + 1] not the end) close an initial glued to the next
 * word ("z.hasanov", the "s." of "c.s.tufekci")? */
static bool glued_initial_at(const char *key, size_t i)
{
    return key[i] == '.' && isalpha((unsigned char)key[i - 1]) && (i == 1 || key[i - 2] == ' ' || key[i - 2] == '.') &&
           isalpha((unsigned char)key[i + 1]);
}

/* Fold tokens [b, e) into words, dropping hyphens' separation ("min-koo" stays one word). */
static int name_toks_make(const parley_extraction *ex, size_t b, size_t e, name_toks *out)
{
    memset(out, 0, sizeof(*out));
    char *key = parley_tokens_key(ex, b, e);
    if (!key)
        return PARLEY_ENOMEM;
    /* (initials glued to the name: "z.hasanov", "c.s.tufekci" are "z. hasanov", "c. s. tufekci") */
    size_t kl = strlen(key), glued = 0;
    for (size_t i = 1; i + 1 < kl; i++)
        glued += glued_initial_at(key, i);
    if (glued) {
        char *sp = malloc(kl + glued + 1);
        if (!sp) {
            free(key);
            return PARLEY_ENOMEM;
        }
        size_t o = 0;
        for (size_t i = 0; i < kl; i++) {
            sp[o++] = key[i];
            if (i >= 1 && i + 1 < kl && glued_initial_at(key, i))
                sp[o++] = ' ';
        }
        sp[o] = '\0';
        free(key);
        key = sp;
    }
    out->buf = key;
    char *save = NULL;
    bool quotes = strchr(out->buf, '"') != NULL;
    for (char *w = strtok_r(out->buf, " ", &save); w && out->n < 16; w = strtok_r(NULL, " ", &save)) {
        /* a nickname's quotes are no part of the word: Joko "Jokowi" Widodo is also "jokowi" */
        if (quotes) {
            while (*w == '"')
                w++;
            size_t l = strlen(w);
            while (l && w[l - 1] == '"')
                w[--l] = '\0';
            if (!*w)
                continue;
        }
        out->tok[out->n++] = w;
    }
    return 0;
}

static void name_toks_free(name_toks *t) { free(t->buf); }

/* The word without an Arabic article glued to it ("al-abadi" -> "abadi"), or the word. */
static const char *drop_article(const char *w)
{
    static const char *const articles[] = {"al-", "el-", "ad-", "an-", "ar-", "as-", "ash-", "at-", "az-", "ul-",
                                           "ud-", NULL};
    if (!w[0] || !w[1] || !(w[2] == '-' || (w[2] && w[3] == '-')))
        return w;
    for (int k = 0; articles[k]; k++) {
        size_t n = strlen(articles[k]);
        if (strncmp(w, articles[k], n) == 0 && strlen(w) > n + 2)
            return w + n;
    }
    return w;
}

/* The length of the first part of a name hyphenated in three parts or more ("waker" of
 * "waker-uz-zaman"), at least four letters long; 0 for other words. */
static size_t hyphen_head(const char *w)
{
    const char *h1 = strchr(w, '-');
    if (!h1 || h1 - w < 4 || !strchr(h1 + 1, '-'))
        return 0;
    return (size_t)(h1 - w);
}

static bool word_same(const char *a, const char *b)
{
    if (strcmp(a, b) == 0)
        return true;
    size_t la = strlen(a), lb = strlen(b);
    /* "waker" ~ "waker-uz-zaman" (General Waker-Uz-Zaman, then General Waker) */
    if ((la < lb && b[la] == '-' && hyphen_head(b) == la && strncmp(a, b, la) == 0) ||
        (lb < la && a[lb] == '-' && hyphen_head(a) == lb && strncmp(a, b, lb) == 0))
        return true;
    /* "abadi" ~ "al-abadi" */
    if (strcmp(drop_article(a), drop_article(b)) == 0)
        return true;
    /* initials: "z." ~ "zakir" */
    if (la == 2 && a[1] == '.')
        return b[0] == a[0] && lb > 2;
    if (lb == 2 && b[1] == '.')
        return a[0] == b[0] && la > 2;
    if (la >= 5 && lb >= 5)
        return parley_edit_distance(a, b, 1) <= 1;
    return false;
}

/* Is the folded word w a name particle of the lexicon ("da", "al", "bin")? */
static bool is_particle(const parley_lexicon *lex, const char *w)
{
    bool known;
    for (const parley_lex_entry *e = parley_lexicon_probe(lex, w, strlen(w), &known); e; e = e->next)
        if (e->kind == PARLEY_LEX_PARTICLE)
            return true;
    return false;
}

/* Is `small` a contiguous run of `big` (word by word, with tolerance)? */
static bool contained(const parley_lexicon *lex, const name_toks *small, const name_toks *big)
{
    if (small->n == 0 || small->n > big->n)
        return false;
    for (int s = 0; s + small->n <= big->n; s++) {
        int k;
        for (k = 0; k < small->n; k++)
            if (!word_same(small->tok[k], big->tok[s + k]))
                break;
        /* "Maktoum bin Mohammed bin Rashid Al Maktoum" names Mohammed bin Rashid's son: a name
         * after "bin" is the father's, not the same person */
        if (k == small->n && s > 0 &&
            (!strcmp(big->tok[s - 1], "bin") || !strcmp(big->tok[s - 1], "ibn") || !strcmp(big->tok[s - 1], "bint") ||
             !strcmp(big->tok[s - 1], "ben")))
            continue;
        if (k == small->n) {
            /* a lone initial or particle is not enough; a two-letter surname is ("Xi"); a lone
             * word is not someone's middle initial ("Carter" is not the "C." of "Scott C. Dayton") */
            size_t l0 = strlen(small->tok[0]), lb = strlen(big->tok[s]);
            if (small->n == 1 && (l0 <= 1 || small->tok[0][l0 - 1] == '.' || is_particle(lex, small->tok[0]) ||
                                  (lb == 2 && big->tok[s][1] == '.')))
                continue;
            return true;
        }
    }
    return false;
}

/* initials + surname: "v. putin" ~ "vladimir putin" is covered by word_same; "z. hasanov" too. */

/* An index of the people of one document by the words of their names, so that resolving a name
 * looks at the people who share a word with it (within word_same()'s tolerance) instead of at
 * everyone: a word is filed under itself, itself without an Arabic article, its one-byte
 * deletions (two words one edit apart share one of those), and an initial under "z.". A name
 * whose words are all initials or particles is checked against everyone. */
typedef struct {
    parley_map heads;        /* key -> the first node of its list of entities */
    parley_lists lists;
    uint32_t *stamp;         /* per entity: the query that last saw it */
    size_t cap_stamp;
    uint32_t query;
    int32_t *cand;           /* the candidates of the current query */
    size_t n_cand, cap_cand;
    uint8_t *hits, *last;    /* per entity: query words that found it, the last of them */
    uint8_t *words;          /* per entity: the words of its name (at most 255) */
    size_t cap_words;
    int word;                /* the query word being looked up */
    size_t people;           /* people named so far; the index is built at INDEX_FROM of them */
    bool active;
} person_index;

/* Below this many people a document's names are compared one by one: filing every word under
 * its deletions costs more than it saves in an ordinary article. */
enum { INDEX_FROM = 48 };

static void person_index_free(person_index *ix)
{
    parley_map_free(&ix->heads);
    parley_lists_free(&ix->lists);
    free(ix->stamp);
    free(ix->cand);
    free(ix->hits);
    free(ix->last);
    free(ix->words);
}

static int index_key(person_index *ix, const char *k, size_t len, int ent)
{
    return parley_lists_add(&ix->lists, &ix->heads, k, len, ent);
}

/* Is the folded word w selective: neither an initial nor a particle? */
static bool selective(const parley_lexicon *lex, const char *w)
{
    size_t l = strlen(w);
    return l >= 2 && w[l - 1] != '.' && !is_particle(lex, w);
}

/* Call fn on every key of word w (and, to find the people named by an initial, on "z." when
 * initial is set); stops at the first negative return. */
static int word_keys(const char *w, bool initial, int (*fn)(void *, const char *, size_t), void *ud)
{
    size_t l = strlen(w);
    int rc = fn(ud, w, l);
    const char *d = drop_article(w);
    if (rc >= 0 && d != w)
        rc = fn(ud, d, strlen(d));
    if (rc >= 0 && l >= 5 && l < 64) {
        char buf[64];
        for (size_t i = 0; i < l && rc >= 0; i++) {
            if (i > 0 && w[i] == w[i - 1])
                continue;   /* the same deletion as the one before */
            memcpy(buf, w, i);
            memcpy(buf + i, w + i + 1, l - i - 1);
            rc = fn(ud, buf, l - 1);
        }
    }
    if (rc >= 0 && initial && l > 2 && w[l - 1] != '.') {
        char ini[2] = {w[0], '.'};
        rc = fn(ud, ini, 2);
    }
    /* (the first part of a name hyphenated in three: "waker" of "waker-uz-zaman") */
    size_t h = hyphen_head(w);
    if (rc >= 0 && h)
        rc = fn(ud, w, h);
    return rc;
}

typedef struct {
    person_index *ix;
    int ent;
} add_ctx;

static int add_fn(void *ud, const char *k, size_t len)
{
    add_ctx *c = ud;
    return index_key(c->ix, k, len, c->ent);
}

/* File entity ent under the words of its key; a name of initials and particles only is filed
 * under "" (checked for every query). */
static int person_index_add(person_index *ix, const parley_lexicon *lex, const char *key, int ent)
{
    if ((size_t)ent >= ix->cap_words) {
        size_t cap = (size_t)ent * 2 + 64;
        uint8_t *w = realloc(ix->words, cap);
        if (!w)
            return PARLEY_ENOMEM;
        ix->words = w;
        ix->cap_words = cap;
    }
    char *copy = parley_strdup(key);
    if (!copy)
        return PARLEY_ENOMEM;
    add_ctx c = {ix, ent};
    bool any = false;
    int rc = 0, nw = 0;
    char *save = NULL;
    for (char *w = strtok_r(copy, " ", &save); w && rc >= 0; w = strtok_r(NULL, " ", &save)) {
        nw++;
        if (strlen(w) == 2 && w[1] == '.') {
            rc = index_key(ix, w, 2, ent);   /* an initial, found by the words it may stand for */
            continue;
        }
        any |= selective(lex, w);
        rc = word_keys(w, false, add_fn, &c);
    }
    if (rc >= 0 && !any)
        rc = index_key(ix, "", 0, ent);
    ix->words[ent] = (uint8_t)(nw > 255 ? 255 : nw);
    free(copy);
    return rc < 0 ? rc : 0;
}

/* Person ent was named or renamed: file it, or, once the document has INDEX_FROM people, file
 * everyone named so far. */
static int person_index_note(person_index *ix, const parley_extraction *ex, int ent, bool is_new)
{
    if (!ix)
        return 0;
    ix->people += is_new;
    if (ix->active)
        return person_index_add(ix, ex->lex, ex->entities[ent].key, ent);
    if (ix->people < INDEX_FROM)
        return 0;
    ix->active = true;
    for (size_t i = 0; i < ex->n_entities; i++)
        if (ex->entities[i].type == PARLEY_ENTITY_PERSON) {
            int rc = person_index_add(ix, ex->lex, ex->entities[i].key, (int)i);
            if (rc < 0)
                return rc;
        }
    return 0;
}

static void take_list(person_index *ix, int64_t head)
{
    for (int64_t nd = head; nd >= 0; nd = ix->lists.next[nd]) {
        int e = ix->lists.item[nd];
        if (ix->stamp[e] != ix->query) {
            ix->stamp[e] = ix->query;
            ix->hits[e] = 0;
            ix->last[e] = 0xff;
            if (ix->n_cand < ix->cap_cand)
                ix->cand[ix->n_cand++] = e;
        }
        if (ix->last[e] != (uint8_t)ix->word) {
            ix->last[e] = (uint8_t)ix->word;
            ix->hits[e]++;
        }
    }
}

static int look_fn(void *ud, const char *k, size_t len)
{
    person_index *ix = ud;
    take_list(ix, parley_lists_head(&ix->heads, k, len));
    return 0;
}

static int cmp_int32(const void *a, const void *b)
{
    int32_t x = *(const int32_t *)a, y = *(const int32_t *)b;
    return (x > y) - (x < y);
}

/* The candidates for name nt among n_entities entities, ascending in ix->cand; false when the
 * name has no selective word (every person is a candidate then). */
static int person_index_lookup(person_index *ix, const parley_lexicon *lex, const name_toks *nt, size_t n_entities,
                               bool *all)
{
    *all = true;
    for (int k = 0; k < nt->n; k++)
        if (selective(lex, nt->tok[k]))
            *all = false;
    if (*all)
        return 0;
    if (n_entities > ix->cap_stamp) {
        size_t cap = n_entities * 2;
        uint32_t *st = realloc(ix->stamp, cap * sizeof(*st));
        if (!st)
            return PARLEY_ENOMEM;
        memset(st + ix->cap_stamp, 0, (cap - ix->cap_stamp) * sizeof(*st));
        ix->stamp = st;
        ix->cap_stamp = cap;
        int32_t *cd = realloc(ix->cand, cap * sizeof(*cd));
        if (!cd)
            return PARLEY_ENOMEM;
        ix->cand = cd;
        ix->cap_cand = cap;
        uint8_t *h = realloc(ix->hits, cap), *l = h ? realloc(ix->last, cap) : NULL;
        if (h)
            ix->hits = h;
        if (!h || !l)
            return PARLEY_ENOMEM;
        ix->last = l;
    }
    if (++ix->query == 0) {   /* the stamps wrapped round: start afresh */
        memset(ix->stamp, 0, ix->cap_stamp * sizeof(*ix->stamp));
        ix->query = 1;
    }
    ix->n_cand = 0;
    int nsel = 0;
    ix->word = 254;   /* the names checked with every query count as found by every word */
    take_list(ix, parley_lists_head(&ix->heads, "", 0));
    for (size_t c = 0; c < ix->n_cand; c++)
        ix->hits[ix->cand[c]] = 255;
    for (int k = 0; k < nt->n; k++)
        if (selective(lex, nt->tok[k])) {
            ix->word = nsel++;
            word_keys(nt->tok[k], true, look_fn, ix);
        }
    /* a name within the query's name is found by one of its words; a name that holds the
     * query's by every one of them */
    size_t kept = 0;
    for (size_t c = 0; c < ix->n_cand; c++) {
        int e = ix->cand[c];
        if (ix->hits[e] >= nsel || ix->words[e] < nt->n)
            ix->cand[kept++] = e;
    }
    ix->n_cand = kept;
    if (ix->n_cand > 1)
        qsort(ix->cand, ix->n_cand, sizeof(*ix->cand), cmp_int32);
    return 0;
}

/* ---- entity helpers ----------------------------------------------------------------- */

char *parley_entity_slug(const char *type, const char *name)
{
    size_t tl = strlen(type), nl = 0;
    bool ascii = true;
    for (; name[nl]; nl++)
        ascii &= (unsigned char)name[nl] < 0x80;
    if (ascii) {
        /* most names: no folding to do but the case, one allocation (same result as below) */
        char *out = malloc(tl + 1 + nl + 8);
        if (!out)
            return NULL;
        memcpy(out, type, tl);
        out[tl] = ':';
        char *base = out + tl + 1, *o = base;
        bool dash = false;
        for (size_t i = 0; i < nl; i++) {
            unsigned char c = (unsigned char)name[i];
            if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                if (dash && o > base)
                    *o++ = '-';
                dash = false;
                *o++ = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
            } else {
                dash = true;
            }
        }
        if (o == base) {
            memcpy(o, "unnamed", 7);
            o += 7;
        }
        *o = '\0';
        return out;
    }
    parley_buf f = {0};
    if (parley_fold(&f, name, strlen(name)) < 0) {
        parley_buf_free(&f);
        return NULL;
    }
    /* the slug is never longer than the type, ':' and the folded name (or "unnamed") */
    char *out = malloc(tl + 1 + f.len + 8);
    if (!out) {
        parley_buf_free(&f);
        return NULL;
    }
    memcpy(out, type, tl);
    out[tl] = ':';
    char *base = out + tl + 1, *o = base;
    bool dash = false;
    /* letters and digits of any script (valid in XML names); everything else separates */
    for (size_t i = 0; i < f.len;) {
        unsigned char c = (unsigned char)f.data[i];
        uint32_t cp = c;
        size_t k = c < 0x80 ? 1 : parley_utf8_decode(&cp, (const unsigned char *)f.data + i, f.len - i);
        if ((cp >= '0' && cp <= '9') || parley_is_letter(cp)) {
            if (dash && o > base)
                *o++ = '-';
            dash = false;
            memcpy(o, f.data + i, k);
            o += k;
        } else {
            dash = true;
        }
        i += k;
    }
    if (o == base) {
        memcpy(o, "unnamed", 7);
        o += 7;
    }
    *o = '\0';
    parley_buf_free(&f);
    return out;
}

static int entity_new(parley_extraction *ex, int type, const char *name, const char *key)
{
    if (PARLEY_GROW(ex->entities, ex->cap_entities, ex->n_entities + 1) < 0)
        return PARLEY_ENOMEM;
    parley_entity *en = &ex->entities[ex->n_entities];
    memset(en, 0, sizeof(*en));
    en->type = type;
    en->name = parley_strdup(name);
    en->key = parley_strdup(key);
    en->id = parley_entity_slug(parley_entity_type_name(type), name);
    if (!en->name || !en->key || !en->id) {
        free(en->name);
        free(en->key);
        free(en->id);
        return PARLEY_ENOMEM;
    }
    return (int)ex->n_entities++;
}

/* Give entity en another name and key (its id follows the name). */
static int entity_rename(parley_entity *en, const char *name, const char *key, size_t key_len)
{
    char *n = parley_strdup(name), *k = parley_strndup(key, key_len);
    char *id = parley_entity_slug(parley_entity_type_name(en->type), name);
    if (!n || !k || !id) {
        free(n);
        free(k);
        free(id);
        return PARLEY_ENOMEM;
    }
    free(en->name);
    free(en->key);
    free(en->id);
    en->name = n;
    en->key = k;
    en->id = id;
    return 0;
}

/* Does s (n bytes, from its separator) number an exercise's edition: " 2024", "-24", "-ii"? */
static bool edition_suffix(const char *s, size_t n)
{
    if (n < 2 || (s[0] != ' ' && s[0] != '-'))
        return false;
    size_t d = strspn(s + 1, "0123456789");
    if (d == n - 1)
        return d == 2 || d == 4;
    return n - 1 <= 4 && strspn(s + 1, "ivx") == n - 1;
}

static int entity_add_mention(parley_extraction *ex, int ent, size_t m)
{
    parley_entity *en = &ex->entities[ent];
    if (PARLEY_GROW(en->mentions, en->cap_mentions, en->n_mentions + 1) < 0)
        return PARLEY_ENOMEM;
    if (!en->n_mentions || ex->mentions[m].start < en->first_start)
        en->first_start = ex->mentions[m].start;
    en->mentions[en->n_mentions++] = (uint32_t)m;
    ex->mentions[m].entity = ent;
    return 0;
}

static char *mention_text(const parley_extraction *ex, const parley_mention *m)
{
    char *t = parley_strndup(ex->text.text + m->start, m->end - m->start);
    /* a nickname in quotes inside a name is no part of it: Joko "Jokowi" Widodo -> Joko Widodo */
    char *q = t ? strchr(t, '"') : NULL;
    char *q2 = q ? strchr(q + 1, '"') : NULL;
    if (q && q2 && q > t && q[-1] == ' ' && q2[1] == ' ')
        memmove(q, q2 + 2, strlen(q2 + 2) + 1);
    /* ... nor the comma before a generation: "Gilberto C. Teodoro, Jr." -> "Gilberto C. Teodoro Jr." */
    char *c = t ? strstr(t, ", ") : NULL;
    if (c && (strcmp(c + 2, "Jr.") == 0 || strcmp(c + 2, "Sr.") == 0 || strcmp(c + 2, "Jr") == 0 || strcmp(c + 2, "Sr") == 0))
        memmove(c, c + 1, strlen(c + 1) + 1);
    /* ... nor a line's trailing spaces left by a wrapped text joined back: one space between words */
    for (char *w = t ? strchr(t, ' ') : NULL, *o = w; w;) {
        if (*w == ' ' && o > t && o[-1] == ' ') {
            w++;
            continue;
        }
        *o++ = *w;
        if (!*w++)
            break;
    }
    return t;
}

static int find_entity(const parley_extraction *ex, int type, const char *key)
{
    for (size_t i = 0; i < ex->n_entities; i++)
        if (ex->entities[i].type == type && strcmp(ex->entities[i].key, key) == 0)
            return (int)i;
    return -1;
}

/* ---- people --------------------------------------------------------------------------- */

/* The person entity a name matches: the most recently mentioned one that contains it. With an
 * index, only the people who share a word with the name are compared. */
static int match_person(const parley_extraction *ex, person_index *ix, const name_toks *nt, uint32_t at, bool *grows)
{
    int best = -1, best_rank = 0;
    uint64_t best_pos = 0;
    *grows = false;
    bool all = true;
    if (ix && ix->active && person_index_lookup(ix, ex->lex, nt, ex->n_entities, &all) < 0)
        all = true;   /* out of memory for the index: compare with everyone */
    size_t n = all ? ex->n_entities : ix->n_cand;
    for (size_t c = 0; c < n; c++) {
        size_t i = all ? c : (size_t)ix->cand[c];
        const parley_entity *en = &ex->entities[i];
        if (en->type != PARLEY_ENTITY_PERSON)
            continue;
        name_toks et;
        /* the key cut into words in a copy: on the stack when it fits (nearly always) */
        char stack_copy[256];
        size_t kl = strlen(en->key);
        char *copy = kl < sizeof(stack_copy) ? memcpy(stack_copy, en->key, kl + 1) : parley_strdup(en->key);
        if (!copy)
            continue;
        memset(&et, 0, sizeof(et));
        et.buf = copy;
        char *save = NULL;
        for (char *w = strtok_r(copy, " ", &save); w && et.n < 16; w = strtok_r(NULL, " ", &save))
            et.tok[et.n++] = w;
        bool in = contained(ex->lex, nt, &et), out = !in && contained(ex->lex, &et, nt);
        /* a lone word names the person whose surname it is before one it is a middle name of
         * ("Khan" after "Bilal Khan" and "Amir Khan Muttaqi") */
        int rank = in && nt->n == 1 && et.n > 1 && word_same(nt->tok[0], et.tok[et.n - 1]);
        if (copy != stack_copy)
            free(copy);
        if (!in && !out)
            continue;
        /* of the people named before the words, the first named ("President Recep Tayyip Erdoğan
         * ... First lady Emine Erdoğan ... accompanied Erdoğan"; "Wang Yi ... Wang said ... Wang
         * Xiaohong"); one named only after them comes last */
        uint32_t first = en->n_mentions ? en->first_start : UINT32_MAX;
        uint64_t pos = (first < at ? UINT64_C(1) << 32 : 0) | (UINT32_MAX - first);
        if (best < 0 || rank > best_rank || (rank == best_rank && pos >= best_pos)) {
            best = (int)i;
            best_pos = pos;
            best_rank = rank;
            *grows = out;
        }
    }
    return best;
}

static bool royal_title(const parley_lexicon *lex, const char *title);
static bool lexicon_has(const parley_extraction *ex, parley_lex_kind kind, const char *phrase, size_t n, int *err);

/* "His Majesty Sultan Ibrahim, King of Malaysia ... Prime Minister Anwar Ibrahim": a sovereign
 * known by one name is not the holder of another office whose surname it is. */
static bool regnal_name_apart(const parley_extraction *ex, const parley_entity *en, const parley_mention *mm)
{
    if (strchr(en->key, ' ') || !mm->title || royal_title(ex->lex, mm->title))
        return false;
    for (size_t k = 0; k < en->n_mentions; k++) {
        const parley_mention *o = &ex->mentions[en->mentions[k]];
        if (o->title && royal_title(ex->lex, o->title))
            return true;
    }
    return false;
}

static int person_mention(parley_extraction *ex, person_index *ix, size_t m, bool create)
{
    parley_mention *mm = &ex->mentions[m];
    /* "Mohamad, better known as Tok Mat, said": a name another goes by is that person's */
    if (mm->tb >= 4 && parley_text_tok_is(&ex->text, mm->tb - 1, "as") && parley_text_tok_is(&ex->text, mm->tb - 2, "known")) {
        for (size_t k = m; k-- > 0;) {
            const parley_mention *o = &ex->mentions[k];
            if (o->sentence != mm->sentence || o->te + 24 < mm->tb)
                break;
            if (o->type != PARLEY_ENTITY_PERSON || o->entity < 0)
                continue;
            /* (commas and "also", "better" ...; a bracket too: "Qanbar (Arabic: ...), also known as") */
            bool between = o->te + 2 < mm->tb;
            int depth = 0;
            for (size_t q = o->te; between && q + 2 < mm->tb; q++) {
                depth += parley_text_tok_is(&ex->text, q, "(") - parley_text_tok_is(&ex->text, q, ")");
                if (depth > 0 || parley_text_tok_is(&ex->text, q, ")"))
                    continue;
                between = parley_text_tok_is(&ex->text, q, ",") || parley_text_tok_is(&ex->text, q, "better") ||
                          parley_text_tok_is(&ex->text, q, "also") || parley_text_tok_is(&ex->text, q, "popularly") ||
                          parley_text_tok_is(&ex->text, q, "widely") || parley_text_tok_is(&ex->text, q, "commonly");
            }
            if (between)
                return entity_add_mention(ex, o->entity, m);
            break;
        }
        /* (... the person named by one word only, not yet a mention: their entity by that word) */
        size_t w = mm->tb - 2;
        while (w > 0 && w + 4 > mm->tb - 2 && !parley_text_tok_is(&ex->text, w - 1, ","))
            w--;
        w = w > 0 ? w - 2 : 0;   /* (the word before the comma) */
        if (w + 1 < mm->tb && ex->text.tokens[w].kind == PARLEY_TOK_WORD && (ex->text.tokens[w].flags & PARLEY_TOK_CAP) &&
            parley_sentence_of(ex, w) == mm->sentence) {
            name_toks one;
            bool grows1;
            int rc1 = name_toks_make(ex, w, w + 1, &one);
            if (rc1 < 0)
                return rc1;
            int ent1 = match_person(ex, ix, &one, ex->text.tokens[w].start, &grows1);
            name_toks_free(&one);
            if (ent1 >= 0 && !grows1)
                return entity_add_mention(ex, ent1, m);
        }
    }
    name_toks nt;
    int rc = name_toks_make(ex, mm->tb, mm->te, &nt);
    if (rc < 0)
        return rc;
    bool grows;
    int ent = match_person(ex, ix, &nt, mm->start, &grows);
    if (ent >= 0 && grows && regnal_name_apart(ex, &ex->entities[ent], mm))
        ent = -1;
    if (ent < 0 && create) {
        char *name = mention_text(ex, mm);
        parley_buf key = {0};
        for (int k = 0; k < nt.n; k++) {
            if (k)
                parley_buf_putc(&key, ' ');
            parley_buf_puts(&key, nt.tok[k]);
        }
        ent = name && key.data ? entity_new(ex, PARLEY_ENTITY_PERSON, name, key.data) : PARLEY_ENOMEM;
        free(name);
        parley_buf_free(&key);
        if (ent < 0 || person_index_note(ix, ex, ent, true) < 0) {
            name_toks_free(&nt);
            return PARLEY_ENOMEM;
        }
    } else if (ent >= 0 && grows) {
        /* a fuller name: the entity takes it */
        parley_entity *en = &ex->entities[ent];
        char *name = mention_text(ex, mm);
        parley_buf key = {0};
        for (int k = 0; k < nt.n; k++) {
            if (k)
                parley_buf_putc(&key, ' ');
            parley_buf_puts(&key, nt.tok[k]);
        }
        char *id = name ? parley_entity_slug("person", name) : NULL;
        if (!name || !key.data || !id) {
            free(name);
            free(id);
            parley_buf_free(&key);
            name_toks_free(&nt);
            return PARLEY_ENOMEM;
        }
        free(en->name);
        free(en->key);
        free(en->id);
        en->name = name;
        en->key = parley_buf_detach(&key);
        en->id = id;
        /* filed under its new words too (the old ones only bring a candidate to check) */
        if (person_index_note(ix, ex, ent, false) < 0) {
            name_toks_free(&nt);
            return PARLEY_ENOMEM;
        }
    }
    name_toks_free(&nt);
    if (ent < 0)
        return 0;
    return entity_add_mention(ex, ent, m);
}

/* Names seen again without context ("Hasanov", "Mr. Modi", "V. Putin"): mentions of the
 * people already found. */
/* The surnames of the people known, named by two words or more: the last word of each key,
 * before a generation ("lloyd j austin iii" -> "austin"), to the first such person. O(total
 * length of the keys). */
static int surnames_build(const parley_extraction *ex, parley_map *out)
{
    static const char *const generations[] = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv", NULL};
    for (size_t i = 0; i < ex->n_entities; i++) {
        const parley_entity *en = &ex->entities[i];
        if (en->type != PARLEY_ENTITY_PERSON)
            continue;
        const char *key = en->key, *end = key + strlen(key), *w = NULL;
        for (int pass = 0; pass < 2; pass++) {
            const char *b = end;
            while (b > key && b[-1] != ' ')
                b--;
            if (b == key)
                break;   /* one word: no surname of its own */
            w = b;
            bool gen = false;
            for (int g = 0; generations[g]; g++)
                gen |= (size_t)(end - b) == strlen(generations[g]) && strncmp(b, generations[g], (size_t)(end - b)) == 0;
            if (!gen)
                break;
            end = b - 1;
            w = NULL;
        }
        int64_t have;
        if (w && !parley_map_get(out, w, (size_t)(end - w), &have) && parley_map_put(out, w, (size_t)(end - w), (int64_t)i) < 0)
            return PARLEY_ENOMEM;
    }
    return 0;
}

/* The person whose surname is the one word at token t (a person already known, named by two
 * words or more), in *ent, or -1; the surnames are read into @p surnames (from surnames_build())
 * when first needed (*built). Returns 0 or PARLEY_ENOMEM. */
static int surname_at(const parley_extraction *ex, parley_map *surnames, bool *built, size_t t, int *ent)
{
    *ent = -1;
    if (!*built) {
        /* the people do not change while weak_people() reads: their surnames are read once */
        if (surnames_build(ex, surnames) < 0)
            return PARLEY_ENOMEM;
        *built = true;
    }
    parley_buf f = {0};
    if (parley_fold(&f, ex->text.text + ex->text.tokens[t].start, parley_text_tok_len(&ex->text, t)) < 0) {
        parley_buf_free(&f);
        return PARLEY_ENOMEM;
    }
    int64_t v;
    if (f.len && parley_map_get(surnames, f.data, f.len, &v))
        *ent = (int)v;
    parley_buf_free(&f);
    return 0;
}

/* Is token i a capitalised month's name followed by a lower-case word, as a surname before a
 * verb is ("May then flew", "May said"; not "May 5", "May 2019")? */
static bool month_surname(const parley_extraction *ex, size_t i, size_t end)
{
    const parley_token *tk = &ex->text.tokens[i];
    if (i + 1 >= end || tk->kind != PARLEY_TOK_WORD || !(tk->flags & PARLEY_TOK_CAP) || (tk->flags & PARLEY_TOK_ALLCAPS) ||
        !parley_date_month_name(ex->text.text + tk->start, tk->end - tk->start))
        return false;
    const parley_token *nx = &ex->text.tokens[i + 1];
    return nx->kind == PARLEY_TOK_WORD && !(nx->flags & PARLEY_TOK_CAP) &&
           !parley_text_tok_is(&ex->text, i + 1, "of") && !parley_text_tok_is(&ex->text, i + 1, "and");
}

static int weak_people(parley_extraction *ex, person_index *ix)
{
    /* a city that is the surname of a person of the article is that person: "Austin said" after
     * "Lloyd J. Austin III" */
    parley_map surnames = {0};
    bool built = false;
    static const char *const after[] = {"was", "is", "also", "has", "had", "said", "says", "met", "told", "added", "will",
                                        "would", "later", "then", "thanked", "stressed", "noted", "spoke", "held",
                                        "received", "hosted", "arrived", "travelled", "traveled", NULL};
    for (size_t m = 0; m < ex->n_mentions; m++) {
        parley_mention *mm = &ex->mentions[m];
        /* ... and "Montenegro was also received by X" after "Prime Minister Luís Montenegro": a
         * country's name that is a person's surname, before words said of a person */
        bool country_surname = mm->type == PARLEY_ENTITY_COUNTRY && mm->lex && mm->lex->kind == PARLEY_LEX_COUNTRY &&
                               mm->te == mm->tb + 1 && mm->te < ex->text.n_tokens &&
                               ((parley_text_tok_in_ci(&ex->text, mm->te, after) &&
                                 !(ex->text.tokens[mm->te].flags & PARLEY_TOK_CAP)) ||
                                /* (... or a person's relative clause: "Montenegro, who arrived in
                                 * Luanda on Tuesday, was received by X") */
                                (mm->te + 1 < ex->text.n_tokens && parley_text_tok_is(&ex->text, mm->te, ",") &&
                                 (parley_text_tok_is(&ex->text, mm->te + 1, "who") ||
                                  parley_text_tok_is(&ex->text, mm->te + 1, "whose"))));
        /* (a one-word place, the lexicon's city or one found from context: "in Mahama's first
         * foreign trip") */
        if (!country_surname &&
            (mm->type != PARLEY_ENTITY_LOCATION || (mm->lex && mm->lex->kind != PARLEY_LEX_CITY) || mm->te != mm->tb + 1))
            continue;
        int ent;
        int rc = surname_at(ex, &surnames, &built, mm->tb, &ent);
        if (rc == 0 && ent >= 0) {
            mm->type = PARLEY_ENTITY_PERSON;
            mm->lex = NULL;
            rc = entity_add_mention(ex, ent, m);
        }
        if (rc < 0) {
            parley_map_free(&surnames);
            return rc;
        }
    }
    size_t n = ex->text.n_tokens;
    uint8_t *used = calloc(n ? n : 1, 1);
    if (!used) {
        parley_map_free(&surnames);
        return PARLEY_ENOMEM;
    }
    for (size_t m = 0; m < ex->n_mentions; m++)
        for (size_t q = ex->mentions[m].tb; q < ex->mentions[m].te; q++)
            used[q] = 1;
    int rc = 0;
    for (size_t s = 0; s < ex->text.n_sentences && rc == 0; s++) {
        const parley_sentence *se = &ex->text.sentences[s];
        for (size_t i = se->tok_begin; i < se->tok_end && rc == 0; i++) {
            if (used[i])
                continue;
            size_t e = parley_mentions_name_run(ex, i, se->tok_end);
            /* "May then flew to Paris": a month's name before a lower-case word is the surname of
             * a person of the article ("Theresa May") */
            if (e == i && month_surname(ex, i, se->tok_end)) {
                int ent;
                if ((rc = surname_at(ex, &surnames, &built, i, &ent)) == 0 && ent >= 0) {
                    int mi = parley_mention_add(ex, PARLEY_ENTITY_PERSON, i, i + 1, s, NULL);
                    rc = mi < 0 ? mi : entity_add_mention(ex, ent, (size_t)mi);
                }
                continue;
            }
            if (e == i)
                continue;
            bool clash = false;
            for (size_t q = i; q < e; q++)
                clash |= used[q];
            if (!clash) {
                name_toks nt;
                if ((rc = name_toks_make(ex, i, e, &nt)) < 0)
                    break;
                bool grows;
                int ent = match_person(ex, ix, &nt, ex->text.tokens[i].start, &grows);
                name_toks_free(&nt);
                if (ent >= 0 && !grows) {
                    int mi = parley_mention_add(ex, PARLEY_ENTITY_PERSON, i, e, s, NULL);
                    if (mi < 0)
                        rc = mi;
                    else
                        rc = entity_add_mention(ex, ent, (size_t)mi);
                }
            }
            i = e - 1;
        }
    }
    free(used);
    parley_map_free(&surnames);
    return rc;
}

/* Is country mention o where an office is held from abroad ("Saudi Ambassador to the United
 * States Y", "the envoy to China", "the Ambassador of Spain to Mauritania", "Special Representative
 * for Afghanistan"): an envoy's posting, no one's country? O(1). */
static bool office_posting(const parley_extraction *ex, const parley_mention *o, size_t b)
{
    size_t t = o->tb;
    if (t > b + 1 && parley_text_tok_is(&ex->text, t - 1, "the"))
        t--;
    if (t > b + 1 && parley_text_tok_is(&ex->text, t - 1, "to") && parley_phrase_ends_at(ex, PARLEY_LEX_OFFICE, t - 1, b))
        return true;
    /* (... after the envoy's own country: "the Ambassador of Spain to Mauritania") */
    size_t c = t > b + 3 && parley_text_tok_is(&ex->text, t - 1, "to") ? parley_phrase_start(ex, PARLEY_LEX_COUNTRY, t - 1, b)
                                                                      : SIZE_MAX;
    if (c != SIZE_MAX && c > b + 1 && parley_text_tok_is(&ex->text, c - 1, "of") && parley_phrase_ends_at(ex, PARLEY_LEX_OFFICE, c - 1, b))
        return true;
    /* "Special Representative for Afghanistan X": the country an envoy's office is for */
    /* (... or "the U.S. senior official for North Korea", "the adviser for Ukraine") */
    static const char *const envoys[] = {"envoy", "representative", "coordinator", "official", "adviser", "advisor", NULL};
    return t > b + 2 && parley_text_tok_is(&ex->text, t - 1, "for") && parley_text_tok_in_ci(&ex->text, t - 2, envoys) &&
           parley_phrase_ends_at(ex, PARLEY_LEX_OFFICE, t - 1, b);
}

/* Is country mention o (in sentence s) a place someone is at or goes to: right after "in", "to",
 * "at", "into", "inside", "towards" or a visit phrase ("visit to", "arrived in"), or after "in the",
 * "at the" or a visit phrase and "the" ("is in the United States", "first visit to the USA"; a
 * bare "to the" is as often a recipient, "appreciation to the Republic of Kenya")? A possessive
 * is no place: "an address to Russia's Federal Assembly". */
static bool located_here(const parley_extraction *ex, const parley_mention *o, size_t s);
static bool not_a_place(const parley_extraction *ex, const parley_mention *o, size_t s);

static bool located_at(const parley_extraction *ex, const parley_mention *o, size_t s)
{
    const parley_sentence *se = &ex->text.sentences[s];
    size_t b = se->tok_begin;
    /* (not in a clause of another time: "..., a day after the two leaders signed ... in Türkiye";
     * nor where a document was signed: "to implement the peace declaration signed in Kuala Lumpur") */
    if (parley_in_other_time_clause(ex, se, o->tb) || parley_document_signed_in(ex, o->tb, b))
        return false;
    /* the next of a list of places: "a trip to Japan and the Philippines", "visits to Laos,
     * Vietnam and Cambodia": the list's first place says (back over at most 32 of them) */
    const parley_mention *head = o;
    for (int hops = 0; hops < 32 && head > ex->mentions; hops++) {
        size_t ht = head->tb, c = ht > b + 1 && parley_text_tok_is_ci(&ex->text, ht - 1, "the") ? ht - 2 : ht - 1;
        const parley_mention *p = head - 1;
        if (!(ht > b && c > b && p->sentence == s && p->te == c &&
              (parley_text_tok_is(&ex->text, c, "and") || parley_text_tok_is(&ex->text, c, "or") ||
               parley_text_tok_is(&ex->text, c, ",")) &&
              (p->type == PARLEY_ENTITY_COUNTRY || p->type == PARLEY_ENTITY_LOCATION)))
            break;
        head = p;
    }
    if (!not_a_place(ex, o, s) && !o->nested && head != o && located_here(ex, head, s))
        return true;
    return located_here(ex, o, s);
}

/* The words for a visit ("visit", "trip", "tour"), in any case. */
static const char *const trips[] = {"visit", "trip", "tour", NULL};

/* Does "to" at token q end "a visit of <person> to" / "the visit by <person> to" (a visit word, then
 * "of" or "by" and capitalised words, within the twelve tokens before q)? */
static bool visit_of_before(const parley_extraction *ex, size_t q, size_t b)
{
    size_t k = q;
    while (k > b && k + 12 > q &&
           (((ex->text.tokens[k - 1].flags & PARLEY_TOK_CAP) && ex->text.tokens[k - 1].kind == PARLEY_TOK_WORD) ||
            (parley_text_tok_is(&ex->text, k - 1, "-") && !(ex->text.tokens[k - 1].flags & PARLEY_TOK_SPACE))))
        k--;
    return k < q && k >= b + 2 && (parley_text_tok_is(&ex->text, k - 1, "of") || parley_text_tok_is(&ex->text, k - 1, "by")) &&
           parley_text_tok_in_ci(&ex->text, k - 2, trips);
}

/* A mention that names no place where someone is, whatever the words before it: a possessive
 * ("an address to Russia's Federal Assembly"), a demonym before a noun for no place ("visited
 * Dutch troops", but "the Turkish capital"). */
static bool not_a_place(const parley_extraction *ex, const parley_mention *o, size_t s)
{
    static const char *const places[] = {"capital", "city", "port", "town", "soil", "territory", "side", "border",
                                         "embassy", "consulate", "base", NULL};
    const parley_sentence *se = &ex->text.sentences[s];
    if (o->te < se->tok_end && parley_text_tok_poss(&ex->text, o->te))
        return true;
    return o->lex && o->lex->kind == PARLEY_LEX_DEMONYM && o->te < se->tok_end &&
           ex->text.tokens[o->te].kind == PARLEY_TOK_WORD && !(ex->text.tokens[o->te].flags & PARLEY_TOK_CAP) &&
           !parley_text_tok_in_ci(&ex->text, o->te, places);
}

/* Is place mention o where goods go: after "to" that ends a clause of a verb or noun of trade
 * ("to supply 260,000 processors to South Korea", "exports to China")? sb: its sentence's first
 * token. O(10). */
static bool goods_to(const parley_extraction *ex, const parley_mention *o, size_t sb)
{
    static const char *const sends[] = {"supply", "supplied", "supplies", "supplying", "export", "exports", "exported",
                                        "exporting", "sell", "sold", "sells", "selling", "ship", "shipped", "shipping",
                                        "shipments", "deliver", "delivered", "deliveries", "donate", "donated", "sales",
                                        NULL};
    size_t t = o->tb;
    if (t <= sb || !parley_text_tok_is(&ex->text, t - 1, "to"))
        return false;
    for (size_t q = t - 1; q-- > sb && q + 10 > t && !parley_text_tok_is(&ex->text, q, ",");)
        if (parley_text_tok_in_ci(&ex->text, q, sends))
            return true;
    return false;
}

/* located_at() of mention o itself, not as the next of a list. */
static bool located_here(const parley_extraction *ex, const parley_mention *o, size_t s)
{
    static const char *const preps[] = {"in", "to", "at", "into", "inside", "toward", "towards", NULL};
    const parley_sentence *se = &ex->text.sentences[s];
    size_t b = se->tok_begin, t = o->tb;
    if (not_a_place(ex, o, s))
        return false;
    /* inside someone's title or an organisation's name: "the Ambassador of Azerbaijan to Georgia";
     * but a body visited is a destination ("visited the Pakistan Navy Dockyard") */
    /* (... but a seat of government names its city: "met X at the White House" is in Washington) */
    if (o->nested && t > b && parley_match(ex, t, PARLEY_LEX_SEAT, NULL) == o->te - t) {
        size_t q = t > b + 1 && parley_text_tok_is(&ex->text, t - 1, "the") ? t - 2 : t - 1;
        if (parley_text_tok_is(&ex->text, q, "at") || parley_text_tok_is(&ex->text, q, "in"))
            return true;
    }
    if (o->nested)
        return t > b + 1 && parley_text_tok_is(&ex->text, t - 1, "the") && parley_phrase_ends_at(ex, PARLEY_LEX_VISIT, t - 1, b);
    if (t > b + 1 && (parley_text_tok_is(&ex->text, t - 1, "the") || parley_text_tok_is(&ex->text, t - 1, "The")))
        return parley_text_tok_is(&ex->text, t - 2, "in") || parley_text_tok_is(&ex->text, t - 2, "at") ||
               parley_phrase_ends_at(ex, PARLEY_LEX_VISIT, t - 1, b) ||
               /* "the visit of Prime Minister X to the UAE" (not "the Ambassador to the UAE") */
               (parley_text_tok_is(&ex->text, t - 2, "to") && t > b + 2 && !parley_phrase_ends_at(ex, PARLEY_LEX_OFFICE, t - 2, b) &&
                visit_of_before(ex, t - 2, b));
    if (t <= b)
        return false;
    /* "the war in Ukraine", "the situation in Sudan": a topic, not where anyone is */
    if (t > b + 1 && parley_text_tok_is(&ex->text, t - 1, "in") && parley_topic_noun(ex, t - 2))
        return false;
    /* an office's country, not where anyone is: "the Thai Ambassador to Myanmar" */
    if (office_posting(ex, o, b))
        return false;
    /* a city after the building it is in: "at the State House, Abuja" */
    if (t > b + 3 && parley_text_tok_is(&ex->text, t - 1, ",") && o->lex && o->lex->kind == PARLEY_LEX_CITY) {
        size_t q = t - 1;
        while (q > b && q + 6 > t && ex->text.tokens[q - 1].kind == PARLEY_TOK_WORD &&
               (ex->text.tokens[q - 1].flags & PARLEY_TOK_CAP) && !parley_text_tok_is(&ex->text, q - 1, "The"))
            q--;
        if (q < t - 1 && q > b + 1 && parley_text_tok_is(&ex->text, q - 1, "the") &&
            (parley_text_tok_is(&ex->text, q - 2, "at") || parley_text_tok_is(&ex->text, q - 2, "in")))
            return true;
        /* ("at State House, Nairobi", without "the") */
        if (q < t - 1 && q > b && (parley_text_tok_is(&ex->text, q - 1, "at") || parley_text_tok_is(&ex->text, q - 1, "in")))
            return true;
    }
    /* "to supply 260,000 processors to South Korea": where goods go, not anyone */
    if (goods_to(ex, o, b))
        return false;
    /* (also opening the sentence: "In Manila, he held talks with X") */
    for (size_t k = 0; preps[k]; k++)
        if (parley_text_tok_is(&ex->text, t - 1, preps[k]) ||
            (t - 1 == b && parley_text_tok_is_ci(&ex->text, t - 1, preps[k])))
            return true;
    return parley_phrase_ends_at(ex, PARLEY_LEX_VISIT, t, b);
}

/* The country of a place mention o of sentence s that is where someone is (located_at(); not a
 * bare "to X" unless @p to): a country's name, or a city's country; NULL for other mentions. */
static const char *place_country(const parley_extraction *ex, const parley_mention *o, size_t s, bool to)
{
    size_t b = ex->text.sentences[s].tok_begin;
    /* (looking back, a place gone to is where the story is only when a journey there was told:
     * "on a visit to India", "left for New Delhi") */
    bool departed = !to && o->tb >= b + 2 && parley_departure_for(ex, o->tb - 1, b);
    /* ("welcomed X to London": where they met) */
    bool welcomed = o->tb > b && parley_welcomed_to(ex, o->tb - 1, b);
    if (o->entity < 0 || !(departed || welcomed || located_at(ex, o, s)) ||
        (!to && !welcomed && parley_text_tok_is(&ex->text, o->tb - 1, "to") &&
         !parley_phrase_ends_at(ex, PARLEY_LEX_VISIT, o->tb, b)))
        return NULL;
    if (o->type == PARLEY_ENTITY_COUNTRY)
        return ex->entities[o->entity].name;
    if (o->type == PARLEY_ENTITY_LOCATION && o->lex && o->lex->kind == PARLEY_LEX_CITY)
        return o->lex->country;
    return NULL;
}

/* The mention of dateline place d that is the dateline's: its first outside a headline (not the
 * city a headline names, "... discuss trade in Ankara"), else its first. d has mentions. */
static size_t dateline_mention(const parley_extraction *ex, const parley_entity *d)
{
    size_t first = 0;
    while (first + 1 < d->n_mentions && ex->text.sentences[ex->mentions[d->mentions[first]].sentence].headline)
        first++;
    return d->mentions[first];
}

/* The token after the dateline ("OSLO, Norway --"): its place and the country after a comma;
 * 0 when the article has none. */
static size_t dateline_end(const parley_extraction *ex)
{
    if (ex->dateline_place < 0)
        return 0;
    const parley_entity *d = &ex->entities[ex->dateline_place];
    if (!d->n_mentions)
        return 0;
    size_t dm = dateline_mention(ex, d);
    const parley_mention *m = &ex->mentions[dm];
    size_t end = m->te;
    for (size_t q = dm + 1; q < ex->n_mentions; q++) {
        const parley_mention *o = &ex->mentions[q];
        if (o->sentence != m->sentence || o->tb > end + 1)
            break;
        if (o->tb == end + 1 && parley_text_tok_is(&ex->text, end, ",") &&
            (o->type == PARLEY_ENTITY_COUNTRY || o->type == PARLEY_ENTITY_LOCATION))
            end = o->te;
    }
    return end;
}

/* Is demonym mention o the country of someone left unnamed: "the Turkish ambassador", "a
 * Chinese delegation", "the Iranian side" (an office or group word in lower case after it, and
 * no name after that)? */
static bool unnamed_role(const parley_extraction *ex, const parley_mention *o)
{
    /* (... or a group of guests: "host a lunch for the Japanese royals") */
    static const char *const groups[] = {"side", "delegation", "officials", "authorities", "embassy", "counterpart",
                                         "counterparts", "royals", "guests", "visitors", "dignitaries", NULL};
    bool the = o->tb > 0 && parley_text_tok_is_ci(&ex->text, o->tb - 1, "the");
    /* "attended by ... and the Ambassador of Spain to Mauritania.": the office "of" the country,
     * after "the", with no name after it */
    if (o->lex && o->lex->kind == PARLEY_LEX_COUNTRY && o->tb >= 3 && parley_text_tok_is(&ex->text, o->tb - 1, "of")) {
        size_t ob = parley_phrase_start(ex, PARLEY_LEX_OFFICE, o->tb - 1, o->tb > 8 ? o->tb - 8 : 0);
        if (ob != SIZE_MAX && ob > 0 && parley_text_tok_is_ci(&ex->text, ob - 1, "the")) {
            size_t k = o->te, n = ex->text.n_tokens, cl;
            if (k + 1 < n && parley_text_tok_is(&ex->text, k, "to") && (cl = parley_match(ex, k + 1, PARLEY_LEX_COUNTRY, NULL)))
                k += 1 + cl;
            if (k < n && parley_text_tok_is(&ex->text, k, ","))
                k++;
            return !(k < n && ex->text.tokens[k].kind == PARLEY_TOK_WORD && (ex->text.tokens[k].flags & PARLEY_TOK_CAP));
        }
    }
    /* (... or a country's short name used so: "the UAE President", "the US delegation") */
    if (!o->lex || (o->lex->kind != PARLEY_LEX_DEMONYM && !(the && o->lex->kind == PARLEY_LEX_COUNTRY)))
        return false;
    size_t n = ex->text.n_tokens, j = o->te, k = j;
    /* (a body's name after the country's is no one's role: "the UAE Armed Forces") */
    if (o->lex->kind == PARLEY_LEX_COUNTRY &&
        !(j < n && (parley_match(ex, j, PARLEY_LEX_OFFICE, NULL) || parley_text_tok_in_ci(&ex->text, j, groups))))
        return false;
    /* ("the Thai Ambassador to Myanmar": an office in capitals after "the" and the demonym) */
    while (k < n && (the || !(ex->text.tokens[k].flags & PARLEY_TOK_CAP)) && ex->text.tokens[k].kind == PARLEY_TOK_WORD) {
        size_t l = parley_match(ex, k, PARLEY_LEX_OFFICE, NULL);
        if (!l)
            l = parley_match(ex, k, PARLEY_LEX_DOMAIN, NULL);
        if (!l)
            l = parley_match(ex, k, PARLEY_LEX_MODIFIER, NULL);
        /* ("Chinese foreign ministry spokesperson X": a body's head word in lower case) */
        if (!l && k > j && !(ex->text.tokens[k].flags & PARLEY_TOK_CAP))
            l = parley_match(ex, k, PARLEY_LEX_ORGHEAD, NULL);
        /* "The Italian admiral is scheduled to meet X" (a rank in lower case: the lexicon's ranks
         * are capitalised, so any case is taken from the kinds starting at the token) */
        if (!l && parley_kind_starts(ex, k, PARLEY_LEX_RANK))
            l = 1;
        for (size_t g = 0; !l && groups[g]; g++)
            l = parley_text_tok_is(&ex->text, k, groups[g]);
        if (!l)
            break;
        k += l;
    }
    if (k == j)
        return false;
    /* "the Turkish ambassador Ali Bey": a name follows, the country is his ("his Mozambican
     * counterpart, His Excellency President X": after a comma too) */
    if (k + 1 < n && parley_text_tok_is(&ex->text, k, ",") && (parley_text_tok_is(&ex->text, k - 1, "counterpart") ||
                                                               parley_text_tok_is(&ex->text, k - 1, "counterparts")) &&
        (ex->text.tokens[k + 1].flags & PARLEY_TOK_CAP) && ex->text.tokens[k + 1].kind == PARLEY_TOK_WORD)
        return false;
    return !(k < n && (ex->text.tokens[k].flags & PARLEY_TOK_CAP) && ex->text.tokens[k].kind == PARLEY_TOK_WORD);
}

/* Is person mention pm, after token a, the source quoted in a clause of its own (", press
 * secretary X told reporters", ", said X")? */
static bool source_clause_after(const parley_extraction *ex, size_t a, const parley_mention *pm)
{
    static const char *const speech[] = {"said", "told", "says", "stated", "added", "briefed", NULL};
    bool punct = false, said = false;
    for (size_t q = a; q < pm->tb; q++) {
        punct |= ex->text.tokens[q].kind == PARLEY_TOK_PUNCT;
        said |= punct && parley_text_tok_in_ci(&ex->text, q, speech);
    }
    return punct && (said || (pm->te < ex->text.n_tokens && parley_text_tok_in_ci(&ex->text, pm->te, speech)));
}

/* Is country mention o of sentence s the object of a verb addressed to another party ("Lukashenko
 * thanked Russia", "welcomed the Indian delegation"), said by the person at self_m, named before
 * it or quoted after it? A verb whose subject is "we" or "I" is the quote's speaker's, not that of
 * a person named before it ("As I conveyed to Minister X, we appreciate Saudi Arabia's role").
 * O(1): the phrases end at o or one "the" before it. */
static bool addressed_country(const parley_extraction *ex, size_t s, const parley_mention *o, const parley_mention *self_m)
{
    size_t sb = ex->text.sentences[s].tok_begin, start = parley_phrase_start(ex, PARLEY_LEX_ADDRESSEE, o->tb, sb);
    if (start == SIZE_MAX && o->tb > sb + 1 && parley_text_tok_is_ci(&ex->text, o->tb - 1, "the"))
        start = parley_phrase_start(ex, PARLEY_LEX_ADDRESSEE, o->tb - 1, sb);
    if (start == SIZE_MAX)
        return false;
    if (source_clause_after(ex, o->te, self_m))
        return true;
    return self_m->tb < o->tb &&
           !(start > sb && (parley_text_tok_is_ci(&ex->text, start - 1, "we") || parley_text_tok_is(&ex->text, start - 1, "I")));
}

/* The mentions of each sentence: mentions idx[off[s] .. off[s + 1]) lie in sentence s, in
 * mention order. Built once, so that a question about "the mentions of this sentence" does not
 * scan the whole document. */
typedef struct {
    size_t *off, *idx;
    uint8_t *has;   /* per sentence: SM_COUNTRY when it names a country, SM_COUNTERPART a counterpart,
                     * SM_PLACE a country or a city */
} sentence_mentions;

enum { SM_COUNTRY = 1, SM_COUNTERPART = 2, SM_PLACE = 4 };

static int sentence_mentions_build(sentence_mentions *sm, const parley_extraction *ex)
{
    size_t ns = ex->text.n_sentences;
    sm->off = calloc(ns + 2, sizeof(size_t));
    sm->idx = malloc((ex->n_mentions ? ex->n_mentions : 1) * sizeof(size_t));
    sm->has = calloc(ns + 1, 1);
    if (!sm->off || !sm->idx || !sm->has)
        return PARLEY_ENOMEM;
    for (size_t q = 0; q < ex->n_mentions; q++) {
        const parley_mention *m = &ex->mentions[q];
        if (m->sentence < ns)
            sm->has[m->sentence] |= (m->type == PARLEY_ENTITY_COUNTRY ? SM_COUNTRY | SM_PLACE : 0) |
                                    (m->type == PARLEY_ENTITY_LOCATION && m->lex && m->lex->kind == PARLEY_LEX_CITY ? SM_PLACE : 0) |
                                    (m->type == PARLEY_ENTITY_PERSON && m->counterpart ? SM_COUNTERPART : 0);
    }
    for (size_t q = 0; q < ex->n_mentions; q++)
        if (ex->mentions[q].sentence < ns)
            sm->off[ex->mentions[q].sentence + 2]++;
    for (size_t k = 2; k < ns + 2; k++)
        sm->off[k] += sm->off[k - 1];
    for (size_t q = 0; q < ex->n_mentions; q++)
        if (ex->mentions[q].sentence < ns)
            sm->idx[sm->off[ex->mentions[q].sentence + 1]++] = q;
    return 0;
}

static void sentence_mentions_free(sentence_mentions *sm)
{
    free(sm->off);
    free(sm->idx);
    free(sm->has);
}

/* The first place j of sentence s's mentions whose mention starts at token t or later (the
 * mentions are in text order: by bisection, so that a sentence naming thousands stays linear). */
static size_t sm_from(const parley_extraction *ex, const sentence_mentions *sm, size_t s, size_t t)
{
    size_t lo = sm->off[s], hi = sm->off[s + 1];
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (ex->mentions[sm->idx[mid]].tb < t)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

static const char *const gatherings[] = {"summit", "conference", "forum", "dialogue", "expo", "games", "assembly", "session", NULL};

/* Is place mention o a gathering's city ("at the G20 summit in Johannesburg"; "in Kuala Lumpur,
 * where both are attending the ASEAN foreign ministers' meetings"), where those who meet are
 * guests? O(1): twelve tokens after the place at most. */
static bool gathering_city(const parley_extraction *ex, const parley_mention *o)
{
    static const char *const attending[] = {"attending", "attend", "attended", "gathered", NULL};
    const parley_text *t = &ex->text;
    if (o->tb >= 2 && parley_text_tok_is(t, o->tb - 1, "in") && parley_text_tok_in_ci(t, o->tb - 2, gatherings))
        return true;
    if (!(o->te + 2 < t->n_tokens && parley_text_tok_is(t, o->te, ",") && parley_text_tok_is(t, o->te + 1, "where")))
        return false;
    for (size_t q = o->te + 2; q < t->n_tokens && q < o->te + 12; q++) {
        if (parley_text_tok_is(t, q, ",") || parley_text_tok_is(t, q, ".") || parley_text_tok_is(t, q, ";"))
            return false;
        if (parley_text_tok_in_ci(t, q, attending))
            return true;
    }
    return false;
}

/* Is country mention o of sentence s inside the name of a gathering ("to attend the
 * ASEAN-Australia Special Summit")? (Not a body's: "Commander of the U.S. Central Command" is
 * American.) */
static bool in_gathering_name(const parley_extraction *ex, const sentence_mentions *sm, size_t s, const parley_mention *o)
{
    /* (a name holding o starts at most eight tokens before it: O(log + 8), not the sentence) */
    for (size_t j = sm_from(ex, sm, s, o->tb > 8 ? o->tb - 8 : 0); j < sm->off[s + 1]; j++) {
        const parley_mention *b = &ex->mentions[sm->idx[j]];
        if (b->tb > o->tb)
            break;
        if (b->type == PARLEY_ENTITY_ORGANIZATION && b->te > o->te && parley_text_tok_in_ci(&ex->text, b->te - 1, gatherings))
            return true;
    }
    return false;
}

/* Is mention o the object of a visit's verb ("to visit the Philippines", "visited Japan")? O(1). */
static bool visited_object(const parley_extraction *ex, const parley_mention *o, size_t sb)
{
    static const char *const verbs[] = {"visit", "visits", "visited", "visiting", "tour", "toured", "touring", NULL};
    size_t q = o->tb;
    if (o->lex && o->lex->kind == PARLEY_LEX_DEMONYM)
        return false;   /* ("visited British troops": whose troops) */
    if (q > sb && parley_text_tok_is(&ex->text, q - 1, "the"))
        q--;
    if (!(q > sb && parley_text_tok_in_ci(&ex->text, q - 1, verbs)))
        return false;
    /* (not someone else's visit: "invited him to visit Pakistan") */
    static const char *const others[] = {"invited", "invite", "invites", "inviting", "invitation", "him", "her", "them",
                                         "urged", "asked", NULL};
    for (size_t k = q - 1; k-- > sb && k + 6 > q;)
        if (parley_text_tok_in_ci(&ex->text, k, others))
            return false;
    return true;
}

/* Is country mention o one of a pair joined by a hyphen ("the Australia-Philippines Ministerial
 * Meeting", "the India-China border"): a thing of both, no one's country? O(1). */
static bool in_country_pair(const parley_extraction *ex, const parley_mention *o)
{
    const parley_text *t = &ex->text;
    if (o->te + 1 < t->n_tokens && parley_text_tok_is(t, o->te, "-") && !(t->tokens[o->te].flags & PARLEY_TOK_SPACE) &&
        parley_match(ex, o->te + 1, PARLEY_LEX_COUNTRY, NULL))
        return true;
    return o->tb >= 2 && parley_text_tok_is(t, o->tb - 1, "-") && !(t->tokens[o->tb - 1].flags & PARLEY_TOK_SPACE) &&
           parley_phrase_ends_at(ex, PARLEY_LEX_COUNTRY, o->tb - 1, o->tb >= 5 ? o->tb - 5 : 0);
}

/* Does mention o of sentence s lie inside another person's role ("received the Ambassador of
 * Cameroon to Chad, X": no one else goes to Chad)? */
static bool in_others_role(const parley_extraction *ex, const sentence_mentions *sm, size_t s, const parley_mention *o,
                           int self)
{
    for (size_t j = sm->off[s]; j < sm->off[s + 1]; j++) {
        const parley_mention *pm = &ex->mentions[sm->idx[j]];
        if (pm->type == PARLEY_ENTITY_PERSON && pm->entity >= 0 && pm->entity != self && pm->tb <= o->tb &&
            pm->te >= o->te)
            return true;
    }
    return false;
}

/* Is country mention o of sentence s the end of someone else's visit ("at the end of Macron's
 * three-day state visit to Brazil": Lula, named with him, does not visit Brazil)? */
static bool others_visit(const parley_extraction *ex, const sentence_mentions *sm, size_t s, const parley_mention *o,
                         int self)
{
    const parley_text *t = &ex->text;
    size_t b = t->sentences[s].tok_begin, v = SIZE_MAX;
    /* "conveyed an invitation to President X to visit India", "invited him to visit India": the
     * invitee's visit to come */
    if (o->tb >= b + 3 && parley_text_tok_is(t, o->tb - 1, "visit") && parley_text_tok_is(t, o->tb - 2, "to")) {
        if (parley_text_tok_is(t, o->tb - 3, "him") || parley_text_tok_is(t, o->tb - 3, "her") ||
            parley_text_tok_is(t, o->tb - 3, "them"))
            return true;
        for (size_t j = sm_from(ex, sm, s, o->tb > 12 ? o->tb - 12 : 0); j < sm->off[s + 1]; j++) {
            const parley_mention *pm = &ex->mentions[sm->idx[j]];
            if (pm->tb >= o->tb)
                break;
            if (pm->te == o->tb - 2 && pm->type == PARLEY_ENTITY_PERSON && pm->entity >= 0)
                return pm->entity != self;
        }
    }
    /* "the first visit by a Polish head of state to Finland": a visit by someone of another
     * people, described */
    for (size_t q = o->tb; q-- > b + 1 && q + 11 > o->tb;) {
        const parley_lex_entry *de = NULL;
        if (parley_text_tok_is(t, q, "by") && q + 3 < o->tb && parley_text_tok_in_ci(t, q - 1, trips) &&
            (parley_text_tok_is(t, q + 1, "a") || parley_text_tok_is(t, q + 1, "an") || parley_text_tok_is(t, q + 1, "the")) &&
            parley_match(ex, q + 2, PARLEY_LEX_DEMONYM, &de) && de && o->entity >= 0 &&
            strcmp(de->canonical, ex->entities[o->entity].name) != 0)
            return true;
    }
    for (size_t q = o->tb; q-- > b && q + 4 > o->tb && v == SIZE_MAX;)
        if (parley_text_tok_in_ci(t, q, trips))
            v = q;
    for (size_t q = v; v != SIZE_MAX && q-- > b + 1 && q + 6 > v;) {
        if (!parley_text_tok_poss(t, q))
            continue;
        for (size_t j = sm_from(ex, sm, s, q > 12 ? q - 12 : 0); j < sm->off[s + 1]; j++) {
            const parley_mention *pm = &ex->mentions[sm->idx[j]];
            if (pm->tb >= q)
                break;
            if (pm->te == q && pm->type == PARLEY_ENTITY_PERSON && pm->entity >= 0 && pm->entity != self)
                return true;
        }
        return false;
    }
    return false;
}

/* Is country mention o inside a relative clause on another person than self ("received Japan's
 * Foreign Minister X, who is on the first visit by a Japanese foreign minister to Lithuania"), or
 * on a thing (", which are deploying aircraft to Australia")? */
static bool in_others_relative(const parley_extraction *ex, const sentence_mentions *sm, size_t s,
                               const parley_mention *o, int self)
{
    const parley_text *t = &ex->text;
    size_t b = t->sentences[s].tok_begin;
    for (size_t q = o->tb; q-- > b + 1 && q + 24 > o->tb;) {
        if (parley_text_tok_is(t, q, ",") || parley_text_tok_is(t, q, ";"))
            return false;   /* (the clause closed before the country) */
        /* (", which are deploying aircraft to Australia": a clause of a thing's, no one's) */
        if (parley_text_tok_is(t, q, "which") && parley_text_tok_is(t, q - 1, ","))
            return true;
        if (!parley_text_tok_is(t, q, "who") || !parley_text_tok_is(t, q - 1, ","))
            continue;
        for (size_t j = sm_from(ex, sm, s, q > 12 ? q - 12 : 0); j < sm->off[s + 1]; j++) {
            const parley_mention *pm = &ex->mentions[sm->idx[j]];
            if (pm->tb >= q)
                break;
            if (pm->te == q - 1 && pm->type == PARLEY_ENTITY_PERSON && pm->entity >= 0)
                return pm->entity != self;
        }
        return false;
    }
    return false;
}

/* Is person mention pm the object of another person's relative clause with no meeting words
 * ("met Prime Minister Y, who invited Prime Minister X to visit India"): no one met X there.
 * O(24 + mentions near). */
static bool others_relative_object(const parley_extraction *ex, const sentence_mentions *sm, size_t s,
                                   const parley_mention *pm, int self)
{
    const parley_text *t = &ex->text;
    size_t b = t->sentences[s].tok_begin;
    for (size_t q = pm->tb; q-- > b + 1 && q + 24 > pm->tb;) {
        if (parley_text_tok_is(t, q, ",") || parley_text_tok_is(t, q, ";") || parley_text_tok_is(t, q, "which") ||
            parley_match(ex, q, PARLEY_LEX_MEET, NULL) || parley_match(ex, q, PARLEY_LEX_HOST, NULL))
            return false;
        if (parley_text_tok_is(t, q, "who"))
            return parley_text_tok_is(t, q - 1, ",") && in_others_relative(ex, sm, s, pm, self);
    }
    return false;
}

/* Where the capitalised words right before token tb start (a title before a name: "Prime
 * Minister", and with joiners "of"/"for" too: "Minister for Foreign Affairs"), at most eight
 * back and not before sb. O(8). */
static size_t caps_start(const parley_extraction *ex, size_t tb, size_t sb, bool joiners)
{
    size_t q = tb;
    while (q > sb && q + 8 > tb && ex->text.tokens[q - 1].kind == PARLEY_TOK_WORD &&
           ((ex->text.tokens[q - 1].flags & PARLEY_TOK_CAP) ||
            (joiners && (parley_text_tok_is(&ex->text, q - 1, "of") || parley_text_tok_is(&ex->text, q - 1, "for")))))
        q--;
    return q;
}

/* Do meeting words stand in the twelve tokens before token tb of a sentence starting at sb (the
 * person named at tb is whom someone meets)? O(12). */
static bool meet_before_at(const parley_extraction *ex, size_t tb, size_t sb)
{
    for (size_t q = tb; q-- > sb && q + 12 > tb;)
        if (parley_match(ex, q, PARLEY_LEX_MEET, NULL))
            return true;
    return false;
}

/* Is the person said to be in, or going to, the country (in a sentence that names them, other
 * than sentence @p except)? A visitor is not from the country they visit. */
static bool visits_except(const parley_extraction *ex, const sentence_mentions *sm, const parley_entity *person,
                          const char *country, size_t except)
{
    static const char *const journeys[] = {"travelled", "traveled", "flew", "went", "headed", "proceeded", "left",
                                           "continued", NULL};
    /* "ahead of a visit by Prime Minister X later this year" in a story datelined in the country:
     * the visit's country is the dateline's when it names none */
    const parley_entity *dp = ex->dateline_place >= 0 ? &ex->entities[ex->dateline_place] : NULL;
    const char *dc = !dp ? NULL : dp->type == PARLEY_ENTITY_COUNTRY ? dp->name : dp->country;
    for (size_t k = 0; dc && strcmp(dc, country) == 0 && k < person->n_mentions; k++) {
        const parley_mention *self_m = &ex->mentions[person->mentions[k]];
        size_t sb = ex->text.sentences[self_m->sentence].tok_begin, q = caps_start(ex, self_m->tb, sb, false);
        if (q >= sb + 2 && parley_text_tok_is(&ex->text, q - 1, "by") &&
            (parley_text_tok_is(&ex->text, q - 2, "visit") || parley_text_tok_is(&ex->text, q - 2, "trip")) &&
            !(self_m->te + 1 < ex->text.sentences[self_m->sentence].tok_end && parley_text_tok_is(&ex->text, self_m->te, "to")))
            return true;
    }
    for (size_t k = 0; k < person->n_mentions; k++) {
        const parley_mention *self_m = &ex->mentions[person->mentions[k]];
        size_t s = self_m->sentence;
        if (s == except || !(sm->has[s] & SM_PLACE))
            continue;
        for (size_t j = sm->off[s]; j < sm->off[s + 1]; j++) {
            const parley_mention *o = &ex->mentions[sm->idx[j]];
            /* (places only: a sentence naming thousands of people reads them quickly) */
            if (o->type != PARLEY_ENTITY_COUNTRY &&
                !(o->type == PARLEY_ENTITY_LOCATION && o->lex && o->lex->kind == PARLEY_LEX_CITY))
                continue;
            /* ("X met President Y and later travelled to Erbil": the subject's journey, not the
             * object's: "and" and a verb of travel between, a meeting's words before Y) */
            bool subjects = false;
            for (size_t q = self_m->te; o->tb > self_m->te && q + 1 < o->tb && q < self_m->te + 3 && !subjects; q++)
                subjects = parley_text_tok_is(&ex->text, q, "and") &&
                           (parley_text_tok_in_ci(&ex->text, q + 1, journeys) ||
                            (q + 2 < o->tb && parley_text_tok_in_ci(&ex->text, q + 2, journeys)));
            if (subjects && meet_before_at(ex, self_m->tb, ex->text.sentences[s].tok_begin))
                continue;
            /* (the country, or one of its cities: "during a short visit to Jakarta") */
            bool of_country = o->type == PARLEY_ENTITY_COUNTRY ||
                              (o->type == PARLEY_ENTITY_LOCATION && o->lex && o->lex->kind == PARLEY_LEX_CITY &&
                               o->lex->country && o->tb > 0 &&
                               ((parley_text_tok_is(&ex->text, o->tb - 1, "to") &&
                                 (parley_phrase_ends_at(ex, PARLEY_LEX_VISIT, o->tb, ex->text.sentences[s].tok_begin) ||
                                  visit_of_before(ex, o->tb - 1, ex->text.sentences[s].tok_begin))) ||
                                /* ("X arrived in Brasilia after attending ...": the subject's arrival) */
                                (o->tb >= self_m->te + 2 && o->tb <= self_m->te + 4 && parley_text_tok_is(&ex->text, o->tb - 1, "in") &&
                                 (parley_text_tok_is(&ex->text, o->tb - 2, "arrived") || parley_text_tok_is(&ex->text, o->tb - 2, "arrives") ||
                                  parley_text_tok_is(&ex->text, o->tb - 2, "landed")))));
            const char *oc = o->type == PARLEY_ENTITY_COUNTRY ? (o->entity >= 0 ? ex->entities[o->entity].name : NULL)
                                                              : (o->lex ? o->lex->country : NULL);
            /* (... or visited: "was pleased to visit the Philippines") */
            /* (not a return, home more often than not: "X returned to Cairo on Tuesday, where he
             * received Y" under a Cairo dateline) */
            static const char *const returns[] = {"returned", "returns", "returning", "return", NULL};
            bool back = o->tb >= 2 && parley_text_tok_is(&ex->text, o->tb - 1, "to") && parley_text_tok_in_ci(&ex->text, o->tb - 2, returns);
            /* ("..., who invited Prime Minister X to visit India": X is the visitor, whoever's
             * clause it is) */
            bool invited = o->tb == self_m->te + 2 && parley_text_tok_is(&ex->text, self_m->te, "to") &&
                           parley_text_tok_is(&ex->text, self_m->te + 1, "visit");
            if (invited && o->entity >= 0 && oc && strcmp(oc, country) == 0)
                return true;
            if (of_country && !back && o->entity >= 0 && oc && strcmp(oc, country) == 0 &&
                (located_at(ex, o, s) || visited_object(ex, o, ex->text.sentences[s].tok_begin)) &&
                /* (not where an office is posted: "the Ambassador of Spain to Mauritania") */
                !office_posting(ex, o, ex->text.sentences[s].tok_begin) &&
                !in_others_role(ex, sm, s, o, (int)(person - ex->entities)) &&
                !others_visit(ex, sm, s, o, (int)(person - ex->entities)) &&
                !in_others_relative(ex, sm, s, o, (int)(person - ex->entities)))
                return true;
        }
    }
    return false;
}

static bool visits(const parley_extraction *ex, const sentence_mentions *sm, const parley_entity *person,
                   const char *country)
{
    return visits_except(ex, sm, person, country, SIZE_MAX);
}

/* Where each country's first mention in the lead (the first sentence that is not a headline)
 * stands, by entity (SIZE_MAX: not in the lead); NULL when out of memory. */
static size_t *lead_positions(const parley_extraction *ex)
{
    size_t lead = 0;
    while (lead < ex->text.n_sentences && ex->text.sentences[lead].headline)
        lead++;
    size_t *first = malloc((ex->n_entities ? ex->n_entities : 1) * sizeof(size_t));
    for (size_t i = 0; first && i < ex->n_entities; i++) {
        const parley_entity *en = &ex->entities[i];
        first[i] = SIZE_MAX;
        for (size_t k = 0; en->type == PARLEY_ENTITY_COUNTRY && k < en->n_mentions; k++) {
            const parley_mention *m = &ex->mentions[en->mentions[k]];
            if (m->sentence == lead && m->tb < first[i])
                first[i] = m->tb;
        }
    }
    return first;
}

/* Is country mention o said to be a partner of the speaker's ("Sweden is our strategic partner",
 * "Japan remains our closest ally")? Then it is not the speaker's. O(8). */
static bool our_partner_after(const parley_extraction *ex, const parley_mention *o)
{
    static const char *const partners[] = {"partner", "partners", "ally", "allies", "friend", "friends", NULL};
    static const char *const copulas[] = {"is", "remains", "was", "has", "will", "been", "be", "remain", NULL};
    static const char *const whose[] = {"of", "for", "to", NULL};
    const parley_text *t = &ex->text;
    bool our = false, copula = o->te < t->n_tokens && parley_text_tok_in_ci(t, o->te, copulas);
    for (size_t q = o->te; q < t->n_tokens && q < o->te + 8; q++) {
        if (t->tokens[q].kind == PARLEY_TOK_PUNCT && !parley_text_tok_is(t, q, "-"))
            return false;
        if ((q <= o->te + 2 || copula) && parley_text_tok_is(t, q, "our"))
            our = true;
        else if (our && parley_text_tok_in_ci(t, q, partners))
            return true;
        /* ("Vietnam is a key partner in our strategy", "X said Vietnam is a key partner": a
         * partner named, not "India is a trusted partner of Africa", which may be said of one's own) */
        else if (copula && parley_text_tok_in_ci(t, q, partners)) {
            if (q + 1 >= t->n_tokens || !parley_text_tok_in_ci(t, q + 1, whose))
                return true;
            for (size_t r = q + 1; r < t->n_tokens && r < q + 4 && t->tokens[r].kind == PARLEY_TOK_WORD; r++)
                if (parley_text_tok_is(t, r, "our"))
                    return true;
            return false;
        }
    }
    return false;
}

/* A country talked about, not anyone's: "discussed Iran's nuclear program", "talks about the
 * situation regarding Syria", "discussed the coalition led by the U.K. and Norway" (a word of
 * discussion in the 24 tokens before it). */
static bool topic_country(const parley_extraction *ex, const parley_mention *o, size_t s)
{
    /* ('"Sweden is our strategic partner," said X': a partner spoken of) */
    if (our_partner_after(ex, o))
        return true;
    /* ("Personal Envoy on Myanmar", "Special Rapporteur on Iran": what an office is for) */
    if (o->tb >= 2 && parley_text_tok_is(&ex->text, o->tb - 1, "on") && (ex->text.tokens[o->tb - 2].flags & PARLEY_TOK_CAP) &&
        parley_phrase_ends_at(ex, PARLEY_LEX_OFFICE, o->tb - 1, o->tb >= 6 ? o->tb - 6 : 0))
        return true;
    static const char *const words[] = {"discussed", "discuss", "discusses", "discussing", "reviewed", "about",
                                        "regarding", "concerning", "tackled", "tackling", NULL};
    /* ... or a discussion "on" it: "a fruitful discussion on the Johor Bahru-Singapore Link",
     * "talks focused on" (not "During the discussion, X thanked Kenya") */
    static const char *const on_words[] = {"discussion", "discussions", "focused", "focusing", "focus", NULL};
    /* ... and "for talks on European security and support for Ukraine" (parley_talks_on(): not
     * "talks on Monday with X of Ukraine", "talks on the sidelines") */
    size_t b = ex->text.sentences[s].tok_begin;
    /* "a meeting of security council secretaries on Afghanistan", "talks on Ukraine" */
    /* ... 'its "red lines" on Taiwan' (past a closing quote) */
    size_t w = o->tb > b + 2 && (parley_text_tok_is(&ex->text, o->tb - 2, "\"") || parley_text_tok_is(&ex->text, o->tb - 2, "'"))
                   ? o->tb - 3
                   : o->tb - 2;
    if (o->tb > b + 1 && parley_text_tok_is(&ex->text, o->tb - 1, "on") &&
        ex->text.tokens[w].kind == PARLEY_TOK_WORD && !(ex->text.tokens[w].flags & PARLEY_TOK_CAP))
        return true;
    /* "the latest developments in Sudan", "the situation in Ukraine" (not where something is
     * done: "relief operations in the Philippines") */
    static const char *const states[] = {"situation", "developments", "crisis", "war", "conflict", "fighting",
                                         "violence", NULL};
    if (o->tb > b + 1 && parley_text_tok_is(&ex->text, o->tb - 1, "in") && parley_text_tok_in_ci(&ex->text, o->tb - 2, states))
        return true;
    /* "support for Ukraine", "aid to the Palestinians' Gaza", "solidarity with Ukraine": what is
     * backed */
    static const char *const backed[] = {"support", "aid", "assistance", "solidarity", "help", NULL};
    size_t p = o->tb > b && parley_text_tok_is(&ex->text, o->tb - 1, "the") ? o->tb - 1 : o->tb;
    if (p > b + 1 &&
        (parley_text_tok_is(&ex->text, p - 1, "for") || parley_text_tok_is(&ex->text, p - 1, "to") ||
         parley_text_tok_is(&ex->text, p - 1, "with")) &&
        parley_text_tok_in_ci(&ex->text, p - 2, backed))
        return true;
    for (size_t q = o->tb > b + 24 ? o->tb - 24 : b; q < o->tb; q++)
        if (parley_text_tok_in_ci(&ex->text, q, words) ||
            (parley_text_tok_in_ci(&ex->text, q, on_words) && q + 1 < o->tb && parley_text_tok_is(&ex->text, q + 1, "on")))
            return true;
        else if (parley_talks_on(ex, q, o->tb))
            return true;
    return false;
}

/* Is country mention o in what the person of mention self_m hopes, after "hope that" ("Minister Cho
 * expressed hope that China would continue to play a constructive role")? */
static bool said_that_country(const parley_extraction *ex, const parley_mention *o, const parley_mention *self_m)
{
    if (self_m->te > o->tb)
        return false;
    /* (a hope or a wish is of another's doing; what one says or notes may be one's own country's:
     * "Hasanov noted that cooperation between Azerbaijan and Pakistan") */
    static const char *const hopes[] = {"hope", "hopes", "hoped", "wish", "wishes", "wished", NULL};
    for (size_t q = o->tb; q-- > self_m->te && q + 6 > o->tb;)
        if (parley_text_tok_is(&ex->text, q, "that"))
            return q > self_m->te && parley_text_tok_in_ci(&ex->text, q - 1, hopes);
    return false;
}

/* "A, who also met President X, said Hungary opposes ...": is the person of mention self_m named
 * inside a relative clause said of someone else (", who" ... ","), and country mention o after
 * the clause closes (the head's predicate, not the person's)? O(24). */
static bool after_others_clause(const parley_extraction *ex, const parley_mention *o, const parley_mention *self_m)
{
    const parley_text *t = &ex->text;
    size_t sb = ex->text.sentences[self_m->sentence].tok_begin, se = ex->text.sentences[self_m->sentence].tok_end;
    if (o->sentence != self_m->sentence || o->tb <= self_m->te)
        return false;
    size_t who = SIZE_MAX;
    for (size_t q = self_m->tb; q-- > sb + 1 && q + 12 > self_m->tb;) {
        if (parley_text_tok_is(t, q, ","))
            return false;
        if (parley_text_tok_is(t, q, "who") && parley_text_tok_is(t, q - 1, ",")) {
            who = q;
            break;
        }
    }
    if (who == SIZE_MAX || who < sb + 2 || t->tokens[who - 2].kind != PARLEY_TOK_WORD || !(t->tokens[who - 2].flags & PARLEY_TOK_CAP))
        return false;
    for (size_t q = self_m->te; q < se && q < self_m->te + 12 && q < o->tb; q++)
        if (parley_text_tok_is(t, q, ","))
            return true;
    return false;
}

/* Does country mention o head the government the person of mention self_m leads: "ways to support
 * Lebanon's new government led by Prime Minister X", "Iraq's cabinet, headed by X" (the country is
 * theirs, whatever else the sentence says of it)? */
static bool government_led_by(const parley_extraction *ex, const parley_mention *o, const parley_mention *self_m)
{
    static const char *const bodies[] = {"government", "cabinet", "administration", NULL};
    size_t q = o->te;
    if (self_m->tb <= q + 3 || self_m->tb > q + 14 || !parley_text_tok_poss(&ex->text, q))
        return false;
    for (q++; q < self_m->tb && q < o->te + 4 && !parley_text_tok_in_ci(&ex->text, q, bodies); q++)
        if (ex->text.tokens[q].kind != PARLEY_TOK_WORD || (ex->text.tokens[q].flags & PARLEY_TOK_CAP))
            return false;
    if (q >= self_m->tb || !parley_text_tok_in_ci(&ex->text, q, bodies))
        return false;
    q++;
    if (q < self_m->tb && parley_text_tok_is(&ex->text, q, ","))
        q++;
    if (q + 2 > self_m->tb || !parley_text_tok_is(&ex->text, q + 1, "by") ||
        !(parley_text_tok_is(&ex->text, q, "led") || parley_text_tok_is(&ex->text, q, "headed")))
        return false;
    /* (the title between is capitalised words only) */
    for (q += 2; q < self_m->tb; q++)
        if (ex->text.tokens[q].kind != PARLEY_TOK_WORD || !(ex->text.tokens[q].flags & PARLEY_TOK_CAP))
            return false;
    return true;
}

/* The country the article is about: the one named most often; of several named as often, the
 * one the lead names first (lead_first from lead_positions()), else none. The countries the
 * person is said to visit do not count. */
static const char *most_frequent_country(const parley_extraction *ex, const sentence_mentions *sm,
                                         const size_t *lead_first, const uint32_t *countries, const size_t *said,
                                         size_t n_countries, const parley_entity *person, const char *avoid,
                                         const char *avoid2)
{
    const parley_entity *best = NULL;
    bool tied = false;
    size_t best_first = SIZE_MAX, best_n = 0;
    for (size_t c = 0; c < n_countries; c++) {
        size_t i = countries[c];
        const parley_entity *en = &ex->entities[i];
        if (en->type != PARLEY_ENTITY_COUNTRY || !en->n_mentions || visits(ex, sm, person, en->name) ||
            (avoid && strcmp(en->name, avoid) == 0) || (avoid2 && strcmp(en->name, avoid2) == 0))
            continue;
        size_t n = said[c];   /* mentions that are not a discussion's topic */
        if (!n)
            continue;
        if (!best || n > best_n) {
            best = en;
            best_n = n;
            best_first = lead_first[i];
            tied = false;
        } else if (n == best_n) {
            if (lead_first[i] < best_first) {
                best = en;
                best_first = lead_first[i];
            }
            tied = true;
        }
    }
    return best && (!tied || (best_first != SIZE_MAX && person->title)) ? best->name : NULL;
}

static bool and_joined(const parley_extraction *ex, const parley_mention *a, const parley_mention *b, size_t titles);

/* The meeting words that person mention pm is the subject of: within six tokens after it, or
 * past an insertion between commas or brackets ("X, this evening (Monday, 4 September), met with"),
 * up to 20, and before anyone else is named; SIZE_MAX when none. */
static size_t meet_after(const parley_extraction *ex, const sentence_mentions *sm, const parley_mention *pm)
{
    size_t s = pm->sentence, end = ex->text.sentences[s].tok_end;
    size_t limit = pm->te + (pm->te < end && parley_text_tok_is(&ex->text, pm->te, ",") ? 20 : 10);
    /* from the first mention at or after the person's end, up to the limit */
    for (size_t j = sm_from(ex, sm, s, pm->te); j < sm->off[s + 1]; j++) {
        const parley_mention *o = &ex->mentions[sm->idx[j]];
        if (o->tb >= limit)
            break;
        /* (the name after its own role, "The Minister of Defence, Dr X, has held talks", is no
         * other person; nor is a companion set off by a comma: "X, accompanied by Y, received Z",
         * whose clause the limit then spans) */
        bool companion = o->tb >= pm->te + 4 && parley_text_tok_is(&ex->text, pm->te, ",") &&
                         (parley_text_tok_is(&ex->text, pm->te + 1, "accompanied") ||
                          parley_text_tok_is(&ex->text, pm->te + 1, "flanked")) &&
                         parley_text_tok_is(&ex->text, pm->te + 2, "by") && o->tb <= pm->te + 8;
        if (companion)
            limit = o->te + 12 < end ? o->te + 12 : end;
        /* (a second subject joined by "and" shares the meeting words: "Foreign Minister A and
         * Defense Minister B held talks with ...") */
        else if (o->type == PARLEY_ENTITY_PERSON && o->tb >= pm->te && !(o->entity == pm->entity && o->entity >= 0) &&
                 o->tb < limit && !ex->text.sentences[s].headline && and_joined(ex, pm, o, 5))
            limit = o->te + 10 < end ? o->te + 10 : end;
        else if (o->type == PARLEY_ENTITY_PERSON && o->tb >= pm->te && !(o->entity == pm->entity && o->entity >= 0))
            limit = o->tb;
    }
    for (size_t q = pm->te; q < end && q < limit; q++)
        if (parley_match(ex, q, PARLEY_LEX_MEET, NULL) ||
            /* 'held "2+2" talks with' */
            (parley_match(ex, q, PARLEY_LEX_MEET_NOUN, NULL) == 1 && q + 1 < end && parley_text_tok_is(&ex->text, q + 1, "with")))
            return q;
    /* ... or a named meeting held with someone: 'held the Japan-Philippines "2+2" with' */
    size_t nl, nm = pm->te > 0 && pm->te < end ? parley_named_meeting(ex, pm->te - 1, limit + 24 < end ? limit + 24 : end, &nl)
                                                : SIZE_MAX;
    return nm < limit ? nm : SIZE_MAX;
}

/* The country of the place where the person meets someone: a city or country the sentence puts
 * the meeting in ("in Dhaka"), in the first sentence where the person is the subject of meeting
 * words; NULL when none. */
static const char *meeting_place_country(const parley_extraction *ex, const sentence_mentions *sm,
                                         const parley_entity *person)
{
    for (size_t k = 0; k < person->n_mentions; k++) {
        const parley_mention *pm = &ex->mentions[person->mentions[k]];
        size_t s = pm->sentence;
        if (meet_after(ex, sm, pm) == SIZE_MAX)
            continue;
        /* on a summit's sidelines both sides may be visitors */
        if (parley_on_sidelines(ex, ex->text.sentences[s].tok_begin, ex->text.sentences[s].tok_end))
            return NULL;
        for (size_t j = sm->off[s]; j < sm->off[s + 1]; j++) {
            const parley_mention *o = &ex->mentions[sm->idx[j]];
            const char *c = o->tb >= pm->te ? place_country(ex, o, s, false) : NULL;
            /* (a gathering's city: "held talks with the Chinese premier at the G20 summit in
             * Johannesburg") */
            if (c)
                return gathering_city(ex, o) ? NULL : c;
        }
        return NULL;
    }
    return NULL;
}

/* The country the article names most for the person: another than that of the person they meet
 * when the article names one ("KIHARA Minoru held a meeting with the Secretary of the Philippines
 * X in Manila" in an article about Japan and the Philippines), else theirs too (a minister meeting
 * their own president, where only their country is named), unless they are said to visit ("called
 * on King Abdullah II of Jordan"). */
static bool meets_two_countries(const parley_extraction *ex, const sentence_mentions *sm, const parley_entity *person);
static size_t people_met(const parley_extraction *ex, const sentence_mentions *sm, const parley_entity *person,
                         const parley_mention **out, size_t cap);

/* Is the title a country's leader's, head of state or of government ("President", "Prime
 * Minister", "Federal Chancellor"), with nothing before it that makes it another's ("Vice")? */
static bool leader_office(const char *title)
{
    static const char *const leaders[] = {"President", "Prime Minister", "Chancellor", "Federal Chancellor", "Premier",
                                          "Federal President", NULL};
    for (size_t k = 0; title && leaders[k]; k++)
        if (strcasecmp(title, leaders[k]) == 0)
            return true;
    return false;
}

/* "In Paris, X met Macron, and in Berlin he is expected to meet Chancellor Merz": one with a guess
 * named after a clause that opens with its own city (", and in <city> he"), in a sentence naming
 * another city before, is of that city's country. Changes guess[]. O(mentions): the clauses are
 * found in one pass, then each person's mentions read. */
static void clause_city_guesses(const parley_extraction *ex, const char **guess)
{
    const parley_text *t = &ex->text;
    size_t found_s = SIZE_MAX, from = 0, cities = 0, cur = SIZE_MAX;
    const char *country = NULL;
    /* (a story tells it once or twice: the first such clause is read) */
    for (size_t m = 0; m < ex->n_mentions && found_s == SIZE_MAX; m++) {
        const parley_mention *o = &ex->mentions[m];
        if (o->sentence != cur) {
            cur = o->sentence;
            cities = 0;
        }
        if (o->type != PARLEY_ENTITY_LOCATION || !o->lex || o->lex->kind != PARLEY_LEX_CITY || !o->lex->country)
            continue;
        cities++;
        size_t sb = t->sentences[o->sentence].tok_begin;
        if (cities >= 2 && o->tb >= sb + 3 && parley_text_tok_is(t, o->tb - 1, "in") && o->te < t->n_tokens &&
            (parley_text_tok_is(t, o->te, "he") || parley_text_tok_is(t, o->te, "she")) &&
            parley_text_tok_is(t, o->tb - 2, "and") && parley_text_tok_is(t, o->tb - 3, ",")) {
            found_s = o->sentence;
            from = o->te;
            country = o->lex->country;
        }
    }
    for (size_t i = 0; found_s != SIZE_MAX && i < ex->n_entities; i++) {
        const parley_entity *en = &ex->entities[i];
        if (en->type != PARLEY_ENTITY_PERSON || en->country || !guess[i])
            continue;
        for (size_t k = 0; k < en->n_mentions; k++) {
            const parley_mention *pm = &ex->mentions[en->mentions[k]];
            if (pm->sentence == found_s && pm->tb > from) {
                guess[i] = country;
                break;
            }
        }
    }
}

static bool international(const parley_extraction *ex, const parley_entity *en);

static const char *guess_from_article(const parley_extraction *ex, const sentence_mentions *sm,
                                      const size_t *lead_first, const uint32_t *countries, const size_t *said,
                                      size_t n_countries, const parley_entity *person, const char *avoid,
                                      const char *met, bool visitor)
{
    /* (one who meets people of two countries or more is on a tour: the article's countries are
     * theirs, none is the person's) */
    if (met && meets_two_countries(ex, sm, person))
        return NULL;
    const char *c = most_frequent_country(ex, sm, lead_first, countries, said, n_countries, person, avoid, met);
    const char *other = met ? met : avoid;
    if (c || !other || visitor)
        return c;
    /* "X held a meeting with visiting US official Y in Dhaka", "X met the Chinese Consul General
     * in Lahore": the country of the city they met in, when it is not the other's */
    const char *where = meeting_place_country(ex, sm, person);
    /* (not where those met are all international bodies' officers: "Pashinyan met European
     * Council President A and European Commission President B in Brussels") */
    const parley_mention *im[8];
    size_t ni = where ? people_met(ex, sm, person, im, 8) : 0;
    bool bodies_only = ni > 0;
    for (size_t k = 0; k < ni && bodies_only; k++)
        bodies_only = !ex->entities[im[k]->entity].country && international(ex, &ex->entities[im[k]->entity]);
    if (where && !bodies_only && strcmp(where, other) != 0 && !(avoid && strcmp(where, avoid) == 0))
        return where;
    /* "President X received the Governor of the Central Bank of Nigeria, Y, and the Minister of
     * Finance, Z, at the Presidential Villa, Abuja": a head of state or government who meets only
     * officials of the one country named, no leader among them, in that country, is of it */
    if (where && met && !avoid && strcmp(where, met) == 0 && leader_office(person->title)) {
        bool only = true;
        for (size_t c = 0; c < n_countries && only; c++)
            only = !said[c] || strcmp(ex->entities[countries[c]].name, met) == 0;
        const parley_mention *mp[8];
        size_t nm = only ? people_met(ex, sm, person, mp, 8) : 0;
        for (size_t k = 0; k < nm && only; k++)
            only = !leader_office(ex->entities[mp[k]->entity].title);
        if (only && nm)
            return met;
    }
    /* (not for a leader meeting a leader the country is said of: "Prime Minister X met Indonesian
     * President Y in Jakarta" tells a visit; "Defence Minister X met Indian Prime Minister Y" may
     * tell a minister with their own) */
    const parley_mention *first_met[1];
    if (met && !avoid && leader_office(person->title) && people_met(ex, sm, person, first_met, 1) &&
        first_met[0]->country && strcmp(first_met[0]->country, met) == 0 &&
        leader_office(ex->entities[first_met[0]->entity].title))
        return NULL;
    /* (the other's country only where no other is named: "Keir Starmer held talks with the Chinese
     * premier" in a story naming Britain, India and South Africa once each is no Chinese's) */
    for (size_t c = 0; met && c < n_countries; c++) {
        const parley_entity *ce = &ex->entities[countries[c]];
        if (said[c] && strcmp(ce->name, met) != 0 && !(avoid && strcmp(ce->name, avoid) == 0))
            return NULL;
    }
    return most_frequent_country(ex, sm, lead_first, countries, said, n_countries, person, avoid, NULL);
}

/* The mentions of the people the person meets as the subject of meeting words (those named after
 * the words in the sentence), at most cap of them in out; how many. O(mentions of the person's
 * sentences). */
static size_t people_met(const parley_extraction *ex, const sentence_mentions *sm, const parley_entity *person,
                         const parley_mention **out, size_t cap)
{
    int self = (int)(person - ex->entities);
    size_t n = 0;
    for (size_t k = 0; k < person->n_mentions && n < cap; k++) {
        const parley_mention *pm = &ex->mentions[person->mentions[k]];
        size_t s = pm->sentence, trig = meet_after(ex, sm, pm);
        for (size_t j = trig == SIZE_MAX ? sm->off[s + 1] : sm_from(ex, sm, s, trig); j < sm->off[s + 1] && n < cap; j++) {
            const parley_mention *o = &ex->mentions[sm->idx[j]];
            if (o->type == PARLEY_ENTITY_PERSON && o->entity >= 0 && o->entity != self)
                out[n++] = o;
        }
    }
    return n;
}

/* Does person mention pm owe its country to a state or province opening its title ("Alberta
 * Premier X": Canada), with no country or people's word there? A domestic official, then: whom
 * they meet may be of the same country. O(8). */
static bool country_by_region(const parley_extraction *ex, const parley_mention *pm)
{
    size_t b = ex->text.sentences[pm->sentence].tok_begin;
    bool region = false;
    for (size_t q = pm->tb; q-- > b && q + 8 > pm->tb;) {
        const parley_lex_entry *e = NULL;
        if (parley_match(ex, q, PARLEY_LEX_COUNTRY, NULL) || parley_match(ex, q, PARLEY_LEX_DEMONYM, NULL))
            return false;
        if (parley_match(ex, q, PARLEY_LEX_REGION, &e) && e && e->country && strcmp(e->country, pm->country) == 0)
            region = true;
        if (ex->text.tokens[q].kind != PARLEY_TOK_WORD)
            break;
    }
    return region;
}

/* Does the person meet someone said to be of country c ("On Wednesday, Modi met South African
 * President X" in a story from Johannesburg)? The first eight people met are read. */
static bool meets_one_of(const parley_extraction *ex, const sentence_mentions *sm, const parley_entity *person,
                         const char *c)
{
    const parley_mention *met[8];
    size_t n = c ? people_met(ex, sm, person, met, 8) : 0;
    for (size_t k = 0; k < n; k++)
        if (met[k]->country && strcmp(met[k]->country, c) == 0 && !country_by_region(ex, met[k]))
            return true;
    return false;
}

/* Does the person meet people of two countries or more (the countries of the people named after
 * the meeting words the person is the subject of)? */
static bool meets_two_countries(const parley_extraction *ex, const sentence_mentions *sm, const parley_entity *person)
{
    const parley_mention *met[16];
    size_t n = people_met(ex, sm, person, met, 16);
    const char *first = NULL;
    for (size_t k = 0; k < n; k++) {
        const char *c = ex->entities[met[k]->entity].country;
        if (!c)
            continue;
        if (!first)
            first = c;
        else if (strcmp(first, c) != 0)
            return true;
    }
    return false;
}

/* The stated country of someone the person meets: a person on the other side of meeting words in
 * a sentence naming them both ("KIHARA Minoru held a meeting with the Secretary of National Defense
 * of the Philippines, X"), or NULL. A guess from the article's countries passes over it. */
static const char *met_persons_country(const parley_extraction *ex, const sentence_mentions *sm,
                                       const parley_entity *person, int self, bool *visitor)
{
    *visitor = false;
    for (size_t k = 0; k < person->n_mentions; k++) {
        const parley_mention *pm = &ex->mentions[person->mentions[k]];
        size_t s = pm->sentence, trig = meet_after(ex, sm, pm);
        if (trig == SIZE_MAX)
            continue;
        for (size_t j = sm->off[s]; j < sm->off[s + 1]; j++) {
            const parley_mention *o = &ex->mentions[sm->idx[j]];
            if (o->type == PARLEY_ENTITY_PERSON && o->entity >= 0 && o->entity != self && o->tb > trig &&
                ex->entities[o->entity].country) {
                /* "called on", "paid a courtesy call on": said of a visitor */
                for (size_t q = trig; q < o->tb && !*visitor; q++)
                    *visitor = (parley_text_tok_is_ci(&ex->text, q, "called") || parley_text_tok_is_ci(&ex->text, q, "call") ||
                                parley_text_tok_is_ci(&ex->text, q, "calls")) &&
                               q + 1 < o->tb && parley_text_tok_is_ci(&ex->text, q + 1, "on");
                return ex->entities[o->entity].country;
            }
        }
    }
    /* the person met: "X of Pakistan met with A, and the Commander of the Naval Forces, B": a
     * person before whose meeting words come before this one (the sentence's first person, then
     * the eight nearest, so that a sentence listing thousands stays linear) */
    for (size_t k = 0; k < person->n_mentions; k++) {
        const parley_mention *pm = &ex->mentions[person->mentions[k]];
        /* (not one named in a clause of another time: "..., a day after the inauguration of
         * President X") */
        if (parley_in_other_time_clause(ex, &ex->text.sentences[pm->sentence], pm->tb))
            continue;
        size_t s = pm->sentence, at = sm_from(ex, sm, s, pm->tb), near = at;
        for (size_t back = 0; near > sm->off[s] && back < 8;)
            back += ex->mentions[sm->idx[--near]].type == PARLEY_ENTITY_PERSON;
        size_t first = sm->off[s];
        while (first < near && ex->mentions[sm->idx[first]].type != PARLEY_ENTITY_PERSON)
            first++;
        for (size_t j = first; j < at; j = j == first && first < near ? near : j + 1) {
            const parley_mention *o = &ex->mentions[sm->idx[j]];
            if (o->te > pm->tb || o->type != PARLEY_ENTITY_PERSON || o->entity < 0 || o->entity == self ||
                !ex->entities[o->entity].country)
                continue;
            size_t trig = meet_after(ex, sm, o);
            if (trig != SIZE_MAX && trig < pm->tb)
                return ex->entities[o->entity].country;
        }
    }
    return NULL;
}

/* The country stated at the mention of the first person the person meets ("X met Chinese
 * President Y": China), or NULL. O(mentions of the person's sentences). */
static const char *met_stated_country(const parley_extraction *ex, const sentence_mentions *sm,
                                      const parley_entity *person, int self)
{
    const parley_mention *met[1];
    if (people_met(ex, sm, person, met, 1))
        return met[0]->country && !country_by_region(ex, met[0]) ? met[0]->country : NULL;
    /* "held bilateral meetings with:" over a list: its first item's */
    for (size_t k = 0; k < person->n_mentions; k++) {
        const parley_mention *pm = &ex->mentions[person->mentions[k]];
        size_t s = pm->sentence;
        const parley_sentence *se = &ex->text.sentences[s];
        if (meet_after(ex, sm, pm) == SIZE_MAX || s + 1 >= ex->text.n_sentences || se->tok_end <= se->tok_begin ||
            !parley_text_tok_is(&ex->text, se->tok_end - 1, ":"))
            continue;
        for (size_t j = sm->off[s + 1]; j < sm->off[s + 2]; j++) {
            const parley_mention *o = &ex->mentions[sm->idx[j]];
            if (o->type == PARLEY_ENTITY_PERSON && o->entity >= 0 && o->entity != self)
                return o->country;
        }
    }
    return NULL;
}

/* Is token r (of a sentence from token b) one of an office's words, in lower case too ("the
 * national security adviser, X")? O(4 lookups). */
static bool in_office_words(const parley_extraction *ex, size_t b, size_t r)
{
    for (size_t q = r + 1; q-- > b && q + 4 > r;) {
        size_t l = parley_match(ex, q, PARLEY_LEX_OFFICE, NULL);
        if (l && q + l > r)
            return true;
    }
    return false;
}

/* May the word at token r (of a sentence from token b) stand in a list of companions, among
 * their titles and names: a capitalised word, "and", "of", "the", "for", an office's word in lower
 * case ("the national security adviser, X")? O(4 lookups). */
static bool suite_word(const parley_extraction *ex, size_t b, size_t r)
{
    const parley_token *tk = &ex->text.tokens[r];
    return (tk->flags & PARLEY_TOK_CAP) || parley_text_tok_is(&ex->text, r, "and") || parley_text_tok_is(&ex->text, r, "of") ||
           parley_text_tok_is(&ex->text, r, "the") || parley_text_tok_is(&ex->text, r, "for") || in_office_words(ex, b, r);
}

/* Is person mention pm in the list right after "accompanied by", "joined by" or ", together
 * with" (titles, names, commas and "and" only between)? O(24 · 4 lookups). */
static bool companion_listed(const parley_extraction *ex, const parley_mention *pm)
{
    size_t b = ex->text.sentences[pm->sentence].tok_begin;
    for (size_t r = pm->tb; r-- > b + 1 && r + 24 > pm->tb;) {
        const parley_token *tk = &ex->text.tokens[r];
        if (parley_text_tok_is(&ex->text, r, "by") || parley_text_tok_is(&ex->text, r, "with"))
            return (parley_text_tok_is(&ex->text, r, "by") && (parley_text_tok_is(&ex->text, r - 1, "accompanied") ||
                                                                parley_text_tok_is(&ex->text, r - 1, "joined"))) ||
                   (parley_text_tok_is(&ex->text, r, "with") &&
                    (parley_text_tok_is(&ex->text, r - 1, "together") || parley_text_tok_is(&ex->text, r - 1, "along")) &&
                    r >= b + 2 && parley_text_tok_is(&ex->text, r - 2, ","));
        if (tk->kind == PARLEY_TOK_WORD && !suite_word(ex, b, r))
            return false;
    }
    return false;
}

static int kin_owner(const parley_extraction *ex, const sentence_mentions *sm, size_t self, const parley_mention *pm);
static const parley_mention *opening_person(const parley_extraction *ex);
static size_t leader_office_len(const parley_extraction *ex, size_t k);
static const parley_mention *delegation_led_by(const parley_extraction *ex, const sentence_mentions *sm,
                                               const parley_mention *pm);

/* Does person mention o own the delegation named right after it ("Fidan's delegation")? O(1). */
static bool owns_delegation(const parley_extraction *ex, const parley_mention *o)
{
    return o->te + 1 < ex->text.n_tokens && parley_text_tok_poss(&ex->text, o->te) &&
           parley_text_tok_is(&ex->text, o->te + 1, "delegation");
}

/* The person whom person en accompanies: "X was accompanied by A and B", "X was joined by A",
 * "The prime minister was accompanied by A" (the person the story names with that office, else
 * the story's untitled first person for a leader's office), "A, who accompanied X", the leader of
 * a delegation en is in, or whose kin, ally or aide en is named as (kin_owner()); -1 when none.
 * *suite tells whether en was named in X's suite ("was accompanied by"), not as an escort after
 * a comma. O(mentions of en's sentences + entities). */
static bool leads_international_body(const parley_extraction *ex, const parley_entity *en);

static int accompanied_principal(const parley_extraction *ex, const sentence_mentions *sm, const parley_entity *en,
                                 bool *suite)
{
    *suite = false;
    for (size_t k = 0; k < en->n_mentions; k++) {
        const parley_mention *pm = &ex->mentions[en->mentions[k]];
        /* ("Sugiono, a close ally of President X, also met Y", "Mr Albanese's partner X": the
         * one whose ally or kin X is named) */
        int ow = kin_owner(ex, sm, (size_t)(en - ex->entities), pm);
        if (ow >= 0)
            return ow;
        /* ("X, who led a delegation including Y": the delegation's leader) */
        const parley_mention *leader = delegation_led_by(ex, sm, pm);
        if (leader)
            return leader->entity;
        size_t s = pm->sentence, b = ex->text.sentences[s].tok_begin, q = SIZE_MAX;
        /* ("Fidan's delegation included intelligence chief A": the one whose delegation it is;
         * the mentions of the twelve tokens before, found by bisection: a sentence naming
         * thousands stays linear) */
        for (size_t j = sm_from(ex, sm, s, pm->tb); j-- > sm->off[s];) {
            const parley_mention *o = &ex->mentions[sm->idx[j]];
            if (o->te + 12 <= pm->tb)
                break;
            if (o->type == PARLEY_ENTITY_PERSON && o->entity >= 0 && &ex->entities[o->entity] != en && o->te + 3 <= pm->tb &&
                owns_delegation(ex, o) &&
                (parley_text_tok_is(&ex->text, o->te + 2, "included") || parley_text_tok_is(&ex->text, o->te + 2, "includes") ||
                 parley_text_tok_is(&ex->text, o->te + 2, "comprised"))) {
                *suite = true;
                return o->entity;
            }
        }
        /* ("Foreign Minister A, who accompanied Abela, held talks with ...": whom A's relative
         * clause says A accompanies, named right after the verb, a title between) */
        size_t se_end = ex->text.sentences[s].tok_end;
        if (pm->te + 3 < se_end && parley_text_tok_is(&ex->text, pm->te, ",") && parley_text_tok_is(&ex->text, pm->te + 1, "who") &&
            parley_text_tok_is(&ex->text, pm->te + 2, "accompanied")) {
            for (size_t j = sm->off[s]; j < sm->off[s + 1]; j++) {
                const parley_mention *o = &ex->mentions[sm->idx[j]];
                if (o->tb <= pm->te + 2 || o->type != PARLEY_ENTITY_PERSON || o->entity < 0)
                    continue;
                bool titled = o->tb < pm->te + 8;
                for (size_t r = pm->te + 3; r < o->tb && titled; r++)
                    titled = ex->text.tokens[r].kind == PARLEY_TOK_WORD &&
                             ((ex->text.tokens[r].flags & PARLEY_TOK_CAP) || parley_text_tok_is(&ex->text, r, "the") ||
                              in_office_words(ex, b, r));
                if (titled && &ex->entities[o->entity] != en) {
                    *suite = true;
                    return o->entity;
                }
                break;
            }
        }
        /* (no other clause opening between: "X was accompanied by A, while the Cuban side included
         * B" names B in no one's suite) */
        static const char *const breaks[] = {"while", "whereas", "but", "was", "were", "who", "which", NULL};
        for (size_t r = pm->tb; r-- > b + 1 && r + 24 > pm->tb && q == SIZE_MAX;) {
            if ((parley_text_tok_is(&ex->text, r, "accompanied") && parley_text_tok_is(&ex->text, r + 1, "by")) ||
                /* ("Carney was joined by Foreign Affairs Minister X": a suite, after "was") */
                (parley_text_tok_is(&ex->text, r, "joined") && parley_text_tok_is(&ex->text, r + 1, "by") &&
                 parley_text_tok_is(&ex->text, r - 1, "was")) ||
                /* (", together with Minister X" at the clause's end: the subject's companion; so
                 * ", along with ambassador X") */
                ((parley_text_tok_is(&ex->text, r, "together") || parley_text_tok_is(&ex->text, r, "along")) &&
                 parley_text_tok_is(&ex->text, r + 1, "with") && parley_text_tok_is(&ex->text, r - 1, ",") && r + 8 > pm->tb))
                q = r;
            else if (parley_text_tok_in_ci(&ex->text, r, breaks) || parley_text_tok_is(&ex->text, r, ";"))
                break;
        }
        /* (the one accompanied "together with" is the sentence's subject, its first person) */
        if (q != SIZE_MAX && (parley_text_tok_is(&ex->text, q, "together") || parley_text_tok_is(&ex->text, q, "along"))) {
            for (size_t j = sm->off[s]; j < sm->off[s + 1]; j++) {
                const parley_mention *o = &ex->mentions[sm->idx[j]];
                if (o->type == PARLEY_ENTITY_PERSON && o->entity >= 0) {
                    *suite = &ex->entities[o->entity] != en && o->tb <= b + 12;
                    return *suite ? o->entity : -1;
                }
            }
            continue;
        }
        if (q == SIZE_MAX)
            continue;
        /* (in the list after the words: not one named after the clause's verb, "A, who was
         * accompanied by B, delivered a message from C to President D") */
        /* (the companions' words, and "Ghana's High Commissioner to Nigeria", "his wife, Lady X",
         * "the newly appointed ...") */
        bool listed = true;
        for (size_t r = q + 2; r < pm->tb && listed; r++) {
            const parley_token *tk = &ex->text.tokens[r];
            listed = parley_text_tok_poss(&ex->text, r) ||
                     (tk->kind == PARLEY_TOK_WORD
                          ? suite_word(ex, b, r) || parley_text_tok_is(&ex->text, r, "his") ||
                                parley_text_tok_is(&ex->text, r, "her") || parley_text_tok_is(&ex->text, r, "to") ||
                                parley_match(ex, r, PARLEY_LEX_MODIFIER, NULL) || parley_text_tok_is(&ex->text, r - 1, "his") ||
                                parley_text_tok_is(&ex->text, r - 1, "her")
                          : parley_text_tok_is(&ex->text, r, ",") || parley_text_tok_is(&ex->text, r, "-"));
        }
        if (!listed)
            continue;
        /* ("X was accompanied by Y": X's suite, not an escort named after a comma) */
        *suite = parley_text_tok_is(&ex->text, q - 1, "was") || parley_text_tok_is(&ex->text, q - 1, "were");
        int principal = -1;
        for (size_t j = sm->off[s]; j < sm->off[s + 1]; j++) {
            const parley_mention *o = &ex->mentions[sm->idx[j]];
            if (o->type == PARLEY_ENTITY_PERSON && o->entity >= 0 && o->te <= q && &ex->entities[o->entity] != en)
                principal = o->entity;
        }
        if (principal >= 0)
            return principal;
        /* "The prime minister was accompanied by": the office's holder named before */
        if (!parley_text_tok_is_ci(&ex->text, b, "the") || q < b + 3 || q > b + 8 ||
            !parley_text_tok_is(&ex->text, q - 1, "was"))
            continue;
        /* ("The EBRD President was accompanied by": the office of the body's officer named
         * before) */
        /* (... "The President, who was accompanied by": the office ends before the clause) */
        size_t oe = q - 1;
        if (oe >= b + 4 && parley_text_tok_is(&ex->text, oe - 1, "who") && parley_text_tok_is(&ex->text, oe - 2, ","))
            oe -= 2;
        size_t il = parley_match(ex, b + 1, PARLEY_LEX_INTERNATIONAL, NULL), w = il && b + 1 + il < oe ? b + 1 + il : b + 1;
        const char *w0 = ex->text.text + ex->text.tokens[w].start;
        size_t wl = ex->text.tokens[oe - 1].end - ex->text.tokens[w].start;
        for (size_t i = 0; i < ex->n_entities; i++) {
            const parley_entity *o = &ex->entities[i];
            /* (named before: "The prime minister was joined by ..." is not the Indian prime
             * minister of a later paragraph) */
            if (o == en || o->type != PARLEY_ENTITY_PERSON || !o->title || !o->n_mentions ||
                ex->mentions[o->mentions[0]].sentence >= s ||
                (w > b + 1 && (o->country || !(international(ex, o) || leads_international_body(ex, o)))))
                continue;
            size_t tl = strlen(o->title);
            if (tl >= wl && strncasecmp(o->title + tl - wl, w0, wl) == 0 && (tl == wl || o->title[tl - wl - 1] == ' '))
                return (int)i;
        }
        /* (a leader's office no one named holds: the story's first person, named with no title:
         * "Keir Starmer has met ... The prime minister was joined by the foreign secretary, X") */
        const parley_mention *fm = w == b + 1 && leader_office_len(ex, b + 1) == oe - w ? opening_person(ex) : NULL;
        if (fm && fm->sentence < s && fm->sentence + 4 >= s && &ex->entities[fm->entity] != en)
            return fm->entity;
    }
    return -1;
}

/* The words of an office, folded for comparison: lower case, "defense" as "defence", without
 * "of", "for", "the" and "affairs", sorted ("Minister of Foreign Affairs" and "Foreign Minister"
 * are both "foreign minister"). False when the title does not fit in out. */
static bool office_key(const char *title, char *out, size_t size)
{
    const char *w[12];
    size_t wl[12], n = 0;
    for (const char *p = title; *p && n < 12;) {
        while (*p == ' ')
            p++;
        size_t l = strcspn(p, " ");
        if (!l)
            break;
        if (!((l == 2 && strncasecmp(p, "of", 2) == 0) || (l == 3 && strncasecmp(p, "for", 3) == 0) ||
              (l == 3 && strncasecmp(p, "the", 3) == 0) || (l == 7 && strncasecmp(p, "affairs", 7) == 0))) {
            w[n] = p;
            wl[n++] = l;
        }
        p += l;
    }
    for (size_t i = 1; i < n; i++)   /* (insertion sort of a few words) */
        for (size_t j = i; j > 0; j--) {
            size_t m = wl[j] < wl[j - 1] ? wl[j] : wl[j - 1];
            int c = strncasecmp(w[j - 1], w[j], m);
            if (c < 0 || (c == 0 && wl[j - 1] <= wl[j]))
                break;
            const char *tw = w[j];
            size_t tl = wl[j];
            w[j] = w[j - 1];
            wl[j] = wl[j - 1];
            w[j - 1] = tw;
            wl[j - 1] = tl;
        }
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        bool defense = wl[i] == 7 && strncasecmp(w[i], "defense", 7) == 0;
        if (o + wl[i] + 2 > size)
            return false;
        for (size_t k = 0; k < wl[i]; k++)
            out[o++] = defense && k == 5 ? 'c' : (char)tolower((unsigned char)w[i][k]);
        out[o++] = ' ';
    }
    out[o ? o - 1 : 0] = '\0';
    return n > 0;
}

/* The key of an office held in a country: "<country>\x1f<office_key()>"; false when it does not
 * fit in out. */
static bool held_key(const char *country, const char *title, char *out, size_t size)
{
    size_t cl = strlen(country);
    if (cl + 2 >= size || !office_key(title, out + cl + 1, size - cl - 1))
        return false;
    memcpy(out, country, cl);
    out[cl] = '\x1f';
    return true;
}

/* Is the title an office one person holds in a country at a time ("Prime Minister", "Foreign
 * Minister", "President", "Minister of Defence"; not "Deputy Foreign Minister", "Minister of
 * State", "Senator", a bare "Minister")? O(title length). */
static bool one_holder(const char *title)
{
    static const char *const many[] = {"deputy", "vice", "assistant", "under", "associate", "junior", "state",
                                       "special", "permanent", "principal", "parliamentary", "acting", "first",
                                       "second", "senior", "general", "envoy", "ambassador", "senator", NULL};
    static const char *const heads[] = {"minister", "secretary", "president", "chancellor", NULL};
    if (!title)
        return false;
    size_t words = 0;
    bool head = false;
    for (const char *p = title; *p;) {
        while (*p == ' ')
            p++;
        size_t l = strcspn(p, " ");
        if (!l)
            break;
        words++;
        for (size_t k = 0; many[k]; k++)
            if (strlen(many[k]) == l && strncasecmp(p, many[k], l) == 0)
                return false;
        for (size_t k = 0; heads[k]; k++)
            head |= strlen(heads[k]) == l && strncasecmp(p, heads[k], l) == 0;
        p += l;
    }
    return head && (words >= 2 || strcasecmp(title, "President") == 0);
}

/* Is the person's office said as one held before ("former Defence Minister X", "ex-Georgian
 * Defence Minister X", "the then Foreign Minister X") at their first mention? O(1). */
static bool held_before(const parley_extraction *ex, const parley_entity *en)
{
    static const char *const past[] = {"former", "ex", "then", "late", "outgoing", "erstwhile", "previous", NULL};
    if (!en->n_mentions)
        return false;
    const parley_mention *m = &ex->mentions[en->mentions[0]];
    size_t sb = ex->text.sentences[m->sentence].tok_begin;
    for (size_t q = m->tb; q-- > sb && q + 8 > m->tb;) {
        if (ex->text.tokens[q].kind == PARLEY_TOK_PUNCT && !parley_text_tok_is(&ex->text, q, "-"))
            break;
        if (parley_text_tok_in_ci(&ex->text, q, past))
            return true;
    }
    return false;
}

/* Note in *stated the offices of everyone whose country is said (not a former holder). A full map
 * is no error. O(entities). */
static void note_stated_offices(const parley_extraction *ex, parley_map *stated)
{
    for (size_t k = 0; k < ex->n_entities; k++) {
        const parley_entity *o = &ex->entities[k];
        char key[192];
        if (o->type == PARLEY_ENTITY_PERSON && o->country && o->title && !held_before(ex, o) &&
            held_key(o->country, o->title, key, sizeof key))
            (void)parley_map_put(stated, key, strlen(key), 1);
    }
}

/* Note in *held the offices of the people of entities [*noted, upto): of the country said of them,
 * else of the one guessed (guess[]). A full map is no error: what it lacks is not known held. */
static void note_offices(const parley_extraction *ex, parley_map *held, size_t *noted, size_t upto, const char *const *guess)
{
    char key[192];
    for (; *noted < upto; (*noted)++) {
        const parley_entity *o = &ex->entities[*noted];
        const char *oc = o->country ? o->country : guess[*noted];
        /* (a former holder leaves the office to a current one) */
        if (o->type == PARLEY_ENTITY_PERSON && oc && o->title && !held_before(ex, o) &&
            held_key(oc, o->title, key, sizeof key))
            (void)parley_map_put(held, key, strlen(key), 1);
    }
}

/* Is the title a bare "Minister", an office with no portfolio? O(1). */
static bool bare_minister(const char *title)
{
    return title && strcasecmp(title, "Minister") == 0;
}

/* Does someone of country c named before person en hold the office en's title names ("Foreign
 * Minister X" of Turkey, so "Foreign Minister Y" is not Turkey's)? held: the offices noted by
 * note_offices(). O(title length). */
static bool office_taken(const parley_extraction *ex, const parley_entity *en, const char *c, const parley_map *held)
{
    char key[192];
    int64_t v;
    /* (a bare "Minister" is an office many hold at once: "Ministers A and B") */
    if (!c || !en->title || !en->n_mentions || bare_minister(en->title) ||
        !held_key(c, en->title, key, sizeof key) || !parley_map_get(held, key, strlen(key), &v))
        return false;
    /* (not an office of a body named before the title: "COP28 President X") */
    size_t words = 1;
    for (const char *p = en->title; *p; p++)
        words += *p == ' ';
    const parley_mention *fm = &ex->mentions[en->mentions[0]];
    size_t before = fm->tb >= words + 1 ? fm->tb - words - 1 : SIZE_MAX;
    /* (a title from a plural office before a list is not right before the name: "Foreign
     * ministers A and B") */
    if (fm->tb > 0 && (parley_text_tok_is(&ex->text, fm->tb - 1, "and") || parley_text_tok_is(&ex->text, fm->tb - 1, ",")))
        before = SIZE_MAX;
    if (before != SIZE_MAX && ex->text.tokens[before].kind != PARLEY_TOK_PUNCT) {
        const parley_token *bt = &ex->text.tokens[before];
        bool digit = false;
        for (uint32_t k = bt->start; k < bt->end && !digit; k++)
            digit = isdigit((unsigned char)ex->text.text[k]) != 0;
        if (digit || ((bt->flags & PARLEY_TOK_CAP) && !parley_match(ex, before, PARLEY_LEX_COUNTRY, NULL) &&
                      !parley_match(ex, before, PARLEY_LEX_DEMONYM, NULL) && !parley_match(ex, before, PARLEY_LEX_MODIFIER, NULL) &&
                      !parley_match(ex, before, PARLEY_LEX_OFFICE, NULL) && !parley_text_tok_is_ci(&ex->text, before, "the")))
            return false;
    }
    return true;
}

/* Is country mention o the office of someone told after mention self_m ("X met Y, before she
 * stepped down as Samoa's Prime Minister": Y's)? "as", the country's possessive and an office,
 * with a pronoun between them and self_m, and another person named before the pronoun.
 * O(tokens and mentions of the sentence). */
static bool as_role_of_other(const parley_extraction *ex, const sentence_mentions *sm, const parley_mention *o,
                             const parley_mention *self_m)
{
    size_t n = ex->text.n_tokens;
    if (o->tb < 2 || o->tb <= self_m->te || o->te + 1 >= n || !parley_text_tok_is(&ex->text, o->tb - 1, "as") ||
        !parley_text_tok_poss(&ex->text, o->te) ||
        !(parley_match(ex, o->te + 1, PARLEY_LEX_OFFICE, NULL) || parley_match(ex, o->te + 1, PARLEY_LEX_DOMAIN, NULL)))
        return false;
    size_t pron = SIZE_MAX;
    for (size_t q = self_m->te; q < o->tb && pron == SIZE_MAX; q++)
        if (parley_text_tok_is_ci(&ex->text, q, "she") || parley_text_tok_is_ci(&ex->text, q, "he") ||
            parley_text_tok_is_ci(&ex->text, q, "they"))
            pron = q;
    for (size_t j = sm->off[o->sentence]; pron != SIZE_MAX && j < sm->off[o->sentence + 1]; j++) {
        const parley_mention *m = &ex->mentions[sm->idx[j]];
        if (m->type == PARLEY_ENTITY_PERSON && m->entity >= 0 && m->entity != self_m->entity && m->tb >= self_m->te &&
            m->te <= pron)
            return true;
    }
    return false;
}

/* The country of the person's counterpart: "X met his French counterpart Y" says that X is not
 * French. The first such counterpart after one of the person's mentions in its sentence, or NULL. */
static const char *counterparts_country(const parley_extraction *ex, const sentence_mentions *sm,
                                        const parley_entity *person, int self)
{
    for (size_t k = 0; k < person->n_mentions; k++) {
        const parley_mention *pm = &ex->mentions[person->mentions[k]];
        size_t s = pm->sentence;
        for (size_t j = sm->off[s]; (sm->has[s] & SM_COUNTERPART) && j < sm->off[s + 1]; j++) {
            const parley_mention *o = &ex->mentions[sm->idx[j]];
            if (o->type == PARLEY_ENTITY_PERSON && o->counterpart && o->entity >= 0 && o->entity != self &&
                o->tb > pm->tb && ex->entities[o->entity].country)
                return ex->entities[o->entity].country;
        }
        /* (... or the people of "their United States counterparts" after it, whoever follows) */
        /* (the mentions within 30 tokens after it only: a sentence naming thousands stays linear) */
        for (size_t j = (sm->has[s] & SM_COUNTRY) ? sm_from(ex, sm, s, pm->te) : sm->off[s + 1];
             j < sm->off[s + 1] && ex->mentions[sm->idx[j]].tb < pm->te + 30; j++) {
            const parley_mention *o = &ex->mentions[sm->idx[j]];
            if (o->type == PARLEY_ENTITY_COUNTRY && o->entity >= 0 && o->tb > pm->tb && o->te < ex->text.n_tokens &&
                parley_text_tok_is(&ex->text, o->te, "counterparts") &&
                (parley_text_tok_is(&ex->text, o->tb - 1, "their") || parley_text_tok_is(&ex->text, o->tb - 1, "his") ||
                 parley_text_tok_is(&ex->text, o->tb - 1, "her")))
                return ex->entities[o->entity].name;
        }
    }
    return NULL;
}

/* The country an office of the person's is for or sent to, in the title before one of their
 * mentions ("the Special Envoy for Syria, X", "Ambassador to Seoul"): no country of theirs to
 * guess. NULL when none. O(mentions of the person · 12). */
static const char *posted_country(const parley_extraction *ex, const sentence_mentions *sm, const parley_entity *en)
{
    for (size_t k = 0; k < en->n_mentions; k++) {
        const parley_mention *pm = &ex->mentions[en->mentions[k]];
        size_t s = pm->sentence, b = ex->text.sentences[s].tok_begin;
        for (size_t j = sm_from(ex, sm, s, pm->tb); j-- > sm->off[s];) {
            const parley_mention *o = &ex->mentions[sm->idx[j]];
            if (o->te + 12 < pm->tb)
                break;
            /* (not the posting of another named between: "accompanied by Ambassador to the
             * Philippines X, while Marcos ...") */
            if (o->type == PARLEY_ENTITY_PERSON && o->entity >= 0 && o->te <= pm->tb && o != pm)
                break;
            if (o->type == PARLEY_ENTITY_COUNTRY && o->entity >= 0 && o->te <= pm->tb && office_posting(ex, o, b))
                return ex->entities[o->entity].name;
        }
    }
    return NULL;
}

/* The country of a national news agency credited in brackets or slashes among the first words
 * of one of the first sentences ("NEW YORK, Sept 25 (APP):", "ASTANA, July 3. /TASS/."), or
 * NULL. */
static const char *agency_country(const parley_extraction *ex)
{
    for (size_t s = 0; s < ex->text.n_sentences && s < 4; s++) {
        const parley_sentence *se = &ex->text.sentences[s];
        for (size_t q = se->tok_begin + 1; q < se->tok_end && q < se->tok_begin + 16; q++) {
            const parley_token *open = &ex->text.tokens[q - 1];
            char c = ex->text.text[open->start];
            const parley_lex_entry *e = NULL;
            if (open->kind == PARLEY_TOK_PUNCT && (c == '(' || c == '/') && parley_match(ex, q, PARLEY_LEX_AGENCY, &e) && e &&
                e->country)
                return e->country;
        }
    }
    return NULL;
}

/* The country of the site the document comes from (source_country()). */
static const char *site_country(const parley_extraction *ex, bool *official)
{
    static const char *const vanity[] = {"io", "tv", "me", "co", "ai", "ly", "fm", "cc", "ws", "to", NULL};
    const char *src = parley_document_source(ex->doc);
    *official = false;
    if (!src)
        return NULL;
    const char *h = strstr(src, "://");
    /* a source given by name: "The Korea Herald", "Yonhap" (an agency's dispatch is official) */
    if (!h && !strchr(src, '.'))
        return parley_lexicon_source_country(ex->lex, src, official);
    h = h ? h + 3 : src;
    size_t n = strcspn(h, "/:?# \t");
    if (!n || memchr(h, '.', n) == NULL || strcspn(src, " ") < (size_t)(h - src))
        return NULL;
    /* a government's own site: "defense.gov", "mod.gov.az", "www.gov.uk", "army.mil" */
    for (const char *l = h; l < h + n;) {
        size_t ll = strcspn(l, ".");
        if (ll > (size_t)(h + n - l))
            ll = (size_t)(h + n - l);
        if ((ll == 3 && (strncasecmp(l, "gov", 3) == 0 || strncasecmp(l, "mil", 3) == 0)) && l > h)
            *official = true;
        l += ll + 1;
    }
    /* a national outlet on a generic domain ("ndtv.com", "dawn.com": data/outlets.tsv) */
    const char *outlet = parley_lexicon_outlet_country(ex->lex, h, n);
    if (outlet)
        return outlet;
    const char *dot = h + n;
    while (dot > h && dot[-1] != '.')
        dot--;
    size_t tl = (size_t)(h + n - dot);
    char tld[8];
    if (tl < 2 || tl >= sizeof tld)
        return NULL;
    for (size_t k = 0; k < tl; k++)
        tld[k] = (char)(dot[k] | 0x20);
    tld[tl] = '\0';
    if (strcmp(tld, "gov") == 0 || strcmp(tld, "mil") == 0)
        return parley_lexicon_country_of_code(ex->lex, "us");
    if (tl != 2)
        return NULL;
    for (size_t k = 0; vanity[k]; k++)
        if (strcmp(tld, vanity[k]) == 0)
            return NULL;
    return parley_lexicon_country_of_code(ex->lex, strcmp(tld, "uk") == 0 ? "gb" : tld);
}

/* Narrow [*a, *z) of text t past the white space at both ends. */
static void trim_span(const char *t, size_t *a, size_t *z)
{
    while (*a < *z && isspace((unsigned char)t[*a]))
        (*a)++;
    while (*z > *a && isspace((unsigned char)t[*z - 1]))
        (*z)--;
}

/* The country of an outlet (data/outlets.tsv) whose name alone makes one of the text's last two
 * lines, or one of its first four ("Premium Times" under a story, "Arab News" under a headline),
 * when the source names no outlet; NULL when none. @p official: the outlet is a national agency.
 * O(1): the first and the last 512 bytes only. */
static const char *credited_outlet_country(const parley_extraction *ex, bool *official)
{
    const char *t = parley_document_text(ex->doc);
    size_t n = parley_document_text_len(ex->doc);
    /* (the first and the last 512 bytes only: a name of its own is short, and a text of one long
     * line costs no more) */
    size_t head = n < 512 ? n : 512, tail = n > 512 ? n - 512 : 0;
    size_t starts[6], ends[6], k = 0;
    /* the first four lines that hold anything */
    for (size_t p = 0; p < head && k < 4;) {
        const char *nl = memchr(t + p, '\n', head - p);
        size_t e = nl ? (size_t)(nl - t) : head, a = p, z = e;
        trim_span(t, &a, &z);
        if (z > a && (nl || e == n)) {
            starts[k] = a;
            ends[k++] = z;
        }
        p = e + 1;
    }
    /* ... and the last two */
    for (size_t e = n, got = 0; e > tail && got < 2;) {
        size_t z0 = e;
        while (z0 > tail && t[z0 - 1] != '\n')
            z0--;
        if (z0 == tail && tail > 0)
            break;   /* (a line longer than the window) */
        size_t a = z0, z = e;
        trim_span(t, &a, &z);
        if (z > a) {
            starts[k] = a;
            ends[k++] = z;
            got++;
        }
        e = z0 > 0 ? z0 - 1 : 0;
    }
    for (size_t i = 0; i < k; i++) {
        char name[48];
        size_t l = ends[i] - starts[i];
        if (l >= sizeof name || memchr(t + starts[i], ' ', l) == NULL || memchr(t + starts[i], ',', l) != NULL)
            continue;
        memcpy(name, t + starts[i], l);
        name[l] = '\0';
        const char *c = parley_lexicon_source_country(ex->lex, name, official);
        if (c)
            return c;
    }
    *official = false;
    return NULL;
}

/* The publisher's country: the fallback country of people with a title (a government's own
 * release names its officials without their country; people named without a title are more
 * often the foreigners the article is about). From the document's source, by the top-level
 * domain of its web address: the last label of the host ("https://www.azernews.az/...",
 * "montsame.mn", "bbc.co.uk"; .gov and .mil are the United States'); NULL for generic domains
 * and for country domains often bought for their letters (.io, .tv, .me, .co, .ai, .ly, .fm,
 * .cc, .ws, .to). @p official: a government's own site (a "gov" or "mil" label after the first).
 * Else a national news agency credited in the dateline (official too). */
static const char *source_country(const parley_extraction *ex, bool *official)
{
    const char *c = site_country(ex, official);
    if (c)
        return c;
    /* a national agency's dispatch is about its country's officials, as a government's release
     * is, wherever it is datelined */
    c = agency_country(ex);
    *official = c != NULL;
    return c ? c : credited_outlet_country(ex, official);
}

/* "President X received a delegation headed by the CEO of Airbus, Y": the country of whoever
 * receives the delegation (the nearest person before it in the sentence whose country is known,
 * stated or, for people found earlier, guessed in @p fallback)
 * is not that of its head; NULL when the person heads or joins no delegation. */
static const char *delegation_host(const parley_extraction *ex, const sentence_mentions *sm, const parley_entity *person,
                                   int self, const char *const *fallback)
{
    for (size_t k = 0; k < person->n_mentions; k++) {
        const parley_mention *pm = &ex->mentions[person->mentions[k]];
        size_t s = pm->sentence;
        /* (not one who led it: "Dar, who led a delegation including X") */
        if (!parley_phrase_before_title(ex, pm->tb, ex->text.sentences[s].tok_begin, PARLEY_LEX_MEMBERS) ||
            delegation_led_by(ex, sm, pm))
            continue;
        for (size_t j = sm->off[s + 1]; j-- > sm->off[s];) {
            const parley_mention *o = &ex->mentions[sm->idx[j]];
            if (o->type != PARLEY_ENTITY_PERSON || o->entity < 0 || o->entity == self || o->te > pm->tb)
                continue;
            /* (not one whose own delegation it is: "Fidan's delegation included A") */
            if (owns_delegation(ex, o))
                return NULL;
            /* a host named earlier in the article has their fallback decided already */
            const char *c = ex->entities[o->entity].country ? ex->entities[o->entity].country
                            : o->entity < self                ? fallback[o->entity]
                                                              : NULL;
            if (c)
                return c;
        }
    }
    return NULL;
}

/* The country of the place said to be where something happens (place_country()) in the sentence
 * of the person's first mention or the two before it (the latest one): "I met with X in Port
 * Moresby" for X and for Y met in the sentence after. NULL when none. O(mentions of three
 * sentences). */
static const char *where_met(const parley_extraction *ex, const sentence_mentions *sm, const parley_entity *person)
{
    size_t s0 = ex->mentions[person->mentions[0]].sentence;
    for (size_t s = s0 + 1; s-- > 0 && s + 3 > s0;) {
        const char *c = NULL;
        for (size_t j = sm->off[s]; j < sm->off[s + 1]; j++) {
            const char *oc = place_country(ex, &ex->mentions[sm->idx[j]], s, false);
            if (oc)
                c = oc;
        }
        if (c)
            return c;
    }
    return NULL;
}

/* For the person of a release's letterhead (parley_letterhead(), `speaker`), whom "I" means: the
 * people "I" meets ("Today I met with India's Minister of Defence, X", "I also met Foreign Minister
 * Y"), marked in guest[]: someone the release's own minister met is not of the release's
 * government by that alone, and the first one's country is not the speaker's. Returns the first
 * one met, or -1. O(sentences + their mentions), once. */
static int speaker_guests(const parley_extraction *ex, const sentence_mentions *sm, int speaker, bool *guest)
{
    int first = -1;
    if (speaker < 0)
        return -1;
    const parley_entity *person = &ex->entities[speaker];
    for (size_t s = ex->mentions[person->mentions[0]].sentence + 1; s < ex->text.n_sentences; s++) {
        const parley_sentence *se = &ex->text.sentences[s];
        for (size_t q = se->tok_begin; q < se->tok_end && q < se->tok_begin + 3; q++) {
            if (!parley_text_tok_is(&ex->text, q, "I"))
                continue;
            size_t trig = SIZE_MAX;
            for (size_t k = q + 1; k < se->tok_end && k < q + 4 && trig == SIZE_MAX; k++)
                if (parley_match(ex, k, PARLEY_LEX_MEET, NULL))
                    trig = k;
            for (size_t j = sm->off[s]; trig != SIZE_MAX && j < sm->off[s + 1]; j++) {
                const parley_mention *o = &ex->mentions[sm->idx[j]];
                if (o->type == PARLEY_ENTITY_PERSON && o->entity >= 0 && o->entity != speaker && o->tb > trig) {
                    if (first < 0)
                        first = o->entity;
                    guest[o->entity] = true;
                }
            }
            break;
        }
    }
    return first;
}

/* Does a person's name start within the few tokens after token t of sentence s (the office
 * before it is theirs: "the Chinese Consul General Zhao Shiren")? */
static bool person_at(const parley_extraction *ex, const sentence_mentions *sm, size_t s, size_t t)
{
    for (size_t j = sm_from(ex, sm, s, t); j < sm->off[s + 1]; j++) {
        const parley_mention *o = &ex->mentions[sm->idx[j]];
        if (o->tb > t + 4)
            break;
        if (o->type == PARLEY_ENTITY_PERSON && o->role_of < 0)
            return true;
    }
    return false;
}

/* "Minister X met the delegation at the ministry", after "a delegation led by US Senator Y": the
 * country of the delegation's leader, or the one its demonym says ("met the Somali delegation"),
 * which the person meeting the delegation is not of; else NULL. */
static const char *delegation_met(const parley_extraction *ex, const sentence_mentions *sm, const parley_entity *person,
                                  int self)
{
    for (size_t k = 0; k < person->n_mentions; k++) {
        const parley_mention *pm = &ex->mentions[person->mentions[k]];
        size_t s = pm->sentence, end = ex->text.sentences[s].tok_end, trig = meet_after(ex, sm, pm);
        if (trig == SIZE_MAX)
            continue;
        size_t dl, s2, by, d, after = trig + parley_match(ex, trig, PARLEY_LEX_MEET, NULL);
        const parley_lex_entry *de = NULL;
        /* "X met the Chinese Consul General in Lahore": an officer named by the office alone, of
         * the country the demonym says */
        size_t q = after < end && parley_text_tok_is(&ex->text, after, "with") ? after + 1 : after;
        size_t ql;
        if (q + 2 < end && parley_text_tok_is_ci(&ex->text, q, "the") && (ql = parley_match(ex, q + 1, PARLEY_LEX_DEMONYM, &de)) &&
            de && parley_match(ex, q + 1 + ql, PARLEY_LEX_OFFICE, NULL) && !(q + 1 + ql + 2 < end && person_at(ex, sm, s, q + 1 + ql)))
            return de->canonical;
        if ((d = parley_delegation_met(ex, after, end, &dl)) == SIZE_MAX)
            continue;
        /* "X later received the Somali delegation": the delegation's country, said */
        if (dl && parley_match(ex, d + 1, PARLEY_LEX_DEMONYM, &de) == dl && de)
            return de->canonical;
        if (!parley_delegation_led_by(ex, s, &s2, &by))
            continue;
        for (size_t j = sm_from(ex, sm, s2, by); j < sm->off[s2 + 1]; j++) {
            const parley_mention *o = &ex->mentions[sm->idx[j]];
            if (o->type != PARLEY_ENTITY_PERSON || o->entity < 0 || o->entity == self)
                continue;
            if (o->tb <= by + 24 && ex->entities[o->entity].country)
                return ex->entities[o->entity].country;
            break;
        }
    }
    return NULL;
}

/* "President Lee Jae-myung held his first summit with Prime Minister X": whom a leader holds a
 * summit with is of another country than the leader's (stated, or guessed in guess[] before);
 * that country, or NULL.
 * O(mentions x 8). */
static const char *summit_partner(const parley_extraction *ex, const sentence_mentions *sm, const parley_entity *person,
                                  int self, const char *const *guess)
{
    const parley_text *t = &ex->text;
    for (size_t k = 0; k < person->n_mentions; k++) {
        const parley_mention *pm = &ex->mentions[person->mentions[k]];
        size_t sb = t->sentences[pm->sentence].tok_begin, q = pm->tb;
        /* back over the title's capitalised words to "with" */
        while (q > sb && q + 6 > pm->tb && t->tokens[q - 1].kind == PARLEY_TOK_WORD && (t->tokens[q - 1].flags & PARLEY_TOK_CAP))
            q--;
        if (q < sb + 3 || !parley_text_tok_is(t, q - 1, "with") ||
            !(parley_text_tok_is(t, q - 2, "summit") || parley_text_tok_is(t, q - 2, "summits") ||
              (parley_text_tok_is(t, q - 2, "talks") && parley_text_tok_is(t, q - 3, "summit"))))
            continue;
        for (size_t j = sm->off[pm->sentence]; j < sm->off[pm->sentence + 1]; j++) {
            const parley_mention *o = &ex->mentions[sm->idx[j]];
            if (o->tb >= q)
                break;
            if (o->type == PARLEY_ENTITY_PERSON && o->entity >= 0 && o->entity != self)
                return ex->entities[o->entity].country ? ex->entities[o->entity].country : guess[o->entity];
        }
    }
    return NULL;
}

/* "Prime Minister Narendra Modi and French President Emmanuel Macron": of two people joined by
 * "and", the second marked with a country and the first not, the first is not of that country
 * (an article names its own officials unmarked). The second's country, or NULL. */
static const char *marked_partner(const parley_extraction *ex, const parley_entity *person)
{
    for (size_t k = 0; k < person->n_mentions; k++) {
        const parley_mention *pm = &ex->mentions[person->mentions[k]];
        if (pm->country || pm->te + 2 >= ex->text.n_tokens || !parley_text_tok_is(&ex->text, pm->te, "and"))
            continue;
        /* the next person's mention starts within a title's length after "and" */
        for (size_t m = person->mentions[k] + 1; m < ex->n_mentions; m++) {
            const parley_mention *o = &ex->mentions[m];
            if (o->tb > pm->te + 8 || o->sentence != pm->sentence)
                break;
            if (o->type != PARLEY_ENTITY_PERSON || o->entity < 0 || o->entity == pm->entity)
                continue;
            /* the mark: a demonym right after "and" ("and French President Y"), or a country's
             * name used as one ("and U.S. Secretary of Defence Y") */
            /* (not an envoy's, marked to tell whose envoy: "Foreign Minister A and Malaysian
             * Ambassador to Thailand B" are compatriots) */
            const char *ot = ex->entities[o->entity].title;
            if (ot && (strstr(ot, " to ") || parley_text_holds_word(ot, "ambassador", 10) ||
                       parley_text_holds_word(ot, "envoy", 5)))
                break;
            const parley_lex_entry *de = NULL;
            if (o->country && (parley_match(ex, pm->te + 1, PARLEY_LEX_DEMONYM, &de) ||
                               parley_match(ex, pm->te + 1, PARLEY_LEX_COUNTRY, &de)) && de &&
                strcmp(de->canonical, o->country) == 0)
                return o->country;
            break;
        }
    }
    return NULL;
}

/* Is country mention o (in sentence s) after "with", or in a list of countries opened by it
 * ("with Germany and France", "with the United States, Japan and Australia")? O(the list). */
static bool after_with(const parley_extraction *ex, const sentence_mentions *sm, const parley_mention *o, size_t s)
{
    size_t sb = ex->text.sentences[s].tok_begin, b = o->tb;
    size_t j = sm_from(ex, sm, s, o->tb);
    for (int items = 0; items < 16; items++) {
        if (b > sb && parley_text_tok_is(&ex->text, b - 1, "the"))
            b--;
        if (b > sb && parley_text_tok_is(&ex->text, b - 1, "with"))
            return true;
        /* the country before, joined by "and" or a comma */
        if (b < sb + 2 || !(parley_text_tok_is(&ex->text, b - 1, "and") || parley_text_tok_is(&ex->text, b - 1, ",")))
            return false;
        const parley_mention *prev = NULL;
        while (j > sm->off[s] && !prev) {
            const parley_mention *c = &ex->mentions[sm->idx[--j]];
            if (c->te <= b - 1)
                prev = c;
        }
        if (!prev || prev->type != PARLEY_ENTITY_COUNTRY || prev->te != b - 1)
            return false;
        b = prev->tb;
    }
    return false;
}

/* Give each person i the country chosen[i] (when not NULL); chosen is freed. */
static int set_countries(parley_extraction *ex, const char **chosen);

/* Does the story name, among the 512 mentions before token w, an international body whose name
 * holds the word at w ("Bank" of the European Bank for Reconstruction and Development)? O(512 ·
 * name length). */
static bool international_named_with(const parley_extraction *ex, size_t w)
{
    size_t hi = parley_mention_from(ex, 0, ex->n_mentions, w);
    for (size_t m = hi; m-- > 0 && m + 512 > hi;) {
        const parley_mention *o = &ex->mentions[m];
        if (o->type != PARLEY_ENTITY_ORGANIZATION || o->entity < 0 || !parley_match(ex, o->tb, PARLEY_LEX_INTERNATIONAL, NULL))
            continue;
        /* (its name as the story gives it, or its canonical name when an acronym stands for it) */
        for (size_t q = o->tb; q < o->te; q++)
            if (parley_text_tok_same(&ex->text, q, w))
                return true;
        const char *name = ex->entities[o->entity].name;
        if (name && parley_text_holds_word(name, ex->text.text + ex->text.tokens[w].start, parley_text_tok_len(&ex->text, w)))
            return true;
    }
    return false;
}

/* Does mention m of a person say they are an international body's: marked so, "NATO's Mark
 * Rutte", "the Bank's Managing Director X" where the story names the European Bank for
 * Reconstruction and Development, a member of the European Parliament ("MEP X", "MEPs A and B",
 * whose country is said when it is known: "Danish MEP X")? O(16 + international_named_with()). */
static bool mention_of_international(const parley_extraction *ex, const parley_mention *m)
{
    /* (not a second office: "President X ... X, who is also the chairperson of the EAC," holds
     * the rotating chair as his country's president) */
    if (m->international)
        return !m->title_also;
    if (m->title && strncmp(m->title, "MEP", 3) == 0 && (!m->title[3] || (m->title[3] == 's' && !m->title[4])))
        return true;
    size_t sb = ex->text.sentences[m->sentence].tok_begin;
    if (m->tb >= sb + 2 && parley_text_tok_poss(&ex->text, m->tb - 1) &&
        parley_phrase_ends_at(ex, PARLEY_LEX_INTERNATIONAL, m->tb - 1, sb))
        return true;
    /* ("UN High Commissioner for Refugees X": an international body's name, which is the office,
     * right before the name; the mentions are in text order, a few back) */
    for (size_t k = (size_t)(m - ex->mentions); k-- > 0 && k + 4 > (size_t)(m - ex->mentions);) {
        const parley_mention *o = &ex->mentions[k];
        if (o->sentence != m->sentence)
            break;
        if (o->type == PARLEY_ENTITY_ORGANIZATION && o->te == m->tb && parley_match(ex, o->tb, PARLEY_LEX_INTERNATIONAL, NULL))
            return true;
    }
    /* (back over the title to the body's possessive) */
    for (size_t q = m->tb; q-- > sb + 2 && q + 12 > m->tb;) {
        if (!parley_text_tok_poss(&ex->text, q))
            continue;
        if (parley_text_tok_is(&ex->text, q - 2, "the") && (ex->text.tokens[q - 1].flags & PARLEY_TOK_CAP) &&
            parley_match(ex, q - 1, PARLEY_LEX_ORGHEAD, NULL) == 1 && international_named_with(ex, q - 1))
            return true;
        /* (... or an international body's officer's: "the UN Secretary-General's Personal Envoy
         * on Cyprus, X") */
        size_t os = parley_phrase_start(ex, PARLEY_LEX_OFFICE, q, sb);
        if (os != SIZE_MAX && os > sb && parley_phrase_ends_at(ex, PARLEY_LEX_INTERNATIONAL, os, sb))
            return true;
        break;
    }
    /* (... a later one of a list whose first is marked so: "Members of the European Parliament A
     * and B") */
    for (const parley_mention *p = m; p > ex->mentions && p[-1].sentence == m->sentence && p[-1].type == PARLEY_ENTITY_PERSON &&
                                      p[-1].te < p->tb && p[-1].te + 2 >= p->tb;
         p--) {
        bool joined = true;
        for (size_t q = p[-1].te; q < p->tb && joined; q++)
            joined = parley_text_tok_is(&ex->text, q, ",") || parley_text_tok_is(&ex->text, q, "and");
        if (!joined)
            break;
        if (p[-1].international)
            return true;
    }
    /* (... a later one of a list: names, commas and "and" back to "MEPs") */
    for (size_t q = m->tb; q-- > sb && q + 16 > m->tb;) {
        if (parley_text_tok_is(&ex->text, q, "MEPs"))
            return true;
        if (!(parley_text_tok_is(&ex->text, q, ",") || parley_text_tok_is(&ex->text, q, "and") ||
              (ex->text.tokens[q].kind == PARLEY_TOK_WORD && (ex->text.tokens[q].flags & PARLEY_TOK_CAP))))
            break;
    }
    return false;
}

/* Does the person hold an international organisation's office ("NATO Secretary General")?
 * Then only a country stated with them is theirs. */
static bool international(const parley_extraction *ex, const parley_entity *en)
{
    for (size_t k = 0; k < en->n_mentions; k++)
        if (mention_of_international(ex, &ex->mentions[en->mentions[k]]))
            return true;
    /* (an envoy of a body's head: "the Special Envoy of the Secretary-General for the Horn of
     * Africa", the UN's) */
    static const char *const heads_envoy[] = {"of the Secretary-General", "of the Secretary General",
                                              "of the secretary-general", "of the UN Secretary-General", NULL};
    for (int k = 0; en->title && heads_envoy[k]; k++)
        if (strstr(en->title, heads_envoy[k]))
            return true;
    /* (an office only such bodies have: "High Representative X" of the EU, or for Bosnia; not an
     * owner's, "Chief Adviser's High Representative") */
    for (const char *t = en->title && !strstr(en->title, "'s ") ? en->title : NULL; t && *t; t++)
        if ((t == en->title || t[-1] == ' ') && strncasecmp(t, "High Representative", 19) == 0)
            return true;
    /* ("Secretary General X" alone in a story of an international body's, "NATO foreign
     * ministers gathered ...": that body's) */
    /* (the body named in the 64 mentions before the person's first: bounded, so that a document
     * naming thousands of people stays linear) */
    /* (... and "Commissioner X" in a story of the EU's: a Commissioner of its Commission; so is
     * "Commissioner for Enlargement X" where the body named is the EU or its Commission) */
    bool portfolio = en->title && strncasecmp(en->title, "Commissioner for ", 17) == 0;
    if (en->n_mentions && en->title &&
        (strcasecmp(en->title, "Secretary General") == 0 || strcasecmp(en->title, "Secretary-General") == 0 ||
         strcasecmp(en->title, "Commissioner") == 0 || portfolio))
        for (size_t m = en->mentions[0]; m-- > 0 && m + 64 > en->mentions[0];) {
            const parley_mention *om = &ex->mentions[m];
            if (om->type == PARLEY_ENTITY_ORGANIZATION && parley_match(ex, om->tb, PARLEY_LEX_INTERNATIONAL, NULL) &&
                (!portfolio || (om->lex && om->lex->canonical &&
                                (!strcmp(om->lex->canonical, "European Union") ||
                                 !strcmp(om->lex->canonical, "European Commission")))))
                return true;
        }
    /* (a title that an international body's acronym opens: "NATO chief", "UN envoy") */
    size_t n = en->title ? strcspn(en->title, " ") : 0;
    if (n < 2 || n > 6 || !en->title[n] || strspn(en->title, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") != n)
        return false;
    parley_buf key = {0};
    bool body = parley_fold(&key, en->title, n) == 0 && key.data &&
                parley_lexicon_find(ex->lex, PARLEY_LEX_INTERNATIONAL, key.data, key.len) != NULL;
    parley_buf_free(&key);
    return body;
}

/* Is the person said, in an apposition after a mention, to hold a post of a foundation, a company
 * or a university ("Bill Gates, co-chair of the Bill and Melinda Gates Foundation,"), or titled by
 * a company's office alone ("chief executive")? Such a body says no country of the person's, and
 * neither does where the story is. O(mentions x 16 + title). */
static bool private_body_post(const parley_extraction *ex, const parley_entity *en)
{
    static const char *const heads[] = {"foundation", "company", "corporation", "inc", "inc.", "ltd", "plc", "university",
                                        NULL};
    /* ... or whose title is a company's office alone ("Gavi chief executive Sania Nishtar"), or
     * one of a body named after it ("Chief Executive Officer of Boeing Commercial Airplanes") */
    if (en->title) {
        const char *of = strstr(en->title, " of ");
        size_t n = of ? (size_t)(of - en->title) : strlen(en->title);
        parley_buf key = {0};
        bool company = parley_fold(&key, en->title, n) == 0 && key.data &&
                       parley_lexicon_find(ex->lex, PARLEY_LEX_COMPANY_OFFICE, key.data, key.len) != NULL;
        parley_buf_free(&key);
        if (company)
            return true;
    }
    for (size_t k = 0; k < en->n_mentions; k++) {
        const parley_mention *m = &ex->mentions[en->mentions[k]];
        size_t end = ex->text.sentences[m->sentence].tok_end;
        if (m->te + 3 >= end || !parley_text_tok_is(&ex->text, m->te, ","))
            continue;
        bool of = false;
        for (size_t q = m->te + 1; q < end && q < m->te + 16; q++) {
            if (parley_text_tok_is(&ex->text, q, ",") || parley_text_tok_is(&ex->text, q, ";"))
                break;
            of |= parley_text_tok_is(&ex->text, q, "of");
            if (of && (ex->text.tokens[q].flags & PARLEY_TOK_CAP) && parley_text_tok_in_ci(&ex->text, q, heads) &&
                !(q > 0 && parley_match(ex, q - 1, PARLEY_LEX_COUNTRY, NULL)))
                return true;
        }
    }
    return false;
}

/* "... for the UN General Assembly, where he also met Secretary-General X": a secretary-general
 * of no body named, in a sentence that names an international body (of the lexicon, of no
 * country), is that body's officer. O(mentions of the person's sentences). */
static bool bodys_secretary_general(const parley_extraction *ex, const sentence_mentions *sm, const parley_entity *en)
{
    if (!en->title || (strcasecmp(en->title, "Secretary-General") != 0 && strcasecmp(en->title, "Secretary General") != 0))
        return false;
    for (size_t k = 0; k < en->n_mentions; k++) {
        size_t s = ex->mentions[en->mentions[k]].sentence;
        for (size_t j = sm->off[s]; j < sm->off[s + 1]; j++) {
            const parley_mention *o = &ex->mentions[sm->idx[j]];
            if (o->type == PARLEY_ENTITY_ORGANIZATION && o->lex && !o->lex->country)
                return true;
        }
    }
    return false;
}

/* The host verb ("hosted", "received", "welcomed") of which the person at mention pm is the subject,
 * within a few words after the name ("X on Wednesday hosted", "X, the minister, received"): its
 * first token, its length in *vl; SIZE_MAX when there is none or it is passive ("X was received by
 * Y"). O(1). */
static size_t host_verb_after(const parley_extraction *ex, const parley_mention *pm, size_t *vl)
{
    size_t se = ex->text.sentences[pm->sentence].tok_end;
    /* the host verb within a few words after the name: "X on Wednesday hosted" */
    size_t v = pm->te;
    *vl = 0;
    /* past an apposition between commas: "Hon. X, EGH, hosted", "X, the minister, received" */
    if (v < se && parley_text_tok_is(&ex->text, v, ",")) {
        size_t c = v + 1;
        while (c < se && c < v + 8 && !parley_text_tok_is(&ex->text, c, ","))
            c++;
        if (c < se && c < v + 8)
            v = c + 1;
    }
    size_t v0 = v;
    for (; v < se && v < v0 + 4 && !(*vl = parley_match(ex, v, PARLEY_LEX_HOST, NULL)); v++)
        if (ex->text.tokens[v].kind == PARLEY_TOK_PUNCT)
            break;
    if (!*vl)
        return SIZE_MAX;
    /* "X was received by Y in Addis Ababa": X is the guest */
    if (v > pm->te && (parley_text_tok_is(&ex->text, v - 1, "was") || parley_text_tok_is(&ex->text, v - 1, "were") ||
                       parley_text_tok_is(&ex->text, v - 1, "been") || parley_text_tok_is(&ex->text, v - 1, "being")))
        return SIZE_MAX;
    return v;
}

/* Is the person the subject of a host verb whose guest, named after it in the sentence, is said to
 * be of country c by a country's name or adjective between the verb and the name ("X hosted Polish
 * President Y")? O(mentions of the person's sentences). */
static bool hosts_guest_of(const parley_extraction *ex, const sentence_mentions *sm, const parley_entity *person,
                           const char *c)
{
    for (size_t k = 0; k < person->n_mentions; k++) {
        const parley_mention *pm = &ex->mentions[person->mentions[k]];
        size_t vl, v = host_verb_after(ex, pm, &vl);
        for (size_t j = v == SIZE_MAX ? sm->off[pm->sentence + 1] : sm->off[pm->sentence]; j < sm->off[pm->sentence + 1]; j++) {
            const parley_mention *o = &ex->mentions[sm->idx[j]];
            if (o->tb < v + vl || o->type != PARLEY_ENTITY_COUNTRY || o->entity < 0 ||
                strcmp(ex->entities[o->entity].name, c) != 0)
                continue;
            /* (not a country inside a body's name: "received the Governor of the Central Bank of
             * Nigeria, X", the country's own officer) */
            bool in_body = false;
            for (size_t r = j; r-- > sm->off[pm->sentence] && r + 4 > j && !in_body;) {
                const parley_mention *b = &ex->mentions[sm->idx[r]];
                in_body = b->type == PARLEY_ENTITY_ORGANIZATION && b->tb <= o->tb && b->te >= o->te;
            }
            if (in_body)
                continue;
            /* (the country named between the verb and the guest's name) */
            for (size_t r = j + 1; r < sm->off[pm->sentence + 1]; r++) {
                const parley_mention *g = &ex->mentions[sm->idx[r]];
                if (g->tb > o->te + 8)
                    break;
                if (g->type == PARLEY_ENTITY_PERSON && g->entity >= 0 && g->tb >= o->te && g->tb <= o->te + 8) {
                    if (g->country && strcmp(g->country, c) == 0)
                        return true;
                    break;
                }
            }
        }
    }
    return false;
}

/* "X hosted Y at the Pentagon", "X received Y in Nairobi": a host is at home, so X is of the
 * country of the place after "at" or "in" in that sentence (a city's, a seat of government's, or
 * the country itself). NULL when the sentence of mention pm does not say so. */
/* Does token b stand in an apposition opened by a comma at token n, right after a name ("X,
 * Commander of the Rapid Support Forces in [Sudan]")? The words between are a title's: capitalised,
 * "of", "the", "in", "and". O(b - n). */
static bool in_apposition(const parley_extraction *ex, size_t n, size_t b)
{
    if (n >= b || !parley_text_tok_is(&ex->text, n, ","))
        return false;
    bool cap = false;
    for (size_t q = n + 1; q < b; q++) {
        const parley_token *t = &ex->text.tokens[q];
        if (t->kind == PARLEY_TOK_WORD && (t->flags & PARLEY_TOK_CAP))
            cap = true;
        else if (!(parley_text_tok_is(&ex->text, q, "of") || parley_text_tok_is(&ex->text, q, "the") ||
                   parley_text_tok_is(&ex->text, q, "in") || parley_text_tok_is(&ex->text, q, "and")))
            return false;
    }
    return cap && b > 0 && parley_text_tok_is(&ex->text, b - 1, "in");
}

static const char *mention_country(const parley_extraction *ex, const parley_mention *m);

static const char *host_rule(const parley_extraction *ex, const sentence_mentions *sm, size_t self,
                             const parley_mention *pm)
{
    /* (an international body's officer hosts where the body sits: "NATO Secretary General X
     * hosted Y in Brussels" is not Belgian) */
    if (international(ex, &ex->entities[self]))
        return NULL;
    size_t s = pm->sentence, se = ex->text.sentences[s].tok_end, vl;
    size_t v = host_verb_after(ex, pm, &vl);
    bool guest = false;
    size_t guest_end = SIZE_MAX;   /* the end of the guest's name */
    /* "X was received by Y in Pyongyang": the host after a passive of hosting (over its title's
     * capitalised words), the guest named before it */
    if (v == SIZE_MAX) {
        static const char *const hosted[] = {"received", "hosted", "welcomed", "greeted", NULL};
        size_t sb = ex->text.sentences[s].tok_begin, q = pm->tb;
        while (q > sb && q + 6 > pm->tb && ex->text.tokens[q - 1].kind == PARLEY_TOK_WORD &&
               (ex->text.tokens[q - 1].flags & PARLEY_TOK_CAP))
            q--;
        if (q < sb + 4 || !parley_text_tok_is(&ex->text, q - 1, "by") || !parley_text_tok_in_ci(&ex->text, q - 2, hosted) ||
            !(parley_text_tok_is(&ex->text, q - 3, "was") || parley_text_tok_is(&ex->text, q - 3, "were")))
            return NULL;
        for (size_t j = sm->off[s]; j < sm->off[s + 1] && !guest; j++) {
            const parley_mention *o = &ex->mentions[sm->idx[j]];
            guest = o->type == PARLEY_ENTITY_PERSON && o->entity >= 0 && o->entity != (int)self && o->te <= q - 3;
        }
        if (!guest)
            return NULL;
        v = pm->te;
        vl = 0;
    }
    /* "received X in New York on the sidelines of the UN General Assembly": both are visitors */
    if (parley_on_sidelines(ex, v + vl, se < v + vl + 40 ? se : v + vl + 40))
        return NULL;
    for (size_t j = sm->off[s]; j < sm->off[s + 1]; j++) {
        const parley_mention *o = &ex->mentions[sm->idx[j]];
        if (o->tb < v + vl || o->entity < 0)
            continue;
        if (o->type == PARLEY_ENTITY_PERSON && o->entity != (int)self) {
            guest = true;
            if (o->role_of < 0)   /* (not the description's own mention) */
                guest_end = o->te;
        }
        /* (not a place in the guest's description: "received X, Commander of the Rapid Support
         * Forces in Sudan, at Qasr Al Shati in Abu Dhabi") */
        if (guest && o->type != PARLEY_ENTITY_PERSON && in_apposition(ex, guest_end, o->tb))
            continue;
        /* "welcomed X to London" */
        bool welcomed = guest && o->tb > 0 && parley_welcomed_to(ex, o->tb - 1, ex->text.sentences[s].tok_begin);
        if (!guest || (!welcomed && (!located_at(ex, o, s) || parley_text_tok_is(&ex->text, o->tb - 1, "to"))))
            continue;
        const char *c = o->type == PARLEY_ENTITY_COUNTRY ? ex->entities[o->entity].name
                        : (o->type == PARLEY_ENTITY_LOCATION || o->type == PARLEY_ENTITY_ORGANIZATION) && o->lex && o->lex->country
                            ? o->lex->country
                            : NULL;
        /* (not where the guests are said to be from: "hosted their United States counterparts ...
         * in Washington" is a visitor's hosting) */
        for (size_t k = sm->off[s]; c && k < sm->off[s + 1]; k++) {
            const parley_mention *g = &ex->mentions[sm->idx[k]];
            const char *gc = g->type == PARLEY_ENTITY_PERSON && g->entity >= 0 && g->entity != (int)self && g->tb >= v + vl &&
                                     g->tb < o->tb
                                 ? mention_country(ex, g)
                                 : NULL;
            if (gc && strcmp(gc, c) == 0)
                return NULL;
        }
        if (c)
            return c;
    }
    return NULL;
}

/* "X met Indonesian Defense Minister Y at the State Department": whoever meets a person of
 * another country at a seat of government (an organisation of the lexicon with a country) is of
 * the seat's country. NULL when the sentence of mention pm does not say so. */
static const char *seat_rule(const parley_extraction *ex, const sentence_mentions *sm, size_t self,
                             const parley_mention *pm)
{
    /* (an international body's officer is a guest anywhere: "European Commission President X met
     * Y and Z at the Élysée Palace") */
    if (international(ex, &ex->entities[self]))
        return NULL;
    size_t s = pm->sentence, se = ex->text.sentences[s].tok_end, v = pm->te, vl = 0;
    for (; v < se && v < pm->te + 3 && !(vl = parley_match(ex, v, PARLEY_LEX_MEET, NULL)); v++)
        if (ex->text.tokens[v].kind == PARLEY_TOK_PUNCT)
            return NULL;
    if (!vl || !(parley_text_tok_is(&ex->text, v, "met") || parley_text_tok_is(&ex->text, v, "meets") ||
                 parley_text_tok_is(&ex->text, v, "held")))
        return NULL;
    const char *other = NULL;
    for (size_t j = sm->off[s]; j < sm->off[s + 1]; j++) {
        const parley_mention *o = &ex->mentions[sm->idx[j]];
        if (o->tb < v + vl || o->entity < 0)
            continue;
        if (o->type == PARLEY_ENTITY_PERSON && o->entity != (int)self && !other)
            other = ex->entities[o->entity].country;
        if (o->type == PARLEY_ENTITY_ORGANIZATION && o->lex && o->lex->country && other && o->tb > 1 &&
            parley_text_tok_is(&ex->text, o->tb - 1 - parley_text_tok_is(&ex->text, o->tb - 1, "the"), "at"))
            return strcmp(other, o->lex->country) != 0 ? o->lex->country : NULL;
    }
    return NULL;
}

/* "..., a day after she held talks with President X at the White House": whom someone of another
 * country meets at a seat of government (an organisation of the lexicon with a country) right
 * after the name is of the seat's country. The one who meets: the person named right before the
 * meeting words, else the sentence's first person. O(mentions of the sentence). */
static const char *met_at_seat_rule(const parley_extraction *ex, const sentence_mentions *sm, size_t self,
                                    const parley_mention *pm)
{
    const parley_text *t = &ex->text;
    size_t s = pm->sentence, sb = t->sentences[s].tok_begin, se = t->sentences[s].tok_end;
    if (pm->te + 2 >= se || !parley_text_tok_is(t, pm->te, "at") || international(ex, &ex->entities[self]))
        return NULL;
    size_t v = SIZE_MAX;   /* the meeting words before the name */
    for (size_t q = pm->tb; q-- > sb && q + 8 > pm->tb && v == SIZE_MAX;)
        if (parley_match(ex, q, PARLEY_LEX_MEET, NULL))
            v = q;
    if (v == SIZE_MAX)
        return NULL;
    const char *seat = NULL;
    const parley_mention *last = NULL, *first = NULL;
    for (size_t j = sm->off[s]; j < sm->off[s + 1]; j++) {
        const parley_mention *o = &ex->mentions[sm->idx[j]];
        if (o->entity < 0)
            continue;
        if (o->type == PARLEY_ENTITY_PERSON && (size_t)o->entity != self && o->te <= v) {
            last = o;
            if (!first)
                first = o;
        }
        if (o->type == PARLEY_ENTITY_ORGANIZATION && o->lex && o->lex->country && *o->lex->country &&
            (o->tb == pm->te + 1 || (o->tb == pm->te + 2 && parley_text_tok_is(t, pm->te + 1, "the"))))
            seat = o->lex->country;
    }
    /* (the pronoun within three words before them: "she held talks", "he also met") */
    bool pronoun = false;
    for (size_t q = v; q-- > sb && q + 4 > v && !pronoun && !parley_text_tok_is(t, q, ",");)
        pronoun = parley_text_tok_is(t, q, "he") || parley_text_tok_is(t, q, "she");
    /* (else the subject right before the meeting words, or the sentence's first person: "X spoke
     * with A and then received B at the Elysee Palace" is X's reception) */
    const parley_mention *who = !pronoun && last && last->te + 3 >= v ? last : first;
    const char *wc = who ? ex->entities[who->entity].country : NULL;
    return seat && wc && strcmp(wc, seat) != 0 ? seat : NULL;
}

/* "X met Y on Monday, spokesperson Z said": the spokesperson who ends a sentence speaks for its
 * subject (the sentence's first person, when their country is known). */
/* "Prime Minister X held talks with Y ..., Foreign Secretary Z said": the sentence's subject an
 * official quoted at its end (", <office> Z said") may speak for; -1 when mention pm is no such
 * quote. O(mentions of the sentence). */
static int briefed_subject(const parley_extraction *ex, const sentence_mentions *sm, size_t self, const parley_mention *pm)
{
    size_t s = pm->sentence, sb = ex->text.sentences[s].tok_begin, se = ex->text.sentences[s].tok_end;
    if (!(pm->te < se && (parley_text_tok_is(&ex->text, pm->te, "said") || parley_text_tok_is(&ex->text, pm->te, "says") ||
                          parley_text_tok_is(&ex->text, pm->te, "told"))))
        return -1;
    size_t q = pm->tb;   /* back over the title's capitalised words, to the comma */
    while (q > sb && q + 6 > pm->tb && ex->text.tokens[q - 1].kind == PARLEY_TOK_WORD &&
           (ex->text.tokens[q - 1].flags & PARLEY_TOK_CAP))
        q--;
    if (q == pm->tb || q <= sb || !parley_text_tok_is(&ex->text, q - 1, ",") ||
        (!parley_kind_starts(ex, q, PARLEY_LEX_OFFICE) && !parley_kind_starts(ex, q, PARLEY_LEX_MODIFIER) &&
         !parley_kind_starts(ex, q, PARLEY_LEX_DOMAIN)))
        return -1;
    for (size_t j = sm->off[s]; j < sm->off[s + 1]; j++) {
        const parley_mention *o = &ex->mentions[sm->idx[j]];
        if (o->type == PARLEY_ENTITY_PERSON && o->entity >= 0)
            return o->entity != (int)self && o->tb < q ? o->entity : -1;
    }
    return -1;
}

static const char *spokesperson_rule(const parley_extraction *ex, const sentence_mentions *sm, size_t self,
                                     const parley_mention *pm)
{
    static const char *const spokes[] = {"spokesperson", "spokesman", "spokeswoman", "aide", NULL};
    size_t s = pm->sentence, sb = ex->text.sentences[s].tok_begin, se = ex->text.sentences[s].tok_end;
    /* "The following is attributable (attributed) to Spokesperson X:" over a readout: whose readout it is, the
     * first person named after that with a country */
    /* (past the office's other words: "attributable to Principal Deputy Spokesperson X") */
    size_t to = pm->tb >= sb + 3 && parley_text_tok_in_ci(&ex->text, pm->tb - 1, spokes) ? pm->tb - 2 : 0;
    while (to > sb + 1 && to + 6 > pm->tb && !parley_text_tok_is(&ex->text, to, "to") &&
           (ex->text.tokens[to].flags & PARLEY_TOK_CAP))
        to--;
    if (to > sb && parley_text_tok_is(&ex->text, to, "to") &&
        (parley_text_tok_is_ci(&ex->text, to - 1, "attributable") || parley_text_tok_is_ci(&ex->text, to - 1, "attributed"))) {
        for (size_t s2 = s + 1; s2 < ex->text.n_sentences && s2 < s + 4; s2++)
            for (size_t j = sm->off[s2]; j < sm->off[s2 + 1]; j++) {
                const parley_mention *o = &ex->mentions[sm->idx[j]];
                if (o->type == PARLEY_ENTITY_PERSON && o->entity >= 0 && o->entity != (int)self)
                    return ex->entities[o->entity].country;
            }
        return NULL;
    }
    if (!(pm->tb >= sb + 2 && parley_text_tok_in_ci(&ex->text, pm->tb - 1, spokes)))
        return NULL;
    static const char *const said[] = {"said", "says", NULL};
    bool says_after = pm->te < se && (parley_text_tok_in_ci(&ex->text, pm->te, said) || parley_text_tok_is(&ex->text, pm->te, "told"));
    /* ", spokesman X said", ", presidential spokesman X said", and after a quote: '"...," Foreign
     * Office Spokesman X told'; or the saying first: "..., said presidential spokesman X." */
    size_t q = pm->tb - 1;
    while (q > sb && q + 5 > pm->tb && ex->text.tokens[q - 1].kind == PARLEY_TOK_WORD &&
           (says_after || !parley_text_tok_in_ci(&ex->text, q - 1, said)))
        q--;
    if (!says_after) {
        if (!(q > sb + 1 && parley_text_tok_in_ci(&ex->text, q - 1, said) && parley_text_tok_is(&ex->text, q - 2, ",") &&
              (pm->te == se || parley_text_tok_is(&ex->text, pm->te, "."))))
            return NULL;
        q--;
    }
    bool after_quote = q > sb && parley_text_tok_is(&ex->text, q - 1, "\"");
    if (!(q > sb && parley_text_tok_is(&ex->text, q - 1, ",")) && !after_quote)
        return NULL;
    /* the sentence's first person outside the quotation, else (after a quotation) the article's
     * first person, when their country is known by now: whose government the spokesperson
     * speaks for */
    size_t quotes = 0, k = sb;
    for (size_t j = sm->off[s]; j < sm->off[s + 1]; j++) {
        const parley_mention *o = &ex->mentions[sm->idx[j]];
        for (; k < o->tb; k++)
            quotes += parley_text_tok_is(&ex->text, k, "\"");
        if (o->type == PARLEY_ENTITY_PERSON && o->entity >= 0 && (quotes % 2 == 0 || !after_quote)) {
            if (o->entity != (int)self)
                return ex->entities[o->entity].country;
            if (!after_quote)
                return NULL;   /* ", spokesman X said" opening the sentence speaks for no one named */
        }
    }
    for (size_t m = 0; after_quote && m < ex->n_mentions && ex->mentions[m].sentence < s; m++) {
        const parley_mention *o = &ex->mentions[m];
        if (o->type == PARLEY_ENTITY_PERSON && o->entity >= 0 && o->entity != (int)self)
            return ex->entities[o->entity].country;   /* (none yet: no say) */
    }
    return NULL;
}

/* The publication's year, or 0 when the article gives no date. */
static int story_year(const parley_extraction *ex)
{
    const char *pd = parley_document_date(ex->doc);
    return pd && strlen(pd) >= 4 ? atoi(pd) : 0;
}

/* Does sentence s name a year before the story's (year; 0: none known), telling of the past ("The
 * last round was held in New Delhi in December 2019")? Such a sentence moves the story nowhere.
 * O(tokens of s). */
static bool past_sentence(const parley_extraction *ex, size_t s, int year)
{
    static const char *const recalled[] = {"met", "visited", "held", "spoke", NULL};
    for (size_t q = ex->text.sentences[s].tok_begin; q < ex->text.sentences[s].tok_end; q++) {
        /* ("Mr Wong last met Ms Takaichi in Gyeongju in October": a meeting recalled) */
        if (ex->text.tokens[q].end - ex->text.tokens[q].start == 4 && q + 1 < ex->text.sentences[s].tok_end &&
            parley_text_tok_is(&ex->text, q, "last") && parley_text_tok_in_ci(&ex->text, q + 1, recalled))
            return true;
        if (year && ex->text.tokens[q].kind == PARLEY_TOK_NUM && ex->text.tokens[q].end - ex->text.tokens[q].start == 4) {
            int y = atoi(ex->text.text + ex->text.tokens[q].start);
            if (y >= 1900 && y < year)
                return true;
        }
    }
    return false;
}

/* Where person mention pm is at home: the country of a place the sentence names after it, else of
 * the place where the story is (the last place something happens in before), else the
 * dateline's. */
static const char *place_at_home(const parley_extraction *ex, const sentence_mentions *sm, const parley_mention *pm)
{
    size_t s = pm->sentence;
    const char *place = NULL;
    /* "during his visit to Colombo" (not a place of another time: "called on X at Parliament
     * House before flying to Wellington") */
    size_t later = pm->te;
    for (size_t j = sm->off[s]; j < sm->off[s + 1] && !place; j++) {
        const parley_mention *o = &ex->mentions[sm->idx[j]];
        if (o->tb < pm->te)
            continue;
        for (; later < o->tb; later++)
            if (parley_text_tok_is(&ex->text, later, "before") || parley_text_tok_is(&ex->text, later, "after"))
                break;
        if (later < o->tb)
            break;
        place = place_country(ex, o, s, true);
    }
    /* "In Kuwait, her last stop, Menon called on X": the sentence's own place before the person */
    for (size_t j = sm->off[s + 1]; j-- > sm->off[s] && !place;) {
        const parley_mention *o = &ex->mentions[sm->idx[j]];
        if (o->te <= pm->tb)
            place = place_country(ex, o, s, false);
    }
    /* (back over at most 40 sentences, so that a long text stays linear; not those of the past) */
    const int year = story_year(ex);
    for (size_t s2 = s; !place && s2-- > 0 && s2 + 40 > s;) {
        for (size_t j = sm->off[s2 + 1]; j-- > sm->off[s2] && !place;)
            place = place_country(ex, &ex->mentions[sm->idx[j]], s2, false);
        if (place && past_sentence(ex, s2, year))   /* (read only when it places something) */
            place = NULL;
    }
    if (!place && ex->dateline_place >= 0)
        place = ex->entities[ex->dateline_place].country;
    return place;
}

/* Is someone of country c (stated, or guessed in guess[]) named in a sentence that places
 * something in country place ("Defense Minister X met Y in Washington")? O(mentions of c's
 * people, and of their sentences). */
static bool compatriot_there(const parley_extraction *ex, const sentence_mentions *sm, const char *c, const char *place,
                             const char *const *guess)
{
    for (size_t i = 0; i < ex->n_entities; i++) {
        const parley_entity *en = &ex->entities[i];
        const char *ec = en->country ? en->country : guess[i];
        if (en->type != PARLEY_ENTITY_PERSON || !ec || strcmp(ec, c) != 0)
            continue;
        for (size_t k = 0; k < en->n_mentions; k++) {
            size_t s = ex->mentions[en->mentions[k]].sentence;
            for (size_t j = sm->off[s]; j < sm->off[s + 1]; j++) {
                const char *pc = place_country(ex, &ex->mentions[sm->idx[j]], s, false);
                if (pc && strcmp(pc, place) == 0)
                    return true;
            }
        }
    }
    return false;
}

/* The country of a seat of government the person's sentence cites as its source: "Economy
 * Minister X and presidential spokesman Y also took part in the meeting, the Casa Rosada said"
 * (a body of the lexicon with a country, after a comma, before a speech verb), or NULL. */
static const char *seat_source_country(const parley_extraction *ex, const sentence_mentions *sm, const parley_entity *person)
{
    static const char *const speech[] = {"said", "says", "announced", "reported", NULL};
    for (size_t k = 0; k < person->n_mentions; k++) {
        const parley_mention *pm = &ex->mentions[person->mentions[k]];
        if (pm->type != PARLEY_ENTITY_PERSON)
            continue;
        uint32_t s = pm->sentence;
        /* (not the one met: "Putin will travel to China for talks with President Xi, the Kremlin
         * said") */
        bool met = false;
        for (size_t q = ex->text.sentences[s].tok_begin; q < pm->tb && !met; q++)
            met = parley_match(ex, q, PARLEY_LEX_MEET, NULL) || parley_match(ex, q, PARLEY_LEX_CALL, NULL) ||
                  parley_match(ex, q, PARLEY_LEX_HOST, NULL) || parley_match(ex, q, PARLEY_LEX_MEET_NOUN, NULL);
        if (met)
            continue;
        for (size_t j = sm_from(ex, sm, s, pm->te); j < sm->off[s + 1]; j++) {
            const parley_mention *o = &ex->mentions[sm->idx[j]];
            if (o->type != PARLEY_ENTITY_ORGANIZATION || !o->lex || !o->lex->country || !*o->lex->country ||
                o->te >= ex->text.n_tokens || !parley_text_tok_in_ci(&ex->text, o->te, speech))
                continue;
            size_t c = o->tb > 0 && parley_text_tok_is_ci(&ex->text, o->tb - 1, "the") ? o->tb - 1 : o->tb;
            if (c > 0 && parley_text_tok_is(&ex->text, c - 1, ","))
                return o->lex->country;
        }
    }
    return NULL;
}

/* "The Director, Defence Information, Brig.-Gen. X, said in a statement that the visit ...": a
 * person first named as the source of a sentence that tells no meeting speaks where the story is
 * (place_at_home()); the country of that place, else NULL. O(tokens of the sentence). */
static const char *source_at_home(const parley_extraction *ex, const sentence_mentions *sm, const parley_entity *person)
{
    static const char *const speech[] = {"said", "says", "told", "stated", "added", NULL};
    const parley_mention *pm = NULL;   /* (the name's first mention, not its role phrase's) */
    for (size_t k = 0; k < person->n_mentions && !pm; k++)
        if (ex->mentions[person->mentions[k]].type == PARLEY_ENTITY_PERSON && ex->mentions[person->mentions[k]].role_of < 0)
            pm = &ex->mentions[person->mentions[k]];
    if (!pm)
        return NULL;
    const parley_sentence *se = &ex->text.sentences[pm->sentence];
    size_t v = pm->te;
    /* (past a comma closing the title's apposition, "The Director, ..., X, said", or an
     * apposition between commas: "X, the ministry's spokesman, said") */
    if (v + 1 < se->tok_end && parley_text_tok_is(&ex->text, v, ",") && parley_text_tok_in_ci(&ex->text, v + 1, speech)) {
        v++;
    } else if (v < se->tok_end && parley_text_tok_is(&ex->text, v, ",")) {
        size_t c = v + 1;
        while (c < se->tok_end && c < v + 10 && !parley_text_tok_is(&ex->text, c, ","))
            c++;
        v = c + 1;
    }
    if (v >= se->tok_end || !parley_text_tok_in_ci(&ex->text, v, speech) || (ex->text.tokens[v].flags & PARLEY_TOK_CAP))
        return NULL;
    /* (the clause around the name: a sentence naming thousands stays linear) */
    size_t qb = pm->tb > se->tok_begin + 40 ? pm->tb - 40 : se->tok_begin, qe = v + 40 < se->tok_end ? v + 40 : se->tok_end;
    for (size_t q = qb; q < qe; q++)
        if (parley_match(ex, q, PARLEY_LEX_MEET, NULL) || parley_match(ex, q, PARLEY_LEX_CALL, NULL))
            return NULL;
    return place_at_home(ex, sm, pm);
}

/* The token where the title before person mention pm starts (back over capitalised words, "of",
 * "the" and commas, at most ten tokens), or pm->tb. */
static size_t title_start(const parley_extraction *ex, const parley_mention *pm)
{
    size_t sb = ex->text.sentences[pm->sentence].tok_begin, q = pm->tb;
    while (q > sb && q + 10 > pm->tb && !parley_text_tok_is(&ex->text, q - 1, "on") &&
           (ex->text.tokens[q - 1].kind == PARLEY_TOK_WORD || parley_text_tok_is(&ex->text, q - 1, ",")) &&
           !parley_match(ex, q - 1, PARLEY_LEX_MEET, NULL) &&
           !parley_text_tok_is_ci(&ex->text, q - 1, "host"))
        q--;
    return q;
}

/* '"The State Visit by Prime Minister X goes further to cement our ties," President Y': the
 * speaker of a quotation that tells of a visit by someone hosts it, and is not of the visitor's
 * country (stated, or guessed in @p fallback for people before); NULL when no such quotation is
 * the person's. O(tokens of the sentences of the person's mentions). */
static const char *quoted_visitor_country(const parley_extraction *ex, const sentence_mentions *sm, const parley_entity *person,
                                          int self, const char *const *fallback)
{
    for (size_t k = 0; k < person->n_mentions; k++) {
        const parley_mention *pm = &ex->mentions[person->mentions[k]];
        if (pm->type != PARLEY_ENTITY_PERSON || pm->role_of >= 0)
            continue;
        size_t s = pm->sentence, sb = ex->text.sentences[s].tok_begin, q = title_start(ex, pm);
        while (q > sb && parley_text_tok_is(&ex->text, q - 1, ","))
            q--;
        if (q <= sb || !parley_text_tok_is(&ex->text, q - 1, "\""))
            continue;
        /* (the mentions of the quotation's last 60 tokens, found by bisection) */
        for (size_t j = sm_from(ex, sm, s, q > sb + 60 ? q - 60 : sb); j < sm->off[s + 1]; j++) {
            const parley_mention *o = &ex->mentions[sm->idx[j]];
            if (o->tb >= q)
                break;
            if (o->type != PARLEY_ENTITY_PERSON || o->entity < 0 || o->entity == self || o->tb < sb + 2)
                continue;
            /* "visit by Prime Minister X": "visit by" within a title's length before the name */
            bool by = false;
            for (size_t t = o->tb; t-- > sb + 1 && t + 6 > o->tb && !by;)
                by = parley_text_tok_is(&ex->text, t, "by") && parley_text_tok_is_ci(&ex->text, t - 1, "visit");
            const char *c = !by ? NULL
                            : ex->entities[o->entity].country ? ex->entities[o->entity].country
                            : o->entity < self                ? fallback[o->entity]
                                                              : NULL;
            if (c)
                return c;
        }
    }
    return NULL;
}

/* Is the person met in a sentence that puts the meeting on the sidelines of a gathering ("met X on
 * the sidelines of the Shangri-La Dialogue")? O(tokens of the person's sentences). */
static bool meets_on_sidelines(const parley_extraction *ex, const parley_entity *person)
{
    /* (around the first mentions only: a long text stays linear) */
    for (size_t k = 0; k < person->n_mentions && k < 4; k++) {
        const parley_mention *pm = &ex->mentions[person->mentions[k]];
        const parley_sentence *se = &ex->text.sentences[pm->sentence];
        size_t b = pm->tb > se->tok_begin + 30 ? pm->tb - 30 : se->tok_begin, e = pm->te + 30 < se->tok_end ? pm->te + 30 : se->tok_end;
        if (!se->headline && parley_on_sidelines(ex, b, e))
            return true;
    }
    return false;
}

/* "X paid a courtesy call on President Y at the Jubilee House": whom a visitor calls on is at
 * home (place_at_home()); so is "Host Prime Minister Keith Rowley". */
static const char *called_on_rule(const parley_extraction *ex, const sentence_mentions *sm, size_t self,
                                  const parley_mention *pm)
{
    (void)self;
    size_t sb = ex->text.sentences[pm->sentence].tok_begin, q = title_start(ex, pm);
    /* (the noun, "the host, President X"; not the verb, "will host President X") */
    static const char *const modal[] = {"will", "would", "to", "shall", "can", "could", "may", "might", "must", "also",
                                        "did", "does", "do", NULL};
    bool host = q > sb && parley_text_tok_is_ci(&ex->text, q - 1, "host") &&
                (q - 1 == sb || !(ex->text.tokens[q - 2].kind == PARLEY_TOK_WORD &&
                                  ((ex->text.tokens[q - 2].flags & PARLEY_TOK_CAP) ||
                                   parley_text_tok_in_ci(&ex->text, q - 2, modal))));
    bool called = q >= sb + 2 && parley_text_tok_is(&ex->text, q - 1, "on") &&
                  (parley_text_tok_is_ci(&ex->text, q - 2, "called") || parley_text_tok_is_ci(&ex->text, q - 2, "call") ||
                   parley_text_tok_is_ci(&ex->text, q - 2, "calls"));
    /* (not one who came along: "called on President B at the Kremlin, along with ambassador C") */
    for (size_t r = q; (host || called) && r < pm->tb; r++)
        if (parley_text_tok_is(&ex->text, r, "with"))
            return NULL;
    return host || called ? place_at_home(ex, sm, pm) : NULL;
}

/* Is country mention o, a country's name or demonym, right before one of words (or past its
 * possessive and one lower-case word: "North Korea's nuclear threats")? O(1). */
static bool thing_of_country(const parley_extraction *ex, const parley_mention *o, const char *const *words)
{
    if (!o->lex || !(o->lex->kind == PARLEY_LEX_DEMONYM || o->lex->kind == PARLEY_LEX_COUNTRY) || o->te >= ex->text.n_tokens)
        return false;
    /* ("North Korea's nuclear threats": a possessive, the thing a word after it) */
    size_t q = o->te;
    if (parley_text_tok_poss(&ex->text, q) && q + 1 < ex->text.n_tokens) {
        q++;
        if (q + 1 < ex->text.n_tokens && ex->text.tokens[q].kind == PARLEY_TOK_WORD && !(ex->text.tokens[q].flags & PARLEY_TOK_CAP) &&
            !parley_text_tok_in_ci(&ex->text, q, words))
            q++;
    }
    return parley_text_tok_in_ci(&ex->text, q, words);
}

/* The words of a country's trade: what its policy is about, a subset of the things above. */
static const char *const trade_words[] = {"tariffs", "tariff", "imports", "exports", "goods", NULL};

/* A demonym or a country's name before a lower-case noun for a thing: "since the Russian invasion
 * began", "a Chinese balloon", "the Iranian nuclear program", "U.S. tariffs", "North Korea's
 * nuclear threats" (not "the Russian side", "the American people"): no person's country. */
static bool of_a_thing(const parley_extraction *ex, const parley_mention *o)
{
    static const char *const things[] = {"invasion", "aggression", "attack", "attacks", "offensive", "strikes", "war",
                                         "conflict", "crisis", "balloon", "drone", "drones", "missile", "missiles",
                                         "economy", "currency", "market", "territory", "border", "airspace", "soil",
                                         "waters", "nuclear", "oil", "gas", "election", "elections", "constitution",
                                         "sanctions", "threat", "threats", "provocations", NULL};
    return thing_of_country(ex, o, things) || thing_of_country(ex, o, trade_words);
}

/* Is country mention o the host of whom someone is a guest: "the guest of honour at the Maldives'
 * Independence Day celebrations", "chief guest at India's Republic Day parade" ("guest", or
 * "honour", then "at" and "the" or not, right before it; b the sentence's first token)? O(1). */
static bool guest_of(const parley_extraction *ex, const parley_mention *o, size_t b)
{
    size_t t = o->tb > b + 1 && parley_text_tok_is_ci(&ex->text, o->tb - 1, "the") ? o->tb - 1 : o->tb;
    return t > b + 1 && parley_text_tok_is(&ex->text, t - 1, "at") &&
           (parley_text_tok_is(&ex->text, t - 2, "guest") || parley_text_tok_is(&ex->text, t - 2, "guests") ||
            parley_text_tok_is(&ex->text, t - 2, "honour") || parley_text_tok_is(&ex->text, t - 2, "honor"));
}

/* A country's name or demonym before a word of its trade ("U.S. tariffs", "Chinese imports"): the
 * country of a policy talked about, not of the people of the story. O(1). */
static bool of_trade(const parley_extraction *ex, const parley_mention *o)
{
    return thing_of_country(ex, o, trade_words);
}

/* A country's name or demonym before a noun for a person and a named person ("the jailed Hong Kong
 * activist Jimmy Lai"): that person's description, not the country of the story's people.
 * O(log mentions of the sentence). */
static bool describes_named(const parley_extraction *ex, const sentence_mentions *sm, const parley_mention *o)
{
    size_t t = o->te;
    if (t + 1 >= ex->text.n_tokens || parley_match(ex, t, PARLEY_LEX_PERSON_NOUN, NULL) != 1)
        return false;
    for (size_t j = sm_from(ex, sm, o->sentence, t + 1); j < sm->off[o->sentence + 1]; j++) {
        const parley_mention *m = &ex->mentions[sm->idx[j]];
        if (m->tb > t + 1)
            break;
        if (m->tb == t + 1 && m->type == PARLEY_ENTITY_PERSON)
            return true;
    }
    return false;
}

/* The country of the first place of sentence s named after token `after` that words of a visit
 * open ("his visit to Tokyo", "will travel to Moscow", "arrived in Moscow"), or NULL. O(64
 * mentions). */
static const char *visited_place_country(const parley_extraction *ex, const sentence_mentions *sm, size_t s, size_t after)
{
    size_t b = ex->text.sentences[s].tok_begin;
    for (size_t j = sm->off[s]; j < sm->off[s + 1] && j < sm->off[s] + 64; j++) {
        const parley_mention *o = &ex->mentions[sm->idx[j]];
        if (o->entity < 0 || o->tb <= after || o->tb <= b ||
            (o->type != PARLEY_ENTITY_COUNTRY && o->type != PARLEY_ENTITY_LOCATION) ||
            !parley_phrase_ends_at(ex, PARLEY_LEX_VISIT, o->tb, b))
            continue;
        if (o->type == PARLEY_ENTITY_COUNTRY)
            return ex->entities[o->entity].name;
        return o->lex && o->lex->country ? o->lex->country : ex->entities[o->entity].country;
    }
    return NULL;
}

/* "During his visit to Tokyo on 12-14 November, the Minister met: - Prime Minister X; - ...": a
 * person named in an item of a list whose lead-in (the sentence before the items, ending in a
 * colon, with meeting words) names the place visited is of that place's country. O(16 sentences
 * back, 64 mentions of the lead-in). */
static const char *item_visit_rule(const parley_extraction *ex, const sentence_mentions *sm, size_t self,
                                   const parley_mention *pm)
{
    size_t s = pm->sentence;
    if ((size_t)pm->entity != self || !ex->text.sentences[s].item)
        return NULL;
    size_t l = s;
    while (l > 0 && s - l < 16 && ex->text.sentences[l].item)
        l--;
    const parley_sentence *ls = &ex->text.sentences[l];
    if (ls->item || ls->tok_end <= ls->tok_begin + 2 || !parley_text_tok_is(&ex->text, ls->tok_end - 1, ":"))
        return NULL;
    bool met = false;
    for (size_t q = ls->tok_begin; q < ls->tok_end && !met; q++)
        met = parley_match(ex, q, PARLEY_LEX_MEET, NULL) != 0;
    return met ? visited_place_country(ex, sm, l, ls->tok_begin) : NULL;
}

/* "Fidan will travel to Moscow on Sunday ... He will also meet President Putin", "Fidan is also
 * expected to be received by President Putin": the one met, right after the sentence that tells
 * where the subject goes, by that subject ("he", "she" or the same person named first), is of the
 * place's country. O(mentions of the two sentences, at most 64 each). */
static const char *visited_before_rule(const parley_extraction *ex, const sentence_mentions *sm, size_t self,
                                       const parley_mention *pm)
{
    size_t s = pm->sentence;
    if (s == 0 || (size_t)pm->entity != self || ex->text.sentences[s - 1].headline)
        return NULL;
    size_t b = ex->text.sentences[s].tok_begin;
    /* the meeting words before the person ("meet", "be received by") */
    bool met = false;
    for (size_t q = b; q < pm->tb && q + 24 > pm->tb && !met; q++)
        met = parley_match(ex, q, PARLEY_LEX_MEET, NULL) ||
              (q + 1 < pm->tb && parley_text_tok_is(&ex->text, q, "received") && parley_text_tok_is(&ex->text, q + 1, "by"));
    if (!met)
        return NULL;
    /* (not where the sentence names a place of its own: "He will be in Berlin on Friday for talks
     * with X") */
    /* (a country owning a title is none: "was received by Ukraine's Foreign Minister A before
     * meeting President B") */
    for (size_t j = sm->off[s]; j < sm->off[s + 1] && j < sm->off[s] + 64; j++) {
        const parley_mention *o = &ex->mentions[sm->idx[j]];
        bool titles = o->type == PARLEY_ENTITY_COUNTRY && o->te + 1 < ex->text.sentences[s].tok_end &&
                      parley_text_tok_poss(&ex->text, o->te) &&
                      (parley_match(ex, o->te + 1, PARLEY_LEX_OFFICE, NULL) || parley_match(ex, o->te + 1, PARLEY_LEX_DOMAIN, NULL));
        if ((o->type == PARLEY_ENTITY_COUNTRY || o->type == PARLEY_ENTITY_LOCATION) && !titles)
            return NULL;
    }
    /* the subject: a pronoun ("they" for the people the sentence before names), or the first
     * person of the sentence before named first here */
    const parley_mention *first_prev = NULL, *first_here = NULL;
    for (size_t j = sm->off[s - 1]; j < sm->off[s] && j < sm->off[s - 1] + 64 && !first_prev; j++)
        if (ex->mentions[sm->idx[j]].type == PARLEY_ENTITY_PERSON && ex->mentions[sm->idx[j]].entity >= 0)
            first_prev = &ex->mentions[sm->idx[j]];
    for (size_t j = sm->off[s]; j < sm->off[s + 1] && j < sm->off[s] + 64 && !first_here; j++)
        if (ex->mentions[sm->idx[j]].type == PARLEY_ENTITY_PERSON && ex->mentions[sm->idx[j]].entity >= 0)
            first_here = &ex->mentions[sm->idx[j]];
    bool pronoun = parley_text_tok_is_ci(&ex->text, b, "he") || parley_text_tok_is_ci(&ex->text, b, "she") ||
                   parley_text_tok_is_ci(&ex->text, b, "they");
    if (!first_prev || (size_t)first_prev->entity == self ||
        !(pronoun || (first_here && first_here != pm && first_here->entity == first_prev->entity && first_here->tb == b)))
        return NULL;
    /* where the sentence before sends its subject: "will travel to Moscow", "arrived in Moscow" */
    return visited_place_country(ex, sm, s - 1, first_prev->te);
}

/* "Shoigu visited Pyongyang, where he met with Kim Jong Un": a person named after a place that
 * someone visits ("visited", "visit to", "arrived in"), in the same sentence, is of the place's
 * country when nothing said otherwise. */
static const char *visited_rule(const parley_extraction *ex, const sentence_mentions *sm, size_t self,
                                const parley_mention *pm)
{
    (void)self;
    size_t s = pm->sentence, b = ex->text.sentences[s].tok_begin;
    /* the last place visited before the person: back from the person's place in the sentence,
     * over at most 64 mentions, so that a sentence naming thousands stays linear */
    size_t lo = sm_from(ex, sm, s, pm->tb);
    for (size_t j = lo; j-- > sm->off[s] && j + 64 > lo;) {
        const parley_mention *o = &ex->mentions[sm->idx[j]];
        if (o->te > pm->tb || o->entity < 0 || (o->type != PARLEY_ENTITY_COUNTRY && o->type != PARLEY_ENTITY_LOCATION))
            continue;
        bool visit = o->tb > b && parley_phrase_ends_at(ex, PARLEY_LEX_VISIT, o->tb, b);
        if (!visit && o->tb > b + 1 && parley_text_tok_is(&ex->text, o->tb - 1, "the"))
            visit = parley_phrase_ends_at(ex, PARLEY_LEX_VISIT, o->tb - 1, b);
        /* ("concluded his Gulf tour in the UAE on Thursday, where he was received by President X":
         * the place of a "where" clause in which the person receives the visitor) */
        size_t at = o->tb > b + 1 && parley_text_tok_is(&ex->text, o->tb - 1, "the") ? o->tb - 1 : o->tb;
        static const char *const hosted[] = {"received", "welcomed", "greeted", "hosted", NULL};
        for (size_t q = o->te; !visit && at > b && parley_text_tok_is(&ex->text, at - 1, "in") && q + 5 < pm->tb &&
                               q < o->te + 8;
             q++)
            visit = parley_text_tok_is(&ex->text, q, ",") && parley_text_tok_is(&ex->text, q + 1, "where") &&
                    (parley_text_tok_is(&ex->text, q + 3, "was") || parley_text_tok_is(&ex->text, q + 3, "were")) &&
                    parley_text_tok_in_ci(&ex->text, q + 4, hosted) && parley_text_tok_is(&ex->text, q + 5, "by");
        /* ("visited Riyadh, where he met A, and Doha, where he held talks with B": the next place
         * of the visit's list, after "and" and a place visited before it) */
        if (!visit && o->tb > b + 1 && parley_text_tok_is(&ex->text, o->tb - 1, "and") &&
            parley_text_tok_is(&ex->text, o->tb - 2, ","))
            for (size_t k = j; k-- > sm->off[s] && k + 16 > j && !visit;) {
                const parley_mention *v = &ex->mentions[sm->idx[k]];
                visit = (v->type == PARLEY_ENTITY_COUNTRY || v->type == PARLEY_ENTITY_LOCATION) && v->entity >= 0 &&
                        v->tb > b && parley_phrase_ends_at(ex, PARLEY_LEX_VISIT, v->tb, b);
            }
        if (!visit)
            continue;
        /* ("a visit to Singapore by General Secretary X": the visitor, not the host) */
        bool by = false;
        for (size_t q = o->te; q < pm->tb && q < o->te + 3 && !by; q++)
            by = parley_text_tok_is(&ex->text, q, "by");
        if (by)
            return NULL;
        /* "During his visit to the United States, X also met Y": X, the first named in the
         * sentence, after the opening phrase's comma, is the one visiting */
        bool his = false;
        for (size_t q = o->tb; q-- > b && q + 5 > o->tb && !his;)
            his = parley_text_tok_is_ci(&ex->text, q, "his") || parley_text_tok_is_ci(&ex->text, q, "her") ||
                  parley_text_tok_is_ci(&ex->text, q, "their");
        if (his) {
            bool first = true;   /* no one named before the person in the sentence (whose visit it would be) */
            for (size_t k = sm->off[s]; k < lo && first; k++)
                first = ex->mentions[sm->idx[k]].type != PARLEY_ENTITY_PERSON;
            bool comma = false;
            for (size_t q = o->te; q < pm->tb && !comma; q++)
                comma = parley_text_tok_is(&ex->text, q, ",");
            if (first && comma)
                return NULL;
        }
        if (o->type == PARLEY_ENTITY_COUNTRY)
            return ex->entities[o->entity].name;
        if (o->type == PARLEY_ENTITY_LOCATION && o->lex && o->lex->country)
            return o->lex->country;
    }
    /* "X did not meet President Y during his trip to the United States": the person met, then
     * the subject's own visit in the same clause, is of the place visited */
    /* (someone named before the person, whose visit it is, meets them: meeting words between) */
    const parley_mention *sub = NULL;
    for (size_t k = lo; k-- > sm->off[s] && k + 64 > lo && !sub;)
        if (ex->mentions[sm->idx[k]].type == PARLEY_ENTITY_PERSON && ex->mentions[sm->idx[k]].entity >= 0)
            sub = &ex->mentions[sm->idx[k]];
    bool subject = false;
    for (size_t q = sub ? sub->te : pm->tb; q < pm->tb && !subject; q++)
        subject = parley_match(ex, q, PARLEY_LEX_MEET, NULL) > 0;
    for (size_t j = lo; subject && j < sm->off[s + 1] && j < lo + 16; j++) {
        const parley_mention *o = &ex->mentions[sm->idx[j]];
        if (o->tb < pm->te || o->entity < 0 || (o->type != PARLEY_ENTITY_COUNTRY && o->type != PARLEY_ENTITY_LOCATION))
            continue;
        if (o->tb > pm->te + 12)
            break;
        size_t v = o->tb > b + 1 && parley_text_tok_is(&ex->text, o->tb - 1, "the") ? o->tb - 1 : o->tb;
        bool his = false, comma = false;
        for (size_t q = pm->te; q < o->tb && !comma; q++)
            comma = parley_text_tok_is(&ex->text, q, ",") || parley_text_tok_is(&ex->text, q, ";");
        for (size_t q = v; q-- > pm->te && q + 5 > v && !his;)
            his = parley_text_tok_is_ci(&ex->text, q, "his") || parley_text_tok_is_ci(&ex->text, q, "her") ||
                  parley_text_tok_is_ci(&ex->text, q, "their");
        if (comma || !his || !parley_phrase_ends_at(ex, PARLEY_LEX_VISIT, v, pm->te))
            break;
        if (o->type == PARLEY_ENTITY_COUNTRY)
            return ex->entities[o->entity].name;
        if (o->lex && o->lex->kind == PARLEY_LEX_CITY && o->lex->country)
            return o->lex->country;
        break;
    }
    return NULL;
}

/* Does "not" or "never" stand in tokens [b, e) ("had not met", "X did not meet Y")? O(e - b). */
static bool denied_in(const parley_extraction *ex, size_t b, size_t e)
{
    for (size_t q = b; q < e; q++)
        if (parley_text_tok_is_ci(&ex->text, q, "not") || parley_text_tok_is_ci(&ex->text, q, "never"))
            return true;
    return false;
}

/* In sentence s, where person mention pm (of entity self) is the subject of meeting words: the
 * country (or a city's country) where someone met after them, of another stated country, is said
 * to be ("Putin met with X of Korea, who is in Russia on an official visit"; "X met with the
 * Minister of Defence of Papua New Guinea, Y, in Canberra"), or NULL; NULL on the sidelines of
 * something, where both may be visitors. */
static const char *visited_by_the_met(const parley_extraction *ex, const sentence_mentions *sm, size_t s,
                                      const parley_mention *pm, int self)
{
    size_t end = ex->text.sentences[s].tok_end, trig = meet_after(ex, sm, pm);
    if (trig == SIZE_MAX)
        return NULL;
    /* "on the sidelines of a summit in Jakarta": both may be visitors there (looked for near
     * the meeting words, so that a sentence with no end costs no more than a short one) */
    size_t sb = ex->text.sentences[s].tok_begin;
    if (parley_on_sidelines(ex, trig > sb + 40 ? trig - 40 : sb, end < trig + 60 ? end : trig + 60))
        return NULL;
    /* ... or in the next sentence: "The discussion held on the sidelines of the IGAD Council" */
    if (s + 1 < ex->text.n_sentences) {
        const parley_sentence *nx = &ex->text.sentences[s + 1];
        if (parley_on_sidelines(ex, nx->tok_begin, nx->tok_end < nx->tok_begin + 60 ? nx->tok_end : nx->tok_begin + 60))
            return NULL;
    }
    /* ... nor a meeting to come ("is expected to meet X in Busan"): a venue, not anyone's home */
    static const char *const to_come[] = {"will", "would", "expected", "due", "scheduled", "set", "plans", "planned",
                                          "to", NULL};
    for (size_t q = trig > sb + 3 ? trig - 3 : sb; q < trig; q++)
        if (parley_text_tok_in_ci(&ex->text, q, to_come))
            return NULL;
    /* ... nor one recalled ("last met Ms Takaichi in Gyeongju in October"): a venue of the past */
    if (trig > sb && parley_text_tok_is(&ex->text, trig - 1, "last"))
        return NULL;
    /* ... nor one denied ("had not met the Chinese premier, who is also in New York") */
    if (denied_in(ex, trig > sb + 3 ? trig - 3 : sb, trig))
        return NULL;
    const char *place = NULL, *visitor = NULL;
    for (size_t j = sm->off[s]; j < sm->off[s + 1]; j++) {
        const parley_mention *o = &ex->mentions[sm->idx[j]];
        if (o->entity < 0)
            continue;
        if (o->type == PARLEY_ENTITY_PERSON && o->tb > trig && o->entity != self && !visitor && ex->entities[o->entity].country)
            visitor = ex->entities[o->entity].country;
        /* where the visit is, or where they met ("at Parliament House in Canberra") */
        bool there = o->tb > trig ? parley_phrase_ends_at(ex, PARLEY_LEX_VISIT, o->tb, trig) ||
                                        (located_at(ex, o, s) && !parley_text_tok_is(&ex->text, o->tb - 1, "to"))
                                  : false;
        /* (not a gathering's city: "held talks with the Chinese premier at the G20 summit in
         * Johannesburg", where both are guests) */
        if (!place && there && gathering_city(ex, o))
            return NULL;
        if (!place && there) {
            if (o->type == PARLEY_ENTITY_COUNTRY)
                place = ex->entities[o->entity].name;
            else if (o->type == PARLEY_ENTITY_LOCATION && o->lex && o->lex->kind == PARLEY_LEX_CITY)
                place = o->lex->country;
            else if (o->type == PARLEY_ENTITY_ORGANIZATION && o->lex && o->lex->kind == PARLEY_LEX_ORG)
                place = o->lex->country;   /* a seat of government: "at the Pentagon" (NULL for others) */
        }
    }
    return place && visitor && strcmp(place, visitor) != 0 ? place : NULL;
}

/* "Secretary Blinken met today in Beijing with Director Wang Yi": whom a foreigner meets in a
 * country is, failing anything stated, of that country. For each person whose country is only a
 * guess (@p guess, by entity), a meeting sentence naming them after its meeting words, a place
 * they are in (a city's or a country's; else the @p dateline's country), and someone before the
 * meeting words whose country, stated or guessed, is another: the place's country replaces the
 * guess. */
/* Is place mention o of sentence s the end of a journey told as made: "left for Dhaka", "on a
 * visit to Bangladesh", "arrived in" is located_at() already; not one to come ("will travel to",
 * "is expected to visit")? */
static bool journey_to(const parley_extraction *ex, const parley_mention *o, size_t s)
{
    /* (nor a journey after the sentence's meeting: "..., before flying to Beirut") */
    static const char *const future[] = {"will", "would", "shall", "to", "expected", "scheduled", "plans",
                                         "planned", "due", "may", "might", "before", NULL};
    size_t b = ex->text.sentences[s].tok_begin;
    if (o->tb < b + 2 || o->entity < 0)
        return false;
    if (!parley_departure_for(ex, o->tb - 1, b) &&
        !(parley_text_tok_is(&ex->text, o->tb - 1, "to") && parley_phrase_ends_at(ex, PARLEY_LEX_VISIT, o->tb, b)))
        return false;
    for (size_t q = o->tb - 1; q-- > b && q + 6 > o->tb;)
        if (parley_text_tok_in_ci(&ex->text, q, future))
            return false;
    return true;
}

/* Does a pronoun or "the <office>" open the sentence at token b as the subject of the meeting
 * words at trig, with no negation before token e ("On arrival, the Foreign Minister called on A",
 * "He met B"; not "She did not meet C")? */
static bool unnamed_subject(const parley_extraction *ex, size_t b, size_t trig, size_t e)
{
    const uint64_t office_kinds = (UINT64_C(1) << PARLEY_LEX_OFFICE) | (UINT64_C(1) << PARLEY_LEX_NATIONAL_OFFICE) |
                                  (UINT64_C(1) << PARLEY_LEX_COUNTERPART_TITLE);
    bool subject = false;
    for (size_t q = b; q < trig && q < b + 6 && !subject; q++) {
        if (parley_text_tok_is_ci(&ex->text, q, "he") || parley_text_tok_is_ci(&ex->text, q, "she")) {
            subject = true;
        } else if (q + 1 == trig && (q == b || parley_text_tok_is(&ex->text, q - 1, ",")) &&
                   parley_office_initials_at(ex, q, office_kinds)) {
            /* an office's initials, opening the sentence or after an opening phrase: "Earlier,
             * EAM held talks" */
            subject = true;
        } else if (parley_text_tok_is_ci(&ex->text, q, "the")) {
            size_t o = q + 1;   /* "the Foreign Minister", "the Minister" */
            while (o < trig && parley_match(ex, o, PARLEY_LEX_DOMAIN, NULL))
                o++;
            size_t l = o < trig ? parley_match(ex, o, PARLEY_LEX_OFFICE, NULL) : 0;
            subject = l && o + l <= trig;
        }
    }
    return subject && !denied_in(ex, b, e);
}

/* Does sentence s hold a phrase of lexicon kind `kind` (the kinds starting at each token read
 * first)? O(tokens of the sentence). */
static bool sentence_holds(const parley_extraction *ex, size_t s, int kind)
{
    const parley_sentence *se = &ex->text.sentences[s];
    const uint64_t bit = UINT64_C(1) << kind;
    for (size_t q = se->tok_begin; q < se->tok_end; q++)
        if ((!ex->match_kinds || (ex->match_kinds[q] & bit)) && parley_match(ex, q, kind, NULL))
            return true;
    return false;
}

/* The country of the place of the latest meeting told up to sentence s (of the last six): that of
 * the city the sentence with the meeting words (or a signing's) puts it in; NULL when none is said. */
static const char *meeting_place_before(const parley_extraction *ex, const sentence_mentions *sm, size_t s)
{
    /* (a signing both attended is a meeting too: "A and B signed a treaty in Pyongyang") */
    for (size_t s2 = s + 1; s2-- > 0 && s2 + 6 > s;) {
        if (!sentence_holds(ex, s2, PARLEY_LEX_MEET) && !sentence_holds(ex, s2, PARLEY_LEX_SIGN))
            continue;
        /* (a city: a country in such a sentence is as often a topic, "the fight against
         * Al-Shabaab in Somalia") */
        for (size_t j = sm->off[s2]; j < sm->off[s2 + 1]; j++) {
            const parley_mention *o = &ex->mentions[sm->idx[j]];
            const char *c = o->type == PARLEY_ENTITY_LOCATION ? place_country(ex, o, s2, false) : NULL;
            if (c)
                return c;
        }
    }
    return NULL;
}

/* Does the last sentence up to s with meeting words (six back at most) name two people or more, all
 * of countries stated and none of @p country, meeting in a place of that country ("Chinese Vice
 * Premier X met U.S. Treasury Secretary Y in Kuala Lumpur")? O(mentions of those sentences). */
static bool foreigners_met_before(const parley_extraction *ex, const sentence_mentions *sm, size_t s, const char *country)
{
    for (size_t s2 = s + 1; s2-- > 0 && s2 + 6 > s;) {
        if (!sentence_holds(ex, s2, PARLEY_LEX_MEET))
            continue;
        size_t named = 0;
        bool here = false;   /* (the meeting said to be in the country: "in Kuala Lumpur") */
        for (size_t j = sm->off[s2]; j < sm->off[s2 + 1]; j++) {
            const parley_mention *o = &ex->mentions[sm->idx[j]];
            if (o->type == PARLEY_ENTITY_LOCATION) {
                const char *pc = place_country(ex, o, s2, false);
                if (pc && strcmp(pc, country) != 0)
                    return false;
                here |= pc != NULL;
            }
            if (o->type != PARLEY_ENTITY_PERSON || o->entity < 0)
                continue;
            const char *c = ex->entities[o->entity].country;
            if (!c || strcmp(c, country) == 0)
                return false;
            named++;
        }
        return named >= 2 && here;
    }
    return false;
}

/* The country stated at person mention m, else the one found for its entity (NULL when none). */
static const char *mention_country(const parley_extraction *ex, const parley_mention *m)
{
    return m->country ? m->country : m->entity >= 0 ? ex->entities[m->entity].country : NULL;
}

/* Are person mentions a and b (b after a) joined by "and", with at most `titles` capitalised words
 * of b's title between ("X and Azerbaijani President Y")? */
static bool and_joined(const parley_extraction *ex, const parley_mention *a, const parley_mention *b, size_t titles)
{
    if (!parley_text_tok_is(&ex->text, a->te, "and") || b->tb <= a->te || b->tb > a->te + 1 + titles)
        return false;
    /* (capitalised words of a title, "of" and "the" inside it: "and Secretary of National Defense B";
     * a title in lower case of the lexicon's words: "and special envoy B") */
    /* (not both: "and Gavi chief executive B" names a body's officer) */
    bool caps = false, lower = false;
    for (size_t q = a->te + 1; q < b->tb; q++) {
        if (ex->text.tokens[q].kind != PARLEY_TOK_WORD)
            return false;
        if ((ex->text.tokens[q].flags & PARLEY_TOK_CAP) ||
            (q > a->te + 1 && q + 1 < b->tb && (parley_text_tok_is(&ex->text, q, "of") || parley_text_tok_is(&ex->text, q, "the"))))
            caps |= (ex->text.tokens[q].flags & PARLEY_TOK_CAP) != 0;
        else if (parley_match(ex, q, PARLEY_LEX_OFFICE, NULL) || parley_match(ex, q, PARLEY_LEX_MODIFIER, NULL) ||
                 parley_match(ex, q, PARLEY_LEX_DOMAIN, NULL))   /* ("and national security adviser B") */
            lower = true;
        else
            return false;
    }
    return !(caps && lower);
}

/* The pair "A and B" that mention pm is one of (and_joined() with at most `titles` words between):
 * *first and *second, or false. */
static bool and_pair(const parley_extraction *ex, const sentence_mentions *sm, const parley_mention *pm, size_t titles,
                     const parley_mention **first, const parley_mention **second)
{
    size_t s = pm->sentence;
    const parley_mention *prev = NULL;
    /* (the mentions near pm only, found by bisection: a sentence may list thousands of people) */
    for (size_t j = sm_from(ex, sm, s, pm->tb > 12 ? pm->tb - 12 : 0);
         j < sm->off[s + 1] && ex->mentions[sm->idx[j]].tb <= pm->te + 12; j++) {
        const parley_mention *o = &ex->mentions[sm->idx[j]];
        if (o->type != PARLEY_ENTITY_PERSON || o->entity < 0)
            continue;
        if (prev && (prev == pm || o == pm) && prev->entity != o->entity && parley_text_tok_is(&ex->text, prev->te, "and") &&
            o->tb > prev->te && o->tb <= prev->te + 1 + titles) {
            if (!and_joined(ex, prev, o, titles))
                return false;
            *first = prev;
            *second = o;
            return true;
        }
        prev = o;
    }
    return false;
}

/* "Mr Marles and Secretary Teodoro held a bilateral meeting": when pm is one of two people joined
 * by "and" (titles may come between) before the meeting words of its sentence, with none before
 * them, the other one; else NULL. */
static const parley_mention *meeting_pair(const parley_extraction *ex, const sentence_mentions *sm,
                                          const parley_mention *pm)
{
    const parley_mention *a, *b;
    if (!and_pair(ex, sm, pm, 3, &a, &b))
        return NULL;
    /* the sentence's first meeting words, right after the pair (the caller found none before pm) */
    size_t e = ex->text.sentences[pm->sentence].tok_end, trig = SIZE_MAX;
    for (size_t q = a->tb; q < e && q <= b->te + 4 && trig == SIZE_MAX; q++)
        if (parley_match(ex, q, PARLEY_LEX_MEET, NULL))
            trig = q;
    if (trig == SIZE_MAX || trig < b->te)
        return NULL;
    return a == pm ? b : a;
}

/* Is the subject before meeting words at trig "he" or "she" (after an opening phrase: "In
 * Paraguay, he held talks")? O(trig - b). */
static bool pronoun_subject(const parley_extraction *ex, size_t b, size_t trig)
{
    for (size_t q = trig; q-- > b && q + 4 > trig;)
        if (parley_text_tok_is_ci(&ex->text, q, "he") || parley_text_tok_is_ci(&ex->text, q, "she"))
            return true;
    return false;
}

/* Is the join phrase of l tokens at q "... accompanied by" ("was accompanied by")? */
static bool accompanied_by(const parley_extraction *ex, size_t q, size_t l)
{
    return l >= 2 && parley_text_tok_is(&ex->text, q + l - 2, "accompanied");
}

/* Is token t of sentence s inside reported speech: after "that" right after a verb of speech
 * ("tells Hochstein that ...", "said that ...")? O(24). */
static bool reported_at(const parley_extraction *ex, size_t s, size_t t)
{
    static const char *const speech[] = {"said", "says", "say", "told", "tells", "tell", "stated", "stressed",
                                         "noted", "added", "warned", "insisted", NULL};
    size_t b = ex->text.sentences[s].tok_begin;
    for (size_t q = t; q-- > b + 1 && q + 24 > t;)
        if (parley_text_tok_is(&ex->text, q, "that"))
            for (size_t v = q; v-- > b && v + 4 > q;)
                if (parley_text_tok_in_ci(&ex->text, v, speech))
                    return true;
    return false;
}

/* The entity of the story's first person named, or -1. O(entities). */
static int first_person_entity(const parley_extraction *ex)
{
    for (size_t i = 0; i < ex->n_entities; i++)
        if (ex->entities[i].type == PARLEY_ENTITY_PERSON)
            return (int)i;
    return -1;
}

/* Is place mention o of sentence s where something is only planned, in its clause ("agreed ... to
 * hold the next round of talks in Ankara", "is scheduled to travel to Paris", "the upcoming NATO
 * summit in Ankara", "the summit, to be held in Samarkand")? Back over at most 24 tokens, to a
 * comma or a semicolon. (Not "will visit Vietnam": a story of a visit to come is where the visit
 * is.) */
static bool planned_place(const parley_extraction *ex, const parley_mention *o, size_t s)
{
    static const char *const plans[] = {"agreed", "decided", "plan", "plans", "planned", "expected", "scheduled", "due",
                                        "intend", "intends", "set", NULL};
    static const char *const upcoming[] = {"upcoming", "forthcoming", "next", "coming", NULL};
    size_t b = ex->text.sentences[s].tok_begin;
    for (size_t q = o->tb; q-- > b && q + 24 > o->tb;) {
        if (parley_text_tok_is(&ex->text, q, ",") || parley_text_tok_is(&ex->text, q, ";"))
            return false;
        if (parley_text_tok_is(&ex->text, q, "to") && q > b && parley_text_tok_in_ci(&ex->text, q - 1, plans))
            return true;
        /* ("the first EU-Central Asia summit, to be held in Samarkand": one to come) */
        if (q + 1 < o->tb && parley_text_tok_is(&ex->text, q, "be") &&
            (parley_text_tok_is(&ex->text, q + 1, "held") || parley_text_tok_is(&ex->text, q + 1, "hosted")))
            return true;
        /* ("discussed the upcoming NATO summit in Ankara": a gathering to come, within eight words) */
        if (q + 8 > o->tb && q > b && parley_text_tok_in_ci(&ex->text, q, upcoming) &&
            (parley_text_tok_is(&ex->text, q - 1, "the") || parley_text_tok_is(&ex->text, q - 1, "next")))
            return true;
        /* ("to discuss preparations for the Gaza reconstruction conference in Cairo": what is
         * prepared for is to come) */
        if (q + 10 > o->tb && parley_prepared_for_at(ex, q, b))
            return true;
    }
    return false;
}

static bool story_names_country(const parley_extraction *ex, const char *country);

/* Is someone other than person @p self of @p country, stated or by the guesses @p was (among the
 * first 1024 entities)? */
static bool compatriot_named(const parley_extraction *ex, const char **was, int self, const char *country)
{
    for (size_t i = 0; i < ex->n_entities && i < 1024; i++) {
        const parley_entity *en = &ex->entities[i];
        const char *c = en->country ? en->country : was[i];
        if ((int)i != self && en->type == PARLEY_ENTITY_PERSON && c && strcmp(c, country) == 0)
            return true;
    }
    return false;
}

/* Revises the guesses in guess[] by where people are met: whom a visitor meets where the visit is
 * is of that place, so is one who attends a meeting held there, and a guess that is the partner's
 * country gives way to the place's. @p official is the publisher's country when the publisher is a
 * government (its own officials' guesses stand), else NULL. */
static void met_abroad(const parley_extraction *ex, const sentence_mentions *sm, const char *dateline,
                       const char *official, const char **guess)
{
    const char **was = malloc((ex->n_entities ? ex->n_entities : 1) * sizeof(char *));
    /* where the story is at each sentence: the last place said to be where something happens,
     * from the dateline on ("met Wang Yi in Guangzhou. ... is expected to meet Wang Qishan") */
    const char **story = malloc((ex->text.n_sentences ? ex->text.n_sentences : 1) * sizeof(char *));
    if (!was || !story) {
        free(was);
        free(story);
        return;   /* the guesses stand */
    }
    memcpy(was, guess, ex->n_entities * sizeof(char *));
    /* per sentence: its first meeting words and its first "held the" (UNSEEN until read) */
    static const char *const held_words[] = {"held", "hold", "holds", "holding", "convened", "chaired", NULL};
    const size_t UNSEEN = SIZE_MAX - 1;
    size_t *first_meet = malloc((ex->text.n_sentences ? ex->text.n_sentences : 1) * 3 * sizeof(size_t));
    if (!first_meet) {
        free(was);
        free(story);
        return;   /* the guesses stand */
    }
    size_t *first_held = first_meet + (ex->text.n_sentences ? ex->text.n_sentences : 1);
    /* ... and the first ", and" or ";" after its meeting words (a second clause may open there) */
    size_t *first_clause = first_held + (ex->text.n_sentences ? ex->text.n_sentences : 1);
    for (size_t s = 0; s < ex->text.n_sentences; s++)
        first_meet[s] = UNSEEN;
    const int first = first_person_entity(ex);   /* (the story's first person) */
    size_t side_s = SIZE_MAX;   /* the sentence whose sidelines were read last, and what was read */
    bool side = false;
    const char *cur = dateline;
    /* (a sentence of the past moves the story nowhere) */
    const int year = story_year(ex);
    for (size_t s = 0; s < ex->text.n_sentences; s++) {
        for (size_t j = sm->off[s]; j < sm->off[s + 1]; j++) {
            const parley_mention *o = &ex->mentions[sm->idx[j]];
            if (o->entity < 0 || ((!located_at(ex, o, s) || parley_text_tok_is(&ex->text, o->tb - 1, "to")) &&
                                  !journey_to(ex, o, s)) ||
                /* (nor a place of what is to come: "agreed to hold the next round in Ankara") */
                planned_place(ex, o, s) ||
                /* (not a place in what someone says: "X tells Y that Israel prefers a diplomatic
                 * solution in Lebanon") */
                reported_at(ex, s, o->tb))
                continue;
            const char *here = o->type == PARLEY_ENTITY_COUNTRY ? ex->entities[o->entity].name
                               : o->type == PARLEY_ENTITY_LOCATION && o->lex && o->lex->kind == PARLEY_LEX_CITY ? o->lex->country
                                                                                                               : NULL;
            if (!here)
                continue;
            if (!past_sentence(ex, s, year))   /* (read only for a sentence that places something) */
                cur = here;
            break;
        }
        story[s] = cur;
    }
    for (size_t i = 0; i < ex->n_entities; i++) {
        const parley_entity *en = &ex->entities[i];
        /* people with a guess; and, for the host rule below, people with no country at all */
        bool bare = !was[i] && en->type == PARLEY_ENTITY_PERSON && !en->country && !international(ex, en);
        if (!was[i] && !bare)
            continue;
        for (size_t k = 0; k < en->n_mentions; k++) {
            const parley_mention *pm = &ex->mentions[en->mentions[k]];
            size_t s = pm->sentence, b = ex->text.sentences[s].tok_begin;
            size_t trig = SIZE_MAX, nl;
            /* (the sentence's first meeting words and first "held the", found once a sentence:
             * a sentence naming thousands stays linear) */
            if (first_meet[s] == UNSEEN) {
                const parley_sentence *fs = &ex->text.sentences[s];
                first_meet[s] = first_held[s] = SIZE_MAX;
                for (size_t q = fs->tok_begin; q < fs->tok_end && first_meet[s] == SIZE_MAX; q++)
                    if (parley_match(ex, q, PARLEY_LEX_MEET, NULL))
                        first_meet[s] = q;
                for (size_t q = fs->tok_begin + 1; q + 1 < fs->tok_end && first_held[s] == SIZE_MAX; q++)
                    if (parley_text_tok_in_ci(&ex->text, q, held_words) && parley_text_tok_is(&ex->text, q + 1, "the"))
                        first_held[s] = q;
                first_clause[s] = SIZE_MAX;
                for (size_t q = first_meet[s] == SIZE_MAX ? fs->tok_end : first_meet[s] + 1;
                     q + 1 < fs->tok_end && first_clause[s] == SIZE_MAX; q++)
                    if ((parley_text_tok_is(&ex->text, q, ",") && parley_text_tok_is(&ex->text, q + 1, "and")) ||
                        parley_text_tok_is(&ex->text, q, ";"))
                        first_clause[s] = q;
            }
            if (first_meet[s] < pm->tb)
                trig = first_meet[s];
            /* (not past a second clause whose subject the person is: "A met B in Jakarta in April,
             * and Foreign Minister X met her Chinese counterpart Y in Beijing") */
            /* (the clause found once a sentence, then meet_after() read only past it) */
            if (trig != SIZE_MAX && first_clause[s] != SIZE_MAX && first_clause[s] + 1 < pm->tb &&
                meet_after(ex, sm, pm) != SIZE_MAX)
                trig = SIZE_MAX;
            if (trig == SIZE_MAX && first_held[s] != SIZE_MAX && first_held[s] + 3 < pm->tb)   /* "held the ... Ministerial Meeting with X" */
                trig = parley_named_meeting(ex, b, pm->tb, &nl);
            /* (a bare one met, with a title, by a visitor of a country stated where the story is
             * in another: "Aoun arrived in Cairo ... held talks at the Ittihadiya Palace with
             * President al-Sisi", the host's; not on a summit's sidelines, where all are guests) */
            if (bare && trig != SIZE_MAX && en->title && story[s] && !ex->text.sentences[s].headline && !private_body_post(ex, en)) {
                const parley_mention *subj = NULL;
                for (size_t j = sm->off[s]; j < sm->off[s + 1] && !subj; j++) {
                    const parley_mention *o = &ex->mentions[sm->idx[j]];
                    if (o->type == PARLEY_ENTITY_PERSON && o->entity >= 0 && o->entity != (int)i && o->tb < trig)
                        subj = o;
                }
                const char *sc = subj ? ex->entities[subj->entity].country : NULL;
                bool visitor_met = sc && strcmp(sc, story[s]) != 0 && meet_after(ex, sm, subj) == trig;
                /* (the sidelines read once a sentence: a sentence of thousands stays linear) */
                if (visitor_met && side_s != s) {
                    side_s = s;
                    side = parley_on_sidelines(ex, b, ex->text.sentences[s].tok_end);
                }
                if (visitor_met && !side && !visits_except(ex, sm, en, story[s], s)) {
                    guess[i] = story[s];
                    break;
                }
            }
            if (bare && trig != SIZE_MAX)
                continue;   /* the rule below needs a guess to replace */
            /* (", Foreign Secretary Z said" after the meeting words: quoted, not met; nor is the
             * owner of a visit: "on the sidelines of President X's visit to Colombo") */
            /* (nor the owner of a thing after the meeting words: "and conveyed Prime Minister X's
             * invitation") */
            if (trig != SIZE_MAX && (briefed_subject(ex, sm, i, pm) >= 0 || parley_according_to_before(ex, pm->tb, b) ||
                                     (pm->tb > trig && others_relative_object(ex, sm, s, pm, (int)i)) ||
                                     (pm->te + 1 < ex->text.n_tokens && parley_text_tok_poss(&ex->text, pm->te) &&
                                      (parley_text_tok_in_ci(&ex->text, pm->te + 1, trips) ||
                                       (pm->te + 2 < ex->text.n_tokens && parley_text_tok_in_ci(&ex->text, pm->te + 2, trips)) ||
                                       (ex->text.tokens[pm->te + 1].kind == PARLEY_TOK_WORD &&
                                        !(ex->text.tokens[pm->te + 1].flags & PARLEY_TOK_CAP) &&
                                        /* (not someone of theirs: "met X's deputy, Y") */
                                        !parley_match(ex, pm->te + 1, PARLEY_LEX_OFFICE, NULL) &&
                                        !parley_match(ex, pm->te + 1, PARLEY_LEX_MODIFIER, NULL) &&
                                        !parley_match(ex, pm->te + 1, PARLEY_LEX_PERSON_NOUN, NULL))))))
                continue;
            if (trig == SIZE_MAX) {
                /* the host: "X met with Y of Korea, who is in Russia on an official visit": whom
                 * a visitor meets where the visit is is of that place */
                const char *host = visited_by_the_met(ex, sm, s, pm, (int)i);
                /* (not over a government's release about its own: "Wang Yi met with Blinken in
                 * Munich" on China's foreign ministry's site) */
                if (host && official && was[i] && strcmp(was[i], official) == 0)
                    host = NULL;
                /* (nor over the dateline's, for one met abroad: "CAIRO - Foreign Minister X met
                 * Greek Foreign Minister Y in Rome" is the Cairo story's minister) */
                if (host && dateline && was[i] && strcmp(was[i], dateline) == 0 && strcmp(host, dateline) != 0)
                    host = NULL;
                /* (nor over a guess that is a compatriot's, for a meeting in a country the story
                 * never names: "Treasury Secretary X met Chinese Vice Premier Y in Geneva" in a
                 * story of President Trump's; a third country's city) */
                /* (not a guess that is the country of whom the person meets: "Lavrov held talks with
                 * the Foreign Minister of Laos X, who is in Moscow") */
                bool visitor;
                const char *mc = host && was[i] ? met_persons_country(ex, sm, en, (int)i, &visitor) : NULL;
                if (host && was[i] && strcmp(host, was[i]) != 0 && !(mc && strcmp(mc, was[i]) == 0) &&
                    !story_names_country(ex, host) && compatriot_named(ex, was, (int)i, was[i]))
                    host = NULL;
                if (host && (!was[i] || strcmp(host, was[i]) != 0) && !visits_except(ex, sm, en, host, s)) {
                    guess[i] = host;
                    break;
                }
                /* "Vice Foreign Minister X was present at the meeting" after a meeting "at
                 * Zhongnanhai in Beijing": an attendee with only a guess is of the country the
                 * meeting was held in (not an envoy, who is often the visitor's) */
                size_t jl = 0;
                for (size_t q = pm->te; q < ex->text.sentences[s].tok_end && q < pm->te + 4 && !jl; q++) {
                    jl = parley_match(ex, q, PARLEY_LEX_JOIN, NULL);
                    /* (not one who "was accompanied by" or "was joined by" others: a principal,
                     * often the visitor) */
                    if (accompanied_by(ex, q, jl) || (jl >= 2 && parley_text_tok_is(&ex->text, q + jl - 1, "by"))) {
                        jl = 0;
                        break;
                    }
                }
                /* ... or named after the words: "which was also attended by the Minister of Foreign
                 * Affairs, X, and the National Security Adviser, Y" */
                for (size_t q = pm->tb > b + 16 ? pm->tb - 16 : b; q < pm->tb && !jl; q++) {
                    size_t l = parley_match(ex, q, PARLEY_LEX_JOIN, NULL);
                    if (l && q + l <= pm->tb &&
                        (parley_text_tok_is(&ex->text, q + l - 1, "by") || parley_text_tok_is(&ex->text, q + l - 1, "were") ||
                         parley_text_tok_is(&ex->text, q + l - 1, "of")) &&
                        /* (not a companion: "The CDS was accompanied by X" is of the CDS's side) */
                        !accompanied_by(ex, q, l))
                        jl = l;
                }
                /* (nor the dateline's, for one who attends a meeting of foreigners there: "Chinese
                 * Vice Premier X met U.S. Treasury Secretary Y in Kuala Lumpur ... Trade negotiator Z
                 * also attended the talks"; no country is better than a wrong one) */
                if (jl && was[i] && dateline && strcmp(was[i], dateline) == 0 && foreigners_met_before(ex, sm, s, dateline)) {
                    guess[i] = NULL;
                    break;
                }
                const char *held = jl && was[i] ? meeting_place_before(ex, sm, s) : NULL;
                /* (not when the guess is the dateline's, and the meeting abroad: "WASHINGTON ...
                 * Rubio met the crown prince in Jeddah ... Adviser X also attended") */
                if (held && dateline && strcmp(was[i], dateline) == 0 && strcmp(held, dateline) != 0)
                    held = NULL;
                if (held && strcmp(held, was[i]) != 0 &&
                    (!en->title || (!strstr(en->title, "mbassador") && !strstr(en->title, "nvoy"))) &&
                    !visits_except(ex, sm, en, held, s)) {
                    guess[i] = held;
                    break;
                }
                /* "X met with Turkish President Y on the sidelines of the NATO summit in The
                 * Hague": a guess that is the country of whom the person meets there is the other
                 * side's, and the place is neither's; no country is better than a wrong one */
                if (was[i] && !ex->text.sentences[s].headline && meet_after(ex, sm, pm) != SIZE_MAX &&
                    parley_on_sidelines(ex, b, ex->text.sentences[s].tok_end)) {
                    bool visitor;
                    const char *mc = met_persons_country(ex, sm, en, (int)i, &visitor);
                    if (mc && strcmp(mc, was[i]) == 0) {
                        guess[i] = NULL;
                        break;
                    }
                }
                /* "Mr Marles and Secretary Teodoro also held a bilateral meeting" in Canberra: a
                 * guess that is the partner's country gives way to the place's */
                const parley_mention *pair = was[i] ? meeting_pair(ex, sm, pm) : NULL;
                const parley_entity *pe = pair ? &ex->entities[pair->entity] : NULL;
                /* (the partner's country stated, or guessed for someone with a title when this
                 * person has none) */
                const char *pc = !pe ? NULL : pe->country ? pe->country : pe->title && !en->title ? was[pair->entity] : NULL;
                bool same = pc && strcmp(pc, was[i]) == 0;
                if (same && ex->text.sentences[s].headline)
                    continue;   /* (the story says it more fully) */
                const char *at = same ? story[s] : NULL;
                bool guests = false;   /* (the place a gathering's city) */
                for (size_t j = sm->off[s]; same && j < sm->off[s + 1]; j++) {
                    const parley_mention *o = &ex->mentions[sm->idx[j]];
                    const char *c = place_country(ex, o, s, false);
                    if (c) {
                        at = c;
                        guests = gathering_city(ex, o);
                        break;
                    }
                }
                /* ("held talks with the Chinese premier at the G20 summit in Johannesburg": both
                 * are guests there; no country is better than a wrong one) */
                if (guests) {
                    guess[i] = NULL;
                    break;
                }
                if (at && strcmp(at, was[i]) != 0 && !visits_except(ex, sm, en, at, s)) {
                    guess[i] = at;
                    break;
                }
                continue;
            }
            /* (nor one who goes with the subject: ", together with Minister X", "accompanied by X") */
            if (was[i] && companion_listed(ex, pm))
                break;
            /* (nor the source at the sentence's end: "..., the presidential spokesperson X said") */
            if (pm->te < ex->text.sentences[s].tok_end &&
                (parley_text_tok_is(&ex->text, pm->te, "said") || parley_text_tok_is(&ex->text, pm->te, "says") ||
                 parley_text_tok_is(&ex->text, pm->te, "told")) &&
                en->title && strstr(en->title, "pokes"))
                continue;
            /* ("X did not meet Y": no one met Y there) */
            if (denied_in(ex, trig > b + 3 ? trig - 3 : b, pm->tb))
                continue;
            const char *place = NULL, *home = NULL;
            for (size_t j = sm->off[s]; j < sm->off[s + 1]; j++) {
                const parley_mention *o = &ex->mentions[sm->idx[j]];
                if (o->entity < 0)
                    continue;
                if (!place && located_at(ex, o, s) && !parley_text_tok_is(&ex->text, o->tb - 1, "to") &&
                    !planned_place(ex, o, s)) {
                    if (o->type == PARLEY_ENTITY_COUNTRY)
                        place = ex->entities[o->entity].name;
                    else if (o->type == PARLEY_ENTITY_LOCATION && o->lex && o->lex->kind == PARLEY_LEX_CITY)
                        place = o->lex->country;
                }
                if (!home && o->type == PARLEY_ENTITY_PERSON && o->te <= trig && o->entity != (int)i) {
                    const parley_entity *oe = &ex->entities[o->entity];
                    home = oe->country ? oe->country : was[o->entity];
                    /* (an international body's officer is at home nowhere: "NATO Secretary General
                     * X arrived in Ankara ... is expected to meet Foreign Minister Y") */
                    if (!home && international(ex, oe))
                        home = "";
                }
                /* "The Kazakh minister sat down with X": the unnamed subject's country */
                if (!home && o->type == PARLEY_ENTITY_COUNTRY && o->te <= trig && unnamed_role(ex, o))
                    home = ex->entities[o->entity].name;
            }
            if (!place)
                place = story[s];   /* where the story is, or where the article was written */
            /* an unnamed subject ("the Foreign Minister called on A and held talks with B"): whom
             * the dateline's country was only guessed for is met where the story went */
            if (!home && dateline && was[i] && strcmp(was[i], dateline) == 0 && unnamed_subject(ex, b, trig, pm->tb))
                home = dateline;
            /* "During the visit, he met President X": the subject is the person named last before,
             * of the country stated for them */
            /* (for "The Secretary also met X", the person named last before whose title holds
             * the office's word, when there is one) */
            size_t ow = SIZE_MAX;
            if (!home && parley_text_tok_is_ci(&ex->text, b, "the") && b + 1 < trig) {
                ow = b + 1;
                while (ow + 1 < trig && parley_match(ex, ow, PARLEY_LEX_DOMAIN, NULL))
                    ow++;
                if (!parley_match(ex, ow, PARLEY_LEX_OFFICE, NULL))
                    ow = SIZE_MAX;
            }
            const parley_mention *holder = NULL;
            for (size_t j = sm->off[s]; ow != SIZE_MAX && !holder && j-- > 0 && j + 64 > sm->off[s];) {
                const parley_mention *o = &ex->mentions[sm->idx[j]];
                const parley_entity *oe = o->entity >= 0 ? &ex->entities[o->entity] : NULL;
                if (o->type == PARLEY_ENTITY_PERSON && oe && o->entity != (int)i && oe->title &&
                    parley_text_holds_word(oe->title, ex->text.text + ex->text.tokens[ow].start,
                                           ex->text.tokens[ow].end - ex->text.tokens[ow].start))
                    holder = o;
            }
            if (!home && unnamed_subject(ex, b, trig, pm->tb))
                for (size_t j = sm->off[s]; j-- > 0 && j + 64 > sm->off[s];) {
                    const parley_mention *o = &ex->mentions[sm->idx[j]];
                    if (o->type != PARLEY_ENTITY_PERSON || o->entity < 0 || o->entity == (int)i || (holder && o != holder))
                        continue;
                    /* (not a host met before, of the place's country: "During the visit, EAM called
                     * on President A ... On 16 June, EAM met Speaker B in Nicosia" is the visitor's
                     * doing, named before A) */
                    const char *oc = ex->entities[o->entity].country ? ex->entities[o->entity].country : guess[o->entity];
                    if (!holder && place && oc && strcmp(oc, place) == 0)
                        continue;
                    home = ex->entities[o->entity].country;   /* (stated, not guessed) */
                    /* (... or guessed for the story's first person: "Prime Minister Fumio Kishida
                     * met ... In Paraguay, he held talks with President X") */
                    if (!home && o->entity == first && pronoun_subject(ex, b, trig))
                        home = was[o->entity];
                    break;
                }
            if (place && home && strcmp(place, home) != 0 && strcmp(place, was[i]) != 0 &&
                !visits_except(ex, sm, en, place, s)) {
                guess[i] = place;
                break;
            }
        }
    }
    free(first_meet);
    free(was);
    free(story);
}

/* The surname in a person's key, with its space before (" marcos"), past a generation's suffix
 * ("ferdinand r. marcos jr."); NULL for one word. O(key). */
static const char *key_surname(const char *key, size_t *len)
{
    static const char *const suffixes[] = {" jr.", " jr", " sr.", " sr", " ii", " iii", " iv", NULL};
    const char *sp = strrchr(key, ' ');
    if (!sp)
        return NULL;
    *len = strlen(sp);
    for (int k = 0; suffixes[k]; k++)
        if (strcmp(sp, suffixes[k]) == 0) {
            const char *prev = sp;
            while (prev > key && prev[-1] != ' ')
                prev--;
            if (prev == key)
                return NULL;
            *len = (size_t)(sp - (prev - 1));
            return prev - 1;
        }
    return sp;
}

/* "First lady Emine Erdogan": a namesake with no country of their own is of the country of the
 * person whose surname they share (decided for everyone first, then set). */
static int namesakes(parley_extraction *ex)
{
    const char **chosen = calloc(ex->n_entities ? ex->n_entities : 1, sizeof(char *));
    parley_map first = {0};   /* surname -> the first person of it with a country */
    if (!chosen)
        return PARLEY_ENOMEM;
    int rc = 0;
    for (size_t j = 0; j < ex->n_entities && rc == 0; j++) {
        const parley_entity *o = &ex->entities[j];
        size_t ol = 0;
        const char *osp = o->type == PARLEY_ENTITY_PERSON && o->country ? key_surname(o->key, &ol) : NULL;
        int64_t seen;
        if (osp && !parley_map_get(&first, osp, ol, &seen))
            rc = parley_map_put(&first, osp, ol, (int64_t)j);
    }
    for (size_t i = 0; i < ex->n_entities && rc == 0; i++) {
        const parley_entity *en = &ex->entities[i];
        size_t l = 0;
        const char *sp = en->type == PARLEY_ENTITY_PERSON && !en->country ? key_surname(en->key, &l) : NULL;
        int64_t j;
        if (sp && parley_map_get(&first, sp, l, &j))
            chosen[i] = ex->entities[j].country;
    }
    parley_map_free(&first);
    if (rc < 0) {
        free(chosen);
        return rc;
    }
    return set_countries(ex, chosen);
}

static const char *source_country(const parley_extraction *ex, bool *official);

/* Does the story name the country, as a country (with a mention) or as a person's, among its
 * first 1024 entities (bounded: a document naming thousands of such offices stays linear)? */
static bool story_names_country(const parley_extraction *ex, const char *country)
{
    for (size_t i = 0; i < ex->n_entities && i < 1024; i++) {
        const parley_entity *en = &ex->entities[i];
        if ((en->type == PARLEY_ENTITY_COUNTRY && en->n_mentions && strcmp(en->name, country) == 0) ||
            (en->type == PARLEY_ENTITY_PERSON && en->country && strcmp(en->country, country) == 0))
            return true;
    }
    return false;
}

/* "Secretary of State Antony Blinken", "Taoiseach X": an office that only one country has (the
 * lexicon's national_office phrases, with their country) names the person's country, modifiers
 * before it aside ("Deputy Secretary of State"); the whole title must be the office ("Secretary
 * of State for Defence" is another). */
static const char *national_office_of(const parley_extraction *ex, size_t self, const parley_mention *pm, bool last_resort)
{
    const parley_entity *en = &ex->entities[self];
    if (!en->title || en->mentions[0] != (uint32_t)(pm - ex->mentions))
        return NULL;   /* (once a person: the title is the entity's) */
    parley_buf key = {0};
    const char *out = NULL;
    bool official, looked = false;
    const char *publisher = NULL;   /* (looked up once an office of the lexicon is found) */
    for (const char *p = en->title; *p && !out;) {
        parley_buf_clear(&key);
        /* (past a modifier, the office less what it is for: "Assistant Secretary of State for
         * European and Eurasian Affairs" is the United States'; "Secretary of State for Defence"
         * whole is another) */
        const char *fr = p != en->title ? strstr(p, " for ") : NULL;
        if (parley_fold(&key, p, fr ? (size_t)(fr - p) : strlen(p)) < 0)
            break;
        /* an office of more than one country ("Secretary of State": the United States', the Holy
         * See's) is the publisher's when it is one of them, else the first the story names (as a
         * country, or a person's), else the first listed */
        const char *named = NULL;
        size_t holders = 0;   /* the countries that have the office */
        for (const parley_lex_entry *e = parley_lexicon_lookup(ex->lex, key.data, key.len); e; e = e->next) {
            if (e->kind != PARLEY_LEX_NATIONAL_OFFICE || !e->country)
                continue;
            holders++;
            if (!looked) {
                publisher = source_country(ex, &official);
                looked = true;
            }
            if (!out)
                out = e->country;
            if (publisher && strcmp(publisher, e->country) == 0) {
                out = named = e->country;
                break;
            }
            if (!named && story_names_country(ex, e->country))
                named = e->country;
        }
        if (named)
            out = named;
        /* (of several, none the story's: the first listed only as a last resort, once the holders
         * of the others' offices have theirs: "Pope Francis ... Cardinal Secretary of State X") */
        else if (out && !last_resort && holders >= 2)
            out = NULL;
        if (out)
            break;
        const char *sp = strchr(p, ' ');
        parley_buf_clear(&key);
        if (!sp || parley_fold(&key, p, (size_t)(sp - p)) < 0 ||
            !parley_lexicon_find(ex->lex, PARLEY_LEX_MODIFIER, key.data, key.len))
            break;
        p = sp + 1;
    }
    parley_buf_free(&key);
    return out;
}

/* national_office_of() as a rule: an office of several countries none of which the story names
 * waits (national_office_last_rule() decides it after the others). */
static const char *national_office_rule(const parley_extraction *ex, const sentence_mentions *sm, size_t self,
                                        const parley_mention *pm)
{
    (void)sm;
    return national_office_of(ex, self, pm, false);
}

static const char *national_office_last_rule(const parley_extraction *ex, const sentence_mentions *sm, size_t self,
                                             const parley_mention *pm)
{
    (void)sm;
    return national_office_of(ex, self, pm, true);
}

/* "visited the 201st Russian military base and met its commander Major General X": the office
 * after "its" is of the thing a demonym or a country's name said just before it in the sentence
 * (within six words, with a word in lower case after it: not a person's title). */
static const char *its_rule(const parley_extraction *ex, const sentence_mentions *sm, size_t self,
                            const parley_mention *pm)
{
    (void)self;
    size_t s = pm->sentence, sb = ex->text.sentences[s].tok_begin, q = title_start(ex, pm);
    while (q < pm->tb && !parley_text_tok_is(&ex->text, q, "its"))
        q++;
    if (q >= pm->tb || q == sb)
        return NULL;
    /* ("its" right before the office: no punctuation between, "for its support, press secretary X") */
    for (size_t k = q + 1; k < pm->tb; k++)
        if (ex->text.tokens[k].kind != PARLEY_TOK_WORD)
            return NULL;
    for (size_t j = sm_from(ex, sm, s, q); j-- > sm->off[s];) {
        const parley_mention *o = &ex->mentions[sm->idx[j]];
        if (o->type == PARLEY_ENTITY_PERSON)
            return NULL;   /* (whose office "its" would not be) */
        if (o->type != PARLEY_ENTITY_COUNTRY || o->entity < 0 || o->te >= q)
            continue;
        /* (the thing said just before: within six words, no comma between) */
        bool near = o->te + 6 >= q;
        for (size_t k = o->te; k < q && near; k++)
            near = !parley_text_tok_is(&ex->text, k, ",");
        if (!near)
            return NULL;
        const parley_token *after = &ex->text.tokens[o->te];
        if (after->kind == PARLEY_TOK_WORD && !(after->flags & PARLEY_TOK_CAP))
            return ex->entities[o->entity].name;
        return NULL;
    }
    return NULL;
}

/* "Dar conveyed his best wishes to Prime Minister Fumio Kishida" after Dar received the Ambassador
 * of Japan: one greeted through a visitor is of the country of the people the sender meets (not
 * the sender's). */
static const char *greeted_rule(const parley_extraction *ex, const sentence_mentions *sm, size_t self,
                                const parley_mention *pm)
{
    static const char *const sent[] = {"greetings", "wishes", "regards", "message", "congratulations", NULL};
    size_t s = pm->sentence, sb = ex->text.sentences[s].tok_begin, q = pm->tb;
    while (q > sb && q + 6 > pm->tb && ex->text.tokens[q - 1].kind == PARLEY_TOK_WORD && (ex->text.tokens[q - 1].flags & PARLEY_TOK_CAP))
        q--;   /* (back over the title: "to Prime Minister X") */
    if (q < sb + 2 || !parley_text_tok_is(&ex->text, q - 1, "to") || !parley_text_tok_in_ci(&ex->text, q - 2, sent))
        return NULL;
    /* the sender: the sentence's first person, or one a relative clause is said of ("A called on
     * B, who conveyed his greetings to C") */
    const parley_mention *from = NULL;
    for (size_t j = sm->off[s]; j < sm->off[s + 1]; j++) {
        const parley_mention *o = &ex->mentions[sm->idx[j]];
        if (o->tb >= q)
            break;
        if (o->type != PARLEY_ENTITY_PERSON || o->entity < 0 || (size_t)o->entity == self)
            continue;
        if (!from || (o->te + 1 < q && parley_text_tok_is(&ex->text, o->te, ",") && parley_text_tok_is(&ex->text, o->te + 1, "who")))
            from = o;
    }
    if (!from)
        return NULL;
    const parley_entity *sender = &ex->entities[from->entity];
    bool visitor;
    const char *met = sender->country ? met_persons_country(ex, sm, sender, from->entity, &visitor) : NULL;
    return met && strcmp(met, sender->country) != 0 ? met : NULL;
}

/* The country of "the <office>" whose possessive ends at token q (the "'s"): the person named last
 * before mention pm, in its sentence or those before (64 people at most), whose title holds that
 * office's word ("the minister's adviser"); NULL when none. */
static const char *described_owner(const parley_extraction *ex, const parley_mention *pm, size_t self, size_t q)
{
    size_t sb = ex->text.sentences[pm->sentence].tok_begin;
    if (q < sb + 2 || !parley_text_tok_is_ci(&ex->text, q - 2, "the") || parley_match(ex, q - 1, PARLEY_LEX_OFFICE, NULL) != 1)
        return NULL;
    const char *w = ex->text.text + ex->text.tokens[q - 1].start;
    size_t n = parley_text_tok_len(&ex->text, q - 1);
    size_t first = (size_t)(pm - ex->mentions);
    for (size_t k = first, seen = 0; k-- > 0 && seen < 64;) {
        const parley_mention *o = &ex->mentions[k];
        if (o->type != PARLEY_ENTITY_PERSON || o->entity < 0 || (size_t)o->entity == self || o->tb >= q)
            continue;
        seen++;
        const parley_entity *oe = &ex->entities[o->entity];
        if (oe->title && oe->country && parley_text_holds_word(oe->title, w, n))
            return oe->country;
    }
    return NULL;
}

/* "Petro's foreign minister, X", "Zelensky's chief of staff, X", "X, the minister's adviser": the
 * office of a person's aide, right before the aide's name (or in apposition after it), makes the
 * aide of that person's stated country. */
static const char *owner_rule(const parley_extraction *ex, const sentence_mentions *sm, size_t self,
                              const parley_mention *pm)
{
    if ((size_t)pm->entity != self || pm->country)
        return NULL;
    size_t s = pm->sentence, sb = ex->text.sentences[s].tok_begin, se = ex->text.sentences[s].tok_end, q = pm->tb;
    /* ", the minister's adviser for ..." after the name */
    if (pm->te + 4 < se && parley_text_tok_is(&ex->text, pm->te, ",") && parley_text_tok_poss(&ex->text, pm->te + 3) &&
        parley_kind_starts(ex, pm->te + 4, PARLEY_LEX_OFFICE)) {
        const char *c = described_owner(ex, pm, self, pm->te + 3);
        if (c)
            return c;
    }
    if (q > sb && parley_text_tok_is(&ex->text, q - 1, ","))
        q--;
    bool office = false;
    /* (back over the office's words only: not "Erdogan's meeting with opposition leader X"; an
     * "of" inside an office is one, "chief of staff") */
    static const char *const links[] = {"with", "of", "for", "to", "and", "by", "at", "in", "on", "from", NULL};
    while (q > sb && q + 8 > pm->tb && ex->text.tokens[q - 1].kind == PARLEY_TOK_WORD &&
           !parley_text_tok_poss(&ex->text, q - 1)) {
        bool inner_of = q > sb + 1 && parley_text_tok_is(&ex->text, q - 1, "of") && parley_kind_starts(ex, q - 2, PARLEY_LEX_OFFICE);
        if ((!inner_of && parley_text_tok_in_ci(&ex->text, q - 1, links)) || parley_kind_starts(ex, q - 1, PARLEY_LEX_MEET_NOUN))
            return NULL;
        office |= parley_kind_starts(ex, q - 1, PARLEY_LEX_OFFICE);
        q--;
    }
    if (!office || q < sb + 2 || !parley_text_tok_poss(&ex->text, q - 1))
        return NULL;
    for (size_t j = sm->off[s]; j < sm->off[s + 1]; j++) {
        const parley_mention *o = &ex->mentions[sm->idx[j]];
        if (o->te == q - 1 && o->type == PARLEY_ENTITY_PERSON && o->entity >= 0 && (size_t)o->entity != self)
            return ex->entities[o->entity].country;
    }
    /* "the minister's adviser X" */
    return described_owner(ex, pm, self, q - 1);
}

/* led_by_group() for one leader; *start is where the leader's title begins. */
static size_t led_by_group_one(const parley_extraction *ex, const parley_mention *pm, size_t *start)
{
    static const char *const led[] = {"led", "headed", "commanded", NULL};
    size_t sb = ex->text.sentences[pm->sentence].tok_begin, q = pm->tb;
    /* back over the title's capitalised words ("Major General"), or up to three words in lower
     * case ("led by aide X", "led by presidential aide X") */
    /* ... "of" and "the" between them ("headed by Chief of General Staff General X") */
    /* ... and hyphens inside them ("Vice-President") */
    while (q > sb && q + 10 > pm->tb &&
           ((ex->text.tokens[q - 1].kind == PARLEY_TOK_WORD &&
             ((ex->text.tokens[q - 1].flags & PARLEY_TOK_CAP) ||
              (q > sb + 1 && q < pm->tb &&
               ((ex->text.tokens[q].flags & PARLEY_TOK_CAP) ||
                (parley_text_tok_is(&ex->text, q - 1, "of") && parley_text_tok_is(&ex->text, q, "the"))) &&
               (parley_text_tok_is(&ex->text, q - 1, "of") || parley_text_tok_is(&ex->text, q - 1, "the")) &&
               (((ex->text.tokens[q - 2].flags & PARLEY_TOK_CAP) && ex->text.tokens[q - 2].kind == PARLEY_TOK_WORD) ||
                /* ("Chief of the General Staff") */
                (q > sb + 2 && parley_text_tok_is(&ex->text, q - 1, "the") && parley_text_tok_is(&ex->text, q - 2, "of") &&
                 (ex->text.tokens[q - 3].flags & PARLEY_TOK_CAP) && ex->text.tokens[q - 3].kind == PARLEY_TOK_WORD))))) ||
            (q > sb + 1 && q < pm->tb && parley_text_tok_is(&ex->text, q - 1, "-") &&
             !(ex->text.tokens[q - 1].flags & PARLEY_TOK_SPACE) && !(ex->text.tokens[q].flags & PARLEY_TOK_SPACE) &&
             (ex->text.tokens[q - 2].flags & PARLEY_TOK_CAP))))
        q--;
    if (q < pm->tb && q > sb + 1 && (parley_text_tok_is(&ex->text, q - 1, "the") || parley_text_tok_is(&ex->text, q - 1, "its")) &&
        parley_text_tok_is(&ex->text, q - 2, "by"))
        q--;   /* "headed by the Chief of ...", "led by its Secretary of State X" */
    for (size_t w = 1; w <= 3 && q == pm->tb && pm->tb > sb + w + 1; w++)   /* ("led by military intelligence chief X") */
        if (parley_text_tok_is(&ex->text, pm->tb - w - 1, "by")) {
            bool words = true;
            for (size_t k = pm->tb - w; k < pm->tb; k++)
                words &= ex->text.tokens[k].kind == PARLEY_TOK_WORD;
            if (words)
                q = pm->tb - w;
            break;
        }
    /* ("headed by the group's political bureau chief X", "led by its deputy chief X": the group's
     * own officer, the owner a word for the group) */
    for (size_t w = 1; w <= 3 && q == pm->tb && pm->tb > sb + w + 3; w++) {
        size_t k = pm->tb - w;
        if (ex->text.tokens[k].kind != PARLEY_TOK_WORD || (ex->text.tokens[k].flags & PARLEY_TOK_CAP))
            break;
        bool its = parley_text_tok_is(&ex->text, k - 1, "its") && parley_text_tok_is(&ex->text, k - 2, "by");
        bool owner = parley_text_tok_poss(&ex->text, k - 1) && ex->text.tokens[k - 2].kind == PARLEY_TOK_WORD &&
                     !(ex->text.tokens[k - 2].flags & PARLEY_TOK_CAP) && parley_text_tok_is(&ex->text, k - 3, "the") &&
                     k >= sb + 5 && parley_text_tok_is(&ex->text, k - 4, "by");
        if (its)
            q = k - 1;
        else if (owner)
            q = k - 3;
    }
    *start = q;
    if (q < sb + 3 || !parley_text_tok_is(&ex->text, q - 1, "by") || !parley_text_tok_in_ci(&ex->text, q - 2, led))
        return SIZE_MAX;
    size_t g = q - 3;
    /* "was led by", "would be led by", "will be headed by" */
    if (g > sb && (parley_text_tok_is(&ex->text, g, "is") || parley_text_tok_is(&ex->text, g, "was") ||
                   parley_text_tok_is(&ex->text, g, "are") || parley_text_tok_is(&ex->text, g, "were") ||
                   parley_text_tok_is(&ex->text, g, "be") || parley_text_tok_is(&ex->text, g, "been")))
        g--;
    if (g > sb && (parley_text_tok_is(&ex->text, g, "would") || parley_text_tok_is(&ex->text, g, "will") ||
                   parley_text_tok_is(&ex->text, g, "to") || parley_text_tok_is(&ex->text, g, "has") ||
                   parley_text_tok_is(&ex->text, g, "had")))
        g--;
    return g > sb ? g : SIZE_MAX;
}

/* The token before "led by" / "headed by" when person mention pm is who leads (past the title:
 * "a delegation headed by Chief of General Staff General X", "led by aide X", "was led by X"), or
 * SIZE_MAX. So is a later leader joined by "and" ("led by Senator A and Senator B", up to the
 * fourth). O(title length). */
static size_t led_by_group(const parley_extraction *ex, const parley_mention *pm)
{
    for (int hop = 0; hop < 4; hop++) {
        size_t q, g = led_by_group_one(ex, pm, &q);
        if (g != SIZE_MAX || q < 2 || !parley_text_tok_is(&ex->text, q - 1, "and"))
            return g;
        /* the leader named right before "and" */
        const parley_mention *prev = NULL;
        for (size_t j = parley_mention_from(ex, 0, ex->n_mentions, q - 1); j-- > 0 && !prev && ex->mentions[j].tb + 16 > q;)
            if (ex->mentions[j].type == PARLEY_ENTITY_PERSON && ex->mentions[j].te == q - 1 &&
                ex->mentions[j].sentence == pm->sentence)
                prev = &ex->mentions[j];
        if (!prev)
            return SIZE_MAX;
        pm = prev;
    }
    return SIZE_MAX;
}

static const char *const led_groups[] = {"contingent", "delegation", "team", "side", "troops", "forces", "unit", "mission",
                                         "squadron", "detachment", "officials", "negotiators", "representatives", "envoys",
                                         NULL};

/* Does the person lead a group of an international body ("a delegation of the Asian Development
 * Bank headed by Vice-President X")? Such a leader is of no country. */
static bool leads_international_body(const parley_extraction *ex, const parley_entity *en)
{
    for (size_t k = 0; k < en->n_mentions; k++) {
        const parley_mention *pm = &ex->mentions[en->mentions[k]];
        size_t g = led_by_group(ex, pm), sb = ex->text.sentences[pm->sentence].tok_begin;
        if (g == SIZE_MAX)
            continue;
        /* (past the body's acronym in brackets: "the International Monetary Fund (IMF) led by") */
        if (g > sb + 3 && parley_text_tok_is(&ex->text, g, ")") && parley_text_tok_is(&ex->text, g - 2, "("))
            g -= 3;
        /* back over the body's name to "<group> of (the)" */
        for (size_t b = g; b > sb + 1 && b + 8 > g; b--) {
            if (!parley_match(ex, b, PARLEY_LEX_INTERNATIONAL, NULL) || b + parley_match(ex, b, PARLEY_LEX_ORG, NULL) != g + 1)
                continue;
            size_t o = b - 1;
            if (parley_text_tok_is(&ex->text, o, "the") && o > sb + 1)
                o--;
            /* (or "from": "a delegation from the International Monetary Fund led by X") */
            if ((parley_text_tok_is(&ex->text, o, "of") || parley_text_tok_is(&ex->text, o, "from")) &&
                parley_text_tok_in_ci(&ex->text, o - 1, led_groups))
                return true;
        }
    }
    return false;
}

/* "The Egyptian contingent is led by Major General X", "a Japanese delegation headed by X": who
 * leads a country's group is of that country. */
static const char *led_by_rule(const parley_extraction *ex, const sentence_mentions *sm, size_t self,
                               const parley_mention *pm)
{
    size_t sb = ex->text.sentences[pm->sentence].tok_begin, g = led_by_group(ex, pm);
    if (g == SIZE_MAX)
        return NULL;
    const parley_lex_entry *e = NULL;
    /* "a delegation of the Cambodian Ministry of National Defence led by X", "a delegation from the
     * U.S. State Department led by X": the country said in the name of the body the group is of */
    if (!parley_text_tok_in_ci(&ex->text, g, led_groups)) {
        size_t o = g;
        while (o > sb + 1 && o + 10 > g && !((parley_text_tok_is(&ex->text, o, "of") || parley_text_tok_is(&ex->text, o, "from")) &&
                                            (parley_text_tok_in_ci(&ex->text, o - 1, led_groups) ||
                                             (parley_text_tok_is(&ex->text, o - 1, "the") && o > sb + 2 &&
                                              parley_text_tok_in_ci(&ex->text, o - 2, led_groups)))))
            o--;
        if (o <= sb + 1 || o + 10 <= g || !(ex->text.tokens[g].flags & PARLEY_TOK_CAP))
            return NULL;
        for (size_t c = o + 1; c <= g; c++)
            if ((parley_match(ex, c, PARLEY_LEX_DEMONYM, &e) || parley_match(ex, c, PARLEY_LEX_COUNTRY, &e)) && e)
                return e->canonical;
        return NULL;
    }
    for (size_t c = g; c-- > sb && c + 5 > g;) {
        if (c + 3 > g && (parley_match(ex, c, PARLEY_LEX_DEMONYM, &e) || parley_match(ex, c, PARLEY_LEX_COUNTRY, &e)) && e)
            return e->canonical;
        /* ("a Hamas delegation headed by X": a body of one country's, the lexicon says whose;
         * "Hamas political bureau officials led by X": lower-case words between) */
        size_t ol = parley_match(ex, c, PARLEY_LEX_ORG, &e);
        bool lower = ol && c + ol <= g;
        for (size_t k = c + ol; lower && k < g; k++)
            lower = ex->text.tokens[k].kind == PARLEY_TOK_WORD && !(ex->text.tokens[k].flags & PARLEY_TOK_CAP);
        if (lower && e && e->country && (ex->text.tokens[c].flags & PARLEY_TOK_CAP))
            return e->country;
    }
    /* "Putin ... sending a delegation led by aide X": the sender's, the sentence's first person */
    static const char *const sends[] = {"sent", "sending", "sends", "send", "dispatched", "dispatching", NULL};
    bool sent = false;
    size_t sent_at = g;
    for (size_t c = g; c-- > sb && c + 7 > g && !sent;)   /* ("sent a lower-level delegation") */
        if ((sent = parley_text_tok_in_ci(&ex->text, c, sends)))
            sent_at = c;
    /* ("Beijing sent a delegation led by Rear Admiral X": a capital standing for its government) */
    size_t cs = sent && sent_at > sb ? parley_phrase_start(ex, PARLEY_LEX_CITY, sent_at, sb) : SIZE_MAX;
    const parley_lex_entry *ce = NULL;
    if (cs != SIZE_MAX && parley_match(ex, cs, PARLEY_LEX_CITY, &ce) == sent_at - cs && ce && ce->country &&
        parley_lexicon_is_capital(ex->lex, ce))
        return ce->country;
    for (size_t j = sm->off[pm->sentence]; sent && j < sm->off[pm->sentence + 1]; j++) {
        const parley_mention *o = &ex->mentions[sm->idx[j]];
        if (o->type == PARLEY_ENTITY_PERSON && o->entity >= 0 && o->tb < g)
            return o->entity != (int)self ? ex->entities[o->entity].country : NULL;
    }
    return NULL;
}

/* "..., while Khalil al-Hayya headed the Hamas delegation", "X led the Japanese team": who heads a
 * country's group (or a body's the lexicon gives a country) is of that country. O(1). */
static const char *heads_group_rule(const parley_extraction *ex, const sentence_mentions *sm, size_t self,
                                    const parley_mention *pm)
{
    (void)sm;
    (void)self;
    size_t q = pm->te, end = ex->text.sentences[pm->sentence].tok_end;
    if (q < end && (parley_text_tok_is(&ex->text, q, "also") || parley_text_tok_is(&ex->text, q, "who")))
        q++;
    if (q + 3 >= end || !(parley_text_tok_is(&ex->text, q, "headed") || parley_text_tok_is(&ex->text, q, "led") ||
                          parley_text_tok_is(&ex->text, q, "heads") || parley_text_tok_is(&ex->text, q, "leads")) ||
        !parley_text_tok_is(&ex->text, q + 1, "the"))
        return NULL;
    const parley_lex_entry *e = NULL;
    size_t k = q + 2, l = parley_match(ex, k, PARLEY_LEX_DEMONYM, &e);
    const char *c = l && e ? e->canonical : NULL;
    if (!l && (l = parley_match(ex, k, PARLEY_LEX_COUNTRY, &e)) && e)
        c = e->canonical;
    if (!l && (ex->text.tokens[k].flags & PARLEY_TOK_CAP) && (l = parley_match(ex, k, PARLEY_LEX_ORG, &e)) && e)
        c = e->country && *e->country ? e->country : NULL;
    return c && k + l < end && parley_text_tok_in_ci(&ex->text, k + l, led_groups) ? c : NULL;
}

/* "Defense Minister Hulusi Akar and Foreign Minister Mevlüt Çavuşoğlu accompanied Erdogan": who
 * accompanies someone is of their country. */
static const char *companion_rule(const parley_extraction *ex, const sentence_mentions *sm, size_t self,
                                  const parley_mention *pm)
{
    size_t s = pm->sentence, end = ex->text.sentences[s].tok_end, q = pm->te;
    /* over the rest of a list of people and their titles */
    while (q < end && q < pm->te + 14 && !parley_text_tok_is(&ex->text, q, "accompanied") &&
           !parley_text_tok_is(&ex->text, q, "accompany") && !parley_text_tok_is(&ex->text, q, "accompanies"))
        q++;
    if (q >= end || q >= pm->te + 14)
        return NULL;
    /* (a relative clause of another's: "X received Lao Prime Minister Y, who accompanied Z") */
    if (q >= pm->te + 3 && parley_text_tok_is(&ex->text, q - 1, "who") && parley_text_tok_is(&ex->text, q - 2, ","))
        for (size_t j = sm_from(ex, sm, s, pm->te); j < sm->off[s + 1]; j++) {
            const parley_mention *o = &ex->mentions[sm->idx[j]];
            if (o->tb >= q)
                break;
            if (o->type == PARLEY_ENTITY_PERSON && o->entity >= 0 && o->entity != (int)self && o->te == q - 2)
                return NULL;
        }
    /* "B was accompanied by C", "accompanied by C": the one accompanied is another; nor does
     * another clause tell of the person (", while President X was accompanied by Y") */
    if (q + 1 < end && parley_text_tok_is(&ex->text, q + 1, "by"))
        return NULL;
    for (size_t k = pm->te; k + 1 < q; k++)
        if (parley_text_tok_is(&ex->text, k, ";") ||
            (parley_text_tok_is(&ex->text, k, ",") &&
             (parley_text_tok_is(&ex->text, k + 1, "while") || parley_text_tok_is(&ex->text, k + 1, "whereas"))))
            return NULL;
    /* (whom the clause names: "X, who accompanied the president, signed ... with his Danish
     * counterpart Y" ends at a comma before a lower-case word; read over 30 tokens at most) */
    size_t lim = q + 1;
    while (lim + 1 < end && lim < q + 30 && !(parley_text_tok_is(&ex->text, lim, ",") && ex->text.tokens[lim + 1].kind == PARLEY_TOK_WORD &&
                              !(ex->text.tokens[lim + 1].flags & PARLEY_TOK_CAP)))
        lim++;
    for (size_t j = sm->off[s]; j < sm->off[s + 1]; j++) {
        const parley_mention *o = &ex->mentions[sm->idx[j]];
        if (o->tb > q && o->tb < lim && o->type == PARLEY_ENTITY_PERSON && o->entity >= 0 && o->entity != (int)self &&
            ex->entities[o->entity].country)
            return ex->entities[o->entity].country;
    }
    /* "... accompanied him": the first person of the last sentence before that names someone */
    if (q + 1 < end && (parley_text_tok_is(&ex->text, q + 1, "him") || parley_text_tok_is(&ex->text, q + 1, "her")))
        for (size_t s2 = s; s2-- > 0 && s2 + 3 > s;) {
            for (size_t j = sm->off[s2]; j < sm->off[s2 + 1]; j++) {
                const parley_mention *o = &ex->mentions[sm->idx[j]];
                if (o->type == PARLEY_ENTITY_PERSON && o->entity >= 0)
                    return o->entity != (int)self ? ex->entities[o->entity].country : NULL;
            }
        }
    return NULL;
}

/* Does a sender's or a relative's phrase stand before the title before token tb ("greetings from
 * [Prime Minister] X", "his wife X"), not before sentence start sb? */
static bool sender_phrase_before(const parley_extraction *ex, size_t tb, size_t sb)
{
    return parley_phrase_before_title(ex, tb, sb, PARLEY_LEX_SENDER) || parley_phrase_before_title(ex, tb, sb, PARLEY_LEX_RELATIVE);
}

/* Is the office word (ol bytes at office) said of the person at one of their first eight mentions,
 * not only of a counterpart ("his Burkinabe counterpart, Captain X" says no one's office of X's)?
 * O(8). */
static bool office_said_of(const parley_extraction *ex, const parley_entity *pe, const char *office, size_t ol)
{
    for (size_t k = 0; k < pe->n_mentions && k < 8; k++) {
        const parley_mention *m = &ex->mentions[pe->mentions[k]];
        if (!m->counterpart && m->title && parley_text_holds_word(m->title, office, ol))
            return true;
    }
    return false;
}

/* "Hayashi conveyed greetings from Prime Minister Fumio Kishida", "on behalf of President X",
 * "his wife X": the person is of the country of the nearest person before in the sentence whose
 * country is stated. */
static const char *sender_rule(const parley_extraction *ex, const sentence_mentions *sm, size_t self,
                               const parley_mention *m)
{
    size_t s = m->sentence, b = ex->text.sentences[s].tok_begin;
    /* (a role phrase after the name is read at the name: "accompanied by Archbishop Y, Secretary
     * for Relations with States") */
    if (m->role_of >= 0 && (size_t)m->role_of < m->tb)
        return NULL;
    bool phrase = sender_phrase_before(ex, m->tb, b);
    /* (... or the next of a list after one: "accompanied by Foreign Minister A and chief of staff
     * B", the words between holding "and" and no verb; the person named last before it, found by
     * bisection: a sentence listing thousands stays linear) */
    for (size_t j = phrase ? sm->off[s] : sm_from(ex, sm, s, m->tb); j-- > sm->off[s];) {
        const parley_mention *o = &ex->mentions[sm->idx[j]];
        if (o->type != PARLEY_ENTITY_PERSON || o->te > m->tb || o == m)
            continue;
        bool and_only = o->te < m->tb && m->tb <= o->te + 6 && parley_text_tok_is(&ex->text, o->te, "and");
        for (size_t q = o->te + 1; and_only && q < m->tb; q++)
            and_only = ex->text.tokens[q].kind == PARLEY_TOK_WORD && !parley_text_tok_is(&ex->text, q, "and") &&
                       !parley_match(ex, q, PARLEY_LEX_MEET, NULL);
        phrase = and_only && sender_phrase_before(ex, o->tb, b);
        break;
    }
    if (!phrase)
        return NULL;
    /* ("X is on a state visit to China at the invitation of President Y": who invites a visitor
     * is the host, no compatriot of the visitor's) */
    bool invited = false;
    for (size_t q = m->tb; q-- > b && q + 8 > m->tb && !invited;)
        invited = parley_text_tok_is_ci(&ex->text, q, "invitation");
    for (size_t q = b; invited && q < m->tb; q++)
        if (parley_text_tok_in_ci(&ex->text, q, trips))
            return NULL;
    /* ("A met B in Abu Dhabi and conveyed the greetings of C": a second predicate of the
     * subject's after "and", the subject's compatriot) */
    const parley_mention *first = NULL, *last = NULL;   /* (bounded reads: a long list stays linear) */
    size_t upto = sm_from(ex, sm, s, m->tb);
    for (size_t j = sm->off[s]; j < upto && !first; j++) {
        const parley_mention *o = &ex->mentions[sm->idx[j]];
        if (o->type == PARLEY_ENTITY_PERSON && o->entity >= 0 && o->entity != (int)self)
            first = o;
    }
    for (size_t j = upto; first && j-- > sm->off[s] && !last;) {
        const parley_mention *o = &ex->mentions[sm->idx[j]];
        if (o->type == PARLEY_ENTITY_PERSON && o->entity >= 0 && o->entity != (int)self)
            last = o;
    }
    bool and_verb = false;
    for (size_t q = last ? last->te : m->tb; first != last && q + 1 < m->tb && !and_verb; q++)
        and_verb = parley_text_tok_is(&ex->text, q, "and") && ex->text.tokens[q + 1].kind == PARLEY_TOK_WORD &&
                   !(ex->text.tokens[q + 1].flags & PARLEY_TOK_CAP) && parley_text_tok_len(&ex->text, q + 1) > 3 &&
                   ex->text.text[ex->text.tokens[q + 1].end - 2] == 'e' && ex->text.text[ex->text.tokens[q + 1].end - 1] == 'd';
    /* ("A met B at the White House, hand-delivering a letter from C": a participle after a comma,
     * the subject's) */
    for (size_t q = last ? last->te : m->tb; first != last && q + 1 < m->tb && !and_verb; q++) {
        if (!parley_text_tok_is(&ex->text, q, ","))
            continue;
        /* (right after the comma, or a compound's second word: "hand-delivering") */
        for (size_t k = q + 1; k < m->tb && k <= q + 3 && !and_verb; k += 2) {
            const parley_token *tk = &ex->text.tokens[k];
            if (k > q + 1 && !parley_text_tok_is(&ex->text, k - 1, "-"))
                break;
            and_verb = !(tk->flags & PARLEY_TOK_CAP) && parley_text_tok_ing(&ex->text, k, 6);
        }
    }
    if (and_verb)
        return ex->entities[first->entity].country;   /* (NULL while not known: the rule runs again) */
    /* ("met Cardinal Secretary of State X, accompanied by Archbishop Y": one accompanying is of the
     * one named right before, known or not yet) */
    size_t t0 = m->tb;
    while (t0 > b && t0 + 6 > m->tb && ex->text.tokens[t0 - 1].kind == PARLEY_TOK_WORD &&
           (ex->text.tokens[t0 - 1].flags & PARLEY_TOK_CAP))
        t0--;
    bool accompanying = t0 >= b + 3 && parley_text_tok_is(&ex->text, t0 - 1, "by") &&
                        parley_text_tok_is(&ex->text, t0 - 2, "accompanied") && parley_text_tok_is(&ex->text, t0 - 3, ",");
    /* (not past another clause's: "X was accompanied by A, while Marcos was joined by B") */
    size_t clause = m->tb;
    while (clause > b && clause + 24 > m->tb && !parley_text_tok_is(&ex->text, clause - 1, ";") &&
           !(parley_text_tok_is(&ex->text, clause - 1, ",") && clause < m->tb &&
             (parley_text_tok_is(&ex->text, clause, "while") || parley_text_tok_is(&ex->text, clause, "whereas"))))
        clause--;
    for (size_t j = sm->off[s + 1]; j-- > sm->off[s];) {
        const parley_mention *o = &ex->mentions[sm->idx[j]];
        if (o->tb >= m->tb || o->type != PARLEY_ENTITY_PERSON || o->entity < 0 || o->entity == (int)self)
            continue;
        if (o->tb < clause && clause > b && clause + 24 > m->tb)
            break;
        if (ex->entities[o->entity].country || accompanying)
            return ex->entities[o->entity].country;
    }
    /* "The Turkish leader was accompanied by ... X": the demonym of the unnamed one */
    const parley_lex_entry *sde = NULL;
    size_t sdl = parley_text_tok_is(&ex->text, b, "The") ? parley_match(ex, b + 1, PARLEY_LEX_DEMONYM, &sde) : 0;
    if (sdl && sde && b + 1 + sdl < m->tb && parley_match(ex, b + 1 + sdl, PARLEY_LEX_OFFICE, NULL))
        return sde->canonical;
    /* "The minister conveyed greetings from President X", "He conveyed ...": the speaker is the
     * person named last before whose title holds the word (anyone, for "He"/"She") */
    const char *office = NULL;
    size_t ol = 0;
    size_t oh = b + 1;   /* the office's word, past modifiers and domains: "The Special Envoy" */
    while (oh < m->tb && (parley_match(ex, oh, PARLEY_LEX_MODIFIER, NULL) || parley_match(ex, oh, PARLEY_LEX_DOMAIN, NULL)))
        oh++;
    /* (the whole office in capitals too: "The Chief Minister", to tell apart an "Industries
     * Minister") */
    const char *whole = NULL;
    size_t wl = 0;
    if (parley_text_tok_is(&ex->text, b, "The") && oh < m->tb && parley_match(ex, oh, PARLEY_LEX_OFFICE, NULL)) {
        office = ex->text.text + ex->text.tokens[oh].start;
        ol = ex->text.tokens[oh].end - ex->text.tokens[oh].start;
        size_t e = b + 1;
        while (e < m->tb && (ex->text.tokens[e].flags & PARLEY_TOK_CAP) && ex->text.tokens[e].kind == PARLEY_TOK_WORD &&
               (parley_match(ex, e, PARLEY_LEX_OFFICE, NULL) || parley_match(ex, e, PARLEY_LEX_MODIFIER, NULL) ||
                parley_match(ex, e, PARLEY_LEX_DOMAIN, NULL)))
            e++;
        if (e > oh + 1 || e > b + 2) {
            whole = ex->text.text + ex->text.tokens[b + 1].start;
            wl = ex->text.tokens[e - 1].end - ex->text.tokens[b + 1].start;
        }
    } else if (!parley_text_tok_is(&ex->text, b, "He") && !parley_text_tok_is(&ex->text, b, "She")) {
        return NULL;
    }
    /* the person named last before who holds the whole office, known or not yet */
    size_t seen0 = 0;
    for (size_t s2 = s; whole && s2-- > 0 && seen0 < 64;)
        for (size_t j = sm->off[s2 + 1]; j-- > sm->off[s2] && seen0 < 64;) {
            const parley_mention *o = &ex->mentions[sm->idx[j]];
            if (o->type != PARLEY_ENTITY_PERSON || o->entity < 0 || o->entity == (int)self)
                continue;
            seen0++;
            const parley_entity *oe = &ex->entities[o->entity];
            if (parley_text_holds_word(oe->title, whole, wl))
                return oe->country;
        }
    /* "X called on Sultan Y in Muscat. He conveyed the greetings of Z": "He" goes on with the
     * sentence before's subject, the person it opens with */
    if (!office && s > 0) {
        const parley_sentence *ps = &ex->text.sentences[s - 1];
        for (size_t j = sm->off[s - 1]; j < sm->off[s]; j++) {
            const parley_mention *o = &ex->mentions[sm->idx[j]];
            if (o->type != PARLEY_ENTITY_PERSON)
                continue;
            /* (the subject: opening the sentence, no phrase before it, "In talks with A, B ...") */
            /* (after a dateline too: "BEIJING, April 16 (Xinhua) -- Chinese President X") */
            size_t lead = parley_lead_start(ex, ps);
            bool opens = o->tb >= lead && o->tb <= lead + 8 && !ps->headline;
            for (size_t q = lead; opens && q < o->tb; q++)
                opens = ex->text.tokens[q].kind == PARLEY_TOK_WORD && (ex->text.tokens[q].flags & PARLEY_TOK_CAP);
            /* (NULL while the subject's is not known: not the next named before, "Mr Wong last
             * met Ms Takaichi in October. He will be accompanied by X") */
            if (opens && o->entity >= 0 && o->entity != (int)self)
                return ex->entities[o->entity].country;
            break;
        }
    }
    size_t seen = 0;
    for (size_t s2 = s; s2-- > 0 && seen < 64;)
        for (size_t j = sm->off[s2 + 1]; j-- > sm->off[s2] && seen < 64;) {
            const parley_mention *o = &ex->mentions[sm->idx[j]];
            if (o->type != PARLEY_ENTITY_PERSON || o->entity < 0 || o->entity == (int)self)
                continue;
            seen++;
            const parley_entity *oe = &ex->entities[o->entity];
            /* (not one called only "his counterpart", whose office is the other side's: "held talks
             * with his Burkinabe counterpart, Captain X ... The President, who was accompanied by Y") */
            if (!oe->country || (office && !office_said_of(ex, oe, office, ol)))
                continue;
            if (!office)
                return oe->country;
            if (parley_text_holds_word(oe->title, office, ol))
                return oe->country;
        }
    return NULL;
}

/* "A held the "2+2" with B and C of the Philippines, together with Minister D": one named after
 * ", together with" at a clause's end goes with the sentence's subject, of the subject's country
 * when stated. */
static const char *together_rule(const parley_extraction *ex, const sentence_mentions *sm, size_t self,
                                 const parley_mention *m)
{
    size_t s = m->sentence, b = ex->text.sentences[s].tok_begin, q = caps_start(ex, m->tb, b, true);   /* (the title's start) */
    /* (... past a title in lower case: ", along with ambassador X") */
    while (q > b && q + 4 > m->tb && (parley_match(ex, q - 1, PARLEY_LEX_OFFICE, NULL) || parley_match(ex, q - 1, PARLEY_LEX_DOMAIN, NULL)))
        q--;
    if (q < b + 4 || !parley_text_tok_is(&ex->text, q - 1, "with") ||
        !(parley_text_tok_is(&ex->text, q - 2, "together") || parley_text_tok_is(&ex->text, q - 2, "along")) ||
        !parley_text_tok_is(&ex->text, q - 3, ","))
        return NULL;
    for (size_t j = sm->off[s]; j < sm->off[s + 1]; j++) {
        const parley_mention *o = &ex->mentions[sm->idx[j]];
        if (o->type != PARLEY_ENTITY_PERSON || o->entity < 0)
            continue;
        /* (the subject: the sentence's first person, opening it) */
        if ((size_t)o->entity == self || o->tb > b + 12)
            return NULL;
        return ex->entities[o->entity].country;
    }
    return NULL;
}

/* The "by" right before person mention pm, past the title's capitalised words ("by Cabinet
 * Secretary B"), or SIZE_MAX. O(4). */
static size_t by_before(const parley_extraction *ex, const parley_mention *pm)
{
    const parley_text *t = &ex->text;
    size_t sb = t->sentences[pm->sentence].tok_begin, q = pm->tb;
    while (q > sb && q + 4 > pm->tb && t->tokens[q - 1].kind == PARLEY_TOK_WORD && (t->tokens[q - 1].flags & PARLEY_TOK_CAP))
        q--;
    return q > sb && parley_text_tok_is(t, q - 1, "by") ? q - 1 : SIZE_MAX;
}

/* "The agreement was signed on behalf of the UAE by A, Minister of Foreign Trade, and on behalf
 * of Kenya by B": the country a signer signs for is theirs. O(8). */
static const char *behalf_rule(const parley_extraction *ex, const sentence_mentions *sm, size_t self,
                               const parley_mention *pm)
{
    (void)sm;
    (void)self;
    const parley_text *t = &ex->text;
    size_t sb = t->sentences[pm->sentence].tok_begin, r = by_before(ex, pm);
    if (r == SIZE_MAX || r < sb + 4)
        return NULL;
    size_t c = parley_phrase_start(ex, PARLEY_LEX_COUNTRY, r, sb);
    const parley_lex_entry *e = NULL;
    if (c == SIZE_MAX || !parley_match(ex, c, PARLEY_LEX_COUNTRY, &e) || !e)
        return NULL;
    size_t o = c > sb && parley_text_tok_is_ci(t, c - 1, "the") ? c - 1 : c;
    return o >= sb + 3 && parley_text_tok_is(t, o - 1, "of") && parley_text_tok_is(t, o - 2, "behalf") &&
                   parley_text_tok_is_ci(t, o - 3, "on")
               ? e->canonical
               : NULL;
}

/* "met with Ambassador of Germany X to discuss preparations for the visit of Federal President
 * Y": the visitor whose visit an envoy prepares is of the envoy's country. O(mentions of the
 * sentence). */
static const char *envoys_visitor_rule(const parley_extraction *ex, const sentence_mentions *sm, size_t self,
                                       const parley_mention *pm)
{
    const parley_text *t = &ex->text;
    size_t s = pm->sentence, sb = t->sentences[s].tok_begin, q = caps_start(ex, pm->tb, sb, false);
    if (q < sb + 2 || !parley_text_tok_is(t, q - 1, "of") ||
        !(parley_text_tok_is(t, q - 2, "visit") || parley_text_tok_is(t, q - 2, "visits")))
        return NULL;
    const char *c = NULL;
    for (size_t j = sm->off[s]; j < sm->off[s + 1]; j++) {
        const parley_mention *o = &ex->mentions[sm->idx[j]];
        if (o->tb >= q)
            break;
        const parley_entity *oe = o->entity >= 0 ? &ex->entities[o->entity] : NULL;
        if (o->type == PARLEY_ENTITY_PERSON && oe && (size_t)o->entity != self && oe->country && oe->title &&
            parley_text_holds_word(oe->title, "Ambassador", 10))
            c = oe->country;
    }
    return c;
}

/* "Kenya was represented by A, Ethiopia by B, and Somalia by C": the country a person represents,
 * told before "was represented by", or elliptically before "by" after a comma or "and" once the
 * sentence has said "represented by". O(8), and the sentence's tokens before the person for the
 * elliptical form (at most 64). */
static const char *represented_rule(const parley_extraction *ex, const sentence_mentions *sm, size_t self,
                                    const parley_mention *pm)
{
    (void)sm;
    (void)self;
    const parley_text *t = &ex->text;
    size_t sb = t->sentences[pm->sentence].tok_begin, r = by_before(ex, pm);
    if (r == SIZE_MAX || r < sb + 2)
        return NULL;
    bool full = parley_text_tok_is(t, r - 1, "represented") && r >= sb + 3 &&
                (parley_text_tok_is(t, r - 2, "was") || parley_text_tok_is(t, r - 2, "were") || parley_text_tok_is(t, r - 2, "is"));
    size_t end = full ? r - 2 : r;   /* the country's phrase ends right before */
    size_t c = parley_phrase_start(ex, PARLEY_LEX_COUNTRY, end, sb);
    const parley_lex_entry *e = NULL;
    if (c == SIZE_MAX || !parley_match(ex, c, PARLEY_LEX_COUNTRY, &e) || !e)
        return NULL;
    if (full)
        return e->canonical;
    /* (elliptical: ", Ethiopia by B", "and Somalia by C", after "represented by" in the sentence) */
    size_t o = c > sb && parley_text_tok_is_ci(t, c - 1, "the") ? c - 1 : c;
    if (o <= sb || !(parley_text_tok_is(t, o - 1, ",") || parley_text_tok_is(t, o - 1, "and")))
        return NULL;
    for (size_t k = o; k-- > sb + 1 && k + 64 > o;)
        if (parley_text_tok_is(t, k, "by") && parley_text_tok_is(t, k - 1, "represented"))
            return e->canonical;
    return NULL;
}

/* "The Lithuanian delegation included X and Y", "a Kazakh delegation headed by X": the people
 * named after the phrase are of the country named right before it; "X was accompanied by a
 * delegation including Y": of X's. */
static const char *members_rule(const parley_extraction *ex, const sentence_mentions *sm, size_t self,
                                const parley_mention *m)
{
    const parley_sentence *se = &ex->text.sentences[m->sentence];
    /* "The U.S. side was led by A and the Iranian side by B": the elliptical second side, its
     * people's word right before "side by" */
    size_t by = by_before(ex, m);
    static const char *const sides[] = {"side", "delegation", "team", NULL};
    const parley_lex_entry *se_e = NULL;
    size_t dl0;
    if (by != SIZE_MAX && by >= se->tok_begin + 3 && parley_text_tok_in_ci(&ex->text, by - 1, sides) &&
        (dl0 = parley_phrase_start(ex, PARLEY_LEX_DEMONYM, by - 1, se->tok_begin)) != SIZE_MAX &&
        parley_match(ex, dl0, PARLEY_LEX_DEMONYM, &se_e) && se_e && dl0 > se->tok_begin && parley_text_tok_is_ci(&ex->text, dl0 - 1, "the"))
        return se_e->canonical;
    /* within 40 tokens before the name (bounded, so a long sentence stays linear), the nearest
     * first ("The Russian delegation was headed by A, while the Ukrainian side was led by B") */
    const size_t lo = m->tb > se->tok_begin + 41 ? m->tb - 40 : se->tok_begin + 1;
    for (size_t q = m->tb; q-- > lo;) {
        size_t l = parley_match(ex, q, PARLEY_LEX_MEMBERS, NULL);
        if (!l || q + l > m->tb)
            continue;
        /* not whom the delegation meets: "the Pakistani delegation headed by X also met with Y"; nor
         * one of another clause: "The Israeli team was led by X, while Y headed the Hamas delegation" */
        bool met = false;
        for (size_t k = q + l; k < m->tb && !met; k++)
            met = parley_match(ex, k, PARLEY_LEX_MEET, NULL) > 0 || parley_text_tok_is(&ex->text, k, ";") ||
                  (parley_text_tok_is(&ex->text, k, ",") && k + 1 < m->tb &&
                   (parley_text_tok_is(&ex->text, k + 1, "while") || parley_text_tok_is(&ex->text, k + 1, "whereas")));
        if (met)
            continue;
        size_t c = q;   /* the country before "delegation": "Lithuanian", "Kazakhstan's", "the Kazakh" */
        if (c > se->tok_begin && parley_text_tok_poss(&ex->text, c - 1))
            c--;
        for (size_t back = 1; back <= 3 && back <= c - se->tok_begin; back++) {
            const parley_lex_entry *e = NULL;
            size_t k = c - back;
            size_t cl = parley_match(ex, k, PARLEY_LEX_DEMONYM, &e);
            if (!cl)
                cl = parley_match(ex, k, PARLEY_LEX_COUNTRY, &e);
            if (cl && k + cl == c && e)
                return e->canonical;
            /* ... or its capital, for its government: "Kyiv's team" */
            if (c < q && (cl = parley_match(ex, k, PARLEY_LEX_CITY, &e)) && k + cl == c && e && e->country &&
                (ex->text.tokens[k].flags & PARLEY_TOK_CAP))
                return e->country;
        }
        /* "The delegation also included X" after "a delegation of the United States Congress led by
         * Senator Y" ("a delegation from the US Congress"): the delegation told before, of its
         * country or its leader's */
        if (c == q && c > se->tok_begin && parley_text_tok_is_ci(&ex->text, c - 1, "the") && m->sentence > 0)
            for (size_t s2 = m->sentence; s2-- > 0 && s2 + 3 >= m->sentence;) {
                const parley_sentence *ps = &ex->text.sentences[s2];
                for (size_t d = ps->tok_begin; d + 2 < ps->tok_end; d++) {
                    if (!parley_text_tok_is(&ex->text, d, "delegation"))
                        continue;
                    size_t k = d + 1 + (parley_text_tok_is(&ex->text, d + 1, "of") || parley_text_tok_is(&ex->text, d + 1, "from"));
                    if (k > d + 1 && k < ps->tok_end && parley_text_tok_is_ci(&ex->text, k, "the"))
                        k++;
                    const parley_lex_entry *e = NULL;
                    if (k > d + 1 && k < ps->tok_end && parley_match(ex, k, PARLEY_LEX_COUNTRY, &e) && e)
                        return e->canonical;
                    for (size_t j = sm->off[s2]; j < sm->off[s2 + 1]; j++) {   /* "led by X", "headed by X" */
                        const parley_mention *o = &ex->mentions[sm->idx[j]];
                        if (o->type == PARLEY_ENTITY_PERSON && o->entity >= 0 && (size_t)o->entity != self && o->tb > d &&
                            o->tb <= d + 16 &&
                            ex->entities[o->entity].country) {
                            bool led = false;
                            for (size_t r = d + 1; r + 1 < o->tb && !led; r++)
                                led = (parley_text_tok_is(&ex->text, r, "led") || parley_text_tok_is(&ex->text, r, "headed")) &&
                                      parley_text_tok_is(&ex->text, r + 1, "by");
                            if (led)
                                return ex->entities[o->entity].country;
                        }
                        /* ("Peters, who is leading a cross-party delegation of MPs": its leader
                         * named before it) */
                        if (o->type == PARLEY_ENTITY_PERSON && o->entity >= 0 && (size_t)o->entity != self && o->te <= d &&
                            o->te + 10 > d && ex->entities[o->entity].country) {
                            static const char *const leads[] = {"leading", "leads", "heading", "heads", NULL};
                            for (size_t r = o->te; r < d; r++)
                                if (parley_text_tok_in_ci(&ex->text, r, leads))
                                    return ex->entities[o->entity].country;
                        }
                    }
                }
            }
        /* "Macron was accompanied by a large delegation including X": the one accompanied's */
        for (size_t k = q; k-- > se->tok_begin + 1 && k + 5 > q;)
            if (parley_text_tok_is(&ex->text, k, "by") && parley_text_tok_is(&ex->text, k - 1, "accompanied")) {
                for (size_t j = sm->off[m->sentence + 1]; j-- > sm->off[m->sentence];) {
                    const parley_mention *o = &ex->mentions[sm->idx[j]];
                    if (o->tb < k && o->type == PARLEY_ENTITY_PERSON && o->entity >= 0 && (size_t)o->entity != self)
                        return ex->entities[o->entity].country;
                }
                break;
            }
    }
    return NULL;
}

/* "The Defense Ministers of Kazakhstan and Kyrgyzstan met in Bishkek ... A and B discussed": people
 * opening a sentence, joined by commas and "and", are of the countries a plural role of one of the
 * two sentences before lists, respectively (a sentence that names nobody; as many countries as
 * people). */
static const char *role_list_at(const parley_extraction *ex, const sentence_mentions *sm, size_t self,
                                const parley_mention *pm, size_t *role_b, size_t *role_e);

static const char *role_list_rule(const parley_extraction *ex, const sentence_mentions *sm, size_t self,
                                  const parley_mention *pm)
{
    size_t b, e;
    return role_list_at(ex, sm, self, pm, &b, &e);
}

/* role_list_rule(), and the plural role's tokens [*role_b, *role_e) ("Defense Ministers"). The list
 * may be longer: "The presidents of Nigeria, Ghana and Senegal met ... A, B and C agreed" (up to
 * eight). */
static const char *role_list_at(const parley_extraction *ex, const sentence_mentions *sm, size_t self,
                                const parley_mention *pm, size_t *role_b, size_t *role_e)
{
    size_t s = pm->sentence, sb = ex->text.sentences[s].tok_begin;
    if ((size_t)pm->entity != self)
        return NULL;
    /* the people opening the sentence, joined by commas and "and": "A and B", "A, B and C" */
    const parley_mention *list[8];
    size_t n = 0, at = sb, mine = SIZE_MAX;
    bool closed = false;   /* (the last joined by "and") */
    for (size_t j = sm->off[s]; j < sm->off[s + 1] && n < 8 && !closed; j++) {
        const parley_mention *o = &ex->mentions[sm->idx[j]];
        if (o->type != PARLEY_ENTITY_PERSON || o->entity < 0)
            continue;
        if (n && o->entity == list[n - 1]->entity)
            continue;
        if (o->tb != at)
            break;
        if (n) {
            closed = parley_text_tok_is(&ex->text, o->tb - 1, "and");
            for (size_t i = 0; i < n; i++)
                if (list[i]->entity == o->entity)
                    return NULL;
        }
        if (o == pm)
            mine = n;
        list[n++] = o;
        /* (what joins the next: ",", "and", ", and") */
        size_t q = o->te;
        if (q < ex->text.sentences[s].tok_end && parley_text_tok_is(&ex->text, q, ","))
            q++;
        if (q < ex->text.sentences[s].tok_end && parley_text_tok_is(&ex->text, q, "and"))
            q++;
        if (q == o->te)
            break;
        at = q;
    }
    if (n < 2 || mine == SIZE_MAX || !closed)
        return NULL;
    for (size_t back = 1; back <= 2 && back <= s; back++) {
        size_t p = s - back;
        const parley_sentence *ps = &ex->text.sentences[p];
        bool named = false;
        for (size_t j = sm->off[p]; j < sm->off[p + 1] && !named; j++)
            named = ex->mentions[sm->idx[j]].type == PARLEY_ENTITY_PERSON;
        if (named || ps->headline)
            continue;
        const char *countries[9];
        if (parley_role_countries(ex, p, countries, 9, role_b, role_e) == n)
            return countries[mine];
    }
    return NULL;
}


/* "the First Minister of Northern Ireland, A, and the deputy First Minister, B": a deputy of the
 * office that a person named just before in the sentence holds, with no country of their own, is
 * of that person's country. O(16) mentions. */
static const char *deputy_rule(const parley_extraction *ex, const sentence_mentions *sm, size_t self,
                               const parley_mention *pm)
{
    (void)sm;
    const char *t = pm->title;
    if ((size_t)pm->entity != self || !t || pm->country)
        return NULL;
    size_t n = strncasecmp(t, "deputy ", 7) == 0 ? 7 : strncasecmp(t, "vice ", 5) == 0 ? 5 : 0;
    const char *office = t + n;
    if (!n || !*office)
        return NULL;
    for (const parley_mention *o = pm; o > ex->mentions && o[-1].sentence == pm->sentence && pm - o < 16;) {
        o--;
        if (o->type != PARLEY_ENTITY_PERSON || o->entity < 0 || (size_t)o->entity == self)
            continue;
        /* (the two in one list: commas, "and", "the" and the deputy's title words between) */
        bool list = o->te < pm->tb && pm->tb <= o->te + 10;
        bool and = false;
        for (size_t q = o->te; list && q < pm->tb; q++) {
            const parley_token *tk = &ex->text.tokens[q];
            and |= parley_text_tok_is(&ex->text, q, "and");
            list = parley_text_tok_is(&ex->text, q, ",") || parley_text_tok_is(&ex->text, q, "and") ||
                   parley_text_tok_is_ci(&ex->text, q, "the") || parley_text_tok_is_ci(&ex->text, q, "deputy") ||
                   parley_text_tok_is_ci(&ex->text, q, "vice") ||
                   (tk->kind == PARLEY_TOK_WORD && (tk->flags & PARLEY_TOK_CAP));
        }
        const parley_entity *oe = &ex->entities[o->entity];
        if (list && and && oe->country && oe->title && strncasecmp(oe->title, office, strlen(office)) == 0)
            return oe->country;
        return NULL;
    }
    return NULL;
}

/* "Armenian Prime Minister X and Azerbaijani President Y initialed ... Foreign ministers A and B
 * initialed the text": a pair after a plural office, with no country of their own, is of the
 * countries of a pair of people named before (in that sentence or the two before), in order; the
 * pair may also be one who meets and the next one named ("President X received his Chilean
 * counterpart Y ... Foreign ministers A and B signed"). */
static const char *parallel_pair_rule(const parley_extraction *ex, const sentence_mentions *sm, size_t self,
                                      const parley_mention *pm)
{
    const parley_mention *a, *b;
    if ((size_t)pm->entity != self || !and_pair(ex, sm, pm, 5, &a, &b) || a->tb == 0)
        return NULL;
    /* (titles between the two only for signers, below) */
    const bool bare = b->tb == a->te + 1;
    /* (a comma may stand after the role: "accompanied by their foreign ministers, A and B") */
    size_t r = a->tb - 1;
    if (r > 0 && parley_text_tok_is(&ex->text, r, ","))
        r--;
    /* (... "the foreign ministers of both countries, A and B", "of the two countries,") */
    size_t of = parley_both_sides_at(ex, r + 1, ex->text.sentences[pm->sentence].tok_begin);
    if (of != SIZE_MAX && of > 0)
        r = of - 1;
    const parley_token *ot = &ex->text.tokens[r];
    /* (not members of one body: "Senators A and B") */
    static const char *const members[] = {"senators", "congressmen", "congresswomen", "lawmakers", "legislators",
                                          "representatives", "deputies", "mps", "parliamentarians", "members", NULL};
    /* (or the pair signs what the two before witness: "The two leaders witnessed the signing of
     * agreements ... by Foreign Secretary A and Foreign Minister B") */
    bool signers = false;
    size_t sb = ex->text.sentences[pm->sentence].tok_begin, ts = caps_start(ex, a->tb, sb, false);
    for (size_t q = ts > sb + 1 && parley_text_tok_is(&ex->text, ts - 1, "by") ? ts - 1 : sb; q-- > sb && q + 12 > ts && !signers;)
        signers = parley_match(ex, q, PARLEY_LEX_SIGN, NULL) > 0;
    if (((ot->kind != PARLEY_TOK_WORD || !parley_plural_office(ex, ex->text.text + ot->start, ot->end - ot->start) || !bare) &&
         !signers) ||
        parley_text_tok_in_ci(&ex->text, r, members) || ex->entities[a->entity].country || ex->entities[b->entity].country)
        return NULL;
    /* (nor one delegation's: "The Hamas delegation included senior officials A and B") */
    for (size_t q = r + 1; q-- > sb && q + 6 > r;)
        if (parley_text_tok_is_ci(&ex->text, q, "delegation") || parley_text_tok_is_ci(&ex->text, q, "team"))
            return NULL;
    size_t s = pm->sentence;
    for (size_t back = 0; back <= 3 && back <= s; back++) {
        size_t p = s - back;
        const parley_mention *prev = NULL;
        /* (in the pair's own sentence, the 64 mentions before it) */
        size_t j0 = sm->off[p], j1 = sm->off[p + 1];
        if (back == 0) {
            j1 = sm_from(ex, sm, p, a->tb);
            j0 = j1 > j0 + 64 ? j1 - 64 : j0;
        }
        const parley_mention *before_prev = NULL;   /* (the person before prev) */
        for (size_t j = j0; j < j1; j++) {
            const parley_mention *o = &ex->mentions[sm->idx[j]];
            if (o->type != PARLEY_ENTITY_PERSON || o->entity < 0)
                continue;
            size_t trig = SIZE_MAX;
            /* (not the last two of a longer list: "Kenyan President A, Burundian President B and
             * Angolan President C also attended") */
            bool listed = false;
            if (before_prev && prev && before_prev->te < prev->tb) {
                listed = parley_text_tok_is(&ex->text, before_prev->te, ",");
                for (size_t q = before_prev->te + 1; listed && q < prev->tb; q++)
                    listed = ex->text.tokens[q].kind == PARLEY_TOK_WORD && (ex->text.tokens[q].flags & PARLEY_TOK_CAP);
            }
            /* (nor a pair met at another time than the story's: "The talks took place a day
             * after A met B" is no pair of the foreign ministers' sides) */
            if (prev && !listed && (and_joined(ex, prev, o, 5) ||   /* (titles may stand between) */
                         ((trig = meet_after(ex, sm, prev)) != SIZE_MAX && trig < o->tb && o->tb <= trig + 8 &&
                          !parley_in_other_time_clause(ex, &ex->text.sentences[p], trig)))) {
                const char *c1 = ex->entities[prev->entity].country, *c2 = ex->entities[o->entity].country;
                /* (a passive names the host last: "Lula was welcomed by Boric" is Boric's and
                 * Lula's, in that order) */
                size_t v = trig;
                while (v != SIZE_MAX && v > prev->te && (parley_text_tok_is(&ex->text, v - 1, "also") ||
                                                         parley_text_tok_is(&ex->text, v - 1, "warmly") ||
                                                         parley_text_tok_is(&ex->text, v - 1, "later")))
                    v--;
                if (v != SIZE_MAX && v > prev->te &&
                    (parley_text_tok_is(&ex->text, v - 1, "was") || parley_text_tok_is(&ex->text, v - 1, "were"))) {
                    const char *c = c1;
                    c1 = c2;
                    c2 = c;
                }
                if (c1 && c2 && strcmp(c1, c2) != 0)
                    return pm == a ? c1 : c2;
            }
            before_prev = prev;
            prev = o;
        }
    }
    return NULL;
}

/* "Risch's delegation also included Senators A and B": two people after one plural office, "and"
 * between them, share the first's country (found by a rule before this one). O(12). */
static const char *plural_office_pair_rule(const parley_extraction *ex, const sentence_mentions *sm, size_t self,
                                           const parley_mention *pm)
{
    const parley_mention *a, *b;
    if ((size_t)pm->entity != self || !and_pair(ex, sm, pm, 0, &a, &b) || pm != b || a->tb == 0 ||
        a->tb <= ex->text.sentences[pm->sentence].tok_begin)
        return NULL;
    const parley_token *ot = &ex->text.tokens[a->tb - 1];
    static const char *const sides[] = {"counterparts", "colleagues", "ministers", NULL};
    if (ot->kind != PARLEY_TOK_WORD || !parley_plural_office(ex, ex->text.text + ot->start, ot->end - ot->start) ||
        parley_text_tok_in_ci(&ex->text, a->tb - 1, sides))
        return NULL;
    return ex->entities[a->entity].country;
}

/* "Erdogan received Azerbaijani President A and Pakistani Prime Minister B ... Foreign ministers X,
 * Y and Z also met": a bare list of three people or more after a plural office, none with a
 * country, matches the people of the nearest of the three sentences before that names people,
 * when it names as many, each of another country stated: respectively theirs. O(mentions of the
 * four sentences; at most 8 in a list). */
static const char *parallel_list_rule(const parley_extraction *ex, const sentence_mentions *sm, size_t self,
                                      const parley_mention *pm)
{
    (void)self;
    const parley_text *t = &ex->text;
    size_t s = pm->sentence;
    /* (a person of a list stands by a comma or an "and") */
    if (!(pm->te < t->n_tokens && (parley_text_tok_is(t, pm->te, ",") || parley_text_tok_is(t, pm->te, "and"))) &&
        !(pm->tb > 0 && (parley_text_tok_is(t, pm->tb - 1, ",") || parley_text_tok_is(t, pm->tb - 1, "and"))))
        return NULL;
    const parley_mention *list[8];
    size_t n = 0, at = SIZE_MAX;
    bool done = false;
    for (size_t j = sm_from(ex, sm, s, pm->tb > 24 ? pm->tb - 24 : 0); j < sm->off[s + 1] && !done; j++) {
        const parley_mention *o = &ex->mentions[sm->idx[j]];
        if (o->type != PARLEY_ENTITY_PERSON || o->entity < 0)
            continue;
        /* (joined to the one before by ",", "and" or ", and" only) */
        bool joined = n > 0 && n < 8 && o->tb > list[n - 1]->te && o->tb <= list[n - 1]->te + 2;
        for (size_t q = n ? list[n - 1]->te : 0; joined && q < o->tb; q++)
            joined = parley_text_tok_is(t, q, ",") || parley_text_tok_is(t, q, "and");
        if (!joined) {
            if (at != SIZE_MAX)
                done = true;
            else
                n = 0;
        }
        if (!done) {
            list[n++] = o;
            if (o == pm)
                at = n - 1;
        }
    }
    if (at == SIZE_MAX || n < 3 || list[0]->tb < t->sentences[s].tok_begin + 1)
        return NULL;
    const parley_token *ot = &t->tokens[list[0]->tb - 1];
    if (ot->kind != PARLEY_TOK_WORD || !parley_plural_office(ex, t->text + ot->start, ot->end - ot->start))
        return NULL;
    for (size_t k = 0; k < n; k++)
        if (ex->entities[list[k]->entity].country)
            return NULL;
    for (size_t back = 1; back <= 3 && back <= s; back++) {
        size_t p = s - back, m = 0;
        int people[8];
        bool ok = true;
        for (size_t j = sm->off[p]; j < sm->off[p + 1] && ok; j++) {
            const parley_mention *o = &ex->mentions[sm->idx[j]];
            if (o->type != PARLEY_ENTITY_PERSON || o->entity < 0)
                continue;
            bool seen = false;
            for (size_t k = 0; k < m && !seen; k++)
                seen = people[k] == o->entity;
            if (seen)
                continue;
            const char *c = ex->entities[o->entity].country;
            ok = m < 8 && c;
            for (size_t k = 0; ok && k < m; k++)
                ok = strcmp(ex->entities[people[k]].country, c) != 0;
            if (ok)
                people[m++] = o->entity;
        }
        if (ok && m == n)
            return ex->entities[people[at]].country;
        if (m || !ok)
            break;   /* (the nearest sentence naming people decides) */
    }
    return NULL;
}

/* "his counterparts from Japan and Australia, Minister A and Deputy Prime Minister B": a pair
 * after a plural of people from (or of) two countries is of them, respectively (so after two
 * peoples before it: "his Japanese and British counterparts, A and B"); so is a pair that
 * represents two countries ("agreements with Estonia and Lithuania, represented by A and B"). */
static const char *from_pair_rule(const parley_extraction *ex, const sentence_mentions *sm, size_t self,
                                  const parley_mention *pm)
{
    const parley_mention *a, *b;
    if ((size_t)pm->entity != self || !and_pair(ex, sm, pm, 5, &a, &b))
        return NULL;
    const parley_text *t = &ex->text;
    size_t sb = t->sentences[pm->sentence].tok_begin, c = a->tb;
    /* "agreements with Estonia and Lithuania, represented by Prime Minister A and President B" */
    size_t r = c;
    while (r > sb && r + 6 > a->tb && !parley_text_tok_is(t, r - 1, "by") && !parley_text_tok_is(t, r - 1, ","))
        r--;
    if (r >= sb + 8 && parley_text_tok_is(t, r - 1, "by") && parley_text_tok_is_ci(t, r - 2, "represented") &&
        parley_text_tok_is(t, r - 3, ",")) {
        const char *two[3];
        for (size_t q = r - 3; q-- > sb && q + 8 > r;)
            if (parley_text_tok_is_ci(t, q, "with") || parley_text_tok_is_ci(t, q, "between"))
                return parley_countries_after(ex, q + 1, r - 3, two, 3) == 2 ? two[pm == a ? 0 : 1] : NULL;
        return NULL;
    }
    /* "his Japanese and British counterparts, A and B": two peoples before the plural */
    {
        size_t q = a->tb;
        while (q > sb && q + 6 > a->tb && t->tokens[q - 1].kind == PARLEY_TOK_WORD && (t->tokens[q - 1].flags & PARLEY_TOK_CAP))
            q--;   /* (back over the first one's title) */
        if (q > sb && parley_text_tok_is(t, q - 1, ","))
            q--;
        const parley_token *pl = q > sb ? &t->tokens[q - 1] : NULL;
        if (pl && q >= sb + 4 &&
            (parley_text_tok_is_ci(t, q - 1, "counterparts") || parley_text_tok_is_ci(t, q - 1, "colleagues") ||
             (pl->kind == PARLEY_TOK_WORD && !(pl->flags & PARLEY_TOK_CAP) &&
              parley_plural_office(ex, t->text + pl->start, pl->end - pl->start)))) {
            size_t d2 = parley_phrase_start(ex, PARLEY_LEX_DEMONYM, q - 1, q > sb + 4 ? q - 4 : sb);
            size_t d1 = d2 != SIZE_MAX && d2 >= sb + 2 && parley_text_tok_is(t, d2 - 1, "and")
                            ? parley_phrase_start(ex, PARLEY_LEX_DEMONYM, d2 - 1, d2 > sb + 4 ? d2 - 4 : sb)
                            : SIZE_MAX;
            const parley_lex_entry *e1 = NULL, *e2 = NULL;
            if (d1 != SIZE_MAX && parley_match(ex, d1, PARLEY_LEX_DEMONYM, &e1) && parley_match(ex, d2, PARLEY_LEX_DEMONYM, &e2) &&
                e1 && e2 && strcmp(e1->canonical, e2->canonical) != 0)
                return pm == a ? e1->canonical : e2->canonical;
        }
    }
    while (c > sb && c + 6 > a->tb && !parley_text_tok_is(t, c - 1, ","))
        c--;   /* (back over the first one's title) */
    if (c < sb + 5 || !parley_text_tok_is(t, c - 1, ","))
        return NULL;
    for (size_t q = c - 1; q-- > sb + 1 && q + 10 > c;) {
        if (!parley_text_tok_is_ci(t, q, "from") && !parley_text_tok_is_ci(t, q, "of"))
            continue;
        const parley_token *pl = &t->tokens[q - 1];
        const char *two[3];
        if ((parley_text_tok_is_ci(t, q - 1, "counterparts") || parley_text_tok_is_ci(t, q - 1, "colleagues") ||
             (pl->kind == PARLEY_TOK_WORD && parley_plural_office(ex, t->text + pl->start, pl->end - pl->start))) &&
            parley_countries_after(ex, q + 1, c - 1, two, 3) == 2)
            return two[pm == a ? 0 : 1];
        return NULL;
    }
    return NULL;
}

/* "their Singaporean counterparts A, B and C", "counterparts from Singapore, A, B and C": everyone
 * listed after a plural of one people's officers is of that people (not "his Japanese and British
 * counterparts": from_pair_rule()). O(list length). */
static const char *counterparts_list_rule(const parley_extraction *ex, const sentence_mentions *sm, size_t self,
                                          const parley_mention *pm)
{
    (void)sm;
    if ((size_t)pm->entity != self)
        return NULL;
    const parley_text *t = &ex->text;
    size_t sb = t->sentences[pm->sentence].tok_begin, q = pm->tb;
    /* back over the list's people before it, each a run of capitalised words, and its joints */
    for (size_t n = 0; q > sb && n < 48; n++) {
        const parley_token *tk = &t->tokens[q - 1];
        if (parley_text_tok_is(t, q - 1, ",") || parley_text_tok_is(t, q - 1, "and") ||
            (tk->kind == PARLEY_TOK_WORD && (tk->flags & PARLEY_TOK_CAP) && !parley_match(ex, q - 1, PARLEY_LEX_DEMONYM, NULL) &&
             !parley_match(ex, q - 1, PARLEY_LEX_COUNTRY, NULL)) ||
            (tk->flags & PARLEY_TOK_ABBREV))
            q--;
        else
            break;
    }
    if (q < sb + 3)
        return NULL;
    const parley_lex_entry *de = NULL;
    if (parley_text_tok_is_ci(t, q - 1, "counterparts") || parley_text_tok_is_ci(t, q - 1, "colleagues")) {
        size_t d = parley_phrase_start(ex, PARLEY_LEX_DEMONYM, q - 1, q > sb + 4 ? q - 4 : sb);
        if (d == SIZE_MAX || !parley_match(ex, d, PARLEY_LEX_DEMONYM, &de) || !de ||
            (d > sb && (parley_text_tok_is(t, d - 1, "and") || parley_text_tok_is(t, d - 1, ","))))
            return NULL;
        return de->canonical;
    }
    return NULL;
}

/* "... held talks with U.S. Secretary of State A and Defense Secretary B": a pair met together,
 * after "with", is of one side, the country stated for the first. */
static const char *with_pair_rule(const parley_extraction *ex, const sentence_mentions *sm, size_t self,
                                  const parley_mention *pm)
{
    const parley_mention *a, *b;
    if ((size_t)pm->entity != self || !and_pair(ex, sm, pm, 5, &a, &b) || pm != b || !mention_country(ex, a))
        return NULL;
    const parley_text *t = &ex->text;
    size_t sb = t->sentences[pm->sentence].tok_begin;
    /* "with", then the first one's title: capitalised words and its country's demonym */
    size_t q = a->tb;
    while (q > sb && q + 10 > a->tb && !parley_text_tok_is(t, q - 1, "with") && t->tokens[q - 1].kind == PARLEY_TOK_WORD &&
           ((t->tokens[q - 1].flags & PARLEY_TOK_CAP) || parley_text_tok_is(t, q - 1, "of") ||
            parley_text_tok_is(t, q - 1, "the") || parley_text_tok_is(t, q - 1, "for") ||
            parley_text_tok_is(t, q - 1, "to")))   /* ("Special Envoy to the Middle East") */
        q--;
    if (q <= sb + 1 || !parley_text_tok_is(t, q - 1, "with"))
        return NULL;
    for (size_t k = q - 1; k-- > sb && k + 8 > q;)
        if (parley_match(ex, k, PARLEY_LEX_MEET, NULL) || parley_match(ex, k, PARLEY_LEX_MEET_NOUN, NULL))
            return mention_country(ex, a);
    return NULL;
}

/* "Japan's Foreign Minister A and Defense Minister B met their Philippine counterparts": a pair
 * that meets "their counterparts" is of one side, the country stated for either. */
static const char *their_counterparts_rule(const parley_extraction *ex, const sentence_mentions *sm, size_t self,
                                           const parley_mention *pm)
{
    const parley_mention *a, *b;
    if ((size_t)pm->entity != self || !and_pair(ex, sm, pm, 5, &a, &b))
        return NULL;
    const parley_mention *other = pm == a ? b : a;
    const char *c = ex->entities[other->entity].country;
    size_t trig = meet_after(ex, sm, b), end = ex->text.sentences[pm->sentence].tok_end;
    if (!c || trig == SIZE_MAX)
        return NULL;
    size_t q = trig + parley_match(ex, trig, PARLEY_LEX_MEET, NULL);
    if (q < end && parley_text_tok_is(&ex->text, q, "with"))
        q++;
    if (q + 2 >= end || !parley_text_tok_is(&ex->text, q, "their"))
        return NULL;
    size_t dl = parley_match(ex, q + 1, PARLEY_LEX_DEMONYM, NULL);
    return q + 1 + dl < end && parley_text_tok_is_ci(&ex->text, q + 1 + dl, "counterparts") ? c : NULL;
}

/* The first person of a list of people opening the sentence of mention pm, which pm ends or
 * stands in: people joined by commas and "and", at most six words of a title between ("A,
 * national security adviser B and special envoy C"); NULL when pm is in none or first, or past
 * the 32nd person. O(1): at most 32 people are read. */
static const parley_mention *subject_list_head(const parley_extraction *ex, const sentence_mentions *sm,
                                               const parley_mention *pm)
{
    size_t s = pm->sentence, sb = ex->text.sentences[s].tok_begin, seen = 0;
    const parley_mention *first = NULL, *prev = NULL;
    for (size_t j = sm->off[s]; j < sm->off[s + 1]; j++) {
        const parley_mention *o = &ex->mentions[sm->idx[j]];
        if (o->type != PARLEY_ENTITY_PERSON || o->entity < 0)
            continue;
        if (++seen > 32)
            return NULL;   /* (a list of 32 at most: a sentence of thousands stays linear) */
        if (!first) {
            if (o->tb > sb + 6)
                return NULL;
            first = prev = o;
        } else {
            if (o->tb < prev->te || o->tb > prev->te + 7 ||
                !(parley_text_tok_is(&ex->text, prev->te, ",") || parley_text_tok_is(&ex->text, prev->te, "and")))
                return NULL;
            static const char *const relatives[] = {"who", "whose", "which", "that", NULL};
            for (size_t q = prev->te + 1; q < o->tb; q++)
                if (ex->text.tokens[q].kind != PARLEY_TOK_WORD || parley_match(ex, q, PARLEY_LEX_MEET, NULL) ||
                    parley_text_tok_in_ci(&ex->text, q, relatives))
                    return NULL;   /* (not a clause: "Han, who attended the coronation of King Charles") */
            prev = o;
        }
        if (o == pm)
            return first != pm ? first : NULL;
    }
    return NULL;
}

/* "U.S. special envoy A and B met Russian President C": of two people joined by "and" before the
 * meeting words, the second with no country stated is of the first's, when the one they meet is
 * of another. */
static const char *co_subject_rule(const parley_extraction *ex, const sentence_mentions *sm, size_t self,
                                   const parley_mention *pm)
{
    const parley_mention *a = NULL, *b = NULL;
    if ((size_t)pm->entity != self || pm->country || international(ex, &ex->entities[self]))
        return NULL;
    /* (or the first of a longer list opening the sentence: "Rubio, national security adviser
     * Mike Waltz and special envoy Steve Witkoff met a Russian delegation") */
    if (!(and_pair(ex, sm, pm, 5, &a, &b) && pm == b && mention_country(ex, a)) && !(a = subject_list_head(ex, sm, pm)))
        return NULL;
    /* (the first one's country stated here, or at another of its mentions: "Kamikawa and Defense
     * Minister X held talks with Y" after "Japanese Foreign Minister Yoko Kamikawa") */
    const char *ac = mention_country(ex, a);
    size_t trig = meet_after(ex, sm, pm), s = pm->sentence;
    if (!ac || trig == SIZE_MAX)
        return NULL;
    static const char *const unnamed_groups[] = {"officials", "delegation", "delegates", "negotiators", "envoys",
                                                 "diplomats", NULL};
    for (size_t j = sm_from(ex, sm, s, trig); j < sm->off[s + 1]; j++) {
        const parley_mention *o = &ex->mentions[sm->idx[j]];
        /* (... or people of another country met unnamed: "met Ukrainian officials in Jeddah") */
        if (o->type == PARLEY_ENTITY_COUNTRY && o->entity >= 0 && o->tb <= trig + 3 && o->lex &&
            o->lex->kind == PARLEY_LEX_DEMONYM && o->te < ex->text.n_tokens &&
            parley_text_tok_in_ci(&ex->text, o->te, unnamed_groups))
            return strcmp(ex->entities[o->entity].name, ac) != 0 ? ac : NULL;
        if (o->type != PARLEY_ENTITY_PERSON || o->entity < 0 || o->entity == (int)self)
            continue;
        const char *c = mention_country(ex, o);
        return c && strcmp(c, ac) != 0 ? ac : NULL;
    }
    return NULL;
}

/* "X met U.S. Secretary of State A and Homeland Security Secretary B": of two people met, joined
 * by "and", the second with no country stated is of the first's, when the one who meets them is
 * of another; so is any later one of a longer list (list_head()). */
/* "received his Syrian counterpart A, Defense Minister B and intelligence chief C": the first
 * person of a list that mention pm (not the first) ends or stands in, its people joined by commas
 * and a last "and", each right after its own title; NULL when there is none. O(list length ·
 * log mentions of the sentence). */
static const parley_mention *list_head(const parley_extraction *ex, const sentence_mentions *sm, const parley_mention *pm)
{
    const parley_text *t = &ex->text;
    size_t s = pm->sentence;
    const parley_mention *cur = pm;
    for (int steps = 0; steps < 8; steps++) {
        const parley_mention *o = NULL;   /* the person named last before cur */
        for (size_t j = sm_from(ex, sm, s, cur->tb); j-- > sm->off[s] && !o;) {
            const parley_mention *m = &ex->mentions[sm->idx[j]];
            if (m->type == PARLEY_ENTITY_PERSON && m->entity >= 0 && m->te <= cur->tb)
                o = m;
            else if (m->te <= cur->tb && m->tb + 12 < cur->tb)
                break;
        }
        if (!o || o->entity == cur->entity)
            break;
        size_t q = o->te;
        if (q < cur->tb && parley_text_tok_is(t, q, ","))
            q++;
        if (q < cur->tb && parley_text_tok_is(t, q, "and"))
            q++;
        size_t words = 0;
        for (const char *c = cur->title; c && *c; c++)
            words += c == cur->title || c[-1] == ' ';
        if (q == o->te || cur->tb - q != words)
            break;
        cur = o;
    }
    return cur != pm ? cur : NULL;
}

static const char *co_object_rule(const parley_extraction *ex, const sentence_mentions *sm, size_t self,
                                  const parley_mention *pm)
{
    const parley_mention *a = NULL, *b = NULL;
    if ((size_t)pm->entity != self || pm->country || international(ex, &ex->entities[self]))
        return NULL;
    /* (or the first of a longer list: "A, Defense Minister B and intelligence chief C") */
    if (!(and_pair(ex, sm, pm, 5, &a, &b) && pm == b && mention_country(ex, a)))
        a = pm->title ? list_head(ex, sm, pm) : NULL;
    const char *ac = a ? mention_country(ex, a) : NULL;
    if (!ac)
        return NULL;
    /* (one with no title only right after "and": "met US special envoy A and B") */
    if (!pm->title && !(ex->entities[self].title == NULL && pm->tb == a->te + 1 && parley_text_tok_is(&ex->text, a->te, "and")))
        return NULL;
    /* (not one office twice: "received Greek Foreign Minister A and Foreign Minister B" are two
     * countries' foreign ministers) */
    if (a->title && pm->title && strcasecmp(a->title, pm->title) == 0)
        return NULL;
    /* the meeting words before the pair, said of someone named before them */
    size_t s = pm->sentence, sb = ex->text.sentences[s].tok_begin, trig = SIZE_MAX;
    for (size_t q = a->tb; q-- > sb && q + 10 > a->tb && trig == SIZE_MAX;) {
        size_t ml = parley_match(ex, q, PARLEY_LEX_MEET, NULL);
        if (ml && q + ml <= a->tb)
            trig = q;
    }
    if (trig == SIZE_MAX)
        return NULL;
    for (size_t j = sm->off[s]; j < sm->off[s + 1]; j++) {
        const parley_mention *o = &ex->mentions[sm->idx[j]];
        if (o->type != PARLEY_ENTITY_PERSON || o->entity < 0 || o->te > trig)
            continue;
        const char *c = mention_country(ex, o);
        /* (the subject's country not yet known: one office's word for both, "US envoy A and Deputy
         * Special Envoy B", keeps them one side) */
        const char *at = a->title ? a->title : ex->entities[a->entity].title;
        if (!c && at && pm->title) {
            const char *la = strrchr(at, ' '), *lp = strrchr(pm->title, ' ');
            la = la ? la + 1 : at;
            lp = lp ? lp + 1 : pm->title;
            return strcasecmp(la, lp) == 0 ? ac : NULL;
        }
        return c && strcmp(c, ac) != 0 ? ac : NULL;
    }
    /* "During the visit, the Admiral will call on the Sri Lankan Prime Minister A and Deputy
     * Minister of Defence B": a subject by pronoun or office, no one named before the words, is
     * the person last named in the sentence before */
    bool unnamed = false;
    for (size_t q = sb; q < trig && !unnamed; q++)
        unnamed = parley_text_tok_is_ci(&ex->text, q, "he") || parley_text_tok_is_ci(&ex->text, q, "she") ||
                  (parley_text_tok_is_ci(&ex->text, q, "the") && q + 1 < trig &&
                   (parley_match(ex, q + 1, PARLEY_LEX_OFFICE, NULL) || parley_match(ex, q + 1, PARLEY_LEX_RANK, NULL)));
    for (size_t j = s > 0 && unnamed ? sm->off[s] : 0; j-- > (s > 0 ? sm->off[s - 1] : 0);) {
        const parley_mention *o = &ex->mentions[sm->idx[j]];
        if (o->type != PARLEY_ENTITY_PERSON || o->entity < 0)
            continue;
        const char *c = mention_country(ex, o);
        /* (of no country known yet: one on a visit to the country of the people met) */
        return (c && strcmp(c, ac) != 0) || (!c && visits(ex, sm, &ex->entities[o->entity], ac)) ? ac : NULL;
    }
    return NULL;
}

/* "Vance, who was joined by special envoy A and B": the second of two companions joined by
 * "and" after "joined by" or "accompanied by" is of the first's country. */
static const char *companions_pair_rule(const parley_extraction *ex, const sentence_mentions *sm, size_t self,
                                        const parley_mention *pm)
{
    const parley_mention *a, *b;
    if ((size_t)pm->entity != self || pm->country || !and_pair(ex, sm, pm, 5, &a, &b) || pm != b)
        return NULL;
    const char *ac = mention_country(ex, a);
    size_t sb = ex->text.sentences[pm->sentence].tok_begin, q = a->tb;
    /* ("Secretary of State A and special envoy B joined the meeting": two who join, one side) */
    size_t j = b->te < ex->text.n_tokens && parley_text_tok_is(&ex->text, b->te, "also") ? b->te + 1 : b->te;
    size_t jl = j < ex->text.sentences[pm->sentence].tok_end ? parley_match(ex, j, PARLEY_LEX_JOIN, NULL) : 0;
    if (ac && jl && !parley_text_tok_is(&ex->text, j + jl - 1, "by") && a->tb <= sb + 3)
        return ac;
    while (q > sb && q + 6 > a->tb && ex->text.tokens[q - 1].kind == PARLEY_TOK_WORD &&
           !parley_text_tok_is(&ex->text, q - 1, "by"))
        q--;
    if (!ac || q < sb + 2 || !parley_text_tok_is(&ex->text, q - 1, "by") ||
        !(parley_text_tok_is(&ex->text, q - 2, "joined") || parley_text_tok_is(&ex->text, q - 2, "accompanied")))
        return NULL;
    return ac;
}

/* "..., while Zelensky was accompanied by his chief of staff Andriy Yermak": one accompanied by
 * another is of the country stated for the one accompanied (the person named last before); so is
 * one a person "brought along". */
static const char *accompanied_by_rule(const parley_extraction *ex, const sentence_mentions *sm, size_t self,
                                       const parley_mention *pm)
{
    if ((size_t)pm->entity != self || pm->country)
        return NULL;
    size_t s = pm->sentence, sb = ex->text.sentences[s].tok_begin, q = pm->tb;
    /* "Ramaphosa brought along golfers A and B as well as Agriculture Minister C": those the
     * subject named right before "brought along" brings are of the subject's country */
    for (size_t a = pm->tb; a-- > sb + 2 && a + 16 > pm->tb;) {
        if (ex->text.tokens[a].kind != PARLEY_TOK_WORD && !parley_text_tok_is(&ex->text, a, ","))
            break;
        if (!parley_text_tok_is(&ex->text, a, "along") || !parley_text_tok_is(&ex->text, a - 1, "brought"))
            continue;
        for (size_t j = sm_from(ex, sm, s, a - 1); j-- > sm->off[s];) {
            const parley_mention *o = &ex->mentions[sm->idx[j]];
            if (o->type != PARLEY_ENTITY_PERSON || o->entity < 0)
                continue;
            return o->entity != (int)self && o->te + 2 >= a ? ex->entities[o->entity].country : NULL;
        }
        break;
    }
    /* (past an apposition's comma, "was accompanied by his wife, Yuko", but not into another
     * clause: "by A, while B") */
    static const char *const clause[] = {"while", "whereas", "but", "as", "when", "who", "which", "where", NULL};
    while (q > sb && q + 8 > pm->tb &&
           (ex->text.tokens[q - 1].kind == PARLEY_TOK_WORD || parley_text_tok_is(&ex->text, q - 1, ",")) &&
           !parley_text_tok_is(&ex->text, q - 1, "by") && !parley_text_tok_in_ci(&ex->text, q - 1, clause))
        q--;
    if (q < sb + 3 || !parley_text_tok_is(&ex->text, q - 1, "by"))
        return NULL;
    /* the verb: "accompanied by", or "accompanied on the trip by", "accompanied on his visit by" */
    size_t a = q - 2;
    if (q >= sb + 6 && parley_text_tok_in_ci(&ex->text, q - 2, trips) &&
        (parley_text_tok_is(&ex->text, q - 3, "the") || parley_text_tok_is(&ex->text, q - 3, "his") ||
         parley_text_tok_is(&ex->text, q - 3, "her")) &&
        parley_text_tok_is(&ex->text, q - 4, "on"))
        a = q - 5;
    /* (... and "X skipped the meeting and was represented by Deputy Secretary Y": the
     * sentence's subject's, whoever is between) */
    bool represented = a >= sb + 1 && parley_text_tok_is(&ex->text, a, "represented");
    if (a < sb + 1 || !(parley_text_tok_is(&ex->text, a, "accompanied") || represented) ||
        !(parley_text_tok_is(&ex->text, a - 1, "was") || parley_text_tok_is(&ex->text, a - 1, "is") ||
          parley_text_tok_is(&ex->text, a - 1, "were")))
        return NULL;
    for (size_t j = sm_from(ex, sm, s, a - 1); j-- > sm->off[s];) {
        const parley_mention *o = &ex->mentions[sm->idx[j]];
        if (o->type != PARLEY_ENTITY_PERSON || o->entity < 0)
            continue;
        if (represented) {
            const parley_mention *first = o;
            for (size_t k = j; k-- > sm->off[s];)
                if (ex->mentions[sm->idx[k]].type == PARLEY_ENTITY_PERSON && ex->mentions[sm->idx[k]].entity >= 0)
                    first = &ex->mentions[sm->idx[k]];
            return first->entity != (int)self && first->tb <= parley_lead_start(ex, &ex->text.sentences[s]) + 8
                       ? mention_country(ex, first)
                       : NULL;
        }
        return o->entity != (int)self && o->te + 1 >= a - 1 ? ex->entities[o->entity].country : NULL;
    }
    return NULL;
}

/* "Guler and Chikovani were accompanied by the chiefs of general staff of the two countries, A and
 * B": the pair after "the two countries" (or "both countries") is of the countries of the pair
 * that opens the sentence, in order. */
static const char *two_countries_rule(const parley_extraction *ex, const sentence_mentions *sm, size_t self,
                                      const parley_mention *pm)
{
    const parley_mention *a, *b;
    if ((size_t)pm->entity != self || pm->country || !and_pair(ex, sm, pm, 5, &a, &b))
        return NULL;
    size_t s = pm->sentence, sb = ex->text.sentences[s].tok_begin, q = a->tb;
    /* back over a title before the first ("General") to the comma after "countries" */
    while (q > sb && q + 4 > a->tb && ex->text.tokens[q - 1].kind == PARLEY_TOK_WORD &&
           (ex->text.tokens[q - 1].flags & PARLEY_TOK_CAP))
        q--;
    if (q < sb + 4 || !parley_text_tok_is(&ex->text, q - 1, ",") || !parley_text_tok_is(&ex->text, q - 2, "countries") ||
        !(parley_text_tok_is(&ex->text, q - 3, "two") || parley_text_tok_is(&ex->text, q - 3, "both")))
        return NULL;
    /* the pair opening the sentence, with countries */
    const parley_mention *x = NULL, *y = NULL;
    for (size_t j = sm->off[s]; j < sm->off[s + 1] && !y; j++) {
        const parley_mention *o = &ex->mentions[sm->idx[j]];
        if (o->type != PARLEY_ENTITY_PERSON || o->entity < 0 || o->role_of >= 0)
            continue;
        if (!x)
            x = o;
        else
            y = o;
    }
    if (!y || y == a || x == a || !and_joined(ex, x, y, 5))
        return NULL;
    const char *xc = mention_country(ex, x);
    const char *yc = mention_country(ex, y);
    if (!xc || !yc || strcmp(xc, yc) == 0)
        return NULL;
    return pm == a ? xc : yc;
}

/* Whether the title opens with a royal word ("King", "Crown Princess"). */
static bool royal_title(const parley_lexicon *lex, const char *title)
{
    char w[64];
    size_t n = 0;
    for (const char *p = title; p && *p && n + 1 < sizeof w; p++) {
        w[n++] = (char)tolower((unsigned char)*p);
        if ((p[1] == ' ' || p[1] == '\0') && parley_lexicon_find(lex, PARLEY_LEX_ROYAL, w, n))
            return true;
    }
    return false;
}

/* Nouns for a relative ("his wife X", "the leader's sister"). */
static const char *const kin_words[] = {"wife", "husband", "spouse", "partner", "son", "daughter", "brother", "sister", "mother",
                                        "father", NULL};

/* The person an owner's phrase before the possessive "'s" at token q of sentence s means: a name
 * ending there ("Kim's"), else, for "the <word>'s", the person named last before it whose title
 * holds the word ("the leader's" after "North Korean leader Kim Jong Un"); -1 when none. */
static int owner_of(const parley_extraction *ex, const sentence_mentions *sm, size_t s, size_t q, int self)
{
    const parley_text *t = &ex->text;
    size_t sb = t->sentences[s].tok_begin;
    size_t to = sm_from(ex, sm, s, q);   /* (the mentions of the sentence before q) */
    for (size_t j = to; j-- > sm->off[s];) {
        const parley_mention *o = &ex->mentions[sm->idx[j]];
        if (o->te == q && o->type == PARLEY_ENTITY_PERSON && o->entity >= 0 && o->entity != self)
            return o->entity;
        if (o->te < q)
            break;
    }
    if (q < sb + 2 || !parley_text_tok_is_ci(t, q - 2, "the") || t->tokens[q - 1].kind != PARLEY_TOK_WORD)
        return -1;
    const char *w = t->text + t->tokens[q - 1].start;
    size_t n = parley_text_tok_len(t, q - 1), seen = 0;
    for (size_t s2 = s + 1; s2-- > 0 && seen < 64;)
        for (size_t j = s2 == s ? to : sm->off[s2 + 1]; j-- > sm->off[s2] && seen < 64;) {
            const parley_mention *o = &ex->mentions[sm->idx[j]];
            if (o->type != PARLEY_ENTITY_PERSON || o->entity < 0 || o->entity == self)
                continue;
            seen++;
            const parley_entity *oe = &ex->entities[o->entity];
            if (oe->title && parley_text_holds_word(oe->title, w, n))
                return o->entity;
        }
    return -1;
}

/* The person whose apposition names person mention pm as an ally, an aide or kin: "Sugiono, a
 * close ally of President X," (X's title between); -1 when none. O(log mentions of the sentence). */
static int apposition_owner(const parley_extraction *ex, const sentence_mentions *sm, size_t self, const parley_mention *pm)
{
    static const char *const associates[] = {"ally", "aide", "adviser", "advisor", "confidant", "associate", "loyalist", NULL};
    const parley_text *t = &ex->text;
    size_t s = pm->sentence, sb = t->sentences[s].tok_begin, q = pm->tb;
    while (q > sb && t->tokens[q - 1].kind == PARLEY_TOK_WORD && (t->tokens[q - 1].flags & PARLEY_TOK_CAP) && q + 6 > pm->tb)
        q--;   /* (the title before the name) */
    if (q < sb + 4 || !(parley_text_tok_is(t, q - 1, "of") || parley_text_tok_is(t, q - 1, "to")) ||
        !(parley_text_tok_in_ci(t, q - 2, associates) || parley_text_tok_in_ci(t, q - 2, kin_words)))
        return -1;
    size_t c = q - 2;
    while (c > sb && c + 5 > q && t->tokens[c - 1].kind == PARLEY_TOK_WORD && !(t->tokens[c - 1].flags & PARLEY_TOK_CAP))
        c--;
    if (c <= sb + 1 || c >= q - 2 || !parley_text_tok_is(t, c - 1, ",") ||
        !(parley_text_tok_is(t, c, "a") || parley_text_tok_is(t, c, "an") || parley_text_tok_is(t, c, "the")))
        return -1;
    /* (the owner's mention ends at the comma: those starting up to 12 tokens before it, by
     * bisection, so that a sentence naming thousands stays linear) */
    for (size_t j = sm_from(ex, sm, s, c > 13 ? c - 13 : 0); j < sm->off[s + 1] && ex->mentions[sm->idx[j]].tb < c; j++) {
        const parley_mention *om = &ex->mentions[sm->idx[j]];
        if (om->type == PARLEY_ENTITY_PERSON && om->entity >= 0 && om->entity != (int)self && om->te == c - 1)
            return om->entity;
    }
    return -1;
}

/* "The presidents were joined by their wives, A and B": the person whose spouse the one at
 * mention pm is, in the order of the first two people named in the sentence before; -1 when none.
 * O(mentions of the two sentences). */
static int respective_spouse_owner(const parley_extraction *ex, const sentence_mentions *sm, size_t self,
                                   const parley_mention *pm)
{
    static const char *const spouses[] = {"wives", "spouses", "husbands", NULL};
    const parley_text *t = &ex->text;
    size_t s = pm->sentence, sb = t->sentences[s].tok_begin;
    if (s == 0)
        return -1;
    /* the list's first name after "their wives[,]", or its second after "and" */
    size_t idx = SIZE_MAX, k = pm->tb > sb && parley_text_tok_is(t, pm->tb - 1, ",") ? pm->tb - 1 : pm->tb;
    if (k >= sb + 2 && parley_text_tok_in_ci(t, k - 1, spouses) && parley_text_tok_is(t, k - 2, "their"))
        idx = 0;
    /* (the name right before "and", looked up from a few tokens back: a sentence of thousands of
     * names stays linear) */
    for (size_t j = pm->tb > sb + 1 && parley_text_tok_is(t, pm->tb - 1, "and") ? sm_from(ex, sm, s, pm->tb > sb + 12 ? pm->tb - 12 : sb)
                                                                                : sm->off[s + 1];
         idx == SIZE_MAX && j < sm->off[s + 1] && ex->mentions[sm->idx[j]].tb < pm->tb; j++) {
        const parley_mention *o = &ex->mentions[sm->idx[j]];
        if (o->type != PARLEY_ENTITY_PERSON || o->te + 1 != pm->tb || o->entity == (int)self)
            continue;
        size_t k2 = o->tb > sb && parley_text_tok_is(t, o->tb - 1, ",") ? o->tb - 1 : o->tb;
        if (k2 >= sb + 2 && parley_text_tok_in_ci(t, k2 - 1, spouses) && parley_text_tok_is(t, k2 - 2, "their"))
            idx = 1;
    }
    if (idx == SIZE_MAX)
        return -1;
    int firsts[2] = {-1, -1};
    size_t n = 0;
    for (size_t j = sm->off[s - 1]; j < sm->off[s] && n < 2; j++) {
        const parley_mention *o = &ex->mentions[sm->idx[j]];
        if (o->type == PARLEY_ENTITY_PERSON && o->entity >= 0 && o->entity != (int)self && (n == 0 || firsts[0] != o->entity))
            firsts[n++] = o->entity;
    }
    return n == 2 ? firsts[idx] : -1;
}

/* The person whose kin, ally or aide the person at mention pm is named as: "X, [the] <owner>'s
 * wife", "<owner>'s partner X", "<owner>, a close ally of President X,"; -1 when none. */
static int kin_owner(const parley_extraction *ex, const sentence_mentions *sm, size_t self, const parley_mention *pm)
{
    const parley_text *t = &ex->text;
    size_t s = pm->sentence, sb = t->sentences[s].tok_begin, se = t->sentences[s].tok_end;
    int owner = -1;
    /* after the name: ", [the] <owner>'s <kin>" */
    if (pm->te + 3 < se && parley_text_tok_is(t, pm->te, ",")) {
        for (size_t q = pm->te + 2; q + 1 < se && q < pm->te + 6 && owner < 0; q++)
            if (parley_text_tok_poss(t, q) && parley_text_tok_in_ci(t, q + 1, kin_words))
                owner = owner_of(ex, sm, s, q, (int)self);
    }
    /* before it: "<owner>'s <kin>[,] X" */
    size_t k = pm->tb > sb && parley_text_tok_is(t, pm->tb - 1, ",") ? pm->tb - 1 : pm->tb;
    if (owner < 0 && k >= sb + 2 && parley_text_tok_in_ci(t, k - 1, kin_words) && parley_text_tok_poss(t, k - 2))
        owner = owner_of(ex, sm, s, k - 2, (int)self);
    /* in an apposition said of the owner: "<owner>, a close ally of President X," */
    if (owner < 0)
        owner = apposition_owner(ex, sm, self, pm);
    /* "The presidents were joined by their wives, A and B": respectively the wives of the two
     * people the sentence before named first */
    if (owner < 0)
        owner = respective_spouse_owner(ex, sm, self, pm);
    return owner;
}

/* "Kim Yo Jong, the leader's sister,", "Kim's sister, Kim Yo Jong": a relative of someone named is
 * of their country (kin_owner()). */
static const char *kin_rule(const parley_extraction *ex, const sentence_mentions *sm, size_t self,
                            const parley_mention *pm)
{
    int owner = kin_owner(ex, sm, self, pm);
    return owner >= 0 ? ex->entities[owner].country : NULL;
}

/* Does title t hold every word of phrase w (in any case: "Foreign Minister" holds "foreign
 * minister")? O(|t| * |w|). */
static bool holds_words(const char *t, const char *w)
{
    for (const char *p = w; *p;) {
        while (*p == ' ')
            p++;
        size_t n = strcspn(p, " ");
        if (n && !parley_text_holds_word(t, p, n))
            return false;
        p += n;
    }
    return true;
}

/* The country of the one person named who holds the office that owns en's title ("Chief
 * Adviser's Press Secretary X": the Chief Adviser's), their country stated or else guessed in
 * guess[] (when not NULL); NULL when none or several. O(entities x title). */
static const char *owner_country(const parley_extraction *ex, size_t self, const char *const *guess)
{
    const parley_entity *en = &ex->entities[self];
    const char *poss = en->title ? strstr(en->title, "'s ") : NULL;
    char owner[96];
    size_t n = poss ? (size_t)(poss - en->title) : 0;
    if (!n || n >= sizeof owner)
        return NULL;
    memcpy(owner, en->title, n);
    owner[n] = '\0';
    const char *found = NULL;
    for (size_t i = 0; i < ex->n_entities; i++) {
        const parley_entity *o = &ex->entities[i];
        const char *oc = o->country ? o->country : guess ? guess[i] : NULL;
        if (i == self || o->type != PARLEY_ENTITY_PERSON || !oc || !o->title || strchr(o->title, '\'') ||
            !holds_words(o->title, owner))
            continue;
        if (found && strcmp(found, oc) != 0)
            return NULL;   /* (holders of several countries: none) */
        found = oc;
    }
    return found;
}

/* owner_country() as a rule, at the person's first mention. */
static const char *owner_title_rule(const parley_extraction *ex, const sentence_mentions *sm, size_t self,
                                    const parley_mention *pm)
{
    (void)sm;
    return ex->entities[self].mentions[0] == (uint32_t)(pm - ex->mentions) ? owner_country(ex, self, NULL) : NULL;
}

/* "King Felipe VI and Queen Letizia of Spain", "Spanish King Felipe and Queen Letizia": a royal
 * couple joined by "and" shares the country stated at either one's mention or found for either. */
static const char *royal_couple_rule(const parley_extraction *ex, const sentence_mentions *sm, size_t self,
                                     const parley_mention *pm)
{
    const parley_mention *a, *b;
    if ((size_t)pm->entity != self || pm->country)
        return NULL;
    /* "a welcome ceremony for the king and Queen Letizia": the consort of the one sovereign of
     * that office named in the story */
    const parley_text *t = &ex->text;
    size_t sb = t->sentences[pm->sentence].tok_begin;
    if (!and_pair(ex, sm, pm, 3, &a, &b)) {
        const parley_entity *me = &ex->entities[self];
        if (!me->title || !royal_title(ex->lex, me->title) || pm->tb < sb + 4 || !parley_text_tok_is(t, pm->tb - 2, "and") ||
            !parley_text_tok_is_ci(t, pm->tb - 4, "the") || (t->tokens[pm->tb - 3].flags & PARLEY_TOK_CAP))
            return NULL;
        const char *c = NULL;
        for (size_t i = 0; i < ex->n_entities; i++) {
            const parley_entity *o = &ex->entities[i];
            if (i == self || o->type != PARLEY_ENTITY_PERSON || !o->title || !o->country ||
                !parley_text_holds_word(o->title, t->text + t->tokens[pm->tb - 3].start,
                                        t->tokens[pm->tb - 3].end - t->tokens[pm->tb - 3].start))
                continue;
            if (c && strcmp(c, o->country) != 0)
                return NULL;
            c = o->country;
        }
        return c;
    }
    const parley_mention *other = pm == a ? b : a;
    const parley_entity *me = &ex->entities[self], *oe = &ex->entities[other->entity];
    const char *c = other->country ? other->country : oe->country;
    if (!c || !me->title || !oe->title || !royal_title(ex->lex, me->title) || !royal_title(ex->lex, oe->title))
        return NULL;
    return c;
}

/* Are country mentions a and o two countries joined by "and" ("Germany and Kenya", "Kenya and the
 * Philippines")? */
static bool country_pair(const parley_extraction *ex, const parley_mention *a, const parley_mention *o)
{
    return parley_text_tok_is(&ex->text, a->te, "and") && a->entity != o->entity &&
           (o->tb == a->te + 1 || (o->tb == a->te + 2 && parley_text_tok_is(&ex->text, a->te + 1, "the")));
}

/* The two countries of "between Germany and Kenya" in sentence s, into c[0] and c[1]; false when
 * the sentence has no such pair. */
static bool countries_between(const parley_extraction *ex, const sentence_mentions *sm, size_t s, const char **c)
{
    const parley_mention *prev = NULL;
    for (size_t j = sm->off[s]; (sm->has[s] & SM_COUNTRY) && j < sm->off[s + 1]; j++) {
        const parley_mention *o = &ex->mentions[sm->idx[j]];
        if (o->type != PARLEY_ENTITY_COUNTRY || o->entity < 0)
            continue;
        /* ... or the pair that signs, opening the sentence or its story: "India and the United
         * States on Friday signed a framework" */
        bool signs = false;
        if (prev && country_pair(ex, prev, o) &&
            (prev->tb == ex->text.sentences[s].tok_begin || ex->text.tokens[prev->tb - 1].kind == PARLEY_TOK_PUNCT))
            for (size_t q = o->te; q < o->te + 5 && q < ex->text.sentences[s].tok_end && !signs; q++)
                signs = parley_match(ex, q, PARLEY_LEX_SIGN, NULL) != 0;
        /* ... or the two of a hyphenated pair: "the Australia-Japan Special Strategic Partnership" */
        /* (two alone: not a chain, "the Lamu Port-South Sudan-Ethiopia Transport corridor") */
        bool hyphened = prev && prev->te + 1 == o->tb && parley_text_tok_is(&ex->text, prev->te, "-") &&
                        !(ex->text.tokens[prev->te].flags & PARLEY_TOK_SPACE) && prev->entity != o->entity &&
                        !(prev->tb > 0 && parley_text_tok_is(&ex->text, prev->tb - 1, "-")) &&
                        !(o->te < ex->text.n_tokens && parley_text_tok_is(&ex->text, o->te, "-"));
        if (prev && (hyphened || (country_pair(ex, prev, o) &&
                                  (signs || (prev->tb > 0 && parley_text_tok_is(&ex->text, prev->tb - 1, "between")))))) {
            c[0] = ex->entities[prev->entity].name;
            c[1] = ex->entities[o->entity].name;
            return true;
        }
        prev = o;
    }
    return false;
}

/* Of the two countries that sign in sentence s or one of the two before it ("an agreement between
 * Germany and Kenya", "India and the United States signed"), the one that is not oc; NULL when
 * none names oc. */
static const char *other_signing_country(const parley_extraction *ex, const sentence_mentions *sm, size_t s,
                                         const char *oc)
{
    const char *c[2];
    for (size_t back = 0; oc && back <= 2 && back <= s; back++)
        if (countries_between(ex, sm, s - back, c) && (strcmp(c[0], oc) == 0 || strcmp(c[1], oc) == 0))
            return strcmp(c[0], oc) == 0 ? c[1] : c[0];
    return NULL;
}

/* "Dar, who led a delegation including Interior Minister X", "X led a delegation that included
 * A and B": the leader's mention of the delegation person mention pm is a member of, or NULL. The
 * inclusion is looked for among the 24 tokens before the person (names, titles, commas and "and"
 * between), the leader among the 8 before "led". O(tokens between + mentions of the sentence). */
static const parley_mention *delegation_led_by(const parley_extraction *ex, const sentence_mentions *sm,
                                               const parley_mention *pm)
{
    const parley_text *t = &ex->text;
    size_t s = pm->sentence, sb = t->sentences[s].tok_begin, inc = SIZE_MAX;
    for (size_t q = pm->tb; q-- > sb && q + 24 > pm->tb && inc == SIZE_MAX;) {
        if (parley_text_tok_is(t, q, "including") || parley_text_tok_is(t, q, "included") || parley_text_tok_is(t, q, "includes"))
            inc = q;
        else if (!(parley_text_tok_is(t, q, ",") || parley_text_tok_is(t, q, "and") ||
                   (t->tokens[q].kind == PARLEY_TOK_WORD && (t->tokens[q].flags & PARLEY_TOK_CAP)) ||
                   parley_match(ex, q, PARLEY_LEX_DOMAIN, NULL) || parley_match(ex, q, PARLEY_LEX_OFFICE, NULL)))
            break;
    }
    if (inc == SIZE_MAX || inc < sb + 2)
        return NULL;
    size_t d = inc - 1;
    if (parley_text_tok_is(t, d, "also") && d > sb)
        d--;
    if (parley_text_tok_is(t, d, "that") || parley_text_tok_is(t, d, "which"))
        d--;
    if (parley_text_tok_is(t, d, ",") && d > sb)
        d--;
    /* "... received a delegation led by Senator X. The delegation, which also includes Senators A
     * and B, ...": the leader told in one of the two sentences before */
    if (d == sb + 1 && parley_text_tok_is_ci(t, sb, "the") && parley_text_tok_is_ci(t, d, "delegation")) {
        for (size_t s2 = s; s2-- > 0 && s2 + 3 > s;) {
            const parley_sentence *ps = &t->sentences[s2];
            for (size_t q = ps->tok_begin; q + 3 < ps->tok_end; q++) {
                if (!parley_text_tok_is_ci(t, q, "delegation"))
                    continue;
                size_t r = q + 1;
                while (r + 1 < ps->tok_end && r < q + 8 && !parley_text_tok_is(t, r, "led") && !parley_text_tok_is(t, r, "headed"))
                    r++;
                if (!(parley_text_tok_is(t, r, "led") || parley_text_tok_is(t, r, "headed")) ||
                    !parley_text_tok_is(t, r + 1, "by"))
                    continue;
                for (size_t j = sm->off[s2]; j < sm->off[s2 + 1]; j++) {
                    const parley_mention *o = &ex->mentions[sm->idx[j]];
                    if (o->type == PARLEY_ENTITY_PERSON && o->entity >= 0 && o->entity != pm->entity && o->tb > r + 1 &&
                        o->tb <= r + 6)
                        return o;
                }
            }
        }
        return NULL;
    }
    if (d < sb + 3 || !parley_text_tok_is_ci(t, d, "delegation") ||
        !(parley_text_tok_is(t, d - 1, "a") || parley_text_tok_is(t, d - 1, "the")) ||
        !(parley_text_tok_is(t, d - 2, "led") || parley_text_tok_is(t, d - 2, "headed")))
        return NULL;
    size_t led = d - 2;
    const parley_mention *leader = NULL;
    for (size_t j = sm->off[s]; j < sm->off[s + 1]; j++) {
        const parley_mention *o = &ex->mentions[sm->idx[j]];
        if (o->te > led)
            break;
        if (o->type == PARLEY_ENTITY_PERSON && o->entity >= 0 && o->entity != pm->entity && o->te + 8 >= led)
            leader = o;
    }
    return leader;
}

/* A member of a delegation someone is said to lead is of the leader's country (when known). */
static const char *led_delegation_member_rule(const parley_extraction *ex, const sentence_mentions *sm, size_t self,
                                              const parley_mention *pm)
{
    if ((size_t)pm->entity != self || pm->country)
        return NULL;
    const parley_mention *leader = delegation_led_by(ex, sm, pm);
    return leader ? ex->entities[leader->entity].country : NULL;
}

/* "The two leaders were joined by International Relations Minister X and his Angolan counterpart
 * Y": one whose counterpart is said to be of country D, after a meeting of people of two countries
 * (in that sentence or the one before), one of them D, is of the other. O(mentions of the two
 * sentences). */
static const char *counterpart_side_rule(const parley_extraction *ex, const sentence_mentions *sm, size_t self,
                                         const parley_mention *pm)
{
    const parley_text *t = &ex->text;
    size_t s = pm->sentence, q = pm->te, se = t->sentences[s].tok_end;
    if ((size_t)pm->entity != self || pm->country || q + 3 >= se || !parley_text_tok_is(t, q, "and") ||
        !(parley_text_tok_is(t, q + 1, "his") || parley_text_tok_is(t, q + 1, "her")))
        return NULL;
    const parley_lex_entry *de = NULL;
    size_t dl = parley_match(ex, q + 2, PARLEY_LEX_DEMONYM, &de);
    if (!dl || !de || q + 2 + dl >= se || !parley_text_tok_is(t, q + 2 + dl, "counterpart"))
        return NULL;
    const char *c1 = NULL, *c2 = NULL;
    for (size_t p = s > 0 ? s - 1 : s; p <= s; p++)
        for (size_t j = sm->off[p]; j < sm->off[p + 1] && j < sm->off[p] + 64; j++) {
            const parley_mention *o = &ex->mentions[sm->idx[j]];
            if (o->type != PARLEY_ENTITY_PERSON || o->entity < 0 || (size_t)o->entity == self || (p == s && o->tb > pm->tb))
                continue;
            const char *c = ex->entities[o->entity].country;
            if (!c || (c1 && strcmp(c, c1) == 0) || (c2 && strcmp(c, c2) == 0))
                continue;
            if (!c1)
                c1 = c;
            else if (!c2)
                c2 = c;
            else
                return NULL;   /* (three countries: no pair) */
        }
    if (!c1 || !c2)
        return NULL;
    return strcmp(c1, de->canonical) == 0 ? c2 : strcmp(c2, de->canonical) == 0 ? c1 : NULL;
}

/* "Trump was accompanied by the secretary of state, Marco Rubio": one accompanied by someone of a
 * stated country, first named after "accompanied by" (a title and an apposition's comma between),
 * is of it: a suite is the principal's own. O(12 tokens + mentions of the sentence). */
static const char *accompanied_principal_rule(const parley_extraction *ex, const sentence_mentions *sm, size_t self,
                                              const parley_mention *pm)
{
    const parley_text *t = &ex->text;
    size_t s = pm->sentence, se = t->sentences[s].tok_end, q = pm->te;
    if ((size_t)pm->entity != self || pm->country || q + 3 >= se || !(parley_text_tok_is(t, q, "was") || parley_text_tok_is(t, q, "is")))
        return NULL;
    q++;
    if (parley_text_tok_is(t, q, "also"))
        q++;
    if (!parley_text_tok_is(t, q, "accompanied") || !parley_text_tok_is(t, q + 1, "by"))
        return NULL;
    for (size_t j = sm_from(ex, sm, s, q + 2); j < sm->off[s + 1]; j++) {
        const parley_mention *o = &ex->mentions[sm->idx[j]];
        if (o->tb > q + 14)
            break;
        if (o->type != PARLEY_ENTITY_PERSON || o->entity < 0 || (size_t)o->entity == self)
            continue;
        /* (the words between: a title's, "the", "his", "her", an apposition's comma) */
        for (size_t k = q + 2; k < o->tb; k++)
            if (t->tokens[k].kind != PARLEY_TOK_WORD && !parley_text_tok_is(t, k, ","))
                return NULL;
        return ex->entities[o->entity].country;
    }
    return NULL;
}

/* "Downing Street said Starmer had not met ...", "the Kremlin said Putin would ...": one named right
 * after a seat of government and its speech verb is the seat's leader, of its country. O(1) a
 * mention. */
static const char *seat_said_rule(const parley_extraction *ex, const sentence_mentions *sm, size_t self,
                                  const parley_mention *pm)
{
    static const char *const speech[] = {"said", "says", NULL};
    const parley_text *t = &ex->text;
    size_t s = pm->sentence, sb = t->sentences[s].tok_begin;
    if ((size_t)pm->entity != self || pm->country || pm->tb < sb + 2)
        return NULL;
    size_t v = pm->tb - 1;
    if (parley_text_tok_is(t, v, "that") && v > sb + 1)
        v--;
    if (!parley_text_tok_in_ci(t, v, speech))
        return NULL;
    for (size_t j = sm_from(ex, sm, s, v > sb + 6 ? v - 6 : sb); j < sm->off[s + 1]; j++) {
        const parley_mention *o = &ex->mentions[sm->idx[j]];
        if (o->tb >= v)
            break;
        if (o->te == v && o->type == PARLEY_ENTITY_ORGANIZATION && o->lex && o->lex->kind == PARLEY_LEX_ORG &&
            o->lex->country && *o->lex->country)
            return o->lex->country;
    }
    return NULL;
}

/* "The Hamas delegation included senior officials A and B": a member of a delegation named after a
 * body of one country (the lexicon's) is of that country. The delegation's members words (the
 * lexicon's, "delegation included", "delegation, led by") are looked for among the 12 tokens before
 * the person, the body right before "delegation". O(mentions of the sentence). */
static const char *body_delegation_member_rule(const parley_extraction *ex, const sentence_mentions *sm, size_t self,
                                               const parley_mention *pm)
{
    if ((size_t)pm->entity != self || pm->country)
        return NULL;
    const parley_text *t = &ex->text;
    size_t s = pm->sentence, sb = t->sentences[s].tok_begin, d = SIZE_MAX;
    for (size_t q = pm->tb; q-- > sb + 1 && q + 12 > pm->tb && d == SIZE_MAX;) {
        size_t l;
        if ((parley_text_tok_is_ci(t, q, "delegation") || parley_text_tok_is_ci(t, q, "team")) &&
            (l = parley_match(ex, q, PARLEY_LEX_MEMBERS, NULL)) && q + l <= pm->tb)
            d = q;
        else if (t->tokens[q].kind != PARLEY_TOK_WORD && !parley_text_tok_is(t, q, ","))
            break;
    }
    if (d == SIZE_MAX)
        return NULL;
    for (size_t j = sm_from(ex, sm, s, d > sb + 6 ? d - 6 : sb); j < sm->off[s + 1]; j++) {
        const parley_mention *o = &ex->mentions[sm->idx[j]];
        if (o->tb >= d)
            break;
        if (o->te == d && o->type == PARLEY_ENTITY_ORGANIZATION && o->entity >= 0 && o->lex && o->lex->country &&
            *o->lex->country)
            return o->lex->country;
    }
    return NULL;
}

/* "received a delegation of the United States Congress. The delegation included: - Senator X;": a
 * person of a list's item, the list opened by the delegation's members, is of the country of the
 * delegation told just before ("a delegation of the United States Congress", "the Ukrainian
 * delegation"). */
static const char *delegation_list_rule(const parley_extraction *ex, const sentence_mentions *sm, size_t self,
                                        const parley_mention *pm)
{
    size_t s = pm->sentence;
    if ((size_t)pm->entity != self || pm->country || !ex->text.sentences[s].item)
        return NULL;
    size_t intro = s;
    while (intro > 0 && ex->text.sentences[intro].item)
        intro--;
    const parley_sentence *is = &ex->text.sentences[intro];
    if (ex->text.sentences[intro].item || is->tok_end < is->tok_begin + 2 || !parley_text_tok_is(&ex->text, is->tok_end - 1, ":"))
        return NULL;
    bool members = false;
    for (size_t q = is->tok_begin; q < is->tok_end && !members; q++)
        members = parley_match(ex, q, PARLEY_LEX_MEMBERS, NULL) > 0;
    /* the delegation said in the intro or the sentence before it */
    for (size_t k = intro + 1; members && k-- > 0 && k + 2 > intro;) {
        for (size_t j = sm->off[k]; j < sm->off[k + 1]; j++) {
            const parley_mention *o = &ex->mentions[sm->idx[j]];
            const parley_text *t = &ex->text;
            if (o->entity < 0 || !(o->type == PARLEY_ENTITY_COUNTRY || o->type == PARLEY_ENTITY_ORGANIZATION))
                continue;
            /* "a delegation of [the] X", "the X delegation" */
            size_t b = o->tb > 0 && parley_text_tok_is(t, o->tb - 1, "the") ? o->tb - 1 : o->tb;
            bool of = b >= 2 && parley_text_tok_is(t, b - 1, "of") && parley_text_tok_is_ci(t, b - 2, "delegation");
            bool adj = o->te < t->n_tokens && parley_text_tok_is_ci(t, o->te, "delegation");
            if (!of && !adj)
                continue;
            if (o->type == PARLEY_ENTITY_COUNTRY)
                return ex->entities[o->entity].name;
            if (o->lex && o->lex->country)
                return o->lex->country;
            /* (a body named after its country: "the United States Congress") */
            const parley_lex_entry *ce = NULL;
            size_t n0 = parley_text_tok_is_ci(t, o->tb, "the") ? o->tb + 1 : o->tb;
            if (n0 < o->te && parley_match(ex, n0, PARLEY_LEX_COUNTRY, &ce) && ce)
                return ce->canonical;
            return ex->entities[o->entity].country;
        }
    }
    return NULL;
}

/* Does a journey home open at token q: "flew back to", "returned home to", "before heading back
 * to" (a going verb, "back" or "home", "to")? The token after "to" in *after. O(1). */
static bool home_journey_at(const parley_extraction *ex, size_t q, size_t end, size_t *after)
{
    static const char *const going[] = {"flew", "flying", "fly", "headed", "heading", "head", "travelled", "traveled",
                                        "travelling", "traveling", "returned", "returning", "return", "went", "going",
                                        NULL};
    const parley_text *t = &ex->text;
    if (q + 3 >= end || !parley_text_tok_in_ci(t, q, going) ||
        !(parley_text_tok_is(t, q + 1, "back") || parley_text_tok_is(t, q + 1, "home")) ||
        !parley_text_tok_is(t, q + 2, "to"))
        return false;
    *after = q + 3;
    return true;
}

/* The country of a place at token b, a city of the lexicon or a country mentioned in sentence s,
 * or NULL. */
static const char *place_country_at(const parley_extraction *ex, const sentence_mentions *sm, size_t s, size_t b)
{
    for (size_t j = sm_from(ex, sm, s, b); j < sm->off[s + 1]; j++) {
        const parley_mention *o = &ex->mentions[sm->idx[j]];
        if (o->tb != b || o->entity < 0)
            return NULL;
        if (o->type == PARLEY_ENTITY_COUNTRY)
            return ex->entities[o->entity].name;
        if (o->type == PARLEY_ENTITY_LOCATION)
            return ex->entities[o->entity].country;
        return NULL;
    }
    return NULL;
}

/* "X ... flew back to Canberra on Thursday evening", "He flew back to Canberra" right after a
 * sentence X opens, "X met Y before heading back to Washington": the subject of a journey home is
 * of the country of the place it ends in. Person mention pm must be its sentence's first person;
 * a finite verb must follow with no one else named between (not "X met Y, who flew back to Z").
 * O(tokens of the sentence and the next). */
static const char *home_journey_rule(const parley_extraction *ex, const sentence_mentions *sm, size_t self,
                                     const parley_mention *pm)
{
    size_t s = pm->sentence;
    if ((size_t)pm->entity != self || pm->role_of >= 0)
        return NULL;
    for (size_t j = sm->off[s]; j < sm->off[s + 1]; j++) {
        const parley_mention *o = &ex->mentions[sm->idx[j]];
        if (o->type == PARLEY_ENTITY_PERSON) {
            if (o != pm && o->entity != pm->entity)
                return NULL;
            break;
        }
    }
    const parley_text *t = &ex->text;
    const parley_sentence *se = &t->sentences[s];
    bool other = false;   /* someone else named since the subject */
    size_t after;
    for (size_t q = pm->te; q < se->tok_end; q++) {
        for (size_t j = sm_from(ex, sm, s, q); !other && j < sm->off[s + 1] && ex->mentions[sm->idx[j]].tb == q; j++)
            other = ex->mentions[sm->idx[j]].type == PARLEY_ENTITY_PERSON && ex->mentions[sm->idx[j]].entity != pm->entity;
        if (!home_journey_at(ex, q, se->tok_end, &after))
            continue;
        /* (a participle after "before" or "after" is the subject's: "X met Y before flying back") */
        bool participle = q > se->tok_begin && (parley_text_tok_is(t, q - 1, "before") || parley_text_tok_is(t, q - 1, "after"));
        if (other && !participle)
            return NULL;
        return place_country_at(ex, sm, s, after);
    }
    /* "He flew back to Canberra", "She later returned home to Seoul" in the next sentence */
    if (s + 1 >= t->n_sentences)
        return NULL;
    const parley_sentence *ne = &t->sentences[s + 1];
    size_t q = ne->tok_begin;
    if (q + 1 >= ne->tok_end || !(parley_text_tok_is(t, q, "He") || parley_text_tok_is(t, q, "She")))
        return NULL;
    q++;
    if (parley_text_tok_is(t, q, "later") || parley_text_tok_is(t, q, "then"))
        q++;
    if (!home_journey_at(ex, q, ne->tok_end, &after))
        return NULL;
    /* (the pronoun is the subject's of the sentence before: one who opens it, past a title) */
    for (size_t r = se->tok_begin; r < pm->tb; r++)
        if (!(t->tokens[r].kind == PARLEY_TOK_WORD && ((t->tokens[r].flags & PARLEY_TOK_CAP) || parley_text_tok_is(t, r, "of") ||
                                                      parley_text_tok_is(t, r, "the"))) ||
            r + 8 < pm->tb)
            return NULL;
    return place_country_at(ex, sm, s + 1, after);
}

/* "attended by A, Minister for Foreign Affairs, and B, Minister of Defense, from the Japanese side,
 * and C ... from the Australian side": the people listed before a side phrase are of its country
 * (the first side phrase after them, in the sentence); "On the Palestinian side, it was attended
 * by X": after one opening the sentence. O(40). */
static const char *side_rule(const parley_extraction *ex, const sentence_mentions *sm, size_t self,
                             const parley_mention *pm)
{
    (void)sm;
    size_t s = pm->sentence, sb = ex->text.sentences[s].tok_begin, se = ex->text.sentences[s].tok_end;
    if ((size_t)pm->entity != self || pm->country)
        return NULL;
    /* (not past another clause: "attended by A, while from the American side it was attended by
     * B"; nor a side of a place: "on the Syrian side of the Iraqi border") */
    static const char *const clause[] = {"while", "whereas", "but", "it", "was", "were", "who", "which", "where", NULL};
    /* (nor the next side's: "attended by A, Minister of Foreign Affairs, and from the Ugandan side
     * by B") */
    for (size_t q = pm->te; q < se && q < pm->te + 40 && !parley_text_tok_in_ci(&ex->text, q, clause) &&
                            !parley_text_tok_is(&ex->text, q, ";") &&
                            !(q + 1 < se && parley_text_tok_is(&ex->text, q, "and") &&
                              (parley_text_tok_is(&ex->text, q + 1, "from") || parley_text_tok_is(&ex->text, q + 1, "on")));
         q++)
        if (parley_text_tok_is_ci(&ex->text, q, "side") || parley_text_tok_is_ci(&ex->text, q, "sides")) {
            const char *c = q + 1 < se && parley_text_tok_is(&ex->text, q + 1, "of") ? NULL : parley_side_country(ex, q, sb);
            if (c || parley_text_tok_is_ci(&ex->text, q, "sides"))
                return c;
        }
    /* (opening the sentence, a comma after it) */
    if (sb + 4 < pm->tb && (parley_text_tok_is_ci(&ex->text, sb + 3, "side") || parley_text_tok_is_ci(&ex->text, sb + 4, "side"))) {
        size_t q = parley_text_tok_is_ci(&ex->text, sb + 3, "side") ? sb + 3 : sb + 4;
        if (q + 1 < pm->tb && parley_text_tok_is(&ex->text, q + 1, ","))
            return parley_side_country(ex, q, sb);
    }
    return NULL;
}

/* The first two distinct people of sentence s named before token `before` (a host, then a guest,
 * when a host verb follows the first): in *host and *guest, NULL when fewer. O(mentions of the
 * sentence before the token). */
static void host_and_guest(const parley_extraction *ex, const sentence_mentions *sm, size_t s, size_t before,
                           const parley_mention **host, const parley_mention **guest)
{
    *host = *guest = NULL;
    for (size_t j = sm->off[s]; j < sm->off[s + 1] && !*guest; j++) {
        const parley_mention *o = &ex->mentions[sm->idx[j]];
        if (o->tb >= before)
            break;
        if (o->type != PARLEY_ENTITY_PERSON || o->entity < 0)
            continue;
        if (!*host)
            *host = o;
        else if (o->entity != (*host)->entity)
            *guest = o;
    }
}

/* "Kim Jong Un received Sergey Shoigu in the presence of Foreign Minister Choe Son Hui" ("..., in
 * a meeting that also included Economy Minister A and B"): one
 * present at a reception is of the host's country (the sentence's first person, the subject of a
 * host verb, of a country known), when the guest is not known to be of it. O(mentions of the
 * sentence). */
static const char *presence_rule(const parley_extraction *ex, const sentence_mentions *sm, size_t self,
                                 const parley_mention *pm)
{
    size_t s = pm->sentence, sb = ex->text.sentences[s].tok_begin, q = pm->tb;
    if ((size_t)pm->entity != self || pm->country || pm->role_of >= 0)
        return NULL;
    /* back over the title's words to "in the presence of" */
    while (q > sb && q + 8 > pm->tb && ex->text.tokens[q - 1].kind == PARLEY_TOK_WORD && !parley_text_tok_is(&ex->text, q - 1, "of"))
        q--;
    if (q < sb + 3 || !parley_text_tok_is(&ex->text, q - 1, "of") || !parley_text_tok_is(&ex->text, q - 2, "presence")) {
        /* ... or to "in a meeting that also included" (the list's words between: "A and B") */
        q = SIZE_MAX;
        for (size_t r = pm->tb; r-- > sb + 2 && r + 24 > pm->tb && q == SIZE_MAX;) {
            if (parley_text_tok_is(&ex->text, r, "included")) {
                size_t w = parley_text_tok_is(&ex->text, r - 1, "also") ? r - 2 : r - 1;
                if (parley_text_tok_is(&ex->text, w, "that") || parley_text_tok_is(&ex->text, w, "which"))
                    q = w;
                break;
            }
            if (ex->text.tokens[r].kind != PARLEY_TOK_WORD && !parley_text_tok_is(&ex->text, r, ","))
                break;
        }
        if (q == SIZE_MAX)
            return NULL;
    }
    const parley_mention *host, *guest;
    host_and_guest(ex, sm, s, q, &host, &guest);
    size_t vl;
    if (!host || !guest || host->entity == (int)self || host_verb_after(ex, host, &vl) == SIZE_MAX)
        return NULL;
    const char *hc = ex->entities[host->entity].country, *gc = ex->entities[guest->entity].country;
    return hc && !(gc && strcmp(gc, hc) == 0) ? hc : NULL;
}

/* "X received visiting President Y ... The meeting was also attended by Foreign Minister Z": one
 * who attends a reception told in one of the two sentences before, in a sentence of attendance
 * ("attended by" before the name, or "present" after it) that names no one before those words, is of the
 * host's country when the host (the first person there, the subject of a host verb) is of the
 * dateline's and the guest is not known to be of it. Others attending with the person count as
 * such ("attended by Egyptian intelligence chief A and Foreign Minister B"). The attendance
 * words are looked for among the 256 tokens before the name. O(mentions of the two sentences
 * before and of the sentence up to those words). */
static const char *attendance_rule(const parley_extraction *ex, const sentence_mentions *sm, size_t self,
                                   const parley_mention *pm)
{
    size_t s = pm->sentence, sb = ex->text.sentences[s].tok_begin, se = ex->text.sentences[s].tok_end;
    if ((size_t)pm->entity != self || pm->country || pm->role_of >= 0 || ex->dateline_place < 0 || s == 0)
        return NULL;
    const char *dateline = ex->entities[ex->dateline_place].country;
    if (!dateline)
        return NULL;
    size_t att = SIZE_MAX;   /* the words of attendance: people before them are others */
    for (size_t q = pm->tb > sb + 256 ? pm->tb - 256 : sb; q + 1 < pm->tb && att == SIZE_MAX; q++)
        if (parley_text_tok_is(&ex->text, q, "attended") && parley_text_tok_is(&ex->text, q + 1, "by"))
            att = q;
    for (size_t q = pm->te; att == SIZE_MAX && q < se && q < pm->te + 4; q++)
        if (parley_text_tok_is(&ex->text, q, "present"))
            att = sb;   /* ("A and B were also present": all of them attend) */
    /* ("A and Canadian Foreign Minister B also participated in the meeting": join words after
     * the list the person opens) */
    for (size_t q = pm->te; att == SIZE_MAX && q < se && q < pm->te + 12 && ex->text.tokens[q].kind == PARLEY_TOK_WORD; q++)
        if (parley_match(ex, q, PARLEY_LEX_JOIN, NULL))
            att = sb;
    if (att == SIZE_MAX)
        return NULL;
    for (size_t j = sm->off[s]; j < sm->off[s + 1] && ex->mentions[sm->idx[j]].tb < att; j++)
        if (ex->mentions[sm->idx[j]].type == PARLEY_ENTITY_PERSON)
            return NULL;   /* ("X's meeting with Y was attended by Z") */
    for (size_t k = s; k-- > 0 && k + 3 > s;) {
        const parley_mention *host, *guest;
        host_and_guest(ex, sm, k, SIZE_MAX, &host, &guest);
        size_t vl;
        if (!host || !guest)
            continue;
        if (host->entity == (int)self || guest->entity == (int)self || host_verb_after(ex, host, &vl) == SIZE_MAX)
            return NULL;
        const char *hc = ex->entities[host->entity].country, *gc = ex->entities[guest->entity].country;
        if (!hc || strcmp(hc, dateline) != 0 || (gc && strcmp(gc, hc) == 0))
            return NULL;
        /* (a royal title is no republic's: "Crown Prince X" at a dinner in Cairo) */
        const char *t = ex->entities[self].title;
        int err = 0;
        if (t && royal_title(ex->lex, t) && !lexicon_has(ex, PARLEY_LEX_MONARCHY, hc, strlen(hc), &err))
            return NULL;
        return err ? NULL : hc;
    }
    return NULL;
}

/* "X paid a courtesy call on Turkey's Minister Y ... the two discussed relations between Ghana and
 * Turkey": one who meets someone of one of the two countries of "between A and B", said in the
 * meeting's sentence or the next, is of the other. */
static const char *between_partner_rule(const parley_extraction *ex, const sentence_mentions *sm, size_t self,
                                        const parley_mention *pm)
{
    const char *c[2];
    size_t s = pm->sentence;
    if ((size_t)pm->entity != self || pm->country || meet_after(ex, sm, pm) == SIZE_MAX)
        return NULL;
    for (size_t k = s; k <= s + 1 && k < ex->text.n_sentences; k++) {
        if (!countries_between(ex, sm, k, c))
            continue;
        bool visitor;
        const char *met = met_persons_country(ex, sm, &ex->entities[self], (int)self, &visitor);
        if (met && (strcmp(c[0], met) == 0 || strcmp(c[1], met) == 0))
            return strcmp(c[0], met) == 0 ? c[1] : c[0];
        return NULL;
    }
    return NULL;
}

/* Do signing words and "by" ("signed by") end within `span` tokens before token t (sentence
 * start sb)? */
static bool signed_by_before(const parley_extraction *ex, size_t sb, size_t t, size_t span)
{
    for (size_t q = t; q-- > sb && q + span > t;)
        if (parley_text_tok_is(&ex->text, q, "by") && q > sb && parley_match(ex, q - 1, PARLEY_LEX_SIGN, NULL))
            return true;
    return false;
}

/* "an agreement between Germany and Kenya ... signed by Federal Minister A and Kenya's Cabinet
 * Secretary B": of two signatories joined by "and", the one with no country stated is of the
 * other party. */
static const char *signatory_rule(const parley_extraction *ex, const sentence_mentions *sm, size_t self,
                                  const parley_mention *pm)
{
    size_t s = pm->sentence, sb = ex->text.sentences[s].tok_begin, se = ex->text.sentences[s].tok_end;
    if ((size_t)pm->entity != self || pm->country)
        return NULL;
    /* (a signing's words within a pair's length before: cheap, so that a sentence listing
     * thousands of people stays linear) */
    if (!signed_by_before(ex, sb, pm->tb, 26))
        return NULL;
    /* the other signatory: the next person after "and" (pm first, after "signed by") or the one
     * before it (pm second), among the mentions near pm */
    const parley_mention *first = NULL, *second = NULL, *prev = NULL;
    for (size_t j = sm_from(ex, sm, s, pm->tb > 14 ? pm->tb - 14 : 0);
         j < sm->off[s + 1] && !second && ex->mentions[sm->idx[j]].tb <= pm->te + 14; j++) {
        const parley_mention *o = &ex->mentions[sm->idx[j]];
        if (o->type != PARLEY_ENTITY_PERSON || o->entity < 0)
            continue;
        if (prev && (prev == pm || o == pm) && prev->entity != o->entity && prev->te < se &&
            parley_text_tok_is(&ex->text, prev->te, "and") && o->tb > prev->te && o->tb <= prev->te + 12) {
            bool plain = true;   /* only a title between: capitalised words, "of", "for", "'s" */
            for (size_t q = prev->te + 1; q < o->tb && plain; q++)
                plain = (ex->text.tokens[q].kind == PARLEY_TOK_WORD && (ex->text.tokens[q].flags & PARLEY_TOK_CAP)) ||
                        parley_text_tok_is(&ex->text, q, "of") || parley_text_tok_is(&ex->text, q, "for") ||
                        parley_text_tok_is(&ex->text, q, "the") || parley_text_tok_poss(&ex->text, q);
            if (plain) {
                first = prev;
                second = o;
            }
        }
        prev = o;
    }
    if (!second)
        return NULL;
    /* "signed by" before the pair, its title between */
    if (!signed_by_before(ex, sb, first->tb, 10))
        return NULL;
    const parley_mention *other = pm == first ? second : first;
    const char *oc = mention_country(ex, other);
    return other_signing_country(ex, sm, s, oc);
}

/* "A and his Philippine counterpart, B": pm and the counterpart named within ten tokens after
 * "and" right after it. */
static bool counterpart_pair(const parley_extraction *ex, const sentence_mentions *sm, const parley_mention *pm,
                             const parley_mention **first, const parley_mention **second)
{
    size_t s = pm->sentence;
    if (pm->te >= ex->text.sentences[s].tok_end || !parley_text_tok_is(&ex->text, pm->te, "and"))
        return false;
    for (size_t j = sm_from(ex, sm, s, pm->te); j < sm->off[s + 1]; j++) {
        const parley_mention *o = &ex->mentions[sm->idx[j]];
        if (o->tb > pm->te + 10)
            break;
        if (o->type != PARLEY_ENTITY_PERSON || o->entity < 0 || o->entity == pm->entity || o->role_of >= 0)
            continue;
        if (!o->counterpart)
            return false;
        *first = pm;
        *second = o;
        return true;
    }
    return false;
}

/* "Japan and the Philippines on Monday signed a Reciprocal Access Agreement. Foreign Minister A
 * and Defense Minister B signed the pact with Philippine Defense Secretary C": who signs with
 * someone of one of the two signing countries is of the other. */
static const char *signed_with_rule(const parley_extraction *ex, const sentence_mentions *sm, size_t self,
                                    const parley_mention *pm)
{
    size_t s = pm->sentence, se = ex->text.sentences[s].tok_end;
    if ((size_t)pm->entity != self || pm->country)
        return NULL;
    /* the signing words after the person (past a second subject "and B"), then "with" */
    size_t q = pm->te, w = SIZE_MAX;
    while (q < se && q < pm->te + 12 && !parley_match(ex, q, PARLEY_LEX_SIGN, NULL))
        q++;
    for (size_t k = q; q < se && k < se && k < q + 8 && w == SIZE_MAX; k++)
        if (parley_text_tok_is(&ex->text, k, "with"))
            w = k;
    if (w == SIZE_MAX)
        return NULL;
    const char *oc = NULL;
    for (size_t j = sm_from(ex, sm, s, w); j < sm->off[s + 1] && !oc; j++) {
        const parley_mention *o = &ex->mentions[sm->idx[j]];
        if (o->tb > w + 8)
            break;
        if (o->type == PARLEY_ENTITY_PERSON && o->entity >= 0 && (size_t)o->entity != self)
            oc = mention_country(ex, o);
    }
    return other_signing_country(ex, sm, s, oc);
}

/* "Kazakh, Uzbek presidents meet in Khiva" over "A and B held talks ...": the headline's
 * demonyms before a plural office are the pair's, in order, when the pair opens the story (no
 * person named before it) and says no country of its own. */
static const char *headline_pair(const parley_extraction *ex, const sentence_mentions *sm, const parley_mention *pm,
                                 const parley_mention *a, const parley_mention *b)
{
    /* (the pair opens the story) */
    for (size_t j = sm->off[0]; j < sm->off[a->sentence + 1]; j++) {
        const parley_mention *o = &ex->mentions[sm->idx[j]];
        if (o->type == PARLEY_ENTITY_PERSON && o->tb < a->tb && !ex->text.sentences[o->sentence].headline)
            return NULL;
    }
    for (size_t h = 0; h < a->sentence; h++) {
        const parley_sentence *hs = &ex->text.sentences[h];
        if (!hs->headline)
            continue;
        for (size_t q = hs->tok_begin; q + 3 < hs->tok_end; q++) {
            const parley_lex_entry *d1 = NULL, *d2 = NULL;
            size_t l1 = parley_match(ex, q, PARLEY_LEX_DEMONYM, &d1);
            if (!l1 || !d1 || q + l1 + 2 >= hs->tok_end)
                continue;
            size_t r = q + l1;
            if (!parley_text_tok_is(&ex->text, r, ",") && !parley_text_tok_is(&ex->text, r, "and"))
                continue;
            size_t l2 = parley_match(ex, r + 1, PARLEY_LEX_DEMONYM, &d2);
            size_t w = r + 1 + l2;
            if (!l2 || !d2 || w >= hs->tok_end || strcmp(d1->canonical, d2->canonical) == 0)
                continue;
            /* (a domain may stand before the office: "Kazakh, Uzbek defence ministers") */
            while (w + 1 < hs->tok_end && parley_match(ex, w, PARLEY_LEX_DOMAIN, NULL))
                w += parley_match(ex, w, PARLEY_LEX_DOMAIN, NULL);
            const parley_token *ot = &ex->text.tokens[w];
            if (ot->kind != PARLEY_TOK_WORD || !parley_plural_office(ex, ex->text.text + ot->start, ot->end - ot->start))
                continue;
            /* (a country stated for either must be the headline's for it: "Defense Minister A and
             * his Philippine counterpart, B" under "Japanese, Philippine defense chiefs ...") */
            if ((a->country && strcmp(a->country, d1->canonical) != 0) || (b->country && strcmp(b->country, d2->canonical) != 0))
                return NULL;
            return pm == a ? d1->canonical : d2->canonical;
        }
    }
    return NULL;
}

static const char *headline_pair_rule(const parley_extraction *ex, const sentence_mentions *sm, size_t self,
                                      const parley_mention *pm)
{
    const parley_mention *a, *b;
    if ((size_t)pm->entity != self || pm->country || pm->sentence > 6 || !and_pair(ex, sm, pm, 0, &a, &b))
        return NULL;
    return headline_pair(ex, sm, pm, a, b);
}

/* The same for "A and his Philippine counterpart, B" opening the story, once the countries that
 * the sentences name have been read (what it settles early would hide a country from others). */
static const char *headline_counterpart_rule(const parley_extraction *ex, const sentence_mentions *sm, size_t self,
                                             const parley_mention *pm)
{
    const parley_mention *a, *b;
    if ((size_t)pm->entity != self || pm->country || pm->sentence > 6 || !counterpart_pair(ex, sm, pm, &a, &b))
        return NULL;
    return headline_pair(ex, sm, pm, a, b);
}

/* "Indonesia and Australia inked a defence agreement ..., with Defence Minister A and Deputy
 * Prime Minister B putting pen to paper": two countries that sign, then two people joined by
 * "and" in the same sentence: the one whose country is not said is of the country the other is
 * not of, or, neither said, of the country in the same place of the list. */
static const char *signing_countries_rule(const parley_extraction *ex, const sentence_mentions *sm, size_t self,
                                          const parley_mention *pm)
{
    size_t s = pm->sentence;
    if ((size_t)pm->entity != self || pm->country || (!(sm->has[s] & SM_COUNTRY) && !(s > 0 && (sm->has[s - 1] & SM_COUNTRY))))
        return NULL;
    const parley_mention *a, *b;
    if (!and_pair(ex, sm, pm, 5, &a, &b))
        return NULL;
    /* the two countries before the pair, the subject of a signing */
    const parley_mention *prev = NULL, *c1 = NULL, *c2 = NULL;
    /* ("Japan and the Philippines signed the agreement in Manila. The agreement was signed by A and
     * B": the countries of the sentence before, when the pair signs "by") */
    size_t cs = s;
    for (size_t t = a->tb; !(sm->has[s] & SM_COUNTRY) && s > 0 && t-- > ex->text.sentences[s].tok_begin + 1 && t + 6 > a->tb;)
        if (parley_text_tok_is(&ex->text, t, "by")) {
            if (parley_match(ex, t - 1, PARLEY_LEX_SIGN, NULL))
                cs = s - 1;
            break;
        }
    for (size_t j = sm->off[cs]; j < sm->off[cs + 1] && !c2; j++) {
        const parley_mention *o = &ex->mentions[sm->idx[j]];
        if (cs == s && o->tb >= a->tb)
            break;
        if (o->type != PARLEY_ENTITY_COUNTRY || o->entity < 0)
            continue;
        /* (only "A and B", side by side: in "India and the US signed ... between A and B and their
         * counterparts C and D" the order of the people is not the countries') */
        if (prev && country_pair(ex, prev, o) && (o->tb == prev->te + 1 || cs != s))
            for (size_t q = o->te; q < o->te + 3 && q < a->tb && !c2; q++)
                if (parley_match(ex, q, PARLEY_LEX_SIGN, NULL)) {
                    c1 = prev;
                    c2 = o;
                }
        prev = o;
    }
    const char *n1 = c2 ? ex->entities[c1->entity].name : NULL, *n2 = c2 ? ex->entities[c2->entity].name : NULL;
    /* ... or the two after "signed between": "An agreement was signed between the Ministry of
     * Defense of Azerbaijan and the Ministry of National Defense of Türkiye. The document was signed
     * by A and B" (in that order) */
    if (!n2 && cs != s) {
        const parley_sentence *cse = &ex->text.sentences[cs];
        size_t bw = SIZE_MAX;
        for (size_t t = cse->tok_begin + 1; t < cse->tok_end && bw == SIZE_MAX; t++)
            if (parley_text_tok_is(&ex->text, t, "between") && parley_phrase_ends_at(ex, PARLEY_LEX_SIGN, t, cse->tok_begin))
                bw = t;
        for (size_t j = sm->off[cs]; bw != SIZE_MAX && j < sm->off[cs + 1] && !n2; j++) {
            const parley_mention *o = &ex->mentions[sm->idx[j]];
            if (o->tb <= bw || o->type != PARLEY_ENTITY_COUNTRY || o->entity < 0)
                continue;
            const char *n = ex->entities[o->entity].name;
            if (!n1)
                n1 = n;
            else if (strcmp(n, n1) != 0)
                n2 = n;
        }
        if (!n2)
            n1 = NULL;
    }
    /* ... or the two right after it, past a comma: "In the presence of A and B, India and Egypt
     * exchanged five MoUs" */
    size_t q = b->te, l1, l2;
    const parley_lex_entry *e1 = NULL, *e2 = NULL;
    if (!c2 && q + 4 < ex->text.sentences[s].tok_end && parley_text_tok_is(&ex->text, q, ",") &&
        (l1 = parley_match(ex, q + 1, PARLEY_LEX_COUNTRY, &e1)) && e1 && parley_text_tok_is(&ex->text, q + 1 + l1, "and") &&
        (l2 = parley_match(ex, q + 2 + l1, PARLEY_LEX_COUNTRY, &e2)) && e2 && strcmp(e1->canonical, e2->canonical) != 0)
        for (size_t k = q + 2 + l1 + l2; k < q + 5 + l1 + l2 && k < ex->text.sentences[s].tok_end && !n2; k++)
            if (parley_match(ex, k, PARLEY_LEX_SIGN, NULL)) {
                n1 = e1->canonical;
                n2 = e2->canonical;
            }
    if (!n2)
        return NULL;
    const parley_mention *other = pm == a ? b : a;
    const char *oc = mention_country(ex, other);
    if (oc)
        return strcmp(oc, n1) == 0 ? n2 : strcmp(oc, n2) == 0 ? n1 : NULL;
    /* (the people's order need not be the countries': one who visits a country is not its, "Greece
     * and Turkey signed ..., with President Erdogan and Prime Minister Mitsotakis attending ...
     * Erdogan's visit was his first to Greece") */
    const parley_entity *ea = &ex->entities[a->entity], *eb = &ex->entities[b->entity];
    bool swap = visits(ex, sm, ea, n1) || visits(ex, sm, eb, n2);
    if (swap && (visits(ex, sm, ea, n2) || visits(ex, sm, eb, n1)))
        return NULL;
    return (pm == a) != swap ? n1 : n2;
}

/* "Leaders of Azerbaijan, Kazakhstan and Uzbekistan hold trilateral meeting" over "President A,
 * President B and President C held ...": three or more countries listed in a headline, after
 * "of" following a plural office or leaders' word, or as demonyms before one ("Azerbaijani, Kazakh,
 * Uzbek presidents"), are those of the as many people listed first in the story, in order. O(the
 * mentions of the first sentences). */
static const char *headline_list_rule(const parley_extraction *ex, const sentence_mentions *sm, size_t self,
                                      const parley_mention *pm)
{
    enum { MAXL = 8 };
    if ((size_t)pm->entity != self || pm->country || pm->sentence > 6 || ex->text.sentences[pm->sentence].headline)
        return NULL;
    /* the story's first people: a list joined by commas and "and", titles between */
    size_t s = pm->sentence;
    const parley_mention *people[MAXL];
    size_t n = 0;
    for (size_t j = sm->off[s]; j < sm->off[s + 1] && n < MAXL; j++) {
        const parley_mention *o = &ex->mentions[sm->idx[j]];
        if (o->type != PARLEY_ENTITY_PERSON || o->entity < 0 || o->role_of >= 0)
            continue;
        if (n) {
            const parley_mention *p = people[n - 1];
            bool joined = false, other = false;
            for (size_t q = p->te; q < o->tb && !other; q++) {
                const parley_token *t = &ex->text.tokens[q];
                joined |= parley_text_tok_is(&ex->text, q, ",") || parley_text_tok_is(&ex->text, q, "and");
                other = !(t->flags & PARLEY_TOK_CAP) && !parley_text_tok_is(&ex->text, q, ",") &&
                        !parley_text_tok_is(&ex->text, q, "and") && !parley_text_tok_is(&ex->text, q, "of") &&
                        !parley_text_tok_is(&ex->text, q, "the");
            }
            if (!joined || other || o->tb > p->te + 8)
                break;
        }
        people[n++] = o;
    }
    size_t me = n;
    for (size_t k = 0; k < n; k++)
        if (people[k] == pm)
            me = k;
    if (n < 3 || me == n)
        return NULL;
    /* (the list opens the story: read only for the few people of it, so that a lead naming
     * thousands stays linear) */
    for (size_t j = sm->off[0]; j < sm->off[s]; j++) {
        const parley_mention *o = &ex->mentions[sm->idx[j]];
        if (o->type == PARLEY_ENTITY_PERSON && !ex->text.sentences[o->sentence].headline)
            return NULL;
    }
    for (size_t h = 0; h < s; h++) {
        const parley_sentence *hs = &ex->text.sentences[h];
        if (!hs->headline)
            continue;
        const char *countries[MAXL];
        size_t c = 0, first = 0, last = 0;
        for (size_t j = sm->off[h]; j < sm->off[h + 1]; j++) {
            const parley_mention *o = &ex->mentions[sm->idx[j]];
            if (o->type != PARLEY_ENTITY_COUNTRY || o->entity < 0)
                continue;
            bool next = c && c < MAXL && o->tb > last && o->tb <= last + 2;   /* ("A, B, and C") */
            for (size_t q = last; next && q < o->tb; q++)
                next = parley_text_tok_is(&ex->text, q, ",") || parley_text_tok_is(&ex->text, q, "and");
            if (c && !next && c >= 3)
                break;
            if (!next) {
                c = 0;
                first = o->tb;
            }
            if (c < MAXL)
                countries[c++] = ex->entities[o->entity].name;
            last = o->te;
        }
        if (c != n || last >= hs->tok_end)
            continue;
        /* "Leaders of A, B and C", "Foreign Ministers of A, B and C"; "A, B, C presidents" */
        const parley_token *before = first >= hs->tok_begin + 2 ? &ex->text.tokens[first - 2] : NULL;
        const parley_token *after = &ex->text.tokens[last];
        bool of = before && parley_text_tok_is(&ex->text, first - 1, "of") && before->kind == PARLEY_TOK_WORD &&
                  (parley_plural_office(ex, ex->text.text + before->start, before->end - before->start) ||
                   parley_text_tok_is_ci(&ex->text, first - 2, "leaders") || parley_text_tok_is_ci(&ex->text, first - 2, "heads"));
        bool plural = after->kind == PARLEY_TOK_WORD &&
                      (parley_plural_office(ex, ex->text.text + after->start, after->end - after->start) ||
                       parley_text_tok_is_ci(&ex->text, last, "leaders"));
        if (!of && !plural)
            continue;
        for (size_t k = 0; k < n; k++)
            if (people[k]->country && strcmp(people[k]->country, countries[k]) != 0)
                return NULL;
        return countries[me];
    }
    return NULL;
}

/* The rules of pairs told apart from meetings: a royal couple, two signatories, a headline's
 * pair or list, the signers of two countries (one pass for them all). */
static const char *pair_rules(const parley_extraction *ex, const sentence_mentions *sm, size_t self,
                              const parley_mention *pm)
{
    const char *c = royal_couple_rule(ex, sm, self, pm);
    if (!c)
        c = signatory_rule(ex, sm, self, pm);
    if (!c)
        c = headline_pair_rule(ex, sm, self, pm);
    if (!c)
        c = headline_list_rule(ex, sm, self, pm);
    if (!c)
        c = signing_countries_rule(ex, sm, self, pm);
    return c;
}

/* A rule that reads a person's country off one of their mentions, or NULL. */
typedef const char *(*mention_rule)(const parley_extraction *ex, const sentence_mentions *sm, size_t person,
                                    const parley_mention *m);

/* For every person with no country yet, the first country the rule finds at one of their
 * mentions; decided for everyone first, then set, so that the order of people does not matter. */
static int apply_rule(parley_extraction *ex, const sentence_mentions *sm, mention_rule rule)
{
    const char **chosen = calloc(ex->n_entities ? ex->n_entities : 1, sizeof(char *));
    if (!chosen)
        return PARLEY_ENOMEM;
    for (size_t i = 0; i < ex->n_entities; i++) {
        const parley_entity *en = &ex->entities[i];
        for (size_t k = 0; en->type == PARLEY_ENTITY_PERSON && !en->country && k < en->n_mentions && !chosen[i]; k++)
            chosen[i] = rule(ex, sm, i, &ex->mentions[en->mentions[k]]);
        /* (no guess for an international body's officer: "NATO chief X") */
        if (chosen[i] && international(ex, en))
            chosen[i] = NULL;
    }
    return set_countries(ex, chosen);
}

static int set_countries(parley_extraction *ex, const char **chosen)
{
    int rc = 0;

    for (size_t i = 0; i < ex->n_entities && rc == 0; i++)
        if (chosen[i] && !(ex->entities[i].country = parley_strdup(chosen[i])))
            rc = PARLEY_ENOMEM;
    free(chosen);
    return rc;
}

/* Does the title hold a word that is an office of the lexicon ("Minister", "President")? */
static bool holds_office(const parley_lexicon *lex, const char *title)
{
    char w[64];
    for (const char *p = title; *p;) {
        while (*p == ' ')
            p++;
        size_t n = 0;
        while (p[n] && p[n] != ' ')
            n++;
        if (n && n < sizeof w) {
            for (size_t k = 0; k < n; k++)
                w[k] = (char)tolower((unsigned char)p[k]);
            if (parley_lexicon_find(lex, PARLEY_LEX_OFFICE, w, n))
                return true;
        }
        p += n;
    }
    return false;
}

/* A copy of title t without a last "of" phrase that names the country c ("Chief of the Defence
 * Staff of the Ghana Armed Forces" for a Togolese counterpart: "Chief of the Defence Staff") and
 * without an opening "Acting", "Interim" or "Outgoing"; the caller frees. O(length of t). */
static char *title_less_country(const char *t, const char *c)
{
    /* (nor how that one holds it for now: a counterpart of the Acting Minister is a Minister) */
    /* (... nor how its country names it: a counterpart of Germany's Federal Minister of Defence is
     * a Minister of Defence) */
    static const char *const now[] = {"Acting ", "acting ", "Interim ", "interim ", "Outgoing ", "outgoing ", "Federal ",
                                      "federal ", NULL};
    for (size_t k = 0; now[k]; k++)
        if (strncmp(t, now[k], strlen(now[k])) == 0 && t[strlen(now[k])]) {
            t += strlen(now[k]);
            break;
        }
    const char *hit = c && *c ? strstr(t, c) : NULL;
    const char *cut = NULL;
    for (const char *o = strstr(t, " of "); hit && o && o < hit; o = strstr(o + 1, " of "))
        cut = o;
    return cut && cut > t ? parley_strndup(t, (size_t)(cut - t)) : parley_strdup(t);
}

/* "Hulusi Akar and his Togolese counterpart X": X has the title of the nearest person before
 * with one, in the same sentence or the one before. */
/* "A and B ... with their Philippine counterparts, C and D": the person whose counterpart the one
 * at mention m is, by position in the two lists (the last as many people before as after), when
 * the sentence has them; else -1. */
static int respective_counterpart(const parley_extraction *ex, const sentence_mentions *sm, size_t m)
{
    const parley_mention *pm = &ex->mentions[m];
    size_t s = pm->sentence, sb = ex->text.sentences[s].tok_begin;
    size_t pw = SIZE_MAX;   /* the plural "counterparts" before the list */
    for (size_t q = pm->tb; q-- > sb && q + 40 > pm->tb && pw == SIZE_MAX;)
        if (parley_text_tok_is_ci(&ex->text, q, "counterparts") || parley_text_tok_is_ci(&ex->text, q, "colleagues"))
            pw = q;
    if (pw == SIZE_MAX)
        return -1;
    int before[8], after[8];
    size_t nb = 0, na = 0, idx = SIZE_MAX;
    for (size_t j = sm->off[s]; j < sm->off[s + 1]; j++) {
        const parley_mention *o = &ex->mentions[sm->idx[j]];
        if (o->type != PARLEY_ENTITY_PERSON || o->entity < 0)
            continue;
        /* each person once (the role phrases beside a name are mentions of it too) */
        int *list = o->te <= pw ? before : after;
        size_t *n = o->te <= pw ? &nb : &na, at = SIZE_MAX;
        for (size_t r = 0; r < *n && at == SIZE_MAX; r++)
            if (list[r] == o->entity)
                at = r;
        if (at == SIZE_MAX) {
            if (*n == 8)
                return -1;
            at = (*n)++;
            list[at] = o->entity;
        }
        if (o->entity == pm->entity && o->te > pw)
            idx = at;
    }
    /* (of more people before, the last as many: "X was accompanied by ministers, including A and
     * B, who met their Polish counterparts C and D") */
    return na >= 2 && nb >= na && idx < na ? before[nb - na + idx] : -1;
}

static int counterpart_titles_in(parley_extraction *ex, sentence_mentions *sm_out, bool *built);

/* "hosted his counterparts A of Sweden, B of Finland and C of Denmark": the people listed after
 * the first counterpart (commas, "and", "of" or "from" and a country between them) are
 * counterparts with the same title. */
static int counterpart_list_titles(parley_extraction *ex, const sentence_mentions *sm)
{
    for (size_t s = 0; s < ex->text.n_sentences; s++)
        for (size_t j = sm->off[s] + 1; j < sm->off[s + 1]; j++) {
            const parley_mention *pm = &ex->mentions[sm->idx[j]];
            if (pm->type != PARLEY_ENTITY_PERSON || pm->entity < 0 || ex->entities[pm->entity].title)
                continue;
            /* back over the list's joints to the person before */
            size_t q = pm->tb;
            bool crossed = false;   /* a comma or "and" between */
            for (size_t k = j; k-- > sm->off[s];) {
                const parley_mention *o = &ex->mentions[sm->idx[k]];
                if (o->te > q)
                    continue;   /* (nested in what comes after) */
                bool joint = true;
                for (size_t t = o->te; t < q && joint; t++)
                    joint = parley_text_tok_is(&ex->text, t, ",") || parley_text_tok_is(&ex->text, t, "and");
                crossed |= joint && q > o->te;
                if (o->type == PARLEY_ENTITY_COUNTRY && o->tb > 0 && joint &&
                    (parley_text_tok_is(&ex->text, o->tb - 1, "of") || parley_text_tok_is(&ex->text, o->tb - 1, "from"))) {
                    q = o->tb - 1;
                    continue;
                }
                if (o->type != PARLEY_ENTITY_PERSON || o->entity < 0 || o->entity == pm->entity || !joint || !crossed)
                    break;
                const parley_entity *oe = &ex->entities[o->entity];
                bool plural = false;
                for (size_t t = o->tb; t-- > 0 && t + 4 > o->tb && !plural;)
                    plural = parley_text_tok_is_ci(&ex->text, t, "counterparts");
                if (!plural && j - k < 24) {   /* (an item of the list: on to the one before) */
                    q = o->tb;
                    crossed = false;
                    continue;
                }
                if (plural && oe->title && !(ex->entities[pm->entity].title = parley_strdup(oe->title)))
                    return PARLEY_ENOMEM;
                break;
            }
        }
    return 0;
}

/* "hosted his counterparts from France, Germany and Poland, A, B and C": the people listed after
 * the countries take the title of the one whose counterparts they are, the person with a title
 * named last before "counterparts" in the sentence. O(mentions · list length). */
static int counterpart_country_list_titles(parley_extraction *ex, const sentence_mentions *sm)
{
    const parley_text *t = &ex->text;
    for (size_t s = 0; s < t->n_sentences; s++)
        for (size_t j = sm->off[s] + 1; j < sm->off[s + 1]; j++) {
            const parley_mention *pm = &ex->mentions[sm->idx[j]];
            if (pm->type != PARLEY_ENTITY_PERSON || pm->entity < 0 || ex->entities[pm->entity].title)
                continue;
            /* back over the list: people, countries, commas, "and", "the", "of", "from" */
            size_t q = pm->tb, k = j, countries = 0;
            bool ok = true;
            while (ok && q > t->sentences[s].tok_begin) {
                size_t p = q - 1;
                if (k > sm->off[s] && ex->mentions[sm->idx[k - 1]].te == q) {
                    const parley_mention *o = &ex->mentions[sm->idx[k - 1]];
                    countries += o->type == PARLEY_ENTITY_COUNTRY;
                    ok = o->type == PARLEY_ENTITY_COUNTRY || (o->type == PARLEY_ENTITY_PERSON && o->entity >= 0);
                    q = o->tb;
                    k--;
                } else if (parley_text_tok_is(t, p, ",") || parley_text_tok_is(t, p, "and") || parley_text_tok_is(t, p, "the")) {
                    q = p;
                } else {
                    break;
                }
            }
            if (!ok || countries < 2 || q < t->sentences[s].tok_begin + 2 ||
                !(parley_text_tok_is(t, q - 1, "from") || parley_text_tok_is(t, q - 1, "of")) ||
                !(parley_text_tok_is(t, q - 2, "counterparts") || parley_text_tok_is(t, q - 2, "colleagues")))
                continue;
            for (size_t b = k; b-- > sm->off[s];) {
                const parley_mention *o = &ex->mentions[sm->idx[b]];
                const parley_entity *oe = o->type == PARLEY_ENTITY_PERSON && o->entity >= 0 ? &ex->entities[o->entity] : NULL;
                if (!oe || !oe->title || o->te > q)
                    continue;
                if (!(ex->entities[pm->entity].title = title_less_country(oe->title, oe->country)))
                    return PARLEY_ENOMEM;
                break;
            }
        }
    return 0;
}

static bool is_counterpart(const parley_extraction *ex, const parley_entity *en);

/* "Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates X ... his
 * Mauritanian counterpart Y": a counterpart given another's title holds its office, not the
 * portfolios listed after its comma ("Minister of Foreign Affairs"); a title said at one of the
 * counterpart's own mentions stands. O(people · mentions). */
static void counterpart_portfolios(parley_extraction *ex)
{
    for (size_t i = 0; i < ex->n_entities; i++) {
        parley_entity *en = &ex->entities[i];
        char *comma = en->type == PARLEY_ENTITY_PERSON && en->title ? strstr(en->title, ", ") : NULL;
        if (!comma || !is_counterpart(ex, en))
            continue;
        bool own = false;
        for (size_t k = 0; k < en->n_mentions && !own; k++)
            own = ex->mentions[en->mentions[k]].title != NULL;
        if (!own)
            *comma = '\0';
    }
}

/* Do the first n sentences of text t hold the bytes of word w anywhere (a quick test before
 * reading their tokens)? O(bytes of those sentences). */
static bool lead_says(const parley_text *t, size_t n, const char *w)
{
    if (!t->n_sentences)
        return false;
    size_t last = (t->n_sentences < n ? t->n_sentences : n) - 1;
    size_t a = t->sentences[0].start, b = t->sentences[last].end;
    return b > a && memmem(t->text + a, b - a, w, strlen(w)) != NULL;
}

/* "X met his counterparts from Brazil, South Africa and Egypt ... X met Brazil's A, South Africa's
 * B and Egypt's C": people of the next sentence, with no title, whose stated country is one the
 * unnamed counterparts were said to be from, are those counterparts (their mentions marked so).
 * O(mentions of the first sentences). */
static void unnamed_counterparts_named_next(parley_extraction *ex)
{
    const parley_text *t = &ex->text;
    if (!lead_says(t, 6, "counterparts"))
        return;
    size_t m0 = 0;
    for (size_t s = 0; s + 1 < t->n_sentences && s < 6; s++) {
        const parley_sentence *se = &t->sentences[s];
        const char *from[8];
        size_t nf = 0;
        for (size_t q = se->tok_begin + 1; q + 2 < se->tok_end && !nf; q++) {
            if (parley_text_tok_len(t, q) != 12 || t->text[t->tokens[q].start] != 'c' || !parley_text_tok_is(t, q, "counterparts") ||
                !(parley_text_tok_is(t, q + 1, "from") || parley_text_tok_is(t, q + 1, "of")))
                continue;
            /* (the countries listed, and no name after them) */
            for (size_t c = q + 2; c < se->tok_end && nf < 8;) {
                const parley_lex_entry *e = NULL;
                size_t l = parley_match(ex, c, PARLEY_LEX_COUNTRY, &e);
                if (!l || !e)
                    break;
                from[nf++] = e->canonical;
                c += l;
                if (c < se->tok_end && (parley_text_tok_is(t, c, ",") || parley_text_tok_is(t, c, "and")))
                    c++;
                if (c < se->tok_end && parley_text_tok_is(t, c, "and"))
                    c++;
            }
        }
        while (m0 < ex->n_mentions && ex->mentions[m0].sentence < s)
            m0++;
        bool named = false;   /* (the counterparts named in that sentence: not unnamed) */
        for (size_t m = m0; nf && m < ex->n_mentions && ex->mentions[m].sentence == s && !named; m++)
            named = ex->mentions[m].type == PARLEY_ENTITY_PERSON && ex->mentions[m].counterpart;
        for (size_t m = m0; nf && !named && m < ex->n_mentions && ex->mentions[m].sentence <= s + 1; m++) {
            parley_mention *pm = &ex->mentions[m];
            if (pm->sentence != s + 1 || pm->type != PARLEY_ENTITY_PERSON || pm->title || !pm->country)
                continue;
            for (size_t k = 0; k < nf; k++)
                if (strcmp(from[k], pm->country) == 0)
                    pm->counterpart = true;
        }
    }
}

static int counterpart_titles(parley_extraction *ex)
{
    sentence_mentions sm = {0};
    bool built = false;
    unnamed_counterparts_named_next(ex);
    int rc = counterpart_titles_in(ex, &sm, &built);
    if (rc == 0 && !built)
        rc = sentence_mentions_build(&sm, ex) < 0 ? PARLEY_ENOMEM : 0;
    if (rc == 0)
        rc = counterpart_list_titles(ex, &sm);
    if (rc == 0)
        rc = counterpart_country_list_titles(ex, &sm);
    sentence_mentions_free(&sm);
    if (rc == 0)
        counterpart_portfolios(ex);
    return rc;
}

/* A counterpart's title copied from an office only one other country has ("External Affairs
 * Minister" is India's): the office the counterpart holds as titles.tsv's kind
 * "counterpart_title" gives it ("Foreign Minister"), else none. 0 or PARLEY_ENOMEM. */
static int counterpart_office(parley_extraction *ex, parley_entity *en)
{
    parley_buf key = {0};
    if (parley_fold(&key, en->title, strlen(en->title)) < 0)
        return PARLEY_ENOMEM;
    const parley_lex_entry *ne = key.data ? parley_lexicon_find(ex->lex, PARLEY_LEX_NATIONAL_OFFICE, key.data, key.len) : NULL;
    const parley_lex_entry *ce = key.data ? parley_lexicon_find(ex->lex, PARLEY_LEX_COUNTERPART_TITLE, key.data, key.len) : NULL;
    parley_buf_free(&key);
    if (!ne || (en->country && ne->country && strcmp(en->country, ne->country) == 0))
        return 0;
    char *generic = ce ? parley_strdup(ce->canonical) : NULL;
    if (ce && !generic)
        return PARLEY_ENOMEM;
    free(en->title);
    en->title = generic;
    return 0;
}

/* The lexicon's counterpart_title entries with a country for title (folded into key): *gen the
 * counterpart's office (NULL when there are none), *native whether country is one of theirs.
 * 0 or PARLEY_ENOMEM. */
static int listed_office(const parley_extraction *ex, parley_buf *key, const char *title, const char *country,
                         const parley_lex_entry **gen, bool *native)
{
    *gen = NULL;
    *native = false;
    parley_buf_clear(key);
    if (parley_fold(key, title, strlen(title)) < 0)
        return PARLEY_ENOMEM;
    for (const parley_lex_entry *e = key->data ? parley_lexicon_lookup(ex->lex, key->data, key->len) : NULL; e; e = e->next)
        if (e->kind == PARLEY_LEX_COUNTERPART_TITLE && e->country) {
            *gen = e;
            *native |= strcmp(e->country, country) == 0;
        }
    return 0;
}

/* Is a mention of the person "his ... counterpart X"? */
static bool is_counterpart(const parley_extraction *ex, const parley_entity *en)
{
    for (size_t k = 0; k < en->n_mentions; k++)
        if (ex->mentions[en->mentions[k]].counterpart)
            return true;
    return false;
}

/* An office of a few countries, each listed with it in the lexicon's counterpart_title entries
 * ("Defense Secretary": the United States', the United Kingdom's, the Philippines'), copied from
 * a person of one of them to a counterpart of another country ("Defense Secretary X spoke with his
 * Israeli counterpart Y"), is the office that counterpart holds ("Defense Minister"). Run once
 * every country is known. O(persons). */
static int counterpart_native_titles(parley_extraction *ex)
{
    bool any = false;   /* (most stories name no counterpart: nothing to fold) */
    for (size_t m = 0; m < ex->n_mentions && !any; m++)
        any = ex->mentions[m].counterpart;
    if (!any)
        return 0;
    parley_buf key = {0};
    const parley_lex_entry *gen;
    bool native;
    /* the titles held by a person of a country listed with them (eight at most) */
    const char *held[8];
    size_t n_held = 0;
    for (size_t i = 0; i < ex->n_entities && n_held < 8; i++) {
        const parley_entity *en = &ex->entities[i];
        if (en->type != PARLEY_ENTITY_PERSON || !en->title || !en->country || is_counterpart(ex, en))
            continue;
        bool seen = false;
        for (size_t h = 0; h < n_held && !seen; h++)
            seen = strcmp(held[h], en->title) == 0;
        if (seen)
            continue;
        if (listed_office(ex, &key, en->title, en->country, &gen, &native) < 0) {
            parley_buf_free(&key);
            return PARLEY_ENOMEM;
        }
        if (native)
            held[n_held++] = en->title;
    }
    /* ... copied to a counterpart of a country not listed with them */
    for (size_t i = 0; i < ex->n_entities && n_held; i++) {
        parley_entity *en = &ex->entities[i];
        if (en->type != PARLEY_ENTITY_PERSON || !en->title || !en->country || !is_counterpart(ex, en))
            continue;
        bool copied = false;
        for (size_t h = 0; h < n_held && !copied; h++)
            copied = strcmp(held[h], en->title) == 0;
        if (!copied)
            continue;
        char *t = NULL;
        if (listed_office(ex, &key, en->title, en->country, &gen, &native) < 0 ||
            (gen && !native && !(t = parley_strdup(gen->canonical)))) {
            parley_buf_free(&key);
            return PARLEY_ENOMEM;
        }
        if (t) {
            free(en->title);
            en->title = t;
        }
    }
    parley_buf_free(&key);
    return 0;
}

/* "his United States counterpart X" of a defence minister: the office as X's country names it
 * ("Secretary of Defense"; the lexicon's national_title entries). */
static int national_title(parley_extraction *ex, parley_entity *en)
{
    parley_buf phrase = {0}, key = {0};
    int rc = 0;
    if (parley_buf_puts(&phrase, en->title) < 0 || parley_buf_puts(&phrase, " of ") < 0 ||
        parley_buf_puts(&phrase, en->country) < 0 || parley_fold(&key, phrase.data, phrase.len) < 0)
        rc = PARLEY_ENOMEM;
    const parley_lex_entry *e = rc == 0 && key.data ? parley_lexicon_find(ex->lex, PARLEY_LEX_NATIONAL_TITLE, key.data, key.len)
                                                   : NULL;
    if (e) {
        char *t = parley_strdup(e->canonical);
        if (!t)
            rc = PARLEY_ENOMEM;
        else {
            free(en->title);
            en->title = t;
        }
    }
    parley_buf_free(&phrase);
    parley_buf_free(&key);
    return rc;
}

/* counterpart_titles(), with the sentences' mentions built in *sm_out when first needed. */
/* Is mention o in a relative clause closed before mention m of its sentence ("X, who travelled
 * with Milei, signed ... with his Israeli counterpart Y": Milei's)? O(clause length). */
static bool in_closed_relative(const parley_extraction *ex, const parley_mention *o, const parley_mention *m)
{
    if (o->sentence != m->sentence || o->te >= m->tb)
        return false;
    const parley_sentence *se = &ex->text.sentences[o->sentence];
    size_t who = SIZE_MAX;
    for (size_t q = o->tb; q-- > se->tok_begin + 1 && q + 12 > o->tb && who == SIZE_MAX;) {
        if (parley_text_tok_is(&ex->text, q, ","))
            return false;
        if ((parley_text_tok_is(&ex->text, q, "who") || parley_text_tok_is(&ex->text, q, "which")) &&
            parley_text_tok_is(&ex->text, q - 1, ","))
            who = q;
    }
    for (size_t q = o->te; who != SIZE_MAX && q < m->tb; q++)
        if (parley_text_tok_is(&ex->text, q, ","))
            return true;
    return false;
}

static int counterpart_titles_in(parley_extraction *ex, sentence_mentions *sm_out, bool *built)
{
    for (size_t i = 0; i < ex->n_entities; i++) {
        parley_entity *en = &ex->entities[i];
        if (en->type != PARLEY_ENTITY_PERSON || en->title)
            continue;
        for (size_t k = 0; k < en->n_mentions && !en->title; k++) {
            const parley_mention *m = &ex->mentions[en->mentions[k]];
            if (!m->counterpart)
                continue;
            /* "the Turkish minister held a meeting with his Pakistani counterpart X", with no one
             * named before X in the sentence: the person whose title holds that office */
            const parley_sentence *se = &ex->text.sentences[m->sentence];
            bool named_before = false;
            for (size_t q = en->mentions[k]; q-- > 0 && ex->mentions[q].sentence == m->sentence;)
                named_before |= ex->mentions[q].type == PARLEY_ENTITY_PERSON && ex->mentions[q].entity >= 0 &&
                                ex->mentions[q].entity != (int)i;
            size_t office = SIZE_MAX;
            for (size_t t = se->tok_begin + 1; !named_before && t < m->tb && t < se->tok_begin + 8 && office == SIZE_MAX; t++)
                if (parley_match(ex, t, PARLEY_LEX_OFFICE, NULL) == 1 &&
                    (parley_text_tok_is(&ex->text, t - 1, "the") || parley_text_tok_is(&ex->text, t - 1, "The") ||
                     (t >= se->tok_begin + 2 && (parley_text_tok_is(&ex->text, t - 2, "the") ||
                                                 parley_text_tok_is(&ex->text, t - 2, "The")))))
                    office = t;
            for (size_t q = en->mentions[k], seen = 0; office != SIZE_MAX && q-- > 0 && seen < 256 && !en->title;) {
                const parley_mention *o = &ex->mentions[q];
                if (o->type != PARLEY_ENTITY_PERSON || o->entity < 0 || o->entity == (int)i)
                    continue;
                seen++;
                const char *t = ex->entities[o->entity].title;
                if (parley_text_holds_word(t, ex->text.text + ex->text.tokens[office].start, parley_text_tok_len(&ex->text, office)) &&
                    !(en->title = parley_strdup(t)))
                    return PARLEY_ENOMEM;
            }
            /* "the Vietnamese top legislator held talks with his Lao counterpart X": a word for a
             * person after a people's adjective, no office; the one of that people named last */
            for (size_t t = se->tok_begin; !named_before && office == SIZE_MAX && !en->title && t + 2 < m->tb &&
                                           t < se->tok_begin + 8;
                 t++) {
                const parley_lex_entry *de = NULL;
                size_t d = t + 1 + parley_text_tok_is(&ex->text, t + 1, "top");
                size_t dl = parley_text_tok_is_ci(&ex->text, t, "the") && d < m->tb ? parley_match(ex, d, PARLEY_LEX_DEMONYM, &de) : 0;
                if (!dl || !de)
                    continue;
                size_t n = d + dl + (d + dl < m->tb && parley_text_tok_is(&ex->text, d + dl, "top"));
                if (n >= m->tb || parley_match(ex, n, PARLEY_LEX_PERSON_NOUN, NULL) != 1)
                    break;
                for (size_t q = en->mentions[k], seen = 0; q-- > 0 && seen < 256;) {
                    const parley_mention *o = &ex->mentions[q];
                    if (o->type != PARLEY_ENTITY_PERSON || o->entity < 0 || o->entity == (int)i || o->sentence >= m->sentence)
                        continue;
                    seen++;
                    const parley_entity *oe = &ex->entities[o->entity];
                    if (!oe->country || strcmp(oe->country, de->canonical) != 0)
                        continue;
                    if (oe->title && !(en->title = title_less_country(oe->title, oe->country)))
                        return PARLEY_ENOMEM;
                    break;
                }
                break;
            }
            /* "A and B signed ... with their Philippine counterparts, C and D": respectively */
            if (!en->title) {
                if (!*built) {
                    if (sentence_mentions_build(sm_out, ex) < 0)
                        return PARLEY_ENOMEM;
                    *built = true;
                }
                int other = respective_counterpart(ex, sm_out, en->mentions[k]);
                if (other >= 0 && ex->entities[other].title && !(en->title = parley_strdup(ex->entities[other].title)))
                    return PARLEY_ENOMEM;
            }
            /* "Menon called on X. She also met her Kuwaiti counterpart Y": after a pronoun with no
             * one named before in its sentence, the first person of the sentence before (its
             * subject), not whom that subject met */
            if (!en->title && m->sentence > 0 && !named_before &&
                (parley_text_tok_is(&ex->text, se->tok_begin, "He") || parley_text_tok_is(&ex->text, se->tok_begin, "She"))) {
                const parley_mention *first = NULL;
                for (size_t q = en->mentions[k]; q-- > 0 && q + 512 > en->mentions[k] && ex->mentions[q].sentence + 1 >= m->sentence;) {
                    const parley_mention *o = &ex->mentions[q];
                    if (o->sentence + 1 == m->sentence && o->type == PARLEY_ENTITY_PERSON && o->entity >= 0 &&
                        o->entity != (int)i)
                        first = o;
                }
                const char *t = first ? ex->entities[first->entity].title : NULL;
                if (t && !(en->title = parley_strdup(t)))
                    return PARLEY_ENOMEM;
            }
            /* "A was received by B ..., a day after holding talks with his counterpart X": the
             * participle's subject is the sentence's, its first person */
            size_t ing = SIZE_MAX;
            for (size_t t = m->tb; !en->title && t-- > se->tok_begin + 1 && t + 12 > m->tb && ing == SIZE_MAX;) {
                if (parley_text_tok_ing(&ex->text, t, 5) &&
                    (parley_text_tok_is(&ex->text, t - 1, "after") || parley_text_tok_is(&ex->text, t - 1, "before") ||
                     parley_text_tok_is(&ex->text, t - 1, "while")))
                    ing = t;
            }
            for (size_t q = en->mentions[k]; ing != SIZE_MAX && q-- > 0 && ex->mentions[q].sentence == m->sentence;) {
                const parley_mention *o = &ex->mentions[q];
                if (o->type == PARLEY_ENTITY_PERSON && o->entity >= 0 && o->entity != (int)i && o->tb > ing)
                    ing = SIZE_MAX;   /* (someone named in the clause: "after X met his counterpart") */
            }
            const parley_mention *subject = NULL;
            for (size_t q = en->mentions[k]; ing != SIZE_MAX && q-- > 0 && ex->mentions[q].sentence == m->sentence;) {
                const parley_mention *o = &ex->mentions[q];
                if (o->type == PARLEY_ENTITY_PERSON && o->entity >= 0 && o->entity != (int)i)
                    subject = o;
            }
            if (subject && ex->entities[subject->entity].title &&
                !(en->title = title_less_country(ex->entities[subject->entity].title, ex->entities[subject->entity].country)))
                return PARLEY_ENOMEM;
            /* "A called on B and held a bilateral meeting with his counterpart C": the possessive
             * of a second predicate after "and" is its subject's, the sentence's first person */
            size_t his = SIZE_MAX, and = SIZE_MAX;
            for (size_t t = m->tb; !en->title && t-- > se->tok_begin && t + 6 > m->tb && his == SIZE_MAX;)
                if (parley_text_tok_is(&ex->text, t, "his") || parley_text_tok_is(&ex->text, t, "her"))
                    his = t;
            for (size_t t = his; his != SIZE_MAX && t-- > se->tok_begin + 1 && t + 10 > his && and == SIZE_MAX;)
                if (parley_text_tok_is(&ex->text, t, "and") && ex->text.tokens[t + 1].kind == PARLEY_TOK_WORD &&
                    !(ex->text.tokens[t + 1].flags & PARLEY_TOK_CAP) && !parley_text_tok_is(&ex->text, t + 1, "his") &&
                    !parley_text_tok_is(&ex->text, t + 1, "her"))
                    and = t;
            const parley_mention *first = NULL;
            for (size_t q = en->mentions[k]; and != SIZE_MAX && q-- > 0 && ex->mentions[q].sentence == m->sentence;) {
                const parley_mention *o = &ex->mentions[q];
                if (o->type == PARLEY_ENTITY_PERSON && o->entity >= 0 && o->entity != (int)i)
                    first = o;
            }
            if (first && first->tb < and && first->tb <= parley_lead_start(ex, se) + 8 && ex->entities[first->entity].title &&
                !(en->title = title_less_country(ex->entities[first->entity].title, ex->entities[first->entity].country)))
                return PARLEY_ENOMEM;
            /* the nearest person before, in the same sentence or the one before, with a title
             * (not for "their counterparts" that respective_counterpart() could not pair: "A and
             * B ... their Singaporean counterparts C, D and E" tells no one's office) */
            bool their = false;
            for (size_t t = m->tb; t-- > se->tok_begin && t + 6 > m->tb && !their;)
                their = parley_text_tok_is_ci(&ex->text, t, "their") && t + 1 < m->tb &&
                        (parley_text_tok_is_ci(&ex->text, m->tb - 1, "counterparts") ||
                         parley_text_tok_is_ci(&ex->text, m->tb - 2, "counterparts"));
            for (size_t q = en->mentions[k]; !en->title && !their && q-- > 0;) {
                const parley_mention *o = &ex->mentions[q];
                if (o->sentence + 1 < m->sentence)
                    break;
                if (o->type != PARLEY_ENTITY_PERSON || o->entity < 0 || o->entity == (int)i ||
                    in_closed_relative(ex, o, m))
                    continue;
                const parley_entity *oe = &ex->entities[o->entity];
                if (oe->title) {
                    /* of "State Councilor and Foreign Minister" the counterpart shares the last office
                     * (not of "Minister for Europe and Foreign Affairs", where no office follows) */
                    const char *t = oe->title, *and = NULL;
                    for (const char *a = strstr(t, " and "); a; a = strstr(a + 1, " and "))
                        and = a;
                    if (and && !holds_office(ex->lex, and + 5))
                        and = NULL;
                    if (!(en->title = title_less_country(and ? and + 5 : t, oe->country)))
                        return PARLEY_ENOMEM;
                    break;
                }
            }
        }
        if (en->title && counterpart_office(ex, en) < 0)
            return PARLEY_ENOMEM;
        if (en->title && en->country && national_title(ex, en) < 0)
            return PARLEY_ENOMEM;
    }
    return 0;
}

/* A lead that names a role without a name ("Turkey's national defense minister on Aug. 19
 * continued ...") and a person named later without a title ("Hulusi Akar and his ..."): when
 * exactly one person of the role's country has no title, the role's title is theirs. */
/* Is the person's title only their ranks ("Colonel General"), no office? */
static bool rank_title(const parley_extraction *ex, const parley_entity *en)
{
    if (!en->title)
        return false;
    for (size_t k = 0; k < en->n_mentions; k++) {
        const parley_mention *m = &ex->mentions[en->mentions[k]];
        if (m->title && strcmp(m->title, en->title) == 0)
            return m->title_rank;
    }
    return false;
}

/* Does the word w of n bytes in capitals spell the initials of title's words ("PM" for "Prime
 * Minister", "FM" for "Foreign Minister")? */
static bool initials_of(const char *title, const char *w, size_t n)
{
    if (n < 2 || n > 4)
        return false;
    size_t k = 0;
    for (const char *t = title; *t && k <= n; t++)
        if ((t == title || t[-1] == ' ') && *t >= 'A' && *t <= 'Z') {
            if (k == n || *t != w[k])
                return false;
            k++;
        }
    return k == n;
}

/* ... or of the title's first office, before " and " ("PM" for "Prime Minister and Minister of
 * Foreign Affairs")? */
static bool initials_open(const char *title, const char *w, size_t n)
{
    if (!title)
        return false;
    const char *and = strstr(title, " and ");
    if (!and)
        return initials_of(title, w, n);
    char first[128];
    size_t l = (size_t)(and - title);
    if (l >= sizeof first)
        return false;
    memcpy(first, title, l);
    first[l] = '\0';
    return initials_of(first, w, n);
}

/* Is the person named as someone's relative ("his wife Emine Erdogan", "her husband, X")? Such
 * a person holds no office of the story's. O(mentions of the person). */
static bool named_as_kin(const parley_extraction *ex, const parley_entity *en)
{
    for (size_t k = 0; k < en->n_mentions; k++) {
        size_t tb = ex->mentions[en->mentions[k]].tb;
        if ((tb >= 1 && parley_text_tok_in_ci(&ex->text, tb - 1, kin_words)) ||
            (tb >= 2 && parley_text_tok_is(&ex->text, tb - 1, ",") && parley_text_tok_in_ci(&ex->text, tb - 2, kin_words)))
            return true;
    }
    return false;
}

/* The length in tokens of a leader's office at token k, in capitals or in lower case ("The prime
 * minister was accompanied by"); 0 when none. O(1). */
static size_t leader_office_len(const parley_extraction *ex, size_t k)
{
    size_t l = parley_leader_office_at(ex, k);
    if (!l && parley_text_tok_is_ci(&ex->text, k, "prime") && parley_text_tok_is_ci(&ex->text, k + 1, "minister"))
        l = 2;
    else if (!l && parley_text_tok_is_ci(&ex->text, k, "president"))
        l = 1;
    return l;
}

/* The first mention of the story's first person when that person is named with no title as a
 * sentence's subject (and is no one's kin nor an international body's officer): the one a
 * leader's office later in the story may stand for; else NULL. O(mentions). */
static const parley_mention *opening_person(const parley_extraction *ex)
{
    const parley_mention *fm = NULL;
    for (size_t m = 0; m < ex->n_mentions && !fm; m++)
        if (ex->mentions[m].type == PARLEY_ENTITY_PERSON && ex->mentions[m].entity >= 0)
            fm = &ex->mentions[m];
    if (!fm)
        return NULL;
    /* (an honorific may open the sentence before the name: "Sir Keir Starmer and X met ...") */
    size_t fb = ex->text.sentences[fm->sentence].tok_begin;
    if (fm->tb > fb && fm->tb <= fb + 2 && parley_match(ex, fb, PARLEY_LEX_HONORIFIC, NULL) == fm->tb - fb)
        fb = fm->tb;
    if (ex->entities[fm->entity].title || fm->tb != fb || named_as_kin(ex, &ex->entities[fm->entity]) ||
        international(ex, &ex->entities[fm->entity]))
        return NULL;
    return fm;
}

/* "Volodymyr Zelensky met with Prime Minister of Canada Mark Carney ... The President thanked
 * Canada": the story's first person, named with no title as a sentence's subject, holds the leader's
 * office that opens one of the next four sentences ("The President", "The Prime Minister", then a
 * verb) when no one named holds it. O(mentions + entities). */
static int opening_office_title(parley_extraction *ex)
{
    const parley_mention *fm = opening_person(ex);
    if (!fm)
        return 0;
    for (size_t s = fm->sentence + 1; s < ex->text.n_sentences && s <= fm->sentence + 4; s++) {
        const parley_sentence *se = &ex->text.sentences[s];
        size_t b = se->tok_begin, l;
        if (b + 3 >= se->tok_end || !parley_text_tok_is(&ex->text, b, "The"))
            continue;
        l = leader_office_len(ex, b + 1);
        if (!l)
            continue;
        const parley_token *v = &ex->text.tokens[b + 1 + l];
        if (v->kind != PARLEY_TOK_WORD || (v->flags & PARLEY_TOK_CAP) || parley_text_tok_is(&ex->text, b + 1 + l, "of"))
            continue;
        const parley_token *ob = &ex->text.tokens[b + 1], *oe = &ex->text.tokens[b + l];
        char *office = parley_strndup(ex->text.text + ob->start, oe->end - ob->start);
        if (!office)
            return PARLEY_ENOMEM;
        /* (by someone named before the sentence: "The prime minister also met ... the Indian
         * prime minister, X" is not X) */
        bool held = false;
        for (size_t i = 0; i < ex->n_entities && !held; i++)
            held = ex->entities[i].type == PARLEY_ENTITY_PERSON && ex->entities[i].title &&
                   holds_words(ex->entities[i].title, office) && ex->entities[i].n_mentions &&
                   ex->mentions[ex->entities[i].mentions[0]].tb < b;
        if (held) {
            free(office);
            return 0;
        }
        ex->entities[fm->entity].title = office;
        return 0;
    }
    return 0;
}

static int lead_role_titles(parley_extraction *ex)
{
    size_t n = ex->text.n_tokens;
    int32_t *named = calloc(n ? n : 1, sizeof(int32_t));   /* tokens inside a person's mention: 1 + their entity */
    if (!named)
        return PARLEY_ENOMEM;
    for (size_t m = 0; m < ex->n_mentions; m++)
        if (ex->mentions[m].type == PARLEY_ENTITY_PERSON)
            for (size_t q = ex->mentions[m].tb; q < ex->mentions[m].te && q < n; q++)
                named[q] = ex->mentions[m].entity + 1;
    int rc = 0;
    for (size_t s = 0; s < ex->text.n_sentences && rc == 0; s++) {
        const parley_sentence *se = &ex->text.sentences[s];
        for (size_t j = se->tok_begin + 1; j <= se->tok_end && rc == 0; j++) {
            /* the role ends at an office word, and no name (known or not) follows it */
            if (!parley_match(ex, j - 1, PARLEY_LEX_OFFICE, NULL))
                continue;
            if (j < se->tok_end && (named[j] || (ex->text.tokens[j].flags & PARLEY_TOK_CAP)))
                continue;
            /* ... nor in apposition: "India's Minister of Defence, Rajnath Singh" (read at its end,
             * not at "Minister" before "of") */
            if (j + 1 < se->tok_end && ((parley_text_tok_is(&ex->text, j, ",") && named[j + 1]) ||
                                        parley_text_tok_is(&ex->text, j, "of") || parley_text_tok_is(&ex->text, j, "for")))
                continue;
            parley_role role;
            size_t rank_b;
            if ((rc = parley_role_before(ex, j, se->tok_begin, &role, &rank_b)) <= 0)
                continue;
            rc = 0;
            bool clear = role.office && !role.counterpart && role.country && role.title && rank_b == j;
            for (size_t q = role.b; clear && q < role.e; q++)
                clear = !named[q];
            /* "Kishida ... became the first Japanese leader to visit": a role said of someone of its
             * country named before it in the sentence is theirs (their title when they have none:
             * "received his Moroccan counterpart, X, ... the first visit by a Moroccan foreign
             * minister") */
            int said_of = -1;
            const char *head = ex->text.text + ex->text.tokens[j - 1].start;
            size_t hn = ex->text.tokens[j - 1].end - ex->text.tokens[j - 1].start;
            /* (a plural is several people's: "Azerbaijan, Türkiye, Georgia defence ministers meet") */
            if (clear && parley_plural_office(ex, head, hn))
                clear = false;
            for (size_t q = role.b > se->tok_begin + 40 ? role.b - 40 : se->tok_begin; clear && q < role.b; q++) {
                const parley_entity *pe = named[q] > 0 ? &ex->entities[named[q] - 1] : NULL;
                if (pe && pe->country && strcmp(pe->country, role.country) == 0)
                    said_of = named[q] - 1;
            }
            if (clear && said_of >= 0) {
                clear = false;
                if ((!ex->entities[said_of].title || rank_title(ex, &ex->entities[said_of])) &&
                    !international(ex, &ex->entities[said_of])) {
                    free(ex->entities[said_of].title);
                    if (!(ex->entities[said_of].title = parley_strdup(role.title)))
                        rc = PARLEY_ENOMEM;
                }
            }
            /* (whom someone is with or meets is someone else: "attended along with the Egyptian
             * Defence Attache" after "led by Brigadier General X") */
            size_t rb = role.b > se->tok_begin + 1 && parley_text_tok_is_ci(&ex->text, role.b - 1, "the") ? role.b - 1 : role.b;
            bool met = rb > se->tok_begin && (parley_text_tok_is_ci(&ex->text, rb - 1, "with") ||
                                              parley_phrase_ends_at(ex, PARLEY_LEX_MEET, rb, se->tok_begin));
            int only = -1, count = 0;
            for (size_t i = 0; clear && !met && i < ex->n_entities; i++) {
                const parley_entity *en = &ex->entities[i];
                if (en->type != PARLEY_ENTITY_PERSON || !en->country || strcmp(en->country, role.country) != 0 ||
                    named_as_kin(ex, en))
                    continue;
                if (!en->title || rank_title(ex, en)) {
                    only = (int)i;
                    count++;
                } else if (parley_text_holds_word(en->title, head, hn) || initials_open(en->title, head, hn)) {
                    clear = false;   /* "receives Sudanese envoy", "Qatari PM": the one whose title says so */
                }
            }
            if (clear && count == 1) {
                free(ex->entities[only].title);
                if (!(ex->entities[only].title = parley_strdup(role.title)))
                    rc = PARLEY_ENOMEM;
            }
            /* "Vietnamese PM concludes visit to Australia": the one person left without a country
             * whose title is that office (or reads so in initials) is of the role's country */
            int lone = -1, holders = 0;
            /* (not whom someone meets: "Meeting with Indian Defence Minister" over a minister's
             * release) */
            for (size_t i = 0; role.office && role.country && !met && rc == 0 && i < ex->n_entities; i++) {
                const parley_entity *en = &ex->entities[i];
                /* (the office's every word: not a "prime minister" for "a Chinese foreign minister") */
                if (en->type == PARLEY_ENTITY_PERSON && !en->country && !international(ex, en) && en->title &&
                    ((parley_text_holds_word(en->title, head, hn) && holds_words(en->title, role.title)) ||
                     initials_of(en->title, head, hn))) {
                    lone = (int)i;
                    holders++;
                }
            }
            /* (not when someone of the role's country holds the office already: "the first visit
             * by a Chinese foreign minister" is Wang Yi's, not the untitled-country Peters') */
            for (size_t i = 0; holders == 1 && i < ex->n_entities; i++) {
                const parley_entity *en = &ex->entities[i];
                if (en->type == PARLEY_ENTITY_PERSON && en->country && strcmp(en->country, role.country) == 0 && en->title &&
                    parley_text_holds_word(en->title, head, hn) && holds_words(en->title, role.title))
                    holders = 0;
            }
            if (holders == 1 && !(ex->entities[lone].country = parley_strdup(role.country)))
                rc = PARLEY_ENOMEM;
            free(role.title);
        }
    }
    free(named);
    return rc;
}

/* The title of people named after a plural role (role_list_rule()): the role in the singular
 * ("Defense Ministers" -> "Defense Minister"). */
static int role_list_titles(parley_extraction *ex)
{
    sentence_mentions sm = {0};
    bool built = false;
    int rc = 0;
    for (size_t i = 0; i < ex->n_entities && rc == 0; i++) {
        parley_entity *en = &ex->entities[i];
        if (en->type != PARLEY_ENTITY_PERSON || en->title)
            continue;
        for (size_t k = 0; k < en->n_mentions && !en->title; k++) {
            const parley_mention *pm = &ex->mentions[en->mentions[k]];
            size_t b, e;
            /* only a sentence's first person, or one after "and" or a comma, may be of "A, B and C"
             * opening it (the index is built when first needed) */
            if (pm->tb != ex->text.sentences[pm->sentence].tok_begin &&
                !(pm->tb > 0 && (parley_text_tok_is(&ex->text, pm->tb - 1, "and") || parley_text_tok_is(&ex->text, pm->tb - 1, ","))))
                continue;
            if (!built) {
                if (sentence_mentions_build(&sm, ex) < 0) {
                    sentence_mentions_free(&sm);
                    return PARLEY_ENOMEM;
                }
                built = true;
            }
            if (!role_list_at(ex, &sm, i, pm, &b, &e))
                continue;
            const parley_token *tb = &ex->text.tokens[b], *te = &ex->text.tokens[e - 1];
            char *t = parley_strndup(ex->text.text + tb->start, te->end - tb->start - 1);   /* less the plural's "s" */
            if (!t)
                rc = PARLEY_ENOMEM;
            en->title = t;
        }
    }
    sentence_mentions_free(&sm);
    return rc;
}

/* "The defence ministers of Mali, Burkina Faso and Niger met in Niamey. ... Niger's General X
 * attended": a plural office of a list of countries, in a sentence, is the office of each person of
 * one of those countries first named in it or the two sentences after it who has no title but
 * ranks (in the singular, as the text writes it: "defence minister"). O(tokens + entities), the
 * first sixteen lists read. */
static int countries_office_titles(parley_extraction *ex)
{
    size_t lists = 0;   /* (the first sixteen such lists: a text of thousands stays linear) */
    for (size_t s = 0; s < ex->text.n_sentences && lists < 16; s++) {
        const parley_sentence *se = &ex->text.sentences[s];
        for (size_t w = se->tok_begin + 1; w + 3 < se->tok_end; w++) {
            const parley_token *ot = &ex->text.tokens[w];
            if (ot->kind != PARLEY_TOK_WORD || (ex->text.text[ot->end - 1] | 0x20) != 's' ||
                !parley_text_tok_is(&ex->text, w + 1, "of") ||
                !parley_plural_office(ex, ex->text.text + ot->start, ot->end - ot->start))
                continue;
            /* the countries listed after "of" ("of Mali, Burkina Faso and Niger") */
            const char *cs[8];
            size_t nc = 0, q = w + 2;
            const parley_lex_entry *ce = NULL;
            size_t l;
            while (q < se->tok_end && nc < 8 && (l = parley_match(ex, q, PARLEY_LEX_COUNTRY, &ce)) && ce) {
                cs[nc++] = ce->canonical;
                q += l;
                if (q < se->tok_end && (parley_text_tok_is(&ex->text, q, ",") || parley_text_tok_is(&ex->text, q, "and")))
                    q++;
                if (q < se->tok_end && parley_text_tok_is(&ex->text, q, "and"))
                    q++;
            }
            if (nc < 2)
                continue;
            lists++;
            /* the office as written, from a domain before it ("defence ministers"), less its "s" */
            size_t b = w;
            while (b > se->tok_begin && b + 3 > w && parley_match(ex, b - 1, PARLEY_LEX_DOMAIN, NULL) == 1)
                b--;
            size_t from = ex->text.tokens[b].start, to = ot->end - 1;
            for (size_t i = 0; i < ex->n_entities; i++) {
                parley_entity *en = &ex->entities[i];
                if (en->type != PARLEY_ENTITY_PERSON || !en->country || (en->title && !rank_title(ex, en)) || !en->n_mentions)
                    continue;
                uint32_t first = ex->mentions[en->mentions[0]].sentence;
                bool listed = false;
                for (size_t k = 0; k < nc && !listed; k++)
                    listed = strcmp(cs[k], en->country) == 0;
                if (!listed || first < s || first > s + 2)
                    continue;
                char *t = parley_strndup(ex->text.text + from, to - from);
                if (!t)
                    return PARLEY_ENOMEM;
                free(en->title);
                en->title = t;
            }
            w = q;
        }
    }
    return 0;
}

/* Past "of <country>" at token q ("Energy ministers A of Tanzania and B of Uganda"): the token
 * after the country, else q. O(1). */
static size_t past_of_country(const parley_extraction *ex, size_t q)
{
    size_t c = q + 1 + (q + 2 < ex->text.n_tokens && parley_text_tok_is(&ex->text, q + 1, "the"));
    size_t l;
    if (c < ex->text.n_tokens && parley_text_tok_is(&ex->text, q, "of") && (l = parley_match(ex, c, PARLEY_LEX_COUNTRY, NULL)) &&
        c + l < ex->text.n_tokens)
        return c + l;
    return q;
}

/* "The two ministers of foreign affairs, A and B,": a plural office before a list of names is
 * each one's title, in the singular ("minister of foreign affairs"). The plural word is one whose
 * form less its "s" is an office of the lexicon, in the title or right before the name ("Energy
 * ministers A of Tanzania and B of Uganda", each name perhaps "of <country>"). O(mentions x title
 * length). */
static int plural_role_titles(parley_extraction *ex)
{
    int rc = 0;
    for (size_t m = 0; m + 1 < ex->n_mentions && rc == 0; m++) {
        const parley_mention *pm = &ex->mentions[m];
        if (pm->type != PARLEY_ENTITY_PERSON || pm->entity < 0 || !pm->title || pm->role_of >= 0 || pm->te >= ex->text.n_tokens)
            continue;
        size_t at = past_of_country(ex, pm->te);
        if (!(parley_text_tok_is(&ex->text, at, "and") || parley_text_tok_is(&ex->text, at, ",")))
            continue;
        /* the names after it: "A and B", "A, B and C" (each perhaps "of <country>") */
        size_t nl = 0;
        int list[8];
        for (size_t k = m + 1; k < ex->n_mentions && nl < 8; k++) {
            const parley_mention *nm = &ex->mentions[k];
            if (nm->sentence != pm->sentence || nm->tb < at)
                continue;
            if (nm->tb != at + 1 || nm->type != PARLEY_ENTITY_PERSON || nm->entity < 0 ||
                !(parley_text_tok_is(&ex->text, at, "and") || parley_text_tok_is(&ex->text, at, ",")))
                break;
            list[nl++] = nm->entity;
            at = nm->te < ex->text.n_tokens ? past_of_country(ex, nm->te) : nm->te;
            if (parley_text_tok_is(&ex->text, nm->tb - 1, "and"))
                break;
        }
        if (!nl)
            continue;
        parley_entity *en = &ex->entities[pm->entity];
        if (!en->title || strcmp(en->title, pm->title) != 0)
            continue;
        /* the plural word: the first of the title's words that is an office less its "s" (before
         * "of": not a body's word, "Chairman of the Joint Chiefs of Staff") */
        const char *t = en->title, *plural = NULL;
        size_t plen = 0;
        for (const char *w = t; *w && !plural;) {
            size_t n = strcspn(w, " ");
            if (n == 2 && strncmp(w, "of", 2) == 0)
                break;
            if (w[n - 1] == 's' && parley_plural_office(ex, w, n)) {
                plural = w;
                plen = n;
            }
            w += n;
            while (*w == ' ')
                w++;
        }
        /* (... or the plural word right before the name, the title already in the singular:
         * "Energy ministers A of Tanzania and B of Uganda") */
        /* (... or before the comma of an apposition: "The foreign ministers, A of X, B of Y and C") */
        size_t pw = pm->tb > 1 && parley_text_tok_is(&ex->text, pm->tb - 1, ",") ? pm->tb - 2 : pm->tb - 1;
        bool said_plural = !plural && pm->tb > 0 && ex->text.tokens[pw].kind == PARLEY_TOK_WORD &&
                           parley_text_tok_len(&ex->text, pw) > 1 && ex->text.text[ex->text.tokens[pw].end - 1] == 's' &&
                           parley_plural_office(ex, ex->text.text + ex->text.tokens[pw].start, parley_text_tok_len(&ex->text, pw));
        if (!plural && !said_plural)
            continue;
        size_t tl = strlen(t);
        char *one = malloc(tl + 1);
        if (!one) {
            rc = PARLEY_ENOMEM;
            break;
        }
        if (plural) {
            size_t off = (size_t)(plural - t);
            memcpy(one, t, off + plen - 1);
            memcpy(one + off + plen - 1, plural + plen, tl - off - plen + 1);
        } else {
            memcpy(one, t, tl + 1);
        }
        for (size_t k = 0; k < nl && rc == 0; k++) {
            parley_entity *o = &ex->entities[list[k]];
            if (o->title || o == en)
                continue;
            if (!(o->title = parley_strdup(one)))
                rc = PARLEY_ENOMEM;
        }
        free(en->title);
        en->title = one;
    }
    return rc;
}

/* The country entity a person's visit is to, told right after the person's mention m: "President
 * Lula's visit to China", "X's state visit to Y", "X's trip to Y"; -1 when none. O(log mentions). */
static int visit_of_at(const parley_extraction *ex, const parley_mention *m)
{
    size_t q = m->te, n = ex->text.n_tokens;
    if (q >= n || !parley_text_tok_poss(&ex->text, q))
        return -1;
    q++;
    while (q < n && q < m->te + 4 && ex->text.tokens[q].kind == PARLEY_TOK_WORD && !(ex->text.tokens[q].flags & PARLEY_TOK_CAP) &&
           !parley_text_tok_is(&ex->text, q, "visit") && !parley_text_tok_is(&ex->text, q, "trip"))
        q++;
    if (q + 2 >= n || !(parley_text_tok_is(&ex->text, q, "visit") || parley_text_tok_is(&ex->text, q, "trip")) ||
        !parley_text_tok_is(&ex->text, q + 1, "to"))
        return -1;
    size_t c = q + 2 + (q + 3 < n && parley_text_tok_is(&ex->text, q + 2, "the"));
    for (size_t lo = parley_mention_from(ex, 0, ex->n_mentions, c); lo < ex->n_mentions && ex->mentions[lo].tb == c; lo++)
        if (ex->mentions[lo].type == PARLEY_ENTITY_COUNTRY)
            return ex->mentions[lo].entity;
    return -1;
}

/* Is the phrase (of n bytes) an entry of the kind, folded as the lexicon keys it? */
static bool lexicon_has(const parley_extraction *ex, parley_lex_kind kind, const char *phrase, size_t n, int *err)
{
    parley_buf key = {0};
    bool found = false;
    if (parley_fold(&key, phrase, n) < 0)
        *err = PARLEY_ENOMEM;
    else
        found = parley_lexicon_find(ex->lex, kind, key.data, key.len) != NULL;
    parley_buf_free(&key);
    return found;
}

/* The offices some countries lack: a royal title ("Crown Prince", "King", "Emir") in a country
 * with no monarch, "Prime Minister" in one with none (the lexicon's no_prime_minister: "Prime
 * Minister Anthony Albanese" in a story from Jakarta), "President" in a monarchy (but those of
 * monarchy_president). Which of them the title is (0 royal, 1 prime minister, 2 president), or -1
 * for an office every country may have. */
static int lackable_office(const parley_extraction *ex, const char *title, int *err)
{
    if (lexicon_has(ex, PARLEY_LEX_ROYAL, title, strlen(title), err))
        return 0;
    return strcasecmp(title, "Prime Minister") == 0 ? 1 : strcasecmp(title, "President") == 0 ? 2 : -1;
}

/* Does country c lack the office of lackable_office() kind k? */
static bool office_lacking(const parley_extraction *ex, int k, const char *c, int *err)
{
    if (k == 1)
        return lexicon_has(ex, PARLEY_LEX_NO_PREMIER, c, strlen(c), err);
    bool monarchy = lexicon_has(ex, PARLEY_LEX_MONARCHY, c, strlen(c), err);
    return k == 0 ? !monarchy : monarchy && !lexicon_has(ex, PARLEY_LEX_MONARCHY_PRESIDENT, c, strlen(c), err);
}

/* Is the person's office a body's the lexicon does not know, said by its acronym right before
 * the title at one of the person's mentions ("JICA President X", "KOICA President X")? Such a
 * president is no head of state. O(mentions x 4). */
static bool bodys_acronym_office(const parley_extraction *ex, const parley_entity *en)
{
    const parley_text *t = &ex->text;
    for (size_t k = 0; k < en->n_mentions; k++) {
        const parley_mention *m = &ex->mentions[en->mentions[k]];
        size_t sb = t->sentences[m->sentence].tok_begin;
        for (size_t q = m->tb; q-- > sb && q + 4 > m->tb;) {
            const parley_token *tk = &t->tokens[q];
            if (tk->kind != PARLEY_TOK_WORD || !(tk->flags & PARLEY_TOK_CAP))
                break;
            size_t n = parley_text_tok_len(t, q);
            if ((tk->flags & PARLEY_TOK_ALLCAPS) && n >= 3 && n <= 6 && !(ex->match_kinds && ex->match_kinds[q]) &&
                !parley_match(ex, q, PARLEY_LEX_OFFICE, NULL))
                return true;
        }
    }
    return false;
}

/* An office guessed the country of one that lacks it ("Crown Prince Hussein bin Abdullah" in a
 * story from Cairo, "Prime Minister Anthony Albanese" in one from Jakarta) is guessed the one
 * country with the office that the story names (as a country, or a person's) and whose holder it
 * does not name, else none. Changes guess[]; 0 or PARLEY_ENOMEM. O(entities): the story's
 * countries with each office are looked up once, their holders once a title. */
/* Of the countries the story names with an office of kind `kind`, the one named (as a country,
 * or by a city of it) in the first of the person's sentences naming any, when just one is, else
 * NULL: "Kenya and Ethiopia agreed ... after talks between President A and Prime Minister B in
 * Addis Ababa" makes B Ethiopian, not Somali. Sets *err on failure. O(mentions of the person's
 * sentences, 64 each). */
static const char *office_country_near(const parley_extraction *ex, const sentence_mentions *sm, const parley_entity *en,
                                       int kind, int *err)
{
    for (size_t k = 0; k < en->n_mentions && k < 8 && !*err; k++) {
        size_t s = ex->mentions[en->mentions[k]].sentence;
        const char *one = NULL;
        for (size_t j = sm->off[s]; j < sm->off[s + 1] && j < sm->off[s] + 64 && !*err; j++) {
            const parley_mention *o = &ex->mentions[sm->idx[j]];
            if (o->entity < 0)
                continue;
            const char *c = o->type == PARLEY_ENTITY_COUNTRY                            ? ex->entities[o->entity].name
                            : o->type == PARLEY_ENTITY_LOCATION && o->lex && o->lex->kind == PARLEY_LEX_CITY ? o->lex->country
                                                                                                          : NULL;
            if (!c || office_lacking(ex, kind, c, err))
                continue;
            if (one && strcmp(one, c) != 0)
                return NULL;
            one = c;
        }
        if (one)
            return one;
    }
    return NULL;
}

static int office_guesses(const parley_extraction *ex, const sentence_mentions *sm, const char **guess)
{
    int err = 0;
    const char *holder[3] = {NULL, NULL, NULL};
    bool looked[3] = {false, false, false}, several[3] = {false, false, false}, taken[3] = {false, false, false};
    const char *taken_title[3] = {NULL, NULL, NULL};   /* the title taken[] was looked for with */
    for (size_t i = 0; i < ex->n_entities && !err; i++) {
        const parley_entity *en = &ex->entities[i];
        if (en->type != PARLEY_ENTITY_PERSON || en->country || !guess[i] || !en->title)
            continue;
        int kind = lackable_office(ex, en->title, &err);
        if (kind < 0 || !office_lacking(ex, kind, guess[i], &err) || bodys_acronym_office(ex, en))
            continue;
        for (size_t k = 0; !looked[kind] && k < ex->n_entities && !err; k++) {
            const parley_entity *o = &ex->entities[k];
            const char *c = o->type == PARLEY_ENTITY_COUNTRY && o->n_mentions ? o->name
                            : o->type == PARLEY_ENTITY_PERSON                 ? o->country
                                                                              : NULL;
            if (!c || office_lacking(ex, kind, c, &err))
                continue;
            several[kind] |= holder[kind] && strcmp(holder[kind], c) != 0;
            holder[kind] = c;
        }
        looked[kind] = true;
        /* (not a country whose holder of that very office the story names: "Prime Minister X met
         * Canadian Prime Minister Y in Johannesburg"; looked for once a title, among the first
         * 1024 entities) */
        if (!several[kind] && holder[kind] && (!taken_title[kind] || strcasecmp(taken_title[kind], en->title) != 0)) {
            taken_title[kind] = en->title;
            taken[kind] = false;
            for (size_t k = 0; k < ex->n_entities && k < 1024 && !taken[kind]; k++) {
                const parley_entity *o = &ex->entities[k];
                taken[kind] = o->type == PARLEY_ENTITY_PERSON && o->country && o->title &&
                              strcmp(o->country, holder[kind]) == 0 && strcasecmp(o->title, en->title) == 0;
            }
        }
        guess[i] = several[kind] ? office_country_near(ex, sm, en, kind, &err) : taken[kind] ? NULL : holder[kind];
    }
    return err;
}

/* "Secretary of State Marco Rubio ... Cardinal Secretary of State Pietro Parolin": an office of
 * several countries (the lexicon's national_office phrases), held by two people given the same
 * country, is the later one's in the other country the story names that has it. Changes
 * countries; 0 or PARLEY_ENOMEM. O(people · 1024): earlier holders are looked for among the first
 * 1024 entities. */
static int shared_office_holders(parley_extraction *ex)
{
    parley_buf key = {0};
    int rc = 0;
    for (size_t i = 0; i < ex->n_entities && rc == 0; i++) {
        parley_entity *en = &ex->entities[i];
        if (en->type != PARLEY_ENTITY_PERSON || !en->title || !en->country)
            continue;
        bool earlier = false;
        for (size_t j = 0; j < i && j < 1024 && !earlier; j++) {
            const parley_entity *o = &ex->entities[j];
            earlier = o->type == PARLEY_ENTITY_PERSON && o->title && o->country && strcmp(o->country, en->country) == 0 &&
                      strcasecmp(o->title, en->title) == 0;
        }
        if (!earlier)
            continue;
        parley_buf_clear(&key);
        if (parley_fold(&key, en->title, strlen(en->title)) < 0) {
            rc = PARLEY_ENOMEM;
            break;
        }
        const char *other = NULL;
        size_t holders = 0;
        for (const parley_lex_entry *e = parley_lexicon_lookup(ex->lex, key.data, key.len); e; e = e->next) {
            if (e->kind != PARLEY_LEX_NATIONAL_OFFICE || !e->country)
                continue;
            holders++;
            if (!other && strcmp(e->country, en->country) != 0 && story_names_country(ex, e->country))
                other = e->country;
        }
        if (holders < 2 || !other)
            continue;
        char *c = parley_strdup(other);
        if (!c) {
            rc = PARLEY_ENOMEM;
            break;
        }
        free(en->country);
        en->country = c;
    }
    parley_buf_free(&key);
    return rc;
}

/* "Japan's top diplomat held talks with his Chinese counterpart on Thursday ... Foreign Minister
 * Takeshi Iwaya and Wang Yi met for about 90 minutes": an unnamed counterpart of a country in one
 * of the first sentences, then, within two sentences, "A and B" where A has a title and B has
 * neither a title nor a country: B is the counterpart, of that country, with A's office. 0 or
 * PARLEY_ENOMEM. O(mentions of the first sentences). */
static int unnamed_counterpart_named_next(parley_extraction *ex)
{
    const parley_text *t = &ex->text;
    if (!lead_says(t, 4, "counterpart"))
        return 0;
    for (size_t s = 0; s < t->n_sentences && s < 4; s++) {
        const parley_sentence *se = &t->sentences[s];
        const char *country = NULL;
        for (size_t q = se->tok_begin + 1; q < se->tok_end && !country; q++) {
            const parley_lex_entry *de = NULL;
            if (parley_text_tok_len(t, q) != 11 || t->text[t->tokens[q].start] != 'c' || !parley_text_tok_is(t, q, "counterpart"))
                continue;
            size_t d = parley_phrase_start(ex, PARLEY_LEX_DEMONYM, q, se->tok_begin);
            if (d == SIZE_MAX || d == q || parley_match(ex, d, PARLEY_LEX_DEMONYM, &de) != q - d || !de || d == se->tok_begin ||
                !(parley_text_tok_is(t, d - 1, "his") || parley_text_tok_is(t, d - 1, "her")))
                continue;
            /* (unnamed: no name right after it, nor one set off by a comma) */
            bool named = false;   /* (the mentions are in text order: those up to the sentence's end) */
            for (size_t m = 0; m < ex->n_mentions && ex->mentions[m].sentence <= s && !named; m++)
                named = ex->mentions[m].sentence == s && ex->mentions[m].type == PARLEY_ENTITY_PERSON &&
                        ex->mentions[m].tb > q && ex->mentions[m].tb <= q + 2;
            if (!named)
                country = de->canonical;
        }
        if (!country)
            continue;
        for (size_t m = 1; m < ex->n_mentions; m++) {
            const parley_mention *b = &ex->mentions[m], *a = &ex->mentions[m - 1];
            if (b->sentence <= s || b->sentence > s + 2 || a->sentence != b->sentence || b->type != PARLEY_ENTITY_PERSON ||
                a->type != PARLEY_ENTITY_PERSON || a->entity < 0 || b->entity < 0 || a->entity == b->entity || a->te + 1 != b->tb ||
                !parley_text_tok_is(t, a->te, "and"))
                continue;
            parley_entity *ea = &ex->entities[a->entity], *eb = &ex->entities[b->entity];
            if (!ea->title || eb->title || eb->country || b->title || (ea->country && strcmp(ea->country, country) == 0))
                continue;
            if (!(eb->title = parley_strdup(ea->title)) || !(eb->country = parley_strdup(country)))
                return PARLEY_ENOMEM;
            return 0;
        }
    }
    return 0;
}

/* "The President of Russia held talks with the Prime Minister of India ... Vladimir Putin and
 * Narendra Modi discussed ...": a sentence naming two roles ("the <Office> of <Country>") and no
 * one, then one opening with two people joined by "and", neither with a title or a country
 * stated: the roles are theirs, in order. 0 or PARLEY_ENOMEM. O(tokens). */
static int role_pair_named_next(parley_extraction *ex)
{
    const parley_text *t = &ex->text;
    for (size_t s = 0; s + 1 < t->n_sentences && s < 8; s++) {
        const parley_sentence *se = &t->sentences[s];
        /* (the mentions are in text order: those of s, then of s + 1) */
        size_t nm = 0, m0 = ex->n_mentions;
        for (size_t m = 0; m < ex->n_mentions && ex->mentions[m].sentence <= s + 1; m++) {
            nm += ex->mentions[m].sentence == s && ex->mentions[m].type == PARLEY_ENTITY_PERSON;
            if (ex->mentions[m].sentence == s + 1 && m0 == ex->n_mentions)
                m0 = m;
        }
        if (nm)
            continue;
        size_t ob[2], oe[2];
        const char *cc[2];
        size_t roles = 0;
        for (size_t q = se->tok_begin; q + 3 < se->tok_end && roles < 3; q++) {
            size_t l;
            const parley_lex_entry *ce = NULL;
            if (!parley_text_tok_is_ci(t, q, "the") || !(t->tokens[q + 1].flags & PARLEY_TOK_CAP) ||
                !(l = parley_match(ex, q + 1, PARLEY_LEX_OFFICE, NULL)) || q + 2 + l >= se->tok_end ||
                !parley_text_tok_is(t, q + 1 + l, "of"))
                continue;
            size_t c = q + 2 + l + parley_text_tok_is(t, q + 2 + l, "the");
            if (c >= se->tok_end || !parley_match(ex, c, PARLEY_LEX_COUNTRY, &ce) || !ce)
                continue;
            if (roles < 2) {
                ob[roles] = q + 1;
                oe[roles] = q + 1 + l;
                cc[roles] = ce->canonical;
            }
            roles++;
        }
        if (roles != 2 || strcmp(cc[0], cc[1]) == 0)
            continue;
        /* the next sentence opens with "A and B" */
        const parley_mention *a = NULL, *b = NULL;
        for (size_t m = m0; m < ex->n_mentions && ex->mentions[m].sentence == s + 1 && !b; m++) {
            const parley_mention *mm = &ex->mentions[m];
            if (mm->type != PARLEY_ENTITY_PERSON || mm->entity < 0)
                continue;
            if (!a)
                a = mm;
            else
                b = mm;
        }
        if (!a || !b || a->tb != t->sentences[s + 1].tok_begin || b->tb != a->te + 1 || !parley_text_tok_is(t, a->te, "and") ||
            a->entity == b->entity)
            break;
        parley_entity *ea = &ex->entities[a->entity], *eb = &ex->entities[b->entity];
        if (ea->title || eb->title || ea->country || eb->country)
            break;
        parley_entity *who[2] = {ea, eb};
        for (int k = 0; k < 2; k++) {
            size_t n = (size_t)(t->tokens[oe[k] - 1].end - t->tokens[ob[k]].start);
            if (!(who[k]->title = parley_strndup(t->text + t->tokens[ob[k]].start, n)) ||
                !(who[k]->country = parley_strdup(cc[k])))
                return PARLEY_ENOMEM;
        }
        break;
    }
    return 0;
}

/* Is the role stated at person mention m a former one: "X, a former president of Iraq", "former
 * Iraqi President X"? O(8). */
static bool former_role_at(const parley_extraction *ex, const parley_mention *m)
{
    const parley_text *t = &ex->text;
    size_t sb = t->sentences[m->sentence].tok_begin, se = t->sentences[m->sentence].tok_end, q = m->te;
    if (q + 2 < se && parley_text_tok_is(t, q, ",")) {
        q++;
        if (parley_text_tok_is(t, q, "a") || parley_text_tok_is(t, q, "the"))
            q++;
        if (q < se && (parley_text_tok_is(t, q, "former") || parley_text_tok_is(t, q, "ex")))
            return true;
    }
    for (size_t r = m->tb; r-- > sb && r + 8 > m->tb;) {
        if (parley_text_tok_is_ci(t, r, "former"))
            return true;
        if (t->tokens[r].kind != PARLEY_TOK_WORD || !(t->tokens[r].flags & PARLEY_TOK_CAP))
            break;
    }
    return false;
}

static int person_roles(parley_extraction *ex)
{
    /* title and country: the first stated, a counterpart's title from the other side */
    for (size_t i = 0; i < ex->n_entities; i++) {
        parley_entity *en = &ex->entities[i];
        if (en->type != PARLEY_ENTITY_PERSON)
            continue;
        bool rank_only = false;   /* en->title is only ranks */
        bool counterpart = false; /* a mention is "his ... counterpart, General X" */
        bool any_counterpart = false;
        for (size_t k = 0; k < en->n_mentions; k++) {
            const parley_mention *m = &ex->mentions[en->mentions[k]];
            /* (an international body's officer keeps no country of a former office: "UN High
             * Commissioner for Refugees X ... X, a former president of Iraq") */
            if (!en->country && m->country &&
                !(former_role_at(ex, m) && (international(ex, en) || leads_international_body(ex, en))) &&
                !(en->country = parley_strdup(m->country)))
                return PARLEY_ENOMEM;
            counterpart |= m->title_rank && m->counterpart;
            any_counterpart |= m->counterpart;
            /* a counterpart's ranks wait: the other side's office is the better title; an office
             * said at another mention replaces ranks; a second office ("who is also ...") waits
             * for the others (set after the counterparts' titles below) */
            if (m->title && !m->title_also && !(m->title_rank && m->counterpart) &&
                (!en->title || (rank_only && !m->title_rank))) {
                free(en->title);
                if (!(en->title = parley_strdup(m->title)))
                    return PARLEY_ENOMEM;
                rank_only = m->title_rank;
            }
        }
        /* "his Tanzanian counterpart, General X ... General X later paid": the counterpart's
         * office comes later (counterpart_titles()), not the ranks of another mention */
        /* (so is a bare "Minister": "his Norwegian counterpart X ... 'with Minister X'" holds the
         * other side's portfolio; the bare word comes back below if no counterpart's title does) */
        if ((counterpart && rank_only) || (any_counterpart && en->title && bare_minister(en->title))) {
            free(en->title);
            en->title = NULL;
        }
    }
    int rc = counterpart_titles(ex);
    if (rc == 0)
        rc = role_pair_named_next(ex);
    if (rc == 0)
        rc = unnamed_counterpart_named_next(ex);
    if (rc < 0)
        return rc;
    for (size_t i = 0; i < ex->n_entities; i++) {
        parley_entity *en = &ex->entities[i];
        for (size_t k = 0; en->type == PARLEY_ENTITY_PERSON && !en->title && k < en->n_mentions; k++) {
            const parley_mention *m = &ex->mentions[en->mentions[k]];
            if (m->title && (m->title_also || bare_minister(m->title)) &&
                !(en->title = parley_strdup(m->title)))
                return PARLEY_ENOMEM;
        }
    }
    sentence_mentions sm = {0};
    if (sentence_mentions_build(&sm, ex) < 0) {
        sentence_mentions_free(&sm);
        return PARLEY_ENOMEM;
    }
    if ((rc = apply_rule(ex, &sm, side_rule)) < 0 || (rc = apply_rule(ex, &sm, owner_title_rule)) < 0 ||
        (rc = apply_rule(ex, &sm, sender_rule)) < 0 || (rc = apply_rule(ex, &sm, behalf_rule)) < 0 ||
        (rc = apply_rule(ex, &sm, represented_rule)) < 0 || (rc = apply_rule(ex, &sm, envoys_visitor_rule)) < 0 ||
        (rc = apply_rule(ex, &sm, members_rule)) < 0 ||
        (rc = apply_rule(ex, &sm, together_rule)) < 0 ||
        (rc = apply_rule(ex, &sm, host_rule)) < 0 || (rc = apply_rule(ex, &sm, seat_rule)) < 0 ||
        (rc = apply_rule(ex, &sm, met_at_seat_rule)) < 0 ||
        (rc = apply_rule(ex, &sm, spokesperson_rule)) < 0 ||
        (rc = apply_rule(ex, &sm, called_on_rule)) < 0 ||
        (rc = apply_rule(ex, &sm, role_list_rule)) < 0 || (rc = apply_rule(ex, &sm, led_by_rule)) < 0 ||
        (rc = apply_rule(ex, &sm, deputy_rule)) < 0 || (rc = apply_rule(ex, &sm, item_visit_rule)) < 0 ||
        (rc = apply_rule(ex, &sm, heads_group_rule)) < 0 ||
        (rc = apply_rule(ex, &sm, national_office_rule)) < 0 || (rc = apply_rule(ex, &sm, national_office_last_rule)) < 0 ||
        (rc = apply_rule(ex, &sm, parallel_pair_rule)) < 0 || (rc = apply_rule(ex, &sm, parallel_list_rule)) < 0 || (rc = apply_rule(ex, &sm, their_counterparts_rule)) < 0 ||
        (rc = apply_rule(ex, &sm, from_pair_rule)) < 0 || (rc = apply_rule(ex, &sm, counterparts_list_rule)) < 0 ||
        (rc = apply_rule(ex, &sm, with_pair_rule)) < 0 ||
        (rc = apply_rule(ex, &sm, co_subject_rule)) < 0 || (rc = apply_rule(ex, &sm, co_object_rule)) < 0 ||
        (rc = apply_rule(ex, &sm, pair_rules)) < 0 ||
        (rc = apply_rule(ex, &sm, owner_rule)) < 0 || (rc = apply_rule(ex, &sm, plural_office_pair_rule)) < 0 || (rc = apply_rule(ex, &sm, its_rule)) < 0 ||
        (rc = apply_rule(ex, &sm, greeted_rule)) < 0 ||
        (rc = apply_rule(ex, &sm, companions_pair_rule)) < 0 || (rc = apply_rule(ex, &sm, two_countries_rule)) < 0 ||
        (rc = apply_rule(ex, &sm, signed_with_rule)) < 0 || (rc = apply_rule(ex, &sm, between_partner_rule)) < 0 ||
        (rc = apply_rule(ex, &sm, delegation_list_rule)) < 0 ||
        (rc = apply_rule(ex, &sm, led_delegation_member_rule)) < 0 || (rc = apply_rule(ex, &sm, body_delegation_member_rule)) < 0 ||
        (rc = apply_rule(ex, &sm, seat_said_rule)) < 0 || (rc = apply_rule(ex, &sm, accompanied_principal_rule)) < 0 ||
        (rc = apply_rule(ex, &sm, counterpart_side_rule)) < 0 ||
        (rc = apply_rule(ex, &sm, home_journey_rule)) < 0 ||
        (rc = apply_rule(ex, &sm, presence_rule)) < 0 || (rc = apply_rule(ex, &sm, attendance_rule)) < 0) {
        sentence_mentions_free(&sm);
        return rc;
    }
    /* the one country named in a sentence with the person, other people's stated countries aside
     * (decided for everyone first, then set, so that the order of people does not matter) */
    const char **proposal = calloc(ex->n_entities ? ex->n_entities : 1, sizeof(char *));
    if (!proposal) {
        sentence_mentions_free(&sm);
        return PARLEY_ENOMEM;
    }
    size_t dl_end = dateline_end(ex);
    static const char *const said_words[] = {"said", "says", "told", NULL};
    for (size_t i = 0; i < ex->n_entities; i++) {
        parley_entity *en = &ex->entities[i];
        if (en->type != PARLEY_ENTITY_PERSON || en->country || international(ex, en))
            continue;
        size_t first_tb = 0;   /* the person's first token in the sentence of mention k */
        /* (not the country of a counterpart: "Defense Minister X and his Australian counterpart
         * Y ... X is scheduled to visit the Royal Australian Navy base") */
        const char *avoid = counterparts_country(ex, &sm, en, (int)i);
        for (size_t k = 0; k < en->n_mentions && !proposal[i]; k++) {
            const parley_mention *self_m = &ex->mentions[en->mentions[k]];
            uint32_t s = self_m->sentence;
            if (k == 0 || ex->mentions[en->mentions[k - 1]].sentence != s)
                first_tb = self_m->tb;
            const char *only = NULL;
            int distinct = 0;
            if (ex->text.sentences[s].headline)
                continue;
            /* the meeting words after this mention, if any: what follows them describes whom
             * the person meets */
            size_t trig = meet_after(ex, &sm, self_m);
            /* "President Lula's visit to China": the country the person's visit is to, not theirs */
            int visit_to = visit_of_at(ex, self_m);
            /* (two countries already decide: none is proposed; a country seen is not read again,
             * so that a sentence listing thousands stays linear) */
            for (size_t j = sm.off[s]; (sm.has[s] & SM_COUNTRY) && j < sm.off[s + 1] && distinct < 2; j++) {
                const parley_mention *o = &ex->mentions[sm.idx[j]];
                if (o->type != PARLEY_ENTITY_COUNTRY || o->entity < 0)
                    continue;
                if ((only && strcmp(only, ex->entities[o->entity].name) == 0) || o->entity == visit_to ||
                    (avoid && strcmp(avoid, ex->entities[o->entity].name) == 0))
                    continue;
                /* a destination or a location is not where a person comes from, nor is the
                 * country of someone unnamed ("received the Turkish ambassador") */
                if (!government_led_by(ex, o, self_m) && (located_at(ex, o, s) || unnamed_role(ex, o) || o->te <= dl_end || of_a_thing(ex, o) ||
                    in_gathering_name(ex, &sm, s, o) ||   /* "the ASEAN-Australia Special Summit" */
                    in_country_pair(ex, o) || office_posting(ex, o, ex->text.sentences[s].tok_begin) ||
                    /* "on Wednesday, US time": a clock's */
                    (o->te < ex->text.n_tokens && parley_text_tok_is(&ex->text, o->te, "time")) ||
                    /* "left for China" */
                    (o->tb > ex->text.sentences[s].tok_begin && parley_departure_for(ex, o->tb - 1, ex->text.sentences[s].tok_begin)) ||
                    /* "X travelled to Kyiv by train from Poland" (the traveller's start; not for one
                     * met there after it: "from Jordan, where he had met King Abdullah II") */
                    (first_tb < o->tb && parley_journey_from(ex, o->tb - 1, ex->text.sentences[s].tok_begin)) ||
                    /* "was pleased to visit the Philippines" */
                    visited_object(ex, o, ex->text.sentences[s].tok_begin) ||
                    /* a partner: "would hold the exercise with the United States", "had signed
                     * similar agreements with Germany and France" */
                    /* (... named before it by any of the person's mentions there: "President X
                     * and Y agreed to strengthen cooperation with the United States, X's office
                     * said") */
                    /* (... or the source that ends the sentence: "A and B agreed to strengthen
                     * cooperation with the United States, presidential spokesperson X said") */
                    (after_with(ex, &sm, o, s) &&
                     (first_tb < o->tb || parley_in_quotation(ex, s, o->tb) ||
                      (self_m->te < ex->text.n_tokens && parley_text_tok_in_ci(&ex->text, self_m->te, said_words)))) ||
                    /* a country thanked or urged is not the speaker's (who is named before it),
                     * nor that of the source quoted after it ("Hasina thanked India for its
                     * support, press secretary X told reporters") */
                    addressed_country(ex, s, o, self_m) || goods_to(ex, o, ex->text.sentences[s].tok_begin) ||
                    topic_country(ex, o, s) || said_that_country(ex, o, self_m) || guest_of(ex, o, ex->text.sentences[s].tok_begin) ||
                    after_others_clause(ex, o, self_m) ||
                    as_role_of_other(ex, &sm, o, self_m)))
                    continue;
                /* "X met the Commander of the Indian Navy's Eastern Command, Y": the country in
                 * the description of the person met is theirs */
                bool theirs = false;
                for (size_t r = sm.off[s]; r < sm.off[s + 1] && !theirs; r++) {
                    const parley_mention *pm = &ex->mentions[sm.idx[r]];
                    if (pm->type != PARLEY_ENTITY_PERSON || pm->entity < 0 || pm->entity == (int)i)
                        continue;
                    /* ("A and Chilean Navy Commodore B will serve": the country of another's title,
                     * capitalised words only between) */
                    /* (... "and" between two offices: "Chinese Party General Secretary and
                     * President Xi Jinping") */
                    /* (... or a noun for a person right before the name: "the jailed Hong Kong
                     * activist Jimmy Lai") */
                    bool title_of = pm->tb >= o->te && pm->tb <= o->te + 8;
                    for (size_t q = o->te; title_of && q < pm->tb; q++)
                        title_of = ex->text.tokens[q].kind == PARLEY_TOK_WORD &&
                                   ((ex->text.tokens[q].flags & PARLEY_TOK_CAP) ||
                                    (parley_text_tok_is(&ex->text, q, "and") && q > o->te && q + 1 < pm->tb &&
                                     parley_match(ex, q + 1, PARLEY_LEX_OFFICE, NULL)) ||
                                    (q + 1 == pm->tb && parley_match(ex, q, PARLEY_LEX_PERSON_NOUN, NULL) == 1));
                    /* ("Ramdin, a Surinamese diplomat who took office in May, also met Y": an
                     * apposition's country after another's name) */
                    bool apposed = o->tb >= pm->te + 2 && o->tb <= pm->te + 3 && parley_text_tok_is(&ex->text, pm->te, ",") &&
                                   (parley_text_tok_is(&ex->text, o->tb - 1, "a") || parley_text_tok_is(&ex->text, o->tb - 1, "an") ||
                                    parley_text_tok_is(&ex->text, o->tb - 1, "the"));
                    theirs = title_of || apposed || (trig != SIZE_MAX && o->tb > trig && pm->tb >= o->te && pm->tb <= o->te + 15) ||
                             /* "King Abdullah II of Jordan" */
                             (pm->te < o->tb && o->tb <= pm->te + 2 && parley_text_tok_is(&ex->text, pm->te, "of") &&
                              (o->tb == pm->te + 1 || parley_text_tok_is(&ex->text, pm->te + 1, "the")));
                }
                if (theirs)
                    continue;
                const char *c = ex->entities[o->entity].name;
                bool others = false;
                for (size_t r = sm.off[s]; r < sm.off[s + 1] && !others; r++) {
                    const parley_mention *pm = &ex->mentions[sm.idx[r]];
                    others = pm->type == PARLEY_ENTITY_PERSON && pm->entity >= 0 && pm->entity != (int)i &&
                             ex->entities[pm->entity].country && strcmp(ex->entities[pm->entity].country, c) == 0;
                }
                /* ('"Canada is the most European of non-European countries," X said' after
                 * "X and Canadian Prime Minister Y signed": a country quoted that someone else
                 * named before is stated to be of, the partner's) */
                if (!others && parley_in_quotation(ex, s, o->tb)) {
                    size_t sb = ex->text.sentences[s].tok_begin;
                    for (size_t r = 0; r < ex->n_entities && r < 1024 && !others; r++) {
                        const parley_entity *pe = &ex->entities[r];
                        others = pe->type == PARLEY_ENTITY_PERSON && r != i && pe->country && pe->n_mentions &&
                                 ex->mentions[pe->mentions[0]].tb < sb && strcmp(pe->country, c) == 0;
                    }
                }
                if (others || (only && strcmp(only, c) == 0))
                    continue;
                /* "Mr. Lula said Chile is a strategic partner": the country said of, after the
                 * speech verb, is that of the person met, not the speaker's */
                static const char *const speech[] = {"said", "says", "stressed", "noted", "added", "described", "called", NULL};
                bool spoken_of = false;
                for (size_t q = o->tb; q-- > ex->text.sentences[s].tok_begin && q + 4 > o->tb && !spoken_of;)
                    spoken_of = parley_text_tok_in_ci(&ex->text, q, speech);
                bool visitor;
                const char *met = spoken_of ? met_persons_country(ex, &sm, en, (int)i, &visitor) : NULL;
                if (met && strcmp(met, c) == 0)
                    continue;
                only = c;
                distinct++;
            }
            if (distinct == 1)
                proposal[i] = only;
        }
        /* (else the seat of government the sentence cites: "..., the Casa Rosada said") */
        if (!proposal[i] && en->title)
            proposal[i] = seat_source_country(ex, &sm, en);
    }
    /* (the sender and spokesperson rules again: whom they read may have just been given a country,
     * "President X of Nigeria ... X was accompanied by Foreign Minister Y") */
    if ((rc = set_countries(ex, proposal)) < 0 || (rc = apply_rule(ex, &sm, sender_rule)) < 0 ||
        (rc = apply_rule(ex, &sm, spokesperson_rule)) < 0 || (rc = apply_rule(ex, &sm, visited_rule)) < 0 ||
        (rc = apply_rule(ex, &sm, visited_before_rule)) < 0 ||
        (rc = namesakes(ex)) < 0 || (rc = apply_rule(ex, &sm, companion_rule)) < 0 ||
        (rc = apply_rule(ex, &sm, accompanied_by_rule)) < 0 || (rc = apply_rule(ex, &sm, led_delegation_member_rule)) < 0 ||
        /* (... and a pair whose first was just given one: "accompanied by ministers, including A
         * and B, who met their Polish counterparts"; "hosted her Botswana counterpart ... signed
         * by the foreign ministers of the two countries, A and B", the host's country told by the
         * guess above) */
        (rc = apply_rule(ex, &sm, their_counterparts_rule)) < 0 || (rc = apply_rule(ex, &sm, parallel_pair_rule)) < 0 || (rc = apply_rule(ex, &sm, parallel_list_rule)) < 0 ||
        (rc = apply_rule(ex, &sm, plural_office_pair_rule)) < 0 || (rc = apply_rule(ex, &sm, royal_couple_rule)) < 0 || (rc = apply_rule(ex, &sm, kin_rule)) < 0 || (rc = apply_rule(ex, &sm, headline_counterpart_rule)) < 0) {
        sentence_mentions_free(&sm);
        return rc;
    }
    /* else the dateline's country, or the one the article is about, unless the person visits it
     * (decided for everyone first, then set) */
    const char *dateline = ex->dateline_place >= 0 && !ex->dateline_venue ? ex->entities[ex->dateline_place].country : NULL;
    bool official;
    const char *publisher = source_country(ex, &official);
    const char **fallback = calloc(ex->n_entities ? ex->n_entities : 1, sizeof(char *));
    size_t *lead_first = lead_positions(ex);
    /* the countries, listed once (a document may name thousands of people and a few countries) */
    uint32_t *countries = malloc((ex->n_entities ? ex->n_entities : 1) * sizeof(uint32_t));
    size_t n_countries = 0;
    if (!fallback || !lead_first || !countries) {
        free(fallback);
        free(lead_first);
        free(countries);
        sentence_mentions_free(&sm);
        return PARLEY_ENOMEM;
    }
    for (size_t i = 0; i < ex->n_entities; i++)
        if (ex->entities[i].type == PARLEY_ENTITY_COUNTRY)
            countries[n_countries++] = (uint32_t)i;
    /* each country's mentions that are not the topic of a discussion ("discussed Iran's nuclear
     * program"), counted once for everyone */
    size_t *said = malloc((n_countries ? n_countries : 1) * sizeof(size_t));
    if (!said) {
        free(fallback);
        free(lead_first);
        free(countries);
        sentence_mentions_free(&sm);
        return PARLEY_ENOMEM;
    }
    bool counted = false;   /* said[] is filled when a guess first needs it */
    parley_map held = {0};  /* the offices of the people before (note_offices()) */
    size_t noted = 0;
    /* the offices of everyone whose country is said (not a former holder), noted when a guess
     * first needs them */
    parley_map stated = {0};
    bool stated_noted = false;
    const char *there_home = NULL;   /* a place, and whether the publisher's own are said there */
    bool there = false;
    const int speaker = parley_letterhead(ex);
    bool *guests = speaker >= 0 ? calloc(ex->n_entities ? ex->n_entities : 1, sizeof(bool)) : NULL;
    /* (out of memory: no one is taken for the speaker's guest) */
    const int first_guest = guests ? speaker_guests(ex, &sm, speaker, guests) : -1;
    for (size_t i = 0; i < ex->n_entities; i++) {
        const parley_entity *en = &ex->entities[i];
        if (en->type != PARLEY_ENTITY_PERSON || en->country || international(ex, en) || bodys_secretary_general(ex, &sm, en) ||
            private_body_post(ex, en) || leads_international_body(ex, en))
            continue;
        const char *avoid = counterparts_country(ex, &sm, en, (int)i);
        if (!avoid)
            avoid = posted_country(ex, &sm, en);
        if (!avoid)
            avoid = delegation_host(ex, &sm, en, (int)i, fallback);
        if (!avoid)
            avoid = marked_partner(ex, en);
        if (!avoid)
            avoid = summit_partner(ex, &sm, en, (int)i, fallback);
        if (!avoid)
            avoid = delegation_met(ex, &sm, en, (int)i);
        if (!avoid && (int)i == speaker && first_guest >= 0)
            avoid = ex->entities[first_guest].country;
        /* (whom the release's minister meets is not of the release's government by that alone) */
        bool speakers_guest = !avoid && guests && guests[i];
        if (!avoid)
            avoid = quoted_visitor_country(ex, &sm, en, (int)i, fallback);
        /* one who accompanies a visitor left without a guess is no more the dateline's ("ABU DHABI:
         * PM X called on UAE President Y ... The prime minister was accompanied by A") */
        /* (not one who escorts an international body's officer, whose country is no one's:
         * "NATO Secretary General X ... visited the air base, accompanied by Defence Minister Y";
         * the officer's own suite is: "The EBRD President was accompanied by the Bank's Managing
         * Director") */
        bool suite;
        int principal = !avoid ? accompanied_principal(ex, &sm, en, &suite) : -1;
        /* (the suite of an international body's officer is of no country either: "The EBRD
         * President was accompanied by Managing Director for Central Asia X"; but a minister is a
         * government's: "Dr. X [of the WTO] was accompanied by Minister of Trade and Industry Y") */
        bool minister = parley_text_holds_word(en->title, "minister", 8);
        if (principal >= 0 && suite && !minister && !ex->entities[principal].country &&
            (international(ex, &ex->entities[principal]) || leads_international_body(ex, &ex->entities[principal])))
            continue;
        if (dateline && principal >= 0 && (size_t)principal < i && !ex->entities[principal].country && !fallback[principal] &&
            (!international(ex, &ex->entities[principal]) || (suite && !minister)))
            avoid = dateline;
        /* (an office the country's own person holds in the story is another country's here) */
        note_offices(ex, &held, &noted, i, fallback);
        const char *taken = NULL;   /* (the guess it would have been: kept when there is no other) */
        if (!avoid && office_taken(ex, en, publisher, &held))
            taken = avoid = publisher;
        if (!avoid && office_taken(ex, en, dateline, &held))
            taken = avoid = dateline;
        bool by_publisher = publisher && en->title && !visits(ex, &sm, en, publisher) && !speakers_guest &&
                            !(avoid && strcmp(avoid, publisher) == 0);
        bool visitor;
        const char *met = met_persons_country(ex, &sm, en, (int)i, &visitor);
        /* ("BEIJING: Prime Minister X met Chinese President Y": who meets someone said to be of
         * the dateline's country is the visitor) */
        const char *met_said = dateline ? met_stated_country(ex, &sm, en, (int)i) : NULL;
        bool by_dateline = dateline && !visits(ex, &sm, en, dateline) && !(avoid && strcmp(avoid, dateline) == 0) &&
                           !(met_said && strcmp(met_said, dateline) == 0) && !meets_one_of(ex, &sm, en, dateline) &&
                           /* ("SINGAPORE: X met Y on the sidelines of the Shangri-La Dialogue here": a
                            * gathering's city, where the publisher's officials travel) */
                           !(publisher && strcmp(publisher, dateline) != 0 && en->title && meets_on_sidelines(ex, en));
        if (!(by_publisher && official) && !by_dateline && !by_publisher && !counted) {
            for (size_t c = 0; c < n_countries; c++) {
                const parley_entity *ce = &ex->entities[countries[c]];
                said[c] = 0;
                for (size_t k = 0; k < ce->n_mentions; k++) {
                    const parley_mention *m = &ex->mentions[ce->mentions[k]];
                    /* (nor "U.S. tariffs", nor "the Hong Kong activist X") */
                    said[c] += !topic_country(ex, m, m->sentence) && !of_trade(ex, m) && !describes_named(ex, &sm, m);
                }
            }
            counted = true;
        }
        /* a government's release datelined abroad is about its own officials; a newspaper's
         * dateline says whose officials it quotes */
            fallback[i] = by_publisher && official ? publisher
                      : by_dateline            ? dateline
                      : by_publisher           ? publisher
                                               : NULL;
        /* one who accompanies a principal whose country was just guessed is of it ("The prime
         * minister was accompanied by Foreign Minister X") */
        if (principal >= 0 && (size_t)principal < i && !ex->entities[principal].country && fallback[principal] &&
            !avoid && !(by_publisher && official))
            fallback[i] = fallback[principal];
        /* ... or whose country is known, when the person is named in the principal's suite ("X was
         * accompanied by his chief of staff, A, and Prime Minister B") */
        if (principal >= 0 && suite && ex->entities[principal].country && !avoid &&
            !international(ex, &ex->entities[principal]) && !leads_international_body(ex, &ex->entities[principal]))
            fallback[i] = ex->entities[principal].country;
        /* a newspaper's official with no meeting, named where the story is abroad ("in Washington
         * on Tuesday, a day after the inauguration of President X"): of that place's country */
        /* (not where the story follows one of the publisher's own there and the person's sentence
         * says no place and no meeting: "Defense Minister Yoav Gallant met Blinken in Washington
         * ... Prime Minister Benjamin Netanyahu has accused") */
        /* (nor a spokesperson, who speaks for the publisher's side: "..., the presidential
         * spokesperson X said") */
        if (fallback[i] == publisher && by_publisher && !official && !by_dateline && !met && !avoid && principal < 0 &&
            !strstr(en->title, "pokes") && !people_met(ex, &sm, en, NULL, 0) && en->n_mentions == 1) {
            const parley_mention *m0 = &ex->mentions[en->mentions[0]];
            const char *home = place_at_home(ex, &sm, m0);
            /* (... when the person's sentence says no place of its own) */
            bool said_here = false;
            for (size_t j = sm.off[m0->sentence]; j < sm.off[m0->sentence + 1] && !said_here; j++)
                said_here = place_country(ex, &ex->mentions[sm.idx[j]], m0->sentence, true) != NULL;
            /* (nor meeting words: "..., before Vice President X hosted Y for a working lunch") */
            const parley_sentence *ms = &ex->text.sentences[m0->sentence];
            for (size_t q = ms->tok_begin; q < ms->tok_end && !said_here; q++)
                said_here = parley_match(ex, q, PARLEY_LEX_MEET, NULL) || parley_match(ex, q, PARLEY_LEX_HOST, NULL);
            if (home && !said_here && (!there_home || strcmp(home, there_home) != 0)) {
                there_home = home;
                there = compatriot_there(ex, &sm, publisher, home, fallback);
            }
            if (home && strcmp(home, publisher) != 0 && !visits(ex, &sm, en, home) && (said_here || !there))
                fallback[i] = home;
        }
        if (!fallback[i] && !avoid && !met) {
            const char *home = source_at_home(ex, &sm, en);
            if (home && !visits(ex, &sm, en, home))
                fallback[i] = home;
        }
        bool guessed = !fallback[i];
        /* (one in the suite of a principal left without a guess takes none of the article's
         * either: "Carney met Mexican President Y in Mexico City. Carney was joined by Foreign
         * Affairs Minister X" makes X no Mexican) */
        bool bare_suite = principal >= 0 && (size_t)principal < i && suite && !ex->entities[principal].country &&
                          !fallback[principal];
        if (!fallback[i] && !bare_suite)
            fallback[i] = guess_from_article(ex, &sm, lead_first, countries, said, n_countries, en, avoid, met, visitor);
        /* (not a country whose holder of a one-holder office is named: "received Greek Foreign
         * Minister A and Foreign Minister B", "Prime Minister X met Italian Prime Minister Y") */
        if (((guessed && fallback[i]) || (!fallback[i] && taken)) && one_holder(en->title) && !stated_noted) {
            note_stated_offices(ex, &stated);
            stated_noted = true;
        }
        if (guessed && fallback[i] && one_holder(en->title) &&
            (office_taken(ex, en, fallback[i], &held) || office_taken(ex, en, fallback[i], &stated)))
            fallback[i] = NULL;
        /* one with no title who meets someone of another country than the publisher's, in a story
         * not from abroad, whom the article's countries would make a compatriot of the person met
         * (or of no country), is the publisher's ("Vladimir Putin held talks with President of the
         * Republic of the Congo X", "Sergei Lavrov had a separate meeting with the Congolese
         * Foreign Minister Y" on kremlin.ru) */
        /* (... or an international body's officer, of no country: "Vladimir Putin had a meeting
         * with Secretary-General of the United Nations António Guterres" on kremlin.ru) */
        bool met_int = false;
        if (guessed && !fallback[i] && !met && publisher && !avoid) {
            const parley_mention *mp[4];
            size_t nm = people_met(ex, &sm, en, mp, 4);
            for (size_t k = 0; k < nm && !met_int; k++)
                met_int = international(ex, &ex->entities[mp[k]->entity]);
        }
        if (guessed && (!fallback[i] || (met && strcmp(fallback[i], met) == 0)) && publisher && (met || met_int) && !avoid &&
            (met_int || strcmp(met, publisher) != 0) && !visits(ex, &sm, en, publisher) &&
            (!dateline || strcmp(dateline, publisher) == 0))
            fallback[i] = publisher;
        /* (a host is not of the country said of the guest: "X hosted Polish President Y") */
        if (fallback[i] && met && strcmp(fallback[i], met) == 0 && hosts_guest_of(ex, &sm, en, met))
            fallback[i] = NULL;
        /* one the release's minister meets where the minister is ("Today I met with Prime Minister
         * X in Port Moresby. I also met Foreign Minister Y"): of the place's country */
        if (!fallback[i] && speakers_guest) {
            const char *here = where_met(ex, &sm, en);
            if (here && (!publisher || strcmp(here, publisher) != 0))
                fallback[i] = here;
        }
        /* (not for an office one person holds whose holder in that country is said: "his Abkhazian
         * counterpart X" after "Russian Foreign Minister Sergey Lavrov"; nor for one the release's
         * minister meets) */
        /* (nor for one who visits it: "X invited Prime Minister Y to visit India") */
        if (!fallback[i] && taken && !speakers_guest && !(one_holder(en->title) && office_taken(ex, en, taken, &stated)) &&
            !visits(ex, &sm, en, taken))
            fallback[i] = taken;
        /* ("BEIJING: Prime Minister X met Chinese President Y": the last resort is not the country
         * said of whom the visitor met) */
        if (fallback[i] && met_said && !by_dateline && !by_publisher && strcmp(fallback[i], met_said) == 0)
            fallback[i] = NULL;
        /* "Chief Adviser's Press Secretary X": the owning office's holder's, stated or guessed */
        const char *oc = owner_country(ex, i, fallback);
        if (oc)
            fallback[i] = oc;
    }
    parley_map_free(&held);
    parley_map_free(&stated);
    free(guests);
    met_abroad(ex, &sm, dateline, official ? publisher : NULL, fallback);
    clause_city_guesses(ex, fallback);
    /* "X held talks with Y ..., Foreign Secretary Z said": Z speaks for the subject, when the
     * subject is of the publisher's country, rather than for the dateline's */
    for (size_t i = 0; publisher && i < ex->n_entities; i++) {
        const parley_entity *en = &ex->entities[i];
        if (en->type != PARLEY_ENTITY_PERSON || en->country || !fallback[i] || strcmp(fallback[i], publisher) == 0 ||
            !en->title || visits(ex, &sm, en, publisher))
            continue;
        for (size_t k = 0; k < en->n_mentions; k++) {
            int subj = briefed_subject(ex, &sm, i, &ex->mentions[en->mentions[k]]);
            const char *sc = subj < 0 ? NULL : ex->entities[subj].country ? ex->entities[subj].country : fallback[subj];
            if (sc && strcmp(sc, publisher) == 0) {
                fallback[i] = publisher;
                break;
            }
        }
    }
    free(lead_first);
    free(countries);
    free(said);
    rc = office_guesses(ex, &sm, fallback);
    sentence_mentions_free(&sm);
    if (rc < 0 || (rc = set_countries(ex, fallback)) < 0 || (rc = shared_office_holders(ex)) < 0)
        return rc;
    /* with every country known: titles from a lead's unnamed role, and their counterparts' */
    if ((rc = lead_role_titles(ex)) < 0 || (rc = role_list_titles(ex)) < 0 || (rc = plural_role_titles(ex)) < 0 ||
        (rc = countries_office_titles(ex)) < 0 || (rc = counterpart_native_titles(ex)) < 0 ||
        (rc = counterpart_titles(ex)) < 0)
        return rc;
    /* a counterpart with no office found keeps the ranks */
    for (size_t i = 0; i < ex->n_entities; i++) {
        parley_entity *en = &ex->entities[i];
        for (size_t k = 0; en->type == PARLEY_ENTITY_PERSON && !en->title && k < en->n_mentions; k++) {
            const parley_mention *m = &ex->mentions[en->mentions[k]];
            if (m->title && !(en->title = parley_strdup(m->title)))
                return PARLEY_ENOMEM;
        }
    }
    return opening_office_title(ex);
}

/* ---- the rest ------------------------------------------------------------------------- */

static int other_mention(parley_extraction *ex, parley_map *by_key, size_t m)
{
    parley_mention *mm = &ex->mentions[m];
    /* an acronym given with the organisation's name is that organisation */
    for (size_t k = 0; mm->type == PARLEY_ENTITY_ORGANIZATION && mm->role_of >= 0 && k < m; k++)
        if (ex->mentions[k].tb == (uint32_t)mm->role_of && ex->mentions[k].type == PARLEY_ENTITY_ORGANIZATION &&
            ex->mentions[k].entity >= 0)
            return entity_add_mention(ex, ex->mentions[k].entity, m);
    const char *canon = mm->lex ? mm->lex->canonical : NULL;
    char *text = NULL;
    int rc;
    if (!canon) {
        text = mention_text(ex, mm);
        if (!text)
            return PARLEY_ENOMEM;
        /* "Agile Spirit - 2021" → "Agile Spirit-2021" */
        if (mm->type == PARLEY_ENTITY_EXERCISE) {
            char *w = text;
            for (char *r = text; *r; r++) {
                if (*r == ' ' && (r[1] == '-' || (w > text && w[-1] == '-')))
                    continue;
                *w++ = *r;
            }
            *w = '\0';
        }
        canon = text;
        if (strncmp(canon, "the ", 4) == 0 || strncmp(canon, "The ", 4) == 0)
            canon += 4;
    }
    parley_buf key = {0};
    if (parley_fold(&key, canon, strlen(canon)) < 0) {
        free(text);
        return PARLEY_ENOMEM;
    }
    /* the entities of this pass by type and key (a document may hold many thousands) */
    char tag = (char)('0' + mm->type);
    if (parley_buf_putc(&key, tag) < 0) {
        free(text);
        parley_buf_free(&key);
        return PARLEY_ENOMEM;
    }
    int64_t found;
    int ent = parley_map_get(by_key, key.data, key.len, &found) ? (int)found : -1;
    key.data[--key.len] = '\0';
    /* "Pitch Black" after "Exercise Pitch Black 2024", "Cyclone" after "Cyclone-II": the exercise
     * named before with its year or number */
    for (size_t k = 0; ent < 0 && mm->type == PARLEY_ENTITY_EXERCISE && k < ex->n_entities; k++) {
        const parley_entity *o = &ex->entities[k];
        size_t n = key.len, on = o->key ? strlen(o->key) : 0;
        if (o->type == PARLEY_ENTITY_EXERCISE && on > n + 1 && strncmp(o->key, key.data, n) == 0 &&
            edition_suffix(o->key + n, on - n))
            ent = (int)k;
    }
    /* ... and "Balikatan" (a headline's) before "Balikatan 2024": the exercise told without its
     * year takes the full name */
    if (mm->type == PARLEY_ENTITY_EXERCISE && ent < 0) {
        size_t cut = 0;
        for (size_t q = key.len; q-- > 1 && !cut;)
            if ((key.data[q] == ' ' || key.data[q] == '-') && edition_suffix(key.data + q, key.len - q))
                cut = q;
        int64_t bare;
        if (cut) {
            char save = key.data[cut];
            key.data[cut] = tag;
            bool known = parley_map_get(by_key, key.data, cut + 1, &bare);
            key.data[cut] = save;
            if (known) {
                ent = (int)bare;
                key.data[key.len++] = tag;
                if (entity_rename(&ex->entities[ent], canon, key.data, key.len - 1) < 0 ||
                    parley_map_put(by_key, key.data, key.len, ent) < 0)
                    ent = PARLEY_ENOMEM;
                key.data[--key.len] = '\0';
                if (ent < 0) {
                    free(text);
                    parley_buf_free(&key);
                    return ent;
                }
            }
        }
    }
    if (ent < 0) {
        ent = entity_new(ex, mm->type, canon, key.data ? key.data : "");
        if (ent >= 0) {
            key.data[key.len++] = tag;
            if (parley_map_put(by_key, key.data, key.len, ent) < 0)
                ent = PARLEY_ENOMEM;
            key.data[--key.len] = '\0';
        }
        if (ent >= 0 && mm->lex) {
            parley_entity *en = &ex->entities[ent];
            if (mm->lex->country && mm->type != PARLEY_ENTITY_COUNTRY && !(en->country = parley_strdup(mm->lex->country)))
                ent = PARLEY_ENOMEM;
            else if (mm->lex->lat != 0 || mm->lex->lon != 0) {
                en->lat = mm->lex->lat;
                en->lon = mm->lex->lon;
                en->has_coords = true;
            } else if (mm->lex->kind == PARLEY_LEX_CITY && key.data) {
                /* "Kiev", another name of Kyiv: the coordinates of the city under its own name */
                for (const parley_lex_entry *c = parley_lexicon_find(ex->lex, PARLEY_LEX_CITY, key.data, key.len); c;
                     c = c->next)
                    if (c->kind == PARLEY_LEX_CITY && (c->lat != 0 || c->lon != 0) &&
                        strcmp(c->canonical, mm->lex->canonical) == 0) {
                        en->lat = c->lat;
                        en->lon = c->lon;
                        en->has_coords = true;
                        break;
                    }
            }
        }
    }
    parley_buf_free(&key);
    free(text);
    if (ent < 0)
        return ent;
    rc = entity_add_mention(ex, ent, m);
    return rc;
}

/* By position; of two that start together the longer first, then by type: a total order, so
 * that the result does not depend on the sort's stability. */
static int cmp_mention_pos(const void *a, const void *b)
{
    const parley_mention *x = a, *y = b;
    if (x->start != y->start)
        return x->start < y->start ? -1 : 1;
    if (x->end != y->end)
        return x->end > y->end ? -1 : 1;
    return x->type < y->type ? -1 : x->type > y->type ? 1 : 0;
}

/* Re-sort the mentions by position and renumber the entities' mention lists. */
static int renumber(parley_extraction *ex)
{
    if (ex->n_mentions > 1)
        qsort(ex->mentions, ex->n_mentions, sizeof(parley_mention), cmp_mention_pos);
    for (size_t i = 0; i < ex->n_entities; i++)
        ex->entities[i].n_mentions = 0;
    for (size_t m = 0; m < ex->n_mentions; m++) {
        int e = ex->mentions[m].entity;
        if (e >= 0 && entity_add_mention(ex, e, m) < 0)
            return PARLEY_ENOMEM;
    }
    return 0;
}

/* "ABU DHABI, 25th Nov (WAM) -": the dateline's city refers to its country; when the article
 * names that country nowhere else, the country is an entity of its own, its mention the city's
 * span. */
static int dateline_country(parley_extraction *ex)
{
    /* (not a venue's: "UNITED NATIONS" refers to no country) */
    if (ex->dateline_place < 0 || ex->dateline_venue)
        return 0;
    const parley_entity *d = &ex->entities[ex->dateline_place];
    if (!d->country || !d->n_mentions)
        return 0;
    parley_buf key = {0};
    if (parley_fold(&key, d->country, strlen(d->country)) < 0) {
        parley_buf_free(&key);
        return PARLEY_ENOMEM;
    }
    int rc = 0;
    if (find_entity(ex, PARLEY_ENTITY_COUNTRY, key.data ? key.data : "") < 0) {
        const parley_mention city = ex->mentions[dateline_mention(ex, d)];
        int m = parley_mention_add(ex, PARLEY_ENTITY_COUNTRY, city.tb, city.te, city.sentence, NULL);
        int ent = m < 0 ? m : entity_new(ex, PARLEY_ENTITY_COUNTRY, d->country, key.data ? key.data : "");
        rc = ent < 0 ? ent : entity_add_mention(ex, ent, (size_t)m);
        if (rc == 0)
            rc = renumber(ex);
    }
    parley_buf_free(&key);
    return rc;
}

/* Role phrases join the person they name. */
static int role_mentions(parley_extraction *ex)
{
    for (size_t m = 0; m < ex->n_mentions; m++) {
        parley_mention *rm = &ex->mentions[m];
        if (rm->role_of < 0)
            continue;
        for (size_t k = 0; k < ex->n_mentions; k++)
            if (ex->mentions[k].tb == (uint32_t)rm->role_of && ex->mentions[k].role_of < 0 &&
                ex->mentions[k].type == PARLEY_ENTITY_PERSON && ex->mentions[k].entity >= 0) {
                int rc = entity_add_mention(ex, ex->mentions[k].entity, m);
                if (rc < 0)
                    return rc;
                break;
            }
    }
    return 0;
}

/* "South Korea's Hyundai Rotem ... Hyundai Rotem chief executive Lee Yong-bae": a name read as a
 * person's that stands right before a company's office and a person's name is a company's; its
 * mentions of the same words become an organisation's. O(mentions²) for the few such names. */
static int company_names(parley_extraction *ex)
{
    for (size_t m = 0; m < ex->n_mentions; m++) {
        const parley_mention *mm = &ex->mentions[m];
        size_t l;
        if (mm->type != PARLEY_ENTITY_PERSON || mm->role_of >= 0 || mm->te >= ex->text.n_tokens ||
            !(l = parley_match(ex, mm->te, PARLEY_LEX_COMPANY_OFFICE, NULL)))
            continue;
        parley_mention *person_after = NULL;
        for (size_t k = 0; k < ex->n_mentions && !person_after; k++)
            if (ex->mentions[k].type == PARLEY_ENTITY_PERSON && ex->mentions[k].tb == mm->te + l &&
                ex->mentions[k].te >= mm->te + l + 2)
                person_after = &ex->mentions[k];
        if (!person_after)
            continue;
        uint32_t tb = mm->tb, n = mm->te - mm->tb;
        const char *owner = NULL;   /* "South Korea's Hyundai Rotem": the company's country */
        for (size_t k = 0; k < ex->n_mentions; k++) {
            parley_mention *o = &ex->mentions[k];
            /* (... also one already read as a body: "signed a contract with Sweden's Nordan Motors") */
            bool same = (o->type == PARLEY_ENTITY_PERSON || o->type == PARLEY_ENTITY_ORGANIZATION) && o->te - o->tb == n;
            for (uint32_t q = 0; same && q < n; q++)
                same = parley_text_tok_same(&ex->text, o->tb + q, tb + q);
            if (!same)
                continue;
            if (o->type == PARLEY_ENTITY_PERSON) {
                o->type = PARLEY_ENTITY_ORGANIZATION;
                o->strong = false;
                free(o->title);
                free(o->country);
                o->title = o->country = NULL;
            }
            const parley_lex_entry *ce = NULL;
            for (size_t back = 1; !owner && back <= 3 && o->tb >= back + 1; back++)
                if (parley_text_tok_poss(&ex->text, o->tb - 1) &&
                    parley_match(ex, o->tb - 1 - back, PARLEY_LEX_COUNTRY, &ce) == back && ce)
                    owner = ce->canonical;
        }
        /* ... and the company's officer is of its country */
        if (owner && !person_after->country && !(person_after->country = parley_strdup(owner)))
            return PARLEY_ENOMEM;
    }
    return 0;
}

/* "Prime Minister Sheikh Hasina" of Bangladesh: an honorific that is part of the names of the
 * people of her country (the lexicon's name_honorific entries) opens her name again once her
 * country is known. O(mentions of the persons). */
static int name_honorifics(parley_extraction *ex)
{
    for (size_t i = 0; i < ex->n_entities; i++) {
        parley_entity *en = &ex->entities[i];
        if (en->type != PARLEY_ENTITY_PERSON || !en->country)
            continue;
        const char *sp = strchr(en->name, ' ');
        size_t first_len = sp ? (size_t)(sp - en->name) : strlen(en->name);
        for (size_t k = 0; k < en->n_mentions; k++) {
            const parley_mention *m = &ex->mentions[en->mentions[k]];
            const parley_lex_entry *e = NULL;
            if (m->type != PARLEY_ENTITY_PERSON || m->role_of >= 0 || m->tb == 0 ||
                parley_text_tok_len(&ex->text, m->tb) != first_len ||
                memcmp(ex->text.text + ex->text.tokens[m->tb].start, en->name, first_len) != 0 ||
                parley_match(ex, m->tb - 1, PARLEY_LEX_NAME_HONORIFIC, &e) != 1)
                continue;
            for (; e; e = e->next)
                if (e->kind == PARLEY_LEX_NAME_HONORIFIC && e->country && strcmp(e->country, en->country) == 0)
                    break;
            if (!e)
                continue;
            parley_buf name = {0}, key = {0};
            int rc = 0;
            if (parley_buf_puts(&name, e->canonical) < 0 || parley_buf_putc(&name, ' ') < 0 ||
                parley_buf_puts(&name, en->name) < 0 || parley_fold(&key, name.data, name.len) < 0)
                rc = PARLEY_ENOMEM;
            else
                rc = entity_rename(en, name.data, key.data, key.len);
            parley_buf_free(&name);
            parley_buf_free(&key);
            if (rc < 0)
                return rc;
            break;
        }
    }
    return 0;
}

/* "his Congolese counterpart" in a story that names the Republic of the Congo (or one of its
 * cities: Brazzaville) and never the Democratic Republic of the Congo: a demonym the lexicon gives
 * to two countries (the first listed its default) is of the other when the story names that one
 * and not the default. Changes
 * the demonym mentions and the countries people's mentions state; 0 or PARLEY_ENOMEM.
 * O(mentions x 16 demonyms). */
static int shared_demonyms(parley_extraction *ex)
{
    parley_buf key = {0};
    int rc = 0;
    const parley_lex_entry *done[16];
    size_t n_done = 0;
    for (size_t m = 0; m < ex->n_mentions && rc == 0; m++) {
        parley_mention *mm = &ex->mentions[m];
        if (mm->type != PARLEY_ENTITY_COUNTRY || !mm->lex || mm->lex->kind != PARLEY_LEX_DEMONYM)
            continue;
        const char *from = mm->lex->canonical;
        /* (each demonym's meanings looked at once: a text of thousands stays linear) */
        bool seen = false;
        for (size_t d = 0; d < n_done && !seen; d++)
            seen = done[d] == mm->lex;
        if (seen || n_done == sizeof(done) / sizeof(done[0]))
            continue;
        done[n_done++] = mm->lex;
        parley_buf_clear(&key);
        if (parley_fold(&key, ex->text.text + ex->text.tokens[mm->tb].start,
                        ex->text.tokens[mm->te - 1].end - ex->text.tokens[mm->tb].start) < 0) {
            rc = PARLEY_ENOMEM;
            break;
        }
        /* the other meaning the story names by name, when it names the default nowhere */
        const parley_lex_entry *to = NULL;
        bool from_named = false;
        for (const parley_lex_entry *e = parley_lexicon_lookup(ex->lex, key.data, key.len); e; e = e->next) {
            if (e->kind != PARLEY_LEX_DEMONYM || strcmp(e->canonical, from) == 0)
                continue;
            for (size_t k = 0; k < ex->n_mentions; k++) {
                const parley_mention *o = &ex->mentions[k];
                /* (or by one of its cities: "BRAZZAVILLE - Congolese President X") */
                const char *named = o->type == PARLEY_ENTITY_COUNTRY && o->lex && o->lex->kind == PARLEY_LEX_COUNTRY
                                        ? o->lex->canonical
                                    : o->type == PARLEY_ENTITY_LOCATION && o->lex && o->lex->kind == PARLEY_LEX_CITY
                                        ? o->lex->country
                                        : NULL;
                if (!named)
                    continue;
                from_named |= strcmp(named, from) == 0;
                if (strcmp(named, e->canonical) == 0)
                    to = e;
            }
            break;   /* (one other meaning looked at) */
        }
        if (!to || from_named)
            continue;
        for (size_t k = 0; k < ex->n_mentions && rc == 0; k++) {
            parley_mention *o = &ex->mentions[k];
            if (o->type == PARLEY_ENTITY_COUNTRY && o->lex == mm->lex)
                o->lex = to;
            else if (o->type == PARLEY_ENTITY_PERSON && o->country && strcmp(o->country, from) == 0) {
                char *c = parley_strdup(to->canonical);
                if (!c)
                    rc = PARLEY_ENOMEM;
                else {
                    free(o->country);
                    o->country = c;
                }
            }
        }
    }
    parley_buf_free(&key);
    return rc;
}

int parley_entities_resolve(parley_extraction *ex)
{
    int rc = shared_demonyms(ex);
    if (rc == 0)
        rc = company_names(ex);
    person_index ix = {0};
    for (size_t m = 0; m < ex->n_mentions && rc == 0; m++)
        if (ex->mentions[m].type == PARLEY_ENTITY_PERSON && ex->mentions[m].strong && ex->mentions[m].role_of < 0)
            rc = person_mention(ex, &ix, m, true);
    if (rc == 0)
        rc = role_mentions(ex);
    if (rc == 0)
        rc = weak_people(ex, &ix);
    person_index_free(&ix);
    parley_map by_key = {0};
    for (size_t m = 0; m < ex->n_mentions && rc == 0; m++)
        if (ex->mentions[m].type != PARLEY_ENTITY_PERSON)
            rc = other_mention(ex, &by_key, m);
    parley_map_free(&by_key);
    if (rc == 0)
        rc = renumber(ex);
    if (rc == 0) {
        parley_find_dateline(ex);
        rc = dateline_country(ex);
    }
    if (rc == 0)
        rc = person_roles(ex);
    if (rc == 0)
        rc = name_honorifics(ex);
    return rc;
}
