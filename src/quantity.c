/* SPDX-License-Identifier: MIT
 *
 * Quantities: amounts of money (currency and amount, ranges, "about"),
 * percentages, and counted numbers with the noun they count ("five PLA
 * soldiers" is 5 soldier; "the toll rose to 176" is 176 toll). The
 * currencies, scale words and number words are tables; patterns are built
 * from them.
 */
#define G_LOG_DOMAIN "storywatch-facts"

#include <math.h>
#include <string.h>

#include "facts-private.h"
#include "sw/regex.h"

/* ---- tables ---- */

/* symbols and codes written before the amount */
static const struct {
	const gchar *symbol;
	const gchar *code;
} sw_quantity_prefixes[] = {
    {"US$", "USD"}, {"U.S.$", "USD"}, {"C$", "CAD"}, {"A$", "AUD"}, {"HK$", "HKD"},
    {"NZ$", "NZD"}, {"$", "USD"},     {"€", "EUR"},  {"£", "GBP"},  {"¥", "JPY"},
    {"₽", "RUB"},   {"₹", "INR"},     {"₩", "KRW"},  {"USD", "USD"}, {"EUR", "EUR"},
    {"GBP", "GBP"}, {"JPY", "JPY"},   {"CNY", "CNY"}, {"RUB", "RUB"}, {"INR", "INR"},
    {"CHF", "CHF"}, {"RMB", "CNY"},  {"Rs.", "INR"}, {"Rs", "INR"},
    {"R$", "BRL"},  {"S$", "SGD"},    {"₺", "TRY"},  {"₪", "ILS"},
};

/* currency words written after the amount */
static const struct {
	const gchar *word;
	const gchar *code;
} sw_quantity_words[] = {
    {"u.s. dollars", "USD"}, {"us dollars", "USD"}, {"dollars", "USD"}, {"dollar", "USD"},
    {"euros", "EUR"},	     {"euro", "EUR"},	    {"pounds sterling", "GBP"},
    {"pounds", "GBP"},	     {"pound", "GBP"},	    {"sterling", "GBP"},
    {"yen", "JPY"},	     {"yuan", "CNY"},	    {"renminbi", "CNY"},
    {"rubles", "RUB"},	     {"ruble", "RUB"},	    {"roubles", "RUB"},
    {"rouble", "RUB"},	     {"rupees", "INR"},	    {"rupee", "INR"},
    {"swiss francs", "CHF"}, {"francs", "CHF"},	    {"won", "KRW"},
    {"pesos", "MXN"},	     {"reais", "BRL"},	    {"rand", "ZAR"},
    {"zlotys", "PLN"},	     {"zloty", "PLN"},	    {"swedish kronor", "SEK"},
    {"kronor", "SEK"},	     {"swedish crowns", "SEK"}, {"norwegian kroner", "NOK"},
    {"norwegian crowns", "NOK"}, {"danish kroner", "DKK"}, {"danish crowns", "DKK"},
    {"czech crowns", "CZK"}, {"dirhams", "AED"},	    {"naira", "NGN"},
    {"shekels", "ILS"},	     {"turkish lira", "TRY"}, {"lira", "TRY"},
    {"riyals", "SAR"},	     {"baht", "THB"},	    {"ringgit", "MYR"},
    {"rupiah", "IDR"},	     {"hryvnias", "UAH"},     {"hryvnia", "UAH"},
    /* a people's word tells one dollar, peso or rupee from another */
    {"canadian dollars", "CAD"}, {"australian dollars", "AUD"}, {"hong kong dollars", "HKD"},
    {"singapore dollars", "SGD"}, {"new zealand dollars", "NZD"}, {"taiwan dollars", "TWD"},
    {"argentine pesos", "ARS"}, {"mexican pesos", "MXN"}, {"chilean pesos", "CLP"},
    {"colombian pesos", "COP"}, {"philippine pesos", "PHP"}, {"pakistani rupees", "PKR"},
    {"indian rupees", "INR"}, {"sri lankan rupees", "LKR"}, {"egyptian pounds", "EGP"},
    {"kenyan shillings", "KES"}, {"ugandan shillings", "UGX"}, {"tanzanian shillings", "TZS"},
    /* Kenya's is the shilling news names most */
    {"shillings", "KES"},    {"saudi riyals", "SAR"}, {"qatari riyals", "QAR"},
    {"moroccan dirhams", "MAD"}, {"israeli shekels", "ILS"}, {"new shekels", "ILS"},
    {"cedis", "GHS"},	     {"birr", "ETB"},	    {"forints", "HUF"},
    {"lei", "RON"},	     {"dong", "VND"},	    {"bolivars", "VES"},
    /* a hundredth of the currency: see sw_quantity_subunit() */
    {"cents", "USD"},	     {"pence", "GBP"},
};

/* "85 cents a share" is USD 0.85 */
static gdouble
sw_quantity_subunit(const gchar *word)
{
	return word != NULL && (g_ascii_strcasecmp(word, "cents") == 0 || g_ascii_strcasecmp(word, "pence") == 0)
		   ? 0.01
		   : 1;
}

/* scale words and their abbreviations */
static const struct {
	const gchar *word;
	gdouble factor;
} sw_quantity_scales[] = {
    {"thousand", 1e3}, {"k", 1e3},    {"million", 1e6}, {"mln", 1e6}, {"mn", 1e6},
    {"m", 1e6},	       {"billion", 1e9}, {"bln", 1e9},  {"bn", 1e9},  {"b", 1e9},
    {"trillion", 1e12}, {"trn", 1e12}, {"tn", 1e12},  {"lakh", 1e5},   {"crore", 1e7},
};

/* words that make an amount approximate */
#define SW_QUANTITY_APPROX                                                                          \
	"about|around|nearly|almost|roughly|approximately|some|more than|over|under|less than|fewer than|" \
	"up to|at least|at most|an estimated|close to|just over|just under|upwards of"

#define SW_QUANTITY_NUMWORD                                                                         \
	"(?:(?:two|three|four|five|six|seven|eight|nine|ten)[- ]dozen|"                               \
	"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|"     \
	"five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"     \
	"twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a hundred|hundreds|"  \
	"half a dozen|a dozen|dozens)(?:[- ](?:hundred|thousand))?"

#define SW_QUANTITY_AMOUNT "(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?"

/* units written onto their digits; a degree's letter only in capitals
 * ("35c" is cents) */
#define SW_QUANTITY_GLUED_UNIT                                                                      \
	"km/h|kmh|kph|mph|kwh|mwh|km|kg|mm|cm|ft|lbs|lb|oz|mw|gw|kw|ha|(?-i:C|F)|°\\s?(?-i:C|F)"

/* units a hyphen joins to a figure, in the singular of such compounds
 * ("a 1.5-mile tunnel", "a 200-bed hospital", "a two-goal lead"): each
 * a measure or what a figure counts, never a span of time (the timex
 * finder reads "a 30-day"); and "strong", before what the figure
 * counts ("a 300-strong crowd") */
#define SW_QUANTITY_HYPHEN_UNIT                                                                     \
	"(?:(?:square-)?(?:mile|kilometre|kilometer|metre|meter|foot)|km|kg|inch|yard|acre|hectare|"     \
	"storey|story|floor|seat|bed|bedroom|lane|page|point|goal|run|shot|stroke|game|match|member|"   \
	"man|person|judge|nation|country|state|car|vehicle|carriage|ton|tonne|pound|kilogram|kilo|"     \
	"gallon|litre|liter|megawatt|kilowatt|gigawatt|horsepower|part|episode|star|hole|vote|strong)\\b"

#define SW_QUANTITY_SCALE                                                                           \
	"(?:thousand|million|billion|trillion|mln|mn|bln|bn|trn|tn|lakh|crore|k|m|b)\\b"
/* before a scale: a space or none, or a hyphen before a full word ("a
 * $3.5-billion deal") */
#define SW_QUANTITY_SCALE_SEP "(?:\\s?|-(?=(?:thousand|million|billion|trillion)\\b))"

/* ---- helpers ---- */

/* the factor a scale word stands for ("million", "bn", "crore"); 1 when
 * @word is none */
gdouble
sw_quantity_scale(const gchar *word)
{
	g_autofree gchar *w = NULL;

	if (word == NULL || *word == '\0')
		return 1;
	w = g_ascii_strdown(word, -1);
	g_strstrip(w);
	for (guint i = 0; i < G_N_ELEMENTS(sw_quantity_scales); i++) {
		if (g_str_equal(w, sw_quantity_scales[i].word))
			return sw_quantity_scales[i].factor;
	}
	return 1;
}

static const gchar *
sw_quantity_code(const gchar *symbol_or_word)
{
	/* the words and the letters of the symbols are ASCII, the signs
	 * (€, ₹) have no case: an ASCII fold, with no copy */
	for (guint i = 0; i < G_N_ELEMENTS(sw_quantity_prefixes); i++) {
		if (g_ascii_strcasecmp(symbol_or_word, sw_quantity_prefixes[i].symbol) == 0)
			return sw_quantity_prefixes[i].code;
	}
	for (guint i = 0; i < G_N_ELEMENTS(sw_quantity_words); i++) {
		if (g_ascii_strcasecmp(symbol_or_word, sw_quantity_words[i].word) == 0)
			return sw_quantity_words[i].code;
	}
	return NULL;
}

gchar **
sw_quantity_currency_cues(void)
{
	GPtrArray *out = g_ptr_array_new();

	/* the codes written in letters ("USD", "Rs."); the signs are cued by
	 * their bytes */
	for (guint i = 0; i < G_N_ELEMENTS(sw_quantity_prefixes); i++) {
		const gchar *sym = sw_quantity_prefixes[i].symbol;
		gsize n = strlen(sym) - (g_str_has_suffix(sym, ".") ? 1 : 0);
		gsize k = 0;
		while (k < n && g_ascii_isalpha(sym[k]))
			k++;
		if (k == n)
			g_ptr_array_add(out, g_ascii_strdown(sym, (gssize)n));
	}
	/* a currency word's last word: "dollars" for "canadian dollars" */
	for (guint i = 0; i < G_N_ELEMENTS(sw_quantity_words); i++) {
		const gchar *sp = strrchr(sw_quantity_words[i].word, ' ');
		g_ptr_array_add(out, g_strdup(sp != NULL ? sp + 1 : sw_quantity_words[i].word));
	}
	g_ptr_array_add(out, NULL);
	return (gchar **)g_ptr_array_free(out, FALSE);
}

/* an alternation of the table's entries, longest first, regex-quoted */
static gchar *
sw_quantity_alternation(gboolean prefixes)
{
	g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func(g_free);
	guint n = prefixes ? G_N_ELEMENTS(sw_quantity_prefixes) : G_N_ELEMENTS(sw_quantity_words);

	for (guint i = 0; i < n; i++) {
		const gchar *e = prefixes ? sw_quantity_prefixes[i].symbol : sw_quantity_words[i].word;
		g_autofree gchar *q = g_regex_escape_string(e, -1);
		g_ptr_array_add(items, g_steal_pointer(&q));
	}
	g_ptr_array_sort(items, (GCompareFunc)strcmp);
	/* longest first, so "US$" wins over "$" */
	for (guint i = 0; i < items->len; i++) {
		for (guint j = i + 1; j < items->len; j++) {
			if (strlen(g_ptr_array_index(items, j)) > strlen(g_ptr_array_index(items, i))) {
				gpointer t = items->pdata[i];
				items->pdata[i] = items->pdata[j];
				items->pdata[j] = t;
			}
		}
	}
	g_ptr_array_add(items, NULL);
	return g_strjoinv("|", (gchar **)items->pdata);
}

static gchar *
sw_quantity_fetch(GMatchInfo *m, const gchar *name)
{
	gchar *v = g_match_info_fetch_named(m, name);
	if (v != NULL && *v == '\0')
		g_clear_pointer(&v, g_free);
	return v;
}

/* "1,200.5" or "twenty six" times the scale word */
static gboolean
sw_quantity_value(const gchar *num, const gchar *scale, gdouble *out)
{
	gdouble n = 0;

	if (num == NULL || !sw_facts_number(num, &n))
		return FALSE;
	*out = n * sw_quantity_scale(scale);
	/* "4.1 billion" is 4099999999.9999995 in a double: whole, as written */
	if (fabs(*out - round(*out)) <= fabs(*out) * 1e-12)
		*out = round(*out);
	/* a quintillion is past any amount a story reports */
	return isfinite(*out) && *out <= 1e18;
}

static gchar *
sw_quantity_fmt(gdouble v)
{
	/* whole amounts as integers, the rest as a decimal of 15 digits:
	 * every digit written ("35378.44"), none of a binary fraction's noise */
	if (fabs(v) < 1e15 && v == floor(v))
		return g_strdup_printf("%.0f", v);
	return g_strdup_printf("%.15g", v);
}

/* @a, or the range from @a to @b when @b is above it: "5", "5-7" */
static gchar *
sw_quantity_fmt_range(gdouble a, gdouble b)
{
	g_autofree gchar *va = sw_quantity_fmt(a);
	g_autofree gchar *vb = NULL;

	if (b <= a)
		return g_steal_pointer(&va);
	vb = sw_quantity_fmt(b);
	return g_strdup_printf("%s-%s", va, vb);
}

/* a fact of @kind for text[s, e), @a to @b, with its value a range; NULL
 * when a finder that ran before took those bytes */
static SwFact *
sw_quantity_fact(SwFactsCtx *ctx, SwFactKind kind, gsize s, gsize e, gdouble a, gdouble b,
		 gboolean approx)
{
	SwFact *f;

	if (sw_facts_taken(ctx, s, e))
		return NULL;
	f = sw_fact_new(ctx, kind, s, e);
	f->amount = a;
	f->amount_max = MAX(a, b);
	f->approx = approx;
	f->value = sw_quantity_fmt_range(a, b);
	return f;
}

/* ---- money ---- */

static GRegex *sw_quantity_re_money;
static GRegex *sw_quantity_re_percent;
static GRegex *sw_quantity_re_number;
static GRegex *sw_quantity_re_article;

static void
sw_quantity_init(void)
{
	static gsize once = 0;
	g_autofree gchar *pre = NULL;
	g_autofree gchar *post = NULL;
	g_autofree gchar *money = NULL;
	g_autofree gchar *article = NULL;

	if (!g_once_init_enter(&once))
		return;
	pre = sw_quantity_alternation(TRUE);
	post = sw_quantity_alternation(FALSE);
	money = g_strdup_printf(
	    /* about $5 million to $10 million; $5-10 million; $600m; 2.5bn
	     * ruble; the word whole ("awesome $29" is no "some $29") */
	    "(?:\\b(?<approx>%s)\\s+)?"
	    /* a symbol or code is not the end of a word ("Mrs 5") */
	    "(?:(?<![\\w.])(?<pre>%s)\\s?(?<num>" SW_QUANTITY_AMOUNT "|" SW_QUANTITY_NUMWORD ")"
	    "(?:" SW_QUANTITY_SCALE_SEP "(?<scale>" SW_QUANTITY_SCALE "))?"
	    "(?:\\s?(?<conj>-|–|to|and)\\s?(?<pre2>(?:%s)\\s?)?(?<num2>" SW_QUANTITY_AMOUNT ")"
	    "(?:\\s?(?<scale2>" SW_QUANTITY_SCALE "))?"
	    /* not a figure with a currency of its own: "$5,000 and 5,000
	     * euros" are two amounts */
	    "(?![,.]?\\d|\\s?(?:%s)\\b))?"
	    /* 150 million to 180 million Canadian dollars */
	    "|(?<num3>" SW_QUANTITY_AMOUNT "|" SW_QUANTITY_NUMWORD ")"
	    "(?:" SW_QUANTITY_SCALE_SEP "(?<scale3>" SW_QUANTITY_SCALE "))?"
	    "(?:\\s?(?<conj3>-|–|to|and)\\s?(?<num4>" SW_QUANTITY_AMOUNT ")(?:\\s?(?<scale4>" SW_QUANTITY_SCALE "))?)?"
	    "\\s?(?<post>%s)\\b)",
	    SW_QUANTITY_APPROX, pre, pre, post, post);
	sw_quantity_re_money = sw_regex_new(money, G_REGEX_CASELESS | SW_REGEX_OPTIMIZE, 0, NULL);
	sw_quantity_re_percent = sw_regex_new(
	    "(?:\\b(?<approx>" SW_QUANTITY_APPROX ")\\s+)?"
	    "(?<num>" SW_QUANTITY_AMOUNT "|" SW_QUANTITY_NUMWORD ")"
	    /* "5-7%", "4.25%-4.5%", "5 to 7 percent" */
	    /* spaced on both sides or neither: "225.86 -12.99 -5.44%" is a
	     * table's price, change and share */
	    "(?:(?<pct1>\\s?(?:%|percent\\b|per cent\\b))?(?:\\s(?<conj>-|–|to|and)\\s|(?<tight>-|–))"
	    "(?<num2>" SW_QUANTITY_AMOUNT ")"
	    "(?=\\s?(?:%|percent|per cent)))?"
	    /* "20pc", British, written onto its number */
	    "(?:\\s?(?:%|percent\\b|per cent\\b|pct\\b)|(?<=\\d)pc\\b)",
	    G_REGEX_CASELESS | SW_REGEX_OPTIMIZE, 0, NULL);
	/* a number: digits (not inside a word or an identifier) or number words */
	sw_quantity_re_number = sw_regex_new(
	    "(?<![\\w$€£¥.,/:%-])(?:(?<approx>" SW_QUANTITY_APPROX ")\\s+)?"
	    /* a minus sign after a space may lead a temperature ("-5C") */
	    "(?<sign>[-\u2212](?=\\d))?"
	    "(?<num>" SW_QUANTITY_AMOUNT "|\\b" SW_QUANTITY_NUMWORD ")"
	    /* the scale words of money, less the single letters ("5 m" may be
	     * metres) */
	    "(?:\\s?(?<scale>thousand|million|billion|trillion|mln|mn|bln|bn|trn|tn|lakh|crore)\\b|"
	    /* "4.5m passengers": the letter only on the digits and before a
	     * word it may count */
	    "(?<=\\d)(?<letter>m|k)(?=\\s+\\p{L}{3,})|"
	    /* a unit written onto the digits: "80mph", "40kg", "35C" */
	    "(?<=\\d)(?<unit>" SW_QUANTITY_GLUED_UNIT ")|"
	    /* or joined to them by a hyphen, before what it measures: "a
	     * 12-storey tower", "a five-game streak" */
	    "-(?<hunit>" SW_QUANTITY_HYPHEN_UNIT ")(?=\\s+\\p{L}))?"
	    /* a range: "5 to 7 people", "between 3,000 and 4,000", in
	     * digits "12-15 million" */
	    "(?:(?:\\s+(?<conj>to|and)\\s+|(?<rdash>[-\u2013]|\\s[-\u2013]\\s)(?=\\d))"
	    "(?<num2>" SW_QUANTITY_AMOUNT "|\\b" SW_QUANTITY_NUMWORD ")"
	    "(?:\\s?(?<scale2>thousand|million|billion|trillion|mln|mn|bln|bn|trn|tn|lakh|crore)\\b)?)?"
	    "(?![\\w.,/:]\\d|-\\w|\\w)"
	    /* "(0735 GMT)" is a clock time in another zone */
	    "(?!\\s*(?-i:GMT|UTC|[ECMP][SD]T|BST|CES?T)\\b)",
	    G_REGEX_CASELESS | SW_REGEX_OPTIMIZE, 0, NULL);
	/* "a million people", "half a million dollars": the article is the
	 * number; a pattern of its own, so that the others need not try
	 * every "a" of a page */
	article = g_strdup_printf("\\b(?<num>half(?:\\s+a)?|(?:a|one|three)[\\s-]+quarters?\\s+of\\s+a|a(?:\\s+half)?)"
				  "\\s+(?<scale>million|billion)\\b"
				  "(?:\\s(?<post>%s)\\b)?",
				  post);
	sw_quantity_re_article = sw_regex_new(article, G_REGEX_CASELESS | SW_REGEX_OPTIMIZE, 0, NULL);
	g_assert(sw_quantity_re_money != NULL && sw_quantity_re_percent != NULL &&
		 sw_quantity_re_number != NULL && sw_quantity_re_article != NULL);
	g_once_init_leave(&once, 1);
}

