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
#include "sw/regex.h"
#include "sw/text.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sw/clock.h"
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
	g_free(fact->value_max);
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
	/* a map of the bytes taken keeps the overlap test linear in the
	 * span, however many facts a hostile page yields */
	if (kind != SW_FACT_QUOTE) {
		if (ctx->taken == NULL)
			ctx->taken = g_malloc0(ctx->len + 1);
		memset(ctx->taken + start, 1, end - start);
	}
	return f;
}

gsize
sw_facts_char_back(const SwFactsCtx *ctx, gsize pos)
{
	pos = MIN(pos, ctx->len);
	while (pos > 0 && pos < ctx->len && ((guchar)ctx->text[pos] & 0xC0) == 0x80)
		pos--;
	return pos;
}

gsize
sw_facts_char_on(const SwFactsCtx *ctx, gsize pos)
{
	while (pos < ctx->len && ((guchar)ctx->text[pos] & 0xC0) == 0x80)
		pos++;
	return pos;
}

/* does the full stop at @i end a sentence? Not inside a number ("443.6"),
 * not after an initial ("Daniel P. Davison"), a dotted abbreviation
 * ("U.S.") or a title ("Mr.", "Sept.") */
static gboolean
sw_facts_full_stop(const SwFactsCtx *ctx, gsize i)
{
	gchar word[16];
	gsize w = i;
	gsize n;

	if (i + 1 < ctx->len && (g_ascii_isalnum(ctx->text[i + 1]) || ctx->text[i + 1] == '.'))
		return FALSE;
	/* "Bear, Stearns & Co., finds", "Apple Inc. said": an abbreviation
	 * inside the sentence */
	if (i + 1 < ctx->len && (ctx->text[i + 1] == ',' || ctx->text[i + 1] == ';'))
		return FALSE;
	if (i + 2 < ctx->len && ctx->text[i + 1] == ' ' && g_ascii_islower(ctx->text[i + 2]))
		return FALSE;
	while (w > 0 && i - w < sizeof word && (g_ascii_isalnum(ctx->text[w - 1]) || ctx->text[w - 1] == '.'))
		w--;
	n = i - w;
	if (n == 0 || n >= sizeof word)
		return TRUE;
	for (gsize k = 0; k < n; k++)
		word[k] = sw_ascii_lower(ctx->text[w + k]);
	word[n] = '\0';
	return strchr(word, '.') == NULL && !sw_text_keeps_stop(word);
}

/* is text[@i] a colon between two digits, as in "07:00" or "2:1"? */
static gboolean
sw_facts_digit_colon(const gchar *text, gsize len, gsize i)
{
	return text[i] == ':' && i > 0 && i + 1 < len && g_ascii_isdigit(text[i - 1]) && g_ascii_isdigit(text[i + 1]);
}

static gboolean
sw_facts_is_stop(const SwFactsCtx *ctx, gsize i, const gchar *stops)
{
	gchar c = ctx->text[i];

	/* most bytes a clause's walk meets; no stop list holds them */
	if (g_ascii_isalnum(c) || c == ' ')
		return FALSE;
	if (c == '.')
		return sw_facts_full_stop(ctx, i);
	/* a colon inside a clock time or a score ("07:00", "2:1") ends
	 * nothing */
	if (sw_facts_digit_colon(ctx->text, ctx->len, i))
		return FALSE;
	return c != '\0' && strchr(stops, c) != NULL;
}

void
sw_facts_clause(const SwFactsCtx *ctx, gsize start, gsize end, gsize back, gsize ahead,
		const gchar *stops, gsize *s_out, gsize *e_out)
{
	gsize s = MIN(start, ctx->len);
	gsize e = MIN(end, ctx->len);

	while (s > 0 && start - s < back && !sw_facts_is_stop(ctx, s - 1, stops))
		s--;
	while (e < ctx->len && e - end < ahead && !sw_facts_is_stop(ctx, e, stops))
		e++;
	*s_out = sw_facts_char_on(ctx, s);
	*e_out = MAX(*s_out, sw_facts_char_back(ctx, e));
}

guint
sw_facts_blank_lines(const SwFactsCtx *ctx, gsize from, gsize to, guint max)
{
	const gchar *p = ctx->text + MIN(from, ctx->len);
	const gchar *e = ctx->text + MIN(to, ctx->len);
	guint n = 0;

	while (n < max && p < e && (p = memchr(p, '\n', (gsize)(e - p))) != NULL) {
		const gchar *q = p + 1;
		while (q < e && (*q == ' ' || *q == '\t' || *q == '\r'))
			q++;
		if (q < e && *q == '\n')
			n++;
		p = q;
	}
	return n;
}

gboolean
sw_facts_taken(const SwFactsCtx *ctx, gsize start, gsize end)
{
	if (ctx->taken == NULL)
		return FALSE;
	for (gsize i = start; i < end && i < ctx->len; i++) {
		if (ctx->taken[i])
			return TRUE;
	}
	return FALSE;
}

/* ---- shared look-ups ---- */

gboolean
sw_word_set_has(SwWordSet *set, const gchar *word)
{
	if (g_once_init_enter(&set->once)) {
		gboolean owns = set->fold || set->joined != NULL;
		GHashTable *h = owns ? g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL)
				     : g_hash_table_new(g_str_hash, g_str_equal);
		if (set->joined != NULL) {
			gchar **words = g_strsplit(set->joined, "|", -1);
			/* the table takes the strings; the vector alone is freed */
			for (gchar **p = words; *p != NULL; p++)
				g_hash_table_add(h, *p);
			g_free(words);
		}
		for (guint i = 0; i < set->n; i++) {
			if (set->fold)
				g_hash_table_add(h, g_ascii_strdown(set->words[i], -1));
			else
				g_hash_table_add(h, (gpointer)set->words[i]);
		}
		{
			GHashTableIter it;
			gpointer key;
			g_hash_table_iter_init(&it, h);
			while (g_hash_table_iter_next(&it, &key, NULL)) {
				const guchar *w = key;
				set->lengths |= G_GUINT64_CONSTANT(1) << MIN(strlen(key), 63);
				set->firsts[w[0] >> 6] |= G_GUINT64_CONSTANT(1) << (w[0] & 63);
			}
		}
		set->set = h;
		g_once_init_leave(&set->once, 1);
	}
	if (word == NULL)
		return FALSE;
	{
		gsize l = strlen(word);
		guchar first = (guchar)(set->fold ? sw_ascii_lower(word[0]) : word[0]);
		if ((set->lengths & (G_GUINT64_CONSTANT(1) << MIN(l, 63))) == 0 ||
		    (set->firsts[first >> 6] & (G_GUINT64_CONSTANT(1) << (first & 63))) == 0)
			return FALSE;
		if (set->fold) {
			gchar buf[64];
			if (l >= sizeof(buf))
				return FALSE; /* no entry is that long */
			for (gsize i = 0; i <= l; i++)
				buf[i] = sw_ascii_lower(word[i]);
			return g_hash_table_contains(set->set, buf);
		}
	}
	return g_hash_table_contains(set->set, word);
}

