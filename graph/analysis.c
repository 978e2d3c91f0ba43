#include "analysis.h"
#include "../src/error.h"

#include <math.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>


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

/* ---- shortest paths from many sources: Brandes' betweenness, closeness and harmonic ---------- */

/* The graph as adjacency arrays (each undirected edge both ways), read-only for the threads.
 * Vertices are renumbered in breadth-first order, so that the vertices a search meets together
 * lie together in memory (on a graph of 10^5 vertices and more the searches wait on memory, not
 * arithmetic). Every neighbour list keeps its order, so the searches do the same operations in
 * the same order and the results are the same to the bit. */
typedef struct {
    igraph_integer_t n;
    igraph_integer_t *off;   /* n + 1, by new number */
    int32_t *adj;            /* 2E neighbours, new numbers (32 bits: half the memory the searches read) */
    double *len;             /* 2E lengths, or NULL: all 1 */
    int32_t *num;            /* n: a vertex's new number */
} adjacency;

static void adjacency_free(adjacency *a)
{
    free(a->off), free(a->adj), free(a->len), free(a->num);
}

/* num[v]: breadth-first order from the vertex of highest degree, then the other components by
 * their lowest vertex. O(V + E). */
static int bfs_numbering(int32_t *num, const igraph_integer_t *off, const int32_t *adj, igraph_integer_t n)
{
    int32_t *queue = malloc((size_t)(n ? n : 1) * sizeof(*queue));
    if (!queue)
        return PARLEY_ENOMEM;
    for (igraph_integer_t v = 0; v < n; v++)
        num[v] = -1;
    igraph_integer_t top = 0;
    for (igraph_integer_t v = 1; v < n; v++)
        if (off[v + 1] - off[v] > off[top + 1] - off[top])
            top = v;
    int32_t next = 0;
    for (igraph_integer_t r = -1; r < n; r++) {
        igraph_integer_t root = r < 0 ? top : r;
        if (n == 0 || num[root] >= 0)
            continue;
        igraph_integer_t head = 0, tail = 0;
        queue[tail++] = (int32_t)root;
        num[root] = next++;
        while (head < tail) {
            igraph_integer_t v = queue[head++];
            for (igraph_integer_t j = off[v]; j < off[v + 1]; j++)
                if (num[adj[j]] < 0) {
                    num[adj[j]] = next++;
                    queue[tail++] = adj[j];
                }
        }
    }
    free(queue);
    return 0;
}

static int adjacency_build(adjacency *a, const igraph_t *g, const igraph_vector_t *dist)
{
    igraph_integer_t n = igraph_vcount(g), m = igraph_ecount(g);
    if (n > INT32_MAX)
        return PARLEY_EUSAGE;   /* vertex numbers are kept in 32 bits */
    a->n = n;
    a->off = calloc((size_t)n + 1, sizeof(*a->off));
    a->adj = malloc((size_t)(2 * m + 1) * sizeof(*a->adj));
    a->len = dist ? malloc((size_t)(2 * m + 1) * sizeof(*a->len)) : NULL;
    igraph_integer_t *fill = calloc((size_t)n + 1, sizeof(*fill));
    if (!a->off || !a->adj || (dist && !a->len) || !fill) {
        free(fill);
        adjacency_free(a);
        return PARLEY_ENOMEM;
    }
    for (igraph_integer_t e = 0; e < m; e++) {
        a->off[IGRAPH_FROM(g, e) + 1]++;
        a->off[IGRAPH_TO(g, e) + 1]++;
    }
    for (igraph_integer_t v = 0; v < n; v++)
        a->off[v + 1] += a->off[v];
    for (igraph_integer_t e = 0; e < m; e++) {
        igraph_integer_t x = IGRAPH_FROM(g, e), y = IGRAPH_TO(g, e);
        igraph_integer_t px = a->off[x] + fill[x]++, py = a->off[y] + fill[y]++;
        a->adj[px] = (int32_t)y;
        a->adj[py] = (int32_t)x;
        if (dist)
            a->len[px] = a->len[py] = VECTOR(*dist)[e];
    }
    free(fill);
    /* renumber: the same lists, in the new order and with new numbers */
    igraph_integer_t *off2 = malloc(((size_t)n + 1) * sizeof(*off2));
    int32_t *adj2 = malloc((size_t)(2 * m + 1) * sizeof(*adj2));
    double *len2 = dist ? malloc((size_t)(2 * m + 1) * sizeof(*len2)) : NULL;
    int32_t *old = malloc((size_t)(n ? n : 1) * sizeof(*old));
    a->num = malloc((size_t)(n ? n : 1) * sizeof(*a->num));
    int rc = !off2 || !adj2 || (dist && !len2) || !old || !a->num ? PARLEY_ENOMEM : 0;
    if (rc == 0)
        rc = bfs_numbering(a->num, a->off, a->adj, n);
    if (rc == 0) {
        for (igraph_integer_t v = 0; v < n; v++)
            old[a->num[v]] = (int32_t)v;
        off2[0] = 0;
        for (igraph_integer_t u = 0; u < n; u++) {
            igraph_integer_t v = old[u], deg = a->off[v + 1] - a->off[v];
            for (igraph_integer_t j = 0; j < deg; j++) {
                adj2[off2[u] + j] = a->num[a->adj[a->off[v] + j]];
                if (dist)
                    len2[off2[u] + j] = a->len[a->off[v] + j];
            }
            off2[u + 1] = off2[u] + deg;
        }
    }
    free(old);
    if (rc < 0) {
        free(off2), free(adj2), free(len2);
        adjacency_free(a);
        return rc;
    }
    free(a->off), free(a->adj), free(a->len);
    a->off = off2;
    a->adj = adj2;
    a->len = len2;
    return 0;
}

