/* SPDX-License-Identifier: MIT */
#pragma once

#include <glib.h>

#include "sw/significance.h"

G_BEGIN_DECLS

/* where a watch's changes go; a watch may list several */
typedef enum {
	SW_NOTIFY_DESKTOP = 1 << 0,
	SW_NOTIFY_HOOK = 1 << 1,
} SwNotifyFlags;

#define SW_WATCH_DEFAULT_EVERY	 (30 * 60)
/* every = auto stops checking a story this old */
#define SW_WATCH_DEFAULT_MAX_AGE (30 * 24 * 3600)
#define SW_WATCH_DEFAULT_FOLLOW	 (7 * 24 * 3600)
#define SW_WATCH_DEFAULT_TIMEOUT 60
#define SW_WATCH_DEFAULT_MAXSIZE (10 * 1024 * 1024)

/* one [group] of the watchlist, validated; all fields owned by the watch */
typedef struct {
	gchar *name;	      /* group name, also the story's folder in the repo */
	gchar *url;	      /* http or https */
	guint64 every;	      /* seconds between checks (with every_auto: the first) */
	gboolean every_auto;  /* by the story's age: often while fresh, rarely when old */
	guint64 max_age;      /* with every_auto: stop after this many seconds; 0: never */
	gchar *select;	      /* CSS or XPath of the story's element, or NULL */
	gchar *exclude;	      /* CSS or XPath of elements to drop, or NULL */
	gchar **ignore;	      /* regular expressions of lines to drop (NULL-terminated) */
	GPtrArray *ignore_re; /* compiled @ignore, GRegex */
	guint notify;	      /* SwNotifyFlags */
	SwSignificance threshold;
	gchar *hook;	  /* per-watch on-change hook, absolute path, or NULL */
	guint timeout;	  /* seconds for one fetch */
	guint64 maxsize;  /* bytes of body accepted */
	gboolean captions; /* keep figure captions in the story */
	gboolean insecure; /* accept a TLS certificate that does not verify */
	gboolean no_robots; /* robots = false: the user's own page, robots.txt not asked */
	gboolean feed;	    /* url is an RSS or Atom feed: its entries are the pages */
	gchar **sources;     /* several addresses: each source's name, else NULL */
	gchar **source_urls; /* and its address (url holds them all, as written) */
	gchar *story;	     /* a source's page: the story it is a source of, else NULL */
	guint quiet_from;    /* quiet hours, minutes after local midnight: no desktop */
	guint quiet_to;	     /* notification from..to (may wrap midnight); equal: none */
	guint64 follow;	    /* with feed: seconds each entry is checked after it appears */
	gchar *match;	    /* with feed: only entries whose title or address match */
	GRegex *match_re;
} SwWatch;

void
sw_watch_free(SwWatch *watch);
/* a deep copy (regexes are shared by reference) */
SwWatch *
sw_watch_copy(const SwWatch *watch);
/* a hash of the settings that decide what is fetched and kept */
gchar *
sw_watch_digest(const SwWatch *watch);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(SwWatch, sw_watch_free)

typedef struct _SwWatchlist SwWatchlist;

/* Loads and validates @path. A missing file is an empty watchlist when
 * @missing_ok. Every problem is reported as "FILE:LINE: what is wrong" with
 * SW_ERROR_INVALID_CONFIG. */
SwWatchlist *
sw_watchlist_load(const gchar *path, gboolean missing_ok, GError **error);
/* the same from bytes; @path names them in messages */
SwWatchlist *
sw_watchlist_parse(const gchar *path, const gchar *data, gsize len, GError **error);
void
sw_watchlist_free(SwWatchlist *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(SwWatchlist, sw_watchlist_free)

const gchar *
sw_watchlist_get_path(SwWatchlist *self);
/* (transfer none): SwWatch elements in file order */
GPtrArray *
sw_watchlist_get_watches(SwWatchlist *self);
/* (transfer none) (nullable) */
SwWatch *
sw_watchlist_find(SwWatchlist *self, const gchar *name);

/* Adds a watch; @every and @select may be NULL. The file is rewritten
 * atomically with comments kept, then reloaded and validated: on any error
 * nothing is written. */
gboolean
sw_watchlist_add(SwWatchlist *self,
		 const gchar *name,
		 const gchar *url,
		 const gchar *every,
		 const gchar *select,
		 GError **error);
/* the same with any keys: @keys_values holds key, value, key, value...,
 * NULL-terminated (a NULL value leaves its key out); "ignore" takes its
 * rules one per line */
gboolean
sw_watchlist_add_full(SwWatchlist *self,
		      const gchar *name,
		      const gchar *url,
		      const gchar *const *keys_values,
		      GError **error);
gboolean
sw_watchlist_remove(SwWatchlist *self, const gchar *name, GError **error);

/* TRUE for an http or https URL with a host */
gboolean
sw_watch_url_is_valid(const gchar *url, GError **error);

/* a folder-safe name made of @text ("Ferry news!" -> ferry-news), unique in
 * @self (may be NULL) */
gchar *
sw_watchlist_unique_name(SwWatchlist *self, const gchar *text);
/* a folder-safe name derived from @url, unique in @self (may be NULL) */
gchar *
sw_watchlist_suggest_name(SwWatchlist *self, const gchar *url);
/* TRUE when @name can be a watch name (a single safe path component) */
gboolean
sw_watchlist_name_is_valid(const gchar *name);
/* a story in the history: a watch's name, or a feed's entry "FEED/entry" */
gboolean
sw_watchlist_story_name_is_valid(const gchar *name);

G_END_DECLS
