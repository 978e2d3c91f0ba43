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
    /* after a lower-case exercise word: quoted, or with a year */
    t = test_extract("The joint tactical exercises \"Unbreakable Brotherhood-2021\" of the armies started. The "
                     "exercises Zapad 2021 began. The exercises in Georgia began.", NULL);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_EXERCISE, "Unbreakable Brotherhood-2021"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_EXERCISE, "Zapad 2021"));
    assert_int_equal(count_type(t.ex, PARLEY_ENTITY_EXERCISE), 2);
    test_doc_free(&t);
    /* a body's name ends before "and" and a title: "... Central Committee and Foreign Minister X" */
    t = test_extract("Member of the Political Bureau of the Central Committee and Foreign Minister John Abbot met Jane "
                     "Roe.", NULL);
    assert_null(find_ent(t.ex, PARLEY_ENTITY_ORGANIZATION, "Central Committee and Foreign"));
    assert_null(find_ent(t.ex, PARLEY_ENTITY_ORGANIZATION, "Committee and Foreign"));
    test_doc_free(&t);
    /* "New York City" is New York */
    t = test_extract("President John Abbot met President Jane Roe in New York City on Monday.", NULL);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_LOCATION, "New York"));
    test_doc_free(&t);
    /* a place known from context keeps an Arabic article glued by a hyphen */
    t = test_extract("President John Abbot met President Jane Roe in Sharm el-Sheikh on Monday.", NULL);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_LOCATION, "Sharm el-Sheikh"));
    test_doc_free(&t);
    /* a name after meeting words that end in "with" or "on" is a person's; not a run holding an
     * office */
    t = test_extract("Minister John Abbot sat down with Jane Roe of Uzbekistan. He paid a courtesy call on Max "
                     "Mustermann of Uzbekistan. The delegation called on Cebu City Mayor Erika Musterfrau.", NULL);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Jane Roe"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Max Mustermann"));
    assert_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Cebu City Mayor Erika Musterfrau"));
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

/* Abbreviations come from the lexicon too: "Spc." keeps its period and ends no sentence. */
static void test_lexicon_abbreviations(void **state)
{
    (void)state;
    test_doc t = test_extract("A soldier died.  Spc. Isiah L. Booker, of Cibolo, Texas, died Jan. 7. "
                              "Pfc. John Smith and Cpl. Jack Brown were wounded.", NULL);
    const parley_entity *e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Isiah L. Booker");
    assert_non_null(e);
    assert_string_equal(e->title, "Spc.");
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "John Smith"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Jack Brown"));
    test_doc_free(&t);
    assert_true(parley_lexicon_is_abbrev(test_lexicon(), "Spc", 3));
    assert_false(parley_lexicon_is_abbrev(test_lexicon(), "Spc.", 4));
    assert_false(parley_lexicon_is_abbrev(test_lexicon(), "Syria", 5));
}

/* People found from the nouns around them, never from a list of names. */
static void test_person_nouns(void **state)
{
    (void)state;
    test_doc t = test_extract("The society was later headed by his brother Tamer al-Rahim. "
                              "The Swedish citizen Omar Farouk Lind was arrested. "
                              "Sanctions target Gorge Hallani, a middleman buying oil. "
                              "Abu Jandal al-Kuwaiti, an ISIL gang leader in Raqqah, was killed. "
                              "\"We will stay,\" said Russwell. "
                              "A local physician from Husaybah, Zahid Mohammed Rawi, said the toll was high. "
                              "We mourn Navy Special Warfare Operator 1st Class Charles H. Keating IV, who was killed.",
                              NULL);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Tamer al-Rahim"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Omar Farouk Lind"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Gorge Hallani"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Abu Jandal al-Kuwaiti"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Russwell"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Zahid Mohammed Rawi"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Charles H. Keating IV"));
    /* the nisba is part of the name, not a mention of Kuwait */
    assert_null(find_ent(t.ex, PARLEY_ENTITY_COUNTRY, "Kuwait"));
    test_doc_free(&t);

    /* a ruler's regime; a named operation is not a person */
    t = test_extract("Civilians fled Tarbek's regime. The Tarbek regime fell. Troops supporting Operation Inherent "
                     "Resolve, said the release, were safe.", NULL);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Tarbek"));
    assert_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Inherent Resolve"));
    test_doc_free(&t);
}

/* Places named by what they are, and by where they stand in the sentence. */
static void test_feature_places(void **state)
{
    (void)state;
    test_doc t = test_extract("Strikes hit the Tharthar Barrage and the Hamrin mountains. Refugees fled to Mount "
                              "Sinjar and Camp Hurriya. The Qadisiya Dam Authority met. Near Karabilah, one strike "
                              "destroyed a tunnel.", NULL);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_LOCATION, "Tharthar Barrage"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_LOCATION, "Hamrin mountains"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_LOCATION, "Mount Sinjar"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_LOCATION, "Camp Hurriya"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_LOCATION, "Karabilah"));
    /* an organisation head after the place head: an organisation, not a place */
    assert_null(find_ent(t.ex, PARLEY_ENTITY_LOCATION, "Qadisiya Dam"));
    test_doc_free(&t);
}

/* An organisation's name ends where "and" starts a second title: "the President's Office and
 * Acting Minister of Defence" names no organisation "Office and Acting"; "and" between two
 * names of the same organisation still joins them. */
static void test_org_before_second_title(void **state)
{
    (void)state;
    test_doc t = test_extract("Yousef Mohammed Ali, Director of the President's Office and Acting Minister of Defence of "
                              "the Comoros, signed it. Officials of the Chamber of Commerce and Industry agreed.", NULL);
    assert_null(find_ent(t.ex, PARLEY_ENTITY_ORGANIZATION, "Office and Acting"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_ORGANIZATION, "Chamber of Commerce and Industry"));
    test_doc_free(&t);
    /* a head word that never starts a person's name still starts an organisation's; a rank
     * after an organisation starts the next person */
    t = test_extract("The Ministry of Defence said that the Chief of Army Staff General Asim Munir arrived.", NULL);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_ORGANIZATION, "Ministry of Defence"));
    assert_null(find_ent(t.ex, PARLEY_ENTITY_ORGANIZATION, "Army Staff General"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Asim Munir"));
    test_doc_free(&t);
}

/* A capitalised compound cut at a hyphen is no name ("Maritime Self-Defense Force"); a
 * hyphenated name stays whole */
static void test_hyphenated_compounds(void **state)
{
    (void)state;
    test_doc t = test_extract("He met Admiral Hiroshi Yamamura, Chief of Staff of the Japan Maritime Self-Defense "
                              "Force. Foreign Minister Jean-Yves Le Drian spoke.", NULL);
    assert_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Maritime Self"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Hiroshi Yamamura"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_ORGANIZATION, "Maritime Self-Defense Force"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Jean-Yves Le Drian"));
    test_doc_free(&t);
    /* a title word glued to a name word is part of the name */
    t = test_extract("Foreign Minister Jalil Abbas Jilani spoke with his Iranian counterpart Hossein "
                     "Amir-Abdollahian. The Russian-Chinese talks went on.", NULL);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Hossein Amir-Abdollahian"));
    assert_int_equal(count_type(t.ex, PARLEY_ENTITY_PERSON), 2);
    test_doc_free(&t);
}

/* An office word between a rank and a name is a given name ("Major General Sultan X"); an
 * honorific there is not ("Lieutenant General Sheikh Saif bin Zayed") */
static void test_office_as_given_name(void **state)
{
    (void)state;
    test_doc t = test_extract("Major General Sultan Kamaletdinov met Lieutenant General Sheikh Saif bin Zayed. "
                              "Sultan Haitham bin Tarik received them.", NULL);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Sultan Kamaletdinov"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Saif bin Zayed"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Haitham bin Tarik"));
    test_doc_free(&t);
}

/* A ship's name is no person's */
static void test_vessels(void **state)
{
    (void)state;
    test_doc t = test_extract("The aircraft carrier USS Gerald R. Ford arrived in Oslo. Capt. Paul Lanzilotta welcomed "
                              "guests aboard HMS Queen Elizabeth.", NULL);
    assert_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Gerald R. Ford"));
    assert_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "R. Ford"));
    assert_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Queen Elizabeth"));
    assert_int_equal(count_type(t.ex, PARLEY_ENTITY_PERSON), 1);
    test_doc_free(&t);
}

/* A month's name after a name word, before no number, is a surname */
static void test_month_surnames(void **state)
{
    (void)state;
    test_doc t = test_extract("Prime Minister Theresa May met Chinese Defense Minister Dong Jun on 5 May. Minister "
                              "John Smith spoke in June 2020.", NULL);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Theresa May"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Dong Jun"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "John Smith"));
    test_doc_free(&t);
    /* an office word between name words: "Abdul Amir al-Shammari" */
    t = test_extract("Minister of Interior Abdul Amir al-Shammari met him. Al-Shammari said so.", NULL);
    const parley_entity *e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Abdul Amir al-Shammari");
    assert_non_null(e);
    assert_int_equal(e->n_mentions, 2);
    test_doc_free(&t);
}

/* "(retd)" after a rank: "Lt Gen (retd) Syed Ata Hasnain" */
static void test_retired_rank(void **state)
{
    (void)state;
    test_doc t = test_extract("Lt Gen (retd) Syed Ata Hasnain, a member of the Authority, also met him.", NULL);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Syed Ata Hasnain"));
    test_doc_free(&t);
}

/* A name said to be an office holder ("was a commander", "is an Iraqi General"), not a group */
static void test_said_to_be(void **state)
{
    (void)state;
    test_doc t = test_extract("Abboud Qanbar (Arabic: X), also known as Abu Haidar, is an Iraqi General. Karim was a "
                              "commander in the navy. Jaish al-Mansurah is a Sunni militant group.", NULL);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Abboud Qanbar"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Karim"));
    assert_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Jaish al-Mansurah"));
    test_doc_free(&t);
}

