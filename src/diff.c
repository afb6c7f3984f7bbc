/* SPDX-License-Identifier: MIT
 *
 * Compares two versions of a story sentence by sentence. Sentences are
 * aligned by longest common subsequence; of what is left, a sentence that
 * reappears elsewhere (same words, maybe other punctuation) has moved, and
 * a removed and an added sentence sharing most of their words are one
 * sentence reworded. What remains was added or removed. Significance is
 * judged from that, and a one-line summary written.
 */
#define G_LOG_DOMAIN "storywatch-diff"

#include "sw/diff.h"

#include <string.h>

#include "sw/text.h"

/* DP tables above this many cells fall back to a greedy alignment */
#define SW_DIFF_MAX_CELLS (4u * 1024 * 1024)
#define SW_DIFF_PAIR_MIN  0.5
#define SW_DIFF_WORDS_MAX 600
#define SW_DIFF_MAX_PAIRS 40000

static const gchar *const sw_significance_names[] = {
    "none", "cosmetic", "minor", "substantive", "major",
};

const gchar *
sw_significance_to_string(SwSignificance sig)
{
	if ((guint)sig >= G_N_ELEMENTS(sw_significance_names))
		return "none";
	return sw_significance_names[sig];
}

gboolean
sw_significance_from_string(const gchar *str, SwSignificance *out_sig)
{
	for (guint i = 0; i < G_N_ELEMENTS(sw_significance_names); i++) {
		if (g_ascii_strcasecmp(str, sw_significance_names[i]) == 0) {
			*out_sig = (SwSignificance)i;
			return TRUE;
		}
	}
	return FALSE;
}

static void
sw_change_free(SwChange *c)
{
	g_free(c->kind);
	g_free(c->old);
	g_free(c->new);
	g_free(c->old_value);
	g_free(c->new_value);
	g_free(c->old_sentence);
	g_free(c->new_sentence);
	g_free(c->note);
	g_free(c);
}

void
sw_diff_free(SwDiff *diff)
{
	if (diff == NULL)
		return;
	g_free(diff->summary);
	g_ptr_array_unref(diff->changes);
	g_ptr_array_unref(diff->ops);
	g_free(diff->old_title);
	g_free(diff->new_title);
	g_strfreev(diff->old_lines);
	g_strfreev(diff->new_lines);
	g_free(diff);
}

/* story.txt -> headline and sentences (blank lines dropped) */
static gchar **
sw_diff_parse(const gchar *text, gchar **out_title)
{
	g_auto(GStrv) lines = g_strsplit(text != NULL ? text : "", "\n", -1);
	GPtrArray *out = g_ptr_array_new();

	/* always a headline, maybe empty: "" splits into no lines at all */
	*out_title = g_strdup("");
	for (guint i = 0; lines[i] != NULL; i++) {
		if (i == 0) {
			g_free(*out_title);
			*out_title = g_strdup(lines[0]);
			continue;
		}
		if (lines[i][0] == '\0')
			continue;
		g_ptr_array_add(out, g_strdup(lines[i]));
	}
	g_ptr_array_add(out, NULL);
	return (gchar **)g_ptr_array_free(out, FALSE);
}

/* lowercase alphanumeric words of @s */
static GPtrArray *
sw_diff_word_keys(const gchar *s)
{
	GPtrArray *out = g_ptr_array_new_with_free_func(g_free);
	g_auto(GStrv) words = g_strsplit(s, " ", -1);

	for (guint i = 0; words[i] != NULL; i++) {
		gchar *k = sw_text_cosmetic_key(words[i]);
		if (*k == '\0') {
			g_free(k);
			continue;
		}
		g_ptr_array_add(out, k);
	}
	return out;
}

