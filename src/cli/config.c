#include "config.h"
#include "../error.h"
#include "../util.h"

#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

void parley_config_free(parley_config *cfg)
{
    free(cfg->data_dir);
    for (size_t i = 0; i < cfg->n_lexicons; i++)
        free(cfg->lexicons[i]);
    free(cfg->lexicons);
    free(cfg->since);
    free(cfg->until);
    memset(cfg, 0, sizeof(*cfg));
    cfg->geonames = cfg->quiet = -1;
    cfg->max_doc_bytes = -1;
}

static char *trim(char *s)
{
    while (isspace((unsigned char)*s))
        s++;
    char *e = s + strlen(s);
    while (e > s && isspace((unsigned char)e[-1]))
        *--e = '\0';
    return s;
}

/* A quoted string at *p; advances past it. Returns a new string or NULL. */
static char *string_at(char **p)
{
    char *s = *p;
    if (*s != '"' && *s != '\'')
        return NULL;
    char q = *s++;
    parley_buf b = {0};
    while (*s && *s != q) {
        if (q == '"' && *s == '\\' && s[1]) {
            s++;
            char c = *s == 'n' ? '\n' : *s == 't' ? '\t' : *s;
            parley_buf_putc(&b, c);
        } else {
            parley_buf_putc(&b, *s);
        }
        s++;
    }
    if (*s != q) {
        parley_buf_free(&b);
        return NULL;
    }
    *p = s + 1;
    return parley_buf_detach(&b);
}

int parley_config_load(parley_config *cfg, const char *path, FILE *err)
{
    memset(cfg, 0, sizeof(*cfg));
    cfg->geonames = cfg->quiet = -1;
    cfg->max_doc_bytes = -1;
    FILE *f = fopen(path, "r");
    if (!f) {
        if (err)
            fprintf(err, "parley: cannot read the configuration %s: %s\n", path, strerror(errno));
        return PARLEY_EIO;
    }
    char *line = NULL;
    size_t cap = 0;
    long no = 0;
    int rc = 0;
    size_t cap_lex = 0;
    while (rc == 0 && getline(&line, &cap, f) >= 0) {
        no++;
        char *hash = NULL;
        bool inq = false;
        for (char *c = line; *c; c++) {
            if (*c == '"' || *c == '\'')
                inq = !inq;
            if (*c == '#' && !inq) {
                hash = c;
                break;
            }
        }
        if (hash)
            *hash = '\0';
        char *l = trim(line);
        if (!*l || *l == '[')   /* blank lines and table headers */
            continue;
        char *eq = strchr(l, '=');
        const char *problem = NULL;
        if (!eq) {
            problem = "expected key = value";
        } else {
            *eq = '\0';
            char *key = trim(l), *val = trim(eq + 1);
            if (!strcmp(key, "data_dir") || !strcmp(key, "since") || !strcmp(key, "until")) {
                char *s = string_at(&val);
                if (!s) {
                    problem = "expected a quoted string";
                } else {
                    char **slot = !strcmp(key, "data_dir") ? &cfg->data_dir : !strcmp(key, "since") ? &cfg->since : &cfg->until;
                    free(*slot);
                    *slot = s;
                }
            } else if (!strcmp(key, "lexicons")) {
                if (*val != '[') {
                    problem = "expected an array of strings";
                } else {
                    val++;
                    for (;;) {
                        while (isspace((unsigned char)*val) || *val == ',')
                            val++;
                        if (*val == ']' || !*val)
                            break;
                        char *s = string_at(&val);
                        if (!s || PARLEY_GROW(cfg->lexicons, cap_lex, cfg->n_lexicons + 1) < 0) {
                            free(s);
                            problem = "expected an array of strings";
                            break;
                        }
                        cfg->lexicons[cfg->n_lexicons++] = s;
                    }
                }
            } else if (!strcmp(key, "geonames") || !strcmp(key, "quiet")) {
                int v = !strcmp(val, "true") ? 1 : !strcmp(val, "false") ? 0 : -1;
                if (v < 0)
                    problem = "expected true or false";
                else if (!strcmp(key, "geonames"))
                    cfg->geonames = v;
                else
                    cfg->quiet = v;
            } else if (!strcmp(key, "max_doc_bytes")) {
                char *end;
                long long v = strtoll(val, &end, 10);
                if (end == val || *end || v < 0)
                    problem = "expected a whole number";
                else
                    cfg->max_doc_bytes = v;
            } else {
                problem = "unknown key (data_dir, lexicons, geonames, max_doc_bytes, since, until, quiet)";
            }
        }
        if (problem) {
            if (err)
                fprintf(err, "%s:%ld: %s\n", path, no, problem);
            rc = PARLEY_EINPUT;
        }
    }
    free(line);
    fclose(f);
    return rc;
}
