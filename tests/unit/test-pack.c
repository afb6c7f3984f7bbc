/* SPDX-License-Identifier: MIT
 *
 * The batch pack: deltas undone by a reference applier written here, and
 * whole packs indexed and read back by the git command. */
#include "testlib.h"

#include <string.h>

#include "sw/pack.h"

/* the id git gives an object: SHA-1 of "TYPE SIZE\0" and the bytes */
static void
object_id(const gchar *type, const guint8 *data, gsize len, guint8 out[SW_PACK_ID_LEN])
{
	g_autoptr(GChecksum) sum = g_checksum_new(G_CHECKSUM_SHA1);
	g_autofree gchar *head = g_strdup_printf("%s %" G_GSIZE_FORMAT, type, len);
	gsize n = SW_PACK_ID_LEN;

	g_checksum_update(sum, (const guint8 *)head, strlen(head) + 1);
	g_checksum_update(sum, data, len);
	g_checksum_get_digest(sum, out, &n);
}

static gsize
read_varint(const guint8 **p)
{
	gsize v = 0;
	guint shift = 0;
	guint8 b;

	do {
		b = *(*p)++;
		v |= (gsize)(b & 0x7f) << shift;
		shift += 7;
	} while (b & 0x80);
	return v;
}

/* git's delta format, applied the way a reader does */
static GByteArray *
apply_delta(const guint8 *base, gsize base_len, const GByteArray *delta)
{
	const guint8 *p = delta->data;
	const guint8 *end = delta->data + delta->len;
	GByteArray *out = g_byte_array_new();
	gsize target_len;

	assert_int_equal(read_varint(&p), base_len);
	target_len = read_varint(&p);
	while (p < end) {
		guint8 op = *p++;
		if (op & 0x80) {
			gsize off = 0, size = 0;
			for (guint i = 0; i < 4; i++)
				if (op & (1u << i))
					off |= (gsize)*p++ << (8 * i);
			for (guint i = 0; i < 3; i++)
				if (op & (0x10u << i))
					size |= (gsize)*p++ << (8 * i);
			if (size == 0)
				size = 0x10000;
			assert_true(off + size <= base_len);
			g_byte_array_append(out, base + off, size);
		} else {
			assert_true(op > 0 && p + op <= end);
			g_byte_array_append(out, p, op);
			p += op;
		}
	}
	assert_int_equal(out->len, target_len);
	return out;
}

static void
check_delta(const gchar *base, gsize base_len, const gchar *target, gsize target_len)
{
	g_autoptr(GByteArray) d = sw_pack_delta((const guint8 *)base, base_len, (const guint8 *)target,
						target_len);
	g_autoptr(GByteArray) back = NULL;

	assert_non_null(d);
	back = apply_delta((const guint8 *)base, base_len, d);
	assert_memory_equal(back->data, target, target_len);
	/* a small change makes a small delta */
	assert_true(d->len < target_len / 2 + 64);
}

static void
test_delta(void **state)
{
	g_autofree gchar *big = g_malloc(200000);
	g_autofree gchar *big2 = NULL;
	(void)state;

	check_delta("abcdefghij", 10, "abcdefghij", 10);
	check_delta("abcdefghijklmnopqrst", 20, "abcdefXhijklmnopqrst", 20);
	check_delta("abcdefghijklmnopqrst", 20, "abcdefghijklmnopqrstUV", 22);
	check_delta("abcdefghijklmnopqrst", 20, "Zabcdefghijklmnopqrst", 21);
	check_delta("abcdefghijklmnopqrst", 20, "abcdefghijklmnop", 16);
	/* copies longer than one instruction takes, offsets past 64 KiB,
	 * and an insert longer than one instruction takes */
	for (guint i = 0; i < 200000; i++)
		big[i] = (gchar)('a' + (i * 7 + i / 13) % 26);
	big2 = g_malloc(200000 + 300);
	memcpy(big2, big, 150000);
	memset(big2 + 150000, '#', 300);
	memcpy(big2 + 150300, big + 150000, 50000);
	check_delta(big, 200000, big2, 200300);
	/* nothing shared: no delta */
	assert_null(sw_pack_delta((const guint8 *)"abcdefgh", 8, (const guint8 *)"12345678", 8));
	assert_null(sw_pack_delta((const guint8 *)"", 0, (const guint8 *)"12345678", 8));
}

static gchar *
run(const gchar *dir, const gchar *args)
{
	g_autofree gchar *cmd = g_strdup_printf("git -C '%s' %s", dir, args);
	gchar *out = NULL;
	gint status = 0;

	if (!g_spawn_command_line_sync(cmd, &out, NULL, &status, NULL) ||
	    !g_spawn_check_wait_status(status, NULL)) {
		g_free(out);
		return NULL;
	}
	return out;
}

static void
tree_entry(GByteArray *tree, const gchar *name, const guint8 id[SW_PACK_ID_LEN])
{
	g_autofree gchar *head = g_strdup_printf("100644 %s", name);
	g_byte_array_append(tree, (const guint8 *)head, strlen(head) + 1);
	g_byte_array_append(tree, id, SW_PACK_ID_LEN);
}

