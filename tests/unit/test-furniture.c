/* SPDX-License-Identifier: MIT
 * Furniture learned per site: repetition across different pages of one
 * site, not across snapshots of one page, and never long paragraphs. */
#include "testlib.h"

#include "sw/furniture.h"

static SwStory *
page(const gchar *first, ...)
{
	SwStory *s = sw_story_new();
	va_list ap;
	va_start(ap, first);
	for (const gchar *p = first; p != NULL; p = va_arg(ap, const gchar *))
		g_ptr_array_add(s->paragraphs, g_strdup(p));
	va_end(ap);
	return s;
}

#define APPEAL "Support our journalism: become a member today."
#define BACKGROUND \
	"The agreement, first reported by the business daily in October, would let the two " \
	"countries run joint operations, share technology and coordinate their positions at " \
	"international forums; officials on both sides have declined to confirm its final terms " \
	"or the date on which it will be signed, which has already slipped once this autumn."

static void
test_learns_across_pages(void **state)
{
	g_autofree gchar *dir = sw_test_tmpdir();
	g_autofree gchar *path = g_build_filename(dir, "furniture.ini", NULL);
	g_autoptr(GError) error = NULL;
	g_autoptr(SwFurniture) f = sw_furniture_load(path, &error);
	g_autoptr(SwFurniture) again = NULL;
	const gchar *site = "news.example";

	(void)state;
	for (guint i = 1; i <= 4; i++) {
		g_autofree gchar *url = g_strdup_printf("https://news.example/story-%u", i);
		g_autofree gchar *body = g_strdup_printf("Story %u has its own first sentence, unlike the others.", i);
		g_autoptr(SwStory) s = page(body, APPEAL, BACKGROUND, NULL);
		guint removed = sw_furniture_learn_and_filter(f, site, url, s);
		/* the third different page makes it furniture, for that page too */
		assert_int_equal(removed, i >= 3 ? 1 : 0);
		assert_int_equal(s->paragraphs->len, i >= 3 ? 2 : 3);
		/* a long background paragraph is news, however often reused */
		assert_string_equal(g_ptr_array_index(s->paragraphs, s->paragraphs->len - 1), BACKGROUND);
	}
	/* written another way, the same words */
	assert_true(sw_furniture_contains(f, site, "SUPPORT our journalism - become a member today"));
	/* another site knows nothing of it */
	assert_false(sw_furniture_contains(f, "other.example", APPEAL));
	assert_true(sw_furniture_save(f, &error));
	again = sw_furniture_load(path, &error);
	assert_non_null(again);
	assert_true(sw_furniture_contains(again, site, APPEAL));
	sw_test_rmtree(dir);
}

static void
test_same_page_does_not_count(void **state)
{
	g_autoptr(SwFurniture) f = sw_furniture_load("/nonexistent/furniture.ini", NULL);
	(void)state;
	/* ten snapshots of one page: its own words are never furniture */
	for (guint i = 0; i < 10; i++) {
		g_autoptr(SwStory) s = page("Officials said the deal would be signed soon.", APPEAL, NULL);
		assert_int_equal(sw_furniture_learn_and_filter(f, "news.example", "https://news.example/a", s), 0);
	}
	assert_false(sw_furniture_contains(f, "news.example", APPEAL));
}

static void
test_site_of(void **state)
{
	g_autofree gchar *a = sw_furniture_site_of("https://WWW.Example.COM/a/b?c");
	g_autofree gchar *b = sw_furniture_site_of("http://news.example:8080/");
	g_autofree gchar *c = sw_furniture_site_of("not a url");
	(void)state;
	assert_string_equal(a, "example.com");
	assert_string_equal(b, "news.example");
	assert_null(c);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_learns_across_pages),
	    cmocka_unit_test(test_same_page_does_not_count),
	    cmocka_unit_test(test_site_of),
	};
	sw_test_init();
	return cmocka_run_group_tests(tests, NULL, NULL);
}
