// Shared by the fuzz targets: each defines LLVMFuzzerTestOneInput and checks what must
// hold for any input (no crash, no leak, no undefined behaviour under the sanitizers,
// and the invariants below); a violated invariant aborts, so libFuzzer keeps the input.
#pragma once

#include <precis/precis.hpp>

#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace precis::fuzz {

inline void require(bool ok, const char* what) {
    if (!ok) {
        std::fprintf(stderr, "precis fuzz: invariant violated: %s\n", what);
        std::abort();
    }
}

// A piece of the result is exactly the input between its offsets.
inline void check_range(std::string_view text, const Range& at, const std::string& piece) {
    require(at.start <= at.end && at.end <= text.size(), "offsets inside the input");
    require(text.substr(at.start, at.end - at.start) == piece, "text equals the input at its offsets");
    require(at.start16 <= at.end16 && at.end16 - at.start16 <= at.end - at.start, "UTF-16 offsets in order");
}

// Every chosen sentence, quote and entity mention is exactly the input between its offsets.
inline void check_offsets(std::string_view text, const Result& r) {
    for (const auto& s : r.sentences) check_range(text, s, s.text);
    for (const auto& q : r.quotes) check_range(text, q, q.text);
    for (const auto& e : r.entities)
        for (const auto& m : e.spans) check_range(text, m, m.text);
}

}  // namespace precis::fuzz