/* the byte a match of @pattern must open with (SwFactsRe.opens) */
static gchar
sw_facts_re_opens(const gchar *p)
{
	if (p[0] != '^')
		return 0;
	/* "^\s+" or "^\s(": one space at least; not "^\s*" */
	if (p[1] == '\\' && p[2] == 's' && (p[3] == '\0' || strchr("*?{", p[3]) == NULL))
		return ' ';
	if (g_ascii_ispunct(p[1]) && strchr("\\^$.|?*+()[]{}", p[1]) == NULL &&
	    (p[2] == '\0' || strchr("*?{", p[2]) == NULL))
		return p[1];
	return 0;
}

GRegex *
sw_facts_re(SwFactsRe *re)
{
	if (g_once_init_enter(&re->once)) {
		g_autoptr(GError) error = NULL;
		re->opens = sw_facts_re_opens(re->pattern);
		re->re = sw_regex_new(re->pattern, G_REGEX_CASELESS | SW_REGEX_OPTIMIZE, 0, &error);
		/* the patterns are ours: one that does not compile is a bug */
		g_assert_no_error(error);
		g_once_init_leave(&re->once, 1);
	}
	return re->re;
}

/* may a match of @re (compiled) open with the byte @c? */
static gboolean
sw_facts_re_may_open(const SwFactsRe *re, gchar c)
{
	if (re->opens == ' ')
		return (guchar)c >= 0x80 || c == '\0' || strchr(" \t\n\v\f\r", c) != NULL;
	return re->opens == 0 || c == re->opens;
}

gboolean
sw_facts_re_matches(SwFactsRe *re, const gchar *subject)
{
	GRegex *compiled = sw_facts_re(re);

	return sw_facts_re_may_open(re, subject[0]) && g_regex_match(compiled, subject, 0, NULL);
}

gboolean
sw_facts_re_match_at(SwFactsRe *re, const SwFactsCtx *ctx, gsize pos, gsize max, GMatchInfo **info)
{
	gsize end;

	GRegex *compiled = sw_facts_re(re);

	/* a pattern anchored on a byte not here: *@info stays unset */
	if (pos >= ctx->len || !sw_facts_re_may_open(re, ctx->text[pos]))
		return FALSE;
	end = sw_facts_char_back(ctx, MIN(ctx->len, pos + max));
	return g_regex_match_full(compiled, ctx->text + pos, (gssize)(end - pos), 0, 0, info, NULL);
}

gboolean
sw_facts_re_matches_at(SwFactsRe *re, const SwFactsCtx *ctx, gsize pos, gsize max)
{
	return sw_facts_re_match_at(re, ctx, pos, max, NULL);
}

gsize
sw_facts_word_before(const SwFactsCtx *ctx, gsize from, gsize pos, gchar *word, gsize size)
{
	gsize e = pos;
	gsize b;

	while (e > from && ctx->text[e - 1] == ' ')
		e--;
	b = e;
	while (b > from && g_ascii_isalpha(ctx->text[b - 1]) && e - b < size)
		b--;
	if (e - b >= size)
		b = e;
	for (gsize k = 0; k < e - b; k++)
		word[k] = sw_ascii_lower(ctx->text[b + k]);
	word[e - b] = '\0';
	return b;
}

guint
sw_facts_capitals_before(const SwFactsCtx *ctx, gsize end, gsize *start)
{
	gsize b = end;
	guint n = 0;

	while (b > 0 && g_ascii_isalpha(ctx->text[b - 1]))
		n += g_ascii_isupper(ctx->text[--b]) ? 1 : 0;
	if (start != NULL)
		*start = b;
	return n;
}

/* a street's name after a number: "10 Downing Street", "1600
 * Pennsylvania Avenue" */
static SwFactsRe sw_facts_re_street_after = SW_FACTS_RE(
    "^\\s+(?:(?-i:\\p{Lu})[\\w'.-]*\\s+){1,3}(?-i:Street|St\\.|Road|Rd\\.|Avenue|Ave\\.|Boulevard|Blvd\\.|"
    "Square|Lane|Drive|Place|Way|Terrace|Crescent)(?!\\w)");

gboolean
sw_facts_street_after(const SwFactsCtx *ctx, gsize pos)
{
	return sw_facts_re_matches_at(&sw_facts_re_street_after, ctx, pos, 64);
}

gboolean
sw_facts_re_matches_before(SwFactsRe *re, const SwFactsCtx *ctx, gsize pos, gsize max)
{
	return sw_facts_re_find_before(re, ctx, pos, max, NULL);
}

gboolean
sw_facts_re_find_before(SwFactsRe *re, const SwFactsCtx *ctx, gsize pos, gsize max, gsize *start)
{
	g_autoptr(GMatchInfo) mi = NULL;
	gsize s;
	gint ms = 0, me = 0;

	pos = MIN(pos, ctx->len);
	s = sw_facts_char_on(ctx, pos > max ? pos - max : 0);
	if (!g_regex_match_full(sw_facts_re(re), ctx->text + s, (gssize)(pos - s), 0, 0, start != NULL ? &mi : NULL,
				NULL))
		return FALSE;
	if (start != NULL) {
		g_match_info_fetch_pos(mi, 0, &ms, &me);
		*start = s + (gsize)ms;
	}
	return TRUE;
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
	gdouble share = 1;
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
		/* nothing a story counts has more than fifteen digits; a run of
		 * thousands is noise, not a value */
		if (strcspn(digits->str, ".") > 15)
			return FALSE;
		*out = g_ascii_strtod(digits->str, &end);
		return end != NULL && *end == '\0' && isfinite(*out);
	}
	words = g_strsplit_set(t, " -", -1);
	for (guint i = 0; words[i] != NULL; i++) {
		gboolean known = FALSE;
		if (words[i][0] == '\0' || g_str_equal(words[i], "and") || g_str_equal(words[i], "of"))
			continue;
		/* a share of what follows: "half a century" is 50 years, "half
		 * a dozen" 6, "three quarters of an hour" 45 minutes; "two and a
		 * half" ends with it and adds it */
		if (g_str_equal(words[i], "half") && words[i + 1] != NULL &&
		    (g_str_equal(words[i + 1], "a") || g_str_equal(words[i + 1], "an"))) {
			share *= 0.5;
			continue;
		}
		if ((g_str_equal(words[i], "quarter") || g_str_equal(words[i], "quarters")) &&
		    words[i + 1] != NULL && g_str_equal(words[i + 1], "of")) {
			share *= 0.25 * (current > 0 ? current : 1);
			current = 0;
			continue;
		}
		/* "two dozen" is 24: a dozen after a number multiplies it */
		if (g_str_equal(words[i], "dozen") && current > 0) {
			current *= 12;
			any = TRUE;
			continue;
		}
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
	*out = (total + current) * share;
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
	sw_facts_re_future = sw_regex_new(
	    "\\b(will|won't|'ll|shall|going to|expects?|expected|expecting|plans?|planned|"
	    "planning|scheduled|intends?|intended|hopes?|hoped|due to|is to|are to|upcoming|"
	    "(?:would|could|might|may)(?!\\s+have\\b)|next(?!\\s+to\\b)|coming|forecasts?|aims?|set to|likely to|later)\\b",
	    G_REGEX_CASELESS | SW_REGEX_OPTIMIZE, 0, NULL);
	sw_facts_re_past = sw_regex_new(
	    "\\b(said|says|was|were|had|did|ago|last|earlier|reported|announced|told|"
	    /* "could have emerged" looks back */
	    "(?:would|could|might|may|must|should)\\s+have|"
	    "\\w{3,}ed|" SW_FACTS_IRREGULAR_PAST ")\\b",
	    G_REGEX_CASELESS | SW_REGEX_OPTIMIZE, 0, NULL);
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
	/* the sentence around it */
	sw_facts_clause(ctx, start, end, SW_FACTS_SENTENCE_MAX, SW_FACTS_SENTENCE_MAX, "!?\n", &s, &e);
	future = sw_facts_nearest(sw_facts_re_future, ctx->text, s, e, start, end);
	past = sw_facts_nearest(sw_facts_re_past, ctx->text, s, e, start, end);
	if (future == G_MAXSIZE && past == G_MAXSIZE)
		return 0;
	/* "expected" matches both lists: it speaks of the future */
	return future <= past ? 1 : -1;
}

