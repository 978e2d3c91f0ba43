#include "helpers.h"
#include "util.h"

static void test_one_entity_per_person(void **state)
{
    (void)state;
    test_doc t = test_extract("Colonel General Zakir Hasanov met the delegation. Z. Hasanov said it went well. "
                              "Hasanov added that Colonel General Hasanov is pleased.", NULL);
    assert_int_equal(count_type(t.ex, PARLEY_ENTITY_PERSON), 1);
    const parley_entity *e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Zakir Hasanov");
    assert_non_null(e);
    assert_int_equal(e->n_mentions, 4);
    assert_string_equal(e->id, "person:zakir-hasanov");
    test_doc_free(&t);
}

/* A surname written without its Arabic article is the same person: "Abadi" ~ "al-Abadi". */
static void test_surname_without_article(void **state)
{
    (void)state;
    test_doc t = test_extract("Carter met Iraqi Prime Minister Haider al-Abadi in Baghdad. Carter thanked Abadi for "
                              "his support. Abadi agreed.", NULL);
    const parley_entity *e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Haider al-Abadi");
    assert_non_null(e);
    assert_int_equal(e->n_mentions, 3);
    test_doc_free(&t);
}

/* A lead names the role, the next sentence the person: the title goes to the one untitled person
 * of that country, and on to the counterpart; with two candidates it goes to neither. */
static void test_title_from_lead(void **state)
{
    (void)state;
    test_doc t = test_extract("Turkey's national defense minister on Aug. 19 continued his meetings in Istanbul.\n\n"
                              "Hulusi Akar and his Togolese counterpart Marguerite Gnakade met in Istanbul.", NULL);
    const parley_entity *a = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Hulusi Akar");
    const parley_entity *g = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Marguerite Gnakade");
    assert_non_null(a);
    assert_non_null(g);
    assert_non_null(a->title);
    assert_string_equal(a->title, "national defense minister");
    assert_non_null(g->title);
    assert_string_equal(g->country, "Togo");
    test_doc_free(&t);

    t = test_extract("Turkey's national defense minister arrived on Monday.\n\n"
                     "Hulusi Akar said the Turkish delegation included Ismail Demirci, who spoke.", NULL);
    assert_non_null((a = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Hulusi Akar")));
    assert_non_null((g = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Ismail Demirci")));
    assert_string_equal(a->country, "Turkey");
    assert_string_equal(g->country, "Turkey");
    assert_null(a->title);
    assert_null(g->title);
    test_doc_free(&t);
}

/* A person with no country of their own takes the country the article is about, when one
 * country is named more often than any other; with a tie there is no such country. */
static void test_country_of_the_article(void **state)
{
    (void)state;
    test_doc t = test_extract("President John Abbot met President Jane Roe on Monday. Kenyan President Mark Poe met "
                              "Ugandan President Ann Lee.", NULL);
    assert_person_country(t.ex, "John Abbot", NULL);
    assert_person_country(t.ex, "Mark Poe", "Kenya");
    test_doc_free(&t);
    t = test_extract("President John Abbot met President Jane Roe on Monday. Kenyan Foreign Minister Mark Poe met "
                     "Ugandan Foreign Minister Ann Lee. Kenya and Uganda share a border, Kenya said.", NULL);
    assert_person_country(t.ex, "John Abbot", "Kenya");
    test_doc_free(&t);
    /* (not when the country's president is named: Kenya has one) */
    t = test_extract("President John Abbot met President Jane Roe on Monday. Kenyan President Mark Poe met "
                     "Ugandan President Ann Lee. Kenya and Uganda share a border, Kenya said.", NULL);
    assert_person_country(t.ex, "John Abbot", NULL);
    test_doc_free(&t);
}

/* A visitor is not from the country they visit: "is in the United States", "visit to the USA"
 * do not give the person that country, even when the article names it most; a possessive after
 * "to" is no destination. */
static void test_visitor_country(void **state)
{
    (void)state;
    test_doc t = test_extract("General John Abbot held a meeting with General Asim Munir in the United States.\n\n"
                              "General Asim Munir is in the United States on an official visit, his first visit to the "
                              "USA.\n\nAccording to the Pakistan army, the meeting was held in Florida, United States.",
                              NULL);
    const parley_entity *m = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Asim Munir");
    assert_non_null(m);
    assert_non_null(m->country);
    assert_string_equal(m->country, "Pakistan");
    test_doc_free(&t);
    t = test_extract("President Vladimir Putin delivered his annual address to Russia's Federal Assembly.", NULL);
    assert_person_country(t.ex, "Vladimir Putin", "Russia");
    test_doc_free(&t);
    /* whom a visitor is to meet is where the story is, not where the article was written; a body
     * the visitor goes to names no country of theirs */
    t = test_extract("ISLAMABAD: Foreign Minister John Abbot met his Chinese counterpart Jane Roe in Guangzhou on "
                     "Sunday. Abbot is also expected to meet Vice President Max Mustermann during the visit.", NULL);
    assert_person_country(t.ex, "Max Mustermann", "China");
    test_doc_free(&t);
    t = test_extract("DHAKA, April 11 - Chief of Naval Staff Admiral John Abbot met Pakistan's Chief of the Naval Staff "
                     "Admiral Jane Roe in Islamabad on Wednesday. Admiral Abbot also visited the Pakistan Navy "
                     "Dockyard.", NULL);
    assert_person_country(t.ex, "John Abbot", "Bangladesh");
    test_doc_free(&t);
    /* "Mr Abbot and Secretary Roe held a meeting" in Canberra: the one with no title, guessed of
     * the partner's country, is the host */
    t = test_extract("The ministers hosted the Philippines' Secretary of Foreign Affairs, Max Mustermann, and Secretary "
                     "of National Defense, Jane Roe, in Canberra.\n\nMr John Abbot and Secretary Roe also held a "
                     "bilateral meeting at Parliament House.", NULL);
    assert_person_country(t.ex, "John Abbot", "Australia");
    assert_person_country(t.ex, "Jane Roe", "Philippines");
    test_doc_free(&t);
    /* "During the visit, he met President X": whom the visitor named before meets */
    t = test_extract("Hungarian Foreign Minister John Abbot concluded a three-day visit to Kyrgyzstan on Wednesday.\n\n"
                     "During the visit, he met President Jane Roe in Bishkek.", NULL);
    assert_person_country(t.ex, "Jane Roe", "Kyrgyzstan");
    assert_person_country(t.ex, "John Abbot", "Hungary");
    test_doc_free(&t);
    /* "vice chairman" in lower case is the title, not "chairman" */
    t = test_extract("John Abbot, vice chairman of China's Central Military Commission, met Vietnamese Defense Minister "
                     "Jane Roe.", NULL);
    assert_string_equal(find_ent(t.ex, PARLEY_ENTITY_PERSON, "John Abbot")->title,
                        "vice chairman of the Central Military Commission");
    test_doc_free(&t);
    /* a national agency credited in the dateline: its country's officials, datelined abroad */
    t = test_extract("NEW YORK, Sept 25 (APP): Prime Minister John Abbot met Iranian President Jane Roe on the sidelines "
                     "of the UN General Assembly.", NULL);
    assert_person_country(t.ex, "John Abbot", "Pakistan");
    test_doc_free(&t);
    t = test_extract("NEW YORK, Sept 25 (Reuters): Senator John Abbot met Iranian President Jane Roe on the "
                     "sidelines of the UN General Assembly.", NULL);
    assert_person_country(t.ex, "John Abbot", "United States");
    test_doc_free(&t);
    /* (not for an office the dateline's country lacks, when the story names no country with it) */
    t = test_extract("NEW YORK, Sept 25 (Reuters): Prime Minister John Abbot met Iranian President Jane Roe on the "
                     "sidelines of the UN General Assembly.", NULL);
    assert_person_country(t.ex, "John Abbot", NULL);
    test_doc_free(&t);
    /* commanders listed respectively, each with a rank */
    t = test_extract("The commanders of the armed forces of Estonia, Latvia and Lithuania, General John Abbot, Lieutenant "
                     "General Jane Roe and General Max Mustermann, met in Tallinn on Wednesday.", NULL);
    assert_person_country(t.ex, "John Abbot", "Estonia");
    assert_person_country(t.ex, "Jane Roe", "Latvia");
    assert_person_country(t.ex, "Max Mustermann", "Lithuania");
    test_doc_free(&t);
    /* the names after a dash or in brackets; a country in brackets after a name */
    t = test_extract("The meeting was attended by the defence ministers of Estonia, Latvia and Lithuania - John Abbot, "
                     "Jane Roe and Max Mustermann.", NULL);
    assert_person_country(t.ex, "Jane Roe", "Latvia");
    test_doc_free(&t);
    t = test_extract("The foreign ministers of Estonia, Latvia and Lithuania (John Abbot, Jane Roe and Max Mustermann) "
                     "met in Riga. Ministers Erika Musterfrau (Poland) and Otto Normalverbraucher (Finland) joined "
                     "them.", NULL);
    assert_person_country(t.ex, "Max Mustermann", "Lithuania");
    assert_person_country(t.ex, "Otto Normalverbraucher", "Finland");
    assert_person_country(t.ex, "Erika Musterfrau", "Poland");
    test_doc_free(&t);
    /* an international body's officer hosting where the body sits: no country */
    t = test_extract("BRUSSELS - NATO Secretary General John Abbot hosted Chinese Foreign Minister Jane Roe in Brussels "
                     "on Wednesday.", NULL);
    assert_person_country(t.ex, "John Abbot", NULL);
    test_doc_free(&t);
    /* a pair after a plural office takes the countries of a pair named before, in order */
    t = test_extract("WASHINGTON - Armenian Prime Minister John Abbot and Azerbaijani President Jane Roe initialed a "
                     "peace agreement at the White House. Foreign ministers Max Mustermann and Erika Musterfrau "
                     "initialed the text.", NULL);
    assert_person_country(t.ex, "Max Mustermann", "Armenia");
    assert_person_country(t.ex, "Erika Musterfrau", "Azerbaijan");
    test_doc_free(&t);
}

/* A country inside someone's title is no place another person goes to */
static void test_title_country_not_destination(void **state)
{
    (void)state;
    test_doc t = test_extract("Defence Minister John Abbot and the Ambassador of Azerbaijan to Georgia Jane Roe signed "
                              "it. Georgia and Georgia welcomed it.", NULL);
    assert_person_country(t.ex, "John Abbot", "Georgia");
    assert_person_country(t.ex, "Jane Roe", "Azerbaijan");
    test_doc_free(&t);
}

/* Who accompanies someone, and a namesake with no country of their own, are compatriots */
static void test_companions(void **state)
{
    (void)state;
    test_doc t = test_extract("Turkish President John Erdogan and Azerbaijani President Jane Roe attended a parade. "
                              "First lady Emine Erdogan attended too. Defense Minister Max Mustermann and Foreign "
                              "Minister Erika Musterfrau accompanied Erdogan. Azerbaijan and Azerbaijan.", NULL);
    assert_person_country(t.ex, "Max Mustermann", "Turkey");
    assert_person_country(t.ex, "Erika Musterfrau", "Turkey");
    assert_person_country(t.ex, "Emine Erdogan", "Turkey");
    test_doc_free(&t);
}

/* The dateline's city names its country when nothing else does */
static void test_dateline_country(void **state)
{
    (void)state;
    test_doc t = test_extract("ABU DHABI, 25th Nov, 2020 (WAM) - Minister of State John Abbot and the Acting Minister "
                              "of Defence of the Comoros Jane Roe signed a memorandum.", NULL);
    const parley_entity *c = find_ent(t.ex, PARLEY_ENTITY_COUNTRY, "United Arab Emirates");
    assert_non_null(c);
    assert_int_equal(c->n_mentions, 1);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_LOCATION, "Abu Dhabi"));
    assert_person_country(t.ex, "John Abbot", "United Arab Emirates");
    test_doc_free(&t);
    /* named in the text: one entity, no mention added */
    t = test_extract("ABU DHABI - The United Arab Emirates and Comoros signed a memorandum.", NULL);
    assert_int_equal(find_ent(t.ex, PARLEY_ENTITY_COUNTRY, "United Arab Emirates")->n_mentions, 1);
    test_doc_free(&t);
}

/* "X met his French counterpart Y": X is not French, even when France is the only country named;
 * a dateline with a colon ("New Delhi:") gives the article's country. */
static void test_counterpart_not_same_country(void **state)
{
    (void)state;
    test_doc t = test_extract("Defence Minister John Abbot met his French counterpart Jane Roe on Thursday.", NULL);
    assert_person_country(t.ex, "John Abbot", NULL);
    assert_person_country(t.ex, "Jane Roe", "France");
    test_doc_free(&t);
    t = test_extract("New Delhi: Defence Minister John Abbot met his French counterpart Jane Roe in Paris. France and "
                     "the European Union welcomed the talks, France said.", NULL);
    assert_person_country(t.ex, "John Abbot", "India");
    assert_int_equal(t.ex->dateline_place >= 0, 1);
    assert_string_equal(t.ex->entities[t.ex->dateline_place].name, "New Delhi");
    test_doc_free(&t);
}

/* "conveyed greetings from Prime Minister X", "on behalf of President X": a compatriot of the
 * person who speaks for them, not of the country the article is about */
static void test_sender_country(void **state)
{
    (void)state;
    test_doc t = test_extract("President of Mongolia John Abbot received Japan's Minister for Foreign Affairs Jane Roe. "
                              "Minister Roe conveyed greetings from Prime Minister Mark Poe. Mongolia and Mongolia.",
                              NULL);
    assert_person_country(t.ex, "Mark Poe", "Japan");
    test_doc_free(&t);
    t = test_extract("Japan's Foreign Minister Jane Roe, on behalf of Prime Minister Mark Poe, invited the Mongolian "
                     "President to Tokyo.", NULL);
    assert_person_country(t.ex, "Mark Poe", "Japan");
    test_doc_free(&t);
    /* a relative: "X and his wife Y" */
    t = test_extract("Vietnamese President John Abbot hosted a banquet in honor of Chinese President Xi Jinping and his "
                     "wife Peng Liyuan. Vietnam and Vietnam.", NULL);
    assert_person_country(t.ex, "Peng Liyuan", "China");
    test_doc_free(&t);
}

/* A two-letter surname alone is the person ("Xi"); a lone particle is not ("Le") */
static void test_short_surname(void **state)
{
    (void)state;
    test_doc t = test_extract("Chinese President Xi Jinping held talks with Prime Minister Pham Minh Chinh. Xi also met "
                              "Vietnamese President Vo Van Thuong. Foreign Minister Jean-Yves Le Drian spoke. Le Monde "
                              "reported it.", NULL);
    assert_int_equal(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Xi Jinping")->n_mentions, 2);
    assert_int_equal(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Jean-Yves Le Drian")->n_mentions, 1);
    assert_non_null(find_meeting(t.ex, PARLEY_EVENT_MEETING, "Xi Jinping", "Vo Van Thuong"));
    test_doc_free(&t);
}

/* A host is at home: "X hosted Y at the Pentagon" makes X American though Sweden is named most;
 * a city that is a person's surname is that person ("Austin said") */
static void test_host_and_surname_city(void **state)
{
    (void)state;
    test_doc t = test_extract("Secretary of Defense Lloyd J. Austin III hosted Swedish Minister for Defence Peter "
                              "Hultqvist at the Pentagon today. They discussed Sweden's application. \"We support "
                              "Sweden,\" Austin said. Sweden thanked him.", NULL);
    const parley_entity *a = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Lloyd J. Austin III");
    assert_non_null(a);
    assert_string_equal(a->country, "United States");
    assert_int_equal(a->n_mentions, 2);
    assert_null(find_ent(t.ex, PARLEY_ENTITY_LOCATION, "Austin"));
    assert_person_country(t.ex, "Peter Hultqvist", "Sweden");
    test_doc_free(&t);
    /* a lone surname is not someone else's middle initial */
    t = test_extract("Chief Petty Officer Scott C. Dayton died. Defense Secretary Ash Carter offered condolences to "
                     "Dayton's family. \"He was brave,\" Carter said.", NULL);
    assert_int_equal(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Ash Carter")->n_mentions, 2);
    assert_int_equal(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Scott C. Dayton")->n_mentions, 2);
    test_doc_free(&t);
    t = test_extract("President John Abbot on Wednesday hosted his Ugandan counterpart Jane Roe at State House in "
                     "Nairobi. Uganda and Uganda.", NULL);
    assert_person_country(t.ex, "John Abbot", "Kenya");
    test_doc_free(&t);
}

/* The publisher's country (the source's country domain) comes before the most named country;
 * generic and vanity domains say nothing */
static void test_publisher_country(void **state)
{
    (void)state;
    test_doc t = test_extract("source: https://www.defense.gov/News/1\n\nSenator Jane Roe met Swedish Minister for "
                              "Defence Peter Hultqvist. Sweden and Sweden agreed.", NULL);
    assert_person_country(t.ex, "Jane Roe", "United States");
    test_doc_free(&t);
    /* the country of someone unnamed is not the named person's */
    t = test_extract("ISLAMABAD: Army chief General Syed Asim Munir received the Turkish ambassador in Rawalpindi.",
                     NULL);
    assert_person_country(t.ex, "Syed Asim Munir", "Pakistan");
    test_doc_free(&t);
    t = test_extract("source: montsame.mn\n\nForeign Minister Jane Roe met Japanese Minister Taro Kono. Japan and "
                     "Japan agreed.", NULL);
    assert_person_country(t.ex, "Jane Roe", "Mongolia");
    test_doc_free(&t);
    /* "The CDS was accompanied by X" in Abuja: the principal and the companion are the
     * publisher's, not the meeting place's */
    t = test_extract("source: https://newsghana.com.gh/1\n\nThe Chief of the Defence Staff (CDS), Vice Admiral Jane "
                     "Roe, has held bilateral talks with his Nigerian counterpart, General Max Mustermann, in Abuja. "
                     "The CDS was accompanied by the Chief of the Naval Staff, Rear Admiral Erika Svensson.", NULL);
    assert_person_country(t.ex, "Jane Roe", "Ghana");
    assert_person_country(t.ex, "Erika Svensson", "Ghana");
    test_doc_free(&t);
    /* an office the publisher's own person holds in the story is another country's: the other
     * side's (not an office of a body named before it: "COP28 President X") */
    t = test_extract("source: https://www.mfa.gov.tr/1\n\nMinister of Foreign Affairs John Abbot met with Jane Roe, "
                     "Acting Minister of Foreign Affairs of Iran, in Ankara. Minister Abbot conveyed his condolences "
                     "over the death of Foreign Minister Max Mustermann.", NULL);
    assert_person_country(t.ex, "John Abbot", "Turkey");
    assert_person_country(t.ex, "Max Mustermann", "Iran");
    test_doc_free(&t);
    t = test_extract("DUBAI - UAE President Sheikh John Abbot received COP28 President Jane Roe at Qasr Al Watan.", NULL);
    assert_person_country(t.ex, "Jane Roe", "United Arab Emirates");
    test_doc_free(&t);
    /* "ABU DHABI: PM X called on UAE President Y ... The prime minister was accompanied by A":
     * A is no more the dateline's than X */
    t = test_extract("ABU DHABI: Prime Minister John Abbot on Friday called on UAE President Jane Roe at Qasr Al Shati. "
                     "The prime minister was accompanied by Foreign Minister Max Mustermann.", NULL);
    assert_person_country(t.ex, "John Abbot", NULL);
    assert_person_country(t.ex, "Max Mustermann", NULL);
    test_doc_free(&t);
    /* "In Paraguay, he held talks with President X": the host, after the story's first person */
    t = test_extract("source: https://www.japantimes.co.jp/1\n\nSAO PAULO - Prime Minister John Abbot met with "
                     "Brazilian President Jane Roe in Brasilia on Friday. In Paraguay, he held talks with President "
                     "Max Mustermann in Asuncion on Thursday.", NULL);
    assert_person_country(t.ex, "Max Mustermann", "Paraguay");
    test_doc_free(&t);
    /* the nearest delegation's; "The delegation also included" after a delegation of a country;
     * no one met in a clause of another time */
    t = test_extract("The Russian delegation was headed by presidential aide John Abbot, while the Ukrainian side was "
                     "led by Defense Minister Jane Roe.", NULL);
    assert_person_country(t.ex, "John Abbot", "Russia");
    assert_person_country(t.ex, "Jane Roe", "Ukraine");
    test_doc_free(&t);
    t = test_extract("ASTANA - Kazakh President John Abbot met with a delegation of the United States Congress led by "
                     "Senator Jane Roe on August 24. The delegation also included Senators Max Mustermann and Erika "
                     "Svensson.", NULL);
    assert_person_country(t.ex, "Max Mustermann", "United States");
    assert_non_null(find_meeting(t.ex, PARLEY_EVENT_MEETING, "John Abbot", "Erika Svensson"));
    test_doc_free(&t);
    t = test_extract("U.S. Secretary of State John Abbot held a meeting with External Affairs Minister Jane Roe of India "
                     "in Washington on Tuesday, a day after the inauguration of President Max Mustermann.", NULL);
    assert_person_country(t.ex, "Max Mustermann", "United States");
    test_doc_free(&t);
    /* "hosted his Ugandan counterpart X at State House, Nairobi": the host is at home */
    t = test_extract("President John Abbot on Wednesday hosted his Ugandan counterpart Jane Roe at State House, Nairobi.",
                     NULL);
    assert_person_country(t.ex, "John Abbot", "Kenya");
    test_doc_free(&t);
    /* a post of a foundation, a company or a university says no country, nor does the dateline */
    t = test_extract("DAVOS: Prime Minister John Abbot on Tuesday met Jane Roe, co-chair of the Roe and Abbot "
                     "Foundation, on the sidelines of the forum.", NULL);
    assert_person_country(t.ex, "Jane Roe", NULL);
    test_doc_free(&t);
    /* "BEIJING: Prime Minister X met Chinese President Y": the visitor is not China's, even as a
     * last resort */
    t = test_extract("BEIJING: Prime Minister John Abbot met Chinese President Jane Roe at the Great Hall of the People "
                     "on Friday. The two leaders discussed the economic corridor.", NULL);
    assert_person_country(t.ex, "John Abbot", NULL);
    test_doc_free(&t);
    /* only for people with a title: the foreigners an article is about are often named bare */
    t = test_extract("source: https://www.gov.uk/news/1\n\nMinister Jane Roe condemned Bashar al-Assad's regime. "
                     "Syria and Syria.", NULL);
    assert_person_country(t.ex, "Jane Roe", "United Kingdom");
    assert_person_country(t.ex, "Bashar al-Assad", "Syria");
    test_doc_free(&t);
    t = test_extract("Minister Jane Roe condemned the regime of Bashar al-Assad.", NULL);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Bashar al-Assad"));
    test_doc_free(&t);
    /* the person met in a place someone visits is of that place */
    t = test_extract("MOSCOW. Russian Defense Minister Sergei Shoigu visited Pyongyang, where he met with Kim Jong Un.",
                     NULL);
    assert_person_country(t.ex, "Kim Jong Un", "North Korea");
    assert_non_null(find_meeting(t.ex, PARLEY_EVENT_MEETING, "Sergei Shoigu", "Kim Jong Un"));
    test_doc_free(&t);
    /* whom the publisher's official meets abroad is of the place, not the publisher's */
    t = test_extract("source: https://www.state.gov/x\n\nSecretary of State Antony J. Blinken met today in Beijing "
                     "with Director of the Office of the Central Foreign Affairs Commission Wang Yi.", NULL);
    assert_person_country(t.ex, "Antony J. Blinken", "United States");
    assert_person_country(t.ex, "Wang Yi", "China");
    test_doc_free(&t);
    /* a government's release datelined abroad: its officers are its own, whom they welcome local */
    t = test_extract("source: https://www.navy.mil/a\n\nOSLO, Norway -- Capt. Paul Lanzilotta welcomed Crown Prince "
                     "Haakon Magnus aboard.", NULL);
    assert_person_country(t.ex, "Paul Lanzilotta", "United States");
    assert_person_country(t.ex, "Haakon Magnus", "Norway");
    test_doc_free(&t);
    /* a vanity domain (.io) is no publisher's country: the article's country is the guess */
    t = test_extract("source: https://example.io/a\n\nForeign Minister Jane Roe spoke at length. "
                     "Japan and Japan agreed.", NULL);
    assert_person_country(t.ex, "Jane Roe", "Japan");
    test_doc_free(&t);
    /* the country of the minister she met only when the article names no other ... */
    t = test_extract("source: https://example.io/a\n\nForeign Minister Jane Roe met Japanese Minister Taro Kono. "
                     "Japan and Japan agreed.", NULL);
    assert_person_country(t.ex, "Jane Roe", "Japan");
    test_doc_free(&t);
    /* ... and another when it does */
    t = test_extract("source: https://example.io/a\n\nForeign Minister Jane Roe met Japanese Minister Taro Kono. "
                     "Japan and Japan agreed. Peru and Peru agreed too.", NULL);
    assert_person_country(t.ex, "Jane Roe", "Peru");
    test_doc_free(&t);
}

static void test_fuller_name_later(void **state)
{
    (void)state;
    test_doc t = test_extract("General Asim Munir arrived. Chief of Army Staff General Syed Asim Munir spoke.", NULL);
    assert_int_equal(count_type(t.ex, PARLEY_ENTITY_PERSON), 1);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Syed Asim Munir"));
    test_doc_free(&t);
}

static void test_spelling_variants_merge(void **state)
{
    (void)state;
    test_doc t = test_extract("Field Marshal Birhanu Jula met officers. Later Field Marshal Berhanu inspected a guard.",
                              NULL);
    assert_int_equal(count_type(t.ex, PARLEY_ENTITY_PERSON), 1);
    test_doc_free(&t);
}

/* Name resolution among many people (the index of name words): spelling variants, initials,
 * articles and surnames still find their person when thousands of others share name words */
static void test_resolution_among_many(void **state)
{
    (void)state;
    static const char *const syl[] = {"ka", "ro", "mi", "ta", "ne", "vo", "lu", "sha"};
    parley_buf b = {0};
    parley_buf_puts(&b, "Defence Minister Zakir Hasanov met General Haidar al-Abadi. ");
    unsigned r = 7;
    for (int i = 0; i < 1500; i++) {
        char a[16], c[16];
        int la = 0, lc = 0;
        for (int k = 0; k < 3; k++) {
            r = r * 1103515245u + 12345u;
            la += snprintf(a + la, sizeof a - (size_t)la, "%s", syl[(r >> 16) % 8]);
            r = r * 1103515245u + 12345u;
            lc += snprintf(c + lc, sizeof c - (size_t)lc, "%s", syl[(r >> 16) % 8]);
        }
        a[0] = (char)(a[0] - 32);
        c[0] = (char)(c[0] - 32);
        parley_buf_puts(&b, "General ");
        parley_buf_puts(&b, a);
        parley_buf_puts(&b, " ");
        parley_buf_puts(&b, c);
        parley_buf_puts(&b, " spoke. ");
    }
    parley_buf_puts(&b, "Later Z. Hasanov met Abadi. Hasanow said so. Minister Hasanov left.");
    test_doc t = test_extract(b.data, NULL);
    const parley_entity *h = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Zakir Hasanov");
    const parley_entity *a = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Haidar al-Abadi");
    assert_non_null(h);
    assert_non_null(a);
    assert_int_equal(h->n_mentions, 4);   /* Zakir Hasanov, Z. Hasanov, Hasanow, Hasanov */
    assert_int_equal(a->n_mentions, 2);   /* Haidar al-Abadi, Abadi */
    test_doc_free(&t);
    parley_buf_free(&b);
}

/* The people a delegation included are of its country; a guest "was received by" a host */
static void test_delegation_and_passive_host(void **state)
{
    (void)state;
    test_doc t = test_extract("Warsaw - Minister John Abbot hosted his Lithuanian counterpart Jane Roe in Warsaw. The "
                              "Lithuanian delegation included Vice Minister Max Mustermann.", NULL);
    assert_person_country(t.ex, "Max Mustermann", "Lithuania");
    test_doc_free(&t);
    t = test_extract("Nairobi - Chief of Defence Forces General John Abbot was received by Field Marshal Jane Roe in "
                     "Addis Ababa on Monday.", NULL);
    assert_person_country(t.ex, "John Abbot", "Kenya");
    test_doc_free(&t);
}

/* A country thanked or urged is not the speaker's; "X of Russia" says X's country */
static void test_addressee_and_of_country(void **state)
{
    (void)state;
    test_doc t = test_extract("Minsk - John Abbot held talks with Jane Roe, Chairman of the Council of the Federation of "
                              "Russia. During the meeting, Abbot thanked Russia for its support.", NULL);
    assert_person_country(t.ex, "John Abbot", "Belarus");
    test_doc_free(&t);
    /* "The Kazakh minister sat down with X" in Beijing: X is local */
    t = test_extract("Astana - Defence Minister John Abbot visited the headquarters in Beijing, where he met General "
                     "Jane Roe. The Kazakh minister sat down with Defence Minister Max Mustermann the next day.", NULL);
    assert_person_country(t.ex, "Max Mustermann", "China");
    test_doc_free(&t);
    /* "The minister conveyed greetings from President X": the minister named before */
    t = test_extract("Bishkek - Kyrgyz President John Abbot received Tajik Foreign Minister Jane Roe on June 29. The "
                     "minister conveyed greetings from President Max Mustermann.", NULL);
    assert_person_country(t.ex, "Max Mustermann", "Tajikistan");
    test_doc_free(&t);
    t = test_extract("The minister met the co-chairs Igor Popov of Russia and James Warlick of the United States.", NULL);
    assert_person_country(t.ex, "Igor Popov", "Russia");
    assert_person_country(t.ex, "James Warlick", "United States");
    test_doc_free(&t);
}

static void test_different_people_stay_apart(void **state)
{
    (void)state;
    test_doc t = test_extract("President Ilham Aliyev met Prime Minister Nikol Pashinyan. Aliyev said peace is near.",
                              NULL);
    assert_int_equal(count_type(t.ex, PARLEY_ENTITY_PERSON), 2);
    test_doc_free(&t);
}

static void test_country_entities(void **state)
{
    (void)state;
    test_doc t = test_extract("Georgia and the Georgian side, Türkiye and Turkey, the U.S. and the UK met.", NULL);
    const parley_entity *g = find_ent(t.ex, PARLEY_ENTITY_COUNTRY, "Georgia");
    assert_non_null(g);
    assert_int_equal(g->n_mentions, 2);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_COUNTRY, "United States"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_COUNTRY, "United Kingdom"));
    assert_int_equal(count_type(t.ex, PARLEY_ENTITY_COUNTRY), 4);
    test_doc_free(&t);
}

/* A country in another person's role ("the Ambassador of Cameroon to Chad") is no journey of the
 * host's */
static void test_posting_is_no_visit(void **state)
{
    (void)state;
    test_doc t = test_extract("N'DJAMENA - The Minister of Defence, John Abbot, received the Ambassador of Cameroon to "
                              "Chad, Jane Roe, for talks.", NULL);
    assert_person_country(t.ex, "John Abbot", "Chad");
    assert_person_country(t.ex, "Jane Roe", "Cameroon");
    test_doc_free(&t);
}

/* A surname two people share is the one named first before it: "Wang" after Wang Yi and before
 * Wang Xiaohong; "Erdogan" after President Recep Tayyip Erdogan and First lady Emine Erdogan */
static void test_shared_surname(void **state)
{
    (void)state;
    test_doc t = test_extract("Foreign Minister Wang Yi met Minister John Abbot. Wang said the talks were useful. "
                              "Public Security Minister Wang Xiaohong met Abbot later.", NULL);
    assert_int_equal(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Wang Yi")->n_mentions, 2);
    assert_int_equal(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Wang Xiaohong")->n_mentions, 1);
    test_doc_free(&t);
    t = test_extract("President Recep Tayyip Erdogan arrived. First lady Emine Erdogan also attended. Minister "
                     "Hulusi Akar accompanied Erdogan.", NULL);
    assert_int_equal(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Recep Tayyip Erdogan")->n_mentions, 2);
    test_doc_free(&t);
}

/* "X met Indonesian Defense Minister Y at the State Department": X is of the seat's country;
 * ", spokesperson Z said": Z is of the sentence's subject's */
static void test_seat_and_spokesperson(void **state)
{
    (void)state;
    {
        /* after a quotation: whose government, the article's first person's (not the quoted one's) */
        test_doc q = test_extract("ANTALYA, Nov 16 - Indian Prime Minister John Abbot met US President Jane Roe on "
                                  "Monday. \"President Roe was kind,\" Foreign Office Spokesman Max Mustermann told "
                                  "reporters.", NULL);
        assert_person_country(q.ex, "Max Mustermann", "India");
        test_doc_free(&q);
    }
    test_doc t = test_extract("Secretary John Abbot met Indonesian Defense Minister Jane Roe at the State Department on "
                              "Monday, spokesperson Max Mustermann said.", NULL);
    assert_person_country(t.ex, "John Abbot", "United States");
    assert_person_country(t.ex, "Max Mustermann", "United States");
    test_doc_free(&t);
}

/* An acronym in brackets after an organisation's name, and alone later, is that organisation; not
 * one of a title around it ("Chief of Army Staff (COAS)") */
static void test_acronyms(void **state)
{
    (void)state;
    test_doc t = test_extract("The grant to the World Monuments Fund (WMF) will support work. WMF experts will lead "
                              "it. Chief of Army Staff (COAS) General John Abbot spoke. The COAS left.", NULL);
    const parley_entity *e = find_ent(t.ex, PARLEY_ENTITY_ORGANIZATION, "World Monuments Fund");
    assert_non_null(e);
    assert_int_equal(e->n_mentions, 3);
    e = find_ent(t.ex, PARLEY_ENTITY_ORGANIZATION, "Army Staff");
    assert_true(e == NULL || e->n_mentions == 1);
    test_doc_free(&t);
}

/* "EU foreign policy chief X": a title of an international body's office, with its domain; no
 * country from the dateline */
static void test_international_policy_chief(void **state)
{
    (void)state;
    test_doc t = test_extract("NEW YORK, Sept 24 (Reuters) - Foreign Minister John Abbot of Iran held talks with EU "
                              "foreign policy chief Jane Roe on Tuesday.", NULL);
    const parley_entity *e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Jane Roe");
    assert_non_null(e);
    assert_string_equal(e->title, "EU foreign policy chief");
    assert_null(e->country);
    test_doc_free(&t);
}

/* Whom a visitor meets where the journey told went is of that country, not of the dateline's:
 * "left for Dhaka on a visit to Bangladesh. On arrival, the Foreign Minister held talks with
 * Foreign Minister X"; one not met keeps the guess ("did not meet"). */
static void test_met_where_the_journey_went(void **state)
{
    (void)state;
    test_doc t = test_extract("THIMPHU, 3 March: Foreign Minister John Abbot left for Dhaka this morning on a visit to "
                              "Bangladesh. On arrival, the Foreign Minister held talks with Foreign Minister Jane "
                              "Roe.", NULL);
    assert_person_country(t.ex, "Jane Roe", "Bangladesh");
    assert_person_country(t.ex, "John Abbot", "Bhutan");
    test_doc_free(&t);
}

/* "The Special Envoy delivered a message from General X": the sender is the envoy's compatriot;
 * a headline's "Sudanese envoy" is no title for the general. */
static void test_special_envoy_sender(void **state)
{
    (void)state;
    test_doc t = test_extract("Chairperson receives Sudanese envoy\n\nAddis Ababa, 20 May 2024 - The Chairperson of the "
                              "African Union Commission, John Abbot, received the Special Envoy of the President of "
                              "Sudan, Ambassador Jane Roe. The Special Envoy delivered a message from General Max "
                              "Mustermann to the Chairperson.", NULL);
    const parley_entity *e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Max Mustermann");
    assert_non_null(e);
    assert_string_equal(e->country, "Sudan");
    assert_string_equal(e->title, "General");
    test_doc_free(&t);
}

/* "the greetings of King A and Crown Prince B": both are senders, the speaker's compatriots. */
static void test_two_senders(void **state)
{
    (void)state;
    {
        /* "accompanied by A Minister X, B Minister Y and C Minister Z": each a compatriot */
        test_doc q = test_extract("ABUJA, Dec 3 - President John Abbot received his South African counterpart, Jane "
                                  "Roe. Roe was accompanied by International Relations Minister Max Mustermann, Trade "
                                  "Minister Erika Musterfrau and Police Minister Otto Normal.", NULL);
        assert_person_country(q.ex, "Max Mustermann", "South Africa");
        assert_person_country(q.ex, "Otto Normal", "South Africa");
        test_doc_free(&q);
    }
    test_doc t = test_extract("CAIRO, Oct 15 - President John Abbot received Saudi Foreign Minister Prince Jane Roe. "
                              "Prince Jane Roe conveyed the greetings of King Max Mustermann and Crown Prince Erika "
                              "Musterfrau to President Abbot.", NULL);
    assert_person_country(t.ex, "Max Mustermann", "Saudi Arabia");
    assert_person_country(t.ex, "Erika Musterfrau", "Saudi Arabia");
    test_doc_free(&t);
}

/* Names listed after a plural role and its countries, each with a rank: "his counterparts from A,
 * B and C, Lieutenant General X, Lieutenant General Y and General Z". */
static void test_respective_with_ranks(void **state)
{
    (void)state;
    test_doc t = test_extract("WARSAW, 9 October 2023 - General John Abbot hosted his counterparts from Lithuania, "
                              "Latvia and Estonia, Lieutenant General Jane Roe, Lieutenant General Max Mustermann and "
                              "General Erika Musterfrau, in Warsaw on Monday.", NULL);
    assert_person_country(t.ex, "Jane Roe", "Lithuania");
    assert_person_country(t.ex, "Max Mustermann", "Latvia");
    assert_person_country(t.ex, "Erika Musterfrau", "Estonia");
    test_doc_free(&t);
}

/* An exercise named again without its year is the one named with it: "Pitch Black 2024 begins
 * ... Exercise Pitch Black began". */
static void test_exercise_without_year(void **state)
{
    (void)state;
    test_doc t = test_extract("Pitch Black 2024 begins in Darwin\n\nDARWIN, July 12 - Exercise Pitch Black began on "
                              "Friday with 140 aircraft from 20 nations.", NULL);
    size_t n = 0;
    for (size_t i = 0; i < t.ex->n_entities; i++)
        n += t.ex->entities[i].type == PARLEY_ENTITY_EXERCISE;
    assert_int_equal(n, 1);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_EXERCISE, "Pitch Black 2024"));
    test_doc_free(&t);
}

/* "Vietnamese PM concludes visit to Australia": the one person with no country whose title reads
 * "PM" in initials is of the headline's country. */
static void test_headline_role_country(void **state)
{
    (void)state;
    test_doc t = test_extract("Vietnamese PM concludes visit to Australia\n\nCANBERRA, March 8 - Prime Minister John "
                              "Abbot wrapped up his official visit to Australia on March 8.", NULL);
    assert_person_country(t.ex, "John Abbot", "Vietnam");
    test_doc_free(&t);
}

/* "The Minister of Defence, Dr X, has held talks with a delegation from the Chinese army led by
 * Y in Accra": X is not of the delegation's country (the name after its own role is no other
 * person ending the search for the meeting words). */
static void test_role_name_then_meeting(void **state)
{
    (void)state;
    test_doc t = test_extract("ACCRA, Nov. 12 - The Minister of Defence, Dr John Abbot, has held bilateral talks with a "
                              "delegation from the Chinese People's Liberation Army led by Major General Jane Roe in "
                              "Accra.", NULL);
    const parley_entity *e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "John Abbot");
    assert_non_null(e);
    assert_true(!e->country || strcmp(e->country, "China") != 0);
    test_doc_free(&t);
}

/* Organisations opened by a hyphenated compound keep it; "US$" is money. */
static void test_compound_org_and_currency(void **state)
{
    (void)state;
    test_doc t = test_extract("The ministers co-chaired the Cambodia-Thailand Joint Commission and the High-Level "
                              "Cooperation Council, and agreed on US$15 billion of trade.", NULL);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_ORGANIZATION, "Cambodia-Thailand Joint Commission"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_ORGANIZATION, "High-Level Cooperation Council"));
    assert_null(find_ent(t.ex, PARLEY_ENTITY_COUNTRY, "United States"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_COUNTRY, "Cambodia"));
    test_doc_free(&t);
    /* (a body named after a people's word goes on after "of": "the Chilean Chamber of Commerce") */
    t = test_extract("The two leaders attended a business forum co-organized by the Chilean Chamber of Commerce.", NULL);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_ORGANIZATION, "Chilean Chamber of Commerce"));
    assert_null(find_ent(t.ex, PARLEY_ENTITY_ORGANIZATION, "Chilean Chamber"));
    test_doc_free(&t);
    /* (a body of the UN named by its short name after "the": "the UN Development Programme", "the UN
     * Interim Force in Lebanon", no "the UN" and another body) */
    t = test_extract("He praised the UN Development Programme and the UN Interim Force in Lebanon.", NULL);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_ORGANIZATION, "United Nations Development Programme"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_ORGANIZATION, "United Nations Interim Force in Lebanon"));
    assert_null(find_ent(t.ex, PARLEY_ENTITY_ORGANIZATION, "Development Programme"));
    assert_null(find_ent(t.ex, PARLEY_ENTITY_ORGANIZATION, "Interim Force"));
    test_doc_free(&t);
    /* (a people's word after "of" makes no body: "a delegation of Chinese investors") */
    t = test_extract("President John Abbot today met a delegation of Chinese investors at State House.", NULL);
    for (size_t k = 0; k < t.ex->n_entities; k++)
        assert_int_not_equal(t.ex->entities[k].type, PARLEY_ENTITY_ORGANIZATION);
    test_doc_free(&t);
    /* (an international body's acronym opening the compound: "the EU-Armenia Partnership Council") */
    t = test_extract("Kallas and Mirzoyan co-chaired the EU-Armenia Partnership Council in Brussels.", NULL);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_ORGANIZATION, "EU-Armenia Partnership Council"));
    assert_null(find_ent(t.ex, PARLEY_ENTITY_ORGANIZATION, "Armenia Partnership Council"));
    test_doc_free(&t);
}

