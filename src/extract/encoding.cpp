// Character encodings of web pages: the WHATWG Encoding Standard's labels, the HTML
// Standard's encoding sniffing, and decoding through ICU's converters.
#include "extract/encoding.hpp"

#include "extract/page.hpp"
#include "text/utf8.hpp"
#include "text/utf8.hpp"

#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>

#include <algorithm>
#include <array>
#include <memory>
#include <vector>

namespace precis::detail {
namespace {

struct EncodingDef {
    std::string_view name;   // the standard's name, lower case (itself one of the labels)
    const char* converter;   // ICU's converter; for a single-byte encoding, the base of its table
    bool single_byte;
    std::string_view labels;  // every label the standard gives it, separated by spaces
};

// The Encoding Standard's table of encodings and labels, in its order. Labels outside it
// name nothing: a browser ignores them, and so does precis.
constexpr EncodingDef kEncodings[] = {
    {"utf-8", "UTF-8", false, "unicode-1-1-utf-8 unicode11utf8 unicode20utf8 utf-8 utf8 x-unicode20utf8"},
    {"ibm866", "ibm866", true, "866 cp866 csibm866 ibm866"},
    {"iso-8859-2", "ISO-8859-2", true,
     "csisolatin2 iso-8859-2 iso-ir-101 iso8859-2 iso88592 iso_8859-2 iso_8859-2:1987 l2 latin2"},
    {"iso-8859-3", "ISO-8859-3", true,
     "csisolatin3 iso-8859-3 iso-ir-109 iso8859-3 iso88593 iso_8859-3 iso_8859-3:1988 l3 latin3"},
    {"iso-8859-4", "ISO-8859-4", true,
     "csisolatin4 iso-8859-4 iso-ir-110 iso8859-4 iso88594 iso_8859-4 iso_8859-4:1988 l4 latin4"},
    {"iso-8859-5", "ISO-8859-5", true,
     "csisolatincyrillic cyrillic iso-8859-5 iso-ir-144 iso8859-5 iso88595 iso_8859-5 iso_8859-5:1988"},
    {"iso-8859-6", "ISO-8859-6", true,
     "arabic asmo-708 csiso88596e csiso88596i csisolatinarabic ecma-114 iso-8859-6 iso-8859-6-e "
     "iso-8859-6-i iso-ir-127 iso8859-6 iso88596 iso_8859-6 iso_8859-6:1987"},
    {"iso-8859-7", "ISO-8859-7", true,
     "csisolatingreek ecma-118 elot_928 greek greek8 iso-8859-7 iso-ir-126 iso8859-7 iso88597 iso_8859-7 "
     "iso_8859-7:1987 sun_eu_greek"},
    {"iso-8859-8", "ISO-8859-8", true,
     "csiso88598e csisolatinhebrew hebrew iso-8859-8 iso-8859-8-e iso-ir-138 iso8859-8 iso88598 iso_8859-8 "
     "iso_8859-8:1988 visual"},
    // The same characters as ISO-8859-8: "-i" only says the text is stored in logical order.
    {"iso-8859-8-i", "ISO-8859-8", true, "csiso88598i iso-8859-8-i logical"},
    {"iso-8859-10", "ISO-8859-10", true, "csisolatin6 iso-8859-10 iso-ir-157 iso8859-10 iso885910 l6 latin6"},
    {"iso-8859-13", "ISO-8859-13", true, "iso-8859-13 iso8859-13 iso885913"},
    {"iso-8859-14", "ISO-8859-14", true, "iso-8859-14 iso8859-14 iso885914"},
    {"iso-8859-15", "ISO-8859-15", true, "csisolatin9 iso-8859-15 iso8859-15 iso885915 iso_8859-15 l9"},
    // Debian's ICU data has no ISO-8859-16 converter: Latin-1 plus the corrections below.
    {"iso-8859-16", "ISO-8859-1", true, "iso-8859-16"},
    {"koi8-r", "KOI8-R", true, "cskoi8r koi koi8 koi8-r koi8_r"},
    {"koi8-u", "KOI8-U", true, "koi8-ru koi8-u"},
    {"macintosh", "macintosh", true, "csmacintosh mac macintosh x-mac-roman"},
    {"windows-874", "windows-874", true, "dos-874 iso-8859-11 iso8859-11 iso885911 tis-620 windows-874"},
    {"windows-1250", "windows-1250", true, "cp1250 windows-1250 x-cp1250"},
    {"windows-1251", "windows-1251", true, "cp1251 windows-1251 x-cp1251"},
    {"windows-1252", "windows-1252", true,
     "ansi_x3.4-1968 ascii cp1252 cp819 csisolatin1 ibm819 iso-8859-1 iso-ir-100 iso8859-1 iso88591 "
     "iso_8859-1 iso_8859-1:1987 l1 latin1 us-ascii windows-1252 x-cp1252"},
    {"windows-1253", "windows-1253", true, "cp1253 windows-1253 x-cp1253"},
    {"windows-1254", "windows-1254", true,
     "cp1254 csisolatin5 iso-8859-9 iso-ir-148 iso8859-9 iso88599 iso_8859-9 iso_8859-9:1989 l5 latin5 "
     "windows-1254 x-cp1254"},
    {"windows-1255", "windows-1255", true, "cp1255 windows-1255 x-cp1255"},
    {"windows-1256", "windows-1256", true, "cp1256 windows-1256 x-cp1256"},
    {"windows-1257", "windows-1257", true, "cp1257 windows-1257 x-cp1257"},
    {"windows-1258", "windows-1258", true, "cp1258 windows-1258 x-cp1258"},
    {"x-mac-cyrillic", "x-mac-cyrillic", true, "x-mac-cyrillic x-mac-ukrainian"},
    // The standard decodes GBK with the gb18030 decoder.
    {"gbk", "gb18030", false,
     "chinese csgb2312 csiso58gb231280 gb2312 gb_2312 gb_2312-80 gbk iso-ir-58 x-gbk"},
    {"gb18030", "gb18030", false, "gb18030"},
    // The standard's Big5 is Big5 with the Hong Kong extensions.
    {"big5", "Big5-HKSCS", false, "big5 big5-hkscs cn-big5 csbig5 x-x-big5"},
    {"euc-jp", "EUC-JP", false, "cseucpkdfmtjapanese euc-jp x-euc-jp"},
    {"iso-2022-jp", "ISO-2022-JP", false, "csiso2022jp iso-2022-jp"},
    // The standard's Shift_JIS is Microsoft's (NEC and IBM extensions, 0x5C is "\").
    {"shift_jis", "windows-31j", false, "csshiftjis ms932 ms_kanji shift-jis shift_jis sjis windows-31j x-sjis"},
    // The standard's EUC-KR is Microsoft's superset, Unified Hangul Code.
    {"euc-kr", "windows-949", false,
     "cseuckr csksc56011987 euc-kr iso-ir-149 korean ks_c_5601-1987 ks_c_5601-1989 ksc5601 ksc_5601 "
     "windows-949"},
    // Encodings browsers refuse to decode (they were used to smuggle markup past filters):
    // the whole page reads as one U+FFFD, so precis says it cannot read it.
    {"replacement", nullptr, false, "csiso2022kr hz-gb-2312 iso-2022-cn iso-2022-cn-ext iso-2022-kr replacement"},
    {"utf-16be", "UTF-16BE", false, "unicodefffe utf-16be"},
    {"utf-16le", "UTF-16LE", false, "csunicode iso-10646-ucs-2 ucs-2 unicode unicodefeff utf-16 utf-16le"},
    // Bytes 0x80-0xFF to U+F780-U+F7FF: computed, no converter.
    {"x-user-defined", nullptr, true, "x-user-defined"},
};

// Where the standard's index for a single-byte encoding differs from ICU 72's converter
// (compared byte by byte): the standard's code point, U+FFFD where it maps nothing.
struct Correction {
    std::string_view encoding;
    unsigned char byte;
    char16_t cp;
};
constexpr Correction kCorrections[] = {
    {"koi8-u", 0xAE, 0x045E}, {"koi8-u", 0xBE, 0x040E},  // KOI8-RU's ў and Ў, not box drawing
    {"windows-874", 0xDB, 0xFFFD}, {"windows-874", 0xDC, 0xFFFD}, {"windows-874", 0xDD, 0xFFFD},
    {"windows-874", 0xDE, 0xFFFD}, {"windows-874", 0xFC, 0xFFFD}, {"windows-874", 0xFD, 0xFFFD},
    {"windows-874", 0xFE, 0xFFFD}, {"windows-874", 0xFF, 0xFFFD},  // ICU: private use
    {"windows-1253", 0xAA, 0xFFFD},
    {"windows-1255", 0xCA, 0x05BA},  // HEBREW POINT HOLAM HASER FOR VAV
    // ISO-8859-16 (Romanian and other South-Eastern European languages) against Latin-1.
    {"iso-8859-16", 0xA1, 0x0104}, {"iso-8859-16", 0xA2, 0x0105}, {"iso-8859-16", 0xA3, 0x0141},
    {"iso-8859-16", 0xA4, 0x20AC}, {"iso-8859-16", 0xA5, 0x201E}, {"iso-8859-16", 0xA6, 0x0160},
    {"iso-8859-16", 0xA8, 0x0161}, {"iso-8859-16", 0xAA, 0x0218}, {"iso-8859-16", 0xAC, 0x0179},
    {"iso-8859-16", 0xAE, 0x017A}, {"iso-8859-16", 0xAF, 0x017B}, {"iso-8859-16", 0xB2, 0x010C},
    {"iso-8859-16", 0xB3, 0x0142}, {"iso-8859-16", 0xB4, 0x017D}, {"iso-8859-16", 0xB5, 0x201D},
    {"iso-8859-16", 0xB8, 0x017E}, {"iso-8859-16", 0xB9, 0x010D}, {"iso-8859-16", 0xBA, 0x0219},
    {"iso-8859-16", 0xBC, 0x0152}, {"iso-8859-16", 0xBD, 0x0153}, {"iso-8859-16", 0xBE, 0x0178},
    {"iso-8859-16", 0xBF, 0x017C}, {"iso-8859-16", 0xC3, 0x0102}, {"iso-8859-16", 0xC5, 0x0106},
    {"iso-8859-16", 0xD0, 0x0110}, {"iso-8859-16", 0xD1, 0x0143}, {"iso-8859-16", 0xD5, 0x0150},
    {"iso-8859-16", 0xD7, 0x015A}, {"iso-8859-16", 0xD8, 0x0170}, {"iso-8859-16", 0xDD, 0x0118},
    {"iso-8859-16", 0xDE, 0x021A}, {"iso-8859-16", 0xE3, 0x0103}, {"iso-8859-16", 0xE5, 0x0107},
    {"iso-8859-16", 0xF0, 0x0111}, {"iso-8859-16", 0xF1, 0x0144}, {"iso-8859-16", 0xF5, 0x0151},
    {"iso-8859-16", 0xF7, 0x015B}, {"iso-8859-16", 0xF8, 0x0171}, {"iso-8859-16", 0xFD, 0x0119},
    {"iso-8859-16", 0xFE, 0x021B},
};

const EncodingDef* find_encoding(std::string_view name) {
    for (const auto& e : kEncodings)
        if (e.name == name) return &e;
    return nullptr;
}

bool is_ascii_whitespace(unsigned char c) { return c == 0x09 || c == 0x0A || c == 0x0C || c == 0x0D || c == 0x20; }
char to_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 0x20) : c; }
bool is_utf16(std::string_view e) { return e == "utf-16le" || e == "utf-16be"; }