/* a change just before an amount: "rose $2.10 to $81.35", "cut from 40
 * to 35" name where it went from and to, not a range */
static SwFactsRe sw_quantity_re_change =
    SW_FACTS_RE("\\b(?:" SW_FACTS_CHANGE_VERBS ")(?:\\s+(?:by|from|as much as|nearly|almost|about|some))?"
		"\\s+$");

static gboolean
sw_quantity_change_before(const SwFactsCtx *ctx, gsize pos)
{
	return sw_facts_re_matches_before(&sw_quantity_re_change, ctx, pos, 40);
}

/* "$5 to $4" goes down: no range */
static gboolean
sw_quantity_descends(const gchar *num, const gchar *scale, const gchar *num2, const gchar *scale2)
{
	gdouble a = 0, b = 0;

	return sw_quantity_value(num, scale, &a) && sw_quantity_value(num2, scale2, &b) && b < a;
}

/* where a match of two amounts splits: the first ends after its number
 * (and group @after, its scale or its sign, when set), the second starts
 * at group @second, else at num2; both groups must be in the pattern */
static void
sw_quantity_split(GMatchInfo *m, const gchar *after, const gchar *second, gsize *end1, gsize *start2)
{
	gint s = -1, e = -1;

	g_match_info_fetch_named_pos(m, "num", &s, &e);
	*end1 = (gsize)e;
	if (g_match_info_fetch_named_pos(m, after, &s, &e) && s >= 0 && e > s)
		*end1 = (gsize)e;
	if (!g_match_info_fetch_named_pos(m, second, &s, &e) || s < 0 || e <= s)
		g_match_info_fetch_named_pos(m, "num2", &s, &e);
	*start2 = (gsize)s;
}

/* the dollars "cents" are a hundredth of: the story's last dollar amount
 * ("NZ$48 million ... a dividend of 12 cents" is NZD), else the US one */
static const gchar *
sw_quantity_cents_code(SwFactsCtx *ctx, gsize s)
{
	static const gchar *const dollars[] = {"USD", "AUD", "NZD", "CAD", "HKD", "SGD", "TWD"};

	for (guint i = ctx->out->len; i-- > 0;) {
		const SwFact *f = g_ptr_array_index(ctx->out, i);
		if (f->kind != SW_FACT_MONEY || f->end > s || f->currency == NULL)
			continue;
		for (guint k = 0; k < G_N_ELEMENTS(dollars); k++) {
			if (g_str_equal(f->currency, dollars[k]))
				return dollars[k];
		}
		/* the last amount is in another currency: no dollars to go by */
		break;
	}
	return "USD";
}

static void
sw_quantity_add_money(SwFactsCtx *ctx, gsize s, gsize e, const gchar *code, gdouble a, gdouble b,
		      gboolean approx)
{
	SwFact *f;
	gchar *amount;

	if (g_str_equal(code, "USD") && e - s > 5 && g_ascii_strncasecmp(ctx->text + e - 5, "cents", 5) == 0)
		code = sw_quantity_cents_code(ctx, s);
	f = sw_quantity_fact(ctx, SW_FACT_MONEY, s, e, a, b, approx);
	if (f == NULL)
		return;
	f->currency = g_strdup(code);
	amount = f->value;
	f->value = g_strdup_printf("%s %s", code, amount);
	g_free(amount);
}

/* the currency of a second amount's own symbol or code (@pre2 as
 * matched, a space after it), else @code, the first's */
static const gchar *
sw_quantity_code_or(gchar *pre2, const gchar *code)
{
	const gchar *own = pre2 != NULL ? sw_quantity_code(g_strstrip(pre2)) : NULL;

	return own != NULL ? own : code;
}

static SwFactsRe sw_quantity_re_between = SW_FACTS_RE("\\bbetween\\s+$");

/* do two figures @a and @b joined by @conj, the first at text[s], name a
 * range? It goes up: "5 to 7 people", "between 3,000 and 4,000", "5-7%";
 * a tally ("voted 52 to 48"), a change ("rose from 28 to 35") or a list
 * ("3 and 4") is two figures. A dash is never where a change went:
 * "rose 5-7%", "cut 3,000-4,000 jobs" */
gboolean
sw_quantity_is_range(const SwFactsCtx *ctx, gsize s, const gchar *conj, gdouble a, gdouble b)
{
	if (g_str_equal(conj, "-") || g_str_equal(conj, "\u2013"))
		return b > a;
	return b > a && !sw_quantity_change_before(ctx, s) &&
	       (g_ascii_strcasecmp(conj, "and") != 0 ||
		sw_facts_re_matches_before(&sw_quantity_re_between, ctx, s, 12));
}

/* "weighs 150 to 175 pounds": a weight, not money */
static SwFactsRe sw_quantity_re_weighs =
    SW_FACTS_RE("\\bweigh(?:s|ed|ing)?\\s+(?:(?:about|around|nearly|almost|roughly|some|just|over|under|"
		"up to|more than|less than)\\s+)*$");

static void
sw_quantity_on_money(SwFactsCtx *ctx, GMatchInfo *m, gpointer data G_GNUC_UNUSED)
{
	gint s = 0, e = 0;
	g_autofree gchar *approx = sw_quantity_fetch(m, "approx");
	g_autofree gchar *pre = sw_quantity_fetch(m, "pre");
	g_autofree gchar *post = sw_quantity_fetch(m, "post");
	g_autofree gchar *num = sw_quantity_fetch(m, "num");
	g_autofree gchar *num2 = sw_quantity_fetch(m, "num2");
	g_autofree gchar *num3 = sw_quantity_fetch(m, "num3");
	g_autofree gchar *scale = sw_quantity_fetch(m, "scale");
	g_autofree gchar *scale2 = sw_quantity_fetch(m, "scale2");
	g_autofree gchar *scale3 = sw_quantity_fetch(m, "scale3");
	g_autofree gchar *conj = sw_quantity_fetch(m, "conj");
	g_autofree gchar *num4 = sw_quantity_fetch(m, "num4");
	g_autofree gchar *scale4 = sw_quantity_fetch(m, "scale4");
	g_autofree gchar *conj3 = sw_quantity_fetch(m, "conj3");
	const gchar *code = sw_quantity_code(pre != NULL ? pre : post);
	gdouble a = 0, b = 0;
	gboolean ok;

	g_match_info_fetch_pos(m, 0, &s, &e);
	if (code == NULL)
		return;
	if (post != NULL && g_ascii_strncasecmp(post, "pound", 5) == 0 &&
	    sw_facts_re_matches_before(&sw_quantity_re_weighs, ctx, (gsize)s, 40))
		return;
	if (num3 != NULL && num4 != NULL) {
		/* "175 million to 180 million Canadian dollars": a range, or
		 * where a change went from and to ("cut from 40 to 35
		 * euros"), two amounts; a scale written once scales both */
		gdouble unit = sw_quantity_subunit(post);
		gint s3 = 0, e3 = 0, s4 = 0, e4 = 0;
		if (!sw_quantity_value(num3, scale3 != NULL ? scale3 : scale4, &a) ||
		    !sw_quantity_value(num4, scale4 != NULL ? scale4 : scale3, &b))
			return;
		a *= unit;
		b *= unit;
		if (sw_quantity_is_range(ctx, (gsize)s, conj3, a, b)) {
			sw_quantity_add_money(ctx, (gsize)s, (gsize)e, code, a, b, approx != NULL);
			return;
		}
		g_match_info_fetch_named_pos(m, scale3 != NULL ? "scale3" : "num3", &s3, &e3);
		g_match_info_fetch_named_pos(m, "num4", &s4, &e4);
		sw_quantity_add_money(ctx, (gsize)s, (gsize)e3, code, a, a, approx != NULL);
		sw_quantity_add_money(ctx, (gsize)s4, (gsize)e, code, b, b, FALSE);
		return;
	}
	if (num3 != NULL) {
		ok = sw_quantity_value(num3, scale3, &a);
		a *= sw_quantity_subunit(post);
		b = a;
	} else if (num2 != NULL && g_ascii_strcasecmp(conj, "to") == 0 &&
		   (sw_quantity_change_before(ctx, (gsize)s) || sw_quantity_descends(num, scale, num2, scale2))) {
		/* "rose $2.10 to $81.35", "from $5 to $4": two amounts, each
		 * with its own scale (and its own currency: "from €5 to $6") */
		gsize end1, start2;
		g_autofree gchar *pre2 = sw_quantity_fetch(m, "pre2");
		sw_quantity_split(m, "scale", "pre2", &end1, &start2);
		if (sw_quantity_value(num, scale, &a))
			sw_quantity_add_money(ctx, (gsize)s, end1, code, a, a, approx != NULL);
		if (sw_quantity_value(num2, scale2, &b))
			sw_quantity_add_money(ctx, start2, (gsize)e, sw_quantity_code_or(pre2, code), b, b, FALSE);
		return;
	} else if (num2 != NULL && g_ascii_strcasecmp(conj, "and") == 0 &&
		   !sw_facts_re_matches_before(&sw_quantity_re_between, ctx, (gsize)s, 12)) {
		/* "sales of $4.1 billion and $300 million of profit": two
		 * amounts, a range only after "between"; a bare figure after
		 * "and" is no money ("$4.1 billion and 35,378 points") */
		gsize end1, start2;
		g_autofree gchar *pre2 = sw_quantity_fetch(m, "pre2");
		sw_quantity_split(m, "scale", "pre2", &end1, &start2);
		if (sw_quantity_value(num, scale, &a))
			sw_quantity_add_money(ctx, (gsize)s, end1, code, a, a, approx != NULL);
		/* each in its own currency: "€3.5 billion and $1.5 trillion" */
		if (pre2 != NULL && sw_quantity_value(num2, scale2, &b))
			sw_quantity_add_money(ctx, start2, (gsize)e, sw_quantity_code_or(pre2, code), b, b, FALSE);
		return;
	} else {
		/* "$5-10 million": the scale of the upper end scales both */
		ok = sw_quantity_value(num, scale != NULL ? scale : scale2, &a);
		b = a;
		if (ok && num2 != NULL)
			ok = sw_quantity_value(num2, scale2 != NULL ? scale2 : scale, &b);
	}
	if (ok)
		sw_quantity_add_money(ctx, (gsize)s, (gsize)e, code, a, b, approx != NULL);
}

/* "12p a share", "fell 3p to 245p": pence written onto the number, read
 * only in a text that writes pounds, since "720p" is a screen */
static SwFactsRe sw_quantity_re_pence =
    SW_FACTS_RE("(?<![\\w.,$\u20ac\u00a3/-])(?<num>\\d{1,4}(?:\\.\\d+)?)(?-i:p)\\b(?!\\.?m\\b|\\.m\\.)");

static void
sw_quantity_on_pence(SwFactsCtx *ctx, GMatchInfo *m, gpointer data G_GNUC_UNUSED)
{
	gint s = 0, e = 0;
	g_autofree gchar *num = sw_quantity_fetch(m, "num");
	gdouble a = 0;

	g_match_info_fetch_pos(m, 0, &s, &e);
	if (sw_quantity_value(num, NULL, &a))
		sw_quantity_add_money(ctx, (gsize)s, (gsize)e, "GBP", a * 0.01, a * 0.01, FALSE);
}

/* the percentage text[s, e), @a to @b */
static void
sw_quantity_add_percent(SwFactsCtx *ctx, gsize s, gsize e, gdouble a, gdouble b, gboolean approx)
{
	SwFact *f = sw_quantity_fact(ctx, SW_FACT_PERCENT, s, e, a, b, approx);
	gchar *value;

	if (f == NULL)
		return;
	value = f->value;
	f->value = g_strdup_printf("%s%%", value);
	g_free(value);
}

static void
sw_quantity_on_percent(SwFactsCtx *ctx, GMatchInfo *m, gpointer data G_GNUC_UNUSED)
{
	gint s = 0, e = 0;
	g_autofree gchar *approx = sw_quantity_fetch(m, "approx");
	g_autofree gchar *num = sw_quantity_fetch(m, "num");
	g_autofree gchar *num2 = sw_quantity_fetch(m, "num2");
	g_autofree gchar *conj = sw_quantity_fetch(m, "conj");
	gdouble a = 0, b = 0;

	if (conj == NULL)
		conj = sw_quantity_fetch(m, "tight");
	g_match_info_fetch_pos(m, 0, &s, &e);
	if (!sw_facts_number(num, &a))
		return;
	if (num2 != NULL && sw_facts_number(num2, &b) && !sw_quantity_is_range(ctx, (gsize)s, conj, a, b)) {
		/* "rose from 4.2% to 4.4%": where it went from and to */
		gsize end1, start2;
		sw_quantity_split(m, "pct1", "num2", &end1, &start2);
		sw_quantity_add_percent(ctx, (gsize)s, end1, a, a, approx != NULL);
		sw_quantity_add_percent(ctx, start2, (gsize)e, b, b, FALSE);
		return;
	}
	sw_quantity_add_percent(ctx, (gsize)s, (gsize)e, a, num2 != NULL ? b : a, approx != NULL);
}

/* ---- counted numbers ---- */

/* words that end the noun phrase after a number */
static const gchar *const sw_quantity_stops[] = {
    "of",    "in",	"at",	   "on",    "to",    "for",   "and",  "or",	  "who",   "which",
    "that",  "were",	"was",	   "are",   "is",    "be",    "been", "have",  "had",   "has",
    "will",  "would",	"said",	   "from",  "by",    "with",  "than", "as",	  "the",   "a",
    "an",    "into",	"during",  "after", "before", "since", "per",  "each",  "more",  "less",
    "over",  "under",	"about",   "up",    "down",  "out",   "off",  "had",   "did",   "do",
    "could", "should",	"may",	   "might", "can",   "so",    "but",  "not",   "no",    "nor",
    "when",  "where",	"while",   "if",    "then",  "this",  "these", "those", "such",  "its",
    "his",   "her",	"their",   "our",   "my",    "your",  "he",   "she",   "they",  "it",
    "we",    "i",	"you",	   "there", "here",  "also",  "just", "only",  "all",   "both",
    "either", "neither", "between", "among", "including", "killed", "died", "injured", "wounded",
    "left",  "remain",	"remained", "rose", "fell",  "reached", "according", "last", "next",
    /* "the 57 aircraft due by July": no noun */
    "due",
    /* "a magnitude 8 or 9 quake along the Nankai Trough" */
    "along", "across", "through", "throughout", "within", "without", "near", "onto", "toward", "towards",
    "against", "around", "beyond", "beside", "behind", "inside", "outside", "via",
};

/* adverbs, no noun: "mixing the three together", "Fig. 1 above", "a
 * week or two ago"; one before a plural is an adjective ("two earlier
 * pieces of legislation") */
static const gchar *const sw_quantity_adverbs[] = {
    "together", "above", "below", "apart", "ago", "later", "earlier", "away", "again", "ahead", "back",
    "alone", "too", "instead", "overall", "altogether", "respectively", "apiece", "aside", "yet",
    "still", "already", "ever", "never", "even", "first", "initially", "originally", "previously",
};
static SwWordSet sw_quantity_adverbs_set = SW_WORD_SET(sw_quantity_adverbs);
/* the nouns in -ly a count may name ("one family", "two rallies" are
 * plural already); other words in -ly are adverbs ("three hurt, one
 * seriously") */
static const gchar *const sw_quantity_ly_nouns[] = {
    "family", "ally", "rally", "supply", "assembly", "anomaly", "reply", "monopoly", "butterfly",
    "belly", "jelly", "bully", "folly", "holly", "gully", "tally", "lily", "fly", "july",
};
static SwWordSet sw_quantity_ly_nouns_set = SW_WORD_SET(sw_quantity_ly_nouns);

/* is @low an adverb by its ending: "seriously", "critically"? */
static gboolean
sw_quantity_ly_adverb(const gchar *low)
{
	return strlen(low) >= 5 && g_str_has_suffix(low, "ly") && !sw_word_set_has(&sw_quantity_ly_nouns_set, low);
}

