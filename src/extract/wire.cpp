#include "extract/wire.hpp"

#include "text/utf8.hpp"

#include <vector>

namespace precis::detail {

std::optional<std::string> parse_page_wire(std::string_view wire, Page& out) {
    if (auto bad = find_invalid_utf8(wire)) return "page: invalid UTF-8 at byte " + std::to_string(*bad);
    PageBuilder b;
    PageBuilder::Attrs attrs;
    std::vector<std::string_view> fields;
    std::size_t record = 0;
    for (std::size_t i = 0; i < wire.size(); ++record) {
        std::size_t end = wire.find('\x1e', i);
        if (end == std::string_view::npos) return "page: record " + std::to_string(record) + " is not terminated";
        std::string_view r = wire.substr(i, end - i);
        i = end + 1;
        if (r.empty()) return "page: record " + std::to_string(record) + " is empty";
        char kind = r[0];
        r.remove_prefix(1);
        if (kind == 'T') {
            b.text(r);
        } else if (kind == 'C' && r.empty()) {
            b.close();
        } else if (kind == 'O') {
            fields.clear();
            for (std::size_t k = 0;;) {
                std::size_t sep = r.find('\x1f', k);
                fields.push_back(r.substr(k, sep == std::string_view::npos ? std::string_view::npos : sep - k));
                if (sep == std::string_view::npos) break;
                k = sep + 1;
            }
            if (fields[0].empty() || fields.size() % 2 == 0)
                return "page: record " + std::to_string(record) + " is not an element (tag, then name/value pairs)";
            attrs.clear();
            for (std::size_t k = 1; k + 1 < fields.size(); k += 2) attrs.emplace_back(fields[k], fields[k + 1]);
            b.open(fields[0], attrs);
        } else {
            return "page: record " + std::to_string(record) + " has an unknown kind";
        }
    }
    out = b.finish();
    return std::nullopt;
}

}  // namespace precis::detail
