/* SPDX-License-Identifier: MIT
 *
 * Fetching pages with libcurl's multi socket API inside a GLib main
 * context: curl tells us which sockets to watch and when to wake it, GLib
 * does the waiting. Only http and https are allowed (redirects too), sizes
 * and times are capped, validators make conditional GETs, and every curl
 * failure becomes an SW_ERROR class the scheduler can act on.
 */
#define G_LOG_DOMAIN "storywatch-fetch"

#include "sw/fetch.h"

#include <curl/curl.h>
#include <gio/gio.h>
#include <glib-unix.h>
#include <string.h>
#include <sys/socket.h>

#include "sw/error.h"

#define SW_FETCH_USER_AGENT	 "storywatch/" SW_VERSION " (news story watcher)"
#define SW_FETCH_MAX_REDIRS	 5L
#define SW_FETCH_CONNECT_TIMEOUT 15
#define SW_FETCH_DEFAULT_TIMEOUT 60
#define SW_FETCH_DEFAULT_MAXSIZE (10 * 1024 * 1024)
#define SW_FETCH_MAX_HEADER	 (64 * 1024)
#define SW_FETCH_DEFAULT_HOST_GAP (2 * G_USEC_PER_SEC)

typedef struct curl_slist auto_curl_slist;
G_DEFINE_AUTOPTR_CLEANUP_FUNC(auto_curl_slist, curl_slist_free_all)

struct _SwFetcher {
	GMainContext *ctx;
	CURLM *multi;
	GSource *timer;
	GSource *gap_timer;	 /* wakes when a host's gap has passed */
	GHashTable *host_last;	 /* host -> monotonic time of its last request */
	gint64 host_gap;	 /* microseconds */
	GHashTable *sources; /* GSource* we own, for teardown */
	GQueue pending;	     /* SwFetchJob waiting for a slot */
	GQueue active;	     /* SwFetchJob inside the multi handle */
	guint max_total;
	gboolean held; /* no new transfers: the pages fetched wait for work */
	gboolean finalizing;
};

typedef struct {
	SwFetcher *fetcher;
	CURL *easy;
	struct curl_slist *headers;
	gchar *url;
	guint timeout;
	guint64 maxsize;
	GByteArray *body;
	gchar *etag;
	gchar *last_modified;
	gchar *reason; /* "Internal Server Error" */
	gboolean too_large;
	gchar *not_text; /* the media type refused */
	gsize header_bytes;
	gboolean headers_too_large;
	gint first_private; /* the first address connected to: -1 none yet, 0 public, 1 private */
	gchar *refused_address; /* a private address a public page led to */
	gchar *host;		/* for the gap between requests to one host */
	guint retry_after;	/* seconds, from a Retry-After header */
	gboolean feed;		/* XML feed types welcome too */
	gboolean insecure;	/* TLS not verified, as the watch says */
	SwFetchDoneFunc done;
	gpointer user_data;
	gchar errbuf[CURL_ERROR_SIZE];
} SwFetchJob;

void
sw_fetch_result_free(SwFetchResult *res)
{
	if (res == NULL)
		return;
	g_free(res->url);
	g_free(res->final_url);
	g_clear_pointer(&res->body, g_bytes_unref);
	g_free(res->content_type);
	g_free(res->charset);
	g_free(res->etag);
	g_free(res->last_modified);
	g_free(res);
}

SwFetchResult *
sw_fetch_result_copy(const SwFetchResult *res)
{
	SwFetchResult *out = g_new0(SwFetchResult, 1);

	*out = *res;
	out->url = g_strdup(res->url);
	out->final_url = g_strdup(res->final_url);
	out->body = res->body != NULL ? g_bytes_ref(res->body) : NULL;
	out->content_type = g_strdup(res->content_type);
	out->charset = g_strdup(res->charset);
	out->etag = g_strdup(res->etag);
	out->last_modified = g_strdup(res->last_modified);
	return out;
}

static void
sw_fetch_job_free(SwFetchJob *job)
{
	if (job->easy != NULL)
		curl_easy_cleanup(job->easy);
	curl_slist_free_all(job->headers);
	g_free(job->url);
	if (job->body != NULL)
		g_byte_array_unref(job->body);
	g_free(job->etag);
	g_free(job->last_modified);
	g_free(job->reason);
	g_free(job->not_text);
	g_free(job->refused_address);
	g_free(job->host);
	g_free(job);
}