// The label the content attribute of a <meta> names: "charset", optional whitespace,
// "=", optional whitespace, then a quoted string or a run up to whitespace or ";".
std::optional<std::string_view> label_from_content(std::string_view s) {
    for (std::size_t at = 0;;) {
        std::size_t i = at;
        for (; i + 7 <= s.size(); ++i) {
            std::size_t k = 0;
            while (k < 7 && to_lower(s[i + k]) == "charset"[k]) ++k;
            if (k == 7) break;
        }
        if (i + 7 > s.size()) return std::nullopt;
        i += 7;
        while (i < s.size() && is_ascii_whitespace(s[i])) ++i;
        if (i >= s.size() || s[i] != '=') {
            at = i;  // "move position to point just before that next character"
            continue;
        }
        ++i;
        while (i < s.size() && is_ascii_whitespace(s[i])) ++i;
        if (i >= s.size()) return std::nullopt;
        if (s[i] == '"' || s[i] == '\'') {
            std::size_t close = s.find(s[i], i + 1);
            if (close == std::string_view::npos) return std::nullopt;
            return s.substr(i + 1, close - i - 1);
        }
        std::size_t end = i;
        while (end < s.size() && !is_ascii_whitespace(s[end]) && s[end] != ';') ++end;
        return s.substr(i, end - i);
    }
}

