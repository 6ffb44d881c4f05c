// The precis command line: its flags (README, "The command line").
#pragma once

#include <precis/precis.hpp>

#include <optional>
#include <string>
#include <vector>

namespace precis::cli {

enum class InputKind { automatic, text, html, jsonl };
enum class Format { text, markdown, json, jsonl, html };

struct Args {
    Options options;
    InputKind input = InputKind::automatic;
    std::optional<Format> format;  // unset: text, or jsonl for jsonl input
    std::optional<unsigned> jobs;  // unset: the number of cores
    bool extract = false;
    bool help = false, version = false;
    std::vector<std::string> files;  // empty or "-": standard input
};

struct ParseResult {
    Args args;
    std::optional<std::string> error;  // a usage error, one line
};

ParseResult parse_args(const std::vector<std::string>& argv);

std::string usage_text();

}  // namespace precis::cli
