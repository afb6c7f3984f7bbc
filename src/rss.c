/* SPDX-License-Identifier: MIT
 *
 * Feeds in: the entries of an RSS or Atom feed, as pages to follow. The
 * feed is XML from a stranger, so libxml2 reads it with no entity
 * substitution, no DTD loading and no network, and only http(s) links
 * survive. An entry is known by its link with tracking parameters taken
 * off, so the same article shared with two campaigns is one page.
 */
#define G_LOG_DOMAIN "storywatch-rss"

#include "sw/rss.h"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <string.h>

#include "sw/error.h"

G_DEFINE_AUTOPTR_CLEANUP_FUNC(xmlDoc, xmlFreeDoc)

void
sw_rss_entry_free(SwRssEntry *entry)
{
	if (entry == NULL)
		return;
	g_free(entry->url);
	g_free(entry->title);
	g_free(entry);
}

static gboolean
sw_rss_is(xmlNode *n, const gchar *name)
{
	return n->type == XML_ELEMENT_NODE && g_strcmp0((const gchar *)n->name, name) == 0;
}

/* the text of @n, whitespace runs folded, NULL when empty */
static gchar *
sw_rss_text(xmlNode *n)
{
	xmlChar *raw = xmlNodeGetContent(n);
	g_auto(GStrv) words = NULL;
	gchar *out;

	if (raw == NULL)
		return NULL;
	words = g_strsplit_set((const gchar *)raw, " \t\r\n", -1);
	xmlFree(raw);
	{
		g_autoptr(GString) s = g_string_new(NULL);
		for (guint i = 0; words[i] != NULL; i++) {
			if (words[i][0] == '\0')
				continue;
			if (s->len > 0)
				g_string_append_c(s, ' ');
			g_string_append(s, words[i]);
		}
		out = s->len > 0 ? g_strdup(s->str) : NULL;
	}
	return out;
}

static gboolean
sw_rss_tracking_param(const gchar *key)
{
	static const gchar *const names[] = {"fbclid",	 "gclid", "dclid",   "msclkid", "mc_cid",
					     "mc_eid",	 "igshid", "_ga",    "ref_src", "cmpid",
					     "yclid",	 "twclid", NULL};
	return g_str_has_prefix(key, "utm_") || g_strv_contains(names, key);
}

gchar *
sw_rss_clean_url(const gchar *url)
{
	g_autoptr(GUri) uri = g_uri_parse(url, G_URI_FLAGS_ENCODED, NULL);
	g_autoptr(GString) query = NULL;
	const gchar *scheme;
	const gchar *q;

	if (uri == NULL)
		return NULL;
	scheme = g_uri_get_scheme(uri);
	if (g_strcmp0(scheme, "http") != 0 && g_strcmp0(scheme, "https") != 0)
		return NULL;
	/* "https:/x" parses, with no host: no page to fetch */
	if (g_uri_get_host(uri) == NULL || *g_uri_get_host(uri) == '\0')
		return NULL;
	q = g_uri_get_query(uri);
	if (q != NULL) {
		g_auto(GStrv) parts = g_strsplit(q, "&", -1);
		query = g_string_new(NULL);
		for (guint i = 0; parts[i] != NULL; i++) {
			g_autofree gchar *key = g_strndup(parts[i], strcspn(parts[i], "="));
			if (parts[i][0] == '\0' || sw_rss_tracking_param(key))
				continue;
			if (query->len > 0)
				g_string_append_c(query, '&');
			g_string_append(query, parts[i]);
		}
	}
	return g_uri_join(G_URI_FLAGS_ENCODED, scheme, g_uri_get_userinfo(uri), g_uri_get_host(uri),
			  g_uri_get_port(uri), g_uri_get_path(uri),
			  query != NULL && query->len > 0 ? query->str : NULL, NULL);
}

static void
sw_rss_add(GPtrArray *out, GHashTable *seen, const gchar *base, const gchar *link, gchar *title)
{
	g_autofree gchar *abs = NULL;
	g_autofree gchar *clean = NULL;
	SwRssEntry *e;

	if (link == NULL || out->len >= SW_RSS_MAX_ENTRIES) {
		g_free(title);
		return;
	}
	abs = g_uri_resolve_relative(base, link, G_URI_FLAGS_ENCODED, NULL);
	clean = abs != NULL ? sw_rss_clean_url(abs) : NULL;
	if (clean == NULL || g_hash_table_contains(seen, clean)) {
		g_free(title);
		return;
	}
	e = g_new0(SwRssEntry, 1);
	e->url = g_steal_pointer(&clean);
	e->title = title;
	g_hash_table_add(seen, e->url);
	g_ptr_array_add(out, e);
}

