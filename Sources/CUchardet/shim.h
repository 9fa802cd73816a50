#ifndef PANTAU_CUCHARDET_SHIM_H
#define PANTAU_CUCHARDET_SHIM_H
// uchardet (freedesktop, Debian libuchardet-dev): a maintained statistical detector of a
// text's character encoding, for feeds whose BOM, declaration and HTTP charset all fail.
#include <uchardet.h>
#endif