// The prescan, step by step as the HTML Standard writes it. Reading past the end of the
// bytes ("runs out of bytes") abandons the scan for the XML declaration.
class Prescan {
public:
    explicit Prescan(std::string_view b) : b_(b) {}

    std::optional<Declaration> run() {
        if (starts_with(0, std::string_view("<\0?\0x\0", 6))) return Declaration{"utf-16le", "utf-16le"};
        if (starts_with(0, std::string_view("\0<\0?\0x", 6))) return Declaration{"utf-16be", "utf-16be"};
        while (pos_ < b_.size()) {
            if (starts_with(pos_, "<!--")) {
                // To the first "-->" whose dashes may be those of "<!--".
                std::size_t end = b_.find("-->", pos_ + 2);
                if (end == std::string_view::npos) break;
                pos_ = end + 2;
            } else if (meta_at(pos_)) {
                pos_ += 5;
                std::optional<std::optional<Declaration>> found = meta();
                if (!found) break;  // out of bytes
                if (*found) return *found;
            } else if (tag_at(pos_)) {
                while (pos_ < b_.size() && !is_ascii_whitespace(b_[pos_]) && b_[pos_] != '>') ++pos_;
                Got got;
                std::string name, value;
                while ((got = attribute(name, value)) == Got::attribute) {}
                if (got == Got::out_of_bytes) break;
            } else if (starts_with(pos_, "<!") || starts_with(pos_, "</") || starts_with(pos_, "<?")) {
                std::size_t end = b_.find('>', pos_ + 1);
                if (end == std::string_view::npos) break;
                pos_ = end;
            }
            ++pos_;
        }
        return xml_declaration();
    }

private:
    enum class Got { attribute, none, out_of_bytes };

