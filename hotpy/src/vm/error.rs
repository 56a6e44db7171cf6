//! What a runtime function's failure carries ([`Error`]): a Python exception on its way up
//! ([`PyException`], with its traceback) or a VM-level unwind ([`Unwind`]), and CPython's
//! report of an uncaught one.
//!
//! Owns: the error types and their printing. Must not: touch the heap (an exception's object
//! is pinned; reading it is the caller's business).

use std::fmt;

/// What a runtime function's failure carries: a Python exception, or a VM-level unwind that
/// no Python code may catch.
///
/// An [`Unwind`] (the STM's abort) passes through every `except`, handler table and Rust
/// fallback: code that handles errors must test [`Error::is`] (false for an unwind) or take
/// the exception with [`Error::into_exception`], which hands an unwind straight back.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Error {
    /// A Python exception (boxed: a `Result` of a value and an `Error` stays two words).
    Exception(Box<PyException>),
    /// A VM-level unwind to the dispatch loop that owns the restart point.
    Unwind(Unwind),
}

/// The VM-level unwinds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unwind {
    /// Abandon the work since the last restart point (an STM abort, or an injected one in
    /// tests), restore the thread's frames there and run again.
    Abort,
    /// Under the STM backend: the thread waited between transactions (for a lock) in the
    /// middle of an instruction that has changed nothing yet; run the instruction again, in
    /// a new transaction that sees what the others committed meanwhile.
    Retry,
}

/// A Python exception on its way up: its class name, message, and the frames it left
/// (innermost first). One raised from Python also carries its exception object (pinned, so
/// the collector keeps and moves it); one raised by Rust code gets an object only if caught.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PyException {
    pub kind: &'static str,
    /// The nearest builtin class (`kind` itself unless a Python class raised it), for Rust code
    /// that checks for `StopIteration`, `KeyError`...
    pub builtin_kind: &'static str,
    pub message: String,
    pub traceback: Vec<TraceEntry>,
    pub object: Option<gvmt::gc::Pinned>,
    /// A SyntaxError's own location lines (file, line, text, caret), printed after the frames.
    pub location: Option<String>,
    /// A NameError's or AttributeError's missing name (CPython's `name` and `obj`).
    pub missing: Option<Box<MissingName>>,
}

/// What a NameError or AttributeError raised by the VM was looking for: the exception
/// object's `name` and `obj` attributes, and what the uncaught report's "Did you mean"
/// searches.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MissingName {
    pub name: String,
    /// AttributeError: the object searched.
    pub obj: Option<gvmt::gc::Pinned>,
    /// NameError: the module and the code (its index in the code table) that looked.
    pub scope: Option<(usize, Option<usize>)>,
}

impl Error {
    /// A Python exception of builtin class `kind`.
    pub fn new(kind: &'static str, message: impl Into<String>) -> Error {
        Error::Exception(Box::new(PyException::new(kind, message)))
    }

    /// True for a Python exception whose nearest builtin class is `builtin_kind`; never for
    /// an unwind.
    pub fn is(&self, builtin_kind: &str) -> bool {
        matches!(self, Error::Exception(e) if e.builtin_kind == builtin_kind)
    }

    /// This error, noted as a NameError or AttributeError (of the VM's making) that was
    /// looking for `missing`; other errors and ones already noted are returned as they are.
    pub fn with_missing(self, missing: impl FnOnce() -> MissingName) -> Error {
        match self {
            Error::Exception(mut e)
                if e.object.is_none()
                    && e.missing.is_none()
                    && matches!(e.builtin_kind, "NameError" | "AttributeError") =>
            {
                e.missing = Some(Box::new(missing()));
                Error::Exception(e)
            }
            other => other,
        }
    }

    /// True for a Python exception (which Python code may catch).
    pub fn is_exception(&self) -> bool {
        matches!(self, Error::Exception(_))
    }

    /// The exception's message ("" for an unwind).
    pub fn message(&self) -> &str {
        self.exception().map_or("", |e| e.message.as_str())
    }

    /// The Python exception, if this is one.
    pub fn exception(&self) -> Option<&PyException> {
        match self {
            Error::Exception(e) => Some(e),
            Error::Unwind(_) => None,
        }
    }

    pub fn exception_mut(&mut self) -> Option<&mut PyException> {
        match self {
            Error::Exception(e) => Some(e),
            Error::Unwind(_) => None,
        }
    }

