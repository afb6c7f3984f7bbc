/* SPDX-License-Identifier: MIT
 * What the fact finders (timex.c, quantity.c, names.c, quotes.c) share
 * with their driver, facts.c. Not installed. */
#pragma once

#include <glib.h>

#include "sw/facts.h"

/* Cheap cues: a pattern runs only over the zones (lines, sentences) that
 * hold a word any match of it must contain, so most of the patterns skip
 * most of the text. */
enum {
	SW_CUE_DIGIT = 1 << 0,
	SW_CUE_MONTH = 1 << 1,
	SW_CUE_WEEKDAY = 1 << 2,
	SW_CUE_YEARWORD = 1 << 3,
	SW_CUE_DECADE = 1 << 4,
	SW_CUE_UNIT = 1 << 5,
	SW_CUE_DAYWORD = 1 << 6,
	SW_CUE_POD = 1 << 7,
	SW_CUE_HALF = 1 << 8,
	SW_CUE_SEASON = 1 << 9,
	SW_CUE_REF = 1 << 10,
	SW_CUE_SET = 1 << 11,
	SW_CUE_CLOCK = 1 << 12,
	SW_CUE_PERIOD = 1 << 13,
	SW_CUE_NUMWORD = 1 << 14,
	SW_CUE_CURRENCY = 1 << 15,
	SW_CUE_PERCENT = 1 << 16,
	SW_CUE_HOLIDAY = 1 << 17,
	SW_CUE_PLAY = 1 << 18,
	SW_CUE_AGO = 1 << 19,
	SW_CUE_ORDINAL = 1 << 20,
	SW_CUE_CENTURY = 1 << 21,
	SW_CUE_YEARNUM = 1 << 22, /* a run of exactly four digits */
	SW_CUE_FRACTION = 1 << 23,
};

/* cues a word gives only when capitalised: the patterns spell months,
 * weekdays and holidays with a capital, and "may", "sat" or "good" in
 * lower case are common words */
#define SW_CUE_CAPITAL (SW_CUE_MONTH | SW_CUE_WEEKDAY | SW_CUE_HOLIDAY)

/* verbs of saying: a quote's attribution, and what a name does that says
 * nothing of what it is; present forms that are also plural nouns ("500
 * tweets", "12 promises") are left out */
#define SW_FACTS_SAY                                                                                \
	"said|says|say|told|tells|added|adds|asked|asks|warned|warns|stressed|explained|noted|"   \
	"wrote|writes|insisted|argued|argues|claimed|claims|declared|announced|replied|"          \
	"responded|remarked|commented|observed|acknowledged|admitted|continued|concluded|recalled|" \
	"reported|predicted|predicts|conceded|concedes|countered|cautioned|tweeted|urged|vowed|"  \
	"pledged|promised|complained|complains|lamented|joked|quipped|testified|confirmed|"       \
	"confirms|emphasised|emphasized|emphasises|emphasizes|explains|insists|declares|"         \
	"announces|exclaimed|shouted|yelled|cried|screamed|whispered|murmured|sighed"

/* verbs that move an amount, for telling a change ("rose $2 to $81") or a
 * share ("fell by a quarter") from a range or a time */
#define SW_FACTS_CHANGE_VERBS                                                                       \
	"rose|risen|rise|rises|rising|fell|fallen|fall|falls|falling|climbed|climbs|jumped|jumps|"  \
	"gained|gains|lost|loses|dropped|drops|slipped|slips|slid|slides|sank|sinks|soared|"        \
	"soars|surged|surges|tumbled|tumbles|plunged|plunges|added|adds|shed|sheds|increased|"      \
	"increases|decreased|decreases|declined|declines|grew|grown|grows|shrank|shrunk|shrinks|"  \
	"raised|raises|cut|cuts|reduced|reduces|slashed|lowered|lowers|boosted|boosts|grow|drop|"  \
	"decline|increase|decrease|reduce|climb|jump|gain|lose|slip|sink|soar|surge|plunge|up|down"

/* how many cues keep their first word in a zone, so that a pattern can
 * start a few words before it instead of at the zone's start (which
 * cues: facts.c, sw_facts_slot_bits) */
