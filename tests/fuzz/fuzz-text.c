/* SPDX-License-Identifier: MIT
 * Fuzz target: whitespace, sentence splitting and cosmetic keys on any
 * text (made valid UTF-8 first, as every caller does). */
#include "fuzz.h"

#include "sw/text.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	gchar *valid = g_utf8_make_valid((const gchar *)data, (gssize)size);
	gchar *norm = sw_text_normalize_space(valid);
	GPtrArray *sentences = sw_text_split_sentences(norm);
	gchar *key = sw_text_cosmetic_key(norm);

	for (guint i = 0; i < sentences->len; i++) {
		const gchar *s = g_ptr_array_index(sentences, i);
		if (*s == '\0' || !g_utf8_validate(s, -1, NULL))
			__builtin_trap();
	}
	g_ptr_array_unref(sentences);
	g_free(key);
	g_free(norm);
	g_free(valid);
	return 0;
}
