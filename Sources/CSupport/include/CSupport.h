// CSupport: small C routines where Swift is measurably slower.
#ifndef GONGHUI_CSUPPORT_H
#define GONGHUI_CSUPPORT_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// SHA-256 of `length` bytes into `digest` (32 bytes). Uses the CPU's SHA instructions when
/// it has them (x86-64 SHA-NI), a portable implementation otherwise.
void gh_sha256(const uint8_t *data, size_t length, uint8_t digest[32]);

/// The same, always with the portable implementation (for tests comparing the two paths).
void gh_sha256_portable(const uint8_t *data, size_t length, uint8_t digest[32]);

/// 1 when gh_sha256 uses the CPU's SHA instructions.
int gh_sha256_uses_hardware(void);

/// Hands memory malloc keeps after free (in every thread's arena) back to the system, where
/// the C library can (glibc's malloc_trim); nothing elsewhere.
void gh_release_free_memory(void);

/// The open(2) flag that leaves a file's access time alone (Linux's O_NOATIME), 0 where the
/// system has none: Swift's Glibc module does not export it.
int gh_open_noatime_flag(void);

#ifdef __cplusplus
}
#endif

#endif
