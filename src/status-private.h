/* SPDX-License-Identifier: MIT
 * What the status reader (status.c) lets its tests turn. Not installed. */
#pragma once

#include <glib.h>

/* Each rule has a gate, words one of which a sentence must hold before
 * the rule's pattern runs (most sentences hold none, and the gate is a
 * few string searches). TRUE runs every pattern on every sentence, so
 * that a test can see that no gate keeps out a sentence its pattern
 * reads. */
extern gboolean sw_status_gates_open;
