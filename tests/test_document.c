#include <stdio.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "document.h"

static parley_document *mk(const char *s)
{
    parley_document *d;
    assert_int_equal(parley_document_new(&d, "x", s, strlen(s), NULL), 0);
    return d;
}

static void test_header_block(void **state)
{
    (void)state;
    parley_document *d = mk("source: https://example.org/a\ndate: 2019-10-29\ntitle: Talks\n\nBody text here.\n");
    assert_string_equal(parley_document_date(d), "2019-10-29");
    assert_string_equal(parley_document_source(d), "https://example.org/a");
    assert_string_equal(parley_document_title(d), "Talks");
    /* the header is blanked: no "source" left in the text */
    assert_null(strstr(parley_document_text(d), "source"));
    assert_non_null(strstr(parley_document_text(d), "Body text here."));
    parley_document_free(d);
    /* a file's "source:" line wins over its path, which the reader gives as the source; a
     * source given by a JSON Lines record wins over the text's header */
    const char *txt = "source: https://example.org/a\n\nBody text here.\n";
    parley_document_meta file = {NULL, "dir/a.txt", NULL, "dir/a.txt"}, rec = {NULL, "feed-x", NULL, "in.jsonl:3"};
    assert_int_equal(parley_document_new(&d, "a", txt, strlen(txt), &file), 0);
    assert_string_equal(parley_document_source(d), "https://example.org/a");
    parley_document_free(d);
    assert_int_equal(parley_document_new(&d, "a", txt, strlen(txt), &rec), 0);
    assert_string_equal(parley_document_source(d), "feed-x");
    parley_document_free(d);
}

/* What is read with a document (kept in the document's own allocation) and what its text's
 * header gives later (allocated apart) are both freed with it, each once. */
static void test_meta_and_header(void **state)
{
    (void)state;
    const char *txt = "date: 2021-02-03\ntitle: From the header\nsource: s.txt\n\nBody.\n";
    parley_document_meta none = {NULL, NULL, NULL, "s.txt"}, all = {"2020-01-02", "feed", "Given", "in.jsonl:1"};
    parley_document_meta same = {NULL, "s.txt", NULL, "s.txt"};
    parley_document *d;
    assert_int_equal(parley_document_new(&d, "a", txt, strlen(txt), &none), 0);
    assert_string_equal(parley_document_date(d), "2021-02-03");
    assert_string_equal(parley_document_title(d), "From the header");
    assert_string_equal(parley_document_origin(d), "s.txt");
    parley_document_free(d);
    assert_int_equal(parley_document_new(&d, "a", txt, strlen(txt), &all), 0);
    assert_string_equal(parley_document_date(d), "2020-01-02");
    assert_string_equal(parley_document_title(d), "Given");
    assert_string_equal(parley_document_source(d), "feed");
    assert_string_equal(parley_document_id(d), "a");
    assert_int_equal(parley_document_raw_len(d), strlen(txt));
    assert_memory_equal(parley_document_raw(d), txt, strlen(txt));
    parley_document_free(d);
    assert_int_equal(parley_document_new(&d, "a", txt, strlen(txt), &same), 0);
    assert_string_equal(parley_document_source(d), "s.txt");
    parley_document_free(d);
    assert_int_equal(parley_document_new(&d, NULL, NULL, 0, NULL), 0);
    assert_string_equal(parley_document_id(d), "");
    assert_int_equal(parley_document_raw_len(d), 0);
    parley_document_free(d);
}

static void test_unknown_date(void **state)
{
    (void)state;
    parley_document *d = mk("date: unknown\n\nText.\n");
    assert_null(parley_document_date(d));
    parley_document_free(d);
}

static void test_bare_date_and_byline(void **state)
{
    (void)state;
    parley_document *d = mk(" date 2020-01-24 By Abdul Kerimkhanov\n\nThe ministers met.\n");
    assert_string_equal(parley_document_date(d), "2020-01-24");
    assert_int_equal(parley_document_n_authors(d), 1);
    assert_string_equal(parley_document_author(d, 0), "Abdul Kerimkhanov");
    assert_null(strstr(parley_document_text(d), "Kerimkhanov"));
    parley_document_free(d);
}

