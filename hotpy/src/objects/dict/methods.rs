//! `dict`'s mutators: `pop`, `setdefault`, `update`, `clear`, `popitem`. The receiver and
//! arguments are not roots: methods that run Python code or allocate root them first.

use crate::objects::arity;
use crate::runtime as rt;
use crate::runtime::NONE;
use crate::vm::{Error, ThreadState};
use gvmt::rt::Value;

type Kwargs<'a> = &'a [(String, Value)];

pub fn dict_pop(vm: &mut ThreadState, d: Value, args: &[Value]) -> Result<Value, Error> {
    arity("pop", args, 1, 2)?;
    let (removed, default, key) = vm.handle_scope(|vm| {
        let default = vm.mutator().root(args.get(1).copied().unwrap_or(NONE));
        let key = vm.mutator().root(args[0]);
        let removed = crate::objects::dict::remove(vm, d, args[0]);
        (removed, vm.mutator().get(default), vm.mutator().get(key))
    });
    match removed? {
        Some(v) => Ok(v),
        None if args.len() == 2 => Ok(default),
        None => Err(crate::objects::dict::key_error(vm, key)),
    }
}

pub fn dict_setdefault(vm: &mut ThreadState, d: Value, args: &[Value]) -> Result<Value, Error> {
    arity("setdefault", args, 1, 2)?;
    let value = args.get(1).copied().unwrap_or(NONE);
    vm.handle_scope(|vm| {
        let handles: Vec<_> = [d, args[0], value]
            .iter()
            .map(|&v| vm.mutator().root(v))
            .collect();
        if let Some(v) = crate::objects::dict::get(vm, d, args[0])? {
            return Ok(v);
        }
        let [d, k, v] = [0, 1, 2].map(|i| vm.mutator().get(handles[i]));
        crate::objects::dict::set(vm, d, k, v)?;
        Ok(vm.mutator().get(handles[2]))
    })
}

pub fn dict_update(
    vm: &mut ThreadState,
    d: Value,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    arity("update", args, 0, 1)?;
    vm.handle_scope(|vm| {
        let hd = vm.mutator().root(d);
        let made = rt::builtins_objects::dict(vm, args, kwargs)?;
        let d = vm.mutator().get(hd);
        crate::objects::dict::dict_merge(vm, d, made)?;
        Ok(NONE)
    })
}

pub fn dict_clear(vm: &mut ThreadState, d: Value, args: &[Value]) -> Result<Value, Error> {
    arity("clear", args, 0, 0)?;
    crate::objects::dict::clear(vm, d)?;
    Ok(NONE)
}

/// `dict.popitem()`: the last entry, removed.
pub fn dict_popitem(vm: &mut ThreadState, d: Value, args: &[Value]) -> Result<Value, Error> {
    arity("popitem", args, 0, 0)?;
    let Some(&(k, v)) = crate::objects::dict::entries(vm, d).last() else {
        return Err(Error::new("KeyError", "'popitem(): dictionary is empty'"));
    };
    vm.handle_scope(|vm| {
        let hd = vm.mutator().root(d);
        let pair = crate::objects::sequence::new_tuple(vm, &[k, v])?;
        let hp = vm.mutator().root(pair);
        let key = crate::objects::sequence::items(vm, pair).unwrap_or_default()[0];
        let d = vm.mutator().get(hd);
        crate::objects::dict::remove(vm, d, key)?;
        Ok(vm.mutator().get(hp))
    })
}

pub(crate) fn dict_get(vm: &mut ThreadState, d: Value, args: &[Value]) -> Result<Value, Error> {
    let (key, default) = match args {
        [k] => (*k, crate::runtime::NONE),
        [k, d] => (*k, *d),
        _ => {
            return Err(Error::new(
                "TypeError",
                format!("get expected at most 2 arguments, got {}", args.len()),
            ));
        }
    };
    // The key's `__hash__`/`__eq__` may collect: the default is rooted across the lookup.
    let (found, default) = vm.handle_scope(|vm| {
        let h = vm.mutator().root(default);
        let found = crate::objects::dict::get(vm, d, key);
        (found, vm.mutator().get(h))
    });
    Ok(found?.unwrap_or(default))
}

pub(crate) fn dict_keys(vm: &mut ThreadState, d: Value, args: &[Value]) -> Result<Value, Error> {
    crate::protocols::attributes::arity("dict.keys", args, 0)?;
    crate::objects::dict_views::new_view(vm, d, crate::objects::dict_views::KEYS)
}

pub(crate) fn dict_values(vm: &mut ThreadState, d: Value, args: &[Value]) -> Result<Value, Error> {
    crate::protocols::attributes::arity("dict.values", args, 0)?;
    crate::objects::dict_views::new_view(vm, d, crate::objects::dict_views::VALUES)
}

pub(crate) fn dict_items(vm: &mut ThreadState, d: Value, args: &[Value]) -> Result<Value, Error> {
    crate::protocols::attributes::arity("dict.items", args, 0)?;
    crate::objects::dict_views::new_view(vm, d, crate::objects::dict_views::ITEMS)
}
