//! The JSON scanner of CPython's `Modules/_json.c` (`scanstring_unicode`,
//! `scan_once_unicode`, `_match_number_unicode`), in two steps: [`Parser`] reads the text
//! into a [`Node`] tree without touching the heap, with CPython's error messages and
//! positions; [`build`] makes the Python values, calling the hooks (`object_hook`,
//! `object_pairs_hook`, `parse_float`, `parse_int`, `parse_constant`) in the order CPython
//! calls them (a post-order walk: a number's hook before its container's, in document order).
//!
//! Positions are byte offsets while parsing and character indexes at the interface (Python
//! indexes strs by character).
//!
//! Owns: reading JSON text. Must not: raise `JSONDecodeError` itself (the Python side,
//! `hotpy/lib/_json.py`, does from the message and position returned).

use crate::objects::sequence::{new_list, new_tuple};
use crate::values::{FALSE, NONE, TRUE, box_float, new_str};
use crate::vm::{Error, ThreadState};
use gvmt::rt::Value;

/// A JSON value read, before it becomes Python values.
pub enum Node {
    Null,
    True,
    False,
    /// An int's text (`-12`).
    Int(String),
    /// A float's text (`1.5e3`).
    Float(String),
    /// `NaN`, `Infinity` or `-Infinity`.
    Constant(&'static str),
    Str(String),
    Array(Vec<Node>),
    /// Members in document order (a key given twice is kept twice, as CPython passes both to
    /// `object_pairs_hook`).
    Object(Vec<(String, Node)>),
}

/// Why reading stopped.
pub enum Failure {
    /// No JSON value starts at this byte offset (CPython's StopIteration).
    NoValue(usize),
    /// A JSON syntax error: CPython's message and byte offset.
    Syntax(&'static str, usize),
    /// Nested deeper than the recursion limit allows: "array" or "object".
    TooDeep(&'static str),
    /// A `\uXXXX` escape of a lone surrogate, which a hotpy str cannot hold.
    LoneSurrogate(u32),
}

/// Reads JSON text (CPython's scanner state: `strict` forbids control characters in
/// strings; `depth` is how many more arrays and objects may nest).
pub struct Parser<'a> {
    s: &'a [u8],
    text: &'a str,
    strict: bool,
    depth: usize,
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r')
}

impl<'a> Parser<'a> {
    pub fn new(text: &'a str, strict: bool, depth: usize) -> Self {
        Parser {
            s: text.as_bytes(),
            text,
            strict,
            depth,
        }
    }

    fn skip_space(&self, mut i: usize) -> usize {
        while i < self.s.len() && is_space(self.s[i]) {
            i += 1;
        }
        i
    }

    fn starts(&self, i: usize, word: &str) -> bool {
        self.s[i..].starts_with(word.as_bytes())
    }

    /// The value starting at byte `i`, and the offset after it (`scan_once_unicode`).
    pub fn value(&mut self, i: usize) -> Result<(Node, usize), Failure> {
        let Some(&c) = self.s.get(i) else {
            return Err(Failure::NoValue(i));
        };
        match c {
            b'"' => {
                let (s, end) = self.string(i + 1)?;
                Ok((Node::Str(s), end))
            }
            b'{' | b'[' => {
                let what = if c == b'{' { "object" } else { "array" };
                if self.depth == 0 {
                    return Err(Failure::TooDeep(what));
                }
                self.depth -= 1;
                let result = if c == b'{' {
                    self.object(i + 1)
                } else {
                    self.array(i + 1)
                };
                self.depth += 1;
                result
            }
            b'n' if self.starts(i, "null") => Ok((Node::Null, i + 4)),
            b't' if self.starts(i, "true") => Ok((Node::True, i + 4)),
            b'f' if self.starts(i, "false") => Ok((Node::False, i + 5)),
            b'N' if self.starts(i, "NaN") => Ok((Node::Constant("NaN"), i + 3)),
            b'I' if self.starts(i, "Infinity") => Ok((Node::Constant("Infinity"), i + 8)),
            b'-' if self.starts(i, "-Infinity") => Ok((Node::Constant("-Infinity"), i + 9)),
            _ => self.number(i),
        }
    }

