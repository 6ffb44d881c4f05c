// Stage 3a, entities: names, their shorter forms, mentions and salience.
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
    const EntityInfo* putin = a.entity("Владимира Путина");
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
