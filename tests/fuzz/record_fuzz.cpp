// The jsonl line reader against nlohmann::json::parse: for any bytes, the same verdict
// (not JSON, another value, an object) and, for an object, the same members: present or
// not, null, a string (decoded to the same bytes) or another value, and the same id.
#include "fuzz.hpp"

#include <precis/jsonl.hpp>

#include <nlohmann/json.hpp>

#include <string>

namespace {

using precis::jsonl::Member;
using precis::fuzz::require;

void same_member(const nlohmann::json& j, const char* name, const Member& m) {
    auto it = j.find(name);
    if (it == j.end()) return require(m.kind == Member::Kind::absent, "an absent member is absent");
    if (it->is_null()) return require(m.kind == Member::Kind::null, "a null member is null");
    if (!it->is_string()) return require(m.kind == Member::Kind::other, "a member of another type is other");
    require(m.kind == Member::Kind::string, "a string member is a string");
    std::string scratch;
    require(precis::jsonl::string_value(m, scratch) == it->get_ref<const std::string&>(), "a string decodes the same");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
    const std::string line(reinterpret_cast<const char*>(data), size);
    precis::jsonl::Record r;
    const precis::jsonl::LineKind kind = precis::jsonl::read_record(line, r);
    const nlohmann::json j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded()) return require(kind == precis::jsonl::LineKind::invalid, "what nlohmann refuses is refused"), 0;
    require(kind != precis::jsonl::LineKind::invalid, "what nlohmann reads is read");
    if (!j.is_object()) return require(kind == precis::jsonl::LineKind::not_object, "a value that is no object"), 0;
    require(kind == precis::jsonl::LineKind::object, "an object");
    same_member(j, "title", r.title);
    same_member(j, "lang", r.lang);
    same_member(j, "text", r.text);
    same_member(j, "html", r.html);
    auto id = j.find("id");
    require((id == j.end()) == (r.id.kind == Member::Kind::absent), "an id when nlohmann has one");
    if (id != j.end()) require(nlohmann::json::parse(r.id.json).dump() == id->dump(), "the same id");
    return 0;
}
