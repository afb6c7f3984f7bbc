/* SPDX-License-Identifier: MIT */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* how much a change matters, in increasing order; a watch's threshold is
 * compared against it with <= */
typedef enum {
	SW_SIGNIFICANCE_NONE,
	SW_SIGNIFICANCE_COSMETIC,
	SW_SIGNIFICANCE_MINOR,
	SW_SIGNIFICANCE_SUBSTANTIVE,
	SW_SIGNIFICANCE_MAJOR,
} SwSignificance;

const gchar *
sw_significance_to_string(SwSignificance sig);
/* returns FALSE for an unknown name */
gboolean
sw_significance_from_string(const gchar *str, SwSignificance *out_sig);

G_END_DECLS
