/**
 * @file lexicon.h
 * @brief Lexicons: countries, places, organisations, titles and event vocabulary,
 * loaded from tab-separated data files and from libgeonames.
 *
 * A lexicon maps a phrase (folded: lower case, accents removed, tokens joined as in the
 * text) to one or more entries. It is filled once at start-up and then only read, so one
 * lexicon may be shared by many threads. No person names ship in parley's lexicons.
 */
#ifndef PARLEY_LEXICON_H
#define PARLEY_LEXICON_H

#include <stddef.h>
#include <stdio.h>
#include <stdbool.h>

/** What a lexicon entry says a phrase is. */
typedef enum {
    PARLEY_LEX_COUNTRY = 0,   /**< a country's name or alias; canonical = the country */
    PARLEY_LEX_DEMONYM,       /**< an adjective or demonym ("Georgian"); canonical = the country */
    PARLEY_LEX_CITY,          /**< a city; country = its country */
    PARLEY_LEX_REGION,        /**< a region, sea or state */
    PARLEY_LEX_ORG,           /**< an international organisation; canonical = its full name */
    PARLEY_LEX_OFFICE,        /**< a title's head word ("Minister", "Prime Minister") */
    PARLEY_LEX_RANK,          /**< a military rank ("Colonel General") */
    PARLEY_LEX_HONORIFIC,     /**< "Mr.", "H.E." */
    PARLEY_LEX_MODIFIER,      /**< "Deputy", "Acting", "former" */
    PARLEY_LEX_DOMAIN,        /**< "Defense", "Foreign Affairs" */
    PARLEY_LEX_ORGHEAD,       /**< "Ministry", "Council": makes a phrase an organisation */
    PARLEY_LEX_PARTICLE,      /**< "da", "bin": may stand inside a name */
    PARLEY_LEX_STOP,          /**< never part of a person's name */
    PARLEY_LEX_EXERCISE,      /**< "exercise", "drills" */
    PARLEY_LEX_EXGENERIC,     /**< "command", "staff": qualifies an exercise */
    PARLEY_LEX_MEET,          /**< meeting vocabulary */
    PARLEY_LEX_MEET_NOUN,     /**< "meeting", "talks" */
    PARLEY_LEX_JOIN,          /**< "took part in the meeting" */
    PARLEY_LEX_CALL,          /**< remote contact */
    PARLEY_LEX_PLANNED,       /**< future or intended */
    PARLEY_LEX_NEGATION,      /**< did not happen */
    PARLEY_LEX_SIGN,          /**< "signed" */
    PARLEY_LEX_DOCUMENT,      /**< "agreement", "memorandum" */
    PARLEY_LEX_VISIT,         /**< "visit to" */
    PARLEY_LEX_CLUTTER_LINE,  /**< a line of site clutter */
    PARLEY_LEX_CLUTTER_END,   /**< site clutter that ends the article */
    PARLEY_LEX_PERSON_VERB,   /**< "said", "met": marks a preceding name as a person */
    PARLEY_LEX_PERSON_NOUN,   /**< "brother", "citizen": before or in apposition to a name, a person */
    PARLEY_LEX_RULER_NOUN,    /**< "regime", "reign": "Assad's regime" makes Assad a person */
    PARLEY_LEX_PLACE_HEAD,    /**< "River", "Dam": ends a capitalised place name ("Mosul Dam") */
    PARLEY_LEX_PLACE_FIRST,   /**< "Mount", "Camp": opens a capitalised place name ("Mount Sinjar") */
    PARLEY_LEX_DOCUMENT_NAME, /**< "Agreement", "Accords": ends a capitalised document's name ("Camp David
                                   Accords"), which names no organisation, place or person */
    PARLEY_LEX_EVENT_NAME,    /**< "War", "Revolution": ends a capitalised name of a war or another event of
                                   history ("the Korean War"), which names no organisation, place or person */
    PARLEY_LEX_GROUP,         /**< "the two ministers", "both sides": the people of the last meeting */
    PARLEY_LEX_SENDER,        /**< "greetings from", "on behalf of": the next person is the speaker's compatriot */
    PARLEY_LEX_HOST,          /**< "hosted", "received": the subject is at home where the guest is received */
    PARLEY_LEX_RELATIVE,      /**< "his wife": the next person is a compatriot of the one before */
    PARLEY_LEX_VESSEL,        /**< "USS", "HMS": the name after it is a ship's, not a person's */
    PARLEY_LEX_INTERNATIONAL, /**< "NATO", "United Nations": an office of it belongs to no country */
    PARLEY_LEX_MEMBERS,       /**< "delegation included": the people after it are of the delegation's country */
    PARLEY_LEX_ADDRESSEE,     /**< "thanked", "urged": a country right after it is spoken to, not the speaker's */
    PARLEY_LEX_NATIONAL_OFFICE, /**< "Secretary of State", "Taoiseach": an office of one country only;
                                     country = that country */
    PARLEY_LEX_AGENCY,        /**< a national news agency credited in a dateline ("(APP)", "/TASS/");
                                   country = its country */
    PARLEY_LEX_ROYAL,         /**< "King", "Queen": a monarch's or a royal consort's title; a royal couple
                                   shares a country */
    PARLEY_LEX_COMPANY_OFFICE, /**< "chief executive", "CEO": the name right before it and a person's
                                   name is a company's ("Hyundai Rotem chief executive X") */
    PARLEY_LEX_DATELINE,      /**< "UNITED NATIONS": what opens a dateline for a city (places.tsv kind
                                   "dateline"); canonical = the city, country = its country */
    PARLEY_LEX_SEAT,          /**< "the White House", "the Kremlin": a seat of government in a city (places.tsv
                                   kind "seat"); canonical = the city, country = its country */
    PARLEY_LEX_CAPITAL,       /**< a country's capital (places.tsv kind "capital"), keyed "capital of <country>";
                                   canonical = the city, country = the country */
    PARLEY_LEX_COUNTERPART_TITLE, /**< "External Affairs Minister": a national office; canonical = the office
                                       its holder's counterparts hold ("Foreign Minister") */
    PARLEY_LEX_PATRONYMIC,    /**< "uulu", "oglu": a lower-case word that ends or stands inside a name
                                   ("Nurlanbek Turgunbek uulu", "Ilham Heydar oglu Aliyev") */
    PARLEY_LEX_NAME_HONORIFIC, /**< "Sheikh" for Bangladesh: an honorific word that is part of the names
                                    of the people of the entry's country ("Sheikh Hasina") */
    PARLEY_LEX_NATIONAL_TITLE, /**< "Defence Minister of United States": a generic office in a country,
                                    keyed "<office> of <country>"; canonical = that country's own name for
                                    it ("Secretary of Defense"), given to a counterpart */
    PARLEY_LEX_OUTLET,        /**< a news site's domain ("ndtv.com"), keyed by its labels apart ("ndtv com");
                                   country = the country whose news it reports (data/outlets.tsv) */
    PARLEY_LEX_STATE_NOUN,    /**< "Kingdom", "Sultanate": a state named by its kind alone ("the U.S.
                                   Ambassador to the Kingdom X"), the country the text is from */
    PARLEY_LEX_MONARCHY,      /**< a country with a monarch (phrase = its canonical name): a royal title
                                   ("Crown Prince") is guessed for no other */
    PARLEY_LEX_NO_PREMIER,    /**< a country with no prime minister (phrase = its canonical name): "Prime
                                   Minister" is not guessed for it */
    PARLEY_LEX_MONARCHY_PRESIDENT, /**< a monarchy whose head of state is a President (phrase = its
                                        canonical name): "President" is guessed for no other monarchy */
    PARLEY_LEX_N_KINDS
} parley_lex_kind;

