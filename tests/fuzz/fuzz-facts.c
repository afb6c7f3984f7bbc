/* SPDX-License-Identifier: MIT
 * Fuzz target: the fact finders on any bytes, made valid UTF-8 in place
 * as the facts command does. Every fact must lie inside the text, give
 * its own bytes as text, and carry a finite amount; the toll a count
 * belongs to is read for each number. */
#include "fuzz.h"

#include <math.h>
#include <string.h>

#include "sw/facts.h"
#include "sw/text.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	gchar *text = sw_text_make_valid_in_place((const gchar *)data, size);
	GDate ref;
	GPtrArray *facts;

	g_date_clear(&ref, 1);
	g_date_set_dmy(&ref, 24, 10, 2014);
	facts = sw_facts_find(text, size, &ref);
	for (guint i = 0; i < facts->len; i++) {
		const SwFact *f = g_ptr_array_index(facts, i);
		if (f->start >= f->end || f->end > size ||
		    memcmp(f->text, text + f->start, f->end - f->start) != 0 ||
		    !isfinite(f->amount) || !g_utf8_validate(f->text, -1, NULL))
			__builtin_trap();
		if ((f->value != NULL && !g_utf8_validate(f->value, -1, NULL)) ||
		    (f->value_max != NULL && (f->value == NULL || f->value_max[0] != 'P')))
			__builtin_trap();
		/* the toll a count belongs to reads around the fact */
		if (f->kind == SW_FACT_NUMBER)
			(void)sw_facts_casualties(text, size, f);
	}
	g_ptr_array_unref(facts);
	g_free(text);
	return 0;
}