/* nouns that a number after them counts: "a toll of 28", "rose to 176" */
static const gchar *const sw_quantity_lead_nouns[] = {
    "toll", "total", "number", "count", "tally", "figure", "score", "population", "turnout",
    "casualties", "deaths", "dead", "age", "majority", "margin", "crowd", "attendance", "magnitude",
};

/* words of the calendar, after which a number between commas is a day
 * or a year, no age */
static const gchar *const sw_quantity_calendar[] = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
};
static SwWordSet sw_quantity_calendar_set = SW_WORD_SET(sw_quantity_calendar);

/* units written short, each a whole noun */
static const gchar *const sw_quantity_units[] = {
    "km", "kg", "mm", "cm", "ft", "mi", "mph", "lb", "lbs", "oz", "mw", "gw", "kw", "kwh", "mwh", "ha",
};

static SwWordSet sw_quantity_stops_set = SW_WORD_SET(sw_quantity_stops);
static SwWordSet sw_quantity_units_set = SW_WORD_SET(sw_quantity_units);
static SwWordSet sw_quantity_lead_nouns_set = SW_WORD_SET(sw_quantity_lead_nouns);
/* a verb of saying or a past tense ends the noun: "one trader told
 * Reuters" counts a trader, not Reuters */
static SwWordSet sw_quantity_verbs_set = SW_WORD_SET_JOINED(SW_FACTS_SAY "|" SW_FACTS_IRREGULAR_PAST);

/* plurals that do not end in s, after their singulars; words that are
 * also modifiers ("aircraft carriers") are left out */
static const gchar *const sw_quantity_irregular[][2] = {
    {"child", "children"}, {"person", "people"}, {"foot", "feet"},	{"tooth", "teeth"},
    {"mouse", "mice"},	   {"goose", "geese"},	 {"police", "police"}, {"dead", "dead"},
    {"cattle", "cattle"},   {"man", "men"},	 {"woman", "women"},
    {"grandchild", "grandchildren"}, {"schoolchild", "schoolchildren"}, {"stepchild", "stepchildren"},
};

static const gchar *const sw_quantity_greek_plurals[] = {
    "crises", "analyses", "diagnoses", "prognoses", "hypotheses", "theses", "syntheses", "emphases",
};
static SwWordSet sw_quantity_greek_plurals_set = SW_WORD_SET(sw_quantity_greek_plurals);

static const gchar *
sw_quantity_irregular_singular(const gchar *low)
{
	for (guint i = 0; i < G_N_ELEMENTS(sw_quantity_irregular); i++) {
		if (g_str_equal(low, sw_quantity_irregular[i][1]))
			return sw_quantity_irregular[i][0];
	}
	return NULL;
}

/* capitals and a plural "s": "MPs", "CEOs", "SUVs" */
static gboolean
sw_quantity_acronym_plural(const gchar *w, gsize len)
{
	if (len < 3 || w[len - 1] != 's')
		return FALSE;
	for (gsize i = 0; i + 1 < len; i++) {
		if (!g_ascii_isupper(w[i]))
			return FALSE;
	}
	return TRUE;
}

/* words in -s that count as one: "one series" */
static const gchar *const sw_quantity_plural_singulars[] = {"series", "species", "means", "news", "headquarters"};
static SwWordSet sw_quantity_plural_singulars_set = SW_WORD_SET(sw_quantity_plural_singulars);

/* a plural in -s: not "glass", "virus" or "basis" */
static gboolean
sw_quantity_is_plural(const gchar *w)
{
	return g_str_has_suffix(w, "s") && !g_str_has_suffix(w, "ss") && !g_str_has_suffix(w, "us") &&
	       !g_str_has_suffix(w, "is");
}

static gchar *
sw_quantity_singular(const gchar *word)
{
	gsize l = strlen(word);
	g_autofree gchar *w = g_strdup(word);

	/* acronyms and proper words keep their case; common nouns go lower */
	if (l > 1 && !(g_ascii_isupper(word[0]) && g_ascii_isupper(word[1]))) {
		g_free(w);
		w = g_utf8_strdown(word, -1);
	}
	/* "people" counts as itself: "28 people" reads better than "person";
	 * so do "series" and "species" */
	if (g_str_equal(w, "people") || sw_word_set_has(&sw_quantity_plural_singulars_set, w))
		return g_steal_pointer(&w);
	if (sw_quantity_irregular_singular(w) != NULL)
		return g_strdup(sw_quantity_irregular_singular(w));
	if (sw_quantity_acronym_plural(w, l))
		return g_strndup(w, l - 1);
	if (l < 4)
		return g_steal_pointer(&w);
	if (g_str_has_suffix(w, "ies"))
		return g_strdup_printf("%.*sy", (gint)(l - 3), w);
	/* Greek plurals in -ses from -sis ("three confirmed diagnoses") */
	if (sw_word_set_has(&sw_quantity_greek_plurals_set, w))
		return g_strdup_printf("%.*sis", (gint)(l - 2), w);
	if (g_str_has_suffix(w, "ches") || g_str_has_suffix(w, "shes") || g_str_has_suffix(w, "sses") ||
	    g_str_has_suffix(w, "xes"))
		return g_strndup(w, l - 2);
	if (g_str_has_suffix(w, "men"))
		return g_strdup_printf("%.*sman", (gint)(l - 3), w);
	if (sw_quantity_is_plural(w))
		return g_strndup(w, l - 1);
	return g_steal_pointer(&w);
}

/* participles that name people when a number counts them: "the 12
 * accused", "1,500 displaced" */
static const gchar *const sw_quantity_participles[] = {
    "accused", "detained", "arrested", "displaced", "evacuated", "deceased", "unemployed",
    "disappeared", "infected", "vaccinated", "hospitalised", "hospitalized", "surveyed", "polled",
    "questioned", "affected", "insured", "elected", "recovered", "injured", "wounded", "killed", "missing",
    "hurt", "rescued", "charged", "convicted", "released", "freed",
};
static SwWordSet sw_quantity_participles_set = SW_WORD_SET(sw_quantity_participles);

/* does a noun phrase end at this word: a plural ("five PLA soldiers",
 * "two men") or a unit ("20 km south")? */
static gboolean
sw_quantity_ends_noun(const gchar *low)
{
	return sw_word_set_has(&sw_quantity_units_set, low) || sw_quantity_irregular_singular(low) != NULL ||
	       (strlen(low) > 3 && sw_quantity_is_plural(low)) || g_str_has_suffix(low, "men");
}

/* the word at text[*p) when a space leads to it, lowered, with *p past
 * it and *w at its start; NULL at punctuation or the end */
static gchar *
sw_quantity_word_at(const SwFactsCtx *ctx, const gchar **p, const gchar **w)
{
	const gchar *end = ctx->text + ctx->len;

	if (*p >= end || **p != ' ')
		return NULL;
	(*p)++;
	*w = *p;
	/* a word starts with a letter: a dash between spaces is none */
	if (*p >= end || !g_unichar_isalpha(g_utf8_get_char(*p)))
		return NULL;
	while (*p < end && (g_unichar_isalpha(g_utf8_get_char(*p)) || **p == '-' || **p == '\''))
		*p = g_utf8_next_char(*p);
	return g_utf8_strdown(*w, *p - *w);
}

/* the participle that names people after "were", "are" or "have been"
 * at *p ("arrested", "injured"), or NULL */
static gchar *
sw_quantity_participle_after(const SwFactsCtx *ctx, const gchar *p)
{
	const gchar *w = NULL;
	g_autofree gchar *low = sw_quantity_word_at(ctx, &p, &w);

	if (low != NULL && g_str_equal(low, "been")) {
		g_free(low);
		low = sw_quantity_word_at(ctx, &p, &w);
	}
	if (low == NULL || !sw_word_set_has(&sw_quantity_participles_set, low))
		return NULL;
	return g_steal_pointer(&low);
}

/* a word in -ed right after the number is the sentence's verb ("5,000
 * voted", "about 300 gathered outside") unless a noun ends the phrase
 * after it ("2,000 armed men", "three million registered voters") */
static gboolean
sw_quantity_past_verb(const SwFactsCtx *ctx, const gchar *low, const gchar *p)
{
	const gchar *w = NULL;
	g_autofree gchar *next = NULL;

	if (strlen(low) < 5 || !g_str_has_suffix(low, "ed"))
		return FALSE;
	next = sw_quantity_word_at(ctx, &p, &w);
	return next == NULL || !sw_quantity_ends_noun(next) || sw_word_set_has(&sw_quantity_stops_set, next);
}

/* the head of the noun phrase after text[pos]: up to three words, ending
 * before a function word or punctuation */
static const gchar *const sw_quantity_determiners[] = {"the", "its", "their", "his", "her", "our", "these", "those"};
static SwWordSet sw_quantity_determiners_set = SW_WORD_SET(sw_quantity_determiners);

/* is @low a possessive: "hartley's", "the company’s"? */
static gboolean
sw_quantity_possessive(const gchar *low)
{
	return g_str_has_suffix(low, "'s") || g_str_has_suffix(low, "\u2019s");
}

/* after "of" at *p: a determiner, then up to three words ending in a
 * plural, whose singular is returned; NULL otherwise ("300 of them") */
static gchar *
sw_quantity_partitive_noun(const SwFactsCtx *ctx, const gchar *p)
{
	const gchar *w = NULL;
	const gchar *end = ctx->text + ctx->len;
	g_autofree gchar *det = sw_quantity_word_at(ctx, &p, &w);
	gboolean whole = FALSE;

	/* "30 of Hartley's 45 stores", "40 of the company's 300 staff": a
	 * possessive before the whole's count is its determiner */
	if (det != NULL && sw_word_set_has(&sw_quantity_determiners_set, det) && p + 1 < end && *p == ' ' &&
	    g_ascii_isalpha(p[1])) {
		const gchar *q = p;
		const gchar *pw = NULL;
		g_autofree gchar *next = sw_quantity_word_at(ctx, &q, &pw);
		if (next != NULL && sw_quantity_possessive(next))
			p = q;
	} else if (det != NULL && sw_quantity_possessive(det)) {
		g_free(det);
		det = g_strdup("the");
	}
	/* "412 of the 650 seats", "412 of 650 seats": the whole's count
	 * before its noun */
	if (det == NULL && w != NULL && w < end && g_ascii_isdigit(*w)) {
		p = w;
		while (p < end && (g_ascii_isdigit(*p) || (*p == ',' && p + 1 < end && g_ascii_isdigit(p[1]))))
			p++;
		whole = TRUE;
	} else if (det == NULL || !sw_word_set_has(&sw_quantity_determiners_set, det)) {
		return NULL;
	} else if (p + 1 < end && *p == ' ' && g_ascii_isdigit(p[1])) {
		p++;
		while (p < end && (g_ascii_isdigit(*p) || (*p == ',' && p + 1 < end && g_ascii_isdigit(p[1]))))
			p++;
		whole = TRUE;
	}
	/* the whole's noun comes right after its count */
	if (whole) {
		g_autofree gchar *low = sw_quantity_word_at(ctx, &p, &w);
		/* "of the 200 MPs": an acronym's plural too */
		if (low == NULL || (!sw_quantity_ends_noun(low) && !sw_quantity_acronym_plural(w, (gsize)(p - w))))
			return NULL;
		{
			g_autofree gchar *noun = g_strndup(w, p - w);
			return sw_quantity_singular(noun);
		}
	}
	for (guint words = 0; words < 3; words++) {
		g_autofree gchar *low = sw_quantity_word_at(ctx, &p, &w);
		/* "40 of the company's 300 staff": the possessive's own count */
		if (low == NULL || sw_word_set_has(&sw_quantity_stops_set, low) ||
		    sw_word_set_has(&sw_quantity_verbs_set, low) || strchr(low, '\'') != NULL)
			return NULL;
		if (sw_quantity_ends_noun(low) || sw_quantity_acronym_plural(w, (gsize)(p - w))) {
			g_autofree gchar *noun = g_strndup(w, p - w);
			return sw_quantity_singular(noun);
		}
	}
	return NULL;
}

/* words that make one unit with the noun after them: "25 basis points"
 * is a quarter of "0.25 percentage points", and neither is "points" of
 * an index */
static const gchar *const sw_quantity_unit_leads[] = {"basis", "percentage", "square", "cubic"};
static SwWordSet sw_quantity_unit_leads_set = SW_WORD_SET(sw_quantity_unit_leads);

/* is the clause around text[@pos] in title case ("4 Basics Marketers
 * Can't Miss"), where a capital says nothing of a name? No word of four
 * lower-case letters or more stands in it but the prepositions some
 * styles leave low ("Jets With Faults"), between the marks that end a
 * sentence, a line or a quote */
static const gchar *const sw_quantity_title_lows[] = {"with", "from", "into", "over", "than", "onto", "upon"};
static SwWordSet sw_quantity_title_lows_set = SW_WORD_SET(sw_quantity_title_lows);

static gboolean
sw_quantity_title_case(const SwFactsCtx *ctx, gsize pos)
{
	gsize b = pos, e = pos;

	while (b > 0 && pos - b < 200 && strchr(".!?\n\"", ctx->text[b - 1]) == NULL &&
	       !(b >= 3 && (memcmp(ctx->text + b - 3, "\u201c", 3) == 0 || memcmp(ctx->text + b - 3, "\u201d", 3) == 0)))
		b--;
	while (e < ctx->len && e - pos < 200 && strchr(".!?\n\"", ctx->text[e]) == NULL &&
	       !(e + 3 <= ctx->len && (memcmp(ctx->text + e, "\u201c", 3) == 0 || memcmp(ctx->text + e, "\u201d", 3) == 0)))
		e++;
	for (gsize i = b; i < e; i++) {
		gsize l = 0;
		if (i > b && g_ascii_isalpha(ctx->text[i - 1]))
			continue;
		while (i + l < e && l < 8 && g_ascii_islower(ctx->text[i + l]))
			l++;
		if (l == 4 && (i + l == e || !g_ascii_isalpha(ctx->text[i + l]))) {
			gchar word[5];
			memcpy(word, ctx->text + i, 4);
			word[4] = '\0';
			if (!sw_word_set_has(&sw_quantity_title_lows_set, word))
				return FALSE;
		} else if (l >= 4) {
			return FALSE;
		}
	}
	return TRUE;
}

/* moves *@p past " 11" or " 737", a model's number, when it is one */
static gboolean
sw_quantity_skip_model_number(const SwFactsCtx *ctx, const gchar **p)
{
	const gchar *end = ctx->text + ctx->len;
	const gchar *q = *p;

	if (q >= end || *q != ' ')
		return FALSE;
	q++;
	if (q >= end || !g_ascii_isdigit(*q))
		return FALSE;
	while (q < end && g_ascii_isdigit(*q))
		q++;
	if (q >= end || *q != ' ' || q - *p > 6)
		return FALSE;
	*p = q;
	return TRUE;
}

/* does the capitalised word text[@w, @p) name what the noun after it
 * is, though it ends in -s: "12 Texas schools", "40 Abrams tanks", "5
 * Kansas City residents"? A word of the name or a noun must follow
 * ("30 Democrats voted" counts Democrats) */
static gboolean
sw_quantity_name_joins(const SwFactsCtx *ctx, const gchar *w, const gchar *p, gboolean may_join)
{
	const gchar *nw = NULL;
	g_autofree gchar *next = NULL;

	if (!g_ascii_isupper(*w) || sw_quantity_title_case(ctx, (gsize)(w - ctx->text)))
		return FALSE;
	/* a model's number after the name, a plural after it: "400 million
	 * Windows 11 users", "two Boeing 737 jets" */
	{
		const gchar *q = p;
		if (sw_quantity_skip_model_number(ctx, &q)) {
			const gchar *aw = NULL;
			g_autofree gchar *after = sw_quantity_word_at(ctx, &q, &aw);
			return after != NULL && sw_quantity_ends_noun(after) && sw_quantity_is_plural(after);
		}
	}
	next = sw_quantity_word_at(ctx, &p, &nw);
	/* names joined: "310,000 Terra and Terra Max SUVs", the second a
	 * name before a noun too; not a unit's letters ("1.64 GW and Seoul
	 * plans") */
	if (may_join && next != NULL && (g_str_equal(next, "and") || g_str_equal(next, "or"))) {
		const gchar *q = p;
		g_free(next);
		next = sw_quantity_word_at(ctx, &q, &nw);
		return next != NULL && g_ascii_islower(w[1]) && g_ascii_isupper(*nw) &&
		       sw_quantity_name_joins(ctx, nw, q, FALSE);
	}
	if (next == NULL || sw_word_set_has(&sw_quantity_stops_set, next) ||
	    sw_word_set_has(&sw_quantity_verbs_set, next) ||
	    sw_facts_taken(ctx, (gsize)(nw - ctx->text), (gsize)(p - ctx->text)))
		return FALSE;
	return g_ascii_isupper(*nw) || sw_quantity_ends_noun(next);
}

static gboolean
sw_quantity_name_modifies(const SwFactsCtx *ctx, const gchar *w, const gchar *p)
{
	return sw_quantity_name_joins(ctx, w, p, TRUE);
}

/* does text[@s] open a sentence, a line or a quote? */
static gboolean
sw_quantity_opens_sentence(const SwFactsCtx *ctx, gsize s)
{
	while (s > 0 && ctx->text[s - 1] == ' ')
		s--;
	return s == 0 || strchr(".!?:\n\"'(", ctx->text[s - 1]) != NULL || (guchar)ctx->text[s - 1] >= 0x80;
}

/* is the word after *@p a plural noun, no function word, and does the
 * number ending at text[@pos) stand inside its sentence? A sentence's
 * first word is its subject ("One confirmed reports of a fire") */
static gboolean
sw_quantity_plural_follows(const SwFactsCtx *ctx, gsize pos, const gchar *p)
{
	const gchar *w = NULL;
	g_autofree gchar *next = sw_quantity_word_at(ctx, &p, &w);
	gsize s = pos;

	while (s > 0 && ctx->text[s - 1] != ' ' && ctx->text[s - 1] != '\n')
		s--;
	return next != NULL && !sw_word_set_has(&sw_quantity_stops_set, next) && strlen(next) > 3 &&
	       sw_quantity_is_plural(next) && !sw_quantity_opens_sentence(ctx, s);
}

