/* SPDX-License-Identifier: MIT
 *
 * `storywatch run`, the background service: one GMainLoop for the timer,
 * the fetches and the signals. The idle pages wait in a queue ordered by
 * their due time, and a single timer wakes at its head, so a tick costs
 * the pages it starts, not the size of the watchlist. Each check commits
 * from a main-loop callback, so a signal is only ever handled between
 * commits, never inside one. SIGTERM and SIGINT stop (state saved, exit 0);
 * SIGHUP reloads the watchlist and keeps the schedule.
 */
#define G_LOG_DOMAIN "storywatch"

#include "sw/service.h"

#include <glib-unix.h>
#include <glib/gstdio.h>
#include <unistd.h>
#include <signal.h>

#include <errno.h>

#include "sw/error.h"
#include "sw/htmlreport.h"
#include "sw/notify.h"
#include "sw/report.h"
#include "sw/state.h"
#include "sw/store.h"
#include "sw/timeline.h"
#include "sw/watcher.h"
#include "sw/watchlist.h"

/* wake at least this often, so clock jumps and edits are noticed */
#define SW_SERVICE_MAX_SLEEP 300
/* seconds a state save may wait for more checks to report, at least */
#define SW_SERVICE_SAVE_DELAY 5
/* and at least this many times as long as the last save took: with ten
 * thousand watches a save is 2 MB and an fsync, 0.1 s, and saving every
 * 5 s would be 2% of a core; this keeps it near a third of a percent */
#define SW_SERVICE_SAVE_SHARE 300
/* the pages behind feeds are listed again this often (entries stop being
 * followed as they age) */
#define SW_SERVICE_PAGES_MAX_AGE 3600

/* an idle page in the queue */
typedef struct {
	gint64 due;
	gchar *name;
} SwDue;

typedef struct {
	const SwServiceOptions *opts;
	GMainLoop *loop;
	SwWatchlist *watchlist;
	SwStore *store;
	SwState *state;
	SwFurniture *furniture;
	SwWatcher *watcher;
	GSource *timer;
	GSource *save_timer; /* a save due soon, while checks keep reporting */
	gint64 save_us;	     /* how long the last save took */
	gboolean stopping;
	GHashTable *pages;   /* name -> SwWatch: everything checked, derived pages too */
	gint64 pages_built;  /* when @pages was listed */
	GSequence *queue;    /* SwDue of the idle pages, soonest first */
	GHashTable *queued;  /* name -> GSequenceIter in @queue */
} SwService;

static void
sw_service_arm(SwService *self);
static void
sw_service_enqueue(SwService *self, const SwWatch *w, gint64 now);
static void
sw_service_list_pages(SwService *self);

static void
sw_service_save(SwService *self)
{
	g_autoptr(GError) error = NULL;
	gint64 start = g_get_monotonic_time();

	if (!sw_state_save(self->state, &error))
		g_warning("%s", error->message);
	self->save_us = g_get_monotonic_time() - start;
	g_clear_error(&error);
	if (!sw_furniture_save(self->furniture, &error))
		g_warning("%s", error->message);
}

/* a notification's "Mute story" and "Show changes", heard in the loop */
static void
sw_service_action_cb(const gchar *story, const gchar *action, gpointer user_data)
{
	SwService *self = user_data;
	g_autoptr(GError) error = NULL;

	if (g_strcmp0(action, "mute") == 0) {
		g_autofree gchar *path = sw_store_get_private_path(self->store, "muted");
		if (sw_state_set_muted(path, story, TRUE, &error))
			g_message("%s: muted (storywatch unmute %s to hear of it again)", story, story);
		else
			g_warning("%s", error->message);
	} else if (g_strcmp0(action, "changes") == 0) {
		/* the story's page (the chart and its versions), in the browser */
		g_autoptr(GPtrArray) versions = sw_timeline_read_versions(self->store, story, FALSE, &error);
		g_autoptr(SwTimeline) tl = NULL;
		g_autofree gchar *html = NULL;
		g_autofree gchar *file = g_strdelimit(g_strconcat(story, ".html", NULL), "/", '_');
		g_autofree gchar *dir = g_build_filename(g_get_user_runtime_dir(), "storywatch", NULL);
		g_autofree gchar *path = g_build_filename(dir, file, NULL);
		g_autofree gchar *uri = NULL;
		if (versions == NULL || versions->len == 0) {
			g_warning("%s: no versions to show", story);
			return;
		}
		tl = sw_timeline_build(story, versions);
		html = sw_html_story(tl, versions);
		uri = g_filename_to_uri(path, NULL, NULL);
		if (g_mkdir_with_parents(dir, 0700) != 0 || !g_file_set_contents(path, html, -1, &error) ||
		    !g_app_info_launch_default_for_uri(uri, NULL, &error))
			g_warning("%s: showing changes: %s", story,
				  error != NULL ? error->message : g_strerror(errno));
	}
}

