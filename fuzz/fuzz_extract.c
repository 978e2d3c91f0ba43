/* The whole extraction of one document, and its JSON line. */
#include <stdint.h>
#include <stdlib.h>
#include <jansson.h>
#include "common.h"
#include "document.h"
#include "extraction.h"
#include "jsonl.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    parley_lexicon *lex = fuzz_lexicon();
    parley_document *d;
    parley_document_meta meta = {"2020-01-24", NULL, NULL, NULL};
    if (parley_document_new(&d, "fuzz", (const char *)data, size, size % 2 ? &meta : NULL) != 0)
        return 0;
    parley_extraction *ex;
    if (parley_extract_document(&ex, lex, d) == 0) {
        char *line = parley_jsonl_line(ex);
        if (!line)
            abort();
        json_error_t err;
        json_t *back = json_loads(line, 0, &err);   /* what was written parses back */
        if (!back)
            abort();
        json_decref(back);
        free(line);
        parley_extraction_free(ex);
    }
    parley_document_free(d);
    return 0;
}