/* "President X of Nigeria ... X was accompanied by Foreign Minister Y": Y is of X's country, given
 * to X by the sentence that names it; a minister in the clause before ("The President was
 * supported by Minister Z, while ...") is no companion of X. */
static void test_companion_after_country(void **state)
{
    (void)state;
    test_doc t = test_extract("PRETORIA, 3 December 2024 - President John Abbot hosted President Max Mustermann of "
                              "Nigeria at the Union Buildings today. The President was supported by Minister Jane Roe, "
                              "while President Mustermann was accompanied by Foreign Affairs Minister Yusuf Tuggar.", NULL);
    const parley_entity *e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Yusuf Tuggar");
    assert_non_null(e);
    assert_non_null(e->country);
    assert_string_equal(e->country, "Nigeria");
    e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Jane Roe");
    assert_non_null(e);
    assert_true(!e->country || strcmp(e->country, "Nigeria") != 0);
    test_doc_free(&t);
}

/* Places listed after a journey's "to" are all destinations ("a trip to Japan and the
 * Philippines"), and "In Manila, he held talks with X" puts the meeting in Manila: X is Filipino;
 * "east China's Shandong Province" is a place, no person. */
static void test_destinations_and_opening_place(void **state)
{
    (void)state;
    test_doc t = test_extract("OTTAWA - National Defence Minister John Abbot returned Saturday from a trip to Japan and "
                              "the Philippines. In Manila, he held talks with Defense Secretary Jane Roe on Wednesday.",
                              NULL);
    const parley_entity *e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "John Abbot");
    assert_non_null(e);
    assert_string_equal(e->country, "Canada");
    e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Jane Roe");
    assert_non_null(e);
    assert_string_equal(e->country, "Philippines");
    test_doc_free(&t);
    t = test_extract("The ministers met in Qingdao, east China's Shandong Province, on Wednesday.", NULL);
    assert_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Shandong Province"));
    test_doc_free(&t);
}

/* "Mr. X said Chile is a strategic partner" after X received a Chilean: the country spoken of is
 * the guest's, not the speaker's. */
static void test_country_spoken_of(void **state)
{
    (void)state;
    test_doc t = test_extract("BRASILIA, 6 August - President John Abbot received Chilean President Jane Roe at the "
                              "Planalto Palace on Monday. Mr. Abbot said Chile is a strategic partner.", NULL);
    const parley_entity *e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "John Abbot");
    assert_non_null(e);
    assert_true(!e->country || strcmp(e->country, "Chile") != 0);
    test_doc_free(&t);
}

/* An attendee ("X was present at the meeting") of a meeting held in Beijing is Chinese; "Qatari
 * PM" in a headline is the one whose first office "Prime Minister" is, not someone untitled. */
static void test_attendee_country_and_headline_initials(void **state)
{
    (void)state;
    test_doc t = test_extract("On the afternoon of November 18, 2026, Vice President John Abbot met with Prime Minister of "
                              "Solomon Islands Jane Roe at Zhongnanhai in Beijing. Jane Roe said that Solomon Islands "
                              "adheres to the principle. Solomon Islands will work with China. Vice Foreign Minister Max "
                              "Mustermann was present at the meeting.", NULL);
    const parley_entity *e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Max Mustermann");
    assert_non_null(e);
    assert_non_null(e->country);
    assert_string_equal(e->country, "China");
    test_doc_free(&t);
    t = test_extract("EAM meets Qatari PM in Doha\n\nEAM John Abbot called on Sheikh Jane Roe, Prime Minister and "
                     "Minister of Foreign Affairs of Qatar, in Doha. He also met Sheikh Max Mustermann of Qatar.", NULL);
    e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Max Mustermann");
    assert_non_null(e);
    assert_true(!e->title || strcmp(e->title, "PM") != 0);
    test_doc_free(&t);
}

/* An office only one country has (data/titles.tsv, national_office) names the person's country;
 * modifiers before it aside; another office that begins the same way does not. */
