// precis: summarize news articles from the command line (README, "The command line").
#include "args.hpp"
#include "batch.hpp"

#include <precis/precis.hpp>

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <string>
#include <thread>

namespace {

using namespace precis;
using precis::cli::Format;
using precis::cli::InputKind;

constexpr int kExitOk = 0, kExitInput = 1, kExitUsage = 2;
// Stopped by SIGTERM after the records in flight: the shell's status for a SIGTERM.
constexpr int kExitStopped = 128 + SIGTERM;

struct Input {
    std::string bytes;
    std::optional<std::string> error;
    bool too_big = false;
    std::size_t size = 0;  // of an oversized file, when known
};

std::string over_limit(std::size_t size, std::size_t limit) {
    return (size > limit ? "input is " + std::to_string(size) + " bytes, over" : std::string("input is over")) +
           " the limit of " + std::to_string(limit) + " bytes";
}

// Reads at most `limit` + 1 bytes, so that an oversized input is reported, not loaded.
Input read_input(const std::string& path, std::size_t limit) {
    Input in;
    std::istream* stream = &std::cin;
    std::ifstream file;
    if (path != "-") {
        std::error_code ec;
        if (std::filesystem::is_directory(path, ec)) {
            in.error = "is a directory";
            return in;
        }
        file.open(path, std::ios::binary);
        if (!file) {
            in.error = std::strerror(errno);
            return in;
        }
        stream = &file;
    }
    const std::size_t chunk = 1 << 16;
    errno = 0;
    while (in.bytes.size() <= limit) {
        std::size_t old = in.bytes.size();
        in.bytes.resize(old + chunk);
        stream->read(in.bytes.data() + old, static_cast<std::streamsize>(chunk));
        in.bytes.resize(old + static_cast<std::size_t>(stream->gcount()));
        if (!*stream) break;
    }
    if (stream->bad()) {
        in.error = errno ? std::strerror(errno) : "read error";  // standard input a directory: EISDIR
    } else if (in.bytes.size() > limit) {
        std::error_code ec;
        auto size = path == "-" ? 0 : std::filesystem::file_size(path, ec);
        in.too_big = true;
        in.size = ec ? 0 : static_cast<std::size_t>(size);
        in.error = over_limit(in.size, limit);
    }
    return in;
}

bool ends_with(const std::string& s, const std::string& suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// A page when the first character that is not blank is '<': in UTF-8 (a byte order mark
// skipped), or in UTF-16 after its byte order mark (extract_html() decodes that too).
InputKind sniff(const std::string& bytes) {
    const bool le = bytes.rfind("\xFF\xFE", 0) == 0, be = bytes.rfind("\xFE\xFF", 0) == 0;
    if (le || be) {
        for (std::size_t i = 2; i + 1 < bytes.size(); i += 2) {
            const char c = bytes[le ? i : i + 1], zero = bytes[le ? i + 1 : i];
            if (zero != 0 || (c != ' ' && c != '\t' && c != '\r' && c != '\n'))
                return zero == 0 && c == '<' ? InputKind::html : InputKind::text;
        }
        return InputKind::text;
    }
    auto first = bytes.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
    return first != std::string::npos && bytes[first] == '<' ? InputKind::html : InputKind::text;
}

// --extract: the title line, a blank line, the paragraphs separated by blank lines.
std::string extract_article_text(const Article& article, const Options& options) {
    std::string out = options.title.value_or(article.title) + "\n";
    for (const auto& p : article.paragraphs) out += "\n" + p + "\n";
    return out;
}

void print(cli::Output& out, const Result& result, std::optional<Format> wanted, bool many, std::size_t f,
           const std::string& file) {
    Format format = wanted.value_or(Format::text);
    if (many && (format == Format::text || format == Format::markdown))
        out.write(std::string(f ? "\n" : "") + "==> " + file + " <==\n");
    switch (format) {
        case Format::text: out.write(to_text(result)); break;
        case Format::markdown: out.write(to_markdown(result)); break;
        case Format::json: out.write(to_json(result, 2) + "\n"); break;
        case Format::jsonl: out.write(to_json(result) + "\n"); break;
        case Format::html: out.write(to_box_html(result) + "\n"); break;
    }
}

// A standard output that failed: the reader went away (EPIPE), or the disk is full, or
// the like. The first ends precis silently, as SIGPIPE ends other filters (status 141).
[[noreturn]] void output_failed(int error) {
    if (error == EPIPE) {
        std::signal(SIGPIPE, SIG_DFL);
        std::raise(SIGPIPE);
        _exit(128 + SIGPIPE);  // SIGPIPE blocked by the parent
    }
    std::cerr << "precis: standard output: " << std::strerror(error) << "\n";
    _exit(kExitInput);
}

void input_error(const std::string& file, const std::string& reason, int& status) {
    std::cerr << "precis: " << file << ": " << reason << "\n";
    status = kExitInput;
}

// One jsonl file (or standard input) through the batch; the exit status when precis must
// stop at once (a usage error, SIGTERM).
std::optional<int> run_jsonl_file(const cli::Args& args, const std::string& file, unsigned jobs,
                                  const cli::StopOnSigterm& stop, cli::Output& out, int& status) {
    int fd = STDIN_FILENO;
    if (file != "-") {
        std::error_code ec;
        if (std::filesystem::is_directory(file, ec)) return input_error(file, "is a directory", status), std::nullopt;
        fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
        if (fd < 0) return input_error(file, std::strerror(errno), status), std::nullopt;
    }
    auto stats = cli::run_jsonl(fd, out, args.options, jobs, &stop);
    if (fd != STDIN_FILENO) ::close(fd);
    if (out.error()) output_failed(out.error());
    if (stats.read_error) input_error(file, std::strerror(stats.read_error), status);
    if (stats.stopped) {
        std::cerr << "precis: " << file << ": stopped by SIGTERM after line " << stats.last_line
                  << "; the lines after it were not read\n";
        return kExitStopped;
    }
    if (stats.errors > 0) {
        std::cerr << "precis: " << file << ": " << stats.errors << " of " << stats.records
                  << " lines could not be summarized (see their \"error\" records)\n";
        status = kExitInput;
    }
    return std::nullopt;
}

// One text or page file, the f-th of `count`: its summary, or with --extract its article.
void run_file(const cli::Args& args, const Summarizer& summarizer, const std::string& file, InputKind kind,
              std::size_t f, std::size_t count, cli::Output& out, int& status) {
    // Pages are read up to four times the text limit (see kMaxHtmlBytes); text is
    // checked against the limit itself when it is summarized.
    const std::size_t html_limit = page_limit(args.options.max_bytes);
    Input in = read_input(file, kind == InputKind::text ? args.options.max_bytes : html_limit);
    if (kind == InputKind::automatic) kind = sniff(in.bytes);
    if (kind == InputKind::text && (in.too_big || in.bytes.size() > args.options.max_bytes))
        in.error = over_limit(in.too_big ? in.size : in.bytes.size(), args.options.max_bytes);
    if (in.error) return input_error(file, *in.error, status);
    try {
        if (kind == InputKind::html) {
            Article article = extract_html(in.bytes, html_limit);
            if (args.extract) return out.write(extract_article_text(article, args.options));
            Result result = summarizer.summarize(article);
            return print(out, result, args.format, count > 1, f, file);
        }
        if (args.extract) return out.write(extract_article_text(read_text(in.bytes, args.options), args.options));
        Result result = summarizer.summarize(in.bytes);
        print(out, result, args.format, count > 1, f, file);
    } catch (const Error& e) {
        input_error(file, e.what(), status);
    }
}

InputKind kind_of(const cli::Args& args, const std::string& file) {
    return args.input == InputKind::automatic && ends_with(file, ".jsonl") ? InputKind::jsonl : args.input;
}

// What jsonl input cannot be asked for, found before any file is read: a usage error
// stops the run, so it must not come after other files' output.
std::optional<std::string> jsonl_usage_error(const cli::Args& args) {
    if (args.extract) return "--extract does not take jsonl input";
    if (args.format && (*args.format == Format::text || *args.format == Format::markdown || *args.format == Format::html))
        return "jsonl input gives json or jsonl output";
    return std::nullopt;
}

int run(const cli::Args& args, cli::Output& out) {
    std::vector<std::string> files = args.files;
    if (files.empty()) files.push_back("-");
    for (const std::string& file : files) {
        if (kind_of(args, file) != InputKind::jsonl) continue;
        if (auto error = jsonl_usage_error(args)) return std::cerr << "precis: " << *error << " (see precis --help)\n", kExitUsage;
    }
    const unsigned jobs = args.jobs ? *args.jobs : std::max(1u, std::thread::hardware_concurrency());
    const Summarizer summarizer(args.options);
    const cli::StopOnSigterm stop;
    int status = kExitOk;
    for (std::size_t f = 0; f < files.size(); ++f) {
        const std::string& file = files[f];
        if (!out.flush()) output_failed(out.error());
        if (stop.requested()) {
            std::cerr << "precis: stopped by SIGTERM before " << file << "\n";
            return kExitStopped;
        }
        const InputKind kind = kind_of(args, file);
        if (kind != InputKind::jsonl) {
            run_file(args, summarizer, file, kind, f, files.size(), out, status);
        } else if (auto exit = run_jsonl_file(args, file, jobs, stop, out, status)) {
            return *exit;
        }
    }
    if (!out.flush()) output_failed(out.error());
    return status;
}

}  // namespace

int main(int argc, char** argv) {
    std::ios::sync_with_stdio(false);
    // A closed standard output is seen as a failed write (EPIPE) and handled there,
    // whatever the parent did with SIGPIPE.
    std::signal(SIGPIPE, SIG_IGN);
    cli::Output out(STDOUT_FILENO);
    std::vector<std::string> argv_list(argv + 1, argv + argc);
    auto parsed = cli::parse_args(argv_list);
    if (parsed.error) {
        std::cerr << "precis: " << *parsed.error << " (see precis --help)\n";
        return kExitUsage;
    }
    if (parsed.args.help || parsed.args.version) {
        out.write(parsed.args.help ? cli::usage_text() : "precis " + std::string(version()) + "\n");
        if (!out.flush()) output_failed(out.error());
        return kExitOk;
    }
    try {
        return run(parsed.args, out);
    } catch (const std::exception& e) {
        std::cerr << "precis: internal error: " << e.what() << "\n";
        return kExitInput;
    }
}
