/* SPDX-License-Identifier: MIT
 *
 * The storywatch command: a table of subcommands, each a thin layer that
 * parses its options and calls the modules. Exit status: 0 success, 1 a
 * failure at run time, 2 a bad command line or watchlist.
 */
#define G_LOG_DOMAIN "storywatch"

#include <gio/gio.h>
#include <gio/gunixinputstream.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "sw/clock.h"
#include "sw/diff.h"
#include "sw/error.h"
#include "sw/extract.h"
#include "sw/facts.h"
#include "sw/feed.h"
#include "sw/urlwatch.h"
#include "sw/uwcache.h"
#include "sw/fetch.h"
#include "sw/htmlreport.h"
#include "sw/json.h"
#include "sw/notify.h"
#include "sw/replay.h"
#include "sw/report.h"
#include "sw/schedule.h"
#include "sw/service.h"
#include "sw/text.h"
#include "sw/state.h"
#include "sw/store.h"
#include "sw/timeline.h"
#include "sw/watcher.h"
#include "sw/watchlist.h"

#define SW_EXIT_FAILURE 1
#define SW_EXIT_USAGE	2
/* largest file or stdin `extract` and `diff` read */
#define SW_CLI_MAX_INPUT (64 * 1024 * 1024)

typedef struct {
	gchar *config;
	gchar *repo;
	gboolean verbose;
	gboolean no_color;
	gboolean json;
} SwCli;

typedef gboolean (*SwCommandFunc)(SwCli *cli, gint argc, gchar **argv, GError **error);

typedef struct {
	const gchar *name;
	const gchar *args;
	const gchar *summary;
	SwCommandFunc func;
} SwCommand;

/* ---- shared plumbing ---- */

static const gchar *
sw_cli_config(SwCli *cli)
{
	if (cli->config == NULL) {
		const gchar *env = g_getenv("STORYWATCH_CONFIG");
		cli->config = env != NULL && *env != '\0'
				  ? g_strdup(env)
				  : g_build_filename(g_get_user_config_dir(), "storywatch",
						     "watchlist.ini", NULL);
	}
	return cli->config;
}

static const gchar *
sw_cli_repo(SwCli *cli)
{
	if (cli->repo == NULL) {
		const gchar *env = g_getenv("STORYWATCH_REPO");
		cli->repo = env != NULL && *env != '\0'
				? g_strdup(env)
				: g_build_filename(g_get_user_data_dir(), "storywatch", "repo", NULL);
	}
	return cli->repo;
}

/* hooks live beside the watchlist: $XDG_CONFIG_HOME/storywatch/hooks */
static gchar *
sw_cli_hooks_dir(SwCli *cli)
{
	g_autofree gchar *dir = g_path_get_dirname(sw_cli_config(cli));
	return g_build_filename(dir, "hooks", NULL);
}

static gboolean
sw_cli_color(SwCli *cli)
{
	return !cli->no_color && g_getenv("NO_COLOR") == NULL && isatty(STDOUT_FILENO);
}

static gboolean
sw_cli_usage_error(GError **error, const gchar *fmt, ...) G_GNUC_PRINTF(2, 3);

static gboolean
sw_cli_usage_error(GError **error, const gchar *fmt, ...)
{
	va_list args;
	g_autofree gchar *msg = NULL;

	va_start(args, fmt);
	msg = g_strdup_vprintf(fmt, args);
	va_end(args);
	g_set_error_literal(error, SW_ERROR, SW_ERROR_INVALID_ARGUMENT, msg);
	return FALSE;
}

/* parse @entries plus the global options; leaves positional args in argv */
static gboolean
sw_cli_parse(SwCli *cli, const gchar *cmd, const gchar *params, const gchar *description,
	     const GOptionEntry *entries, gint *argc, gchar ***argv, GError **error)
{
	const GOptionEntry global[] = {
	    {"config", 'c', 0, G_OPTION_ARG_FILENAME, &cli->config,
	     "Watchlist file (default $XDG_CONFIG_HOME/storywatch/watchlist.ini)", "FILE"},
	    {"repo", 'r', 0, G_OPTION_ARG_FILENAME, &cli->repo,
	     "History repository (default $XDG_DATA_HOME/storywatch/repo)", "DIR"},
	    {"verbose", 'v', 0, G_OPTION_ARG_NONE, &cli->verbose, "Say more on stderr", NULL},
	    {NULL},
	};
	g_autofree gchar *p = g_strdup_printf("%s%s%s", cmd, params != NULL ? " " : "",
					      params != NULL ? params : "");
	g_autoptr(GOptionContext) ctx = g_option_context_new(p);
	g_autoptr(GError) error_local = NULL;

	g_option_context_add_main_entries(ctx, global, NULL);
	if (entries != NULL)
		g_option_context_add_main_entries(ctx, entries, NULL);
	if (description != NULL)
		g_option_context_set_summary(ctx, description);
	if (!g_option_context_parse(ctx, argc, argv, &error_local)) {
		g_set_error(error, SW_ERROR, SW_ERROR_INVALID_ARGUMENT, "%s", error_local->message);
		return FALSE;
	}
	if (cli->verbose)
		g_setenv("G_MESSAGES_DEBUG", "storywatch", FALSE);
	return TRUE;
}

static SwWatchlist *
sw_cli_load_watchlist(SwCli *cli, GError **error)
{
	return sw_watchlist_load(sw_cli_config(cli), TRUE, error);
}

static gboolean
sw_cli_read_input(const gchar *path, gchar **out, gsize *out_len, GError **error)
{
	g_autoptr(GError) error_local = NULL;

	if (g_strcmp0(path, "-") == 0) {
		g_autoptr(GInputStream) in = g_unix_input_stream_new(STDIN_FILENO, FALSE);
		g_autoptr(GByteArray) buf = g_byte_array_new();
		guint8 chunk[65536];
		gssize n;
		while ((n = g_input_stream_read(in, chunk, sizeof(chunk), NULL, &error_local)) > 0) {
			if (buf->len + (gsize)n > SW_CLI_MAX_INPUT) {
				g_set_error(error, SW_ERROR, SW_ERROR_INVALID_ARGUMENT,
					    "standard input is larger than %u MiB",
					    SW_CLI_MAX_INPUT / (1024 * 1024));
				return FALSE;
			}
			g_byte_array_append(buf, chunk, (guint)n);
		}
		if (n < 0) {
			g_set_error(error, SW_ERROR, SW_ERROR_FAILED, "reading standard input: %s",
				    error_local->message);
			return FALSE;
		}
		*out_len = buf->len;
		g_byte_array_append(buf, (const guint8 *)"", 1);
		*out = (gchar *)g_byte_array_free(g_steal_pointer(&buf), FALSE);
		return TRUE;
	}
	{
		g_autoptr(GFile) f = g_file_new_for_path(path);
		g_autoptr(GFileInfo) info =
		    g_file_query_info(f, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE, NULL, NULL);
		if (info != NULL && g_file_info_get_size(info) > SW_CLI_MAX_INPUT) {
			g_set_error(error, SW_ERROR, SW_ERROR_INVALID_ARGUMENT,
				    "%s is larger than %u MiB", path, SW_CLI_MAX_INPUT / (1024 * 1024));
			return FALSE;
		}
	}
	if (!g_file_get_contents(path, out, out_len, &error_local)) {
		g_set_error(error, SW_ERROR, SW_ERROR_INVALID_ARGUMENT, "%s", error_local->message);
		return FALSE;
	}
	return TRUE;
}

/* ---- watchlist commands ---- */

static gboolean
sw_cmd_add(SwCli *cli, gint argc, gchar **argv, GError **error)
{
	g_autofree gchar *name = NULL;
	g_autofree gchar *every = NULL;
	g_autofree gchar *select = NULL;
	const GOptionEntry entries[] = {
	    {"name", 'n', 0, G_OPTION_ARG_STRING, &name, "Name of the watch (default: from the URL)",
	     "NAME"},
	    {"every", 'e', 0, G_OPTION_ARG_STRING, &every, "Check interval: 90s, 30m, 6h, 1d", "INTERVAL"},
	    {"select", 's', 0, G_OPTION_ARG_STRING, &select,
	     "CSS selector or XPath of the story's element", "SELECTOR"},
	    {NULL},
	};
	g_autoptr(SwWatchlist) wl = NULL;

	if (!sw_cli_parse(cli, "add", "URL", "Add a page to the watchlist.", entries, &argc, &argv,
			  error))
		return FALSE;
	if (argc != 2)
		return sw_cli_usage_error(error, "add: expected one URL (see storywatch add --help)");
	wl = sw_cli_load_watchlist(cli, error);
	if (wl == NULL)
		return FALSE;
	if (name == NULL)
		name = sw_watchlist_suggest_name(wl, argv[1]);
	if (!sw_watchlist_add(wl, name, argv[1], every, select, error)) {
		if (!g_error_matches(*error, SW_ERROR, SW_ERROR_INVALID_CONFIG))
			(*error)->code = SW_ERROR_INVALID_ARGUMENT;
		return FALSE;
	}
	g_print("added %s: %s\n", name, argv[1]);
	return TRUE;
}

