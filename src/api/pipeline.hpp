// The whole pipeline, without exceptions: input -> segment -> analyse -> score ->
// select -> result. The C++ API throws on top of it; the C ABI (and so the wasm build)
// returns its errors as values.
#pragma once

#include "document.hpp"
#include "input/input.hpp"

#include <precis/precis.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace precis::detail {

// Stages 1 to 3 on `text` (input, segment, analyse), for the pipeline and for tools that
// score and select in their own ways (the quality evaluation). `out.text` views `text`.
struct Analysis {
    Document doc;
    std::string title;
};
std::optional<std::string> analyse(std::string_view text, const Options& options, Analysis& out,
                                   Layout layout = Layout::text);

// Summarizes `text`; on an input error returns its one-line message and leaves `out` as is.
// `options` must have passed precis::validate().
std::optional<std::string> run_pipeline(std::string_view text, const Options& options, Result& out,
                                        Layout layout = Layout::text);

}  // namespace precis::detail
