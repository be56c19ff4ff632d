//! Running the pipeline over a reader: batches in the workers' hands,
//! written in the order read.

use super::*;

impl Pipeline {
    /// Runs every job through the pipeline into `sink`, on `threads`
    /// workers (0: one per core). `observe` sees each document's output
    /// after it is written, with the running summary: the caller reports
    /// problems and progress with it.
    ///
    /// # Errors
    ///
    /// When the sink fails to write, or the thread pool cannot start.
    /// Bad documents are no error: they get status `error` in their row.
    pub fn run(
        &self,
        reader: &mut read::Reader,
        sink: &mut dyn Sink,
        threads: usize,
        observe: &mut dyn FnMut(&Summary, &DocOutput),
    ) -> Result<Summary> {
        self.run_in(&thread_pool(threads)?, reader, sink, observe)
    }

    /// As `run`, on the workers of `pool`: a caller that built the
    /// pipeline in the same pool starts no more threads.
    ///
    /// # Errors
    ///
    /// When the sink fails to write.
    pub fn run_in(
        &self,
        pool: &rayon::ThreadPool,
        reader: &mut read::Reader,
        sink: &mut dyn Sink,
        observe: &mut dyn FnMut(&Summary, &DocOutput),
    ) -> Result<Summary> {
        let mut summary = Summary::default();
        // Several batches are in the workers' hands at a time, each
        // document a job of its own, so that a worker done with one
        // document goes on with the next, whatever its batch, instead of
        // waiting for the other's last documents. This thread reads the
        // batch after them, and writes each batch in order as it comes
        // back, then hands it to a worker to free (whose allocator made
        // its rows).
        let (done, outputs) = std::sync::mpsc::channel();
        let mut back = InOrder { outputs, early: BTreeMap::new(), next: 0 };
        let mut written = Ok(());
        let in_flight = (IN_FLIGHT_PER_WORKER * pool.current_num_threads())
            .max(IN_FLIGHT_MIN);
        pool.in_place_scope(|scope| {
            let mut sent = 0;
            let mut batch = next_batch(reader);
            let mut received: Option<Vec<DocOutput>> = None;
            loop {
                // Topped up before a batch is written, so that the
                // workers have batches in hand while it is.
                while sent < back.next + in_flight && !batch.is_empty() {
                    self.spawn_batch(scope, sent, take(&mut batch), &done);
                    sent += 1;
                    batch = next_batch(reader);
                }
                if let Some(outs) = received.take() {
                    // The last batch needs no checkpoint: `finish` follows.
                    let last = back.next == sent && batch.is_empty();
                    let checkpoint =
                        !last && back.next.is_multiple_of(CHECKPOINT_BATCHES);
                    summary.skipped = reader.skipped();
                    if written.is_ok() {
                        written = write(
                            sink,
                            &outs,
                            &mut summary,
                            observe,
                            checkpoint,
                        );
                    }
                    if written.is_err() {
                        // What the workers hold is finished and dropped;
                        // no more is read.
                        batch.clear();
                    }
                    if last {
                        // Freed beside `finish`, not waited for.
                        pool.spawn(move || drop(outs));
                    } else {
                        scope.spawn(move |_| drop(outs));
                    }
                }
                if back.next == sent {
                    break;
                }
                received = Some(back.take());
            }
        });
        written?;
        sink.finish()?;
        summary.skipped = reader.skipped();
        Ok(summary)
    }

    /// Gives the workers batch number `batch`, a job per document; the
    /// job that puts its last output sends the batch to `done`.
    fn spawn_batch<'s>(
        &'s self,
        scope: &rayon::Scope<'s>,
        batch: usize,
        jobs: Vec<Job>,
        done: &Sender<Returned>,
    ) {
        let hand = Arc::new(InHand::new(jobs.len()));
        for (i, job) in jobs.into_iter().enumerate() {
            let (hand, done) = (Arc::clone(&hand), done.clone());
            scope.spawn(move |_| {
                // A panic here (documents catch their own) is sent on, to
                // end the run as the caller's own.
                let put = std::panic::catch_unwind(AssertUnwindSafe(|| {
                    hand.put(i, self.process_job(job))
                }));
                // The receiver outlives every job of the scope.
                match put {
                    Ok(None) => {}
                    Ok(Some(outs)) => drop(done.send((batch, Ok(outs)))),
                    Err(p) => drop(done.send((batch, Err(p)))),
                }
            });
        }
    }
}

