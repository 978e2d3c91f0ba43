/* parley: the command-line tool. */
#include "../document.h"
#include "../error.h"
#include "../extraction.h"
#include "../lexicon.h"
#include "../reader.h"
#include "../util.h"
#include "config.h"
#include "progress.h"
#include "../../exporters/jsonl.h"
#include "../../exporters/json.h"
#include "../../exporters/output.h"
#include "../../exporters/graphml.h"
#include "../../exporters/gexf.h"
#include "../../exporters/csv.h"
#include "../../exporters/sql.h"
#include "../../exporters/report.h"
#include "../../graph/corpus.h"
#include "../../graph/network.h"
#include "../../graph/stats.h"
#include "../../exporters/stats_json.h"

#include <math.h>
#include <pthread.h>

#include <errno.h>
#include <malloc.h>
#ifdef PARLEY_HAVE_MIMALLOC
#include <mimalloc.h>
#endif
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#ifndef PARLEY_VERSION
#define PARLEY_VERSION "0.1.0"
#endif
#ifndef PARLEY_DATA_DIR
#define PARLEY_DATA_DIR "data"
#endif
#ifndef PARLEY_INSTALL_DATA_DIR
#define PARLEY_INSTALL_DATA_DIR "/usr/local/share/parley"
#endif

enum { EXIT_OK = 0, EXIT_INPUT = 1, EXIT_USAGE = 2, EXIT_OUTPUT = 3, EXIT_INTERNAL = 4 };

static const char *common_options;

static void usage(FILE *f)
{
    fprintf(f,
            "usage: parley COMMAND [OPTIONS] PATH...\n"
            "\n"
            "Turns news articles about officials meeting each other into a who-met-whom graph.\n"
            "\n"
            "commands:\n"
            "  extract     print one JSON object per document (entities, events, evidence)\n"
            "  entities    print each article's entities as a table\n"
            "  events      print each article's events with their evidence\n"
            "  build       the corpus graph and every export into a folder (-o DIR)\n"
            "  export      one export: --format graphml|gexf|json|stats|nodes-csv|edges-csv|sql -o FILE\n"
            "  stats       print the who-met-whom tables (--json for scripts)\n"
            "  top         rank people: --by pagerank|betweenness|degree|strength -n N\n"
            "  version     print the version (also --version)\n"
            "  help        print this help\n"
            "\n"
            "parley COMMAND --help describes a command and its options.\n"
            "\n"
            "PATH is a text file, a folder (its *.txt and *.jsonl files, recursively), a JSON Lines\n"
            "file ({\"id\",\"text\",\"date\",\"source\",\"title\"} a line) or - for standard input.\n"
            "\n"
            "options of every command (parley COMMAND --help adds the command's own):\n"
            "%s"
            "\n"
            "exit status: 0 ok, 1 bad input (some input unreadable), 2 usage, 3 output failure.\n",
            common_options);
}

static const struct {
    const char *name, *synopsis, *what, *options;
} commands[] = {
    {"build", "parley build PATH... -o DIR [OPTIONS]",
     "Read the articles, build the who-met-whom graph, analyse it and write every export into DIR:\n"
     "graph.json, graph.graphml, graph.gexf, nodes.csv, edges.csv, neo4j/, graph.sql, stats.json,\n"
     "extract.jsonl, report.html and report.md. Outputs are replaced only when the whole run succeeds.",
     "  -o, --output DIR        the folder of the outputs (created if needed)\n"
     "      --since DATE        only events on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD)\n"
     "      --until DATE        only events on or before DATE\n"
     "      --explain-merges    print why names were merged into one person\n"},
    {"export", "parley export --format F PATH... -o FILE [OPTIONS]",
     "Write one export of the graph to FILE.",
     "  -f, --format F          graphml, gexf, json, stats, nodes-csv, edges-csv or sql\n"
     "  -o, --output FILE       the file to write (atomically)\n"
     "      --since DATE, --until DATE   a time window\n"},
    {"extract", "parley extract PATH... [OPTIONS]",
     "Print one JSON object per document: entities with their mentions, events with evidence.",
     "  -o, --output FILE       write to FILE (atomically) instead of standard output\n"},
    {"entities", "parley entities PATH... [OPTIONS]",
     "Print the people, countries, places, organisations and exercises of each article as a table.", ""},
    {"events", "parley events PATH... [OPTIONS]",
     "Print the meetings, agreements, calls and exercises of each article, with their evidence.", ""},
    {"stats", "parley stats PATH... [--json] [OPTIONS]",
     "Print the who-met-whom tables: pairs, people, country pairs by year, meetings by month.",
     "      --json              JSON instead of tables\n"
     "      --since DATE, --until DATE   a time window\n"},
    {"top", "parley top PATH... [--by MEASURE] [-n N] [OPTIONS]",
     "Rank the people of the who-met-whom graph.",
     "      --by MEASURE        pagerank (default), betweenness, degree or strength\n"
     "  -n N                    how many (default 10)\n"},
};

static const char *common_options =
    "  -l, --lexicon PATH      add a lexicon file, or a folder of *.tsv files (repeatable)\n"
    "      --data-dir DIR      the folder of parley's own lexicons\n"
    "      --no-geonames       do not load libgeonames' cities\n"
    "      --no-cache          read libgeonames' cities from the library, not from the cache\n"
    "                          ($PARLEY_CACHE_DIR, else $XDG_CACHE_HOME/parley, else ~/.cache/parley)\n"
    "      --max-doc-bytes N   skip documents larger than N bytes (default 10000000)\n"
    "      --config FILE       read settings from FILE (default: ./parley.toml when it exists)\n"
    "  -j, --threads N         extraction threads (default: all cores; the output does not change)\n"
    "  -q, --quiet             no progress line and no summary on standard error\n"
    "      --timings           print the wall-clock time of each stage on standard error\n"
    "  -h, --help              this help\n";

static void usage_command(FILE *f, const char *cmd)
{
    for (size_t i = 0; i < sizeof(commands) / sizeof(commands[0]); i++)
        if (!strcmp(commands[i].name, cmd)) {
            fprintf(f, "usage: %s\n\n%s\n\noptions:\n%s%s\nexit status: 0 ok, 1 bad input, 2 usage, 3 output failure.\n",
                    commands[i].synopsis, commands[i].what, commands[i].options, common_options);
            return;
        }
    usage(f);
}

