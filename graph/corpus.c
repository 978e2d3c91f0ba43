#include "corpus.h"
#include "../src/error.h"
#include "../src/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int parley_corpus_new(parley_corpus **out)
{
    parley_corpus *c = calloc(1, sizeof(*c));
    if (!c)
        return PARLEY_ENOMEM;
    *out = c;
    return 0;
}

void parley_corpus_free(parley_corpus *c)
{
    if (!c)
        return;
    for (size_t i = 0; i < c->n_nodes; i++) {
        parley_node *n = &c->nodes[i];
        free(n->id);
        free(n->label);
        free(n->key);
        free(n->country);
        free(n->title);
        for (size_t k = 0; k < n->n_roles; k++) {
            free(n->roles[k].title);
            free(n->roles[k].country);
            free(n->roles[k].date);
        }
        free(n->roles);
        free(n->documents);
        for (size_t k = 0; k < n->n_merges; k++)
            free(n->merges[k]);
        free(n->merges);
        for (size_t k = 0; k < n->n_former_keys; k++)
            free(n->former_keys[k]);
        free(n->former_keys);
    }
    free(c->nodes);
    for (size_t i = 0; i < c->n_events; i++) {
        parley_corpus_event *e = &c->events[i];
        free(e->participants);
        free(e->name);
        for (size_t k = 0; k < e->n_sources; k++) {
            free(e->sources[k].sentence);
            free(e->sources[k].trigger);
        }
        free(e->sources);
    }
    free(c->events);
    for (size_t i = 0; i < c->n_doc_names; i++)
        free(c->doc_names[i]);
    free(c->doc_names);
    parley_map_free(&c->by_key);
    parley_map_free(&c->by_word);
    parley_map_free(&c->by_signature);
    parley_map_free(&c->by_id);
    parley_lists_free(&c->lists);
    free(c);
}

/* ---- indexes ------------------------------------------------------------------------------ */

/* Lists of nodes by key (an item added twice in a row is kept once; one added again later, a
 * person indexed anew, may appear twice, which look-ups tolerate): parley_lists_add() on
 * c->lists, walked from parley_lists_head(). */

static void type_key(char *buf, size_t n, int type, const char *key)
{
    snprintf(buf, n, "%d|%s", type, key);
}

/* The key of the people of a country whose name has the same first word ('F') or last word ('L')
 * as key: "F:Kenya\tbirhanu". Its length, or -1 when it does not fit. */
static int variant_key(char *buf, size_t size, char which, const char *country, const char *key)
{
    const char *sp = strchr(key, ' ');
    const char *last = strrchr(key, ' ');
    int n = which == 'F' ? snprintf(buf, size, "F:%s\t%.*s", country, (int)(sp ? (size_t)(sp - key) : strlen(key)), key)
                         : snprintf(buf, size, "L:%s\t%s", country, last ? last + 1 : key);
    return n > 0 && (size_t)n < size ? n : -1;
}

/* Index a person as a candidate spelling variant for names of its country: by country and the
 * first and the last word of key. */
static int index_words(parley_corpus *c, int node, const char *country, const char *key)
{
    char buf[512];
    for (int pass = 0; pass < 2; pass++) {
        int n = variant_key(buf, sizeof(buf), pass == 0 ? 'F' : 'L', country, key);
        if (n > 0 && parley_lists_add(&c->lists, &c->by_word, buf, (size_t)n, node) < 0)
            return PARLEY_ENOMEM;
    }
    return 0;
}

/* Index node under its name: the exact key (the earliest node keeps it) and, for a person, the
 * whole key and (when it has a country) the first and last words under that country. */
static int index_name(parley_corpus *c, int node, int type, const char *key)
{
    char buf[1024];
    type_key(buf, sizeof(buf), type, key);
    int64_t old;
    if (!parley_map_get(&c->by_key, buf, strlen(buf), &old) && parley_map_put(&c->by_key, buf, strlen(buf), node) < 0)
        return PARLEY_ENOMEM;
    if (type != PARLEY_ENTITY_PERSON)
        return 0;
    int n = snprintf(buf, sizeof(buf), "k:%s", key);
    if (n > 0 && (size_t)n < sizeof(buf) && parley_lists_add(&c->lists, &c->by_word, buf, (size_t)n, node) < 0)
        return PARLEY_ENOMEM;
    const char *country = c->nodes[node].country;
    return country ? index_words(c, node, country, key) : 0;
}

