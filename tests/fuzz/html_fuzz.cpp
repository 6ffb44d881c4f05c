// HTML pages through the native front end (Gumbo), then the summary of what was found.
#include "fuzz.hpp"

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
    using namespace precis;
    std::string_view html(reinterpret_cast<const char*>(data), size);
    try {
        Article a = extract_html(html);
        std::string body = a.body();
        fuzz::require(a.text_nodes.size() == a.paragraphs.size(), "a text-node range per paragraph");
        for (const auto& p : a.paragraphs) fuzz::require(!p.empty(), "no empty paragraph");
        Result r = Summarizer().summarize(a);
        fuzz::check_offsets(body, r);
    } catch (const Error& e) {
        fuzz::require(e.kind() == Error::Kind::input, "only input errors");
    }
    return 0;
}
