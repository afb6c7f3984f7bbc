/* SPDX-License-Identifier: MIT */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The history: a bare git repository written with libgit2 only. Each story
 * is a folder at the top of the tree; every snapshot that changes a folder
 * is one commit on HEAD's branch. */

typedef struct _SwStore SwStore;

/* Opens the repository at @path, creating a bare one (and its parents)
 * when @create and it does not exist. */
SwStore *
sw_store_open(const gchar *path, gboolean create, GError **error);
void
sw_store_free(SwStore *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(SwStore, sw_store_free)

const gchar *
sw_store_get_path(SwStore *self);
/* a file beside the repository's objects for storywatch's own state
 * (not committed): "<gitdir>/storywatch/<name>" */
gchar *
sw_store_get_private_path(SwStore *self, const gchar *name);

/* One writer per repository: an advisory lock on a file in the git dir,
 * released by the kernel if the process dies. Waits up to @wait_seconds
 * (0: fail at once with SW_ERROR_LOCKED). Nested calls are counted. */
gboolean
sw_store_lock(SwStore *self, guint wait_seconds, GError **error);
void
sw_store_unlock(SwStore *self);

/* The bytes of @path at @rev (nullable: HEAD), NUL-terminated.
 * SW_ERROR_NOT_FOUND when the repository is empty or has no such file. */
GBytes *
sw_store_read(SwStore *self, const gchar *rev, const gchar *path, GError **error);

typedef struct {
	const gchar *name; /* file name inside the folder */
	const gchar *data;
	gsize len;
} SwStoreFile;

/* Replaces the files of folder @dir with @files (other files of the folder
 * are kept) and commits with @message, authored by storywatch at @when.
 * When the tree would not change, no commit is made and "" is returned.
 * Returns the new commit's id in hex. Not while batched. */
gchar *
sw_store_commit(SwStore *self,
		const gchar *dir,
		const SwStoreFile *files,
		guint n_files,
		const gchar *message,
		gint64 when,
		GError **error);

/* TRUE when @path is in HEAD's tree (the batch's, while one is open):
 * no blob is read */
gboolean
sw_store_has(SwStore *self, const gchar *path);

/* Batched writes, for good once set: sw_store_queue keeps what it
 * writes in memory, and sw_store_flush writes it all as one pack and
 * moves the branch once. A story's first version waits for the flush,
 * where the batch's first versions become one commit; other versions are
 * commits at once, in memory. The first queued version takes the write
 * lock (the caller holds it then), and the flush, or a failed flush,
 * releases it; a failed flush drops the batch's versions. Once batched,
 * sw_store_commit is refused. */
gboolean
sw_store_set_batched(SwStore *self, GError **error);
gboolean
sw_store_queue(SwStore *self,
	       const gchar *dir,
	       const SwStoreFile *files,
	       guint n_files,
	       const gchar *message,
	       gint64 when,
	       guint *out_ticket,
	       GError **error);
gboolean
sw_store_flush(SwStore *self, GError **error);
/* after a flush, until the next version is queued: the commit (hex) of
 * the version queued as @ticket */
const gchar *
sw_store_get_flushed(SwStore *self, guint ticket);
/* versions in memory, and about how many bytes they hold */
guint
sw_store_get_pending(SwStore *self);
gsize
sw_store_get_pending_bytes(SwStore *self);

typedef struct {
	gchar *id;	/* hex */
	gint64 time;	/* committer time, seconds since the epoch */
	gint tz_offset; /* minutes */
	gchar *subject;
	gchar *body; /* message after the subject, nullable */
} SwLogEntry;

void
sw_log_entry_free(SwLogEntry *entry);

/* Commits reachable from @rev (nullable: HEAD), newest first, that changed
 * folder @dir (nullable: any); at most @max (0: all). An empty repository
 * gives an empty array. */
GPtrArray *
sw_store_log(SwStore *self, const gchar *dir, const gchar *rev, guint max, GError **error);

/* full hex id of @rev */
gchar *
sw_store_resolve(SwStore *self, const gchar *rev, GError **error);

/* (transfer full): the names of the folders in folder @dir (NULL: the
 * top) at HEAD, sorted; empty when there is no such folder */
GPtrArray *
sw_store_list_dirs(SwStore *self, const gchar *dir, GError **error);

G_END_DECLS
