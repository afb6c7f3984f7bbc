/* SPDX-License-Identifier: MIT
 *
 * Finds the story in a news page: headline, byline, dates and the body's
 * paragraphs, without the page's furniture (menus, ads, share bars,
 * "Most Popular", comments, cookie banners). The only module that touches
 * libxml2's HTML parser and XPath.
 *
 * The method: metadata first (OpenGraph, article:* and itemprop), then the
 * body. A watch's selector, when it has one, names the body; otherwise
 * furniture is removed by tag, class/id and visibility, paragraphs are
 * scored by length and punctuation into their ancestors, and the best
 * ancestor (weighed by link density) with its related siblings is the
 * body. A guard falls back to all good paragraphs when the choice would
 * throw away most of the page's prose.
 */
#define G_LOG_DOMAIN "storywatch-extract"

#include "sw/extract.h"

#include <libxml/HTMLparser.h>
#include <libxml/xpath.h>
#include <string.h>

#include "sw/charset.h"
#include "sw/error.h"
#include "sw/json.h"
#include "sw/select.h"
#include "sw/text.h"
#include "sw/regex.h"

G_DEFINE_AUTOPTR_CLEANUP_FUNC(xmlDoc, xmlFreeDoc)
G_DEFINE_AUTOPTR_CLEANUP_FUNC(xmlXPathContext, xmlXPathFreeContext)
G_DEFINE_AUTOPTR_CLEANUP_FUNC(xmlXPathObject, xmlXPathFreeObject)
G_DEFINE_AUTOPTR_CLEANUP_FUNC(xmlXPathCompExpr, xmlXPathFreeCompExpr)

/* deeper trees are cut: hostile pages nest thousands of elements */
#define SW_EXTRACT_MAX_DEPTH 400
/* a paragraph must have this many characters to vote for its container */
#define SW_EXTRACT_MIN_PARA 25
/* bytes of story under which a second, gentler attempt is made */
#define SW_EXTRACT_RETRY_BELOW 500

typedef struct {
	xmlDoc *doc;
	const SwExtractOptions *opts;
	GHashTable *scores; /* xmlNode* -> gdouble* */
	gsize body_text;    /* characters of text in <body> after cleaning */
	gchar *ld_body;	    /* JSON-LD articleBody, nullable */
	gboolean class_weights; /* let class and id hints score */
} SwExtract;

/* ---- small DOM helpers ---- */

static const gchar *
sw_extract_attr(xmlNode *node, const gchar *name)
{
	for (xmlAttr *a = node->properties; a != NULL; a = a->next) {
		if (g_ascii_strcasecmp((const gchar *)a->name, name) == 0) {
			if (a->children != NULL && a->children->type == XML_TEXT_NODE)
				return (const gchar *)a->children->content;
			return "";
		}
	}
	return NULL;
}

static gboolean
sw_extract_is(xmlNode *node, const gchar *tag)
{
	return node->type == XML_ELEMENT_NODE && g_ascii_strcasecmp((const gchar *)node->name, tag) == 0;
}

static gboolean
sw_extract_is_any(xmlNode *node, const gchar *const *tags)
{
	if (node->type != XML_ELEMENT_NODE)
		return FALSE;
	for (guint i = 0; tags[i] != NULL; i++) {
		if (g_ascii_strcasecmp((const gchar *)node->name, tags[i]) == 0)
			return TRUE;
	}
	return FALSE;
}

static const gchar *const sw_extract_block_tags[] = {
    "p",	  "div",	"section", "article", "main",	    "h1",     "h2",
    "h3",	  "h4",		"h5",	   "h6",      "li",	    "ul",     "ol",
    "blockquote", "pre",	"dl",	   "dd",      "dt",	    "table",  "tr",
    "td",	  "th",		"figure",  "figcaption", "header",  "footer", "aside",
    "nav",	  "address",	"hr",	   "tbody",   "thead",	    "center", NULL,
};

static gboolean
sw_extract_is_block(xmlNode *node)
{
	return sw_extract_is_any(node, sw_extract_block_tags);
}

/* characters of text under @node; @links gets those inside <a> */
static gsize
sw_extract_text_len(xmlNode *node, gsize *links, gboolean in_link, guint depth)
{
	gsize n = 0;

	if (depth > SW_EXTRACT_MAX_DEPTH)
		return 0;
	for (xmlNode *c = node->children; c != NULL; c = c->next) {
		if (c->type == XML_TEXT_NODE && c->content != NULL) {
			gsize l = 0;
			for (const xmlChar *p = c->content; *p != '\0'; p++) {
				if (!g_ascii_isspace(*p) && (*p & 0xC0) != 0x80)
					l++;
			}
			n += l;
			if (in_link && links != NULL)
				*links += l;
		} else if (c->type == XML_ELEMENT_NODE) {
			n += sw_extract_text_len(c, links, in_link || sw_extract_is(c, "a"), depth + 1);
		}
	}
	return n;
}

static gdouble
sw_extract_link_density(xmlNode *node)
{
	gsize links = 0;
	gsize n = sw_extract_text_len(node, &links, FALSE, 0);
	return n > 0 ? (gdouble)links / (gdouble)n : 0.0;
}

/* visible text of @node, whitespace collapsed */
static void
sw_extract_append_text(xmlNode *node, GString *out, guint depth)
{
	if (depth > SW_EXTRACT_MAX_DEPTH)
		return;
	for (xmlNode *c = node->children; c != NULL; c = c->next) {
		if (c->type == XML_TEXT_NODE && c->content != NULL)
			g_string_append(out, (const gchar *)c->content);
		else if (c->type == XML_ELEMENT_NODE) {
			if (sw_extract_is(c, "script") || sw_extract_is(c, "style"))
				continue;
			if (sw_extract_is_block(c) || sw_extract_is(c, "br"))
				g_string_append_c(out, ' ');
			sw_extract_append_text(c, out, depth + 1);
		}
	}
}

static gchar *
sw_extract_node_text(xmlNode *node)
{
	g_autoptr(GString) s = g_string_new(NULL);
	sw_extract_append_text(node, s, 0);
	return sw_text_normalize_space(s->str);
}

/* the first element in @node that passes @test, depth-first */
static xmlNode *
sw_extract_find_element(xmlNode *node, gboolean (*test)(xmlNode *, gconstpointer), gconstpointer data, guint depth)
{
	if (depth > SW_EXTRACT_MAX_DEPTH)
		return NULL;
	for (xmlNode *c = node->children; c != NULL; c = c->next) {
		xmlNode *hit;
		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (test(c, data))
			return c;
		if ((hit = sw_extract_find_element(c, test, data, depth + 1)) != NULL)
			return hit;
	}
	return NULL;
}

static gboolean
sw_extract_is_tag(xmlNode *node, gconstpointer tag)
{
	return sw_extract_is(node, tag);
}

/* the first @tag element in @node, depth-first */
static xmlNode *
sw_extract_find_first(xmlNode *node, const gchar *tag, guint depth)
{
	return sw_extract_find_element(node, sw_extract_is_tag, tag, depth);
}

static xmlNode *
sw_extract_body(xmlDoc *doc)
{
	xmlNode *root = xmlDocGetRootElement(doc);
	xmlNode *body;

	if (root == NULL)
		return NULL;
	body = sw_extract_find_first(root, "body", 0);
	return body != NULL ? body : root;
}

/* ---- class and id hints ---- */

static GRegex *sw_extract_re_strong_junk;
static GRegex *sw_extract_re_content;
static GRegex *sw_extract_re_weak_junk;
static GRegex *sw_extract_re_positive;
static GRegex *sw_extract_re_boilerplate;
static GRegex *sw_extract_re_dateline;

static void
sw_extract_init_patterns(void)
{
	static gsize once = 0;

	if (!g_once_init_enter(&once))
		return;
	/* furniture whatever else the element says it is; matched against
	 * each class or id token, as a whole word of it */
	sw_extract_re_strong_junk = g_regex_new(
	    "(^|[_-])(comments?|comment-?list|disqus|share|shares|sharing|sharebar|social|"
	    "related|relatedposts|related-?(posts|stories|articles|links|content|items)|newsletter|cookies?|consent|gdpr|promo|promos|advert\\w*|ads?|adslot|"
	    "ad-?container|dfp|outbrain|taboola|popular|trending|recommend\\w*|most-?read|"
	    "mostread|subscribe|subscription|signup|sign-up|sponsor\\w*|paywall|read-?more|"
	    "load-?more|breadcrumbs?|byline|author-?bio|captions?|credits?|tags?|modal|popup|"
	    "toolbar|print|skip-?link|visually-hidden|sr-only|screen-reader-text)([_-]|$)",
	    G_REGEX_CASELESS | SW_REGEX_OPTIMIZE, 0, NULL);
	/* an element that says plainly it is the article's text */
	sw_extract_re_content = g_regex_new(
	    "^(hentry|h-entry|entry-?content|entry-?body|post-?content|post-?body|post-?text|"
	    "article-?body|article-?content|article-?text|articlebody|story-?body|story-?content|"
	    "story-?text|body-?text|main-?content|content-?body|text-?body)$",
	    G_REGEX_CASELESS | SW_REGEX_OPTIMIZE, 0, NULL);
	/* furniture unless the element also says it is content */
	sw_extract_re_weak_junk = g_regex_new(
	    "header|footer|foot|masthead|menu|nav|sidebar|side-bar|widget|banner|extra|"
	    "combx|community|pager|pagination|rss|skyscraper|supplement|meta|aside|hidden|"
	    "legends|remark|replies|shoutbox|agegate|cover-wrap",
	    G_REGEX_CASELESS | SW_REGEX_OPTIMIZE, 0, NULL);
	sw_extract_re_positive = g_regex_new(
	    "article|body|content|entry|hentry|h-entry|main|post|text|blog|story",
	    G_REGEX_CASELESS | SW_REGEX_OPTIMIZE, 0, NULL);
	/* short paragraphs that are page furniture by their words alone */
	sw_extract_re_boilerplate = g_regex_new(
	    "^(advertisement|advertisements?|sponsored( content)?|read more\\b.*|load more\\b.*|"
	    "show more|continue reading\\b.*|share (this|on)\\b.*|share|tweet|email|print|"
	    "follow us\\b.*|sign up\\b.*|subscribe\\b.*|most popular|what's hot|trending( now)?|"
	    "related( stories| articles| coverage)?:?.*|recommended( for you)?|click here\\b.*|"
	    "(photo|photograph|image|picture|pictured|video|illustration|credit)( credit| copyright| caption)?:.*|"
	    "(photo|image|picture) (copyright|caption|credit)\\b.*|getty images|leave a (reply|comment)|"
	    "comments?|\\d+ comments?|join (our|the) (community|conversation)\\b.*|"
	    "skip to (main )?content|back to top|cookie.*|we use cookies\\b.*|"
	    "accept( all)?( cookies)?|advertisement - scroll to continue)[.!]?$",
	    G_REGEX_CASELESS | SW_REGEX_OPTIMIZE, 0, NULL);
	/* a line that is only a date, a time or a byline */
	sw_extract_re_dateline = g_regex_new(
	    "^((updated|published|posted|last (updated|modified)|modified)\\b.{0,60}|"
	    "by [^.]{1,60}|\\d{1,2}:\\d{2}( ?[ap]\\.?m\\.?)?( [a-z]{2,4})?)$",
	    G_REGEX_CASELESS | SW_REGEX_OPTIMIZE, 0, NULL);
	/* fixed patterns: failing to compile one is a bug, not bad input */
	g_assert(sw_extract_re_strong_junk != NULL && sw_extract_re_content != NULL &&
		 sw_extract_re_weak_junk != NULL && sw_extract_re_positive != NULL &&
		 sw_extract_re_boilerplate != NULL && sw_extract_re_dateline != NULL);
	g_once_init_leave(&once, 1);
}

