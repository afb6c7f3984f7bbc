/* SPDX-License-Identifier: MIT
 *
 * The SW_ERROR domain. Its codes are classes the scheduler and the CLI
 * branch on, not a catalogue of every failure.
 */
#define G_LOG_DOMAIN "storywatch"

#include "sw/error.h"
#include "sw/regex.h"

G_DEFINE_QUARK(sw-error-quark, sw_error)

GRegexCompileFlags
sw_regex_optimize(void)
{
	static gsize once = 0;
	static GRegexCompileFlags flags;

	if (g_once_init_enter(&once)) {
		flags = g_getenv("STORYWATCH_NO_JIT") != NULL ? 0 : G_REGEX_OPTIMIZE;
		g_once_init_leave(&once, 1);
	}
	return flags;
}
