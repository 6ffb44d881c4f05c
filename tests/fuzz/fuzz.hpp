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

// Every chosen sentence and quote is exactly the input between its offsets.
inline void check_offsets(std::string_view text, const Result& r) {
    for (const auto& s : r.sentences) {
        require(s.start <= s.end && s.end <= text.size(), "sentence offsets inside the input");
        require(text.substr(s.start, s.end - s.start) == s.text, "sentence text equals the input at its offsets");
        require(s.start16 <= s.end16, "UTF-16 offsets in order");
    }
    for (const auto& q : r.quotes) {
        require(q.start <= q.end && q.end <= text.size(), "quote offsets inside the input");
        require(text.substr(q.start, q.end - q.start) == q.text, "quote text equals the input at its offsets");
    }
}

}  // namespace precis::fuzz
