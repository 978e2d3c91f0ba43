#define _GNU_SOURCE   /* dladdr(): which libgeonames file the cities come from */
#include "lexicon.h"
#include "error.h"
#include "util.h"
#include "map.h"

#include <ctype.h>
#include <dirent.h>
#include <dlfcn.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>
#include <errno.h>
#include <stdint.h>
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>
#include <geonames/geonames.h>

typedef struct {
    char *key;                 /* folded phrase */
    size_t len;                /* its length */
    uint64_t hash;
    parley_lex_entry *first;
} slot;

/* Keys, entries and their strings live in blocks owned by the lexicon and freed with it:
 * nothing in a lexicon is ever freed alone, and a city costs one bump of a pointer instead of
 * five calls to malloc. */
typedef struct block {
    struct block *next;
    size_t used, cap;
    max_align_t data[];
} block;

struct parley_lexicon {
    block *blocks;
    slot *slots;
    size_t cap, count;
    /* A Bloom filter of the keys, two bits a key in one 64-bit word (cap / 16 words): most
     * probes are for words that are in no phrase, and the filter answers those from a few
     * hundred kilobytes instead of a slot array many times larger than the caches. */
    uint64_t *bloom;
    int max_tokens;
    parley_map abbrevs;   /* words written with a period in ranks, honorifics and titles ("Spc.") */
    const char *by_code[26 * 26];   /* country by ISO 3166 two-letter code ("az"), from libgeonames */
};

/* n zeroed bytes from the lexicon's blocks, aligned for any type; NULL when memory runs out. */
static void *lex_alloc(parley_lexicon *lex, size_t n)
{
    n = (n + sizeof(max_align_t) - 1) / sizeof(max_align_t) * sizeof(max_align_t);
    block *b = lex->blocks;
    if (!b || b->cap - b->used < n) {
        size_t cap = n > 65536 ? n : 65536;
        if (!(b = calloc(1, sizeof(block) + cap)))
            return NULL;
        b->cap = cap;
        b->next = lex->blocks;
        lex->blocks = b;
    }
    void *p = (char *)b->data + b->used;
    b->used += n;
    return p;
}

static char *lex_strndup(parley_lexicon *lex, const char *s, size_t n)
{
    char *d = lex_alloc(lex, n + 1);
    if (d)
        memcpy(d, s, n);   /* the block is zeroed: d[n] is already '\0' */
    return d;
}

static inline uint64_t bloom_mask(uint64_t h)
{
    return (UINT64_C(1) << ((h >> 40) & 63)) | (UINT64_C(1) << ((h >> 46) & 63));
}

static inline void bloom_add(parley_lexicon *lex, uint64_t h)
{
    lex->bloom[(h >> 52 ^ h) & (lex->cap / 16 - 1)] |= bloom_mask(h);
}

static inline bool bloom_may_hold(const parley_lexicon *lex, uint64_t h)
{
    uint64_t m = bloom_mask(h);
    return (lex->bloom[(h >> 52 ^ h) & (lex->cap / 16 - 1)] & m) == m;
}

/* The hash of a key: eight bytes at a time, the last one to eight bytes read as two overlapping
 * words (1-3 bytes: the first, middle and last), the length in the seed, then a 64-bit finaliser
 * (MurmurHash3's) so that both the slot (low bits) and the Bloom filter (high bits) are well mixed.
 * Keys are mostly one to three short words: FNV-1a's multiply per byte was a twentieth of the
 * time of tagging an article. */
static inline uint64_t load64(const char *p)
{
    uint64_t v;
    memcpy(&v, p, 8);
    return v;
}

static inline uint64_t load32(const char *p)
{
    uint32_t v;
    memcpy(&v, p, 4);
    return v;
}

static uint64_t hash_bytes(const char *s, size_t n)
{
    const uint64_t k1 = 0xff51afd7ed558ccdULL, k2 = 0xc4ceb9fe1a85ec53ULL;
    uint64_t h = 0x9e3779b97f4a7c15ULL * (n + 1);
    for (; n > 8; s += 8, n -= 8) {
        h = (h ^ load64(s)) * k1;
        h ^= h >> 29;
    }
    uint64_t w = 0;
    if (n >= 4)
        w = load32(s) | load32(s + n - 4) << 32;
    else if (n)
        w = (uint64_t)(unsigned char)s[0] << 16 | (uint64_t)(unsigned char)s[n >> 1] << 8 | (unsigned char)s[n - 1];
    h = (h ^ w) * k1;
    h ^= h >> 33;
    h *= k2;
    h ^= h >> 33;
    return h;
}

int parley_lexicon_new(parley_lexicon **out)
{
    parley_lexicon *lex = calloc(1, sizeof(*lex));
    if (!lex)
        return PARLEY_ENOMEM;
    lex->cap = 1024;
    lex->slots = calloc(lex->cap, sizeof(slot));
    lex->bloom = calloc(lex->cap / 16, sizeof(uint64_t));
    if (!lex->slots || !lex->bloom) {
        free(lex->slots);
        free(lex->bloom);
        free(lex);
        return PARLEY_ENOMEM;
    }
    *out = lex;
    return 0;
}

void parley_lexicon_free(parley_lexicon *lex)
{
    if (!lex)
        return;
    parley_map_free(&lex->abbrevs);
    for (block *b = lex->blocks, *n; b; b = n) {
        n = b->next;
        free(b);
    }
    free(lex->slots);
    free(lex->bloom);
    free(lex);
}

static slot *find_slot_h(slot *slots, size_t cap, const char *key, size_t len, uint64_t h)
{
    size_t i = h & (cap - 1);
    while (slots[i].key) {
        if (slots[i].hash == h && slots[i].len == len && memcmp(slots[i].key, key, len) == 0)
            return &slots[i];
        i = (i + 1) & (cap - 1);
    }
    return &slots[i];
}

/* The slot of a key, or the empty slot where it would go (with its hash and length set). */
static slot *find_slot(slot *slots, size_t cap, const char *key, size_t len)
{
    uint64_t h = hash_bytes(key, len);
    slot *s = find_slot_h(slots, cap, key, len, h);
    if (!s->key) {
        s->hash = h;
        s->len = len;
    }
    return s;
}

