#include "batch.hpp"

#include <precis/jsonl.hpp>

#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <condition_variable>
#include <deque>
#include <csignal>
#include <cstring>
#include <limits>
#include <mutex>
#include <thread>
#include <vector>

namespace precis::cli {
namespace {

using jsonl::LineKind;
using jsonl::Member;
using jsonl::Record;

// A line may hold at most this much JSON beyond the text limit (ids, titles, escapes).
constexpr std::size_t kLineSlack = 64 * 1024;
// Escaped JSON text can take up to six bytes per byte of text ("\u0001").
constexpr std::size_t kEscapeFactor = 6;
// Output gathered before a write(2): few system calls, and a consumer still sees each
// result as soon as no later one is ready (the writer flushes before it waits).
constexpr std::size_t kOutputBuffer = 64 * 1024;
// Bytes asked of read(2) at a time.
constexpr std::size_t kReadChunk = 64 * 1024;

std::size_t line_limit(const Options& options) {
    const std::size_t max = std::numeric_limits<std::size_t>::max();
    return options.max_bytes > (max - kLineSlack) / kEscapeFactor ? max
                                                                   : options.max_bytes * kEscapeFactor + kLineSlack;
}

// The output line for one input line of `size` bytes (of which `line` holds at most the
// limit); `failed` is set for an error record. A line whose id cannot be read is named by
// its number.
std::string process_line(const std::string& line, std::size_t size, std::size_t line_no,
                         const Summarizer& summarizer, const Options& base, bool& failed) {
    failed = true;
    const std::string line_id = std::to_string(line_no);
    if (size > line_limit(base))
        return to_json_error_line(line_id, "line is " + std::to_string(size) + " bytes, over the limit");
    Record record;
    switch (jsonl::read_record(line, record)) {
        case LineKind::invalid: return to_json_error_line(line_id, "not valid JSON");
        case LineKind::not_object: return to_json_error_line(line_id, "expected a JSON object");
        case LineKind::object: break;
    }
    // The id goes back as the line wrote it, byte for byte: a batch engine joins results to
    // its records by id, and a number such as 100000000000000000000000 or 1.50 would not
    // survive a round trip through a double. A line holds no newline, so neither does it.
    const std::string id_json = record.id.kind != Member::Kind::absent ? std::string(record.id.json) : line_id;
    auto error = [&](const std::string& reason) { return to_json_error_line(id_json, reason); };
    Options options = base;
    std::string scratch;
    if (record.title.kind != Member::Kind::absent && record.title.kind != Member::Kind::null) {
        if (record.title.kind != Member::Kind::string) return error("\"title\" is not a string");
        options.title = std::string(jsonl::string_value(record.title, scratch));
    }
    if (record.lang.kind != Member::Kind::absent && record.lang.kind != Member::Kind::null) {
        if (record.lang.kind != Member::Kind::string) return error("\"lang\" is not a string");
        options.lang = std::string(jsonl::string_value(record.lang, scratch));
    }
    const bool is_text = record.text.kind == Member::Kind::string;
    if (!is_text && record.html.kind != Member::Kind::string) return error("no \"text\" or \"html\" string");
    try {
        Result r = is_text ? summarizer.summarize(jsonl::string_value(record.text, scratch), options)
                           : summarizer.summarize(extract_html(jsonl::string_value(record.html, scratch),
                                                              page_limit(options.max_bytes)),
                                                  options);
        failed = false;
        return to_json_line(id_json, r);
    } catch (const Error& e) {
        return error(e.what());
    } catch (const std::exception& e) {
        return error(std::string("internal error: ") + e.what());
    }
}

// A pipe that wakes a poll(2): written once, readable from then on.
class WakePipe {
public:
    WakePipe() {
        if (::pipe2(fds_, O_CLOEXEC | O_NONBLOCK) != 0) fds_[0] = fds_[1] = -1;
    }
    ~WakePipe() {
        for (int fd : fds_)
            if (fd >= 0) ::close(fd);
    }
    WakePipe(const WakePipe&) = delete;
    WakePipe& operator=(const WakePipe&) = delete;
    int read_end() const { return fds_[0]; }
    // Async-signal-safe: a signal handler may call it.
    void wake() const {
        const char byte = 1;
        if (fds_[1] >= 0) (void)!::write(fds_[1], &byte, 1);
    }

private:
    int fds_[2];
};

// Lines from a file descriptor. Of a line longer than `limit` only `limit` bytes are
// kept (the rest is counted, not stored), so one huge line cannot take the memory.
// Waiting for input ends early when either wake pipe becomes readable.
class LineReader {
public:
    enum class Status { line, end, woken };

