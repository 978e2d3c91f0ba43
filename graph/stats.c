#include "stats.h"
#include "../src/error.h"
#include "../src/util.h"
#include "../src/map.h"

#include <stdlib.h>
#include <string.h>

/* ---- computing ------------------------------------------------------------------------------ */

/* Lists keep their strings distinct. Short lists are scanned; once a list is long (the
 * counterparts of a very active person, the sources of a frequent pair) its strings are also
 * kept in one index under the list's tag, so that the check stays O(1). */
#define UNIQUE_SCAN 16

typedef struct {
    parley_map seen;
    uint32_t next_tag;
} dedup;

static int seen_key(char *buf, size_t size, uint32_t tag, const char *s)
{
    int n = snprintf(buf, size, "%x\x1f%s", tag, s);
    return n > 0 && (size_t)n < size ? n : -1;
}

static int list_append(parley_stats_list *l, const char *s)
{
    if (PARLEY_GROW(l->items, l->cap, l->n + 1) < 0)
        return PARLEY_ENOMEM;
    l->items[l->n++] = s;
    return 0;
}

static bool list_holds(const parley_stats_list *l, const char *s)
{
    for (size_t i = 0; i < l->n; i++)
        if (strcmp(l->items[i], s) == 0)
            return true;
    return false;
}

/* Append s to l unless it is there. s is borrowed. */
static int list_add(dedup *d, parley_stats_list *l, const char *s)
{
    char key[1100];
    if (!l->tag)
        l->tag = ++d->next_tag;
    if (l->n < UNIQUE_SCAN) {
        if (list_holds(l, s))
            return 0;
        if (list_append(l, s) < 0)
            return PARLEY_ENOMEM;
        if (l->n == UNIQUE_SCAN)
            for (size_t i = 0; i < l->n; i++) {
                int k = seen_key(key, sizeof(key), l->tag, l->items[i]);
                if (k > 0 && parley_map_put(&d->seen, key, (size_t)k, 1) < 0)
                    return PARLEY_ENOMEM;
            }
        return 0;
    }
    int k = seen_key(key, sizeof(key), l->tag, s);
    int64_t one;
    if (k > 0) {
        if (parley_map_get(&d->seen, key, (size_t)k, &one))
            return 0;
        if (parley_map_put(&d->seen, key, (size_t)k, 1) < 0)
            return PARLEY_ENOMEM;
    } else if (list_holds(l, s)) { /* a string too long for the key: scan */
        return 0;
    }
    return list_append(l, s);
}

static void list_free(parley_stats_list *l)
{
    free(l->items);
}

/* The row index of key in map m, or -1. */
static int64_t row_of(const parley_map *m, const char *key, size_t len)
{
    int64_t v;
    return parley_map_get(m, key, len, &v) ? v : -1;
}

static int cmp_str(const char *a, const char *b)
{
    return strcmp(a ? a : "", b ? b : "");
}

static int cmp_pairs(const void *x, const void *y)
{
    const parley_stats_pair *a = x, *b = y;
    if (a->meetings != b->meetings)
        return a->meetings > b->meetings ? -1 : 1;
    int c = strcmp(a->a, b->a);
    return c ? c : strcmp(a->b, b->b);
}

static int cmp_people(const void *x, const void *y)
{
    const parley_stats_person *a = x, *b = y;
    if (a->meetings != b->meetings)
        return a->meetings > b->meetings ? -1 : 1;
    return strcmp(a->id, b->id);
}

static int cmp_country_pairs(const void *x, const void *y)
{
    const parley_stats_country_pair *a = x, *b = y;
    if (a->meetings != b->meetings)
        return a->meetings > b->meetings ? -1 : 1;
    int c = cmp_str(a->a, b->a);
    if (!c)
        c = cmp_str(a->b, b->b);
    return c ? c : strcmp(a->year, b->year);
}

static int cmp_months(const void *x, const void *y)
{
    return strcmp(((const parley_stats_month *)x)->month, ((const parley_stats_month *)y)->month);
}

