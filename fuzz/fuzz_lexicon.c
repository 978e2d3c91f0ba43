/* The lexicon loader: any file content is loaded or refused with file:line, never a crash. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include "lexicon.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const names[] = {"countries.tsv", "organizations.tsv", "places.tsv", "words.tsv"};
    char dir[] = "/tmp/parley-fuzz-lexXXXXXX";
    if (!mkdtemp(dir))
        return 0;
    char path[256];
    snprintf(path, sizeof(path), "%s/%s", dir, names[size % 4]);
    FILE *f = fopen(path, "wb");
    if (f) {
        fwrite(data, 1, size, f);
        fclose(f);
        parley_lexicon *lex;
        if (parley_lexicon_new(&lex) == 0) {
            parley_lexicon_load_file(lex, path, NULL);
            parley_lexicon_free(lex);
        }
        unlink(path);
    }
    rmdir(dir);
    return 0;
}
