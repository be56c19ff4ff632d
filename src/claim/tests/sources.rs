//! Sources as news and speeches shape them: participles and relative
//! clauses in the subject, titles before an inverted name, "according to"
//! as an aside; and the twins of each that attribute nothing.

use super::claims;

/// (text, source, cue, content) of the first claim found.
const SOURCES: &[(&str, &str, &str, &str)] = &[
    // A participle after its noun, or before "by"; an adjective in "-ed"
    // after a determiner.
    (
        "People briefed on the talks said that the deal was close.",
        "People briefed on the talks",
        "said",
        "the deal was close",
    ),
    (
        "Those surveyed said the economy should come first.",
        "Those surveyed",
        "said",
        "the economy should come first",
    ),
    (
        "A leaked memo seen by reporters said the plan had failed.",
        "A leaked memo seen by reporters",
        "said",
        "the plan had failed",
    ),
    (
        "The witnesses interviewed by the commission said the fire started at night.",
        "The witnesses interviewed by the commission",
        "said",
        "the fire started at night",
    ),
    // A subject with its relative clause; a name before ", who".
    (
        "One diplomat who attended the meeting said the talks had stalled.",
        "One diplomat who attended the meeting",
        "said",
        "the talks had stalled",
    ),
    (
        "The treaty was drafted with help from Foreign Minister Lena Berg, who said it would hold.",
        "Foreign Minister Lena Berg",
        "said",
        "it would hold",
    ),
    // Verbs joined by "and", the first an irregular past.
    (
        "The minister met farmers on Friday and said the subsidies would continue.",
        "The minister",
        "said",
        "the subsidies would continue",
    ),
    // Inverted: a name after its title, a noun phrase without its
    // relative clause; a listener is no source.
    (
        "The crops are failing, said former agriculture minister Ana Reyes.",
        "former agriculture minister Ana Reyes",
        "said",
        "The crops are failing",
    ),
    (
        "Prices will rise, said a group of economists who study the region.",
        "a group of economists",
        "said",
        "Prices will rise",
    ),
    (
        "The senator left early, telling reporters that the bill was dead.",
        "The senator",
        "telling",
        "the bill was dead",
    ),
    // A source and cue between commas inside the sentence: the whole
    // sentence, unless an opener stands before them; a cue word after the
    // cue's own comma opens the content, and "her" there is no listener.
    (
        "The economy, the minister said, will grow by three per cent next year.",
        "the minister",
        "said",
        "The economy, the minister said, will grow by three per cent next year",
    ),
    (
        "Rather, he said, continued unrest will unite the opposition.",
        "he",
        "said",
        "continued unrest will unite the opposition",
    ),
    (
        "Instead, she said, her manager told her the post was gone.",
        "she",
        "said",
        "her manager told her the post was gone",
    ),
    // A name that starts like a time, after an inverted cue; a subject's
    // two verbs, the first a participle; a cue after the cue's comma;
    // "according to" in parentheses.
    ("“Brexit means Brexit,” said May.", "May", "said", "Brexit means Brexit"),
    (
        "“We will win,” said Sunday Times editor John Witherow.",
        "Sunday Times editor John Witherow",
        "said",
        "We will win",
    ),
    (
        "The minister was pleased and said the talks went well.",
        "The minister",
        "said",
        "the talks went well",
    ),
    (
        "He said, adding that the talks had failed.",
        "He",
        "adding",
        "the talks had failed",
    ),
    (
        "Exports grew (according to the ministry) fast and well.",
        "the ministry",
        "according to",
        "Exports grew (according to the ministry) fast and well",
    ),
    // "It" after a sentence that names a paper.
    (
        "The ministry released its annual report on Monday. It said exports had doubled.",
        "It",
        "said",
        "exports had doubled",
    ),
    // An impersonal passive after it has no source at all.
    (
        "We read the report. It is said that the talks failed.",
        "",
        "It is said",
        "the talks failed",
    ),
    // "According to" with a participle in its source, after a word that
    // would make a cue a noun ("in first"), and as an aside.
    (
        "The port reopened, according to a shipping survey released Monday.",
        "a shipping survey released Monday",
        "according to",
        "The port reopened",
    ),
    (
        "Exports grew, according to figures published by the central bank.",
        "figures published by the central bank",
        "according to",
        "Exports grew",
    ),
    (
        "The party is in first, according to the latest count.",
        "the latest count",
        "according to",
        "The party is in first",
    ),
    (
        "Exports, according to the ministry, have doubled since 2019.",
        "the ministry",
        "according to",
        "Exports, according to the ministry, have doubled since 2019",
    ),
    (
        "According to statistics from the Economic Commission for Latin America and the Caribbean, most adults are vaccinated.",
        "statistics from the Economic Commission for Latin America and the Caribbean",
        "According to",
        "most adults are vaccinated",
    ),
];

#[test]
fn sources_of_news_and_speeches() {
    for &(text, source, cue, content) in SOURCES {
        let got = claims(text);
        assert!(!got.is_empty(), "no claim in {text:?}");
        let g = &got[0];
        let fields = (g.source.as_str(), g.cue.as_str(), g.content.as_str());
        assert_eq!(fields, (source, cue, content), "{text}");
    }
}

#[test]
fn shapes_like_sources_that_attribute_nothing() {
    let cases = [
        // "According to" that says how: a manner, a rule, or right after
        // its verb with no comma.
        "The vote was delayed, according to plan.",
        "Each nation should contribute according to its means.",
        "Funds will be shared according to the principle of common but differentiated responsibilities.",
        // A verb in "-ed" after a noun is a clause but for the verbs that
        // report on people and papers.
        "The supplies consisted of grain and were never admitted into the port.",
        // A passive's second participle; a relative clause that runs
        // into the main verbs.
        "Officials who issued the warnings were mocked and criticized on social media.",
        "Those who suffer from hunger cannot wait until the world agrees on a plan.",
        // Agreeing and insisting on a thing, asserting oneself: acts.
        "The two sides agreed on a ceasefire.",
        "The candidate insisted on a recount.",
        "The mayor, under pressure from the council, asserted itself into the talks.",
        // A lone "it" with no paper before it names nobody, nor after a
        // blank line or another cue.
        "The ministry released its report.\n \nIt said exports had doubled.",
        "The talks will resume, said Friday.",
        "The weather turned in the afternoon. It said nothing about the talks.",
        // A day after an inverted cue is no source.
        "The plan was signed by both sides, said Friday that it would hold.",
    ];
    for text in cases {
        let got = claims(text);
        assert!(got.is_empty(), "{text}: {:?}", got[0].source);
    }
}
