#include "jsonl.h"
#include "jsonw.h"
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

/* A country named inside an organisation's name ("Azerbaijani Defense Ministry") is listed
 * among the country's mentions only when it is never named on its own. */
static bool has_plain_mention(const parley_extraction *ex, const parley_entity *en)
{
    for (size_t k = 0; k < en->n_mentions; k++)
        if (!ex->mentions[en->mentions[k]].nested)
            return true;
    return false;
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
    bool some_plain = has_plain_mention(ex, en);
    for (size_t k = 0; k < en->n_mentions; k++) {
        const parley_mention *m = &ex->mentions[en->mentions[k]];
        if (m->nested && some_plain)
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
    json_object_set_new(o, "date", jstr_or_null(parley_extraction_date(ex)));
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

/* The text of [start, end) of the normalised text, as the tree takes it. */
static void jw_span(parley_jsonw *w, const parley_document *doc, bool utf8, size_t start, size_t end, size_t s, size_t e)
{
    if (utf8)
        parley_jsonw_str(w, parley_document_raw(doc) + s, e - s);
    else
        parley_jsonw_str(w, parley_document_text(doc) + start, end - start);
}

static void jw_entity(parley_jsonw *w, const parley_extraction *ex, const parley_entity *en, bool utf8)
{
    const parley_document *doc = ex->doc;
    PARLEY_JSONW_LIT(w, "{\"id\":");
    parley_jsonw_cstr(w, en->id);
    PARLEY_JSONW_LIT(w, ",\"type\":");
    parley_jsonw_cstr(w, parley_entity_type_name(en->type));
    PARLEY_JSONW_LIT(w, ",\"name\":");
    parley_jsonw_cstr(w, en->name);
    if (en->type == PARLEY_ENTITY_PERSON || en->country) {
        PARLEY_JSONW_LIT(w, ",\"country\":");
        parley_jsonw_cstr(w, en->country);
    }
    if (en->type == PARLEY_ENTITY_PERSON) {
        PARLEY_JSONW_LIT(w, ",\"title\":");
        parley_jsonw_cstr(w, en->title);
    }
    if (en->has_coords) {
        PARLEY_JSONW_LIT(w, ",\"lat\":");
        parley_jsonw_real(w, en->lat);
        PARLEY_JSONW_LIT(w, ",\"lon\":");
        parley_jsonw_real(w, en->lon);
    }
    PARLEY_JSONW_LIT(w, ",\"mentions\":[");
    size_t written = 0;
    bool some_plain = has_plain_mention(ex, en);
    for (size_t k = 0; k < en->n_mentions; k++) {
        const parley_mention *m = &ex->mentions[en->mentions[k]];
        if (m->nested && some_plain)
            continue;
        size_t s = parley_document_raw_offset(doc, m->start), e = parley_document_raw_offset(doc, m->end);
        if (written++)
            PARLEY_JSONW_LIT(w, ",");
        PARLEY_JSONW_LIT(w, "{\"start\":");
        parley_jsonw_uint(w, s);
        PARLEY_JSONW_LIT(w, ",\"end\":");
        parley_jsonw_uint(w, e);
        PARLEY_JSONW_LIT(w, ",\"text\":");
        jw_span(w, doc, utf8, m->start, m->end, s, e);
        PARLEY_JSONW_LIT(w, "}");
    }
    PARLEY_JSONW_LIT(w, "]}");
}

static void jw_event(parley_jsonw *w, const parley_extraction *ex, const parley_event *ev, size_t idx, bool utf8)
{
    const parley_document *doc = ex->doc;
    PARLEY_JSONW_LIT(w, "{\"id\":\"event:");
    parley_jsonw_uint(w, idx + 1);
    PARLEY_JSONW_LIT(w, "\",\"type\":");
    parley_jsonw_cstr(w, parley_event_type_name(ev->type));
    PARLEY_JSONW_LIT(w, ",\"status\":");
    if (ev->status == PARLEY_STATUS_PLANNED)
        PARLEY_JSONW_LIT(w, "\"planned\"");
    else
        PARLEY_JSONW_LIT(w, "\"occurred\"");
    PARLEY_JSONW_LIT(w, ",\"participants\":[");
    for (size_t k = 0; k < ev->n_participants; k++) {
        if (k)
            PARLEY_JSONW_LIT(w, ",");
        parley_jsonw_cstr(w, ex->entities[ev->participants[k]].id);
    }
    PARLEY_JSONW_LIT(w, "],\"date\":");
    parley_jsonw_cstr(w, ev->date[0] ? ev->date : NULL);
    PARLEY_JSONW_LIT(w, ",\"place\":");
    parley_jsonw_cstr(w, ev->place >= 0 ? ex->entities[ev->place].id : NULL);
    PARLEY_JSONW_LIT(w, ",\"name\":");
    parley_jsonw_cstr(w, ev->name);
    PARLEY_JSONW_LIT(w, ",\"evidence\":[");
    for (size_t k = 0; k < ev->n_evidence; k++) {
        size_t s = parley_document_raw_offset(doc, ev->evidence[k].start);
        size_t e = parley_document_raw_offset(doc, ev->evidence[k].end);
        if (k)
            PARLEY_JSONW_LIT(w, ",");
        PARLEY_JSONW_LIT(w, "{\"sentence\":");
        jw_span(w, doc, utf8, ev->evidence[k].start, ev->evidence[k].end, s, e);
        PARLEY_JSONW_LIT(w, ",\"start\":");
        parley_jsonw_uint(w, s);
        PARLEY_JSONW_LIT(w, ",\"end\":");
        parley_jsonw_uint(w, e);
        PARLEY_JSONW_LIT(w, ",\"trigger\":");
        parley_jsonw_cstr(w, ev->evidence[k].trigger);
        PARLEY_JSONW_LIT(w, "}");
    }
    PARLEY_JSONW_LIT(w, "]}");
}

static int jw_document(parley_jsonw *w, const parley_extraction *ex)
{
    const parley_document *doc = ex->doc;
    bool utf8 = strcmp(parley_document_encoding(doc), "utf-8") == 0;
    PARLEY_JSONW_LIT(w, "{\"doc\":");
    parley_jsonw_cstr(w, parley_document_id(doc));
    PARLEY_JSONW_LIT(w, ",\"date\":");
    parley_jsonw_cstr(w, parley_extraction_date(ex));
    PARLEY_JSONW_LIT(w, ",\"source\":");
    parley_jsonw_cstr(w, parley_document_source(doc));
    PARLEY_JSONW_LIT(w, ",\"title\":");
    parley_jsonw_cstr(w, parley_document_title(doc));
    PARLEY_JSONW_LIT(w, ",\"authors\":[");
    for (size_t i = 0; i < parley_document_n_authors(doc); i++) {
        if (i)
            PARLEY_JSONW_LIT(w, ",");
        parley_jsonw_cstr(w, parley_document_author(doc, i));
    }
    PARLEY_JSONW_LIT(w, "],\"entities\":[");
    for (size_t i = 0; i < ex->n_entities; i++) {
        if (i)
            PARLEY_JSONW_LIT(w, ",");
        jw_entity(w, ex, &ex->entities[i], utf8);
    }
    PARLEY_JSONW_LIT(w, "],\"events\":[");
    for (size_t i = 0; i < ex->n_events; i++) {
        if (i)
            PARLEY_JSONW_LIT(w, ",");
        jw_event(w, ex, &ex->events[i], i, utf8);
    }
    PARLEY_JSONW_LIT(w, "]");
    if (!utf8) {
        PARLEY_JSONW_LIT(w, ",\"encoding\":");
        parley_jsonw_cstr(w, parley_document_encoding(doc));
    }
    if (parley_document_invalid_bytes(doc)) {
        PARLEY_JSONW_LIT(w, ",\"invalid_bytes\":");
        parley_jsonw_uint(w, parley_document_invalid_bytes(doc));
    }
    PARLEY_JSONW_LIT(w, "}\n");
    if (w->rc == 0)
        w->b.data[w->b.len] = '\0'; /* parley_jsonw_room() keeps a byte for it */
    return w->rc;
}

int parley_jsonl_line_to(char **buf, size_t *cap, size_t *len, const parley_extraction *ex)
{
    parley_jsonw w = {{*buf, 0, *cap}, 0};
    /* room for a typical line at once: about twice the text, or 4 KiB */
    size_t guess = 2 * parley_document_text_len(ex->doc) + 1024;
    int rc = PARLEY_GROW(w.b.data, w.b.cap, guess < 4096 ? 4096 : guess);
    if (rc == 0) {
        w.b.data[0] = '\0';
        rc = jw_document(&w, ex);
    }
    *buf = w.b.data;   /* grown or not, still the caller's */
    *cap = w.b.cap;
    *len = rc == 0 ? w.b.len : 0;
    return rc < 0 ? rc : 0;
}

char *parley_jsonl_line(const parley_extraction *ex)
{
    char *line = NULL;
    size_t cap = 0, len;
    if (parley_jsonl_line_to(&line, &cap, &len, ex) < 0) {
        free(line);
        return NULL;
    }
    return line;
}

int parley_jsonl_write(FILE *f, const parley_extraction *ex)
{
    parley_jsonw w = {{0}, 0};
    int rc = jw_document(&w, ex);
    if (rc == 0 && fwrite(w.b.data, 1, w.b.len, f) != w.b.len)
        rc = PARLEY_EOUTPUT;
    parley_buf_free(&w.b);
    return rc;
}
