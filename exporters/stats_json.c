/* The statistics as JSON: stats.json written row by row, or a Jansson tree. */
#include "stats_json.h"
#include "jsonw.h"
#include "../src/error.h"
#include "../src/util.h"

#include <stdlib.h>
#include <string.h>

/* ---- JSON text ------------------------------------------------------------------------------ */

#define LIT(w, s) PARLEY_JSONW_LIT((w), s)

/* A new line and the indent of depth. */
static void indent(parley_jsonw *w, int depth)
{
    LIT(w, "\n");
    char *p = parley_jsonw_room(w, (size_t)depth);
    if (p) {
        memset(p, ' ', (size_t)depth);
        w->b.len += (size_t)depth;
    }
}

/* A member's start: the comma after the previous one, a new line, the indent, the key. */
static void key(parley_jsonw *w, int depth, const char *name, bool first)
{
    if (!first)
        LIT(w, ",");
    indent(w, depth);
    LIT(w, "\"");
    parley_jsonw_raw(w, name, strlen(name));
    LIT(w, "\": ");
}

static void list_text(parley_jsonw *w, int depth, const parley_stats_list *l)
{
    if (!l->n) {
        LIT(w, "[]");
        return;
    }
    LIT(w, "[");
    for (size_t i = 0; i < l->n; i++) {
        if (i)
            LIT(w, ",");
        indent(w, depth + 1);
        parley_jsonw_cstr(w, l->items[i]);
    }
    indent(w, depth);
    LIT(w, "]");
}

static void date_text(parley_jsonw *w, const char *d)
{
    parley_jsonw_cstr(w, d && *d ? d : NULL);
}

static void pair_text(parley_jsonw *w, const void *row)
{
    const parley_stats_pair *p = row;
    LIT(w, "{");
    key(w, 3, "a", true);
    parley_jsonw_cstr(w, p->a);
    key(w, 3, "b", false);
    parley_jsonw_cstr(w, p->b);
    key(w, 3, "a_label", false);
    parley_jsonw_cstr(w, p->a_label);
    key(w, 3, "b_label", false);
    parley_jsonw_cstr(w, p->b_label);
    key(w, 3, "meetings", false);
    parley_jsonw_uint(w, p->meetings);
    key(w, 3, "first", false);
    date_text(w, p->first);
    key(w, 3, "last", false);
    date_text(w, p->last);
    key(w, 3, "places", false);
    list_text(w, 3, &p->places);
    key(w, 3, "sources", false);
    list_text(w, 3, &p->sources);
    indent(w, 2);
    LIT(w, "}");
}

static void person_text(parley_jsonw *w, const void *row)
{
    const parley_stats_person *p = row;
    LIT(w, "{");
    key(w, 3, "id", true);
    parley_jsonw_cstr(w, p->id);
    key(w, 3, "label", false);
    parley_jsonw_cstr(w, p->label);
    key(w, 3, "country", false);
    parley_jsonw_cstr(w, p->country);
    key(w, 3, "meetings", false);
    parley_jsonw_uint(w, p->meetings);
    key(w, 3, "counterparts", false);
    list_text(w, 3, &p->counterparts);
    key(w, 3, "countries_met", false);
    list_text(w, 3, &p->countries_met);
    key(w, 3, "places_visited", false);
    list_text(w, 3, &p->places_visited);
    key(w, 3, "distinct_counterparts", false);
    parley_jsonw_uint(w, p->counterparts.n);
    indent(w, 2);
    LIT(w, "}");
}

static void country_pair_text(parley_jsonw *w, const void *row)
{
    const parley_stats_country_pair *p = row;
    LIT(w, "{");
    key(w, 3, "a", true);
    parley_jsonw_cstr(w, p->a);
    key(w, 3, "b", false);
    parley_jsonw_cstr(w, p->b);
    key(w, 3, "year", false);
    parley_jsonw_cstr(w, p->year);
    key(w, 3, "meetings", false);
    parley_jsonw_uint(w, p->meetings);
    indent(w, 2);
    LIT(w, "}");
}

static void month_text(parley_jsonw *w, const void *row)
{
    const parley_stats_month *m = row;
    LIT(w, "{");
    key(w, 3, "month", true);
    parley_jsonw_cstr(w, m->month);
    key(w, 3, "meetings", false);
    parley_jsonw_uint(w, m->meetings);
    indent(w, 2);
    LIT(w, "}");
}

typedef void (*row_fn)(parley_jsonw *w, const void *row);


/* A table: "name": [rows] at depth one. */
static int table_text(FILE *f, parley_jsonw *w, const char *name, const void *rows, size_t n, size_t size, row_fn fn)
{
    key(w, 1, name, false);
    if (!n) {
        LIT(w, "[]");
        return parley_jsonw_flush(w, f, 65536);
    }
    LIT(w, "[");
    for (size_t i = 0; i < n; i++) {
        if (i)
            LIT(w, ",");
        indent(w, 2);
        fn(w, (const char *)rows + i * size);
        int rc = parley_jsonw_flush(w, f, 65536);
        if (rc < 0)
            return rc;
    }
    indent(w, 1);
    LIT(w, "]");
    return parley_jsonw_flush(w, f, 65536);
}

