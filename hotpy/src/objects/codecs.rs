//! The text codecs of `str.encode`, `bytes.decode` and `str(b, encoding, errors)`: UTF-8,
//! ASCII, Latin-1, UTF-16 and UTF-32 (with a BOM, or `-le`/`-be`), under the error handlers
//! `strict`, `ignore`, `replace`, `backslashreplace` and (encoding) `xmlcharrefreplace`,
//! with CPython's codec names, aliases and error messages. An unknown codec is LookupError.
//!
//! hotpy's str holds Unicode scalar values (UTF-8 inside), so lone surrogates, and the
//! `surrogateescape` and `surrogatepass` handlers that make or take them, are not available:
//! asking for them is a LookupError naming the handler.

use crate::vm::Error;

/// A codec, by its CPython name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Codec {
    Utf8,
    Ascii,
    Latin1,
    /// UTF-16 with a byte-order mark (written little-endian; read as the mark says).
    Utf16,
    Utf16Le,
    Utf16Be,
    Utf32,
    Utf32Le,
    Utf32Be,
}

impl Codec {
    /// The codec `name` stands for, as CPython's `encodings.normalize_encoding` and alias
    /// table read it (case, `_`, `-` and spaces do not matter).
    pub fn lookup(name: &str) -> Result<Codec, Error> {
        let key: String = name
            .chars()
            .filter(|c| !matches!(c, '-' | '_' | ' '))
            .flat_map(char::to_lowercase)
            .collect();
        Ok(match key.as_str() {
            "utf8" | "u8" | "utf" | "cp65001" => Codec::Utf8,
            "ascii" | "usascii" | "646" | "us" => Codec::Ascii,
            "latin1" | "latin" | "l1" | "iso88591" | "iso885911987" | "8859" | "cp819" => {
                Codec::Latin1
            }
            "utf16" | "u16" => Codec::Utf16,
            "utf16le" => Codec::Utf16Le,
            "utf16be" => Codec::Utf16Be,
            "utf32" | "u32" => Codec::Utf32,
            "utf32le" => Codec::Utf32Le,
            "utf32be" => Codec::Utf32Be,
            _ => {
                return Err(Error::new(
                    "LookupError",
                    format!("unknown encoding: {name}"),
                ));
            }
        })
    }

    /// The name CPython's error messages give the codec.
    pub fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
            Codec::Utf16 => "utf-16",
            Codec::Utf16Le => "utf-16-le",
            Codec::Utf16Be => "utf-16-be",
            Codec::Utf32 => "utf-32",
            Codec::Utf32Le => "utf-32-le",
            Codec::Utf32Be => "utf-32-be",
        }
    }
}

/// Why a codec failed: a UnicodeEncodeError or UnicodeDecodeError with CPython's fields
/// (made into an exception by the caller, which has the object), or another error (an
/// unknown handler's LookupError).
#[derive(Debug)]
pub enum CodecError {
    Unicode(Failure),
    Other(Error),
}

/// A UnicodeEncodeError (positions in characters) or UnicodeDecodeError (in bytes).
#[derive(Debug)]
pub struct Failure {
    pub decoding: bool,
    pub encoding: &'static str,
    pub start: usize,
    pub end: usize,
    pub reason: String,
    /// The one character or byte failed on, when `end == start + 1` (for the message).
    pub unit: Option<u32>,
}

impl Failure {
    /// CPython's `str()` of the exception.
    pub fn message(&self) -> String {
        unicode_error_message(
            self.decoding,
            self.encoding,
            self.unit,
            self.start,
            self.end,
            &self.reason,
        )
    }
}

impl From<Error> for CodecError {
    fn from(e: Error) -> CodecError {
        CodecError::Other(e)
    }
}

impl CodecError {
    /// The message of the error (CPython's `str()` of it).
    pub fn message(&self) -> String {
        match self {
            CodecError::Unicode(f) => f.message(),
            CodecError::Other(e) => e.message().to_string(),
        }
    }
}

/// `str()` of a UnicodeDecodeError or UnicodeEncodeError: `unit` is the byte or character
/// at `start` when the failure is one long.
pub fn unicode_error_message(
    decoding: bool,
    encoding: &str,
    unit: Option<u32>,
    start: usize,
    end: usize,
    reason: &str,
) -> String {
    let what = match (decoding, unit) {
        (true, Some(b)) if end == start + 1 => format!("byte 0x{b:02x} in position {start}"),
        (true, _) => format!("bytes in position {start}-{}", end.saturating_sub(1)),
        (false, Some(c)) if end == start + 1 => {
            let c = char::from_u32(c).map_or_else(|| format!("\\u{c:04x}"), escaped);
            format!("character '{c}' in position {start}")
        }
        (false, _) => format!("characters in position {start}-{}", end.saturating_sub(1)),
    };
    let verb = if decoding { "decode" } else { "encode" };
    format!("'{encoding}' codec can't {verb} {what}: {reason}")
}