gboolean
sw_fetch_content_type_is_text(const gchar *content_type)
{
	static const gchar *const ok[] = {"text/html", "application/xhtml+xml", "text/plain",
					  NULL};
	/* no Content-Type at all: let the extractor sniff it */
	if (content_type == NULL || *content_type == '\0')
		return TRUE;
	return g_strv_contains(ok, content_type);
}

gboolean
sw_fetch_content_type_is_feed(const gchar *content_type)
{
	static const gchar *const ok[] = {"application/rss+xml", "application/atom+xml",
					  "application/rdf+xml", "application/xml", "text/xml", NULL};
	return content_type != NULL && g_strv_contains(ok, content_type);
}

/* "text/html; charset=UTF-8" -> "text/html", "utf-8" */
static void
sw_fetch_parse_content_type(const gchar *value, gchar **out_type, gchar **out_charset)
{
	g_auto(GStrv) parts = NULL;

	*out_type = NULL;
	*out_charset = NULL;
	if (value == NULL)
		return;
	parts = g_strsplit(value, ";", -1);
	*out_type = g_ascii_strdown(g_strstrip(parts[0]), -1);
	for (guint i = 1; parts[i] != NULL; i++) {
		gchar *p = g_strstrip(parts[i]);
		if (g_ascii_strncasecmp(p, "charset=", 8) == 0) {
			gchar *cs = p + 8;
			gsize l;
			if (*cs == '"' || *cs == '\'')
				cs++;
			l = strlen(cs);
			while (l > 0 && (cs[l - 1] == '"' || cs[l - 1] == '\''))
				l--;
			if (l > 0 && l < 64)
				*out_charset = g_ascii_strdown(cs, l);
		}
	}
}

static size_t
sw_fetch_write_cb(char *data, size_t size, size_t nmemb, void *userp)
{
	SwFetchJob *job = userp;
	gsize n = size * nmemb;
	long code = 0;

	/* refuse what is not a page as soon as its first bytes arrive */
	if (job->body->len == 0) {
		const char *ct = NULL;
		curl_easy_getinfo(job->easy, CURLINFO_RESPONSE_CODE, &code);
		curl_easy_getinfo(job->easy, CURLINFO_CONTENT_TYPE, &ct);
		if (code >= 200 && code < 300) {
			g_autofree gchar *type = NULL;
			g_autofree gchar *charset = NULL;
			sw_fetch_parse_content_type(ct, &type, &charset);
			if (!sw_fetch_content_type_is_text(type) &&
			    !(job->feed && sw_fetch_content_type_is_feed(type))) {
				job->not_text = g_steal_pointer(&type);
				return 0;
			}
		}
		/* room for the whole body at once when the server says its size
		 * (trusted only up to the cap): growing by doubling copies it */
		{
			curl_off_t cl = -1;
			if (curl_easy_getinfo(job->easy, CURLINFO_CONTENT_LENGTH_DOWNLOAD_T, &cl) ==
				CURLE_OK &&
			    cl > 0 && (guint64)cl <= job->maxsize && cl <= G_MAXUINT) {
				g_byte_array_set_size(job->body, (guint)cl);
				g_byte_array_set_size(job->body, 0);
			}
		}
	}
	/* decoded bytes are counted, so a compression bomb stops at the cap */
	if ((guint64)job->body->len + n > job->maxsize) {
		job->too_large = TRUE;
		return 0;
	}
	g_byte_array_append(job->body, (const guint8 *)data, (guint)n);
	return n;
}

static gchar *
sw_fetch_header_value(const char *line, size_t n, const gchar *name)
{
	gsize nl = strlen(name);
	const char *v;
	const char *end = line + n;

	if (n <= nl || g_ascii_strncasecmp(line, name, nl) != 0 || line[nl] != ':')
		return NULL;
	v = line + nl + 1;
	while (v < end && (*v == ' ' || *v == '\t'))
		v++;
	while (end > v && (end[-1] == '\r' || end[-1] == '\n' || end[-1] == ' '))
		end--;
	if (end - v > 1024 || !g_utf8_validate(v, end - v, NULL))
		return NULL;
	return g_strndup(v, end - v);
}

