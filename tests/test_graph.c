#define _GNU_SOURCE   /* RTLD_DEFAULT */
#include <dlfcn.h>
#include <math.h>
#include <string.h>
#include "helpers.h"
#include "corpus.h"
#include "network.h"
#include "stats.h"
#include "stats_json.h"
#include "json.h"

typedef struct {
    test_doc docs[8];
    size_t n;
    parley_corpus *c;
} fixture;

static void add_doc(fixture *f, const char *id, const char *text, const char *date)
{
    test_doc *t = &f->docs[f->n++];
    parley_document_meta meta = {date, NULL, NULL, NULL};
    assert_int_equal(parley_document_new(&t->doc, id, text, strlen(text), &meta), 0);
    assert_int_equal(parley_extract_document(&t->ex, test_lexicon(), t->doc), 0);
    if (!f->c)
        assert_int_equal(parley_corpus_new(&f->c), 0);
    assert_int_equal(parley_corpus_add(f->c, t->ex), 0);
}

static void fixture_free(fixture *f)
{
    for (size_t i = 0; i < f->n; i++)
        test_doc_free(&f->docs[i]);
    parley_corpus_free(f->c);
}

static size_t count_nodes(const parley_corpus *c, int type)
{
    size_t n = 0;
    for (size_t i = 0; i < c->n_nodes; i++)
        n += c->nodes[i].type == type;
    return n;
}

static void test_merge_variants(void **state)
{
    (void)state;
    fixture f = {0};
    add_doc(&f, "a", "Ethiopian Chief of Staff Field Marshal Birhanu Jula met Kenyan General Francis Ogolla.", "2024-02-29");
    add_doc(&f, "b", "Ethiopian Field Marshal Berhanu Jula met Kenyan General Francis Ogolla in Nairobi.", "2024-03-01");
    add_doc(&f, "c", "Colonel General Zakir Hasanov met Kenyan General Francis Ogolla.", "2024-03-02");
    assert_int_equal(count_nodes(f.c, PARLEY_ENTITY_PERSON), 3);
    int j = parley_corpus_find(f.c, "person:birhanu-jula");
    assert_true(j >= 0);
    assert_int_equal(f.c->nodes[j].n_documents, 2);
    assert_true(f.c->nodes[j].n_merges >= 1);     /* explained */
    fixture_free(&f);
}

static void test_conflicting_countries_stay_apart(void **state)
{
    (void)state;
    fixture f = {0};
    add_doc(&f, "a", "Ethiopian Field Marshal Birhanu Jula spoke.", NULL);
    add_doc(&f, "b", "Kenyan Field Marshal Berhanu Jula spoke.", NULL);
    add_doc(&f, "c", "Kenyan Field Marshal Birhanu Jula, not the other one, spoke.", NULL);
    add_doc(&f, "d", "Ugandan Field Marshal Birhanu Jula spoke too.", NULL);
    assert_int_equal(count_nodes(f.c, PARLEY_ENTITY_PERSON), 3);
    /* every node id is unique: the later namesakes are told apart by country */
    assert_string_equal(f.c->nodes[parley_corpus_find(f.c, "person:birhanu-jula")].country, "Ethiopia");
    assert_string_equal(f.c->nodes[parley_corpus_find(f.c, "person:berhanu-jula")].country, "Kenya");   /* and its variant */
    assert_string_equal(f.c->nodes[parley_corpus_find(f.c, "person:birhanu-jula-uganda")].country, "Uganda");
    for (size_t i = 0; i < f.c->n_nodes; i++)
        for (size_t j = i + 1; j < f.c->n_nodes; j++)
            assert_string_not_equal(f.c->nodes[i].id, f.c->nodes[j].id);
    fixture_free(&f);
}

static int person_of(const parley_corpus *c, const char *key, const char *country)
{
    for (size_t i = 0; i < c->n_nodes; i++)
        if (c->nodes[i].type == PARLEY_ENTITY_PERSON && strcmp(c->nodes[i].key, key) == 0 &&
            c->nodes[i].country && strcmp(c->nodes[i].country, country) == 0)
            return (int)i;
    return -1;
}

static void test_same_name_other_country_found(void **state)
{
    (void)state;
    /* the first "Birhanu Jula" is Ethiopian; a later Kenyan one is found by its whole name even
     * though the exact-name index points at the Ethiopian, and a spelling variant of the Kenyan
     * is found among Kenyans only */
    fixture f = {0};
    add_doc(&f, "a", "Ethiopian Field Marshal Birhanu Jula spoke.", NULL);
    add_doc(&f, "b", "Kenyan Field Marshal Birhanu Jula spoke.", NULL);
    add_doc(&f, "c", "Kenyan General Birhanu Jula spoke again.", NULL);
    add_doc(&f, "d", "Kenyan General Berhanu Jula spoke once more.", NULL);
    assert_int_equal(count_nodes(f.c, PARLEY_ENTITY_PERSON), 2);
    int e = person_of(f.c, "birhanu jula", "Ethiopia"), k = person_of(f.c, "birhanu jula", "Kenya");
    assert_true(e >= 0 && k >= 0);
    assert_int_equal(f.c->nodes[e].n_documents, 1);
    assert_int_equal(f.c->nodes[k].n_documents, 3);
    fixture_free(&f);
}

