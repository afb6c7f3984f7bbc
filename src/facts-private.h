/* SPDX-License-Identifier: MIT
 * What the fact finders (timex.c, quantity.c, names.c, quotes.c) share
 * with their driver, facts.c. Not installed. */
#pragma once

#include <glib.h>

#include "sw/facts.h"

typedef struct {
	const gchar *text;
	gsize len;
	const GDate *ref; /* nullable */
	GPtrArray *out;	  /* SwFact */
} SwFactsCtx;

/* a fact of @kind for text[start, end) */
SwFact *
sw_fact_new(SwFactsCtx *ctx, SwFactKind kind, gsize start, gsize end);

/* the tense around text[start, end) in its sentence: -1 past, +1 future,
 * 0 when nothing says */
gint
sw_facts_tense(const SwFactsCtx *ctx, gsize start, gsize end);

/* the value of a number written in digits ("1,200", "3.5") or words
 * ("twenty-four", "a", "two hundred"); FALSE for anything else */
gboolean
sw_facts_number(const gchar *text, gdouble *out);

/* TRUE when text[start, end) overlaps a fact already in ctx->out */
gboolean
sw_facts_taken(const SwFactsCtx *ctx, gsize start, gsize end);

void
sw_timex_find(SwFactsCtx *ctx);
void
sw_quantity_find(SwFactsCtx *ctx);
void
sw_names_find(SwFactsCtx *ctx);
void
sw_quotes_find(SwFactsCtx *ctx);

/* the interval a TIMEX3 date value covers */
gboolean
sw_timex_interval(const gchar *value, const GDate *ref, GDate *from, GDate *to);
