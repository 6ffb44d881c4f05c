#include "lexicon.hpp"

#include "hash.hpp"

#include <array>
#include <bitset>
#include <cstring>
#include <vector>

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
        while (!slots_[i].empty() && !same_bytes(slots_[i], w)) i = (i + 1) & mask;
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
                "daher allerdings denn dabei dadurch darum stattdessen ebenfalls"),
        WordSet("mais cependant pourtant toutefois ainsi aussi donc néanmoins et ou puis alors"),
        WordSet("pero sin además también así no obstante y o entonces aunque"),
        WordSet("ma però tuttavia inoltre anche quindi comunque e o poi allora"),
        WordSet("mas porém contudo além também assim e ou então entretanto"),
    };
    return sets;
}

const std::array<std::string_view, 16>& connective_phrases() {
    static const std::array<std::string_view, 16> phrases = {
        "in addition", "as a result", "on the other hand", "at the same time", "even so",
        "при этом", "между тем", "тем не менее", "в то же время", "кроме того",
        "par ailleurs", "en outre", "sin embargo", "no entanto",
        "das ist", "das sei"};  // "Das ist ein Plus von 44 Prozent": "das" points back
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
                "jh jhd d.h u.ä usw mrd mio tsd abb mo di mi do sa"),
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
    // Every function word with the languages it is one of, in an open-addressing table at
    // most half full (language detection asks it of every word of an article's start).
    struct Slot {
        std::string_view word;  // empty: a free slot (no listed word is empty)
        unsigned langs = 0;
    };
    static const std::vector<Slot> table = [] {
        std::size_t words = 0;
        for (int l = 0; l < kLangCount; ++l) words += stopwords()[l].words().size();
        std::size_t size = 8;
        while (size < 2 * words) size *= 2;
        std::vector<Slot> t(size);
        for (int l = 0; l < kLangCount; ++l)
            for (std::string_view word : stopwords()[l].words()) {
                std::size_t i = hash_bytes(word) & (size - 1);
                while (!t[i].word.empty() && t[i].word != word) i = (i + 1) & (size - 1);
                t[i].word = word;
                t[i].langs |= 1u << l;
            }
        return t;
    }();
    const std::size_t mask = table.size() - 1;
    for (std::size_t i = hash_bytes(w) & mask;; i = (i + 1) & mask) {
        if (table[i].word.empty()) return 0;
        if (same_bytes(table[i].word, w)) return table[i].langs;
    }
}
bool is_pronoun(Lang lang, std::string_view w) { return pronouns()[static_cast<int>(lang)].contains(w); }
bool is_person_pronoun(Lang lang, std::string_view w) {
    return person_pronouns()[static_cast<int>(lang)].contains(w);
}
bool is_title_word(Lang lang, std::string_view w) {
    // English titles are written in English articles of every language (machine translation).
    const PerLang& titles = title_words();
    return titles[static_cast<int>(lang)].contains(w) || (lang != Lang::en && titles[0].contains(w));
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
    // Every phrase is two words or more; most callers ask of one word.
    if (first.size() == first_words.size()) return false;
    for (std::string_view p : connective_phrases()) {
        if (p[0] == first_words[0] && first_words.substr(0, p.size()) == p &&
            (first_words.size() == p.size() || first_words[p.size()] == ' '))
            return true;
    }
    return false;
}

