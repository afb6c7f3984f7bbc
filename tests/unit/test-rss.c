/* SPDX-License-Identifier: MIT
 * Feeds in: RSS 2.0, RSS 1.0 and Atom entries, links resolved and cleaned
 * of tracking, duplicates and non-http links dropped, hostile XML refused
 * or read without entities, and folder names for entries. */
#include "testlib.h"

#include "sw/error.h"
#include "sw/rss.h"
#include "sw/text.h"

static GPtrArray *
parse(const gchar *xml, GError **error)
{
	return sw_rss_parse(xml, strlen(xml), "https://ledger.example/feeds/news.xml", error);
}

static const SwRssEntry *
entry(GPtrArray *entries, guint i)
{
	return g_ptr_array_index(entries, i);
}

static void
test_rss2(void **state)
{
	const gchar *xml =
	    "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Ledger</title>"
	    "<item><title>Ferry  talks\n resume</title>"
	    "<link>https://ledger.example/news/ferry-talks.html?utm_source=rss&amp;utm_medium=feed</link>"
	    "<guid isPermaLink=\"false\">x-1</guid></item>"
	    "<item><title>Relative</title><link>/news/bridge.html#comments</link></item>"
	    "<item><title>Guid only</title><guid>https://ledger.example/news/guid.html</guid></item>"
	    "<item><title>Same page, other campaign</title>"
	    "<link>https://ledger.example/news/ferry-talks.html?fbclid=abc</link></item>"
	    "<item><title>Not a web page</title><link>mailto:desk@ledger.example</link></item>"
	    "<item><title>Kept query</title><link>https://ledger.example/story?id=7&amp;utm_campaign=x</link></item>"
	    "</channel></rss>";
	g_autoptr(GError) error = NULL;
	g_autoptr(GPtrArray) e = parse(xml, &error);

	(void)state;
	assert_non_null(e);
	assert_int_equal(e->len, 4);
	assert_string_equal(entry(e, 0)->url, "https://ledger.example/news/ferry-talks.html");
	assert_string_equal(entry(e, 0)->title, "Ferry talks resume");
	assert_string_equal(entry(e, 1)->url, "https://ledger.example/news/bridge.html");
	assert_string_equal(entry(e, 2)->url, "https://ledger.example/news/guid.html");
	assert_string_equal(entry(e, 3)->url, "https://ledger.example/story?id=7");
}

static void
test_atom_and_rdf(void **state)
{
	const gchar *atom =
	    "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Ledger</title>"
	    "<entry><title>One</title><link rel=\"self\" href=\"https://ledger.example/api/1\"/>"
	    "<link rel=\"alternate\" href=\"https://ledger.example/news/one.html\"/></entry>"
	    "<entry><title type=\"html\">Two &amp; three</title><link href=\"two.html\"/></entry>"
	    "</feed>";
	const gchar *rdf =
	    "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" "
	    "xmlns=\"http://purl.org/rss/1.0/\"><channel/>"
	    "<item><title>Old style</title><link>http://ledger.example/old.html</link></item>"
	    "</rdf:RDF>";
	g_autoptr(GError) error = NULL;
	g_autoptr(GPtrArray) a = parse(atom, &error);
	g_autoptr(GPtrArray) r = parse(rdf, &error);

	(void)state;
	assert_int_equal(a->len, 2);
	assert_string_equal(entry(a, 0)->url, "https://ledger.example/news/one.html");
	assert_string_equal(entry(a, 1)->url, "https://ledger.example/feeds/two.html");
	assert_string_equal(entry(a, 1)->title, "Two & three");
	assert_int_equal(r->len, 1);
	assert_string_equal(entry(r, 0)->url, "http://ledger.example/old.html");
}