/* A line of the first few that is only a date is the publication date */
static void test_date_line(void **state)
{
    (void)state;
    const char *lines[] = {"16 March 2024", "Saturday, March 16, 2024", "16.03.2024 10:45", "March 16th, 2024",
                           "16 March 2024 | 10:45 GMT", "March 16/2024",
                           /* a release's stamp, up to its credit */
                           "Posted On: 16 MAR 2024 5:15PM by PIB Delhi", "Posted: 16 March 2024", "Published 16 March 2024",
                           /* stamps with times, zones and labels */
                           "Sat 16 Mar 2024 14.30 GMT", "March 16, 2024 at 10:15 am", "2024-03-16T10:15:00Z",
                           "Updated: March 16, 2024 11:20 IST", "Last Updated : 16 Mar 2024, 10:15 AM",
                           "Mar 16, 2024 | 10:15 AM IST"};
    for (size_t k = 0; k < sizeof lines / sizeof *lines; k++) {
        char buf[128];
        snprintf(buf, sizeof buf, "A headline\n%s\n\nText.\n", lines[k]);
        parley_document *d = mk(buf);
        assert_non_null(parley_document_date(d));
        assert_string_equal(parley_document_date(d), "2024-03-16");
        parley_document_free(d);
    }
    /* a release's stamp under its sender's line ("From: ... / Published 26 November 2025") */
    parley_document *pd = mk("Defence Secretary meets counterpart\n\nFrom: Ministry of Defence and The Rt Hon Jane Roe MP\n"
                             "Published 16 March 2024\n\nThe Defence Secretary welcomed his counterpart today.\n\nThey discussed "
                             "drones.\n\nThe counterpart also met the Chief of the Defence Staff.\n\nENDS\n");
    assert_non_null(parley_document_date(pd));
    assert_string_equal(parley_document_date(pd), "2024-03-16");
    parley_document_free(pd);
    /* a date between bars on a credit's line */
    parley_document *bd = mk("A headline\n\nWritten by Jane Roe | Agency | 22 February 2024\n\nText.\n");
    assert_non_null(parley_document_date(bd));
    assert_string_equal(parley_document_date(bd), "2024-02-22");
    parley_document_free(bd);
    /* a header's date written otherwise than ISO 8601 */
    const char *heads[] = {"date: 16.03.2024", "Date: March 16, 2024", "Published: Saturday, 16 March 2024 10:45",
                           "Published: 16 March 2024 14:05 IST | Updated: 16 March 2024 16:40 IST"};
    for (size_t k = 0; k < sizeof heads / sizeof *heads; k++) {
        char buf[128];
        snprintf(buf, sizeof buf, "title: A headline\n%s\n\nText.\n", heads[k]);
        parley_document *hd = mk(buf);
        assert_non_null(parley_document_date(hd));
        assert_string_equal(parley_document_date(hd), "2024-03-16");
        assert_string_equal(parley_document_title(hd), "A headline");
        parley_document_free(hd);
    }
    /* under a release's heading of names and offices, blank lines between */
    parley_document *d = mk("Joint media release\n\nJohn Abbot\nMinister for Foreign Affairs\n\nJane Roe\n"
                            "Minister for Defence\n\nTalks with Ruritania\n\n14 March 2025\n\nText.\n");
    assert_non_null(parley_document_date(d));
    assert_string_equal(parley_document_date(d), "2025-03-14");
    parley_document_free(d);
    d = mk("A headline\nDefence chiefs meet in 2024\n\nText.\n");
    assert_null(parley_document_date(d));
    parley_document_free(d);
    d = mk("A headline\n16 March 2024 meeting in Baku\n\nText.\n");
    assert_null(parley_document_date(d));
    parley_document_free(d);
}

static void test_byline_and_credit(void **state)
{
    (void)state;
    parley_document *d = mk("By Akbar Mammadov\n\nText.\n\n---\n\nJohn Smith is AzerNews' staff journalist, follow him.\n");
    assert_int_equal(parley_document_n_authors(d), 2);
    assert_string_equal(parley_document_author(d, 1), "John Smith");
    parley_document_free(d);
    /* a name alone over the line of its date; not a short headline */
    d = mk("Talks in Islamabad\nBaqir Sajjad Syed\nPublished August 14, 2024\n\nText.\n");
    assert_int_equal(parley_document_n_authors(d), 1);
    assert_string_equal(parley_document_author(d, 0), "Baqir Sajjad Syed");
    parley_document_free(d);
    d = mk("Dar Meets Araghchi\nPublished August 14, 2024\n\nText.\n");
    assert_int_equal(parley_document_n_authors(d), 0);
    parley_document_free(d);
    /* "Name | Outlet" with the document's source, "Name | Staff Writer": a byline; "Talks | Kyiv"
     * is none */
    d = mk("source: Kyiv Post\n\nOlena Hrazhdan | Kyiv Post\n\nText.\n");
    assert_int_equal(parley_document_n_authors(d), 1);
    assert_string_equal(parley_document_author(d, 0), "Olena Hrazhdan");
    parley_document_free(d);
    d = mk("Jane Doe | Staff Writer\n\nText.\n");
    assert_int_equal(parley_document_n_authors(d), 1);
    parley_document_free(d);
    d = mk("Peace Talks | Kyiv\n\nText.\n");
    assert_int_equal(parley_document_n_authors(d), 0);
    parley_document_free(d);
    /* an agency is not an author */
    d = mk("By Trend\n\nText.\n");
    assert_int_equal(parley_document_n_authors(d), 0);
    parley_document_free(d);
    /* nor is a desk */
    d = mk("By Our Diplomatic Correspondent and Hannah Wright\n\nText.\n");
    assert_int_equal(parley_document_n_authors(d), 1);
    assert_string_equal(parley_document_author(d, 0), "Hannah Wright");
    parley_document_free(d);
    /* lower-case particles inside a name */
    d = mk("Opinion: Why the Caucasus matters\n\nBy Thomas de Waal\n\nText.\n");
    assert_int_equal(parley_document_n_authors(d), 1);
    assert_string_equal(parley_document_author(d, 0), "Thomas de Waal");
    parley_document_free(d);
    /* an initial glued to the surname, at the end of the article */
    d = mk("The minister spoke.\n\nBy B.Tsolmon\n");
    assert_int_equal(parley_document_n_authors(d), 1);
    assert_string_equal(parley_document_author(d, 0), "B.Tsolmon");
    parley_document_free(d);
    /* a wire story's credits, one after another */
    d = mk("The president spoke.\n\nReporting by Olena Harmash; Editing by Alex Richardson\n");
    assert_int_equal(parley_document_n_authors(d), 2);
    assert_string_equal(parley_document_author(d, 1), "Alex Richardson");
    assert_null(strstr(parley_document_text(d), "Richardson"));
    assert_null(strstr(parley_document_text(d), "Tsolmon"));
    parley_document_free(d);
    /* ... with where the reporter was; "Story by X, Paper" */
    d = mk("The president spoke.\n\nReporting by Nailia Bagirova in Baku; Writing by Felix Light; Editing by Toby "
           "Chopra\n");
    assert_int_equal(parley_document_n_authors(d), 3);
    assert_string_equal(parley_document_author(d, 1), "Felix Light");
    parley_document_free(d);
    d = mk("The president spoke.\n\nStory by Aigerim Seisembayeva, Astana Times\n");
    assert_int_equal(parley_document_n_authors(d), 1);
    parley_document_free(d);
    /* an agency's credit lines at the end */
    d = mk("The minister spoke.\n\nReporter: Tri Meilani Ameliya\nEditor: Rahmad Nasution\n");
    assert_int_equal(parley_document_n_authors(d), 2);
    assert_string_equal(parley_document_author(d, 0), "Tri Meilani Ameliya");
    assert_string_equal(parley_document_author(d, 1), "Rahmad Nasution");
    assert_null(strstr(parley_document_text(d), "Nasution"));
    parley_document_free(d);
}

