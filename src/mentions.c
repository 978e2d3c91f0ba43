/* Mention finding: countries, places, organisations, exercises and people (from context). */
#include "extraction.h"
#include "dates.h"
#include "error.h"
#include "util.h"

#include <ctype.h>
#include <strings.h>
#include <stdlib.h>
#include <string.h>

int parley_mention_add(parley_extraction *ex, int type, size_t tb, size_t te, size_t sentence,
                       const parley_lex_entry *lex)
{
    if (PARLEY_GROW(ex->mentions, ex->cap_mentions, ex->n_mentions + 1) < 0)
        return PARLEY_ENOMEM;
    parley_mention *m = &ex->mentions[ex->n_mentions];
    memset(m, 0, sizeof(*m));
    m->tb = (uint32_t)tb;
    m->te = (uint32_t)te;
    m->start = ex->text.tokens[tb].start;
    m->end = ex->text.tokens[te - 1].end;
    m->sentence = (uint32_t)sentence;
    m->type = type;
    m->entity = -1;
    m->lex = lex;
    m->role_of = -1;
    return (int)ex->n_mentions++;
}

static bool is_cap(const parley_extraction *ex, size_t i)
{
    return (ex->text.tokens[i].flags & PARLEY_TOK_CAP) != 0;
}

static bool is_word(const parley_extraction *ex, size_t i)
{
    return ex->text.tokens[i].kind == PARLEY_TOK_WORD;
}

static inline bool tok_is(const parley_extraction *ex, size_t i, const char *w)
{
    return parley_text_tok_is(&ex->text, i, w);
}

static inline bool tok_lower_is(const parley_extraction *ex, size_t i, const char *w)
{
    return parley_text_tok_is_ci(&ex->text, i, w);
}

static bool punct_is(const parley_extraction *ex, size_t i, char c)
{
    return ex->text.tokens[i].kind == PARLEY_TOK_PUNCT && ex->text.text[ex->text.tokens[i].start] == c;
}

static bool glued(const parley_extraction *ex, size_t i)
{
    return !(ex->text.tokens[i].flags & PARLEY_TOK_SPACE);
}

/* Kinds of lexicon word that cannot stand in a person's name. */
/* the kinds of phrase that keep a word out of a name (blocks_name_uncached() keeps their mask: change both) */
/* The length of the capitalised honorific or rank at token j ("Sheikh", "Sayyid", "General"), or 0. */
static size_t honour_len(const parley_extraction *ex, size_t j)
{
    if (!is_cap(ex, j))
        return 0;
    size_t l = parley_match(ex, j, PARLEY_LEX_HONORIFIC, NULL);
    return l ? l : parley_match(ex, j, PARLEY_LEX_RANK, NULL);
}

static const parley_lex_kind blockers[] = {
    PARLEY_LEX_COUNTRY, PARLEY_LEX_DEMONYM, PARLEY_LEX_REGION, PARLEY_LEX_ORG, PARLEY_LEX_OFFICE,
    PARLEY_LEX_RANK, PARLEY_LEX_HONORIFIC, PARLEY_LEX_DOMAIN, PARLEY_LEX_ORGHEAD, PARLEY_LEX_STOP,
    PARLEY_LEX_EXERCISE};

static bool blocks_name_uncached(const parley_extraction *ex, size_t i);

/* Cached per token: name detection asks the same question of a token many times. */
static bool blocks_name(const parley_extraction *ex, size_t i)
{
    int8_t *c = ex->name_cache;
    if (!c)
        return blocks_name_uncached(ex, i);
    if (c[i] < 0)
        c[i] = blocks_name_uncached(ex, i) ? 1 : 0;
    return c[i] == 1;
}

static bool blocks_name_uncached(const parley_extraction *ex, size_t i)
{
#define KB(k) (UINT64_C(1) << (k))
    const uint64_t mask = KB(PARLEY_LEX_COUNTRY) | KB(PARLEY_LEX_DEMONYM) | KB(PARLEY_LEX_REGION) | KB(PARLEY_LEX_ORG) |
                          KB(PARLEY_LEX_OFFICE) | KB(PARLEY_LEX_RANK) | KB(PARLEY_LEX_HONORIFIC) | KB(PARLEY_LEX_DOMAIN) |
                          KB(PARLEY_LEX_ORGHEAD) | KB(PARLEY_LEX_STOP) | KB(PARLEY_LEX_EXERCISE);   /* the blockers */
#undef KB
    /* inside a longer lexicon phrase that starts earlier ("Field Marshall", "Saudi Arabia",
     * "Officer-in-Charge": hyphens glued inside a word do not count) */
    size_t span = 3;
    for (size_t back = 1; back <= span && back <= i; back++) {
        const parley_token *bt = &ex->text.tokens[i - back];
        if (bt->kind == PARLEY_TOK_PUNCT) {
            if (!(span < 7 && ex->text.text[bt->start] == '-' && bt->end == bt->start + 1 && !(bt->flags & PARLEY_TOK_SPACE) &&
                  !(ex->text.tokens[i - back + 1].flags & PARLEY_TOK_SPACE)))
                break;
            span += 2;   /* (the hyphen and the word before it) */
            continue;
        }
        if (ex->match_kinds && !(ex->match_kinds[i - back] & mask))
            continue;   /* no blocker starts there */
        for (size_t k = 0; k < sizeof(blockers) / sizeof(blockers[0]); k++) {
            size_t l = parley_match(ex, i - back, (int)blockers[k], NULL);
            if (l > back)
                return true;
        }
    }
    /* "General He Weidong", "Vice Premier He Lifeng": the Chinese surname He after a title or a
     * rank, before a name's word, is no pronoun */
    if (i > 0 && i + 1 < ex->text.n_tokens && parley_text_tok_is(&ex->text, i, "He") &&
        (ex->text.tokens[i + 1].flags & PARLEY_TOK_CAP) && ex->text.tokens[i + 1].kind == PARLEY_TOK_WORD &&
        !(ex->text.tokens[i + 1].flags & PARLEY_TOK_ALLCAPS) &&
        (parley_match(ex, i - 1, PARLEY_LEX_RANK, NULL) == 1 || parley_match(ex, i - 1, PARLEY_LEX_OFFICE, NULL) == 1) &&
        !parley_match(ex, i + 1, PARLEY_LEX_STOP, NULL) && !parley_match(ex, i + 1, PARLEY_LEX_OFFICE, NULL))
        return false;
    for (size_t k = 0; k < sizeof(blockers) / sizeof(blockers[0]) && (!ex->match_kinds || (ex->match_kinds[i] & mask)); k++)
        if (parley_match(ex, i, (int)blockers[k], NULL))
            return true;
    if (is_cap(ex, i) && parley_match(ex, i, PARLEY_LEX_MODIFIER, NULL))
        return true;
    /* a place's head word after a city's name ("Governor of Almaty Region X", "Hyderabad House"),
     * and a division's after any name ("Governor of the Leningrad Oblast X") */
    static const char *const divisions[] = {"oblast", "region", "province", "governorate", "prefecture", NULL};
    if (i > 0 && parley_match(ex, i, PARLEY_LEX_PLACE_HEAD, NULL) == 1 &&
        (parley_phrase_ends_at(ex, PARLEY_LEX_CITY, i, 0) || parley_text_tok_in_ci(&ex->text, i, divisions)))
        return true;
    return false;
}

/* A name word: a capitalised word (not all capitals, unless a short part after a hyphen)
 * that no lexicon claims. */
/* Is the word of n bytes at w shaped as an abstract noun, never a name ("Assistance",
 * "Cooperation", "Development", "Partnership", "Security")? Long suffixes only, so that
 * "Vance", "Lawrence" or "Clement" stay names. O(1). */
static bool abstract_noun(const char *w, size_t n)
{
    static const struct {
        const char *suffix;
        size_t len, min;
    } shapes[] = {{"ance", 4, 10}, {"ence", 4, 10}, {"tion", 4, 8}, {"sion", 4, 8},
                  {"ment", 4, 10}, {"ship", 4, 8},  {"ness", 4, 8}, {"ity", 3, 8}};
    /* (most words are shorter, or end in none of these letters) */
    if (n < 8 || !strchr("eytpns", w[n - 1]))
        return false;
    for (size_t k = 0; k < sizeof shapes / sizeof shapes[0]; k++)
        if (n >= shapes[k].min && w[n - 1] == shapes[k].suffix[shapes[k].len - 1] &&
            memcmp(w + n - shapes[k].len, shapes[k].suffix, shapes[k].len) == 0)
            return true;
    return false;
}

static bool name_word(const parley_extraction *ex, size_t i)
{
    const parley_token *tk = &ex->text.tokens[i];
    if (tk->kind != PARLEY_TOK_WORD || !(tk->flags & PARLEY_TOK_CAP))
        return false;
    if ((tk->flags & PARLEY_TOK_ALLCAPS) && !(tk->flags & PARLEY_TOK_ABBREV))
        return false;
    if (tk->flags & PARLEY_TOK_ABBREV) {
        /* an initial: "J."; or several, as Sri Lankan names open: "M.U.M. Ali Sabry" (not a
         * known abbreviation: "U.S.") */
        size_t n = tk->end - tk->start;
        if (n == 2)
            return true;
        /* a given name's short form: "Md. Touhid Hossain", "Mohd. Hasan", "Ma. Theresa Lazaro" */
        const char *w = ex->text.text + tk->start;
        if ((n == 3 && (strncmp(w, "Md.", 3) == 0 || strncmp(w, "Ma.", 3) == 0)) ||
            (n == 5 && (strncmp(w, "Mohd.", 5) == 0 || strncmp(w, "Muhd.", 5) == 0)))
            return true;
        /* (a Cyrillic letter's two glued to the name: "Ch.Bold", "Ts.Nyamdorj") */
        if (n == 3 && isupper((unsigned char)w[0]) && islower((unsigned char)w[1]) && !(ex->match_kinds && ex->match_kinds[i]) &&
            i + 1 < ex->text.n_tokens &&
            !(ex->text.tokens[i + 1].flags & PARLEY_TOK_SPACE) && (ex->text.tokens[i + 1].flags & PARLEY_TOK_CAP))
            return true;
        if (n > 8 || (n & 1) || (ex->match_kinds && ex->match_kinds[i]))
            return false;
        for (size_t k = 0; k < n; k += 2)
            if (!isupper((unsigned char)ex->text.text[tk->start + k]) || ex->text.text[tk->start + k + 1] != '.')
                return false;
        return true;
    }
    if (parley_text_tok_poss(&ex->text, i))
        return false;
    /* (a handle or a tag: "@ABlinken", "#Gaza") */
    if (i > 0 && !(tk->flags & PARLEY_TOK_SPACE) && ex->text.tokens[i - 1].kind == PARLEY_TOK_PUNCT &&
        (ex->text.text[ex->text.tokens[i - 1].start] == '@' || ex->text.text[ex->text.tokens[i - 1].start] == '#'))
        return false;
    return !blocks_name(ex, i);
}

/* Does a name that takes token j as its last word end there: the text's end, a comma or a period,
 * or a word in lower case other than "of" after it ("Rizwan Saeed Sheikh, who", "Nakatani Gen has
 * held")? O(1). */
static bool name_ends_after(const parley_extraction *ex, size_t j, size_t end)
{
    return j + 1 >= end || punct_is(ex, j + 1, ',') || punct_is(ex, j + 1, '.') ||
           (is_word(ex, j + 1) && !is_cap(ex, j + 1) && !tok_is(ex, j + 1, "of"));
}

/* A short rank without its period ("Gen Nakatani") is a given name when one name word follows. */
static bool rank_as_name(const parley_extraction *ex, size_t i, size_t end)
{
    const parley_token *tk = &ex->text.tokens[i];
    if (tk->kind != PARLEY_TOK_WORD || (tk->flags & PARLEY_TOK_ABBREV) || tk->end - tk->start > 3 || !is_cap(ex, i))
        return false;
    if (parley_match(ex, i, PARLEY_LEX_RANK, NULL) != 1)
        return false;
    if (i + 1 >= end || !name_word(ex, i + 1) || (ex->text.tokens[i + 1].flags & PARLEY_TOK_ABBREV))
        return false;
    if (i + 2 < end && name_word(ex, i + 2))
        return false;
    /* not the end of a longer rank: "Lt Gen Lagbaja" */
    for (size_t k = i > 3 ? i - 3 : 0; k < i; k++)
        if (parley_match(ex, k, PARLEY_LEX_RANK, NULL) > i - k)
            return false;
    /* not when the word is part of a longer name in the text before (within 500 tokens, so a
     * long text stays linear): "Gen Chalermphon Srisawasdi ... Gen Chalermphon also met", where
     * Gen is the rank and Chalermphon the given name */
    const parley_token *w = &ex->text.tokens[i + 1];
    size_t wl = w->end - w->start;
    for (size_t k = i > 500 ? i - 500 : 0; k < i; k++) {
        const parley_token *o = &ex->text.tokens[k];
        if (o->end - o->start == wl && memcmp(ex->text.text + o->start, ex->text.text + w->start, wl) == 0 &&
            (name_word(ex, k + 1) || (k > 0 && name_word(ex, k - 1) && !parley_match(ex, k - 1, PARLEY_LEX_RANK, NULL))))
            return false;
    }
    return true;
}

/* A roman numeral of a generation ("II", "III", "IV") or "Jr."/"Sr.". */
/* Is token i a roman numeral of up to five letters ("I", "IV", "VIII")? */
static bool roman_numeral(const parley_extraction *ex, size_t i)
{
    const parley_token *rt = &ex->text.tokens[i];
    if (rt->end - rt->start > 5)
        return false;
    for (uint32_t c = rt->start; c < rt->end; c++)
        if (ex->text.text[c] != 'I' && ex->text.text[c] != 'V' && ex->text.text[c] != 'X')
            return false;
    return true;
}

static bool generation_suffix(const parley_extraction *ex, size_t i)
{
    const parley_token *tk = &ex->text.tokens[i];
    size_t n = tk->end - tk->start;
    const char *w = ex->text.text + tk->start;
    if (n == 3 && (!strncmp(w, "Jr.", 3) || !strncmp(w, "Sr.", 3)))
        return true;
    return n >= 2 && n <= 4 && roman_numeral(ex, i);
}

/* After "al-" in a name, a demonym or a place is part of the name: "Abu Jandal al-Kuwaiti",
 * "Abu Bakr al-Baghdadi". */
static bool nisba(const parley_extraction *ex, size_t i)
{
    const parley_token *tk = &ex->text.tokens[i];
    if (tk->kind != PARLEY_TOK_WORD || !(tk->flags & PARLEY_TOK_CAP) || (tk->flags & PARLEY_TOK_ALLCAPS))
        return false;
    return parley_match(ex, i, PARLEY_LEX_DEMONYM, NULL) == 1 || parley_match(ex, i, PARLEY_LEX_CITY, NULL) == 1 ||
           parley_match(ex, i, PARLEY_LEX_COUNTRY, NULL) == 1;
}

/* The end of the name run starting at i, or i when none starts there. */
/* A capitalised word that would block a name, glued by a hyphen to a name word, is part of a
 * name: "Amir-Abdollahian" (Amir is also a title). */
static bool title_compound(const parley_extraction *ex, size_t i, size_t end)
{
    return i + 2 < end && is_word(ex, i) && is_cap(ex, i) && !(ex->text.tokens[i].flags & PARLEY_TOK_ALLCAPS) &&
           punct_is(ex, i + 1, '-') && glued(ex, i + 1) && glued(ex, i + 2) && name_word(ex, i + 2) &&
           !parley_match(ex, i, PARLEY_LEX_COUNTRY, NULL) && !parley_match(ex, i, PARLEY_LEX_DEMONYM, NULL) &&
           !parley_match(ex, i, PARLEY_LEX_CITY, NULL) && !parley_match(ex, i, PARLEY_LEX_STOP, NULL);
}

/* An office word right after a military rank and before a name word is a given name: "Major
 * General Sultan Kamaletdinov" (a rank does not go before a sovereign's title). */
static bool office_as_given_name(const parley_extraction *ex, size_t i, size_t end)
{
    /* "Sheikh Dr Sultan Bin Muhammad Al Qasimi": an office's word before "bin" (any case) and a
     * name word is the given name of a name told by its father's */
    if (i > 0 && i + 2 < end && is_cap(ex, i) && parley_match(ex, i, PARLEY_LEX_OFFICE, NULL) == 1 &&
        (tok_lower_is(ex, i + 1, "bin") || tok_lower_is(ex, i + 1, "ibn")) && name_word(ex, i + 2))
        return true;
    if (i == 0 || i + 1 >= end || !is_cap(ex, i) || parley_match(ex, i, PARLEY_LEX_OFFICE, NULL) != 1 ||
        parley_match(ex, i, PARLEY_LEX_RANK, NULL) || parley_match(ex, i, PARLEY_LEX_HONORIFIC, NULL) ||
        !name_word(ex, i + 1))
        return false;
    for (size_t k = i > 4 ? i - 4 : 0; k < i; k++) {
        size_t l = parley_match(ex, k, PARLEY_LEX_RANK, NULL);
        /* not when the rank and the word are one office: "Party General Secretary X" */
        if (l && k + l == i && parley_match(ex, k, PARLEY_LEX_OFFICE, NULL) <= l)
            return true;
    }
    return false;
}

/* Where a story's first words stand in sentence se: after its dateline's dash ("VIENTIANE, Jan. 9
 * (VNA) - To Lam, ...", "BEIJING - A and B, the foreign ministers of ...") when one stands, spaced,
 * among the first 16 tokens; else the sentence's first token. (Dashes of every width are '-' in
 * the normalised text.) */
size_t parley_lead_start(const parley_extraction *ex, const parley_sentence *se)
{
    for (size_t q = se->tok_begin + 1; q + 1 < se->tok_end && q < se->tok_begin + 16; q++)
        if (punct_is(ex, q, '-') && !glued(ex, q) && !glued(ex, q + 1))
            return q + 1;
    return se->tok_begin;
}


/* At the start of a sentence, a short capitalised function word and the name words after it are
 * a name when an office follows after a comma or a verb of meeting or speech follows: "To Lam,
 * General Secretary of the Communist Party of Vietnam, held talks", "To Lam also met" (not "By
 * John Smith, Reuters", not "In Hanoi, ..."). */
static bool sentence_opening_name(const parley_extraction *ex, size_t i, size_t end)
{
    size_t k = i + 1;
    while (k < end && k < i + 4 && name_word(ex, k))
        k++;
    if (k >= end)
        return false;
    if (punct_is(ex, k, ',')) {
        k++;
        while (k < end && k < i + 10 &&
               (tok_is(ex, k, "the") || parley_match(ex, k, PARLEY_LEX_MODIFIER, NULL) == 1 ||
                parley_match(ex, k, PARLEY_LEX_DEMONYM, NULL) == 1))
            k++;
        return k < end && (parley_match(ex, k, PARLEY_LEX_OFFICE, NULL) || parley_match(ex, k, PARLEY_LEX_RANK, NULL));
    }
    static const char *const verbs[] = {"met", "meets", "held", "holds", "received", "receives", "hosted", "hosts",
                                        "welcomed", "welcomes", "visited", "visits", "said", "says", "told", "signed",
                                        "also", "will", "is", "was", "has", NULL};
    return is_word(ex, k) && !is_cap(ex, k) && parley_text_tok_in_ci(&ex->text, k, verbs);
}

/* A short capitalised function word right after an office and before a name word is a given
 * name: "State President To Lam" (not at the start of a sentence); so is one after meeting words
 * when an office in lower case follows the name ("met with To Lam, general secretary of"). */
static bool word_as_given_name(const parley_extraction *ex, size_t i, size_t end)
{
    if (i + 1 >= end || !is_cap(ex, i) || !is_word(ex, i) || ex->text.tokens[i].end - ex->text.tokens[i].start > 3 ||
        (ex->text.tokens[i].flags & (PARLEY_TOK_ALLCAPS | PARLEY_TOK_ABBREV)) || !name_word(ex, i + 1) || name_word(ex, i) ||
        honour_len(ex, i))
        return false;
    const parley_sentence *se = &ex->text.sentences[parley_sentence_of(ex, i)];
    if (i == se->tok_begin || i == parley_lead_start(ex, se))
        return sentence_opening_name(ex, i, end);
    if (i < 2)
        return false;
    if (parley_phrase_ends_at(ex, PARLEY_LEX_OFFICE, i, i > 6 ? i - 6 : 0) != 0)
        return true;
    /* ... or after a title that ends in its country: "General Secretary of the Communist Party of
     * Vietnam To Lam" */
    if (i >= 3 && parley_match(ex, i - 1, PARLEY_LEX_COUNTRY, NULL) == 1 && tok_is(ex, i - 2, "of"))
        for (size_t k = i - 2; k-- > 0 && k + 12 > i;)
            if (parley_match(ex, k, PARLEY_LEX_OFFICE, NULL) && is_cap(ex, k))
                return true;
    /* ... or after meeting words, with the person's office after a comma: "Xi Jinping met with To
     * Lam, general secretary of ..." */
    static const char *const before[] = {"with", "met", "meets", "received", "receives", "hosted", "welcomed", "and", NULL};
    if (!is_word(ex, i - 1) || is_cap(ex, i - 1) || !parley_text_tok_in_ci(&ex->text, i - 1, before))
        return false;
    size_t k = i + 1;
    while (k < end && k < i + 4 && name_word(ex, k))
        k++;
    if (k + 1 >= end || !punct_is(ex, k, ','))
        return false;
    k++;
    while (k < end && k < i + 8 && parley_match(ex, k, PARLEY_LEX_MODIFIER, NULL) && !is_cap(ex, k))
        k++;
    return k < end && !is_cap(ex, k) && (parley_match(ex, k, PARLEY_LEX_OFFICE, NULL) || parley_match(ex, k, PARLEY_LEX_RANK, NULL));
}

static bool date_word(const parley_extraction *ex, size_t i);

/* A country's one-word name right after an office or "counterpart", before a name word, is a
 * given name: "his Israeli counterpart Israel Katz", "Defense Minister Israel Katz". O(1). */
static bool country_as_given_name(const parley_extraction *ex, size_t i, size_t end)
{
    if (i < 2 || i + 1 >= end || !is_cap(ex, i) || parley_match(ex, i, PARLEY_LEX_COUNTRY, NULL) != 1 ||
        !name_word(ex, i + 1))
        return false;
    return tok_is(ex, i - 1, "counterpart") || parley_phrase_ends_at(ex, PARLEY_LEX_OFFICE, i, i > 6 ? i - 6 : 0);
}

/* At the start of a story or a sentence, "Amir" or "Sultan" before a name that an apposition
 * gives an office of state is a given name: "Amir Khan Muttaqi, the Islamic Emirate's Minister of
 * Foreign Affairs, met", "Sultan Al Jaber, the UAE's Minister of Industry," (not "Amir Sheikh
 * Tamim": an honorific follows the sovereign's word). */
static bool given_name_office(const parley_extraction *ex, const parley_sentence *se, size_t w, size_t e)
{
    static const char *const words[] = {"amir", "sultan", NULL};
    static const char *const sheikh[] = {"sheikh", "shaikh", "sheik", NULL};
    if (!is_cap(ex, w) || !parley_text_tok_in_ci(&ex->text, w, words) || (ex->text.tokens[w].flags & PARLEY_TOK_ALLCAPS) ||
        parley_text_tok_in_ci(&ex->text, w + 1, sheikh))
        return false;
    /* (... or in apposition after an office of state: "the Islamic Emirate's Minister of Foreign
     * Affairs, Amir Khan Muttaqi, met") */
    if (w >= se->tok_begin + 2 && punct_is(ex, w - 1, ',') && e > w + 1) {
        for (size_t q = w - 1; q-- > se->tok_begin && q + 9 > w;) {
            /* (not a monarch's: "the King, Sultan Ibrahim") */
            if (is_cap(ex, q) && parley_match(ex, q, PARLEY_LEX_OFFICE, NULL) && !parley_match(ex, q, PARLEY_LEX_RANK, NULL) &&
                !parley_match(ex, q, PARLEY_LEX_ROYAL, NULL) && !parley_text_tok_in_ci(&ex->text, q, words))
                return true;
            /* (over "the": "Acting Foreign Minister of the Islamic Emirate, Amir Khan Muttaqi") */
            if (!is_word(ex, q) ||
                !(is_cap(ex, q) || tok_is(ex, q, "of") || tok_is(ex, q, "for") || tok_is(ex, q, "and") || tok_is(ex, q, "the")))
                break;
        }
    }
    if (e + 2 >= se->tok_end || !punct_is(ex, e, ',') || (w != se->tok_begin && w != parley_lead_start(ex, se)))
        return false;
    size_t k = e + 1;
    if (tok_lower_is(ex, k, "the"))
        k++;
    for (size_t n = 0; n < 2 && k < se->tok_end; n++) {   /* "the Islamic Emirate's", "the UAE's" */
        size_t q = k;
        while (q < se->tok_end && q < k + 4 && is_word(ex, q) && is_cap(ex, q) && !parley_match(ex, q, PARLEY_LEX_OFFICE, NULL))
            q++;
        if (q > k && q < se->tok_end && parley_text_tok_poss(&ex->text, q))
            k = q + 1;
        else if (parley_match(ex, k, PARLEY_LEX_DEMONYM, NULL))
            k += parley_match(ex, k, PARLEY_LEX_DEMONYM, NULL);
        else
            break;
    }
    while (k < se->tok_end && parley_match(ex, k, PARLEY_LEX_MODIFIER, NULL) == 1)
        k++;
    return k < se->tok_end && parley_match(ex, k, PARLEY_LEX_OFFICE, NULL) && !parley_match(ex, k, PARLEY_LEX_RANK, NULL) &&
           !parley_text_tok_in_ci(&ex->text, k, words);
}

/* A capitalised word that the stop list keeps out of names, right after an office and before a
 * name word, is a given name when it is no function word: "Austrian Chancellor Christian Stocker"
 * (not "the President The"). */
static bool stop_as_given_name(const parley_extraction *ex, size_t i, size_t end)
{
    const parley_token *tk = &ex->text.tokens[i];
    /* "General Secretary of the ... Central Committee To Lam": Vietnam's surname To (China's He:
     * "Chinese Ambassador He Wei"), capitalised mid-sentence right after a title's last word (an
     * office or a body's head, or the country an envoy is sent to: "Ambassador to Vietnam He
     * Wei"), before one name word that ends the name */
    if (i > 0 && i + 1 < end && tk->kind == PARLEY_TOK_WORD && tk->end - tk->start == 2 &&
        (memcmp(ex->text.text + tk->start, "To", 2) == 0 || memcmp(ex->text.text + tk->start, "He", 2) == 0) &&
        is_cap(ex, i - 1) && is_word(ex, i - 1) && name_word(ex, i + 1) && !(i + 2 < end && name_word(ex, i + 2))) {
        if (parley_match(ex, i - 1, PARLEY_LEX_ORGHEAD, NULL) == 1 || parley_phrase_ends_at(ex, PARLEY_LEX_OFFICE, i, i > 4 ? i - 4 : 0))
            return true;
        size_t c = parley_phrase_start(ex, PARLEY_LEX_COUNTRY, i, i > 4 ? i - 4 : 0);
        if (c != SIZE_MAX && c >= 2 && parley_text_tok_is(&ex->text, c - 1, "to") &&
            parley_phrase_ends_at(ex, PARLEY_LEX_OFFICE, c - 1, c > 5 ? c - 5 : 0))
            return true;
    }
    /* ... or in apposition after a title's last word and a comma: "the Secretary General of the
     * Communist Party of Vietnam, To Lam, who arrived" */
    if (i >= 2 && i + 2 < end && tk->kind == PARLEY_TOK_WORD && tk->end - tk->start == 2 &&
        (memcmp(ex->text.text + tk->start, "To", 2) == 0 || memcmp(ex->text.text + tk->start, "He", 2) == 0) &&
        punct_is(ex, i - 1, ',') && name_word(ex, i + 1) && punct_is(ex, i + 2, ',') && is_cap(ex, i - 2) &&
        (parley_match(ex, i - 2, PARLEY_LEX_ORGHEAD, NULL) == 1 ||
         parley_phrase_ends_at(ex, PARLEY_LEX_OFFICE, i - 1, i > 5 ? i - 5 : 0) ||
         parley_phrase_ends_at(ex, PARLEY_LEX_COUNTRY, i - 1, i > 5 ? i - 5 : 0)))
        return true;
    /* ... or after "led by" / "headed by", with an office in apposition: "a delegation headed by
     * To Lam, general secretary of its Central Committee" */
    if (i >= 2 && i + 3 < end && tk->kind == PARLEY_TOK_WORD && tk->end - tk->start == 2 &&
        (memcmp(ex->text.text + tk->start, "To", 2) == 0 || memcmp(ex->text.text + tk->start, "He", 2) == 0) &&
        parley_text_tok_is(&ex->text, i - 1, "by") &&
        (parley_text_tok_is(&ex->text, i - 2, "led") || parley_text_tok_is(&ex->text, i - 2, "headed")) &&
        name_word(ex, i + 1) && punct_is(ex, i + 2, ',')) {
        size_t k = i + 3 + tok_lower_is(ex, i + 3, "the");
        while (k < end && parley_match(ex, k, PARLEY_LEX_MODIFIER, NULL) == 1)
            k++;
        if (k < end && (parley_match(ex, k, PARLEY_LEX_OFFICE, NULL) || parley_kind_starts(ex, k, PARLEY_LEX_OFFICE)))
            return true;
    }
    if (i == 0 || i + 1 >= end || tk->kind != PARLEY_TOK_WORD || !(tk->flags & PARLEY_TOK_CAP) ||
        (tk->flags & (PARLEY_TOK_ALLCAPS | PARLEY_TOK_ABBREV)) || tk->end - tk->start < 5 ||
        parley_match(ex, i, PARLEY_LEX_STOP, NULL) != 1 || parley_match(ex, i, PARLEY_LEX_OFFICE, NULL) ||
        parley_match(ex, i, PARLEY_LEX_RANK, NULL) || parley_match(ex, i, PARLEY_LEX_DOMAIN, NULL) ||
        parley_match(ex, i, PARLEY_LEX_ORGHEAD, NULL) || date_word(ex, i) || !name_word(ex, i + 1) ||
        (i + 2 < end && name_word(ex, i + 2) && !punct_is(ex, i + 2, ',')))   /* (two words after it: a body) */
        return false;
    /* (right after an office: "Chancellor", not "Minister of Christian Affairs"; or after an office
     * of a country: "Federal Chancellor of Austria Christian Stocker") */
    if (parley_phrase_ends_at(ex, PARLEY_LEX_OFFICE, i, i > 4 ? i - 4 : 0) && is_cap(ex, i - 1))
        return true;
    size_t c = parley_phrase_start(ex, PARLEY_LEX_COUNTRY, i, i > 4 ? i - 4 : 0);
    return c != SIZE_MAX && c >= 2 && parley_text_tok_is(&ex->text, c - 1, "of") &&
           parley_phrase_ends_at(ex, PARLEY_LEX_OFFICE, c - 1, c > 5 ? c - 5 : 0);
}

/* A month's name after a rank, an honorific or an office and before a name is a given name:
 * "Lieutenant Colonel Jan de Groot", "Mr. April Smith" (not "on Monday, 5 June"). */
static bool month_given_name(const parley_extraction *ex, size_t i, size_t end)
{
    const parley_token *tk = &ex->text.tokens[i];
    if (i == 0 || i + 1 >= end || tk->kind != PARLEY_TOK_WORD || !(tk->flags & PARLEY_TOK_CAP) ||
        (tk->flags & (PARLEY_TOK_ALLCAPS | PARLEY_TOK_ABBREV)) ||
        !parley_date_month_name(ex->text.text + tk->start, tk->end - tk->start))
        return false;
    if (!parley_match(ex, i - 1, PARLEY_LEX_RANK, NULL) && !parley_match(ex, i - 1, PARLEY_LEX_HONORIFIC, NULL) &&
        !parley_phrase_ends_at(ex, PARLEY_LEX_OFFICE, i, i > 4 ? i - 4 : 0) &&
        !parley_phrase_ends_at(ex, PARLEY_LEX_RANK, i, i > 4 ? i - 4 : 0))
        return false;
    size_t k = i + 1;
    if (k + 1 < end && parley_match(ex, k, PARLEY_LEX_PARTICLE, NULL) == 1 && !is_cap(ex, k))
        k++;
    /* "Jan-Willem" */
    if (k == i + 1 && k + 1 < end && punct_is(ex, k, '-') && glued(ex, k) && glued(ex, k + 1))
        return name_word(ex, k + 1);
    return name_word(ex, k) && ex->text.tokens[k].kind == PARLEY_TOK_WORD;
}

/* A participle ending in -ing that opens a sentence (or the story after its dateline) before a
 * name is no given name: "Welcoming Saleumxay, PM Chinh said", "Receiving X, the President
 * said" (not "Ding Xuexiang": a short word). */
static bool opening_participle(const parley_extraction *ex, size_t i, size_t end)
{
    const parley_token *tk = &ex->text.tokens[i];
    if (tk->kind != PARLEY_TOK_WORD || (tk->flags & PARLEY_TOK_ALLCAPS) || !parley_text_tok_ing(&ex->text, i, 6) ||
        i + 1 >= end || !name_word(ex, i + 1))
        return false;
    const parley_sentence *se = &ex->text.sentences[parley_sentence_of(ex, i)];
    return i == se->tok_begin || i == parley_lead_start(ex, se);
}

/* What may follow a surname that is a demonym's word: the end, a comma, a period, a bracket, a
 * verb said of people (the lexicon's person_verb), or an auxiliary or adverb before one. */