    LineReader(int fd, std::size_t limit, int wake1, int wake2)
        : fd_(fd), limit_(limit), wake_{wake1, wake2}, buffer_(kReadChunk) {}

    // The next line without its '\n', and its full length in `size`.
    Status next(std::string& line, std::size_t& size) {
        line.clear();
        size = 0;
        for (;;) {
            if (pos_ == end_) {
                if (Status s = fill(); s != Status::line) return s == Status::end && size > 0 ? Status::line : s;
            }
            const char* start = buffer_.data() + pos_;
            const auto* nl = static_cast<const char*>(std::memchr(start, '\n', end_ - pos_));
            const std::size_t take = nl ? static_cast<std::size_t>(nl - start) : end_ - pos_;
            if (line.size() < limit_) line.append(start, std::min(take, limit_ - line.size()));
            size += take;
            pos_ += take;
            if (nl) {
                ++pos_;
                return Status::line;
            }
        }
    }

    int error() const { return error_; }  // errno of a failed read, else 0

private:
    Status fill() {
        for (;;) {
            pollfd fds[3] = {{fd_, POLLIN, 0}, {wake_[0], POLLIN, 0}, {wake_[1], POLLIN, 0}};
            if (::poll(fds, 3, -1) < 0) {
                if (errno == EINTR) continue;
                error_ = errno;
                return Status::end;
            }
            if ((fds[1].revents | fds[2].revents) != 0) return Status::woken;
            const ssize_t n = ::read(fd_, buffer_.data(), buffer_.size());
            if (n > 0) {
                pos_ = 0;
                end_ = static_cast<std::size_t>(n);
                return Status::line;
            }
            if (n == 0) return Status::end;
            if (errno == EINTR || errno == EAGAIN) continue;
            error_ = errno;
            return Status::end;
        }
    }

    int fd_;
    std::size_t limit_;
    int wake_[2];
    std::vector<char> buffer_;
    std::size_t pos_ = 0, end_ = 0;
    int error_ = 0;
};

// The process's one SIGTERM flag and the pipe its handler writes to.
std::atomic<bool> g_stop_requested{false};
const WakePipe* g_stop_pipe = nullptr;
struct sigaction g_previous_sigterm;

extern "C" void on_sigterm(int) {
    const int saved = errno;
    g_stop_requested.store(true);
    if (g_stop_pipe) g_stop_pipe->wake();
    errno = saved;
}

}  // namespace

void Output::write(std::string_view bytes) {
    if (error_) return;
    buffer_.append(bytes);
    if (buffer_.size() >= kOutputBuffer) flush();
}

bool Output::flush() {
    std::size_t done = 0;
    while (!error_ && done < buffer_.size()) {
        const ssize_t n = ::write(fd_, buffer_.data() + done, buffer_.size() - done);
        if (n >= 0) done += static_cast<std::size_t>(n);
        else if (errno != EINTR) error_ = errno;
    }
    buffer_.clear();
    return !error_;
}

StopOnSigterm::StopOnSigterm() {
    static const WakePipe pipe;
    g_stop_pipe = &pipe;
    struct sigaction action {};
    action.sa_handler = on_sigterm;
    sigemptyset(&action.sa_mask);
    // The handler runs once; a second SIGTERM then ends the process as usual.
    action.sa_flags = SA_RESETHAND | SA_RESTART;
    sigaction(SIGTERM, &action, &g_previous_sigterm);
}

StopOnSigterm::~StopOnSigterm() { sigaction(SIGTERM, &g_previous_sigterm, nullptr); }

bool StopOnSigterm::requested() const { return g_stop_requested.load(); }

int StopOnSigterm::wake_fd() const { return g_stop_pipe->read_end(); }

namespace {

// One batch run: the reader (the calling thread) takes lines in, `jobs` workers summarize
// them, the writer prints them in input order. The lines in flight, in input order: the
// reader appends, the workers take them in turn, the writer prints and removes the first
// once it is done. (A deque keeps references to its elements valid while others are
// added and removed at its ends.)
class Batch {
public:
    Batch(Output& out, const Options& options, unsigned jobs, const StopOnSigterm* stop)
        : out_(out), options_(options), summarizer_(options), jobs_(jobs), stop_(stop),
          max_lines_(std::size_t(jobs) * kInFlightPerJob), max_bytes_(std::size_t(jobs) * kInFlightBytesPerJob) {}

