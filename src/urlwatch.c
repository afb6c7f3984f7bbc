/* SPDX-License-Identifier: MIT
 *
 * urlwatch's jobs, in and out. Reading uses libyaml's document API (the
 * file is a stream of YAML documents, a job each) and maps each filter to
 * what storywatch does with the same meaning, saying what it leaves out.
 * Writing is small enough to do by hand: double-quoted YAML scalars and
 * XML-escaped OPML attributes.
 */
#define G_LOG_DOMAIN "storywatch-urlwatch"

#include "sw/urlwatch.h"

#include <string.h>
#include <yaml.h>

#include "sw/error.h"
#include "sw/watchlist.h"

void
sw_urlwatch_job_free(SwUrlwatchJob *job)
{
	if (job == NULL)
		return;
	g_free(job->name);
	g_free(job->url);
	g_free(job->select);
	g_free(job->exclude);
	g_ptr_array_unref(job->ignore);
	g_ptr_array_unref(job->left_out);
	g_free(job);
}

/* a scalar node's text, or NULL */
static const gchar *
sw_urlwatch_scalar(yaml_document_t *doc, yaml_node_t *node)
{
	(void)doc;
	if (node == NULL || node->type != YAML_SCALAR_NODE)
		return NULL;
	return (const gchar *)node->data.scalar.value;
}

/* the value of @key in mapping @node, or NULL */
static yaml_node_t *
sw_urlwatch_get(yaml_document_t *doc, yaml_node_t *node, const gchar *key)
{
	if (node == NULL || node->type != YAML_MAPPING_NODE)
		return NULL;
	for (yaml_node_pair_t *p = node->data.mapping.pairs.start; p < node->data.mapping.pairs.top; p++) {
		const gchar *k = sw_urlwatch_scalar(doc, yaml_document_get_node(doc, p->key));
		if (g_strcmp0(k, key) == 0)
			return yaml_document_get_node(doc, p->value);
	}
	return NULL;
}

static void
sw_urlwatch_left_out(SwUrlwatchJob *job, const gchar *what, const gchar *why)
{
	g_ptr_array_add(job->left_out, g_strdup_printf("%s: %s", what, why));
}

/* a regular expression that deletes whole lines ("^Updated.*$" with an
 * empty replacement) is an ignore rule */
static gboolean
sw_urlwatch_is_line_pattern(const gchar *pattern)
{
	gsize l = pattern != NULL ? strlen(pattern) : 0;
	return l > 2 && pattern[0] == '^' && pattern[l - 1] == '$';
}

/* one filter: @kind with its argument @arg (a scalar or a mapping) */
static void
sw_urlwatch_filter(SwUrlwatchJob *job, yaml_document_t *doc, const gchar *kind, yaml_node_t *arg)
{
	const gchar *text = sw_urlwatch_scalar(doc, arg);

	if (g_str_equal(kind, "css") || g_str_equal(kind, "xpath")) {
		const gchar *selector = text;
		const gchar *exclude = NULL;
		if (arg != NULL && arg->type == YAML_MAPPING_NODE) {
			selector = sw_urlwatch_scalar(doc, sw_urlwatch_get(doc, arg, "selector"));
			exclude = sw_urlwatch_scalar(doc, sw_urlwatch_get(doc, arg, "exclude"));
		}
		if (selector == NULL || *selector == '\0') {
			sw_urlwatch_left_out(job, kind, "no selector given");
		} else if (job->select != NULL) {
			g_autofree gchar *what = g_strdup_printf("%s:%s", kind, selector);
			sw_urlwatch_left_out(job, what, "storywatch takes one selector; the first is kept");
		} else {
			/* storywatch tells XPath from CSS by its leading slash */
			job->select = g_str_equal(kind, "xpath") && selector[0] != '/'
					  ? g_strdup_printf("//%s", selector)
					  : g_strdup(selector);
			if (exclude != NULL)
				job->exclude = g_strdup(exclude);
		}
	} else if (g_str_equal(kind, "grepi") || g_str_equal(kind, "grep")) {
		/* grepi drops the lines that match, as ignore does; grep keeps
		 * only them, which storywatch has no way to say */
		const gchar *re = text;
		if (arg != NULL && arg->type == YAML_MAPPING_NODE)
			re = sw_urlwatch_scalar(doc, sw_urlwatch_get(doc, arg, "re"));
		if (g_str_equal(kind, "grepi") && re != NULL)
			g_ptr_array_add(job->ignore, g_strdup(re));
		else
			sw_urlwatch_left_out(job, kind, "storywatch cannot keep only the lines that match");
	} else if (g_str_equal(kind, "re.sub")) {
		const gchar *pattern = text;
		const gchar *repl = "";
		if (arg != NULL && arg->type == YAML_MAPPING_NODE) {
			pattern = sw_urlwatch_scalar(doc, sw_urlwatch_get(doc, arg, "pattern"));
			repl = sw_urlwatch_scalar(doc, sw_urlwatch_get(doc, arg, "repl"));
		}
		if (sw_urlwatch_is_line_pattern(pattern) && (repl == NULL || *repl == '\0'))
			g_ptr_array_add(job->ignore, g_strdup(pattern));
		else
			sw_urlwatch_left_out(job, "re.sub",
					     "only a pattern deleting whole lines (^...$) becomes an ignore rule");
	} else if (g_str_equal(kind, "html2text") || g_str_equal(kind, "strip") ||
		   g_str_equal(kind, "beautify")) {
		/* storywatch turns pages into story text itself */
	} else {
		sw_urlwatch_left_out(job, kind, "no storywatch equivalent");
	}
}

