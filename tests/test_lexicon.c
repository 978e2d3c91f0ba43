#include <stdio.h>
#include <unistd.h>
#include "helpers.h"

static void test_countries_loaded(void **state)
{
    (void)state;
    parley_lexicon *lex = test_lexicon();
    assert_string_equal(parley_lexicon_country(lex, "Türkiye"), "Turkey");
    assert_string_equal(parley_lexicon_country(lex, "Georgian"), "Georgia");
    assert_string_equal(parley_lexicon_country(lex, "Kyrgyz"), "Kyrgyzstan");
    assert_string_equal(parley_lexicon_country(lex, "the UK"), "United Kingdom");
    assert_string_equal(parley_lexicon_country(lex, "Kosovo"), "Kosovo");
    assert_string_equal(parley_lexicon_country(lex, "Taiwan"), "Taiwan");
    assert_null(parley_lexicon_country(lex, "Atlantis"));
    /* capitals, seats of government and patronymics from the data files */
    const parley_lex_entry *c = parley_lexicon_capital_of(lex, "Kazakhstan");
    assert_non_null(c);
    assert_string_equal(c->canonical, "Astana");
    c = parley_lexicon_capital_of(lex, "Cote d'Ivoire");
    assert_non_null(c);
    assert_string_equal(c->canonical, "Yamoussoukro");
    assert_null(parley_lexicon_capital_of(lex, "Atlantis"));
    c = parley_lexicon_find(lex, PARLEY_LEX_SEAT, "white house", 11);
    assert_non_null(c);
    assert_string_equal(c->canonical, "Washington");
    assert_non_null(parley_lexicon_find(lex, PARLEY_LEX_PATRONYMIC, "uulu", 4));
}

static void test_cities_from_geonames(void **state)
{
    (void)state;
    parley_lexicon *lex = test_lexicon();
    const parley_lex_entry *e = parley_lexicon_find(lex, PARLEY_LEX_CITY, "tbilisi", 7);
    assert_non_null(e);
    assert_string_equal(e->country, "Georgia");
    assert_true(e->population > 500000);
    assert_true(parley_lexicon_size(lex) > 20000);
    /* two cities of one name: the bigger one (libgeonames lists Brazil's Colombo first) */
    e = parley_lexicon_find(lex, PARLEY_LEX_CITY, "colombo", 7);
    assert_non_null(e);
    assert_string_equal(e->country, "Sri Lanka");
    e = parley_lexicon_find(lex, PARLEY_LEX_CITY, "london", 6);
    assert_non_null(e);
    assert_string_equal(e->country, "United Kingdom");
    /* a soft sign written as an apostrophe ("Kazan’") is the name without it too, the bigger city */
    e = parley_lexicon_find(lex, PARLEY_LEX_CITY, "kazan", 5);
    assert_non_null(e);
    assert_string_equal(e->country, "Russia");
    assert_string_equal(e->canonical, "Kazan");
    /* every country name libgeonames gives is one of the lexicon's */
    assert_string_equal(parley_lexicon_country(lex, "Congo Republic"), "Republic of the Congo");
    assert_string_equal(parley_lexicon_country(lex, "Hong Kong S.A.R"), "Hong Kong");
    assert_string_equal(parley_lexicon_country(lex, "St Vincent and Grenadines"), "Saint Vincent and the Grenadines");
}

/* A place's other names ("Kiev" under Kyiv) are the same city; an extraction names it as the
 * first field does and takes the coordinates the city has under that name. */
static void test_place_other_names(void **state)
{
    (void)state;
    const parley_lex_entry *e = parley_lexicon_find(test_lexicon(), PARLEY_LEX_CITY, "kiev", 4);
    assert_non_null(e);
    assert_string_equal(e->canonical, "Kyiv");
    assert_string_equal(e->country, "Ukraine");
    test_doc t = test_extract("President John Abbot met President Jane Roe in Kiev on Monday. He returned to Kyiv "
                              "on Friday.", NULL);
    const parley_entity *k = find_ent(t.ex, PARLEY_ENTITY_LOCATION, "Kyiv");
    assert_non_null(k);
    assert_int_equal(k->n_mentions, 2);
    assert_true(k->has_coords);
    test_doc_free(&t);
}

