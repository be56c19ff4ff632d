//! Counting what is read, for a progress line: the size of the inputs
//! before a run, and the bytes read of them as it goes, both as the
//! files are on disk (compressed ones too). A reader counts only when
//! asked to, so that a run with no progress line does no more work.

use std::fs;
use std::io::{self, Read};
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use super::{Format, Pending, Reader};

/// The count of bytes read, shared with the one who asked for it.
pub(super) type Count = Arc<AtomicU64>;

impl Reader {
    /// Counts from here on the bytes of the input files as they are on
    /// disk, to set against [`input_size`](Reader::input_size) for a
    /// progress line: a text file's size as its job is handed out, a
    /// JSON Lines or CSV file's bytes as they are read. Counting costs a
    /// look-up of each text file's size; a reader not asked does none.
    pub fn count_input(&mut self) -> Arc<AtomicU64> {
        self.counted.get_or_insert_default().clone()
    }

    /// The size on disk of the files this reader will read: those the
    /// inputs name, and those below the folders they name that it reads
    /// (by extension, as it will read them); `None` when standard input
    /// is among the inputs, whose size is not known. A walk of the
    /// inputs' folders, made before the run.
    pub fn input_size(&self) -> Option<u64> {
        let mut total = 0;
        let mut stack = Vec::new();
        for p in &self.pending {
            match p {
                Pending::Path { path, root, .. } => {
                    stack.push((path.clone(), root.clone()));
                }
                Pending::Bytes { bytes, .. } => total += bytes.len() as u64,
                Pending::Stdin => return None,
            }
        }
        while let Some((path, root)) = stack.pop() {
            let explicit = root.is_none();
            let Ok(meta) = fs::metadata(&path) else { continue };
            if !meta.is_dir() {
                if !self.left_out(&path, &root, false)
                    && self.format_of(&path, explicit).is_some()
                {
                    total += meta.len();
                }
                continue;
            }
            let is_link = fs::symlink_metadata(&path)
                .is_ok_and(|m| m.file_type().is_symlink());
            if !explicit && is_link || self.left_out(&path, &root, true) {
                continue; // as the reader does not walk it
            }
            let Ok(entries) = fs::read_dir(&path) else { continue };
            let root = root.unwrap_or_else(|| Arc::from(path.as_path()));
            for e in entries.filter_map(|e| e.ok()) {
                if !e.file_name().to_string_lossy().starts_with('.') {
                    stack.push((e.path(), Some(root.clone())));
                }
            }
        }
        Some(total)
    }

    /// Counts a text file, read `format`, whole as its job is handed out
    /// (its records are counted as they are read).
    pub(super) fn count_file(&self, path: &Path, format: Format) {
        let Some(count) = &self.counted else { return };
        if matches!(format, Format::Text | Format::Auto | Format::Files) {
            let size = fs::metadata(path).map_or(0, |m| m.len());
            count.fetch_add(size, Ordering::Relaxed);
        }
    }

    /// The file `f` to read records from, counted where counting is on.
    pub(super) fn counting(&self, f: fs::File) -> Box<dyn Read + Send> {
        match &self.counted {
            Some(count) => {
                Box::new(Counted { inner: f, count: count.clone() })
            }
            None => Box::new(f),
        }
    }
}

/// A reader that adds the bytes it reads to a count.
struct Counted<R> {
    inner: R,
    count: Count,
}

impl<R: Read> Read for Counted<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.count.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::super::Fields;
    use super::*;

    /// What is counted as read adds up to the size the walk gives, for
    /// text, records and compressed files, with files the reader skips
    /// and hidden ones counted in neither.
    #[test]
    fn the_bytes_read_add_up_to_the_input_size() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path();
        fs::create_dir_all(dir.join("sub")).unwrap();
        fs::write(dir.join("a.txt"), "Kenya and Chad.").unwrap();
        fs::write(dir.join("sub/b.md"), "Peru.").unwrap();
        let records = "{\"text\":\"one\"}\n{\"text\":\"two\"}\n".repeat(5000);
        fs::write(dir.join("sub/c.jsonl"), &records).unwrap();
        let mut gz = flate2::write::GzEncoder::new(
            Vec::new(),
            flate2::Compression::default(),
        );
        io::Write::write_all(&mut gz, records.as_bytes()).unwrap();
        fs::write(dir.join("d.jsonl.gz"), gz.finish().unwrap()).unwrap();
        fs::write(dir.join("skipped.pdf"), "not read").unwrap();
        fs::write(dir.join(".hidden.txt"), "not read").unwrap();
        let sizes: u64 = ["a.txt", "sub/b.md", "sub/c.jsonl", "d.jsonl.gz"]
            .iter()
            .map(|f| fs::metadata(dir.join(f)).unwrap().len())
            .sum();
        let inputs = [dir.to_path_buf()];
        let mut reader = Reader::new(&inputs, Format::Auto, Fields::default());
        assert_eq!(reader.input_size(), Some(sizes));
        let count = reader.count_input();
        let jobs = reader.by_ref().count();
        assert_eq!(jobs, 2 + 2 * 10_000);
        assert_eq!(count.load(Ordering::Relaxed), sizes);
        let stdin = [dir.to_path_buf(), "-".into()];
        let reader = Reader::new(&stdin, Format::Auto, Fields::default());
        assert_eq!(reader.input_size(), None, "standard input has no size");
    }
}
