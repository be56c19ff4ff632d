//! Compressed inputs: `.gz` (concatenated members too) and `.zst`.
//!
//! A compressed file is read as the file its name has without the
//! compression's extension: `news.jsonl.gz` holds JSON Lines,
//! `a.txt.zst` a text document. A truncated archive yields what it holds
//! up to the break, then an error for the rest.

use std::io::{self, Read};
use std::path::{Path, PathBuf};

/// A compression format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Codec {
    /// gzip, one member or several concatenated.
    Gzip,
    /// Zstandard.
    Zstd,
}

/// The codec a file's name gives, and the name without its extension.
pub fn split(path: &Path) -> (PathBuf, Option<Codec>) {
    let codec = match path.extension().and_then(|e| e.to_str()) {
        Some(e) if e.eq_ignore_ascii_case("gz") => Codec::Gzip,
        Some(e) if e.eq_ignore_ascii_case("zst") => Codec::Zstd,
        _ => return (path.to_path_buf(), None),
    };
    (path.with_extension(""), Some(codec))
}

/// A reader of the decompressed bytes of `input`.
///
/// # Errors
///
/// When a Zstandard stream cannot start (gzip errors come on reading).
pub fn decoder(
    input: Box<dyn Read + Send>,
    codec: Option<Codec>,
) -> io::Result<Box<dyn Read + Send>> {
    Ok(match codec {
        None => input,
        Some(Codec::Gzip) => {
            Box::new(flate2::read::MultiGzDecoder::new(input))
        }
        Some(Codec::Zstd) => Box::new(zstd::Decoder::new(input)?),
    })
}

/// Reads all of `input`, decompressed, into a buffer of `size` bytes
/// first (the file's size and one, where known: a file then takes two
/// reads, the second finding its end; a buffer grown from nothing takes
/// ten for a 13 KB file), grown if more follows. A truncated archive is
/// an error naming how much was read before the break.
pub fn read_all(
    input: Box<dyn Read + Send>,
    codec: Option<Codec>,
    size: usize,
) -> Result<Vec<u8>, String> {
    let mut out = vec![0; size];
    let mut reader = decoder(input, codec).map_err(|e| e.to_string())?;
    let mut n = 0;
    let read = loop {
        if n == size {
            // Full: the rest, if any, read as it comes.
            break reader.read_to_end(&mut out).map(drop);
        }
        match reader.read(&mut out[n..]) {
            Ok(0) => break Ok(()),
            Ok(k) => n += k,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => break Err(e),
        }
    };
    if n < size {
        out.truncate(n);
    }
    match read {
        Ok(()) => Ok(out),
        Err(e) if codec.is_some() => Err(format!(
            "broken or truncated archive after {} bytes: {e}",
            out.len()
        )),
        Err(e) => Err(e.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn gzip(data: &[u8]) -> Vec<u8> {
        let mut e = flate2::write::GzEncoder::new(
            Vec::new(),
            flate2::Compression::default(),
        );
        e.write_all(data).unwrap();
        e.finish().unwrap()
    }

    #[test]
    fn names_give_codec_and_inner_name() {
        let cases = [
            ("a.jsonl.gz", "a.jsonl", Some(Codec::Gzip)),
            ("b.txt.ZST", "b.txt", Some(Codec::Zstd)),
            ("c.gz", "c", Some(Codec::Gzip)),
            ("d.txt", "d.txt", None),
        ];
        for (name, inner, codec) in cases {
            assert_eq!(
                split(Path::new(name)),
                (PathBuf::from(inner), codec),
                "{name}"
            );
        }
    }

    /// A reader that gives at most `step` bytes a call, and is
    /// interrupted before each.
    struct Trickle {
        data: Vec<u8>,
        at: usize,
        step: usize,
        interrupted: bool,
    }

    impl Read for Trickle {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            self.interrupted = !self.interrupted;
            if self.interrupted {
                return Err(io::ErrorKind::Interrupted.into());
            }
            let n = buf.len().min(self.step).min(self.data.len() - self.at);
            buf[..n].copy_from_slice(&self.data[self.at..self.at + n]);
            self.at += n;
            Ok(n)
        }
    }

    /// Whatever room is made first, and however the input comes, all of
    /// it is read, and nothing more.
    #[test]
    fn everything_is_read_whatever_the_room_made_first() {
        let data: Vec<u8> = (0..5000u32).map(|i| (i % 251) as u8).collect();
        for size in [0, 1, 100, 4999, 5000, 5001, 9000] {
            for step in [1, 7, 4096, 100_000] {
                let input = Trickle {
                    data: data.clone(),
                    at: 0,
                    step,
                    interrupted: false,
                };
                let got = read_all(Box::new(input), None, size).unwrap();
                assert!(got == data, "room {size}, {step} bytes a read");
            }
        }
    }

    #[test]
    fn concatenated_gzip_members_are_all_read() {
        let mut data = gzip(b"first\n");
        data.extend(gzip(b"second\n"));
        let got =
            read_all(Box::new(io::Cursor::new(data)), Some(Codec::Gzip), 0)
                .unwrap();
        assert_eq!(got, b"first\nsecond\n");
    }

    #[test]
    fn zstd_round_trips_and_truncation_is_an_error() {
        let data = zstd::encode_all(&b"hello zstd"[..], 3).unwrap();
        let got = read_all(
            Box::new(io::Cursor::new(data.clone())),
            Some(Codec::Zstd),
            0,
        )
        .unwrap();
        assert_eq!(got, b"hello zstd");
        let cut = gzip(&vec![b'x'; 100_000]);
        let err = read_all(
            Box::new(io::Cursor::new(cut[..cut.len() / 2].to_vec())),
            Some(Codec::Gzip),
            0,
        )
        .unwrap_err();
        assert!(err.starts_with("broken or truncated archive after"), "{err}");
    }
}
