#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "util.h"
#include "map.h"
#include "error.h"

static void test_buf(void **state)
{
    (void)state;
    parley_buf b = {0};
    assert_int_equal(parley_buf_puts(&b, "abc"), 0);
    assert_int_equal(parley_buf_putc(&b, 'd'), 0);
    assert_string_equal(b.data, "abcd");
    assert_int_equal(b.len, 4);
    parley_buf_clear(&b);
    assert_string_equal(b.data, "");
    parley_buf_free(&b);
}

static void test_utf8_decode(void **state)
{
    (void)state;
    uint32_t cp;
    assert_int_equal(parley_utf8_decode(&cp, (const unsigned char *)"\xC5\x82", 2), 2);
    assert_int_equal(cp, 0x142);
    /* overlong, truncated and lone continuation bytes are invalid */
    assert_int_equal(parley_utf8_decode(&cp, (const unsigned char *)"\xC0\xAF", 2), 1);
    assert_int_equal(cp, 0xFFFD);
    assert_int_equal(parley_utf8_decode(&cp, (const unsigned char *)"\xE2\x80", 2), 1);
    assert_int_equal(cp, 0xFFFD);
    assert_int_equal(parley_utf8_decode(&cp, (const unsigned char *)"\x80", 1), 1);
    assert_int_equal(cp, 0xFFFD);
    /* surrogates are invalid */
    assert_int_equal(parley_utf8_decode(&cp, (const unsigned char *)"\xED\xA0\x80", 3), 1);
}

static void test_fold(void **state)
{
    (void)state;
    parley_buf b = {0};
    assert_int_equal(parley_fold(&b, "Błaszczak Erdoğan Türkiye", strlen("Błaszczak Erdoğan Türkiye")), 0);
    assert_string_equal(b.data, "blaszczak erdogan turkiye");
    /* invalid bytes grow the output (U+FFFD) and the ASCII after them still fits; ß, backtick */
    parley_buf_clear(&b);
    const char bad[] = "\xff\xff\xff" "ABCDEFGHIJ`x Stra\xc3\x9f" "e";
    assert_int_equal(parley_fold(&b, bad, strlen(bad)), 0);
    assert_string_equal(b.data, "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd" "abcdefghij'x strasse");
    assert_int_equal(b.len, strlen(b.data));
    /* the okina is a letter, folded to an apostrophe */
    parley_buf_clear(&b);
    assert_int_equal(parley_fold(&b, "Nuku\xca\xbb" "alofa", 11), 0);
    assert_string_equal(b.data, "nuku'alofa");
    assert_true(parley_is_letter(0x2BB));
    assert_false(parley_is_letter(0x2C2));
    /* Romanian's comma below, Vietnamese's horn and stacked marks, pinyin's carons */
    parley_buf_clear(&b);
    const char *names = "P\xc4\x83tra\xc8\x99" "cu \xc8\x9a" "iriac Nguy\xe1\xbb\x85n Ph\xc3\xba Tr\xe1\xbb\x8dng "
                        "L\xc6\xb0\xc6\xa1ng L\xc7\x9c";
    assert_int_equal(parley_fold(&b, names, strlen(names)), 0);
    assert_string_equal(b.data, "patrascu tiriac nguyen phu trong luong lu");
    parley_buf_free(&b);
}

static void test_edit_distance(void **state)
{
    (void)state;
    assert_int_equal(parley_edit_distance("birhanu", "berhanu", 2), 1);
    assert_int_equal(parley_edit_distance("zhasuzakov", "zhassuzakov", 2), 1);
    assert_true(parley_edit_distance("hasanov", "izoria", 2) > 2);
    /* the linear path for one edit agrees with the table on random short words */
    unsigned seed = 7;
    for (int t = 0; t < 20000; t++) {
        char a[8], b[8];
        size_t la = 3 + (seed = seed * 1103515245u + 12345u) % 4, lb = 3 + (seed = seed * 1103515245u + 12345u) % 4;
        for (size_t k = 0; k < la; k++)
            a[k] = (char)('a' + (seed = seed * 1103515245u + 12345u) % 3);
        for (size_t k = 0; k < lb; k++)
            b[k] = (char)('a' + (seed = seed * 1103515245u + 12345u) % 3);
        a[la] = b[lb] = '\0';
        int table = parley_edit_distance(a, b, 5), fast = parley_edit_distance(a, b, 1);
        assert_int_equal(fast, table > 1 ? 2 : table);
    }
}

static void test_errors(void **state)
{
    (void)state;
    assert_string_equal(parley_error_string(PARLEY_OK), "success");
    assert_string_equal(parley_error_string(PARLEY_ENOMEM), "out of memory");
    assert_non_null(parley_error_string(-99));
}

/* Keyed lists: newest first, an item equal to the list's first kept once, many lists in one pool */
static void test_lists(void **state)
{
    (void)state;
    parley_lists l = {0};
    parley_map m = {0};
    for (int i = 0; i < 1000; i++)
        assert_int_equal(parley_lists_add(&l, &m, i % 2 ? "odd" : "even", i % 2 ? 3 : 4, i), 0);
    assert_int_equal(parley_lists_add(&l, &m, "odd", 3, 999), 0);   /* the same as the first: not again */
    int n = 0, last = 1000;
    for (int64_t r = parley_lists_head(&m, "odd", 3); r >= 0; r = l.next[r], n++) {
        assert_true(l.item[r] % 2 == 1 && l.item[r] < last);
        last = l.item[r];
    }
    assert_int_equal(n, 500);
    assert_int_equal(parley_lists_head(&m, "none", 4), -1);
    assert_true(parley_text_holds_word("State Councilor and Foreign Minister", "minister", 8));
    assert_false(parley_text_holds_word("Ministry spokesman", "minister", 8));
    assert_false(parley_text_holds_word(NULL, "minister", 8));
    parley_lists_free(&l);
    parley_map_free(&m);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_buf), cmocka_unit_test(test_utf8_decode), cmocka_unit_test(test_fold),
        cmocka_unit_test(test_edit_distance), cmocka_unit_test(test_errors), cmocka_unit_test(test_lists),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
