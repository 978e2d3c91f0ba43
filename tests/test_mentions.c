#include "helpers.h"

static void test_types(void **state)
{
    (void)state;
    test_doc t = test_extract("Georgian Defense Minister Levan Izoria met NATO officials in Tbilisi. "
                              "Azerbaijani, Turkish and Georgian troops took part in the Eternity-2021 exercises.",
                              NULL);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Levan Izoria"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_COUNTRY, "Georgia"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_COUNTRY, "Turkey"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_LOCATION, "Tbilisi"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_ORGANIZATION, "North Atlantic Treaty Organization"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_EXERCISE, "Eternity-2021"));
    test_doc_free(&t);
}

static void test_people_need_context(void **state)
{
    (void)state;
    /* capitalised words with no title, rank or verb are not people */
    test_doc t = test_extract("The Baku Tbilisi Ceyhan pipeline and Boko Haram were mentioned.", NULL);
    assert_int_equal(count_type(t.ex, PARLEY_ENTITY_PERSON), 0);
    test_doc_free(&t);
}

static void test_titles_stripped(void **state)
{
    (void)state;
    test_doc t = test_extract("Colonel General Zakir Hasanov spoke. H.E. Mr. John Doe replied.", NULL);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Zakir Hasanov"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "John Doe"));
    test_doc_free(&t);
}

static void test_exercise_forms(void **state)
{
    (void)state;
    test_doc t = test_extract("Troops joined the Agile Spirit - 2021 drills and the Caucasian Eagle exercise. "
                              "The \"Birlestik-2024\" international command-staff exercise opened.", NULL);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_EXERCISE, "Agile Spirit-2021"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_EXERCISE, "Caucasian Eagle"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_EXERCISE, "Birlestik-2024"));
    test_doc_free(&t);
}

static void test_mention_offsets(void **state)
{
    (void)state;
    const char *s = "\xE2\x80\x9CYes,\xE2\x80\x9D said Minister Irakli Chikovani.";
    test_doc t = test_extract(s, NULL);
    const parley_entity *e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Irakli Chikovani");
    assert_non_null(e);
    const parley_mention *m = &t.ex->mentions[e->mentions[0]];
    size_t rs = parley_document_raw_offset(t.doc, m->start);
    assert_memory_equal(s + rs, "Irakli Chikovani", 16);
    test_doc_free(&t);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_types), cmocka_unit_test(test_people_need_context),
        cmocka_unit_test(test_titles_stripped), cmocka_unit_test(test_exercise_forms),
        cmocka_unit_test(test_mention_offsets),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
