//! A page to look at: one document with its mentions and claims marked.
//!
//! The page is self-contained (styles and script inline, nothing fetched):
//! the document's id, date and speaker head it; each mention is
//! highlighted by kind with a tooltip giving its entity, name and value;
//! each claim's content, source and cue are marked. Beside the text stand
//! the entities, grouped by kind, each once with its count of mentions
//! (a click goes to its next mention), and the claims (a click goes to
//! the claim).

use std::fmt::Write;

use super::DocOutput;

/// One span to mark: its bytes, its CSS class, tooltip and anchor id.
struct Mark {
    start: usize,
    end: usize,
    class: String,
    title: String,
    id: String,
}

/// Escapes text for HTML content and attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

fn marks(out: &DocOutput) -> Vec<Mark> {
    let mut marks = Vec::new();
    for (i, c) in out.claims.iter().enumerate() {
        let n = i + 1;
        let about = format!("{} claim {n}: {}", c.kind, c.source);
        marks.push(Mark {
            start: c.start,
            end: c.end,
            class: format!("claim {}", c.kind),
            title: about.clone(),
            id: format!("c{n}"),
        });
        let parts = [
            (c.source_start, c.source_end, "source", "source"),
            (c.cue_start, c.cue_end, "cue", "cue"),
        ];
        for (s, e, class, what) in parts {
            if let (Some(s), Some(e)) = (s, e) {
                let title = format!("{what} of claim {n}");
                let id = format!("c{n}-{class}");
                marks.push(Mark {
                    start: s,
                    end: e,
                    class: class.into(),
                    title,
                    id,
                });
            }
        }
    }
    for (i, e) in out.entities.iter().enumerate() {
        let mut title = format!("{} ({})", e.kind, e.form);
        for part in [&*e.entity_id, &*e.name, &*e.value] {
            if !part.is_empty() {
                title.push_str(" · ");
                title.push_str(part);
            }
        }
        marks.push(Mark {
            start: e.start,
            end: e.end,
            class: format!("m {}", e.kind),
            title,
            id: format!("m{}", i + 1),
        });
    }
    // Outer marks first, so that inner ones nest inside them.
    marks.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
    marks
}

/// The text with its marks as nested HTML elements. A mark that would
/// cross another's end is left out of the text (it stays in the lists).
fn marked_text(text: &str, marks: &[Mark]) -> String {
    let mut html = String::new();
    let mut open: Vec<usize> = Vec::new(); // ends of the open marks
    let mut at = 0;
    let close_to = |html: &mut String,
                    open: &mut Vec<usize>,
                    at: &mut usize,
                    upto: usize| {
        while let Some(&end) = open.last() {
            if end > upto {
                break;
            }
            html.push_str(&escape(&text[*at..end]));
            html.push_str("</mark>");
            *at = end;
            open.pop();
        }
    };
    for m in marks {
        if m.start >= m.end || m.end > text.len() {
            continue;
        }
        close_to(&mut html, &mut open, &mut at, m.start);
        if m.start < at || open.last().is_some_and(|&end| m.end > end) {
            continue;
        }
        html.push_str(&escape(&text[at..m.start]));
        let _ = write!(
            html,
            "<mark class=\"{}\" id=\"{}\" title=\"{}\">",
            escape(&m.class),
            escape(&m.id),
            escape(&m.title)
        );
        at = m.start;
        open.push(m.end);
    }
    close_to(&mut html, &mut open, &mut at, text.len());
    html.push_str(&escape(&text[at..]));
    html
}

/// One entity of the document, with its mentions.
struct Entity<'a> {
    kind: &'a str,
    /// Its name; for a date, its value.
    label: &'a str,
    /// Its entity id, if any.
    id: &'a str,
    /// The numbers of its mentions, from 1, in text order.
    mentions: Vec<usize>,
    /// How it is written, where not as its label, in order of first use.
    forms: Vec<&'a str>,
}