#define SW_CUE_SLOTS 14

/* a pattern with no bound on the words before its cue runs from the
 * zone's start */
#define SW_LEAD_ZONE G_MAXUINT

typedef struct {
	gsize start;
	gsize end;
	guint cues;
	/* per slot, the first cue's offset from @start; G_MAXUINT16 when
	 * farther */
	guint16 first[SW_CUE_SLOTS];
} SwFactsZone;

/* past tenses that do not end in -ed, for telling a past clause; those
 * that are also present forms (cut, hit, put, set) say nothing */
#define SW_FACTS_IRREGULAR_PAST                                                                     \
	"met|sat|went|came|took|gave|held|made|left|began|fell|rose|won|lost|ran|saw|spoke|"      \
	"struck|sold|bought|paid|led|brought|thought|found|stood|sent|spent|built|wrote|drove|"   \
	"flew|grew|knew|threw|broke|chose|fought|caught|sought|became|fled|shot|hid|swore|"       \
	"woke|forgot|froze|slid|tore|wore|dealt|meant|felt|heard|kept|lent|slept|swept|wept|"     \
	"sank|withdrew|rode|stole|taught|hung|stuck|swung|sang|rang|drank|overtook|undertook|"   \
	"forgave|shook|sprang|spun|dug|sped|bled|"                                                 \
	/* four-letter forms in -ed, which the rules for -ed leave out */                      \
	"died|sued|tied|lied|eyed|axed|owed|vied"

/* the words of a grade a figure follows ("Category 3", "Alert Level 4"):
 * the figure measures with them (quantity.c), and they name no one
 * (names.c) */
#define SW_FACTS_GRADES "Category|Level|Stage|Phase|Tier|Grade"

/* the farthest a sentence is read on each side of an expression: no news
 * sentence is longer, and a page without full stops must not make every
 * look-up read the whole page */
#define SW_FACTS_SENTENCE_MAX 400

/* the story's cues, each 0 not yet known, 1 no, 2 yes */
struct _SwFactsStory {
	const gchar *text;
	gsize len;
	gint quarterly; /* names quarters twice */
	gint day_first; /* writes the day before the month */
	gint pounds;	/* writes pounds */
};

typedef struct {
	const gchar *text;
	gsize len;
	SwFactsStory *story; /* the whole the text is part of, or the text */
	const GDate *ref; /* nullable */
	GPtrArray *out;	  /* SwFact */
	GArray *zones;	  /* SwFactsZone, in text order */
	guint8 *taken;	  /* per byte: inside a fact other than a quote */
	GPtrArray *names; /* person and org facts in text order, for quotes */
	GHashTable *dropped; /* names inside a title in quotes, left out when quotes are done */
	GHashTable *sexes; /* a person's name -> 'm' or 'f' as the story tells, built on first need */
	gint blank_lines; /* paragraphs end at blank lines, not at each line: 0 not yet known, 1 no, 2 yes */
} SwFactsCtx;

typedef void (*SwFactsMatchFunc)(SwFactsCtx *ctx, GMatchInfo *m, gpointer data);

/* does a zone that overlaps text[start, end) hold one of the @need cues? */
gboolean
sw_facts_cue_in(SwFactsCtx *ctx, gsize start, gsize end, guint need);

/* every match of @re in the zones holding one of the @need cues. @lead
 * is the most words (runs of other than ASCII space) any match holds
 * before the word of its first @need cue, so the scan may start that
 * many words before the zone's first such cue; SW_LEAD_ZONE when that is
 * not known. A @lead too small loses matches: it must bound every
 * alternative of the pattern. */
void
sw_facts_scan(SwFactsCtx *ctx, GRegex *re, guint need, guint lead, SwFactsMatchFunc fn, gpointer data);

/* tests: TRUE makes every scan run from its zone's start, whatever its
 * lead, so that a test can tell that the leads lose nothing */
extern gboolean sw_facts_scan_whole_zones;

/* a fact of @kind for text[start, end) */
SwFact *
sw_fact_new(SwFactsCtx *ctx, SwFactKind kind, gsize start, gsize end);

