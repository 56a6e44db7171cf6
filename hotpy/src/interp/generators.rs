//! Generators: a call of a function whose body yields makes a `Generator` object that owns the
//! call's frame (a heap object). Resuming it puts that frame on the thread's chain as the entry
//! frame of a new interpreter invocation and runs it until its next YIELD_VALUE (a `suspend`,
//! which leaves the frame resumable) or its end; nothing is copied in or out. Frames of
//! generators run interpreted or compiled like any other.
//!
//! Coroutines and async generators are the same object with another flavor (their code's
//! [`Flavor`]); `interp/coroutines.rs` has what only they do. A throw into a frame waiting
//! at a YIELD_DELEGATED (a `yield from` or `await`) goes to the iterator it delegates to
//! first: the frame is resumed with [`THROWN`] and SEND passes the exception on.

use crate::compiler::code::Flavor;
use crate::generated::layouts::{AsyncStep, Generator, THROWN};
use crate::values::{self, EXHAUSTED, NONE};
use crate::vm::{Error, ThreadState};
use gvmt::rt::frame::{self, flags, slot};
use gvmt::rt::{Value, Vm};

pub(crate) const NEW: i64 = 0;
const SUSPENDED: i64 = 1;
const RUNNING: i64 = 2;
const FINISHED: i64 = 3;

/// Generator flag: registered for finalization (its code yields inside a `try` or `with`):
/// dropped while suspended, it is closed (`vm/finalizers.rs`).
pub(crate) const FINALIZABLE: i64 = 2;

/// True while `g` is suspended at a yield.
pub fn suspended(vm: &ThreadState, g: Value) -> bool {
    Generator::state(vm.vmctx(), g) == SUSPENDED
}

/// True for a generator (not a coroutine or async generator).
pub fn is_generator(vm: &ThreadState, v: Value) -> bool {
    owns_frame(vm, v) && flavor(vm, v) == Flavor::Generator
}

/// True for a generator, coroutine or async generator (an object that owns its frame).
pub fn owns_frame(vm: &ThreadState, v: Value) -> bool {
    values::layout_of(vm, v) == Some(Generator::ID)
}

/// Which of the three a frame-owning object is.
pub fn flavor(vm: &ThreadState, g: Value) -> Flavor {
    let index = Generator::code(vm.vmctx(), g) as usize;
    vm.loaded(index).code.flavor
}

/// "generator", "coroutine" or "async generator", for messages.
fn noun(flavor: Flavor) -> &'static str {
    match flavor {
        Flavor::Generator => "generator",
        Flavor::Coroutine => "coroutine",
        Flavor::AsyncGenerator => "async generator",
    }
}

/// True while `g` is suspended at a YIELD_DELEGATED: its frame waits on a `yield from` or
/// `await`, whose iterator is under the output slot of the yield.
pub fn delegating(vm: &ThreadState, g: Value) -> bool {
    let ctx = vm.vmctx();
    if Generator::state(ctx, g) != SUSPENDED {
        return false;
    }
    let f = Generator::frame(ctx, g);
    let pc = frame::get(ctx, f, slot::PC) as usize;
    let code = &vm.loaded(Generator::code(ctx, g) as usize).code.code;
    pc > 0 && code.get(pc - 1) == Some(&crate::generated::interp::opcodes::YIELD_DELEGATED)
}

/// The iterator a suspended `yield from` or `await` delegates to (`gi_yieldfrom`,
/// `cr_await`), or None.
pub fn awaiting(vm: &ThreadState, g: Value) -> Value {
    if !delegating(vm, g) {
        return NONE;
    }
    let ctx = vm.vmctx();
    let f = Generator::frame(ctx, g);
    let sp = frame::get(ctx, f, slot::SP) as usize;
    frame::stack_get(ctx, f, sp - 2)
}

/// True while `g` runs (`gi_running`).
pub fn running(vm: &ThreadState, g: Value) -> bool {
    Generator::state(vm.vmctx(), g) == RUNNING
}

/// True once `g` finished.
pub fn finished(vm: &ThreadState, g: Value) -> bool {
    Generator::state(vm.vmctx(), g) == FINISHED
}