static void test_national_office(void **state)
{
    (void)state;
    test_doc t = test_extract("MUNICH, Feb 17 - Secretary of State John Abbot met Chinese Foreign Minister Jane Roe. Deputy "
                              "Secretary of State Max Mustermann was there. Secretary of State for Defence Erika "
                              "Musterfrau spoke.", NULL);
    const parley_entity *e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "John Abbot");
    assert_non_null(e);
    assert_string_equal(e->country, "United States");
    e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Max Mustermann");
    assert_non_null(e);
    assert_string_equal(e->country, "United States");
    e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Erika Musterfrau");
    assert_non_null(e);
    assert_true(!e->country || strcmp(e->country, "United States") != 0);
    test_doc_free(&t);
}

/* "In Kuwait, her last stop, X called on Crown Prince Y" (Y Kuwaiti); "She also met her Kuwaiti
 * counterpart Z": Z's title is that of the subject of the sentence before, not of whom she met. */
static void test_called_on_place_and_pronoun_counterpart(void **state)
{
    (void)state;
    test_doc t = test_extract("NEW DELHI - She arrived in Doha on Tuesday. In Kuwait, her last stop, External Affairs Minister "
                              "John Abbot called on Crown Prince Jane Roe on Thursday. She also met her Kuwaiti "
                              "counterpart Max Mustermann.", "2026-03-14");
    const parley_entity *e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Jane Roe");
    assert_non_null(e);
    assert_string_equal(e->country, "Kuwait");
    e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Max Mustermann");
    assert_non_null(e);
    assert_string_equal(e->title, "Foreign Minister");
    test_doc_free(&t);
}

/* An exercise told without its year or number before it is told with them is one exercise
 * ("Balikatan" then "Balikatan 2024", "Cyclone" then "Cyclone-II"); "The Egyptian contingent is
 * led by Major General X": X is Egyptian. */
static void test_exercise_editions_and_led_by(void **state)
{
    (void)state;
    test_doc t = test_extract("US, Philippine forces launch Balikatan drills\n\nTroops began the Balikatan 2024 exercises "
                              "on Monday. The Egyptian contingent is led by Major General John Abbot, while the Indian "
                              "contingent is commanded by Major General Jane Roe in the exercise \"Cyclone\". The "
                              "Cyclone-II exercise ends in February.", NULL);
    assert_null(find_ent(t.ex, PARLEY_ENTITY_EXERCISE, "Balikatan"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_EXERCISE, "Balikatan 2024"));
    assert_null(find_ent(t.ex, PARLEY_ENTITY_EXERCISE, "Cyclone"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_EXERCISE, "Cyclone-II"));
    const parley_entity *e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "John Abbot");
    assert_non_null(e);
    assert_string_equal(e->country, "Egypt");
    e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Jane Roe");
    assert_non_null(e);
    assert_string_equal(e->country, "India");
    test_doc_free(&t);
}

/* "Foreign ministers A and B" after one who received the other: their countries in order; ",
 * presidential spokesman X said" speaks for the subject; "Y's state visit to Brazil" is no visit of
 * X's; one who meets "the delegation" is not of its leader's country */
static void test_pair_after_meeting_spokesman_and_visits(void **state)
{
    (void)state;
    test_doc t = test_extract("Argentine President John Abbot received his Chilean counterpart Jane Roe in Buenos Aires "
                              "on Friday. Foreign ministers Max Mustermann and Erika Mustermann signed an agreement on "
                              "mining.", "2025-06-12");
    const parley_entity *e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Max Mustermann");
    assert_non_null(e);
    assert_string_equal(e->country, "Argentina");
    e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Erika Mustermann");
    assert_non_null(e);
    assert_string_equal(e->country, "Chile");
    test_doc_free(&t);
    /* (a passive names the host last: "B was welcomed by A" pairs A, then B) */
    t = test_extract("Chilean President John Abbot and Argentine President Jane Roe signed agreements at La Moneda. "
                     "Roe was welcomed by Abbot with military honors. Foreign ministers Max Mustermann and Erika "
                     "Mustermann also signed a memorandum.", "2025-06-12");
    assert_person_country(t.ex, "Max Mustermann", "Chile");
    assert_person_country(t.ex, "Erika Mustermann", "Argentina");
    test_doc_free(&t);
    t = test_extract("Egypt's President John Abbot received on Sunday Jordan's King Jane Roe in Cairo, presidential "
                     "spokesman Max Mustermann said.", "2025-06-12");
    e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Max Mustermann");
    assert_non_null(e);
    assert_string_equal(e->country, "Egypt");
    test_doc_free(&t);
    t = test_extract("BRAS\xc3\x8dLIA \xe2\x80\x94 President John Abbot and French President Jane Roe signed agreements on "
                     "Thursday, at the end of Roe's three-day state visit to Brazil.", "2025-06-12");
    e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "John Abbot");
    assert_non_null(e);
    assert_non_null(e->country);
    assert_string_equal(e->country, "Brazil");
    test_doc_free(&t);
    t = test_extract("President John Abbot met a delegation led by US Senator Jane Roe in Taipei, pledging to boost "
                     "Taiwan's defense budget. Separately, Minister of National Defense Max Mustermann met the "
                     "delegation at the ministry. The US Congress backs the budget.", "2025-06-12");
    e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Max Mustermann");
    assert_non_null(e);
    assert_non_null(e->country);
    assert_string_equal(e->country, "Taiwan");
    test_doc_free(&t);
}

/* A headline's city is no mention of the dateline's country ("Rutte and Erdogan discuss trade in
 * Ankara" over "ANKARA (AA) -"); "for talks on European security and support for Ukraine" names
 * what is talked of */
static void test_headline_city_and_support_for(void **state)
{
    (void)state;
    test_doc t = test_extract("Abbot and Roe discuss defence industry in Ankara\n\nANKARA (AA) - NATO Secretary General "
                              "John Abbot was received by President Jane Roe at the Presidential Complex on Monday.",
                              "2025-06-12");
    const parley_entity *e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Jane Roe");
    assert_non_null(e);
    assert_non_null(e->country);
    assert_string_equal(e->country, "Turkey");
    test_doc_free(&t);
    t = test_extract("Berlin, 12 February (dpa) - Chancellor John Abbot received Polish Prime Minister Jane Roe at the "
                     "Chancellery on Monday for talks on European security and support for Ukraine.", "2024-02-12");
    e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "John Abbot");
    assert_non_null(e);
    assert_non_null(e->country);
    assert_string_equal(e->country, "Germany");
    test_doc_free(&t);
}

/* "hosted his counterparts A of Sweden, B of Finland and C of Denmark": all are counterparts with
 * the host's title; "X ... became the first Japanese leader to visit" is X's role, not that of
 * another Japanese named later */
static void test_counterparts_listed_and_role_said_of(void **state)
{
    (void)state;
    test_doc t = test_extract("Norwegian Defence Minister John Abbot hosted his counterparts Jane Roe of Sweden, Max "
                              "Mustermann of Finland and Erika Svensson of Denmark in Oslo on Tuesday.", "2025-06-12");
    const char *names[] = {"Jane Roe", "Max Mustermann", "Erika Svensson"};
    for (int k = 0; k < 3; k++) {
        const parley_entity *e = find_ent(t.ex, PARLEY_ENTITY_PERSON, names[k]);
        assert_non_null(e);
        assert_non_null(e->title);
        assert_string_equal(e->title, "Defence Minister");
    }
    test_doc_free(&t);
    t = test_extract("Japanese Prime Minister John Abbot held talks with South Korean President Jane Roe in Seoul on "
                     "Sunday. Abbot, on a two-day trip, became the first Japanese leader to visit South Korea in 12 "
                     "years. The leaders also held a dinner with their wives, Erika Abbot and Kim Keon Hee.", "2025-06-12");
    const parley_entity *e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Erika Abbot");
    assert_non_null(e);
    assert_null(e->title);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Kim Keon Hee"));
    assert_string_equal(find_ent(t.ex, PARLEY_ENTITY_PERSON, "John Abbot")->title, "Prime Minister");
    test_doc_free(&t);
}

/* "sending a delegation led by aide X": the sender's; "People's Liberation Army Ground Force
 * Commander General Y": China's, the whole title; "the eastern Democratic Republic of Congo" */
static void test_sent_delegation_and_service_titles(void **state)
{
    (void)state;
    test_doc t = test_extract("Russian President John Abbot did not travel to Istanbul for talks with Ukraine, sending a "
                              "delegation led by aide Jane Roe instead. People's Liberation Army Ground Force Commander "
                              "General Max Mustermann met Pakistani General Erika Svensson in Rawalpindi. They discussed "
                              "the eastern Democratic Republic of Congo.", "2025-05-15");
    const parley_entity *e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Jane Roe");
    assert_non_null(e);
    assert_string_equal(e->country, "Russia");
    e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Max Mustermann");
    assert_non_null(e);
    assert_string_equal(e->country, "China");
    assert_string_equal(e->title, "People's Liberation Army Ground Force Commander");
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_COUNTRY, "Democratic Republic of the Congo"));
    test_doc_free(&t);
}

/* "Japan's Foreign Minister A and Defense Minister B met their Philippine counterparts": B is
 * Japan's; "attributable to Spokesperson C" over a readout of a US official's meeting */
/* "King A and Queen B of Norway": a royal couple shares the country said after the second;
 * "signed by Federal Minister A and Kenya's Cabinet Secretary B" after "an agreement between
 * Norway and Kenya": A is of the other party; "Sweden's Nordan Motors ... Nordan Motors chief
 * executive A": a company, its officer of its country. */
static void test_royal_couple_signatories_company(void **state)
{
    (void)state;
    const parley_entity *a;
    test_doc t = test_extract("Emperor Karl Lindqvist met King John Abbot and Queen Jane Roe of Norway in Stockholm on "
                              "Monday.", NULL);
    assert_person_country(t.ex, "John Abbot", "Norway");
    test_doc_free(&t);

    t = test_extract("Max Mustermann received Erika Svensson in Oslo. They witnessed the signing of an agreement "
                     "between Norway and Kenya. It was signed by Federal Minister John Abbot and Kenya's Cabinet "
                     "Secretary Jane Roe.", NULL);
    assert_person_country(t.ex, "John Abbot", "Norway");
    test_doc_free(&t);

    t = test_extract("Norway signed a contract with Sweden's Nordan Motors for 100 trucks. Minister Karl Lindqvist "
                     "met Nordan Motors chief executive John Abbot in Oslo.", NULL);
    assert_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Nordan Motors"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_ORGANIZATION, "Nordan Motors"));
    assert_person_country(t.ex, "John Abbot", "Sweden");
    test_doc_free(&t);

    /* "A was accompanied by X, while B was joined by Foreign Secretary Y": Y is B's compatriot */
    t = test_extract("Swedish President Max Mustermann received his Danish counterpart Erika Svensson on Tuesday.\n\n"
                     "Svensson was accompanied by Foreign Minister Karl Lindqvist, while Mustermann was joined by "
                     "Foreign Secretary John Abbot.", NULL);
    assert_person_country(t.ex, "John Abbot", "Sweden");
    test_doc_free(&t);

    /* "received Japan's Foreign Minister X, who is on the first visit by a Japanese foreign
     * minister to Lithuania": the visit is X's; "Mossad chief X" is Israel's; "Hamas negotiator Y"
     * is a person */
    t = test_extract("VILNIUS, Jan 18 - President John Abbot on Thursday received Japan's Foreign Minister Jane Roe, "
                     "who is on the first visit by a Japanese foreign minister to Lithuania.\n\nDOHA - Prime Minister "
                     "Max Mustermann met separately with Mossad chief Karl Lindqvist and Hamas negotiator Erika "
                     "Svensson.", NULL);
    assert_person_country(t.ex, "John Abbot", "Lithuania");
    assert_person_country(t.ex, "Karl Lindqvist", "Israel");
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Erika Svensson"));
    test_doc_free(&t);

    /* "Norway and Sweden inked an agreement ..., with Defence Minister A and Deputy Prime Minister
     * B putting pen to paper": the signing countries in order */
    t = test_extract("OSLO - Norway and Sweden inked a defence cooperation agreement in Oslo on Thursday, with Defence "
                     "Minister John Abbot and Deputy Prime Minister Jane Roe putting pen to paper.", NULL);
    assert_person_country(t.ex, "Jane Roe", "Sweden");
    test_doc_free(&t);

    /* "JAKARTA - Prime Minister A has met B during a short visit to Jakarta": A is no Indonesian */
    t = test_extract("JAKARTA - Prime Minister John Abbot has met Indonesia's president-elect Jane Roe during a short "
                     "visit to Jakarta.", NULL);
    a = find_ent(t.ex, PARLEY_ENTITY_PERSON, "John Abbot");
    assert_non_null(a);
    assert_true(a->country == NULL || strcmp(a->country, "Indonesia") != 0);
    test_doc_free(&t);

    /* "His Majesty Sultan Abbot, King of Norway ... Prime Minister John Abbot": two people */
    t = test_extract("OSLO - His Majesty Sultan Abbot, King of Norway, today received President Jane Roe.\n\nRoe also "
                     "held talks with Prime Minister John Abbot.", NULL);
    a = find_ent(t.ex, PARLEY_ENTITY_PERSON, "John Abbot");
    assert_non_null(a);
    assert_non_null(a->title);
    assert_string_equal(a->title, "Prime Minister");
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Abbot"));
    test_doc_free(&t);

    /* "The presidents were accompanied by their foreign ministers, A and B" */
    t = test_extract("OSLO - Norwegian President Max Mustermann received his Swedish counterpart Erika Svensson on "
                     "Monday.\n\nThe presidents were accompanied by their foreign ministers, John Abbot and Jane Roe.", NULL);
    assert_person_country(t.ex, "Jane Roe", "Sweden");
    test_doc_free(&t);

    /* "The crown prince was accompanied by Minister of International Development X" */
    t = test_extract("OSLO - Swedish President John Abbot welcomed Norwegian Crown Prince Karl Lindqvist on Tuesday.\n\n"
                     "The crown prince was accompanied by Minister of International Development Jane Roe.", NULL);
    assert_person_country(t.ex, "Jane Roe", "Norway");
    test_doc_free(&t);

    /* "Swedish, Danish presidents meet" over "A and B held talks": the headline's demonyms in order;
     * "President A will host President B of Norway": "host" the verb tells no one at home */
    t = test_extract("Swedish, Danish presidents meet in Oslo\n\nOSLO, Dec 22 - Karl Lindqvist and Erika Svensson held "
                     "talks in Oslo on Sunday.", NULL);
    assert_person_country(t.ex, "Karl Lindqvist", "Sweden");
    assert_person_country(t.ex, "Erika Svensson", "Denmark");
    test_doc_free(&t);
    t = test_extract("STOCKHOLM - President John Abbot will host President Jane Roe of Norway on Thursday.", NULL);
    assert_person_country(t.ex, "Jane Roe", "Norway");
    test_doc_free(&t);

    /* "Roe and Defense Minister A also held "2+2" talks with B": the pair's first is Sweden's,
     * said in the sentence before */
    t = test_extract("OSLO - Norwegian Defense Minister Max Mustermann and Swedish Foreign Minister Jane Roe signed "
                     "an agreement in Oslo on Monday.\n\nRoe and Defense Minister John Abbot also held \"2+2\" talks "
                     "with Mustermann and Foreign Minister Erika Svensson.", NULL);
    assert_person_country(t.ex, "John Abbot", "Sweden");
    test_doc_free(&t);
}

static void test_their_counterparts_and_attributable(void **state)
{
    (void)state;
    test_doc t = test_extract("Japan's Foreign Minister John Abbot and Defense Minister Jane Roe met their Philippine "
                              "counterparts, Foreign Secretary Max Mustermann and Defense Secretary Erika Svensson, in "
                              "Manila on Monday.", "2024-07-08");
    const parley_entity *e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Jane Roe");
    assert_non_null(e);
    assert_non_null(e->country);
    assert_string_equal(e->country, "Japan");
    test_doc_free(&t);
    t = test_extract("The following is attributable to Spokesperson John Abbot:\n\nDeputy Secretary of State Jane Roe met "
                     "today with Philippine Foreign Secretary Max Mustermann in Washington. The Deputy Secretary "
                     "underscored the commitment to the Philippines.", "2024-04-02");
    e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "John Abbot");
    assert_non_null(e);
    assert_non_null(e->country);
    assert_string_equal(e->country, "United States");
    test_doc_free(&t);
}

/* "Modi then left for China" is no sign of his country; "The defence ministers of Thailand and
 * Cambodia, A and B": no country in the titles; "Minister for Science, Innovation and Technology"
 * names no one; an attendee of a meeting abroad keeps the dateline's country */
static void test_left_for_country_lists_and_attendee(void **state)
{
    (void)state;
    /* "A and his Philippine counterpart, B" under "Japanese, Philippine defense chiefs ..." */
    {
        test_doc u = test_extract("Japanese, Philippine defense chiefs hold first talks\n\nSINGAPORE - Defense Minister "
                                  "John Abbot and his Philippine counterpart, Jane Roe, held talks Saturday on the "
                                  "sidelines of the Shangri-La Dialogue.", "2023-06-04");
        assert_person_country(u.ex, "John Abbot", "Japan");
        test_doc_free(&u);
    }
    /* "A and B were accompanied by the chiefs of general staff of the two countries, C and D" */
    {
        test_doc u = test_extract("Turkish Defence Minister John Abbot met with Georgian Defence Minister Jane Roe in "
                                  "Ankara. Abbot and Roe were accompanied by the chiefs of general staff of the two "
                                  "countries, General Max Mustermann and Major General Erika Svensson.", "2024-10-09");
        assert_person_country(u.ex, "Max Mustermann", "Turkey");
        assert_person_country(u.ex, "Erika Svensson", "Georgia");
        test_doc_free(&u);
    }
    /* the countries that sign, then their signers: "signed by A and US Secretary B", "A and B signed
     * the pact with Philippine Defense Secretary C" */
    {
        test_doc u = test_extract("KUALA LUMPUR - India and the United States on Friday signed a framework for defence "
                                  "cooperation. The framework was signed by Defence Minister John Abbot and US Secretary "
                                  "of War Jane Roe.", "2025-10-31");
        assert_person_country(u.ex, "John Abbot", "India");
        test_doc_free(&u);
        u = test_extract("MANILA (Kyodo) -- Japan and the Philippines on Monday signed a Reciprocal Access Agreement. "
                         "Foreign Minister John Abbot and Defense Minister Jane Roe signed the pact with Philippine "
                         "Defense Secretary Max Mustermann in Manila.", "2024-07-08");
        assert_person_country(u.ex, "John Abbot", "Japan");
        assert_person_country(u.ex, "Jane Roe", "Japan");
        test_doc_free(&u);
    }
    /* "head of the Ukrainian presidential office"; "led Kyiv's team, which also included X" */
    {
        test_doc u = test_extract("JEDDAH, March 11 (Reuters) - Ukrainian and U.S. officials began talks in Saudi "
                                  "Arabia on Tuesday. John Abbot, head of the Ukrainian presidential office, led Kyiv's "
                                  "team, which also included Foreign Minister Jane Roe.", "2025-03-11");
        assert_person_country(u.ex, "John Abbot", "Ukraine");
        assert_person_country(u.ex, "Jane Roe", "Ukraine");
        test_doc_free(&u);
    }
    /* a counterpart's title leaves out the other country's body */
    {
        test_doc u = test_extract("Lome, April 9, GNA - Present at the meeting were the Chief of the Defence Staff of "
                                  "the Ghana Armed Forces, Vice Admiral John Abbot, and his Togolese counterpart, "
                                  "General Jane Roe.", "2024-04-09");
        const parley_entity *e = find_ent(u.ex, PARLEY_ENTITY_PERSON, "Jane Roe");
        assert_non_null(e);
        assert_non_null(e->title);
        assert_null(strstr(e->title, "Ghana"));
        test_doc_free(&u);
    }
    /* a partner after "with" is not the subject's country */
    {
        test_doc u = test_extract("Defense Minister John Abbot met Australian Defence Minister Jane Roe in Tokyo on "
                                  "Thursday. Abbot and Roe also confirmed that the two countries would hold the exercise "
                                  "with the United States next year.", "2025-09-05");
        const parley_entity *e = find_ent(u.ex, PARLEY_ENTITY_PERSON, "John Abbot");
        assert_non_null(e);
        assert_true(!e->country || strcmp(e->country, "United States") != 0);
        test_doc_free(&u);
    }
    /* "Petro's foreign minister, X": an aide of a person is of that person's country (not
     * "Erdogan's meeting with opposition leader X"); "joined by special envoy A and B" */
    {
        test_doc u = test_extract("Colombian President John Abbot met Venezuelan President Jane Roe in Caracas. Abbot's "
                                  "foreign minister, Max Mustermann, and Venezuelan Foreign Minister Erika Svensson "
                                  "signed a memorandum. Roe, who was joined by special envoy Karl Lindqvist and Paul "
                                  "Smith, said the talks went well.", "2025-01-12");
        assert_person_country(u.ex, "Max Mustermann", "Colombia");
        assert_person_country(u.ex, "Paul Smith", "Venezuela");
        test_doc_free(&u);
        u = test_extract("Turkish President John Abbot met Greek Prime Minister Jane Roe in Athens. Abbot's meeting "
                         "with opposition leader Max Mustermann was cancelled.", "2025-01-12");
        const parley_entity *e = find_ent(u.ex, PARLEY_ENTITY_PERSON, "Max Mustermann");
        assert_non_null(e);
        assert_true(!e->country || strcmp(e->country, "Turkey") != 0);
        test_doc_free(&u);
    }
    /* "the Thai Ambassador to Myanmar": an office's country, where no one is, and an unnamed
     * person's country, no one else's */
    {
        test_doc u = test_extract("NAY PYI TAW, 20 Dec - Senior General John Abbot received Thai Foreign Minister Jane "
                                  "Roe here this morning. Also present at the call were Union Minister for Foreign "
                                  "Affairs Max Mustermann and the Thai Ambassador to Myanmar.", "2024-12-20");
        assert_person_country(u.ex, "Max Mustermann", "Myanmar");
        test_doc_free(&u);
    }
    /* "at the State House, Abuja": a city after the building it is in; "which was also attended by
     * the Minister of Foreign Affairs, X": an attendee of a meeting held there */
    {
        test_doc u = test_extract("President John Abbot on Tuesday received his Ghanaian counterpart, Jane Roe, at the "
                                  "State House, Abuja. The two leaders later held a closed-door meeting, which was also "
                                  "attended by the Minister of Foreign Affairs, Max Mustermann.", "2025-06-10");
        assert_person_country(u.ex, "John Abbot", "Nigeria");
        assert_person_country(u.ex, "Max Mustermann", "Nigeria");
        test_doc_free(&u);
    }
    /* on a summit's sidelines abroad, whom the person meets says nothing of the person's own
     * country, nor does the host city */
    {
        test_doc u = test_extract("Prime Minister John Abbot met with Turkish President Jane Roe on the sidelines of the "
                                  "NATO summit in The Hague on Wednesday.", "2025-06-25");
        const parley_entity *a = find_ent(u.ex, PARLEY_ENTITY_PERSON, "John Abbot");
        assert_non_null(a);
        assert_true(!a->country || (strcmp(a->country, "Netherlands") != 0 && strcmp(a->country, "Turkey") != 0));
        assert_person_country(u.ex, "Jane Roe", "Turkey");
        test_doc_free(&u);
    }
    test_doc t = test_extract("NEW DELHI: Prime Minister John Abbot held talks with his Japanese counterpart Jane Roe in "
                              "Tokyo on Friday. Abbot then left for China to attend the SCO summit in Tianjin. The defence "
                              "ministers of Thailand and Cambodia, Max Mustermann and Erika Svensson, will meet on Tuesday. "
                              "Abbot, who is also Minister for Science, Innovation and Technology, met Karl Lindqvist.",
                              "2025-08-29");
    const parley_entity *e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "John Abbot");
    assert_non_null(e);
    assert_string_equal(e->country, "India");
    e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Max Mustermann");
    assert_non_null(e);
    assert_true(!e->title || !strstr(e->title, "Cambodia"));
    assert_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Innovation"));
    test_doc_free(&t);
    t = test_extract("WASHINGTON, March 11 (AP) - Secretary of State John Abbot met Saudi Crown Prince Jane Roe in Jeddah "
                     "on Monday. National Security Adviser Max Mustermann also attended the meeting.", "2025-03-11");
    e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Max Mustermann");
    assert_non_null(e);
    assert_non_null(e->country);
    assert_string_equal(e->country, "United States");
    test_doc_free(&t);
    /* "U.S. special envoy A and B met Russian President C": B is of A's country */
    t = test_extract("MOSCOW, Dec 2 (Reuters) - U.S. special envoy John Abbot and Jane Roe met Russian President Max "
                     "Mustermann at the Kremlin on Tuesday.", "2025-12-02");
    e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Jane Roe");
    assert_non_null(e);
    assert_non_null(e->country);
    assert_string_equal(e->country, "United States");
    test_doc_free(&t);
    /* "African Union (AU) Commission Chairperson X": an international body's officer, of no country */
    t = test_extract("ADDIS ABABA, Feb. 16 (Xinhua) -- African Union (AU) Commission Chairperson John Abbot met with "
                     "Chinese Special Envoy Jane Roe in Addis Ababa.", "2024-02-16");
    e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "John Abbot");
    assert_non_null(e);
    assert_null(e->country);
    assert_string_equal(e->title, "African Union Commission Chairperson");
    test_doc_free(&t);
    /* "... accompanied him": the person named first in the last sentence that names someone */
    t = test_extract("VOSTOCHNY, Russia (AP) - Russian President John Abbot welcomed North Korean leader Jane Roe on "
                     "Wednesday. Roe, who arrived by train, told Abbot that Russia was right. The two leaders toured the "
                     "site. Foreign Minister Max Mustermann accompanied him.", "2023-09-13");
    e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Max Mustermann");
    assert_non_null(e);
    assert_non_null(e->country);
    assert_string_equal(e->country, "North Korea");
    test_doc_free(&t);
}

