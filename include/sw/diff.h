/* SPDX-License-Identifier: MIT */
#pragma once

#include <glib.h>

#include "sw/significance.h"

G_BEGIN_DECLS

/* Compares two snapshots of a story (story.txt texts): sentences aligned,
 * reworded sentences paired, moves recognised, significance judged. */

typedef enum {
	SW_DIFF_OP_EQUAL,
	SW_DIFF_OP_ADDED,
	SW_DIFF_OP_REMOVED,
	SW_DIFF_OP_CHANGED,
	SW_DIFF_OP_MOVED,
	SW_DIFF_OP_SPLIT, /* a sentence split in two or three, or those merged:
			   * the same words, so cosmetic */
} SwDiffOpKind;

/* one aligned pair of lines; old or new is NULL for added/removed */
typedef struct {
	SwDiffOpKind kind;
	const gchar *old_line; /* borrowed from the SwDiff */
	const gchar *new_line;
	gint old_index; /* sentence index, -1 when absent */
	gint new_index;
	gboolean cosmetic; /* only case, punctuation or spacing differ */
} SwDiffOp;

/* a change a reader cares about; fields nullable */
typedef struct {
	gchar *kind; /* headline, sentence, correction, ... */
	gchar *old;
	gchar *new;
	gchar *old_value;
	gchar *new_value;
	gchar *old_sentence;
	gchar *new_sentence;
	gchar *note;
	gchar *phrase; /* the change in a few words, for summaries; nullable */
	gint rank;     /* which to tell first in a summary: lower first */
} SwChange;

typedef struct {
	SwSignificance significance;
	gchar *summary;	     /* one line */
	GPtrArray *changes;  /* SwChange */
	GPtrArray *ops;	     /* SwDiffOp, in new-text order, equal ones included */
	guint sentences_added;
	guint sentences_removed;
	guint sentences_changed;
	guint sentences_unchanged;
	gchar *old_title; /* nullable */
	gchar *new_title;
	/* what the fact comparison found, for the judgement */
	guint facts_changed;	   /* fact, quote and status changes */
	gboolean key_fact_changed; /* a number or amount of the headline or lede, or a first death */
	gboolean status_changed;
	/* set by the watcher: the earlier version (id) this one returns to
	 * within a day, A → B → A; nullable */
	gchar *flip_flop;
	/* private: the split texts the ops point into */
	gchar **old_lines;
	gchar **new_lines;
} SwDiff;

void
sw_diff_free(SwDiff *diff);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(SwDiff, sw_diff_free)

/* the dates each version was current on, against which relative dates
 * ("next month") in it resolve; either may be NULL */
typedef struct {
	const GDate *old_ref;
	const GDate *new_ref;
} SwDiffOptions;

/* @old_text may be NULL (first snapshot); @opts may be NULL. Never fails. */
SwDiff *
sw_diff_stories_full(const gchar *old_text, const gchar *new_text, const SwDiffOptions *opts);

/* the same without reference dates */
SwDiff *
sw_diff_stories(const gchar *old_text, const gchar *new_text);

/* word-level alignment of two sentences for marking */
typedef struct {
	SwDiffOpKind kind; /* EQUAL, ADDED or REMOVED */
	gchar *text;	   /* the word(s), spaced inside; runs are joined by a space */
} SwWordOp;

/* (transfer full): SwWordOp */
GPtrArray *
sw_diff_words(const gchar *old_sentence, const gchar *new_sentence);

/* 0..1 similarity of two sentences by shared words */
gdouble
sw_diff_similarity(const gchar *a, const gchar *b);

G_END_DECLS
