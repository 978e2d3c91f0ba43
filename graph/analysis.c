#include "analysis.h"
#include "../src/error.h"

#include <math.h>
#include <stdlib.h>

#define SOURCE_BLOCK 64

static int ig(igraph_error_t e)
{
    return e == IGRAPH_SUCCESS ? 0 : e == IGRAPH_ENOMEM ? PARLEY_ENOMEM : PARLEY_EGRAPH;
}

igraph_integer_t parley_analysis_sources(const igraph_t *g)
{
    double v = (double)igraph_vcount(g), e = (double)igraph_ecount(g);
    if (v <= PARLEY_ANALYSIS_SAMPLE_SOURCES || v * (v + e) <= PARLEY_ANALYSIS_EXACT_MAX_WORK)
        return 0;
    return PARLEY_ANALYSIS_SAMPLE_SOURCES;
}

/* k distinct vertices drawn uniformly with the fixed seed, in increasing order. */
static int sample_sources(igraph_vector_int_t *s, const igraph_t *g, igraph_integer_t k)
{
    igraph_integer_t n = igraph_vcount(g);
    if (k > n)
        k = n;
    igraph_rng_seed(igraph_rng_default(), PARLEY_ANALYSIS_SEED);
    return ig(igraph_random_sample(s, 0, n - 1, k));
}

int parley_analysis_betweenness(igraph_vector_t *res, const igraph_t *g, const igraph_vector_t *dist,
                                igraph_integer_t sources)
{
    igraph_integer_t n = igraph_vcount(g);
    if (sources <= 0 || sources >= n)
        return ig(igraph_betweenness(g, res, igraph_vss_all(), false, dist));
    igraph_vector_int_t s;
    int rc = ig(igraph_vector_int_init(&s, 0));
    if (rc < 0)
        return rc;
    rc = sample_sources(&s, g, sources);
    if (rc == 0)
        rc = ig(igraph_betweenness_subset(g, res, igraph_vss_all(), false, igraph_vss_vector(&s), igraph_vss_all(),
                                          dist));
    if (rc == 0)
        igraph_vector_scale(res, (double)n / (double)igraph_vector_int_size(&s));
    igraph_vector_int_destroy(&s);
    return rc;
}

int parley_analysis_closeness(igraph_vector_t *closeness, igraph_vector_t *harmonic, const igraph_t *g,
                              const igraph_vector_t *dist, igraph_integer_t sources)
{
    igraph_integer_t n = igraph_vcount(g);
    if (n == 0) {
        int r = ig(igraph_vector_resize(closeness, 0));
        return r < 0 ? r : ig(igraph_vector_resize(harmonic, 0));
    }
    igraph_vector_int_t s, block;
    igraph_matrix_t d;
    double *sum = calloc((size_t)n, sizeof(double)), *inv = calloc((size_t)n, sizeof(double));
    igraph_integer_t *reach = calloc((size_t)n, sizeof(igraph_integer_t)), *others = calloc((size_t)n, sizeof(igraph_integer_t));
    int rc = sum && inv && reach && others ? 0 : PARLEY_ENOMEM;
    if (rc < 0) {
        free(sum), free(inv), free(reach), free(others);
        return rc;
    }
    igraph_vector_int_init(&block, 0);
    igraph_matrix_init(&d, 0, 0);
    igraph_vector_int_init(&s, 0);
    if (sources <= 0 || sources >= n)
        rc = ig(igraph_vector_int_range(&s, 0, n));
    else
        rc = sample_sources(&s, g, sources);
    igraph_integer_t k = igraph_vector_int_size(&s);
    for (igraph_integer_t at = 0; rc == 0 && at < k; at += SOURCE_BLOCK) {
        igraph_integer_t m = k - at < SOURCE_BLOCK ? k - at : SOURCE_BLOCK;
        rc = ig(igraph_vector_int_resize(&block, m));
        for (igraph_integer_t j = 0; rc == 0 && j < m; j++)
            VECTOR(block)[j] = VECTOR(s)[at + j];
        if (rc == 0)
            rc = ig(dist ? igraph_distances_dijkstra(g, &d, igraph_vss_vector(&block), igraph_vss_all(), dist, IGRAPH_ALL)
                         : igraph_distances(g, &d, igraph_vss_vector(&block), igraph_vss_all(), IGRAPH_ALL));
        for (igraph_integer_t j = 0; rc == 0 && j < m; j++) {
            igraph_integer_t src = VECTOR(block)[j];
            for (igraph_integer_t v = 0; v < n; v++) {
                if (v == src)
                    continue;
                others[v]++;
                double x = MATRIX(d, j, v);
                if (isfinite(x) && x > 0) {
                    reach[v]++;
                    sum[v] += x;
                    inv[v] += 1.0 / x;
                }
            }
        }
    }
    if (rc == 0)
        rc = ig(igraph_vector_resize(closeness, n));
    if (rc == 0)
        rc = ig(igraph_vector_resize(harmonic, n));
    for (igraph_integer_t v = 0; rc == 0 && v < n; v++) {
        VECTOR(*closeness)[v] = reach[v] ? (double)reach[v] / sum[v] : NAN;
        VECTOR(*harmonic)[v] = others[v] ? inv[v] / (double)others[v] : 0.0;
    }
    igraph_matrix_destroy(&d);
    igraph_vector_int_destroy(&block);
    igraph_vector_int_destroy(&s);
    free(sum), free(inv), free(reach), free(others);
    return rc;
}