    bool starts_with(std::size_t at, std::string_view s) const { return b_.substr(at, s.size()) == s; }
    bool meta_at(std::size_t at) const {
        if (at + 6 > b_.size() || b_[at] != '<') return false;
        for (std::size_t k = 0; k < 4; ++k)
            if (to_lower(b_[at + 1 + k]) != "meta"[k]) return false;
        unsigned char c = b_[at + 5];
        return is_ascii_whitespace(c) || c == '/';
    }
    bool tag_at(std::size_t at) const {
        if (at >= b_.size() || b_[at] != '<') return false;
        std::size_t i = at + 1;
        if (i < b_.size() && b_[i] == '/') ++i;
        if (i >= b_.size()) return false;
        char c = to_lower(b_[i]);
        return c >= 'a' && c <= 'z';
    }

    // The attributes of a <meta>: a declaration, nothing (read on), or out of bytes.
    std::optional<std::optional<Declaration>> meta() {
        enum class Pragma { unset, needed, not_needed } need_pragma = Pragma::unset;
        bool got_pragma = false;
        enum class Charset { unset, failure, found } charset = Charset::unset;
        Declaration declared;
        std::vector<std::string> seen;
        std::string name, value;
        for (;;) {
            Got got = attribute(name, value);
            if (got == Got::out_of_bytes) return std::nullopt;
            if (got == Got::none) break;
            if (std::find(seen.begin(), seen.end(), name) != seen.end()) continue;
            seen.push_back(name);
            if (name == "http-equiv") {
                if (value == "content-type") got_pragma = true;
            } else if (name == "content") {
                auto in_content = declaration_in_content(value);
                if (in_content && charset == Charset::unset) {
                    declared = *in_content;
                    charset = Charset::found;
                    need_pragma = Pragma::needed;
                }
            } else if (name == "charset") {
                auto encoding = encoding_for_label(value);
                charset = encoding ? Charset::found : Charset::failure;
                if (encoding) declared = {*encoding, value};
                need_pragma = Pragma::not_needed;
            }
        }
        if (need_pragma == Pragma::unset || (need_pragma == Pragma::needed && !got_pragma) ||
            charset != Charset::found)
            return std::optional<Declaration>();
        if (is_utf16(declared.encoding)) declared.encoding = "utf-8";
        if (declared.encoding == "x-user-defined") declared.encoding = "windows-1252";
        return std::optional<Declaration>(declared);
    }

