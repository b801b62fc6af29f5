// CSupport: memory the C library keeps after free, handed back (for measuring peaks).
#include "CSupport.h"
#if defined(__GLIBC__)
#include <malloc.h>
#endif

void gh_release_free_memory(void) {
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}
