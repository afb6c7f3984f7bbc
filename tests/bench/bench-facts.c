/* SPDX-License-Identifier: MIT
 *
 * bench-facts TEXT_DIR OUT_DIR: tags every <doc>.txt of a TempEval folder
 * (reference date from <doc>.json) with the temporal facts, writes
 * OUT_DIR/<doc>.jsonl for the scorer, and prints the finder's throughput
 * on all facts (reading and writing excluded).
 */
#include <glib.h>
#include <stdio.h>
#include <string.h>

#include "sw/facts.h"

/* seconds to find the facts of @phrase repeated to @size bytes, one
 * sentence with no full stop in it */
static gdouble
bench_dense_one(const gchar *phrase, gsize size)
{
	g_autoptr(GString) text = g_string_sized_new(size + 64);
	g_autoptr(GPtrArray) facts = NULL;
	GDate ref;
	gint64 t0;

	g_date_clear(&ref, 1);
	g_date_set_dmy(&ref, 24, G_DATE_OCTOBER, 2014);
	while (text->len < size)
		g_string_append(text, phrase);
	t0 = g_get_monotonic_time();
	facts = sw_facts_find(text->str, text->len, &ref);
	return (g_get_monotonic_time() - t0) / 1e6;
}

/* A hostile page can be nothing but dates, with no full stop to end a
 * sentence; each look-up around a date must stay within its bounds, or
 * the time grows with the square of the page. Four times the text should
 * take about four times as long. */
static void
bench_dense(void)
{
	static const gchar *const phrases[] = {
	    "Profit rose from a year ago ", "Nov. 3-4 and ", "from Dec. 3 to Feb. 28 ",
	    "in January ", "he said Friday ", "\"We will win,\" said John Smith ",
	    /* apostrophes that open a single quote no stop closes */
	    "the players' 'union ",
	    /* a pronoun's speaker, whose sex the story may tell */
	    "John Smith met Ann Jones. \"We will win,\" he said. ",
	    /* quotes with no speaker and no stop: "according to" is looked
	     * for in the rest of the sentence only */
	    "said Dr Okoro, \"that ",
	};

	printf("dense input, one sentence of one phrase repeated (128 KB, then 512 KB):\n");
	for (guint i = 0; i < G_N_ELEMENTS(phrases); i++) {
		gdouble small = bench_dense_one(phrases[i], 128 * 1024);
		gdouble big = bench_dense_one(phrases[i], 512 * 1024);
		printf("  %-48s %6.0f KB/s, x4 input takes x%.1f time\n", phrases[i],
		       512 / MAX(big, 1e-9), big / MAX(small, 1e-9));
	}
}

int
main(int argc, char **argv)
{
	g_autoptr(GDir) dir = NULL;
	const gchar *name;
	gdouble seconds = 0;
	guint64 bytes = 0;
	guint docs = 0, found = 0;

	if (argc < 3) {
		g_printerr("usage: bench-facts TEXT_DIR OUT_DIR\n");
		return 2;
	}
	dir = g_dir_open(argv[1], 0, NULL);
	if (dir == NULL)
		return 1;
	g_mkdir_with_parents(argv[2], 0755);
	{
		/* the patterns compile once per process: time that apart */
		gint64 t0 = g_get_monotonic_time();
		g_autoptr(GPtrArray) warm = sw_facts_find("On Friday, he said", 18, NULL);
		printf("patterns compiled in %.1f ms (once per process)\n",
		       (g_get_monotonic_time() - t0) / 1e3);
	}
	while ((name = g_dir_read_name(dir)) != NULL) {
		g_autofree gchar *doc = NULL;
		g_autofree gchar *txt_path = NULL;
		g_autofree gchar *json_path = NULL;
		g_autofree gchar *text = NULL;
		g_autofree gchar *meta = NULL;
		g_autofree gchar *out_path = NULL;
		g_autoptr(GPtrArray) facts = NULL;
		g_autoptr(GPtrArray) all = NULL;
		g_autoptr(GString) out = g_string_new(NULL);
		const gchar *dct;
		GDate ref;
		gsize len = 0;
		gint64 t0;

		if (!g_str_has_suffix(name, ".txt"))
			continue;
		doc = g_strndup(name, strlen(name) - 4);
		txt_path = g_build_filename(argv[1], name, NULL);
		json_path = g_strdup_printf("%s/%s.json", argv[1], doc);
		if (!g_file_get_contents(txt_path, &text, &len, NULL) ||
		    !g_file_get_contents(json_path, &meta, NULL, NULL))
			continue;
		dct = strstr(meta, "\"dct\": \"");
		if (dct == NULL || !sw_facts_parse_ref_date(dct + 8, &ref))
			continue;
		{
			/* the best of three: one pass over half a megabyte is
			 * short enough for a neighbour's burst to skew it */
			gdouble best = G_MAXDOUBLE;
			for (guint k = 0; k < 3; k++) {
				g_clear_pointer(&all, g_ptr_array_unref);
				t0 = g_get_monotonic_time();
				all = sw_facts_find(text, len, &ref);
				best = MIN(best, (g_get_monotonic_time() - t0) / 1e6);
			}
			seconds += best;
		}
		bytes += len;
		facts = sw_facts_find_temporal(text, len, &ref);
		for (guint i = 0; i < facts->len; i++) {
			SwFact *f = g_ptr_array_index(facts, i);
			g_autofree gchar *t = g_strescape(f->text, NULL);
			g_string_append_printf(out,
					       "{\"start\": %zu, \"end\": %zu, \"text\": \"%s\", \"type\": "
					       "\"%s\", \"value\": \"%s\"}\n",
					       f->start, f->end, t, f->type, f->value);
			found++;
		}
		out_path = g_strdup_printf("%s/%s.jsonl", argv[2], doc);
		g_file_set_contents(out_path, out->str, (gssize)out->len, NULL);
		docs++;
	}
	printf("docs %u, timexes %u, %.2f MB in %.3f s: %.1f MB/s (one core, all facts)\n", docs,
	       found, bytes / 1e6, seconds, bytes / 1e6 / MAX(seconds, 1e-9));
	bench_dense();
	return 0;
}