static gchar *
sw_quantity_noun_after(const SwFactsCtx *ctx, gsize pos, gdouble n)
{
	g_autofree gchar *last = NULL;
	g_autofree gchar *lead = NULL;
	const gchar *p = ctx->text + pos;
	gboolean named = FALSE;
	gboolean modified = FALSE; /* this word was an adverb in -ly: the next is no verb */

	/* a name before the noun takes one word more: "9.5 million Series H
	 * preferred shares" */
	for (guint words = 0, most = 3; words < most; words++) {
		const gchar *w = NULL;
		g_autofree gchar *low = sw_quantity_word_at(ctx, &p, &w);
		gboolean after_ly = modified;
		modified = FALSE;
		if (low == NULL)
			break;
		/* "One looks at the card", "the long one begins": a verb in
		 * -s after "one" is the pronoun's, no counted noun ("one
		 * series" is one) */
		if (words == 0 && n == 1 && !g_ascii_isdigit(ctx->text[pos - 1]) && strlen(low) > 3 &&
		    sw_quantity_is_plural(low) && !sw_word_set_has(&sw_quantity_plural_singulars_set, low))
			return NULL;
		/* "nine were arrested", "12 have been detained": who they
		 * are, the participle that names people */
		if (words == 0 && (g_str_equal(low, "were") || g_str_equal(low, "are") || g_str_equal(low, "have") ||
				   g_str_equal(low, "had")))
			return sw_quantity_participle_after(ctx, p);
		/* "20 million of the new devices", "1,200 of its workers": the
		 * plural a partitive names ("one of the largest lenders" is a
		 * superlative's idiom, no count) */
		if (words == 0 && g_str_equal(low, "of"))
			return n >= 2 ? sw_quantity_partitive_noun(ctx, p) : NULL;
		/* the names a modifier joins go on ("Terra and Terra Max SUVs") */
		if (named && (g_str_equal(low, "and") || g_str_equal(low, "or"))) {
			named = FALSE;
			most = MIN(most + 1, 8);
			continue;
		}
		/* a verb ends it, and so does a time ("one official Monday");
		 * not a reporting verb's participle before the plural it
		 * qualifies ("58 confirmed cases", "12 reported deaths") */
		if (sw_word_set_has(&sw_quantity_stops_set, low) ||
		    (sw_word_set_has(&sw_quantity_verbs_set, low) && !after_ly &&
		     !(words == 0 && g_str_has_suffix(low, "ed") && sw_quantity_plural_follows(ctx, pos, p))) ||
		    g_str_has_suffix(low, "'s") ||
		    sw_facts_taken(ctx, (gsize)(w - ctx->text), (gsize)(p - ctx->text)))
			break;
		/* after one thing counted, in words, a word in -s is its verb:
		 * "One child remains in hospital", "one person dies" (a list's
		 * "1 baby carrots" counts carrots) */
		if (n == 1 && words > 0 && last != NULL && !g_ascii_isdigit(ctx->text[pos - 1]) && g_ascii_islower(*w) &&
		    g_str_has_suffix(low, "s") && !g_str_has_suffix(low, "ss"))
			break;
		/* an adverb is written in lower case ("First Security shares" is a name) */
		/* one in -ly modifies what follows ("10,000 newly created
		 * shares", "one highly placed source") or ends the phrase
		 * ("three hurt, one seriously") */
		if (g_ascii_islower(*w) && words + 1 < most && sw_quantity_ly_adverb(low)) {
			const gchar *q = p;
			const gchar *nw = NULL;
			g_autofree gchar *next = sw_quantity_word_at(ctx, &q, &nw);
			if (next == NULL || sw_word_set_has(&sw_quantity_stops_set, next))
				break;
			most = MIN(most + 1, 8);
			modified = TRUE;
			continue;
		}
		if (g_ascii_islower(*w) && sw_word_set_has(&sw_quantity_adverbs_set, low)) {
			const gchar *q = p;
			const gchar *nw = NULL;
			g_autofree gchar *next = sw_quantity_word_at(ctx, &q, &nw);
			if (next == NULL || !sw_quantity_ends_noun(next))
				break;
		}
		if (words == 0 && sw_quantity_past_verb(ctx, low, p)) {
			/* "the 12 accused were freed": the participle is who */
			if (sw_word_set_has(&sw_quantity_participles_set, low))
				return g_steal_pointer(&low);
			break;
		}
		/* "One campaign video featured a ...", "1 pass defended.":
		 * a word in -ed before a function word or the phrase's end is
		 * the verb after the noun ("one highly placed source" goes
		 * on) */
		if (words > 0 && strlen(low) >= 5 && g_str_has_suffix(low, "ed")) {
			const gchar *q = p;
			const gchar *nw = NULL;
			g_autofree gchar *next = sw_quantity_word_at(ctx, &q, &nw);
			if (next == NULL || sw_word_set_has(&sw_quantity_stops_set, next))
				break;
		}
		if (last != NULL && sw_quantity_ends_noun(low) &&
		    sw_word_set_has(&sw_quantity_unit_leads_set, lead)) {
			g_autofree gchar *one = sw_quantity_singular(low);
			return g_strdup_printf("%s %s", lead, one);
		}
		g_free(last);
		last = g_strndup(w, p - w);
		g_free(lead);
		lead = g_steal_pointer(&low);
		if (sw_quantity_acronym_plural(w, (gsize)(p - w)))
			break;
		named = sw_quantity_name_modifies(ctx, w, p);
		if (named) {
			most = MIN(most + 1, 6);
			sw_quantity_skip_model_number(ctx, &p);
		}
		else if (sw_quantity_ends_noun(lead))
			break;
	}
	/* "four voting to hold", "two remaining": a participle alone
	 * after a count above one counts no noun of its own */
	if (last != NULL && n > 1 && strchr(last, ' ') == NULL && g_str_has_suffix(last, "ing") &&
	    g_ascii_islower(*last))
		return NULL;
	return last != NULL ? sw_quantity_singular(last) : NULL;
}

/* is a plural counted right after text[pos): "5-7 people", "8-9 ripe
 * bananas", "5-7 MPs", within the three words a noun may take; a
 * singular ("a 2-3 loss") or a word of a sentence ("2-3 in extra time")
 * is not */
static gboolean
sw_quantity_counts_after(const SwFactsCtx *ctx, gsize pos)
{
	const gchar *p = ctx->text + pos;

	for (guint words = 0; words < 3; words++) {
		const gchar *w = NULL;
		g_autofree gchar *low = sw_quantity_word_at(ctx, &p, &w);
		if (low == NULL || sw_word_set_has(&sw_quantity_stops_set, low))
			return FALSE;
		if (sw_quantity_acronym_plural(w, (gsize)(p - w)))
			return TRUE;
		if (!g_ascii_islower(*w))
			return FALSE;
		if (sw_quantity_ends_noun(low))
			return TRUE;
	}
	return FALSE;
}

static SwFactsRe sw_quantity_re_tally_other =
    SW_FACTS_RE("(?<![\\w.,])\\d[\\d,]*\\s+([a-z]+)\\s+(?:to|against)\\s+$");

/* both sides of a vote, a court's too: "voted 52 to 31", "voted nine to
 * two", "ruled five to four", "split 6-3", "by a vote of 7-2", "the bill
 * passed 52-48" */
static SwFactsRe sw_quantity_re_voted = SW_FACTS_RE(
    "\\b(?:voted|ruled|split|passed|approved|rejected|defeated|carried|(?:a|the)\\s+vote\\s+of)\\s+(?:by\\s+)?"
    "(?:(?:\\d[\\d,]*|" SW_QUANTITY_NUMWORD ")(?:\\s+(?:to|against)\\s+|\\s*[-\u2013]\\s*))?$");
/* "a 5-4 ruling", "a 7-2 vote" */
static SwFactsRe sw_quantity_re_vote_after =
    SW_FACTS_RE("^\\s+(?:ruling|decision|vote|verdict|majority|split)s?\\b");

static SwFactsRe sw_quantity_re_toll_far =
    SW_FACTS_RE("\\b(toll|tally)\\b(?:[^.;:!?\\n]|\\.(?=\\d)){0,100}?\\s(?:has\\s+|had\\s+)?(?:rose|risen|climbed|jumped|"
		"increased|reached|hit|stood|stands|fell|dropped|"
		/* a headline's present: "death toll in Peru rises to 112" */
		"rises|climbs|jumps|increases|reaches|hits|falls|drops)(?:\\s+(?:to|at))?\\s*$");

/* nouns that are a person, whose age may follow after a comma */
static const gchar *const sw_quantity_person_nouns[] = {
    "girl", "boy", "man", "woman", "teenager", "child", "toddler", "baby", "pensioner", "schoolboy", "schoolgirl",
    "student", "mother", "father", "son", "daughter", "grandmother", "grandfather", "widow", "pupil"};
static SwWordSet sw_quantity_person_nouns_set = SW_WORD_SET(sw_quantity_person_nouns);

/* the noun before: "a toll of 28", "the toll rose to 176" */
/* do the digits at text[pos] stand after a comma and a capitalised word
 * that is no month or day, or a noun an article opens, before another
 * comma or the sentence's end ("Mr Biden, 81, said", "said resident Mark
 * Hughes, 54.", "The minister, 54, said"), and are they an age? */
static gboolean
sw_quantity_age_after_name(const SwFactsCtx *ctx, gsize pos)
{
	gsize e = pos, w;
	guint n = 0;
	g_autofree gchar *word = NULL;

	while (e < ctx->len && g_ascii_isdigit(ctx->text[e]) && e - pos < 4)
		n = n * 10 + (guint)(ctx->text[e++] - '0');
	if (e == pos || e - pos > 3 || n == 0 || n > 120)
		return FALSE;
	/* a headline ends with no stop: "Police search for missing girl, 9" */
	if (e < ctx->len && ctx->text[e] != ',' && ctx->text[e] != '\n' &&
	    !(ctx->text[e] == '.' && (e + 1 == ctx->len || g_ascii_isspace(ctx->text[e + 1]))))
		return FALSE;
	w = pos - 2;
	while (w > 0 && pos - 2 - w < 64 &&
	       (g_ascii_isalpha(ctx->text[w - 1]) || ctx->text[w - 1] == '\'' || ctx->text[w - 1] == '-'))
		w--;
	if (w == pos - 2)
		return FALSE;
	/* "The minister, 54, said", "a retired teacher, 67,": a person said
	 * by a noun an article opens, a word or two before; or by a noun
	 * that is one ("missing girl, 9") */
	if (g_ascii_islower(ctx->text[w])) {
		g_autofree gchar *noun = g_ascii_strdown(ctx->text + w, (gssize)(pos - 2 - w));
		if (sw_word_set_has(&sw_quantity_person_nouns_set, noun))
			return TRUE;
		for (guint words = 0; words < 2 && w > 1 && ctx->text[w - 1] == ' '; words++) {
			gchar before[32];
			w = sw_facts_word_before(ctx, 0, w, before, sizeof before);
			if (g_str_equal(before, "a") || g_str_equal(before, "an") || g_str_equal(before, "the"))
				return TRUE;
		}
		return FALSE;
	}
	if (!g_ascii_isupper(ctx->text[w]))
		return FALSE;
	word = g_strndup(ctx->text + w, pos - 2 - w);
	/* a place's population or a club's score are no age */
	if (sw_facts_name_kind(word) != SW_FACT_PERSON)
		return FALSE;
	word[0] = g_ascii_tolower(word[0]);
	return !sw_word_set_has(&sw_quantity_calendar_set, word);
}

static SwFactsRe sw_quantity_re_died_at = SW_FACTS_RE("\\b(?:dies|died|dead)\\s+at\\s+$");

static gchar *
sw_quantity_noun_before(const SwFactsCtx *ctx, gsize pos)
{
	/* room for "the death toll from a magnitude 7.1 earthquake that
	 * struck northern Peru on Sunday has risen to" */
	gsize s = sw_facts_char_on(ctx, pos > 128 ? pos - 128 : 0);
	g_autofree gchar *before = g_strndup(ctx->text + s, pos - s);
	g_autoptr(GMatchInfo) m = NULL;
	static GRegex *re = NULL;
	static gsize once = 0;

	if (g_once_init_enter(&once)) {
		re = sw_regex_new("\\b(\\w+)\\s+(?:(?:has|had|have|had now|has now)\\s+)?"
				 "(?:of|at|to|is|was|stands at|stood at|rose to|climbed to|"
				 "jumped to|reached|hit|increased to|fell to|dropped to|is now|"
				 "has risen to|had risen to|now stands at|"
				 /* a figure corrected: "the magnitude was revised to
				  * 6.4", "the toll has been raised to 40" */
				 "(?:was|were|is|are|(?:has|had|have)\\s+(?:since\\s+|now\\s+|also\\s+)?been)\\s+"
				 "(?:later\\s+|now\\s+|since\\s+)?"
				 "(?:revised|raised|lowered|upgraded|downgraded|increased|reduced|updated|corrected|put)"
				 "(?:\\s+(?:up|down|upwards?|downwards?))?\\s+(?:to|at))\\s*$",
				 G_REGEX_CASELESS | SW_REGEX_OPTIMIZE, 0, NULL);
		g_once_init_leave(&once, 1);
	}
	if (g_regex_match(re, before, 0, &m)) {
		g_autofree gchar *w = g_match_info_fetch(m, 1);
		g_autofree gchar *low = g_ascii_strdown(w, -1);
		if (sw_word_set_has(&sw_quantity_lead_nouns_set, low))
			return sw_quantity_singular(low);
	}
	g_clear_pointer(&m, g_match_info_free);
	/* "Mr Biden, 81, said", "Sarah Jennings, 29, was": an age between
	 * commas after a name */
	if (pos >= 4 && before[pos - s - 1] == ' ' && before[pos - s - 2] == ',' && ctx->text[pos] != '\0' &&
	    sw_quantity_age_after_name(ctx, pos))
		return g_strdup("age");
	/* "died aged 86": an age */
	if (g_str_has_suffix(before, "aged ") && (pos - s == 5 || !g_ascii_isalpha(before[pos - s - 6])))
		return g_strdup("age");
	/* "Singer dies at 78", "who died at 79": the age of a death */
	if (g_regex_match(sw_facts_re(&sw_quantity_re_died_at), before, 0, NULL) && atoi(ctx->text + pos) > 0 &&
	    atoi(ctx->text + pos) <= 120)
		return g_strdup("age");
	/* "passed by 310 votes to 260", "won 52 seats against 48": the tally's
	 * other side counts the same */
	if (g_regex_match(sw_facts_re(&sw_quantity_re_tally_other), before, 0, &m)) {
		g_autofree gchar *w = g_match_info_fetch(m, 1);
		if (sw_quantity_ends_noun(w))
			return sw_quantity_singular(w);
	}
	g_clear_pointer(&m, g_match_info_free);
	/* "Councillors voted 52 to 31": both sides of a vote are votes */
	if (g_regex_match(sw_facts_re(&sw_quantity_re_voted), before, 0, NULL))
		return g_strdup("vote");
	/* "the death toll from the blast rose to 15": the noun further back */
	if (g_regex_match(sw_facts_re(&sw_quantity_re_toll_far), before, 0, &m)) {
		g_autofree gchar *w = g_match_info_fetch(m, 1);
		return g_ascii_strdown(w, -1);
	}
	return NULL;
}

static SwFactsRe sw_quantity_re_magnitude_before = SW_FACTS_RE("\\bmagnitude[\\s-]+(?:of\\s+)?$");

/* "killed 12", "shot dead three people", "stabbed to death two men" */
static SwFactsRe sw_quantity_re_killed_before = SW_FACTS_RE(
    "\\b(?:killed|killing|kills|kill|(?:shot|shooting|shoots|gunned)\\s+(?:dead|down)|"
    "(?:stabbed|stabbing|beaten|beating|burned|crushed)\\s+to\\s+death)\\s+$");
/* where they were, between the noun and what befell them: "10 people on
 * board were killed", "three people in the car died" */
#define SW_QUANTITY_WHERE "(?:(?:on\\s+board|aboard|inside|(?:on|in|at)\\s+(?:the\\s+|a\\s+|an\\s+)?\\w+)\\s+)?"
static SwFactsRe sw_quantity_re_killed_after = SW_FACTS_RE(
    "^\\s+" SW_QUANTITY_WHERE "(?:(?:were|was|are|is|have been|has been|had been)\\s+(?:\\w+\\s+)?(?:killed|dead|drowned)|"
    "(?:have\\s+|has\\s+|had\\s+)?(?:died|drowned)|dead|killed|lost their lives)\\b");
static SwFactsRe sw_quantity_re_injured_before =
    SW_FACTS_RE("\\b(?:injured|injuring|wounded|wounding|hurt|hurting)\\s+$");
static SwFactsRe sw_quantity_re_injured_after = SW_FACTS_RE(
    "^\\s+" SW_QUANTITY_WHERE "(?:(?:(?:were|was|are|is|have been|has been|had been)\\s+(?:\\w+\\s+)?)?(?:injured|wounded|hurt)|"
    /* "Two firefighters suffered minor injuries" */
    "(?:have\\s+|has\\s+|had\\s+)?(?:suffered|sustained|received)\\s+(?:\\w+\\s+)?(?:injuries|wounds|burns)|"
    /* "were treated in hospital for minor injuries", "for burns" */
    "(?:were|was|are|is)\\s+(?:being\\s+)?treated\\s+(?:(?:in|at)\\s+(?:the\\s+)?(?:hospital|scene)\\s+)?for\\s+"
    "(?:\\w+\\s+)?(?:injuries|wounds|burns))\\b");

/* bodies found are the dead: "Two bodies were recovered", "recovered
 * five bodies"; not "two bodies of water", "three governing bodies" */
static SwFactsRe sw_quantity_re_bodies_after = SW_FACTS_RE(
    "^\\s+bodies\\s+(?:(?:were|was|are|is|have been|has been|had been)\\s+(?:\\w+\\s+)?)?"
    "(?:recovered|found|pulled|retrieved|discovered|washed|identified)\\b");
static SwFactsRe sw_quantity_re_bodies_before =
    SW_FACTS_RE("\\b(?:recovered|recovering|recover|found|finding|pulled|retrieved|discovered)\\s+(?:the\\s+)?$");
