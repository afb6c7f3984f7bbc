/* SPDX-License-Identifier: MIT */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Converts page bytes to valid UTF-8. The charset is decided in this order:
 * a byte-order mark, then @http_charset, then the bytes being valid UTF-8,
 * then a <meta> charset in the first 4 KiB, then Windows-1252. NUL bytes are
 * dropped and invalid sequences replaced, so the result is always valid.
 * @out_charset (nullable) receives the name used. */
gchar *
sw_charset_to_utf8(const gchar *data, gsize len, const gchar *http_charset, gchar **out_charset);

G_END_DECLS
