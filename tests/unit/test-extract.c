/* SPDX-License-Identifier: MIT
 * The extractor: the story and nothing else, the same story under other
 * furniture, metadata, select and exclude, and hostile input. */
#include "testlib.h"

#include "sw/error.h"
#include "sw/extract.h"

static gchar *
demo_page(guint v, gsize *len)
{
	g_autofree gchar *rel = g_strdup_printf("demo/site/v%u.html", v);
	g_autofree gchar *path = sw_test_source_path(rel);
	gchar *data = NULL;
	g_assert_true(g_file_get_contents(path, &data, len, NULL));
	return data;
}

/* the story of @html, which must extract without an error */
static SwStory *
extract_page(const gchar *html, gsize len, const SwExtractOptions *opts)
{
	g_autoptr(GError) error = NULL;
	SwStory *s = sw_extract_html(html, len, opts, &error);
	g_assert_no_error(error);
	return s;
}

static SwStory *
extract_demo(guint v, const SwExtractOptions *opts)
{
	gsize len = 0;
	g_autofree gchar *html = demo_page(v, &len);
	return extract_page(html, len, opts);
}

static gchar *
text_of(SwStory *s)
{
	return sw_story_to_text(s, NULL);
}

static void
test_story_not_furniture(void **state)
{
	g_autoptr(SwStory) s = extract_demo(1, NULL);
	g_autofree gchar *text = text_of(s);
	static const gchar *const furniture[] = {
	    "Advertisement", "Most Read", "comments", "Read more", "Sign up", "cookies", "Photo:",
	    "Share on", "Weather", "All rights reserved", "Morning Ledger", "Twenty years",
	    "By Dana", "8:15", "Harbor Furniture", NULL,
	};
	(void)state;
	assert_string_equal(s->title, "Bellhaven and Norvik Marine near deal on new ferry terminal");
	assert_string_equal(s->byline, "Dana Whitlock");
	assert_string_equal(s->published, "2026-03-03T08:15:00-05:00");
	assert_string_equal(s->url, "https://ledger.example/news/ferry-terminal");
	assert_string_equal(s->lang, "en");
	assert_int_equal(s->paragraphs->len, 7);
	assert_true(g_str_has_prefix(g_ptr_array_index(s->paragraphs, 0), "The Port of Bellhaven is expected"));
	assert_string_equal(g_ptr_array_index(s->paragraphs, 6),
			    "A spokesman for Norvik Marine declined to comment on the terms.");
	for (guint i = 0; furniture[i] != NULL; i++) {
		if (strstr(text, furniture[i]) != NULL)
			fail_msg("furniture \"%s\" in the story:\n%s", furniture[i], text);
	}
}

/* a picture's credit set as a paragraph of its own is no story: "Photo:",
 * "Photograph:", "Image copyright", "Picture caption" */
static void
test_credits_not_story(void **state)
{
	static const gchar html[] =
	    "<html><head><title>Mayor resigns</title></head><body><article><h1>Mayor resigns</h1>"
	    "<p>The mayor of Bellhaven resigned on Tuesday after weeks of pressure over the harbour contract.</p>"
	    "<p>Photograph: Dana Whitlock/Ledger Pictures</p>"
	    "<p>She said she had done nothing wrong but would step aside for the sake of the town.</p>"
	    "<p>Image copyright Ledger Pictures</p>"
	    "<p>Picture caption: The mayor leaving the town hall</p>"
	    "<p>Councillors will choose an acting mayor at a meeting next week, officials said.</p>"
	    "</article></body></html>";
	g_autoptr(SwStory) s = extract_page(html, sizeof html - 1, NULL);
	g_autofree gchar *text = text_of(s);

	(void)state;
	assert_int_equal(s->paragraphs->len, 3);
	assert_null(strstr(text, "Photograph"));
	assert_null(strstr(text, "Image copyright"));
	assert_null(strstr(text, "Picture caption"));
}

/* the headline worded a little otherwise than the page's title is no
 * paragraph of the story, and a byline the page marks by class alone is
 * the byline */
