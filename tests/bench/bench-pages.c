/* SPDX-License-Identifier: MIT
 *
 * bench-pages: writes N made-up news pages of about 100 KB each, shaped like
 * the pages storywatch meets (head full of meta and JSON-LD, inline styles
 * and scripts, a cookie banner, menus, the article with ad slots and a
 * related box, "Most popular", comments, a long footer), for the scale
 * benchmark. The text is drawn from small word tables with a seed per
 * page, so pages differ and carry dates, amounts, names and quotes.
 *
 *   bench-pages DIR N [ROUND [EVERY]]
 *
 * ROUND > 0 adds a paragraph of that round to every EVERY-th page (default
 * every page), for a pass in which some stories changed, and writes only
 * those pages: the others must be as round 0 wrote them.
 */
#include <glib.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>

#define PAGE_TARGET (100 * 1024)

static const gchar *const people[] = {
    "Maria Okafor", "Daniel Brandt", "Ana Ferreira", "Tomas Lindqvist", "Grace Mwangi",
    "Hiroshi Tanaka", "Lena Novak", "Samuel Adeyemi", "Clara Jensen", "Omar Haddad",
};
static const gchar *const orgs[] = {
    "the harbor authority", "Northfield Energy", "the city council", "the transport ministry",
    "Baltic Shipping Group", "the regional court", "the teachers' union", "Meridian Bank",
};
static const gchar *const places[] = {
    "Rotterdam", "the northern district", "Lagos", "Gothenburg", "the river valley",
    "Porto", "Osaka", "the old town",
};
static const gchar *const verbs[] = {
    "approve", "delay", "review", "fund", "reject", "expand", "cut", "sign",
};
static const gchar *const things[] = {
    "the ferry contract", "a new terminal", "the budget plan", "the wage deal",
    "the pipeline project", "the housing scheme", "the bridge repairs", "the merger",
};
static const gchar *const whens[] = {
    "next month", "by November 10", "in the first half of next year", "on Tuesday",
    "before the summer", "within two weeks", "later this year", "by the end of March",
};
static const gchar *const fillers[] = {
    "Officials declined to give further details.",
    "The proposal has divided residents for months.",
    "Critics say the timetable is unrealistic.",
    "Supporters argue the plan will create hundreds of jobs.",
    "A final vote is not expected before the new year.",
    "The figures were published in an annual report on Monday.",
    "Several local businesses have already raised concerns.",
    "Talks are set to resume after the holiday.",
};

#define PICK(rand, table) (table[g_rand_int_range(rand, 0, G_N_ELEMENTS(table))])

static void
sentence(GString *out, GRand *r)
{
	switch (g_rand_int_range(r, 0, 5)) {
	case 0:
		g_string_append_printf(out, "%s said %s would %s %s %s.", PICK(r, people), PICK(r, orgs),
				       PICK(r, verbs), PICK(r, things), PICK(r, whens));
		break;
	case 1:
		g_string_append_printf(out, "The deal, worth $%d million, covers %d vessels based in %s.",
				       g_rand_int_range(r, 5, 900), g_rand_int_range(r, 2, 40),
				       PICK(r, places));
		break;
	case 2:
		g_string_append_printf(out, "\xe2\x80\x9cWe expect to %s %s %s,\xe2\x80\x9d said %s.",
				       PICK(r, verbs), PICK(r, things), PICK(r, whens), PICK(r, people));
		break;
	case 3:
		g_string_append_printf(out, "Turnout rose %d.%d percent in %s, where %d residents signed "
				       "the petition.",
				       g_rand_int_range(r, 1, 30), g_rand_int_range(r, 0, 10),
				       PICK(r, places), g_rand_int_range(r, 100, 9000));
		break;
	default:
		g_string_append(out, PICK(r, fillers));
	}
}

static void
links(GString *out, GRand *r, const gchar *cls, guint n)
{
	g_string_append_printf(out, "<ul class=\"%s\">", cls);
	for (guint i = 0; i < n; i++)
		g_string_append_printf(out, "<li><a href=\"/section/%u/%s\">%s %s</a></li>",
				       g_rand_int_range(r, 1, 9999), cls, PICK(r, places), PICK(r, things));
	g_string_append(out, "</ul>\n");
}

