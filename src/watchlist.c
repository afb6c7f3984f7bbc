/* SPDX-License-Identifier: MIT
 *
 * The watchlist: a GLib key file with one [group] per watch. GKeyFile
 * parses and rewrites it (keeping the user's comments), but reports no line
 * numbers and accepts duplicates silently, so a lint pass over the raw lines
 * runs first and remembers where each group and key is; every error then
 * names FILE:LINE.
 */
#define G_LOG_DOMAIN "storywatch-watchlist"

#include "sw/watchlist.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "sw/error.h"
#include "sw/extract.h"
#include "sw/schedule.h"
#include "sw/text.h"
#include "sw/regex.h"

struct _SwWatchlist {
	gchar *path;
	GKeyFile *kf;
	GPtrArray *watches; /* SwWatch */
	GHashTable *lines;  /* "group\nkey" or "group" -> line number */
};

static const gchar *const sw_watchlist_keys[] = {
    "url", "every", "select", "exclude", "ignore", "notify", "threshold",
    "hook", "timeout", "maxsize", "captions", "insecure", "max_age", "robots",
    "feed", "follow", "match", "quiet", NULL,
};

void
sw_watch_free(SwWatch *watch)
{
	if (watch == NULL)
		return;
	g_free(watch->name);
	g_free(watch->url);
	g_free(watch->select);
	g_free(watch->exclude);
	g_strfreev(watch->ignore);
	g_clear_pointer(&watch->ignore_re, g_ptr_array_unref);
	g_free(watch->hook);
	g_strfreev(watch->sources);
	g_strfreev(watch->source_urls);
	g_free(watch->story);
	g_free(watch->match);
	g_clear_pointer(&watch->match_re, g_regex_unref);
	g_free(watch);
}

SwWatch *
sw_watch_copy(const SwWatch *watch)
{
	SwWatch *w = g_new0(SwWatch, 1);

	*w = *watch;
	w->name = g_strdup(watch->name);
	w->url = g_strdup(watch->url);
	w->select = g_strdup(watch->select);
	w->exclude = g_strdup(watch->exclude);
	w->ignore = g_strdupv(watch->ignore);
	w->ignore_re = g_ptr_array_new_with_free_func((GDestroyNotify)g_regex_unref);
	for (guint i = 0; watch->ignore_re != NULL && i < watch->ignore_re->len; i++)
		g_ptr_array_add(w->ignore_re, g_regex_ref(g_ptr_array_index(watch->ignore_re, i)));
	w->hook = g_strdup(watch->hook);
	w->sources = g_strdupv(watch->sources);
	w->source_urls = g_strdupv(watch->source_urls);
	w->story = g_strdup(watch->story);
	w->match = g_strdup(watch->match);
	w->match_re = watch->match_re != NULL ? g_regex_ref(watch->match_re) : NULL;
	return w;
}

gchar *
sw_watch_digest(const SwWatch *watch)
{
	g_autoptr(GChecksum) sum = g_checksum_new(G_CHECKSUM_SHA256);
	const gchar *parts[] = {watch->url, watch->select, watch->exclude};

	for (guint i = 0; i < G_N_ELEMENTS(parts); i++) {
		g_checksum_update(sum, (const guchar *)(parts[i] != NULL ? parts[i] : ""), -1);
		g_checksum_update(sum, (const guchar *)"\n", 1);
	}
	for (guint i = 0; watch->ignore != NULL && watch->ignore[i] != NULL; i++)
		g_checksum_update(sum, (const guchar *)watch->ignore[i], -1);
	/* a TLS failure parks a watch; allowing it must wake the watch */
	if (watch->insecure)
		g_checksum_update(sum, (const guchar *)"\ninsecure", -1);
	/* so is a watch parked by robots.txt when the user says it is theirs */
	if (watch->no_robots)
		g_checksum_update(sum, (const guchar *)"\nno robots", -1);
	/* a page parked as "not a web page" may be a feed the user now names */
	if (watch->feed)
		g_checksum_update(sum, (const guchar *)"\nfeed", -1);
	if (watch->match != NULL) {
		g_checksum_update(sum, (const guchar *)"\nmatch ", -1);
		g_checksum_update(sum, (const guchar *)watch->match, -1);
	}
	/* a story stopped for its age wakes when its max_age is raised */
	if (watch->every_auto) {
		g_autofree gchar *age = g_strdup_printf("\nauto %" G_GUINT64_FORMAT, watch->max_age);
		g_checksum_update(sum, (const guchar *)age, -1);
	}
	return g_strdup(g_checksum_get_string(sum));
}

void
sw_watchlist_free(SwWatchlist *self)
{
	if (self == NULL)
		return;
	g_free(self->path);
	g_clear_pointer(&self->kf, g_key_file_unref);
	g_clear_pointer(&self->watches, g_ptr_array_unref);
	g_clear_pointer(&self->lines, g_hash_table_unref);
	g_free(self);
}

