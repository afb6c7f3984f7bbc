/* SPDX-License-Identifier: MIT
 *
 * A story as one self-contained HTML page, for people who would rather
 * look than read: the tracked facts as a chart over time (inline SVG, one
 * lane per fact, a bar per value it held, a dot per sighting), the facts
 * as text, and each source's versions side by side with the changed words
 * marked. No script, no network, no external file: it opens anywhere and
 * can be mailed. Every piece of page text goes through
 * g_markup_escape_text, so a page cannot write markup into the report.
 */
#define G_LOG_DOMAIN "storywatch-html"

#include "sw/htmlreport.h"

#include <string.h>

#include "sw/diff.h"
#include "sw/facts.h"

#define SW_HTML_WIDTH  960
#define SW_HTML_LEFT   150
#define SW_HTML_RIGHT  40
#define SW_HTML_LANE   70

static const gchar *const sw_html_colours[] = {"#3465a4", "#cc0000", "#4e9a06", "#c17d11",
					       "#75507b", "#06989a"};

static const gchar *sw_html_style =
    "body{font:15px/1.5 sans-serif;margin:2em auto;max-width:1100px;color:#222;padding:0 1em}"
    "h1{font-size:1.6em;margin-bottom:.2em}.summary{color:#555;margin-top:0}"
    "ul.facts li{margin:.3em 0}.disagree{color:#a40000;font-weight:bold}"
    "table.versions{border-collapse:collapse;width:100%;margin:1em 0;table-layout:fixed}"
    "table.versions td,table.versions th{border-top:1px solid #ddd;padding:.3em .5em;"
    "vertical-align:top}table.versions th{text-align:left;background:#f4f4f4}"
    "del{background:#fdd;text-decoration:line-through}ins{background:#dfd;text-decoration:none}"
    "p.sentence{margin:.2em 0}svg text{font:12px sans-serif}";

static void
sw_html_escaped(GString *out, const gchar *text)
{
	g_autofree gchar *e = g_markup_escape_text(text != NULL ? text : "", -1);
	g_string_append(out, e);
}

static gint
sw_html_day_index(const gchar *first, const gchar *day)
{
	GDate a, b;
	if (!sw_facts_parse_ref_date(first, &a) || !sw_facts_parse_ref_date(day, &b))
		return 0;
	return g_date_days_between(&a, &b);
}

static gdouble
sw_html_x(gint day, gint span)
{
	return SW_HTML_LEFT + (gdouble)day / MAX(span, 1) * (SW_HTML_WIDTH - SW_HTML_LEFT - SW_HTML_RIGHT);
}

/* one lane: a bar per group of sightings, labelled with its value */
static void
sw_html_lane(GString *out, const SwTimeline *tl, GPtrArray *groups, guint lane, gint span)
{
	gdouble y = 30 + lane * SW_HTML_LANE;

	for (guint i = 0; i < groups->len; i++) {
		GPtrArray *g = g_ptr_array_index(groups, i);
		const SwSighting *label = sw_track_run_label(g);
		const gchar *colour = sw_html_colours[i % G_N_ELEMENTS(sw_html_colours)];
		gint lo = G_MAXINT, hi = G_MININT;
		gdouble row = y + (groups->len > 1 && i % 2 == 1 ? 18 : 0);
		for (guint j = 0; j < g->len; j++) {
			gint d = sw_html_day_index(tl->first_day, ((SwSighting *)g_ptr_array_index(g, j))->day);
			lo = MIN(lo, d);
			hi = MAX(hi, d);
		}
		g_string_append_printf(out,
				       "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"8\" rx=\"4\" "
				       "fill=\"%s\" opacity=\"0.35\"/>",
				       sw_html_x(lo, span) - 4, row + 10,
				       sw_html_x(hi, span) - sw_html_x(lo, span) + 8, colour);
		/* near the right edge a label ends at its bar instead of starting */
		if (sw_html_x(lo, span) > SW_HTML_WIDTH * 0.7)
			g_string_append_printf(out,
					       "<text x=\"%.1f\" y=\"%.1f\" fill=\"%s\" text-anchor=\"end\">",
					       sw_html_x(hi, span) + 4, row + 6, colour);
		else
			g_string_append_printf(out, "<text x=\"%.1f\" y=\"%.1f\" fill=\"%s\">",
					       sw_html_x(lo, span) - 4, row + 6, colour);
		sw_html_escaped(out, sw_sighting_label(label));
		g_string_append(out, "</text>");
		for (guint j = 0; j < g->len; j++) {
			const SwSighting *s = g_ptr_array_index(g, j);
			g_string_append_printf(out,
					       "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"5\" fill=\"%s\"><title>",
					       sw_html_x(sw_html_day_index(tl->first_day, s->day), span),
					       row + 14, colour);
			sw_html_escaped(out, s->source);
			g_string_append_printf(out, ", %s: ", s->day);
			sw_html_escaped(out, s->text);
			g_string_append(out, "</title></circle>");
		}
	}
}

