/* SPDX-License-Identifier: MIT
 *
 * One check of one watch, start to end: fetch (conditional, bounded),
 * extract the story, compare it with the last snapshot, commit when it
 * changed, then notify and run the hook. The schedule state is updated
 * here; the caller decides when to save it and holds the repository lock.
 * `storywatch check` and the service both drive this module.
 *
 * Fetches and commits run on the main context; extraction, facts and the
 * diff, the CPU-heavy part, on a pool of one thread per core. Commits are
 * batched in memory and flushed as one pack (sw_store_flush): a check
 * that committed finishes, and is told, only once its version is on disk.
 */
#define G_LOG_DOMAIN "storywatch-watcher"

#include "sw/watcher.h"

#include <string.h>

#include <libxml/parser.h>

#include "sw/clock.h"
#include "sw/error.h"
#include "sw/extract.h"
#include "sw/facts.h"
#include "sw/hook.h"
#include "sw/json.h"
#include "sw/notify.h"
#include "sw/report.h"
#include "sw/robots.h"
#include "sw/rss.h"
#include "sw/schedule.h"
#include "sw/text.h"
#include "sw/store.h"
#include "sw/timeline.h"
#include "sw/story.h"

/* seconds to wait for another writer before the commit is retried later */
#define SW_WATCHER_LOCK_WAIT 30
/* a story too old for every = auto waits this long (or for an edit) */
#define SW_WATCHER_STOPPED (10LL * 365 * 24 * 3600)
/* versions looked back at for a flip-flop */
#define SW_WATCHER_FLIP_FLOP_DEPTH 8
/* a batch of versions goes to disk at this many, at this many bytes, or
 * this long after its first, whichever comes first; and at once when no
 * other check is in flight */
#define SW_WATCHER_BATCH_COMMITS 256
#define SW_WATCHER_BATCH_BYTES	 (24u << 20)
#define SW_WATCHER_BATCH_MS	 1000

struct _SwWatcher {
	SwStore *store;
	SwState *state;
	SwFurniture *furniture; /* nullable */
	gchar *hooks_dir;
	GMainContext *ctx;
	SwFetcher *fetcher;
	SwCheckReportFunc report;
	gpointer report_data;
	gint64 (*now)(void);
	GHashTable *busy; /* watch name -> SwCheckJob in flight */
	GHashTable *robots; /* origin -> SwRobotsEntry */
	GThreadPool *pool;  /* SwWork: extraction, facts, diff */
	guint working;	     /* SwWork in the pool or on their way back */
	guint max_working;   /* more, and the fetcher waits: bodies stay bounded */
	gboolean closing;    /* being freed: work comes back undone */
	GPtrArray *pending;  /* SwPending: committed, waiting for the flush */
	GSource *flush_timer;
	gboolean flushing;
};

/* a site's robots.txt rules, or the checks waiting for them */
typedef struct {
	SwWatcher *self;
	gchar *key;	    /* origin, and " insecure" for unverified TLS */
	gchar *origin;	    /* "http://host:port" */
	gboolean insecure;
	SwRobots *rules;    /* NULL: everything allowed */
	gint64 fetched_at;  /* 0 while the fetch is in flight */
	GPtrArray *waiters; /* SwCheckJob, not owned (they are in busy) */
} SwRobotsEntry;

static void
sw_robots_entry_free(SwRobotsEntry *e)
{
	sw_robots_free(e->rules);
	g_ptr_array_unref(e->waiters);
	g_free(e->key);
	g_free(e->origin);
	g_free(e);
}

typedef struct {
	SwWatcher *self;
	SwWatch *watch;
	gboolean has_story;
} SwCheckJob;

static void
sw_check_job_free(SwCheckJob *job)
{
	sw_watch_free(job->watch);
	g_free(job);
}

typedef struct _SwPending SwPending;
static void
sw_pending_free(SwPending *p);
static void
sw_watcher_pool_cb(gpointer data, gpointer user_data);
static void
sw_watcher_maybe_flush(SwWatcher *self);

static gint64
sw_watcher_real_now(void)
{
	return g_get_real_time() / G_USEC_PER_SEC;
}

SwWatcher *
sw_watcher_new(SwStore *store, SwState *state, const gchar *hooks_dir, GMainContext *ctx)
{
	SwWatcher *self = g_new0(SwWatcher, 1);

	self->store = store;
	self->state = state;
	self->hooks_dir = g_strdup(hooks_dir);
	self->ctx = ctx != NULL ? g_main_context_ref(ctx) : g_main_context_ref(g_main_context_default());
	self->fetcher = sw_fetcher_new(self->ctx);
	self->now = sw_watcher_real_now;
	self->busy = g_hash_table_new(g_str_hash, g_str_equal);
	self->robots = g_hash_table_new_full(g_str_hash, g_str_equal, NULL,
					     (GDestroyNotify)sw_robots_entry_free);
	/* libxml2 sets itself up once, here, before threads parse */
	xmlInitParser();
	self->pool = g_thread_pool_new(sw_watcher_pool_cb, self, (gint)MAX(g_get_num_processors(), 1),
				       FALSE, NULL);
	self->max_working = 2 * MAX(g_get_num_processors(), 1) + 2;
	self->pending = g_ptr_array_new_with_free_func((GDestroyNotify)sw_pending_free);
	sw_store_set_batched(store, NULL);
	return self;
}

void
sw_watcher_free(SwWatcher *self)
{
	if (self == NULL)
		return;
	/* what is committed reaches the disk; work on the pool is dropped */
	sw_watcher_flush(self);
	self->closing = TRUE;
	g_thread_pool_free(self->pool, FALSE, TRUE);
	while (self->working > 0)
		g_main_context_iteration(self->ctx, TRUE);
	if (self->flush_timer != NULL)
		g_source_destroy(self->flush_timer);
	g_clear_pointer(&self->flush_timer, g_source_unref);
	g_ptr_array_unref(self->pending);
	/* dropping the fetcher drops its jobs' callbacks, so ours go too */
	sw_fetcher_free(self->fetcher);
	{
		GHashTableIter it;
		gpointer job;
		g_hash_table_iter_init(&it, self->busy);
		while (g_hash_table_iter_next(&it, NULL, &job))
			sw_check_job_free(job);
	}
	g_hash_table_unref(self->busy);
	g_hash_table_unref(self->robots);
	g_main_context_unref(self->ctx);
	g_free(self->hooks_dir);
	g_free(self);
}