gboolean
sw_watchlist_name_is_valid(const gchar *name)
{
	gsize len = strlen(name);

	/* a name is a folder in the repository and a key in the state file:
	 * one path component, no dot first (no ".", "..", ".git") */
	if (len == 0 || len > 64 || !g_ascii_isalnum(name[0]))
		return FALSE;
	for (gsize i = 0; i < len; i++) {
		gchar c = name[i];
		if (!g_ascii_isalnum(c) && c != '-' && c != '_' && c != '.')
			return FALSE;
	}
	return TRUE;
}

gboolean
sw_watchlist_story_name_is_valid(const gchar *name)
{
	const gchar *slash = strchr(name, '/');
	g_autofree gchar *feed = NULL;

	if (slash == NULL)
		return sw_watchlist_name_is_valid(name);
	feed = g_strndup(name, slash - name);
	return sw_watchlist_name_is_valid(feed) && sw_watchlist_name_is_valid(slash + 1);
}

/* a source's name: its site ("www.thehill.com" -> "thehill"), or, when
 * sources share a site (@by_page), its page's name ("ferry-talks") */
static gchar *
sw_watchlist_source_name(const gchar *url, gboolean by_page, GPtrArray *taken)
{
	g_autoptr(GUri) uri = g_uri_parse(url, G_URI_FLAGS_NONE, NULL);
	g_autofree gchar *host = g_strdup(uri != NULL && g_uri_get_host(uri) != NULL
					      ? g_uri_get_host(uri)
					      : "source");
	g_auto(GStrv) labels = NULL;
	g_autofree gchar *base = NULL;
	guint n;
	gchar *name;

	labels = g_strsplit(g_str_has_prefix(host, "www.") ? host + 4 : host, ".", -1);
	n = g_strv_length(labels);
	/* the label before the top-level domain ("news.example.co.uk": the
	 * one before "co.uk"); an address keeps its digits */
	if (n >= 3 && strlen(labels[n - 1]) == 2 && strlen(labels[n - 2]) <= 3)
		base = sw_text_slug(NULL, labels[n - 3]);
	else if (n >= 2 && !g_ascii_isdigit(labels[n - 1][0]))
		base = sw_text_slug(NULL, labels[n - 2]);
	else
		base = sw_text_slug(NULL, host);
	if (by_page) {
		g_free(base);
		base = sw_text_slug(url, NULL);
	}
	name = g_strdup(base);
	for (guint i = 2; g_ptr_array_find_with_equal_func(taken, name, g_str_equal, NULL); i++) {
		g_free(name);
		name = g_strdup_printf("%s-%u", base, i);
	}
	return name;
}

/* "URL; URL": every part an address with a scheme; a ';' inside one
 * address ("/a;b=1") is not a list */
static gboolean
sw_watchlist_is_list(const gchar *url)
{
	g_auto(GStrv) parts = g_strsplit(url, ";", -1);
	guint n = 0;

	for (guint i = 0; parts[i] != NULL; i++) {
		g_strstrip(parts[i]);
		if (parts[i][0] == '\0')
			continue;
		if (strstr(parts[i], "://") == NULL)
			return FALSE;
		n++;
	}
	return n >= 2;
}

static gboolean
sw_watchlist_parse_sources(SwWatch *w)
{
	g_auto(GStrv) parts = g_strsplit(w->url, ";", -1);
	g_autoptr(GPtrArray) urls = g_ptr_array_new_with_free_func(g_free);
	g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func(g_free);

	g_autoptr(GHashTable) hosts = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	gboolean by_page = FALSE;

	for (guint i = 0; parts[i] != NULL; i++) {
		gchar *u = g_strstrip(parts[i]);
		g_autoptr(GUri) uri = NULL;
		if (*u == '\0')
			continue;
		if (!sw_watch_url_is_valid(u, NULL))
			return FALSE;
		uri = g_uri_parse(u, G_URI_FLAGS_NONE, NULL);
		if (uri != NULL && g_uri_get_host(uri) != NULL &&
		    !g_hash_table_add(hosts, g_strdup(g_uri_get_host(uri))))
			by_page = TRUE;
		g_ptr_array_add(urls, g_strdup(u));
	}
	if (urls->len < 2)
		return FALSE;
	for (guint i = 0; i < urls->len; i++)
		g_ptr_array_add(names, sw_watchlist_source_name(g_ptr_array_index(urls, i), by_page, names));
	g_ptr_array_add(urls, NULL);
	g_ptr_array_add(names, NULL);
	w->source_urls = (gchar **)g_ptr_array_free(g_steal_pointer(&urls), FALSE);
	w->sources = (gchar **)g_ptr_array_free(g_steal_pointer(&names), FALSE);
	return TRUE;
}

static guint
sw_watchlist_line(SwWatchlist *self, const gchar *group, const gchar *key)
{
	g_autofree gchar *k = key != NULL ? g_strdup_printf("%s\n%s", group, key) : g_strdup(group);
	return GPOINTER_TO_UINT(g_hash_table_lookup(self->lines, k));
}

static gboolean G_GNUC_PRINTF(4, 5)
    sw_watchlist_fail(SwWatchlist *self, guint line, GError **error, const gchar *fmt, ...)
{
	va_list args;
	g_autofree gchar *msg = NULL;

	va_start(args, fmt);
	msg = g_strdup_vprintf(fmt, args);
	va_end(args);
	if (line > 0)
		g_set_error(error, SW_ERROR, SW_ERROR_INVALID_CONFIG, "%s:%u: %s", self->path, line, msg);
	else
		g_set_error(error, SW_ERROR, SW_ERROR_INVALID_CONFIG, "%s: %s", self->path, msg);
	return FALSE;
}