static gchar *
sw_extract_class_id(xmlNode *node)
{
	const gchar *cls = sw_extract_attr(node, "class");
	const gchar *id = sw_extract_attr(node, "id");
	if (cls == NULL && id == NULL)
		return NULL;
	return g_strdup_printf("%s %s", cls != NULL ? cls : "", id != NULL ? id : "");
}

static gboolean
sw_extract_is_hidden(xmlNode *node)
{
	const gchar *style = sw_extract_attr(node, "style");
	const gchar *aria = sw_extract_attr(node, "aria-hidden");

	if (sw_extract_attr(node, "hidden") != NULL)
		return TRUE;
	if (aria != NULL && g_ascii_strcasecmp(aria, "true") == 0)
		return TRUE;
	if (style != NULL) {
		g_autofree gchar *s = g_ascii_strdown(style, -1);
		if (strstr(s, "display:none") != NULL || strstr(s, "display: none") != NULL ||
		    strstr(s, "visibility:hidden") != NULL || strstr(s, "visibility: hidden") != NULL)
			return TRUE;
	}
	return FALSE;
}

/* ---- cleaning ---- */

/* never part of a story's text */
static const gchar *const sw_extract_drop_tags[] = {
    "script", "style",	"noscript", "template", "iframe", "object", "embed", "svg",
    "canvas", "video",	"audio",    "map",	"button", "input",  "select", "textarea",
    "dialog", "picture", "img",	    "link",	"meta",	  "head",   "source", NULL,
};
/* furniture by nature, unless they hold most of the page's text */
static const gchar *const sw_extract_furniture_tags[] = {
    "nav", "aside", "footer", "header", "menu", "form", NULL,
};

typedef enum {
	SW_CLEAN_KEEP,
	SW_CLEAN_DROP,	  /* unconditionally */
	SW_CLEAN_GUARDED, /* drop unless it holds much of the text */
} SwCleanVerdict;

typedef enum {
	SW_CLEAN_MODE_BASIC,	/* only what is never text: scripts, hidden, ... */
	SW_CLEAN_MODE_SELECTED, /* inside the user's selection: furniture tags too */
	SW_CLEAN_MODE_AUTO,	/* furniture by tag and class, guarded by text share */
	SW_CLEAN_MODE_STRONG,	/* as AUTO, but only classes that are plainly furniture */
} SwCleanMode;

static SwCleanVerdict
sw_extract_judge(SwExtract *ex, xmlNode *node, SwCleanMode mode)
{
	g_autofree gchar *ci = NULL;

	if (sw_extract_is_any(node, sw_extract_drop_tags))
		return SW_CLEAN_DROP;
	if (!ex->opts->captions && (sw_extract_is(node, "figcaption") || sw_extract_is(node, "figure")))
		return SW_CLEAN_DROP;
	if (sw_extract_is_hidden(node))
		return SW_CLEAN_DROP;
	if (sw_extract_is_any(node, sw_extract_furniture_tags))
		return SW_CLEAN_GUARDED;
	if (sw_extract_is(node, "body") || sw_extract_is(node, "html") || sw_extract_is(node, "a"))
		return SW_CLEAN_KEEP;
	{
		const gchar *role = sw_extract_attr(node, "role");
		if (role != NULL && (g_str_equal(role, "navigation") || g_str_equal(role, "banner") ||
				     g_str_equal(role, "complementary") ||
				     g_str_equal(role, "contentinfo") || g_str_equal(role, "dialog")))
			return SW_CLEAN_GUARDED;
	}
	if (mode != SW_CLEAN_MODE_AUTO && mode != SW_CLEAN_MODE_STRONG)
		return SW_CLEAN_KEEP;
	/* the article's own element is never furniture by its classes
	 * (WordPress tags every post with tag-* and category-*) */
	if (sw_extract_is(node, "article") || sw_extract_is(node, "main"))
		return SW_CLEAN_KEEP;
	ci = sw_extract_class_id(node);
	if (ci == NULL)
		return SW_CLEAN_KEEP;
	{
		g_auto(GStrv) tokens = g_strsplit_set(ci, " \t\n", -1);
		const gchar *ip = sw_extract_attr(node, "itemprop");
		gboolean strong = FALSE;

		if (ip != NULL && g_ascii_strcasecmp(ip, "articleBody") == 0)
			return SW_CLEAN_KEEP;
		for (guint i = 0; tokens[i] != NULL; i++) {
			guint parts = 1;
			if (tokens[i][0] == '\0')
				continue;
			/* "sharing-with-a-single-developer" is a heading's slug, not a hint */
			for (const gchar *p = tokens[i]; *p != '\0'; p++)
				parts += *p == '-' || *p == '_';
			if (parts > 4)
				continue;
			if (g_regex_match(sw_extract_re_content, tokens[i], 0, NULL))
				return SW_CLEAN_KEEP;
			if (g_regex_match(sw_extract_re_strong_junk, tokens[i], 0, NULL))
				strong = TRUE;
		}
		if (strong)
			return SW_CLEAN_GUARDED;
	}
	/* no guard: a wrapper mislabelled this way leaves the first attempt
	 * short, and the second one keeps it */
	if (mode == SW_CLEAN_MODE_AUTO && g_regex_match(sw_extract_re_weak_junk, ci, 0, NULL) &&
	    !g_regex_match(sw_extract_re_positive, ci, 0, NULL))
		return SW_CLEAN_DROP;
	return SW_CLEAN_KEEP;
}

static void
sw_extract_debug_node(const gchar *what, xmlNode *node)
{
	g_autofree gchar *ci = NULL;
	g_autofree gchar *text = NULL;

	if (g_log_writer_default_would_drop(G_LOG_LEVEL_DEBUG, G_LOG_DOMAIN))
		return;
	ci = sw_extract_class_id(node);
	text = sw_extract_node_text(node);
	g_debug("%s <%s %s> %zu chars: %.60s", what, node->name, ci != NULL ? ci : "",
		strlen(text), text);
}

static void
sw_extract_clean(SwExtract *ex, xmlNode *node, SwCleanMode mode, guint depth)
{
	xmlNode *next;

	for (xmlNode *c = node->children; c != NULL; c = next) {
		next = c->next;
		if (c->type == XML_COMMENT_NODE || c->type == XML_PI_NODE ||
		    c->type == XML_CDATA_SECTION_NODE) {
			xmlUnlinkNode(c);
			xmlFreeNode(c);
			continue;
		}
		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (depth > SW_EXTRACT_MAX_DEPTH) {
			xmlUnlinkNode(c);
			xmlFreeNode(c);
			continue;
		}
		switch (sw_extract_judge(ex, c, mode)) {
		case SW_CLEAN_DROP:
			xmlUnlinkNode(c);
			xmlFreeNode(c);
			continue;
		case SW_CLEAN_GUARDED:
			if (mode == SW_CLEAN_MODE_BASIC)
				break;
			/* a wrapper mislabelled as furniture must not take the story */
			if (mode == SW_CLEAN_MODE_SELECTED ||
			    sw_extract_text_len(c, NULL, FALSE, 0) * 10 < ex->body_text * 4) {
				sw_extract_debug_node("dropped", c);
				xmlUnlinkNode(c);
				xmlFreeNode(c);
				continue;
			}
			break;
		case SW_CLEAN_KEEP:
			break;
		}
		sw_extract_clean(ex, c, mode, depth + 1);
	}
}

/* ---- metadata ---- */

/* every <meta> of the page, keyed by its lowercased property, name or
 * itemprop (each word of a space-separated list); the first one wins */