static gboolean
sw_cmd_remove(SwCli *cli, gint argc, gchar **argv, GError **error)
{
	g_autoptr(SwWatchlist) wl = NULL;

	if (!sw_cli_parse(cli, "remove", "NAME",
			  "Remove a watch. Its history stays in the repository.", NULL, &argc, &argv,
			  error))
		return FALSE;
	if (argc != 2)
		return sw_cli_usage_error(error, "remove: expected one watch name");
	wl = sw_cli_load_watchlist(cli, error);
	if (wl == NULL)
		return FALSE;
	if (!sw_watchlist_remove(wl, argv[1], error)) {
		(*error)->code = SW_ERROR_INVALID_ARGUMENT;
		return FALSE;
	}
	g_print("removed %s (its history is kept)\n", argv[1]);
	return TRUE;
}

static gboolean
sw_cmd_list(SwCli *cli, gint argc, gchar **argv, GError **error)
{
	g_autoptr(SwWatchlist) wl = NULL;
	GPtrArray *watches;
	guint width = 4;

	if (!sw_cli_parse(cli, "list", NULL, "List the watches.", NULL, &argc, &argv, error))
		return FALSE;
	if (argc != 1)
		return sw_cli_usage_error(error, "list: takes no arguments");
	wl = sw_cli_load_watchlist(cli, error);
	if (wl == NULL)
		return FALSE;
	watches = sw_watchlist_get_watches(wl);
	for (guint i = 0; i < watches->len; i++) {
		SwWatch *w = g_ptr_array_index(watches, i);
		width = MAX(width, (guint)strlen(w->name));
	}
	for (guint i = 0; i < watches->len; i++) {
		SwWatch *w = g_ptr_array_index(watches, i);
		g_autofree gchar *every = w->every_auto ? g_strdup("auto") : sw_schedule_format_interval(w->every);
		g_print("%-*s  %-6s  %s%s%s\n", (gint)width, w->name, every, w->url,
			w->select != NULL ? "  select: " : "", w->select != NULL ? w->select : "");
	}
	if (watches->len == 0)
		g_printerr("no watches in %s; add one with: storywatch add URL\n",
			   sw_watchlist_get_path(wl));
	return TRUE;
}

/* ---- check ---- */

typedef struct {
	SwCli *cli;
	gboolean color;
} SwCheckOut;

static void
sw_cmd_check_report_cb(const SwCheckReport *r, gpointer user_data)
{
	SwCheckOut *out = user_data;
	g_autofree gchar *line = sw_report_check(r);

	if (r->result == SW_CHECK_FAILED) {
		g_printerr("storywatch: %s\n", line);
		return;
	}
	if (r->result == SW_CHECK_EMPTY) {
		g_printerr("storywatch: warning: %s\n", line);
		return;
	}
	g_print("%s\n", line);
	if (r->result == SW_CHECK_CHANGED) {
		g_autofree gchar *body = sw_report_diff(r->diff, out->color);
		g_print("%s", body);
	}
	if (r->notify_error != NULL)
		g_printerr("storywatch: %s: %s\n", r->watch->name, r->notify_error);
	if (r->hook_error != NULL)
		g_printerr("storywatch: %s: %s\n", r->watch->name, r->hook_error);
	fflush(stdout);
}

static gboolean
sw_cmd_watch_named(gconstpointer watch, gconstpointer name)
{
	return g_strcmp0(((const SwWatch *)watch)->name, name) == 0;
}

static gboolean
sw_cmd_check(SwCli *cli, gint argc, gchar **argv, GError **error)
{
	gboolean all = FALSE;
	const GOptionEntry entries[] = {
	    {"all", 'a', 0, G_OPTION_ARG_NONE, &all, "Check every watch, due or not", NULL},
	    {"no-color", 0, 0, G_OPTION_ARG_NONE, &cli->no_color, "Never colour the output", NULL},
	    {NULL},
	};
	g_autoptr(SwWatchlist) wl = NULL;
	g_autoptr(SwStore) store = NULL;
	g_autoptr(SwState) state = NULL;
	g_autoptr(SwFurniture) furniture = NULL;
	g_autoptr(SwWatcher) watcher = NULL;
	g_autoptr(GPtrArray) todo = g_ptr_array_new();
	g_autoptr(GPtrArray) pages = NULL;
	g_autofree gchar *furniture_path = NULL;
	g_autofree gchar *state_path = NULL;
	g_autofree gchar *hooks = NULL;
	GPtrArray *watches;
	gint64 now = g_get_real_time() / G_USEC_PER_SEC;
	SwCheckOut out = {cli, FALSE};

	if (!sw_cli_parse(cli, "check", "[--all | NAME...]",
			  "Check the due watches now (or the named ones, or --all, due or not): "
			  "fetch, extract, commit what changed, notify.",
			  entries, &argc, &argv, error))
		return FALSE;
	if (all && argc > 1)
		return sw_cli_usage_error(error, "check: --all or names, not both");
	wl = sw_cli_load_watchlist(cli, error);
	if (wl == NULL)
		return FALSE;
	watches = sw_watchlist_get_watches(wl);
	for (gint i = 1; i < argc; i++) {
		SwWatch *w = sw_watchlist_find(wl, argv[i]);
		/* "FEED/entry": one of a feed's pages, known once the state is read */
		if (w == NULL && strchr(argv[i], '/') != NULL)
			continue;
		if (w == NULL)
			return sw_cli_usage_error(error, "no watch named \"%s\" in %s", argv[i],
						  sw_watchlist_get_path(wl));
		g_ptr_array_add(todo, w);
	}
	if (watches->len == 0) {
		g_printerr("no watches in %s; add one with: storywatch add URL\n",
			   sw_watchlist_get_path(wl));
		return TRUE;
	}
	store = sw_store_open(sw_cli_repo(cli), TRUE, error);
	if (store == NULL)
		return FALSE;
	/* one writer: wait for the service's commit in flight, if any */
	if (!sw_store_lock(store, 120, error))
		return FALSE;
	state_path = sw_store_get_private_path(store, "state.ini");
	state = sw_state_load(state_path, error);
	if (state == NULL)
		return FALSE;
	furniture_path = sw_store_get_private_path(store, "furniture.ini");
	furniture = sw_furniture_load(furniture_path, error);
	if (furniture == NULL)
		return FALSE;
	/* what is checked: the watches, a story's sources, and the pages feeds
	 * brought in while they are followed */
	pages = sw_watcher_checkable(state, watches, now);
	for (gint i = 1; i < argc; i++) {
		if (g_ptr_array_find_with_equal_func(todo, argv[i], sw_cmd_watch_named, NULL))
			continue;
		for (guint j = 0; j < pages->len; j++) {
			SwWatch *w = g_ptr_array_index(pages, j);
			if (g_strcmp0(w->name, argv[i]) == 0)
				g_ptr_array_add(todo, w);
		}
		if (!g_ptr_array_find_with_equal_func(todo, argv[i], sw_cmd_watch_named, NULL))
			return sw_cli_usage_error(error, "no watch named \"%s\" in %s", argv[i],
						  sw_watchlist_get_path(wl));
	}
	/* a story told by several sources is checked as its sources */
	for (guint i = 0; i < todo->len; i++) {
		SwWatch *w = g_ptr_array_index(todo, i);
		g_autofree gchar *prefix = NULL;
		if (w->source_urls == NULL)
			continue;
		prefix = g_strconcat(w->name, "/", NULL);
		g_ptr_array_remove_index(todo, i--);
		for (guint j = 0; j < pages->len; j++) {
			SwWatch *page = g_ptr_array_index(pages, j);
			if (g_str_has_prefix(page->name, prefix))
				g_ptr_array_add(todo, page);
		}
	}
	if (argc == 1) {
		for (guint i = 0; i < pages->len; i++) {
			SwWatch *w = g_ptr_array_index(pages, i);
			if (all || sw_watcher_is_due(state, w, now))
				g_ptr_array_add(todo, w);
		}
		if (todo->len == 0)
			g_print("nothing due (name watches to check them anyway)\n");
	}
	out.color = sw_cli_color(cli);
	/* after option parsing: hooks live beside the watchlist in use */
	hooks = sw_cli_hooks_dir(cli);
	watcher = sw_watcher_new(store, state, hooks, NULL);
	sw_watcher_set_report_func(watcher, sw_cmd_check_report_cb, &out);
	sw_watcher_set_furniture(watcher, furniture);
	sw_watcher_check_all(watcher, todo);
	/* the stories the rate limit held back, as one notification */
	sw_notify_flush(NULL);
	if (!sw_state_save(state, error) || !sw_furniture_save(furniture, error))
		return FALSE;
	sw_store_unlock(store);
	return TRUE;
}

