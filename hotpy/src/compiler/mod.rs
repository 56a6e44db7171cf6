//! The compiler: Python source → code objects in the bytecode `../spec` defines. Parsing is
//! `ruff_python_parser`'s; scopes, names and bytecode are ours.
//!
//! This is the first cut of the [core] issue: numbers, strings, booleans, `None`, module
//! globals and function locals, arithmetic, comparisons (chained, `is`, `in`), `and`/`or`/
//! `not`, conditional expressions, `if`/`while`/`for`/`break`/`continue`,
//! `def`/`return`/`global`, and calls with positional and keyword arguments.
//! Anything else is reported as `NotImplementedError` naming the construct, never miscompiled.

mod builder;
pub mod code;
mod comprehensions;
pub mod dis;
mod functions;
mod protect;
mod scope;
mod syntax_errors;

use builder::{Builder, Label};
use code::{CodeObject, Constant};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextSize};
use scope::{ScopeInfo, Scopes};
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
    /// 1-based column just after the marked text (`column + 1` or less: one caret).
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
        if self.column > 0 {
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

    fn locate(&self, offset: TextSize) -> (u32, u32) {
        let offset = offset.to_usize();
        let line = self.starts.partition_point(|&s| s <= offset);
        // Columns count characters, as CPython's do.
        let start = self.starts[line - 1];
        let column = self
            .source
            .get(start..offset)
            .map_or(offset - start, |text| text.chars().count());
        (line as u32, column as u32 + 1)
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
    mut globals: Vec<String>,
) -> std::result::Result<Module, CompileError> {
    let lines = Lines::new(source);
    let trimmed = source.trim();
    let parsed = ruff_python_parser::parse_expression(trimmed)
        .map_err(|e| parse_error(trimmed, &Lines::new(trimmed), &e))?;
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
        globals,
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
    mut globals: Vec<String>,
    interactive: bool,
) -> std::result::Result<Module, CompileError> {
    let mut lines = Lines::new(source);
    let parsed =
        ruff_python_parser::parse_module(source).map_err(|e| parse_error(source, &lines, &e))?;
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
        globals,
    })
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
    locals: Option<Vec<String>>,
    nargs: usize,
    lines: &'a Lines,
    globals: &'a mut Vec<String>,
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
    handlers: Vec<code::Handler>,
    /// `(start, end, hidden name)`: code running while the exception in the name is handled.
    handling_ranges: Vec<(usize, usize, String)>,
    hidden: usize,
    /// Prefix of the qualified names of functions and classes defined in this unit.
    qualprefix: String,
    qualname: String,
    scopes: &'a Scopes,
    /// Locals that hold cells (captured by inner functions).
    cells: BTreeSet<String>,
    /// Free variables, in closure order; their slots follow the other locals.
    frees: Vec<String>,
    /// Positional-only and keyword-only parameter counts, `*args` and `**kwargs`.
    posonly: usize,
    kwonly: usize,
    varargs: bool,
    varkw: bool,
    /// The body yields (so calling it makes a generator).
    is_generator: bool,
    /// The interactive interpreter's top level: expression statements print their value.
    interactive: bool,
    /// A class body: like the module, it keeps annotations in `__annotations__`.
    class_body: bool,
}

