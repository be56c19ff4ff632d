//! A page to look at: one document with its mentions and claims marked.
//!
//! The page is self-contained (styles and script inline, nothing fetched):
//! each mention is highlighted by kind with a tooltip giving its entity,
//! name and value; each claim's content, source and cue are marked; the
//! lists of entities and claims stand beside the text, and a click on an
//! item scrolls to its mark.

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
        for part in [&e.entity_id, &e.name, &e.value] {
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

fn lists(out: &DocOutput) -> String {
    let mut html = String::from("<h2>Entities</h2><ol class=\"entities\">");
    for (i, e) in out.entities.iter().enumerate() {
        let label = if e.name.is_empty() { &e.value } else { &e.name };
        let _ = write!(
            html,
            "<li><a href=\"#m{}\" class=\"{}\">{}</a> <small>{} · {}</small></li>",
            i + 1,
            escape(e.kind),
            escape(&e.text),
            escape(e.kind),
            escape(label)
        );
    }
    html.push_str("</ol><h2>Claims</h2><ol class=\"claims\">");
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
    var mark = document.getElementById(a.getAttribute('href').slice(1));
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

/// A self-contained HTML page showing `text` with the rows of `out`.
pub fn page(title: &str, text: &str, out: &DocOutput) -> String {
    let marks = marks(out);
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width\">\
         <title>{title}</title><style>{STYLE}</style></head><body>\
         <main><p class=\"legend\"><span class=\"country\">country</span>\
         <span class=\"organization\">organization</span>\
         <span class=\"person\">person</span><span class=\"location\">location</span>\
         <span class=\"date\">date</span> claims underlined, sources boxed, cues in bold</p>\
         {body}</main><aside>{lists}</aside><script>{SCRIPT}</script></body></html>\n",
        title = escape(title),
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
        let out = p.process(&Document::new("d", text));
        let html = page("d <x>", text, &out);
        assert!(html.contains("<title>d &lt;x&gt;</title>"));
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
