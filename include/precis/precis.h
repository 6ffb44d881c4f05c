/* precis: C ABI, for other languages and for the WebAssembly exports.
 *
 * Ownership, once for every function below:
 *  - A `precis_summarizer*` comes from precis_summarizer_new() and is released with
 *    precis_summarizer_free(). It is immutable: several threads may use one at once.
 *  - A `char*` returned by this API is owned by the caller and released with
 *    precis_string_free(). Pointers passed in are only read during the call.
 *  - On failure a function returns NULL (or 0) and precis_last_error() says why.
 *    Nothing is thrown across this boundary.
 *
 * Options are a JSON object with any of the options precis_options() lists ("lang",
 * "type", "length", "sentences", "max_chars", "title", "max_bytes", "explain",
 * "skip_lead"; meanings as in the CLI and README).
 */
#ifndef PRECIS_PRECIS_H
#define PRECIS_PRECIS_H

#include <stddef.h>

#include <precis/version.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct precis_summarizer precis_summarizer;

/** Creates a summarizer. `options_json` may be NULL or "" for the defaults.
 *  Returns NULL when the options are invalid (see precis_last_error()).
 *  Free the result with precis_summarizer_free(). */
precis_summarizer* precis_summarizer_new(const char* options_json);

/** Releases a summarizer; NULL is allowed. */
void precis_summarizer_free(precis_summarizer* summarizer);

/** Summarizes `length` bytes of UTF-8 `text`. `call_options_json` (NULL or "" for none)
 *  overrides the summarizer's options for this call only.
 *  Returns the result as JSON (schema "precis/1"), owned by the caller: free it with
 *  precis_string_free(). Returns NULL on an input or options error. */
char* precis_summarize(const precis_summarizer* summarizer, const char* text, size_t length,
                       const char* call_options_json);

/** Finds the article in a web page the widget read from the DOM: `length` bytes in the
 *  page wire format (src/extract/wire.hpp). Returns the article as JSON (schema
 *  "precis-article/1"), owned by the caller: free it with precis_string_free(). Returns
 *  NULL on a malformed page or when the page has no article ("no article found"). */
char* precis_extract_page(const char* page, size_t length);

/** Finds the article in a page as precis_extract_page() does and summarizes its body
 *  (its title and language used unless the options set them). Returns
 *  {"article": <precis-article/1>, "result": <precis/1>} as JSON, owned by the caller:
 *  free it with precis_string_free(). NULL on a malformed page, no article, or an error. */
char* precis_summarize_page(const precis_summarizer* summarizer, const char* page, size_t length,
                            const char* call_options_json);

/** Allocates `size` bytes for passing text in (from JavaScript, say). Returns NULL when
 *  out of memory, and precis_last_error() says so. Free it with precis_string_free(). */
char* precis_string_alloc(size_t size);

/** Releases a string returned by this API or allocated by precis_string_alloc();
 *  NULL is allowed. */
void precis_string_free(char* string);

/** The message of the last failure on this thread ("" when none). Owned by the library,
 *  valid until the next call on this thread. */
const char* precis_last_error(void);

/** A diagnostics hook for tests, not for summarizing: bytes of heap memory in use
 *  (malloc's own count: the whole process natively, the module in WebAssembly), which the
 *  leak checks compare before and after many calls; 0 where the allocator does not say. */
size_t precis_heap_used(void);

/** Every option as JSON: [{"name", "kind", "choices", "most", "default"}, ...], the words
 *  and limits front ends take from the core. Free with precis_string_free(). */
char* precis_options(void);

/** The library version, e.g. "0.1.0". Owned by the library. */
const char* precis_version(void);

#ifdef __cplusplus
}
#endif

#endif /* PRECIS_PRECIS_H */