/* Move the keys into a table of ncap slots (a power of two, more than twice the keys). */
static int resize(parley_lexicon *lex, size_t ncap)
{
    slot *ns = calloc(ncap, sizeof(slot));
    uint64_t *nb = calloc(ncap / 16, sizeof(uint64_t));
    if (!ns || !nb) {
        free(ns);
        free(nb);
        return PARLEY_ENOMEM;
    }
    for (size_t i = 0; i < lex->cap; i++) {
        if (!lex->slots[i].key)
            continue;
        slot *s = find_slot_h(ns, ncap, lex->slots[i].key, lex->slots[i].len, lex->slots[i].hash);
        *s = lex->slots[i];
    }
    free(lex->slots);
    free(lex->bloom);
    lex->slots = ns;
    lex->bloom = nb;
    lex->cap = ncap;
    for (size_t i = 0; i < ncap; i++)
        if (ns[i].key)
            bloom_add(lex, ns[i].hash);
    return 0;
}

static int rehash(parley_lexicon *lex) { return resize(lex, lex->cap * 2); }

/* Make room for about more keys without growing again on the way. */
static int reserve(parley_lexicon *lex, size_t more)
{
    size_t ncap = lex->cap;
    while ((lex->count + more) * 2 > ncap)
        ncap *= 2;
    return ncap == lex->cap ? 0 : resize(lex, ncap);
}

/* Fold a phrase the way the mention finder builds its keys: folded characters, single
 * spaces, no spaces around hyphens and before "'s". */
static int fold_phrase(parley_buf *out, const char *phrase)
{
    parley_buf tmp = {0};
    int rc = parley_fold(&tmp, phrase, strlen(phrase));
    if (rc < 0)
        return rc;
    bool space = false;
    for (size_t i = 0; i < tmp.len && rc == 0; i++) {
        char c = tmp.data[i];
        if (c == ' ' || c == '\t') {
            space = out->len > 0;
            continue;
        }
        if (space && c != '-' && !(out->len && out->data[out->len - 1] == '-'))
            rc = parley_buf_putc(out, ' ');
        space = false;
        if (rc == 0)
            rc = parley_buf_putc(out, c);
    }
    parley_buf_free(&tmp);
    return rc;
}

static int count_tokens(const char *folded)
{
    /* an upper bound: every character that is not a letter or digit may start a token */
    int n = 1;
    for (const unsigned char *p = (const unsigned char *)folded; *p; p++)
        if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p >= 0x80))
            n++;
    return n;
}

static bool is_acronym(const char *s)
{
    int letters = 0;
    for (const char *p = s; *p; p++) {
        if (*p >= 'a' && *p <= 'z')
            return false;
        if (*p >= 'A' && *p <= 'Z')
            letters++;
    }
    return letters >= 2;
}

static int add_entry(parley_lexicon *lex, parley_lex_kind kind, const char *phrase,
                     const char *canonical, const char *country, double lat, double lon,
                     unsigned pop)
{
    if (!phrase || !*phrase)
        return 0;
    parley_buf key = {0};
    int rc = fold_phrase(&key, phrase);
    if (rc < 0 || key.len == 0) {
        parley_buf_free(&key);
        return rc;
    }
    if ((lex->count + 1) * 2 > lex->cap && (rc = rehash(lex)) < 0) {
        parley_buf_free(&key);
        return rc;
    }
    if (kind == PARLEY_LEX_RANK || kind == PARLEY_LEX_HONORIFIC || kind == PARLEY_LEX_OFFICE ||
        kind == PARLEY_LEX_MODIFIER) {
        /* every word of the phrase that ends in a period, with letters before it, is an abbreviation */
        for (const char *w = phrase; *w;) {
            while (*w == ' ')
                w++;
            const char *we = w;
            while (*we && *we != ' ')
                we++;
            if (we - w >= 2 && we[-1] == '.' && ((we[-2] >= 'a' && we[-2] <= 'z') || (we[-2] >= 'A' && we[-2] <= 'Z')) &&
                (rc = parley_map_put(&lex->abbrevs, w, (size_t)(we - w - 1), 1)) < 0) {
                parley_buf_free(&key);
                return rc;
            }
            w = we;
        }
    }
    slot *s = find_slot(lex->slots, lex->cap, key.data, key.len);
    /* the same phrase, kind and canonical name is added once (a counterpart's office once for each
     * country listed with it) */
    for (parley_lex_entry *e = s->first; e; e = (parley_lex_entry *)e->next)
        if (e->kind == kind && strcmp(e->canonical, canonical ? canonical : phrase) == 0 &&
            !(kind == PARLEY_LEX_COUNTERPART_TITLE &&
              strcmp(e->country ? e->country : "", country ? country : "") != 0)) {
            /* two cities of one name: the bigger one is meant ("Colombo" is Sri Lanka's, not
             * the town in Brazil that comes first in libgeonames' order) */
            if (kind == PARLEY_LEX_CITY && pop > e->population) {
                const char *c = country && *country ? lex_strndup(lex, country, strlen(country)) : NULL;
                if (country && *country && !c) {
                    parley_buf_free(&key);
                    return PARLEY_ENOMEM;
                }
                e->country = c;
                e->lat = lat;
                e->lon = lon;
                e->population = pop;
            }
            parley_buf_free(&key);
            return 0;
        }
    parley_lex_entry *e = lex_alloc(lex, sizeof(*e));
    if (!e) {
        parley_buf_free(&key);
        return PARLEY_ENOMEM;
    }
    const char *canon = canonical ? canonical : phrase;
    e->kind = kind;
    e->canonical = lex_strndup(lex, canon, strlen(canon));
    e->country = country && *country ? lex_strndup(lex, country, strlen(country)) : NULL;
    e->surface = canon == phrase ? e->canonical : lex_strndup(lex, phrase, strlen(phrase));
    e->lat = lat;
    e->lon = lon;
    e->population = pop;
    bool cased = kind == PARLEY_LEX_COUNTRY || kind == PARLEY_LEX_DEMONYM || kind == PARLEY_LEX_CITY ||
                 kind == PARLEY_LEX_REGION || kind == PARLEY_LEX_ORG || kind == PARLEY_LEX_STOP ||
                 kind == PARLEY_LEX_RANK || kind == PARLEY_LEX_HONORIFIC || kind == PARLEY_LEX_VESSEL ||
                 kind == PARLEY_LEX_INTERNATIONAL;
    /* a capital first letter, or after a leading "the" ("the Alliance" is NATO, "the alliance" not) */
    const char *first = strncmp(phrase, "the ", 4) == 0 ? phrase + 4 : phrase;
    e->need_cap = cased && first[0] >= 'A' && first[0] <= 'Z';
    e->need_exact = cased && is_acronym(phrase);
    if (!e->canonical || !e->surface || (country && *country && !e->country)) {
        parley_buf_free(&key);
        return PARLEY_ENOMEM;
    }
    if (!s->key) {
        if (!(s->key = lex_strndup(lex, key.data, key.len))) {
            parley_buf_free(&key);
            return PARLEY_ENOMEM;
        }
        bloom_add(lex, s->hash);
        lex->count++;
    }
    parley_buf_free(&key);
    /* every token-boundary prefix of the phrase is known, so that look-ups can stop early */
    {
        const char *k = s->key;
        size_t kl = s->len;
        for (size_t p = 1; p < kl; p++) {
            bool a = isalnum((unsigned char)k[p - 1]) || (unsigned char)k[p - 1] >= 0x80;
            bool b = isalnum((unsigned char)k[p]) || (unsigned char)k[p] >= 0x80;
            if (a && b)
                continue;
            if ((lex->count + 1) * 2 > lex->cap && rehash(lex) < 0)
                return PARLEY_ENOMEM;
            slot *ps = find_slot(lex->slots, lex->cap, k, p);
            if (!ps->key) {
                if (!(ps->key = lex_strndup(lex, k, p)))
                    return PARLEY_ENOMEM;
                bloom_add(lex, ps->hash);
                lex->count++;
            }
        }
        /* the rehash may have moved the phrase's slot */
        s = find_slot(lex->slots, lex->cap, k, kl);
    }
    /* keep entries in insertion order */
    parley_lex_entry **pp = &s->first;
    while (*pp)
        pp = (parley_lex_entry **)&(*pp)->next;
    *pp = e;
    int nt = count_tokens(s->key);
    if (nt > lex->max_tokens)
        lex->max_tokens = nt;
    return 0;
}

