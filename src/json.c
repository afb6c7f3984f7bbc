/* SPDX-License-Identifier: MIT
 *
 * Every JSON storywatch writes or reads, on jansson, so the field names of
 * its contracts (`diff --json`, hooks' stdin, meta.json, `extract --json`)
 * live in one place. Strings are returned g_malloc'd; jansson's own
 * allocations never leave this file.
 */
#define G_LOG_DOMAIN "storywatch-json"

#include "sw/json.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "sw/clock.h"

G_DEFINE_AUTOPTR_CLEANUP_FUNC(json_t, json_decref)

static json_t *
sw_json_str(const gchar *s)
{
	/* jansson refuses invalid UTF-8; our text is valid, but never trust */
	if (s == NULL)
		return json_null();
	if (!g_utf8_validate(s, -1, NULL)) {
		g_autofree gchar *v = g_utf8_make_valid(s, -1);
		return json_string(v);
	}
	return json_string(s);
}

static gchar *
sw_json_dump(json_t *root, size_t flags)
{
	char *s = json_dumps(root, flags);
	gchar *out = g_strdup(s != NULL ? s : "null");
	free(s);
	return out;
}

gchar *
sw_json_diff(const SwDiff *diff, const SwJsonContext *ctx)
{
	g_autoptr(json_t) root = json_object();
	json_t *changes = json_array();
	json_t *stats = json_object();

	if (ctx != NULL) {
		if (ctx->story != NULL)
			json_object_set_new(root, "story", sw_json_str(ctx->story));
		if (ctx->source != NULL)
			json_object_set_new(root, "source", sw_json_str(ctx->source));
		if (ctx->url != NULL)
			json_object_set_new(root, "url", sw_json_str(ctx->url));
		if (ctx->commit != NULL)
			json_object_set_new(root, "commit", sw_json_str(ctx->commit));
	}
	json_object_set_new(root, "significance",
			    json_string(sw_significance_to_string(diff->significance)));
	json_object_set_new(root, "summary", sw_json_str(diff->summary));
	for (guint i = 0; i < diff->changes->len; i++) {
		const SwChange *c = g_ptr_array_index(diff->changes, i);
		json_t *o = json_object();
		json_object_set_new(o, "kind", sw_json_str(c->kind));
		json_object_set_new(o, "old", sw_json_str(c->old));
		json_object_set_new(o, "new", sw_json_str(c->new));
		json_object_set_new(o, "old_value", sw_json_str(c->old_value));
		json_object_set_new(o, "new_value", sw_json_str(c->new_value));
		json_object_set_new(o, "old_sentence", sw_json_str(c->old_sentence));
		json_object_set_new(o, "new_sentence", sw_json_str(c->new_sentence));
		json_object_set_new(o, "note", sw_json_str(c->note));
		json_array_append_new(changes, o);
	}
	json_object_set_new(root, "changes", changes);
	json_object_set_new(stats, "sentences_added", json_integer(diff->sentences_added));
	json_object_set_new(stats, "sentences_removed", json_integer(diff->sentences_removed));
	json_object_set_new(stats, "sentences_changed", json_integer(diff->sentences_changed));
	json_object_set_new(stats, "sentences_unchanged", json_integer(diff->sentences_unchanged));
	json_object_set_new(root, "stats", stats);
	return sw_json_dump(root, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
}

gchar *
sw_json_error(const gchar *story, const gchar *url, const gchar *message, gboolean permanent,
	      guint failures)
{
	g_autoptr(json_t) root = json_object();

	json_object_set_new(root, "event", json_string("error"));
	json_object_set_new(root, "story", sw_json_str(story));
	json_object_set_new(root, "url", sw_json_str(url));
	json_object_set_new(root, "error", sw_json_str(message));
	json_object_set_new(root, "permanent", json_boolean(permanent));
	json_object_set_new(root, "failures", json_integer(failures));
	return sw_json_dump(root, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
}

static json_t *
sw_json_time(gint64 t)
{
	g_autoptr(GDateTime) dt = t > 0 ? sw_clock_local(t) : NULL;
	g_autofree gchar *iso = dt != NULL ? g_date_time_format_iso8601(dt) : NULL;
	return sw_json_str(iso);
}

gchar *
sw_json_watch_status(const gchar *name, const gchar *url, guint64 every, gint64 last_check,
		     gint64 next_due, guint failures, const gchar *last_result, gboolean parked)
{
	g_autoptr(json_t) root = json_object();

	json_object_set_new(root, "name", sw_json_str(name));
	json_object_set_new(root, "url", sw_json_str(url));
	json_object_set_new(root, "every", json_integer((json_int_t)every));
	json_object_set_new(root, "last_check", sw_json_time(last_check));
	json_object_set_new(root, "next_due", sw_json_time(next_due));
	json_object_set_new(root, "failures", json_integer(failures));
	json_object_set_new(root, "last_result", sw_json_str(last_result));
	json_object_set_new(root, "parked", json_boolean(parked));
	return sw_json_dump(root, JSON_COMPACT | JSON_PRESERVE_ORDER);
}

gchar *
sw_json_story(const SwStory *story)
{
	g_autoptr(json_t) root = json_object();
	g_autofree gchar *body = sw_story_body(story);

	json_object_set_new(root, "title", sw_json_str(story->title));
	json_object_set_new(root, "byline", sw_json_str(story->byline));
	json_object_set_new(root, "published", sw_json_str(story->published));
	json_object_set_new(root, "modified", sw_json_str(story->modified));
	json_object_set_new(root, "lang", sw_json_str(story->lang));
	json_object_set_new(root, "url", sw_json_str(story->url));
	json_object_set_new(root, "body", sw_json_str(body));
	return sw_json_dump(root, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
}

gchar *
sw_json_meta(const SwFetchResult *res, const SwStory *story)
{
	g_autoptr(json_t) root = json_object();
	g_autoptr(GDateTime) dt = g_date_time_new_from_unix_utc(res->fetched_at);
	g_autofree gchar *fetched = dt != NULL ? g_date_time_format_iso8601(dt) : NULL;

	/* sorted keys, one per line: `git log -p` shows what moved */
	json_object_set_new(root, "url", sw_json_str(res->url));
	json_object_set_new(root, "final_url", sw_json_str(res->final_url));
	json_object_set_new(root, "status", json_integer(res->status));
	json_object_set_new(root, "etag", sw_json_str(res->etag));
	json_object_set_new(root, "last_modified", sw_json_str(res->last_modified));
	json_object_set_new(root, "fetched", sw_json_str(fetched));
	json_object_set_new(root, "content_type", sw_json_str(res->content_type));
	if (story != NULL) {
		json_object_set_new(root, "title", sw_json_str(story->title));
		json_object_set_new(root, "byline", sw_json_str(story->byline));
		json_object_set_new(root, "published", sw_json_str(story->published));
		json_object_set_new(root, "modified", sw_json_str(story->modified));
		json_object_set_new(root, "canonical_url", sw_json_str(story->url));
	}
	{
		gchar *s = sw_json_dump(root, JSON_INDENT(2) | JSON_SORT_KEYS);
		gchar *out = g_strconcat(s, "\n", NULL);
		g_free(s);
		return out;
	}
}

gchar *
sw_json_meta_get_url(const gchar *meta)
{
	return sw_json_meta_get(meta, "url");
}

gchar *
sw_json_meta_get(const gchar *meta, const gchar *key)
{
	g_autoptr(json_t) root = json_loads(meta, JSON_REJECT_DUPLICATES, NULL);
	json_t *v;

	if (root == NULL)
		return NULL;
	v = json_object_get(root, key);
	return json_is_string(v) ? g_strdup(json_string_value(v)) : NULL;
}

gchar *
sw_json_meta_day(const gchar *meta, gboolean or_published)
{
	gchar *when;

	if (meta == NULL)
		return NULL;
	when = sw_json_meta_get(meta, "modified");
	if (when == NULL && or_published)
		when = sw_json_meta_get(meta, "published");
	return when;
}

static json_t *
sw_json_sighting(const SwSighting *s)
{
	json_t *o = json_object();
	json_object_set_new(o, "source", sw_json_str(s->source));
	json_object_set_new(o, "date", sw_json_str(s->day));
	json_object_set_new(o, "text", sw_json_str(s->text));
	json_object_set_new(o, "value", sw_json_str(s->value));
	json_object_set_new(o, "commit", sw_json_str(s->commit));
	return o;
}

/* [{"value", "text", "sources"}]: the values sources disagree on */
static json_t *
sw_json_disagreeing(const SwTrack *t)
{
	json_t *values = json_array();

	for (guint j = 0; j < t->disagreement->len; j++) {
		GPtrArray *group = g_ptr_array_index(t->disagreement, j);
		const SwSighting *first = g_ptr_array_index(group, 0);
		json_t *v = json_object();
		json_t *srcs = json_array();
		json_object_set_new(v, "value", sw_json_str(first->value));
		json_object_set_new(v, "text", sw_json_str(sw_sighting_label(first)));
		for (guint k = 0; k < group->len; k++)
			json_array_append_new(srcs, sw_json_str(((SwSighting *)g_ptr_array_index(group, k))->source));
		json_object_set_new(v, "sources", srcs);
		json_array_append_new(values, v);
	}
	return values;
}

gchar *
sw_json_disagreement(const SwTimeline *tl, const gchar *summary)
{
	g_autoptr(json_t) root = json_object();
	json_t *facts = json_array();

	json_object_set_new(root, "event", json_string("disagreement"));
	json_object_set_new(root, "story", sw_json_str(tl->name));
	json_object_set_new(root, "summary", sw_json_str(summary));
	for (guint i = 0; i < tl->tracks->len; i++) {
		const SwTrack *t = g_ptr_array_index(tl->tracks, i);
		json_t *fact;
		if (t->disagreement == NULL)
			continue;
		fact = json_object();
		json_object_set_new(fact, "fact", sw_json_str(t->label));
		json_object_set_new(fact, "values", sw_json_disagreeing(t));
		json_array_append_new(facts, fact);
	}
	json_object_set_new(root, "facts", facts);
	return sw_json_dump(root, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
}

gchar *
sw_json_timeline(const SwTimeline *tl)
{
	g_autoptr(json_t) root = json_object();
	json_t *sources = json_array();
	json_t *facts = json_array();

	json_object_set_new(root, "story", sw_json_str(tl->name));
	for (guint i = 0; i < tl->sources->len; i++)
		json_array_append_new(sources, sw_json_str(g_ptr_array_index(tl->sources, i)));
	json_object_set_new(root, "sources", sources);
	json_object_set_new(root, "versions", json_integer(tl->versions));
	json_object_set_new(root, "first", sw_json_str(tl->first_day));
	json_object_set_new(root, "last", sw_json_str(tl->last_day));
	for (guint i = 0; i < tl->tracks->len; i++) {
		const SwTrack *t = g_ptr_array_index(tl->tracks, i);
		json_t *fact = json_object();
		json_t *runs = json_array();
		json_object_set_new(fact, "fact", sw_json_str(t->label));
		/* each run: a value the story held, and where and when it was read */
		for (guint j = 0; j < t->runs->len; j++) {
			GPtrArray *run = g_ptr_array_index(t->runs, j);
			const SwSighting *label = sw_track_run_label(run);
			json_t *r = json_object();
			json_t *seen = json_array();
			json_object_set_new(r, "value", sw_json_str(label->value));
			json_object_set_new(r, "text", sw_json_str(sw_sighting_label(label)));
			for (guint k = 0; k < run->len; k++)
				json_array_append_new(seen, sw_json_sighting(g_ptr_array_index(run, k)));
			json_object_set_new(r, "sightings", seen);
			json_array_append_new(runs, r);
		}
		json_object_set_new(fact, "values", runs);
		json_object_set_new(fact, "disagreement",
				    t->disagreement != NULL ? sw_json_disagreeing(t) : json_null());
		json_array_append_new(facts, fact);
	}
	json_object_set_new(root, "facts", facts);
	return sw_json_dump(root, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
}

gchar *
sw_json_log_entry(const gchar *story, const gchar *id, gint64 time, const gchar *subject,
		  const gchar *significance)
{
	g_autoptr(json_t) root = json_object();
	g_autoptr(GDateTime) dt = sw_clock_local(time);
	g_autofree gchar *when = dt != NULL ? g_date_time_format_iso8601(dt) : NULL;

	json_object_set_new(root, "story", sw_json_str(story));
	json_object_set_new(root, "commit", sw_json_str(id));
	json_object_set_new(root, "date", sw_json_str(when));
	json_object_set_new(root, "subject", sw_json_str(subject));
	json_object_set_new(root, "significance", sw_json_str(significance));
	return sw_json_dump(root, JSON_COMPACT | JSON_PRESERVE_ORDER);
}

/* schema.org types whose object is an article */
static gboolean
sw_json_ld_is_article(const gchar *type)
{
	static const gchar *const types[] = {
	    "Article",		"NewsArticle",	       "ReportageNewsArticle", "AnalysisNewsArticle",
	    "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle",   "AskPublicNewsArticle",
	    "AdvertiserContentArticle", "SatiricalArticle", "ScholarlyArticle",  "MedicalScholarlyArticle",
	    "Report",		"SocialMediaPosting",   "BlogPosting",	       "LiveBlogPosting",
	    "DiscussionForumPosting", "TechArticle",    "APIReference",	       NULL,
	};
	return type != NULL && g_strv_contains(types, type);
}

static const gchar *
sw_json_ld_string(json_t *obj, const gchar *key)
{
	json_t *v = json_object_get(obj, key);
	if (json_is_array(v))
		v = json_array_get(v, 0);
	if (json_is_object(v))
		v = json_object_get(v, "@value");
	return json_is_string(v) ? json_string_value(v) : NULL;
}

/* "author": "A", {"name": "A"}, or a list of either */
static gchar *
sw_json_ld_authors(json_t *obj)
{
	json_t *a = json_object_get(obj, "author");
	g_autoptr(GPtrArray) names = g_ptr_array_new();
	gsize i;
	json_t *item;

	if (a == NULL)
		return NULL;
	if (!json_is_array(a)) {
		const gchar *n = json_is_string(a) ? json_string_value(a) : sw_json_ld_string(a, "name");
		return n != NULL && *n != '\0' ? g_strdup(n) : NULL;
	}
	json_array_foreach(a, i, item)
	{
		const gchar *n = json_is_string(item) ? json_string_value(item) : sw_json_ld_string(item, "name");
		if (n != NULL && *n != '\0')
			g_ptr_array_add(names, (gpointer)n);
	}
	if (names->len == 0)
		return NULL;
	g_ptr_array_add(names, NULL);
	return g_strjoinv(", ", (gchar **)names->pdata);
}

static void
sw_json_ld_set(gchar **field, const gchar *value)
{
	if (*field == NULL && value != NULL && *value != '\0')
		*field = g_strdup(value);
}

static gboolean
sw_json_ld_visit(json_t *node, SwJsonLd *out, guint depth)
{
	json_t *type;
	const gchar *t = NULL;

	if (depth > 8)
		return FALSE;
	if (json_is_array(node)) {
		gsize i;
		json_t *item;
		json_array_foreach(node, i, item)
		{
			if (sw_json_ld_visit(item, out, depth + 1))
				return TRUE;
		}
		return FALSE;
	}
	if (!json_is_object(node))
		return FALSE;
	type = json_object_get(node, "@type");
	if (json_is_string(type))
		t = json_string_value(type);
	else if (json_is_array(type)) {
		gsize i;
		json_t *item;
		json_array_foreach(type, i, item)
		{
			if (json_is_string(item) && sw_json_ld_is_article(json_string_value(item)))
				t = json_string_value(item);
		}
	}
	if (sw_json_ld_is_article(t)) {
		g_autofree gchar *authors = sw_json_ld_authors(node);
		sw_json_ld_set(&out->type, t);
		sw_json_ld_set(&out->headline, sw_json_ld_string(node, "headline"));
		sw_json_ld_set(&out->name, sw_json_ld_string(node, "name"));
		sw_json_ld_set(&out->body, sw_json_ld_string(node, "articleBody"));
		sw_json_ld_set(&out->published, sw_json_ld_string(node, "datePublished"));
		sw_json_ld_set(&out->modified, sw_json_ld_string(node, "dateModified"));
		sw_json_ld_set(&out->author, authors);
		sw_json_ld_set(&out->url, sw_json_ld_string(node, "url"));
		return TRUE;
	}
	/* articles nest in @graph, mainEntity and the like */
	{
		const gchar *key;
		json_t *v;
		json_object_foreach(node, key, v)
		{
			if ((json_is_object(v) || json_is_array(v)) && sw_json_ld_visit(v, out, depth + 1))
				return TRUE;
		}
	}
	return FALSE;
}

gboolean
sw_json_ld_parse(const gchar *text, SwJsonLd *out)
{
	g_autoptr(json_t) root = NULL;
	json_error_t err;

	/* scripts come wrapped in <![CDATA[ ]]> or comments: parse from the
	 * first bracket to the last; pages also put raw newlines and tabs in
	 * strings, which jansson refuses, so they become spaces */
	const gchar *first = text;
	const gchar *last = NULL;
	g_autofree gchar *clean = NULL;

	for (;;) {
		while (g_ascii_isspace(*first))
			first++;
		if (g_str_has_prefix(first, "<![CDATA["))
			first += 9;
		else if (g_str_has_prefix(first, "<!--"))
			first += 4;
		else if (g_str_has_prefix(first, "//") && strchr(first, '\n') != NULL)
			first = strchr(first, '\n') + 1;
		else if (g_str_has_prefix(first, "/*") && strstr(first, "*/") != NULL)
			first = strstr(first, "*/") + 2;
		else
			break;
	}
	if (*first != '{' && *first != '[')
		return FALSE;

	/* and the closing "]]>" or "-->" from the end */
	last = first + strlen(first);
	for (;;) {
		while (last > first && g_ascii_isspace(last[-1]))
			last--;
		if (last - first >= 3 && strncmp(last - 3, "]]>", 3) == 0)
			last -= 3;
		else if (last - first >= 3 && strncmp(last - 3, "-->", 3) == 0)
			last -= 3;
		else
			break;
	}
	if (last == first || (last[-1] != '}' && last[-1] != ']'))
		return FALSE;
	clean = g_strndup(first, last - first);
	for (gchar *p = clean; *p != '\0'; p++) {
		if (*p == '\n' || *p == '\r' || *p == '\t')
			*p = ' ';
	}
	root = json_loads(clean, JSON_DECODE_ANY | JSON_ALLOW_NUL, &err);
	if (root == NULL)
		return FALSE;
	return sw_json_ld_visit(root, out, 0);
}

void
sw_json_ld_clear(SwJsonLd *ld)
{
	g_clear_pointer(&ld->type, g_free);
	g_clear_pointer(&ld->headline, g_free);
	g_clear_pointer(&ld->name, g_free);
	g_clear_pointer(&ld->body, g_free);
	g_clear_pointer(&ld->published, g_free);
	g_clear_pointer(&ld->modified, g_free);
	g_clear_pointer(&ld->author, g_free);
	g_clear_pointer(&ld->url, g_free);
}

/* whole numbers as JSON integers, the rest as reals */
static json_t *
sw_json_number(gdouble v)
{
	if (v == (gdouble)(json_int_t)v && v < 9e15 && v > -9e15)
		return json_integer((json_int_t)v);
	return json_real(v);
}

gchar *
sw_json_fact(const SwFact *f)
{
	g_autoptr(json_t) o = json_object();

	json_object_set_new(o, "kind", json_string(sw_fact_kind_to_string(f->kind)));
	json_object_set_new(o, "start", json_integer((json_int_t)f->start));
	json_object_set_new(o, "end", json_integer((json_int_t)f->end));
	json_object_set_new(o, "text", sw_json_str(f->text));
	json_object_set_new(o, "value", sw_json_str(f->value));
	switch (f->kind) {
	case SW_FACT_DATE:
	case SW_FACT_TIME:
	case SW_FACT_DURATION:
	case SW_FACT_SET:
		json_object_set_new(o, "type", sw_json_str(f->type));
		if (f->kind == SW_FACT_DATE || f->kind == SW_FACT_TIME) {
			json_object_set_new(o, "from", sw_json_str(f->from));
			json_object_set_new(o, "to", sw_json_str(f->to));
			if (f->mod != NULL)
				json_object_set_new(o, "mod", json_string(f->mod));
		}
		if (f->value_max != NULL)
			json_object_set_new(o, "max", sw_json_str(f->value_max));
		break;
	case SW_FACT_MONEY:
		json_object_set_new(o, "currency", sw_json_str(f->currency));
		json_object_set_new(o, "amount", sw_json_number(f->amount));
		if (f->amount_max > f->amount)
			json_object_set_new(o, "max", sw_json_number(f->amount_max));
		json_object_set_new(o, "approx", json_boolean(f->approx));
		break;
	case SW_FACT_PERCENT:
	case SW_FACT_NUMBER:
		json_object_set_new(o, "amount", sw_json_number(f->amount));
		if (f->amount_max > f->amount)
			json_object_set_new(o, "max", sw_json_number(f->amount_max));
		json_object_set_new(o, "approx", json_boolean(f->approx));
		if (f->kind == SW_FACT_NUMBER)
			json_object_set_new(o, "noun", sw_json_str(f->noun));
		break;
	case SW_FACT_PERSON:
	case SW_FACT_ORG:
	case SW_FACT_PLACE:
		if (f->role != NULL)
			json_object_set_new(o, "role", sw_json_str(f->role));
		if (f->ref != NULL)
			json_object_set_new(o, "ref", sw_json_str(f->ref));
		break;
	case SW_FACT_QUOTE:
		json_object_set_new(o, "speaker", sw_json_str(f->speaker));
		break;
	}
	/* 15 digits hold every figure a story writes and none of a binary
	 * fraction's noise: 35378.44, not 35378.440000000002 */
	return sw_json_dump(o, JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(15));
}