static void
sw_html_chart(GString *out, const SwTimeline *tl)
{
	gint span = tl->first_day != NULL ? sw_html_day_index(tl->first_day, tl->last_day) : 0;
	guint lanes = 0;

	for (guint i = 0; i < tl->tracks->len; i++) {
		const SwTrack *t = g_ptr_array_index(tl->tracks, i);
		lanes += t->sightings->len > 0 && g_strcmp0(t->label, "quoted") != 0;
	}
	if (lanes == 0)
		return;
	g_string_append_printf(out,
			       "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%u\" "
			       "role=\"img\" aria-label=\"the story's facts over time\">",
			       SW_HTML_WIDTH, 60 + lanes * SW_HTML_LANE);
	lanes = 0;
	for (guint i = 0; i < tl->tracks->len; i++) {
		const SwTrack *t = g_ptr_array_index(tl->tracks, i);
		gdouble y;
		if (t->sightings->len == 0 || g_strcmp0(t->label, "quoted") == 0)
			continue;
		y = 30 + lanes * SW_HTML_LANE;
		g_string_append_printf(out, "<text x=\"0\" y=\"%.1f\">", y + 18);
		sw_html_escaped(out, t->label);
		g_string_append(out, "</text>");
		if (t->disagreement != NULL)
			g_string_append_printf(out,
					       "<text x=\"0\" y=\"%.1f\" fill=\"#a40000\">sources disagree</text>",
					       y + 34);
		sw_html_lane(out, tl, t->disagreement != NULL ? t->disagreement : t->runs, lanes, span);
		lanes++;
	}
	/* the time axis: first and last day */
	g_string_append_printf(out,
			       "<line x1=\"%d\" y1=\"%u\" x2=\"%d\" y2=\"%u\" stroke=\"#888\"/>"
			       "<text x=\"%d\" y=\"%u\">%s</text>"
			       "<text x=\"%d\" y=\"%u\" text-anchor=\"end\">%s</text></svg>\n",
			       SW_HTML_LEFT, 30 + lanes * SW_HTML_LANE, SW_HTML_WIDTH - SW_HTML_RIGHT,
			       30 + lanes * SW_HTML_LANE, SW_HTML_LEFT, 48 + lanes * SW_HTML_LANE,
			       tl->first_day, SW_HTML_WIDTH - SW_HTML_RIGHT, 48 + lanes * SW_HTML_LANE,
			       tl->last_day);
}

/* one sentence pair of a diff, each side with its changed words marked */
static void
sw_html_pair(GString *out, const SwDiffOp *op)
{
	g_string_append(out, "<tr><td>");
	if (op->kind == SW_DIFF_OP_CHANGED && op->old_line != NULL && op->new_line != NULL) {
		g_autoptr(GPtrArray) words = sw_diff_words(op->old_line, op->new_line);
		for (guint side = 0; side < 2; side++) {
			gboolean first = TRUE;
			for (guint i = 0; i < words->len; i++) {
				const SwWordOp *w = g_ptr_array_index(words, i);
				gboolean mine = w->kind == SW_DIFF_OP_EQUAL ||
						(side == 0 ? w->kind == SW_DIFF_OP_REMOVED
							   : w->kind == SW_DIFF_OP_ADDED);
				if (!mine)
					continue;
				/* runs of words come without the space between them */
				if (!first)
					g_string_append_c(out, ' ');
				first = FALSE;
				if (w->kind != SW_DIFF_OP_EQUAL)
					g_string_append(out, side == 0 ? "<del>" : "<ins>");
				sw_html_escaped(out, w->text);
				if (w->kind != SW_DIFF_OP_EQUAL)
					g_string_append(out, side == 0 ? "</del>" : "</ins>");
			}
			if (side == 0)
				g_string_append(out, "</td><td>");
		}
	} else {
		const gchar *open = op->kind == SW_DIFF_OP_REMOVED ? "<del>" : "";
		const gchar *close = op->kind == SW_DIFF_OP_REMOVED ? "</del>" : "";
		if (op->old_line != NULL) {
			g_string_append(out, open);
			sw_html_escaped(out, op->old_line);
			g_string_append(out, close);
		}
		g_string_append(out, "</td><td>");
		if (op->new_line != NULL) {
			gboolean added = op->kind == SW_DIFF_OP_ADDED;
			g_string_append(out, added ? "<ins>" : "");
			sw_html_escaped(out, op->new_line);
			g_string_append(out, added ? "</ins>" : "");
		}
	}
	g_string_append(out, "</td></tr>\n");
}

