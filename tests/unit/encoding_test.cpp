// Web pages' character encodings, read as browsers read them: the Encoding Standard's
// labels and decoders, then each step of the HTML Standard's sniffing on hand-made bytes.
#include "extract/encoding.hpp"
#include "text/utf8.hpp"

#include <precis/precis.hpp>

#include <doctest/doctest.h>

#include <string>
#include <string_view>

using precis::detail::kPrescanBytes;

namespace {

std::string decoded(std::string_view bytes, std::string_view encoding) {
    std::string out;
    auto problem = precis::detail::decode(bytes, encoding, out);
    REQUIRE_MESSAGE(!problem, *problem);
    return out;
}

// The encoding the prescan finds, "" for none.
std::string prescanned(std::string_view bytes) {
    auto d = precis::detail::prescan(bytes);
    return d ? std::string(d->encoding) : "";
}

std::string sniffed(std::string_view bytes) { return std::string(precis::detail::sniff_encoding(bytes).encoding); }

// `tag` starting at byte `offset` of the page, then more page.
std::string tag_at(std::size_t offset, const std::string& tag) {
    return std::string(offset, ' ') + tag + "<title>T</title><p>text</p>";
}

// Three paragraphs of prose, the first ending in `words`: a page with an article.
std::string article_page(const std::string& head, const std::string& words) {
    return "<html><head>" + head + "</head><body><article><p>The city council voted on Tuesday to close the old "
           "bridge, which has carried traffic across the river since 1931, after engineers found cracks in two "
           "of its supports: " + words + ".</p><p>Repairs will take at least a year, the council said, and buses "
           "will use the northern crossing, adding about ten minutes to the journey for some twelve thousand "
           "daily passengers.</p><p>Shop owners near the bridge said they feared for their trade, while cyclists "
           "welcomed a promised temporary path, which the council said would open within a month.</p></article>"
           "</body></html>";
}

// `utf8` as UTF-16LE bytes after a byte order mark.
std::string utf16le_with_bom(const std::string& utf8) {
    std::string out = "\xFF\xFE";
    auto unit = [&](char32_t u) {
        out += static_cast<char>(u & 0xFF);
        out += static_cast<char>(u >> 8);
    };
    for (std::size_t i = 0; i < utf8.size();) {
        char32_t cp = precis::detail::next_cp(utf8, i);
        if (cp < 0x10000) {
            unit(cp);
        } else {
            unit(0xD800 + ((cp - 0x10000) >> 10));
            unit(0xDC00 + ((cp - 0x10000) & 0x3FF));
        }
    }
    return out;
}

std::string first_paragraph(const std::string& html) { return precis::extract_html(html).paragraphs.at(0); }

}  // namespace

TEST_CASE("labels: the Encoding Standard's table, nothing else") {
    using precis::detail::encoding_for_label;
    CHECK(encoding_for_label("utf-8") == "utf-8");
    CHECK(encoding_for_label(" \t UTF8\n") == "utf-8");  // ASCII whitespace trimmed, ASCII case ignored
    CHECK(encoding_for_label("unicode11utf8") == "utf-8");
    CHECK(encoding_for_label("latin1") == "windows-1252");  // Latin-1 and ASCII labels mean windows-1252
    CHECK(encoding_for_label("ISO-8859-1") == "windows-1252");
    CHECK(encoding_for_label("us-ascii") == "windows-1252");
    CHECK(encoding_for_label("iso-8859-9") == "windows-1254");
    CHECK(encoding_for_label("tis-620") == "windows-874");
    CHECK(encoding_for_label("gb2312") == "gbk");
    CHECK(encoding_for_label("big5-hkscs") == "big5");
    CHECK(encoding_for_label("ms932") == "shift_jis");
    CHECK(encoding_for_label("ks_c_5601-1987") == "euc-kr");
    CHECK(encoding_for_label("koi8-ru") == "koi8-u");
    CHECK(encoding_for_label("logical") == "iso-8859-8-i");
    CHECK(encoding_for_label("ucs-2") == "utf-16le");
    CHECK(encoding_for_label("unicodefffe") == "utf-16be");
    CHECK(encoding_for_label("x-user-defined") == "x-user-defined");
    for (const char* label : {"iso-2022-kr", "csiso2022kr", "hz-gb-2312", "iso-2022-cn", "iso-2022-cn-ext", "replacement"})
        CHECK(encoding_for_label(label) == "replacement");
    for (const char* label : {"", "x-klingon", "ut", "utf 8", "utf-7", "utf-32", "cesu-8", "ebcdic-cp-us", "iso-8859-12"})
        CHECK_MESSAGE(!encoding_for_label(label), label);
}

