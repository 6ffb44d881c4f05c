// Stage 3a, entities: names, their shorter forms, types, mentions and salience.
#include "helpers.hpp"

#include <doctest/doctest.h>

#include <algorithm>

using precis::test::Analysed;
using namespace precis::detail;

namespace {
bool has_alias(const EntityInfo* e, const std::string& alias) {
    return e && std::find(e->aliases.begin(), e->aliases.end(), alias) != e->aliases.end();
}
}  // namespace

TEST_CASE("a later surname joins the full name") {
    Analysed a("President Vladimir Putin met Dmitry Peskov on Monday. Putin later spoke to reporters. "
               "Peskov said the talks went well. Putin left.");
    const EntityInfo* putin = a.entity("Vladimir Putin");
    REQUIRE(putin);
    CHECK(has_alias(putin, "Putin"));
    CHECK(putin->mentions == 3);
    CHECK(putin->person);
    const EntityInfo* peskov = a.entity("Dmitry Peskov");
    REQUIRE(peskov);
    CHECK(has_alias(peskov, "Peskov"));
    CHECK(peskov->mentions == 2);
    CHECK_FALSE(a.entity("President Vladimir Putin"));  // titles are not part of the name
}

TEST_CASE("names with particles") {
    Analysed a("Syria's leader Bashar al-Assad met Ursula von der Leyen in Brussels. Ludwig van Beethoven was played.");
    CHECK(a.entity("Bashar al-Assad"));
    CHECK(a.entity("Ursula von der Leyen"));
    CHECK(a.entity("Ludwig van Beethoven"));
    CHECK(a.entity("Brussels"));
}

TEST_CASE("acronyms and alphanumeric names") {
    Analysed a("Leaders of the G20 met in Osaka. The EU and the UK signed a deal. NATO was not invited.");
    CHECK(a.entity("G20"));
    CHECK(a.entity("EU"));
    CHECK(a.entity("UK"));
    CHECK(a.entity("NATO"));
}

TEST_CASE("a capital at a sentence start is not a name unless the word is one elsewhere") {
    Analysed a("Informed sources said the deal was close. Talks went on. Officials expect a result. "
               "Berlin agreed. The minister met officials in Berlin.");
    CHECK_FALSE(a.entity("Informed"));
    CHECK_FALSE(a.entity("Talks"));
    CHECK_FALSE(a.entity("Officials"));
    REQUIRE(a.entity("Berlin"));
    CHECK(a.entity("Berlin")->mentions == 2);
}

TEST_CASE("a run of two names is split when its first word is a name of its own") {
    Analysed a("The President of Russia Vladimir Putin arrived. Russia is large. Putin spoke.");
    CHECK(a.entity("Vladimir Putin"));
    CHECK(a.entity("Russia"));
    CHECK_FALSE(a.entity("Russia Vladimir Putin"));
}

TEST_CASE("names in Cyrillic, with case endings") {
    Analysed a("Пресс-секретарь Дмитрий Песков сообщил, что встреча Владимира Путина состоится. "
               "По словам Пескова, Путину предстоит визит. В. В. Путин согласился.",
               Lang::ru);
    const EntityInfo* peskov = a.entity("Дмитрий Песков");
    REQUIRE(peskov);
    CHECK(peskov->mentions == 2);
    const EntityInfo* putin = a.entity("Владимир Путин");  // the nominative, though the text has none
    REQUIRE(putin);
    CHECK(putin->mentions == 3);
    CHECK(name_key(Lang::ru, "Путина") == name_key(Lang::ru, "Путин"));
    CHECK(name_key(Lang::ru, "Пескову") == name_key(Lang::ru, "Песков"));
}

TEST_CASE("salience: frequent, early and headline names rank first") {
    Analysed a("Merkel in Paris\n\nAngela Merkel arrived in Paris. Merkel met Macron. "
               "Later a spokesman for Oxfam commented. Merkel left Paris.");
    const EntityInfo* merkel = a.entity("Angela Merkel");
    const EntityInfo* oxfam = a.entity("Oxfam");
    REQUIRE(merkel);
    REQUIRE(oxfam);
    CHECK(merkel->salience == doctest::Approx(1.0));
    CHECK(oxfam->salience < merkel->salience);
    auto order = entity_order(a.doc);
    REQUIRE_FALSE(order.empty());
    CHECK(a.doc.entities[order[0]].name == "Angela Merkel");
}

