/* SPDX-License-Identifier: MIT
 *
 * Temporal expressions: found by a table of patterns, valued in TimeML's
 * TIMEX3 notation ("2014-11", "2015-H1", "P2W", "PRESENT_REF") and resolved
 * against a reference date and the tense of their sentence. The rules are
 * data: word lists expanded into patterns ({MONTH}, {NUM}, ...) and, for
 * each pattern, the normaliser that turns its named groups into a value.
 */
#define G_LOG_DOMAIN "storywatch-facts"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "facts-private.h"
#include "sw/regex.h"
#include "sw/status.h"

/* ---- word lists ---- */

static const gchar *const sw_timex_months[] = {
    "january", "february", "march",	"april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december",
};

/* the months as news capitalises them, in full and short (no short
 * "May"), for the patterns of the table and those beside it */
#define SW_TIMEX_MONTH_NAMES                                                                        \
	"January|February|March|April|May|June|July|August|September|October|November|December"
#define SW_TIMEX_MONTH_SHORT "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"

/* the words each macro stands for; names become named groups */
static const struct {
	const gchar *macro;
	const gchar *pattern;
} sw_timex_macros[] = {
    {"{MONTH}",
     "(?<month>(?-i:" SW_TIMEX_MONTH_NAMES "|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|"
     "OCTOBER|NOVEMBER|DECEMBER)\\b|(?-i:" SW_TIMEX_MONTH_SHORT ")\\b\\.?)"},
    {"{DAY}", "(?<day>[0-3]?\\d)(?:st|nd|rd|th)?\\b"},
    {"{YEAR}", "(?<year>(?:1[6-9]|20)\\d\\d)\\b"},
    {"{WEEKDAY}",
     "(?<wd>(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|MONDAY|TUESDAY|"
     "WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)\\b|(?-i:Mon|Tues?|Wed|Thur?s?|Fri|Sat|Sun)\\.)"},
    {"{NUM}",
     /* a quarter of a century, three-quarters of an hour: before "three" */
     "(?<num>(?:a|one|three)[\\s-]+quarters?\\s+of\\s+an?|(?:a|one)\\s+half(?=\\s+centur)|\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+|\\s+1/2)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
     "(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|"
     "seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
     "eighteen|nineteen|a hundred|one hundred|hundred|a few|few|several|some|many|"
     "a couple of|a couple|couple of|a dozen|dozens of|half a dozen|half a|half an|a|an)"},
    {"{UNIT}",
     "(?<unit>seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|quarter[\\s-]centur(?:y|ies)|quarters?|"
     "years?|decades?|centur(?:y|ies)|weekends?|"
     /* written short: "2 hrs", "30 mins", "a 5-yr deal" (sw_timex_group
      * reads them whole) */
     "hrs?|mins?|secs?|yrs?|wks?)"},
    {"{SEASON}", "(?<season>spring|summer|fall|autumn|winter)"},
    /* years as a broadcast says them: nineteen ninety-six, two thousand */
    {"{YEARWORDS}",
     "(?<yw>(?:eighteen|nineteen)[- ](?:hundred(?:[- ]and)?[- ])?(?:(?:twenty|thirty|forty|fifty|"
     "sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|"
     "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)|"
     "two thousand(?:(?:[- ]and)?[- ](?:one|two|three|four|five|six|seven|eight|nine|ten))?)\\b"},
    {"{ORD}", "(?<ord>first|second|third|fourth|1st|2nd|3rd|4th)"},
    /* how a week is named by one of its days */
    {"{WEEKOF}", "(?:of|beginning|starting|commencing|ending|ended|to)\\s+"},
    /* a day's year told from now: "May 4 last year", "4 May of next year" */
    {"{YREL}", ",?\\s+(?:of\\s+)?(?<yrel>last|this|next)\\s+year\\b"},
    /* not "of" something other than a year after a part of one: "the
     * second half of the match", "the fourth quarter of the game", "the
     * first half of October", "the first half of Smith's story" */
    {"{OFOTHER}",
     "(?!\\s+of\\s+(?:the|a|an|this|that|its|his|her|their|our|each|every|january|february|march|"
     "april|may|june|july|august|september|october|november|december)\\b|"
     /* "the first half of Mama Robotnik's story", not "of Fiscal 2020" */
     "\\s+of\\s+(?-i:[A-Z][a-z]+)\\b(?!\\s+\\d))"},
    {"{MOD}",
     "(?:(?<mod>about|around|nearly|almost|{MORETHAN}|at least|at most|some|"
     "roughly|over|under|up to|just|only|barely|a full|the|another|an additional|the last|"
     "the first)\\s+)?"},
    /* a bound on a time, but not after a share, where it compares: "9%
     * more than a year earlier" (after {MOD}, which holds it) */
    {"{MORETHAN}", "(?<![%\\d]\\s)(?<!cent\\s)(?<!times\\s)(?:more|less)\\s+than"},
};

/* ---- the rules ---- */

typedef struct _SwTimexRule SwTimexRule;

/* how an expression leans on the day the story last named */
typedef enum {
	SW_TIMEX_TOLD_NONE,
	SW_TIMEX_TOLD_DAY,   /* "the next day": no fact when no day is named */
	SW_TIMEX_TOLD_CLOCK, /* "at 10 p.m.": that day's, else the reference's */
	SW_TIMEX_TOLD_MDAY,  /* "on the 16th" (day @shift): of the month just named, else its own */
	SW_TIMEX_TOLD_WEEKDAY, /* "the following Monday" (@shift the ISO weekday, negative for
				* "the previous"): after or before the day just named, else its own */
} SwTimexTold;

typedef struct {
	SwFactsCtx *ctx;
	const SwTimexRule *rule;
	GMatchInfo *m;
	gsize start;
	gsize end;
	const gchar *type;
	gchar *value;
	/* a time told from the story's last day, valued once every date is
	 * found (sw_timex_resolve_told): @shift days after it */
	SwTimexTold told;
	gint shift;
} SwTimexMatch;

typedef gboolean (*SwTimexNorm)(SwTimexMatch *tm);

struct _SwTimexRule {
	const gchar *pattern;
	SwTimexNorm norm;
	guint need; /* SwTimexCue bits: the rule can only match where one is present */
	guint lead; /* the most words a match holds before its first @need cue (sw_facts_scan) */
};

static gboolean sw_timex_norm_iso(SwTimexMatch *tm);
static gboolean sw_timex_norm_numeric(SwTimexMatch *tm);
static gboolean sw_timex_norm_calendar(SwTimexMatch *tm);
static gboolean sw_timex_norm_week_of(SwTimexMatch *tm);
static gboolean sw_timex_norm_range_day(SwTimexMatch *tm);
static gboolean sw_timex_norm_month(SwTimexMatch *tm);
static gboolean sw_timex_norm_weekday(SwTimexMatch *tm);
static gboolean sw_timex_norm_year(SwTimexMatch *tm);
static gboolean sw_timex_norm_year_range(SwTimexMatch *tm);
static gboolean sw_timex_norm_decade(SwTimexMatch *tm);
static gboolean sw_timex_norm_dayword(SwTimexMatch *tm);
static gboolean sw_timex_norm_part_of_day(SwTimexMatch *tm);
static gboolean sw_timex_norm_relative(SwTimexMatch *tm);
static gboolean sw_timex_norm_span(SwTimexMatch *tm);
static gboolean sw_timex_norm_ago(SwTimexMatch *tm);
static gboolean sw_timex_norm_duration(SwTimexMatch *tm);
static gboolean sw_timex_norm_vague_duration(SwTimexMatch *tm);
static gboolean sw_timex_norm_quarter(SwTimexMatch *tm);
static gboolean sw_timex_norm_quarter_rel(SwTimexMatch *tm);
static gboolean sw_timex_norm_half(SwTimexMatch *tm);
static gboolean sw_timex_norm_week_after_weekday(SwTimexMatch *tm);
static gint sw_timex_ordinal(const gchar *ord);
static gboolean sw_timex_norm_season(SwTimexMatch *tm);
static gboolean sw_timex_norm_ref(SwTimexMatch *tm);
static gboolean sw_timex_norm_nth_day(SwTimexMatch *tm);
static gboolean sw_timex_norm_month_day(SwTimexMatch *tm);
static gboolean sw_timex_norm_nth_of_month(SwTimexMatch *tm);
static gboolean sw_timex_norm_weekday_of_week(SwTimexMatch *tm);
static gint sw_timex_ordinal(const gchar *ord);
static void sw_timex_shift_day(GDate *d, gint shift);
static gboolean sw_timex_norm_set(SwTimexMatch *tm);
static gboolean sw_timex_norm_clock(SwTimexMatch *tm);
static gboolean sw_timex_norm_month_of_year(SwTimexMatch *tm);
static gboolean sw_timex_norm_spelled_year(SwTimexMatch *tm);
static gboolean sw_timex_norm_century(SwTimexMatch *tm);
static gboolean sw_timex_norm_after_next(SwTimexMatch *tm);
static gboolean sw_timex_norm_fy2(SwTimexMatch *tm);
static gboolean sw_timex_norm_year_ago_period(SwTimexMatch *tm);
static gboolean sw_timex_norm_this_unit(SwTimexMatch *tm);
static gboolean sw_timex_norm_weekday_set(SwTimexMatch *tm);
static gboolean sw_timex_norm_quarter_of_year(SwTimexMatch *tm);
static gboolean sw_timex_norm_holiday(SwTimexMatch *tm);
static gboolean sw_timex_norm_period_ended(SwTimexMatch *tm);
static gboolean sw_timex_norm_told_day(SwTimexMatch *tm);
static gboolean sw_timex_norm_period_code(SwTimexMatch *tm);
static gboolean sw_timex_norm_long(SwTimexMatch *tm);
static gboolean sw_timex_norm_told(SwTimexMatch *tm, const gchar *unit, gint shift);

static const SwTimexRule sw_timex_rules[] = {
    /* 2014-10-24, 2014-10-24T10:30 */
    {"\\b(?<y>\\d{4})-(?<m>\\d{2})-(?<d>\\d{2})(?:T(?<H>\\d{2}):(?<M>\\d{2}))?\\b", sw_timex_norm_iso, SW_CUE_YEARNUM, 0},
    /* 10/24/2014; 24/10/2014, day first where the day cannot be a month;
     * 12.11.2024, day first always, as only day-first writers use stops */
    {"\\b(?:(?<m>1[0-2]|0?[1-9])/(?<d>3[01]|[12]\\d|0?[1-9])/(?<y>\\d{4}|\\d{2})|"
     "(?<d2>3[01]|2\\d|1[3-9])/(?<m2>1[0-2]|0?[1-9])/(?<y2>\\d{4})|"
     "(?<d3>3[01]|[12]\\d|0?[1-9])\\.(?<m3>1[0-2]|0?[1-9])\\.(?<y3>\\d{4}))\\b(?!\\.\\d)",
     sw_timex_norm_numeric, SW_CUE_DIGIT, 0},
    /* Friday, Oct. 24, 2014; October 24 2014; Oct. 24; last Oct. 23 */
    {"\\b(?:(?<rel>this past|last|next|this coming)\\s+)?(?:{WEEKDAY},?\\s+)?{MONTH}\\s+{DAY}(?:,?\\s+{YEAR}|{YREL})?(?!:\\d|\\s*(?:%|percent))",
     sw_timex_norm_calendar, SW_CUE_MONTH, 3},
    /* the second day of a range, "April 24-25", "Nov. 3 and 4": a date of
     * its own, in the first day's month and year (\\K starts the match
     * at it) */
    {"\\b{MONTH}\\s+(?<yday>[0-3]?\\d)(?:st|nd|rd|th)?(?:\\s*(?<dash>-|\u2013|to|through)\\s*|\\s+(?:and|or)\\s+)"
     "\\K{DAY}(?:,?\\s+{YEAR})?(?!:\\d|\\.\\d|\\s*(?:%|percent|a\\.m|p\\.m|[ap]m\\b))",
     sw_timex_norm_range_day, SW_CUE_MONTH, 0},
    /* the week of March 6, the week beginning 3 November, the week
     * ending Oct. 18: the week that holds the day */
    {"\\bthe\\s+week\\s+{WEEKOF}(?:{WEEKDAY},?\\s+)?{MONTH}\\s+{DAY}(?:,?\\s+{YEAR})?(?!:\\d|\\s*(?:%|percent))",
     sw_timex_norm_week_of, SW_CUE_MONTH, 6},
    {"\\bthe\\s+week\\s+{WEEKOF}(?:{WEEKDAY},?\\s+)?(?:the\\s+)?{DAY}\\s+(?:of\\s+)?{MONTH}(?:,?\\s+{YEAR})?",
     sw_timex_norm_week_of, SW_CUE_MONTH, 7},
    /* the first week of March, the last Sunday in May, the final weekend
     * of the month: a week, weekend or day counted within a month */
    {"\\bthe\\s+(?<nth>first|second|third|fourth|last|final)\\s+(?:(?<unit>week|weekend|day)|{WEEKDAY})\\s+"
     "(?:of|in)\\s+(?:{MONTH}(?:,?\\s+{YEAR})?|(?<mrel>this|next|last|the)\\s+month\\b|"
     "(?<yrel>this|next|last|the)\\s+year\\b|(?<yy>(?:1[6-9]|20)\\d\\d)\\b)",
     sw_timex_norm_nth_of_month, SW_CUE_MONTH | SW_CUE_UNIT | SW_CUE_YEARNUM, SW_LEAD_ZONE},
    /* the first day of a range, "10 to 12 November", or of a list, "12,
     * 13 and 14 March": in the last day's month and year */
    {"\\b{DAY}(?=(?:\\s*,\\s*[0-3]?\\d(?:st|nd|rd|th)?)*(?:\\s*(?<dash>-|\u2013|to|through)\\s*|,?\\s+(?:and|or)\\s+)"
     "(?<yday>[0-3]?\\d)(?:st|nd|rd|th)?\\s+(?:of\\s+)?"
     "{MONTH}(?:,?\\s+{YEAR})?)",
     sw_timex_norm_range_day, SW_CUE_MONTH, 6},
    /* 24 October 2014; the 24th of October */
    {"\\b(?:{WEEKDAY},?\\s+)?(?:the\\s+)?{DAY}\\s+(?:of\\s+)?{MONTH}(?:,?\\s+{YEAR}|{YREL})?",
     sw_timex_norm_calendar, SW_CUE_MONTH, 4},
    /* November 2014, late November 2014 */
    {"\\b(?:(?<part>early|mid|late)[- ])?{MONTH},?\\s+(?:of\\s+)?{YEAR}", sw_timex_norm_calendar, SW_CUE_MONTH, 1},
    /* July last year, January of next year */
    {"\\b{MONTH},?\\s+(?:of\\s+)?(?<rel>last|this|next)\\s+year\\b", sw_timex_norm_month_of_year, SW_CUE_MONTH, 0},
    /* January nineteen ninety-seven */
    {"\\b{MONTH},?\\s+{YEARWORDS}", sw_timex_norm_spelled_year, SW_CUE_MONTH, 0},
    /* nineteen ninety-six, the year two thousand */
    {"\\b(?:the\\s+year\\s+)?{YEARWORDS}(?!\\s+(?:years|people|troops|dollars|soldiers|men|"
     "women|miles|feet|tons|of\\b|more))",
     sw_timex_norm_spelled_year, SW_CUE_YEARWORD, SW_LEAD_ZONE},
    /* the 20th century, the eleventh century */
    {"\\b(?:the\\s+)?(?:(?<part>early|mid|late)[- ])?(?<cent>\\d{1,2})(?:st|nd|rd|th)[\\s-]+century\\b",
     sw_timex_norm_century, SW_CUE_CENTURY, SW_LEAD_ZONE},
    /* the nineties */
    {"\\bthe\\s+(?:(?<part>early|mid|late)[- ])?(?<decw>twenties|thirties|forties|fifties|sixties|"
     "seventies|eighties|nineties)\\b",
     sw_timex_norm_decade, SW_CUE_DECADE, SW_LEAD_ZONE},
    /* the year, the quarter, the weekend, the day: this one */
    {"\\bthe\\s+(?:(?<full>full|fiscal|full fiscal|calendar)\\s+)?(?<unit>year|quarter|month|week|"
     "weekend)\\b(?!\\s*(?:-|of\\b|before|after|ago|earlier|later|ended|ending|to\\s+date|"
     "to\\s+(?-i:[JFMASOND][a-z]{2})))",
     sw_timex_norm_this_unit, SW_CUE_UNIT, 3},
    /* the year ended March 31, the quarter ended Sept. 30: a reporting period */
    {"\\bthe\\s+(?:fiscal\\s+)?(?<unit>year|quarter)(?=\\s+(?:end(?:ed|ing)\\b|to(?=\\s+(?-i:[JFMASOND][a-z]{2})))(?:\\s+{MONTH})?)",
     sw_timex_norm_period_ended, SW_CUE_UNIT, 2},
    /* the end of the month, year-end, the end of the year */
    {"\\b(?:the\\s+)?(?:(?<edge>end|beginning|start|middle|rest|remainder)\\s+of\\s+the\\s+"
     "(?<unit>year|month|quarter|week|day|decade|century|financial year|fiscal year|tax year)|(?<ye>year)(?:[- ]|['\u2019]s\\s+)end)\\b",
     sw_timex_norm_this_unit, SW_CUE_UNIT, 5},
    /* November, last November, the end of November */
    {"\\b(?:(?<rel>this past|last|this|next|past|coming)\\s+|(?<part>early|mid|late)[- ]|"
     "(?:the\\s+)?(?<edge>end|beginning|start|middle)\\s+of\\s+)?(?>{MONTH})(?!\\s*\\d)",
     sw_timex_norm_month, SW_CUE_MONTH, 3},
    /* weekdays, every weekend: a set */
    {"\\b(?<wk>(?:every|each)\\s+week(?:day|end)|(?-i:weekdays|weekends))\\b", sw_timex_norm_weekday_set,
     SW_CUE_SET, 1},
    /* on Mondays, each Thursday, Tuesday nights: a set */
    {"\\b(?:(?<each>every|each)\\s+{WEEKDAY}(?:\\s+(?<pod>morning|afternoon|evening|night))?|"
     "(?<wds>(?-i:Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays))|"
     "(?<wdn>(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\\s+(?<podn>mornings|"
     "afternoons|evenings|nights)|(?:every|each)\\s+{MONTH})\\b",
     sw_timex_norm_weekday_set, SW_CUE_WEEKDAY | SW_CUE_MONTH, 1},
    /* a week from Monday, two weeks on Friday, Monday week (British): a
     * week (or more) after the weekday */
    {"\\b(?<n>a|one|two|three)\\s+(?:weeks?|(?<fn>fortnights?))\\s+(?:from|on)\\s+{WEEKDAY}",
     sw_timex_norm_week_after_weekday, SW_CUE_WEEKDAY, 4},
    {"\\b{WEEKDAY}\\s+(?-i:week|(?<fn>fortnight))(?![\\w'\u2019-]|\\s+(?:of|on|in|to)\\b)",
     sw_timex_norm_week_after_weekday, SW_CUE_WEEKDAY, 0},
    /* a week today, a fortnight tomorrow (British): from that day; a
     * week yesterday, before it */
    {"\\b(?<n>a|one|two|three)\\s+(?:weeks?|(?<fn>fortnights?))\\s+(?<dw>today|tomorrow|yesterday)\\b",
     sw_timex_norm_week_after_weekday, SW_CUE_DAYWORD, 3},
    /* Tuesday last week, Monday of next week: a day of a week told from now */
    {"\\b{WEEKDAY},?\\s+(?:of\\s+)?(?<wrel>last|next|this)\\s+week\\b", sw_timex_norm_weekday_of_week, SW_CUE_WEEKDAY, 0},
    /* Friday, last Friday, Friday's, Friday night */
    {"\\b(?:(?<rel>this past|last|this|next|coming|past|the previous|the following)\\s+)?{WEEKDAY}"
     "(?:\\s+(?<pod>morning|afternoon|evening|night))?",
     sw_timex_norm_weekday, SW_CUE_WEEKDAY, 2},
    /* 1998, fiscal 1990, mid-1998, early 1990, the end of 1990 */
    {"(?:(?<![$#\\d.,/-])|(?<=\\bpre-|\\bpost-))\\b(?:(?:the\\s+)?(?<edge>end|beginning|start|middle)\\s+of\\s+)?"
     "(?:(?<fiscal>fiscal(?:\\s+year)?\\s+|(?-i:FY)\\s?))?(?:(?<part>early|mid|late)[- ])?"
     /* "1900 GMT" and "0600 hours" are clock times */
     "{YEAR}(?!\\s*(?:%|percent|per cent)|[.,]\\d|-\\d|\\s*(?-i:GMT|UTC|Z|[ECMP][SD]T|CES?T|BST)\\b|"
     "\\s+hours\\b)",
     sw_timex_norm_year, SW_CUE_YEARNUM, 6},
    /* 2028-29, 2015-2019, the 2014/15 season: the first year and the
     * last, each a date, as the days of "Nov. 3-4" are */
    {"(?:(?<![$#\\d.,/-])|(?<=\\bpre-|\\bpost-))\\b(?:(?<fiscal>fiscal(?:\\s+year)?\\s+|(?-i:FY)\\s?))?"
     "(?<y1>(?:1[6-9]|20)\\d\\d)(?=[-\u2013/](?<y2>\\d\\d(?:\\d\\d)?)\\b(?![-/.:,]\\d))",
     sw_timex_norm_year_range, SW_CUE_YEARNUM, 2},
    {"(?<![$#\\d.,/-])\\b(?<y1>(?:1[6-9]|20)\\d\\d)[-\u2013/]\\K(?<y2>\\d\\d(?:\\d\\d)?)\\b(?![-/.:,]\\d)",
     sw_timex_norm_year_range, SW_CUE_YEARNUM, 0},
    /* the 1990s, the early '90s */
    {"\\b(?:the\\s+)?(?:(?<part>early|mid|late)[- ])?(?:(?<dec>(?:1[6-9]|20)\\d)0|'(?<dec2>\\d)0)'?s\\b",
     sw_timex_norm_decade, SW_CUE_DIGIT, 2},
    /* yesterday, today, tonight; "today's world", "today's youth" are
     * our times, no day */
    {"\\b(?<word>the day before yesterday|the day after tomorrow|yesterday|today|tomorrow|"
     "tonight)(?!['\u2019]s\\s+(?:world|youth|society|generation|generations|young|children|kids|"
     "teenagers|teens|parents|families|students|workers|consumers|economy|culture|technology|"
     "standards|personal|modern|global|politics|media)\\b)\\b",
     sw_timex_norm_dayword, SW_CUE_DAYWORD, SW_LEAD_ZONE},
    /* this morning, yesterday afternoon, last night */
    {"\\b(?<rel>this|yesterday|tomorrow|last|early this|late this)\\s+"
     "(?<pod>morning|afternoon|evening|night)\\b",
     sw_timex_norm_part_of_day, SW_CUE_POD, 2},
    /* mid-afternoon, late morning, mid-afternoon yesterday: a part of
     * the day the story tells of */
    {"\\b(?:early|late|mid)[- ]?(?<pod>morning|afternoon|evening)(?:\\s+(?<rel>yesterday|today|tomorrow))?\\b",
     sw_timex_norm_part_of_day, SW_CUE_POD, 1},
    /* last week, this year, earlier this month, the end of next year; a
     * quoted title is a programme ("ABC's \"This Week\"") */
    {"\\b(?!(?<=[\"\u201c])(?-i:(?:This|Next|Last)\\s+(?:Week|Month|Year))\\b)"
     "(?:(?<part>early|late|later|earlier|the end of|the beginning of|the start of|"
     "the middle of|the rest of|the remainder of)\\s+)?(?<rel>this past|this coming|last|this|next|the current|"
     "the same|the coming|the previous|the following|that|(?<=of )the next|"
     "the new(?=\\s+year\\b(?!['\u2019]s)))\\s+(?<unit>week|weekend|month|year|"
     "quarter|decade|century|fiscal year|financial year|tax year)\\b",
     sw_timex_norm_relative, SW_CUE_UNIT, 6},
    /* the next day, that morning, earlier that day, the day before: a day
     * told from the last one the story named */
    {"\\b(?:(?<part>earlier|later)\\s+)?(?<rel>the next|the following|the previous|the same|"
     "that same|that)\\s+(?<pod>day|morning|afternoon|evening|night)\\b(?!\\s+(?:of|before|after|in)\\b)|"
     "\\bthe\\s+(?:day|night)\\s+(?<ba>before|after)(?=\\s*[,.;:])",
     sw_timex_norm_told_day, SW_CUE_UNIT | SW_CUE_POD, 3},
    /* the past three years, the next few months, the first six months */
    {"\\b(?:the\\s+)?(?<rel>past|last|next|coming|previous|following|first|final|latest)\\s+"
     "{NUM}\\s+{UNIT}\\b",
     sw_timex_norm_span, SW_CUE_UNIT, 5},
    /* the past year, the last week: a span, not the calendar unit */
    {"\\bthe\\s+(?<rel>past|last|previous|coming|next)\\s+(?<unit>day|week|fortnight|month|year|decade|"
     "century|quarter-century|quarter)\\b",
     sw_timex_norm_span, SW_CUE_UNIT, 2},
    /* two weeks ago, a year earlier, 11 days later, a year before (when
     * nothing follows: "up 9% on a year before"); months ago, just weeks
     * ago (no number: some time before now) */
    {"\\b(?:(?<mod>about|nearly|almost|{MORETHAN}|some|roughly|just|only|barely|mere)\\s+)?"
     "(?:{NUM}\\s+)?{UNIT}(?:(?:\\s+or\\s+(?:so|(?<ornum>two|three|2|3)(?=\\s+(?:ago|from\\s+now|hence)\\b)))?"
     "\\s+(?<dir>ago|earlier|later|from now|hence|"
     "before(?=\\s*(?:[,.;:)]|$)))\\b|"
     /* in two weeks' time, in a month's time */
     "['\u2019]s?\\s+(?<intime>time)\\b)",
     sw_timex_norm_ago, SW_CUE_AGO, 9},
    /* the week after next */
    {"\\bthe\\s+(?<unit>week|weekend|month|year)\\s+(?:after\\s+next|(?<bl>before\\s+last))\\b",
     sw_timex_norm_after_next, SW_CUE_UNIT, 1},
    /* FY16, FY'16 */
    {"\\b(?-i:FY)['\u2019]?(?<fy2>\\d\\d)\\b", sw_timex_norm_fy2, SW_CUE_DIGIT, 0},
    /* two weeks, a five-year, at least 30 days, 16-hour; a quoted title
     * is a programme (CBS's "60 Minutes") */
    {"\\b(?!(?<=[\"\u201c'`])\\d+\\s+(?-i:Minutes|Hours|Days|Weeks|Years)\\b){MOD}{NUM}(?<halfnum>[\\s-]+and[\\s-]+a[\\s-]+half)?[\\s-]+(?:(?:more|additional|extra|further|consecutive|straight|successive|"
     "full|whole|working|business|trading)\\s+)?{UNIT}(?<half>\\s+and\\s+a\\s+half)?"
     /* not a compound's first word: "a second-half goal", "a
      * second-round match" */
     "(?:[\\s-]+(?<old>long|olds?))?\\b(?!-\\w)",
     sw_timex_norm_duration, SW_CUE_UNIT, 10},
    /* a day-long meeting, a decades-long feud */
    {"\\b(?<unit>hours?|days?|weeks?|months?|years?|decades?|centur(?:y|ies))-long\\b",
     sw_timex_norm_long, SW_CUE_UNIT, 0},
    /* for years, in recent months, over the decades */
    {"\\b(?:(?<lead>for|over|in|within|after|during)\\s+)(?:(?<q>many|several|the past|the last|"
     "recent|the coming|coming|future|the|those|these)\\s+)?(?<unit>years|months|quarters|decades|"
     "centuries|weeks|days|hours|minutes)\\b",
     sw_timex_norm_vague_duration, SW_CUE_UNIT, 3},
    /* the third quarter (of 1998), third-quarter, the fourth quarter of fiscal 1990;
     * not "the fourth quarter of the game", nor "the second quarter in a
     * row", which counts quarters */
    {"\\b(?:the\\s+)?{ORD}[\\s-]+quarter(?:\\s+(?:of\\s+)?(?:{YEAR}|(?<rel>this|last|next)\\s+year|"
     "fiscal\\s+(?<fy>\\d{4})|(?<=of )the\\s+(?:fiscal\\s+)?year))?\\b{OFOTHER}(?!\\s+in\\s+a\\s+row\\b)",
     sw_timex_norm_quarter, SW_CUE_UNIT, 2},
    /* Q3, Q3 2014, H1 2015: a quarter or a half by its code */
    {"\\b(?-i:(?<code>[QH])(?<n>[1-4]))(?:[\\s/-]*{YEAR})?(?![\\w-])",
     sw_timex_norm_period_code, SW_CUE_DIGIT, 0},
    /* 2H15, 3Q14, 1H 2015: the number first */
    {"\\b(?-i:(?<n>[1-4])(?<code>[QH]))\\s?(?<yy>\\d\\d(?:\\d\\d)?)\\b",
     sw_timex_norm_period_code, SW_CUE_DIGIT, 0},
    /* the same quarter a year ago, the corresponding period last year */
    {"\\b(?:the|that)\\s+(?:(?:same|corresponding|comparable|year-ago|year-earlier)\\s+)?(?<unit>quarter|period)\\s+"
     "(?:a\\s+year\\s+(?:ago|earlier)|(?:of\\s+)?last\\s+year|(?:of\\s+)?the\\s+previous\\s+year)\\b",
     sw_timex_norm_year_ago_period, SW_CUE_UNIT, 6},
    /* the July-September quarter: a quarter by its months */
    {"\\b(?:the\\s+)?(?<qm1>(?-i:Jan(?:uary)?|Apr(?:il)?|Jul(?:y)?|Oct(?:ober)?))\\.?[-\u2013/]"
     "(?<qm2>(?-i:Mar(?:ch)?|June?|Sept?(?:ember)?|Dec(?:ember)?))\\.?\\s+(?:quarter|period)"
     "(?:\\s+(?:of\\s+)?{YEAR})?",
     sw_timex_norm_quarter, SW_CUE_MONTH, 1},
    /* the 1988 second quarter */
    {"\\b(?:the\\s+)?{YEAR}\\s+{ORD}[\\s-]+quarter\\b", sw_timex_norm_quarter, SW_CUE_UNIT, 3},
    /* this year's third quarter, last year's quarter, the 1989 period,
     * fiscal 1990's first quarter */
    {"\\b(?:(?<rel>this|last|next)\\s+year['\u2019]s|(?:the\\s+|(?:fiscal\\s+)?(?=\\d{4}['\u2019]s\\s)){YEAR}"
     "(?:['\u2019]s)?)\\s+(?:{ORD}[\\s-]+)?(?:fiscal\\s+)?(?:quarter|period)\\b",
     sw_timex_norm_quarter_of_year, SW_CUE_UNIT | SW_CUE_PERIOD, 5},
    /* the latest quarter, the (comparable) year-earlier period, year-ago */
    {"\\b(?:(?:the\\s+)?(?:(?:comparable|corresponding)\\s+)?(?<which>latest|recent|current|previous|year-earlier|year-ago|same)\\s+"
     "(?:(?<qord>first|second|third|fourth)\\s+)?(?:fiscal\\s+)?(?:quarter|period)|"
     "(?<bare>year-earlier|year-ago|a year earlier))\\b",
     sw_timex_norm_quarter_rel, SW_CUE_UNIT | SW_CUE_PERIOD, 4},
    /* the first half of 2015, the second half, "first-half profit" */
    /* (not "the second half of the match" or "of the decade": a half
     * of something else) */
    {"\\b(?:the\\s+)?(?<ord>first|second|1st|2nd|last|latter)[\\s-]+half(?:\\s+of\\s+(?:(?:fiscal\\s+)?{YEAR}|"
     "(?<rel>this|last|next)\\s+year|the\\s+(?:fiscal\\s+)?year))?\\b{OFOTHER}",
     sw_timex_norm_half, SW_CUE_HALF, SW_LEAD_ZONE},
    /* 2013's second half, fiscal 1990's first half */
    {"\\b(?:fiscal\\s+)?{YEAR}['\u2019]s\\s+(?<ord>first|second|1st|2nd|last|latter)\\s+half\\b",
     sw_timex_norm_half, SW_CUE_HALF, 4},
    /* the first two quarters of 1990: its first half */
    {"\\b(?:the\\s+)?(?<ord>first|last|latter)\\s+two\\s+quarters\\s+of\\s+(?:{YEAR}|(?<rel>this|last|next)"
     "\\s+year|the\\s+year)\\b",
     sw_timex_norm_half, SW_CUE_UNIT, 3},
    /* Thanksgiving, last Christmas, Easter week, Election Day 1998 */
    {"\\b(?:(?<rel>this past|last|next|this coming|this|the coming)\\s+)?(?<hol>(?-i:New Year['’]s Day|"
     "New Year['’]s Eve|New Year['’]s|Valentine['’]s Day|St\\.? Patrick['’]s Day|"
     "Saint Patrick['’]s Day|Fourth of July|Halloween|Veterans['’]? Day|Christmas Eve|"
     "Christmas Day|Christmas|Boxing Day|Martin Luther King(?: Jr\\.)? Day|Presidents['’]? Day|"
     "Mother['’]s Day|Father['’]s Day|Labor Day|Memorial Day|Thanksgiving(?: Day)?|"
     "Election Day|Easter(?: Sunday| Monday)?|Good Friday|Ash Wednesday|Pentecost|Black Friday|Cyber Monday))\\b"
     "(?:\\s+(?<week>(?-i:week|weekend))\\b)?(?:,?\\s+(?:of\\s+)?{YEAR})?",
     sw_timex_norm_holiday, SW_CUE_HOLIDAY, SW_LEAD_ZONE},
    /* the summer, last fall, summer 1998 */
    {"\\b(?:(?<rel>this past|this|last|next|the|early|late|the coming|the past)\\s+)?{SEASON}"
     "(?:\\s+(?:of\\s+)?(?:{YEAR}|{YEARWORDS})|\\s+of\\s+(?<yrel>last|this|next)\\s+year)?\\b",
     sw_timex_norm_season, SW_CUE_SEASON, SW_LEAD_ZONE},
    /* now, currently, recently, the future, someday */
    {"\\b(?<ref>right now|now|currently|nowadays|at present|presently|these days|"
     "at the moment|recently|lately|formerly|the past|the future|the near future|someday)\\b"
     "(?!\\s+(?:\\d|few|several|two|three|four|five|six|seven|eight|nine|ten|year|month|week|"
     "decade|day|century))",
     sw_timex_norm_ref, SW_CUE_REF, SW_LEAD_ZONE},
    /* the near term, a later date: a time ahead, as a noun ("the
     * long-term debt" is a kind of debt) */
    {"\\b(?<ref>the\\s+(?:near|short|long)[\\s-]term|a\\s+(?:later|future)\\s+date)\\b"
     "(?=\\s*(?:[.,;:)\"'\u201d\u2019]|$)|\\s+(?:and|or|but|as|is|are|was|were|will|would|to|in|of|for|"
     "than|because|if|when)\\b)",
     sw_timex_norm_ref, SW_CUE_REF, SW_LEAD_ZONE},
    /* "today is the eighth day of the strike", "it's the second day of
     * an offensive": the day counted is the reference's */
    {"\\b(?:is|['\u2019]s)\\s+\\K(?:the\\s+)?(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
     "tenth|\\d{1,3}(?:st|nd|rd|th))\\s+(?:straight\\s+|consecutive\\s+|full\\s+)?day(?=\\s+(?:of|in|since)\\b)",
     sw_timex_norm_nth_day, SW_CUE_UNIT, 4},
    /* "set for the 16th", "on the 3rd.": a day of this month or a month
     * next to it; not "the 16th floor" or "the 16th century" */
    {"\\b(?:on|for|by|until|till|since|before|after|from)\\s+\\Kthe\\s+(?<mday>3[01]|[12]\\d|[1-9])"
     "(?:st|nd|rd|th)\\b(?=\\s*(?:[.,;:)]|$)|\\s+(?:and|or|when|at)\\b)",
     sw_timex_norm_month_day, SW_CUE_ORDINAL, SW_LEAD_ZONE},
    /* every day, each year, daily, twice a week */
    {"\\b(?:(?:every|each|per)\\s+(?:(?<every>other|two|three|four|five|six|seven|eight|nine|ten|"
     "eleven|twelve|\\d+)\\s+)?(?<unit>second|"
     "minute|hour|day|night|week|month|quarter|year|morning|afternoon|evening|weekend)s?|"
     "(?:every|each)\\s+(?<season>spring|summer|fall|autumn|winter)|"
     "(?-i:(?=[a-z]))(?<adv>hourly|daily|nightly|weekly|biweekly|monthly|quarterly|yearly|annually)"
     /* an adverb, not an adjective ("daily life", "the daily Granma"):
      * what follows ends the clause or starts a phrase; in capitals it
      * names a paper ("Publishers Weekly") */
     "(?=\\s*(?:[.,;:)]|$|(?:and|or|in|on|at|for|since|to|outside|inside|across|around|through|"
     "throughout|with|from|by|until|over|during|near|before|after|as|except|including)\\b))|"
     /* interest paid per annum */
     "\\bper\\s+(?<annum>annum)|"
     /* on a daily basis */
     "\\bon\\s+an?\\s+\\K(?<badv>hourly|daily|weekly|monthly|quarterly|yearly|annual)(?=\\s+basis\\b)|"
     "(?<times>(?:(?:once|twice)\\s+or\\s+)?(?:once|twice|thrice|(?:two|three|four|five|six|seven|eight|"
     "nine|ten|a few|a couple of|several|many|\\d+)\\s+times))\\s+(?:a|an|per)\\s+"
     "(?<per>second|minute|hour|day|week|month|quarter|year))\\b",
     sw_timex_norm_set, SW_CUE_SET, 3},
    /* 4 in the morning, 9 o'clock in the evening */
    {"\\b(?:at|by|until|till|around|about|before|after|from|since|to)\\s+\\K"
     "(?<hpod>1[0-2]|[1-9])(?:\\s+o['\u2019]clock)?\\s+in\\s+the\\s+(?<pod>morning|afternoon|evening)\\b",
     sw_timex_norm_clock, SW_CUE_POD, 5},
    /* half past nine, a quarter to midnight, ten past six: after a word
     * that sets a time (not "from": "from five to ten" is a span), and
     * before an end, a day or a word of the clock */
    {"\\b(?:at|by|until|till|around|about|before|after)\\s+(?:(?:about|around|roughly|just)\\s+)?\\K"
     "(?:a\\s+)?(?<frac>half|quarter|twenty-five|twenty|ten|five)\\s+(?<cdir>past|to)\\s+"
     "(?<hw>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|1[0-2]|[1-9]|noon|midnight)"
     "(?=\\s*[.,;:)!?]|\\s*$|\\s+(?:a\\.m|p\\.m|am|pm|o['\u2019]clock|in|on|at|that|this|last|yesterday|today|"
     "tomorrow|tonight|and|or|when|as|local|GMT|BST)\\b)",
     sw_timex_norm_clock, SW_CUE_FRACTION | SW_CUE_NUMWORD, 4},
    /* 10 p.m., 3:30 a.m. EDT, 10 p.m. Wednesday, noon */
    {"\\b(?:(?<h>[01]?\\d|2[0-3])(?:[:.](?<mi>[0-5]\\d))?\\s*(?<ampm>a\\.m\\.|p\\.m\\.|a\\.m\\b|p\\.m\\b|"
     "am\\b|pm\\b)|(?<h24>[01]\\d|2[0-3])(?::|\\.(?=\\d\\d\\s)|(?<!\\(\\d\\d)(?=\\d\\d\\s))(?<mi24>[0-5]\\d)(?=\\s*(?:GMT|UTC|EST|EDT|CET|BST|"
     "local time|hours))|"
     /* "at 07:00", "until 19:30": a clock on 24 hours after a word
      * of time, unless it could be 12 */
     "(?:(?<=\\bat\\s)|(?<=\\buntil\\s)|(?<=\\btill\\s)|(?<=\\bby\\s)|(?<=\\bfrom\\s)|(?<=\\bto\\s)|(?<=\\bbefore\\s)|"
     "(?<=\\bafter\\s))(?<h24a>0\\d|1[3-9]|2[0-3]):(?<mi24a>[0-5]\\d)\\b(?![.:,]\\d)|(?<named>noon|midnight|midday))(?:\\s+(?<tz>(?-i:[A-Z]{2,4})\\b))?"
     /* a weekday with its date after it ("10 a.m. Saturday, Nov. 28",
      * "10pm on Thursday 6 May") is left to the date, which the time then
      * takes */
     "(?:,?\\s+(?:on\\s+)?(?:{WEEKDAY}(?!,?\\s+(?:(?-i:[A-Z][a-z]{2,8})\\.?\\s+\\d|"
     "\\d{1,2}(?:st|nd|rd|th)?\\s+(?-i:[A-Z][a-z]{2,8})\\b))|{MONTH}\\s+{DAY}(?:,?\\s+{YEAR})?)|"
     /* or after the time in another zone, which is a time of its own:
      * "10:35 a.m. (0735 GMT) Friday" */
     "(?=\\s+\\([0-9:. ]{2,8}(?-i:[A-Z]{2,4})\\)\\s+(?:on\\s+)?(?<wdz>(?-i:Monday|Tuesday|Wednesday|"
     "Thursday|Friday|Saturday|Sunday))\\b))?",
     sw_timex_norm_clock, SW_CUE_CLOCK, 1},
};

