/* SPDX-License-Identifier: MIT */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The facts a reader tracks in a story, found in plain UTF-8 text with a
 * normalised value each: dates and other temporal expressions (TimeML
 * TIMEX3 values), amounts of money, percentages, counted numbers, people,
 * organisations, places, and quotations with their speakers. The rules
 * are tables of words and patterns (see timex.c, quantity.c, names.c). */

typedef enum {
	SW_FACT_DATE,
	SW_FACT_TIME,
	SW_FACT_DURATION,
	SW_FACT_SET,
	SW_FACT_MONEY,
	SW_FACT_PERCENT,
	SW_FACT_NUMBER,
	SW_FACT_PERSON,
	SW_FACT_ORG,
	SW_FACT_PLACE,
	SW_FACT_QUOTE,
} SwFactKind;

typedef struct {
	SwFactKind kind;
	gsize start; /* UTF-8 byte offsets into the text, end exclusive */
	gsize end;
	gchar *text;  /* exactly the bytes start..end */
	gchar *value; /* normalised: "2014-11", "USD 600000000", "26%", "5", a name */
	/* temporal: TIMEX3 type and, for dates, the interval covered
	 * (YYYY-MM-DD, nullable at an open end) */
	const gchar *type;
	gchar *from;
	gchar *to;
	/* date: the part of its value it tells, "START", "MID" or "END"
	 * ("early 2027", "mid-1998", "the end of the month"), which narrows
	 * from..to to a third; else NULL (static) */
	const gchar *mod;
	/* duration: a range's upper end ("P3W" of "two to three weeks",
	 * whose value is its lower end, "P2W"), else NULL */
	gchar *value_max;
	/* money */
	gchar *currency;
	gdouble amount;
	gdouble amount_max; /* a range's upper end, else = amount */
	gboolean approx;    /* "about", "nearly", "more than" */
	/* number: the counted noun, singular ("soldier") */
	gchar *noun;
	/* person: a title before the name; a short form's full name */
	gchar *role;
	gchar *ref;
	/* quote */
	gchar *speaker;
} SwFact;

void
sw_fact_free(SwFact *fact);

const gchar *
sw_fact_kind_to_string(SwFactKind kind);

/* Finds the facts of @text (valid UTF-8, @len bytes). @ref is the
 * reference date relative expressions resolve against (nullable: they
 * keep X placeholders). Facts come sorted by start; quotes may enclose
 * other facts, other kinds do not overlap. */
GPtrArray *
sw_facts_find(const gchar *text, gsize len, const GDate *ref);

/* The cues a story gives all of its sentences, read from the whole of it
 * once, on first need: does it write pounds (then "12p" is pence), name
 * quarters (a results story, whose "a year ago" is a quarter), write the
 * day before the month? @text must outlive it. */
typedef struct _SwFactsStory SwFactsStory;

SwFactsStory *
sw_facts_story_new(const gchar *text, gsize len);

void
sw_facts_story_free(SwFactsStory *story);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(SwFactsStory, sw_facts_story_free)

/* sw_facts_find() for @text, a part of @story (a sentence the diff
 * reads), with the story's cues */
GPtrArray *
sw_facts_find_in_story(const gchar *text, gsize len, const GDate *ref, SwFactsStory *story);

/* the temporal facts only, for benchmarks against TimeML */
GPtrArray *
sw_facts_find_temporal(const gchar *text, gsize len, const GDate *ref);

/* what a name alone most likely is: SW_FACT_PLACE (a known place),
 * SW_FACT_ORG (an organisation's word in it, or an acronym), else
 * SW_FACT_PERSON */
SwFactKind
sw_facts_name_kind(const gchar *name);

/* "dead" when number fact @f of @text (@len bytes) counts the dead,
 * whatever its noun ("the death toll rose to 15", "killed 12 people",
 * "five soldiers died"), "injured" for the injured ("40 were injured"),
 * else NULL */
const gchar *
sw_facts_casualties(const gchar *text, gsize len, const SwFact *f);

/* is @f a move told as a multiple ("doubled", "halved"), whose word
 * says its way itself? */
gboolean
sw_facts_is_multiple(const SwFact *f);

/* is @text an ordinal, in words or digits ("fourth", "12th")? */
gboolean
sw_facts_is_ordinal(const gchar *text);

/* the local day of @t, seconds since the epoch: the reference date of a
 * version fetched or committed then */
void
sw_facts_date_of_time(gint64 t, GDate *out);

/* is @line a dateline, dates and times alone with the words that lead
 * them ("Published 3 March 2025, updated 4 March 2025", "UPDATED 07:30
 * EDT / OCTOBER 24 2014")? Then the latest day it writes in full, year
 * and all, is stored in @out: the day a text speaks from */
gboolean
sw_facts_dateline_day(const gchar *line, GDate *out);

/* the same for a @line whose facts, found by sw_facts_find() with any
 * reference, are @facts: no second reading */
gboolean
sw_facts_dateline_of(const gchar *line, GPtrArray *facts, GDate *out);

/* "YYYY-MM-DD" or NULL */
gboolean
sw_facts_parse_ref_date(const gchar *text, GDate *out);

/* the day a version speaks from: the page's own date @iso (nullable)
 * when it is one and no later than the day after @t (when the version
 * was fetched or committed), else the day of @t. A page dated ahead of
 * its fetch is wrong or hostile, and would move every "next month" */
void
sw_facts_version_day(const gchar *iso, gint64 t, GDate *out);

G_END_DECLS