/* ---- the verb that governs a time ---- */

/* A time takes its direction from the verb it hangs on, not from the
 * nearest tense anywhere in the sentence: in "He added that the ceremony
 * would be held on March 24" the date is ahead although "added" is past,
 * and in "In January, a bomb killed three people" it is behind although
 * nothing before it says so. The verb is found by reading words, not by
 * parsing: the nearest cue before the time within its clause, else, when
 * the time opens its clause, the first after it. */

#define SW_TENSE_READ 16 /* words read on each side */
#define SW_TENSE_OPENS 3 /* at most this many words before a time that opens its clause */

typedef struct {
	gchar w[24];	   /* lower case, "’" read as "'"; "" for a word too long */
	gboolean capital; /* began with a capital: "May" is no modal */
	gboolean comma;	   /* a comma stands before it */
} SwTenseWord;

static const gchar *const sw_tense_modal[] = {
    "will", "won't", "shall", "would", "wouldn't", "could", "might", "may", "should", "must", "gonna",
    "can", "cannot", "can't",
};
static SwWordSet sw_tense_modal_set = SW_WORD_SET(sw_tense_modal);
/* words of intent: what they govern lies ahead */
static const gchar *const sw_tense_plan[] = {
    "expects",	 "expected", "expect",	  "expecting", "plans",	    "planned",	 "planning", "plan",
    "scheduled", "intends",  "intended",  "intend",	   "hopes",	    "hoped",	 "hope",     "aims",
    "aimed",	 "aim",	     "upcoming",  "forecast",  "projected", "predicted", "predicts", "slated",
    "poised",	 "due",	     "likely",	  "unlikely",  "vowed",	    "vows",	 "promised", "promises",
    "pledged",	 "pledges",  "threatens", "threatened",
};
static SwWordSet sw_tense_plan_set = SW_WORD_SET(sw_tense_plan);
/* intent only before "to" or "for": "set to", "set for" (not "set a record") */
static const gchar *const sw_tense_plan_to[] = {"set", "going", "about", "ready", "prepared"};
static SwWordSet sw_tense_plan_to_set = SW_WORD_SET(sw_tense_plan_to);
static const gchar *const sw_tense_present[] = {
    "is",  "are",   "am",  "says",	 "tells",    "adds",  "has", "have",
    "isn't", "aren't", "does", "do", "remains", "remain", "continues",
};
static SwWordSet sw_tense_present_set = SW_WORD_SET(sw_tense_present);
/* present forms of verbs that name an event set in the calendar: news
 * tells its past in the past, so with a time they tell what is to come
 * ("the law takes effect on Jan. 1", "the summit opens on Monday").
 * Base forms follow a plural subject ("talks resume in May") */
static const gchar *const sw_tense_schedule[] = {
    "begins",  "begin",   "starts",  "start",    "opens",    "open",   "reopens", "reopen",
    "ends",    "closes",  "close",   "expires",  "expire",   "resumes", "resume", "meets",
    "meet",    "convenes", "convene", "arrives", "arrive",   "departs", "visits", "adjourns",
    "kicks",   "runs",    "airs",     "flies",    "fly",    "travels",
    "leaves",  "publishes", "publish", "hosts",   "host",   "faces",
};
static SwWordSet sw_tense_schedule_set = SW_WORD_SET(sw_tense_schedule);
/* ... and those that do only with the word after them: "takes effect",
 * "comes into force", "goes on sale" */
static const gchar *const sw_tense_schedule_phrase[] = {
    "takes effect", "take effect", "takes office", "take office", "takes place", "take place",
    "comes into",   "come into",   "goes into",    "go into",     "goes on",     "go on",
    "comes out",    "come out",    "goes to",      "go to",       "heads to",    "head to",
    "reports results", "report results", "reports earnings", "report earnings",
};
static SwWordSet sw_tense_schedule_phrase_set = SW_WORD_SET(sw_tense_schedule_phrase);
/* a target a past verb moved something to ("was pushed back to Dec. 31",
 * "put off until March"): the words before it */
static const gchar *const sw_tense_moved_to[] = {"to", "until", "till"};
static SwWordSet sw_tense_moved_to_set = SW_WORD_SET(sw_tense_moved_to);
static const gchar *const sw_tense_moved_particle[] = {"back", "forward", "off", "up", "again"};
static SwWordSet sw_tense_moved_particle_set = SW_WORD_SET(sw_tense_moved_particle);
static const gchar *const sw_tense_past[] = {
    "was",    "were",  "had",	 "did",	   "said",   "told",   "wasn't", "weren't",
    "hadn't", "didn't", "been",	 "got",
};
static SwWordSet sw_tense_past_set = SW_WORD_SET(sw_tense_past);
/* an -ed word after one of these is an adjective ("a still unspecified
 * date", "the proposed merger"), not a past tense */
static const gchar *const sw_tense_adjective_lead[] = {
    "a",     "an",    "the",  "its",   "their", "his",	"her",	"our", "your", "my",
    "this",  "these", "those", "still", "newly", "not",	"long", "well", "once", "recently",
    "first", "most",  "more", "less",  "least", "widely", "much", "some", "any", "no",
};
static SwWordSet sw_tense_adjective_lead_set = SW_WORD_SET(sw_tense_adjective_lead);
/* words in -ed that are no past tense */
static const gchar *const sw_tense_not_past[] = {
    "hundred", "indeed", "speed", "need",  "proceed", "exceed", "succeed", "feed", "seed",
    "breed",   "bleed",  "greed", "creed", "steed",   "weed",   "kindred", "sacred", "naked",
    "wicked",  "rugged", "beloved", "aged", "ragged", "jagged", "crooked", "bed", "shed", "red",
    "wed",     "tweed",  "deed",  "reed",  "embed",   "hatred", "unprecedented", "united",
};
static SwWordSet sw_tense_not_past_set = SW_WORD_SET(sw_tense_not_past);
/* words that stand as the subject before an adverb and its verb */
static const gchar *const sw_tense_subject[] = {
    "he", "she", "it", "they", "we", "i", "you", "who", "which", "that",
};
static SwWordSet sw_tense_subject_set = SW_WORD_SET(sw_tense_subject);
/* where a clause of its own begins: the time belongs to what follows */
static const gchar *const sw_tense_boundary[] = {
    "that", "which", "who", "whom", "whose", "where", "when", "while", "because", "although",
    "though", "whereas", "unless", "if",
};
static SwWordSet sw_tense_boundary_set = SW_WORD_SET(sw_tense_boundary);
/* a time right after one of these names a thing ("the Jan. 14
 * deadline", "a Jan. 14 return date"): no verb speaks for it */
