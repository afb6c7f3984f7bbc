/* SPDX-License-Identifier: MIT */
#pragma once

#include <glib.h>

#include "sw/story.h"

G_BEGIN_DECLS

/* Page furniture learned per site: a short paragraph found on several
 * different pages of one site ("Join our community", a standing appeal,
 * a disclaimer) is not part of any of their stories. Kept beside the
 * schedule state, bounded in size. */

/* a paragraph is furniture once seen on this many pages of its site */
#define SW_FURNITURE_MIN_PAGES 3
/* longer paragraphs are never furniture: reused background paragraphs of
 * a running story are news */
#define SW_FURNITURE_MAX_LEN 300

typedef struct _SwFurniture SwFurniture;

/* a missing file is an empty table */
SwFurniture *
sw_furniture_load(const gchar *path, GError **error);
gboolean
sw_furniture_save(SwFurniture *self, GError **error);
void
sw_furniture_free(SwFurniture *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(SwFurniture, sw_furniture_free)

/* the site a URL belongs to: its host, lowercase, without "www." */
gchar *
sw_furniture_site_of(const gchar *url);

/* Records the short paragraphs of page @page (its URL) of @site, then
 * removes from @story the ones now known as the site's furniture.
 * Returns how many were removed. */
guint
sw_furniture_learn_and_filter(SwFurniture *self, const gchar *site, const gchar *page, SwStory *story);

/* TRUE when @paragraph is known furniture of @site */
gboolean
sw_furniture_contains(SwFurniture *self, const gchar *site, const gchar *paragraph);

G_END_DECLS