/// True before `g` first runs.
pub fn is_new(vm: &ThreadState, g: Value) -> bool {
    Generator::state(vm.vmctx(), g) == NEW
}

/// The name of a generator's function.
pub fn name(vm: &ThreadState, g: Value) -> String {
    let index = Generator::code(vm.vmctx(), g) as usize;
    vm.loaded(index).code.name.clone()
}

/// How a resumption ended.
pub enum Resumed {
    Yielded(Value),
    /// The generator returned (the value is StopIteration's).
    Returned(Value),
}

/// Resumes generator `g` with `sent` as the value of its pending `yield`, or with `throw`
/// raised at it.
pub fn resume(
    vm: &mut ThreadState,
    mut g: Value,
    mut sent: Value,
    throw: Option<Error>,
) -> Result<Resumed, Error> {
    let ctx = vm.vmctx();
    let state = Generator::state(ctx, g);
    let flavor = flavor(vm, g);
    match state {
        RUNNING => {
            return Err(Error::new(
                "ValueError",
                format!("{} already executing", noun(flavor)),
            ));
        }
        FINISHED => {
            return match throw {
                Some(e) => Err(e),
                None if flavor == Flavor::Coroutine => Err(Error::new(
                    "RuntimeError",
                    "cannot reuse already awaited coroutine",
                )),
                None => Ok(Resumed::Returned(NONE)),
            };
        }
        NEW if sent != NONE => {
            return Err(Error::new(
                "TypeError",
                format!(
                    "can't send non-None value to a just-started {}",
                    noun(flavor)
                ),
            ));
        }
        NEW if throw.is_some() => {
            // Thrown into a generator that never ran: it finishes with that exception.
            finish(vm, g);
            return Err(throw.expect("checked"));
        }
        _ => {}
    }
    if vm.recursion_depth()
        >= vm
            .interp
            .recursion_limit
            .load(std::sync::atomic::Ordering::Relaxed)
    {
        return Err(Error::new(
            "RecursionError",
            "maximum recursion depth exceeded",
        ));
    }
    if vm.locking() {
        // Threads in parallel: claim the generator in one step (two threads may resume it
        // at once; one of them finds it running, as under the GIL).
        let (claimed, moved) = vm.with_write_lock(g, [sent], |vm, g, [sent]| {
            let ctx = vm.vmctx();
            let now = Generator::state(ctx, g);
            if now == state {
                Generator::set_state(ctx, g, RUNNING);
            }
            (now == state, (g, sent))
        });
        // Waiting for the lock may have collected.
        (g, sent) = moved;
        if !claimed {
            return Err(Error::new(
                "ValueError",
                format!("{} already executing", noun(flavor)),
            ));
        }
    }
    // Thrown while delegating: the frame goes on at its SEND, which throws into the
    // delegate (`send_value`).
    let throw = match throw {
        Some(error) if delegating(vm, g) => {
            vm.pending_throw = Some(error);
            sent = THROWN;
            None
        }
        other => other,
    };
    let ctx = vm.vmctx();
    let f = Generator::frame(ctx, g);
    if state == SUSPENDED {
        // The frame stopped after its YIELD_VALUE (which `suspend`s): its output, the
        // `yield` expression's value, is the value sent in.
        let sp = frame::get(ctx, f, slot::SP) as usize;
        frame::stack_set(ctx, f, sp - 1, sent);
    }
    Generator::set_state(ctx, g, RUNNING);
    vm.handle_scope(|vm| {
        let hg = vm.mutator().root(g);
        let hf = vm.mutator().root(f);
        let result = match throw {
            None => vm.run_frame(f),
            Some(error) => {
                // Raised at the pending `yield`: the frame's handlers see it first.
                frame::push_entry(vm.mutator().ctx_mut(), f);
                match vm.unwind(error) {
                    Ok(()) => {
                        // A handler caught it; the frame is the running entry frame again.
                        vm.run_entered()
                    }
                    Err(e) => Err(e),
                }
            }
        };
        let (g, f) = (vm.mutator().get(hg), vm.mutator().get(hf));
        let ctx = vm.vmctx();
        let suspended = frame::get(ctx, f, slot::FLAGS) & flags::SUSPENDED != 0;
        match result {
            Ok(v) if suspended => {
                Generator::set_state(ctx, g, SUSPENDED);
                // The slot of the `yield`'s output (written when the frame resumes) still
                // holds the yielded value: it must not keep it alive meanwhile.
                let sp = frame::get(ctx, f, slot::SP) as usize;
                frame::stack_set(ctx, f, sp - 1, NONE);
                Ok(Resumed::Yielded(v))
            }
            Ok(v) => {
                finish(vm, g);
                Ok(Resumed::Returned(v))
            }
            Err(mut e) => {
                finish(vm, g);
                if e.is("StopIteration") {
                    // PEP 479: a StopIteration escaping a generator is a RuntimeError.
                    let replacement = Error::new(
                        "RuntimeError",
                        format!("{} raised StopIteration", noun(flavor)),
                    );
                    e = crate::objects::exception::chaining::replaced(vm, replacement, e);
                } else if flavor == Flavor::AsyncGenerator && e.is("StopAsyncIteration") {
                    let replacement =
                        Error::new("RuntimeError", "async generator raised StopAsyncIteration");
                    e = crate::objects::exception::chaining::replaced(vm, replacement, e);
                }
                Err(e)
            }
        }
    })
}