void parley_stats_free(parley_stats *s)
{
    if (!s)
        return;
    for (size_t i = 0; i < s->n_pairs; i++) {
        list_free(&s->pairs[i].places);
        list_free(&s->pairs[i].sources);
    }
    for (size_t i = 0; i < s->n_people; i++) {
        list_free(&s->people[i].counterparts);
        list_free(&s->people[i].countries_met);
        list_free(&s->people[i].places_visited);
    }
    free(s->pairs);
    free(s->people);
    free(s->country_pairs);
    free(s->timeline);
    free(s);
}

/* One meeting's contribution to the tables. */
static int add_meeting(parley_stats *s, const parley_network *net, size_t e, dedup *d, parley_map *i_pairs,
                       int64_t *person_row, size_t *cap_people, size_t *cap_pairs, parley_map *i_cpairs,
                       size_t *cap_cpairs, parley_map *i_months, size_t *cap_months)
{
    const parley_corpus *c = net->corpus;
    const parley_corpus_event *ev = &c->events[e];
    const char *place = ev->place >= 0 ? c->nodes[ev->place].label : NULL;
    bool dated = ev->date[0] && ev->date[0] != '-';
    s->meetings++;
    /* timeline by month */
    if (dated && strlen(ev->date) >= 7) {
        int64_t r = row_of(i_months, ev->date, 7);
        if (r < 0) {
            if (PARLEY_GROW(s->timeline, *cap_months, s->n_timeline + 1) < 0 ||
                parley_map_put(i_months, ev->date, 7, (int64_t)s->n_timeline) < 0)
                return PARLEY_ENOMEM;
            r = (int64_t)s->n_timeline++;
            memset(&s->timeline[r], 0, sizeof(s->timeline[r]));
            memcpy(s->timeline[r].month, ev->date, 7);
        }
        s->timeline[r].meetings++;
    } else {
        s->undated_meetings++;
    }
    for (size_t a = 0; a < ev->n_participants; a++) {
        int ia = ev->participants[a];
        const parley_node *na = &c->nodes[ia];
        if (na->type != PARLEY_ENTITY_PERSON)
            continue;
        /* per person */
        if (person_row[ia] < 0) {
            if (PARLEY_GROW(s->people, *cap_people, s->n_people + 1) < 0)
                return PARLEY_ENOMEM;
            parley_stats_person *p = &s->people[s->n_people];
            memset(p, 0, sizeof(*p));
            p->id = na->id;
            p->label = na->label;
            p->country = na->country;
            person_row[ia] = (int64_t)s->n_people++;
        }
        parley_stats_person *pr = &s->people[person_row[ia]];
        pr->meetings++;
        if (place && list_add(d, &pr->places_visited, place) < 0)
            return PARLEY_ENOMEM;
        for (size_t b = 0; b < ev->n_participants; b++) {
            int ib = ev->participants[b];
            const parley_node *nb = &c->nodes[ib];
            if (b == a || nb->type != PARLEY_ENTITY_PERSON)
                continue;
            if (list_add(d, &pr->counterparts, nb->id) < 0 ||
                (nb->country && list_add(d, &pr->countries_met, nb->country) < 0))
                return PARLEY_ENOMEM;
            if (b < a)
                continue;
            /* per pair, ordered by id */
            bool xa = strcmp(na->id, nb->id) < 0;
            const parley_node *x = xa ? na : nb, *y = xa ? nb : na;
            int ix = xa ? ia : ib, iy = xa ? ib : ia;
            char pk[2 * sizeof(int)];
            memcpy(pk, &ix, sizeof(int));
            memcpy(pk + sizeof(int), &iy, sizeof(int));
            int64_t r = row_of(i_pairs, pk, sizeof(pk));
            if (r < 0) {
                if (PARLEY_GROW(s->pairs, *cap_pairs, s->n_pairs + 1) < 0 ||
                    parley_map_put(i_pairs, pk, sizeof(pk), (int64_t)s->n_pairs) < 0)
                    return PARLEY_ENOMEM;
                r = (int64_t)s->n_pairs++;
                parley_stats_pair *p = &s->pairs[r];
                memset(p, 0, sizeof(*p));
                p->a = x->id;
                p->b = y->id;
                p->a_label = x->label;
                p->b_label = y->label;
            }
            parley_stats_pair *p = &s->pairs[r];
            p->meetings++;
            if (dated) {
                if (!p->first[0] || strcmp(ev->date, p->first) < 0)
                    snprintf(p->first, sizeof(p->first), "%s", ev->date);
                if (!p->last[0] || strcmp(ev->date, p->last) > 0)
                    snprintf(p->last, sizeof(p->last), "%s", ev->date);
            }
            if (place && list_add(d, &p->places, place) < 0)
                return PARLEY_ENOMEM;
            for (size_t k = 0; k < ev->n_sources; k++)
                if (list_add(d, &p->sources, ev->sources[k].doc) < 0)
                    return PARLEY_ENOMEM;
            /* per country pair and year */
            if (x->country && y->country && strcmp(x->country, y->country) != 0) {
                const char *ca = strcmp(x->country, y->country) < 0 ? x->country : y->country;
                const char *cb = ca == x->country ? y->country : x->country;
                char year[8] = "unknown";
                if (dated) {
                    memcpy(year, ev->date, 4);
                    year[4] = '\0';
                }
                char ck[1100];
                int n = snprintf(ck, sizeof(ck), "%s\x1f%s\x1f%s", ca, cb, year);
                int64_t cr = n > 0 && (size_t)n < sizeof(ck) ? row_of(i_cpairs, ck, (size_t)n) : -1;
                if (cr < 0) {
                    if (PARLEY_GROW(s->country_pairs, *cap_cpairs, s->n_country_pairs + 1) < 0 ||
                        (n > 0 && (size_t)n < sizeof(ck) &&
                         parley_map_put(i_cpairs, ck, (size_t)n, (int64_t)s->n_country_pairs) < 0))
                        return PARLEY_ENOMEM;
                    cr = (int64_t)s->n_country_pairs++;
                    parley_stats_country_pair *q = &s->country_pairs[cr];
                    memset(q, 0, sizeof(*q));
                    q->a = ca;
                    q->b = cb;
                    memcpy(q->year, year, sizeof(year));
                }
                s->country_pairs[cr].meetings++;
            }
        }
    }
    return 0;
}

