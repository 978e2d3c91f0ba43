/* The JSON Lines scanner: it reads the usual records, agrees with Jansson on every line it reads,
 * and declines what it does not handle (Jansson then gives the result and the message). */
#include "helpers.h"
#include "jsonline_oracle.h"

static int check(const char *line)
{
    return jsonline_oracle(line, strlen(line));
}

static void test_usual_records_are_read(void **state)
{
    (void)state;
    const char *lines[] = {
        "{\"id\": \"a1\", \"text\": \"Minister X met Y.\", \"date\": \"2021-05-05\", \"source\": \"s\", \"title\": \"t\"}",
        "{\"text\":\"no id\"}",
        "  {\"text\": \"trailing white space\"}  \r",
        "{\"id\":\"x\",\"text\":\"escapes \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u00e9 \\u201c \\ud83d\\ude00\"}",
        "{\"id\":\"x\",\"text\":\"raw UTF-8: T\xc3\xbcrkiye \xe2\x80\x9cquoted\xe2\x80\x9d \xf0\x9f\x98\x80 \xef\xbf\xbd\"}",
        "{\"text\":\"t\",\"tags\":[\"a\",1,-2,true,false,null,{\"k\":[{}]}],\"views\":12345,\"meta\":{}}",
        "{\"text\":\"first\",\"text\":\"last wins\"}",
        "{\"text\":\"t\",\"date\":\"2020-01-01\",\"date\":null}",
        "{\"text\":\"t\",\"date\":7}",
        "{\"text\":\"\"}",
        "{\"\":\"empty key\",\"text\":\"t\"}",
        "{}",
    };
    for (size_t i = 0; i < sizeof(lines) / sizeof(*lines); i++) {
        if (check(lines[i]) != 1)
            fail_msg("not read, or read differently from Jansson: %s", lines[i]);
    }
}

static void test_fields(void **state)
{
    (void)state;
    const char *line = "{\"title\":\"T\",\"text\":\"a\\nb\",\"id\":\"d\\u00e9\",\"x\":[1,2]}";
    parley_jsonline rec;
    parley_buf b = {0};
    assert_int_equal(parley_jsonline_read(&rec, &b, line, strlen(line)), 1);
    assert_true(rec.text.present && rec.id.present && rec.title.present);
    assert_false(rec.date.present || rec.source.present);
    assert_string_equal(b.data + rec.text.off, "a\nb");
    assert_int_equal(rec.text.len, 3);
    assert_string_equal(b.data + rec.id.off, "d\xc3\xa9");
    assert_string_equal(b.data + rec.title.off, "T");
    /* the scratch buffer is reused for the next line */
    line = "{\"text\":\"second\"}";
    assert_int_equal(parley_jsonline_read(&rec, &b, line, strlen(line)), 1);
    assert_false(rec.id.present);
    assert_string_equal(b.data + rec.text.off, "second");
    parley_buf_free(&b);
}

static void test_unusual_lines_are_declined(void **state)
{
    (void)state;
    const char *lines[] = {
        "",
        "   ",
        "[\"not an object\"]",
        "\"text\"",
        "{\"text\":\"unterminated}",
        "{\"text\":\"t\"",
        "{\"text\":\"t\"} trailing",
        "{\"text\":\"t\",}",
        "{\"text\" \"t\"}",
        "{text:\"t\"}",
        "{\"text\":\"nul \\u0000 inside\"}",
        "{\"text\":\"lone \\ud800 surrogate\"}",
        "{\"text\":\"lone low \\udc00\"}",
        "{\"text\":\"bad pair \\ud800\\u0041\"}",
        "{\"text\":\"bad hex \\u12g4\"}",
        "{\"text\":\"bad escape \\x41\"}",
        "{\"text\":\"control \x01 char\"}",
        "{\"text\":\"invalid \xff byte\"}",
        "{\"text\":\"overlong \xc0\xaf\"}",
        "{\"text\":\"encoded surrogate \xed\xa0\x80\"}",
        "{\"id\":12,\"text\":\"numeric id\"}",
        "{\"id\":null,\"text\":\"null id\"}",
        "{\"text\":\"t\",\"n\":1.5}",
        "{\"text\":\"t\",\"n\":1e999}",
        "{\"text\":\"t\",\"n\":99999999999999999999999}",
        "{\"text\":\"t\",\"n\":012}",
        "{\"text\":\"t\",\"n\":-}",
        "{\"text\":\"t\",\"b\":tru}",
        "{\"text\":\"t\",\"deep\":[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}",
        "{\"te\\u0000xt\":\"t\"}",
    };
    for (size_t i = 0; i < sizeof(lines) / sizeof(*lines); i++) {
        int rc = check(lines[i]);
        if (rc != 0)
            fail_msg("expected to be declined (rc %d): %s", rc, lines[i]);
    }
}

/* Every prefix of a valid record is either declined or read as Jansson reads it. */
static void test_prefixes_agree(void **state)
{
    (void)state;
    const char *line = "{\"id\": \"a\\u00e91\", \"text\": \"Min\\\"ister \xc3\xa9 \\ud83d\\ude00 met\", \"n\": [1, {\"k\": null}], "
                       "\"date\": \"2021-05-05\"}";
    size_t n = strlen(line);
    for (size_t k = 0; k <= n; k++)
        assert_true(jsonline_oracle(line, k) >= 0);
    assert_int_equal(jsonline_oracle(line, n), 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_usual_records_are_read),
        cmocka_unit_test(test_fields),
        cmocka_unit_test(test_unusual_lines_are_declined),
        cmocka_unit_test(test_prefixes_agree),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