void
sw_watcher_set_report_func(SwWatcher *self, SwCheckReportFunc func, gpointer user_data)
{
	self->report = func;
	self->report_data = user_data;
}

void
sw_watcher_set_furniture(SwWatcher *self, SwFurniture *furniture)
{
	self->furniture = furniture;
}

void
sw_watcher_set_clock(SwWatcher *self, gint64 (*now)(void))
{
	self->now = now != NULL ? now : sw_watcher_real_now;
}

guint
sw_watcher_get_busy(SwWatcher *self)
{
	return g_hash_table_size(self->busy);
}

gboolean
sw_watcher_is_busy_with(SwWatcher *self, const gchar *name)
{
	return g_hash_table_contains(self->busy, name);
}

gboolean
sw_watcher_is_due(SwState *state, const SwWatch *watch, gint64 now)
{
	SwWatchState *ws = sw_state_lookup(state, watch->name);

	if (ws == NULL || ws->next_due == 0)
		return TRUE;
	/* a watch parked after a permanent failure wakes when it is edited */
	if (ws->watch_digest != NULL) {
		g_autofree gchar *digest = sw_watch_digest(watch);
		if (g_strcmp0(digest, ws->watch_digest) != 0)
			return TRUE;
	}
	return now >= ws->next_due;
}


static gchar *
sw_watcher_path(const SwWatch *watch, const gchar *file)
{
	return g_strdup_printf("%s/%s", watch->name, file);
}

/* TRUE when both are NULL or hold the same bytes */
static gboolean
sw_watcher_same_bytes(GBytes *a, GBytes *b)
{
	if (a == NULL || b == NULL)
		return a == b;
	return g_bytes_equal(a, b);
}

/* A → B → A within a day: the id of the earlier version @text returns to
 * (the same story up to cosmetic edits), else NULL. The last version is
 * B; the ones before it, back a day, are looked at. */
static gchar *
sw_watcher_flip_flop(SwWatcher *self, const SwWatch *watch, const gchar *story_path, const gchar *text)
{
	g_autoptr(GPtrArray) log = sw_store_log(self->store, watch->name, NULL, SW_WATCHER_FLIP_FLOP_DEPTH,
						NULL);
	gint64 now = self->now();

	for (guint i = 1; log != NULL && i < log->len; i++) {
		const SwLogEntry *e = g_ptr_array_index(log, i);
		g_autoptr(GBytes) then = NULL;
		g_autoptr(SwDiff) d = NULL;
		if (now - e->time > 24 * 3600)
			break;
		then = sw_store_read(self->store, e->id, story_path, NULL);
		if (then == NULL)
			continue;
		d = sw_diff_stories(g_bytes_get_data(then, NULL), text);
		if (d->significance <= SW_SIGNIFICANCE_COSMETIC)
			return g_strdup(e->id);
	}
	return NULL;
}

/* record the outcome in the schedule state */
static void
sw_watcher_schedule(SwWatcher *self, const SwWatch *watch, SwOutcome outcome, const gchar *result)
{
	SwWatchState *ws = sw_state_get(self->state, watch->name);
	gint64 now = self->now();

	ws->last_check = now;
	if (outcome == SW_OUTCOME_OK && ws->first_seen == 0)
		ws->first_seen = now;
	if (outcome == SW_OUTCOME_OK) {
		ws->failures = 0;
		g_clear_pointer(&ws->watch_digest, g_free);
	} else {
		ws->failures = MIN(ws->failures + 1, 1000);
	}
	if (outcome == SW_OUTCOME_PERMANENT) {
		g_free(ws->watch_digest);
		ws->watch_digest = sw_watch_digest(watch);
	}
	if (watch->every_auto && ws->first_seen > 0 && watch->max_age > 0 &&
	    now - ws->first_seen > (gint64)watch->max_age && outcome == SW_OUTCOME_OK) {
		/* old news: checked no more, until the watch is edited */
		g_autofree gchar *age = sw_schedule_format_interval(watch->max_age);
		g_autofree gchar *why = g_strdup_printf("%s; stopped: older than %s", result, age);
		g_free(ws->watch_digest);
		ws->watch_digest = sw_watch_digest(watch);
		ws->next_due = now + SW_WATCHER_STOPPED;
		sw_watch_state_set_string(&ws->last_result, why);
		return;
	}
	ws->next_due = sw_schedule_next_due(watch->every_auto && ws->first_seen > 0
						? sw_schedule_auto_interval(now - ws->first_seen)
						: watch->every,
					    outcome, ws->failures, now, g_str_hash(watch->name));
	sw_watch_state_set_string(&ws->last_result, result);
}

static void
sw_watcher_finish(SwCheckJob *job, SwCheckReport *report)
{
	SwWatcher *self = job->self;

	/* no longer busy when reported: the service schedules the next check
	 * of this watch from its report callback */
	g_hash_table_remove(self->busy, job->watch->name);
	report->watch = job->watch;
	if (self->report != NULL)
		self->report(report, self->report_data);
	sw_check_job_free(job);
	/* the batch may now be all that is left in flight */
	if (!self->closing)
		sw_watcher_maybe_flush(self);
}

/* when a story began, for every = auto: the page's own publication day
 * when it gives one in the past, else the first time it was fetched */
static gint64
sw_watcher_story_birth(const SwStory *story, gint64 fetched_at)
{
	GDate day;
	gint64 t;

	if (story->published == NULL || !sw_facts_parse_ref_date(story->published, &day))
		return fetched_at;
	/* 719163: the Julian day number of 1970-01-01 in GDate's count */
	t = ((gint64)g_date_get_julian(&day) - 719163) * 24 * 3600;
	return t > 0 && t < fetched_at ? t : fetched_at;
}

static void
sw_watcher_hook_error(SwCheckJob *job, const GError *error, SwCheckReport *report);

/* a failure: scheduled by its class, and no sooner than a server's
 * Retry-After (@retry_after seconds, 0 for none) */