static gboolean
sw_watchlist_is_known_key(const gchar *key)
{
	return g_strv_contains(sw_watchlist_keys, key);
}

/* the raw-line pass: syntax, encoding, names, duplicates, unknown keys */
static gboolean
sw_watchlist_lint(SwWatchlist *self, const gchar *data, gsize len, GError **error)
{
	g_autofree gchar *group = NULL;
	const gchar *p = data;
	const gchar *end = data + len;
	guint lineno = 0;

	while (p < end) {
		const gchar *nl = memchr(p, '\n', end - p);
		const gchar *eol = nl != NULL ? nl : end;
		g_autofree gchar *line = NULL;
		gchar *s;

		lineno++;
		if (memchr(p, '\0', eol - p) != NULL)
			return sw_watchlist_fail(self, lineno, error, "NUL byte in line");
		if (!g_utf8_validate(p, eol - p, NULL))
			return sw_watchlist_fail(self, lineno, error, "invalid UTF-8");
		line = g_strndup(p, eol - p);
		p = nl != NULL ? nl + 1 : end;
		s = g_strstrip(line);
		if (*s == '\0' || *s == '#')
			continue;
		if (*s == ';')
			return sw_watchlist_fail(self, lineno, error,
						 "comments start with '#', not ';'");
		if (*s == '[') {
			gsize sl = strlen(s);
			g_autofree gchar *name = NULL;
			guint first;

			if (s[sl - 1] != ']')
				return sw_watchlist_fail(self, lineno, error,
							 "group header must end with ']'");
			/* the name exactly as GKeyFile will see it: no trimming */
			name = g_strndup(s + 1, sl - 2);
			if (!sw_watchlist_name_is_valid(name))
				return sw_watchlist_fail(
				    self, lineno, error,
				    "invalid watch name \"%s\": use up to 64 letters, digits, "
				    "'.', '-' or '_', starting with a letter or digit",
				    name);
			first = sw_watchlist_line(self, name, NULL);
			if (first > 0)
				return sw_watchlist_fail(self, lineno, error,
							 "duplicate watch [%s] (first at line %u)",
							 name, first);
			g_hash_table_insert(self->lines, g_strdup(name), GUINT_TO_POINTER(lineno));
			g_free(group);
			group = g_steal_pointer(&name);
			continue;
		}
		{
			gchar *eq = strchr(s, '=');
			g_autofree gchar *key = NULL;
			guint first;

			if (eq == NULL)
				return sw_watchlist_fail(
				    self, lineno, error,
				    "expected \"key = value\", \"[name]\" or a '#' comment");
			key = g_strstrip(g_strndup(s, eq - s));
			if (*key == '\0')
				return sw_watchlist_fail(self, lineno, error, "missing key before '='");
			if (group == NULL)
				return sw_watchlist_fail(self, lineno, error,
							 "\"%s\" is outside any [watch] group", key);
			if (!sw_watchlist_is_known_key(key))
				return sw_watchlist_fail(self, lineno, error,
							 "unknown key \"%s\" in [%s]", key, group);
			first = sw_watchlist_line(self, group, key);
			if (first > 0)
				return sw_watchlist_fail(self, lineno, error,
							 "duplicate key \"%s\" in [%s] (first at line %u)",
							 key, group, first);
			g_hash_table_insert(self->lines, g_strdup_printf("%s\n%s", group, key),
					    GUINT_TO_POINTER(lineno));
		}
	}
	return TRUE;
}

/* a string value, trimmed, in @out (NULL when the key is absent) */
static gboolean
sw_watchlist_get(SwWatchlist *self, const gchar *group, const gchar *key, gchar **out,
		 GError **error)
{
	g_autoptr(GError) error_local = NULL;
	g_autofree gchar *value = g_key_file_get_string(self->kf, group, key, &error_local);

	*out = NULL;
	if (value == NULL) {
		if (g_error_matches(error_local, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_KEY_NOT_FOUND))
			return TRUE;
		return sw_watchlist_fail(self, sw_watchlist_line(self, group, key), error, "%s: %s",
					 key, error_local->message);
	}
	g_strstrip(value);
	*out = g_steal_pointer(&value);
	return TRUE;
}

static gboolean
sw_watchlist_parse_size(const gchar *text, guint64 *out)
{
	gchar *end = NULL;
	guint64 v;
	guint64 mult = 1;

	errno = 0;
	v = g_ascii_strtoull(text, &end, 10);
	if (end == text || errno != 0)
		return FALSE;
	if (g_ascii_strcasecmp(end, "k") == 0 || g_ascii_strcasecmp(end, "KiB") == 0)
		mult = 1024;
	else if (g_ascii_strcasecmp(end, "m") == 0 || g_ascii_strcasecmp(end, "MiB") == 0)
		mult = 1024 * 1024;
	else if (*end != '\0')
		return FALSE;
	if (v == 0 || v > G_MAXUINT64 / mult || v * mult > (guint64)1024 * 1024 * 1024)
		return FALSE;
	*out = v * mult;
	return TRUE;
}

