/* SPDX-License-Identifier: MIT
 * The rewrite of word alternations (sw_regex_factor): what it makes of
 * patterns of every form it must read or leave alone, and that the
 * rewritten pattern matches exactly what the written one does, group by
 * group, over sentences of ours and the fact finders' own word lists. */
#include "testlib.h"

#include <string.h>

#include "sw/regex.h"

#include "../../src/facts-private.h"

typedef struct {
	const gchar *pattern;
	GRegexCompileFlags flags;
	const gchar *factored;
} SwFactorCase;

static const SwFactorCase factor_cases[] = {
    /* words of one first letter share it, folded where case is ignored */
    {"\\b(?:said|says|was|were|told)\\b", G_REGEX_CASELESS, "\\b(?:s(?:a(?:id|ys))|w(?:as|ere)|told)\\b"},
    {"(?:said|Says)", G_REGEX_CASELESS, "(?:s(?:a(?:id|ys)))"},
    {"(?:said|Says)", 0, "(?:said|Says)"},
    {"(?-i:May|march|Monday)", G_REGEX_CASELESS, "(?-i:M(?:ay|onday)|march)"},
    /* order within a group is kept, the empty tail too */
    {"a|an|the|a", G_REGEX_CASELESS, "a(?:|n|)|the"},
    /* a run ends at an alternative that opens otherwise */
    {"said|\\w{3,}ed|sold", G_REGEX_CASELESS, "said|\\w{3,}ed|sold"},
    {"said|s?he|sold|saw", G_REGEX_CASELESS, "said|s?he|s(?:old|aw)"},
    /* named groups are read, their insides rewritten */
    {"(?<pre>US\\$|USD|€)", G_REGEX_CASELESS, "(?<pre>U(?:S(?:\\$|D))|€)"},
    /* an alternative holding a capture keeps its place and number */
    {"(?:a(x)|b(y)|a(z))", G_REGEX_CASELESS, "(?:a(x)|b(y)|a(z))"},
    {"(?:ab|ac|a(?<n>c))", G_REGEX_CASELESS, "(?:a(?:b|c)|a(?<n>c))"},
    /* lookbehinds need fixed-length branches: left alone, deep inside too */
    {"(?<=\\bDr|Mr|Mrs)\\.", G_REGEX_CASELESS, "(?<=\\bDr|Mr|Mrs)\\."},
    {"(?<!(?:ab|ac))x", G_REGEX_CASELESS, "(?<!(?:ab|ac))x"},
    /* an option set without a colon: that level is not regrouped */
    {"(?:ab|(?-i)ac)", G_REGEX_CASELESS, "(?:ab|(?-i)ac)"},
    /* classes and escapes are copied whole */
    {"[]a|b(]|c|cd|\\(|\\(x", G_REGEX_CASELESS, "[]a|b(]|c(?:|d)|\\(|\\(x"},
    {"[[:alpha:]|]x|[[:digit:]]y", 0, "[[:alpha:]|]x|[[:digit:]]y"},
    /* what the rewrite does not read leaves the pattern as it is */
    {"(ab|ac", G_REGEX_CASELESS, "(ab|ac"},
    {"ab|ac)", G_REGEX_CASELESS, "ab|ac)"},
    {"\\Qab|ac\\E", G_REGEX_CASELESS, "\\Qab|ac\\E"},
    {"(?x) ab | ac", G_REGEX_CASELESS, "(?x) ab | ac"},
    {"ab|ac", G_REGEX_CASELESS | G_REGEX_EXTENDED, "ab|ac"},
    {"\\", G_REGEX_CASELESS, "\\"},
    /* conditions and the like are copied */
    {"(?(?<=ab)c|d)|ax|ay", G_REGEX_CASELESS, "(?(?<=ab)c|d)|a(?:x|y)"},
};

static void
test_factor(void **state)
{
	(void)state;
	for (guint i = 0; i < G_N_ELEMENTS(factor_cases); i++) {
		const SwFactorCase *c = &factor_cases[i];
		g_autofree gchar *got = sw_regex_factor(c->pattern, c->flags);
		if (g_strcmp0(got, c->factored) != 0)
			fail_msg("%s: got %s, want %s", c->pattern, got, c->factored);
	}
}