    /// A value inside an array or object: none there is "Expecting value".
    fn member(&mut self, i: usize) -> Result<(Node, usize), Failure> {
        self.value(i).map_err(|f| match f {
            Failure::NoValue(at) => Failure::Syntax("Expecting value", at),
            f => f,
        })
    }

    fn array(&mut self, start: usize) -> Result<(Node, usize), Failure> {
        let mut items = Vec::new();
        let mut i = self.skip_space(start);
        if self.s.get(i) == Some(&b']') {
            return Ok((Node::Array(items), i + 1));
        }
        loop {
            let (item, end) = self.member(i)?;
            items.push(item);
            i = self.skip_space(end);
            match self.s.get(i) {
                Some(b']') => return Ok((Node::Array(items), i + 1)),
                Some(b',') => i = self.skip_space(i + 1),
                _ => return Err(Failure::Syntax("Expecting ',' delimiter", i)),
            }
        }
    }

    fn object(&mut self, start: usize) -> Result<(Node, usize), Failure> {
        let mut members = Vec::new();
        let mut i = self.skip_space(start);
        if self.s.get(i) == Some(&b'}') {
            return Ok((Node::Object(members), i + 1));
        }
        loop {
            if self.s.get(i) != Some(&b'"') {
                return Err(Failure::Syntax(
                    "Expecting property name enclosed in double quotes",
                    i,
                ));
            }
            let (key, end) = self.string(i + 1)?;
            i = self.skip_space(end);
            if self.s.get(i) != Some(&b':') {
                return Err(Failure::Syntax("Expecting ':' delimiter", i));
            }
            i = self.skip_space(i + 1);
            let (value, end) = self.member(i)?;
            members.push((key, value));
            i = self.skip_space(end);
            match self.s.get(i) {
                Some(b'}') => return Ok((Node::Object(members), i + 1)),
                Some(b',') => i = self.skip_space(i + 1),
                _ => return Err(Failure::Syntax("Expecting ',' delimiter", i)),
            }
        }
    }

    /// `_match_number_unicode`: `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?`, the
    /// fraction and exponent taken only when complete.
    fn number(&self, start: usize) -> Result<(Node, usize), Failure> {
        let s = self.s;
        let digit = |i: usize| s.get(i).is_some_and(u8::is_ascii_digit);
        let mut i = start;
        if s.get(i) == Some(&b'-') {
            i += 1;
        }
        match s.get(i) {
            Some(b'1'..=b'9') => {
                i += 1;
                while digit(i) {
                    i += 1;
                }
            }
            Some(b'0') => i += 1,
            _ => return Err(Failure::NoValue(start)),
        }
        let mut is_float = false;
        if s.get(i) == Some(&b'.') && digit(i + 1) {
            is_float = true;
            i += 2;
            while digit(i) {
                i += 1;
            }
        }
        if matches!(s.get(i), Some(b'e' | b'E')) {
            let mut j = i + 1;
            if matches!(s.get(j), Some(b'-' | b'+')) {
                j += 1;
            }
            let digits = j;
            while digit(j) {
                j += 1;
            }
            if j > digits {
                is_float = true;
                i = j;
            }
        }
        let text = self.text[start..i].to_string();
        Ok((
            if is_float {
                Node::Float(text)
            } else {
                Node::Int(text)
            },
            i,
        ))
    }

