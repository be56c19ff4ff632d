//! The `factscan` Python package's native module, `factscan._factscan`:
//! the pipeline over files, folders or strings, its tables handed to
//! pyarrow through the Arrow C data interface, without a copy.
//!
//! The work runs with the GIL released, on a pool of `threads` workers,
//! through the library's `Pipeline::run_in` (files) or `process_job`
//! (strings), so the rows and their order are the command's.

mod options;
mod tables;

use std::path::PathBuf;
use std::sync::Mutex;
use std::sync::mpsc::{Receiver, SyncSender, sync_channel};

use arrow::pyarrow::ToPyArrow;
use factscan::read::{Body, DocMeta, Job};
use factscan::sink::{DocOutput, Sink};
use factscan::{Error, Pipeline};
use pyo3::create_exception;
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList};
use rayon::prelude::*;

use options::Options;
use tables::{ArrowSink, NAMES, Tables, TablesBuilder, schemas};

/// mimalloc, as the command uses: rows are made on the workers and freed
/// on another thread.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

create_exception!(
    _factscan,
    FactscanError,
    PyValueError,
    "A bad option, dictionary or metadata table: the message is the one the `factscan` command prints."
);

/// Transparent huge pages off while a run lasts, as the command has them
/// off (see its `no_huge_pages`): the kernel zeroes each 2 MiB page whole
/// when first touched, which cost this package a fifth of its time over
/// the UN speeches (system time 0.2–0.6 s against 0.1 s, measured). The
/// setting is the process's: the one found is put back at the end.
struct NoHugePages {
    #[cfg(target_os = "linux")]
    before: libc::c_int,
}

impl NoHugePages {
    fn new() -> NoHugePages {
        #[cfg(target_os = "linux")]
        // SAFETY: these prctl calls take integers only and touch no
        // memory; if they fail, huge pages stay as they were.
        unsafe {
            let before = libc::prctl(libc::PR_GET_THP_DISABLE, 0, 0, 0, 0);
            libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0);
            NoHugePages { before }
        }
        #[cfg(not(target_os = "linux"))]
        NoHugePages {}
    }
}

impl Drop for NoHugePages {
    fn drop(&mut self) {
        #[cfg(target_os = "linux")]
        if self.before == 0 {
            // SAFETY: as in `new`.
            unsafe {
                libc::prctl(libc::PR_SET_THP_DISABLE, 0, 0, 0, 0);
            }
        }
    }
}

fn py_error(e: Error) -> PyErr {
    FactscanError::new_err(e.to_string())
}

/// Reads the options from the keyword arguments the Python layer passes
/// (`None` values already left out).
fn options(kwargs: Option<&Bound<'_, PyDict>>) -> PyResult<Options> {
    let mut o = Options { claims: true, ..Options::default() };
    let Some(kwargs) = kwargs else { return Ok(o) };
    for (key, value) in kwargs.iter() {
        let key: String = key.extract()?;
        match key.as_str() {
            "format" => o.format = Some(value.extract()?),
            "text_field" => o.text_field = Some(value.extract()?),
            "id_field" => o.id_field = Some(value.extract()?),
            "date_field" => o.date_field = Some(value.extract()?),
            "speaker_field" => o.speaker_field = Some(value.extract()?),
            "country_field" => o.country_field = Some(value.extract()?),
            "meta" => o.meta = Some(value.extract()?),
            "date_from_path" => o.date_from_path = value.extract()?,
            "doc_date" => o.doc_date = Some(value.extract()?),
            "date_order" => o.date_order = Some(value.extract()?),
            "prefer_dates" => o.prefer_dates = Some(value.extract()?),
            "dicts" => o.dicts = value.extract()?,
            "globs" => o.globs = value.extract()?,
            "no_default_dicts" => o.no_default_dicts = value.extract()?,
            "kinds" => o.kinds = Some(value.extract()?),
            "claims" => o.claims = value.extract()?,
            "max_doc_bytes" => o.max_doc_bytes = Some(value.extract()?),
            "threads" => o.threads = value.extract()?,
            other => {
                return Err(PyTypeError::new_err(format!(
                    "unexpected keyword argument `{other}`"
                )));
            }
        }
    }
    Ok(o)
}

/// A dict of the four tables as `pyarrow.Table`s.
fn to_python<'py>(
    py: Python<'py>,
    tables: Tables,
) -> PyResult<Bound<'py, PyDict>> {
    let table = py.import("pyarrow")?.getattr("Table")?;
    let out = PyDict::new(py);
    for ((name, batches), schema) in
        NAMES.iter().zip(tables.batches).zip(schemas())
    {
        let list = PyList::empty(py);
        for batch in &batches {
            list.append(batch.to_pyarrow(py)?)?;
        }
        let schema = schema.as_ref().to_pyarrow(py)?;
        let t = table.call_method1("from_batches", (list, schema))?;
        out.set_item(*name, t)?;
    }
    Ok(out)
}

