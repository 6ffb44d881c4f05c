/* ICU trims for the WebAssembly build (ICU reads this file when UCONFIG_USE_LOCAL is
 * defined). precis uses break iterators and character properties only; each switch
 * removes code it never calls. Sizes saved are in the README. */
#ifndef PRECIS_UCONFIG_LOCAL_H
#define PRECIS_UCONFIG_LOCAL_H

/* Text comes in as UTF-8 and goes through UText: no charset converters. */
#define UCONFIG_NO_CONVERSION 1
/* BreakIterator::createXInstance is called directly; no registration service. */
#define UCONFIG_NO_SERVICE 1
/* No internationalised domain names. */
#define UCONFIG_NO_IDNA 1
/* The data is linked into the module: no file loading. */
#define UCONFIG_NO_FILE_IO 1
/* Not compiled at all (i18n is left out), stated so the headers agree. */
#define UCONFIG_NO_COLLATION 1
#define UCONFIG_NO_FORMATTING 1
#define UCONFIG_NO_TRANSLITERATION 1
#define UCONFIG_NO_REGULAR_EXPRESSIONS 1

#endif