/* A node's country changes: a person is indexed under the new country by every key it has had,
 * so that a variant of any of its names is found among the people of that country. */
static int set_country(parley_corpus *c, int node, const char *country)
{
    parley_node *n = &c->nodes[node];
    if (n->country && strcmp(n->country, country) == 0)
        return 0;
    char *d = parley_strdup(country);
    if (!d)
        return PARLEY_ENOMEM;
    free(n->country);
    n->country = d;
    if (n->type != PARLEY_ENTITY_PERSON)
        return 0;
    if (index_words(c, node, d, n->key) < 0)
        return PARLEY_ENOMEM;
    for (size_t k = 0; k < n->n_former_keys; k++)
        if (index_words(c, node, d, n->former_keys[k]) < 0)
            return PARLEY_ENOMEM;
    return 0;
}

int parley_corpus_find(const parley_corpus *c, const char *id)
{
    int64_t v;
    return parley_map_get(&c->by_id, id, strlen(id), &v) ? (int)v : -1;
}

/* ---- names ------------------------------------------------------------------------------ */

static int split_words(char *s, char **w, int max)
{
    int n = 0;
    char *save = NULL;
    for (char *t = strtok_r(s, " -", &save); t && n < max; t = strtok_r(NULL, " -", &save))
        w[n++] = t;
    return n;
}

static bool word_close(const char *a, const char *b)
{
    if (strcmp(a, b) == 0)
        return true;
    size_t la = strlen(a), lb = strlen(b);
    if ((la == 2 && a[1] == '.') || (lb == 2 && b[1] == '.'))
        return a[0] == b[0];
    if (la >= 4 && lb >= 4)
        return parley_edit_distance(a, b, 1) <= 1;
    return false;
}

/* 0: different; 1: the same name; 2: a variant (spelling, a middle name or initial more). */
static int name_relation(const char *a, const char *b)
{
    if (strcmp(a, b) == 0)
        return 1;
    /* the names are split in place: copies on the stack for all but very long names */
    char sa[256], sb[256];
    size_t la = strlen(a), lb = strlen(b);
    char *ca = la < sizeof(sa) ? memcpy(sa, a, la + 1) : parley_strdup(a);
    char *cb = lb < sizeof(sb) ? memcpy(sb, b, lb + 1) : parley_strdup(b);
    char *wa[16], *wb[16];
    int rel = 0;
    if (!ca || !cb)
        goto done;
    int na = split_words(ca, wa, 16), nb = split_words(cb, wb, 16);
    if (na == 0 || nb == 0)
        goto done;
    if (na == nb) {
        int k;
        for (k = 0; k < na && word_close(wa[k], wb[k]); k++)
            ;
        rel = k == na ? 2 : 0;
    } else {
        /* the shorter is the longer with words left out, same first and last word */
        char **s = na < nb ? wa : wb, **l = na < nb ? wb : wa;
        int ns = na < nb ? na : nb, nl = na < nb ? nb : na;
        if (ns >= 2 && word_close(s[ns - 1], l[nl - 1])) {
            int j = 0;
            for (int k = 0; k < nl && j < ns - 1; k++)
                if (word_close(s[j], l[k]))
                    j++;
            rel = j == ns - 1 ? 2 : 0;
        }
    }
done:
    if (ca != sa)
        free(ca);
    if (cb != sb)
        free(cb);
    return rel;
}

static bool same_country(const char *a, const char *b)
{
    return a && b && strcmp(a, b) == 0;
}

static bool countries_conflict(const char *a, const char *b)
{
    return a && b && strcmp(a, b) != 0;
}

/* ---- nodes ---------------------------------------------------------------------------------- */