/* ---- run, install-service ---- */

static gboolean
sw_cmd_run(SwCli *cli, gint argc, gchar **argv, GError **error)
{
	g_autofree gchar *hooks = NULL;
	SwServiceOptions opts = {0};

	if (!sw_cli_parse(cli, "run", NULL,
			  "Run the watcher service: check each watch on its interval until SIGTERM "
			  "or SIGINT; SIGHUP reloads the watchlist.",
			  NULL, &argc, &argv, error))
		return FALSE;
	if (argc != 1)
		return sw_cli_usage_error(error, "run: takes no arguments");
	hooks = sw_cli_hooks_dir(cli);
	opts.config_path = sw_cli_config(cli);
	opts.repo_path = sw_cli_repo(cli);
	opts.hooks_dir = hooks;
	return sw_service_run(&opts, error);
}

static gboolean
sw_cmd_install_service(SwCli *cli, gint argc, gchar **argv, GError **error)
{
	gboolean print = FALSE;
	g_autofree gchar *exec = NULL;
	const GOptionEntry entries[] = {
	    {"print", 0, 0, G_OPTION_ARG_NONE, &print, "Print the unit instead of installing it", NULL},
	    {"exec", 0, 0, G_OPTION_ARG_FILENAME, &exec, "Path of storywatch in the unit", "PATH"},
	    {NULL},
	};
	g_autofree gchar *unit = NULL;
	g_autofree gchar *dir = NULL;
	g_autofree gchar *path = NULL;

	if (!sw_cli_parse(cli, "install-service", NULL,
			  "Install the systemd user unit that runs `storywatch run`.", entries,
			  &argc, &argv, error))
		return FALSE;
	if (exec == NULL) {
		exec = g_file_read_link("/proc/self/exe", NULL);
		if (exec == NULL)
			exec = g_strdup("storywatch");
	}
	unit = sw_service_unit(exec);
	if (print) {
		g_print("%s", unit);
		return TRUE;
	}
	dir = g_build_filename(g_get_user_config_dir(), "systemd", "user", NULL);
	path = g_build_filename(dir, "storywatch.service", NULL);
	if (g_mkdir_with_parents(dir, 0777) != 0 ||
	    !g_file_set_contents_full(path, unit, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0666, error))
		return FALSE;
	g_print("installed %s\nstart it with: systemctl --user daemon-reload && "
		"systemctl --user enable --now storywatch\n",
		path);
	return TRUE;
}

/* ---- history ---- */

static SwStore *
sw_cli_open_history(SwCli *cli, GError **error)
{
	SwStore *store = sw_store_open(sw_cli_repo(cli), FALSE, error);
	if (store == NULL && g_error_matches(*error, SW_ERROR, SW_ERROR_NOT_FOUND))
		g_prefix_error(error, "run `storywatch check` first: ");
	return store;
}

/* a name the history knows, or the watchlist does */
static gboolean
sw_cli_known_story(SwCli *cli, SwStore *store, const gchar *name)
{
	/* a story in the history (a feed's entries are folders in its folder) */
	g_autofree gchar *path = g_strconcat(name, "/story.txt", NULL);
	g_autoptr(GBytes) text = sw_store_read(store, NULL, path, NULL);
	g_autoptr(SwWatchlist) wl = NULL;

	if (text != NULL)
		return TRUE;
	wl = sw_watchlist_load(sw_cli_config(cli), TRUE, NULL);
	return wl != NULL && sw_watchlist_find(wl, name) != NULL;
}

/* the Significance: trailer of a commit's message, or NULL */
static gchar *
sw_cli_trailer(const gchar *body, const gchar *key)
{
	g_auto(GStrv) lines = g_strsplit(body != NULL ? body : "", "\n", -1);
	gsize kl = strlen(key);

	for (guint i = 0; lines[i] != NULL; i++) {
		if (strncmp(lines[i], key, kl) == 0 && lines[i][kl] == ':' && lines[i][kl + 1] == ' ')
			return g_strdup(lines[i] + kl + 2);
	}
	return NULL;
}

/* --since: a date (YYYY-MM-DD, local midnight) or an age (90m, 2d, 1w) */
static gboolean
sw_cli_parse_since(const gchar *text, gint64 *out, GError **error)
{
	GDate d;
	guint64 age = 0;

	if (sw_facts_parse_ref_date(text, &d) && strlen(text) == 10) {
		g_autoptr(GDateTime) dt = g_date_time_new_local(g_date_get_year(&d), g_date_get_month(&d),
								  g_date_get_day(&d), 0, 0, 0);
		*out = g_date_time_to_unix(dt);
		return TRUE;
	}
	if (sw_schedule_parse_duration(text, 1, G_MAXUINT32, &age, NULL)) {
		*out = g_get_real_time() / G_USEC_PER_SEC - (gint64)age;
		return TRUE;
	}
	return sw_cli_usage_error(error, "--since: \"%s\" is neither a date YYYY-MM-DD nor an age such as 2d",
				  text);
}

static gboolean
sw_cmd_log(SwCli *cli, gint argc, gchar **argv, GError **error)
{
	gint max = 0;
	g_autofree gchar *since_text = NULL;
	g_autofree gchar *level_text = NULL;
	const GOptionEntry entries[] = {
	    {"max-count", 'n', 0, G_OPTION_ARG_INT, &max, "Show at most N versions", "N"},
	    {"since", 0, 0, G_OPTION_ARG_STRING, &since_text,
	     "Only versions since a date or for an age (2d, 12h)", "WHEN"},
	    {"significance", 0, 0, G_OPTION_ARG_STRING, &level_text,
	     "Only changes at least this significant", "LEVEL"},
	    {"json", 0, 0, G_OPTION_ARG_NONE, &cli->json, "One JSON object per line", NULL},
	    {NULL},
	};
	g_autoptr(SwStore) store = NULL;
	g_autoptr(GPtrArray) log = NULL;
	const gchar *name;
	gint64 since = G_MININT64;
	SwSignificance level = SW_SIGNIFICANCE_NONE;
	guint shown = 0;

	if (!sw_cli_parse(cli, "log", "[NAME]", "Show the versions of one story, or of all.",
			  entries, &argc, &argv, error))
		return FALSE;
	if (argc > 2)
		return sw_cli_usage_error(error, "log: expected at most one story name");
	if (max < 0)
		return sw_cli_usage_error(error, "log: --max-count must be positive");
	if (since_text != NULL && !sw_cli_parse_since(since_text, &since, error))
		return FALSE;
	if (level_text != NULL && !sw_significance_from_string(level_text, &level))
		return sw_cli_usage_error(error,
					  "--significance: \"%s\" is not none, cosmetic, minor, substantive or major",
					  level_text);
	name = argc == 2 ? argv[1] : NULL;
	if (name != NULL && !sw_watchlist_story_name_is_valid(name))
		return sw_cli_usage_error(error, "invalid story name \"%s\"", name);
	store = sw_cli_open_history(cli, error);
	if (store == NULL)
		return FALSE;
	if (name != NULL && !sw_cli_known_story(cli, store, name))
		return sw_cli_usage_error(error, "no story named \"%s\"", name);
	/* filters read every version: -n then counts what passes them */
	log = sw_store_log(store, name, NULL, since_text != NULL || level_text != NULL ? 0 : (guint)max,
			   error);
	if (log == NULL)
		return FALSE;
	for (guint i = 0; i < log->len && (max == 0 || shown < (guint)max); i++) {
		SwLogEntry *e = g_ptr_array_index(log, i);
		g_autoptr(GDateTime) dt = sw_clock_local(e->time);
		g_autofree gchar *when = g_date_time_format(dt, "%Y-%m-%d %H:%M");
		g_autofree gchar *sig_text = sw_cli_trailer(e->body, "Significance");
		SwSignificance sig = SW_SIGNIFICANCE_NONE;
		if (e->time < since)
			break; /* newest first: the rest is older */
		if (level_text != NULL &&
		    (sig_text == NULL || !sw_significance_from_string(sig_text, &sig) || sig < level))
			continue;
		shown++;
		if (cli->json) {
			g_autofree gchar *story = NULL;
			g_autofree gchar *line = NULL;
			gchar *colon = strchr(e->subject, ':');
			story = colon != NULL ? g_strndup(e->subject, colon - e->subject) : g_strdup(name);
			line = sw_json_log_entry(story, e->id, e->time, e->subject, sig_text);
			g_print("%s\n", line);
		} else {
			g_print("%.7s %s %s\n", e->id, when, e->subject);
		}
	}
	return TRUE;
}

