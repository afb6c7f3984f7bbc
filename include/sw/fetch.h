/* SPDX-License-Identifier: MIT */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* HTTP(S) fetching with libcurl's multi socket API, driven by a GLib main
 * context. Only http and https are ever fetched, redirects included; every
 * size and time is bounded. */

typedef struct {
	const gchar *url;
	const gchar *etag;	    /* nullable: sent as If-None-Match */
	const gchar *last_modified; /* nullable: sent as If-Modified-Since */
	guint timeout;		    /* seconds for the whole transfer; 0: default */
	guint64 maxsize;	    /* bytes of decoded body; 0: default */
	gboolean insecure;	    /* accept a TLS certificate that does not verify */
	gboolean feed;		    /* RSS, Atom and XML types are welcome too */
} SwFetchRequest;

typedef struct {
	gchar *url;	  /* as requested */
	gchar *final_url; /* after redirects */
	guint status;	  /* HTTP status of the last response */
	gboolean not_modified;
	GBytes *body; /* NULL when not_modified; NUL-terminated, size without it */
	gchar *content_type; /* media type, lowercase, no parameters */
	gchar *charset;	     /* from Content-Type, nullable */
	gchar *etag;
	gchar *last_modified;
	gint64 fetched_at; /* seconds since the epoch */
	guint retry_after; /* seconds the server asked us to wait (a 429 or 503), or 0 */
} SwFetchResult;

void
sw_fetch_result_free(SwFetchResult *res);
/* a copy that shares the body */
SwFetchResult *
sw_fetch_result_copy(const SwFetchResult *res);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(SwFetchResult, sw_fetch_result_free)

/* @error set: the fetch failed, and @res, when not NULL, says what is
 * known of the response (its status, a Retry-After); @error NULL: @res is
 * the page. The callee owns neither. */
typedef void (*SwFetchDoneFunc)(SwFetchResult *res, const GError *error, gpointer user_data);

typedef struct _SwFetcher SwFetcher;

/* @ctx: the main context the transfers run in (NULL: the default one) */
SwFetcher *
sw_fetcher_new(GMainContext *ctx);
void
sw_fetcher_free(SwFetcher *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(SwFetcher, sw_fetcher_free)

/* TRUE when @addr is loopback, private (RFC 1918, unique local), link
 * local or unspecified: an address of the user's own machine or network */
gboolean
sw_fetch_address_is_private(GInetAddress *addr);

/* the least time between two requests to one host (default 2 s, or
 * $STORYWATCH_HOST_GAP: 0, 500ms, 3s) */
void
sw_fetcher_set_host_gap(SwFetcher *self, guint64 microseconds);

/* transfers in flight at once, overall and per host */
void
sw_fetcher_set_limits(SwFetcher *self, guint max_total, guint max_per_host);

/* Queues @req (copied); @done runs from the main context exactly once,
 * with a result or an error, unless the fetcher is freed first. */
void
sw_fetcher_fetch(SwFetcher *self, const SwFetchRequest *req, SwFetchDoneFunc done, gpointer user_data);
guint
sw_fetcher_get_pending(SwFetcher *self);
/* held: transfers in flight finish, queued ones wait until released */
void
sw_fetcher_set_held(SwFetcher *self, gboolean held);

/* one fetch, blocking on a private main context */
SwFetchResult *
sw_fetch_sync(const SwFetchRequest *req, GError **error);

/* TRUE for a media type a feed may come as */
gboolean
sw_fetch_content_type_is_feed(const gchar *content_type);

/* TRUE for a media type storywatch can read as a page */
gboolean
sw_fetch_content_type_is_text(const gchar *content_type);

G_END_DECLS