/* a time a later "the following year" or "that month" can lean on: a
 * month (with its day and year, if given) or a year ("May 22, 1995", "In
 * March", "1984"); compiled with the rules, from their macros */
static const gchar sw_timex_anchor_pattern[] =
    "\\b(?:{MONTH}(?:\\s+(?<aday>\\d{1,2})(?:st|nd|rd|th)?\\b)?(?:,?\\s+{YEAR}|{YREL})?|(?<y>(?:1[6-9]|20)\\d\\d)\\b)";
static GRegex *sw_timex_anchor;

/* the rules' patterns, compiled once */
static GRegex *sw_timex_compiled[G_N_ELEMENTS(sw_timex_rules)];

static gchar *
sw_timex_expand(const gchar *pattern)
{
	g_autoptr(GString) s = g_string_new(pattern);
	for (guint i = 0; i < G_N_ELEMENTS(sw_timex_macros); i++)
		g_string_replace(s, sw_timex_macros[i].macro, sw_timex_macros[i].pattern, 0);
	return g_string_free(g_steal_pointer(&s), FALSE);
}

static void
sw_timex_init(void)
{
	static gsize once = 0;

	if (!g_once_init_enter(&once))
		return;
	for (guint i = 0; i < G_N_ELEMENTS(sw_timex_rules); i++) {
		g_autofree gchar *p = sw_timex_expand(sw_timex_rules[i].pattern);
		g_autoptr(GError) error = NULL;
		sw_timex_compiled[i] = sw_regex_new(p, G_REGEX_CASELESS | SW_REGEX_OPTIMIZE, 0, &error);
		/* the table is ours: a pattern that does not compile is a bug */
		g_assert_no_error(error);
	}
	{
		g_autofree gchar *p = sw_timex_expand(sw_timex_anchor_pattern);
		sw_timex_anchor = sw_regex_new(p, G_REGEX_CASELESS | SW_REGEX_OPTIMIZE, 0, NULL);
		g_assert(sw_timex_anchor != NULL);
	}
	g_once_init_leave(&once, 1);
}

/* ---- small helpers ---- */

/* a named group of @m in lower case; NULL when it took no text */
static gchar *
sw_timex_group_of(GMatchInfo *m, const gchar *name)
{
	gchar *v = g_match_info_fetch_named(m, name);
	if (v != NULL && *v == '\0')
		g_clear_pointer(&v, g_free);
	if (v != NULL) {
		gchar *low = g_ascii_strdown(v, -1);
		g_free(v);
		v = low;
	}
	return v;
}

static gchar *
sw_timex_group(SwTimexMatch *tm, const gchar *name)
{
	gchar *v = sw_timex_group_of(tm->m, name);

	/* "this past Sunday" is last Sunday, for every rule that reads rel */
	if (v != NULL && g_str_equal(name, "rel") && g_str_equal(v, "this past")) {
		g_free(v);
		v = g_strdup("last");
	}
	/* a unit written short is read whole: "hrs" as "hours" */
	if (v != NULL && g_str_equal(name, "unit") && strlen(v) <= 4) {
		static const gchar *const shorts[][2] = {
		    {"hr", "hour"}, {"min", "minute"}, {"sec", "second"}, {"yr", "year"}, {"wk", "week"},
		};
		gsize len = strlen(v);
		gboolean plural = len > 2 && g_ascii_tolower(v[len - 1]) == 's';
		for (guint i = 0; i < G_N_ELEMENTS(shorts); i++) {
			if (g_ascii_strncasecmp(v, shorts[i][0], plural ? len - 1 : len) == 0 &&
			    strlen(shorts[i][0]) == (plural ? len - 1 : len)) {
				g_free(v);
				v = g_strconcat(shorts[i][1], plural ? "s" : "", NULL);
				break;
			}
		}
	}
	return v;
}

/* rel as written is "this past", which sw_timex_group reads as "last" */
static gboolean
sw_timex_this_past(SwTimexMatch *tm)
{
	g_autofree gchar *v = sw_timex_group_of(tm->m, "rel");

	return g_strcmp0(v, "this past") == 0;
}

/* the word just before the expression, in lower case, into @word (of
 * @size bytes); "" when there is none or it is longer */
static void
sw_timex_word_before(SwTimexMatch *tm, gchar *word, gsize size)
{
	sw_facts_word_before(tm->ctx, 0, tm->start, word, size);
}

static gboolean
sw_timex_group_set(SwTimexMatch *tm, const gchar *name)
{
	g_autofree gchar *v = sw_timex_group_of(tm->m, name);
	return v != NULL;
}

static gint
sw_timex_month_of(const gchar *name)
{
	g_autofree gchar *n = g_ascii_strdown(name, -1);
	gsize l;

	g_strdelimit(n, ".", '\0');
	l = strlen(n);
	for (guint i = 0; i < 12; i++) {
		if (l >= 3 && strncmp(sw_timex_months[i], n, l) == 0)
			return (gint)i + 1;
	}
	return 0;
}