int parley_lexicon_add(parley_lexicon *lex, parley_lex_kind kind, const char *phrase,
                       const char *canonical, const char *country)
{
    return add_entry(lex, kind, phrase, canonical, country, 0, 0, 0);
}

const parley_lex_entry *parley_lexicon_lookup(const parley_lexicon *lex, const char *key, size_t len)
{
    /* read only: the lexicon is shared by the extraction threads (find_slot() marks the empty
     * slot it ends on, for an insertion) */
    const slot *s = find_slot_h(lex->slots, lex->cap, key, len, hash_bytes(key, len));
    return s->key ? s->first : NULL;
}

const parley_lex_entry *parley_lexicon_find(const parley_lexicon *lex, parley_lex_kind kind,
                                            const char *key, size_t len)
{
    for (const parley_lex_entry *e = parley_lexicon_lookup(lex, key, len); e; e = e->next)
        if (e->kind == kind)
            return e;
    return NULL;
}

/* A news site's domain as its outlet entry is keyed, in place: labels apart, lower case ("ndtv.com"
 * -> "ndtv com"). */
static void outlet_key(char *s, size_t n)
{
    for (size_t k = 0; k < n; k++)
        s[k] = s[k] == '.' ? ' ' : (char)tolower((unsigned char)s[k]);
}

/* The phrase an outlet's name is keyed by: "outlet-name <name>" less a leading "The" (a word no
 * text has, so that the name matches no text); an agency's full name, "agency-name <name>", with
 * @p agency. False when it does not fit. */
static bool outlet_name_phrase(char *out, size_t size, const char *name, bool agency)
{
    if (strncasecmp(name, "the ", 4) == 0)
        name += 4;
    const char *prefix = agency ? "agency-name " : "outlet-name ";
    size_t pl = strlen(prefix), nl = strlen(name);
    if (pl + nl + 1 > size)
        return false;
    memcpy(out, prefix, pl);
    memcpy(out + pl, name, nl + 1);
    return true;
}

const char *parley_lexicon_outlet_country(const parley_lexicon *lex, const char *host, size_t n)
{
    char key[256];
    if (n >= sizeof key)
        return NULL;
    memcpy(key, host, n);
    outlet_key(key, n);
    /* "www.ndtv.com", then "ndtv.com" (while two labels are left) */
    for (size_t b = 0; b < n;) {
        const parley_lex_entry *e = parley_lexicon_find(lex, PARLEY_LEX_OUTLET, key + b, n - b);
        if (e && e->country && *e->country)
            return e->country;
        const char *sp = memchr(key + b, ' ', n - b);
        if (!sp || !memchr(sp + 1, ' ', n - (size_t)(sp + 1 - key)))
            break;
        b = (size_t)(sp + 1 - key);
    }
    return NULL;
}

