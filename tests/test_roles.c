#include "helpers.h"

static void check(const char *text, const char *name, const char *country, const char *title)
{
    test_doc t = test_extract(text, NULL);
    const parley_entity *e = find_ent(t.ex, PARLEY_ENTITY_PERSON, name);
    if (!e)
        fail_msg("no person '%s' in: %s", name, text);
    if (country)
        assert_string_equal(e->country, country);
    if (title) {
        assert_non_null(e->title);
        assert_string_equal(e->title, title);
    }
    test_doc_free(&t);
}

/* The person has no country (no_country), or no title. */
static void check_unknown(const char *text, const char *name, bool no_country)
{
    test_doc t = test_extract(text, NULL);
    const parley_entity *e = find_ent(t.ex, PARLEY_ENTITY_PERSON, name);
    if (!e)
        fail_msg("no person '%s' in: %s", name, text);
    if (no_country)
        assert_null(e->country);
    else
        assert_null(e->title);
    test_doc_free(&t);
}

static void test_adjective_titles(void **state)
{
    (void)state;
    check("Azerbaijan's Defense Minister Zakir Hasanov spoke.", "Zakir Hasanov", "Azerbaijan", "Defense Minister");
    check("Georgian Prime Minister Giorgi Kvirikashvili spoke.", "Giorgi Kvirikashvili", "Georgia", "Prime Minister");
    check("Former Georgian President Mikheil Saakashvili spoke.", "Mikheil Saakashvili", "Georgia", "President");
    check("U.S. Ambassador to Armenia Kristina Kvien spoke.", "Kristina Kvien", "United States", "Ambassador to Armenia");
}

static void test_of_titles(void **state)
{
    (void)state;
    check("The Minister of Defense of Azerbaijan, Zakir Hasanov, spoke.", "Zakir Hasanov", "Azerbaijan",
          "Minister of Defense");
    check("Hasanov met with Chairman of the Parliament of Georgia Archil Talakvadze today.", "Archil Talakvadze",
          "Georgia", "Chairman of the Parliament");
}

static void test_apposition(void **state)
{
    (void)state;
    check("\"It matters,\" said Arvydas Anusauskas, Minister of Defense of Lithuania.", "Arvydas Anusauskas",
          "Lithuania", "Minister of Defense");
}

/* an acronym in brackets between the title and the rank and name */
static void test_bracketed_acronym(void **state)
{
    (void)state;
    check("Chief of Army Staff (COAS) General Asim Munir visited Florida.", "Asim Munir", NULL, "Chief of Army Staff");
    check("Chief of General Staff (CGS) Lt. Gen. Jack Brown met them.", "Jack Brown", NULL, "Chief of General Staff");
    /* and a comma after the brackets */
    check("The Chief of Defence Staff (CDS), General Christopher Musa, spoke.", "Christopher Musa", NULL,
          "Chief of Defence Staff");
}

/* "the government of Prime Minister X": the organisation before the title is not part of it; an
 * organisation that a title word follows still is ("Ministry of Defence spokesman") */
static void test_organisation_before_title(void **state)
{
    (void)state;
    check("Nakatani explained the bills that the government of Prime Minister Shinzo Abe is pushing.", "Shinzo Abe",
          NULL, "Prime Minister");
    check("The Ministry of Defence spokesman John Abbot spoke.", "John Abbot", NULL, "Ministry of Defence spokesman");
}

static void test_counterpart(void **state)
{
    (void)state;
    /* "the Turkish minister ... his Pakistani counterpart X" after someone else was named */
    check("Khan received Turkish Defence Minister Hulusi Akar. Akar conveyed the best wishes of President Recep "
          "Tayyip Erdogan. Earlier, the Turkish minister held a meeting with his Pakistani counterpart Pervez Khattak.",
          "Pervez Khattak", "Pakistan", "Defence Minister");
    /* a title's "and" that joins no second office ("Minister for Europe and Foreign Affairs") */
    check("French Minister for Europe and Foreign Affairs Jean-Yves Le Drian received his Egyptian counterpart Sameh "
          "Shoukry.", "Sameh Shoukry", "Egypt", "Minister for Europe and Foreign Affairs");
    /* a counterpart shares the last office of a double title; "counterparts from Turkey, X" */
    check("Chinese State Councilor and Foreign Minister Wang Yi held talks with his Russian counterpart Sergei Lavrov.",
          "Sergei Lavrov", "Russia", "Foreign Minister");
    check("Azerbaijani Foreign Minister Elmar Mammadyarov met separately with his counterparts from Turkey, Mevlut "
          "Cavusoglu, and from Georgia, David Zalkaliani.", "Mevlut Cavusoglu", "Turkey", "Foreign Minister");
    check("Azerbaijani Defence Minister Zakir Hasanov and his Georgian counterpart Irakli Garibashvili met.",
          "Irakli Garibashvili", "Georgia", "Defence Minister");
}

/* A body the lexicons do not know, named by one to three capitalised words after "of the",
 * when the title ends there or goes on with the body's country */
static void test_unknown_body(void **state)
{
    (void)state;
    check("The Chairperson of the Milli Majlis of Azerbaijan Sahiba Gafarova spoke.", "Sahiba Gafarova", "Azerbaijan",
          "Chairperson of the Milli Majlis");
    check("The Speaker of the Grand National Assembly of Turkey Mustafa Sentop, the Chairperson of the Milli Majlis "
          "of Azerbaijan Sahiba Gafarova and the Speaker of the National Assembly of Pakistan Asad Qaiser met.",
          "Sahiba Gafarova", "Azerbaijan", "Chairperson of the Milli Majlis");
    check("The Chairperson of the Milli Majlis of Azerbaijan, Sahiba Gafarova, spoke.", "Sahiba Gafarova", "Azerbaijan",
          "Chairperson of the Milli Majlis");
    /* an organisation of the lexicon wins over a shorter modifier at its start ("Joint") */
    check("Chairman of the Joint Chiefs of Staff Gen. Mark A. Milley spoke.", "Mark A. Milley", NULL,
          "Chairman of the Joint Chiefs of Staff");
    /* a first name that is also a small city ("David", Panama) keeps its apposition */
    check("He met with David Smith, Minister of Foreign Affairs of Georgia.", "David Smith", "Georgia",
          "Minister of Foreign Affairs");
    /* a lower-case modifier glued to the office stays: "-designate", "-elect" */
    check("Prime Minister-designate Ali Khan spoke.", "Ali Khan", NULL, "Prime Minister-designate");
    check("President-elect Joe Biden spoke.", "Joe Biden", NULL, "President-elect");
    /* a body of the country named: "of Vietnam Central Committee" */
    check("Xi Jinping held talks with General Secretary of the Communist Party of Vietnam Central Committee Nguyen "
          "Phu Trong.", "Nguyen Phu Trong", "Vietnam", "General Secretary of the Communist Party Central Committee");
}

/* An office after the body it heads ("Land Forces Commander": "Commander" is no rank there); a
 * country's body keeps its "of" ("head of U.S. Southern Command"); the name of a body inside the
 * title after the name ("Joint Aviation Command"); the office after a membership. */
static void test_bodies_in_titles(void **state)
{
    (void)state;
    check("Land Forces Commander Gen. Musa Avsever attended.", "Musa Avsever", NULL, "Land Forces Commander");
    check("Faller, the head of U.S. Southern Command, met Molano.", "Faller", "United States", "head of Southern Command");
    check("Minister of Defense of Georgia Juansher Burchuladze spoke.", "Juansher Burchuladze", "Georgia",
          "Minister of Defense");
    check("Major General Hamad Al Nuaimi, Commander of the Joint Aviation Command of the United Arab Emirates, spoke.",
          "Hamad Al Nuaimi", "United Arab Emirates", "Commander of the Joint Aviation Command");
    check("General Phan Van Giang, Politburo member and Minister of National Defence, received them.", "Phan Van Giang",
          NULL, "Minister of National Defence");
    test_doc t = test_extract("Major General Hamad Al Nuaimi, Commander of the Joint Aviation Command, spoke.", NULL);
    assert_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Aviation"));
    test_doc_free(&t);
}

/* An honorific between the office and the name is no part of the title ("Foreign Minister
 * Prince Faisal"); "House Speaker"; a nickname in quotes is no part of the name */
static void test_honorific_after_office(void **state)
{
    (void)state;
    check("He met Foreign Minister Prince Faisal bin Farhan.", "Faisal bin Farhan", NULL, "Foreign Minister");
    check("The Minister of Interior Prince Abdulaziz bin Saud met him.", "Abdulaziz bin Saud", NULL, "Minister of Interior");
    check("He met Crown Prince Mohammed bin Salman.", "Mohammed bin Salman", NULL, "Crown Prince");
    check("Morrison also met House Speaker Puan Maharani.", "Puan Maharani", NULL, "House Speaker");
    check("President Joko \"Jokowi\" Widodo received him.", "Joko Widodo", NULL, "President");
    /* a dash between the title and an honorific and the name; an international body's office */
    check("First President of Kazakhstan - Elbasy Nursultan Nazarbayev met Putin.", "Nursultan Nazarbayev",
          "Kazakhstan", "First President");
    check("European Council President Charles Michel will attend.", "Charles Michel", NULL, "European Council President");
    /* initials in capitals without periods; acronyms of offices after the name */
    check("Chief of the Army Staff General MM Naravane held talks.", "MM Naravane", NULL, "Chief of the Army Staff");
    check("Gen Qamar Javed Bajwa, COAS, met him.", "Qamar Javed Bajwa", NULL, "COAS");
    check("Nairobi - Defence Cabinet Secretary Hon. John Abbot, EGH, hosted the Tanzanian Minister for Defence and "
          "National Service, Dr. Jane Roe, in Nairobi on Monday.", "Jane Roe", "Tanzania",
          "Minister for Defence and National Service");
    check("Nairobi - Defence Cabinet Secretary Hon. John Abbot, EGH, hosted the Tanzanian Minister for Defence and "
          "National Service, Dr. Jane Roe, in Nairobi on Monday.", "John Abbot", "Kenya", NULL);
    /* a body's region inside a title ("the U.S. Army Europe") */
    check("Izoria met the Commander of the U.S. Army Europe, Lieutenant General Ben Hodges.", "Ben Hodges",
          "United States", "Commander of the U.S. Army Europe");
    /* a title's first words and its office are no name ("Senior Civilian Representative") */
    check("Ghani met NATO Senior Civilian Representative Stefano Pontecorvo on Monday.", "Stefano Pontecorvo", NULL,
          "Representative");
}

/* A counterpart's ranks give way to the other side's office; ranks stay the title of last resort */
static void test_counterpart_ranks(void **state)
{
    (void)state;
    check("General Lucky Irabor, the Chief of Defence Staff, hosted his Ghanaian counterpart, Vice Admiral Seth Amoama.",
          "Seth Amoama", "Ghana", "Chief of Defence Staff");
    check("Vice Admiral Seth Amoama spoke.", "Seth Amoama", NULL, "Vice Admiral");
}

/* "ad interim" and ", a.i.," after an office */
static void test_interim(void **state)
{
    (void)state;
    /* no title starts with the head word that ends a body's name */
    check("Member of the Political Bureau of the CPC Central Committee and Director of the Office of the Central "
          "Foreign Affairs Commission John Abbot met them.", "John Abbot", NULL,
          "Director of the Office of the Central Foreign Affairs Commission");
    /* "Ambassador" after an office and a comma is a courtesy title; "Malam" an honorific */
    check("The Minister of Foreign Affairs, Ambassador John Abbot, was in attendance.", "John Abbot", NULL,
          "Minister of Foreign Affairs");
    check("The National Security Adviser, Malam Jane Roe, spoke.", "Jane Roe", NULL, "National Security Adviser");
    /* (and no title starts with the country that ends someone else's: "A of the United Kingdom and
     * Ambassador B") */
    check("Present were High Commissioner John Abbot of the United Kingdom and Ambassador Jane Roe of the "
          "United States.", "Jane Roe", "United States", "Ambassador");
    check("The Minister of Defence ad interim, Daoud Yaya Brahim, spoke.", "Daoud Yaya Brahim", NULL,
          "Minister of Defence");
    check("Today Charg\xC3\xA9"  " d'Affaires, a.i., Jonathan Cohen spoke.", "Jonathan Cohen", NULL, "Charg\xC3\xA9"  " d'Affaires");
}

/* "the" before an honorific after an office or a rank; a plural office before a list of names */
static void test_the_honourable_and_plural_office(void **state)
{
    (void)state;
    check("Premier Li met the Governor-General, General the Honourable John Abbot, at the residence.", "John Abbot",
          NULL, "Governor-General");
    check("Premier Li met the Prime Minister, the Honourable Jane Roe, in Canberra.", "Jane Roe", NULL,
          "Prime Minister");
    check("The two ministers of foreign affairs, John Abbot and Jane Roe, also met.", "Jane Roe", NULL,
          "minister of foreign affairs");
    check("Foreign Ministers John Abbot and Jane Roe met in Beijing.", "John Abbot", NULL, "Foreign Minister");
}

/* "Secretary of Russia's Security Council X": the possessive country out of the title, "of the"
 * in. */
static void test_possessive_country_inside_title(void **state)
{
    (void)state;
    check("Secretary of Russia's Security Council John Abbot met them.", "John Abbot", "Russia",
          "Secretary of the Security Council");
    check("The PM received the head of Turkey's National Intelligence Organization (MIT), Jane Roe, and his "
          "delegation.", "Jane Roe", "Turkey", "head of the National Intelligence Organization");
}

/* "Member of the Political Bureau of the CPC Central Committee and Foreign Minister X": no title
 * starts inside a body's name; the office after the membership is the title */
static void test_membership_then_office(void **state)
{
    (void)state;
    check("On August 12, 2024, Member of the Political Bureau of the CPC Central Committee and Foreign Minister "
          "John Abbot met with Jane Roe in Beijing.", "John Abbot", NULL, "Foreign Minister");
}

/* A list of portfolios whose last item holds "and" itself ("..., Trade and Industry"), and one
 * with a demonym ("Emigration and Egyptian Expatriates") */
static void test_portfolio_lists(void **state)
{
    (void)state;
    check("Jane Roe met Minister of Foreign Affairs, Trade and Industry John Abbot in Cairo.", "John Abbot", NULL,
          "Minister of Foreign Affairs, Trade and Industry");
    check("Jane Roe met Minister of Foreign Affairs, Emigration and Egyptian Expatriates Dr. John Abbot in Cairo.",
          "John Abbot", NULL, "Minister of Foreign Affairs, Emigration and Egyptian Expatriates");
    /* a region naming a body */
    check("U.S. Indo-Pacific Command chief Admiral John Abbot met General Jane Roe.", "John Abbot", "United States",
          "Indo-Pacific Command chief");
}

/* A people's leader ("of the Turkmen people"); a country's name inside a body's ("the Royal
 * Bahrain Naval Force"); a demonym in another's title */
static void test_peoples_leader_and_country_inside_body(void **state)
{
    (void)state;
    check("He met Leader of the Turkmen people John Abbot.", "John Abbot", "Turkmenistan", "Leader of the Turkmen people");
    check("Commander of the Royal Bahrain Naval Force, Rear Admiral John Abbot, called on Admiral Jane Roe.", "John Abbot",
          "Bahrain", "Commander of the Royal Bahrain Naval Force");
    check("General Jane Roe and Somali National Army commander Brigadier General John Abbot took part.", "John Abbot",
          "Somalia", NULL);
    /* an office before a retired rank in brackets: "Lt Gen (R) X" */
    check("Federal Minister for Defence Lt Gen (R) John Abbot held a meeting with Ambassador Jane Roe.", "John Abbot",
          NULL, "Federal Minister for Defence");
    /* an office for a list of places, then the name */
    check("He met with U.S. Deputy Assistant Secretary of Defense for Russia, Ukraine and Eurasia John Abbot.",
          "John Abbot", "United States", "Deputy Assistant Secretary of Defense for Russia, Ukraine and Eurasia");
    /* an international body's office by itself: no country by guess */
    test_doc t = test_extract("BRUSSELS - The alliance's Supreme Allied Commander Europe, General John Abbot, said on "
                              "Thursday.", NULL);
    const parley_entity *e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "John Abbot");
    assert_non_null(e);
    assert_null(e->country);
    test_doc_free(&t);
}

