//! `_re`: the regular-expression engine under `hotpy/lib/re.py`, on fancy-regex (backreferences,
//! look-around, atomic groups, conditionals). `re.py` owns the Python objects (Pattern, Match,
//! the cache, templates); this module owns compiling (through `translate`), the compiled
//! patterns, and finding matches with CPython's positions (characters, not bytes) and its rule
//! for empty matches.
//!
//! A compiled pattern lives in a process-wide table for the rest of the run, found again by its
//! text and flags (so compiling a pattern twice costs a lookup); a Pattern object holds its
//! index.
//!
//! Must not: build Python objects beyond the tuples and lists of positions it returns.

pub mod translate;

use crate::values::{self, NONE, make_int};
use crate::vm::{Error, ThreadState};
use fancy_regex::{BytesMode, Regex, RegexBuilder, RegexInput};
use gvmt::rt::Value;
use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

type Kwargs<'a> = &'a [(String, Value)];

/// How far the engine may backtrack before a search fails with RuntimeError (CPython has no
/// limit; this one is far past what a pattern that ends in reasonable time needs).
const BACKTRACK_LIMIT: usize = 50_000_000;

/// A compiled pattern: the engine's regex for searches, and, made on first use, the one for
/// `fullmatch` and the one that refuses empty matches (for CPython's rule after an empty
/// match).
struct Compiled {
    text: String,
    flags: u32,
    bytes: bool,
    search: Regex,
    full: OnceLock<Option<Regex>>,
    not_empty: OnceLock<Option<Regex>>,
    groups: usize,
}

impl Compiled {
    fn build(&self, pattern: String, not_empty: bool) -> Option<Regex> {
        builder(pattern, self.flags, self.bytes, not_empty)
            .build()
            .ok()
    }

    fn full(&self) -> Option<&Regex> {
        self.full
            .get_or_init(|| self.build(format!("(?:{})\\z", self.text), false))
            .as_ref()
    }

    fn not_empty(&self) -> Option<&Regex> {
        self.not_empty
            .get_or_init(|| self.build(self.text.clone(), true))
            .as_ref()
    }
}

fn builder(pattern: String, flags: u32, bytes: bool, not_empty: bool) -> RegexBuilder {
    use translate::*;
    let mut b = RegexBuilder::new(&pattern);
    b.case_insensitive(flags & IGNORECASE != 0)
        .multi_line(flags & MULTILINE != 0)
        .dot_matches_new_line(flags & DOTALL != 0)
        .backtrack_limit(BACKTRACK_LIMIT)
        .find_not_empty(not_empty);
    if bytes {
        b.bytes_mode(BytesMode::Ascii);
    }
    b
}

#[derive(Default)]
struct Table {
    compiled: Vec<Arc<Compiled>>,
    index: HashMap<(String, u32, bool), usize>,
}

fn table() -> &'static Mutex<Table> {
    static TABLE: OnceLock<Mutex<Table>> = OnceLock::new();
    TABLE.get_or_init(Default::default)
}

fn compiled(id: Value) -> Result<Arc<Compiled>, Error> {
    let table = table().lock().unwrap_or_else(|e| e.into_inner());
    values::int_value(id)
        .and_then(|i| usize::try_from(i).ok())
        .and_then(|i| table.compiled.get(i).cloned())
        .ok_or_else(|| Error::new("ValueError", "not a compiled pattern"))
}

/// The character spans of a match's groups (None for a group that did not take part).
type Spans = Vec<Option<(usize, usize)>>;

/// The text searched: a str's, borrowed in place (the search does not allocate), with its
/// characters found through the thread's index of long non-ASCII strs (`char_index`), or a
/// bytes object's.
enum Haystack<'a> {
    Text {
        vm: &'a ThreadState,
        object: Value,
        text: &'a str,
        chars: usize,
    },
    Bytes(Vec<u8>),
}

