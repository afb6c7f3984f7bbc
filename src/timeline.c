/* SPDX-License-Identifier: MIT
 *
 * A story across versions and sources. Each version is read for the facts
 * a reader of an evolving story tracks, one of each per version:
 *
 *  - the expected date: a date in a sentence that puts the event ahead
 *    ("expected to be signed", "will meet"), still ahead of the version's
 *    day, the narrowest such when there are several ("next year" and "the
 *    first half of 2015" say the same, the second more precisely);
 *  - the amount: the first sum of money the story gives (headline and lede
 *    first), in dollars when its sentence also gives the dollar figure;
 *  - the status: where the first sentence that says so puts the event
 *    (expected, done, not happening, missing, found);
 *  - who is quoted: every attributed quote's speaker.
 *
 * Sightings of a fact are put in day order; consecutive ones that agree
 * (equal, or one date inside the other) make a run, and a new run is the
 * fact moving. The latest sighting of each source is compared with the
 * others' of the same week: different amounts are a disagreement, not a
 * move. What this does not do is written in docs/design.md.
 */
#define G_LOG_DOMAIN "storywatch-timeline"

#include "sw/timeline.h"

#include <string.h>

#include "sw/facts.h"
#include "sw/json.h"
#include "sw/status.h"
#include "sw/store.h"

/* sources a week apart or closer report the same moment */
#define SW_TIMELINE_SAME_DAYS 7
/* sentences of a version read for the event's status: headline and lede */
#define SW_TIMELINE_LEDE 8

static void
sw_sighting_free(SwSighting *s)
{
	g_free(s->source);
	g_free(s->commit);
	g_free(s->day);
	g_free(s->text);
	g_free(s->value);
	g_free(s);
}

static void
sw_track_free(SwTrack *t)
{
	g_free(t->label);
	g_ptr_array_unref(t->sightings);
	g_ptr_array_unref(t->runs);
	if (t->disagreement != NULL)
		g_ptr_array_unref(t->disagreement);
	g_free(t);
}

void
sw_timeline_free(SwTimeline *self)
{
	if (self == NULL)
		return;
	g_free(self->name);
	g_ptr_array_unref(self->sources);
	g_free(self->first_day);
	g_free(self->last_day);
	g_ptr_array_unref(self->tracks);
	g_free(self);
}

static gchar *
sw_timeline_day(const GDate *d)
{
	gchar buf[16];
	g_date_strftime(buf, sizeof(buf), "%Y-%m-%d", d);
	return g_strdup(buf);
}

static void
sw_track_add(SwTrack *t, const SwTimelineVersion *v, const gchar *text, const gchar *value)
{
	SwSighting *s = g_new0(SwSighting, 1);
	s->source = g_strdup(v->source);
	s->commit = g_strdup(v->commit);
	s->day = sw_timeline_day(&v->day);
	s->text = g_strdup(text);
	s->value = g_strdup(value);
	g_ptr_array_add(t->sightings, s);
}

/* a date fact's interval in days; FALSE when it has none */
static gboolean
sw_timeline_interval(const SwFact *f, GDate *from, GDate *to)
{
	if (f->from == NULL || f->to == NULL)
		return FALSE;
	return sw_facts_parse_ref_date(f->from, from) && sw_facts_parse_ref_date(f->to, to);
}

/* words that put an event ahead, whatever else the sentence says ("ended
 * with no deal, and a new contract is now expected in ...") */
static const gchar *const sw_timeline_cues[] = {
    "expected", "expect", "expects", "will", "would", "due", "scheduled", "set to", "plans to",
    "planned", "hope", "hopes", "likely", "aims to", "poised to", "on track to", NULL,
};

/* where in @sentence each cue (or @st's expected phrase) ends, in bytes;
 * empty when the sentence expects nothing */
static GArray *
sw_timeline_cue_ends(const gchar *sentence, const SwStatus *st)
{
	GArray *ends = g_array_new(FALSE, FALSE, sizeof(gsize));

	if (st != NULL && st->kind == SW_STATUS_EXPECTED)
		g_array_append_val(ends, st->end);
	for (guint i = 0; sw_timeline_cues[i] != NULL; i++) {
		const gchar *p = sentence;
		gsize n = strlen(sw_timeline_cues[i]);
		/* the cues are ASCII: compared without case, byte offsets kept */
		for (; *p != '\0'; p++) {
			if (g_ascii_strncasecmp(p, sw_timeline_cues[i], n) == 0 &&
			    (p == sentence || !g_ascii_isalpha(p[-1])) && !g_ascii_isalpha(p[n])) {
				gsize end = (gsize)(p - sentence) + n;
				g_array_append_val(ends, end);
			}
		}
	}
	return ends;
}

