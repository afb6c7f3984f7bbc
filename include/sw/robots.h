/* SPDX-License-Identifier: MIT */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* robots.txt (RFC 9309): the rules a site gives storywatch, and a cache of
 * them per origin. Fetching is the watcher's job; this module only reads
 * and answers. */

#define SW_ROBOTS_AGENT	  "storywatch"
#define SW_ROBOTS_MAXSIZE (512 * 1024)
/* how long a site's rules are trusted before they are fetched again */
#define SW_ROBOTS_TTL (24 * 3600)

typedef struct _SwRobots SwRobots;

/* the rules of @text for the product token @agent (else the '*' group);
 * reads at most SW_ROBOTS_MAXSIZE bytes; never fails: what it cannot read
 * it ignores */
SwRobots *
sw_robots_parse(const gchar *text, gsize len, const gchar *agent);
void
sw_robots_free(SwRobots *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(SwRobots, sw_robots_free)

/* may @path (path and query, from '/') be fetched? NULL rules allow all */
gboolean
sw_robots_allowed(const SwRobots *self, const gchar *path);

/* "http://host:port" of @url, the key robots.txt rules belong to, and the
 * path (with query) to test; FALSE when @url is not http(s) */
gboolean
sw_robots_split_url(const gchar *url, gchar **out_origin, gchar **out_path);

G_END_DECLS
