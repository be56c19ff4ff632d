//! The four tables as Arrow record batches, with the columns, types and
//! values that `--output-format parquet` writes: the column names from
//! the library's `*_COLUMNS`, INT64 where `INTEGER_COLUMNS` says,
//! BOOLEAN for `negated`, UTF-8 for the rest, every column nullable
//! (only the offsets of a claim with no source are ever null). Cells are
//! as found, as with `--raw-cells`.

use std::sync::Arc;

use arrow::array::{
    ArrayRef, BooleanBuilder, Int64Builder, RecordBatch, StringBuilder,
};
use arrow::datatypes::{DataType, Field, Schema, SchemaRef};
use factscan::sink::{
    CLAIM_COLUMNS, ClaimRow, DOCUMENT_COLUMNS, DocOutput, DocumentRow,
    ENTITY_COLUMNS, EntityRow, EntitySummary, INTEGER_COLUMNS,
    SUMMARY_COLUMNS, Sink, SummaryRow,
};

/// The names of the tables, in the order of [`Tables::batches`].
pub const NAMES: [&str; 4] =
    ["entities", "claims", "documents", "entity_summary"];

/// Rows per record batch: a table is a list of them, so that no string
/// column passes the 2 GiB that 32-bit offsets reach.
const BATCH_ROWS: usize = 1 << 16;

/// The Arrow schema of a table of `columns`.
pub fn schema(columns: &[&str]) -> SchemaRef {
    let fields: Vec<Field> = columns
        .iter()
        .map(|c| {
            let kind = if INTEGER_COLUMNS.contains(c) {
                DataType::Int64
            } else if *c == "negated" {
                DataType::Boolean
            } else {
                DataType::Utf8
            };
            Field::new(*c, kind, true)
        })
        .collect();
    Arc::new(Schema::new(fields))
}

/// The schemas of the four tables, in the order of [`NAMES`].
pub fn schemas() -> [SchemaRef; 4] {
    [
        schema(&ENTITY_COLUMNS),
        schema(&CLAIM_COLUMNS),
        schema(&DOCUMENT_COLUMNS),
        schema(&SUMMARY_COLUMNS),
    ]
}

enum Column {
    Int(Int64Builder),
    Bool(BooleanBuilder),
    Text(StringBuilder),
}

/// The rows of one table being built, a cell at a time in column order.
struct Builder {
    schema: SchemaRef,
    columns: Vec<Column>,
    /// The column the next cell goes to.
    at: usize,
    rows: usize,
    done: Vec<RecordBatch>,
}

impl Builder {
    fn new(schema: SchemaRef) -> Builder {
        let mut b = Builder {
            schema,
            columns: Vec::new(),
            at: 0,
            rows: 0,
            done: Vec::new(),
        };
        b.columns = b.fresh();
        b
    }

    fn fresh(&self) -> Vec<Column> {
        self.schema
            .fields()
            .iter()
            .map(|f| match f.data_type() {
                DataType::Int64 => Column::Int(Int64Builder::new()),
                DataType::Boolean => Column::Bool(BooleanBuilder::new()),
                _ => Column::Text(StringBuilder::new()),
            })
            .collect()
    }

    fn column(&mut self) -> &mut Column {
        let i = self.at;
        self.at += 1;
        &mut self.columns[i]
    }

    fn text(&mut self, v: &str) {
        match self.column() {
            Column::Text(b) => b.append_value(v),
            _ => unreachable!("a text cell in a column of another type"),
        }
    }

    fn int(&mut self, v: Option<usize>) {
        match self.column() {
            Column::Int(b) => b.append_option(v.map(|v| v as i64)),
            _ => unreachable!("a number in a column of another type"),
        }
    }

    fn bool(&mut self, v: bool) {
        match self.column() {
            Column::Bool(b) => b.append_value(v),
            _ => unreachable!("a boolean in a column of another type"),
        }
    }

    /// Ends a row: every column has its cell.
    fn end_row(&mut self) {
        assert_eq!(self.at, self.columns.len(), "a row of the wrong width");
        self.at = 0;
        self.rows += 1;
        if self.rows >= BATCH_ROWS {
            self.flush();
        }
    }

    /// Ends the batch being built, if it has rows.
    fn flush(&mut self) {
        if self.rows == 0 {
            return;
        }
        let fresh = self.fresh();
        let columns = std::mem::replace(&mut self.columns, fresh);
        let arrays: Vec<ArrayRef> = columns
            .into_iter()
            .map(|c| match c {
                Column::Int(mut b) => Arc::new(b.finish()) as ArrayRef,
                Column::Bool(mut b) => Arc::new(b.finish()) as ArrayRef,
                Column::Text(mut b) => Arc::new(b.finish()) as ArrayRef,
            })
            .collect();
        let batch = RecordBatch::try_new(self.schema.clone(), arrays)
            .expect("the columns follow the schema");
        self.done.push(batch);
        self.rows = 0;
    }

