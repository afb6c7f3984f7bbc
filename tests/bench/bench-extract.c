/* SPDX-License-Identifier: MIT
 *
 * bench-extract HTML_DIR OUT_DIR: runs the extractor over every page of a
 * corpus, writes each body to OUT_DIR/<id>.txt for the scorer and the
 * metadata to OUT_DIR/meta.jsonl, and prints the extractor's own time and
 * throughput (reading and writing files excluded).
 */
#include <glib.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>

#include "sw/extract.h"
#include "sw/json.h"

int
main(int argc, char **argv)
{
	g_autoptr(GDir) dir = NULL;
	g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func(g_free);
	g_autofree gchar *meta_path = NULL;
	FILE *meta;
	const gchar *name;
	gdouble seconds = 0;
	guint64 bytes = 0;
	guint empty = 0;
	guint rounds = 1;

	if (argc < 3) {
		g_printerr("usage: bench-extract HTML_DIR OUT_DIR [ROUNDS]\n");
		return 2;
	}
	if (argc > 3)
		rounds = (guint)MAX(1, atoi(argv[3]));
	dir = g_dir_open(argv[1], 0, NULL);
	if (dir == NULL) {
		g_printerr("bench-extract: cannot open %s\n", argv[1]);
		return 1;
	}
	while ((name = g_dir_read_name(dir)) != NULL) {
		if (g_str_has_suffix(name, ".html"))
			g_ptr_array_add(names, g_strdup(name));
	}
	g_ptr_array_sort(names, (GCompareFunc)g_strcmp0);
	g_mkdir_with_parents(argv[2], 0755);
	meta_path = g_build_filename(argv[2], "meta.jsonl", NULL);
	meta = fopen(meta_path, "w");
	for (guint i = 0; i < names->len; i++) {
		const gchar *n = g_ptr_array_index(names, i);
		g_autofree gchar *path = g_build_filename(argv[1], n, NULL);
		g_autofree gchar *id = g_strndup(n, strlen(n) - 5);
		g_autofree gchar *out = NULL;
		g_autofree gchar *data = NULL;
		g_autofree gchar *body = NULL;
		g_autofree gchar *json = NULL;
		g_autoptr(SwStory) story = NULL;
		gsize len = 0;
		gint64 t0;

		if (!g_file_get_contents(path, &data, &len, NULL))
			continue;
		for (guint r = 0; r < rounds; r++) {
			g_clear_pointer(&story, sw_story_free);
			t0 = g_get_monotonic_time();
			story = sw_extract_html(data, len, NULL, NULL);
			seconds += (g_get_monotonic_time() - t0) / 1e6;
			bytes += len;
		}
		body = sw_story_body(story);
		if (*body == '\0')
			empty++;
		out = g_strdup_printf("%s/%s.txt", argv[2], id);
		g_file_set_contents(out, body, -1, NULL);
		json = sw_json_story(story);
		/* one line per page: id, then the story's metadata */
		g_strdelimit(json, "\n", ' ');
		fprintf(meta, "{\"id\": \"%s\", \"story\": %s}\n", id, json);
	}
	fclose(meta);
	printf("pages %u, empty %u, %.1f MB in %.3f s: %.1f MB/s (one core)\n", names->len, empty,
	       bytes / 1e6, seconds, bytes / 1e6 / MAX(seconds, 1e-9));
	return 0;
}
