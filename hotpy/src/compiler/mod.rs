//! The compiler: Python source → code objects in the bytecode `../spec` defines. Parsing is
//! `ruff_python_parser`'s; scopes, names and bytecode are ours.
//!
//! This file owns the entry points (`compile_module`, `compile_interactive`, `compile_eval`,
//! `compile_exec`), compile errors and the per-code-object [`Unit`] (its builder, scope,
//! names and the finishing of a code object); `statements.rs` and `expressions.rs` compile
//! the two halves of the grammar, `functions.rs` `def`/`lambda`, `comprehensions.rs`
//! comprehensions, `protect.rs` `try`/`with`. A construct hotpy lacks is reported as
//! `NotImplementedError` naming it, never miscompiled.

mod builder;
pub mod code;
mod comprehensions;
mod coroutines;
pub mod dis;
mod except_star;
mod expressions;
mod functions;
mod namespace;
mod patterns;
mod protect;
mod scope;
mod slots;
mod source_limits;
pub mod source_text;
mod statements;
mod str_appends;
mod syntax_errors;
mod syntax_tree;

use builder::{Builder, Label};
use code::{CodeObject, Constant};
pub use namespace::compile_in_namespace;
use ruff_python_ast::{self as ast, Stmt};
use ruff_text_size::{Ranged, TextRange, TextSize};
use scope::{ScopeInfo, Scopes};
use slots::Slots;
use std::collections::BTreeSet;
use std::sync::Arc;

/// A program that cannot be compiled: a syntax error, or a construct hotpy lacks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileError {
    /// `SyntaxError` or `NotImplementedError`.
    pub kind: &'static str,
    pub message: String,
    pub line: u32,
    /// 1-based column of the first character CPython's caret line marks; 0: no caret line.
    pub column: u32,
    /// 1-based column just after the marked text (`column + 1` or less: one caret); 0 with a
    /// column: the error has an offset but CPython shows no caret line.
    pub end_column: u32,
}

impl CompileError {
    /// CPython's lines locating a syntax error in `source` (read from `filename`): the file
    /// and line, the source line, and a caret line under the marked text.
    pub fn location(&self, filename: &str, source: &str) -> String {
        let mut out = format!("  File \"{filename}\", line {}\n", self.line);
        let text = source
            .lines()
            .nth((self.line as usize).saturating_sub(1))
            .unwrap_or("");
        let trimmed = text.trim_start();
        out.push_str(&format!("    {}\n", trimmed.trim_end()));
        if self.column > 0 && self.end_column > 0 {
            let indent = text.len() - trimmed.len();
            let caret = (self.column as usize).saturating_sub(indent).max(1);
            let width = self.end_column.saturating_sub(self.column).max(1) as usize;
            out.push_str(&format!(
                "    {}{}\n",
                " ".repeat(caret - 1),
                "^".repeat(width)
            ));
        }
        out
    }
}

/// How deeply statements and expressions may nest: CPython 3.11's compiler allows three
/// times the recursion limit (1,000); in a script, `x = 1 + 1 + ... + 1` of 2,999 terms
/// (3,000 levels: the statement, 2,998 additions, a constant) compiles and one more term is
/// too deep, for both.
const MAX_NESTING: usize = 3000;

/// CPython's `CO_MAXBLOCKS`: static blocks (loops, `with`, `try`, `except`, `finally`) open
/// at once in one function.
const MAX_BLOCKS: usize = 20;

/// A compiled module: its body and the names of its globals (indexed by `LOAD_GLOBAL`).
#[derive(Clone, Debug)]
pub struct Module {
    pub code: Arc<CodeObject>,
    pub globals: Vec<String>,
}

/// Byte offsets of line starts, to turn source ranges into lines and columns.
struct Lines {
    starts: Vec<usize>,
    source: String,
    /// `from __future__ import annotations`: annotations are kept as their source text.
    annotations_as_text: bool,
}

