//! Table-driven tests of claim detection.

use super::*;
use crate::sentence;

struct Got {
    kind: String,
    source: String,
    cue: String,
    content: String,
    hedges: String,
    negated: bool,
}

fn claims(text: &str) -> Vec<Got> {
    let mut sents = Vec::new();
    sentence::split(text, &mut sents);
    let mut out = Vec::new();
    ClaimDetector::new().find(text, &sents, &mut out);
    let span = |s: Option<(usize, usize)>| {
        s.map_or(String::new(), |(a, b)| text[a..b].to_string())
    };
    out.iter()
        .map(|c| Got {
            kind: format!(
                "{}{}",
                c.kind.as_str(),
                if c.generic_source { "/generic" } else { "" }
            ),
            source: span(c.source),
            cue: span(c.cue),
            content: span(Some(c.content)),
            hedges: c.hedges.join(";"),
            negated: c.negated,
        })
        .collect()
}

/// (text, kind, source, cue, content, hedges, negated) of the first
/// claim found.
const FORMS: &[(&str, &str, &str, &str, &str, &str, bool)] = &[
    (
        "Britain, for instance, has made it clear it’s ready to contribute personnel.",
        "reported",
        "Britain",
        "has made it clear",
        "it’s ready to contribute personnel",
        "",
        false,
    ),
    // An agreement to act is no statement, but the report of it is one.
    (
        "The United States has reportedly agreed to take a leading role here.",
        "unattributed",
        "",
        "reportedly",
        "The United States has reportedly agreed to take a leading role here",
        "reportedly",
        false,
    ),
    // A clause after "that" may open with "in".
    (
        "The point is, I believe that in this economy, workers need a voice.",
        "reported",
        "I",
        "believe",
        "in this economy, workers need a voice",
        "",
        false,
    ),
    (
        "It should be recalled that the Government alerted the Council.",
        "unattributed",
        "",
        "It should be recalled",
        "the Government alerted the Council",
        "",
        false,
    ),
    // Beliefs, expectations and knowledge, with a clause.
    (
        "We are convinced that multilateralism remains the answer.",
        "reported",
        "We",
        "are convinced",
        "multilateralism remains the answer",
        "",
        false,
    ),
    (
        "I think the outdated regulations need to change.",
        "reported",
        "I",
        "think",
        "the outdated regulations need to change",
        "",
        false,
    ),
    (
        "Officials fear that the talks will collapse.",
        "reported/generic",
        "Officials",
        "fear",
        "the talks will collapse",
        "",
        false,
    ),
    (
        "Trump is expected to win the primary in March.",
        "unattributed",
        "",
        "is expected",
        "Trump is expected to win the primary in March",
        "",
        false,
    ),
    (
        "Growth is projected to reach 5 per cent next year.",
        "unattributed",
        "",
        "is projected",
        "Growth is projected to reach 5 per cent next year",
        "",
        false,
    ),
    (
        "In the words of Mandela, it always seems impossible until it is done.",
        "reported",
        "Mandela",
        "In the words of",
        "it always seems impossible until it is done",
        "seems",
        false,
    ),
    (
        "In the words of the King: “Let us place humanity above all else.”",
        "quote",
        "the King",
        "In the words of",
        "Let us place humanity above all else",
        "",
        false,
    ),
    (
        "According to the poll “voters want change now” and more.",
        "quote",
        "the poll",
        "According to",
        "voters want change now",
        "",
        false,
    ),
    (
        "The messages were labeled secret, according to intelligence sources who have seen them.",
        "reported/generic",
        "intelligence sources",
        "according to",
        "The messages were labeled secret",
        "",
        false,
    ),
    // An aside attributes the rest of its sentence.
    (
        "As everyone knows, the tradition is based on reflection.",
        "reported",
        "everyone",
        "knows",
        "the tradition is based on reflection",
        "",
        false,
    ),
    // An adverb before the cue is part of it.
    (
        "Botswana firmly believes that the solution lies in trade.",
        "reported",
        "Botswana",
        "firmly believes",
        "the solution lies in trade",
        "",
        false,
    ),
    // Documents and data.
    (
        "The poll shows Trump leading in Ohio.",
        "reported",
        "The poll",
        "shows",
        "Trump leading in Ohio",
        "",
        false,
    ),
    (
        "A report of the World Bank found that poverty fell.",
        "reported",
        "A report of the World Bank",
        "found",
        "poverty fell",
        "",
        false,
    ),
    // A past tense after a noun-like word is still a cue.
    (
        "The official said that about 40 percent of the attendees were women.",
        "reported/generic",
        "The official",
        "said",
        "about 40 percent of the attendees were women",
        "",
        false,
    ),
    // "According to" after an opener, with a long institution's name.
    (
        "But, according to the poll, 46 percent of voters remain undecided.",
        "reported",
        "the poll",
        "according to",
        "46 percent of voters remain undecided",
        "",
        false,
    ),
    (
        "Trump is disliked more than any nominee, according to the Roper Center for Public Opinion Research at Cornell University.",
        "reported",
        "the Roper Center for Public Opinion Research at Cornell University",
        "according to",
        "Trump is disliked more than any nominee",
        "",
        false,
    ),
    // Verbs joined: the sentence's subject.
    (
        "He called the actions lawful, and said there was no attempt to hide them.",
        "reported",
        "He",
        "said",
        "there was no attempt to hide them",
        "",
        true,
    ),
    (
        "For that she drew his ire - he called her weak and said she had no support.",
        "reported",
        "he",
        "said",
        "she had no support",
        "",
        true,
    ),
    (
        "President Jessica Mackler issued a statement and said leaders will pay.",
        "reported",
        "President Jessica Mackler",
        "said",
        "leaders will pay",
        "",
        false,
    ),
    (
        "“They want to know why they shouldn’t vote for ‘Clinton,’ ” said Bree Maxwell, a volunteer.",
        "quote",
        "Bree Maxwell, a volunteer",
        "said",
        "They want to know why they shouldn’t vote for ‘Clinton,’",
        "",
        true,
    ),
    // After a cue and a colon, the content runs to the paragraph's end.
    (
        "The minister warned: the talks have failed. Nobody will sign.\n\nNext.",
        "reported",
        "The minister",
        "warned",
        "the talks have failed. Nobody will sign",
        "",
        false,
    ),
    // A quotation after a question to the audience.
    (
        "Some of you are asking: “Why should we care about the climate?”",
        "quote",
        "Some of you",
        "are asking",
        "Why should we care about the climate?",
        "",
        false,
    ),
    // Nouns that attribute.
    (
        "Officials dismissed his warning that the dam would fail.",
        "reported",
        "his",
        "warning",
        "the dam would fail",
        "",
        false,
    ),
    (
        "Voters rejected Trump’s claim that the election was rigged.",
        "reported",
        "Trump",
        "claim",
        "the election was rigged",
        "",
        false,
    ),
    // A question's own quotation, not the one of the paragraph above.
    (
        "“We are not here to make peace with terror.”\n\nSome of you are asking: “Why should we care?”",
        "quote",
        "Some of you",
        "are asking",
        "Why should we care?",
        "",
        false,
    ),
    // The source of a relative clause is what its pronoun stands for.
    (
        "Our partners, who have been telling us for decades that reform is needed, are right.",
        "reported",
        "Our partners",
        "have been telling",
        "reform is needed, are right",
        "",
        false,
    ),
    (
        "Let me emphasize that the rule of law must prevail.",
        "reported",
        "me",
        "emphasize",
        "the rule of law must prevail",
        "",
        false,
    ),
    // A cue inside the quotation is the quoted speaker's.
    (
        "But he added, “I think the conventional wisdom is wrong.”",
        "quote",
        "he",
        "added",
        "I think the conventional wisdom is wrong",
        "",
        false,
    ),
    // A quoted word before the comma of an inverted attribution.
    (
        "The bill’s failure was “heartbreaking,” she said.",
        "reported",
        "she",
        "said",
        "The bill’s failure was “heartbreaking",
        "",
        false,
    ),
    // "would" of reported speech, or of a habit, is no hedge; of a
    // present cue, it is.
    (
        "I told them we would respond.",
        "reported",
        "I",
        "told",
        "we would respond",
        "",
        false,
    ),
    (
        "My dad would then say that hard work pays.",
        "reported",
        "My dad",
        "would then say",
        "hard work pays",
        "",
        false,
    ),
    (
        "He says it would be a mistake.",
        "reported",
        "He",
        "says",
        "it would be a mistake",
        "would",
        false,
    ),
    // A negation counts in the content's first clause only.
    (
        "She said the plan will pass, though it has no support in the north.",
        "reported",
        "She",
        "said",
        "the plan will pass, though it has no support in the north",
        "",
        false,
    ),
    (
        "She said the plan will not pass.",
        "reported",
        "She",
        "said",
        "the plan will not pass",
        "",
        true,
    ),
    (
        "Reports suggest a willingness to support monitoring efforts and perhaps more.",
        "reported/generic",
        "Reports",
        "suggest",
        "a willingness to support monitoring efforts and perhaps more",
        "suggest;perhaps",
        false,
    ),
    // "would" after a past cue is the tense of reported speech, no hedge
    // (issue 21).
    (
        "Officials said the talks would resume.",
        "reported/generic",
        "Officials",
        "said",
        "the talks would resume",
        "",
        false,
    ),
    (
        "Russian officials said the talks would not resume.",
        "reported/generic",
        "Russian officials",
        "said",
        "the talks would not resume",
        "",
        true,
    ),
    (
        "Yet supporters of the idea argue it’s precisely this effect that matters.",
        "reported",
        "supporters of the idea",
        "argue",
        "it’s precisely this effect that matters",
        "",
        false,
    ),
    (
        "“We will not send troops to fight,” she said.",
        "quote",
        "she",
        "said",
        "We will not send troops to fight",
        "",
        true,
    ),
    (
        "“We will send monitors to the border,” said Jones, the minister.",
        "quote",
        "Jones, the minister",
        "said",
        "We will send monitors to the border",
        "",
        false,
    ),
    (
        "Macron told reporters that “the force is ready to deploy.”",
        "quote",
        "Macron",
        "told",
        "the force is ready to deploy",
        "",
        false,
    ),
    // An agreement to act is none (see `no_claims`); agreeing that
    // something holds is one.
    (
        "China and the European Union agreed that the talks would go on.",
        "reported",
        "China and the European Union",
        "agreed",
        "the talks would go on",
        "",
        false,
    ),
    (
        "The talks will be extended until July, officials said.",
        "reported/generic",
        "officials",
        "said",
        "The talks will be extended until July",
        "",
        false,
    ),
    (
        "Peace is possible, according to the French president.",
        "reported",
        "the French president",
        "according to",
        "Peace is possible",
        "",
        false,
    ),
    (
        "According to diplomats, the deal is close.",
        "reported/generic",
        "diplomats",
        "According to",
        "the deal is close",
        "",
        false,
    ),
    (
        "The plan will reportedly cost billions.",
        "unattributed",
        "",
        "reportedly",
        "The plan will reportedly cost billions",
        "reportedly",
        false,
    ),
    (
        "It is understood that the summit will be delayed.",
        "unattributed",
        "",
        "It is understood",
        "the summit will be delayed",
        "",
        false,
    ),
    (
        "The biggest risk of all is not taking one.\n— Mellody Hobson\nAuthor",
        "quote",
        "Mellody Hobson",
        "—",
        "The biggest risk of all is not taking one",
        "",
        true,
    ),
    (
        "Security guarantees sound great in theory.\n\n– International security analyst",
        "quote",
        "International security analyst",
        "–",
        "Security guarantees sound great in theory",
        "",
        false,
    ),
    (
        "Phil Smith, a spokesman for the union, said the mines would close.",
        "reported",
        "Phil Smith, a spokesman for the union",
        "said",
        "the mines would close",
        "",
        false,
    ),
    (
        "Senator Dianne Feinstein, Democrat of California, said the bill failed.",
        "reported",
        "Senator Dianne Feinstein, Democrat of California",
        "said",
        "the bill failed",
        "",
        false,
    ),
    (
        "The first ad could start this week, said Brian Baker, an adviser to the family.",
        "reported",
        "Brian Baker, an adviser to the family",
        "said",
        "The first ad could start this week",
        "could",
        false,
    ),
    (
        "''I don't judge what people spend money on,'' he said.",
        "quote",
        "he",
        "said",
        "I don't judge what people spend money on",
        "",
        true,
    ),
    (
        "\"It's heartbreaking,\" Ryan said.",
        "quote",
        "Ryan",
        "said",
        "It's heartbreaking",
        "",
        false,
    ),
    (
        "Said Ellis: “I don’t get the sense she is interested.”",
        "quote",
        "Ellis",
        "Said",
        "I don’t get the sense she is interested",
        "",
        true,
    ),
    (
        "Sanders: “We need a political revolution in this country.”",
        "quote",
        "Sanders",
        ":",
        "We need a political revolution in this country",
        "",
        false,
    ),
    (
        "Cruz has long said that he qualifies as a natural-born citizen.",
        "reported",
        "Cruz",
        "has long said",
        "he qualifies as a natural-born citizen",
        "",
        false,
    ),
    (
        "The study found that turnout fell in every county.",
        "reported",
        "The study",
        "found",
        "turnout fell in every county",
        "",
        false,
    ),
    (
        "“Tom is a real visionary.” ― Veronica Cruz",
        "quote",
        "Veronica Cruz",
        "―",
        "“Tom is a real visionary.”",
        "",
        false,
    ),
];