static size_t
sw_fetch_header_cb(char *line, size_t size, size_t nitems, void *userp)
{
	SwFetchJob *job = userp;
	size_t n = size * nitems;
	gchar *v;

	/* a megabyte of headers is an attack, not a page */
	job->header_bytes += n;
	if (job->header_bytes > SW_FETCH_MAX_HEADER) {
		job->headers_too_large = TRUE;
		return 0;
	}
	/* each response of a redirect chain starts with a status line */
	if (n > 5 && strncmp(line, "HTTP/", 5) == 0) {
		const char *sp = memchr(line, ' ', n);
		g_clear_pointer(&job->etag, g_free);
		g_clear_pointer(&job->last_modified, g_free);
		g_clear_pointer(&job->reason, g_free);
		if (sp != NULL && (size_t)(sp - line) + 5 < n) {
			const char *r = sp + 5; /* past " 200 " */
			const char *e = line + n;
			while (e > r && (e[-1] == '\r' || e[-1] == '\n'))
				e--;
			if (e > r && e - r < 128 && g_utf8_validate(r, e - r, NULL))
				job->reason = g_strndup(r, e - r);
		}
		return n;
	}
	if ((v = sw_fetch_header_value(line, n, "Retry-After")) != NULL) {
		/* seconds, or an HTTP date; a week at the most */
		gchar *end = NULL;
		guint64 secs = g_ascii_strtoull(v, &end, 10);
		if (end == v || *end != '\0') {
			time_t when = curl_getdate(v, NULL);
			secs = when > 0 ? (guint64)MAX(when - (time_t)(g_get_real_time() / G_USEC_PER_SEC), 0) : 0;
		}
		job->retry_after = (guint)MIN(secs, 7 * 24 * 3600);
		g_free(v);
		return n;
	}
	if ((v = sw_fetch_header_value(line, n, "ETag")) != NULL) {
		g_free(job->etag);
		job->etag = v;
	} else if ((v = sw_fetch_header_value(line, n, "Last-Modified")) != NULL) {
		g_free(job->last_modified);
		job->last_modified = v;
	}
	return n;
}

static void
sw_fetcher_start_pending(SwFetcher *self);

gboolean
sw_fetch_address_is_private(GInetAddress *addr)
{
	const guint8 *b = g_inet_address_to_bytes(addr);

	if (g_inet_address_get_is_loopback(addr) || g_inet_address_get_is_site_local(addr) ||
	    g_inet_address_get_is_link_local(addr) || g_inet_address_get_is_any(addr))
		return TRUE;
	if (g_inet_address_get_family(addr) == G_SOCKET_FAMILY_IPV6) {
		/* fc00::/7, unique local; ::ffff:a.b.c.d judged as a.b.c.d */
		if ((b[0] & 0xfe) == 0xfc)
			return TRUE;
		if (memcmp(b, "\0\0\0\0\0\0\0\0\0\0\xff\xff", 12) == 0) {
			g_autoptr(GInetAddress) v4 = g_inet_address_new_from_bytes(b + 12, G_SOCKET_FAMILY_IPV4);
			return sw_fetch_address_is_private(v4);
		}
		return FALSE;
	}
	/* 100.64.0.0/10, shared address space behind carrier NAT */
	return b[0] == 100 && (b[1] & 0xc0) == 64;
}

/* Every connection passes here before it is made. The first address a
 * transfer connects to tells what the user asked for: a page on their own
 * network may stay there; a public page may not lead (by a redirect, or a
 * name that resolves anew) into a private address. */
