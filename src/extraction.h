/**
 * @file extraction.h
 * @brief What parley finds in one document: entities (with mentions and roles) and events
 * (meetings, agreements, calls, exercises, with evidence).
 *
 * A ::parley_extraction is made by parley_extract_document() and read by the exporters.
 * Its arrays are read-only for callers; the extraction owns every string and array in it.
 */
#ifndef PARLEY_EXTRACTION_H
#define PARLEY_EXTRACTION_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

#include "document.h"
#include "lexicon.h"
#include "map.h"
#include "text.h"

/** Entity types, in the order of their names in parley_entity_type_name(). */
typedef enum {
    PARLEY_ENTITY_PERSON = 0,
    PARLEY_ENTITY_COUNTRY,
    PARLEY_ENTITY_LOCATION,
    PARLEY_ENTITY_ORGANIZATION,
    PARLEY_ENTITY_EXERCISE
} parley_entity_type;

/** Event types. */
typedef enum {
    PARLEY_EVENT_MEETING = 0,
    PARLEY_EVENT_AGREEMENT,
    PARLEY_EVENT_CALL,
    PARLEY_EVENT_EXERCISE
} parley_event_type;

/** Event status. */
typedef enum { PARLEY_STATUS_OCCURRED = 0, PARLEY_STATUS_PLANNED } parley_event_status;

/** A mention: a span of the text that names an entity. */
typedef struct {
    uint32_t tb, te;          /**< tokens [tb, te) */
    uint32_t start, end;      /**< bytes of the normalised text */
    uint32_t sentence;        /**< index of its sentence */
    int type;                 /**< a ::parley_entity_type */
    int entity;               /**< index of its entity, or -1 before resolution */
    bool strong;              /**< a person found from context (title, apposition, verb) */
    const parley_lex_entry *lex;  /**< the lexicon entry (countries, places, organisations) */
    char *title;              /**< the role stated at this mention, or NULL */
    char *country;            /**< the country stated at this mention, or NULL */
    bool counterpart;         /**< "his Georgian counterpart X": the title is the other side's */
    bool title_rank;          /**< the title is only the ranks before the name ("Vice Admiral") */
    bool title_also;          /**< the title is a second office ("X, who is also deputy prime
                                   minister"): another mention's, or a counterpart's, comes first */
    int32_t role_of;          /**< a role phrase ("Minister of Defense of Georgia") naming the person
                                   whose name starts at this token, or an organisation's acronym
                                   ("WMF") whose name starts there; -1 otherwise */
    bool nested;              /**< inside an organisation's name ("Iraqi security forces") */
    bool international;       /**< the role at this mention is an international organisation's
                                   ("NATO Secretary General"): no country is guessed for it */
} parley_mention;

/** An entity of one document. */
typedef struct {
    char *id;                 /**< stable slug: "person:zakir-hasanov" */
    char *name;               /**< fullest name */
    char *key;                /**< folded name, tokens separated by single spaces */
    int type;                 /**< a ::parley_entity_type */
    char *country;            /**< country name (a person's, a city's), or NULL */
    char *title;              /**< a person's title, or NULL */
    double lat, lon;          /**< coordinates (places known to libgeonames) */
    bool has_coords;
    uint32_t first_start;     /**< the earliest byte where a mention of it starts (resolution) */
    uint32_t *mentions;       /**< indices into the mention array, in text order */
    size_t n_mentions, cap_mentions;
} parley_entity;

/** A piece of evidence: one sentence of the normalised text. */
typedef struct {
    uint32_t start, end;      /**< bytes of the normalised text */
    char *trigger;            /**< the words that triggered the event */
} parley_evidence;

/** An event. */
typedef struct {
    int type;                 /**< a ::parley_event_type */
    int status;               /**< a ::parley_event_status */
    int *participants;        /**< entity indices */
    size_t n_participants, cap_participants;
    char date[11];            /**< YYYY-MM-DD, YYYY-MM, YYYY, --MM-DD or "" */
    int place;                /**< entity index of the place, or -1 */
    bool story_dated;         /**< the date is the story's own, no sentence said it (a later one may) */
    char *name;               /**< an agreement's title, or NULL */
    parley_evidence *evidence;
    size_t n_evidence, cap_evidence;
} parley_event;