/* Names listed respectively after a plural role and its countries */
static void test_respective_lists(void **state)
{
    (void)state;
    test_doc t = test_extract("The defence ministers of Estonia, Latvia and Lithuania, Jüri Luik, Raimonds Bergmanis and "
                              "Raimundas Karoblis, met in Tallinn on Tuesday.", NULL);
    assert_string_equal(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Jüri Luik")->country, "Estonia");
    assert_string_equal(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Raimonds Bergmanis")->country, "Latvia");
    assert_string_equal(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Raimundas Karoblis")->country, "Lithuania");
    assert_string_equal(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Jüri Luik")->title, "defence minister");
    test_doc_free(&t);
    /* "GOC-in-C South Western Command": no body starts at the compound's last part */
    t = test_extract("The ceremony was attended by Lieutenant General John Abbot, GOC-in-C South Western Command.", NULL);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_ORGANIZATION, "South Western Command"));
    test_doc_free(&t);
    t = test_extract("Minister Odd Roger Enoksen hosted his Swedish and Finnish colleagues, Peter Hultqvist and Antti "
                     "Kaikkonen, in Oslo.", NULL);
    assert_string_equal(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Peter Hultqvist")->country, "Sweden");
    assert_string_equal(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Antti Kaikkonen")->country, "Finland");
    test_doc_free(&t);
    /* after a dateline: "BEIJING - Prince A and B, the foreign ministers of Norway and Sweden
     * respectively, met": each one's country and the role in the singular */
    t = test_extract("BEIJING - Prince John Abbot and Jane Roe, the foreign ministers of Norway and Sweden "
                     "respectively, met in Beijing on Thursday.", NULL);
    assert_string_equal(find_ent(t.ex, PARLEY_ENTITY_PERSON, "John Abbot")->country, "Norway");
    assert_string_equal(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Jane Roe")->country, "Sweden");
    assert_string_equal(find_ent(t.ex, PARLEY_ENTITY_PERSON, "John Abbot")->title, "foreign minister");
    test_doc_free(&t);
    /* an exercise "dubbed" by its quoted name */
    t = test_extract("The joint exercise dubbed \"Peace Mission 2021\" concluded on Saturday.", NULL);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_EXERCISE, "Peace Mission 2021"));
    test_doc_free(&t);
    /* each name in brackets after its country, honorifics past: "of Egypt (A), Jordan (B) and Qatar
     * (Sheikh C)" */
    t = test_extract("The foreign ministers of Egypt (John Abbot), Jordan (Jane Roe) and Qatar (Sheikh Max Mustermann) met "
                     "in Cairo on Sunday.", NULL);
    assert_string_equal(find_ent(t.ex, PARLEY_ENTITY_PERSON, "John Abbot")->country, "Egypt");
    assert_string_equal(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Jane Roe")->country, "Jordan");
    assert_string_equal(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Max Mustermann")->country, "Qatar");
    assert_string_equal(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Jane Roe")->title, "foreign minister");
    test_doc_free(&t);
    /* "Foreign ministers A, B and C", "... A (Egypt), B (Jordan) and C": each one's title */
    t = test_extract("Foreign ministers John Abbot, Jane Roe and Max Mustermann met in Cairo on Sunday.", NULL);
    assert_string_equal(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Max Mustermann")->title, "Foreign minister");
    test_doc_free(&t);
    t = test_extract("Defence ministers John Abbot (Estonia), Jane Roe (Latvia) and Max Mustermann (Lithuania) met.", NULL);
    assert_string_equal(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Jane Roe")->title, "Defence minister");
    assert_string_equal(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Max Mustermann")->title, "Defence minister");
    assert_string_equal(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Max Mustermann")->country, "Lithuania");
    test_doc_free(&t);
    /* "met with A, Minister of Industry, and B": B joined by ", and" to a person just found */
    t = test_extract("President John Abbot today met with Jane Roe, Minister of Industry, and Max Mustermann.", NULL);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Max Mustermann"));
    test_doc_free(&t);
    t = test_extract("President John Abbot met with Jane Roe, and Max Mustermann.", NULL);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Max Mustermann"));
    test_doc_free(&t);
    /* the word after a company's legal form is the company's: "of JSC Samruk-Kazyna Jane Roe" */
    t = test_extract("President John Abbot held a meeting with Chairman of the Board of JSC Samruk-Kazyna Jane Roe.", NULL);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Jane Roe"));
    assert_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Samruk-Kazyna Jane Roe"));
    test_doc_free(&t);
    /* "People's" of a body's name is no one: "the Uganda People's Defence Force, General X" */
    t = test_extract("Defence Secretary John Abbot today hosted the Chief of Defence Forces of the Uganda People's Defence "
                     "Force, General Jane Roe, at the Ministry of Defence headquarters.", NULL);
    assert_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "People"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Jane Roe"));
    test_doc_free(&t);
    /* a name owned by a firm's one word, right after meeting words or after a person and "and" */
    t = test_extract("President John Abbot met Nvidia's Jane Roe on Monday, then met Max Mustermann and Tesla's Erika "
                     "Svensson. Acme's Tom Tailor stayed home.", NULL);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Jane Roe"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Erika Svensson"));
    assert_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Tom Tailor"));
    test_doc_free(&t);
    /* a grouping named after a city is no place; nor is the U.S. Congress (a body, no seat) */
    t = test_extract("The ministers met in Berlin in the Weimar format and backed the Astana process. They thanked the "
                     "U.S. Congress.", NULL);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_LOCATION, "Berlin"));
    assert_null(find_ent(t.ex, PARLEY_ENTITY_LOCATION, "Weimar"));
    assert_null(find_ent(t.ex, PARLEY_ENTITY_LOCATION, "Astana"));
    assert_null(find_ent(t.ex, PARLEY_ENTITY_LOCATION, "Washington"));
    test_doc_free(&t);
    /* "the Royal Australian Navy": a word no lexicon knows before the country's adjective opens
     * the body's name (not a person's name: "President Jane Roe Australian forces ...") */
    t = test_extract("The frigates will serve the Royal Australian Navy. President John Abbot met the Royal Thai Air Force "
                     "chief.", NULL);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_ORGANIZATION, "Royal Australian Navy"));
    assert_null(find_ent(t.ex, PARLEY_ENTITY_ORGANIZATION, "Australian Navy"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_ORGANIZATION, "Royal Thai Air Force"));
    test_doc_free(&t);
    /* a Portuguese "e" between surnames */
    t = test_extract("Defence Minister Fernando Azevedo e Silva met his Argentine counterpart.", NULL);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Fernando Azevedo e Silva"));
    test_doc_free(&t);
}

/* A sea or gulf named after a country is a place of its own; a Mongolian initial glued to the
 * name ("N.Enkhbold") opens the name */
static void test_named_after_country(void **state)
{
    (void)state;
    test_doc t = test_extract("Irabor warned of piracy in the Gulf of Guinea. The Minister of Defense N.Enkhbold "
                              "spoke.", NULL);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_LOCATION, "Gulf of Guinea"));
    assert_null(find_ent(t.ex, PARLEY_ENTITY_COUNTRY, "Guinea"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "N.Enkhbold"));
    test_doc_free(&t);
    /* a body's name is no person ("Indo-Pacific Command"); a weekday ends an organisation's name */
    t = test_extract("Later he met the visiting Commander of the United States Indo-Pacific Command, Admiral John "
                     "Aquilino, at the Presidential Secretariat on Tuesday.", NULL);
    assert_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Indo-Pacific"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "John Aquilino"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_ORGANIZATION, "Presidential Secretariat"));
    test_doc_free(&t);
    /* a generic name of an international body said of one country, or inside another name */
    t = test_extract("He met the Secretary of the Security Council of Kazakhstan. The Collective Security Council "
                     "met. The UN Security Council met.", NULL);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_ORGANIZATION, "Collective Security Council"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_ORGANIZATION, "United Nations Security Council"));
    const parley_entity *unsc = find_ent(t.ex, PARLEY_ENTITY_ORGANIZATION, "United Nations Security Council");
    assert_int_equal(unsc->n_mentions, 1);
    test_doc_free(&t);
}

/* A life's dates or a birth name say a person; a birth name is another name of the same one;
 * an elided particle stays in the name */
static void test_lifespans_and_birth_names(void **state)
{
    (void)state;
    test_doc t = test_extract("Amadou Lamine Diallo (1931-2019) led the ministry. Temitope Okonjo (born 1962) "
                              "wrote. Abu Ghadiya, born Badran Turki Hishan al-Mazidi, fought. Valery Giscard "
                              "d'Estaing spoke. The Tigris River (Arabic: Dijla) floods.", NULL);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Amadou Lamine Diallo"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Temitope Okonjo"));
    const parley_entity *e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Abu Ghadiya");
    assert_non_null(e);
    assert_int_equal(e->n_mentions, 2);
    assert_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Badran Turki Hishan al-Mazidi"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Valery Giscard d'Estaing"));
    assert_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Tigris River"));
    test_doc_free(&t);
    /* "Kim's sister, Kim Yo Jong,": a relative in apposition, of the possessor's country */
    t = test_extract("North Korean leader Kim Jong Un arrived. Kim's sister, Kim Yo Jong, and aides followed.", NULL);
    assert_string_equal(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Kim Yo Jong")->country, "North Korea");
    test_doc_free(&t);
    /* a small town's name opening a body's is no place: "the Federal Foreign Office" */
    t = test_extract("The talks were held at the Federal Foreign Office on Tuesday.", NULL);
    assert_null(find_ent(t.ex, PARLEY_ENTITY_LOCATION, "Federal"));
    test_doc_free(&t);
    /* a unit before ", who" is no person */
    t = test_extract("Airmen deployed from the 158th Fighter Wing, who will fly patrols.", NULL);
    assert_int_equal(count_type(t.ex, PARLEY_ENTITY_PERSON), 0);
    test_doc_free(&t);
    /* "was a former Iraqi officer": the demonym of what the person is said to be */
    t = test_extract("Ziad Khalaf al-Karbouly was a former Iraqi officer.", NULL);
    assert_string_equal(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Ziad Khalaf al-Karbouly")->country, "Iraq");
    test_doc_free(&t);
}

/* "X, who is Saudi Arabia's foreign minister": the role in a relative clause, not "who is on an
 * official visit"; "his Omani and Qatari counterparts, Sayyid A and Sheikh B": each one's country */
static void test_relative_role_and_honoured_list(void **state)
{
    (void)state;
    test_doc t = test_extract("Prince John Abbot, who is Saudi Arabia's foreign minister, met his Omani and Qatari "
                              "counterparts, Sayyid Jane Roe and Sheikh Max Mustermann, on Monday. Minister Erika "
                              "Musterfrau, who is on an official visit to Baku, spoke.", NULL);
    const parley_entity *e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "John Abbot");
    assert_non_null(e);
    assert_string_equal(e->title, "foreign minister");
    assert_string_equal(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Jane Roe")->country, "Oman");
    assert_string_equal(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Max Mustermann")->country, "Qatar");
    assert_string_equal(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Erika Musterfrau")->title, "Minister");
    test_doc_free(&t);
    /* a longer organisation wins over a region: "the Gulf Cooperation Council" */
    t = test_extract("The Secretary-General of the Gulf Cooperation Council, John Abbot, spoke.", NULL);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_ORGANIZATION, "Gulf Cooperation Council"));
    assert_null(find_ent(t.ex, PARLEY_ENTITY_LOCATION, "Gulf"));
    test_doc_free(&t);
}

/* An office's acronym in brackets before a name names that person later ("the COAS"); a country
 * opening a headline before an office is the title's, not a government ("Maldives president"). */
static void test_office_acronym_and_title_country(void **state)
{
    (void)state;
    test_doc t = test_extract("Chief of Army Staff (COAS) General John Abbot called on Minister Jane Roe in Riyadh. "
                              "Roe praised the army. The COAS also met General Max Mustermann.", NULL);
    const parley_entity *e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "John Abbot");
    assert_non_null(e);
    assert_int_equal(e->n_mentions, 2);
    assert_null(find_ent(t.ex, PARLEY_ENTITY_ORGANIZATION, "COAS"));
    test_doc_free(&t);
    t = test_extract("Maldives president meets Modi\n\nPresident John Abbot of the Maldives met Prime Minister Jane "
                     "Roe of India.", NULL);
    assert_null(find_ent(t.ex, PARLEY_ENTITY_ORGANIZATION, "Maldives"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_COUNTRY, "Maldives"));
    test_doc_free(&t);
}

/* The first of a list of names before a verb said of people: "A, B and C attended". */
static void test_list_of_names(void **state)
{
    (void)state;
    test_doc t = test_extract("President John Abbot held talks with President Jane Roe. Max Mustermann, Erika Musterfrau "
                              "and Otto Normal attended the events.", NULL);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Max Mustermann"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Erika Musterfrau"));
    test_doc_free(&t);
}

/* "Hungary's John Abbot": a name owned by a country is one of its people; a long international
 * body's name inside a title; "Senior General" a rank. */
static void test_owned_name_long_body_and_rank(void **state)
{
    (void)state;
    test_doc t = test_extract("Minister Max Mustermann held talks with Hungary's John Abbot and Britain's Royal Navy. "
                              "The President received Secretary General of the Organization for Security and "
                              "Cooperation in Europe Jane Roe. Commander-in-Chief Senior General Erika Musterfrau "
                              "spoke.", NULL);
    const parley_entity *e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "John Abbot");
    assert_non_null(e);
    assert_string_equal(e->country, "Hungary");
    assert_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Royal Navy"));
    e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Jane Roe");
    assert_non_null(e);
    assert_null(e->country);
    e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Erika Musterfrau");
    assert_non_null(e);
    assert_string_equal(e->title, "Commander-in-Chief");
    test_doc_free(&t);
}

/* "Foreign Minister Israel Katz": a country's name as a given name; "Custodian of the Two Holy
 * Mosques King X": no name starts inside a long office. */
static void test_country_given_name_and_long_office(void **state)
{
    (void)state;
    test_doc t = test_extract("President John Abbot was greeted by Foreign Minister Israel Roe. Custodian of the Two "
                              "Holy Mosques King Max Mustermann spoke.", NULL);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Israel Roe"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Max Mustermann"));
    assert_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Holy Mosques King Max Mustermann"));
    test_doc_free(&t);
}

/* A participle opening a sentence is no part of an organisation's name. */
static void test_participle_not_org(void **state)
{
    (void)state;
    test_doc t = test_extract("Briefing the Council, Assistant Secretary-General John Abbot warned of famine.", NULL);
    for (size_t i = 0; i < t.ex->n_entities; i++)
        assert_false(t.ex->entities[i].type == PARLEY_ENTITY_ORGANIZATION &&
                     strncmp(t.ex->entities[i].name, "Briefing", 8) == 0);
    test_doc_free(&t);
}

/* "Russia's Security Council" is Russia's own, not the UN's. */
static void test_national_security_council(void **state)
{
    (void)state;
    test_doc t = test_extract("The head of Russia's Security Council spoke in Tehran.", NULL);
    assert_null(find_ent(t.ex, PARLEY_ENTITY_ORGANIZATION, "United Nations Security Council"));
    test_doc_free(&t);
}

/* "X's predecessor, Y,": Y held X's office (and is of no country when it is international's). */
/* A quoted exercise name keeps its generic words: '"Joint Sea-2024" exercise'. */
static void test_quoted_exercise_name(void **state)
{
    (void)state;
    test_doc t = test_extract("The navies concluded the \"Joint Sea-2024\" exercise in Zhanjiang.", NULL);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_EXERCISE, "Joint Sea-2024"));
    test_doc_free(&t);
}

/* "Mayor of Paris Anne Hidalgo": the city of an office is no part of the name. */
static void test_city_office(void **state)
{
    (void)state;
    test_doc t = test_extract("Prime Minister John Abbot met with Mayor of Paris Jane Roe on Monday.", NULL);
    const parley_entity *e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Jane Roe");
    assert_non_null(e);
    assert_string_equal(e->title, "Mayor of Paris");
    assert_string_equal(e->country, "France");
    test_doc_free(&t);
}

static void test_predecessor_office(void **state)
{
    (void)state;
    test_doc t = test_extract("NATO Secretary General John Abbot met President Jane Roe in Ankara on Friday. Abbot's "
                              "predecessor, Max Mustermann, visited Ankara often.", NULL);
    const parley_entity *e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Max Mustermann");
    assert_non_null(e);
    assert_string_equal(e->title, "NATO Secretary General");
    assert_null(e->country);
    test_doc_free(&t);
}

/* A lexicon phrase is found however the text joins its words: one space, several, a hyphen with
 * or without spaces around it, capitals, a word with letters beyond ASCII among them. */
