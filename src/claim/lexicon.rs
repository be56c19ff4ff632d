//! The word lists of claim detection: cues, hedges, negations, and the
//! words that bound a source.

use crate::hash::Lexicon;

pub(super) static CUES: Lexicon = Lexicon::new(&[
    "wrote",
    "writes",
    "asked",
    "asks",
    "cited",
    "cites",
    "citing",
    "adding",
    "mentioned",
    "questioned",
    "criticized",
    "criticised",
    "criticizes",
    "contended",
    "contends",
    "countered",
    "conceded",
    "concedes",
    "tweeted",
    "testified",
    "say",
    "says",
    "said",
    "saying",
    "tell",
    "tells",
    "told",
    "telling",
    "stated",
    "agree",
    "agrees",
    "agreed",
    "warn",
    "warns",
    "warned",
    "warning",
    "argue",
    "argues",
    "argued",
    "arguing",
    "claimed",
    "deny",
    "denies",
    "denied",
    "denying",
    "insist",
    "insists",
    "insisted",
    "insisting",
    "signaled",
    "signalled",
    "add",
    "added",
    "adds",
    "noted",
    "explain",
    "explained",
    "explains",
    "suggest",
    "suggests",
    "suggested",
    "reported",
    "admit",
    "admitted",
    "admits",
    "believe",
    "believes",
    "believed",
    "think",
    "thinks",
    "asking",
    "asks",
    "continued",
    "replied",
    "replies",
    "responded",
    "responds",
    "promised",
    "vowed",
    "pledged",
    "assert",
    "asserted",
    "asserts",
]);

/// Multi-word cues: the words after a first word.
/// Words that are cues only before "that", being nouns as often as
/// verbs ("the claims", "initial reports") or not speech at all ("was
/// found dead").
pub(super) static THAT_CUES: Lexicon = Lexicon::new(&[
    "claim",
    "claims",
    "report",
    "reports",
    "pledge",
    "pledges",
    "promise",
    "promises",
    "signal",
    "signals",
    "vow",
    "vows",
    "note",
    "notes",
    "found",
    "finds",
    "shows",
    "showed",
    "show",
    "estimate",
    "estimates",
    "estimated",
    "maintain",
    "maintains",
    "maintained",
    // Speech verbs that are claims only with a clause ("responded to the
    // attack", "echoes the aspirations", "pledged to act" are none).
    "echoed",
    "echoes",
    "threatened",
    "states",
    "stated",
    "affirm",
    "affirms",
    "affirmed",
    "reaffirm",
    "reaffirms",
    "reaffirmed",
    "recall",
    "indicated",
    "indicates",
    "revealed",
    "reveals",
    "concluded",
    "concludes",
    // Speech verbs as often with an object as with a clause ("stressed
    // the importance of", "reiterate our call for").
    "recalled",
    "recalls",
    "acknowledges",
    "announce",
    "announces",
    "announced",
    "stress",
    "stresses",
    "stressed",
    "stressing",
    "emphasize",
    "emphasizes",
    "emphasized",
    "emphasizing",
    "emphasise",
    "emphasised",
    "confirm",
    "confirms",
    "confirmed",
    "accuse",
    "accuses",
    "accused",
    "declare",
    "declared",
    "declares",
    "acknowledge",
    "acknowledged",
    "predict",
    "predicted",
    "reiterate",
    "reiterated",
    "reiterates",
    "noting",
    "suggesting",
    "explaining",
    "acknowledging",
    "recalling",
    "concur",
    "concurs",
    "concurred",
    "intimated",
    "indicate",
    "trusting",
    // Speech verbs with a listener before "that" (`TAKES_LISTENER`).
    "inform",
    "informs",
    "informed",
    "assure",
    "assures",
    "assured",
    "remind",
    "reminds",
    "reminded",
    "caution",
    "cautions",
    "cautioned",
    // And the words of thought, belief and knowledge (`THOUGHT`), with
    // a clause: see `that_cues`.
]);

pub(super) const PHRASE_CUES: &[(&str, &[&str])] = &[
    ("make", &["it", "clear"]),
    ("makes", &["it", "clear"]),
    ("made", &["it", "clear"]),
    ("making", &["it", "clear"]),
    ("described", &["as"]),
    ("describes", &["as"]),
    ("according", &["to"]),
    // "in the words of": read from "words", after "in the" (see
    // `cue_len`), so that "in" is no trigger word.
    ("words", &["of"]),
    ("figured", &["out"]),
    ("put", &["on", "record"]),
];