/* the tense around text[start, end) in its sentence: -1 past, +1 future,
 * 0 when nothing says */
gint
sw_facts_tense(const SwFactsCtx *ctx, gsize start, gsize end);

/* the tense of the verb that governs text[start, end): the nearest cue
 * before it in its clause, else, when it opens its clause, the first
 * after it; -1 past, +1 future, 0 when none says ("is heard", a time in
 * a noun phrase, or a past verb before an infinitive: "decided to admit
 * ... in March"); SW_TENSE_SCHEDULED below */
gint
sw_facts_verb_tense(const SwFactsCtx *ctx, gsize start, gsize end);
/* ... and what sw_facts_verb_tense gives for a present that sets an event
 * in the calendar ("the law takes effect on Jan. 1", "the summit opens on
 * Monday"): ahead of the reference itself, where +1 ("would travel on
 * Sunday", said of a plan) may be ahead of a past saying */
#define SW_TENSE_SCHEDULED 2

/* is text[end] in a line that does not end as a sentence does, a
 * headline, whose present tells the past ("Obama signs bill Tuesday")? */
gboolean
sw_facts_headline(const SwFactsCtx *ctx, gsize end);

/* does a verb of what a share of people does follow text[pos] ("a
 * third| said no", "nearly half| were women", "a quarter| opposed it")? */
gboolean
sw_facts_share_acts(const SwFactsCtx *ctx, gsize pos);

/* text[start] is the target a past verb moved something to: "was pushed
 * back to Dec. 31", "extended until March" */
gboolean
sw_facts_moved_to(const SwFactsCtx *ctx, gsize start);

/* the value of a number written in digits ("1,200", "3.5") or words
 * ("twenty-four", "a", "two hundred"); FALSE for anything else */
gboolean
sw_facts_number(const gchar *text, gdouble *out);

/* @pos moved onto the start of a character: back, or on; windows cut by
 * byte counts must not split one (the matcher trusts its input) */
gsize
sw_facts_char_back(const SwFactsCtx *ctx, gsize pos);
gsize
sw_facts_char_on(const SwFactsCtx *ctx, gsize pos);

/* the clause around text[start, end): back at most @back bytes and on at
 * most @ahead to a character of @stops or a full stop that ends a sentence
 * (not "Mr." or "P." or "443.6"); the bounds land on characters */
void
sw_facts_clause(const SwFactsCtx *ctx, gsize start, gsize end, gsize back, gsize ahead,
		const gchar *stops, gsize *s_out, gsize *e_out);

/* how many blank lines (lines of nothing but spaces) stand in
 * text[@from, @to), counted up to @max: the paragraph breaks of a
 * story.txt, which writes one sentence a line */
guint
sw_facts_blank_lines(const SwFactsCtx *ctx, gsize from, gsize to, guint max);
/* TRUE when text[start, end) overlaps a fact already in ctx->out */
gboolean
sw_facts_taken(const SwFactsCtx *ctx, gsize start, gsize end);

/* A word list looked up by hashing: the finders ask thousands of times a
 * page whether a word is a title, a place, a stop word. Built on first
 * use, once per process. */
typedef struct {
	const gchar *const *words;
	guint n;
	gboolean fold; /* compare ASCII case-insensitively */
	gsize once;
	GHashTable *set;
	/* or the words as one "|"-joined string, the form the patterns
	 * share ("said|says|told") */
	const gchar *joined;
	/* the lengths (63 for any longer) and first bytes of the words, so
	 * that most words asked about, which are in no set, are not hashed */
	guint64 lengths;
	guint64 firsts[4];
} SwWordSet;

#define SW_WORD_SET(table) {.words = (table), .n = G_N_ELEMENTS(table)}
#define SW_WORD_SET_FOLD(table) {.words = (table), .n = G_N_ELEMENTS(table), .fold = TRUE}
#define SW_WORD_SET_JOINED(str) {.joined = (str)}

gboolean
sw_word_set_has(SwWordSet *set, const gchar *word);

/* g_ascii_tolower() without a call, for the loops that fold every word of
 * a page */
static inline gchar
sw_ascii_lower(gchar c)
{
	return c >= 'A' && c <= 'Z' ? (gchar)(c - 'A' + 'a') : c;
}

