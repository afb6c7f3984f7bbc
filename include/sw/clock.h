/* SPDX-License-Identifier: MIT */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* @t (Unix seconds) as a local time, NULL when out of range. The zone is
 * read again only when TZ changes: GLib 2.74 reads it from disk for every
 * local time when TZ is unset, three times per page checked. */
GDateTime *
sw_clock_local(gint64 t);

G_END_DECLS
