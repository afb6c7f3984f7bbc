/* SPDX-License-Identifier: MIT
 *
 * Scheduling arithmetic, kept pure (no clock, no I/O) so tests drive time:
 * parsing intervals, and deciding when a watch is next due after a check,
 * with per-watch jitter and exponential backoff on failure.
 */
#define G_LOG_DOMAIN "storywatch-schedule"

#include "sw/schedule.h"

#include "sw/error.h"

#define SW_SCHEDULE_MIN_INTERVAL 10
#define SW_SCHEDULE_MAX_INTERVAL (365 * 24 * 3600)

static const struct {
	gchar unit;
	guint64 seconds;
} sw_schedule_units[] = {
    {'w', 7 * 24 * 3600}, {'d', 24 * 3600}, {'h', 3600}, {'m', 60}, {'s', 1},
};

gboolean
sw_schedule_parse_interval(const gchar *text, guint64 *out_seconds, GError **error)
{
	return sw_schedule_parse_duration(text, SW_SCHEDULE_MIN_INTERVAL, SW_SCHEDULE_MAX_INTERVAL,
					  out_seconds, error);
}

gboolean
sw_schedule_parse_duration(const gchar *text, guint64 min, guint64 max, guint64 *out_seconds,
			   GError **error)
{
	const gchar *p = text;
	guint64 total = 0;
	gboolean any = FALSE;

	g_return_val_if_fail(text != NULL, FALSE);

	while (*p != '\0') {
		guint64 n = 0;
		guint64 mult = 0;
		gboolean digits = FALSE;

		while (*p == ' ')
			p++;
		if (*p == '\0')
			break;
		while (g_ascii_isdigit(*p)) {
			n = n * 10 + (guint64)(*p - '0');
			if (n > max)
				goto bad;
			digits = TRUE;
			p++;
		}
		while (*p == ' ')
			p++;
		for (guint i = 0; i < G_N_ELEMENTS(sw_schedule_units); i++) {
			if (g_ascii_tolower(*p) == sw_schedule_units[i].unit)
				mult = sw_schedule_units[i].seconds;
		}
		if (!digits || mult == 0)
			goto bad;
		p++;
		total += n * mult;
		if (total > max)
			goto bad;
		any = TRUE;
	}
	if (!any)
		goto bad;
	if (total < min) {
		g_set_error(error, SW_ERROR, SW_ERROR_INVALID_ARGUMENT,
			    "\"%s\" is too short: at least %" G_GUINT64_FORMAT "s", text, min);
		return FALSE;
	}
	*out_seconds = total;
	return TRUE;
bad:
	{
		g_autofree gchar *most = sw_schedule_format_interval(max);
		g_set_error(error, SW_ERROR, SW_ERROR_INVALID_ARGUMENT,
			    "\"%s\" is not a duration such as 90s, 30m, 6h or 1d (at most %s)", text,
			    most);
	}
	return FALSE;
}

gchar *
sw_schedule_format_interval(guint64 seconds)
{
	GString *out = g_string_new(NULL);

	for (guint i = 1; i < G_N_ELEMENTS(sw_schedule_units); i++) {
		guint64 u = sw_schedule_units[i].seconds;
		if (seconds >= u) {
			g_string_append_printf(out, "%" G_GUINT64_FORMAT "%c", seconds / u,
					       sw_schedule_units[i].unit);
			seconds %= u;
		}
	}
	if (out->len == 0)
		g_string_append(out, "0s");
	return g_string_free(out, FALSE);
}

gint64
sw_schedule_next_due(guint64 every,
		     SwOutcome outcome,
		     guint failures,
		     gint64 now,
		     guint32 jitter_seed)
{
	guint64 delay = every;
	guint64 spread = every / 10;

	if (outcome == SW_OUTCOME_PERMANENT)
		return now + SW_SCHEDULE_PARKED;
	if (outcome == SW_OUTCOME_TRANSIENT && failures > 1) {
		/* never more often than the interval: polite to a struggling site */
		guint64 cap = MAX(every, (guint64)SW_SCHEDULE_MAX_BACKOFF);
		for (guint i = 1; i < failures && delay < cap; i++)
			delay *= 2;
		delay = MIN(delay, cap);
		spread = 0;
	}
	/* a fixed offset per watch, so equal intervals do not fire together */
	if (spread > 0)
		delay += jitter_seed % spread;
	return now + (gint64)delay;
}

guint64
sw_schedule_auto_interval(gint64 age)
{
	static const struct {
		gint64 below;
		guint64 every;
	} steps[] = {
	    {6 * 3600, 10 * 60},     {24 * 3600, 30 * 60},	   {3 * 24 * 3600, 2 * 3600},
	    {7 * 24 * 3600, 6 * 3600}, {G_MAXINT64, 24 * 3600},
	};

	for (guint i = 0; i < G_N_ELEMENTS(steps); i++) {
		if (age < steps[i].below)
			return steps[i].every;
	}
	return 24 * 3600;
}
