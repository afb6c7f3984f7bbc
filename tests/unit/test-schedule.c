/* SPDX-License-Identifier: MIT
 * Scheduling arithmetic: intervals, jitter, backoff, parking. */
#include "testlib.h"

#include "sw/schedule.h"

static void
test_parse_interval(void **state)
{
	static const struct {
		const gchar *text;
		guint64 secs; /* 0: refused */
	} cases[] = {
	    {"90s", 90},     {"30m", 1800},	  {"6h", 21600},   {"1d", 86400},  {"1w", 604800},
	    {"1h30m", 5400}, {"1h 30m", 5400},	  {"2D", 172800},  {"10s", 10},	   {"365d", 31536000},
	    {"9s", 0},	     {"366d", 0},	  {"", 0},	   {"30", 0},	   {"m", 0},
	    {"30x", 0},	     {"-5m", 0},	  {"1.5h", 0},	   {"99999999999999999999s", 0},
	};
	(void)state;
	for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_autoptr(GError) error = NULL;
		guint64 secs = 0;
		gboolean ok = sw_schedule_parse_interval(cases[i].text, &secs, &error);
		if (cases[i].secs == 0) {
			if (ok)
				fail_msg("\"%s\" accepted as %" G_GUINT64_FORMAT, cases[i].text, secs);
			assert_non_null(error);
		} else {
			if (!ok)
				fail_msg("\"%s\" refused: %s", cases[i].text, error->message);
			assert_int_equal(secs, cases[i].secs);
		}
	}
}

static void
test_format_interval(void **state)
{
	g_autofree gchar *a = sw_schedule_format_interval(5400);
	g_autofree gchar *b = sw_schedule_format_interval(90);
	g_autofree gchar *c = sw_schedule_format_interval(86400);
	(void)state;
	assert_string_equal(a, "1h30m");
	assert_string_equal(b, "1m30s");
	assert_string_equal(c, "1d");
}

static void
test_next_due_ok_jitter(void **state)
{
	gint64 now = 1000000;
	gboolean spread = FALSE;
	gint64 first = sw_schedule_next_due(1800, SW_OUTCOME_OK, 0, now, 0);

	(void)state;
	/* within [every, every + every/10), and seeds really spread */
	for (guint32 seed = 0; seed < 1000; seed++) {
		gint64 due = sw_schedule_next_due(1800, SW_OUTCOME_OK, 0, now, seed * 2654435761u);
		assert_true(due >= now + 1800);
		assert_true(due < now + 1800 + 180);
		if (due != first)
			spread = TRUE;
	}
	assert_true(spread);
	/* the same seed always gives the same slot */
	assert_int_equal(sw_schedule_next_due(1800, SW_OUTCOME_OK, 0, now, 42),
			 sw_schedule_next_due(1800, SW_OUTCOME_OK, 0, now, 42));
}

static void
test_backoff(void **state)
{
	gint64 now = 0;
	(void)state;
	assert_int_equal(sw_schedule_next_due(600, SW_OUTCOME_TRANSIENT, 1, now, 0) >= 600, TRUE);
	assert_int_equal(sw_schedule_next_due(600, SW_OUTCOME_TRANSIENT, 2, now, 7), 1200);
	assert_int_equal(sw_schedule_next_due(600, SW_OUTCOME_TRANSIENT, 3, now, 7), 2400);
	assert_int_equal(sw_schedule_next_due(600, SW_OUTCOME_TRANSIENT, 4, now, 7), 4800);
	/* capped at a day */
	assert_int_equal(sw_schedule_next_due(600, SW_OUTCOME_TRANSIENT, 30, now, 7),
			 SW_SCHEDULE_MAX_BACKOFF);
	/* never more often than the interval, even above the cap */
	assert_int_equal(sw_schedule_next_due(7 * 86400, SW_OUTCOME_TRANSIENT, 5, now, 7), 7 * 86400);
	assert_int_equal(sw_schedule_next_due(600, SW_OUTCOME_PERMANENT, 1, now, 7),
			 SW_SCHEDULE_PARKED);
}

/* every = auto: often while fresh, rarely when old, never less than daily */
static void
test_auto_interval(void **state)
{
	(void)state;
	assert_int_equal(sw_schedule_auto_interval(0), 10 * 60);
	assert_int_equal(sw_schedule_auto_interval(6 * 3600 - 1), 10 * 60);
	assert_int_equal(sw_schedule_auto_interval(6 * 3600), 30 * 60);
	assert_int_equal(sw_schedule_auto_interval(2 * 24 * 3600), 2 * 3600);
	assert_int_equal(sw_schedule_auto_interval(5 * 24 * 3600), 6 * 3600);
	assert_int_equal(sw_schedule_auto_interval(20 * 24 * 3600), 24 * 3600);
	assert_int_equal(sw_schedule_auto_interval(G_MAXINT64), 24 * 3600);
	/* a clock set back makes no negative age a fast one */
	assert_int_equal(sw_schedule_auto_interval(-3600), 10 * 60);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_parse_interval),
	    cmocka_unit_test(test_format_interval),
	    cmocka_unit_test(test_next_due_ok_jitter),
	    cmocka_unit_test(test_backoff),
	    cmocka_unit_test(test_auto_interval),
	};
	sw_test_init();
	return cmocka_run_group_tests(tests, NULL, NULL);
}
