/* SPDX-License-Identifier: MIT */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A way in from urlwatch and a way out to it (and to any feed reader, as
 * OPML). urlwatch's jobs file is YAML, one job per document. */

typedef struct {
	gchar *name;	     /* urlwatch's name, nullable */
	gchar *url;	     /* nullable for a job that is no web page */
	gchar *select;	     /* from a css or xpath filter, nullable */
	gchar *exclude;	     /* from a css or xpath filter's exclude, nullable */
	GPtrArray *ignore;   /* gchar*: regular expressions of lines to drop */
	GPtrArray *left_out; /* gchar*: what was not carried over, and why */
	guint line;	     /* where the job starts in the file, from 1 */
} SwUrlwatchJob;

void
sw_urlwatch_job_free(SwUrlwatchJob *job);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(SwUrlwatchJob, sw_urlwatch_job_free)

/* The jobs of an urlwatch urls.yaml. A filter becomes select, exclude or
 * an ignore rule where it means the same (css, xpath, grepi, a re.sub
 * deleting whole lines); html2text and strip are what storywatch does
 * anyway; everything else is listed in left_out. A file that is not YAML
 * fails with "PATH:LINE: problem". */
GPtrArray *
sw_urlwatch_read(const gchar *path, const gchar *data, gsize len, GError **error);

/* @watches (SwWatch) as urlwatch jobs, YAML */
gchar *
sw_urlwatch_write(GPtrArray *watches);

/* @watches as an OPML 2.0 outline, one outline per watch */
gchar *
sw_opml_write(GPtrArray *watches, const gchar *title);

G_END_DECLS
