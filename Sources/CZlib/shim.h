#ifndef PANTAU_CZLIB_SHIM_H
#define PANTAU_CZLIB_SHIM_H
#include <zlib.h>

// inflateInit2 is a macro; this wrapper makes it callable from Swift.
// windowBits 15 + 32: accept gzip and zlib headers alike.
static inline int pantau_inflate_init_auto(z_stream *s) {
    return inflateInit2(s, 15 + 32);
}

// deflateInit2 is a macro as well; 15 + 16 writes a gzip wrapper.
static inline int pantau_deflate_init_gzip(z_stream *s, int level) {
    return deflateInit2(s, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
}
#endif