static void print_tables(const parley_extraction *ex, int what)
{
    const parley_document *doc = ex->doc;
    printf("== %s", parley_document_id(doc));
    if (parley_extraction_date(ex))
        printf("  (%s)", parley_extraction_date(ex));
    putchar('\n');
    if (what == 1) {
        printf("%-13s %-32s %-18s %-34s %s\n", "type", "name", "country", "title", "mentions");
        for (size_t i = 0; i < ex->n_entities; i++) {
            const parley_entity *e = &ex->entities[i];
            printf("%-13s %-32s %-18s %-34s %zu\n", parley_entity_type_name(e->type), e->name, e->country ? e->country : "-",
                   e->title ? e->title : "-", e->n_mentions);
        }
    } else {
        for (size_t i = 0; i < ex->n_events; i++) {
            const parley_event *ev = &ex->events[i];
            printf("%s (%s)", parley_event_type_name(ev->type), ev->status == PARLEY_STATUS_PLANNED ? "planned" : "occurred");
            for (size_t k = 0; k < ev->n_participants; k++)
                printf("%s %s", k ? "," : ":", ex->entities[ev->participants[k]].name);
            printf("; date %s; place %s", ev->date[0] ? ev->date : "-", ev->place >= 0 ? ex->entities[ev->place].name : "-");
            if (ev->name)
                printf("; \"%s\"", ev->name);
            putchar('\n');
            for (size_t k = 0; k < ev->n_evidence; k++) {
                size_t a = parley_document_raw_offset(doc, ev->evidence[k].start);
                size_t b = parley_document_raw_offset(doc, ev->evidence[k].end);
                printf("    [%zu-%zu] %.*s\n", a, b, (int)(b - a), parley_document_raw(doc) + a);
            }
        }
        if (!ex->n_events)
            printf("(no events)\n");
    }
    putchar('\n');
}

/* Wall-clock time of each stage, printed by --timings. */
typedef struct {
    const char *name[32];
    double seconds[32];
    long peak_kb[32];         /* peak resident memory when the stage last ended */
    size_t n;
    double start;             /* when the run began */
    double mark;              /* when the last lap ended */
    double nested;            /* seconds given to stages by timings_add since then */
    bool on;
} timings;

static double now_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static long peak_kb(void)
{
    struct rusage ru;
    return getrusage(RUSAGE_SELF, &ru) == 0 ? ru.ru_maxrss : 0;
}

static void stage_add(timings *t, const char *name, double seconds)
{
    for (size_t i = 0; i < t->n; i++)
        if (!strcmp(t->name[i], name)) {
            t->seconds[i] += seconds;
            t->peak_kb[i] = peak_kb();
            return;
        }
    if (t->n < 32) {
        t->name[t->n] = name;
        t->peak_kb[t->n] = peak_kb();
        t->seconds[t->n++] = seconds;
    }
}

/* Add seconds to the stage called name (a string literal or one that outlives t), a stage that
 * runs inside another (extraction inside reading); the next lap does not count them again. */
static void timings_add(timings *t, const char *name, double seconds)
{
    if (!t || !t->on)
        return;
    stage_add(t, name, seconds);
    t->nested += seconds;
}

/* The time since the last lap, less what timings_add gave to other stages, goes to name. */
static void timings_lap(timings *t, const char *name)
{
    if (!t || !t->on)
        return;
    double x = now_seconds();
    stage_add(t, name, x - t->mark - t->nested);
    t->mark = x;
    t->nested = 0;
}

/* Each stage, then the total: the wall-clock time of the whole run (stages that ran side by
 * side, as the exports do, add up to more). */
static void timings_print(const timings *t)
{
    if (!t->on)
        return;
    for (size_t i = 0; i < t->n; i++)
        fprintf(stderr, "parley: timing %-14s %9.3f s  peak %8.1f MB\n", t->name[i], t->seconds[i],
                (double)t->peak_kb[i] / 1024.0);
    fprintf(stderr, "parley: timing %-14s %9.3f s  peak %8.1f MB\n", "total", now_seconds() - t->start,
            (double)peak_kb() / 1024.0);
}

typedef struct {
    const parley_lexicon *lex;
    FILE *out;            /* per-document JSON Lines, or NULL */
    parley_corpus *corpus;/* or NULL */
    int out_rc;
    parley_progress *progress;  /* or NULL */
    int table;            /* 1: print entities, 2: print events, as tables */
    struct batch *slot;   /* NSLOT batches in a ring: slot[head] the oldest not yet emitted, */
    size_t head, inflight;/* inflight of them handed to the workers, the next one being read */
    struct pool *pool;    /* the worker threads, or NULL to extract on this thread */
    timings *tm;          /* or NULL */
    parley_reader_stats *st;  /* where warnings found while extracting are counted */
} run_ctx;

#define BATCH 1024   /* documents a batch */
#define NSLOT 4      /* batches in flight: the workers run ahead while this thread emits */

static void print_tables(const parley_extraction *ex, int what);

/* What happens to each document once extracted, in input order. */
static int emit_extraction(run_ctx *ctx, parley_document *doc, parley_extraction *ex, const char *line, size_t len,
                           int rc)
{
    /* documents are read unprepared, so invalid UTF-8 is reported here, in input order */
    if (rc == 0)
        parley_reader_report_invalid(doc, ctx->st, stderr);
    if (rc == 0 && ctx->out) {
        if (!line)
            rc = PARLEY_ENOMEM;
        else if (fwrite(line, 1, len, ctx->out) != len)
            rc = ctx->out_rc = PARLEY_EOUTPUT;
    }
    if (rc == 0 && ctx->corpus) {
        double t0 = now_seconds();
        rc = parley_corpus_add(ctx->corpus, ex);
        timings_add(ctx->tm, "resolve", now_seconds() - t0);
    }
    if (rc == 0 && ctx->table)
        print_tables(ex, ctx->table);
    if (ctx->progress)
        parley_progress_add(ctx->progress, parley_document_raw_len(doc));
    return rc;
}

/* One batch of documents and what their extraction gives. Workers claim documents one at a
 * time, so that none waits while another still has several; every result goes to the
 * document's own slot. */
typedef struct batch {
    parley_document *docs[BATCH];
    parley_extraction *exs[BATCH];
    /* the JSON lines, when they are wanted: each document's buffer is kept from batch to batch
     * (unless a long line made it large), so that a line costs no allocation on the worker and no
     * free on this thread */
    char *lines[BATCH];
    size_t line_cap[BATCH], line_len[BATCH];
    int rcs[BATCH];
    size_t n;
    const parley_lexicon *lex;
    bool want_lines;
    bool drop;             /* only the lines are wanted: free each extraction on its worker */
    size_t next;           /* the next document to claim (under the pool's lock) */
    size_t done;           /* documents extracted (under the pool's lock) */
} batch;

#define LINE_KEEP 65536   /* a line buffer larger than this is freed once its line is written */

/* Free the line buffer of document i of b. */
static void drop_line(batch *b, size_t i)
{
    free(b->lines[i]);
    b->lines[i] = NULL;
    b->line_cap[i] = b->line_len[i] = 0;
}

/* Free the slots' batches and their line buffers (every batch emitted or abandoned). */
static void slots_free(batch *slots)
{
    for (size_t s = 0; slots && s < NSLOT; s++)
        for (size_t i = 0; i < BATCH; i++)
            free(slots[s].lines[i]);
    free(slots);
}

/* Extract document i of b. */
static void extract_one(batch *b, size_t i)
{
    b->rcs[i] = parley_document_prepare(b->docs[i]);
    if (b->rcs[i] == 0)
        b->rcs[i] = parley_extract_document(&b->exs[i], b->lex, b->docs[i]);
    if (b->rcs[i] == 0 && b->want_lines)
        b->rcs[i] = parley_jsonl_line_to(&b->lines[i], &b->line_cap[i], &b->line_len[i], b->exs[i]);
    if (b->drop) {
        parley_extraction_free(b->exs[i]);
        b->exs[i] = NULL;
    }
}