/* A pattern compiled (caseless, optimised) on first use. */
typedef struct {
	const gchar *pattern;
	gsize once;
	GRegex *re;
	/* the byte every match opens with when the pattern is anchored on
	 * one ("^,"), ' ' for white space ("^\\s+"), else 0: most texts a
	 * pattern is asked about at a place are let go without running it */
	gchar opens;
} SwFactsRe;

#define SW_FACTS_RE(text) {.pattern = (text)}

GRegex *
sw_facts_re(SwFactsRe *re);

/* TRUE when @re matches @subject anywhere */
gboolean
sw_facts_re_matches(SwFactsRe *re, const gchar *subject);

/* TRUE when @re matches within the next @max bytes of the text from @pos
 * (an anchored pattern reads only what follows) */
gboolean
sw_facts_re_matches_at(SwFactsRe *re, const SwFactsCtx *ctx, gsize pos, gsize max);
/* the same, with the match in *@info (nullable; free it whatever the
 * result), its positions counted from @pos */
gboolean
sw_facts_re_match_at(SwFactsRe *re, const SwFactsCtx *ctx, gsize pos, gsize max, GMatchInfo **info);

/* TRUE when @re matches within the @max bytes of the text before @pos (a
 * pattern anchored with $ reads only what comes right before) */
gboolean
sw_facts_re_matches_before(SwFactsRe *re, const SwFactsCtx *ctx, gsize pos, gsize max);
/* the same, with where the match starts in *@start (nullable) */
gboolean
sw_facts_re_find_before(SwFactsRe *re, const SwFactsCtx *ctx, gsize pos, gsize max, gsize *start);

/* the word of letters just before text[@pos], past spaces, no farther
 * back than @from, in lower case into @word (of @size bytes; "" when
 * there is none or it is longer); where it starts */
gsize
sw_facts_word_before(const SwFactsCtx *ctx, gsize from, gsize pos, gchar *word, gsize size);

/* how many capitals the word of ASCII letters ending at text[@end) holds
 * (0 for none, or no word), with where it starts in *@start (nullable):
 * "Boeing", "iPhone" */
guint
sw_facts_capitals_before(const SwFactsCtx *ctx, gsize end, gsize *start);

/* a street's name follows text[@pos): what number stands before it is
 * an address ("10 Downing Street", "1600 Pennsylvania Avenue") */
gboolean
sw_facts_street_after(const SwFactsCtx *ctx, gsize pos);

void
sw_timex_find(SwFactsCtx *ctx);
void
sw_quantity_find(SwFactsCtx *ctx);
/* the words that cue the money pattern, in lower case, from the currency
 * tables (a NULL-terminated vector the caller frees) */
gchar **
sw_quantity_currency_cues(void);
/* do two figures @a and @b joined by @conj, the first at text[@s], name
 * a range? Up, not after a change ("rose from 28 to 35"), "and" only
 * after "between" (durations take it too: "two to three weeks") */
gboolean
sw_quantity_is_range(const SwFactsCtx *ctx, gsize s, const gchar *conj, gdouble a, gdouble b);
/* what a scale word multiplies by ("million", "bn", "crore"); 1 for none */
gdouble
sw_quantity_scale(const gchar *word);
void
sw_names_find(SwFactsCtx *ctx);
void
sw_quotes_find(SwFactsCtx *ctx);

/* a capitalised word that starts sentences, not names: "The", "When" */
gboolean
sw_names_is_common(const gchar *word);
/* where a courtesy title ("Sir", "Mrs") right before text[@pos] starts,
 * one space between; else @pos */
gsize
sw_names_honorific_before(const SwFactsCtx *ctx, gsize pos);

/* is "one day" at text[@start, @end) "someday", after a modal, "to" or a
 * subject and before a verb ("the town will one day be"): a time to come,
 * no length and no count */
gboolean
sw_timex_is_someday(const SwFactsCtx *ctx, gsize start, gsize end);

/* the interval a TIMEX3 date value covers */
gboolean
sw_timex_interval(const gchar *value, const GDate *ref, GDate *from, GDate *to);
