#define _GNU_SOURCE   /* RTLD_DEFAULT */
#include "network.h"
#include "analysis.h"
#include "../src/error.h"
#include "../src/util.h"
#include "../src/map.h"

#include <dlfcn.h>
#include <stdio.h>

#include <math.h>
#include <stdlib.h>
#include <string.h>

const char *parley_edge_type_name(int type)
{
    static const char *const names[] = {"meeting", "agreement", "affiliation", "participation"};
    return type >= 0 && type <= PARLEY_EDGE_PARTICIPATION ? names[type] : "unknown";
}

/* igraph's errors become ours (never an abort), and its OpenMP loops run on one thread: Debian
 * builds igraph with OpenMP, and PRPACK's PageRank then sums in whichever order the threads
 * finish, so the last digit of the results changed from run to run. igraph's handlers and
 * OpenMP's thread count are settings of the calling thread. */
static void setup_igraph(void)
{
    igraph_set_error_handler(igraph_error_handler_printignore);
    igraph_set_warning_handler(igraph_warning_handler_ignore);
    void *sym = dlsym(RTLD_DEFAULT, "omp_set_num_threads");   /* NULL without OpenMP */
    if (sym) {
        void (*set_threads)(int);
        memcpy(&set_threads, &sym, sizeof(set_threads));
        set_threads(1);
    }
}

bool parley_network_event_in(const parley_network *net, size_t e)
{
    return parley_corpus_date_in(net->corpus->events[e].date, net->since, net->until);
}

static int add_edge(parley_network *net, int from, int to, int type, int event)
{
    if (PARLEY_GROW(net->edges, net->cap_edges, net->n_edges + 1) < 0)
        return PARLEY_ENOMEM;
    net->edges[net->n_edges++] = (parley_edge){from, to, type, event};
    return 0;
}

void parley_network_free(parley_network *net)
{
    if (!net)
        return;
    igraph_destroy(&net->graph);
    igraph_destroy(&net->projection);
    igraph_vector_destroy(&net->weights);
    free(net->edges);
    free(net->metrics);
    free(net->person_nodes);
    free(net->node_person);
    free(net->since);
    free(net->until);
    free(net);
}

