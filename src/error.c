/* SPDX-License-Identifier: MIT
 *
 * The SW_ERROR domain. Its codes are classes the scheduler and the CLI
 * branch on, not a catalogue of every failure.
 */
#define G_LOG_DOMAIN "storywatch"

#include "sw/error.h"

G_DEFINE_QUARK(sw-error-quark, sw_error)

