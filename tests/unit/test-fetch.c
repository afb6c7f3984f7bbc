/* SPDX-License-Identifier: MIT
 * The fetcher against the loopback server: bodies and validators, 304,
 * every failure class, the limits, many fetches at once. */
#include "testlib.h"

#include "sw/error.h"
#include "sw/fetch.h"

typedef struct {
	gchar *root;
	SwTestHttpd httpd;
} Fixture;

static int
setup(void **state)
{
	Fixture *f = g_new0(Fixture, 1);
	f->root = sw_test_tmpdir();
	sw_test_write(f->root, "page.html", "<html><body><p>Hello story.</p></body></html>");
	sw_test_write(f->root, "plain.txt", "plain text");
	if (!sw_test_httpd_start(&f->httpd, f->root))
		return -1;
	sw_test_reset_warnings();
	*state = f;
	return 0;
}

static int
teardown(void **state)
{
	Fixture *f = *state;
	sw_test_httpd_stop(&f->httpd);
	sw_test_rmtree(f->root);
	g_free(f->root);
	g_free(f);
	assert_int_equal(sw_test_warnings(), 0);
	return 0;
}

static SwFetchResult *
fetch(Fixture *f, const gchar *path, const gchar *etag, guint timeout, guint64 maxsize, GError **error)
{
	g_autofree gchar *url = g_str_has_prefix(path, "http") ? g_strdup(path)
							       : sw_test_httpd_url(&f->httpd, path);
	SwFetchRequest req = {url, etag, NULL, timeout, maxsize, FALSE, FALSE};
	return sw_fetch_sync(&req, error);
}

static void
test_ok_and_304(void **state)
{
	Fixture *f = *state;
	g_autoptr(GError) error = NULL;
	g_autoptr(SwFetchResult) r = fetch(f, "/page.html", NULL, 0, 0, &error);
	g_autoptr(SwFetchResult) r2 = NULL;
	g_autoptr(SwFetchResult) r3 = NULL;
	g_autofree gchar *log = NULL;

	assert_null(error);
	assert_int_equal(r->status, 200);
	assert_false(r->not_modified);
	assert_string_equal(g_bytes_get_data(r->body, NULL), "<html><body><p>Hello story.</p></body></html>");
	assert_string_equal(r->content_type, "text/html");
	assert_string_equal(r->charset, "utf-8");
	assert_non_null(r->etag);
	assert_non_null(r->last_modified);
	assert_true(r->fetched_at > 1600000000);
	/* the stored ETag makes the next fetch conditional */
	r2 = fetch(f, "/page.html", r->etag, 0, 0, &error);
	assert_null(error);
	assert_true(r2->not_modified);
	assert_null(r2->body);
	r3 = fetch(f, "/plain.txt", NULL, 0, 0, &error);
	assert_string_equal(r3->content_type, "text/plain");
	g_file_get_contents(f->httpd.log, &log, NULL, NULL);
	assert_non_null(strstr(log, r->etag));
}

/* path, error class, part of the message */
static const struct {
	const gchar *path;
	gint code;
	const gchar *msg;
} fail_cases[] = {
    {"/_status/500", SW_ERROR_TRANSIENT, "HTTP 500"},
    {"/_status/503", SW_ERROR_TRANSIENT, "HTTP 503"},
    {"/_status/429", SW_ERROR_TRANSIENT, "HTTP 429"},
    {"/_status/404", SW_ERROR_PERMANENT, "HTTP 404"},
    {"/_status/410", SW_ERROR_PERMANENT, "HTTP 410"},
    {"/missing.html", SW_ERROR_PERMANENT, "HTTP 404"},
    {"/_image", SW_ERROR_PERMANENT, "not a web page (image/png)"},
    {"/_redirect?file:///etc/passwd", SW_ERROR_PERMANENT, "not http or https"},
    {"/_redirect?ftp://127.0.0.1/x", SW_ERROR_PERMANENT, "not http or https"},
    {"/_redirect?gopher://127.0.0.1/x", SW_ERROR_PERMANENT, "not http or https"},
    {"/_redirect?/_redirect%3F/_redirect%253F/_redirect%25253F/_redirect%2525253F/_redirect%252525253F/page.html",
     SW_ERROR_PERMANENT, "redirects"},
};

static void
test_failures(void **state)
{
	Fixture *f = *state;

	for (guint i = 0; i < G_N_ELEMENTS(fail_cases); i++) {
		g_autoptr(GError) error = NULL;
		g_autoptr(SwFetchResult) r = fetch(f, fail_cases[i].path, NULL, 0, 0, &error);
		if (r != NULL || error == NULL || error->code != fail_cases[i].code ||
		    strstr(error->message, fail_cases[i].msg) == NULL)
			fail_msg("%s: expected %d \"%s\", got %s", fail_cases[i].path, fail_cases[i].code,
				 fail_cases[i].msg, error != NULL ? error->message : "success");
	}
}