/* http(s) with a host; the only URLs a watch may have */
gboolean
sw_watch_url_is_valid(const gchar *url, GError **error)
{
	g_autoptr(GUri) uri = NULL;
	const gchar *scheme;
	const gchar *host;

	for (const gchar *p = url; *p != '\0'; p++) {
		if ((guchar)*p <= ' ' || *p == 0x7f) {
			g_set_error(error, SW_ERROR, SW_ERROR_INVALID_ARGUMENT,
				    "spaces or control characters in URL: %s", url);
			return FALSE;
		}
	}
	uri = g_uri_parse(url, G_URI_FLAGS_NONE, NULL);
	if (uri == NULL) {
		g_set_error(error, SW_ERROR, SW_ERROR_INVALID_ARGUMENT, "not a URL: %s", url);
		return FALSE;
	}
	scheme = g_uri_get_scheme(uri);
	if (g_ascii_strcasecmp(scheme, "http") != 0 && g_ascii_strcasecmp(scheme, "https") != 0) {
		g_set_error(error, SW_ERROR, SW_ERROR_INVALID_ARGUMENT,
			    "only http and https URLs can be watched, not %s:", scheme);
		return FALSE;
	}
	host = g_uri_get_host(uri);
	if (host == NULL || *host == '\0') {
		g_set_error(error, SW_ERROR, SW_ERROR_INVALID_ARGUMENT, "URL has no host: %s", url);
		return FALSE;
	}
	/* a DNS name or an address literal, nothing else */
	for (const gchar *p = host; *p != '\0'; p++) {
		if (!g_ascii_isalnum(*p) && *p != '.' && *p != '-' && *p != ':' && *p != '_' &&
		    (guchar)*p < 0x80) {
			g_set_error(error, SW_ERROR, SW_ERROR_INVALID_ARGUMENT,
				    "not a host name: \"%s\" in %s", host, url);
			return FALSE;
		}
	}
	return TRUE;
}

static gboolean
sw_watchlist_parse_notify(const gchar *text, guint *out)
{
	g_auto(GStrv) parts = g_strsplit_set(text, ";, ", -1);
	guint flags = 0;
	gboolean none = FALSE;

	for (guint i = 0; parts[i] != NULL; i++) {
		if (parts[i][0] == '\0')
			continue;
		if (g_strcmp0(parts[i], "desktop") == 0)
			flags |= SW_NOTIFY_DESKTOP;
		else if (g_strcmp0(parts[i], "hook") == 0)
			flags |= SW_NOTIFY_HOOK;
		else if (g_strcmp0(parts[i], "none") == 0)
			none = TRUE;
		else
			return FALSE;
	}
	if (none && flags != 0)
		return FALSE;
	*out = flags;
	return TRUE;
}

/* true/yes or false/no; absent leaves @out as it is */
static gboolean
sw_watchlist_get_bool(SwWatchlist *self, const gchar *group, const gchar *key, gboolean *out,
		      GError **error)
{
	g_autofree gchar *v = NULL;

	if (!sw_watchlist_get(self, group, key, &v, error))
		return FALSE;
	if (v == NULL)
		return TRUE;
	if (g_strcmp0(v, "true") == 0 || g_strcmp0(v, "yes") == 0) {
		*out = TRUE;
	} else if (g_strcmp0(v, "false") == 0 || g_strcmp0(v, "no") == 0) {
		*out = FALSE;
	} else {
		sw_watchlist_fail(self, sw_watchlist_line(self, group, key), error,
				  "%s: \"%s\" is not true or false", key, v);
		return FALSE;
	}
	return TRUE;
}

