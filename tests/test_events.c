#include <stdio.h>
#include "helpers.h"

static const parley_event *meeting(test_doc *t, const char *a, const char *b)
{
    return find_meeting(t->ex, PARLEY_EVENT_MEETING, a, b);
}

/* The last agreement found, or NULL. */
static const parley_event *last_agreement(const test_doc *t)
{
    const parley_event *ag = NULL;
    for (size_t i = 0; i < t->ex->n_events; i++)
        if (t->ex->events[i].type == PARLEY_EVENT_AGREEMENT)
            ag = &t->ex->events[i];
    return ag;
}

/* The person named name is of no country, or of another than not. */
static void pe_country_not(const test_doc *t, const char *name, const char *not)
{
    const parley_entity *e = find_ent(t->ex, PARLEY_ENTITY_PERSON, name);
    assert_non_null(e);
    assert_true(!e->country || strcmp(e->country, not) != 0);
}

/* The place of event ev is the entity named name. */
static void assert_place(const test_doc *t, const parley_event *ev, const char *name)
{
    assert_non_null(ev);
    assert_true(ev->place >= 0);
    assert_string_equal(t->ex->entities[ev->place].name, name);
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

static void check_date(const char *when, const char *pub, const char *want)
{
    char text[256];
    snprintf(text, sizeof(text), "Defense Minister John Abbot met Foreign Minister Jane Roe in Baku %s.", when);
    test_doc t = test_extract(text, pub);
    const parley_event *ev = meeting(&t, "John Abbot", "Jane Roe");
    if (!ev)
        fail_msg("no meeting in: %s", text);
    if (strcmp(ev->date, want) != 0)
        fail_msg("'%s' (published %s): got '%s', want '%s'", when, pub ? pub : "-", ev->date, want);
    test_doc_free(&t);
}

static void test_date_forms(void **state)
{
    (void)state;
    check_date("on the 4th of March", "2019-03-06", "2019-03-04");
    check_date("this week", "2025-06-12", "2025-06");   /* some day of the week: its month */
    check_date("earlier this week", "2025-07-02", "2025-06");   /* a week that began in June */
    check_date("on January 21", "2020-01-24", "2020-01-21");
    check_date("on January 21", NULL, "--01-21");
    check_date("on December 30", "2021-01-03", "2020-12-30");      /* not after publication */
    check_date("on 21 January 2020", NULL, "2020-01-21");
    check_date("on Jan. 21", "2020-02-01", "2020-01-21");
    check_date("on 26/12/2023", NULL, "2023-12-26");
    check_date("on 2020-01-21", NULL, "2020-01-21");
    check_date("on August 7, 2015", NULL, "2015-08-07");
    check_date("on 25th Nov, 2020", NULL, "2020-11-25");
    check_date("in June 2019", NULL, "2019-06");
    check_date("in 2019", NULL, "2019");
    check_date("today", "2022-11-30", "2022-11-30");
    check_date("yesterday", "2021-01-01", "2020-12-31");
    check_date("on Sunday", "2021-01-01", "2020-12-27");          /* across a year end */
    check_date("on Friday", "2021-01-01", "2021-01-01");
    check_date("on Tuesday (May 30)", "2023-06-02", "2023-05-30");
    check_date("earlier this month", "2023-06-20", "2023-06");
    check_date("on Monday", NULL, "");
}

/* A planned meeting's weekday or month and day lie ahead of the publication date. */
static void check_planned(const char *when, const char *pub, const char *want)
{
    char text[256];
    snprintf(text, sizeof(text), "Defense Minister John Abbot is scheduled to meet Foreign Minister Jane Roe %s.", when);
    test_doc t = test_extract(text, pub);
    const parley_event *ev = find_meeting(t.ex, PARLEY_EVENT_MEETING, "John Abbot", "Jane Roe");
    if (!ev)
        fail_msg("no meeting in: %s", text);
    assert_int_equal(ev->status, PARLEY_STATUS_PLANNED);
    if (strcmp(ev->date, want) != 0)
        fail_msg("planned '%s' (published %s): got '%s', want '%s'", when, pub, ev->date, want);
    test_doc_free(&t);
}

static void test_planned_dates(void **state)
{
    (void)state;
    check_planned("on Thursday", "2022-11-02", "2022-11-03");          /* published on a Wednesday */
    check_planned("on Wednesday", "2022-11-02", "2022-11-02");
    check_planned("on Tuesday", "2022-11-02", "2022-11-08");
    check_planned("on December 5", "2022-11-02", "2022-12-05");
    check_planned("on January 10", "2022-12-20", "2023-01-10");
    check_planned("on 5 December 2021", "2022-11-02", "2021-12-05");   /* a stated year stands */
    check_planned("next month", "2022-12-20", "2023-01");
    check_date("last month", "2023-01-10", "2022-12");
    check_date("in June", "2023-10-05", "2023-06");
    check_date("in November", "2023-10-05", "2022-11");
    {
        /* "the day before" a meeting told before */
        test_doc t = test_extract("Defence Minister John Abbot hosted General Jane Roe on June 8. The day before, "
                                  "the General met with Major General Max Mustermann.", "2022-06-09");
        const parley_event *ev = find_meeting(t.ex, PARLEY_EVENT_MEETING, "Jane Roe", "Max Mustermann");
        assert_non_null(ev);
        assert_string_equal(ev->date, "2022-06-07");
        test_doc_free(&t);
        /* "the Turkish minister" stays the Turkish minister in focus, not the minister named last */
        t = test_extract("Turkish Defense Minister John Abbot met Chad's Defense Minister Jane Roe. The Turkish "
                         "minister also met with Sri Lankan Defense Secretary Max Mustermann.", "2022-06-09");
        assert_non_null(find_meeting(t.ex, PARLEY_EVENT_MEETING, "John Abbot", "Max Mustermann"));
        assert_null(find_meeting(t.ex, PARLEY_EVENT_MEETING, "Jane Roe", "Max Mustermann"));
        test_doc_free(&t);
    }
    check_planned("next year", "2022-12-20", "2023");
    /* what happened keeps looking back */
    check_date("on Thursday", "2022-11-02", "2022-10-27");
}

static void test_places(void **state)
{
    (void)state;
    const char *texts[][2] = {
        {"Defense Minister John Abbot met Foreign Minister Jane Roe at NATO headquarters in Brussels.", "Brussels"},
        {"Defense Minister John Abbot, who is on an official visit to Georgia, met Foreign Minister Jane Roe.", "Georgia"},
        {"The meeting of Defense Minister John Abbot and Foreign Minister Jane Roe was held in Gabala.", "Gabala"},
    };
    for (size_t i = 0; i < sizeof(texts) / sizeof(texts[0]); i++) {
        test_doc t = test_extract(texts[i][0], NULL);
        const parley_event *ev = meeting(&t, "John Abbot", "Jane Roe");
        if (!ev || ev->place < 0 || strcmp(t.ex->entities[ev->place].name, texts[i][1]) != 0)
            fail_msg("no place %s in: %s", texts[i][1], texts[i][0]);
        test_doc_free(&t);
    }
}

static void test_courtesy_and_passive(void **state)
{
    (void)state;
    const char *texts[] = {
        "Foreign Minister Jane Roe paid a courtesy call on Defense Minister John Abbot.",
        "Foreign Minister Jane Roe was received by Defense Minister John Abbot.",
        "A meeting between Defense Minister John Abbot and Foreign Minister Jane Roe took place.",
        "Defense Minister John Abbot hosted Foreign Minister Jane Roe.",
    };
    for (size_t i = 0; i < sizeof(texts) / sizeof(texts[0]); i++) {
        test_doc t = test_extract(texts[i], NULL);
        const parley_event *ev = meeting(&t, "John Abbot", "Jane Roe");
        if (!ev || ev->status != PARLEY_STATUS_OCCURRED)
            fail_msg("no meeting in: %s", texts[i]);
        test_doc_free(&t);
    }
}

static void test_exercise_participants(void **state)
{
    (void)state;
    test_doc t = test_extract("Azerbaijani personnel joined the Agile Spirit - 2021 drills in Georgia. Troops from "
                              "Poland, Romania and Turkey participated in the drills.", NULL);
    const parley_event *ev = NULL;
    for (size_t i = 0; i < t.ex->n_events; i++)
        if (t.ex->events[i].type == PARLEY_EVENT_EXERCISE)
            ev = &t.ex->events[i];
    assert_non_null(ev);
    assert_string_equal(t.ex->entities[ev->participants[0]].name, "Agile Spirit-2021");
    assert_int_equal(ev->n_participants, 5);   /* the exercise, Azerbaijan, Poland, Romania, Turkey; not Georgia */
    test_doc_free(&t);
    /* "take part" in the present tense */
    t = test_extract("The joint Georgian-American exercise Noble Partner 2017 opened today. Servicemen from Germany "
                     "and Armenia take part in the exercise.", NULL);
    ev = NULL;
    for (size_t i = 0; i < t.ex->n_events; i++)
        if (t.ex->events[i].type == PARLEY_EVENT_EXERCISE)
            ev = &t.ex->events[i];
    assert_non_null(ev);
    assert_int_equal(ev->n_participants, 5);   /* the exercise, Georgia, the United States, Germany, Armenia */
    test_doc_free(&t);
    /* two exercises in one sentence: each with its clause's countries; a quoted name holds a slash */
    t = test_extract("Chinese and Russian warships began joint naval drills codenamed \"Northern/Interaction-2023\" "
                     "in the Sea of Japan, while India and France held their annual Varuna naval exercise.", NULL);
    size_t seen = 0;
    for (size_t i = 0; i < t.ex->n_events; i++)
        if (t.ex->events[i].type == PARLEY_EVENT_EXERCISE) {
            assert_int_equal(t.ex->events[i].n_participants, 3);
            seen++;
        }
    assert_int_equal(seen, 2);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_EXERCISE, "Northern/Interaction-2023"));
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
    {
        /* "informed that the sides signed": the agreement of the meeting just told, on its day */
        test_doc t = test_extract("Minister of Defense of Armenia Davit Tonoyan received today the Deputy Minister of "
                                  "Defense of Greece Alkiviadis Stefanis. The ministry informed that the sides "
                                  "signed the bilateral military cooperation program for 2020.", "2020-02-26");
        const parley_event *ag = last_agreement(&t);
        assert_non_null(ag);
        assert_string_equal(ag->date, "2020-02-26");
        test_doc_free(&t);
        /* a passive with a long subject; nobody named as signing: the meeting's people */
        t = test_extract("Defence Minister John Abbot held talks with Defence Minister Jane Roe in Seoul on Thursday. A "
                         "Memorandum of Understanding on extending logistical support to each other's navies was also "
                         "exchanged in the presence of the two Ministers.", "2019-09-06");
        const parley_event *mou = find_meeting(t.ex, PARLEY_EVENT_AGREEMENT, "John Abbot", "Jane Roe");
        assert_non_null(mou);
        assert_string_equal(mou->date, "2019-09-05");
        test_doc_free(&t);
    }
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
    {
        /* a verb or a date ends a document's name */
        test_doc u = test_extract("A memorandum on military cooperation was signed between the Ministries of Defence "
                                  "of Georgia and Azerbaijan. Turkey and Georgia signed an agreement on financial "
                                  "cooperation on Tuesday.", "2021-03-04");
        size_t named = 0;
        for (size_t i = 0; i < u.ex->n_events; i++)
            if (u.ex->events[i].type == PARLEY_EVENT_AGREEMENT && u.ex->events[i].name)
                named += strcmp(u.ex->events[i].name, "memorandum on military cooperation") == 0 ||
                         strcmp(u.ex->events[i].name, "agreement on financial cooperation") == 0;
        assert_int_equal(named, 2);
        test_doc_free(&u);
    }
    assert_string_equal(ag->date, "2020-01-21");
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    test_doc_free(&t);
    t = test_extract("The two ministers plan to sign a defence agreement next month.", NULL);
    for (size_t i = 0; i < t.ex->n_events; i++)
        if (t.ex->events[i].type == PARLEY_EVENT_AGREEMENT)
            assert_int_equal(t.ex->events[i].status, PARLEY_STATUS_PLANNED);
    test_doc_free(&t);
}

static bool has_participant(const test_doc *t, const parley_event *ev, const char *name)
{
    for (size_t i = 0; i < ev->n_participants; i++)
        if (strcmp(t->ex->entities[ev->participants[i]].name, name) == 0)
            return true;
    return false;
}

/* "the ministers", "both sides", "the speakers": the people of the meeting just told */
static void test_group_reference(void **state)
{
    (void)state;
    test_doc t = test_extract("Kazakh Defence Minister John Abbot held talks with his Uzbek counterpart Jane Roe in "
                              "Astana on Tuesday. Following the talks, the ministers signed a plan of military "
                              "cooperation for 2023.", "2023-03-14");
    const parley_event *ag = last_agreement(&t);
    assert_non_null(ag);
    assert_true(has_participant(&t, ag, "John Abbot") && has_participant(&t, ag, "Jane Roe"));
    assert_string_equal(ag->date, "2023-03-14");
    test_doc_free(&t);
    t = test_extract("Speaker John Abbot and Speaker Jane Roe met in Baku on Monday. Later, President Max Mustermann "
                     "received the speakers.", "2024-06-12");
    assert_non_null(meeting(&t, "Max Mustermann", "John Abbot"));
    assert_non_null(meeting(&t, "Max Mustermann", "Jane Roe"));
    test_doc_free(&t);
    /* "the two sides" are the article's first meeting of two, not a later courtesy call */
    t = test_extract("Minister of Defence John Abbot met his Armenian counterpart Jane Roe in Tbilisi. Roe also met "
                     "Prime Minister Max Mustermann. The two sides also signed a cooperation plan.", NULL);
    const parley_event *plan = NULL;
    for (size_t i = 0; i < t.ex->n_events; i++)
        if (t.ex->events[i].type == PARLEY_EVENT_AGREEMENT)
            plan = &t.ex->events[i];
    assert_non_null(plan);
    assert_true(has_participant(&t, plan, "John Abbot") && has_participant(&t, plan, "Jane Roe"));
    assert_false(has_participant(&t, plan, "Max Mustermann"));
    test_doc_free(&t);
    /* the plural phrase must be the subject of the meeting words, not of a clause before them */
    t = test_extract("Minister of Defence John Abbot met his counterpart Jane Roe in Tbilisi. The parties further "
                     "underlined that these relations, which meet mutual interests, serve peace.", NULL);
    size_t meetings = 0;
    for (size_t i = 0; i < t.ex->n_events; i++)
        meetings += t.ex->events[i].type == PARLEY_EVENT_MEETING;
    assert_int_equal(meetings, 1);
    test_doc_free(&t);
    /* no meeting before: nobody to refer to */
    t = test_extract("Later, President Max Mustermann received the speakers.", "2024-06-12");
    assert_int_equal(t.ex->n_events, 0);
    test_doc_free(&t);
    /* a call is no meeting to refer to, and the phrase must be the subject */
    t = test_extract("Speaker John Abbot spoke by phone with Speaker Jane Roe. The agreement the ministers "
                     "signed was published.", NULL);
    for (size_t i = 0; i < t.ex->n_events; i++)
        if (t.ex->events[i].type == PARLEY_EVENT_AGREEMENT)
            assert_int_equal(t.ex->events[i].n_participants, 0);
    test_doc_free(&t);
}

/* The source a sentence ends with is no participant */
static void test_reporter_not_participant(void **state)
{
    (void)state;
    test_doc t = test_extract("Foreign Minister John Abbot met his counterpart Jane Roe in Moscow, Foreign Ministry "
                              "spokeswoman Maria Zakharova said on Thursday.", NULL);
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    assert_null(meeting(&t, "John Abbot", "Maria Zakharova"));
    test_doc_free(&t);
    t = test_extract("Foreign Minister John Abbot met his counterpart Jane Roe in Moscow, said spokeswoman Maria "
                     "Zakharova.", NULL);
    assert_null(meeting(&t, "John Abbot", "Maria Zakharova"));
    test_doc_free(&t);
    /* a participant who speaks stays one */
    t = test_extract("Foreign Minister John Abbot met his counterpart Jane Roe and Deputy Minister Maria Zakharova, "
                     "who said they agreed.", NULL);
    assert_non_null(meeting(&t, "John Abbot", "Maria Zakharova"));
    test_doc_free(&t);
}

/* A summit told without named pairs gives its place to the meetings on its margins; "The
 * Secretary General" is the person last named; a trilateral meeting joins all three */
static void test_summit_margins(void **state)
{
    (void)state;
    test_doc t = test_extract("NATO Secretary General Jens Stoltenberg chaired a meeting of Allied Defence Ministers "
                              "in Brussels on Wednesday. On the margins of the meeting, Mr. Stoltenberg met with the "
                              "Defence Minister of Georgia Levan Izoria. The Secretary General also held a trilateral "
                              "meeting with Ukrainian Defence Minister Stepan Poltorak and Georgian Defence Minister "
                              "Levan Izoria.", "2019-06-26");
    const parley_event *ev = meeting(&t, "Jens Stoltenberg", "Levan Izoria");
    assert_non_null(ev);
    assert_string_equal(t.ex->entities[ev->place].name, "Brussels");
    assert_non_null(meeting(&t, "Jens Stoltenberg", "Stepan Poltorak"));
    assert_non_null(meeting(&t, "Stepan Poltorak", "Levan Izoria"));
    /* an international organisation's officer gets no guessed country */
    assert_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Jens Stoltenberg")->country);
    assert_string_equal(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Jens Stoltenberg")->title, "NATO Secretary General");
    test_doc_free(&t);
}

/* "dialogue between A and B and their American counterparts C and D": all four met; D is found
 * through "and" and shares C's plural role */
static void test_dialogue_between(void **state)
{
    (void)state;
    test_doc t = test_extract("India and the US today signed the agreement at the inaugural 2+2 dialogue between "
                              "External Affairs Minister Sushma Swaraj and Defence Minister Nirmala Sitharaman and "
                              "their American counterparts Mike Pompeo and James Mattis.", "2018-09-06");
    assert_non_null(meeting(&t, "Sushma Swaraj", "James Mattis"));
    assert_non_null(meeting(&t, "Mike Pompeo", "Nirmala Sitharaman"));
    assert_string_equal(find_ent(t.ex, PARLEY_ENTITY_PERSON, "James Mattis")->country, "United States");
    assert_string_equal(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Sushma Swaraj")->title, "External Affairs Minister");
    test_doc_free(&t);
}

/* "On September 14, the Kazakh leader held talks with X": the person in focus after an opening
 * phrase; "The Heads of State signed" right after a meeting are that meeting's people */
static void test_opening_phrase_and_near_group(void **state)
{
    (void)state;
    test_doc t = test_extract("Kazakh President John Abbot met with President of Uzbekistan Jane Roe in Samarkand. "
                              "Abbot invited Roe to visit Kazakhstan. On September 14, the Kazakh leader held talks "
                              "with Chinese President Xi Jinping in Astana. The Heads of State signed a joint "
                              "statement. He discussed trade, energy and transport with Prime Minister Max Mustermann.",
                              "2022-09-15");
    assert_non_null(meeting(&t, "John Abbot", "Xi Jinping"));
    /* a sentence opening with "He" keeps its subject though a comma follows */
    assert_non_null(meeting(&t, "John Abbot", "Max Mustermann"));
    const parley_event *ag = last_agreement(&t);
    assert_non_null(ag);
    assert_true(has_participant(&t, ag, "Xi Jinping"));
    assert_false(has_participant(&t, ag, "Jane Roe"));
    test_doc_free(&t);
}

/* Long Arabic names with hyphenated articles stay whole; "His Highness the Amir" is the person
 * in focus */
static void test_long_names_and_styles(void **state)
{
    (void)state;
    test_doc t = test_extract("KUWAIT, Oct 2 (KUNA) -- His Highness the Amir Sheikh Nawaf Al-Ahmad Al-Jaber Al-Sabah "
                              "received on Friday at Bayan Palace His Highness the Crown Prince Sheikh Mishal Al-Ahmad "
                              "Al-Jaber Al-Sabah. His Highness the Amir also received His Highness Sheikh Sabah "
                              "Al-Khaled Al-Hamad Al-Sabah, the Prime Minister.", NULL);
    assert_non_null(meeting(&t, "Nawaf Al-Ahmad Al-Jaber Al-Sabah", "Mishal Al-Ahmad Al-Jaber Al-Sabah"));
    assert_non_null(meeting(&t, "Nawaf Al-Ahmad Al-Jaber Al-Sabah", "Sabah Al-Khaled Al-Hamad Al-Sabah"));
    assert_null(meeting(&t, "Mishal Al-Ahmad Al-Jaber Al-Sabah", "Sabah Al-Khaled Al-Hamad Al-Sabah"));
    test_doc_free(&t);
}

/* A cancelled meeting is none; "The two ministers last met in Islamabad in June" after a
 * planned visit is a past meeting of the two; a lone surname is the person whose surname it is */
static void test_cancelled_and_past(void **state)
{
    (void)state;
    test_doc t = test_extract("Defence Minister John Abbot is set to visit Ankara next week, where he is expected to "
                              "meet his Turkish counterpart Jane Roe. The two ministers last met in Islamabad in June. "
                              "A meeting between Foreign Minister Bilal Khan and his Afghan counterpart Max Khan "
                              "Muttaqi, scheduled for Monday, was cancelled. Earlier this year, Khan had met Iranian "
                              "Foreign Minister Erika Musterfrau in Tehran.", "2023-10-05");
    const parley_event *past = NULL;
    for (size_t i = 0; i < t.ex->n_events; i++) {
        const parley_event *ev = &t.ex->events[i];
        if (ev->type == PARLEY_EVENT_MEETING && ev->status == PARLEY_STATUS_OCCURRED && has_participant(&t, ev, "Jane Roe"))
            past = ev;
    }
    assert_non_null(past);
    assert_string_equal(past->date, "2023-06");
    assert_null(meeting(&t, "Bilal Khan", "Max Khan Muttaqi"));
    const parley_event *tehran = meeting(&t, "Bilal Khan", "Erika Musterfrau");
    assert_non_null(tehran);
    assert_string_equal(tehran->date, "2023");
    test_doc_free(&t);
    /* congratulations between two who met are said at the meeting, not on the phone */
    t = test_extract("Foreign Minister John Abbot has met with Foreign Minister of Lithuania Jane Roe. Roe "
                     "congratulated Abbot on the summit.", NULL);
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    assert_null(find_meeting(t.ex, PARLEY_EVENT_CALL, "John Abbot", "Jane Roe"));
    test_doc_free(&t);
    t = test_extract("Foreign Minister John Abbot congratulated Foreign Minister Jane Roe on her election.", NULL);
    assert_non_null(find_meeting(t.ex, PARLEY_EVENT_CALL, "John Abbot", "Jane Roe"));
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
    /* "was attended by" joins; whoever sends greetings is not there */
    t = test_extract("Crown Prince John Abbot today received Egyptian Foreign Minister Jane Roe, who conveyed greetings "
                     "from President Max Mustermann. The meeting was attended by National Security Advisor Erika "
                     "Musterfrau.", NULL);
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    assert_non_null(meeting(&t, "John Abbot", "Erika Musterfrau"));
    assert_null(meeting(&t, "John Abbot", "Max Mustermann"));
    assert_string_equal(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Max Mustermann")->country, "Egypt");
    test_doc_free(&t);
    /* a visit that delivers a message is a meeting; "was accompanied by" joins it */
    t = test_extract("President John Abbot on Tuesday received in Accra the Vice President of Nigeria, Professor "
                     "Jane Roe, who delivered a special message from President Max Mustermann. The Vice President "
                     "was accompanied by Ambassador Erika Musterfrau.", NULL);
    const parley_event *ev2 = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(ev2);
    assert_int_equal(ev2->type, PARLEY_EVENT_MEETING);
    assert_null(find_meeting(t.ex, PARLEY_EVENT_CALL, "John Abbot", "Max Mustermann"));
    assert_null(meeting(&t, "John Abbot", "Max Mustermann"));
    assert_non_null(meeting(&t, "John Abbot", "Erika Musterfrau"));
    assert_string_equal(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Max Mustermann")->country, "Nigeria");
    test_doc_free(&t);
    /* "The Kazakh official also held talks with X": the Kazakh guest, not the host in focus */
    t = test_extract("Belarus President John Abbot met with Secretary of the Security Council of Kazakhstan Jane Roe. "
                     "The Kazakh official also held talks with State Secretary Max Mustermann.", NULL);
    assert_non_null(meeting(&t, "Jane Roe", "Max Mustermann"));
    assert_null(meeting(&t, "John Abbot", "Max Mustermann"));
    test_doc_free(&t);
    /* "X hosted A and B ... The three ministers discussed": one meeting of three */
    t = test_extract("Secretary John Abbot hosted Foreign Minister Jane Roe and Foreign Minister Max Mustermann at the "
                     "State Department on Wednesday. The three ministers discussed the accords.", "2020-11-18");
    const parley_event *three = meeting(&t, "Jane Roe", "Max Mustermann");
    assert_non_null(three);
    assert_int_equal(three->n_participants, 3);
    size_t n_meetings = 0;
    for (size_t i = 0; i < t.ex->n_events; i++)
        n_meetings += t.ex->events[i].type == PARLEY_EVENT_MEETING;
    assert_int_equal(n_meetings, 1);
    test_doc_free(&t);
    /* "Talks were held between A and B"; earlier agreements referred to are no signing; an
     * agreement's own date comes before its meeting's */
    t = test_extract("Talks were held between Foreign Minister John Abbot and Foreign Minister Jane Roe in Addis Ababa "
                     "today. The two officials discussed the implementation of the agreements signed between the two "
                     "countries. They signed a memorandum on trade in 2019.", "2022-08-10");
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    size_t n_ag = 0;
    for (size_t i = 0; i < t.ex->n_events; i++)
        if (t.ex->events[i].type == PARLEY_EVENT_AGREEMENT) {
            n_ag++;
            assert_string_equal(t.ex->events[i].date, "2019");
        }
    assert_int_equal(n_ag, 1);
    test_doc_free(&t);
    /* "on October 6" written on October 5: tomorrow's meeting, planned, not last year's */
    t = test_extract("The meeting between Prime Minister John Abbot and President Jane Roe in Prague on October 6 "
                     "could be a turning point.", "2022-10-05");
    const parley_event *up = find_meeting(t.ex, PARLEY_EVENT_MEETING, "John Abbot", "Jane Roe");
    assert_non_null(up);
    assert_int_equal(up->status, PARLEY_STATUS_PLANNED);
    assert_string_equal(up->date, "2022-10-06");
    test_doc_free(&t);
    /* "are due to meet again in November": planned, this year's November */
    t = test_extract("President John Abbot received President Jane Roe on Monday. The two presidents are due to meet "
                     "again in November.", "2022-06-20");
    const parley_event *nov = find_meeting(t.ex, PARLEY_EVENT_MEETING, "John Abbot", "Jane Roe");
    assert_non_null(nov);
    bool planned_nov = false;
    for (size_t i = 0; i < t.ex->n_events; i++)
        planned_nov |= t.ex->events[i].status == PARLEY_STATUS_PLANNED && !strcmp(t.ex->events[i].date, "2022-11");
    assert_true(planned_nov);
    test_doc_free(&t);
    /* "X, who arrived in Y on Wednesday, was also received by Z": it happened */
    t = test_extract("Defence Minister John Abbot signed a plan in Yerevan on Thursday. Abbot, who arrived in Armenia on "
                     "Wednesday, was also received by Prime Minister Jane Roe.", "2020-01-09");
    const parley_event *rec = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(rec);
    assert_int_equal(rec->status, PARLEY_STATUS_OCCURRED);
    test_doc_free(&t);
    /* the subject of ", who met" is the person right before it */
    t = test_extract("Foreign Minister John Abbot is accompanying President Jane Roe, who met President Max "
                     "Mustermann on Friday.", "2023-04-18");
    assert_non_null(meeting(&t, "Jane Roe", "Max Mustermann"));
    assert_null(meeting(&t, "John Abbot", "Max Mustermann"));
    test_doc_free(&t);
    /* "A and B discussed the situation in X" right after their meeting: no new meeting in X */
    t = test_extract("Minister John Abbot received Minister Jane Roe in Paris on Wednesday. Abbot and Roe discussed the "
                     "situation in Libya.", "2019-10-17");
    size_t n_m = 0;
    for (size_t i = 0; i < t.ex->n_events; i++)
        n_m += t.ex->events[i].type == PARLEY_EVENT_MEETING;
    assert_int_equal(n_m, 1);
    test_doc_free(&t);
    /* a message handed over is delivered in person; "The signing was witnessed by" joins */
    t = test_extract("President John Abbot met Foreign Minister Jane Roe in Dushanbe. Roe handed over a message from "
                     "President Max Mustermann to Abbot. The meeting was witnessed by Ambassador Erika Musterfrau.",
                     NULL);
    for (size_t i = 0; i < t.ex->n_events; i++)
        assert_int_not_equal(t.ex->events[i].type, PARLEY_EVENT_CALL);
    assert_non_null(meeting(&t, "John Abbot", "Erika Musterfrau"));
    test_doc_free(&t);
    /* "The parties discussed the situation in X": the meeting told, not a new one in X */
    t = test_extract("Chairman John Abbot was received by Defence Minister Jane Roe in Dushanbe. The parties discussed "
                     "the situation in Afghanistan. Following the talks, the heads of the defense departments signed "
                     "a plan of bilateral military cooperation for 2022.", "2021-10-12");
    size_t meetings = 0;
    for (size_t i = 0; i < t.ex->n_events; i++)
        meetings += t.ex->events[i].type == PARLEY_EVENT_MEETING;
    assert_int_equal(meetings, 1);
    assert_string_equal(t.ex->entities[meeting(&t, "John Abbot", "Jane Roe")->place].name, "Dushanbe");
    assert_non_null(find_meeting(t.ex, PARLEY_EVENT_AGREEMENT, "John Abbot", "Jane Roe"));
    test_doc_free(&t);
    /* "also attended" another event joins no meeting; "also attended the ceremony" just told does */
    t = test_extract("Defense Minister John Abbot met his counterpart Jane Roe in Baku on Wednesday. Abbot, "
                     "accompanied by General Max Mustermann, also attended the closing ceremony of the drills.",
                     "2021-09-30");
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    assert_null(meeting(&t, "Jane Roe", "Max Mustermann"));
    test_doc_free(&t);
    t = test_extract("President John Abbot welcomed President Jane Roe with an official ceremony. First lady Erika "
                     "Musterfrau also attended the ceremony.", NULL);
    assert_non_null(meeting(&t, "Jane Roe", "Erika Musterfrau"));
    test_doc_free(&t);
}

/* "he met A in Beijing in 1971 and hosted B in Dakar in 1978": each clause its date and place;
 * with "he" unknown, A and B never meet each other */
static void test_clauses_of_their_own(void **state)
{
    (void)state;
    test_doc t = test_extract("Former Senegalese Foreign Minister John Abbot died. As foreign minister he met Chinese "
                              "Premier Jane Roe in Beijing in 1971 and hosted French President Max Mustermann in Dakar "
                              "in 1978.", NULL);
    const parley_event *ev = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_string_equal(ev->date, "1971");
    assert_string_equal(t.ex->entities[ev->place].name, "Beijing");
    ev = meeting(&t, "John Abbot", "Max Mustermann");
    assert_non_null(ev);
    assert_string_equal(ev->date, "1978");
    assert_string_equal(t.ex->entities[ev->place].name, "Dakar");
    test_doc_free(&t);
    t = test_extract("He met Chinese Premier Jane Roe in Beijing in 1971 and hosted French President Max Mustermann "
                     "in Dakar in 1978.", NULL);
    assert_null(meeting(&t, "Jane Roe", "Max Mustermann"));
    test_doc_free(&t);
    /* "Later that day, the two leaders attended a meeting of the council, joined by A and B": the
     * pair of the meeting told before, with A and B */
    t = test_extract("President John Abbot held talks with President Jane Roe on January 29. Later that day, the two "
                     "leaders attended a meeting of the Supreme State Council, joined by Prime Minister Max Mustermann "
                     "and Prime Minister Erika Svensson.", "2024-01-29");
    assert_non_null(meeting(&t, "John Abbot", "Max Mustermann"));
    assert_non_null(meeting(&t, "Jane Roe", "Erika Svensson"));
    test_doc_free(&t);
}

/* "President X's special envoy, Y, met Z": X is not at the meeting; "X's meeting with Y" is X's */
static void test_owner_is_not_there(void **state)
{
    (void)state;
    test_doc t = test_extract("President John Abbot's special envoy, Jane Roe, met Prime Minister Max Mustermann in "
                              "Apia. Roe's meeting with President Erika Musterfrau followed.", NULL);
    assert_non_null(meeting(&t, "Jane Roe", "Max Mustermann"));
    assert_null(meeting(&t, "John Abbot", "Max Mustermann"));
    assert_non_null(meeting(&t, "Jane Roe", "Erika Musterfrau"));
    test_doc_free(&t);
}

/* "Talks were held today between A and B"; "summoned X over the death of Y": X only */
static void test_passive_talks_and_summons(void **state)
{
    (void)state;
    test_doc t = test_extract("Talks were held today between Foreign Minister John Abbot and Foreign Minister Jane "
                              "Roe. Minister Max Mustermann summoned Russia's ambassador, Erika Musterfrau, on "
                              "Monday over the death of opposition politician Otto Normal.", "2024-03-05");
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    assert_non_null(meeting(&t, "Max Mustermann", "Erika Musterfrau"));
    assert_null(meeting(&t, "Max Mustermann", "Otto Normal"));
    test_doc_free(&t);
}

/* "accepted a courtesy visit from X"; a camp named alone is in the dateline's city */
static void test_courtesy_visit_and_camp(void **state)
{
    (void)state;
    {
        /* with no dateline, a palace named alone is in the city of the meeting told before */
        test_doc p = test_extract("Secretary John Abbot met Secretary Jane Roe in Manila on Tuesday. Secretary Abbot "
                                  "also met with President Max Mustermann at Malacanang Palace.", "2024-07-30");
        const parley_event *pe = meeting(&p, "John Abbot", "Max Mustermann");
        assert_non_null(pe);
        assert_string_equal(p.ex->entities[pe->place].name, "Manila");
        test_doc_free(&p);
    }
    test_doc t = test_extract("MANILA - President John Abbot accepted a courtesy visit from Deputy Prime Minister "
                              "Jane Roe at Camp Aguinaldo on Tuesday.", "2023-02-08");
    const parley_event *ev = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_string_equal(t.ex->entities[ev->place].name, "Manila");
    test_doc_free(&t);
}

/* "A and B, meeting in X on Thursday, agreed"; "X told Y during their meeting"; "would sign" */
static void test_participle_their_meeting_and_modal_signing(void **state)
{
    (void)state;
    test_doc t = test_extract("Minister John Abbot and his Australian counterpart Jane Roe, meeting in New Delhi on "
                              "Thursday, agreed to cooperate. Abbot told Foreign Minister Max Mustermann during "
                              "their meeting that Tokyo was concerned.", "2023-03-03");
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    assert_non_null(meeting(&t, "John Abbot", "Max Mustermann"));
    test_doc_free(&t);
    t = test_extract("Minister John Abbot, who met Minister Jane Roe last week, said the two countries would sign a "
                     "defence agreement.", "2024-07-20");
    const parley_event *ev = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_int_equal(ev->status, PARLEY_STATUS_OCCURRED);
    for (size_t i = 0; i < t.ex->n_events; i++)
        if (t.ex->events[i].type == PARLEY_EVENT_AGREEMENT)
            assert_int_equal(t.ex->events[i].status, PARLEY_STATUS_PLANNED);
    test_doc_free(&t);
}

/* "A and B met in W in November, and spoke by phone in early April": a meeting and a call;
 * "He last met Xi in June 2023": no place from the story */
static void test_meeting_then_call(void **state)
{
    (void)state;
    test_doc t = test_extract("President John Abbot and President Jane Roe met in Woodside, California, in November, "
                              "and spoke by phone in early April.", "2024-04-27");
    const parley_event *ev = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_string_equal(ev->date, "2023-11");
    bool call = false;
    for (size_t i = 0; i < t.ex->n_events; i++)
        if (t.ex->events[i].type == PARLEY_EVENT_CALL) {
            assert_string_equal(t.ex->events[i].date, "2024-04");
            call = true;
        }
    assert_true(call);
    test_doc_free(&t);
    t = test_extract("Secretary John Abbot met President Jane Roe in Shanghai on Friday. He last met Roe's deputy, "
                     "Minister Max Mustermann, in June 2023.", "2024-04-27");
    ev = meeting(&t, "John Abbot", "Max Mustermann");
    assert_non_null(ev);
    assert_string_equal(ev->date, "2023-06");
    assert_int_equal(ev->place, -1);
    test_doc_free(&t);
}

/* "if A and B meet" is none; "was expected to meet Y, but the meeting was cancelled" is none;
 * "who represented X" keeps X away; "met A via video link on Wednesday, and B in person on
 * Thursday": a call and a meeting */
static void test_supposed_cancelled_represented(void **state)
{
    (void)state;
    test_doc t = test_extract("President John Abbot said that if President Jane Roe and President Max Mustermann "
                              "meet, the talks could take place in Istanbul. Minister Erika Musterfrau was expected "
                              "to meet Minister Otto Normal in Antalya, but the meeting was cancelled.", "2022-03-30");
    assert_int_equal(t.ex->n_events, 0);
    test_doc_free(&t);
    t = test_extract("Minister John Abbot, who represented Prime Minister Jane Roe at the summit, met Foreign "
                     "Minister Max Mustermann via video link on Wednesday, and President Erika Musterfrau in person "
                     "on Thursday.", "2024-07-04");
    assert_null(meeting(&t, "John Abbot", "Jane Roe"));
    assert_null(meeting(&t, "John Abbot", "Max Mustermann"));
    const parley_event *ev = meeting(&t, "John Abbot", "Erika Musterfrau");
    assert_non_null(ev);
    assert_string_equal(ev->date, "2024-07-04");
    test_doc_free(&t);
}

/* "last night", "this morning", "over the weekend" */
static void test_night_morning_weekend(void **state)
{
    (void)state;
    test_doc t = test_extract("Minister John Abbot met Ambassador Jane Roe last night. Minister Max Mustermann met "
                              "Ambassador Erika Musterfrau this morning. Over the weekend, Minister Otto Normal hosted "
                              "Minister Lieschen Mueller.", "2024-05-10");
    assert_string_equal(meeting(&t, "John Abbot", "Jane Roe")->date, "2024-05-09");
    assert_string_equal(meeting(&t, "Max Mustermann", "Erika Musterfrau")->date, "2024-05-10");
    assert_string_equal(meeting(&t, "Otto Normal", "Lieschen Mueller")->date, "2024-05");
    test_doc_free(&t);
}

/* "witnessed the exchange of ... documents", "concluded an agreement": signings; a nickname in
 * quotes names the person alone later, and a signing right after a meeting of the same people
 * takes its date */
static void test_exchange_of_documents(void **state)
{
    (void)state;
    test_doc t = test_extract("President John \"Johnny\" Abbot received Prime Minister Jane Roe on Monday. Johnny and "
                              "Roe witnessed the exchange of several cooperation documents. The two sides also "
                              "concluded an agreement on visas.", "2020-02-11");
    size_t n = 0;
    for (size_t i = 0; i < t.ex->n_events; i++)
        if (t.ex->events[i].type == PARLEY_EVENT_AGREEMENT) {
            n++;
            assert_string_equal(t.ex->events[i].date, "2020-02-10");
        }
    assert_int_equal(n, 2);
    assert_int_equal(find_ent(t.ex, PARLEY_ENTITY_PERSON, "John Abbot")->n_mentions, 2);
    test_doc_free(&t);
}

/* "A met B in Paris in March, and C held talks with D in Rome in May": two clauses, two meetings,
 * no one of one clause at the other's */
static void test_two_clauses(void **state)
{
    (void)state;
    test_doc t = test_extract("Minister John Abbot met Minister Jane Roe in Paris in March, and Minister Max "
                              "Mustermann held talks with Minister Erika Musterfrau in Rome in May.", "2023-08-14");
    const parley_event *ev = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_string_equal(ev->date, "2023-03");
    ev = meeting(&t, "Max Mustermann", "Erika Musterfrau");
    assert_non_null(ev);
    assert_string_equal(ev->date, "2023-05");
    assert_string_equal(t.ex->entities[ev->place].name, "Rome");
    assert_null(meeting(&t, "John Abbot", "Max Mustermann"));
    assert_null(meeting(&t, "John Abbot", "Erika Musterfrau"));
    test_doc_free(&t);
}

/* "A and President B, who met in Istanbul in March, discussed trade": both are the relative
 * clause's subject; "Istanbul in March, have" names no town of March */
static void test_coordinated_relative_subject(void **state)
{
    (void)state;
    test_doc t = test_extract("Prime Minister John Abbot and President Jane Roe, who met in Istanbul in March, "
                              "discussed trade. Minister Max Mustermann is accompanying Prime Minister Erika "
                              "Musterfrau, who met President Otto Normal.", "2022-09-05");
    const parley_event *ev = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_string_equal(ev->date, "2022-03");
    assert_null(find_ent(t.ex, PARLEY_ENTITY_LOCATION, "March"));
    assert_non_null(meeting(&t, "Erika Musterfrau", "Otto Normal"));
    assert_null(meeting(&t, "Max Mustermann", "Otto Normal"));
    test_doc_free(&t);
}

/* "will travel to X on May 16-17 for talks with Y, the Kremlin said on Tuesday": planned, on the
 * 16th; "X told reporters that the two leaders would sign": the teller signs nothing */
static void test_travel_for_talks(void **state)
{
    (void)state;
    test_doc t = test_extract("President John Abbot will travel to China on May 16-17 for talks with President Jane "
                              "Roe, the Kremlin said on Tuesday. Spokesman Max Mustermann told reporters that the two "
                              "leaders would sign a joint statement.", "2024-05-14");
    const parley_event *ev = NULL;
    for (size_t i = 0; i < t.ex->n_events; i++)
        if (t.ex->events[i].type == PARLEY_EVENT_MEETING)
            ev = &t.ex->events[i];
    assert_non_null(ev);
    assert_int_equal(ev->status, PARLEY_STATUS_PLANNED);
    assert_string_equal(ev->date, "2024-05-16");
    const parley_entity *sp = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Max Mustermann");
    for (size_t i = 0; sp && i < t.ex->n_events; i++)
        for (size_t k = 0; t.ex->events[i].type == PARLEY_EVENT_AGREEMENT && k < t.ex->events[i].n_participants; k++)
            assert_false(&t.ex->entities[t.ex->events[i].participants[k]] == sp);
    test_doc_free(&t);
}

/* "The latter also held talks with X": the second person of the meeting just told */
static void test_the_latter(void **state)
{
    (void)state;
    {
        /* a meeting in a city and one in its country, on the same day, are one; "State President To
         * Lam": a short word after an office is a given name */
        test_doc v = test_extract("Minister John Abbot held talks with Minister Jane Roe in Hanoi on October 17. Abbot "
                                  "welcomed Roe on her first visit to Vietnam. Roe paid a courtesy call on State "
                                  "President To Lam.", "2024-10-18");
        size_t n = 0;
        for (size_t i = 0; i < v.ex->n_events; i++)
            n += v.ex->events[i].type == PARLEY_EVENT_MEETING;
        assert_non_null(meeting(&v, "Jane Roe", "To Lam"));
        assert_int_equal(n, 2);
        test_doc_free(&v);
    }
    {
        /* "met virtually with" is a call */
        test_doc v = test_extract("Foreign Minister John Abbot met virtually with Foreign Minister Jane Roe on Monday.",
                                  "2021-02-10");
        assert_null(meeting(&v, "John Abbot", "Jane Roe"));
        assert_int_equal(v.ex->n_events, 1);
        assert_int_equal(v.ex->events[0].type, PARLEY_EVENT_CALL);
        test_doc_free(&v);
    }
    test_doc t = test_extract("Minister John Abbot met his Armenian counterpart Jane Roe in Tbilisi on Wednesday. The "
                              "latter also held talks with Prime Minister Max Mustermann.", "2023-04-20");
    assert_non_null(meeting(&t, "Jane Roe", "Max Mustermann"));
    assert_null(meeting(&t, "John Abbot", "Max Mustermann"));
    test_doc_free(&t);
}

/* Signings told with witnesses, and groups named by an office. */
static void test_witnessed_signings(void **state)
{
    (void)state;
    {
        /* "In the presence of the Chancellor and the President, A and B signed": they join the talks
         * just told, and the signing is an agreement of A and B with no meeting of its own */
        test_doc t = test_extract("Chancellor John Abbot welcomed President Jane Roe in Berlin on Friday. In the "
                                  "presence of the Chancellor and the President, Interior Minister Max Mustermann "
                                  "and Foreign Minister Erika Roe signed a migration agreement.", "2024-09-13");
        size_t meetings = 0, agreements = 0;
        const parley_event *ag = NULL;
        for (size_t i = 0; i < t.ex->n_events; i++) {
            meetings += t.ex->events[i].type == PARLEY_EVENT_MEETING;
            if (t.ex->events[i].type == PARLEY_EVENT_AGREEMENT) {
                agreements++;
                ag = &t.ex->events[i];
            }
        }
        assert_int_equal(meetings, 1);
        assert_int_equal(agreements, 1);
        assert_true(has_participant(&t, ag, "Max Mustermann") && has_participant(&t, ag, "Erika Roe"));
        assert_non_null(meeting(&t, "John Abbot", "Max Mustermann"));
        test_doc_free(&t);
    }
    {
        /* "the two Heads of State" are the presidents who met, not the last pair met (a minister's
         * welcome); "the Exchange of Notes" is a document */
        test_doc t = test_extract("President John Abbot hosted President Jane Roe in Nairobi on Friday. Roe was "
                                  "received at the airport by Foreign Minister Max Mustermann. The two Heads of State "
                                  "witnessed the signing of the Exchange of Notes on fisheries.", "2024-10-04");
        const parley_event *ag = last_agreement(&t);
        assert_non_null(ag);
        assert_true(has_participant(&t, ag, "John Abbot") && has_participant(&t, ag, "Jane Roe"));
        assert_false(has_participant(&t, ag, "Max Mustermann"));
        test_doc_free(&t);
    }
}

/* "The meeting on 12 February 2024 ...": the date of the meeting just told; "The pair last met in
 * Singapore in June 2023": a meeting before, with its own date and place; a meeting in a city and
 * one in its country on a day with no year known are one. */
static void test_meeting_told_again_and_last_met(void **state)
{
    (void)state;
    test_doc t = test_extract("General John Abbot of Australia has met General Jane Roe of Indonesia in Jakarta. The "
                              "meeting on 12 February 2024 reaffirmed the ties. The pair last met at a forum in "
                              "Singapore in June 2023.", NULL);
    size_t n = 0;
    bool jakarta = false, singapore = false;
    for (size_t i = 0; i < t.ex->n_events; i++) {
        const parley_event *ev = &t.ex->events[i];
        if (ev->type != PARLEY_EVENT_MEETING)
            continue;
        n++;
        jakarta |= strcmp(ev->date, "2024-02-12") == 0;
        singapore |= strcmp(ev->date, "2023-06") == 0;
    }
    assert_int_equal(n, 2);
    assert_true(jakarta && singapore);
    test_doc_free(&t);
    t = test_extract("New Delhi, Oct 7 - Prime Minister John Abbot held talks with President Jane Roe of the "
                     "Maldives here on Monday. Roe, who is on her first visit to India, was received earlier in the "
                     "day by Abbot.", NULL);
    n = 0;
    for (size_t i = 0; i < t.ex->n_events; i++)
        n += t.ex->events[i].type == PARLEY_EVENT_MEETING;
    assert_int_equal(n, 1);
    test_doc_free(&t);
}

/* "He flies to Doha on Wednesday to meet X": the planned meeting is where he flies. */
static void test_flies_to(void **state)
{
    (void)state;
    test_doc t = test_extract("CAIRO - Secretary John Abbot met President Jane Roe in Cairo on Tuesday. He flies to Doha "
                              "on Wednesday to meet Prime Minister Max Mustermann.", "2024-10-22");
    const parley_event *pl = NULL;
    for (size_t i = 0; i < t.ex->n_events; i++)
        if (t.ex->events[i].status == PARLEY_STATUS_PLANNED)
            pl = &t.ex->events[i];
    assert_non_null(pl);
    assert_place(&t, pl, "Doha");
    test_doc_free(&t);
}

/* "talks that X called \"very productive\"" is no phone call; "will be received by" is to come; a
 * journey told before any meeting places the meetings after it ("left for New Delhi"). */
static void test_called_passive_future_and_journey(void **state)
{
    (void)state;
    test_doc t = test_extract("President John Abbot and President Jane Roe pledged on Thursday to deepen ties, during "
                              "talks in Beijing that Abbot called \"very productive\".", "2024-05-16");
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    for (size_t i = 0; i < t.ex->n_events; i++)
        assert_int_not_equal(t.ex->events[i].type, PARLEY_EVENT_CALL);
    test_doc_free(&t);
    t = test_extract("General John Abbot will be received by President Jane Roe on Wednesday.", "2024-12-11");
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    assert_int_equal(meeting(&t, "John Abbot", "Jane Roe")->status, PARLEY_STATUS_PLANNED);
    test_doc_free(&t);
    t = test_extract("KATHMANDU, Dec 11: General John Abbot left for New Delhi on Monday on a visit to India. He "
                     "also called on Defence Minister Jane Roe.", "2024-12-11");
    const parley_event *ev = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_place(&t, ev, "New Delhi");
    test_doc_free(&t);
}

/* A document's name ends before a verb of its own: "a memorandum on migration and reviewed". */
static void test_document_name_ends_at_verb(void **state)
{
    (void)state;
    test_doc t = test_extract("Minister John Abbot and Minister Jane Roe signed a memorandum on migration and reviewed "
                              "the preparations for the summit.", "2024-02-02");
    const parley_event *ag = last_agreement(&t);
    assert_non_null(ag);
    assert_string_equal(ag->name, "memorandum on migration");
    test_doc_free(&t);
}

/* "the Prime Minister" is no one whose title holds only "Minister"; "They last met in Lima" is a
 * meeting of its own; "X's deputy, but not X himself" meets no X; "in Laos" under a Vientiane
 * dateline is Vientiane. */
static void test_unnamed_office_they_last_met_and_not(void **state)
{
    (void)state;
    test_doc t = test_extract("Defence Secretary John Abbot flew to Vilnius, where he held talks with Defence Minister "
                              "Jane Roe. The visit comes days after the Prime Minister met Secretary General Max "
                              "Mustermann in Warsaw.", NULL);
    assert_null(meeting(&t, "Jane Roe", "Max Mustermann"));
    assert_null(meeting(&t, "John Abbot", "Max Mustermann"));
    test_doc_free(&t);
    t = test_extract("VIENTIANE, Laos (AP) - Secretary John Abbot met with Foreign Minister Jane Roe on Friday in "
                     "Laos. They last met in Lima in November. Abbot is expected to meet Foreign Minister Max "
                     "Mustermann's deputy, but not Mustermann himself.", NULL);
    size_t n = 0;
    bool lima = false, vientiane = false;
    for (size_t i = 0; i < t.ex->n_events; i++) {
        const parley_event *ev = &t.ex->events[i];
        if (ev->type != PARLEY_EVENT_MEETING || ev->place < 0)
            continue;
        bool mm = false;
        for (size_t k = 0; k < ev->n_participants; k++)
            mm |= strcmp(t.ex->entities[ev->participants[k]].name, "Max Mustermann") == 0;
        assert_false(mm);
        n++;
        lima |= strcmp(t.ex->entities[ev->place].name, "Lima") == 0;
        vientiane |= strcmp(t.ex->entities[ev->place].name, "Vientiane") == 0;
    }
    assert_int_equal(n, 2);
    assert_true(lima && vientiane);
    test_doc_free(&t);
}

/* Countries in a clause of their own are no parties ("..., as the two countries seek to counter
 * China's ..."); "A and B held talks with C and D" is one meeting of the four. */
static void test_parties_clause_and_two_plus_two(void **state)
{
    (void)state;
    test_doc t = test_extract("The Philippines and Japan signed a troop access agreement on Monday, as the two "
                              "countries seek to counter China's growing assertiveness.", "2024-07-08");
    const parley_event *ag = last_agreement(&t);
    assert_non_null(ag);
    assert_int_equal(ag->n_participants, 2);
    for (size_t k = 0; k < ag->n_participants; k++)
        assert_string_not_equal(t.ex->entities[ag->participants[k]].name, "China");
    test_doc_free(&t);
    t = test_extract("Minister John Abbot and Minister Jane Roe held talks with Secretary Max Mustermann and Secretary "
                     "Erika Musterfrau in Manila on Monday.", "2024-07-08");
    assert_non_null(meeting(&t, "Max Mustermann", "Erika Musterfrau"));
    assert_non_null(meeting(&t, "John Abbot", "Erika Musterfrau"));
    test_doc_free(&t);
}

/* Countries whose people met in the meeting just told sign at it: "A and B signed an agreement
 * during the visit". */
static void test_countries_sign_at_the_talks(void **state)
{
    (void)state;
    test_doc t = test_extract("SUVA, 25 March - Fiji's Prime Minister John Abbot met with Australian Prime Minister Jane "
                              "Roe in Canberra today. Fiji and Australia signed a partnership agreement during the "
                              "visit.", NULL);
    const parley_event *ag = last_agreement(&t);
    assert_non_null(ag);
    assert_place(&t, ag, "Canberra");
    assert_string_equal(ag->date, "--03-25");
    test_doc_free(&t);
}

/* "held separate meetings with A and B"; a dateline's full date is the day of writing when the
 * article gives none ("on Sunday" before it); "last Thursday" written on a Thursday. */
static void test_separate_meetings_and_dateline_day(void **state)
{
    (void)state;
    test_doc t = test_extract("DAR ES SALAAM, 6th May 2024 - President John Abbot on Sunday held separate meetings with "
                              "President Jane Roe and Minister Max Mustermann. Last Monday, Abbot met Minister Erika "
                              "Musterfrau.", NULL);
    const parley_event *a = meeting(&t, "John Abbot", "Jane Roe"), *b = meeting(&t, "John Abbot", "Max Mustermann");
    assert_non_null(a);
    assert_non_null(b);
    assert_string_equal(a->date, "2024-05-05");
    const parley_event *c = meeting(&t, "John Abbot", "Erika Musterfrau");
    assert_non_null(c);
    assert_string_equal(c->date, "2024-04-29");
    test_doc_free(&t);
}

/* "..., where he held bilateral meetings with A and B": the pronoun before the meeting words is
 * the person in focus, not the first of the people met. */
static void test_pronoun_inside_sentence(void **state)
{
    (void)state;
    test_doc t = test_extract("Prime Minister John Abbot wrapped up his visit on March 8. On March 6, the PM attended "
                              "a summit in Melbourne, where he held bilateral meetings with Prime Minister Jane Roe "
                              "and President Max Mustermann.", "2024-03-08");
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    assert_non_null(meeting(&t, "John Abbot", "Max Mustermann"));
    assert_null(meeting(&t, "Jane Roe", "Max Mustermann"));
    test_doc_free(&t);
}

/* "The Saudi side included X": X joins the meeting just told. */
static void test_side_included(void **state)
{
    (void)state;
    test_doc t = test_extract("Crown Prince John Abbot received President Jane Roe in Riyadh on Sunday. The Saudi side "
                              "included Foreign Minister Max Mustermann.", "2025-02-02");
    assert_non_null(meeting(&t, "Jane Roe", "Max Mustermann"));
    test_doc_free(&t);
    /* "A and B also attended" after talks on a summit's sidelines: the summit's, not the talks' */
    t = test_extract("On the sidelines, President John Abbot held talks with President Jane Roe. Prime Minister Max "
                     "Mustermann and President Erika Musterfrau also attended.", "2025-10-14");
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    assert_null(meeting(&t, "Jane Roe", "Max Mustermann"));
    test_doc_free(&t);
}

/* "The two presidents met in Ljubljana in May as well": another city, another meeting (with no
 * date of the story's); "was also at the meeting" joins it; "operations in X" is a topic. */
static void test_another_city_and_at_the_meeting(void **state)
{
    (void)state;
    test_doc t = test_extract("ZAGREB, Sept 3 - President John Abbot received President Jane Roe in Zagreb on Tuesday. "
                              "The two presidents met in Ljubljana in May as well. Minister Max Mustermann was also at "
                              "the meeting.", NULL);
    size_t n = 0;
    for (size_t i = 0; i < t.ex->n_events; i++) {
        const parley_event *ev = &t.ex->events[i];
        if (ev->type != PARLEY_EVENT_MEETING)
            continue;
        n++;
        if (ev->place >= 0 && strcmp(t.ex->entities[ev->place].name, "Ljubljana") == 0)
            assert_string_equal(ev->date, "");
    }
    assert_int_equal(n, 2);
    test_doc_free(&t);
    /* "The meeting, attended by X," joins X */
    t = test_extract("King John Abbot received General Jane Roe in Amman on Sunday. The meeting, attended by General "
                     "Max Mustermann, covered regional developments.", "2024-01-14");
    assert_non_null(meeting(&t, "Jane Roe", "Max Mustermann"));
    test_doc_free(&t);
    t = test_extract("TOKYO - President John Abbot and Prime Minister Jane Roe on Thursday signed an agreement on "
                     "disaster relief operations in the Philippines.", "2023-02-10");
    const parley_event *ag = last_agreement(&t);
    assert_non_null(ag);
    assert_place(&t, ag, "Tokyo");
    test_doc_free(&t);
}

/* "..., a day after B held talks with C": a meeting of B and C the day before; "X, who will be
 * sworn in on Oct 20, also called on Y": not on the 20th. */
static void test_day_after_clause(void **state)
{
    (void)state;
    test_doc t = test_extract("Prime Minister John Abbot hosted President Jane Roe in Singapore on Monday, a day after "
                              "Roe held talks with Minister Max Mustermann. Roe, who will be sworn in on October 20, "
                              "also called on President Erika Musterfrau.", "2024-10-07");
    const parley_event *ev = meeting(&t, "Jane Roe", "Max Mustermann");
    assert_non_null(ev);
    assert_string_equal(ev->date, "2024-10-06");
    assert_null(meeting(&t, "John Abbot", "Max Mustermann"));
    ev = meeting(&t, "Jane Roe", "Erika Musterfrau");
    assert_non_null(ev);
    assert_string_equal(ev->date, "2024-10-07");
    test_doc_free(&t);
}

/* A negation reaches no clause after ", but": "did not sign any agreements, but X met Y". */
static void test_negation_ends_at_but(void **state)
{
    (void)state;
    test_doc t = test_extract("President John Abbot hosted Chancellor Jane Roe in Brasilia on Monday. The two leaders did "
                              "not sign any agreements, but Roe met Minister Max Mustermann before leaving.", "2023-01-30");
    assert_non_null(meeting(&t, "Jane Roe", "Max Mustermann"));
    assert_null(last_agreement(&t));
    test_doc_free(&t);
}

/* "The previous day" with no year known; "attended the Munich Security Conference, where he held
 * talks with X": in Munich. */
static void test_previous_day_no_year(void **state)
{
    (void)state;
    test_doc t = test_extract("PARIS, Feb 21 - Prime Minister John Abbot met President Jane Roe in Paris on Wednesday. "
                              "The previous day, Abbot had attended the Munich Security Conference, where he held talks "
                              "with President Max Mustermann.", NULL);
    const parley_event *ev = meeting(&t, "John Abbot", "Max Mustermann");
    assert_non_null(ev);
    assert_string_equal(ev->date, "--02-20");
    assert_place(&t, ev, "Munich");
    test_doc_free(&t);
}

/* "received the Hungarian minister": the one minister of that country named before; "granted an
 * audience to" is a meeting; a role, its name, then the meeting words: the person met's
 * delegation gives the subject no country. */
static void test_description_object_and_audience(void **state)
{
    (void)state;
    test_doc t = test_extract("Hungarian Foreign Minister John Abbot signed a deal with Serbian Energy Minister Jane "
                              "Roe on Monday. Serbian President Max Mustermann also received the Hungarian minister.",
                              "2026-11-17");
    assert_non_null(meeting(&t, "Max Mustermann", "John Abbot"));
    test_doc_free(&t);
    /* no Hungarian named before: no one met */
    t = test_extract("Serbian President Max Mustermann received the Hungarian minister on Monday.", "2026-11-17");
    for (size_t i = 0; i < t.ex->n_events; i++)
        assert_int_not_equal(t.ex->events[i].type, PARLEY_EVENT_MEETING);
    test_doc_free(&t);
    t = test_extract("Prime Minister John Abbot on Thursday granted an audience to visiting Thai Foreign Minister Jane "
                     "Roe at the Peace Palace.", "2026-11-14");
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    test_doc_free(&t);
}

/* "A called on B, and held discussions with C": the clause with no subject of its own is A's, on
 * the first meeting's day and at its place; a spokesman the sentence ends with attends nothing;
 * "on 5 and 6 February" is the 5th. */
static void test_subjectless_clause_and_spokesman(void **state)
{
    (void)state;
    test_doc t = test_extract("COLOMBO, 10 November 2026 - Admiral John Abbot called on the Deputy Minister, Jane Roe, in "
                              "Colombo on Monday, and held discussions with Vice Admiral Max Mustermann.", NULL);
    const parley_event *ev = meeting(&t, "John Abbot", "Max Mustermann");
    assert_non_null(ev);
    assert_string_equal(ev->date, "2026-11-09");
    assert_true(ev->place >= 0 && strcmp(t.ex->entities[ev->place].name, "Colombo") == 0);
    assert_null(meeting(&t, "Jane Roe", "Max Mustermann"));
    test_doc_free(&t);
    t = test_extract("President John Abbot received Crown Prince Jane Roe in Cairo on Tuesday. The two sides held talks, "
                     "followed by a session attended by both delegations, presidential spokesman Max Mustermann said.",
                     "2026-10-15");
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    assert_null(meeting(&t, "John Abbot", "Max Mustermann"));
    test_doc_free(&t);
    t = test_extract("The ministers John Abbot and Jane Roe had met on 5 and 6 February in Brussels.", "2026-03-03");
    ev = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_string_equal(ev->date, "2026-02-05");
    test_doc_free(&t);
}

/* "A and B held the annual Security Consultative Meeting"; "A has signed an MoU with his
 * counterpart, B" (a signing both attended); "Speaking after the signing, A said the MoU ..." tells
 * no second signing. */
static void test_named_meeting_and_signing_with(void **state)
{
    (void)state;
    test_doc t = test_extract("Minister John Abbot and his counterpart Jane Roe held the annual Security Consultative "
                              "Meeting (SCM) in Washington on Wednesday.", "2026-10-30");
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    test_doc_free(&t);
    t = test_extract("Minister of Defence John Abbot has signed a Memorandum of Understanding on defence cooperation with "
                     "his Botswana counterpart, Jane Roe, in Lusaka. Speaking after the signing, Abbot said the MoU would "
                     "enhance joint training.", "2026-10-20");
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    size_t agreements = 0;
    for (size_t i = 0; i < t.ex->n_events; i++)
        agreements += t.ex->events[i].type == PARLEY_EVENT_AGREEMENT;
    assert_int_equal(agreements, 1);
    test_doc_free(&t);
}

/* "EAM Dr. X called on Y ... EAM also met Z. Earlier in the day, he was received by W": a title in
 * capitals opening a sentence is the one person whose title it is, and stays in focus. */
static void test_title_acronym_subject(void **state)
{
    (void)state;
    test_doc t = test_extract("EAM Dr. John Abbot called on Prime Minister Jane Roe in Doha on 30 December 2024. EAM also "
                              "met Minister of State at the Ministry of Foreign Affairs Dr. Max Mustermann. Earlier in "
                              "the day, he was received by the Amir Sheikh Erika Musterfrau.", NULL);
    assert_non_null(meeting(&t, "John Abbot", "Max Mustermann"));
    assert_non_null(meeting(&t, "John Abbot", "Erika Musterfrau"));
    assert_null(meeting(&t, "Max Mustermann", "Erika Musterfrau"));
    const parley_entity *e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Max Mustermann");
    assert_non_null(e);
    assert_string_equal(e->title, "Minister of State at the Ministry of Foreign Affairs");
    assert_null(find_ent(t.ex, PARLEY_ENTITY_ORGANIZATION, "Ministry of Foreign Affairs Dr."));
    test_doc_free(&t);
}

/* "arrived in Doha on Tuesday and met X the next day" (the day after the one told before the
 * meeting words); "he visited Tokyo, where he met Y" (in Tokyo); "..., with whom she signed an
 * agreement" (hers too); a meeting of other people told after is not in Tokyo. */
static void test_tour_days_and_places(void **state)
{
    (void)state;
    test_doc t = test_extract("NEW DELHI - Minister John Abbot returned on Saturday from a tour. He arrived in Doha on "
                              "Tuesday and met Qatari Prime Minister Jane Roe the next day. Earlier, he visited Tokyo, "
                              "where he met Japanese Defense Minister Max Mustermann, with whom he signed an agreement on "
                              "training. Deputy Minister Erika Musterfrau met Ambassador Hans Meier on Monday.",
                              "2026-03-14");
    const parley_event *ev = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_string_equal(ev->date, "2026-03-11");
    ev = meeting(&t, "John Abbot", "Max Mustermann");
    assert_non_null(ev);
    assert_true(ev->place >= 0 && strcmp(t.ex->entities[ev->place].name, "Tokyo") == 0);
    const parley_event *ag = last_agreement(&t);
    assert_non_null(ag);
    assert_int_equal(ag->n_participants, 2);
    ev = meeting(&t, "Erika Musterfrau", "Hans Meier");
    assert_non_null(ev);
    assert_true(ev->place < 0 || strcmp(t.ex->entities[ev->place].name, "Tokyo") != 0);
    test_doc_free(&t);
}

/* "Participating nations included A, B and C" right after the exercise's sentence: its
 * participants. */
static void test_exercise_participants_listed(void **state)
{
    (void)state;
    test_doc t = test_extract("RIMPAC 2024 concludes\n\nThe world's largest maritime exercise concluded Aug. 1 after five "
                              "weeks.\n\nParticipating nations included Australia, Belgium and Brazil.", NULL);
    const parley_event *ev = NULL;
    for (size_t i = 0; i < t.ex->n_events; i++)
        if (t.ex->events[i].type == PARLEY_EVENT_EXERCISE)
            ev = &t.ex->events[i];
    assert_non_null(ev);
    assert_int_equal(ev->n_participants, 4);
    test_doc_free(&t);
}

/* "After his meeting with B, A also called on C": the opening phrase tells the meeting before;
 * "said on Friday his talks with B the day before" is the Thursday. */
static void test_opening_phrase_and_day_before(void **state)
{
    (void)state;
    test_doc t = test_extract("Admiral John Abbot met General Jane Roe on Tuesday. After his meeting with Roe, Abbot also "
                              "called on Defence Secretary Max Mustermann.", "2026-10-16");
    assert_non_null(meeting(&t, "John Abbot", "Max Mustermann"));
    assert_null(meeting(&t, "Jane Roe", "Max Mustermann"));
    test_doc_free(&t);
    t = test_extract("Prime Minister John Abbot said on Friday his talks with President Jane Roe in Athens the day "
                     "before had been productive.", "2023-12-08");
    const parley_event *ev = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_string_equal(ev->date, "2023-12-07");
    test_doc_free(&t);
}

/* "President A arrived at the invitation of President B. The heads of state held talks": the two
 * presidents named apart; "also met A, B and C": each of a list of names. */
static void test_heads_of_state_and_name_list(void **state)
{
    (void)state;
    test_doc t = test_extract("President of Mongolia John Abbot arrived in Astana on Monday at the invitation of President "
                              "of Kazakhstan Jane Roe. The heads of state held talks at the Akorda.", "2026-06-02");
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    test_doc_free(&t);
    t = test_extract("Chancellor John Abbot also met Zeljko Komsic, Denis Becirovic and Zeljka Cvijanovic.", NULL);
    assert_non_null(meeting(&t, "John Abbot", "Zeljko Komsic"));
    assert_non_null(meeting(&t, "John Abbot", "Denis Becirovic"));
    assert_non_null(meeting(&t, "John Abbot", "Zeljka Cvijanovic"));
    test_doc_free(&t);
}

/* "who handed him a written message from Iranian Foreign Minister X" (the sender is no
 * participant); "received the credentials of Y" is a meeting ("the" in the meeting words does
 * not tell a meeting again); "Keller-Sutter and Z" opens with no dateline. */
static void test_message_credentials_hyphen(void **state)
{
    (void)state;
    test_doc t = test_extract("Foreign Minister John Abbot received Ambassador Jane Roe, who handed him a written message "
                              "from Iranian Foreign Minister Max Mustermann. Abbot later received the credentials of the "
                              "new Ambassador of the Philippines, Erika Musterfrau.", "2025-02-03");
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    assert_null(meeting(&t, "John Abbot", "Max Mustermann"));
    assert_non_null(meeting(&t, "John Abbot", "Erika Musterfrau"));
    test_doc_free(&t);
    t = test_extract("President Karin Keller-Sutter met President Jane Roe in Bern. Keller-Sutter and Roe discussed "
                     "reconstruction.", NULL);
    assert_null(find_ent(t.ex, PARLEY_ENTITY_LOCATION, "Keller"));
    test_doc_free(&t);
}

/* "Earlier, the visiting general met X": a rank in lower case refers to the person in focus;
 * "... and Mauritanians Abroad Y": "Abroad" ends a title, not a name's start. */
static void test_visiting_general_and_abroad(void **state)
{
    (void)state;
    test_doc t = test_extract("Lt Gen John Abbot called on Prime Minister Jane Roe in Islamabad on Wednesday. Earlier, "
                              "the visiting general met Chief of Army Staff General Max Mustermann.", "2025-01-15");
    assert_non_null(meeting(&t, "John Abbot", "Max Mustermann"));
    test_doc_free(&t);
    t = test_extract("Minister John Abbot held talks with Mauritanian Minister of Foreign Affairs, Cooperation and "
                     "Mauritanians Abroad Jane Roe.", NULL);
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    test_doc_free(&t);
}

/* "received X on the 14th" (of the month of publication; of the month before when still to
 * come); "met at the border near Lazdijai" (a town near which it was held). */
static void test_ordinal_day_and_near(void **state)
{
    (void)state;
    test_doc t = test_extract("General John Abbot received Admiral Jane Roe on the 14th. General Max Mustermann met "
                              "Admiral Erika Musterfrau on the 25th.", "2026-05-20");
    const parley_event *ev = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_string_equal(ev->date, "2026-05-14");
    ev = meeting(&t, "Max Mustermann", "Erika Musterfrau");
    assert_non_null(ev);
    assert_string_equal(ev->date, "2026-04-25");
    test_doc_free(&t);
    t = test_extract("President John Abbot and President Jane Roe met this week at the border near Lazdijai.",
                     "2026-09-10");
    ev = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_true(ev->place >= 0 && strcmp(t.ex->entities[ev->place].name, "Lazdijai") == 0);
    test_doc_free(&t);
}

/* "A and B signed a Statement of Partnership": a document of the lexicon's. */
static void test_statement_of_partnership(void **state)
{
    (void)state;
    test_doc t = test_extract("Prime Minister John Abbot and Prime Minister Jane Roe signed a Statement of Partnership in "
                              "Suva on Tuesday.", "2026-10-02");
    const parley_event *ag = last_agreement(&t);
    assert_non_null(ag);
    assert_non_null(ag->name);
    assert_string_equal(ag->name, "Statement of Partnership");
    test_doc_free(&t);
}

/* "the Serbian delegation also met X": the leader of the delegation told before; a plan's name
 * before "was signed"; the date of a dateline is the article's */
static void test_delegation_plan_name_dateline(void **state)
{
    (void)state;
    test_doc t = test_extract("Defense Minister John Abbot met the delegation led by the Chief of the General Staff of "
                              "the Serbian Armed Forces, General Jane Roe. At the end of the meeting, the 2025 Bilateral "
                              "Cooperation Plan between the defense ministries of Azerbaijan and Serbia was signed. The "
                              "same day, the Serbian delegation also met with General Max Mustermann.", "2025-02-11");
    assert_non_null(meeting(&t, "Jane Roe", "Max Mustermann"));
    assert_null(meeting(&t, "John Abbot", "Max Mustermann"));
    const parley_event *ag = last_agreement(&t);
    assert_non_null(ag);
    assert_non_null(ag->name);
    assert_string_equal(ag->name, "2025 Bilateral Cooperation Plan");
    test_doc_free(&t);
    t = test_extract("Defense Minister John Abbot met General Jane Roe. Ministers watched as a joint action plan was "
                     "signed.", "2025-02-11");
    assert_non_null(last_agreement(&t));
    assert_string_equal(last_agreement(&t)->name, "joint action plan");
    test_doc_free(&t);
    /* no delegation told: no one met */
    t = test_extract("Defense Minister John Abbot spoke. The delegation also met with General Max Mustermann.", "2025-02-11");
    assert_null(meeting(&t, "John Abbot", "Max Mustermann"));
    test_doc_free(&t);
    /* "the Ukrainian delegation" with no leader told: the Ukrainian named last */
    t = test_extract("Georgian Defence Minister John Abbot met the Deputy Minister of Defence of Ukraine, General Jane "
                     "Roe. The Ukrainian delegation also met with the Chief of the General Staff, General Max Mustermann.",
                     "2024-09-12");
    assert_non_null(meeting(&t, "Jane Roe", "Max Mustermann"));
    assert_null(meeting(&t, "John Abbot", "Max Mustermann"));
    test_doc_free(&t);
    t = test_extract("DHAKA, Jan 15, 2025 (BSS) - Chief Adviser John Abbot today held a meeting with Japanese State "
                     "Minister Jane Roe.", NULL);
    assert_non_null(parley_extraction_date(t.ex));
    assert_string_equal(parley_extraction_date(t.ex), "2025-01-15");
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    assert_string_equal(meeting(&t, "John Abbot", "Jane Roe")->date, "2025-01-15");
    test_doc_free(&t);
    t = test_extract("DHAKA, Jan 15 (BSS) - Chief Adviser John Abbot held a meeting with Jane Roe.", NULL);
    assert_null(parley_extraction_date(t.ex));
    test_doc_free(&t);
}

/* "after meeting X" is a meeting of the sentence's subject; "held a welcome ceremony for X" */
static void test_after_meeting_and_ceremony(void **state)
{
    (void)state;
    test_doc t = test_extract("Foreign Minister John Abbot, speaking to reporters after meeting Crown Prince Jane Roe in "
                              "Riyadh, said the plan must change. Defense Minister Max Mustermann held a welcome ceremony "
                              "for General Erika Musterfrau.", "2025-02-18");
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    assert_non_null(meeting(&t, "Max Mustermann", "Erika Musterfrau"));
    test_doc_free(&t);
    t = test_extract("Foreign Minister John Abbot is expected to travel to Riyadh before meeting Crown Prince Jane Roe.",
                     "2025-02-18");
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    assert_int_equal(meeting(&t, "John Abbot", "Jane Roe")->status, PARLEY_STATUS_PLANNED);
    test_doc_free(&t);
}

/* "In his meeting with X, the prime minister congratulated him": a meeting of the person in
 * focus, and congratulations given there are no call; "During his meeting with X, ... discussed" */
static void test_possessive_meeting_phrase(void **state)
{
    (void)state;
    test_doc t = test_extract("Prime Minister John Abbot arrived in New York. In his meeting with Iranian President Jane "
                              "Roe, the prime minister congratulated him on assuming office.", "2024-09-26");
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    assert_null(find_meeting(t.ex, PARLEY_EVENT_CALL, "John Abbot", "Jane Roe"));
    test_doc_free(&t);
    t = test_extract("Prime Minister John Abbot arrived in New York. During his meeting with Iranian President Jane Roe, "
                     "the prime minister discussed trade.", "2024-09-26");
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    test_doc_free(&t);
    t = test_extract("Prime Minister John Abbot telephoned Iranian President Jane Roe and congratulated her.", "2024-09-26");
    assert_null(meeting(&t, "John Abbot", "Jane Roe"));
    assert_non_null(find_meeting(t.ex, PARLEY_EVENT_CALL, "John Abbot", "Jane Roe"));
    test_doc_free(&t);
}

/* "will also be received by" and "is to be received by" are to come; "Present at the meeting were"
 * adds people; a place in a second predicate ("and visited ... in Mumbai") is not the meeting's */
static void test_passive_to_come_present_and_second_predicate(void **state)
{
    (void)state;
    test_doc t = test_extract("Defence Minister John Abbot arrived in Tbilisi. Abbot will also be received by Prime "
                              "Minister Jane Roe on Friday.", "2024-12-12");
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    assert_int_equal(meeting(&t, "John Abbot", "Jane Roe")->status, PARLEY_STATUS_PLANNED);
    test_doc_free(&t);
    t = test_extract("Defence Minister John Abbot arrived in Tbilisi. Abbot is to be received by Prime Minister Jane Roe.",
                     "2024-12-12");
    assert_int_equal(meeting(&t, "John Abbot", "Jane Roe")->status, PARLEY_STATUS_PLANNED);
    test_doc_free(&t);
    t = test_extract("Defence Minister John Abbot held talks with General Jane Roe in Accra. Present at the meeting were "
                     "General Max Mustermann and Ambassador Erika Musterfrau.", "2024-12-12");
    assert_non_null(meeting(&t, "Jane Roe", "Max Mustermann"));
    assert_non_null(meeting(&t, "John Abbot", "Erika Musterfrau"));
    test_doc_free(&t);
    t = test_extract("Admiral John Abbot called on Admiral Jane Roe in New Delhi on Wednesday. Admiral Abbot also met "
                     "General Max Mustermann, and visited the Western Naval Command in Mumbai.", "2025-05-15");
    assert_non_null(meeting(&t, "John Abbot", "Max Mustermann"));
    assert_int_equal(meeting(&t, "John Abbot", "Max Mustermann")->place,
                     meeting(&t, "John Abbot", "Jane Roe")->place);
    test_doc_free(&t);
}

/* "held the second Japan-Philippines Foreign and Defense Ministerial Meeting ("2+2") with X";
 * "signed the agreement aboard a frigate in Oslo" is the agreement told before */
static void test_named_meeting_and_agreement_again(void **state)
{
    (void)state;
    test_doc t = test_extract("Foreign Minister John Abbot held the second Japan-Philippines Foreign and Defense "
                              "Ministerial Meeting (\"2+2\") with Secretary of Foreign Affairs Jane Roe in Manila on July 8.",
                              "2024-07-29");
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    assert_string_equal(meeting(&t, "John Abbot", "Jane Roe")->date, "2024-07-08");
    test_doc_free(&t);
    t = test_extract("Defence Secretary John Abbot signed a landmark agreement with his Norwegian counterpart Jane Roe. "
                     "The two ministers signed the agreement aboard a Royal Navy frigate in Oslo on Thursday.",
                     "2025-01-30");
    size_t n = 0;
    for (size_t i = 0; i < t.ex->n_events; i++)
        n += t.ex->events[i].type == PARLEY_EVENT_AGREEMENT;
    assert_int_equal(n, 1);
    assert_string_equal(last_agreement(&t)->name, "landmark agreement");
    const parley_event *m = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(m);
    assert_place(&t, m, "Oslo");
    test_doc_free(&t);
}

/* "has not met", "has never met" and "was called off" are no meetings; a day said to end a tour
 * with talks in a city places that day's meeting there */
static void test_not_met_called_off_and_that_day(void **state)
{
    (void)state;
    test_doc t = test_extract("Foreign Minister John Abbot has not met envoy Jane Roe in person. Foreign Minister Max "
                              "Mustermann has never met President Erika Musterfrau.", "2025-04-25");
    assert_null(meeting(&t, "John Abbot", "Jane Roe"));
    assert_null(meeting(&t, "Max Mustermann", "Erika Musterfrau"));
    test_doc_free(&t);
    t = test_extract("A planned meeting between President John Abbot and President Jane Roe was called off.", "2025-09-03");
    assert_null(meeting(&t, "John Abbot", "Jane Roe"));
    test_doc_free(&t);
    t = test_extract("DOHA - Foreign Minister John Abbot wrapped up a regional tour on Thursday with talks in Doha.\n\n"
                     "In Muscat on Wednesday, he met Foreign Minister Jane Roe.\n\nOn Thursday, Emir Max Mustermann "
                     "received Abbot at the Amiri Diwan.", "2025-04-25");
    const parley_event *m = meeting(&t, "John Abbot", "Max Mustermann");
    assert_non_null(m);
    assert_place(&t, m, "Doha");
    test_doc_free(&t);
}

/* "spoke with X" is a meeting only where the sentence says where ("on the sidelines", "in Rio");
 * "had dinner with X", "had a conversation with X" are meetings */
static void test_spoke_with_and_dinner(void **state)
{
    (void)state;
    test_doc t = test_extract("President John Abbot spoke with President Jane Roe on the sidelines of the G20 summit. "
                              "President Max Mustermann spoke with President Erika Musterfrau about Ukraine.",
                              "2024-11-19");
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    assert_null(meeting(&t, "Max Mustermann", "Erika Musterfrau"));
    test_doc_free(&t);
    t = test_extract("President John Abbot had dinner with President Jane Roe in Paris. President Max Mustermann had a "
                     "conversation with President Erika Musterfrau in Rome.", "2024-11-19");
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    assert_non_null(meeting(&t, "Max Mustermann", "Erika Musterfrau"));
    test_doc_free(&t);
    t = test_extract("President John Abbot spoke with President Jane Roe by phone.", "2024-11-19");
    assert_null(meeting(&t, "John Abbot", "Jane Roe"));
    assert_non_null(find_meeting(t.ex, PARLEY_EVENT_CALL, "John Abbot", "Jane Roe"));
    test_doc_free(&t);
}

/* "exchanged memoranda of understanding" is a signing; "exchanged views on the agreement" is not */
static void test_exchanged_documents(void **state)
{
    (void)state;
    test_doc t = test_extract("Prime Minister John Abbot met Prime Minister Jane Roe in Tokyo. The two sides exchanged "
                              "memoranda of understanding in the fields of health and education.", "2025-06-12");
    assert_non_null(last_agreement(&t));
    test_doc_free(&t);
    t = test_extract("Prime Minister John Abbot met Prime Minister Jane Roe in Tokyo. The two sides exchanged views on the "
                     "implementation of the agreement.", "2025-06-12");
    assert_null(last_agreement(&t));
    test_doc_free(&t);
    t = test_extract("Prime Minister John Abbot met Prime Minister Jane Roe in Tokyo. A Memorandum of Understanding on "
                     "health was also exchanged in the presence of the two leaders.", "2025-06-12");
    assert_non_null(last_agreement(&t));
    test_doc_free(&t);
}

/* "The trilateral meeting in Baku was attended by A, B and C" with no meeting told before: their
 * meeting */
static void test_meeting_attended_by(void **state)
{
    (void)state;
    test_doc t = test_extract("The trilateral meeting in Baku was attended by Foreign Minister John Abbot, Foreign "
                              "Minister Jane Roe and Foreign Minister Max Mustermann.", "2025-06-12");
    const parley_event *m = meeting(&t, "John Abbot", "Max Mustermann");
    assert_non_null(m);
    assert_int_equal(m->n_participants, 3);
    test_doc_free(&t);
    /* "the visiting leader": the person told as visiting */
    t = test_extract("Prime Minister John Abbot held talks with visiting Sri Lankan President Jane Roe. Later in the day, "
                     "President Max Mustermann hosted a banquet in honour of the visiting leader.", "2024-06-28");
    assert_non_null(meeting(&t, "Max Mustermann", "Jane Roe"));
    assert_null(meeting(&t, "Max Mustermann", "John Abbot"));
    test_doc_free(&t);
    /* "hosted A and B ... for the first trilateral summit": all three */
    t = test_extract("President John Abbot hosted Philippine President Jane Roe and Japanese Prime Minister Max "
                     "Mustermann at the White House on Thursday for the first trilateral summit of the three countries.",
                     "2024-04-12");
    assert_non_null(meeting(&t, "Jane Roe", "Max Mustermann"));
    test_doc_free(&t);
}

/* "Minister X met the delegation" after "a delegation led by Senator Y": Y; a phone call is placed
 * only where its own sentence says; "signed on Thursday a series of agreements": the day is no
 * part of the name; a dateline's date after another calendar's is the article's */
static void test_delegation_object_call_place_and_dateline(void **state)
{
    (void)state;
    test_doc t = test_extract("President John Abbot met a delegation led by US Senator Jane Roe in Taipei on Monday. "
                              "Separately, Minister of National Defense Max Mustermann met the delegation at the ministry.",
                              "2025-06-12");
    assert_non_null(meeting(&t, "Max Mustermann", "Jane Roe"));
    test_doc_free(&t);
    t = test_extract("Foreign Minister John Abbot met Foreign Minister Jane Roe in Vilnius on Monday. Earlier this month, "
                     "Abbot spoke by phone with German Defence Minister Max Mustermann.", "2025-06-12");
    const parley_event *call = find_meeting(t.ex, PARLEY_EVENT_CALL, "John Abbot", "Max Mustermann");
    assert_non_null(call);
    assert_true(call->place < 0);
    assert_true(meeting(&t, "John Abbot", "Jane Roe")->place >= 0);
    test_doc_free(&t);
    t = test_extract("President John Abbot and French President Jane Roe signed on Thursday a series of agreements on "
                     "defence.", "2025-06-12");
    assert_non_null(last_agreement(&t));
    assert_non_null(last_agreement(&t)->name);
    assert_int_equal(strncmp(last_agreement(&t)->name, "series of agreements", 20), 0);
    test_doc_free(&t);
    t = test_extract("Riyadh, Jumada II 14, 1446, December 15, 2024, SPA -- Minister of Defense John Abbot received Greek "
                     "Minister of National Defence Jane Roe in Riyadh today.", NULL);
    assert_non_null(parley_extraction_date(t.ex));
    assert_string_equal(parley_extraction_date(t.ex), "2024-12-15");
    test_doc_free(&t);
}

/* "The two leaders signed ..., X's office said": both leaders sign; "called on the visiting leader"
 * after talks with a foreign president in New Delhi: that president; "exchanged MoUs"; a signing
 * dated to another year than the story's is not placed where the story is */
static void test_office_source_visiting_leader_and_past_signing(void **state)
{
    (void)state;
    test_doc t = test_extract("Greek Prime Minister John Abbot met Egyptian President Jane Roe in Athens on Tuesday. The "
                              "two leaders signed a joint declaration on migration, Abbot's office said.", "2025-06-12");
    const parley_event *ag = last_agreement(&t);
    assert_non_null(ag);
    assert_int_equal(ag->n_participants, 2);
    test_doc_free(&t);
    t = test_extract("Prime Minister John Abbot held talks with Sri Lankan President Jane Roe in New Delhi on Monday. "
                     "External Affairs Minister Max Mustermann called on the visiting leader earlier in the day. India "
                     "and Sri Lanka also exchanged MoUs on double taxation.", "2025-06-12");
    assert_non_null(meeting(&t, "Max Mustermann", "Jane Roe"));
    assert_non_null(last_agreement(&t));
    test_doc_free(&t);
    t = test_extract("Nairobi, December 6 - General John Abbot was received by Field Marshal Jane Roe in Addis Ababa on "
                     "Monday. The two militaries signed a memorandum of understanding on defence cooperation in 2019.",
                     "2022-12-06");
    ag = last_agreement(&t);
    assert_non_null(ag);
    assert_string_equal(ag->date, "2019");
    assert_true(ag->place < 0);
    test_doc_free(&t);
}

/* "received his Brazilian peer X"; "held preparatory talks"; "welcomed X to London for talks on
 * ... the battlegroup in Estonia" is in London; "met Y in Ankara and said ... would be led by Z"
 * is no meeting with Z; "discussed preparations for a visit by President W" is no meeting with W */
static void test_peer_welcomed_to_and_said(void **state)
{
    (void)state;
    test_doc t = test_extract("Argentina's Defence Minister John Abbot received his Brazilian peer Jane Roe in Buenos "
                              "Aires on Monday. Foreign Minister Max Mustermann and his Angolan counterpart Erika Svensson "
                              "held preparatory talks on Wednesday.", "2025-06-12");
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    assert_non_null(meeting(&t, "Max Mustermann", "Erika Svensson"));
    test_doc_free(&t);
    t = test_extract("Defence Secretary John Abbot welcomed Estonian Minister of Defence Jane Roe to London today for talks "
                     "on support for Ukraine and the battlegroup in Estonia.", "2025-03-14");
    const parley_event *m = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(m);
    assert_place(&t, m, "London");
    assert_string_equal(find_ent(t.ex, PARLEY_ENTITY_PERSON, "John Abbot")->country, "United Kingdom");
    test_doc_free(&t);
    t = test_extract("Ukrainian President John Abbot met Turkish President Jane Roe in Ankara and said Ukraine's delegation "
                     "would be led by Defence Minister Max Mustermann. Russian Foreign Minister Erika Svensson and her "
                     "Iranian counterpart Karl Lindqvist held talks in Moscow on Friday. The ministers also discussed "
                     "preparations for a visit by Iranian President Anna Berg to Russia.", "2025-05-16");
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    assert_null(meeting(&t, "John Abbot", "Max Mustermann"));
    assert_string_equal(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Max Mustermann")->country, "Ukraine");
    assert_null(meeting(&t, "Erika Svensson", "Anna Berg"));
    test_doc_free(&t);
}

/* "hosted European leaders ..., two days after X's clash with Y" is no meeting with Y; "A met B
 * ..., and the two leaders signed": A and B sign; "signed the Agreement in the presence of C";
 * "There he was received by D" is where the sentence before is; ", meeting E" */
static void test_time_clause_own_group_presence_and_there(void **state)
{
    (void)state;
    test_doc t = test_extract("Prime Minister John Abbot hosted European leaders in London on Sunday, two days after "
                              "President Jane Roe's clash with President Max Mustermann.", "2025-03-02");
    assert_null(meeting(&t, "John Abbot", "Max Mustermann"));
    test_doc_free(&t);
    t = test_extract("President John Abbot met President Max Mustermann in Paris on Friday. Abbot met Jane Roe at Downing "
                     "Street on Saturday, and the two leaders signed a loan agreement.", "2025-03-02");
    const parley_event *ag = last_agreement(&t);
    assert_non_null(ag);
    assert_non_null(find_meeting(t.ex, PARLEY_EVENT_AGREEMENT, "John Abbot", "Jane Roe"));
    assert_null(find_meeting(t.ex, PARLEY_EVENT_AGREEMENT, "John Abbot", "Max Mustermann"));
    test_doc_free(&t);
    t = test_extract("Japanese Foreign Minister John Abbot met Philippine Defense Secretary Jane Roe in Manila on Monday. "
                     "Abbot and Roe signed the Reciprocal Access Agreement in the presence of President Max Mustermann.",
                     "2024-07-08");
    assert_non_null(find_meeting(t.ex, PARLEY_EVENT_AGREEMENT, "John Abbot", "Jane Roe"));
    assert_non_null(meeting(&t, "John Abbot", "Max Mustermann"));
    test_doc_free(&t);
    t = test_extract("Foreign Minister John Abbot arrived in Jakarta on Monday, where he met President Jane Roe. On "
                     "Wednesday, he was in Bangkok. There he was received by Prime Minister Max Mustermann. He ended "
                     "the tour in Vientiane on Thursday, meeting President Erika Svensson.", "2025-06-12");
    const parley_event *m = meeting(&t, "John Abbot", "Max Mustermann");
    assert_non_null(m);
    assert_place(&t, m, "Bangkok");
    assert_non_null(meeting(&t, "John Abbot", "Erika Svensson"));
    test_doc_free(&t);
}

/* ", though King C did not receive A": a denying contrast clause is no part of the signing told
 * before it; a release in the first person: "I" is the person of its letterhead */
static void test_denied_clause_and_first_person(void **state)
{
    (void)state;
    test_doc t = test_extract("Spanish Prime Minister John Abbot and his Moroccan counterpart Jane Roe signed 20 "
                              "agreements in Rabat on Thursday, though King Max Mustermann did not receive Abbot.",
                              "2023-02-02");
    const parley_event *ag = last_agreement(&t);
    assert_non_null(ag);
    assert_int_equal(ag->n_participants, 2);
    assert_null(meeting(&t, "Max Mustermann", "John Abbot"));
    test_doc_free(&t);
    t = test_extract("Hon. John Abbot MP\nDeputy Prime Minister\nMinister for Defence\n\nMEDIA RELEASE\n\nToday I met "
                     "with India's Minister of Defence, Jane Roe, in New Delhi.\n\nI also called on External Affairs "
                     "Minister Max Mustermann.\n", "2024-06-21");
    const parley_entity *e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "John Abbot");
    assert_non_null(e);
    assert_string_equal(e->title, "Deputy Prime Minister and Minister for Defence");
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    assert_non_null(meeting(&t, "John Abbot", "Max Mustermann"));
    test_doc_free(&t);
    /* (the office on the line above the letterhead's name) */
    t = test_extract("MEDIA RELEASE\nMinister for Foreign Affairs\nSenator the Hon John Abbot\n\n3 December 2026\n\nToday I "
                     "met with Timor-Leste's Minister for Foreign Affairs, Jane Roe, in Dili.\n", "2026-12-03");
    e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "John Abbot");
    assert_non_null(e);
    assert_string_equal(e->title, "Minister for Foreign Affairs");
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    test_doc_free(&t);
}

/* "held a strategic dialogue"; "due to visit Germany, where he is expected to meet X" is not
 * placed where the story is, but in the country to be visited */
static void test_strategic_dialogue_and_planned_elsewhere(void **state)
{
    (void)state;
    test_doc t = test_extract("BRUSSELS, July 2 (Reuters) - EU foreign policy chief John Abbot and Chinese Foreign Minister "
                              "Jane Roe held a strategic dialogue in Brussels on Wednesday. Roe is also due to visit Germany "
                              "this week, where he is expected to meet German Foreign Minister Max Mustermann.", "2025-07-02");
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    const parley_event *p = find_meeting(t.ex, PARLEY_EVENT_MEETING, "Jane Roe", "Max Mustermann");
    assert_non_null(p);
    assert_int_equal(p->status, PARLEY_STATUS_PLANNED);
    assert_place(&t, p, "Germany");
    test_doc_free(&t);
}

/* a dateline on a line of its own ("Baku, November 20, AZERTAC"); "held the Nepal-India Foreign
 * Secretary-level talks"; "The two presidents also met troops" is no meeting of theirs */
/* "met Y on Friday for talks, before meeting President Z": a gerund's meeting is the subject's
 * second; "The two last met in Lima": the pair of the meeting before; "a delegation headed by X"
 * is met by whoever receives it. */
static void test_gerund_meeting_the_two_and_delegation_head(void **state)
{
    (void)state;
    test_doc t = test_extract("BEIJING - Secretary of State John Abbot met Foreign Minister Jane Roe on Friday for talks, "
                              "before meeting President Karl Lindqvist at the palace.", "2024-04-26");
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    assert_non_null(meeting(&t, "John Abbot", "Karl Lindqvist"));
    assert_null(meeting(&t, "Jane Roe", "Karl Lindqvist"));
    test_doc_free(&t);
    t = test_extract("SEOUL - Foreign Minister John Abbot held talks with his Japanese counterpart Jane Roe in Seoul on "
                     "Monday. The two last met in Lima in November.", "2025-01-13");
    size_t n = 0;
    for (size_t i = 0; i < t.ex->n_events; i++)
        n += t.ex->events[i].type == PARLEY_EVENT_MEETING;
    assert_int_equal(n, 2);
    test_doc_free(&t);
    t = test_extract("President John Abbot received a delegation headed by Karl Lindqvist on Saturday.", "2024-04-20");
    assert_non_null(meeting(&t, "John Abbot", "Karl Lindqvist"));
    test_doc_free(&t);
    /* "was ready to host talks": nothing happened */
    t = test_extract("ANKARA - President John Abbot and President Karl Lindqvist spoke by phone on Friday.\n\nAbbot told "
                     "Lindqvist that his country was ready to host talks.", "2024-04-19");
    const parley_event *hm = meeting(&t, "John Abbot", "Karl Lindqvist");
    assert_true(hm == NULL || hm->status == PARLEY_STATUS_PLANNED);
    test_doc_free(&t);
    /* a dateline's day and month alone, and the lead's weekday: the other weekdays are counted
     * from it ("On Monday evening" under "MOSCOW, July 9 - ... on Tuesday": July 8), the day
     * after is no meeting to come, and no made-up year is left in a date */
    t = test_extract("MOSCOW, July 9 (TASS) - President John Abbot and Prime Minister Jane Roe held talks in the "
                     "Kremlin on Tuesday.\n\nOn Monday evening, Abbot hosted Roe for a dinner.\n\nOn Wednesday, Roe "
                     "met Mayor Karl Lindqvist.", NULL);
    size_t nm = 0;
    bool monday = false, tuesday = false;
    for (size_t i = 0; i < t.ex->n_events; i++) {
        const parley_event *e = &t.ex->events[i];
        if (e->type != PARLEY_EVENT_MEETING)
            continue;
        nm++;
        assert_int_equal(e->status, PARLEY_STATUS_OCCURRED);
        monday |= strcmp(e->date, "--07-08") == 0;
        tuesday |= strcmp(e->date, "--07-09") == 0;
        assert_true(e->date[0] == '\0' || e->date[0] == '-');
    }
    assert_int_equal(nm, 3);
    assert_true(monday && tuesday);
    const parley_event *wd = meeting(&t, "Jane Roe", "Karl Lindqvist");
    assert_non_null(wd);
    assert_string_equal(wd->date, "--07-10");
    test_doc_free(&t);
    /* "Neither A nor B attended the talks" */
    t = test_extract("NEW DELHI - Adviser John Abbot met Foreign Minister Jane Roe here on Monday for talks.\n\nNeither "
                     "Prime Minister Karl Lindqvist nor Minister Max Mustermann attended the talks.", "2025-08-18");
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    assert_null(meeting(&t, "Karl Lindqvist", "Jane Roe"));
    test_doc_free(&t);
    /* "at the Presidential Palace in Zeldaville": the city the building is in */
    t = test_extract("President John Abbot was received on Saturday by President Jane Roe at the Presidential Palace in "
                     "Zeldaville.", "2024-04-20");
    const parley_event *pz = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(pz);
    assert_place(&t, pz, "Zeldaville");
    test_doc_free(&t);
    /* "held delegation-level talks" */
    t = test_extract("Foreign Minister John Abbot and Foreign Minister Jane Roe held delegation-level talks in Oslo.",
                     "2024-01-29");
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    test_doc_free(&t);
    /* "will also witness the signing of agreements": a signing to come */
    t = test_extract("PRETORIA - President John Abbot met President Jane Roe of Namibia on Monday.\n\nThe two presidents "
                     "will also witness the signing of agreements on energy.", "2024-04-22");
    const parley_event *ag = last_agreement(&t);
    assert_non_null(ag);
    assert_int_equal(ag->status, PARLEY_STATUS_PLANNED);
    test_doc_free(&t);
}

/* "They" for the pair that opens the sentence before, meeting someone named; a representative
 * "for" a country is the representative, not whom he serves */
static void test_they_and_representative_for(void **state)
{
    (void)state;
    test_doc t = test_extract("Foreign Minister John Abbot and his Slovak counterpart Jane Roe arrived in Chisinau on "
                              "Thursday. They held talks with Moldovan President Max Mustermann.", "2025-10-03");
    assert_non_null(meeting(&t, "John Abbot", "Max Mustermann"));
    assert_non_null(meeting(&t, "Jane Roe", "Max Mustermann"));
    test_doc_free(&t);
    /* (not "they" for people named apart, nor with no one met) */
    t = test_extract("Foreign Minister John Abbot spoke in Vienna. President Jane Roe spoke in Prague. They held talks "
                     "with Chancellor Max Mustermann. Minister Erika Svensson and Minister Karl Lindqvist arrived in "
                     "Oslo. They held talks on trade.", "2025-10-03");
    assert_null(meeting(&t, "John Abbot", "Max Mustermann"));
    assert_null(meeting(&t, "Erika Svensson", "Karl Lindqvist"));
    test_doc_free(&t);
    /* "SINGAPORE - ...": a city-state's dateline is its city, where the talks were; "in April last
     * year"; "The signing ceremony took place at the Burma Camp in Accra" */
    t = test_extract("SINGAPORE - Defense Minister John Abbot and his Philippine counterpart, Jane Roe, held talks "
                     "Saturday on the sidelines of the Shangri-La Dialogue. The two ministers had met in Washington in "
                     "April last year.", "2023-06-04");
    const parley_event *sg = NULL, *wa = NULL;
    for (size_t i = 0; i < t.ex->n_events; i++) {
        const parley_event *ev = &t.ex->events[i];
        if (ev->type == PARLEY_EVENT_MEETING && ev->place >= 0 && strcmp(t.ex->entities[ev->place].name, "Singapore") == 0)
            sg = ev;
        if (ev->type == PARLEY_EVENT_MEETING && ev->place >= 0 && strcmp(t.ex->entities[ev->place].name, "Washington") == 0)
            wa = ev;
    }
    assert_non_null(sg);
    assert_non_null(wa);
    assert_string_equal(wa->date, "2022-04");
    test_doc_free(&t);
    t = test_extract("The Minister of Defence, Dr. John Abbot, and the German Ambassador to Ghana, Jane Roe, on Tuesday "
                     "signed an agreement for the training of personnel in Germany. The signing ceremony took place at "
                     "the Burma Camp in Accra.", "2016-02-18");
    for (size_t i = 0; i < t.ex->n_events; i++)
        if (t.ex->events[i].type == PARLEY_EVENT_AGREEMENT) {
            assert_true(t.ex->events[i].place >= 0);
            assert_string_equal(t.ex->entities[t.ex->events[i].place].name, "Accra");
        }
    test_doc_free(&t);
    /* a building named alone, no dateline: the city the headline puts the meeting in */
    t = test_extract("Leaders meet in St Petersburg\n\nPresident John Abbot held talks with President of Belarus Jane "
                     "Roe at the Konstantinovsky Palace on January 29.", "2024-01-29");
    const parley_event *sp = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(sp);
    assert_place(&t, sp, "St Petersburg");
    test_doc_free(&t);
    /* "During the visit, the CAS called on A, Minister of ..., and held talks with B": an office's
     * initials for the person in focus; the opening phrase has no meeting words of its own */
    t = test_extract("Air Chief Marshal John Abbot, Chief of the Air Staff, is on an official visit to Egypt. During "
                     "the visit, the CAS called on Lieutenant General Jane Roe, Minister of Defence and Military "
                     "Production of Egypt, and held talks with Air Marshal Max Mustermann.", "2024-02-07");
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    assert_non_null(meeting(&t, "John Abbot", "Max Mustermann"));
    test_doc_free(&t);
    /* "B was accompanied by A, who also held talks with his Kenyan counterpart, C" */
    t = test_extract("Defence Cabinet Secretary John Abbot on Tuesday hosted his Tanzanian counterpart Jane Roe in "
                     "Nairobi. Roe was accompanied by the Chief of Defence Forces of Tanzania, General Max Mustermann, "
                     "who also held talks with his Kenyan counterpart, General Erika Svensson.", "2023-03-22");
    assert_non_null(meeting(&t, "John Abbot", "Max Mustermann"));
    assert_non_null(meeting(&t, "Max Mustermann", "Erika Svensson"));
    assert_null(meeting(&t, "John Abbot", "Erika Svensson"));
    test_doc_free(&t);
    /* "the Senior General met with X": the person named after that rank */
    t = test_extract("MOSCOW, August 17 - A delegation led by Commander-in-Chief of Defence Services Senior General "
                     "John Abbot is in Moscow. On Tuesday, the Senior General met with Russian Defence Minister Jane "
                     "Roe on the sidelines of the conference. A day earlier, he held a meeting with Secretary of the "
                     "Security Council Max Mustermann.", "2023-08-17");
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    assert_non_null(meeting(&t, "John Abbot", "Max Mustermann"));
    assert_null(meeting(&t, "Jane Roe", "Max Mustermann"));
    test_doc_free(&t);
    /* "signed the document on behalf of their respective sides": the MoU told just before */
    t = test_extract("DHAKA, April 18 (BSS) - An MoU on defence industry cooperation was inked between Bangladesh and "
                     "Turkiye in Dhaka today. Lieutenant General John Abbot and Turkish Deputy Minister Jane Roe signed "
                     "the document on behalf of their respective sides.", "2024-04-18");
    size_t agreements = 0;
    for (size_t i = 0; i < t.ex->n_events; i++)
        agreements += t.ex->events[i].type == PARLEY_EVENT_AGREEMENT;
    assert_int_equal(agreements, 1);
    test_doc_free(&t);
    /* "during President C's state visit": the visit's owner signs nothing; "The Chief Minister was
     * accompanied by X": X joins the Chief Minister's meeting, not the last one told */
    t = test_extract("Lisbon - Brazil's Defence Minister John Abbot and his Portuguese counterpart Jane Roe signed a "
                     "defence cooperation plan in Lisbon on Monday, during President Max Mustermann's state visit to "
                     "Portugal.", "2023-04-25");
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    assert_null(meeting(&t, "John Abbot", "Max Mustermann"));
    test_doc_free(&t);
    t = test_extract("Chennai: Singapore's Minister for Trade John Abbot called on Chief Minister Jane Roe on Monday. "
                     "Mr Abbot also met Industries Minister Max Mustermann. The Chief Minister was accompanied by Chief "
                     "Secretary Erika Svensson.", "2024-01-08");
    assert_non_null(meeting(&t, "Jane Roe", "Erika Svensson"));
    assert_null(meeting(&t, "Max Mustermann", "Erika Svensson"));
    const parley_entity *cs = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Erika Svensson");
    assert_non_null(cs);
    assert_true(!cs->country || strcmp(cs->country, "Singapore") != 0);
    test_doc_free(&t);
    /* "The defence ministers of the five Nordic countries met in Oslo, hosted by X. Participants
     * included Denmark's A and Sweden's B": one meeting of them all */
    t = test_extract("OSLO - The defence ministers of the five Nordic countries met in Oslo on Tuesday, hosted by "
                     "Norway's Minister of Defence John Abbot. Participants included Denmark's Jane Roe and Sweden's "
                     "Max Mustermann.", "2024-05-14");
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    assert_non_null(meeting(&t, "Jane Roe", "Max Mustermann"));
    test_doc_free(&t);
    /* "X told a press conference that A had met with B": the speaker takes no part ("He said that he
     * met B" keeps him) */
    t = test_extract("BEIJING -- Senior Colonel John Abbot, spokesperson for the ministry, told a press conference on "
                     "Thursday that Defense Minister Jane Roe had met with Secretary of Defense Max Mustermann in "
                     "Vientiane. President Erika Svensson said that she met Karl Lindqvist in Paris.", "2024-11-28");
    assert_non_null(meeting(&t, "Jane Roe", "Max Mustermann"));
    assert_null(meeting(&t, "John Abbot", "Max Mustermann"));
    assert_non_null(meeting(&t, "Erika Svensson", "Karl Lindqvist"));
    test_doc_free(&t);
    /* "held a video conference with X on Monday to discuss ...": a call that happened */
    t = test_extract("Berlin - Minister John Abbot held a video conference with his counterpart Jane Roe on Monday to "
                     "discuss air defence deliveries.", "2024-06-11");
    size_t calls = 0;
    for (size_t i = 0; i < t.ex->n_events; i++)
        calls += t.ex->events[i].type == PARLEY_EVENT_CALL && t.ex->events[i].status == PARLEY_STATUS_OCCURRED;
    assert_int_equal(calls, 1);
    assert_null(meeting(&t, "John Abbot", "Jane Roe"));
    test_doc_free(&t);
    /* talks told without names, then the delegations: one meeting of them all */
    t = test_extract("JEDDAH, March 11 (Reuters) - Ukrainian and U.S. officials began talks in Saudi Arabia on Tuesday. "
                     "The U.S. delegation was led by Secretary of State John Abbot. Jane Roe, head of the Ukrainian "
                     "presidential office, led Kyiv's team, which also included Foreign Minister Max Mustermann.",
                     "2025-03-11");
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    assert_non_null(meeting(&t, "John Abbot", "Max Mustermann"));
    test_doc_free(&t);
    /* "UNITED NATIONS (AP) -": New York's dateline, a venue's (no country of its own); "met A in
     * Bratislava on Monday and B in Prague on Wednesday"; "the commanders of the Latvian and
     * Lithuanian armed forces, A and B respectively" */
    t = test_extract("UNITED NATIONS (AP) - U.N. Secretary-General John Abbot met separately on Tuesday with Iranian "
                     "President Jane Roe and Turkish President Max Mustermann.", "2024-09-25");
    const parley_event *un = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(un);
    assert_place(&t, un, "New York");
    assert_null(find_ent(t.ex, PARLEY_ENTITY_COUNTRY, "United States"));
    test_doc_free(&t);
    t = test_extract("VIENNA - Foreign Minister John Abbot met Slovak Foreign Minister Jane Roe in Bratislava on Monday "
                     "and Czech Foreign Minister Max Mustermann in Prague on Wednesday. The commanders of the Latvian "
                     "and Lithuanian armed forces, General Erika Svensson and General Karl Lindqvist respectively, "
                     "met in Tallinn.", "2024-05-10");
    const parley_event *pr = meeting(&t, "John Abbot", "Max Mustermann");
    assert_non_null(pr);
    assert_string_equal(t.ex->entities[pr->place].name, "Prague");
    assert_string_equal(pr->date, "2024-05-08");
    const parley_entity *kl = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Karl Lindqvist");
    assert_non_null(kl);
    assert_string_equal(kl->country, "Lithuania");
    test_doc_free(&t);
    /* "had an audience with King X", "huddled with"; "ANKARA - ... met in Cairo ... then held a
     * one-on-one meeting at the Ittihadiya Palace": the building is in Cairo */
    t = test_extract("Defence Minister John Abbot had an audience with King Jane Roe on Monday. Minister Max "
                     "Mustermann huddled with Minister Erika Svensson.", "2024-06-11");
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    assert_non_null(meeting(&t, "Max Mustermann", "Erika Svensson"));
    test_doc_free(&t);
    t = test_extract("ANKARA\n\nTurkish President John Abbot and his Egyptian counterpart Jane Roe met in Cairo on "
                     "Wednesday. The two leaders then held a one-on-one meeting at the Ittihadiya Palace.", "2024-02-16");
    for (size_t i = 0; i < t.ex->n_events; i++)
        if (t.ex->events[i].type == PARLEY_EVENT_MEETING && t.ex->events[i].place >= 0)
            assert_string_not_equal(t.ex->entities[t.ex->events[i].place].name, "Ankara");
    test_doc_free(&t);
    /* "in the New Alamein City", "hosted X in New Alamein": places the lexicon does not know; "who
     * had received him at Paro airport": not the talks' place; "The two prime ministers witnessed
     * ...": the pair the office fits */
    t = test_extract("CAIRO (MENA) - President John Abbot received General Jane Roe in the New Alamein City on "
                     "Monday. Prime Minister Max Mustermann met King Erika Svensson in Thimphu on Friday. Mustermann "
                     "also held talks with his Bhutanese counterpart Karl Lindqvist, who had received him at Paro "
                     "airport. The two prime ministers witnessed the exchange of several MoUs.", "2024-03-23");
    const parley_event *na = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(na);
    assert_string_equal(t.ex->entities[na->place].name, "New Alamein City");
    const parley_event *th = meeting(&t, "Max Mustermann", "Karl Lindqvist");
    assert_non_null(th);
    assert_string_equal(t.ex->entities[th->place].name, "Thimphu");
    for (size_t i = 0; i < t.ex->n_events; i++)
        if (t.ex->events[i].type == PARLEY_EVENT_AGREEMENT)
            for (size_t k = 0; k < t.ex->events[i].n_participants; k++)
                assert_string_not_equal(t.ex->entities[t.ex->events[i].participants[k]].name, "Erika Svensson");
    test_doc_free(&t);
    /* meetings that did not happen: not on the agenda, asked for, to take place */
    t = test_extract("A meeting between President John Abbot and Prime Minister Jane Roe is not on the agenda. "
                     "President Max Mustermann has asked for a meeting with Abbot. Abbot's meeting with President "
                     "Erika Svensson will take place next week.", "2024-06-11");
    assert_null(meeting(&t, "John Abbot", "Jane Roe"));
    assert_null(meeting(&t, "Max Mustermann", "John Abbot"));
    const parley_event *tp = meeting(&t, "John Abbot", "Erika Svensson");
    assert_true(!tp || tp->status == PARLEY_STATUS_PLANNED);
    test_doc_free(&t);
    /* "After meeting A in Warsaw on Monday, B flew to Berlin, where he held talks with C on
     * Tuesday"; "On the last day of the visit, he held talks in Doha with D" */
    t = test_extract("WARSAW - After meeting Defence Minister John Abbot in Warsaw on Monday, Defence Minister Jane "
                     "Roe flew to Berlin, where she held talks with Defence Minister Max Mustermann on Tuesday.",
                     "2024-06-11");
    const parley_event *wa2 = meeting(&t, "Jane Roe", "John Abbot"), *be = meeting(&t, "Jane Roe", "Max Mustermann");
    assert_non_null(wa2);
    assert_non_null(be);
    assert_string_equal(t.ex->entities[be->place].name, "Berlin");
    assert_string_equal(be->date, "2024-06-11");
    test_doc_free(&t);
    t = test_extract("ISLAMABAD (APP) - Defence Minister John Abbot on Thursday concluded a three-day visit to the "
                     "Gulf. On Tuesday, he called on Defence Minister Jane Roe in Riyadh. On the last day of the "
                     "visit, he held talks in Doha with Minister Max Mustermann.", "2024-02-16");
    const parley_event *dh = meeting(&t, "John Abbot", "Max Mustermann");
    assert_non_null(dh);
    assert_string_equal(dh->date, "2024-02-15");
    test_doc_free(&t);
    /* an exercise to come is planned; a compass word opens its name */
    t = test_extract("Japan and Australia would hold the Southern Jackaroo exercise with the United States next year. "
                     "Poland and Lithuania held the Iron Wolf drills in May.", "2025-09-05");
    size_t planned = 0, occurred = 0;
    for (size_t i = 0; i < t.ex->n_events; i++) {
        const parley_event *ev = &t.ex->events[i];
        if (ev->type != PARLEY_EVENT_EXERCISE)
            continue;
        const char *name = t.ex->entities[ev->participants[0]].name;
        if (strcmp(name, "Southern Jackaroo") == 0 && ev->status == PARLEY_STATUS_PLANNED)
            planned++;
        if (strcmp(name, "Iron Wolf") == 0 && ev->status == PARLEY_STATUS_OCCURRED)
            occurred++;
    }
    assert_int_equal(planned, 1);
    assert_int_equal(occurred, 1);
    test_doc_free(&t);
    /* "The two leaders, who last met in Astana in July, ...": a meeting before the story lends
     * its place to no later one */
    t = test_extract("ANKARA - President John Abbot held a phone call with Russian President Jane Roe on Friday. The "
                     "two leaders, who last met in person in Astana in July, agreed to meet again. Abbot also received "
                     "Hungarian Prime Minister Max Mustermann at the presidential complex later in the day.", "2025-11-14");
    const parley_event *lm = meeting(&t, "John Abbot", "Max Mustermann");
    assert_non_null(lm);
    assert_true(lm->place >= 0 && strcmp(t.ex->entities[lm->place].name, "Ankara") == 0);
    test_doc_free(&t);
    /* the day of an arrival told in a relative clause does not date what is to come */
    t = test_extract("BEIJING, April 1 (Xinhua) -- Foreign Minister John Abbot held talks with Foreign Minister Jane Roe "
                     "in Beijing on Tuesday. Roe, who arrived in Beijing on Monday, will also be received by President "
                     "Max Mustermann.", "2025-04-01");
    for (size_t i = 0; i < t.ex->n_events; i++)
        if (t.ex->events[i].status == PARLEY_STATUS_PLANNED)
            assert_null(strstr(t.ex->events[i].date, "04-07"));
    test_doc_free(&t);
    t = test_extract("Acting Foreign Minister John Abbot met Pakistan's Special Representative for Afghanistan Jane Roe "
                     "in Kabul on Sunday. Max Mustermann met Erika Svensson, a senior adviser to President Karl "
                     "Lindqvist.", "2025-10-05");
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    assert_null(meeting(&t, "Max Mustermann", "Karl Lindqvist"));
    test_doc_free(&t);
}

static void test_dateline_line_compound_talks_and_troops(void **state)
{
    (void)state;
    test_doc t = test_extract("Baku, November 20, AZERTAC\n\nMinister of Defense John Abbot met with the Minister of "
                              "Defense of Georgia Jane Roe, who is on an official visit to our country.", NULL);
    const parley_event *m = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(m);
    assert_string_equal(m->date, "--11-20");
    test_doc_free(&t);
    t = test_extract("Foreign Secretary John Abbot and Indian Foreign Secretary Jane Roe held the Nepal-India Foreign "
                     "Secretary-level talks on Thursday. Lithuanian President Max Mustermann welcomed Polish President "
                     "Erika Svensson to Vilnius on Friday. The two presidents also met troops of the NATO battalion in "
                     "Rukla.", "2025-11-07");
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    size_t n = 0;
    /* (and "held more than five hours of talks"; "a senior adviser to President X": X is not there) */
    test_doc u = test_extract("Secretary of State Karl Lindqvist and Foreign Minister Anna Berg held more than five hours "
                              "of talks in Beijing on Friday. Lindqvist met separately with Paul Smith, a senior adviser "
                              "to President Mary Jones.", "2025-04-26");
    assert_non_null(meeting(&u, "Karl Lindqvist", "Anna Berg"));
    test_doc v = test_extract("Prime Minister Jane Roe held talks with Prime Minister Max Mustermann in Vientiane. "
                              "Mustermann also paid courtesy calls on President Erika Svensson and Assembly President "
                              "Karl Lindqvist.", "2024-10-08");
    assert_non_null(meeting(&v, "Max Mustermann", "Erika Svensson"));
    /* "NAIROBI - X met Y at the White House": in Washington */
    test_doc w = test_extract("NAIROBI, May 22 (Reuters) - Kenyan President John Abbot met U.S. President Jane Roe at the "
                              "White House on Thursday.", "2024-05-23");
    const parley_event *wm = meeting(&w, "John Abbot", "Jane Roe");
    assert_non_null(wm);
    assert_place(&w, wm, "Washington");
    test_doc_free(&w);
    /* "in the Saudi city of NEOM": Saudi Arabia; "TBILISI - ... arrived in Georgia": Tbilisi */
    w = test_extract("CAIRO (Reuters) - Egyptian President John Abbot met Saudi Crown Prince Jane Roe in the Saudi city "
                     "of NEOM on Thursday. Tbilisi, 12 May - Prime Minister Max Mustermann held a meeting with Prime "
                     "Minister Erika Svensson, who arrived in Georgia on an official visit.", "2024-05-12");
    wm = meeting(&w, "John Abbot", "Jane Roe");
    assert_non_null(wm);
    assert_place(&w, wm, "Saudi Arabia");
    test_doc_free(&w);
    /* "the Conference in Rome, co-hosted by X" is no meeting; "The two defense chiefs last met in
     * Tokyo" are the defence ministers */
    w = test_extract("Defense Secretary John Abbot met Defense Minister Jane Roe in Manila on Thursday. Roe later paid a "
                     "courtesy call on President Max Mustermann. The two defense chiefs last met in Tokyo in February. "
                     "Roe was due to attend the Recovery Conference in Rome, co-hosted by Prime Minister Erika Svensson.",
                     "2025-02-20");
    assert_null(meeting(&w, "Jane Roe", "Erika Svensson"));
    const parley_event *tokyo = NULL;   /* the meeting in Tokyo: the two ministers' */
    for (size_t i = 0; i < w.ex->n_events; i++) {
        const parley_event *ev = &w.ex->events[i];
        if (ev->type == PARLEY_EVENT_MEETING && ev->place >= 0 && !strcmp(w.ex->entities[ev->place].name, "Tokyo"))
            tokyo = ev;
    }
    assert_non_null(tokyo);
    bool abbot = false, mustermann = false;
    for (size_t k = 0; k < tokyo->n_participants; k++) {
        abbot |= !strcmp(w.ex->entities[tokyo->participants[k]].name, "John Abbot");
        mustermann |= !strcmp(w.ex->entities[tokyo->participants[k]].name, "Max Mustermann");
    }
    assert_true(abbot && !mustermann);
    test_doc_free(&w);
    assert_non_null(meeting(&v, "Max Mustermann", "Karl Lindqvist"));
    test_doc_free(&v);
    assert_null(meeting(&u, "Karl Lindqvist", "Mary Jones"));
    assert_string_equal(find_ent(u.ex, PARLEY_ENTITY_PERSON, "Mary Jones")->title, "President");
    test_doc_free(&u);
    for (size_t i = 0; i < t.ex->n_events; i++)
        n += t.ex->events[i].type == PARLEY_EVENT_MEETING;
    assert_int_equal(n, 2);
    test_doc_free(&t);
}

static void test_year_it_is_for_and_briefing(void **state)
{
    (void)state;
    /* "signed a plan for defence cooperation in 2024" in a story of November 2023: the plan's
     * year is not the day of the signing */
    test_doc t = test_extract("HANOI - Minister John Abbot held talks in Hanoi on November 6 with Cambodian Minister Jane "
                              "Roe. Following the talks, the two ministers signed a plan for defence cooperation in 2024.",
                              "2023-11-06");
    const parley_event *ag = last_agreement(&t);
    assert_non_null(ag);
    assert_string_equal(ag->date, "2023-11-06");
    test_doc_free(&t);
    /* (a year before the story's still dates it) */
    t = test_extract("Minister John Abbot and Minister Jane Roe signed a defence agreement in 2022.", "2023-11-06");
    ag = last_agreement(&t);
    assert_non_null(ag);
    assert_string_equal(ag->date, "2022");
    test_doc_free(&t);
    /* "where he was briefed by Commander X": they met */
    t = test_extract("Minister John Abbot also visited the Defence Forces headquarters, where he was briefed by "
                     "Commander of the Defence Forces General Jane Roe.", "2024-02-22");
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    test_doc_free(&t);
}

static void test_headline_city_abroad_and_trilateral_clause(void **state)
{
    (void)state;
    /* "X, Y sign agreements in Baghdad" over "ANKARA (AA) - X and Y signed ...": Baghdad */
    test_doc t = test_extract("Abbot, Roe sign 26 agreements in Baghdad\n\nANKARA (AA) - Turkish President John Abbot and "
                              "Iraqi Prime Minister Jane Roe on Monday signed a memorandum of understanding.", "2024-04-22");
    const parley_event *ag = last_agreement(&t);
    assert_non_null(ag);
    assert_place(&t, ag, "Baghdad");
    test_doc_free(&t);
    /* "met A, and held a trilateral meeting with B and C": the second clause is the subject's,
     * one meeting of the three */
    t = test_extract("Secretary John Abbot met Minister Jane Roe, and held a trilateral meeting with Minister Max "
                     "Mustermann and Minister Erika Svensson.", "2023-11-16");
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    assert_non_null(meeting(&t, "Max Mustermann", "Erika Svensson"));
    test_doc_free(&t);
    /* "met separately with A, B and C, before a trilateral session with B and C" */
    t = test_extract("Secretary John Abbot met separately with Minister Jane Roe, Minister Max Mustermann and Minister "
                     "Erika Svensson, before a trilateral session with Mustermann and Svensson.", "2023-11-16");
    assert_non_null(meeting(&t, "Max Mustermann", "Erika Svensson"));
    assert_null(meeting(&t, "Jane Roe", "Max Mustermann"));
    test_doc_free(&t);
}

static void test_capital_dateline_currency_and_call_place(void **state)
{
    (void)state;
    /* "KUWAIT, Feb 6 (KUNA) -- ... received at Bayan Palace": in Kuwait City */
    test_doc t = test_extract("KUWAIT, Feb 6 (KUNA) -- His Highness the Amir Sheikh John Abbot received at Bayan Palace "
                              "on Tuesday British Foreign Secretary Jane Roe.", "2024-02-06");
    const parley_event *m = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(m);
    assert_place(&t, m, "Kuwait City");
    test_doc_free(&t);
    /* "worth over 5 billion US dollars": no country; the signing after the talks is theirs */
    t = test_extract("TASHKENT - President John Abbot and President Jane Roe held talks. Following the talks, a package "
                     "of documents worth over 5 billion US dollars was signed.", "2024-06-14");
    assert_null(find_ent(t.ex, PARLEY_ENTITY_COUNTRY, "United States"));
    const parley_event *ag = last_agreement(&t);
    assert_non_null(ag);
    assert_int_equal(ag->n_participants, 2);
    test_doc_free(&t);
    /* "welcomed the agreement in a phone call with X": a call has no place */
    t = test_extract("BISHKEK (Kabar) - President John Abbot welcomed the agreement in a phone call with Tajik President "
                     "Jane Roe.", "2024-08-06");
    bool call = false;
    for (size_t i = 0; i < t.ex->n_events; i++)
        if (t.ex->events[i].type == PARLEY_EVENT_CALL) {
            call = true;
            assert_int_equal(t.ex->events[i].place, -1);
        }
    assert_true(call);
    test_doc_free(&t);
    /* "NEW DELHI: ... exchanged memoranda ... who is on a state visit to India": the dateline's city */
    t = test_extract("NEW DELHI: India and Oman on Saturday exchanged memoranda of understanding in the presence of "
                     "Prime Minister John Abbot and Sultan Jane Roe, who is on a state visit to India.", "2023-12-16");
    ag = last_agreement(&t);
    assert_non_null(ag);
    assert_place(&t, ag, "New Delhi");
    test_doc_free(&t);
}

static void test_three_in_a_later_clause_and_next_round(void **state)
{
    (void)state;
    /* "He then met with A and B in separate meetings. X also hosted a trilateral meeting with C
     * and D, at which the three ministers agreed to hold the next round in Tbilisi": the two
     * meetings stay apart; one of three, where the story is */
    test_doc t = test_extract("ISTANBUL - Defense Minister John Abbot held a series of meetings in Istanbul on Wednesday. "
                              "Abbot first received Minister Jane Roe. He then met with Pakistan's Defense Minister Max "
                              "Mustermann and Qatar's Minister Erika Svensson in separate meetings. Abbot also hosted a "
                              "trilateral meeting with Roe and Georgian Defense Minister Karl Lindqvist, at which the "
                              "three ministers agreed to hold the next round in Tbilisi.", "2023-07-27");
    assert_null(meeting(&t, "Max Mustermann", "Erika Svensson"));
    const parley_event *m = meeting(&t, "Jane Roe", "Karl Lindqvist");
    assert_non_null(m);
    assert_place(&t, m, "Istanbul");
    test_doc_free(&t);
}

static void test_members_of_the_delegation(void **state)
{
    (void)state;
    /* "received a delegation of U.S. lawmakers led by Senator X ... Members of the delegation also
     * met with A and B": X met each of them */
    test_doc t = test_extract("TAIPEI - President John Abbot on Tuesday received a delegation of U.S. lawmakers led by "
                              "Senator Jane Roe. Members of the delegation also met with Defense Minister Max Mustermann "
                              "and Secretary-General Erika Svensson.", "2024-07-30");
    assert_non_null(meeting(&t, "Jane Roe", "Max Mustermann"));
    assert_non_null(meeting(&t, "Jane Roe", "Erika Svensson"));
    assert_null(meeting(&t, "Max Mustermann", "Erika Svensson"));
    test_doc_free(&t);
    /* "Also present was Defence Minister X": at the meeting */
    t = test_extract("PUTRAJAYA - Prime Minister John Abbot today received a courtesy call from Indonesian Defence "
                     "Minister Jane Roe. Also present was Defence Minister Max Mustermann.", "2024-01-29");
    assert_non_null(meeting(&t, "John Abbot", "Max Mustermann"));
    test_doc_free(&t);
}

static void test_relative_signing_and_month_end(void **state)
{
    (void)state;
    /* "X, who had signed an agreement with Germany in Berlin a day earlier, also met Y": the
     * signing is the clause's; the meeting is on the story's day */
    test_doc t = test_extract("MUNICH - Chancellor John Abbot met Jane Roe, the Ukrainian president, on Saturday. Roe, who "
                              "had signed a security agreement with Germany in Berlin a day earlier, also met Max "
                              "Mustermann, the US vice president.", "2024-02-17");
    const parley_event *ag = last_agreement(&t);
    assert_non_null(ag);
    assert_int_equal(ag->n_participants, 2);
    assert_string_equal(ag->date, "2024-02-16");
    assert_place(&t, ag, "Berlin");
    const parley_event *m = meeting(&t, "Jane Roe", "Max Mustermann");
    assert_non_null(m);
    assert_string_equal(m->date, "2024-02-17");
    test_doc_free(&t);
    /* "SINGAPORE - ... on Friday" (May 31) in a story of Monday June 3: the dateline's city */
    t = test_extract("SINGAPORE - Chinese Defence Minister John Abbot met U.S. Defense Secretary Jane Roe on the "
                     "sidelines of the Shangri-La Dialogue on Friday.", "2024-06-03");
    m = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(m);
    assert_string_equal(m->date, "2024-05-31");
    assert_place(&t, m, "Singapore");
    test_doc_free(&t);
}

static void test_call_then_plan_and_days_of_each(void **state)
{
    (void)state;
    /* "spoke by phone with Y on Monday and the two leaders agreed to meet ... in Washington in
     * July": a call on Monday, placed nowhere, and a meeting to come */
    test_doc t = test_extract("ANKARA - President John Abbot spoke by phone with President Jane Roe on Monday and the two "
                              "leaders agreed to meet at the NATO summit in Washington in July.", "2024-05-14");
    bool call = false, plan = false;
    for (size_t i = 0; i < t.ex->n_events; i++) {
        const parley_event *ev = &t.ex->events[i];
        if (ev->type == PARLEY_EVENT_CALL) {
            call = true;
            assert_int_equal(ev->status, PARLEY_STATUS_OCCURRED);
            assert_string_equal(ev->date, "2024-05-13");
            assert_int_equal(ev->place, -1);
        } else if (ev->type == PARLEY_EVENT_MEETING && ev->status == PARLEY_STATUS_PLANNED) {
            plan = true;
            assert_string_equal(ev->date, "2024-07");
        }
    }
    assert_true(call && plan);
    test_doc_free(&t);
    /* "held talks with A on Sunday and with B on Monday morning" */
    t = test_extract("BEIJING - Secretary John Abbot held talks with Foreign Minister Jane Roe on Sunday and with top "
                     "diplomat Max Mustermann on Monday morning.", "2023-06-19");
    const parley_event *m = meeting(&t, "John Abbot", "Max Mustermann");
    assert_non_null(m);
    assert_string_equal(m->date, "2023-06-19");
    m = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(m);
    assert_string_equal(m->date, "2023-06-18");
    test_doc_free(&t);
    /* "held talks with Y on Friday, when the two leaders inaugurated the port by video link" */
    t = test_extract("LIMA - President John Abbot held talks with President Jane Roe on Friday, when the two leaders "
                     "inaugurated the port of Chancay by video link.", "2024-11-15");
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    for (size_t i = 0; i < t.ex->n_events; i++)
        assert_int_not_equal(t.ex->events[i].type, PARLEY_EVENT_CALL);
    test_doc_free(&t);
    /* "held talks with Y, who is accompanying Prime Minister Z on a state visit": Z is not met */
    t = test_extract("NEW DELHI - Minister John Abbot held talks with his Greek counterpart Jane Roe, who is accompanying "
                     "Prime Minister Max Mustermann on a state visit to India.", "2024-03-18");
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    assert_null(meeting(&t, "John Abbot", "Max Mustermann"));
    test_doc_free(&t);
    /* "A, and B, were at the meeting" */
    t = test_extract("ABUJA - The Minister of Defence, John Abbot, on Wednesday received the Ambassador of Turkiye, Mr "
                     "Jane Roe. The Minister of State for Defence, Dr Max Mustermann, and the Permanent Secretary, Dr "
                     "Erika Svensson, were at the meeting.", "2023-10-12");
    assert_non_null(meeting(&t, "John Abbot", "Erika Svensson"));
    test_doc_free(&t);
    /* "MEXICO CITY - X met U.S. Secretary of State A and Homeland Security Secretary B at the
     * National Palace": visitors of one country met together by their host */
    t = test_extract("MEXICO CITY (AP) - Mexican President John Abbot met U.S. Secretary of State Jane Roe and Homeland "
                     "Security Secretary Max Mustermann at the National Palace on Thursday.", "2023-10-05");
    assert_non_null(meeting(&t, "Jane Roe", "Max Mustermann"));
    const parley_entity *mm = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Max Mustermann");
    assert_non_null(mm);
    assert_non_null(mm->country);
    assert_string_equal(mm->country, "United States");
    test_doc_free(&t);
    /* (an international body's officer named second is of no country) */
    t = test_extract("NEW YORK - Pakistani Prime Minister John Abbot met Iranian President Jane Roe and International "
                     "Monetary Fund Managing Director Max Mustermann on Monday.", "2024-09-24");
    mm = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Max Mustermann");
    assert_non_null(mm);
    assert_null(mm->country);
    test_doc_free(&t);
    /* ... but a visitor calling on the hosts' officials meets each apart */
    t = test_extract("COLOMBO - Admiral John Abbot, who is on an official visit to Sri Lanka, called on President Jane "
                     "Roe in Colombo on Tuesday. He also met Sri Lankan Navy Commander Max Mustermann and Sri Lankan "
                     "Chief of Defence Staff Erika Svensson.", "2023-09-12");
    assert_null(meeting(&t, "Max Mustermann", "Erika Svensson"));
    test_doc_free(&t);
    /* a call, then "A and B last met in Munich in February", then "The same day, A received C" */
    t = test_extract("Baku, March 26, AZERTAC. Foreign Minister John Abbot held a phone conversation with Secretary of "
                     "State Jane Roe. Abbot and Roe last met in Munich in February. The same day, Abbot received "
                     "Ambassador Max Mustermann.", "2024-03-26");
    const parley_event *sd = meeting(&t, "John Abbot", "Max Mustermann");
    assert_non_null(sd);
    assert_string_equal(sd->date, "2024-03-26");
    test_doc_free(&t);
    /* "X received Y at the airbase [on Monday]. The two premiers held talks on Tuesday": two
     * meetings, each on its day */
    t = test_extract("ISLAMABAD - Chinese Premier Jane Roe arrived in Islamabad on Monday. Prime Minister John Abbot "
                     "received Roe at the Nur Khan airbase. The two premiers held talks on Tuesday.", "2024-10-15");
    size_t both = 0;
    for (size_t i = 0; i < t.ex->n_events; i++)
        both += t.ex->events[i].type == PARLEY_EVENT_MEETING && t.ex->events[i].n_participants == 2;
    assert_int_equal(both, 2);
    test_doc_free(&t);
    /* "X flew on to Kyiv, where he met A on Tuesday, before travelling to Berlin for talks with B" */
    t = test_extract("MOSCOW (Reuters) - President John Abbot held talks with President Jane Roe in the Kremlin on "
                     "Monday. Abbot flew on to Kyiv, where he met President Max Mustermann on Tuesday, before travelling "
                     "to Berlin for talks with Chancellor Erika Svensson.", "2022-02-08");
    const parley_event *kv = meeting(&t, "John Abbot", "Max Mustermann");
    assert_non_null(kv);
    assert_place(&t, kv, "Kyiv");
    kv = meeting(&t, "John Abbot", "Erika Svensson");
    assert_non_null(kv);
    assert_place(&t, kv, "Berlin");
    test_doc_free(&t);
    /* "The trilateral meeting ... was held in Tbilisi. A, B and C attended the meeting. Following
     * the meeting, the ministers signed a memorandum of understanding." */
    t = test_extract("The trilateral meeting of the defense ministers was held in Tbilisi. Defense Minister John Abbot, "
                     "Minister of National Defense Jane Roe and Minister of Defense Max Mustermann attended the meeting. "
                     "Following the meeting, the ministers signed a memorandum of understanding.", "2023-05-26");
    assert_non_null(meeting(&t, "Jane Roe", "Max Mustermann"));
    assert_non_null(last_agreement(&t));
    test_doc_free(&t);
    /* "Baku ... A and B have signed the Shusha Declaration. The document was signed in Shusha after
     * the heads of state held a one-on-one meeting": the signing and the meeting in Shusha */
    t = test_extract("Baku, June 15, AZERTAC\n\nPresident John Abbot and President Jane Roe have signed the Shusha "
                     "Declaration on allied relations. The document was signed in Shusha after the heads of state held "
                     "a one-on-one meeting.", "2021-06-15");
    const parley_event *sh = last_agreement(&t);
    assert_non_null(sh);
    assert_place(&t, sh, "Shusha");
    test_doc_free(&t);
    /* "X criticised Y for holding talks with Z" */
    t = test_extract("Prime Minister John Abbot criticised President Jane Roe for holding talks with President Max "
                     "Mustermann.", "2022-04-08");
    assert_null(meeting(&t, "John Abbot", "Jane Roe"));
    assert_non_null(meeting(&t, "Jane Roe", "Max Mustermann"));
    test_doc_free(&t);
}

static void test_representative_for_a_region(void **state)
{
    (void)state;
    /* "Special Representative for Central Asia X": what the office is for, not someone served */
    test_doc t = test_extract("The Foreign Minister John Abbot held talks with EU Special Representative for Central Asia "
                              "Jane Roe.", "2024-03-01");
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    test_doc_free(&t);
    /* "In their meeting at the prime minister's office, A and B confirmed ...": a meeting of the
     * people after the opening phrase (not one the phrase's possessive names) */
    t = test_extract("Prime Minister John Abbot and visiting President Jane Roe agreed Thursday to deepen ties. In their "
                     "meeting at the prime minister's office, Abbot and Roe also confirmed their opposition.",
                     "2024-04-18");
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    test_doc_free(&t);
    /* "at his official residence in Baluwatar": an official's own office in a quarter the lexicon
     * does not know is in the dateline's city; "the papal summer residence in X" is in X */
    t = test_extract("KATHMANDU, Jan 22: Prime Minister John Abbot met Chinese Vice Foreign Minister Jane Roe at his "
                     "official residence in Baluwatar on Monday.", "2024-01-22");
    assert_place(&t, meeting(&t, "John Abbot", "Jane Roe"), "Kathmandu");
    test_doc_free(&t);
    t = test_extract("SEOUL, Feb 20 - President John Abbot received Foreign Minister Jane Roe at the presidential office "
                     "in Yongsan on Tuesday.", "2024-02-20");
    assert_place(&t, meeting(&t, "John Abbot", "Jane Roe"), "Seoul");
    test_doc_free(&t);
    t = test_extract("ROME, July 9 - Ukrainian President John Abbot met Pope Jane Roe at the papal summer residence in "
                     "Castel Gandolfo on Wednesday.", "2025-07-09");
    assert_place(&t, meeting(&t, "John Abbot", "Jane Roe"), "Castel Gandolfo");
    test_doc_free(&t);
    /* "The two leaders, who last met in A in September, ... C and D also attended the meeting":
     * the story's meeting, not the one before it */
    t = test_extract("ANKARA - President John Abbot hosted his counterpart Jane Roe in Ankara on Monday. The two leaders, "
                     "who last met in Nakhchivan in September, discussed trade. Foreign Minister Max Mustermann also "
                     "attended the meeting.", "2024-02-12");
    const parley_event *ev = meeting(&t, "Jane Roe", "Max Mustermann");
    assert_non_null(ev);
    assert_place(&t, ev, "Ankara");
    test_doc_free(&t);
    /* "X, who has ruled since 1994, visited Moscow in December, when he held talks with Y": a comma
     * closes what "since" opens; "visited Moscow and held talks": the place visited */
    t = test_extract("MINSK - President John Abbot met Jane Roe on Monday. Abbot, who has ruled the country since 1994, "
                     "visited Moscow in December, when he held talks with Roe.", "2024-01-29");
    ev = NULL;
    for (size_t k = 0; k < t.ex->n_events; k++)
        if (strcmp(t.ex->events[k].date, "2023-12") == 0)
            ev = &t.ex->events[k];
    assert_non_null(ev);
    test_doc_free(&t);
    t = test_extract("MINSK - In December, President John Abbot visited Moscow and held talks with Jane Roe.", "2024-01-29");
    assert_place(&t, meeting(&t, "John Abbot", "Jane Roe"), "Moscow");
    test_doc_free(&t);
    /* "met with the defence ministers of A, B and C, X, Y and Z": one meeting of them all */
    t = test_extract("TASHKENT - The Minister of Defence of Uzbekistan John Abbot met with the defence ministers of "
                     "Kazakhstan, Kyrgyzstan and Tajikistan, Jane Roe, Max Mustermann and Erika Svensson, in Tashkent "
                     "on Friday.", "2024-03-15");
    assert_non_null(meeting(&t, "Jane Roe", "Erika Svensson"));
    test_doc_free(&t);
    /* "X held talks with Y, a day after the two signed an agreement in Berlin": the day counts from
     * the clause's event, not from the story's; the signing is the day before */
    t = test_extract("MUNICH, Feb 17 - President John Abbot met Jane Roe on Saturday. Abbot also held talks with "
                     "Chancellor Max Mustermann, a day after the two signed a security agreement in Berlin.",
                     "2024-02-17");
    ev = meeting(&t, "John Abbot", "Max Mustermann");
    assert_non_null(ev);
    assert_string_equal(ev->date, "2024-02-17");
    assert_string_equal(last_agreement(&t)->date, "2024-02-16");
    test_doc_free(&t);
    /* "paid a visit to the office of Prime Minister X ... and congratulated him": a meeting; "The
     * pontiff later met X": the Pope; a mosque named alone is in the dateline's city */
    t = test_extract("ISLAMABAD - Ambassador John Abbot paid a visit to the office of Prime Minister Jane Roe on Sunday and "
                     "congratulated him on his re-election.", "2024-03-10");
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    test_doc_free(&t);
    t = test_extract("JAKARTA - Pope John Abbot met President Jane Roe at the presidential palace on Sept 4. The pontiff "
                     "later met Grand Imam Max Mustermann at the Istiqlal Mosque.", "2024-09-04");
    ev = meeting(&t, "John Abbot", "Max Mustermann");
    assert_non_null(ev);
    assert_place(&t, ev, "Jakarta");
    test_doc_free(&t);
    /* "X, who had met Y in Rome in January, said ...": the meeting of the clause is where it says */
    t = test_extract("CAPRI, April 18 - Foreign Minister John Abbot held talks with Secretary of State Jane Roe. Roe, who "
                     "had met Abbot in Rome in January, said the allies were united.", "2024-04-18");
    ev = NULL;
    for (size_t k = 0; k < t.ex->n_events; k++)
        if (strcmp(t.ex->events[k].date, "2024-01") == 0)
            ev = &t.ex->events[k];
    assert_non_null(ev);
    assert_place(&t, ev, "Rome");
    test_doc_free(&t);
    /* "met with Y on the sidelines of President Z's visit to Colombo": Z is not met, nor of Sri Lanka */
    t = test_extract("Tehran, April 22 (IRNA) - Foreign Minister John Abbot met with his Sri Lankan counterpart Jane Roe "
                     "on the sidelines of President Max Mustermann's visit to Colombo on Wednesday.", "2024-04-22");
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    assert_null(meeting(&t, "John Abbot", "Max Mustermann"));
    assert_person_country(t.ex, "Max Mustermann", "Iran");
    test_doc_free(&t);
    /* "Y arrived in Addis Ababa on Thursday after visiting Egypt, where he met President Z": in Egypt,
     * not on the day of the arrival */
    t = test_extract("ADDIS ABABA, Feb 16 - Prime Minister John Abbot held talks with President Jane Roe. Roe arrived in "
                     "Addis Ababa on Thursday after visiting Egypt, where he met President Max Mustermann.", "2024-02-16");
    ev = meeting(&t, "Jane Roe", "Max Mustermann");
    assert_non_null(ev);
    assert_place(&t, ev, "Egypt");
    assert_string_not_equal(ev->date, "2024-02-15");
    test_doc_free(&t);
    /* "X is on a state visit to China at the invitation of President Y, whom he met on Monday":
     * the inviter is the host, and met */
    t = test_extract("BEIJING, June 25 - Premier John Abbot held talks with Polish President Jane Roe on Monday. Roe is on a "
                     "state visit to China at the invitation of President Max Mustermann, whom he met on Monday morning.",
                     "2024-06-25");
    assert_non_null(meeting(&t, "Jane Roe", "Max Mustermann"));
    pe_country_not(&t, "Max Mustermann", "Poland");
    test_doc_free(&t);
    /* "A met B in Lima on Saturday before travelling to Rio for the G20 summit, where he held talks
     * with C and D on Monday": C and D in Rio, on Monday */
    t = test_extract("RIO DE JANEIRO, Nov 19 - President John Abbot met President Jane Roe in Lima on Saturday before "
                     "travelling to Rio for the G20 summit, where he held talks with President Max Mustermann and Prime "
                     "Minister Erika Svensson on Monday.", "2024-11-19");
    ev = meeting(&t, "John Abbot", "Erika Svensson");
    assert_place(&t, ev, "Rio de Janeiro");
    assert_string_equal(ev->date, "2024-11-18");
    assert_place(&t, meeting(&t, "John Abbot", "Jane Roe"), "Lima");
    test_doc_free(&t);
    /* ... while the spokesman for President X is not X */
    t = test_extract("The Foreign Minister John Abbot held talks with the spokesman for President Jane Roe.", "2024-03-01");
    assert_null(meeting(&t, "John Abbot", "Jane Roe"));
    test_doc_free(&t);
}

static void test_signing_after_the_talks_and_square(void **state)
{
    (void)state;
    /* "Following the talks, the two leaders witnessed the signing ... by A and B": on the talks'
     * day and at their place, though its signatories are not the talks' people */
    test_doc t = test_extract("President John Abbot and Brazilian President Jane Roe met on Thursday in the border town "
                              "of Lethem. Following the talks, the two leaders witnessed the signing of a memorandum of "
                              "understanding by Minister of Public Works Max Mustermann and Brazil's Minister of "
                              "Transport Erika Svensson.", "2024-03-01");
    const parley_event *ag = last_agreement(&t);
    assert_non_null(ag);
    assert_true(has_participant(&t, ag, "Max Mustermann") && has_participant(&t, ag, "Erika Svensson"));
    assert_string_equal(ag->date, "2024-02-29");
    assert_place(&t, ag, "Lethem");
    test_doc_free(&t);
    /* "A and B joined the so-called "two-plus-two" security talks": the meeting before (not by
     * video link) */
    t = test_extract("Defense Minister John Abbot held talks in Manila with his Philippine counterpart Jane Roe on "
                     "Monday. Foreign Minister Max Mustermann and Philippine Foreign Affairs Secretary Erika Svensson "
                     "joined the so-called \"two-plus-two\" security talks.", "2024-07-08");
    assert_non_null(meeting(&t, "John Abbot", "Erika Svensson"));
    assert_ptr_equal(meeting(&t, "John Abbot", "Jane Roe"), meeting(&t, "Max Mustermann", "Jane Roe"));
    test_doc_free(&t);
    t = test_extract("Defense Minister John Abbot held talks in Manila with his Philippine counterpart Jane Roe on "
                     "Monday. Foreign Minister Max Mustermann joined the security talks by video link.", "2024-07-08");
    assert_null(meeting(&t, "John Abbot", "Max Mustermann"));
    test_doc_free(&t);
    /* a call, then "The two leaders discussed ...": no meeting */
    t = test_extract("Prime Minister John Abbot and French President Jane Roe held a telephone conversation on Tuesday. "
                     "The two leaders discussed the situation in the region.", "2024-07-10");
    assert_null(meeting(&t, "John Abbot", "Jane Roe"));
    test_doc_free(&t);
    /* the meeting told again with a city of the country it was known by */
    t = test_extract("Azerbaijani President John Abbot has received a delegation led by Speaker Jane Roe. The meeting "
                     "was held in Baku on 20 September.", NULL);
    const parley_event *bk = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(bk);
    assert_place(&t, bk, "Baku");
    test_doc_free(&t);
    /* "held discussion with"; a dateline's "June 5/2023" */
    t = test_extract("Addis Ababa, June 5/2023 (ENA) Prime Minister John Abbot held discussion with Kenyan President "
                     "Jane Roe today.", NULL);
    bk = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(bk);
    assert_string_equal(bk->date, "2023-06-05");
    test_doc_free(&t);
    /* a seat of government is in its city; "in the Kazakh capital" is in the capital the lexicon
     * lists; "who was visiting Munich" says where the subject met */
    t = test_extract("President John Abbot welcomed Prime Minister Jane Roe of India to the White House today.", "2023-06-22");
    bk = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(bk);
    assert_place(&t, bk, "Washington");
    test_doc_free(&t);
    t = test_extract("Head of State John Abbot received Chinese Minister of Public Security Jane Roe in the Kazakh "
                     "capital.", "2024-04-20");
    bk = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(bk);
    assert_place(&t, bk, "Astana");
    test_doc_free(&t);
    /* "in the Russian capital, Moscow", "in the US capital" */
    t = test_extract("Foreign Minister John Abbot met Jane Roe in the Russian capital, Moscow, on Thursday. He met Max "
                     "Mustermann in the US capital on Wednesday.", "2024-03-16");
    assert_place(&t, meeting(&t, "John Abbot", "Jane Roe"), "Moscow");
    assert_place(&t, meeting(&t, "John Abbot", "Max Mustermann"), "Washington");
    test_doc_free(&t);
    t = test_extract("On February 17, Ms. Jane Roe, Minister for Foreign Affairs, who was visiting Munich, Germany, held "
                     "a meeting with Mr. John Abbot, Minister for Foreign Affairs of Ukraine.", "2024-02-19");
    bk = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(bk);
    assert_place(&t, bk, "Munich");
    test_doc_free(&t);
    /* "on 21st instant": that day of the month of publication */
    t = test_extract("RAWALPINDI: General John Abbot called on General Jane Roe at General Headquarters on 21st instant.",
                     "2023-11-22");
    bk = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(bk);
    assert_string_equal(bk->date, "2023-11-21");
    test_doc_free(&t);
    /* "..., a day after the two leaders signed the Ankara Declaration in Türkiye": the clause's
     * place is not the talks', and the signing is the day before */
    t = test_extract("Addis Abeba - Prime Minister John Abbot held talks with Somalia's President Jane Roe at his office "
                     "on Wednesday, a day after the two leaders signed the Ankara Declaration in Türkiye.", "2024-12-12");
    bk = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(bk);
    assert_string_equal(bk->date, "2024-12-11");
    assert_place(&t, bk, "Addis Ababa");
    const parley_event *ag2 = last_agreement(&t);
    assert_non_null(ag2);
    assert_string_equal(ag2->date, "2024-12-10");
    assert_place(&t, ag2, "Turkey");
    test_doc_free(&t);
    /* "The two ministers, who were joined by X, discussed ...": X joins their meeting */
    t = test_extract("ANKARA - Defense Minister John Abbot on Thursday received his Iraqi counterpart Jane Roe in the "
                     "Turkish capital. The two ministers, who were joined by Chief of General Staff Gen. Max Mustermann, "
                     "discussed counterterrorism cooperation.", "2024-03-15");
    assert_non_null(meeting(&t, "Jane Roe", "Max Mustermann"));
    test_doc_free(&t);
    /* "on the 5th of this month", "on Friday last week", "on March 12th", "two days ago" (published
     * on Friday 15 March 2024) */
    {
        const char *texts[][2] = {{"on the 5th of this month", "2024-03-05"}, {"on Friday last week", "2024-03-08"},
                                  {"on March 12th", "2024-03-12"}, {"two days ago", "2024-03-13"}};
        for (size_t k = 0; k < sizeof texts / sizeof *texts; k++) {
            char buf[256];
            snprintf(buf, sizeof buf, "Defence Minister John Abbot met his Georgian counterpart Jane Roe in Tbilisi %s.",
                     texts[k][0]);
            t = test_extract(buf, "2024-03-15");
            bk = meeting(&t, "John Abbot", "Jane Roe");
            assert_non_null(bk);
            assert_string_equal(bk->date, texts[k][1]);
            test_doc_free(&t);
        }
    }
    /* "A and B later held a separate meeting, after which C met D": two meetings */
    t = test_extract("BEIJING - President John Abbot, Commission President Jane Roe and President Max Mustermann held a "
                     "trilateral meeting on Thursday. Abbot and Mustermann later held a separate meeting, after which "
                     "Roe met Premier Erika Svensson.", "2024-03-15");
    bk = meeting(&t, "John Abbot", "Max Mustermann");
    assert_non_null(meeting(&t, "Jane Roe", "Erika Svensson"));
    assert_null(meeting(&t, "John Abbot", "Erika Svensson"));
    test_doc_free(&t);
    /* a square named alone is in the dateline's city */
    t = test_extract("ZAGREB, March 3 (Hina) - Defence Minister John Abbot was received by Prime Minister Jane Roe at "
                     "the government headquarters in Markov Square.", NULL);
    const parley_event *ev = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_place(&t, ev, "Zagreb");
    test_doc_free(&t);
}

static void test_visiting_the_country_and_upcoming_exercise(void **state)
{
    (void)state;
    /* "A met B, who is currently visiting the country": in A's country */
    test_doc t = test_extract("Qatari Minister John Abbot met yesterday with British General Jane Roe, who is currently "
                              "visiting the country.", "2022-11-30");
    assert_place(&t, meeting(&t, "John Abbot", "Jane Roe"), "Qatar");
    test_doc_free(&t);
    /* "discussed the upcoming Exercise X": the exercise is to come, the meeting is not */
    t = test_extract("General John Abbot held talks with General Jane Roe in Jakarta on Tuesday. The two chiefs "
                     "discussed the upcoming Exercise New Horizon.", "2024-03-07");
    for (size_t i = 0; i < t.ex->n_events; i++)
        assert_false(t.ex->events[i].type == PARLEY_EVENT_MEETING && t.ex->events[i].status == PARLEY_STATUS_PLANNED);
    test_doc_free(&t);
}

static void test_seats_and_gathering_city(void **state)
{
    (void)state;
    /* "at the Pentagon": Washington; "at NATO Headquarters": Brussels */
    test_doc t = test_extract("Secretary of Defense John Abbot met with Philippine Secretary Jane Roe at the Pentagon "
                              "today. NATO Secretary General Max Mustermann met Swedish Prime Minister Erika Svensson "
                              "at NATO Headquarters on Thursday.", "2023-08-31");
    assert_place(&t, meeting(&t, "John Abbot", "Jane Roe"), "Washington");
    assert_place(&t, meeting(&t, "Max Mustermann", "Erika Svensson"), "Brussels");
    test_doc_free(&t);
    /* "on the sidelines of the Moscow Conference on International Security": in Moscow */
    t = test_extract("Russian Minister John Abbot met Belarusian Minister Jane Roe on the sidelines of the Moscow "
                     "Conference on International Security.", "2022-08-16");
    assert_place(&t, meeting(&t, "John Abbot", "Jane Roe"), "Moscow");
    test_doc_free(&t);
}

static void test_told_meeting_grows(void **state)
{
    (void)state;
    /* "They discussed X, in the presence of C": the meeting told, with C */
    test_doc t = test_extract("KUWAIT, Oct 2 - Minister John Abbot received at his office on Monday the visiting US "
                              "General Jane Roe. They discussed military cooperation, in the presence of Chief of Staff "
                              "General Max Mustermann.", "2023-10-02");
    size_t n = 0;
    for (size_t i = 0; i < t.ex->n_events; i++)
        if (t.ex->events[i].type == PARLEY_EVENT_MEETING) {
            n++;
            assert_int_equal(t.ex->events[i].n_participants, 3);
        }
    assert_int_equal(n, 1);
    test_doc_free(&t);
    /* ... not a meeting told apart ("later", "also") */
    t = test_extract("Minister John Abbot met General Jane Roe in Riga on Monday. Later, the two ministers met President "
                     "Max Mustermann.", "2023-10-02");
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    assert_non_null(meeting(&t, "John Abbot", "Max Mustermann"));
    n = 0;
    for (size_t i = 0; i < t.ex->n_events; i++)
        n += t.ex->events[i].type == PARLEY_EVENT_MEETING;
    assert_int_equal(n, 2);
    test_doc_free(&t);
}

static void test_tass_datelines_and_signed_by(void **state)
{
    (void)state;
    /* "KUBINKA /Moscow Region/, August 15. /TASS/.", "ST. PETERSBURG, August 15" */
    test_doc t = test_extract("KUBINKA /Moscow Region/, August 15. /TASS/. Russian Minister John Abbot met Belarusian "
                              "Minister Jane Roe on Tuesday.", "2023-08-15");
    assert_place(&t, meeting(&t, "John Abbot", "Jane Roe"), "Kubinka");
    test_doc_free(&t);
    t = test_extract("ST. PETERSBURG, August 15. /TASS/. Russian Minister John Abbot met Belarusian Minister Jane Roe on "
                     "Tuesday.", "2023-08-15");
    assert_place(&t, meeting(&t, "John Abbot", "Jane Roe"), "St Petersburg");
    test_doc_free(&t);
    /* "signed ... on Feb. 8, X said on Thursday. The agreement was signed by A and B" */
    t = test_extract("ANKARA - Turkey and Somalia signed a defense cooperation framework agreement in Ankara on Feb. 8, "
                     "Somali Minister Jane Roe said on Thursday. The agreement was signed by Turkish Minister John "
                     "Abbot and Roe.", "2024-02-22");
    const parley_event *ev = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_string_equal(ev->date, "2024-02-08");
    test_doc_free(&t);
}

static void test_came_a_day_after(void **state)
{
    (void)state;
    /* "The meeting between A and B came a day after B met C": the meeting told; C met the day before */
    test_doc t = test_extract("Minister John Abbot and Secretary Jane Roe held talks in Tokyo on Friday. The meeting "
                              "between Abbot and Roe came a day after Roe met Prime Minister Max Mustermann.", "2023-07-28");
    size_t n = 0;
    for (size_t i = 0; i < t.ex->n_events; i++)
        n += t.ex->events[i].type == PARLEY_EVENT_MEETING;
    assert_int_equal(n, 2);
    const parley_event *ev = meeting(&t, "Jane Roe", "Max Mustermann");
    assert_non_null(ev);
    assert_string_equal(ev->date, "2023-07-27");
    test_doc_free(&t);
    /* "a week after": seven days */
    t = test_extract("Minister John Abbot and Secretary Jane Roe held talks in Tokyo on Friday. The talks came a week "
                     "after Roe met Prime Minister Max Mustermann.", "2023-07-28");
    ev = meeting(&t, "Jane Roe", "Max Mustermann");
    assert_non_null(ev);
    assert_string_equal(ev->date, "2023-07-21");
    test_doc_free(&t);
}

static void test_three_ministers_trilateral(void **state)
{
    (void)state;
    /* "A met B on Sunday. A also met C on Saturday. The three ministers held a trilateral meeting" */
    test_doc t = test_extract("Minister John Abbot held talks with Minister Jane Roe in Singapore on Sunday. Abbot also met "
                              "Secretary Max Mustermann on Saturday. The three ministers held a trilateral meeting later "
                              "that day.", "2023-06-04");
    const parley_event *ev = meeting(&t, "Jane Roe", "Max Mustermann");
    assert_non_null(ev);
    assert_string_equal(ev->date, "2023-06-03");
    test_doc_free(&t);
    /* ... in a second clause of the sentence */
    t = test_extract("Minister John Abbot held talks with Minister Jane Roe in Singapore on Sunday. Abbot also met "
                     "Secretary Max Mustermann on Saturday, and the three ministers held a trilateral meeting later that "
                     "day.", "2023-06-04");
    ev = meeting(&t, "Jane Roe", "Max Mustermann");
    assert_non_null(ev);
    assert_string_equal(ev->date, "2023-06-03");
    test_doc_free(&t);
}

static void test_held_qualified_talks(void **state)
{
    (void)state;
    /* "A and B on Monday held wide-ranging talks", "held a closed-door meeting" */
    test_doc t = test_extract("NEW DELHI - Minister John Abbot and Secretary Jane Roe on Monday held wide-ranging talks. "
                              "Minister Max Mustermann and Minister Erika Svensson held a closed-door meeting on Tuesday.",
                              "2023-06-07");
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    const parley_event *ev = meeting(&t, "Max Mustermann", "Erika Svensson");
    assert_non_null(ev);
    assert_string_equal(ev->date, "2023-06-06");
    test_doc_free(&t);
}

static void test_returned_to_and_during_which(void **state)
{
    (void)state;
    test_doc t = test_extract("US Secretary John Abbot returned to Israel on Monday for talks with Prime Minister Jane "
                              "Roe, after a tour of Arab states during which he met Saudi Crown Prince Max Mustermann in "
                              "Riyadh and Egyptian President Erika Svensson in Cairo.", "2023-10-16");
    assert_place(&t, meeting(&t, "John Abbot", "Jane Roe"), "Israel");
    assert_place(&t, meeting(&t, "John Abbot", "Erika Svensson"), "Cairo");
    test_doc_free(&t);
}

static void test_witnessed_and_the_two_leaders(void **state)
{
    (void)state;
    /* "A and B witnessed the exchange in Jakarta": a meeting */
    test_doc t = test_extract("Minister John Abbot and Indonesian Minister Jane Roe witnessed the exchange in Jakarta.",
                              "2023-10-18");
    assert_place(&t, meeting(&t, "John Abbot", "Jane Roe"), "Jakarta");
    test_doc_free(&t);
    /* "the two leaders" after a welcome by a minister: the leaders of the talks */
    t = test_extract("President John Abbot and Brazilian President Jane Roe met on Thursday in Lethem. Roe was welcomed by "
                     "Foreign Minister Max Mustermann. Following the talks, the two leaders witnessed the signing of a "
                     "memorandum by Minister Erika Svensson and Minister Karl Lindqvist.", "2024-03-01");
    assert_non_null(meeting(&t, "John Abbot", "Erika Svensson"));
    assert_null(meeting(&t, "Max Mustermann", "Erika Svensson"));
    test_doc_free(&t);
}

static void test_agency_and_delegation_members(void **state)
{
    (void)state;
    test_doc t = test_extract("Kazakh Defense Minister John Abbot has met with his Kyrgyz counterpart Jane Roe in "
                              "Nur-Sultan, Kazinform reports.", "2019-11-20");
    assert_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Kazinform"));
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    test_doc_free(&t);
    t = test_extract("Azerbaijani President John Abbot has received a delegation led by Georgian Prime Minister Jane Roe. "
                     "The Georgian delegation included Defense Minister Max Mustermann.", "2020-02-14");
    assert_non_null(meeting(&t, "John Abbot", "Max Mustermann"));
    test_doc_free(&t);
}

static void test_hosted_counterparts(void **state)
{
    (void)state;
    test_doc t = test_extract("ROME - Italian Defence Minister John Abbot hosted his counterparts from Germany, Jane Roe, and "
                              "France, Max Mustermann, on Thursday.", "2024-05-03");
    assert_non_null(meeting(&t, "Jane Roe", "Max Mustermann"));
    test_doc_free(&t);
}

static void test_callers_included(void **state)
{
    (void)state;
    test_doc t = test_extract("Those who called on Minister John Abbot this week included Ambassador Jane Roe, High "
                              "Commissioner Max Mustermann and Ambassador Erika Svensson.", "2024-02-06");
    assert_non_null(meeting(&t, "John Abbot", "Max Mustermann"));
    assert_non_null(meeting(&t, "John Abbot", "Erika Svensson"));
    assert_null(meeting(&t, "Jane Roe", "Max Mustermann"));
    test_doc_free(&t);
}

static void test_office_initials_and_capitalised_office_object(void **state)
{
    (void)state;
    /* "EAM also met X": the one person whose title's initials it spells */
    test_doc t = test_extract("External Affairs Minister John Abbot met Foreign Minister of Guyana Jane Roe in New York. "
                              "EAM also met Foreign Minister of Malta Max Mustermann.", "2023-09-22");
    assert_non_null(meeting(&t, "John Abbot", "Max Mustermann"));
    test_doc_free(&t);
    /* "Y also met the Ambassador": the ambassador told before */
    test_doc u = test_extract("Minister of Defense John Abbot received Ambassador of the Republic of Korea Jane Roe on May 20. "
                              "Chief of the General Staff Major General Erika Svensson also met the Ambassador the same day.",
                              "2024-05-21");
    assert_non_null(meeting(&u, "Erika Svensson", "Jane Roe"));
    test_doc_free(&u);
}

static void test_place_of_the_visit_told_before(void **state)
{
    (void)state;
    /* "During the visit, X is to call on Y": where the visit told before goes, not the dateline */
    test_doc t = test_extract("RAWALPINDI: General John Abbot will visit Sri Lanka next week, the ISPR said.\n\n"
                              "During the visit, General Abbot called on President Jane Roe.", "2024-07-04");
    const parley_event *ev = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_place(&t, ev, "Sri Lanka");
    assert_person_country(t.ex, "Jane Roe", "Sri Lanka");
    test_doc_free(&t);
    /* "who is on a visit to our country" in a ministry's release: the host's country */
    test_doc u = test_extract("Minister of Defense of the Republic of Azerbaijan Colonel General John Abbot met with the "
                              "delegation led by the Commander of the Turkish Land Forces, General Jane Roe, who is on a "
                              "visit to our country.", "2024-04-10");
    const parley_event *e2 = meeting(&u, "John Abbot", "Jane Roe");
    assert_non_null(e2);
    assert_place(&u, e2, "Azerbaijan");
    test_doc_free(&u);
}

static void test_credentials_list(void **state)
{
    (void)state;
    /* "X received the credentials of three new ambassadors. They were A, B and C": each met X */
    test_doc t = test_extract("President John Abbot received on Tuesday the credentials of three new ambassadors. They were "
                              "Ambassador of Ghana Jane Roe, Ambassador of Norway Max Mustermann and Ambassador of Japan "
                              "Erika Svensson.", "2024-01-17");
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    assert_non_null(meeting(&t, "John Abbot", "Max Mustermann"));
    assert_non_null(meeting(&t, "John Abbot", "Erika Svensson"));
    assert_null(meeting(&t, "Jane Roe", "Max Mustermann"));
    test_doc_free(&t);
    /* (... "received the letters of credence from five new envoys": presented, not sent) */
    t = test_extract("His Majesty Sultan John Abbot, King of Malaysia, received the letters of credence from five new "
                     "foreign envoys at Istana Negara here today. They were High Commissioner of Australia Jane Roe and "
                     "Ambassador of France Max Mustermann.", "2025-01-15");
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    assert_non_null(meeting(&t, "John Abbot", "Max Mustermann"));
    test_doc_free(&t);
}

static void test_among_those_who_attended(void **state)
{
    (void)state;
    /* a lunch hosted for unnamed counterparts, then "A and B were among those who attended."; a
     * meeting told before ("X met Y") is another */
    test_doc t = test_extract("Defence Minister John Abbot met US Secretary of Defense Jane Roe on Friday. They reaffirmed "
                              "their ties. Dr Abbot also hosted a lunch for his counterparts. Australian Defence Minister "
                              "Max Mustermann and Malaysian Defence Minister Erika Svensson were among those who attended.",
                              "2023-06-03");
    assert_non_null(meeting(&t, "John Abbot", "Max Mustermann"));
    assert_non_null(meeting(&t, "Max Mustermann", "Erika Svensson"));
    assert_null(meeting(&t, "Jane Roe", "Max Mustermann"));
    test_doc_free(&t);
}

static void test_month_after_and_city_of_visit(void **state)
{
    (void)state;
    /* "The visit comes a month after X hosted Y": the month before the meeting told */
    test_doc t = test_extract("General John Abbot received Admiral Jane Roe in Dar es Salaam on Thursday. The visit comes a "
                              "month after President Max Mustermann hosted President Erika Svensson.", "2024-03-22");
    const parley_event *ev = meeting(&t, "Max Mustermann", "Erika Svensson");
    assert_non_null(ev);
    assert_string_equal(ev->date, "2024-02");
    test_doc_free(&t);
    /* "Y, who is on a visit to India, also called on Z" after "X met Y in New Delhi": New Delhi */
    test_doc u = test_extract("Chief of Defence Staff General John Abbot met French Chief of the Defence Staff General Jane "
                              "Roe in New Delhi on Tuesday. General Roe, who is on a four-day visit to India, also called on "
                              "Defence Secretary Max Mustermann.", "2024-02-28");
    const parley_event *e2 = meeting(&u, "Jane Roe", "Max Mustermann");
    assert_non_null(e2);
    assert_place(&u, e2, "New Delhi");
    test_doc_free(&u);
}

static void test_cited_source_joined_meeting_visit_date(void **state)
{
    (void)state;
    /* ", citing Akorda press secretary X": the report's source met no one */
    test_doc t = test_extract("ASTANA. President John Abbot received Foreign Minister Jane Roe, the agency reports, citing "
                              "press secretary Max Mustermann.", "2024-04-29");
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    assert_null(meeting(&t, "John Abbot", "Max Mustermann"));
    test_doc_free(&t);
    /* "Later, the meeting continued with the participation of X" */
    test_doc u = test_extract("Minister of Defense John Abbot met with the delegation led by Air Chief Marshal Jane Roe. "
                              "Later, the meeting continued with the participation of Lieutenant General Max Mustermann.",
                              "2024-01-25");
    assert_non_null(meeting(&u, "Jane Roe", "Max Mustermann"));
    test_doc_free(&u);
    /* "A and B signed a contract during that visit" after "the visit of B to Yerevan in February" */
    test_doc v = test_extract("Minister John Abbot met Ambassador Jane Roe on March 12. They discussed the agreements "
                              "reached during the visit of Defense Minister Max Mustermann to Yerevan in February. Abbot and "
                              "Mustermann signed a contract on radars during that visit.", "2024-03-12");
    const parley_event *ev = meeting(&v, "John Abbot", "Max Mustermann");
    assert_non_null(ev);
    assert_string_equal(ev->date, "2024-02");
    test_doc_free(&v);
}

static void test_will_travel_and_meet(void **state)
{
    (void)state;
    /* "will travel to Baghdad on Thursday to prepare the visit and meet X": to come */
    test_doc t = test_extract("Foreign Minister John Abbot will travel to Baghdad on Thursday to prepare the visit and meet "
                              "his Iraqi counterpart Jane Roe.", "2024-03-20");
    const parley_event *ev = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_int_equal(ev->status, PARLEY_STATUS_PLANNED);
    assert_string_equal(ev->date, "2024-03-21");
    test_doc_free(&t);
}

static void test_future_guessed_day_not_remembered(void **state)
{
    (void)state;
    /* "The drills will last until August 25. Earlier, X met Y": this August, not last year's */
    test_doc t = test_extract("MOSCOW, August 20. Naval ships have begun the exercise in the Sea of Japan.\n\nThe drills will "
                              "last until August 25.\n\nEarlier, Admiral John Abbot met with Admiral Jane Roe in Vladivostok.",
                              "2024-08-20");
    const parley_event *ev = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_string_equal(ev->date, "2024-08");
    test_doc_free(&t);
}

static void test_which_clause_of_a_summit(void **state)
{
    (void)state;
    /* "X received Y at the summit. Y delivered an address at the summit, which was also attended by
     * A and B": A and B attended the summit, not the meeting */
    test_doc t = test_extract("Vice-President John Abbot received Prime Minister Jane Roe at the summit in Dubai on Wednesday. "
                              "Roe delivered a keynote address at the summit, which was also attended by President Max "
                              "Mustermann and President Erika Svensson.", "2024-02-14");
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    assert_null(meeting(&t, "John Abbot", "Max Mustermann"));
    test_doc_free(&t);
}

static void test_unsigned_and_sealed_and_said_after(void **state)
{
    (void)state;
    /* "The talks ended without a signed document": no agreement */
    test_doc t = test_extract("Foreign Minister John Abbot and Foreign Minister Jane Roe held talks in Almaty on Friday. The "
                              "talks ended without a signed document.", "2024-05-12");
    assert_null(last_agreement(&t));
    test_doc_free(&t);
    /* "sealed a deal": signed */
    test_doc u = test_extract("Poland and South Korea sealed a $6 billion deal for howitzers on Monday.", "2024-04-10");
    assert_non_null(last_agreement(&u));
    test_doc_free(&u);
    /* ... and after a signing to come: "A and B will sign an agreement next month, X said after meeting Y" */
    test_doc w = test_extract("Greece and Israel will sign a defence agreement next month, Defence Minister John Abbot said "
                              "on Tuesday after meeting Ambassador Jane Roe in Athens.", "2024-04-10");
    const parley_event *e2 = meeting(&w, "John Abbot", "Jane Roe");
    assert_non_null(e2);
    assert_int_equal(e2->status, PARLEY_STATUS_OCCURRED);
    test_doc_free(&w);
    /* "The talks will continue next month, X said on Tuesday after meeting Y": a meeting that was */
    test_doc v = test_extract("The talks will continue next month, Defence Minister John Abbot said on Tuesday after meeting "
                              "Ambassador Jane Roe in Athens.", "2024-04-10");
    const parley_event *ev = meeting(&v, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_int_equal(ev->status, PARLEY_STATUS_OCCURRED);
    test_doc_free(&v);
}

static void test_source_of_a_signing_signs_nothing(void **state)
{
    (void)state;
    /* "Greece and Israel signed an agreement on Monday, Minister X said after meeting Y": the
     * countries signed; X (the source) and Y (whom X met) did not */
    test_doc t = test_extract("Greece and Israel signed a defence cooperation agreement on Monday, Greek Defence Minister "
                              "John Abbot said on Tuesday after meeting Israeli Ambassador Jane Roe in Athens.", "2024-04-10");
    const parley_event *ag = last_agreement(&t);
    assert_non_null(ag);
    bool greece = false, israel = false, person = false;
    for (size_t i = 0; i < ag->n_participants; i++) {
        const parley_entity *e = &t.ex->entities[ag->participants[i]];
        greece |= strcmp(e->name, "Greece") == 0;
        israel |= strcmp(e->name, "Israel") == 0;
        person |= e->type == PARLEY_ENTITY_PERSON;
    }
    assert_true(greece && israel && !person);
    test_doc_free(&t);
}

static void test_ruler_of_a_regime_met_no_one(void **state)
{
    (void)state;
    /* "X welcomed ... a transition away from the Assad regime": no meeting of X with Assad */
    test_doc t = test_extract("Foreign Secretary John Abbot welcomed the adoption of the resolution as a step towards a "
                              "transition away from the Roe regime to an inclusive government.", "2015-12-18");
    for (size_t i = 0; i < t.ex->n_events; i++)
        assert_int_not_equal(t.ex->events[i].type, PARLEY_EVENT_MEETING);
    test_doc_free(&t);
}

static void test_welcomed_a_thing(void **state)
{
    (void)state;
    /* "X welcomed the decision by Japanese Prime Minister Y": no meeting; "welcomed the visiting Y" is one */
    test_doc t = test_extract("Defence Minister John Abbot welcomed the decision by Japanese Prime Minister Jane Roe to raise "
                              "defence spending.", "2024-10-02");
    assert_null(meeting(&t, "John Abbot", "Jane Roe"));
    test_doc_free(&t);
    test_doc u = test_extract("Defence Minister John Abbot welcomed the visiting Japanese Prime Minister Jane Roe in Canberra.",
                              "2024-10-02");
    assert_non_null(meeting(&u, "John Abbot", "Jane Roe"));
    test_doc_free(&u);
    /* "is seeking a meeting with Y", "called for talks with Y": none held */
    test_doc w = test_extract("Prime Minister John Abbot is seeking a meeting with President Jane Roe.", "2024-10-02");
    assert_null(meeting(&w, "John Abbot", "Jane Roe"));
    test_doc_free(&w);
    /* "received congratulations from Y": what was sent, no visit */
    test_doc v = test_extract("Defence Minister John Abbot received congratulations from Japanese Prime Minister Jane Roe.",
                              "2024-10-02");
    assert_null(meeting(&v, "John Abbot", "Jane Roe"));
    test_doc_free(&v);
}

static void test_three_received_together(void **state)
{
    (void)state;
    /* "received A and B ... The three discussed": one meeting of the three */
    test_doc t = test_extract("President John Abbot received Greek Foreign Minister Jane Roe and Cypriot Foreign Minister Max "
                              "Mustermann in Nicosia on Thursday. The three discussed energy.", "2025-03-14");
    assert_non_null(meeting(&t, "Jane Roe", "Max Mustermann"));
    test_doc_free(&t);
    /* "separately": two meetings, and "The three-day visit" is no group of three */
    test_doc u = test_extract("President John Abbot received Greek Foreign Minister Jane Roe and Egyptian Foreign Minister Max "
                              "Mustermann separately in Nicosia on Thursday. The three-day visit ends on Saturday.",
                              "2025-03-14");
    assert_non_null(meeting(&u, "John Abbot", "Max Mustermann"));
    assert_null(meeting(&u, "Jane Roe", "Max Mustermann"));
    test_doc_free(&u);
    /* "hosted a dinner for B, which was also attended by C and D": all four at one table */
    test_doc v = test_extract("President John Abbot received Prime Minister Jane Roe in Ankara on Wednesday. Abbot later "
                              "hosted a dinner for Roe, which was also attended by Foreign Minister Max Mustermann and "
                              "Foreign Secretary Erika Svensson.", "2025-01-23");
    assert_non_null(meeting(&v, "Jane Roe", "Erika Svensson"));
    assert_non_null(meeting(&v, "Max Mustermann", "Erika Svensson"));
    test_doc_free(&v);
    /* "a dinner hosted by A, which was also attended by C and D": the host with the guests */
    test_doc w = test_extract("President John Abbot received Prime Minister Jane Roe in Ankara on Wednesday. The talks were "
                              "followed by a dinner hosted by Abbot, which was also attended by Foreign Minister Max "
                              "Mustermann and Foreign Secretary Erika Svensson.", "2025-01-23");
    assert_non_null(meeting(&w, "John Abbot", "Erika Svensson"));
    assert_non_null(meeting(&w, "Max Mustermann", "Erika Svensson"));
    test_doc_free(&w);
}

static void test_participle_after_passive_meeting(void **state)
{
    (void)state;
    /* "A was received by B on Monday, a day after holding talks with his counterpart C": A met C
     * the day before, and C holds A's office */
    test_doc t = test_extract("Japan's Defense Minister John Abbot was received by Australian Prime Minister Jane Roe in "
                              "Canberra on Monday, a day after holding talks with his counterpart Max Mustermann in Geelong.",
                              "2024-12-02");
    const parley_event *ev = meeting(&t, "John Abbot", "Max Mustermann");
    assert_non_null(ev);
    assert_string_equal(ev->date, "2024-12-01");
    const parley_entity *e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Max Mustermann");
    assert_non_null(e);
    assert_string_equal(e->title, "Defense Minister");
    test_doc_free(&t);
    /* "held their first face-to-face talks": a meeting's words with an ordinal and a qualifier */
    test_doc u = test_extract("Defense Secretary John Abbot and Japanese Defense Minister Jane Roe held their first "
                              "face-to-face talks in Manila on Monday.", "2024-07-30");
    assert_non_null(meeting(&u, "John Abbot", "Jane Roe"));
    test_doc_free(&u);
    /* "A and B signed the agreement in the presence of C" after another pair's talks: a signing of
     * its own, on its own day */
    test_doc v = test_extract("Defense Secretary John Abbot and Japanese Defense Minister Jane Roe held talks in Manila on "
                              "Monday. Japanese Foreign Minister Max Mustermann and Foreign Secretary Erika Svensson signed "
                              "the agreement in Manila on July 8 in the presence of President Karl Lindqvist.",
                              "2024-07-30");
    ev = meeting(&v, "Max Mustermann", "Karl Lindqvist");
    assert_non_null(ev);
    assert_string_equal(ev->date, "2024-07-08");
    assert_null(meeting(&v, "John Abbot", "Karl Lindqvist"));
    test_doc_free(&v);
}

static void test_recalled_meeting_and_also_at_the_talks(void **state)
{
    (void)state;
    /* "He recalled his meeting last year with X": a meeting that was, last year */
    test_doc t = test_extract("Defence Minister John Abbot said on Thursday that exports had grown. He recalled his meeting "
                              "last year with US Defense Secretary Jane Roe.", "2024-05-30");
    const parley_event *ev = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_string_equal(ev->date, "2023");
    test_doc_free(&t);
    /* "A and B were also at the talks": they join the talks told */
    test_doc u = test_extract("DOHA - Talks on a ceasefire resumed in Doha on Thursday, with CIA Director John Abbot and Mossad chief "
                              "Jane Roe attending. Qatar's Prime Minister Max Mustermann and Egyptian intelligence chief Erika "
                              "Svensson were also at the talks.", "2024-08-15");
    assert_non_null(meeting(&u, "John Abbot", "Max Mustermann"));
    assert_non_null(meeting(&u, "Jane Roe", "Erika Svensson"));
    test_doc_free(&u);
    /* "Talks on a ceasefire resumed in Doha, with A and B attending": a meeting of them, in Doha
     * (the talks' verb ends what they are on) */
    test_doc v = test_extract("DOHA - Talks on a ceasefire resumed in Doha on Thursday, with CIA Director John Abbot and Mossad "
                              "chief Jane Roe attending.", "2024-08-15");
    const parley_event *w = meeting(&v, "John Abbot", "Jane Roe");
    assert_non_null(w);
    assert_true(w->place >= 0);
    assert_string_equal(v.ex->entities[w->place].name, "Doha");
    test_doc_free(&v);
}

static void test_delegation_lawmakers_met(void **state)
{
    (void)state;
    /* "met a U.S. congressional delegation led by Representative X ... Foreign Minister Y also met
     * the lawmakers": Y met X */
    test_doc t = test_extract("TAIPEI - President John Abbot met a visiting U.S. congressional delegation led by "
                              "Representative Jane Roe in Taipei on Thursday. Abbot thanked Roe for U.S. support. Foreign "
                              "Minister Max Mustermann also met the lawmakers.", "2024-06-10");
    assert_non_null(meeting(&t, "Max Mustermann", "Jane Roe"));
    test_doc_free(&t);
}

static void test_two_countries_sign(void **state)
{
    (void)state;
    /* "The two countries signed a similar memorandum in 2022" after a meeting: the countries of its
     * people are the parties, not the people */
    test_doc t = test_extract("BAKU - Azerbaijani Defense Minister John Abbot met with his Pakistani counterpart Jane Roe in "
                              "Baku on Tuesday. The two countries signed a similar memorandum on defence industry cooperation "
                              "in 2022.", "2024-06-12");
    const parley_event *ag = NULL;
    for (size_t i = 0; i < t.ex->n_events; i++)
        if (t.ex->events[i].type == PARLEY_EVENT_AGREEMENT)
            ag = &t.ex->events[i];
    assert_non_null(ag);
    assert_int_equal(ag->n_participants, 2);
    for (size_t i = 0; i < ag->n_participants; i++)
        assert_int_equal(t.ex->entities[ag->participants[i]].type, PARLEY_ENTITY_COUNTRY);
    assert_string_equal(ag->date, "2022");
    test_doc_free(&t);
}

static void test_days_of_a_visit(void **state)
{
    (void)state;
    /* "arrived on Tuesday on a three-day visit ... On Wednesday, he held talks with A, and on Thursday
     * he met B ... On the final day of the visit, he also met C" */
    test_doc t = test_extract("NEW DELHI - President John Abbot arrived in New Delhi on Tuesday on a three-day visit to India. "
                              "On Wednesday, he held talks with Prime Minister Jane Roe, and on Thursday he met External "
                              "Affairs Minister Max Mustermann. On the final day of the visit, Abbot also met Congress leader "
                              "Erika Svensson.", "2024-07-12");
    const parley_event *ev = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_string_equal(ev->date, "2024-07-10");
    ev = meeting(&t, "John Abbot", "Max Mustermann");
    assert_non_null(ev);
    assert_string_equal(ev->date, "2024-07-11");
    ev = meeting(&t, "John Abbot", "Erika Svensson");
    assert_non_null(ev);
    assert_string_equal(ev->date, "2024-07-11");
    test_doc_free(&t);
}

static void test_call_received_and_gathering_hosted(void **state)
{
    (void)state;
    /* "received a call from X": a call, not a reception ("called on X" stays a meeting) */
    test_doc t = test_extract("Defence Minister John Abbot received a call from his Japanese counterpart Jane Roe on Thursday. "
                              "Abbot later called on Prime Minister Max Mustermann.", "2024-03-15");
    assert_null(meeting(&t, "John Abbot", "Jane Roe"));
    assert_non_null(meeting(&t, "John Abbot", "Max Mustermann"));
    bool call = false;
    for (size_t i = 0; i < t.ex->n_events; i++)
        call |= t.ex->events[i].type == PARLEY_EVENT_CALL;
    assert_true(call);
    test_doc_free(&t);
    /* "X hosted a conference ..., where Y delivered a keynote address": no one received */
    test_doc u = test_extract("Defence Minister John Abbot hosted a conference on defence industry in Canberra, where Chief of "
                              "the Defence Force General Jane Roe delivered a keynote address.", "2024-03-15");
    assert_null(meeting(&u, "John Abbot", "Jane Roe"));
    test_doc_free(&u);
}

static void test_exchanged_views(void **state)
{
    (void)state;
    /* "A and B embraced and exchanged views on Friday in Kyiv": a meeting */
    test_doc t = test_extract("KYIV - Indian Prime Minister John Abbot and Ukrainian President Jane Roe embraced and exchanged "
                              "views on Friday in Kyiv, where Abbot arrived on a one-day visit.", "2024-08-23");
    const parley_event *ev = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_string_equal(ev->date, "2024-08-23");
    test_doc_free(&t);
    /* "... was also attended by C. A and B exchanged views on the treaty.": the meeting told, not
     * another */
    test_doc u = test_extract("Foreign Minister John Abbot met with Armenian Foreign Minister Jane Roe in Brussels on 14 "
                              "February. The meeting was also attended by EU Special Representative Max Mustermann. Abbot and "
                              "Roe exchanged views on the peace treaty.", "2024-02-15");
    size_t meetings = 0;
    for (size_t i = 0; i < u.ex->n_events; i++)
        meetings += u.ex->events[i].type == PARLEY_EVENT_MEETING;
    assert_int_equal(meetings, 1);
    test_doc_free(&u);
}

static void test_delegation_members_list(void **state)
{
    (void)state;
    /* "received a delegation of the United States Congress. The delegation included:" and an item a
     * line: the host met them, Americans */
    test_doc t = test_extract("TASHKENT - President John Abbot received a delegation of the United States Congress.\n\n"
                              "The delegation included:\n- Senator Jane Roe;\n- Representative Max Mustermann;\n"
                              "- Representative Erika Svensson.\n\nThe sides discussed trade.", "2024-05-14");
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    assert_non_null(meeting(&t, "John Abbot", "Erika Svensson"));
    assert_person_country(t.ex, "Jane Roe", "United States");
    assert_person_country(t.ex, "Max Mustermann", "United States");
    test_doc_free(&t);
}

static void test_initialled_and_signed_later(void **state)
{
    (void)state;
    /* "A and his Croatian counterpart B initialled an agreement in Tirana": they met; "The agreement
     * will be formally signed later this year": a signing to come */
    test_doc t = test_extract("TIRANA - Albanian Defence Minister John Abbot and his Croatian counterpart Jane Roe initialled a "
                              "defence cooperation agreement in Tirana on Monday. The agreement will be formally signed later "
                              "this year, the ministry said.", "2024-02-27");
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    for (size_t i = 0; i < t.ex->n_events; i++)
        if (t.ex->events[i].type == PARLEY_EVENT_AGREEMENT)
            assert_int_equal(t.ex->events[i].status, PARLEY_STATUS_PLANNED);
    test_doc_free(&t);
    /* "Crown Prince of Abu Dhabi Sheikh X Y Z": the honorific after the city is no part of the name */
    test_doc u = test_extract("Crown Prince of Abu Dhabi Sheikh Max Erik Mustermann held talks with Prime Minister Jane Roe.",
                              "2024-09-05");
    assert_non_null(find_ent(u.ex, PARLEY_ENTITY_PERSON, "Max Erik Mustermann"));
    test_doc_free(&u);
}

static void test_group_later_joined(void **state)
{
    (void)state;
    /* "X received A and B ... The ministers were later joined by C and D": all of them together */
    test_doc t = test_extract("RIYADH: Foreign Minister John Abbot received his Jordanian counterpart Jane Roe and Egyptian "
                              "Foreign Minister Max Mustermann in Riyadh on Monday. The ministers were later joined by Qatar's "
                              "Prime Minister Erika Svensson and UAE Minister of State Karl Lindqvist.", "2024-04-30");
    assert_non_null(meeting(&t, "Jane Roe", "Erika Svensson"));
    assert_non_null(meeting(&t, "Max Mustermann", "Karl Lindqvist"));
    assert_non_null(meeting(&t, "Jane Roe", "Max Mustermann"));
    test_doc_free(&t);
}

static void test_delegation_from_led_by(void **state)
{
    (void)state;
    /* "met with a delegation from the U.S. State Department led by X, the top U.S. diplomat for the
     * Middle East": X is a person, American, met */
    test_doc t = test_extract("DAMASCUS (AP) - Syria's new leader John Abbot met on Monday with a delegation from the U.S. State "
                              "Department led by Jane Roe, the top U.S. diplomat for the Middle East.", "2024-12-10");
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    assert_person_country(t.ex, "Jane Roe", "United States");
    test_doc_free(&t);
}

static void test_second_clause_description(void **state)
{
    (void)state;
    /* "..., while Army chief General X called on the visiting premier": the visitor */
    test_doc t = test_extract("ISLAMABAD: Malaysian Prime Minister John Abbot arrived in Islamabad on Wednesday. On Thursday, "
                              "Abbot called on President Jane Roe at the Aiwan-e-Sadr, while Army chief General Max Mustermann "
                              "called on the visiting premier at the PM House.", "2024-10-04");
    assert_non_null(meeting(&t, "Max Mustermann", "John Abbot"));
    assert_null(meeting(&t, "Max Mustermann", "Jane Roe"));
    test_doc_free(&t);
}

static void test_pontiff_welcomed(void **state)
{
    (void)state;
    /* "Prime Minister X welcomed the pontiff": the Pope told before */
    test_doc t = test_extract("ROME - Pope John Abbot met U.S. President Jane Roe in Puglia on Friday. Italian Prime Minister "
                              "Max Mustermann welcomed the pontiff at the resort.", "2024-06-14");
    assert_non_null(meeting(&t, "Max Mustermann", "John Abbot"));
    test_doc_free(&t);
}

static void test_items_with_days(void **state)
{
    (void)state;
    /* "held a series of bilateral meetings ... this week:" and items "- On Tuesday, with A and B;":
     * each person of an item met, on the item's day */
    test_doc t = test_extract("NEW YORK - External Affairs Minister John Abbot held a series of bilateral meetings on the "
                              "margins of the UN General Assembly this week:\n\n"
                              "- On Monday, with Saudi Foreign Minister Jane Roe;\n"
                              "- On Tuesday, with Foreign Minister of Brazil Max Mustermann and Egyptian Foreign Minister "
                              "Erika Svensson.\n",
                              "2024-09-27");
    const parley_event *ev = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_string_equal(ev->date, "2024-09-23");
    ev = meeting(&t, "John Abbot", "Erika Svensson");
    assert_non_null(ev);
    assert_string_equal(ev->date, "2024-09-24");
    assert_null(meeting(&t, "Max Mustermann", "Erika Svensson"));
    test_doc_free(&t);
}

static void test_negated_then_having_held(void **state)
{
    (void)state;
    /* "A and B did not meet at the G20, having held their last talks in Lima on Saturday": the
     * participle's meeting was, in Lima on Saturday; the negated one was not */
    test_doc t = test_extract("LIMA - Chinese President John Abbot and U.S. President Jane Roe did not meet at the G20 summit "
                              "in Rio de Janeiro, having held their last talks in Lima on Saturday, an official said.",
                              "2024-11-20");
    const parley_event *ev = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_string_equal(ev->date, "2024-11-16");
    assert_true(ev->place >= 0);
    assert_string_equal(t.ex->entities[ev->place].name, "Lima");
    size_t meetings = 0;
    for (size_t i = 0; i < t.ex->n_events; i++)
        meetings += t.ex->events[i].type == PARLEY_EVENT_MEETING;
    assert_int_equal(meetings, 1);
    test_doc_free(&t);
}

static void test_invited_by_who_held_talks(void **state)
{
    (void)state;
    /* "A is on a state visit at the invitation of President B, who held talks with him on Monday":
     * B met A (not the one met in the sentence before) */
    test_doc t = test_extract("BEIJING - Vice President John Abbot met with Nauruan President Jane Roe in Beijing on Friday. "
                              "Roe is on a state visit to China at the invitation of President Max Mustermann, who held talks "
                              "with him on Monday.", "2024-03-22");
    assert_non_null(meeting(&t, "Max Mustermann", "Jane Roe"));
    const parley_event *ev = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_string_equal(ev->date, "2024-03-22");
    test_doc_free(&t);
}

static void test_second_clause_host_same_day(void **state)
{
    (void)state;
    /* a second clause with a subject of its own, told with no day: the main meeting's day and
     * place; also after a group that meets again and a bare "before" */
    test_doc t = test_extract("WASHINGTON - President John Abbot met President Jane Roe in the Oval Office on Monday, and Vice "
                              "President Max Mustermann hosted Roe for a working lunch.", "2024-09-24");
    const parley_event *ev = meeting(&t, "Max Mustermann", "Jane Roe");
    assert_non_null(ev);
    assert_string_equal(ev->date, "2024-09-23");
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    assert_null(meeting(&t, "John Abbot", "Max Mustermann"));
    test_doc_free(&t);
    t = test_extract("WASHINGTON - President Jane Roe arrived at the White House on Monday, where she was welcomed by President "
                     "John Abbot. The two leaders discussed the war in the Oval Office, before Vice President Max Mustermann "
                     "hosted Roe for a working lunch.", "2024-09-24");
    ev = meeting(&t, "Max Mustermann", "Jane Roe");
    assert_non_null(ev);
    assert_string_equal(ev->date, "2024-09-23");
    assert_null(meeting(&t, "John Abbot", "Max Mustermann"));
    test_doc_free(&t);
    /* (not a clause told as before it: "..., and X had met Y") */
    t = test_extract("WASHINGTON - President John Abbot met President Jane Roe in the Oval Office on Monday, and Vice "
                     "President Max Mustermann had hosted Roe for a working lunch.", "2024-09-24");
    ev = meeting(&t, "Max Mustermann", "Jane Roe");
    assert_true(!ev || strcmp(ev->date, "2024-09-23") != 0);
    test_doc_free(&t);
}

static void test_reports_retreats_and_initials(void **state)
{
    (void)state;
    /* "X said Y met Z": the speaker is no party */
    test_doc t = test_extract("Prime Minister John Abbot was in a serious condition on Thursday. Deputy Prime Minister Jane Roe "
                              "said Abbot met Czech Prime Minister Max Mustermann in Bratislava on Monday.", "2024-05-16");
    assert_non_null(meeting(&t, "John Abbot", "Max Mustermann"));
    assert_null(meeting(&t, "Jane Roe", "Max Mustermann"));
    test_doc_free(&t);
    /* "called on Tuesday for ...": a call for something, no visit; "held a cabinet retreat with" */
    t = test_extract("MESEBERG - French President John Abbot and German Chancellor Jane Roe called on Tuesday for Ukraine to "
                     "be allowed to strike sites in Russia. Abbot held a cabinet retreat with Roe and several ministers.",
                     "2024-05-28");
    const parley_event *ev = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_int_equal(ev->n_evidence, 1);
    assert_string_equal(ev->evidence[0].trigger, "held a cabinet retreat");
    test_doc_free(&t);
    /* an office's initials after an opening phrase: "Earlier in the day, EAM held talks with" */
    t = test_extract("External Affairs Minister John Abbot called on Sultan Jane Roe in Muscat today. Earlier in the day, "
                     "EAM held talks with Foreign Minister Max Mustermann.", "2024-08-20");
    assert_non_null(meeting(&t, "John Abbot", "Max Mustermann"));
    test_doc_free(&t);
    /* "also met the foreign ministers of Egypt, Jordan and Qatar": not the people of the meeting
     * told before */
    t = test_extract("NEW YORK - Secretary-General John Abbot met Iranian Foreign Minister Jane Roe on Monday. Roe also met "
                     "with the foreign ministers of France, Germany and the United Kingdom.", "2024-09-23");
    ev = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_int_equal(ev->n_evidence, 1);
    test_doc_free(&t);
}

static void test_after_a_meeting(void **state)
{
    (void)state;
    /* "A and B addressed the media after a meeting at NATO Headquarters": their meeting */
    test_doc t = test_extract("BRUSSELS - Secretary General John Abbot and the Prime Minister of the Netherlands, Jane Roe, "
                              "addressed the media after a meeting at NATO Headquarters on Monday.", "2024-06-17");
    const parley_event *ev = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_string_equal(ev->date, "2024-06-17");
    test_doc_free(&t);
    /* ... but "The protocol was signed after a meeting attended by X": X joins the meeting told
     * (not the signing) */
    t = test_extract("Ankara - Defense Minister John Abbot and his Libyan counterpart Jane Roe signed a protocol on military "
                     "training in Ankara on Monday. The protocol was signed after a meeting attended by Chief of General "
                     "Staff Gen. Max Mustermann.", "2020-11-30");
    assert_non_null(meeting(&t, "John Abbot", "Max Mustermann"));
    test_doc_free(&t);
}

static void test_visited_person_and_vague_times(void **state)
{
    (void)state;
    /* "A visited former US President B at his residence": a meeting */
    test_doc t = test_extract("Hungarian Prime Minister John Abbot visited former US President Jane Roe at his residence in "
                              "Florida on Friday.", "2024-03-09");
    const parley_event *ev = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_string_equal(ev->date, "2024-03-08");
    test_doc_free(&t);
    /* (not a place visited: "visited the Pentagon") */
    t = test_extract("Defence Minister John Abbot visited the Pentagon on Friday. Secretary Jane Roe said the visit was "
                     "useful.", "2024-03-09");
    assert_null(meeting(&t, "John Abbot", "Jane Roe"));
    test_doc_free(&t);
    /* "during their first face-to-face talks" */
    t = test_extract("LIMA - Prime Minister John Abbot and President Jane Roe agreed Friday to pursue a strategic "
                     "relationship during their first face-to-face talks on the sidelines of the summit in Lima.",
                     "2024-11-16");
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    test_doc_free(&t);
    /* "The talks came weeks after X visited Baghdad, where he met Y": the year only */
    t = test_extract("ANKARA - President John Abbot received Iraqi Prime Minister Jane Roe in Ankara on Thursday. The talks "
                     "came weeks after Foreign Minister Max Mustermann visited Baghdad, where he met Roe.", "2024-03-14");
    ev = meeting(&t, "Max Mustermann", "Jane Roe");
    assert_non_null(ev);
    assert_string_equal(ev->date, "2024");
    test_doc_free(&t);
    /* "... came days after X travelled to Washington, where he met Y": the month only */
    t = test_extract("MUSCAT - Foreign Minister John Abbot held talks with his Omani counterpart Jane Roe in Muscat on "
                     "Wednesday. The meeting came days after Roe travelled to Washington, where he met US Special Envoy "
                     "Max Mustermann.", "2026-10-15");
    ev = meeting(&t, "Max Mustermann", "Jane Roe");
    assert_non_null(ev);
    assert_string_equal(ev->date, "2026-10");
    test_doc_free(&t);
}

static void test_welcomed_it_and_earlier_in_the_week(void **state)
{
    (void)state;
    /* "A criticised the visit, while B welcomed it": no meeting */
    test_doc t = test_extract("CANBERRA - Opposition leader John Abbot criticised the visit, while former prime minister Jane "
                              "Roe, now ambassador to the United States, welcomed it.", "2024-06-17");
    assert_null(meeting(&t, "John Abbot", "Jane Roe"));
    test_doc_free(&t);
    /* "X had visited New Zealand earlier in the week, where he met Y": the month */
    t = test_extract("CANBERRA - Foreign Minister John Abbot held talks with Foreign Minister Jane Roe in Canberra on "
                     "Wednesday. Abbot had visited New Zealand earlier in the week, where he met his counterpart Max "
                     "Mustermann.", "2024-03-20");
    const parley_event *ev = meeting(&t, "John Abbot", "Max Mustermann");
    assert_non_null(ev);
    assert_string_equal(ev->date, "2024-03");
    test_doc_free(&t);
}

static void test_where_clause_own_subject(void **state)
{
    (void)state;
    /* "X skipped the summit in Asuncion, where President Y met Z": X is no party; "since the fall
     * of X's government": X is none either */
    test_doc t = test_extract("BUENOS AIRES - President John Abbot met his Uruguayan counterpart Jane Roe on Tuesday. Abbot "
                              "had skipped the Mercosur summit in Asuncion, where President Max Mustermann met Roe on Monday.",
                              "2024-07-10");
    assert_non_null(meeting(&t, "Max Mustermann", "Jane Roe"));
    assert_null(meeting(&t, "John Abbot", "Max Mustermann"));
    test_doc_free(&t);
    t = test_extract("BANGKOK - Chief Adviser John Abbot met Prime Minister Jane Roe on Friday, their first meeting since "
                     "the fall of Max Mustermann's government.", "2025-04-04");
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    assert_null(meeting(&t, "John Abbot", "Max Mustermann"));
    test_doc_free(&t);
}

static void test_seat_grounds_and_named_dialogue_pair(void **state)
{
    (void)state;
    /* "greeted by President B on the South Lawn of the White House": in Washington; "hosted A's
     * partner, C": C is the guest */
    test_doc t = test_extract("Prime Minister John Abbot was greeted by President Jane Roe on the South Lawn of the White House "
                              "on Wednesday, US time. First lady Erika Svensson hosted Abbot's partner, Max Mustermann, at the "
                              "White House.", "2023-10-26");
    const parley_event *ev = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_true(ev->place >= 0);
    assert_string_equal(t.ex->entities[ev->place].name, "Washington");
    assert_non_null(meeting(&t, "Erika Svensson", "Max Mustermann"));
    assert_null(meeting(&t, "Erika Svensson", "John Abbot"));
    test_doc_free(&t);
    /* "A and his Australian counterpart B held the 15th Foreign Ministers' Framework Dialogue in
     * Canberra" */
    t = test_extract("Canberra: External Affairs Minister John Abbot and his Australian counterpart Jane Roe on Friday held "
                     "the 15th Foreign Ministers' Framework Dialogue in Canberra.", "2024-11-09");
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    test_doc_free(&t);
}

static void test_pair_at_their_summit(void **state)
{
    (void)state;
    /* "A and B unveiled upgrades to their alliance at a White House summit" (in Washington); "...
     * hosted B and his wife, Yuko, for a state dinner" (a one-word name in apposition to a
     * spouse) */
    test_doc t = test_extract("President John Abbot and Prime Minister Jane Roe unveiled upgrades to their alliance at a White "
                              "House summit on Wednesday. Abbot later hosted Roe and his wife, Yuko, for a state dinner.",
                              "2024-04-11");
    const parley_event *ev = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_true(ev->place >= 0);
    assert_string_equal(t.ex->entities[ev->place].name, "Washington");
    assert_non_null(meeting(&t, "John Abbot", "Yuko"));
    test_doc_free(&t);
    /* ... not at a gathering of several countries: "A and B spoke at the NATO summit" */
    t = test_extract("President John Abbot and Prime Minister Jane Roe spoke at the NATO summit in Vilnius on Tuesday.",
                     "2023-07-12");
    assert_null(meeting(&t, "John Abbot", "Jane Roe"));
    test_doc_free(&t);
}

static void test_him_in_second_clause_and_before_joiners(void **state)
{
    (void)state;
    /* "A met B in Rome, and President C later received him": C met A */
    test_doc t = test_extract("ROME - British Prime Minister John Abbot met Italian Prime Minister Jane Roe in Rome on Monday, "
                              "and Italian President Max Mustermann later received him at the palace.", "2024-09-16");
    const parley_event *ev = meeting(&t, "Max Mustermann", "John Abbot");
    assert_non_null(ev);
    assert_string_equal(ev->date, "2024-09-16");
    assert_null(meeting(&t, "Max Mustermann", "Jane Roe"));
    test_doc_free(&t);
    /* "B hosted him to lunch, where they were joined by C": all three */
    t = test_extract("ABUJA - President John Abbot has held talks with President Jane Roe in Abuja. Roe hosted him to lunch at "
                     "the Presidential Villa, where the two leaders were joined by Vice President Max Mustermann.",
                     "2025-01-18");
    assert_non_null(meeting(&t, "John Abbot", "Max Mustermann"));
    test_doc_free(&t);
}

static void test_pluperfect_before_a_journey(void **state)
{
    (void)state;
    /* "A had met B on Monday ..., before flying to Nigeria": not where the story is */
    test_doc t = test_extract("ABUJA - Secretary of State John Abbot met Nigerian President Jane Roe in Abuja on Tuesday. Abbot "
                              "had met Prime Minister Max Mustermann on Monday, before flying to Nigeria.", "2024-01-25");
    const parley_event *ev = meeting(&t, "John Abbot", "Max Mustermann");
    assert_non_null(ev);
    assert_string_equal(ev->date, "2024-01-22");
    assert_true(ev->place < 0 || strcmp(t.ex->entities[ev->place].name, "Abuja") != 0);
    test_doc_free(&t);
}

static void test_the_office_of_several_words(void **state)
{
    (void)state;
    /* "The Chief Adviser also met X" after "Chief Adviser's Press Secretary Y told BSS": the Chief
     * Adviser, not the one whose title an owner's office opens */
    test_doc t = test_extract("NEW YORK - Chief Adviser John Abbot met US President Jane Roe on Tuesday. Roe expressed "
                              "support, Chief Adviser's Press Secretary Max Mustermann told BSS. The Chief Adviser also met "
                              "Prime Minister Erika Svensson.", "2024-09-25");
    assert_non_null(meeting(&t, "John Abbot", "Erika Svensson"));
    assert_null(meeting(&t, "Max Mustermann", "Erika Svensson"));
    test_doc_free(&t);
}

static void test_arrived_after_visiting(void **state)
{
    (void)state;
    /* "X arrived in Canberra on Sunday evening after visiting New Zealand, where he held talks with
     * Y": some day before the arrival, the month only */
    test_doc t = test_extract("CANBERRA - Premier John Abbot met Prime Minister Jane Roe in Canberra on Monday. Abbot arrived "
                              "in Canberra on Sunday evening after visiting New Zealand, where he held talks with Prime "
                              "Minister Max Mustermann.", "2024-06-18");
    const parley_event *ev = meeting(&t, "John Abbot", "Max Mustermann");
    assert_non_null(ev);
    assert_string_equal(ev->date, "2024-06");
    test_doc_free(&t);
}

static void test_same_day_same_place(void **state)
{
    (void)state;
    /* "X met Y on the same day" after talks in Lima, in a story datelined Tokyo: in Lima */
    test_doc t = test_extract("Tokyo, Nov. 22 (Jiji Press)--Foreign Minister John Abbot held talks with his Chinese counterpart, "
                              "Jane Roe, in Lima on Nov. 15. Prime Minister Max Mustermann met Chinese President Erika "
                              "Svensson on the same day.", "2024-11-22");
    const parley_event *ev = meeting(&t, "Max Mustermann", "Erika Svensson");
    assert_non_null(ev);
    assert_string_equal(ev->date, "2024-11-15");
    assert_true(ev->place >= 0);
    assert_string_equal(t.ex->entities[ev->place].name, "Lima");
    test_doc_free(&t);
}

static void test_where_he_met_a_month_before(void **state)
{
    (void)state;
    /* "A held talks with B in Kyiv, a month after his visit to Moscow where he met C": A met C in
     * Moscow the month before, B only in Kyiv */
    test_doc t = test_extract("Prime Minister John Abbot on Friday held talks with President Jane Roe in Kyiv, a month after "
                              "his visit to Moscow where he met President Max Mustermann.", "2024-08-23");
    const parley_event *ev = meeting(&t, "John Abbot", "Max Mustermann");
    assert_non_null(ev);
    assert_string_equal(ev->date, "2024-07");
    assert_true(ev->place >= 0);
    assert_string_equal(t.ex->entities[ev->place].name, "Moscow");
    ev = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_string_equal(ev->date, "2024-08-23");
    test_doc_free(&t);
}

static void test_bare_verb_after_and_will(void **state)
{
    (void)state;
    /* "will call on A and meet B": the bare verb after "and" shares the modal before it */
    test_doc t = test_extract("During the visit, Minister John Abbot will call on Prime Minister Jane Roe and meet Deputy "
                              "Prime Minister Max Mustermann.", "2024-05-14");
    for (size_t i = 0; i < t.ex->n_events; i++)
        assert_int_equal(t.ex->events[i].status, PARLEY_STATUS_PLANNED);
    const parley_event *ev = meeting(&t, "John Abbot", "Max Mustermann");
    assert_non_null(ev);
    test_doc_free(&t);
    /* (a comma ends the modal's reach: "A will leave Paris tomorrow, and met B today" is no test;
     * "A met B, and will meet C" is) */
    t = test_extract("Minister John Abbot met Prime Minister Jane Roe on Monday and held talks with Max Mustermann.",
                     "2024-05-14");
    ev = meeting(&t, "John Abbot", "Max Mustermann");
    assert_non_null(ev);
    assert_int_equal(ev->status, PARLEY_STATUS_OCCURRED);
    test_doc_free(&t);
}

static void test_statement_signed_by_source(void **state)
{
    (void)state;
    /* "..., a statement signed by the Director of Communications, Y, said": Y is the source */
    test_doc t = test_extract("President John Abbot on Thursday received his Togolese counterpart, Jane Roe, in Accra. The two "
                              "leaders discussed the security situation, a statement signed by the Director of "
                              "Communications at the Presidency, Max Mustermann, said.", "2024-04-18");
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    assert_null(meeting(&t, "John Abbot", "Max Mustermann"));
    assert_null(meeting(&t, "Jane Roe", "Max Mustermann"));
    test_doc_free(&t);
}

static void test_whose_clause_after_meeting(void **state)
{
    (void)state;
    /* "A held talks with B, whose ministry signed a contract last year": neither the year nor the
     * signing is the meeting's, nor A a signatory */
    test_doc t = test_extract("Prime Minister John Abbot was received by President Jane Roe in Paris on February 21. Abbot "
                              "also held talks with Defense Minister Max Mustermann, whose ministry signed a contract last "
                              "year to supply Armenia with radars.", "2024-02-21");
    const parley_event *ev = meeting(&t, "John Abbot", "Max Mustermann");
    assert_non_null(ev);
    assert_string_equal(ev->date, "2024-02-21");
    const parley_event *ag = last_agreement(&t);
    if (ag)
        for (size_t k = 0; k < ag->n_participants; k++)
            assert_string_not_equal(t.ex->entities[ag->participants[k]].name, "John Abbot");
    test_doc_free(&t);
}

static void test_joined_for_talks(void **state)
{
    (void)state;
    /* "A later joined B and C and D for a quadrilateral defence ministers' meeting": all of them,
     * together */
    test_doc t = test_extract("Defense Secretary John Abbot later joined Defence Minister Jane Roe and Defence Minister Max "
                              "Mustermann and Defense Secretary Erika Svensson for a quadrilateral defence ministers' "
                              "meeting in Tokyo.", "2024-07-28");
    const parley_event *ev = meeting(&t, "Jane Roe", "Erika Svensson");
    assert_non_null(ev);
    assert_int_equal(ev->n_participants, 4);
    test_doc_free(&t);
    /* "joined US Secretary of State B ... for talks"; not "was joined by" (the join phrase), nor
     * "joined NATO" */
    t = test_extract("Foreign Secretary John Abbot joined US Secretary of State Jane Roe in Paris for talks on Syria.",
                     "2016-12-10");
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    test_doc_free(&t);
    t = test_extract("President John Abbot, whose country joined NATO last year, also met Jane Roe.", "2024-07-28");
    ev = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_string_equal(ev->evidence[0].trigger, "met");
    test_doc_free(&t);
}

static void test_first_this_year_no_date(void **state)
{
    (void)state;
    /* "..., the first meeting between a former US president and a European head of state this
     * year": the year counts the firsts; it is not the meeting's date */
    test_doc t = test_extract("President John Abbot held talks with Jane Roe in New York, the first meeting between a "
                              "former US president and a European head of state this year.", "2024-04-15");
    const parley_event *ev = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_string_not_equal(ev->date, "2024");
    test_doc_free(&t);
}

static void test_visiting_and_apposition_places(void **state)
{
    (void)state;
    /* "X, who is visiting New York to attend ..., held a meeting with Y": in New York */
    test_doc t = test_extract("Minister John Abbot, who is visiting New York to attend the UN General Assembly, held a "
                              "meeting with Minister Jane Roe.", "2024-09-24");
    assert_place(&t, meeting(&t, "John Abbot", "Jane Roe"), "New York");
    test_doc_free(&t);
    /* "... and later travelled to Erbil, capital of the Kurdistan region, where he met Y": in Erbil */
    t = test_extract("BAGHDAD - President John Abbot met President Jane Roe and later travelled to Erbil, capital of the "
                     "Kurdistan region, where he met regional Prime Minister Max Mustermann.", "2024-04-22");
    assert_place(&t, meeting(&t, "John Abbot", "Max Mustermann"), "Erbil");
    assert_place(&t, meeting(&t, "John Abbot", "Jane Roe"), "Baghdad");
    test_doc_free(&t);
}

static void test_so_called_is_no_call(void **state)
{
    (void)state;
    /* "hosted A and B ... for a meeting of the so-called Weimar Triangle": a meeting, no call */
    test_doc t = test_extract("BERLIN - German Chancellor John Abbot hosted French President Jane Roe and Polish Prime "
                              "Minister Max Mustermann in Berlin on Friday for a meeting of the so-called Weimar Triangle.",
                              "2024-03-15");
    for (size_t i = 0; i < t.ex->n_events; i++)
        assert_int_not_equal(t.ex->events[i].type, PARLEY_EVENT_CALL);
    assert_non_null(meeting(&t, "John Abbot", "Max Mustermann"));
    test_doc_free(&t);
}

static void test_said_at_a_meeting_and_presence(void **state)
{
    (void)state;
    /* "The navies will hold drills in the Sea of Japan this month, X said at a meeting with Y": the
     * meeting was held, on the story's day, not at sea */
    test_doc t = test_extract("MOSCOW, September 10 - The Russian and Chinese navies will hold joint drills in the Sea of "
                              "Japan this month, Defense Minister John Abbot said at a meeting with Chinese Ambassador "
                              "Jane Roe.", "2024-09-10");
    const parley_event *ev = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_int_equal(ev->status, PARLEY_STATUS_OCCURRED);
    assert_string_equal(ev->date, "2024-09-10");
    assert_place(&t, ev, "Moscow");
    test_doc_free(&t);
    /* "The agreements were signed in the presence of A and B" with no meeting before: their meeting */
    t = test_extract("RIYADH - Saudi Arabia and Iraq signed three memorandums of understanding on Tuesday. The agreements "
                     "were signed in the presence of Crown Prince John Abbot and Prime Minister Jane Roe.", "2024-08-20");
    ev = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_int_equal(ev->status, PARLEY_STATUS_OCCURRED);
    test_doc_free(&t);
}

static void test_exercise_other_time_country(void **state)
{
    (void)state;
    /* "South Korea and the United States began their annual Ulchi Freedom Shield exercise on
     * Monday, a day after North Korea warned": North Korea takes no part */
    test_doc t = test_extract("South Korea and the United States began their annual Ulchi Freedom Shield exercise on Monday, "
                              "a day after North Korea warned of a nuclear war.", "2024-08-19");
    const parley_event *ev = NULL;
    for (size_t i = 0; i < t.ex->n_events; i++)
        if (t.ex->events[i].type == PARLEY_EVENT_EXERCISE)
            ev = &t.ex->events[i];
    assert_non_null(ev);
    for (size_t k = 0; k < ev->n_participants; k++)
        assert_string_not_equal(t.ex->entities[ev->participants[k]].name, "North Korea");
    test_doc_free(&t);
    /* ... nor one it is held despite or against: "despite North Korea's warnings" */
    t = test_extract("South Korea and the United States will stage their annual Freedom Shield combined exercise in March "
                     "as scheduled, despite North Korea's warnings.", "2026-12-03");
    ev = NULL;
    for (size_t i = 0; i < t.ex->n_events; i++)
        if (t.ex->events[i].type == PARLEY_EVENT_EXERCISE)
            ev = &t.ex->events[i];
    assert_non_null(ev);
    assert_int_equal(ev->n_participants, 3);
    for (size_t k = 0; k < ev->n_participants; k++)
        assert_string_not_equal(t.ex->entities[ev->participants[k]].name, "North Korea");
    test_doc_free(&t);
}

static void test_untitled_focus_and_parallel_places(void **state)
{
    (void)state;
    /* "Sir John Abbot hosted leaders ... The prime minister held bilateral talks with A": the
     * person in focus, named with no office */
    test_doc t = test_extract("Sir John Abbot hosted more than 40 European leaders at Blenheim Palace on Thursday. The prime "
                              "minister held bilateral talks with Irish Taoiseach Jane Roe on the sidelines.", "2024-07-18");
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    test_doc_free(&t);
    /* "X has met A in Downing Street and B at the Élysée Palace": B is a person, met in Paris */
    t = test_extract("Volodymyr Abbot has met Jane Roe in Downing Street and Max Mustermann at the Elysee Palace as he "
                     "toured European capitals.", "2024-10-10");
    assert_place(&t, meeting(&t, "Volodymyr Abbot", "Jane Roe"), "London");
    assert_place(&t, meeting(&t, "Volodymyr Abbot", "Max Mustermann"), "Paris");
    test_doc_free(&t);
}

static void test_days_after_and_visited_for_talks(void **state)
{
    (void)state;
    /* "A met B in Ankara on Monday, days after B held talks in Moscow with C": C's meeting in the
     * month; "B had visited Kyiv on July 2 for talks with D": in Kyiv */
    test_doc t = test_extract("ANKARA - President John Abbot met Prime Minister Jane Roe in Ankara on Monday, days after Roe "
                              "held talks in Moscow with President Max Mustermann. Roe, whose country holds the rotating "
                              "presidency, had visited Kyiv on July 2 for talks with President Erika Svensson.", "2024-07-08");
    const parley_event *ev = meeting(&t, "Jane Roe", "Max Mustermann");
    assert_non_null(ev);
    assert_string_equal(ev->date, "2024-07");
    assert_place(&t, ev, "Moscow");
    assert_place(&t, meeting(&t, "Jane Roe", "Erika Svensson"), "Kyiv");
    test_doc_free(&t);
}

static void test_two_plus_two_together(void **state)
{
    (void)state;
    /* 'held the Japan-Philippines "2+2" with A and B of the Philippines, together with C': one
     * meeting of the four */
    test_doc t = test_extract("On July 28, 2024, Minister of Defense John Abbot held the Japan-Philippines \"2+2\" with "
                              "Secretary of Foreign Affairs Jane Roe and Secretary of National Defense Max Mustermann of "
                              "the Philippines in Manila, together with Minister for Foreign Affairs Erika Svensson.",
                              "2024-07-30");
    const parley_event *ev = meeting(&t, "Jane Roe", "Erika Svensson");
    assert_non_null(ev);
    assert_int_equal(ev->n_participants, 4);
    assert_place(&t, ev, "Manila");
    test_doc_free(&t);
}

static void test_last_met_when_signed_and_negotiations(void **state)
{
    (void)state;
    /* "The two leaders last met in Athens in December, when they signed a declaration": that
     * meeting too, besides the signing */
    test_doc t = test_extract("ANKARA - President John Abbot hosted Prime Minister Jane Roe on Monday for talks. The two "
                              "leaders last met in Athens in December, when they signed a declaration of friendly relations.",
                              "2024-05-13");
    int athens = 0;
    for (size_t i = 0; i < t.ex->n_events; i++)
        athens += t.ex->events[i].type == PARLEY_EVENT_MEETING && strcmp(t.ex->events[i].date, "2023-12") == 0;
    assert_int_equal(athens, 1);
    test_doc_free(&t);
    /* "The two agreed to start negotiations on an agreement": no meeting of theirs */
    t = test_extract("Prime Minister John Abbot held talks with President Jane Roe in New York. Abbot also met with "
                     "President Max Mustermann on Tuesday. The two agreed to start negotiations on an agreement.",
                     "2024-09-25");
    assert_int_equal(t.ex->n_events, 2);
    test_doc_free(&t);
}

static void test_after_a_visit_and_days_after_hosted(void **state)
{
    (void)state;
    /* "arrived in Manila on Monday evening after a visit to Vietnam, where he met Y": some day before,
     * the month; "met X in Damascus, days after he hosted Z": the month too */
    test_doc t = test_extract("MANILA - President John Abbot welcomed Prime Minister Jane Roe on Tuesday, April 29. Roe "
                              "arrived in Manila on Monday evening after a visit to Vietnam, where he met Prime Minister "
                              "Max Mustermann.", "2025-04-29");
    const parley_event *ev = meeting(&t, "Jane Roe", "Max Mustermann");
    assert_non_null(ev);
    assert_string_equal(ev->date, "2025-04");
    test_doc_free(&t);
    t = test_extract("Leader John Abbot has met Foreign Minister Jane Roe in Damascus, days after he hosted a delegation led "
                     "by Foreign Minister Max Mustermann.", "2024-12-22");
    ev = meeting(&t, "John Abbot", "Max Mustermann");
    assert_non_null(ev);
    assert_string_equal(ev->date, "2024-12");
    test_doc_free(&t);
}

/* "A, whose country is set to host the summit, also called on B": the clause's meeting word and
 * its "is set to" are a thing of A's, not the verb's (the call took place); "the two presidents"
 * after "A met President B, Vice President C and ..." are A and B */
static void test_relative_clause_not_the_verbs(void **state)
{
    (void)state;
    test_doc t = test_extract("Prime Minister John Abbot held talks on Tuesday. Prime Minister Jane Roe of Laos, whose "
                              "country is set to host the summit, also called on Abbot. Prime Minister Max Mustermann of "
                              "Cambodia, who is set to retire next year, also met Abbot.", "2025-05-28");
    const parley_event *ev = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_int_equal(ev->status, PARLEY_STATUS_OCCURRED);
    ev = meeting(&t, "John Abbot", "Max Mustermann");
    assert_non_null(ev);
    assert_int_equal(ev->status, PARLEY_STATUS_OCCURRED);
    test_doc_free(&t);

    t = test_extract("NAIROBI - Brazilian President John Abbot met Kenyan President Jane Roe, Vice President Max "
                     "Mustermann and Cabinet Secretary Erika Svensson on Tuesday. The two presidents agreed to expand "
                     "trade, and their ministers signed four memoranda of understanding.", "2025-03-11");
    const parley_event *ag = last_agreement(&t);
    assert_non_null(ag);
    assert_int_equal(ag->n_participants, 2);
    assert_string_equal(t.ex->entities[ag->participants[0]].name, "John Abbot");
    assert_string_equal(t.ex->entities[ag->participants[1]].name, "Jane Roe");
    test_doc_free(&t);
}

/* an exercise is dated by its sentence ("began ... on Monday"; "will follow in November" is to
 * come, its month ahead); "The Russian delegation also included A", "On the American side, B took
 * part", "C hosted the talks" join the talks told before; "also met D, who arrived on Thursday
 * night" after Friday's talks is Friday's */
static void test_exercise_dates_and_joins(void **state)
{
    (void)state;
    test_doc t = test_extract("MANILA - Troops from the Philippines and the United States began the Balikatan exercise "
                              "on Monday. Exercise Malabar 2025 will follow in November, with the navies of Japan and "
                              "India.", "2025-04-09");
    const parley_event *bk = NULL, *ml = NULL;
    for (size_t i = 0; i < t.ex->n_events; i++)
        if (t.ex->events[i].type == PARLEY_EVENT_EXERCISE)
            *(strncmp(t.ex->entities[t.ex->events[i].participants[0]].name, "Bali", 4) == 0 ? &bk : &ml) = &t.ex->events[i];
    assert_non_null(bk);
    assert_non_null(ml);
    assert_string_equal(bk->date, "2025-04-07");
    assert_int_equal(bk->status, PARLEY_STATUS_OCCURRED);
    assert_string_equal(ml->date, "2025-11");
    assert_int_equal(ml->status, PARLEY_STATUS_PLANNED);
    test_doc_free(&t);

    t = test_extract("RIYADH - Russian Foreign Minister John Abbot and US Secretary of State Jane Roe held talks on "
                     "Tuesday. The Russian delegation also included presidential aide Max Mustermann. On the American "
                     "side, special envoy Erika Svensson took part. Saudi Foreign Minister Karl Lindqvist hosted the "
                     "talks.", "2025-02-18");
    const parley_event *ev = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_int_equal(ev->n_participants, 5);
    test_doc_free(&t);

    t = test_extract("JOHANNESBURG - President John Abbot met Chinese Premier Jane Roe on Friday. Abbot also met "
                     "Indian Prime Minister Max Mustermann, who arrived on Thursday night.", "2025-11-21");
    ev = meeting(&t, "John Abbot", "Max Mustermann");
    assert_non_null(ev);
    assert_string_equal(ev->date, "2025-11-21");
    test_doc_free(&t);
}

/* "held a telephone conversation with A, and later received B": a call, then a meeting; "welcomed
 * leaders of the G7, hosting bilateral meetings with A and B": a meeting each; "he met A and signed
 * a joint statement with him": both sign; "On Monday the two presidents held a summit with King
 * C": the pair told before and C; "On the same day, the minister met" after a signing: its place */
static void test_second_predicates_and_time_openers(void **state)
{
    (void)state;
    test_doc t = test_extract("ISLAMABAD - Foreign Minister John Abbot on Wednesday held a telephone conversation with "
                              "Iranian Foreign Minister Jane Roe, and later received the British High Commissioner Max "
                              "Mustermann at the Foreign Office.", "2025-01-16");
    const parley_event *ev = find_meeting(t.ex, PARLEY_EVENT_CALL, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_int_equal(ev->n_participants, 2);
    ev = meeting(&t, "John Abbot", "Max Mustermann");
    assert_non_null(ev);
    assert_string_equal(ev->date, "2025-01-15");
    test_doc_free(&t);

    t = test_extract("Prime Minister John Abbot welcomed leaders of the Group of Seven on Monday, hosting bilateral "
                     "meetings with British Prime Minister Jane Roe and Japanese Prime Minister Max Mustermann. Before "
                     "departing, US President Erika Svensson met Abbot and signed a joint statement on critical minerals "
                     "with him.", "2025-06-17");
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    assert_null(meeting(&t, "Jane Roe", "Max Mustermann"));
    const parley_event *ag = last_agreement(&t);
    assert_non_null(ag);
    assert_int_equal(ag->n_participants, 2);
    test_doc_free(&t);

    t = test_extract("CAIRO - French President John Abbot arrived in Cairo on Sunday and met President Jane Roe. On "
                     "Monday the two presidents held a summit with King Max Mustermann of Jordan.", "2025-04-07");
    assert_non_null(meeting(&t, "Jane Roe", "Max Mustermann"));
    assert_non_null(meeting(&t, "John Abbot", "Max Mustermann"));
    test_doc_free(&t);

    t = test_extract("Minister of National Defence John Abbot signed a contract with a shipyard in Warsaw on Tuesday. On "
                     "the same day, the minister met with the Swedish Minister for Defence, Jane Roe.", "2025-03-04");
    ev = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_true(ev->place >= 0);
    assert_string_equal(t.ex->entities[ev->place].name, "Warsaw");
    test_doc_free(&t);
}

/* "X, who visited Saudi Arabia on Feb. 2, held a meeting with Y": the day of another stop; "At
 * the end of the visit, a plan was signed" a few sentences after the meeting: its people sign */
static void test_visited_clause_and_signing_after_visit(void **state)
{
    (void)state;
    test_doc t = test_extract("ANKARA - President John Abbot hosted Syrian President Jane Roe on Feb. 4 in Ankara. Roe, "
                              "who visited Saudi Arabia on Feb. 2, held a closed-door meeting with Abbot.", "2025-02-05");
    for (size_t i = 0; i < t.ex->n_events; i++)
        assert_string_not_equal(t.ex->events[i].date, "2025-02-02");
    test_doc_free(&t);

    t = test_extract("Defense Minister John Abbot of Azerbaijan met with Georgian Defense Minister Jane Roe in Baku. The "
                     "sides noted the cooperation. The parties exchanged views on regional security. The ministers "
                     "discussed training. At the end of the visit, a bilateral military cooperation plan for 2026 was "
                     "signed.", "2025-10-14");
    const parley_event *ag = last_agreement(&t);
    assert_non_null(ag);
    assert_int_equal(ag->n_participants, 2);
    test_doc_free(&t);
}

/* "The Head of State met with A, B and C": the president in focus, a meeting each (and "the
 * parties discussed" after them is no meeting of them all); "The Prime Minister and President X
 * signed the agreement": the prime minister in focus and X, both signing; "met B in Riyadh in the
 * presence of the Crown Prince, while C joined by phone": the crown prince attends, C does not;
 * "The bilateral meeting was also attended by A" joins the meeting told */
static void test_leaders_by_office_and_attendance(void **state)
{
    (void)state;
    test_doc t = test_extract("TIANJIN - Kazakh President John Abbot held a series of meetings on the sidelines of the SCO "
                              "summit. The Head of State met with Prime Minister of India Jane Roe, President of Iran Max "
                              "Mustermann and President of Belarus Erika Svensson. Abbot also had a conversation with UN "
                              "Secretary-General Karl Lindqvist. According to Akorda, the parties discussed the reform of "
                              "the UN Security Council.", "2025-09-02");
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    assert_non_null(meeting(&t, "John Abbot", "Erika Svensson"));
    assert_null(meeting(&t, "Jane Roe", "Max Mustermann"));
    test_doc_free(&t);

    t = test_extract_from("The Prime Minister John Abbot has signed a landmark 100 Year Partnership with Ukraine during a "
                          "visit to Kyiv today. The Prime Minister and President Jane Roe signed the agreement at the "
                          "palace.", "2025-01-16", "https://www.gov.uk/government/news/x");
    const parley_entity *roe = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Jane Roe");
    assert_non_null(roe);
    assert_string_equal(roe->title, "President");
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    const parley_event *ag = last_agreement(&t);
    assert_non_null(ag);
    bool abbot = false, jane = false;
    for (size_t i = 0; i < ag->n_participants; i++) {
        abbot |= strcmp(t.ex->entities[ag->participants[i]].name, "John Abbot") == 0;
        jane |= strcmp(t.ex->entities[ag->participants[i]].name, "Jane Roe") == 0;
    }
    assert_true(abbot && jane);
    test_doc_free(&t);

    t = test_extract("RIYADH - Crown Prince John Abbot welcomed US President Jane Roe on Tuesday. On Wednesday, Roe met "
                     "Syria's President Max Mustermann in Riyadh in the presence of the Crown Prince, while Turkish "
                     "President Erika Svensson joined by phone.", "2025-05-14");
    assert_non_null(meeting(&t, "Max Mustermann", "John Abbot"));
    assert_null(meeting(&t, "Jane Roe", "Erika Svensson"));
    test_doc_free(&t);

    t = test_extract("WASHINGTON - President John Abbot met with US President Jane Roe at the White House on Tuesday. The "
                     "bilateral meeting was also attended by Foreign Affairs Secretary Ma. Erika Svensson and Secretary "
                     "of State Max Mustermann.", "2025-07-23");
    assert_non_null(meeting(&t, "John Abbot", "Max Mustermann"));
    assert_non_null(meeting(&t, "Jane Roe", "Ma. Erika Svensson"));
    test_doc_free(&t);
}

/* "According to the ISPR, the COAS also held a meeting with B": the source opens the sentence, the
 * office's initials are its subject */
static void test_according_to_opener(void **state)
{
    (void)state;
    test_doc t = test_extract("RAWALPINDI: Chief of Army Staff General John Abbot called on General Jane Roe in Beijing. "
                              "According to the ISPR, the COAS also held a meeting with PLA Army Commander General Max "
                              "Mustermann.", "2025-05-20");
    assert_non_null(meeting(&t, "John Abbot", "Max Mustermann"));
    test_doc_free(&t);
}

/* "held a phone call with A and later received B" (no comma): a call, then a meeting; '"...," C
 * said, adding that D also took part': D joins, C does not */
static void test_call_then_received_and_speaker(void **state)
{
    (void)state;
    test_doc t = test_extract("President John Abbot on Wednesday held a phone call with French President Jane Roe and "
                              "later received the Secretary-General of the Commonwealth, Max Mustermann, at the Presidential Villa in Abuja.", "2025-05-29");
    const parley_event *ev = find_meeting(t.ex, PARLEY_EVENT_CALL, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_int_equal(ev->n_participants, 2);
    assert_non_null(meeting(&t, "John Abbot", "Max Mustermann"));
    test_doc_free(&t);

    t = test_extract("Russian President John Abbot met with US envoy Jane Roe in St Petersburg on Friday. \"The meeting "
                     "lasted four hours,\" spokesman Max Mustermann said, adding that aide Erika Svensson also took "
                     "part.", "2025-03-25");
    assert_non_null(meeting(&t, "John Abbot", "Erika Svensson"));
    assert_null(meeting(&t, "John Abbot", "Max Mustermann"));
    test_doc_free(&t);
}

/* "Later, His Highness met with B": the honorific alone stands for the one in focus; "then
 * travelled to Nouakchott, where he was received by C": the meeting is in that city */
static void test_honorific_subject_and_passive_where(void **state)
{
    (void)state;
    test_doc t = test_extract("Doha: His Highness the Amir Sheikh John Abbot received at the Amiri Diwan this morning a "
                              "phone call from President Jane Roe. Later, His Highness met with the visiting Prime Minister "
                              "of Pakistan Max Mustermann.", "2025-10-08");
    assert_non_null(meeting(&t, "John Abbot", "Max Mustermann"));
    test_doc_free(&t);

    t = test_extract("MADRID - Spanish Foreign Minister John Abbot met Moroccan Foreign Minister Jane Roe in Rabat on "
                     "Tuesday. Abbot then travelled to Nouakchott, where he was received by Mauritanian President Max "
                     "Mustermann.", "2025-02-19");
    const parley_event *ev = meeting(&t, "John Abbot", "Max Mustermann");
    assert_non_null(ev);
    assert_true(ev->place >= 0);
    assert_string_equal(t.ex->entities[ev->place].name, "Nouakchott");
    test_doc_free(&t);
}

/* "A, B and C travelled to Kyiv on Saturday to meet D": the meeting took place (not "will travel
 * ... to meet"); "The leaders held a joint call with E": a call of the group and E */
static void test_journey_purpose_and_group_call(void **state)
{
    (void)state;
    test_doc t = test_extract("KYIV - French President John Abbot, German Chancellor Jane Roe and Polish Prime Minister Max "
                              "Mustermann travelled to Kyiv on Saturday to meet President Erika Svensson. The leaders held "
                              "a joint call with US President Karl Lindqvist during the visit.", "2025-05-10");
    const parley_event *ev = meeting(&t, "John Abbot", "Erika Svensson");
    assert_non_null(ev);
    assert_int_equal(ev->status, PARLEY_STATUS_OCCURRED);
    assert_non_null(find_meeting(t.ex, PARLEY_EVENT_CALL, "Jane Roe", "Karl Lindqvist"));
    test_doc_free(&t);

    t = test_extract("French President John Abbot will travel to Kyiv on Saturday to meet President Erika Svensson.",
                     "2025-05-08");
    ev = find_meeting(t.ex, PARLEY_EVENT_MEETING, "John Abbot", "Erika Svensson");
    assert_non_null(ev);
    assert_int_equal(ev->status, PARLEY_STATUS_PLANNED);
    test_doc_free(&t);
}

/* "held a brief meeting ... before the funeral of Pope C": the dead meet no one; "D and E briefly
 * joined them" join (not "by video link"); "A and B signed an agreement in 2022, and on Thursday
 * their ministers, C and D, met in Tashkent to discuss water": the countries sign, the ministers
 * meet (the purpose "to discuss" is no plan) */
static void test_funeral_joiners_and_purpose(void **state)
{
    (void)state;
    test_doc t = test_extract("VATICAN CITY - US President John Abbot and Ukrainian President Jane Roe held a brief meeting "
                              "inside St. Peter's Basilica on Saturday before the funeral of Pope Max Mustermann. French "
                              "President Erika Svensson briefly joined them before the ceremony.", "2025-04-26");
    assert_non_null(meeting(&t, "John Abbot", "Erika Svensson"));
    assert_null(meeting(&t, "John Abbot", "Max Mustermann"));
    test_doc_free(&t);

    t = test_extract("VATICAN CITY - US President John Abbot and Ukrainian President Jane Roe held a brief meeting on "
                     "Saturday. French President Erika Svensson briefly joined them by video link.", "2025-04-26");
    assert_null(meeting(&t, "John Abbot", "Erika Svensson"));
    test_doc_free(&t);

    t = test_extract("TASHKENT - Uzbekistan and Kazakhstan signed an agreement on their border in 2022, and on Thursday "
                     "the two countries' foreign ministers, John Abbot and Jane Roe, met in Tashkent to discuss water "
                     "sharing.", "2025-06-20");
    const parley_event *ev = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_int_equal(ev->status, PARLEY_STATUS_OCCURRED);
    const parley_event *ag = NULL;
    for (size_t i = 0; i < t.ex->n_events; i++)
        if (t.ex->events[i].type == PARLEY_EVENT_AGREEMENT && t.ex->events[i].status == PARLEY_STATUS_OCCURRED)
            ag = &t.ex->events[i];
    assert_non_null(ag);
    for (size_t i = 0; i < ag->n_participants; i++)
        assert_int_equal(t.ex->entities[ag->participants[i]].type, PARLEY_ENTITY_COUNTRY);
    test_doc_free(&t);
}

/* "Exercise Talisman Sabre 2025, which opened in Australia on Sunday": the host takes part when no
 * other country is named; "A, B and C are participating for the first time" two sentences on;
 * "the Eternity-2025 joint tactical exercises to be held in Georgia next month": to come */
static void test_exercise_host_and_newcomers(void **state)
{
    (void)state;
    test_doc t = test_extract("SYDNEY - More than 35,000 personnel are taking part in Exercise Talisman Sabre 2025, which "
                              "opened in Australia on Sunday. Defence Minister John Abbot attended the opening ceremony. "
                              "Papua New Guinea, India and Norway are participating for the first time.", "2025-07-14");
    const parley_event *ev = NULL;
    for (size_t i = 0; i < t.ex->n_events; i++)
        if (t.ex->events[i].type == PARLEY_EVENT_EXERCISE)
            ev = &t.ex->events[i];
    assert_non_null(ev);
    assert_int_equal(ev->n_participants, 5);   /* the exercise, Australia and the three newcomers */
    test_doc_free(&t);

    t = test_extract("The parties exchanged views on the Eternity-2025 joint tactical exercises to be held in Georgia "
                     "next month.", "2025-10-14");
    ev = NULL;
    for (size_t i = 0; i < t.ex->n_events; i++)
        if (t.ex->events[i].type == PARLEY_EVENT_EXERCISE)
            ev = &t.ex->events[i];
    assert_non_null(ev);
    assert_int_equal(ev->status, PARLEY_STATUS_PLANNED);
    assert_string_equal(ev->date, "2025-11");
    test_doc_free(&t);
}

/* "A, B and C held a trilateral summit in Lachin. The leaders signed a joint declaration": one
 * meeting of the three, and their signing */
static void test_trilateral_summit(void **state)
{
    (void)state;
    test_doc t = test_extract("LACHIN - Prime Minister John Abbot of Pakistan, President Jane Roe of Turkey and President "
                              "Max Mustermann of Azerbaijan held a trilateral summit in Lachin on Wednesday. The leaders "
                              "signed a joint declaration on trade and energy.", "2025-05-29");
    const parley_event *ev = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_int_equal(ev->n_participants, 3);
    const parley_event *ag = last_agreement(&t);
    assert_non_null(ag);
    assert_int_equal(ag->n_participants, 3);
    test_doc_free(&t);
}

/* "met for nearly three hours at a base on Friday but failed to reach a deal on a ceasefire in
 * Ukraine": what the deal is about, not where they met (the dateline's city) */
static void test_ceasefire_topic_place(void **state)
{
    (void)state;
    test_doc t = test_extract("ANCHORAGE, Alaska - U.S. President John Abbot and Russian President Jane Roe met for nearly "
                              "three hours at the base on Friday but failed to reach a deal on a ceasefire in Ukraine.",
                              "2025-08-16");
    const parley_event *ev = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_true(ev->place >= 0);
    assert_string_equal(t.ex->entities[ev->place].name, "Anchorage");
    test_doc_free(&t);
}

/* "A spoke with B by phone on Sunday, and met C in London last week": the call is placed nowhere,
 * the meeting in London */
static void test_call_place_not_next_clause(void **state)
{
    (void)state;
    test_doc t = test_extract("OTTAWA - Foreign Minister John Abbot of Canada spoke with US Secretary of State Jane Roe by "
                              "phone on Sunday, and met British Foreign Secretary Max Mustermann in London last week.",
                              "2025-06-16");
    const parley_event *call = find_meeting(t.ex, PARLEY_EVENT_CALL, "John Abbot", "Jane Roe");
    assert_non_null(call);
    assert_int_equal(call->place, -1);
    const parley_event *ev = meeting(&t, "John Abbot", "Max Mustermann");
    assert_non_null(ev);
    assert_string_equal(t.ex->entities[ev->place].name, "London");
    test_doc_free(&t);
}

/* "A met B at the White House on Monday, joined later by European leaders including C and D": one
 * meeting of them all */
static void test_joined_later_by(void **state)
{
    (void)state;
    test_doc t = test_extract("WASHINGTON - Ukrainian President John Abbot met U.S. President Jane Roe at the White House "
                              "on Monday, joined later by European leaders including German Chancellor Max Mustermann and "
                              "Italian Prime Minister Erika Svensson.", "2025-08-19");
    const parley_event *ev = meeting(&t, "Jane Roe", "Erika Svensson");
    assert_non_null(ev);
    assert_int_equal(ev->n_participants, 4);
    test_doc_free(&t);
}

/* "in the Indian capital New Delhi": a city libgeonames counts small (New Delhi proper) is named
 * after "capital" or "city", and is where the meeting was (not India) */
static void test_capital_named_small_city(void **state)
{
    (void)state;
    test_doc t = test_extract("President John Abbot met Prime Minister Jane Roe in the Indian capital New Delhi on "
                              "Thursday.", "2025-03-07");
    const parley_event *ev = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_true(ev->place >= 0);
    assert_string_equal(t.ex->entities[ev->place].name, "New Delhi");
    test_doc_free(&t);
}

/* "The two signed a letter of intent and agreed to hold a summit in Belem in August": the plan's
 * place and month are not the signing's */
static void test_plan_after_signing(void **state)
{
    (void)state;
    test_doc t = test_extract("Colombian President John Abbot and Brazilian President Jane Roe signed a letter of intent "
                              "in Brasilia on Tuesday and agreed to hold a summit in Belem in August.", "2025-07-09");
    const parley_event *ag = last_agreement(&t);
    assert_non_null(ag);
    assert_string_equal(ag->date, "2025-07-08");
    assert_true(ag->place >= 0);
    assert_string_equal(t.ex->entities[ag->place].name, "Brasília");
    test_doc_free(&t);
    t = test_extract("Colombian President John Abbot and Brazilian President Jane Roe signed a letter of intent on "
                     "Tuesday and agreed to hold a summit in Belem in August.", "2025-07-09");
    ag = last_agreement(&t);
    assert_non_null(ag);
    assert_string_equal(ag->date, "2025-07-08");
    assert_true(ag->place < 0 || strcmp(t.ex->entities[ag->place].name, "Belém") != 0);
    test_doc_free(&t);
}

/* "Abbot was accompanied by A and B" after a signing of two ministers told last: they join the
 * meeting Abbot was at, not the ministers' */
static void test_accompanied_named_subject(void **state)
{
    (void)state;
    test_doc t = test_extract("JAKARTA - President Jane Roe received Malaysian Prime Minister John Abbot in Jakarta on "
                              "Tuesday. During the meeting, the two leaders discussed border management. \"We agreed to "
                              "speed up the talks,\" Roe told reporters after the talks. The two leaders also witnessed the "
                              "exchange of several memoranda of understanding, including one on cooperation in the field of "
                              "higher education signed by Indonesian Education Minister Max Mustermann and Malaysian "
                              "Education Minister Erika Svensson. Abbot was accompanied by Foreign Minister Karl Lindqvist.",
                              "2025-05-27");
    const parley_event *ev = meeting(&t, "Jane Roe", "John Abbot");
    assert_non_null(ev);
    assert_non_null(meeting(&t, "Jane Roe", "Karl Lindqvist"));
    assert_null(meeting(&t, "Max Mustermann", "Karl Lindqvist"));
    test_doc_free(&t);
}

/* "... the Reciprocal Access Agreement, which was signed in July last year": a document referred
 * to, signed by no one the clause names in another month; the meeting's people sign nothing */
static void test_referred_document_signed_before(void **state)
{
    (void)state;
    test_doc t = test_extract("TOKYO - Foreign Minister John Abbot held a meeting with Foreign Secretary Jane Roe on June "
                              "11. The two ministers confirmed that they would cooperate toward the entry into force of "
                              "the Reciprocal Access Agreement, which was signed in July last year.", "2025-06-12");
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    assert_null(last_agreement(&t));
    test_doc_free(&t);
    /* (signed by people the clause names: a signing told) */
    t = test_extract("TOKYO - Foreign Minister John Abbot held a meeting with Foreign Secretary Jane Roe on June "
                     "11. They discussed the Reciprocal Access Agreement, which was signed by Max Mustermann and "
                     "Erika Svensson in July last year.", "2025-06-12");
    assert_non_null(last_agreement(&t));
    test_doc_free(&t);
}

/* "met A in Beijing on Monday and is expected to meet B on Wednesday", ", and will hold talks with
 * B later in the week": a second predicate of what is to come tells a planned meeting */
static void test_second_clause_to_come(void **state)
{
    (void)state;
    test_doc t = test_extract("Foreign Minister John Abbot met Chinese Vice President Jane Roe in Beijing on Monday and is "
                              "expected to meet Foreign Minister Max Mustermann on Wednesday.", "2025-07-15");
    const parley_event *ev = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_string_equal(ev->date, "2025-07-14");
    const parley_event *pl = find_meeting(t.ex, PARLEY_EVENT_MEETING, "John Abbot", "Max Mustermann");
    assert_non_null(pl);
    assert_int_equal(pl->status, PARLEY_STATUS_PLANNED);
    assert_string_equal(pl->date, "2025-07-16");
    test_doc_free(&t);
    t = test_extract("Foreign Minister John Abbot on Monday called on Vice President Jane Roe in Beijing, and will hold "
                     "talks with Foreign Minister Max Mustermann later in the week.", "2025-07-15");
    pl = find_meeting(t.ex, PARLEY_EVENT_MEETING, "John Abbot", "Max Mustermann");
    assert_non_null(pl);
    assert_int_equal(pl->status, PARLEY_STATUS_PLANNED);
    test_doc_free(&t);
}

/* "They signed X, and witnessed the signing of Y by C and D": two signings, X by the leaders of
 * the meeting, Y by C and D */
static void test_second_signing_predicate(void **state)
{
    (void)state;
    test_doc t = test_extract("CANBERRA - Prime Minister John Abbot and his Australian counterpart Jane Roe held their annual "
                              "meeting on Saturday. They signed a Comprehensive Strategic Partnership, and witnessed the "
                              "signing of a memorandum by transport ministers Max Mustermann and Erika Svensson.",
                              "2025-06-07");
    size_t n = 0;
    for (size_t i = 0; i < t.ex->n_events; i++) {
        const parley_event *ev = &t.ex->events[i];
        if (ev->type != PARLEY_EVENT_AGREEMENT)
            continue;
        n++;
        assert_int_equal(ev->n_participants, 2);
        const char *a = t.ex->entities[ev->participants[0]].name;
        if (strstr(ev->name, "Partnership"))
            assert_true(strcmp(a, "John Abbot") == 0 || strcmp(a, "Jane Roe") == 0);
        else
            assert_true(strcmp(a, "Max Mustermann") == 0 || strcmp(a, "Erika Svensson") == 0);
    }
    assert_int_equal(n, 2);
    test_doc_free(&t);
}

/* "A held talks in Washington with B. ... The talks were held at the Pentagon on Thursday": the
 * day said when the meeting is told again, over the story's date the first telling had by
 * default */
static void test_told_again_with_its_day(void **state)
{
    (void)state;
    test_doc t = test_extract("Defence Minister John Abbot held talks in Washington with US Secretary of Defense Jane Roe. "
                              "The ministers discussed the purchase of air defence systems. The talks were held at the "
                              "Pentagon on Thursday.", "2025-05-30");
    const parley_event *ev = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_string_equal(ev->date, "2025-05-29");
    test_doc_free(&t);
    t = test_extract("Defence Minister John Abbot held talks in Washington with US Secretary of Defense Jane Roe. "
                     "The meeting took place on Thursday.", "2025-05-30");
    ev = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_string_equal(ev->date, "2025-05-29");
    test_doc_free(&t);
}

/* "Prime Minister met with A and B" (Indian releases write the office with no article): the
 * holder told before meets each of them */
static void test_bare_leader_office_subject(void **state)
{
    (void)state;
    test_doc t = test_extract_from("Prime Minister John Abbot held a bilateral meeting with President of the United States "
                                   "Jane Roe in Washington on 13 February 2025. Earlier in the day, Prime Minister met with "
                                   "Max Mustermann, Director of National Intelligence, and entrepreneur Erika Svensson.",
                                   "2025-02-13", "https://www.mea.gov.in/press-releases.htm");
    assert_non_null(meeting(&t, "John Abbot", "Max Mustermann"));
    assert_non_null(meeting(&t, "John Abbot", "Erika Svensson"));
    assert_null(meeting(&t, "Max Mustermann", "Erika Svensson"));
    assert_person_country(t.ex, "Max Mustermann", "United States");
    test_doc_free(&t);
}

/* "Also present was C, who held a bilateral meeting with B at Wisma Putra yesterday": the clause's
 * meeting is on its own day */
static void test_relative_meeting_own_day(void **state)
{
    (void)state;
    test_doc t = test_extract("PUTRAJAYA - Prime Minister John Abbot today received a courtesy call from Japanese Foreign "
                              "Minister Jane Roe at his office. Also present was Foreign Minister Max Mustermann, who held "
                              "a bilateral meeting with Roe at Wisma Putra yesterday.", "2025-01-10");
    const parley_event *ev = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_string_equal(ev->date, "2025-01-10");
    const parley_event *rv = NULL;
    for (size_t i = 0; i < t.ex->n_events; i++)
        if (t.ex->events[i].type == PARLEY_EVENT_MEETING && t.ex->events[i].n_participants == 2 && &t.ex->events[i] != ev)
            rv = &t.ex->events[i];
    assert_non_null(rv);
    assert_string_equal(rv->date, "2025-01-09");
    test_doc_free(&t);
}

/* "after visiting Jordan, where he met King C in Aqaba on Thursday": the city the clause names;
 * "B was also received by President D at the airport before the talks": the day and city of the
 * talks told first */
static void test_where_city_and_before_the_talks(void **state)
{
    (void)state;
    test_doc t = test_extract("Foreign Minister John Abbot hosted U.S. Secretary of State Jane Roe in Ankara on Friday. "
                              "Roe arrived in Türkiye after visiting Jordan, where he met King Max Mustermann in Aqaba on "
                              "Thursday. Roe was also received by President Erika Svensson at the Esenboga Airport before "
                              "the talks, sources said.", "2024-12-13");
    const parley_event *ev = meeting(&t, "Jane Roe", "Max Mustermann");
    assert_non_null(ev);
    assert_string_equal(ev->date, "2024-12-12");
    assert_true(ev->place >= 0);
    assert_string_equal(t.ex->entities[ev->place].name, "Aqaba");
    ev = meeting(&t, "Jane Roe", "Erika Svensson");
    assert_non_null(ev);
    assert_string_equal(ev->date, "2024-12-13");
    assert_true(ev->place >= 0);
    assert_string_equal(t.ex->entities[ev->place].name, "Ankara");
    test_doc_free(&t);
}

/* "A, a close ally of President C, also met B": the person of the apposition said of the subject
 * is no party */
static void test_apposition_ally_no_party(void **state)
{
    (void)state;
    test_doc t = test_extract("Foreign Minister John Abbot met Chinese Foreign Minister Jane Roe in Beijing on Monday. Abbot, "
                              "a close ally of President Max Mustermann, also met Vice President Erika Svensson on Tuesday.",
                              "2025-08-12");
    assert_non_null(meeting(&t, "John Abbot", "Erika Svensson"));
    assert_null(meeting(&t, "Max Mustermann", "Erika Svensson"));
    test_doc_free(&t);
}

/* "A met B and C in Riyadh, with D joining by phone": D is no one at the meeting, and the call
 * words tell no call of A and C */
static void test_joining_by_phone_no_call(void **state)
{
    (void)state;
    test_doc t = test_extract("RIYADH - Crown Prince John Abbot on Wednesday met Syrian President Jane Roe and US President "
                              "Max Mustermann in Riyadh, with Turkish President Erika Svensson joining by phone.",
                              "2025-05-14");
    assert_non_null(meeting(&t, "John Abbot", "Max Mustermann"));
    assert_null(find_meeting(t.ex, PARLEY_EVENT_CALL, "John Abbot", "Max Mustermann"));
    assert_null(meeting(&t, "John Abbot", "Erika Svensson"));
    test_doc_free(&t);
}

/* "held his first summit with B in Tokyo on Saturday, with the two leaders agreeing to meet
 * regularly": the subject's own summit, held (what they agree to is to come) */
static void test_held_his_first_summit(void **state)
{
    (void)state;
    test_doc t = test_extract("President John Abbot held his first summit with Japanese Prime Minister Jane Roe in Tokyo on "
                              "Saturday, with the two leaders agreeing to meet regularly.", "2025-09-03");
    const parley_event *ev = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_int_equal(ev->status, PARLEY_STATUS_OCCURRED);
    assert_string_equal(ev->date, "2025-08-30");
    test_doc_free(&t);
}

/* "A, accompanied by B, then witnessed the signing of the Accord, signed by C and D": C and D sign,
 * not the witnesses */
static void test_signed_by_not_witnesses(void **state)
{
    (void)state;
    test_doc t = test_extract("KUALA LUMPUR - US President John Abbot, accompanied by Secretary of State Jane Roe, witnessed "
                              "the signing of the Peace Accord between Thailand and Cambodia, signed by Thai Prime Minister "
                              "Max Mustermann and Cambodian Prime Minister Erika Svensson.", "2025-10-26");
    const parley_event *ag = last_agreement(&t);
    assert_non_null(ag);
    assert_int_equal(ag->n_participants, 2);
    for (size_t i = 0; i < ag->n_participants; i++) {
        const char *n = t.ex->entities[ag->participants[i]].name;
        assert_true(strcmp(n, "Max Mustermann") == 0 || strcmp(n, "Erika Svensson") == 0);
    }
    test_doc_free(&t);
}

/* "X hosted more than a dozen European leaders ... Among those attending were A, B and C": a list
 * of the gathering's participants, all at one meeting with the host */
static void test_among_those_attending(void **state)
{
    (void)state;
    test_doc t = test_extract("LONDON - British Prime Minister John Abbot hosted more than a dozen European leaders at "
                              "Lancaster House on Sunday for a summit on Ukraine. Among those attending were French "
                              "President Jane Roe, German Chancellor Max Mustermann and Italian Prime Minister Erika "
                              "Svensson.", "2025-03-02");
    const parley_event *ev = meeting(&t, "John Abbot", "Erika Svensson");
    assert_non_null(ev);
    assert_int_equal(ev->n_participants, 4);
    test_doc_free(&t);
}

/* "For the first time, A, B and C are participating" after an exercise is told: they join it (an
 * opening phrase and its comma before the countries) */
static void test_exercise_newcomers_after_opener(void **state)
{
    (void)state;
    test_doc t = test_extract("SYDNEY - Exercise Talisman Sabre 2025, the largest iteration of the biennial Australian-U.S. "
                              "drills, kicked off on Sunday. For the first time, India, Singapore and Norway are "
                              "participating.", "2025-07-14");
    const parley_event *ev = NULL;
    for (size_t i = 0; i < t.ex->n_events; i++)
        if (t.ex->events[i].type == PARLEY_EVENT_EXERCISE)
            ev = &t.ex->events[i];
    assert_non_null(ev);
    bool norway = false;
    for (size_t i = 0; i < ev->n_participants; i++)
        norway |= strcmp(t.ex->entities[ev->participants[i]].name, "Norway") == 0;
    assert_true(norway);
    test_doc_free(&t);
}

/* "X met with a Hamas delegation headed by A ... The Hamas delegation later held talks with B in
 * Doha": a body's delegation told again is its leader */
static void test_body_delegation_leader(void **state)
{
    (void)state;
    test_doc t = test_extract("CAIRO - Egyptian President John Abbot met on Sunday with a Hamas delegation headed by Jane "
                              "Roe, the head of the group's Shura Council. The Hamas delegation later held talks with Qatari "
                              "Prime Minister Max Mustermann in Doha.", "2025-02-09");
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    assert_non_null(meeting(&t, "Jane Roe", "Max Mustermann"));
    assert_person_country(t.ex, "Jane Roe", "Palestine");
    test_doc_free(&t);
}

/* "met X in Beijing amid US President Y's trade war": Y is no party; "welcomed his Brazilian
 * counterpart Luiz da Silva to the Elysee Palace": the seat's city (a title and a name's particle
 * between "welcomed" and "to") */
static void test_amid_and_welcomed_counterpart_to(void **state)
{
    (void)state;
    test_doc t = test_extract("Spanish Prime Minister John Abbot on Friday met Chinese President Jane Roe in Beijing amid US "
                              "President Max Mustermann's trade war.", "2025-04-11");
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    assert_null(meeting(&t, "John Abbot", "Max Mustermann"));
    test_doc_free(&t);
    t = test_extract("French President John Abbot welcomed his Brazilian counterpart Jane da Silva to the Elysee Palace on "
                     "Thursday evening for a state dinner.", "2025-06-05");
    const parley_event *ev = meeting(&t, "John Abbot", "Jane da Silva");
    assert_non_null(ev);
    assert_true(ev->place >= 0);
    assert_string_equal(t.ex->entities[ev->place].name, "Paris");
    test_doc_free(&t);
}

/* "A met B in Washington. A, who is on a six-day visit to the US, also met C": the city of the
 * meeting told before, a city of the lexicon (with no coordinates) in that country */
static void test_visit_country_city_of_lexicon(void **state)
{
    (void)state;
    test_doc t = test_extract("External Affairs Minister John Abbot on Tuesday met US Secretary of State Jane Roe in "
                              "Washington. Abbot, who is on a six-day visit to the US, also met National Security Advisor "
                              "Max Mustermann.", "2024-10-02");
    const parley_event *ev = meeting(&t, "John Abbot", "Max Mustermann");
    assert_non_null(ev);
    assert_true(ev->place >= 0);
    assert_string_equal(t.ex->entities[ev->place].name, "Washington");
    test_doc_free(&t);
}

/* "The foreign ministers of Japan, China and South Korea met in Tokyo. A hosted the meeting with B
 * and C": the gathering told before without names, all three at it; "in the Oval Office" is in
 * Washington */
static void test_hosted_the_gathering_with(void **state)
{
    (void)state;
    test_doc t = test_extract("The foreign ministers of Japan, China and South Korea met in Tokyo on Saturday. Japanese "
                              "Foreign Minister John Abbot hosted the meeting with Chinese Foreign Minister Jane Roe and "
                              "South Korean Foreign Minister Max Mustermann.", "2025-03-22");
    const parley_event *ev = meeting(&t, "Jane Roe", "Max Mustermann");
    assert_non_null(ev);
    assert_int_equal(ev->n_participants, 3);
    test_doc_free(&t);
    t = test_extract("Taoiseach John Abbot met US president Jane Roe in the Oval Office on Wednesday.", "2025-03-13");
    ev = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_true(ev->place >= 0);
    assert_string_equal(t.ex->entities[ev->place].name, "Washington");
    test_doc_free(&t);
}

/* "met at the US president's golf resort in Scotland": the country that qualifies an owner is no
 * place of the meeting */
static void test_owner_country_not_place(void **state)
{
    (void)state;
    test_doc t = test_extract("Prime Minister John Abbot and President Jane Roe met at the US president's golf resort in "
                              "Scotland on Monday.", "2025-07-28");
    const parley_event *ev = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_true(ev->place < 0 || strcmp(t.ex->entities[ev->place].name, "United States") != 0);
    test_doc_free(&t);
}

/* "Speaker of Parliament John Emir and Minister Jane Roe held talks ... Later, Emir had a phone
 * conversation with X": a sovereign's word that ends a name named before is that person, no
 * office with no article */
static void test_surname_emir_not_office(void **state)
{
    (void)state;
    test_doc t = test_extract("Macedonian Speaker of Parliament John Emir and Turkmen Interior Minister Jane Roe held talks "
                              "in Ashgabat on April 2. Later, Emir had a phone conversation with Dutch Speaker of Parliament "
                              "Max Mustermann.", "2015-04-03");
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "John Emir"));
    assert_null(find_meeting(t.ex, PARLEY_EVENT_CALL, "Jane Roe", "Max Mustermann"));
    test_doc_free(&t);
}

/* "met with visiting U.S. Trade Representative X on Tuesday and discussed tariffs": the country of
 * the visitor's title is no place visited (the dateline's city is) */
static void test_visiting_title_country_not_place(void **state)
{
    (void)state;
    test_doc t = test_extract("SEOUL, April 15 (Yonhap) -- Acting President John Abbot met with visiting U.S. Trade "
                              "Representative Jane Roe on Tuesday and discussed tariff issues.", "2025-04-15");
    const parley_event *ev = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_true(ev->place >= 0);
    assert_string_equal(t.ex->entities[ev->place].name, "Seoul");
    test_doc_free(&t);
}

/* "X said ties had improved since Prime Minister A met B in Kazan last October": the speaker is
 * no party, the date is the month named; "During the meeting, A asked ... C was also present":
 * C joins A's meeting, not the last told */
static void test_speaker_of_a_meeting_and_again_opener(void **state)
{
    (void)state;
    test_doc t = test_extract("NEW DELHI: External Affairs Minister John Abbot on Monday held talks with Chinese Foreign "
                              "Minister Jane Roe.\n\nAbbot said ties had improved since Prime Minister Max Mustermann met "
                              "President Erika Svensson in Kazan last October.\n\nAbbot said the meeting between Prime "
                              "Minister Mustermann and President Svensson had helped.", "2025-11-05");
    assert_null(meeting(&t, "John Abbot", "Erika Svensson"));
    const parley_event *ev = meeting(&t, "Max Mustermann", "Erika Svensson");
    assert_non_null(ev);
    assert_string_equal(ev->date, "2025-10");
    test_doc_free(&t);
    t = test_extract("SEOUL -- Defense Minister John Abbot met with Adm. Jane Roe on Tuesday, his office said.\n\nRoe "
                     "also paid a courtesy call on Gen. Max Mustermann earlier in the day.\n\nDuring the meeting, Abbot "
                     "asked for continued support.\n\nGen. Erika Svensson was also present.", "2025-08-12");
    assert_non_null(meeting(&t, "John Abbot", "Erika Svensson"));
    assert_null(meeting(&t, "Max Mustermann", "Erika Svensson"));
    test_doc_free(&t);
}

/* "..., after U.S. President A held talks on the sidelines of the summit with B": the story's
 * gathering, in the dateline's city */
static void test_after_clause_on_sidelines_place(void **state)
{
    (void)state;
    test_doc t = test_extract("THE HAGUE, June 26 (Reuters) - NATO leaders on Wednesday endorsed a spending target, after "
                              "U.S. President John Abbot held talks on the sidelines of the summit with Ukrainian President "
                              "Jane Roe.", "2025-06-26");
    const parley_event *ev = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_true(ev->place >= 0);
    assert_string_equal(t.ex->entities[ev->place].name, "The Hague");
    test_doc_free(&t);
}

/* "A and B were present during the meeting with C" after other meetings: the meeting C was at */
static void test_present_at_the_meeting_with(void **state)
{
    (void)state;
    test_doc t = test_extract("Chief Adviser John Abbot and Japanese Prime Minister Jane Roe held a bilateral meeting in "
                              "Tokyo on Friday.\n\nHe also met JICA President Max Mustermann.\n\nForeign Adviser Erika "
                              "Svensson was present during the meeting with Roe.", "2025-06-04");
    assert_non_null(meeting(&t, "Jane Roe", "Erika Svensson"));
    assert_null(meeting(&t, "Max Mustermann", "Erika Svensson"));
    test_doc_free(&t);
}

/* "..., according to presidential spokesperson X": the source is no party; "spoke with A by phone
 * ..., and said he had also discussed Ukraine with B in a call on April 21": two calls, the day
 * the second clause's; "has similar agreements with A and B, and signed X with C": the clause
 * before ", and signed" signs nothing */
static void test_according_to_and_second_call(void **state)
{
    (void)state;
    test_doc t = test_extract("President John Abbot held a phone call with Japanese Prime Minister Jane Roe on Monday.\n\n"
                              "Abbot is expected to meet Roe in person on the sidelines of the G7 summit in Kananaskis, "
                              "Canada, next week, according to presidential spokesperson Max Mustermann.", "2025-06-12");
    for (size_t k = 0; k < t.ex->n_events; k++)
        for (size_t i = 0; i < t.ex->events[k].n_participants; i++)
            assert_string_not_equal(t.ex->entities[t.ex->events[k].participants[i]].name, "Max Mustermann");
    test_doc_free(&t);
    t = test_extract("South African President John Abbot met Ukrainian President Jane Roe in Pretoria on Thursday.\n\n"
                     "Abbot had spoken with U.S. President Max Mustermann by phone earlier in the week, and said he had "
                     "also discussed Ukraine with Russian President Erika Svensson in a call on April 21.", "2025-04-25");
    const parley_event *a = find_meeting(t.ex, PARLEY_EVENT_CALL, "John Abbot", "Max Mustermann");
    const parley_event *b = find_meeting(t.ex, PARLEY_EVENT_CALL, "John Abbot", "Erika Svensson");
    assert_non_null(a);
    assert_non_null(b);
    assert_true(a != b);
    assert_string_equal(b->date, "2025-04-21");
    assert_string_not_equal(a->date, "2025-04-21");
    test_doc_free(&t);
    t = test_extract("MANILA - The Philippines and Canada on Sunday signed the Status of Visiting Forces Agreement.\n\n"
                     "The Philippines has similar agreements with the United States and Australia, and signed a "
                     "Reciprocal Access Agreement with Japan last year.", "2025-10-15");
    const parley_event *ag = NULL;
    for (size_t k = 0; k < t.ex->n_events; k++)
        if (t.ex->events[k].type == PARLEY_EVENT_AGREEMENT && strcmp(t.ex->events[k].date, "2024") == 0)
            ag = &t.ex->events[k];
    assert_non_null(ag);
    assert_int_equal(ag->n_participants, 2);
    test_doc_free(&t);
}

/* "X has no plans to meet Y": no meeting, not even planned; "The meeting came a week after U.S.
 * Secretary of State A and Russian Foreign Minister B held talks": a week before, however long the
 * names between "after" and the meeting words */
static void test_no_plans_and_long_after_clause(void **state)
{
    (void)state;
    test_doc t = test_extract("U.S. Defense Secretary John Abbot has no plans to meet Chinese Defense Minister Jane Roe, a "
                              "Pentagon spokesperson said on Wednesday.", "2025-07-02");
    assert_null(find_meeting(t.ex, PARLEY_EVENT_MEETING, "John Abbot", "Jane Roe"));
    test_doc_free(&t);
    t = test_extract("RIYADH: Saudi Crown Prince John Abbot received Ukrainian President Jane Roe in Riyadh on Monday.\n\n"
                     "The meeting came a week after US Secretary of State Max Mustermann and Russian Foreign Minister "
                     "Erika Svensson held talks in the Saudi capital.", "2025-02-26");
    const parley_event *ev = meeting(&t, "Max Mustermann", "Erika Svensson");
    assert_non_null(ev);
    assert_string_equal(ev->date, "2025-02-17");
    test_doc_free(&t);
}

/* "The two American officials had arrived from Beirut, where they met A and B": the US people of
 * the meeting told, a meeting before the story's (C "also attended the meeting" joins the story's);
 * "The leaders later witnessed the signing" after ministers accompanied them: the leaders sign */
static void test_demonym_group_and_leaders_signing(void **state)
{
    (void)state;
    test_doc t = test_extract("Prime Minister John Abbot met Tuesday in Jerusalem with US envoy Jane Roe and US Deputy "
                              "Special Envoy Max Mustermann.\n\nThe two American officials had arrived from Beirut, where "
                              "they met with Lebanese President Erika Svensson on Monday.\n\nStrategic Affairs Minister Karl "
                              "Lindqvist also attended the meeting, the Prime Minister's Office said.", "2025-08-28");
    assert_non_null(meeting(&t, "Jane Roe", "Erika Svensson"));
    assert_non_null(meeting(&t, "Max Mustermann", "Erika Svensson"));
    assert_null(meeting(&t, "John Abbot", "Erika Svensson"));
    assert_non_null(meeting(&t, "John Abbot", "Karl Lindqvist"));
    assert_null(meeting(&t, "Erika Svensson", "Karl Lindqvist"));
    test_doc_free(&t);
    t = test_extract("President John Abbot and his Ugandan counterpart Jane Roe met at State House, Nairobi, on Sunday.\n\n"
                     "Abbot was accompanied by Energy Cabinet Secretary Max Mustermann, while Roe's delegation included "
                     "Foreign Affairs Minister Erika Svensson.\n\nThe leaders later witnessed the signing of three "
                     "memoranda of understanding.", "2025-06-30");
    const parley_event *ag = last_agreement(&t);
    assert_non_null(ag);
    assert_int_equal(ag->n_participants, 2);
    test_doc_free(&t);
}

/* "X did not meet with Y, who is trailing ahead of the February 23 election, but held talks with
 * Z": a meeting with Z, its day not the election's; "thanked President X for his invitation to
 * visit Russia for the Annual Summit and looked forward to welcoming him": to come */
static void test_but_held_talks_and_invitation(void **state)
{
    (void)state;
    test_doc t = test_extract("US Vice President John Abbot met Ukrainian President Jane Roe in Munich on Friday.\n\nGerman "
                              "Chancellor Max Mustermann rejected the remarks.\n\nAbbot did not meet with Mustermann, who "
                              "is trailing in the polls ahead of the February 23 election, but held talks with opposition "
                              "leader Erika Svensson.", "2025-02-15");
    assert_null(meeting(&t, "John Abbot", "Max Mustermann"));
    const parley_event *ev = meeting(&t, "John Abbot", "Erika Svensson");
    assert_non_null(ev);
    assert_string_not_equal(ev->date, "2025-02-23");
    test_doc_free(&t);
    t = test_extract("Prime Minister John Abbot received a telephone call today from President Jane Roe.\n\nPrime Minister "
                     "thanked President Roe for his invitation to visit Russia for the Annual Summit and said he looked "
                     "forward to welcoming him in India later this year.", "2025-05-07");
    ev = meeting(&t, "John Abbot", "Jane Roe");
    assert_true(!ev || ev->status == PARLEY_STATUS_PLANNED);
    test_doc_free(&t);
}

/* A list after "held a series of bilateral meetings ...:" whose items tell their own meetings ("- On
 * Tuesday, he met with A and with B", "- On Monday, the Secretary met with C"): each item read as
 * a sentence, its day and all its people; "The Secretary also joined President X's meeting with
 * Y": one meeting of the three; "Wang had visited Brussels, where he met Z": that month */
static void test_items_of_their_own(void **state)
{
    (void)state;
    test_doc t = test_extract("Secretary of State John Abbot held a series of bilateral meetings in New York this week:\n\n"
                              "- On Monday, the Secretary met with Japanese Foreign Minister Jane Roe.\n"
                              "- On Tuesday, he met with Indian External Affairs Minister Max Mustermann and with Saudi "
                              "Foreign Minister Erika Svensson.\n\nThe Secretary also joined President Karl Lindqvist's "
                              "meeting with Ukrainian President Ola Nordmann on Tuesday.", "2025-09-26");
    const parley_event *ev = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_string_equal(ev->date, "2025-09-22");
    ev = meeting(&t, "John Abbot", "Erika Svensson");
    assert_non_null(ev);
    assert_string_equal(ev->date, "2025-09-23");
    ev = meeting(&t, "Karl Lindqvist", "Ola Nordmann");
    assert_non_null(ev);
    assert_int_equal(ev->n_participants, 3);
    test_doc_free(&t);
    t = test_extract("German Foreign Minister John Abbot on Thursday received his Chinese counterpart Jane Roe in Berlin."
                     "\n\nBefore traveling to Berlin, Roe had visited Brussels, where he met EU foreign policy chief Max "
                     "Mustermann.", "2025-06-19");
    ev = meeting(&t, "Jane Roe", "Max Mustermann");
    assert_non_null(ev);
    assert_string_equal(ev->date, "2025-06");
    test_doc_free(&t);
}

/* "Japanese Defense Minister A and his Philippine counterpart B agreed on Thursday to deepen
 * cooperation": the pair met (not "agreed in a phone call": a call) */
static void test_counterparts_agreed(void **state)
{
    (void)state;
    test_doc t = test_extract("TOKYO -- Japanese Defense Minister John Abbot and his Philippine counterpart Jane Roe agreed "
                              "on Thursday to deepen security cooperation.", "2025-05-29");
    const parley_event *ev = find_meeting(t.ex, PARLEY_EVENT_MEETING, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_string_equal(ev->date, "2025-05-29");
    test_doc_free(&t);
    t = test_extract("TOKYO -- Japanese Defense Minister John Abbot and his Philippine counterpart Jane Roe agreed in a "
                     "phone call on Thursday to deepen cooperation.", "2025-05-29");
    assert_null(find_meeting(t.ex, PARLEY_EVENT_MEETING, "John Abbot", "Jane Roe"));
    assert_non_null(find_meeting(t.ex, PARLEY_EVENT_CALL, "John Abbot", "Jane Roe"));
    test_doc_free(&t);
}

/* "held a bilateral with", "shook hands with", "had a brief encounter with", "held a joint news
 * conference with": meetings ("told a joint news conference with X" is a quote's source, and
 * "paid a visit to the headquarters" no meeting of itself) */
static void test_more_meeting_words(void **state)
{
    (void)state;
    static const char *const verbs[] = {"held a bilateral with", "shook hands with", "had a brief encounter with",
                                        "held a joint news conference with", "put their signatures to a defence agreement with",
                                        NULL};
    for (int k = 0; verbs[k]; k++) {
        char text[256];
        snprintf(text, sizeof text, "OSLO, Jan 8 - Norwegian Prime Minister John Abbot %s Swedish Prime Minister Jane Roe "
                 "in Oslo on Tuesday.", verbs[k]);
        test_doc t = test_extract(text, "2025-01-08");
        const parley_event *ev = find_meeting(t.ex, PARLEY_EVENT_MEETING, "John Abbot", "Jane Roe");
        if (!ev)
            fail_msg("no meeting for '%s'", verbs[k]);
        test_doc_free(&t);
    }
}

/* "held talks with X at the Amiri Diwan", "at the Moncloa Palace": seats of government name their
 * cities (Doha, Madrid) */
static void test_more_seats(void **state)
{
    (void)state;
    test_doc t = test_extract("His Highness the Amir Sheikh John Abbot held talks with President Jane Roe at the Amiri Diwan "
                              "on Wednesday.\n\nPrime Minister Max Mustermann received Dutch Prime Minister Erika Svensson at the Moncloa "
                              "Palace on Wednesday.", "2025-02-05");
    const parley_event *ev = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_true(ev->place >= 0);
    assert_string_equal(t.ex->entities[ev->place].name, "Doha");
    ev = meeting(&t, "Max Mustermann", "Erika Svensson");
    assert_non_null(ev);
    assert_true(ev->place >= 0);
    assert_string_equal(t.ex->entities[ev->place].name, "Madrid");
    test_doc_free(&t);
}

/* "A met B at the White House on Monday, joined by C, D and E": one meeting of them all; "A later
 * phoned F, who agreed to meet B": a call of A and F (the relative clause's meeting is no part of
 * it) */
static void test_joined_by_and_called_who(void **state)
{
    (void)state;
    test_doc t = test_extract("Ukrainian President John Abbot met US President Jane Roe at the White House on Monday, joined "
                              "by UK Prime Minister Max Mustermann and French President Erika Svensson.\n\nRoe later phoned "
                              "Russian President Karl Lindqvist, who agreed to meet Abbot.", "2025-08-19");
    const parley_event *ev = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_int_equal(ev->n_participants, 4);
    assert_non_null(find_meeting(t.ex, PARLEY_EVENT_CALL, "Jane Roe", "Karl Lindqvist"));
    assert_null(find_meeting(t.ex, PARLEY_EVENT_CALL, "John Abbot", "Karl Lindqvist"));
    test_doc_free(&t);
}

/* "Talks between A and B never took place", "... failed to materialise", "... collapsed before they
 * began", "A and B have yet to meet": no meeting */
static void test_meetings_that_never_were(void **state)
{
    (void)state;
    static const char *const sentences[] = {"Talks between John Abbot and Jane Roe never took place.",
                                            "A meeting between John Abbot and Jane Roe failed to materialise.",
                                            "Talks between John Abbot and Jane Roe collapsed before they began.",
                                            "John Abbot and Jane Roe have yet to meet.", NULL};
    for (int k = 0; sentences[k]; k++) {
        char text[256];
        snprintf(text, sizeof text, "Russian President John Abbot spoke about Ukrainian President Jane Roe on Tuesday.\n\n%s",
                 sentences[k]);
        test_doc t = test_extract(text, "2025-05-20");
        const parley_event *ev = meeting(&t, "John Abbot", "Jane Roe");
        if (ev && ev->status == PARLEY_STATUS_OCCURRED)
            fail_msg("a meeting for '%s'", sentences[k]);
        test_doc_free(&t);
    }
}

/* "in Washington, D.C." and "in Washington": one place (one node of the graph), not two */
static void test_washington_dc_one_place(void **state)
{
    (void)state;
    test_doc t = test_extract("Indian Prime Minister John Abbot met Kazakh President Jane Roe in Washington, D.C. on "
                              "Thursday.\n\nAbbot later met US President Max Mustermann in Washington.", "2025-03-07");
    const parley_event *a = meeting(&t, "John Abbot", "Jane Roe"), *b = meeting(&t, "John Abbot", "Max Mustermann");
    assert_non_null(a);
    assert_non_null(b);
    assert_true(a->place >= 0);
    assert_int_equal(a->place, b->place);
    assert_string_equal(t.ex->entities[a->place].name, "Washington");
    test_doc_free(&t);
}

/* "X visited Riyadh, where he met A, and Doha, where he held talks with Emir B": both meetings, B
 * of Qatar (a capital known by its name alone); "concluded his Gulf tour in the UAE, where he was
 * received by President C": C of the UAE; "hosted D at Chequers, where the deal was signed by E
 * and F": one meeting of the four */
static void test_visit_list_where_clauses(void **state)
{
    (void)state;
    test_doc t = test_extract("ABU DHABI: US President John Abbot concluded his Gulf tour in the UAE on Thursday, where he was "
                              "received by President Sheikh Jane Roe.\n\nEarlier in the week, Abbot visited Riyadh, where "
                              "he met Saudi Crown Prince Max Mustermann, and Doha, where he held talks with Emir Sheikh "
                              "Erika Svensson.", "2025-05-16");
    assert_person_country(t.ex, "Jane Roe", "United Arab Emirates");
    assert_person_country(t.ex, "Erika Svensson", "Qatar");
    const parley_event *ev = meeting(&t, "John Abbot", "Erika Svensson");
    assert_non_null(ev);
    assert_true(ev->place >= 0);
    assert_string_equal(t.ex->entities[ev->place].name, "Doha");
    test_doc_free(&t);
    t = test_extract("LONDON, July 24 (Reuters) - Indian Prime Minister John Abbot arrived in London on Wednesday.\n\nBritish "
                     "Prime Minister Jane Roe hosted Abbot at Chequers, his country residence, where the deal was signed "
                     "by trade ministers Max Mustermann and Erika Svensson.", "2025-07-24");
    ev = meeting(&t, "Jane Roe", "John Abbot");
    assert_non_null(ev);
    assert_int_equal(ev->n_participants, 4);
    test_doc_free(&t);
}

/* "On the sidelines, A held bilateral talks with B and C. D and E also attended the summit": D and
 * E join the summit's meeting, not the talks on its sidelines */
static void test_attended_the_summit_after_sidelines(void **state)
{
    (void)state;
    test_doc t = test_extract("SHARM EL-SHEIKH - President John Abbot and US President Jane Roe co-chaired the Peace Summit on "
                              "Monday.\n\nOn the sidelines, Abbot held bilateral talks with French President Max Mustermann "
                              "and Italian Prime Minister Erika Svensson.\n\nBritish Prime Minister Karl Lindqvist also "
                              "attended the summit.", "2025-10-14");
    assert_non_null(meeting(&t, "Jane Roe", "Karl Lindqvist"));
    assert_null(meeting(&t, "Erika Svensson", "Karl Lindqvist"));
    const parley_event *ev = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_true(ev->place >= 0);
    assert_string_equal(t.ex->entities[ev->place].name, "Sharm el-Sheikh");
    test_doc_free(&t);
}

/* "X, who arrived in the Philippine capital on Tuesday, later paid a courtesy call on Y" after
 * Wednesday's talks: later than those, not the arrival's day ("X, who arrived on Sunday, met Y"
 * keeps the arrival's) */
static void test_later_after_arrival_clause(void **state)
{
    (void)state;
    test_doc t = test_extract("MANILA, May 14 (Kyodo) -- Japanese Foreign Minister John Abbot and his Philippine counterpart "
                              "Jane Roe agreed Wednesday to accelerate negotiations during their meeting in Manila.\n\nAbbot, "
                              "who arrived in the Philippine capital on Tuesday, later paid a courtesy call on President Max "
                              "Mustermann.", "2025-05-14");
    const parley_event *ev = meeting(&t, "John Abbot", "Max Mustermann");
    assert_non_null(ev);
    assert_string_equal(ev->date, "2025-05-14");
    test_doc_free(&t);
}

static void test_present_in_a_clause_of_the_meeting(void **state)
{
    (void)state;
    /* "The pair held talks, at which A and B were present": one meeting of the four (not one of
     * the pair with each) */
    test_doc t = test_extract("Prime Minister John Abbot met President Jane Roe in Jakarta on Thursday.\n\nThe pair held "
                              "a bilateral meeting before a working lunch, at which Foreign Minister Max Mustermann and "
                              "her counterpart Erika Svensson were present.", "2025-05-15");
    const parley_event *ev = meeting(&t, "Max Mustermann", "Erika Svensson");
    assert_non_null(ev);
    assert_int_equal(ev->n_participants, 4);
    test_doc_free(&t);
}

static void test_will_call_on(void **state)
{
    (void)state;
    /* "the Admiral will call on A and B": meetings to come, one each */
    test_doc t = test_extract("New Delhi, Feb 3: Admiral John Abbot is on a four-day official visit to Sri Lanka.\n\n"
                              "During the visit, the Admiral will call on Prime Minister Jane Roe and Deputy Minister of "
                              "Defence Max Mustermann.", "2025-02-03");
    const parley_event *ev = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_int_equal(ev->status, PARLEY_STATUS_PLANNED);
    ev = meeting(&t, "John Abbot", "Max Mustermann");
    assert_non_null(ev);
    assert_int_equal(ev->status, PARLEY_STATUS_PLANNED);
    test_doc_free(&t);
}

static void test_hosted_by_visiting_troops_and_before_returning(void **state)
{
    (void)state;
    /* "visited British troops at Tapa, where he was hosted by Estonian Minister X": at the host's
     * home, not in the country of the troops' demonym; "later travelled to Tallinn for a meeting
     * with Y, before returning to London on Friday": the day of the return is not the meeting's */
    test_doc t = test_extract("Defence Secretary John Abbot visited British troops at Tapa Army Base on Thursday, where he "
                              "was hosted by Estonian Minister of Defence Jane Roe.\n\nMr Abbot later travelled to Tallinn "
                              "for a meeting with Prime Minister Max Mustermann, before returning to London on Friday.",
                              "2025-03-14");
    const parley_event *ev = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_int_equal(ev->place >= 0, 1);
    assert_string_equal(t.ex->entities[ev->place].name, "Estonia");
    ev = meeting(&t, "John Abbot", "Max Mustermann");
    assert_non_null(ev);
    assert_string_equal(ev->date, "2025-03-13");
    test_doc_free(&t);
}

static void test_discussed_document_signed_by(void **state)
{
    (void)state;
    /* "The sides discussed the treaty signed by A and B in June 2024": a signing of A and B, then,
     * not of the sides, and not where the story is */
    test_doc t = test_extract("Secretary of the Security Council John Abbot was received by Chairman Jane Roe in Pyongyang "
                              "on June 4. He conveyed greetings from President Max Mustermann.\n\nThe sides discussed the "
                              "implementation of the Treaty on Comprehensive Strategic Partnership signed by Mustermann and "
                              "Roe in June 2024.", "2025-06-04");
    const parley_event *ag = last_agreement(&t);
    assert_non_null(ag);
    assert_non_null(find_meeting(t.ex, PARLEY_EVENT_AGREEMENT, "Max Mustermann", "Jane Roe"));
    assert_null(find_meeting(t.ex, PARLEY_EVENT_AGREEMENT, "John Abbot", "Jane Roe"));
    assert_string_equal(ag->date, "2024-06");
    assert_int_equal(ag->place, -1);
    test_doc_free(&t);
}

static void test_agreed_during_their_summit(void **state)
{
    (void)state;
    /* "A and B agreed Sunday to ... during their summit in Seoul": they met */
    test_doc t = test_extract("SEOUL, May 7 (Yonhap) -- President John Abbot and Japanese Prime Minister Jane Roe agreed "
                              "Sunday to expand security cooperation and jointly respond to North Korea's nuclear threats "
                              "during their summit in Seoul.", "2023-05-07");
    const parley_event *ev = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_string_equal(ev->date, "2023-05-07");
    /* (the country of a threat talked about is no one's) */
    assert_person_country(t.ex, "John Abbot", "South Korea");
    test_doc_free(&t);
}

static void test_sidelines_where_the_gathering_is(void **state)
{
    (void)state;
    /* "X is in Kuala Lumpur to attend the ASEAN meetings. ... X held a meeting with Z on the
     * sidelines of the ASEAN meetings": in the gathering's city, not where X met Y */
    test_doc t = test_extract("PUTRAJAYA, July 11 (Bernama) -- Prime Minister John Abbot today received a courtesy call "
                              "from Chinese Foreign Minister Jane Roe at his office in Perdana Putra here.\n\nRoe is in Kuala "
                              "Lumpur to attend the 58th ASEAN Foreign Ministers' Meeting and related meetings.\n\nOn "
                              "Thursday, Roe held a bilateral meeting with US Secretary of State Max Mustermann on the "
                              "sidelines of the ASEAN meetings.", "2025-07-11");
    const parley_event *ev = meeting(&t, "Jane Roe", "Max Mustermann");
    assert_non_null(ev);
    assert_true(ev->place >= 0);
    assert_string_equal(t.ex->entities[ev->place].name, "Kuala Lumpur");
    assert_string_equal(ev->date, "2025-07-10");
    test_doc_free(&t);
}

static void test_calls_of_other_clauses(void **state)
{
    (void)state;
    /* "X hosted Y at the Elysee Palace on Wednesday, hours before a video call with Z": a meeting,
     * Z no part of it; "A and B joined the talks in person, while other leaders took part by
     * video link": they joined the meeting; "Y later travelled to Berlin, where he and B held a
     * joint press conference": a meeting of Y and B */
    test_doc t = test_extract("PARIS, Aug 13 (AFP) - French President John Abbot hosted Ukrainian President Jane Roe at the "
                              "Elysee Palace on Wednesday, hours before a video call with US President Max Mustermann.\n\n"
                              "British Prime Minister Erika Svensson and German Chancellor Karl Lindqvist joined the talks "
                              "in person, while other European leaders took part by video link.\n\nRoe later travelled to "
                              "Berlin, where he and Lindqvist held a joint press conference.", "2025-08-13");
    const parley_event *ev = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_int_equal(ev->type, PARLEY_EVENT_MEETING);
    assert_null(find_meeting(t.ex, PARLEY_EVENT_MEETING, "John Abbot", "Max Mustermann"));
    assert_null(find_meeting(t.ex, PARLEY_EVENT_CALL, "John Abbot", "Jane Roe"));
    assert_non_null(find_meeting(t.ex, PARLEY_EVENT_MEETING, "Erika Svensson", "Jane Roe"));
    assert_null(find_meeting(t.ex, PARLEY_EVENT_CALL, "Erika Svensson", "Karl Lindqvist"));
    ev = NULL;
    for (size_t i = 0; i < t.ex->n_events; i++) {
        const parley_event *e = &t.ex->events[i];
        if (e->type == PARLEY_EVENT_MEETING && e->n_participants == 2 && e->place >= 0 &&
            strcmp(t.ex->entities[e->place].name, "Berlin") == 0)
            ev = e;
    }
    assert_non_null(ev);
    test_doc_free(&t);
}

static void test_signing_of_others_in_a_time_clause(void **state)
{
    (void)state;
    /* "A met B on Monday, days after the signing of an agreement between the Syrian government and
     * the SDF": A and B sign nothing */
    test_doc t = test_extract("DAMASCUS (Anadolu) - Turkish Foreign Minister John Abbot met with his Syrian counterpart Jane "
                              "Roe in Damascus on Monday, days after the signing of an agreement between the Syrian "
                              "government and the SDF.", "2025-03-17");
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    assert_null(find_meeting(t.ex, PARLEY_EVENT_AGREEMENT, "John Abbot", "Jane Roe"));
    test_doc_free(&t);
}

static void test_have_agreed_counterparts(void **state)
{
    (void)state;
    /* "Kenyan President A and his Ugandan counterpart B have agreed to fast-track ...": they met */
    test_doc t = test_extract("Kampala - Kenyan President John Abbot and his Ugandan counterpart Jane Roe have agreed to "
                              "fast-track the construction of the oil pipeline.", NULL);
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    test_doc_free(&t);
}

static void test_lead_pair_agreed_and_ahead_of(void **state)
{
    (void)state;
    /* "Defense Minister A and Australian Deputy Prime Minister B agreed Friday to ...": two of
     * different countries agreeing in the lead met; "The two ministers met in Tokyo ahead of a
     * two-plus-two meeting with C and D on Saturday": C and D are of the meeting ahead */
    test_doc t = test_extract("TOKYO, Sept 5 (Kyodo) -- Defense Minister John Abbot and Australian Deputy Prime Minister "
                              "Jane Roe agreed Friday to strengthen cooperation between their forces.\n\nThe two ministers "
                              "met at the Defense Ministry in Tokyo ahead of a \"two-plus-two\" security meeting with "
                              "Foreign Minister Max Mustermann and Australian Foreign Minister Erika Svensson on Saturday.",
                              "2025-09-05");
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    const parley_event *ev = find_meeting(t.ex, PARLEY_EVENT_MEETING, "John Abbot", "Max Mustermann");
    assert_true(!ev || ev->status != PARLEY_STATUS_OCCURRED);
    test_doc_free(&t);
}

static void test_where_he_will_meet(void **state)
{
    (void)state;
    /* "X later left for Vienna, the second leg of his two-nation tour, where he will meet Y": a
     * meeting to come in the place of the "where" (past a long apposition) */
    test_doc t = test_extract("Prime Minister John Abbot held talks with Russian President Jane Roe in Moscow on Tuesday.\n\n"
                              "Abbot later left for Vienna, the second leg of his two-nation tour, where he will meet "
                              "Austrian Chancellor Max Mustermann.", "2024-07-09");
    const parley_event *ev = meeting(&t, "John Abbot", "Max Mustermann");
    assert_non_null(ev);
    assert_int_equal(ev->status, PARLEY_STATUS_PLANNED);
    assert_true(ev->place >= 0);
    assert_string_equal(t.ex->entities[ev->place].name, "Vienna");
    test_doc_free(&t);
}

static void test_meeting_told_again_in_a_city(void **state)
{
    (void)state;
    /* "A and B met in Malaysia on Monday ... The meeting at C's official residence in Putrajaya was
     * also attended by D": the city the meeting is told again in */
    test_doc t = test_extract("KUALA LUMPUR, July 28 (Reuters) - Thailand's acting Prime Minister John Abbot and Cambodian "
                              "Prime Minister Jane Roe met in Malaysia on Monday for talks hosted by Malaysian Prime Minister "
                              "Max Mustermann.\n\nThe meeting at Mustermann's official residence in Putrajaya was also "
                              "attended by the U.S. ambassador to Malaysia, Erika Svensson.", "2025-07-28");
    const parley_event *ev = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_true(ev->place >= 0);
    assert_string_equal(t.ex->entities[ev->place].name, "Putrajaya");
    test_doc_free(&t);
}

static void test_event_apposition_and_quoted_headline(void **state)
{
    (void)state;
    /* 'Orban visits Putin in Moscow on "peace mission"': a headline (a closing quote after a
     * word closes no sentence), so the dateline's weekday counts the story's days; "held talks
     * with Y in the Kremlin on Friday, a visit that drew criticism from ... Z": Z no party */
    test_doc t = test_extract("Orban visits Putin in Moscow on \"peace mission\"\n\nMOSCOW, July 5 (Reuters) - Hungarian "
                              "Prime Minister John Abbot held talks with Russian President Jane Roe in the Kremlin on "
                              "Friday, a visit that drew criticism from EU leaders including European Commission President "
                              "Max Mustermann.\n\nAbbot, whose country holds the rotating EU presidency, visited Kyiv on "
                              "Tuesday for talks with President Erika Svensson.", NULL);
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    assert_null(meeting(&t, "John Abbot", "Max Mustermann"));
    const parley_event *ev = meeting(&t, "John Abbot", "Erika Svensson");
    assert_non_null(ev);
    assert_string_equal(ev->date, "--07-02");
    test_doc_free(&t);
}

static void test_visit_came_after(void **state)
{
    (void)state;
    /* "A's visit came a week after B met C at the papal summer residence": a meeting of B and C
     * only, A no part of it */
    test_doc t = test_extract("VATICAN CITY (AP) - Pope John Abbot received Colombian President Jane Roe in a private "
                              "audience at the Apostolic Palace on Monday.\n\nRoe's visit came a week after Abbot met "
                              "Ukrainian President Max Mustermann at the papal summer residence.", NULL);
    assert_non_null(meeting(&t, "John Abbot", "Max Mustermann"));
    assert_null(meeting(&t, "Jane Roe", "Max Mustermann"));
    test_doc_free(&t);
}

static void test_witness_signs_nothing(void **state)
{
    (void)state;
    /* "The pact was signed by A and B in Manila, witnessed by President C": C signs nothing */
    test_doc t = test_extract("MANILA (Reuters) - The Philippines and Japan on Monday signed a Reciprocal Access Agreement.\n\n"
                              "The pact was signed by Philippine Defence Secretary John Abbot and Japanese Foreign Minister "
                              "Jane Roe in Manila, witnessed by President Max Mustermann.", "2024-07-08");
    const parley_event *ag = last_agreement(&t);
    assert_non_null(ag);
    assert_non_null(find_meeting(t.ex, PARLEY_EVENT_AGREEMENT, "John Abbot", "Jane Roe"));
    assert_null(find_meeting(t.ex, PARLEY_EVENT_AGREEMENT, "John Abbot", "Max Mustermann"));
    /* (but the witness was at the signing) */
    assert_non_null(find_meeting(t.ex, PARLEY_EVENT_MEETING, "Jane Roe", "Max Mustermann"));
    test_doc_free(&t);
}

static void test_affirmed_after_a_denial(void **state)
{
    (void)state;
    /* "The two delegations did not meet directly, although A and B spoke briefly in the presence
     * of the Omani minister": A and B met (in someone's presence: in person) */
    test_doc t = test_extract("MUSCAT (IRNA) - Iranian Foreign Minister John Abbot met his Omani counterpart Jane Roe in "
                              "Muscat on Saturday.\n\nThe two delegations did not meet directly, although Abbot and US "
                              "envoy Max Mustermann spoke briefly in the presence of the Omani minister.", "2025-04-12");
    assert_non_null(meeting(&t, "John Abbot", "Max Mustermann"));
    test_doc_free(&t);
    /* (not what the denial told: "did not sign any agreements, but A met B") */
    t = test_extract("German Chancellor John Abbot met Brazilian President Jane Roe in Brasilia on Monday.\n\nThe two "
                     "leaders did not sign any agreements, but Abbot met Finance Minister Max Mustermann before leaving "
                     "for Berlin.", "2025-01-30");
    assert_non_null(meeting(&t, "John Abbot", "Max Mustermann"));
    assert_null(last_agreement(&t));
    test_doc_free(&t);
    /* "C and D were present at the meeting": bare names before "were present" are people */
    t = test_extract("President John Abbot met with Serbian President Jane Roe in Beijing on September 2.\n\nCai Qi and "
                     "Wang Yi were present at the meeting.", "2025-09-02");
    assert_non_null(find_meeting(t.ex, PARLEY_EVENT_MEETING, "Cai Qi", "Jane Roe"));
    test_doc_free(&t);
}

static void test_relative_clause_to_come(void **state)
{
    (void)state;
    /* "A also held bilateral meetings with B, who will travel to Brasilia for a state visit on
     * Tuesday, and with C": neither the day nor the place of B's journey to come */
    test_doc t = test_extract("RIO DE JANEIRO, July 6 (Reuters) - Brazilian President John Abbot met Chinese Premier Jane "
                              "Roe on the sidelines of the BRICS summit in Rio de Janeiro on Sunday.\n\nAbbot also held "
                              "bilateral meetings with Indian Prime Minister Max Mustermann, who will travel to Brasilia for "
                              "a state visit on Tuesday, and with South African President Erika Svensson.", NULL);
    const parley_event *ev = meeting(&t, "John Abbot", "Max Mustermann");
    assert_non_null(ev);
    assert_string_equal(ev->date, "--07-06");
    assert_true(ev->place >= 0);
    assert_string_equal(t.ex->entities[ev->place].name, "Rio de Janeiro");
    test_doc_free(&t);
}

static void test_group_of_the_call_it_fits(void **state)
{
    (void)state;
    /* "A received a phone call from Foreign Minister B ... A also received the Ambassador of Japan
     * C ... The two ministers last met in Jeddah in March": A and B, whom "ministers" fits */
    test_doc t = test_extract("RIYADH - Saudi Foreign Minister John Abbot received a phone call on Tuesday from Iranian "
                              "Foreign Minister Jane Roe.\n\nDuring the call, they reviewed regional developments. Abbot "
                              "also received at the ministry's headquarters in Riyadh the Ambassador of Japan to the "
                              "Kingdom, Max Mustermann.\n\nThe two ministers last met in Jeddah in March.", "2025-06-10");
    const parley_event *ev = find_meeting(t.ex, PARLEY_EVENT_MEETING, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_true(ev->place >= 0);
    assert_string_equal(t.ex->entities[ev->place].name, "Jeddah");
    /* (the ambassador was not in Jeddah) */
    for (size_t i = 0; i < t.ex->n_events; i++) {
        const parley_event *e = &t.ex->events[i];
        if (e->type != PARLEY_EVENT_MEETING || e->place < 0 || strcmp(t.ex->entities[e->place].name, "Jeddah") != 0)
            continue;
        for (size_t k = 0; k < e->n_participants; k++)
            assert_string_not_equal(t.ex->entities[e->participants[k]].name, "Max Mustermann");
    }
    test_doc_free(&t);
}

static void test_relative_clause_own_day(void **state)
{
    (void)state;
    /* "also met Y, who hosted a dinner for the envoys on Sunday": the clause's own deed's day is
     * not the meeting's; "met Y, who called on him ... on Monday" tells the meeting itself */
    test_doc t = test_extract("DOHA, Feb 19 (Reuters) - Secretary-General John Abbot met civil society representatives "
                              "on Monday.\n\nAbbot also met Qatari Prime Minister Jane Roe, who hosted a dinner for the "
                              "envoys on Sunday.", "2024-02-19");
    assert_string_equal(meeting(&t, "John Abbot", "Jane Roe")->date, "2024-02-19");
    test_doc_free(&t);
    t = test_extract("RAWALPINDI: General John Abbot met Iranian Chief of General Staff Major General Jane Roe, who "
                     "called on him at the Joint Staff Headquarters on Monday.", "2024-04-23");
    assert_string_equal(meeting(&t, "John Abbot", "Jane Roe")->date, "2024-04-22");
    test_doc_free(&t);
}

static void test_accompanied_pair_who_met(void **state)
{
    (void)state;
    /* "X was accompanied by ministers, including A and B, who met their Polish counterparts C and
     * D": A and B join X's meeting, and both meet C and D, respectively titled */
    test_doc t = test_extract("WARSAW, July 2 (dpa) - German Chancellor Olaf Abbot and Polish Prime Minister Jane Roe "
                              "held talks in Warsaw on Tuesday.\n\nAbbot was accompanied by more than a dozen ministers, "
                              "including Foreign Minister Max Mustermann and Defence Minister Erika Svensson, who met "
                              "their Polish counterparts Karl Lindqvist and John Doe.", "2024-07-02");
    assert_non_null(find_meeting(t.ex, PARLEY_EVENT_MEETING, "Max Mustermann", "Jane Roe"));
    assert_non_null(find_meeting(t.ex, PARLEY_EVENT_MEETING, "Max Mustermann", "Karl Lindqvist"));
    assert_non_null(find_meeting(t.ex, PARLEY_EVENT_MEETING, "Erika Svensson", "John Doe"));
    assert_person_country(t.ex, "Erika Svensson", "Germany");
    assert_string_equal(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Karl Lindqvist")->title, "Foreign Minister");
    assert_string_equal(find_ent(t.ex, PARLEY_ENTITY_PERSON, "John Doe")->title, "Defence Minister");
    test_doc_free(&t);
}

static void test_forum_attended_by_no_join(void **state)
{
    (void)state;
    /* "Y also addressed a business forum attended by Z" after X hosted Y: Z attended a forum, not
     * X's talks with Y; "a dinner attended by Z" still joins */
    test_doc t = test_extract("NAIROBI, Kenya (AP) - Kenyan President John Abbot hosted Ethiopian Prime Minister Jane Roe "
                              "at State House on Tuesday.\n\nRoe also addressed a business forum attended by Kenyan Trade "
                              "Minister Max Mustermann.", "2024-02-27");
    assert_non_null(find_meeting(t.ex, PARLEY_EVENT_MEETING, "John Abbot", "Jane Roe"));
    assert_null(find_meeting(t.ex, PARLEY_EVENT_MEETING, "John Abbot", "Max Mustermann"));
    test_doc_free(&t);
    t = test_extract("NAIROBI, Kenya (AP) - Kenyan President John Abbot hosted Ethiopian Prime Minister Jane Roe at State "
                     "House on Tuesday.\n\nThe talks were followed by a dinner attended by Kenyan Trade Minister Max "
                     "Mustermann.", "2024-02-27");
    assert_non_null(find_meeting(t.ex, PARLEY_EVENT_MEETING, "John Abbot", "Max Mustermann"));
    test_doc_free(&t);
}

static void test_officials_from_both_governments(void **state)
{
    (void)state;
    /* "Officials from both governments signed four agreements", two sentences after the leaders'
     * talks: the talks' people sign */
    test_doc t = test_extract("NAIROBI, Kenya (AP) - Kenyan President John Abbot hosted Ethiopian Prime Minister Jane Roe "
                              "at State House on Tuesday.\n\nRoe also visited a school.\n\nAbbot said the economy was "
                              "growing. Officials from both governments signed four agreements.", "2024-02-27");
    assert_non_null(find_meeting(t.ex, PARLEY_EVENT_AGREEMENT, "John Abbot", "Jane Roe"));
    test_doc_free(&t);
}

static void test_format_city_no_place(void **state)
{
    (void)state;
    /* "held a meeting in the Astana format": a format of talks named after a city is no place */
    test_doc t = test_extract("DOHA, December 7. /TASS/. Russian Foreign Minister John Abbot and his Turkish counterpart "
                              "Jane Roe held a meeting in the Astana format on the sidelines of the Doha Forum.",
                              "2024-12-07");
    const parley_event *ev = meeting(&t, "John Abbot", "Jane Roe");
    assert_true(ev->place >= 0);
    assert_string_equal(t.ex->entities[ev->place].name, "Doha");
    test_doc_free(&t);
}

static void test_weekday_from_last_full_date(void **state)
{
    (void)state;
    /* with no date of the story, "On Sunday" counts back from the last full date told ("on Monday
     * morning, 12 February 2024"), not the day of the meeting told before */
    test_doc t = test_extract("Pope Francis received President John Abbot on Monday morning, 12 February 2024.\n\nOn "
                              "Sunday, Abbot met Jane Roe in Rome.", NULL);
    assert_string_equal(meeting(&t, "John Abbot", "Jane Roe")->date, "2024-02-11");
    test_doc_free(&t);
}

static void test_where_had_and_tour_clause(void **state)
{
    (void)state;
    /* "arrived in Belgrade ... from Paris, where he had held talks with Y": in Paris; "on the second
     * leg of a tour that began in France and will end in Hungary": no place of the meeting */
    test_doc t = test_extract("BELGRADE, May 8 (Tanjug) - Serbian President John Abbot welcomed Chinese President Jane Roe "
                              "at the Palace of Serbia on Wednesday, on the second leg of a tour that began in France and "
                              "will end in Hungary.\n\nRoe arrived in Belgrade on Tuesday evening from Paris, where he had "
                              "held talks with French President Max Mustermann.", "2024-05-08");
    const parley_event *ev = meeting(&t, "John Abbot", "Jane Roe");
    assert_true(ev->place >= 0);
    assert_string_equal(t.ex->entities[ev->place].name, "Belgrade");
    ev = meeting(&t, "Jane Roe", "Max Mustermann");
    assert_true(ev->place >= 0);
    assert_string_equal(t.ex->entities[ev->place].name, "Paris");
    test_doc_free(&t);
}

static void test_signed_and_agreed_to_meet(void **state)
{
    (void)state;
    /* "signed a declaration ... and agreed to meet again later this year": the signing is done;
     * "A and B, who held separate talks with his counterpart C": only B meets C */
    test_doc t = test_extract("SANTIAGO, Chile (AP) - Chilean President John Abbot and Argentine President Jane Roe met "
                              "Friday at the border.\n\nThe two presidents signed a declaration on mining and agreed to "
                              "meet again in Buenos Aires later this year.", "2024-03-01");
    const parley_event *ev = last_agreement(&t);
    assert_non_null(ev);
    assert_int_equal(ev->status, PARLEY_STATUS_OCCURRED);
    test_doc_free(&t);
    t = test_extract("PYONGYANG, June 19 (Reuters) - Russian President John Abbot met North Korean leader Jane Roe on "
                     "Wednesday.\n\nAbbot was accompanied by Defence Minister Max Mustermann and Foreign Minister Erika "
                     "Svensson, who held separate talks with his North Korean counterpart Karl Lindqvist.", "2024-06-19");
    assert_non_null(find_meeting(t.ex, PARLEY_EVENT_MEETING, "Erika Svensson", "Karl Lindqvist"));
    assert_null(find_meeting(t.ex, PARLEY_EVENT_MEETING, "Max Mustermann", "Karl Lindqvist"));
    test_doc_free(&t);
}

static void test_invitation_host_group(void **state)
{
    (void)state;
    /* "President A arrived ... at the invitation of President B. On Monday, the two presidents held
     * talks": the host whose invitation brought the visitor is one of the two */
    test_doc t = test_extract("ULAANBAATAR, Sept 30 (VNA) - President John Abbot arrived in Ulaanbaatar on Sunday "
                              "afternoon, beginning a state visit to Mongolia at the invitation of Mongolian President "
                              "Jane Roe.\n\nOn Monday, the two presidents held talks at the State Palace.", NULL);
    assert_non_null(find_meeting(t.ex, PARLEY_EVENT_MEETING, "John Abbot", "Jane Roe"));
    test_doc_free(&t);
}

static void test_visit_came_after_signing(void **state)
{
    (void)state;
    /* "The visit came a day after X signed a security agreement with Y in Brussels": the day before
     * the visit told in the sentence before */
    test_doc t = test_extract("STOCKHOLM, May 29 (TT) - Swedish Prime Minister John Abbot travelled to Kyiv on Wednesday "
                              "for talks with Ukrainian President Jane Roe.\n\nThe visit came a day after Roe signed a "
                              "security agreement with Belgian Prime Minister Max Mustermann in Brussels.", "2024-05-29");
    const parley_event *ag = last_agreement(&t);
    assert_non_null(ag);
    assert_string_equal(ag->date, "2024-05-28");
    test_doc_free(&t);
}

static void test_subject_relative_clause_people(void **state)
{
    (void)state;
    /* "Han, who attended the coronation of King Charles last month, had earlier met Y": the king is
     * no subject; "A, who was accompanied by B, was received by C": B is */
    test_doc t = test_extract("LONDON (Reuters) - British Foreign Secretary John Abbot met Chinese Vice President Jane Roe "
                              "in London on Friday.\n\nRoe, who attended the coronation of King Max Mustermann last month, "
                              "had earlier met Foreign Secretary Erika Svensson in 2022.", "2023-06-16");
    assert_non_null(find_meeting(t.ex, PARLEY_EVENT_MEETING, "Jane Roe", "Erika Svensson"));
    assert_null(find_meeting(t.ex, PARLEY_EVENT_MEETING, "Max Mustermann", "Erika Svensson"));
    test_doc_free(&t);
    t = test_extract("BAKU - Turkish Defence Minister John Abbot, who was accompanied by Chief of General Staff Gen. "
                     "Jane Roe, was received by President Max Mustermann.", "2022-12-14");
    assert_non_null(find_meeting(t.ex, PARLEY_EVENT_MEETING, "Jane Roe", "Max Mustermann"));
    test_doc_free(&t);
}

static void test_accorded_welcome_by(void **state)
{
    (void)state;
    /* "The President was accorded a ceremonial welcome at Rashtrapati Bhavan by President Y":
     * a welcome given in person is a meeting */
    test_doc t = test_extract("COLOMBO, Dec 16 (Newsfirst) - President John Abbot arrived in New Delhi today.\n\nThe "
                              "President was accorded a ceremonial welcome at Rashtrapati Bhavan by President Jane Roe "
                              "earlier in the day.", "2024-12-16");
    assert_non_null(find_meeting(t.ex, PARLEY_EVENT_MEETING, "John Abbot", "Jane Roe"));
    test_doc_free(&t);
}

static void test_companies_sign_no_agreement(void **state)
{
    (void)state;
    /* "Italy's Eni and Algeria's Sonatrach signed two deals": companies' deals are no government's;
     * "Poland's Armament Agency and South Korea's Hyundai Rotem concluded a contract" still is one */
    test_doc t = test_extract("ALGIERS, Jan 23 (Reuters) - Algerian President John Abbot received Italian Prime Minister "
                              "Jane Roe in Algiers on Monday.\n\nItaly's Eni and Algeria's Sonatrach signed two deals to "
                              "cut emissions.", "2023-01-23");
    assert_null(last_agreement(&t));
    test_doc_free(&t);
    t = test_extract("ALGIERS, Jan 23 (Reuters) - Algerian President John Abbot received Italian Prime Minister Jane Roe "
                     "in Algiers on Monday.\n\nEnergy companies Zorvex and Quandril signed two deals.", "2023-01-23");
    assert_null(last_agreement(&t));
    test_doc_free(&t);
}

static void test_hosts_others_talks(void **state)
{
    (void)state;
    /* "X told Y that Türkiye was ready to host talks between Russia and Ukraine": others' talks,
     * hosted, are no meeting of X and Y (not even one to come) */
    test_doc t = test_extract("ANKARA (AA) - Turkish President John Abbot spoke by phone on Sunday with Russian "
                              "President Jane Roe.\n\nDuring the call, Abbot told Roe that Turkey was ready to host "
                              "talks between Russia and Ukraine. The two leaders also discussed the grain corridor.",
                              "2023-08-13");
    assert_null(find_meeting(t.ex, PARLEY_EVENT_MEETING, "John Abbot", "Jane Roe"));
    assert_non_null(find_meeting(t.ex, PARLEY_EVENT_CALL, "John Abbot", "Jane Roe"));
    test_doc_free(&t);
    /* ... but talks hosted between people named are a meeting of all of them */
    t = test_extract("Turkish President John Abbot hosted talks between Russian Foreign Minister Jane Roe and Ukrainian "
                     "Foreign Minister Max Mustermann in Antalya on Thursday.", "2022-03-10");
    const parley_event *ev = find_meeting(t.ex, PARLEY_EVENT_MEETING, "Jane Roe", "Max Mustermann");
    assert_non_null(ev);
    assert_int_equal(ev->n_participants, 3);
    test_doc_free(&t);
}

static void test_relative_clause_city_gives_way(void **state)
{
    (void)state;
    /* "Lee, who arrived in Tokyo on Saturday, is scheduled to fly to Washington for talks with Y":
     * the main clause's city, not the relative clause's */
    test_doc t = test_extract("TOKYO (Kyodo) - Japanese Prime Minister John Abbot met South Korean President Jane Roe in "
                              "Tokyo on Sunday.\n\nRoe, who arrived in Tokyo on Saturday for a two-day visit, is scheduled "
                              "to fly to Washington for talks with U.S. President Max Mustermann on Monday.", "2025-08-24");
    const parley_event *ev = find_meeting(t.ex, PARLEY_EVENT_MEETING, "Jane Roe", "Max Mustermann");
    assert_non_null(ev);
    assert_int_equal(ev->status, PARLEY_STATUS_PLANNED);
    assert_int_not_equal(ev->place, -1);
    assert_string_equal(t.ex->entities[ev->place].name, "Washington");
    test_doc_free(&t);
    /* (with no other city, the clause's is still the meeting's) */
    t = test_extract("South Korean President Jane Roe, who arrived in Tokyo on Saturday, met Japanese Prime Minister John "
                     "Abbot on Sunday.", "2025-08-24");
    ev = find_meeting(t.ex, PARLEY_EVENT_MEETING, "Jane Roe", "John Abbot");
    assert_non_null(ev);
    assert_int_not_equal(ev->place, -1);
    assert_string_equal(t.ex->entities[ev->place].name, "Tokyo");
    test_doc_free(&t);
}

static void test_both_meetings_and_story_date(void **state)
{
    (void)state;
    /* "X was present at both meetings": the last two meetings */
    test_doc t = test_extract("DHAKA, Jan 15 (UNB) - Foreign Adviser John Abbot held a meeting with US Assistant Secretary "
                              "Jane Roe on Monday.\n\nRoe also called on Chief Adviser Max Mustermann.\n\nUS Ambassador "
                              "Erika Svensson was present at both meetings.", NULL);
    assert_non_null(find_meeting(t.ex, PARLEY_EVENT_MEETING, "John Abbot", "Erika Svensson"));
    assert_non_null(find_meeting(t.ex, PARLEY_EVENT_MEETING, "Max Mustermann", "Erika Svensson"));
    test_doc_free(&t);
    /* "The visit took place on Sept. 18, 2025.": with no date of the story, the story's day */
    t = test_extract("OTTAWA - Prime Minister John Abbot hosted Mexican President Jane Roe on Parliament Hill on Thursday."
                     "\n\nThe visit took place on Sept. 18, 2025.", NULL);
    const parley_event *ev = find_meeting(t.ex, PARLEY_EVENT_MEETING, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_string_equal(ev->date, "2025-09-18");
    test_doc_free(&t);
    /* (another visit told: "Her previous visit took place on ...") */
    t = test_extract("OTTAWA - Prime Minister John Abbot hosted Mexican President Jane Roe on Parliament Hill on Thursday."
                     "\n\nHer previous visit took place on May 2, 2019.", NULL);
    ev = find_meeting(t.ex, PARLEY_EVENT_MEETING, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_string_equal(ev->date, "");
    test_doc_free(&t);
}

static void test_attended_the_talks_told(void **state)
{
    (void)state;
    /* "A held bilateral talks with B ... B also paid a courtesy call on C. D attended the talks":
     * the talks told, not the call after them */
    test_doc t = test_extract("NAIROBI, Kenya, Nov 8 - Defence Cabinet Secretary John Abbot on Friday held bilateral talks "
                              "with her Tanzanian counterpart Jane Roe.\n\nRoe also paid a courtesy call on President Max "
                              "Mustermann at State House.\n\nDefence Forces chief General Erika Svensson attended the talks.",
                              "2024-11-08");
    assert_non_null(find_meeting(t.ex, PARLEY_EVENT_MEETING, "John Abbot", "Erika Svensson"));
    assert_null(find_meeting(t.ex, PARLEY_EVENT_MEETING, "Max Mustermann", "Erika Svensson"));
    test_doc_free(&t);
}

static void test_welcomed_thing_and_since_signing(void **state)
{
    (void)state;
    /* "The two ministers welcomed the State visit of President X": a thing welcomed, no one */
    test_doc t = test_extract("RABAT, Oct. 2 (MAP) - Foreign Minister John Abbot held talks in Rabat on Wednesday with "
                              "French Foreign Minister Jane Roe.\n\nThe two ministers welcomed the State visit of President "
                              "Max Mustermann to Morocco last October.", "2024-10-02");
    assert_null(find_meeting(t.ex, PARLEY_EVENT_MEETING, "John Abbot", "Max Mustermann"));
    test_doc_free(&t);
    /* (someone welcomed still is: "welcomed the visiting minister") */
    t = test_extract("RABAT, Oct. 2 (MAP) - Foreign Minister John Abbot welcomed the visiting French Foreign Minister Jane "
                     "Roe in Rabat on Wednesday.", "2024-10-02");
    assert_non_null(find_meeting(t.ex, PARLEY_EVENT_MEETING, "John Abbot", "Jane Roe"));
    test_doc_free(&t);
    /* "the first visit by the Somali leader since the two countries signed the Ankara Declaration":
     * a signing some time before, of no date and place of the story's */
    t = test_extract("ADDIS ABABA (ENA) - Prime Minister John Abbot received Somali President Jane Roe at the National "
                     "Palace on Saturday, in the first visit by the Somali leader since the two countries signed the "
                     "Ankara Declaration.", "2025-02-22");
    const parley_event *ag = last_agreement(&t);
    assert_non_null(ag);
    assert_string_equal(ag->date, "");
    assert_int_equal(ag->place, -1);
    test_doc_free(&t);
}

static void test_joined_the_two_leaders(void **state)
{
    (void)state;
    /* "X later joined the two leaders for a tripartite summit": X joins their meeting */
    test_doc t = test_extract("MANAMA (BNA) - King John Abbot received Egyptian President Jane Roe at Sakhir Palace "
                              "yesterday.\n\nThe Jordanian monarch, King Max Mustermann, later joined the two leaders for a "
                              "tripartite summit.", "2024-01-10");
    assert_non_null(find_meeting(t.ex, PARLEY_EVENT_MEETING, "Jane Roe", "Max Mustermann"));
    test_doc_free(&t);
    /* "C and D joined part of the meeting" */
    t = test_extract("BAKU (AP) - Azerbaijani President John Abbot and Armenian Prime Minister Jane Roe held talks in "
                     "Tirana on Friday.\n\nFrench President Max Mustermann joined part of the meeting.", "2025-05-16");
    assert_non_null(find_meeting(t.ex, PARLEY_EVENT_MEETING, "Jane Roe", "Max Mustermann"));
    test_doc_free(&t);
}

static void test_attended_by_after_role_subjects(void **state)
{
    (void)state;
    /* "HM the King and the Egyptian President held a summit meeting, which was attended by X": no
     * one named before the join words, X joins the meeting told just before */
    test_doc t = test_extract("MANAMA (BNA) - King John Abbot received Egyptian President Jane Roe at Sakhir Palace "
                              "yesterday.\n\nHM the King and the Egyptian President held a summit meeting, which was "
                              "attended by Crown Prince Max Mustermann.", "2024-01-10");
    assert_non_null(find_meeting(t.ex, PARLEY_EVENT_MEETING, "Jane Roe", "Max Mustermann"));
    test_doc_free(&t);
}

static void test_call_clause_meeting_and_discussed(void **state)
{
    (void)state;
    /* "X spoke by phone on Monday with Y, days after the two men met in Riyadh": the call has no
     * place; the group's meeting is some days before, in Riyadh; "X and Y discussed next steps"
     * right after is the call's; "A, B and C met a Russian delegation led by D" is a meeting of its
     * own, no list of the earlier one's people */
    test_doc t = test_extract("WASHINGTON, March 3 (Reuters) - U.S. Secretary of State John Abbot spoke by phone on Monday "
                              "with Saudi Foreign Minister Jane Roe, days after the two men met in Riyadh.\n\nAbbot and Roe "
                              "discussed next steps, spokesperson Erika Svensson said.\n\nAbbot, national security adviser "
                              "Max Mustermann and special envoy Karl Lindqvist met a Russian delegation led by Foreign "
                              "Minister John Doe in Riyadh on Feb. 18.", "2025-03-03");
    const parley_event *call = find_meeting(t.ex, PARLEY_EVENT_CALL, "John Abbot", "Jane Roe");
    assert_non_null(call);
    assert_int_equal(call->place, -1);
    const parley_event *ev = find_meeting(t.ex, PARLEY_EVENT_MEETING, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_string_equal(ev->date, "");
    assert_int_not_equal(ev->place, -1);
    assert_string_equal(t.ex->entities[ev->place].name, "Riyadh");
    assert_null(find_meeting(t.ex, PARLEY_EVENT_MEETING, "Jane Roe", "John Doe"));
    assert_non_null(find_meeting(t.ex, PARLEY_EVENT_MEETING, "Max Mustermann", "John Doe"));
    test_doc_free(&t);
}

static void test_present_after_said_meeting(void **state)
{
    (void)state;
    /* "X met Y ... Y had met Z in Beirut on Tuesday. X's office said the meeting was constructive.
     * W was also present.": the meeting of the one the sentence before names */
    test_doc t = test_extract("JERUSALEM (AP) - Israeli Prime Minister John Abbot met Wednesday with U.S. envoy Jane Roe."
                              "\n\nRoe arrived in Israel from Beirut, where he met Lebanese Parliament Speaker Max "
                              "Mustermann on Tuesday.\n\nAbbot's office said the meeting was \"constructive.\" Defense "
                              "Minister Erika Svensson was also present.", "2024-11-20");
    assert_non_null(find_meeting(t.ex, PARLEY_EVENT_MEETING, "John Abbot", "Erika Svensson"));
    assert_null(find_meeting(t.ex, PARLEY_EVENT_MEETING, "Max Mustermann", "Erika Svensson"));
    test_doc_free(&t);
}

static void test_quoted_call_word_pledge_signers_place(void **state)
{
    (void)state;
    /* "\"The message I bring you today is ...,\" X told Y at the start of their meeting": a call's
     * word inside a quotation is what is said, no call */
    test_doc t = test_extract("KYIV (Reuters) - Ukrainian President John Abbot met U.S. Defense Secretary Jane Roe in Kyiv "
                              "on Monday.\n\n\"The message I bring you today is that we stand with you,\" Roe told Abbot at "
                              "the start of their meeting.", "2023-11-20");
    assert_null(find_meeting(t.ex, PARLEY_EVENT_CALL, "John Abbot", "Jane Roe"));
    test_doc_free(&t);
    /* "signed a pledge to deepen cooperation": a pledge is a document signed */
    t = test_extract("BRASILIA (AP) - Brazilian President John Abbot received French President Jane Roe on Thursday."
                     "\n\nAbbot and Roe signed a pledge to deepen cooperation on defense.", "2024-03-28");
    assert_non_null(last_agreement(&t));
    test_doc_free(&t);
    /* "A and B signed agreements in Addis Ababa ... C and D signed the agreements on behalf of their
     * governments": the signers met where the agreements were signed, not in the dateline's city */
    t = test_extract("NAIROBI (Reuters) - Kenyan President John Abbot and Ethiopian Prime Minister Jane Roe signed a "
                     "series of agreements in Addis Ababa on Wednesday.\n\nEthiopia's Foreign Minister Max Mustermann and "
                     "Kenya's Prime Cabinet Secretary Erika Svensson signed the agreements on behalf of their "
                     "governments.", "2024-02-28");
    const parley_event *ev = find_meeting(t.ex, PARLEY_EVENT_MEETING, "Max Mustermann", "Erika Svensson");
    assert_non_null(ev);
    assert_int_not_equal(ev->place, -1);
    assert_string_equal(t.ex->entities[ev->place].name, "Addis Ababa");
    test_doc_free(&t);
}

static void test_delegation_plan_clause(void **state)
{
    (void)state;
    /* "The delegation, which also included Senator C, arrived on Sunday for a visit, during which it
     * will also meet Foreign Minister D": C joins, D (to come) does not */
    test_doc t = test_extract("Taipei, Aug. 5 (CNA) President John Abbot on Monday met with a delegation of U.S. lawmakers "
                              "led by Senator Jane Roe at the Presidential Office.\n\nThe delegation, which also included "
                              "Senator Max Mustermann, arrived in Taiwan on Sunday for a three-day visit, during which it "
                              "will also meet Foreign Minister Erika Svensson.", "2024-08-05");
    assert_non_null(find_meeting(t.ex, PARLEY_EVENT_MEETING, "John Abbot", "Max Mustermann"));
    assert_null(find_meeting(t.ex, PARLEY_EVENT_MEETING, "John Abbot", "Erika Svensson"));
    test_doc_free(&t);
}

static void test_gathering_told_place(void **state)
{
    (void)state;
    /* "A met B on the sidelines of the meeting of the X Council in Almaty ... The meeting of the X
     * Council was also attended by C and D": where the gathering was, not the dateline's city */
    test_doc t = test_extract("Bishkek, Kabar - Kyrgyz Prime Minister John Abbot met with Belarusian Prime Minister Jane Roe "
                              "on the sidelines of the meeting of the Eurasian Intergovernmental Council in Almaty.\n\nThe "
                              "meeting of the Eurasian Intergovernmental Council was also attended by Russian Prime Minister "
                              "Max Mustermann and Kazakh Prime Minister Erika Svensson.", NULL);
    const parley_event *ev = find_meeting(t.ex, PARLEY_EVENT_MEETING, "Max Mustermann", "Erika Svensson");
    assert_non_null(ev);
    assert_int_not_equal(ev->place, -1);
    assert_string_equal(t.ex->entities[ev->place].name, "Almaty");
    test_doc_free(&t);
}

static void test_relative_clause_country_and_also_discussed(void **state)
{
    (void)state;
    /* "Wong, who is on his first official visit to Indonesia, last met Prabowo in Singapore": the
     * main clause's place, not the relative clause's country */
    test_doc t = test_extract("JAKARTA (The Jakarta Post) - President John Abbot received Singaporean Prime Minister Jane "
                              "Roe at the Bogor Palace on Monday.\n\nRoe, who is on her first official visit to Indonesia, "
                              "last met Abbot in Tokyo in October.", "2025-01-13");
    const parley_event *ev = NULL;
    for (size_t k = 0; k < t.ex->n_events; k++)
        if (t.ex->events[k].type == PARLEY_EVENT_MEETING && t.ex->events[k].place >= 0 &&
            strcmp(t.ex->entities[t.ex->events[k].place].name, "Tokyo") == 0)
            ev = &t.ex->events[k];
    assert_non_null(ev);
    test_doc_free(&t);
    t = test_extract("JAKARTA (The Jakarta Post) - President John Abbot received Singaporean Prime Minister Jane Roe at the "
                     "Bogor Palace on Monday.\n\nRoe, who is on her first official visit to Indonesia, last met Abbot in "
                     "Singapore in October.", "2025-01-13");
    size_t in_jakarta = 0;
    for (size_t k = 0; k < t.ex->n_events; k++)
        in_jakarta += t.ex->events[k].place >= 0 && strcmp(t.ex->entities[t.ex->events[k].place].name, "Jakarta") == 0;
    assert_int_equal(in_jakarta, 0);
    test_doc_free(&t);
    /* "A and B also discussed X ... The Bulgarian delegation included C": the same talks, one meeting */
    t = test_extract("Sofia, 18 April (BTA) - Bulgarian President John Abbot and his Romanian counterpart Jane Roe met in "
                     "Ruse on Thursday.\n\nAbbot and Roe also discussed energy security.\n\nOn the Romanian side, Foreign "
                     "Minister Max Mustermann also took part. The Bulgarian delegation included Foreign Minister Erika "
                     "Svensson.", "2024-04-18");
    assert_non_null(find_meeting(t.ex, PARLEY_EVENT_MEETING, "Max Mustermann", "Erika Svensson"));
    test_doc_free(&t);
}

static void test_relative_period_no_story_day(void **state)
{
    (void)state;
    /* "had met Y in New Delhi last month", the story undated: no day of the story's (nor a date a
     * sentence before named: "until February 9") */
    test_doc t = test_extract("NEW DELHI (ANI) - The Indian Army and the Egyptian Army began the joint exercise Cyclone-III "
                              "on Monday.\n\nThe exercise will run until February 9.\n\nChief of Army Staff General John "
                              "Abbot had met Egyptian Chief of Staff Lieutenant General Jane Roe in New Delhi last month.",
                              NULL);
    const parley_event *ev = find_meeting(t.ex, PARLEY_EVENT_MEETING, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_string_equal(ev->date, "");
    test_doc_free(&t);
}

static void test_will_receive(void **state)
{
    (void)state;
    /* "X will receive Y in Berlin next week", "X will welcome Y": a meeting to come */
    test_doc t = test_extract("BERLIN (dpa) - German Chancellor John Abbot will receive Chinese Premier Jane Roe in Berlin "
                              "next week for government consultations, a government spokesman said on Friday.", "2024-06-14");
    const parley_event *ev = find_meeting(t.ex, PARLEY_EVENT_MEETING, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_int_equal(ev->status, PARLEY_STATUS_PLANNED);
    test_doc_free(&t);
    t = test_extract("PARIS (AFP) - French President John Abbot will welcome Chinese President Jane Roe to the Elysee on "
                     "Monday.", "2024-05-03");
    ev = find_meeting(t.ex, PARLEY_EVENT_MEETING, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_int_equal(ev->status, PARLEY_STATUS_PLANNED);
    test_doc_free(&t);
}

static void test_meeting_after_a_call(void **state)
{
    (void)state;
    /* "he would meet Y in Budapest after a phone call with the Russian leader": a meeting to come,
     * no call to come */
    test_doc t = test_extract("WASHINGTON (AP) - President John Abbot said on Thursday that he would meet Russian President "
                              "Jane Roe in Budapest after a phone call with the Russian leader.", "2025-10-16");
    const parley_event *ev = find_meeting(t.ex, PARLEY_EVENT_MEETING, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_int_equal(ev->status, PARLEY_STATUS_PLANNED);
    const parley_event *call = find_meeting(t.ex, PARLEY_EVENT_CALL, "John Abbot", "Jane Roe");
    assert_true(!call || call->status == PARLEY_STATUS_OCCURRED);
    test_doc_free(&t);
}

static void test_a_day_after_he_met(void **state)
{
    (void)state;
    /* "X held talks with Y on Saturday, a day after he met Z": Z's meeting is the day before */
    test_doc t = test_extract("TOKYO, March 22 (Kyodo) -- Foreign Minister John Abbot held talks with his Chinese "
                              "counterpart Jane Roe in Tokyo on Saturday, a day after he met South Korean Foreign Minister "
                              "Max Mustermann.", "2025-03-22");
    const parley_event *ev = find_meeting(t.ex, PARLEY_EVENT_MEETING, "John Abbot", "Max Mustermann");
    assert_non_null(ev);
    assert_string_equal(ev->date, "2025-03-21");
    ev = find_meeting(t.ex, PARLEY_EVENT_MEETING, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_string_equal(ev->date, "2025-03-22");
    test_doc_free(&t);
    /* "... The three ministers held a trilateral meeting later in the day": the three, together */
    t = test_extract("TOKYO, March 22 (Kyodo) -- Foreign Minister John Abbot held talks with his Chinese counterpart Jane "
                     "Roe in Tokyo on Saturday, a day after he met South Korean Foreign Minister Max Mustermann.\n\nThe "
                     "three ministers held a trilateral meeting later in the day.", "2025-03-22");
    bool three = false;
    for (size_t k = 0; k < t.ex->n_events; k++)
        three |= t.ex->events[k].type == PARLEY_EVENT_MEETING && t.ex->events[k].n_participants == 3;
    assert_true(three);
    test_doc_free(&t);
}

static void test_relative_clause_day_of_last_object(void **state)
{
    (void)state;
    /* "X also met A and B, who called on him on Sunday": the clause's day is B's only */
    test_doc t = test_extract("TOKYO, March 3 (Kyodo) - Foreign Minister John Abbot held talks with Chinese Foreign Minister "
                              "Jane Roe on Monday. Abbot also met South Korean Foreign Minister Max Mustermann and U.S. "
                              "Ambassador Erika Svensson, who called on him on Sunday.", "2025-03-03");
    const parley_event *ev = find_meeting(t.ex, PARLEY_EVENT_MEETING, "John Abbot", "Max Mustermann");
    assert_non_null(ev);
    assert_string_equal(ev->date, "2025-03-03");
    ev = find_meeting(t.ex, PARLEY_EVENT_MEETING, "John Abbot", "Erika Svensson");
    assert_non_null(ev);
    assert_string_equal(ev->date, "2025-03-02");
    test_doc_free(&t);
}

static void test_dateline_weekday_outside_clause(void **state)
{
    (void)state;
    /* "TOKYO, March 22 (Kyodo) -- X, who arrived in Japan on Friday, met Y in Tokyo on Saturday":
     * the dateline's day is the main clause's weekday, not the relative clause's */
    test_doc t = test_extract("TOKYO, March 22 (Kyodo) -- South Korean Foreign Minister John Abbot, who arrived in Japan on "
                              "Friday, met Japanese Foreign Minister Jane Roe in Tokyo on Saturday.", NULL);
    const parley_event *ev = find_meeting(t.ex, PARLEY_EVENT_MEETING, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_string_equal(ev->date, "--03-22");
    test_doc_free(&t);
}

static void test_present_at_audience_unnamed_host(void **state)
{
    (void)state;
    /* "His Majesty The King granted an Audience to X ... A and B were present during the
     * Audience": with the host unnamed, X and those present met */
    test_doc t = test_extract("Thimphu (Kuensel) - His Majesty The King granted an Audience to the Prime Minister of India, "
                              "John Abbot, at the Tashichhodzong on Friday.\n\nPrime Minister Jane Roe and Foreign Minister "
                              "Max Mustermann were present during the Audience.", "2024-03-22");
    assert_non_null(find_meeting(t.ex, PARLEY_EVENT_MEETING, "John Abbot", "Max Mustermann"));
    test_doc_free(&t);
}

static void test_letter_opener_no_call(void **state)
{
    (void)state;
    /* "In the letter, X invited Y to Paris for talks in the spring": the letter opening the
     * sentence is the medium of what is told, no call to come */
    test_doc t = test_extract("PARIS (AFP) - French President John Abbot wrote to Ukrainian President Jane Roe on Monday."
                              "\n\nIn the letter, Abbot invited Roe to Paris for talks in the spring.", "2025-01-13");
    for (size_t k = 0; k < t.ex->n_events; k++)
        assert_false(t.ex->events[k].type == PARLEY_EVENT_CALL && t.ex->events[k].status == PARLEY_STATUS_PLANNED);
    test_doc_free(&t);
}

static void test_join_relative_clause_people(void **state)
{
    (void)state;
    /* "A was accompanied by his wife, B, who visited a school in Espoo with C": C joins no meeting */
    test_doc t = test_extract("HELSINKI (Yle) - President John Abbot hosted his Estonian counterpart Jane Roe at the "
                              "Presidential Palace on Wednesday.\n\nRoe was accompanied by his wife, Max Mustermann, who "
                              "visited a school in Espoo with Finland's first lady Erika Svensson.", "2024-05-15");
    assert_non_null(find_meeting(t.ex, PARLEY_EVENT_MEETING, "John Abbot", "Max Mustermann"));
    assert_null(find_meeting(t.ex, PARLEY_EVENT_MEETING, "John Abbot", "Erika Svensson"));
    test_doc_free(&t);
}

static void test_dateline_line_of_its_own_weekday(void **state)
{
    (void)state;
    /* "BRASILIA, March 4 (Agencia Brasil)" over "- President X received Y on Monday evening ... On
     * Tuesday, the two presidents signed memoranda": the dateline's day is the next line's Monday */
    test_doc t = test_extract("BRASILIA, March 4 (Agencia Brasil)\n- President John Abbot received Colombian President Jane "
                              "Roe at the Alvorada Palace on Monday evening.\n\nOn Tuesday, the two presidents signed "
                              "memoranda on the bioeconomy.", NULL);
    const parley_event *ag = last_agreement(&t);
    assert_non_null(ag);
    assert_string_equal(ag->date, "--03-05");
    test_doc_free(&t);
}

/* "A package of documents worth more than $5 billion was also signed in the presence of the two
 * presidents", three sentences after the talks: a passive past an adverb, its signers the people
 * of the talks the phrase refers to */
static void test_passive_signing_with_adverb(void **state)
{
    (void)state;
    test_doc t = test_extract("TASHKENT, November 12 -- President John Abbot held talks with President Jane Roe. The "
                              "negotiations were first held in a narrow format. Following the talks, the heads of state "
                              "adopted a joint statement. A package of documents worth more than $5 billion was also "
                              "signed in the presence of the two presidents.", "2025-11-12");
    const parley_event *ag = last_agreement(&t);
    assert_non_null(ag);
    assert_int_equal(ag->n_participants, 2);
    test_doc_free(&t);
    /* (a message a visitor carries is no call) */
    t = test_extract("RABAT - Minister John Abbot held talks with Minister Jane Roe. Roe is carrying a written message "
                     "from President Max Mustermann to King Erika Svensson.", "2025-11-12");
    assert_null(find_meeting(t.ex, PARLEY_EVENT_CALL, "Jane Roe", "Erika Svensson"));
    assert_null(find_meeting(t.ex, PARLEY_EVENT_CALL, "Max Mustermann", "Erika Svensson"));
    test_doc_free(&t);
    /* (what two discussed that is to come is their topic, no meeting planned) */
    t = test_extract("NAIROBI - Minister John Abbot met High Commissioner Jane Roe in Nairobi on Tuesday. Abbot and Roe "
                     "discussed the upcoming Strategic Dialogue.", "2025-09-09");
    const parley_event *up = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(up);
    assert_int_equal(up->status, PARLEY_STATUS_OCCURRED);
    for (size_t k = 0; k < t.ex->n_events; k++)
        assert_int_not_equal(t.ex->events[k].status, PARLEY_STATUS_PLANNED);
    test_doc_free(&t);
    /* ("joined the two" at the Prime Minister's office) */
    t = test_extract("PORT MORESBY - Prime Minister John Abbot welcomed Foreign Minister Jane Roe for talks on Monday. "
                     "Foreign Minister Max Mustermann joined the two at the Prime Minister's office.", "2025-09-09");
    assert_non_null(meeting(&t, "Jane Roe", "Max Mustermann"));
    test_doc_free(&t);
    /* ("A and B joined by video link": the meeting joined from afar, no call between them) */
    t = test_extract("LONDON - Prime Minister John Abbot hosted President Jane Roe at Downing Street on Monday. Secretary "
                     "General Max Mustermann and President Erika Svensson joined by video link.", "2025-03-03");
    assert_null(find_meeting(t.ex, PARLEY_EVENT_CALL, "Max Mustermann", "Erika Svensson"));
    assert_null(meeting(&t, "John Abbot", "Max Mustermann"));
    test_doc_free(&t);
    /* ("Also at the banquet were A and B": at the meeting the banquet honoured) */
    t = test_extract("MANILA (PNA) - President John Abbot hosted a state banquet in honor of visiting President Jane Roe "
                     "on Wednesday night. Also at the banquet were Senate President Max Mustermann and House Speaker Erika "
                     "Svensson.", "2025-06-11");
    assert_non_null(meeting(&t, "Jane Roe", "Erika Svensson"));
    test_doc_free(&t);
    /* ("attended both meetings") */
    t = test_extract("CAIRO - President John Abbot received Director Jane Roe in Cairo on Sunday. Intelligence chief Max "
                     "Mustermann attended both meetings.", "2025-11-02");
    assert_non_null(meeting(&t, "Jane Roe", "Max Mustermann"));
    test_doc_free(&t);
    /* (only countries named as signing: the people of the story's meeting, when each country is
     * one of theirs; not a signing of another year) */
    t = test_extract("DOHA (QNA) - Amir John Abbot met with President of Senegal Jane Roe in Doha on Tuesday. The Amir and "
                     "the Senegalese President witnessed the signing of agreements between the two countries' "
                     "governments.", "2025-11-18");
    assert_non_null(find_meeting(t.ex, PARLEY_EVENT_AGREEMENT, "John Abbot", "Jane Roe"));
    test_doc_free(&t);
    t = test_extract("SEOUL (Yonhap) -- Defense Minister John Abbot met with Polish Deputy Defense Minister Jane Roe on "
                     "Thursday. The meeting came after Poland signed deals last year to buy tanks from South Korean "
                     "firms.", "2023-10-26");
    assert_null(find_meeting(t.ex, PARLEY_EVENT_AGREEMENT, "John Abbot", "Jane Roe"));
    test_doc_free(&t);
    /* ("visited the plant together with Defence Minister Y": a meeting) */
    t = test_extract("SOFIA (BTA) - The Prime Minister met Commissioner John Abbot on Monday. Abbot also visited the arms "
                     "plant in Sopot together with Defence Minister Jane Roe.", "2025-06-09");
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    test_doc_free(&t);
    /* ("at the invitation of Speaker X, with whom she held a separate meeting") */
    t = test_extract("CHISINAU (Moldpres) - President John Abbot had a meeting with Jane Roe. Roe also addressed the "
                     "Parliament at the invitation of Speaker Max Mustermann, with whom she held a separate meeting.",
                     "2025-06-09");
    assert_non_null(meeting(&t, "Jane Roe", "Max Mustermann"));
    assert_null(meeting(&t, "John Abbot", "Max Mustermann"));
    test_doc_free(&t);
    /* ("The Syrian delegation included A and B": the delegation of a country of the meeting's
     * people) */
    t = test_extract("MOSCOW (TASS) - Russian President John Abbot held talks in the Kremlin with Syrian President Jane "
                     "Roe. The Syrian delegation included Foreign Minister Max Mustermann.", "2025-10-15");
    assert_non_null(meeting(&t, "John Abbot", "Max Mustermann"));
    test_doc_free(&t);
    /* (a plain mention of documents signed long ago tells no signing) */
    t = test_extract("President John Abbot held talks with President Jane Roe on Monday. They reviewed the documents "
                     "signed in 2019.", "2025-11-12");
    assert_null(last_agreement(&t));
    test_doc_free(&t);
}

/* "A and B accompanied X" after the sentence of X's meeting: the companions were at it; not after
 * a sentence of something else ("X laid a wreath. A accompanied him"), nor "X was accompanied by"'s
 * reading turned round */
static void test_companions_accompanied(void **state)
{
    (void)state;
    test_doc t = test_extract("President John Abbot received President Jane Roe in Ankara on Tuesday. Foreign Minister "
                              "Max Mustermann and intelligence chief Erika Svensson accompanied Abbot.", "2025-06-10");
    assert_non_null(meeting(&t, "Jane Roe", "Max Mustermann"));
    assert_non_null(meeting(&t, "Jane Roe", "Erika Svensson"));
    test_doc_free(&t);
    t = test_extract("President John Abbot received President Jane Roe in Ankara on Tuesday. Earlier, Roe laid a wreath "
                     "at the memorial. Foreign Minister Max Mustermann accompanied her.", "2025-06-10");
    assert_null(meeting(&t, "John Abbot", "Max Mustermann"));
    test_doc_free(&t);
}

/* "on the sidelines of the UN General Assembly" under a Washington dateline: the forum's city,
 * which the lexicon seats it in; a forum named by a place of its own, too */
static void test_forum_seated_in_a_city(void **state)
{
    (void)state;
    test_doc t = test_extract("WASHINGTON (Reuters) - Secretary of State John Abbot and Minister Jane Roe met on the "
                              "sidelines of the United Nations General Assembly on Monday.", "2025-09-22");
    assert_place(&t, meeting(&t, "John Abbot", "Jane Roe"), "New York");
    test_doc_free(&t);
    t = test_extract("TOKYO (Kyodo) - Defense Minister John Abbot met his Australian counterpart Jane Roe on the "
                     "sidelines of the Shangri-La Dialogue on Saturday.", "2025-05-31");
    assert_place(&t, meeting(&t, "John Abbot", "Jane Roe"), "Singapore");
    test_doc_free(&t);
    /* (a gathering seated nowhere keeps the dateline's) */
    t = test_extract("WASHINGTON (Reuters) - Secretary of State John Abbot and Minister Jane Roe met on the "
                     "sidelines of the Quad meeting on Monday.", "2025-09-22");
    assert_place(&t, meeting(&t, "John Abbot", "Jane Roe"), "Washington");
    test_doc_free(&t);
}

/* "PHNOM PENH, Jan 9 - ... yesterday": a dateline's day and month with no year, no weekday named,
 * still count "yesterday"; "the two premiers" are the prime ministers, not the ministers who met
 * last */
static void test_yesterday_under_a_dateline_day(void **state)
{
    (void)state;
    test_doc t = test_extract("PHNOM PENH, Jan 9 (Khmer Times) - Prime Minister John Abbot and Prime Minister Jane Roe "
                              "presided over the signing of five memorandums at the Peace Palace yesterday. Foreign "
                              "Minister Max Mustermann and his counterpart Erika Svensson signed the agreement on the "
                              "boundary commission. The two premiers also witnessed the exchange of notes.", NULL);
    const parley_event *ev = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_string_equal(ev->date, "--01-08");
    const parley_event *ag = last_agreement(&t);
    assert_non_null(ag);
    assert_true(find_meeting(t.ex, PARLEY_EVENT_AGREEMENT, "John Abbot", "Jane Roe") != NULL);
    bool premiers = false;
    for (size_t i = 0; i < ag->n_participants; i++)
        premiers |= strcmp(t.ex->entities[ag->participants[i]].name, "John Abbot") == 0;
    assert_true(premiers);
    test_doc_free(&t);
}

/* "A welcomed B ..., before he met C", "A welcomed B. He later met C": the guest, when C is of A's
 * country and B is not */
static void test_pronoun_for_the_guest(void **state)
{
    (void)state;
    test_doc t = test_extract("CANBERRA, 12 March (AAP) - Governor-General John Abbot welcomed Indonesian President Jane "
                              "Roe at Government House this morning, before he met Prime Minister Max Mustermann at "
                              "Parliament House.", NULL);
    assert_non_null(meeting(&t, "Jane Roe", "Max Mustermann"));
    assert_null(meeting(&t, "John Abbot", "Max Mustermann"));
    test_doc_free(&t);
    t = test_extract("CANBERRA, 12 March (AAP) - Governor-General John Abbot welcomed Indonesian President Jane Roe at "
                     "Government House this morning. He later met Prime Minister Max Mustermann at Parliament House.",
                     NULL);
    assert_non_null(meeting(&t, "Jane Roe", "Max Mustermann"));
    test_doc_free(&t);
    /* (the referent stays when the one met is of the guest's country) */
    t = test_extract("ANKARA - President John Abbot received Syrian President Jane Roe on Tuesday. He later met "
                     "Syrian Foreign Minister Max Mustermann.", "2025-06-10");
    assert_non_null(meeting(&t, "John Abbot", "Max Mustermann"));
    test_doc_free(&t);
}

/* "X later visited the air base, accompanied by Defence Minister Y", no event told otherwise: X
 * and Y met; Y is of the dateline's country though X is an international body's officer */
static void test_visit_accompanied_by(void **state)
{
    (void)state;
    test_doc t = test_extract("BUCHAREST (Agerpres) - President John Abbot met NATO Secretary General Jane Roe at the "
                              "Cotroceni Palace on Wednesday. Roe later visited the air base, accompanied by Defence "
                              "Minister Max Mustermann.", "2025-06-11");
    assert_non_null(meeting(&t, "Jane Roe", "Max Mustermann"));
    assert_null(meeting(&t, "John Abbot", "Max Mustermann"));
    assert_person_country(t.ex, "Max Mustermann", "Romania");
    test_doc_free(&t);
    /* (a visit with no companion named is no meeting) */
    t = test_extract("BUCHAREST (Agerpres) - Secretary General Jane Roe visited the air base on Wednesday, accompanied by "
                     "journalists.", "2025-06-11");
    assert_int_equal(t.ex->n_events, 0);
    test_doc_free(&t);
}

/* "A and B signed a plan ... B was earlier received by C ... The two governments also signed
 * agreements": the signers told before, not the last meeting's people */
static void test_governments_also_signed(void **state)
{
    (void)state;
    test_doc t = test_extract("MADRID (EFE) - Prime Minister John Abbot and President Jane Roe signed a strategic action plan "
                              "at the Moncloa Palace on Monday. Roe was earlier received by King Max Mustermann at the "
                              "Royal Palace. The two governments also signed agreements on science.", "2025-06-10");
    assert_null(find_meeting(t.ex, PARLEY_EVENT_AGREEMENT, "Jane Roe", "Max Mustermann"));
    const parley_event *ag = last_agreement(&t);
    assert_non_null(ag);
    bool abbot = false;
    for (size_t i = 0; i < ag->n_participants; i++)
        abbot |= strcmp(t.ex->entities[ag->participants[i]].name, "John Abbot") == 0;
    assert_true(abbot);
    test_doc_free(&t);
}

static void test_welcomed_thing_then_meeting_and_quoted_signing(void **state)
{
    (void)state;
    /* a thing welcomed, then a meeting to come in the same sentence */
    test_doc t = test_extract("The leaders welcomed progress on the Lisbon Treaty and agreed their defence ministers, John "
                              "Abbot and Jane Roe, would meet in the new year.", "2026-11-18");
    const parley_event *ev = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_int_equal(ev->status, PARLEY_STATUS_PLANNED);
    test_doc_free(&t);
    /* (nor "welcomed the progress of negotiations": the thing's own words) */
    t = test_extract("Defence Minister John Abbot welcomed the progress of negotiations with Jane Roe.", "2026-11-18");
    assert_null(meeting(&t, "John Abbot", "Jane Roe"));
    test_doc_free(&t);
    /* a quotation telling the signing again is that signing, not a second one */
    t = test_extract("KYIV, December 2 - Ukraine's Minister of Defense John Abbot and his Norwegian counterpart Jane Roe "
                     "signed an agreement on joint production of drones. \"Today, together with Minister Roe, we signed an "
                     "agreement that will allow Norwegian companies to produce weapons in Ukraine,\" Abbot said.",
                     "2026-12-02");
    size_t agreements = 0;
    for (size_t i = 0; i < t.ex->n_events; i++)
        agreements += t.ex->events[i].type == PARLEY_EVENT_AGREEMENT;
    assert_int_equal(agreements, 1);
    test_doc_free(&t);
    /* ("we also signed an agreement": another) */
    t = test_extract("KYIV, December 2 - Ukraine's Minister of Defense John Abbot and his Norwegian counterpart Jane Roe "
                     "signed an agreement on joint production of drones. \"Today we also signed an agreement on "
                     "training,\" Abbot said.", "2026-12-02");
    agreements = 0;
    for (size_t i = 0; i < t.ex->n_events; i++)
        agreements += t.ex->events[i].type == PARLEY_EVENT_AGREEMENT;
    assert_int_equal(agreements, 2);
    test_doc_free(&t);
}

static void test_top_legislator_among_them_and_said_on(void **state)
{
    (void)state;
    /* "the Vietnamese top legislator": the Vietnamese named last; "after which they" sign: the
     * talks' people */
    test_doc t = test_extract("Lao Prime Minister Max Mustermann met the visiting Speaker of the National Assembly of Vietnam, "
                              "John Abbot, on Monday. On the same day, the Vietnamese top legislator held talks with his Lao "
                              "counterpart Jane Roe, after which they co-chaired the signing of a cooperation agreement "
                              "between the two legislatures.", "2025-11-25");
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    const parley_event *ag = last_agreement(&t);
    assert_non_null(ag);
    assert_int_equal(ag->n_participants, 2);
    for (size_t i = 0; i < ag->n_participants; i++)
        assert_int_equal(t.ex->entities[ag->participants[i]].type, PARLEY_ENTITY_PERSON);
    const parley_entity *roe = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Jane Roe");
    assert_non_null(roe);
    assert_non_null(roe->title);
    assert_string_equal(roe->title, "Speaker of the National Assembly");
    test_doc_free(&t);
    /* "Among them were A and B" after a meeting with people not named */
    t = test_extract("HARARE - President John Abbot yesterday received credentials from six new ambassadors at State "
                     "House. Among them were the new Ambassador of Japan, Jane Roe, and the High Commissioner of Ghana, "
                     "Max Mustermann.", "2025-11-25");
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    assert_non_null(meeting(&t, "John Abbot", "Max Mustermann"));
    test_doc_free(&t);
    /* "hosted a business forum attended by A and B": one gathering of them all */
    t = test_extract("Foreign Minister John Abbot hosted a business forum attended by President Jane Roe and Trade "
                     "Minister Max Mustermann on Thursday.", "2025-11-25");
    assert_non_null(meeting(&t, "Jane Roe", "Max Mustermann"));
    test_doc_free(&t);
    /* a yearless dateline's weekday: the day the news was told ("said on Thursday"), not a day
     * looked ahead to */
    t = test_extract("BRASILIA, Oct 30 (Reuters) - President John Abbot will meet President Jane Roe in Kuala Lumpur "
                     "on Sunday, the foreign ministry said on Thursday. Foreign Minister Max Mustermann met Roe on "
                     "Wednesday.", NULL);
    const parley_event *ev = meeting(&t, "Max Mustermann", "Jane Roe");
    assert_non_null(ev);
    assert_string_equal(ev->date, "--10-29");
    ev = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_string_equal(ev->date, "--11-02");
    test_doc_free(&t);
}

static void test_relative_companion_and_past_participle(void **state)
{
    (void)state;
    /* "X, who travelled with A, signed ... with his Israeli counterpart Y": A signs nothing, is
     * no party of X's meeting, and X is where A was */
    test_doc t = test_extract("BUENOS AIRES, Nov 28 (Reuters) - Argentine President Max Mustermann met with Israeli Prime "
                              "Minister Erika Svensson in Jerusalem on Friday. Foreign Minister John Abbot, who travelled "
                              "with Mustermann, signed a memorandum on visa waivers with his Israeli counterpart Jane Roe.",
                              NULL);
    const parley_event *ev = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_null(meeting(&t, "John Abbot", "Max Mustermann"));
    assert_true(ev->place >= 0);
    assert_string_equal(t.ex->entities[ev->place].name, "Jerusalem");
    const parley_event *ag = last_agreement(&t);
    assert_non_null(ag);
    assert_int_equal(ag->n_participants, 2);
    const parley_entity *roe = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Jane Roe");
    assert_non_null(roe);
    assert_non_null(roe->title);
    assert_string_equal(roe->title, "Foreign Minister");
    test_doc_free(&t);
    /* a document "signed in Canberra in August 2024", referred to after a comma, is no signing */
    t = test_extract("Canberra, 2 December 2026. Defence Minister John Abbot and Indonesian Defence Minister Jane Roe "
                     "met in Canberra on 1 December 2026. Ministers welcomed the entry into force of the Defence "
                     "Cooperation Agreement, signed in Canberra in August 2024.", "2026-12-02");
    assert_null(last_agreement(&t));
    test_doc_free(&t);
}

static void test_lowercase_ruler_and_present_in_all(void **state)
{
    (void)state;
    /* "received the crown prince": the crown prince told before; "Trump and the Saudi leader
     * signed": the Saudi told last signs */
    test_doc t = test_extract("WASHINGTON, Nov 18 - Secretary of Defense John Abbot welcomed Saudi Crown Prince Jane Roe "
                              "to the Pentagon on Tuesday. Earlier in the day, President Max Mustermann received the crown "
                              "prince at the White House. Mustermann and the Saudi leader signed a Strategic Defense "
                              "Agreement.", "2025-11-18");
    assert_non_null(meeting(&t, "Max Mustermann", "Jane Roe"));
    const parley_event *ag = last_agreement(&t);
    assert_non_null(ag);
    bool roe = false;
    for (size_t i = 0; i < ag->n_participants; i++)
        roe |= strcmp(t.ex->entities[ag->participants[i]].name, "Jane Roe") == 0;
    assert_true(roe);
    test_doc_free(&t);
    /* the signing told again with its signers: they are its parties, not the witnesses */
    t = test_extract("KUALA LUMPUR, Oct 27 (Bernama) -- Prime Minister John Abbot held a bilateral meeting with his "
                     "Thai counterpart Jane Roe and Cambodian Prime Minister Max Mustermann before witnessing the signing "
                     "of the Kuala Lumpur Peace Accord. The accord was signed by Roe and Mustermann and witnessed by U.S. "
                     "President Erika Svensson and Abbot.", NULL);
    ag = last_agreement(&t);
    assert_non_null(ag);
    assert_int_equal(ag->n_participants, 2);
    for (size_t i = 0; i < ag->n_participants; i++)
        assert_string_not_equal(t.ex->entities[ag->participants[i]].name, "John Abbot");
    test_doc_free(&t);
    /* "to be signed in Suva next year": a signing to come */
    t = test_extract("Wellington, 4 December 2026 - Prime Minister John Abbot hosted Prime Minister of Fiji Jane Roe at "
                     "Premier House on Thursday evening. They agreed to elevate the relationship to a Comprehensive "
                     "Strategic Partnership, to be signed in Suva next year.", "2026-12-04");
    ag = last_agreement(&t);
    assert_non_null(ag);
    assert_int_equal(ag->status, PARLEY_STATUS_PLANNED);
    test_doc_free(&t);
    /* hosts of one country for guests not named meet no one, not each other */
    t = test_extract("THE HAGUE (ANP) - Prime Minister John Abbot received Ukrainian President Jane Roe on Tuesday. King Max "
                     "Mustermann and Queen Erika Svensson later hosted a dinner for the summit's leaders at the palace.",
                     NULL);
    assert_null(meeting(&t, "Max Mustermann", "Erika Svensson"));
    test_doc_free(&t);
    /* "Starmer's comments came after X said he had held talks with Y": the comments' owner is in
     * no meeting */
    t = test_extract("LONDON (Reuters) - British Prime Minister John Abbot on Monday criticised Russian President Jane "
                     "Roe. Abbot's comments came after U.S. envoy Max Mustermann said he had held productive talks with "
                     "Roe in Moscow last week.", NULL);
    assert_non_null(meeting(&t, "Max Mustermann", "Jane Roe"));
    assert_null(meeting(&t, "John Abbot", "Jane Roe"));
    test_doc_free(&t);
    /* "A and B co-chair the Senate NATO Observer Group": a standing body, no meeting */
    t = test_extract("Senators John Abbot and Jane Roe co-chair the Senate NATO Observer Group.", NULL);
    assert_null(meeting(&t, "John Abbot", "Jane Roe"));
    test_doc_free(&t);
    /* "will visit Hiroshima next month, where he met survivors in 2016 during his visit with X": the
     * clause's meeting is of the past */
    t = test_extract("TOKYO (Kyodo) -- Former U.S. President John Abbot will visit Hiroshima next month, where he met "
                     "survivors in 2016 during his historic visit with then Prime Minister Jane Roe.", NULL);
    const parley_event *past = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(past);
    assert_int_equal(past->status, PARLEY_STATUS_OCCURRED);
    test_doc_free(&t);
    /* "received in a video format the delegation led by X": a call, no meeting */
    t = test_extract("BAKU (Trend) - President John Abbot received in a video format the delegation led by the Prime "
                     "Minister of Georgia, Jane Roe.", NULL);
    assert_null(meeting(&t, "John Abbot", "Jane Roe"));
    assert_non_null(find_meeting(t.ex, PARLEY_EVENT_CALL, "John Abbot", "Jane Roe"));
    test_doc_free(&t);
    /* "...; he also met X": a second clause after a semicolon */
    t = test_extract("JAKARTA (Antara) - Indonesian President John Abbot held separate meetings with Malaysian Prime "
                     "Minister Jane Roe and Singaporean Prime Minister Max Mustermann on the sidelines of the ASEAN Summit "
                     "in Kuala Lumpur; he also met Australian Prime Minister Erika Svensson.", NULL);
    assert_non_null(meeting(&t, "John Abbot", "Erika Svensson"));
    test_doc_free(&t);
    /* an item of a list naming two people: both met */
    t = test_extract("GENEVA (Reuters) - Foreign Minister John Abbot held bilateral meetings with:\n\n- Iranian Foreign "
                     "Minister Jane Roe;\n- Armenian Foreign Minister Max Mustermann and Azerbaijani Foreign Minister "
                     "Erika Svensson, separately.\n", NULL);
    assert_non_null(meeting(&t, "John Abbot", "Erika Svensson"));
    assert_non_null(meeting(&t, "John Abbot", "Max Mustermann"));
    test_doc_free(&t);
    /* "A and B then held a private conversation": in person */
    t = test_extract("MOSCOW, Dec 1 (TASS) - Russian President John Abbot awarded the Order of Friendship to former German "
                     "Chancellor Jane Roe at a ceremony in the Kremlin on Monday. Abbot and Roe then held a private "
                     "conversation.", NULL);
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    test_doc_free(&t);
    /* "X inspected a munitions enterprise. He was accompanied by A and B" (not a trip's suite) */
    t = test_extract("PYONGYANG, Nov 29 (KCNA) -- Leader John Abbot inspected a munitions enterprise. He was accompanied "
                     "by Jane Roe, secretary of the Central Committee, and Max Mustermann, chairman of the Standing "
                     "Committee.", NULL);
    assert_non_null(meeting(&t, "John Abbot", "Max Mustermann"));
    test_doc_free(&t);
    /* "was present in all the meetings": every meeting of the one who held them */
    t = test_extract("NEW YORK, Sept 24 (APP): Prime Minister John Abbot on Wednesday met President of the European "
                     "Council Jane Roe. The prime minister also met Iranian President Max Mustermann in a separate "
                     "meeting. Foreign Minister Erika Svensson was present in all the meetings.", NULL);
    assert_non_null(meeting(&t, "Erika Svensson", "Jane Roe"));
    assert_non_null(meeting(&t, "Erika Svensson", "Max Mustermann"));
    test_doc_free(&t);
}

static void test_sat_down_and_the_senators(void **state)
{
    (void)state;
    /* "A and B sat down ... with their advisers, including C and D" */
    test_doc t = test_extract("ANCHORAGE, Alaska, Aug 15 (Reuters) - U.S. President John Abbot and Russian President Jane "
                              "Roe sat down for nearly three hours with their advisers, including Secretary of State Max "
                              "Mustermann and Russian Foreign Minister Erika Svensson.", NULL);
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    assert_non_null(meeting(&t, "Jane Roe", "Max Mustermann"));
    test_doc_free(&t);
    /* "The senators had earlier met X": the senators of the meeting told, not its host */
    t = test_extract("KYIV (Ukrinform) - President John Abbot met with a bipartisan delegation of U.S. senators led by "
                     "Senator Jane Roe and Senator Max Mustermann in Kyiv on Friday. Foreign Minister Tom Tailor also "
                     "took part in the meeting. The senators had earlier met with Prime Minister Erika Svensson.", NULL);
    assert_non_null(meeting(&t, "Jane Roe", "Erika Svensson"));
    assert_null(meeting(&t, "John Abbot", "Erika Svensson"));
    test_doc_free(&t);
    /* "Brazil's chief diplomat, X" attends */
    t = test_extract("MONTEVIDEO, Dec 2 (EFE) - Uruguayan President John Abbot sat down with Brazilian President Jane Roe "
                     "in Montevideo on Monday for a working lunch. The lunch was also attended by Brazil's chief "
                     "diplomat, Max Mustermann.", NULL);
    assert_non_null(meeting(&t, "John Abbot", "Max Mustermann"));
    test_doc_free(&t);
}

static void test_second_clause_and_peoples_counterparts(void **state)
{
    (void)state;
    /* ", and in Berlin he is expected to meet Chancellor X": a meeting to come, there, with one of
     * that city's country */
    test_doc t = test_extract("ABUJA (Reuters) - Nigeria's President John Abbot flew to Paris on Tuesday for a state visit. "
                              "In Paris, Abbot met President Jane Roe at the Elysee Palace, and in Berlin he is expected to "
                              "meet Chancellor Max Mustermann.", NULL);
    const parley_event *ev = find_meeting(t.ex, PARLEY_EVENT_MEETING, "John Abbot", "Max Mustermann");
    assert_non_null(ev);
    assert_int_equal(ev->status, PARLEY_STATUS_PLANNED);
    assert_true(ev->place >= 0);
    assert_string_equal(t.ex->entities[ev->place].name, "Berlin");
    const parley_entity *mm = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Max Mustermann");
    assert_non_null(mm);
    assert_string_equal(mm->country, "Germany");
    test_doc_free(&t);
    /* "met with her Estonian and Lithuanian counterparts, A and B": one meeting of the three */
    t = test_extract("Riga, 30 November (LETA) - Latvian Foreign Minister John Abbot met with her Estonian and "
                     "Lithuanian counterparts, Jane Roe and Max Mustermann, in Riga on Sunday.", NULL);
    assert_non_null(meeting(&t, "Jane Roe", "Max Mustermann"));
    test_doc_free(&t);
    /* "The three leaders last met" after a call of three and a letter of two: the call's three */
    t = test_extract("PARIS, Nov 21 (AFP) - French President John Abbot and British Prime Minister Jane Roe spoke by "
                     "phone on Friday with Ukrainian President Max Mustermann. In a letter sent on Thursday, Abbot "
                     "invited Mustermann to Paris. The three leaders last met in London in October.", NULL);
    assert_non_null(meeting(&t, "Jane Roe", "Max Mustermann"));
    test_doc_free(&t);
}

static void test_modal_day_verb_and_leaders_of_the_plan(void **state)
{
    (void)state;
    /* "will on Thursday host": to come; "a meeting between the two leaders ... last month": done */
    test_doc t = test_extract("PRETORIA (SAnews) - President John Abbot will on Thursday host President of the Republic of "
                              "Ghana, Jane Roe, for a State Visit. The visit follows a meeting between the two leaders on "
                              "the margins of the G20 Leaders' Summit in Johannesburg last month.", "2025-12-01");
    bool planned = false, done = false;
    for (size_t i = 0; i < t.ex->n_events; i++) {
        const parley_event *ev = &t.ex->events[i];
        if (ev->type != PARLEY_EVENT_MEETING || ev->n_participants != 2)
            continue;
        planned |= ev->status == PARLEY_STATUS_PLANNED;
        done |= ev->status == PARLEY_STATUS_OCCURRED && ev->place >= 0 &&
                strcmp(t.ex->entities[ev->place].name, "Johannesburg") == 0;
    }
    assert_true(planned);
    assert_true(done);
    test_doc_free(&t);
    /* ("Analysts say a meeting between the two leaders is unlikely": nothing) */
    t = test_extract("Defence Minister John Abbot met Defence Minister Jane Roe in Moscow. Analysts say a meeting between "
                     "the two leaders is unlikely before next year's elections.", "2025-12-01");
    const parley_event *ev = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_int_equal(ev->n_evidence, 1);
    test_doc_free(&t);
    /* "The two leaders had last met" after ministers' talks and their leaders' meeting to come */
    t = test_extract("NEW DELHI, Dec 4 (PTI) - External Affairs Minister John Abbot on Thursday held talks with his "
                     "visiting Russian counterpart Jane Roe. President Max Mustermann will hold talks with Prime Minister "
                     "Erika Svensson on Friday. The two leaders had last met in Tianjin in August.", NULL);
    ev = meeting(&t, "Max Mustermann", "Erika Svensson");
    bool tianjin = false;
    for (size_t i = 0; i < t.ex->n_events; i++) {
        const parley_event *e = &t.ex->events[i];
        tianjin |= e->status == PARLEY_STATUS_OCCURRED && e->place >= 0 &&
                   strcmp(t.ex->entities[e->place].name, "Tianjin") == 0 && has_participant(&t, e, "Erika Svensson");
    }
    assert_true(tianjin);
    (void)ev;
    test_doc_free(&t);
}

/* "X also took part in the video call", "X also joined the call" after a call: a party to the call,
 * no meeting */
static void test_joined_call(void **state)
{
    (void)state;
    static const char *const texts[] = {
        "Vice Premier John Abbot on Friday met with Treasury Secretary Jane Roe via video link. Trade Representative Max "
        "Mustermann also took part in the video call.",
        "Vice Premier John Abbot on Friday held a video call with Treasury Secretary Jane Roe. Trade Representative Max "
        "Mustermann also joined the call.",
    };
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
        test_doc t = test_extract(texts[i], NULL);
        const parley_event *ev = find_meeting(t.ex, PARLEY_EVENT_CALL, "John Abbot", "Jane Roe");
        assert_non_null(ev);
        assert_true(has_participant(&t, ev, "Max Mustermann"));
        assert_null(meeting(&t, "John Abbot", "Max Mustermann"));
        test_doc_free(&t);
    }
}

/* "A and the crown prince signed ...": the office after the first person and "and" is whom it
 * would be opening the sentence; not the first person again ("Trump and the president") */
static void test_and_the_office(void **state)
{
    (void)state;
    test_doc t = test_extract("President John Abbot hosted Saudi Crown Prince Jane Roe at the White House on Tuesday. "
                              "Abbot and the crown prince signed a strategic defense agreement in the Oval Office.",
                              NULL);
    const parley_event *ag = last_agreement(&t);
    assert_non_null(ag);
    assert_true(has_participant(&t, ag, "John Abbot"));
    assert_true(has_participant(&t, ag, "Jane Roe"));
    test_doc_free(&t);
    /* (after an opening phrase: "On Tuesday, A and the Saudi leader signed") */
    t = test_extract("President John Abbot hosted Saudi Crown Prince Jane Roe at the White House. On Tuesday, Abbot and the "
                     "Saudi leader signed a strategic defense agreement.", NULL);
    ag = last_agreement(&t);
    assert_non_null(ag);
    assert_true(has_participant(&t, ag, "Jane Roe"));
    test_doc_free(&t);
    /* (a people's word naming none in particular: two Jordanians, neither's title a "monarch") */
    t = test_extract("CAIRO - President John Abbot hosted a dinner in honour of King Jane Roe II of Jordan. The dinner was "
                     "also attended by Crown Prince Max Mustermann. Earlier on Wednesday, Abbot and the Jordanian monarch "
                     "held a trilateral summit with Palestinian President Erika Svensson.", NULL);
    const parley_event *tri = meeting(&t, "John Abbot", "Erika Svensson");
    assert_non_null(tri);
    assert_false(has_participant(&t, tri, "Max Mustermann"));
    test_doc_free(&t);
    t = test_extract("President John Abbot hosted Prime Minister Jane Roe at the White House on Tuesday. Abbot and the "
                     "president signed an agreement.", NULL);
    ag = last_agreement(&t);
    assert_true(ag == NULL || ag->n_participants < 2 || !has_participant(&t, ag, "Jane Roe"));
    test_doc_free(&t);
}

/* "spoke with X about the preparations for COP30 in Belém": a place in what they talked about is
 * no place of the event; "met for about an hour in Geneva" is */
static void test_place_talked_about(void **state)
{
    (void)state;
    test_doc t = test_extract("BRASILIA - President John Abbot met French President Jane Roe on Monday about the "
                              "preparations for COP30 in Belém.", NULL);
    const parley_event *ev = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_true(ev->place < 0 || strcmp(t.ex->entities[ev->place].name, "Belém") != 0);
    test_doc_free(&t);
    t = test_extract("President John Abbot met French President Jane Roe for about an hour in Geneva.", NULL);
    assert_place(&t, meeting(&t, "John Abbot", "Jane Roe"), "Geneva");
    test_doc_free(&t);
}

/* "A, B and C signed a joint letter to the European Commission": no call among the co-signers; one
 * to a person named after it is a call */
static void test_joint_letter(void **state)
{
    (void)state;
    test_doc t = test_extract("Defence Minister John Abbot and her Latvian and Estonian counterparts, Jane Roe and Max "
                              "Mustermann, signed a joint letter to the European Commission on Friday.", NULL);
    assert_null(find_meeting(t.ex, PARLEY_EVENT_CALL, "John Abbot", "Jane Roe"));
    test_doc_free(&t);
    t = test_extract("Defence Minister John Abbot and Defence Minister Jane Roe sent a joint letter to President Max "
                     "Mustermann on Friday.", NULL);
    assert_non_null(find_meeting(t.ex, PARLEY_EVENT_CALL, "John Abbot", "Max Mustermann"));
    test_doc_free(&t);
}

/* "X hosted Y at Downing Street, hours after Y met King Z at Buckingham Palace. The two leaders were
 * joined later by A": the clause's meeting is apart from the main one (A joins the main one only)
 * and is in the dateline's city; "The American lawmakers also met X" after talks with a delegation
 * led by one American: that one */
static void test_clause_meeting_apart(void **state)
{
    (void)state;
    test_doc t = test_extract("LONDON, Oct 20 (Reuters) - British Prime Minister John Abbot hosted Ukrainian President "
                              "Jane Roe at Downing Street on Monday, hours after Roe met King Charles at Buckingham "
                              "Palace. The two leaders were joined later by NATO Secretary General Max Mustermann for "
                              "talks.", NULL);
    assert_non_null(meeting(&t, "John Abbot", "Max Mustermann"));
    const parley_event *king = meeting(&t, "Jane Roe", "Charles");
    assert_non_null(king);
    assert_false(has_participant(&t, king, "Max Mustermann"));
    assert_false(has_participant(&t, king, "John Abbot"));
    assert_place(&t, king, "London");
    test_doc_free(&t);
    t = test_extract("Kazakh Foreign Minister John Abbot held talks with a visiting delegation of the US Congress led by "
                     "Senator Jane Roe. The American lawmakers also met with Senate Speaker Max Mustermann.", NULL);
    assert_non_null(meeting(&t, "Jane Roe", "Max Mustermann"));
    assert_null(meeting(&t, "John Abbot", "Max Mustermann"));
    test_doc_free(&t);
}

/* "Montenegro will travel to Madrid ... to meet X" after "Prime Minister Luís Montenegro": the
 * person, whose meeting is planned; "The two presidents signed an agreement, and Milei later met
 * with Chilean business leaders": no country of the clause of its own signs */
static void test_country_surname_and_own_clause(void **state)
{
    (void)state;
    test_doc t = test_extract("Portuguese Prime Minister Luís Montenegro met Jane Roe in Lisbon. Montenegro will travel "
                              "to Madrid on Thursday to meet Spanish Prime Minister John Abbot.", NULL);
    assert_non_null(find_meeting(t.ex, PARLEY_EVENT_MEETING, "Luís Montenegro", "John Abbot"));
    assert_null(find_ent(t.ex, PARLEY_ENTITY_COUNTRY, "Montenegro"));
    test_doc_free(&t);
    t = test_extract("Chilean President John Abbot received his Argentine counterpart Jane Roe on Wednesday. The two "
                     "presidents signed an agreement on lithium, and Roe later met with Chilean business leaders.", NULL);
    const parley_event *ag = last_agreement(&t);
    assert_non_null(ag);
    assert_int_equal(ag->n_participants, 2);
    test_doc_free(&t);
}

/* "His Highness and the Azerbaijani President witnessed the exchange of agreements": the
 * description names a signer, no country of its own */
static void test_described_signer_no_country(void **state)
{
    (void)state;
    test_doc t = test_extract("Abu Dhabi, 21 September 2026 (WAM) -- His Highness Sheikh John Abbot, President of the UAE, "
                              "today received Jane Roe, President of the Republic of Azerbaijan, at Qasr Al Shati in Abu "
                              "Dhabi. His Highness and the Azerbaijani President witnessed the exchange of several "
                              "agreements between the two countries.", NULL);
    const parley_event *ag = last_agreement(&t);
    assert_non_null(ag);
    assert_true(has_participant(&t, ag, "Jane Roe"));
    for (size_t i = 0; i < ag->n_participants; i++)
        assert_int_equal(t.ex->entities[ag->participants[i]].type, PARLEY_ENTITY_PERSON);
    test_doc_free(&t);
}

/* "Earlier, the Turkish minister held a meeting with his Pakistani counterpart X ..., where the
 * two signed an agreement": the meeting's people sign */
static void test_where_the_two_signed(void **state)
{
    (void)state;
    test_doc t = test_extract("Prime Minister John Abbot has received the visiting Turkish Defence Minister Jane Roe. "
                              "Earlier, the Turkish minister held a meeting with his Pakistani counterpart Max Mustermann "
                              "at the Ministry of Defence, where the two signed an agreement on defence industry "
                              "cooperation.", NULL);
    const parley_event *ag = last_agreement(&t);
    assert_non_null(ag);
    assert_true(has_participant(&t, ag, "Jane Roe"));
    assert_true(has_participant(&t, ag, "Max Mustermann"));
    test_doc_free(&t);
}

/* "at Sir Manasupe Haus": a building named after someone is the meeting's place, no person */
static void test_building_after_honorific(void **state)
{
    (void)state;
    test_doc t = test_extract("Prime Minister John Abbot met Indonesian Foreign Minister Jane Roe at Sir Manasupe Haus on "
                              "Monday.", NULL);
    assert_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Manasupe Haus"));
    const parley_event *ev = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_int_equal(ev->n_participants, 2);
    test_doc_free(&t);
}

/* "X was flanked by A and B" after X received Y: A and B were at the meeting */
static void test_flanked_by(void **state)
{
    (void)state;
    test_doc t = test_extract("ROME (ANSA) - Premier John Abbot on Sunday received Libyan commander Jane Roe at Palazzo "
                              "Chigi. Abbot was flanked by Interior Minister Max Mustermann.", NULL);
    assert_non_null(meeting(&t, "Jane Roe", "Max Mustermann"));
    test_doc_free(&t);
}

/* "The presidents of Nigeria, Ghana and Senegal met in Abuja ... A, B and C agreed": the people
 * opening the next sentence, as many as the countries, met there, each of one country in order */
static void test_role_list_meeting(void **state)
{
    (void)state;
    test_doc t = test_extract("LAGOS, Nigeria (AP) - The presidents of Nigeria, Ghana and Senegal met in Abuja on Saturday "
                              "for an emergency summit. John Abbot, Jane Roe and Max Mustermann agreed to send a joint "
                              "delegation to Niamey.", NULL);
    const parley_event *ev = meeting(&t, "John Abbot", "Max Mustermann");
    assert_non_null(ev);
    assert_true(has_participant(&t, ev, "Jane Roe"));
    assert_place(&t, ev, "Abuja");
    assert_person_country(t.ex, "Jane Roe", "Ghana");
    assert_person_country(t.ex, "Max Mustermann", "Senegal");
    test_doc_free(&t);
    /* (with a host, and titles before the names) */
    t = test_extract("WASHINGTON (Reuters) - U.S. Secretary of State John Abbot hosted the foreign ministers of Rwanda and "
                     "Burundi at the State Department on Wednesday. Rwandan Foreign Minister Jane Roe and Burundian Foreign "
                     "Minister Max Mustermann shook hands after the ceremony.", NULL);
    ev = meeting(&t, "John Abbot", "Max Mustermann");
    assert_non_null(ev);
    assert_true(has_participant(&t, ev, "Jane Roe"));
    test_doc_free(&t);
}

/* "Talks were held in Baku on 9 August between A and B", "A meeting took place later the same day
 * between B and C": a place and a day between the verb and "between" */
static void test_held_somewhere_between(void **state)
{
    (void)state;
    test_doc t = test_extract("Talks were held in Baku on 9 August between the Minister of Defense of Azerbaijan, Colonel "
                              "General John Abbot, and the Minister of National Defense of Turkey, Jane Roe. A meeting "
                              "took place later the same day between Roe and the President of Azerbaijan, Max "
                              "Mustermann.", NULL);
    const parley_event *ev = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_place(&t, ev, "Baku");
    assert_non_null(meeting(&t, "Jane Roe", "Max Mustermann"));
    test_doc_free(&t);
}

/* "held a virtual meeting with A and B", "a joint video call with A and B": one call of the three
 * (a phone call with two stays two); "exchanged congratulatory messages": a call */
static void test_group_call_and_messages(void **state)
{
    (void)state;
    test_doc t = test_extract("Prime Minister John Abbot held a virtual meeting with Thai Prime Minister Jane Roe and "
                              "Cambodian Prime Minister Max Mustermann on Monday.", NULL);
    const parley_event *ev = find_meeting(t.ex, PARLEY_EVENT_CALL, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_true(has_participant(&t, ev, "Max Mustermann"));
    test_doc_free(&t);
    t = test_extract("Prime Minister John Abbot spoke by phone with Thai Prime Minister Jane Roe and Cambodian Prime "
                     "Minister Max Mustermann on Monday.", NULL);
    ev = find_meeting(t.ex, PARLEY_EVENT_CALL, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_false(has_participant(&t, ev, "Max Mustermann"));
    test_doc_free(&t);
    t = test_extract("Russian President John Abbot and Chinese President Jane Roe exchanged congratulatory messages on the "
                     "anniversary of the treaty.", NULL);
    assert_non_null(find_meeting(t.ex, PARLEY_EVENT_CALL, "John Abbot", "Jane Roe"));
    test_doc_free(&t);
}

/* "Also participating in the meeting were A and B": they joined the meeting told before */
static void test_participating_were(void **state)
{
    (void)state;
    test_doc t = test_extract("President John Abbot held a meeting at Planalto Palace with the Vice President of the United "
                              "States, Jane Roe, this Wednesday. Also participating in the meeting were Foreign Minister "
                              "Max Mustermann and the Chief of Staff, Erika Svensson.", NULL);
    const parley_event *ev = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_true(has_participant(&t, ev, "Max Mustermann"));
    assert_true(has_participant(&t, ev, "Erika Svensson"));
    test_doc_free(&t);
}

/* "... for the Pacific Islands Forum Economic Ministers Meeting": a gathering's word is no name */
static void test_gathering_word_no_name(void **state)
{
    (void)state;
    test_doc t = test_extract("Prime Minister John Abbot today met with Fijian Prime Minister Jane Roe, who is in New "
                              "Zealand for the Pacific Islands Forum Economic Ministers Meeting.", NULL);
    assert_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Meeting"));
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    test_doc_free(&t);
}

/* "A met B in Cairo in talks hosted by C": one meeting of the three; "at the Casa Grande del
 * Pueblo": a small town's name opening a longer one is no place */
static void test_hosted_talks_and_site_name(void **state)
{
    (void)state;
    test_doc t = test_extract("VIENNA (Reuters) - IAEA Director General John Abbot met Iranian Foreign Minister Jane Roe in "
                              "Cairo on Wednesday in talks hosted by Egyptian Foreign Minister Max Mustermann.", NULL);
    const parley_event *ev = meeting(&t, "Jane Roe", "Max Mustermann");
    assert_non_null(ev);
    assert_true(has_participant(&t, ev, "John Abbot"));
    test_doc_free(&t);
    t = test_extract("LA PAZ (EFE) - Bolivian President John Abbot received on Monday the US Deputy Secretary of State, "
                     "Jane Roe, at the Casa Grande del Pueblo.", NULL);
    assert_place(&t, meeting(&t, "John Abbot", "Jane Roe"), "La Paz");
    test_doc_free(&t);
}

/* "X awarded the Order of Friendship to Y at a ceremony in the Kremlin": in person; "Y was awarded
 * the order" with no giver named before is no meeting */
static void test_award_ceremony(void **state)
{
    (void)state;
    test_doc t = test_extract("MOSCOW, Dec 1 (TASS) - Russian President John Abbot awarded the Order of Friendship to former "
                              "German Chancellor Jane Roe at a ceremony in the Kremlin on Monday.", NULL);
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    test_doc_free(&t);
    t = test_extract("Former German Chancellor Jane Roe was awarded the Order of Friendship at a ceremony in Moscow.", NULL);
    assert_int_equal(t.ex->n_events, 0);
    test_doc_free(&t);
}

/* "X toured the bazaar with President Y", "X and Y toured the site together": a visit made together
 * is a meeting; "X visited Hanoi with Minister Y" is a trip made together, none */
static void test_toured_together(void **state)
{
    (void)state;
    test_doc t = test_extract("French President John Abbot arrived in Cairo on Sunday and toured the Khan el-Khalili bazaar "
                              "with President Jane Roe.", NULL);
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    test_doc_free(&t);
    t = test_extract("President John Abbot and Prime Minister Jane Roe later toured the old quarter together.", NULL);
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    test_doc_free(&t);
    t = test_extract("President John Abbot visited Hanoi with Foreign Minister Jane Roe.", NULL);
    assert_null(meeting(&t, "John Abbot", "Jane Roe"));
    test_doc_free(&t);
}

/* "A later hosted the visiting minister to a luncheon, also attended by C": the one described is a
 * guest beside the attendee */
static void test_described_guest_with_attendee(void **state)
{
    (void)state;
    test_doc t = test_extract("Prime Cabinet Secretary John Abbot held talks with Somali Foreign Minister Jane Roe in "
                              "Nairobi. Abbot later hosted the visiting minister to a luncheon, also attended by Defence "
                              "Cabinet Secretary Max Mustermann.", NULL);
    assert_non_null(meeting(&t, "Jane Roe", "Max Mustermann"));
    test_doc_free(&t);
}

/* "had a working session this afternoon with X": a meeting, a time phrase between */
static void test_working_session(void **state)
{
    (void)state;
    test_doc t = test_extract("PORT LOUIS, 20 November 2025 (GIS) - The Prime Minister, Dr John Abbot, had a working session "
                              "this afternoon with the Managing Director of the International Monetary Fund, Mrs Jane Roe, at "
                              "the New Treasury Building.", "2025-11-20");
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    test_doc_free(&t);
}

/* "The meeting brought together A, B and C", no meeting told before: their meeting */
static void test_brought_together(void **state)
{
    (void)state;
    test_doc t = test_extract("CAIRO - The meeting brought together the foreign ministers John Abbot (Egypt), Jane Roe "
                              "(Jordan) and Max Mustermann (Qatar).", NULL);
    assert_non_null(meeting(&t, "Jane Roe", "Max Mustermann"));
    test_doc_free(&t);
    /* (not a forum's crowd: no meeting word) */
    t = test_extract("CAIRO - The event brought together more than 300 entrepreneurs, including Jane Roe and Max "
                     "Mustermann.", NULL);
    assert_null(meeting(&t, "Jane Roe", "Max Mustermann"));
    test_doc_free(&t);
}

/* "A and B held talks ... The talks lasted four hours. B was accompanied by C. A and B discussed
 * energy": the talks told again two sentences after the last that told more of them */
static void test_discussed_after_join(void **state)
{
    (void)state;
    test_doc t = test_extract("MOSCOW - President John Abbot and Prime Minister Jane Roe held talks in the Kremlin on Friday. "
                              "The talks lasted four hours. Roe was accompanied by Foreign Minister Max Mustermann. Abbot "
                              "and Roe discussed energy.", NULL);
    assert_int_equal(t.ex->n_events, 1);
    test_doc_free(&t);
}

/* "held a video conference with X to discuss the signing of the agreement": the call took place;
 * the signing is its topic, neither an agreement nor one to come */
static void test_signing_talked_about(void **state)
{
    (void)state;
    test_doc t = test_extract("Brasília, November 27, 2025 - Brazilian President John Abbot held a video conference on "
                              "Thursday with the President of the European Commission, Jane Roe, to discuss the signing of "
                              "the agreement.", "2025-11-27");
    const parley_event *ev = find_meeting(t.ex, PARLEY_EVENT_CALL, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_int_equal(ev->status, PARLEY_STATUS_OCCURRED);
    assert_null(find_meeting(t.ex, PARLEY_EVENT_AGREEMENT, "John Abbot", "Jane Roe"));
    test_doc_free(&t);
}

/* "pledging to fully implement the peace declaration signed in Kuala Lumpur": a document signed
 * before, referred to; its place is no meeting's */
static void test_document_signed_before(void **state)
{
    (void)state;
    test_doc t = test_extract("PHNOM PENH, Nov. 28 (Xinhua) -- Cambodian Prime Minister John Abbot met with visiting Thai "
                              "Prime Minister Jane Roe at the Peace Palace here on Friday, with both sides pledging to fully "
                              "implement the peace declaration signed in Kuala Lumpur.", NULL);
    const parley_event *ev = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_place(&t, ev, "Phnom Penh");
    assert_null(find_meeting(t.ex, PARLEY_EVENT_AGREEMENT, "John Abbot", "Jane Roe"));
    test_doc_free(&t);
    /* (... a document's name going on to the participle: "the Treaty on the State Border signed in
     * March") */
    t = test_extract("Dushanbe - President John Abbot met with the Minister of Foreign Affairs of the Kyrgyz Republic Jane "
                     "Roe. During the meeting, the sides discussed the implementation of the Treaty on the State Border "
                     "signed in March.", NULL);
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    assert_null(find_meeting(t.ex, PARLEY_EVENT_AGREEMENT, "John Abbot", "Jane Roe"));
    test_doc_free(&t);
}

/* "Prime Minister A met Canadian Prime Minister B ... Mr B invited Mr A ... The Prime Minister also
 * held a meeting with C": the office said with no country is the one named without a country */
static void test_unqualified_office_is_home(void **state)
{
    (void)state;
    test_doc t = test_extract("Prime Minister John Abbot has met Canadian Prime Minister Jane Roe in Johannesburg. Mr Roe "
                              "invited Mr Abbot to visit Canada next year. The Prime Minister also held a bilateral meeting "
                              "with South African President Max Mustermann.", NULL);
    assert_non_null(meeting(&t, "John Abbot", "Max Mustermann"));
    assert_null(meeting(&t, "Jane Roe", "Max Mustermann"));
    test_doc_free(&t);
}

/* "X joined the Ukrainian delegation" after talks told: X is at the talks; with none told, nothing */
static void test_joined_side_delegation(void **state)
{
    (void)state;
    test_doc t = test_extract("GENEVA (Reuters) - U.S. Secretary of State John Abbot and Ukrainian official Jane Roe met in "
                              "Geneva on Sunday. Max Mustermann, secretary of Ukraine's National Security and Defence "
                              "Council, joined the Ukrainian delegation.", NULL);
    assert_non_null(meeting(&t, "John Abbot", "Max Mustermann"));
    test_doc_free(&t);
    t = test_extract("John Abbot joined the Ukrainian delegation in 2019.", NULL);
    assert_int_equal(t.ex->n_events, 0);
    test_doc_free(&t);
}

/* "met with A, Minister of Industry, and B, Minister of Trade, to discuss the project": a purpose's
 * "to discuss" opens no second clause; B is met too */
static void test_purpose_discuss_no_clause(void **state)
{
    (void)state;
    test_doc t = test_extract("Minister John Abbot today met with Jane Roe, Minister of Industry, and Max Mustermann, "
                              "Minister of Trade, to discuss the project.", NULL);
    assert_non_null(meeting(&t, "John Abbot", "Max Mustermann"));
    test_doc_free(&t);
}

/* "received a message from his counterpart, X, delivered by Foreign Minister Y": a meeting with the
 * one who brought it, neither a call nor a meeting with the sender */
static void test_message_delivered_by(void **state)
{
    (void)state;
    test_doc t = test_extract("LUANDA - President John Abbot on Tuesday received a message from his Zambian counterpart, "
                              "Jane Roe, delivered by Zambia's Foreign Minister Max Mustermann.", NULL);
    assert_non_null(meeting(&t, "John Abbot", "Max Mustermann"));
    assert_null(meeting(&t, "John Abbot", "Jane Roe"));
    assert_null(find_meeting(t.ex, PARLEY_EVENT_CALL, "John Abbot", "Max Mustermann"));
    test_doc_free(&t);
}

/* "is scheduled to visit Seoul next month for a trilateral meeting with X": the planned meeting is
 * where the visit is to */
static void test_planned_visit_place(void **state)
{
    (void)state;
    test_doc t = test_extract("Tokyo (Jiji Press) - Foreign Minister John Abbot is scheduled to visit Seoul next month for a "
                              "trilateral meeting with Chinese Foreign Minister Jane Roe.", NULL);
    const parley_event *ev = find_meeting(t.ex, PARLEY_EVENT_MEETING, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_int_equal(ev->status, PARLEY_STATUS_PLANNED);
    assert_place(&t, ev, "Seoul");
    test_doc_free(&t);
}

/* "The two Presidents co-chaired the session of the Commission, which last met in Abuja in 2023":
 * the meeting told, not another in Abuja */
static void test_which_last_met_elsewhere(void **state)
{
    (void)state;
    test_doc t = test_extract("PRETORIA - President John Abbot hosted his Nigerian counterpart, President Jane Roe, on "
                              "Thursday. The two Presidents co-chaired the 11th session of the Commission, which last met "
                              "in Abuja in 2023.", NULL);
    assert_int_equal(t.ex->n_events, 1);
    assert_place(&t, &t.ex->events[0], "Pretoria");
    test_doc_free(&t);
}

/* "X and Y joined the Oval Office meeting": a seat's name says where the meeting told was, no
 * meeting of its own name */
static void test_joined_seat_meeting(void **state)
{
    (void)state;
    test_doc t = test_extract("WASHINGTON (AP) - President John Abbot hosted Crown Prince Jane Roe at the White House on "
                              "Tuesday for an Oval Office meeting. Vice President Max Mustermann joined the Oval Office "
                              "meeting.", NULL);
    assert_non_null(meeting(&t, "Jane Roe", "Max Mustermann"));
    test_doc_free(&t);
}

/* "a separate event for Luong's wife, X": X is a person, hosted; "for the wife of President Y": Y is
 * not there */
static void test_spouse_not_there(void **state)
{
    (void)state;
    test_doc t = test_extract("First lady Jane Roe hosted a separate event for Abbot's wife, Max Mustermann.", NULL);
    assert_non_null(meeting(&t, "Jane Roe", "Max Mustermann"));
    test_doc_free(&t);
    t = test_extract("First lady Jane Roe hosted a separate event for the wife of President John Abbot.", NULL);
    assert_null(meeting(&t, "Jane Roe", "John Abbot"));
    test_doc_free(&t);
}

/* "on arrival at the King Salman Air Base": a building named after a titled person is a place,
 * no person, and no one at the meeting */
static void test_building_after_title(void **state)
{
    (void)state;
    test_doc t = test_extract("RIYADH (SPA) - Prime Minister John Abbot met Foreign Minister Jane Roe. He was received on "
                              "arrival at the King Tailor Air Base by the minister.", NULL);
    assert_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Tailor Air Base"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_LOCATION, "King Tailor Air Base"));
    const parley_event *ev = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_int_equal(ev->n_participants, 2);
    test_doc_free(&t);
}

/* Whom a meeting's people spoke of is not met: "after his meeting with A that he had raised the
 * case of detained writer B", "held talks with A on the release of jailed journalist B" */
static void test_spoken_of_not_met(void **state)
{
    (void)state;
    test_doc t = test_extract("RIO DE JANEIRO (AFP) - Chinese President John Abbot met Australian Prime Minister Jane Roe. "
                              "Roe told reporters after her meeting with Abbot that she had raised the case of detained "
                              "writer Max Mustermann.", NULL);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Max Mustermann"));
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    assert_int_equal(t.ex->n_events, 1);
    test_doc_free(&t);
    t = test_extract("RIO DE JANEIRO (AFP) - Chinese President John Abbot met Australian Prime Minister Jane Roe. Roe "
                     "held talks with Abbot on the release of jailed journalist Max Mustermann.", NULL);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Max Mustermann"));
    assert_int_equal(t.ex->n_events, 1);
    test_doc_free(&t);
    /* (whom talks were with is met: "the outcome of the talks with President B") */
    t = test_extract("RIO DE JANEIRO (AFP) - Chinese President John Abbot hailed the outcome of the talks with "
                     "President Jane Roe.", NULL);
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    test_doc_free(&t);
}

/* "the prime minister chaired a meeting on the economy attended by A and B": a meeting of the
 * chair and those attending, apart from the talks told before */
static void test_chaired_meeting_attended_by(void **state)
{
    (void)state;
    test_doc t = test_extract("ISLAMABAD (APP) - Minister John Abbot called on Prime Minister Jane Roe on Wednesday. Later, "
                              "the prime minister chaired a meeting on the economy attended by Finance Minister Max "
                              "Mustermann and State Bank Governor Erika Svensson.", NULL);
    assert_non_null(meeting(&t, "Jane Roe", "Max Mustermann"));
    assert_non_null(meeting(&t, "Max Mustermann", "Erika Svensson"));
    assert_null(meeting(&t, "John Abbot", "Max Mustermann"));
    test_doc_free(&t);
}

/* "met with a delegation led by Senator A, with Crown Prince B in attendance": one meeting of the
 * three, B attending */
static void test_with_someone_in_attendance(void **state)
{
    (void)state;
    test_doc t = test_extract("AMMAN (Petra) -- His Majesty King John Abbot met at the palace with a delegation from the US "
                              "Senate led by Senator Jane Roe, with Crown Prince Max Mustermann in attendance.", NULL);
    const parley_event *ev = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_int_equal(ev->n_participants, 3);
    assert_int_equal(t.ex->n_events, 1);
    test_doc_free(&t);
}

/* "Sheinbaum's security cabinet, led by A, met with B": the owner of a group is not at its
 * meeting */
static void test_owner_of_group_not_there(void **state)
{
    (void)state;
    test_doc t = test_extract("MEXICO CITY (Reuters) - President John Abbot's security cabinet, led by Security Minister Jane "
                              "Roe, met with U.S. Homeland Security Secretary Max Mustermann in Mexico City.", NULL);
    assert_non_null(meeting(&t, "Jane Roe", "Max Mustermann"));
    assert_null(meeting(&t, "John Abbot", "Max Mustermann"));
    test_doc_free(&t);
}

/* "The two premiers last met in Tirana" after a premier's lunch with a foreign minister: the
 * phrase's office fits neither that pair nor anyone named together just before, so no meeting of
 * theirs is told */
static void test_group_office_misfits(void **state)
{
    (void)state;
    test_doc t = test_extract("ROME (ANSA) - Premier John Abbot on Monday received Albanian Prime Minister Jane Roe at Palazzo "
                              "Chigi. Interior Minister Max Mustermann also attended. Roe later had lunch with Foreign "
                              "Minister Erika Svensson. The two premiers last met in Tirana in October.", "2026-12-01");
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    const parley_event *ev = meeting(&t, "Jane Roe", "Erika Svensson");
    assert_non_null(ev);
    for (size_t i = 0; i < t.ex->n_events; i++)
        if (t.ex->events[i].type == PARLEY_EVENT_MEETING && t.ex->events[i].place >= 0)
            assert_string_not_equal(t.ex->entities[t.ex->events[i].place].name, "Tirana");
    test_doc_free(&t);
}

/* "also paid a courtesy call on Y and invited him to visit South Korea next year": the
 * invitation's place and time are not the call's, which keeps the day and city told before */
static void test_invitation_clause_no_date_place(void **state)
{
    (void)state;
    test_doc t = test_extract("SEOUL, Dec 1 (Yonhap) -- Industry Minister John Abbot and Indonesian Energy Minister Jane Roe "
                              "held talks in Jakarta on Monday. Abbot also paid a courtesy call on Indonesian President Max "
                              "Mustermann and invited him to visit South Korea next year.", "2026-12-01");
    const parley_event *ev = meeting(&t, "John Abbot", "Max Mustermann");
    assert_non_null(ev);
    assert_string_equal(ev->date, "2026-11-30");   /* (the Monday before the story's Tuesday) */
    assert_place(&t, ev, "Jakarta");
    test_doc_free(&t);
}

/* "The call followed a meeting in New Delhi last week between A and B": a meeting's noun, its
 * place and time, then "between" */
static void test_meeting_place_time_between(void **state)
{
    (void)state;
    test_doc t = test_extract("OTTAWA (CP) - The call followed a meeting in New Delhi last week between Foreign Affairs "
                              "Minister John Abbot and External Affairs Minister Jane Roe.", NULL);
    const parley_event *ev = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_place(&t, ev, "New Delhi");
    test_doc_free(&t);
    /* (not over a comma, nor past someone named in the gap) */
    t = test_extract("OTTAWA (CP) - Minister John Abbot chaired talks, weeks after tensions between Max Mustermann and "
                     "Jane Roe.", NULL);
    assert_null(meeting(&t, "Max Mustermann", "Jane Roe"));
    test_doc_free(&t);
}

/* "met B on Tuesday to discuss Lebanon, a day after B held talks in Beirut with C": the purpose's
 * "discuss" opens no clause, the meeting words after it do */
static void test_purpose_then_other_time_clause(void **state)
{
    (void)state;
    test_doc t = test_extract("JERUSALEM, Dec 2 (Reuters) - Israeli Prime Minister John Abbot met U.S. envoy Jane Roe in "
                              "Jerusalem on Tuesday to discuss Lebanon and Syria, his office said, a day after Roe held "
                              "talks in Beirut with Lebanese President Max Mustermann.", NULL);
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    const parley_event *ev = meeting(&t, "Jane Roe", "Max Mustermann");
    assert_non_null(ev);
    assert_place(&t, ev, "Beirut");
    assert_null(meeting(&t, "John Abbot", "Max Mustermann"));
    test_doc_free(&t);
}

/* "X, who also met President Y, said ...": Y is whom X met in the relative clause, not the source
 * of a report in apposition (", spokeswoman Z, said") */
static void test_relative_clause_meeting_before_said(void **state)
{
    (void)state;
    test_doc t = test_extract("BUDAPEST (MTI) - Foreign Minister John Abbot held talks with his Belarusian counterpart Jane "
                              "Roe in Minsk on Tuesday. Abbot, who also met President Max Mustermann, said the talks were "
                              "useful.", NULL);
    assert_non_null(meeting(&t, "John Abbot", "Max Mustermann"));
    test_doc_free(&t);
}

/* "paid farewell calls on Prime Minister A and Foreign Minister B": an outgoing envoy's calls are
 * meetings, one each */
static void test_farewell_calls(void **state)
{
    (void)state;
    test_doc t = test_extract("VIENTIANE (KPL) - Outgoing Australian Ambassador John Abbot paid farewell calls on Prime "
                              "Minister Jane Roe and Foreign Minister Max Mustermann earlier this week.", NULL);
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    assert_non_null(meeting(&t, "John Abbot", "Max Mustermann"));
    assert_null(meeting(&t, "Jane Roe", "Max Mustermann"));
    test_doc_free(&t);
}

/* "received Hamas political bureau members, including A and B": one group received at once, and
 * those attending the next sentence's meeting attend it all */
static void test_group_including_one_meeting(void **state)
{
    (void)state;
    test_doc t = test_extract("ANKARA (AA) - Turkish President John Abbot received political bureau members, including Jane "
                              "Roe and Max Mustermann, in Istanbul on Tuesday. Foreign Minister Erika Svensson attended the "
                              "closed-door meeting.", NULL);
    const parley_event *ev = meeting(&t, "Jane Roe", "Max Mustermann");
    assert_non_null(ev);
    assert_int_equal(ev->n_participants, 4);
    test_doc_free(&t);
}

/* "Wang called on Tokyo to correct its mistakes": an appeal to a country, no call on anyone; but
 * "called on President B to discuss ties" is a visit */
static void test_called_on_appeal(void **state)
{
    (void)state;
    test_doc t = test_extract("TOKYO (Kyodo) - Japanese Foreign Minister John Abbot and his Chinese counterpart Jane Roe "
                              "held phone talks on Thursday. Abbot urged Beijing to lift its ban, while Roe called on Tokyo "
                              "to \"correct its mistakes\", according to the Chinese side.", NULL);
    assert_null(meeting(&t, "John Abbot", "Jane Roe"));
    assert_int_equal(t.ex->n_events, 1);
    test_doc_free(&t);
    t = test_extract("Foreign Minister John Abbot called on the international community to act.", NULL);
    assert_int_equal(t.ex->n_events, 0);
    test_doc_free(&t);
    t = test_extract("Foreign Minister John Abbot called on President Jane Roe to discuss bilateral ties.", NULL);
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    test_doc_free(&t);
}

/* "received the Ambassador of Hungary, B, who presented him with an invitation to the Strategic
 * Council in Budapest": the place of what the host is invited to, not the meeting's */
static void test_invitation_place_not_meeting(void **state)
{
    (void)state;
    test_doc t = test_extract("Belgrade, 1 December (Tanjug) - Prime Minister John Abbot received the Ambassador of "
                              "Hungary, Jane Roe, who presented him with an invitation to the Hungarian-Serbian Strategic "
                              "Council in Budapest.", NULL);
    const parley_event *ev = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_place(&t, ev, "Belgrade");
    test_doc_free(&t);
}

/* "Later, HE the Prime Minister hosted a luncheon in honour of the Rwandan President": the
 * honorific before "the <office>" is that office's holder, not the person in focus */
static void test_honorific_the_office(void **state)
{
    (void)state;
    test_doc t = test_extract("Doha, December 2 (QNA) - HH the Amir Sheikh John Abbot met at the Amiri Diwan this morning "
                              "with HE President of the Republic of Rwanda Jane Roe. The meeting was attended by HE Prime "
                              "Minister and Minister of Foreign Affairs Sheikh Max Mustermann. Later, HE the Prime Minister "
                              "hosted a luncheon in honour of the Rwandan President.", NULL);
    const parley_event *ev = NULL;
    for (size_t k = 0; k < t.ex->n_events; k++)
        if (t.ex->events[k].n_participants == 2)
            ev = &t.ex->events[k];
    assert_non_null(ev);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Max Mustermann"));
    const parley_entity *pm = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Max Mustermann");
    bool has_pm = false;
    for (size_t i = 0; i < ev->n_participants; i++)
        has_pm |= &t.ex->entities[ev->participants[i]] == pm;
    assert_true(has_pm);
    test_doc_free(&t);
}

/* "A has received B ... A, represented by C, said the meeting ...": the one represented was not
 * there, whoever represented them was */
static void test_represented_by(void **state)
{
    (void)state;
    test_doc t = test_extract("ABUJA (NAN) - The Chief of Defence Staff, Gen. John Abbot, has received the Commander of "
                              "the United States Africa Command, Gen. Jane Roe, at Defence Headquarters, Abuja. Abbot, "
                              "represented by the Chief of Defence Intelligence, Lt.-Gen. Max Mustermann, said the "
                              "meeting was aimed at strengthening the partnership.", NULL);
    assert_null(meeting(&t, "John Abbot", "Jane Roe"));
    assert_non_null(meeting(&t, "Max Mustermann", "Jane Roe"));
    test_doc_free(&t);
}

/* ", days before President Z's visit to India for the annual summit with W": what is ahead is
 * planned; ", before a trilateral session with B" (the day's next step) is not */
static void test_days_before_noun_planned(void **state)
{
    (void)state;
    test_doc t = test_extract("NEW DELHI - Minister John Abbot on Monday held talks with visiting Russian Foreign Minister "
                              "Jane Roe, days before President Max Mustermann's visit to India for the annual summit with "
                              "Prime Minister Erika Svensson.", "2025-12-01");
    const parley_event *ev = meeting(&t, "Max Mustermann", "Erika Svensson");
    assert_true(!ev || ev->status == PARLEY_STATUS_PLANNED);
    ev = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_int_equal(ev->status, PARLEY_STATUS_OCCURRED);
    test_doc_free(&t);
    t = test_extract("Minister John Abbot met separately with Minister Jane Roe and Minister Max Mustermann, before a "
                     "trilateral session with Roe and Mustermann.", "2025-12-01");
    ev = meeting(&t, "Jane Roe", "Max Mustermann");
    assert_non_null(ev);
    assert_int_equal(ev->status, PARLEY_STATUS_OCCURRED);
    test_doc_free(&t);
}

/* "A, who signed the agreements with Beijing in February": a capital after "with" stands for the
 * country the story names */
static void test_signed_with_capital(void **state)
{
    (void)state;
    test_doc t = test_extract("WELLINGTON (RNZ) - New Zealand paused funding over the Cook Islands' agreements with China. "
                              "Cook Islands Prime Minister John Abbot, who signed the agreements with Beijing in February, "
                              "did not travel.", "2025-11-25");
    const parley_event *ag = last_agreement(&t);
    assert_non_null(ag);
    const parley_entity *china = find_ent(t.ex, PARLEY_ENTITY_COUNTRY, "China");
    assert_non_null(china);
    bool has = false;
    for (size_t i = 0; i < ag->n_participants; i++)
        has |= &t.ex->entities[ag->participants[i]] == china;
    assert_true(has);
    test_doc_free(&t);
}

/* "The PACE President also met with A and B": a body's acronym before the office names the
 * one who holds it, who meets each */
static void test_body_acronym_office_subject(void **state)
{
    (void)state;
    test_doc t = test_extract("Tirana - The Speaker of the Parliament of Albania, John Abbot, held a meeting with the "
                              "President of the Parliamentary Assembly of the Council of Europe (PACE), Jane Roe. The PACE "
                              "President also met with Prime Minister Max Mustermann and opposition leader Erika Svensson.",
                              NULL);
    assert_non_null(meeting(&t, "Jane Roe", "Max Mustermann"));
    assert_non_null(meeting(&t, "Jane Roe", "Erika Svensson"));
    assert_null(meeting(&t, "Max Mustermann", "Erika Svensson"));
    test_doc_free(&t);
}

/* "The Emir, who is on a private visit to the UK, later met Prime Minister X": the office's
 * holder is the subject past the relative clause */
static void test_office_subject_past_relative_clause(void **state)
{
    (void)state;
    test_doc t = test_extract("London (PA) - King John Abbot has hosted the Emir of Qatar, Sheikh Jane Roe, for a private "
                              "lunch at Windsor Castle. The Emir, who is on a private visit to the UK, later met Prime "
                              "Minister Max Mustermann at 10 Downing Street.", NULL);
    assert_non_null(meeting(&t, "Jane Roe", "Max Mustermann"));
    test_doc_free(&t);
}

/* "welcomed the President of Finland, X, to NATO Headquarters": the place the guest is welcomed
 * to, past the name's commas */
static void test_welcomed_apposition_to_place(void **state)
{
    (void)state;
    test_doc t = test_extract("NATO Secretary General John Abbot welcomed the President of Finland, Jane Roe, to NATO "
                              "Headquarters on Monday.", "2025-11-24");
    const parley_event *ev = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_place(&t, ev, "Brussels");
    test_doc_free(&t);
}

/* "refused to meet B during the summit in Copenhagen. B instead held talks with C": the city of
 * the gathering one of the people was at, not the dateline's; "ahead of the next summit in ..."
 * is not where anyone is */
static void test_gathering_city_place(void **state)
{
    (void)state;
    test_doc t = test_extract("KYIV (Reuters) - Prime Minister John Abbot on Friday refused to meet Ukrainian President Jane "
                              "Roe during the European Political Community summit in Copenhagen. Roe instead held talks with "
                              "Danish Prime Minister Max Mustermann.", NULL);
    const parley_event *ev = meeting(&t, "Jane Roe", "Max Mustermann");
    assert_non_null(ev);
    assert_place(&t, ev, "Copenhagen");
    assert_null(meeting(&t, "John Abbot", "Jane Roe"));
    test_doc_free(&t);
    t = test_extract("KYIV (Reuters) - Ukrainian President Jane Roe spoke ahead of the next summit in Copenhagen. Roe held "
                     "talks with Danish Prime Minister Max Mustermann.", NULL);
    ev = meeting(&t, "Jane Roe", "Max Mustermann");
    assert_non_null(ev);
    assert_place(&t, ev, "Kyiv");
    test_doc_free(&t);
}

/* "A and B pledged on Tuesday to ..., after a dinner meeting at the chancellor's guest house":
 * the pair's meeting, and those who "also attended the dinner" join it */
static void test_after_a_dinner_meeting(void **state)
{
    (void)state;
    test_doc t = test_extract("BERLIN (dpa) - German Chancellor John Abbot and French President Jane Roe pledged on Tuesday "
                              "to speed up work on a joint fighter jet, after a dinner meeting at the chancellor's guest "
                              "house in Berlin.", NULL);
    const parley_event *ev = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_place(&t, ev, "Berlin");
    test_doc_free(&t);
}

/* "commenced ... and will continue till March 9": the day it ends is not its date; "signed a
 * memorandum in Tashkent during the visit of X. X met Y": the signing's place is the meeting's;
 * "the joint exercise "Z-2026", scheduled for next spring": to come, past the closing quote */
static void test_end_day_agreement_place_exercise_planned(void **state)
{
    (void)state;
    test_doc t = test_extract("NEW DELHI - The India-Japan exercise \"Dharma Guardian\" commenced in Japan and will continue "
                              "till March 9.", "2026-02-23");
    assert_int_equal(t.ex->n_events, 1);
    assert_string_equal(t.ex->events[0].date, "");
    test_doc_free(&t);
    t = test_extract("Baku, Dec 3 (Report) - Azerbaijan and Uzbekistan signed a memorandum on military-technical "
                     "cooperation in Tashkent during the visit of Azerbaijani Defense Minister John Abbot.\n\nAbbot met with "
                     "Uzbek Defense Minister Jane Roe, with whom he discussed the joint exercise \"Birlestik-2026\", "
                     "scheduled for next spring.", NULL);
    const parley_event *ev = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_place(&t, ev, "Tashkent");
    for (size_t k = 0; k < t.ex->n_events; k++)
        if (t.ex->events[k].type == PARLEY_EVENT_EXERCISE)
            assert_int_equal(t.ex->events[k].status, PARLEY_STATUS_PLANNED);
    test_doc_free(&t);
}

/* "will visit Japan from Dec 8 to 10 ... Mr A last met Ms B on the sidelines of the APEC summit in
 * Gyeongju in October": a month named far after the words, with no year known, gives the
 * recalled meeting no day, not the visit's */
static void test_last_met_month_no_visit_day(void **state)
{
    (void)state;
    test_doc t = test_extract("SINGAPORE - Prime Minister John Abbot will visit Japan from Dec 8 to 10, where he will meet "
                              "Japanese Prime Minister Jane Roe. Mr Abbot last met Ms Roe on the sidelines of the APEC "
                              "summit in Gyeongju in October.", NULL);
    const parley_event *ev = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    for (size_t k = 0; k < t.ex->n_events; k++)
        if (t.ex->events[k].status == PARLEY_STATUS_OCCURRED)
            assert_string_equal(t.ex->events[k].date, "");
    test_doc_free(&t);
}

/* "A and B signed the Accords in the presence of President C": C is at the signing's meeting, but
 * signs nothing */
static void test_signed_in_presence_of(void **state)
{
    (void)state;
    test_doc t = test_extract("Congolese President John Abbot and Rwandan President Jane Roe signed the Washington Accords "
                              "in the presence of U.S. President Max Mustermann.", NULL);
    assert_non_null(meeting(&t, "John Abbot", "Max Mustermann"));
    const parley_event *ag = last_agreement(&t);
    assert_non_null(ag);
    assert_int_equal(ag->n_participants, 2);
    test_doc_free(&t);
}

/* "Speaker A and Prime Minister B later met the two envoys separately": a meeting of each with
 * them, none of A with B */
static void test_subjects_met_separately(void **state)
{
    (void)state;
    test_doc t = test_extract("Beirut - Speaker John Abbot and Prime Minister Jane Roe separately met U.S. envoy Max "
                              "Mustermann on Monday.", NULL);
    assert_non_null(meeting(&t, "John Abbot", "Max Mustermann"));
    assert_non_null(meeting(&t, "Jane Roe", "Max Mustermann"));
    assert_null(meeting(&t, "John Abbot", "Jane Roe"));
    test_doc_free(&t);
}

/* "The talks continued in an expanded format with the participation of members of the official
 * delegations, including Foreign Minister A and Foreign Minister B": they join the talks */
static void test_expanded_format_participation(void **state)
{
    (void)state;
    test_doc t = test_extract("Tashkent - President John Abbot held talks with President Jane Roe in Tashkent on Monday. The "
                              "talks continued in an expanded format with the participation of members of the official "
                              "delegations, including Foreign Minister Max Mustermann and Turkmen Foreign Minister Erika "
                              "Svensson.", NULL);
    const parley_event *ev = meeting(&t, "John Abbot", "Erika Svensson");
    assert_non_null(ev);
    assert_non_null(meeting(&t, "Jane Roe", "Max Mustermann"));
    test_doc_free(&t);
}

/* "A met B in New Delhi ... Trade Minister C, who accompanied A, signed the deal with D": where A
 * was, the one who went with him signs */
static void test_accompanied_signer_place(void **state)
{
    (void)state;
    test_doc t = test_extract("WELLINGTON (NZ Herald) - New Zealand Foreign Minister John Abbot met his Indian counterpart "
                              "Jane Roe in New Delhi on Monday.\n\nTrade Minister Max Mustermann, who accompanied Abbot, "
                              "signed the deal with Commerce Minister Erika Svensson.", NULL);
    const parley_event *ev = meeting(&t, "Max Mustermann", "Erika Svensson");
    assert_non_null(ev);
    assert_place(&t, ev, "New Delhi");
    test_doc_free(&t);
}

/* "a delegation from the IMF led by X ... The IMF team also held discussions with A and B": the
 * team is its leader, who meets each */
static void test_owner_team_is_its_leader(void **state)
{
    (void)state;
    test_doc t = test_extract("Colombo (Daily Mirror) - President John Abbot met with a delegation from the International "
                              "Monetary Fund led by Senior Mission Chief Jane Roe on Monday. The IMF team also held "
                              "discussions with Deputy Minister of Finance Max Mustermann and Central Bank Governor Erika "
                              "Svensson.", NULL);
    assert_non_null(meeting(&t, "Jane Roe", "Max Mustermann"));
    assert_non_null(meeting(&t, "Jane Roe", "Erika Svensson"));
    assert_null(meeting(&t, "Max Mustermann", "Erika Svensson"));
    test_doc_free(&t);
}

/* "President A received Prime Minister B, who is co-chairing the commission with Prime Minister C.
 * The two prime ministers later signed 15 agreements": B and C sign, not A */
static void test_two_prime_ministers_sign(void **state)
{
    (void)state;
    test_doc t = test_extract("Tunis (TAP) - President John Abbot received on Thursday Algerian Prime Minister Jane Roe, who "
                              "is co-chairing the Joint High Commission with Prime Minister Max Mustermann.\n\nThe two prime "
                              "ministers later signed 15 cooperation agreements.", NULL);
    const parley_event *ag = last_agreement(&t);
    assert_non_null(ag);
    const parley_entity *a = find_ent(t.ex, PARLEY_ENTITY_PERSON, "John Abbot");
    bool has_a = false, has_m = false;
    for (size_t i = 0; i < ag->n_participants; i++) {
        has_a |= &t.ex->entities[ag->participants[i]] == a;
        has_m |= &t.ex->entities[ag->participants[i]] == find_ent(t.ex, PARLEY_ENTITY_PERSON, "Max Mustermann");
    }
    assert_false(has_a);
    assert_true(has_m);
    test_doc_free(&t);
}

/* "The Foreign Secretary and Prince X signed ...", "Prince X and the Foreign Secretary signed
 * ...": the office is the one in focus who holds it, signing with the one named */
static void test_office_and_named_sign(void **state)
{
    (void)state;
    static const char *const texts[] = {
        "LONDON, 18 November 2025 - The Foreign Secretary Jane Roe met the Saudi Minister of Foreign Affairs, Prince "
        "John Abbot, in London today. The Foreign Secretary and Prince John signed a memorandum of understanding.",
        "LONDON, 18 November 2025 - The Foreign Secretary Jane Roe met the Saudi Minister of Foreign Affairs, Prince "
        "John Abbot, in London today. Prince John and the Foreign Secretary signed a memorandum of understanding.",
    };
    for (size_t k = 0; k < 2; k++) {
        test_doc t = test_extract(texts[k], NULL);
        const parley_event *ag = last_agreement(&t);
        assert_non_null(ag);
        assert_true(has_participant(&t, ag, "Jane Roe"));
        assert_true(has_participant(&t, ag, "John Abbot"));
        assert_string_equal(ag->date, "2025-11-18");
        test_doc_free(&t);
    }
}

/* "The talks were attended on the Saudi side by A and on the French side by B": both join the
 * talks told before; "A and B led their delegations at talks in Geneva": A meets B */
static void test_sides_attended_and_delegations_led(void **state)
{
    (void)state;
    test_doc t = test_extract("RIYADH - Saudi Crown Prince John Abbot received French President Jane Roe in Riyadh on "
                              "Tuesday. The talks were attended on the Saudi side by Minister of Energy Max Mustermann "
                              "and on the French side by Foreign Minister Erika Svensson.",
                              NULL);
    assert_true(meeting(&t, "John Abbot", "Max Mustermann"));
    assert_true(meeting(&t, "Jane Roe", "Erika Svensson"));
    test_doc_free(&t);
    t = test_extract("GENEVA (Reuters) - U.S. Secretary of State John Abbot and Ukrainian presidential chief of staff "
                     "Jane Roe led their delegations at talks in Geneva on Sunday, officials said.",
                     NULL);
    assert_true(meeting(&t, "John Abbot", "Jane Roe"));
    test_doc_free(&t);
}

/* "A met B in Brussels today, with Commissioner C also taking part": one meeting of the three */
static void test_with_also_taking_part(void **state)
{
    (void)state;
    test_doc t = test_extract("BRUSSELS, 3 March 2025 - President John Abbot met Prime Minister Jane Roe in Brussels "
                              "today, with Commissioner Max Mustermann also taking part.",
                              NULL);
    assert_true(meeting(&t, "John Abbot", "Jane Roe"));
    assert_true(meeting(&t, "Jane Roe", "Max Mustermann"));
    assert_true(meeting(&t, "John Abbot", "Max Mustermann"));
    test_doc_free(&t);
}

/* "Talks were held between the two sides in the presence of A and B": the sides are the people of
 * the meeting told, A and B at it (no meeting of A and B alone) */
static void test_talks_between_sides_in_presence(void **state)
{
    (void)state;
    test_doc t = test_extract("New Delhi, 17 November 2025 - Defence Minister John Abbot was called on by the Chief of "
                              "the Australian Defence Force, Admiral Jane Roe, today. Bilateral talks were held between "
                              "the two sides in the presence of Chief of Defence Staff General Max Mustermann and Defence "
                              "Secretary Erika Svensson.",
                              NULL);
    assert_true(meeting(&t, "John Abbot", "Jane Roe"));
    assert_true(meeting(&t, "Jane Roe", "Max Mustermann"));
    assert_true(meeting(&t, "Jane Roe", "Erika Svensson"));
    size_t meetings = 0;
    for (size_t i = 0; i < t.ex->n_events; i++)
        meetings += t.ex->events[i].type == PARLEY_EVENT_MEETING;
    assert_int_equal(meetings, 1);
    test_doc_free(&t);
}

/* "A received a call from B, and later met a delegation led by C. The delegation also included
 * D": the clause's meeting is where the story is, and the one told last (D joins it) */
static void test_call_then_clause_meeting_told_last(void **state)
{
    (void)state;
    test_doc t = test_extract("ISLAMABAD: Prime Minister John Abbot on Tuesday received a call from Saudi Crown Prince "
                              "Jane Roe, and later met a visiting delegation of the US Congress led by Representative "
                              "Max Mustermann. The delegation also included Representative Erika Svensson.",
                              NULL);
    assert_true(meeting(&t, "John Abbot", "Max Mustermann"));
    assert_true(meeting(&t, "John Abbot", "Erika Svensson"));
    assert_false(meeting(&t, "John Abbot", "Jane Roe"));
    for (size_t i = 0; i < t.ex->n_events; i++)
        if (t.ex->events[i].type == PARLEY_EVENT_MEETING)
            assert_place(&t, &t.ex->events[i], "Islamabad");
    test_doc_free(&t);
}

/* "A met B in Kuala Lumpur in July, and the two have since spoken by phone": the meeting, then a
 * call of the same people (not the meeting made a call) */
static void test_met_and_group_since_spoken(void **state)
{
    (void)state;
    test_doc t = test_extract("CANBERRA, Nov 12 - Foreign Minister Jane Roe met with her Chinese counterpart John Abbot "
                              "in Kuala Lumpur in July, and the two have since spoken by phone.",
                              NULL);
    assert_true(meeting(&t, "Jane Roe", "John Abbot"));
    size_t calls = 0;
    for (size_t i = 0; i < t.ex->n_events; i++)
        calls += t.ex->events[i].type == PARLEY_EVENT_CALL;
    assert_int_equal(calls, 1);
    test_doc_free(&t);
}

/* "welcomed A, and B, to Dublin for a meeting of the Council": the purpose's "meeting of" opens no
 * clause of its own; B is met too */
static void test_for_a_meeting_of_no_clause(void **state)
{
    (void)state;
    test_doc t = test_extract("DUBLIN, 14 November 2025 - The Taoiseach, Max Mustermann, welcomed British Minister John "
                              "Abbot, and British Minister Jane Roe, to Dublin for a meeting of the Council.",
                              NULL);
    assert_true(meeting(&t, "Max Mustermann", "John Abbot"));
    assert_true(meeting(&t, "Max Mustermann", "Jane Roe"));
    test_doc_free(&t);
}

/* "The two leaders were joined by C for the summit, after which they signed a declaration" (", and
 * the three signed"): the people of the meeting just joined sign, on its day */
static void test_joined_then_they_signed(void **state)
{
    (void)state;
    static const char *const texts[] = {
        "Nicosia, Nov 18, 2025 (CNA) - President John Abbot met on Tuesday with the Prime Minister of Greece, Jane Roe. "
        "Later in the day, the two leaders were joined by Egyptian President Max Mustermann for the trilateral summit, "
        "after which they signed a joint declaration.",
        "Nicosia, Nov 18, 2025 (CNA) - President John Abbot met on Tuesday with the Prime Minister of Greece, Jane Roe. "
        "Later in the day, the two leaders were joined by Egyptian President Max Mustermann, and the three signed a "
        "joint declaration.",
    };
    for (size_t k = 0; k < 2; k++) {
        test_doc t = test_extract(texts[k], NULL);
        const parley_event *ag = last_agreement(&t);
        assert_non_null(ag);
        assert_true(has_participant(&t, ag, "John Abbot"));
        assert_true(has_participant(&t, ag, "Jane Roe"));
        assert_true(has_participant(&t, ag, "Max Mustermann"));
        assert_string_equal(ag->date, "2025-11-18");
        test_doc_free(&t);
    }
}

/* "In the Oval Office, A and the crown prince signed ...": past an opening phrase of place with a
 * name in it, the office after "and" is the one in focus who holds it */
static void test_place_opener_then_office_signs(void **state)
{
    (void)state;
    test_doc t = test_extract("WASHINGTON (Reuters) - U.S. President John Abbot hosted Saudi Crown Prince Jane Roe at the "
                              "White House on Tuesday. In the Oval Office, Abbot and the crown prince signed a strategic "
                              "defense agreement.",
                              NULL);
    const parley_event *ag = last_agreement(&t);
    assert_non_null(ag);
    assert_true(has_participant(&t, ag, "John Abbot"));
    assert_true(has_participant(&t, ag, "Jane Roe"));
    test_doc_free(&t);
}

/* "C and D signed a letter of intent in the presence of the two leaders" after A met B: the
 * signing's meeting has A and B as witnesses (C and D sign), where A and B met */
static void test_signing_in_presence_of_group(void **state)
{
    (void)state;
    test_doc t = test_extract("STOCKHOLM, Nov 19, 2025 (TT) - Prime Minister John Abbot met Ukrainian President Jane Roe at "
                              "the Linkoping air base on Wednesday. Defence Minister Max Mustermann and his Ukrainian "
                              "counterpart Erika Svensson signed a letter of intent in the presence of the two leaders.",
                              NULL);
    const parley_event *ag = last_agreement(&t);
    assert_non_null(ag);
    assert_int_equal(ag->n_participants, 2);
    assert_true(has_participant(&t, ag, "Max Mustermann"));
    assert_true(has_participant(&t, ag, "Erika Svensson"));
    assert_true(meeting(&t, "Max Mustermann", "John Abbot"));
    assert_true(meeting(&t, "Erika Svensson", "Jane Roe"));
    assert_place(&t, ag, "Linköping");
    test_doc_free(&t);
}

/* "C was part of the Cuban delegation" ("were members of the delegation") right after a
 * meeting's sentences: C was at the meeting */
static void test_part_of_the_delegation(void **state)
{
    (void)state;
    test_doc t = test_extract("MINSK, Nov 20 (BelTA) - Belarusian President John Abbot met with Cuban President Jane Roe "
                              "at the Palace of Independence. The heads of state held talks in a narrow format. Cuban "
                              "Deputy Prime Minister Max Mustermann was part of the Cuban delegation.",
                              NULL);
    assert_true(meeting(&t, "John Abbot", "Max Mustermann"));
    assert_true(meeting(&t, "Jane Roe", "Max Mustermann"));
    test_doc_free(&t);
}

/* "met with a delegation ... headed by To Lam, general secretary of its Central Committee": "To"
 * is a surname after "headed by" with an office in apposition; the meeting is with him */
static void test_headed_by_to_lam(void **state)
{
    (void)state;
    test_doc t = test_extract("PYONGYANG, Nov 18 (KCNA) -- John Abbot, general secretary of the Workers' Party of Korea, "
                              "met with a delegation of the Communist Party of Vietnam headed by To Lam, general "
                              "secretary of its Central Committee, at the Party Central Committee headquarters.",
                              NULL);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "To Lam"));
    assert_true(meeting(&t, "John Abbot", "To Lam"));
    test_doc_free(&t);
}

/* "Later, Prime Minister C and his Lao counterpart co-chaired ..., during which they witnessed the
 * signing": the Lao prime minister named before is the counterpart (no name after the words) */
static void test_and_his_counterpart_unnamed(void **state)
{
    (void)state;
    test_doc t = test_extract("HANOI, Nov 12, 2025 (VNA) - Party General Secretary John Abbot on Wednesday received "
                              "visiting Lao Prime Minister Jane Roe. Later, Prime Minister Max Mustermann and his Lao "
                              "counterpart co-chaired the meeting of the Vietnam-Laos Intergovernmental Committee, during "
                              "which they witnessed the signing of 12 cooperation documents.",
                              NULL);
    assert_true(meeting(&t, "Max Mustermann", "Jane Roe"));
    const parley_event *ag = last_agreement(&t);
    assert_non_null(ag);
    assert_true(has_participant(&t, ag, "Jane Roe"));
    test_doc_free(&t);
}

/* "Present there were A and B, members of the Presidium": both are people, present at the
 * meeting just told */
static void test_names_before_plural_role_present(void **state)
{
    (void)state;
    test_doc t = test_extract("PYONGYANG, Nov 18 (KCNA) -- John Abbot, general secretary of the Workers' Party of Korea, "
                              "met with Vietnamese President Jane Roe at the Party Central Committee headquarters. "
                              "Present there were Max Mustermann and Erika Svensson, members of the Presidium of the "
                              "Political Bureau.",
                              NULL);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Max Mustermann"));
    assert_true(meeting(&t, "John Abbot", "Max Mustermann"));
    assert_true(meeting(&t, "Jane Roe", "Erika Svensson"));
    test_doc_free(&t);
}

/* "X, who arrived in Seoul on Monday, also met Y a day earlier" after Friday's talks: the day
 * before the talks, not the arrival's */
static void test_arrival_day_and_day_earlier(void **state)
{
    (void)state;
    test_doc t = test_extract("SEOUL, Nov. 14, 2025 (Yonhap) -- Defense Minister John Abbot and U.S. Secretary of War "
                              "Jane Roe held talks in Seoul on Friday. Roe, who arrived in Seoul on Monday, also met "
                              "Abbot a day earlier.",
                              NULL);
    size_t n = 0;
    for (size_t i = 0; i < t.ex->n_events; i++)
        if (t.ex->events[i].type == PARLEY_EVENT_MEETING) {
            assert_string_equal(t.ex->events[i].date, n == 0 ? "2025-11-14" : "2025-11-13");
            n++;
        }
    assert_int_equal(n, 2);
    test_doc_free(&t);
}

/* "A and B signed a deal ..., at a ceremony in Arusha attended by C": C was there, at the
 * meeting, but signed nothing */
static void test_signing_ceremony_attended_by(void **state)
{
    (void)state;
    test_doc t = test_extract("Kenya's President John Abbot and his Tanzanian counterpart Jane Roe on Thursday signed a "
                              "deal to build a pipeline, at a ceremony in Arusha attended by Ugandan Vice President Max "
                              "Mustermann.",
                              "2026-04-03");
    const parley_event *ag = last_agreement(&t);
    assert_non_null(ag);
    assert_int_equal(ag->n_participants, 2);
    assert_true(has_participant(&t, ag, "John Abbot"));
    assert_true(has_participant(&t, ag, "Jane Roe"));
    assert_true(meeting(&t, "John Abbot", "Max Mustermann"));
    assert_place(&t, ag, "Arusha");
    test_doc_free(&t);
}

/* "received a phone call on Sunday from X, Minister of Foreign Affairs of Iran": X is a person
 * (no place after "from"), the caller; the receiver keeps his own country */
static void test_call_from_name_with_office(void **state)
{
    (void)state;
    test_doc t = test_extract("Muscat: Sayyid John Abbot, Minister of Foreign Affairs, received a phone call on Sunday from "
                              "Jane Roe, Minister of Foreign Affairs of the Islamic Republic of Iran.",
                              "2025-11-03");
    const parley_entity *a = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Jane Roe");
    assert_non_null(a);
    assert_string_equal(a->country, "Iran");
    const parley_entity *b = find_ent(t.ex, PARLEY_ENTITY_PERSON, "John Abbot");
    assert_non_null(b);
    assert_string_equal(b->country, "Oman");
    bool call = false;
    for (size_t k = 0; k < t.ex->n_events; k++)
        call |= t.ex->events[k].type == PARLEY_EVENT_CALL && t.ex->events[k].n_participants == 2;
    assert_true(call);
    /* (a city after "from" stays a place: "flew in from Kabul, the capital") */
    test_doc u = test_extract("The minister flew in from Kabul, the capital, on Sunday.", "2025-11-03");
    assert_null(find_ent(u.ex, PARLEY_ENTITY_PERSON, "Kabul"));
    test_doc_free(&u);
    test_doc_free(&t);
}

/* "X on Monday met Y", "X on Nov. 3 received Y": an untitled name before the day and a verb of
 * persons is a person, and so is the one received after them */
static void test_subject_then_day_then_verb(void **state)
{
    (void)state;
    test_doc t = test_extract("John Abbot on Monday met Jane Roe in New York.", "2025-09-23");
    assert_true(meeting(&t, "John Abbot", "Jane Roe"));
    test_doc_free(&t);
    t = test_extract("Max Mustermann on Nov. 3 received Erika Svensson in Paris. Tom Tailor yesterday held talks with "
                     "Anna Berg.",
                     "2025-11-05");
    assert_true(meeting(&t, "Max Mustermann", "Erika Svensson"));
    assert_true(meeting(&t, "Tom Tailor", "Anna Berg"));
    test_doc_free(&t);
    /* (a place before the day stays one: "Paris on Monday hosted the summit") */
    t = test_extract("New York on Monday hosted a summit of leaders.", "2025-09-23");
    assert_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "New York"));
    test_doc_free(&t);
}

/* "X met Y on Friday, a day after speaking by phone with Z": the call happened, the day before,
 * between X and Z (a clause's own caller when it names one); "hours before a video call with Z"
 * may not have happened yet: no call */
static void test_call_of_an_after_clause(void **state)
{
    (void)state;
    test_doc t = test_extract("President John Abbot met President Jane Roe in Paris on Friday, a day after speaking by "
                              "phone with President Max Mustermann.",
                              "2025-10-17");
    const parley_event *call = find_meeting(t.ex, PARLEY_EVENT_CALL, "John Abbot", "Max Mustermann");
    assert_non_null(call);
    assert_int_equal(call->n_participants, 2);
    assert_string_equal(call->date, "2025-10-16");
    assert_false(meeting(&t, "Jane Roe", "Max Mustermann"));
    test_doc_free(&t);
    t = test_extract("President John Abbot met President Jane Roe in Paris on Friday, two days after Erika Svensson spoke "
                     "by phone with President Max Mustermann.",
                     "2025-10-17");
    call = find_meeting(t.ex, PARLEY_EVENT_CALL, "Erika Svensson", "Max Mustermann");
    assert_non_null(call);
    assert_string_equal(call->date, "2025-10-15");
    assert_null(find_meeting(t.ex, PARLEY_EVENT_CALL, "John Abbot", "Max Mustermann"));
    test_doc_free(&t);
    t = test_extract("President John Abbot hosted President Jane Roe in Paris on Friday, hours before a video call with "
                     "President Max Mustermann.",
                     "2025-10-17");
    assert_null(find_meeting(t.ex, PARLEY_EVENT_CALL, "John Abbot", "Max Mustermann"));
    test_doc_free(&t);
}

/* "X was accompanied by his chief of staff, A, and Prime Minister B": both of X's country, in a
 * story datelined in the host's capital; not one named after ", while" */
static void test_suite_of_a_known_country(void **state)
{
    (void)state;
    test_doc t = test_extract("WASHINGTON (AP) - President John Abbot met Ukrainian President Jane Roe at the White House on "
                              "Friday, a day after speaking by phone with Russian President Max Mustermann.\n\nRoe was "
                              "accompanied by her chief of staff, Tom Tailor, and Prime Minister Erika Svensson.",
                              "2025-10-17");
    const parley_entity *e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Erika Svensson");
    assert_non_null(e);
    assert_non_null(e->country);
    assert_string_equal(e->country, "Ukraine");
    test_doc_free(&t);
    t = test_extract("HAVANA - Belarusian Prime Minister John Abbot met Cuban President Jane Roe. Abbot was accompanied by "
                     "the Belarusian ambassador in Havana, Tom Tailor, while the Cuban side included Deputy Prime Minister "
                     "Erika Svensson.",
                     "2025-10-17");
    e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Erika Svensson");
    assert_non_null(e);
    assert_non_null(e->country);
    assert_string_equal(e->country, "Cuba");
    test_doc_free(&t);
}

/* "A and B sat in on the meeting": both at the meeting just told */
static void test_sat_in_on_the_meeting(void **state)
{
    (void)state;
    test_doc t = test_extract("President John Abbot met Ukrainian President Jane Roe at the White House on Friday. Vice "
                              "President Max Mustermann and Secretary of State Erika Svensson sat in on the meeting.",
                              "2025-10-17");
    assert_true(meeting(&t, "John Abbot", "Max Mustermann"));
    assert_true(meeting(&t, "Jane Roe", "Erika Svensson"));
    size_t n = 0;
    for (size_t k = 0; k < t.ex->n_events; k++)
        n += t.ex->events[k].type == PARLEY_EVENT_MEETING;
    assert_int_equal(n, 1);
    test_doc_free(&t);
}

/* "X received Y at the Casa Rosada, in a meeting that also included Economy Minister A and chief of
 * staff B": A and B at the one meeting, of the host's country */
static void test_meeting_that_also_included(void **state)
{
    (void)state;
    test_doc t = test_extract("President John Abbot received US Treasury Secretary Jane Roe at the Casa Rosada on Tuesday, "
                              "in a meeting that also included Economy Minister Max Mustermann and presidential chief of "
                              "staff Erika Svensson.",
                              "2026-01-14");
    size_t n = 0;
    for (size_t k = 0; k < t.ex->n_events; k++)
        n += t.ex->events[k].type == PARLEY_EVENT_MEETING;
    assert_int_equal(n, 1);
    assert_true(meeting(&t, "Jane Roe", "Max Mustermann"));
    assert_true(meeting(&t, "Jane Roe", "Erika Svensson"));
    const parley_entity *host = find_ent(t.ex, PARLEY_ENTITY_PERSON, "John Abbot");
    const parley_entity *e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Max Mustermann");
    assert_non_null(host);
    assert_non_null(e);
    assert_non_null(host->country);
    assert_non_null(e->country);
    assert_string_equal(e->country, host->country);
    test_doc_free(&t);
}

/* "A and B laid the foundation of a pipeline in Nakhchivan on Nov. 19. The two leaders later held
 * a tete-a-tete meeting": with no event and no dateline before, the meeting is where the sentence
 * that put them together says; "C attended the signing, along with D": both at the meeting */
static void test_group_meeting_where_they_were(void **state)
{
    (void)state;
    test_doc t = test_extract("Turkish President John Abbot and his Azerbaijani counterpart Jane Roe laid the foundation of a "
                              "natural gas pipeline in Nakhchivan on Nov. 19. The two leaders later held a tete-a-tete "
                              "meeting.",
                              "2025-11-20");
    const parley_event *ev = find_meeting(t.ex, PARLEY_EVENT_MEETING, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_place(&t, ev, "Nakhchivan");
    assert_string_equal(ev->date, "2025-11-19");
    test_doc_free(&t);
    t = test_extract("Crown Prince John Abbot received Pakistan's Prime Minister Jane Roe in Riyadh on Wednesday. During the "
                     "meeting, they signed a defense agreement. Pakistan's army chief, Field Marshal Max Mustermann, "
                     "attended the signing, along with Saudi Defense Minister Prince Tom Tailor.",
                     "2026-03-27");
    assert_true(meeting(&t, "Jane Roe", "Max Mustermann"));
    assert_true(meeting(&t, "John Abbot", "Tom Tailor"));
    size_t n = 0;
    for (size_t k = 0; k < t.ex->n_events; k++)
        n += t.ex->events[k].type == PARLEY_EVENT_MEETING;
    assert_int_equal(n, 1);
    test_doc_free(&t);
}

/* "A and B will meet in Paris next week, a spokesperson said on Friday": the meeting to come has
 * no day (not the saying's Friday) */
static void test_next_week_not_the_sayings_day(void **state)
{
    (void)state;
    test_doc t = test_extract("German Chancellor John Abbot and French President Jane Roe will meet in Paris next week to "
                              "discuss tariffs, a government spokesperson said on Friday.",
                              "2026-01-09");
    const parley_event *ev = find_meeting(t.ex, PARLEY_EVENT_MEETING, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_int_equal(ev->status, PARLEY_STATUS_PLANNED);
    assert_string_equal(ev->date, "");
    assert_place(&t, ev, "Paris");
    test_doc_free(&t);
    /* ("will meet next month": that month still) */
    t = test_extract("German Chancellor John Abbot and French President Jane Roe will meet in Paris next month, a "
                     "spokesperson said on Friday.",
                     "2026-01-09");
    ev = find_meeting(t.ex, PARLEY_EVENT_MEETING, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_string_equal(ev->date, "2026-02");
    test_doc_free(&t);
}

/* "B, who conveyed a message from His Majesty King C": C sent the message, of B's country, at no
 * meeting; "Minister of Amiri Diwan Affairs" names no seat of government's city */
static void test_message_from_his_majesty(void **state)
{
    (void)state;
    test_doc t = test_extract("KUWAIT, May 6 (KUNA) -- The Amir received Bahrain's Minister of Foreign Affairs John Abbot, who "
                              "conveyed a message from His Majesty King Jane Roe. The meeting was attended by Minister of "
                              "Amiri Diwan Affairs Sheikh Max Mustermann.",
                              "2026-05-06");
    const parley_entity *e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Jane Roe");
    assert_non_null(e);
    assert_non_null(e->country);
    assert_string_equal(e->country, "Bahrain");
    assert_false(meeting(&t, "John Abbot", "Jane Roe"));
    assert_null(find_ent(t.ex, PARLEY_ENTITY_LOCATION, "Doha"));
    test_doc_free(&t);
}

/* "X met Hamas negotiators in Doha on Tuesday ... A and B also took part in the talks": the talks
 * of X with no one named, then those who took part: one meeting of the three, its evidence the
 * join words */
static void test_also_took_part_in_unnamed_talks(void **state)
{
    (void)state;
    test_doc t = test_extract("Qatar's Prime Minister John Abbot met Hamas negotiators in Doha on Tuesday, according to a "
                              "source briefed on the talks.\n\nEgyptian intelligence chief Jane Roe and US envoy Max "
                              "Mustermann also took part in the talks.",
                              "2026-04-30");
    const parley_event *ev = find_meeting(t.ex, PARLEY_EVENT_MEETING, "John Abbot", "Max Mustermann");
    assert_non_null(ev);
    assert_int_equal(ev->n_participants, 3);
    assert_true(has_participant(&t, ev, "Jane Roe"));
    assert_place(&t, ev, "Doha");
    assert_string_equal(ev->date, "2026-04-28");
    assert_true(ev->n_evidence >= 2);
    assert_string_equal(ev->evidence[1].trigger, "also took part");
    test_doc_free(&t);
}

/* "Mexico City, May 19 (Prensa Latina) X received ... Y. Foreign Secretary A and Canadian Foreign
 * Minister B also participated in the meeting": A is of the host's country (not the agency's) */
static void test_participated_in_the_reception(void **state)
{
    (void)state;
    test_doc t = test_extract("Mexico City, May 19 (Prensa Latina) Mexican President John Abbot on Monday received in the "
                              "National Palace the Prime Minister of Canada, Jane Roe, with whom she discussed trade.\n\n"
                              "Foreign Secretary Max Mustermann and Canadian Foreign Minister Erika Svensson also "
                              "participated in the meeting.",
                              "2026-05-19");
    const parley_entity *e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Max Mustermann");
    assert_non_null(e);
    assert_non_null(e->country);
    assert_string_equal(e->country, "Mexico");
    assert_true(meeting(&t, "Jane Roe", "Max Mustermann"));
    test_doc_free(&t);
}

/* "X received the credentials of five new ambassadors ... Presenting their credentials were
 * Ambassador A of Sweden, Ambassador B of the United Arab Emirates and Ambassador C of Poland":
 * each met X, each of the country after the name (C no "Emirates and Ambassador") */
static void test_presenting_credentials_were(void **state)
{
    (void)state;
    test_doc t = test_extract("MANILA - President John Abbot on Thursday received the credentials of three new ambassadors "
                              "in a ceremony at Malacanang Palace.\n\nPresenting their credentials were Ambassador Jane Roe "
                              "of Sweden, Ambassador Max Mustermann of the United Arab Emirates and Ambassador Erika "
                              "Svensson of Poland.",
                              "2026-08-15");
    assert_true(meeting(&t, "John Abbot", "Jane Roe"));
    assert_true(meeting(&t, "John Abbot", "Erika Svensson"));
    assert_false(meeting(&t, "Jane Roe", "Max Mustermann"));
    const parley_entity *e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Erika Svensson");
    assert_non_null(e);
    assert_string_equal(e->title, "Ambassador");
    assert_string_equal(e->country, "Poland");
    test_doc_free(&t);
}

/* "X received a delegation of US senators led by Senator A ... X thanked the delegation, which also
 * included Senators B and C, for ...": B and C at the meeting; "delegation of US" no body */
static void test_delegation_which_also_included(void **state)
{
    (void)state;
    test_doc t = test_extract("President John Abbot received a delegation of US senators led by Senator Jane Roe at the "
                              "Presidential Office in Taipei yesterday.\n\nAbbot thanked the delegation, which also "
                              "included Senators Max Mustermann and Erika Svensson, for their support.",
                              "2026-08-27");
    assert_true(meeting(&t, "John Abbot", "Max Mustermann"));
    assert_true(meeting(&t, "Jane Roe", "Erika Svensson"));
    size_t n = 0;
    for (size_t k = 0; k < t.ex->n_events; k++)
        n += t.ex->events[k].type == PARLEY_EVENT_MEETING;
    assert_int_equal(n, 1);
    for (size_t k = 0; k < t.ex->n_entities; k++)
        assert_false(t.ex->entities[k].type == PARLEY_ENTITY_ORGANIZATION && strstr(t.ex->entities[k].name, "delegation"));
    test_doc_free(&t);
}

/* "X was visited by Y": a meeting; "Y, who became the first foreign leader to hold talks with
 * her": a first told as done, not a meeting to come (but "will be the first to hold talks") */
static void test_first_to_hold_talks_and_visited_by(void **state)
{
    (void)state;
    test_doc t = test_extract("Japanese Prime Minister John Abbot was visited by Australian Prime Minister Jane Roe in Tokyo "
                              "on Wednesday.",
                              "2026-10-22");
    const parley_event *ev = find_meeting(t.ex, PARLEY_EVENT_MEETING, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_int_equal(ev->status, PARLEY_STATUS_OCCURRED);
    assert_string_equal(ev->date, "2026-10-21");
    test_doc_free(&t);
    t = test_extract("TOKYO - Japanese Prime Minister John Abbot was visited Wednesday by Australian Prime Minister Jane "
                     "Roe, who became the first foreign leader to hold talks with her since she took office.",
                     "2026-10-22");
    ev = find_meeting(t.ex, PARLEY_EVENT_MEETING, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_int_equal(ev->status, PARLEY_STATUS_OCCURRED);
    assert_string_equal(ev->date, "2026-10-21");
    test_doc_free(&t);
    t = test_extract("Australian Prime Minister Jane Roe will be the first foreign leader to hold talks with Japanese Prime "
                     "Minister John Abbot.",
                     "2026-10-22");
    ev = find_meeting(t.ex, PARLEY_EVENT_MEETING, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_int_equal(ev->status, PARLEY_STATUS_PLANNED);
    test_doc_free(&t);
}

/* "Spokesman C said the two leaders also discussed preparations for the summit, which A will
 * co-chair with D" after A's call with B: no meeting of the spokesman, nor of D */
static void test_which_clause_of_a_thing_own_subject(void **state)
{
    (void)state;
    test_doc t = test_extract("Egypt's President John Abbot received on Sunday a phone call from Qatar's Emir Sheikh Jane "
                              "Roe.\n\nPresidential spokesman Max Mustermann said the two leaders also discussed "
                              "preparations for the peace summit, which Abbot will co-chair with US President Erika "
                              "Svensson.",
                              "2026-10-05");
    for (size_t k = 0; k < t.ex->n_events; k++)
        assert_false(t.ex->events[k].type == PARLEY_EVENT_MEETING && t.ex->events[k].status == PARLEY_STATUS_OCCURRED);
    assert_non_null(find_meeting(t.ex, PARLEY_EVENT_CALL, "John Abbot", "Jane Roe"));
    test_doc_free(&t);
}

/* "X received a call from A and later met B at the PM House": a call with A, a meeting with B
 * ("received" is the call's word); "held talks with C and called on D at the headquarters in
 * Rawalpindi": C where the story is, D in Rawalpindi */
static void test_received_call_and_later_met(void **state)
{
    (void)state;
    test_doc t = test_extract("ISLAMABAD: Prime Minister John Abbot on Tuesday received a call from Turkish President Jane "
                              "Roe and later met visiting Iranian Foreign Minister Max Mustermann at the PM House.\n\n"
                              "Mustermann also held talks with his Pakistani counterpart Erika Svensson and called on Field "
                              "Marshal Tom Tailor at the General Headquarters in Rawalpindi.",
                              "2026-11-12");
    assert_non_null(find_meeting(t.ex, PARLEY_EVENT_CALL, "John Abbot", "Jane Roe"));
    assert_true(meeting(&t, "John Abbot", "Max Mustermann"));
    assert_null(find_meeting(t.ex, PARLEY_EVENT_CALL, "John Abbot", "Max Mustermann"));
    const parley_event *ev = find_meeting(t.ex, PARLEY_EVENT_MEETING, "Max Mustermann", "Erika Svensson");
    assert_non_null(ev);
    assert_place(&t, ev, "Islamabad");
    ev = find_meeting(t.ex, PARLEY_EVENT_MEETING, "Max Mustermann", "Tom Tailor");
    assert_non_null(ev);
    assert_place(&t, ev, "Rawalpindi");
    test_doc_free(&t);
    /* (no dateline: the first group where the meeting told before was, "met A in Jakarta. She
     * also met B and called on C at the Merdeka Palace") */
    t = test_extract("Foreign Minister John Abbot has met her Indonesian counterpart Jane Roe in Jakarta.\n\nShe also met "
                     "Indonesian Defence Minister Max Mustermann and called on President Erika Svensson at the Merdeka "
                     "Palace.", "2026-05-14");
    ev = meeting(&t, "John Abbot", "Max Mustermann");
    assert_place(&t, ev, "Jakarta");
    test_doc_free(&t);
}

/* "A and B signed a loan agreement in Brussels. The signing followed a meeting of the two leaders,
 * which was also attended by C and D": C and D at A's and B's meeting, no meeting of their own */
static void test_meeting_of_the_two_which_attended(void **state)
{
    (void)state;
    test_doc t = test_extract("Commission President John Abbot and Ukrainian President Jane Roe signed a loan agreement in "
                              "Brussels on Friday.\n\nThe signing followed a meeting of the two leaders, which was also "
                              "attended by European Council President Max Mustermann and Ukrainian Prime Minister Erika "
                              "Svensson.",
                              "2026-10-18");
    size_t n = 0;
    for (size_t k = 0; k < t.ex->n_events; k++)
        n += t.ex->events[k].type == PARLEY_EVENT_MEETING;
    assert_int_equal(n, 1);
    assert_true(meeting(&t, "John Abbot", "Erika Svensson"));
    assert_true(meeting(&t, "Jane Roe", "Max Mustermann"));
    test_doc_free(&t);
}

/* "A and B met in Berlin, with C and D joining by video": C and D at no meeting */
static void test_with_others_joining_by_video(void **state)
{
    (void)state;
    test_doc t = test_extract("Chancellor John Abbot and Ukrainian President Jane Roe met in Berlin on Wednesday, with Finnish "
                              "President Max Mustermann and UK Prime Minister Erika Svensson joining by video.",
                              "2026-07-30");
    const parley_event *ev = find_meeting(t.ex, PARLEY_EVENT_MEETING, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_int_equal(ev->n_participants, 2);
    assert_false(meeting(&t, "John Abbot", "Max Mustermann"));
    test_doc_free(&t);
    t = test_extract("Chancellor John Abbot and Ukrainian President Jane Roe met in Berlin, with President Max Mustermann "
                     "and Prime Minister Erika Svensson taking part virtually.",
                     "2026-07-30");
    assert_false(meeting(&t, "Jane Roe", "Erika Svensson"));
    assert_true(meeting(&t, "John Abbot", "Jane Roe"));
    test_doc_free(&t);
}

/* "Deputy Prime Minister and Foreign Minister A and his Thai counterpart later co-chaired ...": a
 * title of two offices still opens the sentence; the counterpart is the Thai minister named before */
static void test_two_office_title_and_his_counterpart(void **state)
{
    (void)state;
    test_doc t = test_extract("Prime Minister John Abbot received Thai Foreign Minister Jane Roe in Phnom Penh.\n\nDeputy "
                              "Prime Minister and Foreign Minister Max Mustermann and his Thai counterpart later co-chaired "
                              "the Joint Commission.",
                              "2026-02-21");
    assert_true(meeting(&t, "Max Mustermann", "Jane Roe"));
    assert_true(meeting(&t, "John Abbot", "Jane Roe"));
    test_doc_free(&t);
}

/* "The document was signed in Kyiv by A and B in the presence of President C": a signing the
 * signers attended, with C there ("signed on Thursday by": the same) */
static void test_signed_in_a_city_by(void **state)
{
    (void)state;
    test_doc t = test_extract("Ukraine and the Netherlands have signed an agreement on drones. The document was signed in "
                              "Kyiv by Minister of Strategic Industries John Abbot and Dutch Defense Minister Jane Roe in the "
                              "presence of President Max Mustermann.",
                              "2026-07-11");
    const parley_event *ev = find_meeting(t.ex, PARLEY_EVENT_MEETING, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_true(has_participant(&t, ev, "Max Mustermann"));
    assert_place(&t, ev, "Kyiv");
    const parley_event *ag = last_agreement(&t);
    assert_non_null(ag);
    assert_false(has_participant(&t, ag, "Max Mustermann"));
    test_doc_free(&t);
    t = test_extract("The document was signed on Thursday by Ukrainian Minister John Abbot and Dutch Defense Minister Jane "
                     "Roe.",
                     "2026-07-11");
    ev = find_meeting(t.ex, PARLEY_EVENT_MEETING, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_string_equal(ev->date, "2026-07-09");
    test_doc_free(&t);
}

/* '"We met in Kazan in October last year," A said' after A's talks with B (or in a transcript's
 * turn): the two met then and there too; not "We met with farmers", nor a spokesman's "we" */
static void test_we_met_again(void **state)
{
    (void)state;
    test_doc t = test_extract("President John Abbot held talks in the Kremlin with President Jane Roe.\n\n\"We met in Kazan in "
                              "October last year,\" Abbot said.",
                              "2026-05-12");
    bool kazan = false;
    for (size_t k = 0; k < t.ex->n_events; k++) {
        const parley_event *ev = &t.ex->events[k];
        if (ev->type == PARLEY_EVENT_MEETING && strcmp(ev->date, "2025-10") == 0) {
            kazan = true;
            assert_place(&t, ev, "Kazan");
            assert_true(has_participant(&t, ev, "Jane Roe"));
        }
    }
    assert_true(kazan);
    test_doc_free(&t);
    t = test_extract("President John Abbot held talks in the Kremlin with President Jane Roe.\n\n\"We met in Kazan in "
                     "October last year,\" spokesman Max Mustermann said. We met with farmers in Kazan later.",
                     "2026-05-12");
    size_t n = 0;
    for (size_t k = 0; k < t.ex->n_events; k++)
        n += t.ex->events[k].type == PARLEY_EVENT_MEETING;
    assert_int_equal(n, 1);
    test_doc_free(&t);
}

/* "A and B discussed ties in a phone call. During the conversation on Wednesday, the two also
 * exchanged views on the upcoming meeting ..., which both plan to attend": the call of Wednesday;
 * the meeting to come takes no day of the opener's */
static void test_during_the_conversation_on_a_day(void **state)
{
    (void)state;
    test_doc t = test_extract("Iran's Foreign Minister John Abbot and his Egyptian counterpart Jane Roe have discussed "
                              "bilateral ties in a phone call.\n\nDuring the conversation on Wednesday, the two top diplomats "
                              "also exchanged views on the upcoming meeting of the foreign ministers in Istanbul, which both "
                              "plan to attend.",
                              "2026-04-09");
    const parley_event *call = find_meeting(t.ex, PARLEY_EVENT_CALL, "John Abbot", "Jane Roe");
    assert_non_null(call);
    assert_string_equal(call->date, "2026-04-08");
    for (size_t k = 0; k < t.ex->n_events; k++)
        if (t.ex->events[k].type == PARLEY_EVENT_MEETING)
            assert_string_not_equal(t.ex->events[k].date, "2026-04-15");
    test_doc_free(&t);
}

/* "A and B shook hands at the White House, where they signed the Accords in the presence of
 * President C": C at the meeting, no signer */
static void test_where_they_signed_in_presence(void **state)
{
    (void)state;
    test_doc t = test_extract("Rwandan President John Abbot and his Congolese counterpart Jane Roe shook hands at the White "
                              "House on Thursday, where they signed the Washington Accords in the presence of US President "
                              "Max Mustermann.",
                              "2026-11-26");
    const parley_event *ag = last_agreement(&t);
    assert_non_null(ag);
    assert_int_equal(ag->n_participants, 2);
    assert_false(has_participant(&t, ag, "Max Mustermann"));
    assert_true(meeting(&t, "John Abbot", "Max Mustermann"));
    test_doc_free(&t);
}

/* "A later hosted a state dinner for B and his wife, C": the couple received together, one
 * meeting of the three */
static void test_dinner_for_a_couple(void **state)
{
    (void)state;
    test_doc t = test_extract("President John Abbot held a summit with Chinese President Jane Roe in Gyeongju. Abbot later "
                              "hosted a state dinner for Roe and his wife, Erika Svensson.",
                              "2026-10-30");
    assert_true(meeting(&t, "Jane Roe", "Erika Svensson"));
    assert_true(meeting(&t, "John Abbot", "Erika Svensson"));
    test_doc_free(&t);
}

/* "A, who led a delegation that included officers, also held talks with B. The delegation then
 * travelled to Niamey, where it was received by C": the delegation is A's, who met C */
static void test_delegation_of_who_led_it(void **state)
{
    (void)state;
    test_doc t = test_extract("President John Abbot received Russian Deputy Defence Minister Jane Roe in Bamako on Wednesday."
                              "\n\nRoe, who led a delegation that included officers, also held talks with Defence Minister "
                              "General Max Mustermann. The delegation then travelled to Niamey, where it was received by "
                              "General Erika Svensson.",
                              "2026-06-05");
    const parley_event *ev = find_meeting(t.ex, PARLEY_EVENT_MEETING, "Jane Roe", "Erika Svensson");
    assert_non_null(ev);
    assert_place(&t, ev, "Niamey");
    assert_false(meeting(&t, "John Abbot", "Erika Svensson"));
    test_doc_free(&t);
}

/* "A hosted B in Berlin on Wednesday. The two governments signed a declaration, which ministers C
 * and D put their names to": C and D, of the two countries of the talks just told, sign at them
 * (their day and place); one of a third country does not */
static void test_signing_ministers_of_talks_countries(void **state)
{
    (void)state;
    test_doc t = test_extract("German Chancellor John Abbot hosted Canadian Prime Minister Jane Roe in Berlin on Wednesday.\n\n"
                              "The two governments signed a joint declaration on hydrogen, which German Economy Minister Max "
                              "Mustermann and Canada's Energy Minister Erika Svensson put their names to.",
                              "2026-01-22");
    const parley_event *ag = last_agreement(&t);
    assert_non_null(ag);
    assert_true(has_participant(&t, ag, "Max Mustermann"));
    assert_string_equal(ag->date, "2026-01-21");
    assert_place(&t, ag, "Berlin");
    test_doc_free(&t);
    t = test_extract("German Chancellor John Abbot hosted Canadian Prime Minister Jane Roe in Berlin on Wednesday.\n\n"
                     "The two governments signed a joint declaration on hydrogen, which French Economy Minister Max "
                     "Mustermann and Canada's Energy Minister Erika Svensson put their names to.",
                     "2026-01-22");
    ag = last_agreement(&t);
    assert_non_null(ag);
    assert_string_not_equal(ag->date, "2026-01-21");
    test_doc_free(&t);
}

/* "X later toured the port of Tanga with Vice President Y": the site toured together is in the
 * city named after "of", the meeting's place (not the dateline's or the talks') */
static void test_tour_site_of_city_place(void **state)
{
    (void)state;
    test_doc t = test_extract("President John Abbot on Monday hosted Ugandan President Jane Roe at State House in Dar es "
                              "Salaam.\n\nRoe later toured the port of Tanga with Vice President Max Mustermann.",
                              "2026-08-18");
    const parley_event *ev = meeting(&t, "Jane Roe", "Max Mustermann");
    assert_place(&t, ev, "Tanga");
    test_doc_free(&t);
    t = test_extract("President John Abbot on Monday hosted Ugandan President Jane Roe at State House in Dar es "
                     "Salaam.\n\nRoe later visited the port of Tanga, accompanied by Vice President Max Mustermann.",
                     "2026-08-18");
    ev = meeting(&t, "Jane Roe", "Max Mustermann");
    assert_place(&t, ev, "Tanga");
    test_doc_free(&t);
}

/* "A and B later attended a dinner offered by King C": the host meets them (so "given by") */
static void test_dinner_offered_by_host(void **state)
{
    (void)state;
    test_doc t = test_extract("Prime Minister John Abbot received Portuguese Prime Minister Jane Roe in Madrid on Thursday.\n\n"
                              "Abbot and Roe later attended a dinner offered by King Max Mustermann at the Royal Palace.",
                              "2026-06-26");
    assert_non_null(meeting(&t, "Jane Roe", "Max Mustermann"));
    assert_non_null(meeting(&t, "John Abbot", "Max Mustermann"));
    test_doc_free(&t);
    t = test_extract("Prime Minister John Abbot received Portuguese Prime Minister Jane Roe in Madrid on Thursday.\n\n"
                     "Both leaders later attended a state banquet given by King Max Mustermann.", "2026-06-26");
    assert_non_null(meeting(&t, "Jane Roe", "Max Mustermann"));
    test_doc_free(&t);
}

/* "The meeting, which took place on Wednesday, focused on trade", "The talks, held on
 * Wednesday, ...": the meeting told before, told again with its day in a clause */
static void test_meeting_which_took_place_on_day(void **state)
{
    (void)state;
    static const char *const again[] = {"The meeting, which took place on Wednesday, focused on trade.",
                                        "The talks, held on Wednesday, focused on trade.",
                                        "The talks, which were held on Wednesday, focused on trade.", NULL};
    for (int k = 0; again[k]; k++) {
        char text[512];
        snprintf(text, sizeof text, "The Minister of Foreign Affairs, John Abbot, has received the Ambassador of Korea, "
                                    "Jane Roe, in Abuja.\n\n%s", again[k]);
        test_doc t = test_extract(text, "2026-09-11");
        const parley_event *ev = meeting(&t, "John Abbot", "Jane Roe");
        assert_non_null(ev);
        assert_string_equal(ev->date, "2026-09-09");
        test_doc_free(&t);
    }
}

/* "discussed the implementation of the framework agreement signed in December", told in June: a
 * document referred to, signed in another month than the story's, is no agreement of the story */
static void test_document_signed_in_another_month(void **state)
{
    (void)state;
    test_doc t = test_extract("Prime Minister John Abbot held a meeting with Chinese Ambassador Jane Roe on Sunday.\n\nDuring "
                              "the meeting, the two discussed the implementation of the Belt and Road Initiative framework "
                              "agreement signed in December.", "2026-06-30");
    assert_null(last_agreement(&t));
    test_doc_free(&t);
    /* (in the story's month, it may be the story's) */
    t = test_extract("Prime Minister John Abbot held a meeting with Chinese Ambassador Jane Roe on Sunday.\n\nThe two "
                     "discussed the framework agreement signed in June.", "2026-06-30");
    assert_non_null(last_agreement(&t));
    test_doc_free(&t);
}

/* "With Mr. B, the Secretary-General discussed ... He also met C": the office said as the
 * subject is the focus's (A's), so "He" is still A */
static void test_office_subject_keeps_focus(void **state)
{
    (void)state;
    test_doc t = test_extract("Secretary-General John Abbot held separate meetings with President Jane Roe of Brazil and "
                              "President Max Mustermann of Nigeria.\n\nWith Mr. Mustermann, the Secretary-General discussed "
                              "the situation in the Sahel.\n\nHe also met the Foreign Minister of Iran, Erika Svensson, on "
                              "Thursday.", "2026-09-26");
    assert_non_null(meeting(&t, "John Abbot", "Erika Svensson"));
    assert_null(meeting(&t, "Max Mustermann", "Erika Svensson"));
    test_doc_free(&t);
}

/* "Macron told Salam that France would host a conference": a gathering to host, no meeting of
 * the sentence's people */
static void test_host_a_conference_to_come(void **state)
{
    (void)state;
    test_doc t = test_extract("PARIS - President John Abbot received Prime Minister Jane Roe at the Elysee Palace on Tuesday.\n\n"
                              "Abbot told Roe that France would host a conference on Lebanon's reconstruction.", "2026-10-14");
    size_t planned = 0;
    for (size_t i = 0; i < t.ex->n_events; i++)
        planned += t.ex->events[i].status == PARLEY_STATUS_PLANNED;
    assert_int_equal(planned, 0);
    test_doc_free(&t);
}

/* "The message was handed over by the Ambassador, A, during his reception by Deputy Minister B":
 * a message delivered in person at a reception is a meeting of the two, no call */
static void test_message_handed_at_reception(void **state)
{
    (void)state;
    test_doc t = test_extract("Riyadh, SPA -- Minister of Foreign Affairs John Abbot received here today a written message from "
                              "the Minister of Foreign Affairs of Tajikistan, Jane Roe.\n\nThe message was handed over by the "
                              "Ambassador of Tajikistan to the Kingdom, Max Mustermann, during his reception by Deputy Minister "
                              "of Foreign Affairs Erika Svensson.", "2026-01-28");
    assert_non_null(find_meeting(t.ex, PARLEY_EVENT_MEETING, "Max Mustermann", "Erika Svensson"));
    assert_null(find_meeting(t.ex, PARLEY_EVENT_CALL, "Max Mustermann", "Erika Svensson"));
    test_doc_free(&t);
}

/* "A met B in Rome. The two ministers then took part in a trilateral meeting with C": the group
 * and C, one meeting of three */
static void test_group_trilateral_with_third(void **state)
{
    (void)state;
    static const char *const verbs[] = {"held a trilateral meeting with", "took part in a trilateral meeting with", NULL};
    for (int k = 0; verbs[k]; k++) {
        char text[512];
        snprintf(text, sizeof text, "Foreign Minister John Abbot met on Monday with Greek Foreign Minister Jane Roe in Rome.\n\n"
                                    "The two ministers then %s Cypriot Foreign Minister Max Mustermann.", verbs[k]);
        test_doc t = test_extract(text, "2026-02-03");
        assert_non_null(meeting(&t, "Jane Roe", "Max Mustermann"));
        assert_non_null(meeting(&t, "John Abbot", "Max Mustermann"));
        test_doc_free(&t);
    }
}

/* "paid a two-day visit to Seoul on 10-11 June. On the first day, ... On the second day, X met
 * Y": the visit's days counted from its first */
static void test_on_the_second_day_of_visit(void **state)
{
    (void)state;
    test_doc t = test_extract("Minister of National Defence John Abbot paid a two-day visit to Seoul on 10-11 June.\n\nOn the "
                              "first day, the minister met with his South Korean counterpart Jane Roe.\n\nOn the second day, "
                              "Abbot visited the plant in Changwon and met with the company's CEO, Max Mustermann.",
                              "2026-06-12");
    const parley_event *ev = meeting(&t, "John Abbot", "Max Mustermann");
    assert_non_null(ev);
    assert_string_equal(ev->date, "2026-06-11");
    ev = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_string_equal(ev->date, "2026-06-10");
    test_doc_free(&t);
}

/* "A and B discussed the implementation of the Defence Cooperation Agreement signed in August
 * 2024": the signing's date is not the discussion's, so no second meeting of the pair; "X was
 * also received by Y. Minister Z attended.": Z at that meeting; "was granted an audience with" */
static void test_document_signed_date_not_events(void **state)
{
    (void)state;
    test_doc t = test_extract("JAKARTA - Defense Minister John Abbot received Australian Defence Minister Jane Roe in Jakarta on "
                              "Tuesday.\n\nAbbot and Roe discussed the implementation of the Defence Cooperation Agreement "
                              "signed in August 2024.\n\nRoe was also received by President Max Mustermann at the Merdeka "
                              "Palace. Coordinating Minister Erika Svensson attended.", "2026-04-08");
    size_t pair = 0;
    for (size_t i = 0; i < t.ex->n_events; i++) {
        const parley_event *ev = &t.ex->events[i];
        pair += ev->type == PARLEY_EVENT_MEETING && has_participant(&t, ev, "John Abbot") && has_participant(&t, ev, "Jane Roe");
        if (ev->type == PARLEY_EVENT_MEETING)
            assert_string_equal(ev->date, "2026-04-07");
    }
    assert_int_equal(pair, 1);
    assert_non_null(meeting(&t, "Max Mustermann", "Erika Svensson"));
    test_doc_free(&t);
    t = test_extract("Prime Minister John Abbot welcomed Cambodian Prime Minister Jane Roe on Thursday.\n\nLater, Roe was "
                     "granted an audience with His Majesty King Max Mustermann.", "2026-03-27");
    assert_non_null(meeting(&t, "Jane Roe", "Max Mustermann"));
    test_doc_free(&t);
}

/* "X received a phone call from Y, during which they discussed ... Later, X received Z. A and B
 * attended the meeting.": the meeting with Z, not a meeting made of the call's words */
static void test_attended_after_call_and_meeting(void **state)
{
    (void)state;
    test_doc t = test_extract("AMMAN - King John Abbot on Thursday received a phone call from Syrian President Jane Roe, during "
                              "which they discussed border security.\n\nLater in the day, King Abbot received US commander Adm. "
                              "Max Mustermann at the palace.\n\nCrown Prince Erika Svensson and Chairman of the Joint Chiefs of "
                              "Staff Maj. Gen. Tom Tailor attended the meeting.", "2026-01-09");
    assert_non_null(meeting(&t, "Max Mustermann", "Tom Tailor"));
    assert_null(meeting(&t, "Jane Roe", "Tom Tailor"));
    assert_null(find_meeting(t.ex, PARLEY_EVENT_MEETING, "John Abbot", "Jane Roe"));
    test_doc_free(&t);
}

/* "The two presidents presided over the signing of agreements on defence, which were signed by
 * their foreign ministers, A and B" two sentences after the talks: signed at the talks (their
 * day and place); the clause is said of the documents, not of another time */
static void test_signing_by_ministers_which_clause(void **state)
{
    (void)state;
    test_doc t = test_extract("Mozambique's President John Abbot has held talks in Kigali with his Rwandan counterpart Jane Roe "
                              "on Monday.\n\nAbbot, on a two-day state visit, also laid a wreath at the memorial.\n\nThe two "
                              "presidents presided over the signing of agreements on defence, health and agriculture, which were "
                              "signed by their foreign ministers, Mozambique's Max Mustermann and Rwanda's Erika Svensson.",
                              "2026-10-06");
    const parley_event *ag = last_agreement(&t);
    assert_non_null(ag);
    assert_true(has_participant(&t, ag, "Erika Svensson"));
    assert_string_equal(ag->date, "2026-10-05");
    assert_place(&t, ag, "Kigali");
    test_doc_free(&t);
}

/* "A hosted B and C at a meeting in Budapest, where the three leaders discussed energy": one
 * meeting of the three (so B met C) */
static void test_hosted_two_counted_together(void **state)
{
    (void)state;
    test_doc t = test_extract("BUDAPEST - Hungarian Prime Minister John Abbot hosted Slovak Prime Minister Jane Roe and Serbian "
                              "President Max Mustermann at a meeting in Budapest on Friday, where the three leaders discussed "
                              "energy security.", "2026-09-19");
    assert_non_null(meeting(&t, "Jane Roe", "Max Mustermann"));
    test_doc_free(&t);
    /* (not each met apart: "received A and B") */
    t = test_extract("BUDAPEST - Hungarian Prime Minister John Abbot received Slovak Prime Minister Jane Roe and Serbian "
                     "President Max Mustermann on Friday.", "2026-09-19");
    assert_null(meeting(&t, "Jane Roe", "Max Mustermann"));
    test_doc_free(&t);
    /* "held talks with A and B in a trilateral format": one meeting */
    t = test_extract("JEDDAH: Saudi Foreign Minister John Abbot held talks in Jeddah on Wednesday with Iraqi Foreign Minister "
                     "Jane Roe and Syrian Foreign Minister Max Mustermann in a trilateral format.", "2026-02-13");
    assert_non_null(meeting(&t, "Jane Roe", "Max Mustermann"));
    test_doc_free(&t);
}

/* "received Y a week earlier", "two days earlier", "three weeks earlier": so many days before the
 * meeting told; "in El-Alamein": an Arabic article glued by a hyphen opens a place's name */
static void test_weeks_and_days_earlier(void **state)
{
    (void)state;
    static const char *const whens[] = {"a week earlier", "two days earlier", "three weeks earlier", NULL};
    static const char *const days[] = {"2026-07-22", "2026-07-27", "2026-07-08", NULL};
    for (int k = 0; whens[k]; k++) {
        char text[512];
        snprintf(text, sizeof text, "Egypt's President John Abbot met on Wednesday with Libyan Council head Jane Roe in "
                                    "El-Alamein.\n\nAbbot had received the commander of the army, Max Mustermann, in the same "
                                    "city %s.", whens[k]);
        test_doc t = test_extract(text, "2026-07-30");
        const parley_event *ev = meeting(&t, "John Abbot", "Max Mustermann");
        assert_non_null(ev);
        assert_string_equal(ev->date, days[k]);
        ev = meeting(&t, "John Abbot", "Jane Roe");
        assert_place(&t, ev, "El-Alamein");
        test_doc_free(&t);
    }
}

/* "Lam spoke highly of the outcomes of the talks between A and B earlier that day": the talks are
 * A's and B's, the one who judges them no side */
static void test_judged_talks_between_others(void **state)
{
    (void)state;
    test_doc t = test_extract("Hanoi (VNA) - Party General Secretary John Abbot hosted a reception in Hanoi on November 19 for "
                              "Lao Chairman Jane Roe.\n\nAbbot spoke highly of the outcomes of the talks between Chairman Jane "
                              "Roe and Chairman Max Mustermann earlier that day.", "2026-11-20");
    assert_non_null(meeting(&t, "Jane Roe", "Max Mustermann"));
    assert_null(meeting(&t, "John Abbot", "Max Mustermann"));
    test_doc_free(&t);
}

/* "C attended the meeting, and D joined by phone": D joined from afar, at no meeting */
static void test_joined_by_phone_not_at_meeting(void **state)
{
    (void)state;
    test_doc t = test_extract("RIYADH - U.S. President John Abbot met Syria's interim President Jane Roe in Riyadh on Wednesday.\n\n"
                              "Saudi Crown Prince Max Mustermann attended the meeting, and Turkish President Erika Svensson "
                              "joined by phone.", "2026-05-15");
    assert_non_null(meeting(&t, "Jane Roe", "Max Mustermann"));
    assert_null(meeting(&t, "Jane Roe", "Erika Svensson"));
    test_doc_free(&t);
}

/* "X received in Baghdad on Wednesday a phone call from A, and later met B": the meeting of the
 * second clause on the call's day, where X was */
static void test_call_then_later_met_day_place(void **state)
{
    (void)state;
    test_doc t = test_extract("Iraqi Prime Minister John Abbot received in Baghdad on Wednesday a phone call from Iranian "
                              "President Jane Roe, and later met the visiting Turkish Foreign Minister Max Mustermann.",
                              "2026-10-23");
    const parley_event *ev = meeting(&t, "John Abbot", "Max Mustermann");
    assert_non_null(ev);
    assert_string_equal(ev->date, "2026-10-21");
    assert_place(&t, ev, "Baghdad");
    assert_null(meeting(&t, "John Abbot", "Jane Roe"));
    test_doc_free(&t);
}

/* "King A and Queen B arrived in Tokyo on Monday. The royal couple met Emperor C": the couple
 * named together before, both at the meeting */
static void test_royal_couple_group(void **state)
{
    (void)state;
    test_doc t = test_extract("TOKYO - King John Abbot and Queen Jane Roe arrived in Tokyo on Monday.\n\nThe royal couple met "
                              "Emperor Max Mustermann at the Imperial Palace on Tuesday.", "2026-03-03");
    assert_non_null(meeting(&t, "John Abbot", "Max Mustermann"));
    assert_non_null(meeting(&t, "Jane Roe", "Max Mustermann"));
    test_doc_free(&t);
}

/* "King A and Queen B arrived in Tokyo. The royal couple met Emperor C and Empress D ... Prime
 * Minister E paid a courtesy call on the king": the couple (no meeting told before) meets the
 * two; "the king", "the British monarch" the one named so */
static void test_royal_couple_meets_two_and_the_king(void **state)
{
    (void)state;
    test_doc t = test_extract("TOKYO (Kyodo) -- Britain's King John Abbot and Queen Jane Roe arrived in Tokyo on Monday for a "
                              "state visit.\n\nThe royal couple met Emperor Max Mustermann and Empress Erika Svensson at the "
                              "Imperial Palace on Tuesday.\n\nPrime Minister Tom Tailor paid a courtesy call on the king on "
                              "Wednesday.", "2026-03-25");
    assert_non_null(meeting(&t, "Jane Roe", "Erika Svensson"));
    assert_non_null(meeting(&t, "John Abbot", "Max Mustermann"));
    assert_non_null(meeting(&t, "Tom Tailor", "John Abbot"));
    test_doc_free(&t);
}

/* "X later had tea with King Y at Buckingham Palace": a meal together is a meeting */
static void test_had_tea_with(void **state)
{
    (void)state;
    test_doc t = test_extract("LONDON - Prime Minister John Abbot and Chancellor Jane Roe signed a treaty in London on "
                              "Thursday.\n\nRoe later had tea with King Max Mustermann at Buckingham Palace.", "2026-07-19");
    assert_non_null(meeting(&t, "Jane Roe", "Max Mustermann"));
    test_doc_free(&t);
}

/* "had met C in Riyadh the week before", "the previous week": some day of the week before the
 * publication's, its month (as "last week") */
static void test_the_week_before(void **state)
{
    (void)state;
    static const char *const whens[] = {"the week before", "the previous week", NULL};
    for (int k = 0; whens[k]; k++) {
        char text[512];
        snprintf(text, sizeof text, "PARIS - President John Abbot received Syrian President Jane Roe at the Elysee Palace on "
                                    "Tuesday.\n\nRoe had met Saudi Crown Prince Max Mustermann in Riyadh %s.", whens[k]);
        test_doc t = test_extract(text, "2026-12-02");
        const parley_event *ev = meeting(&t, "Jane Roe", "Max Mustermann");
        assert_non_null(ev);
        assert_string_equal(ev->date, "2026-11");
        test_doc_free(&t);
    }
}

/* "met Chinese Ambassador X on Sept. 4 to discuss preparations for President Y's state visit to
 * China": the visit prepared is no place of the meeting (the dateline's Astana) */
static void test_visit_to_prepare_no_place(void **state)
{
    (void)state;
    test_doc t = test_extract("ASTANA - Kazakh Foreign Minister John Abbot met with Chinese Ambassador Jane Roe on Sept. 4 to "
                              "discuss preparations for President Max Mustermann's state visit to China.", "2026-09-05");
    const parley_event *ev = meeting(&t, "John Abbot", "Jane Roe");
    assert_place(&t, ev, "Astana");
    test_doc_free(&t);
}

/* "had dinner with King A and Queen B", "received King A and Queen B": a royal couple, together */
static void test_royal_couple_received_together(void **state)
{
    (void)state;
    test_doc t = test_extract("THE HAGUE - U.S. President John Abbot had dinner with King Jane Roe and Queen Max Mustermann at the "
                              "royal palace on Tuesday.", "2026-06-25");
    assert_non_null(meeting(&t, "Jane Roe", "Max Mustermann"));
    test_doc_free(&t);
}

/* "A hosted B and C for talks in Nairobi": one meeting of the three; "B and C later held a
 * one-on-one meeting without A": A not at it */
static void test_hosted_for_talks_and_without(void **state)
{
    (void)state;
    test_doc t = test_extract("NAIROBI (Reuters) - Kenya's President John Abbot hosted Congolese President Jane Roe and Rwanda's "
                              "President Max Mustermann for talks in Nairobi on Thursday.\n\nMustermann and Roe later held a "
                              "one-on-one meeting without Abbot, officials said.", "2026-03-06");
    assert_non_null(meeting(&t, "Jane Roe", "Max Mustermann"));
    size_t with_abbot = 0;
    for (size_t i = 0; i < t.ex->n_events; i++)
        with_abbot += t.ex->events[i].type == PARLEY_EVENT_MEETING && has_participant(&t, &t.ex->events[i], "John Abbot");
    assert_int_equal(with_abbot, 1);
    test_doc_free(&t);
}

/* "The Europeans, including A, B and C, joined Z for a multilateral meeting after his bilateral
 * talks with Y": "his" of a plural subject is Z's, so Z met Y, not A */
static void test_his_after_plural_subject(void **state)
{
    (void)state;
    test_doc t = test_extract("WASHINGTON (Reuters) - U.S. President Tom Tailor hosted Ukrainian President Jane Roe and seven "
                              "European leaders at the White House on Monday.\n\nThe Europeans, including German Chancellor John "
                              "Abbot, French President Max Mustermann and British Prime Minister Erika Svensson, joined Roe for a "
                              "multilateral meeting after his bilateral talks with Tailor.", "2026-08-19");
    assert_null(meeting(&t, "John Abbot", "Tom Tailor"));
    assert_non_null(meeting(&t, "Jane Roe", "Tom Tailor"));
    test_doc_free(&t);
}

static void test_discussed_document_signed_before(void **state)
{
    (void)state;
    /* "met A, who hosted the summit, and B to discuss the free trade agreement signed in July":
     * meetings of the story's day, no signing, nothing to come */
    test_doc t = test_extract("John Abbot held talks with Jane Roe in Johannesburg on Tuesday. The prime minister also met "
                              "the South African president, Max Mustermann, who hosted the summit, and the Indian prime "
                              "minister, Erika Svensson, to discuss the free trade agreement signed in July.",
                              "2026-11-04");
    const parley_event *ev = meeting(&t, "John Abbot", "Erika Svensson");
    assert_non_null(ev);
    assert_int_equal(ev->status, PARLEY_STATUS_OCCURRED);
    assert_string_equal(ev->date, "2026-11-03");
    ev = meeting(&t, "John Abbot", "Max Mustermann");
    assert_non_null(ev);
    assert_int_equal(ev->status, PARLEY_STATUS_OCCURRED);
    assert_null(last_agreement(&t));
    test_doc_free(&t);
}

static void test_owned_country_no_place(void **state)
{
    (void)state;
    /* "discussed investment opportunities in Syria's reconstruction": no place; the visit's city */
    test_doc t = test_extract("RIYADH - Foreign Minister John Abbot received Syrian Foreign Minister Jane Roe in Riyadh on "
                              "Thursday. Roe also met with Minister of Investment Max Mustermann, and they discussed "
                              "investment opportunities in Syria's reconstruction.",
                              "2026-03-27");
    const parley_event *ev = meeting(&t, "Jane Roe", "Max Mustermann");
    assert_non_null(ev);
    assert_place(&t, ev, "Riyadh");
    test_doc_free(&t);
}

static void test_visit_owner_pronoun(void **state)
{
    (void)state;
    /* "B's visit came days after he met C in Beirut": "he" is the visit's owner, not the host in
     * focus */
    test_doc t = test_extract("French President John Abbot received Lebanese President Jane Roe at the Elysee Palace on "
                              "Friday. Roe's visit came days after he met US envoy Max Mustermann in Beirut.",
                              "2026-12-01");
    assert_non_null(meeting(&t, "Jane Roe", "Max Mustermann"));
    assert_null(meeting(&t, "John Abbot", "Max Mustermann"));
    test_doc_free(&t);
}

static void test_part_of_the_talks(void **state)
{
    (void)state;
    /* "A and B were also part of the talks": both joined the meeting told; "ULAN BATOR" opens a
     * dateline of Ulaanbaatar */
    test_doc t = test_extract("ULAN BATOR, Dec 2 - Prime Minister John Abbot on Tuesday held talks with visiting President "
                              "Jane Roe here. Foreign Minister Max Mustermann and Foreign Minister Erika Svensson were also "
                              "part of the talks.",
                              "2026-12-03");
    const parley_event *ev = meeting(&t, "John Abbot", "Erika Svensson");
    assert_non_null(ev);
    assert_true(has_participant(&t, ev, "Max Mustermann"));
    assert_place(&t, ev, "Ulaanbaatar");
    test_doc_free(&t);
}

static void test_represented_sides(void **state)
{
    (void)state;
    /* "Foreign ministers of A, B and C met in X. A was represented by P, B by Q, and C by R": the
     * three met, each of the country they represented */
    test_doc t = test_extract("Foreign ministers of Kenya, Ethiopia and Somalia met in Addis Ababa on Monday to discuss "
                              "regional security. Kenya was represented by Foreign Minister John Abbot, Ethiopia by "
                              "Foreign Minister Jane Roe, and Somalia by Foreign Minister Max Mustermann.",
                              "2026-09-30");
    const parley_event *ev = meeting(&t, "John Abbot", "Max Mustermann");
    assert_non_null(ev);
    assert_true(has_participant(&t, ev, "Jane Roe"));
    assert_string_equal(ev->date, "2026-09-28");
    assert_place(&t, ev, "Addis Ababa");
    assert_person_country(t.ex, "John Abbot", "Kenya");
    assert_person_country(t.ex, "Jane Roe", "Ethiopia");
    assert_person_country(t.ex, "Max Mustermann", "Somalia");
    test_doc_free(&t);
    /* ... not when the meeting is to come */
    t = test_extract("Foreign ministers of Kenya, Ethiopia and Somalia will meet in Addis Ababa on Monday. Kenya was "
                     "represented by Foreign Minister John Abbot, Ethiopia by Foreign Minister Jane Roe.",
                     "2026-09-24");
    assert_null(meeting(&t, "John Abbot", "Jane Roe"));
    test_doc_free(&t);
}

static void test_name_and_office_opening(void **state)
{
    (void)state;
    /* "BRUSSELS - X Y and Canadian Prime Minister Z signed ...": a name opening the story's
     * sentence, joined by "and" to an office and a name, is a person */
    test_doc t = test_extract("BRUSSELS - Ursula von der Leyen and Canadian Prime Minister Jane Roe signed a security and "
                              "defense partnership on Monday, at an EU-Canada summit in Brussels.",
                              "2026-11-18");
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Ursula von der Leyen"));
    assert_non_null(meeting(&t, "Ursula von der Leyen", "Jane Roe"));
    test_doc_free(&t);
}

static void test_separate_meetings_with_groups(void **state)
{
    (void)state;
    /* "X hosted Hamas negotiators and Israeli officials in separate meetings in Cairo. A met B,
     * while the Israeli delegation was headed by C": no one meeting of X and the people named
     * next */
    test_doc t = test_extract("Egyptian President John Abbot hosted Hamas negotiators and Israeli officials in separate "
                              "meetings in Cairo on Monday. Egypt's intelligence chief Jane Roe met Hamas political chief "
                              "Max Mustermann, while the Israeli delegation was headed by Shin Bet director Erika Svensson.",
                              "2026-06-17");
    assert_null(meeting(&t, "John Abbot", "Max Mustermann"));
    assert_null(meeting(&t, "John Abbot", "Erika Svensson"));
    assert_non_null(meeting(&t, "Jane Roe", "Max Mustermann"));
    test_doc_free(&t);
}

static void test_accompanied_during_meeting(void **state)
{
    (void)state;
    /* "A and B accompanied C during the meeting": they join C's meeting told before, no new one */
    test_doc t = test_extract("President John Abbot received Malaysian Prime Minister Jane Roe at the Merdeka Palace on "
                              "Monday. Foreign Minister Max Mustermann and State Secretary Erika Svensson accompanied "
                              "Abbot during the meeting.",
                              "2026-05-26");
    const parley_event *ev = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_true(has_participant(&t, ev, "Max Mustermann"));
    assert_true(has_participant(&t, ev, "Erika Svensson"));
    size_t n = 0;
    for (size_t i = 0; i < t.ex->n_events; i++)
        n += t.ex->events[i].type == PARLEY_EVENT_MEETING;
    assert_int_equal(n, 1);
    test_doc_free(&t);
    /* ... also after the meeting told again by its people ("A and B discussed X") */
    t = test_extract("President John Abbot received Malaysian Prime Minister Jane Roe at the Merdeka Palace on Monday. "
                     "Abbot and Roe discussed palm oil exports. Foreign Minister Max Mustermann and State Secretary Erika "
                     "Svensson accompanied Abbot during the meeting.",
                     "2026-05-26");
    ev = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_true(has_participant(&t, ev, "Erika Svensson"));
    test_doc_free(&t);
}

static void test_due_later_this_year(void **state)
{
    (void)state;
    /* "on Thursday met B ... and discussed the annual summit, due later this year": Thursday */
    test_doc t = test_extract("External affairs minister John Abbot on Thursday met his Russian counterpart Jane Roe in "
                              "Moscow and discussed the annual summit, due later this year.",
                              "2026-08-08");
    const parley_event *ev = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_string_equal(ev->date, "2026-08-06");
    test_doc_free(&t);
}

static void test_relative_clause_to_come_place(void **state)
{
    (void)state;
    /* "later met B, who is due to travel to Ankara next week": the meeting is where the story is;
     * "according to Xinhua" names no place */
    test_doc t = test_extract("Prime Minister John Abbot met President Jane Roe in Nicosia on Friday, according to Xinhua. "
                              "Roe later met UN envoy Max Mustermann, who is due to travel to Ankara next week.",
                              "2026-05-03");
    const parley_event *ev = meeting(&t, "Jane Roe", "Max Mustermann");
    assert_non_null(ev);
    assert_place(&t, ev, "Nicosia");
    assert_null(find_ent(t.ex, PARLEY_ENTITY_LOCATION, "Xinhua"));
    test_doc_free(&t);
}

static void test_relative_denial_main_meeting(void **state)
{
    (void)state;
    /* "A, who did not meet B after he left the summit early, also held talks with C and D": the
     * denial is the relative clause's; A met C and D */
    test_doc t = test_extract("Mexican President John Abbot met Prime Minister Jane Roe on Wednesday. Abbot, who did not "
                              "meet U.S. President Max Mustermann after he left the summit early, also held talks with "
                              "Ukrainian President Erika Svensson and South Korean President Tom Tailor.",
                              "2026-06-19");
    assert_non_null(meeting(&t, "John Abbot", "Erika Svensson"));
    assert_non_null(meeting(&t, "John Abbot", "Tom Tailor"));
    assert_null(meeting(&t, "John Abbot", "Max Mustermann"));
    test_doc_free(&t);
}

static void test_attended_by_the_office(void **state)
{
    (void)state;
    /* "met B on Wednesday, in a meeting attended by the crown prince": the crown prince named
     * before joins it */
    test_doc t = test_extract("Saudi Crown Prince John Abbot received US President Jane Roe in Riyadh on Tuesday. Roe met "
                              "Syrian President Max Mustermann on Wednesday, in a meeting attended by the crown prince.",
                              "2026-05-15");
    const parley_event *ev = meeting(&t, "Jane Roe", "Max Mustermann");
    assert_non_null(ev);
    assert_true(has_participant(&t, ev, "John Abbot"));
    test_doc_free(&t);
}

static void test_welcomed_newly_arrived(void **state)
{
    (void)state;
    /* "welcomed the newly arrived ambassadors ..., where they presented their credentials. They
     * were A, B and C": people welcomed, each met */
    test_doc t = test_extract("President John Abbot on Monday welcomed the newly arrived ambassadors of three countries at "
                              "Malacanang, where they presented their credentials. They were Ambassador Jane Roe of "
                              "Sweden, Ambassador Max Mustermann of the Czech Republic and Ambassador Erika Svensson of "
                              "Georgia.",
                              "2026-02-10");
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    assert_non_null(meeting(&t, "John Abbot", "Erika Svensson"));
    test_doc_free(&t);
}

static void test_two_leaders_joint_meeting(void **state)
{
    (void)state;
    /* "A and B met ... In X, the two leaders held a joint meeting with C": the two and C */
    test_doc t = test_extract("French President John Abbot and German Chancellor Jane Roe met for breakfast at the Elysee "
                              "Palace on Tuesday. In Chisinau, the two leaders held a joint meeting with Moldovan President "
                              "Max Mustermann.",
                              "2026-06-04");
    const parley_event *ev = meeting(&t, "Jane Roe", "Max Mustermann");
    assert_non_null(ev);
    assert_true(has_participant(&t, ev, "John Abbot"));
    test_doc_free(&t);
}

static void test_one_side_in_third_country(void **state)
{
    (void)state;
    /* "Chinese Vice-Premier X met US Treasury Secretary A and Trade Representative B in Stockholm":
     * one side met together in a third country; in the host's own country one after another */
    test_doc t = test_extract("Chinese Vice-Premier John Abbot met US Treasury Secretary Jane Roe and US Trade "
                              "Representative Max Mustermann in Stockholm on Monday for a third round of trade talks.",
                              "2026-07-30");
    assert_non_null(meeting(&t, "Jane Roe", "Max Mustermann"));
    test_doc_free(&t);
    t = test_extract("Japanese Prime Minister John Abbot arrived in Manila on Monday evening after a visit to Vietnam, "
                     "where he met Vietnamese Prime Minister Jane Roe and Vietnamese General Secretary Max Mustermann.",
                     "2025-04-29");
    assert_null(meeting(&t, "Jane Roe", "Max Mustermann"));
    test_doc_free(&t);
}

static void test_call_after_agreed_to_meet(void **state)
{
    (void)state;
    /* "spoke by phone with B on Monday, a day after the two leaders agreed to meet in person in
     * Tokyo later this month": a call, and a meeting only planned */
    test_doc t = test_extract("President John Abbot spoke by phone with Japanese Prime Minister Jane Roe on Monday, a day "
                              "after the two leaders agreed to meet in person in Tokyo later this month.",
                              "2026-05-05");
    const parley_event *ev = meeting(&t, "John Abbot", "Jane Roe");
    assert_true(ev == NULL || ev->status == PARLEY_STATUS_PLANNED);
    assert_non_null(find_meeting(t.ex, PARLEY_EVENT_CALL, "John Abbot", "Jane Roe"));
    test_doc_free(&t);
}

static void test_called_someone_a_name(void **state)
{
    (void)state;
    /* 'A called B "a great woman" in remarks before their lunch': a name for someone, no call */
    test_doc t = test_extract("U.S. President John Abbot hosted Japanese Prime Minister Jane Roe at the White House on "
                              "Friday. Abbot called Roe \"a great woman\" in brief remarks before their lunch.",
                              "2026-04-11");
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    assert_null(find_meeting(t.ex, PARLEY_EVENT_CALL, "John Abbot", "Jane Roe"));
    test_doc_free(&t);
}

static void test_standing_in_for_and_used_to_meet(void **state)
{
    (void)state;
    /* "A, standing in for President B, met C": B was not there; "X used the summit to meet Y": a
     * purpose told as done */
    test_doc t = test_extract("Chinese Premier John Abbot, standing in for President Jane Roe, met Brazilian President Max "
                              "Mustermann on Sunday. Iranian Foreign Minister Erika Svensson used the summit to meet "
                              "Mustermann.",
                              "2026-07-08");
    assert_non_null(meeting(&t, "John Abbot", "Max Mustermann"));
    assert_null(meeting(&t, "Jane Roe", "Max Mustermann"));
    const parley_event *ev = meeting(&t, "Erika Svensson", "Max Mustermann");
    assert_non_null(ev);
    assert_int_equal(ev->status, PARLEY_STATUS_OCCURRED);
    test_doc_free(&t);
}

static void test_during_which_and_who_accompanied(void **state)
{
    (void)state;
    /* "concluded a visit to Australia, during which he met B for the Annual Leaders' Meeting in
     * Canberra": the clause's meeting, in Canberra; "A, who accompanied Mr B, held separate talks
     * with C": B is not at A's talks */
    test_doc t = test_extract("SINGAPORE - Prime Minister John Abbot concluded a four-day visit to Australia on Sept 10, "
                              "during which he met Prime Minister Jane Roe for the Annual Leaders' Meeting in Canberra. "
                              "Defence Minister Max Mustermann, who accompanied Mr Abbot, held separate talks with "
                              "Australian Defence Minister Erika Svensson.",
                              "2026-09-11");
    const parley_event *ev = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_place(&t, ev, "Canberra");
    assert_non_null(meeting(&t, "Max Mustermann", "Erika Svensson"));
    assert_null(meeting(&t, "John Abbot", "Erika Svensson"));
    test_doc_free(&t);
}

static void test_object_relative_meeting(void **state)
{
    (void)state;
    /* "A later met B, who also held talks with C": B met C, not A */
    test_doc t = test_extract("German Foreign Minister John Abbot met Chinese Foreign Minister Jane Roe on Friday. Abbot "
                              "later met Ukrainian President Max Mustermann, who also held talks with European Commission "
                              "President Erika Svensson.",
                              "2026-02-21");
    assert_non_null(meeting(&t, "John Abbot", "Max Mustermann"));
    assert_non_null(meeting(&t, "Max Mustermann", "Erika Svensson"));
    assert_null(meeting(&t, "John Abbot", "Erika Svensson"));
    test_doc_free(&t);
}

static void test_arrived_together(void **state)
{
    (void)state;
    /* "met with A and B, who arrived together by train": one meeting of the three */
    test_doc t = test_extract("President of Ukraine John Abbot met in Kyiv with President of the European Council Jane Roe "
                              "and President of the European Commission Max Mustermann, who arrived together by train on "
                              "Wednesday.",
                              "2026-06-12");
    assert_non_null(meeting(&t, "Jane Roe", "Max Mustermann"));
    test_doc_free(&t);
}

/* "A and B discussed the upcoming COP30 climate conference in Belém": a gathering to come that is
 * talked of places no meeting; one they arrived for does ("arrived for the upcoming summit in Doha") */
static void test_upcoming_gathering_talked_about(void **state)
{
    (void)state;
    test_doc t = test_extract("President John Abbot met with Prime Minister Jane Roe on Tuesday. The president and "
                              "the prime minister discussed the upcoming COP30 climate conference in Belém and the "
                              "situation in Haiti.", NULL);
    const parley_event *ev = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_true(ev->place < 0);
    test_doc_free(&t);
    t = test_extract("President John Abbot met with Prime Minister Jane Roe on Tuesday to review preparations for "
                     "the forthcoming summit in Doha.", NULL);
    ev = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_true(ev->place < 0);
    test_doc_free(&t);
    /* ("to discuss preparations for the Gaza reconstruction conference in Cairo": "upcoming" or not) */
    t = test_extract("President John Abbot hosted Palestinian President Jane Roe in Istanbul on Sunday. Roe later met "
                     "Foreign Minister Max Mustermann separately to discuss preparations for the Gaza reconstruction "
                     "conference in Cairo.", NULL);
    ev = meeting(&t, "Jane Roe", "Max Mustermann");
    assert_non_null(ev);
    assert_true(ev->place < 0 || strcmp(t.ex->entities[ev->place].name, "Cairo") != 0);
    test_doc_free(&t);
    t = test_extract("President John Abbot met with Prime Minister Jane Roe on Tuesday in Doha, ahead of the "
                     "upcoming summit.", NULL);
    assert_place(&t, meeting(&t, "John Abbot", "Jane Roe"), "Doha");
    test_doc_free(&t);
}

/* "A Hamas delegation led by A met mediators in Cairo. Egypt's intelligence chief B attended the
 * talks": one who attends talks whose other side is known meets it; alone, no one is met */
static void test_unnamed_talks_one_attendee(void **state)
{
    (void)state;
    test_doc t = test_extract("Hamas negotiators met Egyptian and Qatari mediators in Cairo on Wednesday. The Hamas "
                              "delegation was led by John Abbot. Egypt's intelligence chief Jane Roe attended the talks.",
                              NULL);
    assert_place(&t, meeting(&t, "John Abbot", "Jane Roe"), "Cairo");
    test_doc_free(&t);
    t = test_extract("A Hamas delegation led by John Abbot met Egyptian and Qatari mediators in Cairo on Wednesday. "
                     "Egypt's intelligence chief Jane Roe attended the talks.", NULL);
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    test_doc_free(&t);
    t = test_extract("Hamas negotiators met Egyptian and Qatari mediators in Cairo on Wednesday. Egypt's intelligence "
                     "chief Jane Roe attended the talks.", NULL);
    for (size_t i = 0; i < t.ex->n_events; i++)
        assert_true(t.ex->events[i].type != PARLEY_EVENT_MEETING);
    test_doc_free(&t);
}

/* "crossed into Ukraine for talks in Odesa with X": the meeting's noun, where, and "with" */
static void test_talks_in_place_with(void **state)
{
    (void)state;
    test_doc t = test_extract("Foreign Minister John Abbot met President Jane Roe in Chisinau on Tuesday. He then "
                              "crossed into Ukraine for talks in Odesa with Ukrainian Foreign Minister Max Mustermann.",
                              NULL);
    assert_place(&t, meeting(&t, "John Abbot", "Max Mustermann"), "Odesa");
    assert_null(meeting(&t, "Jane Roe", "Max Mustermann"));
    test_doc_free(&t);
}

/* "reviewed the joint exercises planned for next year, including the X drills": an exercise to
 * come, of next year */
static void test_exercise_planned_for_next_year(void **state)
{
    (void)state;
    test_doc t = test_extract("Turkish Defense Minister John Abbot and his Azerbaijani counterpart Jane Roe sat down in "
                              "Baku on Monday to review the joint exercises planned for next year, including the "
                              "\"Mustafa Kemal Ataturk-2026\" drills.",
                              "2026-10-20");
    size_t n = 0;
    for (size_t i = 0; i < t.ex->n_events; i++)
        if (t.ex->events[i].type == PARLEY_EVENT_EXERCISE) {
            n++;
            assert_int_equal(t.ex->events[i].status, PARLEY_STATUS_PLANNED);
            assert_string_equal(t.ex->events[i].date, "2027");
        }
    assert_int_equal(n, 1);
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    test_doc_free(&t);
}

/* "With German Foreign Minister X, he discussed ...": the one met fronted, a pronoun for the
 * subject in focus after the comma; and "ahead of their formal talks on Tuesday" dates nothing */
static void test_fronted_with_pronoun_subject(void **state)
{
    (void)state;
    test_doc t = test_extract("External Affairs Minister John Abbot held separate meetings with his counterparts from "
                              "Saudi Arabia and Germany on Monday. With German Foreign Minister Jane Roe, he discussed "
                              "the India-EU free trade agreement.",
                              "2026-09-29");
    const parley_event *ev = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_string_equal(ev->date, "2026-09-28");
    test_doc_free(&t);
    t = test_extract("Prime Minister John Abbot on Monday hosted a dinner for visiting Malaysian Prime Minister Jane Roe "
                     "at Government House, ahead of their formal talks on Tuesday.",
                     "2026-02-03");
    ev = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_string_equal(ev->date, "2026-02-02");
    test_doc_free(&t);
}

/* "met in Abu Dhabi in what officials described as a step toward signing a peace treaty": a
 * signing to come ("toward", "ahead of the", "the way for"), no agreement; "and signed" is one */
static void test_signing_to_come_none(void **state)
{
    (void)state;
    static const char *const tails[] = {"in what officials described as a step toward signing a peace treaty",
                                        "to work towards signing a peace treaty", "ahead of the signing of a peace treaty",
                                        "paving the way for signing a peace treaty", NULL};
    for (int k = 0; tails[k]; k++) {
        char text[512];
        snprintf(text, sizeof text, "Prime Minister John Abbot and President Jane Roe met in Abu Dhabi on November 12 %s.",
                 tails[k]);
        test_doc t = test_extract(text, "2026-11-13");
        assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
        for (size_t i = 0; i < t.ex->n_events; i++)
            assert_true(t.ex->events[i].type != PARLEY_EVENT_AGREEMENT);
        test_doc_free(&t);
    }
    test_doc t = test_extract("Prime Minister John Abbot and President Jane Roe met in Abu Dhabi on November 12 and "
                              "signed a peace treaty.", "2026-11-13");
    assert_non_null(last_agreement(&t));
    test_doc_free(&t);
}

/* "A dozen European leaders gathered in Kyiv, including A. President B held a meeting with A":
 * where people gathered (or "was in") places the meeting told next */
static void test_gathered_in_places_meeting(void **state)
{
    (void)state;
    test_doc t = test_extract("A dozen European leaders gathered in Kyiv on Tuesday, including Danish Prime Minister "
                              "Jane Roe. President John Abbot held a meeting with Roe.", NULL);
    assert_place(&t, meeting(&t, "John Abbot", "Jane Roe"), "Kyiv");
    test_doc_free(&t);
    t = test_extract("Danish Prime Minister Jane Roe was in Kyiv on Tuesday. President John Abbot held a meeting with "
                     "Roe.", NULL);
    assert_place(&t, meeting(&t, "John Abbot", "Jane Roe"), "Kyiv");
    test_doc_free(&t);
}

/* "held a virtual meeting with A on Wednesday to discuss the security treaty the two countries
 * signed earlier this month": the treaty's signing is past, the call done on Wednesday; "later
 * received B" is that day's; "met A on Wednesday and agreed to sign a treaty next month": the
 * meeting done, the signing to come */
static void test_discussed_treaty_signed_before(void **state)
{
    (void)state;
    test_doc t = test_extract("President John Abbot held a virtual meeting with Australian Prime Minister Jane Roe on "
                              "Wednesday to discuss the security treaty the two countries signed earlier this month. "
                              "Abbot later received Japanese Foreign Minister Max Mustermann at the palace in Jakarta.",
                              "2026-10-30");
    const parley_event *call = find_meeting(t.ex, PARLEY_EVENT_CALL, "John Abbot", "Jane Roe");
    assert_non_null(call);
    assert_int_equal(call->status, PARLEY_STATUS_OCCURRED);
    assert_string_equal(call->date, "2026-10-28");
    const parley_event *ev = meeting(&t, "John Abbot", "Max Mustermann");
    assert_non_null(ev);
    assert_string_equal(ev->date, "2026-10-28");
    test_doc_free(&t);
    t = test_extract("President John Abbot met Australian Prime Minister Jane Roe on Wednesday and agreed to sign a "
                     "treaty next month.", "2026-10-30");
    ev = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_int_equal(ev->status, PARLEY_STATUS_OCCURRED);
    assert_string_equal(ev->date, "2026-10-28");
    const parley_event *ag = last_agreement(&t);
    assert_non_null(ag);
    assert_int_equal(ag->status, PARLEY_STATUS_PLANNED);
    test_doc_free(&t);
}

/* "Zelenskiy last met Orban in July 2024, when the Hungarian leader travelled to Moscow to meet
 * Putin": the clause's subject (named, or a role for one named before) meets Putin, and Moscow is
 * not the first meeting's place; "their first encounter since a tense exchange in Kyiv last year":
 * neither the place nor the time of what came before */
static void test_when_clause_and_since_clause(void **state)
{
    (void)state;
    static const char *const subjects[] = {"Abbot", "the Hungarian leader", NULL};
    for (int k = 0; subjects[k]; k++) {
        char text[512];
        snprintf(text, sizeof text,
                 "Hungarian Prime Minister John Abbot met Ukrainian President Jane Roe in Brussels on Thursday. Roe last "
                 "met Abbot in July 2024, when %s travelled to Moscow to meet Russian President Max Mustermann.",
                 subjects[k]);
        test_doc t = test_extract(text, "2026-06-20");
        assert_non_null(meeting(&t, "John Abbot", "Max Mustermann"));
        assert_null(meeting(&t, "Jane Roe", "Max Mustermann"));
        test_doc_free(&t);
    }
    test_doc t = test_extract("Ukrainian President Jane Roe held a meeting with Council President Max Mustermann in "
                              "Brussels on Thursday. He then met Hungarian Prime Minister John Abbot on the sidelines, "
                              "their first encounter since a tense exchange in Kyiv last year.",
                              "2026-06-20");
    const parley_event *ev = meeting(&t, "Jane Roe", "John Abbot");
    assert_non_null(ev);
    assert_string_equal(ev->date, "2026-06-18");
    assert_place(&t, ev, "Brussels");
    test_doc_free(&t);
}

/* "Also present during the meeting with the President were A and B" after the President's meeting
 * and another: they join the President's, not the last one told */
static void test_present_during_meeting_with_office(void **state)
{
    (void)state;
    test_doc t = test_extract("President John Abbot on Wednesday met with Australian Defence Minister Jane Roe at the "
                              "palace in Manila. Roe also held talks with Defense Secretary Max Mustermann at Camp "
                              "Aguinaldo on Tuesday. Also present during the meeting with the President were Executive "
                              "Secretary Lucas Bersamin and Ambassador Marc Innes-Brown.",
                              "2026-07-02");
    const parley_event *ev = meeting(&t, "John Abbot", "Lucas Bersamin");
    assert_non_null(ev);
    assert_true(has_participant(&t, ev, "Jane Roe"));
    assert_null(meeting(&t, "Max Mustermann", "Lucas Bersamin"));
    test_doc_free(&t);
}

/* "X met counterparts from Australia, Japan and the Philippines. Australia's A, Japan's B and the
 * Philippines' C issued a joint statement after the meeting": those named were at it (the evidence
 * "after the meeting"); with no meeting told without names before, nothing */
static void test_named_after_the_meeting(void **state)
{
    (void)state;
    test_doc t = test_extract("SINGAPORE: US Defense Secretary John Abbot met counterparts from Australia, Japan and the "
                              "Philippines on the sidelines of the Shangri-La Dialogue on Saturday. Australia's Jane Roe, "
                              "Japan's Max Mustermann and the Philippines' Erika Svensson issued a joint statement after "
                              "the meeting.",
                              "2026-05-30");
    const parley_event *ev = meeting(&t, "John Abbot", "Erika Svensson");
    assert_non_null(ev);
    assert_true(has_participant(&t, ev, "Jane Roe"));
    assert_int_equal(ev->n_evidence, 2);
    assert_string_equal(ev->evidence[1].trigger, "after the meeting");
    test_doc_free(&t);
    t = test_extract("Australia's Jane Roe and Japan's Max Mustermann issued a joint statement after the meeting.",
                     "2026-05-30");
    assert_null(meeting(&t, "Jane Roe", "Max Mustermann"));
    test_doc_free(&t);
}

/* "spoke with A and B by phone on Sunday": both by phone, no meeting; "Y was present at the
 * meetings": at every meeting of the subject told before */
static void test_spoke_with_two_by_phone_and_meetings(void **state)
{
    (void)state;
    test_doc t = test_extract("Prime Minister John Abbot spoke with French President Jane Roe and German Chancellor Max "
                              "Mustermann by phone on Sunday to prepare the meeting.", "2026-12-01");
    assert_null(meeting(&t, "John Abbot", "Jane Roe"));
    assert_non_null(find_meeting(t.ex, PARLEY_EVENT_CALL, "John Abbot", "Jane Roe"));
    assert_non_null(find_meeting(t.ex, PARLEY_EVENT_CALL, "John Abbot", "Max Mustermann"));
    test_doc_free(&t);
    t = test_extract("Chinese President John Abbot on Saturday met with Nepali Prime Minister Jane Roe in Tianjin. On the "
                     "same day, Abbot also met with Egyptian Prime Minister Max Mustermann and Turkish President Erika "
                     "Svensson respectively. Chinese Foreign Minister Sam Smith was present at the meetings.",
                     "2026-08-30");
    assert_non_null(meeting(&t, "Sam Smith", "Jane Roe"));
    assert_non_null(meeting(&t, "Sam Smith", "Max Mustermann"));
    assert_non_null(meeting(&t, "Sam Smith", "Erika Svensson"));
    test_doc_free(&t);
}

/* "A and B also attended the parade": a thing attended that is no meeting, meal or ceremony joins
 * no one's meeting; "also attended the talks", "the signing ceremony" do */
static void test_attended_parade_no_meeting(void **state)
{
    (void)state;
    static const char *const things[] = {"the parade", "the talks", "the signing ceremony", NULL};
    static const bool joins[] = {false, true, true};
    for (int k = 0; things[k]; k++) {
        char text[512];
        snprintf(text, sizeof text,
                 "General Secretary John Abbot held talks with Jane Roe in Pyongyang on Friday. Chinese Premier Max "
                 "Mustermann also attended %s.",
                 things[k]);
        test_doc t = test_extract(text, "2026-10-11");
        assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
        assert_true((meeting(&t, "John Abbot", "Max Mustermann") != NULL) == joins[k]);
        test_doc_free(&t);
    }
}

/* "X returned home on Tuesday after also visiting Beijing, where he met Y": a stop before the
 * arrival, on a day not said ("also" between) */
static void test_after_also_visiting(void **state)
{
    (void)state;
    test_doc t = test_extract("Prime Minister John Abbot returned home on Tuesday after also visiting Beijing, where he "
                              "met Premier Jane Roe.", "2026-09-02");
    const parley_event *ev = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_true(strlen(ev->date) <= 7);
    test_doc_free(&t);
}

/* "The two sides signed 47 agreements at a forum attended by Economy Minister X" after A received B:
 * the group signs (A and B), the one who attended is no sole signer */
static void test_group_signs_before_attendee(void **state)
{
    (void)state;
    test_doc t = test_extract("Syrian President John Abbot received a Saudi delegation headed by Investment Minister Jane "
                              "Roe in Damascus on Wednesday. The two sides signed 47 agreements at a forum attended by "
                              "Syrian Economy Minister Max Mustermann.",
                              "2026-04-24");
    const parley_event *ag = last_agreement(&t);
    assert_non_null(ag);
    assert_true(has_participant(&t, ag, "John Abbot"));
    assert_true(has_participant(&t, ag, "Jane Roe"));
    assert_string_equal(ag->date, "2026-04-22");
    test_doc_free(&t);
}

/* "Tuggar said Nigeria and Senegal would sign": the speaker's own country is still one of the two
 * named as signing; alone ("Lula said Brazil expected ... to be signed") it is only his */
static void test_speaker_tells_two_countries_sign(void **state)
{
    (void)state;
    test_doc t = test_extract("President John Abbot received Prime Minister Jane Roe of Senegal in Abuja on Tuesday. "
                              "Nigerian Foreign Minister Max Mustermann met Roe at the airport. Mustermann said "
                              "Nigeria and Senegal would sign a memorandum of understanding on energy.", "2026-04-22");
    const parley_event *ag = last_agreement(&t);
    assert_non_null(ag);
    assert_true(has_participant(&t, ag, "Nigeria") && has_participant(&t, ag, "Senegal"));
    test_doc_free(&t);
}

/* "The two presidents were joined for a working lunch by X": the words of what they were joined
 * at, between "joined" and "by", still make X one of the meeting */
static void test_joined_for_a_meal_by(void **state)
{
    (void)state;
    test_doc t = test_extract("Kazakh President John Abbot hosted his Uzbek counterpart Max Mustermann in Astana on "
                              "Tuesday. The two presidents were joined for a working lunch by Kyrgyz President Jane "
                              "Roe, who flew in from Bishkek.", "2026-05-20");
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    assert_non_null(meeting(&t, "Max Mustermann", "Jane Roe"));
    test_doc_free(&t);
}

/* "A arrived in Kyiv together with Sweden's Chief of Defence, General B, who held separate talks
 * with C": the relative clause's meeting is B's alone, not of whom B came with */
static void test_relative_clause_of_companion(void **state)
{
    (void)state;
    test_doc t = test_extract("Defense Minister John Abbot met with his Swedish counterpart Jane Roe in Kyiv on Monday. "
                              "Roe arrived in Kyiv together with Sweden's Chief of Defence, General Max Mustermann, who "
                              "held separate talks with Commander-in-Chief Tom Smith.", "2026-06-03");
    assert_non_null(meeting(&t, "Max Mustermann", "Tom Smith"));
    assert_null(meeting(&t, "Jane Roe", "Tom Smith"));
    test_doc_free(&t);
}

/* "During the meeting, A conveyed greetings from President X to King Y and Senate President Z":
 * neither the sender nor those greeted are there */
static void test_greetings_to_not_met(void **state)
{
    (void)state;
    test_doc t = test_extract("Prime Minister John Abbot and Chinese Foreign Minister Jane Roe met in Phnom Penh on "
                              "Monday. During the meeting, Roe conveyed greetings from President Max Mustermann to King "
                              "Tom Smith and Senate President Ann Lee.", "2026-07-22");
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    assert_null(meeting(&t, "Jane Roe", "Tom Smith"));
    assert_null(meeting(&t, "Jane Roe", "Ann Lee"));
    test_doc_free(&t);
}

/* "A arrived in Hanoi on Sunday for a three-day visit and held talks with B earlier in the day":
 * the day of the event told before (Monday's courtesy call), not the arrival's; but "A on
 * Thursday conferred with B, who arrived earlier in the day" keeps Thursday */
static void test_earlier_in_the_day_after_arrival(void **state)
{
    (void)state;
    test_doc t = test_extract("Defense Minister John Abbot paid a courtesy call on Vietnamese President Max Mustermann "
                              "in Hanoi on Monday, his ministry said. Abbot arrived in Hanoi on Sunday for a three-day "
                              "visit and held talks with his Vietnamese counterpart Jane Roe earlier in the day.",
                              "2026-12-01");
    const parley_event *ev = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_string_equal(ev->date, "2026-11-30");
    test_doc_free(&t);
    t = test_extract("Prime Minister John Abbot on Thursday conferred with President Jane Roe, who arrived in Addis "
                     "Ababa earlier in the day.", "2024-12-20");
    ev = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_string_equal(ev->date, "2024-12-19");
    test_doc_free(&t);
}

/* "A later left for Tehran, where he is scheduled to meet B": the meeting to come is where the
 * "where" is of, past "is scheduled to" ("is due to", "is expected to") */
static void test_where_he_is_scheduled_to_meet(void **state)
{
    (void)state;
    test_doc t = test_extract("ISLAMABAD: Interior Minister John Abbot on Tuesday met with Iranian Ambassador to "
                              "Pakistan Max Mustermann in Islamabad. Abbot later left for Tehran, where he is scheduled "
                              "to meet his Iranian counterpart Jane Roe on Wednesday.", "2026-10-06");
    const parley_event *ev = find_meeting(t.ex, PARLEY_EVENT_MEETING, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_int_equal(ev->status, PARLEY_STATUS_PLANNED);
    assert_place(&t, ev, "Tehran");
    test_doc_free(&t);
}

/* "A and B were then joined by Egyptian President C by videoconference": C joins from afar (a
 * call), past the joiner's title and name; no meeting in Athens with C */
static void test_joined_by_name_by_videoconference(void **state)
{
    (void)state;
    test_doc t = test_extract("Greek Prime Minister John Abbot and Cypriot President Jane Roe held talks in Athens on "
                              "Friday. Abbot and Roe were then joined by Egyptian President Max Mustermann by "
                              "videoconference for a trilateral discussion on energy.", "2026-03-08");
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    assert_null(meeting(&t, "John Abbot", "Max Mustermann"));
    assert_non_null(find_meeting(t.ex, PARLEY_EVENT_CALL, "John Abbot", "Max Mustermann"));
    test_doc_free(&t);
}

/* "spoke by phone with Y on Wednesday, days after the two delegations met in Riyadh": the call
 * is nowhere; "The Riyadh talks were led by A and B": A and B met, in the city naming the talks */
static void test_talks_led_by_and_call_other_clause_place(void **state)
{
    (void)state;
    test_doc t = test_extract("U.S. President John Abbot spoke by phone with Russian President Jane Roe on Wednesday, the "
                              "White House said, days after U.S. and Russian delegations met in Riyadh. The Riyadh talks "
                              "were led by Secretary of State Max Mustermann and Russian Foreign Minister Tom Smith.",
                              "2026-02-26");
    const parley_event *call = find_meeting(t.ex, PARLEY_EVENT_CALL, "John Abbot", "Jane Roe");
    assert_non_null(call);
    assert_int_equal(call->place, -1);
    const parley_event *ev = meeting(&t, "Max Mustermann", "Tom Smith");
    assert_non_null(ev);
    assert_place(&t, ev, "Riyadh");
    test_doc_free(&t);
}

/* "A held separate meetings with B, C and D ... the talks with C focused on ...": the meeting of A
 * and C told again is one event, with both pieces of evidence */
static void test_same_meeting_told_twice_is_one(void **state)
{
    (void)state;
    test_doc t = test_extract("President John Abbot on Monday held separate meetings with Ethiopian Prime Minister Jane "
                              "Roe, Somali President Max Mustermann and Djiboutian President Tom Smith in Djibouti. Abbot "
                              "and Roe discussed the LAPSSET corridor, while the talks with Mustermann focused on "
                              "security.", "2026-10-27");
    size_t n = 0;
    const parley_event *one = NULL;
    for (size_t i = 0; i < t.ex->n_events; i++) {
        const parley_event *ev = &t.ex->events[i];
        bool a = false, m = false;
        for (size_t k = 0; k < ev->n_participants; k++) {
            a |= strcmp(t.ex->entities[ev->participants[k]].name, "John Abbot") == 0;
            m |= strcmp(t.ex->entities[ev->participants[k]].name, "Max Mustermann") == 0;
        }
        if (ev->type == PARLEY_EVENT_MEETING && a && m) {
            n++;
            one = ev;
        }
    }
    assert_int_equal(n, 1);
    assert_int_equal(one->n_evidence, 2);
    test_doc_free(&t);
}

/* "The two men also attended the signing of agreements ..., with A and B signing on behalf of their
 * governments": A and B join the meeting, and the signing is told (theirs) */
static void test_attended_signing_with_signers(void **state)
{
    (void)state;
    test_doc t = test_extract("Saudi Crown Prince John Abbot met French President Jane Roe in Riyadh on Thursday. The two "
                              "men also attended the signing of agreements in energy and culture, with Saudi Energy "
                              "Minister Max Mustermann and French Foreign Minister Tom Smith signing on behalf of their "
                              "governments.", "2026-02-14");
    assert_non_null(meeting(&t, "John Abbot", "Tom Smith"));
    const parley_event *ag = last_agreement(&t);
    assert_non_null(ag);
    assert_true(has_participant(&t, ag, "Max Mustermann") && has_participant(&t, ag, "Tom Smith"));
    test_doc_free(&t);
}

/* "A, who also met Prime Minister B, signed several agreements ... with Deputy Prime Minister C":
 * the one met in the clause does not sign when the signing names its partner */
static void test_relative_met_not_signer_when_partner_named(void **state)
{
    (void)state;
    test_doc t = test_extract("Cuban President John Abbot and Venezuelan Vice President Jane Roe met in Havana on Sunday. "
                              "Roe, who also met Prime Minister Max Mustermann, signed several agreements in the areas of "
                              "energy with Deputy Prime Minister Tom Smith.", "2026-04-28");
    const parley_event *ag = last_agreement(&t);
    assert_non_null(ag);
    assert_true(has_participant(&t, ag, "Jane Roe") && has_participant(&t, ag, "Tom Smith"));
    assert_false(has_participant(&t, ag, "Max Mustermann"));
    test_doc_free(&t);
}

/* "Also on Monday, Vice Premier C held talks with B. The two sides signed ... after the talks":
 * the talks told last, named again by their noun, not the first meeting */
static void test_two_sides_after_the_talks(void **state)
{
    (void)state;
    test_doc t = test_extract("Vice President John Abbot met with Prime Minister Jane Roe in Beijing on Monday. Also on "
                              "Monday, Vice Premier Max Mustermann held talks with Roe. The two sides signed a number "
                              "of cooperation documents after the talks.", "2026-05-19");
    const parley_event *ag = last_agreement(&t);
    assert_non_null(ag);
    assert_true(has_participant(&t, ag, "Max Mustermann") && has_participant(&t, ag, "Jane Roe"));
    assert_false(has_participant(&t, ag, "John Abbot"));
    test_doc_free(&t);
}

/* "President X witnessed the signing of a peace declaration between Thailand and Cambodia": X, of
 * neither country, is a witness; the presidents of the two countries named would sign */
static void test_third_country_witness_signs_nothing(void **state)
{
    (void)state;
    test_doc t = test_extract("U.S. President John Abbot witnessed the signing of a peace declaration between Thailand "
                              "and Cambodia on Sunday.", "2026-10-25");
    const parley_event *ag = last_agreement(&t);
    assert_non_null(ag);
    assert_true(has_participant(&t, ag, "Thailand") && has_participant(&t, ag, "Cambodia"));
    assert_false(has_participant(&t, ag, "John Abbot"));
    test_doc_free(&t);
    t = test_extract("Kenyan President John Abbot and Finnish President Jane Roe witnessed the signing of an agreement on "
                     "green energy between Kenya and Finland.", "2026-10-25");
    ag = last_agreement(&t);
    assert_non_null(ag);
    assert_true(has_participant(&t, ag, "John Abbot") && has_participant(&t, ag, "Jane Roe"));
    test_doc_free(&t);
}

/* "met Y in Jakarta on Monday, where the two leaders agreed to deepen ties under a treaty signed
 * last year": no signing at the meeting */
static void test_treaty_signed_last_year_at_meeting(void **state)
{
    (void)state;
    test_doc t = test_extract("Australian Prime Minister John Abbot met Indonesian President Jane Roe in Jakarta on "
                              "Monday, where the two leaders agreed to deepen defence ties under a treaty signed last "
                              "year.", "2026-06-09");
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    assert_null(last_agreement(&t));
    test_doc_free(&t);
}

/* "Ministers from both cabinets held parallel sessions, including Foreign Ministers A and B": the
 * sessions are meetings of those named */
static void test_held_parallel_sessions_including(void **state)
{
    (void)state;
    test_doc t = test_extract("Prime Minister John Abbot hosted Chancellor Jane Roe in Warsaw on Wednesday for "
                              "consultations. Ministers from both cabinets held parallel sessions, including Foreign "
                              "Ministers Max Mustermann and Tom Smith.", "2026-04-24");
    assert_non_null(meeting(&t, "Max Mustermann", "Tom Smith"));
    test_doc_free(&t);
}

/* "the joint TurAz Qartali-2026 flight-tactical exercises to be held in Azerbaijan in September":
 * past the hyphened kind, an exercise to come */
static void test_exercise_hyphened_kind_to_come(void **state)
{
    (void)state;
    test_doc t = test_extract("During the meeting, the sides discussed the joint TurAz Qartali-2026 flight-tactical "
                              "exercises to be held in Azerbaijan in September.", "2026-09-03");
    const parley_event *x = NULL;
    for (size_t i = 0; i < t.ex->n_events; i++)
        if (t.ex->events[i].type == PARLEY_EVENT_EXERCISE)
            x = &t.ex->events[i];
    assert_non_null(x);
    assert_int_equal(x->status, PARLEY_STATUS_PLANNED);
    test_doc_free(&t);
}

static void test_counterparts_apart_and_area_place(void **state)
{
    (void)state;
    /* "A and B met separately with their counterparts C and D": A with C, B with D (by office when
     * the titles tell it, else by the order of the lists) */
    test_doc t = test_extract("Foreign Minister John Abbot and Defence Minister Mark Dunn of Ruritania met separately "
                              "with their Freedonian counterparts, Defence Minister Jane Roe and Foreign Minister Ann "
                              "Lake, in Paris on Monday.", "2026-09-03");
    assert_non_null(meeting(&t, "John Abbot", "Ann Lake"));
    assert_non_null(meeting(&t, "Mark Dunn", "Jane Roe"));
    assert_null(meeting(&t, "John Abbot", "Jane Roe"));
    assert_null(meeting(&t, "Mark Dunn", "Ann Lake"));
    test_doc_free(&t);
    /* (... "respectively": the order of the lists) */
    t = test_extract("Foreign Minister John Abbot and Defence Minister Mark Dunn met Minister Jane Roe and Minister "
                     "Ann Lake, respectively, in Paris on Monday.", "2026-09-03");
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    assert_non_null(meeting(&t, "Mark Dunn", "Ann Lake"));
    assert_null(meeting(&t, "John Abbot", "Ann Lake"));
    test_doc_free(&t);
    /* (... in a relative clause of the people who came with a visitor) */
    t = test_extract("President Paul Grey met President Tom Hale in Paris on Monday. Grey was accompanied by Foreign "
                     "Minister John Abbot and Defence Minister Mark Dunn, who met separately with their "
                     "counterparts, Defence Minister Jane Roe and Foreign Minister Ann Lake.", "2026-09-03");
    assert_non_null(meeting(&t, "John Abbot", "Ann Lake"));
    assert_non_null(meeting(&t, "Mark Dunn", "Jane Roe"));
    assert_null(meeting(&t, "John Abbot", "Jane Roe"));
    assert_null(meeting(&t, "Mark Dunn", "Ann Lake"));
    test_doc_free(&t);
    /* "met at the government complex in central Seoul": the city */
    t = test_extract("Minister John Abbot met Ambassador Jane Roe at the government complex in central Seoul on "
                     "Tuesday.", "2026-08-12");
    assert_place(&t, meeting(&t, "John Abbot", "Jane Roe"), "Seoul");
    test_doc_free(&t);
    /* (not a region of a country: "agreed on joint exercises in northern Australia") */
    t = test_extract("Minister John Abbot met Ambassador Jane Roe on Tuesday and agreed on joint exercises in "
                     "northern Australia.", "2026-08-12");
    assert_true(meeting(&t, "John Abbot", "Jane Roe")->place < 0);
    test_doc_free(&t);
    /* "X arrived in Tokyo on Sunday for a four-day visit and will also meet Y": not next Sunday */
    t = test_extract("President John Abbot arrived in Tokyo on Sunday for a four-day visit and will also meet "
                     "Emperor Paul Grey.", "2026-04-27");
    const parley_event *ev = meeting(&t, "John Abbot", "Paul Grey");
    assert_non_null(ev);
    assert_int_equal(ev->status, PARLEY_STATUS_PLANNED);
    assert_string_equal(ev->date, "");
    test_doc_free(&t);
}

static void test_earlier_in_the_week(void **state)
{
    (void)state;
    /* "X also hosted Y earlier in the week": some day of the story's week (its month), not the day
     * of the meeting told before */
    test_doc t = test_extract("President John Abbot received President Jane Roe in Paris on Friday. Abbot also hosted "
                              "General Mark Dunn earlier in the week.", "2026-03-22");
    assert_string_equal(meeting(&t, "John Abbot", "Jane Roe")->date, "2026-03-20");
    assert_string_equal(meeting(&t, "John Abbot", "Mark Dunn")->date, "2026-03");
    test_doc_free(&t);
}

static void test_they_companions_and_gerund(void **state)
{
    (void)state;
    /* "A travelled to Kyiv, accompanied by B. They were received by C before meeting D": both with
     * C, both with D */
    test_doc t = test_extract("Commission President Jane Roe travelled to Kyiv on Tuesday, accompanied by Council "
                              "President Ann Lee. They were received at the station by Foreign Minister Max Mustermann "
                              "before meeting President John Abbot.", "2026-02-25");
    const parley_event *ev = meeting(&t, "Jane Roe", "Max Mustermann");
    assert_non_null(ev);
    assert_true(has_participant(&t, ev, "Ann Lee"));
    ev = meeting(&t, "Jane Roe", "John Abbot");
    assert_non_null(ev);
    assert_true(has_participant(&t, ev, "Ann Lee"));
    test_doc_free(&t);
    /* (... "A and B discussed X, while the talks with C focused on Y": no gerund, A's alone) */
    t = test_extract("President John Abbot held separate meetings with Prime Minister Jane Roe and President Ann Lee "
                     "in Paris on Monday. Abbot and Roe discussed the corridor, while the talks with Lee focused on "
                     "security.", "2026-10-27");
    assert_null(find_meeting(t.ex, PARLEY_EVENT_MEETING, "Jane Roe", "Ann Lee"));
    test_doc_free(&t);
}

static void test_signing_ceremony_host(void **state)
{
    (void)state;
    /* "A and B signed an agreement ..., in a ceremony in Jeddah hosted by C": C hosts the meeting
     * and signs nothing */
    test_doc t = test_extract("President John Abbot and Prime Minister Jane Roe on Wednesday signed an agreement "
                              "demarcating the border, in a ceremony in Jeddah hosted by Defence Minister Max "
                              "Mustermann.", "2026-05-21");
    const parley_event *ag = last_agreement(&t);
    assert_non_null(ag);
    assert_true(has_participant(&t, ag, "John Abbot"));
    assert_true(has_participant(&t, ag, "Jane Roe"));
    assert_false(has_participant(&t, ag, "Max Mustermann"));
    assert_non_null(meeting(&t, "John Abbot", "Max Mustermann"));
    test_doc_free(&t);
}

static void test_weekday_then_date(void **state)
{
    (void)state;
    /* "on Friday, October 2, 2026" in a story of two weeks later: the date the weekday names, not
     * the last Friday before the story */
    test_doc t = test_extract("Minister John Abbot received Minister Jane Roe at the ministry on Friday, October 2, 2026.",
                              "2026-10-14");
    assert_string_equal(meeting(&t, "John Abbot", "Jane Roe")->date, "2026-10-02");
    test_doc_free(&t);
    /* (a weekday alone after a comma keeps its own reading: "on Friday, in Jakarta") */
    t = test_extract("Minister John Abbot received Minister Jane Roe on Friday, in Jakarta.", "2026-10-14");
    assert_string_equal(meeting(&t, "John Abbot", "Jane Roe")->date, "2026-10-09");
    test_doc_free(&t);
}

static void test_no_documents_signed(void **state)
{
    (void)state;
    /* "No new documents were signed": no agreement (the meeting told stands, also in the same
     * sentence: "met in Tirana, but no documents were signed") */
    test_doc t = test_extract("Prime Minister John Abbot and President Jane Roe met on May 14 in Tirana. No new documents "
                              "were signed.", "2026-05-15");
    assert_null(last_agreement(&t));
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    test_doc_free(&t);
    t = test_extract("Prime Minister John Abbot and President Jane Roe met on May 14 in Tirana, but no documents were "
                     "signed.", "2026-05-15");
    assert_null(last_agreement(&t));
    assert_non_null(meeting(&t, "John Abbot", "Jane Roe"));
    test_doc_free(&t);
}

static void test_document_topic_state(void **state)
{
    (void)state;
    /* "signed a memorandum of understanding on the use of training areas in Queensland": the state
     * is what the document is about; the signing is where the story is */
    test_doc t = test_extract("SINGAPORE - Minister John Abbot hosted Minister Jane Roe on Thursday. Abbot and Roe signed "
                              "a memorandum of understanding on the use of training areas in Queensland.", "2026-01-29");
    const parley_event *ag = last_agreement(&t);
    assert_non_null(ag);
    assert_place(&t, ag, "Singapore");
    test_doc_free(&t);
    /* (a city there is where it was signed: "signed a protocol on the state border in Batken") */
    t = test_extract("Minister John Abbot and Minister Jane Roe on Tuesday signed a protocol on the state border in "
                     "Osh.", "2024-08-07");
    assert_place(&t, last_agreement(&t), "Osh");
    test_doc_free(&t);
}

static void test_office_subject_with_companions(void **state)
{
    (void)state;
    /* "The President, who was accompanied by the Minister for Foreign Affairs, X, later travelled
     * to Niamey for talks with Y": the President (the story's), X with him, met Y */
    test_doc t = test_extract("President John Abbot has held bilateral talks with his counterpart, Captain Jane Roe, in "
                              "Ouagadougou. The President, who was accompanied by the Minister for Foreign Affairs, Max "
                              "Mustermann, later travelled to Niamey for talks with General Tom Smith.", "2026-04-09");
    const parley_event *ev = meeting(&t, "John Abbot", "Tom Smith");
    assert_non_null(ev);
    assert_true(has_participant(&t, ev, "Max Mustermann"));
    assert_place(&t, ev, "Niamey");
    assert_null(meeting(&t, "Jane Roe", "Tom Smith"));
    test_doc_free(&t);
}

static void test_exercise_not_taking_part(void **state)
{
    (void)state;
    /* "Japan did not take part this year": no participant of the drills told before */
    test_doc t = test_extract("South Korea and the United States kicked off their annual Freedom Flag air exercise on "
                              "Monday. Japan did not take part this year.", "2026-10-05");
    const parley_event *x = NULL;
    for (size_t i = 0; i < t.ex->n_events; i++)
        if (t.ex->events[i].type == PARLEY_EVENT_EXERCISE)
            x = &t.ex->events[i];
    assert_non_null(x);
    assert_int_equal(x->n_participants, 3);   /* the exercise and its two countries */
    test_doc_free(&t);
}

static void test_exercise_two_sides(void **state)
{
    (void)state;
    /* "... held talks with French Defence Minister B in New Delhi. The two sides agreed to hold the
     * next edition of exercise Shakti in France later this year": the sides' countries take part,
     * in the place said after the name */
    test_doc t = test_extract("Indian Defence Minister John Abbot held talks with French Defence Minister Jane Roe in New "
                              "Delhi on Thursday. The two sides agreed to hold the next edition of exercise Shakti in "
                              "France later this year.", "2026-02-27");
    const parley_event *x = NULL;
    for (size_t i = 0; i < t.ex->n_events; i++)
        if (t.ex->events[i].type == PARLEY_EVENT_EXERCISE)
            x = &t.ex->events[i];
    assert_non_null(x);
    assert_int_equal(x->status, PARLEY_STATUS_PLANNED);
    assert_true(has_participant(&t, x, "India"));
    assert_true(has_participant(&t, x, "France"));
    assert_place(&t, x, "France");
    test_doc_free(&t);
}

static void test_cities_with_guests(void **state)
{
    (void)state;
    /* "will travel to Paris and Warsaw on Wednesday to meet French President A and Polish Prime
     * Minister B": A in Paris, B in Warsaw */
    test_doc t = test_extract("Chancellor John Abbot will travel to Paris and Warsaw on Wednesday to meet French President "
                              "Jane Roe and Polish Prime Minister Max Mustermann.", "2026-05-06");
    const parley_event *a = find_meeting(t.ex, PARLEY_EVENT_MEETING, "John Abbot", "Jane Roe");
    const parley_event *b = find_meeting(t.ex, PARLEY_EVENT_MEETING, "John Abbot", "Max Mustermann");
    assert_place(&t, a, "Paris");
    assert_place(&t, b, "Warsaw");
    test_doc_free(&t);
    /* (not a city of no guest's country: "met A and Polish Prime Minister B in Brussels, after
     * visiting Warsaw") */
    t = test_extract("Chancellor John Abbot met Prime Minister Jane Roe and Polish Prime Minister Max Mustermann in "
                     "Brussels on Monday, a day after visiting Warsaw.", "2026-05-06");
    assert_place(&t, find_meeting(t.ex, PARLEY_EVENT_MEETING, "John Abbot", "Max Mustermann"), "Brussels");
    test_doc_free(&t);
}

static void test_along_with_companion(void **state)
{
    (void)state;
    /* "A also called on President B at the Kremlin, along with ambassador C": C comes with A, to
     * the one meeting */
    test_doc t = test_extract("Minister John Abbot met Foreign Minister Jane Roe in Moscow. Abbot also called on President "
                              "Tom Smith at the Kremlin, along with ambassador Max Mustermann.", "2026-09-21");
    const parley_event *ev = meeting(&t, "John Abbot", "Tom Smith");
    assert_non_null(ev);
    assert_true(has_participant(&t, ev, "Max Mustermann"));
    assert_int_equal(ev->n_participants, 3);
    test_doc_free(&t);
}

static void test_joined_person_in_the_talks(void **state)
{
    (void)state;
    /* "A and B met ... C and D joined A in the talks": C and D join that meeting, no meeting of
     * their own with A */
    test_doc t = test_extract("President John Abbot and President Jane Roe met for three hours in Anchorage on Friday. "
                              "Secretary Max Mustermann and envoy Tom Smith joined Abbot in the talks.", "2026-08-08");
    const parley_event *ev = meeting(&t, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_true(has_participant(&t, ev, "Max Mustermann"));
    assert_true(has_participant(&t, ev, "Tom Smith"));
    size_t meetings = 0;
    for (size_t i = 0; i < t.ex->n_events; i++)
        meetings += t.ex->events[i].type == PARLEY_EVENT_MEETING;
    assert_int_equal(meetings, 1);
    test_doc_free(&t);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_callers_included), cmocka_unit_test(test_hosted_counterparts), cmocka_unit_test(test_agency_and_delegation_members), cmocka_unit_test(test_witnessed_and_the_two_leaders), cmocka_unit_test(test_returned_to_and_during_which), cmocka_unit_test(test_held_qualified_talks), cmocka_unit_test(test_three_ministers_trilateral), cmocka_unit_test(test_came_a_day_after), cmocka_unit_test(test_tass_datelines_and_signed_by), cmocka_unit_test(test_told_meeting_grows), cmocka_unit_test(test_seats_and_gathering_city), cmocka_unit_test(test_visiting_the_country_and_upcoming_exercise), cmocka_unit_test(test_met_with_date_place), cmocka_unit_test(test_relative_dates),
        cmocka_unit_test(test_description_object_and_audience), cmocka_unit_test(test_subjectless_clause_and_spokesman),
        cmocka_unit_test(test_named_meeting_and_signing_with), cmocka_unit_test(test_title_acronym_subject),
        cmocka_unit_test(test_tour_days_and_places), cmocka_unit_test(test_exercise_participants_listed),
        cmocka_unit_test(test_opening_phrase_and_day_before), cmocka_unit_test(test_heads_of_state_and_name_list),
        cmocka_unit_test(test_message_credentials_hyphen), cmocka_unit_test(test_visiting_general_and_abroad),
        cmocka_unit_test(test_ordinal_day_and_near), cmocka_unit_test(test_statement_of_partnership),
        cmocka_unit_test(test_not_meetings),        cmocka_unit_test(test_separate_meetings),
        cmocka_unit_test(test_mentioned_again),     cmocka_unit_test(test_agreement),
        cmocka_unit_test(test_joined),             cmocka_unit_test(test_date_forms),
        cmocka_unit_test(test_places),             cmocka_unit_test(test_courtesy_and_passive),
        cmocka_unit_test(test_exercise_participants), cmocka_unit_test(test_group_reference), cmocka_unit_test(test_planned_dates),
        cmocka_unit_test(test_reporter_not_participant), cmocka_unit_test(test_summit_margins),
        cmocka_unit_test(test_dialogue_between), cmocka_unit_test(test_opening_phrase_and_near_group),
        cmocka_unit_test(test_long_names_and_styles), cmocka_unit_test(test_cancelled_and_past), cmocka_unit_test(test_clauses_of_their_own), cmocka_unit_test(test_owner_is_not_there), cmocka_unit_test(test_passive_talks_and_summons), cmocka_unit_test(test_courtesy_visit_and_camp), cmocka_unit_test(test_participle_their_meeting_and_modal_signing), cmocka_unit_test(test_meeting_then_call), cmocka_unit_test(test_supposed_cancelled_represented), cmocka_unit_test(test_night_morning_weekend), cmocka_unit_test(test_exchange_of_documents), cmocka_unit_test(test_two_clauses), cmocka_unit_test(test_coordinated_relative_subject), cmocka_unit_test(test_travel_for_talks), cmocka_unit_test(test_the_latter), cmocka_unit_test(test_witnessed_signings), cmocka_unit_test(test_meeting_told_again_and_last_met), cmocka_unit_test(test_flies_to), cmocka_unit_test(test_called_passive_future_and_journey), cmocka_unit_test(test_document_name_ends_at_verb), cmocka_unit_test(test_unnamed_office_they_last_met_and_not), cmocka_unit_test(test_parties_clause_and_two_plus_two), cmocka_unit_test(test_countries_sign_at_the_talks), cmocka_unit_test(test_separate_meetings_and_dateline_day), cmocka_unit_test(test_pronoun_inside_sentence), cmocka_unit_test(test_side_included), cmocka_unit_test(test_another_city_and_at_the_meeting), cmocka_unit_test(test_day_after_clause), cmocka_unit_test(test_negation_ends_at_but), cmocka_unit_test(test_previous_day_no_year), cmocka_unit_test(test_delegation_plan_name_dateline), cmocka_unit_test(test_after_meeting_and_ceremony), cmocka_unit_test(test_possessive_meeting_phrase), cmocka_unit_test(test_passive_to_come_present_and_second_predicate), cmocka_unit_test(test_named_meeting_and_agreement_again), cmocka_unit_test(test_not_met_called_off_and_that_day), cmocka_unit_test(test_spoke_with_and_dinner), cmocka_unit_test(test_exchanged_documents), cmocka_unit_test(test_meeting_attended_by), cmocka_unit_test(test_delegation_object_call_place_and_dateline), cmocka_unit_test(test_office_source_visiting_leader_and_past_signing), cmocka_unit_test(test_peer_welcomed_to_and_said), cmocka_unit_test(test_time_clause_own_group_presence_and_there), cmocka_unit_test(test_denied_clause_and_first_person), cmocka_unit_test(test_strategic_dialogue_and_planned_elsewhere), cmocka_unit_test(test_dateline_line_compound_talks_and_troops),
        cmocka_unit_test(test_they_and_representative_for),
        cmocka_unit_test(test_signing_ceremony_attended_by),
        cmocka_unit_test(test_call_from_name_with_office),
        cmocka_unit_test(test_subject_then_day_then_verb),
        cmocka_unit_test(test_call_of_an_after_clause),
        cmocka_unit_test(test_suite_of_a_known_country),
        cmocka_unit_test(test_sat_in_on_the_meeting),
        cmocka_unit_test(test_meeting_that_also_included),
        cmocka_unit_test(test_group_meeting_where_they_were),
        cmocka_unit_test(test_next_week_not_the_sayings_day),
        cmocka_unit_test(test_message_from_his_majesty),
        cmocka_unit_test(test_also_took_part_in_unnamed_talks),
        cmocka_unit_test(test_participated_in_the_reception),
        cmocka_unit_test(test_presenting_credentials_were),
        cmocka_unit_test(test_delegation_which_also_included),
        cmocka_unit_test(test_first_to_hold_talks_and_visited_by),
        cmocka_unit_test(test_which_clause_of_a_thing_own_subject),
        cmocka_unit_test(test_received_call_and_later_met),
        cmocka_unit_test(test_meeting_of_the_two_which_attended),
        cmocka_unit_test(test_with_others_joining_by_video),
        cmocka_unit_test(test_two_office_title_and_his_counterpart),
        cmocka_unit_test(test_signed_in_a_city_by),
        cmocka_unit_test(test_we_met_again),
        cmocka_unit_test(test_during_the_conversation_on_a_day),
        cmocka_unit_test(test_where_they_signed_in_presence),
        cmocka_unit_test(test_dinner_for_a_couple),
        cmocka_unit_test(test_delegation_of_who_led_it),
        cmocka_unit_test(test_signing_ministers_of_talks_countries),
        cmocka_unit_test(test_tour_site_of_city_place),
        cmocka_unit_test(test_dinner_offered_by_host),
        cmocka_unit_test(test_meeting_which_took_place_on_day),
        cmocka_unit_test(test_document_signed_in_another_month),
        cmocka_unit_test(test_office_subject_keeps_focus),
        cmocka_unit_test(test_host_a_conference_to_come),
        cmocka_unit_test(test_message_handed_at_reception),
        cmocka_unit_test(test_group_trilateral_with_third),
        cmocka_unit_test(test_on_the_second_day_of_visit),
        cmocka_unit_test(test_document_signed_date_not_events),
        cmocka_unit_test(test_attended_after_call_and_meeting),
        cmocka_unit_test(test_signing_by_ministers_which_clause),
        cmocka_unit_test(test_hosted_two_counted_together),
        cmocka_unit_test(test_weeks_and_days_earlier),
        cmocka_unit_test(test_judged_talks_between_others),
        cmocka_unit_test(test_joined_by_phone_not_at_meeting),
        cmocka_unit_test(test_call_then_later_met_day_place),
        cmocka_unit_test(test_royal_couple_group),
        cmocka_unit_test(test_royal_couple_meets_two_and_the_king),
        cmocka_unit_test(test_had_tea_with),
        cmocka_unit_test(test_the_week_before),
        cmocka_unit_test(test_visit_to_prepare_no_place),
        cmocka_unit_test(test_royal_couple_received_together),
        cmocka_unit_test(test_hosted_for_talks_and_without),
        cmocka_unit_test(test_his_after_plural_subject),
        cmocka_unit_test(test_discussed_document_signed_before),
        cmocka_unit_test(test_owned_country_no_place),
        cmocka_unit_test(test_visit_owner_pronoun),
        cmocka_unit_test(test_part_of_the_talks),
        cmocka_unit_test(test_represented_sides),
        cmocka_unit_test(test_name_and_office_opening),
        cmocka_unit_test(test_separate_meetings_with_groups),
        cmocka_unit_test(test_accompanied_during_meeting),
        cmocka_unit_test(test_due_later_this_year),
        cmocka_unit_test(test_relative_clause_to_come_place),
        cmocka_unit_test(test_relative_denial_main_meeting),
        cmocka_unit_test(test_attended_by_the_office),
        cmocka_unit_test(test_welcomed_newly_arrived),
        cmocka_unit_test(test_two_leaders_joint_meeting),
        cmocka_unit_test(test_one_side_in_third_country),
        cmocka_unit_test(test_call_after_agreed_to_meet),
        cmocka_unit_test(test_called_someone_a_name),
        cmocka_unit_test(test_standing_in_for_and_used_to_meet),
        cmocka_unit_test(test_during_which_and_who_accompanied),
        cmocka_unit_test(test_object_relative_meeting),
        cmocka_unit_test(test_arrived_together),
        cmocka_unit_test(test_upcoming_gathering_talked_about),
        cmocka_unit_test(test_unnamed_talks_one_attendee),
        cmocka_unit_test(test_talks_in_place_with),
        cmocka_unit_test(test_exercise_planned_for_next_year),
        cmocka_unit_test(test_fronted_with_pronoun_subject),
        cmocka_unit_test(test_signing_to_come_none),
        cmocka_unit_test(test_gathered_in_places_meeting),
        cmocka_unit_test(test_discussed_treaty_signed_before),
        cmocka_unit_test(test_when_clause_and_since_clause),
        cmocka_unit_test(test_present_during_meeting_with_office),
        cmocka_unit_test(test_named_after_the_meeting),
        cmocka_unit_test(test_spoke_with_two_by_phone_and_meetings),
        cmocka_unit_test(test_attended_parade_no_meeting),
        cmocka_unit_test(test_after_also_visiting),
        cmocka_unit_test(test_group_signs_before_attendee),
        cmocka_unit_test(test_speaker_tells_two_countries_sign),
        cmocka_unit_test(test_joined_for_a_meal_by),
        cmocka_unit_test(test_relative_clause_of_companion),
        cmocka_unit_test(test_greetings_to_not_met),
        cmocka_unit_test(test_earlier_in_the_day_after_arrival),
        cmocka_unit_test(test_where_he_is_scheduled_to_meet),
        cmocka_unit_test(test_joined_by_name_by_videoconference),
        cmocka_unit_test(test_talks_led_by_and_call_other_clause_place),
        cmocka_unit_test(test_same_meeting_told_twice_is_one),
        cmocka_unit_test(test_attended_signing_with_signers),
        cmocka_unit_test(test_relative_met_not_signer_when_partner_named),
        cmocka_unit_test(test_two_sides_after_the_talks),
        cmocka_unit_test(test_third_country_witness_signs_nothing),
        cmocka_unit_test(test_treaty_signed_last_year_at_meeting),
        cmocka_unit_test(test_held_parallel_sessions_including),
        cmocka_unit_test(test_exercise_hyphened_kind_to_come),
        cmocka_unit_test(test_counterparts_apart_and_area_place),
        cmocka_unit_test(test_earlier_in_the_week),
        cmocka_unit_test(test_they_companions_and_gerund),
        cmocka_unit_test(test_signing_ceremony_host),
        cmocka_unit_test(test_weekday_then_date),
        cmocka_unit_test(test_no_documents_signed),
        cmocka_unit_test(test_document_topic_state),
        cmocka_unit_test(test_office_subject_with_companions),
        cmocka_unit_test(test_exercise_not_taking_part),
        cmocka_unit_test(test_exercise_two_sides),
        cmocka_unit_test(test_cities_with_guests),
        cmocka_unit_test(test_along_with_companion),
        cmocka_unit_test(test_joined_person_in_the_talks), cmocka_unit_test(test_gerund_meeting_the_two_and_delegation_head), cmocka_unit_test(test_year_it_is_for_and_briefing), cmocka_unit_test(test_headline_city_abroad_and_trilateral_clause), cmocka_unit_test(test_capital_dateline_currency_and_call_place), cmocka_unit_test(test_three_in_a_later_clause_and_next_round), cmocka_unit_test(test_members_of_the_delegation), cmocka_unit_test(test_relative_signing_and_month_end), cmocka_unit_test(test_call_then_plan_and_days_of_each), cmocka_unit_test(test_signing_after_the_talks_and_square), cmocka_unit_test(test_representative_for_a_region), cmocka_unit_test(test_office_initials_and_capitalised_office_object), cmocka_unit_test(test_place_of_the_visit_told_before), cmocka_unit_test(test_credentials_list), cmocka_unit_test(test_among_those_who_attended), cmocka_unit_test(test_month_after_and_city_of_visit), cmocka_unit_test(test_cited_source_joined_meeting_visit_date), cmocka_unit_test(test_will_travel_and_meet), cmocka_unit_test(test_future_guessed_day_not_remembered), cmocka_unit_test(test_which_clause_of_a_summit), cmocka_unit_test(test_unsigned_and_sealed_and_said_after), cmocka_unit_test(test_source_of_a_signing_signs_nothing), cmocka_unit_test(test_ruler_of_a_regime_met_no_one), cmocka_unit_test(test_welcomed_a_thing), cmocka_unit_test(test_three_received_together), cmocka_unit_test(test_participle_after_passive_meeting), cmocka_unit_test(test_recalled_meeting_and_also_at_the_talks), cmocka_unit_test(test_delegation_lawmakers_met), cmocka_unit_test(test_two_countries_sign), cmocka_unit_test(test_days_of_a_visit), cmocka_unit_test(test_call_received_and_gathering_hosted), cmocka_unit_test(test_exchanged_views), cmocka_unit_test(test_delegation_members_list), cmocka_unit_test(test_initialled_and_signed_later), cmocka_unit_test(test_group_later_joined), cmocka_unit_test(test_delegation_from_led_by), cmocka_unit_test(test_second_clause_description), cmocka_unit_test(test_pontiff_welcomed), cmocka_unit_test(test_items_with_days), cmocka_unit_test(test_negated_then_having_held), cmocka_unit_test(test_invited_by_who_held_talks), cmocka_unit_test(test_second_clause_host_same_day), cmocka_unit_test(test_reports_retreats_and_initials), cmocka_unit_test(test_after_a_meeting), cmocka_unit_test(test_visited_person_and_vague_times), cmocka_unit_test(test_welcomed_it_and_earlier_in_the_week), cmocka_unit_test(test_where_clause_own_subject), cmocka_unit_test(test_seat_grounds_and_named_dialogue_pair), cmocka_unit_test(test_pair_at_their_summit), cmocka_unit_test(test_him_in_second_clause_and_before_joiners), cmocka_unit_test(test_pluperfect_before_a_journey), cmocka_unit_test(test_the_office_of_several_words), cmocka_unit_test(test_arrived_after_visiting), cmocka_unit_test(test_same_day_same_place), cmocka_unit_test(test_where_he_met_a_month_before), cmocka_unit_test(test_bare_verb_after_and_will), cmocka_unit_test(test_statement_signed_by_source), cmocka_unit_test(test_whose_clause_after_meeting), cmocka_unit_test(test_joined_for_talks), cmocka_unit_test(test_first_this_year_no_date), cmocka_unit_test(test_visiting_and_apposition_places), cmocka_unit_test(test_so_called_is_no_call), cmocka_unit_test(test_said_at_a_meeting_and_presence), cmocka_unit_test(test_exercise_other_time_country), cmocka_unit_test(test_untitled_focus_and_parallel_places), cmocka_unit_test(test_days_after_and_visited_for_talks), cmocka_unit_test(test_two_plus_two_together), cmocka_unit_test(test_last_met_when_signed_and_negotiations), cmocka_unit_test(test_after_a_visit_and_days_after_hosted), cmocka_unit_test(test_relative_clause_not_the_verbs), cmocka_unit_test(test_exercise_dates_and_joins), cmocka_unit_test(test_second_predicates_and_time_openers), cmocka_unit_test(test_visited_clause_and_signing_after_visit), cmocka_unit_test(test_leaders_by_office_and_attendance), cmocka_unit_test(test_according_to_opener), cmocka_unit_test(test_call_then_received_and_speaker), cmocka_unit_test(test_honorific_subject_and_passive_where), cmocka_unit_test(test_journey_purpose_and_group_call), cmocka_unit_test(test_funeral_joiners_and_purpose), cmocka_unit_test(test_exercise_host_and_newcomers), cmocka_unit_test(test_trilateral_summit), cmocka_unit_test(test_ceasefire_topic_place), cmocka_unit_test(test_call_place_not_next_clause), cmocka_unit_test(test_joined_later_by), cmocka_unit_test(test_capital_named_small_city), cmocka_unit_test(test_plan_after_signing), cmocka_unit_test(test_accompanied_named_subject), cmocka_unit_test(test_referred_document_signed_before), cmocka_unit_test(test_second_clause_to_come), cmocka_unit_test(test_second_signing_predicate), cmocka_unit_test(test_told_again_with_its_day), cmocka_unit_test(test_bare_leader_office_subject), cmocka_unit_test(test_relative_meeting_own_day), cmocka_unit_test(test_where_city_and_before_the_talks), cmocka_unit_test(test_apposition_ally_no_party), cmocka_unit_test(test_joining_by_phone_no_call), cmocka_unit_test(test_held_his_first_summit), cmocka_unit_test(test_signed_by_not_witnesses), cmocka_unit_test(test_among_those_attending), cmocka_unit_test(test_exercise_newcomers_after_opener), cmocka_unit_test(test_body_delegation_leader), cmocka_unit_test(test_amid_and_welcomed_counterpart_to), cmocka_unit_test(test_visit_country_city_of_lexicon), cmocka_unit_test(test_hosted_the_gathering_with), cmocka_unit_test(test_owner_country_not_place), cmocka_unit_test(test_surname_emir_not_office), cmocka_unit_test(test_visiting_title_country_not_place), cmocka_unit_test(test_speaker_of_a_meeting_and_again_opener), cmocka_unit_test(test_after_clause_on_sidelines_place), cmocka_unit_test(test_present_at_the_meeting_with), cmocka_unit_test(test_according_to_and_second_call), cmocka_unit_test(test_no_plans_and_long_after_clause), cmocka_unit_test(test_demonym_group_and_leaders_signing), cmocka_unit_test(test_but_held_talks_and_invitation), cmocka_unit_test(test_items_of_their_own), cmocka_unit_test(test_counterparts_agreed), cmocka_unit_test(test_more_meeting_words), cmocka_unit_test(test_more_seats), cmocka_unit_test(test_joined_by_and_called_who), cmocka_unit_test(test_meetings_that_never_were), cmocka_unit_test(test_washington_dc_one_place), cmocka_unit_test(test_visit_list_where_clauses), cmocka_unit_test(test_attended_the_summit_after_sidelines), cmocka_unit_test(test_later_after_arrival_clause), cmocka_unit_test(test_present_in_a_clause_of_the_meeting), cmocka_unit_test(test_will_call_on), cmocka_unit_test(test_hosted_by_visiting_troops_and_before_returning), cmocka_unit_test(test_discussed_document_signed_by), cmocka_unit_test(test_agreed_during_their_summit), cmocka_unit_test(test_sidelines_where_the_gathering_is), cmocka_unit_test(test_calls_of_other_clauses), cmocka_unit_test(test_signing_of_others_in_a_time_clause), cmocka_unit_test(test_have_agreed_counterparts), cmocka_unit_test(test_lead_pair_agreed_and_ahead_of), cmocka_unit_test(test_where_he_will_meet), cmocka_unit_test(test_meeting_told_again_in_a_city), cmocka_unit_test(test_event_apposition_and_quoted_headline), cmocka_unit_test(test_visit_came_after), cmocka_unit_test(test_witness_signs_nothing), cmocka_unit_test(test_affirmed_after_a_denial), cmocka_unit_test(test_relative_clause_to_come), cmocka_unit_test(test_group_of_the_call_it_fits), cmocka_unit_test(test_relative_clause_own_day), cmocka_unit_test(test_accompanied_pair_who_met), cmocka_unit_test(test_forum_attended_by_no_join), cmocka_unit_test(test_officials_from_both_governments), cmocka_unit_test(test_format_city_no_place), cmocka_unit_test(test_weekday_from_last_full_date), cmocka_unit_test(test_where_had_and_tour_clause), cmocka_unit_test(test_signed_and_agreed_to_meet), cmocka_unit_test(test_invitation_host_group), cmocka_unit_test(test_visit_came_after_signing), cmocka_unit_test(test_subject_relative_clause_people), cmocka_unit_test(test_accorded_welcome_by), cmocka_unit_test(test_companies_sign_no_agreement), cmocka_unit_test(test_hosts_others_talks), cmocka_unit_test(test_relative_clause_city_gives_way), cmocka_unit_test(test_both_meetings_and_story_date), cmocka_unit_test(test_attended_the_talks_told), cmocka_unit_test(test_welcomed_thing_and_since_signing), cmocka_unit_test(test_joined_the_two_leaders), cmocka_unit_test(test_attended_by_after_role_subjects), cmocka_unit_test(test_call_clause_meeting_and_discussed), cmocka_unit_test(test_present_after_said_meeting), cmocka_unit_test(test_quoted_call_word_pledge_signers_place), cmocka_unit_test(test_delegation_plan_clause), cmocka_unit_test(test_gathering_told_place), cmocka_unit_test(test_relative_clause_country_and_also_discussed), cmocka_unit_test(test_relative_period_no_story_day), cmocka_unit_test(test_will_receive), cmocka_unit_test(test_meeting_after_a_call), cmocka_unit_test(test_a_day_after_he_met), cmocka_unit_test(test_relative_clause_day_of_last_object), cmocka_unit_test(test_dateline_weekday_outside_clause), cmocka_unit_test(test_present_at_audience_unnamed_host), cmocka_unit_test(test_letter_opener_no_call), cmocka_unit_test(test_join_relative_clause_people), cmocka_unit_test(test_dateline_line_of_its_own_weekday), cmocka_unit_test(test_passive_signing_with_adverb), cmocka_unit_test(test_companions_accompanied), cmocka_unit_test(test_forum_seated_in_a_city), cmocka_unit_test(test_yesterday_under_a_dateline_day), cmocka_unit_test(test_pronoun_for_the_guest), cmocka_unit_test(test_visit_accompanied_by), cmocka_unit_test(test_governments_also_signed), cmocka_unit_test(test_welcomed_thing_then_meeting_and_quoted_signing), cmocka_unit_test(test_top_legislator_among_them_and_said_on), cmocka_unit_test(test_relative_companion_and_past_participle), cmocka_unit_test(test_lowercase_ruler_and_present_in_all), cmocka_unit_test(test_sat_down_and_the_senators), cmocka_unit_test(test_second_clause_and_peoples_counterparts), cmocka_unit_test(test_modal_day_verb_and_leaders_of_the_plan), cmocka_unit_test(test_joined_call), cmocka_unit_test(test_and_the_office), cmocka_unit_test(test_place_talked_about), cmocka_unit_test(test_joint_letter), cmocka_unit_test(test_clause_meeting_apart), cmocka_unit_test(test_country_surname_and_own_clause), cmocka_unit_test(test_described_signer_no_country), cmocka_unit_test(test_where_the_two_signed), cmocka_unit_test(test_building_after_honorific), cmocka_unit_test(test_flanked_by), cmocka_unit_test(test_role_list_meeting), cmocka_unit_test(test_held_somewhere_between), cmocka_unit_test(test_group_call_and_messages), cmocka_unit_test(test_participating_were), cmocka_unit_test(test_gathering_word_no_name), cmocka_unit_test(test_hosted_talks_and_site_name), cmocka_unit_test(test_award_ceremony), cmocka_unit_test(test_toured_together), cmocka_unit_test(test_described_guest_with_attendee), cmocka_unit_test(test_working_session), cmocka_unit_test(test_brought_together), cmocka_unit_test(test_discussed_after_join), cmocka_unit_test(test_signing_talked_about), cmocka_unit_test(test_document_signed_before), cmocka_unit_test(test_unqualified_office_is_home), cmocka_unit_test(test_joined_side_delegation), cmocka_unit_test(test_purpose_discuss_no_clause), cmocka_unit_test(test_message_delivered_by), cmocka_unit_test(test_planned_visit_place), cmocka_unit_test(test_which_last_met_elsewhere), cmocka_unit_test(test_joined_seat_meeting), cmocka_unit_test(test_spouse_not_there), cmocka_unit_test(test_building_after_title), cmocka_unit_test(test_spoken_of_not_met), cmocka_unit_test(test_chaired_meeting_attended_by), cmocka_unit_test(test_with_someone_in_attendance), cmocka_unit_test(test_owner_of_group_not_there), cmocka_unit_test(test_group_office_misfits), cmocka_unit_test(test_invitation_clause_no_date_place), cmocka_unit_test(test_meeting_place_time_between), cmocka_unit_test(test_purpose_then_other_time_clause), cmocka_unit_test(test_relative_clause_meeting_before_said), cmocka_unit_test(test_farewell_calls), cmocka_unit_test(test_group_including_one_meeting), cmocka_unit_test(test_called_on_appeal), cmocka_unit_test(test_invitation_place_not_meeting), cmocka_unit_test(test_honorific_the_office), cmocka_unit_test(test_represented_by), cmocka_unit_test(test_days_before_noun_planned), cmocka_unit_test(test_signed_with_capital), cmocka_unit_test(test_body_acronym_office_subject), cmocka_unit_test(test_office_subject_past_relative_clause), cmocka_unit_test(test_welcomed_apposition_to_place), cmocka_unit_test(test_gathering_city_place), cmocka_unit_test(test_after_a_dinner_meeting), cmocka_unit_test(test_end_day_agreement_place_exercise_planned), cmocka_unit_test(test_last_met_month_no_visit_day), cmocka_unit_test(test_signed_in_presence_of), cmocka_unit_test(test_subjects_met_separately), cmocka_unit_test(test_expanded_format_participation), cmocka_unit_test(test_accompanied_signer_place), cmocka_unit_test(test_owner_team_is_its_leader), cmocka_unit_test(test_two_prime_ministers_sign), cmocka_unit_test(test_office_and_named_sign), cmocka_unit_test(test_sides_attended_and_delegations_led), cmocka_unit_test(test_with_also_taking_part), cmocka_unit_test(test_talks_between_sides_in_presence), cmocka_unit_test(test_call_then_clause_meeting_told_last), cmocka_unit_test(test_met_and_group_since_spoken), cmocka_unit_test(test_for_a_meeting_of_no_clause), cmocka_unit_test(test_joined_then_they_signed), cmocka_unit_test(test_place_opener_then_office_signs), cmocka_unit_test(test_signing_in_presence_of_group), cmocka_unit_test(test_part_of_the_delegation), cmocka_unit_test(test_headed_by_to_lam), cmocka_unit_test(test_and_his_counterpart_unnamed), cmocka_unit_test(test_names_before_plural_role_present), cmocka_unit_test(test_arrival_day_and_day_earlier),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
