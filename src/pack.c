/* SPDX-License-Identifier: MIT
 *
 * The pack a batch of versions goes to disk as. libgit2's packbuilder
 * searches every object against ten neighbours for deltas and reads every
 * ref in the repository (for tags) each time it writes; a batch of news
 * stories has nothing to find across stories, and one ref per story. What
 * a batch does share is known: each version's trees differ from the
 * previous version's in an entry or two, so those are stored as deltas
 * against it, and everything else whole. `storywatch gc` lets git find
 * the rest. The format is git's pack version 2 (gitformat-pack(5)).
 */
#define G_LOG_DOMAIN "storywatch-pack"

#include "sw/pack.h"

#include <gio/gio.h>
#include <string.h>

/* fast over small: `storywatch gc` recompresses at git's level */
#define SW_PACK_ZLIB_LEVEL 1
/* the largest copy one delta instruction gives (its 0 means this) */
#define SW_PACK_COPY_MAX 0x10000
#define SW_PACK_INSERT_MAX 0x7f
#define SW_PACK_REF_DELTA 7
/* deltas a reader undoes to read the newest version (git allows 50, and
 * each undone delta of a root tree copies all of it) */
#define SW_PACK_MAX_DEPTH 10

typedef struct {
	guint8 id[SW_PACK_ID_LEN];
	GBytes *data;
	guint depth; /* deltas to undo to read it */
} SwPackBase;

struct _SwPack {
	GByteArray *buf;
	guint count;
	GHashTable *ids;   /* guint8[20] (owned) -> itself */
	GHashTable *bases; /* tree path -> SwPackBase: its last version here */
	GZlibCompressor *zlib;
	gboolean failed; /* zlib refused: the pack is spoiled */
};

static guint
sw_pack_id_hash(gconstpointer key)
{
	guint h;

	/* a SHA-1 is already uniformly spread */
	memcpy(&h, key, sizeof(h));
	return h;
}

static gboolean
sw_pack_id_equal(gconstpointer a, gconstpointer b)
{
	return memcmp(a, b, SW_PACK_ID_LEN) == 0;
}

static void
sw_pack_base_free(SwPackBase *base)
{
	g_bytes_unref(base->data);
	g_free(base);
}

SwPack *
sw_pack_new(void)
{
	SwPack *self = g_new0(SwPack, 1);
	static const guint8 header[] = {'P', 'A', 'C', 'K', 0, 0, 0, 2, 0, 0, 0, 0};

	self->buf = g_byte_array_new();
	g_byte_array_append(self->buf, header, sizeof(header));
	self->ids = g_hash_table_new_full(sw_pack_id_hash, sw_pack_id_equal, g_free, NULL);
	self->bases =
	    g_hash_table_new_full(g_str_hash, g_str_equal, g_free, (GDestroyNotify)sw_pack_base_free);
	self->zlib = g_zlib_compressor_new(G_ZLIB_COMPRESSOR_FORMAT_ZLIB, SW_PACK_ZLIB_LEVEL);
	return self;
}

void
sw_pack_free(SwPack *self)
{
	if (self == NULL)
		return;
	if (self->buf != NULL)
		g_byte_array_unref(self->buf);
	g_hash_table_unref(self->ids);
	g_hash_table_unref(self->bases);
	g_object_unref(self->zlib);
	g_free(self);
}

guint
sw_pack_get_count(SwPack *self)
{
	return self->count;
}

/* an object's header: type and size, four bits then seven at a time */
static void
sw_pack_put_header(GByteArray *out, guint type, gsize size)
{
	guint8 b = (guint8)((type << 4) | (size & 0x0f));

	size >>= 4;
	while (size > 0) {
		b |= 0x80;
		g_byte_array_append(out, &b, 1);
		b = size & 0x7f;
		size >>= 7;
	}
	g_byte_array_append(out, &b, 1);
}

/* a delta's sizes: seven bits at a time, low first */
static void
sw_pack_put_varint(GByteArray *out, gsize v)
{
	do {
		guint8 b = v & 0x7f;
		v >>= 7;
		if (v > 0)
			b |= 0x80;
		g_byte_array_append(out, &b, 1);
	} while (v > 0);
}

static gboolean
sw_pack_deflate(SwPack *self, const guint8 *data, gsize len)
{
	gsize room = len + len / 8 + 64;
	gsize done = 0;

	g_converter_reset(G_CONVERTER(self->zlib));
	for (;;) {
		g_autoptr(GError) error = NULL;
		guint start = self->buf->len;
		gsize read = 0, written = 0;
		GConverterResult r;

		g_byte_array_set_size(self->buf, start + room);
		r = g_converter_convert(G_CONVERTER(self->zlib), data + done, len - done,
					self->buf->data + start, room, G_CONVERTER_INPUT_AT_END, &read,
					&written, &error);
		g_byte_array_set_size(self->buf, start + written);
		done += read;
		if (r == G_CONVERTER_FINISHED)
			return TRUE;
		/* memory to memory, zlib fails only for want of room or memory */
		if (r == G_CONVERTER_ERROR && !g_error_matches(error, G_IO_ERROR, G_IO_ERROR_NO_SPACE)) {
			g_debug("deflate: %s", error->message);
			return FALSE;
		}
		room *= 2;
	}
}

