/* graph/analysis: exact measures agree with igraph's; sampled ones estimate them. */
#include <math.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <igraph.h>
#include "analysis.h"

/* A connected random graph: a ring plus random chords, seeded. */
static void random_graph(igraph_t *g, igraph_integer_t n, igraph_integer_t chords)
{
    igraph_vector_int_t e;
    igraph_vector_int_init(&e, 0);
    igraph_rng_seed(igraph_rng_default(), 42);
    for (igraph_integer_t i = 0; i < n; i++) {
        igraph_vector_int_push_back(&e, i);
        igraph_vector_int_push_back(&e, (i + 1) % n);
    }
    for (igraph_integer_t i = 0; i < chords; i++) {
        igraph_vector_int_push_back(&e, RNG_INTEGER(0, n - 1));
        igraph_vector_int_push_back(&e, RNG_INTEGER(0, n - 1));
    }
    assert_int_equal(igraph_create(g, &e, n, IGRAPH_UNDIRECTED), IGRAPH_SUCCESS);
    igraph_vector_int_destroy(&e);
}

static void test_exact_matches_igraph(void **state)
{
    (void)state;
    igraph_t g;
    random_graph(&g, 300, 600);
    igraph_vector_t w, a, b, c, h;
    igraph_vector_init(&w, igraph_ecount(&g));
    for (igraph_integer_t i = 0; i < igraph_ecount(&g); i++)
        VECTOR(w)[i] = 1.0 + (double)(i % 5);
    igraph_vector_init(&a, 0), igraph_vector_init(&b, 0), igraph_vector_init(&c, 0), igraph_vector_init(&h, 0);
    assert_int_equal(parley_analysis_closeness(&c, &h, &g, &w, 0), 0);
    assert_int_equal(igraph_closeness(&g, &a, NULL, NULL, igraph_vss_all(), IGRAPH_ALL, &w, true), IGRAPH_SUCCESS);
    assert_int_equal(igraph_harmonic_centrality(&g, &b, igraph_vss_all(), IGRAPH_ALL, &w, true), IGRAPH_SUCCESS);
    for (igraph_integer_t i = 0; i < 300; i++) {
        assert_true(fabs(VECTOR(a)[i] - VECTOR(c)[i]) < 1e-12);
        assert_true(fabs(VECTOR(b)[i] - VECTOR(h)[i]) < 1e-12);
    }
    assert_int_equal(parley_analysis_betweenness(&c, &g, &w, 0), 0);
    assert_int_equal(igraph_betweenness(&g, &a, igraph_vss_all(), false, &w), IGRAPH_SUCCESS);
    for (igraph_integer_t i = 0; i < 300; i++)
        assert_true(fabs(VECTOR(a)[i] - VECTOR(c)[i]) < 1e-9);
    igraph_vector_destroy(&a), igraph_vector_destroy(&b), igraph_vector_destroy(&c), igraph_vector_destroy(&h);
    igraph_vector_destroy(&w);
    igraph_destroy(&g);
}

/* Reciprocal lengths (as parley's 1/meetings) on a multigraph with loops: still igraph's
 * values; and the same bits whatever the number of threads. */
static void test_reciprocal_lengths_and_threads(void **state)
{
    (void)state;
    igraph_t g;
    random_graph(&g, 400, 1200);
    igraph_vector_t w, a, b, c, h, b2, c2, h2;
    igraph_vector_init(&w, igraph_ecount(&g));
    for (igraph_integer_t i = 0; i < igraph_ecount(&g); i++)
        VECTOR(w)[i] = 1.0 / (double)(1 + i % 7);
    igraph_vector_init(&a, 0), igraph_vector_init(&b, 0), igraph_vector_init(&c, 0), igraph_vector_init(&h, 0);
    igraph_vector_init(&b2, 0), igraph_vector_init(&c2, 0), igraph_vector_init(&h2, 0);
    assert_int_equal(parley_analysis_paths(&b, &c, &h, &g, &w, 0, 1), 0);
    assert_int_equal(igraph_betweenness(&g, &a, igraph_vss_all(), false, &w), IGRAPH_SUCCESS);
    for (igraph_integer_t i = 0; i < 400; i++)
        assert_true(fabs(VECTOR(a)[i] - VECTOR(b)[i]) <= 1e-6 * (1 + VECTOR(a)[i]));
    assert_int_equal(parley_analysis_paths(&b2, &c2, &h2, &g, &w, 0, 3), 0);
    for (igraph_integer_t i = 0; i < 400; i++) {
        assert_true(VECTOR(b)[i] == VECTOR(b2)[i]);
        assert_true(VECTOR(c)[i] == VECTOR(c2)[i]);
        assert_true(VECTOR(h)[i] == VECTOR(h2)[i]);
    }
    /* a length that is not positive is refused */
    VECTOR(w)[0] = 0.0;
    assert_int_not_equal(parley_analysis_paths(&b, NULL, NULL, &g, &w, 0, 1), 0);
    igraph_vector_destroy(&a), igraph_vector_destroy(&b), igraph_vector_destroy(&c), igraph_vector_destroy(&h);
    igraph_vector_destroy(&b2), igraph_vector_destroy(&c2), igraph_vector_destroy(&h2), igraph_vector_destroy(&w);
    igraph_destroy(&g);
}