static void test_given_name_office_patronymic_according_to(void **state)
{
    (void)state;
    /* a sovereign's word that is a given name, before a name an apposition gives an office */
    check("Amir Karl Lindqvist, the Islamic Emirate's Minister of Foreign Affairs, met the envoy.", "Amir Karl Lindqvist",
          "Afghanistan", "Minister of Foreign Affairs");
    check("KABUL (TOLOnews) - Amir Karl Lindqvist, the Minister of Commerce, met the envoy.", "Amir Karl Lindqvist", NULL,
          "Minister of Commerce");
    /* ... not before an honorific: the sovereign's title */
    check("Amir Sheikh Karl Lindqvist, the Crown Prince, met the envoy.", "Karl Lindqvist", NULL, "Amir");
    /* "According to X, spokesman for ...": an apposition after "according to" */
    check("According to Karl Lindqvist, spokesman for the Ministry of Foreign Affairs, the sides discussed trade.",
          "Karl Lindqvist", NULL, "spokesman for the Ministry of Foreign Affairs");
    /* a body's name right after the office, ending the apposition */
    check("General Karl Lindqvist met Lieutenant General Erika Svensson, Commander Royal Saudi Land Forces, at GHQ.",
          "Erika Svensson", "Saudi Arabia", "Commander Royal Saudi Land Forces");
    /* a plural office of one word before two names is each one's, in the singular */
    check("It was signed in the presence of Presidents Karl Lindqvist and Erika Svensson.", "Erika Svensson", NULL,
          "President");
    check("The delegation also included Senators Karl Lindqvist and Erika Svensson.", "Karl Lindqvist", NULL, "Senator");
    /* a rank alone as the title, without the honorific after it */
    check("Lt. Gen. Sir Karl Lindqvist spoke.", "Karl Lindqvist", NULL, "Lt. Gen.");
    /* "Shaikh" after a rank is an honorific; "Commander in Chief" unhyphenated; ", Jr.," set off */
    check("He met Commander in Chief of Bahrain Defence Force Field Marshal Shaikh Karl bin Erik Lindqvist in Manama.",
          "Karl bin Erik Lindqvist", "Bahrain", "Commander in Chief of Bahrain Defence Force");
    check("Mr. Erika Svensson held a meeting with the Honorable Karl Lindqvist, Jr., President of the United States of "
          "America.", "Karl Lindqvist Jr.", "United States", "President");
    /* an unknown body of two words after "of the", then a name of two; a body set off by commas */
    check("Chairman of the Halk Maslahaty Karl Lindqvist received the envoy.", "Karl Lindqvist", NULL,
          "Chairman of the Halk Maslahaty");
    check("The Permanent Secretary, Ministry of Defence, Dr. Karl Lindqvist, also attended.", "Karl Lindqvist", NULL,
          "Permanent Secretary");
    /* a patronymic ends a name, or stands inside it */
    check("Speaker Karl Lindqvist uulu met the envoy.", "Karl Lindqvist uulu", NULL, "Speaker");
    check("President Karl Erik oglu Lindqvist met the envoy.", "Karl Erik oglu Lindqvist", NULL, "President");
}

static void test_city_division_and_press_secretary(void **state)
{
    (void)state;
    /* a city's office with the division after the city, in either case, before or after the name */
    check("The President met with Governor of Almaty region Karl Lindqvist.", "Karl Lindqvist", "Kazakhstan",
          "Governor of Almaty region");
    check("The President met with Governor of the Almaty Region Karl Lindqvist.", "Karl Lindqvist", "Kazakhstan",
          "Governor of the Almaty Region");
    check("The President met with Karl Lindqvist, Governor of Almaty Oblast.", "Karl Lindqvist", "Kazakhstan",
          "Governor of Almaty Oblast");
    /* ... and a name the lexicon does not know before a capitalised division */
    check("The President met with Governor of the Leningrad Oblast Karl Lindqvist.", "Karl Lindqvist", NULL,
          "Governor of the Leningrad Oblast");
    /* "press" a domain: "press secretary" in lower case, and after an office's possessive */
    check("Karl Lindqvist, the press secretary, told reporters.", "Karl Lindqvist", NULL, "press secretary");
    check("The PM's press secretary, Karl Lindqvist, told reporters.", "Karl Lindqvist", NULL, "PM's press secretary");
    /* a membership of a body with a demonym; a membership, then the office held */
    check("He met with Member of the Hungarian Parliament Karl Lindqvist.", "Karl Lindqvist", "Hungary",
          "Member of the Hungarian Parliament");
    check("He met Member of the Political Bureau of the CPC Central Committee and Foreign Minister Karl Lindqvist.",
          "Karl Lindqvist", NULL, "Foreign Minister");
    /* an ambassador's courtesy title right after a whole office */
    check("State Minister of Foreign Affairs Ambassador Karl Lindqvist received the envoy.", "Karl Lindqvist", NULL,
          "State Minister of Foreign Affairs");
    /* "his counterparts from Malta, A, and from Montenegro, B": each item a counterpart of its country */
    check("He held meetings with his counterparts from Malta, Erika Svensson, and from Montenegro, Karl Lindqvist.",
          "Karl Lindqvist", "Montenegro", NULL);
    /* a province right after the office, before the name; where an envoy serves ends the title */
    check("Chief Minister Punjab Karl Lindqvist met the envoy.", "Karl Lindqvist", NULL, "Chief Minister Punjab");
    check("The governor met Consul General of the United States in Karachi Karl Lindqvist.", "Karl Lindqvist",
          "United States", "Consul General in Karachi");
    check("The governor met the Ambassador of Japan in Pakistan Karl Lindqvist.", "Karl Lindqvist", "Japan",
          "Ambassador in Pakistan");
    /* "The Defence Ministers of A and B, X and Y": the plural office, in the singular, over ranks */
    check("The Defence Ministers of Tajikistan and Kyrgyzstan, Colonel General Karl Lindqvist and Lieutenant General "
          "Erika Svensson, met in Dushanbe on Friday.", "Erika Svensson", "Kyrgyzstan", "Defence Minister");
    check("The Speaker received a delegation of the European Parliament led by MEP Karl Lindqvist.", "Karl Lindqvist",
          NULL, "MEP");
    /* two words joined by "and" before the domain's word they share */
    check("He met Assistant Secretary of State for European and Eurasian Affairs Karl Lindqvist.", "Karl Lindqvist", NULL,
          "Assistant Secretary of State for European and Eurasian Affairs");
    /* the places an office is for, in brackets after it */
    check("The Pakistan side was led by Additional Secretary (Afghanistan and West Asia) Karl Lindqvist.", "Karl Lindqvist",
          NULL, "Additional Secretary");
    /* a counterpart of the Acting Minister is a Minister */
    check("Acting Minister of Foreign Affairs of Hungary Erika Svensson met his Mongolian counterpart Karl Lindqvist.",
          "Karl Lindqvist", "Mongolia", "Minister of Foreign Affairs");
    /* "Honorary" a modifier kept in the title */
    check("The Honorary Consul of Portugal to Azerbaijan Karl Lindqvist also took part.", "Karl Lindqvist", "Portugal",
          "Honorary Consul to Azerbaijan");
    /* the country an envoy is for is not the envoy's */
    check("He met UN Special Envoy for Syria Karl Lindqvist.", "Karl Lindqvist", NULL, "UN Special Envoy for Syria");
    test_doc t = test_extract("He met EU Special Representative for Afghanistan Karl Lindqvist.", NULL);
    const parley_entity *e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Karl Lindqvist");
    assert_non_null(e);
    assert_true(!e->country || strcmp(e->country, "Afghanistan") != 0);
    test_doc_free(&t);
}

static void test_office_body_after_comma_and_bracketed_rank(void **state)
{
    (void)state;
    /* "The Director, Defence Information, Brig.-Gen. X": the office, its body set off by commas */
    check("The Director, Defence Information, Brig.-Gen. Karl Lindqvist, said in a statement that the visit went well.",
          "Karl Lindqvist", NULL, "Director");
    /* "Lieutenant General (Pilot) X": the bracketed word qualifies the rank */
    check("The meeting was attended by Commander of the Air Force Major General (Pilot) Karl Lindqvist.", "Karl Lindqvist",
          NULL, "Commander of the Air Force");
}

static void test_hyphenated_office(void **state)
{
    (void)state;
    check("MANILA - Defense Officer-in-Charge Karl Lindqvist on Tuesday met with the ambassador.", "Karl Lindqvist", NULL,
          "Defense Officer-in-Charge");
}

static void test_field_at_body(void **state)
{
    (void)state;
    check("It was his first visit since Karl Lindqvist took office as president of Argentina in December.", "Karl Lindqvist",
          "Argentina", "president");
    check("Chief Engineer Karl Lindqvist said the work was done.", "Karl Lindqvist", NULL, "Chief Engineer");
    check("He received the Defence Attaches of France, Colonel John Abbot, and of Germany, Colonel Karl Lindqvist.",
          "Karl Lindqvist", "Germany", NULL);
    check("He held talks with Oman's Minister Responsible for Defence Affairs Sayyid Karl Lindqvist in Muscat.",
          "Karl Lindqvist", "Oman", "Minister Responsible for Defence Affairs");
    check("He called on the visiting Commander of the Royal Thai Army General Karl Lindqvist.", "Karl Lindqvist", "Thailand",
          "Commander of the Royal Thai Army");
    check("He met the Deputy Director of International Relations and Strategy at the Ministry of the Armed Forces, "
          "Major General Karl Lindqvist.", "Karl Lindqvist", NULL,
          "Deputy Director of International Relations and Strategy at the Ministry of the Armed Forces");
}

static void test_office_of_common_noun_body(void **state)
{
    (void)state;
    /* "the head of the committee, X": a body named by its common noun ends the title */
    check("The Kyrgyz delegation was led by the head of the committee, John Abbot.", "John Abbot", "Kyrgyzstan",
          "head of the committee");
    check("The talks were attended by the chairman of the commission, Jane Roe.", "Jane Roe", NULL, "chairman of the commission");
}

static void test_counterpart_in_apposition(void **state)
{
    (void)state;
    /* "X hosted Y, his US counterpart,": Y is a person, of the country said, with X's title */
    check("Chairman of the Joint Chiefs of Staff Adm. John Abbot hosted Jane Roe, his US counterpart, in Seoul.",
          "Jane Roe", "United States", "Chairman of the Joint Chiefs of Staff");
    check("Chairman of the Joint Chiefs of Staff Adm. John Abbot hosted Gen. Jane Roe, his US counterpart, in Seoul.",
          "Jane Roe", "United States", "Chairman of the Joint Chiefs of Staff");
}

static void test_second_office_after_counterpart(void **state)
{
    (void)state;
    /* "his Laotian counterpart X ... X, who is also deputy prime minister": the counterpart's office first */
    check("Chinese Defense Minister John Abbot held talks with his Laotian counterpart Jane Roe in Beijing. "
          "Roe, who is also deputy prime minister of Laos, thanked China.", "Jane Roe", "Laos", "Defense Minister");
    /* ... and the second office when there is no other */
    check("Jane Roe, who is also deputy prime minister of Laos, thanked China.", "Jane Roe", "Laos", "deputy prime minister");
}

static void test_office_of_listed_countries(void **state)
{
    (void)state;
    /* "The defence ministers of Mali, Burkina Faso and Niger met ... Niger's General X": X's office */
    check("The defence ministers of Mali, Burkina Faso and Niger met in Niamey on Sunday. Mali's defence minister "
          "General John Abbot, his Burkinabe counterpart Colonel-Major Jane Roe and Niger's General Max Mustermann "
          "attended the meeting.", "Max Mustermann", "Niger", "defence minister");
    check("Mali's defence minister General John Abbot and his Burkinabe counterpart Colonel-Major Jane Roe met.", "Jane Roe",
          "Burkina Faso", "defence minister");
    /* "Palestinian Authority President X"; "Minister for Housing and Works Y" */
    check("He will meet Palestinian Authority President John Abbot in Ramallah.", "John Abbot", "Palestine", "President");
    check("He was welcomed by Pakistan's Minister for Housing and Works Jane Roe.", "Jane Roe", "Pakistan",
          "Minister for Housing and Works");
}

static void test_native_office_counterpart_and_speaker(void **state)
{
    (void)state;
    /* a "Defense Secretary" copied from the United States' to an Israeli counterpart: Defense Minister */
    check("US Defense Secretary John Abbot spoke with his Israeli counterpart Jane Roe by telephone.", "Jane Roe", "Israel",
          "Defense Minister");
    check("US Defense Secretary John Abbot met his Philippine counterpart Jane Roe in Manila.", "Jane Roe", "Philippines",
          "Defense Secretary");
    /* "... of X, a spokesperson said": X is no spokesperson */
    test_doc t = test_extract("Chancellor John Abbot did not discuss the nomination of Jane Roe, a spokesperson said.", NULL);
    const parley_entity *e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Jane Roe");
    assert_non_null(e);
    assert_null(e->title);
    test_doc_free(&t);
}

static void test_two_offices_by_a_dash(void **state)
{
    (void)state;
    /* "First Deputy Minister of Defense - Chief of the General Staff of the Azerbaijan Army": one title */
    check("The delegation was headed by First Deputy Minister of Defense - Chief of the General Staff of the Azerbaijan "
          "Army, Colonel General John Abbot.", "John Abbot", "Azerbaijan",
          "First Deputy Minister of Defense - Chief of the General Staff of the Azerbaijan Army");
    check("John Abbot, First Deputy Minister of Defense - Chief of the General Staff of the Azerbaijan Army, met him.",
          "John Abbot", "Azerbaijan", "First Deputy Minister of Defense - Chief of the General Staff of the Azerbaijan Army");
    /* ... but a dateline's city is no office: "NUR-SULTAN - Defence Minister X" */
    check("NUR-SULTAN - Defence Minister Jane Roe met him.", "Jane Roe", NULL, "Defence Minister");
}

static void test_retired_mark_before_apposition(void **state)
{
    (void)state;
    /* "General John Abbot (Retd), former Chairman of the US Joint Chiefs of Staff, called on X" */
    check("RAWALPINDI: General John Abbot (Retd), former Chairman of the US Joint Chiefs of Staff, called on General "
          "Jane Roe at GHQ today.", "John Abbot", "United States", "Chairman of the US Joint Chiefs of Staff");
}

static void test_counterpart_of_a_federal_minister(void **state)
{
    (void)state;
    /* a counterpart of Germany's "Federal Minister of Defence" is a Minister of Defence */
    check("Federal Minister of Defence John Abbot met his Lithuanian counterpart Jane Roe in Vilnius on Monday.", "Jane Roe",
          "Lithuania", "Minister of Defence");
}

static void test_treasurer(void **state)
{
    (void)state;
    /* "Treasurer Jim Chalmers": an office of the lexicon, no part of the name */
    check("Treasurer John Abbot met US Treasury Secretary Jane Roe in Washington.", "John Abbot", NULL, "Treasurer");
}

static void test_more_offices(void **state)
{
    (void)state;
    /* offices that were read as names or cut to a rank: "Lieutenant Governor", "Solicitor General",
     * "Lord Mayor", "Chancellor of the Exchequer", "Crown Princess", "Ombudsman" */
    check("Lieutenant Governor John Abbot met Prime Minister Jane Roe in Oslo.", "John Abbot", NULL, "Lieutenant Governor");
    check("Solicitor General John Abbot met Prime Minister Jane Roe in Oslo.", "John Abbot", NULL, "Solicitor General");
    check("Lord Mayor John Abbot met Prime Minister Jane Roe in Oslo.", "John Abbot", NULL, "Lord Mayor");
    check("Chancellor of the Exchequer John Abbot met Prime Minister Jane Roe in Oslo.", "John Abbot", NULL,
          "Chancellor of the Exchequer");
    check("Crown Princess Jane Roe met Prime Minister John Abbot in Oslo.", "Jane Roe", NULL, "Crown Princess");
    check("Ombudsman John Abbot met Prime Minister Jane Roe in Oslo.", "John Abbot", NULL, "Ombudsman");
}

static void test_given_name_after_long_country(void **state)
{
    (void)state;
    /* "Speaker of the Knesset of the State of Israel Amir Ohana": a sovereign's word after a country's
     * long name, before a short name, is a given name */
    check("President Ilham Aliyev received a delegation led by Speaker of the Knesset of the State of Israel Amir Abbot.",
          "Amir Abbot", "Israel", "Speaker of the Knesset");
}

