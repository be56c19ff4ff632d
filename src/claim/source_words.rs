//! The words that shape a source: what stands between a source and its
//! cue, what ends or opens a subject, what makes a phrase a clause, and
//! the phrases after "according to" that name no one.

use crate::hash::Lexicon;

/// Words skipped between a source and its cue: "Britain has made it clear".
pub(super) static BETWEEN: Lexicon = Lexicon::new(&[
    "am",
    "didn't",
    "didn’t",
    "don't",
    "don’t",
    "doesn't",
    "doesn’t",
    "all",
    "both",
    "must",
    "should",
    "shall",
    "may",
    "might",
    "can",
    "could",
    "equally",
    "deeply",
    "long",
    "consistently",
    "privately",
    "earlier",
    "initially",
    "ultimately",
    "then",
    "now",
    "still",
    "even",
    "not",
    "never",
    "has",
    "have",
    "had",
    "is",
    "was",
    "were",
    "are",
    "been",
    "be",
    "will",
    "would",
    "also",
    "already",
    "repeatedly",
    "reportedly",
    "allegedly",
    "often",
    "publicly",
    "previously",
    "later",
    "again",
    "recently",
    "just",
    "once",
    "firmly",
    "strongly",
    "has",
    "did",
    "does",
    "do",
    "openly",
]);

/// Words that open a sentence without being part of its subject.
pub(super) static OPENERS: Lexicon = Lexicon::new(&[
    "furthermore",
    "finally",
    "thus",
    "today",
    "surely",
    "indeed",
    "certainly",
    "clearly",
    "even",
    "yet",
    "but",
    "and",
    "so",
    "however",
    "meanwhile",
    "now",
    "still",
    "instead",
    "also",
    "then",
    "moreover",
]);

/// Words that end a subject: the source starts after the last of them.
pub(super) static BOUNDARIES: Lexicon = Lexicon::new(&[
    "how", "what", "that", "but", "while", "as", "because", "if", "when",
    "so", "although", "though", "since", "whereas", "which", "where", "after",
    "before", "than", "whenever", "until", "unless", "whether",
]);

/// Sources that are no source: "It's been described as".
pub(super) static NOT_SOURCES: Lexicon = Lexicon::new(&[
    "it",
    "this",
    "that",
    "there",
    "which",
    "what",
    "who",
    "here",
    // "As history shows": a lesson, no source.
    "history",
    "experience",
]);

/// Verbs that show a span before a cue is a clause, not a source:
/// "Loretta Lynch said she was asked".
pub(super) static CLAUSE_VERBS: Lexicon = Lexicon::new(&[
    "is", "was", "were", "are", "has", "have", "had", "will", "would", "can",
    "could", "said", "says", "say", "told", "does", "did",
]);

/// How an appositive that describes a source begins, when it begins in
/// lower case: "Phil Smith, a spokesman for the union, said".
pub(super) static APPOSITIVE_STARTS: Lexicon = Lexicon::new(&[
    "a ",
    "an ",
    "the ",
    "who ",
    "head ",
    "director ",
    "chairman ",
    "spokesman ",
    "spokeswoman ",
    "founder ",
    "executive ",
    "chief ",
    "president ",
    "secretary ",
    "former ",
    "senior ",
]);

/// Personal pronouns, which start a clause after "and".
pub(super) const PRONOUNS: &[&str] =
    &["he", "she", "they", "we", "i", "I", "it", "you"];

/// Words no source starts with: conjunctions, prepositions, time words
/// ("and said", "on Friday said").
pub(super) static NOT_SOURCE_STARTS: Lexicon = Lexicon::new(&[
    "and", "or", "but", "to", "of", "in", "on", "at", "for", "with", "by",
    "from", "as", "if", "than", "last", "next", "then", "so", "also", "not",
]);

/// Determiners: a word in "-ed" after one is an adjective ("the embattled
/// senator", "an unnamed official").
pub(super) static DETERMINERS: Lexicon = Lexicon::new(&[
    "a", "an", "the", "his", "her", "its", "their", "our", "my", "your",
    "this", "that", "these", "those", "some", "many", "several",
]);

/// Prepositions: a word in "-ed" before one is a participle after its
/// noun ("officials briefed on the plan", "voters interviewed by").
pub(super) static PREPOSITIONS: Lexicon = Lexicon::new(&[
    "on", "in", "by", "with", "at", "for", "from", "about", "to", "of",
    "over", "under", "into", "across", "near", "during",
]);