int parley_network_build(parley_network **out, const parley_corpus *c, const char *since, const char *until)
{
    setup_igraph();
    parley_network *net = calloc(1, sizeof(*net));
    if (!net)
        return PARLEY_ENOMEM;
    net->corpus = c;
    net->threads = 1;
    net->since = parley_strdup(since);
    net->until = parley_strdup(until);
    int rc = 0;
    igraph_vector_int_t el, pl;
    parley_map pairs = {0};
    igraph_vector_int_init(&el, 0);
    igraph_vector_int_init(&pl, 0);
    igraph_vector_init(&net->weights, 0);
    /* events */
    for (size_t e = 0; e < c->n_events && rc == 0; e++) {
        const parley_corpus_event *ev = &c->events[e];
        if (!parley_network_event_in(net, e))
            continue;
        if (ev->type == PARLEY_EVENT_MEETING && ev->status == PARLEY_STATUS_OCCURRED) {
            for (size_t a = 0; a < ev->n_participants && rc == 0; a++)
                for (size_t b = a + 1; b < ev->n_participants && rc == 0; b++) {
                    int x = ev->participants[a], y = ev->participants[b];
                    if (c->nodes[x].type != PARLEY_ENTITY_PERSON || c->nodes[y].type != PARLEY_ENTITY_PERSON)
                        continue;
                    rc = add_edge(net, x, y, PARLEY_EDGE_MEETING, (int)e);
                }
        } else if (ev->type == PARLEY_EVENT_AGREEMENT && ev->status == PARLEY_STATUS_OCCURRED) {
            for (size_t a = 0; a < ev->n_participants && rc == 0; a++)
                for (size_t b = a + 1; b < ev->n_participants && rc == 0; b++)
                    rc = add_edge(net, ev->participants[a], ev->participants[b], PARLEY_EDGE_AGREEMENT, (int)e);
        } else if (ev->type == PARLEY_EVENT_EXERCISE && ev->n_participants > 0) {
            for (size_t a = 1; a < ev->n_participants && rc == 0; a++)
                rc = add_edge(net, ev->participants[a], ev->participants[0], PARLEY_EDGE_PARTICIPATION, (int)e);
        }
    }
    /* affiliations */
    parley_map countries = {0};
    for (size_t i = 0; i < c->n_nodes && rc == 0; i++)
        if (c->nodes[i].type == PARLEY_ENTITY_COUNTRY && parley_map_put(&countries, c->nodes[i].label,
                                                                         strlen(c->nodes[i].label), (int64_t)i) < 0)
            rc = PARLEY_ENOMEM;
    for (size_t i = 0; i < c->n_nodes && rc == 0; i++) {
        const parley_node *n = &c->nodes[i];
        if (n->type != PARLEY_ENTITY_PERSON || !n->country)
            continue;
        int64_t kk;
        int k = parley_map_get(&countries, n->country, strlen(n->country), &kk) ? (int)kk : -1;
        if (k >= 0)
            rc = add_edge(net, (int)i, k, PARLEY_EDGE_AFFILIATION, -1);
    }
    parley_map_free(&countries);
    for (size_t i = 0; i < net->n_edges && rc == 0; i++) {
        if (igraph_vector_int_push_back(&el, net->edges[i].from) || igraph_vector_int_push_back(&el, net->edges[i].to))
            rc = PARLEY_ENOMEM;
    }
    /* the projection over people: one weighted edge per pair that met */
    net->person_nodes = calloc(c->n_nodes ? c->n_nodes : 1, sizeof(int));
    net->node_person = calloc(c->n_nodes ? c->n_nodes : 1, sizeof(int));
    if (!net->person_nodes || !net->node_person)
        rc = PARLEY_ENOMEM;
    for (size_t i = 0; i < c->n_nodes && rc == 0; i++) {
        net->node_person[i] = -1;
        if (c->nodes[i].type == PARLEY_ENTITY_PERSON) {
            net->node_person[i] = (int)net->n_persons;
            net->person_nodes[net->n_persons++] = (int)i;
        }
    }
    for (size_t i = 0; i < net->n_edges && rc == 0; i++) {
        const parley_edge *ed = &net->edges[i];
        if (ed->type != PARLEY_EDGE_MEETING)
            continue;
        int pa = net->node_person[ed->from], pb = net->node_person[ed->to];
        int a = pa < pb ? pa : pb, b = pa < pb ? pb : pa;
        char key[48];
        int kl = snprintf(key, sizeof(key), "%d|%d", a, b);
        int64_t found;
        if (parley_map_get(&pairs, key, (size_t)kl, &found)) {
            VECTOR(net->weights)[found] += 1;
        } else if (parley_map_put(&pairs, key, (size_t)kl, igraph_vector_size(&net->weights)) < 0 ||
                   igraph_vector_int_push_back(&pl, a) || igraph_vector_int_push_back(&pl, b) ||
                   igraph_vector_push_back(&net->weights, 1)) {
            rc = PARLEY_ENOMEM;
        }
    }
    if (rc == 0 && (igraph_create(&net->graph, &el, (igraph_integer_t)c->n_nodes, IGRAPH_UNDIRECTED) != IGRAPH_SUCCESS))
        rc = PARLEY_EGRAPH;
    if (rc == 0 && igraph_create(&net->projection, &pl, (igraph_integer_t)net->n_persons, IGRAPH_UNDIRECTED) != IGRAPH_SUCCESS) {
        igraph_destroy(&net->graph);
        rc = PARLEY_EGRAPH;
    }
    igraph_vector_int_destroy(&el);
    igraph_vector_int_destroy(&pl);
    parley_map_free(&pairs);
    if (rc == 0 && !(net->metrics = calloc(c->n_nodes ? c->n_nodes : 1, sizeof(parley_node_metrics)))) {
        igraph_destroy(&net->graph);
        igraph_destroy(&net->projection);
        rc = PARLEY_ENOMEM;
    }
    if (rc < 0) {
        igraph_vector_destroy(&net->weights);
        free(net->person_nodes);
        free(net->node_person);
        free(net->edges);
        free(net->since);
        free(net->until);
        free(net);
        return rc;
    }
    *out = net;
    return 0;
}

#define IG(call) do { if ((rc = (call)) != 0) goto cleanup; } while (0)
#define IGC(call) do { if ((call) != IGRAPH_SUCCESS) { rc = PARLEY_EGRAPH; goto cleanup; } } while (0)