TEST_CASE("months, weekdays and shouted sentences are not names") {
    Analysed a("The vote is on Monday in March. STORM FORCES CLOSURE OF THE PASS AGAIN.");
    CHECK_FALSE(a.entity("Monday"));
    CHECK_FALSE(a.entity("March"));
    CHECK_FALSE(a.entity("STORM FORCES CLOSURE OF THE PASS AGAIN"));
    CHECK(a.doc.entities.empty());
}

TEST_CASE("types from the word lists and the words around a name") {
    Analysed a("President Vladimir Putin met Angela Merkel in Berlin. The Ministry of Defence and "
               "Gazprom Inc agreed. Officials in Lockerbie, Scotland, said the Volga River rose. "
               "British officials and Russian diplomats met at NATO.");
    auto type_of = [&](std::string_view name) {
        const EntityInfo* e = a.entity(name);
        REQUIRE_MESSAGE(e, name);
        return e->type;
    };
    CHECK(type_of("Vladimir Putin") == EntityType::person);
    CHECK(a.entity("Vladimir Putin")->person);
    CHECK(type_of("Angela Merkel") == EntityType::person);
    CHECK(a.entity("Angela Merkel")->gender == Gender::female);
    CHECK(type_of("Berlin") == EntityType::place);
    CHECK(type_of("Ministry of Defence") == EntityType::organization);
    CHECK(type_of("Gazprom Inc") == EntityType::organization);
    CHECK(type_of("Lockerbie") == EntityType::place);  // "X, Scotland"
    CHECK(type_of("Volga River") == EntityType::place);
    CHECK(type_of("NATO") == EntityType::organization);
    CHECK(type_of("British") == EntityType::other);
    CHECK(type_of("Russian") == EntityType::other);
}

TEST_CASE("nationalities are other, rank low and join no name") {
    // A name alone in an earlier sentence splits it from the nationality before it.
    Analysed a("Delegates reached Hangzhou. The Chinese Hangzhou summit opened in Hangzhou. The British side and "
               "the British Cabinet met Putin. Putin left.");
    const EntityInfo* chinese = a.entity("Chinese");
    const EntityInfo* hangzhou = a.entity("Hangzhou");
    REQUIRE(chinese);
    REQUIRE(hangzhou);
    CHECK(hangzhou->type == EntityType::place);
    CHECK(hangzhou->mentions == 3);
    CHECK_FALSE(a.entity("Chinese Hangzhou"));
    CHECK_FALSE(a.entity("British Cabinet"));
    const EntityInfo* british = a.entity("British");
    REQUIRE(british);
    CHECK(british->type == EntityType::other);
    CHECK(british->salience < a.entity("Putin")->salience);  // two mentions of each, British first
}

TEST_CASE("a place before a person is two names") {
    Analysed en("The President of Russia Vladimir Putin met the Prime Minister of Britain Theresa May.");
    CHECK(en.entity("Vladimir Putin"));
    CHECK(en.entity("Theresa May"));
    CHECK(en.entity("Russia"));
    CHECK(en.entity("Britain"));
    Analysed ru("Президент России Владимир Путин встретился с премьер-министром Великобритании Терезой Мэй. "
                "Глава РФ Дмитрий Медведев напомнил об этом.",
                Lang::ru);
    const EntityInfo* may = ru.entity("Тереза Мэй");
    REQUIRE(may);
    CHECK(may->type == EntityType::person);
    REQUIRE(ru.entity("Великобритания"));
    CHECK(ru.entity("Великобритания")->type == EntityType::place);
    CHECK(ru.entity("Россия"));
    CHECK(ru.entity("Владимир Путин"));
    CHECK(ru.entity("Дмитрий Медведев"));
    CHECK(ru.entity("РФ"));
}

TEST_CASE("a sentence's first word that is a name nowhere else is not part of one") {
    Analysed ru("Ранее Владимира Путина критиковали. Владимир Путин ответил. Путин уехал.", Lang::ru);
    const EntityInfo* putin = ru.entity("Владимир Путин");
    REQUIRE(putin);
    CHECK(putin->mentions == 3);
    CHECK(ru.doc.entities.size() == 1);
    Analysed en("Today Putin arrived in Paris. However Merkel stayed. Putin met Macron in Paris.");
    CHECK(en.entity("Putin"));
    CHECK(en.entity("Merkel"));
    CHECK_FALSE(en.entity("Today Putin"));
    CHECK_FALSE(en.entity("However Merkel"));
}