impl<'a> Haystack<'a> {
    fn of(vm: &'a ThreadState, v: Value, bytes: bool) -> Result<Haystack<'a>, Error> {
        // A str (or bytes) subclass's instance: the value it carries.
        let v = crate::objects::class::builtin_subclasses::value_of(vm, v).unwrap_or(v);
        if bytes {
            return match crate::objects::bytes::value(vm, v) {
                Some(b) => Ok(Haystack::Bytes(b)),
                None => Err(Error::new(
                    "TypeError",
                    "cannot use a bytes pattern on a string-like object",
                )),
            };
        }
        let Some(text) = values::str_text(vm, v) else {
            return Err(Error::new(
                "TypeError",
                "cannot use a string pattern on a bytes-like object",
            ));
        };
        let chars = crate::generated::layouts::Str::nchars(gvmt::rt::Vm::vmctx(vm), v) as usize;
        Ok(Haystack::Text {
            vm,
            object: v,
            text,
            chars,
        })
    }

    /// The length in characters (bytes for bytes).
    fn len(&self) -> usize {
        match self {
            Haystack::Text { chars, .. } => *chars,
            Haystack::Bytes(b) => b.len(),
        }
    }

    fn byte_of(&self, char_pos: usize) -> usize {
        match self {
            Haystack::Text {
                vm,
                object,
                text,
                chars,
            } if *chars != text.len() => {
                crate::objects::str::char_index::offset_of(vm, *object, text, char_pos)
            }
            _ => char_pos,
        }
    }

    fn char_of(&self, byte_pos: usize) -> usize {
        match self {
            Haystack::Text {
                vm,
                object,
                text,
                chars,
            } if *chars != text.len() => {
                crate::objects::str::char_index::index_at(vm, *object, text, byte_pos)
            }
            _ => byte_pos,
        }
    }

    /// The match of `regex` in the first `end` characters from character `pos`, anchored at
    /// `pos` when `anchored`: the character spans of its groups (None for a group that did
    /// not take part).
    fn find(
        &self,
        regex: &Regex,
        pos: usize,
        end: usize,
        anchored: bool,
    ) -> Result<Option<Spans>, Error> {
        let (from, to) = (self.byte_of(pos), self.byte_of(end));
        let spans = match self {
            Haystack::Text { text, .. } => {
                let input = RegexInput::new(&text[..to])
                    .from_pos(from)
                    .anchored(anchored);
                regex
                    .captures_input(input)
                    .map_err(runtime_error)?
                    .map(|c| {
                        (0..c.len())
                            .map(|i| c.get(i).map(|m| (m.start(), m.end())))
                            .collect::<Vec<_>>()
                    })
            }
            Haystack::Bytes(b) => {
                let input = RegexInput::new(&b[..to]).from_pos(from).anchored(anchored);
                regex
                    .captures_input(input)
                    .map_err(runtime_error)?
                    .map(|c| {
                        (0..c.len())
                            .map(|i| c.get(i).map(|m| (m.start(), m.end())))
                            .collect::<Vec<_>>()
                    })
            }
        };
        Ok(spans.map(|spans| {
            spans
                .into_iter()
                .map(|s| s.map(|(a, b)| (self.char_of(a), self.char_of(b))))
                .collect()
        }))
    }
}

fn runtime_error(e: fancy_regex::Error) -> Error {
    Error::new(
        "RuntimeError",
        format!("regular expression search failed: {e}"),
    )
}

/// `(start0, end0, start1, end1, ...)` with -1 for a group that did not take part.
fn spans_tuple(
    vm: &mut ThreadState,
    spans: &[Option<(usize, usize)>],
    groups: usize,
) -> Result<Value, Error> {
    let mut items = Vec::with_capacity(2 * (groups + 1));
    for g in 0..=groups {
        let (a, b) = match spans.get(g).copied().flatten() {
            Some((a, b)) => (a as i64, b as i64),
            None => (-1, -1),
        };
        items.push(make_int(a)?);
        items.push(make_int(b)?);
    }
    crate::objects::sequence::new_tuple(vm, &items)
}

/// An int argument (a big one clamped to i64's range, which every position fits in).
fn int_arg(vm: &ThreadState, v: Value, what: &str) -> Result<i64, Error> {
    if let Some(i) = values::int_value(v) {
        return Ok(i);
    }
    if v == values::TRUE || v == values::FALSE {
        return Ok((v == values::TRUE) as i64);
    }
    match crate::objects::int::bigint::to_big(vm, v) {
        Some(b) => Ok(if b.sign() == num_bigint::Sign::Minus {
            i64::MIN
        } else {
            i64::MAX
        }),
        None => Err(Error::new(
            "TypeError",
            format!(
                "'{}' object cannot be interpreted as an integer ({what})",
                values::type_name(vm, v)
            ),
        )),
    }
}

/// `pos`/`endpos` clamped as CPython does.
fn bounds(
    vm: &ThreadState,
    hay: &Haystack,
    pos: Value,
    endpos: Value,
) -> Result<(usize, usize), Error> {
    let n = hay.len() as i64;
    let pos = int_arg(vm, pos, "pos")?.clamp(0, n) as usize;
    let end = if endpos == NONE {
        n
    } else {
        int_arg(vm, endpos, "endpos")?.clamp(0, n)
    } as usize;
    Ok((pos, end))
}

/// `_re.compile(pattern, flags)`: `(index, flags, groups, ((name, number), ...))`, or
/// `(message, position)` for a pattern Python rejects.
pub fn compile(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    let [pattern, flags] = super::native::args_n::<2>("compile", args, kwargs)?;
    let flags = int_arg(vm, flags, "flags")? as u32;
    let (chars, bytes): (Vec<char>, bool) = match values::str_value(vm, pattern) {
        Some(s) => (s.chars().collect(), false),
        None => match crate::objects::bytes::value(vm, pattern) {
            Some(b) => (b.iter().map(|&b| b as char).collect(), true),
            None => {
                return Err(Error::new(
                    "TypeError",
                    "first argument must be string or compiled pattern",
                ));
            }
        },
    };
    let key: String = chars.iter().collect();
    let found = {
        let table = table().lock().unwrap_or_else(|e| e.into_inner());
        table
            .index
            .get(&(key.clone(), flags, bytes))
            .map(|&i| (i, table.compiled[i].clone()))
    };
    let (index, c, names) = match found {
        Some((i, c)) => {
            // The names again (cheap next to a compile; patterns are cached by re.py too).
            let t = translate::translate(&chars, flags, bytes).ok();
            (i, c, t.map(|t| t.names).unwrap_or_default())
        }
        None => {
            let t = match translate::translate(&chars, flags, bytes) {
                Ok(t) => t,
                Err(e) => {
                    let message = values::new_str(vm, &e.message)?;
                    return crate::objects::sequence::new_tuple(
                        vm,
                        &[message, make_int(e.pos as i64)?],
                    );
                }
            };
            let search = match builder(t.pattern.clone(), t.flags, bytes, false).build() {
                Ok(r) => r,
                Err(e) => {
                    let message = values::new_str(vm, &format!("{e}"))?;
                    return crate::objects::sequence::new_tuple(vm, &[message, make_int(0)?]);
                }
            };
            let c = Arc::new(Compiled {
                text: t.pattern,
                flags: t.flags,
                bytes,
                search,
                full: OnceLock::new(),
                not_empty: OnceLock::new(),
                groups: t.groups,
            });
            let mut table = table().lock().unwrap_or_else(|e| e.into_inner());
            let i = table.compiled.len();
            table.compiled.push(c.clone());
            table.index.insert((key, flags, bytes), i);
            (i, c, t.names)
        }
    };
    let named = crate::objects::sequence::of_made(vm, names.len(), true, |vm, i| {
        let name = values::new_str(vm, &names[i].0)?;
        crate::objects::sequence::new_tuple(vm, &[name, make_int(names[i].1 as i64)?])
    })?;
    crate::objects::sequence::new_tuple(
        vm,
        &[
            make_int(index as i64)?,
            make_int(c.flags as i64)?,
            make_int(c.groups as i64)?,
            named,
        ],
    )
}

/// `_re.search(index, string, pos, endpos, mode)`: mode 0 searches, 1 matches at `pos`, 2
/// matches all of `string[pos:endpos]`. The spans tuple of the match, or None.
pub fn search(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    let [id, string, pos, endpos, mode] = super::native::args_n::<5>("search", args, kwargs)?;
    let c = compiled(id)?;
    let hay = Haystack::of(vm, string, c.bytes)?;
    let (pos, end) = bounds(vm, &hay, pos, endpos)?;
    if pos > end {
        return Ok(NONE);
    }
    let found = match int_arg(vm, mode, "mode")? {
        0 => hay.find(&c.search, pos, end, false)?,
        1 => hay.find(&c.search, pos, end, true)?,
        _ => match c.full() {
            Some(full) => hay.find(full, pos, end, true)?,
            None => None,
        },
    };
    match found {
        Some(spans) => spans_tuple(vm, &spans, c.groups),
        None => Ok(NONE),
    }
}

/// `_re.scan(index, string, pos, endpos, limit)`: the spans tuples of the successive matches
/// (at most `limit`, 0 for all), found as CPython finds them: each search starts where the
/// last match ended, and after an empty match the next may not be empty at the same place.
pub fn scan(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    let [id, string, pos, endpos, limit] = super::native::args_n::<5>("scan", args, kwargs)?;
    let c = compiled(id)?;
    let hay = Haystack::of(vm, string, c.bytes)?;
    let (mut pos, end) = bounds(vm, &hay, pos, endpos)?;
    let limit = int_arg(vm, limit, "limit")?.max(0) as usize;
    let mut found = vec![];
    let mut must_advance = false;
    while pos <= end && (limit == 0 || found.len() < limit) {
        let mut spans = hay.find(&c.search, pos, end, false)?;
        if must_advance
            && let Some(s) = &spans
            && s[0] == Some((pos, pos))
        {
            // An empty match where the last one ended: a non-empty one here, else any
            // match further on.
            spans = match c.not_empty() {
                Some(r) => hay.find(r, pos, end, true)?,
                None => None,
            };
            if spans.is_none() {
                if pos >= end {
                    break;
                }
                spans = hay.find(&c.search, pos + 1, end, false)?;
            }
        }
        let Some(spans) = spans else {
            break;
        };
        let (a, b) = spans[0].unwrap_or((pos, pos));
        must_advance = a == b;
        pos = b;
        found.push(spans);
    }
    crate::objects::sequence::of_made(vm, found.len(), false, |vm, i| {
        spans_tuple(vm, &found[i], c.groups)
    })
}