/* the day a text speaks from by its dateline ("Published 3 March 2025,
 * updated 4 March 2025"), looked for among its first @max non-empty
 * @lines: a text saved from a page keeps its dateline near the top */
static gboolean
sw_cli_dateline_day(const gchar *const *lines, guint n, guint max, GDate *out)
{
	for (guint i = 0, seen = 0; i < n && seen < max; i++) {
		g_autofree gchar *line = g_strstrip(g_strdup(lines[i]));
		if (*line == '\0')
			continue;
		seen++;
		if (sw_facts_dateline_day(line, out))
			return TRUE;
	}
	return FALSE;
}

/* the story text of a page or text file, and the day it speaks from: the
 * page's own modified or published date, else its dateline, else the
 * file's mtime */
static gchar *
sw_cli_story_text_of_file(const gchar *path, GDate *out_date, GError **error)
{
	g_autofree gchar *data = NULL;
	g_autoptr(SwStory) story = NULL;
	gsize len = 0;

	if (!sw_cli_read_input(path, &data, &len, error))
		return NULL;
	if (sw_extract_looks_like_html(data, len)) {
		story = sw_extract_html(data, len, NULL, error);
		if (story == NULL)
			return NULL;
	} else {
		story = sw_extract_text(data, len);
	}
	if (out_date != NULL) {
		const gchar *iso = story->modified != NULL ? story->modified : story->published;
		GStatBuf st;
		if ((iso == NULL || !sw_facts_parse_ref_date(iso, out_date)) &&
		    !sw_cli_dateline_day((const gchar *const *)story->paragraphs->pdata, story->paragraphs->len, 3,
					 out_date)) {
			if (g_strcmp0(path, "-") != 0 && g_stat(path, &st) == 0)
				sw_facts_date_of_time((gint64)st.st_mtime, out_date);
			else
				sw_facts_date_of_time(g_get_real_time() / G_USEC_PER_SEC, out_date);
		}
	}
	return sw_story_to_text(story, NULL);
}

/* --old-date / --new-date: a date, or a usage error naming the option */
static gboolean
sw_cli_parse_date_option(const gchar *option, const gchar *value, GDate *out, GError **error)
{
	if (!sw_facts_parse_ref_date(value, out)) {
		sw_cli_usage_error(error, "%s: \"%s\" is not a date YYYY-MM-DD", option, value);
		return FALSE;
	}
	return TRUE;
}

static gboolean
sw_cli_print_diff(SwCli *cli, const SwDiff *diff, const SwJsonContext *ctx)
{
	if (cli->json) {
		g_autofree gchar *json = sw_json_diff(diff, ctx);
		g_print("%s\n", json);
	} else {
		g_autofree gchar *body = sw_report_diff(diff, sw_cli_color(cli));
		g_print("%s [%s]\n%s", diff->summary, sw_significance_to_string(diff->significance),
			body);
	}
	return TRUE;
}

/* a revision the user named does not exist or lacks the story */
static gboolean
sw_cli_bad_revision(GError **error)
{
	(*error)->code = SW_ERROR_INVALID_ARGUMENT;
	return FALSE;
}

static gboolean
sw_cmd_diff(SwCli *cli, gint argc, gchar **argv, GError **error)
{
	g_autofree gchar *old_date_text = NULL;
	g_autofree gchar *new_date_text = NULL;
	const GOptionEntry entries[] = {
	    {"json", 0, 0, G_OPTION_ARG_NONE, &cli->json, "Print the diff as JSON", NULL},
	    {"no-color", 0, 0, G_OPTION_ARG_NONE, &cli->no_color, "Never colour the output", NULL},
	    {"old-date", 0, 0, G_OPTION_ARG_STRING, &old_date_text,
	     "The day the old version speaks from (default: its own date, else its commit or mtime)",
	     "YYYY-MM-DD"},
	    {"new-date", 0, 0, G_OPTION_ARG_STRING, &new_date_text, "The same for the new version",
	     "YYYY-MM-DD"},
	    {NULL},
	};
	GDate old_date, new_date;
	SwDiffOptions opts = {&old_date, &new_date};
	g_autoptr(SwStore) store = NULL;
	g_autoptr(SwDiff) diff = NULL;
	g_autoptr(GBytes) old_text = NULL;
	g_autoptr(GBytes) new_text = NULL;
	g_autofree gchar *story_path = NULL;
	g_autofree gchar *old_rev = NULL;
	g_autofree gchar *new_rev = NULL;
	SwJsonContext ctx = {0};
	const gchar *name;

	if (!sw_cli_parse(cli, "diff", "NAME [REV [REV]] | OLD NEW",
			  "Show what changed in a story between two versions (default: the last "
			  "two), or between two files.",
			  entries, &argc, &argv, error))
		return FALSE;
	if (argc < 2 || argc > 4)
		return sw_cli_usage_error(error, "diff: expected NAME [REV [REV]] or OLD NEW");
	name = argv[1];
	g_date_clear(&old_date, 1);
	g_date_clear(&new_date, 1);
	if (old_date_text != NULL && !sw_cli_parse_date_option("--old-date", old_date_text, &old_date, error))
		return FALSE;
	if (new_date_text != NULL && !sw_cli_parse_date_option("--new-date", new_date_text, &new_date, error))
		return FALSE;

	/* two files, when the first is not a story */
	if (argc == 3 && g_file_test(argv[1], G_FILE_TEST_IS_REGULAR) &&
	    g_file_test(argv[2], G_FILE_TEST_IS_REGULAR)) {
		GDate file_old, file_new;
		g_autofree gchar *a = sw_cli_story_text_of_file(argv[1], &file_old, error);
		g_autofree gchar *b = a != NULL ? sw_cli_story_text_of_file(argv[2], &file_new, error) : NULL;
		if (b == NULL)
			return FALSE;
		if (old_date_text == NULL)
			old_date = file_old;
		if (new_date_text == NULL)
			new_date = file_new;
		diff = sw_diff_stories_full(a, b, &opts);
		return sw_cli_print_diff(cli, diff, NULL);
	}

	if (!sw_watchlist_story_name_is_valid(name))
		return sw_cli_usage_error(error, "diff: \"%s\" is neither a story nor a file", name);
	store = sw_cli_open_history(cli, error);
	if (store == NULL)
		return FALSE;
	if (!sw_cli_known_story(cli, store, name))
		return sw_cli_usage_error(error, "no story named \"%s\"", name);
	story_path = g_strdup_printf("%s/story.txt", name);
	if (argc == 2) {
		g_autoptr(GPtrArray) log = sw_store_log(store, name, NULL, 2, error);
		if (log == NULL)
			return FALSE;
		if (log->len == 0)
			return sw_cli_usage_error(error, "%s has no version yet", name);
		new_rev = g_strdup(((SwLogEntry *)g_ptr_array_index(log, 0))->id);
		if (log->len > 1)
			old_rev = g_strdup(((SwLogEntry *)g_ptr_array_index(log, 1))->id);
	} else {
		/* one REV: that version against the latest */
		old_rev = sw_store_resolve(store, argv[2], error);
		if (old_rev == NULL)
			return sw_cli_bad_revision(error);
		new_rev = sw_store_resolve(store, argc == 4 ? argv[3] : NULL, error);
		if (new_rev == NULL)
			return sw_cli_bad_revision(error);
	}
	if (old_rev != NULL) {
		old_text = sw_store_read(store, old_rev, story_path, error);
		if (old_text == NULL)
			return sw_cli_bad_revision(error);
	}
	new_text = sw_store_read(store, new_rev, story_path, error);
	if (new_text == NULL)
		return sw_cli_bad_revision(error);
	/* each version speaks from its page's own date, else from the day it
	 * was committed */
	for (guint k = 0; k < 2; k++) {
		const gchar *rev = k == 0 ? old_rev : new_rev;
		GDate *day = k == 0 ? &old_date : &new_date;
		g_autoptr(GPtrArray) one = NULL;
		g_autofree gchar *meta_path = NULL;
		g_autoptr(GBytes) meta = NULL;
		g_autofree gchar *when = NULL;
		if (rev == NULL || (k == 0 ? old_date_text : new_date_text) != NULL)
			continue;
		meta_path = g_strconcat(name, "/meta.json", NULL);
		meta = sw_store_read(store, rev, meta_path, NULL);
		when = meta != NULL ? sw_json_meta_day(g_bytes_get_data(meta, NULL), TRUE) : NULL;
		one = sw_store_log(store, NULL, rev, 1, NULL);
		if (one != NULL && one->len > 0)
			sw_facts_version_day(when, ((SwLogEntry *)g_ptr_array_index(one, 0))->time, day);
	}
	diff = sw_diff_stories_full(old_text != NULL ? g_bytes_get_data(old_text, NULL) : NULL,
				    g_bytes_get_data(new_text, NULL), &opts);
	ctx.story = name;
	ctx.commit = new_rev;
	return sw_cli_print_diff(cli, diff, &ctx);
}