/* filters as urlwatch writes them: "css:a,html2text", or a list of
 * strings and one-key mappings */
static void
sw_urlwatch_filters(SwUrlwatchJob *job, yaml_document_t *doc, yaml_node_t *node)
{
	if (node == NULL)
		return;
	if (node->type == YAML_SCALAR_NODE) {
		g_auto(GStrv) parts = g_strsplit(sw_urlwatch_scalar(doc, node), ",", -1);
		for (guint i = 0; parts[i] != NULL; i++) {
			gchar *item = g_strstrip(parts[i]);
			gchar *colon = strchr(item, ':');
			yaml_node_t fake = {0};
			if (*item == '\0')
				continue;
			if (colon != NULL)
				*colon = '\0';
			fake.type = YAML_SCALAR_NODE;
			fake.data.scalar.value = (yaml_char_t *)(colon != NULL ? colon + 1 : "");
			sw_urlwatch_filter(job, doc, item, colon != NULL ? &fake : NULL);
		}
		return;
	}
	if (node->type != YAML_SEQUENCE_NODE)
		return;
	for (yaml_node_item_t *it = node->data.sequence.items.start; it < node->data.sequence.items.top; it++) {
		yaml_node_t *f = yaml_document_get_node(doc, *it);
		if (f != NULL && f->type == YAML_SCALAR_NODE) {
			sw_urlwatch_filters(job, doc, f);
		} else if (f != NULL && f->type == YAML_MAPPING_NODE) {
			for (yaml_node_pair_t *p = f->data.mapping.pairs.start; p < f->data.mapping.pairs.top; p++) {
				const gchar *k = sw_urlwatch_scalar(doc, yaml_document_get_node(doc, p->key));
				if (k != NULL)
					sw_urlwatch_filter(job, doc, k, yaml_document_get_node(doc, p->value));
			}
		}
	}
}

/* job keys that need nothing, and those storywatch cannot honour */
static const gchar *const sw_urlwatch_known[] = {"name", "url", "filter", "kind", NULL};

static SwUrlwatchJob *
sw_urlwatch_job(yaml_document_t *doc, yaml_node_t *root)
{
	SwUrlwatchJob *job = g_new0(SwUrlwatchJob, 1);
	const gchar *url = sw_urlwatch_scalar(doc, sw_urlwatch_get(doc, root, "url"));

	job->ignore = g_ptr_array_new_with_free_func(g_free);
	job->left_out = g_ptr_array_new_with_free_func(g_free);
	job->line = (guint)root->start_mark.line + 1;
	job->name = g_strdup(sw_urlwatch_scalar(doc, sw_urlwatch_get(doc, root, "name")));
	if (url != NULL && (g_str_has_prefix(url, "http://") || g_str_has_prefix(url, "https://")))
		job->url = g_strdup(url);
	else if (url != NULL)
		sw_urlwatch_left_out(job, "url", "storywatch fetches only http and https");
	else if (sw_urlwatch_get(doc, root, "command") != NULL)
		sw_urlwatch_left_out(job, "command", "storywatch runs no commands to get a page");
	else if (sw_urlwatch_get(doc, root, "navigate") != NULL)
		sw_urlwatch_left_out(job, "navigate", "storywatch runs no browser");
	sw_urlwatch_filters(job, doc, sw_urlwatch_get(doc, root, "filter"));
	for (yaml_node_pair_t *p = root->data.mapping.pairs.start; p < root->data.mapping.pairs.top; p++) {
		const gchar *k = sw_urlwatch_scalar(doc, yaml_document_get_node(doc, p->key));
		if (k != NULL && !g_strv_contains(sw_urlwatch_known, k) && g_strcmp0(k, "command") != 0 &&
		    g_strcmp0(k, "navigate") != 0)
			sw_urlwatch_left_out(job, k, "no storywatch equivalent");
	}
	return job;
}

