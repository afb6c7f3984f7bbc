/* SPDX-License-Identifier: MIT */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* one error domain for the whole program; wrappers convert CURLcode,
 * libgit2 and libxml2 errors into it so callers can branch on the class */
#define SW_ERROR (sw_error_quark())

typedef enum {
	SW_ERROR_FAILED,	 /* anything else */
	SW_ERROR_TRANSIENT,	 /* timeout, 5xx, 429: retry later */
	SW_ERROR_PERMANENT,	 /* 404/410, not HTML, too large: park the watch */
	SW_ERROR_INVALID_CONFIG, /* the watchlist is wrong */
	SW_ERROR_INVALID_ARGUMENT,
	SW_ERROR_NOT_FOUND,
	SW_ERROR_CANCELLED,
	SW_ERROR_LOCKED, /* another writer holds the repository */
} SwError;

GQuark
sw_error_quark(void);

G_END_DECLS
