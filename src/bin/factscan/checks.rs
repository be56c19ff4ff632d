//! What `extract` checks before it starts: options that cannot both hold
//! and an output it cannot write, each refused with a message that says
//! why (exit 1), before the dictionaries are compiled or a file is made.

use std::path::Path;

use clap::ArgMatches;
use clap::parser::ValueSource;

use crate::args::{ExtractArgs, FormatArg, OutputFormatArg};

/// The fields that name a record's fields or columns.
const FIELDS: [(&str, &str); 5] = [
    ("text_field", "--text-field"),
    ("id_field", "--id-field"),
    ("date_field", "--date-field"),
    ("speaker_field", "--speaker-field"),
    ("country_field", "--country-field"),
];

/// Refuses options of `extract` that cannot both hold; `m` tells which
/// were given on the command line rather than left at their defaults.
///
/// # Errors
///
/// The first pair that cannot hold, with why.
pub fn options(args: &ExtractArgs, m: &ArgMatches) -> factscan::Result<()> {
    conflict(args, &|id| m.value_source(id) == Some(ValueSource::CommandLine))
        .map_err(factscan::Error::config)
}

fn conflict(
    args: &ExtractArgs,
    given: &dyn Fn(&str) -> bool,
) -> Result<(), String> {
    let to_stdout = args.output == Path::new("-");
    let format = match args.output_format {
        OutputFormatArg::Csv => "csv",
        OutputFormatArg::Tsv => "tsv",
        OutputFormatArg::Jsonl => "jsonl",
        OutputFormatArg::Parquet => "parquet",
        OutputFormatArg::Xlsx => "xlsx",
    };
    if to_stdout && given("output_format") && format == "xlsx" {
        return Err("--output-format xlsx with -o -: -o - streams JSON Lines to standard output, and a workbook is written whole at the end: give -o DIR for tables.xlsx".into());
    }
    if to_stdout && given("output_format") && format != "jsonl" {
        return Err(format!(
            "--output-format {format} with -o -: -o - streams JSON Lines to standard output; give -o DIR for {format} tables"
        ));
    }
    if args.excel
        && (to_stdout || matches!(format, "jsonl" | "parquet" | "xlsx"))
    {
        let what = if to_stdout {
            "-o - writes JSON Lines"
        } else if format == "jsonl" {
            "--output-format jsonl writes JSON Lines"
        } else if format == "xlsx" {
            "--output-format xlsx writes a workbook, which Excel reads as it is"
        } else {
            "--output-format parquet writes Parquet"
        };
        return Err(format!(
            "--excel starts CSV and TSV files with a byte order mark for Excel, but {what}: leave --excel out, or write csv or tsv"
        ));
    }
    if args.resume && to_stdout {
        return Err("--resume continues a run from its checkpoint in -o DIR, but -o - streams to standard output and keeps none".into());
    }
    if args.resume && matches!(format, "parquet" | "xlsx") {
        let what = if format == "xlsx" {
            "an xlsx workbook is"
        } else {
            "Parquet tables are"
        };
        return Err(format!(
            "--resume works with csv, tsv and jsonl output: {what} written whole at the end, with no checkpoint to resume from"
        ));
    }
    let stdin = args.inputs.iter().filter(|p| *p == Path::new("-")).count();
    if stdin > 1 {
        return Err(
            "standard input (-) is named twice, but it can be read once"
                .into(),
        );
    }
    let o = &args.options;
    if matches!(o.format, FormatArg::Files) && stdin == 0 {
        return Err("--format files reads file envelopes sent on standard input: give - as an input".into());
    }
    if matches!(o.format, FormatArg::Text)
        && let Some((_, flag)) = FIELDS.iter().find(|(id, _)| given(id))
    {
        return Err(format!(
            "{flag} names a field of JSON Lines or a column of CSV, but --format text reads every input whole as one document: leave {flag} out, or leave --format text out"
        ));
    }
    Ok(())
}

/// Refuses an output `dir` that is a file, or below one, and a folder
/// another run is writing into: at once, before the slow start-up.
///
/// # Errors
///
/// The output that cannot be written, with why.
pub fn output(dir: &Path) -> factscan::Result<()> {
    if dir == Path::new("-") {
        return Ok(());
    }
    let file =
        dir.ancestors().find(|a| !a.as_os_str().is_empty() && a.exists());
    if let Some(file) = file.filter(|f| !f.is_dir()) {
        let what = if file == dir {
            format!("-o {}: a file, not a folder", dir.display())
        } else {
            format!(
                "-o {}: {} is a file, not a folder",
                dir.display(),
                file.display()
            )
        };
        return Err(factscan::Error::config(format!(
            "{what}: -o takes the folder to write the tables into (made if needed), or - to stream them to standard output"
        )));
    }
    factscan::sink::lock::check(dir)
}
