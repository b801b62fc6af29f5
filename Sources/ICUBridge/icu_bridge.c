#include "ICUBridge.h"
#include <unicode/utypes.h>
#include <unicode/ubrk.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/ucsdet.h>
#include <unicode/unorm2.h>
#include <unicode/utrans.h>
#include <unicode/ustring.h>
#include <unicode/uregex.h>

#include <stdlib.h>
#include <string.h>

// MARK: Charset detection

int32_t gh_detect_charsets(const char *bytes, int32_t length, gh_charset_match *out, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    UCharsetDetector *detector = ucsdet_open(&status);
    if (U_FAILURE(status)) return -1;
    ucsdet_setText(detector, bytes, length, &status);
    int32_t found = 0;
    const UCharsetMatch **matches = ucsdet_detectAll(detector, &found, &status);
    if (U_FAILURE(status)) { ucsdet_close(detector); return -1; }
    int32_t written = 0;
    for (int32_t i = 0; i < found && written < capacity; i++) {
        UErrorCode s = U_ZERO_ERROR;
        const char *name = ucsdet_getName(matches[i], &s);
        int32_t confidence = ucsdet_getConfidence(matches[i], &s);
        if (U_FAILURE(s) || name == NULL) continue;
        strncpy(out[written].name, name, sizeof(out[written].name) - 1);
        out[written].name[sizeof(out[written].name) - 1] = 0;
        out[written].confidence = confidence;
        written++;
    }
    ucsdet_close(detector);
    return written;
}

// MARK: Conversion

/// What the to-Unicode callback needs to record where decoding failed.
typedef struct bad_bytes_context {
    const char *start;
    int32_t *offsets;
    int32_t capacity;
    int32_t count;
} bad_bytes_context;

static void record_bad_bytes(const void *context, UConverterToUnicodeArgs *args, const char *codeUnits,
                             int32_t length, UConverterCallbackReason reason, UErrorCode *err) {
    if (reason == UCNV_ILLEGAL || reason == UCNV_IRREGULAR || reason == UCNV_UNASSIGNED) {
        bad_bytes_context *ctx = (bad_bytes_context *)context;
        if (ctx->count < ctx->capacity) {
            ctx->offsets[ctx->count] = (int32_t)(args->source - ctx->start) - length;
        }
        ctx->count++;
    }
    UCNV_TO_U_CALLBACK_SUBSTITUTE(NULL, args, codeUnits, length, reason, err);
}

int32_t gh_decode(const char *charset, const char *bytes, int32_t length,
                  uint16_t *dest, int32_t dest_capacity,
                  int32_t *bad_offsets, int32_t bad_capacity, int32_t *bad_count,
                  int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    *bad_count = 0;
    UConverter *conv = ucnv_open(charset, &err);
    if (U_FAILURE(err)) { *status = err; return 0; }
    bad_bytes_context ctx = { bytes, bad_offsets, bad_capacity, 0 };
    ucnv_setToUCallBack(conv, record_bad_bytes, &ctx, NULL, NULL, &err);
    if (U_FAILURE(err)) { ucnv_close(conv); *status = err; return 0; }
    // Decode in chunks so the whole input is seen even when dest is too small: the caller
    // needs the exact length and the complete list of bad offsets.
    UChar *target = (UChar *)dest;
    UChar *targetLimit = (UChar *)dest + dest_capacity;
    const char *source = bytes;
    const char *sourceLimit = bytes + length;
    int32_t produced = 0;
    UChar scratch[4096];
    for (;;) {
        UErrorCode e = U_ZERO_ERROR;
        UChar *chunkStart;
        UChar *chunkLimit;
        int useScratch = target >= targetLimit;
        if (useScratch) { chunkStart = scratch; chunkLimit = scratch + 4096; }
        else { chunkStart = target; chunkLimit = targetLimit; }
        UChar *cursor = chunkStart;
        ucnv_toUnicode(conv, &cursor, chunkLimit, &source, sourceLimit, NULL, 1, &e);
        produced += (int32_t)(cursor - chunkStart);
        if (!useScratch) target = cursor;
        if (e == U_BUFFER_OVERFLOW_ERROR) continue;
        if (U_FAILURE(e)) { ucnv_close(conv); *status = e; *bad_count = ctx.count; return produced; }
        break;
    }
    ucnv_close(conv);
    *bad_count = ctx.count;
    *status = produced > dest_capacity ? U_BUFFER_OVERFLOW_ERROR : U_ZERO_ERROR;
    return produced;
}

