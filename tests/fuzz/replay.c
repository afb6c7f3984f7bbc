/* SPDX-License-Identifier: MIT
 *
 * Replays fuzz inputs without libFuzzer: each argument is a file, or a
 * folder of files, fed to the target once. Built with the project's own
 * compiler and sanitizers, so `make check` re-runs every kept input.
 */
#include <glib.h>
#include <stdio.h>

#include "fuzz.h"

static guint
replay(const gchar *path)
{
	g_autofree gchar *data = NULL;
	gsize len = 0;

	if (g_file_test(path, G_FILE_TEST_IS_DIR)) {
		g_autoptr(GDir) dir = g_dir_open(path, 0, NULL);
		const gchar *name;
		guint n = 0;
		while (dir != NULL && (name = g_dir_read_name(dir)) != NULL) {
			g_autofree gchar *child = g_build_filename(path, name, NULL);
			n += replay(child);
		}
		return n;
	}
	if (!g_file_get_contents(path, &data, &len, NULL)) {
		fprintf(stderr, "replay: cannot read %s\n", path);
		return 0;
	}
	LLVMFuzzerTestOneInput((const uint8_t *)data, len);
	return 1;
}

int
main(int argc, char **argv)
{
	guint n = 0;

	/* no arguments: the target's kept corpus */
	if (argc < 2)
		n = replay(SW_FUZZ_CORPUS);
	for (int i = 1; i < argc; i++)
		n += replay(argv[i]);
	/* the runner counts this line as one passed test */
	printf("[  PASSED  ] 1 test(s).\nreplayed %u inputs\n", n);
	return 0;
}
