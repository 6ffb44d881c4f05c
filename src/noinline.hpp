#pragma once

// PRECIS_NOINLINE keeps a function a function of its own in the WebAssembly build. The
// pipeline's stages, and the phases of the larger ones, are each called from one place, so
// link-time optimisation (and binaryen after it: web/module.cmake) would fold them into
// their callers, leaving functions of 15 to 35 KB of wasm. V8 optimises a whole function
// once any loop in it is hot, and its optimising compiler's time grows faster than the
// function's size: 0.6 to 1.1 s of processor time for a page's first article, on the
// same cores that lay out the page and paint the box. Kept apart, each phase is optimised
// only when it is hot itself, in half that time, for one call per article (Node 20, README
// "Size"). Natively GCC's choices are left alone: it has no such cost.
#if defined(__EMSCRIPTEN__)
#define PRECIS_NOINLINE __attribute__((noinline))
#else
#define PRECIS_NOINLINE
#endif