impl Lines {
    fn new(source: &str) -> Lines {
        let mut starts = vec![0];
        starts.extend(source.match_indices('\n').map(|(i, _)| i + 1));
        Lines {
            starts,
            source: source.to_string(),
            annotations_as_text: false,
        }
    }

    /// The span of `range` as `co_positions()` gives it (columns in UTF-8 bytes, 0-based).
    fn span(&self, range: TextRange) -> builder::Span {
        let at = |offset: TextSize| {
            let offset = offset.to_usize().min(self.source.len());
            let line = self.starts.partition_point(|&s| s <= offset);
            (line as u32, (offset - self.starts[line - 1]) as u32)
        };
        let (line, col) = at(range.start());
        let (end_line, end_col) = at(range.end());
        builder::Span {
            line,
            end_line,
            col,
            end_col,
        }
    }

    fn locate(&self, offset: TextSize) -> (u32, u32) {
        let offset = offset.to_usize();
        let line = self.starts.partition_point(|&s| s <= offset);
        // Columns count characters, as CPython's do.
        let start = self.starts[line - 1];
        let column = self
            .source
            .get(start..offset)
            .map_or(offset - start, |text| text.chars().count());
        // Saturating: a scope key past the source (`scope::namespace_key`) has no column.
        (line as u32, (column as u32).saturating_add(1))
    }

    /// An error of `kind` marking `start..end` (one caret if the range leaves its line).
    fn error(
        &self,
        kind: &'static str,
        message: String,
        start: TextSize,
        end: TextSize,
    ) -> CompileError {
        let (line, column) = self.locate(start);
        let (end_line, end_column) = self.locate(end);
        CompileError {
            kind,
            message,
            line,
            column,
            end_column: if end_line == line {
                end_column
            } else {
                column + 1
            },
        }
    }
}

pub fn compile_module(source: &str, filename: &str) -> std::result::Result<Module, CompileError> {
    compile(source, filename, vec![], false)
}

/// Compiles one input of the interactive interpreter: `globals` are the names earlier inputs
/// defined (their indices stay the same), and the value of each top-level expression
/// statement is printed (PRINT_EXPR).
pub fn compile_interactive(
    source: &str,
    filename: &str,
    globals: Vec<String>,
) -> std::result::Result<Module, CompileError> {
    compile(source, filename, globals, true)
}

/// Compiles the source of `eval()`: one expression, whose value the code returns. `globals`
/// are the running module's names (their indices stay the same).
pub fn compile_eval(
    source: &str,
    filename: &str,
    globals: Vec<String>,
) -> std::result::Result<Module, CompileError> {
    let mut globals = Slots::new(globals);
    let lines = Lines::new(source);
    let trimmed = source.trim();
    let parsed = parse_within_limits(trimmed, &Lines::new(trimmed), |s| {
        ruff_python_parser::parse_expression(s)
    })?;
    let expr = parsed.expr();
    let wrapper = [Stmt::Expr(ast::StmtExpr {
        node_index: Default::default(),
        range: expr.range(),
        value: Box::new(expr.clone()),
    })];
    let scopes = Scopes::analyse(&wrapper)
        .map_err(|e| lines.error("SyntaxError", e.message, e.at, e.end))?;
    let mut unit = Unit::new("<module>", filename, None, &lines, &mut globals, &scopes);
    unit.set_line(expr);
    unit.expr(expr)?;
    unit.b.emit("RETURN_VALUE", &[]);
    let code = unit.finish()?;
    Ok(Module {
        code: Arc::new(code),
        globals: globals.into_names(),
    })
}

/// What `compile()` compiles a source as (its `mode` argument).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Statements (`'exec'`).
    Exec,
    /// One expression, whose value the code returns (`'eval'`).
    Eval,
    /// One interactive statement, whose expressions' values are printed (`'single'`).
    Single,
}

/// The source `compile()` was given, kept with the code object it made: hotpy binds global
/// names to a module's slots when it compiles, so code run in another namespace by `exec` or
/// `eval` is compiled again from this, against that namespace's names.
#[derive(Clone, Debug)]
pub struct CompiledFrom {
    pub source: String,
    pub mode: Mode,
}