static void test_clutter(void **state)
{
    (void)state;
    parley_document *d = mk("The minister spoke.\n\nFollow us on Twitter @Someone\n\nRelated News\nOther Person met.\n");
    assert_null(strstr(parley_document_text(d), "Twitter"));
    assert_null(strstr(parley_document_text(d), "Other Person"));
    parley_document_free(d);
}

static void test_normalise_offsets(void **state)
{
    (void)state;
    const char *s = "\xE2\x80\x9CHe\xE2\x80\x9D said \xE2\x80\x94 Erdo\xC4\x9F" "an\xC2\xA0met.";
    parley_document *d = mk(s);
    const char *t = parley_document_text(d);
    assert_string_equal(t, "\"He\" said - Erdo\xC4\x9F" "an met.");
    /* "said" starts at text offset 5, and at byte 8 of the original */
    assert_int_equal(parley_document_raw_offset(d, 5), 9);
    assert_memory_equal(parley_document_raw(d) + parley_document_raw_offset(d, 5), "said", 4);
    size_t e = strlen(t);
    assert_int_equal(parley_document_raw_offset(d, e), strlen(s));
    parley_document_free(d);
}

static void test_invalid_utf8(void **state)
{
    (void)state;
    const char s[] = "Bad \xFF\xFE bytes\x00 and NUL.";
    parley_document *d;
    assert_int_equal(parley_document_new(&d, "x", s, sizeof(s) - 1, NULL), 0);
    assert_int_equal(parley_document_invalid_bytes(d), 2);
    assert_int_equal(strlen(parley_document_text(d)), parley_document_text_len(d));
    parley_document_free(d);
}