/* ---- extract ---- */

static gboolean
sw_cmd_extract(SwCli *cli, gint argc, gchar **argv, GError **error)
{
	g_autofree gchar *url = NULL;
	g_autofree gchar *select = NULL;
	const GOptionEntry entries[] = {
	    {"json", 0, 0, G_OPTION_ARG_NONE, &cli->json, "Print the story as JSON", NULL},
	    {"url", 'u', 0, G_OPTION_ARG_STRING, &url, "The page's address, for a file or stdin",
	     "URL"},
	    {"select", 's', 0, G_OPTION_ARG_STRING, &select, "CSS selector or XPath of the story",
	     "SELECTOR"},
	    {NULL},
	};
	g_autofree gchar *data = NULL;
	g_autoptr(SwFetchResult) res = NULL;
	g_autoptr(SwStory) story = NULL;
	SwExtractOptions opts = {0};
	const gchar *src;
	gsize len = 0;

	if (!sw_cli_parse(cli, "extract", "FILE|URL|-",
			  "Print the story a page holds: headline, then paragraphs.", entries, &argc,
			  &argv, error))
		return FALSE;
	if (argc != 2)
		return sw_cli_usage_error(error, "extract: expected one FILE, URL or -");
	src = argv[1];
	if (g_str_has_prefix(src, "http://") || g_str_has_prefix(src, "https://")) {
		SwFetchRequest req = {src, NULL, NULL, 0, 0, FALSE, FALSE};
		res = sw_fetch_sync(&req, error);
		if (res == NULL) {
			g_prefix_error(error, "%s: ", src);
			return FALSE;
		}
		data = g_memdup2(g_bytes_get_data(res->body, &len), g_bytes_get_size(res->body) + 1);
		data[len] = '\0';
		opts.http_charset = res->charset;
		if (url == NULL)
			url = g_strdup(res->final_url);
	} else if (!sw_cli_read_input(src, &data, &len, error)) {
		return FALSE;
	}
	opts.url = url;
	opts.select = select;
	if (select != NULL && !sw_extract_check_selector(select, error))
		return FALSE;
	if ((res != NULL && g_strcmp0(res->content_type, "text/plain") == 0) ||
	    (res == NULL && !sw_extract_looks_like_html(data, len)))
		story = sw_extract_text(data, len);
	else
		story = sw_extract_html(data, len, &opts, error);
	if (story == NULL)
		return FALSE;
	if (story->url == NULL && url != NULL)
		story->url = g_strdup(url);
	if (story->paragraphs->len == 0)
		g_printerr("storywatch: warning: no story text found in %s\n", src);
	if (cli->json) {
		g_autofree gchar *json = sw_json_story(story);
		g_print("%s\n", json);
	} else {
		g_autofree gchar *body = sw_story_body(story);
		g_print("%s\n\n%s\n", story->title != NULL ? story->title : "", body);
	}
	return TRUE;
}

/* ---- facts ---- */

static gboolean
sw_cmd_facts(SwCli *cli, gint argc, gchar **argv, GError **error)
{
	g_autofree gchar *ref_text = NULL;
	const GOptionEntry entries[] = {
	    {"ref-date", 'd', 0, G_OPTION_ARG_STRING, &ref_text,
	     "The date relative expressions resolve against (default: the text's dateline, else today)",
	     "YYYY-MM-DD"},
	    {"json", 0, 0, G_OPTION_ARG_NONE, &cli->json, "One JSON object per line", NULL},
	    {NULL},
	};
	g_autofree gchar *data = NULL;
	g_autofree gchar *text = NULL;
	g_autoptr(GPtrArray) facts = NULL;
	GDate ref;
	gsize len = 0;

	if (!sw_cli_parse(cli, "facts", "FILE|-",
			  "Print the facts of a text: dates and other times, money, percentages, "
			  "numbers, people, organisations, places and quotes, normalised.",
			  entries, &argc, &argv, error))
		return FALSE;
	if (argc != 2)
		return sw_cli_usage_error(error, "facts: expected one FILE or -");
	if (ref_text != NULL) {
		if (!sw_facts_parse_ref_date(ref_text, &ref))
			return sw_cli_usage_error(error, "--ref-date: \"%s\" is not a date YYYY-MM-DD",
						  ref_text);
	}
	if (!sw_cli_read_input(argv[1], &data, &len, error))
		return FALSE;
	/* offsets are bytes of the input, so input that is not UTF-8 is made
	 * so byte for byte */
	text = sw_text_make_valid_in_place(data, len);
	if (ref_text == NULL) {
		/* the headline, a byline and the dateline come first */
		g_auto(GStrv) lines = g_strsplit(text, "\n", 8);
		if (!sw_cli_dateline_day((const gchar *const *)lines, g_strv_length(lines), 4, &ref))
			sw_facts_date_of_time(g_get_real_time() / G_USEC_PER_SEC, &ref);
	}
	facts = sw_facts_find(text, len, &ref);
	if (cli->json) {
		for (guint i = 0; i < facts->len; i++) {
			g_autofree gchar *line = sw_json_fact(g_ptr_array_index(facts, i));
			g_print("%s\n", line);
		}
		return TRUE;
	}
	for (guint i = 0; i < facts->len; i++) {
		SwFact *f = g_ptr_array_index(facts, i);
		g_autofree gchar *shown = sw_text_normalize_space(f->text);
		g_autofree gchar *clip = g_utf8_strlen(shown, -1) > 40 ? g_utf8_substring(shown, 0, 39) : NULL;
		g_autoptr(GString) extra = g_string_new(NULL);
		if (f->type != NULL)
			g_string_append_printf(extra, " %s", f->type);
		if (f->value_max != NULL)
			g_string_append_printf(extra, " max: %s", f->value_max);
		if (f->role != NULL)
			g_string_append_printf(extra, " role: %s", f->role);
		if (f->ref != NULL && g_strcmp0(f->ref, f->value) != 0)
			g_string_append_printf(extra, " ref: %s", f->ref);
		if (f->noun != NULL)
			g_string_append_printf(extra, " %s", f->noun);
		if (f->speaker != NULL)
			g_string_append_printf(extra, " speaker: %s", f->speaker);
		if (f->approx)
			g_string_append(extra, " approx.");
		g_print("%-8s %6zu-%-6zu %-41s %s%s\n", sw_fact_kind_to_string(f->kind), f->start, f->end,
			clip != NULL ? clip : shown, f->kind == SW_FACT_QUOTE ? "" : f->value, extra->str);
	}
	return TRUE;
}

/* ---- status ---- */

static gchar *
sw_cli_when(gint64 t, gint64 now)
{
	g_autoptr(GDateTime) dt = NULL;

	if (t <= 0)
		return g_strdup(t == 0 && now > 0 ? "-" : "now");
	dt = sw_clock_local(t);
	return g_date_time_format(dt, "%Y-%m-%d %H:%M");
}

/* ---- story ---- */