static SwWatch *
sw_watchlist_parse_watch(SwWatchlist *self, const gchar *group, GError **error)
{
	g_autoptr(SwWatch) w = g_new0(SwWatch, 1);
	g_autoptr(GError) error_local = NULL;
	g_autofree gchar *every = NULL;
	g_autofree gchar *max_age = NULL;
	gboolean robots = TRUE;
	g_autofree gchar *follow = NULL;
	g_autofree gchar *quiet = NULL;
	g_autofree gchar *notify = NULL;
	g_autofree gchar *threshold = NULL;
	g_autofree gchar *timeout = NULL;
	g_autofree gchar *maxsize = NULL;
	guint gline = sw_watchlist_line(self, group, NULL);

	w->name = g_strdup(group);
	w->every = SW_WATCH_DEFAULT_EVERY;
	w->notify = SW_NOTIFY_DESKTOP | SW_NOTIFY_HOOK;
	w->threshold = SW_SIGNIFICANCE_SUBSTANTIVE;
	w->timeout = SW_WATCH_DEFAULT_TIMEOUT;
	w->maxsize = SW_WATCH_DEFAULT_MAXSIZE;
	w->ignore_re = g_ptr_array_new_with_free_func((GDestroyNotify)g_regex_unref);

	/* url */
	if (!sw_watchlist_get(self, group, "url", &w->url, error))
		return NULL;
	if (w->url == NULL || *w->url == '\0') {
		sw_watchlist_fail(self, gline, error, "[%s] has no url", group);
		return NULL;
	}
	/* several addresses, separated by ';': a story told by several sources */
	if (sw_watchlist_is_list(w->url) && !sw_watchlist_parse_sources(w)) {
		sw_watchlist_fail(self, sw_watchlist_line(self, group, "url"), error,
				  "url: each of several addresses (separated by ';') must be http or "
				  "https");
		return NULL;
	}
	if (w->source_urls == NULL && !sw_watch_url_is_valid(w->url, &error_local)) {
		sw_watchlist_fail(self, sw_watchlist_line(self, group, "url"), error, "%s",
				  error_local->message);
		return NULL;
	}

	/* every */
	if (!sw_watchlist_get(self, group, "every", &every, error))
		return NULL;
	if (g_strcmp0(every, "auto") == 0) {
		w->every_auto = TRUE;
		w->every = sw_schedule_auto_interval(0);
		w->max_age = SW_WATCH_DEFAULT_MAX_AGE;
	} else if (every != NULL && !sw_schedule_parse_interval(every, &w->every, &error_local)) {
		sw_watchlist_fail(self, sw_watchlist_line(self, group, "every"), error, "every: %s",
				  error_local->message);
		return NULL;
	}
	if (!sw_watchlist_get(self, group, "max_age", &max_age, error))
		return NULL;
	if (max_age != NULL) {
		if (!w->every_auto) {
			sw_watchlist_fail(self, sw_watchlist_line(self, group, "max_age"), error,
					  "max_age: only with every = auto");
			return NULL;
		}
		if (g_strcmp0(max_age, "never") == 0) {
			w->max_age = 0;
		} else if (!sw_schedule_parse_duration(max_age, 3600, 10 * 365 * 24 * 3600ULL, &w->max_age,
						       &error_local)) {
			sw_watchlist_fail(self, sw_watchlist_line(self, group, "max_age"), error,
					  "max_age: %s", error_local->message);
			return NULL;
		}
	}

	/* select, exclude: validated by compiling them */
	if (!sw_watchlist_get(self, group, "select", &w->select, error))
		return NULL;
	if (!sw_watchlist_get(self, group, "exclude", &w->exclude, error))
		return NULL;
	if (w->select != NULL && !sw_extract_check_selector(w->select, &error_local)) {
		sw_watchlist_fail(self, sw_watchlist_line(self, group, "select"), error,
				  "select: %s", error_local->message);
		return NULL;
	}
	if (w->exclude != NULL && !sw_extract_check_selector(w->exclude, &error_local)) {
		sw_watchlist_fail(self, sw_watchlist_line(self, group, "exclude"), error,
				  "exclude: %s", error_local->message);
		return NULL;
	}

	/* ignore: a ';'-separated list of regular expressions */
	if (g_key_file_has_key(self->kf, group, "ignore", NULL)) {
		guint line = sw_watchlist_line(self, group, "ignore");
		w->ignore = g_key_file_get_string_list(self->kf, group, "ignore", NULL, &error_local);
		if (w->ignore == NULL) {
			sw_watchlist_fail(self, line, error, "ignore: %s", error_local->message);
			return NULL;
		}
		for (guint i = 0; w->ignore[i] != NULL; i++) {
			GRegex *re;
			g_strstrip(w->ignore[i]);
			if (w->ignore[i][0] == '\0')
				continue;
			re = g_regex_new(w->ignore[i], SW_REGEX_OPTIMIZE, 0, &error_local);
			if (re == NULL) {
				sw_watchlist_fail(self, line, error, "ignore: %s",
						  error_local->message);
				return NULL;
			}
			g_ptr_array_add(w->ignore_re, re);
		}
	}

	/* notify */
	if (!sw_watchlist_get(self, group, "notify", &notify, error))
		return NULL;
	if (notify != NULL && !sw_watchlist_parse_notify(notify, &w->notify)) {
		sw_watchlist_fail(self, sw_watchlist_line(self, group, "notify"), error,
				  "notify: \"%s\" is not desktop, hook, none, or a list of them",
				  notify);
		return NULL;
	}

	/* threshold */
	if (!sw_watchlist_get(self, group, "threshold", &threshold, error))
		return NULL;
	if (threshold != NULL && (!sw_significance_from_string(threshold, &w->threshold) ||
				  w->threshold == SW_SIGNIFICANCE_NONE)) {
		sw_watchlist_fail(self, sw_watchlist_line(self, group, "threshold"), error,
				  "threshold: \"%s\" is not cosmetic, minor, substantive or major",
				  threshold);
		return NULL;
	}

	/* hook: relative to the watchlist's folder, ~ for home */
	if (!sw_watchlist_get(self, group, "hook", &w->hook, error))
		return NULL;
	if (w->hook != NULL) {
		gchar *abs;
		if (g_str_has_prefix(w->hook, "~/"))
			abs = g_build_filename(g_get_home_dir(), w->hook + 2, NULL);
		else if (!g_path_is_absolute(w->hook)) {
			g_autofree gchar *dir = g_path_get_dirname(self->path);
			abs = g_build_filename(dir, w->hook, NULL);
		} else
			abs = g_strdup(w->hook);
		g_free(w->hook);
		w->hook = abs;
	}

	/* timeout */
	if (!sw_watchlist_get(self, group, "timeout", &timeout, error))
		return NULL;
	if (timeout != NULL) {
		guint64 secs = 0;
		if (!sw_schedule_parse_duration(timeout, 1, 600, &secs, &error_local)) {
			sw_watchlist_fail(self, sw_watchlist_line(self, group, "timeout"), error,
					  "timeout: %s", error_local->message);
			return NULL;
		}
		w->timeout = (guint)secs;
	}

	/* maxsize */
	if (!sw_watchlist_get(self, group, "maxsize", &maxsize, error))
		return NULL;
	if (maxsize != NULL && !sw_watchlist_parse_size(maxsize, &w->maxsize)) {
		sw_watchlist_fail(self, sw_watchlist_line(self, group, "maxsize"), error,
				  "maxsize: \"%s\" is not a size such as 512K or 10M (at most 1024M)",
				  maxsize);
		return NULL;
	}

	if (!sw_watchlist_get_bool(self, group, "captions", &w->captions, error) ||
	    !sw_watchlist_get_bool(self, group, "insecure", &w->insecure, error) ||
	    !sw_watchlist_get_bool(self, group, "robots", &robots, error) ||
	    !sw_watchlist_get_bool(self, group, "feed", &w->feed, error) ||
	    !sw_watchlist_get(self, group, "follow", &follow, error))
		return NULL;
	/* match: which of a feed's entries make its story */
	if (!sw_watchlist_get(self, group, "match", &w->match, error))
		return NULL;
	if (w->match != NULL) {
		guint line = sw_watchlist_line(self, group, "match");
		if (!w->feed) {
			sw_watchlist_fail(self, line, error, "match: only with feed = true");
			return NULL;
		}
		w->match_re = g_regex_new(w->match, G_REGEX_CASELESS | SW_REGEX_OPTIMIZE, 0, &error_local);
		if (w->match_re == NULL) {
			sw_watchlist_fail(self, line, error, "match: %s", error_local->message);
			return NULL;
		}
	}

	/* quiet hours: HH:MM-HH:MM, local time */
	if (!sw_watchlist_get(self, group, "quiet", &quiet, error))
		return NULL;
	if (quiet != NULL) {
		guint h1, m1, h2, m2;
		gchar tail;
		if (sscanf(quiet, "%u:%u-%u:%u%c", &h1, &m1, &h2, &m2, &tail) != 4 || h1 > 23 ||
		    h2 > 23 || m1 > 59 || m2 > 59) {
			sw_watchlist_fail(self, sw_watchlist_line(self, group, "quiet"), error,
					  "quiet: \"%s\" is not hours such as 22:00-07:30", quiet);
			return NULL;
		}
		w->quiet_from = h1 * 60 + m1;
		w->quiet_to = h2 * 60 + m2;
	}
	w->no_robots = !robots;
	w->follow = SW_WATCH_DEFAULT_FOLLOW;
	if (follow != NULL) {
		if (!w->feed) {
			sw_watchlist_fail(self, sw_watchlist_line(self, group, "follow"), error,
					  "follow: only with feed = true");
			return NULL;
		}
		if (!sw_schedule_parse_duration(follow, 3600, 365 * 24 * 3600ULL, &w->follow,
						&error_local)) {
			sw_watchlist_fail(self, sw_watchlist_line(self, group, "follow"), error,
					  "follow: %s", error_local->message);
			return NULL;
		}
	}
	return g_steal_pointer(&w);
}

