#include "reader.h"
#include "jsonline.h"
#include "error.h"
#include "util.h"

#include <dirent.h>
#include <errno.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static bool ends_with(const char *s, const char *suf)
{
    size_t a = strlen(s), b = strlen(suf);
    return a >= b && strcmp(s + a - b, suf) == 0;
}

static int read_all(FILE *f, parley_buf *b)
{
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
        if (parley_buf_put(b, chunk, n) < 0)
            return PARLEY_ENOMEM;
    return ferror(f) ? PARLEY_EIO : 0;
}

static char *base_id(const char *path)
{
    const char *b = strrchr(path, '/');
    b = b ? b + 1 : path;
    const char *dot = strrchr(b, '.');
    return parley_strndup(b, dot && dot != b ? (size_t)(dot - b) : strlen(b));
}

void parley_reader_report_invalid(const parley_document *doc, parley_reader_stats *st, FILE *err)
{
    size_t n = parley_document_invalid_bytes(doc);
    if (!n)
        return;
    const char *where = parley_document_origin(doc);
    if (err)
        fprintf(err, "parley: %s: %zu invalid UTF-8 bytes replaced\n", where ? where : parley_document_id(doc), n);
    st->warnings++;
}

/* What every read passes down. */
typedef struct {
    parley_reader_fn fn;
    void *ud;
    parley_reader_stats *st;
    FILE *err;
    size_t max_bytes;
    bool raw;          /* hand documents over unprepared */
} rd;

static int emit_doc(const rd *r, const char *id, const char *bytes, size_t len, const parley_document_meta *meta,
                    const char *where)
{
    if (r->max_bytes && len > r->max_bytes) {
        if (r->err)
            fprintf(r->err, "parley: %s: document of %zu bytes is larger than the limit of %zu bytes; skipped\n",
                    where, len, r->max_bytes);
        r->st->warnings++;
        return 0;
    }
    parley_document *doc;
    parley_document_meta m = *meta;
    m.origin = where;
    int rc = r->raw ? parley_document_new_raw(&doc, id, bytes, len, &m) : parley_document_new(&doc, id, bytes, len, &m);
    if (rc < 0)
        return rc;
    if (!r->raw)
        parley_reader_report_invalid(doc, r->st, r->err);
    r->st->documents++;
    return r->fn(doc, r->ud);
}

/* One line through Jansson, the reference for every line the scanner declines: its result and
 * its error messages. @p line_id is the id of a record without one. */
static int jsonl_line_jansson(const rd *r, const char *name, size_t line, const char *where, const char *line_id,
                              const char *s, size_t n)
{
    json_error_t jerr;
    json_t *o = json_loadb(s, n, JSON_DECODE_ANY, &jerr);
    const char *problem = NULL;
    json_t *text = o ? json_object_get(o, "text") : NULL;
    if (!o)
        problem = jerr.text;
    else if (!json_is_object(o))
        problem = "not a JSON object";
    else if (!json_is_string(text))
        problem = "no \"text\" string";
    int rc = 0;
    if (problem) {
        if (r->err)
            fprintf(r->err, "%s:%zu: %s; line skipped\n", name, line, problem);
        r->st->warnings++;
    } else {
        char idbuf[64];
        json_t *jid = json_object_get(o, "id");
        const char *id = json_is_string(jid) ? json_string_value(jid) : line_id;
        if (json_is_integer(jid)) {
            snprintf(idbuf, sizeof(idbuf), "%lld", (long long)json_integer_value(jid));
            id = idbuf;
        }
        parley_document_meta meta = {
            json_string_value(json_object_get(o, "date")),
            json_string_value(json_object_get(o, "source")),
            json_string_value(json_object_get(o, "title")),
            NULL,
        };
        rc = emit_doc(r, id, json_string_value(text), json_string_length(text), &meta, where);
    }
    json_decref(o);
    return rc;
}

/* One line of a JSON Lines input: @p line is its 1-based number, @p scratch holds its decoded fields. */
static int jsonl_line(const rd *r, const char *name, size_t line, parley_buf *scratch, const char *s, size_t n)
{
    size_t q = 0;
    while (q < n && (s[q] == ' ' || s[q] == '\t' || s[q] == '\r'))
        q++;
    if (q == n)
        return 0;
    char where[512], line_id[64];
    snprintf(where, sizeof(where), "%s:%zu", name, line);
    snprintf(line_id, sizeof(line_id), "line-%zu", line);
    parley_jsonline rec;
    int fast = parley_jsonline_read(&rec, scratch, s, n);
    if (fast < 0)
        return fast;
    if (fast && rec.text.present) {
        const char *sd = scratch->data;
        parley_document_meta meta = {
            rec.date.present ? sd + rec.date.off : NULL,
            rec.source.present ? sd + rec.source.off : NULL,
            rec.title.present ? sd + rec.title.off : NULL,
            NULL,
        };
        return emit_doc(r, rec.id.present ? sd + rec.id.off : line_id, sd + rec.text.off, rec.text.len, &meta, where);
    }
    return jsonl_line_jansson(r, name, line, where, line_id, s, n);
}

