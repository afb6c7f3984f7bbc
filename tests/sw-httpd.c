/* SPDX-License-Identifier: MIT
 *
 * sw-httpd: the HTTP server storywatch's tests and demo run on 127.0.0.1.
 * It serves files from a folder (ETag and Last-Modified, conditional GETs
 * answered with 304) and a few routes that misbehave on purpose, so the
 * fetcher meets real sockets and real failures:
 *
 *   /_status/NNN        answer with status NNN (?retry=N: with Retry-After: N)
 *   /_hang              accept, then say nothing for 60 s
 *   /_redirect?URL      302 to URL (any scheme)
 *   /_big?N             N bytes of HTML
 *   /_image             a PNG
 *   /_slow              a page at one byte a second
 *   /_noheaders         a header a second, never a body
 *   /_cut               Content-Length 100000, 500 bytes, then closes
 *   /_badlength         Content-Length 40, then 5000 bytes
 *   /_bigheaders        a megabyte of headers
 *   /_loop              a redirect to itself
 *   /_gzipbomb          256 MB of zeros as 256 KB of gzip
 *   /_late/MS/PATH      the file PATH, after MS milliseconds
 *
 * Beside a served FILE, FILE.headers adds headers (one per line) and
 * FILE.status (a number) makes FILE answer with that status.
 *
 * A POST or PUT anywhere is a receiver for hooks: the request's head and
 * body are saved as ROOT/_received/N.head and N.body (N counts from 1),
 * and a JSON body is checked (N.json-ok or N.json-bad beside them).
 *
 * Each request is appended to --log FILE as "METHOD PATH<TAB>If-None-Match
 * <TAB>If-Modified-Since" so tests can count fetches and see validators.
 * The port (ephemeral) is printed on stdout's first line.
 */
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <jansson.h>
#include <stdio.h>
#include <string.h>

#define SW_HTTPD_MAX_HEAD (64 * 1024)

static gchar *sw_httpd_root;
static gchar *sw_httpd_log;
static GMutex sw_httpd_log_lock;

static const gchar *
sw_httpd_type(const gchar *path)
{
	if (g_str_has_suffix(path, ".html") || g_str_has_suffix(path, ".htm"))
		return "text/html; charset=utf-8";
	if (g_str_has_suffix(path, ".txt"))
		return "text/plain; charset=utf-8";
	if (g_str_has_suffix(path, ".png"))
		return "image/png";
	if (g_str_has_suffix(path, ".xml"))
		return "application/xml";
	if (g_str_has_suffix(path, ".latin1"))
		return "text/html; charset=iso-8859-1";
	return "application/octet-stream";
}

/* RFC 7231 date, independent of the locale */
static gchar *
sw_httpd_date(gint64 t)
{
	static const gchar *const days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
	static const gchar *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
					      "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
	g_autoptr(GDateTime) dt = g_date_time_new_from_unix_utc(t);

	return g_strdup_printf("%s, %02d %s %04d %02d:%02d:%02d GMT",
			       days[g_date_time_get_day_of_week(dt) - 1], g_date_time_get_day_of_month(dt),
			       months[g_date_time_get_month(dt) - 1], g_date_time_get_year(dt),
			       g_date_time_get_hour(dt), g_date_time_get_minute(dt),
			       g_date_time_get_second(dt));
}

static void
sw_httpd_respond(GOutputStream *out, guint status, const gchar *reason, const gchar *headers,
		 const gchar *body, gsize len)
{
	g_autofree gchar *head = g_strdup_printf("HTTP/1.1 %u %s\r\nServer: sw-httpd\r\n"
						 "Connection: close\r\nContent-Length: %zu\r\n%s\r\n",
						 status, reason, body != NULL ? len : 0,
						 headers != NULL ? headers : "");
	g_output_stream_write_all(out, head, strlen(head), NULL, NULL, NULL);
	if (body != NULL && len > 0)
		g_output_stream_write_all(out, body, len, NULL, NULL, NULL);
}

