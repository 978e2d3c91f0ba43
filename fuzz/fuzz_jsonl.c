/* JSON Lines input: malformed lines are reported and skipped, never a crash; and the fast
 * scanner of a line agrees with Jansson on every line it reads (each input is also one line). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include "document.h"
#include "reader.h"
#include "../tests/jsonline_oracle.h"

static int drop(parley_document *doc, void *ud)
{
    (void)ud;
    parley_document_free(doc);
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    parley_reader_stats st = {0};
    parley_reader_jsonl_buffer("fuzz", (const char *)data, size, drop, NULL, &st, NULL, 1 << 20);
    if (jsonline_oracle((const char *)data, size) < 0)
        abort();
    return 0;
}