static gboolean
sw_service_save_cb(gpointer user_data)
{
	SwService *self = user_data;

	g_clear_pointer(&self->save_timer, g_source_unref);
	sw_service_save(self);
	return G_SOURCE_REMOVE;
}

/* The state is written at most every few seconds, not after each check:
 * with thousands of watches a save is megabytes and an fsync. What a crash
 * loses of it is only a cache (validators, due times): the versions are in
 * the repository, and a page fetched again without its validators is
 * compared with the stored story and not committed twice. */
static void
sw_service_save_soon(SwService *self)
{
	if (self->save_timer != NULL)
		return;
	self->save_timer = g_timeout_source_new_seconds(
	    (guint)MAX(SW_SERVICE_SAVE_DELAY, self->save_us * SW_SERVICE_SAVE_SHARE / G_USEC_PER_SEC));
	g_source_set_callback(self->save_timer, sw_service_save_cb, self, NULL);
	g_source_attach(self->save_timer, NULL);
}

static void
sw_service_report_cb(const SwCheckReport *r, gpointer user_data)
{
	SwService *self = user_data;
	g_autofree gchar *line = sw_report_check(r);

	if (r->result == SW_CHECK_FAILED || r->result == SW_CHECK_EMPTY)
		g_log_structured(G_LOG_DOMAIN, G_LOG_LEVEL_WARNING, "SW_WATCH", r->watch->name,
				 "MESSAGE", "%s", line);
	else if (r->result == SW_CHECK_FIRST || r->result == SW_CHECK_CHANGED)
		g_log_structured(G_LOG_DOMAIN, G_LOG_LEVEL_MESSAGE, "SW_WATCH", r->watch->name,
				 "SW_COMMIT", r->commit, "MESSAGE", "%s", line);
	else
		g_log_structured(G_LOG_DOMAIN, G_LOG_LEVEL_INFO, "SW_WATCH", r->watch->name,
				 "MESSAGE", "%s", line);
	if (r->notify_error != NULL)
		g_warning("%s: %s", r->watch->name, r->notify_error);
	if (r->hook_error != NULL)
		g_warning("%s: %s", r->watch->name, r->hook_error);
	sw_service_save_soon(self);
	/* the pass is over: the stories held back by the rate limit, as one */
	if (sw_watcher_get_busy(self->watcher) == 0)
		sw_notify_flush(NULL);
	if (self->stopping)
		return;
	/* a feed's new entries are pages from now on */
	if (r->result == SW_CHECK_FEED && r->new_entries > 0) {
		sw_service_list_pages(self);
	} else {
		const SwWatch *w = g_hash_table_lookup(self->pages, r->watch->name);
		if (w != NULL)
			sw_service_enqueue(self, w, g_get_real_time() / G_USEC_PER_SEC);
	}
	sw_service_arm(self);
}

static void
sw_due_free(SwDue *d)
{
	g_free(d->name);
	g_free(d);
}

static gint
sw_due_compare(gconstpointer a, gconstpointer b, gpointer user_data)
{
	const SwDue *x = a, *y = b;

	(void)user_data;
	if (x->due != y->due)
		return x->due < y->due ? -1 : 1;
	return g_strcmp0(x->name, y->name);
}

/* @w waits in the queue for its due time, unless a check of it is in flight */
static void
sw_service_enqueue(SwService *self, const SwWatch *w, gint64 now)
{
	SwWatchState *ws = sw_state_lookup(self->state, w->name);
	GSequenceIter *it = g_hash_table_lookup(self->queued, w->name);
	SwDue *d;

	if (it != NULL) {
		g_hash_table_remove(self->queued, w->name);
		g_sequence_remove(it);
	}
	if (sw_watcher_is_busy_with(self->watcher, w->name))
		return;
	d = g_new0(SwDue, 1);
	d->name = g_strdup(w->name);
	/* a parked watch edited since is due at once */
	d->due = ws == NULL || sw_watcher_is_due(self->state, w, now) ? now : ws->next_due;
	it = g_sequence_insert_sorted(self->queue, d, sw_due_compare, NULL);
	g_hash_table_insert(self->queued, d->name, it);
}

/* What is checked: each watch without sources, a story's sources and the
 * entries feeds still follow, listed again after a reload, a feed's new
 * entries, or an hour; all of them queued by their due time. */
