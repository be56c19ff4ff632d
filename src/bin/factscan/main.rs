//! The `factscan` command: a thin layer over the library.

mod args;
mod checks;
mod progress;
mod report;

use std::io::{self, IsTerminal, Write};
use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

use clap::{ArgMatches, CommandFactory, FromArgMatches};
use factscan::DocDate;
use factscan::date::{DateOrder, DatePreference};
use factscan::dictionary::DictionaryBuilder;
use factscan::eval::{ErrorRow, GoldFormat, evaluate};
use factscan::read::{Fields, Format, Globs, Job, MetaTable, Reader};
use factscan::sink::checkpoint::Progress;
use factscan::sink::{
    CellOptions, DocOutput, FileSink, JsonlSink, OutputFormat, Sink,
    folder_sink,
};
use factscan::{Document, EntityKind, PipelineBuilder, Summary};

/// mimalloc: the rows of a document are made on one thread and freed on
/// another, once written, which glibc's allocator serves slowly.
#[global_allocator]
static ALLOC: alloc::Alloc = alloc::Alloc;

mod alloc;

use args::{
    Cli, Command, DateOrderArg, DictsCommand, EvalArgs, ExtractArgs,
    FormatArg, OutputFormatArg, PipelineArgs, PreferDatesArg, ShowArgs,
};

/// Turns transparent huge pages off for this process. mimalloc asks the
/// kernel for them, and the kernel zeroes each 2 MiB page whole the first
/// time it is touched: on virtual machines that costs up to a third of a
/// run's time, at random (measured in BENCHMARKS.md), for little gain
/// at the hundred megabytes a run holds.
fn no_huge_pages() {
    #[cfg(target_os = "linux")]
    // SAFETY: this prctl takes integers only and touches no memory; if it
    // fails, huge pages stay on and nothing else changes.
    unsafe {
        libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0);
    }
}

