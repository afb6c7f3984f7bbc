/* SPDX-License-Identifier: MIT
 * Desktop notifications: escaping, and failing fast without a server.
 * The real notification server is exercised by the integration test
 * t-notify.sh (dunst under Xvfb on a private bus). */
#include "testlib.h"

#include "sw/notify.h"

static void
test_escape(void **state)
{
	g_autofree gchar *e = sw_notify_escape("<b>Deal</b> & \"more\" <a href='x'>");
	(void)state;
	assert_string_equal(e, "&lt;b&gt;Deal&lt;/b&gt; &amp; &quot;more&quot; &lt;a href=&apos;x&apos;&gt;");
}

static void
test_no_server(void **state)
{
	g_autoptr(GError) error = NULL;
	gint64 start = g_get_monotonic_time();
	(void)state;
	/* testlib cleared every bus variable: no session to talk to */
	g_unsetenv("XDG_RUNTIME_DIR");
	assert_false(sw_notify_desktop("story", "body <b>", SW_SIGNIFICANCE_MAJOR, NULL, &error));
	assert_non_null(error);
	assert_true(g_get_monotonic_time() - start < 5 * G_USEC_PER_SEC);
	sw_notify_shutdown();
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_escape),
	    cmocka_unit_test(test_no_server),
	};
	sw_test_init();
	return cmocka_run_group_tests(tests, NULL, NULL);
}