static void test_hard_wrap(void **state)
{
    (void)state;
    parley_document *d = mk("The Minister of Defense of Azerbaijan met his Georgian\ncounterpart in Tbilisi on May 22.\n");
    assert_non_null(strstr(parley_document_text(d), "Georgian counterpart"));
    parley_document_free(d);
    /* a title's abbreviation ends no line's sentence; a credit's name goes with its line */
    d = mk("President Obama held discussions in separate meetings here with Mr.\nErdogan on Sunday.\n\n"
           "Reporting by Luis Jaime Acosta; Writing by Oliver Griffin; Editing by\nSandra Maler\n");
    assert_non_null(strstr(parley_document_text(d), "Mr. Erdogan"));
    assert_int_equal(parley_document_n_authors(d), 3);
    parley_document_free(d);
    /* a headline over a body wrapped at about its width: "The" opens a sentence */
    d = mk("Azerbaijani Defense Minister met with Pakistan Navy Commander\nThe Azerbaijani Defense Minister met with "
           "the Commander of the\nPakistan Navy on Tuesday.\n");
    assert_null(strstr(parley_document_text(d), "Commander The"));
    assert_non_null(strstr(parley_document_text(d), "of the Pakistan"));
    parley_document_free(d);
    /* a text wrapped narrow (a newspaper's column): its lines are joined from six tenths of the
     * longest on; a dateline is no headline's end; "U.S.", "Aug." and a dangling "at" go on; a
     * list's items and a live blog's time headings stay apart */
    d = mk("Polish president meets Lithuanian leader\nVILNIUS (BNS) - Polish President Karol\nNawrocki met the "
           "visiting U.S.\nAmbassador John Abbot in Vilnius on Aug.\n19 at\nthe border.\n\n13:20 GMT - Meeting "
           "with Herzog\nBlinken then met Isaac Herzog.\nHe met:\n- Foreign Minister Jane Roe of Japan\n- Foreign "
           "Minister Max Mustermann\n");
    const char *x = parley_document_text(d);
    assert_non_null(strstr(x, "leader\nVILNIUS"));
    assert_non_null(strstr(x, "Karol Nawrocki met the visiting U.S. Ambassador John Abbot in Vilnius on Aug. 19 at the border."));
    assert_non_null(strstr(x, "Herzog\nBlinken"));
    assert_non_null(strstr(x, "Japan\n- Foreign"));
    parley_document_free(d);
    /* a first paragraph left whole over a body wrapped at 45: the body's lines are joined */
    d = mk("ISLAMABAD: The army chief called on the prime minister at the PM House on Wednesday, officials said.\n\n"
           "Later, the army chief received Turkish Chief\nof the General Staff General Metin Gurak at\nthe General "
           "Headquarters in Rawalpindi.\n\nAccording to a statement, the two discussed\nthe overall security situation "
           "of the\ncountry.\n");
    x = parley_document_text(d);
    assert_non_null(strstr(x, "Turkish Chief of the General Staff General Metin Gurak at the General"));
    assert_non_null(strstr(x, "discussed the overall"));
    parley_document_free(d);
    /* a column 30 wide: a short line is wrapped when the next line's first word would not have
     * fitted on it ("Romanian" over "Presidential"), a filled line goes on to a short one ("State
     * George" over "Kent at the Government"), a nickname's closing quote ends nothing; a letterhead's
     * "Reporter: X" stays apart from "Editor: Y" */
    d = mk("ANKARA - Turkish Defense\nMinister John Abbot later\nreceived Romanian\nPresidential Adviser Karl\n"
           "Lindqvist. He met with State\nSecretary Jane Roe and George\nKent at the Government\nAdministration and "
           "Joko \"Jokowi\"\nWidodo in Ankara.\n\nReporter: Max Mustermann\nEditor: Erika Svensson\n");
    x = parley_document_text(d);
    assert_non_null(strstr(x, "received Romanian Presidential Adviser Karl Lindqvist."));
    assert_non_null(strstr(x, "George Kent at the Government Administration"));
    assert_non_null(strstr(x, "\"Jokowi\" Widodo"));
    assert_int_equal(parley_document_n_authors(d), 2);
    parley_document_free(d);
    /* a name that ends a wrapped line with its colon is the line before's, no label (a readout
     * hard-wrapped at 35 columns) */
    d = mk("Secretary Abbot's Meeting with\nIndian External Affairs Minister\nRoe\n\nREADOUT\nOFFICE OF THE SPOK"
           "ESPERSON\nOctober 27, 2025\n\nThe below is attributable to\nPrincipal Deputy Spokesperson Jorge\nAbb"
           "ott:\n\nSecretary of State John Abbot met\nwith Indian External Affairs\nMinister Jane Roe today on "
           "the\nmargins of the ASEAN Summit in\nKuala Lumpur. The Secretary and the\nMinister discussed trade, "
           "energy,\nand regional security.\n\nThe Secretary underscored the\nimportance of the Quad.\n\n");
    x = parley_document_text(d);
    assert_non_null(strstr(x, "Spokesperson Jorge Abbott:"));
    parley_document_free(d);
    /* markup left in a scraped text: tags become line breaks or nothing, entities their
     * characters; in a text with no paragraph or line break tag, "<Org>" and "&amp;" stay */
    d = mk("&nbsp;Photo: <b>Ministry</b> of Defence\n\n<p>TALLINN, 3 October - Minister John Abbot received Jane "
           "Roe&#8217;s delegation &amp; staff.</p><p>They met.</p>\n");
    x = parley_document_text(d);
    assert_null(strstr(x, "<p>"));
    assert_null(strstr(x, "&nbsp;"));
    assert_non_null(strstr(x, "Photo: Ministry of Defence"));
    assert_non_null(strstr(x, "Roe's delegation & staff.\n"));
    parley_document_free(d);
    /* (a text with entities and no tags: the entities are read, "<Org>" is no tag) */
    d = mk("Delegates of <Org> &amp; Sons attended.\n");
    assert_non_null(strstr(parley_document_text(d), "<Org> & Sons"));
    parley_document_free(d);
    /* a wire story's credits in brackets: "(Reporting by X; Editing by Y)" */
    d = mk("The minister met his counterpart in Paris on Monday.\n\n(Reporting by Max Mustermann; Editing by Erika "
           "Svensson)\n");
    assert_int_equal(parley_document_n_authors(d), 2);
    assert_null(strstr(parley_document_text(d), "Mustermann"));
    parley_document_free(d);
    /* "Writing by X" alone on the last line is a credit */
    d = mk("The minister met his counterpart in Ankara on Monday.\n\nWriting by Burak Dag\n");
    assert_int_equal(parley_document_n_authors(d), 1);
    assert_null(strstr(parley_document_text(d), "Burak"));
    parley_document_free(d);
    /* a credit with its date cut in two */
    d = mk("The minister spoke at length about the plan.\n\nSource: Ministry of National Defence, 14\n"
           "January 2025\n");
    assert_non_null(parley_document_date(d));
    assert_string_equal(parley_document_date(d), "2025-01-14");
    parley_document_free(d);
}

/* A credit among the last lines dates the article: "Published in Dawn, November 19th, 2026";
 * a line that only mentions publishing in the body does not. */