static void
sw_watcher_fail_after(SwCheckJob *job, const GError *error, guint retry_after)
{
	SwCheckReport report = {0};
	g_autofree gchar *result = g_strdup_printf("failed: %s", error->message);
	SwOutcome outcome = g_error_matches(error, SW_ERROR, SW_ERROR_PERMANENT) ? SW_OUTCOME_PERMANENT
										  : SW_OUTCOME_TRANSIENT;

	sw_watcher_schedule(job->self, job->watch, outcome, result);
	if (retry_after > 0) {
		SwWatchState *ws = sw_state_get(job->self->state, job->watch->name);
		ws->next_due = MAX(ws->next_due, job->self->now() + (gint64)retry_after);
	}
	report.result = SW_CHECK_FAILED;
	report.error = error;
	sw_watcher_hook_error(job, error, &report);
	sw_watcher_finish(job, &report);
	g_free((gchar *)report.hook_error);
}

static void
sw_watcher_fail(SwCheckJob *job, const GError *error)
{
	sw_watcher_fail_after(job, error, 0);
}

/* runs hook @path for @env with @json; FALSE with a message (the error and
 * what the hook said) in @out_error, appended to what is there */
static gboolean
sw_watcher_run_hook(const gchar *path, const gchar *json, const SwHookEnv *env, gchar **out_error)
{
	g_autoptr(GError) error = NULL;
	g_autofree gchar *output = NULL;
	g_autofree gchar *tail = NULL;
	g_autofree gchar *msg = NULL;

	if (sw_hook_run(path, json, env, SW_HOOK_DEFAULT_TIMEOUT, NULL, &output, &error))
		return TRUE;
	tail = g_strstrip(g_strdup(output != NULL ? output : ""));
	msg = tail[0] != '\0' ? g_strdup_printf("%s: %s", error->message, tail) : g_strdup(error->message);
	if (*out_error != NULL) {
		gchar *both = g_strdup_printf("%s; %s", *out_error, msg);
		g_free(*out_error);
		*out_error = both;
	} else {
		*out_error = g_steal_pointer(&msg);
	}
	return FALSE;
}

/* the desktop is for stories not muted (by `storywatch mute` or the
 * notification's "Mute story"; a source by its story's name too), and not
 * in the watch's quiet hours */
static gboolean
sw_watcher_may_show(SwWatcher *self, const SwWatch *watch)
{
	g_autofree gchar *muted = sw_store_get_private_path(self->store, "muted");
	g_autoptr(GDateTime) now = sw_clock_local(self->now());

	if (sw_state_is_muted(muted, watch->name) ||
	    (watch->story != NULL && sw_state_is_muted(muted, watch->story)))
		return FALSE;
	if (watch->quiet_from != watch->quiet_to && now != NULL) {
		guint m = (guint)(g_date_time_get_hour(now) * 60 + g_date_time_get_minute(now));
		gboolean in = watch->quiet_from < watch->quiet_to
				  ? m >= watch->quiet_from && m < watch->quiet_to
				  : m >= watch->quiet_from || m < watch->quiet_to;
		if (in)
			return FALSE;
	}
	return TRUE;
}

/* tell the user: desktop at or above the threshold; on-change for every
 * change (or the watch's own hook), on-alert at or above the threshold */
static void
sw_watcher_notify(SwCheckJob *job, const SwDiff *diff, const gchar *commit, SwCheckReport *report,
		  gchar **out_notify_error, gchar **out_hook_error)
{
	const SwWatch *watch = job->watch;
	gboolean alert = diff->significance >= watch->threshold;
	g_autoptr(GError) error = NULL;

	if ((watch->notify & SW_NOTIFY_DESKTOP) && alert && sw_watcher_may_show(job->self, watch)) {
		gboolean shown = watch->story != NULL
				     ? sw_notify_source(watch->story, strrchr(watch->name, '/') + 1,
							diff->summary, diff->significance, watch->url, &error)
				     : sw_notify_desktop(watch->name, diff->summary, diff->significance,
							 watch->url, &error);
		if (shown)
			report->notified = TRUE;
		else
			*out_notify_error = g_strdup(error->message);
		g_clear_error(&error);
	}
	if (watch->notify & SW_NOTIFY_HOOK) {
		g_autofree gchar *on_change = watch->hook != NULL
						  ? g_strdup(watch->hook)
						  : sw_hook_find(job->self->hooks_dir, SW_HOOK_ON_CHANGE);
		g_autofree gchar *on_alert =
		    alert ? sw_hook_find(job->self->hooks_dir, SW_HOOK_ON_ALERT) : NULL;
		/* a source's change is its story's, told with the source's name */
		const gchar *source = watch->story != NULL ? strrchr(watch->name, '/') + 1 : watch->name;
		SwJsonContext ctx = {watch->story != NULL ? watch->story : watch->name, source, watch->url,
				     commit};
		g_autofree gchar *json = NULL;
		SwHookEnv env = {watch->name, watch->url, commit,
				 sw_significance_to_string(diff->significance), "change", diff->summary};

		if (on_change == NULL && on_alert == NULL)
			return;
		json = sw_json_diff(diff, &ctx);
		if (on_change != NULL && sw_watcher_run_hook(on_change, json, &env, out_hook_error))
			report->notified = TRUE;
		env.event = "alert";
		if (on_alert != NULL && sw_watcher_run_hook(on_alert, json, &env, out_hook_error))
			report->notified = TRUE;
	}
}

/* on-error, when a watch that was fine fails: once per run of failures */
/* A story told by several sources: after one of them changed, its
 * sources' latest versions are read together; a disagreement not told
 * before is told once (desktop and on-alert), and forgotten when it ends,
 * so a new one is told again. */