/// Writes a batch's outputs in order, counting them, and makes all
/// written so far durable if `checkpoint`.
fn write(
    sink: &mut dyn Sink,
    outs: &[DocOutput],
    summary: &mut Summary,
    observe: &mut dyn FnMut(&Summary, &DocOutput),
    checkpoint: bool,
) -> Result<()> {
    for out in outs {
        sink.document(out)?;
        count(summary, out);
        observe(summary, out);
    }
    if checkpoint { sink.checkpoint() } else { Ok(()) }
}

/// A pool of `threads` workers (0: one per core).
///
/// # Errors
///
/// When the threads cannot start.
pub fn thread_pool(threads: usize) -> Result<rayon::ThreadPool> {
    rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .map_err(|e| Error::config(format!("cannot start threads: {e}")))
}

fn next_batch(reader: &mut read::Reader) -> Vec<Job> {
    let mut batch = Vec::new();
    let mut bytes = 0;
    while batch.len() < BATCH_DOCS && bytes < BATCH_BYTES {
        let Some(job) = reader.next() else { break };
        if let Body::Text(t) = &job.body {
            bytes += t.len();
        }
        batch.push(job);
    }
    batch
}

/// A batch in the workers' hands. Each document is a job of its own:
/// a job that waits for others, as `par_iter`'s do, takes up other work
/// meanwhile, and with a later batch's job on its stack held its own
/// batch back until that one was done, while the workers ran out of
/// batches to take. The job that puts the last output gets the batch.
pub(super) struct InHand {
    outs: Vec<Mutex<Option<DocOutput>>>,
    left: AtomicUsize,
}

impl InHand {
    pub(super) fn new(docs: usize) -> InHand {
        let outs = (0..docs).map(|_| Mutex::new(None)).collect();
        InHand { outs, left: AtomicUsize::new(docs) }
    }

    /// Puts the output of document `i`; the batch's outputs, in order,
    /// once it is the last.
    pub(super) fn put(
        &self,
        i: usize,
        out: DocOutput,
    ) -> Option<Vec<DocOutput>> {
        *lock(&self.outs[i]) = Some(out);
        if self.left.fetch_sub(1, Ordering::AcqRel) != 1 {
            return None;
        }
        Some(self.outs.iter().map(|o| lock(o).take().expect("put")).collect())
    }
}

/// The lock's value; no code panics while holding one of these.
fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// A batch's number and outputs, or the panic of one of its jobs.
pub(super) type Returned = (usize, std::thread::Result<Vec<DocOutput>>);

/// Batches' outputs as the workers send them back, taken in order.
pub(super) struct InOrder {
    pub(super) outputs: Receiver<Returned>,
    /// Those sent back before the ones before them.
    pub(super) early: BTreeMap<usize, Vec<DocOutput>>,
    /// The number of the next batch to take.
    pub(super) next: usize,
}

impl InOrder {
    /// The next batch's outputs, waited for; a panic of its job goes on
    /// here.
    pub(super) fn take(&mut self) -> Vec<DocOutput> {
        let outs = loop {
            if let Some(outs) = self.early.remove(&self.next) {
                break outs;
            }
            let (k, outs) = self.outputs.recv().expect("a batch's output");
            let outs = outs.unwrap_or_else(|p| std::panic::resume_unwind(p));
            self.early.insert(k, outs);
        };
        self.next += 1;
        outs
    }
}

fn count(summary: &mut Summary, out: &DocOutput) {
    summary.documents += 1;
    summary.bytes += out.document.bytes;
    summary.mentions += out.entities.len();
    summary.claims += out.claims.len();
    match out.document.status {
        "warning" => summary.warnings += 1,
        "error" => summary.errors += 1,
        _ => {}
    }
}
