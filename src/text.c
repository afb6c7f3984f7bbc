/* SPDX-License-Identifier: MIT
 *
 * Text shared by every stage: whitespace normalisation, the sentence
 * splitter that gives story.txt its one-sentence-per-line shape (so git's
 * line diffs are sentence diffs), and the cosmetic key used to tell a
 * reworded sentence from a re-punctuated one.
 */
#define G_LOG_DOMAIN "storywatch-text"

#include "sw/text.h"

#include <string.h>

/* zero-width and soft characters pages sprinkle into words */
static gboolean
sw_text_is_invisible(gunichar c)
{
	return c == 0x00AD || c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 ||
	       c == 0xFEFF;
}

gchar *
sw_text_normalize_space(const gchar *text)
{
	GString *out = g_string_sized_new(strlen(text));
	gboolean space = FALSE;

	for (const gchar *p = text; *p != '\0'; p = g_utf8_next_char(p)) {
		gunichar c = g_utf8_get_char(p);
		if (g_unichar_isspace(c) || c == 0x00A0 || c == 0x202F || c == 0x2007) {
			space = TRUE;
			continue;
		}
		if (sw_text_is_invisible(c) || (g_unichar_iscntrl(c)))
			continue;
		if (space && out->len > 0)
			g_string_append_c(out, ' ');
		space = FALSE;
		g_string_append_unichar(out, c);
	}
	return g_string_free(out, FALSE);
}

/* words after which a full stop does not end a sentence */
static const gchar *const sw_text_titles[] = {
    "mr",    "mrs",	 "ms",	 "dr",	  "prof", "sen",  "rep",   "gov",  "gen",  "col",
    "lt",    "sgt",	 "capt", "cmdr",  "adm",  "maj",  "rev",   "st",   "jr",   "sr",
    "mt",    "ft",	 "no",	 "nos",	  "vs",	  "v",	  "approx", "dept", "fig", "pres",
    "supt",  "det",	 "insp", "cpl",	  "pvt",  "hon",  "messrs", "mmes", "msgr", "sec",
    "e.g",   "i.e",	 "cf",	 "al",	  "ca",	  "jan",  "feb",   "apr",  "jun",  "jul",
    "aug",   "sep",	 "sept", "oct",	  "nov",  "dec",  "mon",   "tue",  "tues", "wed",
    "thu",   "thurs",	 "fri",	 "sat",	  "ave",  "blvd", "rd",	   "op",   "vol",  "pp",
    "ph.d",  "a.m",	 "p.m",	 NULL,
};
/* abbreviations that end sentences too: split only before a clear start */
static const gchar *const sw_text_enders[] = {
    "inc", "ltd", "co", "corp", "plc", "llc", "etc", "bros", "assn", "univ", NULL,
};
/* words that often begin a sentence */
static const gchar *const sw_text_starters[] = {
    "The", "A",	   "An",    "In",    "But",   "He",    "She",   "It",    "They",  "We",
    "I",   "This", "That",  "These", "Those", "There", "And",   "Its",   "His",   "Her",
    "Their", "On", "At",    "As",    "After", "Before", "When", "While", "If",    "Some",
    "Many", "Most", "Officials", "According", "Meanwhile", "However", "Still", "Yet",
    "For", "Since", "With", "Under", NULL,
};

static gboolean
sw_text_is_closer(gunichar c)
{
	return c == '"' || c == '\'' || c == ')' || c == ']' || c == 0x201D || c == 0x2019 ||
	       c == 0x00BB || c == 0x203A;
}

static gboolean
sw_text_is_opener(gunichar c)
{
	return c == '"' || c == '\'' || c == '(' || c == '[' || c == 0x201C || c == 0x2018 ||
	       c == 0x00AB || c == 0x2039;
}

/* the word before position @end (exclusive), lowercased, with inner dots */
static gchar *
sw_text_word_before(const gchar *start, const gchar *end)
{
	const gchar *p = end;

	while (p > start) {
		const gchar *prev = g_utf8_prev_char(p);
		gunichar c = g_utf8_get_char(prev);
		if (!g_unichar_isalnum(c) && c != '.')
			break;
		p = prev;
	}
	return g_utf8_strdown(p, end - p);
}

/* the word starting at @p */
static gchar *
sw_text_word_at(const gchar *p)
{
	const gchar *e = p;
	while (*e != '\0' && g_unichar_isalpha(g_utf8_get_char(e)))
		e = g_utf8_next_char(e);
	return g_strndup(p, e - p);
}

gboolean
sw_text_keeps_stop(const gchar *word)
{
	/* a single letter is an initial: "John F. Kennedy" */
	if (g_utf8_strlen(word, -1) == 1 && g_unichar_isalpha(g_utf8_get_char(word)))
		return TRUE;
	return g_strv_contains(sw_text_titles, word);
}

