// precis-scale-bench: time per MB and peak memory as the input grows.
//
//   precis-scale-bench [FILE...]
//
// Builds one article of 10 KB, 100 KB, 1 MB and 8 MB (just under the default limit) by
// repeating the paragraphs of FILEs (default: the golden corpus and the demo article),
// summarizes each in a child process of its own (so that its peak resident memory is its
// own), and prints the median time per MB, its ratio to the 100 KB-1 MB mean, and the
// peak memory as a multiple of the input. Time should stay near-linear: the 8 MB ratio
// is the number to watch (target: within 3).
#include <precis/precis.hpp>

#include "files.hpp"

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace fs = std::filesystem;

namespace {

using precis::test::read_file;

// Paragraphs of the given files (their first line, the headline, left out).
std::vector<std::string> paragraphs(const std::vector<fs::path>& files) {
    std::vector<std::string> out;
    for (const auto& f : files) {
        std::string t = read_file(f);
        std::size_t at = t.find("\n\n");
        if (at == std::string::npos) continue;
        for (std::size_t b = at + 2; b < t.size();) {
            std::size_t e = t.find("\n\n", b);
            if (e == std::string::npos) e = t.size();
            if (e > b) out.push_back(t.substr(b, e - b));
            b = e + 2;
        }
    }
    return out;
}

std::string article(const std::vector<std::string>& paras, std::size_t size) {
    std::string out = "A long article made of the test articles\n\n";
    for (std::size_t i = 0; out.size() < size; ++i) {
        const std::string& p = paras[i % paras.size()];
        if (out.size() + p.size() + 2 > size) break;
        out += p + "\n\n";
    }
    return out;
}

struct Run {
    double seconds = 0;   // median
    long max_rss_kb = 0;  // of the child
};

Run measure(const std::string& text, int repeats) {
    int pipefd[2];
    if (pipe(pipefd) != 0) return {};
    pid_t pid = fork();
    if (pid == 0) {
        close(pipefd[0]);
        precis::Summarizer s;
        std::vector<double> times;
        for (int r = 0; r < repeats; ++r) {
            auto t0 = std::chrono::steady_clock::now();
            std::string json = precis::to_json(s.summarize(text));
            times.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
            if (json.empty()) _exit(1);
        }
        std::sort(times.begin(), times.end());
        double median = times[times.size() / 2];
        if (write(pipefd[1], &median, sizeof median) != sizeof median) _exit(1);
        _exit(0);
    }
    close(pipefd[1]);
    Run run;
    if (::read(pipefd[0], &run.seconds, sizeof run.seconds) != sizeof run.seconds) run.seconds = -1;
    close(pipefd[0]);
    int status = 0;
    struct rusage usage {};
    wait4(pid, &status, 0, &usage);
    run.max_rss_kb = usage.ru_maxrss;
    return run;
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<fs::path> files;
    for (int i = 1; i < argc; ++i) {
        std::string_view arg = argv[i];
        if (arg.size() > 1 && arg[0] == '-') {
            std::fprintf(stderr, "precis-scale-bench: unknown option %s\nusage: precis-scale-bench [FILE...]\n", argv[i]);
            return 2;
        }
        // A file named but not there would only make the article out of the others.
        if (!fs::is_regular_file(arg)) {
            std::fprintf(stderr, "precis-scale-bench: %s: not a file\n", argv[i]);
            return 2;
        }
        files.emplace_back(arg);
    }
    if (files.empty()) {
        fs::path root = PRECIS_SOURCE_DIR;
        for (const auto& e : fs::directory_iterator(root / "tests" / "corpus"))
            if (fs::exists(e.path() / "article.txt")) files.push_back(e.path() / "article.txt");
        files.push_back(root / "demo" / "putin-may-g20.en.txt");
        std::sort(files.begin(), files.end());
    }
    std::vector<std::string> paras = paragraphs(files);
    if (paras.empty()) {
        std::fprintf(stderr, "precis-scale-bench: no paragraphs in the input files\n");
        return 2;
    }
    // A baseline process: what a summarizer costs before any input.
    Run idle = measure("Nothing.\n\nA tiny article.", 1);
    struct Size {
        const char* name;
        std::size_t bytes;
        int repeats;
    };
    const Size sizes[] = {{"10 KB", 10000, 41}, {"100 KB", 100000, 15}, {"1 MB", 1000000, 7},
                          {"8 MB", precis::kMaxBytes - 1024, 3}};
    std::printf("%-8s %12s %12s %12s %14s %10s\n", "input", "bytes", "median s", "s per MB", "peak RSS MB",
                "RSS/input");
    std::vector<double> per_mb;
    for (const Size& s : sizes) {
        std::string text = article(paras, s.bytes);
        Run r = measure(text, s.repeats);
        double mb = static_cast<double>(text.size()) / 1e6;
        per_mb.push_back(r.seconds / mb);
        double rss_mb = static_cast<double>(r.max_rss_kb) / 1024.0;
        double growth = static_cast<double>(r.max_rss_kb - idle.max_rss_kb) * 1024.0 / static_cast<double>(text.size());
        std::printf("%-8s %12zu %12.4f %12.4f %14.1f %9.1fx\n", s.name, text.size(), r.seconds, r.seconds / mb, rss_mb,
                    growth);
    }
    double mid = (per_mb[1] + per_mb[2]) / 2;
    std::printf("\ntime per MB at 8 MB / mean of 100 KB and 1 MB: %.2f (target: at most 3)\n", per_mb[3] / mid);
    std::printf("peak RSS of an idle summarizer process: %.1f MB (RSS/input counts memory above it)\n",
                static_cast<double>(idle.max_rss_kb) / 1024.0);
    return 0;
}