static void test_stop_word_given_name_after_office_of_country(void **state)
{
    (void)state;
    /* "Federal Chancellor of Austria Christian Stocker": a stop word ("Christian", kept out of
     * "Christian Democrats") after an office of a country, before a name word, is a given name */
    check("Federal Chancellor of Austria Christian Abbot paid an official visit to Moldova on Thursday.", "Christian Abbot",
          "Austria", "Federal Chancellor");
    /* (but not in a body's name: "Minister of Christian Affairs") */
    test_doc t = test_extract("The Minister of Christian Affairs Jane Roe spoke.", NULL);
    assert_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Christian Affairs"));
    test_doc_free(&t);
}

static void test_leader_meeting_a_leader_said_of_a_country(void **state)
{
    (void)state;
    /* "Prime Minister X met Indonesian President Y": a leader meeting a leader said of the only
     * country named is a visitor, of no country known */
    test_doc t = test_extract("Prime Minister John Abbot met Indonesian President Jane Roe at the Merdeka Palace in Jakarta.", NULL);
    assert_person_country(t.ex, "John Abbot", NULL);
    assert_person_country(t.ex, "Jane Roe", "Indonesia");
    test_doc_free(&t);
    /* (a minister meeting their leader is of the leader's country) */
    t = test_extract("Defence Minister John Abbot met Indian Prime Minister Jane Roe in New Delhi on Monday.", NULL);
    assert_person_country(t.ex, "John Abbot", "India");
    test_doc_free(&t);
}

static void test_journey_home(void **state)
{
    (void)state;
    /* "He flew back to Canberra": the subject of the sentence before goes home, to the country of
     * the city */
    test_doc t = test_extract("Prime Minister John Abbot met Indonesian President Jane Roe in Jakarta on Thursday.\n\n"
                              "Mr Abbot told reporters the talks had been productive.\n\nHe flew back to Canberra on "
                              "Thursday evening.", NULL);
    assert_person_country(t.ex, "John Abbot", "Australia");
    test_doc_free(&t);
    /* "X met Y before heading back to Z": the participle is the subject's */
    t = test_extract("Foreign Minister John Abbot met Indonesian President Jane Roe in Jakarta before heading back to "
                     "Wellington.", NULL);
    assert_person_country(t.ex, "John Abbot", "New Zealand");
    test_doc_free(&t);
    /* (not "X met Y, who flew back to Z": the clause is Y's) */
    t = test_extract("Foreign Minister John Abbot met Minister Jane Roe in Jakarta, who later flew back to Canberra.", NULL);
    const parley_entity *e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "John Abbot");
    assert_non_null(e);
    assert_true(!e->country || strcmp(e->country, "Australia") != 0);
    test_doc_free(&t);
}

static void test_guest_of_a_country(void **state)
{
    (void)state;
    /* "X will be the guest of honour at the Maldives' celebrations": the host's country is not the
     * guest's */
    test_doc t = test_extract("Prime Minister John Abbot held talks with President Jane Roe in Male on Friday, with "
                              "officials of the Indian delegation present.\n\nAbbot will be the guest of honour at the "
                              "Maldives' 60th Independence Day celebrations on Saturday.", NULL);
    const parley_entity *e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "John Abbot");
    assert_non_null(e);
    assert_true(!e->country || strcmp(e->country, "Maldives") != 0);
    test_doc_free(&t);
}

static void test_the_king_and_queen(void **state)
{
    (void)state;
    /* "a welcome ceremony for the king and Queen X": two offices (not "king and Queen"), the queen
     * the consort of the king named before */
    check("BEIJING - President John Abbot met King Max Mustermann of Spain on Wednesday. Abbot held a welcome ceremony "
          "for the king and Queen Erika Svensson.", "Erika Svensson", "Spain", "Queen");
}

static void test_body_words_before_an_office(void **state)
{
    (void)state;
    /* "National Assembly Chairman X": a body's words the lexicon does not know ("National" is a
     * stop word), its head word and an office make one title */
    check("Vietnamese National Assembly Chairman John Abbot met the delegation.", "John Abbot", "Vietnam",
          "National Assembly Chairman");
    /* (a body of the lexicon keeps its own: "European Commission President", of no country) */
    test_doc t = test_extract("European Commission President Jane Roe met Prime Minister John Abbot in Tirana.", NULL);
    const parley_entity *e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "Jane Roe");
    assert_non_null(e);
    assert_string_equal(e->title, "European Commission President");
    assert_null(e->country);
    test_doc_free(&t);
}

static void test_co_object_of_an_unnamed_subject(void **state)
{
    (void)state;
    /* "the Admiral will call on the Sri Lankan Prime Minister A and Deputy Minister of Defence B": a
     * subject by office, on a visit to the country of the first met, is no compatriot of them; the
     * second met is of the first's country */
    test_doc t = test_extract("New Delhi, Feb 3: Chief of the Naval Staff Admiral John Abbot is on a four-day official "
                              "visit to Sri Lanka from February 3 to 6, the Navy said.\n\nDuring the visit, the Admiral "
                              "will call on the Sri Lankan Prime Minister Jane Roe and Deputy Minister of Defence Max "
                              "Mustermann.", NULL);
    assert_person_country(t.ex, "Max Mustermann", "Sri Lanka");
    test_doc_free(&t);
}

static void test_country_of_trade(void **state)
{
    (void)state;
    /* "as the two countries look to deepen trade ties in the face of U.S. tariffs": the country of
     * a policy is no one's of the story */
    test_doc t = test_extract("Prime Minister John Abbot met Mexican President Jane Roe at the National Palace on Thursday, "
                              "as the two countries look to deepen trade ties in the face of U.S. tariffs.", NULL);
    const parley_entity *e = find_ent(t.ex, PARLEY_ENTITY_PERSON, "John Abbot");
    assert_non_null(e);
    assert_true(!e->country || strcmp(e->country, "United States") != 0);
    test_doc_free(&t);
}

static void test_passive_host_and_presence(void **state)
{
    (void)state;
    /* "A was received by B in Pyongyang": B hosts, at home; "B received A in the presence of
     * Foreign Minister C": C is of the host's country (not of the country a source names) */
    test_doc t = test_extract("Secretary John Abbot was received by Chairman Jane Roe in Pyongyang on Wednesday, the "
                              "Russian Security Council said.\n\nJane Roe received John Abbot in the presence of Foreign "
                              "Minister Max Mustermann.", NULL);
    assert_person_country(t.ex, "Jane Roe", "North Korea");
    assert_person_country(t.ex, "Max Mustermann", "North Korea");
    test_doc_free(&t);
}

static void test_demonym_body_office(void **state)
{
    (void)state;
    /* "Chinese foreign ministry spokesperson X": a demonym, a body in lower case and an office
     * before a name are that person's country */
    test_doc t = test_extract("U.S. President John Abbot met Japanese Prime Minister Jane Roe in Washington.\n\nChinese "
                              "foreign ministry spokesperson Max Mustermann said on Wednesday that Washington and Tokyo "
                              "should stop hyping.", NULL);
    assert_person_country(t.ex, "Max Mustermann", "China");
    test_doc_free(&t);
}

static void test_envoy_for_a_country(void **state)
{
    (void)state;
    /* "X was accompanied by Special Representative for Afghanistan Y": the country an envoy is for
     * is not the envoy's; Y is of the one accompanied */
    test_doc t = test_extract("Deputy Prime Minister and Foreign Minister of Pakistan John Abbot called on Acting Prime "
                              "Minister of Afghanistan Jane Roe in Kabul.\n\nAbbot was accompanied by Special Representative "
                              "for Afghanistan Max Mustermann.", NULL);
    assert_person_country(t.ex, "Max Mustermann", "Pakistan");
    test_doc_free(&t);
}

static void test_owners_high_representative(void **state)
{
    (void)state;
    /* "Chief Adviser's High Representative X": an owner's office, not the EU's, of the owner's
     * country */
    test_doc t = test_extract("DHAKA, March 27 (BSS) - Chief Adviser John Abbot held a meeting with Chinese Vice President "
                              "Jane Roe in Beijing today.\n\nChief Adviser's High Representative Max Mustermann was present "
                              "at the meeting.", NULL);
    assert_person_country(t.ex, "Max Mustermann", "Bangladesh");
    test_doc_free(&t);
}

static void test_city_office_in_apposition_and_hh(void **state)
{
    (void)state;
    /* "X, Deputy Ruler of Dubai, ...": a city's office after the name keeps its city (and so its
     * country) */
    check("The meeting was attended by Sheikh John Abbot, Deputy Ruler of Dubai, and others.", "John Abbot",
          "United Arab Emirates", "Deputy Ruler of Dubai");
    /* "Foreign Minister of the Kingdom of Saudi Arabia, HH Prince X": "HH" an honorific between the
     * title and the name */
    check("The minister met Foreign Minister of the Kingdom of Saudi Arabia, HH Prince Jane Roe in New Delhi today.",
          "Jane Roe", "Saudi Arabia", "Foreign Minister");
}

static void test_sender_after_a_participle(void **state)
{
    (void)state;
    /* "A met U.S. President B at the White House, hand-delivering a letter from King C": the
     * letter's sender is the subject's compatriot */
    test_doc t = test_extract("WASHINGTON (Reuters) - British Prime Minister John Abbot met U.S. President Jane Roe at the "
                              "White House on Thursday, hand-delivering a letter from King Max Mustermann inviting Roe for "
                              "a state visit.", NULL);
    assert_person_country(t.ex, "Max Mustermann", "United Kingdom");
    test_doc_free(&t);
}

static void test_brought_along(void **state)
{
    (void)state;
    /* "A brought along golfers X and Y as well as Agriculture Minister B": B is of A's country and
     * at the meeting; "C and D were also in the room": they too */
    test_doc t = test_extract("WASHINGTON, May 21 (Reuters) - South African President John Abbot met U.S. President Jane "
                              "Roe in the Oval Office on Wednesday.\n\nAbbot brought along golfers and Agriculture Minister "
                              "Max Mustermann.\n\nVice President Erika Svensson was also in the room.", "2025-05-21");
    assert_person_country(t.ex, "Max Mustermann", "South Africa");
    assert_non_null(find_meeting(t.ex, PARLEY_EVENT_MEETING, "Max Mustermann", "Jane Roe"));
    assert_non_null(find_meeting(t.ex, PARLEY_EVENT_MEETING, "Erika Svensson", "John Abbot"));
    test_doc_free(&t);
}

static void test_partner_with_named_before(void **state)
{
    (void)state;
    /* a country after "with" is the subject's partner, even when the subject is named again after
     * it ("..., X's office said"); one accompanied "by his wife, Y," is of his country */
    test_doc t = test_extract("SEOUL, Sept. 6 (Yonhap) -- President John Abbot and Japanese Prime Minister Jane Roe "
                              "agreed Friday to strengthen trilateral security cooperation with the United States, "
                              "Abbot's office said.\n\nRoe was accompanied by his wife, Erika, on the two-day visit.",
                              "2024-09-06");
    assert_person_country(t.ex, "John Abbot", "South Korea");
    assert_person_country(t.ex, "Erika", "Japan");
    test_doc_free(&t);
}

static void test_journey_from_country(void **state)
{
    (void)state;
    /* "X travelled to Kyiv by train from Poland, where he met Y": the start of X's journey is not
     * X's country (an Indian agency's Prime Minister is India's); the one met there is of it */
    test_doc t = test_extract("Kyiv, Aug 23 (IANS) Prime Minister John Abbot on Friday held talks with Ukrainian "
                              "President Jane Roe in Kyiv.\n\nAbbot travelled to Kyiv by train from Poland, where he "
                              "met Prime Minister Max Mustermann in Warsaw on Thursday.", "2024-08-23");
    assert_person_country(t.ex, "John Abbot", "India");
    assert_person_country(t.ex, "Max Mustermann", "Poland");
    test_doc_free(&t);
}

static void test_outlet_line_publisher(void **state)
{
    (void)state;
    /* a last line naming a national outlet ("Premium Times") says whose officials the story names
     * without a country; "Also at the meeting were A and B" join the meeting */
    test_doc t = test_extract("President John Abbot on Saturday received his Senegalese counterpart, Jane Roe, at the "
                              "Presidential Villa, Abuja.\n\nRoe is on a one-day working visit to Nigeria as part of a "
                              "tour of Senegal's neighbours and Senegal's partners.\n\nAlso at the meeting were the "
                              "Minister of Foreign Affairs, Max Mustermann, and the Chief of Staff, Erika Svensson.\n\n"
                              "Premium Times\n", "2024-05-18");
    assert_person_country(t.ex, "Max Mustermann", "Nigeria");
    assert_non_null(find_meeting(t.ex, PARLEY_EVENT_MEETING, "Max Mustermann", "Jane Roe"));
    test_doc_free(&t);
}

static void test_side_after_list(void **state)
{
    (void)state;
    /* "attended by A, Minister ..., and B, Minister ..., from the Japanese side, and C, ..., and
     * Senator the Hon. D, Minister for Foreign Affairs, from the Australian side": the side phrase
     * after a list is its people's; a style before the honorific gives way to the office after */
    test_doc t = test_extract("The 11th Consultations were held in Tokyo. The meeting was attended by Ms. ABBOT John, "
                              "Minister for Foreign Affairs, and Mr. ROE Jane, Minister of Defense, from the Japanese "
                              "side, and the Hon. Max Mustermann, Deputy Prime Minister, and Senator the Hon. Erika "
                              "Svensson, Minister for Foreign Affairs, from the Australian side.", "2024-09-05");
    assert_person_country(t.ex, "ABBOT John", "Japan");
    assert_person_country(t.ex, "ROE Jane", "Japan");
    assert_person_country(t.ex, "Max Mustermann", "Australia");
    assert_person_country(t.ex, "Erika Svensson", "Australia");
    assert_string_equal(find_ent(t.ex, PARLEY_ENTITY_PERSON, "Erika Svensson")->title, "Minister for Foreign Affairs");
    const parley_event *ev = find_meeting(t.ex, PARLEY_EVENT_MEETING, "ABBOT John", "Erika Svensson");
    assert_non_null(ev);
    assert_true(ev->place >= 0);
    assert_string_equal(t.ex->entities[ev->place].name, "Tokyo");
    test_doc_free(&t);
}

static void test_office_of_several_countries(void **state)
{
    (void)state;
    /* "Secretary of State" is the United States' and the Holy See's: in a story of the Pope's, the
     * Holy See's; one "accompanied by" after him is of his country, known or not yet */
    test_doc t = test_extract("Pope Francis received President John Abbot of Ghana in audience.\n\nThe President then "
                              "met with Cardinal Secretary of State Jane Roe, accompanied by Archbishop Max Mustermann, "
                              "Secretary for Relations with States.", "2023-10-20");
    assert_person_country(t.ex, "Jane Roe", "Vatican City");
    assert_person_country(t.ex, "Max Mustermann", "Vatican City");
    test_doc_free(&t);
    t = test_extract("Secretary of State Erika Svensson met Foreign Minister Karl Lindqvist of Egypt in Cairo.", "2024-09-18");
    assert_person_country(t.ex, "Erika Svensson", "United States");
    test_doc_free(&t);
}

static void test_royal_guess_monarchy(void **state)
{
    (void)state;
    /* "Crown Prince X" in a story from Cairo: Egypt has no crown prince; the one monarchy the
     * story names ("King Abdullah II of Jordan") */
    test_doc t = test_extract("CAIRO (Ahram Online) - President John Abbot hosted a dinner in honour of King Jane Roe II "
                              "of Jordan at Al-Ittihadiya Palace on Wednesday evening.\n\nThe dinner was also attended by "
                              "Crown Prince Max Mustermann and Egyptian Prime Minister Erika Svensson.", "2024-08-15");
    assert_person_country(t.ex, "Max Mustermann", "Jordan");
    test_doc_free(&t);
}

static void test_accompanied_on_the_trip(void **state)
{
    (void)state;
    /* "X is accompanied on the trip by his partner, Y" / "by Foreign Minister Z": of X's country
     * (at no meeting the sentence does not name) */
    test_doc t = test_extract("WASHINGTON (RTE) - Taoiseach John Abbot met US President Jane Roe in the Oval Office on "
                              "Friday.\n\nMr Abbot is accompanied on the trip by Foreign Minister Max Mustermann.",
                              "2024-03-15");
    assert_person_country(t.ex, "Max Mustermann", "Ireland");
    assert_null(find_meeting(t.ex, PARLEY_EVENT_MEETING, "Max Mustermann", "Jane Roe"));
    test_doc_free(&t);
}

