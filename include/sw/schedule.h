/* SPDX-License-Identifier: MIT */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Pure scheduling arithmetic: no clock, no I/O. Callers pass `now` in
 * seconds since the epoch so tests can drive time. */

/* "90s", "30m", "6h", "1d", "1h30m" -> seconds; an interval under 10 s or
 * over 365 days is refused */
gboolean
sw_schedule_parse_interval(const gchar *text, guint64 *out_seconds, GError **error);
/* the same units, between @min and @max seconds */
gboolean
sw_schedule_parse_duration(const gchar *text, guint64 min, guint64 max, guint64 *out_seconds,
			   GError **error);
/* every = auto: how often to check a story @age seconds after it was first
 * seen. Fresh news changes by the hour, old news rarely: 10 minutes in its
 * first six hours, 30 in its first day, 2 hours to three days, 6 hours to
 * a week, then daily. */
guint64
sw_schedule_auto_interval(gint64 age);

/* the shortest spelling of @seconds in the units above */
gchar *
sw_schedule_format_interval(guint64 seconds);

/* the result of one check, as the scheduler sees it */
typedef enum {
	SW_OUTCOME_OK,	      /* fetched, changed or not, or 304 */
	SW_OUTCOME_TRANSIENT, /* try again with backoff */
	SW_OUTCOME_PERMANENT, /* park until the watch changes */
} SwOutcome;

#define SW_SCHEDULE_MAX_BACKOFF (24 * 3600)
#define SW_SCHEDULE_PARKED	(7 * 24 * 3600)

/* When to check next after @outcome at @now. Failures back off
 * exponentially from the interval (capped at a day); @jitter_seed spreads
 * watches of equal interval over up to a tenth of it. */
gint64
sw_schedule_next_due(guint64 every,
		     SwOutcome outcome,
		     guint failures,
		     gint64 now,
		     guint32 jitter_seed);

G_END_DECLS