static void
test_headline_and_byline_in_body(void **state)
{
	static const gchar html[] =
	    "<html><head><title>Mayor resigns over harbour contract - The Ledger</title></head><body><article>"
	    "<h1>Mayor resigns over harbour deal</h1>"
	    "<div class=\"article-byline\">By Dana Whitlock &bull; 8h ago</div>"
	    "<p>The mayor of Bellhaven resigned on Tuesday after weeks of pressure over the harbour contract.</p>"
	    "<p>She said she had done nothing wrong but would step aside for the sake of the town.</p>"
	    "<p>Councillors will choose an acting mayor at a meeting next week, officials said.</p>"
	    "</article></body></html>";
	g_autoptr(SwStory) s = extract_page(html, sizeof html - 1, NULL);

	(void)state;
	assert_string_equal(s->title, "Mayor resigns over harbour contract");
	assert_string_equal(s->byline, "Dana Whitlock");
	assert_int_equal(s->paragraphs->len, 3);
	assert_true(g_str_has_prefix(g_ptr_array_index(s->paragraphs, 0), "The mayor of Bellhaven"));
}

/* a short headline cut from the site's name in <title> stands alone
 * when the page's heading says it, and is not told twice */
static void
test_short_headline(void **state)
{
	static const gchar html[] =
	    "<html><head><title>Council approves bridge | The Ledger</title></head><body><article>"
	    "<h1>Council approves bridge</h1>"
	    "<p>The city council voted on Tuesday to approve a new bridge over the river after three years of debate.</p>"
	    "<p>The bridge is expected to cost about $40 million and take two years to build, officials said.</p>"
	    "</article></body></html>";
	static const gchar other[] =
	    "<html><head><title>Lorem | The Ledger</title></head><body><article><h1>Weather</h1>"
	    "<p>The city council voted on Tuesday to approve a new bridge over the river after three years of debate.</p>"
	    "</article></body></html>";
	g_autoptr(SwStory) s = extract_page(html, sizeof html - 1, NULL);
	g_autoptr(SwStory) t = extract_page(other, sizeof other - 1, NULL);

	(void)state;
	assert_string_equal(s->title, "Council approves bridge");
	assert_int_equal(s->paragraphs->len, 2);
	/* one word that no heading confirms may be the site's: all kept */
	assert_string_equal(t->title, "Lorem | The Ledger");
}

/* a byline the page gives only as a line above the story is the
 * story's byline, not its first paragraph */
static void
test_byline_line(void **state)
{
	static const gchar html[] =
	    "<html><head><title>Ferry service to resume after repairs</title></head><body><article>"
	    "<h1>Ferry service to resume after repairs</h1><p>By Ann Lee and Tom Hart</p>"
	    "<p>The island ferry will run again from Monday after three weeks of repairs to its engine, the operator said.</p>"
	    "<p>Passengers who bought tickets for cancelled sailings can claim a refund online.</p>"
	    "</article></body></html>";
	static const gchar lower[] =
	    "<html><head><title>Ferry service to resume after repairs</title></head><body><article>"
	    "<p>By Spring, the harbour wall will be rebuilt</p>"
	    "<p>The island ferry will run again from Monday after three weeks of repairs to its engine, the operator said.</p>"
	    "</article></body></html>";
	g_autoptr(SwStory) s = extract_page(html, sizeof html - 1, NULL);
	g_autoptr(SwStory) t = extract_page(lower, sizeof lower - 1, NULL);

	(void)state;
	assert_non_null(s->byline);
	assert_string_equal(s->byline, "Ann Lee and Tom Hart");
	assert_int_equal(s->paragraphs->len, 2);
	assert_null(t->byline);
}

/* an element the page calls the author's holds the byline when it reads
 * as names; not a user's handle, a form's label nor a story's title */
static void
test_byline_by_author_class(void **state)
{
	static const gchar *const pages[][2] = {
	    {"<span class=\"author\">By Priya Nair</span>", "Priya Nair"},
	    {"<div class=\"article-author\">AFP</div>", "AFP"},
	    {"<span class=\"author\">rmb</span>", NULL},
	    {"<label class=\"comment-author\">Name (required)</label>", NULL},
	    {"<div class=\"author-bio\">Priya Nair writes on weather</div>", NULL},
	    {"<a class=\"author\">Storm Brings Snow And Ice To Towns Across The North</a>", NULL},
	};

	(void)state;
	for (guint i = 0; i < G_N_ELEMENTS(pages); i++) {
		g_autofree gchar *html = g_strdup_printf(
		    "<html><head><title>Snow closes schools</title></head><body><article><h1>Snow closes schools</h1>%s"
		    "<p>More than 300 schools were closed on Monday as a storm brought heavy snow to the north of England.</p>"
		    "<p>Drivers were told to avoid all but essential journeys, and several roads were closed.</p>"
		    "</article></body></html>",
		    pages[i][0]);
		g_autoptr(SwStory) s = extract_page(html, strlen(html), NULL);
		assert_string_equal(s->byline != NULL ? s->byline : "(none)", pages[i][1] != NULL ? pages[i][1] : "(none)");
	}
}