/* The worker threads, alive for the whole run: they take documents from the oldest batch handed
 * to them that still has some, in order. */
typedef struct pool {
    pthread_mutex_t mu;
    pthread_cond_t work;   /* a batch was handed over, or the pool stops */
    pthread_cond_t done;   /* a batch's last document was extracted */
    batch *queue[NSLOT];   /* handed-over batches with documents left to claim, oldest first */
    size_t qhead, qn;
    struct trash *trash;   /* emitted documents and extractions for the workers to free */
    bool stop;
    pthread_t tid[64];
    int n;                 /* threads started */
} pool;

/* Documents and extractions already emitted, freed by a worker rather than by the thread that
 * emits: most of their memory comes from the workers' malloc arenas, and a free there from
 * another thread contends for the arena's lock. */
typedef struct trash {
    parley_document *docs[BATCH];
    parley_extraction *exs[BATCH];
    size_t n;
    struct trash *next;
} trash;

static void trash_free(trash *t)
{
    for (size_t i = 0; i < t->n; i++) {
        parley_extraction_free(t->exs[i]);   /* before its document, which it borrows */
        parley_document_free(t->docs[i]);
    }
    free(t);
}

/* Take the oldest batch off the queue (the pool's lock held). */
static void pool_pop(pool *p)
{
    p->qhead = (p->qhead + 1) % NSLOT;
    p->qn--;
}

/* Claim the next document of b (the pool's lock held); a batch leaves the queue with its last
 * claim, so that no thread touches it afterwards except to count its own document done. */
static size_t pool_claim(pool *p, batch *b)
{
    size_t i = b->next++;
    if (b->next == b->n)
        pool_pop(p);
    return i;
}

/* Count one document of b done (the pool's lock held); wake who waits for the batch's last. */
static void pool_done(pool *p, batch *b)
{
    if (++b->done == b->n)
        pthread_cond_broadcast(&p->done);
}

/* A worker: extract documents of the oldest batch on the queue, one at a time, until the pool
 * stops and the queue is empty. Every access to a batch's counters holds the lock; the
 * extraction of a claimed document does not. */
static void *pool_worker(void *arg)
{
    pool *p = arg;
    pthread_mutex_lock(&p->mu);
    for (;;) {
        while (!p->stop && p->qn == 0 && !p->trash)
            pthread_cond_wait(&p->work, &p->mu);
        if (p->trash) {
            trash *t = p->trash;
            p->trash = t->next;
            pthread_mutex_unlock(&p->mu);
            trash_free(t);
            pthread_mutex_lock(&p->mu);
            continue;
        }
        if (p->qn == 0)
            break;   /* stopping, and nothing left */
        batch *b = p->queue[p->qhead];
        size_t i = pool_claim(p, b);
        pthread_mutex_unlock(&p->mu);
        extract_one(b, i);
        pthread_mutex_lock(&p->mu);
        pool_done(p, b);
    }
    pthread_mutex_unlock(&p->mu);
    return NULL;
}

/* Start n worker threads; NULL when none could start (the caller extracts on its own). */
static pool *pool_start(int n)
{
    pool *p = calloc(1, sizeof(*p));
    if (!p)
        return NULL;
    pthread_mutex_init(&p->mu, NULL);
    pthread_cond_init(&p->work, NULL);
    pthread_cond_init(&p->done, NULL);
    for (int k = 0; k < n && k < 64; k++)
        if (pthread_create(&p->tid[p->n], NULL, pool_worker, p) == 0)
            p->n++;
    if (p->n == 0) {
        pthread_cond_destroy(&p->work);
        pthread_cond_destroy(&p->done);
        pthread_mutex_destroy(&p->mu);
        free(p);
        return NULL;
    }
    return p;
}

/* Stop the workers once every handed-over batch is claimed, and free the pool. */
static void pool_stop(pool *p)
{
    if (!p)
        return;
    pthread_mutex_lock(&p->mu);
    p->stop = true;
    pthread_cond_broadcast(&p->work);
    pthread_mutex_unlock(&p->mu);
    for (int k = 0; k < p->n; k++)
        pthread_join(p->tid[k], NULL);
    pthread_cond_destroy(&p->work);
    pthread_cond_destroy(&p->done);
    pthread_mutex_destroy(&p->mu);
    free(p);
}

/* Hand t over to the workers to free (or free it here, without them). */
static void pool_discard(pool *p, trash *t)
{
    if (!p) {
        trash_free(t);
        return;
    }
    pthread_mutex_lock(&p->mu);
    t->next = p->trash;
    p->trash = t;
    pthread_cond_signal(&p->work);
    pthread_mutex_unlock(&p->mu);
}

/* Hand b over for extraction: to the workers, or (without them) extract it here and now. */
static void batch_launch(run_ctx *ctx, batch *b)
{
    size_t n = b->n;
    memset(b->exs, 0, n * sizeof(*b->exs));
    memset(b->line_len, 0, n * sizeof(*b->line_len));
    memset(b->rcs, 0, n * sizeof(*b->rcs));
    b->lex = ctx->lex;
    b->want_lines = ctx->out != NULL;
    b->drop = ctx->out && !ctx->corpus && !ctx->table;
    b->next = b->done = 0;
    if (!ctx->pool) {
        double t0 = now_seconds();
        for (size_t i = 0; i < n; i++)
            extract_one(b, i);
        timings_add(ctx->tm, "extract", now_seconds() - t0);
        return;
    }
    pool *p = ctx->pool;
    pthread_mutex_lock(&p->mu);
    p->queue[(p->qhead + p->qn) % NSLOT] = b;
    p->qn++;
    pthread_cond_broadcast(&p->work);
    pthread_mutex_unlock(&p->mu);
}

/* Wait for b's extraction to end, extracting here what no worker has claimed yet. */
static void batch_finish(run_ctx *ctx, batch *b)
{
    if (!ctx->pool)
        return;   /* extracted when it was handed over */
    double t0 = now_seconds();
    pool *p = ctx->pool;
    pthread_mutex_lock(&p->mu);
    /* b is the oldest batch in flight: while it has documents left it is the queue's first */
    while (b->next < b->n) {
        size_t i = pool_claim(p, b);
        pthread_mutex_unlock(&p->mu);
        extract_one(b, i);
        pthread_mutex_lock(&p->mu);
        pool_done(p, b);
    }
    while (b->done < b->n)
        pthread_cond_wait(&p->done, &p->mu);
    pthread_mutex_unlock(&p->mu);
    timings_add(ctx->tm, "extract", now_seconds() - t0);
}

/* Emit b's documents in order; once one fails, the rest are only freed. */
static int batch_emit(run_ctx *ctx, batch *b, int rc)
{
    trash *t = malloc(sizeof(*t));
    for (size_t i = 0; i < b->n; i++) {
        int r = emit_extraction(ctx, b->docs[i], b->exs[i], b->lines[i], b->line_len[i], rc == 0 ? b->rcs[i] : rc);
        if (t) {
            t->docs[i] = b->docs[i];
            t->exs[i] = b->exs[i];
        } else {
            parley_extraction_free(b->exs[i]);
            parley_document_free(b->docs[i]);
        }
        b->docs[i] = NULL;   /* emitted: freed with t */
        b->exs[i] = NULL;
        if (b->line_cap[i] > LINE_KEEP)
            drop_line(b, i);
        if (rc == 0 && r < 0)
            rc = r;
    }
    if (t) {
        t->n = b->n;
        t->next = NULL;
        pool_discard(ctx->pool, t);
    }
    b->n = 0;
    return rc;
}