static void test_demonym_of_another_and_delegation_including(void **state)
{
    (void)state;
    /* "General A and Somali National Army commander B": the demonym is B's */
    test_doc t = test_extract("General John Abbot and Somali National Army commander Brigadier General Jane Roe also "
                              "took part in the discussions.", "2023-08-17");
    assert_person_country(t.ex, "Jane Roe", "Somalia");
    const parley_entity *e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "John Abbot");
    assert_non_null(e);
    assert_null(e->country);
    test_doc_free(&t);
    /* "X was accompanied by a large delegation including A and B": X's compatriots */
    t = test_extract("RABAT - King Max Mustermann received French President John Abbot in Rabat. Abbot was accompanied "
                     "by a large delegation including Interior Minister Jane Roe and Minister Erika Svensson.",
                     "2024-10-29");
    assert_person_country(t.ex, "Jane Roe", "France");
    assert_person_country(t.ex, "Erika Svensson", "France");
    test_doc_free(&t);
    /* "Presidential Spokesman X said the meeting tackled the latest developments in Sudan" */
    t = test_extract("CAIRO - Egyptian President John Abbot received Sudanese General Jane Roe on Sunday. Presidential "
                     "Spokesman Max Mustermann said the meeting tackled the latest developments in Sudan.", "2024-01-07");
    e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Max Mustermann");
    assert_non_null(e);
    assert_true(!e->country || strcmp(e->country, "Sudan") != 0);
    test_doc_free(&t);
}

static void test_visitor_by_dateline_aide_and_secretary_general(void **state)
{
    (void)state;
    /* "RIYADH: Prime Minister X called on Saudi Crown Prince Y": X is the visitor, not Saudi */
    test_doc t = test_extract("RIYADH: Prime Minister John Abbot on Tuesday called on Saudi Crown Prince Jane Roe at "
                              "Al-Yamamah Palace.", "2024-10-29");
    const parley_entity *e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "John Abbot");
    assert_non_null(e);
    assert_true(!e->country || strcmp(e->country, "Saudi Arabia") != 0);
    test_doc_free(&t);
    /* "A thanked India for its support, press secretary X told reporters": a country thanked is not
     * the source's quoted after it */
    t = test_extract("DHAKA - Prime Minister John Abbot held a meeting with Indian minister Jane Roe. During the "
                     "meeting, Abbot thanked India for its support, press secretary Max Mustermann told reporters.",
                     "2024-05-04");
    assert_person_country(t.ex, "Max Mustermann", "Bangladesh");
    test_doc_free(&t);
    /* "A delegation of the Saudi Armed Forces headed by Chief of General Staff General X": the
     * group's country, past the office's "of" */
    t = test_extract("RAWALPINDI - A delegation of the Saudi Armed Forces headed by Chief of General Staff General John "
                     "Abbot called on General Jane Roe.", "2024-03-03");
    assert_person_country(t.ex, "John Abbot", "Saudi Arabia");
    test_doc_free(&t);
    /* "Leaders of A, B and C hold trilateral meeting" over "President X, President Y and President
     * Z held ...": the countries in order */
    t = test_extract("Leaders of Azerbaijan, Kazakhstan and Uzbekistan hold trilateral meeting\n\nSHUSHA, July 6 (APA) - "
                     "President John Abbot, President Jane Roe and President Max Mustermann held a trilateral meeting "
                     "in Shusha on Saturday.", "2024-07-06");
    assert_person_country(t.ex, "John Abbot", "Azerbaijan");
    assert_person_country(t.ex, "Jane Roe", "Kazakhstan");
    assert_person_country(t.ex, "Max Mustermann", "Uzbekistan");
    test_doc_free(&t);
    /* "X held talks with Y ..., Foreign Secretary Z said" abroad, in the story of X's country's
     * agency: Z speaks for X's side, and is not met */
    t = test_extract("JOHANNESBURG, Aug 24 (ANI) - Prime Minister John Abbot on Thursday held bilateral talks with Chinese "
                     "President Jane Roe on the sidelines of the BRICS summit, Foreign Secretary Max Mustermann said.",
                     "2023-08-24");
    assert_person_country(t.ex, "John Abbot", "India");
    assert_person_country(t.ex, "Max Mustermann", "India");
    test_doc_free(&t);
    /* "the UAE President": a country's short name for someone unnamed names no one else's country */
    t = test_extract("GANDHINAGAR, Jan 10 - Chief Minister John Abbot met UAE President Jane Roe. Later, Prime Minister "
                     "Max Mustermann and the UAE President held a roadshow in Ahmedabad.", "2024-01-10");
    const parley_entity *pe = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Max Mustermann");
    assert_non_null(pe);
    assert_true(!pe->country || strcmp(pe->country, "United Arab Emirates") != 0);
    test_doc_free(&t);
    /* "a delegation of the Asian Development Bank headed by Vice-President X": of no country */
    t = test_extract("BISHKEK, November 28 - Chairman of the Cabinet of Ministers John Abbot met with a delegation of the "
                     "Asian Development Bank headed by Vice-President Jane Roe.", "2023-11-28");
    pe = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Jane Roe");
    assert_non_null(pe);
    assert_null(pe->country);
    test_doc_free(&t);
    /* "during the visit of Prime Minister X to the UAE", "the upcoming visit of President Y to
     * Tashkent": a visitor is not of the place visited; "Foreign ministers A and B": the second
     * holds the office the first holds for the dateline's country, so is of another */
    t = test_extract("ABU DHABI, 15th February (WAM) -- The UAE and India signed a treaty during the visit of Prime "
                     "Minister John Abbot to the UAE.", "2024-02-15");
    pe = find_ent(t.ex, PARLEY_ENTITY_PERSON, "John Abbot");
    assert_non_null(pe);
    assert_true(!pe->country || strcmp(pe->country, "United Arab Emirates") != 0);
    test_doc_free(&t);
    t = test_extract("Tashkent, July 20 (UzA) - Uzbekistan and Kazakhstan will sign an agreement during the upcoming visit "
                     "of President Jane Roe to Tashkent. Foreign ministers Max Mustermann and Erika Svensson discussed the "
                     "preparations by phone on Wednesday.", "2023-07-20");
    pe = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Jane Roe");
    assert_non_null(pe);
    assert_true(!pe->country || strcmp(pe->country, "Uzbekistan") != 0);
    assert_person_country(t.ex, "Max Mustermann", "Uzbekistan");
    assert_person_country(t.ex, "Erika Svensson", "Kazakhstan");
    test_doc_free(&t);
    /* "Greece and Turkey signed ..., with President A and Prime Minister B attending ... A's visit
     * was his first to Greece": the order of the people need not be the countries' */
    t = test_extract("ATHENS - Greece and Turkey signed a declaration on Thursday, with President John Abbot and Prime "
                     "Minister Jane Roe attending the ceremony in Athens. Abbot's visit was his first to Greece since "
                     "2017.", "2023-12-07");
    assert_person_country(t.ex, "John Abbot", "Turkey");
    assert_person_country(t.ex, "Jane Roe", "Greece");
    test_doc_free(&t);
    /* "left for Melbourne to attend the ASEAN-Australia Special Summit": a country inside the name
     * of a gathering is no one's */
    t = test_extract("Manila, 4 March 2024 - President John Abbot left for Melbourne on Sunday to attend the "
                     "ASEAN-Australia Special Summit.", "2024-03-04");
    pe = find_ent(t.ex, PARLEY_ENTITY_PERSON, "John Abbot");
    assert_non_null(pe);
    assert_true(!pe->country || strcmp(pe->country, "Australia") != 0);
    test_doc_free(&t);
    /* one who meets someone said to be of the dateline's country, in any sentence, is no more its */
    t = test_extract("JOHANNESBURG, Aug 24 - Prime Minister John Abbot on Thursday held talks with Chinese President Jane "
                     "Roe. On Wednesday, Abbot met South African President Max Mustermann.", "2023-08-24");
    pe = find_ent(t.ex, PARLEY_ENTITY_PERSON, "John Abbot");
    assert_non_null(pe);
    assert_true(!pe->country || strcmp(pe->country, "South Africa") != 0);
    test_doc_free(&t);
    /* "..., the presidential aide X told reporters": the subject's */
    t = test_extract("Polish President John Abbot met with U.S. candidate Jane Roe in New York on Wednesday, the "
                     "presidential aide Max Mustermann told reporters.", "2024-04-22");
    assert_person_country(t.ex, "Max Mustermann", "Poland");
    test_doc_free(&t);
    /* "for the UN General Assembly, where he also met Secretary-General X": of no country */
    t = test_extract("Polish President John Abbot was in the United States for the UN General Assembly, where he also "
                     "met Secretary-General Jane Roe.", "2024-04-22");
    e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Jane Roe");
    assert_non_null(e);
    assert_null(e->country);
    test_doc_free(&t);
    /* "Special Correspondent\nNEW DELHI\n\nDefence Minister A and U.S. Secretary B held talks":
     * the dateline on its own line; A is not American */
    t = test_extract("U.S. Defence Secretary meets Indian minister\n\nSpecial Correspondent\nNEW DELHI\n\nDefence "
                     "Minister John Abbot and U.S. Secretary of Defence Jane Roe on Monday held talks.", "2023-06-05");
    assert_person_country(t.ex, "John Abbot", "India");
    test_doc_free(&t);
    /* "had signed similar agreements with Germany and France": partners, not the signer's */
    t = test_extract("KYIV - Ukraine and Denmark on Friday signed a security agreement during a visit by Danish Prime "
                     "Minister Jane Roe. President John Abbot and Roe signed the document. Earlier in the week, Abbot "
                     "had signed similar agreements with Germany and France.", "2024-02-23");
    e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "John Abbot");
    assert_non_null(e);
    assert_true(!e->country || strcmp(e->country, "France") != 0);
    test_doc_free(&t);
    /* "signed by the two countries' defence ministers, A and B": each one's title */
    t = test_extract("The agreement, signed by the two countries' defence ministers, John Abbot and Jane Roe, includes a "
                     "clause.", NULL);
    e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Jane Roe");
    assert_non_null(e);
    assert_non_null(e->title);
    assert_string_equal(e->title, "defence minister");
    test_doc_free(&t);
    /* "TOKYO - ... Foreign Minister X is expected to meet Chinese Foreign Minister Y in Busan": a
     * venue to come, not X's home */
    t = test_extract("TOKYO (Kyodo) - Prime Minister Max Mustermann sent a letter to Chinese President Erika Svensson. "
                     "Foreign Minister John Abbot is expected to meet Chinese Foreign Minister Jane Roe in Busan later "
                     "this month.", "2023-11-03");
    assert_person_country(t.ex, "John Abbot", "Japan");
    test_doc_free(&t);
    /* "The Turkish leader was accompanied by his wife A and Foreign Minister B": both Turkish, and
     * the wife gets no title from "leader" */
    t = test_extract("KUALA LUMPUR - Turkish President John Abbot met Prime Minister Jane Roe at Seri Perdana. The "
                     "Turkish leader was accompanied by his wife Erika Svensson and Foreign Minister Max Mustermann.",
                     "2024-08-27");
    assert_person_country(t.ex, "Max Mustermann", "Turkey");
    e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Erika Svensson");
    assert_non_null(e);
    assert_null(e->title);
    test_doc_free(&t);
    /* "SINGAPORE - ... held bilateral meetings with:" over a list opened by Singapore's minister */
    t = test_extract("SINGAPORE - On the margins of the Dialogue, Minister of Defence John Abbot held bilateral meetings "
                     "with:\n- Singapore's Minister for Defence Jane Roe;\n- Japanese Minister of Defense Max "
                     "Mustermann.", "2024-06-14");
    e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "John Abbot");
    assert_non_null(e);
    assert_true(!e->country || strcmp(e->country, "Singapore") != 0);
    test_doc_free(&t);
    /* "the Armed Forces of Kazakhstan" */
    t = test_extract("He praised the Armed Forces of Kazakhstan.", NULL);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_ORGANIZATION, "Armed Forces of Kazakhstan"));
    test_doc_free(&t);
}

static void test_family_honorific_and_delegation_demonym(void **state)
{
    (void)state;
    /* "Prime Minister Sheikh X" of Bangladesh: the honorific is of her name; a Qatari's is not */
    test_doc t = test_extract("DHAKA - Prime Minister Sheikh Jane Roe received Indian Foreign Minister John Abbot. "
                              "Qatari Emir Sheikh Max Mustermann sent greetings.", "2024-05-04");
    assert_person_country(t.ex, "Sheikh Jane Roe", "Bangladesh");
    assert_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Jane Roe"));
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Max Mustermann"));
    test_doc_free(&t);
    /* "X later received the Somali delegation": X is not Somali */
    t = test_extract("NAIROBI - Kenyan General John Abbot hosted his Somali counterpart, General Jane Roe, in Nairobi. "
                     "Defence Secretary Max Mustermann later received the Somali delegation.", "2023-11-18");
    const parley_entity *e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Max Mustermann");
    assert_non_null(e);
    assert_true(!e->country || strcmp(e->country, "Somalia") != 0);
    test_doc_free(&t);
}

static void test_source_where_the_story_is(void **state)
{
    (void)state;
    /* a source telling no meeting speaks where the story is (not for the visitor's country) */
    test_doc t = test_extract("General John Abbot on Tuesday received the Chief of Defence Staff of Ghana Armed Forces, "
                              "Vice Admiral Jane Roe, in Abuja. The Director, Defence Information, Brig.-Gen. Max "
                              "Mustermann, said in a statement that the visit was aimed at strengthening cooperation.",
                              "2023-10-17");
    assert_person_country(t.ex, "Max Mustermann", "Nigeria");
    test_doc_free(&t);
}

static void test_region_office_and_unnamed_officer(void **state)
{
    (void)state;
    /* "Governor of the Leningrad Oblast X" under a Minsk dateline: the region's country */
    test_doc t = test_extract("MINSK, 20 June - Belarusian President John Abbot met with Governor of the Leningrad Oblast "
                              "Jane Roe on 20 June.", "2023-06-20");
    assert_person_country(t.ex, "Jane Roe", "Russia");
    test_doc_free(&t);
    /* "X met the Chinese Consul General in Lahore": not Chinese; of the city's country */
    t = test_extract("Chief Minister Jane Roe met the Chinese Consul General in Lahore.", "2024-01-01");
    assert_person_country(t.ex, "Jane Roe", "Pakistan");
    test_doc_free(&t);
}

static void test_countries_after_the_pair(void **state)
{
    (void)state;
    /* "In the presence of A and B, India and Egypt exchanged five MoUs": the pair's countries */
    test_doc t = test_extract("In the presence of Prime Minister John Abbot and President Jane Roe, India and Egypt "
                              "exchanged five MoUs in New Delhi on 25 January 2023.", "2023-01-26");
    assert_person_country(t.ex, "John Abbot", "India");
    assert_person_country(t.ex, "Jane Roe", "Egypt");
    test_doc_free(&t);
}

static void test_quoted_host_of_a_visit(void **state)
{
    (void)state;
    /* the speaker of a quotation about a visit by someone hosts it */
    test_doc t = test_extract("ACCRA, May 20 - Ghana's President John Abbot began a state visit to Zambia on Monday. \"The "
                              "state visit by President Abbot goes further to cement our ties,\" President Jane Roe. "
                              "pic.twitter.com/xY7abC", "2024-05-20");
    assert_person_country(t.ex, "Jane Roe", "Zambia");
    test_doc_free(&t);
}

static void test_signed_by_after_the_countries(void **state)
{
    (void)state;
    test_doc t = test_extract("Japan and the Philippines signed the Reciprocal Access Agreement in Manila on July 8. The "
                              "agreement was signed by Foreign Minister John Abbot and Secretary of National Defense Jane "
                              "Roe.", "2024-07-08");
    assert_person_country(t.ex, "John Abbot", "Japan");
    assert_person_country(t.ex, "Jane Roe", "Philippines");
    test_doc_free(&t);
}

static void test_sidelines_in_the_dateline_city(void **state)
{
    (void)state;
    /* a Malaysian paper's "SINGAPORE: X met Y on the sidelines of the Shangri-La Dialogue here" */
    const char *text = "SINGAPORE: Defence Minister John Abbot met his United States counterpart Jane Roe on the "
                       "sidelines of the Shangri-La Dialogue here today.";
    parley_document_meta meta = {"2024-06-01", "https://www.nst.com.my/news/x", NULL, NULL};
    test_doc t = {0};
    assert_int_equal(parley_document_new(&t.doc, "t", text, strlen(text), &meta), 0);
    assert_int_equal(parley_extract_document(&t.ex, test_lexicon(), t.doc), 0);
    assert_true(t.ex->dateline_place >= 0);
    assert_person_country(t.ex, "John Abbot", "Malaysia");
    test_doc_free(&t);
}

static void test_national_title_of_counterpart(void **state)
{
    (void)state;
    test_doc t = test_extract("Defence Minister John Abbot met his United States counterpart Jane Roe on Friday.", "2024-06-01");
    const parley_entity *e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Jane Roe");
    assert_non_null(e);
    assert_non_null(e->title);
    assert_string_equal(e->title, "Secretary of Defense");
    test_doc_free(&t);
}

static void test_companion_before_meeting_words(void **state)
{
    (void)state;
    test_doc t = test_extract("ABUJA - President John Abbot, accompanied by Defence Minister Jane Roe, received the Chadian "
                              "transitional President Max Mustermann at the State House on Tuesday.", "2024-05-14");
    assert_person_country(t.ex, "John Abbot", "Nigeria");
    assert_person_country(t.ex, "Max Mustermann", "Chad");
    test_doc_free(&t);
}

static void test_host_not_of_guest_country(void **state)
{
    (void)state;
    /* a host is not of the country said of the guest; with no other clue, no country */
    test_doc t = test_extract("Prime Minister John Abbot hosted Polish President Jane Roe at Chequers on Monday.", "2023-07-06");
    const parley_entity *e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "John Abbot");
    assert_non_null(e);
    assert_null(e->country);
    assert_person_country(t.ex, "Jane Roe", "Poland");
    test_doc_free(&t);
    /* a quote's "we welcome Australia's ..." is the speaker's partner */
    const char *text = "MANILA - Defense Secretary John Abbot on Tuesday met with Australian Defence Minister Jane Roe. "
                       "\"We welcome Australia's commitment,\" Abbot said.";
    parley_document_meta meta = {"2023-09-27", "https://www.pna.gov.ph/articles/1", NULL, NULL};
    test_doc u = {0};
    assert_int_equal(parley_document_new(&u.doc, "t", text, strlen(text), &meta), 0);
    assert_int_equal(parley_extract_document(&u.ex, test_lexicon(), u.doc), 0);
    assert_person_country(u.ex, "John Abbot", "Philippines");
    test_doc_free(&u);
    /* ... but "we appreciate" after "As I conveyed to Minister X" is not X's */
    test_doc v = test_extract("As I conveyed to Foreign Minister Max Mustermann today, we appreciate Saudi Arabia's leadership.", NULL);
    assert_person_country(v.ex, "Max Mustermann", "Saudi Arabia");
    test_doc_free(&v);
}

static void test_untitled_host_publisher_and_led_by_body(void **state)
{
    (void)state;
    /* one with no title who meets a foreigner, on a national site: the publisher's */
    const char *text = "John Abbot held talks with President of the Republic of the Congo Jane Roe.";
    parley_document_meta meta = {"2023-07-06", "http://en.kremlin.ru/events/president/news/1", NULL, NULL};
    test_doc t = {0};
    assert_int_equal(parley_document_new(&t.doc, "t", text, strlen(text), &meta), 0);
    assert_int_equal(parley_extract_document(&t.ex, test_lexicon(), t.doc), 0);
    assert_person_country(t.ex, "John Abbot", "Russia");
    assert_person_country(t.ex, "Jane Roe", "Republic of the Congo");
    test_doc_free(&t);
    /* "a delegation of the Cambodian Ministry of National Defence led by its Secretary of State X" */
    test_doc u = test_extract("Deputy Minister John Abbot held talks with a delegation of the Cambodian Ministry of National "
                              "Defence led by its Secretary of State General Jane Roe.", "2024-03-14");
    assert_person_country(u.ex, "Jane Roe", "Cambodia");
    test_doc_free(&u);
}

