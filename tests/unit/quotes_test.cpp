// Stage 3b, quotes: quotation marks of every style, and who said what.
#include "helpers.hpp"

#include <doctest/doctest.h>

using precis::test::Analysed;
using namespace precis::detail;

namespace {
std::string quote_text(const Analysed& a, std::size_t i) { return std::string(a.doc.view(a.doc.quotes.at(i).span)); }
std::string speaker(const Analysed& a, std::size_t i) {
    const auto& q = a.doc.quotes.at(i);
    return q.speaker ? a.doc.entities[*q.speaker].name : "(none)";
}
std::string role(const Analysed& a, std::size_t i) {
    const auto& q = a.doc.quotes.at(i);
    return q.role.empty() ? "(none)" : std::string(a.doc.view(q.role));
}
}  // namespace

TEST_CASE("every quotation mark style") {
    Analysed en("Tom Hanks said “we are ready now”. Tom Hanks said \"we are ready now\". "
                "Tom Hanks said ‘we are ready now’. Tom Hanks said that it’s fine.");
    REQUIRE(en.doc.quotes.size() == 3);  // the apostrophe in "it’s" opens nothing
    for (std::size_t i = 0; i < 3; ++i) CHECK(quote_text(en, i) == "we are ready now");

    Analysed ru("Дмитрий Песков заявил: «Мы готовы к диалогу». Потом он ушёл.", Lang::ru);
    REQUIRE(ru.doc.quotes.size() == 1);
    CHECK(quote_text(ru, 0) == "Мы готовы к диалогу");

    Analysed de("Olaf Scholz sagte: „Wir sind bereit“. Dann ging er.", Lang::de);
    REQUIRE(de.doc.quotes.size() == 1);
    CHECK(quote_text(de, 0) == "Wir sind bereit");
}

TEST_CASE("the ASCII ' is a quotation mark and an apostrophe") {
    SUBCASE("British news quotes with it; apostrophes open nothing") {
        Analysed a("Naoki Ogane said: 'It is true that Chelsea sent us an offer, and it isn't small.' "
                   "The players' wives were told in the '90s.");
        REQUIRE(a.doc.quotes.size() == 1);
        CHECK(quote_text(a, 0) == "It is true that Chelsea sent us an offer, and it isn't small.");
        CHECK(speaker(a, 0) == "Naoki Ogane");
    }
    SUBCASE("a quotation over paragraphs run together reopens at each") {
        // The Daily Mail's text without its paragraphs: each one's opening mark is where
        // the quotation before it ended.
        Analysed a("Naoki Ogane said: 'It is true that Chelsea sent us an offer. 'It is a formal offer "
                   "with conditions. They want him in the summer.' Muto, who is 22, has not decided.");
        REQUIRE(a.doc.quotes.size() == 2);
        CHECK(quote_text(a, 0) == "It is true that Chelsea sent us an offer.");
        CHECK(quote_text(a, 1) == "It is a formal offer with conditions. They want him in the summer.");
        CHECK(speaker(a, 1) == "Naoki Ogane");
    }
    SUBCASE("marks set off by spaces, as tokenized text has them") {
        Analysed a("Yoshinori Muto said: ' I have not decided yet at all. It is an honour for me. ' He smiled.");
        REQUIRE(a.doc.quotes.size() == 1);
        CHECK(quote_text(a, 0) == "I have not decided yet at all. It is an honour for me.");
        CHECK(speaker(a, 0) == "Yoshinori Muto");
    }
    SUBCASE("an opening ' that never closes is no quotation") {
        Analysed a("Rock 'n' roll was born in the '50s and never left us.\n\n'Tis the season.");
        CHECK(a.doc.quotes.empty());
    }
}

TEST_CASE("nested quotations give the outer one") {
    Analysed a("Anna Berg said: «He told me „never again“ and left». Nothing else.");
    REQUIRE(a.doc.quotes.size() == 1);
    CHECK(quote_text(a, 0) == "He told me „never again“ and left");
}

TEST_CASE("attribution after the quote") {
    SUBCASE("name then verb") {
        Analysed a("Maria Lopez arrived. “We came in good faith,” Lopez said.");
        CHECK(speaker(a, 0) == "Maria Lopez");
    }
    SUBCASE("verb then name, after a role") {
        Analysed a("“This is a great day,” said council leader Dr. Amelia Hart.");
        CHECK(speaker(a, 0) == "Amelia Hart");
    }
    SUBCASE("the dash form, and a description that names nobody") {
        Analysed a("“We can not go on as usual”, — the interlocutor told The Times.");
        CHECK(speaker(a, 0) == "(none)");
        Analysed ru("«Работа идёт в штатном режиме», — заявил Юрий Ушаков.", Lang::ru);
        CHECK(speaker(ru, 0) == "Юрий Ушаков");
    }
    SUBCASE("a pronoun is the last person named") {
        Analysed a("Tom Becker spoke to workers. “Nobody wants that outcome,” he said.");
        CHECK(speaker(a, 0) == "Tom Becker");
    }
}

