/* Role attribution: title phrases around a person's name. */
#include "extraction.h"
#include "error.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

/* Compass words that open a region's name ("South and Central Asia", "East and Southern
 * Africa"). */
static const char *const compass_words[] = {"north", "south", "east", "west", "central", "northern", "southern",
                                            "eastern", "western", "northeast", "northwest", "southeast", "southwest",
                                            NULL};

static inline size_t longer(size_t a, size_t b) { return a > b ? a : b; }

static inline bool tok_word(const parley_extraction *ex, size_t i, const char *w)
{
    return parley_text_tok_is_ci(&ex->text, i, w);
}

static bool is_cap(const parley_extraction *ex, size_t i)
{
    return (ex->text.tokens[i].flags & PARLEY_TOK_CAP) != 0;
}

/* The length of a body's words in lower case at token j right before an office ("foreign
 * ministry" in "foreign ministry spokesman"): up to two domains and a body's head word; 0 when
 * none. O(1 lookups). */
static size_t lower_body_before_office(const parley_extraction *ex, size_t j, size_t end)
{
    size_t q = j, l;
    while (q < end && q < j + 2 && !is_cap(ex, q) && (l = parley_match(ex, q, PARLEY_LEX_DOMAIN, NULL)) == 1)
        q++;
    if (q == j || q + 1 >= end || is_cap(ex, q) || parley_match(ex, q, PARLEY_LEX_ORGHEAD, NULL) != 1 ||
        !parley_match(ex, q + 1, PARLEY_LEX_OFFICE, NULL))
        return 0;
    return q + 1 - j;
}

/* The length of a body's head noun in lower case at token j, alone or after one lower-case word
 * ("agency", "nuclear watchdog"), or 0. O(1 lookups). */
static size_t body_noun_at(const parley_extraction *ex, size_t j, size_t end)
{
    size_t l = parley_match(ex, j, PARLEY_LEX_ORGHEAD, NULL);
    if (l)
        return l;
    static const char *const joins[] = {"of", "and", "for", "in", "on", "to", "the", "at", "with", NULL};
    if (j + 1 >= end || ex->text.tokens[j].kind != PARLEY_TOK_WORD || is_cap(ex, j) || is_cap(ex, j + 1) ||
        parley_text_tok_in_ci(&ex->text, j, joins))
        return 0;
    l = parley_match(ex, j + 1, PARLEY_LEX_ORGHEAD, NULL);
    return l ? l + 1 : 0;
}

/* The length of a city, country or region at token q that ends at token end ("Kosovo" before the
 * name in "... in Kosovo, X"), or 0. O(3 lookups). */
static size_t place_to_end(const parley_extraction *ex, size_t q, size_t end)
{
    static const int kinds[] = {PARLEY_LEX_CITY, PARLEY_LEX_COUNTRY, PARLEY_LEX_REGION};
    for (size_t k = 0; q < end && k < 3; k++) {
        size_t l = parley_match(ex, q, kinds[k], NULL);
        if (l && q + l == end)
            return l;
    }
    return 0;
}

/* Do "in" and a place at token j end at token end ("... delegation in Kosovo, X")? */
static bool place_ends_at(const parley_extraction *ex, size_t j, size_t end)
{
    return j + 1 < end && tok_word(ex, j, "in") && place_to_end(ex, j + 1, end);
}

/* Does a person found already hold one of tokens [b, e)? ("Foreign Minister of Lithuania Gabrielius
 * Landsbergis, Trend reports": no title of a body called Gabrielius Landsbergis.) O(mentions). */
static bool person_within(const parley_extraction *ex, size_t b, size_t e)
{
    for (size_t m = 0; m < ex->n_mentions; m++) {
        const parley_mention *pm = &ex->mentions[m];
        if (pm->type == PARLEY_ENTITY_PERSON && pm->tb < e && pm->te > b)
            return true;
    }
    return false;
}

static bool tok_punct_is(const parley_extraction *ex, size_t i, char c)
{
    return ex->text.tokens[i].kind == PARLEY_TOK_PUNCT && ex->text.text[ex->text.tokens[i].start] == c;
}

static bool is_counterpart(const parley_extraction *ex, size_t i)
{
    return tok_word(ex, i, "counterpart") || tok_word(ex, i, "counterparts") || tok_word(ex, i, "colleague") ||
           tok_word(ex, i, "colleagues") || tok_word(ex, i, "peer");
}

/* Does a title word (office, domain, modifier, orghead, country) start at i? */
/* Is there "of the" between token b and token j, the words between capitalised ("Chairman of the
 * State Security and ...")? O(j - b). */
static bool of_the_before(const parley_extraction *ex, size_t b, size_t j)
{
    for (size_t q = j; q-- > b + 1;) {
        if (tok_word(ex, q, "the") && tok_word(ex, q - 1, "of"))
            return true;
        if (!is_cap(ex, q))
            return false;
    }
    return false;
}

static size_t titleish(const parley_extraction *ex, size_t i, size_t end)
{
    if (i >= end)
        return 0;
    size_t l;
    if ((l = parley_match(ex, i, PARLEY_LEX_OFFICE, NULL)) && i + l <= end) return l;
    if ((l = parley_match(ex, i, PARLEY_LEX_DOMAIN, NULL)) && i + l <= end) return l;
    if ((l = parley_match(ex, i, PARLEY_LEX_MODIFIER, NULL)) && i + l <= end) return l;
    if ((l = parley_match(ex, i, PARLEY_LEX_COUNTRY, NULL)) && i + l <= end) return l;
    if (is_cap(ex, i) && (l = parley_match(ex, i, PARLEY_LEX_ORGHEAD, NULL)) && i + l <= end) return l;
    if (is_cap(ex, i) && (l = parley_match(ex, i, PARLEY_LEX_ORG, NULL)) && i + l <= end) return l;
    if ((l = parley_match(ex, i, PARLEY_LEX_REGION, NULL)) && i + l <= end) return l;
    return 0;
}

/* A demonym at i, then up to three words in lower case, the last a body's head ("Ukrainian
 * presidential office", "Turkish foreign ministry"): its length in tokens, the demonym's entry in
 * *de; 0 when none. */
static size_t demonym_body(const parley_extraction *ex, size_t i, size_t end, const parley_lex_entry **de)
{
    size_t dl = i < end ? parley_match(ex, i, PARLEY_LEX_DEMONYM, de) : 0;
    if (!dl)
        return 0;
    /* "National Leader of the Turkmen people X" */
    if (i + dl < end && (tok_word(ex, i + dl, "people") || tok_word(ex, i + dl, "nation")))
        return dl + 1;
    for (size_t q = i + dl; q < end && q < i + dl + 3; q++) {
        if (ex->text.tokens[q].kind != PARLEY_TOK_WORD || is_cap(ex, q))
            return 0;
        if (parley_match(ex, q, PARLEY_LEX_ORGHEAD, NULL) == 1)
            return q + 1 - i;
    }
    return 0;
}

/* Does a body's name of capitalised words at i end a phrase: up to five words, the last its head
 * ("Forces"), then a comma, a period or the end ("Commander Royal Saudi Land Forces,")? */
static bool body_ends_phrase(const parley_extraction *ex, size_t i, size_t end)
{
    for (size_t j = i; j < end && j < i + 5 && is_cap(ex, j) && ex->text.tokens[j].kind == PARLEY_TOK_WORD; j++) {
        if (parley_match(ex, j, PARLEY_LEX_OFFICE, NULL) || parley_match(ex, j, PARLEY_LEX_RANK, NULL) ||
            parley_match(ex, j, PARLEY_LEX_HONORIFIC, NULL) || (j == i && parley_match(ex, j, PARLEY_LEX_COUNTRY, NULL)))
            return false;
        size_t l = parley_match(ex, j, PARLEY_LEX_ORGHEAD, NULL);
        if (l && j > i && (j + l >= end || tok_punct_is(ex, j + l, ',') || tok_punct_is(ex, j + l, '.')))
            return true;
    }
    return false;
}

/* Inside an "of ..." segment, a capitalised unknown word may stand before an organisation
 * head ("of the Central Department"); one to three of them may also name a body of their own
 * when the title ends with them or goes on with the body's country ("Chairperson of the Milli
 * Majlis of Azerbaijan"). Returns how many such words there are, or 0. */
/* "International Relations and Strategy at the Ministry of the Armed Forces": capitalised words
 * from token k (and "and" between them) before "at the" and a body; where they end, or 0. */
static size_t field_at_body(const parley_extraction *ex, size_t k, size_t end)
{
    size_t q = k;
    while (q < end && q < k + 6 &&
           ((ex->text.tokens[q].kind == PARLEY_TOK_WORD && is_cap(ex, q) && !parley_match(ex, q, PARLEY_LEX_RANK, NULL) &&
             !parley_match(ex, q, PARLEY_LEX_HONORIFIC, NULL) && !parley_match(ex, q, PARLEY_LEX_OFFICE, NULL)) ||
            (q > k && tok_word(ex, q, "and"))))
        q++;
    if (q > k && q + 2 < end && tok_word(ex, q, "at") && tok_word(ex, q + 1, "the") && is_cap(ex, q + 2) &&
        (parley_match(ex, q + 2, PARLEY_LEX_ORGHEAD, NULL) || parley_match(ex, q + 2, PARLEY_LEX_ORG, NULL)) &&
        !tok_word(ex, q - 1, "and"))
        return q;
    return 0;
}

static size_t cap_run_to_head(const parley_extraction *ex, size_t i, size_t end)
{
    size_t j = i, limit = i + 3;
    while (j < end && j < limit && is_cap(ex, j) && ex->text.tokens[j].kind == PARLEY_TOK_WORD) {
        if (parley_match(ex, j, PARLEY_LEX_ORGHEAD, NULL) || parley_match(ex, j, PARLEY_LEX_DOMAIN, NULL))
            return j - i;
        /* a country's name inside, before more of the name ("the Royal Bahrain Naval Force") */
        size_t cl = j > i ? parley_match(ex, j, PARLEY_LEX_COUNTRY, NULL) : 0;
        if (cl && j + cl < end && is_cap(ex, j + cl) && ex->text.tokens[j + cl].kind == PARLEY_TOK_WORD &&
            !parley_match(ex, j + cl, PARLEY_LEX_OFFICE, NULL) && !parley_match(ex, j + cl, PARLEY_LEX_RANK, NULL)) {
            j += cl;
            limit += cl;
            continue;
        }
        /* ... and so a city's of several words ("the Ho Chi Minh City Party Committee") */
        size_t tl = parley_match(ex, j, PARLEY_LEX_CITY, NULL);
        if (tl > 1 && j + tl < end && is_cap(ex, j + tl) && ex->text.tokens[j + tl].kind == PARLEY_TOK_WORD &&
            !parley_match(ex, j + tl, PARLEY_LEX_OFFICE, NULL) && !parley_match(ex, j + tl, PARLEY_LEX_RANK, NULL)) {
            j += tl;
            limit += tl;
            continue;
        }
        if (parley_match(ex, j, PARLEY_LEX_COUNTRY, NULL) || parley_match(ex, j, PARLEY_LEX_OFFICE, NULL) ||
            (parley_match(ex, j, PARLEY_LEX_RANK, NULL) && !(j == i && parley_rank_opens_body(ex, j, end))) ||
            parley_match(ex, j, PARLEY_LEX_HONORIFIC, NULL))
            return 0;
        /* a possessive inside the name ("the People's Liberation Army Ground Force") */
        if (j + 2 < end && parley_text_tok_poss(&ex->text, j + 1) && is_cap(ex, j + 2)) {
            j += 2;
            limit += 2;
            continue;
        }
        /* a word glued by a hyphen to the next ("Indo-Pacific Command") */
        if (j + 2 < end && tok_punct_is(ex, j + 1, '-') && !(ex->text.tokens[j + 1].flags & PARLEY_TOK_SPACE) &&
            !(ex->text.tokens[j + 2].flags & PARLEY_TOK_SPACE) && is_cap(ex, j + 2)) {
            j += 2;
            limit += 2;
            continue;
        }
        j++;
    }
    if (j == i || (j < end && is_cap(ex, j) && ex->text.tokens[j].kind == PARLEY_TOK_WORD))
        return 0;
    if (j == end)
        return j - i;
    size_t k = j + 1 < end && tok_word(ex, j, "of") ? j + 1 : end;
    if (k < end && tok_word(ex, k, "the"))
        k++;
    return k < end && parley_match(ex, k, PARLEY_LEX_COUNTRY, NULL) ? j - i : 0;
}