static void test_phrase_joins(void **state)
{
    (void)state;
    static const struct { const char *text; const char *name; } cases[] = {
        {"He went to United States Indo-Pacific Command.", "United States Indo-Pacific Command"},
        {"He went to United  States   Indo - Pacific Command.", "United States Indo-Pacific Command"},
        {"He went to UNITED STATES INDO-PACIFIC COMMAND.", "United States Indo-Pacific Command"},
        {"He flew to São Tomé and Príncipe.", "Sao Tome and Principe"},
        {"He flew to Sao  Tome and Principe.", "Sao Tome and Principe"},
        {"He flew to Côte d'Ivoire.", "Cote d'Ivoire"},
    };
    for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++) {
        test_doc t = test_extract(cases[c].text, NULL);
        size_t at = 3, want = t.ex->text.n_tokens - 1 - at;   /* after "He went/flew to", before "." */
        const parley_lex_entry *e = NULL;
        assert_int_equal(parley_match(t.ex, at, -1, &e), want);
        assert_non_null(e);
        assert_string_equal(e->canonical, cases[c].name);
        test_doc_free(&t);
    }
}

/* At a sentence's start, or after a dateline's dash, a short function word and a name before an
 * office after a comma or a verb ("To Lam also met") is a name, not before a place ("To Paris, the
 * capital"); "the Communist Party of China" keeps its first word; "SHARM EL-SHEIKH, Egypt (AP) -"
 * is a city of Egypt the lexicon does not know, written as elsewhere in the text; "the Red Sea
 * resort of X" names a place. */
static void test_opening_function_word_and_dateline_city(void **state)
{
    (void)state;
    test_doc t = test_extract("HANOI, Jan. 9 (VNA) - To Lam, General Secretary of the Party, held talks with President "
                              "John Abbot.\n\nTo Lam also met Prime Minister Jane Roe.", NULL);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "To Lam"));
    test_doc_free(&t);
    t = test_extract("To Paris, the capital, came many visitors. To Lam also met Prime Minister Jane Roe.", NULL);
    assert_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "To Paris"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "To Lam"));
    test_doc_free(&t);
    t = test_extract("He said the Communist Party of China would meet.", NULL);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_ORGANIZATION, "Communist Party of China"));
    test_doc_free(&t);
    t = test_extract("Leaders meet in Port Zelda\n\nPORT ZELDA, Egypt (AP) - President John Abbot met King Jane Roe on "
                     "Sunday.", NULL);
    const parley_entity *c = find_ent(t.ex, PARLEY_ENTITY_LOCATION, "Port Zelda");
    assert_non_null(c);
    assert_non_null(c->country);
    assert_string_equal(c->country, "Egypt");
    test_doc_free(&t);
    t = test_extract("They met in the Red Sea resort of Zelda Bay on Monday.", NULL);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_LOCATION, "Zelda Bay"));
    test_doc_free(&t);
}

/* "a delegation headed by X Y": X Y is a person; "said National Intelligence Organization chief
 * X": a stop word that is an adjective opens a body's name inside a sentence (not "The"). */
static void test_delegation_head_and_adjective_body(void **state)
{
    (void)state;
    test_doc t = test_extract("President John Abbot received a delegation headed by Karl Lindqvist on Saturday.", NULL);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Karl Lindqvist"));
    test_doc_free(&t);
    t = test_extract("He said National Intelligence Organization chief Karl Lindqvist attended.", NULL);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_ORGANIZATION, "National Intelligence Organization"));
    test_doc_free(&t);
    /* an honorific's short form last in a name is a surname: "Hun Sen said" */
    t = test_extract("Prime Minister John Abbot met Senate President Hun Sen. Hun Sen said ties were good.", NULL);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Hun Sen"));
    test_doc_free(&t);
    /* "the Spokesperson for UN Secretary-General X": X is the Secretary-General; "Spokesman for the
     * Presidency X" is the spokesman */
    t = test_extract("A readout was issued by the Spokesperson for UN Secretary-General John Abbot on Monday.", NULL);
    const parley_entity *sg = find_ent(t.ex, PARLEY_ENTITY_PERSON, "John Abbot");
    assert_non_null(sg);
    assert_non_null(sg->title);
    assert_string_equal(sg->title, "UN Secretary-General");
    test_doc_free(&t);
    /* "PRESS RELEASE" in capitals on a line of its own names no body */
    t = test_extract("PRESS RELEASE\n\nMinister John Abbot met Minister Jane Roe in Vilnius today.", NULL);
    assert_null(find_ent(t.ex, PARLEY_ENTITY_ORGANIZATION, "PRESS RELEASE"));
    test_doc_free(&t);
    /* "Austrian Chancellor Christian Abbot": a stop word after an office is a given name */
    t = test_extract("VIENNA - Austrian Chancellor Christian Abbot welcomed President Jane Roe on Friday.", NULL);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Christian Abbot"));
    test_doc_free(&t);
    /* "met X on Capitol Hill, the Department of the Taoiseach said": no person "Capitol Hill"; "X,
     * Ministry of National Defense spokesperson, said" keeps its role */
    t = test_extract("Taoiseach John Abbot met Speaker Jane Roe on Capitol Hill, the Department of the Taoiseach said. "
                     "Karl Lindqvist, Ministry of National Defense spokesperson, said the talks went well.", NULL);
    assert_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Capitol Hill"));
    const parley_entity *kl = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Karl Lindqvist");
    assert_non_null(kl);
    assert_non_null(kl->title);
    test_doc_free(&t);
    /* "Georgia's Euro-Atlantic integration": a country's hyphenated adjective is no person */
    t = test_extract("Minister John Abbot met Jane Roe. The sides discussed Georgia's Euro-Atlantic integration.", NULL);
    assert_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Euro-Atlantic"));
    test_doc_free(&t);
    t = test_extract("The Council met on Monday.", NULL);
    assert_null(find_ent(t.ex, PARLEY_ENTITY_ORGANIZATION, "The Council"));
    test_doc_free(&t);
}

/* "met with To Lam, general secretary of ...": a short function word as a surname, after meeting
 * words and before a lower-case office; a plural word ending a body's name after "of the" is no
 * person; "(Retd)" after a rank of two words keeps the office before it. */
static void test_function_word_surname_and_body_end(void **state)
{
    (void)state;
    test_doc t = test_extract("President John Abbot met with To Lam, general secretary of the party, in Beijing.", NULL);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "To Lam"));
    test_doc_free(&t);
    t = test_extract("He wants to go To Paris, the capital.", NULL);
    assert_int_equal(count_type(t.ex, PARLEY_ENTITY_PERSON), 0);
    test_doc_free(&t);
    t = test_extract("The meeting was attended by Major General Jane Roe, Commander of the Joint Operations, and others.", NULL);
    assert_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Operations"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Jane Roe"));
    test_doc_free(&t);
    t = test_extract("The Admiral called on the Deputy Minister of Defence, Major General (Retd) Jane Roe, in Colombo.", NULL);
    const parley_entity *e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Jane Roe");
    assert_non_null(e);
    assert_string_equal(e->title, "Deputy Minister of Defence");
    test_doc_free(&t);
}

/* "King Abdullah II bin Al Hussein": a father's name after a king's number; "King Khalid
 * International Airport" is a place, no king. */
static void test_regnal_father_and_named_place(void **state)
{
    (void)state;
    test_doc t = test_extract("The President received King Abdullah II bin Al Hussein of Jordan. Earlier, he was received "
                              "at King Khalid International Airport by Governor Jane Roe.", NULL);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Abdullah II bin Al Hussein"));
    assert_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Al Hussein"));
    assert_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Khalid"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Jane Roe"));
    test_doc_free(&t);
}

/* "... the Organisation for the Prohibition of Chemical Weapons, where they met its
 * Director-General, X": the office of the international body named before. */
static void test_its_office_international(void **state)
{
    (void)state;
    test_doc t = test_extract("THE HAGUE, 12 March 2026 - The ministers visited the headquarters of the Organisation for "
                              "the Prohibition of Chemical Weapons, where they met its Director-General, John Abbot.", NULL);
    const parley_entity *e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "John Abbot");
    assert_non_null(e);
    assert_null(e->country);
    test_doc_free(&t);
}

/* "Minister of Defense NAKATANI Gen held ..." (a given name that is a rank's word, with nothing
 * capitalised after it); "Richard Marles MP, Deputy Prime Minister and Minister for Defence of
 * Australia," (the apposition past a postnominal). */
static void test_rank_given_name_and_postnominal(void **state)
{
    (void)state;
    test_doc t = test_extract("Minister of Defense NAKATANI Gen held a meeting with the Honourable John Abbot MP, Deputy "
                              "Prime Minister and Minister for Defence of Australia, in Tokyo.", NULL);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "NAKATANI Gen"));
    const parley_entity *e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "John Abbot");
    assert_non_null(e);
    assert_string_equal(e->title, "Deputy Prime Minister and Minister for Defence");
    assert_string_equal(e->country, "Australia");
    test_doc_free(&t);
    /* a rank before a name stays a rank */
    t = test_extract("Chief of Staff JONES Gen Mark Smith spoke.", NULL);
    assert_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "JONES Gen"));
    test_doc_free(&t);
}

/* "Prime Minister Luís Montenegro and ...": a country's name as a surname; "Montenegro was also
 * received by X" is then the person; a line in capitals gives no body. */
static void test_country_surname_and_caps_line(void **state)
{
    (void)state;
    test_doc t = test_extract("DEFENCE MINISTERS SIGN COOPERATION PLAN\n\nPrime Minister John Montenegro and Prime "
                              "Minister Jane Roe met in Praia. Montenegro was also received by President Max Mustermann.",
                              NULL);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "John Montenegro"));
    assert_null(find_ent(t.ex, PARLEY_ENTITY_COUNTRY, "Montenegro"));
    assert_int_equal(count_type(t.ex, PARLEY_ENTITY_ORGANIZATION), 0);
    test_doc_free(&t);
    /* the country stays a country where it is one */
    t = test_extract("President John Abbot visited Montenegro on Monday.", NULL);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_COUNTRY, "Montenegro"));
    test_doc_free(&t);
}

/* "Emperor Naruhito" (an office); "then-Defense Secretary X" (no hyphen opens the title). */
static void test_emperor_and_then_title(void **state)
{
    (void)state;
    test_doc t = test_extract("Crown Prince John Abbot was received in audience by Emperor Jane Roe. He held talks with "
                              "then-Defense Secretary Max Mustermann in 2024.", NULL);
    const parley_entity *e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Jane Roe");
    assert_non_null(e);
    assert_string_equal(e->title, "Emperor");
    e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Max Mustermann");
    assert_non_null(e);
    assert_string_equal(e->title, "Defense Secretary");
    test_doc_free(&t);
}

/* a compass word after a body's name is no person ("Multinational Corps Northeast"); "Kremlin
 * aide X" is an aide's title */
static void test_compass_word_and_aide(void **state)
{
    (void)state;
    test_doc t = test_extract("They were joined by the commander of NATO's Multinational Corps Northeast, Lieutenant "
                              "General John Abbot. Erdogan invited Putin, Kremlin aide Jane Roe told reporters.", NULL);
    assert_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Northeast"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "John Abbot"));
    const parley_entity *e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Jane Roe");
    assert_non_null(e);
    assert_string_equal(e->title, "Kremlin aide");
    assert_string_equal(e->country, "Russia");
    test_doc_free(&t);
    /* a site named after a country names no country: "the Burma Camp" */
    t = test_extract("The meeting took place at the Burma Camp in Accra.", NULL);
    assert_null(find_ent(t.ex, PARLEY_ENTITY_COUNTRY, "Myanmar"));
    test_doc_free(&t);
    /* an honorific of several words is no part of the name ("Dato' Seri"); a service between an
     * office and a rank is not the title's; a place head of two words ("Air Base") */
    t = test_extract("John Abbot met the Defence Minister of Malaysia Dato' Seri Jane Roe at Ramstein Air Base. Pentagon "
                     "Press Secretary Air Force Maj. Gen. Max Mustermann provided the readout.", NULL);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Jane Roe"));
    assert_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Seri Jane Roe"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_LOCATION, "Ramstein Air Base"));
    assert_string_equal(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Max Mustermann")->title, "Pentagon Press Secretary");
    test_doc_free(&t);
    /* a legislature of the lexicon ends the body; a one-word office before a lone surname after
     * "<office> of the <body>" is a given name */
    t = test_extract("John Abbot met with Chair of the Milli Majlis Jane Roe. He also met Speaker of the Knesset Amir "
                     "Mustermann.", NULL);
    const parley_entity *c = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Jane Roe");
    assert_non_null(c);
    assert_string_equal(c->title, "Chair of the Milli Majlis");
    assert_string_equal(c->country, "Azerbaijan");
    c = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Amir Mustermann");
    assert_non_null(c);
    assert_string_equal(c->title, "Speaker of the Knesset");
    test_doc_free(&t);
    t = test_extract("The envoy in Kabul John Abbot met Foreign Minister Amir Jane Roe and Minister of Industry Sultan "
                     "Max Mustermann. Deputy Minister Erika Musterfrau and the Chairman of the Cabinet of Ministers "
                     "Otto Normalverbraucher were present.", NULL);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "John Abbot"));
    assert_string_equal(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Amir Jane Roe")->title, "Foreign Minister");
    assert_string_equal(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Sultan Max Mustermann")->title, "Minister of Industry");
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Erika Musterfrau"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Otto Normalverbraucher"));
    test_doc_free(&t);
    /* a gathering named after a big city names the city; not a town named like a hotel */
    t = test_extract("He is attending the Antalya Diplomacy Forum. He spoke at the Shangri-La Dialogue.", NULL);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_ORGANIZATION, "Antalya Diplomacy Forum"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_LOCATION, "Antalya"));
    assert_null(find_ent(t.ex, PARLEY_ENTITY_LOCATION, "Shangri-La"));
    test_doc_free(&t);
    /* "A, B and other Chinese officials attended": people, of that country */
    t = test_extract("John Abbot, Jane Roe and other Chinese officials attended the talks.", NULL);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "John Abbot"));
    assert_string_equal(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Jane Roe")->country, "China");
    test_doc_free(&t);
    /* "the naval exercise Varuna in ...", "the Joint Sea-2024 drills"; not "the exercise Tuesday" */
    t = test_extract("The navies began the bilateral naval exercise Varuna in the Arabian Sea. Warships held the Joint "
                     "Sea-2024 drills. The exercise Tuesday involved 500 troops.", NULL);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_EXERCISE, "Varuna"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_EXERCISE, "Joint Sea-2024"));
    assert_int_equal(count_type(t.ex, PARLEY_ENTITY_EXERCISE), 2);
    test_doc_free(&t);
}

