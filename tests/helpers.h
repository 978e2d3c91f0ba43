/* Shared set-up for the unit tests: the shipped lexicons, and one-call extraction. */
#ifndef PARLEY_TEST_HELPERS_H
#define PARLEY_TEST_HELPERS_H

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <stdlib.h>
#include <cmocka.h>

#include "document.h"
#include "extraction.h"
#include "lexicon.h"
#include "error.h"

static inline parley_lexicon *test_lexicon(void)
{
    static parley_lexicon *lex;   /* loaded once per test program; tests only read it */
    if (!lex) {
        assert_int_equal(parley_lexicon_new(&lex), 0);
        assert_int_equal(parley_lexicon_load_dir(lex, PARLEY_TEST_DATA_DIR, stderr), 0);
        assert_int_equal(parley_lexicon_load_geonames(lex), 0);
    }
    return lex;
}

typedef struct {
    parley_document *doc;
    parley_extraction *ex;
} test_doc;

/* Extract a document of text with a publication date, read from a source ("https://www.kremlin.ru/..."
 * names its publisher) or from none (NULL). */
static inline test_doc test_extract_from(const char *text, const char *date, const char *source)
{
    test_doc t = {0};
    parley_document_meta meta = {date, source, NULL, NULL};
    assert_int_equal(parley_document_new(&t.doc, "t", text, strlen(text), &meta), 0);
    assert_int_equal(parley_extract_document(&t.ex, test_lexicon(), t.doc), 0);
    return t;
}

/* test_extract_from() with no source. */
static inline test_doc test_extract(const char *text, const char *date)
{
    return test_extract_from(text, date, NULL);
}

static inline void test_doc_free(test_doc *t)
{
    parley_extraction_free(t->ex);
    parley_document_free(t->doc);
}

static inline const parley_entity *find_ent(const parley_extraction *ex, int type, const char *name)
{
    for (size_t i = 0; i < ex->n_entities; i++)
        if (ex->entities[i].type == type && strcmp(ex->entities[i].name, name) == 0)
            return &ex->entities[i];
    return NULL;
}

/* The person named `name` is found, with country `want` (none when `want` is NULL). */
static inline void assert_person_country(const parley_extraction *ex, const char *name, const char *want)
{
    const parley_entity *e = find_ent(ex, PARLEY_ENTITY_PERSON, name);
    assert_non_null(e);
    if (!want) {
        assert_null(e->country);
        return;
    }
    assert_non_null(e->country);
    assert_string_equal(e->country, want);
}

static inline size_t count_type(const parley_extraction *ex, int type)
{
    size_t n = 0;
    for (size_t i = 0; i < ex->n_entities; i++)
        n += ex->entities[i].type == type;
    return n;
}

/* Is there an event of type/status whose participants include the two named people? */
static inline const parley_event *find_meeting(const parley_extraction *ex, int type, const char *a, const char *b)
{
    for (size_t i = 0; i < ex->n_events; i++) {
        const parley_event *ev = &ex->events[i];
        if (ev->type != type)
            continue;
        int fa = 0, fb = 0;
        for (size_t k = 0; k < ev->n_participants; k++) {
            const char *n = ex->entities[ev->participants[k]].name;
            fa |= strcmp(n, a) == 0;
            fb |= strcmp(n, b) == 0;
        }
        if (fa && fb)
            return ev;
    }
    return NULL;
}

#endif