SwWatchlist *
sw_watchlist_parse(const gchar *path, const gchar *data, gsize len, GError **error)
{
	g_autoptr(SwWatchlist) self = g_new0(SwWatchlist, 1);
	g_autoptr(GError) error_local = NULL;
	g_auto(GStrv) groups = NULL;

	self->path = g_strdup(path);
	self->kf = g_key_file_new();
	self->watches = g_ptr_array_new_with_free_func((GDestroyNotify)sw_watch_free);
	self->lines = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);

	if (!sw_watchlist_lint(self, data, len, error))
		return NULL;
	if (!g_key_file_load_from_data(self->kf, data, len,
				       G_KEY_FILE_KEEP_COMMENTS | G_KEY_FILE_KEEP_TRANSLATIONS,
				       &error_local)) {
		/* the lint pass should have caught it; say what GLib says */
		sw_watchlist_fail(self, 0, error, "%s", error_local->message);
		return NULL;
	}
	groups = g_key_file_get_groups(self->kf, NULL);
	for (guint i = 0; groups[i] != NULL; i++) {
		SwWatch *w;
		/* the lint pass saw the same names; this is the backstop */
		if (!sw_watchlist_name_is_valid(groups[i])) {
			sw_watchlist_fail(self, 0, error, "invalid watch name \"%s\"", groups[i]);
			return NULL;
		}
		w = sw_watchlist_parse_watch(self, groups[i], error);
		if (w == NULL)
			return NULL;
		g_ptr_array_add(self->watches, w);
	}
	return g_steal_pointer(&self);
}