static bool demonym_surname_end(const parley_extraction *ex, size_t k, size_t end)
{
    static const char *const aux[] = {"was", "is", "has", "had", "will", "also", NULL};
    if (k >= end)
        return true;
    if (punct_is(ex, k, ',') || punct_is(ex, k, '.') || punct_is(ex, k, ';') || punct_is(ex, k, ')') ||
        punct_is(ex, k, '('))
        return true;
    return is_word(ex, k) && !is_cap(ex, k) &&
           (parley_match(ex, k, PARLEY_LEX_PERSON_VERB, NULL) || parley_text_tok_in_ci(&ex->text, k, aux));
}

/* Is token k, glued after a particle's hyphen, a surname whatever the lexicons say of it
 * ("Al-Sheikh", "al-Amir"): a capitalised word, not in capitals, no country's name? */
static bool after_particle_surname(const parley_extraction *ex, size_t k)
{
    return is_word(ex, k) && is_cap(ex, k) && !(ex->text.tokens[k].flags & PARLEY_TOK_ALLCAPS) &&
           !parley_match(ex, k, PARLEY_LEX_COUNTRY, NULL);
}

/* the head words of a place's name before an office ("Cebu City Mayor X", "Kiambu County Governor X") */
static const char *const place_words[] = {"city", "county", "state", "province", "region", "district", "prefecture", NULL};

/* Do tokens [i, e) name a city, a region or a country of the lexicon, maybe with a place's head
 * word after it ("Buenos Aires", "Cebu City", "Kiambu County")? O(1) look-ups. */
static bool names_place(const parley_extraction *ex, size_t i, size_t e)
{
    if (e <= i)
        return false;
    size_t cl = parley_match(ex, i, PARLEY_LEX_CITY, NULL);
    size_t pe = e - parley_text_tok_in_ci(&ex->text, e - 1, place_words);
    return cl == e - i ||
           (pe > i && (cl == pe - i || parley_match(ex, i, PARLEY_LEX_REGION, NULL) == pe - i ||
                       parley_match(ex, i, PARLEY_LEX_COUNTRY, NULL) == pe - i));
}

static size_t name_run(const parley_extraction *ex, size_t i, size_t end)
{
    /* every name starts with a capital (a given name, an initial, a rank or office read as a
     * name): the common case, a lower-case word or a sign, costs one test */
    /* (but a particle after an office may open a surname: "President von der Leyen") */
    if (!(ex->text.tokens[i].flags & (PARLEY_TOK_CAP | PARLEY_TOK_ALLCAPS)) &&
        (!(ex->match_kinds ? (ex->match_kinds[i] & (UINT64_C(1) << PARLEY_LEX_PARTICLE)) != 0
                           : parley_match(ex, i, PARLEY_LEX_PARTICLE, NULL) > 0) ||
         i == 0 || !(ex->text.tokens[i - 1].flags & PARLEY_TOK_CAP) ||
         !parley_phrase_ends_at(ex, PARLEY_LEX_OFFICE, i, i > 4 ? i - 4 : 0)))
        return i;
    size_t j = i;
    /* "USS Gerald R. Ford" is a ship, and so is any part of it */
    for (size_t k = i; k > 0 && k + 6 > i; k--) {
        if (parley_match(ex, k - 1, PARLEY_LEX_VESSEL, NULL) == 1 && is_cap(ex, k - 1))
            return i;
        if (!name_word(ex, k - 1) && !(is_cap(ex, k - 1) && is_word(ex, k - 1)))
            break;
    }
    if (rank_as_name(ex, i, end))
        return i + 2;
    if (opening_participle(ex, i, end))
        return i;
    /* initials in capitals without periods after a rank or an office: "General MM Naravane",
     * "Shri VK Singh" */
    const parley_token *ti = &ex->text.tokens[i];
    /* ... and a surname in capitals before the given name, as Japan's ministries write them:
     * "Minister of Defense KIHARA Minoru" */
    /* (... a town's name too, after an office's domain: "State Minister of Defense MIYAZAKI
     * Masahisa"; and in apposition after the office's country: "the Minister of National Defense
     * of the Republic of Korea, AHN Gyu-back") */
    /* (a short one too before a hyphenated given name, as Korea's are: "AHN Gyu-back") */
    /* (read for a word in capitals only: most names are not) */
    bool caps = ti->kind == PARLEY_TOK_WORD && (ti->flags & PARLEY_TOK_ALLCAPS) && !(ti->flags & PARLEY_TOK_ABBREV) && i > 0 &&
                i + 1 < end;
    bool korean = caps && i + 3 < end && punct_is(ex, i + 2, '-') && glued(ex, i + 2) && glued(ex, i + 3) && is_word(ex, i + 3) &&
                  !is_cap(ex, i + 3);
    bool domain_before = caps && (ti->end - ti->start > 3 || korean) &&
                         parley_phrase_ends_at(ex, PARLEY_LEX_DOMAIN, i, i > 4 ? i - 4 : 0);
    bool country_comma = caps && i > 2 && punct_is(ex, i - 1, ',') &&
                         parley_phrase_ends_at(ex, PARLEY_LEX_COUNTRY, i - 1, i > 6 ? i - 6 : 0);
    bool initials = ti->kind == PARLEY_TOK_WORD && (ti->flags & PARLEY_TOK_ALLCAPS) && !(ti->flags & PARLEY_TOK_ABBREV) &&
                    ti->end - ti->start >= 2 && i > 0 && i + 1 < end && name_word(ex, i + 1) &&
                    (ti->end - ti->start <= 3 || !(ex->match_kinds && ex->match_kinds[i]) || domain_before) &&
                    (parley_match(ex, i - 1, PARLEY_LEX_RANK, NULL) == 1 || parley_match(ex, i - 1, PARLEY_LEX_HONORIFIC, NULL) == 1 ||
                     parley_phrase_ends_at(ex, PARLEY_LEX_OFFICE, i, i > 4 ? i - 4 : 0) || domain_before ||
                     (country_comma && ti->end - ti->start <= 8)) &&
                    !parley_match(ex, i, PARLEY_LEX_COUNTRY, NULL) && !parley_match(ex, i, PARLEY_LEX_ORG, NULL) &&
                    !parley_match(ex, i, PARLEY_LEX_OFFICE, NULL) && !parley_match(ex, i, PARLEY_LEX_RANK, NULL);
    /* ... whose given name is a rank's word: "Minister of Defense NAKATANI Gen held" (nothing
     * capitalised after it, so no rank) */
    bool rank_given = !initials && ti->kind == PARLEY_TOK_WORD && (ti->flags & PARLEY_TOK_ALLCAPS) &&
                      !(ti->flags & PARLEY_TOK_ABBREV) && ti->end - ti->start >= 4 && i > 0 && i + 1 < end &&
                      is_word(ex, i + 1) && is_cap(ex, i + 1) && !(ex->text.tokens[i + 1].flags & PARLEY_TOK_ALLCAPS) &&
                      parley_match(ex, i + 1, PARLEY_LEX_RANK, NULL) == 1 &&
                      (i + 2 >= end || !is_cap(ex, i + 2) || !is_word(ex, i + 2)) &&
                      !(ex->match_kinds && ex->match_kinds[i]) &&
                      (parley_phrase_ends_at(ex, PARLEY_LEX_OFFICE, i, i > 4 ? i - 4 : 0) ||
                       parley_phrase_ends_at(ex, PARLEY_LEX_DOMAIN, i, i > 4 ? i - 4 : 0));
    if (rank_given)
        return i + 2;
    if (initials)
        j = i + 1;
    else if (office_as_given_name(ex, i, end))
        j = i + 1;
    else if (month_given_name(ex, i, end))
        j = i + 1;
    else if (word_as_given_name(ex, i, end))
        j = i + 1;
    else if (stop_as_given_name(ex, i, end))
        j = i + 1;
    else if (country_as_given_name(ex, i, end))
        j = i + 1;
    else if (i + 1 < end && is_word(ex, i) && !is_cap(ex, i) && parley_match(ex, i, PARLEY_LEX_PARTICLE, NULL) == 1) {
        /* a surname opening with its particles right after an office: "President von der Leyen",
         * "Minister van Weel" */
        size_t k = i + 1;
        if (k + 1 < end && is_word(ex, k) && !is_cap(ex, k) && parley_match(ex, k, PARLEY_LEX_PARTICLE, NULL) == 1)
            k++;
        if (!name_word(ex, k))
            return i;
        j = k;
    } else if (!is_cap(ex, i) || (!name_word(ex, i) && !title_compound(ex, i, end)))
        return i;
    size_t last = i;
    while (j < end && j < i + 13) {   /* up to seven words, with hyphens between */
        if (name_word(ex, j)) {
            if ((ex->text.tokens[j].flags & PARLEY_TOK_ABBREV) && !(j + 1 < end && name_word(ex, j + 1)))
                break;
            j++;
            last = j;
            continue;
        }
        /* a Polynesian name's glottal stop, an apostrophe after a space and glued to a capitalised
         * word that no other apostrophe closes: "Fekitamoeloa 'Utoikamanu" */
        if (j > i && j + 1 < end && punct_is(ex, j, '\'') && !glued(ex, j) && glued(ex, j + 1) && name_word(ex, j + 1) &&
            name_word(ex, j - 1) && !(j + 2 < end && punct_is(ex, j + 2, '\''))) {
            j += 2;
            last = j;
            continue;
        }
        /* an honorific's short form without its period, last in a name, is a surname: "Hun Sen
         * said", "Senate President Hun Sen." (an honorific stands before a name, never last) */
        if (j > i && is_word(ex, j) && is_cap(ex, j) &&
            !(ex->text.tokens[j].flags & (PARLEY_TOK_ABBREV | PARLEY_TOK_ALLCAPS)) &&
            ex->text.tokens[j].end - ex->text.tokens[j].start <= 4 && parley_match(ex, j, PARLEY_LEX_HONORIFIC, NULL) &&
            !parley_match(ex, j, PARLEY_LEX_OFFICE, NULL) && !parley_match(ex, j, PARLEY_LEX_RANK, NULL) &&
            (j + 1 >= end || !is_cap(ex, j + 1) || !is_word(ex, j + 1))) {
            j++;
            last = j;
            break;
        }
        /* a demonym last in a name, after a given name, is a surname: "Volker Turk, UN High
         * Commissioner", "Volker Turk said" (not "... Turkish officials": a word it qualifies) */
        if (j > i && j == last && is_word(ex, j) && is_cap(ex, j) &&
            !(ex->text.tokens[j].flags & (PARLEY_TOK_ABBREV | PARLEY_TOK_ALLCAPS)) &&
            parley_match(ex, j, PARLEY_LEX_DEMONYM, NULL) == 1 && !parley_match(ex, j, PARLEY_LEX_COUNTRY, NULL) &&
            !(ex->match_kinds && ex->match_kinds[j - 1]) && demonym_surname_end(ex, j + 1, end)) {
            j++;
            last = j;
            break;
        }
        /* ... and so is a sovereign's word: "transport ministers Jeffrey Siow and Catherine King."
         * (after a given name no lexicon claims; no name, particle or "of" after it, nor a hyphen:
         * not "Prince William", "Tamim Emir of Qatar", "Abdul Amir al-Shammari", "Amir-Abdollahian") */
        if (j > i && j == last && is_word(ex, j) && is_cap(ex, j) &&
            !(ex->text.tokens[j].flags & (PARLEY_TOK_ABBREV | PARLEY_TOK_ALLCAPS)) &&
            parley_match(ex, j, PARLEY_LEX_ROYAL, NULL) == 1 && parley_match(ex, j, PARLEY_LEX_OFFICE, NULL) == 1 &&
            !(ex->match_kinds && ex->match_kinds[j - 1]) &&
            (j + 1 >= end || (is_word(ex, j + 1) ? !is_cap(ex, j + 1) && !tok_is(ex, j + 1, "of") &&
                                                       !parley_match(ex, j + 1, PARLEY_LEX_PARTICLE, NULL)
                                                  : !punct_is(ex, j + 1, '-')))) {
            j++;
            last = j;
            break;
        }
        /* ... and so is a country's one-word name: "The Portuguese Prime Minister, Luís Montenegro,
         * received" (a given name before it, a clause's end after it) */
        if (j > i && j == last && j == i + 1 && is_word(ex, j) && is_cap(ex, j) &&
            !(ex->text.tokens[j].flags & (PARLEY_TOK_ABBREV | PARLEY_TOK_ALLCAPS)) &&
            parley_match(ex, j, PARLEY_LEX_COUNTRY, NULL) == 1 && !parley_match(ex, j - 1, PARLEY_LEX_OFFICE, NULL) &&
            !(ex->match_kinds && ex->match_kinds[j - 1]) && i > 0 && punct_is(ex, i - 1, ',') &&
            j + 1 < end && punct_is(ex, j + 1, ',')) {
            j++;
            last = j;
            break;
        }
        /* a nickname in quotes between name words: Joko "Jokowi" Widodo */
        if (j > i && j + 3 < end && punct_is(ex, j, '"') && is_word(ex, j + 1) && is_cap(ex, j + 1) &&
            punct_is(ex, j + 2, '"') && name_word(ex, j + 3)) {
            j += 3;
            continue;
        }
        /* an elided particle glued to a surname: "Valéry Giscard d'Estaing" */
        if (j > i && is_word(ex, j) && !is_cap(ex, j) && ex->text.tokens[j].end - ex->text.tokens[j].start >= 4) {
            const char *w = ex->text.text + ex->text.tokens[j].start;
            if ((w[0] == 'd' || w[0] == 'l') && w[1] == '\'' && w[2] >= 'A' && w[2] <= 'Z') {
                j++;
                last = j;
                continue;
            }
        }
        /* ... set off by a comma: "Gilberto C. Teodoro, Jr." (the comma no part of the name) */
        if (j > i + 1 && j + 1 < end && punct_is(ex, j, ',') &&
            (tok_is(ex, j + 1, "Jr.") || tok_is(ex, j + 1, "Sr.") || tok_is(ex, j + 1, "Jr") || tok_is(ex, j + 1, "Sr")) &&
            !(j + 2 < end && name_word(ex, j + 2))) {
            j += 2;
            last = j;
            break;
        }
        /* a generation: "Charles H. Keating IV", "John Smith Jr." */
        /* a king's number inside his name: "Carl XVI Gustaf" (one name word after it, ending it) */
        if (j > i && is_word(ex, j) && generation_suffix(ex, j) && roman_numeral(ex, j) && j + 1 < end &&
            name_word(ex, j + 1) && !(j + 2 < end && name_word(ex, j + 2))) {
            j += 2;
            last = j;
            break;
        }
        if (j > i && is_word(ex, j) && generation_suffix(ex, j) && !(j + 1 < end && name_word(ex, j + 1))) {
            j++;
            last = j;
            /* ... and a father's name after a king's number: "Abdullah II bin Al Hussein" */
            if (j + 1 < end && (tok_is(ex, j, "bin") || tok_is(ex, j, "ibn")) &&
                (name_word(ex, j + 1) || parley_match(ex, j + 1, PARLEY_LEX_PARTICLE, NULL) == 1))
                continue;
            break;
        }
        /* particles: "Leal da Silva", "bin Ahmed", "Al Saud"; two of them: "Ursula von der Leyen" */
        if (j > i && is_word(ex, j) && parley_match(ex, j, PARLEY_LEX_PARTICLE, NULL) == 1 && j + 1 < end &&
            name_word(ex, j + 1)) {
            j++;
            continue;
        }
        /* a patronymic after a father's name, in lower case: "Nurlanbek Turgunbek uulu", "Ilham
         * Heydar oglu Aliyev" */
        if (j >= i + 2 && is_word(ex, j) && !is_cap(ex, j) && parley_match(ex, j, PARLEY_LEX_PATRONYMIC, NULL) == 1) {
            j++;
            last = j;
            if (j < end && name_word(ex, j))
                continue;
            break;
        }
        /* an honorific after "bin" is the father's, inside the name: "Mohamad bin Haji Hasan" */
        if (j > i && j + 2 < end && (tok_is(ex, j, "bin") || tok_is(ex, j, "binti") || tok_is(ex, j, "bint")) &&
            is_word(ex, j + 1) && is_cap(ex, j + 1) && parley_match(ex, j + 1, PARLEY_LEX_HONORIFIC, NULL) == 1 &&
            name_word(ex, j + 2)) {
            j += 2;
            continue;
        }
        /* a short office word after "bin" is a father's name: "Prince Badr bin Sultan" */
        if (j > i && j + 1 < end && (tok_is(ex, j, "bin") || tok_is(ex, j, "ibn") || tok_is(ex, j, "bint")) &&
            is_word(ex, j + 1) && is_cap(ex, j + 1) && !(ex->text.tokens[j + 1].flags & PARLEY_TOK_ALLCAPS) &&
            parley_match(ex, j + 1, PARLEY_LEX_OFFICE, NULL) == 1 &&
            ex->text.tokens[j + 1].end - ex->text.tokens[j + 1].start <= 6) {
            j += 2;
            last = j;
            continue;
        }
        if (j > i && j + 2 < end && is_word(ex, j) && !is_cap(ex, j) && parley_match(ex, j, PARLEY_LEX_PARTICLE, NULL) == 1 &&
            is_word(ex, j + 1) && !is_cap(ex, j + 1) && parley_match(ex, j + 1, PARLEY_LEX_PARTICLE, NULL) == 1 &&
            name_word(ex, j + 2)) {
            j += 2;
            continue;
        }
        /* "al-Abadi"; "Al-Sheikh", "al-Amir" (a word of the lexicons glued to the particle is a
         * surname) */
        if (j > i && is_word(ex, j) && parley_match(ex, j, PARLEY_LEX_PARTICLE, NULL) == 1 && j + 2 < end &&
            punct_is(ex, j + 1, '-') && glued(ex, j + 1) && glued(ex, j + 2) &&
            (name_word(ex, j + 2) || nisba(ex, j + 2) || after_particle_surname(ex, j + 2))) {
            j += 3;
            last = j;
            continue;
        }
        /* an honorific word between two name words is a name: "Hassan Sheikh Mohamud" */
        if (j > i && j + 1 < end && is_word(ex, j) && is_cap(ex, j) && parley_match(ex, j, PARLEY_LEX_HONORIFIC, NULL) == 1 &&
            ex->text.tokens[j].end - ex->text.tokens[j].start >= 5 &&
            ex->text.text[ex->text.tokens[j].end - 1] != '.' && !(ex->text.tokens[j].flags & PARLEY_TOK_ALLCAPS) &&
            name_word(ex, j + 1) && name_word(ex, j - 1)) {
            j++;
            continue;
        }
        /* initials in capitals between two name words: "Retno LP Marsudi" (not a country's or a
         * body's acronym) */
        if (j > i && j + 1 < end && is_word(ex, j) && (ex->text.tokens[j].flags & PARLEY_TOK_ALLCAPS) &&
            !(ex->text.tokens[j].flags & PARLEY_TOK_ABBREV) && ex->text.tokens[j].end - ex->text.tokens[j].start <= 3 &&
            name_word(ex, j - 1) && name_word(ex, j + 1) && !(ex->match_kinds && ex->match_kinds[j])) {
            j++;
            continue;
        }
        /* a short office word last in a name of two words or more is a surname: "Rizwan Saeed
         * Sheikh, who" (a lower-case word or a sign after it, not "of") */
        if (j >= i + 2 && j == last && is_word(ex, j) && is_cap(ex, j) && !(ex->text.tokens[j].flags & PARLEY_TOK_ALLCAPS) &&
            ex->text.tokens[j].end - ex->text.tokens[j].start <= 6 && parley_match(ex, j, PARLEY_LEX_OFFICE, NULL) == 1 &&
            !parley_match(ex, j, PARLEY_LEX_RANK, NULL) && name_word(ex, j - 1) && name_word(ex, j - 2) &&
            name_ends_after(ex, j, end)) {
            j++;
            last = j;
            break;
        }
        /* a rank's short form with no period last after a name word, before a word in lower case
         * or a sign, is a given name: "Defense Minister Nakatani Gen has held talks" (a rank opens
         * a name, never ends one) */
        if (j > i && j == last && is_word(ex, j) && is_cap(ex, j) &&
            !(ex->text.tokens[j].flags & (PARLEY_TOK_ALLCAPS | PARLEY_TOK_ABBREV)) &&
            ex->text.tokens[j].end - ex->text.tokens[j].start <= 4 && parley_match(ex, j, PARLEY_LEX_RANK, NULL) == 1 &&
            name_word(ex, j - 1) &&
            name_ends_after(ex, j, end)) {
            j++;
            last = j;
            break;
        }
        /* an office word between two name words is a name: "Abdul Amir al-Shammari"; only a
         * short one, as names are ("Senior Civilian Representative John Smith" is a title and a
         * name, "Cebu Governor Gwendolyn Garcia" a place, a title and a name) */
        /* (not after a place: "Cebu Governor Gwendolyn Garcia"; a place's name of more words
         * before an office is no one's: "Buenos Aires Mayor X", "Cebu City Mayor X") */
        bool office_here = j > i && j + 1 < end && is_word(ex, j) && is_cap(ex, j) && parley_match(ex, j, PARLEY_LEX_OFFICE, NULL) == 1;
        bool place_office = office_here && (names_place(ex, i, j) || (j == i + 1 && parley_text_tok_in_ci(&ex->text, i, place_words)));
        if (office_here && ex->text.tokens[j].end - ex->text.tokens[j].start <= 6 &&
            !(j == i + 1 && (parley_match(ex, i, PARLEY_LEX_CITY, NULL) == 1 || parley_match(ex, i, PARLEY_LEX_COUNTRY, NULL) == 1 ||
                             parley_match(ex, i, PARLEY_LEX_DEMONYM, NULL) == 1)) &&
            !place_office &&
            !parley_match(ex, j, PARLEY_LEX_RANK, NULL) && !parley_match(ex, j, PARLEY_LEX_HONORIFIC, NULL) &&
            !parley_match(ex, j, PARLEY_LEX_MODIFIER, NULL) &&
            (name_word(ex, j + 1) ||
             (j + 3 < end && parley_match(ex, j + 1, PARLEY_LEX_PARTICLE, NULL) == 1 && punct_is(ex, j + 2, '-') &&
              glued(ex, j + 2) && (name_word(ex, j + 3) || nisba(ex, j + 3)))) &&
            !parley_match(ex, j + 1, PARLEY_LEX_OFFICE, NULL) && !(ex->text.tokens[j].flags & PARLEY_TOK_ALLCAPS)) {
            j++;
            continue;
        }
        /* a month's name after a name word and before no number is a surname: "Theresa May",
         * "Dong Jun" (not "on 5 May 2020", "Hasanov May 5") */
        if (j > i && is_word(ex, j) && is_cap(ex, j) &&
            !(ex->text.tokens[j].flags & (PARLEY_TOK_ALLCAPS | PARLEY_TOK_ABBREV)) &&
            parley_date_month_name(ex->text.text + ex->text.tokens[j].start,
                                   ex->text.tokens[j].end - ex->text.tokens[j].start) &&
            !(j + 1 < end && ex->text.tokens[j + 1].kind == PARLEY_TOK_NUM) &&
            !(j + 2 < end && punct_is(ex, j + 1, ',') && ex->text.tokens[j + 2].kind == PARLEY_TOK_NUM)) {
            j++;
            last = j;
            break;
        }
        /* a title word glued to a name word: "Hossein Amir-Abdollahian" */
        if (title_compound(ex, j, end)) {
            j += 3;
            last = j;
            continue;
        }
        /* hyphenated parts: "Min-koo" */
        /* (after a particle, any capitalised word but a country's: "Hussein Al-Sheikh") */
        if (j > i && punct_is(ex, j, '-') && glued(ex, j) && j + 1 < end && glued(ex, j + 1) && is_word(ex, j + 1) &&
            (!blocks_name(ex, j + 1) || (parley_match(ex, j - 1, PARLEY_LEX_PARTICLE, NULL) == 1 && after_particle_surname(ex, j + 1)))) {
            j += 2;
            last = j;
            continue;
        }
        break;
    }
    /* a capitalised compound cut at a hyphen is no name: "Maritime Self-Defense Force" */
    if (last > i && last + 1 < end && punct_is(ex, last, '-') && glued(ex, last) && glued(ex, last + 1) &&
        is_cap(ex, last + 1) && blocks_name(ex, last + 1))
        return i;
    /* one word before a domain of a title is no name: "Minister of Foreign Affairs, African
     * Cooperation and ..." */
    if (last == i + 1 && last < end && is_cap(ex, last) && parley_match(ex, last, PARLEY_LEX_DOMAIN, NULL) &&
        !name_word(ex, last))
        return i;
    /* one word after a title's words and before a rank and a name is the title's end: "Minister
     * of Defense and Military Production General Mohamed Zaki" */
    if (last == i + 1 && i > 0 && is_word(ex, i - 1) && is_cap(ex, i - 1) && last < end) {
        size_t rl = parley_match(ex, last, PARLEY_LEX_RANK, NULL);
        if (rl && last + rl < end && name_word(ex, last + rl) && parley_match(ex, i - 1, PARLEY_LEX_DOMAIN, NULL))
            return i;
    }
    /* "Prime Minister Luís Montenegro and ...": a country's one-word name as the surname after a
     * given name that an office, a rank or an honorific opens, where the name ends */
    if (last == i + 1 && last < end && i > 0 && is_word(ex, last) && is_cap(ex, last) &&
        !(ex->text.tokens[last].flags & PARLEY_TOK_ALLCAPS) && parley_match(ex, last, PARLEY_LEX_COUNTRY, NULL) == 1 &&
        !parley_match(ex, i, PARLEY_LEX_COUNTRY, NULL) &&
        !(last + 1 < end && (parley_text_tok_poss(&ex->text, last + 1) || (is_word(ex, last + 1) && is_cap(ex, last + 1)) ||
                             tok_is(ex, last + 1, "of"))) &&
        (parley_phrase_ends_at(ex, PARLEY_LEX_OFFICE, i, i > 4 ? i - 4 : 0) || parley_match(ex, i - 1, PARLEY_LEX_RANK, NULL) == 1 ||
         parley_match(ex, i - 1, PARLEY_LEX_HONORIFIC, NULL) == 1 ||
         /* ("his Portuguese counterpart Luis Montenegro", "his counterpart, Luis Montenegro") */
         tok_lower_is(ex, i - 1, "counterpart") || (i > 1 && punct_is(ex, i - 1, ',') && tok_lower_is(ex, i - 2, "counterpart"))))
        return last + 1;
    /* (one word shaped as an abstract noun is no one's name: "the Official Security Assistance") */
    if (last == i + 1 && abstract_noun(ex->text.text + ex->text.tokens[i].start, ex->text.tokens[i].end - ex->text.tokens[i].start))
        return i;
    return last;
}

/* ---- places, countries, organisations ------------------------------------------------ */

/* the words of "the province of X", "the town of X": a place's name follows */
static const char *const place_kinds[] = {"town", "city", "village", "province", "district", "region",
                                          "governorate", "vicinity", "outskirts", "resort", "port",
                                          "island", "oasis", "enclave", "capital", "isolation", "liberation",
                                          "siege", "recapture", "fall", "north", "south", "east", "west",
                                          "northeast", "northwest", "southeast", "southwest", NULL};

/* Do capitalised words from token i (one to three) end in a gathering's word, "Security
 * Conference", "Diplomacy Forum", "Economic Summit"? O(1). */
static bool gathering_named_after(const parley_extraction *ex, size_t i, size_t end)
{
    static const char *const gatherings[] = {"forum", "conference", "summit", "dialogue", "expo", "festival", NULL};
    for (size_t q = i; q < end && q < i + 3 && is_word(ex, q) && is_cap(ex, q); q++)
        if (parley_text_tok_in_ci(&ex->text, q, gatherings))
            return true;
    return false;
}

static bool locative_before(const parley_extraction *ex, size_t i, size_t sb)
{
    if (i == sb)
        return false;
    size_t p = i - 1;
    if (tok_lower_is(ex, p, "the") && p > sb)
        p--;
    return (tok_is(ex, p, "of") && p > sb && parley_text_tok_in_ci(&ex->text, p - 1, place_kinds)) ||
           tok_lower_is(ex, p, "in") || tok_lower_is(ex, p, "at") || tok_lower_is(ex, p, "to") ||
           tok_lower_is(ex, p, "from") || tok_lower_is(ex, p, "near") || tok_lower_is(ex, p, "into") ||
           tok_lower_is(ex, p, "outside") || tok_lower_is(ex, p, "across") || tok_lower_is(ex, p, "visited") ||
           tok_lower_is(ex, p, "toward") || tok_lower_is(ex, p, "towards") || tok_lower_is(ex, p, "around") ||
           tok_lower_is(ex, p, "surrounding") ||
           tok_lower_is(ex, p, "visiting") || parley_departure_for(ex, p, sb);
}

/* Is the name run [i, e) of sentence se, with a title or an honorific from token from, a
 * building's named after someone, where something happens ("at Sir Manasupe Haus", "at the King
 * Salman Air Base"): two words or more ending in a place's capitalised head, after "at", "in" and
 * the like? O(1). */
static bool building_named_at(const parley_extraction *ex, const parley_sentence *se, size_t from, size_t i, size_t e)
{
    return e - i >= 2 && from > se->tok_begin && is_cap(ex, e - 1) &&
           parley_phrase_start(ex, PARLEY_LEX_PLACE_HEAD, e, i + 1) != SIZE_MAX && locative_before(ex, from, se->tok_begin);
}

/* Is token i a city's name after a site's name and a comma, the site after "at" or "in" ("at
 * Seri Perdana, Putrajaya", "at State House, Nairobi")? */
static bool site_city_at(const parley_extraction *ex, size_t i, size_t sb)
{
    if (i < sb + 3 || !punct_is(ex, i - 1, ','))
        return false;
    size_t r = i - 1;   /* back over the site's capitalised words */
    while (r > sb && r + 5 > i && is_word(ex, r - 1) && is_cap(ex, r - 1))
        r--;
    if (r < i - 1 && r > sb && tok_lower_is(ex, r - 1, "the"))
        r--;
    return r < i - 1 && r > sb && (tok_lower_is(ex, r - 1, "at") || tok_lower_is(ex, r - 1, "in"));
}

/* A dateline: the first words of an article's first paragraph in capitals, then a comma, a
 * period, a dash or a colon ("ABU DHABI,", "ASTANA.", "Addis Abeba -", "New Delhi:"). */
static bool dateline_at(const parley_extraction *ex, size_t i, size_t l, size_t sb)
{
    size_t after = i + l;
    /* ... or in capitals on a line of its own ("Special Correspondent\nNEW DELHI\n\n...") */
    bool caps = true;
    for (size_t q = i; q < after && caps; q++)
        caps = (ex->text.tokens[q].flags & PARLEY_TOK_ALLCAPS) != 0;
    if (caps && (i == sb || (ex->text.tokens[i].flags & PARLEY_TOK_NEWLINE)) &&
        (after >= ex->text.n_tokens || (ex->text.tokens[after].flags & PARLEY_TOK_NEWLINE)))
        return true;
    if (i != sb)
        return false;
    if (after >= ex->text.n_tokens)
        return false;
    /* (a hyphen inside a word is no dateline's dash: "Keller-Sutter and Zelensky discussed") */
    bool hyphen = punct_is(ex, after, '-') && glued(ex, after) && after + 1 < ex->text.n_tokens && glued(ex, after + 1);
    return punct_is(ex, after, ',') || punct_is(ex, after, '.') || (punct_is(ex, after, '-') && !hyphen) ||
           punct_is(ex, after, '(') || punct_is(ex, after, ':') ||
           /* "KUBINKA /Moscow Region/, August 15. /TASS/." */
           (caps && punct_is(ex, after, '/'));
}

/* Does the city of cl tokens at i (entry ce), named as its country is ("Singapore"), open a
 * dateline: in capitals before a dash or a comma, or before a comma and a month ("Singapore, June
 * 3")? */
static bool city_state_dateline(const parley_extraction *ex, size_t i, size_t cl, const parley_lex_entry *ce, size_t end)
{
    const parley_lex_entry *co = NULL;
    if (parley_match(ex, i, PARLEY_LEX_COUNTRY, &co) != cl || !co || strcmp(co->canonical, ce->country) != 0)
        return false;
    size_t k = i + cl;
    if ((ex->text.tokens[i].flags & PARLEY_TOK_ALLCAPS) &&
        (punct_is(ex, k, '-') || punct_is(ex, k, ',') || punct_is(ex, k, '(') || punct_is(ex, k, ':')))
        return true;
    return punct_is(ex, k, ',') && k + 1 < end && date_word(ex, k + 1);
}

/* The lexicon's city of that name, or NULL. O(length of the name). */
static const parley_lex_entry *city_named(const parley_extraction *ex, const char *name)
{
    /* (folded as the lexicon's keys are: "Brasília" is "brasilia") */
    parley_buf key = {0};
    const parley_lex_entry *e = parley_fold(&key, name, strlen(name)) == 0 && key.data
                                    ? parley_lexicon_find(ex->lex, PARLEY_LEX_CITY, key.data, key.len)
                                    : NULL;
    parley_buf_free(&key);
    return e;
}

/* Were the l words at token i (a body's generic name: "Security Council") said before, within
 * 200 tokens, right after a country or its adjective ("Russian Security Council Secretary X")?
 * Then they name that country's body again. O(200 l). */
