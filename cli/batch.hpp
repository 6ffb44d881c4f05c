// JSON Lines batches: one article a line in, one result a line out, in input order.
#pragma once

#include <precis/precis.hpp>

#include <cstddef>
#include <istream>
#include <ostream>

namespace precis::cli {

struct BatchStats {
    std::size_t records = 0, errors = 0;
};

// Each input line is {"id"?, "text" | "html", "title"?, "lang"?}; each output line is the
// result with the line's "id" first (the 1-based line number when the line has none),
// or {"id": ..., "error": "reason"} for a line that cannot be summarized. Blank lines
// are not articles and are skipped. `jobs` threads work on the lines; order is kept.
BatchStats run_jsonl(std::istream& in, std::ostream& out, const Options& options, unsigned jobs);

}  // namespace precis::cli
