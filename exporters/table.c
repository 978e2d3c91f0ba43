#include "table.h"
#include "../src/error.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static const parley_column node_cols[] = {
    {"label", PARLEY_COL_STRING},       {"type", PARLEY_COL_STRING},         {"country", PARLEY_COL_STRING},
    {"title", PARLEY_COL_STRING},       {"mentions", PARLEY_COL_INT},        {"documents", PARLEY_COL_LIST},
    {"first_seen", PARLEY_COL_DATE},    {"last_seen", PARLEY_COL_DATE},      {"lat", PARLEY_COL_DOUBLE},
    {"lon", PARLEY_COL_DOUBLE},         {"geocoded", PARLEY_COL_BOOL},       {"degree", PARLEY_COL_DOUBLE},
    {"pagerank", PARLEY_COL_DOUBLE},    {"betweenness", PARLEY_COL_DOUBLE},  {"core", PARLEY_COL_INT},
    {"community", PARLEY_COL_INT},      {"meet_degree", PARLEY_COL_DOUBLE},  {"meet_strength", PARLEY_COL_DOUBLE},
    {"meet_betweenness", PARLEY_COL_DOUBLE}, {"meet_closeness", PARLEY_COL_DOUBLE},
    {"meet_harmonic", PARLEY_COL_DOUBLE}, {"meet_eigenvector", PARLEY_COL_DOUBLE},
    {"meet_pagerank", PARLEY_COL_DOUBLE}, {"meet_core", PARLEY_COL_INT},     {"meet_community", PARLEY_COL_INT},
    {"x", PARLEY_COL_DOUBLE},           {"y", PARLEY_COL_DOUBLE},
};

static const parley_column edge_cols[] = {
    {"type", PARLEY_COL_STRING},   {"label", PARLEY_COL_STRING},  {"weight", PARLEY_COL_DOUBLE},
    {"date", PARLEY_COL_DATE},     {"place", PARLEY_COL_STRING},  {"status", PARLEY_COL_STRING},
    {"name", PARLEY_COL_STRING},   {"title", PARLEY_COL_STRING},  {"sources", PARLEY_COL_LIST},
    {"evidence", PARLEY_COL_STRING},
};

size_t parley_table_node_columns(const parley_column **cols)
{
    *cols = node_cols;
    return sizeof(node_cols) / sizeof(node_cols[0]);
}

size_t parley_table_edge_columns(const parley_column **cols)
{
    *cols = edge_cols;
    return sizeof(edge_cols) / sizeof(edge_cols[0]);
}

void parley_value_clear(parley_value *v)
{
    free(v->items);
    memset(v, 0, sizeof(*v));
}

bool parley_table_full_date(const char *s)
{
    return s && strlen(s) == 10 && s[4] == '-' && s[7] == '-' && s[0] != '-';
}

static void set_str(parley_value *v, const char *s)
{
    v->s = s;
    v->null = !s || !*s;
}

static void set_d(parley_value *v, double d)
{
    v->d = d;
    v->null = !isfinite(d);
}

int parley_table_node_value(const parley_network *net, size_t i, size_t col, parley_value *v)
{
    const parley_node *n = &net->corpus->nodes[i];
    const parley_node_metrics *m = &net->metrics[i];
    memset(v, 0, sizeof(*v));
    bool person = n->type == PARLEY_ENTITY_PERSON;
    switch (col) {
    case 0: set_str(v, n->label); break;
    case 1: set_str(v, parley_entity_type_name(n->type)); break;
    case 2: set_str(v, n->country); break;
    case 3: set_str(v, n->title); break;
    case 4: v->i = (long long)n->mentions; break;
    case 5:
        v->items = malloc((n->n_documents ? n->n_documents : 1) * sizeof(char *));
        if (!v->items)
            return PARLEY_ENOMEM;
        for (size_t k = 0; k < n->n_documents; k++)
            v->items[k] = n->documents[k];
        v->n_items = n->n_documents;
        break;
    case 6: set_str(v, n->first_seen); break;
    case 7: set_str(v, n->last_seen); break;
    case 8: set_d(v, n->has_coords ? n->lat : NAN); break;
    case 9: set_d(v, n->has_coords ? n->lon : NAN); break;
    case 10: v->b = n->has_coords; break;
    case 11: set_d(v, m->degree); break;
    case 12: set_d(v, m->pagerank); break;
    case 13: set_d(v, m->betweenness); break;
    case 14: v->i = m->core; break;
    case 15: v->i = m->community; break;
    case 16: set_d(v, m->m_degree); break;
    case 17: set_d(v, m->m_strength); break;
    case 18: set_d(v, m->m_betweenness); break;
    case 19: set_d(v, m->m_closeness); break;
    case 20: set_d(v, m->m_harmonic); break;
    case 21: set_d(v, m->m_eigenvector); break;
    case 22: set_d(v, m->m_pagerank); break;
    case 23: v->i = m->m_core; v->null = !person; break;
    case 24: v->i = m->m_community; v->null = !person; break;
    case 25: set_d(v, m->x); break;
    case 26: set_d(v, m->y); break;
    default: v->null = true;
    }
    return 0;
}

int parley_table_edge_value(const parley_network *net, size_t i, size_t col, parley_value *v)
{
    const parley_edge *e = &net->edges[i];
    const parley_corpus *c = net->corpus;
    const parley_corpus_event *ev = e->event >= 0 ? &c->events[e->event] : NULL;
    memset(v, 0, sizeof(*v));
    switch (col) {
    case 0: set_str(v, parley_edge_type_name(e->type)); break;
    case 1: set_str(v, ev && ev->name ? ev->name : parley_edge_type_name(e->type)); break;
    case 2: v->d = 1.0; break;
    case 3: set_str(v, ev ? ev->date : NULL); break;
    case 4: set_str(v, ev && ev->place >= 0 ? c->nodes[ev->place].id : NULL); break;
    case 5: set_str(v, ev ? (ev->status == PARLEY_STATUS_PLANNED ? "planned" : "occurred") : NULL); break;
    case 6: set_str(v, ev ? ev->name : NULL); break;
    case 7: set_str(v, ev ? NULL : c->nodes[e->from].title); break;
    case 8:
        v->items = malloc(((ev ? ev->n_sources : 0) + 1) * sizeof(char *));
        if (!v->items)
            return PARLEY_ENOMEM;
        for (size_t k = 0; ev && k < ev->n_sources; k++) {
            bool dup = false;
            for (size_t q = 0; q < v->n_items; q++)
                dup |= strcmp(v->items[q], ev->sources[k].doc) == 0;
            if (!dup)
                v->items[v->n_items++] = ev->sources[k].doc;
        }
        break;
    case 9: set_str(v, ev && ev->n_sources ? ev->sources[0].sentence : NULL); break;
    default: v->null = true;
    }
    return 0;
}