static bool national_named_before(const parley_extraction *ex, size_t i, size_t l)
{
    for (size_t q = i; q-- > 1 && q + 200 > i;) {
        bool same = true;
        for (size_t k = 0; k < l && same; k++)
            same = parley_text_tok_same(&ex->text, q + k, i + k);
        if (same && (parley_phrase_ends_at(ex, PARLEY_LEX_DEMONYM, q, q > 4 ? q - 4 : 0) ||
                     parley_phrase_ends_at(ex, PARLEY_LEX_COUNTRY, q, q > 4 ? q - 4 : 0)))
            return true;
    }
    return false;
}

static int add_lexical(parley_extraction *ex, size_t s, size_t *used)
{
    const parley_sentence *se = &ex->text.sentences[s];
    for (size_t i = se->tok_begin; i < se->tok_end;) {
        if (used[i]) {
            i++;
            continue;
        }
        const parley_lex_entry *e = NULL;
        size_t l;
        int rc = 0;
        size_t pf = is_cap(ex, i) ? parley_match(ex, i, PARLEY_LEX_PLACE_FIRST, NULL) : 0;
        if (pf > 1 && tok_is(ex, i + pf - 1, "of") && i + pf < se->tok_end && is_cap(ex, i + pf)) {
            /* a sea, gulf or strait named after a country or a place is a place of its own:
             * "the Gulf of Guinea" names neither the Gulf nor Guinea */
            size_t k = i + pf;
            while (k < se->tok_end && k < i + pf + 3 && is_word(ex, k) && is_cap(ex, k))
                k++;
            rc = parley_mention_add(ex, PARLEY_ENTITY_LOCATION, i, k, s, NULL);
            if (rc < 0)
                return rc;
            i = k;
            continue;
        }
        /* (a body's name with "the" in the lexicon is not the start of a longer one: "the UN
         * Development Programme" is no "the UN") */
        if (tok_lower_is(ex, i, "the") && i + 1 < se->tok_end) {
            size_t lt = parley_match(ex, i, PARLEY_LEX_ORG, NULL), l1 = lt ? parley_match(ex, i + 1, PARLEY_LEX_ORG, NULL) : 0;
            if (l1 && i + 1 + l1 > i + lt) {
                i++;
                continue;
            }
        }
        /* a news agency's name in brackets names no place: "(Asia-Plus)", "(Xinhua)" */
        size_t al;
        if (i > se->tok_begin && punct_is(ex, i - 1, '(') && (al = parley_match(ex, i, PARLEY_LEX_AGENCY, NULL)) > 1 &&
            i + al < se->tok_end && punct_is(ex, i + al, ')')) {
            i += al;
            continue;
        }
        /* a city named after its country: "Kuwait City", "Mexico City" */
        const parley_lex_entry *ce = NULL;
        size_t cl = parley_match(ex, i, PARLEY_LEX_CITY, &ce);
        /* ... or as its country, opening a dateline: "SINGAPORE -", "Singapore, June 3 (Reuters) -" */
        if (cl && ce && ce->country && i == se->tok_begin && s < 4 && i + cl + 1 < se->tok_end &&
            city_state_dateline(ex, i, cl, ce, se->tok_end)) {
            rc = parley_mention_add(ex, PARLEY_ENTITY_LOCATION, i, i + cl, s, ce);
            if (rc < 0)
                return rc;
            i += cl;
            continue;
        }
        if (cl == 2 && ce && parley_text_tok_is_ci(&ex->text, i + 1, "city") && cl > parley_match(ex, i, PARLEY_LEX_COUNTRY, NULL)) {
            rc = parley_mention_add(ex, PARLEY_ENTITY_LOCATION, i, i + cl, s, ce);
            if (rc < 0)
                return rc;
            i += cl;
            continue;
        }
        /* (a longer region or city opened by a demonym wins: "the Korean Peninsula", "the Indian
         * Ocean", Vietnam's "Lao Cai" and "Thai Binh"; nor is a demonym after a continent's part
         * one: "Latin American", "South American", "North American") */
        static const char *const parts[] = {"latin", "south", "north", "central", "pan", "meso", NULL};
        /* a national body the lexicon names with its country ("the U.S. House of Representatives",
         * "U.S. Forces Korea"): the body, and its country nested in it (no country inside it after
         * the first: "Korea") */
        const parley_lex_entry *ne = NULL, *be = NULL;
        size_t nl = is_cap(ex, i) ? parley_match(ex, i, PARLEY_LEX_COUNTRY, &ne) : 0;
        size_t bl = nl ? parley_match(ex, i, PARLEY_LEX_ORG, &be) : 0;
        if (nl && bl > nl && ne && be && be->country && strcmp(be->country, ne->canonical) == 0) {
            rc = parley_mention_add(ex, PARLEY_ENTITY_ORGANIZATION, i, i + bl, s, be);
            if (rc >= 0 && (rc = parley_mention_add(ex, PARLEY_ENTITY_COUNTRY, i, i + nl, s, ne)) >= 0)
                ex->mentions[rc].nested = true;
            if (rc < 0)
                return rc;
            for (size_t q = i; q < i + bl; q++)
                used[q] = 1;
            i += bl;
            continue;
        }
        if (((l = parley_match(ex, i, PARLEY_LEX_COUNTRY, &e)) || (l = parley_match(ex, i, PARLEY_LEX_DEMONYM, &e))) &&
            !(e && e->kind == PARLEY_LEX_DEMONYM && (parley_match(ex, i, PARLEY_LEX_REGION, NULL) > l || cl > l)) &&
            !(e && e->kind == PARLEY_LEX_DEMONYM && i > se->tok_begin &&
              ((is_cap(ex, i - 1) && parley_text_tok_in_ci(&ex->text, i - 1, parts)) ||
               (punct_is(ex, i - 1, '-') && i > se->tok_begin + 1 && is_cap(ex, i - 2) &&
                parley_text_tok_in_ci(&ex->text, i - 2, parts))))) {
            /* a country that opens a proper name with unknown words is part of that name
             * ("Pakistan Point News"), unless the name is a title */
            size_t k = i + l;
            bool inside = k < se->tok_end && name_word(ex, k) && glued(ex, k) == false &&
                          e->kind == PARLEY_LEX_COUNTRY && k + 1 < se->tok_end &&
                          parley_match(ex, k + 1, PARLEY_LEX_ORGHEAD, NULL) && is_cap(ex, k + 1);
            /* "US$15 billion", "A$2 million": a currency's sign glued to the code */
            bool money = k < se->tok_end && punct_is(ex, k, '$') && glued(ex, k);
            /* ... or its currency: "5 billion US dollars" */
            money |= e->kind == PARLEY_LEX_COUNTRY && k < se->tok_end && (tok_lower_is(ex, k, "dollars") || tok_lower_is(ex, k, "dollar"));
            /* "Burma Camp", "Jordan River": a site or feature named after the country */
            inside |= e->kind == PARLEY_LEX_COUNTRY && k < se->tok_end && is_cap(ex, k) &&
                      parley_match(ex, k, PARLEY_LEX_PLACE_HEAD, NULL) == 1;
            if (!inside && !money)
                rc = parley_mention_add(ex, PARLEY_ENTITY_COUNTRY, i, i + l, s, e);
            /* "in the Kazakh capital" (not named after it: "the Azerbaijani capital, Baku", "the
             * Kazakh capital Astana"): the country's capital, as the lexicon lists it */
            const parley_lex_entry *cap = NULL, *city = NULL;
            if (rc >= 0 && !inside && !money && k < se->tok_end && tok_is(ex, k, "capital") &&
                (e->kind == PARLEY_LEX_DEMONYM || (i > se->tok_begin && tok_lower_is(ex, i - 1, "the"))) &&
                !(k + 1 < se->tok_end && (is_cap(ex, k + 1) || tok_is(ex, k + 1, "of") ||
                                          (punct_is(ex, k + 1, ',') && k + 2 < se->tok_end && is_cap(ex, k + 2)))) &&
                (cap = parley_lexicon_capital_of(ex->lex, e->canonical)) && (city = city_named(ex, cap->canonical))) {
                rc = parley_mention_add(ex, PARLEY_ENTITY_LOCATION, k, k + 1, s, city);
                if (rc >= 0)
                    used[k] = 5;
                i++;
            }
            i += l;
        } else if ((l = parley_match(ex, i, PARLEY_LEX_SEAT, &e)) && e && !parley_match(ex, i, PARLEY_LEX_ORG, NULL) &&
                   /* (not a portfolio named after it: "Minister of Amiri Diwan Affairs") */
                   !(i + l < se->tok_end && tok_is(ex, i + l, "Affairs")) && (ce = city_named(ex, e->canonical))) {
            /* a residence or palace that is a seat of government and no body ("at Hyderabad House",
             * "at the Dolmabahce Palace"): the city it is in */
            rc = parley_mention_add(ex, PARLEY_ENTITY_LOCATION, i, i + l, s, ce);
            i += l;
        } else if ((l = parley_match(ex, i, PARLEY_LEX_REGION, &e)) && l >= parley_match(ex, i, PARLEY_LEX_ORG, NULL) &&
                   l >= parley_match(ex, i, PARLEY_LEX_CITY, NULL)) {   /* (nor a longer city: "Johor Bahru") */
            /* (a longer organisation wins: "the Gulf Cooperation Council" is no Gulf) */
            rc = parley_mention_add(ex, PARLEY_ENTITY_LOCATION, i, i + l, s, e);
            i += l;
        } else if ((l = parley_match(ex, i, PARLEY_LEX_ORG, &e)) &&
                   /* (not "the Alliance" of "the Alliance of Sahel States": a longer name) */
                   !(tok_lower_is(ex, i, "the") && i + l + 1 < se->tok_end && tok_is(ex, i + l, "of") && is_cap(ex, i + l + 1))) {
            /* a generic name of an international body, said of one country, is that country's
             * own body: "the Security Council of Kazakhstan", "Belarus' Security Council" */
            bool generic = parley_match(ex, i, PARLEY_LEX_INTERNATIONAL, NULL) != l;   /* "Security Council" */
            for (size_t q = i; generic && q < i + l; q++)
                generic = parley_match(ex, q, PARLEY_LEX_DOMAIN, NULL) == 1 || parley_match(ex, q, PARLEY_LEX_ORGHEAD, NULL) == 1;
            size_t k = i + l + (i + l < se->tok_end && tok_is(ex, i + l, "of"));
            if (k < se->tok_end && tok_is(ex, k, "the"))
                k++;
            bool national = generic &&
                            ((k > i + l && k < se->tok_end && parley_match(ex, k, PARLEY_LEX_COUNTRY, NULL)) ||
                             (i > se->tok_begin && (parley_phrase_ends_at(ex, PARLEY_LEX_COUNTRY, i, se->tok_begin) ||
                                                    parley_phrase_ends_at(ex, PARLEY_LEX_DEMONYM, i, se->tok_begin))) ||
                             /* "Russia's Security Council" */
                             (i > se->tok_begin + 1 && parley_text_tok_poss(&ex->text, i - 1) &&
                              parley_phrase_ends_at(ex, PARLEY_LEX_COUNTRY, i - 1, se->tok_begin)) ||
                             /* ("the Security Council press service" after "Russian Security
                              * Council Secretary X": the country's body named before) */
                             (generic && national_named_before(ex, i, l)));
            /* nor is it the international body inside another name ("the Collective Security
             * Council", "the National Security Council", "the National Defence and Security
             * Council") */
            size_t w = i > se->tok_begin + 1 && tok_is(ex, i - 1, "and") ? i - 1 : i;
            bool inside = generic && w > se->tok_begin &&
                          is_word(ex, w - 1) && is_cap(ex, w - 1) && !tok_is(ex, w - 1, "The") &&
                          !parley_match(ex, w - 1, PARLEY_LEX_ORG, NULL) && !parley_phrase_ends_at(ex, PARLEY_LEX_ORG, w, se->tok_begin) &&
                          !(w < i && parley_phrase_ends_at(ex, PARLEY_LEX_COUNTRY, w, se->tok_begin));
            if (!national && !inside)
                rc = parley_mention_add(ex, PARLEY_ENTITY_ORGANIZATION, i, i + l, s, e);
            /* a seat of government names its city too, nested ("at the White House": Washington) */
            const parley_lex_entry *seat = NULL, *city = NULL;
            if (rc >= 0 && !national && !inside && parley_match(ex, i, PARLEY_LEX_SEAT, &seat) == l && seat &&
                (city = city_named(ex, seat->canonical))) {
                int m = parley_mention_add(ex, PARLEY_ENTITY_LOCATION, i, i + l, s, city);
                if (m >= 0)
                    ex->mentions[m].nested = true;
                rc = m;
            }
            i += l;
        } else if ((l = parley_match(ex, i, PARLEY_LEX_CITY, &e)) && l == 1 &&
                   parley_date_month_name(ex->text.text + ex->text.tokens[i].start, parley_text_tok_len(&ex->text, i)) &&
                   parley_text_tok_len(&ex->text, i) > 4 &&
                   !(i + 2 < se->tok_end && punct_is(ex, i + 1, ',') && parley_match(ex, i + 2, PARLEY_LEX_COUNTRY, NULL))) {
            /* "in March" is a month, not the town of March ("March, England" still is) */
            i++;
        } else if (i > se->tok_begin && parley_match(ex, i - 1, PARLEY_LEX_VESSEL, NULL) == 1 && is_cap(ex, i - 1) &&
                   (l = parley_match(ex, i, PARLEY_LEX_CITY, &e))) {
            /* a ship named after a city: "INS Chennai" */
            i += l;
        } else if ((!ex->match_kinds || (ex->match_kinds[i] & (UINT64_C(1) << PARLEY_LEX_CITY))) &&
                   (l = parley_match(ex, i, PARLEY_LEX_CITY, &e)) && i + l < se->tok_end && tok_is(ex, i + l, "City") &&
                   (i + l + 1 >= se->tok_end || !is_cap(ex, i + l + 1))) {
            /* "New York City": the city, named with its word for city ("... City Hall" is a site) */
            rc = parley_mention_add(ex, PARLEY_ENTITY_LOCATION, i, i + l + 1, s, e);
            i += l + 1;
        } else if ((l = parley_match(ex, i, PARLEY_LEX_CITY, &e))) {
            /* big cities anywhere; small ones after "in", "at", "to" or in a dateline */
            /* "the Federal Foreign Office": a small town's name opening a body's (a big city's still
             * says where: "the Vilnius Summit") */
            bool in_body = false;
            for (size_t q = i + l; e->population < PARLEY_LARGE_CITY && q < se->tok_end && q < i + l + 3 && is_cap(ex, q) &&
                                   is_word(ex, q) && !in_body;
                 q++)
                in_body = parley_match(ex, q, PARLEY_LEX_ORGHEAD, NULL) > 0;
            /* (... nor a big city's that names a unit of troops: "the Madras Regiment", "the
             * Gurkha Rifles" — where it was raised, not where anyone is) */
            static const char *const units[] = {"regiment", "battalion", "rifles", "brigade", "sappers", "grenadiers", NULL};
            in_body |= i + l < se->tok_end && is_cap(ex, i + l) && parley_text_tok_in_ci(&ex->text, i + l, units);
            /* (nor a town's name that opens an office of the lexicon: "the Federal President") */
            /* (nor a news agency's name: "according to Xinhua" names no town of China) */
            bool inrun = in_body || parley_match(ex, i, PARLEY_LEX_OFFICE, NULL) > l || parley_match(ex, i, PARLEY_LEX_AGENCY, NULL) >= l ||
                         (i > se->tok_begin && name_word(ex, i - 1) && !punct_is(ex, i - 1, ',')) ||
                         (i + l < se->tok_end && name_word(ex, i + l) && !glued(ex, i + l) && !used[i + l]) ||
                         /* a site named after the city: "Hyderabad House" */
                         (i + l < se->tok_end && is_cap(ex, i + l) && parley_match(ex, i + l, PARLEY_LEX_PLACE_HEAD, NULL) == 1) ||
                         /* ... or a gathering: "the Munich Security Conference" (the body's name holds
                          * the city, nested) */
                         gathering_named_after(ex, i + l, se->tok_end) ||
                         /* (a small town's name opening a longer one with a particle: "the Casa Grande
                          * del Pueblo") */
                         (e->population < PARLEY_LARGE_CITY && i + l + 1 < se->tok_end && is_word(ex, i + l) &&
                          !is_cap(ex, i + l) && parley_match(ex, i + l, PARLEY_LEX_PARTICLE, NULL) == 1 &&
                          name_word(ex, i + l + 1)) ||
                         /* (... or after a lower-case "the", before "of" or a capitalised word: "the
                          * Temple of Literature", "the Central American country") */
                         (e->population < PARLEY_LARGE_CITY && i > se->tok_begin && tok_is(ex, i - 1, "the") &&
                          i + l + 1 < se->tok_end && (tok_is(ex, i + l, "of") || (is_word(ex, i + l) && is_cap(ex, i + l))));
            /* (nor a word that never names anyone after "the", a gathering's: "met at the Summit in
             * The Hague", not the town of Summit) */
            inrun |= e->population < PARLEY_LARGE_CITY && l == 1 && i > se->tok_begin && tok_is(ex, i - 1, "the") &&
                     parley_match(ex, i, PARLEY_LEX_STOP, NULL) == 1;
            /* (nor a grouping named after a city: "in the Weimar format", "the Astana process") */
            static const char *const groupings[] = {"format", "formula", "process", NULL};
            inrun |= i + l < se->tok_end && is_word(ex, i + l) && !is_cap(ex, i + l) &&
                     parley_text_tok_in_ci(&ex->text, i + l, groupings);
            /* ("in the capital New Delhi", "the Indian capital, New Delhi", "the city of X") */
            size_t cw = i > se->tok_begin && (tok_is(ex, i - 1, "of") || punct_is(ex, i - 1, ',')) ? i - 1 : i;
            bool named_city = cw > se->tok_begin && (tok_is(ex, cw - 1, "capital") || tok_is(ex, cw - 1, "city"));
            /* (a capital is known by its name alone too: "visited Riyadh ... and Doha") */
            bool capital = !inrun && e->population < PARLEY_LARGE_CITY && is_cap(ex, i) && parley_lexicon_is_capital(ex->lex, e);
            if (!inrun && (e->population >= PARLEY_LARGE_CITY || capital || locative_before(ex, i, se->tok_begin) || named_city ||
                           site_city_at(ex, i, se->tok_begin) ||
                           dateline_at(ex, i, l, se->tok_begin) ||
                           (i + l + 1 < se->tok_end && punct_is(ex, i + l, ',') &&
                            parley_match(ex, i + l + 1, PARLEY_LEX_COUNTRY, NULL))))
                rc = parley_mention_add(ex, PARLEY_ENTITY_LOCATION, i, i + l, s, e);
            i += l;
        } else {
            i++;
        }
        if (rc < 0)
            return rc;
    }
    return 0;
}

/* ---- exercises ------------------------------------------------------------------------ */

/* A year of two digits ending an exercise's name: glued after a dash ("AMAN-25") or after a name
 * word ("Balikatan 24"), a number of two digits ending the name. */
static bool short_year_tok(const parley_extraction *ex, size_t i, size_t end)
{
    static const char *const counted[] = {"troops", "soldiers", "servicemen", "personnel", "ships", "vessels", "aircraft",
                                          "jets", "countries", "nations", "units", "hours", "days", "km", "kilometres",
                                          "kilometers", "miles", "percent", "per", NULL};
    const parley_token *tk = &ex->text.tokens[i];
    if (tk->kind != PARLEY_TOK_NUM || tk->end - tk->start != 2 || i == 0 ||
        (i + 1 < end && (ex->text.tokens[i + 1].kind == PARLEY_TOK_NUM || parley_text_tok_in_ci(&ex->text, i + 1, counted) ||
                         date_word(ex, i + 1))))
        return false;
    if (punct_is(ex, i - 1, '-'))
        return glued(ex, i - 1) && glued(ex, i);
    /* (not a day: "Balikatan 24 ... on May 24", "June 24") */
    return is_word(ex, i - 1) && is_cap(ex, i - 1) && !date_word(ex, i - 1);
}

static bool year_tok(const parley_extraction *ex, size_t i)
{
    const parley_token *tk = &ex->text.tokens[i];
    if (tk->kind != PARLEY_TOK_NUM || tk->end - tk->start != 4)
        return false;
    int y = atoi(ex->text.text + tk->start);
    return y >= 1900 && y <= 2100;
}

/* Are tokens [b, e) free of every mention found so far? */
static bool span_free(const size_t *used, size_t b, size_t e)
{
    for (size_t q = b; q < e; q++)
        if (used[q])
            return false;
    return true;
}

/* Add a mention of tokens [b, e) and claim them for it (mark says which pass claimed them). */
static int claim(parley_extraction *ex, int type, size_t b, size_t e, size_t s, size_t *used, size_t mark)
{
    int rc = parley_mention_add(ex, type, b, e, s, NULL);
    if (rc < 0)
        return rc;
    for (size_t q = b; q < e; q++)
        used[q] = mark;
    return 0;
}

/* "the Asad regime", "the Trump administration", "the Maduro government": a government named by
 * its leader's name after "the" (one to three capitalised words, no country's, people's, city's
 * or region's), a body of its own; claimed before people are looked for. O(tokens of the
 * sentence). */
static int add_leaders_governments(parley_extraction *ex, size_t s, size_t *used)
{
    static const char *const kinds[] = {"regime", "administration", "government", "junta", NULL};
    const parley_sentence *se = &ex->text.sentences[s];
    for (size_t i = se->tok_begin + 2; i < se->tok_end; i++) {
        /* (by length and first letter first: every token of the text passes here) */
        size_t n = parley_text_tok_len(&ex->text, i);
        char c0 = ex->text.text[ex->text.tokens[i].start];
        if (!((n == 6 && c0 == 'r') || (n == 14 && c0 == 'a') || (n == 10 && c0 == 'g') || (n == 5 && c0 == 'j')) ||
            !is_word(ex, i) || !parley_text_tok_in_ci(&ex->text, i, kinds))
            continue;
        size_t b = i;
        while (b > se->tok_begin + 1 && i - b < 3 && is_word(ex, b - 1) && is_cap(ex, b - 1) && !used[b - 1])
            b--;
        if (b == i || !tok_lower_is(ex, b - 1, "the"))
            continue;
        if (parley_match(ex, b, PARLEY_LEX_COUNTRY, NULL) || parley_match(ex, b, PARLEY_LEX_DEMONYM, NULL) ||
            parley_match(ex, b, PARLEY_LEX_CITY, NULL) || parley_match(ex, b, PARLEY_LEX_REGION, NULL) ||
            parley_match(ex, b, PARLEY_LEX_ORG, NULL) || parley_match(ex, b, PARLEY_LEX_OFFICE, NULL) ||
            parley_match(ex, b, PARLEY_LEX_DOMAIN, NULL) || parley_match(ex, b, PARLEY_LEX_STOP, NULL))
            continue;
        int rc = claim(ex, PARLEY_ENTITY_ORGANIZATION, b - 1, i + 1, s, used, 2);
        if (rc < 0)
            return rc;
    }
    return 0;
}

/* A named exercise: capitalised words (and a "-2021" year) before "exercise", "drills" …,
 * with only generic qualifiers between; or "Exercise X". */
static int numbered_exercises(parley_extraction *ex, size_t s, size_t *used);

/* Is sentence se a line in capitals ("ARGENTINE, BRAZILIAN DEFENCE MINISTERS SIGN COOPERATION
 * PLAN")? Its capitals say nothing: no body or exercise is read from them. */
static bool caps_line(const parley_extraction *ex, const parley_sentence *se)
{
    size_t words = 0, acronyms = 0;
    for (size_t i = se->tok_begin; i < se->tok_end; i++)
        if (is_word(ex, i)) {
            if (!(ex->text.tokens[i].flags & PARLEY_TOK_ALLCAPS))
                return false;
            words++;
        }
    if (words != 2)
        return words >= 3;
    /* ... or two long words in capitals: "PRESS RELEASE" (not a short word or a body's acronym:
     * "NATO SUMMIT" may name one) */
    for (size_t i = se->tok_begin; i < se->tok_end; i++)
        if (is_word(ex, i))
            acronyms += ex->text.tokens[i].end - ex->text.tokens[i].start < 4 || parley_match(ex, i, PARLEY_LEX_ORG, NULL);
    return !acronyms;
}

/* Words that tie a phrase together rather than name anything ("the", "of", "after"). */
static const char *const function_words[] = {"the", "a", "an", "and", "or", "but", "of", "in", "on", "at", "by",
                                             "for", "from", "to", "with", "as", "after", "before", "during", "this",
                                             "that", "which", "his", "her", "their", "its", "our", "while", "since",
                                             NULL};

/* A capitalised word the lexicon keeps out of names that may stand inside an exercise's name
 * before a word of it ("Exercise New Horizon", "Exercise Northern Edge"): not a function word
 * nor a date's. */
static bool inner_name_stop(const parley_extraction *ex, size_t q, size_t end)
{
    return q + 1 < end && is_word(ex, q + 1) && is_cap(ex, q + 1) && !parley_match(ex, q + 1, PARLEY_LEX_STOP, NULL) &&
           !date_word(ex, q) && !date_word(ex, q + 1) && !parley_text_tok_in_ci(&ex->text, q, function_words);
}

static int add_exercises(parley_extraction *ex, size_t s, size_t *used)
{
    const parley_sentence *se = &ex->text.sentences[s];
    if (caps_line(ex, se))
        return 0;
    for (size_t i = se->tok_begin; i < se->tok_end; i++) {
        size_t l = parley_match(ex, i, PARLEY_LEX_EXERCISE, NULL);
        if (!l)
            continue;
        /* walk back over generic qualifiers and quotes */
        size_t j = i;
        while (j > se->tok_begin) {
            size_t p = j - 1;
            /* ("and" only between qualifiers: "command and staff exercise", not "Exercise Pitch
             * Black and Exercise Cope Thunder") */
            if ((parley_match(ex, p, PARLEY_LEX_EXGENERIC, NULL) &&
                 !(tok_lower_is(ex, p, "and") && (p == se->tok_begin || !parley_match(ex, p - 1, PARLEY_LEX_EXGENERIC, NULL)))) ||
                punct_is(ex, p, '"') ||
                (punct_is(ex, p, '-') && glued(ex, p) && p > se->tok_begin &&
                 parley_match(ex, p - 1, PARLEY_LEX_EXGENERIC, NULL)) ||
                parley_match(ex, p, PARLEY_LEX_EXERCISE, NULL)) {
                j = p;
                continue;
            }
            break;
        }
        /* the name: a year, a dash, capitalised words (a compass word too, before a word of
         * the name: "the Southern Jackaroo exercise", "Eastern Shield") */
        static const char *const compass[] = {"southern", "eastern", "northern", "western", "central", NULL};
        size_t e = j, b = j;
        /* "the Rim of the Pacific (RIMPAC) exercise": the name before its acronym in brackets */
        if (j >= se->tok_begin + 4 && punct_is(ex, j - 1, ')') && is_word(ex, j - 2) &&
            (ex->text.tokens[j - 2].flags & PARLEY_TOK_ALLCAPS) && punct_is(ex, j - 3, '(') && is_word(ex, j - 4) &&
            is_cap(ex, j - 4))
            e = b = j - 3;
        while (b > se->tok_begin) {
            size_t p = b - 1;
            /* ("of the" inside a name, between capitalised words: "Rim of the Pacific") */
            if (b < e && p > se->tok_begin + 1 && is_cap(ex, b) && tok_is(ex, p, "the") && tok_is(ex, p - 1, "of") &&
                is_word(ex, p - 2) && is_cap(ex, p - 2) && !parley_match(ex, p - 2, PARLEY_LEX_ORGHEAD, NULL) &&
                !parley_match(ex, p - 2, PARLEY_LEX_OFFICE, NULL) && !parley_match(ex, p - 2, PARLEY_LEX_STOP, NULL)) {
                b = p - 1;
                continue;
            }
            if (year_tok(ex, p) || (punct_is(ex, p, '-') && b < e) ||
                /* (an edition's number last in the name: "the Kamandag 10 exercise", after a
                 * capitalised word that is no day's) */
                (b == e && ex->text.tokens[p].kind == PARLEY_TOK_NUM && parley_text_tok_len(&ex->text, p) <= 2 &&
                 p > se->tok_begin + 1 && is_word(ex, p - 1) && is_cap(ex, p - 1) && !date_word(ex, p - 1) &&
                 !parley_match(ex, p - 1, PARLEY_LEX_COUNTRY, NULL) && !parley_match(ex, p - 1, PARLEY_LEX_DEMONYM, NULL)) ||
                (b < e && is_word(ex, p) && is_cap(ex, p) && parley_text_tok_in_ci(&ex->text, p, compass) && !punct_is(ex, b, '-')) ||
                (is_word(ex, p) && is_cap(ex, p) && !parley_match(ex, p, PARLEY_LEX_EXGENERIC, NULL) &&
                 !parley_match(ex, p, PARLEY_LEX_STOP, NULL) && !parley_match(ex, p, PARLEY_LEX_COUNTRY, NULL) &&
                 /* (nor the end of a country's name: "the India-Sri Lanka joint military exercise") */
                 !parley_phrase_ends_at(ex, PARLEY_LEX_COUNTRY, p + 1, se->tok_begin) &&
                 !parley_match(ex, p, PARLEY_LEX_DEMONYM, NULL) && !parley_match(ex, p, PARLEY_LEX_ORG, NULL) &&
                 !parley_match(ex, p, PARLEY_LEX_OFFICE, NULL) && !parley_match(ex, p, PARLEY_LEX_ORGHEAD, NULL) &&
                 !(ex->text.tokens[p].flags & PARLEY_TOK_ALLCAPS && p == se->tok_begin))) {
                b = p;
                continue;
            }
            break;
        }
        while (b < e && (punct_is(ex, b, '-') || year_tok(ex, b)))
            b++;
        /* "the Joint Sea-2024 drills": "Joint" capitalised inside a sentence opens the name */
        if (b < e && b > se->tok_begin + 1 && tok_is(ex, b - 1, "Joint") && glued(ex, b) == false)
            b--;
        /* '"Joint Sea-2024" exercise': a quoted name is whole, its generic words too */
        if (b < e && e < i && punct_is(ex, e, '"')) {
            size_t qo = b;
            while (qo > se->tok_begin && qo + 6 > b && !punct_is(ex, qo - 1, '"') && is_word(ex, qo - 1) && is_cap(ex, qo - 1))
                qo--;
            if (qo > se->tok_begin && punct_is(ex, qo - 1, '"'))
                b = qo;
        }
        /* "the Australia-India Maritime Exercise AUSINDEX": a name in capitals after the word is
         * the name, not the words before it */
        if (b < e && is_cap(ex, i) && i + l < se->tok_end && is_word(ex, i + l) &&
            (ex->text.tokens[i + l].flags & PARLEY_TOK_ALLCAPS) && !(ex->text.tokens[i + l].flags & PARLEY_TOK_ABBREV) &&
            !(ex->match_kinds && ex->match_kinds[i + l]))
            b = e;
        if (b == e) {
            /* "Exercise Sea Breeze", "Exercise New Horizon" */
            if (is_cap(ex, i) && i + l < se->tok_end) {
                size_t q = i + l;
                while (q < se->tok_end && ((is_word(ex, q) && is_cap(ex, q) &&
                                            (!parley_match(ex, q, PARLEY_LEX_STOP, NULL) || inner_name_stop(ex, q, se->tok_end))) ||
                                           year_tok(ex, q) || (punct_is(ex, q, '-') && q > i + l) ||
                                           (q > i + l && short_year_tok(ex, q, se->tok_end)) ||
                                           /* "Exercise Cyclone-I": a roman numeral after a dash */
                                           (q > i + l + 1 && punct_is(ex, q - 1, '-') && glued(ex, q - 1) && glued(ex, q) &&
                                            is_word(ex, q) && roman_numeral(ex, q))))
                    q++;
                while (q > i + l && punct_is(ex, q - 1, '-'))
                    q--;
                if (q > i + l) {
                    b = i + l;
                    e = q;
                }
            }
            /* "the joint exercises "Unbreakable Brotherhood-2021"", "exercises Shield-2022": a
             * quoted name, or one with a year, after a lower-case exercise word */
            if (b == e && !is_cap(ex, i) && i + l < se->tok_end) {
                size_t q = i + l;
                /* "exercise dubbed "Peace Mission 2021"", "drills code-named ..." */
                if (q + 1 < se->tok_end && (tok_lower_is(ex, q, "dubbed") || tok_lower_is(ex, q, "named") ||
                                            tok_lower_is(ex, q, "codenamed") || tok_lower_is(ex, q, "called")))
                    q++;
                else if (q + 3 < se->tok_end && tok_lower_is(ex, q, "code") && punct_is(ex, q + 1, '-') &&
                         tok_lower_is(ex, q + 2, "named"))
                    q += 3;
                /* (in double quotes or single: "the joint military exercise 'Dharma Guardian'") */
                char qc = q < se->tok_end && punct_is(ex, q, '\'') ? '\'' : '"';
                bool quoted = q < se->tok_end && punct_is(ex, q, qc);
                q += quoted;
                size_t nb = q;
                bool year = false;
                while (q < se->tok_end && ((is_word(ex, q) && is_cap(ex, q) &&
                                            (quoted || !parley_match(ex, q, PARLEY_LEX_STOP, NULL)) &&
                                            !parley_match(ex, q, PARLEY_LEX_COUNTRY, NULL) &&
                                            !parley_match(ex, q, PARLEY_LEX_DEMONYM, NULL)) ||
                                           (year_tok(ex, q) && (year = true)) || (punct_is(ex, q, '-') && q > nb) ||
                                           (q > nb && short_year_tok(ex, q, se->tok_end) && (year = true)) ||
                                           /* "Northern/Interaction-2023" */
                                           (quoted && punct_is(ex, q, '/') && q > nb && glued(ex, q))))
                    q++;
                while (q > nb && punct_is(ex, q - 1, '-'))
                    q--;
                /* a roman numeral after a dash numbers an exercise as a year does: "Warrior-VIII" */
                if (!year && q >= nb + 3 && punct_is(ex, q - 2, '-') && glued(ex, q - 2) && glued(ex, q - 1))
                    year = roman_numeral(ex, q - 1);
                /* "the bilateral naval exercise Varuna in the Arabian Sea": one or two capitalised
                 * words known as nothing else, then a clause's end or a preposition */
                static const char *const after_name[] = {"in", "at", "off", "near", "on", "with", "from", "between",
                                                         "which", "that", "and", "held", "began", "concluded",
                                                         "commenced", "started", "starts", "begins", "opened", "ended",
                                                         "ends", "kicked", "will", "was", "is", NULL};
                bool plain = !quoted && !year && q > nb && q <= nb + 2 && is_cap(ex, nb) &&
                             (q >= se->tok_end || ex->text.tokens[q].kind == PARLEY_TOK_PUNCT || parley_text_tok_in_ci(&ex->text, q, after_name)) &&
                             !tok_lower_is(ex, i + l - 1, "exercises") && !tok_lower_is(ex, i + l - 1, "drills");
                for (size_t k = nb; plain && k < q; k++)
                    plain = !(ex->match_kinds && ex->match_kinds[k]) && !date_word(ex, k) &&
                            !(ex->text.tokens[k].flags & PARLEY_TOK_ALLCAPS && ex->text.tokens[k].end - ex->text.tokens[k].start <= 3);
                if (q > nb && is_cap(ex, nb) && ((quoted && q < se->tok_end && punct_is(ex, q, qc)) || year || plain)) {
                    b = nb;
                    e = q;
                }
            }
            /* "a trilateral exercise, Resolute Dragon, in 2025": a name set off by commas after the
             * exercise word (capitalised words known as nothing else) */
            if (b == e && !is_cap(ex, i) && i + l + 2 < se->tok_end && punct_is(ex, i + l, ',') && i > se->tok_begin) {
                size_t nb = i + l + 1, q = nb;
                while (q < se->tok_end && q < nb + 3 && is_word(ex, q) && is_cap(ex, q) &&
                       !(ex->match_kinds && ex->match_kinds[q]) && !date_word(ex, q))
                    q++;
                bool np = false;   /* (an article before the exercise's words: a noun phrase) */
                for (size_t k = i; k-- > se->tok_begin && k + 5 > i && !np;)
                    np = tok_lower_is(ex, k, "a") || tok_lower_is(ex, k, "an");
                if (np && q > nb && q < se->tok_end && (punct_is(ex, q, ',') || punct_is(ex, q, '.')) &&
                    !(q == nb + 1 && (ex->text.tokens[nb].flags & PARLEY_TOK_ALLCAPS) && ex->text.tokens[nb].end - ex->text.tokens[nb].start <= 3)) {
                    b = nb;
                    e = q;
                }
            }
            /* "Pacific Vanguard, a smaller drill held in May": a name in apposition to a phrase
             * whose head is the exercise word (lower-case words only between) */
            if (b == e && !is_cap(ex, i)) {
                size_t a = i;
                while (a > se->tok_begin && a + 5 > i && is_word(ex, a - 1) && !is_cap(ex, a - 1) &&
                       !parley_text_tok_in_ci(&ex->text, a - 1, function_words))
                    a--;
                if (a >= se->tok_begin + 3 && (tok_is(ex, a - 1, "a") || tok_is(ex, a - 1, "an")) && punct_is(ex, a - 2, ',')) {
                    size_t ne = a - 2, nb = ne;
                    while (nb > se->tok_begin && nb + 4 > ne && is_word(ex, nb - 1) && is_cap(ex, nb - 1) &&
                           !(ex->match_kinds && ex->match_kinds[nb - 1]))
                        nb--;
                    /* (the name opens the clause: after a verb, a preposition or the sentence's start) */
                    if (nb < ne && (nb == se->tok_begin || !is_cap(ex, nb - 1) || !is_word(ex, nb - 1)) && span_free(used, nb, ne)) {
                        b = nb;
                        e = ne;
                    }
                }
            }
            if (b == e)
                continue;
        }
        if (!span_free(used, b, e))
            continue;
        int rc = claim(ex, PARLEY_ENTITY_EXERCISE, b, e, s, used, 1);
        if (rc < 0)
            return rc;
        /* (the generic words and the exercise word after the name are the exercise's too, no
         * body's: "the Komodo Multilateral Naval Exercise") */
        for (size_t q = e; e <= i && q < i + l; q++)
            used[q] = 1;
    }
    return numbered_exercises(ex, s, used);
}

