//! The house's floors: a stage's module reads only the modules on the
//! floors below it, never a sibling's or a higher one's (ARCHITECTURE in
//! the README). Read from the source, as `use` lines and paths.

use std::path::{Path, PathBuf};

/// The floors, lowest first; the rooms of one floor do not read each
/// other.
const FLOORS: &[&[&str]] = &[
    &["error", "span", "calendar", "hash"],
    &["normalize", "sentence"],
    &["read", "dictionary"],
    &["matcher"],
    &["date", "resolve", "claim"],
    &["sink"],
    &["pipeline"],
    &["eval"],
];

fn floor(room: &str) -> Option<usize> {
    FLOORS.iter().position(|f| f.contains(&room))
}

fn sources(at: &Path, out: &mut Vec<PathBuf>) {
    if at.is_dir() {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(at)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        entries.sort();
        for e in entries {
            sources(&e, out);
        }
    } else if at.is_file() && at.extension().is_some_and(|e| e == "rs") {
        out.push(at.to_path_buf());
    }
}

/// The rooms a source file names as `crate::room`, outside comments.
fn named_rooms(text: &str) -> Vec<String> {
    let mut rooms = Vec::new();
    for line in text.lines() {
        let code = line.split("//").next().unwrap_or("");
        let mut rest = code;
        while let Some(at) = rest.find("crate::") {
            rest = &rest[at + "crate::".len()..];
            let end = rest
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                .unwrap_or(rest.len());
            rooms.push(rest[..end].to_string());
        }
    }
    rooms
}

#[test]
fn every_room_reads_only_the_floors_below_it() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut wrong = Vec::new();
    let mut seen = 0;
    for rooms in FLOORS {
        for &room in *rooms {
            let mut files = Vec::new();
            sources(&src.join(room), &mut files);
            sources(&src.join(format!("{room}.rs")), &mut files);
            assert!(!files.is_empty(), "no source for the room {room}");
            for file in files {
                seen += 1;
                let text = std::fs::read_to_string(&file).unwrap();
                for other in named_rooms(&text) {
                    let Some(f) = floor(&other) else { continue };
                    if other != room && f >= floor(room).unwrap() {
                        wrong
                            .push(format!("{} reads {other}", file.display()));
                    }
                }
            }
        }
    }
    assert!(seen > 50, "too few source files read: {seen}");
    assert!(
        wrong.is_empty(),
        "imports from a floor not below:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn named_rooms_are_read_from_code_not_comments() {
    let text = "use crate::date::DateMatcher;\n/// [`crate::claim::x`]\nlet a = crate::span::Rule; // crate::sink\n";
    assert_eq!(named_rooms(text), ["date", "span"]);
}

#[test]
fn every_module_of_the_library_has_a_floor() {
    let lib = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("src/lib.rs"),
    )
    .unwrap();
    for line in lib.lines() {
        let line = line.trim_start_matches("pub ");
        if let Some(name) = line.strip_prefix("mod ") {
            let name = name.trim_end_matches(';');
            assert!(floor(name).is_some(), "{name} is on no floor");
        }
    }
}
