/* SPDX-License-Identifier: MIT
 * The history: a bare repository written by libgit2, read back by us and
 * checked by the git command. */
#include "testlib.h"

#include <sys/wait.h>

#include "sw/error.h"
#include "sw/store.h"

/* runs git in @repo and returns its stdout, or NULL when it failed */
static gchar *
git(const gchar *repo, const gchar *args)
{
	g_autofree gchar *cmd = g_strdup_printf("git -C '%s' %s", repo, args);
	g_autofree gchar *out = NULL;
	gint status = 0;

	if (!g_spawn_command_line_sync(cmd, &out, NULL, &status, NULL) || !g_spawn_check_wait_status(status, NULL))
		return NULL;
	return g_steal_pointer(&out);
}

static gboolean
have_git(void)
{
	g_autofree gchar *path = g_find_program_in_path("git");
	return path != NULL;
}

static void
test_commit_read_log(void **state)
{
	g_autofree gchar *dir = sw_test_tmpdir();
	g_autofree gchar *repo = g_build_filename(dir, "deep", "repo", NULL);
	g_autoptr(GError) error = NULL;
	g_autoptr(SwStore) store = NULL;
	g_autoptr(GBytes) b = NULL;
	g_autoptr(GPtrArray) log = NULL;
	g_autoptr(GPtrArray) dirs = NULL;
	g_autofree gchar *c1 = NULL;
	g_autofree gchar *c2 = NULL;
	g_autofree gchar *c3 = NULL;
	g_autofree gchar *same = NULL;
	SwStoreFile v1[] = {{"story.txt", "Head\n\nOne.\n", 11}, {"meta.json", "{}\n", 3}};
	SwStoreFile v2[] = {{"story.txt", "Head\n\nTwo.\n", 11}};
	SwStoreFile other[] = {{"story.txt", "Other\n", 6}};

	(void)state;
	store = sw_store_open(repo, FALSE, &error);
	assert_null(store);
	assert_true(g_error_matches(error, SW_ERROR, SW_ERROR_NOT_FOUND));
	g_clear_error(&error);
	store = sw_store_open(repo, TRUE, &error);
	assert_non_null(store);
	/* empty history: reads say not found, the log is empty */
	b = sw_store_read(store, NULL, "a/story.txt", &error);
	assert_null(b);
	assert_true(g_error_matches(error, SW_ERROR, SW_ERROR_NOT_FOUND));
	g_clear_error(&error);
	log = sw_store_log(store, "a", NULL, 0, &error);
	assert_int_equal(log->len, 0);
	g_clear_pointer(&log, g_ptr_array_unref);

	c1 = sw_store_commit(store, "a", v1, 2, "a: first", 1414144800, &error);
	assert_non_null(c1);
	assert_int_equal(strlen(c1), 40);
	c2 = sw_store_commit(store, "b", other, 1, "b: first", 1414144900, &error);
	c3 = sw_store_commit(store, "a", v2, 1, "a: second\n\nbody line\n\nFact-Changed: date\n",
			     1414145000, &error);
	assert_non_null(c3);
	/* the same content again: no commit */
	same = sw_store_commit(store, "a", v2, 1, "a: again", 1414146000, &error);
	assert_string_equal(same, "");

	b = sw_store_read(store, NULL, "a/story.txt", &error);
	assert_string_equal(g_bytes_get_data(b, NULL), "Head\n\nTwo.\n");
	g_clear_pointer(&b, g_bytes_unref);
	b = sw_store_read(store, c1, "a/story.txt", &error);
	assert_string_equal(g_bytes_get_data(b, NULL), "Head\n\nOne.\n");
	g_clear_pointer(&b, g_bytes_unref);
	/* other files of the folder stay */
	b = sw_store_read(store, NULL, "a/meta.json", &error);
	assert_non_null(b);
	g_clear_pointer(&b, g_bytes_unref);
	assert_null(sw_store_read(store, "nosuchrev", "a/story.txt", &error));
	g_clear_error(&error);

	log = sw_store_log(store, "a", NULL, 0, &error);
	assert_int_equal(log->len, 2);
	assert_string_equal(((SwLogEntry *)g_ptr_array_index(log, 0))->id, c3);
	assert_string_equal(((SwLogEntry *)g_ptr_array_index(log, 0))->subject, "a: second");
	assert_int_equal(((SwLogEntry *)g_ptr_array_index(log, 0))->time, 1414145000);
	assert_string_equal(((SwLogEntry *)g_ptr_array_index(log, 1))->id, c1);
	g_clear_pointer(&log, g_ptr_array_unref);
	log = sw_store_log(store, NULL, NULL, 2, &error);
	assert_int_equal(log->len, 2);
	dirs = sw_store_list_dirs(store, NULL, &error);
	assert_int_equal(dirs->len, 2);
	assert_string_equal(g_ptr_array_index(dirs, 0), "a");

	if (have_git()) {
		g_autofree gchar *fsck = git(repo, "fsck --strict");
		g_autofree gchar *count = git(repo, "rev-list --count HEAD -- a/");
		g_autofree gchar *show = git(repo, "show HEAD:a/story.txt");
		g_autofree gchar *author = git(repo, "log -1 --format=%an%x20%ae%x20%at");
		g_autofree gchar *trailer = git(repo, "log -1 --format=%(trailers:key=Fact-Changed,valueonly)");
		assert_non_null(fsck);
		assert_string_equal(count, "2\n");
		assert_string_equal(show, "Head\n\nTwo.\n");
		assert_string_equal(author, "storywatch storywatch@localhost 1414145000\n");
		assert_non_null(trailer);
		assert_non_null(strstr(trailer, "date"));
	}
	sw_test_rmtree(dir);
}