TEST_CASE("decoders: every encoding decodes, as the standard's indexes say") {
    SUBCASE("every encoding but replacement has a decoder in this build") {
        std::string all;
        for (int b = 0; b < 256; ++b) all += static_cast<char>(b);
        for (const char* e : {"utf-8", "ibm866", "iso-8859-2", "iso-8859-3", "iso-8859-4", "iso-8859-5", "iso-8859-6",
                              "iso-8859-7", "iso-8859-8", "iso-8859-8-i", "iso-8859-10", "iso-8859-13", "iso-8859-14",
                              "iso-8859-15", "iso-8859-16", "koi8-r", "koi8-u", "macintosh", "windows-874",
                              "windows-1250", "windows-1251", "windows-1252", "windows-1253", "windows-1254",
                              "windows-1255", "windows-1256", "windows-1257", "windows-1258", "x-mac-cyrillic", "gbk",
                              "gb18030", "big5", "euc-jp", "iso-2022-jp", "shift_jis", "euc-kr", "utf-16be",
                              "utf-16le", "x-user-defined"}) {
            std::string out;
            CHECK_MESSAGE(!precis::detail::decode(all, e, out), e);
            CHECK_MESSAGE(!out.empty(), e);
        }
        std::string out;
        CHECK(*precis::detail::decode("abc", "replacement", out) == "the page's character set 'replacement' is not supported");
    }
    SUBCASE("single-byte encodings, where ICU's tables and the standard's differ too") {
        CHECK(decoded("5\x80 \x81", "windows-1252") == "5€ \xC2\x81");  // 0x81 is U+0081, not an error
        CHECK(decoded("\xCF\xF0\xE8\xE2\xE5\xF2", "windows-1251") == "Привет");
        CHECK(decoded("\xF0\xD2\xC9\xD7\xC5\xD4", "koi8-r") == "Привет");
        CHECK(decoded("\xAE\xBE", "koi8-u") == "ўЎ");                   // KOI8-RU's letters
        CHECK(decoded("\xAA\xBA\xDE\xFE\xA4", "iso-8859-16") == "ȘșȚț€");  // no ISO-8859-16 in ICU's data
        CHECK(decoded("\xCA", "windows-1255") == "\xD6\xBA");          // U+05BA
        CHECK(decoded("\xAA", "windows-1253") == "\xEF\xBF\xBD");      // unmapped: U+FFFD
        CHECK(decoded("\xA1\xDB", "windows-874") == "ก\xEF\xBF\xBD");  // ICU: private use
        CHECK(decoded("\x1A\x1C\x7F", "ibm866") == "\x1A\x1C\x7F");     // ASCII is ASCII
        CHECK(decoded("a\x80\xFF", "x-user-defined") == "a\xEF\x9E\x80\xEF\x9F\xBF");  // U+F780, U+F7FF
    }
    SUBCASE("multi-byte encodings") {
        CHECK(decoded("\xC4\xE3\xBA\xC3", "gbk") == "你好");
        CHECK(decoded("\x81\x30\x81\x30", "gbk") == "\xC2\x80");  // GBK is decoded as gb18030
        CHECK(decoded("\xA4\x40\xA4\x48", "big5") == "一人");
        CHECK(decoded("\x82\xA0\x5C\x87\x40", "shift_jis") == "あ\\①");  // Microsoft's: 0x5C is "\", NEC's ①
        CHECK(decoded("\xA4\xA2\xA4\xA4", "euc-jp") == "あい");
        CHECK(decoded("\x1B$B$\"\x1B(Bok", "iso-2022-jp") == "あok");
        CHECK(decoded("\xB0\xA1\x81\x41", "euc-kr") == "가갂");  // Unified Hangul Code beyond EUC-KR
    }
    SUBCASE("bytes that are not the encoding become U+FFFD, and never hide an ASCII byte") {
        const std::string fffd = "\xEF\xBF\xBD";
        CHECK(decoded("a\xF0\x80\x80z", "utf-8") == "a" + fffd + fffd + fffd + "z");  // maximal subparts
        CHECK(decoded("a\xE2\x82", "utf-8") == "a" + fffd);
        CHECK(decoded("\x82\"x", "shift_jis") == fffd + "\"x");  // not ICU's U+001A
        CHECK(decoded("\xA4\xA2\xFF\"", "euc-jp") == "あ" + fffd + "\"");
        CHECK(decoded(std::string("h\0i\0\x3D\xD8\x00\xDE\x00\xD8", 10), "utf-16le") == "hi😀" + fffd);
        CHECK(decoded(std::string("\0h\0i", 4), "utf-16be") == "hi");
    }
}

