/* SPDX-License-Identifier: MIT
 * The entry point every fuzz target defines: libFuzzer calls it for
 * `make fuzz`, replay.c calls it on the kept corpus in `make check`. */
#pragma once

#include <stddef.h>
#include <stdint.h>

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
