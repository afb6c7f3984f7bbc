/* SPDX-License-Identifier: MIT */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A git pack (version 2) built in memory from a batch's objects, for the
 * store to hand to libgit2's indexer. */

typedef enum {
	SW_PACK_COMMIT = 1,
	SW_PACK_TREE = 2,
	SW_PACK_BLOB = 3,
	SW_PACK_TAG = 4,
} SwPackType;

#define SW_PACK_ID_LEN 20

typedef struct _SwPack SwPack;

SwPack *
sw_pack_new(void);

void
sw_pack_free(SwPack *self);

/* Appends one object whose SHA-1 is @id; an id already in the pack is
 * skipped. A tree with a @name (its path) seen before in this pack is
 * stored as a delta against that earlier version when they share most
 * of their bytes: a story's new version changes one entry of each tree
 * above it. */
void
sw_pack_add(SwPack *self,
	    SwPackType type,
	    const guint8 id[SW_PACK_ID_LEN],
	    const guint8 *data,
	    gsize len,
	    const gchar *name);

guint
sw_pack_get_count(SwPack *self);

/* The pack with its object count and checksum, NULL when zlib failed on
 * an object (out of memory); @self is spent. */
GBytes *
sw_pack_finish(SwPack *self);

/* A git delta turning @base into @target: a copy of their common head,
 * the middle of @target inserted, a copy of their common tail. NULL when
 * that would not save at least half of @target. */
GByteArray *
sw_pack_delta(const guint8 *base, gsize base_len, const guint8 *target, gsize target_len);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(SwPack, sw_pack_free)

G_END_DECLS