/// An error handler (`errors=`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Handler {
    Strict,
    Ignore,
    Replace,
    BackslashReplace,
    XmlCharRefReplace,
}

impl Handler {
    pub fn lookup(name: &str) -> Result<Handler, Error> {
        Ok(match name {
            "strict" => Handler::Strict,
            "ignore" => Handler::Ignore,
            "replace" => Handler::Replace,
            "backslashreplace" => Handler::BackslashReplace,
            "xmlcharrefreplace" => Handler::XmlCharRefReplace,
            _ => {
                return Err(Error::new(
                    "LookupError",
                    format!("unknown error handler name '{name}'"),
                ));
            }
        })
    }
}

/// An error handler's name, looked up when a byte needs it.
#[derive(Clone, Copy)]
struct Lazy<'a>(&'a str);

impl Lazy<'_> {
    fn get(self) -> Result<Handler, Error> {
        Handler::lookup(self.0)
    }
}

/// `\xNN`, `\uNNNN` or `\UNNNNNNNN` for a character (backslashreplace).
fn escaped(c: char) -> String {
    match c as u32 {
        n @ 0..=0xff => format!("\\x{n:02x}"),
        n @ 0x100..=0xffff => format!("\\u{n:04x}"),
        n => format!("\\U{n:08x}"),
    }
}

/// `text` encoded with `codec`; characters the codec cannot take go to the handler named
/// `errors` (looked up only then, as CPython does).
pub fn encode(text: &str, codec: Codec, errors: &str) -> Result<Vec<u8>, CodecError> {
    let limit = match codec {
        Codec::Ascii => 0x80,
        Codec::Latin1 => 0x100,
        _ => return Ok(encode_unicode(text, codec)),
    };
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if (c as u32) < limit {
            out.push(c as u32 as u8);
            i += 1;
            continue;
        }
        match Handler::lookup(errors)? {
            Handler::Strict => {
                let end = (i..chars.len())
                    .find(|&j| (chars[j] as u32) < limit)
                    .unwrap_or(chars.len());
                return Err(CodecError::Unicode(Failure {
                    decoding: false,
                    encoding: codec.name(),
                    start: i,
                    end,
                    reason: format!("ordinal not in range({limit})"),
                    unit: Some(c as u32),
                }));
            }
            Handler::Ignore => {}
            Handler::Replace => out.push(b'?'),
            Handler::BackslashReplace => out.extend(escaped(c).bytes()),
            Handler::XmlCharRefReplace => out.extend(format!("&#{};", c as u32).bytes()),
        }
        i += 1;
    }
    Ok(out)
}

/// UTF-8, -16 or -32: every character encodes.
fn encode_unicode(text: &str, codec: Codec) -> Vec<u8> {
    match codec {
        Codec::Utf16 | Codec::Utf16Le | Codec::Utf16Be => {
            let big = codec == Codec::Utf16Be;
            let mut out = if codec == Codec::Utf16 {
                vec![0xff, 0xfe]
            } else {
                vec![]
            };
            for unit in text.encode_utf16() {
                out.extend(if big {
                    unit.to_be_bytes()
                } else {
                    unit.to_le_bytes()
                });
            }
            out
        }
        Codec::Utf32 | Codec::Utf32Le | Codec::Utf32Be => {
            let big = codec == Codec::Utf32Be;
            let mut out = if codec == Codec::Utf32 {
                vec![0xff, 0xfe, 0, 0]
            } else {
                vec![]
            };
            for c in text.chars() {
                let n = c as u32;
                out.extend(if big {
                    n.to_be_bytes()
                } else {
                    n.to_le_bytes()
                });
            }
            out
        }
        _ => text.as_bytes().to_vec(),
    }
}

/// An undecodable run of `data[start..end]`: what `handler` makes of it, or the error.
fn bad_bytes(
    out: &mut String,
    data: &[u8],
    (start, end): (usize, usize),
    codec: Codec,
    handler: Lazy<'_>,
    reason: &str,
) -> Result<(), CodecError> {
    match handler.get()? {
        Handler::Strict | Handler::XmlCharRefReplace => Err(CodecError::Unicode(Failure {
            decoding: true,
            encoding: codec.name(),
            start,
            end,
            reason: reason.to_string(),
            unit: Some(data[start] as u32),
        })),
        Handler::Ignore => Ok(()),
        Handler::Replace => {
            out.push('\u{fffd}');
            Ok(())
        }
        Handler::BackslashReplace => {
            for &b in &data[start..end] {
                out.push_str(&format!("\\x{b:02x}"));
            }
            Ok(())
        }
    }
}