static void
sw_service_list_pages(SwService *self)
{
	gint64 now = g_get_real_time() / G_USEC_PER_SEC;
	g_autoptr(GPtrArray) pages =
	    sw_watcher_checkable(self->state, sw_watchlist_get_watches(self->watchlist), now);

	g_hash_table_remove_all(self->queued);
	g_sequence_remove_range(g_sequence_get_begin_iter(self->queue),
				g_sequence_get_end_iter(self->queue));
	g_hash_table_remove_all(self->pages);
	/* the table owns them from here */
	g_ptr_array_set_free_func(pages, NULL);
	for (guint i = 0; i < pages->len; i++) {
		SwWatch *w = g_ptr_array_index(pages, i);
		g_hash_table_replace(self->pages, w->name, w);
		sw_service_enqueue(self, w, now);
	}
	self->pages_built = now;
}

static gboolean
sw_service_tick_cb(gpointer user_data)
{
	SwService *self = user_data;
	gint64 now = g_get_real_time() / G_USEC_PER_SEC;
	GSequenceIter *it;

	g_clear_pointer(&self->timer, g_source_unref);
	if (now - self->pages_built >= SW_SERVICE_PAGES_MAX_AGE || now < self->pages_built)
		sw_service_list_pages(self);
	while (!self->stopping && !g_sequence_iter_is_end(it = g_sequence_get_begin_iter(self->queue))) {
		SwDue *d = g_sequence_get(it);
		const SwWatch *w = g_hash_table_lookup(self->pages, d->name);
		if (d->due > now)
			break;
		g_hash_table_remove(self->queued, d->name);
		/* the watch's own copy stays in @pages while it is checked */
		g_sequence_remove(it);
		if (w != NULL)
			sw_watcher_check(self->watcher, w);
	}
	sw_service_arm(self);
	return G_SOURCE_REMOVE;
}

/* one timer, at the head of the queue */
static void
sw_service_arm(SwService *self)
{
	gint64 now = g_get_real_time() / G_USEC_PER_SEC;
	gint64 wake = now + SW_SERVICE_MAX_SLEEP;
	GSequenceIter *head = g_sequence_get_begin_iter(self->queue);

	if (!g_sequence_iter_is_end(head))
		wake = MIN(wake, ((SwDue *)g_sequence_get(head))->due);
	wake = MIN(wake, self->pages_built + SW_SERVICE_PAGES_MAX_AGE);
	if (self->timer != NULL) {
		g_source_destroy(self->timer);
		g_clear_pointer(&self->timer, g_source_unref);
	}
	self->timer = wake <= now ? g_timeout_source_new(0)
				  : g_timeout_source_new_seconds((guint)(wake - now));
	g_source_set_callback(self->timer, sw_service_tick_cb, self, NULL);
	g_source_attach(self->timer, NULL);
}

static gboolean
sw_service_stop_cb(gpointer user_data)
{
	SwService *self = user_data;

	/* commits run inside callbacks: none is half-done while we are here;
	 * the versions committed in memory go to disk first */
	self->stopping = TRUE;
	sw_watcher_flush(self->watcher);
	g_message("stopping (%u checks in flight abandoned)", sw_watcher_get_busy(self->watcher));
	g_main_loop_quit(self->loop);
	return G_SOURCE_CONTINUE;
}

static gboolean
sw_service_reload_cb(gpointer user_data)
{
	SwService *self = user_data;
	g_autoptr(GError) error = NULL;
	SwWatchlist *wl = sw_watchlist_load(self->opts->config_path, TRUE, &error);

	if (wl == NULL) {
		g_warning("reload refused, keeping the current watchlist: %s", error->message);
		return G_SOURCE_CONTINUE;
	}
	/* checks in flight hold their own copy of their watch */
	sw_watchlist_free(self->watchlist);
	self->watchlist = wl;
	g_message("reloaded %s: %u watches", self->opts->config_path,
		  sw_watchlist_get_watches(wl)->len);
	sw_service_list_pages(self);
	sw_service_arm(self);
	return G_SOURCE_CONTINUE;
}