static gchar *
hex(const guint8 id[SW_PACK_ID_LEN])
{
	GString *s = g_string_new(NULL);
	for (guint i = 0; i < SW_PACK_ID_LEN; i++)
		g_string_append_printf(s, "%02x", id[i]);
	return g_string_free(s, FALSE);
}

/* blobs whole, a tree's later versions as deltas, a repeated object once,
 * and chains of ten at most: the git command reads it all back */
static void
test_pack_read_by_git(void **state)
{
	g_autofree gchar *git_path = g_find_program_in_path("git");
	g_autofree gchar *dir = NULL;
	g_autofree gchar *pack_path = NULL;
	g_autoptr(SwPack) pack = sw_pack_new();
	g_autoptr(GBytes) bytes = NULL;
	g_autoptr(GPtrArray) blob_ids = g_ptr_array_new_with_free_func(g_free);
	g_autoptr(GPtrArray) blobs = g_ptr_array_new_with_free_func(g_free);
	g_autoptr(GByteArray) tree = g_byte_array_new();
	g_autofree gchar *last_tree = NULL;
	g_autofree gchar *out = NULL;
	g_autofree gchar *cmd = NULL;
	guint8 id[SW_PACK_ID_LEN];
	(void)state;

	if (git_path == NULL)
		skip();
	dir = sw_test_tmpdir();
	g_free(run(dir, "init -q --bare repo"));
	/* sixty versions of a folder, each with one file more */
	for (guint v = 0; v < 60; v++) {
		g_autofree gchar *text = g_strdup_printf("version %u of the story\n", v);
		g_autofree gchar *name = g_strdup_printf("f%03u.txt", v);
		object_id("blob", (const guint8 *)text, strlen(text), id);
		sw_pack_add(pack, SW_PACK_BLOB, id, (const guint8 *)text, strlen(text), name);
		/* the same blob again: one copy in the pack */
		sw_pack_add(pack, SW_PACK_BLOB, id, (const guint8 *)text, strlen(text), name);
		g_ptr_array_add(blob_ids, g_memdup2(id, SW_PACK_ID_LEN));
		g_ptr_array_add(blobs, g_steal_pointer(&text));
		tree_entry(tree, name, id);
		object_id("tree", tree->data, tree->len, id);
		sw_pack_add(pack, SW_PACK_TREE, id, tree->data, tree->len, "story");
		g_free(last_tree);
		last_tree = hex(id);
	}
	assert_int_equal(sw_pack_get_count(pack), 120);
	bytes = sw_pack_finish(pack);
	pack_path = g_build_filename(dir, "batch.pack", NULL);
	assert_true(g_file_set_contents(pack_path, g_bytes_get_data(bytes, NULL),
					(gssize)g_bytes_get_size(bytes), NULL));
	/* git checks the checksum, the count and every object's id */
	cmd = g_strdup_printf("index-pack --strict -o '%s/batch.idx' '%s'", dir, pack_path);
	out = run(dir, cmd);
	assert_non_null(out);
	g_clear_pointer(&out, g_free);
	g_clear_pointer(&cmd, g_free);
	cmd = g_strdup_printf("verify-pack -v '%s/batch.idx'", dir);
	out = run(dir, cmd);
	assert_non_null(out);
	/* 54 deltas: the chain starts again after 10, six times whole */
	assert_non_null(strstr(out, "chain length = 10: 5 objects"));
	assert_null(strstr(out, "chain length = 11"));
	assert_non_null(strstr(out, "non delta: 66 objects"));
	g_clear_pointer(&out, g_free);
	g_clear_pointer(&cmd, g_free);
	/* the objects, read from the pack */
	cmd = g_strdup_printf("sh -c 'mv %s/batch.pack %s/batch.idx %s/repo/objects/pack/'", dir, dir, dir);
	assert_true(g_spawn_command_line_sync(cmd, NULL, NULL, NULL, NULL));
	g_clear_pointer(&cmd, g_free);
	{
		g_autofree gchar *repo = g_build_filename(dir, "repo", NULL);
		g_autofree gchar *blob_hex = hex(g_ptr_array_index(blob_ids, 37));
		g_autofree gchar *show = g_strdup_printf("cat-file -p %s", blob_hex);
		g_autofree gchar *ls = g_strdup_printf("ls-tree %s", last_tree);
		g_autofree gchar *text = run(repo, show);
		g_autofree gchar *listing = run(repo, ls);
		g_auto(GStrv) lines = NULL;
		assert_string_equal(text, g_ptr_array_index(blobs, 37));
		assert_non_null(listing);
		assert_non_null(strstr(listing, "f059.txt"));
		lines = g_strsplit(listing, "\n", -1);
		assert_int_equal(g_strv_length(lines) - 1, 60);
	}
	sw_test_rmtree(dir);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_delta),
	    cmocka_unit_test(test_pack_read_by_git),
	};
	sw_test_init();
	return cmocka_run_group_tests(tests, NULL, NULL);
}