static void test_owner_offices_and_own_visit(void **state)
{
    (void)state;
    /* "Ukrainian President X's chief of staff, Y" (an "of" inside the office); "Z, the minister's
     * adviser" (the minister named before) */
    test_doc t = test_extract("RIYADH: Saudi Defense Minister John Abbot received Ukrainian President Jane Roe's chief of "
                              "staff, Max Mustermann, in Riyadh on Wednesday. The meeting was attended by Saudi Ambassador "
                              "to Ukraine Erika Svensson and Karl Lindqvist, the minister's adviser for intelligence affairs.",
                              "2024-02-08");
    assert_person_country(t.ex, "Max Mustermann", "Ukraine");
    assert_person_country(t.ex, "Karl Lindqvist", "Saudi Arabia");
    test_doc_free(&t);
    /* "During his visit to the United States, X also met Y": X visits, Y is of the place */
    const char *text = "Jakarta (ANTARA) - Defense Minister John Abbot met with U.S. Secretary of Defense Jane Roe at the "
                       "Pentagon on Monday. During his visit to the United States, Abbot also met with Deputy Secretary "
                       "of State Max Mustermann.";
    parley_document_meta meta = {"2023-11-14", "https://www.antaranews.com/berita/1", NULL, NULL};
    test_doc u = {0};
    assert_int_equal(parley_document_new(&u.doc, "t", text, strlen(text), &meta), 0);
    assert_int_equal(parley_extract_document(&u.ex, test_lexicon(), u.doc), 0);
    assert_person_country(u.ex, "John Abbot", "Indonesia");
    assert_person_country(u.ex, "Max Mustermann", "United States");
    test_doc_free(&u);
}

static void test_its_office_of_a_thing(void **state)
{
    (void)state;
    /* "visited the 201st Russian military base and met its commander X": Russian */
    test_doc t = test_extract("Tajik Defense Minister John Abbot held talks in Dushanbe. Deputy Minister Jane Roe also visited "
                              "the 201st Russian military base and met its commander Major General Max Mustermann.",
                              "2024-02-20");
    assert_person_country(t.ex, "Max Mustermann", "Russia");
    test_doc_free(&t);
}

static void test_relative_clause_of_a_thing(void **state)
{
    (void)state;
    /* "welcomed the participation of Germany, France and Spain, which are deploying aircraft to
     * Australia": neither the countries welcomed nor the clause's destination make X a visitor */
    const char *text = "The Chief of Air Force, Air Marshal John Abbot, welcomed the participation of Germany, France and "
                       "Spain, which are deploying aircraft to Australia for the first time together.";
    parley_document_meta meta = {"2024-07-12", "https://www.defence.gov.au/news-events/releases/1", NULL, NULL};
    test_doc t = {0};
    assert_int_equal(parley_document_new(&t.doc, "t", text, strlen(text), &meta), 0);
    assert_int_equal(parley_extract_document(&t.ex, test_lexicon(), t.doc), 0);
    assert_person_country(t.ex, "John Abbot", "Australia");
    test_doc_free(&t);
}

static void test_reported_place_and_journey_after(void **state)
{
    (void)state;
    /* "X tells Y that Israel prefers a diplomatic solution in Lebanon": the story stays where it is;
     * "..., before flying to Beirut to meet Z": the journey comes after the meeting */
    const char *text = "Defense Minister John Abbot meets with US envoy Jane Roe in Tel Aviv.\n\nAbbot tells Roe that "
                       "Israel prefers a diplomatic solution in Lebanon.\n\nRoe also met with Prime Minister Max Mustermann "
                       "yesterday, before flying to Beirut to meet with Lebanese Parliament Speaker Erika Svensson.";
    parley_document_meta meta = {"2024-06-18", "https://www.timesofisrael.com/liveblog_entry/x/", NULL, NULL};
    test_doc t = {0};
    assert_int_equal(parley_document_new(&t.doc, "t", text, strlen(text), &meta), 0);
    assert_int_equal(parley_extract_document(&t.ex, test_lexicon(), t.doc), 0);
    assert_person_country(t.ex, "Max Mustermann", "Israel");
    const parley_event *ev = find_meeting(t.ex, PARLEY_EVENT_MEETING, "Jane Roe", "Max Mustermann");
    assert_non_null(ev);
    assert_true(ev->place < 0 || strcmp(t.ex->entities[ev->place].name, "Beirut") != 0);
    test_doc_free(&t);
}

static void test_signed_between_ministries(void **state)
{
    (void)state;
    /* "An agreement was signed between the Ministry of Defense of Azerbaijan and the Ministry of
     * National Defense of Türkiye. The document was signed by A and B": in that order */
    test_doc t = test_extract("An agreement on military cooperation was signed between the Ministry of Defense of Azerbaijan "
                              "and the Ministry of National Defense of Türkiye in Ankara on April 9. The document was signed "
                              "by Deputy Minister John Abbot and Deputy Minister Jane Roe.", "2024-04-10");
    assert_person_country(t.ex, "John Abbot", "Azerbaijan");
    assert_person_country(t.ex, "Jane Roe", "Turkey");
    test_doc_free(&t);
}

static void test_greeted_through_a_visitor(void **state)
{
    (void)state;
    /* "Dar conveyed his best wishes to Prime Minister X" after Dar received the Ambassador of Japan */
    test_doc t = test_extract("Pakistan's Foreign Minister John Abbot received the Ambassador of Japan Jane Roe at the Foreign "
                              "Office in Islamabad. Abbot conveyed his best wishes to Prime Minister Max Mustermann.",
                              "2024-06-12");
    assert_person_country(t.ex, "Max Mustermann", "Japan");
    test_doc_free(&t);
}

static void test_one_holder_office_named(void **state)
{
    (void)state;
    /* "received Greek Foreign Minister A and Foreign Minister B": B is no second Greek foreign minister */
    test_doc t = test_extract("President John Abbot on Thursday received Greek Foreign Minister Jane Roe and Foreign Minister "
                              "Max Mustermann at the palace.", "2025-03-14");
    assert_person_country(t.ex, "Jane Roe", "Greece");
    assert_person_country(t.ex, "Max Mustermann", NULL);
    test_doc_free(&t);
    /* ... nor is a prime minister who meets the Italian Prime Minister in Rome Italian */
    test_doc u = test_extract("Prime Minister John Abbot met Italian Prime Minister Jane Roe in Rome on Tuesday.", "2024-05-15");
    assert_person_country(u.ex, "John Abbot", NULL);
    assert_person_country(u.ex, "Jane Roe", "Italy");
    test_doc_free(&u);
    /* a former holder leaves the office to another: "ex-Georgian Defence Minister A ... Defence Minister B" */
    test_doc v = test_extract("Georgian President Erika Svensson praised former Georgian Defence Minister Jane Roe. Defence "
                              "Minister Max Mustermann met Armenian Defence Minister Karl Lindqvist in Tbilisi.", "2024-05-15");
    assert_person_country(v.ex, "Max Mustermann", "Georgia");
    test_doc_free(&v);
    /* an office of many holders: "Senator B" after "U.S. Senator A" is still the same country's */
    test_doc w = test_extract("U.S. Senator John Abbot spoke to reporters in Washington on Monday. Senator Jane Roe said the "
                              "United States would send more aid.", "2024-05-15");
    assert_person_country(w.ex, "Jane Roe", "United States");
    test_doc_free(&w);
}

static void test_place_in_guests_description(void **state)
{
    (void)state;
    /* "received X, Commander of the Rapid Support Forces in Sudan, at the palace in Abu Dhabi": the
     * host is of where the meeting is, not of the place in the guest's description */
    test_doc t = test_extract("ABU DHABI -- President John Abbot today received Lieutenant General Jane Roe, Commander of the "
                              "Rapid Support Forces in Sudan, at Qasr Al Shati in Abu Dhabi.", "2024-03-07");
    assert_person_country(t.ex, "John Abbot", "United Arab Emirates");
    assert_person_country(t.ex, "Jane Roe", "Sudan");
    test_doc_free(&t);
    /* "Principal Secretary X": the modifier is the title's */
    test_doc u = test_extract("Principal Secretary Max Mustermann was present at the meeting in Dhaka.", "2024-03-07");
    const parley_entity *e = find_ent(u.ex, PARLEY_ENTITY_PERSON, "Max Mustermann");
    assert_non_null(e);
    assert_string_equal(e->title, "Principal Secretary");
    test_doc_free(&u);
}

static void test_plural_possessor_and_country_pair(void **state)
{
    (void)state;
    /* "the Vice President of the Republic of Belarus' Security Council, X": a national body, the
     * title whole */
    test_doc t = test_extract("Cuban President John Abbot received today the Vice President of the Republic of Belarus' "
                              "Security Council, Jane Roe, who is on an official visit.", "2024-09-26");
    const parley_entity *e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Jane Roe");
    assert_non_null(e);
    assert_non_null(e->title);
    assert_string_equal(e->title, "Vice President of the Security Council");
    assert_person_country(t.ex, "Jane Roe", "Belarus");
    assert_null(find_ent(t.ex, PARLEY_ENTITY_ORGANIZATION, "United Nations Security Council"));
    test_doc_free(&t);
    /* "the National Defence and Security Council": a body of its own name, no UN Security Council */
    t = test_extract("Senior General John Abbot, Chairman of the National Defence and Security Council, received Jane Roe.",
                     NULL);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_ORGANIZATION, "National Defence and Security Council"));
    assert_null(find_ent(t.ex, PARLEY_ENTITY_ORGANIZATION, "United Nations Security Council"));
    test_doc_free(&t);
    /* "the Irish Defence Forces' Chief of Staff, X": the body's possessive is no part of the title */
    test_doc u = test_extract("Mr John Abbot also met the Irish Defence Forces' Chief of Staff, Lieutenant General Jane Roe.",
                              "2024-09-26");
    e = find_ent(u.ex, PARLEY_ENTITY_PERSON, "Jane Roe");
    assert_non_null(e);
    assert_string_equal(e->title, "Chief of Staff");
    test_doc_free(&u);
    /* "the Australia-Philippines Ministerial Meeting" is no one's country */
    test_doc v = test_extract("Ministers hosted the Philippines' Secretary of Foreign Affairs, Jane Roe, and Secretary of "
                              "National Defense, Max Mustermann, in Canberra for the Australia-Philippines Ministerial Meeting.",
                              "2025-03-14");
    e = find_ent(v.ex, PARLEY_ENTITY_PERSON, "Max Mustermann");
    assert_non_null(e);
    assert_true(!e->country || strcmp(e->country, "Australia") != 0);
    test_doc_free(&v);
}

static void test_partner_between_and_senators(void **state)
{
    (void)state;
    /* "X paid a courtesy call on the Minister ... of Turkey, Y ... relations between Ghana and Turkey":
     * X is Ghana's */
    test_doc t = test_extract("H.E. Ambassador John Abbot paid a courtesy call on the Minister of State for Foreign Affairs of "
                              "the Republic of Turkey, Mr. Jane Roe, in Ankara. During the meeting, the two discussed ways of "
                              "strengthening the bilateral relations between Ghana and Turkey.", "2023-06-21");
    assert_person_country(t.ex, "John Abbot", "Ghana");
    test_doc_free(&t);
    /* "Senators A and B" after a pair of two countries: members of one body, not one of each side */
    test_doc u = test_extract("Armenian Foreign Minister John Abbot met with U.S. Assistant Secretary of State Jane Roe in "
                              "Washington. Abbot and Roe discussed the peace process. Earlier, Abbot held meetings at the U.S. "
                              "Congress with Senators Max Mustermann and Erika Svensson.", "2024-01-18");
    assert_person_country(u.ex, "Max Mustermann", "United States");
    assert_person_country(u.ex, "Erika Svensson", "United States");
    test_doc_free(&u);
}

static void test_international_guest_at_a_seat(void **state)
{
    (void)state;
    /* "European Commission President X met Chinese President Y and French President Z at the Élysée
     * Palace": X is no one's national */
    test_doc t = test_extract("BRUSSELS - European Commission President John Abbot met Chinese President Jane Roe and "
                              "French President Max Mustermann at the Élysée Palace in Paris on Monday.", "2024-05-07");
    assert_person_country(t.ex, "John Abbot", NULL);
    test_doc_free(&t);
}

static void test_commander_general_of(void **state)
{
    (void)state;
    /* "Commander General of the Peruvian Army, General X": the office holds "General"; "Army
     * Commander General Y" is an office and a rank */
    test_doc t = test_extract("Commander General of the Peruvian Army, General John Abbot, met with the Chief of Staff of the "
                              "Chilean Army, Major General Jane Roe, in Lima. Army Commander General Max Mustermann was also "
                              "present.", "2024-05-10");
    const parley_entity *e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "John Abbot");
    assert_non_null(e);
    assert_string_equal(e->title, "Commander General of the Peruvian Army");
    e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Max Mustermann");
    assert_non_null(e);
    assert_string_equal(e->title, "Army Commander");
    test_doc_free(&t);
}

static void test_visit_object_and_adviser_to(void **state)
{
    (void)state;
    /* "Minister X stated that she was pleased to visit the Philippines": no Filipino */
    test_doc t = test_extract("Ms. John Abbot, Minister for Foreign Affairs, held a meeting with Jane Roe, Secretary of Foreign "
                              "Affairs of the Republic of the Philippines, in Manila. Minister Abbot stated that she was "
                              "pleased to visit the Philippines.", "2024-07-08");
    const parley_entity *e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "John Abbot");
    assert_non_null(e);
    assert_true(!e->country || strcmp(e->country, "Philippines") != 0);
    test_doc_free(&t);
    /* ... but "invited him to visit Pakistan" is the guest's visit */
    test_doc w = test_extract("ISLAMABAD: Prime Minister John Abbot on Friday telephoned Turkish President Jane Roe and "
                              "invited him to visit Pakistan at his earliest convenience.", "2024-06-01");
    assert_person_country(w.ex, "John Abbot", "Pakistan");
    test_doc_free(&w);
    /* "Chief Advisor to the Brazilian President X": the adviser, of Brazil */
    test_doc u = test_extract("Foreign Minister Jane Roe met with Chief Advisor to the Brazilian President John Abbot in "
                              "Beijing.", "2024-05-23");
    e = find_ent(u.ex, PARLEY_ENTITY_PERSON, "John Abbot");
    assert_non_null(e);
    assert_string_equal(e->title, "Chief Advisor to the Brazilian President");
    assert_person_country(u.ex, "John Abbot", "Brazil");
    test_doc_free(&u);
}

static void test_release_ministers_guests(void **state)
{
    (void)state;
    /* a government's release: whom its minister ("I") meets in Port Moresby is of Papua New Guinea,
     * not of the release's country */
    parley_document *d;
    const char *s = "source: https://www.foreignminister.gov.au/minister/media-release/visit\n\n"
                    "Senator the Hon John Abbot\nMinister for Foreign Affairs\n\nVisit to Papua New Guinea\n\n"
                    "4 December 2024\n\nToday I met with Prime Minister Jane Roe in Port Moresby to discuss our shared "
                    "security.\n\nI also met Foreign Minister Max Mustermann. We discussed policing.\n";
    assert_int_equal(parley_document_new(&d, "x", s, strlen(s), NULL), 0);
    parley_extraction *ex;
    assert_int_equal(parley_extract_document(&ex, test_lexicon(), d), 0);
    assert_person_country(ex, "John Abbot", "Australia");
    assert_person_country(ex, "Jane Roe", "Papua New Guinea");
    assert_person_country(ex, "Max Mustermann", "Papua New Guinea");
    parley_extraction_free(ex);
    parley_document_free(d);
    /* "Russian Foreign Minister A and his Abkhazian counterpart B": B is no second Russian foreign
     * minister */
    test_doc t = test_extract("Russian Foreign Minister John Abbot and his Abkhazian counterpart Jane Roe held talks in Moscow "
                              "on October 19.", "2024-10-20");
    const parley_entity *e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Jane Roe");
    assert_non_null(e);
    assert_true(!e->country || strcmp(e->country, "Russia") != 0);
    test_doc_free(&t);
}

static void test_envoy_to_the_kingdom(void **state)
{
    (void)state;
    /* "U.S. Ambassador to the Kingdom X": an envoy's title ending with the state named by its
     * kind; a country an envoy is posted to is no one's country ("Saudi Ambassador to the
     * United States Y" tells nothing of X named with her) */
    test_doc t = test_extract("Riyadh, April 28, 2024, SPA -- Crown Prince John Abbot met today with U.S. Secretary of State "
                              "Jane Roe in Riyadh. The meeting was attended by Minister of Foreign Affairs Max "
                              "Mustermann and Saudi Ambassador to the United States Princess Erika Svensson, while from the "
                              "American side it was attended by U.S. Ambassador to the Kingdom Karl Lindqvist.",
                              "2024-04-28");
    assert_person_country(t.ex, "Karl Lindqvist", "United States");
    assert_person_country(t.ex, "Max Mustermann", "Saudi Arabia");
    assert_person_country(t.ex, "Erika Svensson", "Saudi Arabia");
    test_doc_free(&t);
}

static void test_he_goes_on_with_the_subject(void **state)
{
    (void)state;
    /* "X called on Sultan Y in Muscat. He conveyed the greetings of Prime Minister Z": "He" is the
     * subject X, and Z X's compatriot; the minister met after "Earlier, EAM held talks with" in
     * Muscat is of Oman */
    test_doc t = test_extract("External Affairs Minister Dr. S. John Abbot called on His Majesty Sultan Jane Roe of Oman in "
                              "Muscat today. He conveyed the warm greetings of Prime Minister Max Mustermann. "
                              "Earlier in the day, EAM held talks with Foreign Minister Karl Lindqvist.",
                              "2024-08-20");
    assert_person_country(t.ex, "Max Mustermann", "India");
    assert_person_country(t.ex, "Karl Lindqvist", "Oman");
    test_doc_free(&t);
}

static void test_counterparts_from_two_and_seat_before_title(void **state)
{
    (void)state;
    /* "his counterparts from Japan and Australia, Minister A and Deputy Prime Minister B": of
     * them, in order */
    test_doc t = test_extract("SINGAPORE - Secretary of Defense John Abbot met Chinese Minister of National Defense Jane Roe on "
                              "May 31. Secretary Abbot also held a trilateral meeting with his counterparts from Japan and "
                              "Australia, Minister Max Mustermann and Deputy Prime Minister Karl Lindqvist, on June 1.",
                              "2024-06-02");
    assert_person_country(t.ex, "Max Mustermann", "Japan");
    assert_person_country(t.ex, "Karl Lindqvist", "Australia");
    test_doc_free(&t);
    /* "received at the Jubilee House the Prime Minister of Barbados, X": no title starts inside
     * the name of a seat of government */
    t = test_extract("ACCRA - President John Abbot on Wednesday received at the Jubilee House the Prime Minister of Barbados, "
                     "Jane Roe.", "2024-03-06");
    const parley_entity *e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Jane Roe");
    assert_non_null(e);
    assert_string_equal(e->title, "Prime Minister");
    test_doc_free(&t);
}

static void test_senator_courtesy_title(void **state)
{
    (void)state;
    /* "Minister for Foreign Affairs Senator X": a senator's courtesy title after a whole office is
     * no part of it; "Coordinating Minister for Economic Affairs" keeps its modifier */
    test_doc t = test_extract("SINGAPORE - Minister for Foreign Affairs John Abbot hosted Australian Minister for Foreign "
                              "Affairs Senator Jane Roe to a working lunch. Roe also met Indonesian Coordinating Minister for "
                              "Economic Affairs Max Mustermann.", "2024-03-22");
    const parley_entity *e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Jane Roe");
    assert_non_null(e);
    assert_string_equal(e->title, "Minister for Foreign Affairs");
    e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Max Mustermann");
    assert_non_null(e);
    assert_string_equal(e->title, "Coordinating Minister for Economic Affairs");
    test_doc_free(&t);
}

static void test_kin_trips_and_signings(void **state)
{
    (void)state;
    /* "X, the leader's sister," is of the leader's country; one who "also attended the talks"
     * after a signing in Pyongyang is of North Korea */
    test_doc t = test_extract("Russian President John Abbot and North Korean leader Jane Roe signed a treaty in Pyongyang on "
                              "Wednesday. Max Mustermann, the leader's sister, and Foreign Minister Karl Lindqvist also "
                              "attended the talks.", "2024-06-19");
    assert_person_country(t.ex, "Max Mustermann", "North Korea");
    assert_person_country(t.ex, "Karl Lindqvist", "North Korea");
    test_doc_free(&t);
    /* "A did not meet President B during his trip to the United States" */
    t = test_extract("Hungarian Prime Minister John Abbot visited Florida on Friday. Abbot did not meet President Jane Roe "
                     "during his trip to the United States, a decision criticised by Ambassador to Hungary Max Mustermann.",
                     "2024-03-09");
    assert_person_country(t.ex, "Jane Roe", "United States");
    test_doc_free(&t);
}

static void test_surname_place_and_lead_role_words(void **state)
{
    (void)state;
    /* "in Mahama's first foreign trip": the person, no place */
    test_doc t = test_extract("ABUJA - Nigerian President John Abbot on Saturday received Ghana's President Jane Mahama at the "
                              "State House, in Mahama's first foreign trip since taking office.", "2025-01-18");
    for (size_t i = 0; i < t.ex->n_entities; i++)
        assert_false(t.ex->entities[i].type == PARLEY_ENTITY_LOCATION && strcmp(t.ex->entities[i].name, "Mahama") == 0);
    test_doc_free(&t);
    /* "the first visit by a Chinese foreign minister": not a "former prime minister" of no
     * country's */
    t = test_extract("Chinese Foreign Minister John Abbot held talks with his Australian counterpart Jane Roe in Canberra on "
                     "Wednesday, the first visit by a Chinese foreign minister to Australia in seven years. Abbot also met "
                     "former prime minister Max Mustermann, an advocate of closer ties with Beijing.", "2024-03-20");
    const parley_entity *e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Max Mustermann");
    assert_non_null(e);
    assert_true(!e->country || strcmp(e->country, "China") != 0);
    test_doc_free(&t);
}

static void test_represented_by_and_assistant_secretary(void **state)
{
    (void)state;
    /* "signed security agreements with Estonia and Lithuania, represented by A and B": in order */
    test_doc t = test_extract("BRUSSELS - President John Abbot also signed security agreements with Estonia and Lithuania, "
                              "represented by Prime Minister Jane Roe and President Max Mustermann.", "2024-06-27");
    assert_person_country(t.ex, "Jane Roe", "Estonia");
    assert_person_country(t.ex, "Max Mustermann", "Lithuania");
    test_doc_free(&t);
    /* "Assistant Secretary of State for European and Eurasian Affairs X": the United States' */
    t = test_extract("BAKU - Azerbaijani Foreign Minister John Abbot met with Assistant Secretary of State for European and "
                     "Eurasian Affairs Jane Roe.", "2024-04-15");
    assert_person_country(t.ex, "Jane Roe", "United States");
    test_doc_free(&t);
}

static void test_international_force(void **state)
{
    (void)state;
    /* "Commander of the Kosovo Force" is no country's office (the clock's country, "on Wednesday,
     * US time", is checked on article hp74) */
    test_doc t = test_extract("BELGRADE - Minister of Defence John Abbot met today with the Commander of the Kosovo Force (KFOR), Major "
                     "General Jane Roe.", "2024-03-12");
    const parley_entity *e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Jane Roe");
    assert_non_null(e);
    assert_true(!e->country || strcmp(e->country, "Kosovo") != 0);
    test_doc_free(&t);
}