static int add_string(char ***arr, size_t *n, size_t *cap, const char *s)
{
    if (PARLEY_GROW(*arr, *cap, *n + 1) < 0)
        return PARLEY_ENOMEM;
    if (!((*arr)[*n] = parley_strdup(s)))
        return PARLEY_ENOMEM;
    (*n)++;
    return 0;
}

static int set_str(char **dst, const char *src)
{
    if (!src)
        return 0;
    char *d = parley_strdup(src);
    if (!d)
        return PARLEY_ENOMEM;
    free(*dst);
    *dst = d;
    return 0;
}

static void seen(parley_node *n, const char *date)
{
    if (!date || !*date)
        return;
    if (!n->first_seen[0] || strcmp(date, n->first_seen) < 0)
        snprintf(n->first_seen, sizeof(n->first_seen), "%s", date);
    if (!n->last_seen[0] || strcmp(date, n->last_seen) > 0)
        snprintf(n->last_seen, sizeof(n->last_seen), "%s", date);
}

static int find_node(parley_corpus *c, const parley_entity *en, int *why)
{
    *why = 0;
    char buf[1024];
    type_key(buf, sizeof(buf), en->type, en->key);
    int64_t v;
    if (en->type != PARLEY_ENTITY_PERSON)
        return parley_map_get(&c->by_key, buf, strlen(buf), &v) ? (int)v : -1;
    /* people: the same full name with no conflicting country is the same person (O(1)) */
    if (strchr(en->key, ' ') && parley_map_get(&c->by_key, buf, strlen(buf), &v) &&
        !countries_conflict(c->nodes[v].country, en->country)) {
        *why = 1;
        return (int)v;
    }
    /* else the earliest node of the same name whose country does not conflict */
    char kb[1024];
    int nk = snprintf(kb, sizeof(kb), "k:%s", en->key);
    int best = -1, best_rel = 0;
    if (nk > 0 && (size_t)nk < sizeof(kb))
        for (int64_t r = parley_lists_head(&c->by_word, kb, (size_t)nk); r >= 0; r = c->lists.next[r]) {
            int i = c->lists.item[r];
            parley_node *n = &c->nodes[i];
            if ((best < 0 || i < best) && strcmp(n->key, en->key) == 0 && !countries_conflict(n->country, en->country)) {
                best = i;
                best_rel = 1;
            }
        }
    /* else the earliest spelling variant of the same country: a person of that country who has
     * had a name with the same first or last word */
    if (best < 0 && en->country) {
        for (int pass = 0; pass < 2; pass++) {
            int kl = variant_key(kb, sizeof(kb), pass == 0 ? 'F' : 'L', en->country, en->key);
            for (int64_t r = kl > 0 ? parley_lists_head(&c->by_word, kb, (size_t)kl) : -1; r >= 0; r = c->lists.next[r]) {
                int i = c->lists.item[r];
                parley_node *n = &c->nodes[i];
                if ((best < 0 || i < best) && same_country(n->country, en->country) &&
                    name_relation(n->key, en->key) == 2) {
                    best = i;
                    best_rel = 2;
                }
            }
        }
    }
    *why = best >= 0 ? best_rel : 0;
    return best;
}

/* A node id no other node has: the entity's own, else with the country's slug ("-kenya"), else
 * with the first free number from 2. The first node of a name keeps the plain id. */
static char *unique_id(const parley_corpus *c, const parley_entity *en)
{
    int64_t v;
    if (!parley_map_get(&c->by_id, en->id, strlen(en->id), &v))
        return parley_strdup(en->id);
    parley_buf b = {0};
    if (en->country) {
        char *cs = parley_entity_slug("", en->country);
        if (!cs)
            return NULL;
        int bad = parley_buf_puts(&b, en->id) < 0 || parley_buf_putc(&b, '-') < 0 || parley_buf_puts(&b, cs + 1) < 0;
        free(cs);
        if (bad) {
            parley_buf_free(&b);
            return NULL;
        }
        if (!parley_map_get(&c->by_id, b.data, b.len, &v))
            return parley_buf_detach(&b);
    }
    for (unsigned k = 2;; k++) {
        char num[16];
        snprintf(num, sizeof(num), "-%u", k);
        parley_buf_clear(&b);
        if (parley_buf_puts(&b, en->id) < 0 || parley_buf_puts(&b, num) < 0) {
            parley_buf_free(&b);
            return NULL;
        }
        if (!parley_map_get(&c->by_id, b.data, b.len, &v))
            return parley_buf_detach(&b);
    }
}