/** Everything found in one document. */
typedef struct parley_extraction {
    const parley_document *doc;   /**< the document (not owned; must outlive the extraction) */
    const parley_lexicon *lex;    /**< the lexicon (not owned) */
    parley_text text;
    /* per-token longest lexicon match */
    const parley_lex_entry **tag_entry;
    uint8_t *tag_len;
    /* every lexicon phrase starting at each token: matches [match_off[i], match_off[i+1]) */
    uint32_t *match_off;
    uint8_t *match_len;
    const parley_lex_entry **match_entry;
    uint64_t *match_kinds;        /* per token: a bit (1 << kind) for every kind among its matches */
    char *lower;                  /* the text with ASCII letters in lower case (the folded form of
                                   * the tokens marked PARLEY_TOK_ASCII), while tagging */
    parley_mention *mentions;
    size_t n_mentions, cap_mentions;
    parley_entity *entities;
    size_t n_entities, cap_entities;
    parley_event *events;
    size_t n_events, cap_events;
    int dateline_place;           /**< entity index of the dateline's city, or -1 */
    bool dateline_venue;          /**< the dateline names a venue for its city ("UNITED NATIONS"): it
                                   * says where, not whose officials the story quotes */
    char dateline_date[11];       /**< the dateline's full date ("DHAKA, Jan 15, 2025 (BSS) -") as
                                   * YYYY-MM-DD when the document gives none, else "" */
    parley_lex_entry dateline_city;  /**< a dateline's city the lexicon does not know ("SHARM EL-SHEIKH,
                                   * Egypt (AP) -"), as a city of the country named after it; its
                                   * canonical name (dateline_city_name) is owned by the extraction */
    char *dateline_city_name;
    int8_t *name_cache;           /**< per token: -1 not yet known, 0/1 whether a lexicon word blocks a name */
    uint32_t *sent_mentions;      /**< mentions of sentence s: [sent_mentions[s], sent_mentions[s+1]) */
    /* while events are found: the events each entity takes part in (part_head[entity] is the
     * first node of its list in parts, plus one; 0 for none) */
    int32_t *part_head;
    parley_lists parts;
} parley_extraction;

/** @brief "person", "country", "location", "organization", "exercise". */
const char *parley_entity_type_name(int type);

/**
 * @brief The stable slug of a name: "type:" and the folded letters and digits of any script,
 * runs of anything else as one '-' ("person", "Zakir Hasanov" -> "person:zakir-hasanov").
 * @return a new string the caller frees, or NULL when out of memory. O(length).
 */
char *parley_entity_slug(const char *type, const char *name);
/** @brief "meeting", "agreement", "call", "exercise". */
const char *parley_event_type_name(int type);

/**
 * @brief Extract entities and events from one document.
 * @param[out] out the extraction; free with parley_extraction_free()
 * @param lex the lexicon (shared, read-only)
 * @param doc the document; it must outlive the extraction
 * @return 0 or ::PARLEY_ENOMEM. O(n·k) for n tokens and k the longest lexicon phrase.
 */
int parley_extract_document(parley_extraction **out, const parley_lexicon *lex, const parley_document *doc);

/**
 * @brief The article's date: the document's (header, JSONL field), else the full date of its
 * dateline ("DHAKA, Jan 15, 2025 (BSS) -"), else NULL. Owned by the extraction (or its
 * document). O(1).
 */
const char *parley_extraction_date(const parley_extraction *ex);

/** @brief Free an extraction. NULL is ignored. */
void parley_extraction_free(parley_extraction *ex);

/* ---- stages, in pipeline order (used by parley_extract_document and by the tests) ---- */

/** @brief Tag every token with its longest lexicon match. O(n·k). */
int parley_mentions_tag(parley_extraction *ex);
/** @brief Find the mentions: countries, places, organisations, exercises, people. O(n·k). */
int parley_mentions_find(parley_extraction *ex);
/** @brief Resolve mentions into entities (one per person), with roles. O(m·e). */
int parley_entities_resolve(parley_extraction *ex);
/** @brief Find meetings, agreements, calls and exercise participation. O(n·m). */
int parley_events_find(parley_extraction *ex);

/* ---- helpers shared by the stages ---- */

