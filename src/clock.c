/* SPDX-License-Identifier: MIT
 *
 * Local time with the zone kept. Commit signatures, page metadata and the
 * facts' reference date each want the local date of a moment; GLib 2.74
 * drops its cached local zone whenever TZ is unset (the cached zone's name
 * never equals an unset TZ), so each of those read /etc/localtime and the
 * zone file again. Here the zone is kept until TZ says otherwise.
 */
#define G_LOG_DOMAIN "storywatch-clock"

#include "sw/clock.h"

static GMutex sw_clock_lock;
static GTimeZone *sw_clock_zone;
static gchar *sw_clock_tz; /* TZ when the zone was read */

GDateTime *
sw_clock_local(gint64 t)
{
	const gchar *tz = g_getenv("TZ");
	g_autoptr(GTimeZone) zone = NULL;
	g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc(t);

	if (utc == NULL)
		return NULL;
	g_mutex_lock(&sw_clock_lock);
	if (sw_clock_zone == NULL || g_strcmp0(tz, sw_clock_tz) != 0) {
		g_clear_pointer(&sw_clock_zone, g_time_zone_unref);
		g_free(sw_clock_tz);
		sw_clock_tz = g_strdup(tz);
		sw_clock_zone = g_time_zone_new_local();
	}
	zone = g_time_zone_ref(sw_clock_zone);
	g_mutex_unlock(&sw_clock_lock);
	return g_date_time_to_timezone(utc, zone);
}
