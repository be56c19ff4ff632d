//! Walking the inputs: folders lazily, one at a time in sorted order, and
//! each file opened by its format.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::glob::leave_out;
use super::meta::MetaTable;
use super::{
    Body, DocMeta, Format, Job, Pending, Reader, compress, failed, is_tsv,
};
use crate::hash::FastMap;

impl Reader {
    /// The file names of the pending inputs' text documents that `table`
    /// holds as keys, with how many documents have each.
    pub(super) fn file_names(
        &self,
        table: &MetaTable,
    ) -> FastMap<String, u32> {
        let mut names: FastMap<String, u32> = FastMap::default();
        let mut stack: Vec<(PathBuf, Option<Arc<Path>>)> = self
            .pending
            .iter()
            .filter_map(|p| match p {
                Pending::Path { path, root, .. } => {
                    Some((path.clone(), root.clone()))
                }
                _ => None,
            })
            .collect();
        while let Some((path, root)) = stack.pop() {
            let explicit = root.is_none();
            let Ok(meta) = fs::metadata(&path) else { continue };
            if meta.is_dir() {
                let is_link = fs::symlink_metadata(&path)
                    .is_ok_and(|m| m.file_type().is_symlink());
                if !explicit && is_link || self.left_out(&path, &root, true) {
                    continue;
                }
                let Ok(entries) = fs::read_dir(&path) else { continue };
                let root = root.unwrap_or_else(|| Arc::from(path.as_path()));
                for e in entries.filter_map(|e| e.ok()) {
                    if !e.file_name().to_string_lossy().starts_with('.') {
                        stack.push((e.path(), Some(root.clone())));
                    }
                }
                continue;
            }
            if self.left_out(&path, &root, false) {
                continue;
            }
            let text = matches!(
                self.format_of(&path, explicit),
                Some(Format::Text | Format::Auto | Format::Files)
            );
            if let Some(name) = path.file_name().and_then(|n| n.to_str())
                && text
                && table.has_key(name)
            {
                *names.entry(name.to_string()).or_default() += 1;
            }
        }
        names
    }

    /// Whether `-g` leaves out the file (or folder, `dir`) at `path`,
    /// found in `root`; what is named on the command line never is.
    pub(super) fn left_out(
        &self,
        path: &Path,
        root: &Option<Arc<Path>>,
        dir: bool,
    ) -> bool {
        let (Some(globs), Some(root)) = (&self.globs, root) else {
            return false;
        };
        let rel = path.strip_prefix(root).unwrap_or(path);
        !globs.allows(rel, dir)
    }

    /// Expands a folder into its entries, sorted by name, in front of
    /// what is pending; `root` is the folder named on the command line
    /// that holds it.
    pub(super) fn expand(
        &mut self,
        dir: &Path,
        root: Arc<Path>,
    ) -> Option<Job> {
        let entries = match fs::read_dir(dir) {
            Ok(rd) => rd,
            Err(e) => return Some(failed(dir, &e.to_string())),
        };
        // Where the listing tells an entry's type (most file systems do),
        // a regular file is not looked up again.
        let mut names: Vec<_> = entries
            .filter_map(|e| e.ok())
            .map(|e| {
                let file = e.file_type().is_ok_and(|t| t.is_file());
                (e.file_name(), file)
            })
            .collect();
        names.sort();
        for (name, file) in names.into_iter().rev() {
            if name.to_string_lossy().starts_with('.') {
                continue;
            }
            self.pending.push_front(Pending::Path {
                path: dir.join(name),
                root: Some(root.clone()),
                file,
            });
        }
        None
    }

    pub(super) fn open(
        &mut self,
        path: PathBuf,
        root: Option<Arc<Path>>,
        file: bool,
    ) -> Option<Job> {
        let explicit = root.is_none();
        if !file {
            let link = fs::symlink_metadata(&path)
                .map(|m| m.file_type().is_symlink());
            let meta = match fs::metadata(&path) {
                Ok(m) => m,
                Err(_) if self.left_out(&path, &root, false) => return None,
                Err(e) if link.as_ref().is_ok_and(|l| *l) => {
                    return Some(failed(
                        &path,
                        &format!("broken symbolic link ({e})"),
                    ));
                }
                Err(e) => return Some(failed(&path, &e.to_string())),
            };
            if meta.is_dir() {
                if !explicit && link.is_ok_and(|l| l) {
                    return None; // like ripgrep, symbolic links to folders are not followed
                }
                if self.left_out(&path, &root, true) {
                    return None;
                }
                let root = root.unwrap_or_else(|| Arc::from(path.as_path()));
                return self.expand(&path, root);
            }
        }
        if self.left_out(&path, &root, false) {
            return None;
        }
        let Some(format) = self.format_of(&path, explicit) else {
            self.skipped += 1;
            return None;
        };
        let name = path.display().to_string();
        self.count_file(&path, format);
        match format {
            Format::Text | Format::Auto | Format::Files => Some(Job {
                id: name.clone(),
                source: name,
                body: Body::File(path),
                meta: DocMeta::default(),
                warning: None,
            }),
            Format::Jsonl | Format::Csv | Format::Json => {
                let (inner, codec) = compress::split(&path);
                let input = fs::File::open(&path)
                    .and_then(|f| compress::decoder(self.counting(f), codec));
                let input = match input {
                    Ok(r) => r,
                    Err(e) => return Some(failed(&path, &e.to_string())),
                };
                let leave = match explicit {
                    true => "leave the file off the command line".to_string(),
                    false => {
                        let file = path.file_name().unwrap_or_default();
                        let glob = leave_out(&file.to_string_lossy());
                        format!("leave the file out with {glob}")
                    }
                };
                let tsv = is_tsv(&inner);
                self.start_records(name, input, format, tsv, Some(leave))
            }
        }
    }
}