static const gchar *const sw_tense_determiner[] = {
    "the", "a", "an", "its", "their", "his", "her", "our", "your", "my", "this", "these", "those",
};
static SwWordSet sw_tense_determiner_set = SW_WORD_SET(sw_tense_determiner);
/* what follows a verb in -ed and not an adjective in -ed: "collapsed in
 * January", "killed 257 people", "announced the plan" (not "preferred
 * shares"); a number reads as "#" */
static const gchar *const sw_tense_verb_follower[] = {
    "the",  "a",     "an",	   "its",   "his",   "her",	"their", "our",	 "my",	   "your",
    "this", "that",  "these",  "those", "in",    "on",	"at",	 "to",	 "from",   "for",
    "by",   "with",  "into",   "onto",  "after", "before", "during", "about", "over",  "under",
    "up",   "out",   "off",    "down",  "back",  "him",	"them",	 "it",	 "us",	   "me",
    "some", "all",   "no",     "since", "until", "as",	"last",	 "earlier", "late", "early",
    "yesterday", "today", "and", "#", "between", "through", "throughout",
};
static SwWordSet sw_tense_verb_follower_set = SW_WORD_SET(sw_tense_verb_follower);
/* the past tenses not in -ed, from the list the tense patterns use */
static SwWordSet sw_tense_irregular_set = SW_WORD_SET_JOINED(SW_FACTS_IRREGULAR_PAST);

static gboolean
sw_tense_is_irregular(const gchar *w)
{
	return sw_word_set_has(&sw_tense_irregular_set, w);
}

/* a past tense or participle by its form */
static gboolean
sw_tense_is_past_form(const gchar *w)
{
	gsize l = strlen(w);

	if (sw_tense_is_irregular(w))
		return TRUE;
	return l >= 5 && g_str_has_suffix(w, "ed") && !sw_word_set_has(&sw_tense_not_past_set, w);
}

/* one word of text[*i, e) into @w, *i moved past it; FALSE when none is
 * left. A number reads as "#"; a word too long for @w as "" */
static gboolean
sw_tense_read_word(const gchar *t, gsize *i, gsize e, SwTenseWord *w)
{
	gsize p = *i;
	gsize len = 0;
	gboolean over = FALSE;

	memset(w, 0, sizeof *w);
	while (p < e && !g_ascii_isalnum(t[p])) {
		if (t[p] == ',')
			w->comma = TRUE;
		p++;
	}
	if (p >= e)
		return FALSE;
	if (g_ascii_isdigit(t[p])) {
		while (p < e && (g_ascii_isdigit(t[p]) || t[p] == ',' || t[p] == '.'))
			p++;
		w->w[0] = '#';
		*i = p;
		return TRUE;
	}
	w->capital = g_ascii_isupper(t[p]);
	while (p < e) {
		gchar c;
		if (g_ascii_isalpha(t[p])) {
			c = g_ascii_tolower(t[p]);
			p++;
		} else if (t[p] == '\'' && p + 1 < e && g_ascii_isalpha(t[p + 1])) {
			c = '\'';
			p++;
		} else if (p + 3 < e && memcmp(t + p, "\u2019", 3) == 0 && g_ascii_isalpha(t[p + 3])) {
			c = '\'';
			p += 3;
		} else {
			break;
		}
		if (len + 1 < sizeof w->w)
			w->w[len++] = c;
		else
			over = TRUE;
	}
	if (over)
		w->w[0] = '\0';
	*i = p;
	return TRUE;
}

/* the words of text[s, e) in order, at most @max: the last ones when
 * @last, else the first */
static guint
sw_tense_words(const SwFactsCtx *ctx, gsize s, gsize e, gboolean last, SwTenseWord *out, guint max)
{
	SwTenseWord w;
	guint n = 0;
	gsize i = s;

	while (sw_tense_read_word(ctx->text, &i, e, &w)) {
		if (n < max) {
			out[n++] = w;
		} else if (last) {
			memmove(out, out + 1, (max - 1) * sizeof *out);
			out[max - 1] = w;
		} else {
			break;
		}
	}
	return n;
}

/* word @i of @w in a present form that sets an event in the calendar:
 * SW_TENSE_SCHEDULED, -1 after "did", 0 when it is no verb here */
static gint
sw_tense_scheduled(const SwTenseWord *w, guint n, guint i, gboolean before)
{
	const gchar *word = w[i].w;
	const gchar *next = i + 1 < n ? w[i + 1].w : "";
	gboolean next_is_time = before && i + 1 == n;
	guint p = i;

	/* "the deadline is Dec. 31", "the vote is on Sunday" */
	if ((g_str_equal(word, "is") || g_str_equal(word, "are")) && before &&
	    (next_is_time || (i + 2 == n && (g_str_equal(next, "on") || g_str_equal(next, "in") ||
					       g_str_equal(next, "at")))))
		return SW_TENSE_SCHEDULED;
	if (!sw_word_set_has(&sw_tense_schedule_set, word)) {
		/* the two-word forms only when the one-word ones miss: this
		 * runs for every word read before a time */
		gchar phrase[2 * sizeof w->w + 1];
		g_snprintf(phrase, sizeof phrase, "%s %s", word, next);
		if (!sw_word_set_has(&sw_tense_schedule_phrase_set, phrase))
			return 0;
	}
	if (p > 0 && g_str_equal(w[p - 1].w, "not"))
		p--;
	/* "did not meet on Monday" is past; "the visits in May" are things;
	 * "due to expire Friday", "will meet Monday": the word before decides */
	if (p > 0 && sw_word_set_has(&sw_tense_past_set, w[p - 1].w))
		return -1;
	if (p > 0 && (g_str_equal(w[p - 1].w, "to") || sw_word_set_has(&sw_tense_modal_set, w[p - 1].w)))
		return 0;
	if (p > 0 && (sw_word_set_has(&sw_tense_adjective_lead_set, w[p - 1].w) || w[p - 1].w[0] == '#'))
		return 0;
	return SW_TENSE_SCHEDULED;
}

/* what word @i of @w says of the time: +1 ahead, -1 behind, 0 nothing
 * (*stop set when it ends the reading: a present tense); the time itself
 * follows the last word when @before */