/* Finish and emit the oldest batch in flight. */
static int emit_oldest(run_ctx *ctx)
{
    batch *b = &ctx->slot[ctx->head];
    batch_finish(ctx, b);
    ctx->head = (ctx->head + 1) % NSLOT;
    ctx->inflight--;
    return batch_emit(ctx, b, 0);
}

/* The batch being read is full (or the input ended): hand it over, and emit the oldest once
 * every slot is taken. Batches are emitted whole and in order, so the output is the same for any
 * thread count. */
static int flush_batch(run_ctx *ctx)
{
    batch *b = &ctx->slot[(ctx->head + ctx->inflight) % NSLOT];
    if (b->n == 0)
        return 0;
    batch_launch(ctx, b);
    ctx->inflight++;
    /* on one thread the batch is already extracted: emitted while it is still in the caches */
    return ctx->inflight == NSLOT || !ctx->pool ? emit_oldest(ctx) : 0;
}

/* Extract and emit everything still waiting. */
static int drain_batches(run_ctx *ctx)
{
    int rc = flush_batch(ctx);
    while (rc == 0 && ctx->inflight)
        rc = emit_oldest(ctx);
    return rc;
}

/* After a failure: wait for the workers and free every waiting document and result. */
static void abandon_batches(run_ctx *ctx)
{
    for (size_t k = 0; k < ctx->inflight; k++)   /* only batches handed over may be extracting */
        batch_finish(ctx, &ctx->slot[(ctx->head + k) % NSLOT]);
    for (size_t s = 0; s < NSLOT; s++) {
        batch *b = &ctx->slot[s];
        for (size_t i = 0; i < b->n; i++) {
            parley_extraction_free(b->exs[i]);
            parley_document_free(b->docs[i]);
            b->exs[i] = NULL;
        }
        b->n = 0;
    }
    ctx->inflight = 0;
}

static int on_document(parley_document *doc, void *ud)
{
    run_ctx *ctx = ud;
    batch *b = &ctx->slot[(ctx->head + ctx->inflight) % NSLOT];
    b->docs[b->n++] = doc;
    return b->n == BATCH ? flush_batch(ctx) : 0;
}

static bool is_dir(const char *p)
{
    struct stat sb;
    return stat(p, &sb) == 0 && S_ISDIR(sb.st_mode);
}

/* The folder of the city cache: $PARLEY_CACHE_DIR, $XDG_CACHE_HOME/parley, ~/.cache/parley;
 * NULL when none can be named. The caller frees it. */
static char *cache_dir(void)
{
    const char *env = getenv("PARLEY_CACHE_DIR");
    if (env && *env)
        return parley_strdup(env);
    const char *base = getenv("XDG_CACHE_HOME"), *sub = "/parley";
    if (!base || !*base) {
        base = getenv("HOME");
        sub = "/.cache/parley";
        if (!base || !*base)
            return NULL;
        /* ~/.cache itself may be missing: make it first */
        size_t n = strlen(base) + 8;
        char *c = malloc(n);
        if (c) {
            snprintf(c, n, "%s/.cache", base);
            mkdir(c, 0777);
            free(c);
        }
    }
    size_t n = strlen(base) + strlen(sub) + 1;
    char *d = malloc(n);
    if (d)
        snprintf(d, n, "%s%s", base, sub);
    return d;
}

static int load_lexicons(parley_lexicon **out, const char *data_dir, char **extra, size_t n_extra, bool geonames,
                         bool cache)
{
    parley_lexicon *lex;
    int rc = parley_lexicon_new(&lex);
    if (rc < 0)
        return rc;
    const char *dir = data_dir;
    if (!dir) {
        const char *env = getenv("PARLEY_DATA_DIR");
        dir = env && *env ? env : is_dir(PARLEY_DATA_DIR) ? PARLEY_DATA_DIR : PARLEY_INSTALL_DATA_DIR;
    }
    rc = parley_lexicon_load_dir(lex, dir, stderr);
    for (size_t i = 0; i < n_extra && rc == 0; i++)
        rc = is_dir(extra[i]) ? parley_lexicon_load_dir(lex, extra[i], stderr)
                              : parley_lexicon_load_file(lex, extra[i], stderr);
    if (rc == 0 && geonames) {
        char *dir = cache ? cache_dir() : NULL;
        rc = parley_lexicon_load_geonames_cached(lex, dir);
        free(dir);
    }
    if (rc < 0) {
        parley_lexicon_free(lex);
        return rc;
    }
    *out = lex;
    return 0;
}

typedef struct {
    const char *output, *data_dir, *since, *until, *by;
    char **extra, **paths;
    size_t n_extra, n_paths;
    bool geonames, cache, quiet, explain, json;
    timings *tm;              /* --timings: the stage times, printed at the end (points to tm_store) */
    timings tm_store;
    size_t max_bytes;
    long top_n;
    int threads;
    parley_config cfg;        /* the configuration file's settings (own the strings above) */
} options;

static bool valid_window_date(const char *s)
{
    size_t n = strlen(s);
    if (n != 4 && n != 7 && n != 10)
        return false;
    for (size_t i = 0; i < n; i++)
        if ((i == 4 || i == 7) ? s[i] != '-' : (s[i] < '0' || s[i] > '9'))
            return false;
    return true;
}

/* Returns -1 to go on, or an exit status. */
static void usage_command(FILE *f, const char *cmd);

