#ifndef PRR_CSYSTEM_H
#define PRR_CSYSTEM_H

/// Atomically exchanges two paths (Linux renameat2 with RENAME_EXCHANGE).
/// Returns 0 on success, -1 with errno set otherwise (ENOSYS/EINVAL where the
/// kernel or file system cannot exchange).
int prr_exchange_paths(const char *first, const char *second);

#endif
