/* SPDX-License-Identifier: MIT
 *
 * The facts of a diff: what changed in the story rather than in its
 * words. The facts module reads the sentences the alignment did not keep
 * (reworded pairs, added and removed ones, a new headline); then
 *
 *  - a reworded pair that only writes the same values another way ("$101
 *    billion" / "$101B", "5" / "five") or fixes a typo is cosmetic;
 *  - facts of a pair are matched by kind and value; what is left pairs by
 *    kind in order, which is a changed value ("November" → "the first half
 *    of 2015", "28" → "176");
 *  - facts left over across sentences pair when they play the same role:
 *    a count of the same noun, an amount in sentences about the same thing,
 *    the date an event is expected on; the rest were added or removed,
 *    unless the other version states them elsewhere;
 *  - quotes: a new speaker, a quote reworded or withdrawn;
 *  - status: what a sentence says of its event ("expected to sign" →
 *    "no deal").
 *
 * Only the sentences that changed are read, so the cost follows the size
 * of the change, not of the story.
 */
#define G_LOG_DOMAIN "storywatch-diff"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "diff-private.h"
#include "sw/facts.h"
#include "sw/status.h"
#include "sw/text.h"

enum { SW_OLD, SW_NEW };

/* facts left over on both sides beyond this many pairs are not paired */
#define SW_FD_MAX_PAIRS 40000

typedef struct {
	SwFact *fact;		/* owned by the sentence's fact array */
	gint line;		/* sentence index; -1 is the headline */
	const gchar *sentence;	/* the sentence it is in */
	gboolean expected;	/* its sentence speaks of an event ahead */
	gboolean called_off;	/* a day expected the new version calls the event off on */
	gboolean used;
	const gchar *noun;	/* what a number counts; "dead" or "injured" for a toll */
	gsize owner_at;		/* whose share a percentage is ("Labour on 34%"): its */
	gsize owner_len;	/* word in the sentence, 0 long for none */
	gsize befell_at;	/* what the counted were said to undergo ("were */
	gsize befell_len;	/* threatened"): its participle, 0 long for none */
	const gchar *fate;	/* the fate a verb gives the counted: "lost", "at risk",
				 * "saved", "created"; NULL for none */
	const SwFact *rate;	/* a figure's rate right after it ("£70 a day"), or NULL */
	const SwFact *rate_of;	/* a rate so said: the figure before it */
	gboolean told;		/* told as added or removed */
} SwFdItem;

/* the first change told of one speaker's quotes added (or cut), and how
 * many there are */
typedef struct {
	SwChange *first;
	guint n;
} SwFdQuoted;

typedef struct {
	SwDiff *diff;
	const GDate *ref[2];
	GPtrArray *arrays;  /* GPtrArray of SwFact, kept alive for the items */
	GPtrArray *pool[2]; /* SwFdItem: facts not yet matched */
	GHashTable *names[2]; /* a family name's key -> the longest full name read (borrowed) */
	GHashTable *days[2];  /* the days the sentences read give ("2027-03-13", borrowed) */
	GHashTable *told[2];  /* the values changed in the headline [0] and the body [1] */
	GPtrArray *status[2]; /* SwStatus of the added and removed sentences */
	GPtrArray *plain_new; /* the new sentences, added or reworded, that state none (borrowed) */
	GHashTable *quoted;   /* side and speaker -> SwFdQuoted: quotes told so far */
	gchar *whole[2];      /* each whole version, headline first, made on demand */
	SwFactsStory *story[2]; /* its cues, for the facts of each sentence */
	gchar *key[2];	      /* each whole version, cosmetic key, made on demand */
	GHashTable *word_sets; /* sentence -> its word set */
	GHashTable *lines[2];  /* each version's sentences, headline first (borrowed), made on demand */
	/* of each version's sentences the other lacks, the clauses that tell
	 * what holds now ("has since been granted bail"), a line each; ""
	 * for none; made on demand */
	gchar *now[2];
} SwFd;

/* ---- small helpers ---- */

static const gchar *
sw_fd_kind(SwFactKind kind)
{
	switch (kind) {
	case SW_FACT_DATE:
	case SW_FACT_SET:
		return "date";
	case SW_FACT_TIME:
		return "time";
	case SW_FACT_DURATION:
		return "duration";
	case SW_FACT_MONEY:
		return "amount";
	case SW_FACT_PERCENT:
		return "percent";
	case SW_FACT_NUMBER:
		return "number";
	case SW_FACT_PERSON:
		return "person";
	case SW_FACT_ORG:
		return "org";
	case SW_FACT_PLACE:
		return "place";
	case SW_FACT_QUOTE:
	default:
		return "quote";
	}
}

/* kinds that may stand for one another: a date rewritten as a time */
static gint
sw_fd_class(SwFactKind kind)
{
	switch (kind) {
	case SW_FACT_DATE:
	case SW_FACT_TIME:
	case SW_FACT_SET:
		return 1;
	case SW_FACT_DURATION:
		return 2;
	case SW_FACT_MONEY:
		return 3;
	case SW_FACT_PERCENT:
		return 4;
	case SW_FACT_NUMBER:
		return 5;
	case SW_FACT_PERSON:
	case SW_FACT_ORG:
	case SW_FACT_PLACE:
		return 6;
	case SW_FACT_QUOTE:
	default:
		return 7;
	}
}

static gboolean
sw_fd_numeric(const SwFact *f)
{
	return f->kind == SW_FACT_MONEY || f->kind == SW_FACT_PERCENT || f->kind == SW_FACT_NUMBER;
}

static gchar *sw_fd_words_key(const gchar *s);
static gsize sw_fd_word_before(const gchar *sentence, gsize *p);
static gboolean sw_fd_one_of(const gchar *const *words, guint n, const gchar *text, gsize len);

/* "Putin" and "Vladimir Putin", "U.S." and "US" name the same */
static gboolean
sw_fd_same_name(const gchar *a, const gchar *b)
{
	g_autofree gchar *ka = sw_fd_words_key(a);
	g_autofree gchar *kb = sw_fd_words_key(b);

	if (g_str_equal(ka, kb))
		return TRUE;
	/* keys have spaces around, so a suffix is whole words */
	if (strlen(ka) > 4 && g_str_has_suffix(kb, ka))
		return TRUE;
	return strlen(kb) > 4 && g_str_has_suffix(ka, kb);
}

/* does the name @b open with the whole of @a ("House" and "House of
 * Representatives": one body, said short)? */
static gboolean
sw_fd_name_opens(const gchar *a, const gchar *b)
{
	g_autofree gchar *ka = sw_fd_words_key(a);
	g_autofree gchar *kb = sw_fd_words_key(b);

	/* keys have spaces around, so a prefix is whole words */
	return strlen(ka) > 4 && g_str_has_prefix(kb, ka);
}

/* which bound a figure's words give it: 1 a floor ("at least 300",
 * "more than 300"), -1 a ceiling ("up to 300", "fewer than 300"), 0 none */
static gint
sw_fd_bound(const SwFact *f)
{
	static const gchar *const floors[] = {"at least ", "more than ", "over ", "upwards of ", "in excess of ",
					      "above ", "no fewer than ", "no less than "};
	static const gchar *const ceilings[] = {"up to ", "as many as ", "as much as ", "no more than ", "at most ",
						"fewer than ", "less than ", "under ", "below ", "nearly ", "almost "};

	for (guint i = 0; i < G_N_ELEMENTS(floors); i++) {
		if (g_ascii_strncasecmp(f->text, floors[i], strlen(floors[i])) == 0)
			return 1;
	}
	for (guint i = 0; i < G_N_ELEMENTS(ceilings); i++) {
		if (g_ascii_strncasecmp(f->text, ceilings[i], strlen(ceilings[i])) == 0)
			return -1;
	}
	return 0;
}

/* a unit of measure: its quantity and its size in the quantity's base
 * (metres, kilograms, km/h, square metres); degrees are apart */
typedef struct {
	const gchar *noun;
	gint dimension;
	gdouble base;
} SwFdUnit;

static const SwFdUnit sw_fd_units[] = {
    {"km", 1, 1000},	    {"kilometre", 1, 1000}, {"kilometer", 1, 1000}, {"mile", 1, 1609.344},
    {"mi", 1, 1609.344},    {"metre", 1, 1},	    {"meter", 1, 1},	    {"foot", 1, 0.3048},
    {"ft", 1, 0.3048},	    {"yard", 1, 0.9144},    {"inch", 1, 0.0254},    {"cm", 1, 0.01},
    {"mm", 1, 0.001},	    {"kg", 2, 1},	    {"kilogram", 2, 1},	    {"tonne", 2, 1000},
    {"lb", 2, 0.45359237},  {"lbs", 2, 0.45359237}, {"oz", 2, 0.028349523}, {"mph", 3, 1.609344},
    {"km/h", 3, 1},	    {"acre", 4, 4046.8564}, {"hectare", 4, 10000},  {"ha", 4, 10000},
};

static const SwFdUnit *
sw_fd_unit(const gchar *noun)
{
	for (guint i = 0; noun != NULL && i < G_N_ELEMENTS(sw_fd_units); i++) {
		if (g_str_equal(noun, sw_fd_units[i].noun))
			return &sw_fd_units[i];
	}
	return NULL;
}

/* @amount of unit @from in unit @to, in *@out: FALSE when the two
 * measure no one quantity ("mile" and "kg") */
static gboolean
sw_fd_convert(gdouble amount, const gchar *from, const gchar *to, gdouble *out)
{
	const SwFdUnit *uf = sw_fd_unit(from), *ut = sw_fd_unit(to);

	if (g_str_equal(from, "°C") && g_str_equal(to, "°F"))
		*out = amount * 9 / 5 + 32;
	else if (g_str_equal(from, "°F") && g_str_equal(to, "°C"))
		*out = (amount - 32) * 5 / 9;
	else if (uf != NULL && ut != NULL && uf->dimension == ut->dimension)
		*out = amount * uf->base / ut->base;
	else
		return FALSE;
	return TRUE;
}

/* the quantity units @a and @b both measure, when they are other units
 * of it ("mile" and "km" are "length"); else NULL */
static const gchar *
sw_fd_dimension(const gchar *a, const gchar *b)
{
	static const gchar *const names[] = {NULL, "length", "weight", "speed", "area"};
	gdouble x;

	if (a == NULL || b == NULL || g_str_equal(a, b) || !sw_fd_convert(1, a, b, &x))
		return NULL;
	return g_str_has_prefix(a, "°") ? "temperature" : names[sw_fd_unit(a)->dimension];
}

/* the decimals of the last figure @text gives ("2.4km": 1) */
static gint
sw_fd_decimals(const gchar *text)
{
	const gchar *dot = NULL;
	gint decimals = 0;

	for (const gchar *p = text; *p != '\0'; p++) {
		if (*p == '.' && g_ascii_isdigit(p[1]))
			dot = p;
		else if (!g_ascii_isdigit(*p) && *p != ',' && dot != NULL)
			break;
	}
	for (const gchar *p = dot != NULL ? dot + 1 : ""; g_ascii_isdigit(*p); p++)
		decimals++;
	return decimals;
}

/* half the step of the last digit @text gives ("2.4km": 0.05) */
static gdouble
sw_fd_half_step(const gchar *text)
{
	return 0.5 * pow(10, -sw_fd_decimals(text));
}

/* is @b the measure @a in another unit, as rounded as it is written
 * ("1.5 miles" and "2.4km", "40C" and "104F", "90mph" and "145km/h")? */
static gboolean
sw_fd_same_measure(const SwFact *a, const SwFact *b)
{
	gdouble in_b;

	if (sw_fd_dimension(a->noun, b->noun) == NULL || a->amount_max != a->amount || b->amount_max != b->amount)
		return FALSE;
	sw_fd_convert(a->amount, a->noun, b->noun, &in_b);
	return fabs(in_b - b->amount) <= sw_fd_half_step(b->text) + 1e-9;
}

static gboolean
sw_fd_same_value(const SwFact *a, const SwFact *b)
{
	if (sw_fd_class(a->kind) != sw_fd_class(b->kind))
		return FALSE;
	/* the same words are no edit, though read on another day "Monday"
	 * resolves to another date */
	if (sw_diff_is_cosmetic(a->text, b->text))
		return TRUE;
	switch (a->kind) {
	case SW_FACT_MONEY:
		return g_strcmp0(a->currency, b->currency) == 0 && a->amount == b->amount &&
		       a->amount_max == b->amount_max && sw_fd_bound(a) * sw_fd_bound(b) >= 0;
	case SW_FACT_PERCENT:
	case SW_FACT_NUMBER:
		/* a score is both sides' goals: "2-0" and "2-2" are two */
		if (g_strcmp0(a->noun, "score") == 0 || g_strcmp0(b->noun, "score") == 0)
			return g_strcmp0(a->value, b->value) == 0;
		/* "up to 300" and "at least 300" homes are not one figure */
		if (sw_fd_bound(a) * sw_fd_bound(b) < 0)
			return FALSE;
		return (a->amount == b->amount && a->amount_max == b->amount_max) || sw_fd_same_measure(a, b) ||
		       sw_fd_same_measure(b, a);
	case SW_FACT_ORG:
		/* a body said short: "the House", "the House of Representatives" */
		if (b->kind == SW_FACT_ORG &&
		    (sw_fd_name_opens(a->value, b->value) || sw_fd_name_opens(b->value, a->value)))
			return TRUE;
		/* fall through */
	case SW_FACT_PERSON:
	case SW_FACT_PLACE:
		return sw_fd_same_name(a->value, b->value) ||
		       (a->ref != NULL && b->ref != NULL && g_str_equal(a->ref, b->ref));
	case SW_FACT_QUOTE:
		return sw_diff_is_cosmetic(a->value, b->value);
	default:
		/* "two to three weeks" and "two to four weeks" differ, and so
		 * do "early 2027" and "late 2027" */
		return g_strcmp0(a->value, b->value) == 0 && g_strcmp0(a->value_max, b->value_max) == 0 &&
		       g_strcmp0(a->mod, b->mod) == 0;
	}
}

/* the value a change reports: a duration's range whole ("P2W-P3W"),
 * as an amount's range is ("USD 5000000-10000000") */
static gchar *
sw_fd_value(const SwFact *f)
{
	if (f->value_max != NULL)
		return g_strdup_printf("%s-%s", f->value, f->value_max);
	return g_strdup(f->value);
}

/* the day @s (YYYY-MM-DD) into @out */
static gboolean
sw_fd_parse_day(const gchar *s, GDate *out)
{
	gint y = 0, m = 0, d = 0;

	g_date_clear(out, 1);
	if (s == NULL || sscanf(s, "%4d-%2d-%2d", &y, &m, &d) != 3 ||
	    !g_date_valid_dmy((GDateDay)d, (GDateMonth)m, (GDateYear)y))
		return FALSE;
	g_date_set_dmy(out, (GDateDay)d, (GDateMonth)m, (GDateYear)y);
	return TRUE;
}

/* the last day of a date value's interval, for "how much later" */
static gboolean
sw_fd_end(const SwFact *f, GDate *out)
{
	return sw_fd_parse_day(f->to != NULL ? f->to : f->from, out);
}

/* a date value that is one day: its start in @out */
static gboolean
sw_fd_one_day(const SwFact *f, GDate *out)
{
	GDate end;

	return f->from != NULL && sw_fd_parse_day(f->from, out) && sw_fd_end(f, &end) &&
	       g_date_days_between(out, &end) == 0;
}

/* a date of the calendar that ends after @ref (when known) */
static gboolean
sw_fd_ahead(const SwFact *f, const GDate *ref)
{
	GDate end;

	if (!sw_fd_end(f, &end) || !g_ascii_isdigit(f->value[0]))
		return FALSE;
	return ref == NULL || !g_date_valid(ref) || g_date_compare(&end, ref) > 0;
}

static const gchar *const sw_fd_small[] = {
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
};

/* is @noun a unit a figure measures in, not things it counts? */
static gboolean
sw_fd_measure_noun(const gchar *noun)
{
	static const gchar *const units[] = {"acre", "hectare", "metre", "meter", "mile", "kilometre", "kilometer",
					     "km", "mph", "mm", "cm", "ft", "foot", "inch", "tonne", "ton", "litre",
					     "liter", "gallon", "kg", "kilogram", "°C", "°F", "degree", "kph", "mw",
					     "gw", "kw", "kwh", "ha", "lb", "oz", "mi", NULL};

	return noun != NULL && g_strv_contains(units, noun);
}

/* the part one figure is of another, by the whole ratio (index) */
static const gchar *const sw_fd_parts[] = {
    NULL,	   NULL,	    "half",	  "a third",   "a quarter", "a fifth",	 "a sixth",
    "a seventh",  "an eighth", "a ninth", "a tenth", "an eleventh", "a twelfth",
};

/* a distance in time in words: "about seven months later", "about two
 * hours shorter" (@more and @less say which way); NULL for none */
static gchar *
sw_fd_distance_note(gint64 seconds, const gchar *more, const gchar *less)
{
	const gchar *dir = seconds > 0 ? more : less;
	gint64 days;
	gint64 n;
	const gchar *unit;

	seconds = ABS(seconds);
	days = seconds / 86400;
	if (seconds == 0)
		return NULL;
	/* the largest unit the distance is whole in, below two of it; a
	 * month of any length is one, and so is a leap year; a whole minute
	 * is one minute, never 60 seconds */
	if (seconds < 120 && seconds % 60 != 0) {
		n = seconds;
		unit = "second";
	} else if (seconds < 7200 && seconds % 3600 != 0) {
		n = (seconds + 30) / 60;
		unit = "minute";
	} else if (seconds < 2 * 86400 && seconds % 86400 != 0) {
		n = (seconds + 1800) / 3600;
		unit = "hour";
	} else if (days == 7) {
		n = 1;
		unit = "week";
	} else if (days < 14) {
		n = days;
		unit = "day";
	} else if (days < 60 && (days < 28 || days > 31)) {
		n = (days + 3) / 7;
		unit = "week";
	} else if (days < 730 && days != 365 && days != 366) {
		n = (days + 15) / 30;
		unit = "month";
	} else {
		n = (days + 182) / 365;
		unit = "year";
	}
	if (n < (gint64)G_N_ELEMENTS(sw_fd_small))
		return g_strdup_printf("about %s %s%s %s", sw_fd_small[n], unit, n == 1 ? "" : "s", dir);
	return g_strdup_printf("about %" G_GINT64_FORMAT " %ss %s", n, unit, dir);
}

/* does a time's text name no day, only a clock ("2 p.m.", "10pm GMT",
 * "14:30 BST", "noon")? Lower-case words other than a clock's are a
 * day's ("tomorrow", "on Monday"), as capitalised ones not all capitals */
static gboolean
sw_fd_names_no_day(const gchar *text)
{
	static const gchar *const clock[] = {"a", "p", "m", "am", "pm", "noon", "midnight", "at", "o'clock"};

	for (const gchar *p = text; *p != '\0';) {
		const gchar *w = p;
		gboolean caps = TRUE;
		if (!g_ascii_isalpha(*p)) {
			p++;
			continue;
		}
		while (g_ascii_isalpha(*p) || *p == '\'')
			caps &= g_ascii_isupper(*p++) != 0;
		/* a zone in capitals ("GMT") or a clock's word ("p.m.", "10pm") */
		if ((caps && p - w >= 2) || sw_fd_one_of(clock, G_N_ELEMENTS(clock), w, (gsize)(p - w)))
			continue;
		return FALSE;
	}
	return TRUE;
}

/* the minute a time names, in seconds from its day's year zero, when it
 * names one ("2014-10-24T18:00"); FALSE for a date or a part of a day */
static gboolean
sw_fd_clock(const SwFact *f, gint64 *out)
{
	gint y = 0, m = 0, d = 0, h = 0, min = 0;
	GDate day;

	if (f->kind != SW_FACT_TIME || f->value == NULL ||
	    sscanf(f->value, "%4d-%2d-%2dT%2d:%2d", &y, &m, &d, &h, &min) != 5 ||
	    !g_date_valid_dmy((GDateDay)d, (GDateMonth)m, (GDateYear)y) || h > 24 || min > 59)
		return FALSE;
	g_date_clear(&day, 1);
	g_date_set_dmy(&day, (GDateDay)d, (GDateMonth)m, (GDateYear)y);
	*out = (gint64)g_date_get_julian(&day) * 86400 + h * 3600 + min * 60;
	return TRUE;
}

/* "about seven months later"; between two clock times, "about two
 * hours later" */
static gchar *
sw_fd_date_note(const SwFact *a, const SwFact *b)
{
	GDate da, db;
	gint64 ta = 0, tb = 0;

	if (sw_fd_clock(a, &ta) && sw_fd_clock(b, &tb)) {
		/* two clock times that name no day are of the story's day,
		 * whichever day each version was read on: "2 p.m." → "3 p.m."
		 * is an hour, not two days and an hour */
		if (sw_fd_names_no_day(a->text) && sw_fd_names_no_day(b->text)) {
			/* the shorter way round the clock: "11pm" → "1am" is two
			 * hours later */
			gint64 d = tb % 86400 - ta % 86400;
			if (d > 43200)
				d -= 86400;
			else if (d < -43200)
				d += 86400;
			return sw_fd_distance_note(d, "later", "earlier");
		}
		return sw_fd_distance_note(tb - ta, "later", "earlier");
	}
	if (!sw_fd_end(a, &da) || !sw_fd_end(b, &db))
		return NULL;
	/* "this week" → "Thursday": told more closely, not moved */
	if (a->from != NULL && b->from != NULL && g_strcmp0(b->from, a->from) >= 0 && g_date_compare(&db, &da) <= 0 &&
	    (g_strcmp0(b->from, a->from) != 0 || g_date_compare(&db, &da) != 0))
		return g_strdup("within it");
	/* a day told before a span began ("next month" → "on Tuesday") is
	 * as far from it as from its first day, not its last */
	{
		GDate first, day;
		if (a->from != NULL && sw_fd_parse_day(a->from, &first) && sw_fd_one_day(b, &day) &&
		    g_date_compare(&day, &first) < 0)
			return sw_fd_distance_note((gint64)g_date_days_between(&first, &day) * 86400, "later",
						   "earlier");
	}
	return sw_fd_distance_note((gint64)g_date_days_between(&da, &db) * 86400, "later", "earlier");
}

/* the seconds a TIMEX3 length stands for, a month 30 days and a year
 * 365 ("P1Y2M", "PT4M15S"); FALSE for one with no count ("PXW") */
static gboolean
sw_fd_duration_seconds(const gchar *value, gdouble *out)
{
	gboolean clock = FALSE;
	gdouble total = 0;

	if (value == NULL || *value++ != 'P' || *value == '\0')
		return FALSE;
	while (*value != '\0') {
		gchar *end = NULL;
		gdouble n;
		if (*value == 'T' && !clock) {
			clock = TRUE;
			value++;
			continue;
		}
		if (!g_ascii_isdigit(*value))
			return FALSE;
		n = g_ascii_strtod(value, &end);
		if (end == NULL || end == value || n > 1e6)
			return FALSE;
		switch (*end) {
		case 'Y':
			total += n * 365 * 86400;
			break;
		case 'Q':
			total += n * 91 * 86400;
			break;
		case 'M':
			total += clock ? n * 60 : n * 30 * 86400;
			break;
		case 'W':
			total += n * 7 * 86400;
			break;
		case 'D':
			total += n * 86400;
			break;
		case 'H':
			total += n * 3600;
			break;
		case 'S':
			total += n;
			break;
		default:
			return FALSE;
		}
		value = end + 1;
	}
	*out = total;
	return TRUE;
}

/* a length in whole years or months ("P4Y", "P30M") in months; 0 for
 * any other */
static gint
sw_fd_months(const gchar *value)
{
	gint n = 0;
	gchar unit = 0;
	gchar rest = 0;

	if (value == NULL || sscanf(value, "P%d%c%c", &n, &unit, &rest) != 2 || n <= 0 || n > 10000)
		return 0;
	return unit == 'Y' ? n * 12 : unit == 'M' ? n : 0;
}

/* "about one week longer": a range's upper end when its lower one stayed,
 * as an amount's note reads */
static gchar *
sw_fd_duration_note(const SwFact *a, const SwFact *b)
{
	gdouble x = 0, y = 0;
	gint ma = sw_fd_months(a->value), mb = sw_fd_months(b->value);

	/* lengths in years and months compare in months, exactly: "four
	 * years" → "30 months" is 18 months shorter */
	if (ma > 0 && mb > 0 && ma != mb && a->value_max == NULL && b->value_max == NULL) {
		gint d = ABS(mb - ma);
		const gchar *dir = mb > ma ? "longer" : "shorter";
		if (d % 12 == 0)
			return g_strdup_printf("%s year%s %s", d / 12 < (gint)G_N_ELEMENTS(sw_fd_small) ? sw_fd_small[d / 12] : "many",
					       d == 12 ? "" : "s", dir);
		if (d < (gint)G_N_ELEMENTS(sw_fd_small))
			return g_strdup_printf("%s month%s %s", sw_fd_small[d], d == 1 ? "" : "s", dir);
		return g_strdup_printf("%d months %s", d, dir);
	}

	if (!sw_fd_duration_seconds(a->value, &x) || !sw_fd_duration_seconds(b->value, &y))
		return NULL;
	if (x == y && (!sw_fd_duration_seconds(a->value_max, &x) || !sw_fd_duration_seconds(b->value_max, &y)))
		return NULL;
	return sw_fd_distance_note((gint64)(y - x), "longer", "shorter");
}

/* a signed difference as written: "+1145678", "+2.25", never an
 * exponent ("+1.14568e+06") nor a binary fraction's noise */
static gchar *
sw_fd_signed(gdouble v, const gchar *unit)
{
	if (fabs(v - round(v)) <= fabs(v) * 1e-12 && fabs(v) < 1e15) {
		/* whole, its thousands marked as news writes them: "+200,000" */
		g_autofree gchar *digits = g_strdup_printf("%.0f", fabs(round(v)));
		g_autoptr(GString) out = g_string_new(v < 0 ? "-" : "+");
		gsize n = strlen(digits);
		for (gsize i = 0; i < n; i++) {
			if (i > 0 && (n - i) % 3 == 0)
				g_string_append_c(out, ',');
			g_string_append_c(out, digits[i]);
		}
		g_string_append(out, unit);
		return g_string_free(g_steal_pointer(&out), FALSE);
	}
	return g_strdup_printf("%+.10g%s", v, unit);
}

/* a measure @b told in another unit than @a, said in @a's unit, one
 * digit finer than @a is written below a hundred, and the move in it:
 * "3 km is about 1.86 mile; +0.36", "4,000 hectare is about 9,884 acre;
 * +4,884" */
static gchar *
sw_fd_converted_note(const SwFact *a, const SwFact *b)
{
	gint digits = sw_fd_decimals(a->text) + (fabs(a->amount) < 100 ? 1 : 0);
	gdouble in_a;
	g_autofree gchar *value = NULL;
	g_autofree gchar *move = NULL;

	sw_fd_convert(b->amount, b->noun, a->noun, &in_a);
	in_a = round(in_a * pow(10, digits)) / pow(10, digits);
	/* whole, with its thousands marked as the move's are (the sign
	 * of a value above nought left off) */
	value = digits == 0 ? sw_fd_signed(in_a, "") : g_strdup_printf("%+.*f", digits, in_a);
	move = digits == 0 ? sw_fd_signed(in_a - a->amount, "") : g_strdup_printf("%+.*f", digits, in_a - a->amount);
	return g_strdup_printf("%s %s is about %s %s; %s", b->text, b->noun, value + (value[0] == '+'), a->noun, move);
}

/* is @f a magnitude in words, a range of a power of ten ("thousands" is
 * 2000-9999)? */
static gboolean
sw_fd_vague(const SwFact *f)
{
	return f->approx && f->amount > 0 && f->amount_max >= f->amount * 4;
}

static gchar *
sw_fd_number_note(const SwFact *a, const SwFact *b)
{
	gdouble x = a->amount, y = b->amount;

	/* a match's score moves by goals on either side: no sum says it */
	if (g_strcmp0(a->noun, "score") == 0 || g_strcmp0(b->noun, "score") == 0)
		return NULL;
	/* a value told more closely, inside the range before it ("in his
	 * 40s" → "47") */
	if (a->kind == SW_FACT_NUMBER && a->amount_max > a->amount && b->amount >= a->amount &&
	    b->amount_max <= a->amount_max && (b->amount > a->amount || b->amount_max < a->amount_max))
		return g_strdup("within it");
	/* a place in a table: a higher number is a lower place ("14th" →
	 * "15th" is down one) */
	if (a->kind == SW_FACT_NUMBER && g_strcmp0(a->noun, "place") == 0 && g_strcmp0(b->noun, "place") == 0 &&
	    x != y)
		return g_strdup_printf("%s %.0f", y > x ? "down" : "up", fabs(y - x));
	/* a magnitude in words ("hundreds") and a figure say no ratio, only
	 * which way it went ("hundreds" → "about 2,000" is not ten times as
	 * many); two magnitudes are orders apart ("tens of thousands" →
	 * "hundreds of thousands", ten times) */
	if (a->kind == SW_FACT_NUMBER && sw_fd_vague(a) != sw_fd_vague(b)) {
		if (b->amount > a->amount_max)
			return g_strdup("more");
		if (b->amount_max < a->amount)
			return g_strdup("fewer");
		return NULL;
	}
	/* a range that kept its lower end moved its upper one */
	if (x == y) {
		x = a->amount_max;
		y = b->amount_max;
	}
	/* "+1 point", "-1.5 points" */
	if (a->kind == SW_FACT_PERCENT)
		return sw_fd_signed(y - x, fabs(y - x) == 1 ? " point" : " points");
	/* a few more or fewer of a count say it best: "1 → 2" is +1, not
	 * "two times as much" */
	if (a->kind == SW_FACT_NUMBER && fabs(y - x) < 10)
		return sw_fd_signed(y - x, "");
	if (x > 0 && y > 0 && (y / x >= 2 || x / y >= 2)) {
		gdouble r = y > x ? y / x : x / y;
		/* a count is of many or fewer, an amount or a measure of much
		 * or less */
		gboolean count = a->kind == SW_FACT_NUMBER && !sw_fd_measure_noun(a->noun);
		const gchar *way = y > x ? (count ? "as many" : "as much") : (count ? "fewer" : "less");
		/* in words up to twelve, "twice" for two; the ratio of amounts
		 * up to 10^18 can be far past what an int holds */
		if (r < G_N_ELEMENTS(sw_fd_small)) {
			gint ri = (gint)floor(r + 0.5);
			if (fabs(r - ri) < 0.05 && ri == 2 && y > x)
				return g_strdup_printf("twice %s", way);
			/* down by a whole ratio, the part it is: "half as many",
			 * "a third as much" */
			if (fabs(r - ri) < 0.05 && y < x && ri < (gint)G_N_ELEMENTS(sw_fd_parts))
				return g_strdup_printf("%s as %s", sw_fd_parts[ri], count ? "many" : "much");
			if (fabs(r - ri) < 0.05 && ri < (gint)G_N_ELEMENTS(sw_fd_small))
				return g_strdup_printf("%s times %s", sw_fd_small[ri], way);
		}
		/* down by a ratio that is not whole, the share it lost:
		 * "71,000 → 29,000" is -59%, not "2.45 times fewer" */
		if (y < x && r < 100)
			return g_strdup_printf("%+.0f%%", (y - x) / x * 100.0);
		/* three figures, and whole past a hundred ("1500 times", not
		 * "1.5e+03 times") */
		if (r >= 100)
			return g_strdup_printf("%.0f times %s", r, way);
		return g_strdup_printf("%.3g times %s", r, way);
	}
	if (a->kind == SW_FACT_NUMBER)
		return sw_fd_signed(y - x, "");
	if (x > 0) {
		/* a small move keeps a decimal: a currency's "-0.4%", not "-0%" */
		gdouble p = (y - x) / x * 100.0;
		gdouble r = round(p * 10.0) / 10.0;
		if (fabs(p) < 10 && r != round(r))
			return g_strdup_printf("%+.1f%%", r);
		return g_strdup_printf("%+.0f%%", p);
	}
	return NULL;
}