static void test_published_footer(void **state)
{
    (void)state;
    parley_document *d = mk("A headline\n\nThe minister met his counterpart on Monday.\n\nPublished in Dawn, November "
                            "19th, 2026\n\n");
    assert_non_null(parley_document_date(d));
    assert_string_equal(parley_document_date(d), "2026-11-19");
    parley_document_free(d);
    d = mk("A headline\n\nFirst published on 3 March 2025\n");
    assert_string_equal(parley_document_date(d), "2025-03-03");
    parley_document_free(d);
    d = mk("A headline\n\nPublished reports said the talks began on March 16, 2024 in Geneva.\n");
    assert_null(parley_document_date(d));
    parley_document_free(d);
    d = mk("A headline\n\n- The ministers met on Tuesday.\n\nSource: Ministry of National Defence, 14 January 2025\n");
    assert_string_equal(parley_document_date(d), "2025-01-14");
    parley_document_free(d);
    /* a place and a date alone on a line near the top */
    d = mk("A headline\n\nHelsinki, 3 March 2026\n\nThe ministers met on Tuesday.\n");
    assert_string_equal(parley_document_date(d), "2026-03-03");
    parley_document_free(d);
    d = mk("A headline\n\nHelsinki, where the ministers met, was cold.\n");
    assert_null(parley_document_date(d));
    parley_document_free(d);
    /* a wire story's credits end their line: not joined to "Our Standards: ..." below */
    d = mk("A headline\n\nANKARA, May 10 (Reuters) - Turkish President John Abbot hosted Azerbaijani President Jane Roe "
           "in Ankara on Tuesday, days before the election.\n\nReporting by Max Mustermann; Editing by Erika "
           "Svensson\nOur Standards: The Thomson Reuters Trust Principles.\n");
    assert_int_equal(parley_document_n_authors(d), 2);
    assert_string_equal(parley_document_author(d, 0), "Max Mustermann");
    parley_document_free(d);
}

static void test_iso_date(void **state)
{
    (void)state;
    assert_true(parley_document_is_iso_date("2020-01-24"));
    assert_false(parley_document_is_iso_date("2020-13-24"));
    assert_false(parley_document_is_iso_date("unknown"));
    assert_false(parley_document_is_iso_date(NULL));
}

static void test_name_over_dateline(void **state)
{
    (void)state;
    /* a name alone under the headline, over the dateline, named nowhere else: the author */
    parley_document *d = mk("source: https://example.org/a\ndate: 2023-08-30\n\nChiefs meet in Rawalpindi\n\n"
                            "Karl Lindqvist\n\nRAWALPINDI: General John Abbot met Admiral Jane Roe.\n");
    assert_int_equal(parley_document_n_authors(d), 1);
    assert_string_equal(parley_document_author(d, 0), "Karl Lindqvist");
    parley_document_free(d);
    /* ... with the outlet in brackets, over a line that dates the story */
    d = mk("source: https://example.org/a\ndate: 2024-02-20\n\nMinister hosts French minister\n\nErika Svensson (The "
           "Daily)\n\nJakarta * Tue, February 20, 2024\n\nMinister John Abbot received Jane Roe.\n");
    assert_int_equal(parley_document_n_authors(d), 1);
    assert_string_equal(parley_document_author(d, 0), "Erika Svensson");
    parley_document_free(d);
    /* not a desk in capitals, nor a name the story goes on with */
    d = mk("source: https://example.org/a\ndate: 2023-11-06\n\nMinister receives army chief\n\nARAB NEWS\n\nRIYADH: "
           "Minister John Abbot received General Jane Roe.\n");
    assert_int_equal(parley_document_n_authors(d), 0);
    parley_document_free(d);
    d = mk("source: https://example.org/a\ndate: 2023-11-06\n\nTalks in Riyadh\n\nJane Roe\n\nRIYADH: Minister John "
           "Abbot received General Jane Roe.\n");
    assert_int_equal(parley_document_n_authors(d), 0);
    parley_document_free(d);
}

static void test_also_read_line(void **state)
{
    (void)state;
    /* "Also Read: ..." between two paragraphs of the story: only that line goes */
    parley_document *d = mk("source: https://example.org/a\ndate: 2024-05-10\n\nMinister John Abbot met Jane Roe in "
                            "Islamabad on Thursday, according to a statement issued by the defence ministry.\n\nAlso Read: "
                            "Army chief meets Saudi defence minister\n\nSeparately, Roe called on General Max Mustermann at "
                            "the headquarters, where the two discussed the situation in the region, officials said.\n");
    assert_non_null(strstr(parley_document_text(d), "Max Mustermann"));
    assert_null(strstr(parley_document_text(d), "Army chief meets"));
    parley_document_free(d);
    /* ... and at the end, with no story after it, the end of the story */
    d = mk("source: https://example.org/a\ndate: 2024-05-10\n\nMinister John Abbot met Jane Roe in Islamabad.\n\nAlso "
           "Read: Army chief meets Saudi defence minister\nPM meets envoy\n");
    assert_null(strstr(parley_document_text(d), "PM meets envoy"));
    parley_document_free(d);
}

static void test_links_blanked(void **state)
{
    (void)state;
    parley_document *d = mk("source: https://example.org/a\ndate: 2024-05-20\n\n\"We met,\" President John Abbot. "
                            "pic.twitter.com/xY7abC and https://t.co/abc\n");
    assert_null(strstr(parley_document_text(d), "twitter"));
    assert_null(strstr(parley_document_text(d), "t.co"));
    assert_non_null(strstr(parley_document_text(d), "John Abbot."));
    parley_document_free(d);
}

