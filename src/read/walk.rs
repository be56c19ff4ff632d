//! Walking the inputs: folders lazily, one at a time in sorted order, and
//! each file opened by its format.

use std::fs;
use std::path::{Path, PathBuf};

use super::meta::MetaTable;
use super::{
    Body, DocMeta, Format, Job, Pending, Reader, compress, failed, is_tsv,
};
use crate::matcher::FastMap;

impl Reader {
    /// The file names of the pending inputs' text documents that `table`
    /// holds as keys, with how many documents have each.
    pub(super) fn file_names(
        &self,
        table: &MetaTable,
    ) -> FastMap<String, u32> {
        let mut names: FastMap<String, u32> = FastMap::default();
        let mut stack: Vec<(PathBuf, bool)> = self
            .pending
            .iter()
            .filter_map(|p| match p {
                Pending::Path { path, explicit, .. } => {
                    Some((path.clone(), *explicit))
                }
                _ => None,
            })
            .collect();
        while let Some((path, explicit)) = stack.pop() {
            let Ok(meta) = fs::metadata(&path) else { continue };
            if meta.is_dir() {
                let is_link = fs::symlink_metadata(&path)
                    .is_ok_and(|m| m.file_type().is_symlink());
                if !explicit && is_link {
                    continue;
                }
                let Ok(entries) = fs::read_dir(&path) else { continue };
                for e in entries.filter_map(|e| e.ok()) {
                    if !e.file_name().to_string_lossy().starts_with('.') {
                        stack.push((e.path(), false));
                    }
                }
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

    /// Expands a folder into its entries, sorted by name, in front of
    /// what is pending.
    pub(super) fn expand(&mut self, dir: &Path) -> Option<Job> {
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
                explicit: false,
                file,
            });
        }
        None
    }

    pub(super) fn open(
        &mut self,
        path: PathBuf,
        explicit: bool,
        file: bool,
    ) -> Option<Job> {
        if !file {
            let link = fs::symlink_metadata(&path)
                .map(|m| m.file_type().is_symlink());
            let meta = match fs::metadata(&path) {
                Ok(m) => m,
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
                return self.expand(&path);
            }
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
            Format::Jsonl | Format::Csv => {
                let (inner, codec) = compress::split(&path);
                let input = fs::File::open(&path)
                    .and_then(|f| compress::decoder(self.counting(f), codec));
                let input = match input {
                    Ok(r) => r,
                    Err(e) => return Some(failed(&path, &e.to_string())),
                };
                self.start_records(name, input, format, is_tsv(&inner))
            }
        }
    }
}