static curl_socket_t
sw_fetch_opensocket_cb(void *clientp, curlsocktype purpose, struct curl_sockaddr *address)
{
	SwFetchJob *job = clientp;
	g_autoptr(GSocketAddress) sa = NULL;
	gboolean private;

	if (purpose != CURLSOCKTYPE_IPCXN)
		return CURL_SOCKET_BAD;
	sa = g_socket_address_new_from_native(&address->addr, address->addrlen);
	if (sa != NULL && G_IS_INET_SOCKET_ADDRESS(sa)) {
		GInetAddress *ia = g_inet_socket_address_get_address(G_INET_SOCKET_ADDRESS(sa));
		private = sw_fetch_address_is_private(ia);
		/* tests serve "public" pages from 127.0.0.1; nothing else may */
		if (g_inet_address_get_is_loopback(ia) && g_getenv("STORYWATCH_TEST_LOOPBACK_IS_PUBLIC") != NULL)
			private = FALSE;
		if (job->first_private < 0)
			job->first_private = private;
		if (private && !job->first_private) {
			g_free(job->refused_address);
			job->refused_address = g_inet_address_to_string(ia);
			return CURL_SOCKET_BAD;
		}
	}
	return socket(address->family, address->socktype, address->protocol);
}

static void
sw_fetch_complete(SwFetchJob *job, CURLcode rc)
{
	g_autoptr(GError) error = NULL;
	g_autoptr(SwFetchResult) res = NULL;
	long code = 0;
	char *final_url = NULL;
	const char *ct = NULL;

	curl_easy_getinfo(job->easy, CURLINFO_RESPONSE_CODE, &code);
	curl_easy_getinfo(job->easy, CURLINFO_EFFECTIVE_URL, &final_url);
	curl_easy_getinfo(job->easy, CURLINFO_CONTENT_TYPE, &ct);

	if (job->refused_address != NULL) {
		g_set_error(&error, SW_ERROR, SW_ERROR_PERMANENT,
			    "refused to follow a public page into a private address (%s)",
			    job->refused_address);
	} else if (job->headers_too_large) {
		g_set_error(&error, SW_ERROR, SW_ERROR_PERMANENT,
			    "response headers larger than %u KiB", SW_FETCH_MAX_HEADER / 1024);
	} else if (job->not_text != NULL) {
		g_set_error(&error, SW_ERROR, SW_ERROR_PERMANENT, "not a web page (%s)",
			    job->not_text);
	} else if (job->too_large || rc == CURLE_FILESIZE_EXCEEDED) {
		g_set_error(&error, SW_ERROR, SW_ERROR_PERMANENT,
			    "page larger than the %" G_GUINT64_FORMAT " KiB limit",
			    job->maxsize / 1024);
	} else if (rc != CURLE_OK) {
		const gchar *detail = job->errbuf[0] != '\0' ? job->errbuf : curl_easy_strerror(rc);
		switch (rc) {
		case CURLE_UNSUPPORTED_PROTOCOL:
			g_set_error(&error, SW_ERROR, SW_ERROR_PERMANENT,
				    "refused a URL that is not http or https (%s)", detail);
			break;
		case CURLE_TOO_MANY_REDIRECTS:
			g_set_error(&error, SW_ERROR, SW_ERROR_PERMANENT,
				    "more than %ld redirects", SW_FETCH_MAX_REDIRS);
			break;
		case CURLE_OPERATION_TIMEDOUT:
			g_set_error(&error, SW_ERROR, SW_ERROR_TRANSIENT, "timed out after %us",
				    job->timeout);
			break;
		case CURLE_PEER_FAILED_VERIFICATION:
		case CURLE_SSL_CACERT_BADFILE:
		case CURLE_SSL_CONNECT_ERROR:
			g_set_error(&error, SW_ERROR, SW_ERROR_PERMANENT, "TLS: %s", detail);
			break;
		case CURLE_URL_MALFORMAT:
			g_set_error(&error, SW_ERROR, SW_ERROR_PERMANENT, "bad URL: %s", detail);
			break;
		default:
			g_set_error(&error, SW_ERROR, SW_ERROR_TRANSIENT, "%s", detail);
			break;
		}
	} else if (code == 304) {
		res = g_new0(SwFetchResult, 1);
		res->not_modified = TRUE;
	} else if (code >= 200 && code < 300) {
		res = g_new0(SwFetchResult, 1);
		/* NUL-terminated for C-string readers; the size excludes it */
		gsize len = job->body->len;
		g_byte_array_append(job->body, (const guint8 *)"", 1);
		res->body = g_bytes_new_take(g_byte_array_free(g_steal_pointer(&job->body), FALSE), len);
	} else {
		/* 429 and 5xx may pass; other statuses will not by retrying */
		gboolean transient = code == 429 || code == 408 || (code >= 500 && code < 600);
		g_set_error(&error, SW_ERROR, transient ? SW_ERROR_TRANSIENT : SW_ERROR_PERMANENT,
			    "HTTP %ld%s%s", code, job->reason != NULL ? " " : "",
			    job->reason != NULL ? job->reason : "");
		/* what the scheduler needs of a refusal: when to come back */
		res = g_new0(SwFetchResult, 1);
		res->retry_after = job->retry_after;
	}
	/* a failure after a response still says what the server answered */
	if (res == NULL && code > 0)
		res = g_new0(SwFetchResult, 1);

	if (res != NULL) {
		res->url = g_strdup(job->url);
		res->final_url = g_strdup(final_url != NULL ? final_url : job->url);
		res->status = (guint)code;
		res->etag = g_steal_pointer(&job->etag);
		res->last_modified = g_steal_pointer(&job->last_modified);
		res->fetched_at = g_get_real_time() / G_USEC_PER_SEC;
		sw_fetch_parse_content_type(ct, &res->content_type, &res->charset);
	}
	g_debug("%s: done, curl %d, HTTP %ld", job->url, rc, code);
	job->done(res, error, job->user_data);
}