/* "the bodies of two climbers": the dead counted by their noun (not
 * "the governing bodies of 12 nations") */
static SwFactsRe sw_quantity_re_bodies_of = SW_FACTS_RE("\\bthe\\s+bodies\\s+of\\s+(?:the\\s+|all\\s+)?$");

const gchar *
sw_facts_casualties(const gchar *text, gsize len, const SwFact *f)
{
	SwFactsCtx ctx = {.text = text, .len = len};
	gsize after = f->end;

	if (f->kind != SW_FACT_NUMBER || f->end > len)
		return NULL;
	if (g_strcmp0(f->noun, "toll") == 0 || g_strcmp0(f->noun, "death") == 0 ||
	    g_strcmp0(f->noun, "dead") == 0)
		return "dead";
	/* "four injuries linked to the fault" are four hurt */
	if (g_strcmp0(f->noun, "injured") == 0 || g_strcmp0(f->noun, "wounded") == 0 ||
	    g_strcmp0(f->noun, "injury") == 0)
		return "injured";
	/* "more than 200 injured when": the participle itself */
	if (f->noun == NULL && sw_facts_re_matches_at(&sw_quantity_re_injured_after, &ctx, f->end, 40))
		return "injured";
	if (sw_facts_re_matches_before(&sw_quantity_re_bodies_of, &ctx, f->start, 24))
		return "dead";
	if (g_strcmp0(f->noun, "body") == 0 &&
	    (sw_facts_re_matches_at(&sw_quantity_re_bodies_after, &ctx, f->end, 60) ||
	     (sw_facts_re_matches_before(&sw_quantity_re_bodies_before, &ctx, f->start, 20) && f->end + 7 <= len &&
	      strncmp(text + f->end, " bodies", 7) == 0)))
		return "dead";
	/* past the noun itself ("12 people") to what is said of it */
	while (after < len && text[after] == ' ')
		after++;
	while (after < len && (g_ascii_isalpha(text[after]) || text[after] == '-'))
		after++;
	if (sw_facts_re_matches_before(&sw_quantity_re_killed_before, &ctx, f->start, 16) ||
	    sw_facts_re_matches_at(&sw_quantity_re_killed_after, &ctx, after, 40))
		return "dead";
	/* room for "were treated in hospital for minor injuries" */
	if (sw_facts_re_matches_before(&sw_quantity_re_injured_before, &ctx, f->start, 16) ||
	    sw_facts_re_matches_at(&sw_quantity_re_injured_after, &ctx, after, 56))
		return "injured";
	return NULL;
}

/* does a word with a capital end at text[@end)? A name's may have it
 * inside ("the iPhone 6", "eBay") */
static gboolean
sw_quantity_capital_before(const SwFactsCtx *ctx, gsize end)
{
	return sw_facts_capitals_before(ctx, end, NULL) > 0;
}

/* is the word ending at text[@end) a name's, capitalised inside a
 * sentence ("the Boeing 747"), not a sentence's first ("Being 48 is
 * too early") or a quote's? */
static gboolean
sw_quantity_name_before(const SwFactsCtx *ctx, gsize end)
{
	gsize b = end;

	if (!sw_quantity_capital_before(ctx, end))
		return FALSE;
	while (b > 0 && (g_ascii_isalpha(ctx->text[b - 1]) || ctx->text[b - 1] == '&'))
		b--;
	/* a day or a month names nothing: "On Monday 108 of the MPs" */
	if (end - b < 12) {
		gchar word[12];
		for (gsize i = 0; i < end - b; i++)
			word[i] = g_ascii_tolower(ctx->text[b + i]);
		word[end - b] = '\0';
		if (sw_word_set_has(&sw_quantity_calendar_set, word))
			return FALSE;
	}
	while (b > 0 && ctx->text[b - 1] == ' ')
		b--;
	return b > 0 && strchr(".!?\n\"'`", ctx->text[b - 1]) == NULL &&
	       !(b >= 3 && (memcmp(ctx->text + b - 3, "\u201c", 3) == 0 || memcmp(ctx->text + b - 3, "\u2018", 3) == 0));
}

#define SW_QUANTITY_LOOK_BACK 32

/* does a count end right before the capitalised words that end at
 * text[@end) ("400 million Windows", "two Boeing")? */
static gboolean
sw_quantity_count_before_name(const SwFactsCtx *ctx, gsize end)
{
	gsize b = end;

	for (guint words = 0; words < 2; words++) {
		gsize e = b;
		while (b > 0 && g_ascii_isalpha(ctx->text[b - 1]))
			b--;
		if (b == e || !g_ascii_isupper(ctx->text[b]) || b < 2 || ctx->text[b - 1] != ' ')
			return FALSE;
		b--;
		for (guint i = ctx->out->len; i > 0 && i + SW_QUANTITY_LOOK_BACK > ctx->out->len; i--) {
			const SwFact *f = g_ptr_array_index(ctx->out, i - 1);
			if (f->kind == SW_FACT_NUMBER && f->end == b)
				return TRUE;
		}
	}
	return FALSE;
}

/* the noun of the nearest count before text[@s) in its sentence, or
 * NULL */
static gchar *
sw_quantity_noun_before_in_sentence(const SwFactsCtx *ctx, gsize s)
{
	/* among the last few facts found: the numbers are found in text
	 * order, and a hostile page must not make each look through all */
	for (guint i = ctx->out->len; i > 0 && i + SW_QUANTITY_LOOK_BACK > ctx->out->len; i--) {
		const SwFact *f = g_ptr_array_index(ctx->out, i - 1);
		if (f->end > s || f->kind != SW_FACT_NUMBER)
			continue;
		if (s - f->end > 160)
			return NULL;
		for (gsize k = f->end; k < s; k++) {
			if (strchr("!?\n", ctx->text[k]) != NULL || (ctx->text[k] == '.' && ctx->text[k + 1] == ' '))
				return NULL;
		}
		return f->noun != NULL && !g_str_equal(f->noun, "other") && !g_str_equal(f->noun, "age") ? g_strdup(f->noun)
													 : NULL;
	}
	return NULL;
}

/* the noun a list leaves out after a name: "Labour won 18 seats, Plaid
 * Cymru 14 and Reform UK 6", "Republicans hold 53 seats and Democrats
 * 47" count seats as the first does. The number @s..@e follows a name
 * that follows a comma or "and", ends its item, and a count with its
 * noun comes right before; NULL otherwise */
static gchar *
sw_quantity_gapped_noun(const SwFactsCtx *ctx, gsize s, gsize e)
{
	gsize w = s - 1;
	guint words = 0;

	/* the item ends at the number */
	if (e < ctx->len && strchr(",;.)", ctx->text[e]) == NULL &&
	    !(e + 5 <= ctx->len && strncmp(ctx->text + e, " and ", 5) == 0))
		return NULL;
	/* the name: a few capitalised words */
	while (words < 4 && w > 0 && ctx->text[w] == ' ') {
		gsize b = w;
		while (b > 0 && (g_ascii_isalpha(ctx->text[b - 1]) || ctx->text[b - 1] == '-' || ctx->text[b - 1] == '\''))
			b--;
		if (b == w || !g_ascii_isupper(ctx->text[b]))
			break;
		w = b > 0 ? b - 1 : 0;
		words++;
	}
	if (words == 0 || w < 2)
		return NULL;
	/* after a comma or "and" */
	if (!(ctx->text[w - 1] == ',' && ctx->text[w] == ' ') &&
	    !(w >= 4 && ctx->text[w] == ' ' && strncmp(ctx->text + w - 4, " and", 4) == 0))
		return NULL;
	/* the count before, in the same clause, among the last facts found */
	for (guint i = ctx->out->len; i > 0 && i + SW_QUANTITY_LOOK_BACK > ctx->out->len; i--) {
		const SwFact *f = g_ptr_array_index(ctx->out, i - 1);
		guint lower = 0;
		if (f->end > w)
			continue;
		if (f->kind != SW_FACT_NUMBER || f->noun == NULL || w - f->end > 40)
			return NULL;
		/* the items side by side: no more than the noun's words
		 * between ("18 seats, ", "53 seats and ", "14 and ") */
		for (gsize k = f->end; k < w; k++) {
			if (g_ascii_isalpha(ctx->text[k]) && !g_ascii_isalpha(ctx->text[k - 1]) &&
			    (!g_ascii_islower(ctx->text[k]) || ++lower > 3))
				return NULL;
			if (!g_ascii_isalpha(ctx->text[k]) && strchr(" ,", ctx->text[k]) == NULL)
				return NULL;
		}
		return g_strdup(f->noun);
	}
	return NULL;
}

static SwFactsRe sw_quantity_re_label_before = SW_FACTS_RE(
    "\\b(?:page|pages|chapter|section|article|clause|paragraph|room|gate|platform|terminal|row|"
    "seat|no\\.|route|exit|level|stage|phase|round|lane|pier|flight|bus)\\s+$");
/* a label of a kind, in capitals, whatever follows: "Type 2 diabetes",
 * "a Class 1 felony" */
static SwFactsRe sw_quantity_re_kind_before = SW_FACTS_RE("\\b(?-i:Type|Class)\\s+$");
/* a grade, which a story may raise or lower: "a Category 3 storm",
 * "Phase 3 trials", "Level 4 restrictions"; it measures what follows, as
 * a magnitude does, and counts none of it */
static SwFactsRe sw_quantity_re_grade_before =
    SW_FACTS_RE("\\b(?-i:(?:Alert\\s+)?(?:" SW_FACTS_GRADES "))\\s+$");

/* does " times" after text[@e] say a multiple: "times the", "times as",
 * "times more", "times higher"? ("four times this month" counts) */
static gboolean
sw_quantity_multiple_after(const SwFactsCtx *ctx, gsize e)
{
	static const gchar *const next[] = {"the", "as", "more", "less", "fewer", "larger", "bigger", "higher",
					    "greater", "faster", "smaller", "lower", "what", "its", "their", "his",
					    "her", "our", "over", "normal", "average"};
	const gchar *p = ctx->text + e;
	gsize left = ctx->len - e;

	if (left < 8 || g_ascii_strncasecmp(p, " times ", 7) != 0)
		return FALSE;
	p += 7;
	left -= 7;
	for (guint i = 0; i < G_N_ELEMENTS(next); i++) {
		gsize l = strlen(next[i]);
		if (left >= l && g_ascii_strncasecmp(p, next[i], l) == 0 && (left == l || !g_ascii_isalpha(p[l])))
			return TRUE;
	}
	return FALSE;
}

/* the number text[s, e), @a to @b, with the noun it counts */
static void
sw_quantity_add_number(SwFactsCtx *ctx, gsize s, gsize e, const gchar *num, gdouble a, gdouble b,
		       gboolean approx, const gchar *unit)
{
	g_autofree gchar *noun = NULL;
	SwFact *f;
	gsize g = 0;
	gboolean gapped = FALSE;

	if (sw_facts_taken(ctx, s, e))
		return;
	/* a citation's mark ("[47]") and a list's item number at a line's
	 * start ("1. Start small", "2) Beware") count nothing */
	if (!approx && b <= a && g_ascii_isdigit(num[0]) && e < ctx->len &&
	    ((s > 0 && ctx->text[s - 1] == '[' && ctx->text[e] == ']') ||
	     ((s == 0 || ctx->text[s - 1] == '\n') && (ctx->text[e] == '.' || ctx->text[e] == ')') &&
	      (e + 1 == ctx->len || ctx->text[e + 1] == ' '))))
		return;
	/* "a magnitude 6.8 earthquake" measures one quake, it counts none */
	if (unit == NULL && sw_facts_re_matches_before(&sw_quantity_re_magnitude_before, ctx, s, 16)) {
		noun = g_strdup("magnitude");
	} else if (unit == NULL && !approx && b <= a && g_ascii_isdigit(num[0]) &&
		   sw_facts_re_find_before(&sw_quantity_re_grade_before, ctx, s, 20, &g)) {
		/* the grade's own words, which no name rule below may take */
		gsize w = s;
		while (w > g && g_ascii_isspace(ctx->text[w - 1]))
			w--;
		f = sw_quantity_fact(ctx, SW_FACT_NUMBER, s, e, a, b, approx);
		if (f != NULL)
			f->noun = g_ascii_strdown(ctx->text + g, (gssize)(w - g));
		return;
	} else {
		noun = unit != NULL ? g_strdup(unit) : sw_quantity_noun_after(ctx, e, a);
	}
	if (noun == NULL)
		noun = sw_quantity_noun_before(ctx, s);
	/* "convicted of nine counts and cleared of two others": others of
	 * what the count before counts */
	if (g_strcmp0(noun, "other") == 0) {
		gchar *first = sw_quantity_noun_before_in_sentence(ctx, s);
		if (first != NULL) {
			g_free(noun);
			noun = first;
		}
	}
	/* "No one even remembered", "the number one buyer", "the town will one
	 * day be": a pronoun, a rank and "someday", no count */
	if (g_ascii_strcasecmp(num, "one") == 0 && !approx) {
		gchar word[8];
		sw_facts_word_before(ctx, s > 16 ? s - 16 : 0, s, word, sizeof word);
		if (g_str_equal(word, "no") || g_str_equal(word, "number"))
			return;
		/* "revelations on one side and incursions on the other", "on
		 * one hand": a side of an argument, no count */
		if (g_str_equal(word, "on") && e + 5 <= ctx->len &&
		    (g_ascii_strncasecmp(ctx->text + e, " side", 5) == 0 || g_ascii_strncasecmp(ctx->text + e, " hand", 5) == 0) &&
		    (e + 5 == ctx->len || !g_ascii_isalpha(ctx->text[e + 5])))
			return;
		if (e + 4 <= ctx->len && g_ascii_strncasecmp(ctx->text + e, " day", 4) == 0 &&
		    sw_timex_is_someday(ctx, s, e + 4))
			return;
	}
	/* "four times the figure", "three times as many": a multiple, no
	 * count of occasions ("arrested four times" is one) */
	if (g_strcmp0(noun, "time") == 0 && sw_quantity_multiple_after(ctx, e))
		return;
	/* a bare "one" or "two" with nothing counted is a pronoun or an
	 * ordinal's cousin, not a fact; "about a million voted" is one */
	if (noun == NULL && !g_ascii_isdigit(num[0]) && a < 1000)
		return;
	/* "the S&P 500 rose", "the FTSE 100", "Article 50", "No 10": digits
	 * right after a capitalised word, counting nothing, are part of a
	 * name */
	if (noun == NULL && !approx && b <= a && s >= 2 && ctx->text[s - 1] == ' ' &&
	    sw_quantity_name_before(ctx, s - 1)) {
		noun = sw_quantity_gapped_noun(ctx, s, e);
		if (noun == NULL)
			return;
		gapped = TRUE;
	}
	/* "400 million Windows 11 users", "two Boeing 737 jets": the count
	 * stands before the name, the digits after it are the model's */
	if (!approx && b <= a && g_ascii_isdigit(num[0]) && s >= 2 && ctx->text[s - 1] == ' ' &&
	    sw_quantity_name_before(ctx, s - 1) && sw_quantity_count_before_name(ctx, s - 1))
		return;
	/* "the FTSE 100 closed", "the CAC 40 index": digits right after
	 * capitals alone name an index or a model, whatever follows */
	if (!approx && !gapped && b <= a && s >= 3 && ctx->text[s - 1] == ' ' && g_ascii_isdigit(num[0]) &&
	    strpbrk(num, ".,") == NULL) {
		gsize w = 0;
		guint caps = sw_facts_capitals_before(ctx, s - 1, &w);
		if (caps >= 2 && caps == s - 1 - w && sw_quantity_name_before(ctx, s - 1))
			return;
	}
	if (!approx && b <= a && g_ascii_isdigit(num[0]) &&
	    sw_facts_re_matches_before(&sw_quantity_re_kind_before, ctx, s, 12))
		return;
	/* "the Fortune 500 company", "the Thunderbolt 3 protocol", "a USB
	 * 3.0 dock": digits after a capitalised word before a noun in the
	 * singular are a model's or a list's number, no count of that noun
	 * ("Robinson 1 goal" and "Siemans 7 saves" are counts) */
	if (!approx && !gapped && b <= a && a != 1 && noun != NULL && unit == NULL && g_ascii_isdigit(num[0]) && s >= 2 &&
	    ctx->text[s - 1] == ' ' && sw_quantity_name_before(ctx, s - 1)) {
		const gchar *p = ctx->text + e;
		const gchar *w = NULL;
		g_autofree gchar *low = sw_quantity_word_at(ctx, &p, &w);
		/* "the Boeing 737 Max": a capitalised word in the singular
		 * after it goes on with the name */
		if (low != NULL && !sw_quantity_ends_noun(low) &&
		    (g_ascii_islower(*w) || !sw_quantity_title_case(ctx, s)))
			return;
	}
	/* "page 3", "Article 50", "gate 12": a label's number, whatever
	 * follows it ("stage 4 cancer", "phase 3 trials" count none) */
	if (b <= a && g_ascii_isdigit(num[0]) &&
	    sw_facts_re_matches_before(&sw_quantity_re_label_before, ctx, s, 16))
		return;
	/* "10 Downing Street": an address */
	if (!approx && b <= a && g_ascii_isdigit(num[0]) && sw_facts_street_after(ctx, e))
		return;
	f = sw_quantity_fact(ctx, SW_FACT_NUMBER, s, e, a, b, approx);
	if (f != NULL)
		f->noun = g_steal_pointer(&noun);
}

/* does the "m" or "k" of "4.5m passengers" stand for a million or a
 * thousand? Only before a plural it counts, and not after an article
 * ("the 400m hurdles", "a 10m wall" are lengths) */
static SwFactsRe sw_quantity_re_article_before = SW_FACTS_RE("\\b(?:the|an?) $");

static gboolean
sw_quantity_letter_counts(const SwFactsCtx *ctx, gsize s, gsize e)
{
	const gchar *p = ctx->text + e;
	const gchar *w = NULL;
	g_autofree gchar *next = sw_quantity_word_at(ctx, &p, &w);

	/* a plural, or a body of people that is its own plural ("1.2k
	 * staff"; not in the plurals' table, as "staff vacancies" counts
	 * vacancies) */
	if (next == NULL ||
	    !(sw_quantity_ends_noun(next) || g_str_equal(next, "staff") || g_str_equal(next, "personnel")) ||
	    sw_word_set_has(&sw_quantity_units_set, next) || g_str_equal(next, "hurdles"))
		return FALSE;
	return !sw_facts_re_matches_before(&sw_quantity_re_article_before, ctx, s, 5);
}