/** @brief The lexicon entries of token @p i if its match has a meaning of @p kind. */
const parley_lex_entry *parley_tag_kind(const parley_extraction *ex, size_t i, parley_lex_kind kind);
/** @brief Longest match at token @p i of an entry of @p kind (any kind when negative);
 * the entry goes to @p out. @return the length in tokens, 0 when none. O(k). */
size_t parley_match_at(const parley_extraction *ex, size_t i, int kind, const parley_lex_entry **out);

/* Most queries ask for a kind that matches nowhere at the token: answered here, without a call. */
static inline size_t parley_match(const parley_extraction *ex, size_t i, int kind, const parley_lex_entry **out)
{
    if (kind >= 0 && ex->match_kinds && i < ex->text.n_tokens && !(ex->match_kinds[i] & (UINT64_C(1) << kind)))
        return 0;
    return parley_match_at(ex, i, kind, out);
}
/** @brief Does a phrase of @p kind start at token @p i, in whatever case it is written ("the
 * visiting general": the lexicon's ranks are capitalised, so parley_match() would say none)? O(1). */
static inline bool parley_kind_starts(const parley_extraction *ex, size_t i, int kind)
{
    return ex->match_kinds && i < ex->text.n_tokens && (ex->match_kinds[i] & (UINT64_C(1) << kind));
}
/** @brief Folded text of tokens [b, e), joined as lexicon keys are. The caller frees. */
char *parley_tokens_key(const parley_extraction *ex, size_t b, size_t e);
/** @brief Add a mention; strings are copied. @return its index, or a negative error. */
int parley_mention_add(parley_extraction *ex, int type, size_t tb, size_t te, size_t sentence,
                       const parley_lex_entry *lex);
/** @brief Find the dateline's place ("ABU DHABI, …") and set ex->dateline_place. O(m). */
void parley_find_dateline(parley_extraction *ex);
/** @brief Index of the sentence holding token @p tok. O(log s). */
size_t parley_sentence_of(const parley_extraction *ex, size_t tok);
/**
 * @brief The first index in mentions [@p lo, @p hi) whose mention starts at token @p tok or later
 * (@p hi when none): the mentions are in text order, so by bisection. O(log(hi - lo)).
 */
size_t parley_mention_from(const parley_extraction *ex, size_t lo, size_t hi, size_t tok);

/** @brief Where a story's first words stand in sentence @p se: after its dateline's dash, spaced,
 * among the first 16 tokens ("BEIJING - A and B ..."), else the sentence's first token.
 * O(1) (at most 16 tokens). Defined in mentions.c. */
size_t parley_lead_start(const parley_extraction *ex, const parley_sentence *se);
/** @brief Does a phrase of lexicon @p kind end right before token @p t, starting at @p b or
 * later (and at most four tokens back)? O(1) look-ups of the tag cache. */
bool parley_phrase_ends_at(const parley_extraction *ex, int kind, size_t t, size_t b);
/** @brief The first token of the phrase parley_phrase_ends_at() finds, or SIZE_MAX. O(1). */
size_t parley_phrase_start(const parley_extraction *ex, int kind, size_t t, size_t b);
/** @brief Is the place at token @p t where a document named right before was signed ("the peace
 * declaration signed in Kuala Lumpur", "the charter adopted in"), @p b the sentence's first token?
 * Such a place is the document's, no one's whereabouts. O(1). */
bool parley_document_signed_in(const parley_extraction *ex, size_t t, size_t b);
/** @brief Is the rank at token @p i the first word of a body's name, one to three capitalised
 * words ending in an organisation head before @p end ("the General Intelligence Service", not
 * "Army Staff General Asim Munir")? O(1). */
bool parley_rank_opens_body(const parley_extraction *ex, size_t i, size_t end);
/** @brief Is token @p i a noun for what is talked about, so that "in" after it names a topic,
 * not a place ("the war in Ukraine", "the situation in Sudan")? O(1). */
bool parley_topic_noun(const parley_extraction *ex, size_t i);
/** @brief Is the word @p w of @p n bytes an office's plural: less its "s", an office of the
 * lexicon ("presidents", "Ministers")? O(n). */