#[test]
fn forms() {
    for &(text, kind, source, cue, content, hedges, negated) in FORMS {
        let got = claims(text);
        assert!(!got.is_empty(), "no claim in {text:?}");
        let g = &got[0];
        let fields = (
            g.kind.as_str(),
            g.source.as_str(),
            g.cue.as_str(),
            g.content.as_str(),
        );
        assert_eq!(fields, (kind, source, cue, content), "{text}");
        assert_eq!(
            (g.hedges.as_str(), g.negated),
            (hedges, negated),
            "{text}"
        );
    }
}

#[test]
fn participle_cue_takes_the_subject_of_its_sentence() {
    // "emphasized ending the conflict" has no clause: no claim of its own.
    let text = "The current U.S. administration has emphasized ending the conflict quickly, \
                often stressing that American troops should never be committed to fighting.";
    let got = claims(text);
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].source, "The current U.S. administration");
    assert_eq!(got[0].cue, "often stressing");
    assert!(got[0].negated);
    let text = "The administration said it would end the war quickly, \
                often stressing that troops should never be committed.";
    let got = claims(text);
    assert_eq!(got.len(), 2);
    assert_eq!(got[1].source, "The administration");
    assert!(got[1].negated && !got[0].negated);
}

#[test]
fn no_claims() {
    let cases = [
        "The meeting brought together dozens of heads of state and ministers.",
        "It’s only natural they’d want a major say in shaping the outcome.",
        "Having them ready sends a powerful signal about resolve.",
        "Getting everyone to agree on the details won’t be easy.",
        "Kaine defended people accused of rape or murder.",
        "Let's say you think a degree is worth it.",
        "PolitiFact rated 22% of Republican claims as true.",
        "Following initial reports of the explosion, officials arrived.",
        "The center maintains a program to train young leaders.",
        "We call on every member state to support the proposal.",
        "It’s been described repeatedly as crossing a fundamental red line.",
        "Even a “reassurance” force could find itself in harm’s way.",
        "The meeting brought together an impressive crowd.",
        "“This is a quotation with nobody to say it.”",
        // Conditions, appeals, questions, wishes.
        "If you believe that we should defend American patients, then stand with me.",
        "If you believe we need to secure the border, pass it.",
        "Surely we must all agree that the world has changed.",
        "Let us recall that the Charter was signed in 1945.",
        "Do you believe that the war will end soon?",
        "We hope that peace will prevail.",
        "I wish that my father could see this.",
        "We urge all parties to show restraint.",
        "Republicans called for an investigation into the leaks.",
        // Verbs of no speech or thought, and speech with no clause.
        "I responded directly and proportionally to Russia's interference.",
        "This chamber echoes the aspirations of humanity.",
        "We believe in the power of dialogue.",
        "We reiterate our call for the nuclear Powers to disarm.",
        "We stress the importance of dialogue.",
        "Our Government has pledged to increase its focus on health.",
        "The talks continued to stall.",
        "China and the European Union agreed to extend the talks.",
        // A source that is a fragment.
        "Malawi joins the United States in insisting that Africa must have seats.",
    ];
    for text in cases {
        assert!(claims(text).is_empty(), "{text}");
    }
}