/// Marks a generator finished and lets its frame go.
pub(crate) fn finish(vm: &mut ThreadState, g: Value) {
    let ctx = vm.vmctx();
    Generator::set_state(ctx, g, FINISHED);
    Generator::set_frame(ctx, g, NONE);
    let flags = Generator::flags(ctx, g);
    if flags & FINALIZABLE != 0 {
        // A finished generator has nothing to close.
        Generator::set_flags(ctx, g, flags & !FINALIZABLE);
        vm.cancel_finalizer(g);
    }
}

/// `next(g)` for iteration: the next value, or EXHAUSTED.
pub fn next(vm: &mut ThreadState, g: Value) -> Result<Value, Error> {
    match resume(vm, g, NONE, None)? {
        Resumed::Yielded(v) => Ok(v),
        Resumed::Returned(_) => Ok(EXHAUSTED),
    }
}

/// SEND's extern: the next value of `yield from`'s iterator, or EXHAUSTED with its return
/// value saved for YIELD_FROM_RESULT. THROWN (the frame was resumed by a throw) throws the
/// pending exception into the iterator instead.
pub fn send_value(vm: &mut ThreadState, it: Value, value: Value) -> Result<Value, Error> {
    let throw = if value == THROWN {
        let error = vm.pending_throw.take();
        Some(error.unwrap_or_else(|| Error::new("SystemError", "no exception to throw")))
    } else {
        None
    };
    let resumed = if owns_frame(vm, it) {
        match throw {
            Some(e) if e.is("GeneratorExit") => {
                // PEP 380: close the delegate, then raise GeneratorExit here.
                close(vm, it, &[])?;
                return Err(e);
            }
            Some(e) => resume(vm, it, NONE, Some(e))?,
            None => resume(vm, it, value, None)?,
        }
    } else if values::layout_of(vm, it) == Some(AsyncStep::ID) {
        super::coroutines::step(vm, it, value, throw)?
    } else {
        return send_other(vm, it, value, throw);
    };
    Ok(match resumed {
        Resumed::Yielded(v) => v,
        Resumed::Returned(v) => {
            vm.return_value = v;
            EXHAUSTED
        }
    })
}

