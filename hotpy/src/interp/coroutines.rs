//! Coroutines and async generators: what `await`, `async for` and `async with` call
//! (GET_AWAITABLE, GET_AITER, GET_ANEXT, END_ASYNC_FOR), the awaitable steps of an async
//! generator (`asend`, `athrow`, `aclose`, `__anext__`) and `coro.__await__()`.
//!
//! A coroutine or async generator is a `Generator` object of another flavor, run by
//! `interp/generators.rs`. An async generator's frame suspends two ways: at a YIELD_VALUE
//! (its own `yield`: the value goes to whoever iterates it, as the StopIteration of the
//! step awaiting it) or at a YIELD_DELEGATED (an `await` inside it: the value passes through
//! to the event loop). [`step`] tells them apart by the instruction the frame stopped after.
//!
//! Must not: resume frames itself (`generators::resume` does).

use super::generators::{self, Resumed};
use crate::compiler::code::Flavor;
use crate::generated::layouts::{AsyncStep, Generator};
use crate::values::{self, NONE};
use crate::vm::{Error, ThreadState};
use gvmt::rt::{Value, Vm};

/// [`AsyncStep`] kinds.
const WRAPPER: i64 = 0;
const ASEND: i64 = 1;
const ATHROW: i64 = 2;
const ACLOSE: i64 = 3;

/// [`AsyncStep`] states.
const INIT: i64 = 0;
const ITER: i64 = 1;
const DONE: i64 = 2;

fn flavor_of(vm: &ThreadState, v: Value) -> Option<Flavor> {
    generators::owns_frame(vm, v).then(|| generators::flavor(vm, v))
}

fn is_step(vm: &ThreadState, v: Value) -> bool {
    values::layout_of(vm, v) == Some(AsyncStep::ID)
}

/// The builtin type index of an [`AsyncStep`].
pub fn step_type(vm: &ThreadState, s: Value) -> usize {
    use crate::objects::class::builtin_types::ids as T;
    match AsyncStep::kind(vm.vmctx(), s) {
        WRAPPER => T::COROUTINE_WRAPPER,
        ASEND => T::ASYNC_GENERATOR_ASEND,
        _ => T::ASYNC_GENERATOR_ATHROW,
    }
}

/// A new step of `kind` over `target` with `arg`.
fn new_step(vm: &mut ThreadState, kind: i64, target: Value, arg: Value) -> Result<Value, Error> {
    let (s, kept) = vm.alloc_with(AsyncStep::ID, AsyncStep::FIXED_SIZE, [target, arg])?;
    let ctx = vm.vmctx();
    AsyncStep::set_kind(ctx, s, kind);
    AsyncStep::set_state(ctx, s, INIT);
    AsyncStep::set_target(ctx, s, kept[0]);
    AsyncStep::set_arg(ctx, s, kept[1]);
    Ok(s)
}

fn type_name(vm: &ThreadState, v: Value) -> String {
    values::type_name(vm, v).to_string()
}

/// GET_AWAITABLE's extern: the iterator `await obj` delegates to. A coroutine is its own;
/// a generator of a `types.coroutine` function too; anything else's `__await__()` must
/// return an iterator.
pub fn get_awaitable(vm: &mut ThreadState, obj: Value, context: i64) -> Result<Value, Error> {
    match flavor_of(vm, obj) {
        Some(Flavor::Coroutine) => return Ok(obj),
        Some(Flavor::Generator) if iterable_coroutine(vm, obj) => return Ok(obj),
        _ => {}
    }
    if is_step(vm, obj) && AsyncStep::kind(vm.vmctx(), obj) != WRAPPER {
        return Ok(obj);
    }
    let not_awaitable = |vm: &ThreadState| {
        let t = type_name(vm, obj);
        let message = match context {
            1 => format!(
                "'async with' received an object from __aenter__ that does not implement __await__: {t}"
            ),
            2 => format!(
                "'async with' received an object from __aexit__ that does not implement __await__: {t}"
            ),
            3 => format!("'async for' received an invalid object from __anext__: {t}"),
            _ => format!("object {t} can't be used in 'await' expression"),
        };
        Error::new("TypeError", message)
    };
    if !crate::objects::class::is_instance(vm, obj) {
        return Err(not_awaitable(vm));
    }
    let Some(it) = crate::protocols::dunder::call(vm, obj, "__await__", &[])? else {
        return Err(not_awaitable(vm));
    };
    if flavor_of(vm, it) == Some(Flavor::Coroutine) {
        return Err(Error::new("TypeError", "__await__() returned a coroutine"));
    }
    if !is_iterator(vm, it)? {
        return Err(Error::new(
            "TypeError",
            format!(
                "__await__() returned non-iterator of type '{}'",
                type_name(vm, it)
            ),
        ));
    }
    Ok(it)
}

