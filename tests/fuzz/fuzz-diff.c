/* SPDX-License-Identifier: MIT
 * Fuzz target: the story diff on two texts cut from the input at its
 * first NUL (or in half), and the word diff of their first lines. */
#include "fuzz.h"

#include <string.h>

#include "sw/diff.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const gchar *nul = memchr(data, '\0', size);
	gsize cut = nul != NULL ? (gsize)(nul - (const gchar *)data) : size / 2;
	gchar *a = g_utf8_make_valid((const gchar *)data, (gssize)cut);
	gchar *b = g_utf8_make_valid((const gchar *)data + MIN(cut + 1, size),
				     (gssize)(size - MIN(cut + 1, size)));
	SwDiff *d = sw_diff_stories(a, b);
	SwDiff *first = sw_diff_stories(NULL, b);
	GPtrArray *words = sw_diff_words(a, b);

	if (d->summary == NULL || first->significance != SW_SIGNIFICANCE_MAJOR)
		__builtin_trap();
	g_ptr_array_unref(words);
	sw_diff_free(d);
	sw_diff_free(first);
	g_free(a);
	g_free(b);
	return 0;
}
