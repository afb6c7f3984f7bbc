/* SPDX-License-Identifier: MIT
 * Fuzz target: bytes to UTF-8, with a charset label taken from the input. */
#include "fuzz.h"

#include <string.h>

#include "sw/charset.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	gsize label_len = size > 0 ? MIN((gsize)data[0] % 16, size - 1) : 0;
	gchar *label = size > 0 ? g_strndup((const gchar *)data + 1, label_len) : NULL;
	const gchar *body = (const gchar *)data + (size > 0 ? 1 + label_len : 0);
	gsize body_len = size > 0 ? size - 1 - label_len : 0;
	gchar *out = sw_charset_to_utf8(body, body_len, label, NULL);

	if (!g_utf8_validate(out, -1, NULL))
		__builtin_trap();
	g_free(out);
	g_free(label);
	return 0;
}