static int words_of(const char *s)
{
    int n = 1;
    for (; *s; s++)
        n += *s == ' ';
    return n;
}

static int node_for_entity(parley_corpus *c, const parley_extraction *ex, const parley_entity *en, const char *doc)
{
    const char *date = parley_extraction_date(ex);
    int why;
    int idx = find_node(c, en, &why);
    parley_node *n;
    if (idx < 0) {
        if (PARLEY_GROW(c->nodes, c->cap_nodes, c->n_nodes + 1) < 0)
            return PARLEY_ENOMEM;
        n = &c->nodes[c->n_nodes];
        memset(n, 0, sizeof(*n));
        n->type = en->type;
        n->id = unique_id(c, en);
        n->label = parley_strdup(en->name);
        n->key = parley_strdup(en->key);
        if (!n->id || !n->label || !n->key || parley_map_put(&c->by_id, n->id, strlen(n->id), (int64_t)c->n_nodes) < 0)
            return PARLEY_ENOMEM;
        if (en->has_coords) {
            n->lat = en->lat;
            n->lon = en->lon;
            n->has_coords = true;
        }
        idx = (int)c->n_nodes++;
        if (index_name(c, idx, en->type, en->key) < 0)
            return PARLEY_ENOMEM;
    } else {
        n = &c->nodes[idx];
        if (why == 2 || strcmp(n->label, en->name) != 0) {
            char buf[512];
            snprintf(buf, sizeof(buf), "\"%s\" (%s) merged into \"%s\": %s%s%s", en->name, doc, n->label,
                     why == 2 ? "a spelling variant" : "the same name", en->country ? ", same country " : "",
                     en->country ? en->country : "");
            if ((n->n_merges == 0 || strcmp(n->merges[n->n_merges - 1], buf) != 0) &&
                add_string(&n->merges, &n->n_merges, &n->cap_merges, buf) < 0)
                return PARLEY_ENOMEM;
        }
        /* the fullest name wins; the node is still a candidate under its former names */
        if (words_of(en->key) > words_of(n->key) && en->type == PARLEY_ENTITY_PERSON) {
            char *key = parley_strdup(en->key);
            if (!key || PARLEY_GROW(n->former_keys, n->cap_former_keys, n->n_former_keys + 1) < 0) {
                free(key);
                return PARLEY_ENOMEM;
            }
            n->former_keys[n->n_former_keys++] = n->key;
            n->key = key;
            if (set_str(&n->label, en->name) < 0)
                return PARLEY_ENOMEM;
            if (index_name(c, idx, en->type, n->key) < 0)
                return PARLEY_ENOMEM;
        }
    }
    n->mentions += en->n_mentions;
    /* documents arrive one after the other and doc is interned: a new one differs from the last */
    if (n->n_documents == 0 || n->documents[n->n_documents - 1] != doc) {
        if (PARLEY_GROW(n->documents, n->cap_documents, n->n_documents + 1) < 0)
            return PARLEY_ENOMEM;
        n->documents[n->n_documents++] = doc;
    }
    seen(n, date);
    if (en->type == PARLEY_ENTITY_PERSON || en->country) {
        if (en->country && (!n->country || (date && n->last_seen[0] && strcmp(date, n->last_seen) >= 0)))
            if (set_country(c, idx, en->country) < 0)
                return PARLEY_ENOMEM;
        if (en->title && (!n->title || (date && strcmp(date, n->last_seen) >= 0)))
            if (set_str(&n->title, en->title) < 0)
                return PARLEY_ENOMEM;
    }
    if (en->type == PARLEY_ENTITY_PERSON && (en->title || en->country)) {
        if (PARLEY_GROW(n->roles, n->cap_roles, n->n_roles + 1) < 0)
            return PARLEY_ENOMEM;
        parley_role_record *r = &n->roles[n->n_roles++];
        memset(r, 0, sizeof(*r));
        r->title = parley_strdup(en->title);
        r->country = parley_strdup(en->country);
        r->date = parley_strdup(date);
        r->doc = doc;
    }
    return idx;
}

