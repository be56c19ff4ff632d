//! The command line, parsed into plain data.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Turns a corpus of documents into tables of entities and claims.
#[derive(Debug, Parser)]
#[command(
    name = "factscan",
    version,
    about,
    after_help = "\
Examples:
  factscan extract data/ -o out              # tables into out/
  factscan extract corpus.jsonl.gz -o - | head  # JSON Lines to stdout
  factscan eval --gold conll conllpp_dev.txt # precision and recall
  factscan show data/news/summit.txt -o page.html
  factscan dicts list --kind person

Run `factscan COMMAND --help` for a command's options."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Extract mentions, claims and documents into tables.
    #[command(after_help = "\
Examples:
  factscan extract data/ -o out
  factscan extract ungdc/ -g '!*.csv' -o out   # leave the .csv files out
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
    /// Write a page that shows one document with its mentions and claims.
    #[command(after_help = "\
The page is a single HTML file with nothing to fetch: open it in any
browser. It opens with the document's id, date and speaker. Mentions are
highlighted by kind, with their entity, name and value on hover; claims
are underlined, their sources boxed and cues in bold. Beside the text,
each entity once with its count of mentions (a click goes to the next),
and the claims.

Examples:
  factscan show data/news/summit.txt -o summit.html
  factscan show data/speeches.jsonl --doc-id speech-2 -o speech.html")]
    Show(ShowArgs),
    /// List what the dictionaries hold, or check a dictionary file.
    #[command(subcommand)]
    Dicts(DictsCommand),
}

#[derive(Debug, Subcommand)]
pub enum DictsCommand {
    /// List the entries of the dictionaries as TSV: kind, id, name,
    /// aliases (form:alias, |-separated), attributes, roles
    /// (role:COUNTRY:FROM:TO), and the file and line.
    #[command(after_help = "\
Examples:
  factscan dicts list --kind person
  factscan dicts list --dict mine/ | grep -i ukraine")]
    List {
        /// Only entries of this kind (country, organization, person,
        /// location).
        #[arg(long, value_name = "KIND")]
        kind: Option<String>,
        /// A dictionary file or folder, after the defaults (repeatable).
        #[arg(long = "dict", value_name = "PATH")]
        dicts: Vec<PathBuf>,
        /// Leave the built-in dictionaries out.
        #[arg(long)]
        no_default_dicts: bool,
    },
    /// Check dictionary files as --dict would load them, after the
    /// defaults: errors as FILE:LINE: what is wrong, exit 1 if any.
    #[command(after_help = "\
Examples:
  factscan dicts check mine/people.tsv
  factscan dicts check mine/")]
    Check {
        /// The files or folders to check.
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
    },
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The document: a text file, or a JSON Lines or CSV file of records
    /// (the first, or the one --doc-id names).
    #[arg(value_name = "DOC")]
    pub doc: PathBuf,

    /// The id of the record to show.
    #[arg(long, value_name = "ID")]
    pub doc_id: Option<String>,

    /// The page to write.
    #[arg(short, long, value_name = "FILE")]
    pub output: PathBuf,

    #[command(flatten)]
    pub options: PipelineArgs,
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

    /// Read, of the files found in folders, only those GLOB chooses
    /// (repeatable; as ripgrep's -g): `*.txt` reads .txt files only,
    /// `!*.csv` leaves .csv files out, the last glob that matches
    /// decides. Globs match paths below the folder walked; a file named
    /// on the command line is read all the same.
    #[arg(short, long = "glob", value_name = "GLOB")]
    pub globs: Vec<String>,

    /// Folder to write the tables into (entities.csv, claims.csv,
    /// documents.csv, entity_summary.csv), one run at a time; `-` streams
    /// every record to standard output as JSON Lines instead, tagged with
    /// its table.
    #[arg(short, long, value_name = "DIR")]
    pub output: PathBuf,

    /// Format of the tables written into DIR: entities, claims, documents
    /// and entity_summary, each in a file named after its table
    /// (entities.csv, entities.tsv, …); xlsx writes one workbook,
    /// tables.xlsx, with a sheet for each. `parquet` and `xlsx` need a
    /// build with the feature of that name. With `-o -`, only jsonl.
    #[arg(long, value_enum, default_value_t = OutputFormatArg::Csv)]
    pub output_format: OutputFormatArg,