gboolean
sw_service_run(const SwServiceOptions *opts, GError **error)
{
	SwService self = {0};
	g_autofree gchar *state_path = NULL;
	g_autofree gchar *pid_path = NULL;
	guint sig_term, sig_int, sig_hup;

	g_return_val_if_fail(error == NULL || *error == NULL, FALSE);

	self.opts = opts;
	self.watchlist = sw_watchlist_load(opts->config_path, TRUE, error);
	if (self.watchlist == NULL)
		return FALSE;
	self.store = sw_store_open(opts->repo_path, TRUE, error);
	if (self.store == NULL) {
		sw_watchlist_free(self.watchlist);
		return FALSE;
	}
	state_path = sw_store_get_private_path(self.store, "state.ini");
	self.state = sw_state_load(state_path, error);
	if (self.state == NULL) {
		sw_store_free(self.store);
		sw_watchlist_free(self.watchlist);
		return FALSE;
	}
	g_free(state_path);
	state_path = sw_store_get_private_path(self.store, "furniture.ini");
	self.furniture = sw_furniture_load(state_path, error);
	if (self.furniture == NULL) {
		sw_state_free(self.state);
		sw_store_free(self.store);
		sw_watchlist_free(self.watchlist);
		return FALSE;
	}
	/* `storywatch status` tells whether we run from this file */
	pid_path = sw_store_get_private_path(self.store, "service.pid");
	{
		g_autofree gchar *pid = g_strdup_printf("%d\n", (gint)getpid());
		g_file_set_contents(pid_path, pid, -1, NULL);
	}
	self.loop = g_main_loop_new(NULL, FALSE);
	self.watcher = sw_watcher_new(self.store, self.state, opts->hooks_dir, NULL);
	sw_watcher_set_furniture(self.watcher, self.furniture);
	sw_watcher_set_report_func(self.watcher, sw_service_report_cb, &self);
	sw_notify_set_action_handler(sw_service_action_cb, &self);

	/* a hook that closes its stdin early must not kill us */
	signal(SIGPIPE, SIG_IGN);
	sig_term = g_unix_signal_add(SIGTERM, sw_service_stop_cb, &self);
	sig_int = g_unix_signal_add(SIGINT, sw_service_stop_cb, &self);
	sig_hup = g_unix_signal_add(SIGHUP, sw_service_reload_cb, &self);

	g_message("watching %u stories from %s, history in %s",
		  sw_watchlist_get_watches(self.watchlist)->len, opts->config_path, opts->repo_path);
	self.pages = g_hash_table_new_full(g_str_hash, g_str_equal, NULL, (GDestroyNotify)sw_watch_free);
	self.queue = g_sequence_new((GDestroyNotify)sw_due_free);
	self.queued = g_hash_table_new(g_str_hash, g_str_equal);
	sw_service_list_pages(&self);
	sw_service_arm(&self);
	g_main_loop_run(self.loop);

	g_source_remove(sig_term);
	g_source_remove(sig_int);
	g_source_remove(sig_hup);
	if (self.timer != NULL) {
		g_source_destroy(self.timer);
		g_source_unref(self.timer);
	}
	sw_notify_set_action_handler(NULL, NULL);
	sw_watcher_free(self.watcher);
	if (self.save_timer != NULL) {
		g_source_destroy(self.save_timer);
		g_clear_pointer(&self.save_timer, g_source_unref);
	}
	sw_service_save(&self);
	g_unlink(pid_path);
	g_hash_table_unref(self.queued);
	g_sequence_free(self.queue);
	g_hash_table_unref(self.pages);
	sw_state_free(self.state);
	sw_furniture_free(self.furniture);
	sw_store_free(self.store);
	sw_watchlist_free(self.watchlist);
	g_main_loop_unref(self.loop);
	return TRUE;
}

gint
sw_service_running_pid(const gchar *pid_path)
{
	g_autofree gchar *text = NULL;
	g_autofree gchar *comm_path = NULL;
	g_autofree gchar *comm = NULL;
	gint pid;

	if (!g_file_get_contents(pid_path, &text, NULL, NULL))
		return 0;
	pid = (gint)g_ascii_strtoll(text, NULL, 10);
	if (pid <= 0 || kill(pid, 0) != 0)
		return 0;
	/* a pid left by a crash may belong to another program by now */
	comm_path = g_strdup_printf("/proc/%d/comm", pid);
	if (g_file_get_contents(comm_path, &comm, NULL, NULL) && !g_str_has_prefix(comm, "storywatch"))
		return 0;
	return pid;
}

gchar *
sw_service_unit(const gchar *exec_path)
{
	return g_strdup_printf(
	    "# storywatch: watch news stories and tell how they evolve\n"
	    "# installed by `storywatch install-service` or `make install`\n"
	    "[Unit]\n"
	    "Description=storywatch news story watcher\n"
	    "Documentation=man:storywatch(1) man:storywatch-watchlist(5)\n"
	    "After=network-online.target\n"
	    "Wants=network-online.target\n"
	    "\n"
	    "[Service]\n"
	    "Type=simple\n"
	    "ExecStart=%s run\n"
	    "ExecReload=/bin/kill -HUP $MAINPID\n"
	    "Restart=on-failure\n"
	    "RestartSec=30\n"
	    "Nice=10\n"
	    "\n"
	    "[Install]\n"
	    "WantedBy=default.target\n",
	    exec_path);
}
