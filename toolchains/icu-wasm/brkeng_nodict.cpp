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

#include "unicode/utext.h"

#include "brkeng.h"
#include "uvector.h"

U_NAMESPACE_BEGIN

LanguageBreakEngine::LanguageBreakEngine() {}
LanguageBreakEngine::~LanguageBreakEngine() {}
LanguageBreakFactory::LanguageBreakFactory() {}
LanguageBreakFactory::~LanguageBreakFactory() {}

UnhandledEngine::UnhandledEngine(UErrorCode& /*status*/) : fHandled(nullptr) {}

UnhandledEngine::~UnhandledEngine() {}  // fHandled stays null: see handles()

// ICU's UnhandledEngine remembers the characters it was handed (their whole script, in a
// UnicodeSet) and, asked for breaks, skips the run of them, reporting none. Reporting none
// is all that reaches a result: the dictionary range the rules found stays whole whatever
// is skipped, and the iterator's next look at the range starts where the engine stopped.
// So this one handles every character it is asked about (it is only asked about dictionary
// characters, and is the only engine), skips to the end of the range at once, and needs no
// set: ICU's links the UnicodeSet code (about 4 KB of the module's brotli) for nothing else.
UBool UnhandledEngine::handles(UChar32 /*c*/) const { return true; }

int32_t UnhandledEngine::findBreaks(UText* text, int32_t /*startPos*/, int32_t endPos, UVector32& /*foundBreaks*/,
                                    UBool /*isPhraseBreaking*/, UErrorCode& status) const {
    if (U_FAILURE(status)) return 0;
    utext_setNativeIndex(text, endPos);
    return 0;
}

void UnhandledEngine::handleCharacter(UChar32 /*c*/) {}

ICULanguageBreakFactory::ICULanguageBreakFactory(UErrorCode& /*status*/) { fEngines = nullptr; }

ICULanguageBreakFactory::~ICULanguageBreakFactory() { delete fEngines; }

// No dictionaries, so no dictionary engines.
const LanguageBreakEngine* ICULanguageBreakFactory::getEngineFor(UChar32 /*c*/) { return nullptr; }
const LanguageBreakEngine* ICULanguageBreakFactory::loadEngineFor(UChar32 /*c*/) { return nullptr; }
DictionaryMatcher* ICULanguageBreakFactory::loadDictionaryMatcherFor(UScriptCode /*script*/) { return nullptr; }

U_NAMESPACE_END

#endif  // !UCONFIG_NO_BREAK_ITERATION
