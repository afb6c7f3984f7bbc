/* SPDX-License-Identifier: MIT
 *
 * The facts of a story. This module runs the finders in order of
 * precedence (temporal expressions, then quantities, then names, then
 * quotations), so a span taken by one is not claimed by the next, and
 * shares what they all need: number words, and the tense of a sentence
 * for resolving "Friday" or "in November" forwards or backwards.
 */
#define G_LOG_DOMAIN "storywatch-facts"

#include "sw/facts.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "facts-private.h"

static const gchar *const sw_fact_kinds[] = {
    "date", "time", "duration", "set", "money", "percent", "number",
    "person", "org", "place", "quote",
};

const gchar *
sw_fact_kind_to_string(SwFactKind kind)
{
	if ((guint)kind >= G_N_ELEMENTS(sw_fact_kinds))
		return "unknown";
	return sw_fact_kinds[kind];
}

void
sw_fact_free(SwFact *fact)
{
	if (fact == NULL)
		return;
	g_free(fact->text);
	g_free(fact->value);
	g_free(fact->from);
	g_free(fact->to);
	g_free(fact->currency);
	g_free(fact->noun);
	g_free(fact->role);
	g_free(fact->ref);
	g_free(fact->speaker);
	g_free(fact);
}

SwFact *
sw_fact_new(SwFactsCtx *ctx, SwFactKind kind, gsize start, gsize end)
{
	SwFact *f = g_new0(SwFact, 1);

	f->kind = kind;
	f->start = start;
	f->end = end;
	f->text = g_strndup(ctx->text + start, end - start);
	g_ptr_array_add(ctx->out, f);
	return f;
}

gboolean
sw_facts_taken(const SwFactsCtx *ctx, gsize start, gsize end)
{
	for (guint i = 0; i < ctx->out->len; i++) {
		const SwFact *f = g_ptr_array_index(ctx->out, i);
		if (f->kind != SW_FACT_QUOTE && start < f->end && f->start < end)
			return TRUE;
	}
	return FALSE;
}

/* ---- numbers ---- */

static const struct {
	const gchar *word;
	gdouble value;
} sw_facts_number_words[] = {
    {"zero", 0},      {"a", 1},		  {"an", 1},	      {"one", 1},	 {"two", 2},
    {"three", 3},     {"four", 4},	  {"five", 5},	      {"six", 6},	 {"seven", 7},
    {"eight", 8},     {"nine", 9},	  {"ten", 10},	      {"eleven", 11},	 {"twelve", 12},
    {"thirteen", 13}, {"fourteen", 14},	  {"fifteen", 15},    {"sixteen", 16},	 {"seventeen", 17},
    {"eighteen", 18}, {"nineteen", 19},	  {"twenty", 20},     {"thirty", 30},	 {"forty", 40},
    {"fifty", 50},    {"sixty", 60},	  {"seventy", 70},    {"eighty", 80},	 {"ninety", 90},
    {"dozen", 12},    {"half", 0.5},	  {"couple", 2},
};

static const struct {
	const gchar *word;
	gdouble value;
} sw_facts_scale_words[] = {
    {"hundred", 1e2}, {"thousand", 1e3}, {"million", 1e6}, {"billion", 1e9}, {"trillion", 1e12},
};

gboolean
sw_facts_number(const gchar *text, gdouble *out)
{
	g_autofree gchar *t = g_ascii_strdown(text, -1);
	g_auto(GStrv) words = NULL;
	gdouble total = 0;
	gdouble current = 0;
	gboolean any = FALSE;

	g_strstrip(t);
	/* "2 1/2" */
	if (g_ascii_isdigit(t[0]) && g_str_has_suffix(t, " 1/2")) {
		g_autofree gchar *whole = g_strndup(t, strlen(t) - 4);
		if (!sw_facts_number(whole, out))
			return FALSE;
		*out += 0.5;
		return TRUE;
	}
	/* digits, with thousands separators */
	if (g_ascii_isdigit(t[0])) {
		g_autoptr(GString) digits = g_string_new(NULL);
		gchar *end = NULL;
		for (const gchar *p = t; *p != '\0'; p++) {
			if (*p != ',')
				g_string_append_c(digits, *p);
		}
		*out = g_ascii_strtod(digits->str, &end);
		return end != NULL && *end == '\0';
	}
	words = g_strsplit_set(t, " -", -1);
	for (guint i = 0; words[i] != NULL; i++) {
		gboolean known = FALSE;
		if (words[i][0] == '\0' || g_str_equal(words[i], "and") || g_str_equal(words[i], "of"))
			continue;
		/* "a dozen", "a couple": the article counts only alone */
		if ((g_str_equal(words[i], "a") || g_str_equal(words[i], "an")) && words[i + 1] != NULL &&
		    words[i + 1][0] != '\0') {
			any = TRUE;
			continue;
		}
		for (guint k = 0; k < G_N_ELEMENTS(sw_facts_number_words) && !known; k++) {
			if (g_str_equal(words[i], sw_facts_number_words[k].word)) {
				current += sw_facts_number_words[k].value;
				known = TRUE;
			}
		}
		for (guint k = 0; k < G_N_ELEMENTS(sw_facts_scale_words) && !known; k++) {
			if (g_str_equal(words[i], sw_facts_scale_words[k].word)) {
				gdouble scale = sw_facts_scale_words[k].value;
				if (current == 0)
					current = 1;
				if (scale == 100) {
					current *= scale;
				} else {
					total += current * scale;
					current = 0;
				}
				known = TRUE;
			}
		}
		if (!known)
			return FALSE;
		any = TRUE;
	}
	if (!any)
		return FALSE;
	*out = total + current;
	return TRUE;
}