/* Does a body's name follow a city's at i, ending by end: one to three capitalised words, the
 * last a body's head word ("Party Committee", "City Council")? */
static bool body_after_city(const parley_extraction *ex, size_t i, size_t end)
{
    for (size_t q = i; q < end && q < i + 3 && is_cap(ex, q) && ex->text.tokens[q].kind == PARLEY_TOK_WORD; q++)
        if (parley_match(ex, q, PARLEY_LEX_ORGHEAD, NULL) == 1 && (q + 1 >= end || !is_cap(ex, q + 1) ||
                                                                    parley_match(ex, q + 1, PARLEY_LEX_ORGHEAD, NULL) != 1))
            return true;
    return false;
}

enum { INC = 1, SKIP = 2 };

/* An item of a list of domains at token i: one to three capitalised words ending in a domain
 * ("Cooperation", "African Cooperation") or an organisation ("European Union"); its length, or
 * 0. */
static size_t domain_item(const parley_extraction *ex, size_t i, size_t end)
{
    for (size_t q = i; q < end && q < i + 3; q++) {
        if (ex->text.tokens[q].kind != PARLEY_TOK_WORD || !is_cap(ex, q))
            return 0;
        size_t l = parley_match(ex, q, PARLEY_LEX_DOMAIN, NULL);
        if (!l)
            l = parley_match(ex, q, PARLEY_LEX_ORG, NULL);
        if (l && q + l <= end)
            return q + l - i;
    }
    return 0;
}

/* Is there a "for" of the title among the six tokens before j ("Secretary of Defense for Russia,
 * Ukraine and Eurasia"): the places an office is for? */
static bool for_before(const parley_extraction *ex, const uint8_t *mark, size_t start, size_t j)
{
    for (size_t q = j; q-- > start && q + 7 > j;)
        if (tok_word(ex, q, "for") && mark[q - start] == INC)
            return true;
    return false;
}

/* Is token i a word for a country's division that may follow a city's name ("Almaty region",
 * "Kherson Oblast", "Lagos State")? */
static bool division_word(const parley_extraction *ex, size_t i)
{
    static const char *const words[] = {"region", "oblast", "province", "governorate", "district", "county", "state",
                                        "prefecture", "municipality", "city", "territory", "krai", "oblys", "viloyati",
                                        NULL};
    return ex->text.tokens[i].kind == PARLEY_TOK_WORD && parley_text_tok_in_ci(&ex->text, i, words);
}

/* Capitalised words joined by "and" before a domain's word they share at i ("for European and
 * Eurasian Affairs", "for South and Central Asian Affairs", "for Near Eastern and North African
 * Affairs"): one or two words each side, ending by end; its length in tokens, or 0. O(1). */
static size_t shared_domain(const parley_extraction *ex, size_t i, size_t end)
{
    size_t q = i;
    for (int k = 0; k < 2 && q < end && is_cap(ex, q) && ex->text.tokens[q].kind == PARLEY_TOK_WORD && !tok_word(ex, q, "and"); k++)
        q++;
    if (q == i || q >= end || !tok_word(ex, q, "and"))
        return 0;
    size_t b = ++q;
    for (int k = 0; k < 3 && q < end && is_cap(ex, q) && ex->text.tokens[q].kind == PARLEY_TOK_WORD; k++, q++)
        if (q > b && parley_match(ex, q, PARLEY_LEX_DOMAIN, NULL) == 1)
            return q + 1 - i;
    return 0;
}

/* A compass word and a region that share the region's noun, at i and ending by end ("South and
 * Central Asia", "East and Southern Africa"): its length in tokens, or 0. O(k). */
static size_t compass_region_pair(const parley_extraction *ex, size_t i, size_t end)
{
    if (i + 3 > end || !is_cap(ex, i) || !parley_text_tok_in_ci(&ex->text, i, compass_words) || !tok_word(ex, i + 1, "and") ||
        !parley_text_tok_in_ci(&ex->text, i + 2, compass_words))
        return 0;
    size_t l = parley_match(ex, i + 2, PARLEY_LEX_REGION, NULL);
    return l && i + 2 + l <= end ? 2 + l : 0;
}

/* What an office is on, from token i to end: a demonym or a country's name, if any, then one to
 * four words in lower case ("North Korean human rights", "climate change"); its length, or 0. */
static size_t topic_run(const parley_extraction *ex, size_t i, size_t end)
{
    size_t q = i, l;
    /* (the longest of a region, a demonym, a country: "Korean Peninsula peace and security affairs") */
    size_t lr = q < end ? parley_match(ex, q, PARLEY_LEX_REGION, NULL) : 0;
    if (q < end && ((l = parley_match(ex, q, PARLEY_LEX_DEMONYM, NULL)) || (l = parley_match(ex, q, PARLEY_LEX_COUNTRY, NULL)) || lr))
        q += lr > l ? lr : l;
    size_t w = q;
    while (q < end && q < w + 5 && ex->text.tokens[q].kind == PARLEY_TOK_WORD && !is_cap(ex, q))
        q++;
    return q > w && (q == end || tok_punct_is(ex, q, ',')) ? q - i : 0;
}

/* A topic in a place at i ("the crisis in Georgia", "the peace process in the Sahel"), ending at
 * end: an article, one to three words in lower case, "in" and a country, region or city. Its
 * length in tokens, or 0. */
static size_t topic_in_place(const parley_extraction *ex, size_t i, size_t end)
{
    size_t q = i, l;
    if (q < end && tok_word(ex, q, "the"))
        q++;
    size_t w = q;
    while (q < end && q < w + 3 && ex->text.tokens[q].kind == PARLEY_TOK_WORD && !is_cap(ex, q) && !tok_word(ex, q, "in"))
        q++;
    if (q == w || q + 1 >= end || !tok_word(ex, q, "in"))
        return 0;
    q++;
    if (tok_word(ex, q, "the"))
        q++;
    if (q < end && ((l = parley_match(ex, q, PARLEY_LEX_COUNTRY, NULL)) || (l = parley_match(ex, q, PARLEY_LEX_REGION, NULL)) ||
                    (l = parley_match(ex, q, PARLEY_LEX_CITY, NULL))) &&
        q + l == end)
        return end - i;
    return 0;
}

/* Does an envoy's office word stand in tokens [b, e) ("Ambassador", "Consul General", "High
 * Commissioner", "envoy", "Head of the EU Delegation", "head of mission")? */
static bool envoy_before(const parley_extraction *ex, size_t b, size_t e)
{
    static const char *const envoys[] = {"ambassador", "consul", "commissioner", "envoy", "representative",
                                         "chargé", "charge", "delegation", "mission", "rapporteur", NULL};
    for (size_t q = b; q < e; q++)
        if (parley_text_tok_in_ci(&ex->text, q, envoys))
            return true;
    return false;
}

/* A city named with its division at i ("Almaty region", "Kherson Oblast"), ending by end: its
 * length in tokens, or 0. */
static size_t city_division(const parley_extraction *ex, size_t i, size_t end)
{
    if (!is_cap(ex, i))
        return 0;
    size_t l = parley_match(ex, i, PARLEY_LEX_CITY, NULL);
    if (l)
        return i + l < end && division_word(ex, i + l) ? l + 1 : 0;
    /* (a name the lexicon does not know, before a capitalised division: "the Leningrad Oblast") */
    for (l = 1; l <= 2 && i + l < end && is_cap(ex, i + l - 1) && ex->text.tokens[i + l - 1].kind == PARLEY_TOK_WORD; l++)
        if (is_cap(ex, i + l) && division_word(ex, i + l) && i + l + 1 <= end)
            return l + 1;
    return 0;
}

/* A demonym and an office right after it, ending by end ("Brazilian President")? */
static bool demonym_office(const parley_extraction *ex, size_t k, size_t end)
{
    size_t dl = parley_match(ex, k, PARLEY_LEX_DEMONYM, NULL);
    return dl && k + dl < end && parley_match(ex, k + dl, PARLEY_LEX_OFFICE, NULL);
}

/* Does a capitalised word stand right before token i (the capitalised words from i are the end of
 * a longer run: "Rwanda | Defence Force (RDF) Chief of Defence Staff")? O(1). */
static bool run_goes_on_before(const parley_extraction *ex, size_t i)
{
    return i > 0 && ex->text.tokens[i - 1].kind == PARLEY_TOK_WORD && is_cap(ex, i - 1);
}

/* One or two capitalised words at i that no lexicon knows, before a body's capitalised head word
 * and an office, all before end ("National | Assembly Chairman"): how many, or 0. O(1). */
static size_t body_prefix(const parley_extraction *ex, size_t i, size_t end)
{
    /* (a body of the lexicon says more: "European Commission President"; so does a city, but not
     * a small town's name, "Central Bank Governor") */
    const parley_lex_entry *ce = NULL;
    if (parley_match(ex, i, PARLEY_LEX_ORG, NULL) || parley_match(ex, i, PARLEY_LEX_INTERNATIONAL, NULL) ||
        parley_match(ex, i, PARLEY_LEX_REGION, NULL) ||
        (parley_match(ex, i, PARLEY_LEX_CITY, &ce) && (!ce || ce->population >= PARLEY_LARGE_CITY)))
        return 0;
    /* "Chamber of Deputies President X": a head word, "of" and one or two capitalised words */
    if (i + 3 < end && is_cap(ex, i) && parley_match(ex, i, PARLEY_LEX_ORGHEAD, NULL) == 1 &&
        !parley_match(ex, i, PARLEY_LEX_OFFICE, NULL) && tok_word(ex, i + 1, "of"))
        for (size_t n = 1; n <= 2 && i + 2 + n < end; n++) {
            size_t w = i + 1 + n;
            if (ex->text.tokens[w].kind != PARLEY_TOK_WORD || !is_cap(ex, w) || parley_match(ex, w, PARLEY_LEX_OFFICE, NULL) ||
                parley_match(ex, w, PARLEY_LEX_COUNTRY, NULL))
                break;
            size_t ol = parley_match(ex, w + 1, PARLEY_LEX_OFFICE, NULL);
            if (ol && w + 1 + ol <= end)
                return 2 + n;
        }
    for (size_t n = 1; n <= 2 && i + n < end; n++) {
        size_t w = i + n - 1;
        if (ex->text.tokens[w].kind != PARLEY_TOK_WORD || !is_cap(ex, w) || (ex->text.tokens[w].flags & PARLEY_TOK_ABBREV) ||
            parley_match(ex, w, PARLEY_LEX_OFFICE, NULL) ||
            /* (a rank opening a body's name is the name's: "General Intelligence Service head X") */
            (parley_match(ex, w, PARLEY_LEX_RANK, NULL) && !(w == i && parley_rank_opens_body(ex, i, end))) ||
            parley_match(ex, w, PARLEY_LEX_HONORIFIC, NULL) || parley_match(ex, w, PARLEY_LEX_ORGHEAD, NULL) ||
            parley_match(ex, w, PARLEY_LEX_COUNTRY, NULL) || parley_match(ex, w, PARLEY_LEX_DEMONYM, NULL) ||
            parley_match(ex, w, PARLEY_LEX_MODIFIER, NULL))
            return 0;
        size_t h = i + n;
        if (h + 1 >= end || !is_cap(ex, h) || parley_match(ex, h, PARLEY_LEX_ORGHEAD, NULL) != 1 ||
            parley_match(ex, h, PARLEY_LEX_OFFICE, NULL))
            continue;
        /* (past the body's acronym in brackets: "National Intelligence Organization (MIT) chief";
         * not a country's body named after it: "Rwanda Defence Force (RDF) Chief of Defence
         * Staff", the body an organisation and the office the title) */
        size_t a = h + 1;
        if (a + 3 < end && tok_punct_is(ex, a, '(') && tok_punct_is(ex, a + 2, ')') &&
            (ex->text.tokens[a + 1].flags & PARLEY_TOK_ALLCAPS) && !run_goes_on_before(ex, i))
            a += 3;
        size_t ol = parley_match(ex, a, PARLEY_LEX_OFFICE, NULL);
        if (ol && a + ol <= end)
            return n;
    }
    return 0;
}

