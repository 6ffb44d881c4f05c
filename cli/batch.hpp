// JSON Lines batches: precis as a worker. One article a line in, one result a line out,
// in input order, written as soon as it and the lines before it are done.
#pragma once

#include <precis/precis.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace precis::cli {

// Standard output (or any file descriptor) with a buffer and one place for write errors.
// A write error stops all later writes; error() tells which (EPIPE: the reader went away).
class Output {
public:
    explicit Output(int fd) : fd_(fd) {}
    Output(const Output&) = delete;
    Output& operator=(const Output&) = delete;
    ~Output() { flush(); }

    void write(std::string_view bytes);
    bool flush();                          // false once a write has failed
    int error() const { return error_; }   // errno of the first failed write, else 0

private:
    int fd_;
    std::string buffer_;
    int error_ = 0;
};

// SIGTERM asks precis to stop: no new input is read, the records already read are
// finished and written. A second SIGTERM ends the process at once. One per process.
class StopOnSigterm {
public:
    StopOnSigterm();
    ~StopOnSigterm();
    StopOnSigterm(const StopOnSigterm&) = delete;
    StopOnSigterm& operator=(const StopOnSigterm&) = delete;

    bool requested() const;
    int wake_fd() const;  // becomes readable when a stop is requested (for poll)
};

struct BatchStats {
    std::size_t records = 0, errors = 0;  // lines written, of which error records
    std::size_t last_line = 0;            // the last input line taken in (blank lines aside)
    bool stopped = false;                 // SIGTERM cut the input short after last_line
    int read_error = 0;                   // errno of a failed read, else 0
};

// Each input line is {"id"?, "text" | "html", "title"?, "lang"?}; each output line is the
// result with the line's "id" first (the 1-based line number when the line has none),
// or {"id": ..., "error": "reason"} for a line that cannot be summarized. Blank lines
// are not articles and are skipped. `jobs` threads summarize; the lines in flight (read,
// being summarized, or done and waiting for an earlier line) are bounded as below, so
// memory is bounded by `jobs` x (kInFlightBytesPerJob + the largest line). Reading stops
// at the end of `in`, on SIGTERM (`stop`, may be null) or when `out` fails.
BatchStats run_jsonl(int in, Output& out, const Options& options, unsigned jobs, const StopOnSigterm* stop);

// Lines in flight per worker, at most. Enough that the other workers go on while one
// line is slow (a long article, or its thread descheduled on a busy machine) rather
// than wait for it to be written: on the shared two-core machine under load, two
// threads with 2 lines in flight each ran at 0.57 x the speed of two precis processes,
// with 32 at 1.75 x that, with this many (the byte budget deciding) at par.
constexpr unsigned kInFlightPerJob = 1024;
// Bytes of lines and results in flight per worker, at most; `jobs` lines may always be
// in flight whatever their size, so that every worker has one.
constexpr std::size_t kInFlightBytesPerJob = 4u << 20;

}  // namespace precis::cli