/* collect finished transfers, then let queued ones in */
static void
sw_fetcher_drain(SwFetcher *self)
{
	CURLMsg *msg;
	int left = 0;

	while ((msg = curl_multi_info_read(self->multi, &left)) != NULL) {
		SwFetchJob *job = NULL;
		CURL *easy = msg->easy_handle;
		CURLcode rc = msg->data.result;

		if (msg->msg != CURLMSG_DONE)
			continue;
		curl_easy_getinfo(easy, CURLINFO_PRIVATE, (char **)&job);
		curl_multi_remove_handle(self->multi, easy);
		g_queue_remove(&self->active, job);
		sw_fetch_complete(job, rc);
		sw_fetch_job_free(job);
	}
	sw_fetcher_start_pending(self);
}

static gboolean
sw_fetcher_fd_cb(gint fd, GIOCondition cond, gpointer user_data)
{
	SwFetcher *self = user_data;
	int ev = 0;
	int running = 0;

	if (cond & G_IO_IN)
		ev |= CURL_CSELECT_IN;
	if (cond & G_IO_OUT)
		ev |= CURL_CSELECT_OUT;
	if (cond & (G_IO_ERR | G_IO_HUP))
		ev |= CURL_CSELECT_ERR;
	curl_multi_socket_action(self->multi, fd, ev, &running);
	sw_fetcher_drain(self);
	return G_SOURCE_CONTINUE;
}

static void
sw_fetcher_drop_source(SwFetcher *self, GSource *src)
{
	g_source_destroy(src);
	g_hash_table_remove(self->sources, src); /* unrefs */
}

static int
sw_fetcher_socket_cb(CURL *easy, curl_socket_t fd, int what, void *userp, void *socketp)
{
	SwFetcher *self = userp;
	GSource *src = socketp;
	GIOCondition cond = 0;

	(void)easy;
	if (src != NULL)
		sw_fetcher_drop_source(self, src);
	if (what == CURL_POLL_REMOVE || self->finalizing) {
		if (!self->finalizing)
			curl_multi_assign(self->multi, fd, NULL);
		return 0;
	}
	if (what & CURL_POLL_IN)
		cond |= G_IO_IN;
	if (what & CURL_POLL_OUT)
		cond |= G_IO_OUT;
	src = g_unix_fd_source_new(fd, cond);
	g_source_set_callback(src, G_SOURCE_FUNC(sw_fetcher_fd_cb), self, NULL);
	g_source_attach(src, self->ctx);
	g_hash_table_add(self->sources, src);
	curl_multi_assign(self->multi, fd, src);
	return 0;
}

static gboolean
sw_fetcher_timeout_cb(gpointer user_data)
{
	SwFetcher *self = user_data;
	GSource *old = g_steal_pointer(&self->timer);
	int running = 0;

	/* the timer func may install a new timer while curl runs */
	curl_multi_socket_action(self->multi, CURL_SOCKET_TIMEOUT, 0, &running);
	sw_fetcher_drain(self);
	g_source_unref(old);
	return G_SOURCE_REMOVE;
}