static void
sw_extract_collect_meta(xmlNode *node, GHashTable *meta, guint depth)
{
	static const gchar *const attrs[] = {"property", "name", "itemprop", NULL};

	if (depth > SW_EXTRACT_MAX_DEPTH)
		return;
	for (xmlNode *c = node->children; c != NULL; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (sw_extract_is(c, "meta")) {
			const gchar *content = sw_extract_attr(c, "content");
			if (content == NULL || *content == '\0')
				continue;
			for (guint a = 0; attrs[a] != NULL; a++) {
				const gchar *keys = sw_extract_attr(c, attrs[a]);
				g_auto(GStrv) words = NULL;
				if (keys == NULL)
					continue;
				words = g_strsplit_set(keys, " \t\n", -1);
				for (guint i = 0; words[i] != NULL; i++) {
					gchar *k = g_ascii_strdown(words[i], -1);
					/* "DC.Title" and "dc:title" are one key */
					if (g_str_has_prefix(k, "dc.") || g_str_has_prefix(k, "dcterm.") ||
					    g_str_has_prefix(k, "dcterms."))
						*strchr(k, '.') = ':';
					if (*k == '\0' || g_hash_table_contains(meta, k))
						g_free(k);
					else
						g_hash_table_insert(meta, k, g_strdup(content));
				}
			}
			continue;
		}
		sw_extract_collect_meta(c, meta, depth + 1);
	}
}

static const gchar *
sw_extract_meta(GHashTable *meta, const gchar *const *names)
{
	for (guint i = 0; names[i] != NULL; i++) {
		const gchar *v = g_hash_table_lookup(meta, names[i]);
		if (v != NULL && *v != '\0')
			return v;
	}
	return NULL;
}

/* JSON-LD scripts, before cleaning drops them */
static void
sw_extract_collect_ld(xmlNode *node, SwJsonLd *ld, guint depth)
{
	if (depth > SW_EXTRACT_MAX_DEPTH)
		return;
	for (xmlNode *c = node->children; c != NULL; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (sw_extract_is(c, "script")) {
			const gchar *type = sw_extract_attr(c, "type");
			if (type != NULL && g_ascii_strcasecmp(type, "application/ld+json") == 0) {
				xmlChar *text = xmlNodeGetContent(c);
				if (text != NULL)
					sw_json_ld_parse((const gchar *)text, ld);
				xmlFree(text);
			}
			continue;
		}
		sw_extract_collect_ld(c, ld, depth + 1);
	}
}

/* does @node carry itemprop=@prop? */
static gboolean
sw_extract_has_itemprop(xmlNode *node, gconstpointer prop)
{
	const gchar *ip = sw_extract_attr(node, "itemprop");

	return ip != NULL && g_ascii_strcasecmp(ip, prop) == 0;
}

/* is the class word @w one that names the author where the story's
 * byline goes ("author", "author-name", "article-author"), not a box
 * about them ("author-bio", "about-author", "author-avatar")? */
static gboolean
sw_extract_is_author_class(const gchar *w)
{
	static const gchar *const about[] = {"bio", "about", "info", "avatar", "image", "img", "photo", "box", "card"};
	g_autofree gchar *low = g_ascii_strdown(w, -1);

	if (!g_str_equal(low, "author") && !g_str_equal(low, "authors") && !g_str_has_prefix(low, "author-name") &&
	    !g_str_has_prefix(low, "author_name") && !g_str_has_suffix(low, "-author") && !g_str_has_suffix(low, "_author"))
		return FALSE;
	for (guint i = 0; i < G_N_ELEMENTS(about); i++) {
		if (strstr(low, about[i]) != NULL)
			return FALSE;
	}
	return TRUE;
}

/* does the page mark @node as its byline without metadata: rel="author",
 * or a class word that says "byline" ("byline", "article-byline")? */
static gboolean
sw_extract_marks_byline(xmlNode *node, gconstpointer unused G_GNUC_UNUSED)
{
	const gchar *rel = sw_extract_attr(node, "rel");
	const gchar *cls = sw_extract_attr(node, "class");

	return (rel != NULL && g_ascii_strcasecmp(rel, "author") == 0) || (cls != NULL && strstr(cls, "byline") != NULL);
}

/* or by a class word that names the author ("author", "author-name")? */
static gboolean
sw_extract_marks_author(xmlNode *node, gconstpointer unused G_GNUC_UNUSED)
{
	const gchar *cls = sw_extract_attr(node, "class");
	g_auto(GStrv) words = NULL;

	if (cls == NULL || strstr(cls, "uthor") == NULL)
		return FALSE;
	words = g_strsplit_set(cls, " \t\n", -1);
	for (guint i = 0; words[i] != NULL; i++) {
		if (sw_extract_is_author_class(words[i]))
			return TRUE;
	}
	return FALSE;
}

/* does @names read as people's or an agency's names: one to five words,
 * each capitalised but for the words that join names ("Ann Lee and Tom
 * Hart", "AFP", "Ludwig van Beethoven"), nothing in brackets? An element
 * a page calls "author" may hold a user's handle, a form's label or a
 * related story's title */
static gboolean
sw_extract_is_name_shaped(const gchar *names)
{
	static const gchar *const joins[] = {"and", "de", "van", "von", "der", "den", "da", "di", "du", "la", "le", "bin", "al", "el", NULL};
	g_auto(GStrv) words = g_strsplit(names, " ", -1);
	guint n = g_strv_length(words);

	if (n == 0 || n > 5 || strpbrk(names, "()[]") != NULL)
		return FALSE;
	for (guint i = 0; i < n; i++) {
		if (!g_unichar_isupper(g_utf8_get_char(words[i])) && !g_strv_contains(joins, words[i]))
			return FALSE;
	}
	return TRUE;
}

/* the names of a byline element's text, which often goes on to the time
 * and the place ("Dan Goodin - Apr 16, 2015 8:02 pm UTC", "Kevin
 * Johnson USA TODAY Published 7:07 PM", "Ann Lee • 8h", whose hours
 * would change with every fetch): cut at the first digit, month, weekday,
 * bullet, bar, dash or word of publishing, a leading "By" or "Written
 * by" dropped; NULL when no name is left */
static gchar *
sw_extract_byline_names(const gchar *text)
{
	static GRegex *re = NULL;
	static gsize once = 0;
	g_autoptr(GMatchInfo) m = NULL;
	g_autofree gchar *flat = sw_text_normalize_space(text);
	gchar *names;

	if (g_once_init_enter(&once)) {
		re = g_regex_new("^(?:(?:written\\s+)?by\\s+)?(.*?)\\s*(?:\\d|\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|"
				 "oct|nov|dec)[a-z]*\\.?\\s+\\d|[•|·—–]|\\s-\\s|\\b(?:published|updated|posted|"
				 "last\\s+updated|edited\\s+by|monday|tuesday|wednesday|thursday|friday|saturday|"
				 "sunday)\\b|$)",
				 G_REGEX_CASELESS, 0, NULL);
		g_once_init_leave(&once, 1);
	}
	if (!g_regex_match(re, flat, 0, &m))
		return NULL;
	names = g_strstrip(g_match_info_fetch(m, 1));
	/* the comma before a cut date: "Jeff Foust, Monday" */
	for (gsize n = strlen(names); n > 0 && strchr(",;:", names[n - 1]) != NULL; n--)
		names[n - 1] = '\0';
	if (*names == '\0' || strlen(names) >= 120) {
		g_free(names);
		return NULL;
	}
	return names;
}

/* the names of @text, which only may be a byline, when they read as
 * names (sw_extract_is_name_shaped); NULL otherwise */
static gchar *
sw_extract_shaped_names(const gchar *text)
{
	g_autofree gchar *names = sw_extract_byline_names(text);

	return names != NULL && sw_extract_is_name_shaped(names) ? g_steal_pointer(&names) : NULL;
}

/* dates as pages write them in metadata ("2014-10-24", "2014-10-24T10:30Z",
 * "2017-11-03 03:01:00.000000", "...+0100"), as ISO 8601; NULL for
 * anything else */
static gchar *
sw_extract_iso_date(const gchar *text)
{
	static GRegex *re = NULL;
	static gsize once = 0;
	g_autoptr(GMatchInfo) m = NULL;
	gint v[6] = {0};
	g_autofree gchar *tz = NULL;

	if (text == NULL)
		return NULL;
	if (g_once_init_enter(&once)) {
		re = g_regex_new("^\\s*(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})"
				 "(?::(\\d{2})(?:[.,]\\d+)?)?)?\\s*(Z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?",
				 G_REGEX_CASELESS, 0, NULL);
		g_once_init_leave(&once, 1);
	}
	if (!g_regex_match(re, text, 0, &m))
		return NULL;
	for (guint i = 0; i < 6; i++) {
		g_autofree gchar *g = g_match_info_fetch(m, (gint)i + 1);
		v[i] = g != NULL && *g != '\0' ? atoi(g) : -1;
	}
	if (!g_date_valid_dmy((GDateDay)v[2], (GDateMonth)v[1], (GDateYear)v[0]))
		return NULL;
	if (v[3] < 0)
		return g_strdup_printf("%04d-%02d-%02d", v[0], v[1], v[2]);
	if (v[3] > 23 || v[4] > 59 || v[5] > 60)
		return NULL;
	tz = g_match_info_fetch(m, 7);
	if (tz != NULL && (g_ascii_toupper(*tz) == 'Z' || g_ascii_toupper(*tz) == 'U' ||
			   g_ascii_toupper(*tz) == 'G')) {
		g_free(tz);
		tz = g_strdup("Z");
	} else if (tz != NULL && *tz != '\0') {
		/* +01, +0100 and +01:00 all become +01:00 */
		gchar digits[5] = {0};
		gchar sign = tz[0];
		guint n = 0;
		for (const gchar *p = tz + 1; *p != '\0' && n < 4; p++) {
			if (g_ascii_isdigit(*p))
				digits[n++] = *p;
		}
		while (n < 4)
			digits[n++] = '0';
		g_free(tz);
		tz = g_strdup_printf("%c%c%c:%c%c", sign, digits[0], digits[1], digits[2], digits[3]);
	}
	return g_strdup_printf("%04d-%02d-%02dT%02d:%02d:%02d%s", v[0], v[1], v[2], v[3], v[4],
			       MAX(v[5], 0), tz != NULL ? tz : "");
}