/* the unit written onto the number, as a noun ("mph", "°C", "km/h"),
 * with *e moved back to the digits' end; NULL when there is none */
static gchar *
sw_quantity_unit(GMatchInfo *m, gint *e)
{
	gint us = -1, ue = -1;
	g_autofree gchar *unit = sw_quantity_fetch(m, "unit");
	const gchar *u;

	/* "12-storey": the span ends before the hyphen, the word is the noun */
	if (unit == NULL && g_match_info_fetch_named_pos(m, "hunit", &us, &ue) && us > 0) {
		g_autofree gchar *word = sw_quantity_fetch(m, "hunit");
		*e = us - 1;
		return g_ascii_strdown(word, -1);
	}
	if (unit == NULL || !g_match_info_fetch_named_pos(m, "unit", &us, &ue) || us < 0)
		return NULL;
	*e = us;
	u = unit;
	if (g_str_has_prefix(u, "°"))
		u += strlen("°");
	while (*u == ' ')
		u++;
	if (g_str_equal(u, "C") || g_str_equal(u, "F"))
		return g_strdup_printf("°%s", u);
	if (g_ascii_strncasecmp(u, "km", 2) == 0 && g_ascii_strcasecmp(u, "km") != 0)
		return g_strdup("km/h");
	if (g_ascii_strcasecmp(u, "kph") == 0)
		return g_strdup("km/h");
	return sw_quantity_singular(u);
}

/* where the word "minus" before text[s] starts ("minus 5C"), or @s (a
 * sign, "-5C", is the number pattern's own group) */
static gsize
sw_quantity_minus_before(const SwFactsCtx *ctx, gsize s)
{
	if (s >= 6 && g_ascii_strncasecmp(ctx->text + s - 6, "minus ", 6) == 0 &&
	    (s == 6 || !g_ascii_isalpha(ctx->text[s - 7])))
		return s - 6;
	return s;
}

/* is the number at text[.., e) a temperature: a degree's unit on it, or
 * "degrees" after it? */
static gboolean
sw_quantity_degrees(const SwFactsCtx *ctx, const gchar *unit, gsize e)
{
	const gchar *p = ctx->text + e;
	const gchar *w = NULL;
	g_autofree gchar *next = NULL;

	if (unit != NULL)
		return g_str_has_prefix(unit, "°");
	next = sw_quantity_word_at(ctx, &p, &w);
	return next != NULL && (g_str_equal(next, "degrees") || g_str_equal(next, "degree"));
}

/* a match's score ("lead Chelsea 2-1", "beat them 3-1", "a 2-0 win",
 * "drew 1-1"): two small figures a dash joins, after a verb of a
 * contest (past a team's name) or before what the score made */
static SwFactsRe sw_quantity_re_score_before = SW_FACTS_RE(
    "\\b(?:lead|leads|led|leading|beat|beats|beaten|beating|won|win|wins|winning|lost|lose|loses|losing|drew|draw|"
    "draws|drawn|trail|trails|trailed|trailing|defeated|thrashed|edged|level\\s+at|ended|finished)"
    "(?:\\s+(?-i:[A-Z][\\w'.-]*)){0,3}\\s+$");
static SwFactsRe sw_quantity_re_score_after = SW_FACTS_RE(
    "^\\s+(?:home\\s+|away\\s+)?(?:win|victory|defeat|loss|draw|lead|scoreline|thrashing|triumph)s?\\b");

/* figures a dash joins that are a vote's two sides ("ruled 5-4", "a 7-2
 * vote", "by a vote of 7-2") */
static gboolean
sw_quantity_vote_split(const SwFactsCtx *ctx, gsize s, gsize e)
{
	return sw_facts_re_matches_before(&sw_quantity_re_voted, ctx, s, 48) ||
	       sw_facts_re_matches_at(&sw_quantity_re_vote_after, ctx, e, 24);
}

static gboolean
sw_quantity_score(const SwFactsCtx *ctx, gsize s, gsize e)
{
	/* two figures of at most two digits each */
	if (e - s > 5 || e - s < 3)
		return FALSE;
	return sw_facts_re_matches_before(&sw_quantity_re_score_before, ctx, s, 48) ||
	       sw_facts_re_matches_at(&sw_quantity_re_score_after, ctx, e, 24);
}

/* the parts a fraction's count is of: "two thirds", not "two
 * third-round matches" */
static SwFactsRe sw_quantity_re_denominator =
    SW_FACTS_RE("^[\\s-]+(?:thirds?|quarters?|fifths?|tenths?)\\b(?!-)");

static void
sw_quantity_on_numbers(SwFactsCtx *ctx, GMatchInfo *m, gpointer data G_GNUC_UNUSED)
{
	gint s = 0, e = 0;
	g_autofree gchar *approx = sw_quantity_fetch(m, "approx");
	g_autofree gchar *num = sw_quantity_fetch(m, "num");
	g_autofree gchar *scale = sw_quantity_fetch(m, "scale");
	g_autofree gchar *conj = sw_quantity_fetch(m, "conj");
	g_autofree gchar *num2 = sw_quantity_fetch(m, "num2");
	g_autofree gchar *scale2 = sw_quantity_fetch(m, "scale2");
	g_autofree gchar *letter = sw_quantity_fetch(m, "letter");
	gdouble a = 0, b = 0;
	gsize sign;
	gboolean dash;

	g_match_info_fetch_pos(m, 0, &s, &e);
	/* a minus sign ("-5C") or word ("minus 5C"), where the number after
	 * it starts: below zero only in degrees; a sign before anything else
	 * ("COVID -19") leaves it alone */
	{
		gint ss = -1, se = -1;
		dash = g_match_info_fetch_named_pos(m, "sign", &ss, &se) && ss >= 0 && se > ss;
		sign = dash ? (gsize)ss : sw_quantity_minus_before(ctx, (gsize)s);
		if (dash)
			s = se;
	}
	/* "Erik ten Hag": between two capitalised words, "ten" is a name's
	 * particle */
	if (g_str_equal(num, "ten") && approx == NULL && num2 == NULL && s >= 2 && (gsize)e + 1 < ctx->len &&
	    ctx->text[e] == ' ' && g_ascii_isupper(ctx->text[e + 1]) && ctx->text[s - 1] == ' ' &&
	    sw_quantity_capital_before(ctx, (gsize)s - 1))
		return;
	/* "Ten Hag said", "the Four Seasons", "Three Mile Island": a number
	 * word in capitals inside a sentence, a capitalised word after it,
	 * is a name's */
	if (g_ascii_isupper(num[0]) && approx == NULL && num2 == NULL && (gsize)e + 1 < ctx->len &&
	    ctx->text[e] == ' ' && g_ascii_isupper(ctx->text[e + 1]) && !sw_quantity_opens_sentence(ctx, (gsize)s))
		return;
	/* "one fifth of homes", "two thirds of voters": a share, which the
	 * fractions' finder reads */
	if (num2 == NULL && g_ascii_isalpha(num[0]) && sw_facts_re_matches_at(&sw_quantity_re_denominator, ctx, (gsize)e, 16))
		return;
	if (letter != NULL && !sw_quantity_letter_counts(ctx, (gsize)s, (gsize)e))
		return;
	if (num2 == NULL) {
		gint end = e;
		g_autofree gchar *unit = sw_quantity_unit(m, &e);
		if (!sw_quantity_value(num, letter != NULL ? letter : scale, &a))
			return;
		/* "a 300-strong crowd": the figure counts what follows */
		if (g_strcmp0(unit, "strong") == 0) {
			g_free(unit);
			unit = sw_quantity_noun_after(ctx, (gsize)end, a);
		}
		if (sign < (gsize)s && approx == NULL && sw_quantity_degrees(ctx, unit, (gsize)e)) {
			a = -a;
			s = (gint)sign;
		} else if (dash) {
			return;
		}
		/* "Flat 10C", "Section 5F": a letter after a label's digits */
		if (unit != NULL && !g_ascii_islower(unit[0]) && s >= 2 && ctx->text[s - 1] == ' ' &&
		    sw_quantity_name_before(ctx, (gsize)s - 1))
			return;
		sw_quantity_add_number(ctx, (gsize)s, (gsize)e, num, a, a, approx != NULL, unit);
		return;
	}
	if (dash)
		return;
	/* figures joined by a dash are a range only when it counts
	 * something: "12-15 million units", "5-7 people"; a score ("a 3-1
	 * win", "lost 2-3 in") is one number of its own; a season
	 * ("2014-15") or pages ("33-58") are none, and not two numbers
	 * either */
	if (conj == NULL) {
		/* a vote's two sides: "ruled 5-4", "a 7-2 vote" */
		if (g_ascii_isdigit(num[0]) && scale == NULL && scale2 == NULL && e - s <= 7 &&
		    sw_quantity_vote_split(ctx, (gsize)s, (gsize)e)) {
			gsize end1, start2;
			sw_quantity_split(m, "scale", "num2", &end1, &start2);
			for (guint k = 0; k < 2; k++) {
				gdouble v = atoi(k == 0 ? num : num2);
				SwFact *f = sw_quantity_fact(ctx, SW_FACT_NUMBER, k == 0 ? (gsize)s : start2,
							     k == 0 ? end1 : (gsize)e, v, v, FALSE);
				if (f != NULL)
					f->noun = g_strdup("vote");
			}
			return;
		}
		if (g_ascii_isdigit(num[0]) && scale == NULL && scale2 == NULL &&
		    sw_quantity_score(ctx, (gsize)s, (gsize)e)) {
			SwFact *f = sw_quantity_fact(ctx, SW_FACT_NUMBER, (gsize)s, (gsize)e, atoi(num), atoi(num),
						     FALSE);
			if (f != NULL) {
				g_free(f->value);
				f->value = g_strdup_printf("%d-%d", atoi(num), atoi(num2));
				f->noun = g_strdup("score");
			}
			return;
		}
		if (!g_ascii_isdigit(num[0]) || (scale == NULL && scale2 == NULL && !sw_quantity_counts_after(ctx, (gsize)e)))
			return;
		conj = g_strdup("-");
	}
	/* "$5-10 million": the scale of the upper end scales both */
	if (!sw_quantity_value(num, scale != NULL ? scale : scale2, &a) ||
	    !sw_quantity_value(num2, scale2 != NULL ? scale2 : scale, &b))
		return;
	if (sw_quantity_is_range(ctx, (gsize)s, conj, a, b)) {
		sw_quantity_add_number(ctx, (gsize)s, (gsize)e, num, a, b, approx != NULL, NULL);
	} else if (!g_str_equal(conj, "-")) {
		gsize end1, start2;
		sw_quantity_split(m, "scale", "num2", &end1, &start2);
		if (sw_quantity_value(num, scale, &a))
			sw_quantity_add_number(ctx, (gsize)s, end1, num, a, a, approx != NULL, NULL);
		if (sw_quantity_value(num2, scale2, &b))
			sw_quantity_add_number(ctx, start2, (gsize)e, num2, b, b, FALSE, NULL);
	}
}

static SwFactsRe sw_quantity_re_approx_before = SW_FACTS_RE("\\b(?:" SW_QUANTITY_APPROX ")\\s+$");

/* does "a million", "half a billion" or "a half million" stand in the
 * text? A search for "illion" first, so that a page of "$5 million"
 * never runs the pattern, which tries every "a" */
static gboolean
sw_quantity_has_article_scale(const SwFactsCtx *ctx)
{
	const gchar *end = ctx->text + ctx->len;

	for (const gchar *p = ctx->text; p < end; p += 6) {
		p = memmem(p, (gsize)(end - p), "illion", 6);
		if (p == NULL)
			return FALSE;
		/* "a m", "a b", "f m" (half), "A m" */
		if (p - ctx->text >= 3 && p[-2] == ' ' && (p[-3] == 'a' || p[-3] == 'A' || p[-3] == 'f'))
			return TRUE;
	}
	return FALSE;
}

/* "half a million refugees": a number, or money with a currency word */
static void
sw_quantity_on_article(SwFactsCtx *ctx, GMatchInfo *m, gpointer data G_GNUC_UNUSED)
{
	gint s = 0, e = 0;
	g_autofree gchar *num = sw_quantity_fetch(m, "num");
	g_autofree gchar *scale = sw_quantity_fetch(m, "scale");
	g_autofree gchar *post = sw_quantity_fetch(m, "post");
	gdouble a = 1;
	const gchar *code;
	gsize from;
	/* "nearly a million": the word that makes it approximate is read
	 * back from the match, which a pattern led by it would have to try
	 * at every word */
	gboolean approx;

	/* "half a", "a quarter of a": the share of the scale */
	if (!sw_facts_number(num, &a))
		return;
	a *= sw_quantity_scale(scale);
	g_match_info_fetch_pos(m, 0, &s, &e);
	approx = sw_facts_re_find_before(&sw_quantity_re_approx_before, ctx, (gsize)s, 24, &from);
	if (!approx)
		from = (gsize)s;
	code = post != NULL ? sw_quantity_code(post) : NULL;
	if (code != NULL)
		sw_quantity_add_money(ctx, from, (gsize)e, code, a, a, approx);
	else if (post == NULL)
		sw_quantity_add_number(ctx, from, (gsize)e, num, a, a, approx, NULL);
}

/* ---- shares told as fractions ---- */

/* "a third", "two-thirds", "half": the fraction, with "about" and the
 * like before it */
static SwFactsRe sw_quantity_re_fraction = SW_FACTS_RE(
    "(?:\\b(?<approx>" SW_QUANTITY_APPROX ")\\s+)?\\b(?<frac>(?:(?<one>a|one)[\\s-]+)?(?<d1>half|third|quarter|fifth|tenth)|"
    "(?<n>two|three|four|seven|nine)[\\s-]+(?<d>thirds|quarters|fifths|tenths))\\b");

/* a fire's containment is told as a share, and all of it in words:
 * "fully contained", "completely contained"; and a growth of none, 0%:
 * "saw no growth", "zero growth" (not "a no-growth budget") */
static SwFactsRe sw_quantity_re_whole_share =
    SW_FACTS_RE("\\b(?:fully|completely|totally|entirely)(?=\\s+contained\\b)|\\b(?<none>no|zero)\\s+growth\\b(?!-)");

static void
sw_quantity_on_whole_share(SwFactsCtx *ctx, GMatchInfo *m, gpointer data G_GNUC_UNUSED)
{
	gint s = 0, e = 0;
	g_autofree gchar *none = sw_quantity_fetch(m, "none");
	gdouble share = none != NULL ? 0 : 100;

	g_match_info_fetch_pos(m, 0, &s, &e);
	sw_quantity_add_percent(ctx, (gsize)s, (gsize)e, share, share, FALSE);
}

/* a word and the value it stands for, in a table of a finder's */
typedef struct {
	const gchar *word;
	gdouble value;
} SwQuantityWordValue;

/* the value @table (@n rows) gives @word, any case; 0 when it gives none
 * or @word is NULL */
static gdouble
sw_quantity_word_value(const SwQuantityWordValue *table, guint n, const gchar *word)
{
	for (guint i = 0; word != NULL && i < n; i++) {
		if (g_ascii_strcasecmp(word, table[i].word) == 0)
			return table[i].value;
	}
	return 0;
}

/* a move told as a multiple: "cases have doubled" is up 100%, "profits
 * halved" down 50% (not "doubled down", "doubled as a venue", "halved
 * apples") */
static SwFactsRe sw_quantity_re_multiple = SW_FACTS_RE(
    "\\b(?<m>doubled|tripled|trebled|quadrupled|halved)\\b(?!\\s+(?:down|up|as|back|over|in\\s+(?:size|length)|"
    "the\\b|an?\\b|its\\b|their\\b|his\\b|her\\b))");

/* each multiple's change, in percent */
static const SwQuantityWordValue sw_quantity_multiples[] = {
    {"doubled", 100}, {"tripled", 200}, {"trebled", 200}, {"quadrupled", 300}, {"halved", 50}};

gboolean
sw_facts_is_multiple(const SwFact *f)
{
	return f->kind == SW_FACT_PERCENT &&
	       sw_quantity_word_value(sw_quantity_multiples, G_N_ELEMENTS(sw_quantity_multiples), f->text) > 0;
}

static void
sw_quantity_on_multiple(SwFactsCtx *ctx, GMatchInfo *m, gpointer data G_GNUC_UNUSED)
{
	g_autofree gchar *word = sw_quantity_fetch(m, "m");
	gdouble change = sw_quantity_word_value(sw_quantity_multiples, G_N_ELEMENTS(sw_quantity_multiples), word);
	gint s = 0, e = 0;

	g_match_info_fetch_pos(m, 0, &s, &e);
	if (change > 0)
		sw_quantity_add_percent(ctx, (gsize)s, (gsize)e, change, change, FALSE);
}

/* a change, what it moved, then "by": "cut deaths by a third",
 * "reduced the risk of death by half" */
static SwFactsRe sw_quantity_re_change_object_by = SW_FACTS_RE(
    "\\b(?:" SW_FACTS_CHANGE_VERBS ")\\s+(?:[\\w'\u2019-]+\\s+){1,4}?by\\s+$");

/* a part of a time or a game, not a share: "the first half of the
 * year", "the last half of the '80s", "the final quarter" */
static SwFactsRe sw_quantity_re_fraction_part = SW_FACTS_RE(
    "\\b(?:the|first|second|third|fourth|last|latter|final|early|late|opening|closing)\\s+$");

static SwFactsRe sw_quantity_re_and_before = SW_FACTS_RE("\\band\\s+$");

/* a measure after a change's fraction: "fell by half a point" */
static SwFactsRe sw_quantity_re_fraction_measure = SW_FACTS_RE("^\\s+(?:a|an|of)\\b");

/* a fraction of a point: "half a percentage point", "a quarter of a
 * point", "a quarter-point" */
static SwFactsRe sw_quantity_re_fraction_point =
    SW_FACTS_RE("^(?:\\s+|-)(?:of\\s+)?(?:an?\\s+)?(?:(?<lead>percentage|basis)[\\s-]+)?point\\b");