static gint
sw_html_cmp_version(gconstpointer pa, gconstpointer pb)
{
	const SwTimelineVersion *a = *(SwTimelineVersion *const *)pa;
	const SwTimelineVersion *b = *(SwTimelineVersion *const *)pb;
	gint c = g_strcmp0(a->source, b->source);
	return c != 0 ? c : g_date_compare(&a->day, &b->day);
}

static void
sw_html_versions(GString *out, GPtrArray *versions)
{
	g_autoptr(GPtrArray) order = g_ptr_array_new();

	for (guint i = 0; i < versions->len; i++)
		g_ptr_array_add(order, g_ptr_array_index(versions, i));
	g_ptr_array_sort(order, sw_html_cmp_version);
	for (guint i = 0; i < order->len; i++) {
		const SwTimelineVersion *v = g_ptr_array_index(order, i);
		const SwTimelineVersion *prev = i > 0 ? g_ptr_array_index(order, i - 1) : NULL;
		gchar day[16];
		g_date_strftime(day, sizeof(day), "%Y-%m-%d", &v->day);
		if (prev == NULL || g_strcmp0(prev->source, v->source) != 0) {
			g_auto(GStrv) lines = g_strsplit(v->text, "\n", -1);
			g_string_append(out, "<h3>");
			sw_html_escaped(out, v->source);
			g_string_append_printf(out, ", %s</h3>\n<div class=\"text\">", day);
			for (guint j = 0; lines[j] != NULL; j++) {
				if (*lines[j] == '\0')
					continue;
				g_string_append(out, "<p class=\"sentence\">");
				sw_html_escaped(out, lines[j]);
				g_string_append(out, "</p>");
			}
			g_string_append(out, "</div>\n");
		} else {
			g_autoptr(SwDiff) diff = sw_diff_stories(prev->text, v->text);
			gchar was[16];
			g_date_strftime(was, sizeof(was), "%Y-%m-%d", &prev->day);
			g_string_append(out, "<h3>");
			sw_html_escaped(out, v->source);
			g_string_append_printf(out, ", %s \u2192 %s: ", was, day);
			sw_html_escaped(out, diff->summary);
			g_string_append_printf(out, "</h3>\n<table class=\"versions\"><tr><th>%s</th>"
						    "<th>%s</th></tr>\n",
					       was, day);
			for (guint j = 0; j < diff->ops->len; j++) {
				const SwDiffOp *op = g_ptr_array_index(diff->ops, j);
				/* the unchanged sentences are in the earlier version */
				if (op->kind == SW_DIFF_OP_EQUAL)
					continue;
				sw_html_pair(out, op);
			}
			g_string_append(out, "</table>\n");
		}
	}
}

gchar *
sw_html_story(const SwTimeline *tl, GPtrArray *versions)
{
	GString *out = g_string_new(NULL);
	g_autofree gchar *text = sw_timeline_to_text(tl);
	g_auto(GStrv) lines = g_strsplit(text, "\n", -1);

	g_string_append(out, "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
			     "<meta name=\"viewport\" content=\"width=device-width\"><title>");
	sw_html_escaped(out, tl->name);
	g_string_append_printf(out, ": storywatch</title><style>%s</style></head><body>\n<h1>",
			       sw_html_style);
	sw_html_escaped(out, tl->name);
	g_string_append(out, "</h1>\n<p class=\"summary\">");
	/* the first line of the text: sources, versions, span */
	sw_html_escaped(out, lines[0] != NULL ? lines[0] : "");
	g_string_append(out, "</p>\n");
	sw_html_chart(out, tl);
	g_string_append(out, "<h2>What the story says, over time</h2>\n<ul class=\"facts\">");
	for (guint i = 1; lines[0] != NULL && lines[i] != NULL; i++) {
		if (*lines[i] == '\0')
			continue;
		g_string_append(out, g_str_has_suffix(lines[i], "[sources disagree]")
					 ? "<li class=\"disagree\">"
					 : "<li>");
		sw_html_escaped(out, lines[i]);
		g_string_append(out, "</li>\n");
	}
	g_string_append(out, "</ul>\n<h2>Versions, source by source</h2>\n");
	sw_html_versions(out, versions);
	g_string_append(out, "<p class=\"summary\">Made by storywatch.</p>\n</body></html>\n");
	return g_string_free(out, FALSE);
}