/// The kinds, in the legend's order, with their headings.
const KINDS: [(&str, &str); 5] = [
    ("country", "Countries"),
    ("organization", "Organizations"),
    ("person", "People"),
    ("location", "Places"),
    ("date", "Dates"),
];

/// The mentions of `out` grouped by entity (a date by its value), most
/// mentioned first, then by first mention.
fn entities(out: &DocOutput) -> Vec<Entity<'_>> {
    let mut groups: Vec<Entity> = Vec::new();
    let mut index: std::collections::HashMap<(&str, &str), usize> =
        std::collections::HashMap::new();
    for (i, e) in out.entities.iter().enumerate() {
        let label = [&*e.name, &*e.value, &*e.text]
            .into_iter()
            .find(|s| !s.is_empty())
            .unwrap_or("");
        let key = (
            e.kind,
            if e.entity_id.is_empty() { label } else { &e.entity_id },
        );
        let at = *index.entry(key).or_insert_with(|| {
            groups.push(Entity {
                kind: e.kind,
                label,
                id: &e.entity_id,
                mentions: Vec::new(),
                forms: Vec::new(),
            });
            groups.len() - 1
        });
        let group = &mut groups[at];
        group.mentions.push(i + 1);
        if e.text != group.label && !group.forms.contains(&e.text.as_str()) {
            group.forms.push(&e.text);
        }
    }
    // Stable: ties keep the order of first mention.
    groups.sort_by_key(|g| std::cmp::Reverse(g.mentions.len()));
    groups
}

fn lists(out: &DocOutput) -> String {
    let groups = entities(out);
    let mut html = String::new();
    let _ = write!(
        html,
        "<h2>Entities <small>{} in {} mentions</small></h2>",
        groups.len(),
        out.entities.len()
    );
    for (kind, heading) in KINDS {
        let of_kind: Vec<&Entity> =
            groups.iter().filter(|g| g.kind == kind).collect();
        if of_kind.is_empty() {
            continue;
        }
        let _ = write!(
            html,
            "<h3>{heading} <small>{}</small></h3><ul class=\"entities\">",
            of_kind.len()
        );
        for g in of_kind {
            let ids: Vec<String> =
                g.mentions.iter().map(|n| format!("m{n}")).collect();
            let mut about = Vec::new();
            if !g.id.is_empty() && g.id != g.label {
                about.push(escape(g.id));
            }
            if !g.forms.is_empty() {
                about.push(format!("as {}", escape(&g.forms.join(", "))));
            }
            let _ = write!(
                html,
                "<li><a href=\"#{}\" data-all=\"{}\" class=\"{}\">{}</a> <b>{}</b>{}{}</li>",
                ids[0],
                ids.join(" "),
                escape(kind),
                escape(g.label),
                g.mentions.len(),
                if about.is_empty() { "" } else { " <small>" },
                if about.is_empty() {
                    String::new()
                } else {
                    format!("{}</small>", about.join(" · "))
                },
            );
        }
        html.push_str("</ul>");
    }
    let _ = write!(
        html,
        "<h2>Claims <small>{}</small></h2><ol class=\"claims\">",
        out.claims.len()
    );
    for (i, c) in out.claims.iter().enumerate() {
        let source =
            if c.source.is_empty() { "(no source)" } else { &c.source };
        let _ = write!(
            html,
            "<li><a href=\"#c{}\">{}</a> <small>{} · {}{}{}</small><br>{}</li>",
            i + 1,
            escape(source),
            escape(c.kind),
            escape(&c.cue),
            if c.negated { " · negated" } else { "" },
            if c.hedge.is_empty() {
                String::new()
            } else {
                format!(" · {}", escape(&c.hedge))
            },
            escape(&c.text)
        );
    }
    html.push_str("</ol>");
    html
}

