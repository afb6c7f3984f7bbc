/* SPDX-License-Identifier: MIT
 * Fuzz target: CSS selectors to XPath; what is accepted must compile. */
#include "fuzz.h"

#include "sw/extract.h"
#include "sw/select.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	gchar *sel = g_strndup((const gchar *)data, size);
	gchar *xpath = sw_select_to_xpath(sel, NULL);
	const gchar *t = sel;

	/* XPath is passed through as written; only CSS is ours to translate */
	while (*t == ' ')
		t++;

	/* what the translator accepts is XPath that compiles */
	if (xpath != NULL && (xpath[0] != '/' && xpath[0] != '(' && xpath[0] != '.'))
		__builtin_trap();
	if (xpath != NULL && *t != '/' && *t != '(' && !g_str_has_prefix(t, "./") &&
	    !sw_extract_check_selector(sel, NULL))
		__builtin_trap();
	g_free(xpath);
	g_free(sel);
	return 0;
}