    /// Write CSV and TSV cells exactly as the text is: no leading ' on
    /// cells that start with = + - @ (which spreadsheets would run as
    /// formulas), no cutting at 32,767 characters, control characters
    /// kept. For pipelines that do not end in a spreadsheet. (xlsx cells
    /// are never formulas: this changes nothing there.)
    #[arg(long)]
    pub raw_cells: bool,

    /// Start CSV and TSV files with a UTF-8 byte order mark, so that Excel
    /// reads them as UTF-8 (not with jsonl, parquet or `-o -`).
    #[arg(long)]
    pub excel: bool,

    #[command(flatten)]
    pub options: PipelineArgs,

    /// Worker threads; 0 means one per core.
    #[arg(long, default_value_t = 0, value_name = "N")]
    pub threads: usize,

    /// Continue a run that was killed, from its last checkpoint in DIR:
    /// the same command with --resume gives the tables an uninterrupted
    /// run gives (csv, tsv and jsonl output into DIR).
    #[arg(long)]
    pub resume: bool,

    /// Show no progress line and print no summary line (problems are
    /// still reported).
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

    /// The field or column holding the document date (YYYY, YYYY-MM or
    /// YYYY-MM-DD).
    #[arg(long, default_value = "date", value_name = "FIELD")]
    pub date_field: String,

    /// The field or column holding the speaker: a name or an entity id.
    #[arg(long, default_value = "speaker", value_name = "FIELD")]
    pub speaker_field: String,

    /// The field or column holding the country the speaker speaks for
    /// (ISO 3166 alpha-3).
    #[arg(long, default_value = "country", value_name = "FIELD")]
    pub country_field: String,

    /// A table of document metadata (CSV, or TSV for .tsv) joined by its
    /// `doc_id` column to the documents' ids or file names; its `date`,
    /// `speaker` and `country` columns are read.
    #[arg(long, value_name = "FILE")]
    pub meta: Option<PathBuf>,

    /// Take a document's date from its path where no field or --meta row
    /// gives one: an ISO date, else a year (session-79-2024/AGO_79_2024.txt
    /// is 2024).
    #[arg(long)]
    pub date_from_path: bool,

    /// The date of documents with no date of their own (date field,
    /// --meta, --date-from-path, dateline).
    #[arg(long, value_name = "YYYY[-MM[-DD]]")]
    pub doc_date: Option<String>,

    /// How to read numeric dates such as 07/01/2026; `auto` decides per
    /// document from its own evidence, month first where nothing does.
    #[arg(long, value_enum, default_value_t = DateOrderArg::Auto)]
    pub date_order: DateOrderArg,

    /// Which way to read a date that leaves its year or week open ("Aug
    /// 8", "on Tuesday", "at Easter") where no word near it says:
    /// `nearest` (a day ahead counting twice its distance), `future` (on
    /// or after the document's date), `past` (on or before it).
    #[arg(long, value_enum, default_value_t = PreferDatesArg::Nearest)]
    pub prefer_dates: PreferDatesArg,

    /// Also give vague references to the present, past and future as
    /// dates ("now", "currently", "recently", "in the future": values
    /// PRESENT_REF, PAST_REF, FUTURE_REF), as TimeML annotates them.
    #[arg(long)]
    pub vague_dates: bool,

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

    /// The largest document read whole, in bytes: a longer text file is
    /// cut to it with a warning; a longer JSON line or CSV record is
    /// skipped with an error. Memory stays bounded by it.
    #[arg(long, value_name = "BYTES", default_value_t = factscan::read::DEFAULT_MAX_DOC_BYTES)]
    pub max_doc_bytes: usize,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum FormatArg {
    Auto,
    Text,
    Jsonl,
    /// A JSON array of objects, or one object: a document per object.
    Json,
    Csv,
    /// Whole files on standard input, one JSON object a line: {"path":
    /// "data/a.txt", "data": "<base64>"}, read as the file at that path.
    Files,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum OutputFormatArg {
    Csv,
    Tsv,
    Jsonl,
    Parquet,
    /// One workbook, tables.xlsx, a sheet for each table.
    Xlsx,
}

#[derive(Clone, Copy, Debug, PartialEq, ValueEnum)]
pub enum PreferDatesArg {
    Nearest,
    Future,
    Past,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum DateOrderArg {
    Auto,
    Dmy,
    Mdy,
    Ymd,
}