/// Words of reports with no named source, which need no cue: "reportedly",
/// "allegedly", "it is understood", "it is believed" (see
/// `parts::unattributed`).
pub(super) const REPORT_WORDS: &[&str] =
    &["reportedly", "allegedly", "understood", "believed"];

/// Words of reports with no source that no cue starts with, and that
/// need "that" after them: "it is known that".
pub(super) const PASSIVE_ONLY: &[&str] = &["known", "projected"];

/// Past participles that report with no source after an impersonal "it"
/// and before "that": "it should be recalled that", "it is known that".
pub(super) static PASSIVE_REPORTS: Lexicon = Lexicon::new(&[
    "understood",
    "believed",
    "known",
    "recalled",
    "noted",
    "said",
    "reported",
    "feared",
    "thought",
    "estimated",
    "expected",
]);

/// Cue words of thought, belief and knowledge (`cue_class` thought):
/// cues before "that", where they are no cue alone (`CUES`).
pub(super) static THOUGHT: Lexicon = Lexicon::new(&[
    "believe",
    "believes",
    "believed",
    "think",
    "thinks",
    "thought",
    "know",
    "knows",
    "knew",
    "realize",
    "realizes",
    "realized",
    "realise",
    "realises",
    "realised",
    "fear",
    "fears",
    "feared",
    "expect",
    "expects",
    "expected",
    "convinced",
    "confident",
    "sure",
    "certain",
    "aware",
    "recognize",
    "recognizes",
    "recognized",
    "recognise",
    "recognises",
    "recognised",
    "understand",
    "understands",
    "understood",
    "feel",
    "feels",
    "felt",
]);

/// Cue words of documents and data (`cue_class` document): "a report
/// found that", "the data show".
pub(super) static DOCUMENT: Lexicon = Lexicon::new(&[
    "found",
    "finds",
    "show",
    "shows",
    "showed",
    "shown",
    "estimate",
    "estimates",
    "estimated",
    "concluded",
    "concludes",
    "indicated",
    "indicates",
    "revealed",
    "reveals",
]);

/// Cue words that attribute only a quotation beside them: `“…,” he
/// continued`, but not "he continued the fight" or "responded directly to
/// the attack".
pub(super) const QUOTE_ONLY: &[&str] = &[
    "continued",
    "replied",
    "replies",
    "responded",
    "responds",
    "asking",
    "asked",
    "asks",
];

/// Objects of speech verbs that stand between the cue and the content:
/// "told them we would respond", "told him, “We welcome …”".
pub(super) const LISTENERS: &[&str] =
    &["me", "him", "her", "us", "them", "you", "reporters", "everyone"];

/// Nouns that attribute a clause after "that": "his warning that", "the
/// claim that", "Trump's assertion that".
pub(super) static NOMINAL: Lexicon = Lexicon::new(&[
    "warning",
    "claim",
    "claims",
    "assertion",
    "announcement",
    "statement",
    "belief",
    "view",
    "conviction",
    "assessment",
    "argument",
    "allegation",
    "allegations",
    "suggestion",
    "insistence",
    "finding",
    "findings",
]);

/// Possessive determiners that name the source of a nominal cue.
pub(super) const POSSESSIVES: &[&str] =
    &["his", "her", "their", "its", "our", "my", "your"];

/// Heads of sources that are documents or data, after which a document
/// cue needs no "that": "the poll shows Trump ahead".
pub(super) static DOCUMENT_HEADS: Lexicon = Lexicon::new(&[
    "poll",
    "polls",
    "survey",
    "surveys",
    "study",
    "studies",
    "report",
    "reports",
    "data",
    "analysis",
    "figures",
    "numbers",
    "research",
    "records",
    "results",
    "statistics",
    "estimates",
    "review",
    "audit",
    "investigation",
    "census",
]);

/// The words that are cues before "that": `THAT_CUES` and `THOUGHT`.
pub(super) fn that_cues() -> impl Iterator<Item = &'static str> {
    THAT_CUES.iter().chain(THOUGHT.iter()).copied()
}

/// Cue words that may have a listener between them and "that": "inform
/// the Assembly that", "assure our partners that", "warned the world
/// that".
pub(super) static TAKES_LISTENER: Lexicon = Lexicon::new(&[
    "inform",
    "informs",
    "informed",
    "assure",
    "assures",
    "assured",
    "remind",
    "reminds",
    "reminded",
    "warn",
    "warns",
    "warned",
    "caution",
    "cautions",
    "cautioned",
    "convince",
    "convinced",
]);

