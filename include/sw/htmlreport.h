/* SPDX-License-Identifier: MIT */
#pragma once

#include <glib.h>

#include "sw/timeline.h"

G_BEGIN_DECLS

/* `storywatch story --html`: one self-contained page (no script, no
 * network) with @tl's facts as a chart over time and @versions
 * (SwTimelineVersion) side by side per source, changes marked */
gchar *
sw_html_story(const SwTimeline *tl, GPtrArray *versions);

G_END_DECLS
