#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "dates.h"

static void fmt_eq(parley_date d, const char *want)
{
    char buf[11];
    parley_date_format(buf, &d);
    assert_string_equal(buf, want);
}

static void test_parse_format(void **state)
{
    (void)state;
    parley_date d;
    assert_int_equal(parley_date_parse(&d, "2020-01-21"), 0);
    fmt_eq(d, "2020-01-21");
    assert_int_equal(parley_date_parse(&d, "2019-06"), 0);
    fmt_eq(d, "2019-06");
    assert_int_not_equal(parley_date_parse(&d, "2021-02-30"), 0);
    assert_int_not_equal(parley_date_parse(&d, "junk"), 0);
    fmt_eq((parley_date){0, 5, 22}, "--05-22");
    fmt_eq((parley_date){2019, 0, 0}, "2019");
}

static void test_weekdays_across_ends(void **state)
{
    (void)state;
    parley_date pub = {2024, 6, 10};   /* a Monday */
    assert_int_equal(parley_date_weekday(&pub), 0);
    fmt_eq(parley_date_resolve_weekday(0, &pub), "2024-06-10");
    fmt_eq(parley_date_resolve_weekday(6, &pub), "2024-06-09");
    parley_date jan = {2021, 1, 1};    /* a Friday: last Monday is in the year before */
    fmt_eq(parley_date_resolve_weekday(0, &jan), "2020-12-28");
    parley_date mar = {2024, 3, 1};    /* across a leap February */
    fmt_eq(parley_date_add_days(mar, -1), "2024-02-29");
    fmt_eq(parley_date_add_days((parley_date){2023, 12, 31}, 1), "2024-01-01");
}

static void test_month_day_without_year(void **state)
{
    (void)state;
    parley_date pub = {2020, 1, 24};
    fmt_eq(parley_date_resolve_md(1, 21, &pub), "2020-01-21");
    fmt_eq(parley_date_resolve_md(12, 26, &pub), "2019-12-26");   /* not after publication */
    fmt_eq(parley_date_resolve_md(5, 22, NULL), "--05-22");
    parley_date none = {0, 0, 0};
    fmt_eq(parley_date_resolve_md(3, 5, &none), "--03-05");
}

static void test_names(void **state)
{
    (void)state;
    assert_int_equal(parley_date_month_name("Jan.", 4), 1);
    assert_int_equal(parley_date_month_name("Sept", 4), 9);
    assert_int_equal(parley_date_month_name("August", 6), 8);
    assert_int_equal(parley_date_month_name("Ma", 2), 0);
    assert_int_equal(parley_date_weekday_name("Sunday", 6), 6);
    assert_int_equal(parley_date_weekday_name("Funday", 6), -1);
    assert_int_equal(parley_date_days_in_month(2100, 2), 28);
    assert_int_equal(parley_date_days_in_month(2000, 2), 29);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_parse_format), cmocka_unit_test(test_weekdays_across_ends),
        cmocka_unit_test(test_month_day_without_year), cmocka_unit_test(test_names),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
