//! The library's one error type.

use std::fmt;
use std::io;
use std::path::PathBuf;

/// An error from building or running the pipeline.
#[derive(Debug)]
pub struct Error {
    kind: ErrorKind,
}

/// What went wrong, with where it went wrong.
#[derive(Debug)]
#[non_exhaustive]
pub enum ErrorKind {
    /// A dictionary line that cannot be used.
    Dictionary {
        /// The file, as named by the caller.
        file: String,
        /// 1-based line number; 0 when the error concerns the whole file.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// An input or output file that could not be read or written.
    Io {
        /// The file.
        path: PathBuf,
        /// The cause.
        err: io::Error,
    },
    /// An option or configuration value that cannot be used.
    Config(String),
    /// A gold file for evaluation that cannot be used.
    Gold {
        /// The file and line, as `file:line`.
        at: String,
        /// What is wrong.
        message: String,
    },
}

impl Error {
    /// A dictionary error at `file:line`.
    pub fn dictionary(
        file: &str,
        line: usize,
        message: impl Into<String>,
    ) -> Error {
        let message = message.into();
        Error {
            kind: ErrorKind::Dictionary { file: file.into(), line, message },
        }
    }

    /// An I/O error on `path`.
    pub fn io(path: impl Into<PathBuf>, err: io::Error) -> Error {
        Error { kind: ErrorKind::Io { path: path.into(), err } }
    }

    /// A configuration error.
    pub fn config(message: impl Into<String>) -> Error {
        Error { kind: ErrorKind::Config(message.into()) }
    }

    /// An error in a gold file, at `at` (`file:line`).
    pub fn gold(at: impl Into<String>, message: impl Into<String>) -> Error {
        Error {
            kind: ErrorKind::Gold { at: at.into(), message: message.into() },
        }
    }

    /// What went wrong.
    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }

    /// Whether this is a broken pipe on output, which ends a run quietly.
    pub fn is_broken_pipe(&self) -> bool {
        matches!(&self.kind, ErrorKind::Io { err, .. }
            if err.kind() == io::ErrorKind::BrokenPipe)
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            ErrorKind::Dictionary { file, line: 0, message } => {
                write!(f, "{file}: {message}")
            }
            ErrorKind::Dictionary { file, line, message } => {
                write!(f, "{file}:{line}: {message}")
            }
            ErrorKind::Io { path, err } => {
                write!(f, "{}: {err}", path.display())
            }
            ErrorKind::Config(message) => f.write_str(message),
            ErrorKind::Gold { at, message } => write!(f, "{at}: {message}"),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &self.kind {
            ErrorKind::Io { err, .. } => Some(err),
            _ => None,
        }
    }
}

/// A result with the library's error.
pub type Result<T> = std::result::Result<T, Error>;
