/**
 * @file error.h
 * @brief Error codes shared by every parley module.
 *
 * parley functions return 0 on success and a negative ::parley_error on failure,
 * in the manner of libgit2. Out-parameters come first.
 */
#ifndef PARLEY_ERROR_H
#define PARLEY_ERROR_H

/** Error codes: 0 is success, every failure is negative. */
typedef enum {
    PARLEY_OK = 0,          /**< success */
    PARLEY_ENOMEM = -1,     /**< out of memory */
    PARLEY_EIO = -2,        /**< a file could not be read */
    PARLEY_EINPUT = -3,     /**< the input is malformed (a bad JSON line, a bad lexicon line) */
    PARLEY_EUSAGE = -4,     /**< a caller passed invalid arguments */
    PARLEY_EGRAPH = -5,     /**< igraph reported an error */
    PARLEY_EOUTPUT = -6,    /**< an output could not be written */
    PARLEY_ENOTFOUND = -7   /**< a requested item does not exist */
} parley_error;

/**
 * @brief A static, human-readable description of an error code.
 * @param err a ::parley_error value
 * @return a string owned by parley; never NULL. O(1).
 */
const char *parley_error_string(int err);

#endif
