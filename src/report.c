/* SPDX-License-Identifier: MIT
 *
 * The words storywatch shows people: a diff as terminal text (removed and
 * added sentences, with the changed words marked) and the commit message
 * that makes `git log` read as a list of what changed in each story.
 */
#define G_LOG_DOMAIN "storywatch-report"

#include "sw/report.h"

#include <string.h>

#define SW_RED	 "\033[31m"
#define SW_GREEN "\033[32m"
#define SW_BOLD	 "\033[1m"
#define SW_RESET "\033[0m"

/* fact changes listed before the sentences, at most */
#define SW_REPORT_MAX_FACTS 12

static void
sw_report_marked(GString *out, const SwDiffOp *op, gboolean color)
{
	g_autoptr(GPtrArray) words = sw_diff_words(op->old_line, op->new_line);
	g_autoptr(GString) o = g_string_new("  - ");
	g_autoptr(GString) n = g_string_new("  + ");

	/* [-removed-] and {+added+} as git's --word-diff=plain writes them,
	 * or colour on a terminal */
	for (guint i = 0; i < words->len; i++) {
		SwWordOp *w = g_ptr_array_index(words, i);
		GString *sides[2] = {o, n};
		for (guint s = 0; s < 2; s++) {
			GString *t = sides[s];
			gboolean mine = (s == 0 && w->kind == SW_DIFF_OP_REMOVED) ||
					(s == 1 && w->kind == SW_DIFF_OP_ADDED);
			if (w->kind != SW_DIFF_OP_EQUAL && !mine)
				continue;
			if (t->len > 4)
				g_string_append_c(t, ' ');
			if (!mine)
				g_string_append(t, w->text);
			else if (color)
				g_string_append_printf(t, "%s%s%s%s", s == 0 ? SW_RED : SW_GREEN,
						       SW_BOLD, w->text, SW_RESET);
			else
				g_string_append_printf(t, s == 0 ? "[-%s-]" : "{+%s+}", w->text);
		}
	}
	g_string_append_printf(out, "%s\n%s\n", o->str, n->str);
}

/* the fact changes, one line each, before the sentences */
static void
sw_report_facts(GString *out, const SwDiff *diff, gboolean color)
{
	guint shown = 0;

	for (guint i = 0; i < diff->changes->len; i++) {
		const SwChange *c = g_ptr_array_index(diff->changes, i);
		if (c->phrase == NULL || g_str_equal(c->kind, "headline"))
			continue;
		if (shown == SW_REPORT_MAX_FACTS) {
			g_string_append(out, "  * …\n");
			break;
		}
		g_string_append_printf(out, "  * %s%s%s", color ? SW_BOLD : "", c->phrase,
				       color ? SW_RESET : "");
		/* the note says how much, when the phrase does not */
		if (c->old != NULL && c->new != NULL && c->note != NULL &&
		    (g_str_equal(c->kind, "date") || g_str_equal(c->kind, "time") ||
		     g_str_equal(c->kind, "duration") || g_str_equal(c->kind, "amount") ||
		     g_str_equal(c->kind, "number") || g_str_equal(c->kind, "percent"))) {
			const gchar *note = c->note;
			if (g_str_has_prefix(note, "expected date"))
				note += strlen("expected date");
			if (g_str_has_prefix(note, "; "))
				note += 2;
			if (*note != '\0')
				g_string_append_printf(out, " (%s)", note);
		}
		g_string_append_c(out, '\n');
		shown++;
	}
}

gchar *
sw_report_diff(const SwDiff *diff, gboolean color)
{
	GString *out = g_string_new(NULL);

	sw_report_facts(out, diff, color);

	if (g_strcmp0(diff->old_title, diff->new_title) != 0 && diff->old_title != NULL) {
		SwDiffOp op = {SW_DIFF_OP_CHANGED, diff->old_title, diff->new_title, 0, 0, FALSE};
		g_string_append(out, "  headline:\n");
		sw_report_marked(out, &op, color);
	}
	for (guint i = 0; i < diff->ops->len; i++) {
		const SwDiffOp *op = g_ptr_array_index(diff->ops, i);
		switch (op->kind) {
		case SW_DIFF_OP_EQUAL:
		case SW_DIFF_OP_MOVED:
		case SW_DIFF_OP_SPLIT:
			break;
		case SW_DIFF_OP_CHANGED:
			sw_report_marked(out, op, color);
			break;
		case SW_DIFF_OP_ADDED:
			g_string_append_printf(out, "  %s+ %s%s\n", color ? SW_GREEN : "",
					       op->new_line, color ? SW_RESET : "");
			break;
		case SW_DIFF_OP_REMOVED:
			g_string_append_printf(out, "  %s- %s%s\n", color ? SW_RED : "",
					       op->old_line, color ? SW_RESET : "");
			break;
		}
	}
	return g_string_free(out, FALSE);
}