static void
test_hostile(void **state)
{
	/* an external entity must not be read, nor an internal one expanded
	 * into a billion laughs */
	const gchar *xxe = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
			   "<rss><channel><item><title>&x;</title>"
			   "<link>https://ledger.example/a.html</link></item></channel></rss>";
	const gchar *laughs =
	    "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"aaaaaaaaaa\">"
	    "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
	    "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">]>"
	    "<rss><channel><item><title>&e;&e;&e;&e;&e;&e;&e;&e;</title>"
	    "<link>https://ledger.example/b.html</link></item></channel></rss>";
	g_autoptr(GError) error = NULL;
	g_autoptr(GPtrArray) x = parse(xxe, &error);
	g_autoptr(GPtrArray) l = NULL;
	g_autoptr(GPtrArray) html = NULL;
	g_autoptr(GPtrArray) junk = NULL;
	g_autoptr(GString) many = g_string_new("<rss><channel>");

	(void)state;
	assert_non_null(x);
	assert_int_equal(x->len, 1);
	assert_true(entry(x, 0)->title == NULL || strstr(entry(x, 0)->title, "root:") == NULL);
	l = parse(laughs, &error);
	if (l != NULL) {
		assert_int_equal(l->len, 1);
		assert_true(entry(l, 0)->title == NULL || strlen(entry(l, 0)->title) < 1000000);
	}
	g_clear_error(&error);
	html = parse("<html><body><p>not a feed</p></body></html>", &error);
	assert_null(html);
	assert_true(g_error_matches(error, SW_ERROR, SW_ERROR_PERMANENT));
	assert_non_null(strstr(error->message, "not a feed"));
	g_clear_error(&error);
	junk = parse("\x01\x02 not xml at all <<<", &error);
	assert_null(junk);
	g_clear_error(&error);
	/* a feed of thousands of entries is read up to the bound */
	for (guint i = 0; i < 2000; i++)
		g_string_append_printf(many, "<item><link>https://ledger.example/%u.html</link></item>", i);
	g_string_append(many, "</channel></rss>");
	{
		g_autoptr(GPtrArray) m = parse(many->str, &error);
		assert_int_equal(m->len, SW_RSS_MAX_ENTRIES);
	}
}

static void
test_clean_and_slug(void **state)
{
	const struct {
		const gchar *in, *out;
	} clean[] = {
	    {"https://a.example/x?utm_source=a&id=3&utm_medium=b#top", "https://a.example/x?id=3"},
	    {"https://a.example/x?gclid=1&fbclid=2", "https://a.example/x"},
	    {"http://a.example:8080/x?ref=home", "http://a.example:8080/x?ref=home"},
	};
	const struct {
		const gchar *url, *title, *slug;
	} slugs[] = {
	    {"https://a.example/2014/10/24/Russia-China-Cyber-Pact.html", NULL, "russia-china-cyber-pact"},
	    {"https://a.example/news/ferry_talks/", NULL, "ferry-talks"},
	    {"https://a.example/", "Ferry talks: what's next?", "ferry-talks-what-s-next"},
	    {"https://a.example/index.php?id=4", "Bridge", "bridge"},
	    {"https://a.example/", NULL, "entry"},
	    {"https://a.example/../../etc/passwd", NULL, "passwd"},
	};
	(void)state;
	for (guint i = 0; i < G_N_ELEMENTS(clean); i++) {
		g_autofree gchar *c = sw_rss_clean_url(clean[i].in);
		assert_string_equal(c, clean[i].out);
	}
	assert_null(sw_rss_clean_url("file:///etc/passwd"));
	/* found by fuzzing: a scheme with no host */
	assert_null(sw_rss_clean_url("https:/>https://a/a.example/x"));
	for (guint i = 0; i < G_N_ELEMENTS(slugs); i++) {
		g_autofree gchar *s = sw_text_slug(slugs[i].url, slugs[i].title);
		assert_string_equal(s, slugs[i].slug);
	}
	{
		g_autofree gchar *long_slug = sw_text_slug(
		    "https://a.example/a-very-long-headline-that-goes-on-and-on-about-the-harbor-ferry", NULL);
		assert_true(strlen(long_slug) <= 48);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_rss2),
	    cmocka_unit_test(test_atom_and_rdf),
	    cmocka_unit_test(test_hostile),
	    cmocka_unit_test(test_clean_and_slug),
	};
	sw_test_init();
	return cmocka_run_group_tests(tests, NULL, NULL);
}