static void test_plural_word_of_a_body(void **state)
{
    (void)state;
    /* "Chairman of the Joint Chiefs of Staff" keeps its body's plural */
    test_doc t = test_extract("RAWALPINDI - General John Abbot, Chairman of the Joint Chiefs of Staff of the United States, "
                              "called on General Jane Roe, Chief of Army Staff, at General Headquarters today.", "2024-07-22");
    const parley_entity *e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "John Abbot");
    assert_non_null(e);
    assert_string_equal(e->title, "Chairman of the Joint Chiefs of Staff");
    test_doc_free(&t);
}

static void test_office_on_a_topic_and_company_chief(void **state)
{
    (void)state;
    /* "U.N. Special Rapporteur on North Korean human rights X": the title, and North Korea no
     * one's country; "Unification Minister" is South Korea's */
    test_doc t = test_extract("SEOUL - Unification Minister John Abbot met with U.N. Special Rapporteur on North Korean human "
                              "rights Jane Roe in Seoul on Tuesday.", "2024-05-14");
    const parley_entity *e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Jane Roe");
    assert_non_null(e);
    assert_string_equal(e->title, "U.N. Special Rapporteur on North Korean human rights");
    assert_person_country(t.ex, "John Abbot", "South Korea");
    test_doc_free(&t);
    /* "Gavi chief executive X": a company's office says no country, nor does the dateline */
    t = test_extract("PARIS - President John Abbot met President Jane Roe in Paris on Thursday, at a launch co-hosted by "
                     "Gavi chief executive Max Mustermann.", "2024-06-20");
    e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Max Mustermann");
    assert_non_null(e);
    assert_null(e->country);
    test_doc_free(&t);
}

static void test_owner_office_country(void **state)
{
    (void)state;
    /* "Chief Adviser's Press Secretary X": of the Chief Adviser's country, not of the subject he
     * reports on */
    test_doc t = test_extract("NEW YORK - Bangladesh's Chief Adviser John Abbot met US President Jane Roe on Tuesday. Roe "
                              "expressed support, Chief Adviser's Press Secretary Max Mustermann told reporters.",
                              "2024-09-25");
    assert_person_country(t.ex, "Max Mustermann", "Bangladesh");
    test_doc_free(&t);
}

static void test_publisher_meets_international_officer(void **state)
{
    (void)state;
    /* on a Russian site, one with no title who meets the UN's Secretary-General is Russia's */
    test_doc t = test_extract_from("John Abbot had a meeting with Secretary-General of the United Nations Jane Roe, who is "
                                   "taking part in the summit.",
                                   "2024-10-24", "https://www.kremlin.ru/events/president/news/75000");
    assert_person_country(t.ex, "John Abbot", "Russia");
    const parley_entity *e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Jane Roe");
    assert_non_null(e);
    assert_null(e->country);
    test_doc_free(&t);
}

static void test_international_acronym_title(void **state)
{
    (void)state;
    /* "NATO chief X", met in Warsaw: an international body's officer gets no country by guess */
    test_doc t = test_extract("BERLIN - Prime Minister John Abbot met Chancellor Jane Roe on Wednesday. Abbot had visited "
                              "Warsaw on Tuesday, where he met NATO chief Max Mustermann.", "2024-04-24");
    const parley_entity *e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Max Mustermann");
    assert_non_null(e);
    assert_null(e->country);
    test_doc_free(&t);
}

static void test_pair_met_after_with(void **state)
{
    (void)state;
    /* "held talks with U.S. Secretary of State A and Defense Secretary B": one side, A's country */
    test_doc t = test_extract("TOKYO - Foreign Minister John Abbot and Defense Minister Jane Roe of Japan held security talks "
                              "with U.S. Secretary of State Max Mustermann and Defense Secretary Karl Lindqvist in Tokyo on "
                              "Sunday.", "2024-07-28");
    assert_person_country(t.ex, "Karl Lindqvist", "United States");
    test_doc_free(&t);
}

static void test_companion_countries(void **state)
{
    (void)state;
    /* "X was joined by Y" in Washington: X is the principal, still the publisher's */
    test_doc t = test_extract_from("Deputy Prime Minister John Abbot has met US president-elect Max Mustermann's pick for "
                                   "defence secretary, Jane Roe, in Washington. Mr Abbot was joined by Australia's "
                                   "ambassador to the US, Erika Svensson.", "2024-12-10",
                                   "https://www.abc.net.au/news/2024-12-10/x/1");
    assert_person_country(t.ex, "John Abbot", "Australia");
    test_doc_free(&t);
    /* "He was accompanied by three cabinet ministers: A, B and C" after a dateline: "He" is the
     * sentence before's subject */
    t = test_extract("BEIJING - German Chancellor John Abbot met Chinese President Jane Roe in Beijing. He was accompanied "
                     "by three cabinet ministers: Max Mustermann, Erika Svensson and Karl Lindqvist.", "2024-04-16");
    assert_person_country(t.ex, "Max Mustermann", "Germany");
    assert_person_country(t.ex, "Karl Lindqvist", "Germany");
    test_doc_free(&t);
    /* "his partner X": the partner's */
    t = test_extract("Irish Taoiseach John Abbot met US President Jane Roe in Washington. Mr Abbot, who was accompanied by "
                     "his partner Max Mustermann, also met House Speaker Erika Svensson.", "2024-03-17");
    assert_person_country(t.ex, "Max Mustermann", "Ireland");
    test_doc_free(&t);
}

static void test_invitee_and_owner_not_met(void **state)
{
    (void)state;
    /* "met A and B, and conveyed Prime Minister C's invitation to President D to visit India" on
     * an Indian site: A and B are the hosts' (D's visit to India is D's alone), C the publisher's */
    test_doc t = test_extract_from("External Affairs Minister John Abbot on Friday called on Sri Lanka's President Jane Roe "
                                   "in Colombo. Dr. Abbot also met Prime Minister Max Mustermann and Foreign Minister "
                                   "Erika Svensson, and conveyed Prime Minister Karl Lindqvist's invitation to President "
                                   "Roe to visit India.", "2024-10-04",
                                   "https://www.thehindu.com/news/national/x/article1.ece");
    assert_person_country(t.ex, "Max Mustermann", "Sri Lanka");
    assert_person_country(t.ex, "Erika Svensson", "Sri Lanka");
    assert_person_country(t.ex, "Karl Lindqvist", "India");
    assert_null(find_meeting(t.ex, PARLEY_EVENT_MEETING, "John Abbot", "Karl Lindqvist"));
    assert_non_null(find_meeting(t.ex, PARLEY_EVENT_MEETING, "John Abbot", "Erika Svensson"));
    test_doc_free(&t);
}

static void test_country_of_anothers_title(void **state)
{
    (void)state;
    /* "Rear Adm. A and Chilean Navy Commodore B will serve as deputy commanders": Chile is B's */
    test_doc t = test_extract("PEARL HARBOR, Hawaii -- Vice Adm. John Abbot, commander of U.S. 3rd Fleet, leads the "
                              "exercise. Rear Adm. Jane Roe and Chilean Navy Commodore Max Mustermann will serve as "
                              "deputy commanders.", "2024-06-27");
    const parley_entity *e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Jane Roe");
    assert_non_null(e);
    assert_true(!e->country || strcmp(e->country, "Chile") != 0);
    assert_person_country(t.ex, "Max Mustermann", "Chile");
    test_doc_free(&t);
}

static void test_office_subject_and_travelling_subject(void **state)
{
    (void)state;
    /* "The Secretary also met with President X" in Cairo, on the State Department's site: the
     * Secretary is the one whose title says so, X the host's */
    test_doc t = test_extract_from("Secretary of State John Abbot met today with Egyptian Foreign Minister Jane Roe in Cairo. "
                                   "The Secretary also met with President Max Mustermann.", "2024-09-20",
                                   "https://www.state.gov/secretary-meeting/");
    assert_person_country(t.ex, "Max Mustermann", "Egypt");
    test_doc_free(&t);
    /* "X also met President Y and later travelled to Erbil": the journey is X's, Y the dateline's */
    t = test_extract("BAGHDAD - Turkish President John Abbot arrived in Baghdad on Monday. Abbot also met President Jane "
                     "Roe and later travelled to Erbil.", "2024-04-22");
    assert_person_country(t.ex, "Jane Roe", "Iraq");
    test_doc_free(&t);
}

static void test_alias_and_past_place(void **state)
{
    (void)state;
    /* "X, better known as Y, said": Y is X */
    test_doc t = test_extract("VIENTIANE - Foreign Minister John Abbot met US Secretary of State Jane Roe on Saturday. Abbot, "
                              "better known as Tok Mat, said the two discussed Gaza.", "2024-07-27");
    assert_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Tok Mat"));
    assert_int_equal(count_type(t.ex, PARLEY_ENTITY_PERSON), 2);
    test_doc_free(&t);
    /* "The last round was held in New Delhi in December 2019. Mr. A also called on Vice President
     * B" in a story of 2024 in Beijing: B is not India's (the publisher's) */
    t = test_extract_from("National Security Adviser John Abbot and Chinese Foreign Minister Jane Roe held talks in Beijing on "
                          "Wednesday. The last round of talks was held in New Delhi in December 2019. Mr. Abbot also "
                          "called on Vice President Max Mustermann.", "2024-12-18",
                          "https://www.thehindu.com/news/national/x/article1.ece");
    assert_person_country(t.ex, "Max Mustermann", "China");
    test_doc_free(&t);
}

static void test_signers_after_witnesses(void **state)
{
    (void)state;
    /* "The two leaders witnessed the signing of agreements ... by Foreign Secretary A and Foreign
     * Minister B": the signers are of the two leaders' countries, in order */
    test_doc t = test_extract("Philippine President John Abbot held talks with Australian Prime Minister Jane Roe in "
                              "Melbourne on Monday. The two leaders witnessed the signing of agreements on maritime "
                              "cooperation by Foreign Secretary Max Mustermann and Foreign Minister Erika Svensson.",
                              "2024-03-04");
    assert_person_country(t.ex, "Max Mustermann", "Philippines");
    assert_person_country(t.ex, "Erika Svensson", "Australia");
    test_doc_free(&t);
}

static void test_visit_by_is_the_visitors(void **state)
{
    (void)state;
    /* "ahead of a visit by Prime Minister X later this year" datelined Beijing on a Singapore site:
     * X visits China, so is not China's */
    test_doc t = test_extract_from("BEIJING - Foreign Minister John Abbot met Chinese Foreign Minister Jane Roe in Beijing on "
                                   "July 4, ahead of a visit by Prime Minister Max Mustermann later this year.", "2024-07-05",
                                   "https://www.straitstimes.com/asia/east-asia/x");
    const parley_entity *e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Max Mustermann");
    assert_non_null(e);
    assert_true(!e->country || strcmp(e->country, "China") != 0);
    test_doc_free(&t);
}

static void test_together_with_companion(void **state)
{
    (void)state;
    /* ", together with Minister C" at the clause's end: C goes with the subject, of the subject's
     * country (stated, or guessed from the publisher), not the host's */
    test_doc t = test_extract("Japanese Defense Minister John Abbot held talks with Secretary Jane Roe of the Philippines in "
                              "Manila, together with Minister for Foreign Affairs Max Mustermann.", "2024-07-30");
    assert_person_country(t.ex, "Max Mustermann", "Japan");
    test_doc_free(&t);
    t = test_extract_from("Minister of Defense John Abbot held the \"2+2\" with Secretary Jane Roe of the Philippines in "
                          "Manila, together with Minister for Foreign Affairs Max Mustermann.", "2024-07-30",
                          "https://www.japantimes.co.jp/news/2024/07/30/x/");
    assert_person_country(t.ex, "Max Mustermann", "Japan");
    test_doc_free(&t);
}

static void test_ministers_of_both_countries(void **state)
{
    (void)state;
    /* "They were joined for lunch by the foreign ministers of both countries, A and B": people, of
     * the two leaders' countries in order, at their meeting */
    test_doc t = test_extract("Slovenian Prime Minister John Abbot hosted his Croatian counterpart Jane Roe in Ljubljana "
                              "today. They were joined for lunch by the foreign ministers of both countries, Max Mustermann "
                              "and Erika Svensson.", "2024-03-12");
    assert_person_country(t.ex, "Max Mustermann", "Slovenia");
    assert_person_country(t.ex, "Erika Svensson", "Croatia");
    assert_non_null(find_meeting(t.ex, PARLEY_EVENT_MEETING, "Jane Roe", "Max Mustermann"));
    test_doc_free(&t);
}

static void test_secretary_general_and_spokesperson_abroad(void **state)
{
    (void)state;
    /* "NATO foreign ministers gathered ... Secretary General X said": the body's officer, no
     * country's */
    test_doc t = test_extract("NATO foreign ministers gathered in Brussels on Thursday. Secretary General John Abbot said the "
                              "allies were working on a fund for Ukraine. Ukrainian Foreign Minister Jane Roe met US "
                              "Secretary of State Max Mustermann on the sidelines.", "2024-04-04");
    assert_person_country(t.ex, "John Abbot", NULL);
    test_doc_free(&t);
    /* "met with X at a factory in Austin, Texas on Friday, the presidential spokesperson Y said" on
     * an Argentine site: Y speaks for the President, not for the place */
    t = test_extract_from("President John Abbot met with billionaire Jane Roe at a factory in Austin, Texas on Friday, the "
                          "presidential spokesperson Max Mustermann said.", "2024-04-13",
                          "https://www.batimes.com.ar/news/argentina/x.phtml");
    assert_person_country(t.ex, "Max Mustermann", "Argentina");
    test_doc_free(&t);
}

static void test_pair_subjects_share_meeting(void **state)
{
    (void)state;
    /* 'Foreign Minister A and Defense Minister B held "two-plus-two" talks with their Indian
     * counterparts, C and D, in New Delhi' on a Japanese site: A, like B, is the publisher's */
    test_doc t = test_extract_from("Foreign Minister John Abbot and Defense Minister Jane Roe held \"two-plus-two\" security "
                                   "talks with their Indian counterparts, External Affairs Minister Max Mustermann and "
                                   "Defence Minister Erika Svensson, in New Delhi on Tuesday.", "2024-08-20",
                                   "https://www.japantimes.co.jp/news/2024/08/20/x/");
    assert_person_country(t.ex, "John Abbot", "Japan");
    assert_person_country(t.ex, "Jane Roe", "Japan");
    test_doc_free(&t);
}

/* "High Representative/Vice-President X": one title of two offices joined by a slash; an office
 * only international bodies have gives no country (not the dateline's) */
static void test_high_representative(void **state)
{
    (void)state;
    test_doc t = test_extract("Brussels, 27 January 2025\n\nHigh Representative/Vice-President Jane Roe met today with "
                              "the Minister of Foreign Affairs of Ukraine, John Abbot.", "2025-01-27");
    const parley_entity *e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Jane Roe");
    assert_non_null(e);
    assert_string_equal(e->title, "High Representative/Vice-President");
    assert_null(e->country);
    test_doc_free(&t);
}

/* '"Sweden is our strategic partner," said X': the partner is not the speaker's country */
static void test_quoted_partner_country(void **state)
{
    (void)state;
    test_doc t = test_extract_from("Deputy Prime Minister and Minister of National Defence John Abbot signed a contract "
                                   "worth PLN 2 billion with representatives of Kongsberg in Warsaw on Tuesday.\n\nOn the "
                                   "same day, the minister met with the Swedish Minister for Defence, Jane Roe.\n\n"
                                   "\"Sweden is our strategic partner in the Baltic Sea,\" said Abbot.",
                                   "2025-03-04", "https://www.example-gov.pl/web/national-defence/2025/03/04/x");
    assert_person_country(t.ex, "John Abbot", "Poland");
    test_doc_free(&t);
}

/* a person with no title, in a story naming two countries as often ("Russian and Ukrainian
 * delegations"): no country guessed between them */
static void test_untitled_no_coin_flip(void **state)
{
    (void)state;
    test_doc t = test_extract("John Abbot spoke to reporters on Thursday as Russian and Ukrainian delegations prepared "
                              "for talks.", "2025-05-15");
    assert_person_country(t.ex, "John Abbot", NULL);
    test_doc_free(&t);
}

/* towns named like a title's words: "Deputy Head of Mission X" is of no country (Mission, Texas);
 * "the Federal President" names no place (Federal, Argentina) */
static void test_town_words_in_titles(void **state)
{
    (void)state;
    test_doc t = test_extract("Ambassador of Ghana to Germany Jane Roe presented her Letters of Credence to the Federal "
                              "President, John Abbot, in Berlin. The Ambassador was accompanied by Deputy Head of Mission "
                              "Max Mustermann.", "2025-06-12");
    const parley_entity *e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Max Mustermann");
    assert_non_null(e);
    assert_true(!e->country || strcmp(e->country, "United States") != 0);
    assert_null(find_ent(t.ex, PARLEY_ENTITY_LOCATION, "Federal"));
    test_doc_free(&t);
}

/* "A met B in Abu Dhabi and conveyed the greetings of Prime Minister C": C is A's compatriot (the
 * subject of the second predicate), not B's */
static void test_conveyed_after_meeting(void **state)
{
    (void)state;
    test_doc t = test_extract("External Affairs Minister John Abbot of India on Tuesday met UAE President Jane Roe in Abu "
                              "Dhabi and conveyed the greetings of Prime Minister Max Mustermann.", "2025-09-10");
    assert_person_country(t.ex, "Max Mustermann", "India");
    test_doc_free(&t);
}

/* "A (Lebanon) arrived in Cairo ... On Tuesday, A held talks at the palace with President B": the
 * host is of the country the story is in; "the Secretary-General of the Commonwealth" is of none */
static void test_host_met_by_visitor(void **state)
{
    (void)state;
    test_doc t = test_extract("Lebanese President John Abbot arrived in Cairo on Monday. On Tuesday, Abbot held talks at "
                              "the Ittihadiya Palace with President Jane Roe, who hosted a banquet in his honour.",
                              "2025-08-12");
    assert_person_country(t.ex, "Jane Roe", "Egypt");
    test_doc_free(&t);
    t = test_extract("President John Abbot of Nigeria received the Secretary-General of the Commonwealth, Jane Roe, at "
                     "the Presidential Villa in Abuja.", "2025-05-29");
    assert_person_country(t.ex, "Jane Roe", NULL);
    test_doc_free(&t);
}

/* "X arrived in Brasilia after attending ..." in a story datelined there: X is a visitor, not the
 * dateline's; "Y, the United Nations Secretary-General's Personal Envoy on Myanmar": Y's office is
 * the envoy's, of no country (neither the Secretary-General's title nor Myanmar) */
static void test_arrival_and_envoy_on(void **state)
{
    (void)state;
    test_doc t = test_extract_from("BRASILIA: Prime Minister John Abbot was accorded a ceremonial welcome at the Alvorada "
                                   "Palace on Tuesday, where he held talks with President Jane Roe. Abbot arrived in "
                                   "Brasilia after attending the BRICS summit in Rio de Janeiro.", "2025-07-09",
                                   "https://www.example-news.in/2025/07/08/x");
    assert_person_country(t.ex, "John Abbot", "India");
    test_doc_free(&t);

    t = test_extract("Ottawa - Minister of Foreign Affairs John Abbot of Canada today met with Jane Roe, the United Nations "
                     "Secretary-General's Personal Envoy on Myanmar.", "2025-02-07");
    const parley_entity *e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Jane Roe");
    assert_non_null(e);
    assert_non_null(e->title);
    assert_null(strstr(e->title, "Secretary-General"));
    assert_null(e->country);
    test_doc_free(&t);
}

/* "B was accompanied by Foreign Minister C and chief of staff D" in a story datelined abroad: D
 * is a companion too, of B's country */
static void test_companion_list(void **state)
{
    (void)state;
    test_doc t = test_extract("MUNICH - US Vice President John Abbot met Ukrainian President Jane Roe in Munich on Friday. "
                              "Roe was accompanied by Foreign Minister Max Mustermann and chief of staff Erika Svensson.",
                              "2025-02-14");
    assert_person_country(t.ex, "Erika Svensson", "Ukraine");
    test_doc_free(&t);
}

/* "X left for New Delhi at the invitation of her Indian counterpart.": the demonym is the unnamed
 * counterpart's, not X's ("his Mozambican counterpart, His Excellency President Y" is Y's) */
static void test_unnamed_counterpart_country(void **state)
{
    (void)state;
    test_doc t = test_extract("KATHMANDU: Foreign Minister Jane Roe left for New Delhi on Monday on a five-day visit at the "
                              "invitation of her Indian counterpart.", "2025-08-04");
    assert_person_country(t.ex, "Jane Roe", "Nepal");
    test_doc_free(&t);
}

/* "B, Special Envoy of the Palestinian President": the envoy's title whole, of that country */
static void test_envoy_of_demonym_president(void **state)
{
    (void)state;
    test_doc t = test_extract_from("H.E. Dr. John Abbot, Minister of Foreign Affairs of the Kingdom of Bahrain, met today with "
                                   "H.E. Mr. Jane Roe, Special Envoy of the Palestinian President, at the Ministry's "
                                   "headquarters.", "2025-03-20", "https://www.mofa.gov.bh/press/x");
    const parley_entity *e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Jane Roe");
    assert_non_null(e);
    assert_string_equal(e->title, "Special Envoy of the Palestinian President");
    assert_person_country(t.ex, "Jane Roe", "Palestine");
    test_doc_free(&t);
}

/* "hosted a delegation from the International Monetary Fund led by X": X is the body's, of no
 * country (not the host's) */
static void test_delegation_from_international_body(void **state)
{
    (void)state;
    test_doc t = test_extract("NAIROBI - President John Abbot of Kenya on Thursday hosted a delegation from the "
                              "International Monetary Fund led by Jane Roe at State House, Nairobi.", "2025-03-14");
    assert_person_country(t.ex, "Jane Roe", NULL);
    test_doc_free(&t);
}

/* "European Union Special Representative for the South Caucasus and the crisis in Georgia X": an
 * envoy's topic in a place is part of the title (and the place is not the envoy's country) */
static void test_envoy_for_topic_in_place(void **state)
{
    (void)state;
    test_doc t = test_extract("Prime Minister John Abbot received European Union Special Representative for the South "
                              "Caucasus and the crisis in Georgia Jane Roe on Monday.", "2025-01-22");
    const parley_entity *e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Jane Roe");
    assert_non_null(e);
    assert_null(e->country);
    assert_non_null(find_meeting(t.ex, PARLEY_EVENT_MEETING, "John Abbot", "Jane Roe"));
    test_doc_free(&t);
    t = test_extract("Foreign Minister John Abbot met the UN Special Envoy for the peace process in Sudan Jane Roe.",
                     "2025-01-22");
    e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Jane Roe");
    assert_non_null(e);
    assert_null(e->country);
    test_doc_free(&t);
}

/* "Chairman of the State Great Khural (Parliament) of Mongolia X": a body's gloss in brackets is
 * left out of the title, which goes on after it */
static void test_body_gloss_in_title(void **state)
{
    (void)state;
    test_doc t = test_extract("Chairman of the State Great Khural (Parliament) of Mongolia John Abbot received "
                              "Ambassador Jane Roe on Monday.", "2025-08-14");
    const parley_entity *e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "John Abbot");
    assert_non_null(e);
    assert_non_null(e->title);
    assert_string_equal(e->title, "Chairman of the State Great Khural");
    assert_string_equal(e->country, "Mongolia");
    test_doc_free(&t);
}

