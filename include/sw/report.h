/* SPDX-License-Identifier: MIT */
#pragma once

#include <glib.h>

#include "sw/diff.h"
#include "sw/watcher.h"

G_BEGIN_DECLS

/* Words for people: the diff as terminal text, commit messages. */

/* the changed sentences with -/+ and word marks (ANSI colour when @color) */
gchar *
sw_report_diff(const SwDiff *diff, gboolean color);

/* "NAME: SUMMARY" then a body of the changes and trailers */
gchar *
sw_report_commit_message(const gchar *name, const SwDiff *diff, const gchar *url, guint status);

/* one line on the outcome of a check: "NAME: what happened" */
gchar *
sw_report_check(const SwCheckReport *report);

G_END_DECLS
