// Quotation marks read left to right through a paragraph: which mark opens a quotation,
// which closes one, and which is an apostrophe. One reading, and one walk
// (walk_quote_marks), for the two steps that need it: sentence splitting (a closing mark
// set off by a space belongs to the sentence it closes) and quote finding.
#pragma once

#include "text/swar.hpp"
#include "text/unicode.hpp"
#include "text/utf8.hpp"

#include <string_view>
#include <vector>

namespace precis::detail {

enum class QuoteEvent {
    none,     // not a quotation mark here: an apostrophe, a stray mark
    open,     // opens a quotation (nested in the open one, if any)
    close,    // closes the innermost open quotation
    restart,  // closes the innermost quotation and opens the next: see below
};

class QuoteMarks {
public:
    // Any mark `step` may answer for: ASCII ' and ", « », and U+2018 to U+201E.
    static bool is_mark(char32_t cp) {
        return cp == '"' || cp == '\'' || cp == 0xAB || cp == 0xBB || (cp >= 0x2018 && cp <= 0x201E);
    }

    // What the mark `cp` does, given the code points either side of it (a space at the
    // paragraph's edges), and the marks before it in the paragraph.
    QuoteEvent step(char32_t prev, char32_t cp, char32_t next) {
        bool prev_boundary = is_space_cp(prev) || is_open_punct(prev) || prev == 0x2014 || prev == 0x2013 ||
                             prev == '-';
        bool next_boundary = !word_char(next);
        char32_t innermost = expected_.empty() ? 0 : expected_.back();
        if (cp == '\'') return ascii_single(prev, next, prev_boundary, next_boundary, innermost);
        bool closes = innermost != 0 && (cp == innermost ||
                                         (innermost == 0x201C && cp == 0x201D) ||  // „…” as well as „…“
                                         (innermost == 0x201D && cp == 0x201C && next_boundary));
        if (cp == '"') {
            if (innermost == '"') return close();
            if (prev_boundary && !is_space_cp(next)) return open('"');
            return QuoteEvent::none;
        }
        if (cp == 0x2019 && innermost == 0x2019) return next_boundary ? close() : QuoteEvent::none;  // "can’t"
        if (closes) return close();
        if (cp == 0x201C) return open(0x201D);
        if (cp == 0x201E) return open(0x201C);
        if (cp == 0xAB) return open(0xBB);
        if ((cp == 0x2018 || cp == 0x201A) && prev_boundary && word_char(next))
            return open(cp == 0x2018 ? 0x2019 : 0x2018);
        return QuoteEvent::none;
    }

    std::size_t depth() const { return expected_.size(); }
    // A quotation opened by an ASCII ' that is still open at the paragraph's end is not
    // one: "the '90s", "'Tis" open nothing that closes.
    bool outermost_is_ascii_single() const { return !expected_.empty() && expected_.front() == '\''; }

private:
    static bool word_char(char32_t cp) { return is_letter(cp) || is_digit(cp); }

    QuoteEvent open(char32_t closer) {
        expected_.push_back(closer);
        return QuoteEvent::open;
    }
    QuoteEvent close() {
        expected_.pop_back();
        return QuoteEvent::close;
    }

    // The ASCII ' is a quotation mark in British news (the Daily Mail's and others'), and
    // an apostrophe everywhere: between letters ("don't") it is the apostrophe; after a
    // word with a quotation open it closes one ("'Yes,' he said", but also "the players'
    // wives", which ends that quotation early); before a word it opens one. A quotation
    // that runs over paragraphs repeats its opening mark at each and closes only at the
    // end, so a mark that opens while a quotation of ' is open closes that one first: in
    // text whose paragraphs were run together that is where a paragraph ended. Text
    // tokenized for NLP sets marks off by spaces ("he said: ' I have ... year. ' Muto"):
    // a mark between spaces closes an open quotation, else opens one.
    QuoteEvent ascii_single(char32_t prev, char32_t next, bool prev_boundary, bool next_boundary, char32_t innermost) {
        if (word_char(prev) && word_char(next)) return QuoteEvent::none;
        if (innermost == '\'' && next_boundary) return close();
        if (prev_boundary && (word_char(next) || (is_space_cp(prev) && is_space_cp(next)))) {
            if (innermost == '\'') return QuoteEvent::restart;
            return open('\'');
        }
        return QuoteEvent::none;
    }

    std::vector<char32_t> expected_;  // closing marks of the open quotations, innermost last
};

// Reads the quotation marks of text[begin, end) in order, with `marks`: for each one it
// calls on_mark(at, after, event, depth), where [at, after) are the mark's bytes and depth
// is the number of quotations open before it. The walk stops when on_mark returns false;
// `marks` then holds what is still open. Eight bytes at a time up to the first that may
// be a mark (not ASCII, '"' or '\''): the byte before it is then the code point before it.
template <typename OnMark>
void walk_quote_marks(std::string_view text, std::size_t begin, std::size_t end, QuoteMarks& marks, OnMark&& on_mark) {
    char32_t prev = ' ';
    for (std::size_t i = begin; i < end;) {
        if (i + 8 <= end) {
            const std::uint64_t w = swar::load8(text.data() + i);
            const std::uint64_t m = swar::high_mask(w) | swar::equal_mask(w, '"') | swar::equal_mask(w, '\'');
            if (m == 0) {
                prev = static_cast<unsigned char>(text[i + 7]);
                i += 8;
                continue;
            }
            if (unsigned k = swar::first_index(m); k > 0) {
                prev = static_cast<unsigned char>(text[i + k - 1]);
                i += k;
            }
        }
        const std::size_t at = i;
        const char32_t cp = next_cp(text, i);
        if (QuoteMarks::is_mark(cp)) {
            std::size_t k = i;
            const char32_t next = i < end ? next_cp(text, k) : ' ';
            const std::size_t depth = marks.depth();
            if (!on_mark(at, i, marks.step(prev, cp, next), depth)) return;
        }
        prev = cp;
    }
}

}  // namespace precis::detail
