/* SPDX-License-Identifier: MIT
 *
 * A watch's `select` and `exclude` are written in CSS, which users know,
 * or XPath. libxml2 evaluates XPath only, so CSS selectors are translated
 * here: a small recursive-descent reader of the selector subset people use
 * to point at an article (types, classes, ids, attributes, combinators).
 */
#define G_LOG_DOMAIN "storywatch-select"

#include "sw/select.h"

#include <string.h>

#include "sw/error.h"

typedef struct {
	const gchar *sel; /* the whole selector, for messages */
	const gchar *p;
	GError **error;
} SwSelectParser;

static gboolean
sw_select_fail(SwSelectParser *ps, const gchar *what)
{
	g_set_error(ps->error, SW_ERROR, SW_ERROR_INVALID_CONFIG,
		    "bad selector \"%s\": %s at offset %d", ps->sel, what, (gint)(ps->p - ps->sel));
	return FALSE;
}

/* a character of a CSS name that is also one of an XPath name: ASCII
 * letters, digits, '-', '_', and letters or digits of other scripts */
static gboolean
sw_select_is_ident_char(const gchar *p)
{
	if ((guchar)*p < 0x80)
		return g_ascii_isalnum(*p) || *p == '-' || *p == '_';
	return g_unichar_isalnum(g_utf8_get_char(p));
}

/* an element or attribute name: it becomes an XPath name, which starts
 * with a letter or '_' */
static gchar *
sw_select_name(SwSelectParser *ps)
{
	const gchar *start = ps->p;

	/* ASCII only: HTML's names are, and libxml2's XPath knows fewer
	 * letters of other scripts than GLib does */
	if (!g_ascii_isalpha(*ps->p) && *ps->p != '_') {
		sw_select_fail(ps, "a name must start with a letter");
		return NULL;
	}
	while (g_ascii_isalnum(*ps->p) || *ps->p == '-' || *ps->p == '_')
		ps->p++;
	if ((guchar)*ps->p >= 0x80) {
		sw_select_fail(ps, "element and attribute names are ASCII");
		return NULL;
	}
	return g_strndup(start, ps->p - start);
}

static gchar *
sw_select_ident(SwSelectParser *ps)
{
	const gchar *start = ps->p;

	while (*ps->p != '\0' && sw_select_is_ident_char(ps->p))
		ps->p = g_utf8_next_char(ps->p);
	if (ps->p == start) {
		sw_select_fail(ps, "expected a name");
		return NULL;
	}
	return g_strndup(start, ps->p - start);
}

/* an XPath string literal for @s */
static gboolean
sw_select_append_literal(SwSelectParser *ps, GString *out, const gchar *s)
{
	if (strchr(s, '\'') == NULL) {
		g_string_append_printf(out, "'%s'", s);
		return TRUE;
	}
	if (strchr(s, '"') == NULL) {
		g_string_append_printf(out, "\"%s\"", s);
		return TRUE;
	}
	return sw_select_fail(ps, "a value with both kinds of quote");
}

static gboolean
sw_select_attribute(SwSelectParser *ps, GString *out)
{
	g_autofree gchar *name = NULL;
	g_autofree gchar *value = NULL;
	gchar op = '=';

	ps->p++; /* [ */
	while (*ps->p == ' ')
		ps->p++;
	name = sw_select_name(ps);
	if (name == NULL)
		return FALSE;
	while (*ps->p == ' ')
		ps->p++;
	if (*ps->p == ']') {
		ps->p++;
		g_string_append_printf(out, "[@%s]", name);
		return TRUE;
	}
	if (strchr("~^$*|", *ps->p) != NULL && *ps->p != '\0' && ps->p[1] == '=') {
		op = *ps->p;
		ps->p += 2;
	} else if (*ps->p == '=') {
		ps->p++;
	} else {
		return sw_select_fail(ps, "expected ']' or an operator");
	}
	while (*ps->p == ' ')
		ps->p++;
	if (*ps->p == '"' || *ps->p == '\'') {
		gchar q = *ps->p++;
		const gchar *end = strchr(ps->p, q);
		if (end == NULL)
			return sw_select_fail(ps, "unterminated string");
		value = g_strndup(ps->p, end - ps->p);
		ps->p = end + 1;
	} else {
		value = sw_select_ident(ps);
		if (value == NULL)
			return FALSE;
	}
	while (*ps->p == ' ')
		ps->p++;
	if (*ps->p != ']')
		return sw_select_fail(ps, "expected ']'");
	ps->p++;

	switch (op) {
	case '=':
		g_string_append_printf(out, "[@%s=", name);
		break;
	case '~':
		g_string_append_printf(out, "[contains(concat(' ',normalize-space(@%s),' '),concat(' ',",
				       name);
		break;
	case '^':
		g_string_append_printf(out, "[starts-with(@%s,", name);
		break;
	case '*':
		g_string_append_printf(out, "[contains(@%s,", name);
		break;
	case '$':
		g_string_append_printf(out, "[substring(@%s,string-length(@%s)-string-length(", name,
				       name);
		break;
	case '|':
		g_string_append_printf(out, "[@%s=", name);
		break;
	default:
		g_assert_not_reached();
	}
	if (!sw_select_append_literal(ps, out, value))
		return FALSE;
	switch (op) {
	case '=':
		g_string_append(out, "]");
		break;
	case '~':
		g_string_append(out, ",' '))]");
		break;
	case '^':
	case '*':
		g_string_append(out, ")]");
		break;
	case '$':
		g_string_append(out, ")+1)=");
		sw_select_append_literal(ps, out, value);
		g_string_append(out, "]");
		break;
	case '|':
		g_string_append_printf(out, " or starts-with(@%s,concat(", name);
		sw_select_append_literal(ps, out, value);
		g_string_append(out, ",'-'))]");
		break;
	default:
		break;
	}
	return TRUE;
}