/* Does sentence s hold an exercise word ("exercise", "drills")? */
static bool exercise_word_in(const parley_extraction *ex, size_t s)
{
    const parley_sentence *se = &ex->text.sentences[s];
    uint64_t bit = UINT64_C(1) << PARLEY_LEX_EXERCISE;
    for (size_t i = se->tok_begin; i < se->tok_end; i++)
        if ((ex->match_kinds ? (ex->match_kinds[i] & bit) != 0 : parley_match(ex, i, PARLEY_LEX_EXERCISE, NULL) > 0) ||
            /* "took part in Talisman Sabre 2023, the largest bilateral training activity" */
            tok_is(ex, i, "training"))
            return true;
    return false;
}

/* Exercises named with their year next to exercise words (in the sentence or the one before or
 * after) but not right by them: "NATO has launched Steadfast Defender 2024, its largest exercise",
 * "The drills follow Defender Europe 21 and BALTOPS 23", "RIMPAC 2022", "Anakonda-24": one to three
 * capitalised words (no country, people's adjective, organisation, office, month or stop word)
 * and a year of four digits, or of two after a dash or after a name in capitals or of two
 * words. */
static int numbered_exercises(parley_extraction *ex, size_t s, size_t *used)
{
    const parley_sentence *se = &ex->text.sentences[s];
    /* the cheap test first: a capitalised word followed by a number somewhere in the sentence */
    bool candidate = false;
    for (size_t i = se->tok_begin; i + 1 < se->tok_end && !candidate; i++)
        candidate = ex->text.tokens[i + 1].kind == PARLEY_TOK_NUM ||
                    (punct_is(ex, i + 1, '-') && i + 2 < se->tok_end && ex->text.tokens[i + 2].kind == PARLEY_TOK_NUM);
    if (!candidate)
        return 0;
    bool near = exercise_word_in(ex, s) || (s > 0 && exercise_word_in(ex, s - 1)) ||
                (s + 1 < ex->text.n_sentences && exercise_word_in(ex, s + 1));
    if (!near)
        return 0;
    for (size_t i = se->tok_begin; i < se->tok_end; i++) {
        if (used[i] || !is_word(ex, i) || !is_cap(ex, i) || (i > se->tok_begin && is_word(ex, i - 1) && is_cap(ex, i - 1)))
            continue;
        size_t q = i;
        while (q < se->tok_end && q < i + 3 && !used[q] && is_word(ex, q) && is_cap(ex, q) &&
               !parley_match(ex, q, PARLEY_LEX_STOP, NULL) && !parley_match(ex, q, PARLEY_LEX_COUNTRY, NULL) &&
               !parley_match(ex, q, PARLEY_LEX_DEMONYM, NULL) && !parley_match(ex, q, PARLEY_LEX_ORG, NULL) &&
               !parley_match(ex, q, PARLEY_LEX_OFFICE, NULL) && !parley_match(ex, q, PARLEY_LEX_RANK, NULL) &&
               !parley_match(ex, q, PARLEY_LEX_EXERCISE, NULL) && !date_word(ex, q))
            q++;
        if (q == i || q >= se->tok_end)
            continue;
        size_t y = q, e = 0;
        bool dash = punct_is(ex, q, '-') && glued(ex, q) && q + 1 < se->tok_end && glued(ex, q + 1);
        /* (an aircraft's or a weapon's designation is no exercise: "F-16", "Su-35", "MiG-29") */
        if (dash && q == i + 1 && ex->text.tokens[i].end - ex->text.tokens[i].start <= 3)
            continue;
        if (dash)
            y = q + 1;
        const parley_token *yt = &ex->text.tokens[y];
        if (y < se->tok_end && !used[y] && year_tok(ex, y))
            e = y + 1;
        else if (y < se->tok_end && !used[y] && yt->kind == PARLEY_TOK_NUM && yt->end - yt->start == 2 &&
                 atoi(ex->text.text + yt->start) <= 35 &&   /* a year of this century so far: not "CTF 50" */
                 (dash || q - i >= 2 ||
                  ((ex->text.tokens[i].flags & PARLEY_TOK_ALLCAPS) && ex->text.tokens[i].end - ex->text.tokens[i].start >= 4)))
            e = y + 1;
        /* a serial after the year: "Cope Thunder 24-1" */
        if (e && e + 1 < se->tok_end && punct_is(ex, e, '-') && glued(ex, e) && glued(ex, e + 1) &&
            ex->text.tokens[e + 1].kind == PARLEY_TOK_NUM && ex->text.tokens[e + 1].end - ex->text.tokens[e + 1].start <= 2)
            e += 2;
        if (!e || (e < se->tok_end && is_word(ex, e) && is_cap(ex, e)))
            continue;
        int rc = claim(ex, PARLEY_ENTITY_EXERCISE, i, e, s, used, 1);
        if (rc < 0)
            return rc;
        i = e - 1;
    }
    return 0;
}

/* ---- organisations from their head words --------------------------------------------- */

/* A weekday or a month ("on Tuesday", "in June"): no part of a name after a connector. */
static bool date_word(const parley_extraction *ex, size_t i)
{
    const parley_token *tk = &ex->text.tokens[i];
    const char *w = ex->text.text + tk->start;
    size_t n = tk->end - tk->start;
    return parley_date_weekday_name(w, n) >= 0 || parley_date_month_name(w, n) > 0;
}

/* Where the day told after a name ends: "on Monday" (and its "morning"), "on Nov. 3", "on 3
 * November", "yesterday", "today"; i itself when no day stands at i (end: the sentence's end).
 * O(1). */
static size_t day_phrase_end(const parley_extraction *ex, size_t i, size_t end)
{
    if (tok_is(ex, i, "yesterday") || tok_is(ex, i, "today"))
        return i + 1;
    if (!tok_is(ex, i, "on") || i + 1 >= end)
        return i;
    const parley_token *tk = &ex->text.tokens[i + 1];
    const char *w = ex->text.text + tk->start;
    size_t n = tk->end - tk->start;
    if (parley_date_weekday_name(w, n) >= 0) {
        static const char *const parts[] = {"morning", "afternoon", "evening", "night", NULL};
        return i + 2 < end && parley_text_tok_in_ci(&ex->text, i + 2, parts) ? i + 3 : i + 2;
    }
    size_t q = i + 1;
    if (parley_date_month_name(w, n) > 0) {
        q++;
        if (q < end && punct_is(ex, q, '.'))
            q++;
        return q < end && ex->text.tokens[q].kind == PARLEY_TOK_NUM && parley_text_tok_len(&ex->text, q) <= 2 ? q + 1 : i;
    }
    if (ex->text.tokens[q].kind == PARLEY_TOK_NUM && parley_text_tok_len(&ex->text, q) <= 2 && q + 1 < end) {
        const parley_token *mk = &ex->text.tokens[q + 1];
        return parley_date_month_name(ex->text.text + mk->start, mk->end - mk->start) > 0 ? q + 2 : i;
    }
    return i;
}

/* Where a name that starts at token b really starts when a hyphenated compound opens it ("the
 * Russia-Cuba Intergovernmental Commission", "the High-Level Cooperation Council"): the first
 * capitalised word glued by hyphens to b, after sb. With @p used, the words taken may be free
 * ones or countries; without, only countries and demonyms. A country in the compound stays a
 * mention of its own (not nested: "UK-France" names both sides, not a body of the UK). */
static size_t compound_start(parley_extraction *ex, size_t sb, size_t b, const size_t *used)
{
    while (b >= sb + 2 && punct_is(ex, b - 1, '-') && glued(ex, b - 1) && glued(ex, b) && is_word(ex, b - 2) &&
           is_cap(ex, b - 2) &&
           ((used && !used[b - 2]) || parley_match(ex, b - 2, PARLEY_LEX_COUNTRY, NULL) ||
            parley_match(ex, b - 2, PARLEY_LEX_DEMONYM, NULL) || parley_match(ex, b - 2, PARLEY_LEX_INTERNATIONAL, NULL)))
        b -= 2;
    return b;
}


/* "... Central Committee and Foreign Minister X": does a title start at token j, domain words and
 * then an office ("Foreign Minister", "Defence Secretary")? */
static bool domain_office_at(const parley_extraction *ex, size_t j, size_t end)
{
    size_t q = j;
    while (q < end && q < j + 4 && parley_match(ex, q, PARLEY_LEX_DOMAIN, NULL))
        q += parley_match(ex, q, PARLEY_LEX_DOMAIN, NULL);
    return q > j && q < end && parley_match(ex, q, PARLEY_LEX_OFFICE, NULL);
}

/* A stop word that is an adjective opening a body's name inside a sentence: "National" in "said
 * National Intelligence Organization chief X" (not an article, a pronoun or a date's word, not a
 * sentence's first word). */
static bool stop_opens_body(const parley_extraction *ex, size_t i, size_t sb)
{
    static const char *const small[] = {"the", "a", "an", "i", "in", "on", "at", "by", "for", "from", "to", "with",
                                        "of", "and", "but", "or", "as", "if", NULL};
    return i > sb && !is_cap(ex, i - 1) && ex->text.tokens[i].end - ex->text.tokens[i].start > 3 &&
           !(ex->text.tokens[i].flags & PARLEY_TOK_ALLCAPS) && !parley_text_tok_in_ci(&ex->text, i, small) &&
           !date_word(ex, i) && !parley_match(ex, i, PARLEY_LEX_OFFICE, NULL);
}

static int add_orgs(parley_extraction *ex, size_t s, size_t *used)
{
    const parley_sentence *se = &ex->text.sentences[s];
    if (caps_line(ex, se))
        return 0;
    for (size_t i = se->tok_begin; i < se->tok_end; i++) {
        if (used[i] || !is_cap(ex, i) || !is_word(ex, i) ||
            (parley_match(ex, i, PARLEY_LEX_STOP, NULL) && !parley_match(ex, i, PARLEY_LEX_ORGHEAD, NULL) &&
             !stop_opens_body(ex, i, se->tok_begin)) ||
            parley_match(ex, i, PARLEY_LEX_OFFICE, NULL) ||
            (parley_match(ex, i, PARLEY_LEX_RANK, NULL) && !parley_rank_opens_body(ex, i, se->tok_end)))
            continue;
        /* "Briefing the Council, ...", "Addressing the Assembly": a participle opening the
         * sentence is no part of a name */
        if (i == se->tok_begin && i + 1 < se->tok_end && parley_text_tok_ing(&ex->text, i, 5) && is_word(ex, i + 1) &&
            !is_cap(ex, i + 1))
            continue;
        size_t j = i, last = i;
        bool head = false;
        while (j < se->tok_end && !used[j]) {
            /* ("the SCO Council of Foreign Ministers meeting": a plural office after "of" ends a
             * body's name when no name follows it) */
            bool members = j > i + 1 && is_word(ex, j) && is_cap(ex, j) &&
                           parley_plural_office(ex, ex->text.text + ex->text.tokens[j].start, parley_text_tok_len(&ex->text, j)) &&
                           (tok_is(ex, j - 1, "of") || (j > i + 2 && tok_is(ex, j - 2, "of"))) &&
                           !(j + 1 < se->tok_end && is_word(ex, j + 1) && is_cap(ex, j + 1));
            if (members && parley_match(ex, j, PARLEY_LEX_OFFICE, NULL)) {
                j++;
                last = j;
                break;
            }
            if (is_word(ex, j) && is_cap(ex, j) && !parley_match(ex, j, PARLEY_LEX_OFFICE, NULL) &&
                !(j > i && parley_match(ex, j, PARLEY_LEX_RANK, NULL)) &&   /* "Army Staff | General X" */
                /* "Indian Army | Vice Chief of Army Staff" */
                !(j > i && j + 1 < se->tok_end && parley_match(ex, j, PARLEY_LEX_MODIFIER, NULL) &&
                  parley_match(ex, j + 1, PARLEY_LEX_OFFICE, NULL)) &&
                !(j > i && parley_match(ex, j, PARLEY_LEX_HONORIFIC, NULL))) {   /* "... Affairs | Dr. X" */
                if (parley_match(ex, j, PARLEY_LEX_ORGHEAD, NULL))
                    head = true;
                j++;
                last = j;
            } else if (j > i && (tok_is(ex, j, "of") || tok_is(ex, j, "for") || tok_is(ex, j, "and") ||
                                 tok_is(ex, j, "the") || tok_is(ex, j, "on") || (punct_is(ex, j, '-') && glued(ex, j))) &&
                       j + 1 < se->tok_end && is_cap(ex, j + 1) && !used[j + 1] && !date_word(ex, j + 1) &&
                       /* "the President's Office and Acting Minister": "and" starts a second title */
                       !(tok_is(ex, j, "and") && (parley_match(ex, j + 1, PARLEY_LEX_MODIFIER, NULL) ||
                                                  parley_match(ex, j + 1, PARLEY_LEX_OFFICE, NULL) ||
                                                  domain_office_at(ex, j + 1, se->tok_end)))) {
                j++;
            } else {
                break;
            }
        }
        /* "From: Ministry of Defence and The Rt Hon X": an article ends no body's name (nor the
         * joining word before it) */
        while (last > i + 1 && tok_lower_is(ex, last - 1, "the")) {
            last--;
            while (last > i + 1 && (tok_is(ex, last - 1, "and") || tok_is(ex, last - 1, "of") || tok_is(ex, last - 1, "for")))
                last--;
        }
        /* "the CARICOM Heads of Government meeting", "Heads of State and Government": who
         * meets, no body */
        if ((tok_is(ex, i, "Heads") || tok_is(ex, i, "Head")) && i + 2 < last && tok_is(ex, i + 1, "of")) {
            bool kinds = true;
            for (size_t k = i + 2; k < last && kinds; k++)
                kinds = tok_is(ex, k, "State") || tok_is(ex, k, "Government") || tok_is(ex, k, "and");
            if (kinds) {
                i = last - 1;
                continue;
            }
        }
        /* "Chief of Army Staff General X": words that end an office of the lexicon name no body */
        bool office_words = false;
        for (size_t k = i > se->tok_begin + 4 ? i - 4 : se->tok_begin; head && k < i && !office_words; k++)
            office_words = is_cap(ex, k) && k + parley_match(ex, k, PARLEY_LEX_OFFICE, NULL) >= last;
        /* "Kazakh Security Council Secretary X": a body's generic name right after a people's
         * word is that country's body, named with it (add_country_orgs()) */
        bool generic = head && i > se->tok_begin && parley_phrase_ends_at(ex, PARLEY_LEX_DEMONYM, i, se->tok_begin);
        for (size_t k = i; generic && k < last; k++)
            generic = parley_match(ex, k, PARLEY_LEX_DOMAIN, NULL) == 1 || parley_match(ex, k, PARLEY_LEX_ORGHEAD, NULL) == 1;
        if (generic) {
            i = last - 1;
            continue;
        }
        if (head && !office_words && last > i + 0 && !(last == i + 1 && parley_match(ex, i, PARLEY_LEX_ORGHEAD, NULL))) {
            /* the name opens with a hyphenated compound: "the Russia-Cuba Intergovernmental
             * Commission", "the High-Level Cooperation Council" (a country in it stays one, nested) */
            size_t b = compound_start(ex, se->tok_begin, i, used);
            /* (not from the last part of a compound in lower case: "GOC-in-C South Western Command"
             * is "South Western Command") */
            if (b == i && b >= se->tok_begin + 2 && punct_is(ex, b - 1, '-') && glued(ex, b - 1) && glued(ex, b) &&
                b + 1 < last && is_word(ex, b - 2) && !is_cap(ex, b - 2) && !parley_match(ex, b - 2, PARLEY_LEX_PARTICLE, NULL))
                b++;
            int rc = claim(ex, PARLEY_ENTITY_ORGANIZATION, b, last, s, used, 2);
            if (rc < 0)
                return rc;
            /* "the Antalya Diplomacy Forum", "the Moscow Conference on International Security": a
             * gathering named after a city names the city too (nested, as a country in a body's
             * name is) */
            const parley_lex_entry *ce = NULL;
            size_t cl = parley_match(ex, b, PARLEY_LEX_CITY, &ce);
            if (cl && ce && gathering_named_after(ex, b + cl, last)) {
                int m = parley_mention_add(ex, PARLEY_ENTITY_LOCATION, b, b + cl, s, ce);
                if (m < 0)
                    return m;
                ex->mentions[m].nested = true;
            }
        }
        if (last > i)
            i = last - 1;
    }
    return 0;
}

/* Organisations named by a country: "Iraqi security forces", "the Syrian regime", "the
 * Government of Iraq". The country's mention inside is marked nested. */
static const char *const country_org_nouns[] = {"government", "military", "army", "navy", "regime", "opposition",
                                                "authorities", "parliament", "ministry", "coalition", "embassy",
                                                "delegation", "forces", "troops", NULL};

/* Where a capitalised body's name whose head word ends at token e goes on to after "of" and
 * capitalised words (and "and") that name no country or date: "the Estonian Ministry of Defence",
 * "the Russian Ministry of Foreign Affairs", "the Chilean Chamber of Commerce"; e when no "of"
 * follows. O(8). */
static size_t of_name_end(const parley_extraction *ex, size_t e, size_t end)
{
    /* ("the United States Department of the Treasury": "the" after "of") */
    size_t t = e + 2 < end && tok_is(ex, e, "of") && tok_is(ex, e + 1, "the") ? 1 : 0;
    if (!(e + 1 + t < end && tok_is(ex, e, "of") && is_word(ex, e + 1 + t) && is_cap(ex, e + 1 + t) &&
          !parley_match(ex, e + 1 + t, PARLEY_LEX_COUNTRY, NULL) && !date_word(ex, e + 1 + t)))
        return e;
    size_t j = e + 1 + t;
    while (j < end && j < e + 7 && is_word(ex, j) &&
           ((is_cap(ex, j) && !date_word(ex, j) && !parley_match(ex, j, PARLEY_LEX_COUNTRY, NULL)) ||
            (tok_is(ex, j, "and") && j + 1 < end && is_cap(ex, j + 1) && !parley_match(ex, j + 1, PARLEY_LEX_OFFICE, NULL))))
        j++;
    if (tok_is(ex, j - 1, "and"))
        j--;
    return j;
}

static size_t org_noun_at(const parley_extraction *ex, size_t i, size_t end)
{
    for (int k = 0; country_org_nouns[k]; k++)
        if (tok_lower_is(ex, i, country_org_nouns[k]))
            return is_cap(ex, i) ? of_name_end(ex, i + 1, end) : i + 1;
    /* "U.S. Central Command", "UK Government": capitalised words ending in an organisation head */
    if (is_cap(ex, i) && !parley_match(ex, i, PARLEY_LEX_COUNTRY, NULL) && !parley_match(ex, i, PARLEY_LEX_OFFICE, NULL)) {
        for (size_t j = i; j < end && j < i + 4 && is_cap(ex, j) && is_word(ex, j); j++)
            if (parley_match(ex, j, PARLEY_LEX_ORGHEAD, NULL) &&
                /* (the body's name ends before an office of it: "Russian Security Council
                 * Secretary X") */
                !(j + 1 < end && is_cap(ex, j + 1) && is_word(ex, j + 1) && !parley_match(ex, j + 1, PARLEY_LEX_OFFICE, NULL))) {
                /* (not a document's or a war's: "the US-Japan Security Agreement", "the Korean War") */
                if (parley_match(ex, j, PARLEY_LEX_DOCUMENT_NAME, NULL) || parley_match(ex, j, PARLEY_LEX_EVENT_NAME, NULL))
                    return 0;
                /* ("the Chilean Chamber of Commerce": the name goes on after "of") */
                return of_name_end(ex, j + 1, end);
            }
    }
    if (tok_lower_is(ex, i, "forces") && i > 0 && (tok_lower_is(ex, i - 1, "security") || tok_lower_is(ex, i - 1, "armed")))
        return i + 1;
    if (i + 1 < end && (tok_lower_is(ex, i, "security") || tok_lower_is(ex, i, "armed") || tok_lower_is(ex, i, "air") ||
                        tok_lower_is(ex, i, "defense") || tok_lower_is(ex, i, "defence")))
        return org_noun_at(ex, i + 1, end) ? i + 2 : 0;
    return 0;
}

static int add_country_orgs(parley_extraction *ex, size_t s, size_t first_mention, const uint8_t *in_role)
{
    const parley_sentence *se = &ex->text.sentences[s];
    if (caps_line(ex, se))
        return 0;
    size_t n = ex->n_mentions;
    for (size_t m = first_mention; m < n; m++) {
        parley_mention *cm = &ex->mentions[m];
        /* (not one nested in a body already named: "the U.S. House of Representatives") */
        if (cm->type != PARLEY_ENTITY_COUNTRY || cm->sentence != s || cm->nested)
            continue;
        if (in_role[cm->tb]) {
            cm->nested = true;
            continue;
        }
        size_t b = cm->tb, e = 0;
        /* "The UK stands by Iraq": a country opening a sentence as its subject is its government */
        size_t first = se->tok_begin;
        if (first < se->tok_end && tok_lower_is(ex, first, "the"))
            first++;
        if (cm->tb == first && cm->lex && cm->lex->kind == PARLEY_LEX_COUNTRY && cm->te < se->tok_end &&
            is_word(ex, cm->te) && !is_cap(ex, cm->te) && !tok_is(ex, cm->te, "and") && !tok_is(ex, cm->te, "or") &&
            !parley_text_tok_poss(&ex->text, cm->te) && !tok_is(ex, cm->te, "in") && !tok_is(ex, cm->te, "of") &&
            !tok_is(ex, cm->te, "on") && !tok_is(ex, cm->te, "to") && !tok_is(ex, cm->te, "is") &&
            !tok_is(ex, cm->te, "was") && !tok_is(ex, cm->te, "has") &&
            /* (a country's group: "The Pakistan side was led by X") */
            !tok_is(ex, cm->te, "side") && !tok_is(ex, cm->te, "delegation") && !tok_is(ex, cm->te, "team") &&
            !tok_is(ex, cm->te, "contingent") &&
            /* "Maldives president meets Modi": a title's country (but "U.S. officials reported" are
             * its government's) */
            ((!parley_match(ex, cm->te, PARLEY_LEX_OFFICE, NULL) && !parley_match(ex, cm->te, PARLEY_LEX_DOMAIN, NULL) &&
              /* (... after a word of its own: "Myanmar junta chief X") */
              !(cm->te + 1 < se->tok_end && parley_match(ex, cm->te + 1, PARLEY_LEX_OFFICE, NULL))) ||
             tok_is(ex, cm->te, "officials") || tok_is(ex, cm->te, "official"))) {
            int rc = parley_mention_add(ex, PARLEY_ENTITY_ORGANIZATION, se->tok_begin, cm->te, s, NULL);
            if (rc < 0)
                return rc;
            ex->mentions[m].nested = true;
            continue;
        }
        size_t after = cm->te;
        if (after < se->tok_end && parley_text_tok_poss(&ex->text, after))
            after = 0;
        if (after && after < se->tok_end)
            e = org_noun_at(ex, after, se->tok_end);
        /* "the Government of Iraq", "the people of Iraq" (a country's name: "a delegation of
         * Chinese investors" is no body) */
        /* (nor is the country's name said as a people's word: "a delegation of US senators") */
        static const char *const peoples_nouns[] = {"lawmakers", "officials", "investors", "businessmen", "businesspeople",
                                                    "experts", "journalists", "legislators", "parliamentarians",
                                                    "students", "diplomats", "veterans", "executives", NULL};
        bool as_adjective = cm->te < se->tok_end && is_word(ex, cm->te) && !is_cap(ex, cm->te) &&
                            (parley_text_tok_in_ci(&ex->text, cm->te, peoples_nouns) ||
                             parley_plural_office(ex, ex->text.text + ex->text.tokens[cm->te].start,
                                                  parley_text_tok_len(&ex->text, cm->te)));
        /* (not troops in lower case: "the special operation forces of Georgia, Azerbaijan and
         * Turkey" name no body of one of them) */
        bool troops = b >= se->tok_begin + 3 && !is_cap(ex, b - 2) && (tok_is(ex, b - 2, "forces") || tok_is(ex, b - 2, "troops")) &&
                      !tok_lower_is(ex, b - 3, "armed") && !tok_lower_is(ex, b - 3, "security");
        if (!e && b >= se->tok_begin + 2 && tok_is(ex, b - 1, "of") && !(cm->lex && cm->lex->kind == PARLEY_LEX_DEMONYM) &&
            !as_adjective && !troops && org_noun_at(ex, b - 2, se->tok_end) == b - 1) {
            e = cm->te;
            b = b - 2;
            /* ... and the capitalised words of the body's name before its head: "the Communist
             * Party of Vietnam" */
            while (is_cap(ex, b) && b > se->tok_begin && b + 4 > cm->tb - 2 && is_word(ex, b - 1) && is_cap(ex, b - 1) &&
                   !(ex->text.tokens[b - 1].flags & PARLEY_TOK_ALLCAPS) &&
                   /* (a stop word that opens a domain with the head: "the Armed Forces of X") */
                   (!parley_match(ex, b - 1, PARLEY_LEX_STOP, NULL) || parley_match(ex, b - 1, PARLEY_LEX_DOMAIN, NULL) >= 2 ||
                    /* ("the Central Bank of Nigeria": a stop word right before the head) */
                    (b == cm->tb - 2 && !tok_is(ex, b - 1, "The") && parley_match(ex, b, PARLEY_LEX_ORGHEAD, NULL))) &&
                   !parley_match(ex, b - 1, PARLEY_LEX_OFFICE, NULL) && !parley_match(ex, b - 1, PARLEY_LEX_RANK, NULL) &&
                   !parley_match(ex, b - 1, PARLEY_LEX_COUNTRY, NULL) && !parley_match(ex, b - 1, PARLEY_LEX_HONORIFIC, NULL) &&
                   !(b - 1 == se->tok_begin && tok_lower_is(ex, b - 1, "the")))
                b--;
        }
        if (!e)
            continue;
        /* "the Royal Australian Navy", "the Royal Thai Air Force": one capitalised word no lexicon
         * knows, alone (no name's last word), right before the country's adjective, opens the
         * body's name */
        if (b == cm->tb && b > se->tok_begin && is_word(ex, b - 1) && is_cap(ex, b - 1) &&
            !(ex->text.tokens[b - 1].flags & PARLEY_TOK_ALLCAPS) && ex->match_kinds && !ex->match_kinds[b - 1] &&
            !(b - 1 > se->tok_begin && is_word(ex, b - 2) && is_cap(ex, b - 2)))
            b--;
        b = compound_start(ex, se->tok_begin, b, NULL);
        if (b > se->tok_begin && tok_lower_is(ex, b - 1, "the"))
            b--;
        /* (not over a body the lexicon names: its last word, or the whole of a national body of
         * two words or more, the lexicon giving its country: "the Grand National Assembly of
         * Turkiye" is that body and the country; but a generic name a people's word makes
         * national is: "the Russian Security Council", "the U.S. Department of State") */
        bool inside_lex = false;
        for (size_t t = b + 1; t <= e && t < b + 9 && !inside_lex; t++) {
            size_t ls = parley_phrase_start(ex, PARLEY_LEX_ORG, t, se->tok_begin);
            const parley_lex_entry *le = NULL;
            inside_lex = ls != SIZE_MAX && ls < t &&
                         (ls < b || (t - ls >= 2 && !(ls == b && t == e) && parley_match(ex, ls, PARLEY_LEX_ORG, &le) == t - ls &&
                                     le && le->country && *le->country));
        }
        if (inside_lex)
            continue;
        int rc = parley_mention_add(ex, PARLEY_ENTITY_ORGANIZATION, b, e, s, NULL);
        if (rc < 0)
            return rc;
        ex->mentions[m].nested = true;
    }
    return 0;
}

/* ---- people ------------------------------------------------------------------------- */

static int set_role(parley_mention *m, const parley_role *r)
{
    if (r->title && !m->title && !(m->title = parley_strdup(r->title)))
        return PARLEY_ENOMEM;
    if (r->country && !m->country && !(m->country = parley_strdup(r->country)))
        return PARLEY_ENOMEM;
    if (r->counterpart && !r->office)
        m->counterpart = true;
    if (r->international)
        m->international = true;
    return 0;
}

/* "regime", "reign": what a ruler has, so that the name before it is a person's. */
static bool ruler_noun(const parley_extraction *ex, size_t i)
{
    return is_word(ex, i) && !is_cap(ex, i) && parley_match(ex, i, PARLEY_LEX_RULER_NOUN, NULL) == 1;
}

/* A lower-case noun for a person right before token i ("citizen Mohamed Moumou"). */
static bool person_noun_before(const parley_extraction *ex, size_t i, size_t sb)
{
    return i > sb && is_word(ex, i - 1) && !is_cap(ex, i - 1) && parley_match(ex, i - 1, PARLEY_LEX_PERSON_NOUN, NULL) == 1;
}

