/* SPDX-License-Identifier: MIT */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Text helpers shared by the extractor, the store and the diff. */

/* Collapses runs of Unicode whitespace to one space and trims; drops
 * control characters. Input must be valid UTF-8. */
gchar *
sw_text_normalize_space(const gchar *text);

/* Splits a paragraph into sentences (gchar*, trimmed). Knows abbreviations
 * (U.S., Dr., Inc., Gen.), initials, decimals, ellipses and closing quotes
 * or brackets after the full stop. */
GPtrArray *
sw_text_split_sentences(const gchar *paragraph);

/* TRUE when a full stop after @word (lower case, inner dots kept) does not
 * end a sentence: an initial, a title or an abbreviation ("j", "mr",
 * "gen", "sept", "vs") */
gboolean
sw_text_keeps_stop(const gchar *word);

/* A key that ignores what does not change meaning: case, punctuation,
 * quote styles, whitespace. Two sentences with equal keys differ only
 * cosmetically. */
gchar *
sw_text_cosmetic_key(const gchar *text);

/* @len bytes of any kind made valid UTF-8 without moving a byte: NULs and
 * each byte of an invalid sequence become spaces, so offsets into the
 * result are offsets into the input. */
gchar *
sw_text_make_valid_in_place(const gchar *data, gsize len);

/* the first place @word stands whole in @text, letters on neither side
 * (ASCII, case as given), or NULL: "he" in "she" is none */
const gchar *
sw_text_find_word(const gchar *text, const gchar *word);

/* a folder name for @url's page: its last path segment (else @title) in
 * lowercase letters, digits and '-', at most 48 bytes, never empty (a
 * feed's entries, a story's sources) */
gchar *
sw_text_slug(const gchar *url, const gchar *title);

G_END_DECLS