/* Renumber communities by first appearance so that ids are stable. */
static int renumber(igraph_vector_int_t *m)
{
    igraph_integer_t n = igraph_vector_int_size(m);
    igraph_integer_t *map = malloc((size_t)(n ? n : 1) * sizeof(*map));
    if (!map)
        return PARLEY_ENOMEM;
    for (igraph_integer_t i = 0; i < n; i++)
        map[i] = -1;
    igraph_integer_t next = 0;
    for (igraph_integer_t i = 0; i < n; i++) {
        igraph_integer_t c = VECTOR(*m)[i];
        if (c < 0 || c >= n)
            continue;
        if (map[c] < 0)
            map[c] = next++;
        VECTOR(*m)[i] = map[c];
    }
    free(map);
    return 0;
}

int parley_analysis_communities(igraph_vector_int_t *membership, const igraph_t *g, const igraph_vector_t *w)
{
    igraph_vector_t strength;
    int rc = ig(igraph_vector_init(&strength, 0));
    if (rc < 0)
        return rc;
    rc = ig(igraph_strength(g, &strength, igraph_vss_all(), IGRAPH_ALL, IGRAPH_LOOPS, w));
    double m = w ? igraph_vector_sum(w) : (double)igraph_ecount(g);
    if (rc == 0 && m > 0) {
        igraph_integer_t nb;
        igraph_real_t q;
        igraph_rng_seed(igraph_rng_default(), PARLEY_ANALYSIS_SEED);
        rc = ig(igraph_community_leiden(g, w, &strength, 1.0 / (2.0 * m), 0.01, false, -1, membership, &nb, &q));
    } else if (rc == 0) {
        rc = ig(igraph_vector_int_resize(membership, igraph_vcount(g)));
        for (igraph_integer_t i = 0; rc == 0 && i < igraph_vcount(g); i++)
            VECTOR(*membership)[i] = i;
    }
    igraph_vector_destroy(&strength);
    return rc == 0 ? renumber(membership) : rc;
}

int parley_analysis_layout(igraph_matrix_t *xy, const igraph_t *g)
{
    igraph_integer_t n = igraph_vcount(g);
    double size = (double)n + (double)igraph_ecount(g);
    igraph_integer_t iter = 500;
    if (size > 10000)
        iter = (igraph_integer_t)(500.0 * 10000.0 / size);
    if (iter < 30)
        iter = 30;
    igraph_rng_seed(igraph_rng_default(), PARLEY_ANALYSIS_SEED);
    return ig(igraph_layout_fruchterman_reingold(g, xy, false, iter, sqrt((double)n), IGRAPH_LAYOUT_AUTOGRID, NULL,
                                                 NULL, NULL, NULL, NULL));
}