/* what a share is of: not a measure ("a third of a mile", "half an
 * hour"), a time ("half of 2014", "a quarter of the year") or a game's
 * part ("the second half of the match" is the timex finder's) */
static SwFactsRe sw_quantity_re_share_of = SW_FACTS_RE(
    "^\\s+of\\s+(?!(?:a|an)\\b|(?:1[6-9]|20)\\d\\d\\b|(?:the|this|that|last|next)\\s+(?:year|month|week|day|"
    "decade|century|season|quarter|game|match|race|hour|period|term|session)s?\\b)");

/* "a third of voters", "fell by a fifth", "about half of the 3,000
 * workers": a share, as a percentage. A fraction alone says nothing
 * ("half the time", "a third party"): it must be "of" something that is
 * no measure or time, act ("a third said no"), or be what a change verb
 * moved by ("cut by half", not "fell by half a point") */
static void
sw_quantity_on_fraction(SwFactsCtx *ctx, GMatchInfo *m, gpointer data G_GNUC_UNUSED)
{
	static const SwQuantityWordValue parts[] = {
	    {"half", 50},   {"third", 100.0 / 3}, {"quarter", 25}, {"fifth", 20}, {"tenth", 10},
	    {"thirds", 100.0 / 3}, {"quarters", 25}, {"fifths", 20}, {"tenths", 10},
	};
	static const SwQuantityWordValue counts[] = {{"two", 2}, {"three", 3}, {"four", 4}, {"seven", 7}, {"nine", 9}};
	g_autofree gchar *approx = sw_quantity_fetch(m, "approx");
	g_autofree gchar *one = sw_quantity_fetch(m, "one");
	g_autofree gchar *d1 = sw_quantity_fetch(m, "d1");
	g_autofree gchar *n = sw_quantity_fetch(m, "n");
	g_autofree gchar *d = sw_quantity_fetch(m, "d");
	const gchar *part = d1 != NULL ? d1 : d;
	gdouble times = sw_quantity_word_value(counts, G_N_ELEMENTS(counts), n);
	gdouble share;
	gint s = 0, e = 0;

	g_match_info_fetch_pos(m, 0, &s, &e);
	/* "a third" or "one fifth", but "half" stands alone; "third" alone
	 * is an ordinal */
	if (part == NULL || (d1 != NULL && one == NULL && g_ascii_strcasecmp(d1, "half") != 0))
		return;
	share = sw_quantity_word_value(parts, G_N_ELEMENTS(parts), part);
	/* "two thirds": the part taken that many times */
	if (times > 0)
		share *= times;
	if (share <= 0 || share >= 100 || sw_facts_re_matches_before(&sw_quantity_re_fraction_part, ctx, (gsize)s, 16))
		return;
	/* "a cup and a half of honey": the half of a measure, no share */
	if (one != NULL && d1 != NULL && g_ascii_strcasecmp(d1, "half") == 0 &&
	    sw_facts_re_matches_before(&sw_quantity_re_and_before, ctx, (gsize)s, 8))
		return;
	/* "cut by a quarter of a percentage point": that many points */
	{
		g_autoptr(GMatchInfo) pm = NULL;
		if (sw_facts_re_match_at(&sw_quantity_re_fraction_point, ctx, (gsize)e, 40, &pm)) {
			g_autofree gchar *lead = sw_quantity_fetch(pm, "lead");
			/* three decimals: "a third of a point" is 0.333 */
			gdouble points = round(share * 10) / 1000;
			SwFact *f = sw_quantity_fact(ctx, SW_FACT_NUMBER, (gsize)s, (gsize)e, points, points,
						     approx != NULL);
			if (f != NULL)
				f->noun = lead != NULL ? g_strdup_printf("%s point", lead) : g_strdup("point");
			return;
		}
	}
	if (!sw_facts_re_matches_at(&sw_quantity_re_share_of, ctx, (gsize)e, 48) &&
	    !sw_facts_share_acts(ctx, (gsize)e) &&
	    !((sw_quantity_change_before(ctx, (gsize)s) ||
	       sw_facts_re_matches_before(&sw_quantity_re_change_object_by, ctx, (gsize)s, 64)) &&
	      !sw_facts_re_matches_at(&sw_quantity_re_fraction_measure, ctx, (gsize)e, 16)))
		return;
	/* one decimal: "a third" is 33.3% */
	share = round(share * 10) / 10;
	sw_quantity_add_percent(ctx, (gsize)s, (gsize)e, share, share, approx != NULL);
}

/* ---- shares told as one in so many ---- */

/* "one in five adults", "two out of three voters", "1 in 10", matched
 * where its first number starts */
static SwFactsRe sw_quantity_re_ratio = SW_FACTS_RE(
    "(?<a>one|two|three|four|five|six|seven|eight|nine|\\d{1,3})\\s+(?:in|out\\s+of)\\s+"
    "(?<b>two|three|four|five|six|seven|eight|nine|ten|twenty|a\\s+hundred|a\\s+thousand|"
    "\\d{1,3}(?:,\\d{3})?|\\d{4})\\b"
    /* not a time ("two in 10 minutes"), a year ("one in 2015") nor a
     * number going on ("one in 10.5") */
    "(?![.,]\\d|\\s*(?:%|per\\s*cent|percent|pc\\b|seconds?|minutes?|hours?|days?|weeks?|months?|years?)\\b)");

static void
sw_quantity_ratio_at(SwFactsCtx *ctx, gsize s)
{
	g_autoptr(GMatchInfo) m = NULL;
	g_autofree gchar *a = NULL;
	g_autofree gchar *b = NULL;
	gdouble x = 0, y = 0, share;
	gint ms = 0, me = 0;
	gsize from;
	gboolean approx;

	if (!g_regex_match_full(sw_facts_re(&sw_quantity_re_ratio), ctx->text, (gssize)MIN(ctx->len, s + 64), (gint)s,
				G_REGEX_MATCH_ANCHORED, &m, NULL))
		return;
	a = g_match_info_fetch_named(m, "a");
	b = g_match_info_fetch_named(m, "b");
	g_match_info_fetch_pos(m, 0, &ms, &me);
	if (!sw_facts_number(a, &x) || !sw_facts_number(b, &y) || x <= 0 || y <= x ||
	    (strlen(b) == 4 && g_ascii_isdigit(b[0]) && y >= 1600 && y < 2100))
		return;
	approx = sw_facts_re_find_before(&sw_quantity_re_approx_before, ctx, s, 24, &from);
	if (!approx)
		from = s;
	/* one decimal: "one in three" is 33.3% */
	share = round(x / y * 1000) / 10;
	sw_quantity_add_percent(ctx, from, (gsize)me, share, share, approx);
}

/* each " in " or " out of " after a number word or up to three digits:
 * a search for the words first, so that the pattern runs only where
 * they stand */
static void
sw_quantity_find_ratios(SwFactsCtx *ctx)
{
	static const gchar *const joins[] = {" in ", " out of "};

	for (guint j = 0; j < G_N_ELEMENTS(joins); j++) {
		gsize l = strlen(joins[j]);
		for (const gchar *p = ctx->text; (p = memmem(p, ctx->len - (gsize)(p - ctx->text), joins[j], l)) != NULL;
		     p += l) {
			gsize e = (gsize)(p - ctx->text);
			gsize s = e;
			while (s > 0 && s + 5 > e && g_ascii_isalnum(ctx->text[s - 1]))
				s--;
			if (s < e && (s == 0 || !g_ascii_isalnum(ctx->text[s - 1])))
				sw_quantity_ratio_at(ctx, s);
		}
	}
}

/* "a 34-year-old man", "the eight-year-old": an age, the number before
 * "-year-old" (a scan for the suffix, not a pattern tried at every
 * byte) */
static void
sw_quantity_find_ages(SwFactsCtx *ctx)
{
	static const gchar suffix[] = "-year-old";
	const gsize l = sizeof suffix - 1;

	for (const gchar *p = ctx->text; (p = memmem(p, ctx->len - (gsize)(p - ctx->text), suffix, l)) != NULL;
	     p += l) {
		gsize e = (gsize)(p - ctx->text);
		gsize s = e;
		g_autofree gchar *num = NULL;
		gdouble n = 0;
		SwFact *f;

		/* the number: digits, or one word ("eight", "twenty-one") */
		while (s > 0 && e - s < 16 && (g_ascii_isalnum(ctx->text[s - 1]) || ctx->text[s - 1] == '-'))
			s--;
		while (s < e && ctx->text[s] == '-')
			s++;
		if (s == e || (s > 0 && !g_ascii_isspace(ctx->text[s - 1]) && strchr("(\"'", ctx->text[s - 1]) == NULL))
			continue;
		num = g_strndup(ctx->text + s, e - s);
		if (!sw_facts_number(num, &n) || n < 0 || n > 150 || n != floor(n))
			continue;
		f = sw_quantity_fact(ctx, SW_FACT_NUMBER, s, e, n, n, FALSE);
		if (f != NULL)
			f->noun = g_strdup("age");
	}
}

/* "a man in his 40s", "a woman in her late 70s": an age told by its
 * decade, a range ("early" the first years of it, "mid" the middle,
 * "late" the last), so "in his 40s" → "a 47-year-old man" reads as the
 * age told more closely */
static void
sw_quantity_find_age_decades(SwFactsCtx *ctx)
{
	static const gchar *const leads[] = {"in his ", "in her ", "in their "};

	for (guint k = 0; k < G_N_ELEMENTS(leads); k++) {
		const gsize l = strlen(leads[k]);
		for (const gchar *p = ctx->text; (p = memmem(p, ctx->len - (gsize)(p - ctx->text), leads[k], l)) != NULL;
		     p += l) {
			gsize s = (gsize)(p - ctx->text) + l;
			gsize d = s;
			gdouble lo, hi;
			SwFact *f;
			if (p > ctx->text && g_ascii_isalpha(p[-1]))
				continue;
			if (g_str_has_prefix(ctx->text + d, "early ") || g_str_has_prefix(ctx->text + d, "late "))
				d = (gsize)(strchr(ctx->text + d, ' ') - ctx->text) + 1;
			else if (g_str_has_prefix(ctx->text + d, "mid-") || g_str_has_prefix(ctx->text + d, "mid "))
				d += 4;
			/* two digits, the first 1 to 9, the second 0, then "s" */
			if (d + 3 > ctx->len || ctx->text[d] < '1' || ctx->text[d] > '9' || ctx->text[d + 1] != '0' ||
			    ctx->text[d + 2] != 's' || (d + 3 < ctx->len && g_ascii_isalnum(ctx->text[d + 3])))
				continue;
			lo = (ctx->text[d] - '0') * 10;
			hi = lo + 9;
			if (d > s && ctx->text[s] == 'e')
				hi = lo + 3;
			else if (d > s && ctx->text[s] == 'm')
				lo += 4, hi = lo + 2;
			else if (d > s)
				lo += 7;
			f = sw_quantity_fact(ctx, SW_FACT_NUMBER, s, d + 3, lo, hi, TRUE);
			if (f != NULL)
				f->noun = g_strdup("age");
		}
	}
}

/* counts told by their order alone: "thousands of people", "tens of
 * thousands of people", "dozens of homes"; a range from twice the order
 * to below the next, approximate, counting what follows "of". Without
 * "of", the order must be told as a count: multiplied ("Tens of thousands
 * joined the protest") or the subject opening a sentence ("Dozens were
 * hurt"), not "by the thousands" */
static void
sw_quantity_find_vague(SwFactsCtx *ctx)
{
	static const struct {
		const gchar *tail; /* the word less its first letter */
		const gchar *word;
		gdouble unit;
	} orders[] = {
	    {"ozens", "dozens", 12},	   {"undreds", "hundreds", 100},
	    {"housands", "thousands", 1000}, {"illions", "millions", 1e6},
	};
	static const struct {
		const gchar *lead;
		gdouble by;
	} times[] = {{"tens of ", 10}, {"hundreds of ", 100}};

	for (guint k = 0; k < G_N_ELEMENTS(orders); k++) {
		const gsize l = strlen(orders[k].tail);
		for (const gchar *p = ctx->text; (p = memmem(p, ctx->len - (gsize)(p - ctx->text), orders[k].tail, l)) != NULL;
		     p += l) {
			gsize s = (gsize)(p - ctx->text);
			gsize e = s + l; /* the word's end */
			gboolean of = e + 4 <= ctx->len && strncmp(ctx->text + e, " of ", 4) == 0;
			gboolean multiplied = FALSE;
			gdouble lo, hi;
			SwFact *f;
			if (s == 0 || g_ascii_tolower(ctx->text[s - 1]) != orders[k].word[0] ||
			    (s >= 2 && g_ascii_isalpha(ctx->text[s - 2])) || (e < ctx->len && g_ascii_isalpha(ctx->text[e])))
				continue;
			s--;
			/* "hundreds of thousands": the larger order takes it */
			if (k < 2 && of &&
			    ((e + 13 <= ctx->len && g_ascii_strncasecmp(ctx->text + e + 4, "thousands", 9) == 0) ||
			     (e + 12 <= ctx->len && g_ascii_strncasecmp(ctx->text + e + 4, "millions", 8) == 0)))
				continue;
			lo = 2 * orders[k].unit;
			hi = 10 * orders[k].unit - 1;
			/* "tens of thousands", "hundreds of millions" */
			for (guint m = 0; orders[k].unit >= 1000 && m < G_N_ELEMENTS(times); m++) {
				gsize n = strlen(times[m].lead);
				if (s >= n && g_ascii_strncasecmp(ctx->text + s - n, times[m].lead, n) == 0 &&
				    (s == n || !g_ascii_isalpha(ctx->text[s - n - 1]))) {
					s -= n;
					lo *= times[m].by;
					hi = (hi + 1) * times[m].by - 1;
					multiplied = TRUE;
					break;
				}
			}
			/* without "of": a count by itself, multiplied or the
			 * sentence's capitalised subject before its verb */
			if (!of && !(multiplied || (g_ascii_isupper(ctx->text[s]) &&
						    (s == 0 || (s >= 2 && strchr(".!?\n", ctx->text[s - 2]) != NULL) ||
						     ctx->text[s - 1] == '\n') &&
						    e + 2 <= ctx->len && ctx->text[e] == ' ' && g_ascii_islower(ctx->text[e + 1]))))
				continue;
			f = sw_quantity_fact(ctx, SW_FACT_NUMBER, s, e, lo, hi, TRUE);
			if (f == NULL || !of)
				continue;
			f->noun = sw_quantity_partitive_noun(ctx, ctx->text + e + 3);
			if (f->noun == NULL)
				f->noun = sw_quantity_noun_after(ctx, e + 3, lo);
		}
	}
}

/* the dead an update tells without a figure: "a second person has died",
 * "the third victim was killed" (the ordinal counts the dead so far), "A
 * child has died", "A man in his 60s died" (one), "No deaths have been
 * reported" (none), and the hurt none told ("no one was injured") */
static SwFactsRe sw_quantity_re_told_dead = SW_FACTS_RE(
    "\\b(?:(?:a|the)\\s+(?<ord>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?<who>\\s+[a-z]+)??|"
    /* "A child has died", "a 34-year-old man was killed": one; not the
     * object of a preposition ("a woman ... in a laundromat was killed"
     * counts her, not it) */
    "(?<!\\bin\\s)(?<!\\bat\\s)(?<!\\bon\\s)(?<!\\bof\\s)(?<!\\bfrom\\s)(?<!\\bwith\\s)(?<!\\bby\\s)"
    "(?<!\\bnear\\s)(?<!\\binto\\s)(?<!\\bto\\s)(?<!\\bfor\\s)(?<one>an?)(?<who1>(?:\\s+[\\w-]+){1,2}?)"
    /* what tells them apart: "A man in his 60s died", "a woman aged 34" */
    "(?:\\s+in\\s+(?:his|her|their)\\s+(?:early\\s+|mid-|late\\s+)?[\\w-]+|\\s+aged\\s+\\d+|,\\s*\\d+,)?)\\s+"
    "(?:has\\s+|had\\s+|have\\s+)?(?:died|drowned|(?:was|has\\s+been|had\\s+been)\\s+killed)\\b|"
    /* "No deaths have been reported", "no one was killed": none yet */
    "\\b(?<none>no\\s+(?:deaths|fatalities)\\b|(?:no\\s+one|nobody)(?=\\s+(?:(?:was|has\\s+been|had\\s+been)\\s+killed|"
    "(?:has\\s+|had\\s+)?died)\\b))|"
    /* "no one was injured", "No injuries were reported": none hurt */
    "\\b(?<unhurt>no\\s+(?:injuries|one\\s+injured)\\b|(?:no\\s+one|nobody)(?=\\s+(?:was|were|has\\s+been|had\\s+been)\\s+"
    "(?:seriously\\s+|badly\\s+)?(?:injured|hurt|wounded)\\b))");

static gint
sw_quantity_cmp_gsize(gconstpointer a, gconstpointer b)
{
	gsize x = *(const gsize *)a, y = *(const gsize *)b;
	return x < y ? -1 : (x > y ? 1 : 0);
}

/* words of a count after "a", which the numbers read ("a dozen", "a
 * further 12") */
static const gchar *const sw_quantity_count_words[] = {"dozen", "hundred", "thousand", "million", "few",
							"couple", "number", "handful", "further", "total"};
static SwWordSet sw_quantity_count_words_set = SW_WORD_SET(sw_quantity_count_words);

/* the ordinals in words, "first" to "twentieth" */
static const gchar *const sw_quantity_ordinals[] = {
    "first",   "second",     "third",	   "fourth",	 "fifth",      "sixth",	    "seventh",
    "eighth",  "ninth",	     "tenth",	   "eleventh",	 "twelfth",    "thirteenth", "fourteenth",
    "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"};

/* the number text[0, @len) names as an ordinal in words ("third" is 3),
 * any case; -1 for none */
static gdouble
sw_quantity_ordinal(const gchar *text, gsize len)
{
	for (guint i = 0; i < G_N_ELEMENTS(sw_quantity_ordinals); i++) {
		if (strlen(sw_quantity_ordinals[i]) == len && g_ascii_strncasecmp(text, sw_quantity_ordinals[i], len) == 0)
			return i + 1;
	}
	return -1;
}

