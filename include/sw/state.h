/* SPDX-License-Identifier: MIT */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What the scheduler remembers between runs, per watch: when it last
 * checked, when it is due, validators for conditional GET, the hash of the
 * last body, failures. Kept beside the repository (not committed) and
 * written crash-safe: temporary file, fsync, rename. */

typedef struct {
	gint64 last_check;  /* 0: never */
	gint64 first_seen;  /* the first snapshot's time, 0: none yet */
	gint64 next_due;    /* 0: now */
	guint failures;	    /* consecutive */
	gchar *etag;	    /* nullable */
	gchar *last_modified; /* nullable */
	gchar *body_hash;     /* SHA-256 of the last body, nullable */
	gchar *last_result;   /* one line for `status`, nullable */
	gchar *watch_digest;  /* hash of the watch's settings when parked */
	gchar *entry_url;     /* a feed's entry ("FEED/slug"): the page, else NULL */
	gchar *entry_title;   /* the entry's title in the feed, nullable */
	gchar *disagreement;  /* a story of sources: what they disagree on, as told */
} SwWatchState;


typedef struct _SwState SwState;

/* a missing file is an empty state */
SwState *
sw_state_load(const gchar *path, GError **error);
gboolean
sw_state_save(SwState *self, GError **error);
void
sw_state_free(SwState *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(SwState, sw_state_free)

/* (transfer none): created empty when absent */
SwWatchState *
sw_state_get(SwState *self, const gchar *name);
/* (transfer none) (nullable) */
SwWatchState *
sw_state_lookup(SwState *self, const gchar *name);
void
sw_state_forget(SwState *self, const gchar *name);
void
sw_watch_state_set_string(gchar **field, const gchar *value);

/* the watches a feed brought in: names "FEED/slug", with entry_url set
 * (transfer container: the names are the state's) */
GPtrArray *
sw_state_entries_of(SwState *self, const gchar *feed);

/* muted stories: no desktop notification (hooks still run); @path is
 * "<gitdir>/storywatch/muted" */
gboolean
sw_state_is_muted(const gchar *path, const gchar *story);
gboolean
sw_state_set_muted(const gchar *path, const gchar *story, gboolean muted, GError **error);

G_END_DECLS
