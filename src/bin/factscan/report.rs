//! What `extract` tells a person on standard error at the end of a run:
//! the summary line, and a note when no document was read.

use std::path::PathBuf;

use factscan::Summary;

/// `n` and its noun, singular for one: "1 document", "2 documents".
pub fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// A size in the unit that fits it, in powers of 1000: "512 B",
/// "43.2 kB", "118 MB", "2.4 GB"; three figures at most.
pub fn size(bytes: f64) -> String {
    if bytes < 999.5 {
        return format!("{bytes:.0} B");
    }
    let mut value = bytes;
    for unit in ["kB", "MB", "GB", "TB"] {
        value /= 1000.0;
        if value < 99.95 {
            return format!("{value:.1} {unit}");
        }
        if value < 999.5 || unit == "TB" {
            return format!("{value:.0} {unit}");
        }
    }
    unreachable!("TB ends the loop")
}

/// A time: "0.06 s", "12.3 s", "2 min 05 s", "1 h 02 min".
pub fn duration(secs: f64) -> String {
    if secs < 9.995 {
        return format!("{secs:.2} s");
    }
    if secs < 59.95 {
        return format!("{secs:.1} s");
    }
    let whole = secs.round() as u64;
    if whole < 3600 {
        return format!("{} min {:02} s", whole / 60, whole % 60);
    }
    let minutes = (whole + 30) / 60;
    format!("{} h {:02} min", minutes / 60, minutes % 60)
}

/// The line that ends a run: documents, size, time, rate and counts.
pub fn summary_line(s: &Summary, secs: f64) -> String {
    let bytes = s.bytes as f64;
    let rate = if secs > 0.0 {
        format!(" ({}/s)", size(bytes / secs))
    } else {
        String::new()
    };
    let problems = s.errors + s.warnings;
    let mut line = format!(
        "factscan: {}, {} in {}{rate}, {}, {}, {} with problems ({}, {})",
        count(s.documents, "document", "documents"),
        size(bytes),
        duration(secs),
        count(s.mentions, "mention", "mentions"),
        count(s.claims, "claim", "claims"),
        problems,
        count(s.errors, "error", "errors"),
        count(s.warnings, "warning", "warnings"),
    );
    if s.skipped > 0 {
        line.push_str(&format!(
            ", {} skipped for {} extension",
            count(s.skipped, "file", "files"),
            if s.skipped == 1 { "its" } else { "their" }
        ));
    }
    line
}

/// The note for a run that read no document, naming its inputs.
pub fn nothing_read(inputs: &[PathBuf], s: &Summary) -> Option<String> {
    if s.documents > 0 {
        return None;
    }
    let names: Vec<String> = inputs
        .iter()
        .map(|p| match p.to_str() {
            Some("-") => "standard input".to_string(),
            _ => p.display().to_string(),
        })
        .collect();
    let why = if s.skipped > 0 {
        format!(
            "{} skipped for {} extension (read: .txt, .md, .jsonl, .ndjson, .csv, .tsv and files with none; --format reads all as one format)",
            count(s.skipped, "file was", "files were"),
            if s.skipped == 1 { "its" } else { "their" }
        )
    } else if names.len() == 1 {
        "it holds no file or record to read".to_string()
    } else {
        "they hold no file or record to read".to_string()
    };
    Some(format!(
        "factscan: no document read from {}: {why}",
        names.join(", ")
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_take_the_unit_that_fits() {
        let cases = [
            (0.0, "0 B"),
            (1.0, "1 B"),
            (999.0, "999 B"),
            (999.6, "1.0 kB"),
            (1000.0, "1.0 kB"),
            (43_210.0, "43.2 kB"),
            (99_949.0, "99.9 kB"),
            (99_951.0, "100 kB"),
            (999_499.0, "999 kB"),
            (999_501.0, "1.0 MB"),
            (118_400_000.0, "118 MB"),
            (2.4e9, "2.4 GB"),
            (5e15, "5000 TB"),
        ];
        for (bytes, want) in cases {
            assert_eq!(size(bytes), want, "{bytes}");
        }
    }

    #[test]
    fn times_take_the_unit_that_fits() {
        let cases = [
            (0.0, "0.00 s"),
            (0.0612, "0.06 s"),
            (9.99, "9.99 s"),
            (9.996, "10.0 s"),
            (12.34, "12.3 s"),
            (59.96, "1 min 00 s"),
            (125.0, "2 min 05 s"),
            (3599.4, "59 min 59 s"),
            (3599.6, "1 h 00 min"),
            (3725.0, "1 h 02 min"),
        ];
        for (secs, want) in cases {
            assert_eq!(duration(secs), want, "{secs}");
        }
    }

    #[test]
    fn the_summary_line_fits_its_units_and_plurals() {
        let s =
            |documents, bytes, mentions, claims, errors, warnings, skipped| {
                Summary {
                    documents,
                    bytes,
                    mentions,
                    claims,
                    errors,
                    warnings,
                    skipped,
                }
            };
        let cases = [
            (
                s(8, 43_210, 111, 20, 0, 0, 0),
                0.06,
                "factscan: 8 documents, 43.2 kB in 0.06 s (720 kB/s), 111 mentions, 20 claims, 0 with problems (0 errors, 0 warnings)",
            ),
            (
                s(1, 6, 1, 1, 1, 1, 1),
                0.5,
                "factscan: 1 document, 6 B in 0.50 s (12 B/s), 1 mention, 1 claim, 2 with problems (1 error, 1 warning), 1 file skipped for its extension",
            ),
            (
                s(0, 0, 0, 0, 0, 0, 3),
                0.0,
                "factscan: 0 documents, 0 B in 0.00 s, 0 mentions, 0 claims, 0 with problems (0 errors, 0 warnings), 3 files skipped for their extension",
            ),
            (
                s(250_000, 2_400_000_000, 9, 2, 0, 0, 0),
                24.0,
                "factscan: 250000 documents, 2.4 GB in 24.0 s (100 MB/s), 9 mentions, 2 claims, 0 with problems (0 errors, 0 warnings)",
            ),
        ];
        for (summary, secs, want) in cases {
            assert_eq!(summary_line(&summary, secs), want);
        }
    }

    #[test]
    fn a_run_that_read_nothing_says_why() {
        let inputs = [PathBuf::from("corpus"), PathBuf::from("-")];
        let none = Summary::default();
        assert_eq!(
            nothing_read(&inputs, &none).unwrap(),
            "factscan: no document read from corpus, standard input: they hold no file or record to read"
        );
        assert_eq!(
            nothing_read(&inputs[..1], &none).unwrap(),
            "factscan: no document read from corpus: it holds no file or record to read"
        );
        let skipped = Summary { skipped: 1, ..Summary::default() };
        assert!(
            nothing_read(&inputs, &skipped)
                .unwrap()
                .contains(": 1 file was skipped for its extension (read: ")
        );
        let one = Summary { documents: 1, ..Summary::default() };
        assert_eq!(nothing_read(&inputs, &one), None);
    }
}