static void
sw_watcher_disagreement(SwWatcher *self, const SwWatch *watch, SwCheckReport *report,
			gchar **out_notify_error, gchar **out_hook_error)
{
	g_autoptr(GPtrArray) versions = sw_timeline_read_versions(self->store, watch->story, TRUE, NULL);
	g_autoptr(SwTimeline) tl = NULL;
	g_autoptr(GString) told = g_string_new(NULL);
	g_autoptr(GString) line = g_string_new(NULL);
	SwWatchState *ws;

	if (versions == NULL || versions->len < 2)
		return;
	tl = sw_timeline_build(watch->story, versions);
	for (guint i = 0; i < tl->tracks->len; i++) {
		const SwTrack *t = g_ptr_array_index(tl->tracks, i);
		if (t->disagreement == NULL)
			continue;
		g_string_append_printf(line, "%ssources disagree on the %s: ", line->len > 0 ? "; " : "",
				       t->label);
		sw_track_append_disagreement(line, t);
		for (guint j = 0; j < t->disagreement->len; j++) {
			GPtrArray *group = g_ptr_array_index(t->disagreement, j);
			g_string_append_printf(told, "%s=%s;", t->label,
					       ((SwSighting *)g_ptr_array_index(group, 0))->value);
		}
	}
	ws = sw_state_get(self->state, watch->story);
	if (told->len == 0) {
		g_clear_pointer(&ws->disagreement, g_free);
		return;
	}
	if (g_strcmp0(ws->disagreement, told->str) == 0)
		return;
	sw_watch_state_set_string(&ws->disagreement, told->str);
	if ((watch->notify & SW_NOTIFY_DESKTOP) && sw_watcher_may_show(self, watch)) {
		g_autoptr(GError) error = NULL;
		if (sw_notify_desktop(watch->story, line->str, SW_SIGNIFICANCE_SUBSTANTIVE, watch->url, &error))
			report->notified = TRUE;
		else if (*out_notify_error == NULL)
			*out_notify_error = g_strdup(error->message);
	}
	if (watch->notify & SW_NOTIFY_HOOK) {
		g_autofree gchar *on_alert = sw_hook_find(self->hooks_dir, SW_HOOK_ON_ALERT);
		g_autofree gchar *json = NULL;
		SwHookEnv env = {watch->story, watch->url, NULL, "substantive", "disagreement", line->str};
		if (on_alert == NULL)
			return;
		json = sw_json_disagreement(tl, line->str);
		if (sw_watcher_run_hook(on_alert, json, &env, out_hook_error))
			report->notified = TRUE;
	}
}

static void
sw_watcher_hook_error(SwCheckJob *job, const GError *error, SwCheckReport *report)
{
	const SwWatch *watch = job->watch;
	SwWatchState *ws = sw_state_get(job->self->state, watch->name);
	g_autofree gchar *hook = NULL;
	g_autofree gchar *json = NULL;
	gchar *hook_error = NULL;
	SwHookEnv env = {watch->name, watch->url, NULL, NULL, "error", error->message};

	if (!(watch->notify & SW_NOTIFY_HOOK) || ws->failures != 1)
		return;
	hook = sw_hook_find(job->self->hooks_dir, SW_HOOK_ON_ERROR);
	if (hook == NULL)
		return;
	json = sw_json_error(watch->name, watch->url, error->message,
			     g_error_matches(error, SW_ERROR, SW_ERROR_PERMANENT), ws->failures);
	if (!sw_watcher_run_hook(hook, json, &env, &hook_error))
		report->hook_error = hook_error;
}

/* what the next fetch of the page sends and compares: the response's
 * validators and the hash of the body they stand for */
static void
sw_watcher_keep_validators(SwWatchState *ws, const SwFetchResult *res, const gchar *hash)
{
	sw_watch_state_set_string(&ws->etag, res->etag);
	sw_watch_state_set_string(&ws->last_modified, res->last_modified);
	sw_watch_state_set_string(&ws->body_hash, hash);
}

/* a check that ended well with no new version: the validators of @res
 * kept (when given), the watch scheduled with @result, reported as @kind */
static void
sw_watcher_end_ok(SwCheckJob *job,
		  const SwFetchResult *res,
		  const gchar *hash,
		  const gchar *result,
		  SwCheckResult kind,
		  SwCheckReport *report)
{
	if (res != NULL)
		sw_watcher_keep_validators(sw_state_get(job->self->state, job->watch->name), res, hash);
	sw_watcher_schedule(job->self, job->watch, SW_OUTCOME_OK, result);
	report->result = kind;
	sw_watcher_finish(job, report);
}

/* a watch of its own for a feed's entry: the feed's settings, the entry's
 * name and page */
static SwWatch *
sw_watcher_entry_watch(const SwWatch *feed, const gchar *name, const gchar *url)
{
	SwWatch *w = sw_watch_copy(feed);
	g_free(w->name);
	g_free(w->url);
	w->name = g_strdup(name);
	w->url = g_strdup(url);
	w->feed = FALSE;
	return w;
}

/* the pages behind @watches: a story's sources and the entries its feed
 * still follows, as watches of their own */
static GPtrArray *
sw_watcher_pages(SwState *state, GPtrArray *watches, gint64 now)
{
	GPtrArray *out = g_ptr_array_new_with_free_func((GDestroyNotify)sw_watch_free);

	for (guint i = 0; i < watches->len; i++) {
		const SwWatch *feed = g_ptr_array_index(watches, i);
		g_autoptr(GPtrArray) names = NULL;
		/* a story's sources, each in its folder under the story's */
		for (guint j = 0; feed->sources != NULL && feed->sources[j] != NULL; j++) {
			g_autofree gchar *name = g_strdup_printf("%s/%s", feed->name, feed->sources[j]);
			SwWatch *w = sw_watcher_entry_watch(feed, name, feed->source_urls[j]);
			g_clear_pointer(&w->sources, g_strfreev);
			g_clear_pointer(&w->source_urls, g_strfreev);
			w->story = g_strdup(feed->name);
			g_ptr_array_add(out, w);
		}
		if (!feed->feed)
			continue;
		names = sw_state_entries_of(state, feed->name);
		for (guint j = 0; j < names->len; j++) {
			const gchar *name = g_ptr_array_index(names, j);
			SwWatchState *ws = sw_state_lookup(state, name);
			/* followed for a while after it appeared, then left be */
			if (ws->first_seen > 0 && now - ws->first_seen >= (gint64)feed->follow)
				continue;
			g_ptr_array_add(out, sw_watcher_entry_watch(feed, name, ws->entry_url));
		}
	}
	return out;
}

GPtrArray *
sw_watcher_checkable(SwState *state, GPtrArray *watches, gint64 now)
{
	GPtrArray *out = g_ptr_array_new_with_free_func((GDestroyNotify)sw_watch_free);

	for (guint i = 0; i < watches->len; i++) {
		const SwWatch *w = g_ptr_array_index(watches, i);
		if (w->source_urls == NULL)
			g_ptr_array_add(out, sw_watch_copy(w));
	}
	g_ptr_array_extend_and_steal(out, sw_watcher_pages(state, watches, now));
	return out;
}

