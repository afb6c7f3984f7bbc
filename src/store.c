/* SPDX-License-Identifier: MIT
 *
 * The history, in a git repository written through libgit2 only. The
 * repository is bare: storywatch writes objects and moves HEAD's branch,
 * with no working tree to keep in step (and none to half-update in a
 * crash). Each commit replaces one story's folder; objects and refs are
 * written atomically by libgit2, with fsync, so `git fsck --strict` holds
 * whenever the process dies.
 *
 * Batched (sw_store_set_batched), a store keeps new objects in memory (libgit2's
 * mempack) and writes them at sw_store_flush as one pack, then moves the
 * branch once: a pass over a thousand pages costs a few fsyncs, not
 * fourteen per version. Until the flush the batch's commits are seen by
 * this SwStore only, and the write lock is held.
 */
#define G_LOG_DOMAIN "storywatch-store"

#include "sw/store.h"

#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <stdio.h>
#include <git2.h>
#include <git2/sys/mempack.h>
#include <git2/sys/odb_backend.h>
#include <string.h>
#include <sys/file.h>
#include <unistd.h>

#include "sw/clock.h"
#include "sw/error.h"
#include "sw/pack.h"

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

/* one object a batch wrote, to go into its pack */
typedef struct {
	git_oid id;
	gchar *name; /* its path: a tree is a delta against its last version */
} SwStoreObject;

struct _SwStore {
	gchar *path;
	git_repository *repo;
	gint lock_fd;
	guint lock_depth;
	/* batching: objects in @mempack until the flush */
	gboolean batched;
	git_odb_backend *mempack; /* owned by the repository's odb */
	git_repository *refs_repo; /* the same, its refs written without fsync */
	guint pending;		   /* versions not yet on disk */
	gsize pending_bytes;	   /* about what they hold in memory */
	git_oid batch_head;	   /* the batch's newest commit */
	gboolean has_batch_head;
	/* HEAD's commit as read while we hold the lock, which every writer
	 * takes: a pass reads it for each page */
	git_oid head;
	gint head_known; /* 0 not read, 1 read, -1 the history is empty */
	GArray *objects;	 /* SwStoreObject */
	GArray *firsts;		 /* git_tree_update: first versions, one commit at the flush */
	GPtrArray *first_dirs;	 /* their folders */
	GPtrArray *first_messages; /* and messages */
	GArray *first_tickets;	 /* guint: their tickets */
	gint64 first_when;	 /* the newest of their times */
	GPtrArray *ref_order;	 /* story folders, by their newest commit in the batch */
	GHashTable *ref_heads;	 /* story folder -> git_oid, its newest commit */
	GHashTable *flushing_heads; /* the same for the batch whose refs are being written */
	GThread *refs_thread;	    /* writing them */
	GPtrArray *tickets;	 /* ticket -> commit id (hex), NULL until known */
};

/* each story's newest commit, so its history is followed commit to commit
 * (a Story-Parent trailer in each) instead of walking every story's */
#define SW_STORE_STORY_REFS "refs/stories/"
#define SW_STORE_TRAILER    "Story-Parent: "
/* commits looked back at when mending story refs after a crash: more
 * than a batch holds */
#define SW_STORE_REPAIR_DEPTH 4096
/* the line of one story in a commit of several stories' first versions */
#define SW_STORE_BULLET "*"

static void
sw_store_repair_story_refs(SwStore *self);
static gboolean
sw_store_story_head(SwStore *self, const gchar *dir, git_oid *out);
static void
sw_store_set_story_ref(git_repository *repo, const gchar *dir, const git_oid *id);
static void
sw_store_mark_refs(SwStore *self, const git_oid *head);
static void
sw_store_batch_clear(SwStore *self);
static void
sw_store_join_refs(SwStore *self);

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
		/* keep the root tree parsed: with thousands of stories it is
		 * hundreds of KB, over the 4 KB default, and every check reads it */
		git_libgit2_opts(GIT_OPT_SET_CACHE_OBJECT_LIMIT, GIT_OBJECT_TREE, (size_t)(4 << 20));
		g_once_init_leave(&once, 1);
	}
}

void
sw_store_free(SwStore *self)
{
	if (self == NULL)
		return;
	if (self->pending > 0)
		g_warning("%u versions dropped: the batch was not flushed", self->pending);
	sw_store_batch_clear(self);
	sw_store_join_refs(self);
	if (self->lock_fd >= 0)
		close(self->lock_fd);
	g_clear_pointer(&self->objects, g_array_unref);
	g_clear_pointer(&self->firsts, g_array_unref);
	g_clear_pointer(&self->first_dirs, g_ptr_array_unref);
	g_clear_pointer(&self->first_messages, g_ptr_array_unref);
	g_clear_pointer(&self->first_tickets, g_array_unref);
	g_clear_pointer(&self->ref_order, g_ptr_array_unref);
	g_clear_pointer(&self->ref_heads, g_hash_table_unref);
	g_clear_pointer(&self->flushing_heads, g_hash_table_unref);
	g_clear_pointer(&self->tickets, g_ptr_array_unref);
	g_clear_pointer(&self->refs_repo, git_repository_free);
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
	if (--self->lock_depth == 0) {
		/* the next writer finds every story ref on disk */
		sw_store_join_refs(self);
		/* from now on another writer may move it */
		self->head_known = 0;
		flock(self->lock_fd, LOCK_UN);
	}
}