/* ---- events --------------------------------------------------------------------------------- */

static bool dates_compatible(const char *a, const char *b)
{
    if (!*a || !*b)
        return true;
    if (a[0] == '-' || b[0] == '-') {
        /* --MM-DD against YYYY-MM-DD */
        const char *md_a = a[0] == '-' ? a + 2 : (strlen(a) == 10 ? a + 5 : NULL);
        const char *md_b = b[0] == '-' ? b + 2 : (strlen(b) == 10 ? b + 5 : NULL);
        return md_a && md_b && strcmp(md_a, md_b) == 0;
    }
    size_t l = strlen(a) < strlen(b) ? strlen(a) : strlen(b);
    return strncmp(a, b, l) == 0;
}

static bool same_set(const int *a, size_t na, const int *b, size_t nb)
{
    if (na != nb)
        return false;
    for (size_t i = 0; i < na; i++) {
        bool in = false;
        for (size_t k = 0; k < nb; k++)
            in |= a[i] == b[k];
        if (!in)
            return false;
    }
    return true;
}

static bool more_specific(const char *a, const char *b)
{
    if (!*b)
        return *a != 0;
    if (b[0] == '-' && a[0] != '-' && strlen(a) == 10)
        return true;
    return a[0] != '-' && b[0] != '-' && strlen(a) > strlen(b);
}

static int add_event(parley_corpus *c, const parley_extraction *ex, const parley_event *ev, const int *map,
                     const char *doc)
{
    int parts[64];
    size_t np = 0;
    for (size_t k = 0; k < ev->n_participants && np < 64; k++)
        if (map[ev->participants[k]] >= 0)
            parts[np++] = map[ev->participants[k]];
    int place = ev->place >= 0 ? map[ev->place] : -1;
    parley_corpus_event *ce = NULL;
    /* the signature: type, status and the sorted participants */
    int sorted[64];
    memcpy(sorted, parts, np * sizeof(int));
    for (size_t a = 1; a < np; a++)
        for (size_t b = a; b > 0 && sorted[b - 1] > sorted[b]; b--) {
            int t = sorted[b];
            sorted[b] = sorted[b - 1];
            sorted[b - 1] = t;
        }
    parley_buf sig = {0};
    char num[32];
    snprintf(num, sizeof(num), "%d|%d", ev->type, ev->status);
    parley_buf_puts(&sig, num);
    for (size_t a = 0; a < np; a++) {
        if (a && sorted[a] == sorted[a - 1])
            continue;
        snprintf(num, sizeof(num), "|%d", sorted[a]);
        parley_buf_puts(&sig, num);
    }
    if (!sig.data)
        return PARLEY_ENOMEM;
    int64_t r = parley_lists_head(&c->by_signature, sig.data, sig.len);
    int match = -1;
    for (; r >= 0; r = c->lists.next[r]) {
        int i = c->lists.item[r];
        if (match < 0 || i < match) {
            parley_corpus_event *o = &c->events[i];
            if (o->type != ev->type || o->status != ev->status || !same_set(o->participants, o->n_participants, parts, np))
                continue;
            if (!dates_compatible(o->date, ev->date))
                continue;
            if (o->place >= 0 && place >= 0 && o->place != place)
                continue;
            if ((!o->date[0] || !ev->date[0]) && !(o->place >= 0 && o->place == place))
                continue;   /* an undated report merges only where the place agrees */
            match = i;
        }
    }
    if (match >= 0)
        ce = &c->events[match];
    if (!ce) {
        if (PARLEY_GROW(c->events, c->cap_events, c->n_events + 1) < 0 ||
            parley_lists_add(&c->lists, &c->by_signature, sig.data, sig.len, (int)c->n_events) < 0) {
            parley_buf_free(&sig);
            return PARLEY_ENOMEM;
        }
        ce = &c->events[c->n_events++];
        memset(ce, 0, sizeof(*ce));
        ce->type = ev->type;
        ce->status = ev->status;
        ce->place = -1;
        for (size_t k = 0; k < np; k++) {
            if (PARLEY_GROW(ce->participants, ce->cap_participants, ce->n_participants + 1) < 0)
                return PARLEY_ENOMEM;
            ce->participants[ce->n_participants++] = parts[k];
        }
        if (ev->name && !(ce->name = parley_strdup(ev->name)))
            return PARLEY_ENOMEM;
    }
    parley_buf_free(&sig);
    if (more_specific(ev->date, ce->date))
        memcpy(ce->date, ev->date, sizeof(ce->date));
    if (ce->place < 0)
        ce->place = place;
    const char *raw = parley_document_raw(ex->doc);
    for (size_t k = 0; k < ev->n_evidence; k++) {
        if (PARLEY_GROW(ce->sources, ce->cap_sources, ce->n_sources + 1) < 0)
            return PARLEY_ENOMEM;
        parley_source *s = &ce->sources[ce->n_sources];
        size_t a = parley_document_raw_offset(ex->doc, ev->evidence[k].start);
        size_t b = parley_document_raw_offset(ex->doc, ev->evidence[k].end);
        s->doc = doc;
        s->sentence = strcmp(parley_document_encoding(ex->doc), "utf-8")
                          ? parley_strndup(parley_document_text(ex->doc) + ev->evidence[k].start,
                                           ev->evidence[k].end - ev->evidence[k].start)
                          : parley_utf8_clean(raw + a, b - a);
        s->start = a;
        s->end = b;
        s->trigger = parley_strdup(ev->evidence[k].trigger);
        if (!s->sentence)
            return PARLEY_ENOMEM;
        ce->n_sources++;
    }
    return 0;
}

