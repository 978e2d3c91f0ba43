/**
 * @file dates.h
 * @brief Calendar dates, partial dates, and date expressions in text resolved against a
 * publication date.
 */
#ifndef PARLEY_DATES_H
#define PARLEY_DATES_H

#include <stdbool.h>
#include <stddef.h>

/** A possibly partial date: a zero field is unknown. */
typedef struct {
    int y, m, d;
} parley_date;

/** @brief Parse "YYYY-MM-DD" (also "YYYY-MM", "YYYY"). @return 0 or ::PARLEY_EINPUT. O(1). */
int parley_date_parse(parley_date *out, const char *s);

/**
 * @brief Format a date: "YYYY-MM-DD", "YYYY-MM", "YYYY", "--MM-DD", or "" when unknown.
 * @param[out] out at least 11 bytes
 * @param d the date; unknown parts are 0. O(1).
 */
void parley_date_format(char *out, const parley_date *d);

/** @brief Day of week, 0 = Monday … 6 = Sunday, of a full date. O(1). */
int parley_date_weekday(const parley_date *d);

/** @brief A full date moved by @p days (negative: back). O(|days| / 28). */
parley_date parley_date_add_days(parley_date d, int days);

/** @brief Days in a month of a year (leap years counted). O(1). */
int parley_date_days_in_month(int y, int m);

/** @brief Is this a valid full or partial date (a real month and day)? O(1). */
bool parley_date_valid(const parley_date *d);

/** @brief Month number of an English month name or abbreviation ("Jan", "Sept."), or 0. */
int parley_date_month_name(const char *s, size_t n);

/** @brief Weekday number (0 = Monday) of an English day name, or -1. */
int parley_date_weekday_name(const char *s, size_t n);

/**
 * @brief Resolve a month and day without a year: the latest such date not after @p pub,
 * or "--MM-DD" (y = 0) when @p pub has no year. O(1).
 */
parley_date parley_date_resolve_md(int m, int d, const parley_date *pub);

/** @brief The latest given weekday not after @p pub (pub itself when it is that day). */
parley_date parley_date_resolve_weekday(int wday, const parley_date *pub);

#endif