/* how far @f comes after the nearest cue before it; G_MAXSIZE when none
 * comes before it */
static gsize
sw_timeline_cue_distance(GArray *ends, const SwFact *f)
{
	gsize best = G_MAXSIZE;

	for (guint i = 0; i < ends->len; i++) {
		gsize e = g_array_index(ends, gsize, i);
		if (e <= f->start && f->start - e < best)
			best = f->start - e;
	}
	return best;
}

/* a speaker not yet quoted in this version: a person or an organisation
 * named (not "the report"), and not the short form of one already seen
 * ("Wallace" after "Ian Wallace") */
static gboolean
sw_timeline_new_speaker(GHashTable *speakers, const gchar *speaker)
{
	GHashTableIter it;
	gpointer key;

	if (speaker == NULL || !g_unichar_isupper(g_utf8_get_char(speaker)) ||
	    g_hash_table_contains(speakers, speaker))
		return FALSE;
	g_hash_table_iter_init(&it, speakers);
	while (g_hash_table_iter_next(&it, &key, NULL)) {
		const gchar *full = key;
		gsize n = strlen(full), m = strlen(speaker);
		if (n > m && full[n - m - 1] == ' ' && strcmp(full + n - m, speaker) == 0)
			return FALSE;
	}
	return TRUE;
}

/* the facts of one version onto the tracks: expected date, amount,
 * status, quoted */
static void
sw_timeline_read(SwTrack **tracks, const SwTimelineVersion *v, GPtrArray *statuses)
{
	g_auto(GStrv) lines = g_strsplit(v->text, "\n", -1);
	const SwFact *best_date = NULL;
	gint best_span = G_MAXINT;
	guint best_line = G_MAXUINT;
	GDate best_from, best_to;
	gboolean have_amount = FALSE;
	guint sentences = 0;
	g_autoptr(GPtrArray) keep = g_ptr_array_new_with_free_func((GDestroyNotify)g_ptr_array_unref);
	g_autoptr(GHashTable) speakers = g_hash_table_new(g_str_hash, g_str_equal);
	g_autoptr(GPtrArray) keep_cues = g_ptr_array_new_with_free_func((GDestroyNotify)g_array_unref);
	gsize best_distance = G_MAXSIZE;

	for (guint i = 0; lines[i] != NULL; i++) {
		const gchar *line = lines[i];
		g_autoptr(SwStatus) st = NULL;
		GPtrArray *facts;
		const SwFact *money = NULL;
		GArray *cues;

		if (*line == '\0')
			continue;
		sentences++;
		facts = sw_facts_find(line, strlen(line), &v->day);
		g_ptr_array_add(keep, facts);
		st = sw_status_of_sentence(line);
		cues = sw_timeline_cue_ends(line, st);
		g_ptr_array_add(keep_cues, cues);
		/* the lede says where the event stands; later sentences tell of
		 * other events (a pact signed the year before) */
		if (st != NULL && (st->event != NULL || st->named) && sentences < SW_TIMELINE_LEDE) {
			SwStatus *copy = g_new0(SwStatus, 1);
			copy->kind = st->kind;
			copy->phrase = g_strdup(st->phrase);
			copy->event = g_strdup(st->event);
			copy->verb = g_strdup(st->verb);
			copy->named = st->named;
			g_ptr_array_add(statuses, copy);
		}
		for (guint j = 0; j < facts->len; j++) {
			const SwFact *f = g_ptr_array_index(facts, j);
			GDate from, to;
			if (f->kind == SW_FACT_MONEY && !have_amount &&
			    (money == NULL || (g_strcmp0(money->currency, "USD") != 0 &&
					       g_strcmp0(f->currency, "USD") == 0)))
				money = f;
			if (f->kind == SW_FACT_QUOTE && sw_timeline_new_speaker(speakers, f->speaker)) {
				g_hash_table_add(speakers, f->speaker);
				sw_track_add(tracks[3], v, f->speaker, f->speaker);
			}
			/* a calendar date ahead of the version's day ("PRESENT_REF",
			 * "now", is no date to expect; "said on Monday" is past) */
			if (f->kind != SW_FACT_DATE || cues->len == 0 || f->value == NULL ||
			    !g_ascii_isdigit(f->value[0]) || !sw_timeline_interval(f, &from, &to) ||
			    g_date_compare(&to, &v->day) <= 0)
				continue;
			/* the first sentence that expects the event gives the date
			 * nearest after its cue ("expected sometime next year", not
			 * "this week" of "didn't come to pass this week"); a later
			 * sentence may only say it more precisely ("the first half
			 * of 2015") */
			if (best_line == G_MAXUINT || best_line == i) {
				gsize d = sw_timeline_cue_distance(cues, f);
				if (best_date != NULL && d >= best_distance)
					continue;
				best_distance = d;
				best_line = i;
			} else if (g_date_compare(&from, &best_from) < 0 ||
				   g_date_compare(&to, &best_to) > 0 ||
				   (gint)g_date_days_between(&from, &to) >= best_span) {
				continue;
			}
			best_span = g_date_days_between(&from, &to);
			best_date = f;
			best_from = from;
			best_to = to;
		}
		if (money != NULL) {
			sw_track_add(tracks[1], v, money->text, money->value);
			have_amount = TRUE;
		}
	}
	if (best_date != NULL)
		sw_track_add(tracks[0], v, best_date->text, best_date->value);
}