TEST_CASE("Russian names merge across cases, named in the nominative") {
    Analysed a("Тереза Мэй прилетела в Москву. С Терезой Мэй под Москвой встретился Путин. Путина "
               "спросили о Терезе Мэй. Путиным довольны. Москва ждёт.",
               Lang::ru);
    const EntityInfo* may = a.entity("Тереза Мэй");
    REQUIRE(may);
    CHECK(may->mentions == 3);
    CHECK(may->gender == Gender::female);
    const EntityInfo* putin = a.entity("Путин");
    REQUIRE(putin);
    CHECK(putin->mentions == 3);
    const EntityInfo* moscow = a.entity("Москва");
    REQUIRE(moscow);
    CHECK(moscow->mentions == 3);
    CHECK(moscow->type == EntityType::place);
    // Listed names of other paradigms share a key but are no case form: "Дело" is not "Дели".
    Analysed b("Дело рассмотрят в Дели. Дело закрыто.", Lang::ru);
    REQUIRE(b.entity("Дели"));
    CHECK(b.entity("Дели")->mentions == 1);
    // A surname the text writes only in an oblique case: its declension gives the nominative.
    Analysed c("Журналисты спросили Дмитрия Пескова. Пескову ответить было нечего.", Lang::ru);
    CHECK(c.entity("Дмитрий Песков"));
    Analysed d("Журналисты встретили Марию Захарову. Захаровой было что сказать.", Lang::ru);
    CHECK(d.entity("Мария Захарова"));
}

TEST_CASE("English possessives and initialisms") {
    Analysed a("Putin's plane landed. Vladimir Putin spoke. Venezuela's Ramon Guzman won. U.S. troops left.");
    const EntityInfo* putin = a.entity("Vladimir Putin");
    REQUIRE(putin);
    CHECK(putin->mentions == 2);
    CHECK(a.entity("Venezuela"));
    CHECK(a.entity("Ramon Guzman"));
    REQUIRE(a.entity("U.S."));  // with its last period
    CHECK(a.entity("U.S.")->type == EntityType::place);
}

TEST_CASE("Russian names made of ordinary words") {
    Analysed a("Территория Османской империи была огромной. Об этом сообщает Комитет защиты журналистов (КЗЖ). "
               "Правительство Китая объявило, что движение «Левый фронт» запрещено. КЗЖ протестует.",
               Lang::ru);
    const EntityInfo* empire = a.entity("Османская империя");
    REQUIRE(empire);
    CHECK(empire->type == EntityType::place);
    const EntityInfo* cpj = a.entity("Комитет защиты журналистов");
    REQUIRE(cpj);
    CHECK(cpj->type == EntityType::organization);
    CHECK(cpj->mentions == 3);  // the long form and the acronym twice
    const EntityInfo* government = a.entity("Правительство Китая");
    REQUIRE(government);
    CHECK(government->type == EntityType::organization);
    REQUIRE(a.entity("Китай"));  // the place inside the phrase is a name of its own
    CHECK(a.entity("Китай")->type == EntityType::place);
    const EntityInfo* front = a.entity("Левый фронт");
    REQUIRE(front);
    CHECK(front->type == EntityType::organization);
}

TEST_CASE("two forms of one person who hold the same office are one") {
    Analysed a("At the meeting with the Prime Minister of Britain Teresa, Putin smiled. In July Mei took office as "
               "Prime Minister of Britain. Later Mei said little.");
    const EntityInfo* mei = a.entity("Mei");
    REQUIRE(mei);
    CHECK(mei->mentions == 3);
    CHECK(has_alias(mei, "Teresa"));
    CHECK_FALSE(a.entity("Teresa"));
}

TEST_CASE("a surname after \"имени\" is a man's genitive") {
    Analysed a("Встреча пройдёт в здании библиотеки им. Б. Н. Ельцина. Там же выступит Анна Петрова.", Lang::ru);
    CHECK(a.entity("Б. Н. Ельцин"));
    CHECK_FALSE(a.entity("Б. Н. Ельцина"));
    CHECK(a.entity("Анна Петрова"));
}