static int
sw_fetcher_timer_cb(CURLM *multi, long timeout_ms, void *userp)
{
	SwFetcher *self = userp;

	(void)multi;
	/* a new expiry replaces the former one; -1 only deletes it */
	if (self->timer != NULL) {
		g_source_destroy(self->timer);
		g_clear_pointer(&self->timer, g_source_unref);
	}
	if (timeout_ms >= 0 && !self->finalizing) {
		self->timer = g_timeout_source_new((guint)timeout_ms);
		g_source_set_callback(self->timer, sw_fetcher_timeout_cb, self, NULL);
		g_source_attach(self->timer, self->ctx);
	}
	return 0;
}

/* "0", "500ms", "2s": milliseconds */
static gboolean
sw_fetch_parse_gap(const gchar *text, guint64 *out_ms)
{
	gchar *end = NULL;
	guint64 n = g_ascii_strtoull(text, &end, 10);

	if (end == text)
		return FALSE;
	if (*end == '\0' || g_str_equal(end, "s"))
		*out_ms = n * 1000;
	else if (g_str_equal(end, "ms"))
		*out_ms = n;
	else
		return FALSE;
	return TRUE;
}

SwFetcher *
sw_fetcher_new(GMainContext *ctx)
{
	SwFetcher *self = g_new0(SwFetcher, 1);

	self->ctx = ctx != NULL ? g_main_context_ref(ctx) : g_main_context_ref(g_main_context_default());
	self->sources = g_hash_table_new_full(g_direct_hash, g_direct_equal,
					      (GDestroyNotify)g_source_unref, NULL);
	g_queue_init(&self->pending);
	g_queue_init(&self->active);
	self->multi = curl_multi_init();
	g_assert(self->multi != NULL);
	curl_multi_setopt(self->multi, CURLMOPT_SOCKETFUNCTION, sw_fetcher_socket_cb);
	curl_multi_setopt(self->multi, CURLMOPT_SOCKETDATA, self);
	curl_multi_setopt(self->multi, CURLMOPT_TIMERFUNCTION, sw_fetcher_timer_cb);
	curl_multi_setopt(self->multi, CURLMOPT_TIMERDATA, self);
	sw_fetcher_set_limits(self, 16, 2);
	self->host_last = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	self->host_gap = SW_FETCH_DEFAULT_HOST_GAP;
	{
		/* a knob for tests and for a user's own servers */
		const gchar *gap = g_getenv("STORYWATCH_HOST_GAP");
		guint64 ms = 0;
		if (gap != NULL && sw_fetch_parse_gap(gap, &ms))
			self->host_gap = (gint64)ms * 1000;
	}
	return self;
}

void
sw_fetcher_set_limits(SwFetcher *self, guint max_total, guint max_per_host)
{
	self->max_total = MAX(max_total, 1);
	curl_multi_setopt(self->multi, CURLMOPT_MAX_HOST_CONNECTIONS, (long)MAX(max_per_host, 1));
}

void
sw_fetcher_free(SwFetcher *self)
{
	SwFetchJob *job;

	if (self == NULL)
		return;
	/* curl may call the socket func during cleanup: it must only forget */
	self->finalizing = TRUE;
	while ((job = g_queue_pop_head(&self->pending)) != NULL)
		sw_fetch_job_free(job);
	while ((job = g_queue_pop_head(&self->active)) != NULL) {
		curl_multi_remove_handle(self->multi, job->easy);
		sw_fetch_job_free(job);
	}
	curl_multi_cleanup(self->multi);
	if (self->timer != NULL) {
		g_source_destroy(self->timer);
		g_source_unref(self->timer);
	}
	if (self->gap_timer != NULL) {
		g_source_destroy(self->gap_timer);
		g_source_unref(self->gap_timer);
	}
	g_hash_table_unref(self->host_last);
	{
		GHashTableIter it;
		gpointer src;
		g_hash_table_iter_init(&it, self->sources);
		while (g_hash_table_iter_next(&it, &src, NULL))
			g_source_destroy(src);
	}
	g_hash_table_unref(self->sources);
	g_main_context_unref(self->ctx);
	g_free(self);
}