/* 256 MB of zeros, gzipped once (about 256 KB) and kept */
static GBytes *
sw_httpd_gzip_bomb(void)
{
	static GBytes *bomb = NULL;
	static gsize once = 0;

	if (g_once_init_enter(&once)) {
		g_autoptr(GZlibCompressor) z = g_zlib_compressor_new(G_ZLIB_COMPRESSOR_FORMAT_GZIP, 9);
		g_autoptr(GByteArray) outb = g_byte_array_new();
		g_autofree guint8 *zeros = g_malloc0(1024 * 1024);
		guint8 buf[65536];
		for (guint i = 0; i <= 256; i++) {
			gsize in_left = i < 256 ? 1024 * 1024 : 0;
			const guint8 *in = zeros;
			GConverterResult r;
			do {
				gsize read = 0, written = 0;
				r = g_converter_convert(G_CONVERTER(z), in, in_left, buf, sizeof(buf),
							i < 256 ? G_CONVERTER_NO_FLAGS : G_CONVERTER_INPUT_AT_END,
							&read, &written, NULL);
				g_byte_array_append(outb, buf, (guint)written);
				in += read;
				in_left -= read;
			} while (r != G_CONVERTER_ERROR && r != G_CONVERTER_FINISHED && in_left > 0);
			while (i == 256 && r != G_CONVERTER_FINISHED && r != G_CONVERTER_ERROR) {
				gsize read = 0, written = 0;
				r = g_converter_convert(G_CONVERTER(z), NULL, 0, buf, sizeof(buf),
							G_CONVERTER_INPUT_AT_END, &read, &written, NULL);
				g_byte_array_append(outb, buf, (guint)written);
			}
		}
		bomb = g_byte_array_free_to_bytes(g_steal_pointer(&outb));
		g_once_init_leave(&once, 1);
	}
	return bomb;
}

static gchar *
sw_httpd_header(gchar **lines, const gchar *name)
{
	gsize nl = strlen(name);
	for (guint i = 1; lines[i] != NULL; i++) {
		if (g_ascii_strncasecmp(lines[i], name, nl) == 0 && lines[i][nl] == ':')
			return g_strstrip(g_strdup(lines[i] + nl + 1));
	}
	return NULL;
}

static void
sw_httpd_log_request(const gchar *method, const gchar *path, const gchar *inm, const gchar *ims)
{
	FILE *f;

	if (sw_httpd_log == NULL)
		return;
	g_mutex_lock(&sw_httpd_log_lock);
	f = fopen(sw_httpd_log, "a");
	if (f != NULL) {
		fprintf(f, "%s %s\t%s\t%s\n", method, path, inm != NULL ? inm : "-",
			ims != NULL ? ims : "-");
		fclose(f);
	}
	g_mutex_unlock(&sw_httpd_log_lock);
}

static void
sw_httpd_serve_file(GOutputStream *out, const gchar *path, const gchar *inm)
{
	g_autofree gchar *rel = g_uri_unescape_string(path, NULL);
	g_autofree gchar *full = NULL;
	g_autofree gchar *data = NULL;
	g_autofree gchar *etag = NULL;
	g_autofree gchar *lm = NULL;
	g_autofree gchar *headers = NULL;
	g_autofree gchar *extra = NULL;
	g_autofree gchar *extra_path = NULL;
	GStatBuf st;
	gsize len = 0;

	if (rel == NULL || strstr(rel, "..") != NULL) {
		sw_httpd_respond(out, 400, "Bad Request", NULL, "bad path", 8);
		return;
	}
	full = g_build_filename(sw_httpd_root, rel, NULL);
	if (g_file_test(full, G_FILE_TEST_IS_DIR)) {
		gchar *idx = g_build_filename(full, "index.html", NULL);
		g_free(full);
		full = idx;
	}
	if (g_stat(full, &st) != 0 || !g_file_get_contents(full, &data, &len, NULL)) {
		sw_httpd_respond(out, 404, "Not Found", "Content-Type: text/html\r\n",
				 "<p>not found</p>", 16);
		return;
	}
	/* FILE.status: FILE is served with that status (a failing robots.txt) */
	{
		g_autofree gchar *status_path = g_strconcat(full, ".status", NULL);
		g_autofree gchar *status = NULL;
		if (g_file_get_contents(status_path, &status, NULL, NULL)) {
			guint code = (guint)g_ascii_strtoull(status, NULL, 10);
			sw_httpd_respond(out, code, code >= 500 ? "Server Error" : "Client Error",
					 "Content-Type: text/plain\r\n", data, len);
			return;
		}
	}
	{
		g_autofree gchar *sum =
		    g_compute_checksum_for_data(G_CHECKSUM_SHA1, (const guchar *)data, len);
		etag = g_strdup_printf("\"%s\"", sum);
	}
	lm = sw_httpd_date(st.st_mtime);
	/* FILE.headers adds or overrides headers, one per line */
	extra_path = g_strconcat(full, ".headers", NULL);
	if (g_file_get_contents(extra_path, &extra, NULL, NULL)) {
		g_auto(GStrv) lines = g_strsplit(extra, "\n", -1);
		g_autoptr(GString) h = g_string_new(NULL);
		for (guint i = 0; lines[i] != NULL; i++) {
			if (lines[i][0] != '\0')
				g_string_append_printf(h, "%s\r\n", lines[i]);
		}
		headers = g_strdup_printf("ETag: %s\r\nLast-Modified: %s\r\n%s", etag, lm, h->str);
	} else {
		headers = g_strdup_printf("ETag: %s\r\nLast-Modified: %s\r\nContent-Type: %s\r\n", etag,
					  lm, sw_httpd_type(full));
	}
	if (inm != NULL && g_strcmp0(inm, etag) == 0) {
		g_autofree gchar *h = g_strdup_printf("ETag: %s\r\n", etag);
		sw_httpd_respond(out, 304, "Not Modified", h, NULL, 0);
		return;
	}
	sw_httpd_respond(out, 200, "OK", headers, data, len);
}

