// Language detection: script first, then function words.
#include "input/language.hpp"

#include <doctest/doctest.h>

using namespace precis::detail;

TEST_CASE("each supported language is recognised from a sentence or two") {
    CHECK(detect_language("The minister said that the talks would resume on Monday, and that both sides were ready.") == Lang::en);
    CHECK(detect_language("Министр заявил, что переговоры возобновятся в понедельник и что стороны готовы.") == Lang::ru);
    CHECK(detect_language("Der Minister sagte, dass die Gespräche am Montag wieder aufgenommen werden und beide Seiten bereit sind.") == Lang::de);
    CHECK(detect_language("Le ministre a déclaré que les négociations reprendraient lundi et que les deux parties étaient prêtes.") == Lang::fr);
    CHECK(detect_language("El ministro dijo que las negociaciones se reanudarán el lunes y que las dos partes están listas.") == Lang::es);
    CHECK(detect_language("Il ministro ha detto che i negoziati riprenderanno lunedì e che le due parti sono pronte.") == Lang::it);
    CHECK(detect_language("O ministro disse que as negociações serão retomadas na segunda-feira e que as duas partes estão prontas.") == Lang::pt);
}

TEST_CASE("Cyrillic text is Russian even with Latin names in it") {
    CHECK(detect_language("Компания Apple и Google представили новые продукты на выставке CES.") == Lang::ru);
}

TEST_CASE("text that decides nothing is English") {
    CHECK(detect_language("12345 67890") == Lang::en);
    CHECK(detect_language("😀 🎉") == Lang::en);
}

TEST_CASE("letters run together with digits are no function word") {
    // The "e" of 1e5, the "E" of a postcode: not Italian, Portuguese or Spanish "e".
    CHECK(detect_language("1e5 and 2e6.") == Lang::en);
    CHECK(detect_language("1e999") == Lang::en);
    CHECK(detect_language("Waheed Zaman, 22, London E17") == Lang::en);
}
