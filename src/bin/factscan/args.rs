//! The command line, parsed into plain data.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Turns a corpus of documents into tables of entities and claims.
#[derive(Debug, Parser)]
#[command(name = "factscan", version, about)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Extract mentions, claims and documents into CSV tables.
    #[command(after_help = "\
Examples:
  factscan extract data/ -o out
  factscan extract --format jsonl --text-field body corpus.jsonl -o out
  cat docs.jsonl | factscan extract --format jsonl - -o -

Exit status: 0 when every document was read; 2 when some document could
not be read (its row in documents.csv has status `error`); 1 on a fatal
error (bad option or dictionary, output that cannot be written).")]
    Extract(ExtractArgs),
    /// Score the extraction against gold annotations.
    #[command(after_help = "\
Formats: conll (CoNLL-2003, IOB1 or IOB2), brat (standoff .ann beside .txt;
attribution cue, source, content), timeml (.tml with TIMEX3), re3d
(documents.json and entities.json), dates (date-case TSV: text,
reference_date, expected), csv (factscan's own entities.csv and claims.csv,
with the documents' texts in texts/ beside them).

Examples:
  factscan eval --gold conll conllpp_dev.txt
  factscan eval --gold timeml TBAQ-cleaned/ --json
  factscan eval --gold brat polnear/dev --errors errors.csv")]
    Eval(EvalArgs),
}

#[derive(Debug, Args)]
pub struct EvalArgs {
    /// The gold format, then the file or folder.
    #[arg(long, value_names = ["FORMAT", "PATH"], num_args = 2, required = true)]
    pub gold: Vec<String>,

    /// Writes every false positive and false negative as CSV.
    #[arg(long, value_name = "FILE")]
    pub errors: Option<PathBuf>,

    /// Prints the figures as JSON.
    #[arg(long)]
    pub json: bool,

    #[command(flatten)]
    pub options: PipelineArgs,
}

#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// Files or folders to read (folders recursively, in sorted order);
    /// `-` reads standard input.
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,

    /// Folder to write entities.csv, claims.csv and documents.csv into;
    /// `-` streams every table to standard output as JSON Lines.
    #[arg(short, long, value_name = "DIR")]
    pub output: PathBuf,

    #[command(flatten)]
    pub options: PipelineArgs,

    /// Worker threads; 0 means one per core.
    #[arg(long, default_value_t = 0, value_name = "N")]
    pub threads: usize,

    /// Print no summary line.
    #[arg(short, long)]
    pub quiet: bool,
}

/// Options shared by every command that runs the pipeline.
#[derive(Debug, Args)]
pub struct PipelineArgs {
    /// How to read inputs: by extension, or all as one format; `files`
    /// reads whole files sent on standard input by a cluster job (see the
    /// README).
    #[arg(long, value_enum, default_value_t = FormatArg::Auto)]
    pub format: FormatArg,

    /// The field (JSON Lines) or column (CSV) holding the text; dots
    /// reach into nested JSON objects (`body.text`).
    #[arg(long, default_value = "text", value_name = "FIELD")]
    pub text_field: String,

    /// The field or column holding the document id.
    #[arg(long, default_value = "id", value_name = "FIELD")]
    pub id_field: String,

    /// The field or column holding the document date (YYYY-MM-DD).
    #[arg(long, default_value = "date", value_name = "FIELD")]
    pub date_field: String,

    /// The date of documents with no date field and no dateline.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub doc_date: Option<String>,

    /// How to read numeric dates such as 07/01/2026; `auto` decides per
    /// document from its own evidence, month first where nothing does.
    #[arg(long, value_enum, default_value_t = DateOrderArg::Auto)]
    pub date_order: DateOrderArg,

    /// A dictionary file or folder of .tsv files, after the defaults
    /// (repeatable).
    #[arg(long = "dict", value_name = "PATH")]
    pub dicts: Vec<PathBuf>,

    /// Leave the built-in dictionaries out.
    #[arg(long)]
    pub no_default_dicts: bool,

    /// Kinds of mention to find, comma-separated (country, organization,
    /// person, location, date).
    #[arg(long, value_delimiter = ',', value_name = "LIST")]
    pub kinds: Option<Vec<String>>,

    /// Do not look for claims.
    #[arg(long)]
    pub no_claims: bool,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum FormatArg {
    Auto,
    Text,
    Jsonl,
    Csv,
    /// Whole files on standard input, one JSON object a line: {"path":
    /// "data/a.txt", "data": "<base64>"}, read as the file at that path.
    Files,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum DateOrderArg {
    Auto,
    Dmy,
    Mdy,
    Ymd,
}