/* a hook's request: head and body kept for the test to read */
static void
sw_httpd_receive(GInputStream *in, GOutputStream *out, GString *head, gchar **lines)
{
	static gint counter = 0;
	g_autofree gchar *cl = sw_httpd_header(lines, "Content-Length");
	g_autofree gchar *ct = sw_httpd_header(lines, "Content-Type");
	gsize want = cl != NULL ? (gsize)g_ascii_strtoull(cl, NULL, 10) : 0;
	const gchar *sep = strstr(head->str, "\r\n\r\n");
	gsize head_len = (gsize)(sep - head->str) + 4;
	g_autoptr(GString) body = g_string_new_len(head->str + head_len, (gssize)(head->len - head_len));
	g_autofree gchar *dir = g_build_filename(sw_httpd_root, "_received", NULL);
	gint n = g_atomic_int_add(&counter, 1) + 1;
	g_autofree gchar *base = g_strdup_printf("%s/%d", dir, n);
	g_autofree gchar *head_path = g_strconcat(base, ".head", NULL);
	g_autofree gchar *body_path = g_strconcat(base, ".body", NULL);
	gchar buf[4096];

	while (body->len < want && want < 16 * 1024 * 1024) {
		gssize r = g_input_stream_read(in, buf, sizeof(buf), NULL, NULL);
		if (r <= 0)
			break;
		g_string_append_len(body, buf, r);
	}
	g_mkdir_with_parents(dir, 0755);
	g_file_set_contents(head_path, head->str, (gssize)head_len, NULL);
	g_file_set_contents(body_path, body->str, (gssize)body->len, NULL);
	if (ct != NULL && strstr(ct, "json") != NULL) {
		json_error_t jerr;
		json_t *j = json_loadb(body->str, body->len, 0, &jerr);
		g_autofree gchar *mark = g_strconcat(base, j != NULL ? ".json-ok" : ".json-bad", NULL);
		g_file_set_contents(mark, j != NULL ? "" : jerr.text, -1, NULL);
		if (j != NULL)
			json_decref(j);
	}
	sw_httpd_respond(out, 200, "OK", "Content-Type: application/json\r\n", "{\"ok\":true}", 11);
}

