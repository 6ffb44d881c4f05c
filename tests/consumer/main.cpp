// Summarizes a short article through the C++ and the C API; exit 0 when both work.
#include <precis/precis.h>
#include <precis/precis.hpp>
#include <precis/version.h>

#include <cstring>
#include <iostream>

int main() {
    const char* text = "Bridge approved\n\nThe council approved the bridge on Tuesday. It will cost 48 million pounds. "
                       "Work starts in March. Opponents wanted schools instead.";
    precis::Result r = precis::Summarizer().summarize(text);
    precis_summarizer* s = precis_summarizer_new("{\"sentences\": 2}");
    char* json = s ? precis_summarize(s, text, std::strlen(text), nullptr) : nullptr;
    bool ok = std::strcmp(precis_version(), PRECIS_VERSION_STRING) == 0 && PRECIS_VERSION_NUMBER > 0 &&
              r.sentences.size() == 3 && r.title == "Bridge approved" && json && std::strstr(json, "\"precis/1\"");
    std::cout << "precis " << precis::version() << ": " << r.sentences.size() << " sentences; C ABI "
              << (json ? "ok" : precis_last_error()) << "\n";
    precis_string_free(json);
    precis_summarizer_free(s);
    return ok ? 0 : 1;
}