static void test_druk_gyalpo(void **state)
{
    (void)state;
    /* "His Majesty The Druk Gyalpo X granted an audience to Y": Bhutan's king's title (an office of
     * the lexicon, no name) */
    check("THIMPHU, March 22 (BBS) - His Majesty The Druk Gyalpo John Abbot granted an audience to Indian Prime "
          "Minister Jane Roe today.", "John Abbot", "Bhutan", "Druk Gyalpo");
}

static void test_domain_list_before_office(void **state)
{
    (void)state;
    /* a list of domains before the office: "Investment, Trade and Industry Minister X" */
    check("KUALA LUMPUR (Bernama) - Malaysia's Investment, Trade and Industry Minister John Abbot met Jane Roe.",
          "John Abbot", "Malaysia", "Investment, Trade and Industry Minister");
    check("He later met Culture, Youth and Sports Minister John Abbot of Ghana.", "John Abbot", "Ghana",
          "Culture, Youth and Sports Minister");
    /* (a comma after an opening phrase is no list: "In trade, Foreign Minister X said") */
    check("On trade, Foreign Minister John Abbot of Ghana said the talks went well.", "John Abbot", "Ghana",
          "Foreign Minister");
}

static void test_office_of_his_majesty(void **state)
{
    (void)state;
    /* "Director of the Office of His Majesty X": the monarch's honorific is the body's owner, in
     * the title, no honorific of the name */
    check("AMMAN (Petra) - King Abdullah II received Senator John Abbot. Director of the Office of His Majesty Jane Roe "
          "of Jordan attended the meeting.", "Jane Roe", "Jordan", "Director of the Office of His Majesty");
    /* (the honorific before a name still is one: "the visit of His Majesty King X") */
    test_doc t = test_extract("The talks followed the visit of His Majesty King John Abbot to Paris.", NULL);
    assert_non_null(find_ent(t.ex, PARLEY_ENTITY_PERSON, "John Abbot"));
    test_doc_free(&t);
}

static void test_envoy_titles_city_and_topic(void **state)
{
    (void)state;
    /* "Japanese Ambassador to Seoul X": the capital an envoy is sent to is in the title, no part
     * of the name, and not the envoy's country */
    check("Kim also met with Japanese Ambassador to Seoul John Abbot on Monday.", "John Abbot", "Japan",
          "Ambassador to Seoul");
    /* "for South and Central Asian Affairs": two words after "and" before the shared domain */
    check("Bangladesh's adviser met US Assistant Secretary of State for South and Central Asian Affairs John Abbot.",
          "John Abbot", "United States", "Assistant Secretary of State for South and Central Asian Affairs");
    /* "special representative for Korean Peninsula peace and security affairs": what the envoy is
     * for, a region and words in lower case; "senior official for North Korea": a country an
     * official is for is not the official's */
    check("SEOUL (Yonhap) - John Abbot, special representative for Korean Peninsula peace and security affairs, and "
          "Jane Roe, U.S. senior official for North Korea, agreed to continue close coordination.", "John Abbot",
          "South Korea", "special representative for Korean Peninsula peace and security affairs");
}

static void test_apposition_country_and_acronym_body(void **state)
{
    (void)state;
    /* "The Jordanian monarch, King X": the office of a country set off by a comma before a royal
     * title says whose it is */
    check("MANAMA (BNA) - The Jordanian monarch, King John Abbot II, later joined the two leaders.", "John Abbot II",
          "Jordan", "King");
    /* "the Chairman of the National Development and Reform Commission (NDRC), X": a body's name
     * with "and", its acronym in brackets before the comma */
    check("He also met the Chairman of China's National Development and Reform Commission (NDRC), John Abbot.",
          "John Abbot", "China", "Chairman of the National Development and Reform Commission");
    /* "Minister for Planning, Development and Special Initiatives X" */
    check("ISLAMABAD (APP) - Federal Minister for Planning, Development and Special Initiatives John Abbot of Pakistan met "
          "Jane Roe.", "John Abbot", "Pakistan", "Federal Minister for Planning, Development and Special Initiatives");
    /* "Chairman of the Presidium of the Cabinet of Ministers of Azerbaijan X": a presidium is a
     * body's head word */
    check("He received Chairman of the Presidium of the Cabinet of Ministers of Azerbaijan John Abbot.", "John Abbot",
          "Azerbaijan", "Chairman of the Presidium of the Cabinet of Ministers");
    /* "Chamber of Deputies President X": a body's head word, "of" and its name before the office */
    check("BRASILIA (Agencia Brasil) - Petro also met Brazil's Chamber of Deputies President John Abbot.", "John Abbot",
          "Brazil", "Chamber of Deputies President");
}