gdouble
sw_diff_similarity(const gchar *a, const gchar *b)
{
	g_autoptr(GPtrArray) wa = sw_diff_word_keys(a);
	g_autoptr(GPtrArray) wb = sw_diff_word_keys(b);
	g_autoptr(GHashTable) counts = g_hash_table_new(g_str_hash, g_str_equal);
	guint common = 0;

	if (wa->len + wb->len == 0)
		return 1.0;
	/* Dice coefficient over word multisets */
	for (guint i = 0; i < wa->len; i++) {
		gpointer k = g_ptr_array_index(wa, i);
		g_hash_table_insert(counts, k,
				    GUINT_TO_POINTER(GPOINTER_TO_UINT(g_hash_table_lookup(counts, k)) + 1));
	}
	for (guint i = 0; i < wb->len; i++) {
		gpointer k = g_ptr_array_index(wb, i);
		guint n = GPOINTER_TO_UINT(g_hash_table_lookup(counts, k));
		if (n > 0) {
			common++;
			g_hash_table_insert(counts, k, GUINT_TO_POINTER(n - 1));
		}
	}
	return 2.0 * common / (gdouble)(wa->len + wb->len);
}

/* LCS of a[0..n) and b[0..m) by equality of strings; out pairs via
 * @match_a[i] = j or -1 */
static void
sw_diff_lcs(gchar **a, guint n, gchar **b, guint m, gint *match_a, guint a_off, guint b_off)
{
	guint pre = 0;
	guint suf = 0;

	/* common ends first: edits are usually local */
	while (pre < n && pre < m && g_strcmp0(a[pre], b[pre]) == 0) {
		match_a[a_off + pre] = (gint)(b_off + pre);
		pre++;
	}
	while (suf < n - pre && suf < m - pre && g_strcmp0(a[n - 1 - suf], b[m - 1 - suf]) == 0) {
		match_a[a_off + n - 1 - suf] = (gint)(b_off + m - 1 - suf);
		suf++;
	}
	a += pre;
	b += pre;
	n -= pre + suf;
	m -= pre + suf;
	a_off += pre;
	b_off += pre;
	if (n == 0 || m == 0)
		return;
	if ((guint64)(n + 1) * (m + 1) <= SW_DIFF_MAX_CELLS) {
		g_autofree guint32 *t = g_new0(guint32, (gsize)(n + 1) * (m + 1));
#define T(i, j) t[(gsize)(i) * (m + 1) + (j)]
		for (gint i = (gint)n - 1; i >= 0; i--) {
			for (gint j = (gint)m - 1; j >= 0; j--) {
				if (g_strcmp0(a[i], b[j]) == 0)
					T(i, j) = T(i + 1, j + 1) + 1;
				else
					T(i, j) = MAX(T(i + 1, j), T(i, j + 1));
			}
		}
		for (guint i = 0, j = 0; i < n && j < m;) {
			if (g_strcmp0(a[i], b[j]) == 0) {
				match_a[a_off + i] = (gint)(b_off + j);
				i++;
				j++;
			} else if (T(i + 1, j) >= T(i, j + 1)) {
				i++;
			} else {
				j++;
			}
		}
#undef T
		return;
	}
	/* huge inputs: match each line to its next occurrence, in order */
	{
		g_autoptr(GHashTable) pos = g_hash_table_new(g_str_hash, g_str_equal);
		guint j = 0;
		for (guint k = m; k > 0; k--)
			g_hash_table_insert(pos, b[k - 1], GUINT_TO_POINTER(k - 1));
		for (guint i = 0; i < n && j < m; i++) {
			gpointer v;
			if (g_hash_table_lookup_extended(pos, a[i], NULL, &v) &&
			    GPOINTER_TO_UINT(v) >= j) {
				match_a[a_off + i] = (gint)(b_off + GPOINTER_TO_UINT(v));
				j = GPOINTER_TO_UINT(v) + 1;
			}
		}
	}
}

static gboolean
sw_diff_is_cosmetic(const gchar *a, const gchar *b)
{
	g_autofree gchar *ka = sw_text_cosmetic_key(a);
	g_autofree gchar *kb = sw_text_cosmetic_key(b);
	return g_strcmp0(ka, kb) == 0;
}