    /// `scanstring_unicode`: the string whose text starts at byte `start` (after its opening
    /// quote), and the offset after its closing quote.
    pub fn string(&self, start: usize) -> Result<(String, usize), Failure> {
        let s = self.s;
        let begin = start.saturating_sub(1);
        let unterminated = Failure::Syntax("Unterminated string starting at", begin);
        let mut out = String::new();
        let mut end = start;
        loop {
            let mut next = end;
            while next < s.len() && s[next] != b'"' && s[next] != b'\\' {
                if self.strict && s[next] <= 0x1f {
                    return Err(Failure::Syntax("Invalid control character at", next));
                }
                next += 1;
            }
            let Some(&c) = s.get(next) else {
                return Err(unterminated);
            };
            out.push_str(&self.text[end..next]);
            next += 1;
            if c == b'"' {
                return Ok((out, next));
            }
            let Some(&escape) = s.get(next) else {
                return Err(unterminated);
            };
            if escape != b'u' {
                end = next + 1;
                out.push(match escape {
                    b'"' => '"',
                    b'\\' => '\\',
                    b'/' => '/',
                    b'b' => '\u{8}',
                    b'f' => '\u{c}',
                    b'n' => '\n',
                    b'r' => '\r',
                    b't' => '\t',
                    _ => return Err(Failure::Syntax("Invalid \\escape", end - 2)),
                });
                continue;
            }
            next += 1;
            end = next + 4;
            if end >= s.len() {
                return Err(Failure::Syntax("Invalid \\uXXXX escape", next - 1));
            }
            let hex4 = |at: usize| -> Result<u32, Failure> {
                let digits = &s[at..at + 4];
                std::str::from_utf8(digits)
                    .ok()
                    .filter(|d| d.bytes().all(|b| b.is_ascii_hexdigit()))
                    .and_then(|d| u32::from_str_radix(d, 16).ok())
                    .ok_or(Failure::Syntax("Invalid \\uXXXX escape", at - 1))
            };
            let mut code = hex4(next)?;
            if (0xd800..=0xdbff).contains(&code)
                && end + 6 < s.len()
                && s[end] == b'\\'
                && s[end + 1] == b'u'
            {
                let low = hex4(end + 2)?;
                if (0xdc00..=0xdfff).contains(&low) {
                    code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
                    end += 6;
                }
            }
            out.push(char::from_u32(code).ok_or(Failure::LoneSurrogate(code))?);
        }
    }
}

/// The hooks of a scanner; `None` where the default (float, int, the constants) applies.
pub struct Hooks {
    pub object_hook: Option<Value>,
    pub object_pairs_hook: Option<Value>,
    pub parse_float: Option<Value>,
    pub parse_int: Option<Value>,
    pub parse_constant: Option<Value>,
}

/// The hooks as handles (they are Python objects that must survive collections).
pub struct RootedHooks([Option<gvmt::gc::Handle>; 5]);

impl RootedHooks {
    pub fn new(vm: &mut ThreadState, hooks: &Hooks) -> Self {
        let mut root = |v: Option<Value>| v.map(|v| vm.mutator().root(v));
        RootedHooks([
            root(hooks.object_hook),
            root(hooks.object_pairs_hook),
            root(hooks.parse_float),
            root(hooks.parse_int),
            root(hooks.parse_constant),
        ])
    }