static gint
sw_tense_of_word(const SwTenseWord *w, guint n, guint i, gboolean before, gboolean *stop)
{
	const gchar *word = w[i].w;
	const gchar *prev = i > 0 ? w[i - 1].w : "";
	const gchar *next = i + 1 < n ? w[i + 1].w : "";
	gboolean next_is_time = before && i + 1 == n;
	gint t;

	*stop = FALSE;
	if (word[0] == '\0')
		return 0;
	t = sw_tense_scheduled(w, n, i, before);
	if (t != 0)
		return t;
	if ((sw_word_set_has(&sw_tense_modal_set, word) && !(w[i].capital && g_str_equal(word, "may"))) ||
	    g_str_has_suffix(word, "'ll")) {
		/* "would have been held" looks back */
		return g_str_equal(next, "have") ? -1 : 1;
	}
	if (sw_word_set_has(&sw_tense_plan_set, word) ||
	    (sw_word_set_has(&sw_tense_plan_to_set, word) &&
	     (g_str_equal(next, "to") || g_str_equal(next, "for")))) {
		/* "the plan", "its aim", "1,003 likely voters": a thing or a
		 * quality, not an intent; but "the slated visit", "the
		 * upcoming vote" lie ahead */
		if ((sw_word_set_has(&sw_tense_determiner_set, prev) || prev[0] == '#') &&
		    !g_str_has_suffix(word, "ed") && !g_str_equal(word, "upcoming"))
			return 0;
		/* "a plan told in the past": "was due to", "had planned to" */
		if (sw_word_set_has(&sw_tense_past_set, prev)) {
			*stop = TRUE;
			return 0;
		}
		/* the time of the saying itself: "the leader predicted
		 * Monday" (but "the verdict is expected Monday", "a scheduled
		 * Dec. 15 tariff") */
		if (next_is_time && g_str_has_suffix(word, "ed") &&
		    !sw_word_set_has(&sw_tense_present_set, prev) && !g_str_equal(prev, "be") &&
		    !sw_word_set_has(&sw_tense_determiner_set, prev))
			return -1;
		return 1;
	}
	/* "is to", and "be", which follows only a modal or "to": "will be
	 * signed", "expected to be held" */
	if ((g_str_equal(word, "to") && (g_str_equal(prev, "is") || g_str_equal(prev, "are"))) ||
	    g_str_equal(word, "be"))
		return 1;
	/* "has until March 14 to respond": a deadline ahead */
	if ((g_str_equal(word, "has") || g_str_equal(word, "have")) &&
	    (g_str_equal(next, "until") || g_str_equal(next, "till")))
		return 1;
	if (sw_word_set_has(&sw_tense_present_set, word)) {
		*stop = TRUE;
		return 0;
	}
	if (sw_word_set_has(&sw_tense_past_set, word))
		return -1;
	if (sw_tense_is_past_form(word)) {
		/* "will be held", "is being held": the verb before decides */
		if (g_str_equal(prev, "be") || g_str_equal(prev, "being"))
			return 0;
		/* "when the case is heard in May": present */
		if (sw_word_set_has(&sw_tense_present_set, prev) && !g_str_equal(prev, "has") &&
		    !g_str_equal(prev, "have")) {
			*stop = TRUE;
			return 0;
		}
		if (sw_word_set_has(&sw_tense_adjective_lead_set, prev))
			return 0;
		/* after a word in -ly: a verb when a subject stands before
		 * it ("Epstein reportedly committed suicide in August", "who
		 * quietly resigned"), else one more adjective ("a hotly
		 * contested race") unless what follows makes it a verb ("the
		 * assembly voted in May": "assembly" is no adverb) */
		if (g_str_has_suffix(prev, "ly")) {
			const SwTenseWord *pp = i >= 2 ? &w[i - 2] : NULL;
			if (pp != NULL && (sw_word_set_has(&sw_tense_subject_set, pp->w) ||
					   (pp->capital && !sw_word_set_has(&sw_tense_adjective_lead_set, pp->w))))
				return -1;
			if (!before)
				return 0;
		}
		/* before the time, a regular form is a verb by what follows
		 * it; after a time that opens its clause ("In September, it
		 * announced plans") the first one is the verb */
		if (before && !sw_tense_is_irregular(word) && !next_is_time &&
		    !(i + 1 < n && w[i + 1].capital) && !sw_word_set_has(&sw_tense_verb_follower_set, next))
			return 0;
		return -1;
	}
	return 0;
}

/* what a share of people does, the verb right after it */
static SwFactsRe sw_facts_re_share_acts = SW_FACTS_RE(
    "^\\s+(?:were|was|are|is|have|had|did|do|would|will|could|opposed|oppose|backed|back|supported|support|agreed|"
    "agree|disagreed|disagree|voted|vote|thought|think|believed|believe|wanted|want|expected|expect|" SW_FACTS_SAY
    ")\\b");

gboolean
sw_facts_share_acts(const SwFactsCtx *ctx, gsize pos)
{
	return sw_facts_re_matches_at(&sw_facts_re_share_acts, ctx, pos, 24);
}

gboolean
sw_facts_headline(const SwFactsCtx *ctx, gsize end)
{
	gsize s, e;

	sw_facts_clause(ctx, end, end, 0, 300, "\n", &s, &e);
	if (e < ctx->len && ctx->text[e] != '\n')
		return FALSE; /* a line this long is a paragraph */
	while (e > end && g_ascii_isspace(ctx->text[e - 1]))
		e--;
	/* a closing quote, straight or curly, ends a sentence too */
	return e > 0 && strchr(".!?\"'", ctx->text[e - 1]) == NULL &&
	       !(e >= 3 && (guchar)ctx->text[e - 3] == 0xe2 && (guchar)ctx->text[e - 2] == 0x80);
}

gint
sw_facts_verb_tense(const SwFactsCtx *ctx, gsize start, gsize end)
{
	SwTenseWord w[SW_TENSE_READ + 1];
	gsize s, e;
	guint n, first;
	guint read = 0;
	gboolean infinitive = FALSE;

	sw_facts_clause(ctx, start, end, 240, 240, "!?;:\n", &s, &e);
	/* before: nearest first; one word more than is read, for the word
	 * before the farthest */
	n = sw_tense_words(ctx, s, start, TRUE, w, G_N_ELEMENTS(w));
	first = n > SW_TENSE_READ ? 1 : 0;
	if (n > 0 && sw_word_set_has(&sw_tense_determiner_set, w[n - 1].w))
		return 0;
	for (guint i = n; i-- > first;) {
		gboolean stop;
		gint t;

		/* ", and in March the firm will ...": a clause of its own */
		if (sw_word_set_has(&sw_tense_boundary_set, w[i].w) ||
		    (w[i].comma && (g_str_equal(w[i].w, "and") || g_str_equal(w[i].w, "but")))) {
			read = 0; /* the time opens the clause after it */
			break;
		}
		read++;
		/* "decided to admit them in March": the time is after the
		 * deciding, so a past verb beyond says nothing of it; not a
		 * figure a verb moved to ("fell to 7.6 million in August") */
		if (g_str_equal(w[i].w, "to") && i + 1 < n && !w[i + 1].capital && w[i + 1].w[0] != '#' &&
		    !sw_word_set_has(&sw_tense_adjective_lead_set, w[i + 1].w))
			infinitive = TRUE;
		t = sw_tense_of_word(w, n, i, TRUE, &stop);
		if (stop)
			return 0;
		if (t == SW_TENSE_SCHEDULED)
			return sw_facts_headline(ctx, end) ? 0 : t;
		if (t > 0)
			return 1;
		if (t < 0)
			return infinitive ? 0 : -1;
	}
	/* after: the first cue, when the time opens its clause ("In
	 * January, a bomb killed ..."); else nothing says */
	if (read > SW_TENSE_OPENS)
		return 0;
	n = sw_tense_words(ctx, end, e, FALSE, w, G_N_ELEMENTS(w));
	for (guint i = 0; i < n; i++) {
		gboolean stop;
		gint t;

		if (sw_word_set_has(&sw_tense_boundary_set, w[i].w))
			break;
		t = sw_tense_of_word(w, n, i, FALSE, &stop);
		if (stop)
			return 0;
		if (t == SW_TENSE_SCHEDULED && sw_facts_headline(ctx, end))
			return 0;
		if (t != 0)
			return t;
	}
	return 0;
}

