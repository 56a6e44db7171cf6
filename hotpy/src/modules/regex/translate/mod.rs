//! Python's regular-expression syntax translated to fancy-regex's, with CPython's (`sre_parse`)
//! errors: a bad pattern is a [`PatternError`] with CPython's message and position, found here
//! rather than left to the engine, whose messages differ.
//!
//! What differs between the two and is rewritten: `\Z` (Python's end of text is fancy's `\z`),
//! `$` without MULTILINE (end, or before a final newline), `{` that does not start a repeat
//! (a literal in Python), `{,n}`, escapes (`\x`, `\u`, `\U`, octal, `\a`, `\v`, numbered group
//! references), `(?#...)` comments, `(?P=name)`, VERBOSE (whitespace and comments are dropped
//! here, so the engine never sees the flag), the ASCII flag (classes spelled out), and
//! characters that are set operators inside fancy's classes (`[`, `&&`, `--`, `~~`).
//!
//! Owns: the translation. Must not: match (that is `super`'s, on fancy-regex).

mod classes;
mod escapes;

/// The flag bits of Python's `re` module.
pub const IGNORECASE: u32 = 2;
pub const LOCALE: u32 = 4;
pub const MULTILINE: u32 = 8;
pub const DOTALL: u32 = 16;
pub const UNICODE: u32 = 32;
pub const VERBOSE: u32 = 64;
pub const ASCII: u32 = 256;

/// A pattern Python rejects: CPython's message and the position (in characters) it names.
#[derive(Debug, PartialEq)]
pub struct PatternError {
    pub message: String,
    pub pos: usize,
}

/// A translated pattern: fancy-regex's text, the flags in force (with those set inside the
/// pattern), and the groups.
#[derive(Debug)]
pub struct Translated {
    pub pattern: String,
    pub flags: u32,
    pub groups: usize,
    pub names: Vec<(String, usize)>,
}

/// Translates `pattern` (a str pattern, or a bytes pattern as Latin-1 characters when `bytes`).
pub fn translate(pattern: &[char], flags: u32, bytes: bool) -> Result<Translated, PatternError> {
    let mut t = Translator {
        p: pattern,
        i: 0,
        out: String::new(),
        flags,
        bytes,
        groups: 0,
        names: vec![],
        open: vec![],
        scopes: vec![],
        conditions: vec![],
    };
    t.global_flags()?;
    if t.flags & LOCALE != 0 && !bytes {
        return Err(t.error_at(
            "bad inline flags: cannot use 'L' flag with a str pattern",
            0,
        ));
    }
    if t.flags & UNICODE != 0 && bytes {
        return Err(t.error_at("cannot use UNICODE flag with a bytes pattern", 0));
    }
    if t.flags & ASCII != 0 && t.flags & UNICODE != 0 {
        return Err(t.error_at("ASCII and UNICODE flags are incompatible", 0));
    }
    t.sequence(true)?;
    if let Some(&(n, at)) = t.conditions.iter().find(|(n, _)| *n > t.groups) {
        return Err(t.error_at(format!("invalid group reference {n}"), at));
    }
    Ok(Translated {
        pattern: t.out,
        flags: t.flags,
        groups: t.groups,
        names: t.names,
    })
}

/// Flags a group may change for its contents: verbose, ASCII and multiline change how this
/// module translates (the others are passed to the engine).
#[derive(Clone, Copy)]
struct Scope {
    verbose: bool,
    ascii: bool,
    multiline: bool,
}

struct Translator<'p> {
    p: &'p [char],
    i: usize,
    out: String,
    flags: u32,
    bytes: bool,
    groups: usize,
    names: Vec<(String, usize)>,
    /// Group numbers open now (a reference to one is an error).
    open: Vec<usize>,
    scopes: Vec<Scope>,
    /// The group numbers conditions test, and where.
    conditions: Vec<(usize, usize)>,
}