/// The tables of every document of `inputs` (files and folders).
#[pyfunction]
#[pyo3(signature = (inputs, **kwargs))]
fn extract<'py>(
    py: Python<'py>,
    inputs: Vec<PathBuf>,
    kwargs: Option<&Bound<'py, PyDict>>,
) -> PyResult<Bound<'py, PyDict>> {
    let o = options(kwargs)?;
    let tables = py
        .detach(|| -> factscan::Result<Tables> {
            let _pages = NoHugePages::new();
            let pool = factscan::pipeline::thread_pool(o.threads)?;
            let pipeline = o.pipeline(&pool)?;
            let mut reader = o.reader(&inputs)?;
            let mut sink = ArrowSink::default();
            pipeline.run_in(&pool, &mut reader, &mut sink, &mut |_, _| {})?;
            // The dictionaries' many small allocations are freed beside
            // the caller's work, not before it gets its tables.
            pool.spawn(move || drop(pipeline));
            Ok(sink.tables.take(true))
        })
        .map_err(py_error)?;
    to_python(py, tables)
}

/// Documents made from strings in memory, a job each, in order.
fn text_jobs(
    texts: Vec<String>,
    ids: Option<Vec<String>>,
    dates: Option<Vec<Option<String>>>,
    speakers: Option<Vec<Option<String>>>,
    max: usize,
) -> factscan::Result<Vec<Job>> {
    let n = texts.len();
    let check = |what: &str, len: Option<usize>| match len {
        Some(len) if len != n => Err(Error::config(format!(
            "{what}: {len} given for {n} texts: give one for each text, or none"
        ))),
        _ => Ok(()),
    };
    check("ids", ids.as_ref().map(Vec::len))?;
    check("dates", dates.as_ref().map(Vec::len))?;
    check("speakers", speakers.as_ref().map(Vec::len))?;
    let mut ids = ids.map(Vec::into_iter);
    let mut dates = dates.map(Vec::into_iter);
    let mut speakers = speakers.map(Vec::into_iter);
    let some = |f: Option<String>| {
        f.map(|s| s.trim().to_string()).filter(|s| !s.is_empty())
    };
    let jobs = texts
        .into_iter()
        .enumerate()
        .map(|(i, mut text)| {
            let id = ids.as_mut().and_then(Iterator::next);
            let date = some(dates.as_mut().and_then(Iterator::next).flatten());
            let speaker =
                some(speakers.as_mut().and_then(Iterator::next).flatten());
            let mut warning = None;
            if text.len() > max {
                let mut end = max;
                while !text.is_char_boundary(end) {
                    end -= 1;
                }
                text.truncate(end);
                warning =
                    Some(format!("cut to {max} bytes (--max-doc-bytes)"));
            }
            Job {
                id: id.unwrap_or_else(|| i.to_string()),
                source: format!("texts[{i}]"),
                body: Body::Text(text),
                meta: DocMeta {
                    date: date.as_deref().and_then(factscan::DocDate::parse),
                    speaker,
                    country: None,
                },
                warning,
            }
        })
        .collect();
    Ok(jobs)
}

/// Documents processed at a time from strings: the workers share them,
/// and their rows are added to the tables in order before the next.
const TEXTS_AT_ONCE: usize = 4096;

/// The tables of documents given as strings.
#[pyfunction]
#[pyo3(signature = (texts, ids=None, dates=None, speakers=None, **kwargs))]
fn extract_texts<'py>(
    py: Python<'py>,
    texts: Vec<String>,
    ids: Option<Vec<String>>,
    dates: Option<Vec<Option<String>>>,
    speakers: Option<Vec<Option<String>>>,
    kwargs: Option<&Bound<'py, PyDict>>,
) -> PyResult<Bound<'py, PyDict>> {
    let o = options(kwargs)?;
    let max = o.max_doc_bytes.unwrap_or(factscan::read::DEFAULT_MAX_DOC_BYTES);
    let tables = py
        .detach(|| -> factscan::Result<Tables> {
            let _pages = NoHugePages::new();
            let jobs = text_jobs(texts, ids, dates, speakers, max)?;
            let pool = factscan::pipeline::thread_pool(o.threads)?;
            let pipeline = o.pipeline(&pool)?;
            let mut tables = TablesBuilder::default();
            let mut jobs = jobs.into_iter().peekable();
            while jobs.peek().is_some() {
                let chunk: Vec<Job> =
                    jobs.by_ref().take(TEXTS_AT_ONCE).collect();
                let outs: Vec<DocOutput> = pool.install(|| {
                    chunk
                        .into_par_iter()
                        .map(|job| pipeline.process_job(job))
                        .collect()
                });
                for out in &outs {
                    tables.add(out);
                }
            }
            Ok(tables.take(true))
        })
        .map_err(py_error)?;
    to_python(py, tables)
}

