//! Generators: a call of a function whose body yields makes a `Generator` object holding the
//! frame's locals and stack (a heap object, so the collector sees and moves them). Resuming
//! copies them into a frame, runs the interpreter until the next YIELD_VALUE (which marks the
//! return as a yield) or the end, and copies them back.
//!
//! Generators always run in the interpreter: compiled code enters only at pc 0.

use crate::generated::layouts::Generator;
use crate::runtime::{self, EXHAUSTED, NONE};
use crate::vm::{Error, HotPy};
use gvmt::rt::{Value, Vm};

const NEW: i64 = 0;
const SUSPENDED: i64 = 1;
const RUNNING: i64 = 2;
const FINISHED: i64 = 3;

/// YIELD_VALUE's extern: the frame about to return is suspending.
pub fn mark_yield(vm: &mut HotPy) {
    vm.exec.yielded = true;
}

/// A new generator for code `index` whose frame starts with `locals`.
pub fn new_generator(vm: &mut HotPy, index: usize, locals: &[Value]) -> Result<Value, Error> {
    let stack = vm.exec.codes[index].code.max_stack;
    let len = locals.len() + stack;
    let (g, kept) = vm.alloc_keeping(Generator::ID, Generator::size_for(len), locals)?;
    let ctx = vm.vmctx();
    Generator::set_code(ctx, g, index as i64);
    Generator::set_state(ctx, g, NEW);
    Generator::set_pc(ctx, g, 0);
    Generator::set_sp(ctx, g, 0);
    Generator::set_nlocals(ctx, g, locals.len() as i64);
    Generator::set_len(ctx, g, len as i64);
    for (i, &v) in kept.iter().enumerate() {
        Generator::set_slots(ctx, g, i, v);
    }
    for i in kept.len()..len {
        Generator::set_slots(ctx, g, i, NONE);
    }
    Ok(g)
}

pub fn is_generator(vm: &HotPy, v: Value) -> bool {
    runtime::layout_of(vm, v) == Some(Generator::ID)
}

/// The name of a generator's function.
pub fn name(vm: &HotPy, g: Value) -> String {
    let index = Generator::code(vm.vmctx(), g) as usize;
    vm.exec.codes[index].code.name.clone()
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
    vm: &mut HotPy,
    g: Value,
    sent: Value,
    throw: Option<Error>,
) -> Result<Resumed, Error> {
    let ctx = vm.vmctx();
    let state = Generator::state(ctx, g);
    match state {
        RUNNING => {
            return Err(Error::new("ValueError", "generator already executing"));
        }
        FINISHED => {
            return match throw {
                Some(e) => Err(e),
                None => Ok(Resumed::Returned(NONE)),
            };
        }
        NEW if sent != NONE => {
            return Err(Error::new(
                "TypeError",
                "can't send non-None value to a just-started generator",
            ));
        }
        NEW if throw.is_some() => {
            // Thrown into a generator that never ran: it finishes with that exception.
            Generator::set_state(ctx, g, FINISHED);
            return Err(throw.expect("checked"));
        }
        _ => {}
    }
    let index = Generator::code(ctx, g) as usize;
    let nlocals = Generator::nlocals(ctx, g) as usize;
    let len = Generator::len(ctx, g) as usize;
    let slots: Vec<Value> = (0..len).map(|i| Generator::slots(ctx, g, i)).collect();
    let (mut locals, mut stack) = (slots[..nlocals].to_vec(), slots[nlocals..].to_vec());
    let (pc, sp) = (
        Generator::pc(ctx, g) as usize,
        Generator::sp(ctx, g) as usize,
    );
    if state == SUSPENDED {
        // The frame stopped after its YIELD_VALUE (which `suspend`s): its output, the
        // `yield` expression's value, is the value sent in.
        stack[sp - 1] = sent;
    }
    Generator::set_state(ctx, g, RUNNING);
    let mark = vm.mutator().handle_mark();
    let hg = vm.mutator().root(g);
    vm.exec.yielded = false;
    let run = vm.run_frame_in(index, &mut locals, &mut stack, pc, sp, throw);
    let yielded = std::mem::take(&mut vm.exec.yielded);
    let g = vm.mutator().get(hg);
    vm.mutator().release_handles(mark);
    let ctx = vm.vmctx();
    match run.result {
        Ok(v) if yielded => {
            // Only `stack[..sp]` is live (and was kept current by the collector); what lies
            // above is stale and must not reach the heap.
            let live = locals.len() + run.sp;
            for (i, &x) in locals.iter().chain(&stack).enumerate() {
                Generator::set_slots(ctx, g, i, if i < live { x } else { NONE });
            }
            Generator::set_pc(ctx, g, run.pc as i64);
            Generator::set_sp(ctx, g, run.sp as i64);
            Generator::set_state(ctx, g, SUSPENDED);
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
                e = Error::new("RuntimeError", "generator raised StopIteration");
            }
            Err(e)
        }
    }
}