/* "Chief of Army Staff General X": the words that end an office of the lexicon name no body;
 * "Minister for Sustainability and the Environment X": a portfolio of the lexicon, not a name */
static void test_office_words_and_portfolio(void **state)
{
    (void)state;
    /* a demonym's word last in a name is a surname; Myanmar's honorific U */
    {
        test_doc u = test_extract("Foreign Minister Jane Roe met Volker Turk, UN High Commissioner for Human Rights. "
                                  "Union Minister for Foreign Affairs U Max Mustermann was present.", NULL);
        assert_non_null(find_ent(u.ex, PARLEY_ENTITY_PERSON, "Volker Turk"));
        assert_null(find_ent(u.ex, PARLEY_ENTITY_COUNTRY, "Turkey"));
        assert_non_null(find_ent(u.ex, PARLEY_ENTITY_PERSON, "Max Mustermann"));
        test_doc_free(&u);
    }
    /* "Rwanda and Congo, A and B, signed": two names joined by "and" closing an apposition before
     * a verb said of people */
    {
        test_doc u = test_extract("Rwanda and Congo, John Abbot and Jane Roe, signed a peace agreement.", NULL);
        assert_non_null(find_ent(u.ex, PARLEY_ENTITY_PERSON, "John Abbot"));
        assert_non_null(find_ent(u.ex, PARLEY_ENTITY_PERSON, "Jane Roe"));
        test_doc_free(&u);
        /* (the longest country name before a respective list: not "Congo" of "the Democratic
         * Republic of the Congo") */
        u = test_extract("The foreign ministers of Rwanda and the Democratic Republic of the Congo, John Abbot and "
                         "Jane Roe, signed a peace agreement.", NULL);
        assert_person_country(u.ex, "John Abbot", "Rwanda");
        assert_person_country(u.ex, "Jane Roe", "Democratic Republic of the Congo");
        test_doc_free(&u);
    }
    /* a participle opening the sentence is no given name */
    {
        test_doc u = test_extract("Welcoming Abbot, Prime Minister Jane Roe said the two countries were friends. "
                                  "Receiving Max Mustermann, the president praised the ties.", NULL);
        assert_null(find_ent(u.ex, PARLEY_ENTITY_PERSON, "Welcoming Abbot"));
        assert_null(find_ent(u.ex, PARLEY_ENTITY_PERSON, "Receiving Max Mustermann"));
        assert_non_null(find_ent(u.ex, PARLEY_ENTITY_PERSON, "Max Mustermann"));
        test_doc_free(&u);
    }
    test_doc t = test_extract("Chief of Army Staff General John Abbot called on Prime Minister Jane Roe. Minister for "
                              "Sustainability and the Environment Max Mustermann signed the arrangement.", NULL);
    assert_null(find_ent(t.ex, PARLEY_ENTITY_ORGANIZATION, "Army Staff"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "John Abbot"));
    const parley_entity *e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Max Mustermann");
    assert_non_null(e);
    assert_string_equal(e->title, "Minister for Sustainability and the Environment");
    test_doc_free(&t);
    /* a headline in capitals names no body and no exercise */
    t = test_extract("INDONESIA, AUSTRALIA HOLD JOINT EXERCISE\n\nThe armies opened Exercise Wirra Jaya 2025 in Bandung.",
                     NULL);
    assert_int_equal(count_type(t.ex, PARLEY_ENTITY_ORGANIZATION), 0);
    assert_int_equal(count_type(t.ex, PARLEY_ENTITY_EXERCISE), 1);
    test_doc_free(&t);
    /* "General Secretary of the Communist Party of Vietnam To Lam"; "the Wall of Remembrance of the
     * Fallen Defenders of Ukraine" names no one */
    t = test_extract("General Secretary of the Communist Party of Vietnam To Lam met President John Abbot. They visited "
                     "the Wall of Remembrance of the Fallen Defenders of Ukraine.", NULL);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "To Lam"));
    assert_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Fallen Defenders"));
    test_doc_free(&t);
    /* an office read as a given name, then taken back before a title's words: each word is read
     * once (this sentence looped for ever; found by fuzz_extract) */
    t = test_extract("The Chief of Defense Forces Prime Minister Abiy Ahmed met him.", NULL);
    assert_int_equal(count_type(t.ex, PARLEY_ENTITY_PERSON), 1);
    test_doc_free(&t);
    /* a treaty's name is a document's, no body's; "his wife, X" is a person */
    t = test_extract("The presidents signed a Treaty on Allied Relations. He was accompanied by his wife, Erika Abbot.", NULL);
    assert_int_equal(count_type(t.ex, PARLEY_ENTITY_ORGANIZATION), 0);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Erika Abbot"));
    test_doc_free(&t);
}

static void test_place_adjective_and_ministry_of(void **state)
{
    (void)state;
    /* "cooperation in Antarctic search and rescue": an adjective, no place; "in Dalian on Monday" is one */
    test_doc t = test_extract("They signed a memorandum on cooperation in Antarctic search and rescue. They met in "
                              "Zorvania on Monday.", NULL);
    assert_null(find_ent(t.ex, PARLEY_ENTITY_LOCATION, "Antarctic"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_LOCATION, "Zorvania"));
    test_doc_free(&t);
    /* "the Estonian Ministry of Defence said": the ministry's whole name */
    t = test_extract("The ministers discussed air defence, the Estonian Ministry of Defence said.", NULL);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_ORGANIZATION, "Estonian Ministry of Defence"));
    assert_null(find_ent(t.ex, PARLEY_ENTITY_ORGANIZATION, "Estonian Ministry"));
    test_doc_free(&t);
    /* "Indian Army Vice Chief of Army Staff X": no body "Army Vice" */
    t = test_extract("Armenian Defense Minister Jane Roe received Indian Army Vice Chief of Army Staff Lieutenant "
                     "General John Abbot.", NULL);
    assert_null(find_ent(t.ex, PARLEY_ENTITY_ORGANIZATION, "Army Vice"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "John Abbot"));
    test_doc_free(&t);
    /* "General He Weidong": the surname He after a rank; "He met ..." stays a pronoun */
    t = test_extract("Minister John Abbot met with visiting Chinese General He Weidong here on Friday. He met Jane Roe "
                     "later.", NULL);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "He Weidong"));
    assert_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "He"));
    test_doc_free(&t);
    /* "former Executive Director of Human Rights Watch": a body's name, no person "Watch" */
    t = test_extract("President John Abbot today received Jane Roe, former Executive Director of Human Rights Watch, at "
                     "the palace.", NULL);
    assert_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Watch"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_ORGANIZATION, "Human Rights Watch"));
    test_doc_free(&t);
    /* "King Carl XVI Gustaf": a king's number inside his name; "King Abdullah II" ends with it */
    t = test_extract("He met King John XVI Abbot at the Royal Palace, and King Jane II at the palace.", NULL);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "John XVI Abbot"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Jane II"));
    test_doc_free(&t);
    /* "Poland's Armament Agency and South Korea's Hyundai Rotem signed": a company */
    t = test_extract("Poland's Armament Agency and South Korea's Hyundai Rotem signed a contract on Friday.", NULL);
    assert_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Hyundai Rotem"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_ORGANIZATION, "Hyundai Rotem"));
    test_doc_free(&t);
}

static void test_body_name_ends_before_article(void **state)
{
    (void)state;
    /* "From: Ministry of Defence and The Rt Hon X MP": an article ends no body's name */
    test_doc t = test_extract("From: Ministry of Defence and The Rt Hon John Abbot MP\n\nThe minister spoke.", NULL);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_ORGANIZATION, "Ministry of Defence"));
    assert_null(find_ent(t.ex, PARLEY_ENTITY_ORGANIZATION, "Ministry of Defence and The"));
    test_doc_free(&t);
    /* a year of two digits ends an exercise's name (not a count: "Balikatan with 24 ships") */
    t = test_extract("The Pakistan Navy's multinational exercise AMAN-25 began on Friday. U.S. forces kicked off Exercise "
                     "Balikatan 24 in Manila on Monday. Exercise Sea Breeze 24 troops took part.", NULL);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_EXERCISE, "AMAN-25"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_EXERCISE, "Balikatan 24"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_EXERCISE, "Sea Breeze"));
    test_doc_free(&t);
    /* a bare surname owning a ruler's or a speaker's noun is a person; a city is not */
    t = test_extract("He criticised Lindqvist's remarks and Moscow's invasion, and Beijing's aggression.", NULL);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Lindqvist"));
    assert_int_equal(count_type(t.ex, PARLEY_ENTITY_PERSON), 1);
    test_doc_free(&t);
    /* a region opened by a demonym names no country: "the Indian Ocean", "the Korean Peninsula" */
    t = test_extract("They discussed security in the Indian Ocean and on the Korean Peninsula.", NULL);
    assert_null(find_ent(t.ex, PARLEY_ENTITY_COUNTRY, "India"));
    assert_null(find_ent(t.ex, PARLEY_ENTITY_COUNTRY, "South Korea"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_LOCATION, "Indian Ocean"));
    test_doc_free(&t);
    /* after an office's "of", a company's words and then a name of two: "Chairman of Northwind
     * Karl Lindqvist", "Chairman of the Board of Directors of Air Northwind Erika Svensson" */
    t = test_extract("The President met Jane Roe. He then received Chairman of Northwind Karl Lindqvist and Chairman of "
                     "the Board of Directors of Air Northwind Erika Svensson.", NULL);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Karl Lindqvist"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Erika Svensson"));
    assert_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Northwind Karl Lindqvist"));
    test_doc_free(&t);
    /* a small city after a site's name and a comma ("at Seri Perdana, Putrajaya"); "Datuk Seri
     * Utama" an honorific */
    t = test_extract("KUALA LUMPUR - Prime Minister John Abbot received Jane Roe at Seri Perdana, Putrajaya, today. Also "
                     "present was Foreign Minister Datuk Seri Utama Karl Lindqvist.", NULL);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_LOCATION, "Putrajaya"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Karl Lindqvist"));
    test_doc_free(&t);
    /* "The Pakistan side was led by X": a country's group, not the country's government */
    t = test_extract("Talks were held.\n\nThe Pakistan side was led by Karl Lindqvist.", NULL);
    assert_int_equal(count_type(t.ex, PARLEY_ENTITY_ORGANIZATION), 0);
    test_doc_free(&t);
    /* "Eng." an honorific */
    t = test_extract("The reception was attended by Vice Minister of Foreign Affairs Eng. Karl Lindqvist.", NULL);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Karl Lindqvist"));
    assert_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Eng"));
    test_doc_free(&t);
    /* ... not a name of three after a country's office ("President of Turkey X Y Z") */
    t = test_extract("He met President of Turkey Karl Erik Lindqvist.", NULL);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Karl Erik Lindqvist"));
    test_doc_free(&t);
    /* nor does a demonym after a continent's part: "Latin American", "North American" */
    t = test_extract("They met Latin American and North American partners, and South Korean investors.", NULL);
    assert_null(find_ent(t.ex, PARLEY_ENTITY_COUNTRY, "United States"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_COUNTRY, "South Korea"));
    test_doc_free(&t);
    /* a Malaysian honorific of three words is no name */
    t = test_extract("Also present was Foreign Minister Datuk Seri Diraja Dr John Abbot.", NULL);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "John Abbot"));
    assert_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Diraja"));
    assert_int_equal(count_type(t.ex, PARLEY_ENTITY_PERSON), 1);
    test_doc_free(&t);
}

