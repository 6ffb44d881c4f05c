// Stage 4, score: sentences that are site furniture, by shape and by phrase, never chosen.
#include "helpers.hpp"
#include "score/boilerplate.hpp"

#include <precis/precis.hpp>

#include <doctest/doctest.h>

#include <string>

using precis::test::Analysed;
using namespace precis::detail;

namespace {

// The shape of the first sentence of `text`.
SentenceShape shape(const std::string& text, Lang lang = Lang::en) {
    Analysed a(text, lang);
    REQUIRE_MESSAGE(!a.doc.sentences.empty(), text);
    return sentence_shape(a.doc, a.doc.sentences[0]);
}

bool boilerplate(const std::string& text, Lang lang = Lang::en) { return shape(text, lang).boilerplate; }
bool unfinished(const std::string& text, Lang lang = Lang::en) { return shape(text, lang).unfinished; }

// Every sentence of `text` is boilerplate.
bool all_boilerplate(const std::string& text, Lang lang = Lang::en) {
    Analysed a(text, lang);
    for (const auto& s : a.doc.sentences)
        if (!sentence_shape(a.doc, s).boilerplate) return false;
    return !a.doc.sentences.empty();
}

}  // namespace

TEST_CASE("date and time lines") {
    CHECK(boilerplate("Posted March 4, 2024 at 9:12 AM | Last changed at 11:40 AM EST"));
    CHECK(boilerplate("Montag, 04.03.2024, 10:30 Uhr", Lang::de));
    CHECK(all_boilerplate("Montag, 4. März 2024, 10:30 Uhr", Lang::de));  // two sentences after "4."
    CHECK(boilerplate("14:05 04.03.2024", Lang::ru));
    CHECK(boilerplate("am Freitag, 08.03.2024 - 16:45 (3 Kommentare)", Lang::de));
    // Sentences that carry a date or a time are still sentences.
    CHECK_FALSE(boilerplate("In 2019, 25 people died in the floods."));
    CHECK_FALSE(boilerplate("Kick-off is at 18:30 on Saturday in the new stadium."));
    CHECK_FALSE(boilerplate("The bridge will reopen on March 4, the council said."));
}

TEST_CASE("credits and captions") {
    CHECK(boilerplate("Photo: Jane Roe/Reuters"));
    CHECK(boilerplate("(Image: GETTY)"));
    CHECK(boilerplate("Foto: dpa", Lang::de));
    CHECK(boilerplate("Market stalls in the old town, fot. Jan Kowalski"));  // "Jan Kowalski" is a fragment
    CHECK(boilerplate("Mary Smith, ASSOCIATED PRESS"));
    CHECK(boilerplate("Jane Roe/AFP"));
    CHECK(boilerplate("The old mill before the fire © Town Archive"));
    CHECK(boilerplate("The mayor (left) and her deputy at the opening of the bridge on Monday."));
    CHECK(boilerplate("Der Bürgermeister (rechts) bei der Eröffnung der Brücke am Montag.", Lang::de));
    CHECK_FALSE(boilerplate("The photo was taken by a passer-by and shared thousands of times."));
    CHECK_FALSE(boilerplate("The guards were seen with the senator at the rally on Sunday."));
}

