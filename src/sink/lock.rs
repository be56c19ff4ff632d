//! One run at a time in an output folder.
//!
//! A sink writing into a folder holds an exclusive lock on the file
//! `.factscan-lock` there (`flock` on Linux, through the standard
//! library's `File::try_lock`) from before it touches a table until it is
//! dropped or the process ends. A second run into the same folder fails
//! at once, saying so, and leaves the first's tables alone. The lock is
//! the operating system's, not the file's presence: a killed run leaves
//! the file behind, unlocked, and the next run (`--resume` too) takes it.

use std::fs::{File, OpenOptions, TryLockError};
use std::path::Path;

use crate::error::{Error, Result};

/// The name of the lock file in the output folder.
pub const LOCK_FILE: &str = ".factscan-lock";

/// The lock of an output folder, held until dropped.
#[derive(Debug)]
pub struct OutputLock {
    _file: File,
}

impl OutputLock {
    /// Takes the lock of folder `dir`, which must exist, creating its
    /// lock file if needed. On a file system that has no locks, the run
    /// goes on unlocked.
    ///
    /// # Errors
    ///
    /// When another process holds it, or the lock file cannot be made.
    pub fn take(dir: &Path) -> Result<OutputLock> {
        let path = dir.join(LOCK_FILE);
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(|e| Error::io(&path, e))?;
        match file.try_lock() {
            Ok(()) => Ok(OutputLock { _file: file }),
            Err(TryLockError::WouldBlock) => Err(busy(dir)),
            Err(TryLockError::Error(e))
                if e.kind() == std::io::ErrorKind::Unsupported =>
            {
                Ok(OutputLock { _file: file })
            }
            Err(TryLockError::Error(e)) => Err(Error::io(&path, e)),
        }
    }
}

/// Fails when another process holds the lock of folder `dir` now; takes
/// nothing and creates nothing. A run calls it before its slow start-up,
/// so that a second run stops at once (the sink takes the lock itself,
/// before it writes).
///
/// # Errors
///
/// When another process holds the lock.
pub fn check(dir: &Path) -> Result<()> {
    let Ok(file) = File::open(dir.join(LOCK_FILE)) else {
        return Ok(()); // no folder or no lock file: no run holds it
    };
    match file.try_lock() {
        Err(TryLockError::WouldBlock) => Err(busy(dir)),
        // Taken and released as `file` is dropped.
        _ => Ok(()),
    }
}

fn busy(dir: &Path) -> Error {
    Error::config(format!(
        "{}: another factscan run is writing its tables into this folder (it holds {LOCK_FILE} there): wait for it to end, or write into another folder",
        dir.display()
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_folder_is_locked_once_until_its_lock_is_dropped() {
        let tmp = tempfile::tempdir().unwrap();
        check(tmp.path()).unwrap();
        let held = OutputLock::take(tmp.path()).unwrap();
        let again = OutputLock::take(tmp.path()).unwrap_err().to_string();
        assert!(again.contains("another factscan run"), "{again}");
        assert!(check(tmp.path()).is_err());
        drop(held);
        check(tmp.path()).unwrap();
        let _ = OutputLock::take(tmp.path()).unwrap();
        assert!(tmp.path().join(LOCK_FILE).exists(), "the file stays");
    }
}