/* an RSS <item>: <link>, else a permalink <guid> */
static void
sw_rss_item(GPtrArray *out, GHashTable *seen, const gchar *base, xmlNode *item)
{
	g_autofree gchar *link = NULL;
	g_autofree gchar *guid = NULL;
	gchar *title = NULL;

	for (xmlNode *c = item->children; c != NULL; c = c->next) {
		if (sw_rss_is(c, "link") && link == NULL)
			link = sw_rss_text(c);
		else if (sw_rss_is(c, "guid") && guid == NULL) {
			xmlChar *perma = xmlGetProp(c, (const xmlChar *)"isPermaLink");
			if (perma == NULL || g_strcmp0((const gchar *)perma, "false") != 0)
				guid = sw_rss_text(c);
			xmlFree(perma);
		} else if (sw_rss_is(c, "title") && title == NULL)
			title = sw_rss_text(c);
	}
	sw_rss_add(out, seen, base, link != NULL ? link : guid, title);
}

/* an Atom <entry>: its rel="alternate" link (or one without rel) */
static void
sw_rss_atom_entry(GPtrArray *out, GHashTable *seen, const gchar *base, xmlNode *entry)
{
	g_autofree gchar *link = NULL;
	gchar *title = NULL;

	for (xmlNode *c = entry->children; c != NULL; c = c->next) {
		if (sw_rss_is(c, "link") && link == NULL) {
			xmlChar *rel = xmlGetProp(c, (const xmlChar *)"rel");
			xmlChar *href = xmlGetProp(c, (const xmlChar *)"href");
			if (href != NULL && (rel == NULL || g_strcmp0((const gchar *)rel, "alternate") == 0))
				link = g_strdup((const gchar *)href);
			xmlFree(rel);
			xmlFree(href);
		} else if (sw_rss_is(c, "title") && title == NULL)
			title = sw_rss_text(c);
	}
	sw_rss_add(out, seen, base, link, title);
}

GPtrArray *
sw_rss_parse(const gchar *data, gsize len, const gchar *base, GError **error)
{
	g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func((GDestroyNotify)sw_rss_entry_free);
	g_autoptr(GHashTable) seen = g_hash_table_new(g_str_hash, g_str_equal);
	g_autoptr(xmlDoc) doc = NULL;
	xmlNode *root;

	if (len > G_MAXINT) {
		g_set_error_literal(error, SW_ERROR, SW_ERROR_PERMANENT, "feed too large");
		return NULL;
	}
	/* no NOENT, no DTDLOAD: entities stay unexpanded, nothing is fetched */
	doc = xmlReadMemory(data, (int)len, base, NULL,
			    XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NOCDATA);
	root = doc != NULL ? xmlDocGetRootElement(doc) : NULL;
	if (root == NULL) {
		g_set_error_literal(error, SW_ERROR, SW_ERROR_PERMANENT, "not a feed (not XML)");
		return NULL;
	}
	if (sw_rss_is(root, "rss")) {
		for (xmlNode *ch = root->children; ch != NULL; ch = ch->next) {
			if (!sw_rss_is(ch, "channel"))
				continue;
			for (xmlNode *it = ch->children; it != NULL; it = it->next) {
				if (sw_rss_is(it, "item"))
					sw_rss_item(out, seen, base, it);
			}
		}
	} else if (sw_rss_is(root, "RDF")) {
		for (xmlNode *it = root->children; it != NULL; it = it->next) {
			if (sw_rss_is(it, "item"))
				sw_rss_item(out, seen, base, it);
		}
	} else if (sw_rss_is(root, "feed")) {
		for (xmlNode *it = root->children; it != NULL; it = it->next) {
			if (sw_rss_is(it, "entry"))
				sw_rss_atom_entry(out, seen, base, it);
		}
	} else {
		g_set_error(error, SW_ERROR, SW_ERROR_PERMANENT, "not a feed (<%s>)",
			    (const gchar *)root->name);
		return NULL;
	}
	return g_steal_pointer(&out);
}
