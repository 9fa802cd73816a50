#ifndef PANTAU_CDEFLATE_SHIM_H
#define PANTAU_CDEFLATE_SHIM_H
// libdeflate: whole-buffer gzip and zlib, two to three times faster than zlib's streaming
// inflate for pages held in memory (see docs/ARCHITECTURE.md, "Extraction speed").
#include <libdeflate.h>
#endif