/// A line that opens with a dash attributes the paragraph above only when
/// it names someone: a list's items, a sentence or a rule do not, so no
/// claim's content runs over the paragraph's sentences.
#[test]
fn dash_lines_that_name_nobody_attribute_nothing() {
    let cases = [
        "Our efforts cover three sectors. They matter:\n- **Agriculture**,\n- **Energy**.",
        "This has resulted in:\n- Creation of an electoral body\n- Territorial reorganisation",
        "We made progress. Then came reforms.\n- Political reforms\n- Economic development",
        "Nations grow. They trade.\n— India will blame us.",
        "Nations grow. They trade.\n- peace and security;",
        "Nations grow. They trade.\n— the Balkans and the Mediterranean.",
    ];
    for text in cases {
        assert!(claims(text).is_empty(), "{text}");
    }
}

/// `may_cue` holds wherever a cue or a report starts: at every word of
/// the project's texts and of phrases made for the edges (a cue only
/// before another word, punctuation between, capitals, apostrophes),
/// a cue or report found there implies it; and it turns away the words
/// it is there to turn away.
#[test]
fn may_cue_holds_wherever_a_cue_or_report_starts() {
    let mut texts: Vec<String> = [
        include_str!("../../data/news/summit.txt"),
        include_str!("../../data/news/energy.md"),
        include_str!("../../data/speeches.jsonl"),
        include_str!("../../data/briefs.csv"),
    ]
    .iter()
    .map(|t| t.to_string())
    .collect();
    for first in ["made", "MAKES", "Make", "call", "calls", "called"] {
        for next in ["it clear", "It Clear", ", it clear", "for", "on", "’s"]
        {
            texts.push(format!("The minister {first} {next} that it rained."));
        }
    }
    for first in ["know", "FEARS", "expected", "shows", "noting", "convinced"]
    {
        for next in ["that", "That", "—that", "to", "thatch", ""] {
            texts.push(format!("Officials {first} {next} it is so."));
        }
    }
    for first in ["reports", "found", "notes", "According", "described"] {
        for next in ["that", "THAT", "—that", "to", "as", "thatch", ""] {
            texts.push(format!("Officials {first} {next} it is so."));
        }
    }
    texts.push("It is understood and it is believed, reportedly.".into());
    let starts = trigger_set();
    let mut cues = 0;
    for text in &texts {
        let mut sentences = Vec::new();
        crate::sentence::split(text, &mut sentences);
        for &(s, e) in &sentences {
            let words = words(text, s, e);
            for j in 0..words.len() {
                if starts.binary_search(&words[j].lower.as_ref()).is_err() {
                    continue;
                }
                let report = REPORT_WORDS.contains(&words[j].lower.as_ref());
                if cue_len(&words, j).is_some() || report {
                    cues += 1;
                    let at = &text[words[j].start..e];
                    assert!(may_cue(text, words[j].start, e), "{at:?}");
                }
            }
        }
    }
    assert!(cues > 40, "{cues} cues");
    for (text, t) in [
        ("We made progress.", 3),
        ("They know them well.", 5),
        ("It reports the figures.", 3),
        ("He found a way.", 3),
        ("She made.", 4),
    ] {
        assert!(!may_cue(text, t, text.len()), "{text}");
    }
}