static void test_acronym_case(void **state)
{
    (void)state;
    const parley_lex_entry *e = parley_lexicon_find(test_lexicon(), PARLEY_LEX_COUNTRY, "us", 2);
    assert_non_null(e);
    assert_true(e->need_exact);   /* "us" the pronoun never matches */
}

static void test_user_file_and_bad_line(void **state)
{
    (void)state;
    char path[] = "/tmp/parley-lexXXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    FILE *f = fdopen(fd, "w");
    fputs("office\tGrand Vizier\nnonsense\tline\n", f);
    fclose(f);
    parley_lexicon *lex;
    assert_int_equal(parley_lexicon_new(&lex), 0);
    char errbuf[512] = {0};
    FILE *err = fmemopen(errbuf, sizeof(errbuf), "w");
    assert_int_equal(parley_lexicon_load_file(lex, path, err), PARLEY_EINPUT);
    fclose(err);
    assert_non_null(strstr(errbuf, ":2:"));   /* file:line */
    assert_non_null(parley_lexicon_find(lex, PARLEY_LEX_OFFICE, "grand vizier", 12));
    parley_lexicon_free(lex);
    unlink(path);
    assert_int_equal(parley_lexicon_new(&lex), 0);
    assert_int_equal(parley_lexicon_load_file(lex, "/nonexistent/file.tsv", NULL), PARLEY_EIO);
    parley_lexicon_free(lex);
}

/* places.tsv's kind "dateline": the other names open a dateline for the city, and are no city */
static void test_dateline_kind(void **state)
{
    (void)state;
    const parley_lexicon *lex = test_lexicon();
    const parley_lex_entry *e = parley_lexicon_find(lex, PARLEY_LEX_DATELINE, "united nations", 14);
    assert_non_null(e);
    assert_string_equal(e->canonical, "New York");
    assert_null(parley_lexicon_find(lex, PARLEY_LEX_CITY, "united nations", 14));
    assert_null(parley_lexicon_find(lex, PARLEY_LEX_DATELINE, "new york", 8));
}

static void test_no_person_names(void **state)
{
    (void)state;
    /* the shipped lexicons hold no people: a famous name is unknown to them */
    parley_lexicon *lex = test_lexicon();
    assert_null(parley_lexicon_lookup(lex, "zakir hasanov", 13));
    assert_null(parley_lexicon_lookup(lex, "hasanov", 7));
}

static void test_probe_across_growth(void **state)
{
    (void)state;
    /* probes (which ask the Bloom filter first) find every key and every token prefix while the
     * table grows through many rehashes, and answer unknown keys as unknown */
    parley_lexicon *lex;
    assert_int_equal(parley_lexicon_new(&lex), 0);
    char phrase[64], key[64];
    for (int i = 0; i < 20000; i++) {
        snprintf(phrase, sizeof phrase, "Port W%d Bay", i);
        assert_int_equal(parley_lexicon_add(lex, PARLEY_LEX_CITY, phrase, NULL, NULL), 0);
    }
    bool known;
    for (int i = 0; i < 20000; i++) {
        int n = snprintf(key, sizeof key, "port w%d bay", i);
        const parley_lex_entry *e = parley_lexicon_probe(lex, key, (size_t)n, &known);
        assert_true(known);
        assert_non_null(e);
        n = snprintf(key, sizeof key, "port w%d", i);
        assert_null(parley_lexicon_probe(lex, key, (size_t)n, &known));
        assert_true(known);   /* a prefix: known, with no entry */
    }
    int unknown = 0;
    for (int i = 0; i < 20000; i++) {
        int n = snprintf(key, sizeof key, "port x%d bay", i);
        assert_null(parley_lexicon_probe(lex, key, (size_t)n, &known));
        unknown += !known;
    }
    assert_int_equal(unknown, 20000);
    parley_lexicon_free(lex);
}

/* The city cache gives the same lexicon as libgeonames: written on the first load, read on the
 * second; a damaged cache is replaced */
