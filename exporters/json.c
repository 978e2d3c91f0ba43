#include "json.h"
#include "../src/error.h"
#include "../src/map.h"

#include <stdio.h>

#include <math.h>
#include <string.h>

json_t *parley_json_real(double v)
{
    return isfinite(v) ? json_real(v) : json_null();
}

static json_t *jstr(const char *s)
{
    if (!s)
        return json_null();
    json_t *j = json_string(s);
    return j ? j : json_null();
}

static json_t *jdate(const char *d)
{
    return d && *d ? json_string(d) : json_null();
}

static json_t *node_json(const parley_network *net, size_t i)
{
    const parley_node *n = &net->corpus->nodes[i];
    const parley_node_metrics *m = &net->metrics[i];
    json_t *o = json_object();
    json_object_set_new(o, "id", jstr(n->id));
    json_object_set_new(o, "label", jstr(n->label));
    json_object_set_new(o, "type", json_string(parley_entity_type_name(n->type)));
    json_object_set_new(o, "country", jstr(n->country));
    json_object_set_new(o, "title", jstr(n->title));
    json_object_set_new(o, "mentions", json_integer((json_int_t)n->mentions));
    json_t *docs = json_array();
    for (size_t k = 0; k < n->n_documents; k++)
        json_array_append_new(docs, jstr(n->documents[k]));
    json_object_set_new(o, "documents", docs);
    json_object_set_new(o, "first_seen", jdate(n->first_seen));
    json_object_set_new(o, "last_seen", jdate(n->last_seen));
    json_object_set_new(o, "lat", n->has_coords ? json_real(n->lat) : json_null());
    json_object_set_new(o, "lon", n->has_coords ? json_real(n->lon) : json_null());
    if (n->type == PARLEY_ENTITY_PERSON) {
        json_t *roles = json_array();
        for (size_t k = 0; k < n->n_roles; k++)
            json_array_append_new(roles, json_pack("{s:o, s:o, s:o, s:o}", "title", jstr(n->roles[k].title), "country",
                                                   jstr(n->roles[k].country), "date", jdate(n->roles[k].date), "doc",
                                                   jstr(n->roles[k].doc)));
        json_object_set_new(o, "roles", roles);
        json_t *merges = json_array();
        for (size_t k = 0; k < n->n_merges; k++)
            json_array_append_new(merges, jstr(n->merges[k]));
        json_object_set_new(o, "merged", merges);
    }
    json_object_set_new(o, "degree", parley_json_real(m->degree));
    json_object_set_new(o, "pagerank", parley_json_real(m->pagerank));
    json_object_set_new(o, "betweenness", parley_json_real(m->betweenness));
    json_object_set_new(o, "core", json_integer(m->core));
    json_object_set_new(o, "community", json_integer(m->community));
    bool person = n->type == PARLEY_ENTITY_PERSON;
    json_object_set_new(o, "meet_degree", parley_json_real(m->m_degree));
    json_object_set_new(o, "meet_strength", parley_json_real(m->m_strength));
    json_object_set_new(o, "meet_betweenness", parley_json_real(m->m_betweenness));
    json_object_set_new(o, "meet_closeness", parley_json_real(m->m_closeness));
    json_object_set_new(o, "meet_harmonic", parley_json_real(m->m_harmonic));
    json_object_set_new(o, "meet_eigenvector", parley_json_real(m->m_eigenvector));
    json_object_set_new(o, "meet_pagerank", parley_json_real(m->m_pagerank));
    json_object_set_new(o, "meet_core", person ? json_integer(m->m_core) : json_null());
    json_object_set_new(o, "meet_community", person ? json_integer(m->m_community) : json_null());
    json_object_set_new(o, "x", parley_json_real(m->x));
    json_object_set_new(o, "y", parley_json_real(m->y));
    return o;
}

static json_t *sources_json(const parley_corpus_event *ev)
{
    json_t *a = json_array();
    for (size_t k = 0; k < ev->n_sources; k++)
        json_array_append_new(a, json_pack("{s:o, s:o, s:I, s:I, s:o}", "doc", jstr(ev->sources[k].doc), "sentence",
                                           jstr(ev->sources[k].sentence), "start", (json_int_t)ev->sources[k].start,
                                           "end", (json_int_t)ev->sources[k].end, "trigger",
                                           jstr(ev->sources[k].trigger)));
    return a;
}