int32_t gh_decode_strict(const char *charset, const char *bytes, int32_t length,
                         uint16_t *dest, int32_t dest_capacity, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    UConverter *conv = ucnv_open(charset, &err);
    if (U_FAILURE(err)) { *status = err; return 0; }
    ucnv_setToUCallBack(conv, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, &err);
    int32_t n = ucnv_toUChars(conv, (UChar *)dest, dest_capacity, bytes, length, &err);
    ucnv_close(conv);
    *status = err;
    return n;
}

int32_t gh_encode(const char *charset, const uint16_t *src, int32_t length,
                  char *dest, int32_t dest_capacity, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    UConverter *conv = ucnv_open(charset, &err);
    if (U_FAILURE(err)) { *status = err; return 0; }
    int32_t n = ucnv_fromUChars(conv, dest, dest_capacity, (const UChar *)src, length, &err);
    ucnv_close(conv);
    *status = err;
    return n;
}

const char *gh_canonical_charset(const char *alias) {
    UErrorCode err = U_ZERO_ERROR;
    const char *name = ucnv_getAlias(alias, 0, &err);
    if (U_FAILURE(err) || name == NULL) {
        // Some valid names are not aliases of themselves in ICU's table; try opening.
        err = U_ZERO_ERROR;
        UConverter *conv = ucnv_open(alias, &err);
        if (U_FAILURE(err)) return NULL;
        const char *n = ucnv_getName(conv, &err);
        ucnv_close(conv);
        return U_FAILURE(err) ? NULL : n;
    }
    return name;
}

// MARK: Normalisation

static const UNormalizer2 *nfkc_instance(UErrorCode *err) {
    return unorm2_getNFKCInstance(err);
}

int32_t gh_nfkc_inert_bits(uint8_t *bits) {
    UErrorCode err = U_ZERO_ERROR;
    const UNormalizer2 *n = nfkc_instance(&err);
    if (U_FAILURE(err)) return err;
    memset(bits, 0, 8192);
    for (UChar32 c = 0; c < 0x10000; c++) {
        if (c >= 0xD800 && c <= 0xDFFF) continue;
        if (unorm2_isInert(n, c)) bits[c >> 3] |= (uint8_t)(1u << (c & 7));
    }
    return 0;
}

int32_t gh_nfkc(const uint16_t *src, int32_t length, uint16_t *dest, int32_t dest_capacity, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    const UNormalizer2 *n = nfkc_instance(&err);
    if (U_FAILURE(err)) { *status = err; return 0; }
    int32_t len = unorm2_normalize(n, (const UChar *)src, length, (UChar *)dest, dest_capacity, &err);
    *status = err;
    return len;
}

// MARK: Transliteration

void gh_icu_version(char *out) {
    UVersionInfo v;
    u_getVersion(v);
    u_versionToString(v, out);
}

struct gh_transliterator { UTransliterator *t; };

gh_transliterator *gh_transliterator_open(const char *id, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    UChar uid[128];
    u_uastrncpy(uid, id, 127);
    uid[127] = 0;
    UTransliterator *t = utrans_openU(uid, -1, UTRANS_FORWARD, NULL, 0, NULL, &err);
    *status = err;
    if (U_FAILURE(err)) return NULL;
    gh_transliterator *box = malloc(sizeof(gh_transliterator));
    if (box == NULL) { utrans_close(t); *status = U_MEMORY_ALLOCATION_ERROR; return NULL; }
    box->t = t;
    return box;
}