static void test_city_cache(void **state)
{
    (void)state;
    char dir[] = "/tmp/parley-cache-XXXXXX";
    assert_non_null(mkdtemp(dir));
    size_t sizes[3];
    for (int pass = 0; pass < 3; pass++) {
        parley_lexicon *lex;
        assert_int_equal(parley_lexicon_new(&lex), 0);
        assert_int_equal(parley_lexicon_load_dir(lex, PARLEY_TEST_DATA_DIR, stderr), 0);
        assert_int_equal(parley_lexicon_load_geonames_cached(lex, dir), 0);
        sizes[pass] = parley_lexicon_size(lex);
        const parley_lex_entry *e = parley_lexicon_find(lex, PARLEY_LEX_CITY, "colombo", 7);
        assert_non_null(e);
        assert_string_equal(e->country, "Sri Lanka");
        e = parley_lexicon_find(lex, PARLEY_LEX_CITY, "tbilisi", 7);
        assert_non_null(e);
        assert_true(e->lat > 41.6 && e->lat < 41.8 && e->population > 500000);
        assert_string_equal(parley_lexicon_country_of_code(lex, "ge"), "Georgia");
        /* (a country with no city in libgeonames: its code from the lexicon's country_code lines) */
        assert_string_equal(parley_lexicon_country_of_code(lex, "sg"), "Singapore");
        parley_lexicon_free(lex);
        if (pass == 1) {
            /* damage the cache: the next load falls back to libgeonames and writes it again */
            char cmd[128];
            snprintf(cmd, sizeof cmd, "truncate -s 300 %s/geonames-cities-*.tsv", dir);
            assert_int_equal(system(cmd), 0);
        }
    }
    assert_int_equal(sizes[0], sizes[1]);
    assert_int_equal(sizes[0], sizes[2]);
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    assert_int_equal(system(cmd), 0);
}

static void test_outlet_country(void **state)
{
    (void)state;
    parley_lexicon *lex;
    assert_int_equal(parley_lexicon_new(&lex), 0);
    assert_int_equal(parley_lexicon_load_dir(lex, PARLEY_TEST_DATA_DIR, stderr), 0);
    const char *h = "www.ndtv.com";
    const char *c = parley_lexicon_outlet_country(lex, h, strlen(h));
    assert_non_null(c);
    assert_string_equal(c, "India");
    h = "english.arynews.tv";
    c = parley_lexicon_outlet_country(lex, h, strlen(h));
    assert_non_null(c);
    assert_string_equal(c, "Pakistan");
    h = "www.example.com";
    assert_null(parley_lexicon_outlet_country(lex, h, strlen(h)));
    h = "com";
    assert_null(parley_lexicon_outlet_country(lex, h, strlen(h)));
    parley_lexicon_free(lex);
}

/* The file named name, holding content, is refused by the loader of a new lexicon with
 * file:line 1 said on the error stream. */
static void assert_first_line_refused(const char *name, const char *content)
{
    char dir[] = "/tmp/parley-lexdirXXXXXX";
    assert_non_null(mkdtemp(dir));
    char path[256];
    snprintf(path, sizeof(path), "%s/%s", dir, name);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(content, f);
    fclose(f);
    parley_lexicon *lex;
    assert_int_equal(parley_lexicon_new(&lex), 0);
    char errbuf[512] = {0};
    FILE *err = fmemopen(errbuf, sizeof(errbuf), "w");
    assert_int_equal(parley_lexicon_load_file(lex, path, err), PARLEY_EINPUT);
    fclose(err);
    assert_non_null(strstr(errbuf, ":1:"));
    parley_lexicon_free(lex);
    unlink(path);
    rmdir(dir);
}

/* A places file's line "Astana<TAB>capital" with no country: refused with file:line, no crash
 * (fuzz_lexicon found the read of the missing field) */
static void test_capital_without_country(void **state)
{
    (void)state;
    assert_first_line_refused("places.tsv", "Astana\tcapital\n");
}

/* A source named, not addressed: an outlet's name ("The Korea Herald", "Korea Herald"), an agency's
 * ("Yonhap"); an outlet's name is no phrase of the text ("Vanguard" matches nothing) */
