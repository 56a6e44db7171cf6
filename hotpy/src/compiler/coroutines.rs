//! `async def` bodies: `await`, `async for` and the awaits of `async with` and of async
//! comprehensions.
//!
//! An `await` is a `yield from` over the object's awaitable iterator (GET_AWAITABLE): SEND
//! steps it and YIELD_DELEGATED passes what it yields to whoever drives the coroutine (the
//! event loop), so a throw or close reaches the innermost awaited coroutine first. An `async
//! for` loop calls `__anext__` and awaits its result inside a handler region whose handler,
//! END_ASYNC_FOR, ends the loop on StopAsyncIteration and raises anything else again.

use super::builder::Label;
use super::code::Constant;
use super::{Result, Unit};
use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;

/// GET_AWAITABLE's context operand, for CPython's messages.
#[derive(Clone, Copy)]
pub(super) enum AwaitOf {
    Expression = 0,
    Aenter = 1,
    Aexit = 2,
    Anext = 3,
}

impl Unit<'_> {
    /// Awaits the value on the stack, leaving the result.
    pub(super) fn emit_await(&mut self, of: AwaitOf) {
        self.b.emit("GET_AWAITABLE", &[of as i64]);
        let none = self.b.constant(Constant::None);
        self.b.emit("LOAD_CONST", &[none]);
        self.delegate_loop();
    }

    /// The `yield from` loop over the iterator and first value on the stack: sends each
    /// value in, yields what the iterator yields, and leaves its return value.
    pub(super) fn delegate_loop(&mut self) {
        let (top, exhausted) = (self.b.new_label(), self.b.new_label());
        self.b.bind(top);
        self.b.jump("SEND", exhausted);
        self.b.emit("YIELD_DELEGATED", &[]);
        self.b.jump("JUMP", top);
        self.b.bind(exhausted);
        self.b.emit("POP_TOP", &[]);
        self.b.emit("POP_TOP", &[]);
        self.b.emit("YIELD_FROM_RESULT", &[]);
    }

    /// `await value`: only in an `async def` (or an async comprehension in one).
    pub(super) fn await_expr(&mut self, value: &Expr, at: &Expr) -> Result<()> {
        self.async_allowed("'await' outside async function", at)?;
        self.expr(value)?;
        self.set_line(at);
        self.emit_await(AwaitOf::Expression);
        Ok(())
    }

    /// A SyntaxError with `message` unless this unit is an `async def` body; at module level
    /// CPython says "outside function" for `await`.
    pub(super) fn async_allowed(&self, message: &str, at: &impl Ranged) -> Result<()> {
        if self.is_async {
            return Ok(());
        }
        let message = if !self.in_function() && message.starts_with("'await'") {
            "'await' outside function"
        } else {
            message
        };
        Err(self.error("SyntaxError", message, at))
    }

    /// The head of an `async for` loop at `top`, with the asynchronous iterator on the stack:
    /// pushes the next value, or jumps to `exhausted` (with the iterator popped) when
    /// `__anext__` raises StopAsyncIteration.
    pub(super) fn async_loop_head(&mut self, top: Label, exhausted: Label) {
        let body = self.b.new_label();
        let depth = self.depth + 1;
        self.b.bind(top);
        self.open_region();
        self.b.emit("GET_ANEXT", &[]);
        self.emit_await(AwaitOf::Anext);
        self.b.jump("JUMP", body);
        let handler = self.b.code.len();
        self.close_region(handler, depth);
        self.b.emit("END_ASYNC_FOR", &[]);
        self.b.jump("JUMP", exhausted);
        self.b.bind(body);
    }

    /// `async for target in iterable: body else: orelse`.
    pub(super) fn async_for(&mut self, f: &ast::StmtFor, s: &ast::Stmt) -> Result<()> {
        self.async_allowed("'async for' outside async function", s)?;
        let (top, exhausted, brk, end) = (
            self.b.new_label(),
            self.b.new_label(),
            self.b.new_label(),
            self.b.new_label(),
        );
        self.expr(&f.iter)?;
        self.b.emit("GET_AITER", &[]);
        self.set_line(s);
        self.async_loop_head(top, exhausted);
        self.store(&f.target)?;
        self.loops.push((top, brk, self.cleanups.len()));
        self.depth += 1;
        self.in_blocks(1, s, |u| u.body(&f.body))?;
        self.depth -= 1;
        self.loops.pop();
        self.b.jump("JUMP", top);
        // Exhausted: END_ASYNC_FOR popped the iterator.
        self.b.bind(exhausted);
        self.body(&f.orelse)?;
        self.b.jump("JUMP", end);
        // `break`: the iterator is still on the stack.
        self.b.bind(brk);
        self.b.emit("POP_ITER", &[]);
        self.b.bind(end);
        Ok(())
    }
}

/// True if a comprehension must be asynchronous: an `async for` in it, or an `await` in its
/// element, conditions or inner iterables (not inside a nested function).
pub(super) fn comprehension_is_async(elts: &[&Expr], generators: &[ast::Comprehension]) -> bool {
    if generators.iter().any(|g| g.is_async) {
        return true;
    }
    let mut finder = AwaitFinder(false);
    for e in elts {
        finder.visit_expr(e);
    }
    for (i, g) in generators.iter().enumerate() {
        if i > 0 {
            finder.visit_expr(&g.iter);
        }
        for cond in &g.ifs {
            finder.visit_expr(cond);
        }
    }
    finder.0
}

/// Finds an `await` (or an async comprehension, which awaits) outside nested functions.
struct AwaitFinder(bool);

impl<'a> Visitor<'a> for AwaitFinder {
    fn visit_expr(&mut self, e: &'a Expr) {
        match e {
            Expr::Await(_) => self.0 = true,
            Expr::Lambda(_) => {}
            // A generator expression is a function of its own (an async generator if it
            // awaits), but its first iterable is evaluated here.
            Expr::Generator(g) => self.visit_expr(&g.generators[0].iter),
            Expr::ListComp(ast::ExprListComp { generators, .. })
            | Expr::SetComp(ast::ExprSetComp { generators, .. })
            | Expr::DictComp(ast::ExprDictComp { generators, .. })
                if generators.iter().any(|g| g.is_async) =>
            {
                self.0 = true
            }
            _ => visitor::walk_expr(self, e),
        }
    }
}