static guint
sw_extract_word_count(const gchar *s)
{
	guint n = 0;
	gboolean in = FALSE;

	for (const gchar *p = s; *p != '\0'; p++) {
		gboolean space = g_ascii_isspace(*p);
		if (!space && !in)
			n++;
		in = !space;
	}
	return n;
}

static gboolean
sw_extract_is_title_sep(gchar c)
{
	return c == '|' || c == '-' || c == '\\' || c == '/' || c == '>';
}

/* the position of a " X " separator in @t at or after @from, or NULL;
 * "»" counts too */
static const gchar *
sw_extract_find_sep(const gchar *t, const gchar *from, gsize *out_len)
{
	for (const gchar *p = from; *p != '\0'; p++) {
		if (p > t && p[-1] == ' ' && sw_extract_is_title_sep(*p) && p[1] == ' ') {
			*out_len = 1;
			return p;
		}
		if (p > t && p[-1] == ' ' && g_str_has_prefix(p, "»") && p[2] == ' ') {
			*out_len = 2;
			return p;
		}
		/* en and em dashes separate, but say nothing of hierarchy */
		if (p > t && p[-1] == ' ' && (g_str_has_prefix(p, "–") || g_str_has_prefix(p, "—")) &&
		    p[3] == ' ') {
			*out_len = 3;
			return p;
		}
	}
	return NULL;
}

/* is @text, all of it, the first <h1> of @body? */
static gboolean
sw_extract_is_heading(xmlNode *body, const gchar *text)
{
	xmlNode *h1 = body != NULL ? sw_extract_find_first(body, "h1", 0) : NULL;
	g_autofree gchar *ht = h1 != NULL ? sw_extract_node_text(h1) : NULL;
	g_autofree gchar *norm = ht != NULL ? sw_text_normalize_space(ht) : NULL;

	return norm != NULL && *norm != '\0' && g_utf8_collate(norm, text) == 0;
}

/* the headline from the document's <title>, when no metadata names one:
 * drop a site name after the last separator (or before the first, when
 * that leaves too little), and keep the whole title when what is left is
 * too short to stand alone */
static gchar *
sw_extract_title_from_doc(const gchar *orig, xmlNode *body)
{
	g_autofree gchar *cur = g_strdup(orig);
	gboolean hierarchical = FALSE;
	gsize sl = 0;
	const gchar *sep = sw_extract_find_sep(orig, orig, &sl);
	gsize first_len = sl;

	if (sep != NULL) {
		const gchar *last = sep;
		gsize last_len = sl;
		const gchar *p = sep;
		for (const gchar *q = sep; q != NULL; q = sw_extract_find_sep(orig, p + 1, &sl)) {
			p = q;
			last = q;
			last_len = sl;
			if (*q == '\\' || *q == '/' || *q == '>' || sl == 2)
				hierarchical = TRUE;
		}
		(void)last_len;
		g_free(cur);
		cur = g_strstrip(g_strndup(orig, last - orig));
		if (sw_extract_word_count(cur) < 3) {
			g_free(cur);
			cur = g_strstrip(g_strdup(sep + first_len));
		}
	} else if (strstr(orig, ": ") != NULL) {
		gboolean exact = FALSE;
		const gchar *const hs[] = {"h1", "h2", NULL};
		for (guint i = 0; hs[i] != NULL && body != NULL && !exact; i++) {
			xmlNode *h = sw_extract_find_first(body, hs[i], 0);
			if (h != NULL) {
				g_autofree gchar *ht = sw_extract_node_text(h);
				exact = g_strcmp0(g_strstrip(ht), orig) == 0;
			}
		}
		if (!exact) {
			const gchar *colon = g_strrstr(orig, ":");
			g_free(cur);
			cur = g_strstrip(g_strdup(colon + 1));
			if (sw_extract_word_count(cur) < 3) {
				g_free(cur);
				cur = g_strstrip(g_strdup(strchr(orig, ':') + 1));
			} else {
				g_autofree gchar *head = g_strndup(orig, strchr(orig, ':') - orig);
				if (sw_extract_word_count(head) > 5) {
					g_free(cur);
					cur = g_strdup(orig);
				}
			}
		}
	} else if ((strlen(orig) > 150 || strlen(orig) < 15) && body != NULL) {
		xmlNode *h1 = sw_extract_find_first(body, "h1", 0);
		if (h1 != NULL) {
			g_free(cur);
			cur = sw_extract_node_text(h1);
		}
	}
	{
		guint wc = sw_extract_word_count(cur);
		g_autofree gchar *nosep = g_strdup(orig);
		guint orig_wc;
		for (gchar *p = nosep; *p != '\0'; p++) {
			if (sw_extract_is_title_sep(*p))
				*p = ' ';
		}
		g_strdelimit(nosep, "»–—", ' ');
		orig_wc = sw_extract_word_count(nosep);
		/* a short headline stands alone when the page's own heading
		 * says it: "Council approves bridge | Courier" */
		if (wc <= 4 && (!hierarchical || wc != orig_wc - 1) &&
		    !(sep != NULL && sw_extract_is_heading(body, cur))) {
			g_free(cur);
			cur = g_strdup(orig);
		}
	}
	return sw_text_normalize_space(cur);
}

/* how much of @ref's wording @cand shares, 0..1: the characters of
 * @ref's words that also occur in @cand, over all of @ref's */
static gdouble
sw_extract_title_similarity(const gchar *cand, const gchar *ref)
{
	g_autofree gchar *a = g_utf8_strdown(cand, -1);
	g_autofree gchar *b = g_utf8_strdown(ref, -1);
	g_auto(GStrv) wa = g_regex_split_simple("\\W+", a, 0, 0);
	g_auto(GStrv) wb = g_regex_split_simple("\\W+", b, 0, 0);
	gsize shared = 0;
	gsize total = 0;

	for (guint i = 0; wb[i] != NULL; i++) {
		gsize l = strlen(wb[i]);
		total += l;
		if (l > 0 && g_strv_contains((const gchar *const *)wa, wb[i]))
			shared += l;
	}
	return total > 0 ? (gdouble)shared / (gdouble)total : 0.0;
}

/* JSON-LD's title: the headline, or the name when only it resembles the
 * page's title; neither when it looks like the site's name instead */
static const gchar *
sw_extract_ld_title(const SwJsonLd *ld, const gchar *page_title)
{
	gdouble sh, sn;

	if (ld->headline == NULL && ld->name == NULL)
		return NULL;
	if (page_title == NULL)
		return ld->headline != NULL ? ld->headline : ld->name;
	sh = ld->headline != NULL ? sw_extract_title_similarity(ld->headline, page_title) : 0;
	sn = ld->name != NULL ? sw_extract_title_similarity(ld->name, page_title) : 0;
	if (sh >= 0.5 && sh >= sn)
		return ld->headline;
	if (sn >= 0.5)
		return ld->name;
	return NULL;
}

static void
sw_extract_metadata(SwExtract *ex, xmlNode *root, xmlNode *body, SwStory *story)
{
	static const gchar *const k_title[] = {"dc:title",	    "dcterm:title", "dcterms:title", "og:title",
					       "weibo:article:title", "weibo:webpage:title",
					       "title",		    "twitter:title", "parsely-title",
					       NULL};
	static const gchar *const k_author[] = {"dc:creator", "dcterm:creator", "author",
						"article:author", "parsely-author", "byl",
						"sailthru.author", NULL};
	static const gchar *const k_pub[] = {"article:published_time", "datepublished",
					     "parsely-pub-date", "pubdate", "publishdate",
					     "publish-date", "dc:date:issued", "dcterms:created",
					     "sailthru.date", "date", NULL};
	static const gchar *const k_mod[] = {"article:modified_time", "datemodified",
					     "og:updated_time", "dcterms:modified", NULL};
	static const gchar *const k_url[] = {"og:url", NULL};
	g_autoptr(GHashTable) meta = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
	SwJsonLd ld = {0};
	xmlNode *head = sw_extract_find_first(root, "head", 0);
	xmlNode *title_el = sw_extract_find_first(root, "title", 0);
	g_autofree gchar *doc_title = title_el != NULL ? sw_extract_node_text(title_el) : NULL;
	const gchar *ld_title;
	const gchar *v;

	(void)ex;
	sw_extract_collect_meta(root, meta, 0);
	sw_extract_collect_ld(root, &ld, 0);

	/* the headline: JSON-LD, then metadata, then the document's title;
	 * of a JSON-LD name and headline that differ, the one the title
	 * agrees with */
	ld_title = sw_extract_ld_title(&ld, doc_title != NULL ? doc_title : sw_extract_meta(meta, k_title));
	if (ld_title != NULL) {
		story->title = sw_text_normalize_space(ld_title);
	} else if ((v = sw_extract_meta(meta, k_title)) != NULL) {
		story->title = sw_text_normalize_space(v);
	} else if (doc_title != NULL && *doc_title != '\0') {
		story->title = sw_extract_title_from_doc(doc_title, body);
	} else if (body != NULL) {
		xmlNode *h1 = sw_extract_find_first(body, "h1", 0);
		if (h1 != NULL)
			story->title = sw_extract_node_text(h1);
	}
	if (story->title != NULL && *story->title == '\0')
		g_clear_pointer(&story->title, g_free);

	if (ld.author != NULL)
		story->byline = sw_text_normalize_space(ld.author);
	else if ((v = sw_extract_meta(meta, k_author)) != NULL && !g_str_has_prefix(v, "http"))
		story->byline = sw_text_normalize_space(v);
	else if (body != NULL) {
		xmlNode *a = sw_extract_find_element(body, sw_extract_has_itemprop, "author", 0);
		if (a != NULL) {
			g_autofree gchar *t = sw_extract_node_text(a);
			if (*t != '\0' && strlen(t) < 120)
				story->byline = g_steal_pointer(&t);
		} else if ((a = sw_extract_find_element(body, sw_extract_marks_byline, NULL, 0)) != NULL) {
			g_autofree gchar *t = sw_extract_node_text(a);
			story->byline = sw_extract_byline_names(t);
		} else if ((a = sw_extract_find_element(body, sw_extract_marks_author, NULL, 0)) != NULL) {
			g_autofree gchar *t = sw_extract_node_text(a);
			story->byline = sw_extract_shaped_names(t);
		}
	}
	if (story->byline != NULL && g_ascii_strncasecmp(story->byline, "by ", 3) == 0) {
		gchar *b = g_strdup(story->byline + 3);
		g_free(story->byline);
		story->byline = b;
	}

	story->published = sw_extract_iso_date(ld.published);
	if (story->published == NULL)
		story->published = sw_extract_iso_date(sw_extract_meta(meta, k_pub));
	story->modified = sw_extract_iso_date(ld.modified);
	if (story->modified == NULL)
		story->modified = sw_extract_iso_date(sw_extract_meta(meta, k_mod));
	if (story->published == NULL && body != NULL) {
		xmlNode *t = sw_extract_find_element(body, sw_extract_has_itemprop, "datePublished", 0);
		if (t == NULL)
			t = sw_extract_find_first(body, "time", 0);
		if (t != NULL) {
			const gchar *dt = sw_extract_attr(t, "datetime");
			story->published = sw_extract_iso_date(dt != NULL ? dt : sw_extract_attr(t, "content"));
		}
	}

	if ((v = sw_extract_attr(root, "lang")) != NULL && *v != '\0' && strlen(v) < 20)
		story->lang = g_strdup(v);
	if (head != NULL) {
		for (xmlNode *c = head->children; c != NULL && story->url == NULL; c = c->next) {
			const gchar *rel = sw_extract_is(c, "link") ? sw_extract_attr(c, "rel") : NULL;
			if (rel != NULL && g_ascii_strcasecmp(rel, "canonical") == 0 &&
			    (v = sw_extract_attr(c, "href")) != NULL && g_str_has_prefix(v, "http"))
				story->url = g_strdup(v);
		}
	}
	if (story->url == NULL && (v = sw_extract_meta(meta, k_url)) != NULL &&
	    g_str_has_prefix(v, "http"))
		story->url = g_strdup(v);
	ex->ld_body = g_steal_pointer(&ld.body);
	sw_json_ld_clear(&ld);
}