static void test_exercise_stop_word_and_bracketed_rank(void **state)
{
    (void)state;
    /* "Exercise New Horizon": a word kept out of names, inside an exercise's name */
    test_doc t = test_extract("The chiefs discussed Exercise New Horizon and Exercise Northern Edge. They also "
                              "discussed Exercise Pitch Black and Exercise Cope Thunder.", NULL);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_EXERCISE, "Cope Thunder"));
    assert_null(find_ent(t.ex, PARLEY_ENTITY_ORGANIZATION, "Exercise Cope Thunder"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_EXERCISE, "New Horizon"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_EXERCISE, "Northern Edge"));
    test_doc_free(&t);
    /* "opposing X's attempts", "X's war": a ruler's nouns make a bare surname a person */
    t = test_extract("The two countries oppose Lindqvist's attempts to rebuild the empire and Mustermann's war.", NULL);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Lindqvist"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Mustermann"));
    test_doc_free(&t);
    /* "the India-Sri Lanka joint military exercise": no exercise "Lanka"; "Talisman Sabre 2023, the
     * largest bilateral training activity"; "F-16 training" is no exercise */
    t = test_extract("The India-Sri Lanka joint military exercise \"MITRA SHAKTI-2023\" began. Troops took part in "
                     "Talisman Sabre 2023, the largest bilateral training activity. They discussed F-16 training.", NULL);
    assert_null(find_ent(t.ex, PARLEY_ENTITY_EXERCISE, "Lanka"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_EXERCISE, "Talisman Sabre 2023"));
    assert_null(find_ent(t.ex, PARLEY_ENTITY_EXERCISE, "F-16"));
    test_doc_free(&t);
    /* "between the General Staffs": no person "Staffs" */
    t = test_extract("The sides signed a Plan of Bilateral Cooperation between the General Staffs for 2024.", NULL);
    assert_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Staffs"));
    test_doc_free(&t);
    /* "Lieutenant General (Pilot) X": a word in brackets after a rank */
    t = test_extract("The meeting was attended by Chief of Staff of the Armed Forces Lieutenant General (Pilot) Salem "
                     "Erika Svensson.", NULL);
    const parley_entity *e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Salem Erika Svensson");
    assert_non_null(e);
    assert_non_null(e->title);
    assert_string_equal(e->title, "Chief of Staff of the Armed Forces");
    test_doc_free(&t);
}

static void test_demonym_city_and_seats(void **state)
{
    (void)state;
    /* "Lao Cai" is a city of Vietnam, no Lao; "the province of X" says a place follows */
    test_doc t = test_extract("Mine clearance in the northern province of Lao Cai continued.", NULL);
    assert_null(find_ent(t.ex, PARLEY_ENTITY_COUNTRY, "Laos"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_LOCATION, "Lào Cai"));
    test_doc_free(&t);
    /* a palace that is a seat of government names its city (spelt with accents in the lexicon) */
    test_doc u = test_extract("President John Abbot received President Jane Roe at Planalto Palace on Monday. "
                              "Prime Minister Max Mustermann met him at Hyderabad House.", NULL);
    assert_non_null(find_ent(u.ex, PARLEY_ENTITY_LOCATION, "Brasília"));
    assert_non_null(find_ent(u.ex, PARLEY_ENTITY_LOCATION, "New Delhi"));
    test_doc_free(&u);
}

static void test_alliance_of_a_longer_name(void **state)
{
    (void)state;
    /* "the Alliance of Sahel States" is no NATO ("the Alliance") */
    test_doc t = test_extract("The ministers worked on a joint force for the Alliance of Sahel States (AES).", NULL);
    assert_null(find_ent(t.ex, PARLEY_ENTITY_ORGANIZATION, "North Atlantic Treaty Organization"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_ORGANIZATION, "Alliance of Sahel States"));
    test_doc_free(&t);
}

static void test_single_quoted_exercise(void **state)
{
    (void)state;
    test_doc t = test_extract("Troops will take part in the joint military exercise 'Dharma Guardian', which will be "
                              "conducted at Camp Imazu.", NULL);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_EXERCISE, "Dharma Guardian"));
    test_doc_free(&t);
}

static void test_generation_after_comma(void **state)
{
    (void)state;
    /* "Gilberto C. Teodoro, Jr.": the generation is part of the name, the comma is not */
    test_doc t = test_extract("Minister John Abbot held a meeting with Secretary Max C. Mustermann, Jr. at the Ministry.", NULL);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Max C. Mustermann Jr."));
    test_doc_free(&t);
}

static void test_channel_is_a_place(void **state)
{
    (void)state;
    test_doc t = test_extract("They agreed to hold joint naval exercises in the Beagle Channel.", NULL);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_LOCATION, "Beagle Channel"));
    assert_null(find_ent(t.ex, PARLEY_ENTITY_ORGANIZATION, "Beagle Channel"));
    test_doc_free(&t);
}

static void test_owners_kin_apposition(void **state)
{
    (void)state;
    /* "Jane Roe, the leader's sister,": a person, the office the leader's */
    test_doc t = test_extract("North Korean leader John Abbot welcomed Russian President Max Mustermann at the airport. Jane "
                              "Roe, the leader's sister, was also at the airport.", "2024-06-19");
    const parley_entity *e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Jane Roe");
    assert_non_null(e);
    assert_null(e->title);
    test_doc_free(&t);
}

static void test_md_short_given_name(void **state)
{
    (void)state;
    /* "Md. Jashim Uddin": a given name's short form opens the name */
    test_doc t = test_extract("DHAKA - Foreign Secretary John Abbot held consultations with his Bangladeshi counterpart Md. "
                              "Jashim Uddin in Dhaka on Monday.", "2024-12-09");
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Md. Jashim Uddin"));
    test_doc_free(&t);
}

static void test_exercise_name_before_verb(void **state)
{
    (void)state;
    /* "the India-Japan joint military exercise Dharma Guardian commenced at ...": the name after
     * the exercise word, before a verb */
    test_doc t = test_extract("The fifth edition of the India-Japan joint military exercise Dharma Guardian commenced at "
                              "Mahajan Field Firing Ranges in Rajasthan on Monday.", "2024-02-26");
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_EXERCISE, "Dharma Guardian"));
    test_doc_free(&t);
}

static void test_initials_and_office_surname(void **state)
{
    (void)state;
    /* initials in capitals inside a name, and a short office word last in a name of two words */
    test_doc t = test_extract("Foreign Minister Jane LP Roe met Ambassador John Abbot Sheikh, who later met Emir of Qatar "
                              "Sheikh Max Mustermann in Doha.", "2024-07-09");
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Jane LP Roe"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "John Abbot Sheikh"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Max Mustermann"));
    assert_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Sheikh Max Mustermann"));
    test_doc_free(&t);
    /* (an acronym between names is no initial: "John Abbot NATO Secretary" is no test; the
     * country's acronym after a given name: "Jane Roe US envoy" keeps "Jane Roe") */
    t = test_extract("Minister John Abbot met Jane Roe, US Secretary of State, in Rome.", "2024-07-09");
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Jane Roe"));
    test_doc_free(&t);
}

static void test_companions_and_private_people(void **state)
{
    (void)state;
    /* names after "accompanied by", a colon's list after a plural office, and a private person's
     * noun ("actress") are people */
    test_doc t = test_extract("Chancellor John Abbot was accompanied by Jane Roe and Max Mustermann. He was joined by three "
                              "cabinet ministers: Erika Svensson, Karl Lindqvist and Anna Berg. The dinner was attended by "
                              "actress Lena Holm.", "2024-04-16");
    const char *want[] = {"Jane Roe", "Max Mustermann", "Erika Svensson", "Karl Lindqvist", "Anna Berg", "Lena Holm"};
    for (size_t k = 0; k < sizeof(want) / sizeof(*want); k++)
        assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, want[k]));
    test_doc_free(&t);
    /* (not a body after "accompanied by": "accompanied by Foreign Ministry officials") */
    t = test_extract("Chancellor John Abbot was accompanied by Foreign Ministry officials.", "2024-04-16");
    assert_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Foreign Ministry"));
    test_doc_free(&t);
}

static void test_opening_lowercase_modifier(void **state)
{
    (void)state;
    /* a lower-case modifier capitalised for opening the sentence is dropped from the title, a
     * capitalised one kept */
    test_doc t = test_extract("Newly appointed NATO Secretary General John Abbot met Jane Roe in Kyiv. Supreme Leader Max "
                              "Mustermann met Erika Svensson in Tehran.", "2024-12-03");
    const parley_entity *e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "John Abbot");
    assert_non_null(e);
    assert_string_equal(e->title, "NATO Secretary General");
    e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Max Mustermann");
    assert_non_null(e);
    assert_string_equal(e->title, "Supreme Leader");
    test_doc_free(&t);
}

static void test_exercise_acronym_and_apposition(void **state)
{
    (void)state;
    /* "the Rim of the Pacific (RIMPAC) exercise": the name before its acronym, "of the" inside;
     * "Pacific Vanguard, a smaller drill": a name in apposition to the exercise word */
    test_doc t = test_extract("Twenty-nine nations are taking part in the Rim of the Pacific (RIMPAC) exercise. The exercise "
                              "follows Pacific Vanguard, a smaller drill held in May with Japan.", "2024-06-27");
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_EXERCISE, "Rim of the Pacific"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_EXERCISE, "Pacific Vanguard"));
    test_doc_free(&t);
    /* (not a country in apposition to a phrase about the exercise: "Japan, a key partner in the
     * exercise") */
    t = test_extract("They visited Japan, a key partner in the exercise, and Kenya, a regular host of the drills.",
                     "2024-06-27");
    assert_int_equal(count_type(t.ex, PARLEY_ENTITY_EXERCISE), 0);
    test_doc_free(&t);
}

static void test_compound_end_and_bracketed_mark(void **state)
{
    (void)state;
    /* "the UN General Assembly High-Level Week, held a meeting": the end of a compound is no name;
     * "Maj. Gen. (res.) X": the bracketed mark's period ends no sentence */
    test_doc t = test_extract("Minister John Abbot, who is visiting New York to attend the UN General Assembly High-Level "
                              "Week, held a meeting with Jane Roe. He was accompanied by Maj. Gen. (res.) Max Mustermann.",
                              "2024-09-24");
    assert_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Level Week"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Max Mustermann"));
    test_doc_free(&t);
}

static void test_alias_and_appointed(void **state)
{
    (void)state;
    /* "X (Arabic: ...), also known as Y, is an Iraqi General": Y is X's other name, one person;
     * "Z appointed W": Z is a person */
    test_doc t = test_extract("John Abbot (Arabic: abc), also known as Abu Roe, is an Iraqi General. Max Mustermann appointed "
                              "him commander in 2004.", "2024-03-15");
    const parley_entity *e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "John Abbot");
    assert_non_null(e);
    assert_int_equal(e->n_mentions, 2);
    assert_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Abu Roe"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Max Mustermann"));
    test_doc_free(&t);
}

static void test_exercise_after_comma_and_season(void **state)
{
    (void)state;
    /* "a trilateral exercise, Resolute Dragon, in 2025"; "their annual Ulchi Freedom Shield summer
     * exercise" */
    test_doc t = test_extract("The three countries announced plans to hold a trilateral exercise, Resolute Dragon, in 2025. "
                              "South Korea and the United States began their annual Ulchi Freedom Shield summer exercise "
                              "on Monday, a day after North Korea warned of war.", "2024-08-19");
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_EXERCISE, "Resolute Dragon"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_EXERCISE, "Ulchi Freedom Shield"));
    test_doc_free(&t);
    /* (not a clause after the exercise's words: "During the exercise, Marines practiced") */
    t = test_extract("During the exercise, Marines practiced landings. After a joint drill, Commander Jane Roe spoke.",
                     "2024-08-19");
    assert_int_equal(count_type(t.ex, PARLEY_ENTITY_EXERCISE), 0);
    test_doc_free(&t);
}

static void test_country_surname_and_members(void **state)
{
    (void)state;
    /* "The Portuguese Prime Minister, Luís Montenegro, received": a country's name as a surname in
     * apposition; "met war cabinet members A and B": people after a plural noun of people */
    test_doc t = test_extract("The Portuguese Prime Minister, Luís Montenegro, received President Jane Roe in Lisbon. Mr "
                              "John Abbot also met war cabinet members Max Mustermann and Erika Svensson.", "2024-05-15");
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Luís Montenegro"));
    assert_null(find_ent(t.ex, PARLEY_ENTITY_COUNTRY, "Montenegro"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Max Mustermann"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Erika Svensson"));
    test_doc_free(&t);
    /* (the country after a title stays a country: "President, Montenegro, and Serbia") */
    t = test_extract("Leaders of Serbia, Montenegro, and Croatia met in Budva.", "2024-05-15");
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_COUNTRY, "Montenegro"));
    test_doc_free(&t);
}

static void test_official_visit_no_person(void **state)
{
    (void)state;
    /* "is on an Official Visit to Singapore": the visit's capitals name no one */
    test_doc t = test_extract("Prime Minister Jane Roe is on an Official Visit to Singapore from 19 to 21 February 2024.",
                              "2024-02-20");
    assert_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Visit"));
    assert_int_equal(count_type(t.ex, PARLEY_ENTITY_PERSON), 1);
    test_doc_free(&t);
}

static void test_seat_said_is_no_person(void **state)
{
    (void)state;
    /* "..., Wisma Putra said on Saturday": a seat of government of the lexicon, no person */
    test_doc t = test_extract("Prime Minister Jane Roe will meet President John Abbot in Beijing next week, Wisma Putra said on "
                              "Saturday.", "2024-11-09");
    assert_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Wisma Putra"));
    test_doc_free(&t);
}

/* untitled names found from context: "ready to meet Max Mustermann" (the infinitive); "a meeting
 * between Abbot and Erika Svensson" (after "and", the surname of a person named before) */
static void test_untitled_names_by_meeting(void **state)
{
    (void)state;
    test_doc t = test_extract("John Abbot met Jane Roe in Ankara on Thursday. Abbot said he was ready to meet Max "
                              "Mustermann in Istanbul. Roe offered to host a meeting between Abbot and Erika Svensson.",
                              "2025-05-15");
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Max Mustermann"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Erika Svensson"));
    test_doc_free(&t);
}