/* an office the guessed country lacks, a second leader of a group, a counterpart's country */
static void test_office_lacking_and_second_leader(void **state)
{
    (void)state;
    /* "Prime Minister X" guessed the dateline's country, which has no prime minister: the one
     * country named that has one */
    check("JAKARTA (ANTARA) - Defense Minister John Abbot and his Australian counterpart Jane Roe signed a pact in "
          "Canberra on Thursday, witnessed by Prime Minister Max Mustermann.",
          "Max Mustermann", "Australia", "Prime Minister");
    /* (a country with one keeps the guess) */
    check("CANBERRA (AAP) - Defence Minister John Abbot and his Indonesian counterpart Jane Roe signed a pact on Thursday, "
          "witnessed by Prime Minister Max Mustermann.",
          "Max Mustermann", "Australia", "Prime Minister");
    /* "The Minister for Foreign Affairs, Senator X": a senator's courtesy title after the office
     * and a comma; the office is the title */
    check("CANBERRA (AAP) - The Minister for Foreign Affairs, Senator John Abbot, hosted Jane Roe.", "John Abbot", NULL,
          "Minister for Foreign Affairs");
    /* lower-case "special", "senior" name another office: kept */
    check("He met U.S. special envoy John Abbot in Doha.", "John Abbot", "United States", "special envoy");
    check("He met senior adviser John Abbot in Doha.", "John Abbot", NULL, "senior adviser");
    /* "President X" guessed a monarchy's country (Australia has no president), with no country
     * named that has one: none */
    check("CANBERRA, 12 March (AAP) - Governor-General John Abbot welcomed President Jane Roe at Government House.",
          "Jane Roe", NULL, "President");
    /* "MEPs A and B": members of the European Parliament, no country guessed (one said stays) */
    check("Dhaka, Nov 2 (BSS) - The delegation included MEPs John Abbot and Jane Roe-Lima.", "Jane Roe-Lima", NULL, "MEP");
    check("Dhaka, Nov 2 (BSS) - The delegation included MEPs John Abbot and Jane Roe-Lima.", "John Abbot", NULL, "MEP");
    check("Dhaka, Nov 2 (BSS) - The Chief Adviser met Danish MEP John Abbot.", "John Abbot", "Denmark", "MEP");
    /* a counterpart given another's title holds its office, not the portfolios after the comma */
    check("RABAT (MAP) - Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates John Abbot held talks "
          "with his Mauritanian counterpart Jane Roe.", "Jane Roe", "Mauritania", "Minister of Foreign Affairs");
    /* a pair of peoples glued by a hyphen in a body's name after the office */
    check("ASTANA (Kazinform) - The Speaker received the Chairman of the German-Central Asian Parliamentary Group, John "
          "Abbot.", "John Abbot", NULL, "Chairman of the German-Central Asian Parliamentary Group");
    check("ASTANA (Kazinform) - The Speaker received the Chairman of the German-Kazakh Parliamentary Group, John Abbot.",
          "John Abbot", NULL, "Chairman of the German-Kazakh Parliamentary Group");
    /* a royal title is not the Vatican's: "King X" received by the Pope in Rome is of no country
     * guessed from there */
    check("ROME, Oct 3 - Pope John Abbot received King Jane Roe in a private audience at the Apostolic Palace.",
          "Jane Roe", NULL, "King");
    /* "the Government of National Unity": what the body is for, no person "Unity" */
    check("Tripoli, 5 May (LANA) - The head of the Government of National Unity, John Abbot, received the envoy.",
          "John Abbot", "Libya", "head of the Government of National Unity");
    /* "opposition leader X": the opposition is what the leader leads */
    check("JERUSALEM (Reuters) - Vance also met opposition leader John Abbot.", "John Abbot", NULL, "opposition leader");
    /* "Cabinet of Ministers Chairman X": a body named by an office's plural, then the office */
    check("BISHKEK (Kabar) - He met Cabinet of Ministers Chairman John Abbot.", "John Abbot", NULL,
          "Cabinet of Ministers Chairman");
    /* China's surname He after the country an envoy is sent to: "Ambassador to Vietnam He Wei" */
    check("HANOI (VNA) - To Lam received Chinese Ambassador to Vietnam He Wei in Hanoi.", "He Wei", "China",
          "Ambassador to Vietnam");
    /* a country in another's title of two offices is not the subject's: "Chinese Party General
     * Secretary and President X" */
    check("HANOI (VNA) - Party General Secretary John Abbot held a phone talk with Chinese Party General Secretary and "
          "President Jane Roe on Thursday. Earlier in the day, Abbot received Chinese Ambassador to Vietnam He Wei.",
          "John Abbot", "Vietnam", "Party General Secretary");
    /* an envoy for a country is not of it, even where the article names no other ("the Special
     * Envoy for Syria, X"); Western Sahara is a territory of the lexicon */
    check("The President received the Special Envoy for Syria, John Abbot.", "John Abbot", NULL, "Special Envoy for Syria");
    check("NOUAKCHOTT (AMI) - The President received the Special Envoy of the Secretary-General of the United Nations for "
          "Western Sahara, John Abbot.", "John Abbot", NULL,
          "Special Envoy of the Secretary-General of the United Nations for Western Sahara");
    /* "the Bank's Managing Director X" where the story names an international bank: its officer,
     * of no country */
    check("TASHKENT (UzA) - The President received the delegation of the European Bank for Reconstruction and "
          "Development led by its President Jane Roe. The EBRD President was accompanied by the Bank's Managing "
          "Director for Central Asia, John Abbot.", "John Abbot", NULL, "Managing Director for Central Asia");
    /* "his Japanese and British counterparts, A and B": respectively */
    check("ROME (ANSA) - Defence Minister Max Mustermann received his Japanese and British counterparts, John Abbot and "
          "Jane Roe, for a trilateral meeting.", "John Abbot", "Japan", NULL);
    check("ROME (ANSA) - Defence Minister Max Mustermann received his Japanese and British counterparts, John Abbot and "
          "Jane Roe, for a trilateral meeting.", "Jane Roe", "United Kingdom", NULL);
    /* "general secretary of the Workers' Party of Korea": North Korea's party; a Turkmen body and
     * the Arkadag's honorific */
    check("PYONGYANG (KCNA) - John Abbot, general secretary of the Workers' Party of Korea, received Jane Roe.", "John Abbot",
          "North Korea", NULL);
    check("ASHGABAT (TDH) - He met with the Chairman of the Halk Maslahaty of the Milli Gengesh, Hero-Arkadag John Abbot.",
          "John Abbot", "Turkmenistan", "Chairman of the Halk Maslahaty of the Milli Gengesh");
    /* a member of a delegation someone is said to lead is of the leader's country */
    check("ISLAMABAD (APP) - Foreign Minister John Abbot met his Afghan counterpart Max Mustermann in Kabul on Sunday. "
          "Abbot, who led a delegation including Interior Minister Jane Roe, also called on Prime Minister Erika "
          "Svensson.", "Jane Roe", "Pakistan", "Interior Minister");
    check("Pakistani Foreign Minister John Abbot led a delegation that included Interior Minister Jane Roe and Planning "
          "Minister Max Mustermann.", "Max Mustermann", "Pakistan", "Planning Minister");
    /* "President Duma Boko": a given name no body's head; "European Commissioner for Defence and
     * Space X": the EU's, of no country */
    check("LUSAKA (ZNBC) - He met visiting Botswana President Duma John at State House.", "Duma John", "Botswana", "President");
    check("SOFIA (BTA) - The Prime Minister met European Commissioner for Defence and Space John Abbot in Sofia.",
          "John Abbot", NULL, "European Commissioner for Defence and Space");
    /* a counterpart named later as a bare "Minister" holds the other side's portfolio */
    check("Ukraine's Minister of Defense John Abbot and his Norwegian counterpart Jane Roe signed an agreement. "
          "\"Today, together with Minister Roe, we signed it,\" Abbot said.", "Jane Roe", "Norway", "Minister of Defense");
    /* (and with no counterpart, the bare word stays) */
    check("Norway's Minister Jane Roe visited Kyiv.", "Jane Roe", "Norway", "Minister");
    /* territories with governments of their own */
    check("He met Cook Islands Prime Minister Jane Roe in Avarua.", "Jane Roe", "Cook Islands", "Prime Minister");
    check("He travelled to Alofi, where he met Premier Jane Roe.", "Jane Roe", "Niue", "Premier");
    /* the head of an agency of the United Nations is of no country by guess */
    check("ADDIS ABABA (ENA) - Prime Minister John Abbot held discussions with the Executive Director of the World "
          "Food Programme, Jane Roe, at his office on Wednesday.", "Jane Roe", NULL, "Executive Director of the World Food Programme");
    check_unknown("ADDIS ABABA (ENA) - Prime Minister John Abbot held discussions with the Executive Director of the "
                     "World Food Programme, Jane Roe, at his office on Wednesday.", "Jane Roe", true);
    /* "hosted his counterparts from France, Germany and Poland, A, B and C": the host's title */
    check("Italian Defence Minister John Abbot hosted his counterparts from France, Germany and Poland, Jane Roe, Max "
          "Mustermann and Erika Svensson, for the meeting.", "Max Mustermann", "Germany", "Defence Minister");
    check("Italian Defence Minister John Abbot hosted his counterparts from France, Germany and Poland, Jane Roe, Max "
          "Mustermann and Erika Svensson, for the meeting.", "Erika Svensson", "Poland", "Defence Minister");
    /* the regions of an international body's offices */
    check("President John Abbot received a delegation from the World Bank led by its Vice President for Western and "
          "Central Africa, Jane Roe, at the Jubilee House.", "Jane Roe", NULL, "Vice President for Western and Central Africa");
    check_unknown("President John Abbot received a delegation from the World Bank led by its Vice President for "
                     "Western and Central Africa, Jane Roe, at the Jubilee House.", "Jane Roe", true);
    check("The delegation was led by its Regional Director for Asia and the Pacific, Jane Roe, who met President John "
          "Abbot.", "Jane Roe", NULL, "Regional Director for Asia and the Pacific");
    /* "attributable to Principal Deputy Spokesperson X" over a readout: the readout's government */
    check("The below is attributable to Principal Deputy Spokesperson Jane Roe:\n\nSecretary of State John Abbot met with "
          "Indian External Affairs Minister Max Mustermann today.", "Jane Roe", "United States", "Principal Deputy Spokesperson");
    /* "their Singaporean counterparts A, B and C": all of that people; no office told for them when
     * the two sides' people do not pair */
    check("Finance Minister John Abbot and Commerce Minister Jane Roe met their Singaporean counterparts Max Mustermann, "
          "Erika Svensson and Tom Tailor.", "Tom Tailor", "Singapore", NULL);
    check("Finance Minister John Abbot and Commerce Minister Jane Roe met their Singaporean counterparts Max Mustermann, "
          "Erika Svensson and Tom Tailor.", "Erika Svensson", "Singapore", NULL);
    check_unknown("Finance Minister John Abbot and Commerce Minister Jane Roe met their Singaporean counterparts Max "
                   "Mustermann, Erika Svensson and Tom Tailor.", "Max Mustermann", false);
    /* hosting abroad: "hosted their United States counterparts, A and B, ... in Washington" */
    check("The Minister for Foreign Affairs, Senator the Hon Jane Roe, and the Minister for Defence, the Hon John Abbot MP, "
          "hosted their United States counterparts, Secretary of State Max Mustermann and Secretary of Defense Erika "
          "Svensson, for the 35th Australia-United States Ministerial Consultations in Washington on 10 December.",
          "Jane Roe", "Australia", "Minister for Foreign Affairs");
    /* "the first visit by a Polish head of state to Finland": the guest's visit, not the host's */
    check("HELSINKI (Yle) - President John Abbot hosted Polish President Jane Roe at the Presidential Palace on Monday, "
          "the first visit by a Polish head of state to Finland since 2017.", "John Abbot", "Finland", "President");
    /* Japan's ministries write surnames in capitals first: a town's name too ("MIYAZAKI"), a Korean's
     * short one before a hyphenated given name, and one in apposition after the office's country */
    check("State Minister of Defense MIYAZAKI Masahisa also attended.", "MIYAZAKI Masahisa", NULL, "State Minister of Defense");
    check("Minister of Defense KOIZUMI Shinjiro held a meeting with Minister of National Defense AHN Gyu-back.",
          "AHN Gyu-back", NULL, "Minister of National Defense");
    check("Minister of Defense KOIZUMI Shinjiro held a meeting with the Minister of National Defense of the Republic of "
          "Korea, AHN Gyu-back, at the Ministry of Defense.", "AHN Gyu-back", "South Korea", "Minister of National Defense");
    /* Brunei's titles are no part of the name */
    check("Defence Minister John Abbot received a courtesy call from the Commander of the Royal Brunei Armed Forces, "
          "Major General Pengiran Dato Seri Pahlawan Jane Roe, at Wisma Pertahanan today.", "Jane Roe", "Brunei", NULL);
    /* an Indian command's office */
    check("Lt Gen John Abbot, General Officer Commanding-in-Chief of the Northern Command, met Home Minister Jane Roe.",
          "John Abbot", NULL, "General Officer Commanding-in-Chief of the Northern Command");
    /* "before she stepped down as Samoa's Prime Minister": hers, not the one who met her */
    check("WELLINGTON - The Rt Hon John Abbot, Minister of Foreign Affairs, today met Hon. Jane Roe at Parliament, before "
          "she stepped down as Samoa's Prime Minister earlier this year.", "John Abbot", "New Zealand", NULL);
    /* "The President of Russia held talks with the Prime Minister of India. A and B discussed ...":
     * the roles, in order */
    check("MOSCOW, Dec 2 (TASS) - The President of Russia held talks with the Prime Minister of India in the Kremlin "
          "on Tuesday. John Abbot and Jane Roe discussed energy cooperation.", "Jane Roe", "India", "Prime Minister");
    check("MOSCOW, Dec 2 (TASS) - The President of Russia held talks with the Prime Minister of India in the Kremlin "
          "on Tuesday. John Abbot and Jane Roe discussed energy cooperation.", "John Abbot", "Russia", "President");
    /* "Ministers A and B": a bare "Minister" is held by many at once, the second is of the first's country */
    check("PRETORIA (SAnews) - President John Abbot will on Thursday host President of the Republic of Ghana, Jane Roe, "
          "for a State Visit. Ministers Max Mustermann and Erika Svensson will also participate in the talks.",
          "Erika Svensson", "South Africa", "Minister");
    /* a body's name with "and" after "of the", then ranks: the office, not the ranks */
    check("Chairman of the State Security and Peace Commission Senior General John Abbot received Foreign Minister Jane "
          "Roe.", "John Abbot", NULL, "Chairman of the State Security and Peace Commission");
    check("Speaker of the lower house John Abbot attended the meeting.", "John Abbot", NULL, "Speaker of the lower house");
    /* "X skipped the meeting and was represented by Deputy Secretary Y": the subject's country */
    check("BRUSSELS (Reuters) - U.S. Defense Secretary John Abbot skipped the meeting and was represented by Deputy "
          "Secretary Jane Roe.", "Jane Roe", "United States", "Deputy Secretary");
    /* "the foreign ministers of the two countries, A and B": the office is each one's, the
     * countries those of the pair before, the host's told by the dateline */
    check("Windhoek, 25 November 2026 (NAMPA) - President John Abbot on Tuesday hosted her Botswana counterpart, Jane "
          "Roe, at State House. The two heads of state witnessed the signing of agreements on water, signed by the "
          "foreign ministers of the two countries, Max Mustermann and Erika Svensson.",
          "Erika Svensson", "Botswana", "foreign minister");
    check("Windhoek, 25 November 2026 (NAMPA) - President John Abbot on Tuesday hosted her Botswana counterpart, Jane "
          "Roe, at State House. The two heads of state witnessed the signing of agreements on water, signed by the "
          "foreign ministers of the two countries, Max Mustermann and Erika Svensson.",
          "Max Mustermann", "Namibia", "foreign minister");
    /* the demonyms of small states: "The Santomean Prime Minister was accompanied by ..." */
    check("The President of the Republic, John Abbot, received the Prime Minister of Angola, Jane Roe. The Santomean "
          "Prime Minister Max Mustermann was accompanied by the Minister of Foreign Affairs, Erika Svensson.",
          "Erika Svensson", "Sao Tome and Principe", "Minister of Foreign Affairs");
    /* "Hamas political bureau officials led by X": a person, of the body's country (lower-case
     * words between the body and the group) */
    check("Foreign Minister Jane Roe met with Hamas political bureau officials led by John Abbot in Istanbul on Sunday.",
          "John Abbot", "Palestine", NULL);
    /* "the Governor-General, Her Excellency the Honourable X": two honorifics, "the" between */
    check("Prime Minister Jane Roe also met the Governor-General, Her Excellency the Honourable John Abbot AC.",
          "John Abbot", NULL, "Governor-General");
    /* "discussed the upcoming NATO summit in Ankara": a gathering to come moves the story nowhere */
    check("Prague, Nov 2 (CTK) - Czech President Jane Roe and Polish President Max Mustermann met in Prague Castle on "
          "Sunday. Roe said he had also discussed with Mustermann the upcoming NATO summit in Ankara. Mustermann will "
          "meet Prime Minister John Abbot on Monday.", "John Abbot", "Czech Republic", "Prime Minister");
    /* "A was accompanied by Japanese Ambassador to the Philippines B, while C Jr. was joined by D Jr.
     * and E": C's side is not the ambassador's posting nor A's country; "Jr." is no surname */
    check("MANILA - President John Abbot Jr. met with Japanese Defense Minister Jane Roe in Malacanang on Monday. Roe was "
          "accompanied by Japanese Ambassador to the Philippines Max Mustermann, while Abbot was joined by Defense "
          "Secretary Tom Tailor Jr. and National Security Adviser Erika Svensson.", "John Abbot Jr.", "Philippines", NULL);
    check("MANILA - President John Abbot Jr. met with Japanese Defense Minister Jane Roe in Malacanang on Monday. Roe was "
          "accompanied by Japanese Ambassador to the Philippines Max Mustermann, while Abbot was joined by Defense "
          "Secretary Tom Tailor Jr. and National Security Adviser Erika Svensson.", "Tom Tailor Jr.", "Philippines", NULL);
    /* "met with US Special Envoy to the Middle East A and Senior Advisor B": the pair is of one side */
    check("Doha, October 21 (QNA) - Prime Minister John Abbot met on Tuesday with HE US Special Envoy to the Middle East "
          "Jane Roe and HE Senior Advisor Max Mustermann.", "Max Mustermann", "United States", "Senior Advisor");
    /* "The EBRD President was accompanied by X": the suite of an international body's officer is
     * of no country */
    check_unknown("TASHKENT, October 19 (UzA). President John Abbot received a delegation of the European Bank for "
                  "Reconstruction and Development headed by its President Jane Roe. The EBRD President was accompanied "
                  "by Managing Director for Central Asia Max Mustermann.", "Max Mustermann", true);
    /* "Haji" is an honorific before a name, and inside it after "bin" */
    check("Minister for Foreign Affairs Jane Roe hosted Malaysian Minister of Foreign Affairs Dato' Seri Utama Haji "
          "Mohamad bin Haji Hasan to lunch today.", "Mohamad bin Haji Hasan", "Malaysia", "Minister of Foreign Affairs");
    /* a name over a wrapped line's trailing spaces: one space between its words */
    check("Singapore, 4 September 2026 - Minister for Foreign Affairs Dr John \nAbbot hosted Malaysian Minister of "
          "Foreign Affairs Jane Roe to lunch \ntoday.\n\nThe two Ministers reaffirmed the excellent bilateral relations "
          "and \ndiscussed the Johor-Singapore Special Economic Zone.\n\nMinister Roe also called on Prime Minister Max "
          "Mustermann.\n", "John Abbot", "Singapore", "Minister for Foreign Affairs");
    /* "in charge of" goes on an office's title as its "of" would */
    check("The Minister Delegate to the Head of Government in charge of National Defense Administration, John Abbot, held "
          "talks with General Jane Roe.", "John Abbot", NULL,
          "Minister Delegate to the Head of Government in charge of National Defense Administration");
    /* "the Russian side led by military intelligence chief X": three lower-case words of a title */
    check("ABU DHABI (Reuters) - Russian and Ukrainian negotiators met in Abu Dhabi on Wednesday, with the Russian side led "
          "by military intelligence chief John Abbot and Ukraine's delegation headed by Jane Roe.", "John Abbot", "Russia",
          NULL);
    /* "his Afghan counterpart Amir Khan Muttaqi": a sovereign's word after "counterpart", before a
     * name of two words, is a given name (not "his Saudi counterpart Prince X") */
    check("Foreign Minister Jane Roe and his Afghan counterpart Amir Khan Muttaqi held talks in Kabul on Thursday.",
          "Amir Khan Muttaqi", "Afghanistan", "Foreign Minister");
    /* "King Sultan Ibrahim": a sovereign's word after another is the name's */
    check("Prime Minister Jane Roe met King Sultan Ibrahim at Istana Negara.", "Sultan Ibrahim", NULL, "King");
    /* a Polynesian name's glottal stop: "Fekitamoeloa 'Utoikamanu" */
    check("Foreign Minister Jane Roe hosted Tonga's Foreign Minister Fekitamoeloa 'Utoikamanu at Parliament House.",
          "Fekitamoeloa 'Utoikamanu", "Tonga", "Foreign Minister");
    /* "NATO Secretary General X arrived in Ankara ... is expected to meet Foreign Minister Y": whom an
     * international body's officer meets where the visit is, is of that place */
    check("BRUSSELS, July 30 (Reuters) - NATO Secretary General John Abbot arrived in Ankara on Wednesday for talks with "
          "Turkish President Jane Roe. Abbot is also expected to meet Foreign Minister Max Mustermann during the visit.",
          "Max Mustermann", "Turkey", "Foreign Minister");
    /* "the first EU-Central Asia summit, to be held in Samarkand": the story stays where it is */
    check("ASTANA (Kazinform) - Kazakh Foreign Minister John Abbot met with the Special Representative of the European "
          "Union for Central Asia Jane Roe in Astana on Tuesday. The sides discussed preparations for the first EU-Central "
          "Asia summit, to be held in Samarkand in April. Roe later held consultations with Deputy Foreign Minister Max "
          "Mustermann.", "Max Mustermann", "Kazakhstan", NULL);
    /* "... attended by the Minister of Foreign Affairs, X, and the Ambassador of Spain to Mauritania": a
     * role of no one named, and an envoy's posting, say nothing of X */
    check("Nouakchott, 16 June (AMI) - The President of the Republic, John Abbot, received at the Presidential Palace in "
          "Nouakchott the Minister of Foreign Affairs of the Kingdom of Spain, Jane Roe. The meeting was attended by the "
          "Minister of Foreign Affairs, Max Mustermann, and the Ambassador of Spain to Mauritania.", "Max Mustermann",
          "Mauritania", "Minister of Foreign Affairs");
    /* "X was later joined by Chancellor Y": one who joins a visitor is of the visitor's country */
    check("Vilnius, 5 June (ELTA) - President John Abbot on Thursday met with German Defence Minister Jane Roe, who arrived "
          "in Lithuania to attend the ceremony. Roe was later joined by Chancellor Max Mustermann, who also met Abbot.",
          "Max Mustermann", "Germany", "Chancellor");
    /* "NATO Supreme Allied Commander Europe, US Air Force General X": the country and service before
     * the rank are the rank's; the office before the comma is the title */
    check("Riga, 28 May (LETA) - Latvian President Jane Roe met with NATO Supreme Allied Commander Europe, US Air Force "
          "General John Abbot, at Riga Castle on Wednesday.", "John Abbot", NULL, "NATO Supreme Allied Commander Europe");
    /* one who attends a meeting of foreigners in the dateline's city is of no country by that guess */
    check_unknown("KUALA LUMPUR, Oct 25 (Reuters) - Chinese Vice Premier John Abbot met U.S. Treasury Secretary Jane Roe in "
                  "Kuala Lumpur on Saturday for a new round of trade talks. Deputy negotiator Max Mustermann attended as "
                  "well.", "Max Mustermann", true);
    /* "..., while X headed the Hamas delegation": who heads a body's group is of its country (the
     * clause before, of another side's team, says nothing of X) */
    check("The Israeli team was led by Mossad chief Jane Roe, while John Abbot headed the Hamas delegation.", "John Abbot",
          "Palestine", NULL);
    /* "the Temple of Literature", "the Central American country": no small town's name */
    check("HANOI (Reuters) - Vietnam's top leader Jane Roe held talks with French President Max Mustermann in Hanoi on "
          "Monday. Mustermann later visited the Temple of Literature with Prime Minister John Abbot.", "John Abbot",
          "Vietnam", "Prime Minister");
    /* whom a visitor calls on is of the place where the call is, not of one flown to afterwards */
    check("Canberra, 19 November (AAP) - Foreign Minister Jane Roe has met her Indonesian counterpart John Abbot in "
          "Canberra. Abbot also called on Prime Minister Max Mustermann at Parliament House before flying to Wellington "
          "for talks with New Zealand's Foreign Minister Tom Tailor.", "Max Mustermann", "Australia", "Prime Minister");
    /* "Member of the European Parliament" is an international body's office: no country by guess */
    check_unknown("Dhaka, Nov 17 (BSS) - Chief Adviser John Abbot today met with a visiting delegation of the European "
                  "Parliament led by Member of the European Parliament Jane Roe at the State Guest House Jamuna.",
                  "Jane Roe", true);
    /* a minister who accompanies an international body's officer is a government's: the dateline's */
    check("Kigali, 25 November 2025 - President John Abbot today received in audience the Director-General of the "
          "World Trade Organization, Dr. Jane Roe, at Urugwiro Village. Dr. Roe was accompanied by Minister of Trade "
          "and Industry Max Mustermann.", "Max Mustermann", "Rwanda", "Minister of Trade and Industry");
    /* where a document was signed is no one's whereabouts: whom the visitor calls on is at home */
    check("PHNOM PENH, Nov. 28 (Xinhua) -- Cambodian Prime Minister John Abbot met with visiting Thai Prime Minister "
          "Jane Roe here on Friday, with both sides pledging to fully implement the peace declaration signed in Kuala "
          "Lumpur. Roe also paid a courtesy call on Senate President Max Mustermann.", "Max Mustermann", "Cambodia",
          "Senate President");
    /* "received today at the Prime Minister's Office the President of Kosovo, X": the title starts
     * after the place */
    check("Tirana, 27 November 2025 - Prime Minister John Abbot received today at the Prime Minister's Office the "
          "President of the Republic of Kosovo, Jane Roe.", "Jane Roe", "Kosovo", "President");
    /* an envoy of the Secretary-General is the UN's: no country by guess */
    check_unknown("Addis Ababa, November 24, 2025 (ENA) - Foreign Minister John Abbot held talks today with the Special "
                  "Envoy of the Secretary-General for the Horn of Africa, Jane Roe.", "Jane Roe", true);
    /* "a delegation from the International Monetary Fund (IMF) led by X": the body's, the acronym past */
    check_unknown("COLOMBO - President John Abbot met with a delegation from the International Monetary Fund (IMF) led by "
                  "Senior Mission Chief Jane Roe at the Presidential Secretariat yesterday.", "Jane Roe", true);
    /* an office guessed no country whose holder of that very office is named ("met Canadian Prime
     * Minister Y in Johannesburg": no Canadian, and South Africa has no prime minister) */
    check_unknown("Prime Minister John Abbot met Canadian Prime Minister Jane Roe in Johannesburg.", "John Abbot", true);
    /* "Congolese" is the Democratic Republic's in a story that names it and not the other Congo */
    check("LUSAKA - President John Abbot held talks with DRC President Max Mustermann. Foreign Minister Tom Tailor met "
          "his Congolese counterpart Jane Roe.", "Jane Roe", "Democratic Republic of the Congo", "Foreign Minister");
    check("Foreign Minister John Abbot met his Congolese counterpart Jane Roe in Lusaka.", "Jane Roe", "Democratic Republic of the Congo", NULL);
    /* ... and "Dominican" Dominica's where the story names it, not the Dominican Republic */
    check("ROSEAU, Dominica - The Dominican Foreign Minister Jane Roe met Venezuelan officials on Monday.", "Jane Roe",
          "Dominica", "Foreign Minister");
    check("SANTO DOMINGO - Dominican Foreign Minister Jane Roe met Venezuelan officials on Monday.", "Jane Roe",
          "Dominican Republic", "Foreign Minister");
    /* "for the Middle East Peace Process": a domain of the office, no one named Peace Process */
    check("President John Abbot received the EU Special Representative for the Middle East Peace Process, Jane Roe.",
          "Jane Roe", NULL, "EU Special Representative for the Middle East Peace Process");
    /* no title starts inside a hyphenated name ("Hussein al-Sheikh and Head of ...") */
    check("The meeting was attended by Secretary-General John al-Sheikh and Head of the General Intelligence Service "
          "Jane Roe.", "Jane Roe", NULL, "Head of the General Intelligence Service");
    /* the country of a group of guests is not the host's: "will host a lunch for the Japanese royals" */
    check("Oslo (NTB) - Norway's Crown Prince John Abbot received Japanese Crown Prince Max Mustermann at the Royal "
          "Palace on Monday. Prime Minister Jane Roe will host a lunch for the Japanese royals on Tuesday.", "Jane Roe",
          "Norway", "Prime Minister");
    /* an international body's country office: "ADB Country Director for the Kyrgyz Republic X" is of no
     * country, neither the one the office is for nor the dateline's */
    check("BISHKEK - ADB Country Director for the Kyrgyz Republic Jane Roe also attended the meeting.", "Jane Roe", NULL,
          "ADB Country Director for the Kyrgyz Republic");
    check_unknown("BISHKEK - UNDP Resident Representative Jane Roe also attended the meeting.", "Jane Roe", true);
    /* a small town's name opening a body's ("Central") keeps the body's words in the title */
    check("Also present was Central Bank Governor Jane Roe.", "Jane Roe", NULL, "Central Bank Governor");
    /* a rank opening a body's name before an office is the name's */
    check("CAIRO (MENA) - The meeting was attended by General Intelligence Service head John Abbot.", "John Abbot", "Egypt",
          "General Intelligence Service head");
    /* the counterpart of the British Foreign Secretary is a Foreign Minister */
    check("LONDON (PA) - The Foreign Secretary, Jane Roe, met her Saudi counterpart John Abbot at Lancaster House.",
          "John Abbot", "Saudi Arabia", "Foreign Minister");
    /* "Foreign Minister A and Malaysian Ambassador to Thailand B": an envoy's mark tells whose envoy,
     * not that A is of another country */
    check("KUALA LUMPUR (Bernama) -- Prime Minister John Abbot received Thai Prime Minister Jane Roe, who was "
          "accompanied by Thai Foreign Minister Max Mustermann. Also present were Foreign Minister Erika Svensson and "
          "Malaysian Ambassador to Thailand Tom Tailor.",
          "Erika Svensson", "Malaysia", "Foreign Minister");
    /* "The delegation includes X" after "Peters, who is leading a cross-party delegation": of the
     * delegation's leader's country */
    check("SUVA (FBC) - Prime Minister John Abbot has met with New Zealand's Foreign Minister Jane Roe. Roe, who is "
          "leading a cross-party delegation of MPs on a Pacific tour, also met Home Affairs Minister Max Mustermann. The "
          "delegation includes Labour's foreign affairs spokesperson Erika Svensson.",
          "Erika Svensson", "New Zealand", NULL);
    /* "the personal envoy of the UN Secretary-General, X": in apposition the envoy is X, of no
     * country (not the one served, as in "an adviser to President X") */
    check("NICOSIA (CNA) - President John Abbot met the personal envoy of the UN Secretary-General, Jane Roe, on Monday.",
          "Jane Roe", NULL, "envoy of the UN Secretary-General");
    /* "A, a Surinamese diplomat who took office in May, also met Foreign Minister B": the
     * apposition's country is A's, not B's (B is of the dateline's) */
    check("SANTO DOMINGO (EFE) - Dominican President John Abbot received the Secretary General of the Organization of "
          "American States, Jane Roe. Roe, a Surinamese diplomat who took office in May, also met Foreign Minister Max "
          "Mustermann.",
          "Max Mustermann", "Dominican Republic", "Foreign Minister");
    /* "the Head of the EU Delegation to Serbia, X": a delegation's host country is not its head's */
    check("Belgrade (Tanjug) - President John Abbot met the Head of the EU Delegation to Serbia, Jane Roe.", "Jane Roe", NULL,
          "Head of the EU Delegation to Serbia");
    check_unknown("Belgrade (Tanjug) - President John Abbot met the Head of the EU Delegation to Serbia, Jane Roe.", "Jane Roe",
                  true);
    check("Belgrade (Tanjug) - President John Abbot met the Head of the EU Delegation to Serbia, Jane Roe.", "John Abbot",
          "Serbia", NULL);
    /* "U.S. Forces Korea Commander Gen. X": a national body opening the title names the office's
     * country; the country inside its name is no one's */
    check("SEOUL (Yonhap) - Defense Minister John Abbot held talks with U.S. Forces Korea Commander Gen. Jane Roe on "
          "Tuesday.", "Jane Roe", "United States", "Forces Korea Commander");
    /* "the Secretary General of the Organization of American States, X": an international body's
     * officer is of no country by guess */
    check_unknown("Lima, Dec 2 (Andina) - Peru's President John Abbot received the Secretary General of the Organization of "
                  "American States, Jane Roe, at Government Palace on Tuesday.", "Jane Roe", true);
    /* "Members of the European Parliament A and B": both hold the office, neither of the dateline's
     * country */
    check("Tashkent (UzA) - President John Abbot received a delegation of the European Parliament. The delegation also "
          "included Members of the European Parliament Jane Roe and Max Mustermann.",
          "Max Mustermann", NULL, "Member of the European Parliament");
    check_unknown("Tashkent (UzA) - President John Abbot received a delegation of the European Parliament. The delegation "
                  "also included Members of the European Parliament Jane Roe and Max Mustermann.", "Max Mustermann", true);
    /* "the head of the National Jury of Elections, X": a body's name, no person "Jury" */
    check("Lima (Andina) - Roe met with the head of the National Jury of Elections, Max Mustermann.", "Max Mustermann", NULL,
          "head of the National Jury of Elections");
    /* "Northern Ireland First Minister X": a state of a known country opening the title; "Scottish"
     * is British */
    check("DUBLIN (Irish Times) - Taoiseach John Abbot met Northern Ireland First Minister Jane Roe on Tuesday.", "Jane Roe",
          "United Kingdom", "First Minister");
    check("DUBLIN (Irish Times) - Taoiseach John Abbot met Scottish First Minister Jane Roe on Tuesday.", "Jane Roe",
          "United Kingdom", "First Minister");
    /* "Prime Minister X met with Alberta Premier Y": a province's premier is the prime minister's
     * compatriot, so the dateline's country is still the prime minister's */
    check("OTTAWA (CP) - Prime Minister John Abbot met with Alberta Premier Jane Roe in Calgary on Thursday.", "John Abbot",
          "Canada", NULL);
    /* "Chief Executive Officer of Boeing Commercial Airplanes X": a company's office, of no country
     * by guess */
    check_unknown("HANOI (VNA) - Prime Minister John Abbot received Chief Executive Officer of Boeing Commercial Airplanes "
                  "Jane Roe in Hanoi.", "Jane Roe", true);
    /* "to supply 260,000 processors to South Korea": where goods go is no visit, nor anyone's
     * country */
    check("SEOUL (Yonhap) - President John Abbot met with Nvidia CEO Jane Roe at the presidential office in Seoul on "
          "Wednesday.\n\nAbbot thanked Roe for the decision to supply 260,000 processors to South Korea.",
          "John Abbot", "South Korea", NULL);
    check_unknown("SEOUL (Yonhap) - President John Abbot met with Nvidia CEO Jane Roe at the presidential office in Seoul on "
                  "Wednesday.\n\nAbbot thanked Roe for the decision to supply 260,000 processors to South Korea.",
                  "Jane Roe", true);
    /* "Mr A last met Ms B in Gyeongju in October. He will be accompanied by Foreign Minister C": a
     * recalled meeting's city is nobody's home; "He" is the sentence before's subject, whose
     * country is not known yet (not B's, named after) */
    check("SINGAPORE - Prime Minister John Abbot will visit Japan from Dec 8 to 10, where he will meet Japanese Prime "
          "Minister Jane Roe. Mr Abbot last met Ms Roe in Gyeongju in October. He will be accompanied by Foreign Minister "
          "Max Mustermann.", "John Abbot", "Singapore", NULL);
    check("SINGAPORE - Prime Minister John Abbot will visit Japan from Dec 8 to 10, where he will meet Japanese Prime "
          "Minister Jane Roe. Mr Abbot last met Ms Roe in Gyeongju in October. He will be accompanied by Foreign Minister "
          "Max Mustermann.", "Max Mustermann", "Singapore", NULL);
    /* "received in Abu Dhabi A, Minister of Foreign Affairs of Algeria": the city after "in" is no
     * part of the name after it */
    check("Later, His Highness received in Abu Dhabi John Abbot, Minister of Foreign Affairs of Algeria.", "John Abbot",
          "Algeria", "Minister of Foreign Affairs");
    /* "The prime ministers of Poland and Lithuania - A and B -": each a prime minister */
    check("Warsaw (PAP) - The prime ministers of Poland and Lithuania - John Abbot and Jane Roe - met in Vilnius on Sunday.",
          "Jane Roe", "Lithuania", "prime minister");
    /* "KINSHASA - Congolese President A": the Congo of the story's city */
    check("KINSHASA (Radio Okapi) - Congolese President John Abbot and Rwandan President Jane Roe signed the accords.",
          "John Abbot", "Democratic Republic of the Congo", NULL);
    /* "the two countries' foreign ministers, C and D" after the pair of signers, not after the
     * last two of a longer list of attendees */
    check("KINSHASA (Radio Okapi) - Congolese President John Abbot and Rwandan President Jane Roe signed the accords. "
          "Kenyan President Max Mustermann, Burundian President Erika Svensson and Angolan President Tom Tailor also "
          "attended the ceremony. The accords follow a peace agreement signed in June by the two countries' foreign "
          "ministers, Anna Berg and Olaf Lund.", "Olaf Lund", "Rwanda", NULL);
    /* "the UN Secretary-General's Personal Envoy on Cyprus, X": an international body's officer's
     * envoy, of no country; the country an envoy is on is the office's topic */
    check_unknown("NICOSIA (CNA) - President John Abbot met the UN Secretary-General's Personal Envoy on Cyprus, Jane Roe, "
                  "at the Presidential Palace on Thursday.", "Jane Roe", true);
    check("NICOSIA (CNA) - President John Abbot met the UN Secretary-General's Personal Envoy on Cyprus, Jane Roe, at the "
          "Presidential Palace on Thursday. Roe later met Turkish Cypriot leader Max Mustermann in the north.",
          "John Abbot", "Cyprus", NULL);
    /* "Commissioner X" in a story of the EU's: of no country by guess */
    check_unknown("Brussels, 1 December 2025 - The High Representative John Abbot met with the Foreign Minister of Armenia, "
                  "Jane Roe, in the margins of the EU-Armenia Partnership Council, with Commissioner Max Mustermann also "
                  "taking part.", "Max Mustermann", true);
    /* "Russian President A met US special envoy B and C": one named with no title right after
     * "and" goes with the envoy, not the host */
    check("MOSCOW - Russian President John Abbot met US special envoy Jane Roe and Max Mustermann at the Kremlin on "
          "Tuesday.", "Max Mustermann", "United States", NULL);
    /* "Commissioner for Enlargement X" in a story of the EU's: of its Commission, no country by
     * the dateline's guess; the portfolio is a domain of the title */
    check("BRUSSELS, 20 November 2025 - The EU's High Representative Jane Roe welcomed the Foreign Minister of Armenia, "
          "John Abbot. The Council was also attended by Commissioner for Enlargement Erika Svensson.",
          "Erika Svensson", NULL, "Commissioner for Enlargement");
    check_unknown("BRUSSELS, 20 November 2025 - The EU's High Representative Jane Roe welcomed the Foreign Minister of "
                  "Armenia, John Abbot. The Council was also attended by Commissioner for Enlargement Erika Svensson.",
                  "Erika Svensson", true);
    /* "President X ... X, who is also the chairperson of the EAC,": the rotating chair is a second
     * office; he stays his country's president */
    check("NAIROBI, Kenya, Nov 18 - President John Abbot has held talks with visiting Ugandan President Jane Roe. "
          "Abbot, who is also the chairperson of the EAC, said the two leaders discussed the pipeline.",
          "John Abbot", "Kenya", "President");
    /* a body's acronym in brackets between its name and the office is left out of the title; not
     * when the body is a country's named after it ("Rwanda Defence Force (RDF)") */
    check("The meeting was attended by Foreign Minister Jane Roe and National Intelligence Organization (MIT) chief "
          "John Abbot.",
          "John Abbot", NULL, "National Intelligence Organization chief");
    check("Rwanda Defence Force (RDF) Chief of Defence Staff Gen John Abbot on Tuesday hosted his Tanzanian counterpart.",
          "John Abbot", "Rwanda", "Chief of Defence Staff");
    /* "The President of the General Assembly, X": the UN's, of no country by the dateline's guess */
    check_unknown("NEW YORK, Nov 18 (UN News) - The President of the General Assembly, Jane Roe, met today with the "
                  "Permanent Representative of Brazil to the United Nations, Ambassador John Abbot.",
                  "Jane Roe", true);
    /* "in the presence of the US Charge d'Affaires in Baghdad, X": the country opens the title
     * (no one's before "of"), where the envoy serves ends it */
    check("Baghdad (INA) - Prime Minister Jane Roe received on Monday the Commander of the US Central Command, "
          "Admiral Max Mustermann, in the presence of the US Charge d'Affaires in Baghdad, John Abbot.",
          "John Abbot", "United States", "Charge d'Affaires in Baghdad");
    /* "a delegation of the Turkish Armed Forces headed by Chief of the General Staff General X":
     * the leader is of the group's country (past "of the" in the title) */
    check("Astana, 20 November 2025 - Kazakh Defense Minister Jane Roe held a meeting with a delegation of the Turkish "
          "Armed Forces headed by Chief of the General Staff General John Abbot.",
          "John Abbot", "Turkey", "Chief of the General Staff");
    /* "the First Minister of Northern Ireland, A, and the deputy First Minister, B": a state that
     * is a title's domain too gives its country; the deputy of the office named just before in
     * the list is of the same (not one met: "X met Vice President Y") */
    check("DUBLIN, 14 November 2025 - The Taoiseach, Jane Roe, met the First Minister of Northern Ireland, John Abbot, "
          "and the deputy First Minister, Erika Svensson, at Government Buildings.",
          "John Abbot", "United Kingdom", "First Minister of Northern Ireland");
    check("DUBLIN, 14 November 2025 - The Taoiseach, Jane Roe, met the First Minister of Northern Ireland, John Abbot, "
          "and the deputy First Minister, Erika Svensson, at Government Buildings.",
          "Erika Svensson", "United Kingdom", "deputy First Minister");
    check("NAIROBI, 14 November 2025 - Kenyan President Jane Roe met Vice President John Abbot of the United States.",
          "John Abbot", "United States", NULL);
    /* "the Islamic Emirate's Minister of Foreign Affairs, Amir Khan Muttaqi,": in apposition after
     * an office of state, "Amir" is a given name (not after a monarch's: "the King, Sultan X") */
    check("KABUL (Tolo) - The Islamic Emirate's Minister of Foreign Affairs, Amir John Abbot, met with Uzbekistan's "
          "Special Representative for Afghanistan, Jane Roe, in Kabul on Saturday.",
          "Amir John Abbot", "Afghanistan", "Minister of Foreign Affairs");
    check("KUALA LUMPUR - Wong also paid a courtesy call on the King, Sultan John Abbot, at Istana Negara.",
          "John Abbot", NULL, "Sultan");
    /* "A, who also met President X, said Hungary opposes ...": the country of the head's
     * predicate, after the clause, is no country of X's */
    check("BUDAPEST, Dec 2 (MTI) - Foreign Minister Jane Roe held talks with his Belarusian counterpart Max Mustermann "
          "in Minsk on Tuesday. Roe, who also met President John Abbot, said Hungary opposes any new sanctions on "
          "Belarusian potash.",
          "John Abbot", "Belarus", NULL);
    /* "A will travel to Moscow ... A is also expected to be received by President X": the one
     * who receives the traveller is of where the sentence before sends them (not when the
     * sentence names a place of its own: "He will be in Berlin on Friday for talks with X") */
    check("ANKARA - Turkish Foreign Minister Jane Roe will travel to Moscow on Sunday for talks, diplomatic sources "
          "said. Roe is also expected to be received by President John Abbot.",
          "John Abbot", "Russia", NULL);
    check("ANKARA - Turkish Foreign Minister Jane Roe will travel to Moscow on Sunday for talks, diplomatic sources "
          "said. He will be in Berlin on Friday for talks with Chancellor John Abbot.",
          "John Abbot", "Germany", NULL);
    /* "attended by A, Minister of Foreign Affairs, and from the Ugandan side by B": the side is
     * B's, A is the host's */
    check("MUSCAT, Nov 16 (ONA) - His Majesty Sultan Max Mustermann received in Al Barakah Palace today Ugandan "
          "President Erika Svensson. The audience was attended by Jane Roe, Minister of Foreign Affairs, and from the "
          "Ugandan side by John Abbot, Minister of Foreign Affairs.",
          "Jane Roe", "Oman", NULL);
    /* "During his visit to Tokyo ..., the Minister met: - Prime Minister X;": the items' people are
     * of the place visited the lead-in names (not the one country the story names) */
    check("During his visit to Tokyo on 12-14 November, the Minister met:\n- Prime Minister John Abbot;\n- Minister "
          "of Defense Jane Roe.\n\nMinister of Foreign Affairs of Lithuania Max Mustermann also addressed students.",
          "John Abbot", "Japan", "Prime Minister");
    /* "Special Envoy for South and Central Asia X": a compass word sharing the region's noun */
    check("Chief Adviser Jane Roe on Monday met US Special Envoy for South and Central Asia John Abbot in New York.",
          "John Abbot", "United States", "Special Envoy for South and Central Asia");
    check("Max Mustermann met the Special Representative for East and Southern Africa John Abbot in Nairobi.", "John Abbot",
          NULL, "Special Representative for East and Southern Africa");
    /* "Beijing sent a lower-level delegation led by Rear Admiral X": the capital's country */
    check("SINGAPORE -- Beijing sent a lower-level delegation led by Rear Admiral John Abbot.", "John Abbot", "China", NULL);
    /* "Commissioner General X" (a police force's head): the whole office, "General" no rank */
    check("Kenya's Interior Cabinet Secretary Jane Roe hosted a delegation of the Ethiopian Federal Police led by "
          "Commissioner General John Abbot.", "John Abbot", "Ethiopia", "Commissioner General");
    /* "Hamas political bureau chief X": a body's wing in lower case is the title's; the
     * lexicon gives the body's country */
    check("ISTANBUL\n\nPresident John Abbot met with Hamas political bureau chief Jane Roe at Dolmabahce Palace on "
          "Tuesday.", "Jane Roe", "Palestine", "Hamas political bureau chief");
    /* "a Hamas delegation headed by the group's political bureau chief X": the group's own
     * officer leads it */
    check("ISTANBUL (Reuters) - Turkish President John Abbot met a Hamas delegation headed by the group's political "
          "bureau chief Jane Roe in Istanbul on Saturday.", "Jane Roe", "Palestine", "political bureau chief");
    check("ISTANBUL (Reuters) - Turkish President John Abbot met a Hamas delegation led by its deputy chief Jane Roe "
          "in Istanbul on Saturday.", "Jane Roe", "Palestine", NULL);
    /* "held talks with the Chinese premier at the G20 summit in Johannesburg": a gathering's city
     * makes no one South African; nor is the untitled subject Chinese in a story of many countries */
    check_unknown("John Abbot has held talks with the Chinese premier, Jane Roe, at the G20 summit in Johannesburg. "
                  "The prime minister also met the South African president, Max Mustermann, and the Indian prime "
                  "minister, Erika Svensson.",
                  "John Abbot", true);
    /* "in Kuala Lumpur, where both are attending the ASEAN foreign ministers' meetings": the city is
     * a gathering's after it too, no one's home */
    check_unknown("Foreign Minister John Abbot has met her Chinese counterpart Jane Roe in Kuala Lumpur, where both are "
                  "attending the ASEAN foreign ministers' meetings. Ms Abbot raised trade barriers.",
                  "John Abbot", true);
    check("Foreign Minister John Abbot has met her Chinese counterpart Jane Roe in Kuala Lumpur on "
          "Monday.",
          "John Abbot", "Malaysia", NULL);
    /* "the minister responsible for Canada-U.S. trade": the countries an office deals with are not
     * its holder's */
    check("Prime Minister John Abbot of Canada was joined by Max Mustermann, the minister responsible for "
          "Canada-U.S. trade.",
          "Max Mustermann", "Canada", "minister responsible for Canada-U.S. trade");
    check("Prime Minister John Abbot of Canada was joined by Max Mustermann, the minister responsible for "
          "Canada-Japan trade.",
          "Max Mustermann", "Canada", NULL);
    /* "the jailed Hong Kong activist X": a country that describes another named person is neither
     * the speaker's nor the story's */
    check("John Abbot has held talks with the Chinese premier, Jane Roe, in London. The prime minister and Roe "
          "agreed to resume a dialogue. Downing Street said Abbot had raised the case of the jailed Hong Kong "
          "activist Max Mustermann.",
          "John Abbot", "United Kingdom", NULL);
    check_unknown("Keir Starmer has held talks with Li Qiang. Starmer raised the case of Hong Kong activist Jimmy Lai.",
                  "Keir Starmer", true);
    /* "Treasury Secretary X met Chinese Vice Premier Y in Geneva" in a story of President Z's: a
     * compatriot's guess stands over a third country's city the story never names */
    check("President John Abbot spoke by phone with Chinese leader Max Mustermann on Wednesday, the White House "
          "said. A day earlier, Treasury Secretary Jane Roe met Chinese Vice Premier Erika Svensson in Geneva. U.S. "
          "Trade Representative Sam Smith also attended the Geneva talks.",
          "Jane Roe", "United States", NULL);
    /* "Japan Maritime Self-Defense Force chief of staff Admiral X": the force's whole name is the
     * title's, not its last word */
    check("Vice Admiral John Abbot welcomed Japan Maritime Self-Defense Force chief of staff Admiral Jane Roe in "
          "Manila.",
          "Jane Roe", "Japan", "Maritime Self-Defense Force chief of staff");
    /* "received a delegation of U.S. lawmakers led by Senator A. The delegation, which also includes
     * Senators B and C, ...": the members told after are of the leader's side, not the dateline's */
    check("TAIPEI - President John Abbot on Thursday received a delegation of U.S. lawmakers led by Senator Jane Roe "
          "at the Presidential Office. The delegation, which also includes Senators Max Mustermann and Erika "
          "Svensson, is scheduled to meet Defense Minister Sam Smith on Friday.",
          "Max Mustermann", "United States", NULL);
    /* "A later met B separately to discuss preparations for the Gaza reconstruction conference in
     * Cairo": the place of what is prepared for makes no one Egyptian */
    check("President John Abbot hosted Palestinian President Jane Roe in Istanbul on Sunday. Foreign Minister Max "
          "Mustermann was also present. Roe later met Mustermann separately to discuss preparations for the Gaza "
          "reconstruction conference in Cairo.",
          "Max Mustermann", "Turkey", "Foreign Minister");
    /* "The Hamas delegation included senior officials A and B": members of a body's delegation are
     * of the body's country, not a pair of the two sides met before */
    check("Turkish Foreign Minister John Abbot met with Hamas political bureau chief Jane Roe in Istanbul on "
          "Saturday. The Hamas delegation included senior officials Max Mustermann and Erika Svensson.",
          "Max Mustermann", "Palestine", NULL);
    check("Turkish Foreign Minister John Abbot met with Hamas political bureau chief Jane Roe in Istanbul on "
          "Saturday. The Hamas delegation included senior officials Max Mustermann and Erika Svensson.",
          "Erika Svensson", "Palestine", NULL);
    /* "Downing Street said Starmer had not met the Chinese premier, Li Qiang, who is also in New
     * York": a meeting denied makes no host of New York; the seat that speaks of its leader gives
     * the country; "Trump was accompanied by the secretary of state, Marco Rubio": the suite's */
    check("John Abbot has met Max Mustermann at the UN general assembly in New York. Mustermann was accompanied by "
          "the secretary of state, Marco Rubio. Downing Street said Abbot had not met the Chinese premier, Jane Roe, "
          "who is also in New York.",
          "John Abbot", "United Kingdom", NULL);
    check("John Abbot has met Max Mustermann at the UN general assembly in New York. Mustermann was accompanied by "
          "the secretary of state, Marco Rubio. Downing Street said Abbot had not met the Chinese premier, Jane Roe, "
          "who is also in New York.",
          "Max Mustermann", "United States", NULL);
    /* "President X received the Governor of the Central Bank of Nigeria, Y, and the Minister of
     * Finance, Z, at the Presidential Villa, Abuja": a leader who meets only officials of the one
     * country named, in it, is of it (the country inside a body's name makes no foreign guest) */
    check("President John Abbot on Thursday received the Governor of the Central Bank of Nigeria, Jane Roe, and the "
          "Minister of Finance, Max Mustermann, at the Presidential Villa, Abuja.",
          "John Abbot", "Nigeria", "President");
    /* (a leader met is a visit's: "Prime Minister X met Indonesian President Y in Jakarta") */
    check_unknown("Prime Minister John Abbot met Indonesian President Jane Roe in Jakarta on Thursday.", "John Abbot", true);
    /* "A met Chinese Vice President B in Jakarta in April, and Foreign Minister X met her Chinese
     * counterpart Y in Beijing": X is the second clause's subject, no one met in Jakarta */
    check("OTTAWA - Canadian Prime Minister John Abbot will meet Chinese Premier Jane Roe later this year. Abbot met "
          "Chinese Vice President Max Mustermann in Jakarta in April, and Foreign Minister Erika Svensson met her "
          "Chinese counterpart Sam Smith in Beijing last month.",
          "Erika Svensson", "Canada", NULL);
    /* "The two leaders were joined by Minister X and his Angolan counterpart Y" after a meeting of
     * South Africa's and Angola's: X is of the side that is not Y's */
    check("South African President John Abbot hosted Angolan President Jane Roe in Pretoria on Friday for talks on "
          "the conflict in eastern Congo. The two leaders were joined by International Relations Minister Max "
          "Mustermann and his Angolan counterpart Erika Svensson.",
          "Max Mustermann", "South Africa", NULL);
    /* "Carney was joined by Foreign Affairs Minister X": a suite after "was joined by" is the
     * principal's, not of the country visited; a principal left without a country leaves it none */
    check("Prime Minister John Abbot met Mexican President Max Mustermann in Mexico City on Monday, as Canada "
          "seeks to diversify its trade away from the United States. The two leaders announced an action plan. "
          "Abbot was joined by Foreign Affairs Minister Jane Roe and International Trade Minister Tom Smith.",
          "Tom Smith", "Canada", "International Trade Minister");
    check_unknown("Prime Minister John Abbot met Mexican President Max Mustermann in Mexico City on Monday. Abbot was "
                  "joined by Foreign Affairs Minister Jane Roe.", "Jane Roe", true);
    /* "The prime minister was joined by the foreign secretary, A, and the national security
     * adviser, B": the story's first person, untitled, is the prime minister; both (lower-case
     * offices too) are of the prime minister's country, not the place's */
    check("John Abbot has met Max Mustermann at the UN general assembly in New York. The prime minister was joined "
          "by the foreign secretary, Jane Roe, and the national security adviser, Tom Smith. Downing Street said "
          "Abbot had raised trade.", "Tom Smith", "United Kingdom", "national security adviser");
    check("John Abbot has met Max Mustermann at the UN general assembly in New York. The prime minister was joined "
          "by the foreign secretary, Jane Roe, and the national security adviser, Tom Smith. Downing Street said "
          "Abbot had raised trade.", "Jane Roe", "United Kingdom", "foreign secretary");
    /* "met Indian Prime Minister B, who invited Prime Minister X to visit India": X is the object of
     * B's clause, met by no one in New Delhi, and the visitor (the publisher's here) */
    {
        test_doc t = test_extract_from("Foreign Minister John Abbot met Indian External Affairs Minister Max Mustermann "
                                       "in New Delhi on Tuesday. Abbot also met with Indian Prime Minister Tom Smith, "
                                       "who invited Prime Minister Jane Roe to visit India this year.",
                                       NULL, "The Jerusalem Post");
        assert_person_country(t.ex, "Jane Roe", "Israel");
        test_doc_free(&t);
    }
    check_unknown("NEW DELHI: Prime Minister John Abbot spoke on Monday about trade. Abbot invited Prime Minister "
                  "Jane Roe to visit India in the autumn.", "Jane Roe", true);
    /* "Foreign Minister A, who accompanied Abela, held talks with Italian Foreign Minister B": A is
     * of the country of whom A accompanies (the publisher's here), not of the one A meets */
    {
        test_doc t = test_extract_from("Prime Minister John Abbot met Italian Prime Minister Jane Roe at Palazzo Chigi in "
                                       "Rome on Monday to discuss migration. Abbot and Roe agreed to set up a joint task "
                                       "force. Foreign Minister Max Mustermann, who accompanied Abbot, held talks with "
                                       "Italian Foreign Minister Tom Smith.", NULL, "Times of Malta");
        assert_person_country(t.ex, "Max Mustermann", "Malta");
        test_doc_free(&t);
    }
    /* "the head of the EU Office in Kosovo, X": where an international body's office is ends the
     * title, and is not X's country */
    check("Acting Prime Minister John Abbot received the US Ambassador to Kosovo, Jane Roe, on Thursday. Abbot "
          "later met the head of the EU Office in Kosovo, Max Mustermann, who urged the parties to end the "
          "stalemate.", "Max Mustermann", NULL, "head of the EU Office in Kosovo");
    check_unknown("Acting Prime Minister John Abbot received the US Ambassador to Kosovo, Jane Roe, on Thursday. Abbot "
                  "later met the head of the EU Office in Kosovo, Max Mustermann, who urged the parties to end the "
                  "stalemate.", "Max Mustermann", true);
    check("Prime Minister John Abbot met the head of the EU delegation in Kosovo, Max Mustermann, on Monday.",
          "Max Mustermann", NULL, "head of the EU delegation in Kosovo");
    /* "Afghanistan's foreign ministry spokesman X": a body in lower case before the office is the
     * title's, and the possessive country before it the person's */
    check("The two sides discussed trade and transit, Afghanistan's foreign ministry spokesman John Abbot said.",
          "John Abbot", "Afghanistan", "foreign ministry spokesman");
    check("The two sides discussed trade, the Chinese defence ministry spokesperson John Abbot said.", "John Abbot",
          "China", "defence ministry spokesperson");
    /* "UN High Commissioner for Refugees X met ... X, a former president of Iraq, took office in
     * January": an international body's officer (the body's name is the office) keeps no country
     * of a former office */
    check_unknown("GENEVA - UN High Commissioner for Refugees John Abbot met Swiss Federal Councillor Jane Roe in "
                  "Bern on Monday. Abbot, a former president of Iraq, took office in January.", "John Abbot", true);
    /* "Prime Minister X met European Council President A and European Commission President B in
     * Brussels": whom X meets are international bodies' officers, and the city no one's home */
    check_unknown("Prime Minister John Abbot met with European Council President Jane Roe and European Commission "
                  "President Max Mustermann in Brussels on Wednesday. Abbot and Azerbaijani President Tom Smith are "
                  "expected to sign the peace treaty in Washington later this year.", "John Abbot", true);
    /* "A, who was accompanied by Ghana's High Commissioner B, delivered a message from President C to
     * President D": D, named after the clause's verb, is in no one's suite */
    check("ABUJA - The Minister of Foreign Affairs, John Abbot, on Monday met with the visiting Foreign Minister "
          "of Ghana, Jane Roe, in Abuja. Roe, who was accompanied by Ghana's High Commissioner to Nigeria, Max "
          "Mustermann, delivered a message from President Tom Smith to President Ann Lee.", "Ann Lee", "Nigeria", NULL);
    /* "Northern Ireland Secretary X": a secretary alone after a region is the country's minister for
     * it, the region the title's ("Northern Ireland First Minister X" keeps the region apart) */
    check("Taoiseach John Abbot met British Prime Minister Jane Roe on Friday. The two leaders were joined by "
          "Northern Ireland Secretary Max Mustermann.", "Max Mustermann", "United Kingdom", "Northern Ireland Secretary");
    /* "spoke with her Indian counterpart X, the Prime Minister's Office said": the speaker, no
     * apposition of X's */
    check("Prime Minister Jane Roe on Sunday spoke over the phone with her Indian counterpart John Abbot, the Prime "
          "Minister's Office said.", "John Abbot", "India", "Prime Minister");
    /* "A travelled to Kyiv, accompanied by B. They were received by Ukraine's Foreign Minister C
     * before meeting President D": D is of the place visited (the country owning C's title is no
     * place of the sentence's own) */
    check("Commission President Jane Roe travelled to Kyiv on Tuesday to mark the anniversary of Russia's invasion, "
          "accompanied by Council President Ann Lee. They were received at the station by Ukraine's Foreign Minister "
          "Max Mustermann before meeting President John Abbot.", "John Abbot", "Ukraine", "President");
    /* "Kenya and Ethiopia agreed ... after talks between President A and Prime Minister B in Addis
     * Ababa ... B hosted Somalia's President C": of the countries with a prime minister, the one
     * B's first sentence names */
    check("Kenya and Ethiopia have agreed to fast-track the corridor after talks between President John Abbot "
          "and Prime Minister Jane Roe in Addis Ababa on Thursday. The visit comes a month after Roe hosted "
          "Somalia's President Ann Lee.", "Jane Roe", "Ethiopia", "Prime Minister");
    /* "Fidan's delegation included intelligence chief A": A is in the suite of the one whose
     * delegation it is (no host's delegation: A is of that one's country, not of the place's) */
    {
        test_doc t = test_extract_from("Foreign Minister John Abbot met with Hamas officials in Doha on July 6. The "
                                       "meeting came a day after Abbot held talks with his Qatari counterpart Jane Roe, "
                                       "who is also the prime minister. Abbot's delegation included intelligence chief "
                                       "Max Mustermann.", NULL, "Hürriyet Daily News");
        assert_person_country(t.ex, "John Abbot", "Turkey");
        assert_person_country(t.ex, "Max Mustermann", "Turkey");
        test_doc_free(&t);
    }
    /* "The Taoiseach A has met US President B at the White House ... Earlier, he met Vice President
     * C": the seat places the story in Washington, and whom the visitor meets there is of its
     * country, not of the Irish publisher's */
    {
        test_doc t = test_extract_from("The Taoiseach John Abbot has met US President Jane Roe at the White House for "
                                       "the traditional engagement. Mr Abbot presented the president with a bowl of "
                                       "shamrock during a ceremony on Tuesday evening. Earlier, he met Vice President "
                                       "Max Mustermann for breakfast at the vice president's residence.",
                                       NULL, "RTÉ");
        assert_person_country(t.ex, "John Abbot", "Ireland");
        assert_person_country(t.ex, "Max Mustermann", "United States");
        test_doc_free(&t);
    }
    /* "A has held talks with his Burkinabe counterpart, Captain B ... The President, who was
     * accompanied by the Minister for Foreign Affairs, X": the President is not B, called only a
     * counterpart; X goes with A */
    check("ACCRA - President John Abbot has held bilateral talks with his Burkinabe counterpart, Captain Jane Roe, "
          "in Ouagadougou. The President, who was accompanied by the Minister for Foreign Affairs, Max Mustermann, "
          "later travelled to Niamey for talks with General Tom Smith.", "Max Mustermann", "Ghana", NULL);
    /* "The head of the U.N. nuclear watchdog, X": a body named by its head noun after one word in
     * lower case ends the office; an international body's officer is of no country here */
    check("VIENNA - The head of the U.N. nuclear watchdog, Jane Roe, met Foreign Minister John Abbot in Tehran on "
          "Tuesday.", "Jane Roe", NULL, "head of the U.N. nuclear watchdog");
    check_unknown("VIENNA - The head of the U.N. nuclear watchdog, Jane Roe, met Foreign Minister John Abbot in Tehran "
                  "on Tuesday.", "Jane Roe", true);
    /* "A also called on President B at the Kremlin, along with ambassador C": C is A's companion,
     * of A's country, not of the place's */
    check("Indian External Affairs Minister John Abbot met his Russian counterpart Jane Roe in Moscow. Abbot also "
          "called on President Tom Smith at the Kremlin, along with ambassador Max Mustermann.", "Max Mustermann", "India",
          NULL);
    /* ... and "The prime minister also met ... the Indian prime minister, B": the office is the
     * untitled subject's, B named after it */
    check("John Abbot has held talks with the Chinese premier, Jane Roe, at the G20 summit in Johannesburg. "
          "The prime minister also met the South African president, Max Mustermann, and the Indian prime minister, "
          "Erika Svensson.",
          "John Abbot", NULL, "prime minister");
    /* "X, who accompanied the president, signed a memorandum with his Danish counterpart Y": the
     * one accompanied is the president, not Y */
    check("Ukrainian President John Abbot met Danish Prime Minister Jane Roe in Aarhus on June 29. Defense Minister Max "
          "Mustermann, who accompanied the president, signed a memorandum with his Danish counterpart Erika Svensson.",
          "Max Mustermann", "Ukraine", NULL);
    /* "Johor Menteri Besar Datuk X": a Malaysian state's chief minister */
    check("Yesterday, John Abbot met Johor Menteri Besar Datuk Jane Roe in Johor Bahru.", "Jane Roe", "Malaysia",
          "Menteri Besar");
    /* "the UN Special Rapporteur on human rights in North Korea, X": what the office is on, and
     * where, is its title's (and no country of X's) */
    check("Unification Minister John Abbot met with the UN Special Rapporteur on human rights in North Korea, Jane "
          "Roe, in Seoul on Thursday.",
          "Jane Roe", NULL, "UN Special Rapporteur on human rights in North Korea");
    check_unknown("Unification Minister John Abbot met with the UN Special Rapporteur on human rights in North Korea, "
                  "Jane Roe, in Seoul on Thursday.",
                  "Jane Roe", true);
    /* "Foreign Ministers A and B also held a separate meeting" after the leaders' meeting told
     * three sentences before, not after a pair met "a day after" */
    check("The President of Azerbaijan John Abbot and Armenian Prime Minister Jane Roe held a bilateral meeting in Abu "
          "Dhabi on July 8. The two leaders discussed the draft peace treaty. The talks took place a day after Roe met "
          "UAE President Max Mustermann. Foreign Ministers Erika Svensson and Tom Tailor also held a separate meeting.",
          "Tom Tailor", "Armenia", NULL);
    /* "Prime Minister A received Lao Prime Minister B, who accompanied C on the visit": B's
     * relative clause says nothing of whom A accompanies */
    check("General Secretary of the Communist Party of Vietnam John Abbot held talks with President of Laos Jane Roe in "
          "Hanoi on September 8. Earlier "
          "the same day, Prime Minister Max Mustermann received Lao Prime Minister Erika Svensson, who accompanied Roe "
          "on the visit.",
          "Max Mustermann", "Vietnam", NULL);
    /* "met with Ambassador of Germany A to discuss preparations for the visit of Federal
     * President B": the visitor is of the envoy's country */
    check("Foreign Minister John Abbot met with Ambassador of Germany to Kazakhstan Jane Roe to discuss preparations for "
          "the visit of Federal President Max Mustermann.",
          "Max Mustermann", "Germany", NULL);
    /* "Foreign ministers A, B and C also met" after the three leaders of three countries: each of
     * the leader's country in that order */
    check("President John Abbot of Turkey received Azerbaijani President Jane Roe and Pakistani Prime Minister Max "
          "Mustermann for a trilateral summit in Istanbul. Foreign ministers Erika Svensson, Tom Tailor and Ann Lee "
          "also met ahead of the summit.",
          "Ann Lee", "Pakistan", NULL);
    check("President John Abbot of Turkey received Azerbaijani President Jane Roe and Pakistani Prime Minister Max "
          "Mustermann for a trilateral summit in Istanbul. Foreign ministers Erika Svensson, Tom Tailor and Ann Lee "
          "also met ahead of the summit.",
          "Tom Tailor", "Azerbaijan", NULL);
    /* "his Israeli counterpart Israel Katz": a country's name as a given name after "counterpart"
     * or an office */
    check("Defense Secretary John Abbot hosted his Israeli counterpart Israel Katz at the Pentagon on Monday.", "Israel Katz",
          "Israel", NULL);
    /* "the Minister of State for External Affairs, X": India's */
    check("Foreign Secretary John Abbot met Indian External Affairs Minister Jane Roe in London. The Foreign Secretary "
          "also met the Minister of State for External Affairs, Max Mustermann, later in the day.",
          "Max Mustermann", "India", "Minister of State for External Affairs");
    /* "A's delegation also included Senators B and C": C shares B's country */
    check("RIYADH - Foreign Minister John Abbot held talks in Riyadh on Thursday with a delegation from the US Congress led "
          "by Senator Jane Roe. Roe's delegation also included Senators Max Mustermann and Erika Svensson.",
          "Erika Svensson", "United States", NULL);
    /* "Secretary of National Defense B of the Republic of the Philippines at the Ministry of
     * Defense": a country said after the name, a word in lower case after it */
    check("Minister of Defense John Abbot of Japan held a meeting with Secretary of National Defense Jane Roe Jr. of the "
          "Republic of the Philippines at the Ministry of Defense.",
          "Jane Roe Jr.", "Philippines", "Secretary of National Defense");
    /* "..., a day after she held talks with President X at the White House": whom one of another
     * country meets at a seat of government is of the seat's country (not the Rome dateline's) */
    check("ROME, April 23 (Reuters) - Italian Prime Minister John Abbot met U.S. Vice President Jane Roe in Rome on "
          "Friday, a day after she held talks with President Max Mustermann at the White House.",
          "Max Mustermann", "United States", NULL);
    /* "U.S. Secretary of State A and national security adviser B met Ukrainian officials": B is
     * of A's side (a title in lower case with a domain's word; people of another country met
     * unnamed) */
    check("JEDDAH, March 9 (Reuters) - U.S. Secretary of State John Abbot and national security adviser Jane Roe met "
          "Ukrainian officials in Jeddah on Tuesday.",
          "Jane Roe", "United States", NULL);
    /* "led by Senator A and Senator B": both lead the country's group */
    check("KYIV (Ukrinform) - President John Abbot met a delegation of the U.S. Senate led by Senator Jane Roe and "
          "Senator Max Mustermann in Kyiv on Friday.", "Max Mustermann", "United States", "Senator");
    /* the one country of a later sentence is not that of the person's counterpart */
    check("JAKARTA (ANTARA) - Defense Minister John Abbot and his Australian counterpart Jane Roe signed a pact on "
          "Thursday.\n\nAbbot is scheduled to visit the Royal Australian Navy base in Darwin on Friday.",
          "John Abbot", "Indonesia", "Defense Minister");
}

