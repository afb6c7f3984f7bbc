/* SPDX-License-Identifier: MIT
 * Fuzz target: the story diff, facts included, on two texts cut from the
 * input at its first NUL (or in half), and the word diff of the two. */
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
	GDate da, db;
	SwDiffOptions opts = {&da, &db};
	SwDiff *d;
	SwDiff *first;
	GPtrArray *words;

	g_date_clear(&da, 1);
	g_date_clear(&db, 1);
	g_date_set_dmy(&da, 24, 10, 2014);
	g_date_set_dmy(&db, 12, 11, 2014);
	d = sw_diff_stories_full(a, b, &opts);
	first = sw_diff_stories(NULL, b);
	words = sw_diff_words(a, b);
	if (d->summary == NULL || first->significance != SW_SIGNIFICANCE_MAJOR)
		__builtin_trap();
	/* every change has a kind of the contract's list */
	for (guint i = 0; i < d->changes->len; i++) {
		static const gchar *const kinds[] = {
		    "date",   "time",  "duration", "amount", "number",   "percent",    "person",
		    "org",    "place", "quote",    "status", "headline", "correction", "sentence", NULL,
		};
		const SwChange *c = g_ptr_array_index(d->changes, i);
		if (!g_strv_contains(kinds, c->kind))
			__builtin_trap();
	}
	g_ptr_array_unref(words);
	sw_diff_free(d);
	sw_diff_free(first);
	g_free(a);
	g_free(b);
	return 0;
}