int parley_stats_write(FILE *f, const parley_stats *s, const parley_stats_run *run)
{
    parley_jsonw w = {0};
    LIT(&w, "{");
    key(&w, 1, "summary", true);
    LIT(&w, "{");
    key(&w, 2, "documents", true);
    parley_jsonw_uint(&w, s->documents);
    key(&w, 2, "nodes", false);
    parley_jsonw_uint(&w, s->nodes);
    key(&w, 2, "meetings", false);
    parley_jsonw_uint(&w, s->meetings);
    key(&w, 2, "undated_meetings", false);
    parley_jsonw_uint(&w, s->undated_meetings);
    key(&w, 2, "first_date", false);
    parley_jsonw_cstr(&w, s->first_date);
    key(&w, 2, "last_date", false);
    parley_jsonw_cstr(&w, s->last_date);
    if (run) {
        key(&w, 2, "warnings", false);
        parley_jsonw_uint(&w, run->warnings);
        key(&w, 2, "input_errors", false);
        parley_jsonw_uint(&w, run->input_errors);
    }
    indent(&w, 1);
    LIT(&w, "}");
    int rc = table_text(f, &w, "pairs", s->pairs, s->n_pairs, sizeof(*s->pairs), pair_text);
    if (rc == 0)
        rc = table_text(f, &w, "people", s->people, s->n_people, sizeof(*s->people), person_text);
    if (rc == 0)
        rc = table_text(f, &w, "country_pairs", s->country_pairs, s->n_country_pairs, sizeof(*s->country_pairs),
                        country_pair_text);
    if (rc == 0)
        rc = table_text(f, &w, "timeline", s->timeline, s->n_timeline, sizeof(*s->timeline), month_text);
    if (rc == 0) {
        LIT(&w, "\n}\n");
        rc = parley_jsonw_flush(&w, f, 0);
    }
    parley_buf_free(&w.b);
    return rc;
}

/* ---- the Jansson tree --------------------------------------------------------------------- */

static json_t *jstr(const char *s)
{
    json_t *j = s ? json_string(s) : NULL;
    return j ? j : json_null();
}

static json_t *list_json(const parley_stats_list *l)
{
    json_t *a = json_array();
    for (size_t i = 0; a && i < l->n; i++)
        json_array_append_new(a, jstr(l->items[i]));
    return a;
}

int parley_stats_to_json(json_t **out, const parley_stats *s)
{
    json_t *o = json_object(), *pairs = json_array(), *people = json_array(), *cpairs = json_array(),
           *timeline = json_array();
    if (!o || !pairs || !people || !cpairs || !timeline) {
        json_decref(o);
        json_decref(pairs);
        json_decref(people);
        json_decref(cpairs);
        json_decref(timeline);
        return PARLEY_ENOMEM;
    }
    json_object_set_new(o, "summary",
                        json_pack("{s:I, s:I, s:I, s:I, s:o, s:o}", "documents", (json_int_t)s->documents, "nodes",
                                  (json_int_t)s->nodes, "meetings", (json_int_t)s->meetings, "undated_meetings",
                                  (json_int_t)s->undated_meetings, "first_date", jstr(s->first_date), "last_date",
                                  jstr(s->last_date)));
    for (size_t i = 0; i < s->n_pairs; i++) {
        const parley_stats_pair *p = &s->pairs[i];
        json_array_append_new(pairs, json_pack("{s:o, s:o, s:o, s:o, s:I, s:o, s:o, s:o, s:o}", "a", jstr(p->a), "b",
                                               jstr(p->b), "a_label", jstr(p->a_label), "b_label", jstr(p->b_label),
                                               "meetings", (json_int_t)p->meetings, "first",
                                               jstr(p->first[0] ? p->first : NULL), "last",
                                               jstr(p->last[0] ? p->last : NULL), "places", list_json(&p->places),
                                               "sources", list_json(&p->sources)));
    }
    for (size_t i = 0; i < s->n_people; i++) {
        const parley_stats_person *p = &s->people[i];
        json_array_append_new(people, json_pack("{s:o, s:o, s:o, s:I, s:o, s:o, s:o, s:I}", "id", jstr(p->id), "label",
                                                jstr(p->label), "country", jstr(p->country), "meetings",
                                                (json_int_t)p->meetings, "counterparts", list_json(&p->counterparts),
                                                "countries_met", list_json(&p->countries_met), "places_visited",
                                                list_json(&p->places_visited), "distinct_counterparts",
                                                (json_int_t)p->counterparts.n));
    }
    for (size_t i = 0; i < s->n_country_pairs; i++) {
        const parley_stats_country_pair *p = &s->country_pairs[i];
        json_array_append_new(cpairs, json_pack("{s:o, s:o, s:s, s:I}", "a", jstr(p->a), "b", jstr(p->b), "year",
                                                p->year, "meetings", (json_int_t)p->meetings));
    }
    for (size_t i = 0; i < s->n_timeline; i++)
        json_array_append_new(timeline, json_pack("{s:s, s:I}", "month", s->timeline[i].month, "meetings",
                                                  (json_int_t)s->timeline[i].meetings));
    json_object_set_new(o, "pairs", pairs);
    json_object_set_new(o, "people", people);
    json_object_set_new(o, "country_pairs", cpairs);
    json_object_set_new(o, "timeline", timeline);
    *out = o;
    return 0;
}

int parley_stats_build(json_t **out, const parley_network *net)
{
    parley_stats *s = NULL;
    int rc = parley_stats_compute(&s, net);
    if (rc == 0)
        rc = parley_stats_to_json(out, s);
    parley_stats_free(s);
    return rc;
}