static gboolean
sw_cmd_story(SwCli *cli, gint argc, gchar **argv, GError **error)
{
	g_autofree gchar *html_path = NULL;
	const GOptionEntry entries[] = {
	    {"json", 0, 0, G_OPTION_ARG_NONE, &cli->json, "The timeline as JSON", NULL},
	    {"html", 0, 0, G_OPTION_ARG_FILENAME, &html_path,
	     "Write a self-contained HTML page: a chart of the facts, the versions side by side",
	     "FILE"},
	    {NULL},
	};
	g_autoptr(SwStore) store = NULL;
	g_autoptr(GPtrArray) versions = NULL;
	g_autoptr(SwTimeline) tl = NULL;
	const gchar *name;

	if (!sw_cli_parse(cli, "story", "NAME",
			  "Show a story's facts over time and across its sources: when its event is "
			  "expected, the amount at stake, where it stands, who is quoted, and where "
			  "sources disagree.",
			  entries, &argc, &argv, error))
		return FALSE;
	if (argc != 2)
		return sw_cli_usage_error(error, "story: one story name");
	name = argv[1];
	if (!sw_watchlist_story_name_is_valid(name))
		return sw_cli_usage_error(error, "invalid story name \"%s\"", name);
	store = sw_cli_open_history(cli, error);
	if (store == NULL)
		return FALSE;
	versions = sw_timeline_read_versions(store, name, FALSE, error);
	if (versions == NULL)
		return FALSE;
	if (versions->len == 0)
		return sw_cli_usage_error(error, "no story named \"%s\"", name);
	tl = sw_timeline_build(name, versions);
	if (html_path != NULL) {
		g_autofree gchar *html = sw_html_story(tl, versions);
		g_autoptr(GError) error_local = NULL;
		if (!g_file_set_contents(html_path, html, -1, &error_local)) {
			g_set_error(error, SW_ERROR, SW_ERROR_FAILED, "story: %s", error_local->message);
			return FALSE;
		}
		return TRUE;
	}
	if (cli->json) {
		g_autofree gchar *json = sw_json_timeline(tl);
		g_print("%s\n", json);
	} else {
		g_autofree gchar *text = sw_timeline_to_text(tl);
		g_print("%s", text);
	}
	return TRUE;
}

/* ---- mute, unmute ---- */

static gboolean
sw_cmd_mute_common(SwCli *cli, gint argc, gchar **argv, gboolean mute, GError **error)
{
	const gchar *cmd = mute ? "mute" : "unmute";
	g_autoptr(SwStore) store = NULL;
	g_autofree gchar *path = NULL;

	if (!sw_cli_parse(cli, cmd, "NAME",
			  mute ? "No desktop notification for a story (its hooks still run)."
			       : "Desktop notifications for a muted story again.",
			  NULL, &argc, &argv, error))
		return FALSE;
	if (argc != 2)
		return sw_cli_usage_error(error, "%s: one story name", cmd);
	if (!sw_watchlist_story_name_is_valid(argv[1]))
		return sw_cli_usage_error(error, "invalid story name \"%s\"", argv[1]);
	store = sw_cli_open_history(cli, error);
	if (store == NULL)
		return FALSE;
	if (!sw_cli_known_story(cli, store, argv[1]))
		return sw_cli_usage_error(error, "no story named \"%s\"", argv[1]);
	path = sw_store_get_private_path(store, "muted");
	if (!sw_state_set_muted(path, argv[1], mute, error))
		return FALSE;
	g_print("%s: %s\n", argv[1], mute ? "muted" : "unmuted");
	return TRUE;
}

static gboolean
sw_cmd_mute(SwCli *cli, gint argc, gchar **argv, GError **error)
{
	return sw_cmd_mute_common(cli, argc, argv, TRUE, error);
}

static gboolean
sw_cmd_unmute(SwCli *cli, gint argc, gchar **argv, GError **error)
{
	return sw_cmd_mute_common(cli, argc, argv, FALSE, error);
}

/* ---- gc ---- */

/* storywatch writes a pack per batch; git's own gc joins them (and any
 * loose objects of older versions) and writes a commit-graph with
 * changed-path filters. It runs under our writer lock, so no storywatch
 * commits meanwhile and our clearing of leftover lock files cannot touch
 * git's. */
static gboolean
sw_cmd_gc(SwCli *cli, gint argc, gchar **argv, GError **error)
{
	g_autoptr(SwStore) store = NULL;
	g_autofree gchar *git = NULL;
	const gchar *steps[][8] = {
	    {"-c", "gc.writeCommitGraph=false", "-c", "pack.depth=10", "gc", "--quiet", NULL},
	    {"commit-graph", "write", "--reachable", "--changed-paths", NULL},
	};
	/* Changed-path filters of 32 bits per path, not git's 10: a version
	 * changes three paths, and at 10 bits one commit in thirty passes
	 * for any folder, each a diff of two root trees (`git log -- NAME/`
	 * over 10,000 commits: 0.46 s, against 0.03 s at 32). The setting is
	 * recorded in the file, so every git reads the filters right; git
	 * names the knob for tests, and has no other. */
	g_auto(GStrv) env = g_environ_setenv(g_get_environ(), "GIT_TEST_BLOOM_SETTINGS_BITS_PER_ENTRY",
					     "32", TRUE);

	if (!sw_cli_parse(cli, "gc", NULL,
			  "Pack the history's objects and index its commits, with git, while no "
			  "storywatch writes.",
			  NULL, &argc, &argv, error))
		return FALSE;
	if (argc != 1)
		return sw_cli_usage_error(error, "gc: takes no arguments");
	git = g_find_program_in_path("git");
	if (git == NULL) {
		g_set_error_literal(error, SW_ERROR, SW_ERROR_FAILED,
				    "gc: the git command is not installed (Debian package git)");
		return FALSE;
	}
	store = sw_cli_open_history(cli, error);
	if (store == NULL)
		return FALSE;
	if (!sw_store_lock(store, 120, error))
		return FALSE;
	for (guint i = 0; i < G_N_ELEMENTS(steps); i++) {
		g_autoptr(GPtrArray) args = g_ptr_array_new();
		gint status = 0;
		if (i == 1) {
			/* filters of another size would be reused as they are */
			g_autofree gchar *one = g_build_filename(sw_store_get_path(store), "objects", "info",
								 "commit-graph", NULL);
			g_autofree gchar *split = g_build_filename(sw_store_get_path(store), "objects",
								   "info", "commit-graphs", NULL);
			g_autofree gchar *chain = g_build_filename(split, "commit-graph-chain", NULL);
			g_remove(one);
			g_remove(chain);
		}
		g_ptr_array_add(args, git);
		g_ptr_array_add(args, (gpointer) "-C");
		g_ptr_array_add(args, (gpointer)sw_store_get_path(store));
		for (guint j = 0; steps[i][j] != NULL; j++)
			g_ptr_array_add(args, (gpointer)steps[i][j]);
		g_ptr_array_add(args, NULL);
		if (!g_spawn_sync(NULL, (gchar **)args->pdata, env, G_SPAWN_DEFAULT, NULL,
				  NULL, NULL, NULL, &status, error) ||
		    !g_spawn_check_wait_status(status, error)) {
			g_prefix_error(error, "gc: git %s: ", steps[i][0][0] == '-' ? steps[i][4] : steps[i][0]);
			sw_store_unlock(store);
			return FALSE;
		}
	}
	sw_store_unlock(store);
	return TRUE;
}

