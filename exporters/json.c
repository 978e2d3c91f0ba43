#include "json.h"
#include "jsonw.h"
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

#define LIT(w, s) PARLEY_JSONW_LIT((w), s)

static void date_text(parley_jsonw *w, const char *d)
{
    parley_jsonw_cstr(w, d && *d ? d : NULL);
}

/* The node i as one compact JSON object (the text Jansson would dump). */
static void node_text(parley_jsonw *w, const parley_network *net, size_t i)
{
    const parley_node *n = &net->corpus->nodes[i];
    const parley_node_metrics *m = &net->metrics[i];
    bool person = n->type == PARLEY_ENTITY_PERSON;
    LIT(w, "{\"id\":");
    parley_jsonw_cstr(w, n->id);
    LIT(w, ",\"label\":");
    parley_jsonw_cstr(w, n->label);
    LIT(w, ",\"type\":");
    parley_jsonw_cstr(w, parley_entity_type_name(n->type));
    LIT(w, ",\"country\":");
    parley_jsonw_cstr(w, n->country);
    LIT(w, ",\"title\":");
    parley_jsonw_cstr(w, n->title);
    LIT(w, ",\"mentions\":");
    parley_jsonw_uint(w, n->mentions);
    LIT(w, ",\"documents\":");
    parley_jsonw_str_array(w, n->documents, n->n_documents);
    LIT(w, ",\"first_seen\":");
    date_text(w, n->first_seen);
    LIT(w, ",\"last_seen\":");
    date_text(w, n->last_seen);
    LIT(w, ",\"lat\":");
    parley_jsonw_real(w, n->has_coords ? n->lat : NAN);
    LIT(w, ",\"lon\":");
    parley_jsonw_real(w, n->has_coords ? n->lon : NAN);
    if (person) {
        LIT(w, ",\"roles\":[");
        for (size_t k = 0; k < n->n_roles; k++) {
            if (k)
                LIT(w, ",");
            LIT(w, "{\"title\":");
            parley_jsonw_cstr(w, n->roles[k].title);
            LIT(w, ",\"country\":");
            parley_jsonw_cstr(w, n->roles[k].country);
            LIT(w, ",\"date\":");
            date_text(w, n->roles[k].date);
            LIT(w, ",\"doc\":");
            parley_jsonw_cstr(w, n->roles[k].doc);
            LIT(w, "}");
        }
        LIT(w, "],\"merged\":");
        parley_jsonw_str_array(w, (const char *const *)n->merges, n->n_merges);
    }
    LIT(w, ",\"degree\":");
    parley_jsonw_real(w, m->degree);
    LIT(w, ",\"pagerank\":");
    parley_jsonw_real(w, m->pagerank);
    LIT(w, ",\"betweenness\":");
    parley_jsonw_real(w, m->betweenness);
    LIT(w, ",\"core\":");
    parley_jsonw_int(w, m->core);
    LIT(w, ",\"community\":");
    parley_jsonw_int(w, m->community);
    LIT(w, ",\"meet_degree\":");
    parley_jsonw_real(w, m->m_degree);
    LIT(w, ",\"meet_strength\":");
    parley_jsonw_real(w, m->m_strength);
    LIT(w, ",\"meet_betweenness\":");
    parley_jsonw_real(w, m->m_betweenness);
    LIT(w, ",\"meet_closeness\":");
    parley_jsonw_real(w, m->m_closeness);
    LIT(w, ",\"meet_harmonic\":");
    parley_jsonw_real(w, m->m_harmonic);
    LIT(w, ",\"meet_eigenvector\":");
    parley_jsonw_real(w, m->m_eigenvector);
    LIT(w, ",\"meet_pagerank\":");
    parley_jsonw_real(w, m->m_pagerank);
    LIT(w, ",\"meet_core\":");
    if (person)
        parley_jsonw_int(w, m->m_core);
    else
        LIT(w, "null");
    LIT(w, ",\"meet_community\":");
    if (person)
        parley_jsonw_int(w, m->m_community);
    else
        LIT(w, "null");
    LIT(w, ",\"x\":");
    parley_jsonw_real(w, m->x);
    LIT(w, ",\"y\":");
    parley_jsonw_real(w, m->y);
    LIT(w, "}");
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

/* The link of edge i as one compact JSON object; keys counts the links of each pair so far. */
static void link_text(parley_jsonw *w, const parley_network *net, size_t i, parley_map *keys)
{
    const parley_corpus *c = net->corpus;
    const parley_edge *e = &net->edges[i];
    /* key: unique among the links of the same pair */
    char pk[48];
    int pl = snprintf(pk, sizeof(pk), "%d|%d", e->from < e->to ? e->from : e->to, e->from < e->to ? e->to : e->from);
    int64_t key = 0;
    if (!parley_map_get(keys, pk, (size_t)pl, &key))
        key = 0;
    if (parley_map_put(keys, pk, (size_t)pl, key + 1) < 0) {
        w->rc = PARLEY_ENOMEM;
        return;
    }
    LIT(w, "{\"source\":");
    parley_jsonw_cstr(w, c->nodes[e->from].id);
    LIT(w, ",\"target\":");
    parley_jsonw_cstr(w, c->nodes[e->to].id);
    LIT(w, ",\"key\":");
    parley_jsonw_int(w, key);
    LIT(w, ",\"id\":\"e");
    parley_jsonw_uint(w, i);
    LIT(w, "\",\"type\":");
    parley_jsonw_cstr(w, parley_edge_type_name(e->type));
    if (e->event >= 0) {
        const parley_corpus_event *ev = &c->events[e->event];
        LIT(w, ",\"event\":");
        parley_jsonw_int(w, e->event);
        LIT(w, ",\"date\":");
        date_text(w, ev->date);
        LIT(w, ",\"place\":");
        parley_jsonw_cstr(w, ev->place >= 0 ? c->nodes[ev->place].id : NULL);
        if (ev->status == PARLEY_STATUS_PLANNED)
            LIT(w, ",\"status\":\"planned\",\"name\":");
        else
            LIT(w, ",\"status\":\"occurred\",\"name\":");
        parley_jsonw_cstr(w, ev->name);
        LIT(w, ",\"sources\":[");
        for (size_t k = 0; k < ev->n_sources; k++) {
            const parley_source *src = &ev->sources[k];
            if (k)
                LIT(w, ",");
            LIT(w, "{\"doc\":");
            parley_jsonw_cstr(w, src->doc);
            LIT(w, ",\"sentence\":");
            parley_jsonw_cstr(w, src->sentence);
            LIT(w, ",\"start\":");
            parley_jsonw_uint(w, src->start);
            LIT(w, ",\"end\":");
            parley_jsonw_uint(w, src->end);
            LIT(w, ",\"trigger\":");
            parley_jsonw_cstr(w, src->trigger);
            LIT(w, "}");
        }
        LIT(w, "]");
    } else {
        LIT(w, ",\"title\":");
        parley_jsonw_cstr(w, c->nodes[e->from].title);
    }
    LIT(w, ",\"weight\":1}");
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
    /* nodes and links are written through one buffer, a few hundred at a time */
    parley_jsonw w = {0};
    for (size_t i = 0; rc == 0 && i < c->n_nodes; i++) {
        if (i)
            PARLEY_JSONW_LIT(&w, ",");
        PARLEY_JSONW_LIT(&w, "\n");
        node_text(&w, net, i);
        rc = parley_jsonw_flush(&w, f, i + 1 == c->n_nodes ? 0 : 65536);
    }
    if (rc == 0 && fputs("\n],\n\"links\": [", f) < 0)
        rc = PARLEY_EOUTPUT;
    parley_map keys = {0};
    for (size_t i = 0; rc == 0 && i < net->n_edges; i++) {
        if (i)
            PARLEY_JSONW_LIT(&w, ",");
        PARLEY_JSONW_LIT(&w, "\n");
        link_text(&w, net, i, &keys);
        rc = parley_jsonw_flush(&w, f, i + 1 == net->n_edges ? 0 : 65536);
    }
    parley_map_free(&keys);
    parley_buf_free(&w.b);
    if (rc == 0 && fputs("\n]}\n", f) < 0)
        rc = PARLEY_EOUTPUT;
    return rc;
}