static gboolean
sw_httpd_handle(GThreadedSocketService *service, GSocketConnection *conn, GObject *source,
		gpointer user_data)
{
	GInputStream *in = g_io_stream_get_input_stream(G_IO_STREAM(conn));
	GOutputStream *out = g_io_stream_get_output_stream(G_IO_STREAM(conn));
	g_autoptr(GString) head = g_string_new(NULL);
	g_auto(GStrv) lines = NULL;
	g_auto(GStrv) req = NULL;
	g_autofree gchar *inm = NULL;
	g_autofree gchar *ims = NULL;
	gchar buf[4096];
	const gchar *path;
	const gchar *query;

	(void)service;
	(void)source;
	(void)user_data;
	while (strstr(head->str, "\r\n\r\n") == NULL) {
		gssize n = g_input_stream_read(in, buf, sizeof(buf), NULL, NULL);
		if (n <= 0 || head->len > SW_HTTPD_MAX_HEAD)
			return TRUE;
		g_string_append_len(head, buf, n);
	}
	lines = g_strsplit(head->str, "\r\n", -1);
	req = g_strsplit(lines[0], " ", 3);
	if (g_strv_length(req) < 2) {
		sw_httpd_respond(out, 400, "Bad Request", NULL, NULL, 0);
		return TRUE;
	}
	inm = sw_httpd_header(lines, "If-None-Match");
	ims = sw_httpd_header(lines, "If-Modified-Since");
	sw_httpd_log_request(req[0], req[1], inm, ims);
	path = req[1];
	query = strchr(path, '?');
	if (g_str_equal(req[0], "POST") || g_str_equal(req[0], "PUT")) {
		sw_httpd_receive(in, out, head, lines);
		return TRUE;
	}

	if (g_str_has_prefix(path, "/_status/")) {
		guint code = (guint)g_ascii_strtoull(path + 9, NULL, 10);
		g_autofree gchar *body = g_strdup_printf("<p>status %u</p>", code);
		/* ?retry=N adds a Retry-After of N seconds */
		g_autofree gchar *headers = g_strdup_printf(
		    "Content-Type: text/html\r\n%s%s%s", query != NULL && g_str_has_prefix(query, "?retry=") ? "Retry-After: " : "",
		    query != NULL && g_str_has_prefix(query, "?retry=") ? query + 7 : "",
		    query != NULL && g_str_has_prefix(query, "?retry=") ? "\r\n" : "");
		sw_httpd_respond(out, code, code >= 500 ? "Internal Server Error" : "Client Error", headers,
				 body, strlen(body));
	} else if (g_str_has_prefix(path, "/_hang")) {
		g_usleep(60 * G_USEC_PER_SEC);
	} else if (g_str_has_prefix(path, "/_redirect") && query != NULL) {
		g_autofree gchar *target = g_uri_unescape_string(query + 1, NULL);
		g_autofree gchar *h = g_strdup_printf("Location: %s\r\n", target);
		sw_httpd_respond(out, 302, "Found", h, NULL, 0);
	} else if (g_str_has_prefix(path, "/_big") && query != NULL) {
		gsize n = (gsize)g_ascii_strtoull(query + 1, NULL, 10);
		g_autofree gchar *body = g_malloc(n + 1);
		for (gsize i = 0; i < n; i++)
			body[i] = "<p>story text </p>\n"[i % 20];
		sw_httpd_respond(out, 200, "OK", "Content-Type: text/html\r\n", body, n);
	} else if (g_str_has_prefix(path, "/_slow")) {
		static const gchar start[] = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
					    "Connection: close\r\n\r\n<html><body><p>";
		g_output_stream_write_all(out, start, strlen(start), NULL, NULL, NULL);
		for (guint i = 0; i < 120; i++) {
			if (!g_output_stream_write_all(out, "a", 1, NULL, NULL, NULL) ||
			    !g_output_stream_flush(out, NULL, NULL))
				break;
			g_usleep(G_USEC_PER_SEC);
		}
	} else if (g_str_has_prefix(path, "/_noheaders")) {
		static const gchar status[] = "HTTP/1.1 200 OK\r\n";
		g_output_stream_write_all(out, status, strlen(status), NULL, NULL, NULL);
		for (guint i = 0; i < 120; i++) {
			g_autofree gchar *h = g_strdup_printf("X-Wait-%u: still\r\n", i);
			if (!g_output_stream_write_all(out, h, strlen(h), NULL, NULL, NULL) ||
			    !g_output_stream_flush(out, NULL, NULL))
				break;
			g_usleep(G_USEC_PER_SEC);
		}
	} else if (g_str_has_prefix(path, "/_cut")) {
		static const gchar start[] = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
					    "Content-Length: 100000\r\nConnection: close\r\n\r\n";
		g_autofree gchar *body = g_strnfill(500, 'x');
		g_output_stream_write_all(out, start, strlen(start), NULL, NULL, NULL);
		g_output_stream_write_all(out, body, 500, NULL, NULL, NULL);
	} else if (g_str_has_prefix(path, "/_badlength")) {
		static const gchar start[] = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
					    "Content-Length: 40\r\nConnection: close\r\n\r\n";
		g_autoptr(GString) body = g_string_new("<html><body><article>");
		while (body->len < 5000)
			g_string_append(body, "<p>A paragraph past the length the server gave.</p>");
		g_output_stream_write_all(out, start, strlen(start), NULL, NULL, NULL);
		g_output_stream_write_all(out, body->str, body->len, NULL, NULL, NULL);
	} else if (g_str_has_prefix(path, "/_bigheaders")) {
		g_autoptr(GString) h = g_string_new(NULL);
		g_autofree gchar *pad = g_strnfill(1000, 'h');
		for (guint i = 0; h->len < 1024 * 1024; i++)
			g_string_append_printf(h, "X-Pad-%u: %s\r\n", i, pad);
		g_string_append(h, "Content-Type: text/html\r\n");
		sw_httpd_respond(out, 200, "OK", h->str, "<p>x</p>", 8);
	} else if (g_str_has_prefix(path, "/_loop")) {
		sw_httpd_respond(out, 302, "Found", "Location: /_loop\r\n", NULL, 0);
	} else if (g_str_has_prefix(path, "/_gzipbomb")) {
		GBytes *bomb = sw_httpd_gzip_bomb();
		sw_httpd_respond(out, 200, "OK", "Content-Type: text/html\r\nContent-Encoding: gzip\r\n",
				 g_bytes_get_data(bomb, NULL), g_bytes_get_size(bomb));
	} else if (g_str_has_prefix(path, "/_late/")) {
		gchar *end = NULL;
		guint64 ms = g_ascii_strtoull(path + 7, &end, 10);
		g_usleep(MIN(ms, 30000) * 1000);
		sw_httpd_serve_file(out, end != NULL && *end == '/' ? end : "/", inm);
	} else if (g_str_has_prefix(path, "/_image")) {
		static const guchar png[] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13,
					     'I',  'H', 'D', 'R', 0,	0,    0,    1,	  0, 0, 0, 1};
		sw_httpd_respond(out, 200, "OK", "Content-Type: image/png\r\n", (const gchar *)png,
				 sizeof(png));
	} else {
		g_autofree gchar *p = query != NULL ? g_strndup(path, query - path) : g_strdup(path);
		sw_httpd_serve_file(out, p, inm);
	}
	return TRUE;
}