static void test_read_colon_line(void **state)
{
    (void)state;
    /* "READ: Tanzania, Mozambique sign defence pact" between paragraphs: a link's line */
    parley_document *d = mk("source: https://example.org/a\ndate: 2024-03-21\n\nGeneral John Abbot received Admiral Jane "
                            "Roe at the headquarters in Dar es Salaam, where they discussed security in the province.\n\n"
                            "READ: Tanzania, Mozambique sign defence pact\n\nThe visit comes a month after President Max "
                            "Mustermann hosted President Erika Svensson in Dar es Salaam for talks on the border and trade.\n");
    assert_null(strstr(parley_document_text(d), "sign defence pact"));
    assert_non_null(strstr(parley_document_text(d), "Erika Svensson"));
    parley_document_free(d);
}

static void test_entities_without_tags(void **state)
{
    (void)state;
    /* a page's text stripped of its tags keeps its entities: "Minister&nbsp;X", "&#8217;" */
    parley_document *d = mk("date: 2024-09-12\n\nDefence Minister&nbsp;John Abbot met Jane Roe&#8217;s deputy. "
                            "US&amp;Japan talks followed.\n");
    assert_non_null(strstr(parley_document_text(d), "Minister John Abbot"));
    assert_null(strstr(parley_document_text(d), "&nbsp;"));
    assert_non_null(strstr(parley_document_text(d), "US&Japan"));
    parley_document_free(d);
}

static void test_date_with_time_line(void **state)
{
    (void)state;
    /* "May 10, 2024, 14:20, The Kremlin, Moscow": a release's date and time line after its lead */
    parley_document *d;
    const char *s = "Meeting with President of Laos\n\nVladimir Putin held talks in the Kremlin.\n\n"
                    "May 10, 2024, 14:20, The Kremlin, Moscow\n\nThe talks began in a restricted format.\n";
    assert_int_equal(parley_document_new(&d, "x", s, strlen(s), NULL), 0);
    assert_string_equal(parley_document_date(d), "2024-05-10");
    parley_document_free(d);
    /* (a sentence with a time in it is no date line) */
    s = "Talks\n\nThe talks began on May 10, 2024, at 14:20 in the Kremlin, officials said after the meeting ended.\n";
    assert_int_equal(parley_document_new(&d, "x", s, strlen(s), NULL), 0);
    assert_null(parley_document_date(d));
    parley_document_free(d);
}

static void test_letterhead_lines_not_joined(void **state)
{
    (void)state;
    /* a release's letterhead lines ("Senator the Hon X" over "Minister for Foreign Affairs") over a
     * body of long unwrapped lines and short lines standing alone: no column, nothing joined */
    parley_document *d;
    const char *s = "Senator the Hon Penny Wong\nMinister for Foreign Affairs\n\nVisit to Papua New Guinea\n\n"
                    "4 December 2024\n\n"
                    "Today I met with Prime Minister James Marape in Port Moresby to discuss our shared security.\n\n"
                    "I also met Foreign Minister Justin Tkatchenko. We discussed the Pacific Policing Initiative.\n\n"
                    "Tomorrow I will travel to Honiara to meet Solomon Islands Prime Minister Jeremiah Manele.\n\n"
                    "The visit continues tomorrow.\n";
    assert_int_equal(parley_document_new(&d, "x", s, strlen(s), NULL), 0);
    assert_non_null(strstr(parley_document_text(d), "Penny Wong\nMinister"));
    parley_document_free(d);
    /* (the office over the name, over a body wrapped at 45 columns: the name's first word would
     * have fitted on the office's line, which is no wrapped line) */
    s = "MEDIA RELEASE\nMinister for Foreign Affairs\nSenator the Hon Penny Wong\n\n3 December 2026\n\n"
        "Today I met with Timor-Leste's Minister for\nForeign Affairs and Cooperation, Bendito dos\n"
        "Santos Freitas, in Dili.\n\nWe discussed Timor-Leste's accession to ASEAN\nand the Greater Sunrise "
        "gas field. I also met\nwith President Jose Ramos-Horta and Prime\nMinister Xanana Gusmao.\n";
    assert_int_equal(parley_document_new(&d, "x", s, strlen(s), NULL), 0);
    assert_non_null(strstr(parley_document_text(d), "Affairs\nSenator the Hon Penny Wong\n"));
    assert_non_null(strstr(parley_document_text(d), "Minister for Foreign Affairs and Cooperation"));
    parley_document_free(d);
}

static void test_share_bar_and_desk_word(void **state)
{
    (void)state;
    /* a share bar under the byline, before any prose, is clutter, not the story's end; "By X Y
     * Diplomatic editor": the desk's word is no part of the name */
    parley_document *d;
    const char *s = "Cameron meets Chinese foreign minister Wang Yi in Munich\n\nBy Patrick Wintour Diplomatic editor\n\n"
                    "Share on Facebook\nShare on Twitter\n\n"
                    "David Cameron, the UK foreign secretary, met China's foreign minister, Wang Yi, on the sidelines of "
                    "the Munich Security Conference on Saturday.\n\nShare on Facebook\n\nMore stories here.\n";
    assert_int_equal(parley_document_new(&d, "x", s, strlen(s), NULL), 0);
    assert_non_null(strstr(parley_document_text(d), "David Cameron, the UK foreign secretary"));
    assert_null(strstr(parley_document_text(d), "More stories"));
    assert_int_equal(parley_document_n_authors(d), 1);
    assert_string_equal(parley_document_author(d, 0), "Patrick Wintour");
    parley_document_free(d);
}

