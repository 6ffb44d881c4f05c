// The native front end: HTML bytes -> Page, through Gumbo (an HTML5 parser, so the
// tree is the one a browser builds and the widget walks). The bytes are decoded first, in
// the encoding a browser would choose (encoding.hpp).
#include "extract/html.hpp"

#include "extract/encoding.hpp"
#include "text/utf8.hpp"

#include <precis/precis.hpp>

#include <gumbo.h>

#include <memory>

namespace precis::detail {
namespace {

std::string unsupported(const std::string& label) {
    return "the page's character set '" + label + "' is not supported";
}

// The first <meta> the parser meets that declares an encoding (charset="x", or
// http-equiv="content-type" with content="...; charset=x"): the one that makes a browser
// change the encoding when it was only tentative. Inside <noscript> there is none: a
// browser running scripts reads its content as text.
std::optional<Declaration> declared_in_tree(const GumboNode* root) {
    std::vector<const GumboNode*> stack{root};
    while (!stack.empty()) {
        const GumboNode* n = stack.back();
        stack.pop_back();
        const GumboVector* children = nullptr;
        if (n->type == GUMBO_NODE_DOCUMENT) {
            children = &n->v.document.children;
        } else if (n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE) {
            const GumboElement& e = n->v.element;
            if (e.tag == GUMBO_TAG_NOSCRIPT) continue;
            if (e.tag == GUMBO_TAG_META && e.tag_namespace == GUMBO_NAMESPACE_HTML) {
                if (const GumboAttribute* charset = gumbo_get_attribute(&e.attributes, "charset")) {
                    if (auto encoding = encoding_for_label(charset->value))
                        return Declaration{*encoding, ascii_lower(charset->value)};
                }
                const GumboAttribute* equiv = gumbo_get_attribute(&e.attributes, "http-equiv");
                const GumboAttribute* content = gumbo_get_attribute(&e.attributes, "content");
                if (equiv && content && ascii_lower(equiv->value) == "content-type") {
                    if (auto declared = declaration_in_content(content->value)) return declared;
                }
            }
            children = &e.children;
        }
        if (!children) continue;
        for (unsigned k = children->length; k-- > 0;) stack.push_back(static_cast<const GumboNode*>(children->data[k]));
    }
    return std::nullopt;
}

using GumboDocument = std::unique_ptr<GumboOutput, void (*)(GumboOutput*)>;

// `bytes` in `encoding` -> a parsed document; `text` keeps the UTF-8 the tree points into.
std::optional<std::string> read(std::string_view bytes, std::string_view encoding, std::string& text,
                                GumboDocument& doc) {
    doc.reset();  // before `text` changes under it
    std::string_view utf8 = bytes;
    if (encoding != "utf-8" || find_invalid_utf8(bytes)) {
        if (auto problem = decode(bytes, encoding, text)) return problem;
        utf8 = text;
    }
    if (utf8.find('\0') != std::string_view::npos) return std::string("NUL byte in the page (binary data, not HTML)");
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0;  // parse errors are normal on the web; do not collect them
    doc = GumboDocument(gumbo_parse_with_options(&options, utf8.data(), utf8.size()),
                        [](GumboOutput* o) { gumbo_destroy_output(&kGumboDefaultOptions, o); });
    if (!doc) return std::string("the page could not be parsed");
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
    if (bytes.size() > max_bytes) return precis::over_limit(bytes.size(), max_bytes);
    Sniffed sniffed = sniff_encoding(bytes);
    if (sniffed.encoding == "replacement") return unsupported(sniffed.label);
    bytes.remove_prefix(sniffed.bom);
    std::string text;
    GumboDocument doc(nullptr, [](GumboOutput*) {});
    if (auto problem = read(bytes, sniffed.encoding, text, doc)) return problem;
    if (!sniffed.certain) {
        // A declaration the prescan did not see (after its 1024 bytes, or hidden from it)
        // makes a browser read the page again in the declared encoding.
        if (auto declared = declared_in_tree(doc->document)) {
            if (auto encoding = changed_encoding(sniffed.encoding, declared->encoding)) {
                if (*encoding == "replacement") return unsupported(declared->label);
                if (auto problem = read(bytes, *encoding, text, doc)) return problem;
            }
        }
    }
    PageBuilder builder;
    walk(doc->document, builder);
    out = builder.finish();
    return std::nullopt;
}

}  // namespace precis::detail
