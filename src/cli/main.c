/* parley: the command-line tool. */
#include "../document.h"
#include "../error.h"
#include "../extraction.h"
#include "../lexicon.h"
#include "../reader.h"
#include "../util.h"
#include "../../exporters/jsonl.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef PARLEY_VERSION
#define PARLEY_VERSION "0.1.0"
#endif
#ifndef PARLEY_DATA_DIR
#define PARLEY_DATA_DIR "data"
#endif
#ifndef PARLEY_INSTALL_DATA_DIR
#define PARLEY_INSTALL_DATA_DIR "/usr/local/share/parley"
#endif

enum { EXIT_OK = 0, EXIT_INPUT = 1, EXIT_USAGE = 2, EXIT_OUTPUT = 3, EXIT_INTERNAL = 4 };

static void usage(FILE *f)
{
    fprintf(f,
            "usage: parley COMMAND [OPTIONS] PATH...\n"
            "\n"
            "Turns news articles about officials meeting each other into a who-met-whom graph.\n"
            "\n"
            "commands:\n"
            "  extract     print one JSON object per document (entities, events, evidence)\n"
            "  version     print the version\n"
            "  help        print this help\n"
            "\n"
            "PATH is a text file, a folder (its *.txt and *.jsonl files, recursively), a JSON Lines\n"
            "file ({\"id\",\"text\",\"date\",\"source\",\"title\"} a line) or - for standard input.\n"
            "\n"
            "options of extract:\n"
            "  -o, --output FILE       write to FILE (atomically) instead of standard output\n"
            "  -l, --lexicon PATH      add a lexicon file or folder of *.tsv files (repeatable)\n"
            "      --data-dir DIR      the folder of parley's own lexicons (default: the installed one)\n"
            "      --no-geonames       do not load libgeonames' cities\n"
            "      --max-doc-bytes N   skip documents larger than N bytes (default 10000000)\n"
            "  -q, --quiet             no summary on standard error\n"
            "  -h, --help              this help\n"
            "\n"
            "exit status: 0 ok, 1 bad input (some input unreadable), 2 usage, 3 output failure.\n");
}

typedef struct {
    const parley_lexicon *lex;
    FILE *out;
    int out_rc;
} run_ctx;

static int on_document(parley_document *doc, void *ud)
{
    run_ctx *ctx = ud;
    parley_extraction *ex = NULL;
    int rc = parley_extract_document(&ex, ctx->lex, doc);
    if (rc == 0) {
        rc = parley_jsonl_write(ctx->out, ex);
        if (rc == PARLEY_EOUTPUT)
            ctx->out_rc = rc;
    }
    parley_extraction_free(ex);
    parley_document_free(doc);
    return rc;
}

static bool is_dir(const char *p)
{
    struct stat sb;
    return stat(p, &sb) == 0 && S_ISDIR(sb.st_mode);
}

static int load_lexicons(parley_lexicon **out, const char *data_dir, char **extra, size_t n_extra, bool geonames)
{
    parley_lexicon *lex;
    int rc = parley_lexicon_new(&lex);
    if (rc < 0)
        return rc;
    const char *dir = data_dir;
    if (!dir) {
        const char *env = getenv("PARLEY_DATA_DIR");
        dir = env && *env ? env : is_dir(PARLEY_DATA_DIR) ? PARLEY_DATA_DIR : PARLEY_INSTALL_DATA_DIR;
    }
    rc = parley_lexicon_load_dir(lex, dir, stderr);
    for (size_t i = 0; i < n_extra && rc == 0; i++)
        rc = is_dir(extra[i]) ? parley_lexicon_load_dir(lex, extra[i], stderr)
                              : parley_lexicon_load_file(lex, extra[i], stderr);
    if (rc == 0 && geonames)
        rc = parley_lexicon_load_geonames(lex);
    if (rc < 0) {
        parley_lexicon_free(lex);
        return rc;
    }
    *out = lex;
    return 0;
}

