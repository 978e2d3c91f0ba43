/**
 * @file document.h
 * @brief A document: the original bytes, a normalised copy of its text with an offset map
 * back to the original, and what its header and byline say (date, source, title, authors).
 */
#ifndef PARLEY_DOCUMENT_H
#define PARLEY_DOCUMENT_H

#include <stddef.h>
#include <stdbool.h>
#include <stdint.h>

/** An opaque document. */
typedef struct parley_document parley_document;

/** What a caller knows of a document before reading it (JSONL fields); all optional. */
typedef struct {
    const char *date;     /**< publication date, YYYY-MM-DD (other forms are ignored) */
    const char *source;   /**< where the document came from (a URL, a file name) */
    const char *title;    /**< the headline */
    const char *origin;   /**< where it was read, for messages ("file.jsonl:12", a path), or NULL */
} parley_document_meta;

/**
 * @brief Read a document from memory.
 *
 * The text is decoded as UTF-8 (invalid bytes become U+FFFD and are counted),
 * typographic quotes, dashes and no-break spaces are normalised, hard-wrapped lines joined;
 * a header block (`date:`, `source:`, `title:`, `author:` lines ended by a blank line) or a
 * bare ` date YYYY-MM-DD` first line is read; bylines ("By X Y"), credits ("X is AzerNews'
 * staff journalist") and site clutter are recognised and blanked, so that they yield no
 * entities. Every offset of the normalised text maps back to the original bytes.
 *
 * @param[out] out the new document; free with parley_document_free()
 * @param id the document id (copied)
 * @param bytes the original bytes (copied); need not be NUL-terminated
 * @param len their length
 * @param meta known fields, or NULL; a header's fields take precedence only where meta has none
 * @return 0 or ::PARLEY_ENOMEM. O(len).
 */
int parley_document_new(parley_document **out, const char *id, const char *bytes, size_t len,
                        const parley_document_meta *meta);

/**
 * @brief Make a document whose text is not read yet: the bytes, id and meta are copied and
 * nothing else is done, so that the work of parley_document_prepare() can be done later, on
 * another thread. Until then only the id, the meta fields, the raw bytes and the origin are
 * there (the text is NULL).
 * @param[out] out the new document; free with parley_document_free()
 * @param id the document id (copied)
 * @param bytes the original bytes (copied); need not be NUL-terminated
 * @param len their length
 * @param meta known fields and the origin, or NULL (copied)
 * @return 0 or ::PARLEY_ENOMEM. O(len).
 */
int parley_document_new_raw(parley_document **out, const char *id, const char *bytes, size_t len,
                            const parley_document_meta *meta);

/**
 * @brief Read the text of a document made by parley_document_new_raw(), as parley_document_new()
 * does. Calling it again, or on a document from parley_document_new(), does nothing.
 * @return 0 or ::PARLEY_ENOMEM (the document may then only be freed). O(length of the document).
 */
int parley_document_prepare(parley_document *doc);

/** @brief Whether the text has been read (parley_document_prepare() done). O(1). */
bool parley_document_is_prepared(const parley_document *doc);

/** @brief Where the document was read (meta's origin, owned by the document), or NULL. O(1). */
const char *parley_document_origin(const parley_document *doc);

/** @brief Free a document. NULL is ignored. O(1). */
void parley_document_free(parley_document *doc);

/** @brief The id (owned by the document). */
const char *parley_document_id(const parley_document *doc);
/** @brief The publication date as YYYY-MM-DD, or NULL. */
const char *parley_document_date(const parley_document *doc);
/** @brief The source, or NULL. */
const char *parley_document_source(const parley_document *doc);
/** @brief The title, or NULL. */
const char *parley_document_title(const parley_document *doc);
/** @brief Number of authors found in bylines and credits. */
size_t parley_document_n_authors(const parley_document *doc);
/** @brief The i-th author (owned by the document). */
const char *parley_document_author(const parley_document *doc, size_t i);
/** @brief The normalised text (NUL-terminated; header, bylines and clutter blanked). */
const char *parley_document_text(const parley_document *doc);
/** @brief Length of the normalised text in bytes. */
size_t parley_document_text_len(const parley_document *doc);
/** @brief The original bytes (NUL-terminated copy). */
const char *parley_document_raw(const parley_document *doc);
/** @brief Length of the original bytes. */
size_t parley_document_raw_len(const parley_document *doc);
/** @brief The original byte offset of a normalised-text offset (0..text_len). O(1). */
size_t parley_document_raw_offset(const parley_document *doc, size_t text_offset);
/** @brief How many invalid UTF-8 bytes were replaced. */
size_t parley_document_invalid_bytes(const parley_document *doc);

/** @brief "utf-8", or "utf-16le" / "utf-16be" for a file that opens with a UTF-16 byte-order mark. */
const char *parley_document_encoding(const parley_document *doc);

/** @brief Whether @p s is a date YYYY-MM-DD with a valid month and day. O(1). */
int parley_document_is_iso_date(const char *s);

#endif