static int read_jsonl(const rd *r, const char *name, const char *data, size_t len)
{
    size_t line = 0, p = 0;
    parley_buf scratch = {0};  /* the decoded fields of the line being read */
    int rc = 0;
    while (p < len && rc == 0) {
        const char *nl = memchr(data + p, '\n', len - p);
        size_t e = nl ? (size_t)(nl - data) : len;
        rc = jsonl_line(r, name, ++line, &scratch, data + p, e - p);
        p = e + 1;
    }
    parley_buf_free(&scratch);
    return rc;
}

/* JSON Lines from a stream, a chunk at a time: memory holds one chunk and the longest line, never
 * the file. @p line is the number of lines already consumed before the stream's position. */
static int read_jsonl_stream(const rd *r, const char *name, FILE *f, size_t line)
{
    enum { CHUNK = 1 << 20 };
    parley_buf b = {0}, scratch = {0};
    size_t start = 0;  /* first byte of b not yet consumed */
    bool eof = false;
    int rc = 0;
    while (rc == 0) {
        const char *nl = start < b.len ? memchr(b.data + start, '\n', b.len - start) : NULL;
        if (nl) {
            size_t e = (size_t)(nl - b.data);
            rc = jsonl_line(r, name, ++line, &scratch, b.data + start, e - start);
            start = e + 1;
            continue;
        }
        if (eof) {
            if (start < b.len)
                rc = jsonl_line(r, name, ++line, &scratch, b.data + start, b.len - start);
            break;
        }
        /* keep the unfinished line, then read the next chunk behind it */
        if (start) {
            memmove(b.data, b.data + start, b.len - start);
            b.len -= start;
            start = 0;
        }
        if (b.cap < b.len + CHUNK + 1) {
            size_t cap = b.cap ? b.cap : CHUNK + 1;
            while (cap < b.len + CHUNK + 1)
                cap *= 2;
            char *d = realloc(b.data, cap);
            if (!d) {
                if (r->err)
                    fprintf(r->err, "parley: cannot read %s: out of memory\n", name);
                rc = PARLEY_ENOMEM;
                break;
            }
            b.data = d;
            b.cap = cap;
        }
        size_t n = fread(b.data + b.len, 1, CHUNK, f);
        b.len += n;
        b.data[b.len] = '\0';
        if (n < CHUNK) {
            if (ferror(f)) {
                if (r->err)
                    fprintf(r->err, "parley: cannot read %s: %s\n", name, strerror(errno));
                rc = PARLEY_EIO;
                break;
            }
            eof = true;
        }
    }
    parley_buf_free(&b);
    parley_buf_free(&scratch);
    return rc;
}

int parley_reader_jsonl_buffer(const char *name, const char *data, size_t len, parley_reader_fn fn, void *ud,
                               parley_reader_stats *st, FILE *err, size_t max_bytes)
{
    rd r = {fn, ud, st, err, max_bytes, false};
    return read_jsonl(&r, name, data, len);
}

