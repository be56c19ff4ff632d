//! The keyword arguments of `extract`, `extract_texts` and `stream`: the
//! options of `factscan extract`, checked with the command's messages,
//! into a pipeline and a reader.

use std::path::PathBuf;

use factscan::DocDate;
use factscan::date::{DateOrder, DatePreference};
use factscan::dictionary::DictionaryBuilder;
use factscan::read::{Fields, Format, Globs, MetaTable, Reader};
use factscan::{EntityKind, Error, Pipeline, PipelineBuilder, Result};

/// The options, as Python gave them.
#[derive(Clone, Debug, Default)]
pub struct Options {
    pub format: Option<String>,
    pub text_field: Option<String>,
    pub id_field: Option<String>,
    pub date_field: Option<String>,
    pub speaker_field: Option<String>,
    pub country_field: Option<String>,
    pub meta: Option<PathBuf>,
    pub date_from_path: bool,
    pub doc_date: Option<String>,
    pub date_order: Option<String>,
    pub prefer_dates: Option<String>,
    pub dicts: Vec<PathBuf>,
    pub globs: Vec<String>,
    pub no_default_dicts: bool,
    pub kinds: Option<Vec<String>>,
    pub claims: bool,
    pub max_doc_bytes: Option<usize>,
    pub threads: usize,
}

impl Options {
    fn max_doc_bytes(&self) -> usize {
        self.max_doc_bytes.unwrap_or(factscan::read::DEFAULT_MAX_DOC_BYTES)
    }

    /// The pipeline, built on the workers of `pool`.
    ///
    /// # Errors
    ///
    /// A bad option or dictionary, with the command's message.
    pub fn pipeline(&self, pool: &rayon::ThreadPool) -> Result<Pipeline> {
        let builder = self.builder()?;
        pool.install(|| builder.build())
    }

    fn builder(&self) -> Result<PipelineBuilder> {
        let mut dicts = DictionaryBuilder::new();
        if !self.no_default_dicts {
            dicts.defaults();
        }
        for path in &self.dicts {
            dicts.path(path)?;
        }
        let kinds = match &self.kinds {
            None => EntityKind::ALL.to_vec(),
            Some(names) => names
                .iter()
                .map(|n| {
                    EntityKind::parse(n.trim()).ok_or_else(|| {
                        Error::config(format!(
                            "--kinds: unknown kind `{n}` (country, organization, person, location, date)"
                        ))
                    })
                })
                .collect::<Result<_>>()?,
        };
        let doc_date = match &self.doc_date {
            None => None,
            Some(s) => Some(DocDate::parse_strict(s).ok_or_else(|| {
                Error::config(format!(
                    "--doc-date: `{s}` is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"
                ))
            })?),
        };
        let order = match self.date_order.as_deref().unwrap_or("auto") {
            "auto" => DateOrder::Auto,
            "dmy" => DateOrder::Dmy,
            "mdy" => DateOrder::Mdy,
            "ymd" => DateOrder::Ymd,
            other => {
                return Err(Error::config(format!(
                    "--date-order: `{other}` is none of auto, dmy, mdy, ymd"
                )));
            }
        };
        let prefer = match self.prefer_dates.as_deref().unwrap_or("nearest") {
            "nearest" => DatePreference::Nearest,
            "future" => DatePreference::Future,
            "past" => DatePreference::Past,
            other => {
                return Err(Error::config(format!(
                    "--prefer-dates: `{other}` is none of nearest, future, past"
                )));
            }
        };
        let mut b = PipelineBuilder::new();
        b.max_doc_bytes(self.max_doc_bytes());
        b.dictionaries(dicts)
            .kinds(&kinds)
            .claims(self.claims)
            .date_order(order)
            .prefer_dates(prefer)
            .doc_date(doc_date);
        Ok(b)
    }

    /// The reader of `inputs`.
    ///
    /// # Errors
    ///
    /// A bad option or `meta` table, with the command's message.
    pub fn reader(&self, inputs: &[PathBuf]) -> Result<Reader> {
        let format = match self.format.as_deref().unwrap_or("auto") {
            "auto" => Format::Auto,
            "text" => Format::Text,
            "jsonl" => Format::Jsonl,
            "json" => Format::Json,
            "csv" => Format::Csv,
            other => {
                return Err(Error::config(format!(
                    "--format: `{other}` is none of auto, text, jsonl, json, csv"
                )));
            }
        };
        let given = [
            (&self.text_field, "--text-field"),
            (&self.id_field, "--id-field"),
            (&self.date_field, "--date-field"),
            (&self.speaker_field, "--speaker-field"),
            (&self.country_field, "--country-field"),
        ];
        if matches!(format, Format::Text)
            && let Some((_, flag)) = given.iter().find(|(f, _)| f.is_some())
        {
            return Err(Error::config(format!(
                "{flag} names a field of JSON Lines or a column of CSV, but --format text reads every input whole as one document: leave {flag} out, or leave --format text out"
            )));
        }
        if inputs.is_empty() {
            return Err(Error::config("no inputs: give files or folders"));
        }
        let field = |f: &Option<String>, default: &str| {
            f.clone().unwrap_or_else(|| default.to_string())
        };
        let fields = Fields {
            text: field(&self.text_field, "text"),
            id: field(&self.id_field, "id"),
            date: field(&self.date_field, "date"),
            speaker: field(&self.speaker_field, "speaker"),
            country: field(&self.country_field, "country"),
        };
        let mut reader = Reader::new(inputs, format, fields);
        reader.max_doc_bytes(self.max_doc_bytes());
        reader.date_from_path(self.date_from_path);
        if !self.globs.is_empty() {
            reader.globs(Globs::new(&self.globs).map_err(Error::config)?);
        }
        if let Some(file) = &self.meta {
            reader.meta(MetaTable::load(file)?);
        }
        Ok(reader)
    }
}
