/* SPDX-License-Identifier: MIT */
#pragma once

#include <glib.h>

#include "sw/story.h"

G_BEGIN_DECLS

typedef struct {
	const gchar *url;	   /* the page's address, nullable */
	const gchar *http_charset; /* from Content-Type, nullable */
	const gchar *select;	   /* CSS or XPath, nullable: automatic */
	const gchar *exclude;	   /* CSS or XPath, nullable */
	gboolean captions;	   /* keep figure captions */
} SwExtractOptions;

/* Finds the story in an HTML page. An empty page or one with no story
 * gives a story with no paragraphs, not an error; a bad selector is an
 * error (SW_ERROR_INVALID_CONFIG). */
SwStory *
sw_extract_html(const gchar *data, gsize len, const SwExtractOptions *opts, GError **error);

/* Plain text: the first line is the headline if a blank line follows it,
 * paragraphs are separated by blank lines. */
SwStory *
sw_extract_text(const gchar *data, gsize len);

/* compiles @selector (CSS or XPath) to check it, SW_ERROR_INVALID_CONFIG */
gboolean
sw_extract_check_selector(const gchar *selector, GError **error);

/* @html with the text of its scripts and styles taken out (JSON-LD kept),
 * as the extractor parses it: a "<script" in a comment, an attribute
 * value, a title or a textarea is left alone */
gchar *
sw_extract_empty_scripts(const gchar *html, gsize len);

/* TRUE when @data looks like HTML rather than plain text */
gboolean
sw_extract_looks_like_html(const gchar *data, gsize len);

G_END_DECLS