static gchar *
page(guint n, guint round)
{
	g_autoptr(GRand) r = g_rand_new_with_seed(n * 7919 + 17);
	GString *out = g_string_sized_new(PAGE_TARGET + 4096);
	g_autofree gchar *title = g_strdup_printf("%s to %s %s", PICK(r, orgs), PICK(r, verbs),
						  PICK(r, things));
	guint day = 1 + n % 28;
	guint paras = g_rand_int_range(r, 16, 26);

	g_string_append_printf(out,
			       "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
			       "<title>%s | The Harbor Ledger</title>\n"
			       "<meta name=\"description\" content=\"%s\">"
			       "<meta property=\"og:title\" content=\"%s\">"
			       "<meta property=\"og:type\" content=\"article\">"
			       "<meta property=\"article:published_time\" "
			       "content=\"2026-10-%02uT08:%02u:00Z\">\n",
			       title, title, title, day, n % 60);
	g_string_append_printf(out,
			       "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
			       "\"@type\":\"NewsArticle\",\"headline\":\"%s\",\"datePublished\":"
			       "\"2026-10-%02uT08:%02u:00Z\",\"author\":{\"@type\":\"Person\","
			       "\"name\":\"%s\"}}</script>\n",
			       title, day, n % 60, PICK(r, people));
	/* styles and a tracking script: most of a real page's bytes */
	g_string_append(out, "<style>");
	for (guint i = 0; i < 120; i++)
		g_string_append_printf(out, ".c%u{margin:%upx;padding:%upx;color:#%06x}", i,
				       g_rand_int_range(r, 0, 40), g_rand_int_range(r, 0, 40),
				       g_rand_int_range(r, 0, 0xffffff));
	g_string_append(out, "</style>\n</head><body>\n");
	g_string_append(out, "<div class=\"cookie-banner\"><p>We use cookies to improve your "
			     "experience. <button>Accept all</button></p></div>\n"
			     "<header class=\"site-header\"><nav>");
	links(out, r, "menu", 60);
	g_string_append(out, "</nav></header>\n<main><article class=\"story\">");
	g_string_append_printf(out, "<h1>%s</h1><p class=\"byline\">By %s</p>"
				    "<time datetime=\"2026-10-%02u\">October %u, 2026</time>\n",
			       title, PICK(r, people), day, day);
	for (guint p = 0; p < paras; p++) {
		guint k = g_rand_int_range(r, 2, 5);
		g_string_append(out, "<p>");
		for (guint s = 0; s < k; s++) {
			if (s > 0)
				g_string_append_c(out, ' ');
			sentence(out, r);
		}
		g_string_append(out, "</p>\n");
		if (p == 3)
			g_string_append(out, "<figure><img src=\"/img/harbor.jpg\" alt=\"\">"
					     "<figcaption>The harbor at dawn. Photo: Ledger staff"
					     "</figcaption></figure>\n");
		if (p % 6 == 5)
			g_string_append(out, "<div class=\"ad-slot\">Advertisement</div>\n");
		if (p == 8) {
			g_string_append(out, "<aside class=\"related\"><h3>Read more</h3>");
			links(out, r, "related", 4);
			g_string_append(out, "</aside>\n");
		}
	}
	for (guint i = 1; i <= round; i++)
		g_string_append_printf(out, "<p>Update %u: %s said %s would %s %s %s.</p>\n", i,
				       PICK(r, people), PICK(r, orgs), PICK(r, verbs), PICK(r, things),
				       PICK(r, whens));
	g_string_append(out, "</article>\n<aside class=\"most-popular\"><h2>Most popular</h2>");
	links(out, r, "popular", 10);
	g_string_append(out, "</aside>\n<section class=\"comments\"><h2>Comments (");
	g_string_append_printf(out, "%u)</h2>", g_rand_int_range(r, 3, 400));
	for (guint i = 0; i < 8; i++) {
		g_string_append_printf(out, "<div class=\"comment\"><b>reader%u</b><p>", i);
		sentence(out, r);
		g_string_append(out, "</p></div>");
	}
	g_string_append(out, "</section></main>\n<footer class=\"site-footer\">");
	links(out, r, "footer", 40);
	g_string_append(out, "<p>&copy; 2026 The Harbor Ledger</p></footer>\n<script>");
	/* analytics configuration, padding the page to its size */
	g_string_append(out, "window.__config={\"slots\":[");
	while (out->len < PAGE_TARGET - 64)
		g_string_append_printf(out, "{\"id\":\"s%08x\",\"size\":[%u,%u]},",
				       g_rand_int(r), g_rand_int_range(r, 100, 999),
				       g_rand_int_range(r, 50, 600));
	g_string_append(out, "{}]};</script>\n</body></html>\n");
	return g_string_free(out, FALSE);
}

int
main(int argc, char **argv)
{
	guint n, round = 0, every = 1;

	if (argc < 3) {
		fprintf(stderr, "usage: bench-pages DIR N [ROUND [EVERY]]\n");
		return 2;
	}
	n = (guint)strtoul(argv[2], NULL, 10);
	if (argc > 3)
		round = (guint)strtoul(argv[3], NULL, 10);
	if (argc > 4)
		every = MAX((guint)strtoul(argv[4], NULL, 10), 1);
	if (g_mkdir_with_parents(argv[1], 0755) != 0) {
		fprintf(stderr, "bench-pages: cannot create %s\n", argv[1]);
		return 1;
	}
	for (guint i = 0; i < n; i++) {
		g_autofree gchar *html = NULL;
		g_autofree gchar *name = NULL;
		g_autofree gchar *path = NULL;
		/* a round rewrites only its pages: the others are as round 0 left
		 * them (and rewriting costs an fsync each) */
		if (round > 0 && i % every != 0)
			continue;
		html = page(i, i % every == 0 ? round : 0);
		name = g_strdup_printf("p%04u.html", i);
		path = g_build_filename(argv[1], name, NULL);
		if (!g_file_set_contents(path, html, -1, NULL)) {
			fprintf(stderr, "bench-pages: cannot write %s\n", path);
			return 1;
		}
	}
	return 0;
}