bool parley_plural_office(const parley_extraction *ex, const char *w, size_t n);
/** @brief Is token @p k a word in capitals of two to five letters that the lexicon knows as nothing
 * but the kinds in @p mask (0: no body, country or place: "CAS", "CNS"; the office kinds: "EAM",
 * "COAS"): perhaps an office's initials? O(1). */
bool parley_office_initials_at(const parley_extraction *ex, size_t k, uint64_t mask);
/** @brief Does "sidelines", "sideline", "margins" or "margin" stand among tokens [@p b, @p e) ("on the
 * sidelines of the summit": both sides of a meeting may be visitors; the summit's attendees are no
 * party to the talks on its sidelines)? O(e - b). */
bool parley_on_sidelines(const parley_extraction *ex, size_t b, size_t e);
/** @brief Is token @p t of sentence @p s inside a quotation (an odd number of double quotes
 * between the sentence's start and it)? O(t - start of the sentence). */
bool parley_in_quotation(const parley_extraction *ex, size_t s, size_t t);
/** @brief Is the name at token @p tb the source a sentence is told by, "..., according to
 * presidential spokesperson X": "according to" before it and its title words (at most 8 words back,
 * not before sentence start @p sb)? O(1). */
bool parley_according_to_before(const parley_extraction *ex, size_t tb, size_t sb);
/** @brief Is token @p p of sentence @p se in a clause after a comma that tells another time: "...,
 * a day after the two leaders signed the Ankara Declaration in Türkiye", "..., two weeks before
 * ..." (at most 20 tokens back)? O(1). */
bool parley_in_other_time_clause(const parley_extraction *ex, const parley_sentence *se, size_t p);
/** @brief After meeting words ending at token @p q: "[with] the [Serbian] delegation", "the
 * [visiting] lawmakers", "the visitors" ("Minister X met the delegation at the ministry"), before
 * @p end. The token of "the", the demonym's length in @p *dl; SIZE_MAX when not. O(1). */
size_t parley_delegation_met(const parley_extraction *ex, size_t q, size_t end, size_t *dl);
/** @brief The person of a release's letterhead ("Hon. Richard Marles MP" on a line of its own among
 * the first three sentences, named before anyone else): whom "I" opening a sentence means; the
 * entity, or -1. O(mentions). */
int parley_letterhead(const parley_extraction *ex);
/** @brief Is token @p k "talks", "discussions", "consultations" or "negotiations" followed by "on"
 * and what they are on, before @p end ("talks on European security"; not "talks on Monday", "talks
 * on the sidelines")? O(1). */
bool parley_talks_on(const parley_extraction *ex, size_t k, size_t end);
/** @brief Is token @p q "the" after "for" and a word of preparation ("preparations for the",
 * "preparing for the"), none of them before @p sb: what follows is a thing to come ("preparations
 * for the Gaza reconstruction conference in Cairo")? O(1). */
bool parley_prepared_for_at(const parley_extraction *ex, size_t q, size_t sb);
/** @brief Is "to" at token @p q the end of "welcomed X to" ("welcomed Estonian Minister of Defence
 * X to London": where they met), the name and its title at most twelve words after @p sb? O(1). */
bool parley_welcomed_to(const parley_extraction *ex, size_t q, size_t sb);
/** @brief The delegation told last in the eight sentences before sentence @p s ("a delegation led
 * by General X", "headed by"): its sentence in @p *sentence and the token "by" in @p *by, or false.
 * O(tokens of those sentences). */
bool parley_delegation_led_by(const parley_extraction *ex, size_t s, size_t *sentence, size_t *by);
/** @brief "held the second Japan-Philippines Foreign and Defense Ministerial Meeting ("2+2") with
 * X": a meeting named between "held" (or "convened", "chaired") and "with" (or, after "A and B",
 * the name's end: "A and B held the 15th Framework Dialogue in Canberra"), in tokens [@p b, @p e)
 * (at most twenty tokens, the last word a meeting noun: "Meeting", "Talks", "Dialogue",
 * "Consultations", "Summit", "Session"). The token of "held" and @p *len up to the name's end
 * (a bracket after it included), or SIZE_MAX. O(e - b). */
size_t parley_named_meeting(const parley_extraction *ex, size_t b, size_t e, size_t *len);
/** @brief "of both countries", "of the two sides" (or "nations") ending right before token @p end,
 * after token @p b ("the foreign ministers of both countries, A and B"): the token of "of", or
 * SIZE_MAX. O(1). */