impl Translator<'_> {
    fn error_at(&self, message: impl Into<String>, pos: usize) -> PatternError {
        PatternError {
            message: message.into(),
            pos,
        }
    }

    fn peek(&self) -> Option<char> {
        self.p.get(self.i).copied()
    }

    fn peek_at(&self, k: usize) -> Option<char> {
        self.p.get(self.i + k).copied()
    }

    fn scope(&self) -> Scope {
        self.scopes.last().copied().unwrap_or(Scope {
            verbose: self.flags & VERBOSE != 0,
            ascii: self.flags & ASCII != 0 || self.bytes,
            multiline: self.flags & MULTILINE != 0,
        })
    }

    /// `(?aiLmsux)` groups at the start of the pattern (CPython 3.11 allows them nowhere else).
    fn global_flags(&mut self) -> Result<(), PatternError> {
        loop {
            // Leading whitespace and comments do not count in verbose mode.
            let start = self.i;
            if self.flags & VERBOSE != 0 {
                self.skip_verbose();
            }
            if self.peek() != Some('(') || self.peek_at(1) != Some('?') {
                self.i = start;
                return Ok(());
            }
            let mut j = self.i + 2;
            let mut add = 0;
            while let Some(&c) = self.p.get(j) {
                match flag_bit(c) {
                    Some(bit) => add |= bit,
                    None => break,
                }
                j += 1;
            }
            if j == self.i + 2 || self.p.get(j) != Some(&')') {
                self.i = start;
                return Ok(());
            }
            self.flags |= add;
            self.i = j + 1;
        }
    }

    fn skip_verbose(&mut self) {
        while let Some(c) = self.peek() {
            if c.is_whitespace() {
                self.i += 1;
            } else if c == '#' {
                while let Some(c) = self.peek() {
                    self.i += 1;
                    if c == '\n' {
                        break;
                    }
                }
            } else {
                break;
            }
        }
    }

    /// Alternatives up to a `)` (which the caller consumes) or the end.
    fn sequence(&mut self, top: bool) -> Result<(), PatternError> {
        // Whether the last item can take a repeat, and whether it is a repeat already.
        let mut repeatable = false;
        let mut repeated = false;
        loop {
            if self.scope().verbose {
                self.skip_verbose();
            }
            let Some(c) = self.peek() else {
                return Ok(());
            };
            let at = self.i;
            match c {
                ')' => {
                    if top {
                        return Err(self.error_at("unbalanced parenthesis", at));
                    }
                    return Ok(());
                }
                '|' => {
                    self.i += 1;
                    self.out.push('|');
                    repeatable = false;
                    repeated = false;
                }
                '*' | '+' | '?' | '{' => {
                    let Some(quantifier) = self.quantifier()? else {
                        // A `{` that is no repeat is itself.
                        self.i += 1;
                        self.out.push_str("\\{");
                        repeatable = true;
                        repeated = false;
                        continue;
                    };
                    if !repeatable {
                        let message = if repeated {
                            "multiple repeat"
                        } else {
                            "nothing to repeat"
                        };
                        return Err(self.error_at(message, at));
                    }
                    self.out.push_str(&quantifier);
                    // A lazy or possessive mark.
                    if self.peek() == Some('?') {
                        self.i += 1;
                        self.out.push('?');
                    } else if self.peek() == Some('+') {
                        self.i += 1;
                        self.out.push('+');
                    }
                    repeatable = false;
                    repeated = true;
                }
                '(' => {
                    repeatable = self.group()?;
                    repeated = false;
                }
                '[' => {
                    self.class()?;
                    repeatable = true;
                    repeated = false;
                }
                '\\' => {
                    repeatable = self.escape()?;
                    repeated = false;
                }
                '^' => {
                    self.i += 1;
                    // The engine's `^` is Python's, with or without MULTILINE.
                    self.out.push('^');
                    repeatable = false;
                    repeated = false;
                }
                '$' => {
                    self.i += 1;
                    if self.scope().multiline {
                        self.out.push('$');
                    } else {
                        self.out.push_str("(?=\\n?\\z)");
                    }
                    repeatable = false;
                    repeated = false;
                }
                '.' => {
                    self.i += 1;
                    self.out.push('.');
                    repeatable = true;
                    repeated = false;
                }
                '}' => {
                    self.i += 1;
                    self.out.push_str("\\}");
                    repeatable = true;
                    repeated = false;
                }
                _ => {
                    self.i += 1;
                    self.literal(c);
                    repeatable = true;
                    repeated = false;
                }
            }
        }
    }

    /// A repeat at the cursor (`*`, `+`, `?`, `{m,n}`) in fancy's spelling, consumed; None
    /// (nothing consumed) for a `{` that is no repeat.
    fn quantifier(&mut self) -> Result<Option<String>, PatternError> {
        let c = self.peek().unwrap_or(' ');
        if c != '{' {
            self.i += 1;
            return Ok(Some(c.to_string()));
        }
        let start = self.i;
        let mut j = self.i + 1;
        let digits = |j: &mut usize| {
            let from = *j;
            while self.p.get(*j).is_some_and(|c| c.is_ascii_digit()) {
                *j += 1;
            }
            self.p[from..*j].iter().collect::<String>()
        };
        let low = digits(&mut j);
        let mut high = None;
        if self.p.get(j) == Some(&',') {
            j += 1;
            high = Some(digits(&mut j));
        }
        if self.p.get(j) != Some(&'}') {
            return Ok(None);
        }
        let parse = |s: &str| -> Result<u32, PatternError> {
            s.parse::<u32>()
                .ok()
                .filter(|&n| n < u32::MAX)
                .ok_or_else(|| self.error_at("the repetition number is too large", start + 1))
        };
        let low_n = if low.is_empty() { 0 } else { parse(&low)? };
        let text = match &high {
            None => {
                if low.is_empty() {
                    return Ok(None);
                }
                format!("{{{low_n}}}")
            }
            Some(h) if h.is_empty() => format!("{{{low_n},}}"),
            Some(h) => {
                let high_n = parse(h)?;
                if high_n < low_n {
                    return Err(self.error_at("min repeat greater than max repeat", start + 1));
                }
                format!("{{{low_n},{high_n}}}")
            }
        };
        self.i = j + 1;
        Ok(Some(text))
    }

    /// A group at the cursor, consumed with its `)`; whether it can take a repeat.
    fn group(&mut self) -> Result<bool, PatternError> {
        let start = self.i;
        self.i += 1;
        if self.peek() != Some('?') {
            self.groups += 1;
            let n = self.groups;
            self.out.push_str(&format!("(?P<{}>", engine_name(n)));
            return self.group_body(start, Some(n), None);
        }
        self.i += 1;
        let Some(c) = self.peek() else {
            return Err(self.error_at("unexpected end of pattern", self.i));
        };
        match c {
            ':' => {
                self.i += 1;
                self.out.push_str("(?:");
                self.group_body(start, None, None)
            }
            '=' | '!' | '>' => {
                self.i += 1;
                self.out.push_str("(?");
                self.out.push(c);
                self.group_body(start, None, None)?;
                Ok(c == '>')
            }
            '<' => {
                self.i += 1;
                match self.peek() {
                    Some(d @ ('=' | '!')) => {
                        self.i += 1;
                        self.out.push_str("(?<");
                        self.out.push(d);
                        self.group_body(start, None, None)?;
                        Ok(false)
                    }
                    Some(d) => Err(self.error_at(format!("unknown extension ?<{d}"), start + 1)),
                    None => Err(self.error_at("unexpected end of pattern", self.i)),
                }
            }
            '#' => {
                while let Some(c) = self.peek() {
                    self.i += 1;
                    if c == ')' {
                        return Ok(false);
                    }
                }
                Err(self.error_at("missing ), unterminated comment", start))
            }
            'P' => {
                self.i += 1;
                match self.peek() {
                    Some('<') => {
                        self.i += 1;
                        let name = self.name('>', "group name")?;
                        if let Some((_, was)) = self.names.iter().find(|(n, _)| *n == name) {
                            return Err(self.error_at(
                                format!(
                                    "redefinition of group name {name:?} as group {}; was group {was}",
                                    self.groups + 1
                                )
                                .replace('"', "'"),
                                start + 4,
                            ));
                        }
                        self.groups += 1;
                        let n = self.groups;
                        self.names.push((name.clone(), n));
                        self.out.push_str(&format!("(?P<{}>", engine_name(n)));
                        self.group_body(start, Some(n), None)
                    }
                    Some('=') => {
                        self.i += 1;
                        let name_at = self.i;
                        let name = self.name(')', "group name")?;
                        let Some(&(_, n)) = self.names.iter().find(|(m, _)| *m == name) else {
                            return Err(
                                self.error_at(format!("unknown group name '{name}'"), name_at)
                            );
                        };
                        if self.open.contains(&n) {
                            return Err(self.error_at("cannot refer to an open group", start));
                        }
                        self.out.push_str(&format!("(?:\\k<{}>)", engine_name(n)));
                        Ok(true)
                    }
                    Some(d) => Err(self.error_at(format!("unknown extension ?P{d}"), start + 1)),
                    None => Err(self.error_at("unexpected end of pattern", self.i)),
                }
            }
            '(' => {
                self.i += 1;
                let name_at = self.i;
                let name = self.name(')', "group name")?;
                let n = match name.parse::<usize>() {
                    Ok(n) if !name.starts_with('+') => {
                        if n == 0 {
                            return Err(self.error_at("bad group number", name_at));
                        }
                        n
                    }
                    _ => match self.names.iter().find(|(m, _)| *m == name) {
                        Some(&(_, n)) => n,
                        None => {
                            return Err(
                                self.error_at(format!("unknown group name '{name}'"), name_at)
                            );
                        }
                    },
                };
                // Checked at the end: the group may come later in the pattern.
                self.conditions.push((n, name_at));
                self.out.push_str(&format!("(?({n})"));
                self.group_body(start, None, None)?;
                Ok(true)
            }
            _ => self.scoped_flags(start),
        }
    }

    /// `(?flags:...)`, `(?-flags:...)`, or misplaced global flags.
    fn scoped_flags(&mut self, start: usize) -> Result<bool, PatternError> {
        let mut on = 0;
        let mut off = 0;
        let mut minus = false;
        loop {
            let Some(c) = self.peek() else {
                return Err(self.error_at("missing -, : or )", self.i));
            };
            self.i += 1;
            match c {
                '-' if !minus => minus = true,
                ':' | ')' => {
                    if c == ')' {
                        if minus || on == 0 {
                            return Err(self.error_at("missing :", self.i - 1));
                        }
                        return Err(
                            self.error_at("global flags not at the start of the expression", start)
                        );
                    }
                    break;
                }
                _ => match flag_bit(c) {
                    Some(bit) if !minus => on |= bit,
                    Some(bit) if bit & (IGNORECASE | MULTILINE | DOTALL | VERBOSE) != 0 => {
                        off |= bit
                    }
                    Some(_) => {
                        return Err(self.error_at(
                            "bad inline flags: cannot turn off flags 'a', 'u' and 'L'",
                            self.i - 1,
                        ));
                    }
                    None => {
                        let message = if minus || on != 0 {
                            "missing -, : or )".to_string()
                        } else {
                            format!("unknown extension ?{c}")
                        };
                        let pos = if minus || on != 0 {
                            self.i - 1
                        } else {
                            start + 1
                        };
                        return Err(self.error_at(message, pos));
                    }
                },
            }
        }
        let outer = self.scope();
        let scope = Scope {
            verbose: (outer.verbose || on & VERBOSE != 0) && off & VERBOSE == 0,
            ascii: outer.ascii || on & ASCII != 0,
            multiline: (outer.multiline || on & MULTILINE != 0) && off & MULTILINE == 0,
        };
        let engine = |bits: u32| {
            [(IGNORECASE, 'i'), (MULTILINE, 'm'), (DOTALL, 's')]
                .iter()
                .filter(|(b, _)| bits & b != 0)
                .map(|(_, c)| *c)
                .collect::<String>()
        };
        let (on_e, off_e) = (engine(on), engine(off));
        self.out.push_str("(?");
        self.out.push_str(&on_e);
        if !off_e.is_empty() {
            self.out.push('-');
            self.out.push_str(&off_e);
        }
        self.out.push(':');
        self.group_body(start, None, Some(scope))
    }

    /// A group's contents and its `)`, after the opening (already written).
    fn group_body(
        &mut self,
        start: usize,
        number: Option<usize>,
        scope: Option<Scope>,
    ) -> Result<bool, PatternError> {
        if let Some(n) = number {
            self.open.push(n);
        }
        if let Some(s) = scope {
            self.scopes.push(s);
        }
        self.sequence(false)?;
        if scope.is_some() {
            self.scopes.pop();
        }
        if number.is_some() {
            self.open.pop();
        }
        if self.peek() != Some(')') {
            return Err(self.error_at("missing ), unterminated subpattern", start));
        }
        self.i += 1;
        self.out.push(')');
        Ok(true)
    }

    /// A group name up to `end` (consumed), checked as CPython does.
    fn name(&mut self, end: char, what: &str) -> Result<String, PatternError> {
        let from = self.i;
        while let Some(c) = self.peek() {
            if c == end {
                let name: String = self.p[from..self.i].iter().collect();
                self.i += 1;
                if name.is_empty() {
                    return Err(self.error_at(format!("missing {what}"), from));
                }
                let ok = name
                    .chars()
                    .next()
                    .is_some_and(|c| c == '_' || c.is_alphabetic())
                    && name.chars().all(|c| c == '_' || c.is_alphanumeric());
                if !(ok || end == ')' && name.chars().all(|c| c.is_ascii_digit())) {
                    return Err(self.error_at(format!("bad character in {what} '{name}'"), from));
                }
                return Ok(name);
            }
            self.i += 1;
        }
        let message = if from == self.i {
            format!("missing {what}")
        } else {
            format!("missing {end}, unterminated name")
        };
        Err(self.error_at(message, from))
    }
}