static bool plural_role(const parley_extraction *ex, size_t i);

/* "his wife, X", "their wives, A and B": a possessive, a noun for a person and a comma before
 * token i, or before the names listed from there to i; "his counterparts A of Sweden, B of
 * Finland and C": a plural role before the names listed. */
static bool kin_before(const parley_extraction *ex, size_t i, size_t sb)
{
    size_t q = i;
    bool item = false;   /* i is an item after the list's first ("and C", ", B") */
    if (i > sb && (tok_is(ex, i - 1, "and") || punct_is(ex, i - 1, ',')))
        item = true;
    /* ("war cabinet members Benny Gantz and Gadi Eisenkot": the first, right after the role) */
    if (!item && i > sb && is_word(ex, i - 1) && !is_cap(ex, i - 1) && plural_role(ex, i - 1))
        return true;
    /* back over the names listed before ("A of Sweden, B and"), twenty-four tokens at most */
    while (q > sb + 1 && q + 24 > i && (tok_is(ex, q - 1, "and") || punct_is(ex, q - 1, ',') || tok_is(ex, q - 1, "of") ||
                                       (is_word(ex, q - 1) && is_cap(ex, q - 1)))) {
        /* (... or a named person's: "Luong's wife, X") */
        if (q > sb + 3 && punct_is(ex, q - 1, ',') && person_noun_before(ex, q - 1, sb) &&
            (tok_is(ex, q - 3, "his") || tok_is(ex, q - 3, "her") || tok_is(ex, q - 3, "their") ||
             (parley_text_tok_poss(&ex->text, q - 3) && q > sb + 4 && is_cap(ex, q - 4))))
            return q == i || item;
        if (item && q < i && is_word(ex, q - 1) && !is_cap(ex, q - 1) && plural_role(ex, q - 1))
            return true;
        q--;
    }
    /* ("the foreign ministers of both countries, A and B", "... of the two sides,") */
    size_t of = item && q < i ? parley_both_sides_at(ex, q, sb) : SIZE_MAX;
    if (of != SIZE_MAX && of > sb && plural_role(ex, of - 1))
        return true;
    /* ("three cabinet ministers: A, B and C": the list after a colon) */
    if (q > sb + 1 && q < i + 1 && punct_is(ex, q - 1, ':') && plural_role(ex, q - 2) && (q == i || item))
        return true;
    /* ("a group of senators, including A and B", "officials such as A": the list after) */
    size_t inc = q > sb + 1 && tok_is(ex, q - 1, "including") ? q - 1
                 : q > sb + 2 && tok_is(ex, q - 1, "as") && tok_is(ex, q - 2, "such") ? q - 2
                                                                                  : SIZE_MAX;
    if (inc != SIZE_MAX && inc > sb + 1 && (q == i || item)) {
        size_t r = punct_is(ex, inc - 1, ',') ? inc - 1 : inc;
        if (r > sb && is_word(ex, r - 1) && !is_cap(ex, r - 1) && plural_role(ex, r - 1))
            return true;
    }
    return item && q < i && q > sb && plural_role(ex, q - 1);
}

/* ", a middleman", ", an ISIL gang leader": an apposition whose head is a noun for a person,
 * within a few words after the article. */
static bool person_noun_after(const parley_extraction *ex, size_t e, size_t end)
{
    if (!(e + 2 < end && punct_is(ex, e, ',') && (tok_is(ex, e + 1, "a") || tok_is(ex, e + 1, "an"))))
        return false;
    for (size_t j = e + 2; j < end && j < e + 6; j++) {
        if (!is_word(ex, j))
            return false;
        if (!is_cap(ex, j) && parley_match(ex, j, PARLEY_LEX_PERSON_NOUN, NULL) == 1)
            return true;
    }
    return false;
}

/* ", his US counterpart," after a name ending at e: the name is a person's, whose counterpart
 * another is; the country said in the apposition in *dm (NULL when none). Not "his counterpart X",
 * which names another. O(1). */
static bool counterpart_after(const parley_extraction *ex, size_t e, size_t end, const parley_lex_entry **dm)
{
    *dm = NULL;
    if (!(e + 3 < end && punct_is(ex, e, ',') &&
          (tok_is(ex, e + 1, "his") || tok_is(ex, e + 1, "her") || tok_is(ex, e + 1, "their"))))
        return false;
    size_t q = e + 2, l;
    const parley_lex_entry *ce = NULL;
    if ((l = parley_match(ex, q, PARLEY_LEX_DEMONYM, &ce)) || (l = parley_match(ex, q, PARLEY_LEX_COUNTRY, &ce)))
        q += l;
    if (q >= end || !tok_lower_is(ex, q, "counterpart"))
        return false;
    if (q + 1 < end && is_word(ex, q + 1) && is_cap(ex, q + 1))
        return false;
    *dm = ce;
    return true;
}

/* After a name ending at e: an optional bracket ("(Arabic: ...)") and "also known as X", then
 * "is"/"was"/"became" and "a"/"an"/"the", up to three adjectives, and an office, a rank or a
 * person noun ("is an Iraqi General", "was a commander")? */
static bool is_said_to_be(const parley_extraction *ex, size_t e, size_t end, const parley_lex_entry **demonym)
{
    size_t q = e;
    *demonym = NULL;
    if (q < end && punct_is(ex, q, '(')) {
        size_t k = q + 1;
        while (k < end && k < q + 30 && !punct_is(ex, k, ')'))
            k++;
        if (k >= end || !punct_is(ex, k, ')'))
            return false;
        q = k + 1;
    }
    if (q + 4 < end && punct_is(ex, q, ',') && tok_lower_is(ex, q + 1, "also") && tok_lower_is(ex, q + 2, "known") &&
        tok_lower_is(ex, q + 3, "as")) {
        size_t k = q + 4;
        while (k < end && k < q + 12 && !punct_is(ex, k, ','))
            k++;
        if (k >= end)
            return false;
        q = k + 1;
    } else if (q < end && punct_is(ex, q, ',') && q > e) {
        q++;
    }
    if (q + 2 >= end)
        return false;
    if (!(tok_lower_is(ex, q, "is") || tok_lower_is(ex, q, "was") || tok_lower_is(ex, q, "became")))
        return false;
    q++;
    if (!(tok_lower_is(ex, q, "a") || tok_lower_is(ex, q, "an") || tok_lower_is(ex, q, "the")))
        return false;
    q++;
    const parley_lex_entry *dm = NULL;
    for (size_t k = 0; k < 4 && q < end; k++) {
        /* "was a former Iraqi officer": the demonym tells the person's country */
        const parley_lex_entry *d = NULL;
        if (!dm && parley_match(ex, q, PARLEY_LEX_DEMONYM, &d) == 1)
            dm = d;
        size_t l = parley_match(ex, q, PARLEY_LEX_OFFICE, NULL);
        if (!l)
            l = parley_match(ex, q, PARLEY_LEX_RANK, NULL);
        if (!l)
            l = parley_match(ex, q, PARLEY_LEX_PERSON_NOUN, NULL);
        /* the head of the phrase: not "a militant group" */
        if (l && (q + l >= end || !is_word(ex, q + l) || tok_lower_is(ex, q + l, "in") ||
                  tok_lower_is(ex, q + l, "of") || tok_lower_is(ex, q + l, "for") || tok_lower_is(ex, q + l, "who") ||
                  tok_lower_is(ex, q + l, "and") || tok_lower_is(ex, q + l, "from") || tok_lower_is(ex, q + l, "at") ||
                  tok_lower_is(ex, q + l, "with") || tok_lower_is(ex, q + l, "during"))) {
            *demonym = dm;
            return true;
        }
        if (!is_word(ex, q) && !punct_is(ex, q, '-'))
            return false;
        q++;
    }
    return false;
}

/* A bracket right after a name that tells a life: "(born 1962)", "(Arabic: ...; died 4 February
 * 2015)", "(1931-2019)"; or ", born" and a birth name or place. */
static bool lifespan_after(const parley_extraction *ex, size_t e, size_t end)
{
    size_t q = e;
    if (e + 2 < end && punct_is(ex, e, '(')) {
        if (year_tok(ex, e + 1) && e + 3 < end && punct_is(ex, e + 2, '-') && year_tok(ex, e + 3))
            return true;
        for (q = e + 1; q < end && q < e + 30 && !punct_is(ex, q, ')'); q++)
            if ((tok_lower_is(ex, q, "born") || tok_lower_is(ex, q, "died")) &&
                (q == e + 1 || punct_is(ex, q - 1, ';') || punct_is(ex, q - 1, ',')))
                return true;
        if (q >= end || !punct_is(ex, q, ')'))
            return false;
        q++;
    }
    /* "Abu Ghadiya, born Badran ..." */
    return q + 2 < end && punct_is(ex, q, ',') && tok_is(ex, q + 1, "born") && !tok_is(ex, q + 2, "and");
}

/* Is a person named earlier in the article, among the last 256 people found (a name repeated in
 * a news article stands within a few dozen sentences), a strong mention whose text is the len
 * bytes at token t, or, with surname, whose last word is the word at token t? O(256). */
static bool earlier_person(const parley_extraction *ex, size_t t, size_t len, bool surname)
{
    const char *s = ex->text.text + ex->text.tokens[t].start;
    size_t seen = 0;
    for (size_t m = ex->n_mentions; m-- > 0 && seen < 256;) {
        const parley_mention *mm = &ex->mentions[m];
        if (mm->type != PARLEY_ENTITY_PERSON)
            continue;
        seen++;
        if (mm->strong && (surname ? mm->te < t && mm->te > mm->tb + 1 && parley_text_tok_same(&ex->text, mm->te - 1, t)
                                   : mm->tb < t && mm->end - mm->start == len && memcmp(ex->text.text + mm->start, s, len) == 0))
            return true;
    }
    return false;
}

/* Does a name of two words or more at token t repeat a person found earlier in the article? */
static bool known_person_at(const parley_extraction *ex, size_t t, size_t end)
{
    size_t e = name_run(ex, t, end);
    return e >= t + 2 && earlier_person(ex, t, ex->text.tokens[e - 1].end - ex->text.tokens[t].start, false);
}

/* Is the one word at token t the last word of a person named before? */
static bool known_surname_at(const parley_extraction *ex, size_t t)
{
    return earlier_person(ex, t, 0, true);
}

/* Is token i of sentence se one capitalised word that no lexicon knows, standing alone (no
 * capitalised word or dash right before it, and the end of a noun phrase right after it): a
 * surname used alone, maybe? O(1). */
static bool lone_unknown(const parley_extraction *ex, size_t i, const parley_sentence *se)
{
    const parley_token *tk = &ex->text.tokens[i];
    if (tk->kind != PARLEY_TOK_WORD || !(tk->flags & PARLEY_TOK_CAP) || (tk->flags & (PARLEY_TOK_ALLCAPS | PARLEY_TOK_ABBREV)) ||
        tk->end - tk->start < 3 || (ex->match_kinds && ex->match_kinds[i]) || date_word(ex, i) || !name_word(ex, i))
        return false;
    if (i > se->tok_begin && ((is_word(ex, i - 1) && is_cap(ex, i - 1)) || punct_is(ex, i - 1, '-')))
        return false;
    /* (what follows ends a noun phrase: punctuation, a preposition, a verb; not a noun the word
     * qualifies: "Republican candidate Donald Trump") */
    static const char *const after[] = {"at", "in", "on", "for", "and", "during", "after", "before", "to", "last", "this",
                                        "earlier", "later", "who", "when", "where", "as", "said", "says", "met", "held",
                                        "also", "with", "over", "about", "from", "behind", "twice", NULL};
    if (i + 1 >= se->tok_end || ex->text.tokens[i + 1].kind == PARLEY_TOK_PUNCT)
        return i + 1 >= se->tok_end || !parley_text_tok_poss(&ex->text, i + 1);
    return parley_text_tok_in_ci(&ex->text, i + 1, after);
}

/* The person mention of sentence s that ends at token t, or -1. */
static int person_ends_at(const parley_extraction *ex, size_t s, size_t t)
{
    for (size_t m = ex->n_mentions; m-- > 0;) {
        const parley_mention *mm = &ex->mentions[m];
        if (mm->sentence != s)
            break;
        if (mm->type == PARLEY_ENTITY_PERSON && mm->te == t)
            return (int)m;
    }
    return -1;
}

/* The first person mention of a list of names of sentence s that ends right before token i, each
 * name after a comma or "and" and maybe followed by its country in brackets: "A, B and" or "A
 * (Egypt), B (Jordan) and" before C. The first's index, or -1 when no name is right before i.
 * O(8 x mentions of the sentence). */
static int list_head(const parley_extraction *ex, size_t s, size_t i)
{
    size_t sb = ex->text.sentences[s].tok_begin;
    int head = -1;
    for (int n = 0; n < 8 && i > sb + 2; n++) {
        size_t t = i;
        if (tok_lower_is(ex, t - 1, "and"))
            t--;
        if (t > sb + 1 && punct_is(ex, t - 1, ','))
            t--;
        if (t == i)
            break;
        /* (a country in brackets after the name) */
        if (t > sb + 3 && punct_is(ex, t - 1, ')') && punct_is(ex, t - 3, '(') &&
            parley_match(ex, t - 2, PARLEY_LEX_COUNTRY, NULL) == 1)
            t -= 3;
        int m = person_ends_at(ex, s, t);
        if (m < 0)
            break;
        head = m;
        i = ex->mentions[m].tb;
    }
    return head;
}

/* The person mention of sentence s that ends at token t (a comma), or right before its own office
 * set off by commas that ends at t ("Jane Roe, Minister of Industry," before "and"): its index
 * into *out, else -1. 0 or PARLEY_ENOMEM. O(mentions of the sentence + the office's tokens). */
static int apposed_person_before(const parley_extraction *ex, size_t s, size_t t, int *out)
{
    *out = person_ends_at(ex, s, t);
    if (*out >= 0 || !ex->n_mentions)
        return 0;
    const parley_mention *pm = &ex->mentions[ex->n_mentions - 1];
    if (pm->sentence != s || pm->type != PARLEY_ENTITY_PERSON || pm->te + 2 > t || pm->te + 12 < t || !punct_is(ex, pm->te, ','))
        return 0;
    parley_role r;
    int rc = parley_role_parse(ex, pm->te + 1, t, &r);
    if (rc < 0)
        return rc;
    if (rc == 1 && r.b == pm->te + 1 && r.e == t && r.office)
        *out = (int)(ex->n_mentions - 1);
    free(r.title);
    return 0;
}

/* Is token i right after "met (with)", "meets (with)", "talks with", "meeting with", "discussions
 * with" ("he met with Kim Jong Un")? Not "received", which also takes awards and letters. */
static bool meets_before(const parley_extraction *ex, size_t i, size_t sb)
{
    if (i <= sb)
        return false;
    /* ("to meet Vladimir Putin", "will meet with Xi Jinping": the infinitive too) */
    if (tok_lower_is(ex, i - 1, "met") || tok_lower_is(ex, i - 1, "meets") || tok_lower_is(ex, i - 1, "meet"))
        return true;
    /* meeting words of the lexicon that end in "on": "called on", "paid a courtesy call on" */
    if (tok_lower_is(ex, i - 1, "on") &&
        (parley_phrase_ends_at(ex, PARLEY_LEX_MEET, i, sb) || (i - 1 > sb && parley_phrase_ends_at(ex, PARLEY_LEX_MEET, i - 1, sb))))
        return true;
    if (!tok_lower_is(ex, i - 1, "with") || i - 1 <= sb)
        return false;
    size_t v = i - 2;
    return tok_lower_is(ex, v, "met") || tok_lower_is(ex, v, "meets") || tok_lower_is(ex, v, "meet") || tok_lower_is(ex, v, "talks") ||
           tok_lower_is(ex, v, "meeting") || tok_lower_is(ex, v, "discussions") || tok_lower_is(ex, v, "talked") ||
           /* meeting words of the lexicon that end in "with": "sat down with", "conferred with" */
           parley_phrase_ends_at(ex, PARLEY_LEX_MEET, i, sb);
}

static const char *const plural_roles[] = {"ministers", "counterparts", "colleagues", "leaders", "presidents",
                                            "chiefs", "heads", "commanders", "secretaries", "ambassadors", "envoys",
                                            "officials", "premiers", "speakers", "members", "lawmakers", "senators",
                                            "legislators", "advisers", "advisors", "diplomats", "generals", NULL};

/* Is token i a plural role ("ministers", "colleagues")? */
/* The last word of a title when it is a plural role ("the foreign ministers"), not the plural of a
 * body's name ("Chairman of the Cabinet of Ministers"); else NULL. */
static const char *plural_role_word(const char *title)
{
    const char *sp = strrchr(title, ' ');
    const char *w = sp ? sp + 1 : title;
    if (sp && sp - title >= 3 && strncmp(sp - 3, " of", 3) == 0)
        return NULL;
    for (int k = 0; plural_roles[k]; k++)
        if (strcasecmp(w, plural_roles[k]) == 0)
            return w;
    return NULL;
}

static bool plural_role(const parley_extraction *ex, size_t i)
{
    for (int k = 0; plural_roles[k]; k++)
        if (is_word(ex, i) && tok_lower_is(ex, i, plural_roles[k]))
            return true;
    return false;
}

/* The countries of a list that ends right before token q, read backwards into rev (at most 8):
 * demonyms ("Swedish and Finnish") or countries ("Estonia, Latvia and Lithuania"). Their number;
 * *from is where the list begins. */
static size_t country_list_before(const parley_extraction *ex, size_t b, size_t q, bool demonyms, const char **rev,
                                  size_t *from)
{
    size_t nc = 0;
    while (q > b && nc < 8) {
        const parley_lex_entry *e = NULL;
        size_t found = 0;
        /* (the longest name ending there: "the Democratic Republic of the Congo", not "Congo") */
        for (size_t back = demonyms ? 1u : 6u; back >= 1 && !found; back--)
            if (back <= q - b && parley_match(ex, q - back, demonyms ? PARLEY_LEX_DEMONYM : PARLEY_LEX_COUNTRY, &e) == back && e)
                found = back;
        /* before a plural role a country's short name serves as its adjective: "his US and
         * Japanese counterparts" */
        for (size_t back = 1; demonyms && back <= 2 && back <= q - b && !found; back++)
            if (parley_match(ex, q - back, PARLEY_LEX_COUNTRY, &e) == back && e)
                found = back;
        if (!found)
            break;
        rev[nc++] = e->canonical;
        q -= found;
        if (!demonyms && q > b && tok_is(ex, q - 1, "the"))
            q--;
        if (q > b && (punct_is(ex, q - 1, ',') || tok_is(ex, q - 1, "and")))
            q--;
        else
            break;
        if (q > b && tok_is(ex, q - 1, "and"))
            q--;
    }
    *from = q;
    return nc;
}

/* The start of an honorific or a rank ending right before token j and starting at b or later
 * ("Lieutenant General" before a name), or j when none does. */
static size_t honour_before(const parley_extraction *ex, size_t j, size_t b)
{
    for (size_t k = j > b + 3 ? j - 3 : b; k < j; k++)
        if (honour_len(ex, k) == j - k)
            return k;
    return j;
}

/* Past the honorifics and ranks at token j ("Sheikh Mohammed ...", "Sayyid Badr ..."), four at most. */
static size_t skip_honours(const parley_extraction *ex, size_t j, size_t end)
{
    for (size_t l, k = 0; k < 4 && j < end && (l = honour_len(ex, j)); k++)
        j += l;
    return j;
}

/* "the foreign ministers of India, Subrahmanyam Jaishankar, and South Korea, Park Jin": each name
 * after its country (or in brackets after it: "of Egypt (A), Jordan (B) and Qatar (Sheikh C)"). L
 * is the first name, first its country; fills starts and countries as respective_list() does and
 * returns their number (two or more), or 0. */
static size_t interleaved_list(const parley_extraction *ex, const parley_sentence *se, size_t L, const char *first,
                               size_t *starts, const char **countries, size_t max)
{
    size_t n = 0, j = L;
    const char *c = first;
    const bool brackets = L > se->tok_begin && punct_is(ex, L - 1, '(');
    while (n < max) {
        if (n)
            j = skip_honours(ex, j, se->tok_end);
        size_t e = name_run(ex, j, se->tok_end);
        if (e < j + 2 || (brackets && (e >= se->tok_end || !punct_is(ex, e, ')'))))
            return 0;
        starts[n] = j;
        countries[n++] = c;
        /* ", and South Korea, " or ", South Korea, " before the next name (") and Qatar (") */
        size_t k = e + brackets;
        if (k < se->tok_end && punct_is(ex, k, ','))
            k++;
        if (k < se->tok_end && tok_is(ex, k, "and"))
            k++;
        const parley_lex_entry *ce = NULL;
        size_t l = k < se->tok_end ? parley_match(ex, k, PARLEY_LEX_COUNTRY, &ce) : 0;
        if (!l || !ce || k + l + 1 >= se->tok_end || !punct_is(ex, k + l, brackets ? '(' : ','))
            break;
        c = ce->canonical;
        j = k + l + 1;
    }
    return n >= 2 ? n : 0;
}

/* The plural role whose last word is token w, with the lower-case domains before it ("defence
 * ministers"), in the singular into role ("defence minister"); "" when it does not fit. */
static void singular_role(const parley_extraction *ex, size_t sb, size_t w, char *role, size_t role_size)
{
    size_t b = w;
    /* (the domains before it, in its case: "foreign ministers", "The Defence Ministers"; and the
     * word that makes a prime minister one) */
    while (b > sb && (!is_cap(ex, b - 1) || is_cap(ex, w)) &&
           (parley_match(ex, b - 1, PARLEY_LEX_DOMAIN, NULL) == 1 || (b == w && tok_lower_is(ex, b - 1, "prime"))))
        b--;
    uint32_t rb = ex->text.tokens[b].start, re = ex->text.tokens[w].end;
    const char *t = ex->text.text;
    if (!role_size || re - rb < 2 || re - rb + 1 >= role_size || t[re - 1] != 's') {
        if (role_size)
            role[0] = '\0';
        return;
    }
    memcpy(role, t + rb, re - rb);
    size_t n = re - rb - 1;   /* "ministers" -> "minister", "secretaries" -> "secretary" */
    if (n >= 3 && role[n - 1] == 'e' && role[n - 2] == 'i') {
        role[n - 2] = 'y';
        n--;
    }
    role[n] = '\0';
}

/* People named respectively after a plural role and its countries: "The defence ministers of
 * Estonia, Latvia and Lithuania, Jüri Luik, Raimonds Bergmanis and Raimundas Karoblis", "his
 * Swedish and Finnish colleagues, Peter Hultqvist and Antti Kaikkonen". Fills starts[k] and
 * countries[k] for the k-th name (at most max) and returns their number, or 0. */
static size_t respective_list(const parley_extraction *ex, size_t s, size_t L, size_t *starts, const char **countries,
                              size_t max, char *role, size_t role_size)
{
    if (role_size)
        role[0] = '\0';
    const parley_sentence *se = &ex->text.sentences[s];
    /* "counterparts, Sayyid Badr Albusaidi and ...", "..., Lieutenant General A": the honorifics
     * and ranks before the first name */
    for (size_t back = 0, h; back < 4 && L > se->tok_begin + 1 && (h = honour_before(ex, L, se->tok_begin + 1)) < L; back++)
        L = h;
    size_t q = L, from;
    /* "..., A", "... - A" (a dash), "... (A" (the names in brackets) */
    if (q > se->tok_begin && (punct_is(ex, q - 1, ',') || punct_is(ex, q - 1, '-') || punct_is(ex, q - 1, '(')))
        q--;
    const char *rev[8];
    size_t nc;
    /* "the commanders of the Latvian and Lithuanian armed forces, A and B respectively": a body in
     * lower case after the demonyms, itself after a plural role "of the" */
    size_t r = q;
    while (r > se->tok_begin + 1 && r + 3 > q && ex->text.tokens[r - 1].kind == PARLEY_TOK_WORD && !is_cap(ex, r - 1) &&
           !tok_is(ex, r - 1, "and") && !tok_is(ex, r - 1, "of"))
        r--;
    size_t body_nc = r < q && parley_match(ex, q - 1, PARLEY_LEX_ORGHEAD, NULL) == 1
                         ? country_list_before(ex, se->tok_begin, r, true, rev, &from)
                         : 0;
    if (body_nc >= 2 && from >= se->tok_begin + 3 && tok_is(ex, from - 1, "the") && tok_is(ex, from - 2, "of") &&
        plural_role(ex, from - 3)) {
        nc = body_nc;
    } else if (q > se->tok_begin && plural_role(ex, q - 1)) {
        /* "Swedish and Finnish colleagues," */
        nc = country_list_before(ex, se->tok_begin, q - 1, true, rev, &from);
    } else {
        /* "ministers of Estonia, Latvia and Lithuania," */
        nc = country_list_before(ex, se->tok_begin, q, false, rev, &from);
        /* ... or "his counterparts from Bulgaria and Romania,"; the role may govern a body first
         * ("the commanders of the armed forces of", "the chiefs of defence of") */
        if (from <= se->tok_begin + 1 || !(tok_is(ex, from - 1, "of") || tok_is(ex, from - 1, "from")))
            return 0;
        bool plural = plural_role(ex, from - 2);
        /* "the presidents of A, B and C" (not "counterparts": the other side's office is theirs) */
        /* (capitalised after a domain or "the": "The Defence Ministers of A and B, X and Y") */
        bool cap_ok = !is_cap(ex, from - 2) ||
                      (from >= se->tok_begin + 3 &&
                       (tok_lower_is(ex, from - 3, "the") || parley_match(ex, from - 3, PARLEY_LEX_DOMAIN, NULL) == 1));
        if (plural && cap_ok && !tok_is(ex, from - 2, "counterparts") && !tok_is(ex, from - 2, "colleagues") &&
            !tok_is(ex, from - 2, "peers"))
            singular_role(ex, se->tok_begin, from - 2, role, role_size);
        for (size_t k = from - 2; !plural && k > se->tok_begin + 1 && k + 6 > from; k--)
            if (tok_is(ex, k, "of"))
                plural = plural_role(ex, k - 1);
        if (!plural)
            return 0;
        if (nc == 1)
            return interleaved_list(ex, se, L, rev[0], starts, countries, max);
    }
    if (nc < 2)
        return 0;
    /* the names: as many as the countries, joined by commas and "and" */
    size_t n = 0, j = L;
    while (j < se->tok_end && n < max && n < nc) {
        j = skip_honours(ex, j, se->tok_end);   /* "..., Lieutenant General A and General B" */
        size_t e = name_run(ex, j, se->tok_end);
        if (e < j + 2)
            return 0;
        starts[n] = j;
        countries[n] = rev[nc - 1 - n];
        n++;
        j = e;
        if (n == nc)
            break;
        if (j < se->tok_end && punct_is(ex, j, ','))
            j++;
        if (j < se->tok_end && tok_is(ex, j, "and"))
            j++;
    }
    return n == nc ? n : 0;
}

/* After a name and its comma, the letters of honours ("General Syed Asim Munir, NI (M), Chief of
 * Army Staff", "Sir John Smith, KCB, OBE, the Chief of ..."): where the apposition goes on. Up to
 * three of them, each a word in capitals with an optional bracket, and a comma; k when none. */
static size_t postnominals_end(const parley_extraction *ex, size_t k, size_t end)
{
    size_t q = k;
    for (int n = 0; n < 3 && q + 1 < end; n++) {
        const parley_token *tk = &ex->text.tokens[q];
        /* (a generation set off by commas too: "Joseph R. Biden, Jr., President of ...") */
        bool generation = tk->kind == PARLEY_TOK_WORD && (tok_is(ex, q, "Jr.") || tok_is(ex, q, "Sr.") || tok_is(ex, q, "Jr") ||
                                                          tok_is(ex, q, "Sr"));
        if (!generation && (tk->kind != PARLEY_TOK_WORD || !(tk->flags & PARLEY_TOK_ALLCAPS) || tk->end - tk->start > 5 ||
                            (ex->match_kinds && ex->match_kinds[q])))
            break;
        size_t r = q + 1;
        if (r + 2 < end && punct_is(ex, r, '(') && punct_is(ex, r + 2, ')'))
            r += 3;
        if (!(r < end && punct_is(ex, r, ',')))
            break;
        q = r + 1;
    }
    return q;
}

/* The country of "from the Russian side" or "on the Russian side" (parley_side_country())
 * between token b and token i, the nearest to i; NULL when there is none. */
static const char *side_country(const parley_extraction *ex, size_t b, size_t i)
{
    for (size_t q = i; q-- > b + 3 && q + 40 > i;) {
        if (!tok_lower_is(ex, q, "side"))
            continue;
        /* (a side closing the list before it is of those: "A, Minister of Defense, from the
         * Japanese side, and B, ..., from the Australian side") */
        if (q + 2 < i && (tok_is(ex, q + 1, "and") || (punct_is(ex, q + 1, ',') && tok_is(ex, q + 2, "and"))))
            return NULL;
        const char *c = parley_side_country(ex, q, b);
        if (c)
            return c;
    }
    return NULL;
}

/* "A, B and C, the foreign ministers of Lithuania, Estonia and Latvia respectively, met": names
 * opening the sentence, then a plural role with as many countries. Fills starts[k] and
 * countries[k] as respective_list() does and returns their number, or 0. */
static size_t names_then_roles(const parley_extraction *ex, const parley_sentence *se, size_t *starts,
                               const char **countries, size_t max, char *role, size_t role_size)
{
    /* (or open the story after its dateline's dash; a prince's or a sheikh's honorific before the
     * first name) */
    size_t n = 0, j = skip_honours(ex, parley_lead_start(ex, se), se->tok_end);
    /* most sentences open with a word of the lexicons ("The", "On", "President"): no name */
    if (j >= se->tok_end || !is_word(ex, j) || !is_cap(ex, j) || (ex->match_kinds && ex->match_kinds[j]))
        return 0;
    while (j < se->tok_end && n < max) {
        size_t e = name_run(ex, j, se->tok_end);
        if (e < j + 2)
            break;
        starts[n++] = j;
        j = e;
        if (j < se->tok_end && punct_is(ex, j, ',') && j + 1 < se->tok_end && !tok_is(ex, j + 1, "the"))
            j++;
        else if (j < se->tok_end && tok_is(ex, j, "and"))
            j++;
        else
            break;
        if (j < se->tok_end && tok_is(ex, j, "and"))
            j++;
    }
    /* ", the <plural role> of C1, C2 and C3" */
    if (n < 2 || j + 3 >= se->tok_end || !punct_is(ex, j, ',') || !tok_is(ex, j + 1, "the"))
        return 0;
    size_t q = j + 2;
    while (q < se->tok_end && q < j + 6 && !tok_is(ex, q, "of"))
        q++;
    if (q >= se->tok_end || !tok_is(ex, q, "of") || !plural_role(ex, q - 1))
        return 0;
    if (parley_countries_after(ex, q + 1, se->tok_end, countries, n) != n)
        return 0;
    /* the role in the singular, each one's: "foreign minister" */
    singular_role(ex, j + 2, q - 1, role, role_size);
    return n;
}

/* Are tokens [i, e) one or two words, their parts joined without spaces ("Ohana", "Al-Muraikhi",
 * "Al Jaber")? */
static bool few_words(const parley_extraction *ex, size_t i, size_t e)
{
    int spaces = 0;
    for (size_t k = i + 1; k < e; k++)
        spaces += (ex->text.tokens[k].flags & PARLEY_TOK_SPACE) != 0;
    return e > i && spaces <= 1;
}

/* "other (Chinese) officials" at token q (after the "and" that closes a list of names): the names
 * before are people's, of the demonym's country when one is said (*country, else NULL). */
static bool others_country(const parley_extraction *ex, size_t q, size_t end, const char **country)
{
    static const char *const people_words[] = {"officials", "leaders", "dignitaries", "ministers", "members", "diplomats",
                                               "officers", "representatives", NULL};
    *country = NULL;
    if (q + 1 >= end || !tok_is(ex, q, "other"))
        return false;
    for (size_t k = q + 1; k < end && k < q + 4; k++) {
        const parley_lex_entry *de = NULL;
        if (parley_match(ex, k, PARLEY_LEX_DEMONYM, &de) && de)
            *country = de->canonical;
        if (parley_text_tok_in_ci(&ex->text, k, people_words))
            return true;
    }
    *country = NULL;
    return false;
}

static bool others_after(const parley_extraction *ex, size_t q, size_t end)
{
    const char *c;
    return others_country(ex, q, end, &c);
}

/* The country of "A, B and other Chinese officials" for a name of that list ending at token e:
 * past the names after it to "and other ..."; NULL when there is none. */
static const char *others_list_country(const parley_extraction *ex, size_t e, size_t end)
{
    size_t q = e;
    for (int k = 0; k < 8 && q + 1 < end && punct_is(ex, q, ','); k++) {
        size_t e2 = name_run(ex, skip_honours(ex, q + 1, end), end);
        if (e2 < q + 3)
            break;
        q = e2;
    }
    const char *c = NULL;
    return q + 1 < end && tok_lower_is(ex, q, "and") && others_country(ex, q + 1, end, &c) ? c : NULL;
}

/* Does a sentence of the text open with "I" ("I met", "Today I met"): a release in the first
 * person, whose letterhead names who speaks? */
static bool first_person(const parley_extraction *ex)
{
    for (size_t s = 0; s < ex->text.n_sentences; s++) {
        const parley_sentence *se = &ex->text.sentences[s];
        for (size_t q = se->tok_begin; q < se->tok_end && q < se->tok_begin + 3; q++)
            if (parley_text_tok_is(&ex->text, q, "I") && q + 1 < se->tok_end && is_word(ex, q + 1) && !is_cap(ex, q + 1))
                return true;
    }
    return false;
}