int parley_network_analyse(parley_network *net)
{
    setup_igraph();
    int rc = 0;
    size_t n = net->corpus->n_nodes;
    igraph_vector_t v, v2, v3, dist;
    igraph_vector_int_t vi, memb;
    igraph_matrix_t layout;
    igraph_vector_init(&v, 0);
    igraph_vector_init(&v2, 0);
    igraph_vector_init(&v3, 0);
    igraph_vector_init(&dist, 0);
    igraph_vector_int_init(&vi, 0);
    igraph_vector_int_init(&memb, 0);
    igraph_matrix_init(&layout, 0, 0);
    parley_node_metrics *M = net->metrics;
    for (size_t i = 0; i < n; i++) {
        M[i] = (parley_node_metrics){0};
        M[i].m_degree = M[i].m_strength = M[i].m_betweenness = M[i].m_closeness = NAN;
        M[i].m_harmonic = M[i].m_eigenvector = M[i].m_pagerank = NAN;
        M[i].m_core = M[i].m_community = -1;
    }
    if (n == 0)
        goto cleanup;
    const igraph_t *g = &net->graph, *p = &net->projection;
    /* full graph */
    IGC(igraph_degree(g, &vi, igraph_vss_all(), IGRAPH_ALL, IGRAPH_LOOPS));
    for (size_t i = 0; i < n; i++)
        M[i].degree = (double)VECTOR(vi)[i];
    IGC(igraph_pagerank(g, IGRAPH_PAGERANK_ALGO_PRPACK, &v, NULL, igraph_vss_all(), false, 0.85, NULL, NULL));
    for (size_t i = 0; i < n; i++)
        M[i].pagerank = VECTOR(v)[i];
    net->sources_full = parley_analysis_sources(g);
    IG(parley_analysis_paths(&v, NULL, NULL, g, NULL, net->sources_full, net->threads));
    for (size_t i = 0; i < n; i++)
        M[i].betweenness = VECTOR(v)[i];
    IGC(igraph_coreness(g, &vi, IGRAPH_ALL));
    for (size_t i = 0; i < n; i++)
        M[i].core = (int)VECTOR(vi)[i];
    {
        igraph_t simple;
        IGC(igraph_copy(&simple, g));
        rc = igraph_simplify(&simple, true, true, NULL) == IGRAPH_SUCCESS ? parley_analysis_communities(&memb, &simple, NULL)
                                                                          : PARLEY_EGRAPH;
        igraph_destroy(&simple);
        if (rc < 0)
            goto cleanup;
        for (size_t i = 0; i < n; i++)
            M[i].community = (int)VECTOR(memb)[i];
    }
    /* the who-met-whom projection, for people */
    size_t np = net->n_persons;
    const int *pn = net->person_nodes;
    if (np == 0)
        goto layout;
    IGC(igraph_degree(p, &vi, igraph_vss_all(), IGRAPH_ALL, IGRAPH_LOOPS));
    IGC(igraph_strength(p, &v, igraph_vss_all(), IGRAPH_ALL, IGRAPH_LOOPS, &net->weights));
    for (size_t k = 0; k < np; k++) {
        M[pn[k]].m_degree = (double)VECTOR(vi)[k];
        M[pn[k]].m_strength = VECTOR(v)[k];
    }
    IGC(igraph_vector_resize(&dist, igraph_vector_size(&net->weights)));
    for (igraph_integer_t k = 0; k < igraph_vector_size(&net->weights); k++)
        VECTOR(dist)[k] = 1.0 / VECTOR(net->weights)[k];
    net->sources_projection = parley_analysis_sources(p);
    IG(parley_analysis_paths(&v, &v2, &v3, p, &dist, net->sources_projection, net->threads));
    for (size_t k = 0; k < np; k++) {
        M[pn[k]].m_betweenness = VECTOR(v)[k];
        M[pn[k]].m_closeness = VECTOR(v2)[k];   /* NaN for an isolated person: written as null */
        M[pn[k]].m_harmonic = VECTOR(v3)[k];
    }
    if (igraph_ecount(p) > 0) {
        igraph_arpack_options_t opts;
        igraph_arpack_options_init(&opts);
        IGC(igraph_eigenvector_centrality(p, &v, NULL, false, true, &net->weights, &opts));
        for (size_t k = 0; k < np; k++)
            M[pn[k]].m_eigenvector = VECTOR(v)[k];
    }
    IGC(igraph_pagerank(p, IGRAPH_PAGERANK_ALGO_PRPACK, &v, NULL, igraph_vss_all(), false, 0.85, &net->weights, NULL));
    for (size_t k = 0; k < np; k++)
        M[pn[k]].m_pagerank = VECTOR(v)[k];
    IGC(igraph_coreness(p, &vi, IGRAPH_ALL));
    for (size_t k = 0; k < np; k++)
        M[pn[k]].m_core = (int)VECTOR(vi)[k];
    IG(parley_analysis_communities(&memb, p, &net->weights));
    for (size_t k = 0; k < np; k++)
        M[pn[k]].m_community = (int)VECTOR(memb)[k];
layout:
    /* a repeatable layout of the full graph */
    IG(parley_analysis_layout(&layout, g));
    for (size_t i = 0; i < n; i++) {
        M[i].x = MATRIX(layout, i, 0);
        M[i].y = MATRIX(layout, i, 1);
    }
cleanup:
    igraph_vector_destroy(&v);
    igraph_vector_destroy(&v2);
    igraph_vector_destroy(&v3);
    igraph_vector_destroy(&dist);
    igraph_vector_int_destroy(&vi);
    igraph_vector_int_destroy(&memb);
    igraph_matrix_destroy(&layout);
    return rc;
}