static SwFetchJob *
sw_fetch_job_new(SwFetcher *self, const SwFetchRequest *req)
{
	SwFetchJob *job = g_new0(SwFetchJob, 1);

	job->fetcher = self;
	job->url = g_strdup(req->url);
	job->timeout = req->timeout > 0 ? req->timeout : SW_FETCH_DEFAULT_TIMEOUT;
	job->maxsize = req->maxsize > 0 ? req->maxsize : SW_FETCH_DEFAULT_MAXSIZE;
	job->body = g_byte_array_new();
	job->first_private = -1;
	job->feed = req->feed;
	{
		g_autoptr(GUri) uri = g_uri_parse(req->url, G_URI_FLAGS_NONE, NULL);
		if (uri != NULL && g_uri_get_host(uri) != NULL)
			job->host = g_ascii_strdown(g_uri_get_host(uri), -1);
	}
	job->insecure = req->insecure;
	job->headers = curl_slist_append(job->headers,
					 "Accept: text/html,application/xhtml+xml;q=0.9,"
					 "text/plain;q=0.8,*/*;q=0.1");
	if (req->etag != NULL && strpbrk(req->etag, "\r\n") == NULL) {
		g_autofree gchar *h = g_strdup_printf("If-None-Match: %s", req->etag);
		job->headers = curl_slist_append(job->headers, h);
	}
	if (req->last_modified != NULL && strpbrk(req->last_modified, "\r\n") == NULL) {
		g_autofree gchar *h = g_strdup_printf("If-Modified-Since: %s", req->last_modified);
		job->headers = curl_slist_append(job->headers, h);
	}
	return job;
}

/* the transfer itself, made when the job starts: thousands of queued jobs
 * cost a few strings each, not a curl handle */
static void
sw_fetch_job_easy(SwFetchJob *job)
{
	CURL *e;

	job->easy = e = curl_easy_init();
	g_assert(e != NULL);
	curl_easy_setopt(e, CURLOPT_URL, job->url);
	curl_easy_setopt(e, CURLOPT_PRIVATE, job);
	curl_easy_setopt(e, CURLOPT_ERRORBUFFER, job->errbuf);
	curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https");
	curl_easy_setopt(e, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
	curl_easy_setopt(e, CURLOPT_FOLLOWLOCATION, 1L);
	curl_easy_setopt(e, CURLOPT_MAXREDIRS, SW_FETCH_MAX_REDIRS);
	curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT, (long)MIN(job->timeout, SW_FETCH_CONNECT_TIMEOUT));
	curl_easy_setopt(e, CURLOPT_TIMEOUT, (long)job->timeout);
	curl_easy_setopt(e, CURLOPT_MAXFILESIZE_LARGE, (curl_off_t)job->maxsize);
	curl_easy_setopt(e, CURLOPT_USERAGENT, SW_FETCH_USER_AGENT);
	curl_easy_setopt(e, CURLOPT_ACCEPT_ENCODING, ""); /* all curl decodes */
	curl_easy_setopt(e, CURLOPT_HTTPHEADER, job->headers);
	curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, sw_fetch_write_cb);
	curl_easy_setopt(e, CURLOPT_WRITEDATA, job);
	curl_easy_setopt(e, CURLOPT_HEADERFUNCTION, sw_fetch_header_cb);
	curl_easy_setopt(e, CURLOPT_HEADERDATA, job);
	curl_easy_setopt(e, CURLOPT_OPENSOCKETFUNCTION, sw_fetch_opensocket_cb);
	curl_easy_setopt(e, CURLOPT_OPENSOCKETDATA, job);
	/* a certificate that does not verify fails the fetch, unless the
	 * watch says it knows better (its own self-signed server) */
	if (job->insecure) {
		curl_easy_setopt(e, CURLOPT_SSL_VERIFYPEER, 0L);
		curl_easy_setopt(e, CURLOPT_SSL_VERIFYHOST, 0L);
	}
	/* no CURLOPT_PIPEWAIT: it makes every request to a host wait behind a
	 * first one that hangs, to learn whether its connection multiplexes */
}