const char *parley_lexicon_source_country(const parley_lexicon *lex, const char *name, bool *agency)
{
    *agency = false;
    char phrase[512];
    if (!name || !outlet_name_phrase(phrase, sizeof phrase, name, false))
        return NULL;
    const char *out = NULL;
    parley_buf key = {0};
    if (fold_phrase(&key, phrase) == 0) {
        const parley_lex_entry *e = parley_lexicon_find(lex, PARLEY_LEX_OUTLET, key.data, key.len);
        if (e && e->country && *e->country)
            out = e->country;
    }
    /* ("ABC News (Australia)": the name with its brackets taken away, "ABC News Australia") */
    if (!out && strchr(phrase, '(') && strchr(phrase, ')')) {
        size_t w = 0;
        for (size_t r = 0; phrase[r]; r++)
            if (phrase[r] != '(' && phrase[r] != ')')
                phrase[w++] = phrase[r];
        phrase[w] = '\0';
        parley_buf_free(&key);
        if (fold_phrase(&key, phrase) == 0) {
            const parley_lex_entry *e = parley_lexicon_find(lex, PARLEY_LEX_OUTLET, key.data, key.len);
            if (e && e->country && *e->country)
                out = e->country;
        }
    }
    /* ("The Star (Kenya)": an outlet not listed, its country in brackets after its name) */
    const char *ob = strrchr(name, '('), *cb = ob ? strchr(ob, ')') : NULL;
    char inside[64];
    if (!out && ob && cb && cb > ob + 1 && (size_t)(cb - ob - 1) < sizeof inside) {
        memcpy(inside, ob + 1, (size_t)(cb - ob - 1));
        inside[cb - ob - 1] = '\0';
        out = parley_lexicon_country(lex, inside);
    }
    /* (an agency by the name the text credits: "Yonhap", "Xinhua"; or by its full name, "Press
     * Trust of India") */
    parley_buf_free(&key);
    if (!out && fold_phrase(&key, name) == 0) {
        const parley_lex_entry *e = parley_lexicon_find(lex, PARLEY_LEX_AGENCY, key.data, key.len);
        parley_buf_free(&key);
        if (!(e && e->country && *e->country) && outlet_name_phrase(phrase, sizeof phrase, name, true) &&
            fold_phrase(&key, phrase) == 0)
            e = parley_lexicon_find(lex, PARLEY_LEX_AGENCY, key.data, key.len);
        if (e && e->country && *e->country) {
            out = e->country;
            *agency = true;
        }
    }
    parley_buf_free(&key);
    /* (a government's own body by its name: "Ministry of Foreign Affairs of the People's Republic
     * of China", "Office of the President of Ghana": the country after its last "of") */
    static const char *const bodies[] = {"Ministry ", "Office of ", "Presidency of ", "Government of ", "Embassy of ",
                                         "Department of ", "President of ", "Prime Minister of ", NULL};
    bool body = false;
    for (size_t k = 0; !out && bodies[k] && !body; k++)
        body = strncmp(name, bodies[k], strlen(bodies[k])) == 0;
    const char *of = NULL;
    for (const char *p = body ? strstr(name, " of ") : NULL; p; p = strstr(p + 1, " of "))
        of = p + 4;
    if (of && strncmp(of, "the ", 4) == 0)
        of += 4;
    if (of && *of && fold_phrase(&key, of) == 0) {
        const parley_lex_entry *e = parley_lexicon_find(lex, PARLEY_LEX_COUNTRY, key.data, key.len);
        if (e && e->canonical && *e->canonical) {
            out = e->canonical;
            *agency = true;
        }
    }
    parley_buf_free(&key);
    return out;
}

/* The phrase a country's capital is keyed by: "capital of <country>"; false when it does not fit
 * or there is no country (a line "Astana<TAB>capital" with no third field). */
static bool capital_phrase(char *out, size_t size, const char *country)
{
    return country && *country && (size_t)snprintf(out, size, "capital of %s", country) < size;
}

const parley_lex_entry *parley_lexicon_capital_of(const parley_lexicon *lex, const char *country)
{
    char phrase[512];
    if (!capital_phrase(phrase, sizeof phrase, country))
        return NULL;
    parley_buf key = {0};
    const parley_lex_entry *e = fold_phrase(&key, phrase) < 0 ? NULL : parley_lexicon_find(lex, PARLEY_LEX_CAPITAL, key.data, key.len);
    parley_buf_free(&key);
    return e;
}

bool parley_lexicon_is_capital(const parley_lexicon *lex, const parley_lex_entry *city)
{
    if (!city || !city->country || !*city->country || !city->canonical)
        return false;
    const parley_lex_entry *cap = parley_lexicon_capital_of(lex, city->country);
    return cap && cap->canonical && strcmp(cap->canonical, city->canonical) == 0;
}

size_t parley_lexicon_size(const parley_lexicon *lex) { return lex->count; }

const parley_lex_entry *parley_lexicon_probe(const parley_lexicon *lex, const char *key, size_t len, bool *known)
{
    uint64_t h = hash_bytes(key, len);
    if (!bloom_may_hold(lex, h)) {
        *known = false;
        return NULL;
    }
    slot *s = find_slot_h(lex->slots, lex->cap, key, len, h);
    *known = s->key != NULL;
    return s->key ? s->first : NULL;
}

bool parley_lexicon_is_prefix(const parley_lexicon *lex, const char *key, size_t len)
{
    return find_slot_h(lex->slots, lex->cap, key, len, hash_bytes(key, len))->key != NULL;
}
int parley_lexicon_max_tokens(const parley_lexicon *lex) { return lex->max_tokens; }

bool parley_lexicon_is_abbrev(const parley_lexicon *lex, const char *word, size_t len)
{
    int64_t v;
    return lex->abbrevs.slots && parley_map_get(&lex->abbrevs, word, len, &v);
}

/* The slot of a two-letter country code ("az", "SG") in the lexicon's by_code table, or -1 when
 * the code is not two letters. O(1). */
static int code_slot(const char *code)
{
    if (!code || strlen(code) != 2)
        return -1;
    int a = (code[0] | 0x20) - 'a', b = (code[1] | 0x20) - 'a';
    return a < 0 || a >= 26 || b < 0 || b >= 26 ? -1 : a * 26 + b;
}

const char *parley_lexicon_country_of_code(const parley_lexicon *lex, const char *code)
{
    int slot = code_slot(code);
    return slot < 0 ? NULL : lex->by_code[slot];
}

const char *parley_lexicon_country(const parley_lexicon *lex, const char *name)
{
    parley_buf key = {0};
    if (!name || fold_phrase(&key, name) < 0) {
        parley_buf_free(&key);
        return NULL;
    }
    const char *out = NULL;
    size_t len = key.len;
    if (len > 4 && strncmp(key.data, "the ", 4) == 0) {
        memmove(key.data, key.data + 4, len - 3);
        len -= 4;
    }
    for (const parley_lex_entry *e = parley_lexicon_lookup(lex, key.data, len); e; e = e->next)
        if (e->kind == PARLEY_LEX_COUNTRY || e->kind == PARLEY_LEX_DEMONYM) {
            out = e->canonical;
            break;
        }
    parley_buf_free(&key);
    return out;
}