/* "New South Wales Premier X", "Ontario Premier X", "Moscow Mayor X": a state or a large city right
 * before the office gives its country (not "Central Bank Governor X": a small town's name) */
static void test_state_or_city_before_office(void **state)
{
    (void)state;
    test_doc t = test_extract("Prime Minister John Abbot met New South Wales Premier Jane Roe, Ontario Premier Max "
                              "Mustermann and Moscow Mayor Erika Svensson.", "2025-06-07");
    const parley_entity *e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Jane Roe");
    assert_non_null(e);
    assert_string_equal(e->title, "Premier");
    assert_string_equal(e->country, "Australia");
    assert_person_country(t.ex, "Max Mustermann", "Canada");
    assert_person_country(t.ex, "Erika Svensson", "Russia");
    test_doc_free(&t);
    t = test_extract("NAIROBI - Central Bank Governor Karl Lindqvist attended the meeting.", "2025-06-07");
    assert_person_country(t.ex, "Karl Lindqvist", "Kenya");
    test_doc_free(&t);
}

/* "Secretary of the Ho Chi Minh City Party Committee X", "Secretary of the Hanoi Party Committee
 * X": a large city's body in a title, of the city's country */
static void test_city_body_in_title(void **state)
{
    (void)state;
    test_doc t = test_extract("Foreign Minister John Abbot met Secretary of the Ho Chi Minh City Party Committee Jane Roe "
                              "and Secretary of the Hanoi Party Committee Max Mustermann.", "2025-03-18");
    const parley_entity *e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Jane Roe");
    assert_non_null(e);
    assert_string_equal(e->title, "Secretary of the Ho Chi Minh City Party Committee");
    assert_string_equal(e->country, "Vietnam");
    assert_person_country(t.ex, "Max Mustermann", "Vietnam");
    test_doc_free(&t);
}

/* "John Abbot met with Prime Minister of Canada Jane Roe ... The President thanked Canada": the
 * story's first person, untitled, holds the leader's office that opens a later sentence when no
 * one named holds it (not when someone does) */
static void test_opening_office_of_first_person(void **state)
{
    (void)state;
    test_doc t = test_extract("John Abbot met with Prime Minister of Canada Jane Roe, who arrived in Kyiv. The President "
                              "thanked Canada for its support.", "2025-08-24");
    const parley_entity *e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "John Abbot");
    assert_non_null(e);
    assert_non_null(e->title);
    assert_string_equal(e->title, "President");
    test_doc_free(&t);
    t = test_extract("John Abbot met with President Jane Roe, who arrived in Kyiv. The President thanked Canada for its "
                     "support.", "2025-08-24");
    e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "John Abbot");
    assert_non_null(e);
    assert_null(e->title);
    test_doc_free(&t);
}

/* "Brazil is ready to work with China to prepare for President Abbot's visit to China": the country
 * a person's visit is to is not theirs */
static void test_visit_destination_not_country(void **state)
{
    (void)state;
    test_doc t = test_extract_from("On April 21, Foreign Minister Jane Roe met with Chief Advisor to the Brazilian President "
                                   "Max Mustermann in Beijing. Max Mustermann said that Brazil is ready to work with China "
                                   "to prepare for President Abbot's visit to China in May.",
                                   "2025-04-22", "https://www.fmprc.gov.cn/eng/wjbzhd/1.html");
    const parley_entity *e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Abbot");
    assert_non_null(e);
    assert_true(e->country == NULL || strcmp(e->country, "China") != 0);
    test_doc_free(&t);
}

/* "A, a close ally of President C, also met B" in a newspaper of A's country: C is of A's country,
 * not of the place the story is in */
static void test_apposition_ally_country(void **state)
{
    (void)state;
    test_doc t = test_extract_from("Foreign Minister John Abbot met Chinese Foreign Minister Jane Roe in Beijing on Monday. "
                                   "Abbot, a close ally of President Max Mustermann, also met Vice President Erika Svensson "
                                   "on Tuesday.", "2025-08-12", "https://www.thejakartapost.com/indonesia/2025/08/12/a.html");
    assert_person_country(t.ex, "John Abbot", "Indonesia");
    assert_person_country(t.ex, "Max Mustermann", "Indonesia");
    test_doc_free(&t);
}

/* "Under Secretary of Defense for Policy X": the office whole ("Policy" a domain), the United
 * States' (past "Under", a national office) */
static void test_under_secretary_for_policy(void **state)
{
    (void)state;
    test_doc t = test_extract_from("Defence Minister John Abbot has met US Defense Secretary Jane Roe at the Pentagon. Mr Abbot "
                                   "also met Under Secretary of Defense for Policy Max Mustermann, who is leading the review.",
                                   "2025-08-20", "https://www.canberratimes.com.au/story/1/");
    const parley_entity *e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Max Mustermann");
    assert_non_null(e);
    assert_string_equal(e->title, "Under Secretary of Defense for Policy");
    assert_string_equal(e->country, "United States");
    test_doc_free(&t);
}

/* "A called on Prime Minister B and held a bilateral meeting with his counterpart C": the
 * possessive of the second predicate is the subject's; C holds A's office, not B's */
static void test_second_predicate_counterpart_title(void **state)
{
    (void)state;
    test_doc t = test_extract("BANGKOK - Singapore's Foreign Minister John Abbot called on Thai Prime Minister Jane Roe at "
                              "Government House on Feb 17 and held a bilateral meeting with his counterpart Max Mustermann.",
                              "2025-02-18");
    const parley_entity *e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Max Mustermann");
    assert_non_null(e);
    assert_non_null(e->title);
    assert_string_equal(e->title, "Foreign Minister");
    test_doc_free(&t);
}

/* "Mr Abbot's partner Jane Roe accompanied him" in a story abroad, Abbot's country only guessed
 * from the publisher: the partner shares it */
static void test_partner_of_guessed_principal(void **state)
{
    (void)state;
    test_doc t = test_extract_from("Prime Minister John Abbot has met Chinese President Max Mustermann at the Great Hall of "
                                   "the People in Beijing, as part of a six-day visit to China. Mr Abbot's partner Jane Roe "
                                   "accompanied him.", "2025-07-15", "https://www.abc.net.au/news/2025-07-15/a/1");
    assert_person_country(t.ex, "John Abbot", "Australia");
    assert_person_country(t.ex, "Jane Roe", "Australia");
    test_doc_free(&t);
}

/* "Sir John Abbot and Jane Roe met ... The prime minister was accompanied by ...": an honorific
 * before the first person's name, and the office in lower case */
static void test_opening_office_after_honorific(void **state)
{
    (void)state;
    test_doc t = test_extract("Sir John Abbot and Jane Roe met at a golf resort on Monday. The prime minister was "
                              "accompanied by Foreign Secretary Max Mustermann.", "2025-07-28");
    const parley_entity *e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "John Abbot");
    assert_non_null(e);
    assert_non_null(e->title);
    assert_string_equal(e->title, "prime minister");
    test_doc_free(&t);
}

/* "Leader of the Islamic Revolution Ayatollah Seyyed X": the office whole (the name after the
 * honorifics), Iran's; "Strategic Affairs Minister X": the domain whole */
static void test_iran_leader_and_strategic_affairs(void **state)
{
    (void)state;
    test_doc t = test_extract("Prime Minister John Abbot met with Leader of the Islamic Revolution Ayatollah Seyyed Jane Roe "
                              "and Strategic Affairs Minister Max Mustermann.", "2025-01-09");
    const parley_entity *e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Jane Roe");
    assert_non_null(e);
    assert_string_equal(e->title, "Leader of the Islamic Revolution");
    assert_string_equal(e->country, "Iran");
    e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Max Mustermann");
    assert_non_null(e);
    assert_string_equal(e->title, "Strategic Affairs Minister");
    test_doc_free(&t);
}

/* "received his Syrian counterpart A, Defense Minister B and intelligence chief C in Ankara": the
 * later people of the list of guests are of the first's country, not the host's */
static void test_list_of_guests_country(void **state)
{
    (void)state;
    test_doc t = test_extract("ANKARA - Turkish Foreign Minister John Abbot on Wednesday received his Syrian counterpart "
                              "Jane Roe, Defense Minister Max Mustermann and intelligence chief Erika Svensson in Ankara.",
                              "2025-01-16");
    assert_person_country(t.ex, "Max Mustermann", "Syria");
    assert_person_country(t.ex, "Erika Svensson", "Syria");
    test_doc_free(&t);
}

/* "Ahn asked for the U.S. military's continued support": a country one asks of is not one's own;
 * "ways to support Lebanon's new government led by Prime Minister X": the country is X's, even in
 * a sentence of what was reviewed; "the Kingdom's envoy to Lebanon X" is not Lebanese */
static void test_country_asked_for_and_government_led(void **state)
{
    (void)state;
    test_doc t = test_extract("SEOUL, Aug. 12 (Yonhap) -- Defense Minister John Abbot met with Adm. Jane Roe, head of the "
                              "U.S. Indo-Pacific Command, on Tuesday.\n\nDuring the meeting, Abbot asked for the U.S. "
                              "military's continued support.", "2025-08-12");
    assert_person_country(t.ex, "John Abbot", "South Korea");
    test_doc_free(&t);
    t = test_extract("RIYADH: Saudi Foreign Minister John Abbot received his Lebanese counterpart Jane Roe in Riyadh on "
                     "Thursday.\n\nThey reviewed ways to support Lebanon's new government led by Prime Minister Max "
                     "Mustermann.\n\nThe meeting was attended by the Kingdom's envoy to Lebanon, Erika Svensson.",
                     "2025-01-16");
    assert_person_country(t.ex, "Max Mustermann", "Lebanon");
    assert_person_country(t.ex, "Erika Svensson", "Saudi Arabia");
    test_doc_free(&t);
}

/* "Economy Minister A and presidential spokesman B also took part in the meeting, the Casa Rosada
 * said": the seat of government's country (not the meeting city's); "was welcomed at Bole
 * International Airport" in a story of Ethiopia and Somalia: no town of China */
static void test_seat_source_and_airport_namesake(void **state)
{
    (void)state;
    test_doc t = test_extract("Argentine President John Abbot met with US Treasury Secretary Jane Roe in New York on "
                              "Thursday.\n\nEconomy Minister Max Mustermann and presidential spokesman Erika Svensson also "
                              "took part in the meeting, the Casa Rosada said.", "2025-09-19");
    assert_person_country(t.ex, "Max Mustermann", "Argentina");
    assert_person_country(t.ex, "Erika Svensson", "Argentina");
    test_doc_free(&t);
    t = test_extract("Ethiopian Prime Minister John Abbot on Tuesday received Somalia's President Jane Roe in Addis Ababa."
                     "\n\nRoe was welcomed at Bole International Airport by Foreign Minister Max Mustermann.", "2025-02-11");
    assert_null(find_ent(t.ex, PARLEY_ENTITY_LOCATION, "Bole"));
    assert_person_country(t.ex, "Max Mustermann", "Ethiopia");
    test_doc_free(&t);
    /* ("Prof Yunus": the honorific without its dot) */
    t = test_extract("Chief Adviser John Abbot met Japanese Prime Minister Jane Roe in Tokyo.\n\nProf Abbot later met "
                     "Max Mustermann.", "2025-06-04");
    assert_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Prof Abbot"));
    test_doc_free(&t);
}

/* "source: Korea JoongAng Daily": an outlet named, not addressed, is the publisher's country;
 * "..., according to presidential spokesperson X" after a meeting abroad: not met there */
static void test_source_by_name_and_according_to(void **state)
{
    (void)state;
    test_doc t = test_extract_from("President John Abbot held his first phone call with Japanese Prime Minister Jane Roe on "
                                   "Monday night.\n\nAbbot is expected to meet Roe on the sidelines of the G7 summit in "
                                   "Kananaskis, Canada, next week, according to presidential spokesperson Max Mustermann.",
                                   "2025-06-12", "Korea JoongAng Daily");
    assert_person_country(t.ex, "John Abbot", "South Korea");
    assert_person_country(t.ex, "Max Mustermann", "South Korea");
    test_doc_free(&t);
    /* ("Radio New Zealand", "Shanghai Daily": more outlets by name) */
    t = test_extract_from("Foreign Minister John Abbot has met his Chinese counterpart Jane Roe in Beijing.", "2026-11-28",
                          "Radio New Zealand");
    assert_person_country(t.ex, "John Abbot", "New Zealand");
    test_doc_free(&t);
    /* (an outlet's name matches no text: "Pacific Vanguard" stays an exercise) */
    t = test_extract("The exercise follows Pacific Vanguard, a smaller drill held in May with South Korea and Japan.",
                     "2024-06-27");
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_EXERCISE, "Pacific Vanguard"));
    test_doc_free(&t);
}

/* "during a visit to Singapore by Communist Party of Vietnam General Secretary X": the visitor, not
 * the host; "met with US envoy A and Deputy Special Envoy B" (the subject's country not yet
 * known): B is of A's side */
static void test_visit_by_and_envoy_pair(void **state)
{
    (void)state;
    test_doc t = test_extract("SINGAPORE - Singapore and Vietnam upgraded their relationship on March 26, during a visit to "
                              "Singapore by Communist Party of Vietnam General Secretary John Abbot.\n\nMr Abbot and Prime "
                              "Minister Jane Roe witnessed the exchange of several agreements.", "2025-04-10");
    assert_person_country(t.ex, "John Abbot", "Vietnam");
    test_doc_free(&t);
    t = test_extract_from("Prime Minister John Abbot met Tuesday in Jerusalem with US envoy Jane Roe and Deputy Special "
                          "Envoy Max Mustermann to discuss the plan.", "2025-08-28", "Times of Israel");
    assert_person_country(t.ex, "Max Mustermann", "United States");
    test_doc_free(&t);
}

/* "Minister X expressed hope that China would continue to play a constructive role": a country
 * hoped of is not one's own; "Secretary of State A and special envoy B joined the meeting" (one
 * side); "..., while Y was accompanied by his chief of staff C" (Y's) */
static void test_hope_that_and_companions(void **state)
{
    (void)state;
    test_doc t = test_extract_from("Foreign Minister John Abbot held a bilateral meeting with Jane Roe, Foreign Minister of "
                                   "the People's Republic of China, on October 28.\n\nMinister Abbot expressed hope that China "
                                   "would continue to play a constructive role.", "2025-10-29",
                                   "https://www.mofa.go.kr/eng/x");
    assert_person_country(t.ex, "John Abbot", "South Korea");
    test_doc_free(&t);
    t = test_extract("Munich: Vance meets Zelensky\n\nUS Vice President John Abbot met Ukraine's President Jane Roe on the "
                     "sidelines of the Munich Security Conference on Friday.\n\nSecretary of State Max Mustermann and "
                     "special envoy Erika Svensson joined the meeting, while Roe was accompanied by his chief of staff Karl "
                     "Lindqvist.", "2025-02-15");
    assert_person_country(t.ex, "Erika Svensson", "United States");
    assert_person_country(t.ex, "Karl Lindqvist", "Ukraine");
    test_doc_free(&t);
}

/* "Colonel General Z.Hasanov", "Deputy Minister C.S.Tufekci": initials glued to the surname name
 * the same people as "Zakir Hasanov", "Celal Sami Tufekci" */
static void test_glued_initials(void **state)
{
    (void)state;
    test_doc t = test_extract("Minister of Defense Colonel General John Abbot met with Deputy Minister Jane Mary Roe.\n\n"
                              "Colonel General J.Abbot congratulated the guests. Deputy Minister J.M.Roe thanked for the "
                              "hospitality.", "2025-01-22");
    assert_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "J.Abbot"));
    assert_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "J.M.Roe"));
    const parley_entity *e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "John Abbot");
    assert_non_null(e);
    assert_int_equal(e->n_mentions, 2);
    test_doc_free(&t);
}

static void test_attributed_to_spokesperson(void **state)
{
    (void)state;
    /* "The following is attributed to Spokesperson C:" over a readout: the readout's subject's */
    test_doc t = test_extract("The following is attributed to Spokesperson John Abbot:\n\nSecretary of State Jane Roe met "
                              "today with Egyptian Foreign Minister Max Mustermann in Cairo. The Secretary thanked "
                              "Foreign Minister Mustermann for Egypt's partnership.", "2024-09-18");
    assert_person_country(t.ex, "John Abbot", "United States");
    test_doc_free(&t);
}

static void test_more_national_agencies(void **state)
{
    (void)state;
    /* "CAIRO, Dec 19 (UNB) - Chief Adviser X": a national agency's dispatch is about its country's
     * officials, wherever it is datelined */
    test_doc t = test_extract("CAIRO, Dec 19 (UNB) - Chief Adviser John Abbot held a bilateral meeting with Pakistan's "
                              "Prime Minister Jane Roe on the sidelines of the D-8 summit in Cairo on Thursday.", "2024-12-19");
    assert_person_country(t.ex, "John Abbot", "Bangladesh");
    test_doc_free(&t);
}

static void test_shared_agency_acronym(void **state)
{
    (void)state;
    /* "VIENNA (APA) - Chancellor X": APA is Austria's agency and Azerbaijan's; the dateline says */
    test_doc t = test_extract("VIENNA (APA) - Chancellor John Abbot received Slovak Prime Minister Jane Roe at the Federal "
                              "Chancellery on Thursday.", "2024-12-05");
    assert_person_country(t.ex, "John Abbot", "Austria");
    test_doc_free(&t);
}

static void test_country_surname_relative_clause(void **state)
{
    (void)state;
    /* "Montenegro, who arrived in Luanda on Tuesday, was received by X" after "Prime Minister Luís
     * Montenegro": the surname, no country */
    test_doc t = test_extract("Portuguese Prime Minister John Montenegro met Angolan President Jane Roe in Luanda on "
                              "Wednesday. Montenegro, who arrived in Luanda on Tuesday evening, was received at the airport "
                              "by the Angolan Minister of Foreign Affairs, Max Mustermann.", "2024-07-10");
    assert_null(find_ent(t.ex, PARLEY_ENTITY_COUNTRY, "Montenegro"));
    assert_non_null(find_meeting(t.ex, PARLEY_EVENT_MEETING, "John Montenegro", "Max Mustermann"));
    test_doc_free(&t);
}

static void test_planned_place_moves_no_story(void **state)
{
    (void)state;
    /* "The leaders agreed ... to hold the next round of technical talks in Ankara": a plan's place
     * is not where the story is (one welcomed later is the host's, not Turkey's) */
    test_doc t = test_extract("ADDIS ABABA (ENA) - Prime Minister John Abbot received Somali President Jane Roe at the "
                              "National Palace on Saturday.\n\nThe leaders agreed to restore full diplomatic representation "
                              "and to hold the next round of technical talks in Ankara in February.\n\nThe Somali President "
                              "was welcomed at Bole International Airport by Defence Minister Max Mustermann.", "2025-02-22");
    assert_person_country(t.ex, "Max Mustermann", "Ethiopia");
    test_doc_free(&t);
}

static void test_attendance_host_country(void **state)
{
    (void)state;
    /* "X received visiting President Y ... The meeting was also attended by A and Foreign Minister
     * B": attendees of a reception at the host's home are the host's (not the foreign agency's) */
    test_doc t = test_extract("CAIRO, Jan 27 (Xinhua) -- Egyptian President John Abbot received here on Monday visiting "
                              "Palestinian President Jane Roe.\n\nThe meeting was also attended by intelligence chief Max "
                              "Mustermann and Foreign Minister Erika Svensson.", "2025-01-27");
    assert_person_country(t.ex, "Erika Svensson", "Egypt");
    assert_person_country(t.ex, "Max Mustermann", "Egypt");
    test_doc_free(&t);
}

static void test_subject_list_country(void **state)
{
    (void)state;
    /* "A, national security adviser B and special envoy C met a Russian delegation led by D in
     * Riyadh": the list's people are of its first's country, not the host city's */
    test_doc t = test_extract("WASHINGTON (Reuters) - U.S. Secretary of State John Abbot spoke on Monday.\n\nAbbot, "
                              "national security adviser Jane Roe and special envoy Max Mustermann met a Russian delegation "
                              "led by Foreign Minister Erika Svensson of Russia in Riyadh on Feb. 18.", "2025-03-03");
    assert_person_country(t.ex, "Jane Roe", "United States");
    assert_person_country(t.ex, "Max Mustermann", "United States");
    test_doc_free(&t);
    /* (a relative clause is no list: "X, who attended the coronation of King Y, had met Z") */
    t = test_extract("LONDON (Reuters) - Chinese Vice President John Abbot, who attended the coronation of King Jane Roe "
                     "last month, had earlier met British Foreign Secretary Max Mustermann.", "2023-06-10");
    const parley_entity *k = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Jane Roe");
    assert_non_null(k);
    assert_true(!k->country || strcmp(k->country, "China") != 0);
    test_doc_free(&t);
}

static void test_hyphenated_pair_partner(void **state)
{
    (void)state;
    /* "X met Japanese Foreign Minister Y ... Ministers discussed the Australia-Japan Special
     * Strategic Partnership": the other of the pair is X's */
    test_doc t = test_extract("Minister for Foreign Affairs Senator the Hon John Abbot today met Japanese Foreign Minister "
                              "Jane Roe in Tokyo.\n\nMinisters discussed the Australia-Japan Special Strategic "
                              "Partnership.", "2025-03-07");
    assert_person_country(t.ex, "John Abbot", "Australia");
    test_doc_free(&t);
    /* (not a chain of three in a name: "the Lamu Port-South Sudan-Ethiopia Transport corridor") */
    t = test_extract("Nairobi, Kenya (KNA) - President John Abbot on Monday held talks with Ethiopian Prime Minister Jane "
                     "Roe at State House Nairobi.\n\nThe two leaders signed a joint communique to finish the Lamu "
                     "Port-South Sudan-Ethiopia Transport corridor.", "2024-02-26");
    assert_person_country(t.ex, "John Abbot", "Kenya");
    test_doc_free(&t);
}

static void test_source_after_partner_and_contract(void **state)
{
    (void)state;
    /* "A and B agreed to strengthen cooperation with the United States, presidential spokesperson
     * X said": the partner after "with" is not the source's country */
    test_doc t = test_extract("SEOUL, Nov. 2 (Yonhap) -- President John Abbot held a phone call with Japanese Prime Minister "
                              "Jane Roe on Thursday.\n\nAbbot and Roe agreed to strengthen trilateral security cooperation "
                              "with the United States, presidential spokesperson Max Mustermann said.", "2023-11-02");
    const parley_entity *e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Max Mustermann");
    assert_non_null(e);
    assert_true(!e->country || strcmp(e->country, "United States") != 0);
    test_doc_free(&t);
    /* "signed a contract with South Korea's Hyundai Rotem": a company, no person */
    t = test_extract("WARSAW (PAP) - Polish Defence Minister John Abbot signed a contract with South Korea's Zorvex Rotem "
                     "for 180 tanks on Friday.", "2025-08-01");
    assert_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Zorvex Rotem"));
    test_doc_free(&t);
}

static void test_shared_office_holders(void **state)
{
    (void)state;
    /* "Secretary of State Marco Rubio ... Cardinal Secretary of State Pietro Parolin": an office of
     * two countries held by two people is the later one's in the other country the story names */
    test_doc t = test_extract("ROME (ANSA) - Pope John Abbot received US Vice President Jane Roe and Secretary of State Max "
                              "Mustermann in a private audience at the Vatican on Monday.\n\nRoe and Mustermann later met "
                              "Cardinal Secretary of State Erika Svensson.", "2025-05-19");
    assert_person_country(t.ex, "Max Mustermann", "United States");
    assert_person_country(t.ex, "Erika Svensson", "Vatican City");
    test_doc_free(&t);
}

