// The ICU headers Gonghui's C bridge uses. Only ICUBridge includes them: Swift code never
// imports this module, because ICU's C types clash with Foundation's bundled ICU
// (see README, "Building").
#include <unicode/utypes.h>
#include <unicode/ubrk.h>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/unorm2.h>
#include <unicode/utrans.h>
#include <unicode/ustring.h>
