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

#include "diff-private.h"

#include "sw/text.h"
#include "sw/regex.h"

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
	g_free(c->phrase);
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
	g_free(diff->flip_flop);
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

gboolean
sw_diff_is_cosmetic(const gchar *a, const gchar *b)
{
	g_autofree gchar *ka = sw_text_cosmetic_key(a);
	g_autofree gchar *kb = sw_text_cosmetic_key(b);
	return g_strcmp0(ka, kb) == 0;
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

SwChange *
sw_diff_add_change(SwDiff *diff, const gchar *kind)
{
	SwChange *c = g_new0(SwChange, 1);
	c->kind = g_strdup(kind);
	c->rank = G_MAXINT;
	g_ptr_array_add(diff->changes, c);
	return c;
}

/* a notice that the story was corrected: the reader was told wrong */
gboolean
sw_diff_is_correction(const gchar *s)
{
	static GRegex *re = NULL;
	static gsize once = 0;

	if (g_once_init_enter(&once)) {
		re = g_regex_new("^(correction|corrections|clarification)\\b|"
				 "^an earlier version of this (article|story|report|post)|"
				 "^this (article|story|report|post) (has been|was) (corrected|amended)",
				 G_REGEX_CASELESS | SW_REGEX_OPTIMIZE, 0, NULL);
		g_once_init_leave(&once, 1);
	}
	return s != NULL && g_regex_match(re, s, 0, NULL);
}

/* a notice that it was updated, which says when, not what */
gboolean
sw_diff_is_update_notice(const gchar *s)
{
	static GRegex *re = NULL;
	static gsize once = 0;

	if (g_once_init_enter(&once)) {
		re = g_regex_new("^(update|updated|last updated|editor'?s note)\\b|"
				 "^this (article|story|report|post) (has been|was) updated",
				 G_REGEX_CASELESS | SW_REGEX_OPTIMIZE, 0, NULL);
		g_once_init_leave(&once, 1);
	}
	return s != NULL && g_regex_match(re, s, 0, NULL);
}

gboolean
sw_diff_is_notice(const gchar *s)
{
	return sw_diff_is_correction(s) || sw_diff_is_update_notice(s);
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
	else if (kind == SW_DIFF_OP_SPLIT)
		op->cosmetic = TRUE;
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

/* A sentence split into the next two or three (or, @merged, two or three
 * merged into one): the pieces' words joined are the whole's. The whole
 * and the first piece pair as SPLIT; the other pieces are marked -2. */
static void
sw_diff_splits(SwDiff *diff, guint n, guint m, gint *ma, gint *mb, SwDiffOpKind *kinds, gboolean merged)
{
	/* the whole side: old lines for a split, new ones for a merge */
	gchar **whole = merged ? diff->new_lines : diff->old_lines;
	gchar **parts = merged ? diff->old_lines : diff->new_lines;
	gint *wm = merged ? mb : ma;
	gint *pm = merged ? ma : mb;
	guint nw = merged ? m : n;
	guint np = merged ? n : m;
	g_autoptr(GHashTable) by_key = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);

	for (guint w = 0; w < nw; w++) {
		if (wm[w] == -1)
			g_hash_table_insert(by_key, sw_text_cosmetic_key(whole[w]), GUINT_TO_POINTER(w + 1));
	}
	if (g_hash_table_size(by_key) == 0)
		return;
	for (guint p = 0; p + 1 < np; p++) {
		g_autoptr(GString) joined = g_string_new(NULL);
		if (pm[p] != -1)
			continue;
		for (guint k = 0; k < 3 && p + k < np && pm[p + k] == -1; k++) {
			g_autofree gchar *key = sw_text_cosmetic_key(parts[p + k]);
			guint w1;
			g_string_append(joined, key);
			if (k == 0)
				continue;
			w1 = GPOINTER_TO_UINT(g_hash_table_lookup(by_key, joined->str));
			if (w1 == 0 || wm[w1 - 1] != -1)
				continue;
			wm[w1 - 1] = (gint)p;
			pm[p] = (gint)(w1 - 1);
			for (guint x = 1; x <= k; x++)
				pm[p + x] = -2;
			kinds[merged ? p : w1 - 1] = SW_DIFF_OP_SPLIT;
			break;
		}
	}
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
	/* a first snapshot (or an emptied story): nothing to pair */
	if (n == 0 || m == 0)
		return;
	sw_diff_lcs(diff->old_lines, n, diff->new_lines, m, ma, 0, 0);
	for (guint i = 0; i < n; i++) {
		if (ma[i] >= 0) {
			mb[ma[i]] = (gint)i;
			kinds[i] = SW_DIFF_OP_EQUAL;
		}
	}

	/* moves: the same sentence (up to punctuation) elsewhere */
	for (guint i = 0; i < n; i++) {
		if (ma[i] == -1)
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

	sw_diff_splits(diff, n, m, ma, mb, kinds, FALSE);
	sw_diff_splits(diff, n, m, ma, mb, kinds, TRUE);

	/* rewordings: the most similar remaining pairs first */
	{
		g_autoptr(GArray) cands = g_array_new(FALSE, FALSE, sizeof(SwDiffCand));
		guint un = 0, um = 0;

		for (guint i = 0; i < n; i++)
			un += ma[i] == -1;
		for (guint j = 0; j < m; j++)
			um += mb[j] == -1;
		/* a rewrite of everything is not worth pairing sentence by sentence */
		if ((guint64)un * um > SW_DIFF_MAX_PAIRS)
			return;
		for (guint i = 0; i < n; i++) {
			if (ma[i] != -1)
				continue;
			for (guint j = 0; j < m; j++) {
				SwDiffCand c = {0, (gint)i, (gint)j};
				if (mb[j] != -1)
					continue;
				c.score = sw_diff_similarity(diff->old_lines[i], diff->new_lines[j]);
				if (c.score >= SW_DIFF_PAIR_MIN)
					g_array_append_val(cands, c);
			}
		}
		g_array_sort(cands, sw_diff_cand_cmp);
		for (guint k = 0; k < cands->len; k++) {
			SwDiffCand *c = &g_array_index(cands, SwDiffCand, k);
			if (ma[c->i] != -1 || mb[c->j] != -1)
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
					sw_diff_push_op(diff, ma[next_old] == -2 ? SW_DIFF_OP_SPLIT
										 : SW_DIFF_OP_REMOVED,
							(gint)next_old, -1);
			}
			next_old = (guint)i + 1;
		}
		if (i == -2)
			sw_diff_push_op(diff, SW_DIFF_OP_SPLIT, -1, (gint)j);
		else if (i < 0)
			sw_diff_push_op(diff, SW_DIFF_OP_ADDED, -1, (gint)j);
		else
			sw_diff_push_op(diff, kinds[i], i, (gint)j);
	}
	for (; next_old < n; next_old++) {
		if (ma[next_old] < 0)
			sw_diff_push_op(diff, ma[next_old] == -2 ? SW_DIFF_OP_SPLIT : SW_DIFF_OP_REMOVED,
					(gint)next_old, -1);
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

/* what to tell first: a correction, the headline, then by rank */
static gint
sw_diff_rank_cmp(gconstpointer a, gconstpointer b)
{
	const SwChange *x = *(const SwChange **)a;
	const SwChange *y = *(const SwChange **)b;
	return x->rank < y->rank ? -1 : x->rank > y->rank ? 1 : 0;
}

static void
sw_diff_judge(SwDiff *diff, gboolean first)
{
	g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func(g_free);
	g_autoptr(GPtrArray) told = g_ptr_array_new();
	/* a first snapshot has no headline to compare with */
	gboolean title_changed = !first && g_strcmp0(diff->old_title, diff->new_title) != 0;
	gboolean title_cosmetic = !title_changed || sw_diff_is_cosmetic(diff->old_title, diff->new_title);
	gboolean lede_changed = FALSE;
	gboolean correction = FALSE;
	gboolean cosmetic_only = title_cosmetic;
	gboolean identical = !title_changed;

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
		case SW_DIFF_OP_SPLIT:
			/* counted once, on the pair of the whole and its first piece */
			if (op->old_index >= 0 && op->new_index >= 0)
				diff->sentences_changed++;
			identical = FALSE;
			continue;
		case SW_DIFF_OP_CHANGED:
			identical = FALSE;
			diff->sentences_changed++;
			/* an update notice with a new time is the same notice */
			if (op->cosmetic || (sw_diff_is_update_notice(op->old_line) &&
					     sw_diff_is_update_notice(op->new_line)))
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
		if (op->kind == SW_DIFF_OP_ADDED &&
		    (sw_diff_is_correction(op->new_line) || sw_diff_is_update_notice(op->new_line))) {
			SwChange *c = sw_diff_add_change(diff, "correction");
			gboolean real = sw_diff_is_correction(op->new_line);
			c->new = g_strdup(op->new_line);
			c->new_sentence = g_strdup(op->new_line);
			c->note = g_strdup(real ? "correction notice" : "update notice");
			c->phrase = g_strdup(real ? "correction notice added" : "update notice added");
			c->rank = real ? 0 : 7;
			correction |= real;
			continue;
		}
		{
			SwChange *c = sw_diff_add_change(diff, "sentence");
			c->old_sentence = g_strdup(op->old_line);
			c->new_sentence = g_strdup(op->new_line);
			if (op->kind == SW_DIFF_OP_CHANGED)
				sw_diff_changed_span(op->old_line, op->new_line, &c->old, &c->new);
			else if (op->kind == SW_DIFF_OP_ADDED)
				c->note = g_strdup("added");
			else
				c->note = g_strdup("removed");
		}
	}

	if (title_changed && !title_cosmetic) {
		SwChange *c = sw_diff_add_change(diff, "headline");
		g_autofree gchar *qn = sw_diff_quote(diff->new_title);
		c->old = g_strdup(diff->old_title);
		c->new = g_strdup(diff->new_title);
		c->phrase = *diff->new_title != '\0' ? g_strdup_printf("headline now %s", qn)
						     : g_strdup("headline removed");
		c->rank = 1;
	}
	/* the fact changes before the sentences; each group in rank order */
	g_ptr_array_sort(diff->changes, sw_diff_rank_cmp);

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
		gboolean headline = title_changed && !title_cosmetic;
		if (correction || (headline && lede_changed) || diff->key_fact_changed)
			diff->significance = SW_SIGNIFICANCE_MAJOR;
		else if (headline || diff->facts_changed > 0)
			diff->significance = SW_SIGNIFICANCE_SUBSTANTIVE;
		else
			diff->significance = SW_SIGNIFICANCE_MINOR;
		/* the three changes that matter most, in words */
		for (guint i = 0; i < diff->changes->len && told->len < 3; i++) {
			SwChange *c = g_ptr_array_index(diff->changes, i);
			if (c->phrase != NULL)
				g_ptr_array_add(told, c->phrase);
		}
		for (guint i = 0; i < told->len; i++)
			g_ptr_array_add(parts, g_strdup(g_ptr_array_index(told, i)));
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
	return sw_diff_stories_full(old_text, new_text, NULL);
}

SwDiff *
sw_diff_stories_full(const gchar *old_text, const gchar *new_text, const SwDiffOptions *opts)
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
	if (old_text != NULL)
		sw_factdiff_run(diff, opts != NULL ? opts->old_ref : NULL,
				opts != NULL ? opts->new_ref : NULL);
	sw_diff_judge(diff, old_text == NULL);
	return diff;
}