fn main() -> ExitCode {
    no_huge_pages();
    // Parsed by hand, so that the checks can tell an option given from
    // one left at its default.
    let parsed = Cli::command()
        .try_get_matches()
        .and_then(|m| Cli::from_arg_matches(&m).map(|cli| (cli, m)));
    let (cli, matches) = match parsed {
        Ok(parsed) => parsed,
        Err(e) => {
            let code = if e.use_stderr() { 1 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    let result = match cli.command {
        Command::Extract(args) => {
            let m = matches.subcommand_matches("extract");
            extract(&args, m.unwrap_or(&matches))
        }
        Command::Eval(args) => eval(&args),
        Command::Show(args) => show(&args),
        Command::Dicts(cmd) => dicts(&cmd),
    };
    let code = match result {
        Ok(code) => code,
        Err(e) if e.is_broken_pipe() => 0,
        Err(e) => {
            eprintln!("factscan: {e}");
            1
        }
    };
    // Everything is written, flushed and dropped but standard output's
    // buffer. Ending with `_exit` skips the exit handlers: the statically
    // linked mimalloc's would purge every region it holds, one madvise
    // each, before the kernel frees them all anyway (5 ms at the end of
    // a run, measured).
    let _ = io::stdout().flush();
    // SAFETY: `_exit` ends the process without running handlers; nothing
    // of this process is left to write.
    unsafe { libc::_exit(i32::from(code)) }
}

/// Builds the pipeline from the options shared by the commands.
pub fn pipeline_builder(
    o: &PipelineArgs,
) -> factscan::Result<PipelineBuilder> {
    let mut dicts = DictionaryBuilder::new();
    if !o.no_default_dicts {
        dicts.defaults();
    }
    for path in &o.dicts {
        dicts.path(path)?;
    }
    let kinds = match &o.kinds {
        None => EntityKind::ALL.to_vec(),
        Some(names) => names
            .iter()
            .map(|n| {
                EntityKind::parse(n.trim()).ok_or_else(|| {
                    factscan::Error::config(format!(
                        "--kinds: unknown kind `{n}` (country, organization, person, location, date)"
                    ))
                })
            })
            .collect::<factscan::Result<_>>()?,
    };
    let doc_date = match &o.doc_date {
        None => None,
        Some(s) => Some(DocDate::parse_strict(s).ok_or_else(|| {
            factscan::Error::config(format!(
                "--doc-date: `{s}` is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"
            ))
        })?),
    };
    let order = match o.date_order {
        DateOrderArg::Auto => DateOrder::Auto,
        DateOrderArg::Dmy => DateOrder::Dmy,
        DateOrderArg::Mdy => DateOrder::Mdy,
        DateOrderArg::Ymd => DateOrder::Ymd,
    };
    let mut b = PipelineBuilder::new();
    b.max_doc_bytes(o.max_doc_bytes);
    b.dictionaries(dicts)
        .kinds(&kinds)
        .claims(!o.no_claims)
        .date_order(order)
        .prefer_dates(match o.prefer_dates {
            PreferDatesArg::Nearest => DatePreference::Nearest,
            PreferDatesArg::Future => DatePreference::Future,
            PreferDatesArg::Past => DatePreference::Past,
        })
        .vague_dates(o.vague_dates)
        .doc_date(doc_date);
    Ok(b)
}

fn reader(
    inputs: &[std::path::PathBuf],
    o: &PipelineArgs,
    globs: &[String],
) -> factscan::Result<Reader> {
    let format = match o.format {
        FormatArg::Auto => Format::Auto,
        FormatArg::Text => Format::Text,
        FormatArg::Jsonl => Format::Jsonl,
        FormatArg::Json => Format::Json,
        FormatArg::Csv => Format::Csv,
        FormatArg::Files => Format::Files,
    };
    let fields = Fields {
        text: o.text_field.clone(),
        id: o.id_field.clone(),
        date: o.date_field.clone(),
        speaker: o.speaker_field.clone(),
        country: o.country_field.clone(),
    };
    let mut reader = Reader::new(inputs, format, fields);
    if !globs.is_empty() {
        reader.globs(Globs::new(globs).map_err(factscan::Error::config)?);
    }
    reader.max_doc_bytes(o.max_doc_bytes);
    reader.date_from_path(o.date_from_path);
    if let Some(file) = &o.meta {
        reader.meta(MetaTable::load(file)?);
    }
    Ok(reader)
}

/// Reports the problems of the `--meta` join on standard error: those
/// met so far, and at the `end` of a run the rows that joined no
/// document (the first twenty, then how many more).
fn report_meta(reader: &mut Reader, end: bool) {
    for problem in reader.meta_problems() {
        eprintln!("factscan: {problem}");
    }
    if !end {
        return;
    }
    let (first, all) = reader.meta_unjoined(20);
    for row in &first {
        eprintln!("factscan: {row}");
    }
    if all > first.len() {
        eprintln!(
            "factscan: … and {} more rows of --meta join no document",
            all - first.len()
        );
    }
}

fn extract(args: &ExtractArgs, m: &ArgMatches) -> factscan::Result<u8> {
    let started = Instant::now();
    checks::options(args, m)?;
    checks::output(&args.output)?;
    // One pool of the threads asked for, for start-up and the run.
    let pool = factscan::pipeline::thread_pool(args.threads)?;
    let pipeline =
        pool.install(|| pipeline_builder(&args.options)?.build())?;
    let mut reader = reader(&args.inputs, &args.options, &args.globs)?;
    let notices = reader.notices();
    report_meta(&mut reader, false);
    let show_progress = !args.quiet && io::stderr().is_terminal();
    let mut progress =
        show_progress.then(|| progress::ProgressLine::start(&mut reader));
    let to_stdout = args.output == Path::new("-");
    let mut resumed = Progress::default();
    let mut sink: Box<dyn Sink> = if to_stdout {
        let out = io::BufWriter::with_capacity(1 << 16, io::stdout().lock());
        Box::new(JsonlSink::new(out, "standard output"))
    } else {
        let format = match args.output_format {
            OutputFormatArg::Csv => OutputFormat::Csv,
            OutputFormatArg::Tsv => OutputFormat::Tsv,
            OutputFormatArg::Jsonl => OutputFormat::Jsonl,
            OutputFormatArg::Parquet => OutputFormat::Parquet,
            OutputFormatArg::Xlsx => OutputFormat::Xlsx,
        };
        let cells = CellOptions { raw: args.raw_cells, excel: args.excel };
        let fingerprint = fingerprint(args);
        if args.resume {
            let (sink, done) =
                FileSink::resume(&args.output, format, cells, &fingerprint)?;
            // The reader gives the same documents in the same order:
            // those the checkpoint holds are passed over.
            for _ in 0..done.documents {
                if reader.next().is_none() {
                    break;
                }
            }
            if let Some(line) = &mut progress {
                line.restart_estimate();
            }
            resumed = done;
            Box::new(sink)
        } else {
            folder_sink(&args.output, format, cells, &fingerprint)?
        }
    };
    let mut observe = |s: &Summary, out: &DocOutput| {
        let d = &out.document;
        for notice in notices.try_iter() {
            let line = format!("factscan: {notice}");
            match &progress {
                Some(p) => p.print(&line),
                None => eprintln!("{line}"),
            }
        }
        if d.status != "ok" {
            let line =
                format!("factscan: {}: {}: {}", d.source, d.status, d.message);
            match &progress {
                Some(p) => p.print(&line),
                None => eprintln!("{line}"),
            }
        }
        if let Some(p) = &mut progress {
            p.update(s);
        }
    };
    let mut summary =
        pipeline.run_in(&pool, &mut reader, sink.as_mut(), &mut observe)?;
    summary.documents += resumed.documents;
    summary.errors += resumed.errors;
    summary.warnings += resumed.warnings;
    if let Some(p) = progress {
        p.finish();
    }
    for notice in notices.try_iter() {
        eprintln!("factscan: {notice}");
    }
    report_meta(&mut reader, true);
    if !args.quiet {
        let secs = started.elapsed().as_secs_f64();
        eprintln!("{}", report::summary_line(&summary, secs));
    }
    if let Some(note) = report::nothing_read(&args.inputs, &summary) {
        eprintln!("{note}");
    }
    let _ = io::stderr().flush();
    // The process ends here: freeing the dictionaries' hundreds of
    // thousands of small allocations one by one would only add to its run
    // time (the sink is finished and dropped already).
    std::mem::forget(pipeline);
    // Streaming to standard output reports bad documents in-band.
    Ok(if summary.errors > 0 && !to_stdout { 2 } else { 0 })
}

/// The options that decide a run's output, which a resumed run must
/// repeat (the thread count does not change the output).
fn fingerprint(args: &ExtractArgs) -> String {
    let o = &args.options;
    let mut f = format!(
        "inputs={:?} format={:?} fields={},{},{},{},{} meta={:?} date-from-path={} doc-date={:?} order={:?} dicts={:?} no-default={} kinds={:?} no-claims={} max={} out={:?} raw={} excel={}",
        args.inputs,
        o.format,
        o.text_field,
        o.id_field,
        o.date_field,
        o.speaker_field,
        o.country_field,
        o.meta,
        o.date_from_path,
        o.doc_date,
        o.date_order,
        o.dicts,
        o.no_default_dicts,
        o.kinds,
        o.no_claims,
        o.max_doc_bytes,
        args.output_format,
        args.raw_cells,
        args.excel
    );
    // Only where given, so that the runs before -g resume as they were.
    if !args.globs.is_empty() {
        f.push_str(&format!(" globs={:?}", args.globs));
    }
    if args.options.prefer_dates != PreferDatesArg::Nearest {
        f.push_str(&format!(" prefer={:?}", args.options.prefer_dates));
    }
    if args.options.vague_dates {
        f.push_str(" vague-dates");
    }
    f
}

fn eval(args: &EvalArgs) -> factscan::Result<u8> {
    let (name, path) = (&args.gold[0], Path::new(&args.gold[1]));
    let format = GoldFormat::parse(name).ok_or_else(|| {
        factscan::Error::config(format!(
            "--gold: unknown format `{name}` (conll, brat, timeml, re3d, dates, csv)"
        ))
    })?;
    let pipeline = pipeline_builder(&args.options)?.build()?;
    let report = evaluate(&pipeline, format, path)?;
    if let Some(file) = &args.errors {
        write_errors(file, &report.errors)?;
    }
    let text = if args.json {
        format!("{}\n", report.to_json())
    } else {
        report.to_table()
    };
    io::stdout()
        .write_all(text.as_bytes())
        .map_err(|e| factscan::Error::io("standard output", e))?;
    Ok(0)
}

/// Writes the errors of an evaluation as CSV, with a header row always.
fn write_errors(file: &Path, rows: &[ErrorRow]) -> factscan::Result<()> {
    let fail = |e: csv::Error| factscan::Error::io(file, io::Error::other(e));
    let mut w = csv::WriterBuilder::new()
        .has_headers(false)
        .from_path(file)
        .map_err(fail)?;
    w.write_record(["document", "start", "end", "text", "expected", "found"])
        .map_err(fail)?;
    for row in rows {
        w.serialize(row).map_err(fail)?;
    }
    w.flush().map_err(|e| factscan::Error::io(file, e))
}

fn show(args: &ShowArgs) -> factscan::Result<u8> {
    let pipeline = pipeline_builder(&args.options)?.build()?;
    let mut reader =
        reader(std::slice::from_ref(&args.doc), &args.options, &[])?;
    let notices = reader.notices();
    let wanted =
        |job: &Job| args.doc_id.as_ref().is_none_or(|id| *id == job.id);
    let found = reader.find(wanted);
    for notice in notices.try_iter() {
        eprintln!("factscan: {notice}");
    }
    let Some(job) = found else {
        let what = args.doc_id.as_deref().unwrap_or("any document");
        let msg = format!("{}: no {what}", args.doc.display());
        return Err(factscan::Error::config(msg));
    };
    let (text, _) =
        job.body.text(args.options.max_doc_bytes).map_err(|m| {
            factscan::Error::config(format!("{}: {m}", job.source))
        })?;
    let doc = Document::with_meta(&job.id, &text, &job.meta);
    let mut out = pipeline.process(&doc);
    out.document.source = job.source;
    let speaker = job.meta.speaker.as_deref();
    let html = factscan::sink::html::page(&text, &out, speaker);
    std::fs::write(&args.output, html)
        .map_err(|e| factscan::Error::io(&args.output, e))?;
    Ok(0)
}

fn dicts(cmd: &DictsCommand) -> factscan::Result<u8> {
    match cmd {
        DictsCommand::List { kind, dicts, no_default_dicts } => {
            let mut b = DictionaryBuilder::new();
            if !no_default_dicts {
                b.defaults();
            }
            for path in dicts {
                b.path(path)?;
            }
            let kind = match kind {
                None => None,
                Some(k) => Some(EntityKind::parse(k).ok_or_else(|| {
                    factscan::Error::config(format!(
                        "--kind: unknown kind `{k}`"
                    ))
                })?),
            };
            let dict = b.build()?;
            let mut out = io::BufWriter::new(io::stdout().lock());
            let write = |out: &mut io::BufWriter<_>, line: String| {
                writeln!(out, "{line}")
                    .map_err(|e| factscan::Error::io("standard output", e))
            };
            let header = "kind\tid\tname\taliases\tattributes\troles\tsource";
            write(&mut out, header.into())?;
            for (i, e) in dict.entries().iter().enumerate() {
                if kind.is_some_and(|k| k != e.kind) {
                    continue;
                }
                let aliases: Vec<String> = dict
                    .aliases()
                    .iter()
                    .filter(|a| a.entry == i as u32 && a.text != e.name)
                    .map(|a| format!("{}:{}", a.form.as_str(), a.text))
                    .collect();
                let attributes: Vec<String> = e
                    .attributes
                    .iter()
                    .map(|(k, v)| format!("{k}={v}"))
                    .collect();
                let day = |d: Option<factscan::Ymd>| {
                    d.map(|d| d.to_string()).unwrap_or_default()
                };
                let roles: Vec<String> = e
                    .roles
                    .iter()
                    .map(|r| {
                        format!(
                            "{}:{}:{}:{}",
                            r.title,
                            r.country,
                            day(r.from),
                            day(r.to)
                        )
                    })
                    .collect();
                let file = &dict.files()[e.file as usize];
                let line = format!(
                    "{}\t{}\t{}\t{}\t{}\t{}\t{file}:{}",
                    e.kind,
                    e.id,
                    e.name,
                    aliases.join("|"),
                    attributes.join(";"),
                    roles.join("|"),
                    e.line
                );
                write(&mut out, line)?;
            }
            out.flush()
                .map_err(|e| factscan::Error::io("standard output", e))?;
            Ok(0)
        }
        DictsCommand::Check { files } => {
            let mut b = DictionaryBuilder::new();
            b.defaults();
            let defaults = b.build()?;
            for path in files {
                b.path(path)?;
            }
            let dict = b.build()?;
            let entries =
                dict.entries().len() as i64 - defaults.entries().len() as i64;
            let aliases =
                dict.aliases().len() as i64 - defaults.aliases().len() as i64;
            for a in dict
                .aliases()
                .iter()
                .filter(|a| a.file as usize >= defaults.files().len())
            {
                let short = a.text.chars().count() <= 2
                    && a.form != factscan::Form::Acronym;
                if short {
                    eprintln!(
                        "{}:{}: warning: alias `{}` is two letters or fewer and not an acronym: it matches in any case but lower",
                        dict.files()[a.file as usize],
                        a.line,
                        a.text
                    );
                }
            }
            println!(
                "ok: {entries:+} entries, {aliases:+} aliases over the defaults"
            );
            Ok(0)
        }
    }
}