/// Compiles `source` as `mode` against `globals` (the names of the module it will run in);
/// the code keeps its source (`CodeObject::compiled_from`).
pub fn compile_source(
    source: &str,
    filename: &str,
    mode: Mode,
    globals: Vec<String>,
) -> std::result::Result<Module, CompileError> {
    let mut module = match mode {
        Mode::Single => {
            let module = compile(source, filename, globals, true)?;
            one_statement(source)?;
            module
        }
        Mode::Exec => compile(source, filename, globals, false)?,
        Mode::Eval => compile_eval(source, filename, globals)?,
    };
    let mut code = (*module.code).clone();
    code.compiled_from = Some(Arc::new(CompiledFrom {
        source: source.to_string(),
        mode,
    }));
    module.code = Arc::new(code);
    Ok(module)
}

/// `compile(..., ast.PyCF_ONLY_AST)`: the syntax tree of `source` parsed as `mode`, as the
/// Python source that builds it from `_ast`'s node classes (`syntax_tree.rs`). Only the
/// parser's errors are raised (as CPython's `ast.parse`, which does not compile).
pub fn syntax_tree(source: &str, mode: Mode) -> std::result::Result<String, CompileError> {
    let lines = Lines::new(source);
    let unsupported = |e: syntax_tree::Unsupported| {
        lines.error(
            "SyntaxError",
            "invalid syntax".to_string(),
            e.0.start(),
            e.0.end(),
        )
    };
    let writer = syntax_tree::TreeWriter::new(source);
    match mode {
        Mode::Eval => {
            let parsed = parse_within_limits(source, &lines, ruff_python_parser::parse_expression)?;
            writer.expression(parsed.expr()).map_err(unsupported)
        }
        Mode::Exec => {
            let parsed = parse_within_limits(source, &lines, ruff_python_parser::parse_module)?;
            writer.module(&parsed.syntax().body).map_err(unsupported)
        }
        Mode::Single => {
            let parsed = parse_within_limits(source, &lines, ruff_python_parser::parse_module)?;
            one_statement(source)?;
            writer
                .interactive(&parsed.syntax().body)
                .map_err(unsupported)
        }
    }
}

/// `compile(..., 'single')` takes one statement: simple statements may share its line
/// (`x = 1; y = 2`), but a statement on a later line is CPython's SyntaxError.
fn one_statement(source: &str) -> std::result::Result<(), CompileError> {
    let Ok(parsed) = ruff_python_parser::parse_module(source) else {
        return Ok(());
    };
    let [first, second, ..] = parsed.syntax().body.as_slice() else {
        return Ok(());
    };
    let between = &source[first.end().to_usize()..second.start().to_usize()];
    if !between.contains('\n') {
        return Ok(());
    }
    let lines = Lines::new(source);
    let compound = matches!(
        first,
        Stmt::If(_)
            | Stmt::For(_)
            | Stmt::While(_)
            | Stmt::With(_)
            | Stmt::Try(_)
            | Stmt::FunctionDef(_)
            | Stmt::ClassDef(_)
            | Stmt::Match(_)
    );
    Err(if compound {
        let at = second.start();
        lines.error(
            "SyntaxError",
            "invalid syntax".into(),
            at,
            at + TextSize::from(1),
        )
    } else {
        let at = first.start();
        lines.error(
            "SyntaxError",
            "multiple statements found while compiling a single statement".into(),
            at,
            first.end(),
        )
    })
}

/// Compiles the source of `exec()` against the running module's `globals`.
pub fn compile_exec(
    source: &str,
    filename: &str,
    globals: Vec<String>,
) -> std::result::Result<Module, CompileError> {
    compile(source, filename, globals, false)
}

