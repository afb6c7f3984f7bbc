/* SPDX-License-Identifier: MIT
 *
 * Our GRegex helpers: whether to JIT, and the rewrite of long word
 * alternations that the fact finders' patterns are made of, so that PCRE2
 * does not try every word at every place a match may start.
 */
#define G_LOG_DOMAIN "storywatch"

#include "sw/regex.h"

GRegexCompileFlags
sw_regex_optimize(void)
{
	static gsize once = 0;
	static GRegexCompileFlags flags;

	if (g_once_init_enter(&once)) {
		flags = g_getenv("STORYWATCH_NO_JIT") != NULL ? 0 : G_REGEX_OPTIMIZE;
		g_once_init_leave(&once, 1);
	}
	return flags;
}

/* ---- alternations factored on their first letter ----
 *
 * PCRE2 tries a group's alternatives one after another, so "(?:said|says|
 * was|were|...)" of two hundred words costs two hundred tests at every
 * word, where "(?:s(?:aid|ays)|w(?:as|ere))" costs one a letter. The
 * rewrite keeps the pattern's meaning: it groups only alternatives that
 * open with a plain ASCII letter or digit carrying no quantifier, only
 * within a run of such alternatives, and keeps their order within a
 * group; alternatives whose first letters differ (folded, where the case
 * is ignored) cannot both match at one place, so the order between groups
 * does not matter. Lookbehinds, whose branches PCRE2 wants of fixed
 * length, are left as they are, and so is a level whose case the rewrite
 * cannot follow (an inline "(?i)" without a colon). A pattern it cannot
 * read (\Q...\E, extended mode) is left whole. */

typedef enum { SW_CASE_EXACT, SW_CASE_FOLDED, SW_CASE_UNKNOWN } SwRegexCase;

typedef struct {
	const gchar *p;
	const gchar *end;
	gboolean failed; /* a construct the rewrite does not read */
} SwRegexScan;

static void sw_regex_body(SwRegexScan *sc, SwRegexCase mode, gboolean verbatim, GString *out, gboolean *captures);

/* one escape from sc->p ("\b", "\p{Lu}"), copied */
static void
sw_regex_escape(SwRegexScan *sc, GString *out)
{
	g_string_append_c(out, *sc->p++);
	if (sc->p >= sc->end) {
		sc->failed = TRUE;
		return;
	}
	if (*sc->p == 'Q')
		sc->failed = TRUE;
	g_string_append_c(out, *sc->p++);
}

/* a character class from its "[" to its "]", copied */
static void
sw_regex_class(SwRegexScan *sc, GString *out)
{
	g_string_append_c(out, *sc->p++);
	if (sc->p < sc->end && *sc->p == '^')
		g_string_append_c(out, *sc->p++);
	/* a "]" first is a member */
	if (sc->p < sc->end && *sc->p == ']')
		g_string_append_c(out, *sc->p++);
	while (sc->p < sc->end && *sc->p != ']') {
		if (*sc->p == '\\') {
			sw_regex_escape(sc, out);
		} else if (*sc->p == '[' && sc->p + 1 < sc->end && sc->p[1] == ':') {
			/* "[:alpha:]" */
			const gchar *close = g_strstr_len(sc->p + 2, sc->end - sc->p - 2, ":]");
			if (close == NULL) {
				sc->failed = TRUE;
				return;
			}
			g_string_append_len(out, sc->p, close + 2 - sc->p);
			sc->p = close + 2;
		} else {
			g_string_append_c(out, *sc->p++);
		}
	}
	if (sc->p >= sc->end) {
		sc->failed = TRUE;
		return;
	}
	g_string_append_c(out, *sc->p++);
}

/* the option letters of "(?-i:" or "(?i)" at sc->p (past "(?"): the case
 * they leave, and whether a ":" opens a group (else they hold to the end
 * of the enclosing one) */
static SwRegexCase
sw_regex_options(SwRegexScan *sc, SwRegexCase mode, gboolean *group, GString *out)
{
	gboolean off = FALSE;

	while (sc->p < sc->end && (g_ascii_isalpha(*sc->p) || *sc->p == '-')) {
		if (*sc->p == '-')
			off = TRUE;
		else if (*sc->p == 'i')
			mode = off ? SW_CASE_EXACT : SW_CASE_FOLDED;
		else if (*sc->p == 'x')
			sc->failed = TRUE; /* white space would mean nothing */
		g_string_append_c(out, *sc->p++);
	}
	if (sc->p >= sc->end || (*sc->p != ':' && *sc->p != ')')) {
		sc->failed = TRUE;
		return mode;
	}
	*group = *sc->p == ':';
	g_string_append_c(out, *sc->p++);
	return mode;
}