static gboolean
sw_fetcher_gap_cb(gpointer user_data)
{
	SwFetcher *self = user_data;

	g_clear_pointer(&self->gap_timer, g_source_unref);
	sw_fetcher_start_pending(self);
	return G_SOURCE_REMOVE;
}

/* Queued jobs start in order as slots free up, each host at most once a
 * gap: a job whose host was asked too recently waits, the ones behind it
 * for other hosts go first, and a timer wakes at the earliest host ready. */
static void
sw_fetcher_start_pending(SwFetcher *self)
{
	gint64 now = g_get_monotonic_time();
	gint64 wake = G_MAXINT64;
	GList *l = self->pending.head;

	if (self->held)
		return;
	while (l != NULL && self->active.length < self->max_total) {
		SwFetchJob *job = l->data;
		GList *next = l->next;
		gpointer last = NULL;
		if (job->host != NULL && self->host_gap > 0 &&
		    g_hash_table_lookup_extended(self->host_last, job->host, NULL, &last) &&
		    now - (gint64)GPOINTER_TO_SIZE(last) < self->host_gap) {
			wake = MIN(wake, (gint64)GPOINTER_TO_SIZE(last) + self->host_gap);
			l = next;
			continue;
		}
		if (job->host != NULL)
			g_hash_table_insert(self->host_last, g_strdup(job->host), GSIZE_TO_POINTER((gsize)now));
		g_queue_delete_link(&self->pending, l);
		g_queue_push_tail(&self->active, job);
		sw_fetch_job_easy(job);
		curl_multi_add_handle(self->multi, job->easy);
		l = next;
	}
	if (wake != G_MAXINT64 && self->gap_timer == NULL && !self->finalizing) {
		self->gap_timer = g_timeout_source_new((guint)MAX((wake - now + 999) / 1000, 1));
		g_source_set_callback(self->gap_timer, sw_fetcher_gap_cb, self, NULL);
		g_source_attach(self->gap_timer, self->ctx);
	}
}

void
sw_fetcher_set_held(SwFetcher *self, gboolean held)
{
	if (self->held == held)
		return;
	self->held = held;
	if (!held)
		sw_fetcher_start_pending(self);
}

void
sw_fetcher_set_host_gap(SwFetcher *self, guint64 microseconds)
{
	self->host_gap = (gint64)microseconds;
}

void
sw_fetcher_fetch(SwFetcher *self, const SwFetchRequest *req, SwFetchDoneFunc done, gpointer user_data)
{
	SwFetchJob *job;

	g_return_if_fail(self != NULL && req != NULL && req->url != NULL && done != NULL);

	job = sw_fetch_job_new(self, req);
	job->done = done;
	job->user_data = user_data;
	g_queue_push_tail(&self->pending, job);
	sw_fetcher_start_pending(self);
}

guint
sw_fetcher_get_pending(SwFetcher *self)
{
	return self->active.length + self->pending.length;
}

typedef struct {
	gboolean done;
	SwFetchResult *res;
	GError *error;
} SwFetchSync;

static void
sw_fetch_sync_done(SwFetchResult *res, const GError *error, gpointer user_data)
{
	SwFetchSync *s = user_data;

	s->done = TRUE;
	if (error != NULL) {
		s->error = g_error_copy(error);
		return;
	}
	/* take the fields: the fetcher frees what it passed */
	s->res = g_new0(SwFetchResult, 1);
	*s->res = *res;
	memset(res, 0, sizeof(*res));
}

SwFetchResult *
sw_fetch_sync(const SwFetchRequest *req, GError **error)
{
	g_autoptr(GMainContext) ctx = g_main_context_new();
	g_autoptr(SwFetcher) fetcher = NULL;
	SwFetchSync s = {0};

	g_main_context_push_thread_default(ctx);
	fetcher = sw_fetcher_new(ctx);
	sw_fetcher_fetch(fetcher, req, sw_fetch_sync_done, &s);
	while (!s.done)
		g_main_context_iteration(ctx, TRUE);
	g_clear_pointer(&fetcher, sw_fetcher_free);
	g_main_context_pop_thread_default(ctx);
	if (s.error != NULL) {
		g_propagate_error(error, s.error);
		return NULL;
	}
	return s.res;
}
