/* SPDX-License-Identifier: MIT
 * CSS selectors to XPath. */
#include "testlib.h"

#include "sw/select.h"

static void
test_translate(void **state)
{
	static const struct {
		const gchar *css;
		const gchar *xpath;
	} cases[] = {
	    {"article", "//article"},
	    {"DIV", "//div"},
	    {"*", "//*"},
	    {"#main", "//*[@id='main']"},
	    {".story", "//*[contains(concat(' ',normalize-space(@class),' '),' story ')]"},
	    {"div.story.lead",
	     "//div[contains(concat(' ',normalize-space(@class),' '),' story ')]"
	     "[contains(concat(' ',normalize-space(@class),' '),' lead ')]"},
	    {"article p", "//article//p"},
	    {"article > p", "//article/p"},
	    {"article>p", "//article/p"},
	    {"h1 + p", "//h1/following-sibling::*[1]/self::p"},
	    {"h1 ~ p", "//h1/following-sibling::p"},
	    {"[data-role]", "//*[@data-role]"},
	    {"[itemprop=articleBody]", "//*[@itemprop='articleBody']"},
	    {"div[class=\"a b\"]", "//div[@class='a b']"},
	    {"a[href^='https']", "//a[starts-with(@href,'https')]"},
	    {"a[href*=news]", "//a[contains(@href,'news')]"},
	    {"a[href$=\".pdf\"]", "//a[substring(@href,string-length(@href)-string-length('.pdf')+1)='.pdf']"},
	    {"h1, .body p", "//h1 | //*[contains(concat(' ',normalize-space(@class),' '),' body ')]//p"},
	    {"//div[@id='x']", "//div[@id='x']"},
	    {"(//p)[1]", "(//p)[1]"},
	};
	(void)state;
	for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_autoptr(GError) error = NULL;
		g_autofree gchar *x = sw_select_to_xpath(cases[i].css, &error);
		if (g_strcmp0(x, cases[i].xpath) != 0)
			fail_msg("\"%s\": expected %s, got %s (%s)", cases[i].css, cases[i].xpath, x,
				 error != NULL ? error->message : "");
	}
}

static void
test_refused(void **state)
{
	static const gchar *const bad[] = {"", "div[", "a:hover", "p >", ".", "#", "a[x='1\"2']x",
					   "div[x=\"it's \\\"\"]", "p..q", NULL};
	(void)state;
	for (guint i = 0; bad[i] != NULL; i++) {
		g_autoptr(GError) error = NULL;
		g_autofree gchar *x = sw_select_to_xpath(bad[i], &error);
		if (x != NULL)
			fail_msg("\"%s\" accepted as %s", bad[i], x);
		assert_non_null(strstr(error->message, "bad selector"));
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_translate),
	    cmocka_unit_test(test_refused),
	};
	sw_test_init();
	return cmocka_run_group_tests(tests, NULL, NULL);
}