/* "Crown Prince A bin Salman ... King Salman": a lone name after "bin" is the father's, another
 * person */
static void test_father_name_after_bin_is_another(void **state)
{
    (void)state;
    test_doc t = test_extract("RIYADH - Crown Prince John bin Salman received French President Jane Roe. King Salman was "
                              "absent.", NULL);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "John bin Salman"));
    const parley_entity *k = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Salman");
    assert_non_null(k);
    assert_string_equal(k->title, "King");
    test_doc_free(&t);
}

/* "X said Vietnam is a key partner", '"Vietnam is a key partner in our strategy," X said': a
 * partner named is not the speaker's country; "Korea is a trusted partner of Vietnam" may be */
static void test_partner_spoken_of_after_copula(void **state)
{
    (void)state;
    test_doc t = test_extract("SEOUL (Yonhap) -- John Abbot said Vietnam is a key partner.", "2026-10-08");
    assert_person_country(t.ex, "John Abbot", "South Korea");
    test_doc_free(&t);
    t = test_extract("SEOUL (Yonhap) -- Speaker John Abbot held talks with Vietnamese Chairman Jane Roe.\n\n"
                     "\"Vietnam is a key partner in our Indo-Pacific strategy,\" Abbot said.", "2026-10-08");
    assert_person_country(t.ex, "John Abbot", "South Korea");
    assert_person_country(t.ex, "Jane Roe", "Vietnam");
    test_doc_free(&t);
    t = test_extract("John Abbot said Kenya is a trusted partner of Africa.", "2026-10-08");
    assert_person_country(t.ex, "John Abbot", "Kenya");
    test_doc_free(&t);
}

/* "A called on B, who conveyed his greetings to Crown Prince C": B sends them, so C is of the
 * country of the one B met, A's */
static void test_greetings_of_relative_clause_sender(void **state)
{
    (void)state;
    test_doc t = test_extract("NEW DELHI (PTI) Saudi Foreign Minister Prince John Abbot called on Prime Minister Jane Roe, "
                              "who conveyed his greetings to Crown Prince Max Mustermann, a statement said.", "2026-06-19");
    assert_person_country(t.ex, "Jane Roe", "India");
    assert_person_country(t.ex, "Max Mustermann", "Saudi Arabia");
    test_doc_free(&t);
}

/* "..., said presidential spokesman X." in a Xinhua dispatch from Cairo about Egypt's president:
 * the spokesman speaks for the sentence's first person's government, not the agency's */
static void test_spokesman_after_said(void **state)
{
    (void)state;
    test_doc t = test_extract_from("CAIRO, Nov. 3 (Xinhua) -- Egyptian President John Abbot and visiting Sudanese Chairman "
                                   "Jane Roe on Monday discussed the latest developments in Sudan.\n\nDuring the meeting, Abbot "
                                   "reaffirmed Egypt's firm position, said presidential spokesman Max Mustermann.",
                                   "2026-11-03", "Xinhua");
    assert_person_country(t.ex, "Max Mustermann", "Egypt");
    test_doc_free(&t);
}

/* "Energy ministers A of Tanzania and B of Uganda", "The foreign ministers, A of X, B of Y and
 * C of Z": the plural office is each one's, past each "of <country>" */
static void test_plural_office_over_of_country(void **state)
{
    (void)state;
    test_doc t = test_extract("Energy ministers John Abbot of Tanzania and Jane Roe of Uganda signed an addendum.", "2026-08-18");
    const parley_entity *e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Jane Roe");
    assert_non_null(e);
    assert_non_null(e->title);
    assert_string_equal(e->title, "Energy minister");
    assert_person_country(t.ex, "Jane Roe", "Uganda");
    test_doc_free(&t);
    t = test_extract("The foreign ministers, John Abbot of Tanzania, Jane Roe of Uganda and Max Mustermann of Kenya, met.",
                     "2026-08-18");
    e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Max Mustermann");
    assert_non_null(e);
    assert_non_null(e->title);
    assert_string_equal(e->title, "foreign minister");
    test_doc_free(&t);
}

/* A government's release: "X paid an official visit to Cyprus. During the visit, EAM called on
 * President A ... On 16 June, EAM met Speaker B in Nicosia": the unnamed subject is the visitor
 * named before the host A, so B is met abroad, of Cyprus */
static void test_unnamed_subject_past_hosts(void **state)
{
    (void)state;
    test_doc t = test_extract_from("External Affairs Minister John Abbot paid an official visit to Cyprus on 15-16 June 2026.\n\n"
                                   "During the visit, EAM called on President Jane Roe on 15 June.\n\nOn 16 June, EAM met "
                                   "Speaker of the House of Representatives Max Mustermann in Nicosia.",
                                   "2026-06-17", "https://www.mea.gov.in/press-releases.htm");
    assert_person_country(t.ex, "John Abbot", "India");
    assert_person_country(t.ex, "Max Mustermann", "Cyprus");
    test_doc_free(&t);
}

/* "Japan's top diplomat held talks with his Chinese counterpart ... Foreign Minister A and B
 * met": B, untitled and of no country, is the unnamed counterpart, China's, with A's office */
static void test_unnamed_counterpart_named_next(void **state)
{
    (void)state;
    test_doc t = test_extract("TOKYO (Reuters) - Japan's top diplomat held talks with his Chinese counterpart on Thursday.\n\n"
                              "Foreign Minister John Abbot and Jane Roe met for about 90 minutes in Tokyo.", "2026-05-08");
    assert_person_country(t.ex, "Jane Roe", "China");
    const parley_entity *e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Jane Roe");
    assert_non_null(e);
    assert_string_equal(e->title, "Foreign Minister");
    test_doc_free(&t);
    /* (a named counterpart is not another's) */
    t = test_extract("TOKYO (Reuters) - Japan's top diplomat held talks with his Chinese counterpart Max Mustermann.\n\n"
                     "Foreign Minister John Abbot and Jane Roe met for about 90 minutes in Tokyo.", "2026-05-08");
    e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Jane Roe");
    assert_non_null(e);
    assert_null(e->title);
    test_doc_free(&t);
}

/* "met JICA President X" in Tokyo: a president of a body the lexicon does not know, said by its
 * acronym, is no head of state, so Japan (a monarchy) may be his country */
static void test_acronym_body_president(void **state)
{
    (void)state;
    test_doc t = test_extract("Bangladesh's Chief Adviser John Abbot met Japanese Prime Minister Jane Roe in Tokyo on Friday.\n\n"
                              "On Thursday, Abbot met JICA President Max Mustermann.", "2026-05-29");
    assert_person_country(t.ex, "Max Mustermann", "Japan");
    test_doc_free(&t);
}

/* "CAIRO - Foreign Minister X met Greek Foreign Minister Y in Rome": the Cairo story's minister,
 * not Italy's; "X returned to Cairo on Tuesday, where he received Z": a return, no visit of Egypt */
static void test_dateline_minister_met_abroad(void **state)
{
    (void)state;
    test_doc t = test_extract("CAIRO, Feb 3 (Reuters) - Foreign Minister John Abbot met on Monday with Greek Foreign Minister "
                              "Jane Roe in Rome.", "2026-02-03");
    assert_person_country(t.ex, "John Abbot", "Egypt");
    test_doc_free(&t);
    t = test_extract("CAIRO – 3 February 2026: Foreign Minister John Abbot met on Monday with Greek Foreign Minister Jane Roe "
                     "on the sidelines of the Mediterranean Dialogues in Rome.\n\nAbbot returned to Cairo on Tuesday, where he "
                     "received the Ambassador of Japan, Max Mustermann.", "2026-02-03");
    assert_person_country(t.ex, "John Abbot", "Egypt");
    test_doc_free(&t);
}

/* "President A held his first summit with Prime Minister B in Gyeongju": whom a leader holds a
 * summit with is not of the leader's country, even when the publisher is */
static void test_summit_partner_not_leaders_country(void **state)
{
    (void)state;
    test_doc t = test_extract_from("Foreign Minister John Abbot met his Japanese counterpart Jane Roe in Seoul on Sunday, days "
                                   "after President Max Mustermann held his first summit with Prime Minister Erika Svensson in "
                                   "Gyeongju.", "2026-11-09", "Korea JoongAng Daily");
    assert_person_country(t.ex, "Max Mustermann", "South Korea");
    assert_person_country(t.ex, "Erika Svensson", "Japan");
    test_doc_free(&t);
}

/* "in the first visit by a Chinese foreign minister to Australia ... he is scheduled to hold
 * talks with Foreign Minister X": the role is the Chinese minister's named before, not X's */
static void test_lead_role_held_already(void **state)
{
    (void)state;
    test_doc t = test_extract("Australian Foreign Minister John Abbot met with Chinese Foreign Minister Jane Roe in Canberra on "
                              "Monday, in the first visit by a Chinese foreign minister to Australia since 2017.\n\nRoe will "
                              "leave for New Zealand on Wednesday. In Wellington, he is scheduled to hold talks with Foreign "
                              "Minister Max Mustermann.", "2026-12-01");
    const parley_entity *e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Max Mustermann");
    assert_non_null(e);
    assert_true(!e->country || strcmp(e->country, "China") != 0);
    test_doc_free(&t);
}

/* "A and B met in Lublin. The presidents were joined by their wives, C and D": C is A's wife, D
 * B's, each of their country */
static void test_their_wives_respectively(void **state)
{
    (void)state;
    test_doc t = test_extract("Polish President John Abbot and Ukrainian President Jane Roe met in Lublin on Monday.\n\nThe "
                              "presidents were joined by their wives, Max Mustermann and Erika Svensson, for a ceremony.",
                              "2026-05-26");
    assert_person_country(t.ex, "Max Mustermann", "Poland");
    assert_person_country(t.ex, "Erika Svensson", "Ukraine");
    test_doc_free(&t);
}

/* "received a delegation from the US Congress headed by Senator A ... The delegation included
 * Senators B and C": the members are of the delegation's country */
static void test_delegation_from_country_members(void **state)
{
    (void)state;
    test_doc t = test_extract("KUWAIT (KUNA) -- The Amir Sheikh John Abbot received on Wednesday a delegation from the US "
                              "Congress headed by Senator Jane Roe.\n\nThe delegation included Senators Max Mustermann and "
                              "Erika Svensson.", "2026-04-30");
    assert_person_country(t.ex, "Max Mustermann", "United States");
    assert_person_country(t.ex, "Erika Svensson", "United States");
    test_doc_free(&t);
}

/* "X met his counterparts from Brazil, South Africa and Egypt ... X met Brazil's A, South
 * Africa's B and Egypt's C separately": A, B and C are those counterparts, of X's office (the
 * other side's name for it) */
static void test_unnamed_counterparts_from_countries(void **state)
{
    (void)state;
    test_doc t = test_extract("NEW YORK: External affairs minister John Abbot on Friday met his counterparts from Brazil, South "
                              "Africa and Egypt on the sidelines of the UN General Assembly.\n\nAbbot met Brazil's Jane Roe, "
                              "South Africa's Max Mustermann and Egypt's Erika Svensson separately.", "2026-09-27");
    const parley_entity *e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Max Mustermann");
    assert_non_null(e);
    assert_non_null(e->title);
    assert_string_equal(e->title, "Foreign Minister");
    test_doc_free(&t);
}

/* "signed on behalf of the UAE by A, Minister of Foreign Trade, and on behalf of Kenya by B": the
 * country each signs for is theirs */
static void test_signed_on_behalf_of_country(void **state)
{
    (void)state;
    test_doc t = test_extract("ABU DHABI (WAM) -- The UAE and Kenya signed an agreement in Abu Dhabi today.\n\nThe agreement "
                              "was signed on behalf of the UAE by John Abbot, Minister of Foreign Trade, and on behalf of "
                              "Kenya by Cabinet Secretary Jane Roe.", "2026-05-22");
    assert_person_country(t.ex, "John Abbot", "United Arab Emirates");
    assert_person_country(t.ex, "Jane Roe", "Kenya");
    test_doc_free(&t);
}

/* "The U.S. side was led by special envoy A and the Iranian side by Foreign Minister B": the
 * elliptical second side's leader is of its people */
static void test_elliptical_second_side(void **state)
{
    (void)state;
    test_doc t = test_extract("MUSCAT (Reuters) - U.S. and Iranian officials held indirect talks in Oman on Saturday.\n\nThe "
                              "U.S. side was led by special envoy John Abbot and the Iranian side by Foreign Minister Jane Roe.",
                              "2026-04-11");
    assert_person_country(t.ex, "John Abbot", "United States");
    assert_person_country(t.ex, "Jane Roe", "Iran");
    test_doc_free(&t);
}

/* "Congolese President X" in a story of eastern Congo: the Democratic Republic's ("Congo" alone is
 * its name in the wires); in a story naming the Republic of the Congo and not the other, that one */
static void test_congolese_default_and_other(void **state)
{
    (void)state;
    test_doc t = test_extract("President John Abbot hosted a summit in Luanda on Monday on the conflict in eastern Congo. "
                              "Congolese President Jane Roe attended.",
                              "2026-12-02");
    assert_person_country(t.ex, "Jane Roe", "Democratic Republic of the Congo");
    test_doc_free(&t);
    t = test_extract("President John Abbot held talks with the President of the Republic of the Congo Jane Roe. The "
                     "Congolese Foreign Minister Max Mustermann also attended.",
                     "2026-12-02");
    assert_person_country(t.ex, "Jane Roe", "Republic of the Congo");
    assert_person_country(t.ex, "Max Mustermann", "Republic of the Congo");
    test_doc_free(&t);
}

/* "General Waker-Uz-Zaman ... General Waker also called on X": the first part of a name hyphenated
 * in three is the same person */
static void test_hyphenated_name_head(void **state)
{
    (void)state;
    test_doc t = test_extract("Chief of Defence Staff General John Abbot met his Bangladeshi counterpart, Chief of Army "
                              "Staff General Waker-Uz-Zaman, in New Delhi on May 20. General Waker also called on Defence "
                              "Minister Jane Roe.",
                              "2026-05-21");
    assert_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Waker"));
    assert_non_null(find_meeting(t.ex, PARLEY_EVENT_MEETING, "Waker-Uz-Zaman", "Jane Roe"));
    test_doc_free(&t);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_companion_before_meeting_words), cmocka_unit_test(test_national_title_of_counterpart), cmocka_unit_test(test_sidelines_in_the_dateline_city), cmocka_unit_test(test_signed_by_after_the_countries), cmocka_unit_test(test_quoted_host_of_a_visit), cmocka_unit_test(test_countries_after_the_pair), cmocka_unit_test(test_region_office_and_unnamed_officer), cmocka_unit_test(test_source_where_the_story_is), cmocka_unit_test(test_family_honorific_and_delegation_demonym), cmocka_unit_test(test_one_entity_per_person), cmocka_unit_test(test_surname_without_article),
        cmocka_unit_test(test_role_name_then_meeting), cmocka_unit_test(test_compound_org_and_currency),
        cmocka_unit_test(test_companion_after_country), cmocka_unit_test(test_destinations_and_opening_place),
        cmocka_unit_test(test_country_spoken_of), cmocka_unit_test(test_attendee_country_and_headline_initials),
        cmocka_unit_test(test_national_office), cmocka_unit_test(test_called_on_place_and_pronoun_counterpart),
        cmocka_unit_test(test_exercise_editions_and_led_by),
        cmocka_unit_test(test_title_from_lead), cmocka_unit_test(test_fuller_name_later),
        cmocka_unit_test(test_spelling_variants_merge), cmocka_unit_test(test_different_people_stay_apart), cmocka_unit_test(test_resolution_among_many), cmocka_unit_test(test_delegation_and_passive_host), cmocka_unit_test(test_addressee_and_of_country),
        cmocka_unit_test(test_country_entities), cmocka_unit_test(test_pair_after_meeting_spokesman_and_visits), cmocka_unit_test(test_headline_city_and_support_for), cmocka_unit_test(test_counterparts_listed_and_role_said_of), cmocka_unit_test(test_sent_delegation_and_service_titles), cmocka_unit_test(test_their_counterparts_and_attributable), cmocka_unit_test(test_royal_couple_signatories_company), cmocka_unit_test(test_left_for_country_lists_and_attendee), cmocka_unit_test(test_country_of_the_article),
        cmocka_unit_test(test_visitor_country), cmocka_unit_test(test_counterpart_not_same_country),
        cmocka_unit_test(test_sender_country), cmocka_unit_test(test_short_surname),
        cmocka_unit_test(test_dateline_country), cmocka_unit_test(test_title_country_not_destination),
        cmocka_unit_test(test_companions), cmocka_unit_test(test_demonym_of_another_and_delegation_including), cmocka_unit_test(test_visitor_by_dateline_aide_and_secretary_general),
        cmocka_unit_test(test_host_and_surname_city),
        cmocka_unit_test(test_partner_spoken_of_after_copula),
        cmocka_unit_test(test_greetings_of_relative_clause_sender),
        cmocka_unit_test(test_spokesman_after_said),
        cmocka_unit_test(test_plural_office_over_of_country),
        cmocka_unit_test(test_unnamed_subject_past_hosts),
        cmocka_unit_test(test_unnamed_counterpart_named_next),
        cmocka_unit_test(test_acronym_body_president),
        cmocka_unit_test(test_dateline_minister_met_abroad),
        cmocka_unit_test(test_summit_partner_not_leaders_country),
        cmocka_unit_test(test_lead_role_held_already),
        cmocka_unit_test(test_their_wives_respectively),
        cmocka_unit_test(test_delegation_from_country_members),
        cmocka_unit_test(test_unnamed_counterparts_from_countries),
        cmocka_unit_test(test_signed_on_behalf_of_country),
        cmocka_unit_test(test_elliptical_second_side),
        cmocka_unit_test(test_congolese_default_and_other),
        cmocka_unit_test(test_hyphenated_name_head), cmocka_unit_test(test_publisher_country), cmocka_unit_test(test_posting_is_no_visit), cmocka_unit_test(test_shared_surname), cmocka_unit_test(test_seat_and_spokesperson), cmocka_unit_test(test_acronyms), cmocka_unit_test(test_international_policy_chief), cmocka_unit_test(test_met_where_the_journey_went), cmocka_unit_test(test_special_envoy_sender), cmocka_unit_test(test_two_senders), cmocka_unit_test(test_respective_with_ranks), cmocka_unit_test(test_headline_role_country), cmocka_unit_test(test_exercise_without_year), cmocka_unit_test(test_host_not_of_guest_country), cmocka_unit_test(test_untitled_host_publisher_and_led_by_body), cmocka_unit_test(test_owner_offices_and_own_visit), cmocka_unit_test(test_its_office_of_a_thing), cmocka_unit_test(test_relative_clause_of_a_thing), cmocka_unit_test(test_reported_place_and_journey_after), cmocka_unit_test(test_signed_between_ministries), cmocka_unit_test(test_greeted_through_a_visitor), cmocka_unit_test(test_one_holder_office_named), cmocka_unit_test(test_place_in_guests_description), cmocka_unit_test(test_plural_possessor_and_country_pair), cmocka_unit_test(test_partner_between_and_senators), cmocka_unit_test(test_international_guest_at_a_seat), cmocka_unit_test(test_commander_general_of), cmocka_unit_test(test_visit_object_and_adviser_to), cmocka_unit_test(test_release_ministers_guests), cmocka_unit_test(test_envoy_to_the_kingdom), cmocka_unit_test(test_he_goes_on_with_the_subject), cmocka_unit_test(test_counterparts_from_two_and_seat_before_title), cmocka_unit_test(test_senator_courtesy_title), cmocka_unit_test(test_kin_trips_and_signings), cmocka_unit_test(test_surname_place_and_lead_role_words), cmocka_unit_test(test_represented_by_and_assistant_secretary), cmocka_unit_test(test_international_force), cmocka_unit_test(test_plural_word_of_a_body), cmocka_unit_test(test_office_on_a_topic_and_company_chief), cmocka_unit_test(test_owner_office_country), cmocka_unit_test(test_publisher_meets_international_officer), cmocka_unit_test(test_international_acronym_title), cmocka_unit_test(test_pair_met_after_with), cmocka_unit_test(test_companion_countries), cmocka_unit_test(test_invitee_and_owner_not_met), cmocka_unit_test(test_country_of_anothers_title), cmocka_unit_test(test_office_subject_and_travelling_subject), cmocka_unit_test(test_alias_and_past_place), cmocka_unit_test(test_signers_after_witnesses), cmocka_unit_test(test_visit_by_is_the_visitors), cmocka_unit_test(test_together_with_companion), cmocka_unit_test(test_ministers_of_both_countries), cmocka_unit_test(test_secretary_general_and_spokesperson_abroad), cmocka_unit_test(test_pair_subjects_share_meeting), cmocka_unit_test(test_high_representative), cmocka_unit_test(test_quoted_partner_country), cmocka_unit_test(test_untitled_no_coin_flip), cmocka_unit_test(test_town_words_in_titles), cmocka_unit_test(test_conveyed_after_meeting), cmocka_unit_test(test_host_met_by_visitor), cmocka_unit_test(test_arrival_and_envoy_on), cmocka_unit_test(test_companion_list), cmocka_unit_test(test_unnamed_counterpart_country), cmocka_unit_test(test_envoy_of_demonym_president), cmocka_unit_test(test_delegation_from_international_body), cmocka_unit_test(test_envoy_for_topic_in_place), cmocka_unit_test(test_body_gloss_in_title), cmocka_unit_test(test_state_or_city_before_office), cmocka_unit_test(test_city_body_in_title), cmocka_unit_test(test_opening_office_of_first_person), cmocka_unit_test(test_visit_destination_not_country), cmocka_unit_test(test_apposition_ally_country), cmocka_unit_test(test_under_secretary_for_policy), cmocka_unit_test(test_second_predicate_counterpart_title), cmocka_unit_test(test_partner_of_guessed_principal), cmocka_unit_test(test_opening_office_after_honorific), cmocka_unit_test(test_iran_leader_and_strategic_affairs), cmocka_unit_test(test_list_of_guests_country), cmocka_unit_test(test_country_asked_for_and_government_led), cmocka_unit_test(test_seat_source_and_airport_namesake), cmocka_unit_test(test_source_by_name_and_according_to), cmocka_unit_test(test_visit_by_and_envoy_pair), cmocka_unit_test(test_hope_that_and_companions), cmocka_unit_test(test_glued_initials), cmocka_unit_test(test_attributed_to_spokesperson), cmocka_unit_test(test_more_national_agencies), cmocka_unit_test(test_shared_agency_acronym), cmocka_unit_test(test_country_surname_relative_clause), cmocka_unit_test(test_planned_place_moves_no_story), cmocka_unit_test(test_attendance_host_country), cmocka_unit_test(test_subject_list_country), cmocka_unit_test(test_hyphenated_pair_partner), cmocka_unit_test(test_source_after_partner_and_contract), cmocka_unit_test(test_shared_office_holders), cmocka_unit_test(test_father_name_after_bin_is_another),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