/// Words: word characters and inner apostrophes of either kind, trailing
/// apostrophes cut, lower-cased as Unicode says, capitals noted.
#[test]
fn words_keep_inner_apostrophes_and_lower_case() {
    let text = "The leaders' talks, O'Brien’s “Côte d’Ivoire” ÉTAT x_y \
                U.S. 12th don't ’tis";
    let got: Vec<(&str, String, bool)> = words(text, 0, text.len())
        .iter()
        .map(|w| (&text[w.start..w.end], w.lower.to_string(), w.capital))
        .collect();
    let want = [
        ("The", "the", true),
        ("leaders", "leaders", false),
        ("talks", "talks", false),
        ("O'Brien’s", "o'brien’s", true),
        ("Côte", "côte", true),
        ("d’Ivoire", "d’ivoire", false),
        ("ÉTAT", "état", true),
        ("x_y", "x_y", false),
        ("U", "u", true),
        ("S", "s", true),
        ("12th", "12th", false),
        ("don't", "don't", false),
        ("tis", "tis", false),
    ];
    let want: Vec<(&str, String, bool)> =
        want.iter().map(|&(w, l, c)| (w, l.to_string(), c)).collect();
    assert_eq!(got, want);
    // A sentence inside the text: offsets are the text's.
    let inner: Vec<usize> =
        words(text, 4, 18).iter().map(|w| w.start).collect();
    assert_eq!(inner, [4, 13]);
}

