// The WebAssembly build's replacement for ICU's common/brkeng.cpp: the same classes
// (declared in ICU's brkeng.h), without the dictionary-based engines.
//
// Why: precis's ICU data carries no dictionaries (they are megabytes), so ICU's own
// factory never finds an engine and every dictionary range (Chinese, Japanese, Thai...)
// ends up with UnhandledEngine, which puts no break inside it. Leaving the engine code
// out gives the same segmentation and drops what it links in: UnicodeSet pattern
// parsing, Unicode property names and the normalizer (see the size table in README).
// precis then treats such a run as one word in both builds (src/segment/icu.cpp).
#include "unicode/utypes.h"

#if !UCONFIG_NO_BREAK_ITERATION

#include "unicode/uniset.h"
#include "unicode/utext.h"

#include "brkeng.h"
#include "uvector.h"

U_NAMESPACE_BEGIN

LanguageBreakEngine::LanguageBreakEngine() {}
LanguageBreakEngine::~LanguageBreakEngine() {}
LanguageBreakFactory::LanguageBreakFactory() {}
LanguageBreakFactory::~LanguageBreakFactory() {}

UnhandledEngine::UnhandledEngine(UErrorCode& /*status*/) : fHandled(nullptr) {}

UnhandledEngine::~UnhandledEngine() {
    delete fHandled;
    fHandled = nullptr;
}

UBool UnhandledEngine::handles(UChar32 c) const { return fHandled && fHandled->contains(c); }

// As ICU's: skip the run of handled characters, with no break inside it.
int32_t UnhandledEngine::findBreaks(UText* text, int32_t /*startPos*/, int32_t endPos, UVector32& /*foundBreaks*/,
                                    UBool /*isPhraseBreaking*/, UErrorCode& status) const {
    if (U_FAILURE(status)) return 0;
    UChar32 c = utext_current32(text);
    while (static_cast<int32_t>(utext_getNativeIndex(text)) < endPos && fHandled->contains(c)) {
        utext_next32(text);
        c = utext_current32(text);
    }
    return 0;
}

// ICU adds the character's whole script (UnicodeSet::applyIntPropertyValue), which links
// the property-inclusion machinery and ICU's script tables (94 KB). What the set holds
// cannot change a result: the engine never reports a break, so the dictionary range the
// rules found stays whole whatever it skips; the set only has to hold `c` so that
// findBreaks() moves past it. So: `c`'s 256-code-point block, which covers a run of
// Chinese or Thai in a few steps and keeps the set to a few ranges.
void UnhandledEngine::handleCharacter(UChar32 c) {
    if (fHandled == nullptr) {
        fHandled = new UnicodeSet();
        if (fHandled == nullptr) return;
    }
    if (!fHandled->contains(c)) fHandled->add(c & ~0xFF, c | 0xFF);
}

ICULanguageBreakFactory::ICULanguageBreakFactory(UErrorCode& /*status*/) { fEngines = nullptr; }

ICULanguageBreakFactory::~ICULanguageBreakFactory() { delete fEngines; }

// No dictionaries, so no dictionary engines.
const LanguageBreakEngine* ICULanguageBreakFactory::getEngineFor(UChar32 /*c*/) { return nullptr; }
const LanguageBreakEngine* ICULanguageBreakFactory::loadEngineFor(UChar32 /*c*/) { return nullptr; }
DictionaryMatcher* ICULanguageBreakFactory::loadDictionaryMatcherFor(UScriptCode /*script*/) { return nullptr; }

U_NAMESPACE_END

#endif  // !UCONFIG_NO_BREAK_ITERATION