TEST_CASE("attribution before the quote") {
    Analysed a("Dmitry Peskov spoke. Peskov also said that “the British side confirmed its readiness”.");
    CHECK(speaker(a, 0) == "Dmitry Peskov");
}

TEST_CASE("according to X") {
    Analysed a("Dmitry Peskov briefed reporters. According to him, the leader sent “a very clear signal”. "
               "According to Peskov, the talks were “good and open”.");
    CHECK(speaker(a, 0) == "Dmitry Peskov");
    CHECK(speaker(a, 1) == "Dmitry Peskov");
    Analysed ru("По словам Дмитрия Пескова, разговор был «конструктивным и открытым».", Lang::ru);
    CHECK(speaker(ru, 0) == "Дмитрий Песков");  // named in the nominative
}

TEST_CASE("a quote going on in the next sentence keeps its speaker") {
    Analysed a("“This matters,” said Amelia Hart. “It joins two halves of our city.”");
    REQUIRE(a.doc.quotes.size() == 2);
    CHECK(speaker(a, 1) == "Amelia Hart");
}

TEST_CASE("a quotation mark that never closes ends at its paragraph") {
    Analysed a("He described the meeting as “formal and explicit.\n\nAt the meeting, May urged Putin to act. "
               "She said “good things”.");
    REQUIRE(a.doc.quotes.size() == 2);
    CHECK(quote_text(a, 0) == "formal and explicit.");
    CHECK(speaker(a, 0) == "(none)");  // the next paragraph's "urged" is not its attribution
    CHECK(quote_text(a, 1) == "good things");
}

TEST_CASE("one-word scare quotes are not quotations") {
    Analysed a("The so-called “experts” disagreed.");
    CHECK(a.doc.quotes.empty());
}

TEST_CASE("a role as the speaker, and the person who holds it") {
    SUBCASE("after the quote, resolved to the named holder") {
        Analysed a("Putin met the Prime Minister of Britain Theresa May. “The threat remains real,” said the head "
                   "of the British government.");
        REQUIRE(a.doc.quotes.size() == 1);
        CHECK(role(a, 0) == "the head of the British government");
        CHECK(speaker(a, 0) == "Theresa May");
    }
    SUBCASE("a role nobody in the article holds") {
        Analysed a("Putin spoke. “We are ready to talk,” said a representative of the Cabinet.");
        REQUIRE(a.doc.quotes.size() == 1);
        CHECK(role(a, 0) == "a representative of the Cabinet");
        CHECK(speaker(a, 0) == "(none)");
    }
    SUBCASE("Russian, before the quote and after it") {
        Analysed a("Путин встретился с премьер-министром Великобритании Терезой Мэй. «Угроза остаётся реальной», — "
                   "заявила глава британского правительства. Представитель Кабмина сказал: «Мы готовы к диалогу».",
                   Lang::ru);
        REQUIRE(a.doc.quotes.size() == 2);
        CHECK(role(a, 0) == "глава британского правительства");
        CHECK(speaker(a, 0) == "Тереза Мэй");
        CHECK(role(a, 1) == "Представитель Кабмина");
        CHECK(speaker(a, 1) == "Кабмин");  // no person holds it: the body it speaks for speaks
    }
}

TEST_CASE("a pronoun is the last person named of its gender") {
    Analysed en("Angela Merkel met Vladimir Putin. “We will talk again,” she said.");
    CHECK(speaker(en, 0) == "Angela Merkel");
    Analysed ru("Мария Захарова встретилась с Сергеем Лавровым. «Мы готовы», — сказала она.", Lang::ru);
    CHECK(speaker(ru, 0) == "Мария Захарова");
}

TEST_CASE("a quoted name is no quotation") {
    Analysed a("Участники движения «Левый фронт» вышли на улицы. «Мы не уйдём», — сказал Сергей Удальцов.", Lang::ru);
    REQUIRE(a.doc.quotes.size() == 1);
    CHECK(quote_text(a, 0) == "Мы не уйдём");
}
