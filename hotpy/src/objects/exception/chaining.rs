//! Exception chaining: `__context__` (an exception raised while another is being handled),
//! `__cause__` and `__suppress_context__` (`raise ... from ...`); `report.rs` prints the
//! chain.
//!
//! Owns: those attributes' rules. Must not: decide where exceptions
//! are being handled (the compiler records that per code object: `CodeObject::handling`).

use super::is_instance;
use crate::generated::layouts::Exception;
use crate::values::{FALSE, NONE};
use crate::vm::{Error, ThreadState};
use gvmt::rt::{Value, Vm};

/// Chains longer than this are not followed (CPython cuts cycles; this bounds the walk).
const MAX_CHAIN: usize = 1000;

/// Attribute `name` of exception `exc` as it set it (None if it has not).
pub(crate) fn attribute(
    vm: &mut ThreadState,
    exc: Value,
    name: &'static str,
) -> Result<Option<Value>, Error> {
    let (key, exc) = vm.handle_scope(|vm| {
        let h = vm.mutator().root(exc);
        let key = vm.name_str(name);
        (key, vm.mutator().get(h))
    });
    let dict = Exception::dict(vm.vmctx(), exc);
    crate::objects::dict::get(vm, dict, key?)
}

pub(crate) fn set_attribute(
    vm: &mut ThreadState,
    exc: Value,
    name: &'static str,
    v: Value,
) -> Result<(), Error> {
    let (key, [exc, v]) = vm.handle_scope(|vm| {
        let handles = [exc, v].map(|x| vm.mutator().root(x));
        let key = vm.name_str(name);
        (key, handles.map(|h| vm.mutator().get(h)))
    });
    let dict = Exception::dict(vm.vmctx(), exc);
    crate::objects::dict::set(vm, dict, key?, v)
}

/// `error`, raised while `handled` is being handled, with `handled` as its `__context__`
/// (unless it has one already: it was raised in a callee that was handling another).
pub fn attach_context(vm: &mut ThreadState, error: Error, handled: Value) -> Error {
    if !is_instance(vm, handled) {
        return error;
    }
    let Error::Exception(mut error) = error else {
        return error;
    };
    let result = vm.handle_scope(|vm| {
        let hh = vm.mutator().root(handled);
        let obj = super::exception_object(vm, &error)?;
        if error.object.is_none() {
            error.object = Some(vm.mutator().pin(obj));
        }
        let obj = vm
            .mutator()
            .pinned(error.object.as_ref().expect("just set"));
        let handled = vm.mutator().get(hh);
        if obj == handled || attribute(vm, obj, "__context__")?.is_some() {
            return Ok(());
        }
        // No cycles: if `obj` is already in `handled`'s chain, cut the chain there.
        let mut link = vm.mutator().get(hh);
        for _ in 0..MAX_CHAIN {
            let Some(next) = attribute(vm, link, "__context__")? else {
                break;
            };
            let obj = vm.mutator().pinned(error.object.as_ref().expect("set"));
            if next == obj {
                set_attribute(vm, link, "__context__", NONE)?;
                break;
            }
            if !is_instance(vm, next) {
                break;
            }
            link = next;
        }
        let obj = vm.mutator().pinned(error.object.as_ref().expect("set"));
        let handled = vm.mutator().get(hh);
        set_attribute(vm, obj, "__context__", handled)
    });
    match result {
        Ok(()) => Error::Exception(error),
        Err(failed) => failed,
    }
}

/// `error` raised in place of `cause` (PEP 479's RuntimeError for a StopIteration that
/// escaped a generator): `cause` is its `__cause__` and `__context__`, as if by
/// `raise error from cause` while handling it.
pub fn replaced(vm: &mut ThreadState, error: Error, cause: Error) -> Error {
    let (Error::Exception(mut error), Error::Exception(cause)) = (error, cause) else {
        return Error::new("SystemError", "an unwind cannot be a cause");
    };
    let result = vm.handle_scope(|vm| {
        let cause = super::exception_object(vm, &cause)?;
        let hc = vm.mutator().root(cause);
        let obj = super::exception_object(vm, &error)?;
        if error.object.is_none() {
            error.object = Some(vm.mutator().pin(obj));
        }
        for name in ["__cause__", "__context__"] {
            let obj = vm.mutator().pinned(error.object.as_ref().expect("set"));
            let cause = vm.mutator().get(hc);
            set_attribute(vm, obj, name, cause)?;
        }
        let obj = vm.mutator().pinned(error.object.as_ref().expect("set"));
        suppress_context(vm, obj)
    });
    match result {
        Ok(()) => Error::Exception(error),
        Err(failed) => failed,
    }
}

/// `raise exc from cause` also suppresses the context in reports.
pub fn suppress_context(vm: &mut ThreadState, exc: Value) -> Result<(), Error> {
    set_attribute(vm, exc, "__suppress_context__", crate::values::TRUE)
}

/// The defaults of the chaining attributes an exception has not set.
pub fn default_attribute(vm: &ThreadState, name: Value) -> Option<Value> {
    if crate::values::str_is(vm, name, "__context__")
        || crate::values::str_is(vm, name, "__cause__")
        // hotpy keeps no traceback objects: None, as for an exception never raised.
        || crate::values::str_is(vm, name, "__traceback__")
    {
        Some(NONE)
    } else if crate::values::str_is(vm, name, "__suppress_context__") {
        Some(FALSE)
    } else {
        None
    }
}
