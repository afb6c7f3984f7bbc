/* SPDX-License-Identifier: MIT
 *
 * The history, in a git repository written through libgit2 only. The
 * repository is bare: storywatch writes objects and moves HEAD's branch,
 * with no working tree to keep in step (and none to half-update in a
 * crash). Each commit replaces one story's folder; loose objects and refs
 * are written atomically by libgit2, with fsync, so `git fsck --strict`
 * holds whenever the process dies.
 */
#define G_LOG_DOMAIN "storywatch-store"

#include "sw/store.h"

#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <stdio.h>
#include <git2.h>
#include <string.h>
#include <sys/file.h>
#include <unistd.h>

#include "sw/error.h"

#define SW_STORE_AUTHOR "storywatch"
#define SW_STORE_EMAIL	"storywatch@localhost"

G_DEFINE_AUTOPTR_CLEANUP_FUNC(git_repository, git_repository_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC(git_commit, git_commit_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC(git_tree, git_tree_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC(git_tree_entry, git_tree_entry_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC(git_blob, git_blob_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC(git_object, git_object_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC(git_signature, git_signature_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC(git_revwalk, git_revwalk_free)

struct _SwStore {
	gchar *path;
	git_repository *repo;
	gint lock_fd;
	guint lock_depth;
};

/* each story's newest commit, so its history is followed commit to commit
 * (a Story-Parent trailer in each) instead of walking every story's */
#define SW_STORE_STORY_REFS "refs/stories/"
#define SW_STORE_TRAILER    "Story-Parent: "

static void
sw_store_repair_story_refs(SwStore *self);
static gboolean
sw_store_story_head(SwStore *self, const gchar *dir, git_oid *out);
static void
sw_store_set_story_ref(SwStore *self, const gchar *dir, const git_oid *id);

static gboolean
sw_store_fail(GError **error, gint code, const gchar *what)
{
	const git_error *e = git_error_last();
	gint domain_code = code == GIT_ENOTFOUND || code == GIT_EUNBORNBRANCH ? SW_ERROR_NOT_FOUND
									     : SW_ERROR_FAILED;
	g_set_error(error, SW_ERROR, domain_code, "%s: %s", what,
		    e != NULL && e->message != NULL ? e->message : "unknown libgit2 error");
	return FALSE;
}

static void
sw_store_global_init(void)
{
	static gsize once = 0;

	git_libgit2_init();
	if (g_once_init_enter(&once)) {
		/* fsync objects and refs: a power cut must not eat history */
		git_libgit2_opts(GIT_OPT_ENABLE_FSYNC_GITDIR, 1);
		git_libgit2_opts(GIT_OPT_ENABLE_STRICT_OBJECT_CREATION, 1);
		g_once_init_leave(&once, 1);
	}
}

void
sw_store_free(SwStore *self)
{
	if (self == NULL)
		return;
	if (self->lock_fd >= 0)
		close(self->lock_fd);
	g_clear_pointer(&self->repo, git_repository_free);
	g_free(self->path);
	g_free(self);
	git_libgit2_shutdown();
}

static int
sw_store_remove_one(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
	(void)st;
	(void)flag;
	(void)ftw;
	remove(path);
	return 0;
}

static void
sw_store_remove_tree(const gchar *path)
{
	nftw(path, sw_store_remove_one, 16, FTW_DEPTH | FTW_PHYS);
}

static gboolean
sw_store_init_at(const gchar *path, GError **error)
{
	git_repository_init_options opts;
	git_repository *repo = NULL;
	gint rc;

	git_repository_init_options_init(&opts, GIT_REPOSITORY_INIT_OPTIONS_VERSION);
	opts.flags = GIT_REPOSITORY_INIT_MKPATH | GIT_REPOSITORY_INIT_BARE;
	opts.initial_head = "main";
	opts.description = "storywatch: the history of watched news stories";
	rc = git_repository_init_ext(&repo, path, &opts);
	if (rc < 0)
		return sw_store_fail(error, rc, path);
	git_repository_free(repo);
	return TRUE;
}

/* A new repository is made beside its place and renamed into it, so that
 * a crash leaves either no repository or a whole one, never a folder git
 * does not recognise. An existing empty folder is used in place. */
static gboolean
sw_store_init(SwStore *self, GError **error)
{
	g_autofree gchar *tmp = NULL;
	g_autofree gchar *parent = NULL;
	gint rc;

	if (!g_file_test(self->path, G_FILE_TEST_EXISTS)) {
		parent = g_path_get_dirname(self->path);
		if (g_mkdir_with_parents(parent, 0777) != 0) {
			g_set_error(error, SW_ERROR, SW_ERROR_FAILED, "cannot create %s: %s", parent,
				    g_strerror(errno));
			return FALSE;
		}
		tmp = g_strdup_printf("%s.new-%d", self->path, (gint)getpid());
		if (!sw_store_init_at(tmp, error))
			return FALSE;
		/* losing a race to another process's new repository is fine */
		if (rename(tmp, self->path) != 0) {
			gint saved = errno;
			sw_store_remove_tree(tmp);
			if (saved != EEXIST && saved != ENOTEMPTY) {
				g_set_error(error, SW_ERROR, SW_ERROR_FAILED, "cannot create %s: %s",
					    self->path, g_strerror(saved));
				return FALSE;
			}
		}
	} else if (!sw_store_init_at(self->path, error)) {
		return FALSE;
	}
	rc = git_repository_open_ext(&self->repo, self->path, GIT_REPOSITORY_OPEN_NO_SEARCH, NULL);
	if (rc < 0)
		return sw_store_fail(error, rc, self->path);
	return TRUE;
}

SwStore *
sw_store_open(const gchar *path, gboolean create, GError **error)
{
	g_autoptr(SwStore) self = NULL;
	gint rc;

	g_return_val_if_fail(path != NULL, NULL);
	g_return_val_if_fail(error == NULL || *error == NULL, NULL);

	sw_store_global_init();
	self = g_new0(SwStore, 1);
	self->path = g_strdup(path);
	self->lock_fd = -1;

	rc = git_repository_open_ext(&self->repo, path, GIT_REPOSITORY_OPEN_NO_SEARCH, NULL);
	if (rc == 0)
		return g_steal_pointer(&self);
	if (!create) {
		g_set_error(error, SW_ERROR, SW_ERROR_NOT_FOUND, "no storywatch history at %s", path);
		return NULL;
	}
	if (g_file_test(path, G_FILE_TEST_EXISTS) && !g_file_test(path, G_FILE_TEST_IS_DIR)) {
		g_set_error(error, SW_ERROR, SW_ERROR_FAILED, "%s exists and is not a directory",
			    path);
		return NULL;
	}
	if (!sw_store_init(self, error))
		return NULL;
	return g_steal_pointer(&self);
}

const gchar *
sw_store_get_path(SwStore *self)
{
	return self->path;
}

gchar *
sw_store_get_private_path(SwStore *self, const gchar *name)
{
	return g_build_filename(git_repository_path(self->repo), "storywatch", name, NULL);
}

/* A writer killed between taking and renaming a ref's lock file leaves
 * the .lock behind, and libgit2 then refuses every later update of that
 * ref. Holding storywatch's own lock proves no storywatch writer is alive,
 * and the repository is ours (git tools only read it), so such files are
 * leftovers: remove them, saying so. */
static void
sw_store_clear_stale_locks(SwStore *self)
{
	const gchar *gitdir = git_repository_path(self->repo);
	const gchar *fixed[] = {"HEAD.lock", "packed-refs.lock", "config.lock", NULL};
	const gchar *dirs[] = {"refs/heads", "refs/stories", NULL};

	for (guint i = 0; fixed[i] != NULL; i++) {
		g_autofree gchar *path = g_build_filename(gitdir, fixed[i], NULL);
		if (unlink(path) == 0)
			g_warning("removed %s, left by an interrupted writer", path);
	}
	for (guint i = 0; dirs[i] != NULL; i++) {
		g_autofree gchar *refs = g_build_filename(gitdir, dirs[i], NULL);
		g_autoptr(GDir) dir = g_dir_open(refs, 0, NULL);
		const gchar *name;
		while (dir != NULL && (name = g_dir_read_name(dir)) != NULL) {
			g_autofree gchar *path = NULL;
			if (!g_str_has_suffix(name, ".lock"))
				continue;
			path = g_build_filename(refs, name, NULL);
			if (unlink(path) == 0)
				g_warning("removed %s, left by an interrupted writer", path);
		}
	}
}

gboolean
sw_store_lock(SwStore *self, guint wait_seconds, GError **error)
{
	g_autofree gchar *path = NULL;
	g_autofree gchar *dir = NULL;
	gint64 deadline;

	if (self->lock_depth > 0) {
		self->lock_depth++;
		return TRUE;
	}
	path = sw_store_get_private_path(self, "lock");
	dir = g_path_get_dirname(path);
	if (g_mkdir_with_parents(dir, 0777) != 0) {
		g_set_error(error, SW_ERROR, SW_ERROR_FAILED, "cannot create %s: %s", dir,
			    g_strerror(errno));
		return FALSE;
	}
	if (self->lock_fd < 0) {
		/* CLOEXEC: a hook must not inherit, and so hold, the lock */
		self->lock_fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0666);
		if (self->lock_fd < 0) {
			g_set_error(error, SW_ERROR, SW_ERROR_FAILED, "cannot open %s: %s", path,
				    g_strerror(errno));
			return FALSE;
		}
	}
	deadline = g_get_monotonic_time() + (gint64)wait_seconds * G_USEC_PER_SEC;
	while (flock(self->lock_fd, LOCK_EX | LOCK_NB) != 0) {
		if (errno != EWOULDBLOCK && errno != EINTR) {
			g_set_error(error, SW_ERROR, SW_ERROR_FAILED, "cannot lock %s: %s", path,
				    g_strerror(errno));
			return FALSE;
		}
		if (g_get_monotonic_time() >= deadline) {
			g_set_error(error, SW_ERROR, SW_ERROR_LOCKED,
				    "another storywatch is writing to %s", self->path);
			return FALSE;
		}
		g_usleep(50 * 1000);
	}
	self->lock_depth = 1;
	sw_store_clear_stale_locks(self);
	sw_store_repair_story_refs(self);
	return TRUE;
}

void
sw_store_unlock(SwStore *self)
{
	if (self->lock_depth == 0)
		return;
	if (--self->lock_depth == 0)
		flock(self->lock_fd, LOCK_UN);
}

/* the commit @rev names; NOT_FOUND for an empty repository */
static git_commit *
sw_store_lookup_commit(SwStore *self, const gchar *rev, GError **error)
{
	g_autoptr(git_object) obj = NULL;
	git_object *peeled = NULL;
	gint rc;

	rc = git_revparse_single(&obj, self->repo, rev != NULL ? rev : "HEAD");
	if (rc < 0) {
		if (rev == NULL && (rc == GIT_ENOTFOUND || rc == GIT_EUNBORNBRANCH)) {
			g_set_error_literal(error, SW_ERROR, SW_ERROR_NOT_FOUND,
					    "the history is empty");
			return NULL;
		}
		g_set_error(error, SW_ERROR, SW_ERROR_NOT_FOUND, "unknown revision \"%s\"",
			    rev != NULL ? rev : "HEAD");
		return NULL;
	}
	rc = git_object_peel(&peeled, obj, GIT_OBJECT_COMMIT);
	if (rc < 0) {
		g_set_error(error, SW_ERROR, SW_ERROR_NOT_FOUND, "\"%s\" is not a commit", rev);
		return NULL;
	}
	return (git_commit *)peeled;
}

GBytes *
sw_store_read(SwStore *self, const gchar *rev, const gchar *path, GError **error)
{
	g_autoptr(git_commit) commit = NULL;
	g_autoptr(git_tree) tree = NULL;
	g_autoptr(git_tree_entry) entry = NULL;
	g_autoptr(git_blob) blob = NULL;
	gsize size;
	gchar *buf;
	gint rc;

	g_return_val_if_fail(error == NULL || *error == NULL, NULL);

	commit = sw_store_lookup_commit(self, rev, error);
	if (commit == NULL)
		return NULL;
	if ((rc = git_commit_tree(&tree, commit)) < 0) {
		sw_store_fail(error, rc, "reading tree");
		return NULL;
	}
	rc = git_tree_entry_bypath(&entry, tree, path);
	if (rc == GIT_ENOTFOUND) {
		g_set_error(error, SW_ERROR, SW_ERROR_NOT_FOUND, "%s not in %s", path,
			    rev != NULL ? rev : "HEAD");
		return NULL;
	}
	if (rc < 0 || git_tree_entry_type(entry) != GIT_OBJECT_BLOB) {
		g_set_error(error, SW_ERROR, SW_ERROR_NOT_FOUND, "%s is not a file", path);
		return NULL;
	}
	if ((rc = git_blob_lookup(&blob, self->repo, git_tree_entry_id(entry))) < 0) {
		sw_store_fail(error, rc, path);
		return NULL;
	}
	size = (gsize)git_blob_rawsize(blob);
	buf = g_malloc(size + 1);
	memcpy(buf, git_blob_rawcontent(blob), size);
	buf[size] = '\0';
	return g_bytes_new_take(buf, size);
}

static gint
sw_store_local_offset(gint64 when)
{
	g_autoptr(GDateTime) dt = g_date_time_new_from_unix_local(when);
	return dt != NULL ? (gint)(g_date_time_get_utc_offset(dt) / G_TIME_SPAN_MINUTE) : 0;
}

/* what goes between @message and one more trailer: nothing when its last
 * paragraph is already trailers ("Key: value" lines), else a blank line */
static const gchar *
sw_store_trailer_gap(const gchar *message)
{
	g_autofree gchar *text = g_strdup(message);
	g_auto(GStrv) lines = NULL;
	const gchar *last;
	guint n;

	g_strchomp(text);
	last = g_strrstr(text, "\n\n");
	if (last == NULL)
		return g_str_has_suffix(message, "\n") ? "\n" : "\n\n";
	lines = g_strsplit(last + 2, "\n", -1);
	n = g_strv_length(lines);
	for (guint i = 0; i < n; i++) {
		const gchar *colon = strstr(lines[i], ": ");
		if (colon == NULL || colon == lines[i] ||
		    strspn(lines[i], "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-") !=
			(gsize)(colon - lines[i]))
			return g_str_has_suffix(message, "\n") ? "\n" : "\n\n";
	}
	return g_str_has_suffix(message, "\n") ? "" : "\n";
}

gchar *
sw_store_commit(SwStore *self,
		const gchar *dir,
		const SwStoreFile *files,
		guint n_files,
		const gchar *message,
		gint64 when,
		GError **error)
{
	g_autoptr(git_commit) parent = NULL;
	g_autoptr(git_tree) baseline = NULL;
	g_autoptr(git_tree) tree = NULL;
	g_autoptr(git_signature) sig = NULL;
	g_autofree git_tree_update *updates = g_new0(git_tree_update, n_files);
	g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func(g_free);
	g_autofree gchar *msg = NULL;
	git_oid tree_id;
	git_oid commit_id;
	gchar hex[GIT_OID_HEXSZ + 1];
	gint rc;

	g_return_val_if_fail(error == NULL || *error == NULL, NULL);
	g_return_val_if_fail(dir != NULL && n_files > 0, NULL);

	parent = sw_store_lookup_commit(self, NULL, NULL);
	if (parent != NULL && (rc = git_commit_tree(&baseline, parent)) < 0) {
		sw_store_fail(error, rc, "reading HEAD's tree");
		return NULL;
	}
	for (guint i = 0; i < n_files; i++) {
		gchar *p = g_strdup_printf("%s/%s", dir, files[i].name);
		g_ptr_array_add(paths, p);
		rc = git_blob_create_from_buffer(&updates[i].id, self->repo, files[i].data, files[i].len);
		if (rc < 0) {
			sw_store_fail(error, rc, "writing a blob");
			return NULL;
		}
		updates[i].action = GIT_TREE_UPDATE_UPSERT;
		updates[i].filemode = GIT_FILEMODE_BLOB;
		updates[i].path = p;
	}
	rc = git_tree_create_updated(&tree_id, self->repo, baseline, n_files, updates);
	if (rc < 0) {
		sw_store_fail(error, rc, "writing the tree");
		return NULL;
	}
	if (baseline != NULL && git_oid_equal(&tree_id, git_tree_id(baseline)))
		return g_strdup("");
	if ((rc = git_tree_lookup(&tree, self->repo, &tree_id)) < 0) {
		sw_store_fail(error, rc, "reading the new tree");
		return NULL;
	}
	rc = git_signature_new(&sig, SW_STORE_AUTHOR, SW_STORE_EMAIL, (git_time_t)when,
			       sw_store_local_offset(when));
	if (rc < 0) {
		sw_store_fail(error, rc, "signature");
		return NULL;
	}
	{
		git_oid prev;
		gchar prev_hex[GIT_OID_HEXSZ + 1] = "none";
		if (sw_store_story_head(self, dir, &prev))
			git_oid_tostr(prev_hex, sizeof(prev_hex), &prev);
		msg = g_strdup_printf("%s%s" SW_STORE_TRAILER "%s\n", message,
				      sw_store_trailer_gap(message), prev_hex);
	}
	/* updating "HEAD" checks the branch still points at @parent */
	rc = git_commit_create(&commit_id, self->repo, "HEAD", sig, sig, NULL, msg, tree,
			       parent != NULL ? 1 : 0, (const git_commit **)&parent);
	if (rc < 0) {
		sw_store_fail(error, rc, "committing");
		return NULL;
	}
	/* the branch is the history; the story's ref only speeds reading it,
	 * and a crash before it moves is mended by the next writer */
	sw_store_set_story_ref(self, dir, &commit_id);
	git_oid_tostr(hex, sizeof(hex), &commit_id);
	return g_strdup(hex);
}

void
sw_log_entry_free(SwLogEntry *entry)
{
	if (entry == NULL)
		return;
	g_free(entry->id);
	g_free(entry->subject);
	g_free(entry->body);
	g_free(entry);
}

/* the id of @dir in @commit's tree; FALSE when absent */
static gboolean
sw_store_dir_id(git_commit *commit, const gchar *dir, git_oid *out)
{
	g_autoptr(git_tree) tree = NULL;
	g_autoptr(git_tree_entry) entry = NULL;

	if (commit == NULL || git_commit_tree(&tree, commit) < 0)
		return FALSE;
	if (git_tree_entry_bypath(&entry, tree, dir) < 0)
		return FALSE;
	git_oid_cpy(out, git_tree_entry_id(entry));
	return TRUE;
}

static gboolean
sw_store_touches(git_commit *commit, const gchar *dir)
{
	g_autoptr(git_commit) parent = NULL;
	git_oid a, b;
	gboolean has_a, has_b;

	if (dir == NULL)
		return TRUE;
	has_a = sw_store_dir_id(commit, dir, &a);
	if (git_commit_parentcount(commit) > 0)
		git_commit_parent(&parent, commit, 0);
	has_b = sw_store_dir_id(parent, dir, &b);
	if (has_a != has_b)
		return TRUE;
	return has_a && !git_oid_equal(&a, &b);
}

static SwLogEntry *
sw_store_entry_new(git_commit *c)
{
	SwLogEntry *e = g_new0(SwLogEntry, 1);
	const gchar *body = git_commit_body(c);
	gchar hex[GIT_OID_HEXSZ + 1];

	git_oid_tostr(hex, sizeof(hex), git_commit_id(c));
	e->id = g_strdup(hex);
	e->time = git_commit_time(c);
	e->tz_offset = git_commit_time_offset(c);
	e->subject = g_strdup(git_commit_summary(c));
	e->body = body != NULL ? g_strdup(body) : NULL;
	return e;
}

/* appends to @out the commits from @start back that changed @dir (NULL:
 * any), until @out holds @max (0: no limit): the slow way, every commit's
 * tree looked at */
static gboolean
sw_store_walk(SwStore *self, GPtrArray *out, const git_oid *start, const gchar *dir, guint max,
	      GError **error)
{
	g_autoptr(git_revwalk) walk = NULL;
	git_oid oid;
	gint rc;

	if ((rc = git_revwalk_new(&walk, self->repo)) < 0 ||
	    (rc = git_revwalk_sorting(walk, GIT_SORT_TOPOLOGICAL | GIT_SORT_TIME)) < 0 ||
	    (rc = git_revwalk_push(walk, start)) < 0)
		return sw_store_fail(error, rc, "walking history");
	while (git_revwalk_next(&oid, walk) == 0) {
		g_autoptr(git_commit) c = NULL;
		if (max > 0 && out->len >= max)
			break;
		if (git_commit_lookup(&c, self->repo, &oid) < 0)
			continue;
		if (sw_store_touches(c, dir))
			g_ptr_array_add(out, sw_store_entry_new(c));
	}
	return TRUE;
}

/* "refs/stories/NAME", or NULL for a name git does not take as a ref */
static gchar *
sw_store_story_ref(const gchar *dir)
{
	g_autofree gchar *name = g_strconcat(SW_STORE_STORY_REFS, dir, NULL);
	gint valid = 0;

	if (git_reference_name_is_valid(&valid, name) < 0 || !valid)
		return NULL;
	return g_steal_pointer(&name);
}

static void
sw_store_set_story_ref(SwStore *self, const gchar *dir, const git_oid *id)
{
	g_autofree gchar *name = sw_store_story_ref(dir);
	git_reference *ref = NULL;

	if (name == NULL)
		return;
	if (git_reference_create(&ref, self->repo, name, id, 1, "storywatch: new version") < 0)
		g_warning("%s: cannot update %s: %s", dir, name, git_error_last()->message);
	git_reference_free(ref);
}

static gboolean
sw_store_story_head(SwStore *self, const gchar *dir, git_oid *out)
{
	g_autofree gchar *name = sw_store_story_ref(dir);
	g_autoptr(git_commit) head = NULL;
	g_autoptr(GPtrArray) last = NULL;
	git_oid dir_id;

	if (name != NULL && git_reference_name_to_id(out, self->repo, name) == 0)
		return TRUE;
	/* no ref: a story with no version yet, or one from before story refs */
	head = sw_store_lookup_commit(self, NULL, NULL);
	if (head == NULL || !sw_store_dir_id(head, dir, &dir_id))
		return FALSE;
	last = g_ptr_array_new_with_free_func((GDestroyNotify)sw_log_entry_free);
	if (!sw_store_walk(self, last, git_commit_id(head), dir, 1, NULL) || last->len == 0)
		return FALSE;
	return git_oid_fromstr(out, ((SwLogEntry *)g_ptr_array_index(last, 0))->id) == 0;
}

/* the story's previous commit from @c's trailer: 1 with @out set, 0 for
 * the story's first version, -1 when @c has no trailer (older history) */
static gint
sw_store_story_parent(git_commit *c, git_oid *out)
{
	const gchar *msg = git_commit_message(c);
	const gchar *t = msg != NULL ? g_strrstr(msg, "\n" SW_STORE_TRAILER) : NULL;

	if (t == NULL)
		return -1;
	t += 1 + strlen(SW_STORE_TRAILER);
	if (g_str_has_prefix(t, "none"))
		return 0;
	return git_oid_fromstrn(out, t, GIT_OID_HEXSZ) == 0 ? 1 : -1;
}

/* A writer killed after moving the branch but before the story's ref
 * leaves that ref one version behind: HEAD's own story is the only one
 * that can be, so it is the only one looked at. */
static void
sw_store_repair_story_refs(SwStore *self)
{
	g_autoptr(git_commit) head = sw_store_lookup_commit(self, NULL, NULL);
	g_autoptr(git_commit) parent = NULL;
	g_autoptr(git_tree) tree = NULL;
	g_autoptr(git_tree) parent_tree = NULL;

	if (head == NULL || git_commit_tree(&tree, head) < 0)
		return;
	if (git_commit_parentcount(head) > 0 && git_commit_parent(&parent, head, 0) == 0)
		git_commit_tree(&parent_tree, parent);
	for (gsize i = 0; i < git_tree_entrycount(tree); i++) {
		const git_tree_entry *e = git_tree_entry_byindex(tree, i);
		const git_tree_entry *was =
		    parent_tree != NULL ? git_tree_entry_byname(parent_tree, git_tree_entry_name(e)) : NULL;
		g_autofree gchar *name = NULL;
		git_oid cur;
		if (was != NULL && git_oid_equal(git_tree_entry_id(e), git_tree_entry_id(was)))
			continue;
		name = sw_store_story_ref(git_tree_entry_name(e));
		if (name == NULL || (git_reference_name_to_id(&cur, self->repo, name) == 0 &&
				     git_oid_equal(&cur, git_commit_id(head))))
			continue;
		sw_store_set_story_ref(self, git_tree_entry_name(e), git_commit_id(head));
	}
}

GPtrArray *
sw_store_log(SwStore *self, const gchar *dir, const gchar *rev, guint max, GError **error)
{
	g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func((GDestroyNotify)sw_log_entry_free);
	g_autoptr(git_commit) start = NULL;
	g_autoptr(GError) error_local = NULL;
	git_oid id;

	start = sw_store_lookup_commit(self, rev, &error_local);
	if (start == NULL) {
		if (rev == NULL && g_error_matches(error_local, SW_ERROR, SW_ERROR_NOT_FOUND))
			return g_steal_pointer(&out);
		g_propagate_error(error, g_steal_pointer(&error_local));
		return NULL;
	}
	if (dir == NULL || rev != NULL) {
		if (!sw_store_walk(self, out, git_commit_id(start), dir, max, error))
			return NULL;
		return g_steal_pointer(&out);
	}
	/* one story from HEAD: its chain of versions, one commit each */
	if (!sw_store_story_head(self, dir, &id))
		return g_steal_pointer(&out);
	while (max == 0 || out->len < max) {
		g_autoptr(git_commit) c = NULL;
		gint r;
		if (git_commit_lookup(&c, self->repo, &id) < 0)
			break;
		g_ptr_array_add(out, sw_store_entry_new(c));
		r = sw_store_story_parent(c, &id);
		if (r == 0)
			break;
		if (r < 0) {
			/* history from before the trailers: the slow way on */
			if (git_commit_parentcount(c) > 0 &&
			    !sw_store_walk(self, out, git_commit_parent_id(c, 0), dir, max, error))
				return NULL;
			break;
		}
	}
	return g_steal_pointer(&out);
}

gchar *
sw_store_resolve(SwStore *self, const gchar *rev, GError **error)
{
	g_autoptr(git_commit) c = sw_store_lookup_commit(self, rev, error);
	gchar hex[GIT_OID_HEXSZ + 1];

	if (c == NULL)
		return NULL;
	git_oid_tostr(hex, sizeof(hex), git_commit_id(c));
	return g_strdup(hex);
}

GPtrArray *
sw_store_list_dirs(SwStore *self, const gchar *dir, GError **error)
{
	g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func(g_free);
	g_autoptr(git_commit) head = NULL;
	g_autoptr(git_tree) tree = NULL;
	g_autoptr(GError) error_local = NULL;
	gint rc;

	head = sw_store_lookup_commit(self, NULL, &error_local);
	if (head == NULL) {
		if (g_error_matches(error_local, SW_ERROR, SW_ERROR_NOT_FOUND))
			return g_steal_pointer(&out);
		g_propagate_error(error, g_steal_pointer(&error_local));
		return NULL;
	}
	if ((rc = git_commit_tree(&tree, head)) < 0) {
		sw_store_fail(error, rc, "reading HEAD's tree");
		return NULL;
	}
	if (dir != NULL) {
		g_autoptr(git_tree_entry) entry = NULL;
		git_tree *sub = NULL;
		if (git_tree_entry_bypath(&entry, tree, dir) < 0 ||
		    git_tree_entry_type(entry) != GIT_OBJECT_TREE ||
		    git_tree_lookup(&sub, self->repo, git_tree_entry_id(entry)) < 0)
			return g_steal_pointer(&out);
		git_tree_free(tree);
		tree = sub;
	}
	for (gsize i = 0; i < git_tree_entrycount(tree); i++) {
		const git_tree_entry *e = git_tree_entry_byindex(tree, i);
		if (git_tree_entry_type(e) == GIT_OBJECT_TREE)
			g_ptr_array_add(out, g_strdup(git_tree_entry_name(e)));
	}
	return g_steal_pointer(&out);
}
