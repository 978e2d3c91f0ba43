#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "text.h"

static size_t n_sentences(const char *s)
{
    parley_text t;
    assert_int_equal(parley_text_split(&t, s, strlen(s)), 0);
    size_t n = t.n_sentences;
    parley_text_free(&t);
    return n;
}

static void test_abbreviations(void **state)
{
    (void)state;
    assert_int_equal(n_sentences("Gen. Smith met Col. Jones in the U.S. capital. They talked."), 2);
    assert_int_equal(n_sentences("Minister J. Burchuladze and B. Battsetseg met on Jan. 21. Talks followed."), 2);
    assert_int_equal(n_sentences("Mr. Modi and Dr. Rao spoke."), 1);
    /* an initial glued to a name: "N.Enkhbold" is "N." and "Enkhbold", with no boundary */
    assert_int_equal(n_sentences("Minister N.Enkhbold met G.Zandanshatar. Talks followed."), 2);
    /* ... and a Cyrillic letter's two: "Ch.Bold", "Ts.Nyamdorj" */
    assert_int_equal(n_sentences("Minister Ch.Bold met Ts.Nyamdorj. Talks followed."), 2);
    /* ... and a short form glued to a name: "St.Petersburg" */
    assert_int_equal(n_sentences("They met in St.Petersburg. Talks followed."), 2);
    /* a month's short name keeps its period only before a day: "Admiral Dong Jun." ends a sentence */
    assert_int_equal(n_sentences("He met Admiral Dong Jun. The parties noted the ties."), 2);
    assert_int_equal(n_sentences("They met on Jun. 5 in Beijing. Talks followed."), 2);
    /* a title's short form before "The", "He" or a line's end ends a sentence ("Hun Sen."); "Jr."
     * keeps its period */
    assert_int_equal(n_sentences("He called on Senate President Hun Sen. The two leaders met."), 2);
    assert_int_equal(n_sentences("He met Sen. John Smith. They talked."), 2);
    assert_int_equal(n_sentences("He met Ferdinand Marcos Jr. The talks went well."), 1);
}

static void test_no_space_boundary(void **state)
{
    (void)state;
    /* "News.Az.He" holds a site name and a sentence boundary */
    parley_text t;
    const char *s = "the Defense Ministry told News.Az.He noted the trust.";
    assert_int_equal(parley_text_split(&t, s, strlen(s)), 0);
    assert_int_equal(t.n_sentences, 2);
    int found = 0;
    for (size_t i = 0; i < t.n_tokens; i++)
        found |= parley_text_tok_is(&t, i, "News.Az");
    assert_true(found);
    parley_text_free(&t);
    /* ... but "February.In" is a month and a sentence after a missing space */
    s = "It was signed on 12 February.In March the talks resumed.";
    assert_int_equal(parley_text_split(&t, s, strlen(s)), 0);
    assert_int_equal(t.n_sentences, 2);
    parley_text_free(&t);
}

static void test_tokens_offsets(void **state)
{
    (void)state;
    parley_text t;
    const char *s = "Azerbaijan's Han Min-koo, 2,500 troops";
    assert_int_equal(parley_text_split(&t, s, strlen(s)), 0);
    assert_true(parley_text_tok_is(&t, 0, "Azerbaijan"));
    assert_true(parley_text_tok_is(&t, 1, "'s"));
    assert_true(parley_text_tok_poss(&t, 1));
    assert_true(parley_text_tok_is(&t, 3, "Min"));
    assert_true(parley_text_tok_is(&t, 4, "-"));
    assert_true(parley_text_tok_is(&t, 5, "koo"));
    assert_int_equal(t.tokens[2].start, 13);
    assert_true(t.tokens[2].flags & PARLEY_TOK_CAP);
    assert_false(t.tokens[5].flags & PARLEY_TOK_SPACE);
    assert_true(parley_text_tok_is(&t, 7, "2,500"));
    assert_int_equal(t.tokens[7].kind, PARLEY_TOK_NUM);
    parley_text_free(&t);
}

static void test_lines_and_headlines(void **state)
{
    (void)state;
    parley_text t;
    const char *s = "Buhari Arrives In Accra To Discuss Security\nThe president arrived today.";
    assert_int_equal(parley_text_split(&t, s, strlen(s)), 0);
    assert_int_equal(t.n_sentences, 2);
    assert_true(t.sentences[0].headline);
    assert_false(t.sentences[1].headline);
    parley_text_free(&t);
    /* a sentence-case headline: one of the first lines, a paragraph of its own, no final stop */
    s = "Georgia, Azerbaijan sign defence cooperation plan\n\nA memorandum was signed on March 3.\n\n"
        "The sides agreed\n\nto meet again.";
    assert_int_equal(parley_text_split(&t, s, strlen(s)), 0);
    assert_true(t.sentences[0].headline);
    assert_false(t.sentences[1].headline);
    assert_false(t.sentences[3].headline);   /* not among the first lines */
    parley_text_free(&t);
    /* ... also past a site's menu lines, as a paragraph of its own */
    s = "Skip to main content\n\nMENU\n\nDaily News\n\nTurkish, Qatari leaders sign 15 agreements\n\nDOHA\n\n"
        "The leaders signed 15 agreements on Tuesday.";
    assert_int_equal(parley_text_split(&t, s, strlen(s)), 0);
    assert_true(t.sentences[3].headline);
    assert_false(t.sentences[5].headline);
    parley_text_free(&t);
    /* the items of a list are no headlines, and are marked as items */
    s = "He held meetings with:\n- Foreign Minister of Japan Yoko Kamikawa\n- UN Secretary-General Antonio Guterres";
    assert_int_equal(parley_text_split(&t, s, strlen(s)), 0);
    assert_int_equal(t.n_sentences, 3);
    assert_false(t.sentences[0].item);
    assert_true(t.sentences[1].item && t.sentences[2].item);
    assert_false(t.sentences[1].headline || t.sentences[2].headline);
    parley_text_free(&t);
}