TEST_CASE("sniffing, step 1: a byte order mark is certain") {
    auto utf8 = precis::detail::sniff_encoding("\xEF\xBB\xBF<meta charset=koi8-r>");
    CHECK(utf8.encoding == "utf-8");
    CHECK(utf8.bom == 3);
    CHECK(utf8.certain);
    auto be = precis::detail::sniff_encoding(std::string("\xFE\xFF\0<", 4));
    CHECK(be.encoding == "utf-16be");
    CHECK(be.bom == 2);
    CHECK(sniffed(std::string("\xFF\xFE<\0", 4)) == "utf-16le");
    CHECK(sniffed("\xEF\xBB") == "windows-1252");  // half a BOM is two bytes of windows-1252
}

TEST_CASE("sniffing, step 2: the prescan of the first 1024 bytes") {
    SUBCASE("<meta charset> and <meta http-equiv content>, in any case and quoting") {
        CHECK(prescanned("<meta charset=\"koi8-r\">") == "koi8-r");
        CHECK(prescanned("<META CHARSET='KOI8-R'>") == "koi8-r");
        CHECK(prescanned("<meta charset=koi8-r>") == "koi8-r");
        CHECK(prescanned("<meta/charset=koi8-r>") == "koi8-r");
        CHECK(prescanned("<meta charset=koi8-r/>") == "");  // an unquoted value runs to the space or ">"
        CHECK(prescanned("<meta\ncharset = \" koi8-r \">") == "koi8-r");
        CHECK(prescanned("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-2\">") == "iso-8859-2");
        CHECK(prescanned("<meta content=\"text/html;charset='iso-8859-5'\" http-equiv=content-type>") == "iso-8859-5");
        CHECK(prescanned("<meta content=\"text/html; charset=iso-8859-5\">") == "");  // no http-equiv: no pragma
        CHECK(prescanned("<meta http-equiv=refresh content=\"0; charset=iso-8859-5\">") == "");
        CHECK(prescanned("<meta http-equiv=content-type content=\"text/html; charset=\">") == "");
        CHECK(prescanned("<meta name=viewport content=width=device-width><meta charset=koi8-r>") == "koi8-r");
    }
    SUBCASE("only the first declaration counts, and only the first of an attribute") {
        CHECK(prescanned("<meta charset=koi8-r><meta charset=iso-8859-5>") == "koi8-r");
        CHECK(prescanned("<meta charset=koi8-r charset=iso-8859-5>") == "koi8-r");
        // charset= decides even when it fails: the content that follows is not read.
        CHECK(prescanned("<meta charset=x-klingon content=\"text/html; charset=koi8-r\" http-equiv=content-type>") == "");
        CHECK(prescanned("<meta content=\"text/html; charset=koi8-r\" http-equiv=content-type charset=iso-8859-5>") ==
              "iso-8859-5");
    }
    SUBCASE("an unknown label declares nothing; the next <meta> is read") {
        CHECK(prescanned("<meta charset=\"x-klingon\">") == "");
        CHECK(prescanned("<meta charset=\"x-klingon\"><meta charset=\"iso-8859-5\">") == "iso-8859-5");
        CHECK(prescanned("<meta charset=\"utf 8\">") == "");
    }
    SUBCASE("comments, other tags' attributes and markup-like text hide nothing they should not") {
        CHECK(prescanned("<!-- <meta charset=koi8-r> --><meta charset=iso-8859-5>") == "iso-8859-5");
        CHECK(prescanned("<!--><meta charset=koi8-r>") == "koi8-r");  // "<!-->" is a whole comment
        CHECK(prescanned("<!--->--><meta charset=koi8-r>") == "koi8-r");
        CHECK(prescanned("<script src=a.js charset=\"utf-8\"></script><meta charset=gb2312>") == "gbk");
        CHECK(prescanned("<div title=\"<meta charset=koi8-r>\"><meta charset=iso-8859-5>") == "iso-8859-5");
        CHECK(prescanned("<metadata charset=koi8-r>") == "");
        CHECK(prescanned("<!DOCTYPE html><?php x ?></p><meta charset=koi8-r>") == "koi8-r");
        // Script text is not a tag to the parser, but the prescan reads it as one.
        CHECK(prescanned("<script>w('<meta charset=koi8-r>')</script>") == "koi8-r");
    }
    SUBCASE("UTF-16 in a <meta> means UTF-8, x-user-defined means windows-1252") {
        CHECK(prescanned("<meta charset=utf-16>") == "utf-8");
        CHECK(prescanned("<meta charset=utf-16be>") == "utf-8");
        CHECK(prescanned("<meta charset=unicode>") == "utf-8");
        CHECK(prescanned("<meta charset=x-user-defined>") == "windows-1252");
    }
    SUBCASE("replacement labels are declarations (of a page nobody can read)") {
        CHECK(prescanned("<meta charset=iso-2022-kr>") == "replacement");
        auto d = precis::detail::prescan("<meta http-equiv=content-type content=\"text/html; charset=HZ-GB-2312\">");
        REQUIRE(d);
        CHECK(d->encoding == "replacement");
        CHECK(d->label == "hz-gb-2312");
    }
    SUBCASE("an XML declaration, when there is no <meta>") {
        CHECK(prescanned("<?xml version=\"1.0\" encoding=\"windows-1251\"?><html>") == "windows-1251");
        CHECK(prescanned("<?xml version='1.0' encoding = 'utf-16'?>") == "utf-8");
        CHECK(prescanned("<?xml version=\"1.0\" encoding=\"x-user-defined\"?>") == "x-user-defined");
        CHECK(prescanned("<?xml version=\"1.0\"?><meta charset=koi8-r>") == "koi8-r");  // the <meta> first
        CHECK(prescanned(" <?xml version=\"1.0\" encoding=\"windows-1251\"?>") == "");    // only at the start
        CHECK(prescanned(std::string("<\0?\0x\0m\0l\0", 10)) == "utf-16le");
        CHECK(prescanned(std::string("\0<\0?\0x\0m\0l", 10)) == "utf-16be");
    }
    SUBCASE("a declaration cut by byte 1024 declares nothing") {
        const std::string meta = "<meta charset=koi8-r>";
        CHECK(sniffed(tag_at(kPrescanBytes - meta.size(), meta)) == "koi8-r");      // ">" is byte 1023
        CHECK(sniffed(tag_at(kPrescanBytes - meta.size() + 1, meta)) == "utf-8");   // ">" is byte 1024
        const std::string quoted = "<meta charset=\"koi8-r\">";
        CHECK(sniffed(tag_at(kPrescanBytes - quoted.size(), quoted)) == "koi8-r");
        // The closing quote is byte 1023: the prescan must still read on to see the tag end.
        CHECK(sniffed(tag_at(kPrescanBytes - quoted.size() + 1, quoted)) == "utf-8");
        const std::string utf8 = "<meta charset=\"utf-8\">";
        CHECK(prescanned(tag_at(kPrescanBytes - 5, utf8).substr(0, kPrescanBytes)) == "");  // "<meta charset="ut
        CHECK(sniffed(tag_at(kPrescanBytes - 5, utf8) + "\xff") == "windows-1252");
    }
}