static const struct { const char *name; parley_lex_kind kind; } kind_names[] = {
    {"office", PARLEY_LEX_OFFICE}, {"rank", PARLEY_LEX_RANK}, {"honorific", PARLEY_LEX_HONORIFIC},
    {"modifier", PARLEY_LEX_MODIFIER}, {"domain", PARLEY_LEX_DOMAIN}, {"orghead", PARLEY_LEX_ORGHEAD},
    {"particle", PARLEY_LEX_PARTICLE}, {"patronymic", PARLEY_LEX_PATRONYMIC}, {"name_honorific", PARLEY_LEX_NAME_HONORIFIC}, {"outlet", PARLEY_LEX_OUTLET}, {"national_title", PARLEY_LEX_NATIONAL_TITLE}, {"counterpart_title", PARLEY_LEX_COUNTERPART_TITLE}, {"stop", PARLEY_LEX_STOP}, {"exercise", PARLEY_LEX_EXERCISE},
    {"exercise_generic", PARLEY_LEX_EXGENERIC}, {"meet", PARLEY_LEX_MEET},
    {"meet_noun", PARLEY_LEX_MEET_NOUN}, {"join", PARLEY_LEX_JOIN}, {"call", PARLEY_LEX_CALL},
    {"planned", PARLEY_LEX_PLANNED}, {"negation", PARLEY_LEX_NEGATION}, {"sign", PARLEY_LEX_SIGN},
    {"document", PARLEY_LEX_DOCUMENT}, {"visit", PARLEY_LEX_VISIT},
    {"clutter_line", PARLEY_LEX_CLUTTER_LINE}, {"clutter_end", PARLEY_LEX_CLUTTER_END}, {"person_verb", PARLEY_LEX_PERSON_VERB},
    {"person_noun", PARLEY_LEX_PERSON_NOUN}, {"ruler_noun", PARLEY_LEX_RULER_NOUN}, {"place_head", PARLEY_LEX_PLACE_HEAD}, {"place_first", PARLEY_LEX_PLACE_FIRST},
    {"document_name", PARLEY_LEX_DOCUMENT_NAME}, {"event_name", PARLEY_LEX_EVENT_NAME},
    {"group", PARLEY_LEX_GROUP}, {"sender", PARLEY_LEX_SENDER}, {"host", PARLEY_LEX_HOST},
    {"relative", PARLEY_LEX_RELATIVE}, {"vessel", PARLEY_LEX_VESSEL}, {"state_noun", PARLEY_LEX_STATE_NOUN},
    {"international", PARLEY_LEX_INTERNATIONAL}, {"members", PARLEY_LEX_MEMBERS}, {"addressee", PARLEY_LEX_ADDRESSEE},
    {"national_office", PARLEY_LEX_NATIONAL_OFFICE}, {"agency", PARLEY_LEX_AGENCY},
    {"royal", PARLEY_LEX_ROYAL}, {"company_office", PARLEY_LEX_COMPANY_OFFICE}, {"monarchy", PARLEY_LEX_MONARCHY},
    {"no_prime_minister", PARLEY_LEX_NO_PREMIER}, {"monarchy_president", PARLEY_LEX_MONARCHY_PRESIDENT},
    {"country", PARLEY_LEX_COUNTRY}, {"demonym", PARLEY_LEX_DEMONYM}, {"city", PARLEY_LEX_CITY},
    {"region", PARLEY_LEX_REGION}, {"state", PARLEY_LEX_REGION}, {"organization", PARLEY_LEX_ORG},
};

enum shape { SHAPE_KIND, SHAPE_COUNTRIES, SHAPE_ORGS, SHAPE_PLACES };

/* Split a line on tabs into at most n fields (in place). Returns the number of fields. */
static int split_tabs(char *line, char **fields, int n)
{
    int k = 0;
    fields[k++] = line;
    for (char *p = line; *p && k < n; p++)
        if (*p == '\t') {
            *p = '\0';
            fields[k++] = p + 1;
        }
    for (int i = k; i < n; i++)
        fields[i] = NULL;
    return k;
}

/* Add each '|'-separated item of list as kind, with canonical name canon. */
/* A body of the United Nations under its short names too: "United Nations Interim Force in
 * Lebanon" is also "UN Interim Force in Lebanon" and "U.N. Interim Force in Lebanon". */
static int add_un_short(parley_lexicon *lex, parley_lex_kind kind, const char *phrase, const char *canon,
                        const char *country)
{
    static const char un[] = "United Nations ";
    if (strncmp(phrase, un, sizeof un - 1) != 0 || !phrase[sizeof un - 1])
        return 0;
    static const char *const shorts[] = {"UN ", "U.N. "};
    int rc = 0;
    for (int k = 0; k < 2 && rc == 0; k++) {
        char name[512];
        if ((size_t)snprintf(name, sizeof name, "%s%s", shorts[k], phrase + sizeof un - 1) < sizeof name)
            rc = parley_lexicon_add(lex, kind, name, canon, country);
    }
    return rc;
}

static int add_list(parley_lexicon *lex, parley_lex_kind kind, char *list, const char *canon,
                    const char *country)
{
    if (!list)
        return 0;
    char *save = NULL;
    for (char *item = strtok_r(list, "|", &save); item; item = strtok_r(NULL, "|", &save)) {
        while (*item == ' ')
            item++;
        if (*item) {
            int rc = parley_lexicon_add(lex, kind, item, canon, country);
            if (rc < 0)
                return rc;
            /* "the Comoros", "The Gambia": also without the article */
            if (kind == PARLEY_LEX_COUNTRY && (strncmp(item, "the ", 4) == 0 || strncmp(item, "The ", 4) == 0))
                if ((rc = parley_lexicon_add(lex, kind, item + 4, canon, country)) < 0)
                    return rc;
        }
    }
    return 0;
}