bool is_name_particle(std::string_view w) {
    static const WordSet set("de da di del della der den van von la le du dos das bin ibn al el "
                             "y zu ter ten bint abu аль эль ибн бен фон ван дер де ле дель ди да");
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

// A byte of a word in folded text: a-z, a digit, or any byte of a multi-byte character
// (a table: the phrase walk asks it of every byte of every sentence).
constexpr std::array<bool, 256> kLetterBytes = [] {
    std::array<bool, 256> t{};
    for (int c = 0; c < 256; ++c) t[c] = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80;
    return t;
}();
bool letter_byte(char c) { return kLetterBytes[static_cast<unsigned char>(c)]; }

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
// each byte only where it and the next begin a phrase (`pairs`, one bit per pair: most
// bytes of a sentence begin none, and the bit test is all they cost), and there only the
// phrases in the bucket of those two bytes (`by_pair`, built once per list): mostly just
// the phrases that begin with them, where those of the first byte alone were up to 18.
struct PhraseIndex {
    static constexpr std::size_t kBuckets = 256;
    std::array<std::vector<std::string_view>, kBuckets> by_pair;
    std::bitset<65536> pairs;
};
inline std::size_t byte_pair(char a, char b) {
    return static_cast<std::size_t>(static_cast<unsigned char>(a)) << 8 | static_cast<unsigned char>(b);
}
// The bucket of a pair: its two bytes mixed so that the pairs phrases begin with spread
// (many share a first letter).
inline std::size_t pair_bucket(std::size_t pair) { return (pair * 0x9E37u >> 8) % PhraseIndex::kBuckets; }
template <std::size_t N>
constexpr bool at_least_two_bytes(const std::string_view (&phrases)[N]) {
    for (std::string_view p : phrases)
        if (p.size() < 2) return false;
    return true;
}
template <std::size_t N>
PhraseIndex index_phrases(const std::string_view (&phrases)[N]) {
    PhraseIndex index;
    for (std::string_view p : phrases) {
        index.by_pair[pair_bucket(byte_pair(p[0], p[1]))].push_back(p);
        index.pairs.set(byte_pair(p[0], p[1]));
    }
    return index;
}
bool has_any_phrase(std::string_view s, const PhraseIndex& index) {
    for (std::size_t at = 0; at + 1 < s.size();) {
        const std::size_t pair = byte_pair(s[at], s[at + 1]);
        if (index.pairs[pair])
            for (std::string_view p : index.by_pair[pair_bucket(pair)])
                if (phrase_at(s, at, p)) return true;
        // A phrase that starts with a letter stands only at the start of a word (phrase_at),
        // and one that starts with another byte cannot start at a letter: the rest of a word
        // is skipped.
        if (letter_byte(s[at++]))
            while (at < s.size() && letter_byte(s[at])) ++at;
    }
    return false;
}

// Phrases that open a line of site furniture: labels, bylines, calls to action.
constexpr std::string_view kLineOpeners[] = {
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
static_assert(at_least_two_bytes(kLineOpeners), "index_phrases() reads two bytes of each");

// Phrases that give a line away wherever they stand.
constexpr std::string_view kAnywherePhrases[] = {
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
    "erfährst du in diesem artikel", "erfahren sie in diesem artikel", "in diesem artikel erfährst du",
    "in diesem artikel erfahren sie", "ist ursprünglich am", "ursprünglich erschienen", "provision vom händler",
    "affiliate link", "affiliate-link",
    "tous droits réservés", "notre newsletter", "todos los derechos reservados", "nuestro boletín",
    "nuestra newsletter", "tutti i diritti riservati", "nostra newsletter", "todos os direitos reservados",
    "nossa newsletter", "все права защищены", "нашу рассылку", "подписывайтесь на", "подпишитесь на",
    "leggi anche", "lesen sie auch", "lire aussi", "lee también", "leia também", "читайте также"};
static_assert(at_least_two_bytes(kAnywherePhrases), "phrase_at() compares two bytes first");

// Whether `s` opens with one of the phrases, as a whole word or up to its colon or space.
bool opens_with_phrase(std::string_view s, const PhraseIndex& index) {
    if (s.size() < 2) return false;  // every phrase has two bytes or more
    for (std::string_view o : index.by_pair[pair_bucket(byte_pair(s[0], s[1]))])
        if (s.substr(0, o.size()) == o &&
            (o.back() == ' ' || o.back() == ':' || s.size() == o.size() || !letter_byte(s[o.size()])))
            return true;
    return false;
}

}  // namespace

bool is_boilerplate(std::string_view s) {
    static const PhraseIndex openers_index = index_phrases(kLineOpeners);
    static const PhraseIndex anywhere_index = index_phrases(kAnywherePhrases);
    if (opens_with_phrase(s, openers_index) || has_any_phrase(s, anywhere_index)) return true;
    // A byline: "By Jane Smith", "By JANE SMITH and JOHN DOE, CNN".
    return s.substr(0, 3) == "by " && s.size() < 60 && s.find_first_of(".!?") == std::string_view::npos;
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

// ---- Entities: names of the world and the words around them -------------------------
// (Issue 12.) General knowledge, written by hand: no list is derived from evaluation data.
namespace precis::detail::lexicon {
namespace {

constexpr std::string_view kPlacesEn =
    // Countries and their short forms.
    "Afghanistan,Albania,Algeria,Andorra,Angola,Argentina,Armenia,Australia,Austria,Azerbaijan,"
    "Bahamas,Bahrain,Bangladesh,Barbados,Belarus,Belgium,Belize,Benin,Bhutan,Bolivia,Bosnia,"
    "Herzegovina,Botswana,Brazil,Brunei,Bulgaria,Burkina Faso,Burundi,Cambodia,Cameroon,Canada,"
    "Chad,Chile,China,Colombia,Comoros,Congo,Costa Rica,Croatia,Cuba,Cyprus,Czech Republic,"
    "Czechia,Denmark,Djibouti,Dominica,Dominican Republic,Ecuador,Egypt,El Salvador,Eritrea,"
    "Estonia,Eswatini,Ethiopia,Fiji,Finland,France,Gabon,Gambia,Georgia,Germany,Ghana,Greece,"
    "Grenada,Guatemala,Guinea,Guyana,Haiti,Honduras,Hungary,Iceland,India,Indonesia,Iran,Iraq,"
    "Ireland,Israel,Italy,Ivory Coast,Jamaica,Japan,Jordan,Kazakhstan,Kenya,Kiribati,Kosovo,"
    "Kuwait,Kyrgyzstan,Laos,Latvia,Lebanon,Lesotho,Liberia,Libya,Liechtenstein,Lithuania,"
    "Luxembourg,Madagascar,Malawi,Malaysia,Maldives,Mali,Malta,Mauritania,Mauritius,Mexico,"
    "Micronesia,Moldova,Monaco,Mongolia,Montenegro,Morocco,Mozambique,Myanmar,Burma,Namibia,"
    "Nauru,Nepal,Netherlands,Holland,New Zealand,Nicaragua,Niger,Nigeria,North Korea,"
    "North Macedonia,Macedonia,Norway,Oman,Pakistan,Palau,Palestine,Panama,Papua New Guinea,"
    "Paraguay,Peru,Philippines,Poland,Portugal,Qatar,Romania,Russia,Rwanda,Samoa,San Marino,"
    "Saudi Arabia,Senegal,Serbia,Seychelles,Sierra Leone,Singapore,Slovakia,Slovenia,"
    "Solomon Islands,Somalia,South Africa,South Korea,Korea,South Sudan,Spain,Sri Lanka,Sudan,"
    "Suriname,Sweden,Switzerland,Syria,Taiwan,Tajikistan,Tanzania,Thailand,Togo,Tonga,"
    "Trinidad,Tobago,Tunisia,Turkey,Turkmenistan,Tuvalu,Uganda,Ukraine,United Arab Emirates,"
    "United Kingdom,United States,United States of America,Uruguay,Uzbekistan,Vanuatu,Vatican,"
    "Venezuela,Vietnam,Yemen,Zambia,Zimbabwe,Britain,Great Britain,England,Scotland,Wales,"
    "Northern Ireland,America,UK,US,USA,U.S,U.K,UAE,USSR,Soviet Union,Yugoslavia,"
    "Czechoslovakia,Zaire,Slovak Republic,Puerto Rico,Greenland,Hong Kong,Macau,Tibet,"
    "Chechnya,Dagestan,Tatarstan,Crimea,Kashmir,Kurdistan,Gaza,Gaza Strip,West Bank,Golan,"
    "Abkhazia,Transnistria,Catalonia,Basque Country,Flanders,Bavaria,Siberia,Scandinavia,"
    "Balkans,Caucasus,Baltic,Baltics,Europe,Asia,Africa,Antarctica,Arctic,Australasia,"
    "North America,South America,Latin America,Central America,Middle East,Far East,"
    "Central Asia,Southeast Asia,Caribbean,Mediterranean,Pacific,Atlantic,Gulf,Persian Gulf,"
    "Black Sea,Baltic Sea,Red Sea,Caspian,Caspian Sea,North Sea,Indian Ocean,Sahara,Alps,"
    "Himalayas,Amazon,Nile,Danube,Rhine,Volga,Yangtze,Thames,Ulster,"
    // American states.
    "Alabama,Alaska,Arizona,Arkansas,California,Colorado,Connecticut,Delaware,Florida,Hawaii,"
    "Idaho,Illinois,Indiana,Iowa,Kansas,Kentucky,Louisiana,Maine,Maryland,Massachusetts,"
    "Michigan,Minnesota,Mississippi,Missouri,Montana,Nebraska,Nevada,New Hampshire,New Jersey,"
    "New Mexico,North Carolina,North Dakota,Ohio,Oklahoma,Oregon,Pennsylvania,Rhode Island,"
    "South Carolina,South Dakota,Tennessee,Texas,Utah,Vermont,Virginia,West Virginia,"
    "Wisconsin,Wyoming,Ontario,Alberta,British Columbia,Manitoba,Nova Scotia,Queensland,"
    "New South Wales,Victoria,Tasmania";

// Capitals and major cities.
constexpr std::string_view kCitiesEn =
    "London,Paris,Berlin,Madrid,Rome,Moscow,Kiev,Kyiv,Minsk,Warsaw,Prague,Vienna,Budapest,"
    "Bucharest,Sofia,Belgrade,Zagreb,Sarajevo,Athens,Ankara,Istanbul,Lisbon,Dublin,Edinburgh,"
    "Cardiff,Belfast,Amsterdam,Brussels,Geneva,Zurich,Copenhagen,Oslo,Stockholm,Helsinki,"
    "Tallinn,Riga,Vilnius,Chisinau,Tbilisi,Yerevan,Baku,Astana,Tashkent,Kabul,Islamabad,"
    "Karachi,Lahore,New Delhi,Delhi,Mumbai,Bombay,Calcutta,Bangalore,Dhaka,Colombo,Kathmandu,"
    "Beijing,Shanghai,Guangzhou,Hangzhou,Wuhan,Taipei,Seoul,Pyongyang,Tokyo,Osaka,Hiroshima,Manila,"
    "Jakarta,Kuala Lumpur,Bangkok,Hanoi,Phnom Penh,Yangon,Tehran,Baghdad,Basra,Mosul,"
    "Damascus,Aleppo,Beirut,Amman,Jerusalem,Tel Aviv,Riyadh,Mecca,Doha,Dubai,Abu Dhabi,Sanaa,"
    "Cairo,Alexandria,Tripoli,Benghazi,Tunis,Algiers,Rabat,Khartoum,Addis Ababa,Nairobi,"
    "Mogadishu,Kampala,Kinshasa,Lagos,Accra,Harare,Pretoria,Johannesburg,Cape Town,Ottawa,"
    "Toronto,Montreal,Vancouver,Quebec,Washington,New York,Los Angeles,Chicago,Houston,"
    "Philadelphia,San Francisco,San Diego,Dallas,Detroit,Boston,Seattle,Miami,Atlanta,Denver,"
    "Las Vegas,New Orleans,Baltimore,Pittsburgh,Cleveland,Cincinnati,St. Louis,Kansas City,"
    "Mexico City,Havana,Caracas,Bogota,Lima,Santiago,Buenos Aires,Rio de Janeiro,Sao Paulo,"
    "Canberra,Sydney,Melbourne,Brisbane,Auckland,Wellington,Manchester,Birmingham,Liverpool,"
    "Leeds,Glasgow,Oxford,Cambridge,Hamburg,Munich,Frankfurt,Cologne,Milan,Venice,Barcelona,"
    "Marseille,Lyon,Strasbourg,Rotterdam,The Hague,St. Petersburg,Saint Petersburg,"
    "Yekaterinburg,Vladivostok,Sochi,Grozny,Odessa,Kharkiv,Donetsk,Sevastopol,Srebrenica";

constexpr std::string_view kOrganizationsEn =
    "United Nations,UN,U.N,European Union,EU,NATO,OSCE,OPEC,IMF,World Bank,WTO,WHO,UNESCO,"
    "UNICEF,IAEA,Interpol,Red Cross,Amnesty International,Human Rights Watch,Greenpeace,FIFA,"
    "UEFA,IOC,Arab League,G7,G8,G20,Council of Europe,European Commission,"
    "European Parliament,Security Council,Kremlin,Pentagon,White House,Congress,Senate,Duma,"
    "State Duma,Bundestag,Knesset,Federal Reserve,CIA,FBI,KGB,FSB,NASA,Taliban,Hamas,"
    "Hezbollah,al Qaeda,al-Qaeda,Reuters,Associated Press,AFP,Bloomberg,Interfax,TASS,Xinhua,"
    "BBC,CNN,NBC,CBS,Fox News,Al Jazeera,New York Times,Washington Post,Wall Street Journal,"
    "Financial Times,Guardian,Telegraph,Economist,Google,Apple,Microsoft,Facebook,Twitter,"
    "IBM,Intel,Samsung,Sony,Toyota,Volkswagen,BMW,General Motors,Boeing,Airbus,Siemens,Nokia,"
    "BP,Exxon,Gazprom,Nasdaq,Labour,Conservatives,Tories,Democrats,Republicans,Bundesliga";

constexpr std::string_view kDemonymsEn =
    "American,British,English,Scottish,Welsh,Irish,French,German,Italian,Spanish,Portuguese,"
    "Dutch,Belgian,Swiss,Austrian,Swedish,Norwegian,Danish,Finnish,Polish,Czech,Slovak,"
    "Hungarian,Romanian,Bulgarian,Greek,Turkish,Russian,Ukrainian,Belarusian,Georgian,"
    "Armenian,Azeri,Kazakh,Uzbek,Serbian,Serb,Croatian,Croat,Bosnian,Slovenian,Albanian,"
    "Macedonian,Moldovan,Lithuanian,Latvian,Estonian,Chinese,Japanese,Korean,Vietnamese,Thai,"
    "Indian,Pakistani,Afghan,Iranian,Iraqi,Syrian,Lebanese,Israeli,Palestinian,Jordanian,"
    "Saudi,Yemeni,Egyptian,Libyan,Tunisian,Algerian,Moroccan,Sudanese,Somali,Ethiopian,"
    "Kenyan,Nigerian,Canadian,Mexican,Cuban,Brazilian,Argentine,Chilean,Colombian,Venezuelan,"
    "Australian,Indonesian,Filipino,Malaysian,Taiwanese,European,Asian,African,Arab,Western,"
    "Soviet,Kurdish,Kurd,Chechen,Muslim,Moslem,Catholic,Jewish,Islamic,Briton";

constexpr std::string_view kMaleNamesEn =
    "James,John,Robert,Michael,William,David,Richard,Joseph,Thomas,Charles,Christopher,"
    "Daniel,Matthew,Anthony,Mark,Donald,Steven,Steve,Paul,Andrew,Kenneth,Kevin,Brian,George,"
    "Edward,Ronald,Timothy,Jeffrey,Gary,Eric,Stephen,Scott,Frank,Gregory,Patrick,Jack,Peter,"
    "Henry,Alan,Roger,Keith,Ian,Neil,Martin,Simon,Graham,Colin,Tony,Tom,Jim,Bob,Bill,Mike,"
    "Chris,Nick,Ben,Sam,Dan,Tim,Jeff,Harry,Hans,Klaus,Helmut,Gerhard,Olaf,Jean,Pierre,"
    "Jacques,Francois,Nicolas,Emmanuel,Giuseppe,Silvio,Carlos,Jose,Juan,Luis,Vladimir,Dmitry,"
    "Dmitri,Sergei,Sergey,Alexei,Andrei,Mikhail,Nikolai,Boris,Yuri,Ivan,Viktor,Igor,Oleg,"
    "Pavel,Gennady,Yevgeny,Leonid,Ramzan,Petro,Volodymyr,Slobodan,Mohammed,Muhammad,Ahmed,"
    "Ali,Hassan,Hussein,Omar,Abdullah,Bashar,Saddam,Yasser,Recep,Benjamin,Shimon,Yitzhak,"
    "Ariel,Xi,Li,Kim,Shinzo,Narendra,Nelson,Kofi,Barack,Fidel";

constexpr std::string_view kFemaleNamesEn =
    "Mary,Elizabeth,Sarah,Anna,Maria,Angela,Margaret,Hillary,Theresa,Teresa,Jennifer,Susan,"
    "Linda,Karen,Lisa,Nancy,Helen,Emma,Laura,Catherine,Jane,Ann,Anne,Julia,Marie,Claire,Kate,"
    "Emily,Rachel,Michelle,Diana,Victoria,Christine,Monica,Sophie,Natalia,Olga,Elena,Irina,"
    "Tatiana,Svetlana,Marina,Yulia,Ursula,Benazir";

constexpr std::string_view kPlacesRu =
    "Австралия,Австрия,Азербайджан,Албания,Алжир,Ангола,Андорра,Аргентина,Армения,Афганистан,"
    "Багамы,Бангладеш,Бахрейн,Белоруссия,Беларусь,Бельгия,Болгария,Боливия,Босния,Бразилия,"
    "Великобритания,Британия,Англия,Шотландия,Уэльс,Венгрия,Венесуэла,Вьетнам,Гаити,Гана,"
    "Гватемала,Германия,Гондурас,Греция,Грузия,Дания,Джибути,Египет,Замбия,Зимбабве,Израиль,"
    "Индия,Индонезия,Иордания,Ирак,Иран,Ирландия,Исландия,Испания,Италия,Йемен,Казахстан,"
    "Камбоджа,Камерун,Канада,Катар,Кения,Кипр,Киргизия,Киргизстан,Китай,КНР,КНДР,Колумбия,"
    "Конго,Корея,Южная Корея,Северная Корея,Косово,Коста-Рика,Куба,Кувейт,Лаос,Латвия,Ливан,"
    "Ливия,Литва,Лихтенштейн,Люксембург,Мадагаскар,Македония,Малайзия,Мали,Мальта,Марокко,"
    "Мексика,Мозамбик,Молдавия,Молдова,Монако,Монголия,Мьянма,Бирма,Намибия,Непал,Нигер,"
    "Нигерия,Нидерланды,Голландия,Никарагуа,Новая Зеландия,Норвегия,ОАЭ,Оман,Пакистан,"
    "Палестина,Панама,Парагвай,Перу,Польша,Португалия,Россия,РФ,Российская Федерация,Руанда,"
    "Румыния,Сальвадор,Саудовская Аравия,Сенегал,Сербия,Сингапур,Сирия,Словакия,Словения,"
    "Сомали,Судан,США,Соединенные Штаты,Соединённые Штаты,Америка,СССР,Советский Союз,"
    "Югославия,Чехословакия,Таджикистан,Таиланд,Тайланд,Тайвань,Танзания,Тунис,Туркмения,"
    "Туркменистан,Турция,Уганда,Узбекистан,Украина,Уругвай,Филиппины,Финляндия,Франция,"
    "Хорватия,Черногория,Чехия,Чили,Швейцария,Швеция,Шри-Ланка,Эквадор,Эритрея,Эстония,"
    "Эфиопия,ЮАР,Ямайка,Япония,Ватикан,Абхазия,Южная Осетия,Приднестровье,Гонконг,Тибет,"
    "Чечня,Дагестан,Ингушетия,Татарстан,Башкирия,Башкортостан,Якутия,Бурятия,Карелия,Крым,"
    "Кавказ,Северный Кавказ,Сибирь,Урал,Поволжье,Подмосковье,Курилы,Сахалин,Камчатка,Чукотка,"
    "Приморье,Кубань,Донбасс,Ленобласть,Курдистан,Кашмир,Газа,Европа,Азия,Африка,"
    "Антарктида,Арктика,Евразия,Латинская Америка,Ближний Восток,Дальний Восток,Балканы,"
    "Скандинавия,Прибалтика,Средиземноморье,Атлантика,Тихий океан,Черное море,Чёрное море,"
    "Балтика,Каспий,Персидский залив,Волга,Дон,Днепр,Енисей,Обь,Лена,Амур,Нил,Дунай";

constexpr std::string_view kCitiesRu =
    "Москва,Санкт-Петербург,Петербург,Новосибирск,Екатеринбург,Нижний Новгород,Казань,"
    "Челябинск,Омск,Самара,Ростов-на-Дону,Уфа,Красноярск,Пермь,Воронеж,Волгоград,Краснодар,"
    "Саратов,Иркутск,Хабаровск,Владивосток,Махачкала,Калининград,Сочи,Грозный,Мурманск,"
    "Архангельск,Севастополь,Симферополь,Ялта,Киев,Харьков,Одесса,Донецк,Луганск,Львов,Минск,"
    "Кишинев,Кишинёв,Тбилиси,Сухуми,Цхинвали,Ереван,Баку,Астана,Алматы,Ташкент,Бишкек,"
    "Душанбе,Рига,Таллин,Таллинн,Вильнюс,Варшава,Прага,Будапешт,Вена,Берлин,Мюнхен,Франкфурт,"
    "Париж,Лондон,Дублин,Брюссель,Амстердам,Гаага,Женева,Берн,Рим,Милан,Мадрид,Барселона,"
    "Лиссабон,Афины,Стамбул,Анкара,Копенгаген,Осло,Стокгольм,Хельсинки,Белград,София,"
    "Бухарест,Нью-Йорк,Вашингтон,Лос-Анджелес,Чикаго,Техас,Калифорния,Флорида,Аляска,Оттава,"
    "Мехико,Гавана,Каракас,Буэнос-Айрес,Рио-де-Жанейро,Пекин,Шанхай,Сеул,Пхеньян,Токио,"
    "Манила,Джакарта,Бангкок,Дели,Нью-Дели,Исламабад,Кабул,Тегеран,Багдад,Дамаск,Алеппо,"
    "Бейрут,Иерусалим,Тель-Авив,Эр-Рияд,Доха,Дубай,Каир,Триполи,Тунис,Найроби,Йоханнесбург,"
    "Сидней,Канберра";

constexpr std::string_view kOrganizationsRu =
    "ООН,НАТО,ЕС,Евросоюз,Европейский союз,ОБСЕ,ОПЕК,МВФ,Всемирный банк,ВТО,ВОЗ,ЮНЕСКО,"
    "МАГАТЭ,Интерпол,Красный Крест,Гринпис,ФИФА,УЕФА,МОК,СНГ,ОДКБ,ШОС,БРИКС,Совбез,"
    "Совет Безопасности,Еврокомиссия,Европарламент,Кремль,Белый дом,Пентагон,Госдеп,"
    "Госдепартамент,Конгресс,Сенат,Госдума,Дума,Совет Федерации,Совфед,Правительство,МИД,МВД,"
    "ФСБ,СВР,ГРУ,ФСО,МЧС,Минобороны,Минфин,Минюст,Минздрав,Генпрокуратура,"
    "Следственный комитет,СК,Верховный суд,Конституционный суд,ЦБ,Центробанк,Счетная палата,"
    "Росстат,Роскосмос,Росатом,Роснефть,Газпром,Лукойл,РЖД,Аэрофлот,Сбербанк,ВТБ,Яндекс,КГБ,"
    "ЦРУ,ФБР,НАСА,КПСС,КПРФ,ЛДПР,Единая Россия,Справедливая Россия,Яблоко,Талибан,Хамас,"
    "Хезболла,Аль-Каида,ИГИЛ,РИА Новости,ТАСС,ИТАР-ТАСС,Интерфакс,РБК,Коммерсант,Известия,"
    "Ведомости,Би-би-си,Си-эн-эн,Рейтер,Рейтерс,Синьхуа,Ассошиэйтед Пресс,Аль-Джазира,"
    "Первый канал,НТВ,Майкрософт,Гугл,Фейсбук,Твиттер,Боинг,Кабмин,Кабинет министров";

constexpr std::string_view kMaleNamesRu =
    "Александр,Алексей,Анатолий,Андрей,Антон,Аркадий,Артем,Артём,Борис,Вадим,Валентин,"
    "Валерий,Василий,Виктор,Виталий,Владимир,Владислав,Вячеслав,Геннадий,Георгий,Григорий,"
    "Даниил,Денис,Дмитрий,Евгений,Егор,Иван,Игорь,Илья,Кирилл,Константин,Лев,Леонид,Максим,"
    "Михаил,Никита,Николай,Олег,Павел,Петр,Пётр,Роман,Руслан,Рамзан,Семен,Семён,Сергей,"
    "Станислав,Степан,Тимур,Федор,Фёдор,Эдуард,Юрий,Ярослав,Эмманюэль,Дональд,Джон,Джордж,"
    "Барак,Билл,Майкл,Дэвид,Франсуа,Жан,Николя,Герхард,Вольфганг,Сильвио,Реджеп,Биньямин,"
    "Башар,Мухаммед,Ахмед,Али,Саддам,Си,Ху,Ким,Синдзо,Нурсултан,Ильхам,Петро";

constexpr std::string_view kFemaleNamesRu =
    "Александра,Анастасия,Анна,Валентина,Вера,Виктория,Галина,Дарья,Екатерина,Елена,Ирина,"
    "Людмила,Марина,Мария,Надежда,Наталья,Наталия,Ольга,Светлана,Татьяна,Юлия,Ангела,Тереза,"
    "Хиллари,Урсула";

// Words inside a name that make it an organisation's.
constexpr std::string_view kOrganizationWordsEn =
    "inc corp corporation co ltd plc llc group holdings holding bank party ministry department "
    "council committee commission union association federation league club fc united airlines "
    "airways motors industries systems technologies communications telecom energy oil petroleum "
    "gas electric pharmaceuticals foods insurance securities capital partners fund trust agency "
    "authority office bureau institute university college school academy hospital museum "
    "foundation church army navy police service court parliament assembly congress senate "
    "board exchange times post news journal herald tribune gazette daily press radio television "
    "tv network studios records front movement organisation organization society centre center "
    "reserve guard bros ag sa nv gmbh spa ab asa brigade forces command cabinet government "
    "corps mission alliance coalition magazine channel broadcasting rangers "
    "rovers wanderers athletic albion hotspur orchestra ensemble band company enterprises city";
constexpr std::string_view kOrganizationWordsRu =
    "партия министерство ведомство комитет совет союз движение служба управление агентство фонд "
    "банк компания корпорация концерн холдинг группа объединение ассоциация организация институт "
    "университет академия училище школа театр музей суд прокуратура полиция армия флот дума "
    "палата парламент правительство администрация мэрия посольство консульство биржа фронт клуб "
    "газета журнал телеканал радиостанция издание еженедельник центр отделение обком горком "
    "собрание инспекция надзор коллегия трибунал штаб гвардия бригада лига сборная "
    "федерация библиотека";
constexpr std::string_view kPlaceWordsEn =
    "river lake sea ocean island islands isle mountain mountains mount mt valley bay gulf strait "
    "peninsula desert coast province county republic kingdom street avenue road square bridge "
    "airport beach canyon falls heights hills springs village town region district territory "
    "emirates strip land oblast krai state";
constexpr std::string_view kPlaceWordsRu =
    "область край округ район республика империя автономия остров острова полуостров море океан "
    "озеро река гора горы залив пролив площадь улица проспект бульвар переулок набережная мост "
    "город государство королевство княжество штат провинция губерния регион побережье долина "
    "пустыня лес парк аэропорт вокзал дом дворец кладбище мыс";
constexpr std::string_view kOrganizationHeadsRu =
    "правительство мэрия министерство мид посольство парламент администрация прокуратура "
    "полиция армия консульство власти делегация ведомство минобороны минфин генпрокуратура "
    "руководство";
constexpr std::string_view kPlacePrepositionsEn = "in at near from to across outside inside";
constexpr std::string_view kPlacePrepositionsRu = "в во из на под над";
constexpr std::string_view kInflectedTitlesRu =
    "президент премьер премьер-министр министр замминистра глава пресс-секретарь секретарь "
    "помощник советник генерал господин госпожа мэр губернатор депутат председатель "
    "зампредседателя директор гендиректор руководитель канцлер король королева принц принцесса "
    "сенатор посол спикер лидер экс-президент экс-премьер вице-президент вице-премьер "
    "вице-спикер патриарх митрополит епископ судья прокурор генпрокурор адвокат командующий "
    "генсек полковник подполковник майор капитан лейтенант сержант маршал адмирал академик "
    "профессор доктор тренер наставник представитель заместитель начальник главком губернатора "
    "экс-министр экс-глава посла";

// Lower-case nouns for people, which stand before a person's name ("striker Alan
// Shearer", "фотограф Билал Хассеин").
constexpr std::string_view kPersonRolesEn =
    "striker midfielder defender goalkeeper keeper captain skipper manager champion batsman "
    "bowler pitcher jockey rider driver player actor actress singer writer author director "
    "historian analyst economist lawyer attorney prosecutor official diplomat envoy founder "
    "son daughter wife husband brother sister father mother widow journalist reporter "
    "photographer candidate fullback hooker spinner";
constexpr std::string_view kPersonRolesRu =
    "фотограф оператор журналист корреспондент пользователь блогер тренер защитник "
    "нападающий вратарь капитан игрок футболист хоккеист теннисист теннисистка чемпион брат "
    "сын жена муж отец мать дочь сестра писатель поэт актер актёр актриса певец певица "
    "режиссер режиссёр художник политик бизнесмен основатель владелец автор эксперт аналитик "
    "экономист адвокат следователь сотрудник политолог правозащитник";

// Nouns before a quoted name of something that is no organisation: a product, a work,
// an award ("шаттл «Дискавери»", "премия «Просветитель»").
constexpr std::string_view kThingWordsRu =
    "шаттл корабль автомобиль премия программа фильм книга роман повесть песня альбом спектакль "
    "операция проект акция ракета самолет самолёт судно платформа марка модель сериал передача "
    "игра бренд препарат звание конкурс фестиваль выставка орден медаль";

// Gendered pronouns and titles.
constexpr std::string_view kMalePronouns[kLangCount] = {
    "he him his himself", "он его ему него ним нём", "er ihm ihn", "il", "él", "egli", "ele"};
constexpr std::string_view kFemalePronouns[kLangCount] = {
    "she her hers herself", "она ее её ей нее неё ней", "", "elle", "ella", "lei ella", "ela"};
constexpr std::string_view kMaleTitles[kLangCount] = {
    "mr sir lord king prince duke emperor", "господин г-н король принц", "herr", "m monsieur", "sr señor don",
    "sig signor", "sr senhor dom"};
constexpr std::string_view kFemaleTitles[kLangCount] = {
    "mrs ms miss lady dame queen princess duchess empress", "госпожа г-жа королева принцесса", "frau", "mme madame mlle",
    "sra señora doña", "sig.ra signora", "sra senhora dona"};

// Offices named in different words.
constexpr std::string_view kHeadOfGovernmentEn = "prime premier chancellor";
constexpr std::string_view kHeadOfGovernmentRu = "премьер премьер-министр канцлер";
constexpr std::string_view kHeadOfStateEn = "president king queen monarch emperor";
constexpr std::string_view kHeadOfStateRu = "президент король королева монарх император";
constexpr std::string_view kSpokespersonEn = "spokesman spokeswoman spokesperson";
constexpr std::string_view kSpokespersonRu = "пресс-секретарь";

// Adverbs that open sentences and are never names (the connectives are listed above).
constexpr std::string_view kSentenceOpenersEn =
    "today yesterday tomorrow now recently earlier later eventually finally currently "
    "previously initially originally overall last next first second third fourth fifth "
    "separately elsewhere here there";
constexpr std::string_view kSentenceOpenersRu =
    "сегодня вчера завтра ранее позднее теперь сейчас недавно затем тогда накануне впервые "
    "однажды всего также вскоре кстати напомним согласно";

// Bodies every country has: capitalised alone ("the Cabinet", "Parliament") they are no
// name of their own.
constexpr std::string_view kGenericBodiesEn =
    "cabinet parliament government army navy police military ministry council committee "
    "commission court side";

// Acronyms of common nouns: not names.
constexpr std::string_view kCommonAcronymsEn = "tv gdp ceo cfo am pm ok dna hiv aids id pc vip faq usb sms";
constexpr std::string_view kCommonAcronymsRu = "сми ввп дтп чп тв вич спид днк ссылка нко оао зао ооо пао гуп фгуп";
// "May" is missing: it is a name too ("Theresa May"); entities tells the month by the
// number after it.
constexpr std::string_view kCalendarWords =
    "january february march april june july august september october november december monday "
    "tuesday wednesday thursday friday saturday sunday jan feb mar apr jun jul aug sep sept oct "
    "nov dec januar februar märz mai juni juli oktober dezember montag dienstag mittwoch "
    "donnerstag freitag samstag sonntag";

}  // namespace

std::string_view known_names(Lang lang, NameKind kind) {
    bool ru = lang == Lang::ru;
    switch (kind) {
        case NameKind::place: return ru ? kPlacesRu : kPlacesEn;
        case NameKind::city: return ru ? kCitiesRu : kCitiesEn;
        case NameKind::organization: return ru ? kOrganizationsRu : kOrganizationsEn;
        case NameKind::demonym: return ru ? std::string_view() : kDemonymsEn;
        case NameKind::male_name: return ru ? kMaleNamesRu : kMaleNamesEn;
        case NameKind::female_name: return ru ? kFemaleNamesRu : kFemaleNamesEn;
    }
    return {};
}
std::string_view organization_words(Lang lang) { return lang == Lang::ru ? kOrganizationWordsRu : kOrganizationWordsEn; }
std::string_view place_words(Lang lang) { return lang == Lang::ru ? kPlaceWordsRu : kPlaceWordsEn; }
std::string_view organization_heads(Lang lang) { return lang == Lang::ru ? kOrganizationHeadsRu : std::string_view(); }
std::string_view place_prepositions(Lang lang) {
    return lang == Lang::ru ? kPlacePrepositionsRu : lang == Lang::en ? kPlacePrepositionsEn : std::string_view();
}
std::string_view inflected_titles(Lang lang) { return lang == Lang::ru ? kInflectedTitlesRu : std::string_view(); }
std::string_view person_roles(Lang lang) {
    return lang == Lang::ru ? kPersonRolesRu : lang == Lang::en ? kPersonRolesEn : std::string_view();
}
namespace {
// A word list per language from one literal per language.
PerLang per_lang(const std::string_view (&lists)[kLangCount]) {
    return {WordSet(lists[0]), WordSet(lists[1]), WordSet(lists[2]), WordSet(lists[3]),
            WordSet(lists[4]), WordSet(lists[5]), WordSet(lists[6])};
}
Marked marked(const PerLang& male, const PerLang& female, Lang lang, std::string_view w) {
    if (male[static_cast<int>(lang)].contains(w)) return Marked::male;
    if (female[static_cast<int>(lang)].contains(w)) return Marked::female;
    return Marked::none;
}
}  // namespace

Marked pronoun_gender(Lang lang, std::string_view w) {
    static const PerLang male = per_lang(kMalePronouns), female = per_lang(kFemalePronouns);
    return marked(male, female, lang, w);
}
Marked title_gender(Lang lang, std::string_view w) {
    static const PerLang male = per_lang(kMaleTitles), female = per_lang(kFemaleTitles);
    return marked(male, female, lang, w);
}
std::string_view office_words(Lang lang, Office office) {
    bool ru = lang == Lang::ru;
    switch (office) {
        case Office::head_of_government: return ru ? kHeadOfGovernmentRu : kHeadOfGovernmentEn;
        case Office::head_of_state: return ru ? kHeadOfStateRu : kHeadOfStateEn;
        case Office::spokesperson: return ru ? kSpokespersonRu : kSpokespersonEn;
        case Office::none: break;
    }
    return {};
}
std::string_view head_words(Lang lang) { return lang == Lang::ru ? "глава" : "head"; }
std::string_view government_words(Lang lang) { return lang == Lang::ru ? "правительство кабинет кабмин" : "government cabinet"; }
std::string_view state_words(Lang lang) { return lang == Lang::ru ? "государство" : "state"; }
std::string_view role_after_name(Lang lang) { return lang == Lang::ru ? "" : "as"; }

std::string_view thing_words(Lang lang) { return lang == Lang::ru ? kThingWordsRu : std::string_view(); }
std::string_view sentence_openers(Lang lang) {
    return lang == Lang::ru ? kSentenceOpenersRu : lang == Lang::en ? kSentenceOpenersEn : std::string_view();
}
std::string_view generic_bodies(Lang lang) { return lang == Lang::en ? kGenericBodiesEn : std::string_view(); }
std::string_view common_acronyms(Lang lang) { return lang == Lang::ru ? kCommonAcronymsRu : kCommonAcronymsEn; }
std::string_view calendar_words() { return kCalendarWords; }

}  // namespace precis::detail::lexicon