/* the number-bearing words of @s, sorted, as one string */
static gchar *
sw_diff_numbers(const gchar *s)
{
	static const gchar *const words[] = {
	    "one",	"two",	    "three",	"four",	   "five",   "six",   "seven",
	    "eight",	"nine",	    "ten",	"eleven",  "twelve", "twenty", "thirty",
	    "hundred", "thousand", "million", "billion", "trillion", "half", "dozen", NULL,
	};
	g_autoptr(GPtrArray) keys = sw_diff_word_keys(s);
	g_autoptr(GPtrArray) nums = g_ptr_array_new();

	for (guint i = 0; i < keys->len; i++) {
		const gchar *k = g_ptr_array_index(keys, i);
		gboolean digit = FALSE;
		for (const gchar *p = k; *p != '\0'; p++)
			digit |= g_ascii_isdigit(*p);
		if (digit || g_strv_contains(words, k))
			g_ptr_array_add(nums, (gpointer)k);
	}
	g_ptr_array_sort(nums, (GCompareFunc)strcmp);
	g_ptr_array_add(nums, NULL);
	return g_strjoinv(" ", (gchar **)nums->pdata);
}

static void
sw_word_op_free(SwWordOp *op)
{
	g_free(op->text);
	g_free(op);
}

static void
sw_diff_word_push(GPtrArray *ops, SwDiffOpKind kind, const gchar *word)
{
	SwWordOp *last = ops->len > 0 ? g_ptr_array_index(ops, ops->len - 1) : NULL;

	if (last != NULL && last->kind == kind) {
		gchar *t = g_strconcat(last->text, " ", word, NULL);
		g_free(last->text);
		last->text = t;
		return;
	}
	last = g_new0(SwWordOp, 1);
	last->kind = kind;
	last->text = g_strdup(word);
	g_ptr_array_add(ops, last);
}

GPtrArray *
sw_diff_words(const gchar *old_sentence, const gchar *new_sentence)
{
	GPtrArray *ops = g_ptr_array_new_with_free_func((GDestroyNotify)sw_word_op_free);
	g_auto(GStrv) a = g_strsplit(old_sentence != NULL ? old_sentence : "", " ", -1);
	g_auto(GStrv) b = g_strsplit(new_sentence != NULL ? new_sentence : "", " ", -1);
	guint n = g_strv_length(a);
	guint m = g_strv_length(b);
	g_autofree gint *match = NULL;
	guint j = 0;

	if (n > SW_DIFF_WORDS_MAX || m > SW_DIFF_WORDS_MAX) {
		/* too long to align word by word: one replacement */
		if (n > 0 && **a != '\0')
			sw_diff_word_push(ops, SW_DIFF_OP_REMOVED, old_sentence);
		if (m > 0 && **b != '\0')
			sw_diff_word_push(ops, SW_DIFF_OP_ADDED, new_sentence);
		return ops;
	}
	match = g_new(gint, MAX(n, 1));
	for (guint i = 0; i < n; i++)
		match[i] = -1;
	sw_diff_lcs(a, n, b, m, match, 0, 0);
	for (guint i = 0; i < n; i++) {
		if (match[i] < 0) {
			if (*a[i] != '\0')
				sw_diff_word_push(ops, SW_DIFF_OP_REMOVED, a[i]);
			continue;
		}
		while (j < (guint)match[i]) {
			if (*b[j] != '\0')
				sw_diff_word_push(ops, SW_DIFF_OP_ADDED, b[j]);
			j++;
		}
		if (*a[i] != '\0')
			sw_diff_word_push(ops, SW_DIFF_OP_EQUAL, a[i]);
		j++;
	}
	for (; j < m; j++) {
		if (*b[j] != '\0')
			sw_diff_word_push(ops, SW_DIFF_OP_ADDED, b[j]);
	}
	return ops;
}

static gboolean
sw_diff_has_digit(const gchar *s)
{
	for (; s != NULL && *s != '\0'; s++) {
		if (g_ascii_isdigit(*s))
			return TRUE;
	}
	return FALSE;
}

/* the first changed number of a reworded sentence, with its scale word:
 * "$48 million" -> "$84 million" */