static void
test_stable_under_other_furniture(void **state)
{
	g_autoptr(SwStory) a = extract_demo(1, NULL);
	g_autoptr(SwStory) b = extract_demo(2, NULL);
	g_autofree gchar *ta = text_of(a);
	g_autofree gchar *tb = text_of(b);
	(void)state;
	assert_string_equal(ta, tb);
}

/* the same article rendered another day: other timestamps, counters,
 * an extra sidebar box, a different ad */
static void
test_stable_under_other_rendering(void **state)
{
	gsize len = 0;
	g_autofree gchar *html = demo_page(1, &len);
	g_autoptr(GString) other = g_string_new(html);
	g_autoptr(SwStory) a = extract_demo(1, NULL);
	g_autoptr(SwStory) b = NULL;
	g_autofree gchar *ta = NULL;
	g_autofree gchar *tb = NULL;

	(void)state;
	g_string_replace(other, "March 3, 2026, 8:15 a.m.", "Updated March 4, 2026, 11:42 p.m.", 0);
	g_string_replace(other, ">12 comments<", ">1,204 comments<", 0);
	g_string_replace(other, "Comments (12)", "Comments (1,204)", 0);
	g_string_replace(other, "Refinance today with Quay Street Credit Union",
			 "Three tricks your bank does not want you to know", 0);
	g_string_replace(other, "<aside class=\"sidebar most-read\">",
			 "<aside class=\"sidebar weather-box\"><h2>Weather</h2><p>Showers, 4°C, "
			 "wind from the north-west at 20 km/h, clearing by the evening.</p></aside>"
			 "<aside class=\"sidebar most-read\">",
			 0);
	b = sw_extract_html(other->str, other->len, NULL, NULL);
	ta = sw_story_to_text(a, NULL);
	tb = sw_story_to_text(b, NULL);
	assert_string_equal(ta, tb);
}

static void
test_correction_kept(void **state)
{
	g_autoptr(SwStory) s = extract_demo(4, NULL);
	g_autofree gchar *text = text_of(s);
	(void)state;
	assert_string_equal(s->title, "Bellhaven ferry terminal talks end with no deal");
	assert_non_null(strstr(text, "Correction: An earlier version of this article"));
	assert_non_null(strstr(text, "said Tomas Reyes"));
}

static void
test_select_and_exclude(void **state)
{
	SwExtractOptions comments = {NULL, NULL, "section.comments p", NULL, FALSE};
	SwExtractOptions xpath = {NULL, NULL, "//div[@class='story-body']/p[2]", NULL, FALSE};
	SwExtractOptions excl = {NULL, NULL, NULL, "//p[contains(., 'spokesman')] | //div[contains(@class, 'ad-inline')]", FALSE};
	SwExtractOptions none = {NULL, NULL, "#no-such-thing", NULL, FALSE};
	SwExtractOptions bad = {NULL, NULL, "p[", NULL, FALSE};
	g_autoptr(SwStory) c = extract_demo(1, &comments);
	g_autoptr(SwStory) x = extract_demo(1, &xpath);
	g_autoptr(SwStory) e = extract_demo(1, &excl);
	g_autoptr(SwStory) n = extract_demo(1, &none);
	g_autoptr(GError) error = NULL;
	gsize len = 0;
	g_autofree gchar *html = demo_page(1, &len);
	g_autoptr(SwStory) b = NULL;

	(void)state;
	assert_int_equal(c->paragraphs->len, 1);
	assert_string_equal(g_ptr_array_index(c->paragraphs, 0),
			    "About time something happened at that pier. Twenty years of nothing.");
	assert_int_equal(x->paragraphs->len, 1);
	assert_true(g_str_has_prefix(g_ptr_array_index(x->paragraphs, 0), "The agreement would be"));
	assert_int_equal(e->paragraphs->len, 6);
	assert_int_equal(n->paragraphs->len, 0);
	/* the headline comes from metadata whatever is selected */
	assert_string_equal(n->title, "Bellhaven and Norvik Marine near deal on new ferry terminal");
	b = sw_extract_html(html, len, &bad, &error);
	assert_null(b);
	assert_true(g_error_matches(error, SW_ERROR, SW_ERROR_INVALID_CONFIG));
}

static void
test_captions_option(void **state)
{
	SwExtractOptions on = {NULL, NULL, NULL, NULL, TRUE};
	g_autoptr(SwStory) off = extract_demo(1, NULL);
	g_autoptr(SwStory) with = extract_demo(1, &on);
	g_autofree gchar *t_off = text_of(off);
	g_autofree gchar *t_with = text_of(with);
	(void)state;
	assert_null(strstr(t_off, "where the terminal would stand"));
	assert_non_null(strstr(t_with, "where the terminal would stand"));
}

