// Language detection: script first, then function words.
#include "input/language.hpp"

#include <doctest/doctest.h>

#include <string>

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

TEST_CASE("a page's declared language stands unless its text is clearly another") {
    const std::string german =
        "Ich war am Wochenende auf einer Hochzeit im Wendland. Die Feier fand in einer alten Scheune statt, "
        "und es war ein schöner Tag mit der ganzen Familie. Wir haben bis in die Nacht getanzt, und am "
        "Sonntag sind wir mit dem Zug nach Berlin zurückgefahren.";
    // A template's lang="en" on a German article.
    CHECK(confirm_language(german, Lang::en) == Lang::de);
    CHECK(confirm_language(german, Lang::de) == Lang::de);
    // A German article quoting one English sentence stays German.
    CHECK(confirm_language("Der Minister sagte: \"We will do it.\" Dann ging er nach Hause.", Lang::de) == Lang::de);
    // Too little text to overrule the page, and letters that are words of several languages.
    CHECK(confirm_language("Klasse A, Gruppe A, e.V. a o e a", Lang::de) == Lang::de);
    // Another script is clear at once.
    CHECK(confirm_language("Президент провёл встречу в Кремле.", Lang::en) == Lang::ru);
}
