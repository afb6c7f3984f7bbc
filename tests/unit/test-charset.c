/* SPDX-License-Identifier: MIT
 * Bytes to UTF-8 in the documented order: BOM, HTTP, strict UTF-8, meta,
 * Windows-1252. */
#include "testlib.h"

#include "sw/charset.h"

static void
check(const gchar *data, gsize len, const gchar *http, const gchar *expect, const gchar *charset)
{
	g_autofree gchar *cs = NULL;
	g_autofree gchar *out = sw_charset_to_utf8(data, len, http, &cs);
	assert_true(g_utf8_validate(out, -1, NULL));
	if (expect != NULL && strstr(out, expect) == NULL)
		fail_msg("expected \"%s\" in \"%s\" (%s)", expect, out, cs);
	assert_string_equal(cs, charset);
}

static void
test_order(void **state)
{
	(void)state;
	/* a BOM wins over everything */
	check("\xEF\xBB\xBFna\xC3\xAFve", 9, "iso-8859-1", "naïve", "UTF-8");
	check("\xFF\xFE" "a\0\xE9\0", 6, NULL, "aé", "UTF-16LE");
	/* the HTTP header wins over the bytes and the meta */
	check("<meta charset=utf-8>caf\xE9", 24, "ISO-8859-1", "café", "WINDOWS-1252");
	check("caf\xC3\xA9", 5, "utf-8", "café", "UTF-8");
	/* valid UTF-8 needs no label */
	check("<meta charset=\"windows-1251\">caf\xC3\xA9", 34, NULL, "café", "UTF-8");
	/* the meta, when the bytes are not UTF-8 */
	check("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\">\xF0\xD2\xC9", 71,
	      NULL, "При", "KOI8-R");
	check("<meta charset='iso-8859-2'>\xB1", 28, NULL, "ą", "ISO-8859-2");
	/* nothing said: Windows-1252, curly quotes included */
	check("\x93quoted\x94 \x80 5", 12, NULL, "“quoted” € 5", "WINDOWS-1252");
	/* an unknown label is ignored */
	check("caf\xE9", 4, "x-no-such-charset", "café", "WINDOWS-1252");
}

static void
test_garbage(void **state)
{
	static const gchar nul[] = "a\0b\0c";
	g_autofree gchar *a = sw_charset_to_utf8(nul, sizeof(nul) - 1, "utf-8", NULL);
	g_autofree gchar *b = sw_charset_to_utf8("ok \xC3\x28 ok", 8, "utf-8", NULL);
	g_autofree gchar *c = sw_charset_to_utf8("", 0, NULL, NULL);
	g_autofree gchar *d = sw_charset_to_utf8("\x81\x8D\x8F", 3, NULL, NULL);
	g_autofree gchar *e = sw_charset_to_utf8("\xE0\xA0", 2, "shift_jis", NULL);
	(void)state;
	assert_string_equal(a, "abc");
	assert_string_equal(b, "ok \xEF\xBF\xBD( ok");
	assert_string_equal(c, "");
	assert_true(g_utf8_validate(d, -1, NULL));
	assert_true(g_utf8_validate(e, -1, NULL));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_order),
	    cmocka_unit_test(test_garbage),
	};
	sw_test_init();
	return cmocka_run_group_tests(tests, NULL, NULL);
}