/* "FEED/slug", made unique among the feed's entries */
static gchar *
sw_watcher_entry_name(SwState *state, const gchar *feed, const SwRssEntry *entry)
{
	g_autofree gchar *slug = sw_text_slug(entry->url, entry->title);
	gchar *name = g_strdup_printf("%s/%s", feed, slug);

	for (guint n = 2; sw_state_lookup(state, name) != NULL; n++) {
		g_free(name);
		name = g_strdup_printf("%s/%s-%u", feed, slug, n);
	}
	return name;
}

/* A feed read: each entry not seen before becomes a page to follow, checked
 * in this same pass; entries are never dropped from the state, only left
 * unchecked once older than the watch's follow. */
static void
sw_watcher_feed_done(SwCheckJob *job, SwFetchResult *res, const gchar *hash)
{
	SwWatcher *self = job->self;
	const SwWatch *feed = job->watch;
	SwCheckReport report = {0};
	g_autoptr(GError) error = NULL;
	g_autoptr(GPtrArray) entries = NULL;
	g_autoptr(GPtrArray) known = NULL;
	g_autoptr(GHashTable) urls = g_hash_table_new(g_str_hash, g_str_equal);
	g_autoptr(GPtrArray) fresh = g_ptr_array_new_with_free_func((GDestroyNotify)sw_watch_free);
	gsize len = 0;
	const gchar *data = g_bytes_get_data(res->body, &len);
	g_autofree gchar *result = NULL;

	entries = sw_rss_parse(data, len, res->final_url, &error);
	if (entries == NULL) {
		sw_watcher_fail(job, error);
		return;
	}
	known = sw_state_entries_of(self->state, feed->name);
	for (guint i = 0; i < known->len; i++) {
		SwWatchState *es = sw_state_lookup(self->state, g_ptr_array_index(known, i));
		g_hash_table_add(urls, es->entry_url);
	}
	for (guint i = 0; i < entries->len; i++) {
		const SwRssEntry *e = g_ptr_array_index(entries, i);
		g_autofree gchar *name = NULL;
		SwWatchState *es;
		if (g_hash_table_contains(urls, e->url))
			continue;
		/* a feed filter: only the entries of the story the user follows */
		if (feed->match_re != NULL && !g_regex_match(feed->match_re, e->url, 0, NULL) &&
		    (e->title == NULL || !g_regex_match(feed->match_re, e->title, 0, NULL)))
			continue;
		name = sw_watcher_entry_name(self->state, feed->name, e);
		es = sw_state_get(self->state, name);
		sw_watch_state_set_string(&es->entry_url, e->url);
		sw_watch_state_set_string(&es->entry_title, e->title);
		es->first_seen = res->fetched_at;
		g_hash_table_add(urls, es->entry_url);
		g_ptr_array_add(fresh, sw_watcher_entry_watch(feed, name, e->url));
	}
	result = g_strdup_printf("feed read: %u entries, %u new", entries->len, fresh->len);
	report.entries = entries->len;
	report.new_entries = fresh->len;
	sw_watcher_end_ok(job, res, hash, result, SW_CHECK_FEED, &report);
	/* the new pages, now: their first snapshots start their histories */
	for (guint i = 0; i < fresh->len; i++)
		sw_watcher_check(self, g_ptr_array_index(fresh, i));
}

/* one changed page's CPU-heavy part, done on the pool */
typedef struct {
	SwCheckJob *job;
	SwFetchResult *res; /* a copy: the fetcher frees its own */
	gchar *hash;
	GBytes *old;	 /* the stored text; NULL for a first snapshot */
	gint64 old_time; /* when the stored version was committed */
	gchar *old_day;	 /* the stored version's own date (meta.json), nullable */
	/* filled on the pool */
	SwStory *story;
	gchar *text;
	SwDiff *diff; /* NULL when the story is empty or unchanged */
	GError *error;
	guint sentences;
} SwWork;

static void
sw_work_free(SwWork *w)
{
	sw_fetch_result_free(w->res);
	g_free(w->hash);
	g_clear_pointer(&w->old, g_bytes_unref);
	g_free(w->old_day);
	g_clear_pointer(&w->story, sw_story_free);
	g_free(w->text);
	g_clear_pointer(&w->diff, sw_diff_free);
	g_clear_error(&w->error);
	g_free(w);
}

/* a version committed in memory: its check finishes, and is told, once
 * the batch is on disk */
struct _SwPending {
	SwCheckJob *job;
	SwFetchResult *res; /* validators; the body is dropped */
	gchar *hash;
	SwDiff *diff;
	guint ticket; /* the store's name for the version until the flush */
	gchar *commit;
	gint64 birth;
	gboolean first;
	guint sentences;
};

static void
sw_pending_free(SwPending *p)
{
	sw_fetch_result_free(p->res);
	g_free(p->hash);
	sw_diff_free(p->diff);
	g_free(p->commit);
	g_free(p);
}

/* the version is on disk: validators kept, scheduled, told */
static void
sw_watcher_pending_done(SwPending *p)
{
	SwCheckJob *job = p->job;
	SwWatcher *self = job->self;
	const SwWatch *watch = job->watch;
	SwWatchState *ws = sw_state_get(self->state, watch->name);
	SwCheckReport report = {0};
	g_autofree gchar *notify_error = NULL;
	g_autofree gchar *hook_error = NULL;
	g_autofree gchar *result = NULL;

	sw_watcher_keep_validators(ws, p->res, p->hash);
	report.result = p->first ? SW_CHECK_FIRST : SW_CHECK_CHANGED;
	report.sentences = p->sentences;
	if (ws->first_seen == 0)
		ws->first_seen = p->birth;
	report.diff = p->diff;
	report.commit = p->commit;
	result = g_strdup_printf("%s [%s]", p->diff->summary,
				 sw_significance_to_string(p->diff->significance));
	sw_watcher_schedule(self, watch, SW_OUTCOME_OK, result);
	/* a first snapshot is a start, not news; a flip-flop was told once */
	if (report.result == SW_CHECK_CHANGED && p->diff->flip_flop == NULL)
		sw_watcher_notify(job, p->diff, p->commit, &report, &notify_error, &hook_error);
	/* first snapshots too: two sources may disagree from the start */
	if (watch->story != NULL)
		sw_watcher_disagreement(self, watch, &report, &notify_error, &hook_error);
	report.notify_error = notify_error;
	report.hook_error = hook_error;
	sw_watcher_finish(job, &report);
}