type Result<T> = std::result::Result<T, CompileError>;

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
        globals: &'a mut Vec<String>,
        scopes: &'a Scopes,
    ) -> Unit<'a> {
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
            handlers: vec![],
            handling_ranges: vec![],
            hidden: 0,
            qualprefix: String::new(),
            qualname: name.to_string(),
            scopes,
            cells: BTreeSet::new(),
            frees: vec![],
            posonly: 0,
            kwonly: 0,
            varargs: false,
            varkw: false,
            is_generator: false,
            interactive: false,
            class_body: false,
        }
    }

    /// A unit for the body of the function, lambda or class whose node starts at `key`.
    fn nested(&mut self, name: &str, key: TextSize, qualname: String) -> (Unit<'_>, ScopeInfo) {
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
        unit.qualname = qualname;
        (unit, info)
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
            let slot = self
                .local_index(name)
                .expect("scope analysis gives every free variable a slot in the enclosing unit");
            self.b.emit("LOAD_FAST_RAW", &[slot]);
        }
        self.b.emit("BUILD_TUPLE", &[frees.len() as i64]);
        self.b.emit("SET_CLOSURE", &[]);
    }

    /// True if `name` lives in a cell here (a captured local or a free variable).
    fn is_deref(&self, name: &str) -> bool {
        self.cells.contains(name) || self.frees.iter().any(|f| f == name)
    }

    fn error(
        &self,
        kind: &'static str,
        message: impl Into<String>,
        at: &impl Ranged,
    ) -> CompileError {
        self.lines.error(kind, message.into(), at.start(), at.end())
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
    }

    fn global_index(&mut self, name: &str) -> i64 {
        match self.globals.iter().position(|g| g == name) {
            Some(i) => i as i64,
            None => {
                self.globals.push(name.to_string());
                self.globals.len() as i64 - 1
            }
        }
    }

    fn local_index(&self, name: &str) -> Option<i64> {
        self.locals
            .as_ref()?
            .iter()
            .position(|l| l == name)
            .map(|i| i as i64)
    }

    fn load_name(&mut self, name: &str) {
        match self.local_index(name) {
            Some(i) if self.is_deref(name) => self.b.emit("LOAD_DEREF", &[i]),
            Some(i) => self.b.emit("LOAD_FAST", &[i]),
            None => {
                let g = self.global_index(name);
                self.b.emit("LOAD_GLOBAL", &[g]);
            }
        }
    }

    fn store_name(&mut self, name: &str) {
        match self.local_index(name) {
            Some(i) if self.is_deref(name) => self.b.emit("STORE_DEREF", &[i]),
            Some(i) => self.b.emit("STORE_FAST", &[i]),
            None => {
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
        let varnames = self.locals.take().unwrap_or_default();
        let cells = varnames
            .iter()
            .enumerate()
            .filter(|(_, n)| self.cells.contains(*n))
            .map(|(i, _)| i)
            .collect();
        let frees = self
            .frees
            .iter()
            .map(|f| {
                varnames
                    .iter()
                    .position(|v| v == f)
                    .expect("free variables have slots")
            })
            .collect();
        let (code, constants, lines) = std::mem::take(&mut self.b).finish();
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
            max_stack: analysis.max_depth.max(1),
            handlers: self.handlers,
            handling,
            cells,
            frees,
            posonly: self.posonly,
            kwonly: self.kwonly,
            varargs: self.varargs,
            varkw: self.varkw,
            is_generator: self.is_generator,
            doc: None,
        })
    }

    /// True for code whose annotations are kept (module and class bodies).
    fn stores_annotations(&self) -> bool {
        self.locals.is_none() || self.class_body
    }

    /// Pushes an annotation: its value, or its source text under
    /// `from __future__ import annotations`.
    fn annotation(&mut self, e: &Expr) -> Result<()> {
        if self.lines.annotations_as_text {
            let text = &self.lines.source[e.range().start().to_usize()..e.range().end().to_usize()];
            let c = self.b.constant(Constant::Str(text.to_string()));
            self.b.emit("LOAD_CONST", &[c]);
            Ok(())
        } else {
            self.expr(e)
        }
    }

    /// `__annotations__ = {}` at the start of a module or class body that annotates names.
    fn setup_annotations(&mut self, stmts: &[Stmt]) {
        fn annotates(stmts: &[Stmt]) -> bool {
            stmts.iter().any(|s| match s {
                Stmt::AnnAssign(a) => a.simple,
                Stmt::If(i) => {
                    annotates(&i.body) || i.elif_else_clauses.iter().any(|c| annotates(&c.body))
                }
                Stmt::For(f) => annotates(&f.body) || annotates(&f.orelse),
                Stmt::While(w) => annotates(&w.body) || annotates(&w.orelse),
                Stmt::With(w) => annotates(&w.body),
                Stmt::Try(t) => {
                    annotates(&t.body)
                        || annotates(&t.orelse)
                        || annotates(&t.finalbody)
                        || t.handlers.iter().any(|h| {
                            let ast::ExceptHandler::ExceptHandler(h) = h;
                            annotates(&h.body)
                        })
                }
                _ => false,
            })
        }
        if self.stores_annotations() && annotates(stmts) {
            self.b.emit("BUILD_MAP", &[0]);
            self.store_name("__annotations__");
        }
    }

    /// `target: annotation [= value]`.
    fn annotated_assignment(&mut self, a: &ast::StmtAnnAssign) -> Result<()> {
        if let Some(value) = &a.value {
            self.expr(value)?;
            self.store(&a.target)?;
        }
        if !self.stores_annotations() {
            // Annotations of local variables are not evaluated.
            return Ok(());
        }
        self.annotation(&a.annotation)?;
        match &*a.target {
            Expr::Name(n) if a.simple => {
                self.load_name("__annotations__");
                let key = self.b.constant(Constant::Str(n.id.to_string()));
                self.b.emit("LOAD_CONST", &[key]);
                self.b.emit("STORE_SUBSCR", &[]);
            }
            _ => self.b.emit("POP_TOP", &[]),
        }
        Ok(())
    }

    fn body(&mut self, stmts: &[Stmt]) -> Result<()> {
        for s in stmts {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &Stmt) -> Result<()> {
        self.set_line(s);
        match s {
            Stmt::Expr(e) => {
                self.expr(&e.value)?;
                if self.interactive && self.locals.is_none() {
                    self.b.emit("PRINT_EXPR", &[]);
                } else {
                    self.b.emit("POP_TOP", &[]);
                }
            }
            Stmt::AnnAssign(a) => self.annotated_assignment(a)?,
            Stmt::Assign(a) => {
                self.expr(&a.value)?;
                for (i, target) in a.targets.iter().enumerate() {
                    if i + 1 < a.targets.len() {
                        self.b.emit("COPY_TOP", &[]);
                    }
                    self.store(target)?;
                }
            }
            Stmt::AugAssign(a) => {
                let code = binary_code(a.op).ok_or_else(|| self.unsupported("this operator", a))?;
                match &*a.target {
                    Expr::Name(name) => {
                        self.load_name(name.id.as_str());
                        self.expr(&a.value)?;
                        self.aug_op(code);
                        self.store_name(name.id.as_str());
                    }
                    Expr::Attribute(attr) => {
                        let name = self.b.constant(Constant::Str(attr.attr.id.to_string()));
                        self.expr(&attr.value)?;
                        self.b.emit("COPY_TOP", &[]);
                        self.b.emit("LOAD_ATTR", &[name]);
                        self.expr(&a.value)?;
                        self.aug_op(code);
                        self.b.emit("SWAP", &[]);
                        self.b.emit("STORE_ATTR", &[name]);
                    }
                    Expr::Subscript(sub) if !matches!(&*sub.slice, Expr::Slice(_)) => {
                        self.expr(&sub.value)?;
                        self.expr(&sub.slice)?;
                        self.b.emit("COPY_SECOND", &[]);
                        self.b.emit("COPY_SECOND", &[]);
                        self.b.emit("BINARY_SUBSCR", &[]);
                        self.expr(&a.value)?;
                        self.aug_op(code);
                        self.b.emit("ROT_THREE", &[]);
                        self.b.emit("STORE_SUBSCR", &[]);
                    }
                    other => {
                        return Err(self.unsupported("augmented assignment to this target", other));
                    }
                }
            }
            Stmt::ClassDef(c) => self.class_def(c)?,
            Stmt::Pass(_) => {}
            Stmt::If(i) => {
                let end = self.b.new_label();
                let mut next = self.b.new_label();
                self.expr(&i.test)?;
                self.b.jump("POP_JUMP_IF_FALSE", next);
                self.body(&i.body)?;
                for clause in &i.elif_else_clauses {
                    self.b.jump("JUMP", end);
                    self.b.bind(next);
                    next = self.b.new_label();
                    if let Some(test) = &clause.test {
                        self.set_line(test);
                        self.expr(test)?;
                        self.b.jump("POP_JUMP_IF_FALSE", next);
                    }
                    self.body(&clause.body)?;
                }
                self.b.bind(next);
                self.b.bind(end);
            }
            Stmt::While(w) => {
                let (top, orelse, end) =
                    (self.b.new_label(), self.b.new_label(), self.b.new_label());
                self.b.bind(top);
                self.set_line(&*w.test);
                self.expr(&w.test)?;
                self.b.jump("POP_JUMP_IF_FALSE", orelse);
                self.loops.push((top, end, self.cleanups.len()));
                self.body(&w.body)?;
                self.loops.pop();
                self.b.jump("JUMP", top);
                self.b.bind(orelse);
                self.body(&w.orelse)?;
                self.b.bind(end);
            }
            Stmt::For(f) => {
                if f.is_async {
                    return Err(self.unsupported("async for", s));
                }
                let (top, exhausted, brk, end) = (
                    self.b.new_label(),
                    self.b.new_label(),
                    self.b.new_label(),
                    self.b.new_label(),
                );
                self.expr(&f.iter)?;
                self.b.emit("GET_ITER", &[]);
                self.b.bind(top);
                self.set_line(s);
                self.b.jump("FOR_ITER", exhausted);
                self.store(&f.target)?;
                self.loops.push((top, brk, self.cleanups.len()));
                self.depth += 1;
                self.body(&f.body)?;
                self.depth -= 1;
                self.loops.pop();
                self.b.jump("JUMP", top);
                // Exhausted: the iterator and the marker FOR_ITER pushed.
                self.b.bind(exhausted);
                self.b.emit("POP_TOP", &[]);
                self.b.emit("POP_TOP", &[]);
                self.body(&f.orelse)?;
                self.b.jump("JUMP", end);
                // `break`: the iterator is still on the stack.
                self.b.bind(brk);
                self.b.emit("POP_TOP", &[]);
                self.b.bind(end);
            }
            Stmt::Assert(a) => {
                let ok = self.b.new_label();
                self.expr(&a.test)?;
                self.b.jump("POP_JUMP_IF_TRUE", ok);
                let name = self.global_index("AssertionError");
                self.b.emit("LOAD_GLOBAL", &[name]);
                match &a.msg {
                    Some(m) => {
                        self.expr(m)?;
                        self.b.emit("CALL", &[1]);
                    }
                    None => self.b.emit("CALL", &[0]),
                }
                self.b.emit("RAISE", &[1]);
                self.b.bind(ok);
            }
            Stmt::Try(t) => self.try_stmt(t)?,
            Stmt::Raise(r) => {
                match &r.exc {
                    Some(exc) => {
                        self.expr(exc)?;
                        if let Some(cause) = &r.cause {
                            // The cause is evaluated (its errors are raised) and recorded
                            // as `__cause__`.
                            self.expr(cause)?;
                            self.b.emit("SET_CAUSE", &[]);
                        }
                        self.b.emit("RAISE", &[1]);
                    }
                    None => match self.handling.last().cloned() {
                        Some(hidden) => {
                            self.load_name(&hidden);
                            self.b.emit("RAISE", &[1]);
                        }
                        None => self.b.emit("RAISE", &[0]),
                    },
                }
            }
            Stmt::Break(_) => {
                let (_, end, cleanups) = *self
                    .loops
                    .last()
                    .ok_or_else(|| self.error("SyntaxError", "'break' outside loop", s))?;
                let suspended = self.run_cleanups(cleanups)?;
                self.b.jump("JUMP", end);
                self.resume(suspended);
            }
            Stmt::Continue(_) => {
                let (top, _, cleanups) = *self.loops.last().ok_or_else(|| {
                    self.error("SyntaxError", "'continue' not properly in loop", s)
                })?;
                let suspended = self.run_cleanups(cleanups)?;
                self.b.jump("JUMP", top);
                self.resume(suspended);
            }
            Stmt::Return(r) => {
                if self.locals.is_none() {
                    return Err(self.error("SyntaxError", "'return' outside function", s));
                }
                match &r.value {
                    Some(v) => self.expr(v)?,
                    None => {
                        let none = self.b.constant(Constant::None);
                        self.b.emit("LOAD_CONST", &[none]);
                    }
                }
                if self.cleanups.is_empty() {
                    self.b.emit("RETURN_VALUE", &[]);
                } else {
                    let value = self.hidden_named("return");
                    self.store_name(&value);
                    let suspended = self.run_cleanups(0)?;
                    self.load_name(&value);
                    self.b.emit("RETURN_VALUE", &[]);
                    self.resume(suspended);
                }
            }
            // Both are handled by the scope analysis (compiler/scope.rs).
            Stmt::Global(_) | Stmt::Nonlocal(_) => {}
            Stmt::FunctionDef(f) => self.function_def(f)?,
            Stmt::With(w) => self.with_stmt(w)?,
            Stmt::Import(i) => {
                for alias in &i.names {
                    // `import a.b.c` pushes (and binds) `a`, after loading `a`, `a.b` and
                    // `a.b.c`; `import a.b.c as x` binds `a.b.c`, reached as CPython does, by
                    // IMPORT_FROM `b` then `c` (an attribute, else `sys.modules['a.b']`).
                    let dotted = alias.name.id.as_str();
                    let mut parts = dotted.split('.');
                    let first = parts.next().unwrap_or(dotted);
                    let c = self.b.constant(Constant::Str(dotted.to_string()));
                    self.set_line(s);
                    self.b.emit("IMPORT_NAME", &[c]);
                    match &alias.asname {
                        Some(asname) => {
                            for part in parts {
                                let a = self.b.constant(Constant::Str(part.to_string()));
                                self.b.emit("IMPORT_FROM", &[a]);
                                self.b.emit("SWAP", &[]);
                                self.b.emit("POP_TOP", &[]);
                            }
                            self.store_name(asname.id.as_str());
                        }
                        None => self.store_name(first),
                    }
                }
            }
            Stmt::ImportFrom(i) => {
                // IMPORT_NAME's constant `DOTS MODULE import A,B` (see modules::import_name):
                // the level as leading dots, then the from-list.
                let module = i.module.as_ref().map_or("", |m| m.id.as_str());
                let names: Vec<&str> = i.names.iter().map(|a| a.name.id.as_str()).collect();
                let spec = format!(
                    "{}{module} import {}",
                    ".".repeat(i.level as usize),
                    names.join(",")
                );
                let c = self.b.constant(Constant::Str(spec));
                self.set_line(s);
                self.b.emit("IMPORT_NAME", &[c]);
                if names.contains(&"*") {
                    if self.locals.is_some() {
                        return Err(self.error(
                            "SyntaxError",
                            "import * only allowed at module level",
                            s,
                        ));
                    }
                    self.b.emit("IMPORT_STAR", &[]);
                    return Ok(());
                }
                for alias in &i.names {
                    let name = alias.name.id.as_str();
                    let c = self.b.constant(Constant::Str(name.to_string()));
                    self.b.emit("IMPORT_FROM", &[c]);
                    let bound = alias.asname.as_ref().map_or(name, |a| a.id.as_str());
                    self.store_name(bound);
                }
                self.b.emit("POP_TOP", &[]);
            }
            Stmt::Delete(d) => {
                for target in &d.targets {
                    self.delete(target)?;
                }
            }
            other => {
                return Err(
                    self.unsupported(&format!("this statement ({})", stmt_name(other)), other)
                );
            }
        }
        Ok(())
    }

    /// A name no Python code can use, for a value the compiler keeps in a variable.
    fn hidden_name(&mut self) -> String {
        self.hidden_named("exception")
    }

    fn hidden_named(&mut self, tag: &str) -> String {
        self.hidden += 1;
        let name = format!("${tag}{}", self.hidden);
        if let Some(locals) = &mut self.locals {
            locals.push(name.clone());
        }
        name
    }

    /// Pushes the parts of an f-string (literals and formatted fields); returns how many.
    fn fstring_elements(&mut self, elements: &ast::InterpolatedStringElements) -> Result<i64> {
        let mut parts = 0;
        for element in elements {
            match element {
                ast::InterpolatedStringElement::Literal(lit) => {
                    let c = self.b.constant(Constant::Str(lit.value.to_string()));
                    self.b.emit("LOAD_CONST", &[c]);
                }
                ast::InterpolatedStringElement::Interpolation(field) => {
                    if let Some(debug) = &field.debug_text {
                        // `{x=}`: the source text, then the value (its repr by default).
                        let c = self.b.constant(Constant::Str(debug.as_str().to_string()));
                        self.b.emit("LOAD_CONST", &[c]);
                        parts += 1;
                    }
                    self.expr(&field.expression)?;
                    match &field.format_spec {
                        Some(spec) => {
                            let n = self.fstring_elements(&spec.elements)?;
                            self.b.emit("BUILD_STRING", &[n]);
                        }
                        None => {
                            let none = self.b.constant(Constant::None);
                            self.b.emit("LOAD_CONST", &[none]);
                        }
                    }
                    let conversion = match field.conversion {
                        ast::ConversionFlag::None
                            if field.debug_text.is_some() && field.format_spec.is_none() =>
                        {
                            2
                        }
                        ast::ConversionFlag::None => 0,
                        ast::ConversionFlag::Str => 1,
                        ast::ConversionFlag::Repr => 2,
                        ast::ConversionFlag::Ascii => {
                            return Err(self.unsupported("!a conversions", field));
                        }
                    };
                    self.b.emit("FORMAT_VALUE", &[conversion]);
                }
            }
            parts += 1;
        }
        Ok(parts)
    }

    fn store(&mut self, target: &Expr) -> Result<()> {
        match target {
            Expr::Name(n) => {
                self.store_name(n.id.as_str());
                Ok(())
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                let stars = elts
                    .iter()
                    .filter(|e| matches!(e, Expr::Starred(_)))
                    .count();
                if stars > 1 {
                    return Err(self.error(
                        "SyntaxError",
                        "multiple starred expressions in assignment",
                        target,
                    ));
                }
                match elts.iter().position(|e| matches!(e, Expr::Starred(_))) {
                    Some(at) => {
                        let after = elts.len() - at - 1;
                        if at > 255 || after > 255 {
                            return Err(self.unsupported("this many assignment targets", target));
                        }
                        self.b.emit("UNPACK_STAR", &[at as i64, after as i64]);
                    }
                    None => self.b.emit("UNPACK_CHECK", &[elts.len() as i64]),
                }
                for (i, elt) in elts.iter().enumerate() {
                    let elt = match elt {
                        Expr::Starred(s) => &*s.value,
                        other => other,
                    };
                    self.b.emit("COPY_TOP", &[]);
                    let index = self.b.constant(Constant::Int(i as i64));
                    self.b.emit("LOAD_CONST", &[index]);
                    self.b.emit("BINARY_SUBSCR", &[]);
                    self.store(elt)?;
                }
                self.b.emit("POP_TOP", &[]);
                Ok(())
            }
            Expr::Subscript(sub) => {
                self.expr(&sub.value)?;
                match &*sub.slice {
                    Expr::Slice(slice) => {
                        self.slice_bounds(slice)?;
                        self.b.emit("STORE_SLICE", &[]);
                    }
                    index => {
                        self.expr(index)?;
                        self.b.emit("STORE_SUBSCR", &[]);
                    }
                }
                Ok(())
            }
            Expr::Attribute(attr) => {
                self.expr(&attr.value)?;
                let name = self.b.constant(Constant::Str(attr.attr.id.to_string()));
                self.b.emit("STORE_ATTR", &[name]);
                Ok(())
            }
            other => Err(self.unsupported("assignment to this target", other)),
        }
    }

    /// Makes this unit a generator; `yield` outside a function is a SyntaxError.
    fn yield_allowed(&mut self, at: &Expr) -> Result<()> {
        if self.locals.is_none()
            || self.qualprefix.ends_with('.') && !self.qualprefix.ends_with("<locals>.")
        {
            return Err(self.error("SyntaxError", "'yield' outside function", at));
        }
        self.is_generator = true;
        Ok(())
    }

    /// The operator of an augmented assignment: `+=` is in place for lists (`list.extend`),
    /// every other one is the binary operator.
    fn aug_op(&mut self, code: i64) {
        if code == 0 {
            self.b.emit("INPLACE_ADD", &[]);
        } else {
            self.b.emit("BINARY_OP", &[code]);
        }
    }

    /// Pushes a slice's lower, upper and step (None where missing).
    fn slice_bounds(&mut self, slice: &ast::ExprSlice) -> Result<()> {
        for part in [&slice.lower, &slice.upper, &slice.step] {
            match part {
                Some(v) => self.expr(v)?,
                None => {
                    let none = self.b.constant(Constant::None);
                    self.b.emit("LOAD_CONST", &[none]);
                }
            }
        }
        Ok(())
    }

    /// `del name`.
    fn delete_name(&mut self, name: &str) {
        match self.local_index(name) {
            Some(i) if self.is_deref(name) => self.b.emit("DELETE_DEREF", &[i]),
            Some(i) => self.b.emit("DELETE_FAST", &[i]),
            None => {
                let g = self.global_index(name);
                self.b.emit("DELETE_GLOBAL", &[g]);
            }
        }
    }

    /// `name = None; del name`: unbinds a name that may have been deleted already (CPython's
    /// cleanup of `except E as name`).
    pub(super) fn unbind_name(&mut self, name: &str) {
        let none = self.b.constant(Constant::None);
        self.b.emit("LOAD_CONST", &[none]);
        self.store_name(name);
        self.delete_name(name);
    }

    /// `del target`.
    fn delete(&mut self, target: &Expr) -> Result<()> {
        match target {
            Expr::Name(n) => self.delete_name(n.id.as_ref()),
            Expr::Subscript(sub) => {
                self.expr(&sub.value)?;
                match &*sub.slice {
                    Expr::Slice(slice) => {
                        self.slice_bounds(slice)?;
                        self.b.emit("DELETE_SLICE", &[]);
                    }
                    index => {
                        self.expr(index)?;
                        self.b.emit("DELETE_SUBSCR", &[]);
                    }
                }
            }
            Expr::Attribute(attr) => {
                self.expr(&attr.value)?;
                let name = self.b.constant(Constant::Str(attr.attr.id.to_string()));
                self.b.emit("DELETE_ATTR", &[name]);
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                for e in elts {
                    self.delete(e)?;
                }
            }
            other => return Err(self.error("SyntaxError", "cannot delete expression", other)),
        }
        Ok(())
    }

    /// Pushes a list of `items`, expanding `*x` items (call arguments, displays).
    fn sequence_with_stars(&mut self, items: &[Expr]) -> Result<()> {
        self.b.emit("BUILD_LIST", &[0]);
        for item in items {
            match item {
                Expr::Starred(s) => {
                    self.expr(&s.value)?;
                    self.b.emit("LIST_EXTEND", &[]);
                }
                other => {
                    self.expr(other)?;
                    self.b.emit("LIST_PUSH", &[]);
                }
            }
        }
        Ok(())
    }

    /// `class C(Base): body`: the body runs as a function whose locals become the class
    /// namespace (returned as a dict), then MAKE_CLASS builds the class.
    fn class_def(&mut self, c: &ast::StmtClassDef) -> Result<()> {
        if c.type_params.is_some() {
            return Err(self.unsupported("generic classes", c));
        }
        let bases: &[Expr] = c.arguments.as_ref().map_or(&[], |a| &a.args);
        let keywords: Vec<&ast::Keyword> =
            c.arguments.iter().flat_map(|a| a.keywords.iter()).collect();
        if keywords.iter().any(|k| k.arg.is_none()) {
            return Err(self.unsupported("`**` in class keywords", c));
        }
        for d in &c.decorator_list {
            self.expr(&d.expression)?;
        }
        let qualname = format!("{}{}", self.qualprefix, c.name.id);
        let (code, frees) = {
            let (mut unit, info) = self.nested(c.name.id.as_str(), c.range.start(), qualname);
            unit.qualprefix = format!("{}.", unit.qualname);
            unit.class_body = true;
            unit.set_line(c);
            unit.setup_annotations(&c.body);
            unit.body(&c.body)?;
            // The namespace: every class local that was assigned (BUILD_MAP skips unbound
            // ones), and the `__class__` cell for MAKE_CLASS to fill.
            let mut entries = 0;
            for (i, name) in info.locals.iter().enumerate() {
                let key = if name == "__class__" && info.cells.contains(name) {
                    "__classcell__"
                } else {
                    name.as_str()
                };
                let k = unit.b.constant(Constant::Str(key.to_string()));
                unit.b.emit("LOAD_CONST", &[k]);
                if unit.is_deref(name) && key != "__classcell__" {
                    unit.b.emit("LOAD_DEREF", &[i as i64]);
                } else {
                    unit.b.emit("LOAD_FAST_RAW", &[i as i64]);
                }
                entries += 1;
            }
            unit.b.emit("BUILD_MAP", &[2 * entries]);
            unit.b.emit("RETURN_VALUE", &[]);
            (unit.finish()?, info.frees)
        };
        self.set_line(c);
        // MAKE_CLASS gets the qualified name (`Outer.Inner`); the name is its last part.
        let name = self
            .b
            .constant(Constant::Str(format!("{}{}", self.qualprefix, c.name.id)));
        self.b.emit("LOAD_CONST", &[name]);
        // The bases, as a tuple (empty: `object`).
        if bases.iter().any(|b| matches!(b, Expr::Starred(_))) {
            self.sequence_with_stars(bases)?;
            self.b.emit("LIST_TO_TUPLE", &[]);
        } else {
            for base in bases {
                self.expr(base)?;
            }
            self.b.emit("BUILD_TUPLE", &[bases.len() as i64]);
        }
        self.make_function(code, &frees);
        self.b.emit("CALL", &[0]);
        // The keywords (`metaclass=`, and those for `__init_subclass__`), as a dict.
        if keywords.is_empty() {
            let none = self.b.constant(Constant::None);
            self.b.emit("LOAD_CONST", &[none]);
        } else {
            for k in &keywords {
                let name = k.arg.as_ref().map_or("", |a| a.id.as_str());
                let key = self.b.constant(Constant::Str(name.to_string()));
                self.b.emit("LOAD_CONST", &[key]);
                self.expr(&k.value)?;
            }
            self.b.emit("BUILD_MAP", &[2 * keywords.len() as i64]);
        }
        self.b.emit("MAKE_CLASS", &[]);
        self.apply_decorators(&c.decorator_list);
        self.store_name(c.name.id.as_str());
        Ok(())
    }

    fn expr(&mut self, e: &Expr) -> Result<()> {
        match e {
            Expr::EllipsisLiteral(_) => {
                let c = self.b.constant(Constant::Ellipsis);
                self.b.emit("LOAD_CONST", &[c]);
            }
            Expr::NumberLiteral(n) => {
                let c = match &n.value {
                    ast::Number::Int(i) => match i.as_i64() {
                        Some(i) => Constant::Int(i),
                        None => Constant::BigInt(i.to_string()),
                    },
                    ast::Number::Float(f) => Constant::Float(*f),
                    ast::Number::Complex { .. } => {
                        return Err(self.unsupported("complex numbers", e));
                    }
                };
                let i = self.b.constant(c);
                self.b.emit("LOAD_CONST", &[i]);
            }
            Expr::StringLiteral(s) => {
                let i = self.b.constant(Constant::Str(s.value.to_str().to_string()));
                self.b.emit("LOAD_CONST", &[i]);
            }
            Expr::BytesLiteral(b) => {
                let data: Vec<u8> = b.value.bytes().collect();
                let i = self.b.constant(Constant::Bytes(data));
                self.b.emit("LOAD_CONST", &[i]);
            }
            Expr::BooleanLiteral(b) => {
                let i = self.b.constant(Constant::Bool(b.value));
                self.b.emit("LOAD_CONST", &[i]);
            }
            Expr::NoneLiteral(_) => {
                let i = self.b.constant(Constant::None);
                self.b.emit("LOAD_CONST", &[i]);
            }
            Expr::Name(n) => self.load_name(n.id.as_str()),
            Expr::BinOp(b) => {
                let code = binary_code(b.op).ok_or_else(|| self.unsupported("this operator", e))?;
                self.expr(&b.left)?;
                self.expr(&b.right)?;
                self.set_line(e);
                self.b.emit("BINARY_OP", &[code]);
            }
            Expr::UnaryOp(u) => {
                self.expr(&u.operand)?;
                match u.op {
                    ast::UnaryOp::Not => self.b.emit("UNARY_NOT", &[]),
                    ast::UnaryOp::USub => self.b.emit("UNARY_NEGATIVE", &[]),
                    ast::UnaryOp::UAdd => self.b.emit("UNARY", &[1]),
                    ast::UnaryOp::Invert => self.b.emit("UNARY", &[2]),
                }
            }
            Expr::BoolOp(b) => {
                let end = self.b.new_label();
                let jump = if b.op == ast::BoolOp::And {
                    "POP_JUMP_IF_FALSE"
                } else {
                    "POP_JUMP_IF_TRUE"
                };
                for (i, v) in b.values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < b.values.len() {
                        self.b.emit("COPY_TOP", &[]);
                        self.b.jump(jump, end);
                        self.b.emit("POP_TOP", &[]);
                    }
                }
                self.b.bind(end);
            }
            Expr::Compare(c) => {
                use ast::CmpOp::*;
                let code = |op: ast::CmpOp| match op {
                    Lt => 0,
                    LtE => 1,
                    Eq => 2,
                    NotEq => 3,
                    Gt => 4,
                    GtE => 5,
                    Is => 6,
                    IsNot => 7,
                    In => 8,
                    NotIn => 9,
                };
                self.expr(&c.left)?;
                let (cleanup, end) = (self.b.new_label(), self.b.new_label());
                let last = c.ops.len() - 1;
                for (i, (op, right)) in c.ops.iter().zip(c.comparators.iter()).enumerate() {
                    self.expr(right)?;
                    self.set_line(e);
                    if i < last {
                        // a < b < c: keep b for the next comparison; stop at the first false.
                        self.b.emit("SWAP", &[]);
                        self.b.emit("COPY_SECOND", &[]);
                        self.b.emit("COMPARE_OP", &[code(*op)]);
                        self.b.emit("COPY_TOP", &[]);
                        self.b.jump("POP_JUMP_IF_FALSE", cleanup);
                        self.b.emit("POP_TOP", &[]);
                    } else {
                        self.b.emit("COMPARE_OP", &[code(*op)]);
                    }
                }
                if last > 0 {
                    self.b.jump("JUMP", end);
                    self.b.bind(cleanup);
                    self.b.emit("SWAP", &[]);
                    self.b.emit("POP_TOP", &[]);
                    self.b.bind(end);
                }
            }
            Expr::If(i) => {
                let (orelse, end) = (self.b.new_label(), self.b.new_label());
                self.expr(&i.test)?;
                self.b.jump("POP_JUMP_IF_FALSE", orelse);
                self.expr(&i.body)?;
                self.b.jump("JUMP", end);
                self.b.bind(orelse);
                self.expr(&i.orelse)?;
                self.b.bind(end);
            }
            Expr::List(l) if l.elts.iter().any(|x| matches!(x, Expr::Starred(_))) => {
                self.sequence_with_stars(&l.elts)?;
            }
            Expr::Tuple(t) if t.elts.iter().any(|x| matches!(x, Expr::Starred(_))) => {
                self.sequence_with_stars(&t.elts)?;
                self.b.emit("LIST_TO_TUPLE", &[]);
            }
            Expr::List(l) => {
                for item in &l.elts {
                    self.expr(item)?;
                }
                self.b.emit("BUILD_LIST", &[l.elts.len() as i64]);
            }
            Expr::Tuple(t) => {
                for item in &t.elts {
                    self.expr(item)?;
                }
                self.b.emit("BUILD_TUPLE", &[t.elts.len() as i64]);
            }
            Expr::ListComp(c) => {
                self.comprehension(comprehensions::Kind::List(&c.elt), &c.generators, e)?
            }
            Expr::SetComp(c) => {
                self.comprehension(comprehensions::Kind::Set(&c.elt), &c.generators, e)?
            }
            Expr::Set(s) => {
                self.sequence_with_stars(&s.elts)?;
                let folded = s.elts.len() > 2 && s.elts.iter().all(is_constant);
                self.b.emit("MAKE_SET", &[folded as i64]);
            }
            Expr::DictComp(c) => {
                let Some(key) = &c.key else {
                    return Err(self.unsupported("** in dict comprehensions", e));
                };
                self.comprehension(comprehensions::Kind::Dict(key, &c.value), &c.generators, e)?
            }
            Expr::Generator(g) => {
                self.comprehension(comprehensions::Kind::Generator(&g.elt), &g.generators, e)?
            }
            Expr::Lambda(l) => self.lambda(l)?,
            Expr::Named(n) => {
                // `target := value`: the value stays as the expression's result.
                self.expr(&n.value)?;
                self.b.emit("COPY_TOP", &[]);
                self.store(&n.target)?;
            }
            Expr::Yield(y) => {
                self.yield_allowed(e)?;
                match &y.value {
                    Some(v) => self.expr(v)?,
                    None => {
                        let none = self.b.constant(Constant::None);
                        self.b.emit("LOAD_CONST", &[none]);
                    }
                }
                self.set_line(e);
                self.b.emit("YIELD_VALUE", &[]);
            }
            Expr::YieldFrom(y) => {
                // `yield from it`: sends each value in to `it` and yields what it yields;
                // the expression's value is what `it` returns.
                self.yield_allowed(e)?;
                let (top, exhausted) = (self.b.new_label(), self.b.new_label());
                self.expr(&y.value)?;
                self.b.emit("GET_ITER", &[]);
                let none = self.b.constant(Constant::None);
                self.b.emit("LOAD_CONST", &[none]);
                self.b.bind(top);
                self.set_line(e);
                self.b.jump("SEND", exhausted);
                self.b.emit("YIELD_VALUE", &[]);
                self.b.jump("JUMP", top);
                self.b.bind(exhausted);
                self.b.emit("POP_TOP", &[]);
                self.b.emit("POP_TOP", &[]);
                self.b.emit("YIELD_FROM_RESULT", &[]);
            }
            Expr::FString(f) => {
                let mut parts = 0;
                for part in f.value.iter() {
                    match part {
                        ast::FStringPart::Literal(lit) => {
                            let c = self.b.constant(Constant::Str(lit.value.to_string()));
                            self.b.emit("LOAD_CONST", &[c]);
                            parts += 1;
                        }
                        ast::FStringPart::FString(fs) => {
                            parts += self.fstring_elements(&fs.elements)?
                        }
                    }
                }
                self.b.emit("BUILD_STRING", &[parts]);
            }
            Expr::Dict(d) if d.items.iter().any(|i| i.key.is_none()) => {
                self.b.emit("BUILD_MAP", &[0]);
                for item in &d.items {
                    match &item.key {
                        Some(key) => {
                            self.expr(key)?;
                            self.expr(&item.value)?;
                            self.b.emit("DICT_PUSH", &[]);
                        }
                        None => {
                            self.expr(&item.value)?;
                            self.b.emit("DICT_MERGE", &[]);
                        }
                    }
                }
            }
            Expr::Dict(d) => {
                for item in &d.items {
                    let Some(key) = &item.key else {
                        return Err(self.unsupported("** in dict displays", e));
                    };
                    self.expr(key)?;
                    self.expr(&item.value)?;
                }
                self.b.emit("BUILD_MAP", &[2 * d.items.len() as i64]);
            }
            Expr::Subscript(sub) if matches!(&*sub.slice, Expr::Slice(_)) => {
                let Expr::Slice(slice) = &*sub.slice else {
                    unreachable!()
                };
                self.expr(&sub.value)?;
                self.slice_bounds(slice)?;
                self.set_line(e);
                self.b.emit("SLICE", &[]);
            }
            Expr::Subscript(sub) => {
                self.expr(&sub.value)?;
                self.expr(&sub.slice)?;
                self.set_line(e);
                self.b.emit("BINARY_SUBSCR", &[]);
            }
            Expr::Attribute(attr) => {
                self.expr(&attr.value)?;
                let name = self.b.constant(Constant::Str(attr.attr.id.to_string()));
                self.set_line(e);
                self.b.emit("LOAD_ATTR", &[name]);
            }
            Expr::Call(call)
                if matches!(&*call.func, Expr::Name(n) if n.id.as_str() == "super")
                    && call.arguments.is_empty()
                    && self.frees.iter().any(|f| f == "__class__")
                    && self.nargs > 0 =>
            {
                // Zero-argument `super()`: `super(__class__, <first parameter>)`.
                self.load_name("super");
                self.load_name("__class__");
                let first = self
                    .locals
                    .as_ref()
                    .map(|l| l[0].clone())
                    .unwrap_or_default();
                self.load_name(&first);
                self.set_line(e);
                self.b.emit("CALL", &[2]);
            }
            Expr::Call(call)
                if call
                    .arguments
                    .args
                    .iter()
                    .any(|a| matches!(a, Expr::Starred(_)))
                    || call.arguments.keywords.iter().any(|k| k.arg.is_none()) =>
            {
                // `f(*xs, **kw)`: a list of the positional arguments, a dict of the keywords.
                self.expr(&call.func)?;
                self.sequence_with_stars(&call.arguments.args)?;
                self.b.emit("BUILD_MAP", &[0]);
                for k in call.arguments.keywords.iter() {
                    match &k.arg {
                        Some(name) => {
                            let c = self.b.constant(Constant::Str(name.id.to_string()));
                            self.b.emit("LOAD_CONST", &[c]);
                            self.expr(&k.value)?;
                            self.b.emit("DICT_PUSH", &[]);
                        }
                        None => {
                            self.expr(&k.value)?;
                            self.b.emit("DICT_MERGE", &[]);
                        }
                    }
                }
                self.set_line(e);
                self.b.emit("CALL_EX", &[]);
            }
            Expr::Call(call) => {
                self.expr(&call.func)?;
                for a in call.arguments.args.iter() {
                    self.expr(a)?;
                }
                let mut names = Vec::new();
                for k in call.arguments.keywords.iter() {
                    let Some(name) = &k.arg else {
                        return Err(self.unsupported("** arguments", k));
                    };
                    names.push(name.id.to_string());
                    self.expr(&k.value)?;
                }
                let n = call.arguments.args.len() + names.len();
                if n > 255 {
                    return Err(self.unsupported("calls with more than 255 arguments", e));
                }
                self.set_line(e);
                if names.is_empty() {
                    self.b.emit("CALL", &[n as i64]);
                } else {
                    let names = self.b.constant(Constant::Str(names.join(",")));
                    self.b.emit("CALL_KW", &[n as i64, names]);
                }
            }
            other => {
                return Err(
                    self.unsupported(&format!("this expression ({})", expr_name(other)), other)
                );
            }
        }
        Ok(())
    }
}