TEST_CASE("sniffing, steps 3 and 4: UTF-8 when the bytes are UTF-8, else windows-1252") {
    auto none = precis::detail::sniff_encoding("<p>plain ASCII</p>");
    CHECK(none.encoding == "utf-8");
    CHECK_FALSE(none.certain);  // a <meta> the parser meets may still change it
    CHECK(sniffed("<p>Caf\xC3\xA9</p>") == "utf-8");
    CHECK(sniffed("<p>Caf\xE9</p>") == "windows-1252");
    CHECK(sniffed("<p>\xC3\xA9 and \xE9</p>") == "windows-1252");  // not all of it is UTF-8
    SUBCASE("valid UTF-8 with non-ASCII wins over a declaration (a page re-encoded when saved)") {
        auto saved = precis::detail::sniff_encoding("<meta charset=gb2312><p>Caf\xC3\xA9</p>");
        CHECK(saved.encoding == "utf-8");
        CHECK(saved.certain);
        CHECK(sniffed("<meta charset=iso-2022-kr><p>Caf\xC3\xA9</p>") == "utf-8");
        // ASCII alone proves nothing: the declaration stands (ISO-2022-JP is all ASCII bytes).
        CHECK(sniffed("<meta charset=iso-2022-jp><p>\x1B$B$\"\x1B(B</p>") == "iso-2022-jp");
    }
}

TEST_CASE("change the encoding: a <meta> the parser meets after a tentative choice") {
    using precis::detail::changed_encoding;
    CHECK(changed_encoding("windows-1252", "windows-1250") == "windows-1250");
    CHECK(!changed_encoding("windows-1252", "windows-1252"));
    CHECK(changed_encoding("windows-1252", "utf-16le") == "utf-8");
    CHECK(!changed_encoding("utf-8", "utf-16be"));
    CHECK(!changed_encoding("windows-1252", "x-user-defined"));
    CHECK(!changed_encoding("utf-16le", "koi8-r"));  // a UTF-16 page stays UTF-16
    CHECK(changed_encoding("utf-8", "replacement") == "replacement");
}