void
sw_watcher_flush(SwWatcher *self)
{
	g_autoptr(GPtrArray) done = NULL;
	g_autoptr(GError) error = NULL;
	gboolean ok;

	if (self->flush_timer != NULL) {
		g_source_destroy(self->flush_timer);
		g_clear_pointer(&self->flush_timer, g_source_unref);
	}
	if (self->flushing || self->pending->len == 0)
		return;
	self->flushing = TRUE;
	done = g_steal_pointer(&self->pending);
	self->pending = g_ptr_array_new_with_free_func((GDestroyNotify)sw_pending_free);
	ok = sw_store_flush(self->store, &error);
	for (guint i = 0; ok && i < done->len; i++) {
		SwPending *p = g_ptr_array_index(done, i);
		p->commit = g_strdup(sw_store_get_flushed(self->store, p->ticket));
	}
	for (guint i = 0; i < done->len; i++) {
		SwPending *p = g_ptr_array_index(done, i);
		if (ok) {
			sw_watcher_pending_done(p);
		} else {
			/* validators stay as they were: the version is fetched again */
			g_autoptr(GError) e = g_error_new(SW_ERROR, SW_ERROR_TRANSIENT, "storing: %s",
							  error->message);
			sw_watcher_fail(p->job, e);
		}
	}
	self->flushing = FALSE;
}

static gboolean
sw_watcher_flush_cb(gpointer user_data)
{
	SwWatcher *self = user_data;

	g_clear_pointer(&self->flush_timer, g_source_unref);
	sw_watcher_flush(self);
	return G_SOURCE_REMOVE;
}

/* the batch goes to disk when it is big, when nothing else is in flight
 * to join it, or a second after it began */
static void
sw_watcher_maybe_flush(SwWatcher *self)
{
	if (self->flushing || self->pending->len == 0)
		return;
	if (sw_store_get_pending(self->store) >= SW_WATCHER_BATCH_COMMITS ||
	    sw_store_get_pending_bytes(self->store) >= SW_WATCHER_BATCH_BYTES ||
	    g_hash_table_size(self->busy) <= self->pending->len) {
		sw_watcher_flush(self);
		return;
	}
	if (self->flush_timer == NULL) {
		self->flush_timer = g_timeout_source_new(SW_WATCHER_BATCH_MS);
		g_source_set_callback(self->flush_timer, sw_watcher_flush_cb, self, NULL);
		g_source_attach(self->flush_timer, self->ctx);
	}
}

/* On the pool: the story, its text, and the diff from the stored one. */
static void
sw_watcher_work(SwWork *w)
{
	SwWatcher *self = w->job->self;
	const SwWatch *watch = w->job->watch;
	const SwFetchResult *res = w->res;
	gsize len = 0;
	const gchar *data = g_bytes_get_data(res->body, &len);
	GDate old_day, new_day;
	SwDiffOptions opts = {&old_day, &new_day};
	const gchar *iso;

	if (g_strcmp0(res->content_type, "text/plain") == 0 ||
	    (res->content_type == NULL && !sw_extract_looks_like_html(data, len))) {
		w->story = sw_extract_text(data, len);
	} else {
		SwExtractOptions eo = {res->final_url, res->charset, watch->select, watch->exclude,
				       watch->captions};
		w->story = sw_extract_html(data, len, &eo, &w->error);
		if (w->story == NULL) {
			g_prefix_error(&w->error, "extracting: ");
			w->error->code = SW_ERROR_PERMANENT;
			return;
		}
	}
	if (self->furniture != NULL) {
		/* the page is known by its canonical address when it names one */
		g_autofree gchar *site = sw_furniture_site_of(res->final_url);
		sw_furniture_learn_and_filter(self->furniture, site,
					      w->story->url != NULL ? w->story->url : res->final_url,
					      w->story);
	}
	w->text = sw_story_to_text(w->story, watch->ignore_re);
	for (const gchar *p = w->text; *p != '\0'; p++)
		w->sentences += *p == '\n';
	if (w->story->paragraphs->len == 0 || w->text[0] == '\0')
		return;
	if (w->old != NULL && g_strcmp0(g_bytes_get_data(w->old, NULL), w->text) == 0)
		return;
	/* each version speaks from its own day: the page's own date, else
	 * the last commit's (the stored version) or the fetch's (the new
	 * one); a story read long after it was written ("Updated March
	 * 10") is not read as if said today */
	sw_facts_version_day(w->old_day, w->old != NULL ? w->old_time : res->fetched_at, &old_day);
	iso = w->story->modified != NULL ? w->story->modified : w->story->published;
	sw_facts_version_day(iso, res->fetched_at, &new_day);
	w->diff = sw_diff_stories_full(w->old != NULL ? g_bytes_get_data(w->old, NULL) : NULL, w->text,
				       &opts);
}