/* ---- scoring ---- */

static gdouble *
sw_extract_score_of(SwExtract *ex, xmlNode *node)
{
	gdouble *s = g_hash_table_lookup(ex->scores, node);
	g_autofree gchar *ci = NULL;

	if (s != NULL)
		return s;
	s = g_new0(gdouble, 1);
	if (sw_extract_is(node, "div") || sw_extract_is(node, "article") ||
	    sw_extract_is(node, "section") || sw_extract_is(node, "main"))
		*s = 5;
	else if (sw_extract_is(node, "pre") || sw_extract_is(node, "td") ||
		 sw_extract_is(node, "blockquote"))
		*s = 3;
	else if (sw_extract_is(node, "ol") || sw_extract_is(node, "ul") || sw_extract_is(node, "li") ||
		 sw_extract_is(node, "dl") || sw_extract_is(node, "form"))
		*s = -3;
	else if (sw_extract_is(node, "th") || sw_extract_is(node, "h1") || sw_extract_is(node, "h2"))
		*s = -5;
	if (sw_extract_is(node, "article") || sw_extract_is(node, "main"))
		*s += 10;
	ci = ex->class_weights ? sw_extract_class_id(node) : NULL;
	if (ci != NULL) {
		if (g_regex_match(sw_extract_re_positive, ci, 0, NULL))
			*s += 25;
		if (g_regex_match(sw_extract_re_weak_junk, ci, 0, NULL))
			*s -= 25;
	}
	g_hash_table_insert(ex->scores, node, s);
	return s;
}

/* a <div> with no block children reads like a paragraph */
static gboolean
sw_extract_is_para_like(xmlNode *node)
{
	if (sw_extract_is(node, "p") || sw_extract_is(node, "pre") || sw_extract_is(node, "td") ||
	    sw_extract_is(node, "blockquote"))
		return TRUE;
	if (sw_extract_is(node, "div") || sw_extract_is(node, "section")) {
		for (xmlNode *c = node->children; c != NULL; c = c->next) {
			if (sw_extract_is_block(c))
				return FALSE;
		}
		return TRUE;
	}
	return FALSE;
}

static void
sw_extract_score(SwExtract *ex, xmlNode *node, guint depth)
{
	if (depth > SW_EXTRACT_MAX_DEPTH)
		return;
	for (xmlNode *c = node->children; c != NULL; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (sw_extract_is_para_like(c)) {
			g_autofree gchar *text = sw_extract_node_text(c);
			glong len = g_utf8_strlen(text, -1);
			gdouble score;
			xmlNode *anc = c->parent;

			if (len >= SW_EXTRACT_MIN_PARA) {
				score = 1.0;
				for (const gchar *p = text; *p != '\0'; p++) {
					if (*p == ',')
						score += 1;
				}
				score += MIN(len / 100, 3);
				/* parent full score, grandparent half, then a third */
				for (guint level = 0; level < 3 && anc != NULL &&
						      anc->type == XML_ELEMENT_NODE;
				     level++, anc = anc->parent) {
					gdouble div = level == 0 ? 1 : level * 2;
					*sw_extract_score_of(ex, anc) += score / div;
				}
			}
			if (sw_extract_is(c, "p") || sw_extract_is(c, "pre"))
				continue;
		}
		sw_extract_score(ex, c, depth + 1);
	}
}

static gboolean
sw_extract_contains(xmlNode *ancestor, xmlNode *node)
{
	for (xmlNode *a = node; a != NULL; a = a->parent) {
		if (a == ancestor)
			return TRUE;
	}
	return FALSE;
}

static gint
sw_extract_cmp_score(gconstpointer a, gconstpointer b, gpointer user_data)
{
	GHashTable *scores = user_data;
	gdouble x = *(gdouble *)g_hash_table_lookup(scores, *(xmlNode **)a);
	gdouble y = *(gdouble *)g_hash_table_lookup(scores, *(xmlNode **)b);
	return x > y ? -1 : (x < y ? 1 : 0);
}

static xmlNode *
sw_extract_top_candidate(SwExtract *ex, gdouble *out_score)
{
	g_autoptr(GPtrArray) all = g_ptr_array_new();
	GHashTableIter it;
	gpointer key, value;
	xmlNode *top;
	gdouble best;

	g_hash_table_iter_init(&it, ex->scores);
	while (g_hash_table_iter_next(&it, &key, &value)) {
		xmlNode *n = key;
		*(gdouble *)value *= 1.0 - sw_extract_link_density(n);
		g_ptr_array_add(all, n);
	}
	if (all->len == 0)
		return NULL;
	g_ptr_array_sort_with_data(all, sw_extract_cmp_score, ex->scores);
	top = g_ptr_array_index(all, 0);
	best = *(gdouble *)g_hash_table_lookup(ex->scores, top);

	/* a story cut into many containers (a card per paragraph): climb to
	 * the ancestor that holds several candidates nearly as good */
	for (xmlNode *a = top->parent; a != NULL && a->type == XML_ELEMENT_NODE; a = a->parent) {
		guint near = 0;
		for (guint i = 1; i < MIN(all->len, 6); i++) {
			xmlNode *alt = g_ptr_array_index(all, i);
			if (*(gdouble *)g_hash_table_lookup(ex->scores, alt) >= best * 0.75 &&
			    sw_extract_contains(a, alt))
				near++;
		}
		/* never up to a wrapper of most of the page */
		if (sw_extract_text_len(a, NULL, FALSE, 0) * 10 > ex->body_text * 6)
			break;
		if (near >= 3) {
			top = a;
			break;
		}
		if (sw_extract_is(a, "body"))
			break;
	}
	/* a wrapper with nothing else in it says the same, and more */
	while (top->parent != NULL && top->parent->type == XML_ELEMENT_NODE &&
	       !sw_extract_is(top->parent, "body")) {
		guint elements = 0;
		for (xmlNode *c = top->parent->children; c != NULL; c = c->next)
			elements += c->type == XML_ELEMENT_NODE;
		if (elements != 1)
			break;
		top = top->parent;
	}
	{
		gdouble *sc = g_hash_table_lookup(ex->scores, top);
		*out_score = MAX(best, sc != NULL ? *sc : 0);
	}
	return top;
}

/* ---- paragraphs ---- */

typedef struct {
	GString *cur;
	gsize cur_links;
	guint in_link;
	guint brs;
	GPtrArray *paras; /* gchar* */
	GPtrArray *links; /* link share per paragraph, as GUINT_TO_POINTER(per mille) */
} SwCollect;

static void
sw_collect_flush(SwCollect *col)
{
	g_autofree gchar *t = NULL;
	glong len;

	col->brs = 0;
	if (col->cur->len == 0)
		return;
	t = sw_text_normalize_space(col->cur->str);
	len = g_utf8_strlen(t, -1);
	if (len > 0) {
		guint permille = (guint)MIN(1000, col->cur_links * 1000 / (gsize)MAX(len, 1));
		g_ptr_array_add(col->paras, g_steal_pointer(&t));
		g_ptr_array_add(col->links, GUINT_TO_POINTER(permille));
	}
	g_string_truncate(col->cur, 0);
	col->cur_links = 0;
}

