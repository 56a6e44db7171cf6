//! `list`'s mutating methods that need more than an item store: `sort` (through `sorted`),
//! `remove`, `clear`, and `copy` (of a list or dict). The receiver and arguments are not
//! roots: methods that run Python code or allocate before using them again root them.

use super::arity;
use crate::generated::layouts::List;
use crate::runtime as rt;
use crate::runtime::{NONE, TRUE};
use crate::vm::{Error, ThreadState};
use gvmt::rt::{Value, Vm};

type Kwargs<'a> = &'a [(String, Value)];

/// `list.sort(key=None, reverse=False)`: sorts in place (through `sorted`).
pub fn list_sort(
    vm: &mut ThreadState,
    list: Value,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    if !args.is_empty() {
        return Err(Error::new(
            "TypeError",
            "sort() takes no positional arguments",
        ));
    }
    vm.handle_scope(|vm| {
        let h = vm.mutator().root(list);
        let sorted = rt::builtins_objects::sorted(vm, &[list], kwargs)?;
        let list = vm.mutator().get(h);
        // Take the sorted list's storage.
        vm.with_write_lock(list, [sorted], |vm, list, [sorted]| {
            let ctx = vm.vmctx();
            let (items, n) = crate::objects::sequence::list_view(ctx, sorted);
            crate::objects::sequence::publish_items(ctx, list, items, n);
        });
        Ok(NONE)
    })
}

pub fn list_remove(vm: &mut ThreadState, list: Value, args: &[Value]) -> Result<Value, Error> {
    arity("list.remove", args, 1, 1)?;
    // Atomic: the search and the removal hold the list's lock.
    vm.with_write_lock(list, [args[0]], |vm, list, [x]| remove_locked(vm, list, x))
}

fn remove_locked(vm: &mut ThreadState, list: Value, x: Value) -> Result<Value, Error> {
    vm.handle_scope(|vm| {
        let (hl, hx) = (vm.mutator().root(list), vm.mutator().root(x));
        let mut i = 0;
        loop {
            let list = vm.mutator().get(hl);
            let items = crate::objects::sequence::items(vm, list).unwrap_or_default();
            let Some(&item) = items.get(i) else {
                return Err(Error::new("ValueError", "list.remove(x): x not in list"));
            };
            let x = vm.mutator().get(hx);
            if item == x || rt::compare(vm, 2, item, x)? == TRUE {
                let list = vm.mutator().get(hl);
                remove_at(vm, list, i);
                return Ok(NONE);
            }
            i += 1;
        }
    })
}

/// Removes item `i` of a list, shifting the rest down.
fn remove_at(vm: &mut ThreadState, list: Value, i: usize) {
    use crate::generated::layouts::Array;
    let ctx = vm.vmctx();
    let n = List::length(ctx, list) as usize;
    let array = List::items(ctx, list);
    for j in i..n - 1 {
        Array::set_items(ctx, array, j, Array::items(ctx, array, j + 1));
    }
    Array::set_items(ctx, array, n - 1, NONE);
    List::set_length(ctx, list, n as i64 - 1);
}

pub fn list_clear(vm: &mut ThreadState, list: Value, args: &[Value]) -> Result<Value, Error> {
    arity("list.clear", args, 0, 0)?;
    vm.with_write_lock(list, [], |vm, list, []| {
        List::set_length(vm.vmctx(), list, 0);
    });
    Ok(NONE)
}

pub fn seq_copy(vm: &mut ThreadState, seq: Value, args: &[Value]) -> Result<Value, Error> {
    arity("copy", args, 0, 0)?;
    if crate::objects::dict::is_dict(vm, seq) {
        let entries = crate::objects::dict::entries(vm, seq);
        let flat: Vec<Value> = entries.iter().flat_map(|&(k, v)| [k, v]).collect();
        return crate::objects::dict::new_dict_of(vm, &flat);
    }
    let items = crate::objects::sequence::items(vm, seq).unwrap_or_default();
    crate::objects::sequence::new_list(vm, &items)
}