/* Is token i a possessive "'s"? */
static bool poss_at(const parley_extraction *ex, size_t i, size_t end)
{
    return i < end && parley_text_tok_poss(&ex->text, i);
}

/* Is token j inside the name after "of" of a role, past capitalised words already taken ("of
 * the Joint | Aviation Command")? */
static bool in_of_name(const parley_extraction *ex, const uint8_t *mark, size_t start, size_t j)
{
    size_t q = j;
    /* (over a hyphen glued between two words: "of the German-Central Asian ...") */
    while (q > start && mark[q - 1 - start] == INC &&
           (is_cap(ex, q - 1) || parley_text_tok_poss(&ex->text, q - 1) ||
            (tok_punct_is(ex, q - 1, '-') && !(ex->text.tokens[q - 1].flags & PARLEY_TOK_SPACE))))
        q--;
    if (q == j || q == start)
        return false;
    return tok_word(ex, q - 1, "of") || (tok_word(ex, q - 1, "the") && q - 1 > start && tok_word(ex, q - 2, "of"));
}

/* parley_role_parse(), writing the title only when the phrase ends at need_e (SIZE_MAX: always);
 * a phrase that ends elsewhere is still found, with no title. */
static int role_parse(const parley_extraction *ex, size_t i, size_t end, parley_role *out, size_t need_e);

/* A gloss in brackets at i ending by end: "(", one to three capitalised words not in capitals
 * ("(Parliament)", "(National Assembly)"), ")". Its length in tokens, or 0. */
static size_t gloss_len(const parley_extraction *ex, size_t i, size_t end)
{
    size_t q = i + 1;
    while (q < end && q < i + 4 && ex->text.tokens[q].kind == PARLEY_TOK_WORD && is_cap(ex, q) &&
           !(ex->text.tokens[q].flags & PARLEY_TOK_ALLCAPS))
        q++;
    return q > i + 1 && q < end && tok_punct_is(ex, q, ')') ? q + 1 - i : 0;
}

/* a, the separator sep and b ("a - b", "a/b"), allocated (the caller frees), or NULL when out of
 * memory. */
static char *joined_titles(const char *a, const char *sep, const char *b)
{
    size_t n1 = strlen(a), n2 = strlen(b), ns = strlen(sep);
    char *both = malloc(n1 + ns + n2 + 1);
    if (both) {
        memcpy(both, a, n1);
        memcpy(both + n1, sep, ns);
        memcpy(both + n1 + ns, b, n2 + 1);
    }
    return both;
}

int parley_role_parse(const parley_extraction *ex, size_t i, size_t end, parley_role *out)
{
    int rc = role_parse(ex, i, end, out, SIZE_MAX);
    /* "X, First Deputy Minister of Defense - Chief of the General Staff, said": two offices set
     * apart by a dash between spaces, the second closed by a comma or the sentence's end, are one
     * title */
    size_t d = out->e;
    if (rc == 1 && out->office && out->title && d + 2 < end && tok_punct_is(ex, d, '-') &&
        (ex->text.tokens[d].flags & PARLEY_TOK_SPACE) && (ex->text.tokens[d + 1].flags & PARLEY_TOK_SPACE)) {
        parley_role second;
        int rc2 = role_parse(ex, d + 1, end, &second, SIZE_MAX);
        if (rc2 < 0) {
            free(out->title);
            out->title = NULL;
            return rc2;
        }
        if (rc2 == 1 && second.office && second.title && second.b == d + 1 &&
            (second.e == end || tok_punct_is(ex, second.e, ','))) {
            char *both = joined_titles(out->title, " - ", second.title);
            if (!both) {
                free(second.title);
                free(out->title);
                out->title = NULL;
                return PARLEY_ENOMEM;
            }
            free(out->title);
            out->title = both;
            out->e = second.e;
            if (!out->country)
                out->country = second.country;
        }
        free(second.title);
    }
    return rc;
}