/* do two sightings say the same? equal values, or one date inside the
 * other ("2014-11" and "2014-11-10") */
static gboolean
sw_timeline_agree(const SwTrack *t, const SwSighting *a, const SwSighting *b)
{
	if (g_strcmp0(a->value, b->value) == 0)
		return TRUE;
	if (g_strcmp0(t->label, "expected date") == 0)
		return g_str_has_prefix(a->value, b->value) || g_str_has_prefix(b->value, a->value);
	return FALSE;
}

static gint
sw_timeline_cmp_sighting(gconstpointer pa, gconstpointer pb)
{
	const SwSighting *a = *(SwSighting *const *)pa;
	const SwSighting *b = *(SwSighting *const *)pb;
	gint c = g_strcmp0(a->day, b->day);
	return c != 0 ? c : g_strcmp0(a->source, b->source);
}

static gint
sw_timeline_days_apart(const gchar *a, const gchar *b)
{
	GDate da, db;
	if (!sw_facts_parse_ref_date(a, &da) || !sw_facts_parse_ref_date(b, &db))
		return G_MAXINT;
	return ABS(g_date_days_between(&da, &db));
}

/* "USD 600000000" -> "USD" */
static gboolean
sw_timeline_same_currency(const gchar *a, const gchar *b)
{
	gsize n = strcspn(a, " ");
	return n == strcspn(b, " ") && strncmp(a, b, n) == 0;
}

/* amounts only: the latest sighting of each source against the others' of
 * the same week; groups of sources by value when they differ */
static void
sw_track_disagreement(SwTrack *t)
{
	g_autoptr(GHashTable) latest = g_hash_table_new(g_str_hash, g_str_equal);
	g_autoptr(GPtrArray) last = g_ptr_array_new();
	gboolean differ = FALSE;

	if (g_strcmp0(t->label, "amount") != 0)
		return;
	for (guint i = 0; i < t->sightings->len; i++) {
		SwSighting *s = g_ptr_array_index(t->sightings, i);
		g_hash_table_insert(latest, s->source, s);
	}
	for (guint i = 0; i < t->sightings->len; i++) {
		SwSighting *s = g_ptr_array_index(t->sightings, i);
		if (g_hash_table_lookup(latest, s->source) == s)
			g_ptr_array_add(last, s);
	}
	for (guint i = 0; i < last->len && !differ; i++) {
		const SwSighting *a = g_ptr_array_index(last, i);
		for (guint j = i + 1; j < last->len && !differ; j++) {
			const SwSighting *b = g_ptr_array_index(last, j);
			differ = g_strcmp0(a->source, b->source) != 0 &&
				 sw_timeline_same_currency(a->value, b->value) &&
				 g_strcmp0(a->value, b->value) != 0 &&
				 sw_timeline_days_apart(a->day, b->day) <= SW_TIMELINE_SAME_DAYS;
		}
	}
	if (!differ)
		return;
	t->disagreement = g_ptr_array_new_with_free_func((GDestroyNotify)g_ptr_array_unref);
	for (guint i = 0; i < last->len; i++) {
		SwSighting *s = g_ptr_array_index(last, i);
		GPtrArray *group = NULL;
		for (guint j = 0; j < t->disagreement->len && group == NULL; j++) {
			GPtrArray *g = g_ptr_array_index(t->disagreement, j);
			if (g_strcmp0(((SwSighting *)g_ptr_array_index(g, 0))->value, s->value) == 0)
				group = g;
		}
		if (group == NULL) {
			group = g_ptr_array_new();
			g_ptr_array_add(t->disagreement, group);
		}
		g_ptr_array_add(group, s);
	}
}

