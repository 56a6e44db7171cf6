//! `dict()` and `dict.fromkeys` (the constructors), and `dict`'s mutators: `pop`, `setdefault`, `update`, `clear`, `popitem`. The receiver and
//! arguments are not roots: methods that run Python code or allocate root them first.

use crate::modules::builtins::object_functions::rooted;
use crate::modules::builtins::{collect, no_keywords};
use crate::objects::arity;
use crate::values::NONE;
use crate::vm::{Error, ThreadState};
use gvmt::gc::Handle;
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
        let made = dict(vm, args, kwargs)?;
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
        return Err(crate::objects::set::message_key_error(
            vm,
            "popitem(): dictionary is empty",
        ));
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
        [k] => (*k, crate::values::NONE),
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

/// `dict()`, `dict(mapping_or_pairs)`, `dict(**kwargs)`.
pub(crate) fn dict(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    if args.len() > 1 {
        return Err(Error::new(
            "TypeError",
            format!("dict expected at most 1 argument, got {}", args.len()),
        ));
    }
    let mut values: Vec<Value> = args.to_vec();
    values.extend(kwargs.iter().map(|(_, v)| *v));
    rooted(vm, &values, |vm, h| {
        let d = crate::objects::dict::new_dict(vm, kwargs.len())?;
        let hd = vm.mutator().root(d);
        if !args.is_empty() {
            let source = vm.mutator_ref().get(h[0]);
            let pair_handles: Vec<(Handle, Handle)> = if let Some(pairs) =
                crate::objects::dict::mapping_items(vm, source)?
            {
                pairs
                    .iter()
                    .map(|&(k, v)| (vm.mutator().root(k), vm.mutator().root(v)))
                    .collect()
            } else {
                let source = vm.mutator_ref().get(h[0]);
                let items = collect(vm, source)?;
                let items: Vec<Handle> = items.iter().map(|&v| vm.mutator().root(v)).collect();
                let mut pairs = Vec::new();
                for (i, &hi) in items.iter().enumerate() {
                    let item = vm.mutator_ref().get(hi);
                    let parts = match crate::objects::sequence::items(vm, item) {
                        Some(parts) => parts.to_vec(),
                        // Any iterable of two items is a pair (`dict(['ab'])`).
                        None => match collect(vm, item) {
                            Ok(parts) => parts,
                            Err(e) if e.is("TypeError") => {
                                return Err(Error::new(
                                    "TypeError",
                                    format!(
                                        "cannot convert dictionary update sequence element #{i} to a sequence"
                                    ),
                                ));
                            }
                            Err(e) => return Err(e),
                        },
                    };
                    let [k, v] = parts[..] else {
                        return Err(Error::new(
                            "ValueError",
                            format!(
                                "dictionary update sequence element #{i} has length {}; 2 is required",
                                parts.len()
                            ),
                        ));
                    };
                    pairs.push((vm.mutator().root(k), vm.mutator().root(v)));
                }
                pairs
            };
            for (hk, hv) in pair_handles {
                let (d, k, v) = (
                    vm.mutator().get(hd),
                    vm.mutator().get(hk),
                    vm.mutator().get(hv),
                );
                crate::objects::dict::set(vm, d, k, v)?;
            }
        }
        let offset = args.len();
        for (i, (name, _)) in kwargs.iter().enumerate() {
            let key = crate::values::new_str(vm, name)?;
            let (d, v) = (vm.mutator().get(hd), vm.mutator().get(h[offset + i]));
            crate::objects::dict::set(vm, d, key, v)?;
        }
        Ok(vm.mutator().get(hd))
    })
}

/// `dict.fromkeys(iterable, value=None)`.
pub(crate) fn dict_fromkeys(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    no_keywords("fromkeys", kwargs)?;
    crate::objects::class::builtin_types::class_method(
        vm,
        args,
        "fromkeys",
        crate::objects::class::builtin_types::ids::DICT,
        dict_from_keys,
    )
}

pub(crate) fn dict_from_keys(vm: &mut ThreadState, args: &[Value]) -> Result<Value, Error> {
    let (iterable, value) = match args {
        [i] => (*i, NONE),
        [i, v] => (*i, *v),
        _ => {
            return Err(Error::new(
                "TypeError",
                format!("fromkeys expected at most 2 arguments, got {}", args.len()),
            ));
        }
    };
    rooted(vm, &[value], |vm, h| {
        let keys = collect(vm, iterable)?;
        let flat: Vec<Value> = keys
            .iter()
            .flat_map(|&k| [k, vm.mutator_ref().get(h[0])])
            .collect();
        crate::objects::dict::new_dict_of(vm, &flat)
    })
}
