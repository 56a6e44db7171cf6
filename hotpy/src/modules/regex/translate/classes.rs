//! Character classes (`[...]`): items, ranges and CPython's errors, spelled so that fancy's
//! set operators (`[`, `&&`, `--`, `~~`) never appear unescaped.
//!
//! Owns: classes. Must not: parse escapes' meanings (`escapes`).

use super::escapes::class_escape;
use super::{PatternError, Translator, octal};

impl Translator<'_> {
    /// A character class at the cursor, consumed.
    pub(super) fn class(&mut self) -> Result<(), PatternError> {
        let start = self.i;
        self.i += 1;
        let mut body = String::new();
        let mut negated = false;
        if self.peek() == Some('^') {
            self.i += 1;
            negated = true;
        }
        let first = self.i;
        // The previous single character (a range's start), if the last item was one.
        let mut last: Option<(u32, String)> = None;
        loop {
            let Some(c) = self.peek() else {
                return Err(self.error_at("unterminated character set", start));
            };
            if c == ']' && self.i > first {
                self.i += 1;
                break;
            }
            let item_at = self.i;
            let item = self.class_item()?;
            // A range `a-b` (a `-` before `]` is itself).
            if self.peek() == Some('-') && self.peek_at(1).is_some_and(|d| d != ']') {
                let (ClassItem::Char(low), Some(_)) = (&item, self.peek_at(1)) else {
                    let shown: String = self.p[item_at..self.i + 2].iter().collect();
                    return Err(self.error_at(format!("bad character range {shown}"), item_at));
                };
                let low = *low;
                self.i += 1;
                let high_at = self.i;
                let high = self.class_item()?;
                let ClassItem::Char(high) = high else {
                    let shown: String = self.p[item_at..self.i].iter().collect();
                    return Err(self.error_at(format!("bad character range {shown}"), item_at));
                };
                if high < low {
                    let shown: String = self.p[item_at..self.i].iter().collect();
                    return Err(self.error_at(format!("bad character range {shown}"), item_at));
                }
                let _ = high_at;
                push_class_char(&mut body, low, self.bytes);
                body.push('-');
                push_class_char(&mut body, high, self.bytes);
                last = None;
                continue;
            }
            match item {
                ClassItem::Char(c) => {
                    push_class_char(&mut body, c, self.bytes);
                    last = Some((c, String::new()));
                }
                ClassItem::Set(s) => {
                    body.push_str(&s);
                    last = None;
                }
            }
        }
        let _ = last;
        if body.is_empty() {
            // `[^]...` never parses to this; an empty class matches nothing.
            self.out.push_str(if negated {
                "(?s:.)"
            } else {
                "[^\\x{0}-\\x{10FFFF}]"
            });
            return Ok(());
        }
        self.out.push('[');
        if negated {
            self.out.push('^');
        }
        self.out.push_str(&body);
        self.out.push(']');
        Ok(())
    }

    /// One item of a class: a character, or a set (`\d`...) in fancy's class spelling.
    fn class_item(&mut self) -> Result<ClassItem, PatternError> {
        let c = self.peek().unwrap_or('\0');
        self.i += 1;
        if c != '\\' {
            return Ok(ClassItem::Char(c as u32));
        }
        let start = self.i - 1;
        let Some(e) = self.peek() else {
            return Err(self.error_at("bad escape (end of pattern)", start));
        };
        self.i += 1;
        match e {
            'd' | 'D' | 'w' | 'W' | 's' | 'S' => {
                Ok(ClassItem::Set(class_escape(e, self.scope().ascii, true)))
            }
            'b' => Ok(ClassItem::Char(8)),
            '1'..='7' => {
                let mut digits = vec![e];
                while digits.len() < 3 && self.peek().is_some_and(|d| ('0'..='7').contains(&d)) {
                    digits.push(self.peek().unwrap_or('0'));
                    self.i += 1;
                }
                if digits.len() < 3 {
                    return Err(self.error_at(format!("bad escape \\{e}"), start));
                }
                let value = octal(&digits);
                if value > 0o377 {
                    let shown: String = self.p[start..self.i].iter().collect();
                    return Err(self.error_at(
                        format!("octal escape value {shown} outside of range 0-0o377"),
                        start,
                    ));
                }
                Ok(ClassItem::Char(value))
            }
            '8' | '9' => Err(self.error_at(format!("bad escape \\{e}"), start)),
            _ => self.char_escape(e, start).map(ClassItem::Char),
        }
    }
}

enum ClassItem {
    Char(u32),
    Set(String),
}

/// A character inside a class.
fn push_class_char(out: &mut String, c: u32, bytes: bool) {
    match char::from_u32(c) {
        Some(ch) if ch.is_ascii_alphanumeric() => out.push(ch),
        Some(ch) if !bytes && !ch.is_ascii() && !ch.is_control() && !ch.is_whitespace() => {
            out.push(ch)
        }
        _ if bytes && c <= 0xFF => out.push_str(&format!("\\x{c:02X}")),
        _ => out.push_str(&format!("\\x{{{c:X}}}")),
    }
}
