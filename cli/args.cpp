#include "args.hpp"

#include <charconv>
#include <optional>

namespace precis::cli {
namespace {

std::optional<std::size_t> parse_count(const std::string& s) {
    std::size_t v = 0;
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || end != s.data() + s.size() || s.empty()) return std::nullopt;
    return v;
}

}  // namespace

// The flag of a core option: "max_chars" is --max-chars.
std::string flag_of(std::string_view name) {
    std::string flag = "--" + std::string(name);
    for (char& c : flag)
        if (c == '_') c = '-';
    return flag;
}

std::string usage_text() {
    std::string out = "Usage: precis [OPTIONS] [FILE ...]\n"
                      "Summarizes news articles: picks the best few sentences, verbatim.\n"
                      "With no FILE, or when FILE is -, reads standard input.\n\n";
    // "  --flag VALUE" then the help from column 35, wrapped at 80 characters.
    auto line = [&](const std::string& left, std::string_view help) {
        constexpr std::size_t kColumn = 35, kWidth = 80;
        std::string text = "  " + left;
        text += text.size() + 2 > kColumn ? "\n" + std::string(kColumn, ' ') : std::string(kColumn - text.size(), ' ');
        std::size_t width = kColumn;
        while (!help.empty()) {
            std::size_t cut = help.find(' ');
            std::string_view word = help.substr(0, cut);
            if (width > kColumn && width + 1 + word.size() > kWidth) text += "\n" + std::string(kColumn, ' '), width = kColumn;
            if (width > kColumn) text += ' ', ++width;
            text += word, width += word.size();
            help = cut == std::string_view::npos ? std::string_view() : help.substr(cut + 1);
        }
        out += text + "\n";
    };
    line("--input auto|text|html|jsonl",
         "how to read the input (auto: jsonl for *.jsonl, html when it starts with '<', else text)");
    for (const OptionSpec& spec : option_specs()) {
        std::string left = spec.name == "sentences" ? "-n, " + flag_of(spec.name) : flag_of(spec.name);
        if (spec.kind == OptionSpec::Kind::choice) {
            std::string words;
            for (std::string_view c : spec.choices) words += (words.empty() ? "" : "|") + std::string(c);
            left += " " + words;
        } else if (!spec.value.empty()) {
            left += " " + std::string(spec.value);
        }
        // Flags are off unless given; a choice or a count shows its default from the table.
        const bool shows_default = spec.kind != OptionSpec::Kind::flag && !spec.default_value.empty();
        line(left, shows_default ? spec.help + " (default: " + spec.default_value + ")" : spec.help);
    }
    line("--format text|markdown|json|jsonl|html",
         "output format (default: text; jsonl for jsonl input; html: the widget's box, for server-side rendering)");
    line("--jobs N", "worker threads for jsonl input (default: cores)");
    line("--extract", "print the article text found in the input and exit");
    line("-h, --help", "show this help");
    line("--version", "show the version");
    out += "\nExit status: 0 success, 1 input error, 2 usage error.\n";
    return out;
}

namespace {

// --input, --format and --jobs, the options of the command line alone; the problem, if any.
std::optional<std::string> set_cli_value(Args& a, const std::string& name, const std::string& value) {
    if (name == "--input") {
        if (value == "auto") a.input = InputKind::automatic;
        else if (value == "text") a.input = InputKind::text;
        else if (value == "html") a.input = InputKind::html;
        else if (value == "jsonl") a.input = InputKind::jsonl;
        else return "--input: '" + value + "' is not one of auto, text, html, jsonl";
    } else if (name == "--jobs") {
        auto n = parse_count(value);
        if (!n || *n < 1 || *n > 1024) return "--jobs: '" + value + "' is not a whole number from 1 to 1024";
        a.jobs = static_cast<unsigned>(*n);
    } else {
        if (value == "text") a.format = Format::text;
        else if (value == "markdown") a.format = Format::markdown;
        else if (value == "json") a.format = Format::json;
        else if (value == "jsonl") a.format = Format::jsonl;
        else if (value == "html") a.format = Format::html;
        else return "--format: '" + value + "' is not one of text, markdown, json, jsonl, html";
    }
    return std::nullopt;
}

}  // namespace

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

        // A core option: the name and the check come from the core (option_specs()).
        std::string core = name == "-n" ? "sentences" : name.rfind("--", 0) == 0 ? name.substr(2) : "";
        for (char& c : core)
            if (c == '-') c = '_';
        if (const OptionSpec* spec = core.empty() ? nullptr : find_option(core)) {
            if (spec->kind == OptionSpec::Kind::flag) {
                if (!flag_only()) return fail("option '" + name + "' takes no value");
                value = "true";
            } else if (!need_value()) {
                return fail("option '" + name + "' needs a value");
            }
            if (auto problem = set_option(a.options, core, value)) return fail(name + ": " + *problem);
            continue;
        }
        if (name == "-h" || name == "--help" || name == "--version" || name == "--extract") {
            if (!flag_only()) return fail("option '" + name + "' takes no value");
            (name == "--version" ? a.version : name == "--extract" ? a.extract : a.help) = true;
        } else if (name == "--input" || name == "--format" || name == "--jobs") {
            if (!need_value()) return fail("option '" + name + "' needs a value");
            if (auto problem = set_cli_value(a, name, value)) return fail(*problem);
        } else {
            return fail("unknown option '" + name + "'");
        }
    }
    return r;
}

}  // namespace precis::cli