static gboolean
sw_diff_number_span(const gchar *old_s, const gchar *new_s, gchar **out_old, gchar **out_new)
{
	static const gchar *const scales[] = {"million", "billion", "trillion", "thousand",
					      "percent", "per", "people", "dead", NULL};
	g_autoptr(GPtrArray) ops = sw_diff_words(old_s, new_s);

	for (guint i = 0; i + 1 < ops->len; i++) {
		SwWordOp *a = g_ptr_array_index(ops, i);
		SwWordOp *b = g_ptr_array_index(ops, i + 1);
		SwWordOp *next = i + 2 < ops->len ? g_ptr_array_index(ops, i + 2) : NULL;
		g_autofree gchar *scale = NULL;
		if (a->kind != SW_DIFF_OP_REMOVED || b->kind != SW_DIFF_OP_ADDED)
			continue;
		if (!sw_diff_has_digit(a->text) && !sw_diff_has_digit(b->text))
			continue;
		if (next != NULL && next->kind == SW_DIFF_OP_EQUAL) {
			g_auto(GStrv) w = g_strsplit(next->text, " ", 2);
			g_autofree gchar *k = w[0] != NULL ? sw_text_cosmetic_key(w[0]) : g_strdup("");
			if (g_strv_contains(scales, k)) {
				gsize l = strlen(w[0]);
				while (l > 0 && g_ascii_ispunct(w[0][l - 1]))
					l--;
				scale = g_strndup(w[0], l);
			}
		}
		*out_old = scale != NULL ? g_strdup_printf("%s %s", a->text, scale) : g_strdup(a->text);
		*out_new = scale != NULL ? g_strdup_printf("%s %s", b->text, scale) : g_strdup(b->text);
		return TRUE;
	}
	return FALSE;
}

/* the changed span of a reworded sentence: first to last differing word */
static void
sw_diff_changed_span(const gchar *old_s, const gchar *new_s, gchar **out_old, gchar **out_new)
{
	g_autoptr(GPtrArray) ops = sw_diff_words(old_s, new_s);
	g_autoptr(GString) o = g_string_new(NULL);
	g_autoptr(GString) n = g_string_new(NULL);
	gint first = -1;
	gint last = -1;

	for (guint i = 0; i < ops->len; i++) {
		SwWordOp *op = g_ptr_array_index(ops, i);
		if (op->kind != SW_DIFF_OP_EQUAL) {
			if (first < 0)
				first = (gint)i;
			last = (gint)i;
		}
	}
	for (gint i = first; first >= 0 && i <= last; i++) {
		SwWordOp *op = g_ptr_array_index(ops, i);
		if (op->kind != SW_DIFF_OP_ADDED)
			g_string_append_printf(o, "%s%s", o->len > 0 ? " " : "", op->text);
		if (op->kind != SW_DIFF_OP_REMOVED)
			g_string_append_printf(n, "%s%s", n->len > 0 ? " " : "", op->text);
	}
	*out_old = o->len > 0 ? g_strdup(o->str) : NULL;
	*out_new = n->len > 0 ? g_strdup(n->str) : NULL;
}

static SwChange *
sw_diff_add_change(SwDiff *diff, const gchar *kind)
{
	SwChange *c = g_new0(SwChange, 1);
	c->kind = g_strdup(kind);
	g_ptr_array_add(diff->changes, c);
	return c;
}

static gboolean
sw_diff_is_correction(const gchar *s)
{
	return g_regex_match_simple(
	    "^(correction|clarification|editor'?s note|update|updated)\\b|"
	    "^an earlier version of this (article|story|report)|"
	    "^this (article|story|report) (has been|was) (updated|corrected|amended)",
	    s, G_REGEX_CASELESS, 0);
}

static SwDiffOp *
sw_diff_push_op(SwDiff *diff, SwDiffOpKind kind, gint oi, gint ni)
{
	SwDiffOp *op = g_new0(SwDiffOp, 1);
	op->kind = kind;
	op->old_index = oi;
	op->new_index = ni;
	op->old_line = oi >= 0 ? diff->old_lines[oi] : NULL;
	op->new_line = ni >= 0 ? diff->new_lines[ni] : NULL;
	if (kind == SW_DIFF_OP_CHANGED || kind == SW_DIFF_OP_MOVED)
		op->cosmetic = sw_diff_is_cosmetic(op->old_line, op->new_line);
	g_ptr_array_add(diff->ops, op);
	return op;
}