/* lower-case words of @s, one space between, spaces around: a phrase is
 * mentioned when its key, spaces around, is inside */
static gchar *
sw_fd_words_key(const gchar *s)
{
	g_autofree gchar *folded = g_utf8_casefold(s, -1);
	GString *out = g_string_new(" ");

	for (const gchar *p = folded; *p != '\0'; p = g_utf8_next_char(p)) {
		gunichar c = g_utf8_get_char(p);
		if (g_unichar_isalnum(c)) {
			g_string_append_unichar(out, c);
		} else if (c == '.' && g_ascii_isdigit(p[1]) && p > folded && g_ascii_isdigit(p[-1])) {
			/* a decimal point stays: "$1.2 billion" does not mention
			 * "12%" */
			g_string_append_c(out, '.');
		} else if (c == '\'' || c == 0x2019) {
			/* "Putin's" is "putin", so a version that says
			 * "Iceland's Met Office" mentions Iceland */
			const gchar *n = g_utf8_next_char(p);
			if (n[0] == 's' && !g_ascii_isalnum(n[1]) && (guchar)n[1] < 0x80)
				p = n;
		} else if (c == '.') {
			/* "U.S." is "us" */
			continue;
		} else if (out->str[out->len - 1] != ' ') {
			g_string_append_c(out, ' ');
		}
	}
	if (out->str[out->len - 1] != ' ')
		g_string_append_c(out, ' ');
	return g_string_free(out, FALSE);
}

/* the sentences of @side, the headline apart */
static gchar **
sw_fd_sentences(SwDiff *diff, gint side)
{
	return side == SW_OLD ? diff->old_lines : diff->new_lines;
}

/* how many sentences @side has, the headline apart */
static gint
sw_fd_n_sentences(SwDiff *diff, gint side)
{
	return (gint)g_strv_length(sw_fd_sentences(diff, side));
}

/* sentence @index of @side; -1 is the headline */
static const gchar *
sw_fd_line(SwDiff *diff, gint side, gint index)
{
	if (index < 0)
		return side == SW_OLD ? diff->old_title : diff->new_title;
	return sw_fd_sentences(diff, side)[index];
}

/* does @sentence quote someone it names by a pronoun ("There is no
 * rift," she told the BBC)? Then who it is lies in the sentences before */
static gboolean
sw_fd_pronoun_quote(const gchar *sentence)
{
	static const gchar *const pronouns[] = {"he", "she"};
	g_autofree gchar *low = NULL;

	if (strchr(sentence, '"') == NULL && strstr(sentence, "\u201C") == NULL)
		return FALSE;
	low = g_ascii_strdown(sentence, -1);
	for (guint i = 0; i < G_N_ELEMENTS(pronouns); i++) {
		if (sw_text_find_word(low, pronouns[i]) != NULL)
			return TRUE;
	}
	return FALSE;
}

/* the version on @side whole, its headline first */
static const gchar *
sw_fd_whole(SwFd *fd, gint side)
{
	if (fd->whole[side] == NULL) {
		const gchar *title = side == SW_OLD ? fd->diff->old_title : fd->diff->new_title;
		g_autofree gchar *all = g_strjoinv("\n", sw_fd_sentences(fd->diff, side));
		fd->whole[side] = g_strconcat(title != NULL ? title : "", "\n", all, NULL);
	}
	return fd->whole[side];
}

/* the facts of @sentence, line @line of @side; a quote a pronoun
 * attributes is read after the two sentences before it, so that its
 * speaker is the person they name, and those sentences' own facts are
 * dropped */
static GPtrArray *
sw_fd_facts_in_context(SwFd *fd, const gchar *sentence, gint side, gint line)
{
	g_autoptr(GString) text = NULL;
	GPtrArray *facts;
	gsize off;

	/* a sentence is read with its story's cues: "310p" is pence where
	 * the story writes pounds elsewhere */
	if (fd->story[side] == NULL) {
		const gchar *whole = sw_fd_whole(fd, side);
		fd->story[side] = sw_facts_story_new(whole, strlen(whole));
	}
	if (line < 1 || !sw_fd_pronoun_quote(sentence))
		return sw_facts_find_in_story(sentence, strlen(sentence), fd->ref[side], fd->story[side]);
	text = g_string_new(NULL);
	for (gint k = MAX(0, line - 2); k < line; k++)
		g_string_append_printf(text, "%s ", sw_fd_line(fd->diff, side, k));
	off = text->len;
	g_string_append(text, sentence);
	facts = sw_facts_find_in_story(text->str, text->len, fd->ref[side], fd->story[side]);
	for (guint i = facts->len; i > 0; i--) {
		SwFact *f = g_ptr_array_index(facts, i - 1);
		if (f->start < off)
			g_ptr_array_remove_index(facts, i - 1);
		else {
			f->start -= off;
			f->end -= off;
		}
	}
	return facts;
}

/* ---- reading the sentences ---- */

static GPtrArray *
sw_fd_facts_of(SwFd *fd, const gchar *sentence, gint side, gint line)
{
	GPtrArray *facts = sw_fd_facts_in_context(fd, sentence, side, line);
	g_ptr_array_add(fd->arrays, facts);
	/* a hash, not a list: a long page names thousands */
	for (guint i = 0; i < facts->len; i++) {
		const SwFact *f = g_ptr_array_index(facts, i);
		const gchar *name = f->kind == SW_FACT_PERSON ? f->value : f->kind == SW_FACT_QUOTE ? f->speaker : NULL;
		const gchar *sp = name != NULL ? strrchr(name, ' ') : NULL;
		gchar *key;
		const gchar *had;
		if (f->kind == SW_FACT_DATE && f->value != NULL && strlen(f->value) == 10)
			g_hash_table_add(fd->days[side], f->value);
		if (sp == NULL)
			continue;
		key = sw_fd_words_key(sp + 1);
		had = g_hash_table_lookup(fd->names[side], key);
		if (had == NULL || strlen(name) > strlen(had))
			g_hash_table_replace(fd->names[side], key, (gpointer)name);
		else
			g_free(key);
	}
	return facts;
}

static gboolean
sw_fd_expected(const gchar *sentence)
{
	g_autoptr(SwStatus) st = sw_status_of_sentence(sentence);

	/* an event moved to a day: "has been rescheduled for 19 May" */
	if (sw_status_moved_to(sentence))
		return TRUE;
	if (st == NULL)
		return FALSE;
	/* what will not be, or will stay so, is ahead too: "Schools will
	 * stay closed until Thursday", "will not be signed before May"; and
	 * what was put off to a day: "has been postponed until September 9",
	 * "The curfew has been extended until Friday" */
	if (st->kind == SW_STATUS_NEGATED) {
		g_autofree gchar *low = g_ascii_strdown(st->phrase, -1);
		g_autofree gchar *then = NULL;
		if (sw_text_find_word(low, "will") != NULL || sw_text_find_word(low, "shall") != NULL ||
		    sw_text_find_word(low, "to") != NULL || strstr(low, "won't") != NULL ||
		    strstr(low, "won\u2019t") != NULL)
			return TRUE;
		if (strstr(low, "postponed") == NULL && strstr(low, "delayed") == NULL && strstr(low, "adjourned") == NULL &&
		    strstr(low, "extended") == NULL)
			return FALSE;
		/* "until" past what was put off ("has delayed the release of
		 * her fifth album, Glasshouse, until 9 May"); "to" only near */
		then = g_ascii_strdown(sentence + st->end, MIN(strlen(sentence + st->end), 80));
		if (sw_text_find_word(then, "until") != NULL)
			return TRUE;
		then[MIN(strlen(then), 24)] = '\0';
		return sw_text_find_word(then, "to") != NULL && strstr(then, "due to") == NULL;
	}
	return st->kind == SW_STATUS_EXPECTED;
}

/* is @noun one the diff gives a count of the dead or the hurt? */
static gboolean
sw_fd_casualty(const gchar *noun)
{
	return g_strcmp0(noun, "dead") == 0 || g_strcmp0(noun, "injured") == 0;
}

/* a figure's words as a change shows them: a count told without one
 * ("A man has died", "No deaths") with the count it tells, "1 (A man)" */
static gchar *
sw_fd_shown(const SwFdItem *it)
{
	static const gchar *const leads[] = {"a ", "an ", "the ", "no "};
	const gchar *t = it->fact->text;

	if (it->fact->kind == SW_FACT_NUMBER && sw_fd_casualty(it->noun) && strpbrk(t, "0123456789") == NULL) {
		for (guint i = 0; i < G_N_ELEMENTS(leads); i++) {
			if (g_ascii_strncasecmp(t, leads[i], strlen(leads[i])) == 0)
				return g_strdup_printf("%s (%s)", it->fact->value, t);
		}
		/* one told by the noun alone, its age before it ("A
		 * seven-year-old girl has died": "1 (girl)") */
		if (it->fact->amount == 1 && g_ascii_strcasecmp(t, "one") != 0)
			return g_strdup_printf("%s (%s)", it->fact->value, t);
	}
	if (it->rate != NULL)
		return g_strdup_printf("%s %s", t, it->rate->text);
	return g_strdup(t);
}


/* the words between a name and the count it holds ("Labour had won 18
 * seats", "Labour on 22", "Smith scored 2") */
static const gchar *const sw_fd_holding[] = {"won", "win", "wins", "has", "have", "had", "hold", "holds", "held", "took",
					     "takes", "secured", "scored", "scores", "on", "with", "got", "claimed", "now",
					     /* a holding foretold: "are forecast to win 61" */
					     "is", "are", "to", "will", "could", "forecast", "projected", "expected", "set",
					     "likely", "predicted"};
/* what a percentage may measure, named in lower case right before it */
static const gchar *const sw_fd_measures[] = {"inflation", "unemployment", "growth", "rate", "rates", "cut", "rise",
					      "hike", "increase", "reduction", "turnout", "yield", "yields", "stake",
					      "tariff", "tariffs", "tax", "approval", "support", "margin", "deficit",
					      "offer", "raise", "discount", "efficacy", "effectiveness", "contained"};
/* a market's figures, which a sentence may open with ("Shares rose 6%") */
static const gchar *const sw_fd_market[] = {"shares",  "stocks",   "prices",   "sales",	"profits",
					    "profit",  "revenue",  "revenues", "earnings", "exports",
					    "imports", "output",   "costs",    "economy"};

/* the length of the word of letters that starts at @p, 0 for none */
static gsize
sw_fd_letters(const gchar *p)
{
	gsize n = 0;

	while (g_ascii_isalpha(p[n]))
		n++;
	return n;
}

/* is text[0, @len), lower case, a measure or a market's figure? */
static gboolean
sw_fd_is_measure(const gchar *text, gsize len)
{
	return sw_fd_one_of(sw_fd_measures, G_N_ELEMENTS(sw_fd_measures), text, len) ||
	       sw_fd_one_of(sw_fd_market, G_N_ELEMENTS(sw_fd_market), text, len);
}

/* words that join clauses, past which no holder is read; a source's
 * verb too ("Astronomers said there remained a 1.7% chance": the chance
 * is no astronomers' share) */
static const gchar *const sw_fd_clause_joins[] = {"and",  "but",   "or",	    "while",	 "whereas", "said",
						  "says", "say",   "told",     "added",	 "warned",  "reported",
						  "announced"};