/// True if `it` has a `__next__` (what `await` and `yield from` can step).
fn is_iterator(vm: &mut ThreadState, it: Value) -> Result<bool, Error> {
    if crate::protocols::dunder::is_builtin_iterator(vm, it) || is_step(vm, it) {
        return Ok(true);
    }
    if !crate::objects::class::is_instance(vm, it) {
        return Ok(false);
    }
    Ok(crate::protocols::dunder::method(vm, it, "__next__")?.is_some())
}

/// True for a generator whose function `types.coroutine` marked.
fn iterable_coroutine(vm: &ThreadState, g: Value) -> bool {
    let index = Generator::code(vm.vmctx(), g) as usize;
    vm.loaded(index)
        .iterable_coroutine
        .load(std::sync::atomic::Ordering::Relaxed)
}

/// `_hotpy.mark_iterable_coroutine(f)`: `types.coroutine` on a generator function.
pub fn mark_iterable_coroutine(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: &[(String, Value)],
) -> Result<Value, Error> {
    let [f] = crate::modules::native::args_n::<1>("mark_iterable_coroutine", args, kwargs)?;
    if !values::is_function(vm, f) {
        return Err(Error::new("TypeError", "a function is required"));
    }
    let index = crate::generated::layouts::Function::code(vm.vmctx(), f) as usize;
    vm.loaded(index)
        .iterable_coroutine
        .store(true, std::sync::atomic::Ordering::Relaxed);
    Ok(f)
}

/// GET_AITER's extern: `obj.__aiter__()`, which must have `__anext__`.
pub fn get_aiter(vm: &mut ThreadState, obj: Value) -> Result<Value, Error> {
    if flavor_of(vm, obj) == Some(Flavor::AsyncGenerator) {
        return Ok(obj);
    }
    let missing = |vm: &ThreadState| {
        Error::new(
            "TypeError",
            format!(
                "'async for' requires an object with __aiter__ method, got {}",
                type_name(vm, obj)
            ),
        )
    };
    if !crate::objects::class::is_instance(vm, obj) {
        return Err(missing(vm));
    }
    let Some(aiter) = crate::protocols::dunder::call(vm, obj, "__aiter__", &[])? else {
        return Err(missing(vm));
    };
    let has_anext = flavor_of(vm, aiter) == Some(Flavor::AsyncGenerator)
        || crate::objects::class::is_instance(vm, aiter)
            && crate::protocols::dunder::method(vm, aiter, "__anext__")?.is_some();
    if !has_anext {
        return Err(Error::new(
            "TypeError",
            format!(
                "'async for' received an object from __aiter__ that does not implement __anext__: {}",
                type_name(vm, aiter)
            ),
        ));
    }
    Ok(aiter)
}

/// GET_ANEXT's extern: the awaitable of `aiter.__anext__()`.
pub fn get_anext(vm: &mut ThreadState, aiter: Value) -> Result<Value, Error> {
    if flavor_of(vm, aiter) == Some(Flavor::AsyncGenerator) {
        return agen_step(vm, ASEND, aiter, NONE);
    }
    let Some(awaitable) = crate::protocols::dunder::call(vm, aiter, "__anext__", &[])? else {
        return Err(Error::new(
            "TypeError",
            format!(
                "'async for' requires an iterator with __anext__ method, got {}",
                type_name(vm, aiter)
            ),
        ));
    };
    get_awaitable(vm, awaitable, 3)
}

/// END_ASYNC_FOR's extern: StopAsyncIteration ends the loop; anything else is raised again.
pub fn end_async_for(vm: &mut ThreadState, exc: Value) -> Result<(), Error> {
    let error = crate::objects::exception::reraise(vm, exc);
    if error.is("StopAsyncIteration") {
        Ok(())
    } else {
        Err(error)
    }
}