    // "Get an attribute": name and value lower-cased, the value unquoted.
    Got attribute(std::string& name, std::string& value) {
        name.clear();
        value.clear();
        auto byte = [&](unsigned char& c) {
            if (pos_ >= b_.size()) return false;
            c = b_[pos_];
            return true;
        };
        unsigned char c;
        for (;;) {
            if (!byte(c)) return Got::out_of_bytes;
            if (!is_ascii_whitespace(c) && c != '/') break;
            ++pos_;
        }
        if (c == '>') return Got::none;
        for (;;) {  // the name
            if (!byte(c)) return Got::out_of_bytes;
            if (c == '=' && !name.empty()) {
                ++pos_;
                break;
            }
            if (is_ascii_whitespace(c)) {
                for (;;) {
                    if (!byte(c)) return Got::out_of_bytes;
                    if (!is_ascii_whitespace(c)) break;
                    ++pos_;
                }
                if (c != '=') return Got::attribute;
                ++pos_;
                break;
            }
            if (c == '/' || c == '>') return Got::attribute;
            name += to_lower(static_cast<char>(c));
            ++pos_;
        }
        for (;;) {  // the value
            if (!byte(c)) return Got::out_of_bytes;
            if (!is_ascii_whitespace(c)) break;
            ++pos_;
        }
        if (c == '"' || c == '\'') {
            const unsigned char quote = c;
            for (;;) {
                ++pos_;
                if (!byte(c)) return Got::out_of_bytes;
                if (c == quote) {
                    ++pos_;
                    return Got::attribute;
                }
                value += to_lower(static_cast<char>(c));
            }
        }
        if (c == '>') return Got::attribute;
        for (;;) {
            value += to_lower(static_cast<char>(c));
            ++pos_;
            if (!byte(c)) return Got::out_of_bytes;
            if (is_ascii_whitespace(c) || c == '>') return Got::attribute;
        }
    }

