/* SPDX-License-Identifier: MIT
 *
 * robots.txt, read as RFC 9309 says: groups of user-agent lines with their
 * allow and disallow rules; storywatch's own group if the site wrote one,
 * else the '*' group; the longest matching rule decides, allow winning a
 * tie; '*' matches any run of characters and a final '$' anchors the end.
 * Unknown lines (sitemap, crawl-delay, typos) are skipped, as the RFC asks.
 */
#define G_LOG_DOMAIN "storywatch-robots"

#include "sw/robots.h"

#include <string.h>

typedef struct {
	gchar *pattern;
	gboolean allow;
} SwRobotsRule;

struct _SwRobots {
	GPtrArray *rules; /* SwRobotsRule, of the group(s) that apply */
};

static void
sw_robots_rule_free(SwRobotsRule *rule)
{
	g_free(rule->pattern);
	g_free(rule);
}

void
sw_robots_free(SwRobots *self)
{
	if (self == NULL)
		return;
	g_ptr_array_unref(self->rules);
	g_free(self);
}

/* "User-Agent: Foo/1.0" names the product token "Foo" */
static gboolean
sw_robots_agent_matches(const gchar *value, const gchar *agent)
{
	gsize n = strcspn(value, "/ \t");
	return n == strlen(agent) && g_ascii_strncasecmp(value, agent, n) == 0;
}

SwRobots *
sw_robots_parse(const gchar *text, gsize len, const gchar *agent)
{
	g_autoptr(GPtrArray) ours = g_ptr_array_new_with_free_func((GDestroyNotify)sw_robots_rule_free);
	g_autoptr(GPtrArray) star = g_ptr_array_new_with_free_func((GDestroyNotify)sw_robots_rule_free);
	SwRobots *self = g_new0(SwRobots, 1);
	const gchar *p = text;
	const gchar *end = text + MIN(len, (gsize)SW_ROBOTS_MAXSIZE);
	/* the group being read: does it name us, or '*'? */
	gboolean group_ours = FALSE, group_star = FALSE, in_rules = FALSE;
	gboolean have_ours = FALSE;

	while (p < end) {
		const gchar *eol = memchr(p, '\n', end - p);
		g_autofree gchar *line = g_strndup(p, (eol != NULL ? eol : end) - p);
		gchar *hash, *colon, *key, *value;

		p = eol != NULL ? eol + 1 : end;
		hash = strchr(line, '#');
		if (hash != NULL)
			*hash = '\0';
		colon = strchr(line, ':');
		if (colon == NULL)
			continue;
		*colon = '\0';
		key = g_strstrip(line);
		value = g_strstrip(colon + 1);
		if (g_ascii_strcasecmp(key, "user-agent") == 0) {
			/* a user-agent line after rules starts a new group */
			if (in_rules) {
				group_ours = group_star = FALSE;
				in_rules = FALSE;
			}
			if (sw_robots_agent_matches(value, agent))
				group_ours = have_ours = TRUE;
			else if (g_strcmp0(value, "*") == 0)
				group_star = TRUE;
		} else if (g_ascii_strcasecmp(key, "allow") == 0 ||
			   g_ascii_strcasecmp(key, "disallow") == 0) {
			SwRobotsRule *rule;
			in_rules = TRUE;
			/* "Disallow:" with nothing forbids nothing */
			if (*value == '\0' || (!group_ours && !group_star))
				continue;
			rule = g_new0(SwRobotsRule, 1);
			rule->pattern = g_strdup(value);
			rule->allow = g_ascii_strcasecmp(key, "allow") == 0;
			if (group_ours) {
				SwRobotsRule *copy = g_new0(SwRobotsRule, 1);
				copy->pattern = g_strdup(value);
				copy->allow = rule->allow;
				g_ptr_array_add(ours, copy);
			}
			if (group_star)
				g_ptr_array_add(star, rule);
			else
				sw_robots_rule_free(rule);
		}
	}
	self->rules = have_ours ? g_steal_pointer(&ours) : g_steal_pointer(&star);
	return self;
}

/* does @pat (with '*' and a final '$') match the start of @s, or all of
 * it when anchored? Greedy with one backtrack point per '*': linear in
 * practice, and never worse than |pat| * |s|. */
static gboolean
sw_robots_match(const gchar *pat, const gchar *s)
{
	const gchar *star = NULL, *star_s = NULL;
	gsize plen = strlen(pat);
	gboolean anchored = plen > 0 && pat[plen - 1] == '$';
	const gchar *pend = pat + (anchored ? plen - 1 : plen);

	while (TRUE) {
		if (pat == pend) {
			if (!anchored || *s == '\0')
				return TRUE;
		} else if (*pat == '*') {
			star = ++pat;
			star_s = s;
			continue;
		} else if (*s != '\0' && *pat == *s) {
			pat++;
			s++;
			continue;
		}
		/* mismatch: let the last '*' take one more character */
		if (star == NULL || *star_s == '\0')
			return FALSE;
		pat = star;
		s = ++star_s;
	}
}

gboolean
sw_robots_allowed(const SwRobots *self, const gchar *path)
{
	gsize best = 0;
	gboolean allowed = TRUE, matched = FALSE;

	if (self == NULL || g_strcmp0(path, "/robots.txt") == 0)
		return TRUE;
	for (guint i = 0; i < self->rules->len; i++) {
		const SwRobotsRule *rule = g_ptr_array_index(self->rules, i);
		gsize n = strlen(rule->pattern);
		if (!sw_robots_match(rule->pattern, path))
			continue;
		if (!matched || n > best || (n == best && rule->allow)) {
			best = n;
			allowed = rule->allow;
			matched = TRUE;
		}
	}
	return allowed;
}

gboolean
sw_robots_split_url(const gchar *url, gchar **out_origin, gchar **out_path)
{
	g_autoptr(GUri) uri = g_uri_parse(url, G_URI_FLAGS_ENCODED, NULL);
	const gchar *scheme, *path, *query;
	gboolean v6;
	gint port;

	if (uri == NULL)
		return FALSE;
	scheme = g_uri_get_scheme(uri);
	if (g_strcmp0(scheme, "http") != 0 && g_strcmp0(scheme, "https") != 0)
		return FALSE;
	if (g_uri_get_host(uri) == NULL || *g_uri_get_host(uri) == '\0')
		return FALSE;
	port = g_uri_get_port(uri);
	if (port < 0)
		port = g_strcmp0(scheme, "https") == 0 ? 443 : 80;
	path = g_uri_get_path(uri);
	query = g_uri_get_query(uri);
	/* an IPv6 literal keeps its brackets, so origin + "/robots.txt" is a URL */
	v6 = strchr(g_uri_get_host(uri), ':') != NULL;
	*out_origin = g_strdup_printf("%s://%s%s%s:%d", scheme, v6 ? "[" : "", g_uri_get_host(uri),
				      v6 ? "]" : "", port);
	*out_path = g_strdup_printf("%s%s%s", *path != '\0' ? path : "/", query != NULL ? "?" : "",
				    query != NULL ? query : "");
	return TRUE;
}
