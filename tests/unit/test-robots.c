/* SPDX-License-Identifier: MIT
 * robots.txt: groups, our own group over '*', longest match with allow
 * winning ties, wildcards and anchors, junk skipped, origins of URLs. */
#include "testlib.h"

#include "sw/robots.h"

static const gchar *const site =
    "# a news site\n"
    "User-agent: *\n"
    "Disallow: /search\n"
    "Disallow: /private/\n"
    "Allow: /private/press/\n"
    "Disallow: /*.pdf$\n"
    "Disallow: /tag/*/feed\n"
    "Crawl-delay: 10\n"
    "Sitemap: https://news.example/sitemap.xml\n"
    "\n"
    "User-agent: BadBot\n"
    "Disallow: /\n";

static void
test_star_group(void **state)
{
	g_autoptr(SwRobots) r = sw_robots_parse(site, strlen(site), SW_ROBOTS_AGENT);
	const struct {
		const gchar *path;
		gboolean allowed;
	} cases[] = {
	    {"/", TRUE},
	    {"/news/2014/ferry.html", TRUE},
	    {"/search", FALSE},
	    {"/search?q=ferry", FALSE},
	    {"/searching", FALSE}, /* a prefix rule */
	    {"/private/", FALSE},
	    {"/private/notes.html", FALSE},
	    {"/private/press/release.html", TRUE}, /* longer allow wins */
	    {"/privately.html", TRUE},
	    {"/report.pdf", FALSE},
	    {"/report.pdf?x=1", TRUE}, /* '$' anchors the end */
	    {"/tag/ferry/feed", FALSE},
	    {"/tag/ferry/feeds/rss", FALSE},
	    {"/tag/feed", TRUE},
	    {"/robots.txt", TRUE},
	};
	(void)state;
	for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
		if (sw_robots_allowed(r, cases[i].path) != cases[i].allowed)
			fail_msg("%s: expected %s", cases[i].path, cases[i].allowed ? "allowed" : "disallowed");
	}
}

static void
test_own_group(void **state)
{
	/* our group replaces '*' entirely; agent tokens ignore case and version */
	const gchar *text = "User-agent: *\nDisallow: /\n\n"
			    "User-agent: Googlebot\nUser-Agent: StoryWatch/2.0\nDisallow: /drafts\n"
			    "Allow: /drafts/public\n";
	const gchar *tie = "User-agent: storywatch\nDisallow: /a\nAllow: /a\n";
	const gchar *empty = "User-agent: *\nDisallow:\n";
	g_autoptr(SwRobots) r = sw_robots_parse(text, strlen(text), SW_ROBOTS_AGENT);
	g_autoptr(SwRobots) t = sw_robots_parse(tie, strlen(tie), SW_ROBOTS_AGENT);
	g_autoptr(SwRobots) e = sw_robots_parse(empty, strlen(empty), SW_ROBOTS_AGENT);
	g_autoptr(SwRobots) other = sw_robots_parse(text, strlen(text), "otherbot");

	(void)state;
	assert_true(sw_robots_allowed(r, "/news/x.html"));
	assert_false(sw_robots_allowed(r, "/drafts/x"));
	assert_true(sw_robots_allowed(r, "/drafts/public/x"));
	assert_true(sw_robots_allowed(t, "/a")); /* allow wins a tie */
	assert_true(sw_robots_allowed(e, "/anything"));
	assert_false(sw_robots_allowed(other, "/news/x.html"));
	assert_true(sw_robots_allowed(NULL, "/x"));
}

static void
test_junk(void **state)
{
	/* binary, CRLF, lines without colons, a rule before any group, NUL */
	const gchar text[] = "Disallow: /early\r\nthis is not a rule\r\n\xff\xfe:\r\n"
			     "User-agent: *\r\nDisallow: /x # a comment\r\n\0Disallow: /y\r\n";
	g_autoptr(SwRobots) r = sw_robots_parse(text, sizeof(text) - 1, SW_ROBOTS_AGENT);
	g_autoptr(GString) big = g_string_new("User-agent: *\n");
	g_autoptr(SwRobots) b = NULL;

	(void)state;
	assert_true(sw_robots_allowed(r, "/early"));
	assert_false(sw_robots_allowed(r, "/x/1"));
	/* past the size bound nothing is read */
	while (big->len < SW_ROBOTS_MAXSIZE)
		g_string_append(big, "Allow: /ok\n");
	g_string_append(big, "Disallow: /late\n");
	b = sw_robots_parse(big->str, big->len, SW_ROBOTS_AGENT);
	assert_true(sw_robots_allowed(b, "/late"));
	/* wildcards do not blow up */
	{
		g_autoptr(GString) path = g_string_new("/");
		const gchar *w = "User-agent: *\nDisallow: /*a*a*a*a*a*a*a*a*b\n";
		g_autoptr(SwRobots) s = sw_robots_parse(w, strlen(w), SW_ROBOTS_AGENT);
		for (guint i = 0; i < 20000; i++)
			g_string_append_c(path, 'a');
		assert_true(sw_robots_allowed(s, path->str));
	}
}

static void
test_split_url(void **state)
{
	const struct {
		const gchar *url, *origin, *path;
	} cases[] = {
	    {"http://news.example/a/b.html?x=1#top", "http://news.example:80", "/a/b.html?x=1"},
	    {"https://news.example", "https://news.example:443", "/"},
	    {"http://127.0.0.1:8080/x", "http://127.0.0.1:8080", "/x"},
	    {"http://[::1]:8080/x", "http://[::1]:8080", "/x"},
	};
	(void)state;
	for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_autofree gchar *origin = NULL;
		g_autofree gchar *path = NULL;
		assert_true(sw_robots_split_url(cases[i].url, &origin, &path));
		assert_string_equal(origin, cases[i].origin);
		assert_string_equal(path, cases[i].path);
	}
	{
		g_autofree gchar *origin = NULL;
		g_autofree gchar *path = NULL;
		assert_false(sw_robots_split_url("file:///etc/passwd", &origin, &path));
		assert_false(sw_robots_split_url("not a url", &origin, &path));
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_star_group),
	    cmocka_unit_test(test_own_group),
	    cmocka_unit_test(test_junk),
	    cmocka_unit_test(test_split_url),
	};
	sw_test_init();
	return cmocka_run_group_tests(tests, NULL, NULL);
}