/* One chunk of sources and its sums; chunks are fixed, so results do not depend on threads. */
typedef struct {
    const adjacency *a;
    const igraph_integer_t *sources;
    igraph_integer_t n_sources;
    double *bc, *sum, *inv;          /* n each: betweenness, distance sums, inverse distance sums */
    igraph_integer_t *reach;         /* n: sources that reach the vertex */
    int rc;
} chunk;

typedef struct {
    double d;
    int32_t v;
} heap_item;

static void heap_push(heap_item *h, size_t *n, double d, int32_t v)
{
    size_t i = (*n)++;
    while (i > 0) {
        size_t p = (i - 1) / 2;
        if (h[p].d <= d)
            break;
        h[i] = h[p];
        i = p;
    }
    h[i] = (heap_item){d, v};
}

static heap_item heap_pop(heap_item *h, size_t *n)
{
    heap_item top = h[0], last = h[--(*n)];
    size_t i = 0;
    for (;;) {
        size_t c = 2 * i + 1;
        if (c >= *n)
            break;
        if (c + 1 < *n && h[c + 1].d < h[c].d)
            c++;
        if (h[c].d >= last.d)
            break;
        h[i] = h[c];
        i = c;
    }
    if (*n)
        h[i] = last;
    return top;
}

/* Distances equal up to rounding (lengths are sums of reciprocals of meeting counts). */
static bool same_distance(double x, double y)
{
    return fabs(x - y) <= 1e-10 * (x > y ? x : y);
}