/* type and the simple selectors that follow it: "div.story#main[lang]" */
static gboolean
sw_select_compound(SwSelectParser *ps, GString *out)
{
	g_autofree gchar *tag = NULL;
	gboolean any = FALSE;

	if (*ps->p == '*') {
		ps->p++;
		any = TRUE;
	} else if (*ps->p != '\0' && sw_select_is_ident_char(ps->p)) {
		g_autofree gchar *t = sw_select_name(ps);
		if (t == NULL)
			return FALSE;
		/* the HTML parser lowercases element names */
		tag = g_ascii_strdown(t, -1);
		any = TRUE;
	}
	g_string_append(out, tag != NULL ? tag : "*");
	for (;;) {
		if (*ps->p == '.') {
			g_autofree gchar *cls = NULL;
			ps->p++;
			cls = sw_select_ident(ps);
			if (cls == NULL)
				return FALSE;
			g_string_append_printf(
			    out, "[contains(concat(' ',normalize-space(@class),' '),' %s ')]", cls);
		} else if (*ps->p == '#') {
			g_autofree gchar *id = NULL;
			ps->p++;
			id = sw_select_ident(ps);
			if (id == NULL)
				return FALSE;
			g_string_append_printf(out, "[@id='%s']", id);
		} else if (*ps->p == '[') {
			if (!sw_select_attribute(ps, out))
				return FALSE;
		} else if (*ps->p == ':') {
			return sw_select_fail(ps, "pseudo-classes are not supported");
		} else {
			break;
		}
		any = TRUE;
	}
	if (!any)
		return sw_select_fail(ps, "expected a selector");
	return TRUE;
}

static gboolean
sw_select_complex(SwSelectParser *ps, GString *out)
{
	g_string_append(out, "//");
	if (!sw_select_compound(ps, out))
		return FALSE;
	for (;;) {
		gboolean space = FALSE;
		gchar comb = ' ';

		while (*ps->p == ' ' || *ps->p == '\t' || *ps->p == '\n') {
			ps->p++;
			space = TRUE;
		}
		if (*ps->p == '\0' || *ps->p == ',')
			return TRUE;
		if (*ps->p == '>' || *ps->p == '+' || *ps->p == '~') {
			comb = *ps->p++;
			while (*ps->p == ' ')
				ps->p++;
		} else if (!space) {
			return sw_select_fail(ps, "unexpected character");
		}
		switch (comb) {
		case '>':
			g_string_append(out, "/");
			break;
		case '+':
			g_string_append(out, "/following-sibling::*[1]/self::");
			break;
		case '~':
			g_string_append(out, "/following-sibling::");
			break;
		default:
			g_string_append(out, "//");
			break;
		}
		if (!sw_select_compound(ps, out))
			return FALSE;
	}
}

gchar *
sw_select_to_xpath(const gchar *selector, GError **error)
{
	g_autoptr(GString) out = g_string_new(NULL);
	SwSelectParser ps = {selector, selector, error};

	g_return_val_if_fail(selector != NULL, NULL);

	if (!g_utf8_validate(selector, -1, NULL)) {
		g_set_error(error, SW_ERROR, SW_ERROR_INVALID_CONFIG,
			    "bad selector: not valid UTF-8");
		return NULL;
	}
	/* what XPath cannot hold, not even in a string literal */
	for (const gchar *p = selector; *p != '\0'; p = g_utf8_next_char(p)) {
		gunichar c = g_utf8_get_char(p);
		if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f || c == 0xFFFE ||
		    c == 0xFFFF) {
			g_set_error(error, SW_ERROR, SW_ERROR_INVALID_CONFIG,
				    "bad selector: control character U+%04X", c);
			return NULL;
		}
	}
	while (*ps.p == ' ')
		ps.p++;
	if (*ps.p == '/' || *ps.p == '(' || g_str_has_prefix(ps.p, "./"))
		return g_strdup(ps.p);
	for (;;) {
		while (*ps.p == ' ')
			ps.p++;
		if (!sw_select_complex(&ps, out))
			return NULL;
		if (*ps.p == '\0')
			break;
		ps.p++; /* , */
		g_string_append(out, " | ");
	}
	return g_string_free(g_steal_pointer(&out), FALSE);
}