typedef struct {
	gdouble score;
	gint i;
	gint j;
} SwDiffCand;

/* best score first; among equals, the pair nearest the diagonal */
static gint
sw_diff_cand_cmp(gconstpointer a, gconstpointer b)
{
	const SwDiffCand *x = a;
	const SwDiffCand *y = b;
	if (x->score != y->score)
		return x->score > y->score ? -1 : 1;
	return ABS(x->i - x->j) - ABS(y->i - y->j);
}

/* align the sentences: fills @ma (old -> new), @mb (new -> old), @kinds */
static void
sw_diff_align(SwDiff *diff, guint n, guint m, gint *ma, gint *mb, SwDiffOpKind *kinds)
{
	g_autoptr(GHashTable) by_key = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);

	for (guint i = 0; i < n; i++)
		ma[i] = -1;
	for (guint j = 0; j < m; j++)
		mb[j] = -1;
	sw_diff_lcs(diff->old_lines, n, diff->new_lines, m, ma, 0, 0);
	for (guint i = 0; i < n; i++) {
		if (ma[i] >= 0) {
			mb[ma[i]] = (gint)i;
			kinds[i] = SW_DIFF_OP_EQUAL;
		}
	}

	/* moves: the same sentence (up to punctuation) elsewhere */
	for (guint i = 0; i < n; i++) {
		if (ma[i] < 0)
			g_hash_table_insert(by_key, sw_text_cosmetic_key(diff->old_lines[i]),
					    GUINT_TO_POINTER(i + 1));
	}
	for (guint j = 0; j < m; j++) {
		g_autofree gchar *k = NULL;
		guint i1;
		if (mb[j] >= 0)
			continue;
		k = sw_text_cosmetic_key(diff->new_lines[j]);
		i1 = GPOINTER_TO_UINT(g_hash_table_lookup(by_key, k));
		if (i1 == 0 || ma[i1 - 1] >= 0)
			continue;
		ma[i1 - 1] = (gint)j;
		mb[j] = (gint)(i1 - 1);
		/* the same words re-punctuated is a (cosmetic) change; the very
		 * same sentence elsewhere is a move */
		kinds[i1 - 1] = g_strcmp0(diff->old_lines[i1 - 1], diff->new_lines[j]) == 0
				    ? SW_DIFF_OP_MOVED
				    : SW_DIFF_OP_CHANGED;
	}

	/* rewordings: the most similar remaining pairs first */
	{
		g_autoptr(GArray) cands = g_array_new(FALSE, FALSE, sizeof(SwDiffCand));
		guint un = 0, um = 0;

		for (guint i = 0; i < n; i++)
			un += ma[i] < 0;
		for (guint j = 0; j < m; j++)
			um += mb[j] < 0;
		/* a rewrite of everything is not worth pairing sentence by sentence */
		if ((guint64)un * um > SW_DIFF_MAX_PAIRS)
			return;
		for (guint i = 0; i < n; i++) {
			if (ma[i] >= 0)
				continue;
			for (guint j = 0; j < m; j++) {
				SwDiffCand c = {0, (gint)i, (gint)j};
				if (mb[j] >= 0)
					continue;
				c.score = sw_diff_similarity(diff->old_lines[i], diff->new_lines[j]);
				if (c.score >= SW_DIFF_PAIR_MIN)
					g_array_append_val(cands, c);
			}
		}
		g_array_sort(cands, sw_diff_cand_cmp);
		for (guint k = 0; k < cands->len; k++) {
			SwDiffCand *c = &g_array_index(cands, SwDiffCand, k);
			if (ma[c->i] >= 0 || mb[c->j] >= 0)
				continue;
			ma[c->i] = c->j;
			mb[c->j] = c->i;
			kinds[c->i] = SW_DIFF_OP_CHANGED;
		}
	}
}