static void
test_lock(void **state)
{
	g_autofree gchar *dir = sw_test_tmpdir();
	g_autoptr(GError) error = NULL;
	g_autoptr(SwStore) a = sw_store_open(dir, TRUE, &error);
	g_autoptr(SwStore) b = sw_store_open(dir, FALSE, &error);
	pid_t pid;
	gint status = 0;

	(void)state;
	assert_true(sw_store_lock(a, 0, &error));
	/* counted: a nested lock and unlock keep it held */
	assert_true(sw_store_lock(a, 0, &error));
	sw_store_unlock(a);
	assert_false(sw_store_lock(b, 0, &error));
	assert_true(g_error_matches(error, SW_ERROR, SW_ERROR_LOCKED));
	g_clear_error(&error);
	sw_store_unlock(a);
	assert_true(sw_store_lock(b, 1, &error));
	sw_store_unlock(b);

	/* a process that dies holding the lock releases it */
	pid = fork();
	if (pid == 0) {
		SwStore *c = sw_store_open(dir, FALSE, NULL);
		if (c == NULL || !sw_store_lock(c, 0, NULL))
			_exit(1);
		_exit(0); /* no unlock: the kernel drops it */
	}
	waitpid(pid, &status, 0);
	assert_int_equal(WEXITSTATUS(status), 0);
	assert_true(sw_store_lock(a, 0, &error));
	sw_store_unlock(a);

	/* HEAD is read once while the lock is held: a store's own commit and
	 * another writer's, once the lock was let go, are both seen */
	{
		SwStoreFile v1[] = {{"story.txt", "One.\n", 5}};
		SwStoreFile v2[] = {{"story.txt", "Two.\n", 5}};
		SwStoreFile v3[] = {{"story.txt", "Three.\n", 7}};
		g_autofree gchar *c1 = NULL;
		g_autofree gchar *c2 = NULL;
		g_autofree gchar *c3 = NULL;
		g_autoptr(GBytes) got = NULL;

		assert_true(sw_store_lock(a, 0, &error));
		assert_false(sw_store_has(a, "s/story.txt"));
		c1 = sw_store_commit(a, "s", v1, 1, "s: one\n", 1414144800, &error);
		assert_non_null(c1);
		assert_true(sw_store_has(a, "s/story.txt"));
		c2 = sw_store_commit(a, "s", v2, 1, "s: two\n", 1414144900, &error);
		got = sw_store_read(a, NULL, "s/story.txt", &error);
		assert_string_equal(g_bytes_get_data(got, NULL), "Two.\n");
		g_clear_pointer(&got, g_bytes_unref);
		sw_store_unlock(a);
		assert_true(sw_store_lock(b, 0, &error));
		c3 = sw_store_commit(b, "s", v3, 1, "s: three\n", 1414145000, &error);
		assert_non_null(c3);
		sw_store_unlock(b);
		assert_true(sw_store_lock(a, 0, &error));
		got = sw_store_read(a, NULL, "s/story.txt", &error);
		assert_string_equal(g_bytes_get_data(got, NULL), "Three.\n");
		sw_store_unlock(a);
	}
	sw_test_rmtree(dir);
}