gchar *
sw_report_commit_message(const gchar *name, const SwDiff *diff, const gchar *url, guint status)
{
	GString *out = g_string_new(NULL);
	g_autoptr(GHashTable) kinds = g_hash_table_new(g_str_hash, g_str_equal);

	g_string_append_printf(out, "%s: %s\n\n", name, diff->summary);
	for (guint i = 0; i < diff->changes->len && i < 20; i++) {
		const SwChange *c = g_ptr_array_index(diff->changes, i);
		/* the same words with another attribute: "Boris Johnson (role:
		 * Prime Minister → former Prime Minister)" */
		if (c->old != NULL && c->new != NULL && g_str_equal(c->old, c->new) && c->note != NULL)
			g_string_append_printf(out, "* %s: %s (%s)\n", c->kind, c->new, c->note);
		else if (c->old != NULL && c->new != NULL)
			g_string_append_printf(out, "* %s: %s → %s\n", c->kind, c->old, c->new);
		else if (c->new_sentence != NULL)
			g_string_append_printf(out, "* %s added: %s\n", c->kind, c->new_sentence);
		else if (c->old_sentence != NULL)
			g_string_append_printf(out, "* %s removed: %s\n", c->kind, c->old_sentence);
		else if (c->new != NULL)
			g_string_append_printf(out, "* %s: %s\n", c->kind, c->new);
	}
	if (diff->changes->len > 20)
		g_string_append_printf(out, "* … and %u more\n", diff->changes->len - 20);
	if (diff->changes->len > 0)
		g_string_append_c(out, '\n');
	/* trailers: `git log --grep` and `git interpret-trailers` read them */
	g_string_append_printf(out, "Significance: %s\n",
			       sw_significance_to_string(diff->significance));
	for (guint i = 0; i < diff->changes->len; i++) {
		const SwChange *c = g_ptr_array_index(diff->changes, i);
		if (g_strcmp0(c->kind, "sentence") == 0 || g_hash_table_contains(kinds, c->kind))
			continue;
		g_hash_table_add(kinds, c->kind);
		g_string_append_printf(out, "Fact-Changed: %s\n", c->kind);
	}
	if (diff->flip_flop != NULL)
		g_string_append_printf(out, "Flip-Flop: %s\n", diff->flip_flop);
	if (url != NULL)
		g_string_append_printf(out, "Source-URL: %s\n", url);
	if (status != 0)
		g_string_append_printf(out, "HTTP-Status: %u\n", status);
	return g_string_free(out, FALSE);
}

gchar *
sw_report_check(const SwCheckReport *r)
{
	const gchar *name = r->watch->name;
	g_autofree gchar *short_id = r->commit != NULL ? g_strndup(r->commit, 7) : NULL;

	switch (r->result) {
	case SW_CHECK_FIRST:
		return g_strdup_printf("%s: %s (%s)", name, r->diff->summary, short_id);
	case SW_CHECK_CHANGED:
		return g_strdup_printf("%s: %s [%s] (%s)", name, r->diff->summary,
				       sw_significance_to_string(r->diff->significance), short_id);
	case SW_CHECK_UNCHANGED:
		return g_strdup_printf("%s: unchanged", name);
	case SW_CHECK_NOT_MODIFIED:
		return g_strdup_printf("%s: not modified", name);
	case SW_CHECK_EMPTY:
		return g_strdup_printf("%s: no story text found in the page; keeping the last version",
				       name);
	case SW_CHECK_FEED:
		return g_strdup_printf("%s: feed read, %u entries, %u new", name, r->entries,
				       r->new_entries);
	case SW_CHECK_FAILED:
	default:
		return g_strdup_printf("%s: failed: %s (%s)", name,
				       r->error != NULL ? r->error->message : "unknown error",
				       r->watch->url);
	}
}
