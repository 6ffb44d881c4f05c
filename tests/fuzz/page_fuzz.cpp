// The page wire format the widget sends from the browser's DOM, through the C ABI.
#include "fuzz.hpp"

#include <precis/precis.h>

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
    static precis_summarizer* s = precis_summarizer_new(nullptr);
    const char* page = reinterpret_cast<const char*>(data);
    char* article = precis_extract_page(page, size);
    if (!article) precis::fuzz::require(*precis_last_error() != '\0', "a failed extraction says why");
    precis_string_free(article);
    char* both = precis_summarize_page(s, page, size, nullptr);
    if (!both) precis::fuzz::require(*precis_last_error() != '\0', "a failed summary says why");
    precis_string_free(both);
    return 0;
}