/* The title of the person of a release's letterhead (mention m of sentence s): the offices on
 * the one or two lines below it, each a whole line ("Deputy Prime Minister", "Minister for
 * Defence"), joined by "and". 0 or an error. */
static int letterhead_title(parley_extraction *ex, size_t s, int m)
{
    parley_buf t = {0};
    int rc = 0;
    for (size_t s2 = s + 1; s2 < ex->text.n_sentences && s2 < s + 3 && rc == 0; s2++) {
        const parley_sentence *se = &ex->text.sentences[s2];
        parley_role r = {0};
        bool own_line = se->tok_end >= ex->text.n_tokens || (ex->text.tokens[se->tok_end].flags & PARLEY_TOK_NEWLINE);
        int hr = own_line ? parley_role_parse(ex, se->tok_begin, se->tok_end, &r) : 0;
        if (hr < 0)
            rc = hr;
        else if (hr && r.office && r.title && r.b == se->tok_begin && r.e == se->tok_end)
            rc = (t.len && parley_buf_puts(&t, " and ") < 0) || parley_buf_puts(&t, r.title) < 0 ? PARLEY_ENOMEM : 0;
        else
            s2 = ex->text.n_sentences;   /* (the first line that is no office ends them) */
        free(r.title);
    }
    /* ... else the line right above it: "Minister for Foreign Affairs / Senator the Hon Penny Wong" */
    if (rc == 0 && !t.len && s > 0) {
        const parley_sentence *se = &ex->text.sentences[s - 1];
        parley_role r = {0};
        int hr = parley_role_parse(ex, se->tok_begin, se->tok_end, &r);
        if (hr < 0)
            rc = hr;
        else if (hr && r.office && r.title && r.b == se->tok_begin && r.e == se->tok_end && parley_buf_puts(&t, r.title) < 0)
            rc = PARLEY_ENOMEM;
        free(r.title);
    }
    if (rc == 0 && t.len && !ex->mentions[m].title) {
        ex->mentions[m].title = t.data;
        t.data = NULL;
    }
    parley_buf_free(&t);
    return rc;
}

/* A title that serves someone ("adviser to President X"): cut to what follows the first of the
 * phrases it holds (not a body's name after "the" when not_body). Whether it was cut. */
static bool title_of_served(char *title, const char *const *phrases, bool not_body)
{
    for (size_t a = 0; phrases[a]; a++) {
        const char *at = strstr(title, phrases[a]);
        size_t al = strlen(phrases[a]);
        if (at && at[al] && !(not_body && strncasecmp(at + al, "the ", 4) == 0)) {
            memmove(title, at + al, strlen(at + al) + 1);
            return true;
        }
    }
    return false;
}

/* Is the name run [i, e) of sentence se a body's name and a person's of two words after an
 * office's "of" ("Chairman of Air Astana Peter Foster", "Chairman of the Board of Directors of
 * Air Astana Peter Foster")? The last two words are single, no big city's name (a town's may be
 * a surname: "Miller"), no place's head and not hyphenated. O(e - i + 12). */
static bool company_head(const parley_extraction *ex, const parley_sentence *se, size_t i, size_t e)
{
    if (i < se->tok_begin + 2 || !tok_is(ex, i - 1, "of"))
        return false;
    for (size_t k = e - 2; k < e; k++) {
        const parley_lex_entry *ce = NULL;
        if ((parley_match(ex, k, PARLEY_LEX_CITY, &ce) && ce && ce->population >= 100000) ||
            parley_match(ex, k, PARLEY_LEX_PLACE_HEAD, NULL) || glued(ex, k) || (k + 1 < e && glued(ex, k + 1)) ||
            (ex->text.tokens[k].flags & PARLEY_TOK_ABBREV))
            return false;
    }
    if (e < se->tok_end && ((glued(ex, e) && punct_is(ex, e, '-')) || parley_text_tok_poss(&ex->text, e)))
        return false;
    /* back over "the <body's words> of" to an office: "Chairman of the Board of Directors of" */
    for (size_t k = i - 1, n = 0; n < 12 && k > se->tok_begin; n++) {
        if (tok_is(ex, k, "of") && parley_phrase_ends_at(ex, PARLEY_LEX_OFFICE, k, se->tok_begin))
            return true;
        k--;
        if (!tok_is(ex, k, "of") && !tok_lower_is(ex, k, "the") && !(is_word(ex, k) && is_cap(ex, k)))
            return false;
    }
    return false;
}