static void test_source_country_by_name(void **state)
{
    (void)state;
    parley_lexicon *lex;
    assert_int_equal(parley_lexicon_new(&lex), 0);
    assert_int_equal(parley_lexicon_load_dir(lex, PARLEY_TEST_DATA_DIR, stderr), 0);
    bool agency = true;
    const char *c = parley_lexicon_source_country(lex, "The Korea Herald", &agency);
    assert_non_null(c);
    assert_string_equal(c, "South Korea");
    assert_false(agency);
    c = parley_lexicon_source_country(lex, "Korea Herald", &agency);
    assert_non_null(c);
    assert_string_equal(c, "South Korea");
    c = parley_lexicon_source_country(lex, "Yonhap", &agency);
    assert_non_null(c);
    assert_string_equal(c, "South Korea");
    assert_true(agency);
    assert_null(parley_lexicon_source_country(lex, "Some Blog", &agency));
    /* brackets are no part of the name: "ABC News (Australia)" is "ABC News Australia" */
    c = parley_lexicon_source_country(lex, "ABC News (Australia)", &agency);
    assert_non_null(c);
    assert_string_equal(c, "Australia");
    assert_false(agency);
    /* an outlet not listed may say its country in brackets ("The Star (Kenya)", "Gulf Today (UAE)");
     * brackets with no country say nothing */
    c = parley_lexicon_source_country(lex, "The Star (Kenya)", &agency);
    assert_non_null(c);
    assert_string_equal(c, "Kenya");
    c = parley_lexicon_source_country(lex, "Gulf Today (UAE)", &agency);
    assert_non_null(c);
    assert_string_equal(c, "United Arab Emirates");
    assert_null(parley_lexicon_source_country(lex, "Some Blog (Weekend)", &agency));
    /* an agency by its full name as well as by its short one: "Press Trust of India" is "PTI" */
    agency = false;
    c = parley_lexicon_source_country(lex, "Press Trust of India", &agency);
    assert_non_null(c);
    assert_string_equal(c, "India");
    assert_true(agency);
    assert_null(parley_lexicon_source_country(lex, "Some Press Agency", &agency));
    /* (the full name is no phrase of the text: "Press Trust of India" in a sentence is no agency) */
    assert_null(parley_lexicon_find(lex, PARLEY_LEX_AGENCY, "press trust of india", 20));
    /* a government's own body by its name: the country after its last "of" (official) */
    agency = false;
    c = parley_lexicon_source_country(lex, "Ministry of Foreign Affairs of the People's Republic of China", &agency);
    assert_non_null(c);
    assert_string_equal(c, "China");
    assert_true(agency);
    c = parley_lexicon_source_country(lex, "Office of the President of Ghana", &agency);
    assert_non_null(c);
    assert_string_equal(c, "Ghana");
    assert_null(parley_lexicon_source_country(lex, "Ministry of Truth", &agency));
    assert_null(parley_lexicon_source_country(lex, "Friends of Ghana", &agency));
    assert_null(parley_lexicon_lookup(lex, "vanguard", 8));
    parley_lexicon_free(lex);
}

/* "country_code<TAB>code<TAB>code<TAB>country": the country must be known and the code two letters;
 * a bad line is reported with its file and line, missing fields read nothing */
static void test_country_code_line(void **state)
{
    (void)state;
    /* (fuzz_lexicon found the read of a missing field: a line of the kind alone) */
    const char *bad[] = {"country_code\tzz\tzz\tNowhere\n", "country_code\tsg\n", "country_code\tsgp\tsgp\tSingapore\n",
                         "country_code\n"};
    for (size_t i = 0; i < 4; i++)
        assert_first_line_refused("codes.tsv", bad[i]);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_outlet_country), cmocka_unit_test(test_countries_loaded), cmocka_unit_test(test_cities_from_geonames),
        cmocka_unit_test(test_place_other_names), cmocka_unit_test(test_acronym_case), cmocka_unit_test(test_user_file_and_bad_line),
        cmocka_unit_test(test_no_person_names),
        cmocka_unit_test(test_country_code_line), cmocka_unit_test(test_dateline_kind), cmocka_unit_test(test_probe_across_growth), cmocka_unit_test(test_city_cache), cmocka_unit_test(test_capital_without_country), cmocka_unit_test(test_source_country_by_name),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
