//! Checkpoints, so that a killed run can be resumed.
//!
//! After each batch, a [`FileSink`](super::FileSink) flushes its partial
//! tables to disk and records in `.factscan-progress` how many documents
//! they hold and how long each file then was. `--resume` truncates the
//! partial files to those lengths, skips that many documents, rebuilds the
//! entity summary from the partial tables, and goes on; the finished
//! tables are the same bytes as an uninterrupted run's.

use std::fs;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

/// The name of the progress file in the output folder.
pub const PROGRESS_FILE: &str = ".factscan-progress";

/// What a checkpoint records.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Progress {
    /// The run's options, which a resumed run must repeat.
    pub fingerprint: String,
    /// Documents written, in input order.
    pub documents: usize,
    /// Documents with status `error` among them.
    pub errors: usize,
    /// Documents with status `warning` among them.
    pub warnings: usize,
    /// Lengths of the partial files of entities, claims and documents.
    pub lengths: [u64; 3],
}

impl Progress {
    /// Reads the progress file of `dir`, if there is one.
    ///
    /// # Errors
    ///
    /// When it exists but cannot be read or parsed.
    pub fn read(dir: &Path) -> Result<Option<Progress>> {
        let path = dir.join(PROGRESS_FILE);
        let text = match fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Ok(None);
            }
            Err(e) => return Err(Error::io(&path, e)),
        };
        serde_json::from_str(&text)
            .map(Some)
            .map_err(|e| Error::io(&path, std::io::Error::other(e)))
    }

    /// Writes the progress file of `dir` atomically.
    ///
    /// # Errors
    ///
    /// When it cannot be written.
    pub fn write(&self, dir: &Path) -> Result<()> {
        let path = dir.join(PROGRESS_FILE);
        let tmp = dir.join(format!("{PROGRESS_FILE}.tmp"));
        let text = serde_json::to_string(self)
            .map_err(|e| Error::io(&tmp, std::io::Error::other(e)))?;
        fs::write(&tmp, text).map_err(|e| Error::io(&tmp, e))?;
        let file = fs::File::open(&tmp).map_err(|e| Error::io(&tmp, e))?;
        file.sync_all().map_err(|e| Error::io(&tmp, e))?;
        fs::rename(&tmp, &path).map_err(|e| Error::io(&path, e))
    }

    /// Removes the progress file of `dir`, once the tables are complete.
    ///
    /// # Errors
    ///
    /// When it exists and cannot be removed.
    pub fn remove(dir: &Path) -> Result<()> {
        let path = dir.join(PROGRESS_FILE);
        match fs::remove_file(&path) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                Err(Error::io(&path, e))
            }
            _ => Ok(()),
        }
    }
}
