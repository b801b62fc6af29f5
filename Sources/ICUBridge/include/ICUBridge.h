// ICUBridge: the few ICU services Gonghui needs, behind plain C types.
//
// Swift cannot import ICU's headers next to Foundation (Foundation bundles its own ICU whose
// types clash), and ICU exports versioned symbol names. This header uses only stdint types
// and opaque structs, so Swift sees a stable, version-free API.
//
// Status convention: every `status` out-parameter receives an ICU UErrorCode; values > 0 are
// failures, values <= 0 are success (ICU reports harmless warnings as negative codes).
#ifndef GONGHUI_ICU_BRIDGE_H
#define GONGHUI_ICU_BRIDGE_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

// MARK: Charset detection and conversion

/// One candidate of ICU's charset detector.
typedef struct gh_charset_match {
    char name[40];
    int32_t confidence;  // 0...100
} gh_charset_match;

/// Runs ICU's charset detector over `bytes`; writes up to `capacity` candidates, best first.
/// Returns the number written, or -1 on failure.
int32_t gh_detect_charsets(const char *bytes, int32_t length, gh_charset_match *out, int32_t capacity);

/// Decodes `bytes` in `charset` to UTF-16. Undecodable sequences become U+FFFD and their byte
/// offsets are written to `bad_offsets` (up to `bad_capacity`; `bad_count` receives the total).
/// Returns the number of UTF-16 units needed; call with a larger `dest` when it exceeds
/// `dest_capacity` (status is then U_BUFFER_OVERFLOW_ERROR).
int32_t gh_decode(const char *charset, const char *bytes, int32_t length,
                  uint16_t *dest, int32_t dest_capacity,
                  int32_t *bad_offsets, int32_t bad_capacity, int32_t *bad_count,
                  int32_t *status);

/// Like gh_decode, but gives up (status U_ILLEGAL_CHAR_FOUND) at the first undecodable
/// sequence: a cheap test of whether bytes are valid in a charset, decoding them if so.
int32_t gh_decode_strict(const char *charset, const char *bytes, int32_t length,
                         uint16_t *dest, int32_t dest_capacity, int32_t *status);

/// Encodes UTF-16 text to `charset` with substitution; returns bytes needed.
int32_t gh_encode(const char *charset, const uint16_t *src, int32_t length,
                  char *dest, int32_t dest_capacity, int32_t *status);

/// The canonical ICU name of a charset alias ("gbk" → "GBK"), or NULL when ICU does not know it.
const char *gh_canonical_charset(const char *alias);

// MARK: Normalisation

/// Fills `bits` (8192 bytes, one bit per BMP code unit) with NFKC's "inert" property: a set bit
/// means the code unit is never changed by NFKC and never interacts with its neighbours.
int32_t gh_nfkc_inert_bits(uint8_t *bits);

/// NFKC of `src`; returns units needed (see gh_decode for the overflow protocol).
int32_t gh_nfkc(const uint16_t *src, int32_t length, uint16_t *dest, int32_t dest_capacity, int32_t *status);

// MARK: Transliteration

typedef struct gh_transliterator gh_transliterator;

/// Opens an ICU transliterator such as "Traditional-Simplified".
gh_transliterator *gh_transliterator_open(const char *id, int32_t *status);

/// ICU's version as "72.1" into `out` (at least 20 bytes).
void gh_icu_version(char *out);

/// Transliterates `buffer` in place; returns the new length (it may need up to `capacity`).
int32_t gh_transliterate(gh_transliterator *t, uint16_t *buffer, int32_t length, int32_t capacity, int32_t *status);

void gh_transliterator_close(gh_transliterator *t);

// MARK: Text boundaries

typedef struct gh_breaker gh_breaker;

enum { GH_BREAK_WORD = 0, GH_BREAK_SENTENCE = 1 };

/// Opens a word or sentence break iterator for `locale` ("zh").
gh_breaker *gh_breaker_open(int32_t kind, const char *locale, int32_t *status);

/// Points the iterator at `text`, which must stay alive while the iterator is used.
void gh_breaker_set_text(gh_breaker *b, const uint16_t *text, int32_t length, int32_t *status);

/// Writes the next boundaries after the current position (and the rule status of the segment
/// each one ends) into the arrays; returns how many, 0 at the end. Offsets are UTF-16 units.
int32_t gh_breaker_next(gh_breaker *b, int32_t *boundaries, int32_t *rule_status, int32_t capacity);

void gh_breaker_close(gh_breaker *b);

// MARK: Regular expressions

typedef struct gh_regex gh_regex;

/// Compiles an ICU regular expression given as UTF-16; NULL and a status on error.
gh_regex *gh_regex_open(const uint16_t *pattern, int32_t length, int32_t *status);

/// 1 when the pattern matches somewhere in `text`, 0 when not, negative on error.
/// Not thread-safe: each thread uses its own compiled expression.
int32_t gh_regex_find(gh_regex *r, const uint16_t *text, int32_t length);

/// The non-overlapping, non-empty matches of the pattern in `text`, in order: their start and
/// end offsets (UTF-16 units) into the arrays, at most `capacity`; returns how many, negative
/// on error.
int32_t gh_regex_find_all(gh_regex *r, const uint16_t *text, int32_t length, int32_t *starts, int32_t *ends, int32_t capacity);

void gh_regex_close(gh_regex *r);

#ifdef __cplusplus
}
#endif

#endif