int parley_stats_compute(parley_stats **out, const parley_network *net)
{
    const parley_corpus *c = net->corpus;
    parley_stats *s = calloc(1, sizeof(*s));
    int64_t *person_row = malloc((c->n_nodes ? c->n_nodes : 1) * sizeof(int64_t));
    if (!s || !person_row) {
        free(s);
        free(person_row);
        return PARLEY_ENOMEM;
    }
    for (size_t i = 0; i < c->n_nodes; i++)
        person_row[i] = -1;
    s->documents = c->n_documents;
    s->nodes = c->n_nodes;
    s->first_date = c->first_date[0] ? c->first_date : NULL;
    s->last_date = c->last_date[0] ? c->last_date : NULL;
    dedup d = {0};
    parley_map i_pairs = {0}, i_cpairs = {0}, i_months = {0};
    size_t cap_people = 0, cap_pairs = 0, cap_cpairs = 0, cap_months = 0;
    int rc = 0;
    for (size_t e = 0; e < c->n_events && rc == 0; e++) {
        const parley_corpus_event *ev = &c->events[e];
        if (ev->type == PARLEY_EVENT_MEETING && ev->status == PARLEY_STATUS_OCCURRED && parley_network_event_in(net, e))
            rc = add_meeting(s, net, e, &d, &i_pairs, person_row, &cap_people, &cap_pairs, &i_cpairs, &cap_cpairs,
                             &i_months, &cap_months);
    }
    parley_map_free(&d.seen);
    parley_map_free(&i_pairs);
    parley_map_free(&i_cpairs);
    parley_map_free(&i_months);
    free(person_row);
    if (rc < 0) {
        parley_stats_free(s);
        return rc;
    }
    /* (qsort must not be given NULL, even for no rows) */
    if (s->n_pairs)
        qsort(s->pairs, s->n_pairs, sizeof(*s->pairs), cmp_pairs);
    if (s->n_people)
        qsort(s->people, s->n_people, sizeof(*s->people), cmp_people);
    if (s->n_country_pairs)
        qsort(s->country_pairs, s->n_country_pairs, sizeof(*s->country_pairs), cmp_country_pairs);
    if (s->n_timeline)
        qsort(s->timeline, s->n_timeline, sizeof(*s->timeline), cmp_months);
    *out = s;
    return 0;
}