/// Marks a generator finished and drops its frame's values.
fn finish(vm: &mut HotPy, g: Value) {
    let ctx = vm.vmctx();
    Generator::set_state(ctx, g, FINISHED);
    for i in 0..Generator::len(ctx, g) as usize {
        Generator::set_slots(ctx, g, i, NONE);
    }
}

/// `next(g)` for iteration: the next value, or EXHAUSTED.
pub fn next(vm: &mut HotPy, g: Value) -> Result<Value, Error> {
    match resume(vm, g, NONE, None)? {
        Resumed::Yielded(v) => Ok(v),
        Resumed::Returned(_) => Ok(EXHAUSTED),
    }
}

/// SEND's extern: the next value of `yield from`'s iterator, or EXHAUSTED with its return
/// value saved for YIELD_FROM_RESULT.
pub fn send_value(vm: &mut HotPy, it: Value, value: Value) -> Result<Value, Error> {
    if is_generator(vm, it) {
        return match resume(vm, it, value, None)? {
            Resumed::Yielded(v) => Ok(v),
            Resumed::Returned(v) => {
                vm.exec.return_value = v;
                Ok(EXHAUSTED)
            }
        };
    }
    if value != NONE {
        // Only generators take sent values.
        return Err(Error::new(
            "AttributeError",
            format!(
                "'{}' object has no attribute 'send'",
                runtime::type_name(vm, it)
            ),
        ));
    }
    let v = runtime::iter::iter_next(vm, it)?;
    if v == EXHAUSTED {
        vm.exec.return_value = NONE;
    }
    Ok(v)
}

/// YIELD_FROM_RESULT's extern.
pub fn take_return_value(vm: &mut HotPy) -> Value {
    std::mem::replace(&mut vm.exec.return_value, NONE)
}

/// A StopIteration carrying a generator's return value.
fn stop_iteration(vm: &mut HotPy, value: Value) -> Error {
    if value == NONE {
        Error::new("StopIteration", "")
    } else {
        runtime::exceptions::error_with_args(vm, "StopIteration", &[value])
    }
}

/// `next(g)` (the builtin): StopIteration carries the return value.
pub fn next_builtin(vm: &mut HotPy, g: Value) -> Result<Value, Error> {
    match resume(vm, g, NONE, None)? {
        Resumed::Yielded(v) => Ok(v),
        Resumed::Returned(v) => Err(stop_iteration(vm, v)),
    }
}

/// `g.send(value)`.
pub fn send(vm: &mut HotPy, g: Value, args: &[Value]) -> Result<Value, Error> {
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

/// `g.throw(exc)`: raises `exc` (a class or an instance) at the pending `yield`.
pub fn throw(vm: &mut HotPy, g: Value, args: &[Value]) -> Result<Value, Error> {
    let Some(&exc) = args.first() else {
        return Err(Error::new(
            "TypeError",
            "throw expected at least 1 argument, got 0",
        ));
    };
    let mark = vm.mutator().handle_mark();
    let hg = vm.mutator().root(g);
    let error = runtime::exceptions::raise_one(vm, exc);
    let g = vm.mutator().get(hg);
    vm.mutator().release_handles(mark);
    match resume(vm, g, NONE, Some(error))? {
        Resumed::Yielded(v) => Ok(v),
        Resumed::Returned(v) => Err(stop_iteration(vm, v)),
    }
}

/// `g.close()`: raises GeneratorExit at the pending `yield`; the generator must not yield.
pub fn close(vm: &mut HotPy, g: Value, args: &[Value]) -> Result<Value, Error> {
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
        Err(e) if (e.is("GeneratorExit") || e.is("StopIteration")) => Ok(NONE),
        Err(e) => Err(e),
    }
}
