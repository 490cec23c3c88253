#ifndef PRR_CSYSTEM_H
#define PRR_CSYSTEM_H

/// Atomically exchanges two paths (Linux renameat2 with RENAME_EXCHANGE).
/// Returns 0 on success, -1 with errno set otherwise (ENOSYS/EINVAL where the
/// kernel or file system cannot exchange).
int prr_exchange_paths(const char *first, const char *second);

/// Opens a new, already unlinked file for reading and writing in `folder`
/// (Linux O_TMPFILE, else create-then-unlink), so nothing is left behind
/// even if the process is killed. Returns the descriptor, or -1 with errno set.
int prr_open_unlinked_file(const char *folder);

/// `prr_open_unlinked_file`'s second way, where O_TMPFILE is missing: a new
/// file with a unique name, unlinked at once. Returns the descriptor, or -1
/// with errno set.
int prr_create_then_unlink_file(const char *folder);

#endif
