#ifndef PANTAU_CMALLOC_SHIM_H
#define PANTAU_CMALLOC_SHIM_H
#include <malloc.h>

/// Pantau works page after page (fetch, parse, extract, store). glibc hands blocks over
/// 128 KB straight back to the kernel when they are freed, so every page's buffers were
/// faulted in afresh (a tenth of `extract --pages-dir`). Keep freed blocks of up to 32 MB,
/// and up to 64 MB of free heap, for the next page. (Glibc's Swift module lacks malloc.h.)
static inline void pantau_keep_freed_memory(void) {
    mallopt(M_MMAP_THRESHOLD, 32 << 20);
    mallopt(M_TRIM_THRESHOLD, 64 << 20);
}
#endif