/// One step of an [`AsyncStep`]: sends `sent` (or throws `throw`) into its coroutine or
/// async generator. `Yielded` passes a value through to the event loop; `Returned(v)` is
/// the step's result (its StopIteration value).
pub fn step(
    vm: &mut ThreadState,
    s: Value,
    mut sent: Value,
    throw: Option<Error>,
) -> Result<Resumed, Error> {
    let ctx = vm.vmctx();
    let (kind, state, target) = (
        AsyncStep::kind(ctx, s),
        AsyncStep::state(ctx, s),
        AsyncStep::target(ctx, s),
    );
    if kind == WRAPPER {
        return generators::resume(vm, target, sent, throw);
    }
    if state == DONE {
        let what = if kind == ASEND {
            "__anext__()/asend()"
        } else {
            "aclose()/athrow()"
        };
        return Err(Error::new(
            "RuntimeError",
            format!("cannot reuse already awaited {what}"),
        ));
    }
    let mut throw = throw;
    if state == INIT && throw.is_none() {
        AsyncStep::set_state(ctx, s, ITER);
        match kind {
            ASEND => {
                if sent == NONE {
                    sent = AsyncStep::arg(ctx, s);
                }
            }
            _ => {
                if sent != NONE {
                    return Err(Error::new(
                        "RuntimeError",
                        "can't send non-None value to a just-started coroutine",
                    ));
                }
                if kind == ACLOSE
                    && (generators::finished(vm, target) || generators::is_new(vm, target))
                {
                    generators::finish(vm, target);
                    AsyncStep::set_state(vm.vmctx(), s, DONE);
                    return Ok(Resumed::Returned(NONE));
                }
                if generators::finished(vm, target) {
                    AsyncStep::set_state(vm.vmctx(), s, DONE);
                    return Err(Error::new("StopAsyncIteration", ""));
                }
                throw = Some(if kind == ACLOSE {
                    Error::new("GeneratorExit", "")
                } else {
                    thrown_error(vm, AsyncStep::arg(vm.vmctx(), s))
                });
            }
        }
    } else if state == INIT {
        AsyncStep::set_state(ctx, s, ITER);
    }
    let (result, own_yield, s) = vm.handle_scope(|vm| {
        let h = vm.mutator().root(s);
        let target = AsyncStep::target(vm.vmctx(), s);
        let result = generators::resume(vm, target, sent, throw);
        let s = vm.mutator().get(h);
        let target = AsyncStep::target(vm.vmctx(), s);
        // A value yielded by the async generator's own `yield` (not passed through from an
        // `await` inside it).
        let own_yield =
            matches!(result, Ok(Resumed::Yielded(_))) && !generators::delegating(vm, target);
        (result, own_yield, s)
    });
    let done = |vm: &mut ThreadState| AsyncStep::set_state(vm.vmctx(), s, DONE);
    match result {
        Ok(Resumed::Yielded(v)) if !own_yield => Ok(Resumed::Yielded(v)),
        Ok(Resumed::Yielded(v)) => {
            done(vm);
            if kind == ACLOSE {
                return Err(Error::new(
                    "RuntimeError",
                    "async generator ignored GeneratorExit",
                ));
            }
            Ok(Resumed::Returned(v))
        }
        Ok(Resumed::Returned(_)) => {
            done(vm);
            if kind == ACLOSE {
                return Ok(Resumed::Returned(NONE));
            }
            Err(Error::new("StopAsyncIteration", ""))
        }
        Err(e) => {
            done(vm);
            if kind == ACLOSE && (e.is("GeneratorExit") || e.is("StopAsyncIteration")) {
                return Ok(Resumed::Returned(NONE));
            }
            Err(e)
        }
    }
}

/// The error `athrow(exc)` throws: the exception instance, or an instance of the class.
fn thrown_error(vm: &mut ThreadState, exc: Value) -> Error {
    crate::objects::exception::raise_one(vm, exc)
}

fn step_result(vm: &mut ThreadState, r: Resumed) -> Result<Value, Error> {
    match r {
        Resumed::Yielded(v) => Ok(v),
        Resumed::Returned(v) => Err(generators::stop_iteration(vm, v)),
    }
}

/// `step.send(value)`.
pub fn step_send(vm: &mut ThreadState, s: Value, args: &[Value]) -> Result<Value, Error> {
    crate::objects::arity("send", args, 1, 1)?;
    let r = step(vm, s, args[0], None)?;
    step_result(vm, r)
}

/// `step.__next__()`.
pub fn step_next(vm: &mut ThreadState, s: Value, args: &[Value]) -> Result<Value, Error> {
    crate::objects::arity("__next__", args, 0, 0)?;
    let r = step(vm, s, NONE, None)?;
    step_result(vm, r)
}

/// `step.throw(exc)`.
pub fn step_throw(vm: &mut ThreadState, s: Value, args: &[Value]) -> Result<Value, Error> {
    crate::objects::arity("throw", args, 1, 3)?;
    if AsyncStep::kind(vm.vmctx(), s) == WRAPPER {
        let target = AsyncStep::target(vm.vmctx(), s);
        return generators::throw(vm, target, args);
    }
    let (s, error) = vm.handle_scope(|vm| {
        let h = vm.mutator().root(s);
        let error = thrown_error(vm, args[0]);
        (vm.mutator().get(h), error)
    });
    if !error.is_exception() {
        return Err(error);
    }
    let r = step(vm, s, NONE, Some(error))?;
    step_result(vm, r)
}

