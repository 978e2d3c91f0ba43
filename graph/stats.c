#include "stats.h"
#include "../src/error.h"
#include "../src/util.h"
#include "../src/map.h"

#include <stdio.h>

#include <stdlib.h>
#include <string.h>

/* Append s to arr unless it is there. Short arrays are scanned; once an array is long (the
 * counterparts of a very active person, the sources of a frequent pair), its strings are also
 * kept in `seen` under the array's address, so that the check stays O(1). */
#define UNIQUE_SCAN 16

static int unique_key(char *buf, size_t size, const json_t *arr, const char *s)
{
    int n = snprintf(buf, size, "%p\x1f%s", (const void *)arr, s);
    return n > 0 && (size_t)n < size ? n : -1;
}

static void str_array_add_unique(parley_map *seen, json_t *arr, const char *s)
{
    size_t n = json_array_size(arr);
    char key[1100];
    if (n < UNIQUE_SCAN) {
        size_t i;
        json_t *v;
        json_array_foreach(arr, i, v) if (strcmp(json_string_value(v), s) == 0) return;
        json_array_append_new(arr, json_string(s));
        if (n + 1 == UNIQUE_SCAN)
            json_array_foreach(arr, i, v) {
                int k = unique_key(key, sizeof(key), arr, json_string_value(v));
                if (k > 0)
                    parley_map_put(seen, key, (size_t)k, 1);
            }
        return;
    }
    int k = unique_key(key, sizeof(key), arr, s);
    int64_t one;
    if (k > 0 && parley_map_get(seen, key, (size_t)k, &one))
        return;
    if (k < 0) { /* a string too long for the key: scan */
        size_t i;
        json_t *v;
        json_array_foreach(arr, i, v) if (strcmp(json_string_value(v), s) == 0) return;
    } else {
        parley_map_put(seen, key, (size_t)k, 1);
    }
    json_array_append_new(arr, json_string(s));
}

/* The row of a table with key (v1, v2, v3), through an index of the table's rows. */
static json_t *find_row(json_t *rows, parley_map *index, const char *v1, const char *v2, const char *v3)
{
    char key[1024];
    int n = snprintf(key, sizeof(key), "%s\x1f%s\x1f%s", v1, v2 ? v2 : "", v3 ? v3 : "");
    int64_t i;
    if (n > 0 && (size_t)n < sizeof(key) && parley_map_get(index, key, (size_t)n, &i))
        return json_array_get(rows, (size_t)i);
    return NULL;
}

static void add_row(json_t *rows, parley_map *index, json_t *row, const char *v1, const char *v2, const char *v3)
{
    char key[1024];
    int n = snprintf(key, sizeof(key), "%s\x1f%s\x1f%s", v1, v2 ? v2 : "", v3 ? v3 : "");
    if (n > 0 && (size_t)n < sizeof(key))
        parley_map_put(index, key, (size_t)n, (int64_t)json_array_size(rows));
    json_array_append_new(rows, row);
}

static void bump(json_t *o, const char *key)
{
    json_object_set_new(o, key, json_integer(json_integer_value(json_object_get(o, key)) + 1));
}

static void span_dates(json_t *row, const char *date)
{
    if (!date || !*date)
        return;
    const char *f = json_string_value(json_object_get(row, "first"));
    const char *l = json_string_value(json_object_get(row, "last"));
    if (!f || strcmp(date, f) < 0)
        json_object_set_new(row, "first", json_string(date));
    if (!l || strcmp(date, l) > 0)
        json_object_set_new(row, "last", json_string(date));
}

static int cmp_rows(const void *a, const void *b)
{
    json_t *x = *(json_t *const *)a, *y = *(json_t *const *)b;
    json_int_t mx = json_integer_value(json_object_get(x, "meetings"));
    json_int_t my = json_integer_value(json_object_get(y, "meetings"));
    if (mx != my)
        return mx > my ? -1 : 1;
    static const char *const keys[] = {"a", "b", "id", "year"};
    for (size_t k = 0; k < 4; k++) {
        const char *sx = json_string_value(json_object_get(x, keys[k]));
        const char *sy = json_string_value(json_object_get(y, keys[k]));
        int c = strcmp(sx ? sx : "", sy ? sy : "");
        if (c)
            return c;
    }
    return 0;
}

static int cmp_month(const void *a, const void *b)
{
    json_t *x = *(json_t *const *)a, *y = *(json_t *const *)b;
    return strcmp(json_string_value(json_object_get(x, "month")), json_string_value(json_object_get(y, "month")));
}

static json_t *sorted(json_t *arr, int (*cmp)(const void *, const void *))
{
    size_t n = json_array_size(arr);
    json_t **items = malloc((n ? n : 1) * sizeof(json_t *));
    json_t *out = json_array();
    if (!items || !out) {
        free(items);
        json_decref(out);
        return arr;
    }
    for (size_t i = 0; i < n; i++)
        items[i] = json_array_get(arr, i);
    qsort(items, n, sizeof(json_t *), cmp);
    for (size_t i = 0; i < n; i++)
        json_array_append(out, items[i]);
    free(items);
    json_decref(arr);
    return out;
}