    // "Get an XML encoding": <?xml ... encoding="x" at the very start.
    std::optional<Declaration> xml_declaration() const {
        if (!starts_with(0, "<?xml") || b_.find('>') == std::string_view::npos) return std::nullopt;
        std::size_t i = b_.find("encoding");
        if (i == std::string_view::npos) return std::nullopt;
        i += 8;
        auto skip_controls = [&] {
            while (i < b_.size() && static_cast<unsigned char>(b_[i]) <= 0x20) ++i;
        };
        skip_controls();
        if (i >= b_.size() || b_[i] != '=') return std::nullopt;
        ++i;
        skip_controls();
        if (i >= b_.size() || (b_[i] != '"' && b_[i] != '\'')) return std::nullopt;
        std::size_t end = b_.find(b_[i], i + 1);
        if (end == std::string_view::npos) return std::nullopt;
        std::string_view label = b_.substr(i + 1, end - i - 1);
        if (std::any_of(label.begin(), label.end(), [](char c) { return static_cast<unsigned char>(c) <= 0x20; }))
            return std::nullopt;
        auto encoding = encoding_for_label(label);
        if (!encoding) return std::nullopt;
        return Declaration{is_utf16(*encoding) ? "utf-8" : *encoding, ascii_lower(label)};
    }

    std::string_view b_;
    std::size_t pos_ = 0;
};

bool has_non_ascii(std::string_view s) {
    return std::any_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
}

// A byte the converter cannot map becomes U+FFFD (ICU's own substitute is U+001A for some
// converters, a control character no browser shows).
void U_CALLCONV substitute_fffd(const void*, UConverterToUnicodeArgs* args, const char*, int32_t,
                                UConverterCallbackReason reason, UErrorCode* status) {
    if (reason > UCNV_IRREGULAR) return;  // reset, close, clone: nothing to write
    static const UChar kReplacement = 0xFFFD;
    *status = U_ZERO_ERROR;
    ucnv_cbToUWriteUChars(args, &kReplacement, 1, 0, status);
}

using Converter = std::unique_ptr<UConverter, decltype(&ucnv_close)>;

Converter open_converter(const char* name) {
    UErrorCode status = U_ZERO_ERROR;
    Converter c(ucnv_open(name, &status), ucnv_close);
    if (U_FAILURE(status)) return Converter(nullptr, ucnv_close);
    ucnv_setToUCallBack(c.get(), substitute_fffd, nullptr, nullptr, nullptr, &status);
    return U_SUCCESS(status) ? std::move(c) : Converter(nullptr, ucnv_close);
}

std::optional<std::string> unsupported(std::string_view encoding) {
    return "the page's character set '" + std::string(encoding) + "' is not supported by this build's ICU";
}

// The code points of bytes 0x80-0xFF; bytes below are ASCII in every single-byte encoding.
std::optional<std::string> high_half(const EncodingDef& e, std::array<char16_t, 128>& table) {
    if (e.name == "x-user-defined") {
        for (std::size_t k = 0; k < table.size(); ++k) table[k] = static_cast<char16_t>(0xF780 + k);
        return std::nullopt;
    }
    Converter c = open_converter(e.converter);
    if (!c) return unsupported(e.name);
    char bytes[128];
    for (std::size_t k = 0; k < 128; ++k) bytes[k] = static_cast<char>(0x80 + k);
    UChar out[128];
    UErrorCode status = U_ZERO_ERROR;
    if (ucnv_toUChars(c.get(), out, 128, bytes, 128, &status) != 128 || U_FAILURE(status)) return unsupported(e.name);
    std::copy(out, out + 128, table.begin());
    for (const auto& fix : kCorrections)
        if (fix.encoding == e.name) table[fix.byte - 0x80] = fix.cp;
    return std::nullopt;
}

std::optional<std::string> decode_single_byte(std::string_view bytes, const EncodingDef& e, std::string& out) {
    std::array<char16_t, 128> table;
    if (auto problem = high_half(e, table)) return problem;
    out.clear();
    out.reserve(bytes.size() + bytes.size() / 2);
    for (char b : bytes) {
        auto c = static_cast<unsigned char>(b);
        if (c < 0x80) out += b;
        else append_utf8(out, table[c - 0x80]);
    }
    return std::nullopt;
}

