/* SPDX-License-Identifier: MIT
 *
 * Page bytes to UTF-8. Pages lie about their encoding and carry garbage,
 * so the charset is decided in a fixed order (BOM, HTTP header, strict
 * UTF-8, <meta>, Windows-1252) and decoding never fails: an undecodable
 * byte becomes U+FFFD and NUL bytes are dropped.
 */
#define G_LOG_DOMAIN "storywatch-charset"

#include "sw/charset.h"

#include <errno.h>
#include <string.h>

#define SW_CHARSET_META_WINDOW 4096

/* WHATWG: Latin-1 and ASCII labels mean Windows-1252 on the web */
static gchar *
sw_charset_normalize(const gchar *label)
{
	g_autofree gchar *l = g_ascii_strdown(label, -1);

	g_strstrip(l);
	if (*l == '\0' || strlen(l) > 40)
		return NULL;
	if (g_str_equal(l, "utf8") || g_str_equal(l, "utf-8") || g_str_equal(l, "unicode-1-1-utf-8"))
		return g_strdup("UTF-8");
	if (g_str_equal(l, "iso-8859-1") || g_str_equal(l, "iso8859-1") || g_str_equal(l, "latin1") ||
	    g_str_equal(l, "us-ascii") || g_str_equal(l, "ascii") || g_str_equal(l, "l1") ||
	    g_str_equal(l, "cp1252") || g_str_equal(l, "windows-1252") || g_str_equal(l, "x-cp1252"))
		return g_strdup("WINDOWS-1252");
	for (const gchar *p = l; *p != '\0'; p++) {
		if (!g_ascii_isalnum(*p) && *p != '-' && *p != '_' && *p != '.' && *p != ':')
			return NULL;
	}
	return g_ascii_strup(l, -1);
}

/* the charset a <meta> declares in the first bytes of the page, or NULL */
static gchar *
sw_charset_from_meta(const gchar *data, gsize len)
{
	gsize n = MIN(len, SW_CHARSET_META_WINDOW);
	g_autofree gchar *head = g_ascii_strdown(data, n);
	const gchar *p = head;

	/* a NUL ends the window: pages with NULs in their head get no meta */
	while ((p = g_strstr_len(p, n - (p - head), "charset")) != NULL) {
		const gchar *q = p + 7;
		const gchar *end = head + n;
		gsize l = 0;

		while (q < end && (*q == ' ' || *q == '\t'))
			q++;
		if (q >= end || *q != '=') {
			p = q;
			continue;
		}
		q++;
		while (q < end && (*q == ' ' || *q == '"' || *q == '\''))
			q++;
		while (q + l < end && (g_ascii_isalnum(q[l]) || q[l] == '-' || q[l] == '_' ||
				       q[l] == '.' || q[l] == ':'))
			l++;
		if (l > 0) {
			g_autofree gchar *label = g_strndup(q, l);
			return sw_charset_normalize(label);
		}
		p = q;
	}
	return NULL;
}

static void
sw_charset_append_utf8_clean(GString *out, const gchar *data, gsize len)
{
	const gchar *p = data;
	const gchar *end = data + len;

	/* copy valid runs, replace each invalid byte, drop NULs */
	while (p < end) {
		const gchar *bad = NULL;
		if (g_utf8_validate(p, end - p, &bad)) {
			g_string_append_len(out, p, end - p);
			break;
		}
		g_string_append_len(out, p, bad - p);
		if (*bad != '\0')
			g_string_append(out, "\xEF\xBF\xBD");
		p = bad + 1;
	}
}

static gboolean
sw_charset_convert(GString *out, const gchar *data, gsize len, const gchar *charset)
{
	GIConv cd = g_iconv_open("UTF-8", charset);
	gchar buf[8192];
	gchar *in = (gchar *)data;
	gsize inleft = len;

	if (cd == (GIConv)-1)
		return FALSE;
	while (inleft > 0) {
		gchar *o = buf;
		gsize oleft = sizeof(buf);
		gsize r = g_iconv(cd, &in, &inleft, &o, &oleft);
		sw_charset_append_utf8_clean(out, buf, o - buf);
		if (r == (gsize)-1) {
			if (errno == E2BIG)
				continue;
			/* EILSEQ or a truncated sequence at the end: skip one byte */
			g_string_append(out, "\xEF\xBF\xBD");
			in++;
			inleft--;
		}
	}
	g_iconv_close(cd);
	return TRUE;
}

gchar *
sw_charset_to_utf8(const gchar *data, gsize len, const gchar *http_charset, gchar **out_charset)
{
	g_autoptr(GString) out = g_string_sized_new(len + 16);
	g_autofree gchar *charset = NULL;
	const guchar *u = (const guchar *)data;
	gboolean converted = FALSE;
	gboolean valid = FALSE; /* valid UTF-8 and no NUL: copied as it is */

	if (len >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF) {
		charset = g_strdup("UTF-8");
		data += 3;
		len -= 3;
	} else if (len >= 2 && u[0] == 0xFF && u[1] == 0xFE) {
		charset = g_strdup("UTF-16LE");
		data += 2;
		len -= 2;
	} else if (len >= 2 && u[0] == 0xFE && u[1] == 0xFF) {
		charset = g_strdup("UTF-16BE");
		data += 2;
		len -= 2;
	}
	if (charset == NULL && http_charset != NULL)
		charset = sw_charset_normalize(http_charset);
	if (charset == NULL && (valid = g_utf8_validate(data, len, NULL)))
		charset = g_strdup("UTF-8");
	if (charset == NULL)
		charset = sw_charset_from_meta(data, len);
	if (charset == NULL)
		charset = g_strdup("WINDOWS-1252");

	if (!g_str_equal(charset, "UTF-8")) {
		converted = sw_charset_convert(out, data, len, charset);
		if (!converted) {
			/* an encoding iconv does not know: the web's default */
			g_free(charset);
			charset = g_strdup("WINDOWS-1252");
			converted = sw_charset_convert(out, data, len, charset);
		}
	}
	if (!converted && valid)
		g_string_append_len(out, data, len);
	else if (!converted)
		sw_charset_append_utf8_clean(out, data, len);
	if (out_charset != NULL)
		*out_charset = g_steal_pointer(&charset);
	return g_string_free(g_steal_pointer(&out), FALSE);
}