static void
sw_pack_copy(GByteArray *out, gsize offset, gsize len)
{
	while (len > 0) {
		gsize n = MIN(len, SW_PACK_COPY_MAX);
		guint8 op[8];
		guint k = 1;

		op[0] = 0x80;
		/* only the offset's and size's non-zero bytes are written */
		for (guint i = 0; i < 4; i++) {
			if ((offset >> (8 * i)) & 0xff) {
				op[0] |= 1u << i;
				op[k++] = (offset >> (8 * i)) & 0xff;
			}
		}
		for (guint i = 0; i < 3 && n < SW_PACK_COPY_MAX; i++) {
			if ((n >> (8 * i)) & 0xff) {
				op[0] |= 0x10u << i;
				op[k++] = (n >> (8 * i)) & 0xff;
			}
		}
		g_byte_array_append(out, op, k);
		offset += n;
		len -= n;
	}
}

static void
sw_pack_insert(GByteArray *out, const guint8 *data, gsize len)
{
	while (len > 0) {
		guint8 n = (guint8)MIN(len, SW_PACK_INSERT_MAX);
		g_byte_array_append(out, &n, 1);
		g_byte_array_append(out, data, n);
		data += n;
		len -= n;
	}
}

GByteArray *
sw_pack_delta(const guint8 *base, gsize base_len, const guint8 *target, gsize target_len)
{
	GByteArray *out;
	gsize head = 0, tail = 0;
	gsize most = MIN(base_len, target_len);

	/* copies can only address the first 4 GiB of a base */
	if (base_len > G_MAXUINT32)
		return NULL;
	while (head < most && base[head] == target[head])
		head++;
	while (tail < most - head && base[base_len - 1 - tail] == target[target_len - 1 - tail])
		tail++;
	if ((head + tail) * 2 < target_len)
		return NULL;
	out = g_byte_array_sized_new(target_len - head - tail + 32);
	sw_pack_put_varint(out, base_len);
	sw_pack_put_varint(out, target_len);
	sw_pack_copy(out, 0, head);
	sw_pack_insert(out, target + head, target_len - head - tail);
	sw_pack_copy(out, base_len - tail, tail);
	return out;
}

void
sw_pack_add(SwPack *self,
	    SwPackType type,
	    const guint8 id[SW_PACK_ID_LEN],
	    const guint8 *data,
	    gsize len,
	    const gchar *name)
{
	g_autoptr(GByteArray) delta = NULL;
	SwPackBase *base = NULL;
	guint depth = 0;

	g_return_if_fail(self->buf != NULL);
	if (self->failed || g_hash_table_contains(self->ids, id))
		return;
	g_hash_table_add(self->ids, g_memdup2(id, SW_PACK_ID_LEN));
	self->count++;
	if (type == SW_PACK_TREE && name != NULL) {
		base = g_hash_table_lookup(self->bases, name);
		if (base != NULL && base->depth < SW_PACK_MAX_DEPTH)
			delta = sw_pack_delta(g_bytes_get_data(base->data, NULL),
					      g_bytes_get_size(base->data), data, len);
	}
	if (delta != NULL) {
		/* the base is earlier in this pack, named by its id */
		sw_pack_put_header(self->buf, SW_PACK_REF_DELTA, delta->len);
		g_byte_array_append(self->buf, base->id, SW_PACK_ID_LEN);
		self->failed = !sw_pack_deflate(self, delta->data, delta->len);
		depth = base->depth + 1;
	} else {
		sw_pack_put_header(self->buf, type, len);
		self->failed = !sw_pack_deflate(self, data, len);
	}
	if (type == SW_PACK_TREE && name != NULL) {
		base = g_new0(SwPackBase, 1);
		memcpy(base->id, id, SW_PACK_ID_LEN);
		base->data = g_bytes_new(data, len);
		base->depth = depth;
		g_hash_table_replace(self->bases, g_strdup(name), base);
	}
}

GBytes *
sw_pack_finish(SwPack *self)
{
	g_autoptr(GChecksum) sum = g_checksum_new(G_CHECKSUM_SHA1);
	guint8 digest[SW_PACK_ID_LEN];
	gsize digest_len = sizeof(digest);
	GByteArray *buf = g_steal_pointer(&self->buf);

	g_return_val_if_fail(buf != NULL, NULL);
	if (self->failed) {
		g_byte_array_unref(buf);
		return NULL;
	}
	buf->data[8] = (self->count >> 24) & 0xff;
	buf->data[9] = (self->count >> 16) & 0xff;
	buf->data[10] = (self->count >> 8) & 0xff;
	buf->data[11] = self->count & 0xff;
	g_checksum_update(sum, buf->data, buf->len);
	g_checksum_get_digest(sum, digest, &digest_len);
	g_byte_array_append(buf, digest, sizeof(digest));
	return g_byte_array_free_to_bytes(buf);
}
