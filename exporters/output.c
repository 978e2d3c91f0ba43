#include "output.h"
#include "../src/error.h"
#include "../src/util.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int parley_output_open(parley_output *out, const char *path)
{
    memset(out, 0, sizeof(*out));
    size_t l = strlen(path) + 32;
    out->path = parley_strdup(path);
    out->tmp = malloc(l);
    if (!out->path || !out->tmp) {
        free(out->path);
        free(out->tmp);
        return PARLEY_EOUTPUT;
    }
    snprintf(out->tmp, l, "%s.tmp.%ld", path, (long)getpid());
    /* a device or a pipe (/dev/stdout, /dev/full) is written in place: it cannot be replaced */
    struct stat sb;
    if (stat(path, &sb) == 0 && !S_ISREG(sb.st_mode)) {
        free(out->tmp);
        out->tmp = NULL;
        out->f = fopen(path, "w");
        if (!out->f) {
            free(out->path);
            return PARLEY_EOUTPUT;
        }
        return 0;
    }
    out->f = fopen(out->tmp, "w");
    if (!out->f) {
        free(out->path);
        free(out->tmp);
        return PARLEY_EOUTPUT;
    }
    return 0;
}

void parley_output_abort(parley_output *out)
{
    if (out->f)
        fclose(out->f);
    if (out->tmp)
        unlink(out->tmp);
    free(out->path);
    free(out->tmp);
    memset(out, 0, sizeof(*out));
}

int parley_output_commit(parley_output *out)
{
    int bad = fflush(out->f) != 0 || ferror(out->f);
    bad |= fclose(out->f) != 0;
    out->f = NULL;
    if (!bad && out->tmp && rename(out->tmp, out->path) != 0)
        bad = 1;
    if (bad) {
        parley_output_abort(out);
        return PARLEY_EOUTPUT;
    }
    free(out->path);
    free(out->tmp);
    memset(out, 0, sizeof(*out));
    return 0;
}

int parley_output_json(const char *path, const json_t *j)
{
    parley_output o;
    if (parley_output_open(&o, path) < 0)
        return PARLEY_EOUTPUT;
    if (json_dumpf(j, o.f, JSON_INDENT(1) | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(10)) != 0 || fputc('\n', o.f) == EOF) {
        parley_output_abort(&o);
        return PARLEY_EOUTPUT;
    }
    return parley_output_commit(&o);
}