SwWatchlist *
sw_watchlist_load(const gchar *path, gboolean missing_ok, GError **error)
{
	g_autofree gchar *data = NULL;
	g_autoptr(GError) error_local = NULL;
	gsize len = 0;

	g_return_val_if_fail(path != NULL, NULL);
	g_return_val_if_fail(error == NULL || *error == NULL, NULL);

	if (!g_file_get_contents(path, &data, &len, &error_local)) {
		if (missing_ok && g_error_matches(error_local, G_FILE_ERROR, G_FILE_ERROR_NOENT))
			return sw_watchlist_parse(path, "", 0, error);
		g_set_error(error, SW_ERROR, SW_ERROR_INVALID_CONFIG, "%s", error_local->message);
		return NULL;
	}
	return sw_watchlist_parse(path, data, len, error);
}

const gchar *
sw_watchlist_get_path(SwWatchlist *self)
{
	return self->path;
}

GPtrArray *
sw_watchlist_get_watches(SwWatchlist *self)
{
	return self->watches;
}

SwWatch *
sw_watchlist_find(SwWatchlist *self, const gchar *name)
{
	for (guint i = 0; i < self->watches->len; i++) {
		SwWatch *w = g_ptr_array_index(self->watches, i);
		if (g_strcmp0(w->name, name) == 0)
			return w;
	}
	return NULL;
}

/* validate the edited key file by loading it as if from disk, then write it
 * atomically; on success @self takes the new contents */
static gboolean
sw_watchlist_commit_edit(SwWatchlist *self, GKeyFile *kf, GError **error)
{
	g_autofree gchar *data = NULL;
	g_autofree gchar *dir = NULL;
	g_autoptr(SwWatchlist) check = NULL;
	g_autoptr(GError) error_local = NULL;
	gsize len = 0;

	data = g_key_file_to_data(kf, &len, NULL);
	check = sw_watchlist_parse(self->path, data, len, error);
	if (check == NULL)
		return FALSE;
	dir = g_path_get_dirname(self->path);
	if (g_mkdir_with_parents(dir, 0777) != 0) {
		g_set_error(error, SW_ERROR, SW_ERROR_FAILED, "cannot create %s: %s", dir,
			    g_strerror(errno));
		return FALSE;
	}
	if (!g_file_set_contents_full(self->path, data, len,
				      G_FILE_SET_CONTENTS_CONSISTENT |
					  G_FILE_SET_CONTENTS_ONLY_EXISTING,
				      0666, &error_local)) {
		g_set_error(error, SW_ERROR, SW_ERROR_FAILED, "%s", error_local->message);
		return FALSE;
	}
	/* take the checked copy's parsed view */
	g_key_file_unref(self->kf);
	self->kf = g_key_file_ref(check->kf);
	g_ptr_array_unref(self->watches);
	self->watches = g_ptr_array_ref(check->watches);
	g_hash_table_unref(self->lines);
	self->lines = g_hash_table_ref(check->lines);
	return TRUE;
}

static GKeyFile *
sw_watchlist_copy_keyfile(SwWatchlist *self)
{
	g_autofree gchar *data = NULL;
	gsize len = 0;
	GKeyFile *kf = g_key_file_new();

	data = g_key_file_to_data(self->kf, &len, NULL);
	g_key_file_load_from_data(kf, data, len,
				  G_KEY_FILE_KEEP_COMMENTS | G_KEY_FILE_KEEP_TRANSLATIONS, NULL);
	return kf;
}

gboolean
sw_watchlist_add(SwWatchlist *self,
		 const gchar *name,
		 const gchar *url,
		 const gchar *every,
		 const gchar *select,
		 GError **error)
{
	const gchar *kv[] = {"every", every, "select", select, NULL};
	return sw_watchlist_add_full(self, name, url, kv, error);
}