static void
sw_track_finish(SwTrack *t)
{
	GPtrArray *run = NULL;

	g_ptr_array_sort(t->sightings, sw_timeline_cmp_sighting);
	for (guint i = 0; i < t->sightings->len; i++) {
		SwSighting *s = g_ptr_array_index(t->sightings, i);
		if (g_strcmp0(t->label, "quoted") == 0) {
			/* who is quoted is a set, not a value that moves */
			if (run == NULL) {
				run = g_ptr_array_new();
				g_ptr_array_add(t->runs, run);
			}
		} else if (run == NULL || !sw_timeline_agree(t, g_ptr_array_index(run, 0), s)) {
			run = g_ptr_array_new();
			g_ptr_array_add(t->runs, run);
		}
		g_ptr_array_add(run, s);
	}
	sw_track_disagreement(t);
}

/* Where the event stands, per version: the story's event is the one most
 * of its versions' statuses speak of ("sign"); each version's first status
 * of that event tells, else its first that names its event ("no deal"),
 * else its first. Sentences on other matters ("the text is not yet
 * available") lose to the story's own. */
static void
sw_timeline_statuses(SwTrack *track, GPtrArray *order, GPtrArray *statuses)
{
	g_autoptr(GHashTable) votes = g_hash_table_new(g_str_hash, g_str_equal);
	const gchar *event = NULL;
	guint most = 0;

	for (guint i = 0; i < statuses->len; i++) {
		GPtrArray *list = g_ptr_array_index(statuses, i);
		g_autoptr(GHashTable) once = g_hash_table_new(g_str_hash, g_str_equal);
		for (guint j = 0; j < list->len; j++) {
			SwStatus *st = g_ptr_array_index(list, j);
			guint n;
			if (st->event == NULL || g_hash_table_contains(once, st->event))
				continue;
			g_hash_table_add(once, st->event);
			n = GPOINTER_TO_UINT(g_hash_table_lookup(votes, st->event)) + 1;
			g_hash_table_insert(votes, st->event, GUINT_TO_POINTER(n));
			if (n > most) {
				most = n;
				event = st->event;
			}
		}
	}
	for (guint i = 0; i < statuses->len; i++) {
		GPtrArray *list = g_ptr_array_index(statuses, i);
		const SwStatus *pick = NULL;
		for (guint j = 0; j < list->len && pick == NULL; j++) {
			const SwStatus *st = g_ptr_array_index(list, j);
			if (event != NULL && g_strcmp0(st->event, event) == 0)
				pick = st;
		}
		for (guint j = 0; j < list->len && pick == NULL; j++) {
			const SwStatus *st = g_ptr_array_index(list, j);
			if (st->named)
				pick = st;
		}
		if (pick == NULL && list->len > 0)
			pick = g_ptr_array_index(list, 0);
		if (pick != NULL)
			sw_track_add(track, g_ptr_array_index(order, i), pick->phrase,
				     sw_status_kind_to_string(pick->kind));
	}
}

SwTimeline *
sw_timeline_build(const gchar *name, GPtrArray *versions)
{
	SwTimeline *self = g_new0(SwTimeline, 1);
	const gchar *labels[] = {"expected date", "amount", "status", "quoted"};
	SwTrack *tracks[G_N_ELEMENTS(labels)];
	g_autoptr(GPtrArray) order = g_ptr_array_new();
	g_autoptr(GPtrArray) statuses = g_ptr_array_new_with_free_func((GDestroyNotify)g_ptr_array_unref);

	for (guint i = 0; i < versions->len; i++)
		g_ptr_array_add(order, g_ptr_array_index(versions, i));
	self->name = g_strdup(name);
	self->sources = g_ptr_array_new_with_free_func(g_free);
	self->tracks = g_ptr_array_new_with_free_func((GDestroyNotify)sw_track_free);
	for (guint i = 0; i < G_N_ELEMENTS(labels); i++) {
		tracks[i] = g_new0(SwTrack, 1);
		tracks[i]->label = g_strdup(labels[i]);
		tracks[i]->sightings = g_ptr_array_new_with_free_func((GDestroyNotify)sw_sighting_free);
		tracks[i]->runs = g_ptr_array_new_with_free_func((GDestroyNotify)g_ptr_array_unref);
		g_ptr_array_add(self->tracks, tracks[i]);
	}
	for (guint i = 0; i < order->len; i++) {
		const SwTimelineVersion *v = g_ptr_array_index(order, i);
		g_autofree gchar *day = sw_timeline_day(&v->day);
		if (!g_ptr_array_find_with_equal_func(self->sources, v->source, g_str_equal, NULL))
			g_ptr_array_add(self->sources, g_strdup(v->source));
		if (self->first_day == NULL || g_strcmp0(day, self->first_day) < 0) {
			g_free(self->first_day);
			self->first_day = g_strdup(day);
		}
		if (self->last_day == NULL || g_strcmp0(day, self->last_day) > 0) {
			g_free(self->last_day);
			self->last_day = g_strdup(day);
		}
		g_ptr_array_add(statuses, g_ptr_array_new_with_free_func((GDestroyNotify)sw_status_free));
		sw_timeline_read(tracks, v, g_ptr_array_index(statuses, i));
	}
	sw_timeline_statuses(tracks[2], order, statuses);
	self->versions = order->len;
	for (guint i = 0; i < G_N_ELEMENTS(labels); i++)
		sw_track_finish(tracks[i]);
	return self;
}

