#include "jsonl.h"
#include "../src/error.h"
#include "../src/util.h"

#include <string.h>

/* A JSON string from bytes that may hold invalid UTF-8 or NUL (both replaced by U+FFFD). */
static json_t *jstr(const char *s, size_t n)
{
    json_t *j = memchr(s, '\0', n) ? NULL : json_stringn(s, n);
    if (j)
        return j;
    parley_buf b = {0};
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        size_t k = parley_utf8_decode(&cp, (const unsigned char *)s + i, n - i);
        char enc[4];
        parley_buf_put(&b, enc, parley_utf8_encode(enc, cp == 0 ? 0xFFFD : cp));
        i += k;
    }
    j = json_stringn(b.data ? b.data : "", b.len);
    parley_buf_free(&b);
    return j;
}

static json_t *jstr_or_null(const char *s)
{
    return s ? jstr(s, strlen(s)) : json_null();
}

static json_t *entity_json(const parley_extraction *ex, const parley_entity *en)
{
    const parley_document *doc = ex->doc;
    json_t *o = json_object();
    json_object_set_new(o, "id", jstr_or_null(en->id));
    json_object_set_new(o, "type", json_string(parley_entity_type_name(en->type)));
    json_object_set_new(o, "name", jstr_or_null(en->name));
    if (en->type == PARLEY_ENTITY_PERSON || en->country)
        json_object_set_new(o, "country", jstr_or_null(en->country));
    if (en->type == PARLEY_ENTITY_PERSON)
        json_object_set_new(o, "title", jstr_or_null(en->title));
    if (en->has_coords) {
        json_object_set_new(o, "lat", json_real(en->lat));
        json_object_set_new(o, "lon", json_real(en->lon));
    }
    json_t *ms = json_array();
    /* a country named inside an organisation's name is listed there, unless that is all */
    size_t plain = 0;
    for (size_t k = 0; k < en->n_mentions; k++)
        plain += !ex->mentions[en->mentions[k]].nested;
    for (size_t k = 0; k < en->n_mentions; k++) {
        const parley_mention *m = &ex->mentions[en->mentions[k]];
        if (m->nested && plain)
            continue;
        size_t s = parley_document_raw_offset(doc, m->start), e = parley_document_raw_offset(doc, m->end);
        json_t *mo = json_object();
        json_object_set_new(mo, "start", json_integer((json_int_t)s));
        json_object_set_new(mo, "end", json_integer((json_int_t)e));
        json_object_set_new(mo, "text", strcmp(parley_document_encoding(doc), "utf-8")
                                             ? jstr(parley_document_text(doc) + m->start, m->end - m->start)
                                             : jstr(parley_document_raw(doc) + s, e - s));
        json_array_append_new(ms, mo);
    }
    json_object_set_new(o, "mentions", ms);
    return o;
}

static json_t *event_json(const parley_extraction *ex, const parley_event *ev, size_t idx)
{
    const parley_document *doc = ex->doc;
    json_t *o = json_object();
    char id[64];
    snprintf(id, sizeof(id), "event:%zu", idx + 1);
    json_object_set_new(o, "id", json_string(id));
    json_object_set_new(o, "type", json_string(parley_event_type_name(ev->type)));
    json_object_set_new(o, "status", json_string(ev->status == PARLEY_STATUS_PLANNED ? "planned" : "occurred"));
    json_t *ps = json_array();
    for (size_t k = 0; k < ev->n_participants; k++)
        json_array_append_new(ps, jstr_or_null(ex->entities[ev->participants[k]].id));
    json_object_set_new(o, "participants", ps);
    json_object_set_new(o, "date", ev->date[0] ? json_string(ev->date) : json_null());
    json_object_set_new(o, "place", ev->place >= 0 ? jstr_or_null(ex->entities[ev->place].id) : json_null());
    json_object_set_new(o, "name", jstr_or_null(ev->name));
    json_t *evs = json_array();
    for (size_t k = 0; k < ev->n_evidence; k++) {
        size_t s = parley_document_raw_offset(doc, ev->evidence[k].start);
        size_t e = parley_document_raw_offset(doc, ev->evidence[k].end);
        json_t *eo = json_object();
        json_object_set_new(eo, "sentence", strcmp(parley_document_encoding(doc), "utf-8")
                                                 ? jstr(parley_document_text(doc) + ev->evidence[k].start,
                                                        ev->evidence[k].end - ev->evidence[k].start)
                                                 : jstr(parley_document_raw(doc) + s, e - s));
        json_object_set_new(eo, "start", json_integer((json_int_t)s));
        json_object_set_new(eo, "end", json_integer((json_int_t)e));
        json_object_set_new(eo, "trigger", jstr_or_null(ev->evidence[k].trigger));
        json_array_append_new(evs, eo);
    }
    json_object_set_new(o, "evidence", evs);
    return o;
}

int parley_jsonl_document(json_t **out, const parley_extraction *ex)
{
    const parley_document *doc = ex->doc;
    json_t *o = json_object();
    if (!o)
        return PARLEY_ENOMEM;
    json_object_set_new(o, "doc", jstr_or_null(parley_document_id(doc)));
    json_object_set_new(o, "date", jstr_or_null(parley_document_date(doc)));
    json_object_set_new(o, "source", jstr_or_null(parley_document_source(doc)));
    json_object_set_new(o, "title", jstr_or_null(parley_document_title(doc)));
    json_t *au = json_array();
    for (size_t i = 0; i < parley_document_n_authors(doc); i++)
        json_array_append_new(au, jstr_or_null(parley_document_author(doc, i)));
    json_object_set_new(o, "authors", au);
    json_t *ents = json_array();
    for (size_t i = 0; i < ex->n_entities; i++)
        json_array_append_new(ents, entity_json(ex, &ex->entities[i]));
    json_object_set_new(o, "entities", ents);
    json_t *evs = json_array();
    for (size_t i = 0; i < ex->n_events; i++)
        json_array_append_new(evs, event_json(ex, &ex->events[i], i));
    json_object_set_new(o, "events", evs);
    if (strcmp(parley_document_encoding(doc), "utf-8"))
        json_object_set_new(o, "encoding", json_string(parley_document_encoding(doc)));
    if (parley_document_invalid_bytes(doc))
        json_object_set_new(o, "invalid_bytes", json_integer((json_int_t)parley_document_invalid_bytes(doc)));
    *out = o;
    return 0;
}

char *parley_jsonl_line(const parley_extraction *ex)
{
    json_t *o;
    if (parley_jsonl_document(&o, ex) < 0)
        return NULL;
    char *s = json_dumps(o, JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(10));
    json_decref(o);
    if (!s)
        return NULL;
    size_t n = strlen(s);
    char *line = realloc(s, n + 2);
    if (!line) {
        free(s);
        return NULL;
    }
    line[n] = '\n';
    line[n + 1] = '\0';
    return line;
}

int parley_jsonl_write(FILE *f, const parley_extraction *ex)
{
    json_t *o;
    int rc = parley_jsonl_document(&o, ex);
    if (rc < 0)
        return rc;
    char *s = json_dumps(o, JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(10));
    json_decref(o);
    if (!s)
        return PARLEY_ENOMEM;
    rc = (fputs(s, f) < 0 || fputc('\n', f) == EOF) ? PARLEY_EOUTPUT : 0;
    free(s);
    return rc;
}