/* the verbs that move a date, past a thing moved ("has delayed the
 * release of her album until 9 May") */
static const gchar *const sw_tense_moving[] = {"delayed", "postponed", "pushed", "moved", "deferred",
						"rescheduled", "adjourned", "extended", "shifted", "brought"};
static SwWordSet sw_tense_moving_set = SW_WORD_SET(sw_tense_moving);

gboolean
sw_facts_moved_to(const SwFactsCtx *ctx, gsize start)
{
	SwTenseWord w[12];
	gsize s, e;
	guint n;
	guint i;

	sw_facts_clause(ctx, start, start, 120, 0, "!?;:.\n", &s, &e);
	n = sw_tense_words(ctx, s, start, TRUE, w, G_N_ELEMENTS(w));
	/* "has been rescheduled for 19 May": "for" only after that verb,
	 * as "delayed for" is followed by a while */
	if (n >= 2 && g_str_equal(w[n - 1].w, "for") &&
	    (g_str_equal(w[n - 2].w, "rescheduled") || g_str_equal(w[n - 2].w, "re-scheduled")))
		return TRUE;
	if (n < 2 || !sw_word_set_has(&sw_tense_moved_to_set, w[n - 1].w))
		return FALSE;
	/* "pushed back to", "put off until" */
	for (i = n - 1; i-- > 0 && sw_word_set_has(&sw_tense_moved_particle_set, w[i].w);)
		;
	if (i >= n)
		return FALSE;
	if (sw_tense_is_past_form(w[i].w))
		return TRUE;
	/* or a verb of moving a few words back, past what it moved, with no
	 * other verb between */
	for (; i-- > 0;) {
		if (sw_word_set_has(&sw_tense_moving_set, w[i].w))
			return TRUE;
		if (sw_tense_is_past_form(w[i].w))
			return FALSE;
	}
	return FALSE;
}

/* ---- zones and cues ---- */

static const struct {
	const gchar *words;
	guint cue;
} sw_facts_cue_words[] = {
    {"january february march april may june july august september october november december "
     "jan feb mar apr jun jul aug sep sept oct nov dec",
     SW_CUE_MONTH},
    {"monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays "
     "thursdays fridays saturdays sundays mon tue tues wed thu thur thurs fri sat sun",
     SW_CUE_WEEKDAY},
    {"eighteen nineteen thousand", SW_CUE_YEARWORD},
    {"twenties thirties forties fifties sixties seventies eighties nineties", SW_CUE_DECADE},
    {"second seconds minute minutes hour hours day days night nights week weeks fortnight "
     "fortnights month months quarter quarters year years decade decades century centuries "
     "weekend weekends hr hrs min mins sec secs yr yrs wk wks",
     SW_CUE_UNIT},
    {"yesterday today tomorrow tonight", SW_CUE_DAYWORD},
    {"morning afternoon evening night", SW_CUE_POD},
    {"half", SW_CUE_HALF},
    {"spring summer fall autumn winter", SW_CUE_SEASON},
    {"now currently nowadays present presently days moment recently lately formerly past "
     "future term later someday",
     SW_CUE_REF},
    {"every each per hourly daily nightly weekly biweekly monthly quarterly yearly annually once "
     "twice times annual basis weekdays weekends",
     SW_CUE_SET},
    /* a clock time holds a.m. or p.m. (the "m"), its zone or "hours",
     * or is noon; "07:00" is cued by its colon (sw_facts_zones) */
    {"noon midnight midday am pm m gmt utc est edt cet bst local hours", SW_CUE_CLOCK},
    {"period", SW_CUE_PERIOD},
    {"one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
     "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy "
     "eighty ninety hundred hundreds dozen dozens million billion",
     SW_CUE_NUMWORD},
    /* the currency words come from quantity.c's tables
     * (sw_quantity_currency_cues) */
    {"percent pct pc cent", SW_CUE_PERCENT},
    /* the word of each holiday's name that no other holiday needs to share */
    {"thanksgiving christmas easter halloween valentine patrick year eve luther presidents "
     "mother father labor memorial election veterans boxing july good ash pentecost black cyber",
     SW_CUE_HOLIDAY},
    /* the words of play sw_timex_about_play looks for, each cut at its
     * hyphens and spaces */
    {"halftime overtime touchdown touchdowns goal goals pointers throw throws rebound rebounds "
     "quarterback interception interceptions fumble fumbled scored inning innings buzzer kickoff "
     "kick kicks sent stoppage extra equaliser equalizer minute",
     SW_CUE_PLAY},
    /* narrower cues for rules that a common cue would run everywhere:
     * "two weeks ago" or "a month's time" holds one of these words, "the
     * 16th" the letters after its digits, "the 20th century" its word */
    {"ago earlier later now hence time before", SW_CUE_AGO},
    {"st nd rd th", SW_CUE_ORDINAL},
    {"century centuries", SW_CUE_CENTURY},
    /* and a share told in words: "fully contained", "no growth"; a move
     * as a multiple, "doubled" */
    {"half third thirds quarter quarters fifth fifths tenth tenths contained growth doubled tripled trebled "
     "quadrupled halved",
     SW_CUE_FRACTION},
};

/* the cue of each slot of SwFactsZone.first */
static const guint sw_facts_slot_bits[SW_CUE_SLOTS] = {
    SW_CUE_DIGIT, SW_CUE_MONTH,	  SW_CUE_WEEKDAY,  SW_CUE_UNIT,	   SW_CUE_POD,	   SW_CUE_SET,	   SW_CUE_CLOCK,
    SW_CUE_PERIOD, SW_CUE_NUMWORD, SW_CUE_CURRENCY, SW_CUE_PERCENT, SW_CUE_AGO, SW_CUE_YEARNUM,
    SW_CUE_FRACTION,
};
static guint sw_facts_slotted; /* their bits together, set with the cue table */

static GHashTable *sw_facts_cues; /* lower-case word -> cue bits */

/* each word of @words under @cue; the table takes the words, the
 * vector is freed */