int
main(int argc, char **argv)
{
	g_autofree gchar *port_file = NULL;
	g_autoptr(GError) error = NULL;
	g_autoptr(GOptionContext) ctx = g_option_context_new("ROOT");
	g_autoptr(GSocketService) service = NULL;
	g_autoptr(GInetAddress) lo = g_inet_address_new_loopback(G_SOCKET_FAMILY_IPV4);
	g_autoptr(GSocketAddress) addr = g_inet_socket_address_new(lo, 0);
	g_autoptr(GSocketAddress) bound = NULL;
	g_autoptr(GMainLoop) loop = g_main_loop_new(NULL, FALSE);
	const GOptionEntry entries[] = {
	    {"port-file", 0, 0, G_OPTION_ARG_FILENAME, &port_file, "Write the port here", "FILE"},
	    {"log", 0, 0, G_OPTION_ARG_FILENAME, &sw_httpd_log, "Append requests here", "FILE"},
	    {NULL},
	};
	guint16 port;

	g_option_context_add_main_entries(ctx, entries, NULL);
	if (!g_option_context_parse(ctx, &argc, &argv, &error) || argc != 2) {
		g_printerr("usage: sw-httpd [--port-file F] [--log F] ROOT\n");
		return 2;
	}
	sw_httpd_root = argv[1];
	service = g_threaded_socket_service_new(32);
	if (!g_socket_listener_add_address(G_SOCKET_LISTENER(service), addr, G_SOCKET_TYPE_STREAM,
					   G_SOCKET_PROTOCOL_TCP, NULL, &bound, &error)) {
		g_printerr("sw-httpd: %s\n", error->message);
		return 1;
	}
	port = g_inet_socket_address_get_port(G_INET_SOCKET_ADDRESS(bound));
	g_signal_connect(service, "run", G_CALLBACK(sw_httpd_handle), NULL);
	g_socket_service_start(service);
	if (port_file != NULL) {
		g_autofree gchar *s = g_strdup_printf("%u\n", port);
		g_file_set_contents(port_file, s, -1, NULL);
	}
	printf("%u\n", port);
	fflush(stdout);
	g_main_loop_run(loop);
	return 0;
}
