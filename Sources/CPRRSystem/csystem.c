// glibc only declares renameat2 and O_TMPFILE with _GNU_SOURCE, which
// Swift's Glibc module does not set; these wrappers give the output writer an
// atomic swap of the old and new site so a build killed at any moment leaves
// one whole site, and the body store a file no crash can leave behind.
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
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

int prr_open_unlinked_file(const char *folder) {
#if defined(__linux__) && defined(O_TMPFILE)
    int descriptor = open(folder, O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
    if (descriptor >= 0) return descriptor;
    // Only a file system without O_TMPFILE is worth the second way.
    if (errno != EOPNOTSUPP && errno != EISDIR && errno != EINVAL) return -1;
#endif
    return prr_create_then_unlink_file(folder);
}

int prr_create_then_unlink_file(const char *folder) {
    static const char name[] = "/.prr-bodies-XXXXXX";
    size_t length = strlen(folder);
    char *path = malloc(length + sizeof name);
    if (path == NULL) return -1;
    memcpy(path, folder, length);
    memcpy(path + length, name, sizeof name);
    int made = mkostemp(path, O_CLOEXEC);
    if (made >= 0 && unlink(path) != 0) {
        int saved = errno;
        close(made);
        errno = saved;
        made = -1;
    }
    free(path);
    return made;
}
