/* The document reader: headers, bylines, credits, clutter, UTF-8 decoding, offsets. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "document.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    parley_document *d;
    if (parley_document_new(&d, "fuzz", (const char *)data, size, NULL) != 0)
        return 0;
    size_t n = parley_document_text_len(d);
    /* the offset map is monotonic and inside the original */
    size_t prev = 0;
    for (size_t i = 0; i <= n; i++) {
        size_t r = parley_document_raw_offset(d, i);
        if (r < prev || r > size)
            abort();
        prev = r;
    }
    if (strlen(parley_document_text(d)) != n)
        abort();
    parley_document_free(d);
    return 0;
}