static void test_variant_of_a_person_given_a_country_later(void **state)
{
    (void)state;
    /* no country at first; once one is stated, variants are searched among that country's people */
    fixture f = {0};
    add_doc(&f, "a", "General Tamrat Abbotson spoke.", "2020-01-01");
    add_doc(&f, "b", "Kenyan General Tamrat Abbotson spoke.", "2020-02-01");
    add_doc(&f, "c", "Kenyan General Tamrat Abbottson spoke.", "2020-03-01");
    add_doc(&f, "d", "Ugandan General Tamrat Abbottson spoke.", "2020-04-01");
    assert_int_equal(count_nodes(f.c, PARLEY_ENTITY_PERSON), 2);
    int k = person_of(f.c, "tamrat abbotson", "Kenya");
    assert_true(k >= 0);
    assert_int_equal(f.c->nodes[k].n_documents, 3);
    assert_true(person_of(f.c, "tamrat abbottson", "Uganda") >= 0);
    fixture_free(&f);
}

static size_t count_meetings(const parley_corpus *c)
{
    size_t n = 0;
    for (size_t i = 0; i < c->n_events; i++)
        n += c->events[i].type == PARLEY_EVENT_MEETING;
    return n;
}

static void test_event_dedup(void **state)
{
    (void)state;
    fixture f = {0};
    add_doc(&f, "a", "President John Abbot met President Jane Roe in Paris on 2020-01-02.", NULL);
    add_doc(&f, "b", "President Jane Roe met President John Abbot in Paris on January 2.", "2020-01-05");
    add_doc(&f, "c", "President Jane Roe met President John Abbot in Rome on 2020-03-03.", NULL);
    assert_int_equal(count_meetings(f.c), 2);
    const parley_corpus_event *ev = &f.c->events[0];
    assert_string_equal(ev->date, "2020-01-02");
    assert_int_equal(ev->n_sources, 2);
    fixture_free(&f);
}

static const parley_node_metrics *metrics_of(const parley_network *net, const char *id)
{
    int i = parley_corpus_find(net->corpus, id);
    assert_true(i >= 0);
    return &net->metrics[i];
}

static void test_centralities_on_a_path(void **state)
{
    (void)state;
    fixture f = {0};
    add_doc(&f, "a", "President John Abbot met President Jane Roe in Paris on 2020-01-02.", NULL);
    add_doc(&f, "b", "President Jane Roe met President Mark Poe in Rome on 2020-02-03.", NULL);
    add_doc(&f, "c", "President Zed Qua said hello.", NULL);
    parley_network *net;
    assert_int_equal(parley_network_build(&net, f.c, NULL, NULL), 0);
    assert_int_equal(parley_network_analyse(net), 0);
    const parley_node_metrics *a = metrics_of(net, "person:john-abbot"), *r = metrics_of(net, "person:jane-roe"),
                              *q = metrics_of(net, "person:zed-qua");
    assert_true(fabs(r->m_betweenness - 1.0) < 1e-9);
    assert_true(fabs(a->m_betweenness) < 1e-9);
    assert_true(fabs(r->m_degree - 2) < 1e-9);
    assert_true(fabs(r->m_closeness - 1.0) < 1e-9);
    assert_true(fabs(a->m_closeness - 2.0 / 3.0) < 1e-9);
    assert_true(fabs(r->m_harmonic - 2.0 / 3.0) < 1e-9);  /* (1 + 1 + 0) / 3 other people */
    assert_true(fabs(a->m_harmonic - 0.5) < 1e-9);     /* (1 + 1/2) / 3 other nodes */
    assert_true(r->m_pagerank > a->m_pagerank);
    assert_int_equal(r->m_core, 1);
    /* an isolated person: closeness does not exist and is written as null, never NaN */
    assert_true(isnan(q->m_closeness));
    json_t *j = parley_json_real(q->m_closeness);
    assert_true(json_is_null(j));
    json_decref(j);
    /* the time window keeps only the January meeting */
    parley_network *win;
    assert_int_equal(parley_network_build(&win, f.c, "2020-01", "2020-01-31"), 0);
    size_t meetings = 0;
    for (size_t i = 0; i < win->n_edges; i++)
        meetings += win->edges[i].type == PARLEY_EDGE_MEETING;
    assert_int_equal(meetings, 1);
    parley_network_free(win);
    json_t *stats;
    assert_int_equal(parley_stats_build(&stats, net), 0);
    assert_int_equal(json_array_size(json_object_get(stats, "pairs")), 2);
    json_decref(stats);
    parley_network_free(net);
    fixture_free(&f);
}