static void
test_not_http(void **state)
{
	Fixture *f = *state;
	g_autoptr(GError) error = NULL;
	g_autoptr(SwFetchResult) r = fetch(f, "file:///etc/passwd", NULL, 0, 0, &error);
	assert_null(r);
	assert_int_equal(error->code, SW_ERROR_PERMANENT);
}

static void
test_redirect_followed(void **state)
{
	Fixture *f = *state;
	g_autoptr(GError) error = NULL;
	g_autofree gchar *target = sw_test_httpd_url(&f->httpd, "/page.html");
	g_autofree gchar *path = g_strdup_printf("/_redirect?%s", target);
	g_autoptr(SwFetchResult) r = fetch(f, path, NULL, 0, 0, &error);

	assert_null(error);
	assert_string_equal(r->final_url, target);
	assert_true(g_str_has_suffix(r->url, path));
}

static void
test_timeout(void **state)
{
	Fixture *f = *state;
	g_autoptr(GError) error = NULL;
	gint64 start = g_get_monotonic_time();
	g_autoptr(SwFetchResult) r = fetch(f, "/_hang", NULL, 1, 0, &error);

	assert_null(r);
	assert_int_equal(error->code, SW_ERROR_TRANSIENT);
	assert_non_null(strstr(error->message, "timed out"));
	assert_true(g_get_monotonic_time() - start < 5 * G_USEC_PER_SEC);
}

static void
test_size_cap(void **state)
{
	Fixture *f = *state;
	g_autoptr(GError) error = NULL;
	g_autoptr(SwFetchResult) r = fetch(f, "/_big?300000", NULL, 0, 100000, &error);
	g_autoptr(SwFetchResult) ok = NULL;

	assert_null(r);
	assert_int_equal(error->code, SW_ERROR_PERMANENT);
	assert_non_null(strstr(error->message, "larger than"));
	g_clear_error(&error);
	ok = fetch(f, "/_big?99000", NULL, 0, 100000, &error);
	assert_non_null(ok);
	assert_int_equal(g_bytes_get_size(ok->body), 99000);
}

typedef struct {
	guint done;
	guint ok;
} Many;

static void
many_cb(SwFetchResult *res, const GError *error, gpointer user_data)
{
	Many *m = user_data;
	m->done++;
	if (error == NULL && res->status == 200)
		m->ok++;
}

static void
test_many_at_once(void **state)
{
	Fixture *f = *state;
	g_autoptr(GMainContext) ctx = g_main_context_new();
	g_autoptr(SwFetcher) fetcher = NULL;
	Many m = {0};

	g_main_context_push_thread_default(ctx);
	fetcher = sw_fetcher_new(ctx);
	sw_fetcher_set_limits(fetcher, 4, 2);
	sw_fetcher_set_host_gap(fetcher, 0);
	for (guint i = 0; i < 40; i++) {
		g_autofree gchar *url = sw_test_httpd_url(&f->httpd, "/page.html");
		SwFetchRequest req = {url, NULL, NULL, 10, 0, FALSE, FALSE};
		sw_fetcher_fetch(fetcher, &req, many_cb, &m);
	}
	assert_int_equal(sw_fetcher_get_pending(fetcher), 40);
	while (m.done < 40)
		g_main_context_iteration(ctx, TRUE);
	assert_int_equal(m.ok, 40);
	assert_int_equal(sw_fetcher_get_pending(fetcher), 0);
	/* a fetcher freed with transfers queued drops them quietly */
	for (guint i = 0; i < 5; i++) {
		g_autofree gchar *url = sw_test_httpd_url(&f->httpd, "/_hang");
		SwFetchRequest req = {url, NULL, NULL, 10, 0, FALSE, FALSE};
		sw_fetcher_fetch(fetcher, &req, many_cb, &m);
	}
	g_main_context_iteration(ctx, FALSE);
	g_clear_pointer(&fetcher, sw_fetcher_free);
	g_main_context_pop_thread_default(ctx);
	assert_int_equal(m.done, 40);
}

static void
test_hang_blocks_nobody(void **state)
{
	Fixture *f = *state;
	g_autoptr(GMainContext) ctx = g_main_context_new();
	g_autoptr(SwFetcher) fetcher = NULL;
	g_autofree gchar *hang = sw_test_httpd_url(&f->httpd, "/_hang");
	g_autofree gchar *page = sw_test_httpd_url(&f->httpd, "/page.html");
	SwFetchRequest a = {hang, NULL, NULL, 30, 0, FALSE, FALSE};
	SwFetchRequest b = {page, NULL, NULL, 30, 0, FALSE, FALSE};
	gint64 deadline = g_get_monotonic_time() + 5 * G_USEC_PER_SEC;
	Many m = {0};

	/* a request to a host that is busy hanging another one still goes */
	g_main_context_push_thread_default(ctx);
	fetcher = sw_fetcher_new(ctx);
	sw_fetcher_fetch(fetcher, &a, many_cb, &m);
	sw_fetcher_fetch(fetcher, &b, many_cb, &m);
	while (m.done < 1 && g_get_monotonic_time() < deadline)
		g_main_context_iteration(ctx, FALSE);
	assert_int_equal(m.ok, 1);
	g_clear_pointer(&fetcher, sw_fetcher_free);
	g_main_context_pop_thread_default(ctx);
}