/* should the sentence end at the terminator @term (ending before @after)? */
static gboolean
sw_text_is_boundary(const gchar *start, const gchar *term, const gchar *next)
{
	gunichar t = g_utf8_get_char(term);
	gunichar n;
	const gchar *q = next;

	/* the next sentence starts with a capital, a digit or an opener */
	while (sw_text_is_opener(g_utf8_get_char(q)))
		q = g_utf8_next_char(q);
	n = g_utf8_get_char(q);
	if (*q == '\0')
		return FALSE;
	if (!g_unichar_isupper(n) && !g_unichar_isdigit(n) && !g_unichar_istitle(n) &&
	    !(n >= 0x3000) /* scripts without case */)
		return FALSE;
	if (t == '.') {
		g_autofree gchar *w = sw_text_word_before(start, term);
		gsize wl = strlen(w);
		g_autofree gchar *next_word = NULL;

		if (wl == 0)
			return TRUE;
		if (sw_text_keeps_stop(w))
			return FALSE;
		next_word = sw_text_word_at(q);
		/* "U.S." and "Inc." end sentences only before a usual opener */
		if (strchr(w, '.') != NULL || g_strv_contains(sw_text_enders, w))
			return g_strv_contains(sw_text_starters, next_word);
	}
	return TRUE;
}

GPtrArray *
sw_text_split_sentences(const gchar *paragraph)
{
	GPtrArray *out = g_ptr_array_new_with_free_func(g_free);
	const gchar *start = paragraph;
	const gchar *p = paragraph;

	while (*p != '\0') {
		gunichar c = g_utf8_get_char(p);
		const gchar *term = p;
		const gchar *after;

		if (c != '.' && c != '!' && c != '?' && c != 0x2026) {
			p = g_utf8_next_char(p);
			continue;
		}
		/* runs of terminators ("?!", "...") and closers after them */
		after = g_utf8_next_char(p);
		while (*after == '.' || *after == '!' || *after == '?' ||
		       g_utf8_get_char(after) == 0x2026)
			after = g_utf8_next_char(after);
		while (*after != '\0' && sw_text_is_closer(g_utf8_get_char(after)))
			after = g_utf8_next_char(after);
		if (*after != ' ') {
			p = after;
			continue;
		}
		if (sw_text_is_boundary(start, term, after + 1)) {
			g_autofree gchar *s = g_strndup(start, after - start);
			g_strstrip(s);
			if (*s != '\0')
				g_ptr_array_add(out, g_steal_pointer(&s));
			start = after + 1;
		}
		p = after;
	}
	if (*start != '\0') {
		g_autofree gchar *s = g_strdup(start);
		g_strstrip(s);
		if (*s != '\0')
			g_ptr_array_add(out, g_steal_pointer(&s));
	}
	return out;
}

gchar *
sw_text_cosmetic_key(const gchar *text)
{
	g_autofree gchar *folded = g_utf8_casefold(text, -1);
	GString *out = g_string_sized_new(strlen(folded));

	/* letters and digits only: quotes, dashes, dots and spacing vanish */
	for (const gchar *p = folded; *p != '\0'; p = g_utf8_next_char(p)) {
		gunichar c = g_utf8_get_char(p);
		if (g_unichar_isalnum(c))
			g_string_append_unichar(out, c);
	}
	return g_string_free(out, FALSE);
}

gchar *
sw_text_make_valid_in_place(const gchar *data, gsize len)
{
	gchar *out = g_malloc(len + 1);
	gsize i = 0;

	memcpy(out, data, len);
	out[len] = '\0';
	while (i < len) {
		const gchar *end = NULL;
		if (g_utf8_validate(out + i, (gssize)(len - i), &end))
			break;
		i = (gsize)(end - out);
		/* g_utf8_validate stops at a NUL too; a space says nothing
		 * to the finders, where '?' would end a sentence */
		out[i] = ' ';
		i++;
	}
	return out;
}

const gchar *
sw_text_find_word(const gchar *text, const gchar *word)
{
	gsize l = strlen(word);

	if (l == 0)
		return NULL;
	for (const gchar *p = strstr(text, word); p != NULL; p = strstr(p + 1, word)) {
		if ((p == text || !g_ascii_isalpha(p[-1])) && !g_ascii_isalpha(p[l]))
			return p;
	}
	return NULL;
}

gchar *
sw_text_slug(const gchar *url, const gchar *title)
{
	g_autoptr(GUri) uri = url != NULL ? g_uri_parse(url, G_URI_FLAGS_NONE, NULL) : NULL;
	g_autofree gchar *seg = NULL;
	const gchar *from = NULL;
	g_autoptr(GString) s = g_string_new(NULL);

	if (uri != NULL) {
		g_autofree gchar *path = g_strdup(g_uri_get_path(uri));
		gchar *dot;
		while (g_str_has_suffix(path, "/"))
			path[strlen(path) - 1] = '\0';
		seg = g_strdup(strrchr(path, '/') != NULL ? strrchr(path, '/') + 1 : path);
		/* "story.html", "index.php": the name without its type */
		dot = strrchr(seg, '.');
		if (dot != NULL && dot != seg)
			*dot = '\0';
		if (g_strcmp0(seg, "index") != 0)
			from = seg;
	}
	if ((from == NULL || *from == '\0') && title != NULL)
		from = title;
	for (const gchar *p = from != NULL ? from : ""; *p != '\0' && s->len < 48; p++) {
		gchar c = g_ascii_tolower(*p);
		if (g_ascii_isalnum(c))
			g_string_append_c(s, c);
		else if (s->len > 0 && s->str[s->len - 1] != '-')
			g_string_append_c(s, '-');
	}
	while (s->len > 0 && s->str[s->len - 1] == '-')
		g_string_truncate(s, s->len - 1);
	if (s->len == 0)
		g_string_assign(s, "entry");
	return g_string_free(g_steal_pointer(&s), FALSE);
}
