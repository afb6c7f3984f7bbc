/* SPDX-License-Identifier: MIT
 * What the sentence diff (diff.c) and the fact comparison (factdiff.c)
 * share. Not installed. */
#pragma once

#include "sw/diff.h"

/* Adds to @diff the changes of facts, quotes and status between the
 * sentences its ops do not keep as they were, marks as cosmetic the pairs
 * that only write the same values another way or fix a typo, and counts
 * what it found. @old_ref and @new_ref date each version (nullable). */
void
sw_factdiff_run(SwDiff *diff, const GDate *old_ref, const GDate *new_ref);

/* a change of @kind appended to @diff */
SwChange *
sw_diff_add_change(SwDiff *diff, const gchar *kind);

/* TRUE when only case, punctuation or spacing differ */
gboolean
sw_diff_is_cosmetic(const gchar *a, const gchar *b);

/* a correction notice ("Correction: ...", "An earlier version of this
 * article ...") */
gboolean
sw_diff_is_correction(const gchar *s);

/* an update notice ("Updated at 10:40"), which says when, not what */
gboolean
sw_diff_is_update_notice(const gchar *s);

/* either */
gboolean
sw_diff_is_notice(const gchar *s);