static void test_contributed_credit(void **state)
{
    (void)state;
    /* a wire story's closing credit: its names are authors, and the line leaves the text */
    parley_document *d = mk("Talks in Athens\n\nText of the story.\n\nAssociated Press writers John Smith and Jane Roe in "
                            "Cairo contributed.\n");
    assert_int_equal(parley_document_n_authors(d), 2);
    assert_string_equal(parley_document_author(d, 0), "John Smith");
    assert_string_equal(parley_document_author(d, 1), "Jane Roe");
    assert_null(strstr(parley_document_text(d), "contributed"));
    parley_document_free(d);
    /* (not a sentence of the story: "the ambassador, who contributed to developing relations") */
    d = mk("Talks in Baku\n\nThe minister thanked the ambassador, who contributed to developing relations.\n");
    assert_int_equal(parley_document_n_authors(d), 0);
    assert_non_null(strstr(parley_document_text(d), "contributed"));
    parley_document_free(d);
}

static void test_footnote_marks_blanked(void **state)
{
    (void)state;
    /* an encyclopedia's footnote marks glued to a word or sign go; a bracket after a space stays */
    parley_document *d = mk("A headline\n\nJohn Smith, also known as Abu Jones,[1] is a general.[12] He met [the envoy] "
                            "in Rome.[citation needed]\n");
    const char *t = parley_document_text(d);
    assert_null(strstr(t, "[1]"));
    assert_null(strstr(t, "[12]"));
    assert_null(strstr(t, "[citation needed]"));
    assert_non_null(strstr(t, "[the envoy]"));
    assert_non_null(strstr(t, "Abu Jones,    is a general."));
    parley_document_free(d);
}

static void test_rank_over_bracket_joined(void **state)
{
    (void)state;
    /* a hard-wrapped "Maj. Gen." over "(res.) Eyal Zamir": a rank's abbreviation ends no line's
     * sentence before a bracket */
    parley_document *d = mk("A headline\n\nMinister Gallant was accompanied by\nthe Director General of the\n"
                            "Ministry of Defense, Maj. Gen.\n(res.) Eyal Zamir, and Military\nSecretary Brig. Gen. "
                            "Guy Markizano.\n");
    assert_non_null(strstr(parley_document_text(d), "Maj. Gen. (res.) Eyal Zamir"));
    parley_document_free(d);
}

static void test_article_phrase_over_short_line(void **state)
{
    (void)state;
    /* a column 35 wide: "They signed an updated" over "Comprehensive Strategic" is one noun phrase
     * going on (a word after an article), not a line over a label */
    parley_document *d = mk("A headline\n\nCANBERRA: Prime Minister Lawrence\nWong and his Australian counterpart\n"
                            "Anthony Albanese held their annual\nleaders' meeting on Saturday.\n\nThey signed an updated\n"
                            "Comprehensive Strategic\nPartnership, and witnessed the\nsigning of a memorandum.\n");
    assert_non_null(strstr(parley_document_text(d), "an updated Comprehensive Strategic Partnership"));
    parley_document_free(d);
}

static void test_closing_date_and_place(void **state)
{
    (void)state;
    /* "December 26, 2024, St Petersburg": a closing line of a date and a place dates the story,
     * however long it is */
    parley_document *d = mk("Meeting with President of Tajikistan\n\nVladimir Putin met with the President of "
                            "Tajikistan.\n\nThe meeting took place on the sidelines of the summit.\n\nOne.\n\nTwo.\n\n"
                            "Three.\n\nFour.\n\nFive.\n\nSix.\n\nSeven.\n\nDecember 26, 2024, St Petersburg\n");
    assert_non_null(parley_document_date(d));
    assert_string_equal(parley_document_date(d), "2024-12-26");
    parley_document_free(d);
    /* (or a credit and a date: "Daily Monitor, 2 March 2025") */
    d = mk("A headline\n\nOne.\n\nTwo.\n\nThree.\n\nFour.\n\nFive.\n\nSix.\n\nSeven.\n\nEight.\n\nNine.\n\n"
           "Daily Monitor, 2 March 2025\n");
    assert_non_null(parley_document_date(d));
    assert_string_equal(parley_document_date(d), "2025-03-02");
    parley_document_free(d);
    /* (a line of a date and words that are no place's is no date line) */
    d = mk("A headline\n\nHe spoke on December 26, 2024, about the weather.\n");
    assert_null(parley_document_date(d));
    parley_document_free(d);
}

/* "By political reporter Jake Evans": a desk's words before the credit word are no part of the
 * name; "Posted Mon 17 Jun 2024" among the last lines dates the story. */
static void test_desk_byline_posted_footer(void **state)
{
    (void)state;
    parley_document *d = mk("A headline\n\nThe minister met his counterpart on Monday.\n\nBy political reporter John "
                            "Abbot\nPosted Mon 17 Jun 2024\n");
    assert_int_equal(parley_document_n_authors(d), 1);
    assert_string_equal(parley_document_author(d, 0), "John Abbot");
    assert_non_null(parley_document_date(d));
    assert_string_equal(parley_document_date(d), "2024-06-17");
    parley_document_free(d);
    d = mk("A headline\n\nBy chief foreign correspondent Jane Roe\n\nThe minister met his counterpart.\n");
    assert_int_equal(parley_document_n_authors(d), 1);
    assert_string_equal(parley_document_author(d, 0), "Jane Roe");
    parley_document_free(d);
}