TEST_CASE("calls to action in every language precis knows") {
    CHECK(boilerplate("Sign up for our newsletter to get breaking news alerts."));
    CHECK(boilerplate("Subscribe now and read without limits."));
    CHECK(boilerplate("Follow us on social media for the latest updates."));
    CHECK(boilerplate("Read also: the ten best walks in the valley"));
    CHECK(boilerplate("Подписывайтесь на наш канал, чтобы не пропустить новости.", Lang::ru));
    CHECK(boilerplate("Читайте также: как изменятся тарифы", Lang::ru));
    CHECK(boilerplate("Lesen Sie auch: Was der neue Haushalt bringt", Lang::de));
    CHECK(boilerplate("Melden Sie sich für unseren Newsletter an.", Lang::de));
    // The page about itself: what the article will tell, where it appeared first, what a link earns.
    CHECK(boilerplate("Was ständige Müdigkeit für Ursachen haben kann, erfährst du in diesem Artikel.", Lang::de));
    CHECK(boilerplate("Dieser Artikel ist ursprünglich am 27. Februar 2017 erschienen.", Lang::de));
    CHECK(boilerplate("Für Links auf dieser Seite erhält die Redaktion ggf. eine Provision vom Händler.", Lang::de));
    CHECK_FALSE(boilerplate("Der Händler zahlt der Stadt eine Provision von fünf Prozent.", Lang::de));
    CHECK(boilerplate("Abonnez-vous à notre newsletter pour ne rien manquer.", Lang::fr));
    CHECK(boilerplate("Lire aussi : les élections en cinq questions", Lang::fr));
    CHECK(boilerplate("Suscríbete a nuestro boletín y recibe las noticias del día.", Lang::es));
    CHECK(boilerplate("Lee también: el plan de la ciudad para el río", Lang::es));
    CHECK(boilerplate("Iscriviti alla nostra newsletter per restare aggiornato.", Lang::it));
    CHECK(boilerplate("Leggi anche: il piano del governo per le scuole", Lang::it));
    CHECK(boilerplate("Assine a nossa newsletter e receba as notícias do dia.", Lang::pt));
    CHECK(boilerplate("Leia também: o plano da cidade para o rio", Lang::pt));
    // News about subscriptions is news.
    CHECK_FALSE(boilerplate("The service now has 200 million subscribers, the company said."));
    CHECK_FALSE(boilerplate("Engineers redesigned upgrades for the old line last year."));
}

TEST_CASE("bylines, breadcrumbs and reading times") {
    CHECK(boilerplate("von Alexander Berger", Lang::de));
    CHECK(boilerplate("Par Marie Dupont", Lang::fr));
    CHECK(boilerplate("By JANE ROE and JOHN DOE"));
    CHECK(boilerplate("Home » News » Local"));
    CHECK(boilerplate("Tempo di lettura: 3 minuti", Lang::it));
    CHECK(boilerplate("4 min read"));
    CHECK_FALSE(boilerplate("Von den zwanzig Teilnehmern kamen nur zwölf ins Ziel.", Lang::de));
}

TEST_CASE("program code and its output are no key points") {
    // From a page's <pre> blocks (Readability's toc-missing and blanket pages).
    CHECK(boilerplate("SELECT avg(n) FROM unnest(array[2, 3, 5, 2, 3, 12, 5, 3, 4]) AS n; avg \u2500\u2500\u2500\u2500\u2500 4.33"));
    CHECK(boilerplate("Cow = Cow; Cow.prototype = { greets: function(target) { if (!target) return; } };"));
    CHECK(boilerplate("<script src=\"vendor/blanket.js\" data-cover-adapter=\"vendor/mocha-blanket.js\"></script>"));
    // News prose with brackets, semicolons, a sign or two stays.
    CHECK_FALSE(boilerplate("They went on to buy [ Thibaut ] Cortouis, [ Nemanja ] Matic, Cesc [ Fabregas ] and Costa."));
    CHECK_FALSE(boilerplate("Rounding out the top 10 were Incheon, South Korea; Anchorage, Alaska; Dubai; Tokyo (Narita)."));
    CHECK_FALSE(boilerplate("Inflation was 3.2% (core: 2.9%), and rates stayed at 5.25% <for now>, the bank said."));
}

TEST_CASE("sentences that end without a full stop are headings and labels") {
    CHECK(unfinished("Council approves the new budget"));
    CHECK(unfinished("The minister said the plan would ..."));
    CHECK(unfinished("What the budget means for schools:"));
    CHECK_FALSE(unfinished("The council approved the new budget on Tuesday."));
    CHECK_FALSE(unfinished("\"We are ready,\" she said."));
    CHECK_FALSE(unfinished("Was kostet das?", Lang::de));
    CHECK_FALSE(unfinished("東京都は3日、新たに100人の感染を確認したと発表した。"));
    // A long line is a sentence whose page left the stop out.
    CHECK_FALSE(unfinished("The council approved the new budget on Tuesday after a long debate about schools and "
                           "the roads in the north of the town"));
}