static gboolean
sw_cmd_status(SwCli *cli, gint argc, gchar **argv, GError **error)
{
	const GOptionEntry entries[] = {
	    {"json", 0, 0, G_OPTION_ARG_NONE, &cli->json, "One JSON object per watch, then the service",
	     NULL},
	    {NULL},
	};
	g_autoptr(SwWatchlist) wl = NULL;
	g_autoptr(SwStore) store = NULL;
	g_autoptr(SwState) state = NULL;
	g_autofree gchar *state_path = NULL;
	g_autofree gchar *pid_path = NULL;
	g_autoptr(GPtrArray) pages = NULL;
	g_autofree gchar *muted_path = NULL;
	GPtrArray *watches;
	gint64 now = g_get_real_time() / G_USEC_PER_SEC;
	gint pid;

	if (!sw_cli_parse(cli, "status", "",
			  "Show each watch's last check, its result, when it is due, its failures; "
			  "and whether the service runs.",
			  entries, &argc, &argv, error))
		return FALSE;
	if (argc != 1)
		return sw_cli_usage_error(error, "status: takes no arguments");
	wl = sw_cli_load_watchlist(cli, error);
	if (wl == NULL)
		return FALSE;
	store = sw_store_open(sw_cli_repo(cli), TRUE, error);
	if (store == NULL)
		return FALSE;
	state_path = sw_store_get_private_path(store, "state.ini");
	state = sw_state_load(state_path, error);
	if (state == NULL)
		return FALSE;
	pid_path = sw_store_get_private_path(store, "service.pid");
	muted_path = sw_store_get_private_path(store, "muted");
	pid = sw_service_running_pid(pid_path);
	watches = sw_watchlist_get_watches(wl);
	/* with the pages feeds follow and a story's sources, after the watches */
	pages = sw_watcher_checkable(state, watches, now);
	for (guint i = 0; i < pages->len; i++) {
		SwWatch *w = g_ptr_array_index(pages, i);
		SwWatchState *ws = sw_state_lookup(state, w->name);
		gboolean parked = ws != NULL && ws->watch_digest != NULL;
		if (cli->json) {
			g_autofree gchar *line = sw_json_watch_status(
			    w->name, w->url, w->every, ws != NULL ? ws->last_check : 0,
			    ws != NULL ? ws->next_due : 0, ws != NULL ? ws->failures : 0,
			    ws != NULL ? ws->last_result : NULL, parked);
			g_print("%s\n", line);
		} else {
			g_autofree gchar *last = sw_cli_when(ws != NULL ? ws->last_check : 0, now);
			g_autofree gchar *next = ws != NULL && ws->next_due > now
						     ? sw_cli_when(ws->next_due, now)
						     : g_strdup("due");
			g_autofree gchar *failures = ws != NULL && ws->failures > 0
							 ? g_strdup_printf("[%u failures] ", ws->failures)
							 : g_strdup("");
			g_print("%-20s last %-16s next %-16s %s%s%s\n", w->name, last, parked ? "parked" : next,
				sw_state_is_muted(muted_path, w->name) ? "[muted] " : "", failures,
				ws != NULL && ws->last_result != NULL ? ws->last_result : "never checked");
		}
	}
	if (cli->json)
		g_print("{\"service\":%s,\"pid\":%d,\"watches\":%u}\n", pid > 0 ? "true" : "false", pid,
			pages->len);
	else if (pid > 0)
		g_print("service: running (pid %d)\n", pid);
	else
		g_print("service: not running\n");
	return TRUE;
}

/* ---- import, export ---- */

static gboolean
sw_cmd_import(SwCli *cli, gint argc, gchar **argv, GError **error)
{
	gboolean dry_run = FALSE;
	g_autofree gchar *cache = NULL;
	const GOptionEntry entries[] = {
	    {"dry-run", 0, 0, G_OPTION_ARG_NONE, &dry_run, "Say what would be added, add nothing",
	     NULL},
	    {"cache", 0, 0, G_OPTION_ARG_FILENAME, &cache,
	     "Replay urlwatch's cache.db into the new stories' histories, at their dates", "CACHE.DB"},
	    {NULL},
	};
	g_autoptr(SwWatchlist) wl = NULL;
	g_autoptr(GPtrArray) jobs = NULL;
	g_autoptr(GPtrArray) cached = NULL;
	g_autoptr(GPtrArray) added_names = g_ptr_array_new_with_free_func(g_free);
	g_autofree gchar *data = NULL;
	gsize len = 0;
	guint added = 0;

	if (!sw_cli_parse(cli, "import", "urlwatch URLS.YAML",
			  "Add urlwatch's jobs to the watchlist: css and xpath filters become "
			  "select and exclude, grepi and line-deleting re.sub become ignore rules; "
			  "what has no equivalent is listed.",
			  entries, &argc, &argv, error))
		return FALSE;
	if (argc != 3 || g_strcmp0(argv[1], "urlwatch") != 0)
		return sw_cli_usage_error(error, "import: expected \"urlwatch URLS.YAML\"");
	if (!sw_cli_read_input(argv[2], &data, &len, error))
		return FALSE;
	jobs = sw_urlwatch_read(argv[2], data, len, error);
	if (jobs == NULL)
		return FALSE;
	/* the cache is read before anything is added: a bad one changes nothing */
	if (cache != NULL) {
		cached = sw_uwcache_read(cache, error);
		if (cached == NULL)
			return FALSE;
	}
	wl = sw_cli_load_watchlist(cli, error);
	if (wl == NULL)
		return FALSE;
	for (guint i = 0; i < jobs->len; i++) {
		SwUrlwatchJob *job = g_ptr_array_index(jobs, i);
		g_autofree gchar *name = NULL;
		g_autofree gchar *ignore = NULL;
		g_autoptr(GError) error_local = NULL;
		if (job->url == NULL) {
			g_print("%s:%u: skipped (%s)\n", argv[2], job->line,
				job->left_out->len > 0 ? (const gchar *)g_ptr_array_index(job->left_out, 0)
						       : "no url");
			continue;
		}
		name = job->name != NULL ? sw_watchlist_unique_name(wl, job->name)
					 : sw_watchlist_suggest_name(wl, job->url);
		g_ptr_array_add(job->ignore, NULL);
		ignore = job->ignore->len > 1 ? g_strjoinv("\n", (gchar **)job->ignore->pdata) : NULL;
		if (!dry_run) {
			const gchar *kv[] = {"select", job->select, "exclude", job->exclude,
					     "ignore", ignore, NULL};
			if (!sw_watchlist_add_full(wl, name, job->url, kv, &error_local)) {
				g_print("%s:%u: not added: %s\n", argv[2], job->line, error_local->message);
				continue;
			}
		}
		added++;
		g_ptr_array_add(added_names, g_strdup(name));
		g_print("%s %s: %s\n", dry_run ? "would add" : "added", name, job->url);
		for (guint k = 0; k < job->left_out->len; k++)
			g_print("  not carried over: %s\n", (const gchar *)g_ptr_array_index(job->left_out, k));
	}
	g_print("%u of %u jobs %s\n", added, jobs->len, dry_run ? "would be added" : "added");
	if (cached != NULL && !dry_run && added_names->len > 0) {
		g_autoptr(SwStore) store = sw_store_open(sw_cli_repo(cli), TRUE, error);
		g_autoptr(SwWatchlist) now = sw_cli_load_watchlist(cli, error);
		if (store == NULL || now == NULL)
			return FALSE;
		for (guint i = 0; i < added_names->len; i++) {
			const SwWatch *w = sw_watchlist_find(now, g_ptr_array_index(added_names, i));
			g_autoptr(GError) error_local = NULL;
			guint versions = 0;
			if (w == NULL)
				continue;
			if (!sw_replay_urlwatch(store, w, cached, &versions, &error_local))
				g_print("%s: not replayed: %s\n", w->name, error_local->message);
			else
				g_print("%s: %u version%s replayed from urlwatch's cache\n", w->name, versions,
					versions == 1 ? "" : "s");
		}
	}
	return TRUE;
}

