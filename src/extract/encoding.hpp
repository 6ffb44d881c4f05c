// Character encodings of web pages, as browsers read them: the labels and decoders of the
// WHATWG Encoding Standard and the HTML Standard's encoding sniffing algorithm (BOM, then
// the prescan of the first 1024 bytes, then UTF-8 validity, then windows-1252). Native
// builds only; in the browser the page arrives already decoded.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace precis::detail {

// How far the prescan looks for a <meta> declaration: the 1024 bytes the HTML Standard
// advises and every browser reads before it starts parsing.
inline constexpr std::size_t kPrescanBytes = 1024;

// The encoding a label names ("get an encoding": ASCII whitespace trimmed, ASCII
// case-insensitive), as the standard's name in lower case ("latin1" -> "windows-1252",
// "gb2312" -> "gbk", "iso-2022-kr" -> "replacement"); nothing for an unknown label.
std::optional<std::string_view> encoding_for_label(std::string_view label);

// An encoding a page declares.
struct Declaration {
    std::string_view encoding;  // as encoding_for_label names it
    std::string label;          // as the page wrote it, lower-cased, for messages
};

// The encoding a <meta> element's content attribute names ("text/html; charset=x"): the
// HTML Standard's algorithm for extracting a character encoding from a meta element.
std::optional<Declaration> declaration_in_content(std::string_view content);

// The HTML Standard's prescan of `bytes` (pass the first kPrescanBytes): the encoding of
// the first <meta charset> or <meta http-equiv="content-type" content="...charset=x">
// outside comments, else of an XML declaration at the start. A tag cut off by the end
// of `bytes` and an unknown label declare nothing. A meta naming UTF-16 means UTF-8 (the
// bytes being read as ASCII prove it is not UTF-16), x-user-defined means windows-1252.
std::optional<Declaration> prescan(std::string_view bytes);

// The encoding a page is read in, before parsing. `certain` is false when a <meta> the
// parser meets may still change it (the HTML Standard's "tentative" confidence).
struct Sniffed {
    std::string_view encoding;
    std::string label;   // what the page declared, for messages ("" when nothing)
    std::size_t bom = 0; // bytes of byte order mark to skip
    bool certain = false;
};

// The encoding sniffing algorithm: a BOM is certain; else the prescan's declaration;
// else UTF-8 when the bytes are valid UTF-8; else windows-1252. One addition: bytes that
// are valid UTF-8 with non-ASCII in them are read as UTF-8 whatever the page declares
// (a saved page is often re-encoded but keeps its old declaration, and text in a legacy
// encoding is practically never valid UTF-8).
Sniffed sniff_encoding(std::string_view bytes);

// What a <meta> the parser meets means for a page read in `current` with tentative
// confidence (the HTML Standard's "change the encoding"): the encoding to read it in
// instead, or nothing when it stays as it is.
std::optional<std::string_view> changed_encoding(std::string_view current, std::string_view declared);

// Decodes `bytes` in `encoding` (a name encoding_for_label returned, not "replacement")
// to UTF-8; bytes the encoding does not map become U+FFFD, as in a browser. An error
// only when this build's ICU lacks a converter for the encoding.
std::optional<std::string> decode(std::string_view bytes, std::string_view encoding, std::string& out);

}  // namespace precis::detail