TEST_CASE("a summary never shows furniture, and headings only when nothing else is left") {
    const std::string text =
        "Bridge to close for repairs\n\n"
        "Photo: Jane Roe/Reuters\n\n"
        "The city council voted on Tuesday to close the old bridge after engineers found cracks in two of its "
        "supports.\n\n"
        "Posted March 4, 2024 at 9:12 AM | Last changed at 11:40 AM EST\n\n"
        "Repairs will take at least a year, and buses will use the northern crossing.\n\n"
        "What it means for drivers\n\n"
        "Sign up for our newsletter to get breaking news alerts.\n\n"
        "Shop owners near the bridge said they feared for their trade.\n";
    auto summary = precis::Summarizer().summarize(text).summary();
    REQUIRE(summary.size() == 3);
    CHECK(summary[0].rfind("The city council", 0) == 0);
    CHECK(summary[1].rfind("Repairs will take", 0) == 0);
    CHECK(summary[2].rfind("Shop owners", 0) == 0);
}

TEST_CASE("on a page, a line of any length without a sentence's end is a point only when nothing else is") {
    precis::Article a;
    a.paragraphs = {"The city council voted on Tuesday to close the old bridge after engineers found cracks.",
                    "MSM MIA: The Ukrainian Oligarch, Right Sector Nazis, MH-17 and the Minister's Son",
                    "Repairs will take at least a year, and buses will use the northern crossing.",
                    "Shop owners near the bridge said they feared for their trade."};
    auto summary = precis::Summarizer().summarize(a).summary();
    REQUIRE(summary.size() == 3);
    for (const auto& s : summary) CHECK(s.rfind("MSM MIA", 0) != 0);
    // With nothing else left it may still be one.
    a.paragraphs.resize(2);
    CHECK(precis::Summarizer().summarize(a).summary().size() == 2);
}

TEST_CASE("on a page, a question is a point only when nothing else is") {
    precis::Article a;
    a.title = "Wärmepumpe im Altbau: Wann lohnt sie sich?";
    a.paragraphs = {"Die Heizkosten steigen, und viele Hausbesitzer denken über neue Technik nach.",
                    "Lohnt sich eine Wärmepumpe im Altbau wirklich?",
                    "Fachleute raten, zuerst das Dach und die Fenster zu dämmen.",
                    "Danach arbeitet eine Wärmepumpe im Altbau mit einer Fußbodenheizung effizient.",
                    "Der Staat fördert den Einbau einer Wärmepumpe mit bis zu 40 Prozent der Kosten."};
    a.lang = "de";
    auto summary = precis::Summarizer().summarize(a).summary();
    REQUIRE(summary.size() == 3);
    for (const auto& s : summary) CHECK(s.back() != '?');
}

TEST_CASE("a dateline split off by its full stop, told from a bracket in a sentence") {
    CHECK(shape("Hamburg (dpa). Der Senat hat am Montag einen neuen Hafenplan vorgelegt.", Lang::de).dateline);
    CHECK(shape("Lyon (AFP). La mairie a fermé le pont.", Lang::fr).dateline);
    CHECK(shape("GENF (KNA/epd).", Lang::de).dateline);
    CHECK_FALSE(shape("The talks ended late (in Geneva).").dateline);
    CHECK_FALSE(shape("The council (CNN) said nothing about the plan.").dateline);
    CHECK_FALSE(shape("(AP).").dateline);
}

TEST_CASE("on a page, a sentence that starts in lower case waits for the one before it") {
    CHECK(shape("wurde der Plan am Montag vorgestellt.", Lang::de).lower_case_start);
    CHECK_FALSE(shape("iPhone sales fell in the spring.").lower_case_start);
    CHECK_FALSE(shape("eBay said it would cut fees.").lower_case_start);
    CHECK_FALSE(shape("example.com is a domain reserved for documentation.").lower_case_start);
    CHECK_FALSE(shape("The plan was presented on Monday.").lower_case_start);

    // The page broke a sentence after "in"; its rest comes only after the part before it,
    // so with two points to give, both are whole sentences.
    precis::Article a;
    a.title = "Buses to use the northern crossing while the bridge is shut";
    a.paragraphs = {"The council closed the old bridge on Tuesday after engineers found cracks in",
                    "two of its supports, and the buses will use the northern crossing.",
                    "Repairs to the bridge will take at least a year and cost four million pounds.",
                    "Shop owners near the bridge said they feared for their trade this winter."};
    precis::Options o;
    o.sentences = 2;
    auto summary = precis::Summarizer(o).summarize(a).summary();
    REQUIRE(summary.size() == 2);
    for (const auto& s : summary) CHECK(s.rfind("two of its", 0) != 0);
}