static int role_parse(const parley_extraction *ex, size_t i, size_t end, parley_role *out, size_t need_e)
{
    memset(out, 0, sizeof(*out));
    size_t j = i;
    while (j < end && (tok_word(ex, j, "his") || tok_word(ex, j, "her") || tok_word(ex, j, "their") ||
                       tok_word(ex, j, "the") || tok_word(ex, j, "a") || tok_word(ex, j, "an") ||
                       tok_word(ex, j, "its") || tok_word(ex, j, "our")))
        j++;
    size_t start = j;
    if (start >= end)
        return 0;
    uint8_t stack_mark[64];
    uint8_t *mark = end - start + 1 <= sizeof(stack_mark) ? stack_mark : calloc(end - start + 1, 1);
    if (!mark)
        return PARLEY_ENOMEM;
    if (mark == stack_mark)
        memset(stack_mark, 0, sizeof(stack_mark));
    const char *adj = NULL, *ofc = NULL, *any = NULL;
    bool office = false, counterpart = false, international = false;
    size_t last = start;   /* end of the phrase so far */
    size_t of_country_end = 0;   /* just after "of <country>": a body of that country may follow */
    size_t of_dropped = 0;       /* the "of" dropped before that country */
    while (j < end) {
        const parley_lex_entry *e = NULL;
        size_t l;
        size_t prev = j > start ? j - 1 : j;
        bool after_of = j > start && (tok_word(ex, prev, "of") || (tok_word(ex, prev, "the") && prev > start &&
                                                                   tok_word(ex, prev - 1, "of")));
        if ((l = parley_match(ex, j, PARLEY_LEX_OFFICE, NULL)) && j + l <= end) {
            office = true;
            /* an office of an international body by itself: "Supreme Allied Commander Europe", or
             * one that names the body after "of": "Member of the European Parliament" */
            if (parley_match(ex, j, PARLEY_LEX_INTERNATIONAL, NULL))
                international = true;
            for (size_t q = j + 1; q + 1 < j + l && !international; q++) {
                size_t body = q + 1 + tok_word(ex, q + 1, "the");
                international = tok_word(ex, q, "of") && body < j + l && parley_match(ex, body, PARLEY_LEX_INTERNATIONAL, NULL);
            }
            memset(mark + (j - start), INC, l);
            j += l;
        } else if (!office && !is_cap(ex, j) && parley_kind_starts(ex, j, PARLEY_LEX_DOMAIN) &&
                   (l = lower_body_before_office(ex, j, end))) {
            /* "the Afghan foreign ministry spokesman X": a body in lower case before the office */
            memset(mark + (j - start), INC, l);
            j += l;
        } else if (office && j > start && j + 1 < end && mark[prev - start] == INC && tok_word(ex, prev, "commander") &&
                   tok_word(ex, j, "general") && tok_word(ex, j + 1, "of")) {
            /* "Commander General of the Peruvian Army": "General" is the office's, no rank */
            mark[j - start] = INC;
            j++;
        } else if (j > start && j + 3 < end && tok_punct_is(ex, j, '(') && tok_punct_is(ex, j + 2, ')') &&
                   (ex->text.tokens[j + 1].flags & PARLEY_TOK_ALLCAPS) && mark[prev - start] == INC && is_cap(ex, prev) &&
                   (parley_match(ex, j + 1, PARLEY_LEX_INTERNATIONAL, NULL) == 1 ||
                    (!office && !any && !adj && parley_match(ex, prev, PARLEY_LEX_ORGHEAD, NULL) == 1 &&
                     !run_goes_on_before(ex, start) &&
                     parley_match(ex, j + 3, PARLEY_LEX_OFFICE, NULL)))) {
            /* "African Union (AU) Commission Chairperson": an international body's acronym in
             * brackets inside the title is left out of it (so is a body's before its office:
             * "National Intelligence Organization (MIT) chief") */
            memset(mark + (j - start), SKIP, 3);
            j += 3;
        } else if (office && j > start && tok_punct_is(ex, j, '(') && mark[prev - start] == INC && is_cap(ex, prev) &&
                   (l = gloss_len(ex, j, end))) {
            /* "Chairman of the State Great Khural (Parliament) of Mongolia": a body's gloss in
             * brackets is left out of the title */
            memset(mark + (j - start), SKIP, l);
            j += l;
        } else if (is_counterpart(ex, j)) {
            counterpart = true;
            mark[j - start] = SKIP;
            j++;
            if (j + 1 < end && tok_punct_is(ex, j, ',') && parley_match(ex, j + 1, PARLEY_LEX_OFFICE, NULL)) {
                mark[j - start] = SKIP;
                j++;
            }
        } else if (j > start && is_cap(ex, j) && (l = parley_match(ex, j, PARLEY_LEX_INTERNATIONAL, NULL)) >= 2 &&
                   j + l <= end && parley_match(ex, j, PARLEY_LEX_COUNTRY, NULL) &&
                   l > parley_match(ex, j, PARLEY_LEX_COUNTRY, NULL)) {
            /* "Commander of the Kosovo Force": an international body named after a country is no
             * country's */
            international = true;
            memset(mark + (j - start), INC, l);
            j += l;
        } else if (!office && (l = parley_match(ex, j, PARLEY_LEX_ORG, &e)) && e && e->country && j + l < end &&
                   l > parley_match(ex, j, PARLEY_LEX_COUNTRY, NULL) && parley_match(ex, j, PARLEY_LEX_COUNTRY, NULL) &&
                   titleish(ex, j + l, end)) {
            /* "U.S. Forces Korea Commander": a national body named after its country opens the
             * title; its country is the office's, the rest of its name the title's ("Forces Korea
             * Commander", "Indo-Pacific Command chief"), and the country inside it no one's */
            size_t cl = parley_match(ex, j, PARLEY_LEX_COUNTRY, NULL);
            if (!adj)
                adj = e->country;
            memset(mark + (j - start), SKIP, cl);
            memset(mark + (j + cl - start), INC, l - cl);
            j += l;
        } else if (j == start && !office && (l = parley_match(ex, j, PARLEY_LEX_REGION, &e)) && e && e->country && *e->country &&
                   j + l < end && is_cap(ex, j) && parley_match(ex, j + l, PARLEY_LEX_OFFICE, NULL) &&
                   l >= parley_match(ex, j, PARLEY_LEX_ORG, NULL) && !parley_match(ex, j, PARLEY_LEX_COUNTRY, NULL)) {
            /* "Northern Ireland First Minister X", "Kurdistan Region President X": a state of a
             * known country opening the title is where the office is held (and, as for "Ontario
             * Premier X", no part of the title); but "Northern Ireland Secretary X", a secretary
             * alone, is the country's minister for the region, the region the title's */
            if (!adj)
                adj = e->country;
            bool secretary = parley_match(ex, j + l, PARLEY_LEX_OFFICE, NULL) == 1 && tok_word(ex, j + l, "secretary") &&
                             j + l + 1 == end;
            memset(mark + (j - start), secretary ? INC : SKIP, l);
            j += l;
        } else if ((l = parley_match(ex, j, PARLEY_LEX_COUNTRY, &e)) && j + l <= end) {
            /* "his U.K. counterpart": the country's short name serves as its adjective */
            bool then_title = j + l < end && ((titleish(ex, j + l, end) && !parley_match(ex, j + l, PARLEY_LEX_COUNTRY, NULL)) ||
                                              is_counterpart(ex, j + l));
            bool poss = j + l < end && parley_text_tok_poss(&ex->text, j + l);
            /* "counterparts from Turkey": the country, like "of Turkey", is no part of the title */
            bool from = j > start && counterpart &&
                        (tok_word(ex, prev, "from") ||
                         (tok_word(ex, prev, "the") && prev > start && tok_word(ex, prev - 1, "from")));
            if ((after_of || from) && !then_title) {
                if (!ofc)
                    ofc = e->canonical;
                of_country_end = j + l;
                memset(mark + (j - start), SKIP, l);
                /* drop "of" / "of the" / "from" before it */
                size_t k = j;
                while (k > start && (tok_word(ex, k - 1, "of") || tok_word(ex, k - 1, "the") || tok_word(ex, k - 1, "from"))) {
                    mark[k - 1 - start] = SKIP;
                    if (!tok_word(ex, k - 1, "the")) break;
                    k--;
                }
                of_dropped = k > start ? k - 1 : start;
                /* "The defence ministers of Thailand and Cambodia": the list of countries is no
                 * part of the title either */
                size_t more = j + l, l2;
                while (more + 1 < end && (tok_word(ex, more, "and") || tok_word(ex, more, ",")) &&
                       (l2 = parley_match(ex, more + 1, PARLEY_LEX_COUNTRY, NULL)) && more + 1 + l2 <= end) {
                    memset(mark + (more - start), SKIP, 1 + l2);
                    more += 1 + l2;
                }
                l = more - j;
                of_country_end = more;
            } else if (!office && (poss || then_title)) {
                if (!adj)
                    adj = e->canonical;
                memset(mark + (j - start), SKIP, l);
                /* "Armed Forces of the Philippines Chief of Staff": the body before "of <country>"
                 * is no part of the title that follows */
                if (after_of && then_title)
                    memset(mark, SKIP, j - start);
            } else {
                /* (not the country an office is for: "Special Envoy for Afghanistan X" is not
                 * Afghan) */
                /* (... nor the one an envoy is sent to: "the Kingdom's envoy to Lebanon X") */
                size_t pp = j > start + 1 && tok_word(ex, prev, "the") ? prev - 1 : prev;
                /* (... "Country Director for the Kyrgyz Republic X") */
                /* (... nor one the office deals with: "minister responsible for Canada-U.S. trade",
                 * "for trade with the U.S.") */
                bool dealt = j > start && ((tok_punct_is(ex, prev, '-') && !(ex->text.tokens[prev].flags & PARLEY_TOK_SPACE) &&
                                            !(ex->text.tokens[j].flags & PARLEY_TOK_SPACE)) ||
                                           tok_word(ex, prev, "with") || tok_word(ex, pp, "with"));
                if (!any && !dealt && !(j > start && (tok_word(ex, prev, "for") || tok_word(ex, pp, "for"))) &&
                    !(j > start && tok_word(ex, pp, "to") && envoy_before(ex, start, pp)))
                    any = e->canonical;
                memset(mark + (j - start), INC, l);
            }
            j += l;
            if (poss) {
                mark[j - start] = SKIP;
                j++;
                /* "of Turkey's National Intelligence Organization": the body's name follows */
                if (of_country_end == j - 1)
                    of_country_end = j;
            }
        } else if ((l = parley_match(ex, j, PARLEY_LEX_DEMONYM, &e)) && j + l <= end) {
            if (!office && !adj)
                adj = e->canonical;
            else if (!any)
                any = e->canonical;
            memset(mark + (j - start), office ? INC : SKIP, l);
            j += l;
        } else if ((l = parley_match(ex, j, PARLEY_LEX_MODIFIER, &e)) && j + l <= end &&
                   !(is_cap(ex, j) && parley_match(ex, j, PARLEY_LEX_ORG, NULL) > l)) {
            /* lower-case modifiers are dropped ("former", "new"), except glued to the office
             * by a hyphen ("Prime Minister-designate", "President-elect") and those that name
             * another office ("vice chairman", "deputy director", "special envoy", "senior
             * adviser", "permanent representative") */
            bool glued_on = j > start && tok_punct_is(ex, j - 1, '-') &&
                            !(ex->text.tokens[j - 1].flags & PARLEY_TOK_SPACE) &&
                            !(ex->text.tokens[j].flags & PARLEY_TOK_SPACE);
            static const char *const rungs[] = {"vice",    "deputy",    "assistant", "associate", "special",
                                                "senior", "permanent", "principal", "executive", NULL};
            bool rung = false;
            for (int r = 0; rungs[r] && !rung; r++)
                rung = tok_word(ex, j + l - 1, rungs[r]);
            /* (a lower-case modifier capitalised only for opening the sentence: "Newly appointed
             * NATO Secretary General X", "Outgoing Defence Minister X") */
            bool opening = false;
            if (is_cap(ex, j) && e && e->canonical[0] >= 'a' && e->canonical[0] <= 'z') {
                const parley_sentence *se = &ex->text.sentences[parley_sentence_of(ex, j)];
                opening = j == se->tok_begin || j == parley_lead_start(ex, se);
            }
            bool drop = ((!is_cap(ex, j) || opening) && !glued_on && !rung) || tok_word(ex, j, "former") || tok_word(ex, j, "ex");
            memset(mark + (j - start), drop ? SKIP : INC, l);
            j += l;
        } else if ((l = parley_match(ex, j, PARLEY_LEX_DOMAIN, NULL)) && j + l <= end &&
                   !(is_cap(ex, j) && parley_match(ex, j, PARLEY_LEX_ORG, NULL) > l)) {
            /* (a state that is a domain too is of its country: "First Minister of Northern Ireland
             * X", "Northern Ireland Secretary X") */
            const parley_lex_entry *re = NULL;
            if (!any && parley_match(ex, j, PARLEY_LEX_REGION, &re) == l && re && re->country && *re->country)
                any = re->country;
            memset(mark + (j - start), INC, l);
            j += l;
        } else if (office && j + 1 < end && is_cap(ex, j) && tok_word(ex, j + 1, "Abroad") &&
                   ex->text.tokens[j].kind == PARLEY_TOK_WORD) {
            /* "Minister of Foreign Affairs and Senegalese Abroad": the nationals abroad */
            memset(mark + (j - start), INC, 2);
            j += 2;
        } else if (j > start && j + 2 < end && tok_punct_is(ex, j, ',') && mark[j - 1 - start] == INC &&
                   (office || parley_phrase_ends_at(ex, PARLEY_LEX_DOMAIN, j, start)) && (l = domain_item(ex, j + 1, end)) &&
                   ((j + 1 + l < end && (tok_word(ex, j + 1 + l, "and") || tok_punct_is(ex, j + 1 + l, ','))) ||
                    /* (... or the last item, itself with "and": "Minister of Foreign Affairs,
                     * Trade and Industry X", "Investment, Trade and Industry Minister X") */
                    (l >= 3 && tok_word(ex, j + l - 1, "and") &&
                     (office || (j + 1 + l < end && parley_match(ex, j + 1 + l, PARLEY_LEX_OFFICE, NULL)))))) {
            /* a list of domains, after the office ("Minister of Foreign Affairs, Cooperation and
             * ...", "Minister of Foreign Affairs, African Cooperation and Moroccans Abroad", "...,
             * European Union and Cooperation") or before it ("Culture, Youth and Sports Minister X") */
            memset(mark + (j - start), INC, 1 + l);
            j += 1 + l;
        } else if (office && j > start && j + 2 < end && tok_punct_is(ex, j, ',') && mark[j - 1 - start] == INC &&
                   for_before(ex, mark, start, j) &&
                   (parley_phrase_ends_at(ex, PARLEY_LEX_COUNTRY, j, start) || parley_phrase_ends_at(ex, PARLEY_LEX_REGION, j, start)) &&
                   ((l = parley_match(ex, j + 1, PARLEY_LEX_COUNTRY, NULL)) || (l = parley_match(ex, j + 1, PARLEY_LEX_REGION, NULL))) &&
                   j + 1 + l < end && (tok_word(ex, j + 1 + l, "and") || tok_punct_is(ex, j + 1 + l, ','))) {
            /* a list of the places an office is for: "Secretary of Defense for Russia, Ukraine and
             * Eurasia" */
            memset(mark + (j - start), INC, 1 + l);
            j += 1 + l;
        } else if (j > start && (l = parley_match(ex, j, PARLEY_LEX_REGION, NULL)) && j + l <= end &&
                   l >= parley_match(ex, j, PARLEY_LEX_ORG, NULL) &&   /* not "the Gulf | Cooperation Council" */
                   (tok_word(ex, prev, "the") || tok_word(ex, prev, "for") || tok_word(ex, prev, "of") ||
                    /* "Chief Minister Punjab X", "Governor Sindh X": the province right after the
                     * office, before the name */
                    (office && j + l == end && mark[prev - start] == INC && is_cap(ex, prev) &&
                     parley_match(ex, prev, PARLEY_LEX_OFFICE, NULL) == 1) ||
                    /* a region naming a body: "U.S. Indo-Pacific Command chief" */
                    (j + l < end && is_cap(ex, j + l) && parley_match(ex, j + l, PARLEY_LEX_ORGHEAD, NULL) == 1) ||
                    (tok_word(ex, prev, "and") && mark[prev - start] == INC) ||
                    /* a body's region: "the U.S. Army Europe", "Naval Forces Central Asia" */
                    (mark[prev - start] == INC && is_cap(ex, prev) && parley_match(ex, prev, PARLEY_LEX_ORGHEAD, NULL)))) {
            /* (with the division named after it: "Governor of Almaty region X") */
            if (office && j + l < end && division_word(ex, j + l) && after_of)
                l++;
            /* "Governor of the Leningrad Oblast X", "Chief Minister Punjab X": an office of a
             * country's province is of that country (the first the lexicon lists) */
            const parley_lex_entry *re = NULL;
            if (office && !any && parley_match(ex, j, PARLEY_LEX_REGION, &re) && re && re->country && *re->country)
                any = re->country;
            memset(mark + (j - start), INC, l);
            j += l;
        } else if (office && j > start && is_cap(ex, j) && (l = parley_match(ex, j, PARLEY_LEX_CITY, &e)) && j + l <= end &&
                   /* (not a body's head word that names a town too: "Head of Mission", Mission in Texas) */
                   !(l == 1 && parley_match(ex, j, PARLEY_LEX_ORGHEAD, NULL)) &&
                   (tok_word(ex, prev, "of") ||
                    /* "Japanese Ambassador to Seoul X": the capital an envoy is sent to (not the
                     * envoy's country) */
                    (tok_word(ex, prev, "to") && envoy_before(ex, start, prev) && e && e->population >= PARLEY_LARGE_CITY) ||
                    /* "Governor of the Almaty Region X" */
                    (tok_word(ex, prev, "the") && prev > start && tok_word(ex, prev - 1, "of") && j + l < end &&
                     division_word(ex, j + l)) ||
                    /* "Secretary of the Hanoi Party Committee X": a large city's body */
                    (tok_word(ex, prev, "the") && prev > start && tok_word(ex, prev - 1, "of") && j + l < end &&
                     e && (l > 1 || e->population >= PARLEY_LARGE_CITY) && body_after_city(ex, j + l, end)))) {
            /* "Mayor of Paris Anne Hidalgo", "Governor of Tokyo X": a city's office, of its country;
             * "Governor of Almaty region X": with the division named after the city (the city's
             * body's words follow as any body's) */
            if (!any && e && e->country && !tok_word(ex, prev, "to"))
                any = e->country;
            if (j + l < end && division_word(ex, j + l))
                l++;
            memset(mark + (j - start), INC, l);
            j += l;
        } else if (j == start && (l = body_prefix(ex, j, end))) {
            /* "National Assembly Chairman X", "Federal Council President X": the capitalised words
             * of a body's name before its head word and an office */
            memset(mark, INC, l);
            j += l;
        } else if (is_cap(ex, j) && (l = longer(parley_match(ex, j, PARLEY_LEX_ORGHEAD, NULL),   /* "Organization" */
                                                 parley_match(ex, j, PARLEY_LEX_ORG, NULL))) &&   /* "... in Europe" */
                   j + l <= end && (office || after_of || j + l < end)) {
            if (parley_match(ex, j, PARLEY_LEX_INTERNATIONAL, NULL))
                international = true;
            /* a seat of government names its country: "Pentagon Press Secretary" */
            const parley_lex_entry *oe = NULL;
            if (!any && parley_match(ex, j, PARLEY_LEX_ORG, &oe) == l && oe && oe->country)
                any = oe->country;
            memset(mark + (j - start), INC, l);
            j += l;
        } else if (office && j > start && !is_cap(ex, j) &&
                   (l = body_noun_at(ex, j, end)) &&
                   (j + l == end || place_ends_at(ex, j + l, end)) && (tok_word(ex, j - 1, "the") || mark[j - 1 - start] == INC)) {
            /* "the head of the agency, X", "the director of Turkey's intelligence agency, X": a
             * body named by its head noun alone ends the office (one word in lower case before
             * it: "the head of the U.N. nuclear watchdog, X") */
            memset(mark + (j - start), INC, l);
            j += l;
        } else if (office && j > start && (tok_word(ex, prev, "for") || tok_word(ex, prev, "of")) &&
                   (l = compass_region_pair(ex, j, end))) {
            /* "Special Envoy for South and Central Asia X" */
            memset(mark + (j - start), INC, l);
            j += l;
        } else if (office && j > start && j + 3 < end && tok_word(ex, j, "in") && tok_word(ex, j + 1, "charge") &&
                   tok_word(ex, j + 2, "of") && mark[j - 1 - start] == INC) {
            /* "Minister Delegate ... in charge of National Defense Administration": "in charge" and
             * what follows "of", as for an office's own "of" */
            memset(mark + (j - start), INC, 2);
            j += 2;
        } else if (office && j > start && (tok_word(ex, j, "in") || tok_word(ex, j, "on")) && j + 1 < end &&
                   (l = place_to_end(ex, j + 1, end)) &&
                   (envoy_before(ex, start, j) ||
                    (tok_word(ex, j, "in") && mark[j - 1 - start] == INC &&
                     (international || parley_match(ex, j - 1, PARLEY_LEX_ORGHEAD, NULL) == 1)))) {
            /* "Consul General of the United States in Karachi X", "the Ambassador of Japan in
             * Pakistan X": where an envoy serves ends the title (and is not the envoy's country);
             * so does what an envoy is on, the office's topic ("Personal Envoy on Cyprus X"), and
             * where a body's office is ("the head of the EU Office in Kosovo, X", "the head of the
             * delegation in Kosovo, X") */
            memset(mark + (j - start), INC, 1 + l);
            j += 1 + l;
        } else if (office && j > start &&
                   (tok_word(ex, j, "on") || (tok_word(ex, j, "for") && envoy_before(ex, start, j) && is_cap(ex, j + 1))) &&
                   (l = topic_run(ex, j + 1, end)) && (j + 1 + l == end || tok_word(ex, j, "for"))) {
            /* ("special representative for Korean Peninsula peace and security affairs X") */
            /* "Special Rapporteur on North Korean human rights X": what the office is on, a
             * demonym (no one's country) and words in lower case */
            memset(mark + (j - start), INC, 1 + l);
            j += 1 + l;
        } else if (office && j > start &&
                   (tok_word(ex, j, "for") || tok_word(ex, j, "on") || (tok_word(ex, j, "and") && for_before(ex, mark, start, j))) &&
                   envoy_before(ex, start, j) && (l = topic_in_place(ex, j + 1, end))) {
            /* ("Special Rapporteur on human rights in North Korea, X": what the office is on) */
            /* "Special Representative for the South Caucasus and the crisis in Georgia X", "Special
             * Envoy for the peace process in Sudan X": what an envoy is for, and where (the place is
             * the topic's, not the envoy's country) */
            memset(mark + (j - start), INC, 1 + l);
            j += 1 + l;
        } else if (office && j > start && tok_word(ex, j, "to") && j + 2 < end && tok_word(ex, j + 1, "the") &&
                   (l = parley_match(ex, j + 2, PARLEY_LEX_STATE_NOUN, NULL)) && j + 2 + l == end && envoy_before(ex, start, j)) {
            /* "U.S. Ambassador to the Kingdom X": an envoy to the state the text is from */
            memset(mark + (j - start), INC, 2 + l);
            j += 2 + l;
        } else if (j > start && (tok_word(ex, j, "of") || tok_word(ex, j, "for") || tok_word(ex, j, "to") || tok_word(ex, j, "from") ||
                                 tok_word(ex, j, "the") || tok_word(ex, j, "and") || tok_word(ex, j, "on") ||
                                 /* "Minister of State at the Ministry of Foreign Affairs" */
                                 (office && tok_word(ex, j, "at") && j + 2 < end && tok_word(ex, j + 1, "the")))) {
            size_t k = j + 1;
            if (k < end && tok_word(ex, k, "the") && !tok_word(ex, j, "the"))
                k++;
            bool ok;
            /* "The Prime Minister and President X signed": two leaders, one named (no one is both
             * a head of government and of state by these words); the first a bare office (not
             * "Vice President and Prime Minister and Ruler of Dubai X") */
            size_t hb = j >= 1 && parley_leader_office_at(ex, j - 1) == 1   ? j - 1
                        : j >= 2 && parley_leader_office_at(ex, j - 2) == 2 ? j - 2
                                                                            : SIZE_MAX;
            bool h1 = hb != SIZE_MAX && hb > 0 && !tok_punct_is(ex, hb - 1, '-') &&
                      !parley_match(ex, hb - 1, PARLEY_LEX_MODIFIER, NULL) && !tok_word(ex, hb - 1, "and");
            size_t h2 = h1 && tok_word(ex, j, "and") && k < end ? parley_leader_office_at(ex, k) : 0;
            if (h2 && k + h2 <= end)
                ok = false;
            /* (not a lower-case office before a capitalised one: "for the king and Queen X" are two) */
            else if (tok_word(ex, j, "and") && k < end && !is_cap(ex, j - 1) && is_cap(ex, k) &&
                     ex->text.tokens[j - 1].kind == PARLEY_TOK_WORD)
                ok = false;
            else if (tok_word(ex, j, "and"))
                ok = k < end && (parley_match(ex, k, PARLEY_LEX_OFFICE, NULL) || parley_match(ex, k, PARLEY_LEX_MODIFIER, NULL) ||
                                 parley_match(ex, k, PARLEY_LEX_DOMAIN, NULL) ||
                                 /* "for the Caucasus and Central Asia", "for Russia and Eurasia" */
                                 ((parley_match(ex, k, PARLEY_LEX_REGION, NULL) || parley_match(ex, k, PARLEY_LEX_COUNTRY, NULL)) &&
                                  j > start && mark[j - 1 - start] == INC && office && for_before(ex, mark, start, j) &&
                                  (parley_phrase_ends_at(ex, PARLEY_LEX_REGION, j, start) ||
                                   parley_phrase_ends_at(ex, PARLEY_LEX_COUNTRY, j, start))) ||
                                 (office && k + 1 < end && is_cap(ex, k) && tok_word(ex, k + 1, "Abroad")));
            else
                ok = k < end && (titleish(ex, k, end) || cap_run_to_head(ex, k, end) || city_division(ex, k, end) ||
                                 /* "X, Deputy Ruler of Dubai, ...": a city's office, the city after "of" */
                                 (office && tok_word(ex, j, "of") && k == j + 1 && is_cap(ex, k) &&
                                  parley_match(ex, k, PARLEY_LEX_CITY, NULL) && !parley_match(ex, k, PARLEY_LEX_ORGHEAD, NULL)) ||
                                 (office && (tok_word(ex, j, "for") || tok_word(ex, j, "of")) && k == j + 1 &&
                                  compass_region_pair(ex, k, end)) ||
                                 /* "Chief Advisor to the Brazilian President X", "Special Envoy of the Palestinian President" */
                                 (office && (tok_word(ex, j, "to") || tok_word(ex, j, "of")) && k > j + 1 && demonym_office(ex, k, end)) ||
                                 /* "the head of the committee, X": a body named by its common noun
                                  * alone, told before, ends the title */
                                 (office && tok_word(ex, j, "of") && k == j + 2 && k + 1 == end && !is_cap(ex, k) &&
                                  parley_match(ex, k, PARLEY_LEX_ORGHEAD, NULL) == 1 && end < ex->text.n_tokens &&
                                  tok_punct_is(ex, end, ',')));
            /* "Deputy Director of International Relations and Strategy at the Ministry of the Armed
             * Forces": capitalised words of a field, then the body it is in */
            size_t q;
            if (!ok && office && (tok_word(ex, j, "of") || tok_word(ex, j, "and")) && (q = field_at_body(ex, k, end))) {
                memset(mark + (j - start), INC, q - j);
                j = q;
                last = j;
                continue;
            }
            /* "Assistant Secretary of State for European and Eurasian Affairs X" */
            size_t sd = !ok && office && !tok_word(ex, j, "and") ? shared_domain(ex, k, end) : 0;
            if (sd) {
                memset(mark + (j - start), INC, k + sd - j);
                j = k + sd;
                last = j;
                continue;
            }
            /* "head of the Ukrainian presidential office": a demonym, then a body in lower case;
             * the office is of that country */
            const parley_lex_entry *dbe = NULL;
            size_t dbl = !ok && office && tok_word(ex, j, "of") ? demonym_body(ex, k, end, &dbe) : 0;
            if (dbl) {
                if (!any && dbe)
                    any = dbe->canonical;
                /* (... and the body's name after it, ending the title: "Chairman of the Chinese
                 * company Geely, X") */
                size_t n = k + dbl;
                while (n < end && n < k + dbl + 3 && ex->text.tokens[n].kind == PARLEY_TOK_WORD && is_cap(ex, n) &&
                       !parley_match(ex, n, PARLEY_LEX_OFFICE, NULL) && !parley_match(ex, n, PARLEY_LEX_RANK, NULL))
                    n++;
                if (n > k + dbl && n == end)
                    dbl = n - k;
                memset(mark + (j - start), INC, k + dbl - j);
                j = k + dbl;
                last = j;
                continue;
            }
            /* after an office, capitalised words after "and": up to a domain ("Minister for Foreign
             * Affairs and East African Cooperation X"), or to the end of an apposition ("Minister
             * of Foreign Affairs and Regional Integration, X") */
            if (!ok && office && tok_word(ex, j, "and")) {
                size_t q = k, dl = 0, oh = 0;
                while (q < end && q < k + 3 && ex->text.tokens[q].kind == PARLEY_TOK_WORD && is_cap(ex, q) &&
                       !(dl = parley_match(ex, q, PARLEY_LEX_DOMAIN, NULL)) && !parley_match(ex, q, PARLEY_LEX_RANK, NULL) &&
                       !parley_match(ex, q, PARLEY_LEX_HONORIFIC, NULL) && !parley_match(ex, q, PARLEY_LEX_OFFICE, NULL)) {
                    /* (... or to a body's head word, in a body's name after "of the": "Chairman of the
                     * State Security and Peace Commission Senior General X") */
                    if (q > k && parley_match(ex, q, PARLEY_LEX_ORGHEAD, NULL) == 1 && of_the_before(ex, start, j)) {
                        oh = q + 1;
                        break;
                    }
                    q++;
                }
                size_t stop = oh ? oh
                              : dl && q > k && q + dl <= end ? q + dl
                              : q == end && need_e == end && end < ex->text.n_tokens &&
                                        (tok_punct_is(ex, end, ',') ||
                                         /* (... or its acronym in brackets before the comma: "National
                                          * Development and Reform Commission (NDRC), X") */
                                         (end + 3 < ex->text.n_tokens && tok_punct_is(ex, end, '(') &&
                                          (ex->text.tokens[end + 1].flags & PARLEY_TOK_ALLCAPS) &&
                                          tok_punct_is(ex, end + 2, ')') && tok_punct_is(ex, end + 3, ',')))
                                    ? end
                                                                                                                  : 0;
                if (stop) {
                    memset(mark + (j - start), INC, stop - j);
                    j = stop;
                    last = j;
                    continue;
                }
            }
            /* "Director of the Office of His Majesty X": a body's owner, a monarch named by an
             * honorific alone, ends the title */
            size_t hl;
            if (!ok && office && tok_word(ex, j, "of") && k == j + 1 && j > start &&
                parley_match(ex, j - 1, PARLEY_LEX_ORGHEAD, NULL) == 1 && (tok_word(ex, k, "His") || tok_word(ex, k, "Her")) &&
                (hl = parley_match(ex, k, PARLEY_LEX_HONORIFIC, NULL)) >= 2 && k + hl == end) {
                memset(mark + (j - start), INC, end - j);
                j = end;
                last = j;
                continue;
            }
            if (!ok)
                break;
            for (size_t q = j; q < k; q++)
                mark[q - start] = INC;
            j = k;
            continue;
        } else if (j > start && j + 1 < end && ex->text.text[ex->text.tokens[j].start] == '-' &&
                   ex->text.tokens[j].kind == PARLEY_TOK_PUNCT && !(ex->text.tokens[j].flags & PARLEY_TOK_SPACE) &&
                   !(ex->text.tokens[j + 1].flags & PARLEY_TOK_SPACE) &&
                   (titleish(ex, j + 1, end) ||
                    /* (a pair of peoples in a body's name: "the German-Kazakh Parliamentary Group") */
                    (mark[j - 1 - start] == INC && is_cap(ex, j + 1) && ex->text.tokens[j + 1].kind == PARLEY_TOK_WORD &&
                     (parley_phrase_ends_at(ex, PARLEY_LEX_DEMONYM, j, start) ||
                      parley_phrase_ends_at(ex, PARLEY_LEX_COUNTRY, j, start))))) {
            mark[j - start] = INC;
            j++;
            continue;
        } else if (office && j + 1 == end && j > start && mark[j - 1 - start] == INC && is_cap(ex, j) &&
                   ex->text.tokens[j].kind == PARLEY_TOK_WORD && parley_match(ex, j - 1, PARLEY_LEX_DOMAIN, NULL) &&
                   end < ex->text.n_tokens && parley_match(ex, end, PARLEY_LEX_RANK, NULL)) {
            /* the last word of a domain before the ranks: "Minister of Defense and Military
             * Production General X" */
            mark[j - start] = INC;
            j++;
        } else if (j > start && parley_text_tok_poss(&ex->text, j) && mark[j - 1 - start] == INC) {
            mark[j - start] = INC;
            j++;
            continue;
        } else if ((after_of || in_of_name(ex, mark, start, j) || (j == of_country_end && !poss_at(ex, j, end)) ||
                    /* "Under Secretary of State for Political Affairs X" (words before a head) */
                    (office && j > start && tok_word(ex, prev, "for") && mark[prev - start] == INC &&
                     (l = cap_run_to_head(ex, j, end)) && j + l < end) ||
                    /* "Commander Royal Saudi Land Forces,": a body's name right after the office,
                     * ending the phrase */
                    (office && j > start && mark[prev - start] == INC && is_cap(ex, prev) &&
                     parley_match(ex, prev, PARLEY_LEX_OFFICE, NULL) && body_ends_phrase(ex, j, end))) &&
                   (l = cap_run_to_head(ex, j, end))) {
            /* "head of U.S. Southern Command": the title keeps the "of" before the country's body */
            if (j == of_country_end && of_dropped > start && of_dropped < j && tok_word(ex, of_dropped, "of") &&
                mark[of_dropped - 1 - start] == INC &&
                (parley_phrase_ends_at(ex, PARLEY_LEX_OFFICE, of_dropped, start) ||
                 !parley_match(ex, of_dropped - 1, PARLEY_LEX_ORGHEAD, NULL)))
                for (size_t q = of_dropped; q < j && (tok_word(ex, q, "of") || tok_word(ex, q, "the")); q++)
                    mark[q - start] = INC;
            memset(mark + (j - start), INC, l);
            /* a demonym inside the body's name is its country: "of the Royal Saudi Land Forces" */
            for (size_t q = j; q < j + l && !any; q++) {
                const parley_lex_entry *de = NULL;
                if (parley_match(ex, q, PARLEY_LEX_DEMONYM, &de) && de)
                    any = de->canonical;
            }
            j += l;
            if (j == end && !person_within(ex, j - l, j))
                last = j;   /* the body's name ends the title: "Chairman of Airbus, X" */
            continue;
        } else {
            break;
        }
        last = j;
    }
    int found = 0;
    if ((office || counterpart) && last > start) {
        out->b = start;
        out->e = last;
        out->office = office;
        out->counterpart = counterpart;
        out->country = adj ? adj : ofc ? ofc : any;
        out->international = international;
        parley_buf t = {0};
        bool office_seen = false;
        for (size_t q = start; q < last && (need_e == SIZE_MAX || need_e == last); q++) {
            /* "Secretary of Russia's Security Council": the possessive country left out, "of the"
             * keeps the title whole ("Secretary of the Security Council") */
            if (mark[q - start] != INC && t.len && parley_text_tok_poss(&ex->text, q) && q + 1 < last && mark[q + 1 - start] == INC) {
                size_t k = q;
                while (k > start && mark[k - 1 - start] != INC)
                    k--;
                if (k < q && tok_word(ex, k, "of"))
                    parley_buf_puts(&t, " of the");
                else if (k < q && k > start && tok_word(ex, k - 1, "of"))
                    parley_buf_puts(&t, " the");   /* "of" kept already: "head of U.S. ..." */
            }
            if (mark[q - start] != INC)
                continue;
            /* "the Irish Navy's Chief of Staff": a body's possessive before any office, right
             * before the office's first word, is no part of the title (not "the President's
             * Special Envoy", "People's Liberation Army ... Commander") */
            if (parley_text_tok_poss(&ex->text, q) && !office_seen && q + 1 < last && is_cap(ex, q + 1) &&
                (parley_match(ex, q + 1, PARLEY_LEX_OFFICE, NULL) || parley_match(ex, q + 1, PARLEY_LEX_MODIFIER, NULL))) {
                t.len = 0;
                if (t.data)
                    t.data[0] = '\0';
                continue;
            }
            office_seen |= parley_match(ex, q, PARLEY_LEX_OFFICE, NULL) > 0;
            const parley_token *tk = &ex->text.tokens[q];
            /* "then-Defense Secretary": no hyphen opens the title once "then" is dropped */
            if (!t.len && tk->kind == PARLEY_TOK_PUNCT && ex->text.text[tk->start] == '-')
                continue;
            if (t.len && (tk->flags & PARLEY_TOK_SPACE))
                parley_buf_putc(&t, ' ');
            parley_buf_put(&t, ex->text.text + tk->start, tk->end - tk->start);
        }
        /* trailing connectors */
        while (t.len) {
            char *sp = strrchr(t.data, ' ');
            const char *w = sp ? sp + 1 : t.data;
            if (strcmp(w, "of") && strcmp(w, "the") && strcmp(w, "and") && strcmp(w, "for") && strcmp(w, "to"))
                break;
            t.len = sp ? (size_t)(sp - t.data) : 0;
            t.data[t.len] = '\0';
        }
        out->title = t.len ? parley_buf_detach(&t) : NULL;
        parley_buf_free(&t);
        found = 1;
        /* "Member of the Political Bureau of the CPC Central Committee and Foreign Minister": a
         * membership, then the office held, which is the title */
        for (size_t k = start + 2; out->title && tok_word(ex, start, "Member") && k + 1 < last; k++)
            if (tok_word(ex, k, "and") && mark[k - start] == INC &&
                (parley_match(ex, k + 1, PARLEY_LEX_OFFICE, NULL) || parley_match(ex, k + 1, PARLEY_LEX_DOMAIN, NULL) ||
                 parley_match(ex, k + 1, PARLEY_LEX_MODIFIER, NULL))) {
                const char *b = ex->text.text + ex->text.tokens[k + 1].start;
                char *tail = parley_strndup(b, (size_t)(ex->text.text + ex->text.tokens[last - 1].end - b));
                if (tail) {   /* (out of memory: the whole title stays) */
                    free(out->title);
                    out->title = tail;
                }
                break;
            }
    }
    if (mark != stack_mark)
        free(mark);
    return found;
}