    BatchStats run(int in) {
        std::vector<std::thread> threads;
        for (unsigned t = 0; t < jobs_; ++t) threads.emplace_back([this] { work(); });
        threads.emplace_back([this] { write(); });
        LineReader reader(in, line_limit(options_), stop_ ? stop_->wake_fd() : -1, output_failure_.read_end());
        read(reader);
        {
            std::lock_guard lock(mutex_);
            input_over_ = true;
        }
        work_ready_.notify_all();
        result_ready_.notify_all();
        for (auto& t : threads) t.join();
        out_.flush();
        stats_.read_error = reader.error();
        return stats_;
    }

private:
    struct Slot {
        std::string line, result;
        std::size_t size = 0, line_no = 0;
        bool failed = false, done = false;
    };

    bool stopping() {
        if (stop_ && stop_->requested()) stats_.stopped = true;
        return stats_.stopped;
    }

    // The reader: each line into a slot, as room allows, until the input ends or a stop.
    void read(LineReader& reader) {
        std::string line;
        std::size_t size = 0, line_no = 0;
        auto status = LineReader::Status::line;
        while (!stopping() && (status = reader.next(line, size)) == LineReader::Status::line) {
            ++line_no;
            const bool whole = size == line.size();
            if (whole && !line.empty() && line.back() == '\r') line.pop_back(), --size;
            if (whole && line.find_first_not_of(" \t") == std::string::npos) continue;
            std::unique_lock lock(mutex_);
            room_.wait(lock, [&] {
                const std::size_t lines = in_flight_.size();
                return output_failed_ || (lines < max_lines_ && (lines < jobs_ || bytes_ + line.size() <= max_bytes_));
            });
            // A line read while a stop was coming is not started: the lines up to
            // stats.last_line are exactly the ones written.
            if (output_failed_ || stopping()) break;
            stats_.last_line = line_no;
            bytes_ += line.size();
            Slot& slot = in_flight_.emplace_back();
            slot.line = std::move(line);
            slot.size = size;
            slot.line_no = line_no;
            work_ready_.notify_one();
        }
        if (status == LineReader::Status::woken) stopping();  // woken by SIGTERM, or by a failed write
    }

    // A worker: summarizes the next line not taken yet.
    void work() {
        std::unique_lock lock(mutex_);
        for (;;) {
            work_ready_.wait(lock, [&] { return taken_ < in_flight_.size() || input_over_ || output_failed_; });
            if (output_failed_ || taken_ == in_flight_.size()) return;
            Slot& slot = in_flight_[taken_++];
            lock.unlock();
            bool failed = false;
            std::string result = process_line(slot.line, slot.size, slot.line_no, summarizer_, options_, failed);
            const std::size_t line_bytes = slot.line.size();
            std::string().swap(slot.line);
            lock.lock();
            bytes_ = bytes_ - line_bytes + result.size();
            slot.result = std::move(result);
            slot.failed = failed;
            slot.done = true;
            result_ready_.notify_one();
        }
    }

    // The writer: prints the first line once it is done, in input order.
    void write() {
        std::unique_lock lock(mutex_);
        for (;;) {
            if (in_flight_.empty() || !in_flight_.front().done) {
                // Nothing ready: what was gathered goes out before waiting.
                lock.unlock();
                out_.flush();
                lock.lock();
                result_ready_.wait(lock, [&] {
                    return (!in_flight_.empty() && in_flight_.front().done) || (input_over_ && in_flight_.empty());
                });
                if (in_flight_.empty()) return;
            }
            std::string result = std::move(in_flight_.front().result);
            const bool failed = in_flight_.front().failed;
            in_flight_.pop_front();
            --taken_;
            bytes_ -= result.size();
            room_.notify_one();
            lock.unlock();
            out_.write(result);
            out_.write("\n");
            lock.lock();
            ++stats_.records;
            stats_.errors += failed;
            if (out_.error()) {
                output_failed_ = true;
                output_failure_.wake();
                work_ready_.notify_all();
                room_.notify_all();
                return;
            }
        }
    }

    Output& out_;
    const Options& options_;
    const Summarizer summarizer_;
    const unsigned jobs_;
    const StopOnSigterm* stop_;
    const std::size_t max_lines_, max_bytes_;
    BatchStats stats_;
    std::deque<Slot> in_flight_;
    std::size_t bytes_ = 0;  // of the lines and results in flight
    std::size_t taken_ = 0;  // lines of in_flight_ that a worker has taken
    std::mutex mutex_;
    std::condition_variable work_ready_, result_ready_, room_;
    bool input_over_ = false, output_failed_ = false;
    const WakePipe output_failure_;
};

}  // namespace

BatchStats run_jsonl(int in, Output& out, const Options& options, unsigned jobs, const StopOnSigterm* stop) {
    return Batch(out, options, jobs, stop).run(in);
}

}  // namespace precis::cli