static void
sw_facts_cues_add(gchar **words, guint cue)
{
	for (gchar **w = words; *w != NULL; w++) {
		guint bits = GPOINTER_TO_UINT(g_hash_table_lookup(sw_facts_cues, *w));
		g_hash_table_insert(sw_facts_cues, *w, GUINT_TO_POINTER(bits | cue));
	}
	g_free(words);
}

static void
sw_facts_cues_init(void)
{
	static gsize once = 0;

	if (!g_once_init_enter(&once))
		return;
	/* the table owns the words; a word under two cues is freed once merged */
	sw_facts_cues = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	for (guint i = 0; i < G_N_ELEMENTS(sw_facts_cue_words); i++)
		sw_facts_cues_add(g_strsplit(sw_facts_cue_words[i].words, " ", -1), sw_facts_cue_words[i].cue);
	sw_facts_cues_add(sw_quantity_currency_cues(), SW_CUE_CURRENCY);
	for (guint s = 0; s < SW_CUE_SLOTS; s++)
		sw_facts_slotted |= sw_facts_slot_bits[s];
	g_once_init_leave(&once, 1);
}

/* the cues of a byte outside words and numbers: "$", "%", and the lead
 * bytes of the currency signs € £ ¥ ₽ ₹ ₩ (a cue may be too broad, never
 * missed); digits are cued by their run (sw_facts_zones) */
static guint
sw_facts_byte_cue(const gchar *p, const gchar *end)
{
	if (*p == '$')
		return SW_CUE_CURRENCY;
	if (*p == '%')
		return SW_CUE_PERCENT;
	if (*p == '\xc2' && p + 1 < end && (p[1] == '\xa3' || p[1] == '\xa5'))
		return SW_CUE_CURRENCY;
	if (*p == '\xe2' && p + 1 < end && p[1] == '\x82')
		return SW_CUE_CURRENCY;
	return 0;
}

/* @bits are cued at text[@at]: the zone keeps the first place of each */
static void
sw_facts_zone_cue(SwFactsZone *z, guint bits, gsize at)
{
	guint fresh = bits & ~z->cues & sw_facts_slotted;

	z->cues |= bits;
	for (guint s = 0; fresh != 0 && s < SW_CUE_SLOTS; s++) {
		if ((fresh & sw_facts_slot_bits[s]) != 0)
			z->first[s] = (guint16)MIN(at - z->start, (gsize)G_MAXUINT16);
	}
}

static void
sw_facts_zone_end(GArray *zones, SwFactsZone *z, gsize end)
{
	z->end = end;
	if (z->cues != 0 && z->end > z->start)
		g_array_append_val(zones, *z);
	z->start = end;
	z->cues = 0;
}

/* Zones end at line breaks and at sentence ends that cannot be an
 * abbreviation (a lower-case word of three letters or more, then a stop,
 * a space and a capital), so no fact spans two of them. */
static GArray *
sw_facts_zones(const gchar *text, gsize len)
{
	GArray *zones = g_array_new(FALSE, FALSE, sizeof(SwFactsZone));
	SwFactsZone z = {0};
	gsize i = 0;

	sw_facts_cues_init();
	while (i < len) {
		gchar c = text[i];
		if (g_ascii_isalpha(c)) {
			gsize w = i;
			gboolean lower = TRUE;
			while (i < len && g_ascii_isalpha(text[i])) {
				lower = lower && g_ascii_islower(text[i]);
				i++;
			}
			/* the longest cue word ("interceptions") has thirteen
			 * letters */
			if (i - w <= 13) {
				gchar buf[14];
				guint bits;
				for (gsize k = w; k < i; k++)
					buf[k - w] = sw_ascii_lower(text[k]);
				buf[i - w] = '\0';
				bits = GPOINTER_TO_UINT(g_hash_table_lookup(sw_facts_cues, buf));
				if (!g_ascii_isupper(text[w]))
					bits &= ~(guint)SW_CUE_CAPITAL;
				if (bits != 0)
					sw_facts_zone_cue(&z, bits, w);
			}
			if (lower && i - w >= 3 && i + 2 < len && strchr(".!?", text[i]) != NULL &&
			    text[i + 1] == ' ' && g_ascii_isupper(text[i + 2])) {
				sw_facts_zone_end(zones, &z, i + 1);
				i++;
			}
			continue;
		}
		if (g_ascii_isdigit(c)) {
			gsize d = i;
			while (i < len && g_ascii_isdigit(text[i]))
				i++;
			sw_facts_zone_cue(&z, SW_CUE_DIGIT | (i - d == 4 ? SW_CUE_YEARNUM : 0), d);
			continue;
		}
		/* "07:00": a clock, though it says neither a.m. nor GMT */
		if (sw_facts_digit_colon(text, len, i))
			sw_facts_zone_cue(&z, SW_CUE_CLOCK, i);
		{
			guint bits = sw_facts_byte_cue(text + i, text + len);
			if (bits != 0)
				sw_facts_zone_cue(&z, bits, i);
		}
		i++;
		if (c == '\n')
			sw_facts_zone_end(zones, &z, i);
	}
	sw_facts_zone_end(zones, &z, len);
	return zones;
}

/* the text's zones, cut on first use */
static GArray *
sw_facts_ctx_zones(SwFactsCtx *ctx)
{
	if (ctx->zones == NULL)
		ctx->zones = sw_facts_zones(ctx->text, ctx->len);
	return ctx->zones;
}