static void test_empty(void **state)
{
    (void)state;
    assert_int_equal(n_sentences(""), 0);
    assert_int_equal(n_sentences("   \n\n  "), 0);
}

static void test_plural_possessive(void **state)
{
    (void)state;
    parley_text t;
    /* "Belarus' Security Council": the apostrophe reads as "'s" */
    const char *s = "Belarus' Security Council and the ministers' talks";
    assert_int_equal(parley_text_split(&t, s, strlen(s)), 0);
    assert_true(parley_text_tok_is(&t, 0, "Belarus"));
    assert_true(parley_text_tok_poss(&t, 1));
    assert_int_equal(t.tokens[1].kind, PARLEY_TOK_WORD);
    assert_true(parley_text_tok_poss(&t, 7));
    assert_false(parley_text_tok_poss(&t, 2));
    parley_text_free(&t);
    /* ... but not the closing quote of a phrase ("the 'Freedom Flags' exercise") */
    s = "the 'Freedom Flags' exercise";
    assert_int_equal(parley_text_split(&t, s, strlen(s)), 0);
    assert_true(parley_text_tok_is(&t, 4, "'"));
    assert_false(parley_text_tok_poss(&t, 4));
    assert_int_equal(t.tokens[4].kind, PARLEY_TOK_PUNCT);
    parley_text_free(&t);
}

static void test_initial_before_opener(void **state)
{
    (void)state;
    /* "posted on X. Earlier, he met": a capital letter's period before a word that opens a
     * sentence ends the sentence; an initial before a name does not ("George W. Bush") */
    parley_text t = {0};
    const char *s = "Mr Abbot posted on X. Earlier, he met George W. Bush in Texas.";
    assert_int_equal(parley_text_split(&t, s, strlen(s)), 0);
    assert_int_equal(t.n_sentences, 2);
    parley_text_free(&t);
}

/* "Ma." (Maria) before a name of two capitalised words keeps the sentence ("Secretary Ma. Theresa
 * Lazaro"); after a surname before one word, it ends it ("Jack Ma. Shares fell") */
static void test_ma_abbreviation(void **state)
{
    (void)state;
    parley_text t;
    const char *s1 = "It was attended by Secretary Ma. Theresa Lazaro and others.";
    assert_int_equal(parley_text_split(&t, s1, strlen(s1)), 0);
    assert_int_equal(t.n_sentences, 1);
    parley_text_free(&t);
    const char *s2 = "He met Jack Ma. Shares fell.";
    assert_int_equal(parley_text_split(&t, s2, strlen(s2)), 0);
    assert_int_equal(t.n_sentences, 2);
    parley_text_free(&t);
}

static void test_past_tense_title_line(void **state)
{
    (void)state;
    parley_text t;
    /* "X met with President of Y Z" on a line of its own: a title told in the past is a sentence
     * (kremlin.ru's), no headline */
    const char *s = "Vladimir Putin met with President of the United Arab Emirates Mohamed bin Zayed Al Nahyan\n\n"
                    "The meeting took place in the Kremlin.";
    assert_int_equal(parley_text_split(&t, s, strlen(s)), 0);
    assert_false(t.sentences[0].headline);
    parley_text_free(&t);
    /* (a relative clause's verb is no title's: "Rutte, who met Trump last week, says alliance is
     * united") */
    s = "Rutte, who met Trump last week, says alliance is united\n\nBRUSSELS (Reuters) - NATO Secretary General Mark "
        "Rutte said on Tuesday the alliance was united.";
    assert_int_equal(parley_text_split(&t, s, strlen(s)), 0);
    assert_true(t.sentences[0].headline);
    parley_text_free(&t);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_abbreviations), cmocka_unit_test(test_no_space_boundary),
        cmocka_unit_test(test_tokens_offsets), cmocka_unit_test(test_lines_and_headlines),
        cmocka_unit_test(test_empty), cmocka_unit_test(test_plural_possessive), cmocka_unit_test(test_initial_before_opener), cmocka_unit_test(test_ma_abbreviation), cmocka_unit_test(test_past_tense_title_line),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