/* emit ops in new-text order, removed sentences where they stood */
static void
sw_diff_emit(SwDiff *diff, guint n, guint m, const gint *ma, const gint *mb, const SwDiffOpKind *kinds)
{
	guint next_old = 0;

	for (guint j = 0; j < m; j++) {
		gint i = mb[j];
		if (i >= 0 && kinds[i] == SW_DIFF_OP_EQUAL) {
			for (; next_old < (guint)i; next_old++) {
				if (ma[next_old] < 0)
					sw_diff_push_op(diff, SW_DIFF_OP_REMOVED, (gint)next_old, -1);
			}
			next_old = (guint)i + 1;
		}
		if (i < 0)
			sw_diff_push_op(diff, SW_DIFF_OP_ADDED, -1, (gint)j);
		else
			sw_diff_push_op(diff, kinds[i], i, (gint)j);
	}
	for (; next_old < n; next_old++) {
		if (ma[next_old] < 0)
			sw_diff_push_op(diff, SW_DIFF_OP_REMOVED, (gint)next_old, -1);
	}
}

static gchar *
sw_diff_quote(const gchar *s)
{
	g_autofree gchar *t = NULL;

	if (s == NULL)
		return g_strdup("(none)");
	if (g_utf8_strlen(s, -1) <= 80)
		return g_strdup_printf("“%s”", s);
	t = g_utf8_substring(s, 0, 77);
	return g_strdup_printf("“%s…”", t);
}

