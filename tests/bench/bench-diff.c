/* SPDX-License-Identifier: MIT
 *
 * bench-diff: the semantic diff of two 100 KB versions of a story, made up
 * here from a small grammar (our words, a fixed seed, so every run diffs
 * the same texts). The new version changes what revisions change: amounts,
 * dates, a name, a quote, a status, reworded, added, removed and moved
 * sentences, a dozen edits in all. Prints the mean time per diff, and for
 * scale the time of two unrelated stories (every sentence read).
 */
#include <glib.h>
#include <stdio.h>
#include <string.h>

#include "sw/diff.h"

static const gchar *const subjects[] = {
    "The harbor board", "The city council", "Port officials", "The ferry operator",
    "Two engineers on the project", "The regional government", "Local fishermen",
    "The shipyard in Larvik", "Union leaders", "The finance committee",
};
static const gchar *const verbs[] = {
    "reviewed", "discussed", "questioned", "approved", "rejected", "delayed", "praised", "studied",
};
static const gchar *const objects[] = {
    "the dredging plan", "the cost of the new pier", "a loan from the state bank",
    "the timetable for the terminal", "the contract with Norvik Marine", "the safety report",
    "the design of the car deck", "the budget for the coming year",
};
static const gchar *const tails[] = {
    "on Monday", "last week", "in March", "after a long meeting", "for the third time",
    "before the vote", "in a closed session", "at the request of the mayor",
};

/* the body's sentences; "" marks a paragraph's end */
static GPtrArray *
sentences(guint32 seed, gsize size)
{
	g_autoptr(GRand) r = g_rand_new_with_seed(seed);
	GPtrArray *out = g_ptr_array_new_with_free_func(g_free);
	gsize len = 0;

	for (guint i = 0; len < size; i++) {
		gchar *s = g_strdup_printf("%s %s %s %s, and %u people attended the meeting number %u.",
					   subjects[g_rand_int_range(r, 0, G_N_ELEMENTS(subjects))],
					   verbs[g_rand_int_range(r, 0, G_N_ELEMENTS(verbs))],
					   objects[g_rand_int_range(r, 0, G_N_ELEMENTS(objects))],
					   tails[g_rand_int_range(r, 0, G_N_ELEMENTS(tails))],
					   (guint)g_rand_int_range(r, 2, 400), i);
		len += strlen(s) + 1;
		g_ptr_array_add(out, s);
		if (i % 9 == 8)
			g_ptr_array_add(out, g_strdup(""));
	}
	return out;
}

static gchar *
story(guint32 seed, gsize size, gboolean revised)
{
	g_autoptr(GPtrArray) body = sentences(seed, size);
	GString *out = g_string_new("Bellhaven port weighs a new ferry terminal\n\n");

	if (revised) {
		/* reworded: other words, another number */
		const guint reworded[] = {200, 320, 500};
		for (guint k = 0; k < G_N_ELEMENTS(reworded); k++) {
			GString *s = g_string_new(g_ptr_array_index(body, reworded[k]));
			g_string_replace(s, " people ", " residents ", 1);
			g_string_replace(s, "attended", "came to", 1);
			g_free(body->pdata[reworded[k]]);
			body->pdata[reworded[k]] = g_string_free(s, FALSE);
		}
		/* moved, then removed */
		g_ptr_array_insert(body, 700, g_strdup(g_ptr_array_index(body, 600)));
		g_ptr_array_remove_index(body, 600);
		g_ptr_array_remove_index(body, 260);
		g_ptr_array_insert(body, 120,
				   g_strdup("Talks on the terminal ended without a deal on Wednesday."));
		g_ptr_array_insert(body, 40,
				   g_strdup("\"The first estimate left out the dredging,\" said Tomas "
					    "Reyes, who chairs the finance committee."));
		g_string_append(out, "The port is expected to sign a $84 million contract in the "
				     "second half of the year, officials said on Tuesday.\n");
	} else {
		g_ptr_array_insert(body, 40,
				   g_strdup("\"We are very close,\" said Elena Marsh, the harbor master."));
		g_string_append(out, "The port is expected to sign a $48 million contract next month, "
				     "officials said on Monday.\n");
	}
	for (guint i = 0; i < body->len; i++) {
		g_string_append(out, g_ptr_array_index(body, i));
		g_string_append_c(out, '\n');
	}
	return g_string_free(out, FALSE);
}

static gdouble
time_diff(const gchar *a, const gchar *b, guint rounds, SwSignificance *sig, guint *changes)
{
	GDate d1, d2;
	SwDiffOptions opts = {&d1, &d2};
	gint64 t0;

	g_date_clear(&d1, 1);
	g_date_clear(&d2, 1);
	g_date_set_dmy(&d1, 3, 3, 2026);
	g_date_set_dmy(&d2, 10, 3, 2026);
	t0 = g_get_monotonic_time();
	for (guint k = 0; k < rounds; k++) {
		g_autoptr(SwDiff) d = sw_diff_stories_full(a, b, &opts);
		*sig = d->significance;
		*changes = d->changes->len;
	}
	return (g_get_monotonic_time() - t0) / 1e3 / rounds;
}

int
main(void)
{
	g_autofree gchar *old = story(7, 100 * 1024, FALSE);
	g_autofree gchar *new = story(7, 100 * 1024, TRUE);
	g_autofree gchar *other = story(8, 100 * 1024, FALSE);
	SwSignificance sig;
	guint changes = 0;
	gdouble ms;

	/* warm: the patterns compile once per process */
	time_diff(old, new, 1, &sig, &changes);
	ms = time_diff(old, new, 20, &sig, &changes);
	printf("two %zu KB versions, a dozen edits: %.2f ms per diff (%s, %u changes)\n",
	       strlen(old) / 1024, ms, sw_significance_to_string(sig), changes);
	ms = time_diff(old, other, 3, &sig, &changes);
	printf("two unrelated %zu KB stories, every sentence read: %.1f ms per diff\n",
	       strlen(old) / 1024, ms);
	return 0;
}