gboolean
sw_watchlist_add_full(SwWatchlist *self,
		      const gchar *name,
		      const gchar *url,
		      const gchar *const *keys_values,
		      GError **error)
{
	g_autoptr(GKeyFile) kf = NULL;

	g_return_val_if_fail(error == NULL || *error == NULL, FALSE);

	if (!sw_watchlist_name_is_valid(name)) {
		g_set_error(error, SW_ERROR, SW_ERROR_INVALID_ARGUMENT,
			    "invalid watch name \"%s\": use up to 64 letters, digits, '.', '-' "
			    "or '_', starting with a letter or digit",
			    name);
		return FALSE;
	}
	/* several addresses (a story of several sources) are checked each */
	if (sw_watchlist_is_list(url)) {
		g_autoptr(SwWatch) probe = g_new0(SwWatch, 1);
		probe->url = g_strdup(url);
		if (!sw_watchlist_parse_sources(probe)) {
			g_set_error(error, SW_ERROR, SW_ERROR_INVALID_ARGUMENT,
				    "each of several addresses (separated by ';') must be http or https");
			return FALSE;
		}
	} else if (!sw_watch_url_is_valid(url, error)) {
		return FALSE;
	}
	if (sw_watchlist_find(self, name) != NULL) {
		g_set_error(error, SW_ERROR, SW_ERROR_INVALID_ARGUMENT,
			    "a watch named \"%s\" already exists", name);
		return FALSE;
	}
	for (guint i = 0; i < self->watches->len; i++) {
		SwWatch *w = g_ptr_array_index(self->watches, i);
		if (g_strcmp0(w->url, url) == 0) {
			g_set_error(error, SW_ERROR, SW_ERROR_INVALID_ARGUMENT,
				    "%s is already watched as \"%s\"", url, w->name);
			return FALSE;
		}
	}
	kf = sw_watchlist_copy_keyfile(self);
	g_key_file_set_string(kf, name, "url", url);
	for (guint i = 0; keys_values != NULL && keys_values[i] != NULL; i += 2) {
		if (keys_values[i + 1] == NULL)
			continue;
		/* the ignore rules come one per line; the key file keeps them as
		 * a list, escaping any ';' inside a rule */
		if (g_str_equal(keys_values[i], "ignore")) {
			g_auto(GStrv) rules = g_strsplit(keys_values[i + 1], "\n", -1);
			g_key_file_set_string_list(kf, name, "ignore", (const gchar *const *)rules,
						   g_strv_length(rules));
		} else {
			g_key_file_set_string(kf, name, keys_values[i], keys_values[i + 1]);
		}
	}
	return sw_watchlist_commit_edit(self, kf, error);
}

gboolean
sw_watchlist_remove(SwWatchlist *self, const gchar *name, GError **error)
{
	g_autoptr(GKeyFile) kf = NULL;

	g_return_val_if_fail(error == NULL || *error == NULL, FALSE);

	if (sw_watchlist_find(self, name) == NULL) {
		g_set_error(error, SW_ERROR, SW_ERROR_NOT_FOUND, "no watch named \"%s\" in %s",
			    name, self->path);
		return FALSE;
	}
	kf = sw_watchlist_copy_keyfile(self);
	if (!g_key_file_remove_group(kf, name, NULL))
		return FALSE;
	return sw_watchlist_commit_edit(self, kf, error);
}

/* lowercase ASCII words joined by '-' */
static gchar *
sw_watchlist_slugify(const gchar *text)
{
	GString *out = g_string_new(NULL);
	gboolean dash = FALSE;

	for (const gchar *p = text; *p != '\0'; p++) {
		if (g_ascii_isalnum(*p)) {
			if (dash && out->len > 0)
				g_string_append_c(out, '-');
			g_string_append_c(out, g_ascii_tolower(*p));
			dash = FALSE;
		} else {
			dash = TRUE;
		}
	}
	/* keep names short, cutting at a word boundary */
	if (out->len > 48) {
		gchar *cut = g_strrstr_len(out->str, 48, "-");
		g_string_truncate(out, cut != NULL ? (gsize)(cut - out->str) : 48);
	}
	return g_string_free(out, FALSE);
}

static gboolean
sw_watchlist_segment_is_weak(const gchar *seg)
{
	static const gchar *const weak[] = {"index", "default", "article", "story", "news",
					    "amp", NULL};
	g_autofree gchar *slug = sw_watchlist_slugify(seg);
	gboolean digits = TRUE;

	if (slug[0] == '\0' || g_strv_contains(weak, slug))
		return TRUE;
	for (const gchar *p = slug; *p != '\0'; p++) {
		if (!g_ascii_isdigit(*p) && *p != '-')
			digits = FALSE;
	}
	return digits;
}

gchar *
sw_watchlist_unique_name(SwWatchlist *self, const gchar *text)
{
	g_autofree gchar *base = text != NULL ? sw_watchlist_slugify(text) : NULL;
	gchar *name;

	if (base == NULL || base[0] == '\0') {
		g_free(base);
		base = g_strdup("story");
	}
	name = g_strdup(base);
	for (guint n = 2; self != NULL && sw_watchlist_find(self, name) != NULL; n++) {
		g_free(name);
		name = g_strdup_printf("%s-%u", base, n);
	}
	return name;
}

gchar *
sw_watchlist_suggest_name(SwWatchlist *self, const gchar *url)
{
	g_autoptr(GUri) uri = g_uri_parse(url, G_URI_FLAGS_NONE, NULL);
	g_autofree gchar *base = NULL;
	gchar *name;

	if (uri != NULL) {
		g_auto(GStrv) segs = g_strsplit(g_uri_get_path(uri), "/", -1);
		for (gint i = (gint)g_strv_length(segs) - 1; i >= 0 && base == NULL; i--) {
			gchar *dot = strrchr(segs[i], '.');
			if (dot != NULL && dot != segs[i])
				*dot = '\0'; /* drop .html, .php */
			if (!sw_watchlist_segment_is_weak(segs[i]))
				base = sw_watchlist_slugify(segs[i]);
		}
		if (base == NULL && g_uri_get_host(uri) != NULL) {
			const gchar *host = g_uri_get_host(uri);
			if (g_str_has_prefix(host, "www."))
				host += 4;
			base = sw_watchlist_slugify(host);
		}
	}
	name = sw_watchlist_unique_name(self, base);
	return name;
}