/* Back on the main context: commit a changed story into the batch. */
static void
sw_watcher_work_done(SwWork *w)
{
	SwCheckJob *job = w->job;
	SwWatcher *self = job->self;
	const SwWatch *watch = job->watch;
	SwCheckReport report = {0};
	g_autoptr(GError) error_local = NULL;
	g_autofree gchar *story_path = sw_watcher_path(watch, "story.txt");
	gboolean raced = FALSE;
	gboolean queued = FALSE;
	guint ticket = 0;
	SwPending *p;

	report.sentences = w->sentences;
	if (w->error != NULL) {
		sw_watcher_fail(job, w->error);
		return;
	}
	if (w->diff == NULL && (w->story->paragraphs->len == 0 || w->text[0] == '\0')) {
		/* keep the last good version; a broken selector must not erase it */
		sw_watcher_end_ok(job, NULL, NULL, "no story text found", SW_CHECK_EMPTY, &report);
		return;
	}
	if (w->diff == NULL) {
		sw_watcher_end_ok(job, w->res, w->hash, "unchanged", SW_CHECK_UNCHANGED, &report);
		return;
	}
	if (w->old != NULL)
		w->diff->flip_flop = sw_watcher_flip_flop(self, watch, story_path, w->text);
	if (w->diff->flip_flop != NULL) {
		/* named as such, and not told again */
		gchar *summary = g_strdup_printf("flip-flop: back to the version of %.7s; %s",
						 w->diff->flip_flop, w->diff->summary);
		g_free(w->diff->summary);
		w->diff->summary = summary;
	}
	{
		g_autofree gchar *message =
		    sw_report_commit_message(watch->name, w->diff, watch->url, w->res->status);
		g_autofree gchar *meta = sw_json_meta(w->res, w->story);
		SwStoreFile files[] = {
		    {"story.txt", w->text, strlen(w->text)},
		    {"meta.json", meta, strlen(meta)},
		};
		/* one writer per repository; nested inside `check`'s own lock */
		if (sw_store_lock(self->store, SW_WATCHER_LOCK_WAIT, &error_local)) {
			/* another writer may have stored this very version while we
			 * waited for the lock: then there is nothing to commit */
			g_autoptr(GBytes) now = sw_store_read(self->store, NULL, story_path, NULL);
			raced = now != NULL && !sw_watcher_same_bytes(now, w->old) &&
				g_strcmp0(g_bytes_get_data(now, NULL), w->text) == 0;
			if (!raced)
				queued = sw_store_queue(self->store, watch->name, files, G_N_ELEMENTS(files),
							message, w->res->fetched_at, &ticket, &error_local);
			sw_store_unlock(self->store);
		}
	}
	if (raced) {
		sw_watcher_end_ok(job, w->res, w->hash, "unchanged", SW_CHECK_UNCHANGED, &report);
		return;
	}
	if (!queued) {
		/* validators stay as they were: the version is fetched again */
		g_prefix_error(&error_local, "storing: ");
		error_local->code = SW_ERROR_TRANSIENT;
		sw_watcher_fail(job, error_local);
		return;
	}
	p = g_new0(SwPending, 1);
	p->ticket = ticket;
	p->job = job;
	p->res = g_steal_pointer(&w->res);
	g_clear_pointer(&p->res->body, g_bytes_unref);
	p->hash = g_steal_pointer(&w->hash);
	p->diff = g_steal_pointer(&w->diff);
	p->birth = sw_watcher_story_birth(w->story, p->res->fetched_at);
	p->first = w->old == NULL;
	p->sentences = w->sentences;
	g_ptr_array_add(self->pending, p);
	sw_watcher_maybe_flush(self);
}

static gboolean
sw_watcher_work_back_cb(gpointer user_data)
{
	SwWork *w = user_data;
	SwWatcher *self = w->job->self;

	self->working--;
	if (self->working < self->max_working)
		sw_fetcher_set_held(self->fetcher, FALSE);
	/* while the watcher is freed, its jobs go with the busy table */
	if (!self->closing)
		sw_watcher_work_done(w);
	sw_work_free(w);
	return G_SOURCE_REMOVE;
}

static void
sw_watcher_pool_cb(gpointer data, gpointer user_data)
{
	SwWork *w = data;
	SwWatcher *self = user_data;

	GSource *back;

	if (!self->closing)
		sw_watcher_work(w);
	/* back to the context's own thread by an idle source, always:
	 * g_main_context_invoke() runs the callback right here when the
	 * context is the default one and nobody owns it at that instant (the
	 * main thread between two iterations), racing the main thread and
	 * leaving it asleep in poll() with nothing left to wake it */
	back = g_idle_source_new();
	g_source_set_priority(back, G_PRIORITY_DEFAULT);
	g_source_set_callback(back, sw_watcher_work_back_cb, w, NULL);
	g_source_attach(back, self->ctx);
	g_source_unref(back);
}

static void
sw_watcher_fetch_done(SwFetchResult *res, const GError *error, gpointer user_data)
{
	SwCheckJob *job = user_data;
	SwWatcher *self = job->self;
	const SwWatch *watch = job->watch;
	SwWatchState *ws = sw_state_get(self->state, watch->name);
	SwCheckReport report = {0};
	g_autoptr(GError) error_local = NULL;
	g_autofree gchar *hash = NULL;
	g_autofree gchar *story_path = sw_watcher_path(watch, "story.txt");
	SwWork *w;

	if (error != NULL) {
		sw_watcher_fail_after(job, error, res != NULL ? res->retry_after : 0);
		return;
	}
	if (res->not_modified && job->has_story) {
		sw_watcher_end_ok(job, NULL, NULL, "not modified", SW_CHECK_NOT_MODIFIED, &report);
		return;
	}
	if (res->body == NULL) {
		/* a 304 to a request without validators: the server is confused */
		g_set_error_literal(&error_local, SW_ERROR, SW_ERROR_TRANSIENT,
				    "304 without a cached version");
		sw_watcher_fail(job, error_local);
		return;
	}
	/* equality only, on every fetch: SHA-1 is ten times GLib's SHA-256 */
	hash = g_compute_checksum_for_bytes(G_CHECKSUM_SHA1, res->body);
	/* the very same bytes as last time: nothing to parse */
	if (job->has_story && g_strcmp0(hash, ws->body_hash) == 0) {
		sw_watcher_end_ok(job, res, hash, "not modified (same bytes)", SW_CHECK_NOT_MODIFIED,
				  &report);
		return;
	}
	if (watch->feed) {
		sw_watcher_feed_done(job, res, hash);
		return;
	}
	w = g_new0(SwWork, 1);
	w->job = job;
	w->res = sw_fetch_result_copy(res);
	w->hash = g_steal_pointer(&hash);
	if (job->has_story) {
		w->old = sw_store_read(self->store, NULL, story_path, &error_local);
		if (w->old == NULL && !g_error_matches(error_local, SW_ERROR, SW_ERROR_NOT_FOUND)) {
			sw_watcher_fail(job, error_local);
			sw_work_free(w);
			return;
		}
	}
	if (w->old != NULL) {
		g_autoptr(GPtrArray) last = sw_store_log(self->store, watch->name, NULL, 1, NULL);
		g_autofree gchar *meta_path = sw_watcher_path(watch, "meta.json");
		g_autoptr(GBytes) meta = sw_store_read(self->store, NULL, meta_path, NULL);
		w->old_time = last != NULL && last->len > 0
				  ? ((SwLogEntry *)g_ptr_array_index(last, 0))->time
				  : res->fetched_at;
		w->old_day = meta != NULL ? sw_json_meta_day(g_bytes_get_data(meta, NULL), TRUE) : NULL;
	}
	/* the fetcher waits while the pool has enough pages before it */
	if (++self->working >= self->max_working)
		sw_fetcher_set_held(self->fetcher, TRUE);
	g_thread_pool_push(self->pool, w, NULL);
}