static void test_word_apostrophe_line_joined(void **state)
{
    (void)state;
    /* a column 45 wide: "... Foreign Affairs Dato'" over "Seri Utama Haji X": an apostrophe that
     * ends a word (no quote opened on the line) closes nothing */
    parley_document *d = mk("Singapore, 4 September 2026 — Minister for\nForeign Affairs Dr Vivian Balakrishnan hosted\n"
                            "Malaysian Minister of Foreign Affairs Dato'\nSeri Utama Haji Mohamad bin Haji Hasan to\n"
                            "lunch today.\n\nThe two Ministers reaffirmed the excellent\nbilateral relations and "
                            "discussed the\nJohor-Singapore Special Economic Zone.\n\nMinister Mohamad also called on "
                            "Prime\nMinister Lawrence Wong.\n");
    assert_non_null(strstr(parley_document_text(d), "Affairs Dato' Seri Utama"));
    parley_document_free(d);
}

static void test_item_semicolon_line_joined(void **state)
{
    (void)state;
    /* a column 35 wide: a list item's second line ending in ";" ("Rights Volker Türk;") is the
     * item's, no label of its own */
    parley_document *d = mk("GENEVA (Reuters) - On the margins\nof the Human Rights Council\nsession, Foreign Minister Ignazio\n"
                            "Cassis held bilateral meetings\nwith:\n\n- UN High Commissioner for Human\nRights Volker Türk;\n"
                            "- Iranian Foreign Minister Abbas\nAraghchi;\n- Armenian Foreign Minister Ararat\nMirzoyan and "
                            "Azerbaijani Foreign\nMinister Jeyhun Bayramov,\nseparately.\n");
    assert_non_null(strstr(parley_document_text(d), "for Human Rights Volker"));
    parley_document_free(d);
}

/* a paragraph's first line at 35 columns, short of the column but ending in a word in lower case,
 * goes on when the next line's first word would not have fitted on it */
static void test_wrap_short_lower_line(void **state)
{
    (void)state;
    parley_document *d = mk("CAIRO, Nov 23 (MENA) - The foreign\nministers of Egypt (Jane Roe),\nJordan (Tom Tailor), Saudi "
                            "Arabia\n(Prince Erika Svensson) and Qatar\n(Sheikh John Abbot) met in Cairo on\nSunday to "
                            "coordinate positions on\nthe reconstruction of Gaza.\n\nMustermann later received\n"
                            "Palestinian Prime Minister Max\nMustermann, who briefed him on the\nhumanitarian situation in "
                            "the\nStrip.\n");
    assert_non_null(strstr(parley_document_text(d), "Mustermann later received Palestinian Prime Minister Max Mustermann"));
    parley_document_free(d);
}

static void test_pronoun_name_line_joined(void **state)
{
    (void)state;
    /* a column 72 wide: "... Chinese Vice Premier" over "He Lifeng in Geneva": a pronoun before a
     * capitalised word is a name going on, not a sentence opening ("He met" would be) */
    parley_document *d = mk("President Donald Trump spoke by phone with Chinese leader Xi Jinping on\nWednesday, the "
                            "White House said, in a call that lasted more than an\nhour.\n\nA day earlier, Treasury "
                            "Secretary Scott Bessent met Chinese Vice Premier\nHe Lifeng in Geneva to continue trade "
                            "negotiations.\n");
    assert_non_null(strstr(parley_document_text(d), "Vice Premier He Lifeng"));
    parley_document_free(d);
    d = mk("Treasury Secretary Scott Bessent arrived in Geneva on Sunday evening for a new round of trade talks\nHe met "
           "Chinese Vice Premier He Lifeng on Monday morning at the residence of the Swiss ambassador.\n");
    assert_null(strstr(parley_document_text(d), "talks He met"));
    parley_document_free(d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_links_blanked), cmocka_unit_test(test_also_read_line), cmocka_unit_test(test_name_over_dateline), cmocka_unit_test(test_header_block),   cmocka_unit_test(test_unknown_date),
        cmocka_unit_test(test_bare_date_and_byline), cmocka_unit_test(test_byline_and_credit),
        cmocka_unit_test(test_clutter),        cmocka_unit_test(test_normalise_offsets),
        cmocka_unit_test(test_invalid_utf8),   cmocka_unit_test(test_hard_wrap),
        cmocka_unit_test(test_iso_date), cmocka_unit_test(test_date_line), cmocka_unit_test(test_published_footer),
        cmocka_unit_test(test_meta_and_header),
        cmocka_unit_test(test_pronoun_name_line_joined), cmocka_unit_test(test_read_colon_line), cmocka_unit_test(test_entities_without_tags), cmocka_unit_test(test_date_with_time_line), cmocka_unit_test(test_letterhead_lines_not_joined), cmocka_unit_test(test_share_bar_and_desk_word), cmocka_unit_test(test_contributed_credit), cmocka_unit_test(test_footnote_marks_blanked), cmocka_unit_test(test_rank_over_bracket_joined), cmocka_unit_test(test_article_phrase_over_short_line), cmocka_unit_test(test_closing_date_and_place), cmocka_unit_test(test_desk_byline_posted_footer), cmocka_unit_test(test_word_apostrophe_line_joined), cmocka_unit_test(test_item_semicolon_line_joined), cmocka_unit_test(test_wrap_short_lower_line),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
