/* SPDX-License-Identifier: MIT */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Turns a watch's `select`/`exclude` into XPath. XPath is passed through
 * (it starts with "/" or "("); otherwise it is read as a CSS selector list:
 * type, .class, #id, [attr], [attr=val], [attr~=val], [attr^=val],
 * [attr*=val], [attr$=val], *, descendant and child combinators, commas. */
gchar *
sw_select_to_xpath(const gchar *selector, GError **error);

G_END_DECLS
