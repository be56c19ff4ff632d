//! The progress line of `extract` on a terminal, drawn with `indicatif`:
//! the share of the inputs read and the time left where their size is
//! known (files and folders), else the documents and bytes done so far
//! (standard input). Shown only when standard error is a terminal and
//! `-q` is not given; otherwise none is made and the run counts nothing.

use std::fmt::Write;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use factscan::Summary;
use factscan::read::Reader;
use indicatif::{
    ProgressBar, ProgressDrawTarget, ProgressState, ProgressStyle,
};

use crate::report::{count, duration, size};

/// How often the line is brought up to date, at most.
const EVERY: Duration = Duration::from_millis(100);

/// The time left, to the second: "8 s", "2 min 05 s", "1 h 02 min".
fn left(secs: f64) -> String {
    let whole = secs.round() as u64;
    if whole < 60 { format!("{whole} s") } else { duration(whole as f64) }
}

/// The progress line of a run.
pub struct ProgressLine {
    bar: ProgressBar,
    /// Bytes of the inputs read, where their size is known.
    read: Option<Arc<AtomicU64>>,
    last: Option<Instant>,
}

impl ProgressLine {
    /// A line on standard error for the run of `reader`; it walks the
    /// inputs' folders for their size.
    pub fn start(reader: &mut Reader) -> ProgressLine {
        let total = reader.input_size().filter(|&t| t > 0);
        let read = total.map(|_| reader.count_input());
        ProgressLine::new(total, read, ProgressDrawTarget::stderr())
    }

    fn new(
        total: Option<u64>,
        read: Option<Arc<AtomicU64>>,
        target: ProgressDrawTarget,
    ) -> ProgressLine {
        let bar = ProgressBar::with_draw_target(total, target);
        let template = if total.is_some() {
            "factscan: {bar:24} {percent:>3}% of {total} · {msg}{left}"
        } else {
            "factscan: {spinner} {done} · {msg}"
        };
        let style = ProgressStyle::with_template(template)
            .expect("the template is valid")
            .with_key("total", |s: &ProgressState, w: &mut dyn Write| {
                let _ = w.write_str(&size(s.len().unwrap_or(0) as f64));
            })
            .with_key("done", |s: &ProgressState, w: &mut dyn Write| {
                let _ = w.write_str(&size(s.pos() as f64));
            })
            .with_key("left", |s: &ProgressState, w: &mut dyn Write| {
                // No estimate before there is a rate to make it from.
                if s.pos() > 0 && s.elapsed() >= Duration::from_secs(1) {
                    let secs = s.eta().as_secs_f64();
                    let _ = write!(w, " · {} left", left(secs));
                }
            })
            .progress_chars("█▌ ");
        bar.set_style(style);
        ProgressLine { bar, read, last: None }
    }

    /// Sets the line from the run's summary so far, at most every 100 ms.
    pub fn update(&mut self, s: &Summary) {
        let now = Instant::now();
        if self.last.is_some_and(|t| now.duration_since(t) < EVERY) {
            return;
        }
        self.last = Some(now);
        let done = match &self.read {
            Some(read) => read.load(Ordering::Relaxed),
            None => s.bytes as u64,
        };
        self.bar.set_message(count(s.documents, "document", "documents"));
        self.bar.set_position(done);
    }

    /// Starts the estimate of the time left afresh: after the documents
    /// of a resumed run's checkpoint were passed over, in a burst.
    pub fn restart_estimate(&mut self) {
        if let Some(read) = &self.read {
            self.bar.set_position(read.load(Ordering::Relaxed));
        }
        self.bar.reset_eta();
    }

    /// Prints `line` above the progress line.
    pub fn print(&self, line: &str) {
        self.bar.suspend(|| eprintln!("{line}"));
    }

    /// Clears the line.
    pub fn finish(self) {
        self.bar.finish_and_clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use indicatif::TermLike;
    use std::sync::Mutex;

    /// A terminal that keeps the last line drawn.
    #[derive(Debug, Default, Clone)]
    struct Screen(Arc<Mutex<String>>);

    impl TermLike for Screen {
        fn width(&self) -> u16 {
            120
        }
        fn move_cursor_up(&self, _: usize) -> std::io::Result<()> {
            Ok(())
        }
        fn move_cursor_down(&self, _: usize) -> std::io::Result<()> {
            Ok(())
        }
        fn move_cursor_right(&self, _: usize) -> std::io::Result<()> {
            Ok(())
        }
        fn move_cursor_left(&self, _: usize) -> std::io::Result<()> {
            Ok(())
        }
        fn write_line(&self, s: &str) -> std::io::Result<()> {
            self.write_str(s)
        }
        fn write_str(&self, s: &str) -> std::io::Result<()> {
            if !s.trim().is_empty() {
                *self.0.lock().unwrap() = s.trim_end().to_string();
            }
            Ok(())
        }
        fn clear_line(&self) -> std::io::Result<()> {
            Ok(())
        }
        fn flush(&self) -> std::io::Result<()> {
            Ok(())
        }
    }

    fn line(total: Option<u64>, read: u64, summary: &Summary) -> String {
        let screen = Screen::default();
        let target = ProgressDrawTarget::term_like(Box::new(screen.clone()));
        let count = total.map(|_| Arc::new(AtomicU64::new(read)));
        let mut p = ProgressLine::new(total, count, target);
        p.update(summary);
        p.bar.tick();
        screen.0.lock().unwrap().clone()
    }

    #[test]
    fn the_line_shows_the_share_and_time_left_where_the_size_is_known() {
        let s = Summary { documents: 1, bytes: 7, ..Summary::default() };
        let known = line(Some(2_000_000), 500_000, &s);
        assert!(
            known.starts_with("factscan: ██████▌ ")
                && known.ends_with("  25% of 2.0 MB · 1 document"),
            "{known}"
        );
        let s = Summary { documents: 3, bytes: 43_210, ..Summary::default() };
        let unknown = line(None, 0, &s);
        assert!(unknown.ends_with(" 43.2 kB · 3 documents"), "{unknown}");
        assert!(!unknown.contains('%'), "{unknown}");
    }

    #[test]
    fn the_time_left_is_to_the_second() {
        let cases = [
            (0.2, "0 s"),
            (8.4, "8 s"),
            (59.4, "59 s"),
            (59.6, "1 min 00 s"),
            (125.0, "2 min 05 s"),
            (3725.0, "1 h 02 min"),
        ];
        for (secs, want) in cases {
            assert_eq!(left(secs), want, "{secs}");
        }
    }
}