int parley_lexicon_load_file(parley_lexicon *lex, const char *path, FILE *err)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        if (err)
            fprintf(err, "parley: cannot read lexicon %s: %s\n", path, strerror(errno));
        return PARLEY_EIO;
    }
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    enum shape shape = SHAPE_KIND;
    if (strncmp(base, "countries", 9) == 0) shape = SHAPE_COUNTRIES;
    else if (strncmp(base, "organizations", 13) == 0 || strncmp(base, "organisations", 13) == 0) shape = SHAPE_ORGS;
    else if (strncmp(base, "places", 6) == 0) shape = SHAPE_PLACES;

    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    long lineno = 0;
    int rc = 0;
    while (rc == 0 && (n = getline(&line, &cap, f)) >= 0) {
        lineno++;
        while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
            line[--n] = '\0';
        if (n == 0 || line[0] == '#')
            continue;
        char *fl[4];
        int k = split_tabs(line, fl, 4);
        if (!*fl[0]) {
            if (err)
                fprintf(err, "%s:%ld: empty first field\n", path, lineno);
            rc = PARLEY_EINPUT;
            break;
        }
        switch (shape) {
        case SHAPE_COUNTRIES:
            rc = parley_lexicon_add(lex, PARLEY_LEX_COUNTRY, fl[0], fl[0], fl[0]);
            /* the formal names of most countries: "the Republic of the Philippines", "the
             * Kingdom of Norway" (a longer alias of the file wins where one is listed) */
            for (int f = 0; f < 4 && rc == 0; f++) {
                static const char *const formal[] = {"Republic of ", "Republic of the ", "Kingdom of ", "Kingdom of the "};
                char name[512];
                if ((size_t)snprintf(name, sizeof(name), "%s%s", formal[f], fl[0]) < sizeof(name))
                    rc = parley_lexicon_add(lex, PARLEY_LEX_COUNTRY, name, fl[0], fl[0]);
            }
            if (rc == 0) rc = add_list(lex, PARLEY_LEX_COUNTRY, fl[1], fl[0], fl[0]);
            if (rc == 0) rc = add_list(lex, PARLEY_LEX_DEMONYM, fl[2], fl[0], fl[0]);
            break;
        case SHAPE_ORGS:
            rc = parley_lexicon_add(lex, PARLEY_LEX_ORG, fl[0], fl[0], fl[2]);
            if (rc == 0) rc = add_un_short(lex, PARLEY_LEX_ORG, fl[0], fl[0], fl[2]);
            if (rc == 0) rc = add_list(lex, PARLEY_LEX_ORG, fl[1], fl[0], fl[2]);
            break;
        case SHAPE_PLACES: {
            parley_lex_kind kind = PARLEY_LEX_REGION;
            if (k < 2 || !*fl[1]) {
                if (err)
                    fprintf(err, "%s:%ld: expected name<TAB>kind<TAB>country\n", path, lineno);
                rc = PARLEY_EINPUT;
                break;
            }
            if (strcmp(fl[1], "city") == 0) kind = PARLEY_LEX_CITY;
            else if (strcmp(fl[1], "dateline") == 0) kind = PARLEY_LEX_DATELINE;
            else if (strcmp(fl[1], "seat") == 0) kind = PARLEY_LEX_SEAT;
            else if (strcmp(fl[1], "capital") == 0) kind = PARLEY_LEX_CAPITAL;
            else if (strcmp(fl[1], "region") && strcmp(fl[1], "state")) {
                if (err)
                    fprintf(err, "%s:%ld: unknown place kind '%s' (city, region, state, dateline, seat, capital)\n", path, lineno, fl[1]);
                rc = PARLEY_EINPUT;
                break;
            }
            /* (a dateline's words are only the other names: "New York	dateline	United States	United Nations";
             * so are a seat's: "Washington	seat	United States	White House") */
            if (kind == PARLEY_LEX_CAPITAL) {
                /* "Astana	capital	Kazakhstan": keyed "capital of Kazakhstan" */
                char key[512];
                if (!capital_phrase(key, sizeof key, fl[2])) {
                    if (err)
                        fprintf(err, "%s:%ld: a capital needs its country\n", path, lineno);
                    rc = PARLEY_EINPUT;
                    break;
                }
                rc = add_entry(lex, kind, key, fl[0], fl[2], 0, 0, 0);
                break;
            }
            if (kind != PARLEY_LEX_DATELINE && kind != PARLEY_LEX_SEAT)
                rc = add_entry(lex, kind, fl[0], fl[0], fl[2], 0, 0, kind == PARLEY_LEX_CITY ? 1000000 : 0);
            /* other names of the same place, '|'-separated: "Kiev|Kyiv" under Kyiv */
            for (char *a = k > 3 ? fl[3] : NULL, *bar; rc == 0 && a && *a; a = bar ? bar + 1 : NULL) {
                bar = strchr(a, '|');
                if (bar)
                    *bar = '\0';
                if (*a)
                    rc = add_entry(lex, kind, a, fl[0], fl[2], 0, 0, kind == PARLEY_LEX_CITY ? 1000000 : 0);
            }
            break;
        }
        case SHAPE_KIND: {
            /* "country_code<TAB>sg<TAB>sg<TAB>Singapore": a country's two-letter code for a
             * publisher's domain, where libgeonames names no city of the country */
            if (strcmp(fl[0], "country_code") == 0) {
                /* (every field read only when the line has it: a line may stop after the kind) */
                const char *known = k > 3 && fl[1] && fl[3] ? parley_lexicon_country(lex, fl[3]) : NULL;
                int slot = known ? code_slot(fl[1]) : -1;
                if (slot < 0) {
                    if (err)
                        fprintf(err, "%s:%ld: expected country_code<TAB>code<TAB>code<TAB>known country\n", path, lineno);
                    rc = PARLEY_EINPUT;
                    break;
                }
                lex->by_code[slot] = known;
                break;
            }
            size_t i, nk = sizeof(kind_names) / sizeof(kind_names[0]);
            for (i = 0; i < nk; i++)
                if (strcmp(kind_names[i].name, fl[0]) == 0)
                    break;
            if (i == nk || k < 2 || !*fl[1]) {
                if (err)
                    fprintf(err, "%s:%ld: expected kind<TAB>phrase with a known kind, got '%s'\n",
                            path, lineno, fl[0]);
                rc = PARLEY_EINPUT;
                break;
            }
            /* (an outlet's domain keyed as parley_lexicon_outlet_country() looks it up; its name,
             * "The Korea Herald", under a word no text has, so that no text's "Vanguard" or
             * "The Nation" is taken for it) */
            char named[512];
            const char *phrase = fl[1];
            if (kind_names[i].kind == PARLEY_LEX_OUTLET && !strchr(fl[1], '.')) {
                if (!outlet_name_phrase(named, sizeof named, fl[1], false)) {
                    if (err)
                        fprintf(err, "%s:%ld: outlet name too long\n", path, lineno);
                    rc = PARLEY_EINPUT;
                    break;
                }
                phrase = named;
            } else if (kind_names[i].kind == PARLEY_LEX_OUTLET) {
                outlet_key(fl[1], strlen(fl[1]));
            }
            rc = parley_lexicon_add(lex, kind_names[i].kind, phrase, k > 2 && fl[2] && *fl[2] ? fl[2] : fl[1],
                                    k > 3 ? fl[3] : NULL);
            if (rc == 0 && kind_names[i].kind == PARLEY_LEX_INTERNATIONAL)
                rc = add_un_short(lex, kind_names[i].kind, phrase, k > 2 && fl[2] && *fl[2] ? fl[2] : fl[1],
                                  k > 3 ? fl[3] : NULL);
            /* (an agency's full name, for a source given by it: "Press Trust of India" for "PTI";
             * under a word no text has) */
            if (rc == 0 && kind_names[i].kind == PARLEY_LEX_AGENCY && k > 2 && fl[2] && *fl[2] &&
                strcasecmp(fl[1], fl[2]) != 0 && outlet_name_phrase(named, sizeof named, fl[2], true))
                rc = parley_lexicon_add(lex, PARLEY_LEX_AGENCY, named, fl[2], k > 3 ? fl[3] : NULL);
            break;
        }
        }
    }
    free(line);
    fclose(f);
    return rc;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