    fn get(&self, vm: &ThreadState, which: usize) -> Option<Value> {
        self.0[which].map(|h| vm.mutator_ref().get(h))
    }
}

const OBJECT_HOOK: usize = 0;
const OBJECT_PAIRS_HOOK: usize = 1;
const PARSE_FLOAT: usize = 2;
const PARSE_INT: usize = 3;
const PARSE_CONSTANT: usize = 4;

fn call_hook(
    vm: &mut ThreadState,
    hooks: &RootedHooks,
    which: usize,
    text: &str,
) -> Result<Option<Value>, Error> {
    let Some(hook) = hooks.get(vm, which) else {
        return Ok(None);
    };
    vm.handle_scope(|vm| {
        let h = vm.mutator().root(hook);
        let arg = new_str(vm, text)?;
        let hook = vm.mutator().get(h);
        vm.call(hook, &[arg], &[]).map(Some)
    })
}

/// The Python value of `node`, hooks called as CPython's scanner calls them.
pub fn build(vm: &mut ThreadState, node: &Node, hooks: &RootedHooks) -> Result<Value, Error> {
    match node {
        Node::Null => Ok(NONE),
        Node::True => Ok(TRUE),
        Node::False => Ok(FALSE),
        Node::Str(s) => new_str(vm, s),
        Node::Int(text) => match call_hook(vm, hooks, PARSE_INT, text)? {
            Some(v) => Ok(v),
            None => {
                let digits = text.trim_start_matches('-');
                if let Ok(i) = text.parse::<i64>() {
                    return crate::objects::int::bigint::from_i128(vm, i as i128);
                }
                crate::objects::int::str_digits::check_from_str(vm, digits.len(), 10)?;
                let value = crate::objects::int::bigint::parse(text, 10)
                    .ok_or_else(|| Error::new("ValueError", "invalid JSON number"))?;
                crate::objects::int::bigint::from_big(vm, &value)
            }
        },
        Node::Float(text) => match call_hook(vm, hooks, PARSE_FLOAT, text)? {
            Some(v) => Ok(v),
            None => {
                let f: f64 = text
                    .parse()
                    .map_err(|_| Error::new("ValueError", "invalid JSON number"))?;
                box_float(vm, f)
            }
        },
        Node::Constant(name) => match call_hook(vm, hooks, PARSE_CONSTANT, name)? {
            Some(v) => Ok(v),
            None => box_float(
                vm,
                match *name {
                    "NaN" => f64::NAN,
                    "Infinity" => f64::INFINITY,
                    _ => f64::NEG_INFINITY,
                },
            ),
        },
        Node::Array(items) => vm.handle_scope(|vm| {
            let mut handles = Vec::with_capacity(items.len());
            for item in items {
                let v = build(vm, item, hooks)?;
                handles.push(vm.mutator().root(v));
            }
            let values: Vec<Value> = handles.iter().map(|&h| vm.mutator().get(h)).collect();
            new_list(vm, &values)
        }),
        Node::Object(members) => build_object(vm, members, hooks),
    }
}

/// A JSON object: `object_pairs_hook(list of pairs)` if given, else a dict, passed to
/// `object_hook` if given.
fn build_object(
    vm: &mut ThreadState,
    members: &[(String, Node)],
    hooks: &RootedHooks,
) -> Result<Value, Error> {
    vm.handle_scope(|vm| {
        let pairs_hook = hooks.get(vm, OBJECT_PAIRS_HOOK).is_some();
        let mut handles = Vec::with_capacity(members.len() * 2);
        for (key, node) in members {
            let value = build(vm, node, hooks)?;
            let hv = vm.mutator().root(value);
            let key = new_str(vm, key)?;
            let hk = vm.mutator().root(key);
            if pairs_hook {
                let pair = [vm.mutator().get(hk), vm.mutator().get(hv)];
                let pair = new_tuple(vm, &pair)?;
                handles.push(vm.mutator().root(pair));
            } else {
                handles.extend([hk, hv]);
            }
        }
        if pairs_hook {
            let pairs: Vec<Value> = handles.iter().map(|&h| vm.mutator().get(h)).collect();
            let pairs = new_list(vm, &pairs)?;
            let hook = hooks.get(vm, OBJECT_PAIRS_HOOK).expect("checked above");
            return vm.call(hook, &[pairs], &[]);
        }
        let d = crate::objects::dict::new_dict(vm, members.len())?;
        let hd = vm.mutator().root(d);
        for pair in handles.chunks(2) {
            let (d, k, v) = (
                vm.mutator().get(hd),
                vm.mutator().get(pair[0]),
                vm.mutator().get(pair[1]),
            );
            crate::objects::dict::set(vm, d, k, v)?;
        }
        let d = vm.mutator().get(hd);
        match hooks.get(vm, OBJECT_HOOK) {
            Some(hook) => vm.call(hook, &[d], &[]),
            None => Ok(d),
        }
    })
}
