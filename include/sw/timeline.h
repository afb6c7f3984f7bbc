/* SPDX-License-Identifier: MIT */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A story across its versions and its sources: the facts a reader tracks
 * (when the event is expected, the amount at stake, where the event
 * stands, who is quoted), each with its value over time and per source,
 * and where sources of the same days disagree. See docs/design.md, "Fact
 * identity", for how two mentions are judged one fact, and its limits. */

typedef struct {
	const gchar *source; /* the source's name */
	const gchar *commit; /* the version's commit id */
	GDate day;	     /* the version's own day */
	const gchar *text;   /* its story.txt */
} SwTimelineVersion;

typedef struct {
	gchar *source;
	gchar *commit;
	gchar *day;   /* YYYY-MM-DD */
	gchar *text;  /* as written in the story */
	gchar *value; /* normalised: "2014-11", "USD 600000000", "expected", a name */
} SwSighting;

typedef struct {
	gchar *label;	      /* "expected date", "amount", "status", "quoted" */
	GPtrArray *sightings; /* SwSighting, by day */
	GPtrArray *runs;      /* GPtrArray of SwSighting (borrowed): a value held in turn */
	/* sources of the same days that disagree: GPtrArray of runs, one per
	 * value; NULL when they agree */
	GPtrArray *disagreement;
} SwTrack;

typedef struct {
	gchar *name;
	GPtrArray *sources; /* gchar*, each source's name, in order of first day */
	guint versions;
	gchar *first_day; /* nullable when there are no versions */
	gchar *last_day;
	GPtrArray *tracks; /* SwTrack */
} SwTimeline;

void
sw_timeline_free(SwTimeline *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(SwTimeline, sw_timeline_free)

/* @versions: SwTimelineVersion, any order */
SwTimeline *
sw_timeline_build(const gchar *name, GPtrArray *versions);

/* for people: one line per tracked fact, then the disagreements */
gchar *
sw_timeline_to_text(const SwTimeline *self);

/* the sighting that names a run: its widest value ("2014-11" over
 * "2014-11-10") */
SwSighting *
sw_track_run_label(GPtrArray *run);

/* "$48 million (ledger, post) vs $84 million (courier)": @t's disagreement,
 * which must be set, onto @out */
void
sw_track_append_disagreement(GString *out, const SwTrack *t);

/* a value as people write it: "$600 million", "2015-H1", a status name */
const gchar *
sw_sighting_label(const SwSighting *s);

typedef struct _SwStore SwStore;

/* (transfer full) SwTimelineVersion: the versions of @story in the history,
 * each source's oldest first, or only each source's latest with
 * @latest_only; a story of several sources is read folder by folder. Each
 * is dated by the page (modified, else published for a source's first
 * version), else by its commit. */
GPtrArray *
sw_timeline_read_versions(SwStore *store, const gchar *story, gboolean latest_only, GError **error);

G_END_DECLS