/// `send_value` for an iterator of a Python class: `next(it)`, `it.send(value)`, or
/// `it.throw(exc)` (`it.close()` for GeneratorExit), whichever it has; StopIteration ends it.
fn send_other(
    vm: &mut ThreadState,
    it: Value,
    value: Value,
    throw: Option<Error>,
) -> Result<Value, Error> {
    let (method, error) = match throw {
        Some(e) if e.is("GeneratorExit") => ("close", Some(e)),
        Some(e) => ("throw", Some(e)),
        None if value == NONE && !crate::objects::class::is_instance(vm, it) => {
            let v = crate::protocols::iteration::iter_next(vm, it)?;
            if v == EXHAUSTED {
                vm.return_value = NONE;
            }
            return Ok(v);
        }
        // A Python class's iterator: its `__next__` itself, so that the value of the
        // StopIteration that ends it is the `yield from`'s (handled below).
        None if value == NONE => ("__next__", None),
        None => ("send", None),
    };
    let result = vm.handle_scope(|vm| {
        let held = [it, value];
        let h = [vm.mutator().root(held[0]), vm.mutator().root(held[1])];
        let key = vm.name_str(method)?;
        let it = vm.mutator().get(h[0]);
        let bound = match crate::protocols::attributes::get_attr(vm, it, key) {
            Ok(b) => b,
            Err(e) if e.is("AttributeError") => {
                // No `throw` or `close`: the exception is raised here.
                return Err(error.unwrap_or(e));
            }
            Err(e) => return Err(e),
        };
        let hb = vm.mutator().root(bound);
        match error {
            Some(e) if method == "close" => {
                let bound = vm.mutator().get(hb);
                vm.call(bound, &[], &[])?;
                Err(e)
            }
            Some(e) => {
                let exc = crate::objects::exception::to_object(vm, &e)?;
                let bound = vm.mutator().get(hb);
                vm.call(bound, &[exc], &[])
            }
            None if method == "__next__" => {
                let bound = vm.mutator().get(hb);
                vm.call(bound, &[], &[])
            }
            None => {
                let (bound, value) = (vm.mutator().get(hb), vm.mutator().get(h[1]));
                vm.call(bound, &[value], &[])
            }
        }
    });
    match result {
        Ok(v) => Ok(v),
        Err(e) if e.is("StopIteration") => {
            vm.return_value = stop_iteration_value(vm, &e)?;
            Ok(EXHAUSTED)
        }
        Err(e) => Err(e),
    }
}

/// The value a StopIteration carries (its `value`). May collect.
pub fn stop_iteration_value(vm: &mut ThreadState, e: &Error) -> Result<Value, Error> {
    let exc = crate::objects::exception::to_object(vm, e)?;
    let exc = vm.handle_scope(|vm| {
        let h = vm.mutator().root(exc);
        let key = vm.name_str("value")?;
        let exc = vm.mutator().get(h);
        Ok::<_, Error>((exc, key))
    })?;
    crate::protocols::attributes::get_attr(vm, exc.0, exc.1)
}

/// YIELD_FROM_RESULT's extern.
pub fn take_return_value(vm: &mut ThreadState) -> Value {
    std::mem::replace(&mut vm.return_value, NONE)
}

/// A StopIteration carrying a generator's return value.
pub(crate) fn stop_iteration(vm: &mut ThreadState, value: Value) -> Error {
    if value == NONE {
        Error::new("StopIteration", "")
    } else {
        crate::objects::exception::error_with_args(vm, "StopIteration", &[value])
    }
}

/// `next(g)` (the builtin): StopIteration carries the return value.
pub fn next_builtin(vm: &mut ThreadState, g: Value) -> Result<Value, Error> {
    match resume(vm, g, NONE, None)? {
        Resumed::Yielded(v) => Ok(v),
        Resumed::Returned(v) => Err(stop_iteration(vm, v)),
    }
}

/// `g.send(value)`.
pub fn send(vm: &mut ThreadState, g: Value, args: &[Value]) -> Result<Value, Error> {
    let [value] = args else {
        return Err(Error::new(
            "TypeError",
            format!("send() takes exactly one argument ({} given)", args.len()),
        ));
    };
    match resume(vm, g, *value, None)? {
        Resumed::Yielded(v) => Ok(v),
        Resumed::Returned(v) => Err(stop_iteration(vm, v)),
    }
}

/// `g.__next__()`: `next(g)`, StopIteration (with the return value) at the end.
pub fn next_method(vm: &mut ThreadState, g: Value, args: &[Value]) -> Result<Value, Error> {
    crate::objects::arity("generator.__next__", args, 0, 0)?;
    send(vm, g, &[NONE])
}