static int add_people(parley_extraction *ex, size_t s, size_t *used, uint8_t *in_role)
{
    const parley_sentence *se = &ex->text.sentences[s];
    size_t line_words = SIZE_MAX;   /* the words of a headline's line, counted once when first asked */
    /* names listed respectively after a plural role and its countries */
    size_t resp_start[8];
    const char *resp_country[8];
    size_t n_resp = 0;
    char resp_role[64] = "";   /* the list's role in the singular ("foreign minister"), or "" */
    for (size_t i = se->tok_begin + 2; i < se->tok_end && !n_resp && !se->headline; i++)
        if (name_word(ex, i) && (punct_is(ex, i - 1, ',') || punct_is(ex, i - 1, '-') || punct_is(ex, i - 1, '(') || is_word(ex, i - 1)) &&
            (!(is_word(ex, i - 1) && is_cap(ex, i - 1)) || honour_before(ex, i, se->tok_begin) < i))
            n_resp = respective_list(ex, s, i, resp_start, resp_country, 8, resp_role, sizeof(resp_role));
    if (!n_resp && !se->headline)
        n_resp = names_then_roles(ex, se, resp_start, resp_country, 8, resp_role, sizeof(resp_role));
    for (size_t i = se->tok_begin; i < se->tok_end; i++) {
        if (used[i])
            continue;
        /* no name starts inside an honorific of several words ("Dato' Seri X": not "Seri X") */
        size_t honl = is_cap(ex, i) ? parley_match(ex, i, PARLEY_LEX_HONORIFIC, NULL) : 0;
        if (honl > 1) {
            i += honl - 1;
            continue;
        }
        size_t e = name_run(ex, i, se->tok_end);
        const size_t i0 = i;   /* (where the name starts before a word is taken back) */
        if (e == i)
            continue;
        /* "received in Abu Dhabi Ahmed Attaf, Minister of ...": a city after "in" that opens the
         * run is no part of the name that follows it (read from the city's end) */
        size_t cityl = e - i >= 3 && (!ex->match_kinds || (ex->match_kinds[i] & (UINT64_C(1) << PARLEY_LEX_CITY)))
                           ? parley_match(ex, i, PARLEY_LEX_CITY, NULL)
                           : 0;
        if (cityl && i + cityl + 2 <= e && locative_before(ex, i, se->tok_begin) && e < se->tok_end &&
            punct_is(ex, e, ',')) {
            i += cityl - 1;
            continue;
        }
        /* "Chairman of the Board of JSC Samruk-Kazyna Nurlan Zhakupov": the word after a company's
         * legal form is the company's name (its hyphened parts with it), the person's name after */
        static const char *const company_forms[] = {"JSC", "PJSC", "OJSC", "CJSC", "LLP", NULL};
        bool form = false;
        for (int k = 0; i > se->tok_begin && e > i + 2 && company_forms[k] && !form; k++)
            form = tok_is(ex, i - 1, company_forms[k]);
        if (form) {
            size_t w = i + 1;
            while (w + 1 < e && glued(ex, w) && punct_is(ex, w, '-') && glued(ex, w + 1))
                w += 2;
            if (e >= w + 2) {
                i = w - 1;
                continue;
            }
        }
        /* (a seat of government is no one, its city known or not: "Wisma Putra said") */
        if (ex->match_kinds && (ex->match_kinds[i] & (UINT64_C(1) << PARLEY_LEX_SEAT)) &&
            parley_match(ex, i, PARLEY_LEX_SEAT, NULL) >= e - i) {
            i = e - 1;
            continue;
        }
        if (!span_free(used, i, e))
            continue;
        /* "Mayor of Paris Anne Hidalgo", "Pakistan's envoy in Kabul X": the city of an office is no
         * part of the name after it */
        size_t cl;
        static const char *const envoys[] = {"ambassador", "envoy", "consul", "representative", NULL};
        if (i >= se->tok_begin + 2 &&
            (tok_is(ex, i - 1, "of") || tok_is(ex, i - 1, "in") ||
             /* ("Japanese Ambassador to Seoul X": the capital an envoy is sent to) */
             (tok_is(ex, i - 1, "to") && parley_text_tok_in_ci(&ex->text, i - 2, envoys))) &&
            (cl = parley_match(ex, i, PARLEY_LEX_CITY, NULL)) && i + cl + 2 <= e &&
            (parley_phrase_ends_at(ex, PARLEY_LEX_OFFICE, i - 1, se->tok_begin) ||
             /* "Consul General of the United States in Karachi X" */
             (tok_is(ex, i - 1, "in") && parley_phrase_ends_at(ex, PARLEY_LEX_COUNTRY, i - 1, se->tok_begin)))) {
            i += cl;
            /* ("Crown Prince of Abu Dhabi Sheikh Khaled bin Mohamed": an honorific after the city,
             * before a name of two words or more) */
            if (parley_match(ex, i, PARLEY_LEX_HONORIFIC, NULL) == 1 && is_cap(ex, i) && i + 3 <= e)
                i++;
        }
        /* "Foreign Minister Israel Katz": a country's one-word name between an office and a lone
         * surname is a given name */
        if (e == i + 1 && i >= se->tok_begin + 2 && !used[i - 1] && is_cap(ex, i - 1) && is_word(ex, i - 1) &&
            parley_match(ex, i - 1, PARLEY_LEX_COUNTRY, NULL) == 1 && parley_phrase_ends_at(ex, PARLEY_LEX_OFFICE, i - 1, se->tok_begin))
            i--;
        /* "Foreign Minister Amir Khan Muttaqi": a one-word office right after another office is a
         * given name (so before one name word after a sovereign's word: "King Sultan Ibrahim") */
        /* (... and before one name word after a minister's office: "Defense Minister Amir Hatami") */
        else if (i >= se->tok_begin + 2 &&
                 (e >= i + 2 || parley_match(ex, i - 2, PARLEY_LEX_ROYAL, NULL) == 1 ||
                  (tok_is(ex, i - 2, "Minister") && is_cap(ex, i) && !parley_match(ex, i, PARLEY_LEX_HONORIFIC, NULL))) &&
                 !used[i - 1] &&
                 is_cap(ex, i - 1) && is_word(ex, i - 1) &&
                 parley_match(ex, i - 1, PARLEY_LEX_OFFICE, NULL) == 1 && parley_phrase_ends_at(ex, PARLEY_LEX_OFFICE, i - 1, se->tok_begin) &&
                 !parley_phrase_ends_at(ex, PARLEY_LEX_MODIFIER, i - 1, se->tok_begin) &&   /* "Deputy Minister X" */
                 !parley_match(ex, i - 1, PARLEY_LEX_RANK, NULL) && !parley_match(ex, i - 1, PARLEY_LEX_HONORIFIC, NULL) &&
                 parley_match(ex, i - 1, PARLEY_LEX_ROYAL, NULL) == 1)   /* (a sovereign's word: not "Ambassador") */
            i--;
        /* "his Afghan counterpart Amir Khan Muttaqi": so right after "counterpart" (whose office the
         * other side's is), before a name of two words or more */
        else if (i >= se->tok_begin + 3 && e >= i + 2 && !used[i - 1] && is_cap(ex, i - 1) && is_word(ex, i - 1) &&
                 parley_match(ex, i - 1, PARLEY_LEX_ROYAL, NULL) == 1 && !parley_match(ex, i - 1, PARLEY_LEX_HONORIFIC, NULL) &&
                 !parley_match(ex, i, PARLEY_LEX_HONORIFIC, NULL) &&   /* (not "Prince X", "Emir Sheikh X") */
                 (tok_lower_is(ex, i - 2, "counterpart") ||
                  (punct_is(ex, i - 2, ',') && tok_lower_is(ex, i - 3, "counterpart"))))
            i--;
        /* "Amir Khan Muttaqi, the Islamic Emirate's Minister of Foreign Affairs,": a sovereign's
         * word that is also a given name, opening a story before a name whose office follows */
        else if (i >= se->tok_begin + 1 && e >= i + 2 && !used[i - 1] && given_name_office(ex, se, i - 1, e))
            i--;
        /* "Speaker of the Knesset Amir Ohana", "Minister of Industry Sultan Al Jaber": a one-word
         * office between a title's body and a short name is a given name */
        else if (few_words(ex, i, e) && i >= se->tok_begin + 4 && !used[i - 1] && is_cap(ex, i - 1) && is_word(ex, i - 1) &&
                 parley_match(ex, i - 1, PARLEY_LEX_OFFICE, NULL) == 1 && !parley_phrase_ends_at(ex, PARLEY_LEX_OFFICE, i - 1, se->tok_begin) &&
                 parley_match(ex, i - 1, PARLEY_LEX_ROYAL, NULL) == 1 &&   /* (a sovereign's word: not "Ambassador X") */
                 ex->text.text[ex->text.tokens[i - 1].end - 1] != 's') {   /* (not a plural: "the Cabinet of Ministers X") */
            bool of_body = false;   /* "<office> of the <body>" right before it, the body's words capitalised */
            /* (over a country's long name too: "Speaker of the Knesset of the State of Israel Amir
             * Ohana") */
            for (size_t k = i - 1; k-- > se->tok_begin + 1 && k + 12 > i && !of_body;) {
                if (!tok_is(ex, k, "of") && !tok_is(ex, k, "the") && !(is_word(ex, k) && is_cap(ex, k)))
                    break;
                of_body = tok_is(ex, k, "of") && parley_phrase_ends_at(ex, PARLEY_LEX_OFFICE, k, se->tok_begin);
            }
            if (of_body)
                i--;
        }
        /* "Chairman of the Halk Maslahaty Gurbanguly Berdimuhamedov": four words the lexicon does not
         * know after an office's "of the" are a body's two and a name's two */
        if (e == i + 4 && i >= se->tok_begin + 3 && tok_lower_is(ex, i - 1, "the") && tok_is(ex, i - 2, "of") &&
            parley_phrase_ends_at(ex, PARLEY_LEX_OFFICE, i - 2, se->tok_begin)) {
            bool known = false;
            for (size_t k = i; k < e && !known; k++)
                known = (ex->match_kinds && ex->match_kinds[k]) || glued(ex, k);   /* (nor a hyphenated name) */
            if (!known)
                i += 2;
        }
        /* "Chairman of Air Astana Peter Foster", "Chairman of the Board of Directors of Air Astana
         * Peter Foster": after an office's "of", three to five capitalised words are a body's, then
         * a name of two the lexicon does not know */
        else if (e >= i + 3 && e <= i + 5 && company_head(ex, se, i, e))
            i = e - 2;
        /* no name starts inside an office of several words ("Custodian of the Two Holy Mosques
         * King Salman": not "Holy Mosques King Salman") */
        bool in_office = false;
        for (size_t k = i > se->tok_begin + 5 ? i - 5 : se->tok_begin;
             k < i && !in_office && is_word(ex, i - 1) && is_cap(ex, i - 1); k++)
            in_office = is_cap(ex, k) && k + parley_match(ex, k, PARLEY_LEX_OFFICE, NULL) > i;
        if (in_office) {
            i = i < i0 ? i0 : i;   /* (a word taken back before the name is read once) */
            continue;
        }
        /* a plural word that ends a body's name after "of the" is no person ("Commander of the
         * Joint Operations") */
        if (e == i + 1 && i >= se->tok_begin + 3 && ex->text.text[ex->text.tokens[i].end - 1] == 's' && is_word(ex, i - 1) &&
            is_cap(ex, i - 1)) {
            size_t q = i - 1;
            while (q > se->tok_begin && is_word(ex, q) && is_cap(ex, q) && q + 4 > i)
                q--;
            if (q > se->tok_begin && tok_lower_is(ex, q, "the") && tok_is(ex, q - 1, "of")) {
                i = i < i0 ? i0 : i;
                continue;
            }
        }
        /* ... and so are plural words right after "of the" ("the Wall of Remembrance of the Fallen
         * Defenders of Ukraine") */
        if (e - i >= 2 && e - i <= 3 && i >= se->tok_begin + 2 && tok_lower_is(ex, i - 1, "the") && tok_is(ex, i - 2, "of") &&
            ex->text.text[ex->text.tokens[e - 1].end - 1] == 's' && !(ex->text.tokens[e - 1].flags & PARLEY_TOK_ALLCAPS) &&
            e < se->tok_end && tok_is(ex, e, "of")) {
            i = i < i0 ? i0 : i;
            continue;
        }
        /* words that open a body's or a place's name are no person ("the United States
         * Indo-Pacific Command", "King Khalid International Airport") */
        bool opens = false;
        for (size_t k = e; k < se->tok_end && k < e + 3 && !opens && is_cap(ex, k) && is_word(ex, k); k++)
            opens = parley_match(ex, k, PARLEY_LEX_ORGHEAD, NULL) || (k > e && parley_match(ex, k, PARLEY_LEX_PLACE_HEAD, NULL));
        if (opens) {
            i = e - 1;
            continue;
        }
        /* "Poland's Armament Agency and South Korea's Hyundai Rotem signed": a name owned by a
         * country, joined by "and" to a body owned by a country, is a body too */
        if (i >= se->tok_begin + 5 && parley_text_tok_poss(&ex->text, i - 1)) {
            size_t c = i - 1;
            for (size_t k = i - 1; k-- > se->tok_begin && k + 5 > i;)   /* (the longest: "South Korea") */
                if (parley_match(ex, k, PARLEY_LEX_COUNTRY, NULL) == i - 1 - k)
                    c = k;
            /* (... and so is one a contract is signed with: "signed a contract with South Korea's
             * Hyundai Rotem") */
            bool contract = c < i - 1 && c >= se->tok_begin + 2 && tok_lower_is(ex, c - 1, "with") &&
                            (tok_lower_is(ex, c - 2, "contract") || tok_lower_is(ex, c - 2, "contracts"));
            if (c < i - 1 && c >= se->tok_begin + 2 &&
                (contract || (tok_lower_is(ex, c - 1, "and") &&
                              (used[c - 2] == 2 || (is_cap(ex, c - 2) && parley_match(ex, c - 2, PARLEY_LEX_ORGHEAD, NULL)))))) {
                int rc = claim(ex, PARLEY_ENTITY_ORGANIZATION, i, e, s, used, 2);
                if (rc < 0)
                    return rc;
                i = e - 1;
                continue;
            }
        }
        /* "of the Chinese company Geely, Li Shufu", "the defence firm Saab": a name right after a
         * firm's common noun is the firm's */
        static const char *const firm_nouns[] = {"company", "firm", "carmaker", "automaker", "conglomerate", "shipbuilder",
                                                 "manufacturer", "startup", NULL};
        if (i > se->tok_begin && ex->text.tokens[i - 1].kind == PARLEY_TOK_WORD && !is_cap(ex, i - 1) &&
            parley_text_tok_in_ci(&ex->text, i - 1, firm_nouns)) {
            int rc = claim(ex, PARLEY_ENTITY_ORGANIZATION, i, e, s, used, 2);
            if (rc < 0)
                return rc;
            i = e - 1;
            continue;
        }
        parley_role left = {0}, right = {0};
        bool right_also = false;   /* right is a second office: "X, who is also ..." */
        bool owners_kin = false;   /* ", the leader's sister,": a person, no title of their own */
        size_t rank_b = i;
        int hl = 0, hr = 0, rc;
        if (!se->headline && (hl = parley_role_before(ex, i, se->tok_begin, &left, &rank_b)) < 0)
            return hl;
        /* (not a building named after a titled person: "at the King Salman Air Base", "at
         * President Jomo Kenyatta Hall") */
        if (hl && building_named_at(ex, se, left.b, i, e)) {
            free(left.title);
            memset(&left, 0, sizeof(left));
            hl = 0;
        }
        /* "a senior adviser to President X", "the Spokesperson for UN Secretary-General X": the title
         * is what follows (not for a body: "Spokesman for the Presidency X" is the spokesman) */
        static const char *const served[] = {"adviser to ", "advisor to ", "aide to ", "assistant to ", "envoy of ", NULL};
        static const char *const spoken_for[] = {"Spokesperson for ", "spokesperson for ", "Spokesman for ",
                                                 "spokesman for ", "Spokeswoman for ", "spokeswoman for ",
                                                 "Spokesperson of ", "spokesperson of ", NULL};
        /* (not in apposition: "the envoy of the UN Secretary-General, X" is the envoy) */
        bool apposed = i > se->tok_begin && punct_is(ex, i - 1, ',');
        if (hl && left.title && !apposed && !title_of_served(left.title, served, false) && strstr(left.title, "poke"))
            title_of_served(left.title, spoken_for, true);
        /* "X, Minister of Defense of Lithuania," / "X, the commander of ..."; "Richard Marles MP,
         * Deputy Prime Minister ..." (a postnominal before the comma) */
        size_t ec = e;
        /* "General Mark Milley (Retd), former Chairman of ...": a retired officer's mark */
        if (ec + 3 < se->tok_end && punct_is(ex, ec, '(') && punct_is(ex, ec + 2, ')') &&
            (tok_lower_is(ex, ec + 1, "retd") || tok_lower_is(ex, ec + 1, "retd.") || tok_lower_is(ex, ec + 1, "retired") ||
             tok_is(ex, ec + 1, "R") || tok_is(ex, ec + 1, "Ret.") || tok_is(ex, ec + 1, "Ret")))
            ec += 3;
        if (ec + 2 < se->tok_end && is_word(ex, ec) && (ex->text.tokens[ec].flags & PARLEY_TOK_ALLCAPS) &&
            ex->text.tokens[ec].end - ex->text.tokens[ec].start <= 4 && !parley_match(ex, ec, PARLEY_LEX_COUNTRY, NULL) &&
            !parley_match(ex, ec, PARLEY_LEX_ORG, NULL) && punct_is(ex, ec + 1, ','))
            ec++;
        if (!se->headline && ec + 1 < se->tok_end && punct_is(ex, ec, ',')) {
            /* "X, who is Saudi Arabia's foreign minister, ...": the role in a relative clause */
            size_t r0 = postnominals_end(ex, ec + 1, se->tok_end);
            bool who = false;
            if (r0 + 2 < se->tok_end && tok_is(ex, r0, "who") && (tok_is(ex, r0 + 1, "is") || tok_is(ex, r0 + 1, "was"))) {
                r0 += 2;
                who = true;
                if (r0 + 1 < se->tok_end && (tok_is(ex, r0, "also") || tok_is(ex, r0, "currently"))) {
                    right_also = tok_is(ex, r0, "also");
                    r0++;
                }
            }
            if ((hr = parley_role_parse(ex, r0, se->tok_end, &right)) < 0) {
                free(left.title);
                return hr;
            }
            /* ... the whole clause ("who is on an official visit" holds no role) */
            if (hr && who && right.e < se->tok_end && !punct_is(ex, right.e, ',') && !tok_is(ex, right.e, "and"))
                hr = 0;
            /* ("X, the United Nations Secretary-General's Personal Envoy on Myanmar": another's
             * office, a possessive after it; the person's own is what follows, when an office
             * follows: "the leader's sister" stays as it is) */
            if (hr && right.e + 1 < se->tok_end && parley_text_tok_poss(&ex->text, right.e)) {
                parley_role own;
                int ho = 0;
                /* (its first words may be no office's: "Personal Envoy on Myanmar") */
                for (size_t st = right.e + 1; st < se->tok_end && st <= right.e + 3 && ho == 0; st++) {
                    ho = parley_role_parse(ex, st, se->tok_end, &own);
                    if (ho > 0 && !own.office) {
                        free(own.title);
                        ho = 0;
                    }
                }
                if (ho < 0) {
                    free(right.title);
                    free(left.title);
                    return ho;
                }
                if (ho && own.office) {
                    /* (the owner's body stays its own: the UN's envoy; a country after "on" is
                     * what the office is for) */
                    own.international |= right.international;
                    if (own.title && strstr(own.title, " on "))
                        own.country = NULL;
                    free(right.title);
                    right = own;
                } else if (ho) {
                    free(own.title);
                }
            }
            if (hr && !right.office)
                hr = 0;
            /* "... the nomination of X, a spokesperson said": the speaker of the sentence, no
             * apposition (but "X, commander of U.S. Central Command said" is one, its comma left out;
             * "spoke with X, the Prime Minister's Office said" is the speaker too) */
            if (hr && right.e < se->tok_end &&
                (tok_lower_is(ex, r0, "a") || tok_lower_is(ex, r0, "an") ||
                 (tok_lower_is(ex, r0, "the") && right.e > r0 + 1 && parley_text_tok_poss(&ex->text, right.e - 2) &&
                  parley_match(ex, right.e - 1, PARLEY_LEX_ORGHEAD, NULL) == 1)) &&
                (tok_is(ex, right.e, "said") || tok_is(ex, right.e, "says") || tok_is(ex, right.e, "told") ||
                 tok_is(ex, right.e, "added") || tok_is(ex, right.e, "stated")))
                hr = 0;
            /* "on Capitol Hill, the Department of the Taoiseach said": a body opening the phrase
             * (its head word, no office) whose office is only the one it is of is no one's
             * apposition (not "X, Ministry of Defence spokesman") */
            if (hr && right.e >= r0 + 3) {
                size_t h = r0 + (tok_lower_is(ex, r0, "the") && r0 + 1 < se->tok_end);
                size_t of = tok_lower_is(ex, right.e - 2, "the") ? right.e - 3 : right.e - 2;
                if (parley_match(ex, h, PARLEY_LEX_ORGHEAD, NULL) && !parley_match(ex, h, PARLEY_LEX_OFFICE, NULL) &&
                    h + 1 < se->tok_end && tok_is(ex, h + 1, "of") && of > h && tok_is(ex, of, "of") &&
                    parley_match(ex, right.e - 1, PARLEY_LEX_OFFICE, NULL) == 1)
                    hr = 0;
            }
            /* "Hegseth, Chinese defense chief to meet in Singapore?", "Modi, Chinese leader hold
             * talks": a headline's pair, no apposition (no article, a verb of both right after) */
            static const char *const both[] = {"meet", "hold", "sign", "agree", "discuss", "talk", NULL};
            if (hr && right.e + 1 < se->tok_end && !tok_lower_is(ex, r0, "the") && !tok_lower_is(ex, r0, "a") &&
                !tok_lower_is(ex, r0, "an") &&
                ((tok_is(ex, right.e, "to") && parley_text_tok_in_ci(&ex->text, right.e + 1, both)) ||
                 parley_text_tok_in_ci(&ex->text, right.e, both)))
                hr = 0;
            /* "Kim Yo Jong, the leader's sister,": an office owned by a possessive, a noun for a
             * person after it, is the owner's, not the apposition's person's */
            if (hr && right.e + 1 < se->tok_end && parley_text_tok_poss(&ex->text, right.e) &&
                parley_match(ex, right.e + 1, PARLEY_LEX_PERSON_NOUN, NULL)) {
                hr = 0;
                owners_kin = true;
            }
            /* "a meeting of the Weimar Triangle, officials said": a plural role after a comma is
             * no one's apposition (a list before it is read by respective_list()) */
            if (hr && right.title && plural_role_word(right.title) == right.title && right.b == e + 1)
                hr = 0;
            /* "the deputy governor of Makkah, Prince Badr bin Sultan": a title right before a
             * name is that name's, not an apposition of the words before the comma */
            if (hr && right.e < se->tok_end && name_word(ex, right.e) && name_run(ex, right.e, se->tok_end) >= right.e + 2)
                hr = 0;
            /* "X, Politburo member and Minister of National Defence,": the office after a
             * membership */
            bool member = false;
            for (size_t j = e + 2; !hr && j < se->tok_end && j < e + 10 && !punct_is(ex, j, ','); j++) {
                member |= tok_lower_is(ex, j - 1, "member");
                if (!member || !tok_is(ex, j, "and"))
                    continue;
                free(right.title);
                memset(&right, 0, sizeof(right));
                right_also = false;
                if ((hr = parley_role_parse(ex, j + 1, se->tok_end, &right)) < 0) {
                    free(left.title);
                    return hr;
                }
                if (hr && !right.office)
                    hr = 0;
                break;
            }
        }
        /* "since Javier Milei took office as president of Argentina", "X was sworn in as Prime
         * Minister": the office taken */
        if (!hr && !se->headline && e + 3 < se->tok_end) {
            size_t r0 = e;
            if (tok_is(ex, r0, "took") && tok_is(ex, r0 + 1, "office"))
                r0 += 2;
            else if (tok_is(ex, r0, "was") && (tok_is(ex, r0 + 1, "sworn") || tok_is(ex, r0 + 1, "elected") ||
                                                tok_is(ex, r0 + 1, "appointed") || tok_is(ex, r0 + 1, "re-elected")))
                r0 += 2 + (tok_is(ex, r0 + 1, "sworn") && tok_is(ex, r0 + 2, "in"));
            if (r0 > e && r0 + 1 < se->tok_end && tok_is(ex, r0, "as")) {
                r0++;
                if (r0 + 1 < se->tok_end && (tok_is(ex, r0, "the") || tok_is(ex, r0, "a")))
                    r0++;
                free(right.title);
                memset(&right, 0, sizeof(right));
                right_also = false;
                if ((hr = parley_role_parse(ex, r0, se->tok_end, &right)) < 0) {
                    free(left.title);
                    return hr;
                }
                if (hr && (!right.office || (right.e < se->tok_end && name_word(ex, right.e))))
                    hr = 0;
            }
        }
        /* (not a place's: "Kabul, the capital"; but "According to X, spokesman for ..." is a person's,
         * and so is "a phone call from X, Minister of Foreign Affairs of Iran": a name of two words
         * or more, no country's, after "from" with an office of a country in apposition) */
        bool from_office = i > se->tok_begin && e >= i + 2 && tok_lower_is(ex, i - 1, "from") && right.office && right.country &&
                           right.title && !plural_role_word(right.title) && parley_match(ex, i, PARLEY_LEX_COUNTRY, NULL) != e - i;
        if (hr && ((locative_before(ex, i, se->tok_begin) && !from_office &&
                    !(i >= se->tok_begin + 2 && e >= i + 2 && tok_lower_is(ex, i - 1, "to") && tok_lower_is(ex, i - 2, "according") &&
                      right.title && !plural_role_word(right.title))) ||
                   parley_match(ex, i, PARLEY_LEX_CITY, NULL) == e - i)) {
            free(right.title);
            right.title = NULL;
            hr = 0;
        }
        bool honour = rank_b < i;   /* ranks or honorifics stand before the name */
        /* (not a building named after someone, where something happens: "at Sir Manasupe Haus") */
        if (honour && building_named_at(ex, se, rank_b, i, e))
            honour = false;
        /* "Hulusi Akar and his Togolese counterpart" */
        if (e + 2 < se->tok_end && e - i >= 2 && tok_is(ex, e, "and") &&
            (tok_is(ex, e + 1, "his") || tok_is(ex, e + 1, "her")))
            honour = true;
        bool verb = e < se->tok_end && e - i >= 2 && parley_match(ex, e, PARLEY_LEX_PERSON_VERB, NULL);
        /* ... after the day: "Muhammad Yunus on Monday met", "X on Nov. 3 received", "X yesterday held" */
        if (!verb && e + 1 < se->tok_end && e - i >= 2) {
            size_t v = day_phrase_end(ex, e, se->tok_end);
            verb = v > e && v < se->tok_end && parley_match(ex, v, PARLEY_LEX_PERSON_VERB, NULL) != 0;
        }
        /* ... after an adverb: "To Lam also met", "X later told" */
        static const char *const adverbs[] = {"also", "later", "then", "separately", "subsequently", "earlier", NULL};
        if (!verb && e + 1 < se->tok_end && e - i >= 2 && parley_text_tok_in_ci(&ex->text, e, adverbs) && !is_cap(ex, e))
            verb = parley_match(ex, e + 1, PARLEY_LEX_PERSON_VERB, NULL) != 0;
        /* "South Korea's Cho Tae-yul", "Hungary's Peter Szijjarto": a name of two or three words
         * owned by a country is one of its people (not a body: "Britain's Royal Navy") */
        bool spaced = false;   /* (two words, not one hyphenated: "Georgia's Euro-Atlantic integration") */
        for (size_t q = i + 1; q < e && !spaced; q++)
            spaced = (ex->text.tokens[q].flags & PARLEY_TOK_SPACE) != 0;
        if (!verb && e - i >= 2 && e - i <= 5 && spaced && i >= se->tok_begin + 2 && parley_text_tok_poss(&ex->text, i - 1) &&
            !parley_match(ex, e - 1, PARLEY_LEX_ORGHEAD, NULL) && !parley_match(ex, i, PARLEY_LEX_ORG, NULL) &&
            /* (nor a place: "China's Shandong Province") */
            !parley_match(ex, e - 1, PARLEY_LEX_PLACE_HEAD, NULL)) {
            for (size_t k = i - 1; k-- > se->tok_begin && k + 4 >= i && !verb;)
                verb = parley_match(ex, k, PARLEY_LEX_COUNTRY, NULL) == i - 1 - k ||
                       /* (... or by an international body: "NATO's Mark Rutte") */
                       parley_match(ex, k, PARLEY_LEX_INTERNATIONAL, NULL) == i - 1 - k;
            /* (... or by a firm, one word right after meeting words or after a person and "and":
             * "met Nvidia's Jensen Huang", "met Elon Musk and Apple's Tim Cook") */
            if (!verb && i >= se->tok_begin + 3 && is_cap(ex, i - 2) && is_word(ex, i - 2) &&
                (meets_before(ex, i - 2, se->tok_begin) ||
                 (i >= se->tok_begin + 4 && tok_lower_is(ex, i - 3, "and") && person_ends_at(ex, s, i - 3) >= 0)))
                verb = true;
        }
        /* "Zakir Hasanov and Juansher Burchuladze met in Baku": two names joined by "and" before
         * a verb said of people */
        if (!verb && e - i >= 2 && e + 3 < se->tok_end && tok_lower_is(ex, e, "and")) {
            size_t e2 = name_run(ex, e + 1, se->tok_end);
            /* (... or closing an apposition: "Rwanda and the DR Congo, A and B, signed") */
            if (e2 + 1 < se->tok_end && punct_is(ex, e2, ',') && e > i && i >= se->tok_begin + 1 && punct_is(ex, i - 1, ','))
                e2++;
            verb = e2 >= e + 3 && e2 < se->tok_end && parley_match(ex, e2, PARLEY_LEX_PERSON_VERB, NULL);
        }
        /* "Cai Qi, Wang Yi and Qin Gang attended": the first of a list of names joined by commas
         * and "and" before such a verb; "Cai Qi, Wang Yi and other Chinese officials attended" */
        if (!verb && e - i >= 2 && e + 3 < se->tok_end && punct_is(ex, e, ',')) {
            size_t q = e;
            for (int k = 0; k < 6 && q + 1 < se->tok_end && punct_is(ex, q, ','); k++) {
                size_t e2 = name_run(ex, q + 1, se->tok_end);
                if (e2 < q + 3)
                    break;
                q = e2;
            }
            if (q > e && q + 1 < se->tok_end && tok_lower_is(ex, q, "and")) {
                size_t e2 = name_run(ex, q + 1, se->tok_end);
                verb = (e2 >= q + 3 && e2 < se->tok_end && parley_match(ex, e2, PARLEY_LEX_PERSON_VERB, NULL)) ||
                       others_after(ex, q + 1, se->tok_end);
            }
        }
        if (!verb && e - i >= 2 && e + 2 < se->tok_end && tok_lower_is(ex, e, "and") && others_after(ex, e + 1, se->tok_end))
            verb = true;
        /* "Present there were Jo Yong Won and Choe Son Hui, members of the Presidium": the first of
         * two names that a plural role after a comma describes together */
        if (!verb && e - i >= 2 && e + 4 < se->tok_end && tok_lower_is(ex, e, "and") &&
            !(i > se->tok_begin && is_word(ex, i - 1) && is_cap(ex, i - 1))) {
            size_t e2 = name_run(ex, e + 1, se->tok_end);
            size_t r = e2 + 1 < se->tok_end && punct_is(ex, e2, ',') ? e2 + 1 : se->tok_end;
            if (r + 1 < se->tok_end && tok_lower_is(ex, r, "the"))
                r++;
            verb = e2 >= e + 3 && r + 1 < se->tok_end && plural_role(ex, r) && tok_lower_is(ex, r + 1, "of");
        }
        /* "Qanbar was a commander in the navy", "Abboud Qanbar (Arabic: ...), also known as Abu
         * Haidar, is an Iraqi General": a name that is said to be an office holder */
        const parley_lex_entry *said_dm = NULL;
        if (is_said_to_be(ex, e, se->tok_end, &said_dm))
            verb = true;
        /* "Temitope Okonjo (born 1962)", "born Badran Turki Hishan al-Mazidi": a life's dates
         * or a birth name */
        bool birth_name = e - i >= 2 && i > se->tok_begin && (tok_lower_is(ex, i - 1, "born") || tok_lower_is(ex, i - 1, "née"));
        if (birth_name || (e - i >= 2 && lifespan_after(ex, e, se->tok_end)))
            verb = true;
        /* "Zahid Mohammed Rawi, said" */
        /* (not "Operation Inherent Resolve", nor the end of a compound: "the High-Level Week, held") */
        bool whole = i == se->tok_begin || (!(is_word(ex, i - 1) && is_cap(ex, i - 1)) &&
                                            !(i >= se->tok_begin + 2 && punct_is(ex, i - 1, '-') && glued(ex, i - 1) &&
                                              is_word(ex, i - 2)));
        if (whole && e + 1 < se->tok_end && e - i >= 2 && punct_is(ex, e, ',') &&
            parley_match(ex, e + 1, PARLEY_LEX_PERSON_VERB, NULL))
            verb = true;
        /* '"...," said Russell.': a name right after "said", ending the clause */
        if (i > se->tok_begin && (tok_lower_is(ex, i - 1, "said") || tok_lower_is(ex, i - 1, "says")) &&
            (e >= se->tok_end || (ex->text.tokens[e].kind == PARLEY_TOK_PUNCT && !punct_is(ex, e, '-'))))
            verb = true;
        /* "On the sidelines, Trump met Zelenskyy for about 50 minutes": a word no lexicon knows
         * before "met" and one after it (with "with" or not), each alone: two people's surnames */
        if (!verb && e == i + 1 && !hl && lone_unknown(ex, i, se)) {
            size_t v = e, o = e + 1;
            if (o < se->tok_end && tok_lower_is(ex, v, "met") && tok_lower_is(ex, o, "with"))
                o++;
            size_t sbj = i >= se->tok_begin + 2 && tok_lower_is(ex, i - 1, "with") ? i - 2 : i - 1;
            verb = (o < se->tok_end && tok_lower_is(ex, v, "met") && name_run(ex, o, se->tok_end) == o + 1 &&
                    lone_unknown(ex, o, se)) ||
                   (i > se->tok_begin + 1 && tok_lower_is(ex, sbj, "met") && sbj > se->tok_begin &&
                    name_run(ex, sbj - 1, se->tok_end) == sbj && lone_unknown(ex, sbj - 1, se));
        }
        /* "Starmer held bilateral talks with Zelenskyy at Downing Street": a word no lexicon
         * knows, alone, right after meeting words whose subject is a person named before (by
         * surname too) */
        if (!verb && e == i + 1 && !hl && i > se->tok_begin + 2 && meets_before(ex, i, se->tok_begin) && lone_unknown(ex, i, se)) {
            bool subject = ex->n_mentions && ex->mentions[ex->n_mentions - 1].sentence == s &&
                           ex->mentions[ex->n_mentions - 1].type == PARLEY_ENTITY_PERSON;
            for (size_t q = i - 1; !subject && q-- > se->tok_begin && q + 8 > i;)
                subject = is_cap(ex, q) && is_word(ex, q) && known_surname_at(ex, q);
            verb = subject;
        }
        /* "met with Kim Jong Un", "held talks with X Y": a name of two words or more right after
         * meeting words (with "with" between or not) */
        if (e - i >= 2 && i > se->tok_begin && meets_before(ex, i, se->tok_begin)) {
            /* (not a run that holds an office: "called on Cebu City Mayor X" names X after it) */
            bool office = false;
            for (size_t q = i; q < e && !office; q++)
                office = parley_match(ex, q, PARLEY_LEX_OFFICE, NULL) > 0;
            /* (nor a place's name before an office: "met Buenos Aires Mayor X", "met Buenos Aires
             * City Mayor X") */
            if (!office && !names_place(ex, i, e))
                verb = true;
        }
        /* "was accompanied by Cem Özdemir", "were joined by X Y" (no office among the words) */
        /* ... "was received by Kim Jong Un", "was hosted by X Y"; and "Kim Jong Un received
         * Sergey Shoigu", the host named right before the verb (not "received Order of Merit") */
        static const char *const hosts[] = {"received", "receives", "hosted", "hosts", "welcomed", "welcomes", "greeted", NULL};
        bool host_verb = !verb && e - i >= 2 && i >= se->tok_begin + 2 &&
                         ((tok_is(ex, i - 1, "by") && parley_text_tok_in_ci(&ex->text, i - 2, hosts)) ||
                          (parley_text_tok_in_ci(&ex->text, i - 1, hosts) && !is_cap(ex, i - 1) &&
                           person_ends_at(ex, s, i - 1) >= 0));
        /* (... or with the day between them: "X on Nov. 3 received Y") */
        for (size_t k = 1; !verb && !host_verb && e - i >= 2 && k <= 5 && i >= se->tok_begin + 2 + k &&
                           parley_text_tok_in_ci(&ex->text, i - 1, hosts) && !is_cap(ex, i - 1);
             k++)
            host_verb = day_phrase_end(ex, i - 1 - k, i - 1) == i - 1 && person_ends_at(ex, s, i - 1 - k) >= 0;
        if (host_verb || (!verb && e - i >= 2 && i >= se->tok_begin + 2 && tok_is(ex, i - 1, "by") &&
                          (tok_is(ex, i - 2, "accompanied") || tok_is(ex, i - 2, "joined")))) {
            bool office = false;
            for (size_t q = i; q < e && !office; q++)
                office = parley_match(ex, q, PARLEY_LEX_OFFICE, NULL) > 0 || parley_match(ex, q, PARLEY_LEX_ORG, NULL) > 0;
            verb = !office;
        }
        /* "has met A in Downing Street and B at the Élysée Palace": a name after "and" that
         * parallels a person met before a place */
        if (!verb && e - i >= 2 && i >= se->tok_begin + 5 && tok_lower_is(ex, i - 1, "and") && e < se->tok_end &&
            (tok_lower_is(ex, e, "at") || tok_lower_is(ex, e, "in"))) {
            size_t k = i - 1;
            while (k > se->tok_begin + 1 && k + 6 > i && is_word(ex, k - 1) && (is_cap(ex, k - 1) || tok_lower_is(ex, k - 1, "the")))
                k--;
            int pm0 = k < i - 1 && (tok_lower_is(ex, k - 1, "in") || tok_lower_is(ex, k - 1, "at")) ? person_ends_at(ex, s, k - 1)
                                                                                                     : -1;
            verb = pm0 >= 0 && meets_before(ex, ex->mentions[pm0].tb, se->tok_begin);
        }
        /* "X, also known as Abu Haidar,": another name of the person just found */
        if (!verb && e - i >= 2 && i >= se->tok_begin + 4 && tok_lower_is(ex, i - 1, "as") && tok_lower_is(ex, i - 2, "known") &&
            ex->n_mentions && ex->mentions[ex->n_mentions - 1].sentence == s &&
            ex->mentions[ex->n_mentions - 1].type == PARLEY_ENTITY_PERSON && ex->mentions[ex->n_mentions - 1].te + 20 >= i)
            verb = true;
        /* "a delegation headed by Ismail Haniyeh" */
        /* ... "a delegation from the U.S. State Department led by Barbara Leaf" (the delegation a
         * few words before) */
        if (e - i >= 2 && i >= se->tok_begin + 3 && tok_is(ex, i - 1, "by") &&
            (tok_is(ex, i - 2, "led") || tok_is(ex, i - 2, "headed"))) {
            /* (... or people: "Hamas political bureau officials led by Khalil al-Hayya", "a team
             * led by") */
            static const char *const groups[] = {"delegation", "delegations", "mission", "team", "officials", "negotiators",
                                                 "representatives", "envoys", NULL};
            for (size_t q = i - 3; !verb && q + 10 > i - 3 && q >= se->tok_begin; q--) {
                verb = parley_text_tok_in_ci(&ex->text, q, groups);
                if (q == se->tok_begin || punct_is(ex, q, ','))
                    break;
            }
        }
        /* "his brother Bashar al-Assad", "George Haswani, a middleman" (not a place's: "in Kuala
         * Lumpur, a State Department official said") */
        if (e - i >= 2 &&
            (person_noun_before(ex, i, se->tok_begin) ||
             (person_noun_after(ex, e, se->tok_end) && !locative_before(ex, i, se->tok_begin) &&
              parley_match(ex, i, PARLEY_LEX_CITY, NULL) != e - i && parley_match(ex, i, PARLEY_LEX_COUNTRY, NULL) != e - i) ||
             kin_before(ex, i, se->tok_begin)))
            verb = true;
        /* "Abu Musab al-Zarqawi's assistant", "X's wife": a name of two words or more owning a
         * noun for a person (no country's, city's or body's name) */
        if (!verb && e - i >= 2 && e + 1 < se->tok_end && parley_text_tok_poss(&ex->text, e) && is_word(ex, e + 1) &&
            !is_cap(ex, e + 1) && parley_match(ex, e + 1, PARLEY_LEX_PERSON_NOUN, NULL) == 1 &&
            parley_match(ex, i, PARLEY_LEX_COUNTRY, NULL) != e - i && parley_match(ex, i, PARLEY_LEX_CITY, NULL) != e - i) {
            bool body = false;
            for (size_t q = i; q < e && !body; q++)
                body = parley_match(ex, q, PARLEY_LEX_ORGHEAD, NULL) || parley_match(ex, q, PARLEY_LEX_ORG, NULL) ||
                       parley_match(ex, q, PARLEY_LEX_REGION, NULL) || parley_match(ex, q, PARLEY_LEX_OFFICE, NULL);
            verb = !body;
        }
        /* "Kishida and his wife, Yuko, for a state dinner": one word in apposition to a spouse */
        static const char *const spouses[] = {"wife", "husband", "partner", "spouse", NULL};
        if (e - i == 1 && i >= se->tok_begin + 3 && punct_is(ex, i - 1, ',') && parley_text_tok_in_ci(&ex->text, i - 2, spouses) &&
            (tok_is(ex, i - 3, "his") || tok_is(ex, i - 3, "her")) && e < se->tok_end &&
            (punct_is(ex, e, ',') || punct_is(ex, e, '.')) && !(ex->match_kinds && ex->match_kinds[i]))
            verb = true;
        /* "Gen. Charles Brown, his US counterpart," */
        const parley_lex_entry *cp_dm = NULL;
        bool cp_after = e - i >= 2 && counterpart_after(ex, e, se->tok_end, &cp_dm);
        verb |= cp_after || owners_kin;
        /* "Kim's sister, Kim Yo Jong,": a possessive's noun for a person in apposition (and the
         * possessor's country, when stated) */
        const char *kin_country = NULL;
        const parley_mention *office_of = NULL;   /* "Rutte's predecessor, X": whose office X held */
        /* ("Marco Rubio's predecessor Antony Blinken": with no commas, for an office held) */
        size_t pn = i >= se->tok_begin + 3 && punct_is(ex, i - 1, ',') ? i - 1 : i;   /* (after the noun) */
        bool no_comma = pn == i && i >= se->tok_begin + 3 &&
                        (tok_lower_is(ex, i - 1, "predecessor") || tok_lower_is(ex, i - 1, "successor")) &&
                        parley_text_tok_poss(&ex->text, i - 2);
        if (e - i >= 2 && pn >= se->tok_begin + 3 && (pn < i || no_comma) && person_noun_before(ex, pn, se->tok_begin) &&
            parley_text_tok_poss(&ex->text, pn - 2) && e < se->tok_end && (no_comma || punct_is(ex, e, ',') || tok_is(ex, e, "and"))) {
            verb = true;
            bool same_office = tok_lower_is(ex, pn - 1, "predecessor") || tok_lower_is(ex, pn - 1, "successor");
            /* the possessor: a person of the sentence or the one before whose first or last name
             * word it is */
            for (size_t k = ex->n_mentions, seen = 0; k-- > 0 && seen < 64 && (same_office || ex->mentions[k].sentence + 2 > s); seen++) {
                const parley_mention *km = &ex->mentions[k];
                if (km->type != PARLEY_ENTITY_PERSON || !(km->country || (same_office && km->title)) || km->role_of >= 0)
                    continue;
                if (parley_text_tok_same(&ex->text, km->tb, pn - 3) || parley_text_tok_same(&ex->text, km->te - 1, pn - 3)) {
                    kin_country = km->country;
                    office_of = same_office ? km : NULL;
                    break;
                }
            }
        }
        if (e < se->tok_end && e - i >= 2 && tok_is(ex, e, ",") && e + 1 < se->tok_end &&
            (tok_is(ex, e + 1, "who") || tok_is(ex, e + 1, "whose")) &&
            /* not a unit: "deployed from the 158th Fighter Wing, who will" */
            !parley_match(ex, e - 1, PARLEY_LEX_ORGHEAD, NULL) && !(i > se->tok_begin && ex->text.tokens[i - 1].kind == PARLEY_TOK_NUM))
            verb = true;
        /* "their American counterparts Mike Pompeo and James Mattis": a name joined by "and" to
         * a person just found */
        int partner = e - i >= 2 && i >= se->tok_begin + 2 && tok_lower_is(ex, i - 1, "and") ? person_ends_at(ex, s, i - 1)
                                                                                              : -1;
        /* (... or to one just found and set apart by a comma, their office maybe said between:
         * "met with Jane Roe, Minister of Industry, and Max Mustermann") */
        if (partner < 0 && e - i >= 2 && !hl && !hr && i >= se->tok_begin + 3 && tok_lower_is(ex, i - 1, "and") &&
            punct_is(ex, i - 2, ',')) {
            int rc2 = apposed_person_before(ex, s, i - 2, &partner);
            if (rc2 < 0) {
                free(left.title);
                free(right.title);
                return rc2;
            }
        }
        if (partner >= 0)
            verb = true;
        /* "also met Željko Komšić, Denis Bećirović and Željka Cvijanović": a name of two words or
         * more after a comma, right after the person just found, in a list that ends with "and"
         * and a name (looked for over at most 64 names) */
        if (!verb && !hl && !hr && !honour && e - i >= 2 && i >= se->tok_begin + 2 && punct_is(ex, i - 1, ',') &&
            ex->n_mentions && ex->mentions[ex->n_mentions - 1].sentence == s &&
            ex->mentions[ex->n_mentions - 1].type == PARLEY_ENTITY_PERSON && ex->mentions[ex->n_mentions - 1].te == i - 1) {
            size_t q = e;
            for (int k = 0; k < 64 && q + 1 < se->tok_end; k++) {
                if (tok_lower_is(ex, q, "and")) {
                    verb = name_run(ex, q + 1, se->tok_end) >= q + 3;
                    break;
                }
                size_t e2 = punct_is(ex, q, ',') ? name_run(ex, q + 1, se->tok_end) : q;
                if (e2 < q + 3)
                    break;
                q = e2;
            }
        }
        /* "Nurlan Yermekbayev and Bakhodir Kurbanov": a name joined by "and" to a person named
         * before in the article */
        if (!verb && e - i >= 2 && e + 2 < se->tok_end && tok_lower_is(ex, e, "and") && known_person_at(ex, e + 1, se->tok_end))
            verb = true;
        /* "Ursula von der Leyen and Canadian Prime Minister Mark Carney signed ...": a name
         * opening the story's sentence, joined by "and" to an office (maybe after a people's
         * word) and a name */
        if (!verb && e - i >= 2 && e + 3 < se->tok_end && tok_lower_is(ex, e, "and") &&
            (i == se->tok_begin || i == parley_lead_start(ex, se))) {
            size_t k = e + 1;
            k += parley_match(ex, k, PARLEY_LEX_DEMONYM, NULL);
            size_t ol = k < se->tok_end ? parley_match(ex, k, PARLEY_LEX_OFFICE, NULL) : 0;
            verb = ol && k + ol < se->tok_end && name_run(ex, k + ol, se->tok_end) >= k + ol + 2;
        }
        /* "a meeting between Zelensky and Vladimir Putin": after "and", a surname of a person
         * named before in the article */
        if (!verb && e - i >= 2 && i >= se->tok_begin + 3 && tok_lower_is(ex, i - 1, "and") && is_cap(ex, i - 2) &&
            is_word(ex, i - 2) && !(i >= se->tok_begin + 4 && is_cap(ex, i - 3) && is_word(ex, i - 3)) &&
            known_surname_at(ex, i - 2))
            verb = true;
        /* "the regime of Bashar al-Assad" */
        if (e - i >= 2 && i >= se->tok_begin + 2 && tok_lower_is(ex, i - 1, "of") && ruler_noun(ex, i - 2))
            verb = true;
        /* "Assad's regime", "the Assad regime", "during Saddam Hussein's reign" */
        if (((e + 1 < se->tok_end && parley_text_tok_poss(&ex->text, e) && ruler_noun(ex, e + 1)) ||
             (i > se->tok_begin && tok_lower_is(ex, i - 1, "the") && e < se->tok_end && ruler_noun(ex, e))) &&
            /* (not a place's or a body's: "Moscow's invasion", "Beijing's aggression") */
            !(e == i + 1 && (parley_match(ex, i, PARLEY_LEX_CITY, NULL) || parley_match(ex, i, PARLEY_LEX_REGION, NULL) ||
                             parley_match(ex, i, PARLEY_LEX_ORG, NULL))))
            verb = true;
        /* "Igor Popov of Russia, James Warlick of the United States and Pierre Andrieu of France":
         * a name of two words or more said to be of a country */
        const parley_lex_entry *of_ce = NULL;
        if (e - i >= 2 && e + 1 < se->tok_end && tok_is(ex, e, "of")) {
            size_t c = e + 1 + (e + 2 < se->tok_end && tok_is(ex, e + 1, "the"));
            size_t cl = c < se->tok_end ? parley_match(ex, c, PARLEY_LEX_COUNTRY, &of_ce) : 0;
            /* (... or a word in lower case: "Gilberto Teodoro of the Philippines at the Ministry") */
            if (cl && (c + cl >= se->tok_end || punct_is(ex, c + cl, ',') || punct_is(ex, c + cl, '.') ||
                       tok_is(ex, c + cl, "and") || punct_is(ex, c + cl, ';') ||
                       (is_word(ex, c + cl) && !is_cap(ex, c + cl) && !glued(ex, c + cl))))
                verb = true;
            else
                of_ce = NULL;
        }
        /* "Abu Ghadiya (Arabic: ...), born Badran Turki Hishan al-Mazidi": a birth name is
         * another name of the person just named */
        int born_as = -1;
        if (birth_name && i >= se->tok_begin + 3 && (punct_is(ex, i - 2, ',') || punct_is(ex, i - 2, '('))) {
            size_t q = i - 2;
            if (punct_is(ex, q, ',') && punct_is(ex, q - 1, ')'))
                for (size_t k = q - 1; k-- > se->tok_begin && k + 30 > q;)
                    if (punct_is(ex, k, '(')) {
                        q = k;
                        break;
                    }
            born_as = person_ends_at(ex, s, q);
        }
        const char *resp = NULL;
        for (size_t k = 0; k < n_resp; k++)
            if (resp_start[k] == i)
                resp = resp_country[k];
        if (resp)
            verb = true;
        /* "Zakir Hasanov (Azerbaijan), Yaşar Güler (Türkiye) and ...": a country in brackets
         * right after a name of two words or more is the person's */
        const char *bracket = NULL;
        if (!resp && e - i >= 2 && e + 2 < se->tok_end && punct_is(ex, e, '(')) {
            const parley_lex_entry *be = NULL;
            size_t bl = parley_match(ex, e + 1, PARLEY_LEX_COUNTRY, &be);
            if (bl && be && e + 1 + bl < se->tok_end && punct_is(ex, e + 1 + bl, ')'))
                bracket = be->canonical;
        }
        if (!bracket && e - i >= 2)
            bracket = others_list_country(ex, e, se->tok_end);   /* "A, B and other Chinese officials" */
        if (bracket)
            verb = true;
        /* "the so-called Weimar Triangle, agreed", "the Weimar Triangle agreed": a name after an
         * article is a thing's, whatever verb follows (a person's has a title or an honour) */
        /* (but "the Assad regime", "the Biden administration": a ruler's) */
        if (verb && !hl && !hr && !honour && i > se->tok_begin &&
            (tok_lower_is(ex, i - 1, "the") || (tok_is(ex, i - 1, "called") && i >= se->tok_begin + 3 && punct_is(ex, i - 2, '-'))) &&
            !(e < se->tok_end && parley_match(ex, e, PARLEY_LEX_RULER_NOUN, NULL)))
            verb = false;
        /* "Senator the Hon. Penny Wong, Minister for Foreign Affairs,": a style before a name's
         * honorific gives way to the office after the name */
        if (hl > 0 && hr > 0 && right.office && left.title && left.e + 1 < i && tok_lower_is(ex, left.e, "the") &&
            parley_match(ex, left.e + 1, PARLEY_LEX_HONORIFIC, NULL) && !parley_match(ex, left.b, PARLEY_LEX_COUNTRY, NULL)) {
            free(left.title);
            memset(&left, 0, sizeof(left));
            hl = 0;
        }
        /* a release's letterhead: "Hon. Richard Marles MP" on a line of its own among the first */
        if (line_words == SIZE_MAX && se->headline && s < 3) {
            line_words = 0;
            for (size_t q = se->tok_begin; q < se->tok_end; q++)
                line_words += is_word(ex, q);
        }
        bool letterhead = se->headline && s < 3 && e - i >= 2 && line_words <= 6 && honour_before(ex, i, se->tok_begin) < i &&
                          first_person(ex);
        honour |= letterhead;
        /* "The commander of U.S. Marine Corps Forces, Pacific, Lt. Gen. X": one word after a body's
         * head word and a comma is the body's area, no one's name */
        if (hl && e == i + 1 && i >= se->tok_begin + 2 && punct_is(ex, i - 1, ',') &&
            parley_match(ex, i - 2, PARLEY_LEX_ORGHEAD, NULL) == 1 && !honour)
            hl = 0;
        bool strong = (!se->headline || letterhead) && (hl || hr || honour || verb) &&
                      /* (a news agency's one-word name is none of a person's: "in Nur-Sultan, Kazinform
                       * reports") */
                      !(e == i + 1 && parley_match(ex, i, PARLEY_LEX_AGENCY, NULL) == 1);
        if (strong) {
            int m = parley_mention_add(ex, PARLEY_ENTITY_PERSON, i, e, s, NULL);
            if (m < 0) {
                rc = m;
            } else {
                ex->mentions[m].strong = true;
                if (born_as >= 0)
                    ex->mentions[m].role_of = (int32_t)ex->mentions[born_as].tb;
                rc = 0;
                /* the letterhead's offices on the lines below it: "Deputy Prime Minister" and
                 * "Minister for Defence" */
                if (letterhead && !left.title && !right.title)
                    rc = letterhead_title(ex, s, m);
                /* "the foreign ministers of India, X, and South Korea, Y": a plural role is the
                 * list's, no one's title */
                const char *w = hl && left.title ? plural_role_word(left.title) : NULL;
                if (w) {
                    /* "Prime Ministers A and B": right before the names, with no list of
                     * countries, the role in the singular is each one's */
                    /* (... or before a comma: "signed by the two countries' defence ministers, A
                     * and B") */
                    /* ("Presidents A and B", "Ambassadors A and B": an office by itself, not
                     * "Leaders A and B") */
                    static const char *const loose[] = {"leaders", "officials", "heads", "chiefs", NULL};
                    bool alone = w == left.title && parley_plural_office(ex, w, strlen(w)) &&
                                 !parley_text_tok_in_ci(&ex->text, left.e - 1, loose);
                    /* (... "the foreign ministers of the two countries, A and B": the sides
                     * between) */
                    bool adjacent = (left.e == i || (left.e + 1 == i && punct_is(ex, left.e, ',')) ||
                                     (i > se->tok_begin + 1 && punct_is(ex, i - 1, ',') &&
                                      parley_both_sides_at(ex, i - 1, se->tok_begin) == left.e)) &&
                                    !strstr(left.title, " of ") && (w > left.title || alone) &&
                                    strcasecmp(w, "counterparts") != 0 && strcasecmp(w, "colleagues") != 0;
                    if (adjacent) {
                        left.title[strlen(left.title) - 1] = '\0';
                    } else {
                        free(left.title);
                        left.title = NULL;
                    }
                }
                /* "the Organisation for the Prohibition of Chemical Weapons, where they met its
                 * Director-General, X": "its" office is the international body's named before */
                if (hl && left.office && !left.country && left.b > se->tok_begin + 1 && tok_lower_is(ex, left.b - 1, "its")) {
                    for (size_t k = left.b - 1; k-- > se->tok_begin && !left.international;)
                        left.international = parley_match(ex, k, PARLEY_LEX_INTERNATIONAL, NULL) != 0;
                }
                if (hl)
                    rc = set_role(&ex->mentions[m], &left);
                /* "A, B and C, the foreign ministers of ...": a plural role after a list is each
                 * one's in the singular */
                if (hr && right.title && resp && plural_role_word(right.title))
                    right.title[strlen(right.title) - 1] = '\0';
                if (rc == 0 && hr) {
                    rc = set_role(&ex->mentions[m], &right);
                    ex->mentions[m].title_also = right_also && !hl;
                }
                /* "their American counterparts A and B": B shares A's plural role */
                if (rc == 0 && !hl && !hr && partner >= 0) {
                    const parley_mention *pm = &ex->mentions[partner];
                    /* "counterparts A and B", "counterparts, A and B" */
                    size_t before = pm->tb > se->tok_begin + 1 && punct_is(ex, pm->tb - 1, ',') ? pm->tb - 1 : pm->tb;
                    if (before > se->tok_begin && (tok_lower_is(ex, before - 1, "counterparts") || tok_lower_is(ex, before - 1, "colleagues"))) {
                        ex->mentions[m].counterpart = pm->counterpart;
                        if (pm->country && !(ex->mentions[m].country = parley_strdup(pm->country)))
                            rc = PARLEY_ENOMEM;
                    } else if (before > se->tok_begin && pm->title && !pm->title_rank && (before == pm->tb || before + 1 == pm->tb)) {
                        /* "Prime Ministers A and B": B shares A's title from the plural role
                         * (told before the sides: "ministers of the two countries, A and B") */
                        size_t of = before + 1 == pm->tb ? parley_both_sides_at(ex, before, se->tok_begin) : SIZE_MAX;
                        if (of != SIZE_MAX && of > se->tok_begin + 1)
                            before = of;
                        for (int k = 0; plural_roles[k]; k++)
                            if (tok_lower_is(ex, before - 1, plural_roles[k]) && !ex->mentions[m].title &&
                                !(ex->mentions[m].title = parley_strdup(pm->title)))
                                rc = PARLEY_ENOMEM;
                    }
                }
                /* "Foreign ministers A, B and C", "... A (Egypt), B (Jordan) and C (Qatar)": a later
                 * name shares the title the plural role right before the list's first gave it */
                if (rc == 0 && !hl && !hr && !ex->mentions[m].title) {
                    int head = list_head(ex, s, i);
                    const parley_mention *hm = head >= 0 ? &ex->mentions[head] : NULL;
                    if (hm && hm->title && !hm->title_rank && hm->tb > se->tok_begin &&
                        parley_text_tok_in_ci(&ex->text, hm->tb - 1, plural_roles) &&
                        !(ex->mentions[m].title = parley_strdup(hm->title)))
                        rc = PARLEY_ENOMEM;
                }
                /* "Taking part from the Russian side were Foreign Minister X and ...", "On the
                 * Uzbek side, the talks were attended by X": the side's country */
                if (rc == 0 && !ex->mentions[m].country) {
                    const char *side = side_country(ex, se->tok_begin, i);
                    if (side && !(ex->mentions[m].country = parley_strdup(side)))
                        rc = PARLEY_ENOMEM;
                }
                /* "Kenyan General Francis Ogolla": a demonym before the ranks */
                if (rc == 0 && !hl && !ex->mentions[m].country && rank_b > se->tok_begin) {
                    const parley_lex_entry *ce = NULL;
                    size_t q = rank_b - 1;
                    if (parley_text_tok_poss(&ex->text, q) && q > se->tok_begin)
                        q--;
                    for (size_t back = 0; back < 3 && back <= q - se->tok_begin; back++) {
                        size_t l = parley_match(ex, q - back, PARLEY_LEX_DEMONYM, &ce);
                        if (!l)
                            l = parley_match(ex, q - back, PARLEY_LEX_COUNTRY, &ce);
                        if (l && q - back + l == q + 1) {
                            if (!(ex->mentions[m].country = parley_strdup(ce->canonical)))
                                rc = PARLEY_ENOMEM;
                            break;
                        }
                    }
                }
                /* "Chinese diplomat Wang Yi", "the Swedish citizen X": a demonym before a noun for
                 * a person (not a relative's: "the American wife of") */
                if (rc == 0 && !hl && !ex->mentions[m].country && person_noun_before(ex, i, se->tok_begin) &&
                    !parley_match(ex, i - 1, PARLEY_LEX_RELATIVE, NULL) && i >= se->tok_begin + 2) {
                    const parley_lex_entry *ce = NULL;
                    size_t q = i - 2;
                    for (size_t back = 0; back < 3 && back <= q - se->tok_begin; back++) {
                        size_t l = parley_match(ex, q - back, PARLEY_LEX_DEMONYM, &ce);
                        if (l && q - back + l == q + 1) {
                            if (!(ex->mentions[m].country = parley_strdup(ce->canonical)))
                                rc = PARLEY_ENOMEM;
                            break;
                        }
                    }
                }
                if (rc == 0 && of_ce && !ex->mentions[m].country && !(ex->mentions[m].country = parley_strdup(of_ce->canonical)))
                    rc = PARLEY_ENOMEM;
                if (rc == 0 && said_dm && !ex->mentions[m].country &&
                    !(ex->mentions[m].country = parley_strdup(said_dm->canonical)))
                    rc = PARLEY_ENOMEM;
                if (rc == 0 && cp_after) {
                    if (!hl && !hr)
                        ex->mentions[m].counterpart = true;
                    if (cp_dm && !ex->mentions[m].country && !(ex->mentions[m].country = parley_strdup(cp_dm->canonical)))
                        rc = PARLEY_ENOMEM;
                }
                if (rc == 0 && kin_country && !ex->mentions[m].country &&
                    !(ex->mentions[m].country = parley_strdup(kin_country)))
                    rc = PARLEY_ENOMEM;
                /* a predecessor or successor held the same office ("Rutte's predecessor, Jens
                 * Stoltenberg": NATO Secretary General, of no country) */
                if (rc == 0 && office_of) {
                    ex->mentions[m].international |= office_of->international;
                    if (office_of->title && !ex->mentions[m].title && !(ex->mentions[m].title = parley_strdup(office_of->title)))
                        rc = PARLEY_ENOMEM;
                }
                /* respectively: the list's country wins over the plural role's */
                if (rc == 0 && resp) {
                    free(ex->mentions[m].country);
                    if (!(ex->mentions[m].country = parley_strdup(resp)))
                        rc = PARLEY_ENOMEM;
                    if (rc == 0 && resp_role[0] && !ex->mentions[m].title && !(ex->mentions[m].title = parley_strdup(resp_role)))
                        rc = PARLEY_ENOMEM;
                    /* "his counterparts from Bulgaria and Romania, A and B": counterparts */
                    for (size_t q = resp_start[0]; q-- > se->tok_begin && q + 12 > resp_start[0];)
                        if (tok_lower_is(ex, q, "counterparts") || tok_lower_is(ex, q, "colleagues"))
                            ex->mentions[m].counterpart = true;
                }
                if (rc == 0 && bracket) {
                    free(ex->mentions[m].country);
                    if (!(ex->mentions[m].country = parley_strdup(bracket)))
                        rc = PARLEY_ENOMEM;
                }
                /* a rank alone is a title of last resort */
                if (rc == 0 && !ex->mentions[m].title && rank_b < i) {
                    /* (not the honorifics after it: "Lt. Gen. Sir X" is a lieutenant general) */
                    size_t re = i;
                    while (re > rank_b + 1 && parley_match(ex, re - 1, PARLEY_LEX_HONORIFIC, NULL) == 1 &&
                           !parley_match(ex, re - 1, PARLEY_LEX_RANK, NULL))
                        re--;
                    char *t = parley_strndup(ex->text.text + ex->text.tokens[rank_b].start,
                                             ex->text.tokens[re - 1].end - ex->text.tokens[rank_b].start);
                    if (!t)
                        rc = PARLEY_ENOMEM;
                    else if (parley_match(ex, rank_b, PARLEY_LEX_RANK, NULL)) {
                        ex->mentions[m].title = t;
                        ex->mentions[m].title_rank = true;
                    }
                    else
                        free(t);
                }
            }
            for (size_t q = i; q < e; q++)
                used[q] = 3;
            /* a country inside the title right before the name belongs to the person's mention */
            if (hl && left.e >= rank_b && left.e <= i)
                for (size_t q = left.b; q < i; q++)
                    in_role[q] = 1;
            /* the role phrases beside the name are mentions of the person too */
            bool left_apart = hl && left.e < rank_b && punct_is(ex, left.e, ',');
            const parley_role *roles[2] = {left_apart ? &left : NULL, hr ? &right : NULL};
            for (int k = 0; k < 2 && rc == 0; k++) {
                if (!roles[k] || roles[k]->e <= roles[k]->b)
                    continue;
                int rm = parley_mention_add(ex, PARLEY_ENTITY_PERSON, roles[k]->b, roles[k]->e, s, NULL);
                if (rm < 0)
                    rc = rm;
                else
                    ex->mentions[rm].role_of = (int32_t)i;
            }
        } else {
            rc = 0;
        }
        free(left.title);
        free(right.title);
        if (rc < 0)
            return rc;
        /* no name starts inside the role after it ("X, Commander of the Joint Aviation Command") */
        i = strong && hr && right.e > e ? right.e - 1 : e - 1;
    }
    return 0;
}