int32_t gh_transliterate(gh_transliterator *t, uint16_t *buffer, int32_t length, int32_t capacity, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    int32_t textLength = length;
    int32_t limit = length;
    utrans_transUChars(t->t, (UChar *)buffer, &textLength, capacity, 0, &limit, &err);
    *status = err;
    return textLength;
}

void gh_transliterator_close(gh_transliterator *t) {
    if (t == NULL) return;
    utrans_close(t->t);
    free(t);
}

// MARK: Break iteration

struct gh_breaker { UBreakIterator *it; };

gh_breaker *gh_breaker_open(int32_t kind, const char *locale, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    UBreakIterator *it = ubrk_open(kind == GH_BREAK_SENTENCE ? UBRK_SENTENCE : UBRK_WORD, locale, NULL, 0, &err);
    *status = U_FAILURE(err) ? err : U_ZERO_ERROR;
    if (U_FAILURE(err)) return NULL;
    gh_breaker *b = malloc(sizeof(gh_breaker));
    if (b == NULL) { ubrk_close(it); *status = U_MEMORY_ALLOCATION_ERROR; return NULL; }
    b->it = it;
    return b;
}

void gh_breaker_set_text(gh_breaker *b, const uint16_t *text, int32_t length, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    ubrk_setText(b->it, (const UChar *)text, length, &err);
    *status = err;
    if (U_SUCCESS(err)) ubrk_first(b->it);
}

int32_t gh_breaker_next(gh_breaker *b, int32_t *boundaries, int32_t *rule_status, int32_t capacity) {
    int32_t n = 0;
    while (n < capacity) {
        int32_t p = ubrk_next(b->it);
        if (p == UBRK_DONE) break;
        boundaries[n] = p;
        rule_status[n] = ubrk_getRuleStatus(b->it);
        n++;
    }
    return n;
}

void gh_breaker_close(gh_breaker *b) {
    if (b == NULL) return;
    ubrk_close(b->it);
    free(b);
}

// MARK: Regular expressions

struct gh_regex { URegularExpression *re; };

gh_regex *gh_regex_open(const uint16_t *pattern, int32_t length, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    UParseError pe;
    URegularExpression *re = uregex_open((const UChar *)pattern, length, 0, &pe, &err);
    *status = U_FAILURE(err) ? err : U_ZERO_ERROR;
    if (U_FAILURE(err)) return NULL;
    gh_regex *r = malloc(sizeof(gh_regex));
    if (r == NULL) { uregex_close(re); *status = U_MEMORY_ALLOCATION_ERROR; return NULL; }
    r->re = re;
    return r;
}

int32_t gh_regex_find(gh_regex *r, const uint16_t *text, int32_t length) {
    UErrorCode err = U_ZERO_ERROR;
    uregex_setText(r->re, (const UChar *)text, length, &err);
    if (U_FAILURE(err)) return -1;
    UBool found = uregex_find(r->re, 0, &err);
    if (U_FAILURE(err)) return -1;
    return found ? 1 : 0;
}

int32_t gh_regex_find_all(gh_regex *r, const uint16_t *text, int32_t length, int32_t *starts, int32_t *ends, int32_t capacity) {
    UErrorCode err = U_ZERO_ERROR;
    uregex_setText(r->re, (const UChar *)text, length, &err);
    if (U_FAILURE(err)) return -1;
    int32_t n = 0;
    while (n < capacity && uregex_findNext(r->re, &err)) {
        if (U_FAILURE(err)) return -1;
        int32_t s = uregex_start(r->re, 0, &err);
        int32_t e = uregex_end(r->re, 0, &err);
        if (U_FAILURE(err)) return -1;
        if (e <= s) continue;
        starts[n] = s;
        ends[n] = e;
        n++;
    }
    return U_FAILURE(err) ? -1 : n;
}

void gh_regex_close(gh_regex *r) {
    if (r == NULL) return;
    uregex_close(r->re);
    free(r);
}