/* Is [k, e) the end of a longer office starting before it ("Secretary General": "General" is no
 * rank there)? */
static bool inside_office(const parley_extraction *ex, size_t k, size_t e, size_t sb)
{
    for (size_t o = k > sb + 3 ? k - 3 : sb; o < k; o++) {
        size_t l = parley_match(ex, o, PARLEY_LEX_OFFICE, NULL);
        if (l && o + l >= e)
            return true;
    }
    return false;
}

/* Is the rank [k, k + m) an office after the body it heads ("Land Forces Commander Gen. X":
 * "Commander" is the office of the Land Forces there)? */
static bool office_of_body(const parley_extraction *ex, size_t k, size_t m, size_t sb)
{
    return k > sb && parley_match(ex, k, PARLEY_LEX_RANK, NULL) == m && parley_match(ex, k, PARLEY_LEX_OFFICE, NULL) >= m &&
           is_cap(ex, k - 1) &&
           (parley_match(ex, k - 1, PARLEY_LEX_ORGHEAD, NULL) == 1 || parley_match(ex, k - 1, PARLEY_LEX_DOMAIN, NULL) == 1);
}

/* Walk back over ranks and honorifics ending at a. */
static size_t skip_ranks_back(const parley_extraction *ex, size_t a, size_t sb)
{
    size_t name = a;
    bool moved = true;
    while (moved) {
        moved = false;
        /* "Lt Gen (retd) Syed Ata Hasnain", "Lieutenant General (Pilot) X", "Brigadier (Engineer)
         * X": one word in brackets after a rank qualifies it */
        /* (... with its period: "Maj. Gen. (res.) X") */
        size_t dot = a >= sb + 5 && tok_punct_is(ex, a - 1, ')') && tok_punct_is(ex, a - 2, '.') && tok_punct_is(ex, a - 4, '(') &&
                             ex->text.tokens[a - 3].kind == PARLEY_TOK_WORD && ex->text.tokens[a - 3].end - ex->text.tokens[a - 3].start <= 5
                         ? 1
                         : 0;
        if (a >= sb + 4 + dot && tok_punct_is(ex, a - 1, ')') && tok_punct_is(ex, a - 3 - dot, '(') &&
            ex->text.tokens[a - 2 - dot].kind == PARLEY_TOK_WORD) {
            size_t k = a - 3 - dot;
            /* the longest rank that ends at the bracket: "Major General (Retd)", not "General" */
            for (size_t l = k - sb < 4 ? k - sb : 4; l >= 1; l--) {
                size_t m = parley_match(ex, k - l, PARLEY_LEX_RANK, NULL);
                if (m && k - l + m == k) {
                    a = k - l;
                    name = a;
                    moved = true;
                    break;
                }
            }
            if (moved)
                continue;
        }
        /* "General the Honourable David Hurley", "the Governor-General, the Honourable X": "the"
         * before an honorific (so after another: "Her Excellency the Honourable X") */
        if (a < name && a > sb && tok_word(ex, a - 1, "the") && parley_match(ex, a, PARLEY_LEX_HONORIFIC, NULL) &&
            (a - 1 == sb || tok_punct_is(ex, a - 2, ',') || parley_match(ex, a - 2, PARLEY_LEX_RANK, NULL) ||
             parley_phrase_ends_at(ex, PARLEY_LEX_HONORIFIC, a - 1, sb))) {
            a--;
            moved = true;
            continue;
        }
        for (size_t l = 1; l <= 4 && l <= a - sb; l++) {
            size_t k = a - l, m;
            if ((((m = parley_match(ex, k, PARLEY_LEX_RANK, NULL))) || (m = parley_match(ex, k, PARLEY_LEX_HONORIFIC, NULL))) &&
                k + m >= a && k + m <= name && !inside_office(ex, k, k + m, sb) && !office_of_body(ex, k, m, sb) &&
                /* ("Director of the Office of His Majesty X": a body's owner, no honorific of the name) */
                !(k >= sb + 2 && tok_word(ex, k - 1, "of") && parley_match(ex, k - 2, PARLEY_LEX_ORGHEAD, NULL) == 1 &&
                  !parley_match(ex, k, PARLEY_LEX_RANK, NULL)) &&
                /* ("Commander of the Royal Thai Army General X": a body's head word after a
                 * demonym ends the body, not opens the rank "Army General") */
                !(k < a && k > sb && parley_match(ex, k, PARLEY_LEX_ORGHEAD, NULL) == 1 &&
                  (parley_phrase_ends_at(ex, PARLEY_LEX_DEMONYM, k, sb) || parley_phrase_ends_at(ex, PARLEY_LEX_COUNTRY, k, sb))) &&
                /* an office before a rank is the office: "(TNI) Commander Admiral X" */
                !(a < name && k + m == a && parley_match(ex, k, PARLEY_LEX_OFFICE, NULL) == m &&
                  parley_match(ex, a, PARLEY_LEX_RANK, NULL))) {
                a = k;
                moved = true;
                break;
            }
        }
    }
    return a;
}