static int parse_options(options *o, const char *cmd, int argc, char **argv)
{
    memset(o, 0, sizeof(*o));
    o->tm = &o->tm_store;
    o->tm->start = o->tm->mark = now_seconds();
    o->geonames = true;
    o->cache = true;
    o->max_bytes = 10000000;
    o->by = "pagerank";
    o->top_n = 10;
    long cpus = sysconf(_SC_NPROCESSORS_ONLN);
    o->threads = cpus > 0 ? (int)(cpus > 64 ? 64 : cpus) : 1;
    o->cfg.geonames = o->cfg.quiet = -1;
    o->cfg.max_doc_bytes = -1;
    /* the configuration file: --config FILE, or ./parley.toml; the command line overrides it */
    const char *config = NULL;
    for (int i = 0; i + 1 < argc; i++)
        if (!strcmp(argv[i], "--config"))
            config = argv[i + 1];
    struct stat sb;
    if (!config && stat("parley.toml", &sb) == 0)
        config = "parley.toml";
    if (config && parley_config_load(&o->cfg, config, stderr) < 0)
        return EXIT_USAGE;
    o->extra = calloc((size_t)argc + o->cfg.n_lexicons + 1, sizeof(char *));
    o->paths = calloc((size_t)argc + 1, sizeof(char *));
    if (!o->extra || !o->paths)
        return EXIT_INTERNAL;
    for (size_t i = 0; i < o->cfg.n_lexicons; i++)
        o->extra[o->n_extra++] = o->cfg.lexicons[i];
    o->data_dir = o->cfg.data_dir;
    o->since = o->cfg.since;
    o->until = o->cfg.until;
    if (o->cfg.geonames >= 0)
        o->geonames = o->cfg.geonames;
    if (o->cfg.quiet >= 0)
        o->quiet = o->cfg.quiet;
    if (o->cfg.max_doc_bytes >= 0)
        o->max_bytes = (size_t)o->cfg.max_doc_bytes;
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            usage_command(stdout, cmd);
            return EXIT_OK;
        }
        if (!strcmp(a, "--config")) {
            i++;
            continue;
        }
        static const char *const valued[] = {"-o", "--output", "-l", "--lexicon", "--data-dir", "--max-doc-bytes",
                                             "--since", "--until", "--by", "-n", "-j", "--threads", NULL};
        int v;
        for (v = 0; valued[v]; v++)
            if (!strcmp(a, valued[v]))
                break;
        if (valued[v]) {
            if (i + 1 >= argc) {
                fprintf(stderr, "parley: %s needs a value (see parley --help)\n", a);
                return EXIT_USAGE;
            }
            const char *val = argv[++i];
            if (!strcmp(a, "-o") || !strcmp(a, "--output"))
                o->output = val;
            else if (!strcmp(a, "-l") || !strcmp(a, "--lexicon"))
                o->extra[o->n_extra++] = (char *)val;
            else if (!strcmp(a, "--data-dir"))
                o->data_dir = val;
            else if (!strcmp(a, "--since") || !strcmp(a, "--until")) {
                if (!valid_window_date(val)) {
                    fprintf(stderr, "parley: %s takes YYYY, YYYY-MM or YYYY-MM-DD, not '%s'\n", a, val);
                    return EXIT_USAGE;
                }
                if (a[2] == 's')
                    o->since = val;
                else
                    o->until = val;
            } else if (!strcmp(a, "--by")) {
                if (strcmp(val, "pagerank") && strcmp(val, "betweenness") && strcmp(val, "degree") && strcmp(val, "strength")) {
                    fprintf(stderr, "parley: --by takes pagerank, betweenness, degree or strength, not '%s'\n", val);
                    return EXIT_USAGE;
                }
                o->by = val;
            } else {
                char *end;
                errno = 0;
                unsigned long long m = strtoull(val, &end, 10);
                if (errno || *end || end == val || val[0] == '-') {
                    fprintf(stderr, "parley: %s takes a number, not '%s'\n", a, val);
                    return EXIT_USAGE;
                }
                if (!strcmp(a, "-n"))
                    o->top_n = (long)m;
                else if (!strcmp(a, "-j") || !strcmp(a, "--threads"))
                    o->threads = m < 1 ? 1 : m > 64 ? 64 : (int)m;
                else
                    o->max_bytes = (size_t)m;
            }
        } else if (!strcmp(a, "--no-geonames")) {
            o->geonames = false;
        } else if (!strcmp(a, "--no-cache")) {
            o->cache = false;
        } else if (!strcmp(a, "-q") || !strcmp(a, "--quiet")) {
            o->quiet = true;
        } else if (!strcmp(a, "--timings")) {
            if (o->tm)
                o->tm->on = true;
        } else if (!strcmp(a, "--explain-merges")) {
            o->explain = true;
        } else if (!strcmp(a, "--json")) {
            o->json = true;
        } else if (a[0] == '-' && a[1] != '\0') {
            fprintf(stderr, "parley: unknown option %s (see parley --help)\n", a);
            return EXIT_USAGE;
        } else {
            o->paths[o->n_paths++] = (char *)a;
        }
    }
    if (o->n_paths == 0) {
        fprintf(stderr, "parley: this command needs at least one PATH (a file, a folder or -)\n");
        return EXIT_USAGE;
    }
    return -1;
}

static void free_options(options *o)
{
    free(o->extra);
    free(o->paths);
    parley_config_free(&o->cfg);
}

/* Read every path through the pipeline; returns an exit status. */
static int run_inputs(const options *o, run_ctx *ctx, parley_reader_stats *st)
{
    int status = EXIT_OK;
    batch *slots = calloc(NSLOT, sizeof(batch));
    if (!slots) {
        fprintf(stderr, "parley: %s\n", parley_error_string(PARLEY_ENOMEM));
        return EXIT_INTERNAL;
    }
    ctx->slot = slots;
    ctx->head = ctx->inflight = 0;
    /* with more than one thread, workers and this thread, which reads, emits and extracts what no
     * worker has claimed: one worker fewer than threads for extraction alone (measured on two
     * cores: 2.69 s against 2.88 s for 100k articles), as many as threads when this thread also
     * resolves the corpus */
    int workers = o->threads - (ctx->corpus ? 0 : 1);
    ctx->pool = o->threads > 1 && workers > 0 ? pool_start(workers) : NULL;
    ctx->tm = o->tm;
    ctx->st = st;
    parley_progress progress;
    parley_progress_start(&progress, o->quiet, 0);
    if (progress.enabled)
        progress.total_bytes = parley_progress_measure(o->paths, o->n_paths);
    ctx->progress = &progress;
    int rc = 0;
    for (size_t i = 0; i < o->n_paths && rc >= 0; i++) {
        rc = parley_reader_read_raw(o->paths[i], on_document, ctx, st, stderr, o->max_bytes);
        if (rc == PARLEY_EIO) {   /* reported; the other paths are still read */
            status = EXIT_INPUT;
            rc = 0;
        }
    }
    /* what is still waiting is extracted, even when the last path was unreadable */
    if (rc >= 0)
        rc = drain_batches(ctx);
    if (rc < 0) {
        abandon_batches(ctx);
        pool_stop(ctx->pool);
        ctx->pool = NULL;
        slots_free(slots);
        parley_progress_end(&progress);
        ctx->progress = NULL;
        fprintf(stderr, "parley: %s\n", parley_error_string(rc));
        return ctx->out_rc ? EXIT_OUTPUT : EXIT_INTERNAL;
    }
    pool_stop(ctx->pool);
    ctx->pool = NULL;
    slots_free(slots);
    ctx->slot = NULL;
    parley_progress_end(&progress);
    ctx->progress = NULL;
    if (status == EXIT_OK && st->errors)
        status = EXIT_INPUT;
    return status;
}

