// A small JSON writer for the fixed shapes precis prints (results and articles). Written
// by hand rather than through a JSON library: the module carries no JSON library (about
// 45 KB of WebAssembly), and every build prints the same bytes.
#pragma once

#include <precis/precis.hpp>

#include <algorithm>
#include <cassert>
#include <cmath>
#include <cstddef>
#include <cstring>
#include <string>
#include <string_view>

namespace precis::detail {

class Writer {
public:
    // `expected_bytes`: about the size of what will be written, so that the buffer is made
    // once rather than grown (each growth fills the new room and copies what was written).
    explicit Writer(int indent, std::size_t expected_bytes = kInitialBytes) : indent_(indent) {
        out_.resize(expected_bytes);
    }

    void begin_object() { open('{'); }
    void end_object() { close('}'); }
    void begin_array() { open('['); }
    void end_array() { close(']'); }

    // A key inside an object; the value follows. Keys are precis's own field names, plain
    // ASCII with nothing to escape: copied as they are.
    void key(std::string_view k) {
        assert(!has_json_special(k));
        separate();
        put('"');
        put(k);
        if (indent_ < 0) put("\":");
        else put("\": ");
        after_key_ = true;
    }

    void value(const std::string& s) { separate(), string(s); }
    void value(const char* s) { separate(), string(s); }
    void value(bool b) { separate(), put(b ? "true" : "false"); }
    void value(std::size_t n) { separate(), digits(n); }
    void value(std::string_view s) { separate(), string(s); }
    void null() { separate(), put("null"); }
    // A value that is JSON text already (a batch line's id, as that line wrote it).
    void json_text(std::string_view json) { separate(), put(json); }

    // Scores and saliences are rounded to four decimals (src/api/summarizer.cpp); written
    // in their shortest form, with ".0" on whole numbers: 1.0, 0.75, 0.3248, -0.5.
    void value(double d) {
        separate();
        long long k = std::llround(d * 10000.0);
        if (k < 0) {
            put('-');
            k = -k;
        }
        digits(static_cast<unsigned long long>(k / 10000));
        put('.');
        char frac[4];  // four digits, then the trailing zeros dropped but one
        for (int i = 3, f = static_cast<int>(k % 10000); i >= 0; --i, f /= 10) frac[i] = static_cast<char>('0' + f % 10);
        std::size_t n = 4;
        while (n > 1 && frac[n - 1] == '0') --n;
        put({frac, n});
    }

    std::string take() {
        out_.resize(size_);
        return std::move(out_);
    }

private:
    // Most results fit: the buffer grows once or not at all.
    static constexpr std::size_t kInitialBytes = 4096;

    // The output is thousands of small pieces (keys, numbers, short names): each is copied
    // into room made ahead in out_, whose first size_ bytes are written. std::string's own
    // append would be an out-of-line call per piece.
    void put(std::string_view s) {
        if (s.empty()) return;  // (an empty view may hold a null pointer, which memcpy must not see)
        if (s.size() > out_.size() - size_) grow(s.size());
        std::memcpy(&out_[size_], s.data(), s.size());
        size_ += s.size();
    }
    void put(char c) {
        if (size_ == out_.size()) grow(1);
        out_[size_++] = c;
    }
    void grow(std::size_t more) { out_.resize(std::max(2 * out_.size(), size_ + more)); }

    static bool has_json_special(std::string_view s) {
        for (char c : s)
            if (static_cast<unsigned char>(c) < 0x20 || c == '"' || c == '\\') return true;
        return false;
    }

    void digits(unsigned long long n) {  // in decimal, as std::to_string writes them
        char buf[20];
        std::size_t at = sizeof buf;
        do {
            buf[--at] = static_cast<char>('0' + n % 10);
            n /= 10;
        } while (n > 0);
        put({buf + at, sizeof buf - at});
    }
    void open(char c) {
        separate();
        put(c);
        ++depth_;
        first_ = true;
    }
    void close(char c) {
        --depth_;
        if (!first_) newline();
        put(c);
        first_ = false;
    }
    // A comma and line break before a value, unless it is the first or follows its key.
    void separate() {
        if (after_key_) {
            after_key_ = false;
            return;
        }
        if (depth_ > 0) {
            if (!first_) put(',');
            newline();
        }
        first_ = false;
    }
    void newline() {
        if (indent_ < 0) return;
        put('\n');
        const auto spaces = static_cast<std::size_t>(depth_ * indent_);
        if (spaces > out_.size() - size_) grow(spaces);
        std::memset(&out_[size_], ' ', spaces);
        size_ += spaces;
    }
    // JSON escapes: quote, backslash, and control characters; UTF-8 passes through, in
    // runs between the characters to escape. (Out of line, in json.cpp: inlined into a call
    // with a short literal, GCC warns of the eight-byte loads the loop cannot reach.)
    void string(std::string_view s);
    void escape(unsigned char c);

    std::string out_;     // written up to size_; the rest is room
    std::size_t size_ = 0;
    int indent_;
    int depth_ = 0;
    bool first_ = true;
    bool after_key_ = false;
};

// precis_summarize_page()'s answer, one compact line: {"article": to_json(article),
// "result": to_json(result)}.
std::string page_to_json(const Article& article, const Result& result);

}  // namespace precis::detail