static int read_file(const rd *r, const char *path)
{
    parley_reader_stats *st = r->st;
    FILE *err = r->err;
    bool is_stdin = strcmp(path, "-") == 0;
    FILE *f = is_stdin ? stdin : fopen(path, "rb");
    if (!f) {
        if (err)
            fprintf(err, "parley: cannot read %s: %s\n", path, strerror(errno));
        return PARLEY_EIO;
    }
    st->files++;
    parley_buf b = {0};
    int rc = 0;
    bool jsonl = !is_stdin && (ends_with(path, ".jsonl") || ends_with(path, ".ndjson"));
    size_t lines = 0;  /* newlines before the stream's position */
    if (is_stdin) {
        /* standard input is JSON Lines when its first non-blank byte opens an object */
        int c;
        while ((c = getc(f)) == ' ' || c == '\n' || c == '\r' || c == '\t') {
            lines += c == '\n';
            if (parley_buf_putc(&b, (char)c) < 0) {
                rc = PARLEY_ENOMEM;
                break;
            }
        }
        if (c == '{') {
            jsonl = true;
            ungetc(c, f);
        } else if (c != EOF && rc == 0 && parley_buf_putc(&b, (char)c) < 0) {
            rc = PARLEY_ENOMEM;
        }
    }
    if (rc == 0 && jsonl) {
        rc = read_jsonl_stream(r, is_stdin ? "<stdin>" : path, f, lines);
        if (!is_stdin)
            fclose(f);
        parley_buf_free(&b);
        return rc;
    }
    if (rc == 0)
        rc = read_all(f, &b);
    if (!is_stdin)
        fclose(f);
    if (rc < 0) {
        if (err)
            fprintf(err, "parley: cannot read %s: %s\n", path, rc == PARLEY_ENOMEM ? "out of memory" : strerror(errno));
        parley_buf_free(&b);
        return rc;
    }
    {
        const char *data = b.data ? b.data : "";
        char *id = is_stdin ? parley_strdup("stdin") : base_id(path);
        parley_document_meta meta = {NULL, is_stdin ? NULL : path, NULL, NULL};
        rc = id ? emit_doc(r, id, data, b.len, &meta, path) : PARLEY_ENOMEM;
        free(id);
    }
    parley_buf_free(&b);
    return rc;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Collect *.txt and *.jsonl files below dir, depth-first; symlink loops are cut by depth. */
static int collect(const char *dir, char ***list, size_t *n, size_t *cap, parley_reader_stats *st, FILE *err,
                   int depth)
{
    if (depth > 32) {
        if (err)
            fprintf(err, "parley: %s: folders nested too deep (a symlink loop?); skipped\n", dir);
        st->warnings++;
        return 0;
    }
    DIR *d = opendir(dir);
    if (!d) {
        if (err)
            fprintf(err, "parley: cannot open folder %s: %s; skipped\n", dir, strerror(errno));
        st->warnings++;
        return 0;
    }
    struct dirent *de;
    int rc = 0;
    while ((de = readdir(d)) && rc == 0) {
        if (de->d_name[0] == '.')
            continue;
        parley_buf p = {0};
        if (parley_buf_puts(&p, dir) < 0 || parley_buf_putc(&p, '/') < 0 || parley_buf_puts(&p, de->d_name) < 0) {
            parley_buf_free(&p);
            rc = PARLEY_ENOMEM;
            break;
        }
        struct stat sb;
        if (stat(p.data, &sb) != 0) {
            if (err)
                fprintf(err, "parley: cannot read %s: %s; skipped\n", p.data, strerror(errno));
            st->warnings++;
            parley_buf_free(&p);
            continue;
        }
        if (S_ISDIR(sb.st_mode)) {
            rc = collect(p.data, list, n, cap, st, err, depth + 1);
            parley_buf_free(&p);
        } else if (S_ISREG(sb.st_mode) && (ends_with(p.data, ".txt") || ends_with(p.data, ".jsonl"))) {
            if (PARLEY_GROW(*list, *cap, *n + 1) < 0) {
                parley_buf_free(&p);
                rc = PARLEY_ENOMEM;
                break;
            }
            (*list)[(*n)++] = parley_buf_detach(&p);
        } else {
            parley_buf_free(&p);
        }
    }
    closedir(d);
    return rc;
}

static int read_path(const rd *r, const char *path)
{
    parley_reader_stats *st = r->st;
    FILE *err = r->err;
    struct stat sb;
    if (strcmp(path, "-") != 0 && stat(path, &sb) != 0) {
        if (err)
            fprintf(err, "parley: cannot read %s: %s\n", path, strerror(errno));
        st->errors++;
        return PARLEY_EIO;
    }
    if (strcmp(path, "-") == 0 || !S_ISDIR(sb.st_mode)) {
        int rc = read_file(r, path);
        if (rc == PARLEY_EIO)
            st->errors++;
        return rc;
    }
    char **list = NULL;
    size_t n = 0, cap = 0;
    int rc = collect(path, &list, &n, &cap, st, err, 0);
    if (rc == 0 && n == 0) {
        if (err)
            fprintf(err, "parley: %s: no articles (*.txt or *.jsonl) in this folder\n", path);
        st->errors++;
        rc = PARLEY_EIO;
    }
    if (n > 1)
        qsort(list, n, sizeof(char *), cmp_str);
    for (size_t i = 0; i < n && rc == 0; i++) {
        rc = read_file(r, list[i]);
        if (rc == PARLEY_EIO) {
            st->warnings++;
            rc = 0;
        }
    }
    for (size_t i = 0; i < n; i++)
        free(list[i]);
    free(list);
    return rc;
}

int parley_reader_read(const char *path, parley_reader_fn fn, void *ud, parley_reader_stats *st, FILE *err,
                       size_t max_bytes)
{
    rd r = {fn, ud, st, err, max_bytes, false};
    return read_path(&r, path);
}

int parley_reader_read_raw(const char *path, parley_reader_fn fn, void *ud, parley_reader_stats *st, FILE *err,
                           size_t max_bytes)
{
    rd r = {fn, ud, st, err, max_bytes, true};
    return read_path(&r, path);
}
