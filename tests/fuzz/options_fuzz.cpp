// Options JSON, as the C ABI (and so the JavaScript API) takes it: at creation and per call.
#include "fuzz.hpp"

#include <precis/precis.h>

#include <string>

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
    std::string json(reinterpret_cast<const char*>(data), size);  // NUL-terminated copy
    precis_summarizer* s = precis_summarizer_new(json.c_str());
    if (!s) {
        precis::fuzz::require(*precis_last_error() != '\0', "a failed creation says why");
        s = precis_summarizer_new(nullptr);
    }
    static const char kText[] = "Storm closes pass\n\nHeavy snow closed the pass, police said. Nobody was hurt.";
    char* out = precis_summarize(s, kText, sizeof kText - 1, json.c_str());
    if (!out) precis::fuzz::require(*precis_last_error() != '\0', "a failed call says why");
    precis_string_free(out);
    precis_summarizer_free(s);
    return 0;
}