/* a caption keeps its words, not its photographer */
static void
sw_collect_strip_credit(SwCollect *col)
{
	static GRegex *credit = NULL;
	static gsize once = 0;
	g_autofree gchar *stripped = NULL;

	if (g_once_init_enter(&once)) {
		credit = g_regex_new("\\s*[(\\[]?\\b(photo(graph)?|image|picture|credit|illustration)s?"
				     "( by)?\\s*:.*$|\\s*\\(?(getty images|ap photo|reuters)\\b.*$",
				     G_REGEX_CASELESS, 0, NULL);
		g_once_init_leave(&once, 1);
	}
	stripped = g_regex_replace_literal(credit, col->cur->str, -1, 0, "", 0, NULL);
	if (stripped != NULL)
		g_string_assign(col->cur, stripped);
}

static void
sw_collect(SwCollect *col, xmlNode *node, guint depth)
{
	if (depth > SW_EXTRACT_MAX_DEPTH)
		return;
	for (xmlNode *c = node->children; c != NULL; c = c->next) {
		if (c->type == XML_TEXT_NODE && c->content != NULL) {
			const gchar *t = (const gchar *)c->content;
			gboolean blank = TRUE;
			for (const gchar *p = t; *p != '\0'; p++) {
				if (!g_ascii_isspace(*p)) {
					blank = FALSE;
					break;
				}
			}
			if (!blank)
				col->brs = 0;
			if (col->in_link > 0) {
				g_autofree gchar *n = sw_text_normalize_space(t);
				col->cur_links += g_utf8_strlen(n, -1);
			}
			g_string_append(col->cur, t);
			continue;
		}
		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (sw_extract_is(c, "br")) {
			/* two breaks in a row end a paragraph, one is a space */
			if (++col->brs >= 2)
				sw_collect_flush(col);
			else
				g_string_append_c(col->cur, ' ');
			continue;
		}
		if (sw_extract_is_block(c)) {
			gboolean caption = sw_extract_is(c, "figcaption");
			sw_collect_flush(col);
			sw_collect(col, c, depth + 1);
			if (caption)
				sw_collect_strip_credit(col);
			sw_collect_flush(col);
			continue;
		}
		if (sw_extract_is(c, "a"))
			col->in_link++;
		sw_collect(col, c, depth + 1);
		if (sw_extract_is(c, "a"))
			col->in_link--;
	}
}

/* is @para the headline again, worded a little otherwise than @title
 * ("Minister resigns over expenses" under the title "Minister resigns
 * over expenses claims"): most of the words of each in the other, no
 * longer by half, and no stop that ends a sentence */
static gboolean
sw_extract_headline_variant(const gchar *para, const gchar *title)
{
	gsize len = strlen(para);

	if (title == NULL || len == 0 || len > strlen(title) * 3 / 2 + 10 || para[len - 1] == '.')
		return FALSE;
	return sw_extract_title_similarity(para, title) >= 0.7 && sw_extract_title_similarity(title, para) >= 0.7;
}

/* a paragraph a reader would not call part of the story; @first when no
 * paragraph of the story was kept before it */
static gboolean
sw_extract_is_furniture_para(const gchar *para, guint link_permille, const SwStory *story, gboolean first)
{
	glong len = g_utf8_strlen(para, -1);
	guint words = 1;

	for (const gchar *p = para; *p != '\0'; p++) {
		if (*p == ' ')
			words++;
	}
	/* the headline again: anywhere as the title has it, and above the
	 * story's first paragraph worded a little otherwise */
	if (story->title != NULL && g_strcmp0(para, story->title) == 0)
		return TRUE;
	if (first && sw_extract_headline_variant(para, story->title))
		return TRUE;
	if (story->byline != NULL && len < 120 &&
	    (g_strcmp0(para, story->byline) == 0 ||
	     (g_str_has_suffix(para, story->byline) && len < (glong)strlen(story->byline) + 8)))
		return TRUE;
	/* lists of links: related stories, tags, menus */
	if (link_permille > 600 && words < 25)
		return TRUE;
	if (len <= 120 && g_regex_match(sw_extract_re_boilerplate, para, 0, NULL))
		return TRUE;
	if (len <= 80 && g_regex_match(sw_extract_re_dateline, para, 0, NULL))
		return TRUE;
	return FALSE;
}

static void
sw_extract_collect_into(SwExtract *ex, GPtrArray *nodes, SwStory *story)
{
	SwCollect col = {0};

	(void)ex;
	col.cur = g_string_new(NULL);
	col.paras = g_ptr_array_new_with_free_func(g_free);
	col.links = g_ptr_array_new();
	for (guint i = 0; i < nodes->len; i++) {
		xmlNode *n = g_ptr_array_index(nodes, i);
		sw_collect_flush(&col);
		sw_collect(&col, n, 0);
	}
	sw_collect_flush(&col);
	for (guint i = 0; i < col.paras->len; i++) {
		gchar *p = g_ptr_array_index(col.paras, i);
		guint lp = GPOINTER_TO_UINT(g_ptr_array_index(col.links, i));
		if (sw_extract_is_furniture_para(p, lp, story, story->paragraphs->len == 0)) {
			/* a byline the page gives only as a line above the
			 * story ("By Ann Lee and Tom Hart"), when nothing
			 * else named one */
			if (story->byline == NULL && story->paragraphs->len == 0 && g_ascii_strncasecmp(p, "by ", 3) == 0 &&
			    g_unichar_isupper(g_utf8_get_char(p + 3)) && g_utf8_strlen(p, -1) <= 80)
				story->byline = sw_extract_shaped_names(p);
			continue;
		}
		g_ptr_array_add(story->paragraphs, g_strdup(p));
	}
	g_string_free(col.cur, TRUE);
	g_ptr_array_unref(col.paras);
	g_ptr_array_unref(col.links);
}

/* the paragraphs of @from become @to's, and a byline found among them
 * when @to has none */
static void
sw_extract_swap_body(SwStory *to, SwStory *from)
{
	GPtrArray *tmp = to->paragraphs;
	to->paragraphs = from->paragraphs;
	from->paragraphs = tmp;
	if (to->byline == NULL)
		to->byline = g_steal_pointer(&from->byline);
}

static gsize
sw_extract_story_len(const SwStory *story)
{
	gsize n = 0;
	for (guint i = 0; i < story->paragraphs->len; i++)
		n += strlen(g_ptr_array_index(story->paragraphs, i));
	return n;
}

/* a paragraph of prose: long enough, ends a sentence, few links */
static gboolean
sw_extract_is_prose_para(xmlNode *node, gsize *out_len)
{
	gsize links = 0;
	gsize len;
	g_autofree gchar *t = NULL;

	if (!sw_extract_is(node, "p") && !sw_extract_is(node, "blockquote"))
		return FALSE;
	len = sw_extract_text_len(node, &links, FALSE, 0);
	if (len < 100 || links * 5 >= len)
		return FALSE;
	t = sw_extract_node_text(node);
	if (!g_regex_match_simple("[.!?…][\"”’»)]?( |$)", t, 0, 0))
		return FALSE;
	if (out_len != NULL)
		*out_len = len;
	return TRUE;
}

/* characters of @node's text that sit in prose paragraphs */
static gsize
sw_extract_prose_len(xmlNode *node, guint depth)
{
	gsize n = 0;

	if (depth > SW_EXTRACT_MAX_DEPTH)
		return 0;
	for (xmlNode *c = node->children; c != NULL; c = c->next) {
		gsize len = 0;
		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (sw_extract_is_prose_para(c, &len))
			n += len;
		else if (!sw_extract_is(c, "p"))
			n += sw_extract_prose_len(c, depth + 1);
	}
	return n;
}

static gint
sw_extract_cmp_doc_order(gconstpointer a, gconstpointer b)
{
	/* xmlXPathCmpNodes: 1 when the first comes first */
	return -xmlXPathCmpNodes(*(xmlNode **)a, *(xmlNode **)b);
}

static gboolean
sw_extract_is_mostly_prose(xmlNode *c)
{
	gsize links = 0;
	gsize len = sw_extract_text_len(c, &links, FALSE, 0);

	if (len < 100 || links * 4 > len)
		return FALSE;
	return sw_extract_is_prose_para(c, NULL) || sw_extract_prose_len(c, 0) * 10 >= len * 6;
}

/* an element a story's run of paragraphs may step over: no text */
static gboolean
sw_extract_is_blank(xmlNode *c)
{
	return sw_extract_text_len(c, NULL, FALSE, 0) == 0;
}

/* the story often continues right beside its container: an intro above a
 * "read more" wrapper, sections in sibling blocks. Take the unbroken runs
 * of prose blocks before and after it, up to two levels up; the first
 * block that is not prose ends a run. */
static void
sw_extract_add_neighbours(xmlNode *top, GPtrArray *nodes)
{
	xmlNode *inner = top;

	for (guint level = 0; level < 2; level++) {
		xmlNode *anc = inner->parent;
		if (anc == NULL || anc->type != XML_ELEMENT_NODE || sw_extract_is(anc, "body") ||
		    sw_extract_is(anc, "html"))
			return;
		for (guint dir = 0; dir < 2; dir++) {
			for (xmlNode *c = dir == 0 ? inner->prev : inner->next; c != NULL;
			     c = dir == 0 ? c->prev : c->next) {
				gboolean have = FALSE;
				if (c->type != XML_ELEMENT_NODE || sw_extract_is_blank(c))
					continue;
				for (guint i = 0; i < nodes->len && !have; i++) {
					xmlNode *n = g_ptr_array_index(nodes, i);
					have = sw_extract_contains(c, n) || sw_extract_contains(n, c);
				}
				if (have)
					continue;
				if (!sw_extract_is_mostly_prose(c))
					break;
				g_ptr_array_add(nodes, c);
			}
		}
		inner = anc;
	}
}

