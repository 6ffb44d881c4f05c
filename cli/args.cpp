#include "args.hpp"

#include <charconv>

namespace precis::cli {
namespace {

std::optional<std::size_t> parse_count(const std::string& s) {
    std::size_t v = 0;
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || end != s.data() + s.size() || s.empty()) return std::nullopt;
    return v;
}

}  // namespace

const char* usage_text() {
    return R"(Usage: precis [OPTIONS] [FILE ...]
Summarizes news articles: picks the best few sentences, verbatim.
With no FILE, or when FILE is -, reads standard input.

  --input auto|text|html|jsonl   how to read the input (auto: jsonl for *.jsonl,
                                 html when it starts with '<', else text)
  --title TEXT                   the article's title (default: a first line that
                                 looks like a headline)
  --lang auto|en|ru|de|fr|es|it|pt
                                 the language (default: detected)
  --type key-points|tldr|teaser|headline
                                 the kind of summary (default: key-points)
  --length short|medium|long     key-points 3/5/7 sentences, tldr and teaser
                                 1/2/3, headline 1 (default: short)
  -n, --sentences N              exactly N sentences (overrides --length)
  --max-chars N                  the summary never exceeds N characters
  --format text|markdown|json|jsonl|html
                                 output format (default: text; jsonl for jsonl input;
                                 html: the widget's box, for server-side rendering)
  --max-bytes N                  input size limit in bytes (default: 8388608)
  --explain                      with json: every sentence with its features and score
  --jobs N                       worker threads for jsonl input (default: cores)
  --extract                      print the article text found in the input and exit
  -h, --help                     show this help
  --version                      show the version

Exit status: 0 success, 1 input error, 2 usage error.
)";
}

ParseResult parse_args(const std::vector<std::string>& argv) {
    ParseResult r;
    Args& a = r.args;
    auto fail = [&](std::string msg) {
        r.error = std::move(msg);
        return r;
    };
    bool only_files = false;
    for (std::size_t i = 0; i < argv.size(); ++i) {
        std::string arg = argv[i];
        if (only_files || arg == "-" || arg.empty() || arg[0] != '-') {
            a.files.push_back(arg);
            continue;
        }
        if (arg == "--") { only_files = true; continue; }
        std::string name = arg, value;
        bool inline_value = false;
        if (auto eq = arg.find('='); arg.rfind("--", 0) == 0 && eq != std::string::npos) {
            name = arg.substr(0, eq);
            value = arg.substr(eq + 1);
            inline_value = true;
        }
        auto need_value = [&]() -> bool {
            if (inline_value) return true;
            if (i + 1 >= argv.size()) return false;
            value = argv[++i];
            return true;
        };
        auto flag_only = [&] { return !inline_value; };

        if (name == "-h" || name == "--help") { if (!flag_only()) return fail("option '" + name + "' takes no value"); a.help = true; }
        else if (name == "--version") { if (!flag_only()) return fail("option '" + name + "' takes no value"); a.version = true; }
        else if (name == "--explain") { if (!flag_only()) return fail("option '" + name + "' takes no value"); a.options.explain = true; }
        else if (name == "--extract") { if (!flag_only()) return fail("option '" + name + "' takes no value"); a.extract = true; }
        else if (name == "--input" || name == "--title" || name == "--lang" || name == "--type" || name == "--length" ||
                 name == "-n" || name == "--sentences" || name == "--max-chars" || name == "--format" ||
                 name == "--max-bytes" || name == "--jobs") {
            if (!need_value()) return fail("option '" + name + "' needs a value");
            if (name == "--input") {
                if (value == "auto") a.input = InputKind::automatic;
                else if (value == "text") a.input = InputKind::text;
                else if (value == "html") a.input = InputKind::html;
                else if (value == "jsonl") a.input = InputKind::jsonl;
                else return fail("--input: '" + value + "' is not one of auto, text, html, jsonl");
            } else if (name == "--title") {
                a.options.title = value;
            } else if (name == "--lang") {
                a.options.lang = value;
            } else if (name == "--type") {
                auto t = parse_summary_type(value);
                if (!t) return fail("--type: '" + value + "' is not one of key-points, tldr, teaser, headline");
                a.options.type = *t;
            } else if (name == "--length") {
                auto l = parse_length(value);
                if (!l) return fail("--length: '" + value + "' is not one of short, medium, long");
                a.options.length = *l;
            } else if (name == "-n" || name == "--sentences") {
                auto n = parse_count(value);
                if (!n || *n < 1) return fail(name + ": '" + value + "' is not a whole number of at least 1");
                a.options.sentences = *n;
            } else if (name == "--max-chars") {
                auto n = parse_count(value);
                if (!n || *n < 1) return fail("--max-chars: '" + value + "' is not a whole number of at least 1");
                a.options.max_chars = *n;
            } else if (name == "--max-bytes") {
                auto n = parse_count(value);
                if (!n || *n < 1) return fail("--max-bytes: '" + value + "' is not a whole number of at least 1");
                a.options.max_bytes = *n;
            } else if (name == "--jobs") {
                auto n = parse_count(value);
                if (!n || *n < 1 || *n > 1024) return fail("--jobs: '" + value + "' is not a whole number from 1 to 1024");
                a.jobs = static_cast<unsigned>(*n);
            } else if (name == "--format") {
                if (value == "text") a.format = Format::text;
                else if (value == "markdown") a.format = Format::markdown;
                else if (value == "json") a.format = Format::json;
                else if (value == "jsonl") a.format = Format::jsonl;
                else if (value == "html") a.format = Format::html;
                else return fail("--format: '" + value + "' is not one of text, markdown, json, jsonl, html");
            }
        } else {
            return fail("unknown option '" + name + "'");
        }
    }
    if (auto problem = validate(a.options)) {
        // Only --lang can be invalid here; the others were checked above.
        return fail("--" + *problem);
    }
    return r;
}

}  // namespace precis::cli
