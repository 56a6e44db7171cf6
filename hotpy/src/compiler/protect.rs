//! Protected regions: `try`/`except`/`else`, `try`/`finally` and `with`.
//!
//! A region is a set of pc ranges whose exceptions go to one handler (an entry per range in
//! the code's handler table). `finally` bodies and `with` exits are *cleanups*: they run
//! inline on the normal exit, in the handler on the exceptional one, and inline again before
//! every `return`, `break` or `continue` that leaves them. While such inlined cleanup code is
//! emitted, the regions it leaves are suspended (a hole in their ranges), so an exception in
//! a `finally` body is not caught by its own `try`.

use super::code::{Constant, Handler};
use super::{Result, Unit};
use ruff_python_ast::{self as ast, Stmt};

/// What must run when control leaves a protected region.
#[derive(Clone, Debug)]
pub(super) enum Cleanup {
    /// A `finally` body.
    Finally(Vec<Stmt>),
    /// A `with` (or `async with`): the hidden local holding the bound `__exit__` (or
    /// `__aexit__`, whose result is awaited).
    With { exit: String, is_async: bool },
}

#[derive(Clone, Debug)]
pub(super) struct ActiveCleanup {
    cleanup: Cleanup,
    /// Index of its region in `Unit::regions`.
    region: usize,
}

/// A region being compiled: its finished ranges and the start of the current one (None while
/// suspended).
#[derive(Clone, Debug, Default)]
pub(super) struct OpenRegion {
    ranges: Vec<(usize, usize)>,
    start: Option<usize>,
}

/// Regions suspended by [`Unit::run_cleanups`], to resume after the jump.
pub(super) struct Suspended(usize);

