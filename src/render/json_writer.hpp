// A small JSON writer for the fixed shapes precis prints (results and articles). Written
// by hand rather than through a JSON library: the module carries no JSON library (about
// 45 KB of WebAssembly), and every build prints the same bytes.
#pragma once

#include <precis/precis.hpp>

#include "text/swar.hpp"

#include <cmath>
#include <cstddef>
#include <string>
#include <string_view>

namespace precis::detail {

class Writer {
public:
    explicit Writer(int indent) : indent_(indent) { out_.reserve(kInitialBytes); }

    void begin_object() { open('{'); }
    void end_object() { close('}'); }
    void begin_array() { open('['); }
    void end_array() { close(']'); }

    // A key inside an object; the value follows.
    void key(std::string_view k) {
        separate();
        string(k);
        if (indent_ < 0) out_ += ':';
        else out_.append(": ", 2);
        after_key_ = true;
    }

    void value(const std::string& s) { separate(), string(s); }
    void value(const char* s) { separate(), string(s); }
    void value(bool b) { separate(), out_ += b ? "true" : "false"; }
    void value(std::size_t n) { separate(), digits(n); }
    void value(std::string_view s) { separate(), string(s); }
    void null() { separate(), out_ += "null"; }
    // A value that is JSON text already (a batch line's id, as that line wrote it).
    void json_text(std::string_view json) { separate(), out_ += json; }

    // Scores and saliences are rounded to four decimals (src/api/summarizer.cpp); written
    // in their shortest form, with ".0" on whole numbers: 1.0, 0.75, 0.3248, -0.5.
    void value(double d) {
        separate();
        long long k = std::llround(d * 10000.0);
        if (k < 0) {
            out_ += '-';
            k = -k;
        }
        digits(static_cast<unsigned long long>(k / 10000));
        out_ += '.';
        char frac[4];  // four digits, then the trailing zeros dropped but one
        for (int i = 3, f = static_cast<int>(k % 10000); i >= 0; --i, f /= 10) frac[i] = static_cast<char>('0' + f % 10);
        std::size_t n = 4;
        while (n > 1 && frac[n - 1] == '0') --n;
        out_.append(frac, n);
    }

    std::string take() { return std::move(out_); }

private:
    // Most results fit: the buffer grows once or not at all.
    static constexpr std::size_t kInitialBytes = 4096;

    void digits(unsigned long long n) {  // in decimal, as std::to_string writes them
        char buf[20];
        std::size_t at = sizeof buf;
        do {
            buf[--at] = static_cast<char>('0' + n % 10);
            n /= 10;
        } while (n > 0);
        out_.append(buf + at, sizeof buf - at);
    }
    void open(char c) {
        separate();
        out_ += c;
        ++depth_;
        first_ = true;
    }
    void close(char c) {
        --depth_;
        if (!first_) newline();
        out_ += c;
        first_ = false;
    }
    // A comma and line break before a value, unless it is the first or follows its key.
    void separate() {
        if (after_key_) {
            after_key_ = false;
            return;
        }
        if (depth_ > 0) {
            if (!first_) out_ += ',';
            newline();
        }
        first_ = false;
    }
    void newline() {
        if (indent_ < 0) return;
        out_ += '\n';
        out_.append(static_cast<std::size_t>(depth_ * indent_), ' ');
    }
    // JSON escapes: quote, backslash, and control characters; UTF-8 passes through, in
    // runs between the characters to escape.
    void string(std::string_view s) {
        out_ += '"';
        std::size_t run = 0;
        for (std::size_t i = 0; i < s.size(); ++i) {
            while (i + 8 <= s.size() && !swar::any_json_special(swar::load8(s.data() + i))) i += 8;
            if (i == s.size()) break;
            auto c = static_cast<unsigned char>(s[i]);
            if (c >= 0x20 && c != '"' && c != '\\') continue;
            out_.append(s.data() + run, i - run);
            run = i + 1;
            escape(c);
        }
        out_.append(s.data() + run, s.size() - run);
        out_ += '"';
    }
    void escape(unsigned char c) {
        switch (c) {
            case '"': out_ += "\\\""; break;
            case '\\': out_ += "\\\\"; break;
            case '\b': out_ += "\\b"; break;
            case '\f': out_ += "\\f"; break;
            case '\n': out_ += "\\n"; break;
            case '\r': out_ += "\\r"; break;
            case '\t': out_ += "\\t"; break;
            default: {
                static const char hex[] = "0123456789abcdef";
                out_ += "\\u00";
                out_ += hex[c >> 4];
                out_ += hex[c & 15];
            }
        }
    }

    std::string out_;
    int indent_;
    int depth_ = 0;
    bool first_ = true;
    bool after_key_ = false;
};

// precis_summarize_page()'s answer, one compact line: {"article": to_json(article),
// "result": to_json(result)}.
std::string page_to_json(const Article& article, const Result& result);

}  // namespace precis::detail
