/* The WebAssembly module is the precis core's C ABI and nothing else: the functions of
 * include/precis/precis.h, exported by name (src/api/wasm-exports.txt). This file only
 * gives the link step a translation unit of its own. */
#include <precis/precis.h>