static int cmd_extract(const char *cmd, int argc, char **argv)
{
    options o;
    int status = parse_options(&o, cmd, argc, argv);
    if (status >= 0) {
        free_options(&o);
        return status;
    }
    status = EXIT_OK;
    parley_lexicon *lex = NULL;
    int rc = load_lexicons(&lex, o.data_dir, o.extra, o.n_extra, o.geonames, o.cache);
    if (rc < 0) {
        fprintf(stderr, "parley: cannot load the lexicons: %s\n", parley_error_string(rc));
        free_options(&o);
        return EXIT_INPUT;
    }
    timings_lap(o.tm, "lexicons");
    parley_output out = {0};
    if (o.output && parley_output_open(&out, o.output) < 0) {
        fprintf(stderr, "parley: cannot write %s: %s\n", o.output, strerror(errno));
        parley_lexicon_free(lex);
        free_options(&o);
        return EXIT_OUTPUT;
    }
    int table = !strcmp(cmd, "entities") ? 1 : !strcmp(cmd, "events") ? 2 : 0;
    run_ctx ctx = {.lex = lex, .out = table ? NULL : o.output ? out.f : stdout, .table = table};
    parley_reader_stats st = {0};
    status = run_inputs(&o, &ctx, &st);
    timings_lap(o.tm, "read");
    if (o.output) {
        if (status == EXIT_OUTPUT || status == EXIT_INTERNAL) {
            parley_output_abort(&out);
            fprintf(stderr, "parley: cannot write %s; nothing was replaced\n", o.output);
        } else if (parley_output_commit(&out) < 0) {
            fprintf(stderr, "parley: cannot write %s: %s\n", o.output, strerror(errno));
            status = EXIT_OUTPUT;
        }
    } else if (fflush(stdout) != 0 || ferror(stdout)) {
        fprintf(stderr, "parley: cannot write the output: %s\n", strerror(errno));
        status = EXIT_OUTPUT;
    }
    timings_lap(o.tm, "write");
    if (!o.quiet)
        fprintf(stderr, "parley: %zu documents from %zu files, %zu warnings, %zu errors\n", st.documents, st.files,
                st.warnings, st.errors);
    timings_print(o.tm);
    parley_lexicon_free(lex);
    free_options(&o);
    return status;
}

static int mkdir_p(const char *dir)
{
    char *p = parley_strdup(dir);
    if (!p)
        return -1;
    for (char *s = p + 1; *s; s++)
        if (*s == '/') {
            *s = '\0';
            if (mkdir(p, 0777) != 0 && errno != EEXIST) {
                free(p);
                return -1;
            }
            *s = '/';
        }
    int rc = mkdir(p, 0777) != 0 && errno != EEXIST ? -1 : 0;
    free(p);
    return rc == 0 && is_dir(dir) ? 0 : -1;
}

/* Build the corpus and its analysed network; returns an exit status (EXIT_OK on success). */
static int make_network(const options *o, FILE *jsonl, parley_corpus **corpus, parley_network **net,
                        parley_reader_stats *st)
{
    parley_lexicon *lex = NULL;
    int rc = load_lexicons(&lex, o->data_dir, o->extra, o->n_extra, o->geonames, o->cache);
    if (rc < 0) {
        fprintf(stderr, "parley: cannot load the lexicons: %s\n", parley_error_string(rc));
        return EXIT_INPUT;
    }
    timings_lap(o->tm, "lexicons");
    if (parley_corpus_new(corpus) < 0) {
        parley_lexicon_free(lex);
        return EXIT_INTERNAL;
    }
    run_ctx ctx = {.lex = lex, .out = jsonl, .corpus = *corpus};
    int status = run_inputs(o, &ctx, st);
    parley_lexicon_free(lex);
    if (status == EXIT_OUTPUT || status == EXIT_INTERNAL)
        return status;
    if (st->documents == 0) {
        fprintf(stderr, "parley: no documents were read\n");
        return EXIT_INPUT;
    }
    timings_lap(o->tm, "read");
    rc = parley_network_build(net, *corpus, o->since, o->until);
    timings_lap(o->tm, "graph");
    if (rc == 0) {
        (*net)->threads = o->threads;
        rc = parley_network_analyse(*net);
    }
    timings_lap(o->tm, "analysis");
    if (rc < 0) {
        fprintf(stderr, "parley: cannot analyse the graph: %s\n", parley_error_string(rc));
        return EXIT_INTERNAL;
    }
    return status;
}

typedef int (*writer_fn)(FILE *f, const parley_network *net);

static int graphml_fn(FILE *f, const parley_network *net) { return parley_graphml_write(f, net); }
static int gexf_fn(FILE *f, const parley_network *net) { return parley_gexf_write(f, net); }
static int nodes_fn(FILE *f, const parley_network *net) { return parley_csv_gephi_nodes(f, net); }
static int edges_fn(FILE *f, const parley_network *net) { return parley_csv_gephi_edges(f, net); }
static int sql_fn(FILE *f, const parley_network *net) { return parley_sql_write(f, net); }

static const struct {
    const char *format, *file;
    writer_fn fn;
} writers[] = {
    {"graphml", "graph.graphml", graphml_fn}, {"gexf", "graph.gexf", gexf_fn}, {"nodes-csv", "nodes.csv", nodes_fn},
    {"edges-csv", "edges.csv", edges_fn},     {"sql", "graph.sql", sql_fn},
};
#define N_WRITERS (sizeof(writers) / sizeof(writers[0]))

/* The exports of build, written side by side: each job writes one file from the network and the
 * statistics, which no job changes. */
enum { JOB_JSON = N_WRITERS, JOB_STATS, JOB_HTML, JOB_MD, N_JOBS };

typedef struct {
    const parley_network *net;
    const parley_stats *stats;
    const parley_report_info *info;
    parley_output *outs;      /* one per job, by job number */
    int rc[N_JOBS];
    double seconds[N_JOBS];   /* each job's own wall-clock time */
    size_t next;              /* the next job to claim, in the order of export_order (under mu) */
    pthread_mutex_t mu;
} export_run;

/* The biggest files first, so that the two threads end together. */
static const int export_order[N_JOBS] = {1, 0, 4, JOB_JSON, JOB_STATS, JOB_HTML, 3, JOB_MD, 2};

static const char *export_file(int job)
{
    static const char *const extra[] = {"graph.json", "stats.json", "report.html", "report.md"};
    return job < (int)N_WRITERS ? writers[job].file : extra[job - N_WRITERS];
}

static void export_job(export_run *r, int job)
{
    double t0 = now_seconds();
    int rc;
    FILE *f = r->outs[job].f;
    if (job < (int)N_WRITERS) {
        rc = writers[job].fn(f, r->net);
    } else if (job == JOB_JSON) {
        rc = parley_json_graph_write(f, r->net);
    } else if (job == JOB_STATS) {
        rc = parley_stats_write(f, r->stats, &(parley_stats_run){r->info->warnings, r->info->errors});
    } else if (job == JOB_HTML) {
        rc = parley_report_html(f, r->net, r->stats, r->info);
    } else {
        rc = parley_report_markdown(f, r->net, r->stats, r->info);
    }
    if (rc == 0 && (fflush(f) != 0 || ferror(f)))
        rc = PARLEY_EOUTPUT;
    r->rc[job] = rc;
    r->seconds[job] = now_seconds() - t0;
}

/* Claim and run export jobs until none is left. */
static void *export_worker(void *arg)
{
    export_run *r = arg;
    for (;;) {
        pthread_mutex_lock(&r->mu);
        size_t k = r->next < N_JOBS ? r->next++ : N_JOBS;
        pthread_mutex_unlock(&r->mu);
        if (k == N_JOBS)
            return NULL;
        export_job(r, export_order[k]);
    }
}

/* Write every export of build into dir, on up to threads threads: all to temporary files, then
 * all renamed (none when one fails). Takes jl. With --timings, each file's line is the time of its
 * own writing (the files are written side by side, so these overlap) and "exports" is the time of
 * them all. */
