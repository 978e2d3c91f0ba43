#include "helpers.h"

static const parley_event *meeting(test_doc *t, const char *a, const char *b)
{
    return find_meeting(t->ex, PARLEY_EVENT_MEETING, a, b);
}

static void test_met_with_date_place(void **state)
{
    (void)state;
    test_doc t = test_extract("The Minister of Defense of Azerbaijan, Zakir Hasanov, who is paying an official visit "
                              "to Tbilisi, met with his Georgian counterpart, Levan Izoria, on May 22.", NULL);
    const parley_event *ev = meeting(&t, "Zakir Hasanov", "Levan Izoria");
    assert_non_null(ev);
    assert_string_equal(ev->date, "--05-22");
    assert_non_null(ev->evidence);
    assert_string_equal(t.ex->entities[ev->place].name, "Tbilisi");
    assert_int_equal(ev->status, PARLEY_STATUS_OCCURRED);
    test_doc_free(&t);
}

static void test_relative_dates(void **state)
{
    (void)state;
    test_doc t = test_extract("Defense Minister John Abbot met Foreign Minister Jane Roe in Baku on Monday.",
                              "2024-06-12");
    const parley_event *ev = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_string_equal(ev->date, "2024-06-10");
    test_doc_free(&t);
    t = test_extract("Defense Minister John Abbot met Foreign Minister Jane Roe in Baku yesterday.", "2024-03-01");
    assert_string_equal(meeting(&t, "John Abbot", "Jane Roe")->date, "2024-02-29");
    test_doc_free(&t);
    t = test_extract("Defense Minister John Abbot met Foreign Minister Jane Roe in Baku on Monday.", NULL);
    assert_string_equal(meeting(&t, "John Abbot", "Jane Roe")->date, "");
    test_doc_free(&t);
}

static void test_not_meetings(void **state)
{
    (void)state;
    const char *texts[] = {
        "President Ilham Aliyev had a phone call with Prime Minister Nikol Pashinyan.",
        "President Ilham Aliyev will meet Prime Minister Nikol Pashinyan next week.",
        "President Ilham Aliyev invited Prime Minister Nikol Pashinyan to visit Baku.",
        "President Ilham Aliyev praised Prime Minister Nikol Pashinyan.",
    };
    for (size_t i = 0; i < sizeof(texts) / sizeof(texts[0]); i++) {
        test_doc t = test_extract(texts[i], "2024-01-10");
        const parley_event *ev = meeting(&t, "Ilham Aliyev", "Nikol Pashinyan");
        if (ev && ev->status == PARLEY_STATUS_OCCURRED)
            fail_msg("a meeting was found in: %s", texts[i]);
        test_doc_free(&t);
    }
    test_doc t = test_extract(texts[0], NULL);
    assert_non_null(find_meeting(t.ex, PARLEY_EVENT_CALL, "Ilham Aliyev", "Nikol Pashinyan"));
    test_doc_free(&t);
}

static void test_separate_meetings(void **state)
{
    (void)state;
    test_doc t = test_extract("In separate meetings, Minister Hulusi Akar met with Mauritanian Defense Minister Hanena "
                              "Ould Sidi and Chad's Defense Minister General Brahim Daoud Yaya.", NULL);
    assert_non_null(meeting(&t, "Hulusi Akar", "Hanena Ould Sidi"));
    assert_non_null(meeting(&t, "Hulusi Akar", "Brahim Daoud Yaya"));
    assert_null(meeting(&t, "Hanena Ould Sidi", "Brahim Daoud Yaya"));
    test_doc_free(&t);
}

static void test_mentioned_again(void **state)
{
    (void)state;
    test_doc t = test_extract("Defense Minister John Abbot met Foreign Minister Jane Roe on March 5. During the meeting, "
                              "Minister Abbot and Minister Roe discussed trade. The meeting was held in Baku.", NULL);
    size_t meetings = 0;
    for (size_t i = 0; i < t.ex->n_events; i++)
        meetings += t.ex->events[i].type == PARLEY_EVENT_MEETING;
    assert_int_equal(meetings, 1);
    test_doc_free(&t);
}

static void test_agreement(void **state)
{
    (void)state;
    test_doc t = test_extract("Defense Ministries of Azerbaijan and Georgia have signed a Bilateral Cooperation Plan "
                              "for 2020. The Plan was signed during the meeting between Defense Minister John Abbot "
                              "and his counterpart Jane Roe in Tbilisi on January 21.", "2020-01-24");
    size_t n = 0;
    const parley_event *ag = NULL;
    for (size_t i = 0; i < t.ex->n_events; i++)
        if (t.ex->events[i].type == PARLEY_EVENT_AGREEMENT) {
            n++;
            ag = &t.ex->events[i];
        }
    assert_int_equal(n, 1);
    assert_string_equal(ag->name, "Bilateral Cooperation Plan for 2020");
    assert_string_equal(ag->date, "2020-01-21");
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    test_doc_free(&t);
    t = test_extract("The two ministers plan to sign a defence agreement next month.", NULL);
    for (size_t i = 0; i < t.ex->n_events; i++)
        if (t.ex->events[i].type == PARLEY_EVENT_AGREEMENT)
            assert_int_equal(t.ex->events[i].status, PARLEY_STATUS_PLANNED);
    test_doc_free(&t);
}

static void test_joined(void **state)
{
    (void)state;
    test_doc t = test_extract("Foreign Minister Jeyhun Bayramov received the Ambassador of Portugal Paula Leal da Silva. "
                              "The Honorary Consul of Portugal Murad Rahimov also took part in the meeting.", NULL);
    const parley_event *ev = meeting(&t, "Jeyhun Bayramov", "Murad Rahimov");
    assert_non_null(ev);
    assert_int_equal(ev->n_participants, 3);
    test_doc_free(&t);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_met_with_date_place), cmocka_unit_test(test_relative_dates),
        cmocka_unit_test(test_not_meetings),        cmocka_unit_test(test_separate_meetings),
        cmocka_unit_test(test_mentioned_again),     cmocka_unit_test(test_agreement),
        cmocka_unit_test(test_joined),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
