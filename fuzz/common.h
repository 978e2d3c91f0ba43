/* Shared by the fuzz targets: the lexicon, loaded once per process (targets only read it). */
#ifndef PARLEY_FUZZ_COMMON_H
#define PARLEY_FUZZ_COMMON_H

#include <stdlib.h>
#include "lexicon.h"

static parley_lexicon *fuzz_lexicon(void)
{
    static parley_lexicon *lex;
    if (!lex) {
        if (parley_lexicon_new(&lex) < 0 || parley_lexicon_load_dir(lex, PARLEY_FUZZ_DATA_DIR, NULL) < 0 ||
            parley_lexicon_load_geonames(lex) < 0)
            abort();
    }
    return lex;
}

#endif
