// CSupport: file flags Swift's C modules leave out.
#define _GNU_SOURCE
#include <fcntl.h>
#include "CSupport.h"

int gh_open_noatime_flag(void) {
#if defined(O_NOATIME)
    return O_NOATIME;
#else
    return 0;
#endif
}