/// How UTF-16 or UTF-32 `data` is read: big-endian or not, where the text starts (after a
/// byte-order mark), and the codec its errors name. `-le` and `-be` codecs say the order;
/// the plain ones take it from a mark, little-endian without one (as CPython on the
/// machines hotpy runs on).
fn byte_order(data: &[u8], codec: Codec) -> (bool, usize, Codec) {
    let (little, big, width) = match codec {
        Codec::Utf16Le => return (false, 0, codec),
        Codec::Utf16Be | Codec::Utf32Be => return (true, 0, codec),
        Codec::Utf16 => (
            (Codec::Utf16Le, [0xff, 0xfe, 0, 0]),
            (Codec::Utf16Be, [0xfe, 0xff, 0, 0]),
            2,
        ),
        Codec::Utf32 => (
            (Codec::Utf32Le, [0xff, 0xfe, 0, 0]),
            (Codec::Utf32Be, [0, 0, 0xfe, 0xff]),
            4,
        ),
        _ => return (false, 0, codec),
    };
    if data.len() >= width && data[..width] == big.1[..width] {
        (true, width, big.0)
    } else if data.len() >= width && data[..width] == little.1[..width] {
        (false, width, little.0)
    } else {
        (false, 0, little.0)
    }
}

/// `data` decoded with `codec`; undecodable bytes go to the handler named `errors` (looked
/// up only then, as CPython does).
pub fn decode(data: &[u8], codec: Codec, errors: &str) -> Result<String, CodecError> {
    let handler = Lazy(errors);
    let mut out = String::with_capacity(data.len());
    match codec {
        Codec::Utf8 => {
            let mut rest = data;
            let mut offset = 0;
            loop {
                match std::str::from_utf8(rest) {
                    Ok(s) => {
                        out.push_str(s);
                        break;
                    }
                    Err(e) => {
                        let good = e.valid_up_to();
                        out.push_str(std::str::from_utf8(&rest[..good]).expect("valid up to here"));
                        let (len, reason) = match e.error_len() {
                            None => (rest.len() - good, "unexpected end of data"),
                            Some(n) => {
                                let lead = rest[good];
                                let reason = if (0x80..0xc2).contains(&lead) || lead > 0xf4 {
                                    "invalid start byte"
                                } else {
                                    "invalid continuation byte"
                                };
                                (n, reason)
                            }
                        };
                        let at = offset + good;
                        // CPython names only the lead byte of a bad sequence that is not
                        // cut short.
                        let shown = if reason == "unexpected end of data" {
                            len
                        } else {
                            1
                        };
                        if handler.get()? == Handler::Strict {
                            return Err(bad_bytes(
                                &mut out,
                                data,
                                (at, at + shown),
                                codec,
                                handler,
                                reason,
                            )
                            .expect_err("strict fails"));
                        }
                        bad_bytes(&mut out, data, (at, at + len), codec, handler, reason)?;
                        rest = &rest[good + len..];
                        offset = at + len;
                    }
                }
            }
        }
        Codec::Ascii | Codec::Latin1 => {
            let mut i = 0;
            while i < data.len() {
                let b = data[i];
                if codec == Codec::Latin1 || b < 0x80 {
                    out.push(b as char);
                    i += 1;
                    continue;
                }
                bad_bytes(
                    &mut out,
                    data,
                    (i, i + 1),
                    codec,
                    handler,
                    "ordinal not in range(128)",
                )?;
                i += 1;
            }
        }
        Codec::Utf16 | Codec::Utf16Le | Codec::Utf16Be => {
            let (big, start, name) = byte_order(data, codec);
            let mut i = start;
            while i < data.len() {
                if i + 1 >= data.len() {
                    bad_bytes(
                        &mut out,
                        data,
                        (i, data.len()),
                        name,
                        handler,
                        "truncated data",
                    )?;
                    break;
                }
                let unit = |at: usize| {
                    let pair = [data[at], data[at + 1]];
                    if big {
                        u16::from_be_bytes(pair)
                    } else {
                        u16::from_le_bytes(pair)
                    }
                };
                let u = unit(i);
                if !(0xd800..0xe000).contains(&u) {
                    out.push(char::from_u32(u as u32).expect("not a surrogate"));
                    i += 2;
                } else if u < 0xdc00
                    && i + 3 < data.len()
                    && (0xdc00..0xe000).contains(&unit(i + 2))
                {
                    let c = 0x10000 + ((u as u32 - 0xd800) << 10) + (unit(i + 2) as u32 - 0xdc00);
                    out.push(char::from_u32(c).expect("a paired surrogate"));
                    i += 4;
                } else if u < 0xdc00 && i + 3 >= data.len() {
                    bad_bytes(
                        &mut out,
                        data,
                        (i, data.len()),
                        name,
                        handler,
                        "unexpected end of data",
                    )?;
                    break;
                } else {
                    let reason = if u < 0xdc00 {
                        "illegal UTF-16 surrogate"
                    } else {
                        "illegal encoding"
                    };
                    bad_bytes(&mut out, data, (i, i + 2), name, handler, reason)?;
                    i += 2;
                }
            }
        }
        Codec::Utf32 | Codec::Utf32Le | Codec::Utf32Be => {
            let (big, start, name) = byte_order(data, codec);
            let mut i = start;
            while i < data.len() {
                if i + 3 >= data.len() {
                    bad_bytes(
                        &mut out,
                        data,
                        (i, data.len()),
                        name,
                        handler,
                        "truncated data",
                    )?;
                    break;
                }
                let word = [data[i], data[i + 1], data[i + 2], data[i + 3]];
                let n = if big {
                    u32::from_be_bytes(word)
                } else {
                    u32::from_le_bytes(word)
                };
                match char::from_u32(n) {
                    Some(c) => out.push(c),
                    None => {
                        let reason = if n > 0x10ffff {
                            "code point not in range(0x110000)"
                        } else {
                            "code point in surrogate code point range(0xd800, 0xe000)"
                        };
                        bad_bytes(&mut out, data, (i, i + 4), name, handler, reason)?;
                    }
                }
                i += 4;
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message<E: Into<CodecError>>(r: Result<impl std::fmt::Debug, E>) -> String {
        r.map_err(Into::into).expect_err("fails").message()
    }

    #[test]
    fn names_and_aliases_are_cpythons() {
        assert_eq!(Codec::lookup("UTF_8").ok(), Some(Codec::Utf8));
        assert_eq!(Codec::lookup("ISO-8859-1").ok(), Some(Codec::Latin1));
        assert_eq!(Codec::lookup("utf-16-LE").ok(), Some(Codec::Utf16Le));
        assert_eq!(message(Codec::lookup("nope")), "unknown encoding: nope");
        assert_eq!(
            message(Handler::lookup("bogus")),
            "unknown error handler name 'bogus'"
        );
    }

    #[test]
    fn encoding_errors_are_handled_or_reported_as_cpython() {
        let e = |t: &str, c, h: &str| encode(t, c, h);
        assert_eq!(
            e("aé€", Codec::Ascii, "replace").ok(),
            Some(b"a??".to_vec())
        );
        assert_eq!(
            e("é", Codec::Ascii, "backslashreplace").ok(),
            Some(b"\\xe9".to_vec())
        );
        assert_eq!(
            e("€", Codec::Latin1, "xmlcharrefreplace").ok(),
            Some(b"&#8364;".to_vec())
        );
        assert_eq!(
            message(e("aé€b", Codec::Ascii, "strict")),
            "'ascii' codec can't encode characters in position 1-2: ordinal not in range(128)"
        );
        assert_eq!(
            message(e("€", Codec::Latin1, "strict")),
            "'latin-1' codec can't encode character '\\u20ac' in position 0: ordinal not in range(256)"
        );
        assert_eq!(
            e("a😀", Codec::Utf16, "strict").ok(),
            Some(vec![0xff, 0xfe, b'a', 0, 0x3d, 0xd8, 0x00, 0xde])
        );
    }

    #[test]
    fn decoding_errors_are_handled_or_reported_as_cpython() {
        let d = |b: &[u8], c, h: &str| decode(b, c, h);
        assert_eq!(
            message(d(b"\xff", Codec::Utf8, "strict")),
            "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"
        );
        assert_eq!(
            message(d(b"a\xe9bc", Codec::Utf8, "strict")),
            "'utf-8' codec can't decode byte 0xe9 in position 1: invalid continuation byte"
        );
        assert_eq!(
            message(d(b"\xf0\x9f\x98", Codec::Utf8, "strict")),
            "'utf-8' codec can't decode bytes in position 0-2: unexpected end of data"
        );
        assert_eq!(
            d(b"a\xffb\xf0\x9f", Codec::Utf8, "replace").ok().as_deref(),
            Some("a\u{fffd}b\u{fffd}")
        );
        assert_eq!(
            d(b"a\xff", Codec::Utf8, "backslashreplace").ok().as_deref(),
            Some("a\\xff")
        );
        assert_eq!(
            d(b"\xfe\xff\x00a\xd8\x3d\xde\x00", Codec::Utf16, "strict")
                .ok()
                .as_deref(),
            Some("a😀")
        );
        assert_eq!(
            message(d(b"a\x00b", Codec::Utf16Le, "strict")),
            "'utf-16-le' codec can't decode byte 0x62 in position 2: truncated data"
        );
    }
}
