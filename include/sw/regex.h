/* SPDX-License-Identifier: MIT */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* G_REGEX_OPTIMIZE (PCRE2's JIT) unless $STORYWATCH_NO_JIT is set: memory
 * checkers such as valgrind cannot follow JIT-compiled code and report its
 * wide reads near the end of a string as errors. */
GRegexCompileFlags
sw_regex_optimize(void);

#define SW_REGEX_OPTIMIZE (sw_regex_optimize())

/* @pattern with each run of alternatives that open with a plain letter
 * grouped by that letter ("said|says|was" → "s(?:aid|ays)|was"), which
 * matches the same (see regex.c) and runs faster; the pattern as it is
 * when it holds what the rewrite does not read. Free with g_free(). */
gchar *
sw_regex_factor(const gchar *pattern, GRegexCompileFlags flags);

/* g_regex_new() of sw_regex_factor()'s rewrite */
GRegex *
sw_regex_new(const gchar *pattern, GRegexCompileFlags flags, GRegexMatchFlags match_flags, GError **error);

G_END_DECLS