static void *chunk_run(void *arg)
{
    chunk *c = arg;
    const adjacency *a = c->a;
    igraph_integer_t n = a->n;
    size_t m2 = (size_t)a->off[n];
    double *d = malloc((size_t)n * sizeof(double)), *sigma = malloc((size_t)n * sizeof(double));
    double *delta = malloc((size_t)n * sizeof(double));
    int32_t *order = malloc((size_t)n * sizeof(int32_t));
    int32_t *pred = malloc((m2 + 1) * sizeof(int32_t));   /* v's preds at off[v].. */
    int32_t *npred = malloc((size_t)n * sizeof(int32_t));
    heap_item *heap = a->len ? malloc((m2 + 1) * sizeof(heap_item)) : NULL;
    unsigned char *fin = calloc((size_t)n, 1);
    if (!d || !sigma || !delta || !order || !pred || !npred || !fin || (a->len && !heap)) {
        c->rc = PARLEY_ENOMEM;
        goto done;
    }
    for (igraph_integer_t v = 0; v < n; v++)
        d[v] = -1.0;
    for (igraph_integer_t k = 0; k < c->n_sources; k++) {
        int32_t s = (int32_t)c->sources[k];
        igraph_integer_t seen = 0;
        d[s] = 0.0;
        sigma[s] = 1.0;
        npred[s] = 0;
        if (!a->len) {
            /* breadth first: order doubles as the queue */
            order[seen++] = s;
            for (igraph_integer_t q = 0; q < seen; q++) {
                int32_t v = order[q];
                for (igraph_integer_t j = a->off[v]; j < a->off[v + 1]; j++) {
                    int32_t w = a->adj[j];
                    if (d[w] < 0) {
                        d[w] = d[v] + 1.0;
                        sigma[w] = 0.0;
                        npred[w] = 0;
                        order[seen++] = w;
                    }
                    if (d[w] == d[v] + 1.0) {
                        sigma[w] += sigma[v];
                        pred[a->off[w] + npred[w]++] = v;
                    }
                }
            }
        } else {
            /* Dijkstra with a lazy binary heap; a vertex is final when it first leaves the heap */
            size_t hn = 0;
            heap_push(heap, &hn, 0.0, s);
            while (hn) {
                heap_item it = heap_pop(heap, &hn);
                int32_t v = it.v;
                if (fin[v] || it.d > d[v])
                    continue;
                fin[v] = 1;
                order[seen++] = v;
                for (igraph_integer_t j = a->off[v]; j < a->off[v + 1]; j++) {
                    int32_t w = a->adj[j];
                    if (fin[w])
                        continue;
                    double nd = d[v] + a->len[j];
                    if (d[w] < 0 || (nd < d[w] && !same_distance(nd, d[w]))) {
                        d[w] = nd;
                        sigma[w] = sigma[v];
                        npred[w] = 0;
                        pred[a->off[w] + npred[w]++] = v;
                        heap_push(heap, &hn, nd, w);
                    } else if (same_distance(nd, d[w])) {
                        sigma[w] += sigma[v];
                        pred[a->off[w] + npred[w]++] = v;
                    }
                }
            }
            for (igraph_integer_t q = 0; q < seen; q++)
                fin[order[q]] = 0;
        }
        /* dependencies, farthest first */
        for (igraph_integer_t q = 0; q < seen; q++)
            delta[order[q]] = 0.0;
        for (igraph_integer_t q = seen; q-- > 0;) {
            int32_t w = order[q];
            double coef = (1.0 + delta[w]) / sigma[w];
            for (int32_t j = 0; j < npred[w]; j++) {
                int32_t p = pred[a->off[w] + j];
                delta[p] += sigma[p] * coef;
            }
            if (w != s) {
                c->bc[w] += delta[w];
                c->reach[w]++;
                c->sum[w] += d[w];
                c->inv[w] += 1.0 / d[w];
            }
        }
        for (igraph_integer_t q = 0; q < seen; q++)
            d[order[q]] = -1.0;
    }
done:
    free(d), free(sigma), free(delta), free(order), free(pred), free(npred), free(heap), free(fin);
    return NULL;
}

#define CHUNKS 8