/* ---- tense ---- */

static GRegex *sw_facts_re_future;
static GRegex *sw_facts_re_past;

static void
sw_facts_init(void)
{
	static gsize once = 0;

	if (!g_once_init_enter(&once))
		return;
	sw_facts_re_future = g_regex_new(
	    "\\b(will|won't|'ll|shall|going to|expects?|expected|expecting|plans?|planned|"
	    "planning|scheduled|intends?|intended|hopes?|hoped|due to|is to|are to|upcoming|"
	    "would|could|might|may|next|coming|forecasts?|aims?|set to|likely to|later)\\b",
	    G_REGEX_CASELESS | G_REGEX_OPTIMIZE, 0, NULL);
	sw_facts_re_past = g_regex_new(
	    "\\b(said|says|was|were|had|did|ago|last|earlier|reported|announced|told|"
	    "\\w{3,}ed)\\b",
	    G_REGEX_CASELESS | G_REGEX_OPTIMIZE, 0, NULL);
	g_assert(sw_facts_re_future != NULL && sw_facts_re_past != NULL);
	g_once_init_leave(&once, 1);
}

/* the distance in bytes from a match of @re in [s, e) to [start, end);
 * G_MAXSIZE for none */
static gsize
sw_facts_nearest(GRegex *re, const gchar *text, gsize s, gsize e, gsize start, gsize end)
{
	g_autoptr(GMatchInfo) m = NULL;
	gsize best = G_MAXSIZE;

	g_regex_match_full(re, text, (gssize)e, (gint)s, 0, &m, NULL);
	while (g_match_info_matches(m)) {
		gint ms = 0, me = 0;
		gsize d;
		g_match_info_fetch_pos(m, 0, &ms, &me);
		/* the expression's own words say nothing about its tense */
		if ((gsize)ms >= start && (gsize)me <= end) {
			g_match_info_next(m, NULL);
			continue;
		}
		d = (gsize)me <= start ? start - (gsize)me : (gsize)ms >= end ? (gsize)ms - end : 0;
		best = MIN(best, d);
		g_match_info_next(m, NULL);
	}
	return best;
}

gint
sw_facts_tense(const SwFactsCtx *ctx, gsize start, gsize end)
{
	gsize s = start;
	gsize e = end;
	gsize future, past;

	sw_facts_init();
	/* the sentence: back to the last full stop, on to the next */
	while (s > 0 && ctx->text[s - 1] != '\n' &&
	       !((ctx->text[s - 1] == ' ') && s >= 2 && strchr(".!?", ctx->text[s - 2]) != NULL))
		s--;
	while (e < ctx->len && ctx->text[e] != '\n' &&
	       !(strchr(".!?", ctx->text[e]) != NULL && (e + 1 >= ctx->len || ctx->text[e + 1] == ' ')))
		e++;
	future = sw_facts_nearest(sw_facts_re_future, ctx->text, s, e, start, end);
	past = sw_facts_nearest(sw_facts_re_past, ctx->text, s, e, start, end);
	if (future == G_MAXSIZE && past == G_MAXSIZE)
		return 0;
	/* "expected" matches both lists: it speaks of the future */
	return future <= past ? 1 : -1;
}

/* ---- the finders ---- */

static gint
sw_facts_cmp(gconstpointer a, gconstpointer b)
{
	const SwFact *x = *(const SwFact **)a;
	const SwFact *y = *(const SwFact **)b;
	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	return x->end > y->end ? -1 : (x->end < y->end ? 1 : 0);
}

GPtrArray *
sw_facts_find_temporal(const gchar *text, gsize len, const GDate *ref)
{
	SwFactsCtx ctx = {text, len, ref, g_ptr_array_new_with_free_func((GDestroyNotify)sw_fact_free)};

	sw_timex_find(&ctx);
	g_ptr_array_sort(ctx.out, sw_facts_cmp);
	return ctx.out;
}

GPtrArray *
sw_facts_find(const gchar *text, gsize len, const GDate *ref)
{
	SwFactsCtx ctx = {text, len, ref, g_ptr_array_new_with_free_func((GDestroyNotify)sw_fact_free)};

	sw_timex_find(&ctx);
	sw_quantity_find(&ctx);
	sw_names_find(&ctx);
	sw_quotes_find(&ctx);
	g_ptr_array_sort(ctx.out, sw_facts_cmp);
	return ctx.out;
}

gboolean
sw_facts_parse_ref_date(const gchar *text, GDate *out)
{
	gint y = 0, m = 0, d = 0;
	gchar tail = 0;

	if (text == NULL || sscanf(text, "%4d-%2d-%2d%c", &y, &m, &d, &tail) < 3)
		return FALSE;
	if (!g_date_valid_dmy((GDateDay)d, (GDateMonth)m, (GDateYear)y))
		return FALSE;
	g_date_clear(out, 1);
	g_date_set_dmy(out, (GDateDay)d, (GDateMonth)m, (GDateYear)y);
	return TRUE;
}