int parley_stats_build(json_t **out, const parley_network *net)
{
    const parley_corpus *c = net->corpus;
    json_t *pairs = json_array(), *people = json_array(), *cpairs = json_array(), *timeline = json_array();
    parley_map i_pairs = {0}, i_people = {0}, i_cpairs = {0}, i_time = {0}, seen = {0};
    size_t meetings = 0, undated = 0;
    for (size_t e = 0; e < c->n_events; e++) {
        const parley_corpus_event *ev = &c->events[e];
        if (ev->type != PARLEY_EVENT_MEETING || ev->status != PARLEY_STATUS_OCCURRED || !parley_network_event_in(net, e))
            continue;
        meetings++;
        const char *place = ev->place >= 0 ? c->nodes[ev->place].label : NULL;
        /* timeline by month */
        if (ev->date[0] && ev->date[0] != '-' && strlen(ev->date) >= 7) {
            char month[8];
            memcpy(month, ev->date, 7);
            month[7] = '\0';
            json_t *r = find_row(timeline, &i_time, month, NULL, NULL);
            if (!r) {
                r = json_pack("{s:s, s:i}", "month", month, "meetings", 0);
                add_row(timeline, &i_time, r, month, NULL, NULL);
            }
            bump(r, "meetings");
        } else {
            undated++;
        }
        for (size_t a = 0; a < ev->n_participants; a++) {
            const parley_node *na = &c->nodes[ev->participants[a]];
            if (na->type != PARLEY_ENTITY_PERSON)
                continue;
            /* per person */
            json_t *pr = find_row(people, &i_people, na->id, NULL, NULL);
            if (!pr) {
                pr = json_pack("{s:s, s:s, s:o, s:i, s:[], s:[], s:[]}", "id", na->id, "label", na->label, "country",
                               na->country ? json_string(na->country) : json_null(), "meetings", 0, "counterparts",
                               "countries_met", "places_visited");
                add_row(people, &i_people, pr, na->id, NULL, NULL);
            }
            bump(pr, "meetings");
            if (place)
                str_array_add_unique(&seen, json_object_get(pr, "places_visited"), place);
            for (size_t b = 0; b < ev->n_participants; b++) {
                const parley_node *nb = &c->nodes[ev->participants[b]];
                if (b == a || nb->type != PARLEY_ENTITY_PERSON)
                    continue;
                str_array_add_unique(&seen, json_object_get(pr, "counterparts"), nb->id);
                if (nb->country)
                    str_array_add_unique(&seen, json_object_get(pr, "countries_met"), nb->country);
                if (b < a)
                    continue;
                /* per pair, ordered by id */
                const parley_node *x = strcmp(na->id, nb->id) < 0 ? na : nb, *y = x == na ? nb : na;
                json_t *r = find_row(pairs, &i_pairs, x->id, y->id, NULL);
                if (!r) {
                    r = json_pack("{s:s, s:s, s:s, s:s, s:i, s:n, s:n, s:[], s:[]}", "a", x->id, "b", y->id, "a_label",
                                  x->label, "b_label", y->label, "meetings", 0, "first", "last", "places", "sources");
                    add_row(pairs, &i_pairs, r, x->id, y->id, NULL);
                }
                bump(r, "meetings");
                span_dates(r, ev->date[0] && ev->date[0] != '-' ? ev->date : NULL);
                if (place)
                    str_array_add_unique(&seen, json_object_get(r, "places"), place);
                for (size_t s = 0; s < ev->n_sources; s++)
                    str_array_add_unique(&seen, json_object_get(r, "sources"), ev->sources[s].doc);
                /* per country pair and year */
                if (x->country && y->country && strcmp(x->country, y->country) != 0) {
                    const char *ca = strcmp(x->country, y->country) < 0 ? x->country : y->country;
                    const char *cb = ca == x->country ? y->country : x->country;
                    char year[5] = "";
                    if (ev->date[0] && ev->date[0] != '-') {
                        memcpy(year, ev->date, 4);
                        year[4] = '\0';
                    }
                    const char *yv = year[0] ? year : "unknown";
                    json_t *cr = find_row(cpairs, &i_cpairs, ca, cb, yv);
                    if (!cr) {
                        cr = json_pack("{s:s, s:s, s:s, s:i}", "a", ca, "b", cb, "year", yv, "meetings", 0);
                        add_row(cpairs, &i_cpairs, cr, ca, cb, yv);
                    }
                    bump(cr, "meetings");
                }
            }
        }
    }
    parley_map_free(&i_pairs);
    parley_map_free(&i_people);
    parley_map_free(&i_cpairs);
    parley_map_free(&i_time);
    parley_map_free(&seen);
    size_t i;
    json_t *pr;
    json_array_foreach(people, i, pr)
    {
        json_object_set_new(pr, "distinct_counterparts", json_integer((json_int_t)json_array_size(json_object_get(pr, "counterparts"))));
    }
    json_t *o = json_object();
    if (!o)
        return PARLEY_ENOMEM;
    json_t *summary = json_pack("{s:i, s:i, s:i, s:i, s:o, s:o}", "documents", (json_int_t)c->n_documents, "nodes",
                                (json_int_t)c->n_nodes, "meetings", (json_int_t)meetings, "undated_meetings",
                                (json_int_t)undated, "first_date",
                                c->first_date[0] ? json_string(c->first_date) : json_null(), "last_date",
                                c->last_date[0] ? json_string(c->last_date) : json_null());
    json_object_set_new(o, "summary", summary);
    json_object_set_new(o, "pairs", sorted(pairs, cmp_rows));
    json_object_set_new(o, "people", sorted(people, cmp_rows));
    json_object_set_new(o, "country_pairs", sorted(cpairs, cmp_rows));
    json_object_set_new(o, "timeline", sorted(timeline, cmp_month));
    *out = o;
    return 0;
}