/* a group from its "(" to its ")", its inside rewritten unless it is a
 * lookbehind, lies in one (@verbatim) or is a form the rewrite does not
 * read; when it was an option setting such as "(?-i)", *@set is TRUE
 * and *@inline_mode the case it leaves; *@captures is set when it or a
 * group inside it captures */
static void
sw_regex_group(SwRegexScan *sc, SwRegexCase mode, gboolean verbatim, SwRegexCase *inline_mode, gboolean *set,
	       GString *out, gboolean *captures)
{
	gboolean capturing = TRUE;

	g_string_append_c(out, *sc->p++);
	if (sc->p < sc->end && *sc->p == '?') {
		g_string_append_c(out, *sc->p++);
		capturing = FALSE;
		if (sc->p >= sc->end) {
			sc->failed = TRUE;
			return;
		}
		if (*sc->p == ':' || *sc->p == '>' || *sc->p == '=' || *sc->p == '!') {
			g_string_append_c(out, *sc->p++);
		} else if (*sc->p == '<' && sc->p + 1 < sc->end && (sc->p[1] == '=' || sc->p[1] == '!')) {
			g_string_append_len(out, sc->p, 2);
			sc->p += 2;
			verbatim = TRUE;
		} else if (*sc->p == '<' || *sc->p == '\'' ||
			   (*sc->p == 'P' && sc->p + 1 < sc->end && sc->p[1] == '<')) {
			/* a named group */
			gchar close = *sc->p == '\'' ? '\'' : '>';
			capturing = TRUE;
			while (sc->p < sc->end && *sc->p != close)
				g_string_append_c(out, *sc->p++);
			if (sc->p >= sc->end) {
				sc->failed = TRUE;
				return;
			}
			g_string_append_c(out, *sc->p++);
		} else if (g_ascii_isalpha(*sc->p) || *sc->p == '-') {
			gboolean group = FALSE;
			SwRegexCase inner = sw_regex_options(sc, mode, &group, out);
			if (!group) {
				*inline_mode = inner;
				*set = TRUE;
				return;
			}
			mode = inner;
		} else {
			/* "(?#", "(?(", "(?|", recursion: copied as they are */
			verbatim = TRUE;
		}
	}
	if (capturing)
		*captures = TRUE;
	sw_regex_body(sc, mode, verbatim, out, captures);
	if (sc->p >= sc->end || *sc->p != ')') {
		sc->failed = TRUE;
		return;
	}
	g_string_append_c(out, *sc->p++);
}

/* can @alt be grouped by its first byte: a letter or digit that no
 * quantifier follows, and (@captures FALSE) no capturing group in it,
 * which moved before another alternative's would take that one's
 * number? */
static gboolean
sw_regex_plain_start(const gchar *alt, gboolean captures)
{
	return !captures && g_ascii_isalnum(alt[0]) && (alt[1] == '\0' || strchr("?*+{", alt[1]) == NULL);
}

static gchar
sw_regex_key(const gchar *alt, SwRegexCase mode)
{
	return mode == SW_CASE_FOLDED ? g_ascii_tolower(alt[0]) : alt[0];
}

/* the alternatives @alts joined by "|", each run of plain openings
 * grouped by first byte in the order each first shows, the tails of a
 * group factored in turn; @captures (nullable: none) tells which hold a
 * capturing group */
