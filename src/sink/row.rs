//! The cells of a row, in column order, without going through a
//! serializer: the CSV and TSV writers take them one by one.

use super::summary::SummaryRow;
use super::{ClaimRow, DocumentRow, EntityRow, MentionId};

/// One cell of a row.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cell<'a> {
    /// Text, made safe for spreadsheets when written.
    Text(&'a str),
    /// A whole number, written as it is.
    Int(u64),
    /// An empty cell (a missing number).
    Empty,
    /// `true` or `false`.
    Bool(bool),
    /// Text in two parts, `prefix` then `n`'s digits (a mention's id):
    /// written as the one text `Text` would be.
    Numbered {
        /// The text before the mark (a document's id).
        prefix: &'a str,
        /// What stands between the prefix and the number ("#").
        mark: &'static str,
        /// The number.
        n: u64,
    },
}

/// A row whose cells can be listed in column order.
pub trait Cells {
    /// Calls `f` with each cell, in the table's column order. The text of
    /// a cell is the row's own (or static), so that a writer may remember
    /// what it found of a text by its address for as long as it holds the
    /// rows.
    fn each_cell<'a>(&'a self, f: &mut dyn FnMut(Cell<'a>));
}

trait ToCell {
    fn cell(&self) -> Cell<'_>;
}

impl ToCell for MentionId {
    fn cell(&self) -> Cell<'_> {
        if self.n == 0 {
            return Cell::Text("");
        }
        Cell::Numbered {
            prefix: &self.doc_id,
            mark: MentionId::MARK,
            n: self.n as u64,
        }
    }
}

impl ToCell for String {
    fn cell(&self) -> Cell<'_> {
        Cell::Text(self)
    }
}

impl ToCell for std::sync::Arc<str> {
    fn cell(&self) -> Cell<'_> {
        Cell::Text(self)
    }
}

impl ToCell for &'static str {
    fn cell(&self) -> Cell<'_> {
        Cell::Text(self)
    }
}

impl ToCell for usize {
    fn cell(&self) -> Cell<'_> {
        Cell::Int(*self as u64)
    }
}

impl ToCell for Option<usize> {
    fn cell(&self) -> Cell<'_> {
        self.map_or(Cell::Empty, |n| Cell::Int(n as u64))
    }
}

impl ToCell for bool {
    fn cell(&self) -> Cell<'_> {
        Cell::Bool(*self)
    }
}

/// Lists a row's fields, in column order (a test checks the order against
/// the serialized row).
macro_rules! cells {
    ($row:ty, $($field:ident),+) => {
        impl Cells for $row {
            fn each_cell<'a>(&'a self, f: &mut dyn FnMut(Cell<'a>)) {
                $(f(self.$field.cell());)+
            }
        }
    };
}

cells!(
    EntityRow, doc_id, mention_id, kind, form, entity_id, name, text, start,
    end, char_start, char_end, sentence, value, rule
);
cells!(
    ClaimRow,
    doc_id,
    claim_id,
    sentence,
    start,
    end,
    char_start,
    char_end,
    kind,
    source,
    source_entity_id,
    source_start,
    source_end,
    cue,
    cue_start,
    cue_end,
    cue_class,
    text,
    hedge,
    negated,
    entity_ids,
    date
);
cells!(
    DocumentRow,
    doc_id,
    source,
    date,
    date_precision,
    speaker,
    bytes,
    sentences,
    mentions,
    claims,
    status,
    message
);
cells!(
    SummaryRow, entity_id, kind, name, mentions, documents, first_date,
    last_date
);

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Serialize;

    /// The cells of a row, as strings, and the serialized row's values.
    fn both<T: Cells + Serialize>(row: &T) -> (Vec<String>, Vec<String>) {
        let mut cells = Vec::new();
        row.each_cell(&mut |c| {
            cells.push(match c {
                Cell::Text(s) => s.to_string(),
                Cell::Int(n) => n.to_string(),
                Cell::Empty => String::new(),
                Cell::Bool(b) => b.to_string(),
                Cell::Numbered { prefix, mark, n } => {
                    format!("{prefix}{mark}{n}")
                }
            })
        });
        let serde_json::Value::Object(map) =
            serde_json::to_value(row).unwrap()
        else {
            panic!()
        };
        let values = map
            .values()
            .map(|v| match v {
                serde_json::Value::String(s) => s.clone(),
                serde_json::Value::Null => String::new(),
                other => other.to_string(),
            })
            .collect();
        (cells, values)
    }

    #[test]
    fn cells_follow_the_column_order() {
        let e = EntityRow {
            doc_id: "d".into(),
            mention_id: MentionId { doc_id: "d".into(), n: 7 },
            kind: "k",
            form: "f",
            entity_id: "i".into(),
            name: "n".into(),
            text: "t".into(),
            start: 1,
            end: 2,
            char_start: 3,
            char_end: 4,
            sentence: 5,
            value: "v".into(),
            rule: "r".into(),
        };
        let (a, b) = both(&e);
        assert_eq!(a, b);
        let (a, b) = both(&EntityRow::default());
        assert_eq!(a, b, "a mention id of number 0 is empty");
        let c = ClaimRow {
            doc_id: "d".into(),
            claim_id: "c".into(),
            sentence: 1,
            start: 2,
            end: 3,
            char_start: 4,
            char_end: 5,
            kind: "k",
            source: "s".into(),
            source_entity_id: "se".into(),
            source_start: Some(6),
            source_end: None,
            cue: "cu".into(),
            cue_start: Some(7),
            cue_end: Some(8),
            cue_class: "speech",
            text: "t".into(),
            hedge: "h".into(),
            negated: true,
            entity_ids: "ids".into(),
            date: "dt".into(),
        };
        let (a, b) = both(&c);
        assert_eq!(a, b);
        let d = DocumentRow {
            doc_id: "d".into(),
            source: "s".into(),
            date: "dt".into(),
            date_precision: "day",
            speaker: "sp".into(),
            bytes: 1,
            sentences: 2,
            mentions: 3,
            claims: 4,
            status: "ok",
            message: "m".into(),
        };
        let (a, b) = both(&d);
        assert_eq!(a, b);
        let s = SummaryRow {
            entity_id: "e".into(),
            kind: "k",
            name: "n".into(),
            mentions: 1,
            documents: 2,
            first_date: "f".into(),
            last_date: "l".into(),
        };
        let (a, b) = both(&s);
        assert_eq!(a, b);
    }
}