int parley_analysis_paths(igraph_vector_t *betweenness, igraph_vector_t *closeness, igraph_vector_t *harmonic,
                          const igraph_t *g, const igraph_vector_t *dist, igraph_integer_t sources, int threads)
{
    igraph_integer_t n = igraph_vcount(g);
    int rc = 0;
    igraph_vector_t *outs[3] = {betweenness, closeness, harmonic};
    for (int i = 0; i < 3 && rc == 0; i++)
        if (outs[i])
            rc = ig(igraph_vector_resize(outs[i], n));
    if (rc < 0 || n == 0)
        return rc;
    if (dist)
        for (igraph_integer_t e = 0; e < igraph_vector_size(dist); e++)
            if (!(VECTOR(*dist)[e] > 0) || !isfinite(VECTOR(*dist)[e]))
                return PARLEY_EUSAGE;   /* lengths must be positive */
    igraph_vector_int_t s;
    if ((rc = ig(igraph_vector_int_init(&s, 0))) < 0)
        return rc;
    bool exact = sources <= 0 || sources >= n;
    rc = exact ? ig(igraph_vector_int_range(&s, 0, n)) : sample_sources(&s, g, sources);
    adjacency a = {0};
    if (rc == 0)
        rc = adjacency_build(&a, g, dist);
    if (rc < 0) {
        igraph_vector_int_destroy(&s);
        return rc;
    }
    igraph_integer_t k = igraph_vector_int_size(&s);
    unsigned char *is_src = calloc((size_t)n, 1);
    if (!is_src)
        rc = PARLEY_ENOMEM;
    for (igraph_integer_t j = 0; rc == 0 && j < k; j++) {
        is_src[VECTOR(s)[j]] = 1;
        VECTOR(s)[j] = a.num[VECTOR(s)[j]];   /* the searches use the new numbers */
    }
    int nch = k < CHUNKS ? (int)k : CHUNKS;
    chunk ch[CHUNKS];
    memset(ch, 0, sizeof(ch));
    for (int i = 0; i < nch && rc == 0; i++) {
        igraph_integer_t from = k * i / nch, to = k * (i + 1) / nch;
        ch[i] = (chunk){&a, &VECTOR(s)[from], to - from, calloc((size_t)n, sizeof(double)),
                        calloc((size_t)n, sizeof(double)), calloc((size_t)n, sizeof(double)),
                        calloc((size_t)n, sizeof(igraph_integer_t)), 0};
        if (!ch[i].bc || !ch[i].sum || !ch[i].inv || !ch[i].reach)
            rc = PARLEY_ENOMEM;
    }
    /* threads take whole chunks; with one thread, or when a thread cannot start, run here */
    if (threads < 1)
        threads = 1;
    for (int base = 0; rc == 0 && base < nch; base += threads) {
        pthread_t tid[CHUNKS];
        bool started[CHUNKS] = {false};
        for (int t = 1; t < threads && base + t < nch; t++)
            started[t] = pthread_create(&tid[t], NULL, chunk_run, &ch[base + t]) == 0;
        chunk_run(&ch[base]);
        for (int t = 1; t < threads && base + t < nch; t++) {
            if (started[t])
                pthread_join(tid[t], NULL);
            else
                chunk_run(&ch[base + t]);
        }
    }
    for (int i = 0; i < nch && rc == 0; i++)
        if (ch[i].rc < 0)
            rc = ch[i].rc;
    if (rc == 0) {
        /* undirected: every pair was counted from both ends (exactly, or in expectation) */
        double scale = (double)n / (double)k / 2.0;
        for (igraph_integer_t v = 0; v < n; v++) {
            double bc = 0, sum = 0, inv = 0;
            igraph_integer_t reach = 0, u = a.num[v];
            for (int i = 0; i < nch; i++) {
                bc += ch[i].bc[u];
                sum += ch[i].sum[u];
                inv += ch[i].inv[u];
                reach += ch[i].reach[u];
            }
            /* the sources other than v itself */
            igraph_integer_t others = k - (is_src[v] ? 1 : 0);
            if (betweenness)
                VECTOR(*betweenness)[v] = bc * scale;
            if (closeness)
                VECTOR(*closeness)[v] = reach ? (double)reach / sum : NAN;
            if (harmonic)
                VECTOR(*harmonic)[v] = others > 0 ? inv / (double)others : 0.0;
        }
    }
    for (int i = 0; i < nch; i++)
        free(ch[i].bc), free(ch[i].sum), free(ch[i].inv), free(ch[i].reach);
    free(is_src);
    adjacency_free(&a);
    igraph_vector_int_destroy(&s);
    return rc;
}

int parley_analysis_betweenness(igraph_vector_t *res, const igraph_t *g, const igraph_vector_t *dist,
                                igraph_integer_t sources)
{
    return parley_analysis_paths(res, NULL, NULL, g, dist, sources, 1);
}

int parley_analysis_closeness(igraph_vector_t *closeness, igraph_vector_t *harmonic, const igraph_t *g,
                              const igraph_vector_t *dist, igraph_integer_t sources)
{
    return parley_analysis_paths(NULL, closeness, harmonic, g, dist, sources, 1);
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
    /* below the grid's threshold every pair of vertices repels in each iteration */
    if (n <= 1000 && (double)n * (double)n * (double)iter > 2e7)
        iter = (igraph_integer_t)(2e7 / ((double)n * (double)n));
    if (iter < 30)
        iter = 30;
    igraph_rng_seed(igraph_rng_default(), PARLEY_ANALYSIS_SEED);
    return ig(igraph_layout_fruchterman_reingold(g, xy, false, iter, sqrt((double)n), IGRAPH_LAYOUT_AUTOGRID, NULL,
                                                 NULL, NULL, NULL, NULL));
}