impl Unit<'_> {
    pub(super) fn open_region(&mut self) -> usize {
        let start = self.b.code.len();
        self.regions.push(OpenRegion {
            ranges: vec![],
            start: Some(start),
        });
        self.regions.len() - 1
    }

    /// Ends the innermost region; its handler is at `target`, entered with the stack cut to
    /// `depth` and the exception pushed.
    pub(super) fn close_region(&mut self, target: usize, depth: usize) {
        let mut region = self.regions.pop().expect("an open region");
        if let Some(start) = region.start {
            region.ranges.push((start, self.b.code.len()));
        }
        for (start, end) in region.ranges {
            if start < end {
                self.handlers.push(Handler {
                    start,
                    end,
                    target,
                    depth,
                });
            }
        }
    }

    /// Emits the cleanups from the innermost down to `down_to` (an index into `cleanups`), as
    /// a `return`, `break` or `continue` leaves them. The caller emits its jump, then calls
    /// [`Unit::resume`].
    pub(super) fn run_cleanups(&mut self, down_to: usize) -> Result<Suspended> {
        let Some(first) = self.cleanups.get(down_to).map(|c| c.region) else {
            return Ok(Suspended(self.regions.len()));
        };
        let pc = self.b.code.len();
        for r in &mut self.regions[first..] {
            if let Some(start) = r.start.take() {
                r.ranges.push((start, pc));
            }
        }
        for i in (down_to..self.cleanups.len()).rev() {
            let saved = self.cleanups.split_off(i);
            let result = self.emit_cleanup(&saved[0].cleanup);
            self.cleanups.extend(saved);
            result?;
        }
        Ok(Suspended(first))
    }

    pub(super) fn resume(&mut self, s: Suspended) {
        let pc = self.b.code.len();
        for r in &mut self.regions[s.0..] {
            r.start = Some(pc);
        }
    }

    /// The cleanup's normal-exit code.
    fn emit_cleanup(&mut self, cleanup: &Cleanup) -> Result<()> {
        match cleanup {
            Cleanup::Finally(body) => self.body(body),
            Cleanup::With { exit, is_async } => {
                self.load_name(exit);
                let none = self.b.constant(Constant::None);
                self.b.emit("LOAD_CONST", &[none]);
                self.call_exit(*is_async);
                self.b.emit("POP_TOP", &[]);
                Ok(())
            }
        }
    }

    /// Calls the exit method and exception on the stack: `__exit__` directly, `__aexit__`
    /// and an await of its result.
    fn call_exit(&mut self, is_async: bool) {
        if is_async {
            self.b.emit("CALL_AEXIT", &[]);
            self.emit_await(super::coroutines::AwaitOf::Aexit);
        } else {
            self.b.emit("CALL_EXIT", &[]);
        }
    }

    /// Compiles `body` inside a region whose exit, normal or not, runs `cleanup`.
    fn protected(
        &mut self,
        cleanup: Cleanup,
        body: impl FnOnce(&mut Self) -> Result<()>,
    ) -> Result<()> {
        let depth = self.depth;
        let region = self.open_region();
        self.cleanups.push(ActiveCleanup {
            cleanup: cleanup.clone(),
            region,
        });
        let result = body(self);
        self.cleanups.pop();
        result?;
        // Normal exit. The region ends before it, so its exceptions propagate.
        let handler = self.b.new_label();
        let end = self.b.new_label();
        let pc = self.b.code.len();
        if let Some(start) = self.regions[region].start.take() {
            self.regions[region].ranges.push((start, pc));
        }
        self.emit_cleanup(&cleanup)?;
        self.b.jump("JUMP", end);
        // Exceptional exit: the exception is on the stack.
        self.b.bind(handler);
        let target = self.b.code.len();
        self.close_region(target, depth);
        let exc = self.hidden_name();
        self.store_name(&exc);
        self.handling_exception(&exc.clone(), |u| {
            match &cleanup {
                Cleanup::Finally(body) => u.body(body)?,
                Cleanup::With { exit, is_async } => {
                    u.load_name(exit);
                    u.load_name(&exc);
                    u.call_exit(*is_async);
                    u.b.jump("POP_JUMP_IF_TRUE", end);
                }
            }
            Ok(())
        })?;
        self.load_name(&exc);
        self.b.emit("RERAISE", &[]);
        self.b.bind(end);
        Ok(())
    }

    /// `try` with any of `except`, `else`, `finally`.
    pub(super) fn try_stmt(&mut self, t: &ast::StmtTry) -> Result<()> {
        let try_except = |u: &mut Self| {
            if t.is_star {
                u.try_star(t)
            } else {
                u.try_except(t)
            }
        };
        if t.finalbody.is_empty() {
            return try_except(self);
        }
        // The body (FINALLY_TRY in CPython) and the `finally` body (FINALLY_END) each count
        // as one block.
        self.in_blocks(1, t, |u| {
            u.protected(Cleanup::Finally(t.finalbody.to_vec()), try_except)
        })
    }

    /// `try`/`except`/`else`. The handler gets the exception on the stack; each clause tests
    /// its class with CHECK_EXC_MATCH; no match re-raises.
    fn try_except(&mut self, t: &ast::StmtTry) -> Result<()> {
        if t.handlers.is_empty() {
            self.body(&t.body)?;
            return self.body(&t.orelse);
        }
        let depth = self.depth;
        let (handler, orelse, end) = (self.b.new_label(), self.b.new_label(), self.b.new_label());
        self.open_region();
        self.in_blocks(1, t, |u| u.body(&t.body))?;
        self.b.jump("JUMP", orelse);
        self.b.bind(handler);
        let target = self.b.code.len();
        self.close_region(target, depth);
        for clause in &t.handlers {
            let ast::ExceptHandler::ExceptHandler(clause) = clause;
            self.set_line(clause);
            let next = self.b.new_label();
            if let Some(cls) = &clause.type_ {
                self.expr(cls)?;
                self.b.emit("CHECK_EXC_MATCH", &[]);
                self.b.jump("POP_JUMP_IF_FALSE", next);
            }
            let hidden = self.hidden_name();
            if let Some(name) = &clause.name {
                self.b.emit("COPY_TOP", &[]);
                self.store_name(name.id.as_str());
            }
            self.store_name(&hidden);
            self.handling.push(hidden.clone());
            // A clause's body is two blocks deep (CPython's EXCEPTION_HANDLER and
            // HANDLER_CLEANUP).
            let body = self.in_blocks(2, clause, |u| {
                u.handling_exception(&hidden, |u| u.body(&clause.body))
            });
            self.handling.pop();
            body?;
            // As CPython: the `as` name and the kept exception are unbound after the clause.
            if let Some(name) = &clause.name {
                self.unbind_name(name.id.as_str());
            }
            self.unbind_name(&hidden);
            self.b.jump("JUMP", end);
            self.b.bind(next);
        }
        self.b.emit("RERAISE", &[]);
        self.b.bind(orelse);
        self.body(&t.orelse)?;
        self.b.bind(end);
        Ok(())
    }

    /// `with a as x, b as y: body` is `with a as x: with b as y: body`. Each manager's bound
    /// `__exit__` is kept in a hidden local; `__enter__`'s result goes to the target.
    pub(super) fn with_stmt(&mut self, w: &ast::StmtWith) -> Result<()> {
        if w.is_async {
            self.async_allowed("'async with' outside async function", w)?;
        }
        self.with_items(w, &w.items)
    }

    fn with_items(&mut self, w: &ast::StmtWith, items: &[ast::WithItem]) -> Result<()> {
        let body = &w.body;
        let Some((item, rest)) = items.split_first() else {
            return self.body(body);
        };
        let is_async = w.is_async;
        self.expr(&item.context_expr)?;
        self.b.emit("COPY_TOP", &[]);
        self.b
            .emit(if is_async { "GET_AEXIT" } else { "GET_EXIT" }, &[]);
        let exit = self.hidden_named("exit");
        self.store_name(&exit);
        let name = if is_async { "__aenter__" } else { "__enter__" };
        let enter = self.b.constant(Constant::Str(name.into()));
        self.b.emit_attr("LOAD_ATTR", enter);
        self.b.emit("CALL", &[0]);
        if is_async {
            self.emit_await(super::coroutines::AwaitOf::Aenter);
        }
        match &item.optional_vars {
            Some(target) => self.store(target)?,
            None => self.b.emit("POP_TOP", &[]),
        }
        // Each manager's body is one block deeper (CPython's WITH).
        self.in_blocks(1, w, |u| {
            u.protected(Cleanup::With { exit, is_async }, |u| u.with_items(w, rest))
        })
    }
}
