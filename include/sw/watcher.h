/* SPDX-License-Identifier: MIT */
#pragma once

#include <glib.h>

#include "sw/diff.h"
#include "sw/fetch.h"
#include "sw/furniture.h"
#include "sw/state.h"
#include "sw/store.h"
#include "sw/watchlist.h"

G_BEGIN_DECLS

/* One check of one watch, the whole pipeline: fetch -> extract -> store ->
 * diff -> notify. The watcher owns nothing it is given; it updates @state
 * (the caller saves it) and commits to @store (the caller holds the lock). */

typedef enum {
	SW_CHECK_FIRST,	       /* first snapshot committed */
	SW_CHECK_CHANGED,      /* a new version committed */
	SW_CHECK_UNCHANGED,    /* fetched, same story */
	SW_CHECK_NOT_MODIFIED, /* 304, or the very same bytes */
	SW_CHECK_EMPTY,	       /* the page has no story text: nothing committed */
	SW_CHECK_FAILED,       /* fetch or store failed: see error */
	SW_CHECK_FEED,	       /* a feed read: new_entries pages to follow */
} SwCheckResult;

typedef struct {
	const SwWatch *watch;
	SwCheckResult result;
	const GError *error;	/* FAILED only */
	const SwDiff *diff;	/* FIRST and CHANGED */
	const gchar *commit;	/* FIRST and CHANGED */
	gboolean notified;	/* desktop or hook ran */
	const gchar *notify_error; /* desktop notification failed, nullable */
	const gchar *hook_error;   /* the hook failed, nullable */
	guint sentences;	/* in the new snapshot */
	guint entries;		/* FEED: entries in the feed */
	guint new_entries;	/* FEED: of which new */
} SwCheckReport;

typedef void (*SwCheckReportFunc)(const SwCheckReport *report, gpointer user_data);

typedef struct _SwWatcher SwWatcher;

/* @hooks_dir: where on-change is looked up (nullable) */
SwWatcher *
sw_watcher_new(SwStore *store, SwState *state, const gchar *hooks_dir, GMainContext *ctx);
void
sw_watcher_free(SwWatcher *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(SwWatcher, sw_watcher_free)

void
sw_watcher_set_report_func(SwWatcher *self, SwCheckReportFunc func, gpointer user_data);
/* furniture learned per site (nullable: none); the caller saves it */
void
sw_watcher_set_furniture(SwWatcher *self, SwFurniture *furniture);
/* the clock, for tests: seconds since the epoch */
void
sw_watcher_set_clock(SwWatcher *self, gint64 (*now)(void));

/* What is checked, as watches owned by the array: each of @watches but
 * those with sources (a story told by several is checked as its
 * sources), then the pages behind them: a story's sources
 * ("STORY/source") and the entries feeds brought in and still follow at
 * @now ("FEED/slug"). */
GPtrArray *
sw_watcher_checkable(SwState *state, GPtrArray *watches, gint64 now);

/* Starts checking @watch (copied); the report func runs when it is done. */
void
sw_watcher_check(SwWatcher *self, const SwWatch *watch);
/* Writes the versions committed in memory to disk now, and finishes
 * (and tells) their checks. The watcher does it by itself when a batch is
 * big, a second old, or all that is left in flight, and when freed. */
void
sw_watcher_flush(SwWatcher *self);
/* checks in flight */
guint
sw_watcher_get_busy(SwWatcher *self);
gboolean
sw_watcher_is_busy_with(SwWatcher *self, const gchar *name);

/* Checks every watch of @watches and iterates the context until all are
 * done. */
void
sw_watcher_check_all(SwWatcher *self, GPtrArray *watches);

/* TRUE when @watch is due at @now according to @state */
gboolean
sw_watcher_is_due(SwState *state, const SwWatch *watch, gint64 now);

G_END_DECLS