/// `g.throw(exc)` or `g.throw(type, value[, traceback])`: raises the exception at the
/// pending `yield`.
pub fn throw(vm: &mut ThreadState, g: Value, args: &[Value]) -> Result<Value, Error> {
    if args.is_empty() || args.len() > 3 {
        let bound = if args.is_empty() {
            "at least 1 argument"
        } else {
            "at most 3 arguments"
        };
        return Err(Error::new(
            "TypeError",
            format!("throw expected {bound}, got {}", args.len()),
        ));
    }
    // An instance with a value is refused here; an exception raised while making the one to
    // throw is thrown into the generator instead (as CPython does).
    if !crate::objects::class::is_class(vm, args[0]) && args.get(1).is_some_and(|&v| v != NONE) {
        return Err(Error::new(
            "TypeError",
            "instance exception may not have a separate value",
        ));
    }
    let (g, error) = vm.handle_scope(|vm| {
        let hg = vm.mutator().root(g);
        let error = match thrown(vm, args) {
            Ok(exc) => crate::objects::exception::raise_one(vm, exc),
            Err(e) => e,
        };
        (vm.mutator().get(hg), error)
    });
    if !error.is_exception() {
        return Err(error);
    }
    match resume(vm, g, NONE, Some(error))? {
        Resumed::Yielded(v) => Ok(v),
        Resumed::Returned(v) => Err(stop_iteration(vm, v)),
    }
}

/// What `throw(type, value)` raises (CPython's rules for the three-argument form): `value`
/// itself when it is an instance of `type`, else `type()`, `type(*value)` for a tuple, or
/// `type(value)`. May collect.
fn thrown(vm: &mut ThreadState, args: &[Value]) -> Result<Value, Error> {
    let (typ, value) = (args[0], args.get(1).copied().unwrap_or(NONE));
    if !crate::objects::class::is_class(vm, typ) || value == NONE {
        return Ok(typ);
    }
    let held = [value, typ];
    crate::modules::builtins::object_functions::rooted(vm, &held, |vm, h| {
        let (value, typ) = (vm.mutator().get(h[0]), vm.mutator().get(h[1]));
        let is = crate::protocols::type_checks::isinstance(vm, &[value, typ], &[])?;
        let (value, typ) = (vm.mutator().get(h[0]), vm.mutator().get(h[1]));
        if is == crate::values::TRUE {
            return Ok(value);
        }
        match crate::objects::sequence::items(vm, value) {
            Some(items) if crate::values::is_tuple(vm, value) => vm.call(typ, &items, &[]),
            _ => vm.call(typ, &[value], &[]),
        }
    })
}

/// `g.close()`: raises GeneratorExit at the pending `yield`; the generator must not yield.
pub fn close(vm: &mut ThreadState, g: Value, args: &[Value]) -> Result<Value, Error> {
    if !args.is_empty() {
        return Err(Error::new(
            "TypeError",
            format!("close() takes no arguments ({} given)", args.len()),
        ));
    }
    let state = Generator::state(vm.vmctx(), g);
    if state == NEW || state == FINISHED {
        finish(vm, g);
        return Ok(NONE);
    }
    match resume(vm, g, NONE, Some(Error::new("GeneratorExit", ""))) {
        Ok(Resumed::Yielded(_)) => Err(Error::new(
            "RuntimeError",
            "generator ignored GeneratorExit",
        )),
        Ok(Resumed::Returned(_)) => Ok(NONE),
        Err(e) if e.is("GeneratorExit") || e.is("StopIteration") => Ok(NONE),
        Err(e) => Err(e),
    }
}

/// `repr(g)`: `<generator object f>` (`coroutine`, `async_generator`).
pub fn repr(vm: &ThreadState, g: Value) -> String {
    let index = Generator::code(vm.vmctx(), g) as usize;
    let code = &vm.loaded(index).code;
    let kind = match code.flavor {
        Flavor::Generator => "generator",
        Flavor::Coroutine => "coroutine",
        Flavor::AsyncGenerator => "async_generator",
    };
    format!("<{kind} object {}>", code.qualname)
}
