//! Escapes (`\\d`, `\\x41`, `\\1`, octal...) and literal characters, in and out of classes.
//!
//! Owns: what an escape means and how a literal is spelled for the engine. Must not: parse
//! groups or classes (`super`, `classes`).

use super::{PatternError, Translator, engine_name, octal};

impl Translator<'_> {
    /// An escape outside a class, consumed; whether it can take a repeat.
    pub(super) fn escape(&mut self) -> Result<bool, PatternError> {
        let start = self.i;
        self.i += 1;
        let Some(c) = self.peek() else {
            return Err(self.error_at("bad escape (end of pattern)", start));
        };
        self.i += 1;
        let ascii = self.scope().ascii;
        match c {
            'A' => self.out.push_str("\\A"),
            'Z' => self.out.push_str("\\z"),
            'b' | 'B' => {
                if ascii {
                    self.out.push_str(if c == 'b' {
                        "(?:(?<=[0-9A-Za-z_])(?![0-9A-Za-z_])|(?<![0-9A-Za-z_])(?=[0-9A-Za-z_]))"
                    } else {
                        "(?:(?<=[0-9A-Za-z_])(?=[0-9A-Za-z_])|(?<![0-9A-Za-z_])(?![0-9A-Za-z_]))"
                    });
                } else {
                    self.out.push('\\');
                    self.out.push(c);
                }
                return Ok(false);
            }
            'd' | 'D' | 'w' | 'W' | 's' | 'S' => {
                self.out.push_str(&class_escape(c, ascii, false));
                return Ok(true);
            }
            '1'..='9' => {
                // A group reference (two digits at most), unless three octal digits.
                let d2 = self.peek();
                let d3 = self.peek_at(1);
                if c <= '7'
                    && d2.is_some_and(|d| ('0'..='7').contains(&d))
                    && d3.is_some_and(|d| ('0'..='7').contains(&d))
                {
                    self.i += 2;
                    let value = octal(&[c, d2.unwrap_or('0'), d3.unwrap_or('0')]);
                    return self.char_code(value, start).map(|_| true);
                }
                let mut number = c.to_digit(10).unwrap_or(0) as usize;
                if let Some(d) = d2.and_then(|d| d.to_digit(10)) {
                    self.i += 1;
                    number = number * 10 + d as usize;
                }
                if number > self.groups {
                    return Err(
                        self.error_at(format!("invalid group reference {number}"), start + 1)
                    );
                }
                if self.open.contains(&number) {
                    return Err(self.error_at("cannot refer to an open group", start));
                }
                self.out
                    .push_str(&format!("(?:\\k<{}>)", engine_name(number)));
                return Ok(true);
            }
            _ => {
                let value = self.char_escape(c, start)?;
                self.char_code(value, start)?;
            }
        }
        Ok(!matches!(c, 'A' | 'Z'))
    }

    /// The character an escape `\c...` stands for (the cursor after `c`), for escapes that
    /// mean a character (inside and outside classes).
    pub(super) fn char_escape(&mut self, c: char, start: usize) -> Result<u32, PatternError> {
        Ok(match c {
            'a' => 7,
            'f' => 12,
            'n' => 10,
            'r' => 13,
            't' => 9,
            'v' => 11,
            'x' | 'u' | 'U' => {
                let n = match c {
                    'x' => 2,
                    'u' => 4,
                    _ => 8,
                };
                if self.bytes && c != 'x' {
                    return Err(self.error_at(format!("bad escape \\{c}"), start));
                }
                let digits: String = self.p[self.i..].iter().take(n).collect();
                if digits.chars().count() < n || !digits.chars().all(|d| d.is_ascii_hexdigit()) {
                    let shown: String = std::iter::once('\\')
                        .chain(std::iter::once(c))
                        .chain(digits.chars().take_while(|d| d.is_ascii_hexdigit()))
                        .collect();
                    return Err(self.error_at(format!("incomplete escape {shown}"), start));
                }
                self.i += n;
                let value = u32::from_str_radix(&digits, 16).unwrap_or(0);
                if value > 0x10FFFF {
                    return Err(self.error_at(format!("bad escape \\{c}{digits}"), start));
                }
                value
            }
            '0' => {
                let mut digits = vec!['0'];
                while digits.len() < 3 && self.peek().is_some_and(|d| ('0'..='7').contains(&d)) {
                    digits.push(self.peek().unwrap_or('0'));
                    self.i += 1;
                }
                octal(&digits)
            }
            'N' if !self.bytes => {
                return Err(self.error_at(
                    "bad escape \\N (named characters are not supported by hotpy)",
                    start,
                ));
            }
            c if c.is_ascii_alphanumeric() => {
                return Err(self.error_at(format!("bad escape \\{c}"), start));
            }
            c => c as u32,
        })
    }

    /// Writes the character with code `value` as a literal.
    fn char_code(&mut self, value: u32, start: usize) -> Result<(), PatternError> {
        if self.bytes && value > 0xFF {
            let shown: String = self.p[start..self.i].iter().collect();
            return Err(self.error_at(
                format!("octal escape value {shown} outside of range 0-0o377"),
                start,
            ));
        }
        if !self.bytes && value > 0o377 && self.p.get(start + 1).is_some_and(|c| c.is_ascii_digit())
        {
            let shown: String = self.p[start..self.i].iter().collect();
            return Err(self.error_at(
                format!("octal escape value {shown} outside of range 0-0o377"),
                start,
            ));
        }
        let Some(c) = char::from_u32(value) else {
            return Err(self.error_at("bad escape", start));
        };
        self.literal(c);
        Ok(())
    }

    /// A literal character in fancy's spelling.
    pub(super) fn literal(&mut self, c: char) {
        push_literal(&mut self.out, c, self.bytes);
    }
}

/// `\d`, `\w`, `\s` and their complements, in fancy's spelling (inside a class when `inside`).
pub(super) fn class_escape(c: char, ascii: bool, inside: bool) -> String {
    if !ascii {
        // Python's `\s` is `str.isspace`, which also takes the separators U+1C..U+1F.
        return match (c, inside) {
            ('s', false) => "[\\s\\x{1C}-\\x{1F}]".to_string(),
            ('s', true) => "\\s\\x{1C}-\\x{1F}".to_string(),
            ('S', _) => "[^\\s\\x{1C}-\\x{1F}]".to_string(),
            _ => format!("\\{c}"),
        };
    }
    let set = match c.to_ascii_lowercase() {
        'd' => "0-9",
        'w' => "0-9A-Za-z_",
        _ => " \\t\\n\\r\\x{0C}\\x{0B}",
    };
    match (c.is_ascii_uppercase(), inside) {
        (false, false) => format!("[{set}]"),
        (false, true) => set.to_string(),
        (true, _) => format!("[^{set}]"),
    }
}

/// A character outside a class, escaped when it means something to fancy.
fn push_literal(out: &mut String, c: char, bytes: bool) {
    if bytes && (c as u32) > 0x7F {
        out.push_str(&format!("\\x{:02X}", c as u32));
    } else if "\\.+*?()|[]{}^$#&-~ ".contains(c) {
        out.push('\\');
        out.push(c);
    } else if c.is_control() || c.is_whitespace() {
        out.push_str(&format!("\\x{{{:X}}}", c as u32));
    } else {
        out.push(c);
    }
}