/// `step.close()`.
pub fn step_close(vm: &mut ThreadState, s: Value, args: &[Value]) -> Result<Value, Error> {
    crate::objects::arity("close", args, 0, 0)?;
    let ctx = vm.vmctx();
    if AsyncStep::kind(ctx, s) == WRAPPER {
        return generators::close(vm, AsyncStep::target(ctx, s), &[]);
    }
    AsyncStep::set_state(ctx, s, DONE);
    Ok(NONE)
}

/// `coro.__await__()`: an iterator over the coroutine's steps.
pub fn coroutine_await(vm: &mut ThreadState, c: Value, args: &[Value]) -> Result<Value, Error> {
    crate::objects::arity("__await__", args, 0, 0)?;
    new_step(vm, WRAPPER, c, NONE)
}

/// A step of async generator `g`; the first one calls `sys`'s firstiter hook with `g` (as
/// asyncio's loop uses to close the generators left at its shutdown).
fn agen_step(vm: &mut ThreadState, kind: i64, g: Value, arg: Value) -> Result<Value, Error> {
    const HOOKED: i64 = 1;
    let flags = Generator::flags(vm.vmctx(), g);
    let hook = vm.asyncgen_hooks[0]
        .as_ref()
        .map(|p| vm.mutator_ref().pinned(p));
    match hook {
        Some(hook) if flags & HOOKED == 0 => {
            Generator::set_flags(vm.vmctx(), g, flags | HOOKED);
            crate::modules::builtins::object_functions::rooted(vm, &[g, arg], |vm, h| {
                let g = vm.mutator().get(h[0]);
                vm.call(hook, &[g], &[])?;
                let (g, arg) = (vm.mutator().get(h[0]), vm.mutator().get(h[1]));
                new_step(vm, kind, g, arg)
            })
        }
        _ => {
            Generator::set_flags(vm.vmctx(), g, flags | HOOKED);
            new_step(vm, kind, g, arg)
        }
    }
}

/// `agen.__anext__()`.
pub fn agen_anext(vm: &mut ThreadState, g: Value, args: &[Value]) -> Result<Value, Error> {
    crate::objects::arity("__anext__", args, 0, 0)?;
    agen_step(vm, ASEND, g, NONE)
}

/// `agen.asend(value)`.
pub fn agen_asend(vm: &mut ThreadState, g: Value, args: &[Value]) -> Result<Value, Error> {
    crate::objects::arity("asend", args, 1, 1)?;
    agen_step(vm, ASEND, g, args[0])
}

/// `agen.athrow(exc)`.
pub fn agen_athrow(vm: &mut ThreadState, g: Value, args: &[Value]) -> Result<Value, Error> {
    crate::objects::arity("athrow", args, 1, 3)?;
    agen_step(vm, ATHROW, g, args[0])
}

/// `agen.aclose()`.
pub fn agen_aclose(vm: &mut ThreadState, g: Value, args: &[Value]) -> Result<Value, Error> {
    crate::objects::arity("aclose", args, 0, 0)?;
    agen_step(vm, ACLOSE, g, NONE)
}

/// `_hotpy.asyncgen_hooks()`: this thread's `(firstiter, finalizer)`.
pub fn asyncgen_hooks(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: &[(String, Value)],
) -> Result<Value, Error> {
    crate::modules::native::args_n::<0>("asyncgen_hooks", args, kwargs)?;
    let hooks = vm
        .asyncgen_hooks
        .clone()
        .map(|h| h.map_or(NONE, |p| vm.mutator_ref().pinned(&p)));
    crate::objects::sequence::new_tuple(vm, &hooks)
}

/// `_hotpy.set_asyncgen_hooks(firstiter, finalizer)` (None clears one).
pub fn set_asyncgen_hooks(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: &[(String, Value)],
) -> Result<Value, Error> {
    let hooks = crate::modules::native::args_n::<2>("set_asyncgen_hooks", args, kwargs)?;
    for (i, hook) in hooks.into_iter().enumerate() {
        vm.asyncgen_hooks[i] = (hook != NONE).then(|| vm.mutator().pin(hook));
    }
    Ok(NONE)
}

/// `__aiter__`, `__await__` of a step, `__iter__`: the object itself.
pub fn itself(_vm: &mut ThreadState, v: Value, args: &[Value]) -> Result<Value, Error> {
    crate::objects::arity("__iter__", args, 0, 0)?;
    Ok(v)
}

/// `repr` of a step: `<async_generator_asend object>`...
pub fn step_repr(vm: &ThreadState, s: Value) -> String {
    format!("<{} object>", type_name(vm, s))
}
