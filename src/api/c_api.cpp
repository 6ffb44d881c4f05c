// The C ABI: the only place with catch-all handlers; nothing is thrown past it.
#include <precis/precis.h>
#include <precis/precis.hpp>

#include "api/article.hpp"
#include "api/options_json.hpp"
#include "api/pipeline.hpp"
#include "render/json_writer.hpp"

#include <cstdlib>
#include <malloc.h>
#include <cstring>
#include <new>
#include <optional>
#include <string>

struct precis_summarizer {
    precis::Options options;
};

namespace {

thread_local std::string last_error;
// Short enough for the string's own buffer: setting it allocates nothing.
constexpr const char* kOutOfMemory = "out of memory";

void set_error(std::string message) { last_error = std::move(message); }

char* copy_out(const std::string& s) {
    char* out = static_cast<char*>(std::malloc(s.size() + 1));
    if (!out) return nullptr;
    std::memcpy(out, s.data(), s.size() + 1);
    return out;
}

// Runs `body` with the errors every entry point turns into NULL and precis_last_error().
template <class F>
char* guarded(F&& body) {
    try {
        std::string out;
        if (auto problem = body(out)) {
            set_error(*problem);
            return nullptr;
        }
        char* copy = copy_out(out);
        set_error(copy ? "" : kOutOfMemory);
        return copy;
    } catch (const std::bad_alloc&) {
        set_error(kOutOfMemory);
    } catch (const std::exception& e) {
        set_error(e.what());
    } catch (...) {
        set_error("unknown error");
    }
    return nullptr;
}

std::optional<std::string> call_options(const precis_summarizer* s, const char* json, precis::Options& out) {
    if (!s) return std::string("summarizer: NULL (create one with precis_summarizer_new)");
    out = s->options;
    if (json) return precis::detail::apply_options_json(json, out);
    return std::nullopt;
}

}  // namespace

extern "C" {

precis_summarizer* precis_summarizer_new(const char* options_json) {
    try {
        precis::Options options;
        if (options_json) {
            if (auto problem = precis::detail::apply_options_json(options_json, options)) {
                set_error(*problem);
                return nullptr;
            }
        }
        set_error("");
        return new precis_summarizer{std::move(options)};
    } catch (const std::exception& e) {
        set_error(e.what());
    } catch (...) {
        set_error("unknown error");
    }
    return nullptr;
}

void precis_summarizer_free(precis_summarizer* s) { delete s; }

char* precis_summarize(const precis_summarizer* s, const char* text, size_t length, const char* call_options_json) {
    return guarded([&](std::string& out) -> std::optional<std::string> {
        precis::Options options;
        if (auto problem = call_options(s, call_options_json, options)) return problem;
        if (!text && length > 0) return std::string("text: NULL with a non-zero length");
        precis::Result result;
        if (auto problem = precis::detail::run_pipeline(std::string_view(text ? text : "", length), options, result))
            return problem;
        out = precis::to_json(result);
        return std::nullopt;
    });
}

char* precis_extract_page(const char* page, size_t length) {
    return guarded([&](std::string& out) -> std::optional<std::string> {
        if (!page && length > 0) return std::string("page: NULL with a non-zero length");
        precis::Article article;
        if (auto problem = precis::detail::extract_page_wire(std::string_view(page ? page : "", length), article))
            return problem;
        out = precis::to_json(article);
        return std::nullopt;
    });
}

char* precis_summarize_page(const precis_summarizer* s, const char* page, size_t length, const char* call_options_json) {
    return guarded([&](std::string& out) -> std::optional<std::string> {
        precis::Options options;
        if (auto problem = call_options(s, call_options_json, options)) return problem;
        if (!page && length > 0) return std::string("page: NULL with a non-zero length");
        precis::Article article;
        if (auto problem = precis::detail::extract_page_wire(std::string_view(page ? page : "", length), article))
            return problem;
        precis::Result result;
        if (auto problem = precis::detail::summarize_article(article, options, result)) return problem;
        out = precis::detail::page_to_json(article, result);
        return std::nullopt;
    });
}

char* precis_string_alloc(size_t size) {
    char* p = static_cast<char*>(std::malloc(size ? size : 1));
    set_error(p ? "" : kOutOfMemory);
    return p;
}

void precis_string_free(char* string) { std::free(string); }

const char* precis_last_error(void) { return last_error.c_str(); }

size_t precis_heap_used(void) {
#if defined(__GLIBC__) && !defined(__SANITIZE_ADDRESS__)
#if __GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 33)
    return mallinfo2().uordblks;  // mallinfo()'s int fields wrap past 2 GB, and it is deprecated
#else
    return static_cast<size_t>(mallinfo().uordblks);
#endif
#elif defined(__EMSCRIPTEN__)
    return static_cast<size_t>(mallinfo().uordblks);
#else
    return 0;
#endif
}

char* precis_options(void) {
    return guarded([](std::string& out) -> std::optional<std::string> {
        out = precis::options_to_json();
        return std::nullopt;
    });
}

const char* precis_version(void) { return PRECIS_VERSION_STRING; }

}  // extern "C"