/* "along with the Egyptian Defence Attache": whom someone is with is someone else, not the one
 * Egyptian named before with a rank only */
static void test_definite_role_with_someone(void **state)
{
    (void)state;
    test_doc t = test_extract("NEW DELHI (PTI) The Egyptian contingent is led by Brigadier General John Abbot. Vice Chief "
                              "of the Army Staff Lt Gen Jane Roe attended the opening ceremony along with the Egyptian "
                              "Defence Attache.", NULL);
    const parley_entity *en = find_ent(t.ex, PARLEY_ENTITY_PERSON, "John Abbot");
    assert_non_null(en);
    assert_string_equal(en->country, "Egypt");
    assert_true(en->title == NULL || strstr(en->title, "Attache") == NULL);
    test_doc_free(&t);
}

static void test_general_intelligence_office(void **state)
{
    (void)state;
    /* "head of General Intelligence X": the service's name, no rank "General" */
    check("Egypt's President John Abbot met Jane Roe in Cairo. The meeting was attended by head of General Intelligence "
          "Max Mustermann.", "Max Mustermann", "Egypt", "head of General Intelligence");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_field_at_body), cmocka_unit_test(test_hyphenated_office), cmocka_unit_test(test_office_body_after_comma_and_bracketed_rank), cmocka_unit_test(test_adjective_titles), cmocka_unit_test(test_of_titles),
        cmocka_unit_test(test_apposition), cmocka_unit_test(test_counterpart),
        cmocka_unit_test(test_bracketed_acronym), cmocka_unit_test(test_organisation_before_title), cmocka_unit_test(test_unknown_body), cmocka_unit_test(test_bodies_in_titles), cmocka_unit_test(test_counterpart_ranks), cmocka_unit_test(test_honorific_after_office), cmocka_unit_test(test_interim), cmocka_unit_test(test_the_honourable_and_plural_office), cmocka_unit_test(test_possessive_country_inside_title), cmocka_unit_test(test_membership_then_office), cmocka_unit_test(test_portfolio_lists), cmocka_unit_test(test_peoples_leader_and_country_inside_body),
        cmocka_unit_test(test_given_name_office_patronymic_according_to),
        cmocka_unit_test(test_city_division_and_press_secretary),
        cmocka_unit_test(test_general_intelligence_office), cmocka_unit_test(test_office_of_common_noun_body), cmocka_unit_test(test_counterpart_in_apposition), cmocka_unit_test(test_second_office_after_counterpart), cmocka_unit_test(test_office_of_listed_countries), cmocka_unit_test(test_native_office_counterpart_and_speaker), cmocka_unit_test(test_two_offices_by_a_dash), cmocka_unit_test(test_retired_mark_before_apposition), cmocka_unit_test(test_counterpart_of_a_federal_minister), cmocka_unit_test(test_treasurer), cmocka_unit_test(test_more_offices), cmocka_unit_test(test_given_name_after_long_country), cmocka_unit_test(test_stop_word_given_name_after_office_of_country), cmocka_unit_test(test_leader_meeting_a_leader_said_of_a_country), cmocka_unit_test(test_journey_home), cmocka_unit_test(test_guest_of_a_country), cmocka_unit_test(test_the_king_and_queen), cmocka_unit_test(test_body_words_before_an_office), cmocka_unit_test(test_co_object_of_an_unnamed_subject), cmocka_unit_test(test_country_of_trade), cmocka_unit_test(test_passive_host_and_presence), cmocka_unit_test(test_demonym_body_office), cmocka_unit_test(test_envoy_for_a_country), cmocka_unit_test(test_owners_high_representative), cmocka_unit_test(test_city_office_in_apposition_and_hh), cmocka_unit_test(test_sender_after_a_participle), cmocka_unit_test(test_brought_along), cmocka_unit_test(test_partner_with_named_before), cmocka_unit_test(test_journey_from_country), cmocka_unit_test(test_outlet_line_publisher), cmocka_unit_test(test_side_after_list), cmocka_unit_test(test_office_of_several_countries), cmocka_unit_test(test_royal_guess_monarchy), cmocka_unit_test(test_accompanied_on_the_trip), cmocka_unit_test(test_druk_gyalpo), cmocka_unit_test(test_domain_list_before_office), cmocka_unit_test(test_office_of_his_majesty), cmocka_unit_test(test_envoy_titles_city_and_topic), cmocka_unit_test(test_apposition_country_and_acronym_body), cmocka_unit_test(test_office_lacking_and_second_leader), cmocka_unit_test(test_definite_role_with_someone),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