/// True for what CPython's compiler folds into a constant: literals, signed numbers, and
/// tuples of constants.
fn is_constant(e: &Expr) -> bool {
    match e {
        Expr::NumberLiteral(_)
        | Expr::StringLiteral(_)
        | Expr::BytesLiteral(_)
        | Expr::BooleanLiteral(_)
        | Expr::NoneLiteral(_)
        | Expr::EllipsisLiteral(_) => true,
        Expr::UnaryOp(u) => {
            matches!(u.op, ast::UnaryOp::USub | ast::UnaryOp::UAdd)
                && matches!(&*u.operand, Expr::NumberLiteral(_))
        }
        Expr::Tuple(t) => t.elts.iter().all(is_constant),
        _ => false,
    }
}

fn stmt_name(s: &Stmt) -> &'static str {
    match s {
        Stmt::Try(_) => "try",
        Stmt::With(_) => "with",
        Stmt::Import(_) | Stmt::ImportFrom(_) => "import",
        Stmt::Delete(_) => "del",
        Stmt::Nonlocal(_) => "nonlocal",
        Stmt::Match(_) => "match",
        _ => "statement",
    }
}

fn expr_name(e: &Expr) -> &'static str {
    match e {
        Expr::List(_) => "list display",
        Expr::Tuple(_) => "tuple display",
        Expr::Dict(_) => "dict display",
        Expr::Set(_) => "set display",
        Expr::Attribute(_) => "attribute",
        Expr::Subscript(_) => "subscript",
        Expr::FString(_) => "f-string",
        Expr::ListComp(_) | Expr::SetComp(_) | Expr::DictComp(_) | Expr::Generator(_) => {
            "comprehension"
        }
        _ => "expression",
    }
}