/* the automatic choice: best-scored container and its related siblings */
static void
sw_extract_auto(SwExtract *ex, xmlNode *body, SwStory *story)
{
	g_autoptr(GPtrArray) nodes = g_ptr_array_new();
	gdouble top_score = 0;
	xmlNode *top;

	sw_extract_score(ex, body, 0);
	top = sw_extract_top_candidate(ex, &top_score);
	if (top != NULL) {
		g_autofree gchar *what = g_strdup_printf("top candidate (%.1f)", top_score);
		sw_extract_debug_node(what, top);
	}
	if (top == NULL || top_score <= 0) {
		g_ptr_array_add(nodes, body);
	} else if (top->parent == NULL || top->parent->type != XML_ELEMENT_NODE) {
		g_ptr_array_add(nodes, top);
	} else {
		gdouble threshold = MAX(10.0, top_score * 0.2);
		for (xmlNode *s = top->parent->children; s != NULL; s = s->next) {
			gdouble *sc;
			gboolean take = s == top;
			if (s->type != XML_ELEMENT_NODE)
				continue;
			sc = g_hash_table_lookup(ex->scores, s);
			if (!take && sc != NULL) {
				/* a sibling of the same class is likely more of the same */
				const gchar *tc = sw_extract_attr(top, "class");
				const gchar *sc_class = sw_extract_attr(s, "class");
				gdouble bonus = tc != NULL && *tc != '\0' && g_strcmp0(tc, sc_class) == 0
						    ? top_score * 0.2
						    : 0;
				if (*sc + bonus >= threshold)
					take = TRUE;
			}
			if (!take && ex->opts->captions && sw_extract_is(s, "figure"))
				take = TRUE;
			if (!take && sw_extract_is(s, "p")) {
				g_autofree gchar *t = sw_extract_node_text(s);
				glong len = g_utf8_strlen(t, -1);
				gdouble ld = sw_extract_link_density(s);
				if ((len > 80 && ld < 0.25) ||
				    (len > 0 && ld == 0 && g_regex_match_simple("\\.( |$)", t, 0, 0)))
					take = TRUE;
			}
			if (take)
				g_ptr_array_add(nodes, s);
		}
		sw_extract_add_neighbours(top, nodes);
		g_ptr_array_sort(nodes, sw_extract_cmp_doc_order);
	}
	sw_extract_collect_into(ex, nodes, story);
}

/* lowercase words of @text, as 4-word shingles */
static GHashTable *
sw_extract_shingles(const gchar *text)
{
	g_autofree gchar *low = g_utf8_strdown(text, -1);
	g_auto(GStrv) words = g_regex_split_simple("\\W+", low, G_REGEX_RAW, 0);
	GHashTable *set = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	g_autoptr(GPtrArray) w = g_ptr_array_new();

	for (guint i = 0; words[i] != NULL; i++) {
		if (words[i][0] != '\0')
			g_ptr_array_add(w, words[i]);
	}
	for (guint i = 0; i + 3 < w->len; i++) {
		gchar *sh = g_strjoin(" ", (gchar *)w->pdata[i], (gchar *)w->pdata[i + 1],
				      (gchar *)w->pdata[i + 2], (gchar *)w->pdata[i + 3], NULL);
		g_hash_table_add(set, sh);
	}
	return set;
}

/* Structured data against the visible text: when the page shows a stub
 * (a teaser, a paywall cut, a script-rendered body) that is part of a
 * much longer JSON-LD articleBody, the articleBody is the story. */
static void
sw_extract_cross_check_ld(SwStory *story, const gchar *ld_body)
{
	g_autofree gchar *dom = sw_story_body(story);
	g_autofree gchar *ld = NULL;
	gsize dom_len = strlen(dom);
	gsize ld_len;
	gboolean take = FALSE;

	if (ld_body == NULL)
		return;
	ld = g_strstrip(g_strdup(ld_body));
	ld_len = strlen(ld);
	if (ld_len < 200 || ld_len < dom_len * 2)
		return;
	if (dom_len == 0) {
		take = TRUE;
	} else {
		g_autoptr(GHashTable) in_ld = sw_extract_shingles(ld);
		g_autoptr(GHashTable) in_dom = sw_extract_shingles(dom);
		GHashTableIter it;
		gpointer key;
		guint shared = 0;
		g_hash_table_iter_init(&it, in_dom);
		while (g_hash_table_iter_next(&it, &key, NULL))
			shared += g_hash_table_contains(in_ld, key);
		/* the visible text is (mostly) a piece of the structured one */
		take = g_hash_table_size(in_dom) > 0 && shared * 10 >= g_hash_table_size(in_dom) * 7;
	}
	if (!take)
		return;
	g_debug("the visible text (%zu bytes) is a stub of JSON-LD's articleBody (%zu)", dom_len, ld_len);
	g_ptr_array_set_size(story->paragraphs, 0);
	{
		g_auto(GStrv) paras = g_regex_split_simple("\\s*\\n\\s*", ld, 0, 0);
		for (guint i = 0; paras[i] != NULL; i++) {
			gchar *p = sw_text_normalize_space(paras[i]);
			if (*p == '\0')
				g_free(p);
			else
				g_ptr_array_add(story->paragraphs, p);
		}
	}
}

static xmlDoc *
sw_extract_parse(const gchar *html, const gchar *url);
static gboolean
sw_extract_remove_matches(xmlDoc *doc, const gchar *selector, GError **error);

/* one automatic attempt on a fresh parse: clean in @mode, score, collect */
static SwStory *
sw_extract_attempt(SwExtract *ex, xmlDoc *parsed, const gchar *utf8, SwCleanMode mode,
		   const SwStory *meta)
{
	/* takes @parsed when given, else parses @utf8 */
	g_autoptr(xmlDoc) doc = parsed != NULL ? parsed : sw_extract_parse(utf8, ex->opts->url);
	g_autoptr(SwStory) story = sw_story_new();
	g_autoptr(GHashTable) scores = g_hash_table_new_full(g_direct_hash, g_direct_equal, NULL, g_free);
	g_autoptr(GError) error = NULL;
	xmlNode *body;

	story->title = g_strdup(meta->title);
	story->byline = g_strdup(meta->byline);
	if (doc == NULL || (body = sw_extract_body(doc)) == NULL)
		return g_steal_pointer(&story);
	if (ex->opts->exclude != NULL && !sw_extract_remove_matches(doc, ex->opts->exclude, &error))
		return g_steal_pointer(&story);
	ex->scores = scores;
	sw_extract_clean(ex, body, SW_CLEAN_MODE_BASIC, 0);
	ex->body_text = sw_extract_text_len(body, NULL, FALSE, 0);
	if (mode != SW_CLEAN_MODE_BASIC)
		sw_extract_clean(ex, body, mode, 0);
	ex->class_weights = mode == SW_CLEAN_MODE_AUTO;
	sw_extract_auto(ex, body, story);
	ex->scores = NULL;
	return g_steal_pointer(&story);
}

static xmlXPathObject *
sw_extract_eval(xmlDoc *doc, const gchar *selector, GError **error)
{
	g_autofree gchar *xpath = sw_select_to_xpath(selector, error);
	g_autoptr(xmlXPathContext) ctx = NULL;
	xmlXPathObject *obj;

	if (xpath == NULL)
		return NULL;
	ctx = xmlXPathNewContext(doc);
	obj = xmlXPathEvalExpression((const xmlChar *)xpath, ctx);
	if (obj == NULL) {
		g_set_error(error, SW_ERROR, SW_ERROR_INVALID_CONFIG, "bad selector \"%s\"", selector);
		return NULL;
	}
	return obj;
}

static void
sw_extract_xpath_silence(void *ctx, const char *msg, ...)
{
	(void)ctx;
	(void)msg;
}

gboolean
sw_extract_check_selector(const gchar *selector, GError **error)
{
	g_autofree gchar *xpath = sw_select_to_xpath(selector, error);
	g_autoptr(xmlXPathCompExpr) comp = NULL;

	if (xpath == NULL)
		return FALSE;
	xmlSetGenericErrorFunc(NULL, sw_extract_xpath_silence);
	comp = xmlXPathCompile((const xmlChar *)xpath);
	xmlSetGenericErrorFunc(NULL, NULL);
	if (comp == NULL) {
		g_set_error(error, SW_ERROR, SW_ERROR_INVALID_CONFIG, "bad selector \"%s\"", selector);
		return FALSE;
	}
	return TRUE;
}

/* the matched elements that are not inside another match, in order */
static GPtrArray *
sw_extract_outermost(xmlNodeSet *set)
{
	g_autoptr(GHashTable) all = g_hash_table_new(g_direct_hash, g_direct_equal);
	GPtrArray *out = g_ptr_array_new();

	for (gint i = 0; set != NULL && i < set->nodeNr; i++) {
		if (set->nodeTab[i]->type == XML_ELEMENT_NODE)
			g_hash_table_add(all, set->nodeTab[i]);
	}
	for (gint i = 0; set != NULL && i < set->nodeNr; i++) {
		xmlNode *n = set->nodeTab[i];
		gboolean nested = FALSE;
		if (n->type != XML_ELEMENT_NODE)
			continue;
		for (xmlNode *a = n->parent; a != NULL && !nested; a = a->parent)
			nested = g_hash_table_contains(all, a);
		if (!nested)
			g_ptr_array_add(out, n);
	}
	return out;
}

static gboolean
sw_extract_remove_matches(xmlDoc *doc, const gchar *selector, GError **error)
{
	g_autoptr(xmlXPathObject) obj = sw_extract_eval(doc, selector, error);
	g_autoptr(GPtrArray) top = NULL;

	if (obj == NULL)
		return FALSE;
	/* decide nesting before freeing anything: a freed match takes its
	 * nested matches with it */
	top = sw_extract_outermost(obj->nodesetval);
	for (guint i = 0; i < top->len; i++) {
		xmlNode *n = g_ptr_array_index(top, i);
		if (n->parent == NULL)
			continue;
		xmlUnlinkNode(n);
		xmlFreeNode(n);
	}
	return TRUE;
}

/* the end of "</NAME" (any case) at or after @p, followed by what ends
 * a tag name; NULL when there is none */