static void
test_charset_and_entities(void **state)
{
	const gchar *latin1 = "<html><head><meta charset=\"iso-8859-1\"><title>Caf\xe9 news</title></head>"
			      "<body><article><p>The caf\xe9 &amp; the &eacute;picerie reopened &mdash; "
			      "at last, said the owner on Monday morning.</p></article></body></html>";
	g_autoptr(GError) error = NULL;
	g_autoptr(SwStory) s = sw_extract_html(latin1, strlen(latin1), NULL, &error);
	(void)state;
	assert_string_equal(s->title, "Café news");
	assert_string_equal(g_ptr_array_index(s->paragraphs, 0),
			    "The café & the épicerie reopened — at last, said the owner on Monday morning.");
}

static void
test_brs_and_lists(void **state)
{
	const gchar *html = "<html><body><div id=\"story\">First paragraph of the story, with commas, "
			    "and enough words to count.<br><br>Second paragraph, also long enough "
			    "to be prose, with a comma.<br>Same paragraph line.<ul><li>Point one of "
			    "the list.</li><li>Point two of the list.</li></ul></div></body></html>";
	g_autoptr(GError) error = NULL;
	g_autoptr(SwStory) s = sw_extract_html(html, strlen(html), NULL, &error);
	(void)state;
	assert_int_equal(s->paragraphs->len, 4);
	assert_string_equal(g_ptr_array_index(s->paragraphs, 1),
			    "Second paragraph, also long enough to be prose, with a comma. Same "
			    "paragraph line.");
	assert_string_equal(g_ptr_array_index(s->paragraphs, 3), "Point two of the list.");
}

/* script and style text goes before parsing; JSON-LD, comments, titles,
 * textareas and attribute values stay as they are */
static void
test_scripts_emptied(void **state)
{
	static const struct {
		const gchar *in;
		const gchar *out;
	} cases[] = {
	    {"<p>a</p><script>var x = \"<p>b</p>\";</script><p>c</p>",
	     "<p>a</p><script></script><p>c</p>"},
	    {"<STYLE type=\"text/css\">p { color: red }</STYLE>x", "<STYLE type=\"text/css\"></STYLE>x"},
	    {"<script type=\"Application/LD+JSON\">{\"a\": 1}</script>",
	     "<script type=\"Application/LD+JSON\">{\"a\": 1}</script>"},
	    {"<!-- <script> --><p>story</p><script>s</script>", "<!-- <script> --><p>story</p><script></script>"},
	    {"<div title='<script>'>story</div>", "<div title='<script>'>story</div>"},
	    {"<title>How <script> ends</title><textarea><style>t</textarea>",
	     "<title>How <script> ends</title><textarea><style>t</textarea>"},
	    /* a close tag only where the name ends */
	    {"<script>a </scripts> b</script >c", "<script></script >c"},
	    /* never closed: kept, as the parser would read it */
	    {"<p>a</p><script>var x = 1;", "<p>a</p><script>var x = 1;"},
	    {"<scr", "<scr"},
	    {"<", "<"},
	    {"", ""},
	};
	(void)state;
	for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_autofree gchar *out = sw_extract_empty_scripts(cases[i].in, strlen(cases[i].in));
		assert_string_equal(out, cases[i].out);
	}
	/* and the story read from such a page: JSON-LD's metadata, the
	 * paragraphs, nothing of the script's text */
	{
		const gchar *html =
		    "<html><head><title>Ferry deal</title><script type=\"application/ld+json\">"
		    "{\"@type\":\"NewsArticle\",\"author\":{\"@type\":\"Person\",\"name\":"
		    "\"Ana Ferreira\"},\"datePublished\":\"2014-10-24T08:00:00Z\"}</script>"
		    "<script>document.write(\"<p>Written by a script, with commas, and long enough "
		    "to pass for prose.</p>\");</script></head><body><!-- <script> -->"
		    "<article><p>The ferry operator and the harbor authority signed the contract on "
		    "Friday, after months of talks.</p><p>The deal, worth $60 million, covers two new "
		    "vessels and a terminal, officials said.</p></article></body></html>";
		g_autoptr(GError) error = NULL;
		g_autoptr(SwStory) s = sw_extract_html(html, strlen(html), NULL, &error);
		g_autofree gchar *text = NULL;
		assert_non_null(s);
		text = sw_story_to_text(s, NULL);
		assert_string_equal(s->byline, "Ana Ferreira");
		assert_non_null(s->published);
		assert_true(g_str_has_prefix(s->published, "2014-10-24"));
		assert_non_null(strstr(text, "signed the contract"));
		assert_non_null(strstr(text, "$60 million"));
		assert_null(strstr(text, "Written by a script"));
	}
}