/* Vietnam's surname To after a title's last word: "... Central Committee To Lam held talks" */
static void test_to_lam_surname(void **state)
{
    (void)state;
    test_doc t = test_extract("HANOI - General Secretary of the Communist Party of Vietnam Central Committee To Lam held "
                              "talks with President John Abbot in Hanoi on April 14.", "2025-04-15");
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "To Lam"));
    assert_null(find_ent(t.ex, PARLEY_ENTITY_ORGANIZATION, "Committee To Lam"));
    test_doc_free(&t);
}

/* "US Secretary of State John Abbot's predecessor Jane Roe": the office and country of whose
 * predecessor she is, with no commas */
static void test_predecessor_without_commas(void **state)
{
    (void)state;
    test_doc t = test_extract("Wang said he had met US Secretary of State John Abbot's predecessor Jane Roe several times "
                              "last year.", "2025-03-07");
    const parley_entity *e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Jane Roe");
    assert_non_null(e);
    assert_non_null(e->country);
    assert_string_equal(e->country, "United States");
    test_doc_free(&t);
}

/* "On the sidelines, Abbot met Mustermann for about 50 minutes": two words no lexicon knows, each
 * alone, around "met": two people (not "Moscow met", a city; not "Jane Roe met", a full name) */
static void test_lone_surnames_meeting(void **state)
{
    (void)state;
    test_doc t = test_extract("On the sidelines, Abbot met Mustermann for about 50 minutes. Abbot also held talks with "
                              "President Jane Roe.", "2025-06-25");
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Abbot"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Mustermann"));
    assert_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Moscow"));
    test_doc_free(&t);
    t = test_extract("Moscow met Kyiv's demands with silence.", "2025-06-25");
    assert_int_equal(count_type(t.ex, PARLEY_ENTITY_PERSON), 0);
    test_doc_free(&t);
}

/* "including Italy's Jane Roe and NATO's Max Mustermann": a person of a country, one of a body (of
 * no country); "Abbot held bilateral talks with Svensson at Downing Street": a surname alone after
 * meeting words of a person named before (not "Republican candidate X") */
static void test_body_possessive_and_lone_object(void **state)
{
    (void)state;
    test_doc t = test_extract("LONDON - Prime Minister John Abbot hosted 18 leaders on Sunday, including Italy's Jane Roe "
                              "and NATO's Max Mustermann. Before the summit, Abbot held bilateral talks with Svensson at "
                              "Downing Street.", "2025-03-03");
    const parley_entity *e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Max Mustermann");
    assert_non_null(e);
    assert_null(e->country);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Svensson"));
    test_doc_free(&t);
    t = test_extract("President John Abbot did not meet Republican candidate Max Mustermann during the visit.", "2024-09-27");
    assert_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Republican"));
    test_doc_free(&t);
}

/* "transport ministers Max Mustermann and Catherine King.": a sovereign's word last in a name,
 * after a given name, is a surname (not "Prince William", "Abdul Amir al-Shammari",
 * "Amir-Abdollahian") */
static void test_sovereign_word_as_surname(void **state)
{
    (void)state;
    test_doc t = test_extract("The memorandum was signed by transport ministers Max Mustermann and Catherine King.",
                              "2025-06-07");
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Catherine King"));
    test_doc_free(&t);
    t = test_extract("President John Abbot met Prince William and Foreign Minister Hossein Amir-Abdollahian in London.",
                     "2025-06-07");
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "William"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Hossein Amir-Abdollahian"));
    test_doc_free(&t);
}

/* "Hegseth, Chinese defense chief to meet in Singapore?": a headline's pair, no apposition (the
 * office is no one's of the two) */
static void test_headline_pair_not_apposition(void **state)
{
    (void)state;
    test_doc t = test_extract("Abbot, Chinese defense chief to meet in Singapore? Pentagon says no plans\n\nWASHINGTON, July 2 "
                              "(Reuters) - U.S. Defense Secretary John Abbot has no plans to meet Chinese Defense Minister "
                              "Jane Roe.", "2025-07-02");
    const parley_entity *e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "John Abbot");
    assert_non_null(e);
    assert_string_equal(e->title, "Defense Secretary");
    assert_string_equal(e->country, "United States");
    test_doc_free(&t);
}

/* "(@ABlinken)", "#Gaza": a handle or a tag is no one's name (nor a misspelt mention of Blinken) */
static void test_handle_not_a_name(void **state)
{
    (void)state;
    test_doc t = test_extract("Deputy Secretary of State John Abbot met Iraqi Prime Minister Jane Roe in Baghdad.\n\nBe sure "
                              "to follow the Deputy Secretary on Twitter (@JAbbot) and on Flickr.", "2016-12-07");
    const parley_entity *e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "John Abbot");
    assert_non_null(e);
    assert_int_equal(e->n_mentions, 1);
    assert_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "JAbbot"));
    test_doc_free(&t);
}

/* "Minister of Defense of Mongolia Ch.Bold received ... Dong Jun": a name opened by a Cyrillic
 * letter's two, glued ("Ch.", "Ts.", "Kh.", "Sh.") */
static void test_two_letter_glued_initial(void **state)
{
    (void)state;
    test_doc t = test_extract("Ulaanbaatar /MONTSAME/. Minister of Defense of Mongolia Ch.Bold received Minister of "
                              "National Defense of China Admiral Dong Jun on April 1.", "2025-04-02");
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Ch.Bold"));
    assert_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Ch"));
    assert_non_null(find_meeting(t.ex, PARLEY_EVENT_MEETING, "Ch.Bold", "Dong Jun"));
    test_doc_free(&t);
}

/* "in St.Petersburg": the city, not a place "St" */
static void test_glued_short_form_place(void **state)
{
    (void)state;
    test_doc t = test_extract("Russian President John Abbot met Belarusian President Jane Roe in St.Petersburg on Monday.",
                              "2025-04-02");
    const parley_event *ev = find_meeting(t.ex, PARLEY_EVENT_MEETING, "John Abbot", "Jane Roe");
    assert_non_null(ev);
    assert_true(ev->place >= 0);
    assert_string_equal(t.ex->entities[ev->place].id, "location:st-petersburg");
    test_doc_free(&t);
}

/* "met Dr.Rao": an honorific glued to the name is no part of it */
static void test_glued_honorific(void **state)
{
    (void)state;
    test_doc t = test_extract("Indian Prime Minister John Abbot met Dr.Roe in Delhi on Monday.", "2025-04-02");
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Roe"));
    assert_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Dr.Roe"));
    test_doc_free(&t);
}

static void test_names_around_host_verbs(void **state)
{
    (void)state;
    /* "A B was received by C D", "C D received A B": bare names of two words or more before a
     * passive of hosting and after "received by" or a host's verb are people */
    test_doc t = test_extract("John Abbot was received by Jane Roe in Pyongyang on June 4.", NULL);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "John Abbot"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Jane Roe"));
    test_doc_free(&t);
    t = test_extract("Jane Roe received John Abbot in Pyongyang.", NULL);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "John Abbot"));
    test_doc_free(&t);
    /* (not what someone receives: "received Order of Lenin") */
    t = test_extract("Jane Roe received Order of Lenin.", NULL);
    assert_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Order of Lenin"));
    assert_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Order"));
    test_doc_free(&t);
}

static void test_particle_glued_office_word(void **state)
{
    (void)state;
    /* "Hussein Al-Sheikh", "Ahmed al-Emir": a word of the lexicons glued to a particle is a
     * surname */
    test_doc t = test_extract("It was attended by Secretary General of the PLO Hussein Al-Sheikh and Minister Ahmed "
                              "al-Emir.", NULL);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Hussein Al-Sheikh"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Ahmed al-Emir"));
    test_doc_free(&t);
}

static void test_name_after_article_no_person(void **state)
{
    (void)state;
    /* "the so-called Weimar Triangle, agreed", "the Weimar Triangle agreed": a thing's name after an
     * article; "the Assad regime" is a body named by its ruler (test_government_by_its_leaders_name) */
    test_doc t = test_extract("The three leaders, who form the so-called Weimar Triangle, agreed to buy weapons. The "
                              "Weimar Triangle agreed to meet again. He criticised the Assad regime.", NULL);
    assert_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Weimar Triangle"));
    assert_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Assad"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_ORGANIZATION, "Assad regime"));
    test_doc_free(&t);
}

static void test_malay_royal_honorific(void **state)
{
    (void)state;
    /* "Tengku Datuk Seri X": a royal honorific before another is no part of the name */
    test_doc t = test_extract("Wong was received by Investment Minister Tengku Datuk Seri John Abbot at Seri Perdana.", NULL);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "John Abbot"));
    assert_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Tengku"));
    test_doc_free(&t);
}

static void test_agency_in_brackets_and_strongman(void **state)
{
    (void)state;
    /* "(Asia-Plus)": an agency's name in brackets names no place */
    test_doc t = test_extract("DUSHANBE, 3 May (Asia-Plus) - President John Abbot held talks with Kyrgyz President Jane Roe.",
                              NULL);
    assert_null(find_ent(t.ex, PARLEY_ENTITY_LOCATION, "Asia"));
    test_doc_free(&t);
    /* "Libyan strongman X": a person by the noun before the name */
    t = test_extract("ROME (Reuters) - Italian Prime Minister John Abbot met Libyan strongman Jane Roe in Rome on "
                     "Wednesday.", NULL);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Jane Roe"));
    test_doc_free(&t);
}

/* "the defence firm Baykar", "the Chinese company Geely, X": a name right after a firm's common
 * noun is the firm's; the officer after the comma is a person, the firm in the title */
static void test_firm_after_its_noun(void **state)
{
    (void)state;
    test_doc t = test_extract("ANKARA (AA) - Rutte later visited the facilities of defence firm Baykar.", NULL);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_ORGANIZATION, "Baykar"));
    assert_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Baykar"));
    test_doc_free(&t);
    t = test_extract("BAKU (AZERTAC) - President John Abbot received a delegation led by the Chairman of the Board of "
                     "Directors of the Chinese company Geely, Jane Roe.", NULL);
    assert_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Geely"));
    const parley_entity *e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Jane Roe");
    assert_non_null(e);
    assert_string_equal(e->title, "Chairman of the Board of Directors of the Chinese company Geely");
    test_doc_free(&t);
}

static void test_un_agencies_and_heads_of_government(void **state)
{
    (void)state;
    test_doc t = test_extract("She met the heads of WFP and UNICEF on the margins of the CARICOM Heads of Government "
                              "meeting in Port of Spain.", NULL);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_ORGANIZATION, "World Food Programme"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_ORGANIZATION, "United Nations Children's Fund"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_ORGANIZATION, "Caribbean Community"));
    /* (who meets is no body) */
    assert_null(find_ent(t.ex, PARLEY_ENTITY_ORGANIZATION, "Heads of Government"));
    test_doc_free(&t);
}

static void test_abstract_noun_no_name(void **state)
{
    (void)state;
    /* one word shaped as an abstract noun after an office's words is no one's name */
    test_doc t = test_extract("The two Ministers signed the Exchange of Notes on the Official Security Assistance.", NULL);
    assert_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Assistance"));
    test_doc_free(&t);
    /* (a short surname of that shape still is) */
    t = test_extract("Vice President JD Vance met Senator Vance later.", NULL);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "JD Vance"));
    test_doc_free(&t);
}

static void test_list_after_including(void **state)
{
    (void)state;
    /* "a group of senators, including A and B": the people listed */
    test_doc t = test_extract("A bipartisan group of senators, including Jane Roe and John Abbot, urged the Secretary to "
                              "act.", NULL);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Jane Roe"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "John Abbot"));
    test_doc_free(&t);
    /* (no plural of people before: "countries, including New Zealand and South Africa") */
    t = test_extract("Several groups, including Human Rights Watch and Amnesty International, criticised it.", NULL);
    assert_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Human Rights Watch"));
    test_doc_free(&t);
}

/* A document's name is no organisation, place or person ("the Comprehensive Economic Partnership
 * Agreement (CEPA)", "the Camp David Accords", "the Treaty on Open Skies"); a country in it stays
 * one; a body named after a document's word stays a body ("the Protocol Department"). */
static void test_document_names(void **state)
{
    (void)state;
    test_doc t = test_extract("They concluded the Comprehensive Economic Partnership Agreement (CEPA) and praised the "
                              "Camp David Accords, the Treaty on Open Skies and the Joint Comprehensive Plan of Action. "
                              "The Russia-Ukraine Grain Deal Memorandum was read by the Protocol Department.", NULL);
    for (size_t k = 0; k < t.ex->n_entities; k++)
        assert_true(t.ex->entities[k].type == PARLEY_ENTITY_COUNTRY || !strcmp(t.ex->entities[k].name, "Protocol Department"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_COUNTRY, "Russia"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_COUNTRY, "Ukraine"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_ORGANIZATION, "Protocol Department"));
    test_doc_free(&t);
}

/* The generic words between an exercise's name and its word are the exercise's, no body's ("the
 * Komodo Multilateral Naval Exercise"), and "multilateral" or "summertime" is no part of a name */
static void test_exercise_generic_words_claimed(void **state)
{
    (void)state;
    test_doc t = test_extract("The chiefs discussed the upcoming Komodo Multilateral Naval Exercise and the Ulchi Freedom "
                              "Shield summertime exercise.", NULL);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_EXERCISE, "Komodo"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_EXERCISE, "Ulchi Freedom Shield"));
    for (size_t k = 0; k < t.ex->n_entities; k++)
        assert_int_equal(t.ex->entities[k].type, PARLEY_ENTITY_EXERCISE);
    test_doc_free(&t);
}

/* "the Security Council press service" after "Russian Security Council Secretary X": the
 * country's body named again, not the UN's */