/** A city of at least this many people is known by its name alone: a name the gazetteer also
 * gives to small towns ("Central", "Federal") is read as a city only when it is this large, or
 * when the text says it is a place. */
#define PARLEY_LARGE_CITY 500000u

/** One meaning of a phrase. Owned by the lexicon; read-only for callers. */
typedef struct parley_lex_entry {
    parley_lex_kind kind;
    const char *canonical;   /**< the canonical name (countries, places, organisations) */
    const char *country;     /**< the country of a city or place, or NULL */
    double lat, lon;         /**< coordinates of a city (0 when unknown) */
    unsigned population;     /**< population of a city (0 when unknown); see ::PARLEY_LARGE_CITY */
    bool need_cap;           /**< the text must be capitalised to match */
    bool need_exact;         /**< the text must match the surface exactly (acronyms like "US") */
    const char *surface;     /**< the phrase as written in the data file */
    const struct parley_lex_entry *next;  /**< the next meaning of the same phrase */
} parley_lex_entry;

/** An opaque, read-mostly lexicon. */
typedef struct parley_lexicon parley_lexicon;

/**
 * @brief Create an empty lexicon.
 * @param[out] out the new lexicon; free it with parley_lexicon_free(). O(1).
 * @return 0 or ::PARLEY_ENOMEM.
 */
int parley_lexicon_new(parley_lexicon **out);

/** @brief Free a lexicon and every entry. NULL is ignored. O(n). */
void parley_lexicon_free(parley_lexicon *lex);

/**
 * @brief Add one phrase. The lexicon copies every string.
 * @return 0 or ::PARLEY_ENOMEM. Amortised O(length of phrase).
 */
int parley_lexicon_add(parley_lexicon *lex, parley_lex_kind kind, const char *phrase,
                       const char *canonical, const char *country);

/**
 * @brief Load a lexicon file. Its shape is taken from its base name: `countries*.tsv`
 * (name, aliases, demonyms), `organizations*.tsv` (name, aliases), `places*.tsv`
 * (name, kind, country), or a `kind<TAB>phrase` file (titles, words, events, clutter).
 *
 * @param lex the lexicon to fill
 * @param path the file to read
 * @param err where to report a bad line as `file:line: message` (may be NULL)
 * @return 0; ::PARLEY_EIO when the file cannot be read; ::PARLEY_EINPUT on a bad line
 *         (reported, and the load stops). O(size of file).
 */
