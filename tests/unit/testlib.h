/* SPDX-License-Identifier: MIT
 *
 * Helpers shared by the cmocka unit tests: a log writer that counts
 * warnings (each test's teardown fails on any), temporary folders, and the
 * loopback HTTP server.
 */
#pragma once

#include <glib.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
/* cmocka.h needs the includes above first */
#include <cmocka.h>

/* installs the counting log writer; call first in main() */
void
sw_test_init(void);
/* warnings and criticals logged since the last reset */
guint
sw_test_warnings(void);
void
sw_test_reset_warnings(void);
/* @n warnings a test provoked on purpose, and has checked, taken off the
 * count (what is left at exit fails the binary) */
void
sw_test_forget_warnings(guint n);

/* a fresh folder under $TMPDIR, removed by sw_test_rmtree() */
gchar *
sw_test_tmpdir(void);
void
sw_test_rmtree(const gchar *path);

/* a file of the source tree, e.g. "demo/site/v1.html" */
gchar *
sw_test_source_path(const gchar *rel);
/* ../shared/RELPATH when present, else NULL (the caller skips) */
gchar *
sw_test_shared_path(const gchar *rel);

/* the loopback server serving @root; returns its port, 0 on failure */
typedef struct {
	GPid pid;
	guint16 port;
	gchar *log;
} SwTestHttpd;

gboolean
sw_test_httpd_start(SwTestHttpd *httpd, const gchar *root);
void
sw_test_httpd_stop(SwTestHttpd *httpd);
gchar *
sw_test_httpd_url(SwTestHttpd *httpd, const gchar *path);
/* requests the server has logged */
guint
sw_test_httpd_requests(SwTestHttpd *httpd);

/* writes @text to @dir/@name */
void
sw_test_write(const gchar *dir, const gchar *name, const gchar *text);