    fn take(&mut self) -> Vec<RecordBatch> {
        self.flush();
        std::mem::take(&mut self.done)
    }
}

/// Writes a row's cells in its table's column order.
trait Cells {
    fn cells(&self, b: &mut Builder);
}

impl Cells for EntityRow {
    fn cells(&self, b: &mut Builder) {
        b.text(&self.doc_id);
        b.text(&self.mention_id.to_string());
        b.text(self.kind);
        b.text(self.form);
        b.text(&self.entity_id);
        b.text(&self.name);
        b.text(&self.text);
        b.int(Some(self.start));
        b.int(Some(self.end));
        b.int(Some(self.char_start));
        b.int(Some(self.char_end));
        b.int(Some(self.sentence));
        b.text(&self.value);
        b.text(&self.rule);
    }
}

impl Cells for ClaimRow {
    fn cells(&self, b: &mut Builder) {
        b.text(&self.doc_id);
        b.text(&self.claim_id);
        b.int(Some(self.sentence));
        b.int(Some(self.start));
        b.int(Some(self.end));
        b.int(Some(self.char_start));
        b.int(Some(self.char_end));
        b.text(self.kind);
        b.text(&self.source);
        b.text(&self.source_entity_id);
        b.int(self.source_start);
        b.int(self.source_end);
        b.text(&self.cue);
        b.int(self.cue_start);
        b.int(self.cue_end);
        b.text(self.cue_class);
        b.text(&self.text);
        b.text(&self.hedge);
        b.bool(self.negated);
        b.text(&self.entity_ids);
        b.text(&self.date);
    }
}

impl Cells for DocumentRow {
    fn cells(&self, b: &mut Builder) {
        b.text(&self.doc_id);
        b.text(&self.source);
        b.text(&self.date);
        b.text(self.date_precision);
        b.text(&self.speaker);
        b.int(Some(self.bytes));
        b.int(Some(self.sentences));
        b.int(Some(self.mentions));
        b.int(Some(self.claims));
        b.text(self.status);
        b.text(&self.message);
    }
}

impl Cells for SummaryRow {
    fn cells(&self, b: &mut Builder) {
        b.text(&self.entity_id);
        b.text(self.kind);
        b.text(&self.name);
        b.int(Some(self.mentions));
        b.int(Some(self.documents));
        b.text(&self.first_date);
        b.text(&self.last_date);
    }
}

fn add(b: &mut Builder, row: &impl Cells) {
    row.cells(b);
    b.end_row();
}

/// The record batches of the four tables, in the order of [`NAMES`].
pub struct Tables {
    /// Each table's batches, in row order.
    pub batches: [Vec<RecordBatch>; 4],
}

/// Builds the tables from documents given in input order.
pub struct TablesBuilder {
    builders: [Builder; 4],
    summary: EntitySummary,
    /// Documents taken since the last [`TablesBuilder::take`].
    pub documents: usize,
}

impl Default for TablesBuilder {
    fn default() -> TablesBuilder {
        TablesBuilder {
            builders: schemas().map(Builder::new),
            summary: EntitySummary::default(),
            documents: 0,
        }
    }
}

impl TablesBuilder {
    /// Takes one document's rows.
    pub fn add(&mut self, out: &DocOutput) {
        let [entities, claims, documents, _] = &mut self.builders;
        for row in &out.entities {
            add(entities, row);
        }
        for row in &out.claims {
            add(claims, row);
        }
        add(documents, &out.document);
        self.summary.add(out);
        self.documents += 1;
    }

    /// The rows of the documents taken so far; with `summary`, the
    /// `entity_summary` of every document taken since the start, else an
    /// empty one.
    pub fn take(&mut self, summary: bool) -> Tables {
        if summary {
            let rows = self.summary.rows();
            let b = &mut self.builders[3];
            for row in rows {
                row.cells(b);
                b.end_row();
            }
        }
        self.documents = 0;
        Tables { batches: self.builders.each_mut().map(Builder::take) }
    }
}

/// A sink keeping the tables in memory as Arrow batches.
#[derive(Default)]
pub struct ArrowSink {
    /// The tables so far.
    pub tables: TablesBuilder,
}

impl Sink for ArrowSink {
    fn document(&mut self, out: &DocOutput) -> factscan::Result<()> {
        self.tables.add(out);
        Ok(())
    }

    fn finish(&mut self) -> factscan::Result<()> {
        Ok(())
    }
}
