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

/// The content of the one claim of `text`.
fn only_content(text: &str) -> String {
    let got = claims(text);
    assert_eq!(got.len(), 1, "{text}");
    got[0].content.clone()
}

mod forms;
mod sources;
use forms::FORMS;

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
fn a_quotation_left_open_does_not_swallow_the_next_paragraph() {
    // The second quotation opens with one style and closes with the
    // other; whatever pairs, the next paragraph's claim stands alone.
    for text in [
        "“We are here,” he said. \"They are afraid of it.”\nLater, Rubio claimed that Muslims face no discrimination.",
        "“We are here,” he said. \"They are afraid of it.\nLater, Rubio claimed that Muslims face no discrimination.",
        "\"We are here,\" he said. “They are afraid of it.\nLater, Rubio claimed that Muslims face \"no discrimination.\"",
    ] {
        let got = claims(text);
        assert!(
            got.iter().any(|g| g.source == "Rubio" && g.cue == "claimed"),
            "{text}"
        );
    }
}

#[test]
fn a_speech_verb_joined_by_and_is_a_claim_of_its_own() {
    // (text, [(source, cue, content)]): each content ends before the
    // joint, and the joined cue keeps the source.
    type Parts = (&'static str, &'static str, &'static str);
    let cases: &[(&str, &[Parts])] = &[
        (
            "Podesta said Gates was not working for the party and said Manafort was not involved.",
            &[
                ("Podesta", "said", "Gates was not working for the party"),
                ("Podesta", "said", "Manafort was not involved"),
            ],
        ),
        (
            "Twitter reported that growth was flat, and also said it was operating at a loss.",
            &[
                ("Twitter", "reported", "growth was flat"),
                ("Twitter", "also said", "it was operating at a loss"),
            ],
        ),
        // A thought verb joined inside a content is no new claim.
        (
            "He said voters know and understand that the economy is weak.",
            &[(
                "He",
                "said",
                "voters know and understand that the economy is weak",
            )],
        ),
    ];
    for &(text, want) in cases {
        let found = claims(text);
        let got: Vec<(&str, &str, &str)> = found
            .iter()
            .map(|g| (g.source.as_str(), g.cue.as_str(), g.content.as_str()))
            .collect();
        assert_eq!(got, want, "{text}");
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
        // A wish or a plan to speak, reported of someone else; a plan
        // to inform someone, with no clause.
        "He would like to stress that the talks failed.",
        "They wish to inform the public about the risks.",
        "We need to stress that the talks failed.",
        "I want to thank the Secretary-General for his leadership.",
        // A cue and an object, with no clause after it.
        "She announced the Peace Corps program in Hanoi.",
        "We know the President of the Assembly well.",
        "We no longer tell our enemies our plans.",
        "Having said that, Solomon Islands cautiously welcomes the consensus.",
        "As history shows, regional treaties on non-proliferation work.",
        // A source that is a fragment.
        "Malawi joins the United States in insisting that Africa must have seats.",
    ];
    for text in cases {
        assert!(claims(text).is_empty(), "{text}");
    }
}

/// "add" takes an object as often as a clause ("will add 19 million
/// jobs"): it is a cue only where a clause, a comma, a colon or a
/// quotation follows it, where a quotation's comma comes before it, or
/// where its sentence ends after it. "claimed" is none before a toll or
/// a deed ("claimed thousands of lives", "claimed responsibility").
#[test]
fn add_is_a_cue_only_where_it_introduces_speech() {
    let none = [
        "Since my election, stock markets have soared 70 percent, adding more than $10 trillion to our national wealth.",
        "The plan will add 19 million jobs.",
        "Organizers added 160 security personnel along the parade route.",
        "Social media has added another link to the misinformation chain.",
        "Those promises add up to more than $8.5 million.",
        "Mrs. Clinton said she was pleased, adding a plug for her plan. “Who else can fix it?”",
        // What a war claims, or a group for itself.
        "The war has claimed thousands of innocent lives.",
        "No group has claimed responsibility for the attack.",
        // A colon or a quotation after an object or a figure; a
        // quotation's comma before another clause; a relative "that".
        "The airline added a 10:30 flight to Boston.",
        "Organizers added 160 guards along the route, \"for safety\".",
        "“We will win,” she said, and the plan added 19 million jobs.",
        "We have added provisions that criminalize the use of gas.",
        "We add our voice to others that have spoken before us.",
    ];
    for text in none {
        let got: Vec<_> = claims(text).iter().map(|g| g.cue.clone()).collect();
        let bad = |c: &String| c.contains("add") || c.contains("claim");
        assert!(!got.iter().any(bad), "{text}: {got:?}");
        // The plan's "added" aside, the sentence's own cue stays.
        if text.contains("she said") {
            assert_eq!(got, ["said"], "{text}");
        }
    }
    // (text, source, cue, content)
    let some = [
        ("“We will win,” he added.", "he", "added", "We will win"),
        (
            "“We will win,” added the minister.",
            "the minister",
            "added",
            "We will win",
        ),
        (
            "She added that the talks had failed.",
            "She",
            "added",
            "the talks had failed",
        ),
        (
            "She added warily: “There is always something.”",
            "She",
            "added",
            "There is always something",
        ),
        (
            "He vowed to win, adding he intended to work with everyone.",
            "He",
            "adding",
            "he intended to work with everyone",
        ),
        (
            "He vowed to win, adding he’s ready to work with everyone.",
            "He",
            "adding",
            "he’s ready to work with everyone",
        ),
        (
            "I may add at this point that the talks failed.",
            "I",
            "may add",
            "the talks failed",
        ),
        // A claim about deaths is no toll.
        (
            "He claimed the deaths were faked by the government.",
            "He",
            "claimed",
            "the deaths were faked by the government",
        ),
        (
            "He claimed the election was stolen.",
            "He",
            "claimed",
            "the election was stolen",
        ),
        // A verb of estimates, with its clause.
        (
            "Independent experts estimate the American Jobs Plan will add 19 million jobs.",
            "Independent experts",
            "estimate",
            "the American Jobs Plan will add 19 million jobs",
        ),
    ];
    for (text, source, cue, content) in some {
        let got = claims(text);
        let g = got.iter().find(|g| g.cue == cue);
        let g = g.unwrap_or_else(|| panic!("no cue {cue:?} in {text:?}"));
        assert_eq!(
            (g.source.as_str(), g.content.as_str()),
            (source, content),
            "{text}"
        );
    }
}

/// A pronoun that stands for what a colon then gives is no part of the
/// content: "I have said it again: 650 people died".
#[test]
fn a_pronoun_before_a_colon_points_to_the_content() {
    let cases = [
        (
            "I have said it again: 650 people died in the floods.",
            "650 people died in the floods",
        ),
        (
            "We have said this before: the Council must act.",
            "the Council must act",
        ),
        (
            "We have said this many times: the talks are over.",
            "the talks are over",
        ),
        // A subject, not a pointer, or a colon with no space: the clause
        // is the content, colon and all.
        ("She said it was over.", "it was over"),
        (
            "She said it was 10:30 when the bomb went off.",
            "it was 10:30 when the bomb went off",
        ),
        ("He said it is time: we must act.", "it is time: we must act"),
    ];
    for (text, content) in cases {
        assert_eq!(only_content(text), content, "{text}");
    }
}

/// A cue in a relative clause on a source that opens its sentence: the
/// content ends at the comma before the main clause's verb, but never
/// inside a quotation.
#[test]
fn a_relative_clause_ends_its_content_at_its_comma() {
    let cases = [
        (
            "The minister, who said that the talks had failed, was replaced.",
            "the talks had failed",
        ),
        (
            "The envoy, who told reporters that “the talks, sadly, are over,” left Geneva.",
            "the talks, sadly, are over",
        ),
        // An apostrophe is no quotation; a line break after the comma;
        // the clause's own commas come first.
        (
            "The minister, who said that the country's talks had failed, was replaced.",
            "the country's talks had failed",
        ),
        (
            "The minister, who said that the talks had failed,\nwas replaced.",
            "the talks had failed",
        ),
        (
            "The minister, who said that the talks, which were long, had failed, was replaced.",
            "the talks, which were long, had failed",
        ),
    ];
    for (text, content) in cases {
        assert_eq!(only_content(text), content, "{text}");
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
        include_str!("../../../data/news/summit.txt"),
        include_str!("../../../data/news/energy.md"),
        include_str!("../../../data/speeches.jsonl"),
        include_str!("../../../data/briefs.csv"),
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

/// The ASCII reading of a cue's class is the general one's, for every
/// word of the lists in three cases, alone and in phrases.
#[test]
fn an_ascii_cue_is_classed_as_any_cue_is() {
    let mut cues: Vec<String> = Vec::new();
    for w in THOUGHT.iter().chain(DOCUMENT.iter()).chain(CUES.iter()) {
        for v in [w.to_string(), w.to_uppercase(), capitalized(w)] {
            cues.push(format!("has {v} that"));
            cues.push(format!("in the words of {v}"));
            cues.push(v);
        }
    }
    cues.extend(["According to".into(), "swords of".into(), "x".repeat(40)]);
    cues.push(": ,".into());
    for cue in &cues {
        assert_eq!(ascii_cue_class(cue), any_cue_class(cue), "{cue:?}");
    }
}

fn capitalized(w: &str) -> String {
    let mut c = w.chars();
    c.next().map_or(String::new(), |f| f.to_uppercase().chain(c).collect())
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

/// The words of `text[s..e]` as the rules define them, a character at a
/// time: a word starts at a word character and goes on over those and
/// apostrophes (either kind), then loses its trailing apostrophes.
fn reference_words(text: &str, s: usize, e: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut chars = text[s..e].char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if !is_word_char(c) {
            continue;
        }
        let mut end = i + c.len_utf8();
        while let Some(&(j, d)) = chars.peek() {
            if !(is_word_char(d) || d == '\'' || d == '’') {
                break;
            }
            end = j + d.len_utf8();
            chars.next();
        }
        let word = text[s + i..s + end].trim_end_matches(['\'', '’']);
        out.push((s + i, s + i + word.len()));
    }
    out
}

#[test]
fn words_are_those_read_a_character_at_a_time() {
    let pieces = [
        "the",
        "Assembly's",
        "leaders'",
        "don’t",
        "CÔTE",
        "d’Ivoire",
        "3.5",
        "U.S.",
        "_x_",
        "a",
        "Ωmega",
        "naïve",
        "'quoted'",
        "—",
        "x1y2",
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghij",
        "it's'",
        "’tis",
        "e-mail",
    ];
    let gaps = [" ", ", ", "\n", " — ", "", "  ", "'", "’"];
    // Every piece after every other, across every alignment of the
    // sixteen-byte reads, and cut short at every byte.
    let mut text = String::new();
    for (k, p) in pieces.iter().cycle().take(200).enumerate() {
        text.push_str(p);
        text.push_str(gaps[k * 7 % gaps.len()]);
    }
    for s in (0..40).filter(|&s| text.is_char_boundary(s)) {
        for e in (s..text.len()).step_by(13).chain([text.len()]) {
            if !text.is_char_boundary(e) {
                continue;
            }
            let got: Vec<(usize, usize)> =
                words(&text, s, e).iter().map(|w| (w.start, w.end)).collect();
            assert_eq!(got, reference_words(&text, s, e), "{s}..{e}");
        }
    }
}

#[test]
fn lists_read_in_any_case_are_written_in_lower_case() {
    // `Lexicon::contains_ignore_ascii_case` lower-cases the word, not
    // the list.
    let lists: [(&str, &[&str]); 5] = [
        ("BETWEEN", &BETWEEN),
        ("BOUNDARIES", &BOUNDARIES),
        ("OPENERS", &OPENERS),
        ("DETERMINERS", &DETERMINERS),
        ("NOT_SOURCES", &NOT_SOURCES),
    ];
    for (name, list) in lists {
        for w in list {
            assert_eq!(*w, w.to_ascii_lowercase(), "{name}: {w}");
        }
    }
}