static gboolean
sw_cmd_export(SwCli *cli, gint argc, gchar **argv, GError **error)
{
	g_autofree gchar *format = NULL;
	g_autofree gchar *output = NULL;
	const GOptionEntry entries[] = {
	    {"format", 'f', 0, G_OPTION_ARG_STRING, &format, "urlwatch (YAML, the default) or opml",
	     "FORMAT"},
	    {"output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "Write here (atomically)", "FILE"},
	    {NULL},
	};
	g_autoptr(SwWatchlist) wl = NULL;
	g_autofree gchar *text = NULL;

	if (!sw_cli_parse(cli, "export", "", "Write the watchlist as urlwatch jobs or as OPML.",
			  entries, &argc, &argv, error))
		return FALSE;
	if (argc != 1)
		return sw_cli_usage_error(error, "export: takes no arguments");
	if (format != NULL && g_strcmp0(format, "urlwatch") != 0 && g_strcmp0(format, "opml") != 0)
		return sw_cli_usage_error(error, "--format: \"%s\" is not urlwatch or opml", format);
	wl = sw_cli_load_watchlist(cli, error);
	if (wl == NULL)
		return FALSE;
	if (g_strcmp0(format, "opml") == 0)
		text = sw_opml_write(sw_watchlist_get_watches(wl), "storywatch");
	else
		text = sw_urlwatch_write(sw_watchlist_get_watches(wl));
	if (output == NULL) {
		g_print("%s", text);
		return TRUE;
	}
	return g_file_set_contents(output, text, -1, error);
}

/* ---- feed ---- */

static gboolean
sw_cmd_feed(SwCli *cli, gint argc, gchar **argv, GError **error)
{
	g_autofree gchar *story = NULL;
	g_autofree gchar *output = NULL;
	gint max = 0;
	const GOptionEntry entries[] = {
	    {"story", 's', 0, G_OPTION_ARG_STRING, &story, "Only this story's changes", "NAME"},
	    {"max-count", 'n', 0, G_OPTION_ARG_INT, &max, "At most N entries (default 50)", "N"},
	    {"output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "Write the feed here (atomically)",
	     "FILE"},
	    {NULL},
	};
	g_autoptr(SwStore) store = NULL;
	g_autofree gchar *atom = NULL;

	if (!sw_cli_parse(cli, "feed", "",
			  "Write the changes as an Atom feed, newest first, for any feed reader.",
			  entries, &argc, &argv, error))
		return FALSE;
	if (argc != 1)
		return sw_cli_usage_error(error, "feed: takes no arguments (--story NAME for one story)");
	if (max < 0)
		return sw_cli_usage_error(error, "feed: --max-count must be positive");
	if (story != NULL && !sw_watchlist_story_name_is_valid(story))
		return sw_cli_usage_error(error, "invalid story name \"%s\"", story);
	store = sw_cli_open_history(cli, error);
	if (store == NULL)
		return FALSE;
	if (story != NULL && !sw_cli_known_story(cli, store, story))
		return sw_cli_usage_error(error, "no story named \"%s\"", story);
	atom = sw_feed_atom(store, story, (guint)max, error);
	if (atom == NULL)
		return FALSE;
	if (output == NULL) {
		g_print("%s", atom);
		return TRUE;
	}
	return g_file_set_contents(output, atom, -1, error);
}

/* ---- the table ---- */

static gboolean
sw_cmd_help(SwCli *cli, gint argc, gchar **argv, GError **error);

static const SwCommand sw_commands[] = {
    {"add", "URL [--name NAME] [--every 30m] [--select SEL]", "add a page to the watchlist",
     sw_cmd_add},
    {"list", "", "list the watches", sw_cmd_list},
    {"remove", "NAME", "remove a watch (its history is kept)", sw_cmd_remove},
    {"check", "[--all | NAME...]", "check the due (or named, or all) watches now", sw_cmd_check},
    {"run", "", "run the watcher service until stopped", sw_cmd_run},
    {"log", "[NAME] [--json] [-n N] [--since WHEN] [--significance LEVEL]",
     "list the versions of a story, or of all", sw_cmd_log},
    {"diff", "NAME [REV [REV]] | OLD NEW", "show what changed between two versions", sw_cmd_diff},
    {"extract", "[--json] FILE|URL|-", "print the story a page holds", sw_cmd_extract},
    {"facts", "--ref-date D [--json] FILE|-", "print the facts of a text, normalised", sw_cmd_facts},
    {"status", "[--json]", "each watch's last check and next; the service", sw_cmd_status},
    {"feed", "[--story NAME] [-n N] [-o FILE]", "the changes as an Atom feed", sw_cmd_feed},
    {"import", "urlwatch URLS.YAML [--cache CACHE.DB] [--dry-run]", "add urlwatch's jobs to the watchlist",
     sw_cmd_import},
    {"export", "[--format urlwatch|opml] [-o FILE]", "write the watchlist for another tool",
     sw_cmd_export},
    {"install-service", "[--print]", "install the systemd user unit", sw_cmd_install_service},
    {"story", "NAME [--json | --html FILE]", "a story's facts over time and across its sources", sw_cmd_story},
    {"mute", "NAME", "no desktop notification for a story", sw_cmd_mute},
    {"unmute", "NAME", "desktop notifications for a story again", sw_cmd_unmute},
    {"gc", "", "pack the history's objects (runs git gc under storywatch's lock)", sw_cmd_gc},
    {"help", "[COMMAND]", "show help", sw_cmd_help},
};

static void
sw_print_usage(FILE *out)
{
	fprintf(out, "usage: storywatch [--config FILE] [--repo DIR] COMMAND [ARGS]\n\n"
		     "Watch news stories on the web and tell how each one evolves.\n\n"
		     "commands:\n");
	for (guint i = 0; i < G_N_ELEMENTS(sw_commands); i++)
		fprintf(out, "  %-16s %s\n", sw_commands[i].name, sw_commands[i].summary);
	fprintf(out, "\n`storywatch COMMAND --help` shows a command's options; "
		     "man storywatch(1) tells the rest.\n");
}

static gboolean
sw_cmd_help(SwCli *cli, gint argc, gchar **argv, GError **error)
{
	(void)cli;
	(void)error;
	if (argc >= 2) {
		for (guint i = 0; i < G_N_ELEMENTS(sw_commands); i++) {
			if (g_strcmp0(sw_commands[i].name, argv[1]) == 0 &&
			    sw_commands[i].func != sw_cmd_help) {
				gchar *args[] = {argv[1], (gchar *)"--help", NULL};
				SwCli sub = {0};
				return sw_commands[i].func(&sub, 2, args, error);
			}
		}
		return sw_cli_usage_error(error, "unknown command \"%s\"", argv[1]);
	}
	sw_print_usage(stdout);
	return TRUE;
}

static gint
sw_exit_code(const GError *error)
{
	if (error->domain == SW_ERROR &&
	    (error->code == SW_ERROR_INVALID_ARGUMENT || error->code == SW_ERROR_INVALID_CONFIG))
		return SW_EXIT_USAGE;
	return SW_EXIT_FAILURE;
}

int
main(int argc, char **argv)
{
	g_autoptr(GError) error = NULL;
	g_autoptr(GPtrArray) args = g_ptr_array_new();
	SwCli cli = {0};
	const SwCommand *cmd = NULL;
	gboolean ok;
	gint cmd_index = -1;

	setlocale(LC_ALL, "");
	/* debug and info on stderr, never mixed into piped output */
	g_log_writer_default_set_use_stderr(TRUE);
	signal(SIGPIPE, SIG_IGN);
	/* past a file-size limit a write fails (EFBIG) and is reported, rather
	 * than the process dying half-way through a commit */
	signal(SIGXFSZ, SIG_IGN);

	/* the command is the first word that is not an option or its value */
	for (gint i = 1; i < argc; i++) {
		if (g_strcmp0(argv[i], "--version") == 0 || g_strcmp0(argv[i], "-V") == 0) {
			g_print("storywatch %s\n", SW_VERSION);
			return 0;
		}
		if (g_strcmp0(argv[i], "--help") == 0 || g_strcmp0(argv[i], "-h") == 0) {
			if (cmd_index < 0) {
				sw_print_usage(stdout);
				return 0;
			}
			continue;
		}
		if (argv[i][0] == '-') {
			if (cmd_index < 0 && (g_strcmp0(argv[i], "--config") == 0 ||
					      g_strcmp0(argv[i], "-c") == 0 ||
					      g_strcmp0(argv[i], "--repo") == 0 ||
					      g_strcmp0(argv[i], "-r") == 0))
				i++;
			continue;
		}
		if (cmd_index < 0)
			cmd_index = i;
	}
	if (cmd_index < 0) {
		sw_print_usage(stderr);
		return SW_EXIT_USAGE;
	}
	for (guint i = 0; i < G_N_ELEMENTS(sw_commands); i++) {
		if (g_strcmp0(sw_commands[i].name, argv[cmd_index]) == 0)
			cmd = &sw_commands[i];
	}
	if (cmd == NULL) {
		g_printerr("storywatch: unknown command \"%s\" (see storywatch --help)\n",
			   argv[cmd_index]);
		return SW_EXIT_USAGE;
	}
	/* argv for the command: its name first, then every other argument */
	g_ptr_array_add(args, argv[cmd_index]);
	for (gint i = 1; i < argc; i++) {
		if (i != cmd_index)
			g_ptr_array_add(args, argv[i]);
	}
	g_ptr_array_add(args, NULL);
	{
		gint cargc = (gint)args->len - 1;
		gchar **cargv = (gchar **)args->pdata;
		ok = cmd->func(&cli, cargc, cargv, &error);
	}
	sw_notify_shutdown();
	g_free(cli.config);
	g_free(cli.repo);
	if (!ok) {
		g_printerr("storywatch: %s\n", error != NULL ? error->message : "failed");
		return error != NULL ? sw_exit_code(error) : SW_EXIT_FAILURE;
	}
	return 0;
}