static int write_exports(const char *dir, const parley_network *net, const parley_stats *stats,
                         parley_output *jl, const parley_report_info *info, int threads, timings *tm)
{
    parley_output outs[N_JOBS];
    size_t n = 0;
    char path[4096];
    int rc = 0;
    for (; n < N_JOBS && rc == 0; n++) {
        snprintf(path, sizeof(path), "%s/%s", dir, export_file((int)n));
        if (parley_output_open(&outs[n], path) < 0) {
            rc = PARLEY_EOUTPUT;
            break;
        }
    }
    if (rc == 0) {
        export_run r = {.net = net, .stats = stats, .info = info, .outs = outs};
        pthread_mutex_init(&r.mu, NULL);
        pthread_t tid[N_JOBS];
        bool started[N_JOBS] = {false};
        for (int t = 1; t < threads && t < N_JOBS; t++)
            started[t] = pthread_create(&tid[t], NULL, export_worker, &r) == 0;
        export_worker(&r);
        for (int t = 1; t < threads && t < N_JOBS; t++)
            if (started[t])
                pthread_join(tid[t], NULL);
        pthread_mutex_destroy(&r.mu);
        for (int j = 0; j < N_JOBS; j++) {
            if (rc == 0 && r.rc[j] < 0)
                rc = r.rc[j];
            if (tm && tm->on)
                stage_add(tm, export_file(j), r.seconds[j]);
        }
        timings_lap(tm, "exports");
    }
    /* the neo4j folder commits file by file: written once every other export is */
    if (rc == 0) {
        snprintf(path, sizeof(path), "%s/neo4j", dir);
        if (mkdir(path, 0777) != 0 && errno != EEXIST)
            rc = PARLEY_EOUTPUT;
        else
            rc = parley_csv_neo4j(path, net);
        timings_lap(tm, "neo4j/");
    }
    if (rc < 0) {
        for (size_t i = 0; i < n; i++)
            parley_output_abort(&outs[i]);
        parley_output_abort(jl);
        return rc;
    }
    for (size_t i = 0; i < n; i++)
        if (parley_output_commit(&outs[i]) < 0)
            rc = PARLEY_EOUTPUT;
    if (parley_output_commit(jl) < 0)
        rc = PARLEY_EOUTPUT;
    timings_lap(tm, "commit");
    return rc;
}

static int cmd_build(int argc, char **argv)
{
    const char *cmd = "build";
    options o;
    int status = parse_options(&o, cmd, argc, argv);
    if (status >= 0) {
        free_options(&o);
        return status;
    }
    if (!o.output) {
        fprintf(stderr, "parley: build needs -o DIR, the folder of its outputs\n");
        free_options(&o);
        return EXIT_USAGE;
    }
    if (mkdir_p(o.output) != 0) {
        fprintf(stderr, "parley: cannot create the folder %s: %s\n", o.output, strerror(errno));
        free_options(&o);
        return EXIT_OUTPUT;
    }
    char path[4096];
    snprintf(path, sizeof(path), "%s/extract.jsonl", o.output);
    parley_output jl;
    if (parley_output_open(&jl, path) < 0) {
        fprintf(stderr, "parley: cannot write %s: %s\n", path, strerror(errno));
        free_options(&o);
        return EXIT_OUTPUT;
    }
    parley_corpus *corpus = NULL;
    parley_network *net = NULL;
    parley_reader_stats st = {0};
    status = make_network(&o, jl.f, &corpus, &net, &st);
    parley_stats *stats = NULL;
    if (!net && (status == EXIT_OK || status == EXIT_INPUT))
        status = EXIT_INPUT;   /* nothing was built (the lexicons could not be loaded, no document) */
    if (net && (status == EXIT_OK || status == EXIT_INPUT)) {
        if (parley_stats_compute(&stats, net) < 0)
            status = EXIT_INTERNAL;
        timings_lap(o.tm, "stats");
    }
    /* every output is written to a temporary file first; all are renamed only when all were written */
    if (net && stats && (status == EXIT_OK || status == EXIT_INPUT)) {
        parley_report_info info = {st.documents, st.warnings, st.errors};
        int w = write_exports(o.output, net, stats, &jl, &info, o.threads, o.tm);
        if (w < 0) {
            fprintf(stderr, "parley: cannot write the outputs in %s: %s; the previous outputs are kept\n", o.output,
                    w == PARLEY_ENOMEM ? "out of memory" : strerror(errno));
            status = EXIT_OUTPUT;
        }
    } else {
        parley_output_abort(&jl);
    }
    if (corpus && status != EXIT_OUTPUT && status != EXIT_INTERNAL && o.explain) {
        for (size_t i = 0; i < corpus->n_nodes; i++)
            for (size_t k = 0; k < corpus->nodes[i].n_merges; k++)
                printf("%s: %s\n", corpus->nodes[i].id, corpus->nodes[i].merges[k]);
    }
    if (!o.quiet && corpus)
        fprintf(stderr, "parley: %zu documents, %zu nodes, %zu events, %zu edges; %zu warnings, %zu errors; wrote %s/\n",
                st.documents, corpus->n_nodes, corpus->n_events, net ? net->n_edges : 0, st.warnings, st.errors,
                o.output);
    timings_print(o.tm);
    parley_stats_free(stats);
    parley_network_free(net);
    parley_corpus_free(corpus);
    free_options(&o);
    return status;
}

static void print_stats_text(const parley_stats *s)
{
    printf("%zu documents, %zu meetings (%zu undated)\n\n", s->documents, s->meetings, s->undated_meetings);
    printf("%-28s %-28s %8s  %-10s  %-10s  %s\n", "person", "met", "meetings", "first", "last", "places");
    for (size_t i = 0; i < s->n_pairs; i++) {
        const parley_stats_pair *r = &s->pairs[i];
        char places[256] = "";
        for (size_t k = 0; k < r->places.n; k++) {
            if (k)
                strncat(places, ", ", sizeof(places) - strlen(places) - 1);
            strncat(places, r->places.items[k], sizeof(places) - strlen(places) - 1);
        }
        printf("%-28s %-28s %8zu  %-10s  %-10s  %s\n", r->a_label, r->b_label, r->meetings, r->first[0] ? r->first : "-",
               r->last[0] ? r->last : "-", places);
    }
    printf("\n%-28s %-16s %8s %12s\n", "person", "country", "meetings", "counterparts");
    for (size_t i = 0; i < s->n_people; i++) {
        const parley_stats_person *r = &s->people[i];
        printf("%-28s %-16s %8zu %12zu\n", r->label, r->country ? r->country : "-", r->meetings, r->counterparts.n);
    }
    printf("\n%-20s %-20s %-8s %8s\n", "country", "country", "year", "meetings");
    for (size_t i = 0; i < s->n_country_pairs; i++) {
        const parley_stats_country_pair *r = &s->country_pairs[i];
        printf("%-20s %-20s %-8s %8zu\n", r->a, r->b, r->year, r->meetings);
    }
    printf("\n%-8s %8s\n", "month", "meetings");
    for (size_t i = 0; i < s->n_timeline; i++)
        printf("%-8s %8zu\n", s->timeline[i].month, s->timeline[i].meetings);
}