GPtrArray *
sw_urlwatch_read(const gchar *path, const gchar *data, gsize len, GError **error)
{
	g_autoptr(GPtrArray) jobs = g_ptr_array_new_with_free_func((GDestroyNotify)sw_urlwatch_job_free);
	yaml_parser_t parser;

	if (!yaml_parser_initialize(&parser)) {
		g_set_error(error, SW_ERROR, SW_ERROR_FAILED, "%s: cannot start the YAML parser", path);
		return NULL;
	}
	yaml_parser_set_input_string(&parser, (const guchar *)data, len);
	for (;;) {
		yaml_document_t doc;
		yaml_node_t *root;
		if (!yaml_parser_load(&parser, &doc)) {
			g_set_error(error, SW_ERROR, SW_ERROR_INVALID_CONFIG, "%s:%zu: %s", path,
				    parser.problem_mark.line + 1,
				    parser.problem != NULL ? parser.problem : "not YAML");
			yaml_parser_delete(&parser);
			return NULL;
		}
		root = yaml_document_get_root_node(&doc);
		if (root == NULL) {
			/* the end of the stream */
			yaml_document_delete(&doc);
			break;
		}
		if (root->type != YAML_MAPPING_NODE) {
			g_set_error(error, SW_ERROR, SW_ERROR_INVALID_CONFIG,
				    "%s:%zu: a job must be a mapping of keys to values", path,
				    root->start_mark.line + 1);
			yaml_document_delete(&doc);
			yaml_parser_delete(&parser);
			return NULL;
		}
		g_ptr_array_add(jobs, sw_urlwatch_job(&doc, root));
		yaml_document_delete(&doc);
	}
	yaml_parser_delete(&parser);
	return g_steal_pointer(&jobs);
}

/* a YAML double-quoted scalar: backslash escapes for what needs them */
static void
sw_urlwatch_quote(GString *out, const gchar *s)
{
	g_string_append_c(out, '"');
	for (const gchar *p = s; *p != '\0'; p++) {
		guchar c = (guchar)*p;
		if (c == '"' || c == '\\')
			g_string_append_printf(out, "\\%c", c);
		else if (c == '\n')
			g_string_append(out, "\\n");
		else if (c < 0x20 || c == 0x7f)
			g_string_append_printf(out, "\\x%02x", c);
		else
			g_string_append_c(out, (gchar)c);
	}
	g_string_append_c(out, '"');
}

gchar *
sw_urlwatch_write(GPtrArray *watches)
{
	GString *out = g_string_new(NULL);

	for (guint i = 0; i < watches->len; i++) {
		const SwWatch *w = g_ptr_array_index(watches, i);
		if (i > 0)
			g_string_append(out, "---\n");
		g_string_append(out, "name: ");
		sw_urlwatch_quote(out, w->name);
		g_string_append(out, "\nurl: ");
		sw_urlwatch_quote(out, w->url);
		g_string_append_c(out, '\n');
		if (w->select != NULL || (w->ignore != NULL && w->ignore[0] != NULL)) {
			g_string_append(out, "filter:\n");
			if (w->select != NULL) {
				/* storywatch's XPath starts with a slash, its CSS does not */
				g_string_append_printf(out, "  - %s:\n      selector: ",
						       w->select[0] == '/' ? "xpath" : "css");
				sw_urlwatch_quote(out, w->select);
				g_string_append_c(out, '\n');
				if (w->exclude != NULL) {
					g_string_append(out, "      exclude: ");
					sw_urlwatch_quote(out, w->exclude);
					g_string_append_c(out, '\n');
				}
			}
			g_string_append(out, "  - html2text\n");
			for (guint k = 0; w->ignore != NULL && w->ignore[k] != NULL; k++) {
				g_string_append(out, "  - grepi: ");
				sw_urlwatch_quote(out, w->ignore[k]);
				g_string_append_c(out, '\n');
			}
		}
	}
	return g_string_free(out, FALSE);
}

gchar *
sw_opml_write(GPtrArray *watches, const gchar *title)
{
	GString *out = g_string_new("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
				    "<opml version=\"2.0\">\n  <head>\n");
	g_autofree gchar *t = g_markup_escape_text(title, -1);

	g_string_append_printf(out, "    <title>%s</title>\n  </head>\n  <body>\n", t);
	for (guint i = 0; i < watches->len; i++) {
		const SwWatch *w = g_ptr_array_index(watches, i);
		g_autofree gchar *name = g_markup_escape_text(w->name, -1);
		g_autofree gchar *url = g_markup_escape_text(w->url, -1);
		g_string_append_printf(out,
				       "    <outline type=\"link\" text=\"%s\" title=\"%s\" url=\"%s\"/>\n",
				       name, name, url);
	}
	g_string_append(out, "  </body>\n</opml>\n");
	return g_string_free(out, FALSE);
}