int parley_lexicon_load_dir(parley_lexicon *lex, const char *dir, FILE *err)
{
    DIR *d = opendir(dir);
    if (!d) {
        if (err)
            fprintf(err, "parley: cannot open lexicon folder %s: %s\n", dir, strerror(errno));
        return PARLEY_EIO;
    }
    char **names = NULL;
    size_t n = 0, cap = 0;
    int rc = 0;
    struct dirent *de;
    while ((de = readdir(d))) {
        size_t l = strlen(de->d_name);
        if (l < 5 || strcmp(de->d_name + l - 4, ".tsv") != 0)
            continue;
        if (PARLEY_GROW(names, cap, n + 1) < 0 || !(names[n] = parley_strdup(de->d_name))) {
            rc = PARLEY_ENOMEM;
            break;
        }
        n++;
    }
    closedir(d);
    if (n > 1)
        qsort(names, n, sizeof(char *), cmp_str);
    for (size_t i = 0; i < n && rc == 0; i++) {
        parley_buf p = {0};
        if (parley_buf_puts(&p, dir) < 0 || parley_buf_putc(&p, '/') < 0 || parley_buf_puts(&p, names[i]) < 0)
            rc = PARLEY_ENOMEM;
        else
            rc = parley_lexicon_load_file(lex, p.data, err);
        parley_buf_free(&p);
    }
    for (size_t i = 0; i < n; i++)
        free(names[i]);
    free(names);
    return rc;
}

/* The state of loading cities: the country of the last run of cities, looked up once a run. */
typedef struct {
    char last_gn[128], last_country[128];
    bool cached;
} city_run;

/* Add one city as libgeonames gives it: its country's name in the lexicon's spelling when known,
 * and the country's two-letter code for the publisher's domain. */
static int add_city(parley_lexicon *lex, city_run *run, const char *name, const char *gn, const char *cc, double lat,
                    double lon, unsigned pop)
{
    const char *country = gn;
    if (gn && *gn && run->cached && strcmp(gn, run->last_gn) == 0) {
        country = run->last_country;
    } else if (gn && *gn) {
        const char *known = parley_lexicon_country(lex, gn);
        country = known ? known : gn;
        int slot = known ? code_slot(cc) : -1;
        if (slot >= 0 && !lex->by_code[slot])
            lex->by_code[slot] = known;
        run->cached = strlen(gn) < sizeof run->last_gn && strlen(country) < sizeof run->last_country;
        if (run->cached) {
            strcpy(run->last_gn, gn);
            strcpy(run->last_country, country);
        }
    }
    const char *cn = country && *country ? country : NULL;
    /* "El-Alamein", "Al-Ain": an Arabic article opening the name is often joined by a hyphen in
     * English text; that spelling is the city's too */
    static const char *const articles[] = {"El ", "Al ", "Ad ", "Ar ", "As ", "Ash ", "At ", "Az ", NULL};
    /* (read only for a name opening with "A" or "E" and a second letter of an article's) */
    bool article = name && (name[0] == 'A' || name[0] == 'E') && strchr("ldrstz", name[1] ? name[1] : 'x') != NULL;
    for (int k = 0; article && articles[k]; k++) {
        size_t al = strlen(articles[k]);
        char joined[256];
        if (strncmp(name, articles[k], al) != 0 || !isupper((unsigned char)name[al]) || strlen(name) >= sizeof joined)
            continue;
        memcpy(joined, name, strlen(name) + 1);
        joined[al - 1] = '-';
        int rc = add_entry(lex, PARLEY_LEX_CITY, joined, name, cn, lat, lon, pop);
        if (rc < 0)
            return rc;
        break;
    }
    if (!name || !strpbrk(name, "\xE2\xCA"))   /* (most names: no apostrophe of these) */
        return add_entry(lex, PARLEY_LEX_CITY, name, name, cn, lat, lon, pop);
    /* "Kazan’", "Tol’yatti": libgeonames writes a soft sign as an apostrophe, English text does
     * not; the name without it is the city's too, and its canonical name */
    char plain[256];
    size_t o = 0;
    bool soft = false;
    for (const unsigned char *p = (const unsigned char *)name; name && *p && o + 1 < sizeof plain; p++) {
        if ((p[0] == 0xE2 && p[1] == 0x80 && p[2] == 0x99) || (p[0] == 0xCA && (p[1] == 0xB9 || p[1] == 0xBC))) {
            p += p[0] == 0xE2 ? 2 : 1;
            soft = true;
            continue;
        }
        plain[o++] = (char)*p;
    }
    plain[o] = '\0';
    if (!soft || o == 0 || (name && strlen(name) >= sizeof plain))
        return add_entry(lex, PARLEY_LEX_CITY, name, name, cn, lat, lon, pop);
    int rc = add_entry(lex, PARLEY_LEX_CITY, name, plain, cn, lat, lon, pop);
    return rc < 0 ? rc : add_entry(lex, PARLEY_LEX_CITY, plain, plain, cn, lat, lon, pop);
}