/* How betweenness, closeness and harmonic centrality were computed (see analysis.h). */
static json_t *sampling(long sources)
{
    if (sources <= 0)
        return json_string("exact");
    return json_sprintf("estimated from %ld sampled sources (betweenness: Brandes-Pich; closeness, harmonic: "
                        "Eppstein-Wang)", sources);
}

static json_t *graph_meta(const parley_network *net)
{
    const parley_corpus *c = net->corpus;
    return json_pack("{s:s, s:I, s:o, s:o, s:o, s:o, s:{s:o, s:o}}", "name", "parley", "documents",
                     (json_int_t)c->n_documents, "first_date", jdate(c->first_date), "last_date", jdate(c->last_date),
                     "since", jstr(net->since), "until", jstr(net->until), "all_pairs_measures", "full_graph",
                     sampling(net->sources_full), "who_met_whom", sampling(net->sources_projection));
}

/* The link of edge i; keys counts the links of each pair so far. NULL when out of memory. */
static json_t *link_json(const parley_network *net, size_t i, parley_map *keys)
{
    const parley_corpus *c = net->corpus;
    const parley_edge *e = &net->edges[i];
    /* key: unique among the links of the same pair */
    char pk[48];
    int pl = snprintf(pk, sizeof(pk), "%d|%d", e->from < e->to ? e->from : e->to, e->from < e->to ? e->to : e->from);
    int64_t key = 0;
    if (!parley_map_get(keys, pk, (size_t)pl, &key))
        key = 0;
    if (parley_map_put(keys, pk, (size_t)pl, key + 1) < 0)
        return NULL;
    json_t *l = json_object();
    if (!l)
        return NULL;
    json_object_set_new(l, "source", jstr(c->nodes[e->from].id));
    json_object_set_new(l, "target", jstr(c->nodes[e->to].id));
    json_object_set_new(l, "key", json_integer(key));
    char id[32];
    snprintf(id, sizeof(id), "e%zu", i);
    json_object_set_new(l, "id", json_string(id));
    json_object_set_new(l, "type", json_string(parley_edge_type_name(e->type)));
    if (e->event >= 0) {
        const parley_corpus_event *ev = &c->events[e->event];
        json_object_set_new(l, "event", json_integer(e->event));
        json_object_set_new(l, "date", jdate(ev->date));
        json_object_set_new(l, "place", ev->place >= 0 ? jstr(c->nodes[ev->place].id) : json_null());
        json_object_set_new(l, "status", json_string(ev->status == PARLEY_STATUS_PLANNED ? "planned" : "occurred"));
        json_object_set_new(l, "name", jstr(ev->name));
        json_object_set_new(l, "sources", sources_json(ev));
    } else {
        json_object_set_new(l, "title", jstr(c->nodes[e->from].title));
    }
    json_object_set_new(l, "weight", json_integer(1));
    return l;
}

#define DUMP_FLAGS (JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(10))

/* Write one value and free it; NULL (out of memory) fails. */
static int dump_one(FILE *f, json_t *j)
{
    int rc = !j ? PARLEY_ENOMEM : json_dumpf(j, f, DUMP_FLAGS) != 0 ? PARLEY_EOUTPUT : 0;
    json_decref(j);
    return rc;
}

int parley_json_graph_write(FILE *f, const parley_network *net)
{
    const parley_corpus *c = net->corpus;
    int rc = fputs("{\"directed\": false, \"multigraph\": true,\n\"graph\": ", f) < 0 ? PARLEY_EOUTPUT : 0;
    if (rc == 0)
        rc = dump_one(f, graph_meta(net));
    if (rc == 0 && fputs(",\n\"nodes\": [", f) < 0)
        rc = PARLEY_EOUTPUT;
    for (size_t i = 0; rc == 0 && i < c->n_nodes; i++) {
        if (fputs(i ? ",\n" : "\n", f) < 0)
            rc = PARLEY_EOUTPUT;
        else
            rc = dump_one(f, node_json(net, i));
    }
    if (rc == 0 && fputs("\n],\n\"links\": [", f) < 0)
        rc = PARLEY_EOUTPUT;
    parley_map keys = {0};
    for (size_t i = 0; rc == 0 && i < net->n_edges; i++) {
        if (fputs(i ? ",\n" : "\n", f) < 0)
            rc = PARLEY_EOUTPUT;
        else
            rc = dump_one(f, link_json(net, i, &keys));
    }
    parley_map_free(&keys);
    if (rc == 0 && fputs("\n]}\n", f) < 0)
        rc = PARLEY_EOUTPUT;
    return rc;
}