static void
test_content_types(void **state)
{
	(void)state;
	assert_true(sw_fetch_content_type_is_text("text/html"));
	assert_true(sw_fetch_content_type_is_text("application/xhtml+xml"));
	assert_true(sw_fetch_content_type_is_text(NULL));
	assert_false(sw_fetch_content_type_is_text("image/png"));
	assert_false(sw_fetch_content_type_is_text("application/pdf"));
}

typedef struct {
	guint done;
	gint64 at[4];
} Timed;

static void
timed_cb(SwFetchResult *res, const GError *error, gpointer user_data)
{
	Timed *t = user_data;
	(void)res;
	(void)error;
	t->at[t->done++] = g_get_monotonic_time();
}

/* one host is asked at most once a gap; another host does not wait */
static void
test_host_gap(void **state)
{
	Fixture *f = *state;
	g_autoptr(GMainContext) ctx = g_main_context_new();
	g_autoptr(SwFetcher) fetcher = NULL;
	g_autofree gchar *url = sw_test_httpd_url(&f->httpd, "/page.html");
	g_autofree gchar *other = g_strdup(url);
	Timed same = {0};
	Timed elsewhere = {0};
	gint64 t0;
	gchar *host = strstr(other, "127.0.0.1");

	/* the same server under another name is another host */
	memcpy(host, "localhost", 9);
	g_main_context_push_thread_default(ctx);
	fetcher = sw_fetcher_new(ctx);
	sw_fetcher_set_host_gap(fetcher, 300 * 1000);
	t0 = g_get_monotonic_time();
	for (guint i = 0; i < 3; i++) {
		SwFetchRequest req = {url, NULL, NULL, 10, 0, FALSE, FALSE};
		sw_fetcher_fetch(fetcher, &req, timed_cb, &same);
	}
	{
		SwFetchRequest req = {other, NULL, NULL, 10, 0, FALSE, FALSE};
		sw_fetcher_fetch(fetcher, &req, timed_cb, &elsewhere);
	}
	while (same.done < 3 || elsewhere.done < 1)
		g_main_context_iteration(ctx, TRUE);
	g_clear_pointer(&fetcher, sw_fetcher_free);
	g_main_context_pop_thread_default(ctx);
	(void)state;
	/* the third request to one host comes two gaps after the first */
	assert_true(same.at[2] - t0 >= 600 * 1000);
	/* the other host was not held behind them */
	assert_true(elsewhere.at[0] - t0 < 300 * 1000);
}

/* which addresses are the user's own: refused after a public first hop */
static void
test_private_addresses(void **state)
{
	static const struct {
		const gchar *addr;
		gboolean private;
	} cases[] = {
	    {"127.0.0.1", TRUE},     {"10.1.2.3", TRUE},	{"172.16.0.1", TRUE},
	    {"172.31.255.255", TRUE}, {"192.168.1.1", TRUE},	{"169.254.10.10", TRUE},
	    {"0.0.0.0", TRUE},	     {"100.64.0.1", TRUE},	{"::1", TRUE},
	    {"fe80::1", TRUE},	     {"fd12:3456::1", TRUE},	{"::ffff:192.168.0.1", TRUE},
	    {"::", TRUE},	     {"8.8.8.8", FALSE},	{"172.32.0.1", FALSE},
	    {"93.184.216.34", FALSE}, {"100.128.0.1", FALSE}, {"2001:4860:4860::8888", FALSE},
	    {"::ffff:8.8.8.8", FALSE},
	};

	(void)state;
	for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_autoptr(GInetAddress) a = g_inet_address_new_from_string(cases[i].addr);
		assert_non_null(a);
		if (sw_fetch_address_is_private(a) != cases[i].private)
			fail_msg("%s: expected %s", cases[i].addr, cases[i].private ? "private" : "public");
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test_setup_teardown(test_ok_and_304, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_failures, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_not_http, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_redirect_followed, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_timeout, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_size_cap, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_many_at_once, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_hang_blocks_nobody, setup, teardown),
	    cmocka_unit_test(test_content_types),
	    cmocka_unit_test(test_private_addresses),
	    cmocka_unit_test_setup_teardown(test_host_gap, setup, teardown),
	};
	sw_test_init();
	return cmocka_run_group_tests(tests, NULL, NULL);
}