/* the commit @rev names; NOT_FOUND for an empty repository */
static git_commit *
sw_store_lookup_commit(SwStore *self, const gchar *rev, GError **error)
{
	g_autoptr(git_object) obj = NULL;
	git_object *peeled = NULL;
	gint rc;

	/* HEAD is the batch's newest commit while it is in memory */
	if (rev == NULL && self->has_batch_head) {
		git_commit *c = NULL;
		if ((rc = git_commit_lookup(&c, self->repo, &self->batch_head)) < 0)
			sw_store_fail(error, rc, "reading the batch's head");
		return c;
	}
	/* HEAD itself, without revparse's guesses (refs/HEAD, tags/HEAD...) */
	if (rev == NULL) {
		git_oid id;
		git_commit *c = NULL;
		if (self->lock_depth > 0 && self->head_known != 0) {
			rc = self->head_known > 0 ? 0 : GIT_ENOTFOUND;
			git_oid_cpy(&id, &self->head);
		} else {
			rc = git_reference_name_to_id(&id, self->repo, "HEAD");
			if (self->lock_depth > 0 && rc == 0) {
				git_oid_cpy(&self->head, &id);
				self->head_known = 1;
			} else if (self->lock_depth > 0 &&
				   (rc == GIT_ENOTFOUND || rc == GIT_EUNBORNBRANCH)) {
				self->head_known = -1;
			}
		}
		if (rc == GIT_ENOTFOUND || rc == GIT_EUNBORNBRANCH) {
			g_set_error_literal(error, SW_ERROR, SW_ERROR_NOT_FOUND, "the history is empty");
			return NULL;
		}
		if (rc < 0 || (rc = git_commit_lookup(&c, self->repo, &id)) < 0) {
			sw_store_fail(error, rc, "reading HEAD");
			return NULL;
		}
		return c;
	}
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

static void
sw_store_object_clear(SwStoreObject *o)
{
	g_free(o->name);
}

static void
sw_store_update_clear(git_tree_update *u)
{
	g_free((gchar *)u->path);
}

static void
sw_store_batch_clear(SwStore *self)
{
	if (self->mempack != NULL)
		git_mempack_reset(self->mempack);
	if (self->objects != NULL) {
		g_array_set_size(self->objects, 0);
		g_array_set_size(self->firsts, 0);
		g_ptr_array_set_size(self->first_dirs, 0);
		g_ptr_array_set_size(self->first_messages, 0);
		g_ptr_array_set_size(self->ref_order, 0);
		g_hash_table_remove_all(self->ref_heads);
		g_array_set_size(self->first_tickets, 0);
	}
	self->first_when = 0;
	self->has_batch_head = FALSE;
	if (self->pending > 0) {
		self->pending = 0;
		self->pending_bytes = 0;
		/* the lock taken by the batch's first version */
		sw_store_unlock(self);
	}
}

/* A second handle on the repository whose refs are written without
 * fsync: the stories' refs, hundreds per flush, made durable together by
 * one syncfs. libgit2 reads the fsync option when a handle's refdb is
 * made, so the option is off just then. */
static git_repository *
sw_store_open_unsynced(SwStore *self)
{
	git_repository *repo = NULL;
	git_refdb *refdb = NULL;

	git_libgit2_opts(GIT_OPT_ENABLE_FSYNC_GITDIR, 0);
	if (git_repository_open_ext(&repo, git_repository_path(self->repo),
				    GIT_REPOSITORY_OPEN_NO_SEARCH, NULL) == 0 &&
	    git_repository_refdb(&refdb, repo) == 0)
		git_refdb_free(refdb);
	git_libgit2_opts(GIT_OPT_ENABLE_FSYNC_GITDIR, 1);
	return repo;
}

gboolean
sw_store_set_batched(SwStore *self, GError **error)
{
	git_odb *odb = NULL;
	gint rc;

	if (self->batched)
		return TRUE;
	/* above the loose and pack backends, for good: new objects go to
	 * memory, so there is no way back to writing loose ones */
	if ((rc = git_repository_odb(&odb, self->repo)) < 0 ||
	    (rc = git_mempack_new(&self->mempack)) < 0 ||
	    (rc = git_odb_add_backend(odb, self->mempack, 1000)) < 0) {
		git_odb_free(odb);
		return sw_store_fail(error, rc, "setting up batched writes");
	}
	git_odb_free(odb);
	self->batched = TRUE;
	self->refs_repo = sw_store_open_unsynced(self);
	/* a ref's reflog signature: without an identity libgit2 reads the git
	 * configuration for one at every ref written */
	if (self->refs_repo != NULL)
		git_repository_set_ident(self->refs_repo, SW_STORE_AUTHOR, SW_STORE_EMAIL);
	self->objects = g_array_new(FALSE, TRUE, sizeof(SwStoreObject));
	g_array_set_clear_func(self->objects, (GDestroyNotify)sw_store_object_clear);
	self->firsts = g_array_new(FALSE, TRUE, sizeof(git_tree_update));
	g_array_set_clear_func(self->firsts, (GDestroyNotify)sw_store_update_clear);
	self->first_dirs = g_ptr_array_new_with_free_func(g_free);
	self->first_messages = g_ptr_array_new_with_free_func(g_free);
	self->first_tickets = g_array_new(FALSE, FALSE, sizeof(guint));
	self->ref_order = g_ptr_array_new();
	self->ref_heads = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
	self->flushing_heads = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
	self->tickets = g_ptr_array_new_with_free_func(g_free);
	return TRUE;
}

guint
sw_store_get_pending(SwStore *self)
{
	return self->pending;
}

gsize
sw_store_get_pending_bytes(SwStore *self)
{
	return self->pending_bytes;
}

static void
sw_store_batch_object(SwStore *self, const git_oid *id, const gchar *name)
{
	SwStoreObject o;

	git_oid_cpy(&o.id, id);
	o.name = g_strdup(name);
	g_array_append_val(self->objects, o);
}

/* @dir's newest commit in the batch is @id: its ref moves at the flush */
static void
sw_store_batch_head(SwStore *self, const gchar *dir, const git_oid *id)
{
	gpointer key;
	git_oid *head;

	if (g_hash_table_lookup_extended(self->ref_heads, dir, &key, (gpointer *)&head)) {
		g_ptr_array_remove(self->ref_order, key);
	} else {
		key = g_strdup(dir);
		head = g_new(git_oid, 1);
		g_hash_table_insert(self->ref_heads, key, head);
	}
	/* ordered by each story's newest commit in the batch */
	g_ptr_array_add(self->ref_order, key);
	git_oid_cpy(head, id);
}

/* the trees below @root down to @dir, for the pack */
static void
sw_store_batch_trees(SwStore *self, git_tree *root, const gchar *dir)
{
	g_auto(GStrv) parts = g_strsplit(dir, "/", -1);
	g_autoptr(GString) path = g_string_new(NULL);

	for (guint i = 0; parts[i] != NULL; i++) {
		g_autoptr(git_tree_entry) e = NULL;
		g_string_append_printf(path, "%s%s", i > 0 ? "/" : "", parts[i]);
		if (git_tree_entry_bypath(&e, root, path->str) < 0)
			return;
		sw_store_batch_object(self, git_tree_entry_id(e), path->str);
	}
}

/* the branch HEAD names, "refs/heads/main" in a repository we made */
static gchar *
sw_store_head_branch(SwStore *self)
{
	git_reference *head = NULL;
	gchar *name = NULL;

	if (git_reference_lookup(&head, self->repo, "HEAD") == 0 &&
	    git_reference_type(head) == GIT_REFERENCE_SYMBOLIC)
		name = g_strdup(git_reference_symbolic_target(head));
	git_reference_free(head);
	return name != NULL ? name : g_strdup("refs/heads/main");
}

static gint
sw_store_local_offset(gint64 when)
{
	g_autoptr(GDateTime) dt = sw_clock_local(when);
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

/* A commit of @tree_id on @parent (nullable), its message ended by the
 * story's Story-Parent trailer (@prev, NULL for a first version); the
 * branch moves only when @update_ref */
static gboolean
sw_store_make_commit(SwStore *self,
		     git_commit *parent,
		     const git_oid *tree_id,
		     const gchar *message,
		     const git_oid *prev,
		     gint64 when,
		     gboolean update_ref,
		     git_oid *out,
		     GError **error)
{
	g_autoptr(git_tree) tree = NULL;
	g_autoptr(git_signature) sig = NULL;
	g_autofree gchar *msg = NULL;
	gchar prev_hex[GIT_OID_HEXSZ + 1] = "none";
	gint rc;

	if ((rc = git_tree_lookup(&tree, self->repo, tree_id)) < 0)
		return sw_store_fail(error, rc, "reading the new tree");
	rc = git_signature_new(&sig, SW_STORE_AUTHOR, SW_STORE_EMAIL, (git_time_t)when,
			       sw_store_local_offset(when));
	if (rc < 0)
		return sw_store_fail(error, rc, "signature");
	if (prev != NULL)
		git_oid_tostr(prev_hex, sizeof(prev_hex), prev);
	msg = g_strdup_printf("%s%s" SW_STORE_TRAILER "%s\n", message, sw_store_trailer_gap(message),
			      prev_hex);
	/* updating "HEAD" checks the branch still points at @parent */
	rc = git_commit_create(out, self->repo, update_ref ? "HEAD" : NULL, sig, sig, NULL, msg, tree,
			       parent != NULL ? 1 : 0, (const git_commit **)&parent);
	if (rc < 0)
		return sw_store_fail(error, rc, "committing");
	if (update_ref)
		self->head_known = 0;
	return TRUE;
}

/* the blobs of @files under @dir, as tree updates whose paths the
 * caller frees (sw_store_free_updates) */
static gboolean
sw_store_write_blobs(SwStore *self,
		     const gchar *dir,
		     const SwStoreFile *files,
		     guint n_files,
		     git_tree_update *updates,
		     GError **error)
{
	for (guint i = 0; i < n_files; i++) {
		gint rc;
		/* batched, straight to memory: through the odb, each new blob is
		 * first looked for on disk, and a miss rescans the pack folder */
		if (self->batched &&
		    (rc = git_odb_hash(&updates[i].id, files[i].data, files[i].len, GIT_OBJECT_BLOB)) == 0)
			rc = self->mempack->write(self->mempack, &updates[i].id, files[i].data,
						  files[i].len, GIT_OBJECT_BLOB);
		else
			rc = git_blob_create_from_buffer(&updates[i].id, self->repo, files[i].data,
							 files[i].len);
		if (rc < 0)
			return sw_store_fail(error, rc, "writing a blob");
		updates[i].action = GIT_TREE_UPDATE_UPSERT;
		updates[i].filemode = GIT_FILEMODE_BLOB;
		updates[i].path = g_strdup_printf("%s/%s", dir, files[i].name);
	}
	return TRUE;
}

static void
sw_store_free_updates(git_tree_update *updates, guint n)
{
	for (guint i = 0; i < n; i++)
		g_free((gchar *)updates[i].path);
	g_free(updates);
}

/* HEAD's commit (the batch's while one is open) and its tree; both NULL
 * in an empty repository */
static gboolean
sw_store_baseline(SwStore *self, git_commit **out_parent, git_tree **out_tree, GError **error)
{
	gint rc;

	*out_parent = sw_store_lookup_commit(self, NULL, NULL);
	*out_tree = NULL;
	if (*out_parent != NULL && (rc = git_commit_tree(out_tree, *out_parent)) < 0)
		return sw_store_fail(error, rc, "reading HEAD's tree");
	return TRUE;
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
	git_tree_update *updates = NULL;
	git_oid tree_id;
	git_oid commit_id;
	git_oid prev;
	gchar hex[GIT_OID_HEXSZ + 1];
	gboolean has_prev;
	gint rc;

	g_return_val_if_fail(error == NULL || *error == NULL, NULL);
	g_return_val_if_fail(dir != NULL && n_files > 0, NULL);
	g_return_val_if_fail(!self->batched, NULL);

	if (!sw_store_baseline(self, &parent, &baseline, error))
		return NULL;
	updates = g_new0(git_tree_update, n_files);
	if (!sw_store_write_blobs(self, dir, files, n_files, updates, error)) {
		sw_store_free_updates(updates, n_files);
		return NULL;
	}
	rc = git_tree_create_updated(&tree_id, self->repo, baseline, n_files, updates);
	sw_store_free_updates(updates, n_files);
	if (rc < 0) {
		sw_store_fail(error, rc, "writing the tree");
		return NULL;
	}
	if (baseline != NULL && git_oid_equal(&tree_id, git_tree_id(baseline)))
		return g_strdup("");
	has_prev = sw_store_story_head(self, dir, &prev);
	if (!sw_store_make_commit(self, parent, &tree_id, message, has_prev ? &prev : NULL, when, TRUE,
				  &commit_id, error))
		return NULL;
	/* the branch is the history; the story's ref only speeds reading it,
	 * and a crash before it moves is mended by the next writer */
	sw_store_set_story_ref(self->repo, dir, &commit_id);
	sw_store_mark_refs(self, &commit_id);
	git_oid_tostr(hex, sizeof(hex), &commit_id);
	return g_strdup(hex);
}

gboolean
sw_store_queue(SwStore *self,
	       const gchar *dir,
	       const SwStoreFile *files,
	       guint n_files,
	       const gchar *message,
	       gint64 when,
	       guint *out_ticket,
	       GError **error)
{
	g_autoptr(git_commit) parent = NULL;
	g_autoptr(git_tree) baseline = NULL;
	g_autoptr(git_tree) tree = NULL;
	g_autoptr(git_tree_entry) had = NULL;
	git_tree_update *updates = NULL;
	git_oid tree_id;
	git_oid commit_id;
	git_oid prev;
	gchar hex[GIT_OID_HEXSZ + 1];
	guint ticket;
	gint rc;

	g_return_val_if_fail(error == NULL || *error == NULL, FALSE);
	g_return_val_if_fail(dir != NULL && n_files > 0, FALSE);
	g_return_val_if_fail(self->batched, FALSE);

	if (self->pending == 0) {
		/* the batch holds the write lock until it is on disk */
		g_return_val_if_fail(self->lock_depth > 0, FALSE);
		self->lock_depth++;
		g_ptr_array_set_size(self->tickets, 0);
	}
	ticket = self->tickets->len;
	if (!sw_store_baseline(self, &parent, &baseline, error))
		goto fail;
	updates = g_new0(git_tree_update, n_files);
	if (!sw_store_write_blobs(self, dir, files, n_files, updates, error))
		goto fail;
	for (guint i = 0; i < n_files; i++) {
		sw_store_batch_object(self, &updates[i].id, updates[i].path);
		self->pending_bytes += files[i].len;
	}
	if (baseline == NULL || git_tree_entry_bypath(&had, baseline, dir) < 0) {
		/* a story's first version: with the batch's others, one commit
		 * at the flush (a later one of the same story replaces it) */
		for (guint i = self->firsts->len; i > 0; i--) {
			const git_tree_update *u = &g_array_index(self->firsts, git_tree_update, i - 1);
			if (g_str_has_prefix(u->path, dir) && u->path[strlen(dir)] == '/')
				g_array_remove_index(self->firsts, i - 1);
		}
		g_array_append_vals(self->firsts, updates, n_files);
		g_clear_pointer(&updates, g_free); /* the paths are the array's now */
		for (guint i = 0; i < self->first_dirs->len; i++) {
			if (g_strcmp0(g_ptr_array_index(self->first_dirs, i), dir) == 0) {
				g_ptr_array_remove_index(self->first_dirs, i);
				g_ptr_array_remove_index(self->first_messages, i);
				break;
			}
		}
		g_ptr_array_add(self->first_dirs, g_strdup(dir));
		g_ptr_array_add(self->first_messages, g_strdup(message));
		g_array_append_val(self->first_tickets, ticket);
		self->first_when = MAX(self->first_when, when);
		g_ptr_array_add(self->tickets, NULL);
		self->pending_bytes += 256;
		self->pending++;
		*out_ticket = ticket;
		return TRUE;
	}
	rc = git_tree_create_updated(&tree_id, self->repo, baseline, n_files, updates);
	if (rc < 0) {
		sw_store_fail(error, rc, "writing the tree");
		goto fail;
	}
	if ((rc = git_tree_lookup(&tree, self->repo, &tree_id)) < 0) {
		sw_store_fail(error, rc, "reading the new tree");
		goto fail;
	}
	if (!sw_store_make_commit(self, parent, &tree_id, message,
				  sw_store_story_head(self, dir, &prev) ? &prev : NULL, when, FALSE,
				  &commit_id, error))
		goto fail;
	sw_store_batch_object(self, git_tree_id(tree), "");
	sw_store_batch_trees(self, tree, dir);
	sw_store_batch_object(self, &commit_id, NULL);
	/* a tree entry is about 40 bytes; a commit a few hundred */
	self->pending_bytes += git_tree_entrycount(tree) * 40 + 512;
	sw_store_batch_head(self, dir, &commit_id);
	git_oid_cpy(&self->batch_head, &commit_id);
	self->has_batch_head = TRUE;
	git_oid_tostr(hex, sizeof(hex), &commit_id);
	g_ptr_array_add(self->tickets, g_strdup(hex));
	self->pending++;
	sw_store_free_updates(updates, n_files);
	*out_ticket = ticket;
	return TRUE;
fail:
	if (updates != NULL)
		sw_store_free_updates(updates, n_files);
	if (self->pending == 0)
		sw_store_unlock(self);
	return FALSE;
}

const gchar *
sw_store_get_flushed(SwStore *self, guint ticket)
{
	if (self->tickets == NULL || ticket >= self->tickets->len)
		return NULL;
	return g_ptr_array_index(self->tickets, ticket);
}

/* The batch's first versions as one commit on top of the batch: "N first
 * snapshots", each story's own first line in the body. */
static gboolean
sw_store_commit_firsts(SwStore *self, GError **error)
{
	g_autoptr(git_commit) parent = NULL;
	g_autoptr(git_tree) baseline = NULL;
	g_autoptr(git_tree) tree = NULL;
	g_autoptr(GString) msg = g_string_new(NULL);
	git_oid tree_id;
	git_oid commit_id;
	gchar hex[GIT_OID_HEXSZ + 1];
	guint n = self->first_dirs->len;
	gint rc;

	if (n == 0)
		return TRUE;
	if (!sw_store_baseline(self, &parent, &baseline, error))
		return FALSE;
	rc = git_tree_create_updated(&tree_id, self->repo, baseline, self->firsts->len,
				     (const git_tree_update *)(gpointer)self->firsts->data);
	if (rc < 0 || (rc = git_tree_lookup(&tree, self->repo, &tree_id)) < 0)
		return sw_store_fail(error, rc, "writing the first versions' tree");
	if (n == 1) {
		g_string_append(msg, g_ptr_array_index(self->first_messages, 0));
	} else {
		/* each story's own subject in the body, for `storywatch log NAME`;
		 * the significance of the first, which all first versions share */
		const gchar *sig = strstr(g_ptr_array_index(self->first_messages, 0), "\nSignificance: ");
		g_string_append_printf(msg, "first snapshots of %u stories\n\n", n);
		for (guint i = 0; i < n; i++) {
			const gchar *m = g_ptr_array_index(self->first_messages, i);
			g_string_append_printf(msg, "%s %.*s\n", SW_STORE_BULLET, (gint)strcspn(m, "\n"), m);
		}
		if (sig != NULL)
			g_string_append_printf(msg, "\n%.*s\n", (gint)strcspn(sig + 1, "\n"), sig + 1);
	}
	if (!sw_store_make_commit(self, parent, &tree_id, msg->str, NULL, self->first_when, FALSE,
				  &commit_id, error))
		return FALSE;
	sw_store_batch_object(self, git_tree_id(tree), "");
	for (guint i = 0; i < n; i++) {
		const gchar *dir = g_ptr_array_index(self->first_dirs, i);
		sw_store_batch_trees(self, tree, dir);
		sw_store_batch_head(self, dir, &commit_id);
	}
	sw_store_batch_object(self, &commit_id, NULL);
	git_oid_cpy(&self->batch_head, &commit_id);
	self->has_batch_head = TRUE;
	git_oid_tostr(hex, sizeof(hex), &commit_id);
	for (guint i = 0; i < self->first_tickets->len; i++) {
		guint t = g_array_index(self->first_tickets, guint, i);
		g_free(g_ptr_array_index(self->tickets, t));
		g_ptr_array_index(self->tickets, t) = g_strdup(hex);
	}
	return TRUE;
}

/* a pack into the object store, indexed (and fsynced) by libgit2 */
static gint
sw_store_write_pack(SwStore *self, GBytes *pack)
{
	git_odb *odb = NULL;
	git_odb_writepack *wp = NULL;
	git_indexer_progress stats = {0};
	gint rc;

	/* given in one piece: fed object by object, the indexer maps and
	 * unmaps the growing pack file for each, and every unmap stops the
	 * pool's threads for a TLB flush */
	if ((rc = git_repository_odb(&odb, self->repo)) == 0 &&
	    (rc = git_odb_write_pack(&wp, odb, NULL, NULL)) == 0 &&
	    (rc = wp->append(wp, g_bytes_get_data(pack, NULL), g_bytes_get_size(pack), &stats)) == 0)
		rc = wp->commit(wp, &stats);
	if (wp != NULL)
		wp->free(wp);
	git_odb_free(odb);
	return rc;
}

/* the batch's objects, from memory, as one pack */
static gint
sw_store_build_pack(SwStore *self, GBytes **out)
{
	g_autoptr(SwPack) pack = sw_pack_new();
	git_odb *odb = NULL;
	gint rc;

	if ((rc = git_repository_odb(&odb, self->repo)) < 0)
		return rc;
	for (guint i = 0; i < self->objects->len; i++) {
		const SwStoreObject *o = &g_array_index(self->objects, SwStoreObject, i);
		git_odb_object *obj = NULL;
		SwPackType type;

		if ((rc = git_odb_read(&obj, odb, &o->id)) < 0)
			break;
		switch (git_odb_object_type(obj)) {
		case GIT_OBJECT_COMMIT:
			type = SW_PACK_COMMIT;
			break;
		case GIT_OBJECT_TREE:
			type = SW_PACK_TREE;
			break;
		default:
			type = SW_PACK_BLOB;
			break;
		}
		sw_pack_add(pack, type, o->id.id, git_odb_object_data(obj), git_odb_object_size(obj),
			    o->name);
		git_odb_object_free(obj);
	}
	git_odb_free(odb);
	if (rc == 0 && (*out = sw_pack_finish(pack)) == NULL) {
		git_error_set_str(GIT_ERROR_ZLIB, "compressing the batch's objects failed");
		rc = -1;
	}
	return rc;
}

/* a flushed batch's story refs, in the order they are written */
typedef struct {
	SwStore *store; /* its path only, and refs_repo, which no one else uses */
	GPtrArray *dirs;
	GArray *ids; /* git_oid */
	git_oid head;
} SwStoreRefs;

static gpointer
sw_store_refs_thread(gpointer data)
{
	SwStoreRefs *job = data;
	SwStore *self = job->store;
	git_repository *repo = self->refs_repo != NULL ? self->refs_repo : self->repo;
	gint64 t0 = g_get_monotonic_time();

	/* in the order of each story's newest commit: after a crash the refs
	 * written are for a run of the oldest, so the mending walk back from
	 * HEAD can stop at the first story ref found in place */
	for (guint i = 0; i < job->dirs->len; i++)
		sw_store_set_story_ref(repo, g_ptr_array_index(job->dirs, i),
				       &g_array_index(job->ids, git_oid, i));
	/* all of them durable at once, then the mark that says so */
	if (syncfs(self->lock_fd) == 0)
		sw_store_mark_refs(self, &job->head);
	g_debug("%u story refs: %" G_GINT64_FORMAT " ms", job->dirs->len,
		(g_get_monotonic_time() - t0) / 1000);
	g_ptr_array_unref(job->dirs);
	g_array_unref(job->ids);
	g_free(job);
	return NULL;
}

/* waits for the last batch's story refs, on disk once this returns */
static void
sw_store_join_refs(SwStore *self)
{
	if (self->refs_thread == NULL)
		return;
	g_thread_join(g_steal_pointer(&self->refs_thread));
	g_hash_table_remove_all(self->flushing_heads);
}

/* The batch's story refs, after its branch moved. They are an index of
 * the history, mended after a crash, so they are written, and synced, by
 * a thread while the next batch forms; until then the stories' heads are
 * read from memory. The write lock is kept until they are done. */
static void
sw_store_write_story_refs(SwStore *self)
{
	SwStoreRefs *job = g_new0(SwStoreRefs, 1);
	GHashTable *swap;

	sw_store_join_refs(self);
	job->store = self;
	job->dirs = g_ptr_array_new_with_free_func(g_free);
	job->ids = g_array_sized_new(FALSE, FALSE, sizeof(git_oid), self->ref_order->len);
	git_oid_cpy(&job->head, &self->batch_head);
	for (guint i = 0; i < self->ref_order->len; i++) {
		const gchar *dir = g_ptr_array_index(self->ref_order, i);
		g_ptr_array_add(job->dirs, g_strdup(dir));
		g_array_append_val(job->ids, *(git_oid *)g_hash_table_lookup(self->ref_heads, dir));
	}
	swap = self->flushing_heads;
	self->flushing_heads = self->ref_heads;
	self->ref_heads = swap;
	g_ptr_array_set_size(self->ref_order, 0);
	/* only the refs handle writes them: without one, here and now */
	if (self->refs_repo == NULL) {
		sw_store_refs_thread(job);
		g_hash_table_remove_all(self->flushing_heads);
		return;
	}
	self->refs_thread = g_thread_new("store-refs", sw_store_refs_thread, job);
}

/* The batch to disk: its objects as one pack (written and indexed with
 * fsync), then the branch, then the stories' refs. A crash before the
 * branch moves loses the batch and nothing else; one after it leaves
 * story refs behind, which the next writer mends. */
gboolean
sw_store_flush(SwStore *self, GError **error)
{
	g_autoptr(GBytes) pack = NULL;
	git_reference *ref = NULL;
	git_oid old_head;
	g_autofree gchar *branch = NULL;
	g_autofree gchar *log = NULL;
	gboolean had_head;
	gint64 t0 = g_get_monotonic_time(), t1;
	gint rc;

	if (self->pending == 0)
		return TRUE;
	if (!sw_store_commit_firsts(self, error)) {
		sw_store_batch_clear(self);
		return FALSE;
	}
	rc = sw_store_build_pack(self, &pack);
	if (rc == 0)
		rc = sw_store_write_pack(self, pack);
	t1 = g_get_monotonic_time();
	if (rc < 0) {
		sw_store_fail(error, rc, "writing the pack");
		sw_store_batch_clear(self);
		return FALSE;
	}
	branch = sw_store_head_branch(self);
	had_head = git_reference_name_to_id(&old_head, self->repo, branch) == 0;
	log = g_strdup_printf("storywatch: %u new versions", self->pending);
	/* checks that no one moved the branch under the batch */
	rc = git_reference_create_matching(&ref, self->repo, branch, &self->batch_head, 1,
					   had_head ? &old_head : NULL, log);
	git_reference_free(ref);
	self->head_known = 0;
	if (rc < 0) {
		sw_store_fail(error, rc, "moving the branch");
		sw_store_batch_clear(self);
		return FALSE;
	}
	g_debug("flushed %u versions (%u objects): pack %" G_GINT64_FORMAT " ms, branch %" G_GINT64_FORMAT
		" ms",
		self->pending, self->objects->len, (t1 - t0) / 1000,
		(g_get_monotonic_time() - t1) / 1000);
	sw_store_write_story_refs(self);
	sw_store_batch_clear(self);
	return TRUE;
}

gboolean
sw_store_has(SwStore *self, const gchar *path)
{
	g_autoptr(git_commit) commit = sw_store_lookup_commit(self, NULL, NULL);
	g_autoptr(git_tree) tree = NULL;
	g_autoptr(git_tree_entry) entry = NULL;

	if (commit == NULL || git_commit_tree(&tree, commit) < 0)
		return FALSE;
	return git_tree_entry_bypath(&entry, tree, path) == 0;
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
sw_store_entry_new(git_commit *c, const gchar *dir)
{
	SwLogEntry *e = g_new0(SwLogEntry, 1);
	const gchar *body = git_commit_body(c);
	gchar hex[GIT_OID_HEXSZ + 1];
	g_autofree gchar *line = dir != NULL ? g_strdup_printf("\n" SW_STORE_BULLET " %s: ", dir) : NULL;
	const gchar *own = NULL;

	git_oid_tostr(hex, sizeof(hex), git_commit_id(c));
	e->id = g_strdup(hex);
	e->time = git_commit_time(c);
	e->tz_offset = git_commit_time_offset(c);
	/* a commit of several stories names each in its body: @dir's line
	 * is its subject for @dir */
	if (body != NULL && line != NULL) {
		g_autofree gchar *text = g_strconcat("\n", body, NULL);
		own = strstr(text, line);
		if (own != NULL) {
			own += strlen(SW_STORE_BULLET) + 2;
			e->subject = g_strndup(own, strcspn(own, "\n"));
		}
	}
	if (e->subject == NULL)
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
			g_ptr_array_add(out, sw_store_entry_new(c, dir));
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
sw_store_set_story_ref(git_repository *repo, const gchar *dir, const git_oid *id)
{
	g_autofree gchar *name = sw_store_story_ref(dir);
	git_reference *ref = NULL;

	if (name == NULL)
		return;
	if (git_reference_create(&ref, repo, name, id, 1, "storywatch: new version") < 0)
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

	const git_oid *batched = self->ref_heads != NULL ? g_hash_table_lookup(self->ref_heads, dir) : NULL;

	if (batched == NULL && self->flushing_heads != NULL)
		batched = g_hash_table_lookup(self->flushing_heads, dir);
	if (batched != NULL) {
		git_oid_cpy(out, batched);
		return TRUE;
	}
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

/* "<gitdir>/storywatch/story-refs" holds the commit at which every
 * story's ref was last known right and on disk */
static gboolean
sw_store_read_mark(SwStore *self, git_oid *out)
{
	g_autofree gchar *path = sw_store_get_private_path(self, "story-refs");
	g_autofree gchar *text = NULL;

	if (!g_file_get_contents(path, &text, NULL, NULL))
		return FALSE;
	return git_oid_fromstrn(out, g_strstrip(text), GIT_OID_HEXSZ) == 0;
}

static void
sw_store_mark_refs(SwStore *self, const git_oid *head)
{
	g_autofree gchar *path = sw_store_get_private_path(self, "story-refs");
	g_autofree gchar *dir = g_path_get_dirname(path);
	gchar hex[GIT_OID_HEXSZ + 2];
	g_autoptr(GError) error = NULL;

	git_oid_tostr(hex, GIT_OID_HEXSZ + 1, head);
	hex[GIT_OID_HEXSZ] = '\n';
	hex[GIT_OID_HEXSZ + 1] = '\0';
	/* a lost or old mark only makes the next mending walk longer */
	g_mkdir_with_parents(dir, 0777);
	if (!g_file_set_contents(path, hex, -1, &error))
		g_debug("%s", error->message);
}

/* the story folders @tree changed from @parent_tree (nullable): top
 * folders, and a story's source folders one level down */
static void
sw_store_changed_dirs(git_repository *repo, git_tree *tree, git_tree *parent_tree, GPtrArray *out,
		      const gchar *prefix)
{
	for (gsize i = 0; i < git_tree_entrycount(tree); i++) {
		const git_tree_entry *e = git_tree_entry_byindex(tree, i);
		const gchar *name = git_tree_entry_name(e);
		const git_tree_entry *was =
		    parent_tree != NULL ? git_tree_entry_byname(parent_tree, name) : NULL;
		g_autoptr(git_tree) sub = NULL;
		g_autoptr(git_tree) sub_was = NULL;
		if (git_tree_entry_type(e) != GIT_OBJECT_TREE ||
		    (was != NULL && git_oid_equal(git_tree_entry_id(e), git_tree_entry_id(was))))
			continue;
		if (git_tree_lookup(&sub, repo, git_tree_entry_id(e)) < 0)
			continue;
		/* a folder of files is a story; a folder of folders, its sources */
		if (prefix == NULL && git_tree_entry_byname(sub, "story.txt") == NULL) {
			if (was != NULL && git_tree_entry_type(was) == GIT_OBJECT_TREE)
				git_tree_lookup(&sub_was, repo, git_tree_entry_id(was));
			sw_store_changed_dirs(repo, sub, sub_was, out, name);
			continue;
		}
		g_ptr_array_add(out, prefix != NULL ? g_strdup_printf("%s/%s", prefix, name)
						    : g_strdup(name));
	}
}

/* A writer killed after moving the branch but before the stories' refs
 * were on disk leaves some of them behind. Walking back from HEAD to the
 * mark, each story changed on the way gets its newest commit. Without a
 * mark (older repositories), refs are written in the order of each
 * story's newest commit, so the first one found in place ends the walk. */
static void
sw_store_repair_story_refs(SwStore *self)
{
	g_autoptr(git_commit) c = sw_store_lookup_commit(self, NULL, NULL);
	g_autoptr(GHashTable) seen = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	git_oid mark;
	gboolean has_mark = sw_store_read_mark(self, &mark);
	git_oid head;

	if (c == NULL || (has_mark && git_oid_equal(&mark, git_commit_id(c))))
		return;
	git_oid_cpy(&head, git_commit_id(c));
	for (guint walked = 0; c != NULL && walked < SW_STORE_REPAIR_DEPTH; walked++) {
		g_autoptr(git_commit) parent = NULL;
		g_autoptr(git_tree) tree = NULL;
		g_autoptr(git_tree) parent_tree = NULL;
		g_autoptr(GPtrArray) dirs = g_ptr_array_new_with_free_func(g_free);
		gboolean in_place = FALSE;

		if ((has_mark && git_oid_equal(&mark, git_commit_id(c))) || git_commit_tree(&tree, c) < 0)
			break;
		if (git_commit_parentcount(c) > 0 && git_commit_parent(&parent, c, 0) == 0)
			git_commit_tree(&parent_tree, parent);
		sw_store_changed_dirs(self->repo, tree, parent_tree, dirs, NULL);
		for (guint i = 0; i < dirs->len; i++) {
			const gchar *dir = g_ptr_array_index(dirs, i);
			g_autofree gchar *name = NULL;
			git_oid cur;
			/* a newer commit of this story was seen first */
			if (!g_hash_table_add(seen, g_strdup(dir)))
				continue;
			name = sw_store_story_ref(dir);
			if (name == NULL)
				continue;
			if (git_reference_name_to_id(&cur, self->repo, name) == 0 &&
			    git_oid_equal(&cur, git_commit_id(c))) {
				in_place = TRUE;
				continue;
			}
			sw_store_set_story_ref(self->repo, dir, git_commit_id(c));
		}
		if ((in_place && !has_mark) || parent == NULL)
			break;
		git_commit_free(g_steal_pointer(&c));
		c = g_steal_pointer(&parent);
	}
	sw_store_mark_refs(self, &head);
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
		g_ptr_array_add(out, sw_store_entry_new(c, dir));
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