gboolean
sw_facts_cue_in(SwFactsCtx *ctx, gsize start, gsize end, guint need)
{
	GArray *zones = sw_facts_ctx_zones(ctx);
	guint lo = 0, hi;

	/* the first zone that ends after @start: zones are in text order and
	 * apart, and a page of a thousand quarters asks a thousand times */
	hi = zones->len;
	while (lo < hi) {
		guint mid = lo + (hi - lo) / 2;
		if (g_array_index(zones, SwFactsZone, mid).end <= start)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (guint i = lo; i < zones->len; i++) {
		const SwFactsZone *z = &g_array_index(zones, SwFactsZone, i);
		if (z->start >= end)
			break;
		if (z->end > start && (z->cues & need) != 0)
			return TRUE;
	}
	return FALSE;
}

gboolean sw_facts_scan_whole_zones = FALSE;

/* where a scan of @z for a pattern with @need cues and @lead words
 * before them may start: @lead words before the word of the zone's
 * first such cue. Only ASCII spaces part words here; the patterns' \s
 * also takes Unicode spaces, which only makes a word longer here and
 * the start earlier. */
static gsize
sw_facts_scan_start(const gchar *text, const SwFactsZone *z, guint need, guint lead)
{
	gsize at = G_MAXSIZE;
	gsize p;

	if (lead == SW_LEAD_ZONE || (need & ~sw_facts_slotted) != 0 || sw_facts_scan_whole_zones)
		return z->start;
	for (guint s = 0; s < SW_CUE_SLOTS; s++) {
		if ((need & z->cues & sw_facts_slot_bits[s]) == 0)
			continue;
		if (z->first[s] == G_MAXUINT16)
			return z->start;
		at = MIN(at, z->start + z->first[s]);
	}
	p = at;
	while (p > z->start && !g_ascii_isspace(text[p - 1]))
		p--;
	for (guint k = 0; k < lead && p > z->start; k++) {
		while (p > z->start && g_ascii_isspace(text[p - 1]))
			p--;
		while (p > z->start && !g_ascii_isspace(text[p - 1]))
			p--;
	}
	return p;
}

void
sw_facts_scan(SwFactsCtx *ctx, GRegex *re, guint need, guint lead, SwFactsMatchFunc fn, gpointer data)
{
	GArray *zones = sw_facts_ctx_zones(ctx);

	for (guint i = 0; i < zones->len; i++) {
		const SwFactsZone *z = &g_array_index(zones, SwFactsZone, i);
		g_autoptr(GMatchInfo) m = NULL;
		if ((z->cues & need) == 0)
			continue;
		/* the zone's end is the string's end; what lies before it still
		 * counts for look-behind */
		g_regex_match_full(re, ctx->text, (gssize)z->end, (gint)sw_facts_scan_start(ctx->text, z, need, lead),
				   0, &m, NULL);
		while (g_match_info_matches(m)) {
			fn(ctx, m, data);
			g_match_info_next(m, NULL);
		}
	}
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

/* what the finders kept while working; the facts stay */
static void
sw_facts_ctx_clear(SwFactsCtx *ctx)
{
	g_clear_pointer(&ctx->zones, g_array_unref);
	g_clear_pointer(&ctx->taken, g_free);
	g_clear_pointer(&ctx->names, g_ptr_array_unref);
	g_clear_pointer(&ctx->dropped, g_hash_table_unref);
	g_clear_pointer(&ctx->sexes, g_hash_table_unref);
}

SwFactsStory *
sw_facts_story_new(const gchar *text, gsize len)
{
	SwFactsStory *story = g_new0(SwFactsStory, 1);

	story->text = text;
	story->len = len;
	return story;
}

void
sw_facts_story_free(SwFactsStory *story)
{
	g_free(story);
}

GPtrArray *
sw_facts_find_temporal(const gchar *text, gsize len, const GDate *ref)
{
	SwFactsStory story = {.text = text, .len = len};
	SwFactsCtx ctx = {.text = text,
			  .len = len,
			  .story = &story,
			  .ref = ref,
			  .out = g_ptr_array_new_with_free_func((GDestroyNotify)sw_fact_free)};

	sw_timex_find(&ctx);
	sw_facts_ctx_clear(&ctx);
	g_ptr_array_sort(ctx.out, sw_facts_cmp);
	return ctx.out;
}

GPtrArray *
sw_facts_find(const gchar *text, gsize len, const GDate *ref)
{
	SwFactsStory story = {.text = text, .len = len};

	return sw_facts_find_in_story(text, len, ref, &story);
}

GPtrArray *
sw_facts_find_in_story(const gchar *text, gsize len, const GDate *ref, SwFactsStory *story)
{
	SwFactsCtx ctx = {.text = text,
			  .len = len,
			  .story = story,
			  .ref = ref,
			  .out = g_ptr_array_new_with_free_func((GDestroyNotify)sw_fact_free)};

	sw_timex_find(&ctx);
	sw_quantity_find(&ctx);
	sw_names_find(&ctx);
	sw_quotes_find(&ctx);
	sw_facts_ctx_clear(&ctx);
	g_ptr_array_sort(ctx.out, sw_facts_cmp);
	return ctx.out;
}

void
sw_facts_date_of_time(gint64 t, GDate *out)
{
	g_autoptr(GDateTime) dt = sw_clock_local(t);

	g_date_clear(out, 1);
	if (dt != NULL)
		g_date_set_dmy(out, (GDateDay)g_date_time_get_day_of_month(dt),
			       (GDateMonth)g_date_time_get_month(dt), (GDateYear)g_date_time_get_year(dt));
}

void
sw_facts_version_day(const gchar *iso, gint64 t, GDate *out)
{
	GDate at;

	sw_facts_date_of_time(t, &at);
	if (g_date_valid(&at))
		g_date_add_days(&at, 1);
	if (iso != NULL && sw_facts_parse_ref_date(iso, out) && (!g_date_valid(&at) || g_date_compare(out, &at) <= 0))
		return;
	sw_facts_date_of_time(t, out);
}

/* what a dateline may hold beside its dates and times: the words that
 * lead them, a byline's "by", a clock's seconds and zone the time finder
 * leaves ("2025-03-04T10:00:00Z") */
static SwFactsRe sw_facts_re_dateline_rest = SW_FACTS_RE(
    "^(?:[\\s,;|/\u00b7()\u2013-]|:\\d\\d(?:\\.\\d+)?|:|\\d{1,2}:\\d\\d|[+-]\\d\\d:?\\d\\d|(?<=\\d)z\\b|"
    "\\b(?:first|last|published|updated|posted|modified|on|at|and|by|z|gmt|utc|bst|cet|cest|[ecmp][sd]t)\\b)*$");

/* a date or a time whose value names its day, with its year written:
 * the same whatever the reference */
static gboolean
sw_facts_written_day(const SwFact *f, GDate *out)
{
	gchar year[5];

	if ((f->kind != SW_FACT_DATE && f->kind != SW_FACT_TIME) || f->value == NULL ||
	    !sw_facts_parse_ref_date(f->value, out))
		return FALSE;
	memcpy(year, f->value, 4);
	year[4] = '\0';
	return strstr(f->text, year) != NULL;
}

/* a dateline is short; a sentence with a date in it is no dateline */
#define SW_FACTS_DATELINE_MAX 120

gboolean
sw_facts_dateline_of(const gchar *line, GPtrArray *facts, GDate *out)
{
	g_autoptr(GString) rest = NULL;
	gsize len = strlen(line), at = 0;
	gboolean any = FALSE;

	if (len == 0 || len > SW_FACTS_DATELINE_MAX || facts->len == 0)
		return FALSE;
	rest = g_string_new(NULL);
	for (guint i = 0; i < facts->len; i++) {
		SwFact *f = g_ptr_array_index(facts, i);
		GDate day;
		/* "By Tom Reed | 3 March 2025": a byline may lead it */
		if (f->kind != SW_FACT_DATE && f->kind != SW_FACT_TIME &&
		    !((f->kind == SW_FACT_PERSON || f->kind == SW_FACT_ORG) && g_ascii_strncasecmp(line, "by ", 3) == 0))
			return FALSE;
		g_string_append_len(rest, line + at, (gssize)(f->start - at));
		at = f->end;
		if (sw_facts_written_day(f, &day) && (!any || g_date_compare(&day, out) > 0)) {
			*out = day;
			any = TRUE;
		}
	}
	g_string_append(rest, line + at);
	return any && sw_facts_re_matches(&sw_facts_re_dateline_rest, rest->str);
}

gboolean
sw_facts_dateline_day(const gchar *line, GDate *out)
{
	g_autoptr(GPtrArray) facts = NULL;
	gsize len = strlen(line);

	if (len == 0 || len > SW_FACTS_DATELINE_MAX || !g_utf8_validate(line, (gssize)len, NULL))
		return FALSE;
	facts = sw_facts_find(line, len, NULL);
	return sw_facts_dateline_of(line, facts, out);
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