static gchar *
sw_regex_join(gchar **alts, const gboolean *captures, guint n, SwRegexCase mode)
{
	g_autoptr(GPtrArray) pieces = g_ptr_array_new_with_free_func(g_free);
	g_autofree gboolean *done = g_new0(gboolean, n + 1);

	for (guint i = 0; i < n; i++) {
		guint run = i;
		g_autoptr(GPtrArray) tails = NULL;
		if (done[i])
			continue;
		if (mode == SW_CASE_UNKNOWN || !sw_regex_plain_start(alts[i], captures != NULL && captures[i])) {
			g_ptr_array_add(pieces, g_strdup(alts[i]));
			continue;
		}
		/* the same first byte further on, up to the run's end */
		tails = g_ptr_array_new();
		while (run < n && sw_regex_plain_start(alts[run], captures != NULL && captures[run])) {
			if (!done[run] && sw_regex_key(alts[run], mode) == sw_regex_key(alts[i], mode)) {
				done[run] = TRUE;
				g_ptr_array_add(tails, alts[run] + 1);
			}
			run++;
		}
		if (tails->len == 1) {
			g_ptr_array_add(pieces, g_strdup(alts[i]));
		} else {
			/* no tail holds a capture: the grouped held none */
			g_autofree gchar *inner = sw_regex_join((gchar **)tails->pdata, NULL, tails->len, mode);
			g_ptr_array_add(pieces, g_strdup_printf("%c(?:%s)", alts[i][0], inner));
		}
	}
	g_ptr_array_add(pieces, NULL);
	return g_strjoinv("|", (gchar **)pieces->pdata);
}

/* a body of alternatives up to the ")" that closes its group (or the
 * pattern's end), rewritten into @out; @verbatim copies it as it is;
 * *@captures is set when a group in it captures */
static void
sw_regex_body(SwRegexScan *sc, SwRegexCase mode, gboolean verbatim, GString *out, gboolean *captures)
{
	g_autoptr(GPtrArray) alts = g_ptr_array_new_with_free_func(g_free);
	g_autoptr(GArray) caps = g_array_new(FALSE, FALSE, sizeof(gboolean));
	GString *alt = g_string_new(NULL);
	gboolean cap = FALSE;
	SwRegexCase level = mode;

	while (sc->p < sc->end && *sc->p != ')' && !sc->failed) {
		if (*sc->p == '|') {
			g_ptr_array_add(alts, g_string_free(alt, FALSE));
			g_array_append_val(caps, cap);
			alt = g_string_new(NULL);
			cap = FALSE;
			sc->p++;
		} else if (*sc->p == '\\') {
			sw_regex_escape(sc, alt);
		} else if (*sc->p == '[') {
			sw_regex_class(sc, alt);
		} else if (*sc->p == '(') {
			SwRegexCase set = SW_CASE_UNKNOWN;
			gboolean was_set = FALSE;
			sw_regex_group(sc, mode, verbatim, &set, &was_set, alt, &cap);
			/* "(?-i)" holds to the end of this level, across its
			 * alternatives: what comes before it is read with the
			 * old case, so the level is not regrouped */
			if (was_set) {
				mode = set;
				level = SW_CASE_UNKNOWN;
			}
		} else {
			g_string_append_c(alt, *sc->p++);
		}
	}
	g_ptr_array_add(alts, g_string_free(alt, FALSE));
	g_array_append_val(caps, cap);
	for (guint i = 0; i < caps->len; i++)
		*captures = *captures || g_array_index(caps, gboolean, i);
	if (verbatim) {
		g_ptr_array_add(alts, NULL);
		g_autofree gchar *joined = g_strjoinv("|", (gchar **)alts->pdata);
		g_string_append(out, joined);
		return;
	}
	{
		g_autofree gchar *joined =
		    sw_regex_join((gchar **)alts->pdata, (const gboolean *)caps->data, alts->len, level);
		g_string_append(out, joined);
	}
}

gchar *
sw_regex_factor(const gchar *pattern, GRegexCompileFlags flags)
{
	SwRegexScan sc = {pattern, pattern + strlen(pattern), FALSE};
	g_autoptr(GString) out = g_string_new(NULL);
	gboolean captures = FALSE;

	if ((flags & G_REGEX_EXTENDED) != 0)
		return g_strdup(pattern);
	sw_regex_body(&sc, (flags & G_REGEX_CASELESS) != 0 ? SW_CASE_FOLDED : SW_CASE_EXACT, FALSE, out, &captures);
	/* an unbalanced ")" stops the body early: leave the pattern for
	 * GRegex to report */
	if (sc.failed || sc.p != sc.end)
		return g_strdup(pattern);
	return g_string_free(g_steal_pointer(&out), FALSE);
}

GRegex *
sw_regex_new(const gchar *pattern, GRegexCompileFlags flags, GRegexMatchFlags match_flags, GError **error)
{
	g_autofree gchar *factored = sw_regex_factor(pattern, flags);

	return g_regex_new(factored, flags, match_flags, error);
}