#[test]
fn first_person_sources_stand_for_the_speaker_or_the_country() {
    use FirstPerson::*;
    let cases = [
        ("I", Some(Speaker)),
        ("me", Some(Speaker)),
        (" We ", Some(Country)),
        ("we", Some(Country)),
        ("My Government", Some(Country)),
        ("our country", Some(Country)),
        ("this delegation", Some(Country)),
        ("Our nation", Some(Country)),
        ("my dad", None),
        ("our partners", None),
        ("they", None),
        ("We the peoples", None),
        ("", None),
    ];
    for (source, want) in cases {
        assert_eq!(first_person(source), want, "{source:?}");
    }
}

#[test]
fn cues_are_classed_by_their_words() {
    use CueClass::*;
    let cases = [
        (Some("said"), Speech),
        (Some("has repeatedly warned"), Speech),
        (Some("reportedly"), Speech),
        (Some("believe"), Thought),
        (Some("are convinced"), Thought),
        (Some("is expected to"), Thought),
        (Some("it is understood"), Thought),
        (Some("found"), Document),
        (Some("show"), Document),
        (Some("according to"), According),
        (Some("in the words of"), According),
        (Some("—"), None),
        (Some(":"), None),
        (Option::None, None),
    ];
    for (cue, want) in cases {
        assert_eq!(cue_class(cue), want, "{cue:?}");
    }
}

#[test]
fn a_source_is_named_by_its_head() {
    let cases = [
        ("one trader in Amsterdam", "one trader"),
        ("Phil Smith, a spokesman for the union", "Phil Smith"),
        ("the Government of Mali", "the Government of Mali"),
        ("France and Britain", "France and Britain"),
        ("Germany, France and Italy", "Germany, France and Italy"),
        ("officials who saw the letter", "officials"),
        ("a spokesman for Sanders", "a spokesman"),
        ("Russian officials", "Russian officials"),
        ("in", "in"),
    ];
    for (source, want) in cases {
        let (s, e) = source_head(source, (0, source.len()));
        assert_eq!(&source[s..e], want, "{source}");
    }
}