/* Pearson correlation of two vectors. */
static double corr(const igraph_vector_t *x, const igraph_vector_t *y)
{
    igraph_integer_t n = igraph_vector_size(x);
    double mx = igraph_vector_sum(x) / (double)n, my = igraph_vector_sum(y) / (double)n, sxy = 0, sxx = 0, syy = 0;
    for (igraph_integer_t i = 0; i < n; i++) {
        double dx = VECTOR(*x)[i] - mx, dy = VECTOR(*y)[i] - my;
        sxy += dx * dy, sxx += dx * dx, syy += dy * dy;
    }
    return sxy / sqrt(sxx * syy);
}

static void test_sampled_estimates(void **state)
{
    (void)state;
    igraph_t g;
    /* a hub-and-spoke core so that betweenness varies widely */
    random_graph(&g, 2000, 1500);
    igraph_vector_t ex, es, cx, cs, hx, hs;
    igraph_vector_init(&ex, 0), igraph_vector_init(&es, 0), igraph_vector_init(&cx, 0);
    igraph_vector_init(&cs, 0), igraph_vector_init(&hx, 0), igraph_vector_init(&hs, 0);
    assert_int_equal(parley_analysis_betweenness(&ex, &g, NULL, 0), 0);
    assert_int_equal(parley_analysis_betweenness(&es, &g, NULL, 256), 0);
    assert_int_equal(parley_analysis_closeness(&cx, &hx, &g, NULL, 0), 0);
    assert_int_equal(parley_analysis_closeness(&cs, &hs, &g, NULL, 256), 0);
    /* unbiased: the totals agree within 5 %; the rankings agree */
    double tx = igraph_vector_sum(&ex), ts = igraph_vector_sum(&es);
    assert_true(fabs(tx - ts) / tx < 0.05);
    assert_true(corr(&ex, &es) > 0.9);
    assert_true(corr(&cx, &cs) > 0.9);
    assert_true(corr(&hx, &hs) > 0.9);
    /* repeatable: the same seed gives the same estimate */
    assert_int_equal(parley_analysis_betweenness(&ex, &g, NULL, 256), 0);
    for (igraph_integer_t i = 0; i < 2000; i++)
        assert_true(VECTOR(ex)[i] == VECTOR(es)[i]);
    igraph_vector_destroy(&ex), igraph_vector_destroy(&es), igraph_vector_destroy(&cx);
    igraph_vector_destroy(&cs), igraph_vector_destroy(&hx), igraph_vector_destroy(&hs);
    igraph_destroy(&g);
}

static void test_policy_and_empty(void **state)
{
    (void)state;
    igraph_t g;
    random_graph(&g, 200, 100);
    assert_int_equal(parley_analysis_sources(&g), 0);   /* small: exact */
    igraph_destroy(&g);
    random_graph(&g, 20000, 20000);
    assert_int_equal(parley_analysis_sources(&g), PARLEY_ANALYSIS_SAMPLE_SOURCES);
    igraph_destroy(&g);
    igraph_empty(&g, 0, IGRAPH_UNDIRECTED);
    igraph_vector_t c, h;
    igraph_vector_init(&c, 3), igraph_vector_init(&h, 3);
    assert_int_equal(parley_analysis_closeness(&c, &h, &g, NULL, 0), 0);
    assert_int_equal(igraph_vector_size(&c), 0);
    igraph_vector_int_t m;
    igraph_vector_int_init(&m, 0);
    assert_int_equal(parley_analysis_communities(&m, &g, NULL), 0);
    igraph_matrix_t xy;
    igraph_matrix_init(&xy, 0, 0);
    assert_int_equal(parley_analysis_layout(&xy, &g), 0);
    igraph_matrix_destroy(&xy);
    igraph_vector_int_destroy(&m);
    igraph_vector_destroy(&c), igraph_vector_destroy(&h);
    igraph_destroy(&g);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_exact_matches_igraph),
        cmocka_unit_test(test_reciprocal_lengths_and_threads),
        cmocka_unit_test(test_sampled_estimates),
        cmocka_unit_test(test_policy_and_empty),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