static void test_national_body_named_again(void **state)
{
    (void)state;
    test_doc t = test_extract("MOSCOW (TASS) - Russian Security Council Secretary John Abbot held talks with Jane Roe in "
                              "Moscow, the Security Council press service said.", NULL);
    assert_null(find_ent(t.ex, PARLEY_ENTITY_ORGANIZATION, "United Nations Security Council"));
    test_doc_free(&t);
    t = test_extract("NEW YORK - Minister John Abbot addressed the Security Council on Monday.", NULL);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_ORGANIZATION, "United Nations Security Council"));
    test_doc_free(&t);
}

/* "the SCO Council of Foreign Ministers meeting": a plural office after "of" ends the body's name
 * (but "Council of Ministers Chairman X" leaves the office to the title) */
static void test_council_of_plural_office(void **state)
{
    (void)state;
    test_doc t = test_extract("Minister John Abbot met Jane Roe on the sidelines of the SCO Council of Foreign Ministers "
                              "meeting in Moscow.", NULL);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_ORGANIZATION, "Council of Foreign Ministers"));
    assert_null(find_ent(t.ex, PARLEY_ENTITY_ORGANIZATION, "Council of Foreign"));
    test_doc_free(&t);
}

/* "in Kuala Lumpur, a State Department official said": a place of two words before an
 * apposition's noun for a person is no person */
static void test_place_before_official_apposition(void **state)
{
    (void)state;
    test_doc t = test_extract("Minister John Abbot will not meet Jane Roe at next week's meetings in Kuala Lumpur, a State "
                              "Department official said Tuesday.", NULL);
    assert_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Kuala Lumpur"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_LOCATION, "Kuala Lumpur"));
    test_doc_free(&t);
    t = test_extract("Talks with John Abbot, a middleman, failed.", NULL);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "John Abbot"));
    test_doc_free(&t);
}

/* "President von der Leyen received X", "Foreign Minister van Weel": a surname opening with its
 * particles in lower case right after an office */
static void test_particle_surname_after_office(void **state)
{
    (void)state;
    test_doc t = test_extract("President von der Leyen received the Prime Minister of Greenland, John Abbot, in Brussels.", NULL);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "von der Leyen"));
    test_doc_free(&t);
    t = test_extract("Dutch Foreign Minister van Weel met John Abbot.", NULL);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "van Weel"));
    test_doc_free(&t);
    /* (a particle after no office opens nothing) */
    t = test_extract("The talks of von der Leyen's team ended.", NULL);
    assert_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "von der Leyen"));
    test_doc_free(&t);
}

/* "a battalion of the Madras Regiment": a unit of troops named after a big city says nothing of
 * where anyone is */
static void test_unit_named_after_city(void **state)
{
    (void)state;
    test_doc t = test_extract("The Indian contingent is represented by a battalion of the Madras Regiment.", NULL);
    assert_null(find_ent(t.ex, PARLEY_ENTITY_LOCATION, "Chennai"));
    test_doc_free(&t);
}

/* "a delegation from the U.S. House of Representatives": the lexicon's national body named with
 * its country is one organisation (the country nested in it, no "U.S. House" place) */
static void test_national_body_with_its_country(void **state)
{
    (void)state;
    test_doc t = test_extract("TAIPEI (CNA) - President John Abbot received a delegation from the U.S. House of "
                              "Representatives led by Representative Jane Roe.", NULL);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_ORGANIZATION, "United States House of Representatives"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_COUNTRY, "United States"));
    for (size_t k = 0; k < t.ex->n_entities; k++)
        assert_false(t.ex->entities[k].type == PARLEY_ENTITY_LOCATION && strstr(t.ex->entities[k].name, "House"));
    const parley_entity *p = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Jane Roe");
    assert_non_null(p);
    assert_non_null(p->country);
    assert_string_equal(p->country, "United States");
    test_doc_free(&t);
}

/* "the Bioceanic Corridor linking Brazil's Mato Grosso do Sul to Chilean ports": a state of the
 * places lexicon, no person named after a country's possessive */
static void test_brazil_state_no_person(void **state)
{
    (void)state;
    test_doc t = test_extract("The two leaders discussed the Bioceanic Corridor linking Brazil's Mato Grosso do Sul to "
                              "Chilean ports.", NULL);
    assert_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Mato Grosso do Sul"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_LOCATION, "Mato Grosso do Sul"));
    test_doc_free(&t);
}

/* A war's name is no organisation, place or person ("the Korean War", "World War II", "the War of
 * Independence"); a country in it stays one; a body named after the war word stays a body ("the
 * War Council") */
static void test_war_names(void **state)
{
    (void)state;
    test_doc t = test_extract("He recalled the Korean War, World War II, the Great Patriotic War and the War of "
                              "Independence before the War Council met.", NULL);
    for (size_t k = 0; k < t.ex->n_entities; k++)
        assert_true(t.ex->entities[k].type == PARLEY_ENTITY_COUNTRY || !strcmp(t.ex->entities[k].name, "War Council"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_COUNTRY, "South Korea"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_ORGANIZATION, "War Council"));
    test_doc_free(&t);
}

/* "the Grand National Assembly of Turkiye": the lexicon's body and the country, no second body
 * "Assembly of Turkiye" over the first one's last word */
static void test_lexicon_body_of_its_country(void **state)
{
    (void)state;
    test_doc t = test_extract("Aliyev received a delegation led by the Speaker of the Grand National Assembly of Turkiye, "
                              "John Abbot.", NULL);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_ORGANIZATION, "Grand National Assembly"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_COUNTRY, "Turkey"));
    size_t orgs = 0;
    for (size_t k = 0; k < t.ex->n_entities; k++)
        orgs += t.ex->entities[k].type == PARLEY_ENTITY_ORGANIZATION;
    assert_int_equal(orgs, 1);
    test_doc_free(&t);
}

/* "Kazakh Security Council Secretary X", "the Vietnamese Communist Party": a body's generic name
 * right after a people's word is that country's, never the bare "Security Council" (the UN's
 * name) */
static void test_generic_body_after_peoples_word(void **state)
{
    (void)state;
    test_doc t = test_extract("Kazakh Security Council Secretary John Abbot met the leaders of the Vietnamese Communist "
                              "Party in Hanoi.", NULL);
    assert_null(find_ent(t.ex, PARLEY_ENTITY_ORGANIZATION, "Security Council"));
    assert_null(find_ent(t.ex, PARLEY_ENTITY_ORGANIZATION, "Communist Party"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_ORGANIZATION, "Vietnamese Communist Party"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_COUNTRY, "Kazakhstan"));
    test_doc_free(&t);
}

/* "Abu Musab al-Zarqawi's assistant": a name owning a noun for a person is a person's (not
 * "Kuala Lumpur's residents", a city's); "the United States Department of the Treasury" whole */
static void test_owner_of_a_person_noun_and_of_the(void **state)
{
    (void)state;
    test_doc t = test_extract("He was accused of being Abu Musab al-Zarqawi's assistant by the United States Department of "
                              "the Treasury. He praised Kuala Lumpur's residents.", NULL);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Abu Musab al-Zarqawi"));
    assert_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Kuala Lumpur"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_ORGANIZATION, "United States Department of the Treasury"));
    test_doc_free(&t);
}

/* "the Asad regime", "the Trump administration": a government named by its leader, a body (no
 * person "Asad"); "the Syrian regime" stays the country's */
static void test_government_by_its_leaders_name(void **state)
{
    (void)state;
    test_doc t = test_extract("The UK condemned the Asad regime, and the Trump administration welcomed it, as did the Syrian "
                              "regime.", NULL);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_ORGANIZATION, "Asad regime"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_ORGANIZATION, "Trump administration"));
    assert_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Asad"));
    assert_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Trump"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_COUNTRY, "Syria"));
    test_doc_free(&t);
}

/* "Iraqi forces", "British troops": a country's forces are a body of it; not "the special
 * operation forces of Georgia, Azerbaijan and Turkey" (no body of one of them) */
static void test_peoples_forces_and_troops(void **state)
{
    (void)state;
    test_doc t = test_extract("Iraqi forces and British troops trained with the special operation forces of Georgia, "
                              "Azerbaijan and Turkey.", NULL);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_ORGANIZATION, "Iraqi forces"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_ORGANIZATION, "British troops"));
    assert_null(find_ent(t.ex, PARLEY_ENTITY_ORGANIZATION, "forces of Georgia"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_COUNTRY, "Georgia"));
    test_doc_free(&t);
}

/* "The Sultan of Johor, Sultan Ibrahim", "Lagos State Governor X", "the Governor of Jalisco": states
 * of federations are places of their country, no person "Johor"; a longer city's name wins
 * ("Johor Bahru", "Virginia Beach") */
static void test_federal_states_as_places(void **state)
{
    (void)state;
    test_doc t = test_extract("The Sultan of Johor, Sultan John Abbot, met Lagos State Governor Jane Roe and the Governor of "
                              "Jalisco, Max Mustermann, in Virginia Beach.", NULL);
    assert_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Johor"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_LOCATION, "Johor"));
    const parley_entity *e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Jane Roe");
    assert_non_null(e);
    assert_string_equal(e->country, "Nigeria");
    e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Max Mustermann");
    assert_non_null(e);
    assert_string_equal(e->country, "Mexico");
    test_doc_free(&t);
}

/* "the Central Bank of Nigeria", "the National Assembly of Vietnam": a stop word right before the
 * body's head word opens its name; "WHO Director-General X" of no country */
static void test_stop_word_before_head_and_who(void **state)
{
    (void)state;
    test_doc t = test_extract("WHO Director-General John Abbot met the Governor of the Central Bank of Nigeria, Jane Roe, and "
                              "the chair of the National Assembly of Vietnam.", NULL);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_ORGANIZATION, "Central Bank of Nigeria"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_ORGANIZATION, "National Assembly of Vietnam"));
    assert_null(find_ent(t.ex, PARLEY_ENTITY_ORGANIZATION, "Bank of Nigeria"));
    const parley_entity *e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "John Abbot");
    assert_non_null(e);
    assert_null(e->country);
    test_doc_free(&t);
}

/* "the Munich Security Conference", "the Moscow Conference on International Security": the
 * gathering named whole, the city nested in it */
static void test_gathering_named_after_a_big_city(void **state)
{
    (void)state;
    test_doc t = test_extract("They will meet at the Munich Security Conference after the Moscow Conference on International "
                              "Security.", NULL);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_ORGANIZATION, "Munich Security Conference"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_ORGANIZATION, "Moscow Conference on International Security"));
    assert_null(find_ent(t.ex, PARLEY_ENTITY_ORGANIZATION, "Security Conference"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_LOCATION, "Moscow"));
    test_doc_free(&t);
}

/* "his Portuguese counterpart Luis Montenegro": a country's one-word name as the surname after
 * "counterpart" and a given name (not Luis of Montenegro) */
static void test_country_surname_after_counterpart(void **state)
{
    (void)state;
    test_doc t = test_extract("Spanish Prime Minister John Abbot received his Portuguese counterpart Luis Montenegro at the "
                              "Moncloa Palace on Thursday.", "2026-06-26");
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Luis Montenegro"));
    assert_null(find_ent(t.ex, PARLEY_ENTITY_COUNTRY, "Montenegro"));
    test_doc_free(&t);
    t = test_extract("Spanish Prime Minister John Abbot received his counterpart, Luis Montenegro, on Thursday.", "2026-06-26");
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Luis Montenegro"));
    test_doc_free(&t);
}

/* "Buenos Aires Mayor X", "Cebu City Mayor X", "City Mayor X": a place's name of more words (or
 * a place's head word) before a short office is no one's name, and the office no name word */
static void test_place_before_short_office(void **state)
{
    (void)state;
    static const char *const texts[] = {"President John Abbot also met with Buenos Aires City Mayor Jorge Macri.",
                                        "President John Abbot met Buenos Aires Mayor Jorge Macri.",
                                        "The delegation also paid a courtesy call on Cebu City Mayor Jorge Macri.",
                                        "City Mayor Jorge Macri said.", NULL};
    for (int k = 0; texts[k]; k++) {
        test_doc t = test_extract(texts[k], "2026-07-02");
        const parley_entity *e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Jorge Macri");
        if (!e)
            fail_msg("no Jorge Macri in: %s", texts[k]);
        assert_string_equal(e->title, "Mayor");
        assert_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Buenos Aires"));
        assert_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Buenos Aires City"));
        assert_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Cebu City"));
        test_doc_free(&t);
    }
}

/* "the Kamandag 10 exercise", "the Cobra Gold 26 drills": an edition's number last in the name
 * before the exercise word (not a day: "The June 10 exercise") */
static void test_exercise_edition_number(void **state)
{
    (void)state;
    test_doc t = test_extract("Troops from the United States and the Philippines began the Kamandag 10 exercise on Monday.", "2026-09-15");
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_EXERCISE, "Kamandag 10"));
    test_doc_free(&t);
    t = test_extract("The June 10 exercise was cancelled.", "2026-09-15");
    for (size_t i = 0; i < t.ex->n_entities; i++)
        assert_int_not_equal(t.ex->entities[i].type, PARLEY_ENTITY_EXERCISE);
    test_doc_free(&t);
}

