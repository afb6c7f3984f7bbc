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

G_END_DECLS
