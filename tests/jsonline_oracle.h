/* The oracle for the JSON Lines scanner, shared by its unit test and its fuzz target: whenever
 * parley_jsonline_read() reads a line, Jansson must read the same line as an object with the
 * same id, text, date, source and title. Returns 1 (read, and agrees), 0 (declined), -1 (disagrees). */
#ifndef PARLEY_JSONLINE_ORACLE_H
#define PARLEY_JSONLINE_ORACLE_H

#include <jansson.h>
#include <string.h>

#include "jsonline.h"

static int oracle_same(const parley_jsonline_str *f, const parley_buf *b, json_t *o, const char *key)
{
    json_t *v = json_object_get(o, key);
    if (!f->present)
        return !json_is_string(v);
    return json_is_string(v) && json_string_length(v) == f->len && memcmp(json_string_value(v), b->data + f->off, f->len) == 0 &&
           b->data[f->off + f->len] == '\0';
}

static int jsonline_oracle(const char *line, size_t len)
{
    parley_jsonline rec;
    parley_buf scratch = {0};
    int rc = parley_jsonline_read(&rec, &scratch, line, len);
    if (rc != 1) {
        parley_buf_free(&scratch);
        return rc == 0 ? 0 : -1;
    }
    json_error_t err;
    json_t *o = json_loadb(line, len, JSON_DECODE_ANY, &err);
    int ok = o && json_is_object(o) && oracle_same(&rec.id, &scratch, o, "id") && oracle_same(&rec.text, &scratch, o, "text") &&
             oracle_same(&rec.date, &scratch, o, "date") && oracle_same(&rec.source, &scratch, o, "source") &&
             oracle_same(&rec.title, &scratch, o, "title");
    /* an id that is there but not a string is left to Jansson */
    if (ok && !rec.id.present && json_object_get(o, "id"))
        ok = 0;
    json_decref(o);
    parley_buf_free(&scratch);
    return ok ? 1 : -1;
}

#endif