/// What the run behind a stream sends: a batch's tables, or its error.
type Sent = factscan::Result<Tables>;

/// A sink sending the tables every `batch_docs` documents. One batch is
/// held back, so that the last carries the corpus's `entity_summary`.
struct StreamSink {
    tables: TablesBuilder,
    batch_docs: usize,
    held: Option<Tables>,
    send: SyncSender<Sent>,
}

impl StreamSink {
    fn send(&mut self, tables: Tables) -> factscan::Result<()> {
        self.send
            .send(Ok(tables))
            .map_err(|_| Error::config("the stream was closed before its end"))
    }
}

impl Sink for StreamSink {
    fn document(&mut self, out: &DocOutput) -> factscan::Result<()> {
        self.tables.add(out);
        if self.tables.documents >= self.batch_docs {
            let next = self.tables.take(false);
            if let Some(held) = self.held.replace(next) {
                self.send(held)?;
            }
        }
        Ok(())
    }

    fn finish(&mut self) -> factscan::Result<()> {
        let has_rows = self.tables.documents > 0;
        let mut last = self.tables.take(true);
        if let Some(mut held) = self.held.take() {
            if has_rows {
                self.send(held)?;
            } else {
                held.batches[3] = std::mem::take(&mut last.batches[3]);
                last = held;
            }
        }
        self.send(last)
    }
}

/// The batches of a run, as they come.
#[pyclass(module = "factscan._factscan")]
struct Stream {
    batches: Mutex<Receiver<Sent>>,
}

#[pymethods]
impl Stream {
    fn __iter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    fn __next__<'py>(
        &self,
        py: Python<'py>,
    ) -> PyResult<Option<Bound<'py, PyDict>>> {
        let next = py.detach(|| match self.batches.lock() {
            Ok(r) => r.recv().ok(),
            Err(_) => None,
        });
        match next {
            None => Ok(None),
            Some(Ok(tables)) => to_python(py, tables).map(Some),
            Some(Err(e)) => Err(py_error(e)),
        }
    }
}

/// A stream of the tables of `inputs`, `batch_docs` documents at a time.
#[pyfunction]
#[pyo3(signature = (inputs, batch_docs=10_000, **kwargs))]
fn stream(
    py: Python<'_>,
    inputs: Vec<PathBuf>,
    batch_docs: usize,
    kwargs: Option<&Bound<'_, PyDict>>,
) -> PyResult<Stream> {
    if batch_docs == 0 {
        return Err(FactscanError::new_err(
            "batch_docs: 0 documents a batch: give 1 or more",
        ));
    }
    let o = options(kwargs)?;
    let (send, batches) = sync_channel(1);
    py.detach(|| -> factscan::Result<()> {
        let pool = factscan::pipeline::thread_pool(o.threads)?;
        let pipeline: Pipeline = o.pipeline(&pool)?;
        let mut reader = o.reader(&inputs)?;
        std::thread::Builder::new()
            .name("factscan-stream".into())
            .spawn(move || {
                let _pages = NoHugePages::new();
                let mut sink = StreamSink {
                    tables: TablesBuilder::default(),
                    batch_docs,
                    held: None,
                    send: send.clone(),
                };
                let run = pipeline.run_in(
                    &pool,
                    &mut reader,
                    &mut sink,
                    &mut |_, _| {},
                );
                if let Err(e) = run {
                    let _ = send.send(Err(e));
                }
            })
            .map_err(|e| {
                Error::config(format!("cannot start a thread: {e}"))
            })?;
        Ok(())
    })
    .map_err(py_error)?;
    Ok(Stream { batches: Mutex::new(batches) })
}

/// The native module; `factscan/__init__.py` wraps it.
#[pymodule]
fn _factscan(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("FactscanError", m.py().get_type::<FactscanError>())?;
    m.add_function(wrap_pyfunction!(extract, m)?)?;
    m.add_function(wrap_pyfunction!(extract_texts, m)?)?;
    m.add_function(wrap_pyfunction!(stream, m)?)?;
    m.add_class::<Stream>()?;
    Ok(())
}