fn compile(
    source: &str,
    filename: &str,
    globals: Vec<String>,
    interactive: bool,
) -> std::result::Result<Module, CompileError> {
    let mut globals = Slots::new(globals);
    let mut lines = Lines::new(source);
    let parsed = parse_within_limits(source, &lines, ruff_python_parser::parse_module)?;
    lines.annotations_as_text = parsed.syntax().body.iter().any(|s| {
        matches!(s, Stmt::ImportFrom(i)
            if i.module.as_ref().is_some_and(|m| m.id.as_str() == "__future__")
                && i.names.iter().any(|n| n.name.id.as_str() == "annotations"))
    });
    let scopes = Scopes::analyse(&parsed.syntax().body)
        .map_err(|e| lines.error("SyntaxError", e.message, e.at, e.end))?;
    let mut unit = Unit::new("<module>", filename, None, &lines, &mut globals, &scopes);
    unit.interactive = interactive;
    if !interactive {
        unit.setup_annotations(&parsed.syntax().body);
    }
    unit.body(&parsed.syntax().body)?;
    let code = unit.finish()?;
    Ok(Module {
        code: Arc::new(code),
        globals: globals.into_names(),
    })
}

/// `parse(source)`, with CPython's tokenizer limits (`source_limits.rs`): a limit the source
/// passes anywhere is the error, before any parse error.
fn parse_within_limits<T>(
    source: &str,
    lines: &Lines,
    parse: impl FnOnce(&str) -> std::result::Result<T, ruff_python_parser::ParseError>,
) -> std::result::Result<T, CompileError> {
    let limit = source_limits::check(source);
    let limit_error = |l: source_limits::LimitError| {
        let mut e = lines.error(
            l.kind,
            l.message.to_string(),
            l.at,
            l.at + TextSize::from(1),
        );
        if !l.caret {
            e.end_column = 0;
        }
        e
    };
    match parse(source) {
        Ok(parsed) => match limit {
            Some(l) => Err(limit_error(l)),
            None => Ok(parsed),
        },
        // CPython's tokenizer reads the whole source before a syntax error is reported:
        // its errors come first wherever they are.
        Err(e) => match limit {
            Some(l) => Err(limit_error(l)),
            None => Err(parse_error(source, lines, &e)),
        },
    }
}

/// A parse error as CPython words it (`syntax_errors.rs`).
fn parse_error(source: &str, lines: &Lines, e: &ruff_python_parser::ParseError) -> CompileError {
    let cpython = syntax_errors::translate(source, e, |at| lines.locate(at).0);
    let mut error = lines.error(cpython.kind, cpython.message, cpython.at, cpython.end);
    if !cpython.caret {
        error.column = 0;
    }
    error
}