static void
sw_watcher_fetch_page(SwCheckJob *job)
{
	const SwWatch *watch = job->watch;
	SwWatchState *ws = sw_state_get(job->self->state, watch->name);
	SwFetchRequest req = {0};

	req.url = watch->url;
	req.etag = job->has_story ? ws->etag : NULL;
	req.last_modified = job->has_story ? ws->last_modified : NULL;
	req.timeout = watch->timeout;
	req.maxsize = watch->maxsize;
	req.insecure = watch->insecure;
	req.feed = watch->feed;
	sw_fetcher_fetch(job->self->fetcher, &req, sw_watcher_fetch_done, job);
}

/* the page if the site's rules allow it, else a failure that parks the
 * watch until the user edits it */
static void
sw_watcher_robots_decide(SwCheckJob *job, SwRobotsEntry *e)
{
	g_autofree gchar *origin = NULL;
	g_autofree gchar *path = NULL;
	g_autoptr(GError) error = NULL;

	if (!sw_robots_split_url(job->watch->url, &origin, &path) ||
	    sw_robots_allowed(e->rules, path)) {
		sw_watcher_fetch_page(job);
		return;
	}
	g_set_error(&error, SW_ERROR, SW_ERROR_PERMANENT,
		    "disallowed by %s/robots.txt (robots = false in the watch if the page is yours)",
		    e->origin);
	sw_watcher_fail(job, error);
}

static void
sw_watcher_robots_done(SwFetchResult *res, const GError *error, gpointer user_data)
{
	SwRobotsEntry *e = user_data;
	SwWatcher *self = e->self;
	g_autoptr(GPtrArray) waiters = g_steal_pointer(&e->waiters);

	e->waiters = g_ptr_array_new();
	if (error == NULL) {
		gsize len = 0;
		const gchar *text = res->body != NULL ? g_bytes_get_data(res->body, &len) : NULL;
		e->rules = text != NULL ? sw_robots_parse(text, len, SW_ROBOTS_AGENT) : NULL;
		e->fetched_at = self->now();
	} else if (res != NULL && res->status >= 200 && res->status < 500 && res->status != 429) {
		/* no rules (404, 410, 403) or none we can read: all allowed */
		e->fetched_at = self->now();
	} else {
		/* unreachable: the site may be down, its pages wait with it; no
		 * answer at all (TLS, a refused address) is the page's own fault */
		g_autoptr(GError) why = res != NULL ? g_error_new(SW_ERROR, SW_ERROR_TRANSIENT,
								  "%s/robots.txt: %s", e->origin,
								  error->message)
						    : g_error_copy(error);
		for (guint i = 0; i < waiters->len; i++)
			sw_watcher_fail(g_ptr_array_index(waiters, i), why);
		g_hash_table_remove(self->robots, e->key);
		return;
	}
	for (guint i = 0; i < waiters->len; i++)
		sw_watcher_robots_decide(g_ptr_array_index(waiters, i), e);
}

/* robots.txt first, fetched once per site a day, unless the watch says
 * the page is the user's own */
static void
sw_watcher_start(SwCheckJob *job)
{
	SwWatcher *self = job->self;
	g_autofree gchar *origin = NULL;
	g_autofree gchar *path = NULL;
	g_autofree gchar *key = NULL;
	SwRobotsEntry *e;

	if (job->watch->no_robots || !sw_robots_split_url(job->watch->url, &origin, &path)) {
		sw_watcher_fetch_page(job);
		return;
	}
	/* an insecure watch asks over TLS it does not verify: a cache of its own */
	key = g_strconcat(origin, job->watch->insecure ? " insecure" : "", NULL);
	e = g_hash_table_lookup(self->robots, key);
	if (e != NULL && e->fetched_at > 0 && self->now() - e->fetched_at < SW_ROBOTS_TTL) {
		sw_watcher_robots_decide(job, e);
		return;
	}
	if (e == NULL) {
		e = g_new0(SwRobotsEntry, 1);
		e->self = self;
		e->key = g_steal_pointer(&key);
		e->origin = g_steal_pointer(&origin);
		e->insecure = job->watch->insecure;
		e->waiters = g_ptr_array_new();
		g_hash_table_insert(self->robots, e->key, e);
	}
	g_ptr_array_add(e->waiters, job);
	/* the first to wait asks; the others wait on its answer */
	if (e->waiters->len == 1) {
		g_autofree gchar *url = g_strconcat(e->origin, "/robots.txt", NULL);
		SwFetchRequest req = {0};
		req.url = url;
		req.timeout = 20;
		req.maxsize = SW_ROBOTS_MAXSIZE;
		req.insecure = e->insecure;
		g_clear_pointer(&e->rules, sw_robots_free);
		e->fetched_at = 0;
		sw_fetcher_fetch(self->fetcher, &req, sw_watcher_robots_done, e);
	}
}

void
sw_watcher_check(SwWatcher *self, const SwWatch *watch)
{
	SwCheckJob *job;
	g_autofree gchar *story_path = sw_watcher_path(watch, "story.txt");

	/* one check per watch at a time */
	if (g_hash_table_contains(self->busy, watch->name))
		return;
	job = g_new0(SwCheckJob, 1);
	job->self = self;
	job->watch = sw_watch_copy(watch);
	/* validators only when the version they stand for is in the repo; a
	 * feed has no story: its validators stand for the last feed read */
	job->has_story = watch->feed ? sw_state_get(self->state, watch->name)->body_hash != NULL
				     : sw_store_has(self->store, story_path);
	g_hash_table_insert(self->busy, job->watch->name, job);
	sw_watcher_start(job);
}

void
sw_watcher_check_all(SwWatcher *self, GPtrArray *watches)
{
	for (guint i = 0; i < watches->len; i++)
		sw_watcher_check(self, g_ptr_array_index(watches, i));
	while (sw_watcher_get_busy(self) > 0)
		g_main_context_iteration(self->ctx, TRUE);
}