static const gchar *
sw_extract_find_close(const gchar *p, const gchar *end, const gchar *name, gsize nlen)
{
	while (p + 2 + nlen <= end) {
		const gchar *lt = memchr(p, '<', (gsize)(end - p));
		if (lt == NULL || lt + 2 + nlen > end)
			return NULL;
		if (lt[1] == '/' && g_ascii_strncasecmp(lt + 2, name, nlen) == 0 &&
		    (lt + 2 + nlen == end || !g_ascii_isalnum(lt[2 + nlen])))
			return lt;
		p = lt + 1;
	}
	return NULL;
}

/* Script and style bodies are most of a news page's bytes (85% of the
 * scale bench's pages, often half of a real one) and none of its story,
 * yet libxml2's HTML parser reads them a character at a time. They are
 * emptied before parsing, except JSON-LD, which carries the page's
 * metadata. The scan knows comments, quoted attribute values and the
 * elements whose text is not markup (title, textarea), so a "<script" in
 * any of those stays text; where it is unsure, it keeps the bytes. */
gchar *
sw_extract_empty_scripts(const gchar *html, gsize len)
{
	static const gchar *const raw[] = {"script", "style", "title", "textarea"};
	GString *out = g_string_sized_new(len / 4 + 64);
	const gchar *end = html + len;
	const gchar *p = html;
	const gchar *kept = html; /* copied up to here */

	while (p < end) {
		const gchar *lt = memchr(p, '<', (gsize)(end - p));
		const gchar *name, *tag_end, *close;
		gsize nlen = 0;
		gchar quote = 0;
		gint which = -1;

		if (lt == NULL)
			break;
		if (end - lt >= 4 && memcmp(lt, "<!--", 4) == 0) {
			const gchar *c = g_strstr_len(lt + 4, end - lt - 4, "-->");
			if (c == NULL)
				break;
			p = c + 3;
			continue;
		}
		name = lt + 1;
		while (name + nlen < end && g_ascii_isalnum(name[nlen]))
			nlen++;
		if (nlen == 0 || !g_ascii_isalpha(name[0])) {
			p = lt + 1;
			continue;
		}
		for (tag_end = name + nlen; tag_end < end; tag_end++) {
			if (quote != 0) {
				if (*tag_end == quote)
					quote = 0;
			} else if (*tag_end == '"' || *tag_end == '\'') {
				quote = *tag_end;
			} else if (*tag_end == '>') {
				break;
			}
		}
		if (tag_end >= end)
			break;
		tag_end++;
		for (guint i = 0; i < G_N_ELEMENTS(raw); i++)
			if (strlen(raw[i]) == nlen && g_ascii_strncasecmp(name, raw[i], nlen) == 0)
				which = (gint)i;
		if (which < 0) {
			p = tag_end;
			continue;
		}
		close = sw_extract_find_close(tag_end, end, raw[which], nlen);
		if (close == NULL)
			break;
		/* scripts and styles lose their text; JSON-LD and the rest keep it */
		if (which <= 1) {
			g_autofree gchar *tag = g_ascii_strdown(lt, tag_end - lt);
			if (strstr(tag, "ld+json") == NULL) {
				g_string_append_len(out, kept, tag_end - kept);
				kept = close;
			}
		}
		p = close + 2;
	}
	g_string_append_len(out, kept, end - kept);
	return g_string_free(out, FALSE);
}

/* @html as sw_extract_empty_scripts left it */
static xmlDoc *
sw_extract_parse(const gchar *html, const gchar *url)
{
	return htmlReadMemory(html, (int)MIN(strlen(html), (gsize)G_MAXINT), url, "UTF-8",
			      HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
				  HTML_PARSE_NONET | HTML_PARSE_COMPACT | HTML_PARSE_IGNORE_ENC);
}

gboolean
sw_extract_looks_like_html(const gchar *data, gsize len)
{
	gsize n = MIN(len, 2048);
	g_autofree gchar *head = g_ascii_strdown(data, n);

	return strstr(head, "<html") != NULL || strstr(head, "<!doctype") != NULL ||
	       strstr(head, "<head") != NULL || strstr(head, "<body") != NULL ||
	       strstr(head, "<p>") != NULL || strstr(head, "<div") != NULL ||
	       strstr(head, "<article") != NULL || strstr(head, "<meta") != NULL;
}

SwStory *
sw_extract_html(const gchar *data, gsize len, const SwExtractOptions *opts, GError **error)
{
	static const SwExtractOptions defaults = {0};
	g_autoptr(SwStory) story = sw_story_new();
	g_autofree gchar *utf8 = NULL;
	g_autofree gchar *ld_body = NULL;
	g_autoptr(xmlDoc) doc = NULL;
	g_autoptr(GHashTable) scores = g_hash_table_new_full(g_direct_hash, g_direct_equal, NULL, g_free);
	SwExtract ex = {0};
	xmlNode *root;
	xmlNode *body;

	g_return_val_if_fail(error == NULL || *error == NULL, NULL);

	sw_extract_init_patterns();
	if (opts == NULL)
		opts = &defaults;
	ex.opts = opts;
	ex.scores = scores;
	utf8 = sw_charset_to_utf8(data, len, opts->http_charset, NULL);
	if (*utf8 == '\0')
		return g_steal_pointer(&story);
	/* what both attempts parse: scripts emptied once */
	{
		gchar *all = g_steal_pointer(&utf8);
		utf8 = sw_extract_empty_scripts(all, strlen(all));
		g_free(all);
	}
	doc = sw_extract_parse(utf8, opts->url);
	if (doc == NULL || (root = xmlDocGetRootElement(doc)) == NULL)
		return g_steal_pointer(&story);
	ex.doc = doc;
	body = sw_extract_body(doc);
	sw_extract_metadata(&ex, root, body, story);
	ld_body = g_steal_pointer(&ex.ld_body);
	ex.ld_body = ld_body;

	if (opts->exclude != NULL && !sw_extract_remove_matches(doc, opts->exclude, error))
		return NULL;

	if (opts->select != NULL) {
		g_autoptr(xmlXPathObject) obj = sw_extract_eval(doc, opts->select, error);
		g_autoptr(GPtrArray) nodes = NULL;

		if (obj == NULL)
			return NULL;
		nodes = sw_extract_outermost(obj->nodesetval);
		for (guint i = 0; i < nodes->len; i++)
			sw_extract_clean(&ex, g_ptr_array_index(nodes, i), SW_CLEAN_MODE_SELECTED, 0);
		sw_extract_collect_into(&ex, nodes, story);
		return g_steal_pointer(&story);
	}

	if (body == NULL)
		return g_steal_pointer(&story);
	/* the first attempt consumes the document; a second one, without
	 * class hints, parses afresh when the first found little (pages that
	 * call their article "related" or "share") */
	{
		g_autoptr(SwStory) first =
		    sw_extract_attempt(&ex, g_steal_pointer(&doc), utf8, SW_CLEAN_MODE_AUTO, story);
		gsize n = sw_extract_story_len(first);
		if (n < SW_EXTRACT_RETRY_BELOW) {
			g_autoptr(SwStory) second =
			    sw_extract_attempt(&ex, NULL, utf8, SW_CLEAN_MODE_STRONG, story);
			g_debug("first attempt kept %zu bytes, second %zu", n,
				sw_extract_story_len(second));
			if (sw_extract_story_len(second) > n)
				sw_extract_swap_body(story, second);
			else
				sw_extract_swap_body(story, first);
		} else {
			sw_extract_swap_body(story, first);
		}
	}
	sw_extract_cross_check_ld(story, ld_body);
	return g_steal_pointer(&story);
}

/* a block of lines: hard-wrapped prose is one paragraph; long lines, or
 * lines that each end a sentence, are a paragraph each */
static void
sw_extract_text_block(SwStory *story, const gchar *block)
{
	g_auto(GStrv) lines = g_strsplit(block, "\n", -1);
	guint n = 0;
	guint ended = 0;
	gsize total = 0;

	for (guint i = 0; lines[i] != NULL; i++) {
		gchar *l = g_strstrip(lines[i]);
		gsize len = strlen(l);
		if (len == 0)
			continue;
		n++;
		total += len;
		if (strchr(".!?\"”’)", l[len - 1]) != NULL || g_str_has_suffix(l, "”"))
			ended++;
	}
	if (n > 1 && (total / n > 120 || ended == n)) {
		for (guint i = 0; lines[i] != NULL; i++) {
			if (lines[i][0] != '\0')
				g_ptr_array_add(story->paragraphs, sw_text_normalize_space(lines[i]));
		}
		return;
	}
	{
		gchar *p = sw_text_normalize_space(block);
		if (*p == '\0')
			g_free(p);
		else
			g_ptr_array_add(story->paragraphs, p);
	}
}

SwStory *
sw_extract_text(const gchar *data, gsize len)
{
	g_autoptr(SwStory) story = sw_story_new();
	g_autofree gchar *utf8 = sw_charset_to_utf8(data, len, NULL, NULL);
	g_auto(GStrv) blocks = NULL;
	guint first = 0;

	/* normalise line ends, then split on blank lines */
	g_strdelimit(utf8, "\r", '\n');
	blocks = g_regex_split_simple("\\n[ \\t]*\\n", utf8, 0, 0);
	while (blocks[first] != NULL && g_strstrip(blocks[first])[0] == '\0')
		first++;
	if (blocks[first] == NULL)
		return g_steal_pointer(&story);
	/* a single short line before the first blank line is the headline */
	if (strchr(blocks[first], '\n') == NULL && g_utf8_strlen(blocks[first], -1) < 200 &&
	    blocks[first + 1] != NULL) {
		story->title = sw_text_normalize_space(blocks[first]);
		first++;
	}
	for (guint i = first; blocks[i] != NULL; i++)
		sw_extract_text_block(story, blocks[i]);
	return g_steal_pointer(&story);
}
