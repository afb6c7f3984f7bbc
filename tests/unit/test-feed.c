/* SPDX-License-Identifier: MIT
 * The Atom feed: well-formed XML (read back with libxml2), the elements
 * RFC 4287 asks for, an entry per change, page text escaped. */
#include "testlib.h"

#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <string.h>

#include "sw/feed.h"
#include "sw/store.h"

static guint
count(xmlXPathContext *ctx, const gchar *expr)
{
	xmlXPathObject *o = xmlXPathEvalExpression((const xmlChar *)expr, ctx);
	guint n = o != NULL && o->nodesetval != NULL ? (guint)o->nodesetval->nodeNr : 0;
	xmlXPathFreeObject(o);
	return n;
}

static gchar *
text(xmlXPathContext *ctx, const gchar *expr)
{
	xmlXPathObject *o = xmlXPathEvalExpression((const xmlChar *)expr, ctx);
	gchar *s = NULL;
	if (o != NULL && o->nodesetval != NULL && o->nodesetval->nodeNr > 0) {
		xmlChar *c = xmlNodeGetContent(o->nodesetval->nodeTab[0]);
		s = g_strdup((const gchar *)c);
		xmlFree(c);
	}
	xmlXPathFreeObject(o);
	return s;
}

static void
test_feed(void **state)
{
	g_autofree gchar *dir = sw_test_tmpdir();
	g_autoptr(GError) error = NULL;
	g_autoptr(SwStore) store = sw_store_open(dir, TRUE, &error);
	const gchar *meta = "{\"url\": \"https://news.example/a?x=1&y=2\"}\n";
	const gchar *t1 = "Pact near\n\nThe deal is worth $60 million, officials said.\n";
	const gchar *t2 = "Pact <b>signed</b> & sealed\n\nThe deal is worth $600 million, officials said.\n";
	SwStoreFile f1[] = {{"story.txt", t1, strlen(t1)}, {"meta.json", meta, strlen(meta)}};
	SwStoreFile f2[] = {{"story.txt", t2, strlen(t2)}, {"meta.json", meta, strlen(meta)}};
	g_autofree gchar *c1 = NULL;
	g_autofree gchar *c2 = NULL;
	g_autofree gchar *atom = NULL;
	g_autofree gchar *title = NULL;
	g_autofree gchar *content = NULL;
	xmlDoc *doc;
	xmlXPathContext *ctx;

	(void)state;
	assert_non_null(store);
	c1 = sw_store_commit(store, "pact", f1, G_N_ELEMENTS(f1), "pact: first snapshot, 1 sentences\n\nSignificance: major\n", 1414108800, &error);
	assert_non_null(c1);
	c2 = sw_store_commit(store, "pact", f2, G_N_ELEMENTS(f2),
			     "pact: headline now “Pact <b>signed</b> & sealed”\n\nSignificance: major\n",
			     1414195200, &error);
	assert_non_null(c2);
	atom = sw_feed_atom(store, "pact", 0, &error);
	assert_non_null(atom);
	doc = xmlReadMemory(atom, (int)strlen(atom), "feed.xml", "utf-8", XML_PARSE_NONET);
	assert_non_null(doc);
	ctx = xmlXPathNewContext(doc);
	xmlXPathRegisterNs(ctx, (const xmlChar *)"a", (const xmlChar *)"http://www.w3.org/2005/Atom");
	/* what RFC 4287 requires of a feed and of each entry */
	assert_int_equal(count(ctx, "/a:feed/a:title"), 1);
	assert_int_equal(count(ctx, "/a:feed/a:id"), 1);
	assert_int_equal(count(ctx, "/a:feed/a:updated"), 1);
	assert_int_equal(count(ctx, "/a:feed/a:author/a:name"), 1);
	assert_int_equal(count(ctx, "/a:feed/a:entry"), 2);
	assert_int_equal(count(ctx, "/a:feed/a:entry[a:title and a:id and a:updated]"), 2);
	/* newest first; page text is text, not markup */
	title = text(ctx, "/a:feed/a:entry[1]/a:title");
	assert_string_equal(title, "pact: headline now “Pact <b>signed</b> & sealed”");
	assert_int_equal(count(ctx, "//a:title/*"), 0);
	content = text(ctx, "/a:feed/a:entry[1]/a:content[@type='html']");
	assert_non_null(strstr(content, "amount $60 million → $600 million"));
	assert_non_null(strstr(content, "&lt;b&gt;signed"));
	assert_int_equal(count(ctx, "/a:feed/a:entry[1]/a:link[@href='https://news.example/a?x=1&y=2']"), 1);
	assert_int_equal(count(ctx, "/a:feed/a:entry/a:category[@term='major']"), 2);
	xmlXPathFreeContext(ctx);
	xmlFreeDoc(doc);
	sw_test_rmtree(dir);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_feed),
	};
	sw_test_init();
	return cmocka_run_group_tests(tests, NULL, NULL);
}