const STYLE: &str = "
body{font:15px/1.6 system-ui,sans-serif;margin:0;display:flex;color:#222}
main{flex:2;padding:1.5em 2em;white-space:pre-wrap;max-width:48em}
aside{flex:1;padding:1em;background:#f6f6f4;height:100vh;overflow:auto;position:sticky;top:0}
aside small{color:#666} aside li{margin:.3em 0} a{color:inherit}
aside ul{list-style:none;padding-left:.5em} aside h3{font-size:1em;margin:.8em 0 .2em}
aside ul a{padding:0 .3em;border-radius:3px;cursor:pointer}
header h1{font-size:1.3em;margin:0} header .about{margin:.2em 0 1em;color:#555}
mark{background:none;border-radius:3px}
mark.m{padding:0 1px} .country{background:#cfe3ff} .organization{background:#ffe0b8}
.person{background:#d6f5d6} .location{background:#e8dcff} .date{background:#fff2a8}
mark.claim{background:none;border-bottom:2px solid #c33}
mark.claim.unattributed{border-bottom-style:dashed}
mark.source{outline:1px solid #c33} mark.cue{font-weight:bold;color:#a00}
mark.flash{box-shadow:0 0 0 3px #f80}
.legend span{padding:0 .4em;margin-right:.3em;border-radius:3px}
";

const SCRIPT: &str = "
window.addEventListener('error', function () { document.body.dataset.error = 'yes'; });
document.querySelectorAll('aside a').forEach(function (a) {
  a.addEventListener('click', function (ev) {
    // An entity's link goes to its next mention at each click.
    var ids = (a.dataset.all || a.getAttribute('href').slice(1)).split(' ');
    var at = (Number(a.dataset.at || -1) + 1) % ids.length;
    a.dataset.at = String(at);
    var mark = document.getElementById(ids[at]);
    if (!mark) { return; }
    ev.preventDefault();
    mark.scrollIntoView({block: 'center'});
    mark.classList.add('flash');
    setTimeout(function () { mark.classList.remove('flash'); }, 1200);
  });
});
document.body.dataset.marks = String(document.querySelectorAll('main mark').length);
document.body.dataset.ready = 'yes';
";

/// The head of the page: the document's id, then its date (at its
/// precision), speaker and source (where it is not the id).
fn head(out: &DocOutput, speaker: Option<&str>) -> String {
    let d = &out.document;
    let date = match d.date_precision {
        "year" => d.date.get(..4),
        "month" => d.date.get(..7),
        _ => Some(d.date.as_str()),
    }
    .filter(|s| !s.is_empty());
    let date = date.map_or("no date".to_string(), |s| {
        format!("date <b>{}</b>", escape(s))
    });
    let speaker = match (speaker.filter(|s| !s.is_empty()), d.speaker.as_str())
    {
        (None, "") => "no speaker".to_string(),
        (Some(name), id) if id.is_empty() || name == id => {
            format!("speaker <b>{}</b>", escape(name))
        }
        (Some(name), id) => format!(
            "speaker <b>{}</b> <small>{}</small>",
            escape(name),
            escape(id)
        ),
        (None, id) => format!("speaker <b>{}</b>", escape(id)),
    };
    let source = if d.source.is_empty() || d.source == d.doc_id {
        String::new()
    } else {
        format!(" · <small>{}</small>", escape(&d.source))
    };
    format!(
        "<header><h1>{}</h1><p class=\"about\">{date} · {speaker}{source}</p></header>",
        escape(&d.doc_id),
    )
}

/// A self-contained HTML page showing `text` with the rows of `out`:
/// the document's id, date and speaker (`speaker` as its metadata gives
/// it, a name or an id, beside the entity id it resolved to) at the top.
pub fn page(text: &str, out: &DocOutput, speaker: Option<&str>) -> String {
    let marks = marks(out);
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width\">\
         <title>{title}</title><style>{STYLE}</style></head><body>\
         <main>{head}<p class=\"legend\"><span class=\"country\">country</span>\
         <span class=\"organization\">organization</span>\
         <span class=\"person\">person</span><span class=\"location\">location</span>\
         <span class=\"date\">date</span> claims underlined, sources boxed, cues in bold</p>\
         {body}</main><aside>{lists}</aside><script>{SCRIPT}</script></body></html>\n",
        title = escape(&out.document.doc_id),
        head = head(out, speaker),
        body = marked_text(text, &marks),
        lists = lists(out),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Document, PipelineBuilder};

    #[test]
    fn marks_nest_and_text_is_escaped() {
        let p = PipelineBuilder::new().build().unwrap();
        let text =
            "Russian officials said <b>NATO</b> & Kyiv would never agree.";
        let out = p.process(&Document::new("d <x>", text));
        let html = page(text, &out, None);
        assert!(html.contains("<title>d &lt;x&gt;</title>"));
        assert!(html.contains("<header><h1>d &lt;x&gt;</h1>"));
        assert!(html.contains("&lt;b&gt;"), "text is escaped");
        assert!(!html.contains("<b>NATO"));
        assert!(html.contains("<mark class=\"source\" id=\"c1-source\""));
        assert!(html.contains("<mark class=\"m country\" id=\"m1\" title=\"country (demonym) · RUS · Russia\">Russian</mark>"));
        let opened = html.matches("<mark ").count();
        let closed = html.matches("</mark>").count();
        assert_eq!(opened, closed);
        assert_eq!(
            opened,
            1 + 2 + out.entities.len(),
            "the claim, its source and cue, and each mention"
        );
        assert!(html.contains("<a href=\"#c1\">Russian officials</a>"));
    }

    /// The page opens with the document's id, date and speaker; its
    /// entities are listed once each, by kind, most mentioned first, with
    /// their counts, other forms and links to each mention.
    #[test]
    fn the_page_heads_with_the_document_and_groups_its_entities() {
        let p = PipelineBuilder::new().build().unwrap();
        let text = "Britain and France met. The UK said Britain would \
                    help France. Paris agreed on 7 January 2026.";
        let meta = crate::read::DocMeta {
            date: crate::calendar::DocDate::parse_strict("2026-01"),
            speaker: Some("Keir Starmer".into()),
            country: None,
        };
        let out = p.process(&Document::with_meta("talks", text, &meta));
        let html = page(text, &out, meta.speaker.as_deref());
        assert!(html.contains(
            "<header><h1>talks</h1><p class=\"about\">date <b>2026-01</b> · speaker <b>Keir Starmer</b> <small>keir-starmer</small></p></header>"
        ), "{html}");
        let countries =
            html.split("<h3>Countries <small>2</small></h3>").nth(1).unwrap();
        let items: Vec<&str> = countries
            .split("</ul>")
            .next()
            .unwrap()
            .split("<li>")
            .skip(1)
            .collect();
        assert_eq!(
            items,
            [
                "<a href=\"#m1\" data-all=\"m1 m3 m4\" class=\"country\">United Kingdom</a> <b>3</b> <small>GBR · as Britain, UK</small></li>",
                "<a href=\"#m2\" data-all=\"m2 m5\" class=\"country\">France</a> <b>2</b> <small>FRA</small></li>",
            ]
        );
        assert!(html.contains("<h2>Entities <small>"), "{html}");
        assert!(html.contains("class=\"date\">2026-01-07</a> <b>1</b> <small>as 7 January 2026</small>"), "{html}");
        assert_eq!(html.matches("<li>").count(), {
            let groups = entities(&out);
            groups.len() + out.claims.len()
        });
        let none = p.process(&Document::new("bare", "Kenya."));
        let html = page("Kenya.", &none, None);
        assert!(html.contains("<p class=\"about\">no date · no speaker</p>"));
    }

    #[test]
    fn crossing_marks_are_left_out_of_the_text() {
        let m = |start, end, id: &str| Mark {
            start,
            end,
            class: "m".into(),
            title: String::new(),
            id: id.into(),
        };
        let html =
            marked_text("abcdef", &[m(0, 4, "a"), m(1, 3, "c"), m(2, 6, "b")]);
        assert_eq!(
            html,
            "<mark class=\"m\" id=\"a\" title=\"\">a<mark class=\"m\" id=\"c\" title=\"\">bc</mark>d</mark>ef"
        );
    }
}