static void test_repeatable_communities(void **state)
{
    (void)state;
    fixture f = {0};
    add_doc(&f, "a", "President John Abbot met President Jane Roe in Paris. President Mark Poe met President Ann Lee in Rome.", NULL);
    int first[64];
    for (int run = 0; run < 2; run++) {
        parley_network *net;
        assert_int_equal(parley_network_build(&net, f.c, NULL, NULL), 0);
        assert_int_equal(parley_network_analyse(net), 0);
        for (size_t i = 0; i < f.c->n_nodes && i < 64; i++) {
            if (run == 0)
                first[i] = net->metrics[i].m_community;
            else
                assert_int_equal(first[i], net->metrics[i].m_community);
        }
        const parley_node_metrics *a = metrics_of(net, "person:john-abbot"), *b = metrics_of(net, "person:jane-roe"),
                                  *c = metrics_of(net, "person:mark-poe");
        assert_int_equal(a->m_community, b->m_community);
        assert_int_not_equal(a->m_community, c->m_community);
        parley_network_free(net);
    }
    fixture_free(&f);
}

static void test_stats_text_is_the_tree(void **state)
{
    (void)state;
    /* stats.json is written row by row; its text is what Jansson writes for the same tree */
    fixture f = {0};
    add_doc(&f, "a", "President John Abbot met President Jane Roe in Paris on 2020-01-02. Kenyan President Mark Poe "
                     "met Ugandan President Ann Lee.", "2020-01-03");
    add_doc(&f, "b", "President Jane Roe met President John Abbot and President Mark Poe in Rome on 2021-05-06.", NULL);
    add_doc(&f, "c", "Ethiopian Field Marshal Birhanu Jula met Kenyan Field Marshal Birhanu Jula in \"Addis\" Ababa.", NULL);
    parley_network *net;
    assert_int_equal(parley_network_build(&net, f.c, NULL, NULL), 0);
    assert_int_equal(parley_network_analyse(net), 0);
    parley_stats *st;
    assert_int_equal(parley_stats_compute(&st, net), 0);
    assert_true(st->n_pairs >= 3);
    assert_true(st->n_timeline >= 2);
    json_t *tree;
    assert_int_equal(parley_stats_to_json(&tree, st), 0);
    char *want = json_dumps(tree, JSON_INDENT(1) | JSON_PRESERVE_ORDER);
    char *got = NULL;
    size_t n = 0;
    FILE *m = open_memstream(&got, &n);
    assert_int_equal(parley_stats_write(m, st, NULL), 0);
    fclose(m);
    assert_int_equal(n, strlen(want) + 1);
    assert_memory_equal(got, want, strlen(want));
    assert_int_equal(got[n - 1], '\n');
    /* the run's counts close the summary */
    free(got);
    m = open_memstream(&got, &n);
    assert_int_equal(parley_stats_write(m, st, &(parley_stats_run){3, 1}), 0);
    fclose(m);
    json_t *back = json_loads(got, 0, NULL);
    assert_non_null(back);
    assert_int_equal(json_integer_value(json_object_get(json_object_get(back, "summary"), "warnings")), 3);
    assert_int_equal(json_integer_value(json_object_get(json_object_get(back, "summary"), "input_errors")), 1);
    json_decref(back);
    free(got);
    free(want);
    json_decref(tree);
    parley_stats_free(st);
    parley_network_free(net);
    fixture_free(&f);
}

static void test_analysis_is_repeatable(void **state)
{
    (void)state;
    /* igraph's OpenMP loops would sum in a different order from run to run: the analysis runs
     * them on one thread */
    fixture f = {0};
    add_doc(&f, "a", "President John Abbot met President Jane Roe in Paris. President Mark Poe met President Ann Lee in Rome.", NULL);
    parley_network *net;
    assert_int_equal(parley_network_build(&net, f.c, NULL, NULL), 0);
    assert_int_equal(parley_network_analyse(net), 0);
    void *sym = dlsym(RTLD_DEFAULT, "omp_get_max_threads");
    if (sym) {
        int (*max_threads)(void);
        memcpy(&max_threads, &sym, sizeof(max_threads));
        assert_int_equal(max_threads(), 1);
    }
    parley_network_free(net);
    fixture_free(&f);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_merge_variants), cmocka_unit_test(test_conflicting_countries_stay_apart),
        cmocka_unit_test(test_event_dedup), cmocka_unit_test(test_centralities_on_a_path),
        cmocka_unit_test(test_repeatable_communities), cmocka_unit_test(test_same_name_other_country_found),
        cmocka_unit_test(test_variant_of_a_person_given_a_country_later), cmocka_unit_test(test_analysis_is_repeatable),
        cmocka_unit_test(test_stats_text_is_the_tree),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
