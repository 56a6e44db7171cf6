//! The collector's side of `hotpy/lib/gc.py`: `gc.collect()` and the collection counts, as
//! `_hotpy.*` builtins.
//!
//! Owns: those calls. Must not: shape the Python API (`gc.py` does).

use super::native::args_n;
use crate::values::{self, NONE, make_int};
use crate::vm::{Error, ThreadState};
use gvmt::rt::Value;

type Kwargs<'a> = &'a [(String, Value)];

/// `_hotpy.collect(full)`: a collection now (`gc.collect()`).
pub fn collect(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    let [full] = args_n::<1>("collect", args, kwargs)?;
    let full = values::is_true(vm, full)?;
    if !vm.stm_collect(full)? {
        vm.mutator().collect(full);
    }
    // The objects whose `__del__` ran are freed by the same `gc.collect()` (as CPython's
    // collection frees them once finalized), clearing their weak references.
    if vm.run_finalizers()? && !vm.stm_collect(full)? {
        vm.mutator().collect(full);
    }
    crate::modules::weakref::run_weak_callbacks(vm)?;
    Ok(NONE)
}

/// `_hotpy.gc_counts()`: (minor collections, full collections) so far.
pub fn gc_counts(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    args_n::<0>("gc_counts", args, kwargs)?;
    let stats = vm.interp.heap().stats();
    let full = stats.major_collections;
    let minor = stats.collections.saturating_sub(full);
    let items = [make_int(minor as i64)?, make_int(full as i64)?];
    crate::objects::sequence::new_tuple(vm, &items)
}
