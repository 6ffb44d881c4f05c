// Every weight of a sentence's score, one named constant each, with the reason for it.
// Features are in [0, 1]; a sentence's score is the weighted sum, penalties subtracted.
#pragma once

namespace precis::detail {

struct Weights {
    double lead;            // position = lead / (lead + index): how fast the lead's weight fades
    double position;        // news is lead-heavy: the first sentences carry the story
    double paragraph_lead;  // a paragraph's first sentence states its point
    double entities;        // sentences about the main actors matter
    double quote;           // an attributed quote is the news in the speaker's words
    double centrality;      // similar to the rest of the article: on its main topic
    double title;           // shares words with the headline
    double length;          // very short or very long sentences make poor summaries
    double standalone;      // penalty: opens with a pronoun or connective ("He", "However")
    double boilerplate;     // penalty: a byline, "Read more", a caption, a credit
};

// Key points and TL;DRs: the story, led by position and centrality. Tuned on the
// development sets with precis-quality-eval (docs/quality.md): entities and quotes help
// choose between lead sentences but pull the summary away from the lead when strong.
constexpr Weights kSummaryWeights{3.0, 1.3, 0.15, 0.05, 0.05, 0.6, 0.4, 0.3, 0.5, 3.0};
// Teasers draw the reader in: quotes and actors count more, the lead less.
constexpr Weights kTeaserWeights{3.0, 0.4, 0.1, 0.5, 0.5, 0.5, 0.3, 0.3, 0.6, 3.0};
// A headline is one short sentence about the title's subject; a quote is no headline.
constexpr Weights kHeadlineWeights{3.0, 0.8, 0.1, 0.4, -0.3, 0.5, 0.6, 0.6, 0.6, 3.0};

// Entity feature: the summed salience of the entities a sentence names, over this, capped at 1.
constexpr double kEntitySalienceNorm = 2.0;
// Unattributed quotes count this share of an attributed one.
constexpr double kUnattributedQuote = 0.5;
// Length feature: full marks between these word counts, falling off outside (to 0 at
// twice kLongWords). Reference summaries are made of short sentences: on the development
// sets, 20 to 25 words all beat 30 or more, on every set (docs/quality.md).
constexpr double kShortWords = 8, kLongWords = 22;
// Headlines prefer sentences up to this many words.
constexpr double kHeadlineWords = 20;

// Selection: a candidate loses `redundancy` per unit of similarity to the closest chosen
// sentence, and is skipped altogether above `duplicate`. With `antecedents`, a sentence
// that cannot stand alone comes in only after the sentence before it.
struct Selection {
    double redundancy;
    double duplicate;
    bool antecedents;
};
// Repeating a chosen sentence's content is worth less than new content; a near-copy,
// nothing; a dangling "He said..." reads wrong without the sentence that names him.
constexpr Selection kSelection{0.6, 0.75, true};

}  // namespace precis::detail