/// The compilation of one code object (the module body or a function).
struct Unit<'a> {
    name: String,
    filename: String,
    b: Builder,
    /// `None` in the module body (every name is global).
    locals: Option<Slots>,
    nargs: usize,
    lines: &'a Lines,
    globals: &'a mut Slots,
    /// `(continue, break)` targets of the enclosing loops, and how many cleanups were active
    /// where each loop starts (a `break` runs those above).
    loops: Vec<(Label, Label, usize)>,
    /// Protected regions being compiled (`try`, `with`), outermost first.
    regions: Vec<protect::OpenRegion>,
    /// `finally` bodies and `with` exits that a `return`, `break` or `continue` must run.
    cleanups: Vec<protect::ActiveCleanup>,
    /// Values the enclosing `for` loops keep on the stack (their iterators): the stack depth
    /// at the start of every statement.
    depth: usize,
    /// Hidden variables holding the exceptions the enclosing `except` clauses handle (for a
    /// bare `raise`).
    handling: Vec<String>,
    /// `(matched, state)` hidden names of each `except*` clause being compiled: a bare
    /// `raise` in one re-raises its matched group through the state.
    star_clauses: Vec<(String, String)>,
    handlers: Vec<code::Handler>,
    /// `(start, end, hidden name)`: code running while the exception in the name is handled.
    handling_ranges: Vec<(usize, usize, String)>,
    hidden: usize,
    /// Prefix of the qualified names of functions and classes defined in this unit.
    qualprefix: String,
    /// The innermost class this code is in (its body, or a function in it), whose name
    /// private names (`__x`) are mangled with.
    private_class: Option<String>,
    qualname: String,
    scopes: &'a Scopes,
    /// Locals that hold cells (captured by inner functions).
    cells: BTreeSet<String>,
    /// Free variables, in closure order; their slots follow the other locals.
    frees: Vec<String>,
    /// The slot of the first free variable. A class body may have a local of the same name
    /// as a free variable (`x = 2` in the class, `x` of the enclosing function used by a
    /// method): the two are different variables with different slots.
    free_base: usize,
    /// The names this unit declares `global`.
    declared_globals: BTreeSet<String>,
    /// Statements and expressions (of this unit and the ones around it) being compiled.
    nesting: usize,
    /// CPython's static blocks open where the compiler is ([`Unit::in_blocks`]).
    blocks: usize,
    /// Positional-only and keyword-only parameter counts, `*args` and `**kwargs`.
    posonly: usize,
    kwonly: usize,
    varargs: bool,
    varkw: bool,
    /// The body yields (so calling it makes a generator).
    is_generator: bool,
    /// An `async def` body (or an async comprehension's): `await` is allowed, and calling
    /// it makes a coroutine (an async generator if it also yields).
    is_async: bool,
    /// The first `return value` of an `async def` body (a SyntaxError if it also yields).
    value_return: Option<ruff_text_size::TextRange>,
    /// The interactive interpreter's top level: expression statements print their value.
    interactive: bool,
    /// A class body: like the module, it keeps annotations in `__annotations__`.
    class_body: bool,
    /// A class body whose names live in its namespace mapping (local 0, what the
    /// metaclass's `__prepare__` made), as CPython's do: loads, stores and deletions go
    /// through the mapping (its `__setitem__` sees every assignment, in order).
    class_namespace: bool,
    /// The line the definition starts on (`co_firstlineno`).
    first_line: u32,
    /// Locals `+=` may append to in place, each with its owner's slot
    /// (`compiler/str_appends.rs`).
    str_owners: std::collections::HashMap<String, i64>,
}

type Result<T> = std::result::Result<T, CompileError>;

/// Where a name lives in a unit ([`Unit::place`]).
#[derive(Clone, Copy, Debug)]
enum Place {
    /// A slot holding a cell: a local captured by an inner function, or a free variable.
    Cell(i64),
    /// A plain local slot (a class body's: its namespace entry).
    Local(i64),
    Global,
}

/// CPython's `BINARY_OP` operator codes.
fn binary_code(op: ast::Operator) -> Option<i64> {
    use ast::Operator::*;
    Some(match op {
        Add => 0,
        FloorDiv => 2,
        Mult => 5,
        Mod => 6,
        Pow => 8,
        Sub => 10,
        Div => 11,
        BitAnd => 1,
        BitOr => 7,
        BitXor => 12,
        LShift => 3,
        RShift => 9,
        MatMult => 4,
    })
}