int parley_corpus_add(parley_corpus *c, const parley_extraction *ex)
{
    /* the document's id, interned: nodes, roles and sources borrow it */
    if (PARLEY_GROW(c->doc_names, c->cap_doc_names, c->n_doc_names + 1) < 0)
        return PARLEY_ENOMEM;
    char *doc = parley_strdup(parley_document_id(ex->doc));
    if (!doc)
        return PARLEY_ENOMEM;
    c->doc_names[c->n_doc_names++] = doc;
    int *map = calloc(ex->n_entities ? ex->n_entities : 1, sizeof(int));
    if (!map)
        return PARLEY_ENOMEM;
    int rc = 0;
    /* people first, so that a person's country node exists when affiliations are drawn */
    for (size_t i = 0; i < ex->n_entities && rc == 0; i++) {
        int idx = node_for_entity(c, ex, &ex->entities[i], doc);
        if (idx < 0)
            rc = idx;
        else
            map[i] = idx;
    }
    for (size_t i = 0; i < ex->n_events && rc == 0; i++)
        rc = add_event(c, ex, &ex->events[i], map, doc);
    free(map);
    const char *date = parley_extraction_date(ex);
    if (rc == 0) {
        c->n_documents++;
        if (date) {
            if (!c->first_date[0] || strcmp(date, c->first_date) < 0)
                snprintf(c->first_date, sizeof(c->first_date), "%s", date);
            if (!c->last_date[0] || strcmp(date, c->last_date) > 0)
                snprintf(c->last_date, sizeof(c->last_date), "%s", date);
        }
    }
    return rc;
}

bool parley_corpus_date_in(const char *date, const char *since, const char *until)
{
    if (!since && !until)
        return true;
    if (!date || !*date || date[0] == '-')
        return false;
    size_t l = strlen(date);
    if (since && strncmp(date, since, l < strlen(since) ? l : strlen(since)) < 0)
        return false;
    if (until && strncmp(date, until, l < strlen(until) ? l : strlen(until)) > 0)
        return false;
    return true;
}
