//! Opening an exported text file whatever encoding it was saved in: UTF-8 (with or without a
//! byte-order mark) is read as it is; a file that is not valid UTF-8 is read as Windows-1252,
//! the encoding older 211 exports (iCarol, spreadsheets saved on Windows) use. Line endings
//! (CR, CRLF, LF) are the CSV reader's concern: it takes all three. Both passes stream, so
//! memory is bounded by a buffer, never by the file. It never guesses any other encoding.

use std::fs::File;
use std::io::{self, BufReader, Read};
use std::path::Path;

/// How a file's bytes were read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Windows1252,
}

/// Opens `path` as UTF-8 text: as it is when it is UTF-8, decoded from Windows-1252 otherwise.
pub(crate) fn open(path: &Path) -> io::Result<(Box<dyn Read>, Encoding)> {
    let encoding = encoding_of(BufReader::new(File::open(path)?))?;
    let file = File::open(path)?;
    Ok(match encoding {
        Encoding::Utf8 => (Box::new(BufReader::new(file)), encoding),
        Encoding::Windows1252 => (
            Box::new(
                encoding_rs_io::DecodeReaderBytesBuilder::new()
                    .encoding(Some(encoding_rs::WINDOWS_1252))
                    .bom_override(true)
                    .build(file),
            ),
            encoding,
        ),
    })
}

/// Whether every byte `reader` gives is UTF-8, read in chunks (a character split between two
/// chunks is carried over to the next).
pub(crate) fn encoding_of(mut reader: impl Read) -> io::Result<Encoding> {
    let mut buf = vec![0u8; 64 * 1024];
    let mut carried = 0;
    loop {
        let n = reader.read(&mut buf[carried..])?;
        if n == 0 {
            // A character cut off by the end of the file is not UTF-8.
            return Ok(if carried == 0 {
                Encoding::Utf8
            } else {
                Encoding::Windows1252
            });
        }
        let filled = carried + n;
        match std::str::from_utf8(&buf[..filled]) {
            Ok(_) => carried = 0,
            // Incomplete at the end: keep its (at most 3) bytes for the next chunk.
            Err(e) if e.error_len().is_none() => {
                let start = e.valid_up_to();
                buf.copy_within(start..filled, 0);
                carried = filled - start;
            }
            Err(_) => return Ok(Encoding::Windows1252),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Gives its bytes a few at a time, so characters are split between reads.
    struct Trickle<'a>(&'a [u8], usize);

    impl Read for Trickle<'_> {
        fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
            let n = self.1.min(self.0.len()).min(out.len());
            out[..n].copy_from_slice(&self.0[..n]);
            self.0 = &self.0[n..];
            Ok(n)
        }
    }

    #[test]
    fn tells_utf8_from_windows_1252_across_split_characters() {
        let utf8 = "Clínica, 日本語, ✓\r".as_bytes();
        for step in 1..=5 {
            assert_eq!(encoding_of(Trickle(utf8, step)).unwrap(), Encoding::Utf8);
        }
        // "Café" saved as Windows-1252: é is the single byte 0xE9.
        let cp1252 = b"Caf\xe9 Comunitario\r";
        for step in 1..=5 {
            assert_eq!(
                encoding_of(Trickle(cp1252, step)).unwrap(),
                Encoding::Windows1252
            );
        }
        // Cut off in the middle of a character at the end of the file.
        assert_eq!(
            encoding_of(Trickle(&utf8[..utf8.len() - 3], 2)).unwrap(),
            Encoding::Windows1252
        );
        assert_eq!(encoding_of(&b""[..]).unwrap(), Encoding::Utf8);
    }
}