    /// The Python exception to handle, or `Err(self)` for an unwind, so that
    /// `let e = error.into_exception()?;` passes unwinds on.
    pub fn into_exception(self) -> Result<PyException, Error> {
        match self {
            Error::Exception(e) => Ok(*e),
            unwind => Err(unwind),
        }
    }

    /// CPython's report of an uncaught error (see [`PyException::report`]).
    pub fn report(&self) -> String {
        match self {
            Error::Exception(e) => e.report(),
            Error::Unwind(u) => format!("SystemError: an unwind ({u:?}) reached the top level\n"),
        }
    }
}

impl From<PyException> for Error {
    fn from(e: PyException) -> Error {
        Error::Exception(Box::new(e))
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Exception(e) => e.fmt(f),
            Error::Unwind(u) => write!(f, "<unwind {u:?}>"),
        }
    }
}

/// CPython's note for a traceback line printed three times and then repeated `repeats - 2`
/// more times (nothing for fewer).
fn repeated_message(repeats: usize) -> String {
    if repeats >= 3 {
        let more = repeats - 2;
        let plural = if more == 1 { "" } else { "s" };
        format!("  [Previous line repeated {more} more time{plural}]\n")
    } else {
        String::new()
    }
}

/// One frame of a traceback.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TraceEntry {
    pub filename: String,
    pub line: u32,
    pub function: String,
    /// The span of the instruction the frame was at (line, end line, start and end column
    /// in UTF-8 bytes), where the compiler recorded one.
    pub span: Option<(u32, u32, u32, u32)>,
    /// The call depth of the frame (a frame that catches and re-raises appears once).
    pub depth: usize,
}

impl PyException {
    pub fn new(kind: &'static str, message: impl Into<String>) -> PyException {
        PyException {
            kind,
            builtin_kind: kind,
            message: message.into(),
            traceback: vec![],
            object: None,
            location: None,
            missing: None,
        }
    }

    /// CPython's report: `Traceback (most recent call last):`, the frames outermost first,
    /// then `Kind: message`.
    pub fn report(&self) -> String {
        let mut out = String::new();
        if !self.traceback.is_empty() {
            out.push_str("Traceback (most recent call last):\n");
            out.push_str(&self.format_stack());
        }
        out.push_str(&self.format_exception_only());
        out
    }

    /// The frames, outermost first: `  File "f.py", line 3, in g` and the source line.
    pub fn format_stack(&self) -> String {
        let mut out = String::new();
        let mut sources: std::collections::HashMap<&str, Option<String>> = Default::default();
        // CPython prints a line repeated more than three times in a row three times, then
        // how many more times it was repeated.
        let mut previous: Option<&TraceEntry> = None;
        let mut repeats = 0;
        for e in self.traceback.iter().rev() {
            let same = previous.is_some_and(|p| {
                p.filename == e.filename && p.line == e.line && p.function == e.function
            });
            if same {
                repeats += 1;
            } else {
                out.push_str(&repeated_message(repeats));
                repeats = 0;
            }
            previous = Some(e);
            if repeats >= 3 {
                continue;
            }
            out.push_str(&format!(
                "  File \"{}\", line {}, in {}\n",
                e.filename, e.line, e.function
            ));
            // The source line, as CPython shows it (for programs read from files).
            let source = sources
                .entry(e.filename.as_str())
                .or_insert_with(|| std::fs::read_to_string(&e.filename).ok());
            if let Some(line) = source
                .as_deref()
                .and_then(|s| s.lines().nth((e.line as usize).saturating_sub(1)))
                .map(str::trim)
                .filter(|l| !l.is_empty())
            {
                out.push_str(&format!("    {line}\n"));
            }
        }
        out.push_str(&repeated_message(repeats));
        out
    }

    /// A SyntaxError's location lines, then `Kind: message` (CPython's
    /// `format_exception_only`, without the notes: they are on the object).
    pub fn format_exception_only(&self) -> String {
        let mut out = String::new();
        if let Some(location) = &self.location {
            if self.traceback.is_empty() {
                out.push_str("Traceback (most recent call last):\n");
            }
            out.push_str(location);
        }
        out.push_str(&format!("{self}\n"));
        out
    }
}

impl fmt::Display for PyException {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.message.is_empty() {
            write!(f, "{}", self.kind)
        } else {
            write!(f, "{}: {}", self.kind, self.message)
        }
    }
}
