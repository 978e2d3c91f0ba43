/* The analysis benchmark: parley's graph measures on a generated who-met-whom graph, timed one
 * by one, as JSON on standard output. bench/analysis_peers.py runs the same computations in
 * python-igraph and networkx on the same file; bench/analysis.sh puts them side by side.
 *
 * usage: parley-bench-analysis EDGES.txt   (first line "N M", then "a b" a line) */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

#include <igraph.h>

#include "analysis.h"

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static void report(const char *what, double seconds, double check, int *first)
{
    printf("%s\"%s\": {\"seconds\": %.4f, \"check\": %.6g}", *first ? "" : ",\n ", what, seconds, check);
    *first = 0;
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: %s EDGES.txt\n", argv[0]);
        return 2;
    }
    igraph_set_error_handler(igraph_error_handler_printignore);
    FILE *f = fopen(argv[1], "r");
    long n, m;
    if (!f || fscanf(f, "%ld %ld", &n, &m) != 2 || n <= 0 || m < 0) {
        fprintf(stderr, "%s: cannot read %s\n", argv[0], argv[1]);
        if (f)
            fclose(f);
        return 1;
    }
    double t = now();
    igraph_vector_int_t e;
    igraph_vector_int_init(&e, 2 * m);
    for (long i = 0; i < 2 * m; i++) {
        long x;
        if (fscanf(f, "%ld", &x) != 1 || x < 0 || x >= n) {
            fprintf(stderr, "%s: bad edge list at pair %ld\n", argv[0], i / 2 + 1);
            fclose(f);
            return 1;
        }
        VECTOR(e)[i] = x;
    }
    fclose(f);
    igraph_t g;
    if (igraph_create(&g, &e, n, IGRAPH_UNDIRECTED) != IGRAPH_SUCCESS)
        return 1;
    igraph_vector_int_destroy(&e);
    int first = 1;
    printf("{\"vertices\": %ld, \"edges\": %ld,\n ", n, m);
    report("load", now() - t, (double)igraph_ecount(&g), &first);

    igraph_vector_t v, v2;
    igraph_vector_int_t vi;
    igraph_vector_init(&v, 0);
    igraph_vector_init(&v2, 0);
    igraph_vector_int_init(&vi, 0);

    t = now();
    igraph_pagerank(&g, IGRAPH_PAGERANK_ALGO_PRPACK, &v, NULL, igraph_vss_all(), false, 0.85, NULL, NULL);
    report("pagerank", now() - t, igraph_vector_max(&v), &first);

    t = now();
    parley_analysis_communities(&vi, &g, NULL);
    report("leiden", now() - t, (double)igraph_vector_int_max(&vi) + 1, &first);

    t = now();
    igraph_integer_t nc;
    igraph_connected_components(&g, &vi, NULL, &nc, IGRAPH_WEAK);
    report("components", now() - t, (double)nc, &first);

    t = now();
    igraph_coreness(&g, &vi, IGRAPH_ALL);
    report("kcore", now() - t, (double)igraph_vector_int_max(&vi), &first);

    t = now();
    parley_analysis_betweenness(&v, &g, NULL, PARLEY_ANALYSIS_SAMPLE_SOURCES);
    report("betweenness_sampled", now() - t, igraph_vector_max(&v), &first);

    long cores = sysconf(_SC_NPROCESSORS_ONLN);
    t = now();
    parley_analysis_paths(&v, &v2, NULL, &g, NULL, PARLEY_ANALYSIS_SAMPLE_SOURCES, cores > 0 ? (int)cores : 1);
    report("betweenness_closeness_sampled_all_cores", now() - t, igraph_vector_max(&v), &first);

    printf("}\n");
    igraph_vector_destroy(&v);
    igraph_vector_destroy(&v2);
    igraph_vector_int_destroy(&vi);
    igraph_destroy(&g);
    return 0;
}
