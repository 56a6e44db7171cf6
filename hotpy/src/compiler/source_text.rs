//! The text of a source file from its bytes, as CPython reads it (PEP 263): a UTF-8 BOM is
//! dropped; a coding cookie (`# -*- coding: latin-1 -*-`) on the first line, or on the
//! second after a comment or blank first line, names the codec; without one the source
//! must be UTF-8. Each failure is CPython's SyntaxError.

use super::CompileError;
use crate::objects::codecs::{self, Codec};

/// The coding cookie of `line`, if it is a comment that declares one.
fn cookie(line: &[u8]) -> Option<String> {
    let text = std::str::from_utf8(line).ok()?;
    let comment = text.trim_start_matches([' ', '\t', '\x0c']);
    if !comment.starts_with('#') {
        return None;
    }
    let at = comment.find("coding")?;
    let rest = &comment[at + "coding".len()..];
    let rest = rest.strip_prefix([':', '='])?;
    let name: String = rest
        .trim_start_matches([' ', '\t'])
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
        .collect();
    (!name.is_empty()).then_some(name)
}

fn error(line: usize, message: String) -> CompileError {
    CompileError {
        kind: "SyntaxError",
        message,
        line: line as u32,
        column: 0,
        end_column: 0,
    }
}

/// The source text of the file `filename` whose bytes are `bytes`.
pub fn decode(bytes: &[u8], filename: &str) -> Result<String, CompileError> {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    let mut lines = bytes.split(|&b| b == b'\n');
    let first = lines.next().unwrap_or_default();
    let declared = cookie(first).map(|c| (c, 1)).or_else(|| {
        let blank_or_comment = {
            let t = first.trim_ascii_start();
            t.is_empty() || t.starts_with(b"#")
        };
        blank_or_comment
            .then(|| lines.next().and_then(cookie).map(|c| (c, 2)))
            .flatten()
    });
    let line_of = |at: usize| bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1;
    match declared {
        Some((name, line)) => {
            let codec = Codec::lookup(&name)
                .map_err(|_| error(line, format!("encoding problem: {name}")))?;
            if codec == Codec::Utf8 {
                return std::str::from_utf8(bytes).map(str::to_string).map_err(|e| {
                    let at = e.valid_up_to();
                    // CPython decodes string literals one by one: its position counts from
                    // the literal's first character (or the line's, outside one).
                    let line_start = bytes[..at]
                        .iter()
                        .rposition(|&b| b == b'\n')
                        .map_or(0, |p| p + 1);
                    let line_start = bytes[line_start..at]
                        .iter()
                        .rposition(|&b| b == b'"' || b == b'\'')
                        .map_or(line_start, |q| line_start + q + 1);
                    let reason = codecs::decode(&bytes[at..], Codec::Utf8, "strict")
                        .err()
                        .map(|e| e.message())
                        .unwrap_or_default();
                    let reason = reason.replacen(
                        &format!("position {}", 0),
                        &format!("position {}", at - line_start),
                        1,
                    );
                    error(line_of(at), format!("(unicode error) {reason}"))
                });
            }
            codecs::decode(bytes, codec, "strict")
                .map_err(|_| error(line, format!("encoding problem: {name}")))
        }
        None => std::str::from_utf8(bytes).map(str::to_string).map_err(|e| {
            let at = e.valid_up_to();
            error(
                line_of(at),
                format!(
                    "Non-UTF-8 code starting with '\\x{:02x}' in file {filename} on line {}, \
                     but no encoding declared; see https://peps.python.org/pep-0263/ for details",
                    bytes[at],
                    line_of(at)
                ),
            )
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cookie_names_the_codec_and_utf8_is_the_default() {
        assert_eq!(
            decode(b"# -*- coding: latin-1 -*-\nx = '\xe9'\n", "f")
                .ok()
                .as_deref(),
            Some("# -*- coding: latin-1 -*-\nx = '\u{e9}'\n")
        );
        assert_eq!(
            decode(b"#!python\n# vim: fileencoding=latin-1\n'\xe9'", "f")
                .ok()
                .as_deref(),
            Some("#!python\n# vim: fileencoding=latin-1\n'\u{e9}'")
        );
        assert_eq!(
            decode(b"\xef\xbb\xbfx = 1\n", "f").ok().as_deref(),
            Some("x = 1\n")
        );
        let e = decode(b"x = 1\n# coding: latin-1\n'\xe9'\n", "f.py").expect_err("no cookie");
        assert_eq!(e.line, 3);
        assert!(
            e.message
                .starts_with("Non-UTF-8 code starting with '\\xe9' in file f.py on line 3")
        );
        let e = decode(b"# coding: foo\n", "f").expect_err("unknown");
        assert_eq!(e.message, "encoding problem: foo");
    }
}
