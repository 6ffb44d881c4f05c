// The whole pipeline, without exceptions: input -> segment -> analyse -> score ->
// select -> result. The C++ API throws on top of it; the C ABI (and so the wasm build)
// returns its errors as values.
#pragma once

#include <precis/precis.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace precis::detail {

// Summarizes `text`; on an input error returns its one-line message and leaves `out` as is.
// `options` must have passed precis::validate().
std::optional<std::string> run_pipeline(std::string_view text, const Options& options, Result& out);

}  // namespace precis::detail
