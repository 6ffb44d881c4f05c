// The native front end: HTML bytes -> Page, through Gumbo (an HTML5 parser, so the
// tree is the one a browser builds and the widget walks). Pages in a character set other
// than UTF-8 are converted with ICU first.
#include "extract/html.hpp"

#include "input/input.hpp"

#include <gumbo.h>
#include <unicode/ucnv.h>

#include <memory>

namespace precis::detail {
namespace {

// The character set the page declares in its first 1024 bytes (the HTML prescan's
// window): <meta charset="x"> or <meta http-equiv="Content-Type" content="...; charset=x">.
std::string declared_charset(std::string_view html) {
    std::string head = ascii_lower(html.substr(0, 1024));
    for (std::size_t at = head.find("charset"); at != std::string::npos; at = head.find("charset", at + 1)) {
        std::size_t i = at + 7;
        while (i < head.size() && (head[i] == ' ' || head[i] == '\t')) ++i;
        if (i >= head.size() || head[i] != '=') continue;
        ++i;
        while (i < head.size() && (head[i] == ' ' || head[i] == '"' || head[i] == '\'')) ++i;
        std::size_t b = i;
        while (i < head.size() && head[i] != '"' && head[i] != '\'' && head[i] != ';' && head[i] != ' ' &&
               head[i] != '>' && head[i] != '/')
            ++i;
        if (i > b) return head.substr(b, i - b);
    }
    return {};
}

// The encoding a browser uses for a label (WHATWG): latin1 and ascii labels mean
// windows-1252, gb2312 means GBK.
std::string browser_encoding(const std::string& label) {
    if (label == "iso-8859-1" || label == "latin1" || label == "us-ascii" || label == "ascii" ||
        label == "l1" || label == "iso8859-1")
        return "windows-1252";
    if (label == "gb2312" || label == "x-gbk" || label == "chinese") return "gbk";
    return label;
}

bool known_charset(const std::string& charset) {
    UErrorCode status = U_ZERO_ERROR;
    UConverter* c = ucnv_open(charset.c_str(), &status);
    if (c) ucnv_close(c);
    return U_SUCCESS(status);
}

std::optional<std::string> to_utf8(std::string_view bytes, const std::string& charset, std::string& out) {
    UErrorCode status = U_ZERO_ERROR;
    UConverter* from = ucnv_open(charset.c_str(), &status);
    if (U_FAILURE(status)) return "the page's character set '" + charset + "' is not supported";
    std::unique_ptr<UConverter, decltype(&ucnv_close)> guard(from, ucnv_close);
    // Bytes the character set does not map stop the conversion: nothing is guessed.
    ucnv_setToUCallBack(from, UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    status = U_ZERO_ERROR;
    UConverter* to = ucnv_open("utf-8", &status);
    std::unique_ptr<UConverter, decltype(&ucnv_close)> guard_to(to, ucnv_close);
    out.resize(bytes.size() * 3 + 16);
    char* target = out.data();
    const char* source = bytes.data();
    ucnv_convertEx(to, from, &target, out.data() + out.size(), &source, bytes.data() + bytes.size(), nullptr,
                   nullptr, nullptr, nullptr, true, true, &status);
    if (U_FAILURE(status))
        return "the page is not valid " + charset + " near byte " + std::to_string(source - bytes.data());
    out.resize(static_cast<std::size_t>(target - out.data()));
    return std::nullopt;
}

std::string tag_name(const GumboElement& e) {
    if (e.tag != GUMBO_TAG_UNKNOWN) return gumbo_normalized_tagname(e.tag);
    GumboStringPiece piece = e.original_tag;
    gumbo_tag_from_original_text(&piece);
    return ascii_lower(std::string_view(piece.data, piece.length));
}

void walk(const GumboNode* root, PageBuilder& b) {
    // (node, leaving) pairs: no recursion, whatever the nesting depth.
    std::vector<std::pair<const GumboNode*, bool>> stack{{root, false}};
    PageBuilder::Attrs attrs;
    while (!stack.empty()) {
        auto [n, leaving] = stack.back();
        stack.pop_back();
        if (leaving) {
            b.close();
            continue;
        }
        switch (n->type) {
            case GUMBO_NODE_DOCUMENT: {
                const GumboVector& c = n->v.document.children;
                for (unsigned k = c.length; k-- > 0;) stack.emplace_back(static_cast<const GumboNode*>(c.data[k]), false);
                break;
            }
            case GUMBO_NODE_ELEMENT:
            case GUMBO_NODE_TEMPLATE: {
                const GumboElement& e = n->v.element;
                attrs.clear();
                for (unsigned k = 0; k < e.attributes.length; ++k) {
                    auto* a = static_cast<const GumboAttribute*>(e.attributes.data[k]);
                    attrs.emplace_back(a->name, a->value);
                }
                b.open(tag_name(e), attrs);
                stack.emplace_back(n, true);
                for (unsigned k = e.children.length; k-- > 0;)
                    stack.emplace_back(static_cast<const GumboNode*>(e.children.data[k]), false);
                break;
            }
            case GUMBO_NODE_TEXT:
            case GUMBO_NODE_CDATA:
            case GUMBO_NODE_WHITESPACE: b.text(n->v.text.text); break;
            case GUMBO_NODE_COMMENT: break;
        }
    }
}

}  // namespace

std::optional<std::string> parse_html(std::string_view bytes, std::size_t max_bytes, Page& out) {
    if (bytes.size() > max_bytes)
        return "input is " + std::to_string(bytes.size()) + " bytes, over the limit of " + std::to_string(max_bytes) +
               " bytes";
    std::string converted;
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF") {
        bytes.remove_prefix(3);
    } else if (bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF") {
        if (auto e = to_utf8(bytes, bytes[0] == '\xFF' ? "utf-16le" : "utf-16be", converted)) return e;
        bytes = converted;
        if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
    } else {
        std::string charset = browser_encoding(declared_charset(bytes));
        // A saved page is often re-encoded as UTF-8 but keeps its old <meta charset>;
        // bytes that are valid UTF-8 with non-ASCII in them almost never come from a
        // legacy character set, so they are read as UTF-8.
        bool declared_utf8 = charset.empty() || charset == "utf-8" || charset == "utf8" || charset == "unicode-1-1-utf-8";
        if (!declared_utf8 && !known_charset(charset)) return "the page's character set '" + charset + "' is not supported";
        if (!declared_utf8 && find_invalid_utf8(bytes)) {
            if (auto e = to_utf8(bytes, charset, converted)) return e;
            bytes = converted;
        }
    }
    if (auto bad = find_invalid_utf8(bytes)) return "invalid UTF-8 at byte " + std::to_string(*bad);
    if (bytes.find('\0') != std::string_view::npos) return std::string("NUL byte in the page (binary data, not HTML)");

    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0;  // parse errors are normal on the web; do not collect them
    std::unique_ptr<GumboOutput, void (*)(GumboOutput*)> doc(
        gumbo_parse_with_options(&options, bytes.data(), bytes.size()),
        [](GumboOutput* o) { gumbo_destroy_output(&kGumboDefaultOptions, o); });
    if (!doc) return std::string("the page could not be parsed");
    PageBuilder builder;
    walk(doc->document, builder);
    out = builder.finish();
    return std::nullopt;
}

}  // namespace precis::detail
