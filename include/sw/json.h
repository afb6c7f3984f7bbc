/* SPDX-License-Identifier: MIT */
#pragma once

#include <glib.h>

#include "sw/diff.h"
#include "sw/facts.h"
#include "sw/fetch.h"
#include "sw/story.h"
#include "sw/timeline.h"

G_BEGIN_DECLS

/* All JSON storywatch writes, on jansson. Strings returned are g_malloc'd. */

/* where a change was found; every field nullable */
typedef struct {
	const gchar *story;
	const gchar *source;
	const gchar *url;
	const gchar *commit;
} SwJsonContext;

/* the diff as `storywatch diff --json` prints it, plus @ctx's fields */
gchar *
sw_json_diff(const SwDiff *diff, const SwJsonContext *ctx);
/* what the on-error hook reads: {"event": "error", "story", "url",
 * "error", "permanent", "failures"} */
gchar *
sw_json_error(const gchar *story, const gchar *url, const gchar *message, gboolean permanent,
	      guint failures);
/* one watch of `storywatch status --json`: name, url, every (seconds),
 * last_check and next_due (ISO 8601 or null), failures, last_result,
 * parked (a permanent failure waits for the watch to be edited) */
gchar *
sw_json_watch_status(const gchar *name, const gchar *url, guint64 every, gint64 last_check,
		     gint64 next_due, guint failures, const gchar *last_result, gboolean parked);
/* `storywatch extract --json` */
gchar *
sw_json_story(const SwStory *story);
/* meta.json committed beside story.txt: the fetch and the page's own dates */
gchar *
sw_json_meta(const SwFetchResult *res, const SwStory *story);
/* the url recorded in a meta.json, nullable */
gchar *
sw_json_meta_get_url(const gchar *meta);
/* a string field of meta.json ("published", "modified"), or NULL */
gchar *
sw_json_meta_get(const gchar *meta, const gchar *key);
/* the day a version speaks from, as meta.json gives it: the page's
 * "modified", else (when @or_published) its "published"; NULL for none */
gchar *
sw_json_meta_day(const gchar *meta, gboolean or_published);
/* `storywatch story --json`: {"story", "sources", "versions", "first",
 * "last", "facts": [{"fact", "values": [{"value", "text", "sightings":
 * [{"source", "date", "text", "value", "commit"}]}], "disagreement":
 * null or [{"value", "text", "sources"}]}]} */
gchar *
sw_json_timeline(const SwTimeline *tl);
/* what on-alert reads when a story's sources disagree: {"event":
 * "disagreement", "story", "summary", "facts": [{"fact", "values":
 * [{"value", "text", "sources"}]}]} */
gchar *
sw_json_disagreement(const SwTimeline *tl, const gchar *summary);
/* one compact line for `storywatch log --json` */
gchar *
sw_json_log_entry(const gchar *story, const gchar *id, gint64 time, const gchar *subject,
		  const gchar *significance);

/* one fact as a line of `storywatch facts --json`: kind, start, end,
 * text, value, and the fields of its kind */
gchar *
sw_json_fact(const SwFact *fact);

/* what a page's JSON-LD says about its article; fields nullable */
typedef struct {
	gchar *type;
	gchar *headline;
	gchar *name;
	gchar *body;	  /* articleBody */
	gchar *published; /* datePublished, as written */
	gchar *modified;  /* dateModified, as written */
	gchar *author;	  /* names joined by ", " */
	gchar *url;
} SwJsonLd;

/* Reads one <script type="application/ld+json"> text and fills @out from
 * the first article-like object (NewsArticle, Article, BlogPosting, ...,
 * including inside @graph and arrays). FALSE when there is none; fields
 * already set in @out are kept (the first script wins). */
gboolean
sw_json_ld_parse(const gchar *text, SwJsonLd *out);
void
sw_json_ld_clear(SwJsonLd *ld);

G_END_DECLS