/// The engine's name for group `n` (every group is named for the engine, so that a reference
/// to it is unambiguous whatever digits follow it).
pub fn engine_name(n: usize) -> String {
    format!("g{n}")
}

fn flag_bit(c: char) -> Option<u32> {
    Some(match c {
        'a' => ASCII,
        'i' => IGNORECASE,
        'L' => LOCALE,
        'm' => MULTILINE,
        's' => DOTALL,
        'u' => UNICODE,
        'x' => VERBOSE,
        _ => return None,
    })
}

fn octal(digits: &[char]) -> u32 {
    digits
        .iter()
        .fold(0, |n, d| n * 8 + d.to_digit(8).unwrap_or(0))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(p: &str) -> String {
        let chars: Vec<char> = p.chars().collect();
        translate(&chars, 0, false).unwrap().pattern
    }

    fn err(p: &str) -> (String, usize) {
        let chars: Vec<char> = p.chars().collect();
        let e = translate(&chars, 0, false).unwrap_err();
        (e.message, e.pos)
    }

    #[test]
    fn pythons_spellings_become_the_engines() {
        assert_eq!(t(r"a\Z"), r"a\z");
        assert_eq!(t("a$"), r"a(?=\n?\z)");
        assert_eq!(t("a{"), r"a\{");
        assert_eq!(t("a{,3}"), "a{0,3}");
        assert_eq!(t(r"(?P<x>a)(?P=x)"), r"(?P<g1>a)(?:\k<g1>)");
        assert_eq!(t(r"(a)\1"), r"(?P<g1>a)(?:\k<g1>)");
        assert_eq!(t("[[&]"), r"[\x{5B}\x{26}]");
        assert_eq!(t("a(?#note)b"), "ab");
    }

    #[test]
    fn verbose_drops_whitespace_and_comments_outside_classes() {
        let chars: Vec<char> = "a b # c\n [ ]".chars().collect();
        assert_eq!(
            translate(&chars, VERBOSE, false).unwrap().pattern,
            r"ab[\x{20}]"
        );
    }

    #[test]
    fn bad_patterns_have_cpythons_messages_and_positions() {
        assert_eq!(err("*a"), ("nothing to repeat".into(), 0));
        assert_eq!(err("a**"), ("multiple repeat".into(), 2));
        assert_eq!(err("(a"), ("missing ), unterminated subpattern".into(), 0));
        assert_eq!(err("a)"), ("unbalanced parenthesis".into(), 1));
        assert_eq!(err("[a"), ("unterminated character set".into(), 0));
        assert_eq!(err(r"\q"), (r"bad escape \q".into(), 0));
        assert_eq!(err("[z-a]"), ("bad character range z-a".into(), 1));
        assert_eq!(err(r"(a)\2"), ("invalid group reference 2".into(), 4));
        assert_eq!(
            err("a{3,2}"),
            ("min repeat greater than max repeat".into(), 2)
        );
    }
}