/* A document's name: capitalised words, free of other mentions, ending in a document's word ("the
 * Comprehensive Economic Partnership Agreement", "the Camp David Accords") and going on after it
 * over "on" or "of" and capitalised words ("the Treaty on Open Skies"); the same for the name of
 * a war or another event of history ("the Second World War", "the War of Independence"). Its
 * words are claimed for no mention, so that no organisation, place or person is read from them; a
 * country or city claimed before stays what it is ("the Paris Agreement", "the Korean War").
 * O(tokens of sentence s). */
static void claim_documents(const parley_extraction *ex, size_t s, size_t *used)
{
    const parley_sentence *se = &ex->text.sentences[s];
    for (size_t t = se->tok_begin; t < se->tok_end; t++) {
        size_t l = used[t] || !is_cap(ex, t) ? 0 : parley_match(ex, t, PARLEY_LEX_DOCUMENT_NAME, NULL);
        bool history = false;
        if (!l && !used[t] && is_cap(ex, t) && (l = parley_match(ex, t, PARLEY_LEX_EVENT_NAME, NULL)) != 0)
            history = true;
        if (!l)
            continue;
        size_t e = t + l;
        /* "World War II", "World War Two" */
        static const char *const ordinals[] = {"i", "ii", "one", "two", NULL};
        if (history && e < se->tok_end && is_cap(ex, e) && parley_text_tok_in_ci(&ex->text, e, ordinals))
            e++;
        while (e + 1 < se->tok_end && (tok_is(ex, e, "on") || tok_is(ex, e, "of") || tok_is(ex, e, "and")) &&
               is_cap(ex, e + 1) && is_word(ex, e + 1) && !used[e + 1] && !date_word(ex, e + 1)) {
            e++;
            while (e < se->tok_end && is_cap(ex, e) && is_word(ex, e) && !used[e])
                e++;
        }
        /* (not a body's or a place's word: "the Protocol Department", "Charter Hall") */
        if (e < se->tok_end && is_cap(ex, e) && is_word(ex, e) && !used[e])
            continue;
        size_t b = t;
        while (b > se->tok_begin && !used[b - 1] && is_cap(ex, b - 1) && is_word(ex, b - 1))
            b--;
        for (size_t q = b; q < e; q++)
            used[q] = 6;
        t = e - 1;
    }
}

/* Places named by what they are: "Tharthar Barrage", "the Tigris River", "Mount Sinjar", "Camp
 * Hurriya": capitalised words, free of other mentions, ending in a place head or opened by a
 * place word. */
static int add_feature_places(parley_extraction *ex, size_t s, size_t *used)
{
    const parley_sentence *se = &ex->text.sentences[s];
    if (se->headline)
        return 0;
    for (size_t i = se->tok_begin; i < se->tok_end; i++) {
        if (used[i] || !is_word(ex, i) || !is_cap(ex, i))
            continue;
        size_t first = parley_match(ex, i, PARLEY_LEX_PLACE_FIRST, NULL);
        size_t j = i + first;
        /* the name: capitalised words, with "al", "ad", "as" and hyphens inside */
        size_t last = j;
        while (j < se->tok_end && !used[j] && j < i + first + 5) {
            if (is_word(ex, j) && is_cap(ex, j) && !parley_match(ex, j, PARLEY_LEX_STOP, NULL)) {
                j++;
                last = j;
            } else if (j > i && is_word(ex, j) && parley_match(ex, j, PARLEY_LEX_PARTICLE, NULL) == 1 && j + 1 < se->tok_end &&
                       is_cap(ex, j + 1)) {
                j++;
            } else if (j > i && punct_is(ex, j, '-') && glued(ex, j) && j + 1 < se->tok_end && glued(ex, j + 1) &&
                       is_word(ex, j + 1)) {
                j += 2;
                last = j;
            } else {
                break;
            }
        }
        size_t b = i, e = 0;
        if (first && last > i + first) {
            e = last;
        } else if (!first && last > i) {
            /* the head: the last capitalised word, or a lower-case one right after ("Hamrin mountains") */
            /* (a head of several words: "Ramstein Air Base") */
            for (size_t l = 1; l <= 3 && !e && last > i + l; l++)
                if (parley_match(ex, last - l, PARLEY_LEX_PLACE_HEAD, NULL) == l)
                    e = last;
            if (!e && last < se->tok_end && !used[last] && is_word(ex, last) && !is_cap(ex, last) &&
                     parley_match(ex, last, PARLEY_LEX_PLACE_HEAD, NULL) == 1)
                e = last + 1;
            /* not an organisation's name ("Dam Authority") */
            if (e && e < se->tok_end && is_cap(ex, e) && parley_match(ex, e, PARLEY_LEX_ORGHEAD, NULL))
                e = 0;
        }
        if (!e) {
            if (last > i)
                i = last - 1;
            continue;
        }
        int rc = claim(ex, PARLEY_ENTITY_LOCATION, b, e, s, used, 4);
        if (rc < 0)
            return rc;
        i = e - 1;
    }
    return 0;
}

/* Is the one word at i an adjective of a place ("cooperation in Antarctic search and rescue",
 * "in Balkan politics"): a word ending like one ("-ic", "-ian", "-ean", "-ese") before a word in
 * lower case that does not go on after a place's name (a preposition, a date word, a verb)? */
static bool place_adjective(const parley_extraction *ex, size_t i, size_t end)
{
    static const char *const after_place[] = {
        "on", "at", "in", "to", "for", "with", "and", "or", "but", "last", "this", "next", "early", "late",
        "earlier", "later", "today", "yesterday", "tonight", "tomorrow", "where", "when", "while", "which",
        "who", "as", "after", "before", "during", "since", "until", "from", "by", "of", "is", "was", "were",
        "are", "has", "have", "had", "will", "would", "city", "town", "region", "province", "district",
        "area", "port", "earlier", "recently", "over", "amid", "ahead", "under", "between", NULL};
    const parley_token *t = &ex->text.tokens[i];
    size_t n = t->end - t->start;
    const char *w = ex->text.text + t->start;
    bool suffix = (n > 4 && memcmp(w + n - 2, "ic", 2) == 0) || (n > 5 && memcmp(w + n - 3, "ian", 3) == 0) ||
                  (n > 5 && memcmp(w + n - 3, "ean", 3) == 0) || (n > 5 && memcmp(w + n - 3, "ese", 3) == 0);
    return suffix && i + 1 < end && is_word(ex, i + 1) && !is_cap(ex, i + 1) &&
           !parley_text_tok_in_ci(&ex->text, i + 1, after_place);
}

/* Places known from context only: "held in Gabala", "in Astana". */
static int add_context_places(parley_extraction *ex, size_t s, size_t *used)
{
    const parley_sentence *se = &ex->text.sentences[s];
    if (se->headline)
        return 0;
    for (size_t i = se->tok_begin + 1; i < se->tok_end; i++) {
        bool ctx = tok_lower_is(ex, i - 1, "in") || tok_lower_is(ex, i - 1, "near") ||
                   tok_lower_is(ex, i - 1, "outside") || tok_lower_is(ex, i - 1, "around");
        if (!ctx && i >= se->tok_begin + 2 && tok_is(ex, i - 1, "of"))
            ctx = parley_text_tok_in_ci(&ex->text, i - 2, place_kinds);
        /* "in the New Alamein City": a name ending in "City" after "in the" */
        bool the_city = false;
        if (!ctx && i >= se->tok_begin + 2 && tok_is(ex, i - 1, "the") && tok_lower_is(ex, i - 2, "in") && is_cap(ex, i))
            for (size_t q = i + 1; q < se->tok_end && q < i + 4 && !the_city; q++)
                ctx = the_city = tok_is(ex, q, "City");
        if (used[i] || !ctx)
            continue;
        size_t e = name_run(ex, i, se->tok_end);
        /* "New Alamein", "Port Sudan": a place's first word the stop list keeps out of names */
        static const char *const firsts[] = {"new", "port", "saint", "san", "santa", "sao", NULL};
        if (e == i && i + 1 < se->tok_end && is_cap(ex, i) && parley_text_tok_in_ci(&ex->text, i, firsts)) {
            size_t e2 = name_run(ex, i + 1, se->tok_end);
            if (e2 > i + 1 && e2 - i <= 3)
                e = e2;
        }
        /* "in El-Alamein", "in Al-Mukalla": an Arabic article opening the name, glued by a hyphen */
        static const char *const articles[] = {"el", "al", "ad", "as", "ash", "ar", "az", "at", NULL};
        if (i + 2 < se->tok_end && is_cap(ex, i) && parley_text_tok_in_ci(&ex->text, i, articles) &&
            punct_is(ex, i + 1, '-') && glued(ex, i + 1) && glued(ex, i + 2) && is_word(ex, i + 2) && is_cap(ex, i + 2) &&
            !used[i + 2]) {
            size_t e2 = name_run(ex, i + 2, se->tok_end);
            e = e2 > i + 2 ? e2 : i + 3;
            if (e - i <= 4 && (e >= se->tok_end || !is_cap(ex, e)) && span_free(used, i, e)) {
                int rc = claim(ex, PARLEY_ENTITY_LOCATION, i, e, s, used, 4);
                if (rc < 0)
                    return rc;
                i = e - 1;
            }
            continue;
        }
        if (the_city) {
            if (e > i + 1 && tok_is(ex, e - 1, "City"))
                ;   /* (the run took it) */
            else if (e > i && e < se->tok_end && tok_is(ex, e, "City"))
                e++;
            else
                continue;
        }
        if (e == i || e - i > (the_city ? 4u : 3u) || (e - i == 3 && !the_city && !parley_text_tok_in_ci(&ex->text, i, firsts)))
            continue;
        /* "Sharm el-Sheikh", "Ras al-Khaimah": an Arabic article glued by a hyphen to the rest */
        if (e + 3 <= se->tok_end && (tok_is(ex, e, "el") || tok_is(ex, e, "al") || tok_is(ex, e, "ash") ||
                                     tok_is(ex, e, "as") || tok_is(ex, e, "ad")) &&
            punct_is(ex, e + 1, '-') && glued(ex, e + 1) && glued(ex, e + 2) && is_word(ex, e + 2) && is_cap(ex, e + 2))
            e += 3;
        /* followed by punctuation or a lower-case word: a place, not the start of a name */
        if (e < se->tok_end && is_cap(ex, e))
            continue;
        if (e == i + 1 && place_adjective(ex, i, se->tok_end))
            continue;
        if (!span_free(used, i, e))
            continue;
        int rc = claim(ex, PARLEY_ENTITY_LOCATION, i, e, s, used, 4);
        if (rc < 0)
            return rc;
    }
    return 0;
}

static int mark_lexical(parley_extraction *ex, size_t *used)
{
    for (size_t m = 0; m < ex->n_mentions; m++)
        for (size_t q = ex->mentions[m].tb; q < ex->mentions[m].te; q++)
            if (!used[q])
                used[q] = 5;
    return 0;
}

/* Does the text of tokens [i, i + l) spell mention m's ("Dabiq")? O(length). */
static bool spells_mention(const parley_extraction *ex, size_t i, size_t l, const parley_mention *m)
{
    const parley_token *tk = ex->text.tokens;
    return l == m->te - m->tb && tk[i + l - 1].end - tk[i].start == m->end - m->start &&
           memcmp(ex->text.text + tk[i].start, ex->text.text + m->start, m->end - m->start) == 0;
}

/* A town the story names as a place once ("near Dabiq", "the town of Dabiq") is that place
 * wherever its name stands alone in the story ("Dabiq held symbolic importance", "to free
 * Dabiq"): not inside a run of capitalised words, nor claimed by another mention. A town of the
 * lexicon, or a name of one to three words found from its context. O(tokens x 16), read only when
 * such a town was named (the first 16 distinct ones compared). */
static int add_known_towns(parley_extraction *ex, size_t *used)
{
    size_t known[16], n_known = 0;   /* (indices: the array may move as mentions are added) */
    for (size_t k = 0; k < ex->n_mentions && n_known < 16; k++) {
        const parley_mention *m = &ex->mentions[k];
        if (m->type != PARLEY_ENTITY_LOCATION || (m->lex && m->lex->kind != PARLEY_LEX_CITY) || m->te - m->tb > 3 ||
            m->nested)
            continue;
        bool seen = false;
        for (size_t j = 0; j < n_known && !seen; j++)
            seen = spells_mention(ex, m->tb, m->te - m->tb, &ex->mentions[known[j]]);
        if (!seen)
            known[n_known++] = k;
    }
    for (size_t s = 0; n_known && s < ex->text.n_sentences; s++) {
        const parley_sentence *se = &ex->text.sentences[s];
        if (se->headline)
            continue;
        for (size_t i = se->tok_begin; i < se->tok_end; i++) {
            if (used[i] || !is_cap(ex, i) || !is_word(ex, i))
                continue;
            size_t hit = SIZE_MAX, l = 0;
            for (size_t j = 0; j < n_known && hit == SIZE_MAX; j++) {
                l = ex->mentions[known[j]].te - ex->mentions[known[j]].tb;
                if (i + l <= se->tok_end && spells_mention(ex, i, l, &ex->mentions[known[j]]))
                    hit = known[j];
            }
            /* (standing alone: no capitalised word or glued hyphen beside it, no office after its
             * possessive, "Dabiq's governor") */
            if (hit == SIZE_MAX || !span_free(used, i, i + l) || (i > se->tok_begin && is_word(ex, i - 1) && is_cap(ex, i - 1)) ||
                (i + l < se->tok_end && is_word(ex, i + l) && is_cap(ex, i + l)) ||
                (i + l < se->tok_end && punct_is(ex, i + l, '-') && glued(ex, i + l)) ||
                (i > se->tok_begin && punct_is(ex, i - 1, '-') && glued(ex, i)) ||
                (i + l + 1 < se->tok_end && parley_text_tok_poss(&ex->text, i + l) &&
                 parley_match(ex, i + l + 1, PARLEY_LEX_OFFICE, NULL)))
                continue;
            int rc = parley_mention_add(ex, PARLEY_ENTITY_LOCATION, i, i + l, s, ex->mentions[hit].lex);
            if (rc < 0)
                return rc;
            for (size_t q = i; q < i + l; q++)
                used[q] = 5;
            i += l - 1;
        }
    }
    return 0;
}

static int cmp_mention(const void *a, const void *b)
{
    const parley_mention *x = a, *y = b;
    return x->start < y->start ? -1 : x->start > y->start ? 1 : 0;
}

/* An organisation's acronym given in brackets after its name ("the World Monuments Fund (WMF)"),
 * and the same acronym alone later: mentions of that organisation (role_of: the token where its
 * name starts). Acronyms the lexicon knows are mentions already. O(tokens x acronyms). */
static int add_acronyms(parley_extraction *ex, size_t *used)
{
    enum { MAX_ACRONYMS = 32 };
    uint32_t acr_tok[MAX_ACRONYMS], acr_of[MAX_ACRONYMS];
    parley_entity_type acr_type[MAX_ACRONYMS];
    size_t n_acr = 0, nt = ex->text.n_tokens, n0 = ex->n_mentions;
    for (size_t m = 0; m < n0 && n_acr < MAX_ACRONYMS; m++) {
        const parley_mention *mm = &ex->mentions[m];
        size_t a = mm->te + (mm->te < nt && parley_text_tok_poss(&ex->text, mm->te));
        if (mm->type != PARLEY_ENTITY_ORGANIZATION || mm->role_of >= 0 || a + 2 >= nt || !punct_is(ex, a, '(') ||
            !punct_is(ex, a + 2, ')') || used[a + 1] || !(ex->text.tokens[a + 1].flags & PARLEY_TOK_ALLCAPS) ||
            ex->text.tokens[a + 1].kind != PARLEY_TOK_WORD || parley_text_tok_len(&ex->text, a + 1) > 8)
            continue;
        /* the acronym of this name, not of a title around it: "Chief of Army Staff (COAS)" */
        size_t first = mm->tb + (tok_is(ex, mm->tb, "the") || tok_is(ex, mm->tb, "The"));
        size_t cl = first < mm->te ? parley_match(ex, first, PARLEY_LEX_COUNTRY, NULL) : 0;
        char c0 = ex->text.text[ex->text.tokens[a + 1].start];
        /* (or past a country: "U.S. Naval Forces Central Command's (NAVCENT)") */
        if (c0 != ex->text.text[ex->text.tokens[first].start] &&
            !(cl && first + cl < mm->te && c0 == ex->text.text[ex->text.tokens[first + cl].start]))
            continue;
        acr_tok[n_acr] = (uint32_t)(a + 1);
        acr_type[n_acr] = PARLEY_ENTITY_ORGANIZATION;
        acr_of[n_acr++] = mm->tb;
    }
    /* an office's acronym in the title before a person's name: "Chief of Army Staff (COAS) General
     * X" makes a later "the COAS" a mention of X */
    for (size_t m = 0; m < n0 && n_acr < MAX_ACRONYMS; m++) {
        const parley_mention *mm = &ex->mentions[m];
        if (mm->type != PARLEY_ENTITY_PERSON || mm->role_of >= 0 || !mm->strong)
            continue;
        size_t sb = ex->text.sentences[mm->sentence].tok_begin, close = mm->tb;
        while (close > sb && close + 4 > mm->tb && !punct_is(ex, close - 1, ')'))   /* past a rank */
            close--;
        if (close < sb + 4 || !punct_is(ex, close - 1, ')') || !punct_is(ex, close - 3, '('))
            continue;
        size_t a = close - 2;
        if (ex->text.tokens[a].kind != PARLEY_TOK_WORD || !(ex->text.tokens[a].flags & PARLEY_TOK_ALLCAPS) ||
            parley_text_tok_len(&ex->text, a) > 8 || parley_text_tok_len(&ex->text, a) < 2)
            continue;
        /* the office before the brackets starts with the acronym's letter and is a title */
        char c0 = ex->text.text[ex->text.tokens[a].start];
        bool office = false, initial = false;
        for (size_t q = a - 1; q-- > sb && q + 7 > a - 1 && ex->text.tokens[q].kind == PARLEY_TOK_WORD;) {
            office |= parley_match(ex, q, PARLEY_LEX_OFFICE, NULL) > 0;
            initial |= ex->text.text[ex->text.tokens[q].start] == c0;
        }
        if (!office || !initial)
            continue;
        acr_tok[n_acr] = (uint32_t)a;
        acr_type[n_acr] = PARLEY_ENTITY_PERSON;
        acr_of[n_acr++] = mm->tb;
    }
    for (size_t s = 0; n_acr && s < ex->text.n_sentences; s++) {
        const parley_sentence *se = &ex->text.sentences[s];
        for (size_t i = se->tok_begin; i < se->tok_end; i++) {
            const parley_token *tk = &ex->text.tokens[i];
            if (used[i] || tk->kind != PARLEY_TOK_WORD || !(tk->flags & PARLEY_TOK_ALLCAPS))
                continue;
            for (size_t k = 0; k < n_acr; k++) {
                /* (the bracketed acronym itself names the organisation, and is only a title's part) */
                if (i < acr_tok[k] + (acr_type[k] == PARLEY_ENTITY_PERSON) ||
                    !parley_text_tok_same(&ex->text, i, acr_tok[k]))
                    continue;
                int m = parley_mention_add(ex, acr_type[k], i, i + 1, s, NULL);
                if (m < 0)
                    return m;
                ex->mentions[m].role_of = (int32_t)acr_of[k];
                used[i] = 5;
                break;
            }
        }
    }
    return 0;
}

/* A dateline's city that the lexicon does not know, followed by its country: "SHARM EL-SHEIKH,
 * Egypt (AP) -", "GOMA, Congo, Jan 27 (Reuters) -". It becomes a city of that country for this
 * document (ex->dateline_city), named as the text writes it in lower case elsewhere ("Sharm
 * el-Sheikh"), else with each word capitalised. At most one; O(tokens) when found. */
static int add_dateline_city(parley_extraction *ex, size_t *used)
{
    size_t limit = ex->text.n_sentences < 8 ? ex->text.n_sentences : 8;
    for (size_t s = 0; s < limit; s++) {
        const parley_sentence *se = &ex->text.sentences[s];
        size_t b = se->tok_begin, j = b;
        /* words the lexicon knows to open a dateline for a city: "UNITED NATIONS (AP) -" is New
         * York's (places.tsv, kind "dateline") */
        const parley_lex_entry *de = NULL, *city = NULL;
        size_t dl = b < se->tok_end && (ex->text.tokens[b].flags & PARLEY_TOK_ALLCAPS) && !used[b]
                        ? parley_match(ex, b, PARLEY_LEX_DATELINE, &de)
                        : 0;
        if (dl && de && b + dl < se->tok_end && ex->text.tokens[b + dl].kind == PARLEY_TOK_PUNCT) {
            const unsigned char c0 = (unsigned char)ex->text.text[ex->text.tokens[b + dl].start];
            if (c0 == '(' || c0 == ',' || c0 == '-' || c0 == ':')
                city = city_named(ex, de->canonical);
            if (city) {
                int m = parley_mention_add(ex, PARLEY_ENTITY_LOCATION, b, b + dl, s, city);
                if (m < 0)
                    return m;
                for (size_t q = b; q < b + dl; q++)
                    used[q] = 5;
                return 0;
            }
        }
        while (j < se->tok_end && j < b + 7) {
            const parley_token *tk = &ex->text.tokens[j];
            if (tk->kind == PARLEY_TOK_WORD && (tk->flags & PARLEY_TOK_ALLCAPS) && !(tk->flags & PARLEY_TOK_ABBREV) && !used[j])
                j++;
            else if (j > b && punct_is(ex, j, '-') && glued(ex, j) && j + 1 < se->tok_end && glued(ex, j + 1))
                j++;
            else
                break;
        }
        if (j == b || !is_word(ex, j - 1) || j + 2 >= se->tok_end || !punct_is(ex, j, ','))
            continue;
        bool known = false;
        for (size_t q = b; q < j && !known; q++)
            known = parley_match(ex, q, PARLEY_LEX_COUNTRY, NULL) || parley_match(ex, q, PARLEY_LEX_CITY, NULL) ||
                    parley_match(ex, q, PARLEY_LEX_REGION, NULL) || parley_match(ex, q, PARLEY_LEX_ORG, NULL) ||
                    parley_match(ex, q, PARLEY_LEX_DEMONYM, NULL);
        const parley_lex_entry *ce = NULL;
        size_t cl = known ? 0 : parley_match(ex, j + 1, PARLEY_LEX_COUNTRY, &ce);
        if (!cl || !ce || !is_cap(ex, j + 1) || (ex->text.tokens[j + 1].flags & PARLEY_TOK_ALLCAPS) || j + 1 + cl >= se->tok_end)
            continue;
        size_t a = j + 1 + cl;
        const unsigned char c0 = (unsigned char)ex->text.text[ex->text.tokens[a].start];
        if (ex->text.tokens[a].kind != PARLEY_TOK_PUNCT || !(c0 == '(' || c0 == ',' || c0 == '-' || c0 == ':'))
            continue;
        /* the name: as written elsewhere in mixed case, else capitalised word by word */
        uint32_t from = ex->text.tokens[b].start, len = ex->text.tokens[j - 1].end - from;
        const char *src = ex->text.text + from;
        for (size_t k = 0; k < ex->text.n_tokens; k++) {
            const parley_token *tk = &ex->text.tokens[k];
            if (!(tk->flags & PARLEY_TOK_CAP) || (tk->flags & PARLEY_TOK_ALLCAPS) || tk->start + len > ex->text.tokens[ex->text.n_tokens - 1].end ||
                strncasecmp(ex->text.text + tk->start, ex->text.text + from, len) != 0)
                continue;
            unsigned char after = (unsigned char)ex->text.text[tk->start + len];
            if (!isalnum(after) && after < 0x80) {
                src = ex->text.text + tk->start;
                break;
            }
        }
        char *name = malloc(len + 1);
        if (!name)
            return PARLEY_ENOMEM;
        for (uint32_t k = 0; k < len; k++) {
            unsigned char c = (unsigned char)src[k];
            bool first = k == 0 || src[k - 1] == ' ' || src[k - 1] == '-';
            name[k] = src == ex->text.text + from && !first ? (char)tolower(c) : (char)c;
        }
        name[len] = '\0';
        free(ex->dateline_city_name);
        ex->dateline_city_name = name;
        memset(&ex->dateline_city, 0, sizeof(ex->dateline_city));
        ex->dateline_city.kind = PARLEY_LEX_CITY;
        ex->dateline_city.canonical = name;
        ex->dateline_city.country = ce->canonical;
        ex->dateline_city.surface = name;
        int m = parley_mention_add(ex, PARLEY_ENTITY_LOCATION, b, j, s, &ex->dateline_city);
        if (m < 0)
            return m;
        for (size_t q = b; q < j; q++)
            used[q] = 5;
        return 0;
    }
    return 0;
}

/* An airport named by a small town of the gazetteer whose country the document never names, in a
 * document that names countries, is named after a namesake ("welcomed at Bole International
 * Airport" in a story of Ethiopia and Somalia: no town of China): the town's mention is dropped
 * (airports are named after districts and people as often as after their city). Capitals, big
 * cities and a dateline's town (a sentence's first words) stay. O(m * c) for m mentions and c
 * countries named. */
/* Is mention m a small town of the gazetteer naming an airport ("Bole International Airport"),
 * not at a sentence's start (a dateline's)? */
static bool airport_town(const parley_extraction *ex, const parley_mention *m)
{
    size_t a = m->te < ex->text.n_tokens && parley_text_tok_is(&ex->text, m->te, "International") ? m->te + 1 : m->te;
    return m->type == PARLEY_ENTITY_LOCATION && m->lex && m->lex->kind == PARLEY_LEX_CITY &&
           m->lex->population < PARLEY_LARGE_CITY && m->lex->country && *m->lex->country &&
           m->tb != ex->text.sentences[m->sentence].tok_begin && a < ex->text.n_tokens &&
           parley_text_tok_is(&ex->text, a, "Airport");
}

static void drop_stray_towns(parley_extraction *ex)
{
    bool any = false;
    for (size_t k = 0; k < ex->n_mentions && !any; k++)
        any = airport_town(ex, &ex->mentions[k]);
    if (!any)
        return;
    const char *named[32];
    size_t n_named = 0;
    bool more = false;
    for (size_t k = 0; k < ex->n_mentions; k++) {
        const parley_mention *m = &ex->mentions[k];
        const char *c = m->type == PARLEY_ENTITY_COUNTRY && m->lex ? m->lex->canonical
                        : m->type == PARLEY_ENTITY_LOCATION && m->lex && m->lex->kind == PARLEY_LEX_CITY &&
                                m->lex->population >= PARLEY_LARGE_CITY
                            ? m->lex->country
                            : NULL;
        if (!c || !*c)
            continue;
        bool seen = false;
        for (size_t j = 0; j < n_named && !seen; j++)
            seen = strcmp(named[j], c) == 0;
        if (!seen && n_named < 32)
            named[n_named++] = c;
        else if (!seen)
            more = true;
    }
    if (!n_named || more)
        return;
    size_t out = 0;
    for (size_t k = 0; k < ex->n_mentions; k++) {
        parley_mention *m = &ex->mentions[k];
        bool stray = airport_town(ex, m);
        for (size_t j = 0; j < n_named && stray; j++)
            stray = strcmp(named[j], m->lex->country) != 0;
        /* (a capital is known by its name alone: "talks in Vientiane") */
        if (stray && parley_lexicon_is_capital(ex->lex, m->lex))
            stray = false;
        if (stray) {
            free(m->title);
            free(m->country);
            continue;
        }
        ex->mentions[out++] = *m;
    }
    ex->n_mentions = out;
}

int parley_mentions_find(parley_extraction *ex)
{
    size_t n = ex->text.n_tokens;
    free(ex->name_cache);
    ex->name_cache = malloc(n ? n : 1);
    if (ex->name_cache)
        memset(ex->name_cache, -1, n ? n : 1);
    size_t *used = calloc(n ? n : 1, sizeof(size_t));
    uint8_t *in_role = calloc(n ? n : 1, 1);
    if (!used || !in_role) {
        free(used);
        free(in_role);
        return PARLEY_ENOMEM;
    }
    int rc = 0;
    for (size_t s = 0; s < ex->text.n_sentences && rc == 0; s++) {
        rc = add_exercises(ex, s, used);
        if (rc == 0)
            rc = add_leaders_governments(ex, s, used);
        if (rc == 0)
            rc = add_people(ex, s, used, in_role);
    }
    if (rc == 0)
        rc = add_dateline_city(ex, used);
    for (size_t s = 0; s < ex->text.n_sentences && rc == 0; s++) {
        size_t before = ex->n_mentions;
        rc = add_lexical(ex, s, used);
        if (rc == 0)
            rc = add_country_orgs(ex, s, before, in_role);
        if (rc == 0)
            for (size_t m = before; m < ex->n_mentions; m++)
                for (size_t q = ex->mentions[m].tb; q < ex->mentions[m].te; q++)
                    used[q] = 5;
        if (rc == 0) {
            claim_documents(ex, s, used);
            rc = add_feature_places(ex, s, used);
        }
        if (rc == 0)
            rc = add_context_places(ex, s, used);
        if (rc == 0)
            rc = add_orgs(ex, s, used);
    }
    if (rc == 0)
        rc = mark_lexical(ex, used);
    if (rc == 0)
        rc = add_known_towns(ex, used);
    if (rc == 0)
        rc = add_acronyms(ex, used);
    if (rc == 0)
        drop_stray_towns(ex);
    free(used);
    free(in_role);
    if (rc == 0 && ex->n_mentions > 1)
        qsort(ex->mentions, ex->n_mentions, sizeof(parley_mention), cmp_mention);
    return rc;
}

/* Exposed for entity resolution: the name run at token i (weak mentions). */
size_t parley_mentions_name_run(const parley_extraction *ex, size_t i, size_t end)
{
    return name_run(ex, i, end);
}