static const gchar *
log_id(GPtrArray *log, guint i)
{
	return ((SwLogEntry *)g_ptr_array_index(log, i))->id;
}

/* each story's versions are a chain (refs/stories/NAME and a Story-Parent
 * trailer per commit), read without walking other stories' commits; the
 * chain gives what the full walk gives, and survives a lost ref update */
static void
test_story_chain(void **state)
{
	g_autofree gchar *dir = sw_test_tmpdir();
	g_autofree gchar *repo = g_build_filename(dir, "repo", NULL);
	g_autoptr(GError) error = NULL;
	g_autoptr(SwStore) store = sw_store_open(repo, TRUE, &error);
	g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func(g_free);
	g_autoptr(GPtrArray) chain = NULL;
	g_autoptr(GPtrArray) walk = NULL;

	(void)state;
	for (guint i = 0; i < 9; i++) {
		const gchar *story = i % 3 == 0 ? "a" : i % 3 == 1 ? "b" : "odd.lock";
		g_autofree gchar *text = g_strdup_printf("Version %u.\n", i);
		g_autofree gchar *msg = g_strdup_printf("%s: version %u", story, i);
		SwStoreFile f[] = {{"story.txt", text, strlen(text)}};
		g_ptr_array_add(ids, sw_store_commit(store, story, f, 1, msg, 1414144800 + i, &error));
		assert_non_null(g_ptr_array_index(ids, i));
	}
	chain = sw_store_log(store, "a", NULL, 0, &error);
	walk = sw_store_log(store, "a", "HEAD", 0, &error); /* from a rev: the full walk */
	assert_int_equal(chain->len, 3);
	assert_int_equal(walk->len, 3);
	for (guint i = 0; i < 3; i++) {
		assert_string_equal(log_id(chain, i), g_ptr_array_index(ids, 6 - 3 * i));
		assert_string_equal(log_id(walk, i), log_id(chain, i));
	}
	g_clear_pointer(&chain, g_ptr_array_unref);
	/* a name git refuses as a ref is read the slow way */
	chain = sw_store_log(store, "odd.lock", NULL, 0, &error);
	assert_int_equal(chain->len, 3);
	g_clear_pointer(&chain, g_ptr_array_unref);
	chain = sw_store_log(store, "b", NULL, 1, &error);
	assert_int_equal(chain->len, 1);
	assert_string_equal(log_id(chain, 0), g_ptr_array_index(ids, 7));
	g_clear_pointer(&chain, g_ptr_array_unref);

	if (have_git()) {
		g_autofree gchar *ref = git(repo, "rev-parse refs/stories/a");
		g_autofree gchar *trailer =
		    git(repo, "log -1 --format=%(trailers:key=Story-Parent,valueonly) refs/stories/a");
		g_autofree gchar *first =
		    git(repo, "log -1 --format=%(trailers:key=Story-Parent,valueonly) refs/stories/a~6");
		g_autofree gchar *drop = NULL;
		assert_non_null(ref);
		assert_true(g_str_has_prefix(ref, g_ptr_array_index(ids, 6)));
		assert_true(g_str_has_prefix(trailer, g_ptr_array_index(ids, 3)));
		assert_true(g_str_has_prefix(first, "none\n"));

		/* a crash between the branch and the story's ref: HEAD is b's
		 * newest version but its ref is one behind; the next writer mends it */
		{
			SwStoreFile f[] = {{"story.txt", "Version 9.\n", 11}};
			g_autofree gchar *c = sw_store_commit(store, "b", f, 1, "b: version 9", 1414144900,
							      &error);
			g_autofree gchar *behind = g_strdup_printf("update-ref refs/stories/b %s",
								   (gchar *)g_ptr_array_index(ids, 7));
			g_autofree gchar *mark = g_build_filename(repo, "storywatch", "story-refs", NULL);
			g_free(git(repo, behind));
			/* and the mark of refs on disk is still the commit before */
			assert_true(g_file_set_contents(mark, g_ptr_array_index(ids, 8), -1, NULL));
			assert_true(sw_store_lock(store, 0, &error));
			sw_store_unlock(store);
			chain = sw_store_log(store, "b", NULL, 0, &error);
			assert_int_equal(chain->len, 4);
			assert_string_equal(log_id(chain, 0), c);
			g_clear_pointer(&chain, g_ptr_array_unref);
		}
		/* no ref at all (a repository from before story refs): walked */
		drop = git(repo, "update-ref -d refs/stories/a");
		assert_non_null(drop);
		chain = sw_store_log(store, "a", NULL, 0, &error);
		assert_int_equal(chain->len, 3);
		assert_string_equal(log_id(chain, 0), g_ptr_array_index(ids, 6));
	}
	sw_test_rmtree(dir);
}