/* capitalised words that open a sentence, or name a day, and own nothing */
static const gchar *const sw_fd_not_owner[] = {"With", "In", "On", "At", "By", "Of", "For", "From", "About", "After",
					       "Before", "Since", "Some", "Nearly", "Almost", "Only", "Just",
					       "Around", "More", "Over", "Under", "Still", "Now", "Then", "Also",
					       "It", "He", "She", "They", "We", "I", "You", "But", "And", "So",
					       /* "There are 12 cases": what is, no holder */
					       "There", "Here", "This", "That", "These", "Those",
					       /* a date holds nothing: "on 15 April after rejecting a 3% offer" */
					       "January", "February", "March", "April", "May", "June", "July", "August",
					       "September", "October", "November", "December", "Monday", "Tuesday",
					       "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

/* is text[0, @len) one of @words? */
static gboolean
sw_fd_one_of(const gchar *const *words, guint n, const gchar *text, gsize len)
{
	for (guint i = 0; i < n; i++) {
		if (strlen(words[i]) == len && strncmp(words[i], text, len) == 0)
			return TRUE;
	}
	return FALSE;
}

/* does a form of "be" stand right before sentence[@p] ("was reported
 * at 38%": a passive, no source's verb)? */
static gboolean
sw_fd_after_be(const gchar *sentence, gsize p)
{
	static const gchar *const be[] = {"was", "were", "is", "are", "been", "be"};
	gsize len = sw_fd_word_before(sentence, &p);

	return len > 0 && sw_fd_one_of(be, G_N_ELEMENTS(be), sentence + p, len);
}

/* is text[0, @len) a capitalised article or determiner? */
static gboolean
sw_fd_is_article(const gchar *text, gsize len)
{
	static const gchar *const words[] = {"The", "A", "An", "Its", "Their", "His", "Her", "This", "That", "These", "Those"};

	return sw_fd_one_of(words, G_N_ELEMENTS(words), text, len);
}

/* where the capitalised run ends with the word at sentence[@p] begins:
 * "Reform UK", "Plaid Cymru", less an article that opens a sentence ("The
 * bank's shares") */
static gsize
sw_fd_capitals_start(const gchar *sentence, gsize p)
{
	gsize b = p;

	while (b > 1 && sentence[b - 1] == ' ' && g_ascii_isalpha(sentence[b - 2])) {
		gsize w = b - 1;
		while (w > 0 && g_ascii_isalpha(sentence[w - 1]))
			w--;
		if (!g_ascii_isupper(sentence[w]) || sw_fd_is_article(sentence + w, b - 1 - w))
			break;
		b = w;
	}
	return b;
}

/* the bytes of a possessive's "'s" or "’s" ending @sentence's word at
 * @e, the word starting at @b; 0 for none */
static gsize
sw_fd_possessive(const gchar *sentence, gsize b, gsize e)
{
	if (e >= b + 3 && sentence[e - 1] == 's' && sentence[e - 2] == '\'')
		return 2;
	if (e >= b + 5 && sentence[e - 1] == 's' && memcmp(sentence + e - 4, "\u2019", 3) == 0)
		return 4;
	return 0;
}

/* whose share the percentage @f of @sentence is: the capitalised word
 * nearest before it, a few words of no figure between ("Labour is on
 * 34%", "ahead of Reform on 29%", "Ana Ruiz won 52%"), or the measure
 * just before it ("inflation rose to 3.4%"); whose count a
 * number is, with only words of holding between ("Labour had won 18
 * seats", "Plaid Cymru 14"); its bytes in *@at, *@len, FALSE for none */
static gboolean
sw_fd_owner(const SwFact *f, const gchar *sentence, gsize *at, gsize *len)
{
	gsize p = f->start;
	gboolean aside = FALSE;
	guint reach;

	if (f->kind != SW_FACT_PERCENT && f->kind != SW_FACT_NUMBER)
		return FALSE;
	/* "a 10% stake", "a 25% tariff": the measure named right after it */
	if (f->kind == SW_FACT_PERCENT && sentence[f->end] == ' ') {
		gsize n = sw_fd_letters(sentence + f->end + 1);
		if (n > 0 && sw_fd_one_of(sw_fd_measures, G_N_ELEMENTS(sw_fd_measures), sentence + f->end + 1, n)) {
			*at = f->end + 1;
			*len = n;
			return TRUE;
		}
	}
	/* "won the mayoral race with 50.4%": six words back at most, eight
	 * after "with", which a holder's figure follows ("Tom Jones has won
	 * the mayoral race with 51%") */
	reach = p >= 5 && g_ascii_strncasecmp(sentence + p - 5, "with ", 5) == 0 ? 8 : 6;
	for (guint words = 0; words < reach && p > 0; words++) {
		gsize e;
		while (p > 0 && sentence[p - 1] == ' ')
			p--;
		/* past the comma of a clause about the holder: "Tom Jensen,
		 * who had 44.1%" */
		if (p > 1 && sentence[p - 1] == ',' && words > 0 && g_ascii_strncasecmp(sentence + p, " who ", 5) == 0)
			p--;
		/* or of a measure's aside: "inflation, at 3.8% in October" */
		else if (p > 1 && sentence[p - 1] == ',' && words == 1 && f->kind == SW_FACT_PERCENT) {
			p--;
			aside = TRUE;
		}
		e = p;
		while (p > 0 && (g_ascii_isalpha(sentence[p - 1]) || sentence[p - 1] == '-' || sentence[p - 1] == '\'' ||
				 (p >= 3 && memcmp(sentence + p - 3, "\u2019", 3) == 0))) {
			/* the curly apostrophe is three bytes */
			p -= sentence[p - 1] == '\x99' ? 3 : 1;
		}
		if (p == e)
			return FALSE;
		/* the aside's holder is the word before its comma, or none:
		 * "Side effects were mostly mild, with 3%" holds nothing */
		if (aside && words == 1 && g_ascii_islower(sentence[p]) &&
		    !sw_fd_one_of(sw_fd_measures, G_N_ELEMENTS(sw_fd_measures), sentence + p, e - p))
			return FALSE;
		/* a name before "and" is another clause's: "north of Redding
		 * and was 15% contained" */
		if (sw_fd_one_of(sw_fd_clause_joins, G_N_ELEMENTS(sw_fd_clause_joins), sentence + p, e - p) &&
		    !sw_fd_after_be(sentence, p))
			return FALSE;
		if (f->kind == SW_FACT_NUMBER && g_ascii_islower(sentence[p]) &&
		    !sw_fd_one_of(sw_fd_holding, G_N_ELEMENTS(sw_fd_holding), sentence + p, e - p))
			return FALSE;
		/* "inflation rose to 3.4%", "a cut to 4.25%": a measure named
		 * in lower case; not a verb between "to"s, "expected
		 * unemployment to rise to 4.4%", whose measure is further back
		 * ("to rise by 3%" and a headline's "to rise 12%" name the rise) */
		if (f->kind == SW_FACT_PERCENT && words < 4 &&
		    sw_fd_one_of(sw_fd_measures, G_N_ELEMENTS(sw_fd_measures), sentence + p, e - p) &&
		    !(p >= 4 && strncmp(sentence + p - 4, " to ", 4) == 0 && strncmp(sentence + e, " to ", 4) == 0)) {
			*at = p;
			*len = e - p;
			return TRUE;
		}
		/* a market's figure in lower case ("its shares fell 8%"), with
		 * the name before it that holds it ("Hollis shares", "Veltro's
		 * shares") */
		if (f->kind == SW_FACT_PERCENT && words < 4 && g_ascii_islower(sentence[p]) &&
		    sw_fd_one_of(sw_fd_market, G_N_ELEMENTS(sw_fd_market), sentence + p, e - p)) {
			gsize q = p;
			gsize n;
			/* past a possessive's "'s": "Veltro's shares" */
			while (q > 0 && sentence[q - 1] == ' ')
				q--;
			q -= sw_fd_possessive(sentence, 0, q);
			n = sw_fd_word_before(sentence, &q);
			*at = n > 0 && g_ascii_isupper(sentence[q]) && !sw_fd_is_article(sentence + q, n)
				  ? sw_fd_capitals_start(sentence, q)
				  : p;
			*len = e - *at;
			return TRUE;
		}
		if (g_ascii_isupper(sentence[p])) {
			gsize b = sw_fd_capitals_start(sentence, p);
			if (sw_fd_is_article(sentence + b, e - b))
				return FALSE;
			if (b == p && sw_fd_one_of(sw_fd_not_owner, G_N_ELEMENTS(sw_fd_not_owner), sentence + p, e - p))
				return FALSE;
			/* what a holder won "with" a figure is no holder:
			 * "Maria Ruiz won Chile's presidential election with
			 * 55.8%" is Maria Ruiz's */
			if (reach == 8 && sw_fd_possessive(sentence, b, e) > 0 && sentence[e] == ' ' &&
			    g_ascii_islower(sentence[e + 1])) {
				p = b;
				reach += 2;
				continue;
			}
			/* a possessor with what of theirs: "Veltro's shares";
			 * one right before the figure is the holder named
			 * ("to Jane Smith's 47%": "Jane Smith") */
			if (sw_fd_possessive(sentence, b, e) > 0 && sentence[e] == ' ' && g_ascii_islower(sentence[e + 1])) {
				e++;
				e += sw_fd_letters(sentence + e);
			} else if (sw_fd_possessive(sentence, b, e) > 0 && e + 1 == f->start) {
				e -= sw_fd_possessive(sentence, b, e);
			} else if (sentence[e] == ' ') {
				/* or a market's figure of theirs: "Oil prices fell
				 * 2%", "Tesla shares" */
				gsize n = sw_fd_letters(sentence + e + 1);
				if (n > 0 && sw_fd_one_of(sw_fd_market, G_N_ELEMENTS(sw_fd_market), sentence + e + 1, n))
					e += 1 + n;
			}
			*at = b;
			*len = e - b;
			return TRUE;
		}
	}
	return FALSE;
}

/* the holder of @it as a label: a measure or a market's figure that
 * opens the sentence in lower case ("Shares rose 4.5%": "shares 4.5%",
 * not "Shares 4.5%"), a name as written */
static gchar *
sw_fd_owner_label(const SwFdItem *it)
{
	g_autofree gchar *low = g_ascii_strdown(it->sentence + it->owner_at, (gssize)it->owner_len);

	if (it->owner_at == 0 && sw_fd_is_measure(low, it->owner_len))
		return g_steal_pointer(&low);
	return g_strndup(it->sentence + it->owner_at, it->owner_len);
}

/* do @a and @b both give words of a kind, other ones? sentence[at, at +
 * len) of each, 0 long for none */
static gboolean
sw_fd_other_words(const SwFdItem *a, gsize a_at, gsize a_len, const SwFdItem *b, gsize b_at, gsize b_len)
{
	return a_len > 0 && b_len > 0 && (a_len != b_len || strncmp(a->sentence + a_at, b->sentence + b_at, a_len) != 0);
}

/* do @a and @b name different owners ("Labour 34%", "Reform 29%";
 * "inflation rose to 3.4%", "a cut to 4.25%")? */
static gboolean
sw_fd_other_owner(const SwFdItem *a, const SwFdItem *b)
{
	g_autofree gchar *na = NULL;
	g_autofree gchar *nb = NULL;

	if (!sw_fd_other_words(a, a->owner_at, a->owner_len, b, b->owner_at, b->owner_len))
		return FALSE;
	/* one holder named more fully: "Kevin Doyle", "Independent Kevin
	 * Doyle" */
	na = g_strndup(a->sentence + a->owner_at, a->owner_len);
	nb = g_strndup(b->sentence + b->owner_at, b->owner_len);
	return !sw_fd_same_name(na, nb);
}

/* are @a and @b ages of different people: one a named person's
 * ("Daniel Okoro, 27"), the other not ("A 19-year-old man")? */
static gboolean
sw_fd_other_age(const SwFdItem *a, const SwFdItem *b)
{
	static const gchar aged[] = "-year-old ";
	const gchar *pa, *pb;
	gsize na, nb;

	if (g_strcmp0(a->noun, "age") != 0 || g_strcmp0(b->noun, "age") != 0)
		return FALSE;
	if ((a->owner_len > 0) != (b->owner_len > 0))
		return TRUE;
	/* "a 32-year-old man" is no one "a 28-year-old woman" was */
	pa = a->sentence + a->fact->end;
	pb = b->sentence + b->fact->end;
	if (!g_str_has_prefix(pa, aged) || !g_str_has_prefix(pb, aged))
		return FALSE;
	pa += sizeof aged - 1;
	pb += sizeof aged - 1;
	na = sw_fd_letters(pa);
	nb = sw_fd_letters(pb);
	return na > 0 && nb > 0 && (na != nb || g_ascii_strncasecmp(pa, pb, na) != 0);
}

/* does the count @f of @sentence (@len bytes) count unnamed sources ("two people
 * familiar with the matter", "three sources briefed on the talks")? Who
 * told the story is no fact of it */
static gboolean
sw_fd_counts_sources(const SwFact *f, const gchar *sentence, gsize len)
{
	static const gchar *const tells[] = {" familiar with ", " with knowledge of ", " briefed on ", " close to the ",
					     " who spoke on condition ", " who asked not to be ", " who declined to be "};
	const gchar *p = sentence + f->end;

	if (f->kind != SW_FACT_NUMBER || f->end > len)
		return FALSE;
	/* right after it, or past the noun: "people", "senior officials" */
	for (guint w = 0; w < 3; w++) {
		for (guint i = 0; i < G_N_ELEMENTS(tells); i++) {
			if (g_ascii_strncasecmp(p, tells[i], strlen(tells[i])) == 0)
				return TRUE;
		}
		if (*p != ' ' || !g_ascii_isalpha(p[1]))
			break;
		p++;
		p += sw_fd_letters(p);
	}
	return FALSE;
}

/* what the counted of @f (of @sentence, @slen bytes) were said to
 * undergo: the participle after a form of "be", a few words after the
 * count ("more than 1,000 structures were threatened", "5,300
 * structures have been destroyed"); its bytes in *@at, *@len, FALSE for
 * none */
static gboolean
sw_fd_befell(const SwFact *f, const gchar *sentence, gsize slen, gsize *at, gsize *len)
{
	static const gchar *const be[] = {"were", "was", "are", "is", "been", "being"};
	static const gchar *const singular[] = {"was", "is", "has"};
	static const gchar *const denials[] = {"not", "never"};
	const gchar *p = sentence + f->end;
	gboolean after_be = FALSE;

	if (f->kind != SW_FACT_NUMBER || f->end > slen)
		return FALSE;
	for (guint words = 0; words < 5 && *p == ' '; words++) {
		const gchar *w = ++p;
		p += sw_fd_letters(p);
		if (p == w)
			return FALSE;
		if (after_be && p - w > 4 && p[-2] == 'e' && p[-1] == 'd') {
			*at = (gsize)(w - sentence);
			*len = (gsize)(p - w);
			return TRUE;
		}
		/* a verb in the singular after many is another subject's: "an
		 * outbreak that infected 51 people has been declared over" */
		if (f->amount > 1 && sw_fd_one_of(singular, G_N_ELEMENTS(singular), w, (gsize)(p - w)))
			return FALSE;
		/* nor is what did not befall them one: "who had not been
		 * vaccinated" */
		if (sw_fd_one_of(denials, G_N_ELEMENTS(denials), w, (gsize)(p - w)))
			return FALSE;
		if (sw_fd_one_of(be, G_N_ELEMENTS(be), w, (gsize)(p - w)))
			after_be = TRUE;
		else if (after_be || !g_ascii_islower(*w))
			return FALSE;
	}
	return FALSE;
}

/* words that give the counted a fate, and the fate */
typedef struct {
	const gchar *words;
	const gchar *fate;
} SwFdFateWords;

/* what a count's verb says befalls the counted: jobs cut, put at risk,
 * saved or created, people freed, rescued or missing ("axing 300 jobs", "the
 * loss of 700 jobs", "putting 2,100 jobs at risk", "saving 1,400 jobs";
 * not "added 3 goals", "kept 3 points", whose verbs say little); NULL
 * when nothing says */
static const gchar *
sw_fd_fate(const SwFact *f, const gchar *sentence, gsize slen)
{
	/* the verb before the count, by its stem */
	static const SwFdFateWords verbs[] = {
	    {"cut", "lost"},	     {"ax", "lost"},	     {"shed", "lost"},	    {"los", "lost"},
	    {"slash", "lost"},	     {"eliminat", "lost"},   {"sack", "lost"},	    {"threat", "at risk"},
	    {"endanger", "at risk"}, {"sav", "saved"},	     {"retain", "saved"},   {"protect", "saved"},
	    {"safeguard", "saved"},  {"preserv", "saved"},   {"creat", "created"},  {"hir", "created"},
	    {"freed", "freed"},	     {"rescu", "rescued"},
	};
	/* what may stand between the verb and the count: "cut up to 2,000",
	 * "the loss of 700", "saving a further 300" */
	static const gchar *const between[] = {"a",	 "an",	    "the",   "another", "further", "more",
					       "than",	 "about",   "around", "some",	 "nearly",  "almost",
					       "up",	 "to",	    "over",  "roughly", "at",	    "least",
					       "its",	 "their",   "all",   "extra",	 "additional", "of"};
	/* or the words after the counted */
	static const SwFdFateWords after[] = {
	    {" at risk", "at risk"}, {" under threat", "at risk"}, {" will go", "lost"}, {" to go", "lost"},
	    {" could go", "lost"},   {" be lost", "lost"},	       {" were lost", "lost"}, {" be cut", "lost"},
	    {" were cut", "lost"},   {" freed", "freed"},	       {" rescued", "rescued"},
	    {" missing", "missing"}, {" unaccounted for", "missing"},
	};
	gsize p = f->start;
	gchar tail[49];
	gsize n;

	if (f->kind != SW_FACT_NUMBER || f->end > slen)
		return NULL;
	for (guint words = 0; words < 4; words++) {
		gsize at = p;
		gsize len = sw_fd_word_before(sentence, &at);
		/* a verb is in lower case: "Los Angeles" is none */
		if (len == 0 || !g_ascii_islower(sentence[at]))
			break;
		for (guint i = 0; i < G_N_ELEMENTS(verbs); i++) {
			if (g_str_has_prefix(sentence + at, verbs[i].words) && strlen(verbs[i].words) <= len)
				return verbs[i].fate;
		}
		if (!sw_fd_one_of(between, G_N_ELEMENTS(between), sentence + at, len))
			break;
		p = at;
	}
	/* or the words after the counted, up to a mark */
	n = MIN(slen - f->end, sizeof tail - 1);
	memcpy(tail, sentence + f->end, n);
	tail[n] = '\0';
	tail[strcspn(tail, ",;:.!?")] = '\0';
	for (guint i = 0; i < G_N_ELEMENTS(after); i++) {
		if (strstr(tail, after[i].words) != NULL)
			return after[i].fate;
	}
	return NULL;
}

/* do the verbs of @a and @b give the counted different fates ("cut 200
 * jobs", "create 200 jobs")? */
static gboolean
sw_fd_fate_turned(const SwFdItem *a, const SwFdItem *b)
{
	return a->fate != NULL && b->fate != NULL && !g_str_equal(a->fate, b->fate);
}

/* is the turn of fate of one count (sw_fd_fate_turned()) a change of
 * its own? Not for people missing, freed or rescued: their status tells
 * it ("are missing" → "were rescued") */
static gboolean
sw_fd_fate_told(const SwFdItem *a, const SwFdItem *b)
{
	static const gchar *const people[] = {"missing", "freed", "rescued", NULL};

	return sw_fd_fate_turned(a, b) && !g_strv_contains(people, a->fate) && !g_strv_contains(people, b->fate);
}

/* were the counted of @a and of @b said to undergo different things
 * ("threatened", "destroyed")? Then they are not one count */
static gboolean
sw_fd_other_fate(const SwFdItem *a, const SwFdItem *b)
{
	/* the hurt are the hurt however it is put: "were injured", "were
	 * treated in hospital for minor injuries" */
	if (sw_fd_casualty(a->noun) && g_strcmp0(a->noun, b->noun) == 0)
		return FALSE;
	/* jobs at risk are not jobs saved */
	if (sw_fd_fate_turned(a, b))
		return TRUE;
	return sw_fd_other_words(a, a->befell_at, a->befell_len, b, b->befell_at, b->befell_len);
}

/* the word that ends before sentence[*@p], past spaces: its start in
 * *@p and its length; 0 when none (a figure, a mark, the start) */
static gsize
sw_fd_word_before(const gchar *sentence, gsize *p)
{
	gsize e = *p;

	while (e > 0 && sentence[e - 1] == ' ')
		e--;
	*p = e;
	while (*p > 0 && g_ascii_isalpha(sentence[*p - 1]))
		(*p)--;
	return e - *p;
}

/* do two counted nouns count the same thing? Jobs cut are workers let
 * go ("cutting 800 jobs" → "sacked 786 workers") */
static gboolean
sw_fd_same_noun(const gchar *a, const gchar *b)
{
	static const gchar *const jobs[] = {"job", "worker", "employee", "staff", "role", "post", NULL};

	return g_strcmp0(a, b) == 0 || (a != NULL && b != NULL && g_strv_contains(jobs, a) && g_strv_contains(jobs, b)) ||
	       sw_fd_dimension(a, b) != NULL;
}

/* is @it's figure a measure named before it ("a majority of 174") that
 * the sentence of @other, a figure of no noun, never names? "Labour has
 * won 84" is no majority */
static gboolean
sw_fd_measure_unsaid(const SwFdItem *it, const SwFdItem *other)
{
	static const gchar *const measures[] = {"majority", "margin", "turnout", "population", "crowd",
						"attendance", NULL};
	g_autofree gchar *low = NULL;

	if (it->noun == NULL || other->noun != NULL || !g_strv_contains(measures, it->noun))
		return FALSE;
	low = g_ascii_strdown(other->sentence, -1);
	return sw_text_find_word(low, it->noun) == NULL;
}

/* does the sentence say @it's figure is needed ("needs 326 seats for a
 * majority", "the backing of at least 101 MPs is required")? A figure
 * needed is no old value of one reached */
static gboolean
sw_fd_needed(const SwFdItem *it)
{
	static const gchar *const needs[] = {"need", "needs", "needed", "require", "requires", "required", "must"};
	gsize p = it->fact->start;

	if (!sw_fd_numeric(it->fact))
		return FALSE;
	for (guint words = 0; words < 6; words++) {
		gsize len = sw_fd_word_before(it->sentence, &p);
		if (len == 0)
			return FALSE;
		if (sw_fd_one_of(needs, G_N_ELEMENTS(needs), it->sentence + p, len))
			return TRUE;
	}
	return FALSE;
}

/* is the figure @f a threshold a headline says the story passed ("cases
 * pass 60", "death toll tops 100")? The body gives the figure itself */
static gboolean
sw_fd_threshold(const SwFact *f, const gchar *sentence)
{
	static const gchar *const verbs[] = {"pass", "passes", "passed", "top", "tops", "topped", "exceed", "exceeds",
					     "exceeded", "surpass", "surpasses", "surpassed", "near", "nears", "neared"};
	gsize p = f->start;
	gsize len;

	if (!sw_fd_numeric(f))
		return FALSE;
	len = sw_fd_word_before(sentence, &p);
	return len > 0 && sw_fd_one_of(verbs, G_N_ELEMENTS(verbs), sentence + p, len);
}

/* is @it's holder a common noun that opens its sentence ("Asteroid has
 * a 1.2% chance"), written in lower case elsewhere in the story? No
 * holder then; a measure keeps its place, in lower case */
static gboolean
sw_fd_common_opener(SwFd *fd, const SwFdItem *it)
{
	g_autofree gchar *low = NULL;

	if (it->owner_len == 0 || it->owner_at != 0 || memchr(it->sentence, ' ', it->owner_len) != NULL)
		return FALSE;
	low = g_ascii_strdown(it->sentence, (gssize)it->owner_len);
	if (sw_fd_is_measure(low, it->owner_len))
		return FALSE;
	return sw_text_find_word(sw_fd_whole(fd, SW_OLD), low) != NULL ||
	       sw_text_find_word(sw_fd_whole(fd, SW_NEW), low) != NULL;
}

/* an item for each of @facts, of @sentence (line @line), onto @items */
static void
sw_fd_items_add(SwFd *fd, GPtrArray *items, GPtrArray *facts, gint line, const gchar *sentence)
{
	gboolean expected = facts->len > 0 && sw_fd_expected(sentence);
	GDate day;
	/* "Published 3 March 2025, updated 4 March 2025": a text's own
	 * dateline moves with every update and tells nothing of the story */
	gboolean dateline = sw_facts_dateline_of(sentence, facts, &day);
	gsize len = strlen(sentence);

	for (guint i = 0; i < facts->len; i++) {
		SwFdItem *it;
		if (dateline)
			break;
		if (sw_fd_counts_sources(g_ptr_array_index(facts, i), sentence, len) ||
		    (line < 0 && sw_fd_threshold(g_ptr_array_index(facts, i), sentence)))
			continue;
		it = g_new0(SwFdItem, 1);
		it->fact = g_ptr_array_index(facts, i);
		it->line = line;
		it->sentence = sentence;
		it->expected = expected;
		/* "killed 12 people" and "the death toll rose to 15" are one
		 * count that grew */
		it->noun = sw_facts_casualties(sentence, len, it->fact);
		if (it->noun == NULL)
			it->noun = it->fact->noun;
		if (!sw_fd_befell(it->fact, sentence, len, &it->befell_at, &it->befell_len))
			it->befell_len = 0;
		it->fate = sw_fd_fate(it->fact, sentence, len);
		/* "Category 3": the words a grade measures with own nothing,
		 * and a score is the match's, not the side named before it */
		if (g_strcmp0(it->noun, "score") == 0 ||
		    !sw_fd_owner(it->fact, sentence, &it->owner_at, &it->owner_len) ||
		    (it->noun != NULL && strlen(it->noun) == it->owner_len &&
		     g_ascii_strncasecmp(it->noun, sentence + it->owner_at, it->owner_len) == 0) ||
		    sw_fd_common_opener(fd, it))
			it->owner_len = 0;
		/* an age is the person's it follows ("Daniel Okoro, 27") */
		if (it->fact->kind == SW_FACT_NUMBER && g_strcmp0(it->noun, "age") == 0 && it->fact->start >= 2 &&
		    sentence[it->fact->start - 2] == ',') {
			gsize e = it->fact->start - 2, b = e;
			/* the capitalised words before the comma, the name a
			 * sentence read alone may not take for one */
			while (b > 0 && (g_ascii_isalpha(sentence[b - 1]) || sentence[b - 1] == '\''))
				b--;
			if (b < e && g_ascii_isupper(sentence[b])) {
				it->owner_at = sw_fd_capitals_start(sentence, b);
				it->owner_len = e - it->owner_at;
			}
			for (guint k = 0; k < facts->len; k++) {
				const SwFact *p = g_ptr_array_index(facts, k);
				if (p->kind == SW_FACT_PERSON && p->end == e) {
					it->owner_at = p->start;
					it->owner_len = p->end - p->start;
				}
			}
		}
		/* a holder is the person, less the job before the name
		 * ("Challenger Maria Ruiz" is Maria Ruiz) */
		for (guint k = 0; k < facts->len && it->owner_len > 0; k++) {
			const SwFact *p = g_ptr_array_index(facts, k);
			if (p->kind == SW_FACT_PERSON && p->end == it->owner_at + it->owner_len && p->start > it->owner_at) {
				it->owner_len = p->end - p->start;
				it->owner_at = p->start;
			}
		}
		/* "£70 a day", "10 hours a day": the rate is the figure's */
		if (it->fact->kind == SW_FACT_SET && items->len > 0) {
			SwFdItem *prev = g_ptr_array_index(items, items->len - 1);
			if (prev->sentence == sentence && (sw_fd_numeric(prev->fact) || prev->fact->kind == SW_FACT_DURATION) &&
			    it->fact->start == prev->fact->end + 1) {
				prev->rate = it->fact;
				it->rate_of = prev->fact;
			}
		}
		g_ptr_array_add(items, it);
	}
}

/* the sentence with each fact written as its value: two sentences equal
 * this way differ only in how they write the same values */
static gchar *
sw_fd_valued_key(const gchar *sentence, GPtrArray *facts)
{
	g_autoptr(GString) s = g_string_new(NULL);
	gsize at = 0;

	for (guint i = 0; i < facts->len; i++) {
		const SwFact *f = g_ptr_array_index(facts, i);
		g_autofree gchar *v = NULL;
		if (f->kind == SW_FACT_QUOTE || f->start < at)
			continue;
		g_string_append_len(s, sentence + at, (gssize)(f->start - at));
		if (sw_fd_numeric(f))
			v = g_strdup_printf(" zzv%s%.6g-%.6g%s ", f->currency != NULL ? f->currency : "",
					    f->amount, f->amount_max,
					    sw_fd_bound(f) > 0 ? "floor" : sw_fd_bound(f) < 0 ? "ceiling" : "");
		else if (f->kind == SW_FACT_PERSON || f->kind == SW_FACT_ORG || f->kind == SW_FACT_PLACE)
			v = g_strdup_printf(" %s ", f->text);
		else
			v = g_strdup_printf(" zzv%s-%s-%s ", f->value, f->value_max != NULL ? f->value_max : "",
					    f->mod != NULL ? f->mod : "");
		g_string_append(s, v);
		at = f->end;
	}
	g_string_append(s, sentence + at);
	return sw_text_cosmetic_key(s->str);
}

static guint
sw_fd_edit_distance(const gchar *a, const gchar *b)
{
	gsize n = strlen(a), m = strlen(b);
	guint row[65];

	if (n > 64 || m > 64)
		return G_MAXUINT;
	for (gsize j = 0; j <= m; j++)
		row[j] = (guint)j;
	for (gsize i = 1; i <= n; i++) {
		guint diag = row[0];
		row[0] = (guint)i;
		for (gsize j = 1; j <= m; j++) {
			guint up = row[j];
			guint cost = a[i - 1] == b[j - 1] ? 0 : 1;
			row[j] = MIN(MIN(row[j] + 1, row[j - 1] + 1), diag + cost);
			diag = up;
		}
	}
	return row[m];
}

static gboolean
sw_fd_word_changes_meaning(const gchar *w)
{
	static const gchar *const words[] = {"not", "no", "never", "nor", "none", "without", NULL};
	g_autofree gchar *k = sw_text_cosmetic_key(w);
	gboolean digit = FALSE;

	for (const gchar *p = w; *p != '\0'; p++)
		digit |= g_ascii_isdigit(*p);
	/* a capital word is a name: a name corrected is a fact corrected */
	return digit || g_strv_contains(words, k) || g_unichar_isupper(g_utf8_get_char(w));
}

/* TRUE when @word is part of the text of one of @facts */
static gboolean
sw_fd_in_fact(GPtrArray *facts, const gchar *word)
{
	g_autofree gchar *w = sw_fd_words_key(word);

	for (guint i = 0; i < facts->len; i++) {
		const SwFact *f = g_ptr_array_index(facts, i);
		g_autofree gchar *k = NULL;
		if (f->kind == SW_FACT_QUOTE)
			continue;
		k = sw_fd_words_key(f->text);
		if (strstr(k, w) != NULL)
			return TRUE;
	}
	return FALSE;
}

/* is @neg the word @plain (both bare, in lower case) denied by a prefix
 * ("ineffective", "unconscious", "illegal", "non-binding")? */
static gboolean
sw_fd_prefix_denial(const gchar *neg, const gchar *plain)
{
	static const gchar *const prefixes[] = {"un", "in", "im", "il", "ir", "dis", "non", "non-"};
	gsize n = strlen(neg), p = strlen(plain);

	/* "into" is no "to" denied */
	if (p < 4 || n <= p)
		return FALSE;
	for (guint i = 0; i < G_N_ELEMENTS(prefixes); i++) {
		if (n - p == strlen(prefixes[i]) && g_str_has_prefix(neg, prefixes[i]) && g_str_equal(neg + n - p, plain))
			return TRUE;
	}
	return FALSE;
}

/* are @a and @b (bare, lower case) one word's two roles, the doer and
 * the one done to ("employer" → "employee", "lessor" → "lessee")? */
static gboolean
sw_fd_role_pair(const gchar *a, const gchar *b)
{
	gsize n = strlen(a);

	if (n < 5 || strlen(b) != n || strncmp(a, b, n - 2) != 0)
		return FALSE;
	if (g_str_has_suffix(b, "ee"))
		return g_str_has_suffix(a, "er") || g_str_has_suffix(a, "or");
	return g_str_has_suffix(a, "ee") && (g_str_has_suffix(b, "er") || g_str_has_suffix(b, "or"));
}

/* a reworded pair whose word changes are all small misspellings mended,
 * none of them inside a fact ("million" → "billion" is no typo), nor a
 * word denied by a prefix ("effective" → "ineffective"), nor one of
 * another first letter: a misspelling keeps it, where a word of the
 * same stem and another prefix says another thing ("increased" →
 * "decreased", "internal" → "external", "emigrate" → "immigrate"), nor
 * one of a role's two ends ("employer" → "employee") */
static gboolean
sw_fd_typo_only(const gchar *old_s, const gchar *new_s, GPtrArray *fa, GPtrArray *fb)
{
	g_autoptr(GPtrArray) ops = sw_diff_words(old_s, new_s);
	guint fixes = 0;

	for (guint i = 0; i < ops->len; i++) {
		SwWordOp *a = g_ptr_array_index(ops, i);
		SwWordOp *b = i + 1 < ops->len ? g_ptr_array_index(ops, i + 1) : NULL;
		g_autofree gchar *ka = NULL;
		g_autofree gchar *kb = NULL;
		guint d;
		if (a->kind == SW_DIFF_OP_EQUAL)
			continue;
		if (b == NULL || a->kind != SW_DIFF_OP_REMOVED || b->kind != SW_DIFF_OP_ADDED ||
		    strchr(a->text, ' ') != NULL || strchr(b->text, ' ') != NULL)
			return FALSE;
		if (sw_fd_word_changes_meaning(a->text) || sw_fd_word_changes_meaning(b->text) ||
		    sw_fd_in_fact(fa, a->text) || sw_fd_in_fact(fb, b->text))
			return FALSE;
		ka = sw_text_cosmetic_key(a->text);
		kb = sw_text_cosmetic_key(b->text);
		if (sw_fd_prefix_denial(ka, kb) || sw_fd_prefix_denial(kb, ka) || ka[0] != kb[0] ||
		    sw_fd_role_pair(ka, kb))
			return FALSE;
		d = sw_fd_edit_distance(ka, kb);
		if (strlen(ka) < 4 || strlen(kb) < 4 || d > (strlen(ka) >= 8 ? 2u : 1u))
			return FALSE;
		fixes++;
		i++;
	}
	return fixes > 0;
}

/* ---- changes ---- */

static SwChange *
sw_fd_change(SwFd *fd, const gchar *kind, const SwFdItem *a, const SwFdItem *b)
{
	SwChange *c = sw_diff_add_change(fd->diff, kind);

	if (a != NULL) {
		c->old = g_strdup(a->fact->text);
		c->old_value = sw_fd_value(a->fact);
		c->old_sentence = g_strdup(a->sentence);
	}
	if (b != NULL) {
		c->new = g_strdup(b->fact->text);
		c->new_value = sw_fd_value(b->fact);
		c->new_sentence = g_strdup(b->sentence);
	}
	fd->diff->facts_changed++;
	/* a number of the headline or the lede is the story's key number */
	if (((a != NULL && sw_fd_numeric(a->fact) && a->line <= 0) ||
	     (b != NULL && sw_fd_numeric(b->fact) && b->line <= 0)) &&
	    a != NULL && b != NULL)
		fd->diff->key_fact_changed = TRUE;
	/* and a death told for the first time is news wherever it is told */
	if (a == NULL && b != NULL && b->fact->kind == SW_FACT_NUMBER && g_strcmp0(b->noun, "dead") == 0 &&
	    b->fact->amount > 0)
		fd->diff->key_fact_changed = TRUE;
	return c;
}

/* counted nouns that are other facts' labels, and how their counts read */
static const gchar *const sw_fd_label_nouns[][2] = {
    {"date", "dates"},	     {"time", "times"},	  {"amount", "amounts"}, {"duration", "durations"},
    {"percentage", "percentages"}, {"name", "names"}, {"quote", "quotes"}, {"status", "statuses"},
    {"rate", "rates"},
};

/* what a reader calls the fact: "expected date", "toll", "amount" */
static const gchar *
sw_fd_label(const SwFdItem *it, gboolean expected)
{
	switch (it->fact->kind) {
	case SW_FACT_DATE:
	case SW_FACT_SET:
		if (it->rate_of != NULL)
			return "rate";
		return expected ? "expected date" : "date";
	case SW_FACT_TIME:
		return expected ? "expected time" : "time";
	case SW_FACT_DURATION:
		return sw_status_prison_term(it->sentence, it->fact->start, it->fact->end) ? "prison term" : "duration";
	case SW_FACT_MONEY:
		return "amount";
	case SW_FACT_PERCENT:
		return "percentage";
	case SW_FACT_NUMBER:
		if (g_strcmp0(it->noun, "dead") == 0)
			return "death toll";
		/* a count of what another fact's label says reads as the count:
		 * "the remaining 11 dates of her tour" is "dates 11", not a
		 * date */
		for (guint i = 0; it->noun != NULL && i < G_N_ELEMENTS(sw_fd_label_nouns); i++) {
			if (g_str_equal(it->noun, sw_fd_label_nouns[i][0]))
				return sw_fd_label_nouns[i][1];
		}
		return it->noun != NULL ? it->noun : "number";
	case SW_FACT_PERSON:
	case SW_FACT_ORG:
	case SW_FACT_PLACE:
		return "name";
	case SW_FACT_QUOTE:
	default:
		return "quote";
	}
}

/* the figure a value string gives ("USD 7000000", "26%", "7100000"),
 * to one significant digit, as a headline rounds it; 0 when none */
static gdouble
sw_fd_rounded(const gchar *value, gboolean *exact)
{
	const gchar *p = value;
	gdouble x, unit, r;

	while (*p != '\0' && !g_ascii_isdigit(*p))
		p++;
	x = *p != '\0' ? g_ascii_strtod(p, NULL) : 0;
	if (x <= 0 || !isfinite(x))
		return 0;
	unit = pow(10, floor(log10(x)));
	r = round(x / unit) * unit;
	if (exact != NULL)
		*exact = fabs(x - r) <= x * 1e-9;
	return r;
}

/* a calendar value ("2027-06-03") cut to @prec characters, its year (4)
 * or its month (7); NULL when it does not write that much */
static gchar *
sw_fd_date_prefix(const gchar *v, gsize prec)
{
	if (strlen(v) < prec || !g_ascii_isdigit(v[0]) || !g_ascii_isdigit(v[3]) ||
	    (prec == 7 && (v[4] != '-' || !g_ascii_isdigit(v[5]) || !g_ascii_isdigit(v[6]))))
		return NULL;
	return g_strndup(v, prec);
}

/* a headline's coarse values and its body's close ones told as one
 * change: figures to one significant digit ("2 million → 7 million" in
 * the headline, "about 2 million → 7.1 million" in the lede), dates to
 * @prec ("June → September", "June 3 → September 9"); the key both
 * give, NULL when none. The headline's must be that coarse already
 * (@headline) */
static gchar *
sw_fd_coarse_key(gint cls, const gchar *va, const gchar *vb, const gchar *noun, gboolean headline, gsize prec)
{
	if (cls == 1) {
		g_autofree gchar *pa = sw_fd_date_prefix(va, prec);
		g_autofree gchar *pb = sw_fd_date_prefix(vb, prec);
		if (pa == NULL || pb == NULL || g_str_equal(pa, pb) ||
		    (headline && (strlen(va) != prec || strlen(vb) != prec)))
			return NULL;
		return g_strdup_printf("~1\x1f%s\x1f%s\x1f%s", pa, pb, noun);
	} else {
		gboolean ea = FALSE, eb = FALSE;
		gdouble ra = sw_fd_rounded(va, &ea);
		gdouble rb = sw_fd_rounded(vb, &eb);

		if (ra == 0 || rb == 0 || ra == rb || (headline && !(ea && eb)))
			return NULL;
		return g_strdup_printf("~%d\x1f%g\x1f%g\x1f%s", cls, ra, rb, noun);
	}
}

/* drop change @k the diff told, one the change at hand tells better */
static void
sw_fd_drop_change(SwFd *fd, guint k)
{
	g_ptr_array_remove_index(fd->diff->changes, k);
	fd->diff->facts_changed--;
}

/* drop the change the headline pair told of @va → @vb, which a body's
 * change tells better; FALSE when there is none */
static gboolean
sw_fd_drop_headline_told(SwFd *fd, const gchar *va, const gchar *vb)
{
	for (guint k = 0; k < fd->diff->changes->len; k++) {
		const SwChange *c = g_ptr_array_index(fd->diff->changes, k);
		if (g_strcmp0(c->old_sentence, fd->diff->old_title) == 0 &&
		    g_strcmp0(c->new_sentence, fd->diff->new_title) == 0 && g_strcmp0(c->old_value, va) == 0 &&
		    g_strcmp0(c->new_value, vb) == 0) {
			sw_fd_drop_change(fd, k);
			return TRUE;
		}
	}
	return FALSE;
}

/* has the same value moved the same way in the body when @a and @b are
 * the headline's, or in the headline when they are the body's? A
 * headline repeats the lede's count ("two dead" and "At least two
 * people have died" both going to four): one change. Else it is noted */
static gboolean
sw_fd_told_elsewhere(SwFd *fd, const SwFdItem *a, const SwFdItem *b)
{
	gint in_headline = a->line < 0 || b->line < 0 ? 0 : 1;
	gint cls = sw_fd_class(a->fact->kind);
	g_autofree gchar *va = sw_fd_value(a->fact);
	g_autofree gchar *vb = sw_fd_value(b->fact);
	/* the noun either side gives: a headline's "rise to 84" counts the
	 * cases its body's "84 cases" does */
	const gchar *noun = b->noun != NULL ? b->noun : a->noun != NULL ? a->noun : "";
	gchar *key = g_strdup_printf("%d\x1f%s\x1f%s\x1f%s", cls, va, vb, noun);

	if (g_hash_table_contains(fd->told[1 - in_headline], key)) {
		g_free(key);
		return TRUE;
	}
	/* a headline's figure that named nothing ("Floods force 3,000 to
	 * leave") told before its body's with a noun ("About 3,000 people"):
	 * the body's says more, so it takes the headline's place */
	if (in_headline == 1 && *noun != '\0') {
		g_autofree gchar *bare = g_strdup_printf("%d\x1f%s\x1f%s\x1f", cls, va, vb);
		if (g_hash_table_contains(fd->told[0], bare) && sw_fd_drop_headline_told(fd, va, vb))
			g_hash_table_remove(fd->told[0], bare);
	}
	/* a name the headline's words had replaced gives way to the body's,
	 * whose finder knows its kind ("in Leeds" → "in Bradford") */
	if (cls == 6 && in_headline == 1)
		sw_fd_drop_headline_told(fd, va, vb);
	/* the headline's coarse figures and dates give way to the body's
	 * close ones, which say more; a date to its month or its year */
	for (gsize prec = 7; prec >= (cls == 1 ? 4u : 7u) && (sw_fd_numeric(a->fact) || cls == 1) &&
			     a->fact->kind == b->fact->kind;
	     prec -= 3) {
		g_autofree gchar *coarse = sw_fd_coarse_key(cls, va, vb, noun, in_headline == 0, prec);
		if (coarse != NULL && in_headline == 0)
			g_hash_table_add(fd->told[0], g_steal_pointer(&coarse));
		for (guint k = 0; coarse != NULL && g_hash_table_contains(fd->told[0], coarse) &&
				  k < fd->diff->changes->len;
		     k++) {
			const SwChange *c = g_ptr_array_index(fd->diff->changes, k);
			g_autofree gchar *had = NULL;
			if (g_strcmp0(c->old_sentence, fd->diff->old_title) != 0 ||
			    g_strcmp0(c->new_sentence, fd->diff->new_title) != 0 ||
			    !g_str_equal(c->kind, sw_fd_kind(b->fact->kind)) || c->old_value == NULL || c->new_value == NULL)
				continue;
			had = sw_fd_coarse_key(cls, c->old_value, c->new_value, noun, TRUE, prec);
			if (g_strcmp0(had, coarse) == 0) {
				sw_fd_drop_change(fd, k);
				g_hash_table_remove(fd->told[0], coarse);
				break;
			}
		}
	}
	g_hash_table_add(fd->told[in_headline], key);
	return FALSE;
}

/* which way the figure of @it says something moved, when it is the move
 * itself ("rose 6%", "fell by 18%", "down a further 12%", "closed 3%
 * lower"): 1 up, -1 down, 0 when it says none or is a level ("fell to
 * 3.8%") */
static gint
sw_fd_direction(const SwFdItem *it)
{
	static const gchar *const after_up[] = {"higher", "up"};
	static const gchar *const after_down[] = {"lower", "down"};
	static const gchar *const up[] = {"rose", "rise", "rises", "risen", "up", "gained", "gains", "climbed", "climbs",
					  "jumped", "jumps", "increased", "increases", "increase", "grew", "grows", "grow",
					  "soared", "surged", "advanced", "added", "expanded", "expands", "rallied",
					  "rebounded", "leapt", "leaped"};
	static const gchar *const down[] = {"fell", "falls", "fallen", "fall", "down", "dropped", "drops", "drop",
					    "declined", "declines", "decline", "lost", "loses", "slid", "slumped",
					    "plunged", "tumbled", "sank", "decreased", "shed", "eased", "dipped",
					    "shrank", "shrunk", "shrinks", "contracted", "contracts", "slipped",
					    "retreated", "plummeted"};
	static const gchar *const between[] = {"by", "a", "an", "further", "another", "additional"};
	gsize p = it->fact->start;
	gsize a = it->fact->end, n;

	if (!sw_fd_numeric(it->fact))
		return 0;
	/* a multiple says its way itself: "doubled", "halved" */
	if (sw_facts_is_multiple(it->fact))
		return g_ascii_strcasecmp(it->fact->text, "halved") == 0 ? -1 : 1;
	/* the word right after: "closed 3% lower", "ended the day 2% up" */
	while (it->sentence[a] == ' ')
		a++;
	n = sw_fd_letters(it->sentence + a);
	if (n > 0 && !g_ascii_isalnum(it->sentence[a + n]) && it->sentence[a + n] != '-') {
		if (sw_fd_one_of(after_up, G_N_ELEMENTS(after_up), it->sentence + a, n))
			return 1;
		if (sw_fd_one_of(after_down, G_N_ELEMENTS(after_down), it->sentence + a, n))
			return -1;
	}
	for (guint words = 0; words < 4; words++) {
		gsize len = sw_fd_word_before(it->sentence, &p);
		if (len == 0)
			return 0;
		if (sw_fd_one_of(up, G_N_ELEMENTS(up), it->sentence + p, len))
			return 1;
		if (sw_fd_one_of(down, G_N_ELEMENTS(down), it->sentence + p, len))
			return -1;
		if (!sw_fd_one_of(between, G_N_ELEMENTS(between), it->sentence + p, len))
			return 0;
	}
	return 0;
}

/* "up " or "down " before a move's figure */
static const gchar *
sw_fd_way(const SwFdItem *it)
{
	if (sw_facts_is_multiple(it->fact))
		return "";
	return sw_fd_direction(it) > 0 ? "up " : "down ";
}

static void
sw_fd_value_change(SwFd *fd, SwFdItem *a, SwFdItem *b)
{
	SwChange *c;
	gboolean expected;
	gboolean turned;
	gboolean fated;
	const gchar *noun;
	const gchar *dimension; /* of a measure told in another unit */

	if (sw_fd_told_elsewhere(fd, a, b)) {
		a->used = b->used = TRUE;
		return;
	}
	c = sw_fd_change(fd, sw_fd_kind(b->fact->kind), a, b);
	/* the date an event is expected on: a sentence about an event ahead,
	 * and a date still to come ("said on Monday" is not one) */
	expected = sw_fd_class(a->fact->kind) == 1 && (a->expected || b->expected) &&
			    sw_fd_ahead(b->fact, fd->ref[SW_NEW]);

	/* a move that turned ("Shares rose 6%" → "Shares fell 18%") says
	 * which way each went: the figures alone would read as a bigger rise */
	turned = sw_fd_direction(a) * sw_fd_direction(b) < 0;
	/* as does a count whose fate turned: "job lost 200 → created 200" */
	fated = !turned && sw_fd_fate_told(a, b);
	dimension = a->fact->kind == SW_FACT_NUMBER ? sw_fd_dimension(a->noun, b->noun) : NULL;
	/* an age says whose it is: "Daniel Okoro's age 27 → 28" */
	if (b->owner_len > 0 && a->owner_len > 0 && g_strcmp0(b->noun, "age") == 0)
		c->phrase = g_strdup_printf("%.*s's age %s → %s", (gint)b->owner_len, b->sentence + b->owner_at,
					    a->fact->text, b->fact->text);
	/* a share says whose it is: "Labour 34% → 30%" */
	else if (b->owner_len > 0 && a->owner_len > 0) {
		g_autofree gchar *owner = sw_fd_owner_label(b);
		c->phrase = g_strdup_printf("%s %s%s → %s%s", owner, turned ? sw_fd_way(a) : "", a->fact->text,
					    turned ? sw_fd_way(b) : "", b->fact->text);
	}
	else if (fated)
		c->phrase = g_strdup_printf("%s %s %s → %s %s", sw_fd_label(b, expected), a->fate, a->fact->text,
					    b->fate, b->fact->text);
	/* a measure in another unit says both: "length 1.5 mile → 3 km" */
	else if (dimension != NULL)
		c->phrase = g_strdup_printf("%s %s %s → %s %s", dimension, a->fact->text, a->noun, b->fact->text,
					    b->noun);
	else
		c->phrase = g_strdup_printf("%s %s%s → %s%s", sw_fd_label(b, expected), turned ? sw_fd_way(a) : "",
					    a->fact->text, turned ? sw_fd_way(b) : "", b->fact->text);
	/* when something was said or done moves less than what or when
	 * next; the dead and the hurt come first among counts */
	c->rank = sw_fd_class(a->fact->kind) == 1 && !expected ? 5
		  : a->fact->kind == SW_FACT_NUMBER && sw_fd_casualty(b->noun) ? 2 : 3;
	a->used = b->used = TRUE;
	if (sw_fd_class(a->fact->kind) == 1)
		c->note = sw_fd_date_note(a->fact, b->fact);
	else if (a->fact->kind == SW_FACT_DURATION && b->fact->kind == SW_FACT_DURATION)
		c->note = sw_fd_duration_note(a->fact, b->fact);
	else if (turned)
		c->note = g_strdup(sw_fd_direction(b) > 0 ? "now up" : "now down");
	else if (fated)
		c->note = g_strdup_printf("now %s", b->fate);
	else if (dimension != NULL)
		c->note = sw_fd_converted_note(a->fact, b->fact);
	else if (sw_fd_numeric(a->fact) && a->fact->amount == b->fact->amount &&
		 a->fact->amount_max == b->fact->amount_max && sw_fd_bound(a->fact) * sw_fd_bound(b->fact) < 0)
		/* the figure stayed, its bound turned: "up to 300" → "at
		 * least 300" */
		c->note = g_strdup(sw_fd_bound(b->fact) > 0 ? "now a minimum" : "now a maximum");
	else if (sw_fd_numeric(a->fact) && a->fact->kind == b->fact->kind)
		c->note = sw_fd_number_note(a->fact, b->fact);
	if (expected) {
		gchar *note = c->note != NULL ? g_strdup_printf("expected date; %s", c->note)
					      : g_strdup("expected date");
		g_free(c->note);
		c->note = note;
	}
	/* the noun either side gives: "Labour on 22" counts the seats "Labour
	 * had won 18 seats" did (a measure in another unit has its units in
	 * the phrase) */
	noun = b->noun != NULL ? b->noun : a->noun;
	if (a->fact->kind != SW_FACT_NUMBER || noun == NULL || dimension != NULL)
		return;
	if (c->note != NULL) {
		gchar *note = g_strdup_printf("%s; %s", noun, c->note);
		g_free(c->note);
		c->note = note;
	} else {
		c->note = g_strdup(noun);
	}
}

static const gchar *
sw_fd_speaker(const SwFact *f)
{
	return f->speaker;
}

/* a speaker named by one word ("Wallace said"), sentences away from
 * the full name, by that full name when a sentence read on @side gives
 * it ("said Ian Wallace"), the longest; else @who */
static const gchar *
sw_fd_full_speaker(SwFd *fd, gint side, const gchar *who)
{
	g_autofree gchar *key = NULL;
	const gchar *full;

	if (who == NULL || strchr(who, ' ') != NULL)
		return who;
	key = sw_fd_words_key(who);
	full = g_hash_table_lookup(fd->names[side], key);
	return full != NULL ? full : who;
}

/* a quote's change: the quoted words as old and new, the speakers as the
 * values, whole (@who stands for a speaker the quote runs on from) */
static SwChange *
sw_fd_quote_change(SwFd *fd, const SwFdItem *a, const SwFdItem *b, const gchar *who)
{
	SwChange *c = sw_diff_add_change(fd->diff, "quote");

	if (a != NULL) {
		c->old = g_strdup(a->fact->value);
		c->old_value =
		    g_strdup(sw_fd_full_speaker(fd, SW_OLD, a->fact->speaker != NULL ? a->fact->speaker : who));
		c->old_sentence = g_strdup(a->sentence);
	}
	if (b != NULL) {
		c->new = g_strdup(b->fact->value);
		c->new_value =
		    g_strdup(sw_fd_full_speaker(fd, SW_NEW, b->fact->speaker != NULL ? b->fact->speaker : who));
		c->new_sentence = g_strdup(b->sentence);
	}
	fd->diff->facts_changed++;
	return c;
}

/* does the version whose words are @key tell of the fate of @noun, a
 * death ("dead") or a wound ("injured")? */
static gboolean
sw_fd_key_tells(const gchar *key, const gchar *noun)
{
	static const gchar *const died[] = {" died ", " killed ", " dead ", " death ", " deaths ", " toll "};
	static const gchar *const hurt[] = {" injured ", " hurt ", " wounded ", " injuries "};
	gboolean dead = g_strcmp0(noun, "dead") == 0;

	for (guint i = 0; i < (dead ? G_N_ELEMENTS(died) : G_N_ELEMENTS(hurt)); i++) {
		if (strstr(key, dead ? died[i] : hurt[i]) != NULL)
			return TRUE;
	}
	return FALSE;
}

/* TRUE when the other version (whole) mentions @f, in any sentence */
static gboolean
sw_fd_mentioned(SwFd *fd, gint other, const SwFact *f)
{
	g_autofree gchar *k = NULL;

	if (fd->key[other] == NULL)
		fd->key[other] = sw_fd_words_key(sw_fd_whole(fd, other));
	if (f->kind == SW_FACT_PERSON) {
		/* a person is mentioned by the family name alone */
		const gchar *full = f->ref != NULL ? f->ref : f->value;
		const gchar *sp = strrchr(full, ' ');
		k = sw_fd_words_key(sp != NULL ? sp + 1 : full);
	} else {
		k = sw_fd_words_key(f->kind == SW_FACT_QUOTE ? f->value : f->text);
	}
	/* nothing to look for is found everywhere */
	if (g_str_equal(k, " "))
		return TRUE;
	if (strstr(fd->key[other], k) == NULL)
		return FALSE;
	/* the dead or hurt told by words alone ("A man has died"): "a man"
	 * is in most stories, so only a version that tells of a death or a
	 * wound mentions them */
	if (f->kind == SW_FACT_NUMBER && (g_strcmp0(f->noun, "dead") == 0 || g_strcmp0(f->noun, "injured") == 0) &&
	    strpbrk(f->text, "0123456789") == NULL)
		return sw_fd_key_tells(fd->key[other], f->noun);
	return TRUE;
}

/* are @a and @b counts of the hurt and the dead, as many of each? */
static gboolean
sw_fd_other_casualty(const SwFdItem *a, const SwFdItem *b)
{
	return sw_fd_casualty(a->noun) && sw_fd_casualty(b->noun) && g_strcmp0(a->noun, b->noun) != 0;
}

/* sw_fd_mentioned() for an item: the dead or the hurt counted in words
 * as many ("Three people were injured" → "Three people were killed") are
 * mentioned only by a version that tells of that fate too */
static gboolean
sw_fd_item_mentioned(SwFd *fd, gint other, const SwFdItem *it)
{
	if (!sw_fd_mentioned(fd, other, it->fact))
		return FALSE;
	return it->fact->kind != SW_FACT_NUMBER || !sw_fd_casualty(it->noun) ||
	       sw_fd_key_tells(fd->key[other], it->noun);
}

/* does the version on @other give @it's count with the word after it in
 * its sentence ("three hostages")? A figure alone ("three") is in most
 * stories */
static gboolean
sw_fd_count_mentioned(SwFd *fd, gint other, const SwFdItem *it)
{
	const gchar *s = it->sentence;
	gsize e = it->fact->end;
	gsize n;
	g_autofree gchar *words = NULL;

	while (s[e] == ' ')
		e++;
	n = sw_fd_letters(s + e);
	if (n == 0)
		return FALSE;
	e += n;
	words = g_strndup(s + it->fact->start, e - it->fact->start);
	{
		SwFact said = {.kind = SW_FACT_ORG, .text = words};
		return sw_fd_mentioned(fd, other, &said);
	}
}

/* does a sentence the other version changed state @it's value in other
 * words ("for 48 hours", "a 48-hour strike")? Then it stayed */
static gboolean
sw_fd_restated(SwFd *fd, gint other, const SwFdItem *it)
{
	GPtrArray *pool = fd->pool[other];

	/* a rewrite of everything is not read fact by fact */
	if ((guint64)fd->pool[SW_OLD]->len * fd->pool[SW_NEW]->len > SW_FD_MAX_PAIRS)
		return FALSE;
	for (guint i = 0; i < pool->len; i++) {
		const SwFdItem *o = g_ptr_array_index(pool, i);
		/* the hurt as many as the dead are not them */
		if (sw_fd_same_value(it->fact, o->fact) && !sw_fd_other_casualty(it, o))
			return TRUE;
	}
	return FALSE;
}

/* has a change already told of @f's value on @side ("death toll 37 →
 * 112" from the body, and "rises to 112" in the headline)? Then @f
 * alone is no news */
static gboolean
sw_fd_reported(SwFd *fd, gint side, const SwFact *f)
{
	const gchar *kind = sw_fd_kind(f->kind);

	for (guint i = 0; i < fd->diff->changes->len; i++) {
		const SwChange *c = g_ptr_array_index(fd->diff->changes, i);
		const gchar *v = side == SW_NEW ? c->new_value : c->old_value;
		if (v != NULL && g_str_equal(c->kind, kind) && g_str_equal(v, f->value))
			return TRUE;
	}
	return FALSE;
}

/* the same speaker's quote in other words, or (@how "replaced") another
 * quote in its place; one note for both, so hooks see one kind */
static void
sw_fd_quote_reworded(SwFd *fd, SwFdItem *a, SwFdItem *b, const gchar *how)
{
	SwChange *c = sw_fd_quote_change(fd, a, b, NULL);

	c->note = g_strdup("quote reworded");
	c->phrase = c->new_value != NULL ? g_strdup_printf("%s quote %s", c->new_value, how)
					 : g_strdup_printf("quote %s", how);
	c->rank = 5;
	a->used = b->used = TRUE;
}

/* a title's short forms, each the same job as its long one */
static const struct {
	const gchar *short_form;
	const gchar *long_form;
} sw_fd_title_forms[] = {
    {"ceo", "chief executive"},
    {"chief executive officer", "chief executive"},
    {"cfo", "chief financial officer"},
    {"coo", "chief operating officer"},
    {"cto", "chief technology officer"},
    {"sen.", "senator"},
    {"rep.", "representative"},
    {"gov.", "governor"},
    {"gen.", "general"},
    {"lt. gen.", "lieutenant general"},
    {"maj. gen.", "major general"},
    {"col.", "colonel"},
    {"capt.", "captain"},
    {"prof.", "professor"},
    {"rev.", "reverend"},
    {"chairwoman", "chair"},
    {"chairman", "chair"},
    {"spokeswoman", "spokesperson"},
    {"spokesman", "spokesperson"},
};

/* words before a title that make it another job, or none now */
static const gchar *const sw_fd_role_status[] = {"former", "acting", "interim", "deputy", "vice",
						  "assistant", "outgoing", "incoming"};

/* a role in lower case with its short forms written out */
static gchar *
sw_fd_role_key(const gchar *role)
{
	g_autofree gchar *low = g_utf8_strdown(role, -1);

	for (guint i = 0; i < G_N_ELEMENTS(sw_fd_title_forms); i++) {
		const gchar *sf = sw_fd_title_forms[i].short_form;
		gsize n = strlen(low), m = strlen(sf);
		/* whole words at the end: "interim CEO" */
		if (n >= m && g_str_equal(low + n - m, sf) && (n == m || low[n - m - 1] == ' '))
			return g_strdup_printf("%.*s%s", (gint)(n - m), low, sw_fd_title_forms[i].long_form);
	}
	return g_steal_pointer(&low);
}

/* do two roles name the same job? "Defense Secretary" and "Secretary"
 * do (one names the other's portfolio); "Prime Minister" and "former
 * Prime Minister" or "Deputy Prime Minister" do not */
static gboolean
sw_fd_same_role(const gchar *a, const gchar *b)
{
	g_autofree gchar *ka = sw_fd_role_key(a);
	g_autofree gchar *kb = sw_fd_role_key(b);
	const gchar *longer = strlen(ka) >= strlen(kb) ? ka : kb;
	const gchar *shorter = longer == ka ? kb : ka;
	gsize extra = strlen(longer) - strlen(shorter);
	g_autofree gchar *lead = NULL;
	g_auto(GStrv) words = NULL;

	if (g_str_equal(ka, kb))
		return TRUE;
	if (extra < 2 || !g_str_has_suffix(longer, shorter) || longer[extra - 1] != ' ')
		return FALSE;
	lead = g_strndup(longer, extra - 1);
	words = g_strsplit(lead, " ", -1);
	for (guint i = 0; words[i] != NULL; i++) {
		for (guint k = 0; k < G_N_ELEMENTS(sw_fd_role_status); k++) {
			if (g_str_equal(words[i], sw_fd_role_status[k]))
				return FALSE;
		}
	}
	return TRUE;
}

/* a person named with one role before and another now ("Prime Minister
 * Boris Johnson" → "former Prime Minister Boris Johnson", "interim
 * chief executive" → "chief executive"): a change of its own. A role
 * given on one side only says nothing: later mentions drop it */
static void
sw_fd_role_change(SwFd *fd, SwFdItem *a, SwFdItem *b)
{
	SwChange *c;
	const gchar *who;

	if (a->fact->kind != SW_FACT_PERSON || b->fact->kind != SW_FACT_PERSON || a->fact->role == NULL ||
	    b->fact->role == NULL || sw_fd_same_role(a->fact->role, b->fact->role))
		return;
	c = sw_fd_change(fd, "person", a, b);
	who = b->fact->ref != NULL ? b->fact->ref : b->fact->value;
	c->note = g_strdup_printf("role: %s → %s", a->fact->role, b->fact->role);
	c->phrase = g_strdup_printf("%s: %s → %s", who, a->fact->role, b->fact->role);
	c->rank = 4;
}

/* a person of the reworded sentence's items @ib who holds the job @a
 * (of @ia) held, a new name to the old version: the job's holder
 * changed. TRUE when told */
static gboolean
sw_fd_holder_change(SwFd *fd, SwFdItem *a, GPtrArray *ia, GPtrArray *ib)
{
	if (a->used || a->fact->kind != SW_FACT_PERSON || a->fact->role == NULL)
		return FALSE;
	/* the same words given to another are a quote put right, told as
	 * such, no new holder */
	for (guint i = 0; i < ia->len; i++) {
		const SwFdItem *q = g_ptr_array_index(ia, i);
		if (q->fact->kind != SW_FACT_QUOTE || q->fact->speaker == NULL ||
		    !sw_fd_same_name(q->fact->speaker, a->fact->value))
			continue;
		for (guint j = 0; j < ib->len; j++) {
			const SwFdItem *r = g_ptr_array_index(ib, j);
			if (r->fact->kind == SW_FACT_QUOTE && sw_fd_same_value(q->fact, r->fact))
				return FALSE;
		}
	}
	for (guint j = 0; j < ib->len; j++) {
		SwFdItem *b = g_ptr_array_index(ib, j);
		SwChange *c;
		if (b->used || b->fact->kind != SW_FACT_PERSON || b->fact->role == NULL ||
		    !sw_fd_same_role(a->fact->role, b->fact->role) || sw_fd_same_value(a->fact, b->fact) ||
		    sw_fd_mentioned(fd, SW_OLD, b->fact))
			continue;
		c = sw_fd_change(fd, "person", a, b);
		c->note = g_strdup_printf("%s: new holder", b->fact->role);
		c->phrase = g_strdup_printf("%s: %s → %s", b->fact->role, a->fact->ref != NULL ? a->fact->ref : a->fact->value,
					    b->fact->ref != NULL ? b->fact->ref : b->fact->value);
		c->rank = 3;
		a->used = b->used = TRUE;
		return TRUE;
	}
	return FALSE;
}

/* the same words said by another (@a and @b of the reworded sentence's
 * items @ia and @ib): "We will not back down," said John Smith → said
 * Jane Doe, a quote put right */
static void
sw_fd_speaker_change(SwFd *fd, SwFdItem *a, SwFdItem *b, GPtrArray *ia, GPtrArray *ib)
{
	SwChange *c;
	const gchar *was, *now;

	if (a->fact->kind != SW_FACT_QUOTE || b->fact->kind != SW_FACT_QUOTE || a->fact->speaker == NULL ||
	    b->fact->speaker == NULL || sw_fd_same_name(a->fact->speaker, b->fact->speaker))
		return;
	was = sw_fd_full_speaker(fd, SW_OLD, a->fact->speaker);
	now = sw_fd_full_speaker(fd, SW_NEW, b->fact->speaker);
	if (sw_fd_same_name(was, now))
		return;
	c = sw_fd_quote_change(fd, a, b, NULL);
	c->note = g_strdup("quote attributed to another");
	c->phrase = g_strdup_printf("quote now attributed to %s (was %s)", now, was);
	c->rank = 3;
	/* the two names are told with it, not again as one replacing the
	 * other */
	for (guint i = 0; i < ia->len; i++) {
		SwFdItem *p = g_ptr_array_index(ia, i);
		if (p->fact->kind == SW_FACT_PERSON && sw_fd_same_name(p->fact->value, was))
			p->used = TRUE;
	}
	for (guint j = 0; j < ib->len; j++) {
		SwFdItem *p = g_ptr_array_index(ib, j);
		if (p->fact->kind == SW_FACT_PERSON && sw_fd_same_name(p->fact->value, now))
			p->used = TRUE;
	}
}

/* ---- matching ---- */

/* is the figure @f followed by who first gave it: "far more than the 2
 * million it first reported", "the 300 jobs originally announced", "the
 * 5p that had been expected"? A few words without punctuation lead to
 * the telling */
static gboolean
sw_fd_first_told(const gchar *sentence, const SwFact *f)
{
	static const gchar *const firsts[] = {"first", "initially", "originally", "previously"};
	static const gchar *const tells[] = {"reported", "said", "announced", "estimated", "gave", "given",
					     "indicated", "forecast", "predicted", "stated", "disclosed", "put"};
	const gchar *p = sentence + f->end;
	gboolean first = FALSE;

	static const gchar *const passives[] = {"been", "was", "were"};
	static const gchar *const hoped[] = {"expected", "forecast", "predicted", "planned", "promised", "proposed"};
	gboolean passive = FALSE;

	for (guint words = 0; words < 6; words++) {
		const gchar *w;
		if (*p != ' ')
			return FALSE;
		w = ++p;
		p += sw_fd_letters(p);
		if (p == w)
			return FALSE;
		if (first)
			return sw_fd_one_of(tells, G_N_ELEMENTS(tells), w, (gsize)(p - w));
		/* "the 5p that had been expected": what was looked for */
		if (passive && sw_fd_one_of(hoped, G_N_ELEMENTS(hoped), w, (gsize)(p - w)))
			return TRUE;
		first = sw_fd_one_of(firsts, G_N_ELEMENTS(firsts), w, (gsize)(p - w));
		passive = sw_fd_one_of(passives, G_N_ELEMENTS(passives), w, (gsize)(p - w));
	}
	return FALSE;
}

/* is the figure @f given as what a value was, after the new one: "up
 * from", "down from", "compared with", or as first told? */
static gboolean
sw_fd_given_as_was(const gchar *sentence, const SwFact *f)
{
	gsize start = f->start;

	/* "lower than the $26,500 it had first indicated": a comparison; "more
	 * than", "less than" are bounds of the figure itself */
	static const gchar *const leads[] = {" up from ",	     " down from ",	 " compared with ",
					     " compared to ",	     " lower than ",	 " higher than ",
					     /* "fined £2.5m, reduced from £3m on appeal" */
					     " reduced from ",	     " cut from ",	 " lowered from ",
					     " raised from ",	     " increased from ", " revised from "};
	gsize from = start;

	if (sw_fd_first_told(sentence, f))
		return TRUE;
	/* "cut interest rates to 5% from 5.25%": what a move to a figure
	 * left */
	if (start > 6 && g_ascii_strncasecmp(sentence + start - 6, " from ", 6) == 0) {
		gsize at = start - 6;
		gboolean figure = FALSE;
		for (guint words = 0; words < 4; words++) {
			gsize e = at;
			while (at > 0 && sentence[at - 1] != ' ')
				at--;
			if (at == e)
				break;
			if (e - at == 2 && g_ascii_strncasecmp(sentence + at, "to", 2) == 0)
				return figure;
			for (gsize k = at; k < e; k++)
				figure = figure || g_ascii_isdigit(sentence[k]);
			if (at == 0)
				break;
			at--;
		}
	}
	/* the lead may name what the figure was: "down from a forecast of
	 * £800 million", a few words without a figure or a stop between */
	for (guint words = 0; words < 5 && from > 0; words++) {
		for (guint i = 0; i < G_N_ELEMENTS(leads); i++) {
			gsize l = strlen(leads[i]);
			if (from >= l && g_ascii_strncasecmp(sentence + from - l, leads[i], l) == 0)
				return TRUE;
		}
		if (from < 2 || sentence[from - 1] != ' ')
			return FALSE;
		from--;
		while (from > 0 && g_ascii_isalpha(sentence[from - 1]))
			from--;
		if (from == 0 || sentence[from - 1] != ' ')
			return FALSE;
	}
	return FALSE;
}

/* is @it's figure one on top of another ("fell a further 12%", "another
 * 300 jobs")? Then it is a figure of its own, no new value of the one
 * before */
static gboolean
sw_fd_on_top(const SwFdItem *it)
{
	static const gchar *const leads[] = {"a further ", "another ", "an additional ", "an extra "};
	gsize at = it->fact->start;

	for (guint i = 0; i < G_N_ELEMENTS(leads); i++) {
		gsize l = strlen(leads[i]);
		if (at >= l && g_ascii_strncasecmp(it->sentence + at - l, leads[i], l) == 0 &&
		    (at == l || !g_ascii_isalpha(it->sentence[at - l - 1])))
			return TRUE;
	}
	return FALSE;
}

/* how many times the one of two figures is the other, >= 1; huge when
 * either is none */
static gdouble
sw_fd_ratio(const SwFdItem *a, const SwFdItem *b)
{
	gdouble x = a->fact->amount, y = b->fact->amount;

	if (x <= 0 || y <= 0)
		return G_MAXDOUBLE;
	return x > y ? x / y : y / x;
}

/* the figure of @was's kind just before it in its sentence, which it is
 * what it was of; NULL when none is free */
static SwFdItem *
sw_fd_value_now(GPtrArray *items, const SwFdItem *was)
{
	SwFdItem *now = NULL;
	SwFdItem *near = NULL;

	/* the nearest before it; when that one is told already, none. But
	 * a figure a thousand times off is another measure ("$480 million,
	 * or $1.68 a share, not $610 million"): one within ten times of it
	 * before that is the one */
	for (guint j = 0; j < items->len; j++) {
		SwFdItem *b = g_ptr_array_index(items, j);
		/* a pool holds other sentences too */
		if (b->sentence != was->sentence)
			continue;
		if (b->fact->start >= was->fact->start)
			break;
		/* "131 cases, up from 84": the figure it was may leave its
		 * noun out */
		if (b->fact->kind == was->fact->kind && (was->noun == NULL || g_strcmp0(b->noun, was->noun) == 0) &&
		    g_strcmp0(b->fact->currency, was->fact->currency) == 0) {
			now = b->used ? NULL : b;
			if (now != NULL && sw_fd_ratio(now, was) <= 10)
				near = now;
		}
	}
	if (now != NULL && near != NULL && near != now && sw_fd_ratio(now, was) >= 100)
		return near;
	return now;
}

/* the fact a new sentence gives in place of @c, which it says was wrong:
 * "on 27 February, not 3 March", "$5m rather than $50m"; NULL for none */
static SwFdItem *
sw_fd_instead(GPtrArray *items, const SwFdItem *c)
{
	static const gchar *const joins[] = {", not ", " not ", ", rather than ", " rather than ", " instead of "};

	for (guint i = 1; i < items->len; i++) {
		SwFdItem *b = g_ptr_array_index(items, i - 1);
		if (g_ptr_array_index(items, i) != c)
			continue;
		if (b->used || b->sentence != c->sentence || sw_fd_class(b->fact->kind) != sw_fd_class(c->fact->kind) ||
		    b->fact->end > c->fact->start)
			return NULL;
		for (guint k = 0; k < G_N_ELEMENTS(joins); k++) {
			if (c->fact->start - b->fact->end == strlen(joins[k]) &&
			    g_ascii_strncasecmp(c->sentence + b->fact->end, joins[k], strlen(joins[k])) == 0)
				return b;
		}
		return NULL;
	}
	return NULL;
}

/* the figure a new sentence says @was was changed to, after it: "a price
 * of €29,900, which the company has now raised to €32,500", "an offer of
 * 4% that was later increased to 5%"; NULL for none */
static SwFdItem *
sw_fd_changed_to(GPtrArray *items, const SwFdItem *was)
{
	static const gchar *const verbs[] = {"raised", "increased", "cut", "lowered", "reduced", "revised", "lifted",
					     "trimmed", "pushed", "upped", "changed"};
	static const gchar *const between[] = {"it", "that", "this", "them", "up", "down"};
	static const gchar *const articles[] = {"a", "an", "the", "its", "his", "her", "their", "further", "another"};

	for (guint j = 0; j < items->len; j++) {
		SwFdItem *b = g_ptr_array_index(items, j);
		gsize p;
		gsize len;
		if (b->sentence != was->sentence || b->fact->start <= was->fact->end)
			continue;
		if (b->fact->kind != was->fact->kind || g_strcmp0(b->fact->currency, was->fact->currency) != 0)
			continue;
		p = b->fact->start;
		len = sw_fd_word_before(b->sentence, &p);
		if (len != 2 || strncmp(b->sentence + p, "to", 2) != 0)
			return NULL;
		/* "raised it to", "revised up to": a word or two between */
		for (guint words = 0; words < 3; words++) {
			len = sw_fd_word_before(b->sentence, &p);
			if (len == 0)
				return NULL;
			if (sw_fd_one_of(verbs, G_N_ELEMENTS(verbs), b->sentence + p, len)) {
				/* "voted for a cut to 4.25%": a noun, no change made */
				gsize q = p;
				gsize l = sw_fd_word_before(b->sentence, &q);
				if (sw_fd_one_of(articles, G_N_ELEMENTS(articles), b->sentence + q, l))
					return NULL;
				return b->used ? NULL : b;
			}
			if (!sw_fd_one_of(between, G_N_ELEMENTS(between), b->sentence + p, len))
				return NULL;
		}
		return NULL;
	}
	return NULL;
}

/* the figure a change moved @was to, "from @was to it", after a verb of
 * change earlier in the sentence: "reduced the sentence of David Hale
 * from four years to 30 months"; not a range ("open from 9am to 5pm") */
static SwFdItem *
sw_fd_from_to(GPtrArray *items, const SwFdItem *was)
{
	static const gchar *const verbs[] = {"raised", "increased", "cut", "lowered", "reduced", "revised", "lifted",
					     "trimmed", "changed", "extended", "shortened", "moved", "upgraded",
					     "downgraded", "slashed", "doubled", "halved", "rose", "fell", "climbed",
					     "dropped", "jumped", "grew", "relocated", "switched", "transferred"};
	const gchar *s = was->sentence;
	gsize p = was->fact->start;
	gsize len = sw_fd_word_before(s, &p);
	gboolean changed = FALSE;

	if (len != 4 || strncmp(s + p, "from", 4) != 0)
		return NULL;
	for (gsize q = p; !changed && (len = sw_fd_word_before(s, &q)) > 0;)
		changed = sw_fd_one_of(verbs, G_N_ELEMENTS(verbs), s + q, len);
	if (!changed)
		return NULL;
	for (guint j = 0; j < items->len; j++) {
		SwFdItem *b = g_ptr_array_index(items, j);
		if (b->sentence != s || b->used || b->fact->start <= was->fact->end ||
		    sw_fd_class(b->fact->kind) != sw_fd_class(was->fact->kind) ||
		    (was->fact->kind == SW_FACT_PLACE && b->fact->kind != SW_FACT_PLACE) ||
		    g_strcmp0(b->fact->currency, was->fact->currency) != 0)
			continue;
		/* "from four years to 30 months": "to" and the figure */
		return b->fact->start == was->fact->end + 4 && strncmp(s + was->fact->end, " to ", 4) == 0 ? b : NULL;
	}
	return NULL;
}

/* the dates of @items that date a figure given as what was ("up from
 * 380,000 in July"), marked used: history, no date of the story */
static void
sw_fd_history_dates(GPtrArray *items)
{
	for (guint i = 1; i < items->len; i++) {
		SwFdItem *d = g_ptr_array_index(items, i);
		const SwFdItem *f = g_ptr_array_index(items, i - 1);
		gsize gap;
		if (d->used || sw_fd_class(d->fact->kind) != 1 || f->sentence != d->sentence || !sw_fd_numeric(f->fact) ||
		    f->fact->end > d->fact->start || !sw_fd_given_as_was(f->sentence, f->fact))
			continue;
		gap = d->fact->start - f->fact->end;
		if (gap <= 4 && (gap == 1 || strncmp(d->sentence + f->fact->end, " in ", gap) == 0 ||
				 strncmp(d->sentence + f->fact->end, " on ", gap) == 0))
			d->used = TRUE;
	}
}

static gboolean sw_fd_not_yet(const SwStatus *st);

/* the status of @sentence, read on first need into *@st (*@read set),
 * so that a pair's rules ask it once */
static const SwStatus *
sw_fd_status_once(const gchar *sentence, SwStatus **st, gboolean *read)
{
	if (!*read) {
		*st = sw_status_of_sentence(sentence);
		*read = TRUE;
	}
	return *st;
}

/* does @sb call off on its day the event @sa expected? (@st, @read:
 * @sb's status, sw_fd_status_once()) */
static gboolean
sw_fd_called_off_on(const gchar *sa, const gchar *sb, SwStatus **st, gboolean *read)
{
	const SwStatus *b;

	if (!sw_fd_expected(sa) || sw_fd_expected(sb))
		return FALSE;
	b = sw_fd_status_once(sb, st, read);
	return b != NULL && b->kind == SW_STATUS_NEGATED && !sw_fd_not_yet(b);
}

/* pairs the facts of one reworded sentence; the unmatched go to the pools */
static void
sw_fd_match_pair(SwFd *fd, GPtrArray *fa, GPtrArray *fb, gint la, gint lb, const gchar *sa,
		 const gchar *sb)
{
	g_autoptr(SwStatus) status_b = NULL; /* @sb's, read on first need */
	gboolean status_b_read = FALSE;
	gint off_on = -1; /* does @sb call off on its day the event @sa expected? -1 not read yet */
	g_autoptr(GPtrArray) ia = g_ptr_array_new_with_free_func(g_free);
	g_autoptr(GPtrArray) ib = g_ptr_array_new_with_free_func(g_free);

	sw_fd_items_add(fd, ia, fa, la, sa);
	sw_fd_items_add(fd, ib, fb, lb, sb);
	/* a job another holds now: "Health Secretary Wes Streeting said" →
	 * "Health Secretary Anna Lowe said, days after replacing Wes
	 * Streeting" (the old name, still in the sentence, is no match) */
	for (guint i = 0; i < ia->len; i++)
		sw_fd_holder_change(fd, g_ptr_array_index(ia, i), ia, ib);
	/* the same value in both: nothing to say, unless the new sentence
	 * gives it as what the value was ("340p a share, up from 310p"):
	 * then the value it gives now is the new one. Not when the old one
	 * gave it as what was too ("46.2%, up from 44.6%" → "46.5%, up from
	 * 44.6%"): the figures before are the pair */
	for (guint i = 0; i < ia->len; i++) {
		SwFdItem *a = g_ptr_array_index(ia, i);
		for (guint j = 0; j < ib->len && !a->used; j++) {
			SwFdItem *b = g_ptr_array_index(ib, j);
			/* the hurt are not the dead, though as many ("Three
			 * people were injured" → "were killed") */
			if (b->used || !sw_fd_same_value(a->fact, b->fact) || sw_fd_other_casualty(a, b))
				continue;
			/* the day an event was to be is the day it was called off
			 * ("will launch on Thursday" → "was scrubbed on
			 * Thursday"): the old day is free to meet the day now
			 * expected ("the next attempt will be on Saturday") */
			if (sw_fd_class(a->fact->kind) == 1 && off_on < 0)
				off_on = sw_fd_called_off_on(sa, sb, &status_b, &status_b_read);
			if (sw_fd_class(a->fact->kind) == 1 && off_on) {
				b->used = TRUE;
				a->called_off = TRUE;
				break;
			}
			a->used = b->used = TRUE;
			/* the same figure, the move turned: "fell 2.3%" → "rose
			 * 2.3%"; or the fate of what it counts: "cut 200 jobs" →
			 * "create 200 jobs" */
			if (sw_fd_direction(a) * sw_fd_direction(b) < 0 || sw_fd_fate_told(a, b)) {
				sw_fd_value_change(fd, a, b);
				continue;
			}
			sw_fd_role_change(fd, a, b);
			sw_fd_speaker_change(fd, a, b, ia, ib);
			/* the old value, now said to be wrong, and the right one;
			 * or what a change moved it to ("from four years to 30
			 * months"), where the old sentence moved it nowhere (of
			 * "rose from $5 to $7" → "from $5 to $9" the ends are the
			 * pair) */
			if (sw_fd_numeric(b->fact) || sw_fd_class(b->fact->kind) <= 2) {
				SwFdItem *now = sw_fd_instead(ib, b);
				if (now == NULL && sw_fd_from_to(ia, a) == NULL)
					now = sw_fd_from_to(ib, b);
				if (now != NULL) {
					sw_fd_value_change(fd, a, now);
					continue;
				}
			}
			if (sw_fd_numeric(b->fact) && sw_fd_given_as_was(sb, b->fact) &&
			    !sw_fd_given_as_was(sa, a->fact)) {
				SwFdItem *now = sw_fd_value_now(ib, b);
				if (now != NULL && !sw_fd_same_value(a->fact, now->fact))
					sw_fd_value_change(fd, a, now);
			}
			/* "at a price of €29,900, which it has now raised to
			 * €32,500": the value it was changed to is the new one */
			else if (sw_fd_numeric(b->fact)) {
				SwFdItem *now = sw_fd_changed_to(ib, b);
				if (now != NULL && !sw_fd_same_value(a->fact, now->fact)) {
					now->used = TRUE;
					sw_fd_value_change(fd, a, now);
				}
			}
		}
	}
	/* what an old figure was ("84 cases, up from 52") is history the
	 * new version need not repeat: gone, it is no news */
	for (guint i = 0; i < ia->len; i++) {
		SwFdItem *a = g_ptr_array_index(ia, i);
		if (!a->used && sw_fd_numeric(a->fact) && sw_fd_given_as_was(sa, a->fact))
			a->used = TRUE;
	}
	/* and a new one no new value of another ("fined £2m" → "fined £2.5m,
	 * reduced from £3m on appeal": £2.5m is the new value, £3m history) */
	for (guint j = 0; j < ib->len; j++) {
		SwFdItem *b = g_ptr_array_index(ib, j);
		if (!b->used && sw_fd_numeric(b->fact) && sw_fd_given_as_was(sb, b->fact))
			b->used = TRUE;
	}
	/* and so is its date, either side: "up from 380,000 in July" →
	 * "down from 390,000 in August" moves no date of the story */
	sw_fd_history_dates(ia);
	sw_fd_history_dates(ib);
	/* then the same kind with another value: of the candidates, the one
	 * of the same shape (a calendar date for a calendar date), nearest in
	 * its place in the sentence; a figure whose owner both sides name
	 * first ("Plaid Cymru 14" → "Plaid Cymru has won 24"); a name with
	 * one of its own kind before one of another, and a place only with a
	 * place ("London's High Court" → "The Court of Appeal": the court is
	 * the new court, not London) */
	for (guint n = 0; n < 4 * ia->len; n++) {
		SwFdItem *a = g_ptr_array_index(ia, n % ia->len);
		gboolean owned = n < 2 * ia->len;
		gboolean own_kind = (n / ia->len) % 2 == 0;
		SwFdItem *best = NULL;
		gdouble best_score = -1;
		if (a->used || a->fact->kind == SW_FACT_QUOTE || (owned && a->owner_len == 0))
			continue;
		/* a name the new version still holds was not replaced by
		 * another: a rewritten sentence set them side by side */
		if (sw_fd_class(a->fact->kind) == sw_fd_class(SW_FACT_PERSON) && sw_fd_mentioned(fd, SW_NEW, a->fact))
			continue;
		/* nor a date of the old headline the new version still gives
		 * ("Heatwave to peak on Wednesday" → "hottest June day", with
		 * "on Wednesday" in the lede): a headline drops details */
		if (la < 0 && sw_fd_class(a->fact->kind) == 1 && sw_fd_mentioned(fd, SW_NEW, a->fact))
			continue;
		/* nor a count of its the new version still gives with its
		 * noun ("holds three hostages" → "Two hostages freed", with
		 * "two of the three hostages" in the lede) */
		if (la < 0 && a->fact->kind == SW_FACT_NUMBER && a->noun != NULL && sw_fd_count_mentioned(fd, SW_NEW, a))
			continue;
		for (guint j = 0; j < ib->len; j++) {
			SwFdItem *b = g_ptr_array_index(ib, j);
			gdouble score;
			if (b->used || sw_fd_class(a->fact->kind) != sw_fd_class(b->fact->kind) ||
			    (owned && b->owner_len == 0) ||
			    (a->fact->kind != b->fact->kind && sw_fd_class(a->fact->kind) == sw_fd_class(SW_FACT_PERSON) &&
			     (own_kind || a->fact->kind == SW_FACT_PLACE || b->fact->kind == SW_FACT_PLACE ||
			      /* a person with a role is no body misread */
			      a->fact->role != NULL || b->fact->role != NULL)))
				continue;
			/* counts of different things are different facts; a count
			 * of the dead or hurt is no new value of a figure that
			 * counts nothing named ("forces 3,000 to flee" → "one
			 * firefighter killed") */
			if (a->fact->kind == SW_FACT_NUMBER && (a->noun != NULL || b->noun != NULL) &&
			    !sw_fd_same_noun(a->noun, b->noun) &&
			    ((a->noun != NULL && b->noun != NULL) || sw_fd_casualty(a->noun) || sw_fd_casualty(b->noun) ||
			     sw_fd_measure_unsaid(a, b) || sw_fd_measure_unsaid(b, a)))
				continue;
			/* one party's share is no new value of another's, nor
			 * a count of the threatened one of the destroyed, nor a
			 * fall on top of it the one before */
			if (sw_fd_other_owner(a, b) || sw_fd_other_fate(a, b) || sw_fd_other_age(a, b) ||
			    (sw_fd_numeric(b->fact) && sw_fd_on_top(b) && !sw_fd_on_top(a)) ||
			    sw_fd_needed(a) != sw_fd_needed(b))
				continue;
			/* the day an event was to happen and the day it collapsed
			 * or was called off are two events' days, not one moved
			 * ("will take effect on Monday evening" → "collapsed on
			 * Wednesday"); a day put off to is still its day */
			if (sw_fd_class(a->fact->kind) == 1 && a->expected && !b->expected) {
				const SwStatus *st = sw_fd_status_once(sb, &status_b, &status_b_read);
				if (st != NULL && st->kind == SW_STATUS_NEGATED)
					continue;
			}
			/* a headline's count told only by its order is no new
			 * value of a figure ("leaves 200,000 homes without
			 * power" → "Thousands still without power"): the body
			 * tells the figure itself */
			if (la < 0 && a->fact->kind == SW_FACT_NUMBER && sw_fd_vague(b->fact) && !sw_fd_vague(a->fact))
				continue;
			/* "now" is not a new value of "in April" */
			if (sw_fd_class(a->fact->kind) <= 2 &&
			    g_ascii_isdigit(a->fact->value[0]) != g_ascii_isdigit(b->fact->value[0]))
				continue;
			score = 1.0 - fabs((gdouble)a->fact->start / MAX(strlen(sa), 1) -
					   (gdouble)b->fact->start / MAX(strlen(sb), 1));
			/* a count of the same noun before one of none: "winds of
			 * up to 80 mph" → "up to 96 mph", not "410 at Heathrow" */
			if (a->noun != NULL && sw_fd_same_noun(a->noun, b->noun))
				score += 1;
			/* a date of the same precision: "in 2027" → "until 2029",
			 * not the day it was said on */
			if (sw_fd_class(a->fact->kind) == 1 && strlen(a->fact->value) == strlen(b->fact->value))
				score += 0.5;
			if (score > best_score) {
				best = b;
				best_score = score;
			}
		}
		if (best != NULL)
			sw_fd_value_change(fd, a, best);
	}
	/* quotes: the same speaker, other words */
	for (guint i = 0; i < ia->len; i++) {
		SwFdItem *a = g_ptr_array_index(ia, i);
		if (a->used || a->fact->kind != SW_FACT_QUOTE)
			continue;
		for (guint j = 0; j < ib->len; j++) {
			SwFdItem *b = g_ptr_array_index(ib, j);
			if (b->used || b->fact->kind != SW_FACT_QUOTE)
				continue;
			sw_fd_quote_reworded(fd, a, b, "reworded");
			break;
		}
	}
	for (guint i = 0; i < ia->len; i++) {
		SwFdItem *a = g_ptr_array_index(ia, i);
		if (!a->used)
			g_ptr_array_add(fd->pool[SW_OLD], g_memdup2(a, sizeof(*a)));
	}
	for (guint j = 0; j < ib->len; j++) {
		SwFdItem *b = g_ptr_array_index(ib, j);
		if (!b->used)
			g_ptr_array_add(fd->pool[SW_NEW], g_memdup2(b, sizeof(*b)));
	}
}

/* has the diff told @na replaced by @nb already? */
static gboolean
sw_fd_renamed_already(SwFd *fd, const gchar *na, const gchar *nb)
{
	for (guint k = 0; k < fd->diff->changes->len; k++) {
		const SwChange *c = g_ptr_array_index(fd->diff->changes, k);
		if (g_strcmp0(c->old_value, na) == 0 && g_strcmp0(c->new_value, nb) == 0)
			return TRUE;
	}
	return FALSE;
}

/* are @na and @nb the colours of the warnings @sa and @sb give ("Yellow
 * wind warning" → "Amber wind warning")? The warning's level tells it */
static gboolean
sw_fd_warning_colours(const gchar *sa, const gchar *na, const gchar *sb, const gchar *nb)
{
	const gchar *ca = NULL, *cb = NULL, *noun = NULL;

	return sw_status_warning_level(sa, &ca, &noun) > 0 && sw_status_warning_level(sb, &cb, &noun) > 0 &&
	       g_ascii_strcasecmp(ca, na) == 0 && g_ascii_strcasecmp(cb, nb) == 0;
}

/* a name replaced by another in a reworded sentence, which the finders
 * may not take for a name alone: "Patterson" → "Paxton" */
static void
sw_fd_renamed(SwFd *fd, const gchar *sa, const gchar *sb, gint la, gint lb)
{
	g_autoptr(GPtrArray) ops = sw_diff_words(sa, sb);

	for (guint i = 0; i + 1 < ops->len; i++) {
		SwWordOp *a = g_ptr_array_index(ops, i);
		SwWordOp *b = g_ptr_array_index(ops, i + 1);
		SwChange *c;
		gboolean caps = TRUE;
		g_autofree gchar *na = NULL;
		g_autofree gchar *nb = NULL;
		if (a->kind != SW_DIFF_OP_REMOVED || b->kind != SW_DIFF_OP_ADDED)
			continue;
		/* not the sentence's first word, which is capitalised anyway */
		if (i == 0)
			continue;
		for (guint k = 0; k < 2; k++) {
			g_auto(GStrv) w = g_strsplit(k == 0 ? a->text : b->text, " ", -1);
			for (guint x = 0; w[x] != NULL && caps; x++)
				caps = g_unichar_isupper(g_utf8_get_char(w[x])) && !sw_fd_word_changes_meaning(w[x] + 1);
		}
		if (!caps)
			continue;
		na = g_strstrip(g_strdup(a->text));
		nb = g_strstrip(g_strdup(b->text));
		/* trailing punctuation is not part of the name */
		g_strdelimit(na, ",.;:!?", ' ');
		g_strdelimit(nb, ",.;:!?", ' ');
		g_strstrip(na);
		g_strstrip(nb);
		if (sw_fd_same_name(na, nb) || sw_fd_name_opens(na, nb) || sw_fd_name_opens(nb, na) ||
		    sw_fd_warning_colours(sa, na, sb, nb))
			continue;
		/* a name the new version still holds was not replaced: the
		 * words beside it moved ("Oak Run and" → "Oak Run, Millville
		 * and"), or a rewritten headline set unrelated words side by
		 * side */
		{
			SwFact old_name = {.kind = SW_FACT_ORG, .text = na};
			if (sw_fd_mentioned(fd, SW_NEW, &old_name))
				continue;
		}
		/* told once, though the headline and the lede both make it
		 * ("in Leeds" → "in Bradford" in each) */
		if (sw_fd_renamed_already(fd, na, nb))
			continue;
		c = sw_diff_add_change(fd->diff, sw_fd_kind(sw_facts_name_kind(nb)));
		c->old = g_strdup(na);
		c->new = g_strdup(nb);
		c->old_value = g_strdup(na);
		c->new_value = g_strdup(nb);
		c->old_sentence = g_strdup(sa);
		c->new_sentence = g_strdup(sb);
		c->phrase = g_strdup_printf("name %s → %s", na, nb);
		c->rank = 3;
		fd->diff->facts_changed++;
		(void)la;
		(void)lb;
	}
}

/* the words of a sentence, as a set, made once per sentence */
static GHashTable *
sw_fd_word_set(SwFd *fd, const gchar *sentence)
{
	GHashTable *set = g_hash_table_lookup(fd->word_sets, sentence);

	if (set == NULL) {
		g_autofree gchar *key = sw_fd_words_key(sentence);
		g_auto(GStrv) words = g_strsplit(key, " ", -1);
		set = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
		for (guint i = 0; words[i] != NULL; i++) {
			if (*words[i] != '\0')
				g_hash_table_add(set, g_strdup(words[i]));
		}
		g_hash_table_insert(fd->word_sets, (gpointer)sentence, set);
	}
	return set;
}

/* how alike the sentences of two facts are: Dice over their word sets */
static gdouble
sw_fd_context(SwFd *fd, const SwFdItem *a, const SwFdItem *b)
{
	GHashTable *x = sw_fd_word_set(fd, a->sentence);
	GHashTable *y = sw_fd_word_set(fd, b->sentence);
	GHashTableIter it;
	gpointer k;
	guint common = 0;
	guint n = g_hash_table_size(x) + g_hash_table_size(y);

	if (n == 0)
		return 0;
	g_hash_table_iter_init(&it, x);
	while (g_hash_table_iter_next(&it, &k, NULL))
		common += g_hash_table_contains(y, k);
	return 2.0 * common / n;
}

/* does the pool hold counts of @noun of one value only? A figure the
 * headline and the lede both give ("rises to 47", "has risen to 47") is
 * one */
static gboolean
sw_fd_one_count_of(GPtrArray *pool, const gchar *noun)
{
	const gchar *value = NULL;

	for (guint i = 0; i < pool->len; i++) {
		const SwFdItem *it = g_ptr_array_index(pool, i);
		if (it->used || it->fact->kind != SW_FACT_NUMBER || !sw_fd_same_noun(it->noun, noun))
			continue;
		if (value != NULL && g_strcmp0(value, it->fact->value) != 0)
			return FALSE;
		value = it->fact->value;
	}
	return value != NULL;
}

/* is @f a year alone ("2021") or a length ("42 days"), whose words
 * before it say what it is of? */
static gboolean
sw_fd_is_keyed(const SwFact *f)
{
	return (sw_fd_class(f->kind) == 1 && strlen(f->value) == 4 && g_ascii_isdigit(f->value[0]) &&
		g_ascii_isdigit(f->value[3])) ||
	       (f->kind == SW_FACT_DURATION && strchr(f->value, 'X') == NULL);
}

/* the two words before an item's fact, lower case, figures written "#"
 * ("between 2021" → "built between", "2021 and 2023" → "# and"); NULL
 * when the sentence has fewer */
static gchar *
sw_fd_lead_key(const SwFdItem *it)
{
	g_autoptr(GString) key = g_string_new(NULL);
	gsize p = it->fact->start;

	for (guint words = 0; words < 2; words++) {
		gsize e;
		while (p > 0 && g_ascii_isspace(it->sentence[p - 1]))
			p--;
		e = p;
		while (p > 0 && !g_ascii_isspace(it->sentence[p - 1]))
			p--;
		if (p == e)
			return NULL;
		if (g_ascii_isdigit(it->sentence[p]))
			g_string_prepend(key, "# ");
		else {
			g_autofree gchar *w = g_ascii_strdown(it->sentence + p, (gssize)(e - p));
			g_string_prepend(key, " ");
			g_string_prepend(key, w);
		}
	}
	return g_string_free(g_steal_pointer(&key), FALSE);
}

/* the figure a new sentence gives in place of @c, which it names as
 * wrong ("27 February, not 3 March") or as what the figure was ("166p a
 * share, up from 145p"); NULL for none */
static SwFdItem *
sw_fd_in_place_of(GPtrArray *items, const SwFdItem *c)
{
	SwFdItem *now = NULL;

	if (sw_fd_numeric(c->fact) || sw_fd_class(c->fact->kind) <= 2)
		now = sw_fd_instead(items, c);
	/* and a place: "moved the final from St Petersburg to Paris" */
	if (now == NULL && (sw_fd_numeric(c->fact) || sw_fd_class(c->fact->kind) <= 2 || c->fact->kind == SW_FACT_PLACE))
		now = sw_fd_from_to(items, c);
	if (now == NULL && sw_fd_numeric(c->fact) && sw_fd_given_as_was(c->sentence, c->fact))
		now = sw_fd_value_now(items, c);
	if (now == NULL && sw_fd_numeric(c->fact))
		now = sw_fd_changed_to(items, c);
	return now;
}

/* how many quotes of @speaker @pool holds unpaired */
static guint
sw_fd_quotes_of(GPtrArray *pool, const gchar *speaker)
{
	guint n = 0;

	for (guint i = 0; i < pool->len; i++) {
		const SwFdItem *it = g_ptr_array_index(pool, i);
		if (!it->used && it->fact->kind == SW_FACT_QUOTE && it->fact->speaker != NULL &&
		    sw_fd_same_name(it->fact->speaker, speaker))
			n++;
	}
	return n;
}

/* what the length @it measures, lower case: the noun after a length
 * written as one word ("a two-day strike", "a 48-hour walkout") or the
 * noun before "to" or "of" ("extended their strike to four days", "a
 * ban of six months"); NULL for none */
static gchar *
sw_fd_length_of(const SwFdItem *it)
{
	static const gchar *const skip[] = {"their", "its", "his", "her", "the", "a", "an"};
	const gchar *t = it->sentence + it->fact->end;
	gsize p = it->fact->start;
	gsize len;

	if (strchr(it->fact->text, '-') != NULL && *t == ' ' && g_ascii_isalpha(t[1])) {
		gsize e = 1;
		while (g_ascii_isalpha(t[e]) || t[e] == '-')
			e++;
		return g_ascii_strdown(t + 1, (gssize)(e - 1));
	}
	/* a term in prison: "jailed for eight years", "his sentence was
	 * cut to six years", "a six-year sentence", "eight years in jail" */
	if (sw_status_prison_term(it->sentence, it->fact->start, it->fact->end))
		return g_strdup("prison term");
	len = sw_fd_word_before(it->sentence, &p);
	if (!((len == 2 && (strncmp(it->sentence + p, "to", 2) == 0 || strncmp(it->sentence + p, "of", 2) == 0))))
		return NULL;
	len = sw_fd_word_before(it->sentence, &p);
	if (len > 0 && g_ascii_islower(it->sentence[p]) && !sw_fd_one_of(skip, G_N_ELEMENTS(skip), it->sentence + p, len))
		return g_ascii_strdown(it->sentence + p, (gssize)len);
	return NULL;
}

/* facts left over on both sides that play the same role */
static void
sw_fd_match_across(SwFd *fd)
{
	GPtrArray *po = fd->pool[SW_OLD];
	GPtrArray *pn = fd->pool[SW_NEW];
	g_autoptr(GPtrArray) old_keys = NULL; /* each old item's lead key, or NULL */

	/* an old value a new sentence rewritten past pairing names as wrong
	 * ("detected on 27 February, not 3 March") or as what the figure was
	 * ("will now pay 166p a share, up from 145p"), with the value in its
	 * place */
	for (guint j = 0; j < pn->len && (guint64)po->len * pn->len <= SW_FD_MAX_PAIRS; j++) {
		SwFdItem *c = g_ptr_array_index(pn, j);
		SwFdItem *now;
		if (c->used || (now = sw_fd_in_place_of(pn, c)) == NULL)
			continue;
		for (guint i = 0; i < po->len; i++) {
			SwFdItem *a = g_ptr_array_index(po, i);
			if (a->used || !sw_fd_same_value(a->fact, c->fact) || sw_fd_same_value(a->fact, now->fact) ||
			    (sw_fd_numeric(a->fact) && sw_fd_given_as_was(a->sentence, a->fact)))
				continue;
			c->used = TRUE;
			sw_fd_value_change(fd, a, now);
			break;
		}
	}
	/* counts of the same noun; amounts and percentages of like sentences;
	 * a rewrite of everything is not worth pairing fact by fact */
	for (guint j = 0; j < pn->len && (guint64)po->len * pn->len <= SW_FD_MAX_PAIRS; j++) {
		SwFdItem *b = g_ptr_array_index(pn, j);
		SwFdItem *best = NULL;
		gdouble best_score = 0;
		if (b->used || !sw_fd_numeric(b->fact))
			continue;
		for (guint i = 0; i < po->len; i++) {
			SwFdItem *a = g_ptr_array_index(po, i);
			gdouble score;
			if (a->used || a->fact->kind != b->fact->kind || sw_fd_same_value(a->fact, b->fact))
				continue;
			if (a->fact->kind == SW_FACT_NUMBER && (a->noun == NULL || !sw_fd_same_noun(a->noun, b->noun)))
				continue;
			if (sw_fd_other_owner(a, b) || sw_fd_other_fate(a, b) || (sw_fd_on_top(b) && !sw_fd_on_top(a)) ||
			    sw_fd_needed(a) != sw_fd_needed(b))
				continue;
			/* across sentences an age is only the same person's */
			if (g_strcmp0(a->noun, "age") == 0 && (a->owner_len == 0 || b->owner_len == 0))
				continue;
			/* a value told changed already, from another sentence
			 * that gave it ("leaves 200,000 homes without power" in
			 * the headline, "about 200,000 homes" in the body), is
			 * the same fact: it has its new value */
			if (sw_fd_reported(fd, SW_OLD, a->fact))
				continue;
			/* and a new value told already, of another old one, is no
			 * new value of this one too ("hottest day at 34.2C" →
			 * "40.3C" told, "could reach 36C" is no second old value) */
			if (sw_fd_reported(fd, SW_NEW, b->fact))
				continue;
			/* a count of the same noun, or an amount, in a sentence
			 * about the same thing; the only count of a noun on each
			 * side is the same count */
			score = sw_fd_context(fd, a, b);
			if (a->fact->kind == SW_FACT_NUMBER && sw_fd_one_count_of(po, a->noun) &&
			    sw_fd_one_count_of(pn, a->noun))
				score += 1;
			/* one holder's figure on both sides ("Maria Ruiz had
			 * 41.5%", "Maria Ruiz won ... with 50.4%") */
			if (a->owner_len > 0 && b->owner_len > 0)
				score += 1;
			if (score < 0.2)
				continue;
			if (score > best_score) {
				best = a;
				best_score = score;
			}
		}
		/* a value the new version still states elsewhere did not change */
		if (best != NULL && !sw_fd_mentioned(fd, SW_NEW, best->fact))
			sw_fd_value_change(fd, best, b);
	}
	/* a person named in a rewritten sentence with another role; a rewrite
	 * of everything is not paired, as above */
	for (guint j = 0; j < pn->len && (guint64)po->len * pn->len <= SW_FD_MAX_PAIRS; j++) {
		SwFdItem *b = g_ptr_array_index(pn, j);
		if (b->used || b->fact->kind != SW_FACT_PERSON || b->fact->role == NULL)
			continue;
		for (guint i = 0; i < po->len; i++) {
			SwFdItem *a = g_ptr_array_index(po, i);
			if (a->used || a->fact->kind != SW_FACT_PERSON || a->fact->role == NULL ||
			    !sw_fd_same_value(a->fact, b->fact))
				continue;
			sw_fd_role_change(fd, a, b);
			break;
		}
	}
	/* a speaker's quote cut or carried on in a rewritten sentence: "I have
	 * done nothing wrong" -> "I have done nothing wrong, but I will go" */
	for (guint j = 0; j < pn->len; j++) {
		SwFdItem *b = g_ptr_array_index(pn, j);
		g_autofree gchar *kb = NULL;
		if (b->used || b->fact->kind != SW_FACT_QUOTE || b->fact->speaker == NULL)
			continue;
		kb = sw_fd_words_key(b->fact->value);
		for (guint i = 0; i < po->len; i++) {
			SwFdItem *a = g_ptr_array_index(po, i);
			g_autofree gchar *ka = NULL;
			if (a->used || a->fact->kind != SW_FACT_QUOTE || a->fact->speaker == NULL ||
			    !sw_fd_same_name(a->fact->speaker, b->fact->speaker))
				continue;
			ka = sw_fd_words_key(a->fact->value);
			if (strstr(ka, kb) != NULL || strstr(kb, ka) != NULL) {
				sw_fd_quote_reworded(fd, a, b, "reworded");
				break;
			}
			/* or the one quote of the speaker's gone for the one
			 * new: "said: "Someone knows ..."" → "said: "We still
			 * need ..."" is one change, as in a reworded pair */
			if (sw_fd_quotes_of(po, a->fact->speaker) == 1 && sw_fd_quotes_of(pn, b->fact->speaker) == 1) {
				sw_fd_quote_reworded(fd, a, b, "replaced");
				break;
			}
		}
	}
	/* a year or a length in the same words in a rewritten sentence:
	 * "built between 2021 and 2023" → "built between 2020 and 2024",
	 * "pause fighting for 42 days" → "for 60 days" */
	for (guint j = 0; j < pn->len && (guint64)po->len * pn->len <= SW_FD_MAX_PAIRS; j++) {
		SwFdItem *b = g_ptr_array_index(pn, j);
		g_autofree gchar *kb = NULL;
		if (b->used || !sw_fd_is_keyed(b->fact) || sw_fd_mentioned(fd, SW_OLD, b->fact))
			continue;
		kb = sw_fd_lead_key(b);
		/* the old side's keys once, for every new fact that asks */
		if (kb != NULL && old_keys == NULL) {
			old_keys = g_ptr_array_new_full(po->len, g_free);
			for (guint i = 0; i < po->len; i++) {
				SwFdItem *a = g_ptr_array_index(po, i);
				g_ptr_array_add(old_keys, sw_fd_is_keyed(a->fact) && !sw_fd_mentioned(fd, SW_NEW, a->fact)
							      ? sw_fd_lead_key(a)
							      : NULL);
			}
		}
		for (guint i = 0; i < po->len && kb != NULL; i++) {
			SwFdItem *a = g_ptr_array_index(po, i);
			const gchar *ka = g_ptr_array_index(old_keys, i);
			if (a->used || ka == NULL || a->fact->kind != b->fact->kind)
				continue;
			if (g_str_equal(ka, kb)) {
				sw_fd_value_change(fd, a, b);
				break;
			}
		}
	}
	/* a length of the same thing: "a two-day strike" → "extended their
	 * strike to four days" */
	for (guint j = 0; j < pn->len && (guint64)po->len * pn->len <= SW_FD_MAX_PAIRS; j++) {
		SwFdItem *b = g_ptr_array_index(pn, j);
		g_autofree gchar *tb = NULL;
		if (b->used || b->fact->kind != SW_FACT_DURATION || (tb = sw_fd_length_of(b)) == NULL)
			continue;
		for (guint i = 0; i < po->len; i++) {
			SwFdItem *a = g_ptr_array_index(po, i);
			g_autofree gchar *ta = NULL;
			if (a->used || a->fact->kind != SW_FACT_DURATION || sw_fd_same_value(a->fact, b->fact) ||
			    (ta = sw_fd_length_of(a)) == NULL || !g_str_equal(ta, tb))
				continue;
			sw_fd_value_change(fd, a, b);
			break;
		}
	}
	/* the date an event is expected on: the one future date each side
	 * gives, and then its time if it gave a day and a time apart ("on
	 * Thursday at 20:00" → "on Saturday at 19:30") */
	for (guint round = 0; round < 2; round++) {
		SwFdItem *a = NULL;
		SwFdItem *b = NULL;
		for (guint i = 0; i < po->len && a == NULL; i++) {
			SwFdItem *x = g_ptr_array_index(po, i);
			if (!x->used && sw_fd_class(x->fact->kind) == 1 && x->expected &&
			    sw_fd_ahead(x->fact, fd->ref[SW_OLD]) &&
			    (x->called_off || !sw_fd_mentioned(fd, SW_NEW, x->fact)))
				a = x;
		}
		for (guint j = 0; a != NULL && j < pn->len; j++) {
			SwFdItem *y = g_ptr_array_index(pn, j);
			if (y->used || sw_fd_class(y->fact->kind) != 1 || !y->expected ||
			    !sw_fd_ahead(y->fact, fd->ref[SW_NEW]) || sw_fd_mentioned(fd, SW_OLD, y->fact))
				continue;
			/* the day of another event is none of this one's ("will
			 * face a vote on Wednesday", "is expected to resign on
			 * Thursday") */
			if (sw_status_other_events(a->sentence, y->sentence))
				continue;
			/* a day for a day, a time for a time; then the most
			 * precise: "the first half of 2015" over "next year" */
			if (b == NULL || (b->fact->kind != a->fact->kind && y->fact->kind == a->fact->kind) ||
			    ((b->fact->kind == a->fact->kind) == (y->fact->kind == a->fact->kind) &&
			     strlen(y->fact->value) > strlen(b->fact->value)))
				b = y;
		}
		if (a == NULL || b == NULL)
			break;
		sw_fd_value_change(fd, a, b);
	}
}

/* does another date of @pool, in the body, lie within @it's and say
 * more? */
static gboolean
sw_fd_told_closer(GPtrArray *pool, const SwFdItem *it)
{
	const SwFact *f = it->fact;

	if (f->from == NULL || f->to == NULL)
		return FALSE;
	for (guint i = 0; i < pool->len; i++) {
		const SwFdItem *o = g_ptr_array_index(pool, i);
		const SwFact *g = o->fact;
		if (o == it || o->line < 0 || sw_fd_class(g->kind) != 1 || g->from == NULL || g->to == NULL ||
		    g_strcmp0(g->value, f->value) == 0)
			continue;
		if (strncmp(g->from, f->from, 10) >= 0 && strncmp(g->to, f->to, 10) <= 0)
			return TRUE;
	}
	return FALSE;
}

/* does the item's fact open its sentence? */
static gboolean
sw_fd_opens_sentence(const SwFdItem *it)
{
	for (gsize k = 0; k < it->fact->start; k++) {
		if (!g_ascii_isspace(it->sentence[k]))
			return FALSE;
	}
	return TRUE;
}

/* TRUE when @who was already told as a new source (@side new) or as the
 * speaker of a quote withdrawn (@side old), by any form of the name */
static gboolean
sw_fd_told_quote(SwFd *fd, gint side, const gchar *who)
{
	for (guint i = 0; i < fd->diff->changes->len; i++) {
		const SwChange *c = g_ptr_array_index(fd->diff->changes, i);
		const gchar *speaker = side == SW_NEW ? c->new_value : c->old_value;
		const gchar *note = c->note != NULL ? c->note : "";
		if (g_strcmp0(c->kind, "quote") == 0 && speaker != NULL &&
		    (side == SW_NEW ? g_str_has_prefix(note, "new source") : g_str_equal(note, "quote withdrawn")) &&
		    sw_fd_same_name(speaker, who))
			return TRUE;
	}
	return FALSE;
}

/* one speaker's quotes added or cut are told once, with how many: "new
 * source quoted: Ian Wallace, 4 quotes", "2 quotes removed"; each stays a
 * change of its own for scripts, with no phrase of its own */
static void
sw_fd_quote_tally(SwFd *fd, gint side, const gchar *who, SwChange *c)
{
	g_autofree gchar *key = g_strdup_printf("%d:%s", side, who != NULL ? who : "");
	SwFdQuoted *q = g_hash_table_lookup(fd->quoted, key);
	SwChange *first;

	if (q == NULL) {
		q = g_new0(SwFdQuoted, 1);
		q->first = c;
		q->n = 1;
		g_hash_table_insert(fd->quoted, g_steal_pointer(&key), q);
		return;
	}
	first = q->first;
	q->n++;
	g_clear_pointer(&c->phrase, g_free);
	g_free(first->phrase);
	if (side == SW_OLD)
		first->phrase = who != NULL ? g_strdup_printf("%u quotes by %s withdrawn", q->n, who)
					    : g_strdup_printf("%u quotes removed", q->n);
	else if (g_str_has_prefix(first->note, "new source"))
		first->phrase = g_strdup_printf("%s, %u quotes", first->note, q->n);
	else
		first->phrase = who != NULL ? g_strdup_printf("%u new quotes from %s", q->n, who)
					    : g_strdup_printf("%u new quotes", q->n);
}

/* is @it a person's one name that is the family name of another person
 * of @pool ("Marin" and "Sofia Marin")? */
static gboolean
sw_fd_family_of_other(GPtrArray *pool, const SwFdItem *it)
{
	gsize n;

	if (it->fact->kind != SW_FACT_PERSON || strchr(it->fact->value, ' ') != NULL)
		return FALSE;
	n = strlen(it->fact->value);
	for (guint j = 0; j < pool->len; j++) {
		const SwFdItem *o = g_ptr_array_index(pool, j);
		gsize l = strlen(o->fact->value);
		if (o != it && o->fact->kind == SW_FACT_PERSON && l > n + 1 && o->fact->value[l - n - 1] == ' ' &&
		    strcmp(o->fact->value + l - n, it->fact->value) == 0)
			return TRUE;
	}
	return FALSE;
}

/* a span a superlative is measured within ("the hottest day of the
 * year", "its busiest week of the season") is no date the story tells:
 * come or gone, it is not news */
static gboolean
sw_fd_superlative_frame(const SwFdItem *it)
{
	static const gchar *const words[] = {"best", "worst", "most", "least"};
	const gchar *s = it->sentence;
	gsize p = it->fact->start;

	if (it->fact->kind != SW_FACT_DATE || !g_str_has_prefix(it->fact->text, "the ") ||
	    strchr(it->fact->text + 4, ' ') != NULL || p < 3 || strncmp(s + p - 3, "of ", 3) != 0)
		return FALSE;
	p -= 3;
	for (guint n = 0; n < 3; n++) {
		gsize len = sw_fd_word_before(s, &p);
		if (len == 0)
			return FALSE;
		if ((len >= 5 && strncmp(s + p + len - 3, "est", 3) == 0) ||
		    sw_fd_one_of(words, G_N_ELEMENTS(words), s + p, len))
			return TRUE;
	}
	return FALSE;
}

/* what is left was added or removed, unless said elsewhere */
static void
sw_fd_added_removed(SwFd *fd)
{
	for (gint side = SW_OLD; side <= SW_NEW; side++) {
		GPtrArray *pool = fd->pool[side];
		gint other = side == SW_OLD ? SW_NEW : SW_OLD;
		g_autoptr(GHashTable) seen = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
		/* and so is its date ("up from 52 last week") */
		sw_fd_history_dates(pool);
		/* quotes first, so that a new source named before the quote
		 * ("Judge Sarah Olu told him he had "betrayed ..."") is told
		 * once, as the source */
		for (guint n = 0; n < 2 * pool->len; n++) {
			guint i = n % pool->len;
			SwFdItem *it = g_ptr_array_index(pool, i);
			SwChange *c;
			g_autofree gchar *seen_key = NULL;
			g_autofree gchar *shown = NULL;
			g_autofree gchar *label = NULL;
			gboolean ahead;
			if (it->used || (it->fact->kind == SW_FACT_QUOTE) != (n < pool->len))
				continue;
			it->used = TRUE;
			/* once each: a caption repeated is one fact */
			seen_key = g_strdup_printf("%d:%s", sw_fd_class(it->fact->kind),
						   it->fact->kind == SW_FACT_QUOTE ? it->fact->value
										 : it->fact->value);
			if (g_hash_table_contains(seen, seen_key))
				continue;
			g_hash_table_add(seen, g_steal_pointer(&seen_key));
			/* "Ms Marin" after "Sofia Marin": one person */
			if (sw_fd_family_of_other(pool, it))
				continue;
			/* a rate told with its figure ("new amount £70 a day") */
			if (it->rate_of != NULL && i > 0 &&
			    ((const SwFdItem *)g_ptr_array_index(pool, i - 1))->fact == it->rate_of &&
			    ((const SwFdItem *)g_ptr_array_index(pool, i - 1))->told)
				continue;
			/* a place or an organisation named in passing is not news,
			 * nor "recently" or "for years" */
			if (it->fact->kind == SW_FACT_PLACE || it->fact->kind == SW_FACT_ORG)
				continue;
			if (sw_fd_class(it->fact->kind) <= 2 &&
			    (strstr(it->fact->value, "_REF") != NULL || strchr(it->fact->value, 'X') != NULL))
				continue;
			/* a person's age comes and goes with the person ("said
			 * resident Mark Hughes, 54"); only a corrected one is news */
			if (it->fact->kind == SW_FACT_NUMBER && g_strcmp0(it->noun, "age") == 0)
				continue;
			/* an ordinal's count tells a change of the count ("the
			 * third case" → "the fourth"); one come or gone alone ("the
			 * first cut in four years") says nothing new */
			if (it->fact->kind == SW_FACT_NUMBER && g_strcmp0(it->noun, "place") != 0 &&
			    sw_facts_is_ordinal(it->fact->text))
				continue;
			if (sw_fd_superlative_frame(it))
				continue;
			/* what a figure was ("42 cases, up from 29") is history:
			 * gone with its sentence, or come with a new one, it is no
			 * news */
			if (sw_fd_numeric(it->fact) && sw_fd_given_as_was(it->sentence, it->fact))
				continue;
			if (sw_fd_item_mentioned(fd, other, it) || sw_fd_reported(fd, side, it->fact) ||
			    (it->fact->kind != SW_FACT_QUOTE && sw_fd_restated(fd, other, it)))
				continue;
			/* a headline's date the body gives more closely ("adjourned
			 * until April", "until 14 April") is the body's */
			if (it->line < 0 && sw_fd_class(it->fact->kind) == 1 && sw_fd_told_closer(pool, it))
				continue;
			/* a day the other version still gives, in other words
			 * ("on 12 and 13 March", "on 12, 13 and 14 March") */
			if (it->fact->kind == SW_FACT_DATE && it->fact->value != NULL &&
			    g_hash_table_contains(fd->days[other], it->fact->value))
				continue;
			/* a source told as new, or as withdrawn, is told once */
			if (it->fact->kind == SW_FACT_PERSON &&
			    sw_fd_told_quote(fd, side, it->fact->ref != NULL ? it->fact->ref : it->fact->value))
				continue;
			if (it->fact->kind == SW_FACT_QUOTE) {
				const gchar *who = sw_fd_speaker(it->fact);
				/* a quote that runs on in the next sentence, unattributed,
				 * opening it ("Critics called it "a disgrace"" does not) */
				for (guint k = i; who == NULL && k > 0 && sw_fd_opens_sentence(it); k--) {
					const SwFdItem *prev = g_ptr_array_index(pool, k - 1);
					if (prev->line + 1 < it->line)
						break;
					if (prev->fact->kind == SW_FACT_QUOTE && prev->line + 1 == it->line)
						who = sw_fd_speaker(prev->fact);
				}
				who = sw_fd_full_speaker(fd, side, who);
				SwFact speaker = {.kind = SW_FACT_PERSON, .value = (gchar *)who};
				gboolean known = who != NULL && sw_fd_mentioned(fd, other, &speaker);
				c = sw_fd_quote_change(fd, side == SW_OLD ? it : NULL, side == SW_NEW ? it : NULL,
						       who);
				if (side == SW_OLD) {
					c->note = g_strdup(who != NULL ? "quote withdrawn" : "quote removed");
					c->phrase = who != NULL ? g_strdup_printf("quote by %s withdrawn", who)
								: g_strdup("quote removed");
					c->rank = 5;
				} else if (who != NULL && !known && !sw_fd_told_quote(fd, SW_NEW, who)) {
					c->note = g_strdup_printf("new source quoted: %s", who);
					c->phrase = g_strdup(c->note);
					c->rank = 4;
				} else {
					c->note = g_strdup("quote added");
					c->phrase = who != NULL ? g_strdup_printf("new quote from %s", who)
								: g_strdup("new quote");
					c->rank = 5;
				}
				sw_fd_quote_tally(fd, side, who, c);
				continue;
			}
			c = sw_fd_change(fd, sw_fd_kind(it->fact->kind), side == SW_OLD ? it : NULL,
					 side == SW_NEW ? it : NULL);
			c->note = g_strdup(side == SW_OLD ? "removed" : "added");
			it->told = TRUE;
			ahead = it->expected && sw_fd_ahead(it->fact, fd->ref[side]);
			shown = sw_fd_shown(it);
			/* a share says whose it is: "inflation 3.4% removed" */
			if (it->fact->kind == SW_FACT_PERCENT && it->owner_len > 0)
				label = sw_fd_owner_label(it);
			/* and what befell the counted: "structure destroyed" */
			else if (it->befell_len > 0 && !sw_fd_casualty(it->noun))
				label = g_strdup_printf("%s %.*s", sw_fd_label(it, ahead), (gint)it->befell_len,
							it->sentence + it->befell_at);
			/* or what its verb says: "job at risk 2,100 removed" */
			else if (it->fate != NULL && !sw_fd_casualty(it->noun))
				label = g_strdup_printf("%s %s", sw_fd_label(it, ahead), it->fate);
			else
				label = g_strdup(sw_fd_label(it, ahead));
			if (side == SW_OLD)
				c->phrase = g_strdup_printf("%s %s removed", label, shown);
			else if (it->fact->kind == SW_FACT_PERSON)
				c->phrase = g_strdup_printf("%s named", it->fact->ref != NULL ? it->fact->ref
												: it->fact->value);
			else
				c->phrase = g_strdup_printf("new %s %s", label, shown);
			/* the first dead or hurt told lead the counts, as a toll
			 * that moved does; a count of them gone comes with the
			 * other counts */
			c->rank = it->fact->kind != SW_FACT_NUMBER || !sw_fd_casualty(it->noun) ? 6
				  : side == SW_NEW ? 2 : 3;
		}
	}
}

/* ---- status ---- */

typedef struct {
	SwStatus *status;
	const gchar *sentence;
	/* the new side of a reworded pair that left a person missing
	 * unresolved: told as dropped if no other sentence found them */
	const gchar *pair_new;
	/* its sentence's index, -1 the headline's */
	gint line;
} SwFdStatus;

/* keep @st, which @sentence (line @line) of @side states, for reading
 * across */
static void
sw_fd_status_keep(SwFd *fd, gint side, SwStatus *st, const gchar *sentence, gint line, const gchar *pair_new)
{
	SwFdStatus *item = g_new0(SwFdStatus, 1);

	item->status = st;
	item->sentence = sentence;
	item->line = line;
	item->pair_new = pair_new;
	g_ptr_array_add(fd->status[side], item);
}

/* Scales a status moves along: a warning's colour ("an amber warning" →
 * "upgraded its warning to red"), a patient's condition ("critical" →
 * "stable"), a suspect held or bailed, one held or free, a result
 * against forecasts, an economy's way, a measure's way foreseen
 * ("expected to rise" → "expected to fall"), a firm insolvent or rescued, a
 * bill through a chamber and into law, a stance against or for. Each
 * reads a sentence's rank on it, and names a move up and down; a scale
 * read across whole versions is one a story seldom holds twice (a stance
 * is someone's, and a story may tell several). */
typedef struct {
	SwStatusLevelFunc level;
	const gchar *up;
	const gchar *down;
	gboolean across;
	/* told only where the pair's statuses tell no turn: a choice made,
	 * which "is considering selling" → "decided against selling" tells
	 * better in its own words than as "under consideration" →
	 * "decided" */
	gboolean second;
} SwFdScale;

/* a scale of two ends and a middle that is neither (a report neither
 * denied nor confirmed): the middle's level, and the notes of a move to
 * it from the bottom and from the top */
typedef struct {
	SwStatusLevelFunc level;
	gint middle;
	const gchar *off[2];
} SwFdMiddle;

static const SwFdMiddle sw_fd_middles[] = {
    {sw_status_denial_level, 2, {"no longer denied", "no longer confirmed"}},
    {sw_status_treaty_level, 2, {"ratified", "not yet in force"}},
    {sw_status_approval_level, 2, {"no longer rejected", "no longer approved"}},
    {sw_status_trend_level, 2, {"no longer falling", "no longer rising"}},
};

static const SwFdScale sw_fd_scales[] = {
    {sw_status_warning_level, "raised", "lowered", TRUE, FALSE},
    {sw_status_condition_level, "improved", "worsened", TRUE, FALSE},
    {sw_status_custody_level, "bailed", "remanded", TRUE, FALSE},
    {sw_status_found_level, "found alive", "found dead", FALSE, FALSE},
    {sw_status_freedom_level, "freed", "held again", FALSE, TRUE},
    {sw_status_insolvency_level, "rescued", "failed", TRUE, FALSE},
    {sw_status_bill_level, "enacted", "not yet law", TRUE, FALSE},
    {sw_status_stance_level, "now for", "now against", FALSE, FALSE},
    {sw_status_revision_level, "revised up", "revised down", FALSE, FALSE},
    {sw_status_forecast_level, "better than forecast", "worse than forecast", FALSE, FALSE},
    {sw_status_growth_level, "now growing", "now shrinking", FALSE, FALSE},
    {sw_status_outlook_level, "outlook up", "outlook down", FALSE, TRUE},
    {sw_status_outcome_level, "now won", "now lost", FALSE, FALSE},
    {sw_status_putoff_level, "put off", "called off", FALSE, FALSE},
    {sw_status_fitness_level, "fitter", "less fit", FALSE, FALSE},
    {sw_status_denial_level, "now confirmed", "now denied", FALSE, FALSE},
    {sw_status_discipline_level, "eased", "harsher", FALSE, FALSE},
    {sw_status_result_level, "now in profit", "now loss-making", FALSE, FALSE},
    {sw_status_recession_level, "out of recession", "in recession", TRUE, FALSE},
    {sw_status_suspicion_level, "now suspicious", "less suspicious", TRUE, FALSE},
    {sw_status_certainty_level, "confirmed", "unconfirmed", FALSE, FALSE},
    {sw_status_storm_level, "strengthened", "weakened", TRUE, FALSE},
    {sw_status_rates_level, "rates up", "rates down", FALSE, FALSE},
    {sw_status_treaty_level, "in force", "not yet ratified", TRUE, FALSE},
    {sw_status_infection_level, "recovered", "infected", FALSE, FALSE},
    {sw_status_decision_level, "decided", "undecided", FALSE, TRUE},
    {sw_status_approval_level, "approved", "rejected", TRUE, TRUE},
    {sw_status_ballot_level, "polls closed", "polls reopened", TRUE, TRUE},
    {sw_status_market_level, "now up", "now down", FALSE, TRUE},
    {sw_status_trend_level, "now rising", "now falling", FALSE, FALSE},
    {sw_status_defence_level, "holding", "breached", FALSE, FALSE},
};

/* @scale's middle, or NULL for a scale of none */
static const SwFdMiddle *
sw_fd_scale_middle(const SwFdScale *scale)
{
	for (guint k = 0; k < G_N_ELEMENTS(sw_fd_middles); k++) {
		if (sw_fd_middles[k].level == scale->level)
			return &sw_fd_middles[k];
	}
	return NULL;
}

/* the note of a move along @scale from level @la to @lb */
static const gchar *
sw_fd_scale_note(const SwFdScale *scale, gint la, gint lb)
{
	const SwFdMiddle *m = sw_fd_scale_middle(scale);

	if (m != NULL && lb == m->middle)
		return m->off[la < lb ? 0 : 1];
	return la < lb ? scale->up : scale->down;
}

/* is @note (non-NULL) one of a move along @scale? */
static gboolean
sw_fd_scale_names(const SwFdScale *scale, const gchar *note)
{
	const SwFdMiddle *m = sw_fd_scale_middle(scale);

	return g_str_equal(note, scale->up) || g_str_equal(note, scale->down) ||
	       (m != NULL && (g_str_equal(note, m->off[0]) || g_str_equal(note, m->off[1])));
}

/* is @note one of a turn the pair rules make of their own (a move along a
 * scale, a cause now known, a lead changed hands)? Such a turn is the
 * same as another only when their notes are */
static gboolean
sw_fd_own_turn(const gchar *note)
{
	if (note == NULL)
		return FALSE;
	for (guint k = 0; k < G_N_ELEMENTS(sw_fd_scales); k++) {
		if (sw_fd_scale_names(&sw_fd_scales[k], note))
			return TRUE;
	}
	return g_str_equal(note, "now known") || g_str_equal(note, "told otherwise") ||
	       g_str_equal(note, "now negated") || g_str_equal(note, "now affirmed") ||
	       g_str_equal(note, "lead changed hands") || g_str_equal(note, "as expected") ||
	       g_str_equal(note, "not as expected");
}

static SwChange *
sw_fd_status_change(SwFd *fd, const SwStatus *a, const SwStatus *b, const gchar *sa, const gchar *sb)
{
	SwChange *c;

	/* the headline and the lede often tell the same turn: once; and an
	 * event already told to have reached a status is not told again from
	 * another expectation ("are set to sign" → "have signed" told, "is
	 * expected to undergo a medical and sign" → "has signed" is not) */
	for (guint i = 0; i < fd->diff->changes->len; i++) {
		const SwChange *had = g_ptr_array_index(fd->diff->changes, i);
		if (!g_str_equal(had->kind, "status"))
			continue;
		if (g_strcmp0(had->old, a != NULL ? a->phrase : NULL) == 0 &&
		    g_strcmp0(had->new, b != NULL ? b->phrase : NULL) == 0)
			return NULL;
		/* a pair that moved along a scale says no more by a status
		 * appearing, going or turning ("was defeated in the vote" →
		 * "won the vote" is not also "status now “won the vote”", nor
		 * "was suspended from the party" → "had the whip restored"
		 * also "“has been suspended” → “restored”") */
		if ((a == NULL || b == NULL || !sw_fd_own_turn(b->event)) && sw_fd_own_turn(had->note) &&
		    g_strcmp0(had->old_sentence, sa) == 0 && g_strcmp0(had->new_sentence, sb) == 0)
			return NULL;
		/* a headline that reached the status the lede tells the turn
		 * to ("Rail strike called off" and "will walk out" → "have
		 * called off strikes"), or told the same turn ("to raise" →
		 * "raises" and "is expected to raise" → "has raised"): the
		 * lede's, which says it in a sentence */
		if (a != NULL && b != NULL && g_strcmp0(had->new_sentence, fd->diff->new_title) == 0 &&
		    g_strcmp0(had->new_value, sw_status_kind_to_string(b->kind)) == 0 &&
		    (g_strcmp0(had->note, b->event) == 0 || (!sw_fd_own_turn(had->note) && !sw_fd_own_turn(b->event))) &&
		    (had->old == NULL || (g_strcmp0(sb, fd->diff->new_title) != 0 &&
					  g_strcmp0(had->old_value, sw_status_kind_to_string(a->kind)) == 0))) {
			sw_fd_drop_change(fd, i--);
			continue;
		}
		if (b != NULL && b->event != NULL && g_strcmp0(had->note, b->event) == 0 &&
		    g_strcmp0(had->new_value, sw_status_kind_to_string(b->kind)) == 0)
			return NULL;
	}
	c = sw_diff_add_change(fd->diff, "status");

	c->old = g_strdup(a != NULL ? a->phrase : NULL);
	c->new = g_strdup(b != NULL ? b->phrase : NULL);
	c->old_value = g_strdup(a != NULL ? sw_status_kind_to_string(a->kind) : NULL);
	c->new_value = g_strdup(b != NULL ? sw_status_kind_to_string(b->kind) : NULL);
	c->old_sentence = g_strdup(sa);
	c->new_sentence = g_strdup(sb);
	if (b != NULL && b->event != NULL)
		c->note = g_strdup(b->event);
	if (a == NULL)
		c->phrase = g_strdup_printf("status now “%s”", b->phrase);
	else if (b == NULL)
		c->phrase = g_strdup_printf("status “%s” dropped", a->phrase);
	else
		c->phrase = g_strdup_printf("status “%s” → “%s”", a->phrase, b->phrase);
	c->rank = 2;
	fd->diff->facts_changed++;
	fd->diff->status_changed = TRUE;
	return c;
}

/* has a move along @scale to @pb, from @sa to @sb, been told already:
 * for a scale told second, any turn of the pair (a status, or a figure's
 * way, "down 5% → up 2%" noted "now up"); for any, another scale's move
 * to the same word of the same sentence ("in hospital" and "tested
 * positive", both → "has fully recovered")? */
static gboolean
sw_fd_scale_said(SwFd *fd, const SwFdScale *scale, const gchar *sa, const gchar *sb, const gchar *pb)
{
	for (guint i = 0; i < fd->diff->changes->len; i++) {
		const SwChange *had = g_ptr_array_index(fd->diff->changes, i);
		gboolean status = g_str_equal(had->kind, "status");
		/* a status that only appears ("status now") is no turn */
		gboolean turn = (status && had->old != NULL) || g_strcmp0(had->note, "now up") == 0 ||
				g_strcmp0(had->note, "now down") == 0;
		if (scale->second && turn && g_strcmp0(had->old_sentence, sa) == 0 &&
		    g_strcmp0(had->new_sentence, sb) == 0)
			return TRUE;
		if (status && sw_fd_own_turn(had->note) && g_strcmp0(had->new_sentence, sb) == 0 &&
		    g_strcmp0(had->new, pb) == 0)
			return TRUE;
	}
	return FALSE;
}

/* a move along @scale, from word @wa of noun @na in @sa to @wb in @sb: a
 * status of its own, in force both sides */
static void
sw_fd_scale_told(SwFd *fd, const SwFdScale *scale, gint la, const gchar *wa, const gchar *na, const gchar *sa,
		 gint lb, const gchar *wb, const gchar *nb, const gchar *sb)
{
	g_autofree gchar *pa = na != NULL ? g_strdup_printf("%s %s", wa, na) : g_strdup(wa);
	g_autofree gchar *pb = nb != NULL ? g_strdup_printf("%s %s", wb, nb) : g_strdup(wb);
	SwStatus a = {.kind = SW_STATUS_DONE, .phrase = pa};
	SwStatus b = {.kind = SW_STATUS_DONE, .phrase = pb, .event = (gchar *)sw_fd_scale_note(scale, la, lb)};

	if (sw_fd_scale_said(fd, scale, sa, sb, pb) || sw_fd_status_change(fd, &a, &b, sa, sb) == NULL)
		return;
	/* the move says what a plain status of one of its sentences, told
	 * before it by the same word, said ("status now “been sacked”"
	 * beside "“suspended” → “sacked”"), or what a status that only
	 * appears in the same pair said ("status now “blocked the deal”"
	 * beside "“needs approval” → “rejected”") */
	for (guint i = 0; i + 1 < fd->diff->changes->len; i++) {
		const SwChange *had = g_ptr_array_index(fd->diff->changes, i);
		gboolean same_pair = had->old == NULL && g_strcmp0(had->old_sentence, sa) == 0 &&
				     g_strcmp0(had->new_sentence, sb) == 0;
		if (g_str_equal(had->kind, "status") && !sw_fd_own_turn(had->note) &&
		    (had->old_sentence == NULL || g_strcmp0(had->old_sentence, sa) == 0) &&
		    (had->new_sentence == NULL || g_strcmp0(had->new_sentence, sb) == 0) &&
		    (same_pair || (had->old != NULL && strstr(had->old, wa) != NULL) ||
		     (had->new != NULL && strstr(had->new, wb) != NULL)))
			sw_fd_drop_change(fd, i--);
	}
}

/* a pair that moves along a scale, whatever else its statuses say; or,
 * @second, along a scale told only where they say nothing */
static void
sw_fd_scale_change(SwFd *fd, const gchar *sa, const gchar *sb, gboolean second)
{
	for (guint k = 0; k < G_N_ELEMENTS(sw_fd_scales); k++) {
		const SwFdScale *scale = &sw_fd_scales[k];
		const gchar *wa = NULL, *wb = NULL, *na = NULL, *nb = NULL;
		gint la = scale->second == second ? sw_status_level_now(scale->level, sa, &wa, &na) : 0;
		gint lb = la > 0 ? sw_status_level_now(scale->level, sb, &wb, &nb) : 0;
		if (la > 0 && lb > 0 && la != lb)
			sw_fd_scale_told(fd, scale, la, wa, na, sa, lb, wb, nb, sb);
	}
}

/* the sentences of @side's version, headline first, as a set */
static GHashTable *
sw_fd_lines(SwFd *fd, gint side)
{
	if (fd->lines[side] == NULL) {
		gint n = sw_fd_n_sentences(fd->diff, side);
		fd->lines[side] = g_hash_table_new(g_str_hash, g_str_equal);
		for (gint i = -1; i < n; i++) {
			const gchar *l = sw_fd_line(fd->diff, side, i);
			if (l != NULL)
				g_hash_table_add(fd->lines[side], (gpointer)l);
		}
	}
	return fd->lines[side];
}

/* the clauses of @side's new sentences (those the other version lacks)
 * that tell what holds now, a line each */
static const gchar *
sw_fd_now_clauses(SwFd *fd, gint side)
{
	if (fd->now[side] == NULL) {
		GHashTable *other = sw_fd_lines(fd, side == SW_OLD ? SW_NEW : SW_OLD);
		gint n = sw_fd_n_sentences(fd->diff, side);
		GString *now = g_string_new(NULL);
		for (gint i = -1; i < n; i++) {
			const gchar *s = sw_fd_line(fd->diff, side, i);
			const gchar *c = s != NULL && !g_hash_table_contains(other, s) ? sw_status_now_clause(s) : NULL;
			if (c != NULL)
				g_string_append_printf(now, "%s\n", c);
		}
		fd->now[side] = g_string_free(now, FALSE);
	}
	return fd->now[side];
}

/* the rank @side's version names on @scale: what its new sentences say
 * holds now, where they say so ("He has since been granted bail" beside
 * "He was remanded in custody", kept); else what the whole version names */
static gint
sw_fd_scale_version(SwFd *fd, const SwFdScale *scale, gint side, const gchar **word, const gchar **noun)
{
	const gchar *now = sw_fd_now_clauses(fd, side);
	gint level = *now != '\0' ? scale->level(now, word, noun) : 0;

	return level > 0 ? level : scale->level(sw_fd_whole(fd, side), word, noun);
}

/* the highest rank each version names on @scale, a scale read across
 * whole versions, when no pair moved along it: told in sentences
 * rewritten past pairing ("an amber
 * heat-health alert is in place" gone, "the alert has been raised to
 * red" new) */
static void
sw_fd_scale_across(SwFd *fd, const SwFdScale *scale)
{
	const gchar *word[2] = {NULL, NULL}, *noun[2] = {NULL, NULL}, *at[2] = {NULL, NULL};
	gint level[2];

	for (guint k = 0; k < fd->diff->changes->len; k++) {
		const SwChange *c = g_ptr_array_index(fd->diff->changes, k);
		if (g_str_equal(c->kind, "status") && c->note != NULL && sw_fd_scale_names(scale, c->note))
			return;
	}
	/* the whole versions first: most stories name no such thing */
	for (gint side = SW_OLD; side <= SW_NEW; side++) {
		level[side] = sw_fd_scale_version(fd, scale, side, &word[side], &noun[side]);
		if (level[side] == 0)
			return;
	}
	if (level[SW_OLD] == level[SW_NEW])
		return;
	/* then the sentence that names it */
	for (gint side = SW_OLD; side <= SW_NEW; side++) {
		gint n = sw_fd_n_sentences(fd->diff, side);
		for (gint i = -1; i < n && at[side] == NULL; i++) {
			const gchar *s = sw_fd_line(fd->diff, side, i);
			const gchar *w = NULL, *u = NULL;
			if (s != NULL && sw_status_level_now(scale->level, s, &w, &u) == level[side])
				at[side] = s;
		}
	}
	if (at[SW_OLD] == NULL || at[SW_NEW] == NULL)
		return;
	/* an old sentence whose turn was told with another new one is no
	 * end of this move: "A second man has been released on bail" →
	 * "released without charge" is that man's; "Price was remanded in
	 * custody" is another's */
	for (guint k = 0; k < fd->diff->changes->len; k++) {
		const SwChange *c = g_ptr_array_index(fd->diff->changes, k);
		if (g_str_equal(c->kind, "status") && c->old != NULL && c->new != NULL &&
		    g_strcmp0(c->old_sentence, at[SW_OLD]) == 0 && g_strcmp0(c->new_sentence, at[SW_NEW]) != 0)
			return;
	}
	sw_fd_scale_told(fd, scale, level[SW_OLD], word[SW_OLD], noun[SW_OLD], at[SW_OLD], level[SW_NEW], word[SW_NEW],
			 noun[SW_NEW], at[SW_NEW]);
}

/* whom a sentence is about, lower case: its first word, or its first two
 * when the first is an article or a possessive ("The minister is in
 * favour": "the minister"); newly allocated */
static gchar *
sw_fd_sentence_subject(const gchar *sentence)
{
	static const gchar *const determiners[] = {"the", "a", "an", "this", "that", "its", "his", "her", "their", "our"};
	g_auto(GStrv) words = g_strsplit(sentence, " ", 3);
	guint n = g_strv_length(words);
	g_autofree gchar *first = n > 0 ? g_ascii_strdown(words[0], -1) : g_strdup("");

	if (n > 1 && sw_fd_one_of(determiners, G_N_ELEMENTS(determiners), first, strlen(first))) {
		g_autofree gchar *two = g_strjoin(" ", words[0], words[1], NULL);
		return g_ascii_strdown(two, -1);
	}
	return g_steal_pointer(&first);
}

/* does a sentence of @side that the other version holds too say @subject
 * is at @level on @scale? */
static gboolean
sw_fd_scale_kept(SwFd *fd, const SwFdScale *scale, GHashTable *other, gint side, const gchar *subject, gint level)
{
	gint n = sw_fd_n_sentences(fd->diff, side);

	for (gint j = -1; j < n; j++) {
		const gchar *s = sw_fd_line(fd->diff, side, j);
		g_autofree gchar *subj = NULL;
		const gchar *w = NULL, *u = NULL;
		if (s == NULL || !g_hash_table_contains(other, s))
			continue;
		subj = sw_fd_sentence_subject(s);
		if (g_str_equal(subj, subject) && sw_status_level_now(scale->level, s, &w, &u) == level)
			return TRUE;
	}
	return FALSE;
}

/* a move along a scale read only in pairs, told in sentences rewritten
 * past pairing about the same subject ("The minister is in favour of the
 * plan" gone, "The minister has changed her mind and now opposes it"
 * new); not while a new sentence about it still says the old level. Only
 * sentences one version lacks are read, and those kept about a subject
 * that moved */
static void
sw_fd_scale_by_subject(SwFd *fd, const SwFdScale *scale)
{
	gint n[2] = {sw_fd_n_sentences(fd->diff, SW_OLD), sw_fd_n_sentences(fd->diff, SW_NEW)};
	GHashTable *in[2] = {sw_fd_lines(fd, SW_OLD), sw_fd_lines(fd, SW_NEW)};
	g_autoptr(GPtrArray) subjects = g_ptr_array_new_with_free_func(g_free);
	g_autoptr(GPtrArray) lines = g_ptr_array_new();
	g_autoptr(GArray) levels = g_array_new(FALSE, TRUE, sizeof(gint));

	/* the new sentences the old version lacks that give a level */
	for (gint j = -1; j < n[SW_NEW]; j++) {
		const gchar *sb = sw_fd_line(fd->diff, SW_NEW, j);
		const gchar *w = NULL, *u = NULL;
		gint l;
		if (sb == NULL || g_hash_table_contains(in[SW_OLD], sb) ||
		    (l = sw_status_level_now(scale->level, sb, &w, &u)) == 0)
			continue;
		g_ptr_array_add(lines, (gpointer)sb);
		g_array_append_val(levels, l);
		g_ptr_array_add(subjects, sw_fd_sentence_subject(sb));
	}
	for (gint i = -1; i < n[SW_OLD] && lines->len > 0; i++) {
		const gchar *sa = sw_fd_line(fd->diff, SW_OLD, i);
		const gchar *wa = NULL, *na = NULL;
		g_autofree gchar *subject = NULL;
		gint la, found = -1;
		if (sa == NULL || g_hash_table_contains(in[SW_NEW], sa) ||
		    (la = sw_status_level_now(scale->level, sa, &wa, &na)) == 0)
			continue;
		subject = sw_fd_sentence_subject(sa);
		for (guint k = 0; k < lines->len; k++) {
			if (!g_str_equal(subject, g_ptr_array_index(subjects, k)))
				continue;
			if (g_array_index(levels, gint, k) == la) {
				found = -1;
				break;
			}
			if (found < 0)
				found = (gint)k;
		}
		if (found >= 0 && !sw_fd_scale_kept(fd, scale, in[SW_OLD], SW_NEW, subject, la)) {
			const gchar *sb = g_ptr_array_index(lines, found);
			const gchar *wb = NULL, *nb = NULL;
			gint lb = sw_status_level_now(scale->level, sb, &wb, &nb);
			sw_fd_scale_told(fd, scale, la, wa, na, sa, lb, wb, nb, sb);
		}
	}
}

/* a cause or a motive @sa says is not known, told in @sb ("the cause of
 * the fire was not known" → "the cause was an electrical fault", "was
 * started by a discarded cigarette"): a status of its own, "now known";
 * not while @sb still says it is not known */
static gboolean
sw_fd_now_known(SwFd *fd, const gchar *sa, const gchar *sb)
{
	const gchar *noun = NULL, *still = NULL;
	g_autofree gchar *told = NULL;
	g_autofree gchar *was = NULL;
	SwStatus a = {.kind = SW_STATUS_NEGATED};
	SwStatus b = {.kind = SW_STATUS_DONE, .event = (gchar *)"now known"};

	if (!sw_status_unknown(sa, &noun) || (sw_status_unknown(sb, &still) && g_str_equal(still, noun)))
		return FALSE;
	told = sw_status_told(sb, noun);
	if (told == NULL)
		return FALSE;
	was = g_strdup_printf("%s not known", noun);
	a.phrase = was;
	b.phrase = told;
	sw_fd_status_change(fd, &a, &b, sa, sb);
	return TRUE;
}

/* @told without a leading article, for comparing: "a power failure" is
 * "the power failure" */
static const gchar *
sw_fd_bare(const gchar *told)
{
	static const gchar *const articles[] = {"a ", "an ", "the "};

	for (guint i = 0; i < G_N_ELEMENTS(articles); i++) {
		if (g_ascii_strncasecmp(told, articles[i], strlen(articles[i])) == 0)
			return told + strlen(articles[i]);
	}
	return told;
}

/* a cause, a motive or a source told in @sa and told otherwise in @sb
 * ("was caused by a cyber attack" → "was caused by a power failure"): a
 * status of its own, "told otherwise"; not one told more fully ("an
 * electrical fault" → "an electrical fault in a fridge") */
static void
sw_fd_told_otherwise(SwFd *fd, const gchar *sa, const gchar *sb)
{
	static const gchar *const nouns[] = {"cause", "motive", "source"};

	for (guint i = 0; i < G_N_ELEMENTS(nouns); i++) {
		g_autofree gchar *ta = sw_status_told(sa, nouns[i]);
		g_autofree gchar *tb = ta != NULL ? sw_status_told(sb, nouns[i]) : NULL;
		g_autofree gchar *la = NULL;
		g_autofree gchar *lb = NULL;
		SwStatus a = {.kind = SW_STATUS_DONE};
		SwStatus b = {.kind = SW_STATUS_DONE, .event = (gchar *)"told otherwise"};
		SwChange *c;

		if (tb == NULL)
			continue;
		la = g_utf8_casefold(sw_fd_bare(ta), -1);
		lb = g_utf8_casefold(sw_fd_bare(tb), -1);
		if (strstr(la, lb) != NULL || strstr(lb, la) != NULL)
			continue;
		a.phrase = ta;
		b.phrase = tb;
		c = sw_fd_status_change(fd, &a, &b, sa, sb);
		if (c != NULL) {
			g_free(c->phrase);
			c->phrase = g_strdup_printf("%s “%s” → “%s”", nouns[i], ta, tb);
		}
		return;
	}
}

/* @word without the punctuation after it, lower case; newly allocated */
static gchar *
sw_fd_bare_word(const gchar *word)
{
	gchar *low = g_utf8_casefold(word, -1);
	gsize n = strlen(low);

	while (n > 0 && strchr(".,;:!?\")'", low[n - 1]) != NULL)
		low[--n] = '\0';
	/* a closing curly quote */
	while (n >= 3 && (g_str_has_suffix(low, "\u201d") || g_str_has_suffix(low, "\u2019"))) {
		n -= 3;
		low[n] = '\0';
	}
	return low;
}

/* the words of @sentence, each bare, and in *@n their count; newly
 * allocated */
static gchar **
sw_fd_bare_words(const gchar *sentence, guint *n)
{
	gchar **words = g_strsplit_set(sentence, " ", -1);

	*n = g_strv_length(words);
	for (guint k = 0; k < *n; k++) {
		gchar *w = sw_fd_bare_word(words[k]);
		g_free(words[k]);
		words[k] = w;
	}
	return words;
}

/* the word @neg (bare) denies @plain (bare) as one word: "isn't" is "is"
 * denied, "won't" "will", "cannot" "can" */
static gboolean
sw_fd_contracted_denial(const gchar *neg, const gchar *plain)
{
	static const gchar *const odd[][2] = {{"won't", "will"}, {"won’t", "will"}, {"can't", "can"}, {"can’t", "can"},
					      {"cannot", "can"}, {"shan't", "shall"}, {"shan’t", "shall"}};
	gsize n = strlen(neg), p = strlen(plain);

	for (guint i = 0; i < G_N_ELEMENTS(odd); i++) {
		if (g_str_equal(neg, odd[i][0]))
			return g_str_equal(plain, odd[i][1]);
	}
	if (g_str_has_suffix(neg, "n't"))
		return n == p + 3 && strncmp(neg, plain, p) == 0;
	if (g_str_has_suffix(neg, "n’t"))
		return n == p + 5 && strncmp(neg, plain, p) == 0;
	return FALSE;
}

/* does @b say what @a says, denied by one word more ("was safe" → "was
 * not safe", "is expected" → "is not expected", "will" → "won't", "can
 * meet" → "can no longer meet") or by a prefix ("found the drug
 * effective" → "ineffective")? The index in @b of the word that denies,
 * or -1 */
static gint
sw_fd_denied_once(gchar **a, guint na, gchar **b, guint nb)
{
	guint i = 0, j = 0;
	gint at = -1;

	while (i < na || j < nb) {
		if (i < na && j < nb && g_str_equal(a[i], b[j])) {
			i++, j++;
			continue;
		}
		if (at >= 0 || j >= nb)
			return -1;
		at = (gint)j;
		if (g_str_equal(b[j], "not") || g_str_equal(b[j], "never"))
			j++;
		else if (g_str_equal(b[j], "no") && j + 1 < nb && g_str_equal(b[j + 1], "longer"))
			j += 2;
		else if (i < na && (sw_fd_contracted_denial(b[j], a[i]) || sw_fd_prefix_denial(b[j], a[i])))
			i++, j++;
		else
			return -1;
	}
	return at;
}

/* the words [@from, @to) of @words (@count), joined */
static gchar *
sw_fd_words_of(gchar **words, guint count, guint from, guint to)
{
	g_autoptr(GString) out = g_string_new(NULL);

	for (guint k = from; k < MIN(to, count); k++) {
		if (out->len > 0)
			g_string_append_c(out, ' ');
		g_string_append(out, words[k]);
	}
	return g_string_free(g_steal_pointer(&out), FALSE);
}

/* a rewritten pair that says the same, but for one word that denies it
 * now or did before ("The study found the drug was safe" → "... was not
 * safe"): a status of its own, "now negated" or "now affirmed", where no
 * status of the pair said a turn already */
static void
sw_fd_negation_flip(SwFd *fd, const gchar *sa, const gchar *sb)
{
	g_auto(GStrv) wa = NULL;
	g_auto(GStrv) wb = NULL;
	gsize la, lb;
	guint na, nb;
	gint at;
	gboolean denied_now;

	for (guint k = 0; k < fd->diff->changes->len; k++) {
		const SwChange *c = g_ptr_array_index(fd->diff->changes, k);
		if (g_str_equal(c->kind, "status") && (g_strcmp0(c->old_sentence, sa) == 0 || g_strcmp0(c->new_sentence, sb) == 0))
			return;
	}
	/* a word put in is at most " no longer" more, a word contracted a
	 * few bytes or none ("will" → "won't"): most rewrites are neither */
	la = strlen(sa);
	lb = strlen(sb);
	if ((la > lb ? la - lb : lb - la) > 10 ||
	    (la == lb && strstr(sb, "n't") == NULL && strstr(sb, "n’t") == NULL && strstr(sa, "n't") == NULL &&
	     strstr(sa, "n’t") == NULL))
		return;
	wa = sw_fd_bare_words(sa, &na);
	wb = sw_fd_bare_words(sb, &nb);
	/* the side with more words denies; with as many, a contraction may,
	 * either side ("is" → "isn't" or back) */
	at = nb >= na ? sw_fd_denied_once(wa, na, wb, nb) : -1;
	denied_now = at >= 0;
	if (at < 0 && nb <= na)
		at = sw_fd_denied_once(wb, nb, wa, na);
	if (at < 0)
		return;
	{
		gchar **neg = denied_now ? wb : wa, **plain = denied_now ? wa : wb;
		guint nn = denied_now ? nb : na, np = denied_now ? na : nb;
		guint u = (guint)at;
		/* a word denied by its prefix ("ineffective"): it alone; one
		 * contracted ("isn't safe" of "is safe"): it and the next; a
		 * word put in ("was not safe"): the one before, it, and the
		 * one after */
		guint from = nn == np || u == 0 ? u : u - 1;
		guint upto = nn != np ? u + 1 : sw_fd_prefix_denial(neg[u], plain[u]) ? u + 1 : u + 2;
		g_autofree gchar *pn = sw_fd_words_of(neg, nn, from, upto + (nn - np));
		g_autofree gchar *pp = sw_fd_words_of(plain, np, from, upto);
		SwStatus a = {.kind = SW_STATUS_DONE, .phrase = denied_now ? pp : pn};
		SwStatus b = {.kind = SW_STATUS_DONE, .phrase = denied_now ? pn : pp,
			      .event = (gchar *)(denied_now ? "now negated" : "now affirmed")};

		sw_fd_status_change(fd, &a, &b, sa, sb);
	}
}

/* the same when the sentences were rewritten past pairing ("The cause is
 * not yet known" gone, "Investigators said the fire was started by a
 * heater" new): the first old sentence that says it is not known, the
 * first new one that tells it, and no new one still saying it is not */
static void
sw_fd_now_known_across(SwFd *fd)
{
	const gchar *noun = NULL, *sa = NULL;
	gint n;

	for (guint k = 0; k < fd->diff->changes->len; k++) {
		const SwChange *c = g_ptr_array_index(fd->diff->changes, k);
		if (g_str_equal(c->kind, "status") && g_strcmp0(c->note, "now known") == 0)
			return;
	}
	/* the whole versions first: most stories say nothing is unknown */
	if (!sw_status_unknown(sw_fd_whole(fd, SW_OLD), &noun))
		return;
	n = sw_fd_n_sentences(fd->diff, SW_OLD);
	for (gint i = -1; i < n && sa == NULL; i++) {
		const gchar *s = sw_fd_line(fd->diff, SW_OLD, i);
		if (s != NULL && sw_status_unknown(s, &noun))
			sa = s;
	}
	n = sw_fd_n_sentences(fd->diff, SW_NEW);
	for (gint i = -1; sa != NULL && i < n; i++) {
		const gchar *s = sw_fd_line(fd->diff, SW_NEW, i);
		const gchar *still = NULL;
		if (s != NULL && sw_status_unknown(s, &still) && g_str_equal(still, noun))
			return;
	}
	for (gint i = -1; sa != NULL && i < n; i++) {
		const gchar *s = sw_fd_line(fd->diff, SW_NEW, i);
		if (s != NULL && sw_fd_now_known(fd, sa, s))
			return;
	}
}

/* how a lead told in the new version stands to one told in the old:
 * SW_FD_LEAD_HELD when the same side is still ahead (of the same side,
 * where both name one), SW_FD_LEAD_TURNED when another is ahead of the
 * old leader ("Arsenal lead Chelsea" → "Chelsea lead Arsenal"), or of the
 * side the old version put behind, or of a contest both name ("Smith
 * leads the race" → "Jones leads the race"), else SW_FD_LEAD_OTHER */
typedef enum { SW_FD_LEAD_OTHER, SW_FD_LEAD_HELD, SW_FD_LEAD_TURNED } SwFdLead;

typedef struct {
	gchar *ahead;
	gchar *behind; /* NULL when ahead of the field */
	gchar *contest; /* of a lead over the field: "race", or "" by a figure */
} SwFdLeadOf;

static void
sw_fd_lead_clear(SwFdLeadOf *l)
{
	g_clear_pointer(&l->ahead, g_free);
	g_clear_pointer(&l->behind, g_free);
	g_clear_pointer(&l->contest, g_free);
}

static SwFdLead
sw_fd_lead_compare(const SwFdLeadOf *a, const SwFdLeadOf *b)
{
	if (sw_status_same_side(a->ahead, b->ahead))
		return a->behind == NULL || b->behind == NULL || sw_status_same_side(a->behind, b->behind)
			   ? SW_FD_LEAD_HELD
			   : SW_FD_LEAD_OTHER;
	if (a->behind != NULL && b->behind != NULL)
		return sw_status_same_side(a->ahead, b->behind) && sw_status_same_side(a->behind, b->ahead)
			   ? SW_FD_LEAD_TURNED
			   : SW_FD_LEAD_OTHER;
	if (a->behind != NULL)
		return sw_status_same_side(a->behind, b->ahead) ? SW_FD_LEAD_TURNED : SW_FD_LEAD_OTHER;
	if (b->behind != NULL)
		return sw_status_same_side(a->ahead, b->behind) ? SW_FD_LEAD_TURNED : SW_FD_LEAD_OTHER;
	/* two leaders of the field: of one contest, or one told by a figure */
	return *a->contest == '\0' || *b->contest == '\0' || sw_status_same_side(a->contest, b->contest)
		   ? SW_FD_LEAD_TURNED
		   : SW_FD_LEAD_OTHER;
}

/* a lead changed hands: a sentence of the old version puts A ahead of B,
 * one of the new version B ahead of A ("Arsenal lead Chelsea 2-1" →
 * "Chelsea lead Arsenal 3-2"), or A and then B ahead of the field ("Smith
 * leads the race" → "Jones now leads the race"), and no new one still puts
 * A ahead. Read across the versions, as such a sentence is seldom
 * rewritten closely enough to pair. */
static void
sw_fd_lead_across(SwFd *fd)
{
	gint n[2] = {sw_fd_n_sentences(fd->diff, SW_OLD), sw_fd_n_sentences(fd->diff, SW_NEW)};

	/* the whole versions first: most stories tell no lead (a plain
	 * search; the pattern over a whole story costs more than over the
	 * few sentences that pass it) */
	for (gint side = SW_OLD; side <= SW_NEW; side++) {
		if (!sw_status_may_lead(sw_fd_whole(fd, side)))
			return;
	}
	for (gint i = -1; i < n[SW_OLD]; i++) {
		const gchar *sa = sw_fd_line(fd->diff, SW_OLD, i);
		SwFdLeadOf a = {0};
		g_autofree gchar *now_ahead = NULL; /* the other side, ahead in @turned */
		const gchar *turned = NULL;
		if (sa == NULL || !sw_status_lead(sa, &a.ahead, &a.behind, &a.contest))
			continue;
		for (gint j = -1; j < n[SW_NEW]; j++) {
			const gchar *sb = sw_fd_line(fd->diff, SW_NEW, j);
			SwFdLeadOf b = {0};
			SwFdLead how;
			if (sb == NULL || !sw_status_lead(sb, &b.ahead, &b.behind, &b.contest))
				continue;
			how = sw_fd_lead_compare(&a, &b);
			if (how == SW_FD_LEAD_TURNED && turned == NULL) {
				turned = sb;
				now_ahead = g_steal_pointer(&b.ahead);
			}
			sw_fd_lead_clear(&b);
			if (how == SW_FD_LEAD_HELD) {
				turned = NULL;
				break;
			}
		}
		if (turned != NULL) {
			g_autofree gchar *pa = g_strdup_printf("%s ahead", a.ahead);
			g_autofree gchar *pb = g_strdup_printf("%s ahead", now_ahead);
			sw_fd_status_change(fd, &(SwStatus){.kind = SW_STATUS_DONE, .phrase = pa},
					    &(SwStatus){.kind = SW_STATUS_DONE, .phrase = pb,
							.event = (gchar *)"lead changed hands"},
					    sa, turned);
			sw_fd_lead_clear(&a);
			return;
		}
		sw_fd_lead_clear(&a);
	}
}

/* a decision foreseen, then taken: how one sentence tells it expected
 * and another tells it made, on the same ranks */
typedef struct {
	SwStatusLevelFunc expected;
	SwStatusLevelFunc made;
} SwFdDecision;

static const SwFdDecision sw_fd_decisions[] = {
    {sw_status_rates_expected_level, sw_status_rates_level},
};

/* @sa foresees a decision that @sb tells taken, and no longer foreseen:
 * "is expected to cut interest rates" → "held rates", noted "not as
 * expected", or "as expected" when the one foreseen was taken. A generic
 * status ("is expected to raise" → "raised") says less: this is told
 * first, and the pair's own turn, so that one is not told beside it */
static gboolean
sw_fd_decision_told(SwFd *fd, const SwFdDecision *d, const gchar *sa, const gchar *sb)
{
	const gchar *wa = NULL, *wb = NULL, *na = NULL, *nb = NULL;
	gint la = d->expected(sa, &wa, &na);
	gint lb = la > 0 && d->expected(sb, &wb, &nb) == 0 ? sw_status_level_now(d->made, sb, &wb, &nb) : 0;

	if (lb == 0)
		return FALSE;
	sw_fd_status_change(fd, &(SwStatus){.kind = SW_STATUS_EXPECTED, .phrase = (gchar *)wa},
			    &(SwStatus){.kind = SW_STATUS_DONE, .phrase = (gchar *)wb,
					.event = (gchar *)(la == lb ? "as expected" : "not as expected")},
			    sa, sb);
	return TRUE;
}

static void
sw_fd_decision_pair(SwFd *fd, const gchar *sa, const gchar *sb)
{
	for (guint k = 0; k < G_N_ELEMENTS(sw_fd_decisions); k++)
		sw_fd_decision_told(fd, &sw_fd_decisions[k], sa, sb);
}

/* the same told in sentences rewritten past pairing: an old one that
 * foresaw it, whose turn no other change told, and a new one that tells
 * it taken, where the new version foresees it no more */
static void
sw_fd_decision_across(SwFd *fd)
{
	for (guint k = 0; k < G_N_ELEMENTS(sw_fd_decisions); k++) {
		const SwFdDecision *d = &sw_fd_decisions[k];
		const gchar *w = NULL, *u = NULL;
		gint n[2] = {sw_fd_n_sentences(fd->diff, SW_OLD), sw_fd_n_sentences(fd->diff, SW_NEW)};
		GHashTable *old_lines;
		/* the whole versions first: most stories foresee nothing */
		if (d->expected(sw_fd_whole(fd, SW_OLD), &w, &u) == 0 || d->expected(sw_fd_whole(fd, SW_NEW), &w, &u) != 0 ||
		    d->made(sw_fd_whole(fd, SW_NEW), &w, &u) == 0)
			continue;
		old_lines = sw_fd_lines(fd, SW_OLD);
		for (gint i = -1; i < n[SW_OLD]; i++) {
			const gchar *sa = sw_fd_line(fd->diff, SW_OLD, i);
			gboolean told = FALSE;
			if (sa == NULL || d->expected(sa, &w, &u) == 0)
				continue;
			for (guint c = 0; c < fd->diff->changes->len && !told; c++) {
				const SwChange *had = g_ptr_array_index(fd->diff->changes, c);
				told = g_str_equal(had->kind, "status") && had->new != NULL &&
				       g_strcmp0(had->old_sentence, sa) == 0;
			}
			for (gint j = -1; j < n[SW_NEW] && !told; j++) {
				const gchar *sb = sw_fd_line(fd->diff, SW_NEW, j);
				told = sb != NULL && !g_hash_table_contains(old_lines, sb) && sw_fd_decision_told(fd, d, sa, sb);
			}
			if (told)
				break;
		}
	}
}

/* does @st tell an arrest or a charge ("was arrested", "has been charged
 * with")? News wherever it appears, as a verdict is */
static gboolean
sw_fd_arrest(const SwStatus *st)
{
	g_autofree gchar *low = g_ascii_strdown(st->phrase, -1);

	return g_strcmp0(st->event, "find") == 0 && (st->kind == SW_STATUS_FOUND || st->kind == SW_STATUS_DONE) &&
	       (strstr(low, "arrested") != NULL || strstr(low, "charged") != NULL || strstr(low, "detained") != NULL ||
		strstr(low, "into custody") != NULL);
}

/* is @st an outcome, news wherever it appears: "found guilty",
 * "jailed", "resigned", "lost the vote", "won the prize", "entered
 * administration", "has erupted", "made landfall", "imposed
 * sanctions"? */
static gboolean
sw_fd_outcome(const SwStatus *st)
{
	static const gchar *const outcomes[] = {"verdict",  "resignation", "dismissal",	 "vote",     "death",
						"warning",  "prize",	   "insolvency", "appointment", "eruption",
						"landfall", "restriction", NULL};

	return st->kind == SW_STATUS_DONE && st->event != NULL && g_strv_contains(outcomes, st->event);
}

/* is @st an event called off that its phrase names ("The festival has
 * been cancelled", "the match was postponed"): news at the top of a
 * story, as an outcome is */
static gboolean
sw_fd_called_off(const SwStatus *st)
{
	static const gchar *const verbs[] = {"cancel", "called off", "postponed", "scrapped", "axed", "abandoned", NULL};

	if (st->kind != SW_STATUS_NEGATED || !st->named || st->phrase == NULL)
		return FALSE;
	for (guint i = 0; verbs[i] != NULL; i++) {
		if (strstr(st->phrase, verbs[i]) != NULL)
			return TRUE;
	}
	return FALSE;
}

/* is @st a denial of what is still to come ("have not yet been
 * published")? */
static gboolean
sw_fd_not_yet(const SwStatus *st)
{
	return st->kind == SW_STATUS_NEGATED && strstr(st->phrase, "not yet") != NULL;
}

static void sw_fd_status_turn(SwFd *fd, SwStatus *a, SwStatus *b, const gchar *sa, const gchar *sb, gint oi,
			      gint ni);

/* does @sentence state @st again, its kind by the same phrase? Not in a
 * clause that only says which one ("found the body of a teenager who
 * went missing" no longer says anyone is missing) */
static gboolean
sw_fd_status_stands(const SwStatus *st, const gchar *sentence)
{
	g_autoptr(GPtrArray) all = sw_status_all_of_sentence(sentence);

	for (guint i = 0; i < all->len; i++) {
		const SwStatus *s = g_ptr_array_index(all, i);
		if (s->kind == st->kind && !s->background && g_ascii_strcasecmp(s->phrase, st->phrase) == 0)
			return TRUE;
	}
	return FALSE;
}

/* do phrases @a and @b end in the same word ("was jailed", "jailed";
 * not "was fined", "jailed")? */
static gboolean
sw_fd_same_last_word(const gchar *a, const gchar *b)
{
	const gchar *la = strrchr(a, ' ');
	const gchar *lb = strrchr(b, ' ');

	return g_ascii_strcasecmp(la != NULL ? la + 1 : a, lb != NULL ? lb + 1 : b) == 0;
}

/* the word an arrest or a charge turns on ("arrested", "charged",
 * "detained", "custody"), NULL for another status */
static const gchar *
sw_fd_arrest_word(const SwStatus *st)
{
	static const gchar *const words[] = {"arrested", "charged", "detained", "custody"};

	if (!sw_fd_arrest(st))
		return NULL;
	for (guint i = 0; i < G_N_ELEMENTS(words); i++) {
		if (strstr(st->phrase, words[i]) != NULL)
			return words[i];
	}
	return NULL;
}

/* what a new sentence tells beside its main status that is news
 * wherever it appears, an arrest, a charge or an outcome ("Two people
 * were arrested" → "Two people were arrested and one was charged with
 * murder"): told as a status now where the old sentence told none of it
 * (of its kind and event, an arrest by the same word, another by the
 * same last word: "was fined" is no "was jailed") */
static void
sw_fd_status_beside(SwFd *fd, const gchar *sa, const gchar *sb)
{
	g_autoptr(GPtrArray) news = sw_status_all_of_sentence(sb);
	g_autoptr(GPtrArray) olds = NULL;

	for (guint i = 1; i < news->len; i++) {
		const SwStatus *s = g_ptr_array_index(news, i);
		gboolean had = FALSE;
		if (s->relative || s->background || !(sw_fd_arrest(s) || sw_fd_outcome(s)))
			continue;
		if (olds == NULL)
			olds = sw_status_all_of_sentence(sa);
		for (guint k = 0; k < olds->len && !had; k++) {
			const SwStatus *o = g_ptr_array_index(olds, k);
			had = o->kind == s->kind && g_strcmp0(o->event, s->event) == 0 &&
			      g_strcmp0(sw_fd_arrest_word(o), sw_fd_arrest_word(s)) == 0 &&
			      (sw_fd_arrest(s) || sw_fd_same_last_word(o->phrase, s->phrase));
		}
		if (!had)
			sw_fd_status_change(fd, NULL, s, sa, sb);
	}
}

/* the offence changed in a pair that tells the same step ("charged with
 * murder" → "charged with manslaughter", "convicted of murder" →
 * "convicted of manslaughter"): "status “charged with murder” →
 * “charged with manslaughter”", note charge changed */
static void
sw_fd_charge_change(SwFd *fd, const gchar *sa, const gchar *sb)
{
	g_autofree gchar *pa = NULL;
	g_autofree gchar *pb = NULL;
	g_autofree gchar *ca = sw_status_charge(sa, &pa);
	g_autofree gchar *cb = ca != NULL ? sw_status_charge(sb, &pb) : NULL;
	g_autofree gchar *va = NULL;
	g_autofree gchar *vb = NULL;

	if (cb == NULL || g_str_equal(ca, cb))
		return;
	/* the same step: its verb the same ("charged with" both sides) */
	va = g_ascii_strdown(pa, (gssize)(strlen(pa) - strlen(ca)));
	vb = g_ascii_strdown(pb, (gssize)(strlen(pb) - strlen(cb)));
	if (!g_str_equal(va, vb))
		return;
	sw_fd_status_change(fd, &(SwStatus){.kind = SW_STATUS_DONE, .phrase = pa},
			    &(SwStatus){.kind = SW_STATUS_DONE, .phrase = pb, .event = (gchar *)"charge changed"}, sa, sb);
}

static void
sw_fd_status_pair(SwFd *fd, const gchar *sa, const gchar *sb, gint oi, gint ni)
{
	/* a headline's future is "to" and its verb ("Firm to cut 3,000
	 * jobs"), its past the present ("Firm cuts 4,500 jobs") */
	SwStatus *a = oi < 0 ? sw_status_of_headline(sa) : sw_status_of_sentence(sa);
	SwStatus *b = ni < 0 ? sw_status_of_headline(sb) : sw_status_of_sentence(sb);

	sw_fd_scale_change(fd, sa, sb, FALSE);
	sw_fd_decision_pair(fd, sa, sb);
	sw_fd_now_known(fd, sa, sb);
	sw_fd_told_otherwise(fd, sa, sb);
	/* what the old sentence said still stands in the new one beside a
	 * stronger status ("has declared a state of emergency" → "... a
	 * state of emergency, and flights are not affected"): the new one is
	 * no turn of it */
	if (a != NULL && b != NULL && a->kind != b->kind && ni >= 0 && sw_fd_status_stands(a, sb))
		g_clear_pointer(&a, sw_status_free);
	/* a death is no turn of another event ("has been arrested" → "has
	 * died"): each side is read as if the other told nothing */
	if (a != NULL && b != NULL && (g_strcmp0(a->event, "death") == 0) != (g_strcmp0(b->event, "death") == 0)) {
		sw_fd_status_turn(fd, a, NULL, sa, sb, oi, ni);
		sw_fd_status_turn(fd, NULL, b, sa, sb, oi, ni);
		return;
	}
	if (b != NULL && ni >= 0)
		sw_fd_status_beside(fd, sa, sb);
	sw_fd_status_turn(fd, a, b, sa, sb, oi, ni);
	sw_fd_negation_flip(fd, sa, sb);
	sw_fd_scale_change(fd, sa, sb, TRUE);
	sw_fd_charge_change(fd, sa, sb);
}

/* does a sentence of the old version, the headline's aside, tell @st
 * in other words: its event at its status, by a verb of its phrase ("The
 * jury found him guilty" for "He was found guilty"; not "admitted
 * fraud" for "has been jailed", a step on)? Asked only of an outcome
 * that appears, which few pairs have */
static gboolean
sw_fd_old_tells(SwFd *fd, const SwStatus *st)
{
	static const gchar *const aux[] = {"been", "have", "were", "will", "would", "being"};
	g_auto(GStrv) words = g_strsplit(st->phrase, " ", -1);
	gint n = sw_fd_n_sentences(fd->diff, SW_OLD);

	for (gint i = 0; i < n; i++) {
		g_autoptr(GPtrArray) all = sw_status_all_of_sentence(fd->diff->old_lines[i]);
		for (guint k = 0; k < all->len; k++) {
			const SwStatus *a = g_ptr_array_index(all, k);
			if (a->kind != st->kind || g_strcmp0(a->event, st->event) != 0)
				continue;
			for (guint w = 0; words[w] != NULL; w++) {
				gsize l = strlen(words[w]);
				if (l >= 4 && !sw_fd_one_of(aux, G_N_ELEMENTS(aux), words[w], l) &&
				    sw_text_find_word(a->phrase, words[w]) != NULL)
					return TRUE;
			}
		}
	}
	return FALSE;
}

/* what the statuses @a and @b (owned; either NULL) of the pair @sa, @sb
 * say changed */
static void
sw_fd_status_turn(SwFd *fd, SwStatus *a_in, SwStatus *b_in, const gchar *sa, const gchar *sb, gint oi, gint ni)
{
	g_autoptr(SwStatus) a = a_in;
	g_autoptr(SwStatus) b = b_in;

	/* "is expected to peak" → "peaked": it happened */
	if (b == NULL)
		b = ni < 0 ? sw_status_done_in_headline(a, sb) : sw_status_done_after(a, sb);
	/* neither said here, the expectation may be met in another sentence
	 * ("is expected to make landfall late on Wednesday, bringing ..." →
	 * "brought ..." and, in the lede, "made landfall"): read across */
	if (b == NULL) {
		g_ptr_array_add(fd->plain_new, (gpointer)sb);
		/* so may a person missing be found ("Police are searching
		 * for a gunman" → "A man has been charged", and "was arrested
		 * on Saturday" added) */
		/* and an arrest charged in another ("has been arrested" →
		 * an added "has been charged with her murder") */
		/* and what was done may turn in another ("forced the
		 * evacuation of 2,000 homes" reworded, "Evacuation orders ...
		 * have been lifted" added) */
		if (a != NULL && (a->kind == SW_STATUS_EXPECTED || a->kind == SW_STATUS_MISSING ||
				  a->kind == SW_STATUS_DONE || sw_fd_not_yet(a) || sw_fd_arrest(a) ||
				  sw_status_future_denied(a))) {
			/* what was gone with no turn is told dropped: one missing,
			 * an arrest, a future denied ("would not cut jobs") */
			const gchar *pair_new =
			    a->kind == SW_STATUS_MISSING || sw_fd_arrest(a) || sw_status_future_denied(a) ? sb : NULL;
			sw_fd_status_keep(fd, SW_OLD, g_steal_pointer(&a), sa, oi, pair_new);
			return;
		}
	}
	if (a == NULL && b == NULL)
		return;
	/* one kind is no turn, but for a case that moved on to its outcome
	 * ("was charged with murder" → "was found not guilty of murder"):
	 * an outcome of another family than what the old sentence told */
	if (a != NULL && b != NULL && a->kind == b->kind &&
	    !(a->event != NULL && sw_fd_outcome(b) && !g_str_equal(a->event, b->event)))
		return;
	/* a status that appears or goes in a relative clause is background
	 * ("the ship that blocked the canal was refloated") */
	if ((a == NULL && b->background) || (b == NULL && a->background))
		return;
	/* someone found where no one was missing ("was found with serious
	 * injuries"): news only if another sentence of the old version said
	 * someone missing, which the reading across compares; an arrest or
	 * a charge is read across too, and is news even where nothing was
	 * said missing */
	if (a == NULL && (b->kind == SW_STATUS_FOUND || sw_fd_arrest(b))) {
		sw_fd_status_keep(fd, SW_NEW, g_steal_pointer(&b), sb, ni, NULL);
		return;
	}
	/* one found stays found when a sentence no longer says so ("Man
	 * charged after woman found dead" → "Man remanded in custody over
	 * flat murder") */
	if (b == NULL && a->kind == SW_STATUS_FOUND)
		return;
	/* a status that appears or goes with its event unnamed says little,
	 * but for an outcome that is news wherever it appears: "found
	 * guilty", "jailed", "resigned", "lost the vote" */
	if (a == NULL || b == NULL) {
		const SwStatus *s = a != NULL ? a : b;
		gboolean outcome = b != NULL && sw_fd_outcome(b);
		if (outcome && a == NULL && sw_fd_old_tells(fd, b))
			return;
		if ((s->kind == SW_STATUS_DONE || s->kind == SW_STATUS_EXPECTED) && !outcome) {
			/* another sentence may have told the event ahead
			 * ("are battling the blaze" → a lede's "has been
			 * brought under control"): read across */
			if (b != NULL && b->event != NULL)
				sw_fd_status_keep(fd, SW_NEW, g_steal_pointer(&b), sb, ni, NULL);
			return;
		}
	}
	sw_fd_status_change(fd, a, b, sa, sb);
}

static void
sw_fd_status_item_free(SwFdStatus *s)
{
	sw_status_free(s->status);
	g_free(s);
}

/* the subject of a status phrase at @at, lower case: the word before it
 * ("The bill is expected to pass": "bill"), past a source's words ("the
 * companies said they would apply": "companies") and an auxiliary the
 * phrase left out ("The band has cancelled the concert": "band") */
static gchar *
sw_fd_subject_before(const gchar *sentence, gsize at)
{
	/* and the verb before a status that starts past it ("is in talks
	 * to") */
	static const gchar *const pass[] = {"it",	 "they",      "he",  "she",  "we",  "that", "said", "says",
					    "added", "announced", "has", "have", "had", "now",	"also", "is",
					    "are",   "was",	  "were"};

	for (guint k = 0; k < 5; k++) {
		gsize e = at, b;
		while (e > 0 && sentence[e - 1] == ' ')
			e--;
		b = e;
		while (b > 0 && (g_ascii_isalnum(sentence[b - 1]) || sentence[b - 1] == '-'))
			b--;
		if (b == e)
			return NULL;
		if (!sw_fd_one_of(pass, G_N_ELEMENTS(pass), sentence + b, e - b)) {
			/* the last of several ("Russia and China are close
			 * to signing") or of an of-phrase is not the subject
			 * alone */
			static const gchar *const joins[] = {"and", "or", "of"};
			gsize q = b, l = sw_fd_word_before(sentence, &q);
			if (e - b < 3 || (l > 0 && sw_fd_one_of(joins, G_N_ELEMENTS(joins), sentence + q, l)))
				return NULL;
			return g_ascii_strdown(sentence + b, (gssize)(e - b));
		}
		at = b;
	}
	return NULL;
}

/* the headline and the sentences of the lede, where a story tells its
 * news */
#define SW_FD_LEDE 3

/* is @s one of the new version's lede sentences? */
static gboolean
sw_fd_in_lede(SwFd *fd, const gchar *s)
{
	for (gint k = 0; k < SW_FD_LEDE && fd->diff->new_lines[k] != NULL; k++) {
		if (fd->diff->new_lines[k] == s)
			return TRUE;
	}
	return FALSE;
}

/* "The bill is expected to pass." removed, "The bill passed by 310 votes
 * to 260." added: an added sentence that tells the same subject doing the
 * expected thing in the past tense; it happened */
static void
sw_fd_status_happened(SwFd *fd)
{
	for (guint i = 0; i < fd->status[SW_OLD]->len; i++) {
		const SwFdStatus *a = g_ptr_array_index(fd->status[SW_OLD], i);
		g_autofree gchar *subject = NULL;
		if (a->status->kind != SW_STATUS_EXPECTED && !sw_fd_not_yet(a->status) &&
		    !sw_status_future_denied(a->status))
			continue;
		/* a pronoun's ("It is expected to make landfall") is the
		 * story's own subject where the lede tells it: a sentence of
		 * the new lede may tell it done */
		subject = sw_fd_subject_before(a->sentence, a->status->start);
		if (subject == NULL && a->line >= SW_FD_LEDE)
			continue;
		for (guint j = 0; j < fd->plain_new->len; j++) {
			const gchar *s = g_ptr_array_index(fd->plain_new, j);
			g_autofree gchar *low = g_ascii_strdown(s, -1);
			g_autoptr(SwStatus) b = NULL;
			if ((subject != NULL ? sw_text_find_word(low, subject) == NULL : !sw_fd_in_lede(fd, s)) ||
			    (b = sw_status_done_after(a->status, s)) == NULL)
				continue;
			sw_fd_status_change(fd, a->status, b, a->sentence, s);
			return;
		}
	}
}

/* did the old version tell a status of @event, or the diff a change of
 * it? */
static gboolean
sw_fd_event_told(SwFd *fd, const gchar *event)
{
	for (guint i = 0; i < fd->status[SW_OLD]->len; i++) {
		const SwFdStatus *a = g_ptr_array_index(fd->status[SW_OLD], i);
		if (g_strcmp0(a->status->event, event) == 0)
			return TRUE;
	}
	for (guint k = 0; k < fd->diff->changes->len; k++) {
		const SwChange *c = g_ptr_array_index(fd->diff->changes, k);
		if (g_str_equal(c->kind, "status") && g_strcmp0(c->note, event) == 0)
			return TRUE;
	}
	return FALSE;
}

/* does @b, a status of the new version, tell a day of the week before
 * the version's date ("resigned on Wednesday"): news, where further down
 * a story an outcome is mostly history ("who resigned in 2019")? */
static gboolean
sw_fd_this_week(SwFd *fd, const SwFdStatus *b)
{
	g_autoptr(GPtrArray) facts = NULL;
	const GDate *ref = fd->ref[SW_NEW];

	if (ref == NULL || !g_date_valid(ref))
		return FALSE;
	facts = sw_fd_facts_in_context(fd, b->sentence, SW_NEW, b->line);
	for (guint i = 0; i < facts->len; i++) {
		const SwFact *f = g_ptr_array_index(facts, i);
		GDate day;
		gint ago;
		if (f->kind != SW_FACT_DATE || !sw_fd_parse_day(f->value, &day) || strlen(f->value) != 10)
			continue;
		ago = g_date_days_between(&day, ref);
		if (ago >= 0 && ago < 7)
			return TRUE;
	}
	return FALSE;
}

/* an arrest or a charge the new version tells, where the old one told
 * nothing of a search and no change of the search is told: "status now
 * “was arrested”"; so is an outcome in an added sentence ("has been
 * found guilty" after a jury "retired to consider its verdict", "has
 * declared a critical incident"), or an event called off ("The festival
 * has been cancelled because of the weather") */
static void
sw_fd_status_arrest(SwFd *fd)
{
	for (guint j = 0; j < fd->status[SW_NEW]->len; j++) {
		const SwFdStatus *b = g_ptr_array_index(fd->status[SW_NEW], j);
		/* an outcome at the top of the story, or further down on a
		 * day of this week, not one the old version told in other
		 * words; further down, one told in passing is history ("who
		 * resigned in 2019") */
		if ((sw_fd_arrest(b->status) ||
		     ((sw_fd_outcome(b->status) || sw_fd_called_off(b->status)) &&
		      (b->line < SW_FD_LEDE || (sw_fd_outcome(b->status) && sw_fd_this_week(fd, b))) &&
		      !b->status->background && !sw_fd_old_tells(fd, b->status))) &&
		    !sw_fd_event_told(fd, b->status->event)) {
			sw_fd_status_change(fd, NULL, b->status, NULL, b->sentence);
			return;
		}
	}
}

/* an event told ahead, and in a sentence the new version added, not
 * happening by the same subject: "The firm is expected to bid for the
 * rival" → "The firm has withdrawn from the bidding", when no change of
 * status was told yet */
static void
sw_fd_status_called_off(SwFd *fd)
{
	for (guint k = 0; k < fd->diff->changes->len; k++) {
		if (g_str_equal(((const SwChange *)g_ptr_array_index(fd->diff->changes, k))->kind, "status"))
			return;
	}
	for (guint i = 0; i < fd->status[SW_OLD]->len; i++) {
		const SwFdStatus *a = g_ptr_array_index(fd->status[SW_OLD], i);
		g_autofree gchar *subject = NULL;
		if (a->status->kind != SW_STATUS_EXPECTED ||
		    (subject = sw_fd_subject_before(a->sentence, a->status->start)) == NULL)
			continue;
		for (guint j = 0; j < fd->status[SW_NEW]->len; j++) {
			const SwFdStatus *b = g_ptr_array_index(fd->status[SW_NEW], j);
			g_autofree gchar *other = NULL;
			if (b->status->kind != SW_STATUS_NEGATED ||
			    (other = sw_fd_subject_before(b->sentence, b->status->start)) == NULL ||
			    !g_str_equal(subject, other))
				continue;
			sw_fd_status_change(fd, a->status, b->status, a->sentence, b->sentence);
			return;
		}
	}
}

/* does @b, done, reach what @ahead expected in words of its own family
 * ("will win" → "has won the election", a vote's): its sentence gives
 * the past of the expected verb */
static gboolean
sw_fd_reached(const SwStatus *ahead, const SwFdStatus *b)
{
	g_autoptr(SwStatus) done = NULL;

	if (ahead->kind != SW_STATUS_EXPECTED || b->status->kind != SW_STATUS_DONE)
		return FALSE;
	done = sw_status_done_after(ahead, b->sentence);
	return done != NULL;
}

/* are @a and @b one event across sentences: the same, or a search
 * (whose object a sentence may not name: "The search was suspended") and
 * the finding of people ("The search for the missing climbers
 * resumed"), a sale ahead ("is up for sale") and a thing sold (not a
 * family of words, since a sentence's "sale" would then make its other
 * events a sale), or an inquiry and what it ends in ("is under
 * investigation" → "has been cleared of wrongdoing")? */
static gboolean
sw_fd_same_event(const gchar *a, const gchar *b)
{
	static const gchar *const same[][2] = {{"search", "find"}, {"sale", "sold"}, {"investigation", "verdict"}};

	if (g_strcmp0(a, b) == 0)
		return TRUE;
	for (guint i = 0; i < G_N_ELEMENTS(same); i++) {
		if ((g_strcmp0(a, same[i][0]) == 0 && g_strcmp0(b, same[i][1]) == 0) ||
		    (g_strcmp0(a, same[i][1]) == 0 && g_strcmp0(b, same[i][0]) == 0))
			return TRUE;
	}
	return FALSE;
}

/* across sentences: the event's status on the new side that the old side
 * never gave it */
static void
sw_fd_status_across(SwFd *fd)
{
	GPtrArray *so = fd->status[SW_OLD];
	GPtrArray *sn = fd->status[SW_NEW];
	/* old and new of each event's turn, in pairs */
	g_autoptr(GPtrArray) turns = g_ptr_array_new();

	/* a status told as new in a reworded pair whose event a sentence gone
	 * told otherwise: "A tsunami warning has been issued" gone, "has
	 * lifted a tsunami warning" is its turn, not "status now" */
	for (guint k = 0; k < fd->diff->changes->len; k++) {
		SwChange *c = g_ptr_array_index(fd->diff->changes, k);
		/* a headline's gives way to the lede's turn, below */
		if (!g_str_equal(c->kind, "status") || c->old != NULL || c->note == NULL ||
		    g_strcmp0(c->new_sentence, fd->diff->new_title) == 0)
			continue;
		for (guint i = 0; i < so->len; i++) {
			const SwFdStatus *a = g_ptr_array_index(so, i);
			const gchar *was = sw_status_kind_to_string(a->status->kind);
			if (!sw_fd_same_event(a->status->event, c->note) || g_strcmp0(was, c->new_value) == 0)
				continue;
			c->old = g_strdup(a->status->phrase);
			g_free(c->old_value);
			c->old_value = g_strdup(was);
			g_free(c->old_sentence);
			c->old_sentence = g_strdup(a->sentence);
			g_free(c->phrase);
			c->phrase = g_strdup_printf("status “%s” → “%s”", c->old, c->new);
			break;
		}
	}

	/* one turn for each event a story tells of ("charged with fraud" →
	 * "charges dropped", and "the jury is still deliberating" → "found
	 * Evans guilty"): of each, the new status's event, the best */
	for (guint j = 0; j < sn->len; j++) {
		const SwFdStatus *b = g_ptr_array_index(sn, j);
		const SwFdStatus *a_same_event = NULL;
		gboolean seen = FALSE;
		guint e;
		if (b->status->kind == SW_STATUS_DONE && b->status->event == NULL)
			continue;
		for (guint i = 0; i < so->len; i++) {
			const SwFdStatus *a = g_ptr_array_index(so, i);
			if (!sw_fd_same_event(a->status->event, b->status->event) && !sw_fd_reached(a->status, b))
				continue;
			if (a->status->kind == b->status->kind)
				seen = TRUE;
			else if (a_same_event == NULL)
				a_same_event = a;
		}
		if (seen || a_same_event == NULL)
			continue;
		for (e = 0; e < turns->len; e += 2) {
			const SwFdStatus *had = g_ptr_array_index(turns, e + 1);
			if (sw_fd_same_event(had->status->event, b->status->event))
				break;
		}
		if (e == turns->len) {
			g_ptr_array_add(turns, (gpointer)a_same_event);
			g_ptr_array_add(turns, (gpointer)b);
			continue;
		}
		/* the strongest kind; of one kind, a phrase that names the
		 * event ("no deal"); then the first in the story */
		{
			const SwFdStatus *best_new = g_ptr_array_index(turns, e + 1);
			if (b->status->kind == best_new->status->kind ? b->status->named && !best_new->status->named
								      : b->status->kind > best_new->status->kind) {
				g_ptr_array_index(turns, e) = (gpointer)a_same_event;
				g_ptr_array_index(turns, e + 1) = (gpointer)b;
			}
		}
	}
	if (turns->len > 0) {
		for (guint e = 0; e < turns->len; e += 2) {
			const SwFdStatus *a = g_ptr_array_index(turns, e);
			const SwFdStatus *b = g_ptr_array_index(turns, e + 1);
			sw_fd_status_change(fd, a->status, b->status, a->sentence, b->sentence);
		}
		/* an arrest or an outcome of another event is news besides
		 * ("flights suspended" → "have resumed", and "Two people have
		 * been arrested") */
		sw_fd_status_arrest(fd);
		return;
	}
	sw_fd_status_happened(fd);
	sw_fd_status_called_off(fd);
	sw_fd_status_arrest(fd);
}

/* a person missing whom a reworded pair left unresolved, and no other
 * sentence found: the status was dropped */
static void
sw_fd_status_dropped(SwFd *fd)
{
	for (guint i = 0; i < fd->status[SW_OLD]->len; i++) {
		const SwFdStatus *a = g_ptr_array_index(fd->status[SW_OLD], i);
		gboolean told = FALSE;
		if (a->pair_new == NULL)
			continue;
		for (guint k = 0; k < fd->diff->changes->len && !told; k++) {
			const SwChange *c = g_ptr_array_index(fd->diff->changes, k);
			told = g_str_equal(c->kind, "status") && g_strcmp0(c->old, a->status->phrase) == 0;
		}
		if (!told)
			sw_fd_status_change(fd, a->status, NULL, a->sentence, a->pair_new);
	}
}

/* ---- the run ---- */

static void
sw_fd_item_free(SwFdItem *it)
{
	g_free(it);
}

static void
sw_fd_read_single(SwFd *fd, gint side, gint line)
{
	const gchar *s = sw_fd_line(fd->diff, side, line);
	GPtrArray *facts;
	g_autoptr(GPtrArray) all = NULL;

	/* a notice's times and dates are the notice's, told as such */
	if (s == NULL || *s == '\0' || sw_diff_is_notice(s))
		return;
	facts = sw_fd_facts_of(fd, s, side, line);
	sw_fd_items_add(fd, fd->pool[side], facts, line, s);
	/* the status a sentence come or gone states, read across, and an
	 * arrest or an outcome it tells besides, news wherever it is: "has
	 * been charged with her murder and will appear in court" tells the
	 * charge as well as the hearing */
	all = sw_status_all_of_sentence(s);
	if (all->len == 0 && side == SW_NEW)
		g_ptr_array_add(fd->plain_new, (gpointer)s);
	for (guint i = 0; i < all->len; i++) {
		SwStatus *st = g_ptr_array_index(all, i);
		if (i > 0 && !sw_fd_arrest(st) && !sw_fd_outcome(st))
			continue;
		/* the item holds it now */
		g_ptr_array_index(all, i) = NULL;
		sw_fd_status_keep(fd, side, st, s, line, NULL);
	}
}

/* a reworded pair: cosmetic when the values are the same, else matched */
static gboolean
sw_fd_read_pair(SwFd *fd, gint oi, gint ni)
{
	const gchar *sa = sw_fd_line(fd->diff, SW_OLD, oi);
	const gchar *sb = sw_fd_line(fd->diff, SW_NEW, ni);
	GPtrArray *fa = sw_fd_facts_of(fd, sa, SW_OLD, oi);
	GPtrArray *fb = sw_fd_facts_of(fd, sb, SW_NEW, ni);
	g_autofree gchar *ka = sw_fd_valued_key(sa, fa);
	g_autofree gchar *kb = sw_fd_valued_key(sb, fb);
	guint before = fd->diff->changes->len;

	if (g_str_equal(ka, kb) || sw_fd_typo_only(sa, sb, fa, fb))
		return TRUE;
	if (sw_diff_is_notice(sa) && sw_diff_is_notice(sb))
		return FALSE;
	sw_fd_match_pair(fd, fa, fb, oi, ni, sa, sb);
	/* names swapped where the finders saw none */
	if (fd->diff->changes->len == before)
		sw_fd_renamed(fd, sa, sb, oi, ni);
	sw_fd_status_pair(fd, sa, sb, oi, ni);
	return FALSE;
}

void
sw_factdiff_run(SwDiff *diff, const GDate *old_ref, const GDate *new_ref)
{
	SwFd fd = {.diff = diff, .ref = {old_ref, new_ref}};

	fd.arrays = g_ptr_array_new_with_free_func((GDestroyNotify)g_ptr_array_unref);
	fd.word_sets = g_hash_table_new_full(g_direct_hash, g_direct_equal, NULL,
					     (GDestroyNotify)g_hash_table_unref);
	for (gint side = SW_OLD; side <= SW_NEW; side++) {
		fd.pool[side] = g_ptr_array_new_with_free_func((GDestroyNotify)sw_fd_item_free);
		fd.names[side] = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
		fd.days[side] = g_hash_table_new(g_str_hash, g_str_equal);
		fd.told[side] = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
		fd.status[side] = g_ptr_array_new_with_free_func((GDestroyNotify)sw_fd_status_item_free);
	}
	fd.plain_new = g_ptr_array_new();
	fd.quoted = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
	/* the headline, when it changed other than cosmetically */
	if (diff->old_title != NULL && g_strcmp0(diff->old_title, diff->new_title) != 0 &&
	    !sw_diff_is_cosmetic(diff->old_title, diff->new_title)) {
		if (*diff->old_title == '\0' || *diff->new_title == '\0') {
			sw_fd_read_single(&fd, SW_OLD, -1);
			sw_fd_read_single(&fd, SW_NEW, -1);
		} else {
			sw_fd_read_pair(&fd, -1, -1);
		}
	}
	for (guint k = 0; k < diff->ops->len; k++) {
		SwDiffOp *op = g_ptr_array_index(diff->ops, k);
		switch (op->kind) {
		case SW_DIFF_OP_CHANGED:
			if (!op->cosmetic && sw_fd_read_pair(&fd, op->old_index, op->new_index))
				op->cosmetic = TRUE;
			break;
		case SW_DIFF_OP_ADDED:
			sw_fd_read_single(&fd, SW_NEW, op->new_index);
			break;
		case SW_DIFF_OP_REMOVED:
			sw_fd_read_single(&fd, SW_OLD, op->old_index);
			break;
		case SW_DIFF_OP_EQUAL:
		case SW_DIFF_OP_MOVED:
		case SW_DIFF_OP_SPLIT:
		default:
			break;
		}
	}
	sw_fd_match_across(&fd);
	sw_fd_added_removed(&fd);
	sw_fd_status_across(&fd);
	sw_fd_status_dropped(&fd);
	for (guint k = 0; k < G_N_ELEMENTS(sw_fd_scales); k++) {
		if (sw_fd_scales[k].across)
			sw_fd_scale_across(&fd, &sw_fd_scales[k]);
		else
			sw_fd_scale_by_subject(&fd, &sw_fd_scales[k]);
	}
	sw_fd_now_known_across(&fd);
	sw_fd_lead_across(&fd);
	sw_fd_decision_across(&fd);
	for (gint side = SW_OLD; side <= SW_NEW; side++) {
		g_ptr_array_unref(fd.pool[side]);
		g_hash_table_unref(fd.names[side]);
		g_hash_table_unref(fd.days[side]);
		g_hash_table_unref(fd.told[side]);
		g_ptr_array_unref(fd.status[side]);
		g_free(fd.key[side]);
		g_free(fd.whole[side]);
		g_free(fd.now[side]);
		g_clear_pointer(&fd.story[side], sw_facts_story_free);
		g_clear_pointer(&fd.lines[side], g_hash_table_unref);
	}
	g_ptr_array_unref(fd.plain_new);
	g_hash_table_unref(fd.quoted);
	g_ptr_array_unref(fd.arrays);
	g_hash_table_unref(fd.word_sets);
}
