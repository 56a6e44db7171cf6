//! Comprehensions (list, set, dict) and generator expressions, compiled as CPython 3.11 does:
//! a nested function over the first iterable's iterator (the `.0` parameter), called at once.
//! Its variables are its own locals (so closures inside capture them), and a generator
//! expression is a real generator, evaluated lazily.

use super::code::Constant;
use super::{Result, Unit};
use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;

/// What a comprehension builds.
pub(super) enum Kind<'e> {
    List(&'e Expr),
    Set(&'e Expr),
    Dict(&'e Expr, &'e Expr),
    Generator(&'e Expr),
}

impl Unit<'_> {
    pub(super) fn comprehension(
        &mut self,
        kind: Kind<'_>,
        generators: &[ast::Comprehension],
        at: &Expr,
    ) -> Result<()> {
        let elts: Vec<&Expr> = match kind {
            Kind::List(e) | Kind::Set(e) | Kind::Generator(e) => vec![e],
            Kind::Dict(k, v) => vec![k, v],
        };
        let is_async = super::coroutines::comprehension_is_async(&elts, generators);
        let awaited = is_async && !matches!(kind, Kind::Generator(_));
        if awaited {
            self.async_allowed(
                "asynchronous comprehension outside of an asynchronous function",
                at,
            )?;
        }
        let name = match kind {
            Kind::List(_) => "<listcomp>",
            Kind::Set(_) => "<setcomp>",
            Kind::Dict(..) => "<dictcomp>",
            Kind::Generator(_) => "<genexpr>",
        };
        let qualname = format!("{}{name}", self.qualprefix);
        let (code, frees) = {
            let (mut unit, info) = self.nested(name, at.range(), qualname);
            unit.qualprefix = format!("{}.<locals>.", unit.qualname);
            unit.nargs = 1;
            unit.is_async = is_async;
            unit.set_line(at);
            unit.comprehension_body(&kind, generators)?;
            (unit.finish()?, info.frees)
        };
        self.set_line(at);
        self.make_function(code, &frees);
        // The first iterable is evaluated here, in the enclosing scope.
        self.expr(&generators[0].iter)?;
        self.b.emit(
            if generators[0].is_async {
                "GET_AITER"
            } else {
                "GET_ITER"
            },
            &[],
        );
        self.b.emit("CALL", &[1]);
        if awaited {
            // A list, set or dict comprehension that awaits is a coroutine: await it here.
            self.emit_await(super::coroutines::AwaitOf::Expression);
        }
        Ok(())
    }

    /// The body of a comprehension's function: the loops, then the result.
    fn comprehension_body(
        &mut self,
        kind: &Kind<'_>,
        generators: &[ast::Comprehension],
    ) -> Result<()> {
        let acc = match kind {
            Kind::Generator(_) => None,
            _ => {
                let acc = self.hidden_named("result");
                match kind {
                    Kind::Dict(..) => self.b.emit("BUILD_MAP", &[0]),
                    _ => self.b.emit("BUILD_LIST", &[0]),
                }
                self.store_name(&acc);
                Some(acc)
            }
        };
        let mut exits = Vec::new();
        for (i, g) in generators.iter().enumerate() {
            if i == 0 {
                self.b.emit("LOAD_FAST", &[0]);
            } else {
                self.expr(&g.iter)?;
                self.b
                    .emit(if g.is_async { "GET_AITER" } else { "GET_ITER" }, &[]);
            }
            let (top, exhausted) = (self.b.new_label(), self.b.new_label());
            if g.is_async {
                self.async_loop_head(top, exhausted);
            } else {
                self.b.bind(top);
                self.b.jump("FOR_ITER", exhausted);
            }
            self.store(&g.target)?;
            self.depth += 1;
            for cond in &g.ifs {
                self.expr(cond)?;
                self.b.jump("POP_JUMP_IF_FALSE", top);
            }
            exits.push((top, exhausted, g.is_async));
        }
        match kind {
            Kind::List(elt) | Kind::Set(elt) => {
                self.load_name(acc.as_deref().expect("an accumulator"));
                self.expr(elt)?;
                self.b.emit("LIST_APPEND", &[]);
            }
            Kind::Dict(key, value) => {
                // The key is evaluated before the value (Python 3.8+).
                self.load_name(acc.as_deref().expect("an accumulator"));
                self.expr(key)?;
                self.expr(value)?;
                self.b.emit("DICT_PUSH", &[]);
                self.b.emit("POP_TOP", &[]);
            }
            Kind::Generator(elt) => {
                self.expr(elt)?;
                self.is_generator = true;
                self.b.emit("YIELD_VALUE", &[]);
                self.b.emit("POP_TOP", &[]);
            }
        }
        for (top, exhausted, is_async) in exits.into_iter().rev() {
            self.b.jump("JUMP", top);
            self.b.bind(exhausted);
            if !is_async {
                // The iterator and FOR_ITER's marker (END_ASYNC_FOR popped both already).
                self.b.emit("POP_TOP", &[]);
                self.b.emit("POP_TOP", &[]);
            }
            self.depth -= 1;
        }
        match (kind, acc) {
            (Kind::Set(_), Some(acc)) => {
                self.load_name(&acc);
                self.b.emit("MAKE_SET", &[0]);
                self.b.emit("RETURN_VALUE", &[]);
            }
            (_, Some(acc)) => {
                self.load_name(&acc);
                self.b.emit("RETURN_VALUE", &[]);
            }
            (_, None) => {
                let none = self.b.constant(Constant::None);
                self.b.emit("LOAD_CONST", &[none]);
                self.b.emit("RETURN_VALUE", &[]);
            }
        }
        Ok(())
    }
}