const gchar *
sw_sighting_label(const SwSighting *s)
{
	/* an amount as written: "$600 million" reads better than its value */
	if (strchr(s->value, ' ') != NULL)
		return s->text;
	return s->value;
}

SwSighting *
sw_track_run_label(GPtrArray *run)
{
	SwSighting *best = g_ptr_array_index(run, 0);

	/* the run's widest value: "2014-11" over "2014-11-10" */
	for (guint i = 1; i < run->len; i++) {
		SwSighting *s = g_ptr_array_index(run, i);
		if (strlen(s->value) < strlen(best->value))
			best = s;
	}
	return best;
}

void
sw_track_append_disagreement(GString *out, const SwTrack *t)
{
	for (guint j = 0; j < t->disagreement->len; j++) {
		GPtrArray *group = g_ptr_array_index(t->disagreement, j);
		if (j > 0)
			g_string_append(out, " vs ");
		g_string_append(out, sw_sighting_label(g_ptr_array_index(group, 0)));
		g_string_append(out, " (");
		for (guint k = 0; k < group->len; k++)
			g_string_append_printf(out, "%s%s", k > 0 ? ", " : "",
					       ((SwSighting *)g_ptr_array_index(group, k))->source);
		g_string_append_c(out, ')');
	}
}

/* "Oct 24" */
static gchar *
sw_timeline_short_day(const gchar *day)
{
	GDate d;
	gchar buf[16];

	if (!sw_facts_parse_ref_date(day, &d))
		return g_strdup(day);
	g_date_strftime(buf, sizeof(buf), "%b %-d", &d);
	return g_strdup(buf);
}

/* "(huffpost, Oct 20: “next month”; siliconangle, Oct 24: “next month”)" */
static void
sw_timeline_append_run(GString *out, GPtrArray *run, gboolean with_text)
{
	g_string_append(out, " (");
	for (guint i = 0; i < run->len; i++) {
		const SwSighting *s = g_ptr_array_index(run, i);
		g_autofree gchar *day = sw_timeline_short_day(s->day);
		if (i > 0)
			g_string_append(out, "; ");
		g_string_append_printf(out, "%s, %s", s->source, day);
		if (with_text)
			g_string_append_printf(out, ": \u201c%s\u201d", s->text);
	}
	g_string_append_c(out, ')');
}