/* every match of @a and @b over @subject, every group's place, the same */
static void
assert_same_matches(GRegex *a, GRegex *b, const gchar *subject)
{
	g_autoptr(GMatchInfo) ma = NULL;
	g_autoptr(GMatchInfo) mb = NULL;
	gboolean ra = g_regex_match(a, subject, 0, &ma);
	gboolean rb = g_regex_match(b, subject, 0, &mb);

	while (ra || rb) {
		gint n = g_match_info_get_match_count(ma);
		if (ra != rb || n != g_match_info_get_match_count(mb))
			fail_msg("%s on \"%s\": one matches, the other not", g_regex_get_pattern(a), subject);
		for (gint g = 0; g < n; g++) {
			gint sa = -1, ea = -1, sb = -1, eb = -1;
			g_match_info_fetch_pos(ma, g, &sa, &ea);
			g_match_info_fetch_pos(mb, g, &sb, &eb);
			if (sa != sb || ea != eb)
				fail_msg("%s on \"%s\": group %d at %d-%d, rewritten %d-%d", g_regex_get_pattern(a),
					 subject, g, sa, ea, sb, eb);
		}
		ra = g_match_info_next(ma, NULL);
		rb = g_match_info_next(mb, NULL);
	}
}

static const gchar *const equal_patterns[] = {
    "\\b(" SW_FACTS_SAY ")\\b",
    "\\b(?:(?<v>" SW_FACTS_SAY ")|(?<p>" SW_FACTS_IRREGULAR_PAST "))\\s+(\\w+)",
    "(?<w>a|an|the|another|any|all|and)\\s+(\\w+)",
    "(?-i:Mon|Tues?|Wed|Thur?s?|Fri|Sat|Sun|May|march)\\b",
    "\\b(?:said|says|s?he|sold|saw|(s)tated|set)\\b",
    "(?:US\\$|USD|US|U\\.S\\.)\\s?\\d+",
    "\\b(?:ab|abc|abcd|a)(?=\\w)",
    "\\b(?:s(a)id|t(o)ld|s(e)t|sa(w))\\b",
};

static const gchar *const subjects[] = {
    "He said the deal was off, she says it is on, and they told us so.",
    "Mr Ruiz STATED that sales rose; she sold the company, he saw it set.",
    "On Monday, Tues and Thurs; may the March be MAY; Sun. Sat.",
    "A deal of US$600 and USD 40, U.S. 5 and US 7: an offer, the abc abcd ab a",
    "Ann Lee wrote, adding that the firm had been fined; he went on and told the board.",
    "Said Tom; SAID Ann; Saïd is a name, and ſaid is not ascii.",
};

static void
test_same_matches(void **state)
{
	(void)state;
	for (guint p = 0; p < G_N_ELEMENTS(equal_patterns); p++) {
		for (guint flags = 0; flags < 2; flags++) {
			GRegexCompileFlags f = flags ? G_REGEX_CASELESS : 0;
			g_autoptr(GRegex) a = g_regex_new(equal_patterns[p], f, 0, NULL);
			g_autoptr(GRegex) b = sw_regex_new(equal_patterns[p], f | SW_REGEX_OPTIMIZE, 0, NULL);
			g_autofree gchar *factored = sw_regex_factor(equal_patterns[p], f);
			assert_non_null(a);
			assert_non_null(b);
			/* the case must have something to show */
			if (flags == 1 && p < 3 && g_str_equal(factored, equal_patterns[p]))
				fail_msg("%s: not rewritten", equal_patterns[p]);
			for (guint s = 0; s < G_N_ELEMENTS(subjects); s++)
				assert_same_matches(a, b, subjects[s]);
		}
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_factor),
	    cmocka_unit_test(test_same_matches),
	};

	sw_test_init();
	return cmocka_run_group_tests(tests, NULL, NULL);
}