TEST_CASE("extract_html: pages in their encodings, end to end") {
    const std::string padding = "<script>" + std::string(1100, ' ') + "</script>";  // past the prescan
    SUBCASE("a declared legacy encoding") {
        CHECK(first_paragraph(article_page("<meta charset=\"windows-1252\">", "Caf\xe9 cr\xe8me, 5\x80")).find(
                  "Café crème, 5€.") != std::string::npos);
        CHECK(first_paragraph(article_page("<meta http-equiv=Content-Type content='text/html; charset=koi8-r'>",
                                           "\xF0\xD2\xC9\xD7\xC5\xD4")).find("Привет.") != std::string::npos);
    }
    SUBCASE("<meta charset=\"utf-8\"> across byte 1024 is ignored, and the page read on") {
        std::string head = std::string(kPrescanBytes - 30, ' ') + "<meta charset=\"utf-8\">";
        CHECK(first_paragraph(article_page(head, "Caf\xC3\xA9")).find("Café.") != std::string::npos);
        // Not UTF-8, so windows-1252 at first; then the parser meets the <meta> and reads it again as UTF-8.
        CHECK(first_paragraph(article_page(head, "Caf\xE9")).find("Caf\xEF\xBF\xBD.") != std::string::npos);
    }
    SUBCASE("a page saved as UTF-8 under its old declaration is read as UTF-8") {
        CHECK(first_paragraph(article_page("<meta charset=\"gb2312\">", "Caf\xC3\xA9")).find("Café.") !=
              std::string::npos);
    }
    SUBCASE("an unknown label is ignored") {
        CHECK(first_paragraph(article_page("<meta charset=\"x-klingon\">", "Caf\xC3\xA9")).find("Café.") !=
              std::string::npos);
    }
    SUBCASE("a UTF-16 label in a <meta> means UTF-8") {
        CHECK(first_paragraph(article_page("<meta charset=\"utf-16\">", "Caf\xC3\xA9")).find("Café.") !=
              std::string::npos);
    }
    SUBCASE("a replacement label is the one encoding precis cannot read") {
        CHECK_THROWS_WITH_AS(precis::extract_html(article_page("<meta charset=\"ISO-2022-KR\">", "ok")),
                             "the page's character set 'iso-2022-kr' is not supported", precis::Error);
        CHECK_THROWS_WITH_AS(precis::extract_html(article_page(padding + "<meta charset=\"hz-gb-2312\">", "ok")),
                             "the page's character set 'hz-gb-2312' is not supported", precis::Error);
    }
    SUBCASE("a declaration after the first 1024 bytes makes the page be read again") {
        CHECK(first_paragraph(article_page(padding + "<meta charset=\"windows-1250\">", "\xBF\xF3\xB3w")).find(
                  "żółw.") != std::string::npos);
        CHECK(first_paragraph(article_page(padding + "<meta http-equiv=\"Content-Type\" content=\"text/html; "
                                                     "charset=gb2312\">",
                                           "\xC4\xE3\xBA\xC3")).find("你好.") != std::string::npos);
        // A declaration inside <noscript> is text to a browser that runs scripts.
        CHECK(first_paragraph(article_page(padding + "<noscript><meta charset=\"windows-1250\"></noscript>",
                                           "\xBF")).find("¿.") != std::string::npos);
    }
    SUBCASE("the parser's first declaration wins over one the prescan saw in script text") {
        std::string head = "<script>w('<meta charset=koi8-r>')</script><meta charset=\"iso-8859-5\">";
        CHECK(first_paragraph(article_page(head, "\xBF\xE0\xD8\xD2\xD5\xE2")).find("Привет.") != std::string::npos);
    }
    SUBCASE("bytes that are not the page's encoding become U+FFFD, as in a browser") {
        std::string p = first_paragraph(article_page("<meta charset=\"utf-8\">", "ok \xff"));
        CHECK(p.find("ok \xEF\xBF\xBD.") != std::string::npos);
    }
    SUBCASE("a UTF-16 page with a byte order mark; its <meta> changes nothing") {
        std::string page = utf16le_with_bom(article_page("<meta charset=\"windows-1251\">", "Café — 😀"));
        CHECK(first_paragraph(page).find("Café — 😀.") != std::string::npos);
    }
}
