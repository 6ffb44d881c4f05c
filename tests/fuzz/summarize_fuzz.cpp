// Text summarization, the main entry point: any bytes, with options from the first byte.
#include "fuzz.hpp"

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
    using namespace precis;
    Options o;
    if (size > 0) {
        o.type = static_cast<SummaryType>(data[0] % 4);
        o.length = static_cast<Length>((data[0] >> 2) % 3);
        o.explain = (data[0] & 0x20) != 0;
        static const char* langs[] = {"auto", "en", "ru", "de", "fr", "es", "it", "pt"};
        o.lang = langs[(data[0] >> 5) & 7];
        ++data, --size;
    }
    std::string_view text(reinterpret_cast<const char*>(data), size);
    try {
        Result r = Summarizer(o).summarize(text);
        fuzz::check_offsets(text, r);
        fuzz::require(!to_json(r).empty(), "JSON result");
    } catch (const Error& e) {
        fuzz::require(e.kind() == Error::Kind::input, "only input errors for valid options");
    }
    return 0;
}
