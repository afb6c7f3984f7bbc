/* SPDX-License-Identifier: MIT
 * Fuzz target: the extractor on any bytes, with and without a selector. */
#include "fuzz.h"

#include "sw/extract.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	SwExtractOptions sel = {NULL, NULL, "article p, .story", "//aside", TRUE};
	SwStory *a = sw_extract_html((const char *)data, size, NULL, NULL);
	SwStory *b = sw_extract_html((const char *)data, size, &sel, NULL);
	gchar *text = sw_story_to_text(a, NULL);

	/* whatever came in, the story is valid UTF-8 */
	if (!g_utf8_validate(text, -1, NULL))
		__builtin_trap();
	g_free(text);
	sw_story_free(a);
	sw_story_free(b);
	return 0;
}