static void
test_hostile(void **state)
{
	g_autoptr(GString) nested = g_string_new("<html><body>");
	g_autoptr(GString) line = g_string_sized_new(10 * 1024 * 1024 + 64);
	g_autofree guchar *binary = g_malloc(65536);
	g_autoptr(GRand) rand = g_rand_new_with_seed(7);
	const gchar *inputs[4];
	gsize lens[4];

	(void)state;
	for (guint i = 0; i < 50000; i++)
		g_string_append(nested, "<div>");
	g_string_append(nested, "<p>Deep text here.</p></body></html>");
	g_string_append(line, "<html><body><p>");
	while (line->len < 10 * 1024 * 1024)
		g_string_append(line, "word, word word. ");
	g_string_append(line, "</p></body></html>");
	for (guint i = 0; i < 65536; i++)
		binary[i] = (guchar)g_rand_int_range(rand, 0, 256);
	inputs[0] = "";
	lens[0] = 0;
	inputs[1] = nested->str;
	lens[1] = nested->len;
	inputs[2] = line->str;
	lens[2] = line->len;
	inputs[3] = (const gchar *)binary;
	lens[3] = 65536;
	for (guint i = 0; i < G_N_ELEMENTS(inputs); i++) {
		g_autoptr(GError) error = NULL;
		g_autoptr(SwStory) s = sw_extract_html(inputs[i], lens[i], NULL, &error);
		g_autofree gchar *text = NULL;
		assert_non_null(s);
		text = text_of(s);
		assert_true(g_utf8_validate(text, -1, NULL));
	}
}

static void
test_plain_text(void **state)
{
	const gchar *t = "Pact due next month\n\nFirst para\nwraps here.\n\n\nSecond para.\n";
	g_autoptr(SwStory) s = sw_extract_text(t, strlen(t));
	g_autoptr(SwStory) one = sw_extract_text("Only a paragraph, no headline.", 30);
	(void)state;
	assert_string_equal(s->title, "Pact due next month");
	assert_int_equal(s->paragraphs->len, 2);
	assert_string_equal(g_ptr_array_index(s->paragraphs, 0), "First para wraps here.");
	assert_null(one->title);
	assert_int_equal(one->paragraphs->len, 1);
	assert_true(sw_extract_looks_like_html("<!DOCTYPE html><p>x", 19));
	assert_false(sw_extract_looks_like_html("Just text, 3 < 4.", 17));
}

static void
test_seed_texts_if_present(void **state)
{
	g_autofree gchar *seeds = sw_test_shared_path("seeds");
	g_autoptr(GDir) d = NULL;
	const gchar *name;

	(void)state;
	if (seeds == NULL) {
		print_message("../shared/seeds absent: skipped\n");
		skip();
	}
	d = g_dir_open(seeds, 0, NULL);
	while ((name = g_dir_read_name(d)) != NULL) {
		g_autofree gchar *p = g_build_filename(seeds, name, NULL);
		g_autofree gchar *data = NULL;
		gsize len = 0;
		g_autoptr(SwStory) s = NULL;
		if (!g_str_has_suffix(name, ".txt"))
			continue;
		g_file_get_contents(p, &data, &len, NULL);
		s = sw_extract_text(data, len);
		assert_true(s->paragraphs->len > 3);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_story_not_furniture),
	    cmocka_unit_test(test_credits_not_story),
	    cmocka_unit_test(test_headline_and_byline_in_body),
	    cmocka_unit_test(test_short_headline),
	    cmocka_unit_test(test_byline_line),
	    cmocka_unit_test(test_byline_by_author_class),
	    cmocka_unit_test(test_stable_under_other_furniture),
	    cmocka_unit_test(test_stable_under_other_rendering),
	    cmocka_unit_test(test_correction_kept),
	    cmocka_unit_test(test_select_and_exclude),
	    cmocka_unit_test(test_captions_option),
	    cmocka_unit_test(test_charset_and_entities),
	    cmocka_unit_test(test_brs_and_lists),
	    cmocka_unit_test(test_scripts_emptied),
	    cmocka_unit_test(test_hostile),
	    cmocka_unit_test(test_plain_text),
	    cmocka_unit_test(test_seed_texts_if_present),
	};
	sw_test_init();
	return cmocka_run_group_tests(tests, NULL, NULL);
}