static gint
sw_timex_weekday_of(const gchar *name)
{
	static const gchar *const days[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
	for (guint i = 0; i < 7; i++) {
		if (g_ascii_strncasecmp(name, days[i], 3) == 0)
			return (gint)i + 1; /* G_DATE_MONDAY == 1 */
	}
	return 0;
}

static gchar *
sw_timex_day(const GDate *d)
{
	return g_strdup_printf("%04u-%02u-%02u", g_date_get_year(d), g_date_get_month(d),
			       g_date_get_day(d));
}

static gchar *
sw_timex_week(const GDate *d)
{
	g_autoptr(GDateTime) dt =
	    g_date_time_new_utc(g_date_get_year(d), g_date_get_month(d), g_date_get_day(d), 12, 0, 0);
	return g_strdup_printf("%04d-W%02d", g_date_time_get_week_numbering_year(dt),
			       g_date_time_get_week_of_year(dt));
}

/* the weekend of the ISO week tm->value holds: "2014-W43" -> "2014-W43-WE" */
static void
sw_timex_weekend(SwTimexMatch *tm)
{
	gchar *v = g_strconcat(tm->value, "-WE", NULL);

	g_free(tm->value);
	tm->value = v;
}

static gint
sw_timex_year(SwTimexMatch *tm)
{
	return tm->ctx->ref != NULL ? (gint)g_date_get_year(tm->ctx->ref) : 0;
}

static gint
sw_timex_tense(SwTimexMatch *tm)
{
	return sw_facts_tense(tm->ctx, tm->start, tm->end);
}

/* the clause around the expression is told in the past: "said Friday",
 * "was signed on Friday" */
static gboolean
sw_timex_past_clause(SwTimexMatch *tm)
{
	static GRegex *re = NULL;
	static gsize once = 0;
	gsize s = tm->start;
	gsize e = tm->end;
	g_autofree gchar *clause = NULL;

	if (g_once_init_enter(&once)) {
		re = sw_regex_new("\\b(said|says|was|were|had|did|told|reported|announced|died|"
				 "killed|\\w{2,}ed|" SW_FACTS_IRREGULAR_PAST ")\\b",
				 G_REGEX_CASELESS | SW_REGEX_OPTIMIZE, 0, NULL);
		g_once_init_leave(&once, 1);
	}
	sw_facts_clause(tm->ctx, tm->start, tm->end, 100, 60, ";!?\n", &s, &e);
	clause = g_strndup(tm->ctx->text + s, e - s);
	return g_regex_match(re, clause, 0, NULL);
}

static SwFactsRe sw_timex_re_reporting = SW_FACTS_RE("\\b(said|says|told|was|were|did)\\b");
/* a subject and a verb in the past after the cue tell of what was done:
 * "a strike planned for next week was called off after unions reached a
 * deal on Tuesday"; a subject is a pronoun, a plural or a name, so that
 * "will visit the troubled region" keeps its future, or the comma that
 * closes an aside ("The talks, which will resume next week, ended on
 * Tuesday") */
static SwFactsRe sw_timex_re_subject_past = SW_FACTS_RE(
    "(?:\\b(?:they|we|he|she|it|who)|\\b(?!(?:this|thus|these|those|plus|less|unless|perhaps)\\b)[a-z]{3,}s|"
    "\\b(?-i:\\p{Lu})\\w+|,|"
    /* "will cut jobs after its profit slumped" */
    "\\b(?:after|since|because)(?:\\s+[\\w'-]+){1,3})\\s+(?:[a-z]{3,}ed|" SW_FACTS_IRREGULAR_PAST
    ")\\b");
static SwFactsRe sw_timex_re_was_due = SW_FACTS_RE(
    "\\b(had been|had|was|were)\\s+(due|scheduled|set|expected|planning|planned|going|forecast|"
    "projected|slated|poised)\\b");

/* does a quotation open or close in @text? A closing curly or doubled
 * quote, or an odd count of straight ones */
static gboolean
sw_timex_quote_between(const gchar *text)
{
	guint straight = 0;

	if (strstr(text, "''") != NULL || strstr(text, "\u201D") != NULL ||
	    strstr(text, "\u201C") != NULL || strstr(text, "``") != NULL)
		return TRUE;
	for (const gchar *p = text; *p != '\0'; p++)
		straight += *p == '"';
	return straight % 2 == 1;
}

/* a plain statement of the future before the expression, in its clause:
 * weekdays in news are past unless said otherwise this plainly ("had
 * been due to" is past) */
static gboolean
sw_timex_strong_future(SwTimexMatch *tm)
{
	static GRegex *re = NULL;
	static gsize once = 0;
	gsize s = tm->start;
	gsize e;
	g_autofree gchar *clause = NULL;

	if (g_once_init_enter(&once)) {
		re = sw_regex_new("\\b(will|won't|'ll|shall|going to|scheduled|set (?:to|for)|due to|is to|are to|"
				 "plans? to|planning to|planned to|as soon as|expected to|expects to|"
				 /* an expectation in the present: "the Met Office
				  * expects conditions to ease on Wednesday" */
				 "expects|forecasts|predicts|anticipates|"
				 /* "results are expected Wednesday", "a ruling is due on" */
				 "(?:is|are)\\s+(?:now\\s+|also\\s+)?(?:expected|due)|"
				 "(?:forecast|projected|predicted|slated|poised|likely) to|"
				 "(?:next|coming)(?=\\s+\\w)(?!\\s+to\\b)|upcoming|tomorrow|"
				 /* a deadline moved: "extended its deadline until" */
				 "(?:postponed|delayed|deferred|adjourned|extended|put off|pushed back)"
				 "(?:\\s+[\\w'-]+){0,4}?\\s+until)\\b",
				 G_REGEX_CASELESS | SW_REGEX_OPTIMIZE, 0, NULL);
		g_once_init_leave(&once, 1);
	}
	sw_facts_clause(tm->ctx, tm->start, tm->start, 120, 0, ";!?\n", &s, &e);
	clause = g_strndup(tm->ctx->text + s, tm->start - s);
	if (sw_facts_re_matches(&sw_timex_re_was_due, clause))
		return FALSE;
	/* a headline's "to" and a verb: "Teachers to strike on 12 March"
	 * (the status reading costs a sentence's, so only where a "to"
	 * stands before the time) */
	if (strstr(clause, "to ") != NULL && sw_facts_headline(tm->ctx, tm->end)) {
		gsize ls, le;
		g_autofree gchar *line = NULL;
		g_autoptr(SwStatus) st = NULL;
		sw_facts_clause(tm->ctx, tm->start, tm->end, 300, 300, "\n", &ls, &le);
		line = g_strndup(tm->ctx->text + ls, le - ls);
		st = sw_status_of_headline(line);
		if (st != NULL && st->kind == SW_STATUS_EXPECTED && ls + st->end <= tm->start &&
		    g_str_has_prefix(st->phrase, "to "))
			return TRUE;
	}
	{
		/* the nearer cue decides: "will sign ..., said X on Tuesday" */
		g_autoptr(GMatchInfo) fm = NULL;
		gint fpos = -1;
		if (g_regex_match(re, clause, 0, &fm)) {
			while (g_match_info_matches(fm)) {
				gint a = 0, b = 0;
				g_match_info_fetch_pos(fm, 0, &a, &b);
				fpos = b;
				g_match_info_next(fm, NULL);
			}
		}
		/* a verb of reporting after the cue speaks of the past, and a
		 * cue inside a quote that has closed is the speaker's, not the
		 * narrator's: ``they will appeal,'' Cuba predicted Wednesday */
		return fpos >= 0 && !sw_facts_re_matches(&sw_timex_re_reporting, clause + fpos) &&
		       !sw_facts_re_matches(&sw_timex_re_subject_past, clause + fpos) &&
		       !sw_timex_quote_between(clause + fpos);
	}
}

/* which way the words of the expression look: ahead when its clause says
 * so plainly, else as its verb says (sw_facts_verb_tense) */
static gint
sw_timex_verb_dir(SwTimexMatch *tm)
{
	return sw_timex_strong_future(tm) ? 1 : sw_facts_verb_tense(tm->ctx, tm->start, tm->end);
}

static gint
sw_timex_quarter_of(const GDate *d)
{
	return ((gint)g_date_get_month(d) - 1) / 3 + 1;
}

/* a quarter that is a share ("fell by a quarter", "a quarter of the
 * market", "a quarter point") says nothing of reporting periods */
static SwFactsRe sw_timex_re_quarter_word =
    SW_FACTS_RE("\\b(?:(?<!by a )quarter(?![\\s-]+(?:of\\s|point|percentage))|period)\\b");

/* @re matches in the sentence around the expression (at most
 * SW_FACTS_SENTENCE_MAX bytes each side) */
static gboolean
sw_timex_sentence_matches(SwTimexMatch *tm, SwFactsRe *re)
{
	gsize s, e;
	g_autofree gchar *sentence = NULL;

	sw_facts_clause(tm->ctx, tm->start, tm->end, SW_FACTS_SENTENCE_MAX, SW_FACTS_SENTENCE_MAX, "!?\n",
			&s, &e);
	sentence = g_strndup(tm->ctx->text + s, e - s);
	return sw_facts_re_matches(re, sentence);
}

/* the sentence speaks of quarters or reporting periods */
static gboolean
sw_timex_about_quarters(SwTimexMatch *tm)
{
	return sw_timex_sentence_matches(tm, &sw_timex_re_quarter_word);
}

/* the words of a game, whose quarters and halves are of play, not of
 * the year */
static SwFactsRe sw_timex_re_play =
    SW_FACTS_RE("\\b(?:halftime|half-time|overtime|touchdowns?|field goals?|three-pointers?|"
		"free throws?|rebounds?|quarterback|interceptions?|fumbled?|scored|innings?|buzzer|"
		"kick-?off|penalty kicks?|free kicks?|sent off|stoppage time|extra time|equali[sz]er|"
		"\\d+(?:st|nd|rd|th) minute|"
		/* a half named by what happened in it ("a second-half goal",
		 * "a first-half header") */
		"(?:first|second)[\\s-]half\\s+(?:goals?|strikes?|headers?|penalt(?:y|ies)|tries|try|touchdowns?|"
		"comeback|fightback|substitutes?|substitutions?|winner|brace|hat-trick|red\\s+card|own\\s+goal)|"
		/* a score the sentence tells ("lead Arsenal 3-2") */
		"(?:lead|leads|led|trail|trails|trailed|beat|beats|drew|draw|won|lost|win)\\s+(?:[\\w'’-]+\\s+){0,3}?"
		"\\d{1,2}-\\d{1,2})\\b");

/* a sentence about play, or a match report: two words of play in the
 * paragraphs just before ("Saka scored in the 34th minute ... too
 * passive in the first half") */
static gboolean
sw_timex_about_play(SwTimexMatch *tm)
{
	gsize s = sw_facts_char_on(tm->ctx, tm->start > 800 ? tm->start - 800 : 0);
	g_autoptr(GMatchInfo) m = NULL;
	guint n = 0;

	if (sw_timex_sentence_matches(tm, &sw_timex_re_play))
		return TRUE;
	/* no word of play in the zones before: no need to read them */
	if (!sw_facts_cue_in(tm->ctx, s, tm->start, SW_CUE_PLAY))
		return FALSE;
	g_regex_match_full(sw_facts_re(&sw_timex_re_play), tm->ctx->text, (gssize)tm->start, (gint)s, 0, &m, NULL);
	for (; g_match_info_matches(m) && n < 2; g_match_info_next(m, NULL))
		n++;
	return n >= 2;
}

/* a span of months that is no quarter: "the first nine months", "the
 * first half", "the year to date" */
static SwFactsRe sw_timex_re_months_span =
    SW_FACTS_RE("\\b(?:(?:six|nine|\\d{1,2})[\\s-]+months?|(?:first|second)\\s+half|half[\\s-]+year|"
		"year[\\s-]+to[\\s-]+date)\\b");

/* the sentence compares a span of months other than a quarter: "For the
 * nine months, ... a year earlier" is last year's nine months, which a
 * quarter cannot name, so the year does */
static gboolean
sw_timex_about_months_span(SwTimexMatch *tm)
{
	return sw_timex_sentence_matches(tm, &sw_timex_re_months_span);
}

/* a quarter named by its ordinal earlier in the sentence: "capacity in
 * the second quarter would be 94% lower than a year ago" */
static SwFactsRe sw_timex_re_named_quarter =
    SW_FACTS_RE("\\b(?:(?<ord>first|second|third|fourth)[\\s-]+(?:fiscal[\\s-]+)?quarter|(?-i:Q)(?<qn>[1-4])|"
		/* "the July-September quarter" */
		"(?<qm>jan|apr|jul|oct)[a-z]*\\.?[\\s-]+(?:to\\s+)?(?:mar|jun|sep|dec)[a-z]*\\.?\\s+quarter)\\b"
		"(?!.*\\b(?:first|second|third|fourth)[\\s-]+(?:fiscal[\\s-]+)?quarter)");

/* the quarter a year before the one a results story speaks of: the one
 * the sentence names, else the one just ended; its year is this year's
 * unless it is still to come in a sentence that does not look ahead,
 * when last year's was meant */
static void
sw_timex_year_ago_quarter(SwTimexMatch *tm, gint *y, gint *q)
{
	gsize s, e;
	gint cur = sw_timex_quarter_of(tm->ctx->ref);
	g_autoptr(GMatchInfo) m = NULL;

	*y = (gint)g_date_get_year(tm->ctx->ref) - 1;
	*q = cur - 1;
	sw_facts_clause(tm->ctx, tm->start, tm->start, SW_FACTS_SENTENCE_MAX, 0, "!?\n", &s, &e);
	if (g_regex_match_full(sw_facts_re(&sw_timex_re_named_quarter), tm->ctx->text, (gssize)tm->start, (gint)s, 0,
			       &m, NULL)) {
		g_autofree gchar *ord = g_match_info_fetch_named(m, "ord");
		g_autofree gchar *qn = g_match_info_fetch_named(m, "qn");
		g_autofree gchar *qm = g_match_info_fetch_named(m, "qm");
		g_autofree gchar *low = ord != NULL ? g_ascii_strdown(ord, -1) : NULL;
		if (low != NULL && *low != '\0')
			*q = sw_timex_ordinal(low);
		else if (qn != NULL && *qn != '\0')
			*q = atoi(qn);
		else {
			/* the quarter its first month opens */
			static const gchar *const firsts[] = {"jan", "apr", "jul", "oct"};
			*q = 1;
			for (guint i = 0; i < G_N_ELEMENTS(firsts); i++) {
				if (qm != NULL && g_ascii_strncasecmp(qm, firsts[i], 3) == 0)
					*q = (gint)i + 1;
			}
		}
		if (*q <= cur || sw_timex_verb_dir(tm) > 0)
			return;
	}
	if (*q < 1)
		*q = 4;
	if (*q >= cur)
		(*y)--;
}

/* a results story: it reports a quarter's figures, so "a year ago" there
 * is the same quarter a year before */
static gboolean
sw_timex_reports_quarter(SwTimexMatch *tm)
{
	g_autoptr(GMatchInfo) m = NULL;
	guint n = 0;

	if (sw_timex_about_months_span(tm))
		return FALSE;
	if (sw_timex_about_quarters(tm))
		return TRUE;
	/* once per text: a page of "a year ago" must not read itself whole
	 * for each */
	if (tm->ctx->story->quarterly == 0) {
		static GRegex *re = NULL;
		static gsize once = 0;
		if (g_once_init_enter(&once)) {
			re = sw_regex_new("\\b(?:quarter|quarterly)\\b", G_REGEX_CASELESS | SW_REGEX_OPTIMIZE,
					 0, NULL);
			g_once_init_leave(&once, 1);
		}
		g_regex_match_full(re, tm->ctx->story->text, (gssize)tm->ctx->story->len, 0, 0, &m, NULL);
		while (g_match_info_matches(m) && n < 2) {
			n++;
			g_match_info_next(m, NULL);
		}
		tm->ctx->story->quarterly = n >= 2 ? 2 : 1;
	}
	return tm->ctx->story->quarterly == 2;
}

/* "XXXX" when there is no reference to resolve against */
static gboolean
sw_timex_strong_future(SwTimexMatch *tm);
static gint
sw_timex_year_words(const gchar *yw);

static gchar *
sw_timex_fmt_year(gint y)
{
	return y > 0 ? g_strdup_printf("%04d", y) : g_strdup("XXXX");
}

/* ---- normalisers ---- */

static gboolean
sw_timex_norm_iso(SwTimexMatch *tm)
{
	g_autofree gchar *y = sw_timex_group(tm, "y");
	g_autofree gchar *m = sw_timex_group(tm, "m");
	g_autofree gchar *d = sw_timex_group(tm, "d");
	g_autofree gchar *H = sw_timex_group(tm, "H");
	g_autofree gchar *M = sw_timex_group(tm, "M");

	if (!g_date_valid_dmy((GDateDay)atoi(d), (GDateMonth)atoi(m), (GDateYear)atoi(y)))
		return FALSE;
	if (H != NULL) {
		tm->type = "TIME";
		tm->value = g_strdup_printf("%s-%s-%sT%s:%s", y, m, d, H, M);
	} else {
		tm->value = g_strdup_printf("%s-%s-%s", y, m, d);
	}
	return TRUE;
}

static SwFactsRe sw_timex_re_day_first = SW_FACTS_RE(
    "\\b(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?-i:" SW_TIMEX_MONTH_NAMES "|" SW_TIMEX_MONTH_SHORT ")\\b|"
    "(?:1[3-9]|2\\d|3[01])/(?:0?[1-9]|1[0-2])/\\d{2,4}\\b)");
static SwFactsRe sw_timex_re_month_first = SW_FACTS_RE(
    "\\b(?:(?-i:" SW_TIMEX_MONTH_NAMES "|" SW_TIMEX_MONTH_SHORT ")\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b|"
    "(?:0?[1-9]|1[0-2])/(?:1[3-9]|2\\d|3[01])/\\d{2,4}\\b)");

/* does the text write the day before the month, more often than after
 * it ("3 March", "24/10/2014" against "March 3", "10/24/2014")? Read
 * once per text, when a date such as 04/03/2020 could be either */
static gboolean
sw_timex_text_day_first(SwFactsCtx *ctx)
{
	guint n[2] = {0, 0};
	SwFactsRe *res[2] = {&sw_timex_re_day_first, &sw_timex_re_month_first};

	if (ctx->story->day_first != 0)
		return ctx->story->day_first == 2;
	for (guint i = 0; i < 2; i++) {
		g_autoptr(GMatchInfo) m = NULL;
		g_regex_match_full(sw_facts_re(res[i]), ctx->story->text, (gssize)ctx->story->len, 0, 0, &m, NULL);
		while (g_match_info_matches(m)) {
			n[i]++;
			g_match_info_next(m, NULL);
		}
	}
	ctx->story->day_first = n[0] > n[1] ? 2 : 1;
	return ctx->story->day_first == 2;
}

static gboolean
sw_timex_norm_numeric(SwTimexMatch *tm)
{
	g_autofree gchar *y = sw_timex_group(tm, "y");
	g_autofree gchar *m = sw_timex_group(tm, "m");
	g_autofree gchar *d = sw_timex_group(tm, "d");
	/* the first form, month first, the only one whose day can be a month */
	gboolean month_first = y != NULL;
	gint year;

	for (guint i = 2; i <= 3 && y == NULL; i++) {
		gchar yn[4], mn[4], dn[4];
		g_free(m);
		g_free(d);
		g_snprintf(yn, sizeof yn, "y%u", i);
		g_snprintf(mn, sizeof mn, "m%u", i);
		g_snprintf(dn, sizeof dn, "d%u", i);
		y = sw_timex_group(tm, yn);
		m = sw_timex_group(tm, mn);
		d = sw_timex_group(tm, dn);
	}
	if (y == NULL || m == NULL || d == NULL)
		return FALSE;
	year = atoi(y);
	/* 04/03/2020 in a text that writes "3 March" is the 4th of March */
	if (month_first && atoi(d) <= 12 && sw_timex_text_day_first(tm->ctx)) {
		gchar *t = m;
		m = d;
		d = t;
	}

	if (strlen(y) == 2)
		year += year < 50 ? 2000 : 1900;
	if (!g_date_valid_dmy((GDateDay)atoi(d), (GDateMonth)atoi(m), (GDateYear)year))
		return FALSE;
	tm->value = g_strdup_printf("%04d-%02d-%02d", year, atoi(m), atoi(d));
	return TRUE;
}

static const gchar *const sw_timex_until[] = {"until", "till", "through", "thru"};
static SwWordSet sw_timex_until_set = SW_WORD_SET(sw_timex_until);
/* the words besides those of "until" before a start, an end or a target */
static const gchar *const sw_timex_bound[] = {"to", "for", "effective", "payable", "starting", "beginning"};
static SwWordSet sw_timex_bound_set = SW_WORD_SET(sw_timex_bound);

/* @word leads to a start, an end or a target of something, which its verb
 * does not date: "extended to Nov. 20", "postponed until March", "called
 * for January", "payable Dec. 1", "effective Feb. 1" */
static gboolean
sw_timex_is_bound(const gchar *word)
{
	return sw_word_set_has(&sw_timex_until_set, word) || sw_word_set_has(&sw_timex_bound_set, word);
}

/* the year a sentence opens with ("In 2012, ...", "But in early 2008
 * ..."), which dates the clause it governs; 0 for none. A year deeper
 * in the sentence may date another clause ("a program approved in 1987
 * that ... had bought shares through Sept. 29") */
static SwFactsRe sw_timex_re_sentence_year =
    SW_FACTS_RE("\\W*(?:(?:but|and|yet|then)\\s+)?(?:in|during|by)\\s+(?:(?:early|late|mid)[\\s-]+)?"
		"((?:1[6-9]|20)\\d\\d)\\b(?![-/.]\\d)");

static gint
sw_timex_sentence_year(SwTimexMatch *tm, gsize pos)
{
	gsize s, e;
	g_autoptr(GMatchInfo) mi = NULL;
	g_autofree gchar *y = NULL;

	sw_facts_clause(tm->ctx, pos, pos, SW_FACTS_SENTENCE_MAX, 0, "!?\n", &s, &e);
	if (!g_regex_match_full(sw_facts_re(&sw_timex_re_sentence_year), tm->ctx->text, (gssize)pos, (gint)s,
				G_REGEX_MATCH_ANCHORED, &mi, NULL))
		return 0;
	y = g_match_info_fetch(mi, 1);
	return atoi(y);
}

/* "backdated to", "retroactive to": reaching back to a time begun */
static SwFactsRe sw_timex_re_backdated =
    SW_FACTS_RE("\\b(?:back-?dated|retroactive(?:ly)?)\\s+(?:to|from)\\s+(?:the\\s+(?:start|beginning)\\s+of\\s+)?$");

/* the year of month @m (and day @d, 0 for none) nearest the reference in
 * the direction its verb says ("was signed on Jan. 5", "would be held on
 * March 24"), else the tense of its sentence; past when nothing says */
static gint
sw_timex_infer_year(SwTimexMatch *tm, gint m, gint d)
{
	const GDate *ref = tm->ctx->ref;
	gint tense;
	gint ry, rm, rd;

	if (ref == NULL)
		return 0;
	ry = g_date_get_year(ref);
	rm = g_date_get_month(ref);
	rd = g_date_get_day(ref);
	tense = sw_timex_tense(tm);
	{
		/* News tells of the past: a month (or a day of one) is its last
		 * occurrence, unless it comes soon (three months, two for a day)
		 * or the clause plainly speaks of the future (up to a year) */
		gint ahead = d == 0 ? (m - rm + 12) % 12 * 31 : ((m - rm) * 31 + (d - rd) + 372) % 372;
		gint next_y = (m > rm || (m == rm && (d == 0 || d >= rd))) ? ry : ry + 1;
		gint window = d == 0 ? 93 : 62;
		gchar word[16];
		gint verb;
		gboolean strong;
		gint ms = -1, me = -1;
		gsize vs = tm->start;

		/* a range's second day ("April 24 and 25") hangs on the verb
		 * its first day does */
		if (g_match_info_fetch_named_pos(tm->m, "month", &ms, &me) && ms >= 0 && (gsize)ms < vs)
			vs = (gsize)ms;
		sw_timex_word_before(tm, word, sizeof word);
		verb = sw_timex_is_bound(word) ? 0 : sw_facts_verb_tense(tm->ctx, vs, tm->end);
		strong = verb <= 0 && sw_timex_strong_future(tm);
		/* "In 2012, talks began in March": a year named before it in
		 * its sentence, of the past, is its year */
		if (verb <= 0 && !strong) {
			gint told = sw_timex_sentence_year(tm, vs);
			if (told > 0 && told < ry)
				return told;
		}
		/* "runs through Feb. 28": an end still to come, unless the
		 * clause tells of the past */
		if (verb > 0 ||
		    (verb == 0 && (strong ||
				   (tense > 0 && (d == 0 || !sw_timex_past_clause(tm))) ||
				   (sw_word_set_has(&sw_timex_until_set, word) && !sw_timex_past_clause(tm)))))
			window = 365;
		/* a day of the last month in a sentence of the future ("will
		 * pay 340p, a premium to the closing price on 30 May", said on
		 * 9 June) is that day: a day a year off would be written with
		 * its year */
		if (d != 0 && window == 365 && !sw_word_set_has(&sw_timex_until_set, word))
			window = 365 - 31;
		/* its verb in the past: the last one, though it be soon */
		else if (verb < 0)
			window = 0;
		/* "was pushed back to Dec. 31", "postponed until May" moved it
		 * ahead of a recent act: the next one, unless that fell within
		 * the last month ("extended to Oct. 1", said on Oct. 24) */
		else if (sw_facts_moved_to(tm->ctx, tm->start))
			window = 365 - 31;
		/* "effective Feb. 1", "payable Jan. 15" start something: the
		 * next one, unless it is half a year off */
		else if (g_str_equal(word, "effective") || g_str_equal(word, "payable"))
			window = 183;
		/* a present schedule: the next one, unless it is a day of the
		 * last month ("the festival runs from Dec. 26", said on Jan. 3,
		 * is on; a month named is on only while it lasts) */
		if (verb == SW_TENSE_SCHEDULED && d != 0)
			window = 365 - 31;
		if (d == 0 && m == rm)
			return ry;
		if (ahead <= window)
			return next_y;
		return next_y - 1;
	}
}

/* text[0, len) writes a year: four digits in a row */
static gboolean
sw_timex_year_written(const gchar *text, gsize len)
{
	guint run = 0;

	for (gsize i = 0; i < len; i++) {
		run = g_ascii_isdigit(text[i]) ? run + 1 : 0;
		if (run == 4)
			return TRUE;
	}
	return FALSE;
}

static SwFactsRe sw_timex_re_dated_mdy =
    SW_FACTS_RE("\\b([a-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?"
		"(?:\\s*(?:-|\u2013|and|to|through)\\s*\\d{1,2})?,?\\s+((?:1[6-9]|20)\\d\\d)\\b");
static SwFactsRe sw_timex_re_dated_dmy =
    SW_FACTS_RE("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?([a-z]{3,9})\\.?,?\\s+((?:1[6-9]|20)\\d\\d)\\b");

/* the year the text itself gives month @m, day @d near the expression: a
 * caption's "MAY 20" beside "May 20, 2014"; 0 when it gives none */
static gint
sw_timex_year_stated(SwTimexMatch *tm, gint m, gint d)
{
	gsize from = sw_facts_char_on(tm->ctx, tm->start > 2000 ? tm->start - 2000 : 0);
	gsize to = sw_facts_char_back(tm->ctx, tm->end + 2000);
	SwFactsRe *res[] = {&sw_timex_re_dated_mdy, &sw_timex_re_dated_dmy};

	/* no year written nearby: nothing for the patterns to find (a page
	 * full of dates must not run them across 4 KB for each) */
	if (!sw_timex_year_written(tm->ctx->text + from, to - from))
		return 0;
	/* every date the patterns find ends in a year: run them only on the
	 * few dozen bytes before each year written, not from every letter of
	 * the window (in text order, the month first, as before) */
	for (guint r = 0; r < G_N_ELEMENTS(res); r++) {
		for (gsize p = from; p + 4 <= to; p++) {
			const gchar *t = tm->ctx->text;
			gsize s;
			g_autoptr(GMatchInfo) mi = NULL;
			if (!(t[p] == '1' || t[p] == '2') || !g_ascii_isdigit(t[p + 1]) || !g_ascii_isdigit(t[p + 2]) ||
			    !g_ascii_isdigit(t[p + 3]) || (p > 0 && g_ascii_isalnum(t[p - 1])) ||
			    (p + 4 < tm->ctx->len && g_ascii_isalnum(t[p + 4])))
				continue;
			s = sw_facts_char_on(tm->ctx, MAX(from, p > 64 ? p - 64 : 0));
			g_regex_match_full(sw_facts_re(res[r]), t, (gssize)(p + 4), (gint)s, 0, &mi, NULL);
			for (; g_match_info_matches(mi); g_match_info_next(mi, NULL)) {
				g_autofree gchar *a = NULL;
				g_autofree gchar *b = NULL;
				gint ms = 0, me = 0;
				g_match_info_fetch_pos(mi, 0, &ms, &me);
				if ((gsize)me != p + 4)
					continue;
				a = g_match_info_fetch(mi, 1);
				b = g_match_info_fetch(mi, 2);
				if (sw_timex_month_of(r == 0 ? a : b) == m && atoi(r == 0 ? b : a) == d)
					return atoi(t + p);
			}
			p += 3;
		}
	}
	return 0;
}

/* "Saturday, April 25": the year, of the three around @ry, in which
 * that day is the weekday named; 0 with none named or none such */
static gint
sw_timex_weekday_year(SwTimexMatch *tm, gint m, gint d, gint ry)
{
	g_autofree gchar *wd = sw_timex_group(tm, "wd");
	gint w = wd != NULL ? sw_timex_weekday_of(wd) : 0;

	for (gint y = ry - 1; w != 0 && y <= ry + 1; y++) {
		GDate g;
		if (!g_date_valid_dmy((GDateDay)d, (GDateMonth)m, (GDateYear)y))
			continue;
		g_date_clear(&g, 1);
		g_date_set_dmy(&g, (GDateDay)d, (GDateMonth)m, (GDateYear)y);
		if ((gint)g_date_get_weekday(&g) == w)
			return y;
	}
	return 0;
}

/* the year of day @d of month @m that the text gives no year: one stated
 * nearby, else the one "last", "next" (@rel) or "since" fix, else the
 * tense's; 0 with no reference */
static gint
sw_timex_day_year(SwTimexMatch *tm, gint m, gint d, const gchar *rel)
{
	gint y = sw_timex_year_stated(tm, m, d);
	gint ry, rmd;
	gchar word[8];

	if (y != 0 || tm->ctx->ref == NULL)
		return y;
	ry = (gint)g_date_get_year(tm->ctx->ref);
	rmd = (gint)g_date_get_month(tm->ctx->ref) * 100 + (gint)g_date_get_day(tm->ctx->ref);
	sw_timex_word_before(tm, word, sizeof word);
	/* "last Oct. 23" is the one before the reference, "next" the one
	 * after, "since Oct. 23" the last one begun */
	if (g_strcmp0(rel, "last") == 0)
		return m * 100 + d < rmd ? ry : ry - 1;
	if (rel != NULL)
		return m * 100 + d > rmd ? ry : ry + 1;
	/* "a rise backdated to April" reaches back: as "since", the last
	 * one begun, whatever the tense */
	if (g_str_equal(word, "since") || sw_facts_re_matches_before(&sw_timex_re_backdated, tm->ctx, tm->start, 32))
		return m * 100 + d <= rmd ? ry : ry - 1;
	y = sw_timex_weekday_year(tm, m, d, ry);
	if (y != 0)
		return y;
	return sw_timex_infer_year(tm, m, d);
}

static gboolean
sw_timex_norm_calendar(SwTimexMatch *tm)
{
	g_autofree gchar *month = sw_timex_group(tm, "month");
	g_autofree gchar *day = sw_timex_group(tm, "day");
	g_autofree gchar *year = sw_timex_group(tm, "year");
	g_autofree gchar *rel = sw_timex_group(tm, "rel");
	gint m = month != NULL ? sw_timex_month_of(month) : 0;
	gint d = day != NULL ? atoi(day) : 0;
	gint y = year != NULL ? atoi(year) : 0;

	if (m == 0)
		return FALSE;
	if (day == NULL) {
		tm->value = g_strdup_printf("%04d-%02d", y, m);
		return TRUE;
	}
	if (d < 1 || d > 31)
		return FALSE;
	if (y == 0 && tm->ctx->ref != NULL && sw_timex_group_set(tm, "yrel")) {
		g_autofree gchar *yrel = sw_timex_group(tm, "yrel");
		y = sw_timex_year(tm) + (g_str_equal(yrel, "last") ? -1 : g_str_equal(yrel, "next") ? 1 : 0);
	}
	if (y == 0) {
		/* a range's days share the year of the day beside the month:
		 * "Dec. 24-27", "10 to 12 November" */
		g_autofree gchar *yday = sw_timex_group(tm, "yday");
		y = sw_timex_day_year(tm, m, yday != NULL ? atoi(yday) : d, rel);
	}
	if (y > 0 && !g_date_valid_dmy((GDateDay)d, (GDateMonth)m, (GDateYear)y))
		return FALSE;
	if (y == 0)
		tm->value = g_strdup_printf("XXXX-%02d-%02d", m, d);
	else
		tm->value = g_strdup_printf("%04d-%02d-%02d", y, m, d);
	return TRUE;
}

static gboolean
sw_timex_norm_range_day(SwTimexMatch *tm)
{
	g_autofree gchar *yday = sw_timex_group(tm, "yday");
	g_autofree gchar *day = sw_timex_group(tm, "day");
	g_autofree gchar *dash = sw_timex_group(tm, "dash");
	gint ys = 0, ye = 0, ds = 0, de = 0;
	gsize at = tm->end;

	/* a range's second day comes after its first */
	g_match_info_fetch_named_pos(tm->m, "yday", &ys, &ye);
	g_match_info_fetch_named_pos(tm->m, "day", &ds, &de);
	if (ys < ds ? atoi(yday) >= atoi(day) : atoi(day) >= atoi(yday))
		return FALSE;
	/* "and" or "or" joins two days only at the end of a clause: "June 5
	 * and 12 men died" is no range ("on 3 and 4 November", where the
	 * month follows, is one) */
	while (dash == NULL && ys < ds && at < tm->ctx->len && tm->ctx->text[at] == ' ')
		at++;
	if (dash == NULL && ys < ds && at < tm->ctx->len && strchr(".,;:)!?", tm->ctx->text[at]) == NULL)
		return FALSE;
	return sw_timex_norm_calendar(tm);
}

static gboolean
sw_timex_norm_week_of(SwTimexMatch *tm)
{
	GDate d;
	gint y = 0, m = 0, day = 0;

	/* the day as the calendar rule dates it, then its ISO week */
	if (!sw_timex_norm_calendar(tm))
		return FALSE;
	if (sscanf(tm->value, "%4d-%2d-%2d", &y, &m, &day) != 3) {
		g_clear_pointer(&tm->value, g_free);
		return FALSE;
	}
	g_clear_pointer(&tm->value, g_free);
	g_date_clear(&d, 1);
	g_date_set_dmy(&d, (GDateDay)day, (GDateMonth)m, (GDateYear)y);
	tm->value = sw_timex_week(&d);
	return TRUE;
}

/* "the first week of March", "the last Sunday in May", "the second
 * weekend of the month", "the last day of the year": counted from the
 * month's (or the year's) first or last day. A
 * week is the one whose Thursday falls in the month (as ISO 8601 counts
 * weeks into years), a weekend the one of the month's nth Saturday */
static gboolean
sw_timex_norm_nth_of_month(SwTimexMatch *tm)
{
	g_autofree gchar *nth = sw_timex_group(tm, "nth");
	g_autofree gchar *unit = sw_timex_group(tm, "unit");
	g_autofree gchar *wd = sw_timex_group(tm, "wd");
	g_autofree gchar *month = sw_timex_group(tm, "month");
	g_autofree gchar *year = sw_timex_group(tm, "year");
	g_autofree gchar *mrel = sw_timex_group(tm, "mrel");
	g_autofree gchar *yrel = sw_timex_group(tm, "yrel");
	g_autofree gchar *yy = sw_timex_group(tm, "yy");
	gint n = g_str_equal(nth, "last") || g_str_equal(nth, "final") ? -1 : sw_timex_ordinal(nth);
	gint target = wd != NULL ? sw_timex_weekday_of(wd)
		      : g_strcmp0(unit, "week") == 0	 ? G_DATE_THURSDAY
		      : g_strcmp0(unit, "weekend") == 0 ? G_DATE_SATURDAY
							 : 0;
	gint y, m, dim;
	GDate d;

	if (tm->ctx->ref == NULL || n == 0 || (wd != NULL && target == 0))
		return FALSE;
	if (month != NULL) {
		m = sw_timex_month_of(month);
		if (m == 0)
			return FALSE;
		y = year != NULL ? atoi(year) : sw_timex_infer_year(tm, m, 0);
	} else if (yrel != NULL || yy != NULL) {
		/* of a year: counted from January, or back from December */
		y = yy != NULL		       ? atoi(yy)
		    : g_str_equal(yrel, "next") ? sw_timex_year(tm) + 1
		    : g_str_equal(yrel, "last") ? sw_timex_year(tm) - 1
						 : sw_timex_year(tm);
		m = n > 0 ? 1 : 12;
	} else {
		GDate base = *tm->ctx->ref;
		g_date_set_day(&base, 1);
		if (g_str_equal(mrel, "next"))
			g_date_add_months(&base, 1);
		else if (g_str_equal(mrel, "last"))
			g_date_subtract_months(&base, 1);
		y = g_date_get_year(&base);
		m = g_date_get_month(&base);
	}
	if (!g_date_valid_dmy(1, (GDateMonth)m, (GDateYear)y))
		return FALSE;
	dim = g_date_get_days_in_month((GDateMonth)m, (GDateYear)y);
	g_date_clear(&d, 1);
	if (target == 0) {
		/* "the second day of March" */
		g_date_set_dmy(&d, (GDateDay)(n > 0 ? n : dim), (GDateMonth)m, (GDateYear)y);
		tm->value = sw_timex_day(&d);
		return TRUE;
	}
	if (n > 0) {
		g_date_set_dmy(&d, 1, (GDateMonth)m, (GDateYear)y);
		g_date_add_days(&d, (guint)((target - (gint)g_date_get_weekday(&d) + 7) % 7 + 7 * (n - 1)));
		if (g_date_get_month(&d) != (GDateMonth)m)
			return FALSE;
	} else {
		g_date_set_dmy(&d, (GDateDay)dim, (GDateMonth)m, (GDateYear)y);
		g_date_subtract_days(&d, (guint)(((gint)g_date_get_weekday(&d) - target + 7) % 7));
	}
	tm->value = wd != NULL ? sw_timex_day(&d) : sw_timex_week(&d);
	if (g_strcmp0(unit, "weekend") == 0)
		sw_timex_weekend(tm);
	return TRUE;
}

/* "Tuesday last week": that weekday of the ISO week before (or after, or
 * of) the reference's */
static gboolean
sw_timex_norm_weekday_of_week(SwTimexMatch *tm)
{
	g_autofree gchar *wd = sw_timex_group(tm, "wd");
	g_autofree gchar *wrel = sw_timex_group(tm, "wrel");
	gint w = sw_timex_weekday_of(wd);
	GDate d;

	if (tm->ctx->ref == NULL || w == 0)
		return FALSE;
	d = *tm->ctx->ref;
	sw_timex_shift_day(&d, w - (gint)g_date_get_weekday(&d) +
				   (g_str_equal(wrel, "last") ? -7 : g_str_equal(wrel, "next") ? 7 : 0));
	tm->value = sw_timex_day(&d);
	return TRUE;
}

static SwFactsRe sw_timex_re_month_noun =
    SW_FACTS_RE("^\\s+(?-i:(?!(?:on|for|against|of|to|from|through|in|by)\\b)[a-z])");

/* words after which "March" or "May" is the month */
static const gchar *const sw_timex_month_leads[] = {
    "in", "since", "until", "till", "during", "through", "before", "after", "from", "by", "of", "the",
    "for", "between", "early", "late", "mid",
};
static SwWordSet sw_timex_month_leads_set = SW_WORD_SET(sw_timex_month_leads);
/* ... but before "May" these also lead to a name: "a speech by May" */
static const gchar *const sw_timex_month_leads_name[] = {"from", "by", "of", "the", "for", "before", "after", "between"};
static SwWordSet sw_timex_month_leads_name_set = SW_WORD_SET(sw_timex_month_leads_name);

/* a reporting period up to the month: "the year to March", "the six
 * months to May", "the quarter ended March" */
static SwFactsRe sw_timex_re_period_to = SW_FACTS_RE(
    "\\b(?:(?:year|quarter|half|period|months|weeks)\\s+to|end(?:ed|ing))\\s+$");

/* a date moved to the month: "has been pushed back to March", "was
 * moved to May", "brought forward to March" (not "Power moved to May") */
static SwFactsRe sw_timex_re_moved_to = SW_FACTS_RE(
    "\\b(?:(?:been|was|were|is|are|be)\\s+(?:moved|shifted|pushed)|pushed\\s+back|put\\s+back|delayed|postponed|"
    "deferred|brought\\s+forward|rescheduled)\\s+to\\s+$");

/* the end of a range of months: "between March and May", "from January
 * to March"; the word before the first month is in lower case, so that
 * it is no name's ("Theresa May and May") */
static SwFactsRe sw_timex_re_month_range_before =
    SW_FACTS_RE("\\b(?-i:[a-z]+)\\s+(?-i:" SW_TIMEX_MONTH_NAMES "|" SW_TIMEX_MONTH_SHORT ")\\.?\\s*"
		"(?:and|to|through|until|till|or|-|\u2013)\\s*$|"
		"\\b(?-i:" SW_TIMEX_MONTH_NAMES "|" SW_TIMEX_MONTH_SHORT ")/$");

/* the first month of a range written short ("Jan/Feb", "Jan-Mar"), or
 * one with its day after a stray comma ("Tuesday, Nov, 29, 2016") */
static SwFactsRe sw_timex_re_month_range_after =
    SW_FACTS_RE("^(?:\\s*(?:/|-|\u2013)\\s*(?-i:" SW_TIMEX_MONTH_NAMES "|" SW_TIMEX_MONTH_SHORT ")\\b|,\\s*\\d)");

/* a month's short form with no stop after it ("Jan", not "Jan." nor "June") */
static gboolean
sw_timex_bare_short(const gchar *month, gint m)
{
	return strchr(month, '.') == NULL && !g_str_equal(month, sw_timex_months[m - 1]);
}

static gboolean
sw_timex_norm_month(SwTimexMatch *tm)
{
	g_autofree gchar *month = sw_timex_group(tm, "month");
	g_autofree gchar *rel = sw_timex_group(tm, "rel");
	gint m = sw_timex_month_of(month);
	gint y;
	gchar word[8];

	if (m == 0)
		return FALSE;
	sw_timex_word_before(tm, word, sizeof word);
	/* a short form with no stop before a capital is a first name: "Jan
	 * Kavan" */
	if (sw_timex_bare_short(month, m)) {
		gsize at = tm->end;
		while (at < tm->ctx->len && tm->ctx->text[at] == ' ')
			at++;
		if (at > tm->end && at < tm->ctx->len && g_ascii_isupper(tm->ctx->text[at]))
			return FALSE;
	}
	/* "May" and "March" alone are too often a verb or a name ("Theresa
	 * May", "the women's march"), and so is a short form with no stop
	 * ("Jan said", "Lee Ho Jun"): a month only after a word that asks
	 * for a time, a date moved to it, in a range of months, or with
	 * "early", "the end of" and the like */
	if (rel == NULL && (((m == 5 || m == 3) && strlen(month) <= 5) || sw_timex_bare_short(month, m)) &&
	    !sw_timex_group_set(tm, "part") && !sw_timex_group_set(tm, "edge")) {
		if ((!sw_word_set_has(&sw_timex_month_leads_set, word) ||
		     (m == 5 && sw_word_set_has(&sw_timex_month_leads_name_set, word))) &&
		    !sw_facts_re_matches_before(&sw_timex_re_period_to, tm->ctx, tm->start, 24) &&
		    !sw_facts_re_matches_before(&sw_timex_re_moved_to, tm->ctx, tm->start, 32) &&
		    !sw_facts_re_matches_before(&sw_timex_re_month_range_before, tm->ctx, tm->start, 40) &&
		    !sw_facts_re_matches_at(&sw_timex_re_month_range_after, tm->ctx, tm->end, 16))
			return FALSE;
		/* after "the", a noun must follow, and not a march's own name:
		 * "the March accession", not "the March on Washington" */
		if (g_str_equal(word, "the") && !sw_facts_re_matches_at(&sw_timex_re_month_noun, tm->ctx,
									 tm->end, 16))
			return FALSE;
	}
	if (tm->ctx->ref == NULL) {
		tm->value = g_strdup_printf("XXXX-%02d", m);
		return TRUE;
	}
	y = (gint)g_date_get_year(tm->ctx->ref);
	/* "since March" has begun: the latest March on or before now; so
	 * has "backdated to April" */
	if (rel == NULL && (g_str_equal(word, "since") ||
			    sw_facts_re_matches_before(&sw_timex_re_backdated, tm->ctx, tm->start, 32)))
		y = m <= (gint)g_date_get_month(tm->ctx->ref) ? y : y - 1;
	/* "last October" is the latest October before this month, but not
	 * the month just ended, which news calls "last month", "this past
	 * February" or names bare: "last February", written on March 1, is
	 * a year back */
	else if (g_strcmp0(rel, "last") == 0 || g_strcmp0(rel, "past") == 0)
		y = m < (gint)g_date_get_month(tm->ctx->ref) - (sw_timex_this_past(tm) ? 0 : 1) ? y : y - 1;
	else if (g_strcmp0(rel, "next") == 0 || g_strcmp0(rel, "coming") == 0)
		y = m > (gint)g_date_get_month(tm->ctx->ref) ? y : y + 1;
	else if (g_strcmp0(rel, "this") != 0)
		y = sw_timex_infer_year(tm, m, 0);
	tm->value = g_strdup_printf("%04d-%02d", y, m);
	return TRUE;
}

/* the date of weekday @wd (1 = Monday) near the reference: the last one
 * on or before it in the past tense, the next one after it ahead */
static void
sw_timex_weekday_date(const GDate *ref, gint wd, gint dir, GDate *out)
{
	gint cur = g_date_get_weekday(ref);
	*out = *ref;
	if (dir > 0) {
		gint n = (wd - cur + 7) % 7;
		g_date_add_days(out, n == 0 ? 7 : (guint)n);
	} else {
		g_date_subtract_days(out, (guint)((cur - wd + 7) % 7));
	}
}

static const gchar *
sw_timex_pod_code(const gchar *pod)
{
	if (pod == NULL)
		return NULL;
	if (g_str_equal(pod, "morning"))
		return "MO";
	if (g_str_equal(pod, "afternoon"))
		return "AF";
	if (g_str_equal(pod, "evening"))
		return "EV";
	return "NI";
}

/* which way a weekday with no "last" or "next" lies from the reference:
 * ahead when the clause says so plainly, back when its verb (or, with
 * none, its clause) is in the past, else whichever of the two is
 * nearer, ahead for up to three days */
static SwFactsRe sw_timex_re_closing_price = SW_FACTS_RE(
    "\\b(?:closing|final|undisturbed)\\s+(?:share\\s+)?(?:price|prices|level|levels)\\s+(?:on|of)\\s+(?:last\\s+)?$");

static gint
sw_timex_weekday_dir(SwTimexMatch *tm, gint w)
{
	gint verb;

	/* a price a market closed at is known only once the day is over:
	 * "a premium to the closing price on Friday", in a sentence of the
	 * future too */
	if (sw_facts_re_matches_before(&sw_timex_re_closing_price, tm->ctx, tm->start, 40))
		return -1;
	if (sw_timex_strong_future(tm) || sw_facts_moved_to(tm->ctx, tm->start))
		return 1;
	verb = sw_facts_verb_tense(tm->ctx, tm->start, tm->end);
	/* "parliament meets on Tuesday": the one to come */
	if (verb == SW_TENSE_SCHEDULED)
		return 1;
	/* its verb in the past, or none and the clause told in the past;
	 * "would travel on Thursday" may be either side, so the nearer */
	if (verb < 0 || (verb == 0 && sw_timex_past_clause(tm)))
		return -1;
	return ((w - (gint)g_date_get_weekday(tm->ctx->ref) + 7) % 7) <= 3 ? 1 : -1;
}

/* "a week from Monday", "Monday week", "Friday fortnight": weeks after
 * the coming weekday (today, on that weekday), which only ever looks
 * ahead; "a week today" or "tomorrow" after that day, "a week yesterday"
 * before it */
static gboolean
sw_timex_norm_week_after_weekday(SwTimexMatch *tm)
{
	g_autofree gchar *wd = sw_timex_group(tm, "wd");
	g_autofree gchar *n = sw_timex_group(tm, "n");
	g_autofree gchar *fn = sw_timex_group(tm, "fn");
	g_autofree gchar *dw = sw_timex_group(tm, "dw");
	gint w = wd != NULL ? sw_timex_weekday_of(wd) : 0;
	gdouble weeks = 1;
	gint days;
	GDate d;

	if (tm->ctx->ref == NULL || (w == 0 && dw == NULL) || (n != NULL && !sw_facts_number(n, &weeks)))
		return FALSE;
	d = *tm->ctx->ref;
	/* from the coming weekday, or from the day a day's word names; "a
	 * week yesterday" looks back, a week before yesterday */
	if (dw != NULL)
		days = g_str_equal(dw, "tomorrow") ? 1 : g_str_equal(dw, "yesterday") ? -1 : 0;
	else
		days = (w - (gint)g_date_get_weekday(&d) + 7) % 7;
	sw_timex_shift_day(&d, days + (days < 0 ? -1 : 1) * 7 * (gint)weeks * (fn != NULL ? 2 : 1));
	tm->value = sw_timex_day(&d);
	return TRUE;
}

/* a capitalised word that is no month right after a weekday: "Sunday
 * Times" */
static SwFactsRe sw_timex_re_weekday_name = SW_FACTS_RE(
    "^\\s(?!(?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|GMT|UTC|EST|EDT|PST|PDT|CST|CDT|BST|CET))"
    "(?-i:[A-Z][a-z]+)\\b");

static gboolean
sw_timex_norm_weekday(SwTimexMatch *tm)
{
	g_autofree gchar *wd = sw_timex_group(tm, "wd");
	g_autofree gchar *rel = sw_timex_group(tm, "rel");
	g_autofree gchar *pod = sw_timex_group(tm, "pod");
	gint w = sw_timex_weekday_of(wd);
	gint dir;
	GDate d;

	if (w == 0)
		return FALSE;
	/* "The Sunday Times", "the Tuesday Group": a name that a weekday
	 * opens, not a day */
	if (rel == NULL && pod == NULL && sw_facts_re_matches_at(&sw_timex_re_weekday_name, tm->ctx, tm->end, 24)) {
		gchar word[8];
		sw_timex_word_before(tm, word, sizeof word);
		if (g_str_equal(word, "the"))
			return FALSE;
	}
	if (tm->ctx->ref == NULL) {
		tm->value = g_strdup_printf("XXXX-WXX-%d", w);
		return TRUE;
	}
	if (g_strcmp0(rel, "next") == 0 || g_strcmp0(rel, "coming") == 0)
		dir = 1;
	else if (g_strcmp0(rel, "last") == 0 || g_strcmp0(rel, "past") == 0)
		dir = -1;
	else
		dir = sw_timex_weekday_dir(tm, w);
	sw_timex_weekday_date(tm->ctx->ref, w, dir, &d);
	/* the same day named: today */
	if (dir > 0 && w == (gint)g_date_get_weekday(tm->ctx->ref) && g_strcmp0(rel, "next") != 0)
		d = *tm->ctx->ref;
	/* "last Friday" said on a Friday is a week ago */
	if (g_strcmp0(rel, "last") == 0 && g_date_compare(&d, tm->ctx->ref) == 0)
		g_date_subtract_days(&d, 7);
	/* "the previous Friday": the one before the Friday of the story;
	 * after a day the story named, counted from that day ("The vote was
	 * on Sunday. The following Monday, ...") */
	if (g_strcmp0(rel, "the previous") == 0) {
		g_date_subtract_days(&d, 7);
		tm->told = SW_TIMEX_TOLD_WEEKDAY;
		tm->shift = -w;
	} else if (g_strcmp0(rel, "the following") == 0) {
		g_date_add_days(&d, 7);
		tm->told = SW_TIMEX_TOLD_WEEKDAY;
		tm->shift = w;
	}
	/* "Friday night" is dated by its day; the part of it is a detail */
	(void)pod;
	tm->value = sw_timex_day(&d);
	return TRUE;
}

static SwFactsRe sw_timex_re_counted_noun =
    SW_FACTS_RE("^(people|men|women|soldiers|troops|workers|jobs|cases|votes|feet|miles|km|meters|"
		"metres|tons|tonnes|shares|units)\\b");

/* is the word at text[@pos] (past spaces) a counted noun ("2000
 * people")? The next word only: the rest of the page is not read */
static gboolean
sw_timex_counted_after(SwTimexMatch *tm, gsize pos)
{
	while (pos < tm->ctx->len && tm->ctx->text[pos] == ' ')
		pos++;
	return pos < tm->ctx->len && sw_facts_re_matches_at(&sw_timex_re_counted_noun, tm->ctx, pos, 16);
}

static gboolean
sw_timex_norm_year(SwTimexMatch *tm)
{
	g_autofree gchar *year = sw_timex_group(tm, "year");
	gint y = atoi(year);
	gchar word[8];

	/* a year in running text, not a count: "1998" yes, "1,998" no; and
	 * not the number of a thing ("2000 people") nor of a house ("at 1600
	 * Pennsylvania Avenue"; "in 2012 Oxford Street saw" is a year) */
	sw_timex_word_before(tm, word, sizeof word);
	if (sw_timex_counted_after(tm, tm->end) || (g_str_equal(word, "at") && sw_facts_street_after(tm->ctx, tm->end)))
		return FALSE;
	/* "the GTX 1660", "an RTX 2060": after a word in capitals, a year
	 * far from the story's time is a model's number; an event's year is
	 * near it ("CES 2019", "TIFF 2019"), and an era's may be far ("AD
	 * 1660") */
	if (tm->ctx->ref != NULL && tm->start >= 3 && tm->ctx->text[tm->start - 1] == ' ') {
		gsize w = 0;
		guint caps = sw_facts_capitals_before(tm->ctx, tm->start - 1, &w);
		gint ry = (gint)g_date_get_year(tm->ctx->ref);
		if (caps >= 2 && caps == tm->start - 1 - w && (y < ry - 100 || y > ry + 30) &&
		    !g_str_equal(word, "ad"))
			return FALSE;
	}
	tm->value = g_strdup_printf("%04d", y);
	return TRUE;
}

/* a run of years: the last is later than the first by no more than 20
 * years ("2014-12" may be a month, "1800-2000" a count), and no counted
 * noun follows ("2000-10 people"); the match is the first year or the
 * last */
static gboolean
sw_timex_norm_year_range(SwTimexMatch *tm)
{
	g_autofree gchar *y1s = sw_timex_group(tm, "y1");
	g_autofree gchar *y2s = sw_timex_group(tm, "y2");
	gint y1 = atoi(y1s);
	gint y2 = atoi(y2s);
	gint e1 = -1, e2 = -1;

	if (strlen(y2s) == 2) {
		y2 += y1 / 100 * 100;
		if (y2 <= y1)
			y2 += 100;
	}
	if (y2 <= y1 || y2 - y1 > 20)
		return FALSE;
	if (!g_match_info_fetch_named_pos(tm->m, "y1", NULL, &e1) ||
	    !g_match_info_fetch_named_pos(tm->m, "y2", NULL, &e2) || e2 < 0)
		return FALSE;
	if (sw_timex_counted_after(tm, (gsize)e2))
		return FALSE;
	tm->value = g_strdup_printf("%04d", tm->start >= (gsize)e1 ? y2 : y1);
	return TRUE;
}

/* a year written with two digits ("FY16", "2H15"), or four: within a
 * century of the reference (or of 2000 without one), no more than 20
 * years ahead ("FY99" said in 2014 is 1999) */
static gint
sw_timex_short_year(SwTimexMatch *tm, const gchar *digits)
{
	gint base = tm->ctx->ref != NULL ? (gint)g_date_get_year(tm->ctx->ref) : 2000;
	gint y = atoi(digits);

	if (strlen(digits) == 4)
		return y;
	y += base / 100 * 100;
	if (y > base + 20)
		y -= 100;
	return y;
}

/* "FY16": the fiscal year that ends in 2016 */
static gboolean
sw_timex_norm_fy2(SwTimexMatch *tm)
{
	g_autofree gchar *fy2 = sw_timex_group(tm, "fy2");

	tm->value = g_strdup_printf("%04d", sw_timex_short_year(tm, fy2));
	return TRUE;
}

/* "the same quarter a year ago", "the corresponding period last year":
 * the quarter just reported, a year back, when the text speaks of
 * quarters or names one; else last year */
static gboolean
sw_timex_norm_year_ago_period(SwTimexMatch *tm)
{
	g_autofree gchar *unit = sw_timex_group(tm, "unit");
	gint q, y;

	if (tm->ctx->ref == NULL)
		return FALSE;
	y = (gint)g_date_get_year(tm->ctx->ref) - 1;
	if (!g_str_equal(unit, "quarter") && !sw_timex_reports_quarter(tm)) {
		tm->value = g_strdup_printf("%04d", y);
		return TRUE;
	}
	q = sw_timex_quarter_of(tm->ctx->ref) - 1;
	if (q < 1) {
		q = 4;
		y--;
	}
	tm->value = g_strdup_printf("%04d-Q%d", y, q);
	return TRUE;
}

/* "the week after next": two on from this one */
static gboolean
sw_timex_norm_after_next(SwTimexMatch *tm)
{
	g_autofree gchar *unit = sw_timex_group(tm, "unit");
	g_autofree gchar *bl = sw_timex_group(tm, "bl");
	gint sign = bl != NULL ? -1 : 1;
	GDate d;

	if (tm->ctx->ref == NULL)
		return FALSE;
	d = *tm->ctx->ref;
	if (g_str_has_prefix(unit, "week")) {
		/* "the weekend before last" is the one before last weekend */
		sw_timex_shift_day(&d, 14 * sign);
		tm->value = sw_timex_week(&d);
		if (g_str_equal(unit, "weekend"))
			sw_timex_weekend(tm);
	} else if (g_str_equal(unit, "month")) {
		g_date_set_day(&d, 1);
		if (sign > 0)
			g_date_add_months(&d, 2);
		else if (g_date_get_year(&d) > 1)
			g_date_subtract_months(&d, 2);
		tm->value = g_strdup_printf("%04u-%02u", g_date_get_year(&d), g_date_get_month(&d));
	} else {
		tm->value = g_strdup_printf("%04d", MAX((gint)g_date_get_year(&d) + 2 * sign, 0));
	}
	return TRUE;
}

static gboolean
sw_timex_norm_decade(SwTimexMatch *tm)
{
	g_autofree gchar *dec = sw_timex_group(tm, "dec");
	g_autofree gchar *dec2 = sw_timex_group(tm, "dec2");

	g_autofree gchar *decw = sw_timex_group(tm, "decw");

	if (dec != NULL) {
		/* "the 1800s", "the early 1900s": a century, as readers take
		 * a round hundred before our own ("the 2000s" is a decade) */
		if (strlen(dec) == 3 && dec[2] == '0' && atoi(dec) % 10 == 0 && atoi(dec) < 200)
			tm->value = g_strndup(dec, 2);
		else
			tm->value = g_strdup(dec);
	} else if (dec2 != NULL) {
		tm->value = g_strdup_printf("19%s", dec2);
	} else {
		static const gchar *const words[] = {"twenties", "thirties", "forties", "fifties",
						     "sixties",  "seventies", "eighties", "nineties"};
		for (guint i = 0; i < G_N_ELEMENTS(words); i++) {
			if (g_str_equal(decw, words[i]))
				tm->value = g_strdup_printf("19%u", i + 2);
		}
	}
	return tm->value != NULL;
}

/* TRUE when the word of group @name is capitalised inside a name, not at
 * a sentence's start: "Russia Today", "the Winter Olympics" */
static gboolean
sw_timex_in_name(SwTimexMatch *tm, const gchar *name)
{
	const gchar *t = tm->ctx->text;
	gint s = -1, e = -1;
	gsize p;
	gboolean start;

	if (!g_match_info_fetch_named_pos(tm->m, name, &s, &e) || s < 0 || !g_ascii_isupper(t[s]))
		return FALSE;
	/* the sentence starts where only spaces lie before a stop or the text's start */
	p = (gsize)s;
	while (p > 0 && t[p - 1] == ' ')
		p--;
	start = p == 0 || strchr(".!?\n\"“:", t[p - 1]) != NULL ||
		(p >= 3 && (guchar)t[p - 1] == 0x9c && (guchar)t[p - 2] == 0x80);
	if (start)
		return FALSE;
	/* the previous word capitalised, right before */
	if (p == (gsize)s - 1 && p > 0 && g_ascii_isalpha(t[p - 1])) {
		gsize w = p - 1;
		while (w > 0 && g_ascii_isalpha(t[w - 1]))
			w--;
		if (g_ascii_isupper(t[w]))
			return TRUE;
	}
	/* or the next one */
	return (gsize)e + 1 < tm->ctx->len && t[e] == ' ' && g_ascii_isupper(t[e + 1]);
}

static SwFactsRe sw_timex_re_title_noun = SW_FACTS_RE("^\\s+(?-i:programme|program|show|newspaper|paper)\\b");

static gboolean
sw_timex_norm_dayword(SwTimexMatch *tm)
{
	g_autofree gchar *word = sw_timex_group(tm, "word");
	gint offset = 0;
	GDate d;

	if (sw_timex_in_name(tm, "word"))
		return FALSE;
	/* "Radio 4's Today programme", "the Today show": a title */
	if (g_ascii_isupper(tm->ctx->text[tm->start]) &&
	    sw_facts_re_matches_at(&sw_timex_re_title_noun, tm->ctx, tm->end, 16))
		return FALSE;
	if (g_str_has_prefix(word, "yesterday"))
		offset = -1;
	else if (g_str_has_prefix(word, "tomorrow"))
		offset = 1;
	else if (g_str_has_suffix(word, "before yesterday"))
		offset = -2;
	else if (g_str_has_suffix(word, "after tomorrow"))
		offset = 2;
	if (tm->ctx->ref == NULL) {
		tm->value = g_strdup(offset == 0 ? "PRESENT_REF" : "XXXX-XX-XX");
		return TRUE;
	}
	d = *tm->ctx->ref;
	if (offset < 0)
		g_date_subtract_days(&d, (guint)-offset);
	else if (offset > 0)
		g_date_add_days(&d, (guint)offset);
	tm->value = sw_timex_day(&d);
	if (g_str_has_prefix(word, "tonight")) {
		gchar *v = g_strconcat(tm->value, "TNI", NULL);
		g_free(tm->value);
		tm->value = v;
		tm->type = "TIME";
	}
	return TRUE;
}

static gboolean
sw_timex_norm_part_of_day(SwTimexMatch *tm)
{
	g_autofree gchar *rel = sw_timex_group(tm, "rel");
	g_autofree gchar *pod = sw_timex_group(tm, "pod");
	g_autofree gchar *day = NULL;
	GDate d;

	if (tm->ctx->ref == NULL)
		return FALSE;
	d = *tm->ctx->ref;
	if (rel == NULL)
		rel = g_strdup("today");
	if (g_str_equal(rel, "yesterday") || (g_str_equal(rel, "last") && g_str_equal(pod, "night")))
		g_date_subtract_days(&d, 1);
	else if (g_str_equal(rel, "tomorrow"))
		g_date_add_days(&d, 1);
	else if (g_str_equal(rel, "last"))
		return FALSE;
	day = sw_timex_day(&d);
	tm->type = "TIME";
	tm->value = g_strdup_printf("%sT%s", day, sw_timex_pod_code(pod));
	return TRUE;
}

/* the unit's letter in a duration */
static const gchar *
sw_timex_unit_code(const gchar *unit, gboolean *out_time, gint *out_mult)
{
	*out_time = FALSE;
	*out_mult = 1;
	if (g_str_has_prefix(unit, "second")) {
		*out_time = TRUE;
		return "S";
	}
	if (g_str_has_prefix(unit, "minute")) {
		*out_time = TRUE;
		return "M";
	}
	if (g_str_has_prefix(unit, "hour")) {
		*out_time = TRUE;
		return "H";
	}
	if (g_str_has_prefix(unit, "day") || g_str_has_prefix(unit, "night"))
		return "D";
	if (g_str_has_prefix(unit, "fortnight")) {
		*out_mult = 2;
		return "W";
	}
	if (g_str_has_prefix(unit, "weekend"))
		return "WE";
	if (g_str_has_prefix(unit, "week"))
		return "W";
	if (g_str_has_prefix(unit, "month"))
		return "M";
	/* "a quarter century", "the last quarter-century": 25 years */
	if (g_str_has_prefix(unit, "quarter") && strstr(unit, "centur") != NULL) {
		*out_mult = 25;
		return "Y";
	}
	if (g_str_has_prefix(unit, "quarter"))
		return "Q";
	if (g_str_has_prefix(unit, "decade")) {
		*out_mult = 10;
		return "Y";
	}
	if (g_str_has_prefix(unit, "centur")) {
		*out_mult = 100;
		return "Y";
	}
	return "Y";
}

/* a whole number of @code units (a time's, with @time) and the rest in
 * the next smaller unit, as TIMEX3 writes them: P2Y6M, P1DT12H, PT30M,
 * PT1M30S; NULL for a unit with no fixed smaller one (a month, a
 * quarter) */
static gchar *
sw_timex_duration_rest(const gchar *code, gboolean time, gint64 whole, gdouble frac)
{
	static const struct {
		const gchar *code;
		gboolean time;
		const gchar *smaller;
		gint per;
		gboolean smaller_time;
	} rests[] = {
	    {"Y", FALSE, "M", 12, FALSE}, {"D", FALSE, "H", 24, TRUE}, {"H", TRUE, "M", 60, TRUE}, {"M", TRUE, "S", 60, TRUE},
	};

	for (guint i = 0; i < G_N_ELEMENTS(rests); i++) {
		g_autofree gchar *big = NULL;
		if (!g_str_equal(code, rests[i].code) || time != rests[i].time)
			continue;
		big = whole > 0 ? g_strdup_printf("%" G_GINT64_FORMAT "%s", whole, code) : g_strdup("");
		return g_strdup_printf("P%s%s%s%d%s", time ? "T" : "", big, rests[i].smaller_time && !time ? "T" : "",
				       (gint)(frac * rests[i].per + 0.5), rests[i].smaller);
	}
	return NULL;
}

/* P2W, PT16H, P40Y; PXY when the number is vague (PXE, PXC for decades
 * and centuries) */
static gchar *
sw_timex_duration(const gchar *num, const gchar *unit)
{
	gboolean time = FALSE;
	gint mult = 1;
	const gchar *code = sw_timex_unit_code(unit, &time, &mult);
	gdouble n = 0;
	g_autofree gchar *amount = NULL;

	if (num != NULL && sw_facts_number(num, &n) && n > 0) {
		gdouble total = n * mult;
		/* a year and a half, 2 1/2 years: whole units and the rest in the
		 * next smaller one, as TIMEX3 writes them (P2Y6M, PT1M30S) */
		if (total != (gdouble)(gint64)total) {
			gint64 whole = (gint64)total;
			gdouble frac = total - (gdouble)whole;
			/* half a week: three days and a half */
			if (g_str_equal(code, "W")) {
				code = "D";
				total *= 7;
				whole = (gint64)total;
				frac = total - (gdouble)whole;
			}
			if (frac > 0) {
				gchar *rest = sw_timex_duration_rest(code, time, whole, frac);
				if (rest != NULL)
					return rest;
			}
			/* a month or a quarter has no fixed smaller unit: ISO
			 * 8601's decimal on the last one ("three and a half months"
			 * P3.5M) */
			if (total < 1e9) {
				gchar buf[G_ASCII_DTOSTR_BUF_SIZE];
				return g_strdup_printf("P%s%s%s", time ? "T" : "",
						       g_ascii_formatd(buf, sizeof buf, "%.15g", total), code);
			}
		}
		if (total > 1e9)
			return NULL;
		amount = g_strdup_printf("%" G_GINT64_FORMAT, (gint64)total);
	} else {
		/* vague decades and centuries keep their unit, TimeML's E and
		 * C: "for decades" is not "for years" */
		if (mult == 10 && g_str_equal(code, "Y"))
			return g_strdup("PXE");
		if (mult == 100 && g_str_equal(code, "Y"))
			return g_strdup("PXC");
		amount = g_strdup("X");
	}
	return g_strdup_printf("P%s%s%s", time ? "T" : "", amount, code);
}

static SwFactsRe sw_timex_re_after_second =
    SW_FACTS_RE("^(?:ago|later|earlier|or|and|long|of|to|before|after|in|on|for|at)\\b");

/* is the word before the expression a quantity, or a noun counted by
 * one ("$2 million", "700 seats", "24 hours")? Only spaces between, or
 * a hyphen right before it */
static gboolean
sw_timex_after_quantity(SwTimexMatch *tm)
{
	const gchar *text = tm->ctx->text;
	gsize p = tm->start;

	for (guint word = 0; word < 2; word++) {
		gsize e, b;
		gchar buf[16];
		gdouble n;
		/* "the $6.99-a-month service": a hyphen may join the rate */
		if (p == 0 || (text[p - 1] != ' ' && !(word == 0 && text[p - 1] == '-')))
			return FALSE;
		e = p - 1;
		b = e;
		while (b > 0 && text[b - 1] != '\0' &&
		       (g_ascii_isalnum(text[b - 1]) || strchr("$,.%", text[b - 1]) != NULL))
			b--;
		/* a comma or a stop after it ends the phrase: "In 1989, a year" */
		if (b == e || e - b >= sizeof buf || text[e - 1] == ',' || text[e - 1] == '.')
			return FALSE;
		memcpy(buf, text + b, e - b);
		buf[e - b] = '\0';
		/* a number, an amount or a scale word ("$5 bn a year"; a
		 * single letter such as "m" is too often something else) */
		if (g_ascii_isdigit(buf[0]) || buf[0] == '$' ||
		    (sw_facts_number(buf, &n) && n > 1) ||
		    (e - b > 1 && sw_quantity_scale(buf) > 1) || g_str_equal(buf, "hundred") ||
		    g_str_equal(buf, "dozen"))
			return TRUE;
		/* a noun, a plural ("600,000 people a year" too): the word
		 * before it must count it */
		if (!g_ascii_isalpha(buf[0]) ||
		    (buf[e - b - 1] != 's' && !g_str_equal(buf, "people") && !g_str_has_suffix(buf, "men") &&
		     !g_str_has_suffix(buf, "children")))
			return FALSE;
		p = b;
	}
	return FALSE;
}

/* "of" and a determiner: a share of something ("of its food"); "several
 * quarters of losses" and "three quarters of the year" stay times */
static SwFactsRe sw_timex_re_share_of = SW_FACTS_RE(
    "^(?:\\s+of\\s+(?:the|its|his|her|their|our|your|my|all|those|these|that|an?)\\s+"
    "(?!(?:year|fiscal|century|decade)\\b)|"
    /* a rate's step: "a quarter point", "a quarter-percentage-point cut" */
    "[\\s-]+(?:of\\s+a\\s+)?(?:percentage[\\s-]+)?points?\\b)");
/* the words before "one day" meaning "someday": a modal, "to", a subject */
static const gchar *const sw_timex_someday_leads[] = {
    "will", "would", "could", "can", "may", "might", "should", "must", "to", "he", "she", "it", "they", "we", "i", "you",
};
static SwWordSet sw_timex_someday_leads_set = SW_WORD_SET(sw_timex_someday_leads);
/* a verb after it, a word in lower case that is no preposition nor a
 * time's ("one day later", "one day of talks" are times) */
static SwFactsRe sw_timex_re_verb_after = SW_FACTS_RE(
    "^\\s+(?!(?:after|later|before|ago|earlier|of|in|and|or|to|for|at|on|when|while|since|than|off|more|"
    "each|per|a|the)\\b)(?-i:[a-z]+)\\b");
/* a clause after "that one day", its subject and a modal: "that one day
 * the project will grow" (not a past story's day: "that one day the man
 * came") */
static SwFactsRe sw_timex_re_subject_after = SW_FACTS_RE(
    "^,?\\s+(?:the|this|that|these|our|my|we|they|he|she|it|i|you)\\b[^.;!?]{0,40}?\\b"
    "(?:will|would|could|can|may|might)\\b");

static SwFactsRe sw_timex_re_clause_end = SW_FACTS_RE("^\\s*(?:[.?!,;:)]|\u2014|\u2013|$)");
static SwFactsRe sw_timex_re_length_before = SW_FACTS_RE(
    "\\b(?:for|in|within|over|after|about|only|just|least|than|take|takes|last|lasts|spend|be|been|"
    "is|are|was|were|run|runs|stay|stays|wait|work|works|strike|close|closes|shut)\\s+$");

gboolean
sw_timex_is_someday(const SwFactsCtx *ctx, gsize start, gsize end)
{
	gchar word[8];

	sw_facts_word_before(ctx, start > 16 ? start - 16 : 0, start, word, sizeof word);
	/* "hopes that one day the project will grow" */
	if (g_str_equal(word, "that"))
		return sw_facts_re_matches_at(&sw_timex_re_subject_after, ctx, end, 64);
	if (sw_facts_re_matches_at(&sw_timex_re_verb_after, ctx, end, 24) &&
	    sw_word_set_has(&sw_timex_someday_leads_set, word))
		return TRUE;
	/* "someone is going to find it one day.": at the end of a clause
	 * that speaks of the future, after its object; after a verb or a
	 * word of length it is one ("will last one day", "in one day") */
	return sw_facts_re_matches_at(&sw_timex_re_clause_end, ctx, end, 8) &&
	       !sw_facts_re_matches_before(&sw_timex_re_length_before, ctx, start, 16) &&
	       sw_facts_verb_tense(ctx, start, end) > 0;
}

/* a period's word before "a quarter": "in a quarter was" is a period,
 * "a quarter opposed it" a share */
static SwFactsRe sw_timex_re_period_lead = SW_FACTS_RE("\\b(?:in|for|over|within|during|after|per|each|every)\\s+$");

static SwFactsRe sw_timex_re_hyphen_share_of =
    SW_FACTS_RE("^\\s+(?:\\([^()]{0,24}\\)\\s+)?of\\s+(?!(?:the\\s+)?(?:year|fiscal|century|decade|\\d)\\b)");
/* a change by a share: "fell by a quarter", "cut by three-quarters" */
static SwFactsRe sw_timex_re_share_by =
    SW_FACTS_RE("\\b(?:" SW_FACTS_CHANGE_VERBS ")\\s+(?:by\\s+)?"
		"(?:about\\s+|nearly\\s+|almost\\s+|roughly\\s+|more\\s+than\\s+)?$");

/* the expression begins with its number: "a year", not "over a year" */
static gboolean
sw_timex_num_leads(SwTimexMatch *tm)
{
	gint s = -1, e = -1;

	return g_match_info_fetch_named_pos(tm->m, "num", &s, &e) && s >= 0 && (gsize)s == tm->start;
}

/* a word in capitals after the unit, past an apostrophe and a space
 * or a hyphen: "War" in "the Six-Day War", "the Seven Years' War" */
static SwFactsRe sw_timex_re_title_after = SW_FACTS_RE("^(?:['\u2019]?\\s+|-)(?-i:[A-Z][a-z])");

/* a count and its unit both in capitals before a word in capitals are
 * part of a name, no length: "the 1967 Six-Day War", "the Hundred
 * Years' War" (not "Three Weeks" ending a title) */
static gboolean
sw_timex_in_title(SwTimexMatch *tm)
{
	gint ns = -1, ne = -1, us = -1, ue = -1;

	return g_match_info_fetch_named_pos(tm->m, "num", &ns, &ne) && ns >= 0 &&
	       g_match_info_fetch_named_pos(tm->m, "unit", &us, &ue) && us >= 0 && (gsize)ue == tm->end &&
	       g_ascii_isupper(tm->ctx->text[ns]) && g_ascii_isupper(tm->ctx->text[us]) &&
	       sw_facts_re_matches_at(&sw_timex_re_title_after, tm->ctx, tm->end, 8);
}

/* is the quarter @num @unit at @tm a share, not a time? "three-quarters
 * of its food", "a quarter of the market", "fell by a quarter"; written
 * with a hyphen, or one quarter or three, of anything but a year
 * ("three-quarters of what it takes", "A quarter of voters", "three
 * quarters of staff"; "two quarters of growth" is a length); one quarter
 * of a group that acts ("a quarter opposed it", not "in a quarter was") */
static gboolean
sw_timex_quarter_share(SwTimexMatch *tm, const gchar *num, const gchar *unit)
{
	gsize n = strlen(unit);
	gboolean hyphen = tm->end - n > tm->start && tm->ctx->text[tm->end - n - 1] == '-';
	gboolean one = g_str_equal(unit, "quarter") &&
		       (g_ascii_strcasecmp(num, "a") == 0 || g_ascii_strcasecmp(num, "one") == 0);
	gboolean three = g_str_equal(unit, "quarters") && g_ascii_strcasecmp(num, "three") == 0;

	if (sw_facts_re_matches_at(&sw_timex_re_share_of, tm->ctx, tm->end, 40) ||
	    sw_facts_re_matches_before(&sw_timex_re_share_by, tm->ctx, tm->start, 40))
		return TRUE;
	if ((hyphen || one || three) && sw_facts_re_matches_at(&sw_timex_re_hyphen_share_of, tm->ctx, tm->end, 24))
		return TRUE;
	return g_str_equal(unit, "quarter") && g_ascii_strcasecmp(num, "a") == 0 &&
	       sw_facts_share_acts(tm->ctx, tm->end) &&
	       !sw_facts_re_matches_before(&sw_timex_re_period_lead, tm->ctx, tm->start, 16);
}

static gboolean
sw_timex_norm_duration(SwTimexMatch *tm)
{
	g_autofree gchar *num = sw_timex_group(tm, "num");
	g_autofree gchar *unit = sw_timex_group(tm, "unit");
	g_autofree gchar *half = sw_timex_group(tm, "half");
	g_autofree gchar *halfnum = sw_timex_group(tm, "halfnum");
	g_autofree gchar *old = sw_timex_group(tm, "old");
	gdouble n = 0;

	/* "a days" is no duration; an age ("6-year-old") is not a time */
	if ((g_strcmp0(num, "a") == 0 || g_strcmp0(num, "an") == 0) && g_str_has_suffix(unit, "s"))
		return FALSE;
	/* "the town will one day be", "he one day follow", "Some day we will
	 * win": "someday", a time to come, no length */
	if (g_strcmp0(unit, "day") == 0 &&
	    (g_ascii_strcasecmp(num, "some") == 0 ||
	     (g_ascii_strcasecmp(num, "one") == 0 && sw_timex_is_someday(tm->ctx, tm->start, tm->end)))) {
		tm->type = "DATE";
		tm->value = g_strdup("FUTURE_REF");
		return TRUE;
	}
	if (old != NULL && g_str_has_prefix(old, "old"))
		return FALSE;
	if (sw_timex_in_title(tm))
		return FALSE;
	/* "a second surprise": an ordinal before its noun, not one second */
	if (g_strcmp0(unit, "second") == 0 && tm->end + 1 < tm->ctx->len &&
	    tm->ctx->text[tm->end] == ' ' && g_ascii_isalpha(tm->ctx->text[tm->end + 1]) &&
	    !sw_facts_re_matches_at(&sw_timex_re_after_second, tm->ctx, tm->end + 1, 16))
		return FALSE;
	/* "the 1988 second quarter": a year, not 1988 seconds; "0600 hours"
	 * is a clock time */
	if (sw_facts_number(num, &n) && ((n >= 1000 && strchr(num, ',') == NULL) || (num[0] == '0' && strlen(num) == 4)))
		return FALSE;
	if (g_str_has_prefix(unit, "quarter") && sw_timex_quarter_share(tm, num, unit))
		return FALSE;
	/* "$500 million a year", "four flights a week": a rate, each year;
	 * not with a word between ("$300bn over a decade" is a span) */
	if ((g_strcmp0(num, "a") == 0 || g_strcmp0(num, "an") == 0) && sw_timex_num_leads(tm) &&
	    sw_timex_after_quantity(tm)) {
		tm->type = "SET";
		tm->value = sw_timex_duration("1", unit);
		return tm->value != NULL;
	}
	tm->type = "DURATION";
	/* "two years and a half", "nine and a half years" */
	if ((half != NULL || halfnum != NULL) && sw_facts_number(num, &n)) {
		g_autofree gchar *plus = g_strdup_printf("%.15g", n + 0.5);
		tm->value = sw_timex_duration(plus, unit);
	} else {
		tm->value = sw_timex_duration(num, unit);
	}
	return tm->value != NULL;
}

static gboolean
sw_timex_norm_vague_duration(SwTimexMatch *tm)
{
	g_autofree gchar *unit = sw_timex_group(tm, "unit");
	g_autofree gchar *q = sw_timex_group(tm, "q");
	g_autofree gchar *lead = sw_timex_group(tm, "lead");

	/* "cut in quarters" is four parts; quarters are times with a word
	 * that makes them so ("recent quarters") */
	if (g_str_equal(unit, "quarters") && q == NULL)
		return FALSE;
	/* the span leaves out the preposition */
	if (lead != NULL)
		tm->start += strlen(lead) + 1;
	while (tm->start < tm->end && tm->ctx->text[tm->start] == ' ')
		tm->start++;
	tm->type = "DURATION";
	tm->value = sw_timex_duration(NULL, unit);
	return TRUE;
}

static gboolean
sw_timex_norm_long(SwTimexMatch *tm)
{
	g_autofree gchar *unit = sw_timex_group(tm, "unit");
	gboolean plural = g_str_has_suffix(unit, "s");

	/* one unit when singular ("day-long"), some when plural */
	tm->type = "DURATION";
	tm->value = sw_timex_duration(plural ? NULL : "1", unit);
	return tm->value != NULL;
}

static SwFactsRe sw_timex_re_in = SW_FACTS_RE("\\bin\\s+$");

static gboolean
sw_timex_norm_ago(SwTimexMatch *tm)
{
	g_autofree gchar *num = sw_timex_group(tm, "num");
	g_autofree gchar *unit = sw_timex_group(tm, "unit");
	g_autofree gchar *dir = sw_timex_group(tm, "dir");
	g_autofree gchar *intime = sw_timex_group(tm, "intime");
	g_autofree gchar *ornum = sw_timex_group(tm, "ornum");
	gboolean back = g_strcmp0(dir, "ago") == 0 || g_strcmp0(dir, "earlier") == 0 ||
			g_strcmp0(dir, "before") == 0;
	gdouble n = 0;
	const gchar *code;
	gboolean clock;
	gint mult;
	GDate d;

	/* "in two weeks' time" is two weeks from now; "two weeks' time
	 * off" is no date */
	if (intime != NULL) {
		if (!sw_facts_re_matches_before(&sw_timex_re_in, tm->ctx, tm->start, 8))
			return FALSE;
		g_free(dir);
		dir = g_strdup("from now");
	}

	/* "months ago", "weeks from now": a plural unit with no number is
	 * some time before or after now; "days later" says nothing */
	if (num == NULL) {
		if (!g_str_has_suffix(unit, "s") || (!g_str_equal(dir, "ago") && !g_str_equal(dir, "from now")))
			return FALSE;
		tm->value = g_strdup(g_str_equal(dir, "ago") ? "PAST_REF" : "FUTURE_REF");
		return TRUE;
	}
	/* "a week or two ago": dated by its far end, as "two or three years
	 * ago" is (sw_timex_duration_ranges) */
	if (ornum != NULL) {
		g_free(num);
		num = g_steal_pointer(&ornum);
	}
	/* "two years later" counts from the last year the story named ("born
	 * in 1990. Two years later"), never from today */
	if (g_str_equal(dir, "later") && g_str_has_prefix(unit, "year") && sw_facts_number(num, &n) &&
	    n >= 1 && n <= 1000 && n == (gint)n && sw_timex_norm_told(tm, "year", (gint)n))
		return TRUE;
	/* "three days later", "a day earlier": counted from a moment of the
	 * story, not from today; what is sure is the distance */
	if (!g_str_equal(dir, "ago") && !g_str_equal(dir, "from now") && !g_str_equal(dir, "hence") &&
	    (!g_str_has_prefix(unit, "year") || g_str_equal(dir, "later"))) {
		tm->type = "DURATION";
		tm->value = sw_timex_duration(num, unit);
		return tm->value != NULL;
	}
	if (tm->ctx->ref == NULL || !sw_facts_number(num, &n) || n <= 0 || n > 10000) {
		tm->value = g_strdup(back ? "PAST_REF" : "FUTURE_REF");
		return TRUE;
	}
	d = *tm->ctx->ref;
	/* "a year ago" in a sentence about quarters is the year-ago quarter */
	if (n == 1 && g_str_has_prefix(unit, "year") && back && sw_timex_reports_quarter(tm)) {
		gint y, q;
		sw_timex_year_ago_quarter(tm, &y, &q);
		tm->value = g_strdup_printf("%04d-Q%d", y, q);
		return TRUE;
	}
	/* the value has the precision of the unit counted, whose code and
	 * multiple sw_timex_unit_code gives ("a decade" is 10 Y, "a
	 * quarter-century" 25 Y, "a fortnight" 2 W); "half a year ago" is
	 * counted in months */
	code = sw_timex_unit_code(unit, &clock, &mult);
	if (!clock && g_str_equal(code, "Y") && n * mult == (gint)(n * mult)) {
		gint y = (gint)g_date_get_year(&d) + (back ? -1 : 1) * (gint)(n * mult);
		tm->value = g_strdup_printf("%04d", MAX(y, 0));
		return TRUE;
	}
	if (!clock && (g_str_equal(code, "M") || g_str_equal(code, "Q") || (g_str_equal(code, "Y") && mult == 1))) {
		gint months = (gint)(n * (g_str_equal(code, "Q") ? 3 : g_str_equal(code, "Y") ? 12 : 1) + 0.5);
		if (back)
			g_date_subtract_months(&d, (guint)months);
		else
			g_date_add_months(&d, (guint)months);
		tm->value = g_strdup_printf("%04u-%02u", g_date_get_year(&d), g_date_get_month(&d));
		return TRUE;
	}
	/* weeks, weekends and fortnights count in days ("two weekends ago"
	 * is 14 days back) */
	if (!clock && (g_str_has_prefix(code, "W") || g_str_equal(code, "D"))) {
		guint days = (guint)(g_str_has_prefix(code, "W") ? n * 7 * mult : n);
		if (back)
			g_date_subtract_days(&d, days);
		else
			g_date_add_days(&d, days);
		tm->value = sw_timex_day(&d);
		return TRUE;
	}
	/* hours and minutes ago: today */
	tm->value = sw_timex_day(&d);
	return TRUE;
}

/* the year or month @shift after the last such time named in the 400
 * bytes before the expression ("the following year", "that year", "the
 * previous month" with @shift -1); FALSE
 * when none is named */
static gboolean
sw_timex_norm_told(SwTimexMatch *tm, const gchar *unit, gint shift)
{
	gsize from = sw_facts_char_on(tm->ctx, tm->start > 400 ? tm->start - 400 : 0);
	g_autoptr(GMatchInfo) mi = NULL;
	gint year = 0, month = 0, day = 0;

	if (!g_str_equal(unit, "year") && !g_str_equal(unit, "month") && !g_str_equal(unit, "week"))
		return FALSE;
	g_regex_match_full(sw_timex_anchor, tm->ctx->text, (gssize)tm->start, (gint)from, 0, &mi,
			   NULL);
	for (; g_match_info_matches(mi); g_match_info_next(mi, NULL)) {
		g_autofree gchar *mon = sw_timex_group_of(mi, "month");
		g_autofree gchar *my = sw_timex_group_of(mi, "year");
		g_autofree gchar *y = sw_timex_group_of(mi, "y");
		g_autofree gchar *yrel = sw_timex_group_of(mi, "yrel");
		g_autofree gchar *aday = sw_timex_group_of(mi, "aday");
		if (mon != NULL) {
			month = sw_timex_month_of(mon);
			day = aday != NULL ? atoi(aday) : 0;
			if (my != NULL)
				year = atoi(my);
			else if (yrel != NULL)
				year = sw_timex_year(tm) + (g_str_equal(yrel, "last")	  ? -1
							    : g_str_equal(yrel, "next") ? 1
											: 0);
		} else {
			year = atoi(y);
			month = 0;
			day = 0;
		}
	}
	/* "the following week": a week after the day last named */
	if (g_str_equal(unit, "week")) {
		GDate d;
		if (month == 0 || day == 0)
			return FALSE;
		if (year == 0)
			year = sw_timex_infer_year(tm, month, day);
		if (!g_date_valid_dmy((GDateDay)day, (GDateMonth)month, (GDateYear)year))
			return FALSE;
		g_date_clear(&d, 1);
		g_date_set_dmy(&d, (GDateDay)day, (GDateMonth)month, (GDateYear)year);
		sw_timex_shift_day(&d, 7 * shift);
		tm->value = sw_timex_week(&d);
		return TRUE;
	}
	if (g_str_equal(unit, "year")) {
		if (year == 0)
			return FALSE;
		tm->value = sw_timex_fmt_year(year + shift);
		return TRUE;
	}
	if (month == 0)
		return FALSE;
	if (year == 0)
		year = sw_timex_infer_year(tm, month, 0);
	if (year == 0)
		return FALSE;
	month += shift;
	if (month > 12) {
		month -= 12;
		year++;
	} else if (month < 1) {
		month += 12;
		year--;
	}
	tm->value = g_strdup_printf("%04d-%02d", year, month);
	return TRUE;
}

static gboolean
sw_timex_norm_relative(SwTimexMatch *tm)
{
	g_autofree gchar *rel = sw_timex_group(tm, "rel");
	g_autofree gchar *unit = sw_timex_group(tm, "unit");
	g_autofree gchar *part = sw_timex_group(tm, "part");
	const GDate *ref = tm->ctx->ref;
	gint shift = 0;
	GDate d;

	if (g_str_equal(rel, "last") || g_str_equal(rel, "the previous"))
		shift = -1;
	else if (g_str_equal(rel, "next") || g_str_equal(rel, "the coming") ||
		 g_str_equal(rel, "the following") || g_str_equal(rel, "the next"))
		shift = 1;
	if (ref == NULL) {
		tm->value = g_strdup(shift < 0 ? "PAST_REF" : shift > 0 ? "FUTURE_REF" : "PRESENT_REF");
		return TRUE;
	}
	/* "the following year" follows a time the story told, not today,
	 * "the previous month" comes before it, and "that year" is that
	 * time's year */
	if ((g_str_equal(rel, "the following") || g_str_equal(rel, "the previous") ||
	     g_str_equal(rel, "the next")) &&
	    sw_timex_norm_told(tm, unit, shift))
		return TRUE;
	if (g_str_equal(rel, "that"))
		return sw_timex_norm_told(tm, unit, 0);
	/* "the new year" is the one that begins at the nearest New Year:
	 * next year from July, even in a past clause ("adjourned until a
	 * date in the new year"), unless counted from ("since the new
	 * year"); the year just begun before July */
	if (g_str_equal(rel, "the new")) {
		gchar word[8];
		sw_timex_word_before(tm, word, sizeof word);
		shift = g_date_get_month(ref) >= G_DATE_JULY && !g_str_equal(word, "since");
	}
	d = *ref;
	(void)part;
	/* "the coming weekend" is the next not yet begun: this week's until
	 * Friday; "this past weekend" the last one over, last week's from
	 * Monday on */
	if (g_str_equal(unit, "weekend") && (g_str_has_suffix(rel, "coming") || g_str_equal(rel, "this past")))
		shift = g_str_equal(rel, "this past") ? (g_date_get_weekday(ref) >= G_DATE_SATURDAY ? 0 : -1)
						      : (g_date_get_weekday(ref) >= G_DATE_SATURDAY ? 1 : 0);
	else if (g_str_equal(rel, "this coming"))
		shift = 1;
	if (g_str_equal(unit, "week") || g_str_equal(unit, "weekend")) {
		if (shift < 0)
			g_date_subtract_days(&d, 7);
		else if (shift > 0)
			g_date_add_days(&d, 7);
		tm->value = sw_timex_week(&d);
		if (g_str_equal(unit, "weekend"))
			sw_timex_weekend(tm);
		return TRUE;
	}
	if (g_str_equal(unit, "month")) {
		if (shift < 0)
			g_date_subtract_months(&d, 1);
		else if (shift > 0)
			g_date_add_months(&d, 1);
		tm->value = g_strdup_printf("%04u-%02u", g_date_get_year(&d), g_date_get_month(&d));
		return TRUE;
	}
	if (g_str_equal(unit, "quarter")) {
		gint q = sw_timex_quarter_of(&d) + shift;
		gint y = (gint)g_date_get_year(&d);
		if (q < 1) {
			q += 4;
			y--;
		} else if (q > 4) {
			q -= 4;
			y++;
		}
		tm->value = g_strdup_printf("%04d-Q%d", y, q);
		return TRUE;
	}
	if (g_str_equal(unit, "decade")) {
		gint dec = (gint)g_date_get_year(&d) / 10 + shift;
		tm->value = g_strdup_printf("%03d", dec);
		return TRUE;
	}
	if (g_str_equal(unit, "century")) {
		gint c = (gint)g_date_get_year(&d) / 100 + shift;
		tm->value = g_strdup_printf("%02d", c);
		return TRUE;
	}
	/* "last year" beside this year's quarter results: its same quarter */
	if (shift == -1 && part == NULL && sw_timex_about_quarters(tm)) {
		gint q = sw_timex_quarter_of(&d) - 1;
		gint y = (gint)g_date_get_year(&d) - 1;
		if (q < 1) {
			q = 4;
			y--;
		}
		tm->value = g_strdup_printf("%04d-Q%d", y, q);
		return TRUE;
	}
	/* year, fiscal year */
	tm->value = sw_timex_fmt_year((gint)g_date_get_year(&d) + shift);
	return TRUE;
}

/* a modal or "to" right before: what follows is a verb */
static SwFactsRe sw_timex_re_modal = SW_FACTS_RE(
    "\\b(?:will|would|could|can|may|might|must|should|shall|to|did|does|do|'ll)\\s+$");

/* what measures the time after it as a length */
static SwFactsRe sw_timex_re_length_lead = SW_FACTS_RE("\\b(?:for|spent|spend|spends|spending)\\s+$");

static gboolean
sw_timex_norm_span(SwTimexMatch *tm)
{
	g_autofree gchar *num = sw_timex_group(tm, "num");
	g_autofree gchar *unit = sw_timex_group(tm, "unit");
	g_autofree gchar *rel = sw_timex_group(tm, "rel");
	gdouble n = 0;
	gboolean vague = num != NULL && !sw_facts_number(num, &n);
	gboolean back = g_strcmp0(rel, "past") == 0 || g_strcmp0(rel, "last") == 0 ||
			g_strcmp0(rel, "previous") == 0;

	/* "the ban will last 18 months": the verb; the duration is found alone */
	if (g_strcmp0(rel, "last") == 0 && tm->start > 1 &&
	    sw_facts_re_matches_before(&sw_timex_re_modal, tm->ctx, tm->start, 12))
		return FALSE;

	/* "The next year, he published a guide": in the past, the year after
	 * one the story named, as "the following year" is */
	if (num == NULL && g_strcmp0(rel, "next") == 0 && tm->ctx->ref != NULL &&
	    sw_facts_verb_tense(tm->ctx, tm->start, tm->end) < 0 && sw_timex_norm_told(tm, unit, 1))
		return TRUE;
	/* "the past year" is last year; "the last decade" the one before */
	if (num == NULL && tm->ctx->ref != NULL && (back || g_strcmp0(rel, "next") == 0 ||
						    g_strcmp0(rel, "coming") == 0)) {
		GDate d = *tm->ctx->ref;
		gint shift = back ? -1 : 1;
		if (g_str_equal(unit, "year")) {
			tm->value = g_strdup_printf("%04d", (gint)g_date_get_year(&d) + shift);
			return TRUE;
		}
		if (g_str_equal(unit, "decade")) {
			tm->value = g_strdup_printf("%03d", (gint)g_date_get_year(&d) / 10 + shift);
			return TRUE;
		}
	}
	/* "the last few months": some time before now; but a length when
	 * "for" or "spent" measures it ("for the past few weeks", "has spent
	 * the last few years") */
	if (vague && back && !sw_facts_re_matches_before(&sw_timex_re_length_lead, tm->ctx, tm->start, 16)) {
		tm->value = g_strdup("PAST_REF");
		return TRUE;
	}
	tm->type = "DURATION";
	tm->value = sw_timex_duration(num != NULL ? num : "1", unit);
	return tm->value != NULL;
}

static SwFactsRe sw_timex_re_span_lead =
    SW_FACTS_RE("\\b(?:over|within|during|for|in|throughout)\\s+$");

static gboolean
sw_timex_norm_told_day(SwTimexMatch *tm)
{
	g_autofree gchar *rel = sw_timex_group(tm, "rel");
	g_autofree gchar *ba = sw_timex_group(tm, "ba");

	/* "within the next day" is a span: the span rule has it */
	if (sw_facts_re_matches_before(&sw_timex_re_span_lead, tm->ctx, tm->start, 12))
		return FALSE;
	if (ba != NULL)
		tm->shift = g_str_equal(ba, "before") ? -1 : 1;
	else if (g_str_equal(rel, "the next") || g_str_equal(rel, "the following"))
		tm->shift = 1;
	else if (g_str_equal(rel, "the previous"))
		tm->shift = -1;
	tm->told = SW_TIMEX_TOLD_DAY;
	/* a stand-in until the day it leans on is known */
	tm->value = g_strdup("XXXX-XX-XX");
	return TRUE;
}

static gint
sw_timex_ordinal(const gchar *ord)
{
	static const gchar *const words[] = {"first", "second", "third", "fourth"};
	for (guint i = 0; i < G_N_ELEMENTS(words); i++) {
		if (g_str_equal(ord, words[i]) || (ord[0] == (gchar)('1' + i) && ord[1] != '\0'))
			return (gint)i + 1;
	}
	return 0;
}

/* the year named by {YEAR}, "this/last/next year" or "fiscal N"; else
 * the reference's */
static gint
sw_timex_year_of_groups(SwTimexMatch *tm)
{
	g_autofree gchar *year = sw_timex_group(tm, "year");
	g_autofree gchar *fy = sw_timex_group(tm, "fy");
	g_autofree gchar *rel = sw_timex_group(tm, "rel");
	gint y = sw_timex_year(tm);

	if (year != NULL)
		return atoi(year);
	if (fy != NULL)
		return atoi(fy);
	if (y > 0 && g_strcmp0(rel, "last") == 0)
		return y - 1;
	if (y > 0 && g_strcmp0(rel, "next") == 0)
		return y + 1;
	return y;
}

/* the year, from the reference's, of quarter (or @half) @k named with
 * none: -1 when it has not begun and the clause does not look ahead or
 * it is the last quarter (or half) of the year, over, whose results the
 * sentence tells of, +1
 * when it ended before the last quarter and the clause plainly looks
 * ahead ("sales will rise in the first quarter" said in November; the
 * quarter just over is the one results are "expected" for), else 0 */
static SwFactsRe sw_timex_re_results = SW_FACTS_RE(
    "\\b(?:results|earnings|figures|data|reports?|reported|reporting|publish(?:es|ed)?|releases?|released)\\b");

static gint
sw_timex_quarter_year_shift(SwTimexMatch *tm, gint k, gboolean half)
{
	gint cur = sw_timex_quarter_of(tm->ctx->ref);
	gint last_q = half ? 2 * k : k;

	/* in January, "will report fourth-quarter results" reports the
	 * quarter just over, last year's */
	if (cur == 1 && last_q == 4 && sw_timex_sentence_matches(tm, &sw_timex_re_results))
		return -1;
	if (k > (half ? (cur + 1) / 2 : cur) && sw_timex_tense(tm) <= 0)
		return -1;
	if (last_q < cur - 1 && sw_timex_strong_future(tm))
		return 1;
	return 0;
}

static gboolean
sw_timex_norm_quarter(SwTimexMatch *tm)
{
	g_autofree gchar *ord = sw_timex_group(tm, "ord");
	g_autofree gchar *qm1 = sw_timex_group(tm, "qm1");
	g_autofree gchar *qm2 = sw_timex_group(tm, "qm2");
	gint q = ord != NULL ? sw_timex_ordinal(ord) : 0;
	gint y = sw_timex_year_of_groups(tm);

	g_autofree gchar *year = sw_timex_group(tm, "year");
	g_autofree gchar *fy = sw_timex_group(tm, "fy");
	g_autofree gchar *rel = sw_timex_group(tm, "rel");

	/* "July-September": the months open and close one quarter */
	if (qm1 != NULL && sw_timex_month_of(qm2) == sw_timex_month_of(qm1) + 2)
		q = (sw_timex_month_of(qm1) - 1) / 3 + 1;
	if (q == 0)
		return FALSE;
	/* "rallied in the fourth quarter" of a game: a quarter of play */
	if (year == NULL && fy == NULL && rel == NULL && sw_timex_about_play(tm))
		return FALSE;
	/* a quarter not yet begun is last year's, unless ahead is meant; one
	 * over is next year's where the clause plainly looks ahead */
	if (y > 0 && year == NULL && fy == NULL && rel == NULL && tm->ctx->ref != NULL)
		y += sw_timex_quarter_year_shift(tm, q, FALSE);
	tm->value = y > 0 ? g_strdup_printf("%04d-Q%d", y, q) : g_strdup_printf("XXXX-Q%d", q);
	return TRUE;
}

static gboolean
sw_timex_norm_period_code(SwTimexMatch *tm)
{
	g_autofree gchar *code = sw_timex_group(tm, "code");
	g_autofree gchar *n = sw_timex_group(tm, "n");
	g_autofree gchar *year = sw_timex_group(tm, "year");
	g_autofree gchar *yy = sw_timex_group(tm, "yy");
	gboolean half = g_ascii_tolower(code[0]) == 'h';
	gint k = atoi(n);
	gint y = year != NULL ? atoi(year) : yy != NULL ? sw_timex_short_year(tm, yy) : sw_timex_year(tm);

	if (half && k > 2)
		return FALSE;
	/* after a name it is a model: "the Audi Q3" (a sentence's first word
	 * and a possessive, "Apple's Q3", do not count) */
	{
		gsize e = tm->start;
		gsize b;
		while (e > 0 && tm->ctx->text[e - 1] == ' ')
			e--;
		b = e;
		while (b > 0 && g_ascii_isalnum(tm->ctx->text[b - 1]))
			b--;
		if (b < e && g_ascii_isupper(tm->ctx->text[b]) && b >= 2 &&
		    !(tm->ctx->text[b - 1] == ' ' && strchr(".!?\"", tm->ctx->text[b - 2]) != NULL))
			return FALSE;
	}
	/* with no year, a period not yet begun is last year's, unless the
	 * clause looks ahead: "Q4 profit fell" said in October is 2013's;
	 * "will close by the end of Q1" said in November next year's */
	if (year == NULL && yy == NULL && y > 0)
		y += sw_timex_quarter_year_shift(tm, k, half);
	if (y == 0)
		tm->value = g_strdup_printf("XXXX-%c%d", half ? 'H' : 'Q', k);
	else
		tm->value = g_strdup_printf("%04d-%c%d", y, half ? 'H' : 'Q', k);
	return TRUE;
}

static gboolean
sw_timex_norm_quarter_rel(SwTimexMatch *tm)
{
	g_autofree gchar *which = sw_timex_group(tm, "which");
	g_autofree gchar *bare = sw_timex_group(tm, "bare");
	g_autofree gchar *qord = sw_timex_group(tm, "qord");
	const GDate *ref = tm->ctx->ref;
	gint q, y;

	if (ref == NULL)
		return FALSE;
	/* results are reported for the quarter just ended */
	q = sw_timex_quarter_of(ref) - 1;
	y = (gint)g_date_get_year(ref);
	if (g_strcmp0(which, "current") == 0)
		q++;
	if (q < 1) {
		q = 4;
		y--;
	}
	if (bare != NULL || (which != NULL && g_str_has_prefix(which, "year-")))
		y--;
	/* "second-quarter profit fell from the year-earlier period": the
	 * quarter the sentence named, a year before */
	if (qord == NULL && (bare != NULL || (which != NULL && g_str_has_prefix(which, "year-"))))
		sw_timex_year_ago_quarter(tm, &y, &q);
	/* "the year-ago third quarter" names its quarter */
	if (qord != NULL) {
		static const gchar *const ords[] = {"first", "second", "third", "fourth"};
		for (guint i = 0; i < G_N_ELEMENTS(ords); i++) {
			if (g_str_equal(qord, ords[i]))
				q = (gint)i + 1;
		}
	}
	/* "year-earlier" alone qualifies a figure of last year, or of its
	 * quarter in a story of quarterly results, as "a year ago" does */
	if (bare != NULL && !g_str_equal(bare, "a year earlier") && !sw_timex_reports_quarter(tm)) {
		tm->value = g_strdup_printf("%04d", y);
		return TRUE;
	}
	tm->value = g_strdup_printf("%04d-Q%d", y, q);
	return TRUE;
}

static gboolean
sw_timex_norm_quarter_of_year(SwTimexMatch *tm)
{
	g_autofree gchar *ord = sw_timex_group(tm, "ord");
	gint y = sw_timex_year_of_groups(tm);
	gint q;

	if (y == 0 || tm->ctx->ref == NULL)
		return FALSE;
	if (ord != NULL) {
		q = sw_timex_ordinal(ord);
	} else if (tm->end >= tm->start + 6 && g_ascii_strncasecmp(tm->ctx->text + tm->end - 6, "period", 6) == 0 &&
		   sw_timex_about_months_span(tm)) {
		/* "the first nine months ... the 1988 period": that year's
		 * months, which no quarter names */
		tm->value = g_strdup_printf("%04d", y);
		return TRUE;
	} else {
		/* the quarter just reported, in that year */
		q = sw_timex_quarter_of(tm->ctx->ref) - 1;
		if (q < 1)
			q = 4;
	}
	tm->value = g_strdup_printf("%04d-Q%d", y, q);
	return TRUE;
}

static gboolean
sw_timex_norm_half(SwTimexMatch *tm)
{
	g_autofree gchar *ord = sw_timex_group(tm, "ord");
	gint h = g_str_equal(ord, "last") || g_str_equal(ord, "latter") ? 2 : sw_timex_ordinal(ord);
	gint y = sw_timex_year_of_groups(tm);

	if (h < 1 || h > 2)
		return FALSE;
	/* "scored twice in the second half" of a game; "of 2015" or "of
	 * the year" says which half is meant */
	if (g_strstr_len(tm->ctx->text + tm->start, (gssize)(tm->end - tm->start), " of") == NULL) {
		g_autofree gchar *year = sw_timex_group(tm, "year");
		if (sw_timex_about_play(tm))
			return FALSE;
		/* a bare half is placed as a bare quarter is */
		if (year == NULL && y > 0)
			y += sw_timex_quarter_year_shift(tm, h, TRUE);
	}
	tm->value = y > 0 ? g_strdup_printf("%04d-H%d", y, h) : g_strdup_printf("XXXX-H%d", h);
	return TRUE;
}

/* ---- holidays ---- */

typedef enum {
	SW_HOLIDAY_FIXED,    /* a day of a month */
	SW_HOLIDAY_NTH,	     /* the nth weekday of a month */
	SW_HOLIDAY_LAST,     /* the last weekday of a month */
	SW_HOLIDAY_EASTER,   /* days from Easter Sunday */
	SW_HOLIDAY_ELECTION, /* the Tuesday after the first Monday of November */
	SW_HOLIDAY_THANKSGIVING, /* days from Thanksgiving */
} SwHolidayRule;

/* names as the pattern finds them, lower case, apostrophes straight */
static const struct {
	const gchar *name;
	SwHolidayRule rule;
	gint month;
	gint n; /* the day of the month, the nth, or days from Easter */
	gint weekday; /* 1 = Monday */
} sw_timex_holidays[] = {
    {"new year's day", SW_HOLIDAY_FIXED, 1, 1, 0},
    {"new year's", SW_HOLIDAY_FIXED, 1, 1, 0},
    {"new year's eve", SW_HOLIDAY_FIXED, 12, 31, 0},
    {"valentine's day", SW_HOLIDAY_FIXED, 2, 14, 0},
    {"st. patrick's day", SW_HOLIDAY_FIXED, 3, 17, 0},
    {"st patrick's day", SW_HOLIDAY_FIXED, 3, 17, 0},
    {"saint patrick's day", SW_HOLIDAY_FIXED, 3, 17, 0},
    {"fourth of july", SW_HOLIDAY_FIXED, 7, 4, 0},
    {"halloween", SW_HOLIDAY_FIXED, 10, 31, 0},
    {"veterans day", SW_HOLIDAY_FIXED, 11, 11, 0},
    {"veterans' day", SW_HOLIDAY_FIXED, 11, 11, 0},
    {"christmas eve", SW_HOLIDAY_FIXED, 12, 24, 0},
    {"christmas day", SW_HOLIDAY_FIXED, 12, 25, 0},
    {"christmas", SW_HOLIDAY_FIXED, 12, 25, 0},
    {"boxing day", SW_HOLIDAY_FIXED, 12, 26, 0},
    {"martin luther king day", SW_HOLIDAY_NTH, 1, 3, 1},
    {"martin luther king jr. day", SW_HOLIDAY_NTH, 1, 3, 1},
    {"presidents day", SW_HOLIDAY_NTH, 2, 3, 1},
    {"presidents' day", SW_HOLIDAY_NTH, 2, 3, 1},
    {"mother's day", SW_HOLIDAY_NTH, 5, 2, 7},
    {"father's day", SW_HOLIDAY_NTH, 6, 3, 7},
    {"labor day", SW_HOLIDAY_NTH, 9, 1, 1},
    {"thanksgiving", SW_HOLIDAY_NTH, 11, 4, 4},
    {"thanksgiving day", SW_HOLIDAY_NTH, 11, 4, 4},
    {"black friday", SW_HOLIDAY_THANKSGIVING, 11, 1, 0},
    {"cyber monday", SW_HOLIDAY_THANKSGIVING, 11, 4, 0},
    {"memorial day", SW_HOLIDAY_LAST, 5, 0, 1},
    {"election day", SW_HOLIDAY_ELECTION, 11, 0, 2},
    {"easter", SW_HOLIDAY_EASTER, 0, 0, 0},
    {"easter sunday", SW_HOLIDAY_EASTER, 0, 0, 0},
    {"easter monday", SW_HOLIDAY_EASTER, 0, 1, 0},
    {"good friday", SW_HOLIDAY_EASTER, 0, -2, 0},
    {"ash wednesday", SW_HOLIDAY_EASTER, 0, -46, 0},
    {"pentecost", SW_HOLIDAY_EASTER, 0, 49, 0},
};

/* Easter Sunday of @year in the Gregorian calendar (the computus as
 * published by Gauss's successors: month and day from the lunar cycle) */
static void
sw_timex_easter(gint year, GDate *out)
{
	gint a = year % 19, b = year / 100, c = year % 100;
	gint d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
	gint h = (19 * a + b - d - g + 15) % 30;
	gint i = c / 4, k = c % 4;
	gint l = (32 + 2 * e + 2 * i - h - k) % 7;
	gint m = (a + 11 * h + 22 * l) / 451;
	gint month = (h + l - 7 * m + 114) / 31;
	gint day = (h + l - 7 * m + 114) % 31 + 1;

	g_date_clear(out, 1);
	g_date_set_dmy(out, (GDateDay)day, (GDateMonth)month, (GDateYear)year);
}

/* the date of holiday @h in @year */
static void
sw_timex_holiday_date(guint h, gint year, GDate *out)
{
	gint month = sw_timex_holidays[h].month;
	gint n = sw_timex_holidays[h].n;
	gint wd = sw_timex_holidays[h].weekday;

	g_date_clear(out, 1);
	switch (sw_timex_holidays[h].rule) {
	case SW_HOLIDAY_FIXED:
		g_date_set_dmy(out, (GDateDay)n, (GDateMonth)month, (GDateYear)year);
		break;
	case SW_HOLIDAY_NTH:
	case SW_HOLIDAY_ELECTION:
		g_date_set_dmy(out, 1, (GDateMonth)month, (GDateYear)year);
		g_date_add_days(out, (guint)((wd - (gint)g_date_get_weekday(out) + 7) % 7));
		if (sw_timex_holidays[h].rule == SW_HOLIDAY_NTH)
			g_date_add_days(out, (guint)(7 * (n - 1)));
		else if (g_date_get_day(out) == 1) /* the Tuesday after a Monday */
			g_date_add_days(out, 7);
		break;
	case SW_HOLIDAY_THANKSGIVING:
		/* the fourth Thursday of November, then @n days on */
		g_date_set_dmy(out, 1, G_DATE_NOVEMBER, (GDateYear)year);
		g_date_add_days(out, (guint)((G_DATE_THURSDAY - (gint)g_date_get_weekday(out) + 7) % 7 + 21 + n));
		break;
	case SW_HOLIDAY_LAST:
		g_date_set_dmy(out, g_date_get_days_in_month((GDateMonth)month, (GDateYear)year),
			       (GDateMonth)month, (GDateYear)year);
		g_date_subtract_days(out, (guint)(((gint)g_date_get_weekday(out) - wd + 7) % 7));
		break;
	case SW_HOLIDAY_EASTER:
		sw_timex_easter(year, out);
		if (n > 0)
			g_date_add_days(out, (guint)n);
		else
			g_date_subtract_days(out, (guint)-n);
		break;
	}
}

/* things named for a feast, which are no time */
static SwFactsRe sw_timex_re_feast_thing = SW_FACTS_RE(
    "^\\s+(?:cards?|trees?|lights|decorations|ornaments|carols?|songs?|album|movies?|films?|jumpers?|"
    "sweaters?|stockings?|pudding|cakes?|cookies|cand(?:y|ies)|eggs?|costumes?|presents?|gifts?|"
    "wreaths?|coals|crackers)\\b");

static gboolean
sw_timex_norm_holiday(SwTimexMatch *tm)
{
	g_autofree gchar *hol = sw_timex_group(tm, "hol");
	g_autofree gchar *rel = sw_timex_group(tm, "rel");
	g_autofree gchar *week = sw_timex_group(tm, "week");
	g_autofree gchar *year = sw_timex_group(tm, "year");
	g_autoptr(GString) name = g_string_new(NULL);
	const GDate *ref = tm->ctx->ref;
	guint h;
	gint y;
	GDate d;

	/* one spelling of the apostrophe */
	for (const gchar *p = hol; *p != '\0'; p = g_utf8_next_char(p)) {
		gunichar c = g_utf8_get_char(p);
		g_string_append_unichar(name, c == 0x2019 ? '\'' : c);
	}
	for (h = 0; h < G_N_ELEMENTS(sw_timex_holidays); h++) {
		if (g_str_equal(name->str, sw_timex_holidays[h].name))
			break;
	}
	if (h == G_N_ELEMENTS(sw_timex_holidays))
		return FALSE;
	/* "his Christmas cards", "neon Valentine's Day candies": a thing of
	 * the feast, no day */
	if (year == NULL && week == NULL && sw_facts_re_matches_at(&sw_timex_re_feast_thing, tm->ctx, tm->end, 16))
		return FALSE;
	if (year != NULL) {
		y = atoi(year);
	} else if (ref == NULL) {
		return FALSE;
	} else {
		/* this year's, then moved by the words or the tense */
		y = (gint)g_date_get_year(ref);
		sw_timex_holiday_date(h, y, &d);
		if (g_strcmp0(rel, "last") == 0)
			y -= g_date_compare(&d, ref) >= 0;
		else if (g_strcmp0(rel, "next") == 0 || g_strcmp0(rel, "the coming") == 0 ||
			 g_strcmp0(rel, "this coming") == 0)
			y += g_date_compare(&d, ref) <= 0;
		else if (rel == NULL) {
			/* a holiday's week lies where it begins: "as Easter week
			 * began" is this year's, begun */
			if (week != NULL && !g_str_equal(week, "weekend") &&
			    g_date_get_day_of_year(&d) > (guint)(g_date_get_weekday(&d) - G_DATE_MONDAY))
				g_date_subtract_days(&d, g_date_get_weekday(&d) - G_DATE_MONDAY);
			y = sw_timex_infer_year(tm, (gint)g_date_get_month(&d), (gint)g_date_get_day(&d));
		}
	}
	/* a reference in the first year of the calendar has no year before */
	if (y < 1)
		return FALSE;
	sw_timex_holiday_date(h, y, &d);
	if (week == NULL) {
		tm->value = sw_timex_day(&d);
	} else {
		g_autofree gchar *w = sw_timex_week(&d);
		tm->value = g_str_equal(week, "weekend") ? g_strconcat(w, "-WE", NULL) : g_strdup(w);
	}
	return TRUE;
}

/* what may follow a season that is no verb: an end, a preposition, a year */
static SwFactsRe sw_timex_re_season_end =
    SW_FACTS_RE("^(?:\\s*[.,;:)]|\\s*$|\\s+(?:and|or|when|as|after|before|of|next|last|this)\\b)");

/* TimeML's code for a season's name: SP, SU, FA (fall, autumn), WI */
static const gchar *
sw_timex_season_code(const gchar *season)
{
	if (g_ascii_strcasecmp(season, "spring") == 0)
		return "SP";
	if (g_ascii_strcasecmp(season, "summer") == 0)
		return "SU";
	if (g_ascii_strcasecmp(season, "winter") == 0)
		return "WI";
	return "FA";
}

/* the days season @code of year @y covers; FALSE for a year before the first */
static gboolean
sw_timex_season_of(gint y, const gchar *code, const GDate *ref, GDate *from, GDate *to)
{
	g_autofree gchar *v = g_strdup_printf("%04d-%s", y, code);

	return sw_timex_interval(v, ref, from, to);
}

/* what follows a fall or a spring that is no season: "in prices", "of
 * the wall" */
static SwFactsRe sw_timex_re_season_drop = SW_FACTS_RE("^\\s+(?:in|of|from|by|to)\\b");
/* the words before "early fall" that ask for a time */
static const gchar *const sw_timex_season_leads[] = {"in", "by", "until", "till", "since", "through", "during",
						      "from", "before", "this", "next", "last"};
static SwWordSet sw_timex_season_leads_set = SW_WORD_SET(sw_timex_season_leads);

static gboolean
sw_timex_norm_season(SwTimexMatch *tm)
{
	g_autofree gchar *season = sw_timex_group(tm, "season");
	g_autofree gchar *rel = sw_timex_group(tm, "rel");
	g_autofree gchar *year = sw_timex_group(tm, "year");
	g_autofree gchar *yw = sw_timex_group(tm, "yw");
	g_autofree gchar *yrel = sw_timex_group(tm, "yrel");
	const gchar *code;
	gint y = year != NULL ? atoi(year) : yw != NULL ? sw_timex_year_words(yw) : sw_timex_year(tm);

	/* "the autumn of last year": that year's, whatever the tense */
	if (yrel != NULL && y > 0) {
		g_clear_pointer(&year, g_free);
		y += g_str_equal(yrel, "last") ? -1 : g_str_equal(yrel, "next") ? 1 : 0;
		year = g_strdup_printf("%04d", y);
	}

	if (sw_timex_in_name(tm, "season"))
		return FALSE;
	/* "the fall in prices", "the fall of the wall", "after an early
	 * fall": a drop, an event; "early fall" is the season after a word of
	 * time ("in early fall") */
	if (year == NULL && yw == NULL && yrel == NULL && (g_str_equal(season, "fall") || g_str_equal(season, "spring")) &&
	    rel != NULL && (g_ascii_strcasecmp(rel, "the") == 0 || g_ascii_strcasecmp(rel, "early") == 0 ||
			    g_ascii_strcasecmp(rel, "late") == 0)) {
		gchar word[8];
		sw_timex_word_before(tm, word, sizeof word);
		if (sw_facts_re_matches_at(&sw_timex_re_season_drop, tm->ctx, tm->end, 8) ||
		    (g_ascii_strcasecmp(rel, "the") != 0 && !sw_word_set_has(&sw_timex_season_leads_set, word)))
			return FALSE;
	}
	/* "fall" and "spring" are verbs too: a season needs a determiner or
	 * a year, or "in" before it and an end after it ("reopens in
	 * spring.", not "a fall in prices") */
	if (rel == NULL && year == NULL && yw == NULL) {
		gboolean in = tm->start >= 3 &&
			      g_ascii_strncasecmp(tm->ctx->text + tm->start - 3, "in ", 3) == 0;
		if (!in || ((g_str_equal(season, "fall") || g_str_equal(season, "spring")) &&
			    !sw_facts_re_matches_at(&sw_timex_re_season_end, tm->ctx, tm->end, 16)))
			return FALSE;
	}
	code = sw_timex_season_code(season);
	if (year == NULL && yw == NULL && y > 0 && tm->ctx->ref != NULL) {
		/* "last spring" said in the autumn is this year's: the latest
		 * one over before today; "next" the first one not yet begun */
		const GDate *ref = tm->ctx->ref;
		GDate from, to;
		if (g_strcmp0(rel, "last") == 0 || g_strcmp0(rel, "the past") == 0) {
			while (sw_timex_season_of(y, code, ref, &from, &to) && g_date_compare(&to, ref) >= 0)
				y--;
		} else if (g_strcmp0(rel, "next") == 0 || g_strcmp0(rel, "the coming") == 0) {
			y--;
			while (sw_timex_season_of(y, code, ref, &from, &to) && g_date_compare(&from, ref) <= 0)
				y++;
		} else if (rel == NULL) {
			/* "the museum reopens in spring", said in October, is
			 * next spring; "closed in winter", said in October, last
			 * winter ("the summer" stays this year's, as the issue's
			 * contract has it) */
			gint verb = sw_timex_verb_dir(tm);
			if (verb > 0 && sw_timex_season_of(y, code, ref, &from, &to) && g_date_compare(&to, ref) < 0)
				y++;
			else if (verb < 0 && sw_timex_season_of(y, code, ref, &from, &to) &&
				 g_date_compare(&from, ref) > 0)
				y--;
		} else if (g_str_equal(rel, "the") && sw_timex_season_of(y, code, ref, &from, &to) &&
			   g_date_compare(&to, ref) < 0 && sw_timex_strong_future(tm)) {
			/* "talks will resume in the summer", said in October:
			 * only a plain future moves "the summer" on */
			y++;
		}
	}
	tm->value = y > 0 ? g_strdup_printf("%04d-%s", y, code) : g_strdup_printf("XXXX-%s", code);
	return TRUE;
}

static gboolean
sw_timex_norm_ref(SwTimexMatch *tm)
{
	g_autofree gchar *ref = sw_timex_group(tm, "ref");

	if (g_str_has_suffix(ref, "future") || g_str_has_suffix(ref, "term") || g_str_has_suffix(ref, "date") ||
	    g_ascii_strcasecmp(ref, "someday") == 0)
		tm->value = g_strdup("FUTURE_REF");
	else if (g_str_has_prefix(ref, "recent") || g_str_equal(ref, "lately") ||
		 g_str_equal(ref, "formerly") || g_str_equal(ref, "previously") ||
		 g_str_has_suffix(ref, "past"))
		tm->value = g_strdup("PAST_REF");
	else if (g_str_equal(ref, "once again"))
		return FALSE;
	else
		tm->value = g_strdup("PRESENT_REF");
	return TRUE;
}

/* "the 16th" with no month: that day of the reference's month, or of
 * the month before or after, as its verb says, else the nearest */
static gboolean
sw_timex_norm_month_day(SwTimexMatch *tm)
{
	g_autofree gchar *mday = sw_timex_group(tm, "mday");
	gint d = mday != NULL ? atoi(mday) : 0;
	gint verb;
	gint best_gap = G_MAXINT;
	GDate best;

	if (tm->ctx->ref == NULL || d < 1 || d > 31)
		return FALSE;
	verb = sw_timex_verb_dir(tm);
	g_date_clear(&best, 1);
	for (gint k = -1; k <= 1; k++) {
		GDate c = *tm->ctx->ref;
		gint gap;
		g_date_set_day(&c, 1);
		if (k < 0)
			g_date_subtract_months(&c, 1);
		else if (k > 0)
			g_date_add_months(&c, 1);
		if (d > g_date_get_days_in_month(g_date_get_month(&c), g_date_get_year(&c)))
			continue;
		g_date_set_day(&c, (GDateDay)d);
		gap = g_date_days_between(tm->ctx->ref, &c);
		/* a past verb wants it behind, a future one ahead */
		if ((verb < 0 && gap > 0) || (verb > 0 && gap < 0))
			continue;
		if (ABS(gap) < best_gap) {
			best_gap = ABS(gap);
			best = c;
		}
	}
	if (!g_date_valid(&best))
		return FALSE;
	tm->value = sw_timex_day(&best);
	/* "In March ... on the 16th": March's, once every date is known */
	tm->told = SW_TIMEX_TOLD_MDAY;
	tm->shift = d;
	return TRUE;
}

static gboolean
sw_timex_norm_nth_day(SwTimexMatch *tm)
{
	if (tm->ctx->ref == NULL)
		return FALSE;
	tm->value = sw_timex_day(tm->ctx->ref);
	return TRUE;
}

static gboolean
sw_timex_norm_set(SwTimexMatch *tm)
{
	g_autofree gchar *unit = sw_timex_group(tm, "unit");
	g_autofree gchar *adv = sw_timex_group(tm, "adv");
	g_autofree gchar *badv = sw_timex_group(tm, "badv");
	g_autofree gchar *annum = sw_timex_group(tm, "annum");
	g_autofree gchar *every = sw_timex_group(tm, "every");
	g_autofree gchar *per = sw_timex_group(tm, "per");
	g_autofree gchar *times = sw_timex_group(tm, "times");
	g_autofree gchar *season = sw_timex_group(tm, "season");

	tm->type = "SET";
	if (season != NULL) {
		tm->value = g_strconcat("XXXX-", sw_timex_season_code(season), NULL);
		return TRUE;
	}
	if (adv == NULL && badv != NULL)
		adv = g_str_equal(badv, "annual") ? g_strdup("annually") : g_steal_pointer(&badv);
	if (adv == NULL && annum != NULL)
		adv = g_strdup("annually");
	if (adv != NULL) {
		static const struct {
			const gchar *adv;
			const gchar *value;
		} advs[] = {
		    {"hourly", "PT1H"},	 {"daily", "P1D"},	{"nightly", "P1D"},
		    {"weekly", "P1W"},	 {"biweekly", "P2W"}, {"monthly", "P1M"},
		    {"quarterly", "P3M"}, {"yearly", "P1Y"},	{"annually", "P1Y"},
		};
		for (guint i = 0; i < G_N_ELEMENTS(advs); i++) {
			if (g_str_equal(adv, advs[i].adv))
				tm->value = g_strdup(advs[i].value);
		}
		return tm->value != NULL;
	}
	if (per != NULL) {
		tm->value = sw_timex_duration("1", per);
		(void)times;
		return TRUE;
	}
	if (g_str_equal(unit, "morning"))
		tm->value = g_strdup("XXXX-XX-XXTMO");
	else if (g_str_equal(unit, "afternoon"))
		tm->value = g_strdup("XXXX-XX-XXTAF");
	else if (g_str_equal(unit, "evening"))
		tm->value = g_strdup("XXXX-XX-XXTEV");
	else
		tm->value = sw_timex_duration(every != NULL && !g_str_equal(every, "other") ? every
							: g_strcmp0(every, "other") == 0 ? "2"
											  : "1",
					      unit);
	return tm->value != NULL;
}

static gboolean
sw_timex_norm_clock(SwTimexMatch *tm)
{
	g_autofree gchar *h = sw_timex_group(tm, "h");
	g_autofree gchar *mi = sw_timex_group(tm, "mi");
	g_autofree gchar *ampm = sw_timex_group(tm, "ampm");
	g_autofree gchar *h24 = sw_timex_group(tm, "h24");
	g_autofree gchar *mi24 = sw_timex_group(tm, "mi24");
	g_autofree gchar *named = sw_timex_group(tm, "named");
	g_autofree gchar *hpod = sw_timex_group(tm, "hpod");
	g_autofree gchar *pod = sw_timex_group(tm, "pod");
	g_autofree gchar *wd = sw_timex_group(tm, "wd");
	g_autofree gchar *wdz = sw_timex_group(tm, "wdz");
	g_autofree gchar *frac = sw_timex_group(tm, "frac");
	g_autofree gchar *cdir = sw_timex_group(tm, "cdir");
	g_autofree gchar *hw = sw_timex_group(tm, "hw");
	g_autofree gchar *day = NULL;
	gint hour, minute = 0;

	if (wd == NULL)
		wd = g_steal_pointer(&wdz);
	if (h24 == NULL) {
		h24 = sw_timex_group(tm, "h24a");
		g_free(mi24);
		mi24 = sw_timex_group(tm, "mi24a");
	}

	if (frac != NULL) {
		/* "a quarter to midnight" is 23:45, "half past nine" 09:30 (the
		 * half of the day unsaid, as written) */
		gdouble hw_n = 0;
		gint past = g_str_equal(frac, "half") ? 30 : g_str_equal(frac, "quarter") ? 15
			  : g_str_equal(frac, "twenty-five") ? 25 : g_str_equal(frac, "twenty") ? 20
			  : g_str_equal(frac, "ten") ? 10 : 5;
		if (g_str_equal(hw, "noon"))
			hour = 12;
		else if (g_str_equal(hw, "midnight"))
			hour = 24;
		else if (sw_facts_number(hw, &hw_n))
			hour = (gint)hw_n;
		else
			return FALSE;
		if (g_str_equal(cdir, "to")) {
			hour -= 1;
			minute = 60 - past;
		} else {
			hour %= 24;
			minute = past;
		}
	} else if (hpod != NULL) {
		/* the afternoon and evening are p.m.; "12 in the morning" is
		 * the first hour, 00 */
		hour = atoi(hpod) % 12 + (g_str_equal(pod, "morning") ? 0 : 12);
	} else if (named != NULL) {
		hour = g_str_equal(named, "midnight") ? 24 : 12;
	} else if (h24 != NULL) {
		hour = atoi(h24);
		minute = atoi(mi24);
	} else {
		hour = atoi(h);
		minute = mi != NULL ? atoi(mi) : 0;
		if (hour < 1 || hour > 12)
			return FALSE;
		if (ampm[0] == 'p' && hour != 12)
			hour += 12;
		else if (ampm[0] == 'a' && hour == 12)
			hour = 0;
	}
	if (tm->ctx->ref != NULL) {
		GDate d = *tm->ctx->ref;
		g_autofree gchar *month = sw_timex_group(tm, "month");
		g_autofree gchar *mday = sw_timex_group(tm, "day");
		if (month != NULL && mday != NULL) {
			g_autofree gchar *year = sw_timex_group(tm, "year");
			gint m = sw_timex_month_of(month);
			/* "at 10 p.m. on June 5, 2020": the year written */
			gint y = year != NULL ? atoi(year) : sw_timex_infer_year(tm, m, atoi(mday));
			if (!g_date_valid_dmy((GDateDay)atoi(mday), (GDateMonth)m, (GDateYear)y))
				return FALSE;
			g_date_set_dmy(&d, (GDateDay)atoi(mday), (GDateMonth)m, (GDateYear)y);
		} else if (wd == NULL) {
			/* no day of its own: the day the story just named, if any;
			 * else a midnight gone by is the one that began today ("was
			 * called shortly after midnight"), the end of yesterday */
			tm->told = SW_TIMEX_TOLD_CLOCK;
			if (hour == 24 && sw_timex_verb_dir(tm) < 0)
				g_date_subtract_days(&d, 1);
		} else {
			gint w = sw_timex_weekday_of(wd);
			/* the day named ahead on that very day is today */
			if (w != (gint)g_date_get_weekday(tm->ctx->ref))
				sw_timex_weekday_date(tm->ctx->ref, w, sw_timex_weekday_dir(tm, w), &d);
		}
		day = sw_timex_day(&d);
	} else {
		day = g_strdup("XXXX-XX-XX");
	}
	tm->type = "TIME";
	tm->value = g_strdup_printf("%sT%02d:%02d", day, hour, minute);
	return TRUE;
}

static gboolean
sw_timex_norm_month_of_year(SwTimexMatch *tm)
{
	g_autofree gchar *month = sw_timex_group(tm, "month");
	g_autofree gchar *rel = sw_timex_group(tm, "rel");
	gint m = sw_timex_month_of(month);
	gint y = sw_timex_year(tm);

	if (m == 0 || y == 0)
		return FALSE;
	y += g_str_equal(rel, "last") ? -1 : g_str_equal(rel, "next") ? 1 : 0;
	tm->value = g_strdup_printf("%04d-%02d", y, m);
	return TRUE;
}

/* "nineteen ninety-six" -> 1996, "two thousand" -> 2000 */
static gint
sw_timex_year_words(const gchar *yw)
{
	g_autofree gchar *w = g_strdup(yw);
	gdouble hi = 0, lo = 0;
	gchar *sp;

	g_strdelimit(w, "-", ' ');
	if (g_str_has_prefix(w, "two thousand")) {
		const gchar *rest = w + strlen("two thousand");
		while (*rest == ' ')
			rest++;
		if (g_str_has_prefix(rest, "and "))
			rest += 4;
		return 2000 + (*rest != '\0' && sw_facts_number(rest, &lo) ? (gint)lo : 0);
	}
	sp = strchr(w, ' ');
	if (sp == NULL)
		return 0;
	*sp = '\0';
	if (!sw_facts_number(w, &hi))
		return 0;
	sp++;
	if (g_str_has_prefix(sp, "hundred "))
		sp += strlen("hundred ");
	if (g_str_has_prefix(sp, "and "))
		sp += 4;
	if (!sw_facts_number(sp, &lo) || lo >= 100)
		return 0;
	return (gint)hi * 100 + (gint)lo;
}

static gboolean
sw_timex_norm_spelled_year(SwTimexMatch *tm)
{
	g_autofree gchar *yw = sw_timex_group(tm, "yw");
	g_autofree gchar *month = sw_timex_group(tm, "month");
	gint y = sw_timex_year_words(yw);

	if (y < 1600 || y > 2100)
		return FALSE;
	if (month != NULL)
		tm->value = g_strdup_printf("%04d-%02d", y, sw_timex_month_of(month));
	else
		tm->value = g_strdup_printf("%04d", y);
	return TRUE;
}

static gboolean
sw_timex_norm_century(SwTimexMatch *tm)
{
	g_autofree gchar *cent = sw_timex_group(tm, "cent");
	gint c = atoi(cent);

	if (c < 1 || c > 30)
		return FALSE;
	tm->value = g_strdup_printf("%02d", c - 1);
	return TRUE;
}

/* "the year ended March 31" is twelve months, wherever they fall; "the
 * quarter ended Sept. 30" is the quarter that date closes, else the one
 * just reported */
static gboolean
sw_timex_norm_period_ended(SwTimexMatch *tm)
{
	g_autofree gchar *unit = sw_timex_group(tm, "unit");
	g_autofree gchar *month = sw_timex_group(tm, "month");
	gint m;

	if (g_str_equal(unit, "year")) {
		tm->type = "DURATION";
		tm->value = g_strdup("P1Y");
		return TRUE;
	}
	m = month != NULL ? sw_timex_month_of(month) : 0;
	if (m == 0 || tm->ctx->ref == NULL)
		return sw_timex_norm_this_unit(tm);
	tm->value = g_strdup_printf("%04d-Q%d", sw_timex_infer_year(tm, m, 0), (m - 1) / 3 + 1);
	return TRUE;
}

static gboolean
sw_timex_norm_this_unit(SwTimexMatch *tm)
{
	g_autofree gchar *unit = sw_timex_group(tm, "unit");
	g_autofree gchar *ye = sw_timex_group(tm, "ye");
	const GDate *ref = tm->ctx->ref;
	GDate d;

	if (ref == NULL)
		return FALSE;
	d = *ref;
	if (ye != NULL || g_strcmp0(unit, "year") == 0 || g_str_has_suffix(unit, " year")) {
		tm->value = g_strdup_printf("%04u", g_date_get_year(&d));
		return TRUE;
	}
	if (g_str_equal(unit, "month")) {
		/* "Exports grew in September ... fell 27% in the month": the
		 * month the story just named, unless the words look ahead */
		if (!sw_timex_group_set(tm, "edge") && sw_timex_verb_dir(tm) <= 0 &&
		    sw_timex_norm_told(tm, "month", 0))
			return TRUE;
		tm->value = g_strdup_printf("%04u-%02u", g_date_get_year(&d), g_date_get_month(&d));
		return TRUE;
	}
	/* "for the rest of the day", "by the end of the day"; "at the end
	 * of the day" is the idiom, "in the end" */
	if (g_str_equal(unit, "day")) {
		gchar before[8];

		sw_timex_word_before(tm, before, sizeof before);
		if (g_str_equal(before, "at"))
			return FALSE;
		tm->value = sw_timex_day(&d);
		return TRUE;
	}
	/* "by the end of the decade": the one we are in */
	if (g_str_equal(unit, "decade") || g_str_equal(unit, "century")) {
		guint div = g_str_equal(unit, "decade") ? 10 : 100;
		tm->value = g_strdup_printf(div == 10 ? "%03u" : "%02u", g_date_get_year(&d) / div);
		return TRUE;
	}
	if (g_str_equal(unit, "quarter")) {
		/* "the quarter" of a results story is the one just reported */
		gint q = sw_timex_quarter_of(&d) - 1;
		gint y = (gint)g_date_get_year(&d);
		if (q < 1) {
			q = 4;
			y--;
		}
		tm->value = g_strdup_printf("%04d-Q%d", y, q);
		return TRUE;
	}
	if (g_str_equal(unit, "weekend")) {
		/* the weekend just past, unless it is the weekend now or the
		 * words look ahead ("the rally is planned for the weekend") */
		if (g_date_get_weekday(&d) < G_DATE_SATURDAY && sw_timex_verb_dir(tm) <= 0)
			g_date_subtract_days(&d, 7);
		tm->value = sw_timex_week(&d);
		sw_timex_weekend(tm);
		return TRUE;
	}
	tm->value = sw_timex_week(&d);
	return TRUE;
}

static gboolean
sw_timex_norm_weekday_set(SwTimexMatch *tm)
{
	g_autofree gchar *wd = sw_timex_group(tm, "wd");
	g_autofree gchar *wds = sw_timex_group(tm, "wds");
	g_autofree gchar *wdn = sw_timex_group(tm, "wdn");
	g_autofree gchar *pod = sw_timex_group(tm, "pod");
	g_autofree gchar *podn = sw_timex_group(tm, "podn");
	g_autofree gchar *month = sw_timex_group(tm, "month");
	g_autofree gchar *wk = sw_timex_group(tm, "wk");
	const gchar *day = wd != NULL ? wd : wds != NULL ? wds : wdn;
	const gchar *p = pod != NULL ? pod : podn;

	tm->type = "SET";
	if (wk != NULL) {
		tm->value = g_strdup(g_str_has_suffix(wk, "day") || g_str_has_suffix(wk, "days") ? "XXXX-WXX-WD"
												  : "XXXX-WXX-WE");
		return TRUE;
	}
	if (month != NULL) {
		tm->value = g_strdup_printf("XXXX-%02d", sw_timex_month_of(month));
		return TRUE;
	}
	if (day == NULL || sw_timex_weekday_of(day) == 0)
		return FALSE;
	if (p != NULL) {
		g_autofree gchar *single = g_strndup(p, strlen(p) - (g_str_has_suffix(p, "s") ? 1 : 0));
		tm->value = g_strdup_printf("XXXX-WXX-%dT%s", sw_timex_weekday_of(day),
					    sw_timex_pod_code(single));
	} else {
		tm->value = g_strdup_printf("XXXX-WXX-%d", sw_timex_weekday_of(day));
	}
	return TRUE;
}

/* ---- matching ---- */

typedef struct {
	gsize start;
	gsize end;
	const gchar *type;
	gchar *value;
	guint rule;
	SwTimexTold told;
	gint shift;
	const gchar *mod;
} SwTimexCand;

/* the longest expression wins its overlaps; then the earlier rule */
static gint
sw_timex_cand_cmp(gconstpointer a, gconstpointer b)
{
	const SwTimexCand *x = a;
	const SwTimexCand *y = b;
	gsize lx = x->end - x->start;
	gsize ly = y->end - y->start;
	if (lx != ly)
		return lx > ly ? -1 : 1;
	if (x->rule != y->rule)
		return (gint)x->rule - (gint)y->rule;
	return x->start < y->start ? -1 : (x->start > y->start ? 1 : 0);
}

typedef struct {
	GArray *cands;
	guint rule;
} SwTimexScan;

/* the part of its value an expression tells: "early 2027", "mid-1998",
 * "late last year", "the end of the month", "the beginning of March"
 * (TIMEX3's mod); NULL for the whole, and for "later this year", which
 * is no third of it */
static const gchar *
sw_timex_mod(SwTimexMatch *tm)
{
	g_autofree gchar *part = sw_timex_group(tm, "part");
	g_autofree gchar *edge = sw_timex_group(tm, "edge");
	const gchar *w = part != NULL ? part : edge;

	if (w == NULL)
		return NULL;
	if (g_str_has_prefix(w, "the "))
		w += 4;
	if (g_ascii_strncasecmp(w, "early", 5) == 0 && g_ascii_strncasecmp(w, "earlier", 7) != 0)
		return "START";
	if (g_ascii_strncasecmp(w, "beginning", 9) == 0 || g_ascii_strncasecmp(w, "start", 5) == 0)
		return "START";
	if (g_ascii_strncasecmp(w, "mid", 3) == 0)
		return "MID";
	if ((g_ascii_strncasecmp(w, "late", 4) == 0 && g_ascii_strncasecmp(w, "later", 5) != 0) ||
	    g_ascii_strncasecmp(w, "end", 3) == 0)
		return "END";
	return NULL;
}

static void
sw_timex_on_match(SwFactsCtx *ctx, GMatchInfo *m, gpointer data)
{
	SwTimexScan *scan = data;
	SwTimexMatch tm = {ctx, &sw_timex_rules[scan->rule], m, 0, 0, "DATE", NULL, SW_TIMEX_TOLD_NONE, 0};
	gint s = 0, e = 0;

	g_match_info_fetch_pos(m, 0, &s, &e);
	tm.start = (gsize)s;
	tm.end = (gsize)e;
	if (e > s && tm.rule->norm(&tm) && tm.value != NULL) {
		SwTimexCand c = {tm.start, tm.end, tm.type, tm.value, scan->rule, tm.told, tm.shift,
				 g_str_equal(tm.type, "DATE") ? sw_timex_mod(&tm) : NULL};
		g_array_append_val(scan->cands, c);
	} else {
		g_free(tm.value);
	}
}

static void
sw_timex_set_interval(SwFactsCtx *ctx, SwFact *f)
{
	GDate from, to;

	g_clear_pointer(&f->from, g_free);
	g_clear_pointer(&f->to, g_free);
	if (f->kind != SW_FACT_DATE && f->kind != SW_FACT_TIME)
		return;
	if (sw_timex_interval(f->value, ctx->ref, &from, &to)) {
		/* "early 2027" is its first third, "late 2027" its last */
		if (f->mod != NULL && g_date_valid(&from) && g_date_valid(&to)) {
			guint third = (g_date_get_julian(&to) - g_date_get_julian(&from) + 1) / 3;
			if (third > 0 && g_str_equal(f->mod, "START")) {
				to = from;
				g_date_add_days(&to, third - 1);
			} else if (third > 0 && g_str_equal(f->mod, "END")) {
				from = to;
				g_date_subtract_days(&from, third - 1);
			} else if (third > 0 && g_str_equal(f->mod, "MID")) {
				g_date_add_days(&from, third);
				to = from;
				g_date_add_days(&to, third - 1);
			}
		}
		if (g_date_valid(&from))
			f->from = sw_timex_day(&from);
		if (g_date_valid(&to))
			f->to = sw_timex_day(&to);
	}
}

/* what may stand between a clock time and the day it is on */
static SwFactsRe sw_timex_re_clock_day = SW_FACTS_RE(
    "^\\)?(?:\\s+(?:(?:local\\s+|(?-i:[A-Z][a-z]{3,8})\\s+)?time|(?-i:[A-Z]{2,4})))?(?:\\s+\\([^()]{1,16}\\))?"
    /* a dateline's stroke or dot: "07:30 EDT / OCTOBER 24 2014", "10:30 AM · Jun 5, 2020" */
    "(?:,?\\s+|\\s*[/|·•]\\s*)(?:on\\s+)?(?:(?-i:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\\.?,?\\s+)?$");

/* between two clock times of a range: "from 7 a.m. to 8 p.m. on Tuesday" */
static SwFactsRe sw_timex_re_clock_range = SW_FACTS_RE("^\\s*(?:to|until|till|through|and|-|\u2013)\\s*$");

/* how a found fact leans on the story's last day */
typedef struct {
	SwTimexTold told;
	gint shift;
} SwTimexToldAt;

/* a clock time that opens a range ("from 7 a.m. to 8 p.m. on Tuesday",
 * "7 a.m. to 8 p.m. Tuesday, Nov. 4") is on the day its end names; NULL
 * when its end names none, or the range runs overnight */
static const gchar *
sw_timex_range_end_day(SwFactsCtx *ctx, GPtrArray *dates, guint i, GHashTable *told)
{
	SwFact *f = g_ptr_array_index(dates, i);
	SwFact *end = i + 1 < dates->len ? g_ptr_array_index(dates, i + 1) : NULL;
	SwFact *day;
	const SwTimexToldAt *et;

	if (end == NULL || end->kind != SW_FACT_TIME || end->start < f->end || end->start - f->end > 16 ||
	    strlen(end->value) != 16 || strlen(f->value) != 16 || strcmp(f->value + 11, end->value + 11) > 0 ||
	    !sw_facts_re_matches_before(&sw_timex_re_clock_range, ctx, end->start, end->start - f->end))
		return NULL;
	et = g_hash_table_lookup(told, end);
	if (et == NULL || et->told != SW_TIMEX_TOLD_CLOCK)
		return g_ascii_isdigit(end->value[0]) ? end->value : NULL;
	/* the end is told too: the day right after it */
	day = i + 2 < dates->len ? g_ptr_array_index(dates, i + 2) : NULL;
	if (day == NULL || day->start < end->end || day->start - end->end > 32 || strlen(day->value) != 10 ||
	    !g_ascii_isdigit(day->value[0]) ||
	    !sw_facts_re_matches_before(&sw_timex_re_clock_day, ctx, day->start, day->start - end->end))
		return NULL;
	return day->value;
}

static gint
sw_timex_fact_cmp(gconstpointer a, gconstpointer b)
{
	const SwFact *x = *(SwFact *const *)a;
	const SwFact *y = *(SwFact *const *)b;
	return x->start < y->start ? -1 : (x->start > y->start ? 1 : 0);
}

/* the facts found from ctx->out[first] whose kind is in @kinds (bits
 * 1 << kind), in text order */
static GPtrArray *
sw_timex_in_order(SwFactsCtx *ctx, guint first, guint kinds)
{
	GPtrArray *facts = g_ptr_array_new();

	for (guint i = first; i < ctx->out->len; i++) {
		SwFact *f = g_ptr_array_index(ctx->out, i);
		if (kinds & (1u << f->kind))
			g_ptr_array_add(facts, f);
	}
	g_ptr_array_sort(facts, sw_timex_fact_cmp);
	return facts;
}

/* @d moved by @shift days, not before the calendar's first day */
static void
sw_timex_shift_day(GDate *d, gint shift)
{
	if (shift > 0)
		g_date_add_days(d, (guint)shift);
	else if (shift < 0 && g_date_get_julian(d) > (guint)-shift)
		g_date_subtract_days(d, (guint)-shift);
}

/* does a paragraph end in text[from, to)? In a text with blank lines,
 * as story.txt writes one sentence a line, at a blank line; in one
 * without, at each line */
static gboolean
sw_timex_paragraph_break(SwFactsCtx *ctx, gsize from, gsize to)
{
	if (ctx->blank_lines == 0)
		ctx->blank_lines = sw_facts_blank_lines(ctx, 0, ctx->len, 1) > 0 ? 2 : 1;
	if (ctx->blank_lines == 1)
		return memchr(ctx->text + from, '\n', to - from) != NULL;
	return sw_facts_blank_lines(ctx, from, to, 1) > 0;
}

/* "the next day" and its kin, in text order, from the last day named in
 * the 400 bytes before (a day told this way counts too: "On Monday ...
 * The next day ... The following day"); after a month alone, a day of it
 * ("last October ... that same day": 1998-10-XX). With nothing named
 * before it, "that day" is some day the story does not give: no fact. A
 * clock time with no day of its own ("on Saturday at 10 p.m.") is on the
 * day named just before it in its paragraph, else on the reference's */
static void
sw_timex_resolve_told(SwFactsCtx *ctx, guint first, GHashTable *told)
{
	g_autoptr(GPtrArray) dates = sw_timex_in_order(ctx, first, (1u << SW_FACT_DATE) | (1u << SW_FACT_TIME));
	g_autoptr(GHashTable) drop = g_hash_table_new(g_direct_hash, g_direct_equal);
	GDate last;
	gint last_y = 0, last_m = 0; /* a month named alone, when it came last */
	gsize last_end = 0;

	g_date_clear(&last, 1);
	for (guint i = 0; i < dates->len; i++) {
		SwFact *f = g_ptr_array_index(dates, i);
		/* a hash, not a search: a hostile page may hold thousands */
		const SwTimexToldAt *t = g_hash_table_lookup(told, f);
		gint y = 0, m = 0, d = 0;
		gboolean near = last_end > 0 && f->start - last_end <= 400;

		if (t != NULL && t->told == SW_TIMEX_TOLD_CLOCK) {
			/* the day right after it ("at 6:30 a.m. local time on
			 * Dec. 2"), else a day of its paragraph, close by: "On
			 * Oct. 3, police arrived at 6 a.m." */
			SwFact *next = i + 1 < dates->len ? g_ptr_array_index(dates, i + 1) : NULL;
			const SwTimexToldAt *nt;
			/* past the same time in another zone: "at 07:00 local
			 * time (05:00 GMT) on Wednesday" */
			if (next != NULL && next->kind == SW_FACT_TIME && next->start > f->end &&
			    ctx->text[next->start - 1] == '(' && i + 2 < dates->len)
				next = g_ptr_array_index(dates, i + 2);
			nt = next != NULL ? g_hash_table_lookup(told, next) : NULL;
			const gchar *day = NULL;
			g_autofree gchar *last_day = NULL;
			gboolean after = next != NULL && next->start >= f->end && next->start - f->end <= 32 &&
					 sw_facts_re_matches_before(&sw_timex_re_clock_day, ctx, next->start,
								    next->start - f->end);
			gboolean on_told = after && nt != NULL && nt->told == SW_TIMEX_TOLD_DAY && near &&
					   g_date_valid(&last);
			if (on_told) {
				/* "at 6 a.m. the next morning": that day, told */
				GDate on = last;
				sw_timex_shift_day(&on, nt->shift);
				day = last_day = sw_timex_day(&on);
			} else if (after && strlen(next->value) == 10 && g_ascii_isdigit(next->value[0])) {
				day = next->value;
			} else if ((day = sw_timex_range_end_day(ctx, dates, i, told)) != NULL) {
				/* the start of a range on the day its end names */
			} else if (near && f->start - last_end <= 200 && g_date_valid(&last) &&
				   !sw_timex_paragraph_break(ctx, last_end, f->start)) {
				day = last_day = sw_timex_day(&last);
			}
			if (day != NULL && strlen(f->value) > 10) {
				memcpy(f->value, day, 10);
				sw_timex_set_interval(ctx, f);
			}
			/* the told day after it counts from the day before it */
			if (on_told)
				continue;
		} else if (t != NULL && t->told == SW_TIMEX_TOLD_WEEKDAY) {
			/* the first such weekday after (or before) the day just
			 * named, in its paragraph; else the one it has */
			if (near && g_date_valid(&last) &&
			    !sw_timex_paragraph_break(ctx, last_end, f->start)) {
				GDate day = last;
				gint step = t->shift > 0 ? 1 : -1;
				/* seven steps at most: the first day of the calendar
				 * does not move back */
				for (guint n = 0; n < 7; n++) {
					sw_timex_shift_day(&day, step);
					if ((gint)g_date_get_weekday(&day) == ABS(t->shift))
						break;
				}
				g_free(f->value);
				f->value = sw_timex_day(&day);
				sw_timex_set_interval(ctx, f);
			}
		} else if (t != NULL && t->told == SW_TIMEX_TOLD_MDAY) {
			/* the day of the month just named, when it has one */
			gint ny = g_date_valid(&last) ? (gint)g_date_get_year(&last) : last_y;
			gint nm = g_date_valid(&last) ? (gint)g_date_get_month(&last) : last_m;
			if (near && nm > 0 && !sw_timex_paragraph_break(ctx, last_end, f->start) &&
			    g_date_valid_dmy((GDateDay)t->shift, (GDateMonth)nm, (GDateYear)ny)) {
				g_free(f->value);
				f->value = g_strdup_printf("%04d-%02d-%02d", ny, nm, t->shift);
				sw_timex_set_interval(ctx, f);
			}
		} else if (t != NULL) {
			g_free(f->value);
			if (near && g_date_valid(&last)) {
				GDate day = last;
				sw_timex_shift_day(&day, t->shift);
				f->value = sw_timex_day(&day);
			} else if (near && last_m > 0) {
				f->value = g_strdup_printf("%04d-%02d-XX", last_y, last_m);
			} else {
				f->value = NULL;
				g_hash_table_add(drop, f);
				continue;
			}
			sw_timex_set_interval(ctx, f);
		}
		if (sscanf(f->value, "%4d-%2d-%2d", &y, &m, &d) == 3 &&
		    g_date_valid_dmy((GDateDay)d, (GDateMonth)m, (GDateYear)y)) {
			g_date_set_dmy(&last, (GDateDay)d, (GDateMonth)m, (GDateYear)y);
			last_m = 0;
			last_end = f->end;
		} else if (strlen(f->value) == 7 && sscanf(f->value, "%4d-%2d", &y, &m) == 2 && m >= 1 &&
			   m <= 12) {
			g_date_clear(&last, 1);
			last_y = y;
			last_m = m;
			last_end = f->end;
		}
	}
	if (g_hash_table_size(drop) > 0) {
		/* one pass that keeps the rest in order (a removal each would
		 * be quadratic on a hostile page) */
		guint w = first;
		for (guint i = first; i < ctx->out->len; i++) {
			SwFact *f = g_ptr_array_index(ctx->out, i);
			if (g_hash_table_contains(drop, f))
				sw_fact_free(f);
			else
				ctx->out->pdata[w++] = f;
		}
		g_ptr_array_set_free_func(ctx->out, NULL);
		g_ptr_array_set_size(ctx->out, w);
		g_ptr_array_set_free_func(ctx->out, (GDestroyNotify)sw_fact_free);
	}
}

/* what joins the two ends of a range: "Dec. 3 to Feb. 28", "between
 * Dec. 30 and Jan. 2", "Dec. 29-Jan. 4" */
static SwFactsRe sw_timex_re_range_join =
    SW_FACTS_RE("^\\s*(?:-|\u2013|to|until|till|through|thru|and|or)\\s*$");

/* the year/month/day of a day or month value, *d 0 for a month */
static gboolean
sw_timex_ymd(const gchar *value, gint *y, gint *m, gint *d)
{
	gsize len = value != NULL ? strlen(value) : 0;

	*d = 0;
	if (len == 10 && sscanf(value, "%4d-%2d-%2d", y, m, d) == 3)
		return g_date_valid_dmy((GDateDay)*d, (GDateMonth)*m, (GDateYear)*y);
	*d = 0;
	return len == 7 && sscanf(value, "%4d-%2d", y, m) == 2 && g_date_valid_month((GDateMonth)*m) &&
	       g_date_valid_year((GDateYear)*y);
}

typedef void (*SwTimexRangeFunc)(SwFactsCtx *ctx, SwFact *a, SwFact *b);

/* @fn on each two dates (and, with @times, clock times) found from
 * ctx->out[first] on that @join makes a range ("Dec. 3 to Feb. 28"), in
 * text order, so an end set right is the next range's start */
static void
sw_timex_each_range(SwFactsCtx *ctx, guint first, gboolean times, SwFactsRe *join, SwTimexRangeFunc fn)
{
	g_autoptr(GPtrArray) dates =
	    sw_timex_in_order(ctx, first, (1u << SW_FACT_DATE) | (times ? 1u << SW_FACT_TIME : 0));

	for (guint i = 1; i < dates->len; i++) {
		SwFact *a = g_ptr_array_index(dates, i - 1);
		SwFact *b = g_ptr_array_index(dates, i);
		if (b->start >= a->end && b->start - a->end <= 12 &&
		    sw_facts_re_matches_before(join, ctx, b->start, b->start - a->end))
			fn(ctx, a, b);
	}
}

/* a weekday and no month named: "Wednesday", "midnight on Tuesday",
 * not "the first Sunday in April" */
static SwFactsRe sw_timex_re_weekday_alone =
    SW_FACTS_RE("^(?!.*\\b(?:" SW_TIMEX_MONTH_NAMES "|" SW_TIMEX_MONTH_SHORT ")\\b)"
		".*\\b(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");

/* "and" or "or" between two dates lists them; the other joins make a
 * range, which runs forward */
static SwFactsRe sw_timex_re_list_join = SW_FACTS_RE("^\\s*(?:and|or)\\s*$");

/* The end of a range whose year the text does not give lies nearest its
 * start, whatever the tense says: "from Dec. 3 to Feb. 28" ends in the
 * year after Dec. 3, though February is past at the reference, and
 * "from September through May" in the May after that September; two
 * dates listed ("on 5 or 6 May") or of two precisions are the nearest
 * either way */
static void
sw_timex_order_range_year(SwFactsCtx *ctx, SwFact *a, SwFact *b)
{
	gint ya, ma, da, yb, mb, db;
	gint best = 0;
	guint best_gap = G_MAXUINT;
	gboolean forward;
	GDate ga;
	g_autofree gchar *btext = NULL;

	if (!sw_timex_ymd(a->value, &ya, &ma, &da) || !sw_timex_ymd(b->value, &yb, &mb, &db) ||
	    sw_timex_year_written(ctx->text + b->start, b->end - b->start))
		return;
	btext = g_strndup(ctx->text + b->start, b->end - b->start);
	/* "between January 2023 and June this year": the end names its
	 * year by now */
	if (g_strrstr(btext, " year") != NULL)
		return;
	/* "from Monday to Wednesday" ends in the week, not the year, after
	 * (sw_timex_order_range_weekday); "until the first Sunday in April"
	 * names its month */
	if (sw_facts_re_matches(&sw_timex_re_weekday_alone, btext))
		return;
	/* a range joins two dates of one precision: "a revision Friday to
	 * December's figures" is none */
	forward = strlen(a->value) == strlen(b->value) &&
		  !sw_facts_re_matches_at(&sw_timex_re_list_join, ctx, a->end, b->start - a->end);
	g_date_clear(&ga, 1);
	g_date_set_dmy(&ga, (GDateDay)MAX(da, 1), (GDateMonth)ma, (GDateYear)ya);
	for (gint y = ya - 1; y <= ya + 1; y++) {
		GDate gb;
		guint gap;
		if (!g_date_valid_dmy((GDateDay)MAX(db, 1), (GDateMonth)mb, (GDateYear)y))
			continue;
		g_date_clear(&gb, 1);
		g_date_set_dmy(&gb, (GDateDay)MAX(db, 1), (GDateMonth)mb, (GDateYear)y);
		if (forward && g_date_compare(&gb, &ga) < 0)
			continue;
		gap = (guint)ABS((gint)g_date_get_julian(&gb) - (gint)g_date_get_julian(&ga));
		if (gap < best_gap) {
			best_gap = gap;
			best = y;
		}
	}
	if (best == 0 || best == yb || best > 9999)
		return;
	/* the value keeps its form, only its year changes */
	g_snprintf(b->value, 5, "%04d", best);
	b->value[4] = '-';
	sw_timex_set_interval(ctx, b);
}

/* a weekday with no month of its own: the end of a range given by
 * weekdays */
static SwFactsRe sw_timex_re_bare_weekday =
    SW_FACTS_RE("^(?!.*\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d)"
		".*\\b(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");

/* what makes two weekdays a range: not "and" ("statements made Friday
 * and Thursday" are two days) */
static SwFactsRe sw_timex_re_weekday_join = SW_FACTS_RE("^\\s*(?:-|\u2013|to|until|till|through|thru)\\s*$");

/* The end of a range of weekdays lies after its start: "from 6am on
 * Monday until midnight on Tuesday", said on a Monday, ends tomorrow,
 * though a Tuesday in the past tense would be last week's */
static void
sw_timex_order_range_weekday(SwFactsCtx *ctx, SwFact *a, SwFact *b)
{
	g_autofree gchar *btext = NULL;
	GDate da, db;

	/* both a day, or a day's clock time ("2014-10-24T06:00") */
	if (!sw_facts_parse_ref_date(a->value, &da) || !sw_facts_parse_ref_date(b->value, &db) ||
	    g_date_compare(&db, &da) >= 0 || g_date_days_between(&db, &da) >= 7)
		return;
	btext = g_strndup(ctx->text + b->start, b->end - b->start);
	if (!sw_facts_re_matches(&sw_timex_re_bare_weekday, btext))
		return;
	g_date_add_days(&db, 7);
	{
		/* the value keeps its form and its clock, only its day moves */
		g_autofree gchar *day = sw_timex_day(&db);
		memcpy(b->value, day, 10);
	}
	sw_timex_set_interval(ctx, b);
}

/* "the day before last Tuesday's hearing", "the day after Nov. 3": a day
 * counted from the date that follows */
static SwFactsRe sw_timex_re_day_from =
    SW_FACTS_RE("\\b(?:the\\s+)?day\\s+(?<ba>before|after)\\s+$");

static void
sw_timex_day_from_date(SwFactsCtx *ctx, guint first)
{
	for (guint i = first; i < ctx->out->len; i++) {
		SwFact *f = g_ptr_array_index(ctx->out, i);
		gsize from = f->start > 24 ? f->start - 24 : 0;
		g_autoptr(GMatchInfo) mi = NULL;
		g_autofree gchar *ba = NULL;
		gint ms = -1, me = -1;
		gint y, m, d;
		GDate day;

		if (f->kind != SW_FACT_DATE || !sw_timex_ymd(f->value, &y, &m, &d) || d == 0)
			continue;
		if (!g_regex_match_full(sw_facts_re(&sw_timex_re_day_from), ctx->text, (gssize)f->start, (gint)from, 0,
					&mi, NULL) ||
		    !g_match_info_fetch_pos(mi, 0, &ms, &me) || ms < 0 ||
		    sw_facts_taken(ctx, (gsize)ms, f->start))
			continue;
		ba = g_match_info_fetch_named(mi, "ba");
		g_date_clear(&day, 1);
		g_date_set_dmy(&day, (GDateDay)d, (GDateMonth)m, (GDateYear)y);
		sw_timex_shift_day(&day, g_str_equal(ba, "before") ? -1 : 1);
		g_free(f->value);
		f->value = sw_timex_day(&day);
		g_free(f->text);
		f->start = (gsize)ms;
		f->text = g_strndup(ctx->text + f->start, f->end - f->start);
		memset(ctx->taken + f->start, 1, f->end - f->start);
		sw_timex_set_interval(ctx, f);
	}
}

/* "4 minutes and 15 seconds", "two years, three months", "2 hrs 30
 * mins": one length told in two units, the larger first */
static SwFactsRe sw_timex_re_duration_join = SW_FACTS_RE("^\\s*(?:,\\s*(?:and\\s+)?|and\\s+)?$");
/* ... unless the second part leans on a time: "three years, and two
 * months later he died" */
static SwFactsRe sw_timex_re_duration_anchor =
    SW_FACTS_RE("^\\s+(?:later|ago|earlier|before|after|from|since|on|into)\\b");

/* the rank of the smallest unit of a duration told in whole units
 * ("P2Y": 7, "PT4M15S": 1, "P1DT3H": 3), 0 for any other value; weeks
 * do not mix */
static gint
sw_timex_duration_rank(const gchar *value)
{
	gboolean clock = FALSE;
	gint rank = 0;

	if (value == NULL || *value++ != 'P')
		return 0;
	while (*value != '\0') {
		const gchar *digits = value;
		if (*value == 'T' && !clock) {
			clock = TRUE;
			value++;
			continue;
		}
		while (g_ascii_isdigit(*value))
			value++;
		if (value == digits || value - digits > 6)
			return 0;
		rank = clock ? (*value == 'H' ? 3 : *value == 'M' ? 2 : *value == 'S' ? 1 : 0)
			     : (*value == 'Y' ? 7 : *value == 'M' ? 6 : *value == 'D' ? 4 : 0);
		if (rank == 0)
			return 0;
		value++;
	}
	return rank;
}

/* a length that ends on its unit, not "two months later" */
static SwFactsRe sw_timex_re_unit_end = SW_FACTS_RE("\\b(?:second|minute|hour|day|month|year|sec|min|hr|yr)s?$");

static void
sw_timex_join_durations(SwFactsCtx *ctx, guint first)
{
	g_autoptr(GPtrArray) lengths = sw_timex_in_order(ctx, first, 1u << SW_FACT_DURATION);

	for (guint i = 1; i < lengths->len; i++) {
		SwFact *a = g_ptr_array_index(lengths, i - 1);
		SwFact *b = g_ptr_array_index(lengths, i);
		const gchar *part;
		gsize digits;
		gint ra, rb;
		g_autofree gchar *value = NULL;

		if (a == NULL || b->start < a->end || b->start - a->end > 8)
			continue;
		ra = sw_timex_duration_rank(a->value);
		rb = sw_timex_duration_rank(b->value);
		if (ra == 0 || rb == 0 || ra <= rb)
			continue;
		/* b is one unit, "15S" after its "PT" */
		part = b->value + (rb <= 3 ? 2 : 1);
		digits = strspn(part, "0123456789");
		if (part[digits] == '\0' || part[digits + 1] != '\0' ||
		    !sw_facts_re_matches_before(&sw_timex_re_unit_end, ctx, a->end, 10) ||
		    !sw_facts_re_matches_before(&sw_timex_re_unit_end, ctx, b->end, 10) ||
		    !sw_facts_re_matches_at(&sw_timex_re_duration_join, ctx, a->end, b->start - a->end) ||
		    sw_facts_re_matches_at(&sw_timex_re_duration_anchor, ctx, b->end, 8))
			continue;
		/* the date part, then the clock part after its "T" */
		value = g_strdup_printf("%s%s%s", a->value, ra > 3 && rb <= 3 ? "T" : "", part);
		g_free(a->value);
		a->value = g_steal_pointer(&value);
		memset(ctx->taken + a->end, 1, b->end - a->end);
		a->end = b->end;
		g_free(a->text);
		a->text = g_strndup(ctx->text + a->start, a->end - a->start);
		g_ptr_array_remove(ctx->out, b);
		/* a third part joins the two: "1 hour, 2 minutes and 3 seconds" */
		g_ptr_array_index(lengths, i) = a;
		g_ptr_array_index(lengths, i - 1) = NULL;
	}
}

/* the lower end of a range of lengths before its upper one, a bare
 * number: "two to three weeks", "2–3 hours", "two- to three-week",
 * "between 12 and 18 months" */
static SwFactsRe sw_timex_re_range_low =
    SW_FACTS_RE("(?<![\\w$\u00a3\u20ac.,-])"
		/* not a label's number: "Step 2 - 10 minutes", "Round 1 \u2013 3 minutes" */
		"(?<!step\\s|round\\s|day\\s|week\\s|chapter\\s|part\\s|stage\\s|level\\s|phase\\s|game\\s|"
		"episode\\s|season\\s|lap\\s|act\\s|scene\\s|page\\s|no\\.\\s)(?:\\d{1,3}(?:,\\d{3})+|\\d+|[a-z]+(?:-[a-z]+)?)"
		"(?:\\s*[-\u2013\u2014]\\s*|-?\\s+(?:to|or|and)\\s+)$");
/* a bound before the lower end is the range's: "about 2-3 hours" */
static SwFactsRe sw_timex_re_range_mod =
    SW_FACTS_RE("\\b(?:about|around|roughly|approximately|some|nearly|almost|up\\s+to|at\\s+least)\\s+$");
/* the upper end after the unit: "a week or two", "an hour or two", "a
 * day or two later"; "a week or two ago" is a date (sw_timex_norm_ago) */
static SwFactsRe sw_timex_re_range_high =
    SW_FACTS_RE("^\\s+or\\s+(?<hi>two|three|2|3)\\b(?!\\s+(?:ago|from|since|back|hence|more)\\b|"
		"[\\s-]*(?:\\d|[a-z]+s\\b))");

/* @value with its count times @n, or NULL: a one-unit length ("P3W",
 * "PT18H") whose count is @hi times a whole multiple ("three decades"
 * P30Y) */
static gchar *
sw_timex_scaled(const gchar *value, gdouble hi, gdouble n)
{
	gsize lead = g_str_has_prefix(value, "PT") ? 2 : 1;
	gsize digits = strspn(value + lead, "0123456789");
	gdouble count, mult;

	if (value[0] != 'P' || digits == 0 || digits > 6 || value[lead + digits] == '\0' ||
	    value[lead + digits + 1] != '\0' || hi < 1)
		return NULL;
	count = g_ascii_strtod(value + lead, NULL);
	mult = count / hi;
	if (mult != floor(mult) || n * mult != floor(n * mult) || n * mult > 1e6)
		return NULL;
	return g_strdup_printf("%.*s%.0f%s", (gint)lead, value, n * mult, value + lead + digits);
}

/* the number a length starts with ("three" of "three weeks", "a" of "a
 * week or two"), FALSE when it starts with another word */
static gboolean
sw_timex_leading_count(const SwFact *f, gdouble *n)
{
	g_autofree gchar *word = g_strndup(f->text, strcspn(f->text, " "));
	g_autofree gchar *part = g_strndup(f->text, strcspn(f->text, " -"));

	if (g_ascii_strcasecmp(part, "a") == 0 || g_ascii_strcasecmp(part, "an") == 0) {
		*n = 1;
		return TRUE;
	}
	/* "forty-eight hours", "three-week" */
	return sw_facts_number(word, n) || sw_facts_number(part, n);
}

/* the lower end's join at @p: "and" (which only "between" makes a
 * range), a dash (always one, even after a change: "rose from 9-12
 * months") or "to"/"or". Read at the join, not searched for: a page may
 * hold thousands of ranges */
static const gchar *
sw_timex_range_join(const gchar *p)
{
	p += strspn(p, " ");
	if (*p == '-' || g_str_has_prefix(p, "\u2013")) {
		p += *p == '-' ? 1 : strlen("\u2013");
		p += strspn(p, " ");
		/* "two- to three-week": the dash is the first word's */
		if (!(g_ascii_strncasecmp(p, "to", 2) == 0 && !g_ascii_isalpha(p[2])) &&
		    !(g_ascii_strncasecmp(p, "and", 3) == 0 && !g_ascii_isalpha(p[3])))
			return "-";
	}
	return g_ascii_strncasecmp(p, "and", 3) == 0 && !g_ascii_isalpha(p[3]) ? "and" : "to";
}

/* a time counted back or ahead from now: "three years ago" */
static SwFactsRe sw_timex_re_from_now = SW_FACTS_RE("\\s(?:ago|from\\s+now|hence)$");

/* a range of lengths is one duration valued by its lower end, as TimeML
 * writes "two to three weeks" (P2W), with its upper end in value_max,
 * so that the diff sees either end move; "two or three years ago" is one
 * date, the far end's (2011 said in 2014), as "a week or two ago" is */
static void
sw_timex_duration_ranges(SwFactsCtx *ctx, guint first)
{
	for (guint i = first; i < ctx->out->len; i++) {
		SwFact *f = g_ptr_array_index(ctx->out, i);
		g_autoptr(GMatchInfo) mi = NULL;
		g_autofree gchar *low = NULL;
		g_autofree gchar *high = NULL;
		gdouble lo = 0, hi = 0;
		gsize s = 0, e = 0;
		gint ms = 0, me = 0;
		gboolean ago = f->kind == SW_FACT_DATE && sw_facts_re_matches(&sw_timex_re_from_now, f->text);

		if ((f->kind != SW_FACT_DURATION && !ago) || f->value_max != NULL || !sw_timex_leading_count(f, &hi))
			continue;
		if (sw_facts_re_find_before(&sw_timex_re_range_low, ctx, f->start, 32, &s) &&
		    !sw_facts_taken(ctx, s, f->start)) {
			const gchar *p = ctx->text + s;
			gsize wl = 0;
			g_autofree gchar *word = NULL;
			while (g_ascii_isalnum(p[wl]) || p[wl] == ',' || (p[wl] == '-' && g_ascii_isalpha(p[wl + 1])))
				wl++;
			word = g_strndup(p, wl);
			if (!sw_facts_number(word, &lo) ||
			    !sw_quantity_is_range(ctx, s, sw_timex_range_join(p + wl), lo, hi) ||
			    (!ago && (low = sw_timex_scaled(f->value, hi, lo)) == NULL))
				continue;
			if (!ago) {
				f->value_max = g_steal_pointer(&f->value);
				f->value = g_steal_pointer(&low);
			}
			if (sw_facts_re_find_before(&sw_timex_re_range_mod, ctx, s, 24, &e) && !sw_facts_taken(ctx, e, s))
				s = e;
			memset(ctx->taken + s, 1, f->start - s);
			f->start = s;
		} else if (!ago && hi == 1 && sw_facts_re_match_at(&sw_timex_re_range_high, ctx, f->end, 24, &mi) &&
			   g_match_info_fetch_pos(mi, 0, &ms, &me) && ms >= 0 &&
			   !sw_facts_taken(ctx, f->end, f->end + (gsize)me)) {
			e = f->end + (gsize)me;
			high = g_match_info_fetch_named(mi, "hi");
			if (!sw_facts_number(high, &hi))
				continue;
			f->value_max = sw_timex_scaled(f->value, 1, hi);
			if (f->value_max == NULL)
				continue;
			memset(ctx->taken + f->end, 1, e - f->end);
			f->end = e;
		} else {
			continue;
		}
		g_free(f->text);
		f->text = g_strndup(ctx->text + f->start, f->end - f->start);
	}
}

void
sw_timex_find(SwFactsCtx *ctx)
{
	g_autoptr(GArray) cands = g_array_new(FALSE, FALSE, sizeof(SwTimexCand));
	g_autoptr(GHashTable) told = g_hash_table_new_full(g_direct_hash, g_direct_equal, NULL, g_free);
	guint first = ctx->out->len;

	sw_timex_init();
	for (guint r = 0; r < G_N_ELEMENTS(sw_timex_rules); r++) {
		SwTimexScan scan = {cands, r};
		sw_facts_scan(ctx, sw_timex_compiled[r], sw_timex_rules[r].need, sw_timex_rules[r].lead,
			      sw_timex_on_match, &scan);
	}
	g_array_sort(cands, sw_timex_cand_cmp);
	for (guint i = 0; i < cands->len; i++) {
		SwTimexCand *c = &g_array_index(cands, SwTimexCand, i);
		SwFact *f;
		if (sw_facts_taken(ctx, c->start, c->end)) {
			g_free(c->value);
			continue;
		}
		f = sw_fact_new(ctx, g_str_equal(c->type, "TIME")	? SW_FACT_TIME
				     : g_str_equal(c->type, "DURATION") ? SW_FACT_DURATION
				     : g_str_equal(c->type, "SET")	? SW_FACT_SET
									: SW_FACT_DATE,
				c->start, c->end);
		f->type = c->type;
		f->value = c->value;
		f->mod = c->mod;
		sw_timex_set_interval(ctx, f);
		if (c->told != SW_TIMEX_TOLD_NONE) {
			SwTimexToldAt *t = g_new(SwTimexToldAt, 1);
			t->told = c->told;
			t->shift = c->shift;
			g_hash_table_insert(told, f, t);
		}
	}
	if (g_hash_table_size(told) > 0)
		sw_timex_resolve_told(ctx, first, told);
	sw_timex_each_range(ctx, first, FALSE, &sw_timex_re_range_join, sw_timex_order_range_year);
	sw_timex_each_range(ctx, first, TRUE, &sw_timex_re_weekday_join, sw_timex_order_range_weekday);
	sw_timex_day_from_date(ctx, first);
	sw_timex_join_durations(ctx, first);
	sw_timex_duration_ranges(ctx, first);
}

/* ---- intervals ---- */

static void
sw_timex_set_dmy(GDate *d, gint day, gint month, gint year)
{
	g_date_clear(d, 1);
	if (g_date_valid_dmy((GDateDay)day, (GDateMonth)month, (GDateYear)year))
		g_date_set_dmy(d, (GDateDay)day, (GDateMonth)month, (GDateYear)year);
}

static void
sw_timex_month_end(GDate *d, gint month, gint year)
{
	sw_timex_set_dmy(d, g_date_get_days_in_month((GDateMonth)month, (GDateYear)year), month, year);
}

gboolean
sw_timex_interval(const gchar *value, const GDate *ref, GDate *from, GDate *to)
{
	gint y = 0, m = 0, d = 0, n = 0;
	gchar c = 0;

	g_date_clear(from, 1);
	g_date_clear(to, 1);
	if (value == NULL)
		return FALSE;
	if (g_str_equal(value, "PRESENT_REF")) {
		if (ref == NULL)
			return FALSE;
		*from = *ref;
		*to = *ref;
		return TRUE;
	}
	if (g_str_equal(value, "PAST_REF")) {
		if (ref != NULL)
			*to = *ref;
		return ref != NULL;
	}
	if (g_str_equal(value, "FUTURE_REF")) {
		if (ref != NULL)
			*from = *ref;
		return ref != NULL;
	}
	if (sscanf(value, "%4d-%2d-%2d", &y, &m, &d) == 3 && y > 0) {
		sw_timex_set_dmy(from, d, m, y);
		*to = *from;
		return g_date_valid(from);
	}
	if (sscanf(value, "%4d-W%2d", &y, &n) == 2 && y > 0 && n >= 1 && n <= 53) {
		/* ISO week n: the week holding January 4th, then n - 1 more */
		GDate jan4;
		sw_timex_set_dmy(&jan4, 4, 1, y);
		*from = jan4;
		g_date_subtract_days(from, g_date_get_weekday(&jan4) - 1);
		g_date_add_days(from, (guint)(n - 1) * 7);
		*to = *from;
		g_date_add_days(to, 6);
		if (g_str_has_suffix(value, "-WE"))
			g_date_add_days(from, 5);
		return TRUE;
	}
	if (sscanf(value, "%4d-Q%1d", &y, &n) == 2 && y > 0 && n >= 1 && n <= 4) {
		sw_timex_set_dmy(from, 1, (n - 1) * 3 + 1, y);
		sw_timex_month_end(to, n * 3, y);
		return TRUE;
	}
	if (sscanf(value, "%4d-H%1d", &y, &n) == 2 && y > 0 && n >= 1 && n <= 2) {
		sw_timex_set_dmy(from, 1, n == 1 ? 1 : 7, y);
		sw_timex_month_end(to, n == 1 ? 6 : 12, y);
		return TRUE;
	}
	if (sscanf(value, "%4d-%c", &y, &c) == 2 && y > 0 && g_ascii_isalpha(c)) {
		const gchar *s = value + 5;
		gint m1 = 0, m2 = 0, y2 = y;
		if (g_str_has_prefix(s, "SP"))
			m1 = 3, m2 = 5;
		else if (g_str_has_prefix(s, "SU"))
			m1 = 6, m2 = 8;
		else if (g_str_has_prefix(s, "FA"))
			m1 = 9, m2 = 11;
		else if (g_str_has_prefix(s, "WI"))
			m1 = 12, m2 = 2, y2 = y + 1;
		if (m1 == 0)
			return FALSE;
		sw_timex_set_dmy(from, 1, m1, y);
		sw_timex_month_end(to, m2, y2);
		return TRUE;
	}
	if (sscanf(value, "%4d-%2d", &y, &m) == 2 && y > 0 && m >= 1 && m <= 12) {
		sw_timex_set_dmy(from, 1, m, y);
		sw_timex_month_end(to, m, y);
		return TRUE;
	}
	if (strlen(value) == 4 && sscanf(value, "%4d", &y) == 1 && y > 0) {
		sw_timex_set_dmy(from, 1, 1, y);
		sw_timex_set_dmy(to, 31, 12, y);
		return TRUE;
	}
	if (strlen(value) == 3 && sscanf(value, "%3d", &y) == 1 && y > 0) {
		sw_timex_set_dmy(from, 1, 1, y * 10);
		sw_timex_set_dmy(to, 31, 12, y * 10 + 9);
		return TRUE;
	}
	/* a century: "19" is 1900-1999, as TIMEX3 writes "the 20th century" */
	if (strlen(value) == 2 && g_ascii_isdigit(value[0]) && g_ascii_isdigit(value[1])) {
		y = (value[0] - '0') * 10 + (value[1] - '0');
		sw_timex_set_dmy(from, 1, 1, MAX(y * 100, 1));
		sw_timex_set_dmy(to, 31, 12, y * 100 + 99);
		return TRUE;
	}
	return FALSE;
}
