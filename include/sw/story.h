/* SPDX-License-Identifier: MIT */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A story as extracted from a page: the text a reader reads, nothing else. */
typedef struct {
	gchar *title;	  /* headline, nullable */
	gchar *byline;	  /* nullable */
	gchar *published; /* ISO 8601, nullable */
	gchar *modified;  /* ISO 8601, nullable */
	gchar *lang;	  /* nullable */
	gchar *url;	  /* canonical URL if the page names one, nullable */
	GPtrArray *paragraphs; /* gchar*, whitespace-normalised, non-empty */
} SwStory;

SwStory *
sw_story_new(void);
void
sw_story_free(SwStory *story);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(SwStory, sw_story_free)

/* Renders the snapshot text stored as story.txt: the headline on the first
 * line, a blank line, then one sentence per line with a blank line between
 * paragraphs. Sentences matching any GRegex of @ignore (nullable) are
 * dropped. Always ends in a newline; an empty story gives "". */
gchar *
sw_story_to_text(const SwStory *story, GPtrArray *ignore);
/* body paragraphs joined by blank lines, no headline */
gchar *
sw_story_body(const SwStory *story);

G_END_DECLS
