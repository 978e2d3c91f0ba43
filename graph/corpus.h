/**
 * @file corpus.h
 * @brief The corpus: entities resolved across documents (one node per real person) and
 * events deduplicated across documents (one event per real meeting, with every source).
 *
 * The corpus reads extractions (entities and events, with their evidence), never tokens.
 * Every string and array in it belongs to the corpus; callers read them.
 */
#ifndef PARLEY_CORPUS_H
#define PARLEY_CORPUS_H

#include <stdbool.h>
#include <stddef.h>

#include "../src/extraction.h"
#include "../src/map.h"

/** A role a document states for a person: title, country, and the document's date. */
typedef struct {
    char *title;      /**< or NULL */
    char *country;    /**< or NULL */
    char *date;       /**< the article's date, or NULL */
    const char *doc;  /**< the document id (borrowed from the corpus's document table) */
} parley_role_record;

/** A node of the corpus: one real person, country, place, organisation or exercise. */
typedef struct {
    char *id;                     /**< stable slug, unique in the corpus: "person:zakir-hasanov"; a
                                       second person of the same name is told apart by
                                       country ("person:zakir-hasanov-georgia") or number ("-2") */
    char *label;                  /**< the fullest name seen */
    char *key;                    /**< folded name */
    int type;                     /**< a ::parley_entity_type */
    char *country, *title;        /**< the latest stated (or NULL) */
    parley_role_record *roles;    /**< every stated role, in document order */
    size_t n_roles, cap_roles;
    size_t mentions;              /**< mentions over all documents */
    const char **documents;       /**< ids of the documents that mention it, in input order
                                       (borrowed from the corpus's document table) */
    size_t n_documents, cap_documents;
    char first_seen[11], last_seen[11];   /**< dates of the first and last article ("" unknown) */
    double lat, lon;
    bool has_coords;
    char **merges;                /**< why other names were merged into this node */
    size_t n_merges, cap_merges;
    char **former_keys;           /**< (private to the resolver) keys the node had before */
    size_t n_former_keys, cap_former_keys;
} parley_node;

/** One source of an event: the document and the sentence. */
typedef struct {
    const char *doc;              /**< borrowed from the corpus's document table */
    char *sentence;
    size_t start, end;            /**< bytes of the original document */
    char *trigger;
} parley_source;

/** An event of the corpus. */
typedef struct {
    int type, status;             /**< ::parley_event_type, ::parley_event_status */
    int *participants;            /**< node indices */
    size_t n_participants, cap_participants;
    char date[11];                /**< as in ::parley_event */
    int place;                    /**< node index, or -1 */
    char *name;                   /**< an agreement's title, or NULL */
    parley_source *sources;
    size_t n_sources, cap_sources;
} parley_corpus_event;

/** The corpus. */
typedef struct parley_corpus {
    parley_node *nodes;
    size_t n_nodes, cap_nodes;
    parley_corpus_event *events;
    size_t n_events, cap_events;
    size_t n_documents;
    char **doc_names;                     /**< every document id, once (owned; nodes borrow them) */
    size_t n_doc_names, cap_doc_names;
    char first_date[11], last_date[11];   /**< dates covered by the articles */
    /* indexes (private): exact names; people by their whole key ("k:") and, for spelling
     * variants, by country and first or last word ("F:", "L:"); events by participants */
    parley_map by_key, by_word, by_signature, by_id;
    parley_lists lists;                   /* the lists of by_word and by_signature */
} parley_corpus;

/** @brief A new, empty corpus; free with parley_corpus_free(). @return 0 or ::PARLEY_ENOMEM. */
int parley_corpus_new(parley_corpus **out);

/** @brief Free a corpus. NULL is ignored. */
void parley_corpus_free(parley_corpus *c);

/**
 * @brief Add one document's extraction: its entities are resolved against the nodes (same
 * person: the same folded name with no conflicting country, or a spelling variant — each word
 * within one edit, or a middle name or initial more — with the same country), its events
 * merged with the same events from other documents (same participants, compatible dates and
 * places). The extraction can be freed afterwards.
 * @return 0 or ::PARLEY_ENOMEM. O(e·k) for e entities, where k is the number of nodes with
 * the same name, or of the same country sharing its first or last word.
 */
int parley_corpus_add(parley_corpus *c, const parley_extraction *ex);

/** @brief Index of the node with this id, or -1. O(1). */
int parley_corpus_find(const parley_corpus *c, const char *id);

/** @brief Is an event's date inside [since, until] (either may be NULL)? Undated events are
 * outside any window. Partial dates count by their known part. O(1). */
bool parley_corpus_date_in(const char *date, const char *since, const char *until);

#endif
