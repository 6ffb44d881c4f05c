// jsonl batches: every line gives exactly one output line, whatever the line holds.
#include "fuzz.hpp"

#include "batch.hpp"

#include <sstream>

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
    std::string input(reinterpret_cast<const char*>(data), size);
    std::istringstream in(input);
    std::ostringstream out;
    precis::Options o;
    o.max_bytes = 1 << 16;
    auto stats = precis::cli::run_jsonl(in, out, o, 1);
    std::size_t lines = 0;
    for (char c : out.str()) lines += c == '\n';
    precis::fuzz::require(lines == stats.records, "one output line per input record");
    return 0;
}
