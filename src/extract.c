/* The extraction pipeline of one document. */
#include "extraction.h"
#include "error.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

const char *parley_entity_type_name(int type)
{
    static const char *const names[] = {"person", "country", "location", "organization", "exercise"};
    return type >= 0 && type <= PARLEY_ENTITY_EXERCISE ? names[type] : "unknown";
}

const char *parley_event_type_name(int type)
{
    static const char *const names[] = {"meeting", "agreement", "call", "exercise"};
    return type >= 0 && type <= PARLEY_EVENT_EXERCISE ? names[type] : "unknown";
}

const char *parley_extraction_date(const parley_extraction *ex)
{
    const char *d = parley_document_date(ex->doc);
    return d ? d : ex->dateline_date[0] ? ex->dateline_date : NULL;
}

void parley_extraction_free(parley_extraction *ex)
{
    if (!ex)
        return;
    for (size_t i = 0; i < ex->n_mentions; i++) {
        free(ex->mentions[i].title);
        free(ex->mentions[i].country);
    }
    free(ex->mentions);
    for (size_t i = 0; i < ex->n_entities; i++) {
        parley_entity *e = &ex->entities[i];
        free(e->id);
        free(e->name);
        free(e->key);
        free(e->country);
        free(e->title);
        free(e->mentions);
    }
    free(ex->entities);
    for (size_t i = 0; i < ex->n_events; i++) {
        parley_event *e = &ex->events[i];
        free(e->participants);
        free(e->name);
        for (size_t k = 0; k < e->n_evidence; k++)
            free(e->evidence[k].trigger);
        free(e->evidence);
    }
    free(ex->events);
    free(ex->tag_entry);
    free(ex->tag_len);
    free(ex->match_off);
    free(ex->sent_mentions);
    free(ex->part_head);
    parley_lists_free(&ex->parts);
    free(ex->name_cache);
    free(ex->dateline_city_name);
    free(ex->match_len);
    free(ex->match_entry);
    free(ex->match_kinds);
    parley_text_free(&ex->text);
    free(ex);
}

/* The dateline: a place that opens one of the first sentences of the body, followed by a
 * comma, a period or a dash, or standing alone on its line ("ANKARA"). */
void parley_find_dateline(parley_extraction *ex)
{
    ex->dateline_place = -1;
    ex->dateline_venue = false;
    /* in the first four sentences, or the first eight when in capitals ("KUWAIT CITY —" after a
     * photo caption and share buttons) */
    size_t limit = ex->text.n_sentences < 8 ? ex->text.n_sentences : 8;
    for (size_t m = 0; m < ex->n_mentions; m++) {
        const parley_mention *mm = &ex->mentions[m];
        if (mm->sentence >= limit)
            break;
        if (mm->sentence >= 4 && !(ex->text.tokens[mm->tb].flags & PARLEY_TOK_ALLCAPS))
            continue;
        if (mm->type != PARLEY_ENTITY_LOCATION || mm->entity < 0 || !mm->lex || mm->lex->kind != PARLEY_LEX_CITY)
            continue;
        const parley_sentence *se = &ex->text.sentences[mm->sentence];
        /* ("Special Correspondent\nNEW DELHI\n\nDefence Minister ...": a city in capitals on
         * a line of its own, joined to the byline's line) */
        bool own_line = mm->tb > se->tok_begin && (ex->text.tokens[mm->tb].flags & PARLEY_TOK_NEWLINE) &&
                        (ex->text.tokens[mm->tb].flags & PARLEY_TOK_ALLCAPS) &&
                        (mm->te == se->tok_end || (ex->text.tokens[mm->te].flags & PARLEY_TOK_NEWLINE));
        if (mm->tb != se->tok_begin && !own_line)
            continue;
        bool alone = mm->te == se->tok_end;
        bool punct = mm->te < se->tok_end && ex->text.tokens[mm->te].kind == PARLEY_TOK_PUNCT;
        if (alone || punct || own_line) {
            ex->dateline_place = mm->entity;
            ex->dateline_venue = parley_match(ex, mm->tb, PARLEY_LEX_DATELINE, NULL) == mm->te - mm->tb;
            return;
        }
    }
}

static bool lex_abbrev(const char *word, size_t len, const void *ud)
{
    return parley_lexicon_is_abbrev(ud, word, len);
}

int parley_extract_document(parley_extraction **out, const parley_lexicon *lex, const parley_document *doc)
{
    parley_extraction *ex = calloc(1, sizeof(*ex));
    if (!ex)
        return PARLEY_ENOMEM;
    ex->doc = doc;
    ex->lex = lex;
    ex->dateline_place = -1;
    int rc = parley_text_split_with(&ex->text, parley_document_text(doc), parley_document_text_len(doc), lex_abbrev,
                                    lex);
    if (rc == 0)
        rc = parley_mentions_tag(ex);
    if (rc == 0)
        rc = parley_mentions_find(ex);
    if (rc == 0)
        rc = parley_entities_resolve(ex);
    if (rc == 0)
        rc = parley_events_find(ex);
    if (rc < 0) {
        parley_extraction_free(ex);
        return rc;
    }
    *out = ex;
    return 0;
}