static int cmd_stats_or_top(int argc, char **argv, bool top)
{
    const char *cmd = top ? "top" : "stats";
    options o;
    int status = parse_options(&o, cmd, argc, argv);
    if (status >= 0) {
        free_options(&o);
        return status;
    }
    parley_corpus *corpus = NULL;
    parley_network *net = NULL;
    parley_reader_stats st = {0};
    status = make_network(&o, NULL, &corpus, &net, &st);
    if (!net && status == EXIT_OK)
        status = EXIT_INPUT;
    if (net && (status == EXIT_OK || status == EXIT_INPUT)) {
        if (!top) {
            parley_stats *stats = NULL;
            if (parley_stats_compute(&stats, net) < 0)
                status = EXIT_INTERNAL;
            else if (o.json)
                status = parley_stats_write(stdout, stats, NULL) < 0 ? EXIT_OUTPUT : status;
            else
                print_stats_text(stats);
            parley_stats_free(stats);
        } else {
            /* people ranked by the measure on the who-met-whom projection */
            size_t n = corpus->n_nodes, k = 0;
            size_t *idx = malloc((n ? n : 1) * sizeof(size_t));
            double *val = malloc((n ? n : 1) * sizeof(double));
            for (size_t i = 0; idx && val && i < n; i++) {
                if (corpus->nodes[i].type != PARLEY_ENTITY_PERSON)
                    continue;
                const parley_node_metrics *m = &net->metrics[i];
                double v = !strcmp(o.by, "pagerank") ? m->m_pagerank : !strcmp(o.by, "betweenness") ? m->m_betweenness
                         : !strcmp(o.by, "degree") ? m->m_degree : m->m_strength;
                idx[k] = i;
                val[k++] = isfinite(v) ? v : -1;
            }
            /* stable selection sort by value, then id */
            for (size_t a = 0; idx && val && a < k; a++)
                for (size_t b = a + 1; b < k; b++)
                    if (val[b] > val[a] || (val[b] == val[a] && strcmp(corpus->nodes[idx[b]].id, corpus->nodes[idx[a]].id) < 0)) {
                        double tv = val[a]; val[a] = val[b]; val[b] = tv;
                        size_t ti = idx[a]; idx[a] = idx[b]; idx[b] = ti;
                    }
            printf("%4s  %-30s %-16s %12s\n", "rank", "person", "country", o.by);
            for (size_t a = 0; idx && val && a < k && (long)a < o.top_n; a++)
                printf("%4zu  %-30s %-16s %12.6g\n", a + 1, corpus->nodes[idx[a]].label,
                       corpus->nodes[idx[a]].country ? corpus->nodes[idx[a]].country : "-", val[a]);
            free(idx);
            free(val);
        }
    }
    parley_network_free(net);
    parley_corpus_free(corpus);
    free_options(&o);
    return status;
}

static int cmd_export(int argc, char **argv)
{
    const char *format = NULL;
    char **rest = calloc((size_t)argc + 1, sizeof(char *));
    int nr = 0;
    if (!rest)
        return EXIT_INTERNAL;
    for (int i = 0; i < argc; i++) {
        if ((!strcmp(argv[i], "--format") || !strcmp(argv[i], "-f")) && i + 1 < argc)
            format = argv[++i];
        else
            rest[nr++] = argv[i];
    }
    options o;
    int status = parse_options(&o, "export", nr, rest);
    free(rest);
    if (status >= 0) {
        free_options(&o);
        return status;
    }
    size_t w;
    bool json = format && (!strcmp(format, "json") || !strcmp(format, "stats"));
    for (w = 0; format && !json && w < N_WRITERS; w++)
        if (!strcmp(writers[w].format, format))
            break;
    if (!format || (!json && w == N_WRITERS) || !o.output) {
        fprintf(stderr, "parley: export needs --format (graphml, gexf, json, stats, nodes-csv, edges-csv, sql) and -o FILE\n");
        free_options(&o);
        return EXIT_USAGE;
    }
    parley_corpus *corpus = NULL;
    parley_network *net = NULL;
    parley_reader_stats st = {0};
    status = make_network(&o, NULL, &corpus, &net, &st);
    if (!net && status == EXIT_OK)
        status = EXIT_INPUT;
    if (net && (status == EXIT_OK || status == EXIT_INPUT)) {
        parley_output out;
        int rc = parley_output_open(&out, o.output);
        if (rc == 0) {
            if (json) {
                if (!strcmp(format, "json")) {
                    rc = parley_json_graph_write(out.f, net);
                } else {
                    parley_stats *st = NULL;
                    rc = parley_stats_compute(&st, net);
                    if (rc == 0)
                        rc = parley_stats_write(out.f, st, NULL);
                    parley_stats_free(st);
                }
            } else {
                rc = writers[w].fn(out.f, net);
            }
            rc = rc == 0 ? parley_output_commit(&out) : (parley_output_abort(&out), rc);
        }
        if (rc < 0) {
            fprintf(stderr, "parley: cannot write %s: %s\n", o.output, strerror(errno));
            status = EXIT_OUTPUT;
        }
    }
    parley_network_free(net);
    parley_corpus_free(corpus);
    free_options(&o);
    return status;
}

int main(int argc, char **argv)
{
    /* Documents are allocated and freed by the thousand: without padding, glibc gives the top
     * of the heap back to the system after each and faults the pages in again for the next
     * (a fifth of the time of a two-thread extraction went to the kernel). Settings of this
     * process, not of the library. */
#ifndef PARLEY_HAVE_MIMALLOC
    mallopt(M_TOP_PAD, 16 << 20);
    mallopt(M_TRIM_THRESHOLD, 64 << 20);
#endif
    if (argc < 2) {
        usage(stderr);
        return EXIT_USAGE;
    }
    const char *cmd = argv[1];
    if (!strcmp(cmd, "extract") || !strcmp(cmd, "entities") || !strcmp(cmd, "events"))
        return cmd_extract(cmd, argc - 2, argv + 2);
    if (!strcmp(cmd, "build"))
        return cmd_build(argc - 2, argv + 2);
    if (!strcmp(cmd, "export"))
        return cmd_export(argc - 2, argv + 2);
    if (!strcmp(cmd, "stats"))
        return cmd_stats_or_top(argc - 2, argv + 2, false);
    if (!strcmp(cmd, "top"))
        return cmd_stats_or_top(argc - 2, argv + 2, true);
    if (!strcmp(cmd, "version") || !strcmp(cmd, "--version")) {
        printf("parley %s\n", PARLEY_VERSION);
#ifdef PARLEY_HAVE_MIMALLOC
        int v = mi_version();
        printf("allocator: mimalloc %d.%d.%d\n", v / 100, v / 10 % 10, v % 10);
#else
        printf("allocator: system malloc\n");
#endif
        return EXIT_OK;
    }
    if (!strcmp(cmd, "help") || !strcmp(cmd, "--help") || !strcmp(cmd, "-h")) {
        usage(stdout);
        return EXIT_OK;
    }
    fprintf(stderr, "parley: unknown command '%s' (see parley --help)\n", cmd);
    return EXIT_USAGE;
}