static int role_before(const parley_extraction *ex, size_t a, size_t sb, parley_role *out, size_t *rank_b, bool joined);

int parley_role_before(const parley_extraction *ex, size_t a, size_t sb, parley_role *out, size_t *rank_b)
{
    int rc = role_before(ex, a, sb, out, rank_b, true);
    /* "his Japanese and British counterparts, A and B": counterparts of two peoples, whose the
     * one named is, the list's order says (not the last demonym) */
    size_t d = rc == 1 && out->counterpart && out->country ? parley_phrase_start(ex, PARLEY_LEX_DEMONYM, out->b + 1, sb) : SIZE_MAX;
    if (d != SIZE_MAX && d >= sb + 2 && tok_word(ex, d - 1, "and") &&
        parley_phrase_start(ex, PARLEY_LEX_DEMONYM, d - 1, d > sb + 4 ? d - 4 : sb) != SIZE_MAX)
        out->country = NULL;
    return rc;
}

/* parley_role_before(); with join, two offices set apart by a dash are one title ("First Deputy
 * Minister of Defense - Chief of the General Staff X"), once. */
static int role_before(const parley_extraction *ex, size_t a, size_t sb, parley_role *out, size_t *rank_b, bool joined)
{
    memset(out, 0, sizeof(*out));
    size_t r = skip_ranks_back(ex, a, sb);
    if (rank_b)
        *rank_b = r;
    size_t end = r;
    /* "Pentagon Press Secretary Air Force Maj. Gen. Pat Ryder": a service (a domain of the
     * lexicon) between an office and the rank is the rank's, no part of the title */
    for (size_t n = 1; n <= 3 && r < a && r > sb + n; n++)
        if (parley_match(ex, r - n, PARLEY_LEX_DOMAIN, NULL) == n && is_cap(ex, r - n) &&
            parley_phrase_ends_at(ex, PARLEY_LEX_OFFICE, r - n, sb)) {
            end = r - n;
            break;
        }
    /* "NATO Supreme Allied Commander Europe, US Air Force General X": a country and its service
     * between the comma after the office and the rank are the rank's too */
    if (end == r && r < a && r > sb + 3) {
        size_t q = r, d;
        while (q > sb + 1 && r - q < 4 && is_cap(ex, q - 1) && (d = parley_phrase_start(ex, PARLEY_LEX_DOMAIN, q, sb)) != SIZE_MAX &&
               d < q)
            q = d;
        size_t c = q < r ? parley_phrase_start(ex, PARLEY_LEX_COUNTRY, q, sb) : SIZE_MAX;
        if (c == SIZE_MAX && q < r)
            c = parley_phrase_start(ex, PARLEY_LEX_DEMONYM, q, sb);
        if (c != SIZE_MAX && c > sb + 1 && tok_punct_is(ex, c - 1, ',') && is_cap(ex, c - 2) &&
            ex->text.tokens[c - 2].kind == PARLEY_TOK_WORD)
            end = c;
    }
    /* "Chief of Army Staff (COAS) General Asim Munir": an acronym in brackets after the title */
    if (end >= sb + 4 && tok_punct_is(ex, end - 1, ')') && tok_punct_is(ex, end - 3, '(') &&
        (ex->text.tokens[end - 2].flags & PARLEY_TOK_ALLCAPS))
        end -= 3;
    /* "Additional Secretary (Afghanistan and West Asia) X": the places an office is for, in
     * brackets after it */
    else if (end >= sb + 4 && tok_punct_is(ex, end - 1, ')')) {
        size_t o = end - 1;
        bool places = true;
        while (o > sb && o + 9 > end && !tok_punct_is(ex, o - 1, '(') && places) {
            size_t w = o - 1;
            places = tok_word(ex, w, "and") || tok_punct_is(ex, w, ',') ||
                     (is_cap(ex, w) && (parley_kind_starts(ex, w, PARLEY_LEX_COUNTRY) || parley_kind_starts(ex, w, PARLEY_LEX_REGION) ||
                                        parley_phrase_ends_at(ex, PARLEY_LEX_COUNTRY, w + 1, sb) ||
                                        parley_phrase_ends_at(ex, PARLEY_LEX_REGION, w + 1, sb) ||
                                        parley_kind_starts(ex, w, PARLEY_LEX_DOMAIN)));
            o--;
        }
        if (places && o > sb + 1 && o + 2 < end && tok_punct_is(ex, o - 1, '(') && parley_phrase_ends_at(ex, PARLEY_LEX_OFFICE, o - 1, sb))
            end = o - 1;
    }
    /* "Minister of Defense of Azerbaijan, Zakir Hasanov" and "counterpart, Levan Izoria"; "First
     * President of Kazakhstan – Elbasy Nursultan Nazarbayev" */
    if (end > sb && (tok_punct_is(ex, end - 1, ',') ||
                     (tok_punct_is(ex, end - 1, '-') && (ex->text.tokens[end - 1].flags & PARLEY_TOK_SPACE) &&
                      end < ex->text.n_tokens && (ex->text.tokens[end].flags & PARLEY_TOK_SPACE)))) {
        end--;
        /* "Chargé d'Affaires, a.i., Jonathan Cohen": a qualifier set off by commas after the
         * office */
        size_t q = end > sb + 2 ? end - 1 : sb;
        while (q > sb + 1 && !tok_punct_is(ex, q, ',') && end - q < 3)
            q--;
        if (q > sb + 1 && q + 1 < end && tok_punct_is(ex, q, ',') &&
            parley_match(ex, q + 1, PARLEY_LEX_MODIFIER, NULL) == end - q - 1 && !is_cap(ex, q + 1))
            for (size_t k = 1; k <= 4 && q >= sb + k; k++)
                if (parley_match(ex, q - k, PARLEY_LEX_OFFICE, NULL) == k) {
                    end = q;
                    break;
                }
        /* "The Permanent Secretary, Ministry of Defence, Dr. X": the office's body set off by
         * commas after it (a head word opening it); "The Director, Defence Information, Brig.-Gen.
         * X": or capitalised words of a domain or a body */
        size_t c2 = end;
        while (c2 > sb + 1 && end - c2 < 8 && !tok_punct_is(ex, c2 - 1, ','))
            c2--;
        bool body = c2 < end && is_cap(ex, c2) && parley_match(ex, c2, PARLEY_LEX_ORGHEAD, NULL) && tok_word(ex, c2 + 1, "of");
        bool domain = false;
        for (size_t q = c2; !body && q < end && q < c2 + 4 && ex->text.tokens[q].kind == PARLEY_TOK_WORD && is_cap(ex, q); q++) {
            domain |= parley_match(ex, q, PARLEY_LEX_DOMAIN, NULL) || parley_match(ex, q, PARLEY_LEX_ORGHEAD, NULL);
            body = q + 1 == end && domain;
        }
        if (c2 > sb + 2 && c2 < end && tok_punct_is(ex, c2 - 1, ',') && is_cap(ex, c2) && body)
            for (size_t k = 1; k <= 4 && c2 - 1 >= sb + k; k++)
                if (parley_match(ex, c2 - 1 - k, PARLEY_LEX_OFFICE, NULL) == k) {
                    end = c2 - 1;
                    break;
                }
        /* "The Chief of Defence Staff (CDS), General Christopher Musa": the acronym before the comma */
        if (end >= sb + 4 && tok_punct_is(ex, end - 1, ')') && tok_punct_is(ex, end - 3, '(') &&
            (ex->text.tokens[end - 2].flags & PARLEY_TOK_ALLCAPS))
            end -= 3;
    }
    /* "the foreign ministers of the two countries, A and B", "of both sides,": the plural office
     * before the sides */
    if (end > sb + 4 && end < a) {
        size_t of = parley_both_sides_at(ex, end, sb);
        if (of != SIZE_MAX && of > sb && ex->text.tokens[of - 1].kind == PARLEY_TOK_WORD &&
            parley_plural_office(ex, ex->text.text + ex->text.tokens[of - 1].start, parley_text_tok_len(&ex->text, of - 1)))
            end = of;
    }
    if (end <= sb)
        return 0;
    /* "his counterparts from Malta, A, and from Montenegro, B", "the Defence Attaches of France, A,
     * and of Germany, B": the next item of the list */
    const parley_lex_entry *ce = NULL;
    for (size_t l = 1; l <= 3 && end >= sb + l + 2 && end < a; l++) {
        size_t f = end - l - 1;
        if (!(tok_word(ex, f, "from") || tok_word(ex, f, "of")) || parley_match(ex, f + 1, PARLEY_LEX_COUNTRY, &ce) != l || !ce ||
            !(tok_word(ex, f - 1, "and") || tok_punct_is(ex, f - 1, ',')))
            continue;
        for (size_t k = f - 1; k-- > sb && k + 40 > f;)
            if ((tok_word(ex, k, "counterparts") || tok_word(ex, k, "colleagues") ||
                 (ex->text.tokens[k].kind == PARLEY_TOK_WORD &&
                  parley_plural_office(ex, ex->text.text + ex->text.tokens[k].start, parley_text_tok_len(&ex->text, k)))) &&
                parley_text_tok_same(&ex->text, k + 1, f)) {   /* (the list's own "from" or "of") */
                out->b = f;
                out->e = end;
                out->counterpart = true;
                out->country = ce->canonical;
                return 1;
            }
        break;
    }
    size_t from = end > sb + 16 ? end - 16 : sb;
    for (size_t s = from; s < end; s++) {
        const parley_token *tk = &ex->text.tokens[s];
        /* (no title starts inside a hyphenated name: "Hussein al-Sheikh and Head of ...") */
        if (tk->kind == PARLEY_TOK_PUNCT || (s > sb && !(tk->flags & PARLEY_TOK_SPACE) && tok_punct_is(ex, s - 1, '-')))
            continue;
        parley_role role;
        int rc = role_parse(ex, s, end, &role, end);   /* the title is wanted only if it ends at end */
        if (rc < 0)
            return rc;
        /* "High Commissioner X of the United Kingdom and Ambassador Y": a title does not start
         * with the country after "of" that ends someone else's */
        size_t rb = role.b;
        /* "the CPC Central Committee and Director of the Office ...": no title starts with the
         * head word that ends a body's name */
        /* ("Member of the Political Bureau of the CPC Central Committee and Foreign Minister X": nor
         * with one that a body's name goes on after) */
        if (rc == 1 && role.e == end && rb > sb && is_cap(ex, rb - 1) && ex->text.tokens[rb - 1].kind == PARLEY_TOK_WORD &&
            parley_match(ex, rb, PARLEY_LEX_ORGHEAD, NULL) && !parley_match(ex, rb, PARLEY_LEX_OFFICE, NULL) &&
            rb + 1 < end && (tok_word(ex, rb + 1, "and") || tok_word(ex, rb + 1, "of")) &&
            !parley_match(ex, rb - 1, PARLEY_LEX_DOMAIN, NULL) && !parley_match(ex, rb - 1, PARLEY_LEX_COUNTRY, NULL) &&
            !parley_match(ex, rb - 1, PARLEY_LEX_DEMONYM, NULL) && !tok_word(ex, rb - 1, "The")) {
            free(role.title);
            continue;
        }
        /* ("received today at the Prime Minister's Office the President of Kosovo, X": nor over
         * a "the" right after a capitalised word, where one phrase ends and the title starts) */
        bool broken = false;
        for (size_t k = rb + 1; rc == 1 && role.e == end && k < end && !broken; k++)
            broken = tok_word(ex, k, "the") && !is_cap(ex, k) && ex->text.tokens[k - 1].kind == PARLEY_TOK_WORD &&
                     is_cap(ex, k - 1);
        if (broken) {
            free(role.title);
            continue;
        }
        /* ("received at the Jubilee House the Prime Minister of Barbados, X": nor inside the name
         * of a seat of government, a city or a body that opens before it) */
        bool inside = false;
        for (size_t k = 1; k <= 3 && rc == 1 && role.e == end && rb >= sb + k && !inside; k++)
            inside = parley_match(ex, rb - k, PARLEY_LEX_SEAT, NULL) > k || parley_match(ex, rb - k, PARLEY_LEX_CITY, NULL) > k ||
                     parley_match(ex, rb - k, PARLEY_LEX_REGION, NULL) > k;   /* ("New South Wales Premier X") */
        /* (... nor inside a country's name: "Ambassador A of the United Arab Emirates and
         * Ambassador B" is no "Emirates and Ambassador") */
        size_t cs = rc == 1 && role.e == end && rb > sb ? parley_phrase_start(ex, PARLEY_LEX_COUNTRY, rb + 1, sb) : SIZE_MAX;
        if (cs != SIZE_MAX && cs < rb)
            inside = true;
        if (inside) {
            free(role.title);
            continue;
        }
        /* (after a name or a title's word before "of": not "in the presence of the US
         * Ambassador, X", whose title the country opens) */
        size_t of_at = rb > sb && tok_word(ex, rb - 1, "of") ? rb - 1 : rb > sb + 1 ? rb - 2 : sb;
        if (rc == 1 && role.e == end && rb > sb && parley_match(ex, rb, PARLEY_LEX_COUNTRY, NULL) &&
            (tok_word(ex, rb - 1, "of") || (rb > sb + 1 && tok_word(ex, rb - 1, "the") && tok_word(ex, rb - 2, "of"))) &&
            !(of_at > sb && ex->text.tokens[of_at - 1].kind == PARLEY_TOK_WORD && !is_cap(ex, of_at - 1))) {
            free(role.title);
            continue;
        }
        if (rc == 1 && role.e == end) {
            /* "the government of Prime Minister Shinzo Abe": an organisation's head word and "of"
             * before a title that starts with an office, rank or modifier of its own are not part
             * of the person's title */
            /* (not a body named by an office's plural: "Cabinet of Ministers Chairman X") */
            size_t h = s + tok_word(ex, s, "the");
            if (h + 2 < end && parley_match(ex, h, PARLEY_LEX_ORGHEAD, NULL) &&
                !parley_match(ex, h, PARLEY_LEX_OFFICE, NULL) && tok_word(ex, h + 1, "of") &&
                ((parley_match(ex, h + 2, PARLEY_LEX_OFFICE, NULL) &&
                  !parley_plural_office(ex, ex->text.text + ex->text.tokens[h + 2].start, parley_text_tok_len(&ex->text, h + 2))) ||
                 parley_match(ex, h + 2, PARLEY_LEX_RANK, NULL) || parley_match(ex, h + 2, PARLEY_LEX_MODIFIER, NULL))) {
                free(role.title);
                continue;
            }
            /* "The Minister of Foreign Affairs, Ambassador X": an ambassador's courtesy title after
             * an office and a comma; the office is the title (so for a senator's: "The Minister
             * for Foreign Affairs, Senator Penny Wong") */
            if (role.e == role.b + 1 && role.b > sb + 2 && tok_punct_is(ex, role.b - 1, ',') &&
                (tok_word(ex, role.b, "Ambassador") || tok_word(ex, role.b, "Senator"))) {
                parley_role before;
                int rc2 = parley_role_before(ex, role.b, sb, &before, NULL);
                if (rc2 < 0) {
                    free(role.title);
                    return rc2;
                }
                if (rc2 == 1 && before.title && before.office) {
                    free(role.title);
                    before.e = end;
                    *out = before;
                    return 1;
                }
                free(before.title);
            }
            /* "State Minister of Foreign Affairs Ambassador X": an ambassador's courtesy title
             * right after a whole office is no part of it */
            /* (... and so is a senator's: "Minister for Foreign Affairs Senator Penny Wong") */
            size_t tl = role.title ? strlen(role.title) : 0;
            size_t cl = tl > 11 && strcmp(role.title + tl - 11, " Ambassador") == 0 ? 11
                        : tl > 8 && strcmp(role.title + tl - 8, " Senator") == 0  ? 8
                                                                                  : 0;
            if (cl && role.e >= role.b + 3 &&
                (tok_word(ex, role.e - 1, "Ambassador") || tok_word(ex, role.e - 1, "Senator")) &&
                (parley_phrase_ends_at(ex, PARLEY_LEX_DOMAIN, role.e - 1, role.b) ||
                 (parley_phrase_ends_at(ex, PARLEY_LEX_OFFICE, role.e - 1, role.b) &&
                  !parley_phrase_ends_at(ex, PARLEY_LEX_MODIFIER, role.e - 1, role.b))))
                role.title[tl - cl] = '\0';
            /* "First Deputy Minister of Defense - Chief of the General Staff of the Azerbaijan Army
             * X": an office before a dash set apart by spaces holds the title too; so does one
             * before a slash with no spaces ("High Representative/Vice-President X") */
            bool slash = role.b > sb + 2 && tok_punct_is(ex, role.b - 1, '/') &&
                         !(ex->text.tokens[role.b - 1].flags & PARLEY_TOK_SPACE) && !(ex->text.tokens[role.b].flags & PARLEY_TOK_SPACE);
            if (joined && role.office && role.title && role.b > sb + 2 &&
                (slash || (tok_punct_is(ex, role.b - 1, '-') && (ex->text.tokens[role.b - 1].flags & PARLEY_TOK_SPACE) &&
                           (ex->text.tokens[role.b].flags & PARLEY_TOK_SPACE)))) {
                parley_role first;
                int rc2 = role_before(ex, slash ? role.b - 1 : role.b, sb, &first, NULL, false);
                if (rc2 < 0) {
                    free(role.title);
                    return rc2;
                }
                char *both = NULL;
                /* (not a dateline's city: "NUR-SULTAN - Defence Minister X") */
                if (rc2 == 1 && first.office && first.title && first.e + 1 == role.b && strchr(first.title, ' ') &&
                    !(ex->text.tokens[first.b].flags & PARLEY_TOK_ALLCAPS) && !(both = joined_titles(first.title, slash ? "/" : " - ", role.title))) {
                    free(first.title);
                    free(role.title);
                    return PARLEY_ENOMEM;
                }
                if (both) {
                    free(role.title);
                    role.title = both;
                    role.b = first.b;
                    if (!role.country)
                        role.country = first.country;
                }
                free(first.title);
            }
            /* "Ontario Premier X", "Texas Governor X", "Moscow Mayor X": a state of a known country
             * right before the office is where it is held, and so is a large city (not "Central
             * Bank Governor", "Sixth Fleet commander": small towns of the world's gazetteer) */
            for (size_t n = 3; n >= 1 && !role.country && !role.international && role.office; n--) {   /* (the longest first) */
                if (role.b < sb + n)
                    continue;
                const parley_lex_entry *pe = NULL;
                if (!is_cap(ex, role.b - n))
                    continue;
                if (parley_match(ex, role.b - n, PARLEY_LEX_REGION, &pe) == n && pe && pe->country)
                    role.country = pe->country;
                else if (parley_match(ex, role.b - n, PARLEY_LEX_CITY, &pe) == n && pe && pe->country &&
                         pe->population >= PARLEY_LARGE_CITY)
                    role.country = pe->country;
            }
            /* "The Jordanian monarch, King Abdullah II": an office of a country set off by a comma
             * before a royal title or rank says whose it is */
            if (joined && !role.country && !role.international && role.b > sb + 2 && tok_punct_is(ex, role.b - 1, ',')) {
                parley_role app;
                int rc2 = role_before(ex, role.b - 1, sb, &app, NULL, false);
                if (rc2 < 0) {
                    free(role.title);
                    return rc2;
                }
                if (rc2 == 1 && app.office && app.country && !app.counterpart)
                    role.country = app.country;
                free(app.title);
            }
            /* a phrase after a comma must be a whole apposition, not the tail of a clause */
            *out = role;
            return 1;
        }
        free(role.title);
    }
    return 0;
}