gchar *
sw_timeline_to_text(const SwTimeline *self)
{
	GString *out = g_string_new(NULL);

	g_string_append_printf(out, "%s: %u source%s, %u version%s", self->name, self->sources->len,
			       self->sources->len == 1 ? "" : "s", self->versions,
			       self->versions == 1 ? "" : "s");
	if (self->first_day != NULL)
		g_string_append_printf(out, ", %s \u2192 %s", self->first_day, self->last_day);
	g_string_append_c(out, '\n');
	for (guint i = 0; i < self->tracks->len; i++) {
		const SwTrack *t = g_ptr_array_index(self->tracks, i);
		gboolean quoted = g_strcmp0(t->label, "quoted") == 0;
		if (t->sightings->len == 0)
			continue;
		g_string_append_printf(out, "%s: ", t->label);
		if (quoted) {
			/* each speaker once, with the sources that quote them */
			g_autoptr(GHashTable) seen = g_hash_table_new(g_str_hash, g_str_equal);
			gboolean first = TRUE;
			for (guint j = 0; j < t->sightings->len; j++) {
				const SwSighting *s = g_ptr_array_index(t->sightings, j);
				if (g_hash_table_contains(seen, s->value))
					continue;
				g_hash_table_add(seen, s->value);
				g_string_append_printf(out, "%s%s (", first ? "" : ", ", s->value);
				first = FALSE;
				g_autoptr(GHashTable) told = g_hash_table_new(g_str_hash, g_str_equal);
				for (guint k = j, n = 0; k < t->sightings->len; k++) {
					const SwSighting *o = g_ptr_array_index(t->sightings, k);
					/* each source once, however many of its versions quote */
					if (g_strcmp0(o->value, s->value) != 0 ||
					    !g_hash_table_add(told, o->source))
						continue;
					g_string_append_printf(out, "%s%s", n++ > 0 ? ", " : "", o->source);
				}
				g_string_append_c(out, ')');
			}
		} else {
			for (guint j = 0; j < t->runs->len && t->disagreement == NULL; j++) {
				GPtrArray *run = g_ptr_array_index(t->runs, j);
				if (j > 0)
					g_string_append(out, " \u2192 ");
				g_string_append(out, sw_sighting_label(sw_track_run_label(run)));
				sw_timeline_append_run(out, run, TRUE);
			}
		}
		if (t->disagreement != NULL) {
			sw_track_append_disagreement(out, t);
			g_string_append(out, " [sources disagree]");
		}
		g_string_append_c(out, '\n');
	}
	return g_string_free(out, FALSE);
}

/* a version read from the history, owning what it points to */
typedef struct {
	SwTimelineVersion v; /* first: the array holds it as a SwTimelineVersion */
	gchar *source;
	gchar *commit;
	GBytes *text;
} SwOwnedVersion;

static void
sw_owned_version_free(SwOwnedVersion *o)
{
	g_free(o->source);
	g_free(o->commit);
	g_bytes_unref(o->text);
	g_free(o);
}

/* the day a version speaks from: the page's modified date, else for a
 * source's first version its published date, else @fallback (the commit's
 * or fetch's time) */
static void
sw_timeline_day_of(GBytes *meta, gboolean first, gint64 fallback, GDate *out)
{
	g_autofree gchar *when = meta != NULL ? sw_json_meta_day(g_bytes_get_data(meta, NULL), first) : NULL;

	sw_facts_version_day(when, fallback, out);
}

GPtrArray *
sw_timeline_read_versions(SwStore *store, const gchar *story, gboolean latest_only, GError **error)
{
	g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func((GDestroyNotify)sw_owned_version_free);
	g_autoptr(GPtrArray) sources = sw_store_list_dirs(store, story, error);
	guint n;

	if (sources == NULL)
		return NULL;
	/* a story of several sources has a folder per source; else it is one */
	n = MAX(sources->len, 1);
	for (guint i = 0; i < n; i++) {
		const gchar *source = sources->len > 0 ? g_ptr_array_index(sources, i) : story;
		g_autofree gchar *dir = sources->len > 0 ? g_strdup_printf("%s/%s", story, source)
							 : g_strdup(story);
		g_autofree gchar *text_path = g_strconcat(dir, "/story.txt", NULL);
		g_autofree gchar *meta_path = g_strconcat(dir, "/meta.json", NULL);
		g_autoptr(GPtrArray) log = sw_store_log(store, dir, NULL, latest_only ? 1 : 0, error);
		if (log == NULL)
			return NULL;
		/* oldest first: a source's first version is dated by the page */
		for (guint j = log->len; j-- > 0;) {
			const SwLogEntry *e = g_ptr_array_index(log, j);
			GBytes *text = sw_store_read(store, e->id, text_path, NULL);
			g_autoptr(GBytes) meta = NULL;
			SwOwnedVersion *o;
			if (text == NULL)
				continue;
			meta = sw_store_read(store, e->id, meta_path, NULL);
			o = g_new0(SwOwnedVersion, 1);
			o->source = g_strdup(source);
			o->commit = g_strdup(e->id);
			o->text = text;
			o->v.source = o->source;
			o->v.commit = o->commit;
			o->v.text = g_bytes_get_data(text, NULL);
			sw_timeline_day_of(meta, !latest_only && j + 1 == log->len, e->time, &o->v.day);
			g_ptr_array_add(out, o);
		}
	}
	return g_steal_pointer(&out);
}