static void
sw_diff_judge(SwDiff *diff, gboolean first)
{
	g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func(g_free);
	/* a first snapshot has no headline to compare with */
	gboolean title_changed = !first && g_strcmp0(diff->old_title, diff->new_title) != 0;
	gboolean title_cosmetic = !title_changed || sw_diff_is_cosmetic(diff->old_title, diff->new_title);
	gboolean lede_changed = FALSE;
	gboolean numbers = FALSE;
	gboolean correction = FALSE;
	gboolean cosmetic_only = title_cosmetic;
	gboolean identical = !title_changed;
	SwChange *numeric = NULL;

	for (guint k = 0; k < diff->ops->len; k++) {
		SwDiffOp *op = g_ptr_array_index(diff->ops, k);
		switch (op->kind) {
		case SW_DIFF_OP_EQUAL:
			diff->sentences_unchanged++;
			continue;
		case SW_DIFF_OP_MOVED:
			diff->sentences_unchanged++;
			identical = FALSE;
			continue;
		case SW_DIFF_OP_CHANGED:
			identical = FALSE;
			diff->sentences_changed++;
			if (op->cosmetic)
				continue;
			break;
		case SW_DIFF_OP_ADDED:
			identical = FALSE;
			diff->sentences_added++;
			break;
		case SW_DIFF_OP_REMOVED:
			identical = FALSE;
			diff->sentences_removed++;
			break;
		}
		cosmetic_only = FALSE;
		if ((op->old_index == 0 || op->new_index == 0) && op->kind != SW_DIFF_OP_ADDED)
			lede_changed = TRUE;
		if (op->new_line != NULL && op->kind == SW_DIFF_OP_ADDED &&
		    sw_diff_is_correction(op->new_line)) {
			SwChange *c = sw_diff_add_change(diff, "correction");
			c->new = g_strdup(op->new_line);
			c->new_sentence = g_strdup(op->new_line);
			correction = TRUE;
			continue;
		}
		{
			SwChange *c = sw_diff_add_change(diff, "sentence");
			g_autofree gchar *na = op->old_line != NULL ? sw_diff_numbers(op->old_line) : g_strdup("");
			g_autofree gchar *nb = op->new_line != NULL ? sw_diff_numbers(op->new_line) : g_strdup("");
			c->old_sentence = g_strdup(op->old_line);
			c->new_sentence = g_strdup(op->new_line);
			if (op->kind == SW_DIFF_OP_CHANGED)
				sw_diff_changed_span(op->old_line, op->new_line, &c->old, &c->new);
			else if (op->kind == SW_DIFF_OP_ADDED)
				c->note = g_strdup("added");
			else
				c->note = g_strdup("removed");
			if (g_strcmp0(na, nb) != 0) {
				numbers = TRUE;
				if (numeric == NULL && op->kind == SW_DIFF_OP_CHANGED)
					numeric = c;
			}
		}
	}

	if (title_changed && !title_cosmetic) {
		SwChange *c = sw_diff_add_change(diff, "headline");
		c->old = g_strdup(diff->old_title);
		c->new = g_strdup(diff->new_title);
		/* headline first: it is what a reader sees first */
		g_ptr_array_steal_index(diff->changes, diff->changes->len - 1);
		g_ptr_array_insert(diff->changes, 0, c);
	}

	if (first) {
		diff->significance = SW_SIGNIFICANCE_MAJOR;
		g_ptr_array_add(parts, g_strdup_printf("first snapshot, %u sentences",
						       diff->sentences_added));
	} else if (identical) {
		diff->significance = SW_SIGNIFICANCE_NONE;
		g_ptr_array_add(parts, g_strdup("no change"));
	} else if (cosmetic_only) {
		diff->significance = SW_SIGNIFICANCE_COSMETIC;
		g_ptr_array_add(parts, g_strdup("cosmetic edits only"));
	} else {
		if (correction || (title_changed && !title_cosmetic && lede_changed))
			diff->significance = SW_SIGNIFICANCE_MAJOR;
		else if ((title_changed && !title_cosmetic) || numbers)
			diff->significance = SW_SIGNIFICANCE_SUBSTANTIVE;
		else
			diff->significance = SW_SIGNIFICANCE_MINOR;
		if (title_changed && !title_cosmetic) {
			g_autofree gchar *qn = sw_diff_quote(diff->new_title);
			g_ptr_array_add(parts, g_strdup_printf("headline now %s", qn));
		}
		if (correction)
			g_ptr_array_add(parts, g_strdup("correction notice added"));
		if (numeric != NULL) {
			g_autofree gchar *o = NULL;
			g_autofree gchar *n = NULL;
			if (sw_diff_number_span(numeric->old_sentence, numeric->new_sentence, &o, &n)) {
				g_autofree gchar *qo = sw_diff_quote(o);
				g_autofree gchar *qn = sw_diff_quote(n);
				g_ptr_array_add(parts, g_strdup_printf("%s → %s", qo, qn));
			}
		}
		{
			g_autoptr(GString) counts = g_string_new(NULL);
			if (diff->sentences_changed > 0)
				g_string_append_printf(counts, "%u sentence%s changed",
						       diff->sentences_changed,
						       diff->sentences_changed == 1 ? "" : "s");
			if (diff->sentences_added > 0)
				g_string_append_printf(counts, "%s%u added", counts->len > 0 ? ", " : "",
						       diff->sentences_added);
			if (diff->sentences_removed > 0)
				g_string_append_printf(counts, "%s%u removed",
						       counts->len > 0 ? ", " : "",
						       diff->sentences_removed);
			if (counts->len > 0)
				g_ptr_array_add(parts, g_strdup(counts->str));
		}
	}
	g_ptr_array_add(parts, NULL);
	diff->summary = g_strjoinv("; ", (gchar **)parts->pdata);
}

SwDiff *
sw_diff_stories(const gchar *old_text, const gchar *new_text)
{
	SwDiff *diff = g_new0(SwDiff, 1);
	g_autofree gint *ma = NULL;
	g_autofree gint *mb = NULL;
	g_autofree SwDiffOpKind *kinds = NULL;
	guint n, m;

	diff->changes = g_ptr_array_new_with_free_func((GDestroyNotify)sw_change_free);
	diff->ops = g_ptr_array_new_with_free_func(g_free);
	diff->old_lines = sw_diff_parse(old_text, &diff->old_title);
	diff->new_lines = sw_diff_parse(new_text, &diff->new_title);
	if (old_text == NULL)
		g_clear_pointer(&diff->old_title, g_free);
	n = g_strv_length(diff->old_lines);
	m = g_strv_length(diff->new_lines);
	ma = g_new0(gint, MAX(n, 1));
	mb = g_new0(gint, MAX(m, 1));
	kinds = g_new0(SwDiffOpKind, MAX(n, 1));
	sw_diff_align(diff, n, m, ma, mb, kinds);
	sw_diff_emit(diff, n, m, ma, mb, kinds);
	sw_diff_judge(diff, old_text == NULL);
	return diff;
}