size_t parley_both_sides_at(const parley_extraction *ex, size_t end, size_t b);
/** @brief A leader's office at token @p k, capitalised: "President", "King", "Queen", "Emir",
 * "Chancellor", "Premier" (1) or "Prime Minister" (2); its length in tokens, or 0. O(1). */
size_t parley_leader_office_at(const parley_extraction *ex, size_t k);
/** @brief Is token @p i the "for" of a departure ("left for", "departed for", "set off for"), after
 * token @p b, so that a place named after it is where someone goes? O(1). */
bool parley_departure_for(const parley_extraction *ex, size_t i, size_t b);
/** @brief Is token @p i the "from" of a journey's start, a verb of travel among the eight words
 * before it and after token @p b ("travelled to Kyiv by train from Poland", "arrived from
 * Moscow"), so that a place named after it is where someone was, not whose they are? O(8). */
bool parley_journey_from(const parley_extraction *ex, size_t i, size_t b);
/** @brief The country (canonical name, owned by the lexicon) of a side phrase ending at token @p q
 * ("side"): "from the Russian side", "on the Japanese side", "for the Australian side", a demonym
 * or a country's name of up to three tokens, after token @p b; NULL when none. O(1). */
const char *parley_side_country(const parley_extraction *ex, size_t q, size_t b);
/** @brief The countries listed from token @p i on, before @p end: "[the] A, [the] B and [the] C"
 * (commas and "and" between them). Writes up to @p max canonical names into @p out (names owned
 * by the lexicon) and returns how many it read. O(length of the list). */
size_t parley_countries_after(const parley_extraction *ex, size_t i, size_t end, const char **out, size_t max);
/** @brief The first plural office of sentence @p s followed by "of" and a list of countries: "The
 * presidents of Nigeria, Ghana and Senegal met in Abuja". Writes up to @p max countries into
 * @p out (names owned by the lexicon), the office's tokens with the domain words before it
 * ("Defense Ministers") into [@p *role_b, @p *role_e), and returns how many countries it listed
 * (0 when none). O(tokens of the sentence). */
size_t parley_role_countries(const parley_extraction *ex, size_t s, const char **out, size_t max, size_t *role_b,
                             size_t *role_e);
/**
 * @brief Does a phrase of lexicon @p kind end right before the title in front of the name at
 * token @p name ("greetings from [Prime Minister] X", "on behalf of [the President,] X", "his
 * wife X")? The title may hold offices, ranks, modifiers, domains, honorifics, "the", "his",
 * "her", "of" and commas; nothing before sentence start @p sb counts. O(title length).
 */
bool parley_phrase_before_title(const parley_extraction *ex, size_t name, size_t sb, int kind);


/** A role phrase: "Azerbaijan's Defense Minister", "Minister of Defense of Georgia". */
typedef struct {
    size_t b, e;              /**< tokens of the phrase */
    bool office;              /**< it holds an office word */
    bool counterpart;         /**< it is "(his Georgian) counterpart" */
    bool international;       /**< it holds an international organisation ("NATO Secretary General") */
    const char *country;      /**< the country it names (canonical, owned by the lexicon) or NULL */
    char *title;              /**< the title without country, determiners or "former"; owned */
} parley_role;

/**
 * @brief Parse a role phrase starting at token @p i and ending at most at @p end.
 * @return 1 when a phrase with an office (or "counterpart") was found, 0 when not,
 * ::PARLEY_ENOMEM. O(length · k). Free out->title with free().
 */
int parley_role_parse(const parley_extraction *ex, size_t i, size_t end, parley_role *out);

/**
 * @brief Find the role phrase that ends right before token @p a (ranks, honorifics and a comma
 * may stand between), starting no earlier than @p sb.
 * @param[out] rank_b first token of the ranks and honorifics before @p a
 * @param ex the extraction (not modified)
 * @param a the token the phrase must end before
 * @param sb the first token the phrase may start at (the sentence's)
 * @param[out] out the role found; free out->title with free()
 * @return 1 when found, 0 when not, ::PARLEY_ENOMEM.
 */
int parley_role_before(const parley_extraction *ex, size_t a, size_t sb, parley_role *out, size_t *rank_b);

#endif
