/* SPDX-License-Identifier: MIT
 *
 * The story as storywatch keeps it: the extractor fills an SwStory, and
 * this module renders the snapshot text committed as story.txt. Its shape
 * (headline, blank line, one sentence per line, blank line between
 * paragraphs) is what makes `git log -p` and `git blame` read like a
 * history of sentences.
 */
#define G_LOG_DOMAIN "storywatch-story"

#include "sw/story.h"

#include "sw/text.h"

SwStory *
sw_story_new(void)
{
	SwStory *story = g_new0(SwStory, 1);
	story->paragraphs = g_ptr_array_new_with_free_func(g_free);
	return story;
}

void
sw_story_free(SwStory *story)
{
	if (story == NULL)
		return;
	g_free(story->title);
	g_free(story->byline);
	g_free(story->published);
	g_free(story->modified);
	g_free(story->lang);
	g_free(story->url);
	g_ptr_array_unref(story->paragraphs);
	g_free(story);
}

static gboolean
sw_story_is_ignored(const gchar *line, GPtrArray *ignore)
{
	for (guint i = 0; ignore != NULL && i < ignore->len; i++) {
		if (g_regex_match(g_ptr_array_index(ignore, i), line, 0, NULL))
			return TRUE;
	}
	return FALSE;
}

gchar *
sw_story_to_text(const SwStory *story, GPtrArray *ignore)
{
	g_autoptr(GString) out = g_string_new(NULL);
	gboolean any = FALSE;

	if (story->title != NULL && *story->title != '\0')
		g_string_append_printf(out, "%s\n", story->title);
	else
		g_string_append(out, "\n"); /* the headline line is always line 1 */
	for (guint i = 0; i < story->paragraphs->len; i++) {
		g_autoptr(GPtrArray) sentences =
		    sw_text_split_sentences(g_ptr_array_index(story->paragraphs, i));
		gboolean para = FALSE;
		for (guint j = 0; j < sentences->len; j++) {
			const gchar *s = g_ptr_array_index(sentences, j);
			if (sw_story_is_ignored(s, ignore))
				continue;
			if (!para)
				g_string_append_c(out, '\n');
			g_string_append_printf(out, "%s\n", s);
			para = TRUE;
			any = TRUE;
		}
	}
	if (!any && (story->title == NULL || *story->title == '\0'))
		return g_strdup("");
	return g_string_free(g_steal_pointer(&out), FALSE);
}

gchar *
sw_story_body(const SwStory *story)
{
	g_autoptr(GString) out = g_string_new(NULL);

	for (guint i = 0; i < story->paragraphs->len; i++) {
		if (i > 0)
			g_string_append(out, "\n\n");
		g_string_append(out, g_ptr_array_index(story->paragraphs, i));
	}
	return g_string_free(g_steal_pointer(&out), FALSE);
}
