#include "batch.hpp"

#include <nlohmann/json.hpp>

#include <atomic>
#include <string>
#include <thread>
#include <vector>

namespace precis::cli {
namespace {

using json = nlohmann::json;

// Lines handed to the workers at a time: enough to keep them busy, few enough to
// keep memory flat on long files.
constexpr std::size_t kChunkLines = 256;
// A line may hold at most this much JSON beyond the text limit (ids, titles, escapes).
constexpr std::size_t kLineSlack = 64 * 1024;

// {"id": ..., "error": "reason"}: the id first, as on result lines.
std::string error_record(const json& id, const std::string& reason) {
    return nlohmann::ordered_json{{"id", id}, {"error", reason}}.dump();
}

// The output line for one input line; `failed` is set for an error record.
std::string process_line(const std::string& line, std::size_t line_no, const Summarizer& summarizer,
                         const Options& base, bool& failed) {
    failed = true;
    json id = line_no;
    // Escaped JSON text can take up to six bytes per byte of text ("\u0001").
    if (line.size() > base.max_bytes * 6 + kLineSlack)
        return error_record(id, "line is " + std::to_string(line.size()) + " bytes, over the limit");
    json j = json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded()) return error_record(id, "not valid JSON");
    if (!j.is_object()) return error_record(id, "expected a JSON object");
    if (auto it = j.find("id"); it != j.end()) id = *it;
    Options options = base;
    if (auto it = j.find("title"); it != j.end() && !it->is_null()) {
        if (!it->is_string()) return error_record(id, "\"title\" is not a string");
        options.title = it->get<std::string>();
    }
    if (auto it = j.find("lang"); it != j.end() && !it->is_null()) {
        if (!it->is_string()) return error_record(id, "\"lang\" is not a string");
        options.lang = it->get<std::string>();
    }
    auto text = j.find("text");
    auto html = j.find("html");
    bool is_text = text != j.end() && text->is_string();
    if (!is_text && (html == j.end() || !html->is_string())) return error_record(id, "no \"text\" or \"html\" string");
    try {
        Result r = is_text ? summarizer.summarize(text->get_ref<const std::string&>(), options)
                           : summarizer.summarize(extract_html(html->get_ref<const std::string&>(),
                                                              options.max_bytes * (kMaxHtmlBytes / kMaxBytes)),
                                                  options);
        failed = false;
        std::string body = to_json(r);
        return "{\"id\":" + id.dump() + "," + body.substr(1);
    } catch (const Error& e) {
        return error_record(id, e.what());
    } catch (const std::exception& e) {
        return error_record(id, std::string("internal error: ") + e.what());
    }
}

}  // namespace

BatchStats run_jsonl(std::istream& in, std::ostream& out, const Options& options, unsigned jobs) {
    const Summarizer summarizer(options);
    BatchStats stats;
    std::vector<std::string> lines;
    std::vector<std::size_t> numbers;
    std::vector<std::string> results;
    std::vector<char> failed;
    std::size_t line_no = 0;
    std::string line;
    bool more = true;
    while (more) {
        lines.clear();
        numbers.clear();
        while (lines.size() < kChunkLines && (more = static_cast<bool>(std::getline(in, line)))) {
            ++line_no;
            if (!line.empty() && line.back() == '\r') line.pop_back();
            if (line.find_first_not_of(" \t") == std::string::npos) continue;
            lines.push_back(std::move(line));
            numbers.push_back(line_no);
        }
        const std::size_t n = lines.size();
        results.assign(n, std::string());
        failed.assign(n, 0);
        std::atomic<std::size_t> next{0};
        auto work = [&] {
            for (std::size_t i; (i = next.fetch_add(1)) < n;) {
                bool f = false;
                results[i] = process_line(lines[i], numbers[i], summarizer, options, f);
                failed[i] = f;
            }
        };
        unsigned threads = std::min<std::size_t>(jobs, n);
        if (threads <= 1) {
            work();
        } else {
            std::vector<std::thread> pool;
            for (unsigned t = 0; t < threads; ++t) pool.emplace_back(work);
            for (auto& t : pool) t.join();
        }
        for (std::size_t i = 0; i < n; ++i) {
            out << results[i] << '\n';
            ++stats.records;
            stats.errors += failed[i];
        }
    }
    out.flush();
    return stats;
}

}  // namespace precis::cli
