//! The collector's side of `hotpy/lib/_weakref.py`: weak references as gvmt's weak table
//! entries (`_hotpy.weak_new/weak_get/weak_owners`), and the running of callbacks for the
//! references whose objects a collection found dead.
//!
//! A Python weak reference (`_weakref.ref`, a proxy) is a heap object that keeps its entry's
//! index; it is the entry's *owner*, so the collector releases the entry when the reference
//! object dies and hands the reference object back when its referent dies first and it has a
//! callback. The VM takes those at its next safepoint (the `WEAK_CLEARED` interrupt bit) or
//! right after `gc.collect()`, and calls `_weakref._dispatch(ref)` for each.
//!
//! Owns: those calls. Must not: shape the Python API (`_weakref.py` does).

use super::native::args_n;
use crate::values::{self, NONE, make_int};
use crate::vm::{Error, ThreadState};
use gvmt::gc::Weak;
use gvmt::rt::Value;

type Kwargs<'a> = &'a [(String, Value)];

/// `_hotpy.weak_new(obj, owner, notify)`: a weak reference to `obj` owned by `owner` (the
/// index `weak_get` takes). TypeError for values that are not heap objects (small ints,
/// None, booleans: `_weakref.py` refuses the types CPython refuses first). Under stm the
/// transaction becomes inevitable first.
pub fn weak_new(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    let [object, owner, notify] = args_n::<3>("weak_new", args, kwargs)?;
    if values::layout_of(vm, object).is_none() || values::layout_of(vm, owner).is_none() {
        let name = values::type_name(vm, object);
        return Err(Error::new(
            "TypeError",
            format!("cannot create weak reference to '{name}' object"),
        ));
    }
    let notify = values::is_true(vm, notify)?;
    // The table is outside the heap: an abort would leave the entry behind, owned by a
    // reference object the program never saw (found again by `weak_owners`).
    vm.irreversible()?;
    let w = vm.mutator().weak_owned(object, owner, notify);
    make_int(w.index() as i64)
}

/// `_hotpy.weak_get(index)`: the object, or None once it died (or for an index that names
/// no reference).
pub fn weak_get(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    let [index] = args_n::<1>("weak_get", args, kwargs)?;
    let Some(i) = values::int_value(index).and_then(|i| usize::try_from(i).ok()) else {
        return Ok(NONE);
    };
    Ok(vm
        .mutator_ref()
        .weak_get(Weak::from_index(i))
        .unwrap_or(NONE))
}

/// `_hotpy.weak_owners(obj)`: a list of the live weak reference objects to `obj`, oldest
/// first.
pub fn weak_owners(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    let [object] = args_n::<1>("weak_owners", args, kwargs)?;
    let owners = if values::layout_of(vm, object).is_some() {
        vm.mutator_ref().weak_owners(object)
    } else {
        Vec::new()
    };
    // No allocation between reading the owners and making the list of them.
    crate::objects::sequence::new_list(vm, &owners)
}

/// Calls `_weakref._dispatch(ref)` for each weak reference whose object a collection found
/// dead (and that asked to be told: it has a callback). `_dispatch` reports a callback's
/// exception itself, as CPython does ("Exception ignored in: ..."). Under stm the
/// transaction becomes inevitable first: the references are taken out of the collector's
/// queue, which an abort would not put back.
///
/// Not re-entered: a callback that collects (`gc.collect()`) leaves what its collection
/// cleared to the loop already running, as CPython's `gc.collect` does nothing while a
/// collection runs (nesting one callback inside the next would end in a RecursionError).
pub fn run_weak_callbacks(vm: &mut ThreadState) -> Result<(), Error> {
    if vm.in_weak_callbacks || !vm.mutator_ref().has_cleared_weak() {
        return Ok(());
    }
    vm.irreversible()?;
    vm.in_weak_callbacks = true;
    let result = run_each_callback(vm);
    vm.in_weak_callbacks = false;
    result
}

fn run_each_callback(vm: &mut ThreadState) -> Result<(), Error> {
    while let Some(owner) = vm.mutator().take_cleared_weak() {
        vm.handle_scope(|vm| -> Result<(), Error> {
            let h = vm.mutator().root(owner);
            let module = crate::modules::import_absolute(vm, "_weakref")?;
            let hm = vm.mutator().root(module);
            let name = values::new_str(vm, "_dispatch")?;
            let module = vm.mutator().get(hm);
            let dispatch = crate::protocols::attributes::get_attr(vm, module, name)?;
            let owner = vm.mutator().get(h);
            vm.call(dispatch, &[owner], &[])?;
            Ok(())
        })?;
    }
    Ok(())
}
