#include "lexicon.hpp"

#include "hash.hpp"

#include <array>
#include <cstring>
#include <vector>
#include <unordered_map>

namespace precis::detail::lexicon {
namespace {

// A set of words written as one space-separated literal, in an open-addressing table
// (looked up for every word of every article: one hash and mostly one compare).
class WordSet {
public:
    explicit WordSet(std::string_view words) {
        std::vector<std::string_view> all;
        std::size_t i = 0;
        while (i < words.size()) {
            while (i < words.size() && words[i] == ' ') ++i;
            std::size_t j = i;
            while (j < words.size() && words[j] != ' ') ++j;
            if (j > i) all.push_back(words.substr(i, j - i));
            i = j;
        }
        std::size_t size = 8;
        while (size < 2 * all.size()) size *= 2;  // at most half full
        slots_.resize(size);
        for (std::string_view w : all) {
            std::string_view& slot = slots_[slot_of(w)];
            if (slot.empty()) slot = w, words_.push_back(w);  // a repeated word once
        }
    }
    bool contains(std::string_view w) const { return !slots_[slot_of(w)].empty(); }
    const std::vector<std::string_view>& words() const { return words_; }

private:
    // The slot holding `w`, or the empty slot where it would go.
    std::size_t slot_of(std::string_view w) const {
        const std::size_t mask = slots_.size() - 1;
        std::size_t i = hash_bytes(w) & mask;
        while (!slots_[i].empty() && slots_[i] != w) i = (i + 1) & mask;
        return i;
    }
    std::vector<std::string_view> words_;
    std::vector<std::string_view> slots_;
};

// A word list per language, in the order of Lang.
using PerLang = std::array<WordSet, kLangCount>;

const PerLang& stopwords() {
    static const PerLang sets = {
        WordSet("a an the and or but if of in on at to for from by with about as into over after "
                "before than then that this these those it its is are was were be been being has "
                "have had do does did not no so he she they we you i him her them us his their "
                "our your my me who whom which what when where why how there here also will would "
                "can could should may might must more most some any all just out up such only "
                "other very s t one said says while during against between through under again "
                "further once both each few own same too now because until off"),
        WordSet("и в во не что он на я с со как а то все всё она так его но да ты к у же вы за "
                "бы по только ее её мне было вот от меня еще ещё нет о из ему теперь когда даже "
                "ну ли если уже или ни быть был него до вас опять уж вам ведь там потом себя "
                "ничего ей может они тут где есть надо ней для мы тебя их чем была сам чтоб без "
                "чего раз тоже себе под будет ж тогда кто этот того потому этого какой ним здесь "
                "этом один почти мой тем чтобы нее были куда всех можно при об другой хоть после "
                "над больше тот через эти нас про всего них какая много три эту моя свою этой "
                "перед том такой им более всегда всю между это также который которые которая "
                "которого которых является будут год года"),
        WordSet("der die das und in zu den von mit sich des auf für ist im dem nicht ein eine als "
                "auch es an er hat aus bei sie nach wird um noch wie einem über einen so zum war "
                "haben nur oder aber vor zur bis mehr durch man sein wurde sei am werden ihre "
                "einer diese seine dass kann ich wir ihr sind zwei hatte doch"),
        WordSet("le la les de des du un une et en à au aux ce ces dans par pour sur pas plus que "
                "qui ne se sa son ses est sont il elle ils elles nous vous on avec mais ou où "
                "leur leurs été être avait a ont cette comme fait aussi entre après sans sous "
                "lui y d l qu c n s j m"),
        WordSet("el la los las de del y en a un una que es por con no se su sus para al lo como "
                "más pero o este esta ha le ya fue entre cuando muy sin sobre también me hasta "
                "hay donde han desde todo nos durante ni contra ese eso ante ellos e esto mí "
                "antes algunos qué unos yo otro otras otra él tanto esa estos mucho quienes nada "
                "muchos cual sea poco ella estar haber estas algunas algo nosotros son era fueron"),
        WordSet("il lo la i gli le di da in con su per tra fra un una uno e ed che non si è sono "
                "del della dei degli delle al allo alla ai agli alle dal dalla nel nella nei "
                "sul sulla come anche più ma o ha hanno questo questa quello quella ci ne se "
                "era erano essere stato stata suo sua loro lui lei dopo ancora molto così già "
                "quando dove perché l d un' all dell nell"),
        WordSet("o a os as de do da dos das em no na nos nas um uma e que não se por para com "
                "é foi ao aos à às mais mas como seu sua seus suas ele ela eles elas isso isto "
                "este esta pelo pela pelos pelas já também entre quando muito sobre ser são "
                "está foram tem há até depois sem mesmo ou nem lhe"),
    };
    return sets;
}

const PerLang& pronouns() {
    static const PerLang sets = {
        WordSet("he she they it this these those his her their its him them such"),
        WordSet("он она они оно это этот эта эти его ее её их ему ей им там тогда такой такие"),
        WordSet("er sie es dies diese dieser dieses sein seine ihr ihre ihm ihn dort damals"),
        WordSet("il elle ils elles ce cela ceci celui celle ceux son sa ses leur leurs lui"),
        WordSet("él ella ellos ellas esto este esta estos estas eso ese esa su sus"),
        WordSet("lui lei loro egli ella esso essa questo questa questi queste ciò suo sua"),
        WordSet("ele ela eles elas isso isto este esta estes estas seu sua seus suas"),
    };
    return sets;
}

const PerLang& person_pronouns() {
    static const PerLang sets = {
        WordSet("he she him her"),
        WordSet("он она его ее её ему ей него нее неё ним ней"),
        WordSet("er sie ihm ihn ihr"),
        WordSet("il elle lui"),
        WordSet("él ella"),
        WordSet("lui lei egli"),
        WordSet("ele ela"),
    };
    return sets;
}

// One-word connectives; the multi-word ones are matched as phrases below.
const PerLang& connectives() {
    static const PerLang sets = {
        WordSet("however but and also meanwhile moreover furthermore still yet so thus therefore "
                "instead nevertheless nonetheless besides then otherwise similarly likewise "
                "additionally indeed hence consequently or nor"),
        WordSet("однако но а и также кроме поэтому зато впрочем тоже ведь причем причём притом "
                "тем затем потом следовательно итак"),
        WordSet("aber jedoch doch außerdem auch trotzdem deshalb dennoch zudem und oder dann "
                "daher allerdings"),
        WordSet("mais cependant pourtant toutefois ainsi aussi donc néanmoins et ou puis alors"),
        WordSet("pero sin además también así no obstante y o entonces aunque"),
        WordSet("ma però tuttavia inoltre anche quindi comunque e o poi allora"),
        WordSet("mas porém contudo além também assim e ou então entretanto"),
    };
    return sets;
}

const std::array<std::string_view, 14>& connective_phrases() {
    static const std::array<std::string_view, 14> phrases = {
        "in addition", "as a result", "on the other hand", "at the same time", "even so",
        "при этом", "между тем", "тем не менее", "в то же время", "кроме того",
        "par ailleurs", "en outre", "sin embargo", "no entanto"};
    return phrases;
}

const PerLang& title_words() {
    static const PerLang sets = {
        WordSet("mr mrs ms miss dr prof professor sir dame lord lady president prime minister "
                "secretary chancellor senator sen gov governor rep representative congressman "
                "congresswoman mayor king queen prince princess pope general gen colonel col "
                "captain capt lieutenant lt sergeant sgt judge justice chief director ceo "
                "chairman chairwoman premier ambassador foreign deputy vice spokesman "
                "spokeswoman spokesperson coach officer inspector detective commissioner "
                "archbishop bishop cardinal sheikh emir ayatollah leader former acting press "
                "presidential chairperson chair head councillor councilor alderman grandmaster"),
        WordSet("президент премьер премьер-министр министр глава пресс-секретарь секретарь "
                "помощник генерал господин г-н мэр губернатор депутат председатель директор "
                "канцлер король королева принц сенатор посол спикер лидер экс-президент "
                "вице-премьер патриарх"),
        WordSet("herr frau präsident präsidentin kanzler kanzlerin minister ministerin dr prof "
                "bundeskanzler bundeskanzlerin bürgermeister bürgermeisterin könig königin "
                "papst chef chefin"),
        WordSet("m mme mlle président présidente ministre premier général docteur maire roi "
                "reine prince princesse pape chef"),
        WordSet("sr sra señor señora presidente presidenta ministro ministra don doña general "
                "alcalde rey reina príncipe papa jefe"),
        WordSet("sig signor signora presidente ministro ministra premier papa dottor dott re "
                "regina principe generale sindaco"),
        WordSet("sr sra senhor senhora presidente ministro ministra dom general prefeito rei "
                "rainha príncipe papa chefe"),
    };
    return sets;
}

const PerLang& speech_verbs() {
    static const PerLang sets = {
        WordSet("said says say told tells added adds noted notes stated states explained "
                "explains asked asks replied replies warned warns insisted insists argued "
                "argues claimed claims wrote writes declared declares announced announces "
                "continued concluded admitted admits suggested suggests urged stressed "
                "stresses emphasized emphasised recalled recalls commented remarked "
                "confirmed confirms acknowledged believes believed added tweeted posted"),
        WordSet("сказал сказала сказали заявил заявила заявили отметил отметила отметили "
                "сообщил сообщила сообщили добавил добавила подчеркнул подчеркнула пояснил "
                "пояснила рассказал рассказала говорит говорил говорила считает уточнил "
                "уточнила заметил заметила написал написала признал признала ответил "
                "ответила напомнил напомнила заявляет сообщает передает передаёт"),
        WordSet("sagte sagt sagten erklärte erklärt betonte betont meinte meint schrieb "
                "schreibt fügte sagte warnte warnt antwortete so laut"),
        WordSet("a déclaré déclaré dit a affirmé affirmé explique expliqué estime estimé "
                "ajoute ajouté souligne souligné selon indique indiqué précise précisé "
                "assure assuré confie confié"),
        WordSet("dijo dice afirmó afirma declaró declara explicó explica según señaló señala "
                "añadió añade aseguró asegura indicó indica"),
        WordSet("ha detto detto dice ha dichiarato dichiarato spiega spiegato secondo "
                "afferma affermato aggiunge aggiunto sottolinea sottolineato"),
        WordSet("disse diz afirmou afirma declarou declara segundo explicou explica "
                "acrescentou acrescenta ressaltou"),
    };
    return sets;
}

const PerLang& abbreviations() {
    static const PerLang sets = {
        WordSet("mr mrs ms dr prof gov sen rep gen lt col capt sgt maj adm cmdr rev hon pres "
                "supt insp st mt ft messrs mme mlle e.g i.e cf approx vs v fig no nos dept "
                "univ assn bros gov't u.s.a lt.col brig"),
        WordSet("т.е т.к т.д т.п т.н др им ул пр просп д г гг ст акад проф ген см напр "
                "тыс млн млрд руб долл коп св кн ср и.о пер пл обл р-н рис стр"),
        WordSet("nr dr prof hr fr st bzw z.b u.a ca evtl ggf abs vgl sog inkl bspw z.t "
                "jh jhd d.h u.ä usw"),
        WordSet("m mme mlle dr pr st ste cf av bd env etc p.ex n°"),
        WordSet("sr sra srta dr dra d dña ud uds av avda pág núm etc p.ej"),
        WordSet("sig sigg dott prof avv ing on pag ecc es art"),
        WordSet("sr sra srta dr dra prof av pág núm etc ex"),
    };
    return sets;
}

}  // namespace

bool is_stopword(Lang lang, std::string_view w) { return stopwords()[static_cast<int>(lang)].contains(w); }

unsigned stopword_languages(std::string_view w) {
    static const std::unordered_map<std::string_view, unsigned> table = [] {
        std::unordered_map<std::string_view, unsigned> t;
        for (int l = 0; l < kLangCount; ++l)
            for (std::string_view word : stopwords()[l].words()) t[word] |= 1u << l;
        return t;
    }();
    auto it = table.find(w);
    return it == table.end() ? 0u : it->second;
}
bool is_pronoun(Lang lang, std::string_view w) { return pronouns()[static_cast<int>(lang)].contains(w); }
bool is_person_pronoun(Lang lang, std::string_view w) {
    return person_pronouns()[static_cast<int>(lang)].contains(w);
}
bool is_title_word(Lang lang, std::string_view w) {
    // English titles are written in English articles of every language (machine translation).
    return title_words()[static_cast<int>(lang)].contains(w) || title_words()[0].contains(w);
}
bool is_speech_verb(Lang lang, std::string_view w) {
    return speech_verbs()[static_cast<int>(lang)].contains(w);
}
bool is_abbreviation(Lang lang, std::string_view w) {
    return abbreviations()[static_cast<int>(lang)].contains(w);
}

bool starts_with_connective(Lang lang, std::string_view first_words) {
    std::string_view first = first_words.substr(0, first_words.find(' '));
    if (connectives()[static_cast<int>(lang)].contains(first)) return true;
    for (std::string_view p : connective_phrases()) {
        if (first_words.substr(0, p.size()) == p &&
            (first_words.size() == p.size() || first_words[p.size()] == ' '))
            return true;
    }
    return false;
}

bool is_name_particle(std::string_view w) {
    static const WordSet set("de da di del della der den van von la le du dos das bin ibn al el "
                             "y zu ter ten bint abu");
    return set.contains(w);
}

bool is_number_abbreviation(std::string_view w) {
    static const WordSet set("no nos nr art p pp vol fig ch sec tel ca approx № n°");
    return set.contains(w);
}

Phrase according_to(Lang lang) {
    switch (lang) {
        case Lang::en: return {"according", "to"};
        case Lang::ru: return {"по", "словам"};
        case Lang::de: return {"laut", ""};
        case Lang::fr: return {"selon", ""};
        case Lang::es: return {"según", ""};
        case Lang::it: return {"secondo", ""};
        case Lang::pt: return {"segundo", ""};
    }
    return {"", ""};
}

namespace {

bool letter_byte(char c) {
    auto u = static_cast<unsigned char>(c);
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || u >= 0x80;
}

// `phrase` (two bytes or more) stands in `s` at `at` as whole words ("sign up", not "design update").
bool phrase_at(std::string_view s, std::size_t at, std::string_view phrase) {
    // The first two bytes (every phrase has two) before the rest: most tries end there.
    if (s.size() - at < phrase.size() || s[at] != phrase[0] || s[at + 1] != phrase[1] ||
        std::memcmp(s.data() + at + 2, phrase.data() + 2, phrase.size() - 2) != 0)
        return false;
    bool left = at == 0 || !letter_byte(s[at - 1]) || !letter_byte(phrase.front());
    std::size_t end = at + phrase.size();
    bool right = end == s.size() || !letter_byte(s[end]) || !letter_byte(phrase.back());
    return left && right;
}

// Whether one of `phrases` stands in `s` as whole words: one walk over `s`, trying at
// each byte only the phrases that start with it (`by_first_byte`, built once per list).
using PhraseIndex = std::array<std::vector<std::string_view>, 256>;
template <std::size_t N>
constexpr bool at_least_two_bytes(const std::string_view (&phrases)[N]) {
    for (std::string_view p : phrases)
        if (p.size() < 2) return false;
    return true;
}
template <std::size_t N>
PhraseIndex index_phrases(const std::string_view (&phrases)[N]) {
    PhraseIndex index;
    for (std::string_view p : phrases) index[static_cast<unsigned char>(p[0])].push_back(p);
    return index;
}
bool has_any_phrase(std::string_view s, const PhraseIndex& by_first_byte) {
    for (std::size_t at = 0; at < s.size(); ++at)
        for (std::string_view p : by_first_byte[static_cast<unsigned char>(s[at])])
            if (phrase_at(s, at, p)) return true;
    return false;
}

}  // namespace

bool is_boilerplate(std::string_view s) {
    // Phrases that open a line of site furniture: labels, bylines, calls to action.
    static constexpr std::string_view openers[] = {
        // en
        "read more", "read also", "click here", "photo:", "photo by", "photos:", "image:", "picture:", "video:",
        "watch:", "listen:", "follow us", "subscribe", "sign up", "sign in", "log in", "register", "copyright",
        "all rights reserved", "related:", "advertisement", "sponsored", "share this", "share on", "reporting by",
        "editing by", "written by", "posted by", "posted in", "filed under", "source:", "credit:", "image credit",
        "photo credit", "updated:", "published:", "last updated", "caption:", "see also", "more:", "tags:",
        "learn more", "download the", "download:", "get the app", "already a subscriber", "support our",
        "gallery:", "slideshow:", "interview by",
        // ru
        "фото:", "фото ", "видео:", "читайте также", "читать также", "подробнее", "источник:", "реклама",
        "подписывайтесь", "подпишитесь", "смотрите также", "автор:", "теги:", "войдите", "зарегистрируйтесь",
        // de
        "lesen sie auch", "lesen sie mehr", "mehr zum thema", "weiterlesen", "foto:", "fotos:", "bild:",
        "bildquelle", "quelle:", "autor:", "autorin:", "text:", "jetzt abonnieren", "abonnieren sie", "melden sie sich",
        "folgen sie uns", "erstellt von", "geschrieben von", "veröffentlicht am", "aktualisiert am", "abgelegt unter",
        "schlagwörter", "themen:", "auch interessant", "das könnte sie auch interessieren", "zum artikel",
        "diashow:", "bildergalerie", "galerie:", "das gespräch führte", "das interview führte", "herunterladen",
        // fr
        "lire aussi", "à lire aussi", "voir aussi", "lire la suite", "abonnez-vous", "inscrivez-vous",
        "suivez-nous", "connectez-vous", "publié le", "mis à jour le", "par :", "crédit photo", "étiquettes",
        // es
        "lee también", "lea también", "lea más", "lea:", "leer más", "ver también", "suscríbete", "suscríbase",
        "regístrate", "síguenos", "inicia sesión", "publicado por", "escrito por", "fuente:", "etiquetas:",
        // it
        "leggi anche", "leggi tutto", "vedi anche", "iscriviti", "abbonati", "seguici", "accedi", "registrati",
        "scritto da", "pubblicato da", "fonte:",
        // pt
        "leia também", "leia mais", "veja também", "assine", "inscreva-se", "cadastre-se", "siga-nos",
        "faça login", "escrito por", "publicado por"};
    for (std::string_view o : openers)
        if (!s.empty() && s[0] == o[0] && s.substr(0, o.size()) == o &&
            (o.back() == ' ' || o.back() == ':' || s.size() == o.size() || !letter_byte(s[o.size()])))
            return true;
    // Phrases that give a line away wherever they stand.
    static constexpr std::string_view anywhere[] = {
        // credits and captions
        "getty images", "(photo:", "(ap photo", "/ reuters", "/reuters", "associated press contributed",
        "from left", "left to right", "(pictured", "(not pictured", "von links", "v.l.n.r", "im bild",
        "de gauche à droite",
        "de izquierda a derecha", "da sinistra", "da esquerda para a direita", "слева направо", "на фото",
        // reading time
        "min read", "minute read", "minutes read", "lesezeit", "temps de lecture", "tiempo de lectura",
        "tempo di lettura", "tempo de leitura", "время чтения",
        // calls to action
        "all rights reserved", "click here", "for the latest news", "sign up for", "sign up to", "subscribe to our",
        "subscribe now", "subscribe today", "please subscribe", "in your inbox", "to your inbox",
        "breaking news alerts",
        "must be logged in", "einloggen, um", "anmelden, um", "continue reading", "keep reading", "weiterlesen",
        "seguir leyendo", "continua a leggere", "continuar lendo", "читать далее", "unlimited access",
        "unlimited digital access", "unbegrenzten zugang", "accès illimité", "acceso ilimitado",
        "accesso illimitato", "acesso ilimitado", "неограниченный доступ",
        "follow us on", "download our app", "our newsletter", "free newsletter", "first appeared on",
        "originally published", "disclosure page", "alle rechte vorbehalten", "erschien zuerst",
        "unseren newsletter", "zum newsletter", "newsletter abonnieren", "jetzt anmelden", "jetzt registrieren",
        "tous droits réservés", "notre newsletter", "todos los derechos reservados", "nuestro boletín",
        "nuestra newsletter", "tutti i diritti riservati", "nostra newsletter", "todos os direitos reservados",
        "nossa newsletter", "все права защищены", "нашу рассылку", "подписывайтесь на", "подпишитесь на",
        "leggi anche", "lesen sie auch", "lire aussi", "lee también", "leia também", "читайте также"};
    static_assert(at_least_two_bytes(anywhere), "phrase_at() compares two bytes first");
    static const PhraseIndex anywhere_index = index_phrases(anywhere);
    if (has_any_phrase(s, anywhere_index)) return true;
    // A byline: "By Jane Smith", "By JANE SMITH and JOHN DOE, CNN".
    if (s.substr(0, 3) == "by " && s.size() < 60 && s.find_first_of(".!?") == std::string_view::npos)
        return true;
    return false;
}

bool is_date_word(std::string_view w) {
    static const WordSet set(
        // months and their abbreviations
        "january february march april may june july august september october november december "
        "jan feb mar apr jun jul aug sep sept oct nov dec "
        "января февраля марта апреля мая июня июля августа сентября октября ноября декабря "
        "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь "
        "januar februar märz mai juni juli oktober dezember jänner "
        "janvier février mars avril juin juillet août septembre octobre novembre décembre "
        "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre "
        "gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre "
        "janeiro fevereiro março maio junho julho setembro outubro novembro dezembro "
        // weekdays
        "monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun "
        "понедельник вторник среда четверг пятница суббота воскресенье "
        "montag dienstag mittwoch donnerstag freitag samstag sonntag "
        "lundi mardi mercredi jeudi vendredi samedi dimanche "
        "lunes martes miércoles jueves viernes sábado domingo "
        "lunedì martedì mercoledì giovedì venerdì sabato domenica "
        "segunda terça quarta quinta sexta sábado domingo feira "
        // clock and zones
        "am pm a.m p.m uhr h gmt utc cet cest est edt pst pdt bst ist msk мск "
        // what a date line says around the date
        "published updated posted modified veröffentlicht aktualisiert aktualisierung publié publiée "
        "mis jour publicado publicada actualizado actualizada pubblicato aggiornato atualizado atualizada "
        "опубликовано обновлено date datum fecha data дата today yesterday heute gestern aujourd'hui hier hoy "
        "ayer oggi ieri hoje ontem сегодня вчера ago");
    return set.contains(w);
}

bool is_credit_label(std::string_view w) {
    static const WordSet set(
        "photo photos foto fotos fot image images picture pictures pic bild bilder bildquelle credit credits "
        "source quelle fuente fonte illustration illustrations grafik infografik video фото источник "
        "иллюстрация imagen imágenes immagine immagini imagem imagens crédit crédito credito");
    return set.contains(w);
}

bool is_position_word(std::string_view w) {
    static const WordSet set(
        "left right center centre links rechts mitte gauche droite izquierda derecha centro sinistra destra "
        "esquerda direita слева справа top bottom oben unten haut bas arriba abajo");
    return set.contains(w);
}

bool is_byline_word(std::string_view w) {
    static const WordSet set("by von par por di da от автор author autor autorin auteur autore");
    return set.contains(w);
}

}  // namespace precis::detail::lexicon