std::optional<std::string> decode_with_icu(std::string_view bytes, const EncodingDef& e, std::string& out) {
    Converter from = open_converter(e.converter);
    Converter to = open_converter("UTF-8");
    if (!from || !to) return unsupported(e.name);
    // At most 3 bytes of UTF-8 per input byte: a BMP character (or U+FFFD) per byte at
    // worst, a supplementary one (4 bytes) from 2 (UTF-16) or 4 (gb18030) input bytes.
    out.resize(bytes.size() * 3 + 16);
    char* target = out.data();
    const char* source = bytes.data();
    UErrorCode status = U_ZERO_ERROR;
    ucnv_convertEx(to.get(), from.get(), &target, out.data() + out.size(), &source, bytes.data() + bytes.size(),
                   nullptr, nullptr, nullptr, nullptr, true, true, &status);
    if (U_FAILURE(status)) return "the page could not be decoded as " + std::string(e.name);
    out.resize(static_cast<std::size_t>(target - out.data()));
    return std::nullopt;
}

}  // namespace

std::optional<std::string_view> encoding_for_label(std::string_view label) {
    while (!label.empty() && is_ascii_whitespace(label.front())) label.remove_prefix(1);
    while (!label.empty() && is_ascii_whitespace(label.back())) label.remove_suffix(1);
    if (label.empty()) return std::nullopt;
    std::string lower = ascii_lower(label);
    for (const auto& e : kEncodings) {
        for (std::size_t at = 0; at < e.labels.size();) {
            std::size_t end = std::min(e.labels.find(' ', at), e.labels.size());
            if (e.labels.substr(at, end - at) == lower) return e.name;
            at = end + 1;
        }
    }
    return std::nullopt;
}

std::optional<Declaration> declaration_in_content(std::string_view content) {
    auto label = label_from_content(content);
    auto encoding = label ? encoding_for_label(*label) : std::nullopt;
    if (!encoding) return std::nullopt;
    return Declaration{*encoding, ascii_lower(*label)};
}

std::optional<Declaration> prescan(std::string_view bytes) { return Prescan(bytes).run(); }

Sniffed sniff_encoding(std::string_view bytes) {
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF") return {"utf-8", "", 3, true};
    if (bytes.substr(0, 2) == "\xFE\xFF") return {"utf-16be", "", 2, true};
    if (bytes.substr(0, 2) == "\xFF\xFE") return {"utf-16le", "", 2, true};
    std::optional<Declaration> declared = prescan(bytes.substr(0, kPrescanBytes));
    // A <meta> can no longer change a page read as UTF-16 ("change the encoding", step 1).
    if (declared && is_utf16(declared->encoding)) return {declared->encoding, declared->label, 0, true};
    bool utf8 = !find_invalid_utf8(bytes);
    if (utf8 && has_non_ascii(bytes)) return {"utf-8", declared ? declared->label : "", 0, true};
    if (declared) return {declared->encoding, declared->label, 0, false};
    return {utf8 ? "utf-8" : "windows-1252", "", 0, false};
}

std::optional<std::string_view> changed_encoding(std::string_view current, std::string_view declared) {
    if (is_utf16(current)) return std::nullopt;
    if (is_utf16(declared)) declared = "utf-8";
    if (declared == "x-user-defined") declared = "windows-1252";
    if (declared == current) return std::nullopt;
    return declared;
}

std::optional<std::string> decode(std::string_view bytes, std::string_view encoding, std::string& out) {
    const EncodingDef* e = find_encoding(encoding);
    if (!e || e->name == "replacement") return "the page's character set '" + std::string(encoding) + "' is not supported";
    if (e->single_byte) return decode_single_byte(bytes, *e, out);
    return decode_with_icu(bytes, *e, out);
}

}  // namespace precis::detail