/// Words that open a short subject after a cue: "said the vote would".
pub(super) static SUBJECT_STARTS: Lexicon = Lexicon::new(&[
    "the", "a", "an", "this", "these", "those", "his", "her", "their", "its",
    "our", "my", "your", "most", "many", "some", "all", "both", "no", "none",
]);

/// Adverbs between a cue and its "that": "stress once again that", "say
/// unequivocally that", "knew full well that".
pub(super) const BEFORE_THAT: &[&str] =
    &["again", "once", "more", "also", "too", "full", "well", "further"];

/// Expectations with no source: "is expected to", "is projected to".
pub(super) const EXPECTATIONS: &[&str] =
    &["expected", "projected", "estimated", "predicted"];

/// Modal verbs that make a first-person cue an appeal: "we must
/// acknowledge that", "you should know that".
pub(super) const APPEAL_MODALS: &[&str] = &["must", "should", "shall"];

pub(super) static HEDGES: Lexicon = Lexicon::new(&[
    "reportedly",
    "allegedly",
    "perhaps",
    "likely",
    "unlikely",
    "could",
    "may",
    "might",
    "would",
    "appear",
    "appears",
    "appeared",
    "seem",
    "seems",
    "seemed",
    "suggest",
    "suggests",
    "suggested",
    "potentially",
    "possibly",
    "probably",
    "apparently",
    "clearly",
    "certainly",
    "definitely",
    "surely",
    "undoubtedly",
]);

pub(super) const NEGATIONS: &[&str] =
    &["not", "never", "no", "without", "deny", "denies", "denied", "nor"];

/// Cue words that take an object as often as a clause ("will add 19
/// million jobs", "adding more than $10 trillion to our wealth"): see
/// `cues::object_cue_speaks`.
pub(super) static OBJECT_CUES: [&str; 4] = ["add", "adds", "added", "adding"];

/// The words that may stand between "it" or "this" and a colon that
/// gives what was said: "said it again:", "put it this way:".
pub(super) static POINTER_ADVERBS: [&str; 12] = [
    "again", "before", "once", "twice", "many", "times", "often", "this",
    "way", "very", "too", "also",
];

/// What a war or an attack claims, or a group claims for itself: after
/// "claimed" they make it no speech ("the conflict has claimed thousands
/// of lives", "no group has claimed responsibility").
pub(super) static CLAIMED_THINGS: [&str; 7] = [
    "lives",
    "victims",
    "deaths",
    "casualties",
    "toll",
    "responsibility",
    "credit",
];

/// The words of a speaker's frame before "to" and a cue: "I would like to
/// stress", "we wish to inform", "I am proud to say".
pub(super) static FRAMES: Lexicon = Lexicon::new(&[
    "like", "wish", "want", "proud", "pleased", "happy", "glad", "honoured",
    "honored",
]);

/// Heads of sources that name nobody: "officials say".
pub(super) static GENERIC: Lexicon = Lexicon::new(&[
    "reports",
    "report",
    "sources",
    "source",
    "officials",
    "official",
    "analysts",
    "observers",
    "experts",
    "critics",
    "diplomats",
    "insiders",
    "people",
    "media",
    "some",
    "many",
    "others",
]);

/// Words before a cue word that make it a noun or an infinitive: "a
/// major say", "heads of state", "to agree".
pub(super) static NOUN_BEFORE: Lexicon = Lexicon::new(&[
    "a",
    "an",
    "the",
    "of",
    "to",
    "this",
    "that",
    "his",
    "her",
    "their",
    "its",
    "our",
    "my",
    "your",
    "no",
    "any",
    "some",
    "every",
    "major",
    "powerful",
    "strong",
    "clear",
    "final",
    "first",
    "last",
    "big",
    "key",
    "important",
    "public",
    "official",
    "joint",
    "formal",
    "weekly",
    "annual",
    "new",
    "latest",
    "recent",
    "whose",
]);

/// Where something is said: "wrote on Twitter".
pub(super) const MEDIA: &[&str] =
    &["twitter", "facebook", "instagram", "television", "tv", "radio"];

/// How something is said: "said in a statement".
pub(super) static MANNER: Lexicon = Lexicon::new(&[
    "statement",
    "interview",
    "speech",
    "post",
    "tweet",
    "email",
    "letter",
    "op-ed",
    "memo",
    "release",
    "briefing",
    "conference",
]);
