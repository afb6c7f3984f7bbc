/* SPDX-License-Identifier: MIT
 *
 * Quotations: speech between quotation marks (curly or straight), with
 * the speaker when the text attributes it ("...," said Ian Wallace;
 * Wallace said: "..."; according to X). The speaker is a person (or
 * organisation) the names finder has already found, or a role phrase
 * ("a spokesman").
 */
#define G_LOG_DOMAIN "storywatch-facts"

#include <string.h>

#include "facts-private.h"
#include "sw/text.h"


/* the index of the first name in ctx->names ending after @pos */
static guint
sw_quotes_names_after(SwFactsCtx *ctx, gsize pos)
{
	guint lo = 0, hi = ctx->names->len;

	/* names never overlap, so their ends are in order too */
	while (lo < hi) {
		guint mid = lo + (hi - lo) / 2;
		const SwFact *f = g_ptr_array_index(ctx->names, mid);
		if (f->end <= pos)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* the first name inside text[from, to), or NULL */
static SwFact *
sw_quotes_name_at(SwFactsCtx *ctx, gsize from, gsize to)
{
	for (guint i = sw_quotes_names_after(ctx, from); i < ctx->names->len; i++) {
		SwFact *f = g_ptr_array_index(ctx->names, i);
		if (f->start >= to)
			break;
		if (f->start >= from && f->end <= to)
			return f;
	}
	return NULL;
}

/* where the words of the person @p begin, no farther back than @from:
 * at its courtesy title ("Sir Keir Starmer"), at its title as written
 * right before it ("Maj. Gen. Anna Berg"), else at the name */
static gsize
sw_quotes_person_lead(const SwFactsCtx *ctx, const SwFact *p, gsize from)
{
	gsize at = sw_names_honorific_before(ctx, p->start);
	gsize n = p->role != NULL ? strlen(p->role) : 0;

	if (at == p->start && n > 0 && p->start >= from + n + 1 && ctx->text[p->start - 1] == ' ' &&
	    memcmp(ctx->text + p->start - n - 1, p->role, n) == 0)
		at = p->start - n - 1;
	return at;
}

/* does the person @p open the words at text[at], its title and all? */
static gboolean
sw_quotes_person_opens(const SwFactsCtx *ctx, const SwFact *p, gsize at)
{
	return p->kind == SW_FACT_PERSON && p->start >= at && sw_quotes_person_lead(ctx, p, at) == at;
}

/* does the person @p open the sentence at text[open], its title and up
 * to three words before the title that qualify it ("Former US president
 * Barack Obama", "Britain's former prime minister Boris Johnson")? */
static gboolean
sw_quotes_person_leads(const SwFactsCtx *ctx, const SwFact *p, gsize open)
{
	gsize at;

	if (p->kind != SW_FACT_PERSON || p->start < open)
		return FALSE;
	at = sw_quotes_person_lead(ctx, p, open);
	for (guint n = 0; at > open && n < 3; n++) {
		gsize e = at, b;
		while (e > open && ctx->text[e - 1] == ' ')
			e--;
		b = e;
		while (b > open && ctx->text[b - 1] != ' ')
			b--;
		if (b == e || (!g_ascii_isupper(ctx->text[b]) && !(e - b == 6 && memcmp(ctx->text + b, "former", 6) == 0)))
			return FALSE;
		at = b;
	}
	return at == open;
}

/* does the person @p stand in apposition to the words that open the
 * sentence at text[open], which name its role ("Its chief executive,
 * Helen Marsh, resigned")? */
static gboolean
sw_quotes_person_apposed(const SwFactsCtx *ctx, const SwFact *p, gsize open)
{
	const gchar *comma;

	if (p->kind != SW_FACT_PERSON || p->role == NULL || p->start < open + 4 || p->end >= ctx->len ||
	    ctx->text[p->end] != ',' || ctx->text[p->start - 1] != ' ' || ctx->text[p->start - 2] != ',' ||
	    p->start - 2 - open > 60)
		return FALSE;
	/* one comma, the apposition's, and the role among the words */
	comma = memchr(ctx->text + open, ',', p->start - 2 - open);
	return comma == NULL && g_strstr_len(ctx->text + open, (gssize)(p->start - 2 - open), p->role) != NULL;
}

/* a name inside text[from, to): the first person (@last: the last one,
 * the one right before the verb in "the foreign minister and State
 * Council member Yang Jiechi said"), else the first (last) name */
static SwFact *
sw_quotes_name_in(SwFactsCtx *ctx, gsize from, gsize to, gboolean last)
{
	SwFact *person = NULL;
	SwFact *any = NULL;

	for (guint i = sw_quotes_names_after(ctx, from); i < ctx->names->len; i++) {
		SwFact *f = g_ptr_array_index(ctx->names, i);
		if (f->start >= to)
			break;
		if (f->start < from || f->end > to)
			continue;
		if (any == NULL || last)
			any = f;
		if (f->kind == SW_FACT_PERSON && (person == NULL || last))
			person = f;
	}
	return person != NULL ? person : any;
}

/* the name nearest before @pos within @span bytes */
static SwFact *
sw_quotes_name_before(SwFactsCtx *ctx, gsize pos, gsize span)
{
	guint i = sw_quotes_names_after(ctx, pos);
	SwFact *f;

	if (i == 0)
		return NULL;
	f = g_ptr_array_index(ctx->names, i - 1);
	return pos - f->end <= span ? f : NULL;
}

/* a speaker named before @pos within @span bytes: the name nearest,
 * or the person it follows when that name is where the person works
 * ("Daniel Ferreira of Bindmans LLP said:", "Amina Yusuf, from the Red
 * Cross:") */
static SwFact *
sw_quotes_speaker_before(SwFactsCtx *ctx, gsize pos, gsize span)
{
	SwFact *f = sw_quotes_name_before(ctx, pos, span);
	SwFact *p;
	const gchar *gap;
	gsize n;

	if (f == NULL || f->kind == SW_FACT_PERSON)
		return f;
	p = sw_quotes_name_before(ctx, f->start, 12);
	if (p == NULL || p->kind != SW_FACT_PERSON)
		return f;
	gap = ctx->text + p->end;
	n = f->start - p->end;
	if (n > 0 && *gap == ',')
		gap++, n--;
	for (guint i = 0; i < 3; i++) {
		static const gchar *const links[] = {" of ", " at ", " from "};
		gsize l = strlen(links[i]);
		if (n >= l && strncmp(gap, links[i], l) == 0 &&
		    (n == l || (n == l + 4 && strncmp(gap + l, "the ", 4) == 0)))
			return p;
	}
	return f;
}

/* the quote found last that lies in text[from, to), or NULL: quotes are
 * found last, in text order, so they end the facts found so far */
static SwFact *
sw_quotes_before_in(SwFactsCtx *ctx, gsize from, gsize to)
{
	for (guint i = ctx->out->len; i > 0; i--) {
		SwFact *f = g_ptr_array_index(ctx->out, i - 1);
		if (f->kind != SW_FACT_QUOTE || f->start < from)
			return NULL;
		if (f->end <= to)
			return f;
	}
	return NULL;
}

/* the subject of the sentence that names @name: its first person, @name
 * itself at the latest when it is one; NULL when none comes before */
static SwFact *
sw_quotes_sentence_subject(SwFactsCtx *ctx, SwFact *name)
{
	gsize s, e;

	sw_facts_clause(ctx, name->start, name->end, SW_FACTS_SENTENCE_MAX, 0, "!?\n", &s, &e);
	for (guint i = sw_quotes_names_after(ctx, s); i < ctx->names->len; i++) {
		SwFact *f = g_ptr_array_index(ctx->names, i);
		if (f->start > name->start)
			break;
		if (f->start >= s && f->kind == SW_FACT_PERSON)
			return f;
	}
	return NULL;
}

/* whom "he" is, before @pos within @span bytes: the person last named;
 * when a body or a place was named last, the first person of that
 * sentence, its subject ("Paul Johnson, director of the Institute for
 * Fiscal Studies, said ... 'This is a big budget,' he said"), and no
 * one when it names none */
static SwFact *
sw_quotes_person_before(SwFactsCtx *ctx, gsize pos, gsize span)
{
	SwFact *last = sw_quotes_name_before(ctx, pos, span);

	if (last == NULL || last->kind == SW_FACT_PERSON)
		return last;
	return sw_quotes_sentence_subject(ctx, last);
}

/* the sex a role says, 'm' or 'f', or 0: its ending ("chairwoman",
 * "spokesman") or its word ("Queen") */
static gchar
sw_quotes_sex_of_role(const gchar *role)
{
	static const gchar *const women[] = {"woman", "Queen", "Princess", "Duchess", "Countess", "Empress"};
	static const gchar *const men[] = {"man", "King", "Prince", "Duke", "Count", "Emperor"};

	for (guint k = 0; k < G_N_ELEMENTS(women); k++) {
		if (g_str_has_suffix(role, women[k]))
			return 'f';
	}
	for (guint k = 0; k < G_N_ELEMENTS(men); k++) {
		if (g_str_has_suffix(role, men[k]))
			return 'm';
	}
	return 0;
}

/* the sex one mention of a person gives, 'm' or 'f', or 0: a courtesy
 * title before the name ("Mr Walsh", "Ms Psaki") or a role that says it
 * ("spokeswoman", "Queen"). No list of first names: a story tells */
static gchar
sw_quotes_mark_of(SwFactsCtx *ctx, const SwFact *f)
{
	static const struct {
		const gchar *word;
		gchar sex;
	} marks[] = {
	    {"Mr ", 'm'},  {"Mr. ", 'm'}, {"Sir ", 'm'}, {"Lord ", 'm'}, {"Mrs ", 'f'}, {"Mrs. ", 'f'},
	    {"Ms ", 'f'},  {"Ms. ", 'f'}, {"Miss ", 'f'}, {"Dame ", 'f'}, {"Lady ", 'f'},
	};

	for (guint k = 0; k < G_N_ELEMENTS(marks); k++) {
		gsize l = strlen(marks[k].word);
		if (f->start >= l && memcmp(ctx->text + f->start - l, marks[k].word, l) == 0)
			return marks[k].sex;
	}
	return f->role != NULL ? sw_quotes_sex_of_role(f->role) : 0;
}

/* the sexes the story gives its persons, by the first mention of each
 * that tells, keyed by full name; read once per text */
static GHashTable *
sw_quotes_sexes(SwFactsCtx *ctx)
{
	if (ctx->sexes == NULL) {
		ctx->sexes = g_hash_table_new(g_str_hash, g_str_equal);
		for (guint i = 0; i < ctx->names->len; i++) {
			const SwFact *f = g_ptr_array_index(ctx->names, i);
			const gchar *name = f->ref != NULL ? f->ref : f->value;
			gchar sex;
			if (f->kind != SW_FACT_PERSON || g_hash_table_contains(ctx->sexes, name))
				continue;
			sex = sw_quotes_mark_of(ctx, f);
			/* the facts outlive the table: their strings are its keys */
			if (sex != 0)
				g_hash_table_insert(ctx->sexes, (gpointer)name, GINT_TO_POINTER(sex));
		}
	}
	return ctx->sexes;
}

/* the sex the story gives @person */
static gchar
sw_quotes_sex_of(SwFactsCtx *ctx, const SwFact *person)
{
	const gchar *key = person->ref != NULL ? person->ref : person->value;

	return (gchar)GPOINTER_TO_INT(g_hash_table_lookup(sw_quotes_sexes(ctx), key));
}

/* the sex of a quote's speaker: the person's it names, else the one its
 * role says when it is one in lower case ("a Downing Street spokesman";
 * not "Wendy Sherman") */
static gchar
sw_quotes_sex_of_speaker(SwFactsCtx *ctx, const gchar *speaker)
{
	gchar sex = (gchar)GPOINTER_TO_INT(g_hash_table_lookup(sw_quotes_sexes(ctx), speaker));
	const gchar *word = strrchr(speaker, ' ');

	word = word != NULL ? word + 1 : speaker;
	if (sex == 0 && g_ascii_islower(word[0]))
		sex = sw_quotes_sex_of_role(word);
	return sex;
}

/* the person nearest before @person (within @span bytes of @pos) whom
 * the story does not give the other sex than @sex: "Mr Walsh ... Ms
 * Cole said ... 'No,' he said" is Mr Walsh */
static SwFact *
sw_quotes_person_of_sex(SwFactsCtx *ctx, const SwFact *person, gsize pos, gsize span, gchar sex)
{
	for (guint i = sw_quotes_names_after(ctx, person->start); i > 0; i--) {
		SwFact *f = g_ptr_array_index(ctx->names, i - 1);
		gchar other;
		if (f->end + span < pos)
			break;
		if (f->kind != SW_FACT_PERSON)
			continue;
		other = sw_quotes_sex_of(ctx, f);
		if (other == 0 || other == sex)
			return f;
	}
	return NULL;
}

/* how many paragraph breaks (blank lines) stand in text[from, to); no
 * caller tells three from more */
static guint
sw_quotes_paragraphs_between(const SwFactsCtx *ctx, gsize from, gsize to)
{
	return sw_facts_blank_lines(ctx, from, to, 3);
}

static gint
sw_quotes_by_start(gconstpointer a, gconstpointer b)
{
	const SwFact *x = *(const SwFact **)a;
	const SwFact *y = *(const SwFact **)b;
	return x->start < y->start ? -1 : (x->start > y->start ? 1 : 0);
}

static gchar *
sw_quotes_speaker_of(SwFact *f)
{
	return g_strdup(f->ref != NULL ? f->ref : f->value);
}

static SwFactsRe sw_quotes_re_according = SW_FACTS_RE("according to");
/* "X said:" before the quote; the words before the verb in group 1, a
 * pronoun in mid-sentence too ("Asked whether he would go, he
 * replied:") */
static SwFactsRe sw_quotes_re_say_before =
    SW_FACTS_RE("(?:^|\\s)((?-i:\\p{Lu}[\\w.'-]*)(?:\\s+(?-i:\\p{Lu}[\\w.'-]*)){0,2}|he|she)?\\s*"
		"\\b(?<v>" SW_FACTS_SAY ")(?:(?:\\s+\\w+)?\\s*[:,]?|(?:\\s+[\\w-]+){2,4}\\s*:)\\s*$");
/* "Berg said, adding: "..."": a participle of saying right before the
 * quote, or of naming ("..., calling it "long overdue"") */
static SwFactsRe sw_quotes_re_participle_before =
    SW_FACTS_RE("\\b(?:adding|saying|noting|insisting|writing|arguing)(?:\\s+that)?\\s*[:,]?\\s*$|"
		",\\s+(?:calling|describing)\\s+(?:it|them|this|that)\\s+(?:as\\s+)?(?:an?\\s+)?$|"
		/* "..., saying inflation remained "too high"" */
		",\\s+(?:adding|saying|noting|insisting|arguing)\\s+[^\"\u201C\u201D]{1,160}$");
/* words that are no part of a role: "the treaty is said to" is no one
 * speaking, "The ministry rejected the claims" holds a second article, a
 * verb's object ("claims" is also a verb of saying), and in "at the time
 * she described" the pronoun is the subject */
#define SW_QUOTES_NOT_ROLE                                                                          \
	"(?:is|are|was|were|be|been|has|have|had|will|would|also|then|not|who|that|previously|"      \
	"recently|later|earlier|again|repeatedly|publicly|privately|reportedly|initially|finally|"   \
	"already|once|often|always|never|first|last|had|has|the|a|an|but|or|which|while|because|if|"  \
	"(?-i:he|she|they|we|it))\\b"

/* "X added that inflation was "broadly on track"", "the Foreign Office
 * said it was "deeply concerned"", "Tim Cook, Apple's chief, called it
 * "the most personal device"": a quote inside the speaker's reported
 * words, or the speaker's own name for a thing; the words before the
 * verb (past an apposition) in group 1 */
static SwFactsRe sw_quotes_re_say_that =
    SW_FACTS_RE("(?:^|\\s)((?-i:\\p{Lu}[\\w.'-]*)(?:\\s+(?-i:\\p{Lu}[\\w.'-]*)){0,2}"
		/* "Rand Paul of Kentucky", "Amina Yusuf of the Red Cross",
		 * "the Centre for Economic Policy Research" */
		"(?:\\s+(?:of|for)\\s+(?:the\\s+)?(?-i:\\p{Lu}[\\w.'-]*)(?:\\s+(?-i:\\p{Lu}[\\w.'-]*)){0,2})?|he|she|"
		"(?:the|a|an|its|his|her|their|(?-i:\\p{Lu}[\\w.-]*)['\u2019]s)(?:\\s+(?!" SW_QUOTES_NOT_ROLE ")[\\w-]+){1,4})"
		/* "The Chancellor, Rachel Reeves, said", "Anna Berg, a
		 * New Providence, N.J., consultant, says": the apposition; a
		 * full stop here is an initial's, as the sentence is read from
		 * its start */
		"(?<appos>(?:,[^,;\"\u201C\u201D]{1,80}){1,3},)?"
		/* "the minister later told", "Smith also said", "Braverman had
		 * called", "the minister was quoted as saying"; a comma after
		 * the verb closes a parenthesis ("The town, Berg said, would
		 * be "..."") */
		"(?:\\s+(?:has|had|have|also|later|previously|earlier|again|then|\\w+ly)){0,2}\\s+"
		"(?:" SW_FACTS_SAY "|(?:was|were|is|are)\\s+quoted\\s+as\\s+saying|"
		"(?<ch>called|calls|described|describes|dubbed|branded|termed|accused|accuses))(?:\\s+|[,:]\\s*)"
		"(?:that\\b)?[^\"\u201C\u201D]{0,160}$");
static SwFactsRe sw_quotes_re_pronoun = SW_FACTS_RE("^(he|she)$");
static SwFactsRe sw_quotes_re_body_pronoun = SW_FACTS_RE("^(it|they)$");
/* a role a name's possessive opens: "Khan's deputy" */
static SwFactsRe sw_quotes_re_owner_role = SW_FACTS_RE("^(?-i:\\p{Lu})\\S*['\u2019]s\\s+(?-i:[a-z])");
/* a role a capitalised possessive opens after the verb: up to three
 * capitalised words, "'s", up to four words in lower case */
#define SW_QUOTES_OWNER_ROLE                                                                        \
	"^(?-i:\\p{Lu})[\\w.-]*(?:\\s+(?-i:\\p{Lu})[\\w.-]*){0,2}['\u2019]s"                          \
	"(?:\\s+(?-i:[a-z])[\\w'\u2019-]*){1,4}"
/* in apposition, up to its comma: "said Tanzania's trade envoy, Joseph
 * Mwita" */
static SwFactsRe sw_quotes_re_owner_appos = SW_FACTS_RE(SW_QUOTES_OWNER_ROLE "(?=,\\s)");
/* and the role alone, closing the clause: "said Khan's deputy." */
static SwFactsRe sw_quotes_re_owner_role_end = SW_FACTS_RE(SW_QUOTES_OWNER_ROLE "(?=[.,;]|$)");
static SwFactsRe sw_quotes_re_article = SW_FACTS_RE("^(?:the|a|an|its|his|her|their)\\s");
static SwFactsRe sw_quotes_re_named_say =
    SW_FACTS_RE("^[^.!?\\n]*?\\b(?-i:\\p{Lu})[^.!?\\n]*?\\b(?:" SW_FACTS_SAY ")\\b");
/* a byline-style dash after the quote: "...” – Andy Jassy" */
static SwFactsRe sw_quotes_re_dash = SW_FACTS_RE("^\\s*(?:–|—|--?)\\s*(?=\\p{Lu})");
/* ", said X" / " X said" after the closing quote */
static SwFactsRe sw_quotes_re_after = SW_FACTS_RE("^,?[ \\t]*(?:" SW_FACTS_SAY ")\\s+");
/* a full stop that closes a title or an initial, inside a name: "Dr.
 * Amina Yusuf said", "John F. Kelly said" */
#define SW_QUOTES_NAME_STOP                                                                         \
	"(?<=\\bDr|\\bMr|\\bMrs|\\bMs|\\bGen|\\bSen|\\bRep|\\bGov|\\bProf|\\bLt|\\bCol|\\bCapt|\\bSt|"     \
	"\\bJr|\\bSr|\\b\\p{Lu})\\."
/* a verb of saying with a determiner right before it is a noun: "it
 * "strongly refutes" the claims", "his tweets" */
#define SW_QUOTES_NOT_NOUN                                                                          \
	"(?<!\\bthe\\s)(?<!\\ba\\s)(?<!\\ban\\s)(?<!\\bits\\s)(?<!\\bhis\\s)(?<!\\bher\\s)(?<!\\btheir\\s)"   \
	"(?<!\\bthese\\s)(?<!\\bsuch\\s)"
/* a verb of saying joined to another by "and" has the other's subject:
 * in "viewed the move as "..." the legal footing for a deal and said",
 * the words after the quote are no speaker */
#define SW_QUOTES_NOT_JOINED "(?<!\\band\\s)(?<!\\bbut\\s)(?<!\\bor\\s)"
static SwFactsRe sw_quotes_re_after_name =
    SW_FACTS_RE("^,?[ \\t]*(?:the\\s+)?((?:[^,.;\\n]|" SW_QUOTES_NAME_STOP "){1,80}?)\\s+"
		SW_QUOTES_NOT_NOUN SW_QUOTES_NOT_JOINED "(?:" SW_FACTS_SAY ")\\b");
/* ", Williams, 28, said", ", Ruiz, a veteran runner, said", ", study
 * author Tom Reyes, a scientist at the Goddard Space Flight
 * Center in Greenbelt, Maryland, said": a name, maybe after its role in
 * lower case ("her mother, Ana, said"), and an apposition, commas
 * and initials and all (a stop before a comma ends no sentence:
 * "Reston, Va., said"), before the verb ("has written"); a writer may
 * leave out the apposition's closing comma; a title's stop may open the
 * name ("Dr. Holm, a forum user, wrote") */
static SwFactsRe sw_quotes_re_after_name_appos =
    SW_FACTS_RE("^,?[ \\t]*(?:(?!(?:" SW_QUOTES_NOT_ROLE "|which|who|whom|and|but|or|by|to|in|on|at|for|of|with|from)\\b)"
		"(?-i:[a-z][\\w-]*),?\\s+){0,4}"
		"((?:(?-i:\\p{Lu}[a-z]{1,3})\\.\\s+)?(?-i:\\p{Lu}[\\w'-]+)(?:\\s+(?-i:\\p{Lu}[\\w'-]+)){0,2}),"
		"(?:\\s+(?:[^.;!?\"\u201C\u201D\\n]|" SW_QUOTES_NAME_STOP "|\\.(?=,)){1,200}?,?)?\\s+"
		"(?:(?:has|had|have)\\s+written|(?:(?:has|had|have|also|later)\\s+)?" SW_QUOTES_NOT_NOUN
		"(?:" SW_FACTS_SAY "))\\b");
/* a verb of saying later in the sentence after the quote, past an
 * apposition's commas; group 1 is the verb */
static SwFactsRe sw_quotes_re_after_appos =
    SW_FACTS_RE("^,?[ \\t]*(?:[^.!?;\"\u201C\u201D\n]|" SW_QUOTES_NAME_STOP "){1,100}?"
		"\\b" SW_QUOTES_NOT_NOUN SW_QUOTES_NOT_JOINED "(" SW_FACTS_SAY ")\\b");
/* a role: an article and up to four words, initials' stops and all ("the
 * U.S. attorney's office"), before a verb of saying (past an auxiliary:
 * "the minister has urged") or what a role holds after it */
static SwFactsRe sw_quotes_re_role =
    SW_FACTS_RE("^(?:a|an|the|one)\\s+((?:(?:\\p{Lu}\\.){2,}|[\\w'\u2019-]+)"
		"(?:\\s+(?:(?:\\p{Lu}\\.){2,}|[\\w'\u2019-]+)){0,3}?)"
		"(?=[,.;]|$|\\s+(?:(?:has|had|have|also)\\s+)?(?:" SW_FACTS_SAY ")\\b|\\s+(?:for|of|at|with|who)\\b)");

/* the name in @who when it is one to three capitalised words, after any
 * sentence-starting word ("And Geremek"): "Wallace", "Ban Ki-moon" */
static gchar *
sw_quotes_proper(const gchar *who)
{
	g_auto(GStrv) words = g_strsplit(who, " ", -1);
	guint n = g_strv_length(words);
	guint first = 0;

	while (first < n && sw_names_is_common(words[first]))
		first++;
	if (n - first == 0 || n - first > 3)
		return NULL;
	for (guint i = first; i < n; i++) {
		gunichar c = g_utf8_get_char(words[i]);
		if (!g_unichar_isupper(c))
			return NULL;
		for (const gchar *p = words[i]; *p != '\0'; p = g_utf8_next_char(p)) {
			gunichar d = g_utf8_get_char(p);
			if (!g_unichar_isalpha(d) && d != '-' && d != '\'' && d != '.')
				return NULL;
		}
	}
	return g_strjoinv(" ", words + first);
}

/* @who when all of it is a role ("a White House official", "The prime
 * minister"), its article in lower case; NULL otherwise */
static gchar *
sw_quotes_whole_role(const gchar *who)
{
	g_autoptr(GMatchInfo) r = NULL;
	gint rs = 0, re = 0;
	gchar *role;

	if (!g_regex_match(sw_facts_re(&sw_quotes_re_role), who, 0, &r) ||
	    !g_match_info_fetch_pos(r, 0, &rs, &re) || (gsize)re != strlen(who))
		return NULL;
	role = g_strdup(who);
	role[0] = g_ascii_tolower(role[0]);
	return role;
}

/* the verbs and the preposition whose object is whom a speaker speaks to
 * or through: "he told Ruiz", "said, per Holm" */
static const gchar *const sw_quotes_telling[] = {"told", "tells", "asked", "asks", "thanked", "per"};
static SwWordSet sw_quotes_telling_set = SW_WORD_SET(sw_quotes_telling);

/* is the person @p, named after text[from], the one spoken to, the
 * object of "told" (past a courtesy title or its role: "told President
 * Biden")? */
static gboolean
sw_quotes_told(const SwFactsCtx *ctx, const SwFact *p, gsize from)
{
	gchar word[16];

	sw_facts_word_before(ctx, from, sw_quotes_person_lead(ctx, p, from), word, sizeof word);
	return sw_word_set_has(&sw_quotes_telling_set, word);
}

/* is a person other than @speaker named in text[from, to)? Then a
 * later "he" or an unattributed quote is not @speaker's */
static gboolean
sw_quotes_other_person_in(SwFactsCtx *ctx, gsize from, gsize to, const gchar *speaker)
{
	for (guint i = sw_quotes_names_after(ctx, from); i < ctx->names->len; i++) {
		SwFact *n = g_ptr_array_index(ctx->names, i);
		if (n->start >= to)
			break;
		if (n->kind == SW_FACT_PERSON && g_strcmp0(n->ref != NULL ? n->ref : n->value, speaker) != 0 &&
		    !sw_quotes_told(ctx, n, from) && (ctx->dropped == NULL || !g_hash_table_contains(ctx->dropped, n)))
			return TRUE;
	}
	return FALSE;
}

/* is @who a body or a place named within 600 bytes around the quote
 * @q ("the Foreign Office said ..." is no "he")? */
static gboolean
sw_quotes_is_body(SwFactsCtx *ctx, const SwFact *q, const gchar *who)
{
	for (guint i = sw_quotes_names_after(ctx, q->start > 600 ? q->start - 600 : 0); i < ctx->names->len; i++) {
		SwFact *n = g_ptr_array_index(ctx->names, i);
		if (n->start > q->end + 600)
			break;
		if (n->kind != SW_FACT_PERSON && g_strcmp0(n->value, who) == 0)
			return TRUE;
	}
	return FALSE;
}

/* the last words of roles that are things or bodies, which speak ("the
 * report concluded: "..."") but are no "he" or "she" */
static const gchar *const sw_quotes_things[] = {
    "report", "statement", "study", "survey", "letter", "document", "ruling", "judgment", "filing",
    "paper", "memo", "website", "review", "analysis", "poll", "company", "firm", "group", "bank",
    "government", "ministry", "department", "agency", "council", "committee", "union", "party", "court",
    "board", "club", "police", "army", "embassy", "newspaper", "broadcaster", "network", "channel",
};
static SwWordSet sw_quotes_things_set = SW_WORD_SET(sw_quotes_things);

/* is @speaker a role whose last word is a thing or a body? */
static gboolean
sw_quotes_is_thing(const gchar *speaker)
{
	const gchar *word = strrchr(speaker, ' ');

	return word != NULL && g_ascii_islower(speaker[0]) && sw_word_set_has(&sw_quotes_things_set, word + 1);
}

/* the speaker of the last quote before @pos, within 600 bytes and the
 * paragraph or the one before, when it is no body nor thing, no person
 * is named after it and the story does not give it the other sex than @sex (0:
 * any); NULL otherwise */
static gchar *
sw_quotes_last_speaker(SwFactsCtx *ctx, gsize pos, gchar sex)
{
	for (guint i = ctx->out->len; i > 0; i--) {
		SwFact *f = g_ptr_array_index(ctx->out, i - 1);
		if (f->kind != SW_FACT_QUOTE || f->end > pos)
			continue;
		if (f->speaker == NULL || pos - f->end > 600 || sw_quotes_paragraphs_between(ctx, f->end, pos) > 1 ||
		    sw_quotes_is_body(ctx, f, f->speaker) || sw_quotes_is_thing(f->speaker))
			return NULL;
		/* "she" is not the last speaker when that was "a spokesman" */
		if (sex != 0) {
			gchar has = sw_quotes_sex_of_speaker(ctx, f->speaker);
			if (has != 0 && has != sex)
				return NULL;
		}
		return sw_quotes_other_person_in(ctx, f->end, pos, f->speaker) ? NULL : g_strdup(f->speaker);
	}
	return NULL;
}

/* whom "he" or "she" (@sex) at @before means two paragraphs after the
 * person @p was named last, through a paragraph between that opens with
 * the same pronoun and names no one else: the subject of @p's sentence,
 * its first person ("Ana Ruiz posted ... accusing Ola Holm // She
 * claimed ... // "...," she said"); NULL when there is no such chain */
static SwFact *
sw_quotes_pronoun_chain(SwFactsCtx *ctx, SwFact *p, gsize before, gchar sex)
{
	const gchar *word = sex == 'f' ? "She " : "He ";
	const gchar *end = ctx->text + before;
	const gchar *next;

	if (sw_quotes_paragraphs_between(ctx, p->end, before) != 2)
		return NULL;
	next = g_strstr_len(ctx->text + p->end, (gssize)(before - p->end), "\n\n");
	if (next == NULL)
		return NULL;
	while (next < end && *next == '\n')
		next++;
	if ((gsize)(end - next) <= strlen(word) || strncmp(next, word, strlen(word)) != 0 ||
	    sw_quotes_other_person_in(ctx, p->end, before, p->ref != NULL ? p->ref : p->value))
		return NULL;
	return sw_quotes_sentence_subject(ctx, p);
}

/* the speaker the words @who at text[from, to) before a verb of saying
 * name: a name found there, else for "he" the last person named in the
 * 600 bytes before @before (@pronoun is set when there is none), else
 * the words themselves when they look like a name ("Wallace said": a
 * name the finders had no reason to take alone) */
static gchar *
sw_quotes_who(SwFactsCtx *ctx, gsize from, gsize to, const gchar *who, gsize before, gboolean *pronoun)
{
	SwFact *name = sw_quotes_name_in(ctx, from, to, TRUE);

	/* "Khan's deputy said": the deputy, not Khan; "Tanzania's trade
	 * envoy Joseph Mwita said": the envoy, whose name closes the subject */
	if (sw_facts_re_matches(&sw_quotes_re_owner_role, who)) {
		gsize end = to;
		while (end > from && g_ascii_isspace(ctx->text[end - 1]))
			end--;
		if (name != NULL && name->kind == SW_FACT_PERSON && name->start > from && name->end == end)
			return sw_quotes_speaker_of(name);
		return g_strdup(who);
	}

	/* "a White House official told reporters": the official, not the
	 * body named inside the role ("the White House said" is the body) */
	if (name != NULL && name->kind != SW_FACT_PERSON && name->end < to) {
		gchar *role = sw_quotes_whole_role(who);
		if (role != NULL)
			return role;
	}
	if (name != NULL)
		return sw_quotes_speaker_of(name);
	if (sw_facts_re_matches(&sw_quotes_re_pronoun, who)) {
		SwFact *prev = sw_quotes_person_before(ctx, before, 600);
		/* "she" is no one the story calls a man */
		gchar sex = g_ascii_tolower(who[0]) == 's' ? 'f' : 'm';
		gchar has = prev != NULL && prev->kind == SW_FACT_PERSON ? sw_quotes_sex_of(ctx, prev) : 0;
		if (has != 0 && has != sex)
			prev = sw_quotes_person_of_sex(ctx, prev, before, 600, sex);
		/* "he" is someone of this paragraph or the one before: a
		 * story names its speaker again after that */
		if (prev != NULL && prev->kind == SW_FACT_PERSON &&
		    sw_quotes_paragraphs_between(ctx, prev->end, before) <= 1)
			return sw_quotes_speaker_of(prev);
		/* through a paragraph the same pronoun opens, which may be
		 * long and name bodies: the person named last, up to 1,200
		 * bytes back */
		if (prev == NULL || sw_quotes_paragraphs_between(ctx, prev->end, before) > 1) {
			for (guint i = sw_quotes_names_after(ctx, before); i > 0; i--) {
				SwFact *f = g_ptr_array_index(ctx->names, i - 1);
				if (f->end + 1200 < before)
					break;
				if (f->kind == SW_FACT_PERSON) {
					gchar fs = sw_quotes_sex_of(ctx, f);
					prev = fs == 0 || fs == sex ? f : NULL;
					break;
				}
			}
		}
		if (prev != NULL && prev->kind == SW_FACT_PERSON) {
			SwFact *subject = sw_quotes_pronoun_chain(ctx, prev, before, sex);
			if (subject != NULL)
				return sw_quotes_speaker_of(subject);
		}
		/* ""We are ready," Zelensky said. He added that ...": the last
		 * speaker, when no one was named since */
		{
			gchar *last = sw_quotes_last_speaker(ctx, before, sex);
			if (last != NULL)
				return last;
		}
		*pronoun = TRUE;
		return NULL;
	}
	/* ""...," it said", "they said in a statement": the body named
	 * last, in this paragraph or the one before, with no person named
	 * since */
	if (sw_facts_re_matches(&sw_quotes_re_body_pronoun, who)) {
		SwFact *body = sw_quotes_name_before(ctx, before, 600);
		if (body != NULL && body->kind == SW_FACT_ORG &&
		    sw_quotes_paragraphs_between(ctx, body->end, before) <= 1)
			return sw_quotes_speaker_of(body);
		return NULL;
	}
	/* "Britain has urged", "The UK called": a country speaks for its
	 * government */
	{
		g_autofree gchar *proper = sw_quotes_proper(who);
		if (proper != NULL && sw_facts_name_kind(proper) == SW_FACT_PLACE)
			return g_steal_pointer(&proper);
	}
	/* "One senior official Monday described ...": a time, no one */
	if (sw_facts_taken(ctx, from, to))
		return NULL;
	/* "The prime minister, speaking in Brussels, said the deal was
	 * "...": the role, as after a quote */
	{
		gchar *role = sw_quotes_whole_role(who);
		if (role != NULL)
			return role;
	}
	return sw_quotes_proper(who);
}

/* prepositions that take a role's words as their object: "sources close
 * to the talks", "the chairman of the committee" */
static const gchar *const sw_quotes_prepositions[] = {
    "to", "with", "of", "from", "for", "in", "at", "on", "about", "near", "behind", "inside", "within", "among",
};
static SwWordSet sw_quotes_prepositions_set = SW_WORD_SET(sw_quotes_prepositions);

/* the words text[ws, we) before a verb of saying, led by an article,
 * that a preposition takes ("Sources close to the talks told", "the
 * chairman of the committee said") end the clause's subject: that
 * subject, from the start of its clause within the sentence from @s, of
 * ten words at most, with *@from where it starts; its first letter in
 * lower case unless a name opens it. NULL when no preposition comes
 * right before, or (*@object set) when the subject is longer */
static gchar *
sw_quotes_subject(SwFactsCtx *ctx, gsize s, gsize ws, gsize we, gsize *from, gboolean *object)
{
	gsize b, c;
	gchar word[16];
	guint words = 0;
	gchar *subject;

	/* a preposition as written, in lower case */
	b = sw_facts_word_before(ctx, s, ws, word, sizeof word);
	if (!sw_word_set_has(&sw_quotes_prepositions_set, word) || strncmp(word, ctx->text + b, strlen(word)) != 0)
		return NULL;
	*object = TRUE;
	for (c = b; c > s && strchr(",;:(\"", ctx->text[c - 1]) == NULL; c--)
		;
	while (c < b && g_ascii_isspace(ctx->text[c]))
		c++;
	for (gsize i = c; i < we; i++)
		words += ctx->text[i] == ' ' && ctx->text[i + 1] != ' ';
	if (words >= 10 || !g_ascii_isalpha(ctx->text[c]))
		return NULL;
	*from = c;
	subject = g_strndup(ctx->text + c, we - c);
	if (sw_quotes_name_at(ctx, c, c + 1 + strcspn(subject, " ")) == NULL)
		subject[0] = g_ascii_tolower(subject[0]);
	return subject;
}

/* sw_quotes_who() for the words of group 1 of @m, a match in the text
 * from text[@base] on */
static gchar *
sw_quotes_who_of_match(SwFactsCtx *ctx, GMatchInfo *m, gsize base, gsize before, gboolean *pronoun)
{
	g_autofree gchar *who = g_match_info_fetch(m, 1);
	gint s = 0, e = 0;

	g_match_info_fetch_pos(m, 1, &s, &e);
	return sw_quotes_who(ctx, base + (gsize)s, base + (gsize)e, who, before, pronoun);
}

/* is the full stop at text[pos] a title's or an initial's inside a name
 * ("said Dr. Ahmed Khalil")? Words are read from @from on */
static gboolean
sw_quotes_name_stop(const SwFactsCtx *ctx, gsize from, gsize pos)
{
	gsize b = pos;
	g_autofree gchar *word = NULL;

	if (ctx->text[pos] != '.')
		return FALSE;
	while (b > from && g_ascii_isalpha(ctx->text[b - 1]))
		b--;
	word = g_ascii_strdown(ctx->text + b, (gssize)(pos - b));
	return b < pos && sw_text_keeps_stop(word);
}

/* the bytes of a closing quotation mark ending at text[pos]: 1 for a
 * straight one, 3 for U+201D or U+2019, else 0 */
static gsize
sw_quotes_closing_before(const SwFactsCtx *ctx, gsize pos)
{
	if (pos > 0 && ctx->text[pos - 1] == '"')
		return 1;
	if (pos >= 3 && (memcmp(ctx->text + pos - 3, "\u201D", 3) == 0 || memcmp(ctx->text + pos - 3, "\u2019", 3) == 0))
		return 3;
	return 0;
}

/* does the quote that closes at text[qe] end with a full stop, inside or
 * right after its closing mark? */
static gboolean
sw_quotes_ends_sentence(const SwFactsCtx *ctx, gsize qe)
{
	gsize in = qe - sw_quotes_closing_before(ctx, qe);

	if (qe < ctx->len && ctx->text[qe] == '.')
		return TRUE;
	return in > 0 && ctx->text[in - 1] == '.';
}

/* the speaker "according to" names at text[pos, end): a name right there,
 * else a role ("according to a senior official") */
static gchar *
sw_quotes_according(SwFactsCtx *ctx, gsize pos, gsize end)
{
	SwFact *name;
	g_autofree gchar *who = NULL;
	g_autoptr(GMatchInfo) r = NULL;

	while (pos < end && ctx->text[pos] == ' ')
		pos++;
	name = sw_quotes_name_at(ctx, pos, MIN(end, pos + 80));
	if (name != NULL)
		return sw_quotes_speaker_of(name);
	who = g_strndup(ctx->text + pos, MIN(end, pos + 80) - pos);
	if (g_regex_match(sw_facts_re(&sw_quotes_re_role), who, 0, &r))
		return g_match_info_fetch(r, 0);
	return NULL;
}

/* the role that opens the words after a quote (past its comma): "the
 * minister", "one resident"; NULL when none does */
static gchar *
sw_quotes_role_opening(GRegex *role, const gchar *said)
{
	g_autoptr(GMatchInfo) r = NULL;
	const gchar *p = said + (*said == ',');

	while (*p == ' ' || *p == '\t')
		p++;
	return g_regex_match(role, p, 0, &r) ? g_match_info_fetch(r, 0) : NULL;
}

/* who says the quote text[qs, qe): after it, before it, or "according to";
 * @pronoun is set when a "he said" after it names no one we know */
static gchar *
sw_quotes_attribute(SwFactsCtx *ctx, gsize qs, gsize qe, gboolean *pronoun)
{
	/* room for a long apposition after the quote */
	gsize limit = sw_facts_char_back(ctx, qe + 260);
	g_autofree gchar *tail = g_strndup(ctx->text + qe, limit - qe);
	g_autoptr(GMatchInfo) m = NULL;
	GRegex *after = sw_facts_re(&sw_quotes_re_after);
	GRegex *after_name = sw_facts_re(&sw_quotes_re_after_name);
	GRegex *role = sw_facts_re(&sw_quotes_re_role);
	/* a quote that ends its sentence ("...constructive." or
	 * "...constructive".) is not said by whoever the next one names */
	const gchar *said = sw_quotes_ends_sentence(ctx, qe) ? "" : tail;

	if (g_regex_match(after, said, 0, &m)) {
		gint s = 0, e = 0;
		SwFact *name;
		g_match_info_fetch_pos(m, 0, &s, &e);
		/* the speaker follows the verb, maybe after a long title, with
		 * no punctuation between: the first person there, else the
		 * first name */
		{
			gsize from = qe + (gsize)e;
			gsize to = from;
			while (to < MIN(ctx->len, from + 100) &&
			       (strchr(".,;:!?\n", ctx->text[to]) == NULL || sw_quotes_name_stop(ctx, from, to)))
				to++;
			name = sw_quotes_name_in(ctx, from, to, FALSE);
			if (name != NULL && name->kind == SW_FACT_PERSON)
				return sw_quotes_speaker_of(name);
		}
		g_clear_pointer(&m, g_match_info_free);
		{
			g_autoptr(GMatchInfo) r = NULL;
			if (g_regex_match(role, tail + e, 0, &r)) {
				/* "said the minister, Anna Berg", "said the U.N.
				 * envoy, Ola Berg": the person the apposition names */
				gint rs = 0, re = 0;
				gsize at;
				SwFact *person;
				g_match_info_fetch_pos(r, 0, &rs, &re);
				at = qe + (gsize)e + (gsize)re;
				if (at + 2 < ctx->len && ctx->text[at] == ',' && ctx->text[at + 1] == ' ') {
					person = sw_quotes_name_at(ctx, at + 2, MIN(ctx->len, at + 62));
					if (person != NULL && sw_quotes_person_opens(ctx, person, at + 2))
						return sw_quotes_speaker_of(person);
				}
				/* a body that ends the role speaks ("writes the
				 * Associated Press"); one inside it does not: "said
				 * a White House spokesman" is the spokesman, as
				 * before a quote */
				if (name != NULL && name->end >= at)
					return sw_quotes_speaker_of(name);
				return g_match_info_fetch(r, 0);
			}
		}
		/* "said Tanzania's trade envoy, Joseph Mwita": the person
		 * the apposition names, not the owner */
		{
			g_autoptr(GMatchInfo) r = NULL;
			gint rs = 0, re = 0;
			if (g_regex_match(sw_facts_re(&sw_quotes_re_owner_appos), tail + e, 0, &r) &&
			    g_match_info_fetch_pos(r, 0, &rs, &re)) {
				gsize at = qe + (gsize)e + (gsize)re + 2;
				SwFact *person = sw_quotes_name_at(ctx, at, MIN(ctx->len, at + 60));
				if (person != NULL && sw_quotes_person_opens(ctx, person, at))
					return sw_quotes_speaker_of(person);
			}
		}
		/* "said Khan's deputy.": the role, as before the verb */
		{
			g_autoptr(GMatchInfo) r = NULL;
			if (g_regex_match(sw_facts_re(&sw_quotes_re_owner_role_end), tail + e, 0, &r))
				return g_match_info_fetch(r, 0);
		}
		if (name != NULL)
			return sw_quotes_speaker_of(name);
		/* "said Smith": a name the finders had no reason to take
		 * alone, one to three capitalised words up to the punctuation */
		{
			gsize from = qe + (gsize)e;
			gsize to = from;
			g_autofree gchar *who = NULL;
			while (to < MIN(ctx->len, from + 60) && strchr(".,;:!?\n", ctx->text[to]) == NULL)
				to++;
			who = g_strndup(ctx->text + from, to - from);
			g_strstrip(who);
			/* not a date or an amount found there ("said Tuesday") */
			if (*who != '\0' && !sw_names_is_common(who) && !sw_facts_taken(ctx, from, to)) {
				gchar *proper = sw_quotes_proper(who);
				if (proper != NULL)
					return proper;
			}
		}
	}
	g_clear_pointer(&m, g_match_info_free);
	if (g_regex_match(after_name, said, 0, &m)) {
		gchar *speaker = sw_quotes_who_of_match(ctx, m, qe, qs, pronoun);
		if (speaker != NULL)
			return speaker;
		/* "...," the minister told parliament */
		if (!*pronoun) {
			gchar *r = sw_quotes_role_opening(role, said);
			if (r != NULL)
				return r;
		}
	}
	g_clear_pointer(&m, g_match_info_free);
	if (g_regex_match(sw_facts_re(&sw_quotes_re_after_name_appos), said, 0, &m)) {
		gchar *speaker = sw_quotes_who_of_match(ctx, m, qe, qs, pronoun);
		if (speaker != NULL)
			return speaker;
	}
	g_clear_pointer(&m, g_match_info_free);
	/* "...," the company's finance chief, Sarah Chen, told analysts: the
	 * last person named before the verb, in the same sentence */
	if (g_regex_match(sw_facts_re(&sw_quotes_re_after_appos), said, 0, &m)) {
		gint s = 0, e = 0;
		SwFact *name;
		g_match_info_fetch_pos(m, 1, &s, &e);
		name = sw_quotes_name_in(ctx, qe, qe + (gsize)s, TRUE);
		if (name != NULL && name->kind == SW_FACT_PERSON)
			return sw_quotes_speaker_of(name);
		/* "...," one resident, who asked not to be named, told the
		 * BBC: no one named, the role that opens the clause */
		if (name == NULL) {
			gchar *r = sw_quotes_role_opening(role, said);
			if (r != NULL)
				return r;
		}
	}
	g_clear_pointer(&m, g_match_info_free);
	if (g_regex_match(sw_facts_re(&sw_quotes_re_dash), tail, 0, &m)) {
		gint s = 0, e = 0;
		SwFact *name;
		g_match_info_fetch_pos(m, 0, &s, &e);
		name = sw_quotes_name_at(ctx, qe + (gsize)e, MIN(ctx->len, qe + (gsize)e + 60));
		if (name != NULL && name->start == qe + (gsize)e)
			return sw_quotes_speaker_of(name);
	}
	/* before the opening quote: "X said:", "according to X, ..." */
	{
		/* a subject with a long apposition opens its sentence
		 * three hundred bytes before the quote */
		gsize s = sw_facts_char_on(ctx, qs > 320 ? qs - 320 : 0);
		g_autofree gchar *head = NULL;
		g_autoptr(GMatchInfo) a = NULL;
		/* from the start of the sentence, which no initial's stop
		 * ends ("Robertson, the U.S. commander, said:"), nor one
		 * before a comma ("a New Haven, Conn., lawyer") */
		for (gsize k = qs; k > s; k--) {
			if (strchr(".!?\n", ctx->text[k - 1]) != NULL && !sw_quotes_name_stop(ctx, s, k - 1) &&
			    !(ctx->text[k - 1] == '.' && ctx->text[k] == ',')) {
				s = k;
				break;
			}
		}
		head = g_strndup(ctx->text + s, qs - s);
		g_autoptr(GMatchInfo) b = NULL;
		/* "Labour leader Keir Starmer: "..."": the person right before
		 * the colon */
		{
			gsize c = qs;
			SwFact *name;
			while (c > s && ctx->text[c - 1] == ' ')
				c--;
			name = c > s && ctx->text[c - 1] == ':' ? sw_quotes_speaker_before(ctx, c - 1, 0) : NULL;
			if (name != NULL && name->kind == SW_FACT_PERSON)
				return sw_quotes_speaker_of(name);
		}
		/* "Berg said, adding: "..."", "Martonyi called it "...,"
		 * saying: "..."": the clause's subject, who spoke the
		 * sentence's quote before, else its first person; never a
		 * name inside the clause ("...in NATO," saying:) */
		gboolean participle = sw_facts_re_matches(&sw_quotes_re_participle_before, head);
		if (participle) {
			SwFact *prev = sw_quotes_before_in(ctx, s, qs);
			SwFact *first = sw_quotes_name_at(ctx, s, qs);
			gsize open = s;
			while (open < qs && g_ascii_isspace(ctx->text[open]))
				open++;
			if (prev != NULL && prev->speaker != NULL)
				return g_strdup(prev->speaker);
			/* the name that opens the sentence, its subject, title and
			 * all ("Judge Mary Wilson jailed him, saying ...", "Former
			 * US president Barack Obama backed it, calling it ..."),
			 * or in apposition to its role ("Its chief executive,
			 * Helen Marsh, resigned, saying ..."), and not a name
			 * later ("OpenAI's board fired Sam Altman, saying ..." is
			 * not Altman's) */
			if (first != NULL && (sw_quotes_person_leads(ctx, first, open) ||
					      sw_quotes_person_apposed(ctx, first, open) ||
					      (first->kind == SW_FACT_ORG && first->start == open)))
				return sw_quotes_speaker_of(first);
		}
		if (!participle && g_regex_match(sw_facts_re(&sw_quotes_re_say_before), head, 0, &b)) {
			gint vs = 0, ve = 0;
			SwFact *name;
			/* before the verb: "Berg told the BBC:" is Berg speaking */
			g_match_info_fetch_named_pos(b, "v", &vs, &ve);
			name = sw_quotes_speaker_before(ctx, s + (gsize)vs, 120);
			g_autofree gchar *who = g_match_info_fetch(b, 1);
			/* "Ola Holm, a vice president of Acme, Inc., says:":
			 * an apposition closed right before the verb follows
			 * the person who opens the sentence, whoever it names */
			{
				gsize v = s + (gsize)vs, open = s;
				SwFact *first;
				while (v > s && ctx->text[v - 1] == ' ')
					v--;
				while (open < v && g_ascii_isspace(ctx->text[open]))
					open++;
				first = v > s && ctx->text[v - 1] == ',' ? sw_quotes_name_in(ctx, open, v, FALSE) : NULL;
				/* or a person with words before, in the sentence's
				 * first clause, when a body is named last ("Senior
				 * author Dr. Mia Lund, a professor of law at
				 * Lund University, commented:") */
				if (first != NULL && first->kind == SW_FACT_PERSON && ctx->text[first->end] == ',' &&
				    (sw_quotes_person_opens(ctx, first, open) ||
				     (name != NULL && name->kind != SW_FACT_PERSON &&
				      memchr(ctx->text + open, ',', first->start - open) == NULL)))
					return sw_quotes_speaker_of(first);
			}
			/* a name of the sentence before says nothing here */
			if (name != NULL && name->start >= s)
				return sw_quotes_speaker_of(name);
			/* "He said: "..."": the person last named */
			if (who != NULL && sw_facts_re_matches(&sw_quotes_re_pronoun, who)) {
				gint ws = 0, we = 0;
				g_match_info_fetch_pos(b, 1, &ws, &we);
				return sw_quotes_who(ctx, s + (gsize)ws, s + (gsize)we, who, s + (gsize)ws, pronoun);
			}
			if (who != NULL && *who != '\0') {
				gchar *proper = sw_quotes_proper(who);
				if (proper != NULL)
					return proper;
			}
			/* "The minister said: "..."": the role that opens the
			 * sentence, its article in lower case as after a quote;
			 * or its clause, after an opening phrase ("In a
			 * statement, the company said: "..."") */
			{
				g_autoptr(GMatchInfo) r = NULL;
				const gchar *h = head;
				const gchar *comma = strrchr(head, ',');
				while (*h == ' ' || *h == '\t')
					h++;
				if (!g_regex_match(role, h, 0, NULL) && comma != NULL) {
					h = comma + 1;
					while (*h == ' ' || *h == '\t')
						h++;
				}
				if (g_regex_match(role, h, 0, &r)) {
					gchar *speaker = g_match_info_fetch(r, 0);
					g_autofree gchar *words = g_match_info_fetch(r, 1);
					/* "The UK has urged": the country */
					if (sw_facts_name_kind(words) == SW_FACT_PLACE) {
						g_free(speaker);
						return g_steal_pointer(&words);
					}
					speaker[0] = g_ascii_tolower(speaker[0]);
					return speaker;
				}
			}
		}
		g_clear_pointer(&b, g_match_info_free);
		if (g_regex_match(sw_facts_re(&sw_quotes_re_say_that), head, 0, &b)) {
			gint ws = 0, we = 0;
			g_autofree gchar *who = g_match_info_fetch(b, 1);
			g_autofree gchar *ch = g_match_info_fetch_named(b, "ch");
			gchar *speaker = NULL;
			gboolean object = FALSE;
			g_match_info_fetch_pos(b, 1, &ws, &we);
			/* "The Chancellor, Rachel Reeves, said", "Its chief
			 * economist, Ben Jones, called": the person the
			 * apposition is, whole */
			{
				gint as = -1, ae = -1;
				if (g_match_info_fetch_named_pos(b, "appos", &as, &ae) && as >= 0 && ae > as) {
					SwFact *p = sw_quotes_name_at(ctx, s + (gsize)as, s + (gsize)ae);
					/* "The Prime Minister, Sir Keir Starmer," "In a
					 * letter, Maj. Gen. Anna Berg," */
					if (p != NULL && sw_quotes_person_opens(ctx, p, s + (gsize)as + 2) &&
					    ctx->text[p->end] == ',')
						return sw_quotes_speaker_of(p);
				}
			}
			/* "Sources close to the talks told Reuters": the
			 * subject, or the person in it ("John Smith of the
			 * union said") */
			if (sw_facts_re_matches(&sw_quotes_re_article, who)) {
				gsize from = 0;
				g_autofree gchar *subject =
				    sw_quotes_subject(ctx, s, s + (gsize)ws, s + (gsize)we, &from, &object);
				if (subject != NULL) {
					SwFact *p = sw_quotes_name_in(ctx, from, s + (gsize)we, TRUE);
					if (p != NULL && p->kind == SW_FACT_PERSON)
						return sw_quotes_speaker_of(p);
					return g_steal_pointer(&subject);
				}
			}
			/* "Critics called the plan "a disaster"": who names a
			 * thing by a quote is a name found, "he" or a role,
			 * never a capitalised word alone */
			gboolean names_thing = ch != NULL && *ch != '\0';
			/* "a show called "The Cabaret"", "a poem called "...",":
			 * the participle right before the quote names a thing
			 * the role is, and no one speaks */
			gboolean naming = FALSE;
			if (names_thing && sw_facts_re_matches(&sw_quotes_re_article, who)) {
				gint cs = 0, ce = 0;
				gsize c;
				g_match_info_fetch_named_pos(b, "ch", &cs, &ce);
				for (c = s + (gsize)ce; c < qs && ctx->text[c] == ' '; c++)
					;
				naming = c == qs;
			}
			/* "X's source inside the camp, a refugee who ..., said":
			 * the camp is no one, and the subject too long a phrase
			 * to name */
			if (!object && !naming &&
			    (!names_thing || sw_quotes_name_in(ctx, s + (gsize)ws, s + (gsize)we, TRUE) != NULL ||
			     sw_facts_re_matches(&sw_quotes_re_pronoun, who) || sw_facts_re_matches(&sw_quotes_re_article, who)))
				speaker = sw_quotes_who(ctx, s + (gsize)ws, s + (gsize)we, who, s + (gsize)ws, pronoun);
			if (speaker != NULL)
				return speaker;
		}
		if (g_regex_match(sw_facts_re(&sw_quotes_re_according), head, 0, &a)) {
			gint as = 0, ae = 0;
			gchar *speaker;
			g_match_info_fetch_pos(a, 0, &as, &ae);
			speaker = sw_quotes_according(ctx, s + (gsize)ae, qs);
			if (speaker != NULL)
				return speaker;
		}
	}
	/* "according to X" in the same sentence, read no farther than a
	 * sentence runs (a page with no stop is not read to its end at each
	 * quote) */
	{
		gsize e = qe;
		g_autofree gchar *rest = NULL;
		g_autoptr(GMatchInfo) a = NULL;
		while (e < ctx->len && e < qe + SW_FACTS_SENTENCE_MAX && strchr(".!?\n", ctx->text[e]) == NULL)
			e++;
		rest = g_strndup(ctx->text + qe, e - qe);
		if (g_regex_match(sw_facts_re(&sw_quotes_re_according), rest, 0, &a)) {
			gint as = 0, ae = 0;
			g_match_info_fetch_pos(a, 0, &as, &ae);
			return sw_quotes_according(ctx, qe + (gsize)ae, e);
		}
	}
	return NULL;
}

static guint
sw_quotes_words(const gchar *s, gsize len)
{
	guint n = 0;
	gboolean in = FALSE;
	for (gsize i = 0; i < len; i++) {
		gboolean space = g_ascii_isspace(s[i]);
		if (!space && !in)
			n++;
		in = !space;
	}
	return n;
}

/* what joins a second quote to the first in one sentence: ""...," said
 * Ann Lee, adding that "..."", "called the plan "a mess" and "a
 * disgrace"" */
static SwFactsRe sw_quotes_re_same_sentence = SW_FACTS_RE(
    "(?:\\b(?:adding|added|saying|warning|noting|insisting|arguing|calling it|describing it as)"
    "(?:\\s+that)?|^\\s*,?\\s*(?:and|or|but)|^\\s*,"
    /* the speaker's reported words going on: "said she had "..." and
     * that the memo had been "..."", "and wanted to "..."" (a verb right
     * after "and" keeps the subject; "and the party called it" does
     * not) */
    "|^\\s*,?\\s*(?:and|but)\\s+(?:that|(?:also\\s+)?[a-z]+ed|(?:" SW_FACTS_SAY "))\\b[^\"\u201C\u201D\\n.;!?]{0,100}"
    /* a quote broken by its speaker: ""I think," said Dr Okoro, "that
     * ..."", ""I think," Dr Okoro said, "that ..."" */
    "|^\\s*,?\\s*(?:(?:" SW_FACTS_SAY ")\\s+[^,.;:!?\"\u201C\u201D\\n]{1,60}|"
    "[^,.;:!?\"\u201C\u201D\\n]{1,60}\\s+(?:" SW_FACTS_SAY ")),)\\s*$");

/* News runs one speaker's quotes on: an unattributed quote shortly after
 * an attributed one is the same speaker's, unless someone else is named
 * between them */
static gchar *
sw_quotes_speaker_continued(SwFactsCtx *ctx, SwFact *quote)
{
	SwFact *prev = NULL;

	for (guint i = ctx->out->len - 1; i > 0 && prev == NULL; i--) {
		SwFact *f = g_ptr_array_index(ctx->out, i - 1);
		if (f->kind == SW_FACT_QUOTE)
			prev = f;
	}
	if (prev == NULL || prev->speaker == NULL || quote->start < prev->end ||
	    quote->start - prev->end > 200)
		return NULL;
	/* within the sentence, a quote the first one's speaker goes on to */
	if (quote->start - prev->end <= 120 &&
	    memchr(ctx->text + prev->end, '\n', quote->start - prev->end) == NULL &&
	    !sw_quotes_ends_sentence(ctx, prev->end) &&
	    sw_facts_re_matches_before(&sw_quotes_re_same_sentence, ctx, quote->start, quote->start - prev->end))
		return sw_quotes_other_person_in(ctx, prev->end, quote->start, prev->speaker) ? NULL
											      : g_strdup(prev->speaker);
	/* only a quote that opens its sentence runs on: "Critics called the
	 * plan "a disaster"" has a speaker of its own */
	{
		gsize b = quote->start;
		while (b > 0 && g_ascii_isspace(ctx->text[b - 1]))
			b--;
		if (b > 0 && strchr(".!?", ctx->text[b - 1]) == NULL && sw_quotes_closing_before(ctx, b) == 0)
			return NULL;
	}
	return sw_quotes_other_person_in(ctx, prev->end, quote->start, prev->speaker) ? NULL
											: g_strdup(prev->speaker);
}

/* a name and a verb of saying in the rest of the sentence after a quote
 * that does not end it ("I'm thrilled," Williams, a veteran, said): a
 * speaker we could not read, not the last one ("..., nor any
 * disagreement, he added" runs on) */
static gboolean
sw_quotes_said_after(SwFactsCtx *ctx, gsize qe)
{
	gsize e = qe;

	if (sw_quotes_ends_sentence(ctx, qe))
		return FALSE;
	while (e < ctx->len && e < qe + 120 && strchr(".!?\n\"", ctx->text[e]) == NULL)
		e++;
	return sw_facts_re_matches_at(&sw_quotes_re_named_say, ctx, qe, e - qe);
}

/* does a quote opening at text[open] open its sentence: the text's or a
 * line's start, or a stop before it? */
static gboolean
sw_quotes_opens_sentence(const SwFactsCtx *ctx, gsize open)
{
	gsize b = open;

	while (b > 0 && (ctx->text[b - 1] == ' ' || ctx->text[b - 1] == '\t'))
		b--;
	return b == 0 || strchr("\n.!?", ctx->text[b - 1]) != NULL;
}

/* the small words a title in title case leaves in lower case */
static const gchar *const sw_quotes_title_small[] = {
    "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "with", "by", "from", "as", "is",
};
static SwWordSet sw_quotes_title_small_set = SW_WORD_SET(sw_quotes_title_small);

/* is text[s, e) a title in title case, two words or more, every word but
 * the small ones capitalised and no stop at its end ("Paper Harbour", "Sun
 * On The Water,", "Ask Dr. Holm")? */
static gboolean
sw_quotes_title_case(const SwFactsCtx *ctx, gsize s, gsize e)
{
	guint caps = 0;
	gsize i = s;

	while (e > s && strchr(" ,", ctx->text[e - 1]) != NULL)
		e--;
	if (e == s || strchr(".!?", ctx->text[e - 1]) != NULL)
		return FALSE;
	while (i < e) {
		gchar word[8];
		gsize w;
		while (i < e && !g_ascii_isalnum(ctx->text[i]) && !((guchar)ctx->text[i] & 0x80))
			i++;
		if (i >= e)
			break;
		w = i;
		while (i < e && ctx->text[i] != ' ')
			i++;
		if (i - w < sizeof word) {
			for (gsize k = 0; k < i - w; k++)
				word[k] = ctx->text[w + k];
			word[i - w] = '\0';
			if (sw_word_set_has(&sw_quotes_title_small_set, word))
				continue;
		}
		if (!g_unichar_isupper(g_utf8_get_char(ctx->text + w)) && !g_ascii_isdigit(ctx->text[w]))
			return FALSE;
		caps++;
	}
	return caps >= 2;
}

/* a verb of saying, or of calling, earlier in the sentence */
static SwFactsRe sw_quotes_re_said_before = SW_FACTS_RE(
    "\\b(?:" SW_FACTS_SAY "|(?<!so-)(?<!so\\s)called|calls|described|describes)\\b[^.!?\"\u201C\u201D\\n]{0,100}$");

/* is the one word quoted from text[@open] to text[@end) said: the clause
 * ends with it, after a verb of saying or calling ("said her position was
 * "untenable".", "called the claims "baseless""; not "the so-called
 * "reform" failed")? A word in capitals is a name or a title ("an
 * episode of "DWTS."", "are called "Kiwiana""), and so is one after a
 * preposition */
static SwFactsRe sw_quotes_re_preposition_before = SW_FACTS_RE("\\b(?:on|of|in|at|from|for|to|by|with)\\s*$");

static gboolean
sw_quotes_word_said(SwFactsCtx *ctx, gsize open, gsize end)
{
	gsize inner = end;
	gsize w = open;

	/* its own stop may stand inside the quote marks */
	while (inner > open && !g_ascii_isalpha(ctx->text[inner - 1]))
		inner--;
	while (w < inner && !g_ascii_isalpha(ctx->text[w]))
		w++;
	if (w >= inner || !g_ascii_islower(ctx->text[w]))
		return FALSE;
	for (gsize k = w; k < inner; k++) {
		if (!g_ascii_islower(ctx->text[k]) && ctx->text[k] != '-' && ctx->text[k] != '\'')
			return FALSE;
	}
	if (sw_facts_re_matches_before(&sw_quotes_re_preposition_before, ctx, open, 16))
		return FALSE;
	if (!(end == ctx->len || strchr(".,;!?\n", ctx->text[end]) != NULL ||
	      (inner < end && strchr(".,;!?", ctx->text[inner]) != NULL)))
		return FALSE;
	return sw_facts_re_matches_before(&sw_quotes_re_said_before, ctx, open, 120);
}

static void
sw_quotes_add(SwFactsCtx *ctx, gsize open, gsize close, gsize open_len, gsize close_len)
{
	gsize inner_s = open + open_len;
	gsize inner_e = close;
	g_autofree gchar *inner = NULL;
	gboolean pronoun = FALSE;
	SwFact *f;

	/* scare quotes around one word are not speech; two words may be
	 * ("“two-sided agreement”" is the source's phrase), and one word is
	 * when it opens its sentence and ends as a reply does (""Never," said
	 * Ann Lee"; not "the so-called "reform," he said") */
	if (inner_e <= inner_s || (sw_quotes_words(ctx->text + inner_s, inner_e - inner_s) < 2 &&
				   !(strchr(",!?", ctx->text[inner_e - 1]) != NULL && sw_quotes_opens_sentence(ctx, open)) &&
				   !sw_quotes_word_said(ctx, open, close + close_len)))
		return;
	/* a title inside a sentence ("the film "Paper Harbour"", songs like
	 * "Sun On The Water,") names a work, no one's words, nor is a
	 * name inside it anyone ("This Week With Ann Holt"); a line
	 * may open with a headline's quote in title case, which is speech */
	if (!sw_quotes_opens_sentence(ctx, open) && sw_quotes_title_case(ctx, inner_s, inner_e)) {
		for (guint i = sw_quotes_names_after(ctx, inner_s); i < ctx->names->len; i++) {
			SwFact *n = g_ptr_array_index(ctx->names, i);
			if (n->start >= inner_e)
				break;
			if (n->start >= inner_s && n->end <= inner_e && n->kind == SW_FACT_PERSON) {
				if (ctx->dropped == NULL)
					ctx->dropped = g_hash_table_new(NULL, NULL);
				g_hash_table_add(ctx->dropped, n);
			}
		}
		return;
	}
	inner = g_strndup(ctx->text + inner_s, inner_e - inner_s);
	f = sw_fact_new(ctx, SW_FACT_QUOTE, open, close + close_len);
	f->value = g_strstrip(g_steal_pointer(&inner));
	f->speaker = sw_quotes_attribute(ctx, open, close + close_len, &pronoun);
	/* "he said" with no man named is no one's we know, not the last
	 * speaker's, who may be an organisation; nor is a quote whose
	 * sentence goes on to a verb of saying we could not read */
	if (f->speaker == NULL && !pronoun && !sw_quotes_said_after(ctx, close + close_len))
		f->speaker = sw_quotes_speaker_continued(ctx, f);
}

/* where the single quote opened before @from closes: a U+2019 that no
 * letter follows (in "didn’t" it is an apostrophe), the first after a
 * stop or a comma ("ready,’"), else the last in the paragraph, since
 * "the players’ union" may come first; 0 when none does */
static gsize
sw_quotes_single_close(const SwFactsCtx *ctx, gsize from)
{
	gsize last = 0;

	for (gsize i = from; i + 2 < ctx->len && i < from + 2000 && ctx->text[i] != '\n'; i++) {
		const gchar *t = ctx->text + i;
		if (t[0] != '\xe2' || t[1] != '\x80')
			continue;
		/* another opening quote first: this one was an apostrophe */
		if (t[2] == '\x98' || t[2] == '\x9c')
			break;
		if (t[2] != '\x99' || (i + 3 < ctx->len && g_ascii_isalpha(t[3])))
			continue;
		if (i > from && strchr(".,!?;:", t[-1]) != NULL)
			return i;
		last = i;
	}
	return last;
}

/* where a straight single quote opened before @from closes: a ' right
 * after a stop or a comma that no letter follows ("'We are ready,' said
 * ..."). Apostrophes are too common for more: "the players' union" or
 * "'90s" close nothing, and a quote that closes on no stop is not read.
 * *@checked is where the last search that found nothing stopped, and
 * *@hard whether a paragraph's end or a double quote stopped it: no
 * close lies before it, so a page of apostrophes is read once, not once
 * for each */
static gsize
sw_quotes_straight_single_close(const SwFactsCtx *ctx, gsize from, gsize *checked, gboolean *hard)
{
	gsize i = MAX(from + 1, *checked);
	/* a headline's quote, opening its line, closes before a colon too:
	 * "'We will not be intimidated': PM vows to fight on" (the line's
	 * first search, so none before it has stopped on this line) */
	gboolean headline = from < 2 || ctx->text[from - 2] == '\n';

	if (*hard && from < *checked)
		return 0;
	for (; i < ctx->len && i < from + 2000 && ctx->text[i] != '\n' && ctx->text[i] != '"'; i++) {
		if (ctx->text[i] == '\'' && strchr(".,!?", ctx->text[i - 1]) != NULL &&
		    (i + 1 >= ctx->len || !g_ascii_isalnum(ctx->text[i + 1])))
			return i;
		if (headline && ctx->text[i] == '\'' && g_ascii_isalpha(ctx->text[i - 1]) && i + 1 < ctx->len &&
		    ctx->text[i + 1] == ':')
			return i;
	}
	*checked = i;
	*hard = i < ctx->len && i < from + 2000;
	return 0;
}

void
sw_quotes_find(SwFactsCtx *ctx)
{
	const gchar *text = ctx->text;
	gsize i = 0;
	gssize straight_open = -1;
	gssize curly_open = -1;
	gsize single_checked = 0;
	gboolean single_hard = FALSE;

	ctx->names = g_ptr_array_new();
	for (guint k = 0; k < ctx->out->len; k++) {
		SwFact *f = g_ptr_array_index(ctx->out, k);
		if (f->kind == SW_FACT_PERSON || f->kind == SW_FACT_ORG)
			g_ptr_array_add(ctx->names, f);
	}
	g_ptr_array_sort(ctx->names, sw_quotes_by_start);
	/* curly quotes pair by direction; straight ones alternate within a
	 * paragraph; an unclosed quote ends at the paragraph's end */
	while (i < ctx->len) {
		if (text[i] == '\n') {
			/* a curly quote left open runs to the paragraph's end, as
			 * when a quote goes on in the next paragraph */
			if (curly_open >= 0)
				sw_quotes_add(ctx, (gsize)curly_open, i, 3, 0);
			/* so does a straight one when the next paragraph opens
			 * with one, as a quote that goes on does (an odd quote
			 * mark elsewhere, an inch, opens nothing) */
			if (straight_open >= 0) {
				gsize n = i;
				while (n < ctx->len && g_ascii_isspace(text[n]))
					n++;
				if (n < ctx->len && text[n] == '"')
					sw_quotes_add(ctx, (gsize)straight_open, i, 1, 0);
			}
			straight_open = -1;
			curly_open = -1;
			i++;
			continue;
		}
		/* U+201C and U+201D are E2 80 9C and E2 80 9D in UTF-8 */
		if (text[i] == '\xe2' && i + 2 < ctx->len && text[i + 1] == '\x80' &&
		    text[i + 2] == '\x9c') {
			curly_open = (gssize)i;
			i += 3;
			continue;
		}
		if (text[i] == '\xe2' && i + 2 < ctx->len && text[i + 1] == '\x80' &&
		    text[i + 2] == '\x9d') {
			if (curly_open >= 0)
				sw_quotes_add(ctx, (gsize)curly_open, i, 3, 3);
			curly_open = -1;
			i += 3;
			continue;
		}
		/* U+2018, British style: a quote of its own, unless inside
		 * double quotes, where it is a quote within the quote */
		if (text[i] == '\xe2' && i + 2 < ctx->len && text[i + 1] == '\x80' && text[i + 2] == '\x98' &&
		    straight_open < 0 && curly_open < 0 && (i == 0 || strchr(" \t\n([", text[i - 1]) != NULL)) {
			gsize close = sw_quotes_single_close(ctx, i + 3);
			if (close > 0) {
				sw_quotes_add(ctx, i, close, 3, 3);
				i = close + 3;
				continue;
			}
		}
		/* a straight single quote, as British pages type it */
		if (text[i] == '\'' && straight_open < 0 && curly_open < 0 &&
		    (i == 0 || strchr(" \t\n([", text[i - 1]) != NULL) && i + 1 < ctx->len &&
		    g_ascii_isalpha(text[i + 1])) {
			gsize close = sw_quotes_straight_single_close(ctx, i + 1, &single_checked, &single_hard);
			if (close > 0) {
				sw_quotes_add(ctx, i, close, 1, 1);
				i = close + 1;
				continue;
			}
		}
		if (text[i] == '"') {
			if (straight_open < 0) {
				straight_open = (gssize)i;
			} else {
				sw_quotes_add(ctx, (gsize)straight_open, i, 1, 1);
				straight_open = -1;
			}
		}
		i++;
	}
	if (curly_open >= 0)
		sw_quotes_add(ctx, (gsize)curly_open, ctx->len, 3, 0);
	/* the names a title held are no facts */
	if (ctx->dropped != NULL) {
		guint k = 0;
		for (guint j = 0; j < ctx->out->len; j++) {
			SwFact *f = g_ptr_array_index(ctx->out, j);
			if (g_hash_table_contains(ctx->dropped, f))
				sw_fact_free(f);
			else
				g_ptr_array_index(ctx->out, k++) = f;
		}
		/* the slots past the kept ones hold nothing to free */
		for (guint j = k; j < ctx->out->len; j++)
			g_ptr_array_index(ctx->out, j) = NULL;
		g_ptr_array_set_size(ctx->out, k);
	}
}
