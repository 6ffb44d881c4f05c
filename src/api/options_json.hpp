// Options as a JSON object (the C ABI's and the JavaScript API's form).
#pragma once

#include <precis/precis.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace precis::detail {

// Applies the keys of a JSON object (the names of option_specs(), as "max_chars") to
// `options`. Returns a message naming the option
// on error (unknown key, wrong type, bad value); `options` is then unspecified.
std::optional<std::string> apply_options_json(std::string_view json_text, Options& options);

}  // namespace precis::detail