/* Batched: versions wait in memory and reach the disk as one pack; the
 * batch's first versions are one commit; the write lock is held until the
 * flush; story refs and their mark follow, and are mended after a crash. */
static void
test_batch(void **state)
{
	g_autofree gchar *dir = sw_test_tmpdir();
	g_autofree gchar *repo = g_build_filename(dir, "repo", NULL);
	g_autofree gchar *mark = g_build_filename(repo, "storywatch", "story-refs", NULL);
	g_autoptr(GError) error = NULL;
	g_autoptr(SwStore) store = sw_store_open(repo, TRUE, &error);
	g_autoptr(SwStore) other = sw_store_open(repo, FALSE, &error);
	g_autoptr(GPtrArray) log = NULL;
	g_autoptr(GBytes) b = NULL;
	g_autofree gchar *firsts = NULL;
	g_autofree gchar *second = NULL;
	SwStoreFile a1[] = {{"story.txt", "A one.\n", 7}, {"meta.json", "{}\n", 3}};
	SwStoreFile b1[] = {{"story.txt", "B one.\n", 7}};
	SwStoreFile a2[] = {{"story.txt", "A two.\n", 7}};
	guint ta = 99, tb = 99, ta2 = 99;

	(void)state;
	assert_non_null(other);
	assert_true(sw_store_set_batched(store, &error));
	/* nothing to flush is no error */
	assert_true(sw_store_flush(store, &error));

	assert_true(sw_store_lock(store, 0, &error));
	assert_true(sw_store_queue(store, "a", a1, 2, "a: first snapshot\n\nSignificance: major\n",
				   1414144800, &ta, &error));
	assert_true(sw_store_queue(store, "b", b1, 1, "b: first snapshot\n\nSignificance: major\n",
				   1414144900, &tb, &error));
	sw_store_unlock(store);
	assert_int_equal(sw_store_get_pending(store), 2);
	assert_true(sw_store_get_pending_bytes(store) > 0);
	/* the batch keeps the lock */
	assert_false(sw_store_lock(other, 0, &error));
	assert_true(g_error_matches(error, SW_ERROR, SW_ERROR_LOCKED));
	g_clear_error(&error);
	/* first versions wait for the flush: nothing on disk, nothing in HEAD yet */
	assert_false(sw_store_has(store, "a/story.txt"));
	if (have_git())
		assert_null(git(repo, "rev-parse --verify -q HEAD"));

	assert_true(sw_store_flush(store, &error));
	assert_int_equal(sw_store_get_pending(store), 0);
	firsts = g_strdup(sw_store_get_flushed(store, ta));
	assert_non_null(firsts);
	assert_string_equal(firsts, sw_store_get_flushed(store, tb));
	assert_null(sw_store_get_flushed(store, 7));
	assert_true(sw_store_lock(other, 0, &error));
	sw_store_unlock(other);
	assert_true(sw_store_has(store, "a/story.txt"));
	b = sw_store_read(other, NULL, "b/story.txt", &error);
	assert_non_null(b);
	assert_string_equal(g_bytes_get_data(b, NULL), "B one.\n");
	g_clear_pointer(&b, g_bytes_unref);
	/* each story's log names it, though the commit is shared */
	log = sw_store_log(other, "a", NULL, 0, &error);
	assert_int_equal(log->len, 1);
	assert_string_equal(((SwLogEntry *)g_ptr_array_index(log, 0))->subject, "a: first snapshot");
	assert_string_equal(((SwLogEntry *)g_ptr_array_index(log, 0))->id, firsts);
	g_clear_pointer(&log, g_ptr_array_unref);

	/* a later version is a commit at once, seen by this store only */
	assert_true(sw_store_lock(store, 0, &error));
	assert_true(sw_store_queue(store, "a", a2, 1, "a: second\n", 1414145000, &ta2, &error));
	sw_store_unlock(store);
	b = sw_store_read(store, NULL, "a/story.txt", &error);
	assert_string_equal(g_bytes_get_data(b, NULL), "A two.\n");
	g_clear_pointer(&b, g_bytes_unref);
	b = sw_store_read(other, NULL, "a/story.txt", &error);
	assert_string_equal(g_bytes_get_data(b, NULL), "A one.\n");
	g_clear_pointer(&b, g_bytes_unref);
	/* batched, queueing is the only way in */
	{
		SwStoreFile f[] = {{"story.txt", "C.\n", 3}};
		guint warnings = sw_test_warnings();
		assert_null(sw_store_commit(store, "c", f, 1, "c", 1414145000, &error));
		assert_int_equal(sw_test_warnings(), warnings + 1);
		sw_test_forget_warnings(1);
	}
	assert_true(sw_store_flush(store, &error));
	second = g_strdup(sw_store_get_flushed(store, ta2));
	assert_non_null(second);
	assert_string_not_equal(second, firsts);

	if (have_git()) {
		g_autofree gchar *head = git(repo, "rev-parse HEAD");
		g_autofree gchar *ref_a = git(repo, "rev-parse refs/stories/a");
		g_autofree gchar *ref_b = git(repo, "rev-parse refs/stories/b");
		g_autofree gchar *subject = git(repo, "log -1 --format=%s refs/stories/b");
		g_autofree gchar *loose = git(repo, "count-objects");
		g_autofree gchar *fsck = git(repo, "fsck --strict");
		g_autofree gchar *marked = NULL;
		g_autofree gchar *behind = g_strdup_printf("update-ref refs/stories/a %s", firsts);
		assert_true(g_str_has_prefix(head, second));
		assert_true(g_str_has_prefix(ref_a, second));
		assert_true(g_str_has_prefix(ref_b, firsts));
		assert_string_equal(subject, "first snapshots of 2 stories\n");
		assert_true(g_str_has_prefix(loose, "0 objects"));
		assert_non_null(fsck);
		assert_true(g_file_get_contents(mark, &marked, NULL, NULL));
		assert_true(g_str_has_prefix(marked, second));

		/* a crash after the branch moved, before the refs were on disk:
		 * the mark still names the commit before; the next writer mends */
		g_free(git(repo, behind));
		g_free(git(repo, "update-ref -d refs/stories/b"));
		assert_true(g_file_set_contents(mark, firsts, -1, NULL));
		assert_true(sw_store_lock(other, 0, &error));
		sw_store_unlock(other);
		g_free(ref_a);
		ref_a = git(repo, "rev-parse refs/stories/a");
		assert_true(g_str_has_prefix(ref_a, second));
		g_free(marked);
		assert_true(g_file_get_contents(mark, &marked, NULL, NULL));
		assert_true(g_str_has_prefix(marked, second));
		/* b changed before the mark: left as the crash left it, and read
		 * the slow way */
		log = sw_store_log(other, "b", NULL, 0, &error);
		assert_int_equal(log->len, 1);
		assert_string_equal(((SwLogEntry *)g_ptr_array_index(log, 0))->id, firsts);
	}
	sw_test_rmtree(dir);
}