/// Words that start a time, not a source, after an inverted cue ("said
/// after a lunch on Tuesday").
pub(super) static TIME_STARTS: Lexicon = Lexicon::new(&[
    "after", "before", "during", "late", "early", "earlier", "later", "this",
    "last", "next", "until",
]);

/// Participles that modify the people or papers a report is about, after
/// their noun: "officials briefed on the talks", "voters polled", "a
/// memo seen by Reuters".
pub(super) static PARTICIPLES: Lexicon = Lexicon::new(&[
    "briefed",
    "involved",
    "based",
    "interviewed",
    "polled",
    "surveyed",
    "questioned",
    "asked",
    "contacted",
    "quoted",
    "cited",
    "consulted",
    "informed",
    "released",
    "published",
    "filed",
    "issued",
    "obtained",
    "reviewed",
    "conducted",
    "commissioned",
    "posted",
    "prepared",
    "compiled",
    "tallied",
    "submitted",
    "authorized",
    "assigned",
    "elected",
    "appointed",
    "employed",
    "hired",
]);

/// Common irregular past tenses: the first verb of a clause whose verbs
/// are joined ("Obama met survivors on Thursday and said …").
pub(super) static IRREGULAR_PAST: Lexicon = Lexicon::new(&[
    "met", "went", "made", "took", "gave", "came", "spoke", "wrote", "ran",
    "sat", "stood", "held", "left", "saw", "got", "brought", "thought",
    "told", "found", "kept", "sent", "spent", "led", "won", "lost", "began",
    "became", "put", "paid", "sold", "built", "heard", "knew", "rose", "drew",
    "grew", "broke", "chose", "fought", "sought", "struck", "shook", "read",
    "cut", "hit", "set", "let", "swore",
]);

/// Bare nouns after "according to" that say how, not who: "according to
/// plan", "according to schedule" ("according to the plan" is a
/// document's).
pub(super) static MANNERS: Lexicon = Lexicon::new(&[
    "plan",
    "plans",
    "schedule",
    "tradition",
    "custom",
    "protocol",
    "procedure",
    "script",
    "design",
    "need",
    "needs",
    "merit",
    "size",
    "age",
    "type",
    "rank",
    "law",
    "rule",
    "rules",
    "priority",
    "form",
    "instructions",
    "expectations",
    "taste",
    "preference",
]);

/// Rules and terms that "according to" is followed by to say how
/// something is done, not who says it ("contribute according to the
/// principle of …", "shared according to the terms of the deal").
pub(super) static RULE_HEADS: Lexicon = Lexicon::new(&[
    "the principle",
    "the principles",
    "the rule",
    "the rules",
    "the terms",
    "the provisions",
    "the law",
    "the laws",
    "the criteria",
    "the formula",
    "the procedures",
    "the needs",
    "their needs",
    "its needs",
    "their means",
]);

/// Determiners that open a source after its cue: "said the senior
/// adviser", "said a spokeswoman".
pub(super) static INVERTED_DETERMINERS: Lexicon = Lexicon::new(&[
    "the", "a", "an", "another", "his", "her", "their", "its", "our",
]);

/// Finite auxiliaries and modals: after a cue and a short subject they
/// show a clause with no "that" ("announced the corps would begin",
/// "knows he will lose").
pub(super) static FINITE: Lexicon = Lexicon::new(&[
    "is",
    "are",
    "was",
    "were",
    "has",
    "have",
    "had",
    "will",
    "would",
    "can",
    "could",
    "should",
    "may",
    "might",
    "must",
    "does",
    "did",
    "won't",
    "won’t",
    "isn't",
    "isn’t",
    "wasn't",
    "wasn’t",
    "doesn't",
    "doesn’t",
    "didn't",
    "didn’t",
    "can't",
    "can’t",
    "couldn't",
    "couldn’t",
    "wouldn't",
    "wouldn’t",
    "hasn't",
    "hasn’t",
    "haven't",
    "haven’t",
]);

/// Papers that "it" may stand for in the next sentence, beside the
/// documents' heads ("report", "study"): "The court issued its ruling. It
/// said …".
pub(super) static PAPERS: Lexicon = Lexicon::new(&[
    "statement",
    "memo",
    "letter",
    "document",
    "documents",
    "ruling",
    "order",
    "filing",
    "complaint",
    "lawsuit",
    "website",
    "decision",
    "resolution",
    "declaration",
    "communique",
    "communiqué",
    "release",
    "indictment",
    "affidavit",
    "assessment",
    "paper",
    "book",
    "article",
    "editorial",
    "post",
]);

/// The articles: a source phrase that ends in one is cut short.
pub(super) const ARTICLES: &[&str] = &["a", "an", "the"];