int parley_lexicon_load_file(parley_lexicon *lex, const char *path, FILE *err);

/**
 * @brief Load every `*.tsv` file of a folder, in name order. O(size of the files).
 * @return 0, or the first error of parley_lexicon_load_file().
 */
int parley_lexicon_load_dir(parley_lexicon *lex, const char *dir, FILE *err);

/**
 * @brief Add the ~24,000 cities of libgeonames (name, country, coordinates, population).
 * @return 0 or ::PARLEY_ENOMEM. O(number of cities).
 */
int parley_lexicon_load_geonames(parley_lexicon *lex);

/**
 * @brief As parley_lexicon_load_geonames(), through a cache in folder @p cache_dir: the cities
 * are read from `geonames-cities-<size>-<time>.tsv` there (named after the libgeonames library
 * file, so a new libgeonames makes a new cache) when it exists, else from libgeonames and
 * written there (created if missing, written to a temporary file and renamed). A cache that
 * cannot be read or written is ignored. @p cache_dir NULL: no cache. The lexicon is the same
 * either way. Reading the cache takes a third of the time of libgeonames' compressed data.
 * @return 0 or ::PARLEY_ENOMEM. O(number of cities).
 */
int parley_lexicon_load_geonames_cached(parley_lexicon *lex, const char *cache_dir);

/**
 * @brief Look up a folded phrase.
 * @return the first entry, or NULL. Follow @c next for the others. O(length of key).
 */
const parley_lex_entry *parley_lexicon_lookup(const parley_lexicon *lex, const char *key, size_t len);

/**
 * @brief The capital of a country, as places.tsv lists it ("Astana" for "Kazakhstan"): its
 * entry of kind ::PARLEY_LEX_CAPITAL (canonical = the city), or NULL when none is listed or
 * memory runs out. The entry is the lexicon's. O(length of the name).
 */
const parley_lex_entry *parley_lexicon_capital_of(const parley_lexicon *lex, const char *country);

/** @brief Is @p city (an entry with a country) its country's capital, as places.tsv lists it ("Doha",
 * "Vientiane")? O(length of the country's name). */
bool parley_lexicon_is_capital(const parley_lexicon *lex, const parley_lex_entry *city);

/** @brief The first entry of @p kind for a phrase, or NULL. O(length of key). */
const parley_lex_entry *parley_lexicon_find(const parley_lexicon *lex, parley_lex_kind kind,
                                            const char *key, size_t len);

/** @brief Is @p key a phrase, or a phrase's beginning that ends at a token boundary? O(length). */
bool parley_lexicon_is_prefix(const parley_lexicon *lex, const char *key, size_t len);

/** @brief Look up a folded key once: its entries (NULL when it is no phrase), and in @p known
 * whether it is a phrase or a phrase's beginning. O(length). */
const parley_lex_entry *parley_lexicon_probe(const parley_lexicon *lex, const char *key, size_t len, bool *known);

/** @brief Number of distinct phrases and phrase beginnings. O(1). */
size_t parley_lexicon_size(const parley_lexicon *lex);

/** @brief The longest phrase, in tokens, of any entry (bounds longest-match look-ups). O(1). */
int parley_lexicon_max_tokens(const parley_lexicon *lex);

/**
 * @brief Is @p word (@p len bytes, without its period) written with a period in a rank,
 * honorific, office or modifier of the lexicon ("Spc" from "Spc.", "Lt" from "Lt.-Gen.")? The
 * tokeniser keeps such a period with its word, and does not end a sentence there. O(len).
 */
bool parley_lexicon_is_abbrev(const parley_lexicon *lex, const char *word, size_t len);

/**
 * @brief The canonical country of an ISO 3166 two-letter code ("az", "GB"), known for the
 * countries that have cities in libgeonames; NULL for others or after
 * parley_lexicon_load_geonames() was not called. O(1).
 */
const char *parley_lexicon_country_of_code(const parley_lexicon *lex, const char *code);

/** @brief The canonical country for a name, alias or demonym ("Türkiye", "Georgian"), or NULL. */
const char *parley_lexicon_country(const parley_lexicon *lex, const char *name);

/**
 * @brief The country of the news site at host @p host (@p n bytes: "www.ndtv.com"), from the
 * lexicon's outlet entries, trying the host and then each shorter domain of two labels or more.
 * O(length of the host). The string is owned by the lexicon; NULL when none is listed.
 */
const char *parley_lexicon_outlet_country(const parley_lexicon *lex, const char *host, size_t n);

/**
 * @brief The country of the outlet or news agency named @p name ("The Korea Herald", "Yonhap": a
 * document's source given by name, not by address), from the lexicon's outlet entries written as
 * names and its agencies; a leading "The" is optional, and so are brackets ("ABC News (Australia)"
 * is "ABC News Australia"); an outlet not listed may give its country in brackets ("The Star
 * (Kenya)"). @p agency is set when it is an agency.
 * O(length of the name). The string is owned by the lexicon; NULL when none is listed.
 */
const char *parley_lexicon_source_country(const parley_lexicon *lex, const char *name, bool *agency);

#endif