static void
test_not_a_dir(void **state)
{
	g_autofree gchar *dir = sw_test_tmpdir();
	g_autofree gchar *file = g_build_filename(dir, "file", NULL);
	g_autoptr(GError) error = NULL;
	g_autoptr(SwStore) s = NULL;

	(void)state;
	sw_test_write(dir, "file", "x");
	s = sw_store_open(file, TRUE, &error);
	assert_null(s);
	assert_non_null(error);
	sw_test_rmtree(dir);
}

/* A pass holds the lock across flushes (as `check` does): a batch's story
 * refs are written while the next forms, and its versions still follow
 * the ones just flushed; at unlock every ref is on disk, and the mark. */
static void
test_batch_refs_behind(void **state)
{
	g_autofree gchar *dir = sw_test_tmpdir();
	g_autofree gchar *repo = g_build_filename(dir, "repo", NULL);
	g_autofree gchar *mark = g_build_filename(repo, "storywatch", "story-refs", NULL);
	g_autoptr(GError) error = NULL;
	g_autoptr(SwStore) store = sw_store_open(repo, TRUE, &error);
	gchar *v[3] = {NULL, NULL, NULL};
	guint t = 0;

	(void)state;
	assert_true(sw_store_set_batched(store, &error));
	assert_true(sw_store_lock(store, 0, &error));
	for (guint i = 0; i < 3; i++) {
		g_autofree gchar *text = g_strdup_printf("Version %u.\n", i);
		SwStoreFile f[] = {{"story.txt", text, strlen(text)}};
		assert_true(sw_store_queue(store, "a", f, 1, "a: a version\n", 1414144800 + i, &t,
					   &error));
		assert_true(sw_store_flush(store, &error));
		v[i] = g_strdup(sw_store_get_flushed(store, t));
	}
	sw_store_unlock(store);
	if (have_git()) {
		g_autofree gchar *ref = git(repo, "rev-parse refs/stories/a");
		g_autofree gchar *parent =
		    git(repo, "log -1 --format=%(trailers:key=Story-Parent,valueonly) refs/stories/a");
		g_autofree gchar *first =
		    git(repo, "log -1 --format=%(trailers:key=Story-Parent,valueonly) refs/stories/a~1");
		g_autofree gchar *marked = NULL;
		assert_true(g_str_has_prefix(ref, v[2]));
		assert_true(g_str_has_prefix(parent, v[1]));
		assert_true(g_str_has_prefix(first, v[0]));
		assert_true(g_file_get_contents(mark, &marked, NULL, NULL));
		assert_true(g_str_has_prefix(marked, v[2]));
	}
	for (guint i = 0; i < 3; i++)
		g_free(v[i]);
	sw_test_rmtree(dir);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_commit_read_log),
	    cmocka_unit_test(test_lock),
	    cmocka_unit_test(test_story_chain),
	    cmocka_unit_test(test_batch),
	    cmocka_unit_test(test_batch_refs_behind),
	    cmocka_unit_test(test_not_a_dir),
	};
	sw_test_init();
	return cmocka_run_group_tests(tests, NULL, NULL);
}