impl<'a> Unit<'a> {
    fn new(
        name: &str,
        filename: &str,
        locals: Option<Vec<String>>,
        lines: &'a Lines,
        globals: &'a mut Slots,
        scopes: &'a Scopes,
    ) -> Unit<'a> {
        let locals = locals.map(Slots::new);
        let nargs = 0;
        Unit {
            name: name.into(),
            filename: filename.into(),
            b: Builder::default(),
            locals,
            nargs,
            lines,
            globals,
            loops: vec![],
            regions: vec![],
            cleanups: vec![],
            depth: 0,
            handling: vec![],
            star_clauses: vec![],
            handlers: vec![],
            handling_ranges: vec![],
            hidden: 0,
            qualprefix: String::new(),
            private_class: None,
            qualname: name.to_string(),
            scopes,
            cells: BTreeSet::new(),
            frees: vec![],
            free_base: 0,
            declared_globals: BTreeSet::new(),
            nesting: 0,
            blocks: 0,
            posonly: 0,
            kwonly: 0,
            varargs: false,
            varkw: false,
            is_generator: false,
            is_async: false,
            value_return: None,
            interactive: false,
            class_body: false,
            class_namespace: false,
            first_line: 1,
            str_owners: std::collections::HashMap::new(),
        }
    }

    /// A unit for the body of the function, lambda or class whose node starts at `key`.
    fn nested(&mut self, name: &str, key: TextRange, qualname: String) -> (Unit<'_>, ScopeInfo) {
        let info = self.scopes.get(key);
        let mut locals = info.locals.clone();
        locals.extend(info.frees.iter().cloned());
        let mut unit = Unit::new(
            name,
            &self.filename,
            Some(locals),
            self.lines,
            self.globals,
            self.scopes,
        );
        unit.cells = info.cells.clone();
        unit.frees = info.frees.clone();
        unit.free_base = info.locals.len();
        unit.declared_globals = info.globals.clone();
        unit.nesting = self.nesting;
        unit.private_class = self.private_class.clone();
        unit.qualname = qualname;
        unit.first_line = self.lines.locate(key.start()).0;
        (unit, info)
    }

    /// Gives the locals of function body `body` that `+=` may append to in place their
    /// hidden owner locals (`compiler/str_appends.rs`).
    fn plan_str_appends(&mut self, body: &[Stmt]) {
        for name in str_appends::candidates(body) {
            if self.class_body || !matches!(self.place(&name), Place::Local(_)) {
                continue;
            }
            let owner = self.hidden_named("own");
            if let Some(slot) = self.local_index(&owner) {
                self.str_owners.insert(name, slot);
            }
        }
    }

    /// Pushes a function object for `code`, with a closure of this unit's cells for the
    /// names in `frees`.
    fn make_function(&mut self, code: CodeObject, frees: &[String]) {
        let index = self.b.constant(Constant::Code(Arc::new(code)));
        self.b.emit("LOAD_CONST", &[index]);
        self.b.emit("MAKE_FUNCTION", &[]);
        if frees.is_empty() {
            return;
        }
        for name in frees {
            // A free variable passed through, or a local of this unit held in a cell.
            let slot = self
                .free_slot(name)
                .or_else(|| self.local_index(name))
                .expect("scope analysis gives every free variable a slot in the enclosing unit");
            self.b.emit("LOAD_FAST_RAW", &[slot]);
        }
        self.b.emit("BUILD_TUPLE", &[frees.len() as i64]);
        self.b.emit("SET_CLOSURE", &[]);
    }

    /// The slot of free variable `name`.
    fn free_slot(&self, name: &str) -> Option<i64> {
        let j = self.frees.iter().position(|f| f == name)?;
        Some((self.free_base + j) as i64)
    }

    /// Where `name` lives in this unit: its own cell, its own local (a class body's
    /// namespace entry), a free variable's cell, or the globals.
    fn place(&self, name: &str) -> Place {
        if self.declared_globals.contains(name) {
            return Place::Global;
        }
        let free = self.free_slot(name);
        match self.local_index(name).filter(|i| Some(*i) != free) {
            Some(i) if self.cells.contains(name) => Place::Cell(i),
            // A class body's own name, even if a method uses the enclosing function's
            // variable of the same name (as CPython, the body's loads do not see that one).
            Some(i) => Place::Local(i),
            None => match free {
                Some(cell) => Place::Cell(cell),
                None => Place::Global,
            },
        }
    }

    fn error(
        &self,
        kind: &'static str,
        message: impl Into<String>,
        at: &impl Ranged,
    ) -> CompileError {
        self.lines.error(kind, message.into(), at.start(), at.end())
    }

    /// Runs `f` one level deeper in the nesting of statements and expressions (through
    /// nested functions too): past [`MAX_NESTING`] levels, CPython's RecursionError.
    fn nested_in(
        &mut self,
        at: &impl Ranged,
        f: impl FnOnce(&mut Self) -> Result<()>,
    ) -> Result<()> {
        if self.nesting >= MAX_NESTING {
            return Err(self.error(
                "RecursionError",
                "maximum recursion depth exceeded during compilation",
                at,
            ));
        }
        self.nesting += 1;
        let result = f(self);
        self.nesting -= 1;
        result
    }

    /// Runs `f` inside `n` more of CPython's static blocks (a loop body, a `with` body, a
    /// `try` body, an `except` clause, a `finally` body): CPython's compiler refuses more
    /// than [`MAX_BLOCKS`] at once in one function, with a SyntaxError at `at`.
    fn in_blocks(
        &mut self,
        n: usize,
        at: &impl Ranged,
        f: impl FnOnce(&mut Self) -> Result<()>,
    ) -> Result<()> {
        if self.blocks + n > MAX_BLOCKS {
            return Err(self.error("SyntaxError", "too many statically nested blocks", at));
        }
        self.blocks += n;
        let result = f(self);
        self.blocks -= n;
        result
    }

    fn unsupported(&self, what: &str, at: &impl Ranged) -> CompileError {
        self.error(
            "NotImplementedError",
            format!("hotpy cannot compile {what} yet"),
            at,
        )
    }

    fn set_line(&mut self, at: &impl Ranged) {
        let (line, _) = self.lines.locate(at.start());
        self.b.set_line(line);
        self.b.set_span(self.lines.span(at.range()));
    }

    /// `name` as CPython's compiler mangles it inside a class: `__x` (not `__x__`, not
    /// dotted) in class `_C` becomes `_C__x`; a class whose name is all underscores
    /// mangles nothing.
    fn mangle(&self, name: &str) -> String {
        match &self.private_class {
            Some(class)
                if name.starts_with("__")
                    && !name.ends_with("__")
                    && !name.contains('.')
                    && !class.trim_start_matches('_').is_empty() =>
            {
                format!("_{}{name}", class.trim_start_matches('_'))
            }
            _ => name.to_string(),
        }
    }

    fn global_index(&mut self, name: &str) -> i64 {
        self.globals.get_or_push(name) as i64
    }

    fn local_index(&self, name: &str) -> Option<i64> {
        self.locals.as_ref()?.get(name).map(|i| i as i64)
    }

    /// Whether `name` is one of a class body's names, kept in its namespace mapping (not a
    /// hidden temporary of the compiler's, a cell, or a name declared `global`).
    fn in_class_namespace(&self, name: &str) -> bool {
        self.class_namespace
            && !name.starts_with('$')
            && !self.declared_globals.contains(name)
            && matches!(self.place(name), Place::Local(_) | Place::Global)
    }

    fn load_name(&mut self, name: &str) {
        if self.in_class_namespace(name) {
            // CPython's LOAD_NAME: the namespace, then the globals and builtins. Private
            // names (`__x`) are kept mangled (`_C__x`).
            let k = self.b.constant(Constant::Str(self.mangle(name)));
            let g = self.global_index(name);
            self.b.emit("LOAD_CLASS_NAME", &[k, g]);
            return;
        }
        match self.place(name) {
            Place::Cell(i)
                if self.class_namespace && !name.starts_with('$') && name != "__class__" =>
            {
                // A free variable of a class body: its namespace first, as CPython.
                let k = self.b.constant(Constant::Str(self.mangle(name)));
                self.b.emit("LOAD_CLASS_DEREF", &[k, i]);
            }
            Place::Cell(i) => self.b.emit("LOAD_DEREF", &[i]),
            Place::Local(i) if self.class_body => {
                let g = self.global_index(name);
                self.b.emit("LOAD_NAME", &[i, g]);
            }
            Place::Local(i) => match self.str_owners.get(name) {
                Some(&owner) => self.b.emit("LOAD_FAST_SHARED", &[i, owner]),
                None => self.b.emit("LOAD_FAST", &[i]),
            },
            Place::Global => {
                let g = self.global_index(name);
                self.b.emit("LOAD_GLOBAL", &[g]);
            }
        }
    }

    fn store_name(&mut self, name: &str) {
        if self.in_class_namespace(name) {
            let k = self.b.constant(Constant::Str(self.mangle(name)));
            self.b.emit("STORE_CLASS_NAME", &[k]);
            return;
        }
        match self.place(name) {
            Place::Cell(i) => self.b.emit("STORE_DEREF", &[i]),
            Place::Local(i) => match self.str_owners.get(name) {
                Some(&owner) => self.b.emit("STORE_FAST_SHARED", &[i, owner]),
                None => self.b.emit("STORE_FAST", &[i]),
            },
            Place::Global => {
                let g = self.global_index(name);
                self.b.emit("STORE_GLOBAL", &[g]);
            }
        }
    }

    /// Compiles `f` as code that runs while the exception in hidden name `exc` is handled.
    fn handling_exception(
        &mut self,
        exc: &str,
        f: impl FnOnce(&mut Self) -> Result<()>,
    ) -> Result<()> {
        let start = self.b.code.len();
        let result = f(self);
        self.handling_ranges
            .push((start, self.b.code.len(), exc.to_string()));
        result
    }

    fn finish(mut self) -> Result<CodeObject> {
        if let Some(at) = self.value_return.filter(|_| self.is_generator) {
            return Err(self.error("SyntaxError", "'return' with value in async generator", &at));
        }
        let none = self.b.constant(Constant::None);
        self.b.emit("LOAD_CONST", &[none]);
        self.b.emit("RETURN_VALUE", &[]);
        let handling = std::mem::take(&mut self.handling_ranges)
            .into_iter()
            .filter(|(start, end, _)| start < end)
            .map(|(start, end, name)| code::Handling {
                start,
                end,
                exc: match self.local_index(&name) {
                    Some(i) => code::ExcSlot::Local(i as usize),
                    None => code::ExcSlot::Global(self.global_index(&name) as usize),
                },
            })
            .collect();
        let slots = self.locals.take().unwrap_or_default();
        let cells = slots
            .names()
            .iter()
            .enumerate()
            .filter(|(_, n)| self.cells.contains(*n))
            .map(|(i, _)| i)
            .collect();
        let frees = (0..self.frees.len()).map(|j| self.free_base + j).collect();
        let varnames = slots.into_names();
        let yields = std::mem::take(&mut self.b.yields);
        let yields_in_handler = yields
            .iter()
            .any(|&pc| self.handlers.iter().any(|h| (h.start..h.end).contains(&pc)));
        let (code, constants, lines, spans) = std::mem::take(&mut self.b).finish();
        // Handlers are entered by unwinding, with the exception pushed: analyse them too.
        let mut entries = vec![(0, 0)];
        entries.extend(self.handlers.iter().map(|h| (h.target, h.depth + 1)));
        let analysis =
            gvmt::jit::analyse_from(&crate::generated::interp::INSTRUCTIONS, &code, &entries)
                .unwrap_or_else(|e| {
                    panic!(
                        "hotpy compiler produced bad bytecode for {}: {e}",
                        self.name
                    )
                });
        Ok(CodeObject {
            qualname: self.qualname,
            name: self.name,
            filename: self.filename,
            code,
            constants,
            nargs: self.nargs,
            varnames,
            lines,
            spans,
            max_stack: analysis.max_depth.max(1),
            handlers: self.handlers,
            handling,
            cells,
            frees,
            posonly: self.posonly,
            kwonly: self.kwonly,
            varargs: self.varargs,
            varkw: self.varkw,
            is_generator: self.is_generator || self.is_async,
            flavor: match (self.is_async, self.is_generator) {
                (false, _) => code::Flavor::Generator,
                (true, false) => code::Flavor::Coroutine,
                (true, true) => code::Flavor::AsyncGenerator,
            },
            doc: None,
            first_line: self.first_line,
            compiled_from: None,
            yields_in_handler,
        })
    }
}