/* The cache file of this libgeonames (named by its library file's size and time), or NULL. */
static char *cache_path(const char *dir)
{
    Dl_info info;
    struct stat sb;
    if (!dir || !*dir || !dladdr((void *)geonames_get_city, &info) || !info.dli_fname || stat(info.dli_fname, &sb) != 0)
        return NULL;
    size_t n = strlen(dir) + 96;
    char *p = malloc(n);
    if (p)
        snprintf(p, n, "%s/geonames-cities-%lld-%lld.tsv", dir, (long long)sb.st_size, (long long)sb.st_mtime);
    return p;
}

static uint64_t double_bits(double d)
{
    uint64_t u;
    memcpy(&u, &d, sizeof(u));
    return u;
}

/* The double whose bits the 16 hex digits of s spell (and nothing after them); false when s is
 * not that. */
static bool bits_double(const char *s, double *out)
{
    uint64_t u = 0;
    for (int i = 0; i < 16; i++) {
        unsigned char c = (unsigned char)s[i];
        unsigned v = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : 16;
        if (v == 16)
            return false;
        u = u << 4 | v;
    }
    if (s[16])
        return false;
    memcpy(out, &u, sizeof(u));
    return true;
}

static int load_from_cache(parley_lexicon *lex, FILE *f)
{
    char line[1024];
    city_run run = {0};
    if (!fgets(line, sizeof line, f) || strcmp(line, "parley geonames cities 3\n") != 0)
        return 1;
    /* the table grown once, as for libgeonames (a city's name and about one prefix of it) */
    struct stat sb;
    int rc0 = fstat(fileno(f), &sb) == 0 ? reserve(lex, (size_t)sb.st_size / 32) : 0;
    if (rc0 < 0)
        return rc0;
    size_t n = 0;
    while (fgets(line, sizeof line, f)) {
        size_t l = strlen(line);
        if (!l || line[l - 1] != '\n')
            return 1;
        line[l - 1] = '\0';
        char *f2 = strchr(line, '\t'), *f3 = f2 ? strchr(f2 + 1, '\t') : NULL, *f4 = f3 ? strchr(f3 + 1, '\t') : NULL;
        char *f5 = f4 ? strchr(f4 + 1, '\t') : NULL, *f6 = f5 ? strchr(f5 + 1, '\t') : NULL;
        if (!f6)
            return 1;
        *f2++ = *f3++ = *f4++ = *f5++ = *f6++ = '\0';
        char *end;
        double lat, lon;
        if (!bits_double(f4, &lat) || !bits_double(f5, &lon))
            return 1;
        unsigned long pop = strtoul(f6, &end, 10);
        if (*end || !*line)
            return 1;
        int rc = add_city(lex, &run, line, f2, f3, lat, lon, (unsigned)pop);
        if (rc < 0)
            return rc;
        n++;
    }
    return n ? 0 : 1;
}

int parley_lexicon_load_geonames_cached(parley_lexicon *lex, const char *cache_dir)
{
    char *path = cache_path(cache_dir);
    if (path) {
        FILE *f = fopen(path, "r");
        if (f) {
            int rc = load_from_cache(lex, f);
            fclose(f);
            if (rc <= 0) {
                free(path);
                return rc;
            }
            /* a damaged cache: the cities added from it stay (add_entry keeps one of each),
             * libgeonames gives the rest and the cache is written again */
        }
    }
    int n = geonames_get_n_cities();
    /* a city's name and about one token prefix of it */
    int rc = n > 0 ? reserve(lex, (size_t)n * 2) : 0;
    if (rc < 0) {
        free(path);
        return rc;
    }
    char tmp[4096];
    FILE *out = NULL;
    if (path) {
        /* written whole to a file of this process, then renamed: readers never see half */
        mkdir(cache_dir, 0777);
        snprintf(tmp, sizeof tmp, "%s.tmp.%ld", path, (long)getpid());
        if ((out = fopen(tmp, "w")))
            fputs("parley geonames cities 3\n", out);
    }
    city_run run = {0};
    for (int i = 0; i < n && rc >= 0; i++) {
        GeonamesCity *c = geonames_get_city(i);
        if (!c)
            continue;
        const char *name = geonames_city_get_name(c), *gn = geonames_city_get_country(c);
        const char *cc = geonames_city_get_country_code(c);
        double lat = geonames_city_get_latitude(c), lon = geonames_city_get_longitude(c);
        unsigned pop = geonames_city_get_population(c);
        rc = add_city(lex, &run, name, gn, cc, lat, lon, pop);
        if (out && name && *name && !strpbrk(name, "\t\n") && !(gn && strpbrk(gn, "\t\n")) && !(cc && strpbrk(cc, "\t\n")))
            /* coordinates as the 16 hex digits of their bits: exact, and read back without any
             * conversion of decimals */
            fprintf(out, "%s\t%s\t%s\t%016" PRIx64 "\t%016" PRIx64 "\t%u\n", name, gn ? gn : "", cc ? cc : "",
                    double_bits(lat), double_bits(lon), pop);
        geonames_city_free(c);
    }
    if (out) {
        bool bad = ferror(out) != 0;
        bad |= fclose(out) != 0;
        if (bad || rc < 0 || rename(tmp, path) != 0)
            unlink(tmp);
    }
    free(path);
    return rc < 0 ? rc : 0;
}

int parley_lexicon_load_geonames(parley_lexicon *lex)
{
    return parley_lexicon_load_geonames_cached(lex, NULL);
}