static int cmd_extract(int argc, char **argv)
{
    const char *output = NULL, *data_dir = NULL;
    char **extra = calloc((size_t)argc + 1, sizeof(char *));
    char **paths = calloc((size_t)argc + 1, sizeof(char *));
    size_t n_extra = 0, n_paths = 0;
    bool geonames = true, quiet = false;
    size_t max_bytes = 10000000;
    int status = EXIT_OK;
    if (!extra || !paths) {
        free(extra);
        free(paths);
        return EXIT_INTERNAL;
    }
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            usage(stdout);
            free(extra);
            free(paths);
            return EXIT_OK;
        } else if (!strcmp(a, "-o") || !strcmp(a, "--output") || !strcmp(a, "-l") || !strcmp(a, "--lexicon") ||
                   !strcmp(a, "--data-dir") || !strcmp(a, "--max-doc-bytes")) {
            if (i + 1 >= argc) {
                fprintf(stderr, "parley: %s needs a value (see parley extract --help)\n", a);
                free(extra);
                free(paths);
                return EXIT_USAGE;
            }
            const char *v = argv[++i];
            if (a[1] == 'o' || !strcmp(a, "--output"))
                output = v;
            else if (a[1] == 'l' || !strcmp(a, "--lexicon"))
                extra[n_extra++] = (char *)v;
            else if (!strcmp(a, "--data-dir"))
                data_dir = v;
            else {
                char *end;
                errno = 0;
                unsigned long long m = strtoull(v, &end, 10);
                if (errno || *end || end == v) {
                    fprintf(stderr, "parley: --max-doc-bytes takes a number of bytes, not '%s'\n", v);
                    free(extra);
                    free(paths);
                    return EXIT_USAGE;
                }
                max_bytes = (size_t)m;
            }
        } else if (!strcmp(a, "--no-geonames")) {
            geonames = false;
        } else if (!strcmp(a, "-q") || !strcmp(a, "--quiet")) {
            quiet = true;
        } else if (a[0] == '-' && a[1] != '\0') {
            fprintf(stderr, "parley: unknown option %s (see parley extract --help)\n", a);
            free(extra);
            free(paths);
            return EXIT_USAGE;
        } else {
            paths[n_paths++] = (char *)a;
        }
    }
    if (n_paths == 0) {
        fprintf(stderr, "parley: extract needs at least one PATH (a file, a folder or -)\n");
        free(extra);
        free(paths);
        return EXIT_USAGE;
    }
    parley_lexicon *lex = NULL;
    int rc = load_lexicons(&lex, data_dir, extra, n_extra, geonames);
    if (rc < 0) {
        fprintf(stderr, "parley: cannot load the lexicons: %s\n", parley_error_string(rc));
        free(extra);
        free(paths);
        return EXIT_INPUT;
    }
    char *tmp = NULL;
    FILE *out = stdout;
    if (output) {
        size_t l = strlen(output) + 32;
        tmp = malloc(l);
        if (tmp)
            snprintf(tmp, l, "%s.tmp.%ld", output, (long)getpid());
        out = tmp ? fopen(tmp, "w") : NULL;
        if (!out) {
            fprintf(stderr, "parley: cannot write %s: %s\n", output, strerror(errno));
            parley_lexicon_free(lex);
            free(tmp);
            free(extra);
            free(paths);
            return EXIT_OUTPUT;
        }
    }
    run_ctx ctx = {lex, out, 0};
    parley_reader_stats st = {0};
    for (size_t i = 0; i < n_paths; i++) {
        rc = parley_reader_read(paths[i], on_document, &ctx, &st, stderr, max_bytes);
        if (rc == PARLEY_EIO) {
            status = EXIT_INPUT;
            continue;
        }
        if (rc < 0) {
            status = ctx.out_rc ? EXIT_OUTPUT : EXIT_INTERNAL;
            fprintf(stderr, "parley: %s\n", parley_error_string(rc));
            break;
        }
    }
    if (fflush(out) != 0 || ferror(out))
        status = EXIT_OUTPUT;
    if (output) {
        if (fclose(out) != 0)
            status = EXIT_OUTPUT;
        if (status == EXIT_OUTPUT || status == EXIT_INTERNAL) {
            fprintf(stderr, "parley: cannot write %s; nothing was replaced\n", output);
            unlink(tmp);
        } else if (rename(tmp, output) != 0) {
            fprintf(stderr, "parley: cannot write %s: %s\n", output, strerror(errno));
            unlink(tmp);
            status = EXIT_OUTPUT;
        }
    } else if (status == EXIT_OUTPUT) {
        fprintf(stderr, "parley: cannot write the output: %s\n", strerror(errno));
    }
    if (!quiet)
        fprintf(stderr, "parley: %zu documents from %zu files, %zu warnings, %zu errors\n", st.documents, st.files,
                st.warnings, st.errors);
    if (status == EXIT_OK && st.errors)
        status = EXIT_INPUT;
    parley_lexicon_free(lex);
    free(tmp);
    free(extra);
    free(paths);
    return status;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        usage(stderr);
        return EXIT_USAGE;
    }
    const char *cmd = argv[1];
    if (!strcmp(cmd, "extract"))
        return cmd_extract(argc - 2, argv + 2);
    if (!strcmp(cmd, "version") || !strcmp(cmd, "--version")) {
        printf("parley %s\n", PARLEY_VERSION);
        return EXIT_OK;
    }
    if (!strcmp(cmd, "help") || !strcmp(cmd, "--help") || !strcmp(cmd, "-h")) {
        usage(stdout);
        return EXIT_OK;
    }
    fprintf(stderr, "parley: unknown command '%s' (see parley --help)\n", cmd);
    return EXIT_USAGE;
}