/* "Amb Mahmoud Kombo" (no period), "Mme Catherine Vautrin": honorifics, no part of the name */
static void test_honorifics_amb_mme(void **state)
{
    (void)state;
    test_doc t = test_extract("The Minister for Foreign Affairs, Amb John Abbot, yesterday held talks with Hon Jane Roe.\n\n"
                              "Mme Erika Svensson, the Minister of the Armed Forces, was not present.", "2026-08-21");
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "John Abbot"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Erika Svensson"));
    test_doc_free(&t);
}

/* "Respected Comrade Kim Jong Un": an honorific, no part of the name */
static void test_comrade_honorific(void **state)
{
    (void)state;
    test_doc t = test_extract("Pyongyang (KCNA) -- Respected Comrade John Abbot, general secretary of the Workers' Party of "
                              "Korea, met Russian Security Council Secretary Jane Roe.", "2026-09-03");
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "John Abbot"));
    test_doc_free(&t);
}

static void test_towns_toward_and_known(void **state)
{
    (void)state;
    /* "toward Sinjar", "the liberation of Tikrit": a town of the lexicon after words of movement or
     * of a siege; a town named as a place once is one wherever its name stands alone */
    test_doc t = test_extract("In their march toward Sinjar, the SDF has cleared several villages. The coalition welcomed "
                              "the liberation of Tikrit.", "2017-01-10");
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_LOCATION, "Sinjār"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_LOCATION, "Tikrit"));
    test_doc_free(&t);
    t = test_extract("Coalition forces liberated the Syrian town of Dabiq from ISIL control. Dabiq held symbolic "
                     "importance for the group.", "2016-10-17");
    const parley_entity *e = find_ent(t.ex, PARLEY_ENTITY_LOCATION, "Dabiq");
    assert_non_null(e);
    assert_int_equal(e->n_mentions, 2);
    test_doc_free(&t);
}

static void test_mullah_honorific(void **state)
{
    (void)state;
    /* "Mullah Abdul Ghani Baradar": an honorific, not the name */
    test_doc t = test_extract("Wang Yi later met Mullah Abdul Ghani Baradar, deputy prime minister for economic affairs.",
                              "2026-08-24");
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Abdul Ghani Baradar"));
    test_doc_free(&t);
}

/* "Defense Minister Nakatani Gen has held talks": a rank's short form with no period after a name
 * word and before a verb is the given name (a rank opens a name, never ends one); "Gen Asim Munir"
 * still opens one */
static void test_rank_word_ends_family_first_name(void **state)
{
    (void)state;
    test_doc t = test_extract("Japan's Defense Minister Abbot Gen has held talks with his Philippine counterpart Jane "
                              "Roe in Tokyo.", "2026-06-26");
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Abbot Gen"));
    assert_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Abbot"));
    test_doc_free(&t);
    t = test_extract("Pakistan Army chief Gen Max Mustermann met US General Jane Roe.", "2026-06-26");
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Max Mustermann"));
    test_doc_free(&t);
}

/* "Defense Minister Amir Hatami" (one name word after a minister's office), "Acting Foreign
 * Minister of the Islamic Emirate, Amir Khan Muttaqi" (an apposition over "the"): a sovereign's
 * word that is a given name; "the King of Malaysia, Sultan Ibrahim" stays the sovereign's */
static void test_sovereign_word_given_name_more(void **state)
{
    (void)state;
    test_doc t = test_extract("Iranian Defense Minister Amir Abbot met Syrian President Jane Roe in Damascus.", "2026-04-03");
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Amir Abbot"));
    test_doc_free(&t);
    t = test_extract("Acting Foreign Minister of the Islamic Emirate, Amir Max Mustermann, met Jane Roe in Kabul.",
                     "2026-04-03");
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Amir Max Mustermann"));
    test_doc_free(&t);
    t = test_extract("He met the King of Malaysia, Sultan Ibrahim, in Kuala Lumpur.", "2026-04-03");
    assert_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Sultan Ibrahim"));
    test_doc_free(&t);
}

/* "the EU Special Representative for the Gulf Region, X,": the region's name with its noun ends
 * the office, and the name after the comma is a person's */
static void test_gulf_region_office(void **state)
{
    (void)state;
    test_doc t = test_extract("Adel Al-Jubeir received the EU Special Representative for the Gulf Region, Luigi Bianchi, in "
                              "Riyadh on Sunday.", "2026-09-08");
    const parley_entity *e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Luigi Bianchi");
    assert_non_null(e);
    assert_non_null(e->title);
    assert_string_equal(e->title, "EU Special Representative for the Gulf Region");
    test_doc_free(&t);
}

/* "Myanmar junta chief X met ...": a country opening a sentence before a word of a title is the
 * title's country, not its government as a body; "The UK stands by Iraq" still is */
static void test_country_before_title_word_no_government(void **state)
{
    (void)state;
    test_doc t = test_extract("Myanmar junta chief Senior General John Abbot met Chinese Premier Jane Roe in Beijing. "
                              "Bangladesh interim leader Max Mustermann met her too.", NULL);
    assert_null(find_ent(t.ex, PARLEY_ENTITY_ORGANIZATION, "Myanmar"));
    assert_null(find_ent(t.ex, PARLEY_ENTITY_ORGANIZATION, "Bangladesh"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_COUNTRY, "Myanmar"));
    test_doc_free(&t);
    t = test_extract("The UK stands by Iraq.", NULL);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_ORGANIZATION, "UK"));
    test_doc_free(&t);
}

static void test_body_area_no_person(void **state)
{
    (void)state;
    /* "The commander of U.S. Marine Corps Forces, Pacific, Lt. Gen. X": the body's area, no person */
    test_doc t = test_extract("The commander of U.S. Marine Corps Forces, Pacific, Lt. Gen. John Abbot, attended the "
                              "ceremony.", "2026-09-17");
    assert_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Pacific"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "John Abbot"));
    test_doc_free(&t);
}

static void test_summit_no_town(void **state)
{
    (void)state;
    /* "met at the Summit in The Hague": the gathering, not the town of Summit */
    test_doc t = test_extract("Allies met at the Summit in The Hague on 24 June. On the margins of the Summit, Secretary "
                              "General John Abbot met President Jane Roe.", "2026-06-26");
    assert_null(find_ent(t.ex, PARLEY_ENTITY_LOCATION, "Summit"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_LOCATION, "The Hague"));
    test_doc_free(&t);
}

static void test_to_surname_in_apposition(void **state)
{
    (void)state;
    /* "the Secretary General of the Communist Party of Vietnam, To Lam, who arrived": the surname
     * To in apposition after a title and a comma */
    test_doc t = test_extract("President John Abbot received on Saturday the Secretary General of the Communist Party of "
                              "Vietnam, To Lam, who arrived on Friday.", "2026-03-15");
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "To Lam"));
    test_doc_free(&t);
}

static void test_office_word_before_bin(void **state)
{
    (void)state;
    /* "Sheikh Dr Sultan Bin Muhammad Al Qasimi": "Sultan" before "Bin" is the given name (but
     * "Sultan Haitham bin Tarik" is the Sultan's title) */
    test_doc t = test_extract("Sheikh Dr Sultan Bin Muhammad Al Qasimi received Ambassador John Abbot on Monday.",
                              "2026-11-25");
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Sultan Bin Muhammad Al Qasimi"));
    test_doc_free(&t);
    t = test_extract("Sultan Haitham bin Tarik received Ambassador John Abbot on Monday.", "2026-11-25");
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Haitham bin Tarik"));
    test_doc_free(&t);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_exercise_stop_word_and_bracketed_rank), cmocka_unit_test(test_types), cmocka_unit_test(test_phrase_joins), cmocka_unit_test(test_compass_word_and_aide), cmocka_unit_test(test_emperor_and_then_title), cmocka_unit_test(test_country_surname_and_caps_line), cmocka_unit_test(test_rank_given_name_and_postnominal), cmocka_unit_test(test_its_office_international), cmocka_unit_test(test_regnal_father_and_named_place), cmocka_unit_test(test_function_word_surname_and_body_end), cmocka_unit_test(test_opening_function_word_and_dateline_city), cmocka_unit_test(test_delegation_head_and_adjective_body), cmocka_unit_test(test_city_office), cmocka_unit_test(test_quoted_exercise_name), cmocka_unit_test(test_predecessor_office), cmocka_unit_test(test_national_security_council), cmocka_unit_test(test_participle_not_org), cmocka_unit_test(test_country_given_name_and_long_office), cmocka_unit_test(test_owned_name_long_body_and_rank), cmocka_unit_test(test_list_of_names), cmocka_unit_test(test_office_acronym_and_title_country), cmocka_unit_test(test_people_need_context),
        cmocka_unit_test(test_titles_stripped), cmocka_unit_test(test_exercise_forms),
        cmocka_unit_test(test_mention_offsets), cmocka_unit_test(test_lexicon_abbreviations),
        cmocka_unit_test(test_person_nouns), cmocka_unit_test(test_feature_places),
        cmocka_unit_test(test_org_before_second_title),
        cmocka_unit_test(test_lexicon_body_of_its_country),
        cmocka_unit_test(test_generic_body_after_peoples_word),
        cmocka_unit_test(test_owner_of_a_person_noun_and_of_the),
        cmocka_unit_test(test_government_by_its_leaders_name),
        cmocka_unit_test(test_peoples_forces_and_troops),
        cmocka_unit_test(test_federal_states_as_places),
        cmocka_unit_test(test_stop_word_before_head_and_who),
        cmocka_unit_test(test_gathering_named_after_a_big_city),
        cmocka_unit_test(test_country_surname_after_counterpart),
        cmocka_unit_test(test_place_before_short_office),
        cmocka_unit_test(test_exercise_edition_number),
        cmocka_unit_test(test_honorifics_amb_mme),
        cmocka_unit_test(test_comrade_honorific),
        cmocka_unit_test(test_towns_toward_and_known),
        cmocka_unit_test(test_mullah_honorific),
        cmocka_unit_test(test_rank_word_ends_family_first_name),
        cmocka_unit_test(test_sovereign_word_given_name_more),
        cmocka_unit_test(test_gulf_region_office),
        cmocka_unit_test(test_country_before_title_word_no_government),
        cmocka_unit_test(test_body_area_no_person),
        cmocka_unit_test(test_summit_no_town),
        cmocka_unit_test(test_to_surname_in_apposition),
        cmocka_unit_test(test_office_word_before_bin), cmocka_unit_test(test_body_name_ends_before_article), cmocka_unit_test(test_hyphenated_compounds), cmocka_unit_test(test_office_as_given_name), cmocka_unit_test(test_vessels), cmocka_unit_test(test_said_to_be), cmocka_unit_test(test_retired_rank), cmocka_unit_test(test_month_surnames), cmocka_unit_test(test_named_after_country), cmocka_unit_test(test_respective_lists), cmocka_unit_test(test_lifespans_and_birth_names), cmocka_unit_test(test_relative_role_and_honoured_list), cmocka_unit_test(test_office_words_and_portfolio), cmocka_unit_test(test_place_adjective_and_ministry_of), cmocka_unit_test(test_demonym_city_and_seats), cmocka_unit_test(test_alliance_of_a_longer_name), cmocka_unit_test(test_single_quoted_exercise), cmocka_unit_test(test_generation_after_comma), cmocka_unit_test(test_channel_is_a_place), cmocka_unit_test(test_owners_kin_apposition), cmocka_unit_test(test_md_short_given_name), cmocka_unit_test(test_exercise_name_before_verb), cmocka_unit_test(test_initials_and_office_surname), cmocka_unit_test(test_companions_and_private_people), cmocka_unit_test(test_opening_lowercase_modifier), cmocka_unit_test(test_exercise_acronym_and_apposition), cmocka_unit_test(test_compound_end_and_bracketed_mark), cmocka_unit_test(test_alias_and_appointed), cmocka_unit_test(test_exercise_after_comma_and_season), cmocka_unit_test(test_country_surname_and_members), cmocka_unit_test(test_official_visit_no_person), cmocka_unit_test(test_seat_said_is_no_person), cmocka_unit_test(test_untitled_names_by_meeting), cmocka_unit_test(test_to_lam_surname), cmocka_unit_test(test_predecessor_without_commas), cmocka_unit_test(test_lone_surnames_meeting), cmocka_unit_test(test_body_possessive_and_lone_object), cmocka_unit_test(test_sovereign_word_as_surname), cmocka_unit_test(test_headline_pair_not_apposition), cmocka_unit_test(test_handle_not_a_name), cmocka_unit_test(test_two_letter_glued_initial), cmocka_unit_test(test_glued_short_form_place), cmocka_unit_test(test_glued_honorific), cmocka_unit_test(test_names_around_host_verbs), cmocka_unit_test(test_particle_glued_office_word), cmocka_unit_test(test_name_after_article_no_person), cmocka_unit_test(test_malay_royal_honorific), cmocka_unit_test(test_agency_in_brackets_and_strongman), cmocka_unit_test(test_firm_after_its_noun), cmocka_unit_test(test_un_agencies_and_heads_of_government), cmocka_unit_test(test_abstract_noun_no_name), cmocka_unit_test(test_list_after_including), cmocka_unit_test(test_document_names), cmocka_unit_test(test_exercise_generic_words_claimed), cmocka_unit_test(test_national_body_named_again), cmocka_unit_test(test_council_of_plural_office), cmocka_unit_test(test_place_before_official_apposition), cmocka_unit_test(test_particle_surname_after_office), cmocka_unit_test(test_unit_named_after_city), cmocka_unit_test(test_national_body_with_its_country), cmocka_unit_test(test_brazil_state_no_person), cmocka_unit_test(test_war_names),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
