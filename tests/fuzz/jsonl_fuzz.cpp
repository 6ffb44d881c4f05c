// jsonl batches: every line gives exactly one output line, whatever the line holds.
#include "fuzz.hpp"

#include "batch.hpp"

#include <sys/mman.h>
#include <unistd.h>

#include <string>

namespace {

// The batch reads and writes file descriptors: in-memory files stand in for the pipes.
int memory_file(const char* name) {
    int fd = memfd_create(name, MFD_CLOEXEC);
    precis::fuzz::require(fd >= 0, "memfd_create works");
    return fd;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
    const int in = memory_file("jsonl-in"), out_fd = memory_file("jsonl-out");
    precis::fuzz::require(::write(in, data, size) == static_cast<ssize_t>(size), "input written");
    ::lseek(in, 0, SEEK_SET);
    precis::Options o;
    o.max_bytes = 1 << 16;
    precis::cli::BatchStats stats;
    {
        precis::cli::Output out(out_fd);
        stats = precis::cli::run_jsonl(in, out, o, 1, nullptr);
        precis::fuzz::require(out.flush(), "output written");
    }
    std::size_t lines = 0;
    char buffer[1 << 16];
    ::lseek(out_fd, 0, SEEK_SET);
    for (ssize_t n; (n = ::read(out_fd, buffer, sizeof buffer)) > 0;)
        for (ssize_t i = 0; i < n; ++i) lines += buffer[i] == '\n';
    ::close(in);
    ::close(out_fd);
    precis::fuzz::require(lines == stats.records, "one output line per input record");
    return 0;
}
