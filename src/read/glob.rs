//! `-g/--glob`: which of the files found in folders are read, chosen by
//! globs as ripgrep's `-g` chooses them.

use std::path::Path;

use globset::{GlobBuilder, GlobSet, GlobSetBuilder};

/// The globs that choose the files read from folders, in the order given.
///
/// Each is a glob of `.gitignore`'s syntax, matched against a path
/// relative to the folder named on the command line (`ungdc/session-70/
/// a.txt` is `session-70/a.txt` to a walk of `ungdc`): a glob with no `/`
/// matches a file or folder name at any depth (`*.csv`), one with a `/`
/// the whole relative path (`session-7*/**`, `/notes.txt`), one ending in
/// `/` folders only; `*` never crosses a `/`, `**` does, `{a,b}` is
/// either. A glob that starts with `!` leaves out what it matches; where
/// several match, the last given decides. Where any glob does not start
/// with `!`, a file that none of those matches is left out too. A folder
/// left out is not walked; a folder is never left out for matching no
/// glob, so `-g '*.txt'` still reads the `.txt` files below it.
#[derive(Clone, Debug)]
pub struct Globs {
    set: GlobSet,
    /// Per glob of `set`: whether it leaves out, and whether it matches
    /// folders only.
    rules: Vec<(bool, bool)>,
    /// Whether some glob chooses files to read (no `!`).
    includes: bool,
}

impl Globs {
    /// The globs of `-g`, in the order given.
    ///
    /// # Errors
    ///
    /// A glob that does not parse, with why.
    pub fn new<S: AsRef<str>>(globs: &[S]) -> Result<Globs, String> {
        let mut set = GlobSetBuilder::new();
        let mut rules = Vec::new();
        for given in globs {
            let given = given.as_ref();
            let (exclude, mut g) = match given.strip_prefix('!') {
                Some(rest) => (true, rest),
                // `\!` is a glob that starts with `!`.
                None => (
                    false,
                    given
                        .strip_prefix('\\')
                        .filter(|r| r.starts_with('!'))
                        .unwrap_or(given),
                ),
            };
            let anchored = g.starts_with('/');
            g = g.strip_prefix('/').unwrap_or(g);
            let dir_only = g.ends_with('/');
            g = g.strip_suffix('/').unwrap_or(g);
            let mut actual = g.to_string();
            if !anchored && !g.contains('/') && !g.starts_with("**/") {
                actual = format!("**/{actual}");
            }
            // `dir/**` matches what is in `dir`, not `dir` itself.
            if actual.ends_with("/**") {
                actual.push_str("/*");
            }
            let glob = GlobBuilder::new(&actual)
                .literal_separator(true)
                .backslash_escape(true)
                .build()
                .map_err(|e| format!("-g `{given}`: {}", e.kind()))?;
            set.add(glob);
            rules.push((exclude, dir_only));
        }
        let set = set.build().map_err(|e| format!("-g: {e}"))?;
        let includes = rules.iter().any(|&(exclude, _)| !exclude);
        Ok(Globs { set, rules, includes })
    }

    /// Whether the file (or folder, `dir`) at `path`, relative to the
    /// folder walked, is read (walked).
    pub fn allows(&self, path: &Path, dir: bool) -> bool {
        let matches = self.set.matches(path);
        let last = matches.iter().rev().map(|&i| self.rules[i]);
        match last.into_iter().find(|&(_, dir_only)| dir || !dir_only) {
            Some((exclude, _)) => !exclude,
            None => dir || !self.includes,
        }
    }
}

/// The argument of `-g` that leaves out the file named `name`: its name,
/// its glob characters escaped.
pub(super) fn leave_out(name: &str) -> String {
    format!("-g '!{}'", globset::escape(name))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn globs_choose_files_as_ripgreps_do() {
        // (globs, path relative to the folder walked, a folder?, read?)
        let cases: &[(&[&str], &str, bool, bool)] = &[
            (&[], "a.csv", false, true),
            // No `/`: a name at any depth.
            (&["!*.csv"], "a.csv", false, false),
            (&["!*.csv"], "sub/deeper/a.csv", false, false),
            (&["!*.csv"], "a.txt", false, true),
            (&["!*.csv"], "a.csv.txt", false, true),
            (&["!speakers.csv"], "speakers.csv", false, false),
            (&["!speakers.csv"], "x/speakers.csv", false, false),
            // Choosing files leaves out the others, never a folder.
            (&["*.txt"], "a.txt", false, true),
            (&["*.txt"], "sub/a.txt", false, true),
            (&["*.txt"], "a.csv", false, false),
            (&["*.txt"], "sub", true, true),
            (&["*.{txt,md}"], "a.md", false, true),
            // `*` does not cross a `/`.
            (&["s*.txt"], "sub/a.txt", false, false),
            // The last glob that matches decides.
            (&["*.txt", "!b*"], "b.txt", false, false),
            (&["!b*", "*.txt"], "b.txt", false, true),
            (&["*.txt", "!b*"], "a.txt", false, true),
            // A `/` anchors to the folder walked.
            (&["session-7*/**"], "session-70/a.txt", false, true),
            (&["session-7*/**"], "session-65/a.txt", false, false),
            (&["session-7*/**"], "x/session-70/a.txt", false, false),
            (&["/a.txt"], "a.txt", false, true),
            (&["/a.txt"], "sub/a.txt", false, false),
            (&["sub/*.txt"], "sub/a.txt", false, true),
            (&["sub/*.txt"], "sub/x/a.txt", false, false),
            (&["sub/**/*.txt"], "sub/x/a.txt", false, true),
            // A folder left out is not walked; `dir/` is folders only.
            (&["!drafts"], "drafts", true, false),
            (&["!drafts"], "x/drafts", true, false),
            (&["!drafts/"], "drafts", true, false),
            (&["!drafts/"], "drafts", false, true),
            (&["!*.csv"], "tables.csv", true, false),
            // `\!` is a glob that starts with `!`.
            (&["\\!a.txt"], "!a.txt", false, true),
            (&["\\!a.txt"], "a.txt", false, false),
        ];
        for &(globs, path, dir, want) in cases {
            let g = Globs::new(globs).unwrap();
            assert_eq!(
                g.allows(Path::new(path), dir),
                want,
                "{globs:?} {path}"
            );
        }
    }

    #[test]
    fn a_bad_glob_is_an_error_that_names_it() {
        let e = Globs::new(&["*.txt", "a[b"]).unwrap_err();
        assert!(e.starts_with("-g `a[b`: "), "{e}");
        assert_eq!(leave_out("speakers.csv"), "-g '!speakers.csv'");
        assert_eq!(leave_out("a[1].csv"), "-g '!a[[]1[]].csv'");
    }
}