/* the number the word text[0, @len) names as an ordinal, in digits of
 * at most three ("14th") or in words ("third"); -1 for none */
static gdouble
sw_quantity_rank(const gchar *text, gsize len)
{
	gsize d = 0;
	gchar a, b;

	/* every ordinal ends in "st", "nd", "rd" or "th": the scan asks of
	 * every word, and most are let go here */
	if (len < 3)
		return -1;
	a = sw_ascii_lower(text[len - 2]);
	b = sw_ascii_lower(text[len - 1]);
	if (!((a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') || (a == 't' && b == 'h')))
		return -1;
	while (d < len && g_ascii_isdigit(text[d]))
		d++;
	if (d > 0)
		return d <= 3 && len - d == 2 ? g_ascii_strtod(text, NULL) : -1;
	/* the length of "first" to "seventeenth" */
	return len >= 5 && len <= 11 ? sw_quantity_ordinal(text, len) : -1;
}

gboolean
sw_facts_is_ordinal(const gchar *text)
{
	return sw_quantity_rank(text, strlen(text)) >= 1;
}

/* the told dead within text[@from, @to) */
static void
sw_quantity_told_dead_in(SwFactsCtx *ctx, gsize from, gsize to)
{
	g_autoptr(GMatchInfo) m = NULL;

	g_regex_match_full(sw_facts_re(&sw_quantity_re_told_dead), ctx->text, (gssize)to, (gint)from, 0, &m, NULL);
	for (; g_match_info_matches(m); g_match_info_next(m, NULL)) {
		g_autofree gchar *ord = g_match_info_fetch_named(m, "ord");
		gint s = 0, e = -1, ws = -1, we = -1;
		gdouble n = -1;
		gboolean hurt = FALSE;
		SwFact *f;
		/* the words that count: "a second person", "A child", "No
		 * deaths" */
		g_match_info_fetch_pos(m, 0, &s, NULL);
		if (ord != NULL && *ord != '\0') {
			g_match_info_fetch_named_pos(m, "ord", NULL, &e);
			if (g_match_info_fetch_named_pos(m, "who", &ws, &we) && we > e)
				e = we;
			n = sw_quantity_ordinal(ord, strlen(ord));
		} else if (g_match_info_fetch_named_pos(m, "who1", &ws, &we) && we > ws) {
			/* "Half a dozen soldiers died", "a further 12 people":
			 * a count's own words, which the numbers read */
			g_autofree gchar *who = g_ascii_strdown(ctx->text + ws, we - ws);
			g_auto(GStrv) words = g_strsplit_set(g_strstrip(who), " \t\n", -1);
			const gchar *age = g_strstr_len(ctx->text + ws, we - ws, "-year-old");
			gboolean counted = FALSE;
			/* "A seven-year-old girl has died": the age is a fact of
			 * its own, the one dead is the girl */
			if (age != NULL) {
				s = (gint)(age - ctx->text) + 9;
				while (s < we && ctx->text[s] == ' ')
					s++;
			}
			for (guint k = 0; words[k] != NULL && !counted; k++)
				counted = (strpbrk(words[k], "0123456789") != NULL && strstr(words[k], "-year-old") == NULL) ||
					  sw_word_set_has(&sw_quantity_count_words_set, words[k]);
			if (counted)
				continue;
			e = we;
			n = 1;
		} else if (g_match_info_fetch_named_pos(m, "none", &ws, &we) && we > ws) {
			s = ws;
			e = we;
			n = 0;
		} else if (g_match_info_fetch_named_pos(m, "unhurt", &ws, &we) && we > ws) {
			s = ws;
			e = we;
			n = 0;
			hurt = TRUE;
		}
		if (n < 0 || e <= s)
			continue;
		f = sw_quantity_fact(ctx, SW_FACT_NUMBER, (gsize)s, (gsize)e, n, n, FALSE);
		if (f != NULL)
			f->noun = g_strdup(hurt ? "injured" : "dead");
	}
}

/* the pattern runs only near the words it ends on, a sentence's length
 * before each: most pages tell no death, and the article it may start on
 * is everywhere */
static void
sw_quantity_find_told_dead(SwFactsCtx *ctx)
{
	static const gchar *const keys[] = {"died",	  "killed",   "drowned", "deaths",
					    "fatalities", "injured", "injuries", "hurt", "wounded"};
	g_autoptr(GArray) at = g_array_new(FALSE, FALSE, sizeof(gsize));
	gsize from = 0, to = 0;

	for (guint k = 0; k < G_N_ELEMENTS(keys); k++) {
		const gchar *p = ctx->text;
		const gchar *end = ctx->text + ctx->len;
		gsize l = strlen(keys[k]);
		while ((p = memmem(p, (gsize)(end - p), keys[k], l)) != NULL) {
			gsize e = (gsize)(p - ctx->text) + l;
			g_array_append_val(at, e);
			p += l;
		}
	}
	g_array_sort(at, sw_quantity_cmp_gsize);
	for (guint i = 0; i < at->len; i++) {
		gsize e = g_array_index(at, gsize, i);
		gsize s = e > SW_FACTS_SENTENCE_MAX / 2 ? e - SW_FACTS_SENTENCE_MAX / 2 : 0;
		/* windows that meet are read as one */
		if (s <= to) {
			to = MAX(to, e);
			continue;
		}
		if (to > from)
			sw_quantity_told_dead_in(ctx, from, to);
		from = s;
		to = e;
	}
	if (to > from)
		sw_quantity_told_dead_in(ctx, from, to);
}

/* a place in a table, a race or a ranking is a count of "place", its
 * ordinal's number: "are 14th in the Premier League", "finished third",
 * "slipped to 15th", "in second place". What a place is in, after it:
 * "in the Premier League", "place" */
static SwFactsRe sw_quantity_re_place_after =
    SW_FACTS_RE("^(?:\\s+in\\s+the\\s+(?-i:[A-Z])|\\s+(?:place|position|spot)\\b)");
/* who finished there, before it: "finished third", "slipped to 15th",
 * "moved up to fourth", "is ranked 12th", "came in second" */
static SwFactsRe sw_quantity_re_place_before = SW_FACTS_RE(
    "\\b(?:finish(?:ed|es|ing)?|c[oa]me(?:\\s+in)?|placed|ranked|ranks|"
    "(?:slipped|slips|slid|dropped|drops|fell|falls|rose|rises|climbed|climbs|moved|moves|jumped|jumps|went|goes|"
    "up|down|back)\\s+(?:up\\s+|down\\s+)?(?:to|into))\\s+$");
/* the first place told as the top: "moved to the top of the
 * Championship", "are top of the table" */
static SwFactsRe sw_quantity_re_place_top = SW_FACTS_RE(
    "\\b(?:to|at|are|is|were|was|go|goes|went|stay|stays|remain|remains)\\s+(?:the\\s+)?(?<top>top)\\s+of\\s+the\\s+"
    "(?:(?-i:[A-Z])|table\\b|standings\\b|league\\b|rankings\\b|charts?\\b)");

/* a place in a chart told by its number: "went straight in at number
 * three", "climbed to No 1", "peaked at number 12", "is number one in
 * the charts" (not "the number one buyer", nor "number 10 Downing
 * Street", an address): the number, a move to it before, or a verb of
 * being before and the chart after */
#define SW_QUANTITY_CHART_BE "(?:is|was|are|were|remains?|remained|stays?|stayed)"
static SwFactsRe sw_quantity_re_chart_number = SW_FACTS_RE(
    "^(?-i:number|No\\.?)\\s+(?<n>one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,3})\\b"
    "(?![.,]\\d|\\s+(?-i:[A-Z]))");
static SwFactsRe sw_quantity_re_chart_move = SW_FACTS_RE(
    "\\b(?:(?:went|goes|go|came|comes|come|entered|enters|debuted|debuts|straight)(?:\\s+straight)?(?:\\s+in)?\\s+(?:to|at)|"
    "reached|reaches|hit|hits|peaked\\s+at|climbed\\s+to|rose\\s+to|fell\\s+to|dropped\\s+to|slipped\\s+to|"
    "jumped\\s+to|moved\\s+up\\s+to|" SW_QUANTITY_CHART_BE "\\s+at)\\s+$");
static SwFactsRe sw_quantity_re_chart_be = SW_FACTS_RE("\\b" SW_QUANTITY_CHART_BE "\\s+$");
static SwFactsRe sw_quantity_re_chart_named = SW_FACTS_RE(
    "^\\s+(?:in|on|at)\\s+the\\s+(?:[\\w-]+\\s+){0,2}?(?:charts?|rankings|table|standings|list|box\\s+office)\\b");

/* a determiner before makes it a thing's order ("the first in the UK") */
static SwFactsRe sw_quantity_re_place_det =
    SW_FACTS_RE("\\b(?:the|a|an|its|his|her|their|this|that|every|each)\\s+$");

/* what an ordinal counts so far, after a determiner: "the fourth case
 * in the county", "their sixth defeat in a row", "a third term" (not a
 * death, which the told dead count, nor a day, a date's) */
static const gchar *const sw_quantity_occurrences[] = {
    "case",	"infection", "outbreak", "attack",   "bombing",	  "shooting",	"stabbing", "explosion",
    "blast",	"defeat",    "loss",	 "win",	     "victory",	  "draw",	"strike",   "walkout",
    "earthquake", "quake",   "aftershock", "eruption", "wildfire", "round",	"term",	    "title",
    "goal",	"arrest",    "resignation", "referendum", "lockdown", "recall",	"incident", "crash",
    "derailment", "leak",    "spill",	 "storm",    "hurricane", "typhoon",	"wave",	    "protest",
    "raid",	"cut",	     "hike",	 "rise",     "increase",  "ballot",	"bailout",  "bid",
    "offer",	"attempt",   "overdose", "collision"};
static SwWordSet sw_quantity_occurrences_set = SW_WORD_SET(sw_quantity_occurrences);
/* what may stand between the ordinal and its noun: "fifth straight
 * defeat" */
static const gchar *const sw_quantity_occurrence_mods[] = {"straight", "consecutive", "successive", "confirmed",
							    "suspected", "known", "reported", "fatal", "deadly",
							    "major", "such", "rate"};
static SwWordSet sw_quantity_occurrence_mods_set = SW_WORD_SET(sw_quantity_occurrence_mods);

/* the occurrence noun after the ordinal ending at @e, one modifier
 * allowed between; NULL for none */
static gchar *
sw_quantity_occurrence_after(const SwFactsCtx *ctx, gsize e)
{
	for (guint words = 0; words < 2; words++) {
		gsize s;
		g_autofree gchar *word = NULL;
		if (e >= ctx->len || ctx->text[e] != ' ')
			return NULL;
		s = ++e;
		while (e < ctx->len && g_ascii_isalpha(ctx->text[e]))
			e++;
		/* "the third case-control study" is no count */
		if (e == s || e - s > 12 || (e < ctx->len && (g_ascii_isalnum(ctx->text[e]) || ctx->text[e] == '-')))
			return NULL;
		word = g_ascii_strdown(ctx->text + s, (gssize)(e - s));
		if (sw_word_set_has(&sw_quantity_occurrences_set, word))
			return g_steal_pointer(&word);
		if (!sw_word_set_has(&sw_quantity_occurrence_mods_set, word))
			return NULL;
	}
	return NULL;
}

/* a chart's places by their numbers, read where "number " or "No"
 * stands: a pattern tried over a whole page would cost more than all
 * the places */
static void
sw_quantity_find_chart_places(SwFactsCtx *ctx)
{
	static const gchar *const cues[] = {"number ", "No ", "No. "};
	const gchar *end = ctx->text + ctx->len;

	for (guint k = 0; k < G_N_ELEMENTS(cues); k++) {
		gsize l = strlen(cues[k]);
		for (const gchar *p = ctx->text; (p = memmem(p, (gsize)(end - p), cues[k], l)) != NULL; p += l) {
			gsize s = (gsize)(p - ctx->text);
			g_autoptr(GMatchInfo) m = NULL;
			g_autofree gchar *n = NULL;
			gint ne = 0;
			gdouble rank = 0;
			SwFact *f;
			if ((s > 0 && g_ascii_isalnum(ctx->text[s - 1])) ||
			    !sw_facts_re_match_at(&sw_quantity_re_chart_number, ctx, s, 24, &m))
				continue;
			n = g_match_info_fetch_named(m, "n");
			g_match_info_fetch_pos(m, 0, NULL, &ne);
			if (!sw_facts_number(n, &rank) || rank < 1 ||
			    (!sw_facts_re_matches_before(&sw_quantity_re_chart_move, ctx, s, 40) &&
			     !(sw_facts_re_matches_before(&sw_quantity_re_chart_be, ctx, s, 12) &&
			       sw_facts_re_matches_at(&sw_quantity_re_chart_named, ctx, s + (gsize)ne, 48))))
				continue;
			f = sw_quantity_fact(ctx, SW_FACT_NUMBER, s, s + (gsize)ne, rank, rank, FALSE);
			if (f != NULL)
				f->noun = g_strdup("place");
		}
	}
}

static void
sw_quantity_find_places(SwFactsCtx *ctx)
{
	const gchar *text = ctx->text;
	g_autoptr(GMatchInfo) m = NULL;

	/* a scan for the ordinals ("14th", "third"), word by word: a pattern
	 * tried at every byte costs a tenth of all the facts */
	for (gsize i = 0; i < ctx->len;) {
		gsize s = i, e = i;
		gdouble rank = 0;
		SwFact *f;
		if (!g_ascii_isalnum(text[i]) || (i > 0 && (g_ascii_isalnum(text[i - 1]) || text[i - 1] == '-'))) {
			i++;
			continue;
		}
		while (e < ctx->len && g_ascii_isalnum(text[e]))
			e++;
		i = e;
		if (e < ctx->len && text[e] == '-')
			continue;
		rank = sw_quantity_rank(text + s, e - s);
		if (rank < 1)
			continue;
		{
			gboolean after = sw_facts_re_matches_at(&sw_quantity_re_place_after, ctx, e, 24);
			gboolean before = sw_facts_re_matches_before(&sw_quantity_re_place_before, ctx, s, 32);
			gboolean det = !before && sw_facts_re_matches_before(&sw_quantity_re_place_det, ctx, s, 8);
			g_autofree gchar *counted = NULL;
			/* "the fourth case", "the first round": how many so far */
			if (det && !after && (counted = sw_quantity_occurrence_after(ctx, e)) != NULL) {
				f = sw_quantity_fact(ctx, SW_FACT_NUMBER, s, e, rank, rank, FALSE);
				if (f != NULL)
					f->noun = g_steal_pointer(&counted);
				continue;
			}
			/* "in third place" and "finished third" say a place;
			 * "the first in the UK" an order among things */
			if ((!after && !before) || det)
				continue;
		}
		f = sw_quantity_fact(ctx, SW_FACT_NUMBER, s, e, rank, rank, FALSE);
		if (f != NULL)
			f->noun = g_strdup("place");
	}
	sw_quantity_find_chart_places(ctx);
	/* the top: only where "top of the" stands */
	if (memmem(text, ctx->len, "top of the", 10) == NULL)
		return;
	g_regex_match_full(sw_facts_re(&sw_quantity_re_place_top), text, (gssize)ctx->len, 0, 0, &m, NULL);
	for (; g_match_info_matches(m); g_match_info_next(m, NULL)) {
		gint s = 0, e = 0;
		SwFact *f;
		g_match_info_fetch_named_pos(m, "top", &s, &e);
		f = sw_quantity_fact(ctx, SW_FACT_NUMBER, (gsize)s, (gsize)e, 1, 1, FALSE);
		if (f != NULL)
			f->noun = g_strdup("place");
	}
}

void
sw_quantity_find(SwFactsCtx *ctx)
{
	sw_quantity_init();
	/* the words a match can hold before its cue: "more than" (two), then
	 * a number ("twenty one hundred": three), its scale, "to", a second
	 * number and scale, and the words of a currency's name before its
	 * last ("New Zealand dollars": two), eleven in all */
	sw_facts_scan(ctx, sw_quantity_re_money, SW_CUE_CURRENCY, 11, sw_quantity_on_money, NULL);
	if (ctx->story->pounds == 0)
		ctx->story->pounds = memmem(ctx->story->text, ctx->story->len, "\u00a3", strlen("\u00a3")) != NULL ? 2 : 1;
	if (ctx->story->pounds == 2)
		sw_facts_scan(ctx, sw_facts_re(&sw_quantity_re_pence), SW_CUE_DIGIT, SW_LEAD_ZONE,
			      sw_quantity_on_pence, NULL);
	/* "more than twenty one hundred to 3000 per cent": eight */
	sw_facts_scan(ctx, sw_quantity_re_percent, SW_CUE_PERCENT, 8, sw_quantity_on_percent, NULL);
	/* "one in five", before the numbers take "one" */
	sw_quantity_find_ratios(ctx);
	sw_quantity_find_ages(ctx);
	sw_quantity_find_age_decades(ctx);
	sw_quantity_find_vague(ctx);
	sw_quantity_find_told_dead(ctx);
	sw_quantity_find_places(ctx);
	/* "more than a dozen": three */
	sw_facts_scan(ctx, sw_quantity_re_number, SW_CUE_DIGIT | SW_CUE_NUMWORD, 3, sw_quantity_on_numbers,
		      NULL);
	if (sw_quantity_has_article_scale(ctx))
		sw_facts_scan(ctx, sw_quantity_re_article, SW_CUE_NUMWORD, SW_LEAD_ZONE, sw_quantity_on_article,
			      NULL);
	/* "more than one fifth": three words before the fraction's */
	sw_facts_scan(ctx, sw_facts_re(&sw_quantity_re_fraction), SW_CUE_FRACTION, 3, sw_quantity_on_fraction, NULL);
	sw_facts_scan(ctx, sw_facts_re(&sw_quantity_re_whole_share), SW_CUE_FRACTION, 1, sw_quantity_on_whole_share,
		      NULL);
	sw_facts_scan(ctx, sw_facts_re(&sw_quantity_re_multiple), SW_CUE_FRACTION, 0, sw_quantity_on_multiple, NULL);
}
