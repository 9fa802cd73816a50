#ifndef PANTAU_CHUNSPELL_SHIM_H
#define PANTAU_CHUNSPELL_SHIM_H
// libhunspell's C API (Debian: libhunspell-dev). Used only by PantauSentiment's
// HunspellDictionary, which serialises every call: a Hunhandle is not thread-safe.
#include <hunspell/hunspell.h>
#endif
