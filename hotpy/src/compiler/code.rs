//! Code objects: what the compiler produces and the VM runs.

use std::sync::Arc;

/// A constant of a code object, turned into a heap value when the code is loaded.
#[derive(Clone, Debug)]
pub enum Constant {
    None,
    Ellipsis,
    Bool(bool),
    Int(i64),
    /// An int literal beyond 64 bits (decimal digits).
    BigInt(String),
    Float(f64),
    /// An imaginary literal (`2j`): its imaginary part.
    Imaginary(f64),
    Str(String),
    Bytes(Vec<u8>),
    /// The code of a nested function (`def`).
    Code(Arc<CodeObject>),
}

/// Which frame-owning object a call of an `is_generator` function makes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Flavor {
    #[default]
    Generator,
    /// `async def` without `yield`.
    Coroutine,
    /// `async def` with `yield`.
    AsyncGenerator,
}

/// One compiled function or module body.
#[derive(Clone, Debug, Default)]
pub struct CodeObject {
    /// `<module>` or the function's name.
    pub name: String,
    /// The dotted name (`Class.method`, `outer.<locals>.inner`), for error messages.
    pub qualname: String,
    pub filename: String,
    pub code: Vec<u8>,
    pub constants: Vec<Constant>,
    /// Number of positional parameters (the first locals).
    pub nargs: usize,
    /// How many of those are positional-only (before `/`).
    pub posonly: usize,
    /// Number of keyword-only parameters (the locals after the positional ones).
    pub kwonly: usize,
    /// A `*args` parameter (the local after the keyword-only ones).
    pub varargs: bool,
    /// A `**kwargs` parameter (the local after that).
    pub varkw: bool,
    /// Calling the function makes an object that owns its frame: a generator (the body
    /// yields), a coroutine or an async generator (`async def`), as `flavor` says.
    pub is_generator: bool,
    pub flavor: Flavor,
    /// The docstring (a string literal as the body's first statement).
    pub doc: Option<String>,
    /// The line the definition starts on (its first decorator's; 1 for a module).
    pub first_line: u32,
    /// Names of the locals, parameters first.
    pub varnames: Vec<String>,
    /// `(pc, line)` at each change of source line, in pc order.
    pub lines: Vec<(usize, u32)>,
    /// `(pc, span)` at each change of source span, in pc order (tracebacks' carets).
    pub spans: Vec<(usize, super::builder::Span)>,
    /// Stack slots the code needs (from gvmt's bytecode analysis).
    pub max_stack: usize,
    /// Exception handlers, innermost first for nested `try`s.
    pub handlers: Vec<Handler>,
    /// Where exceptions are being handled (for implicit chaining, `__context__`).
    pub handling: Vec<Handling>,
    /// Local slots that hold cells (variables inner functions capture), made at entry.
    pub cells: Vec<usize>,
    /// The slots of the free variables, in closure order (filled with the closure's cells).
    pub frees: Vec<usize>,
    /// The source and mode of a module body `compile()` made (None for every other code).
    pub compiled_from: Option<Arc<super::CompiledFrom>>,
    /// A `yield` (or `yield from`, `await`) inside a `try` or `with`: a generator dropped
    /// while suspended there must be closed, to run the `finally` or `__exit__`
    /// (`vm/finalizers.rs`).
    pub yields_in_handler: bool,
}

/// An exception handler: an exception raised by an instruction in `start..end` continues at
/// `target` with the stack cut to `depth` values and the exception pushed on it.
#[derive(Clone, Copy, Debug)]
pub struct Handler {
    pub start: usize,
    pub end: usize,
    pub target: usize,
    pub depth: usize,
}

/// Where a frame keeps the exception it is handling.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExcSlot {
    Local(usize),
    Global(usize),
}

/// Code that runs while an exception is being handled (an `except` body, a `finally` or
/// `__exit__` run for an exception): exceptions raised in `start..end` get the one in `exc`
/// as their `__context__`.
#[derive(Clone, Copy, Debug)]
pub struct Handling {
    pub start: usize,
    pub end: usize,
    pub exc: ExcSlot,
}

impl CodeObject {
    /// A class body's code: its one parameter is the namespace mapping its names are kept
    /// in (`statements::class_def`; no Python name starts with a dot).
    pub fn is_class_body(&self) -> bool {
        self.varnames.first().is_some_and(|n| n == ".namespace")
    }

    /// Where the exception being handled at `pc` is kept (the innermost handling range).
    pub fn handling_at(&self, pc: usize) -> Option<ExcSlot> {
        self.handling
            .iter()
            .filter(|h| (h.start..h.end).contains(&pc))
            .max_by_key(|h| h.start)
            .map(|h| h.exc)
    }

    /// True if a call with `n` positional arguments and no keywords binds them directly.
    pub fn simple_call(&self, n: usize) -> bool {
        n == self.nargs && self.kwonly == 0 && !self.varargs && !self.varkw
    }

    /// `Some(nargs)` when a call of exactly `nargs` positional arguments binds by copying
    /// them into the first locals and nothing else: no keyword-only parameters, `*args`,
    /// `**kwargs`, cells or free variables, and not a generator.
    pub fn plain_arity(&self) -> Option<usize> {
        let plain = self.simple_call(self.nargs)
            && self.cells.is_empty()
            && self.frees.is_empty()
            && !self.is_generator;
        plain.then_some(self.nargs)
    }

    /// The handler covering `pc`, innermost first.
    pub fn handler_at(&self, pc: usize) -> Option<Handler> {
        self.handlers
            .iter()
            .find(|h| (h.start..h.end).contains(&pc))
            .copied()
    }

    /// The source span of the instruction at `pc`, if the compiler recorded one.
    pub fn span_at(&self, pc: usize) -> Option<super::builder::Span> {
        match self.spans.binary_search_by(|(p, _)| p.cmp(&pc)) {
            Ok(i) => Some(self.spans[i].1),
            Err(0) => None,
            Err(i) => Some(self.spans[i - 1].1),
        }
        .filter(|s| s.line > 0)
    }

    /// The source line of the instruction at `pc`.
    pub fn line_at(&self, pc: usize) -> u32 {
        match self.lines.binary_search_by(|(p, _)| p.cmp(&pc)) {
            Ok(i) => self.lines[i].1,
            Err(0) => self.lines.first().map_or(1, |l| l.1),
            Err(i) => self.lines[i - 1].1,
        }
    }
}
