//! `entity_summary`: one row per entity across the corpus, the pivot a
//! spreadsheet user builds first.

use std::collections::HashMap;
use std::collections::hash_map::Entry;

use foldhash::fast::FixedState;

use serde::Serialize;

use super::{DocOutput, EntityRow};

/// One row of `entity_summary.csv`.
///
/// The fields are the columns, documented in `README.md`.
#[allow(missing_docs)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct SummaryRow {
    pub entity_id: String,
    pub kind: &'static str,
    pub name: String,
    pub mentions: usize,
    pub documents: usize,
    pub first_date: String,
    pub last_date: String,
}

/// The columns of `entity_summary.csv`.
pub const SUMMARY_COLUMNS: [&str; 7] = [
    "entity_id",
    "kind",
    "name",
    "mentions",
    "documents",
    "first_date",
    "last_date",
];

/// Counts mentions and documents per entity as documents go by.
#[derive(Debug, Default)]
pub struct EntitySummary {
    rows: HashMap<String, SummaryRow, FixedState>,
}

impl EntitySummary {
    /// Adds one document's mentions; dates have no entity and are left out.
    pub fn add(&mut self, out: &DocOutput) {
        let date = out.document.date.as_str();
        // The document's mentions counted by entity first, so that the
        // corpus's table is looked up once an entity, not once a mention.
        let mut index: HashMap<&str, usize, FixedState> = HashMap::default();
        let mut counts: Vec<(&EntityRow, usize)> = Vec::new();
        for e in out.entities.iter().filter(|e| !e.entity_id.is_empty()) {
            match index.entry(&e.entity_id) {
                Entry::Occupied(k) => counts[*k.get()].1 += 1,
                Entry::Vacant(k) => {
                    k.insert(counts.len());
                    counts.push((e, 1));
                }
            }
        }
        let count = |row: &mut SummaryRow, mentions: usize| {
            row.mentions += mentions;
            row.documents += 1;
            if !date.is_empty() {
                if row.first_date.is_empty() || date < row.first_date.as_str()
                {
                    row.first_date = date.to_string();
                }
                if date > row.last_date.as_str() {
                    row.last_date = date.to_string();
                }
            }
        };
        for (e, mentions) in counts {
            if let Some(row) = self.rows.get_mut(&*e.entity_id) {
                count(row, mentions);
                continue;
            }
            let mut row = SummaryRow {
                entity_id: e.entity_id.to_string(),
                kind: e.kind,
                name: e.name.to_string(),
                ..SummaryRow::default()
            };
            count(&mut row, mentions);
            self.rows.insert(e.entity_id.to_string(), row);
        }
    }

    /// The rows, most mentioned first, then by id.
    pub fn rows(&self) -> Vec<&SummaryRow> {
        let mut rows: Vec<&SummaryRow> = self.rows.values().collect();
        rows.sort_by(|a, b| {
            b.mentions
                .cmp(&a.mentions)
                .then_with(|| a.entity_id.cmp(&b.entity_id))
        });
        rows
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sink::{DocumentRow, EntityRow};

    fn doc(date: &str, ids: &[&str]) -> DocOutput {
        DocOutput {
            document: DocumentRow { date: date.into(), ..Default::default() },
            entities: ids
                .iter()
                .map(|id| EntityRow {
                    entity_id: (*id).into(),
                    kind: if id.is_empty() { "date" } else { "country" },
                    name: format!("name of {id}").into(),
                    ..Default::default()
                })
                .collect(),
            claims: vec![],
        }
    }

    #[test]
    fn counts_mentions_documents_and_date_range() {
        let mut s = EntitySummary::default();
        s.add(&doc("2026-01-07", &["UKR", "RUS", "UKR", ""]));
        s.add(&doc("2025-12-31", &["UKR"]));
        s.add(&doc("", &["RUS"]));
        let rows: Vec<(&str, usize, usize, &str, &str)> = s
            .rows()
            .iter()
            .map(|r| {
                (
                    r.entity_id.as_str(),
                    r.mentions,
                    r.documents,
                    r.first_date.as_str(),
                    r.last_date.as_str(),
                )
            })
            .collect();
        assert_eq!(
            rows,
            [
                ("UKR", 3, 2, "2025-12-31", "2026-01-07"),
                ("RUS", 2, 2, "2026-01-07", "2026-01-07"),
            ]
        );
    }
}
