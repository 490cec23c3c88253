// glibc only declares renameat2 with _GNU_SOURCE, which Swift's Glibc module
// does not set; this wrapper gives the output writer an atomic swap of the
// old and new site so a build killed at any moment leaves one whole site.
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include "csystem.h"

int prr_exchange_paths(const char *first, const char *second) {
#if defined(__linux__) && defined(RENAME_EXCHANGE)
    return renameat2(AT_FDCWD, first, AT_FDCWD, second, RENAME_EXCHANGE);
#else
    (void)first;
    (void)second;
    errno = ENOSYS;
    return -1;
#endif
}
