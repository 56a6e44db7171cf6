//! The call of `functools.lru_cache`'s wrapper (CPython's `_functools._lru_cache_wrapper`,
//! `hotpy/lib/_functools.py` has the class): the key of the arguments, one dict look-up for a
//! hit, the user function called on a miss and its result kept, the least recently used
//! result dropped when a bounded cache is full. The dict's insertion order is the recency
//! order: a hit moves its entry to the end, the first entry is the one to drop.
//!
//! Owns: keys and the cache's bookkeeping. Must not: hold a value across a call or an
//! allocation unrooted (keys hash with `__hash__`, results come from Python code).

use crate::objects::{dict, sequence};
use crate::values::{NONE, as_int, make_int};
use crate::vm::{Error, ThreadState};
use gvmt::gc::Handle;
use gvmt::rt::Value;

// The items of the wrapper's `_state` list (see `_functools.py`).
const FUNC: usize = 0;
const CACHE: usize = 1;
const MAXSIZE: usize = 2;
const TYPED: usize = 3;
const MARK: usize = 4;
const HITS: usize = 5;
const MISSES: usize = 6;

/// `functools._lru_cache_wrapper.__call__(self, *args, **kwargs)`.
pub fn lru_call(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: &[(String, Value)],
) -> Result<Value, Error> {
    let Some((&this, rest)) = args.split_first() else {
        return Err(Error::new(
            "TypeError",
            "descriptor '__call__' of 'functools._lru_cache_wrapper' object needs an argument",
        ));
    };
    vm.handle_scope(|vm| {
        let positional: Vec<Handle> = rest.iter().map(|&a| vm.mutator().root(a)).collect();
        let keywords: Vec<(String, Handle)> = kwargs
            .iter()
            .map(|(k, v)| (k.clone(), vm.mutator().root(*v)))
            .collect();
        let h_this = vm.mutator().root(this);
        let name = vm.name_str("_state")?;
        let this = vm.mutator().get(h_this);
        let state = crate::protocols::attributes::get_attr(vm, this, name)?;
        if sequence::len(vm, state).is_none_or(|n| n <= MISSES) {
            return Err(Error::new(
                "TypeError",
                "_lru_cache_wrapper: its _state was replaced",
            ));
        }
        let h_state = vm.mutator().root(state);
        let item = |vm: &ThreadState, i: usize| {
            sequence::item_at(vm, vm.mutator_ref().get(h_state), i).unwrap_or(NONE)
        };
        let maxsize = item(vm, MAXSIZE);
        let typed = crate::values::is_true(vm, item(vm, TYPED))?;
        let key = make_key(vm, &positional, &keywords, typed, item(vm, MARK))?;
        let h_key = vm.mutator().root(key);
        if let Some(found) = dict::get(vm, item(vm, CACHE), key)? {
            let h_found = vm.mutator().root(found);
            if maxsize != NONE {
                // The most recently used entry goes last.
                let (cache, key) = (item(vm, CACHE), vm.mutator().get(h_key));
                if dict::remove(vm, cache, key)?.is_some() {
                    let (cache, key) = (item(vm, CACHE), vm.mutator().get(h_key));
                    let found = vm.mutator().get(h_found);
                    dict::set(vm, cache, key, found)?;
                }
            }
            count(vm, h_state, HITS)?;
            return Ok(vm.mutator().get(h_found));
        }
        count(vm, h_state, MISSES)?;
        let args: Vec<Value> = positional.iter().map(|&h| vm.mutator().get(h)).collect();
        let kwargs: Vec<(String, Value)> = keywords
            .iter()
            .map(|(k, h)| (k.clone(), vm.mutator().get(*h)))
            .collect();
        let result = vm.call(item(vm, FUNC), &args, &kwargs)?;
        let h_result = vm.mutator().root(result);
        let limit = as_int(maxsize);
        if limit == Some(0) {
            return Ok(result);
        }
        let (cache, key) = (item(vm, CACHE), vm.mutator().get(h_key));
        if let Some(limit) = limit {
            if dict::get(vm, cache, key)?.is_some() {
                // The call itself (or another thread) stored this key meanwhile.
                return Ok(vm.mutator().get(h_result));
            }
            let cache = item(vm, CACHE);
            if dict::len(vm, cache) as i64 >= limit
                && let Some((_, oldest, _)) = dict::entry_from(vm, cache, 0)
            {
                dict::remove(vm, cache, oldest)?;
            }
        }
        let (cache, key) = (item(vm, CACHE), vm.mutator().get(h_key));
        let result = vm.mutator().get(h_result);
        dict::set(vm, cache, key, result)?;
        Ok(vm.mutator().get(h_result))
    })
}

/// Adds one to counter `which` of the state list.
fn count(vm: &mut ThreadState, h_state: Handle, which: usize) -> Result<(), Error> {
    let state = vm.mutator().get(h_state);
    let n = sequence::item_at(vm, state, which)
        .and_then(as_int)
        .unwrap_or(0);
    let (v, index) = (make_int(n + 1)?, make_int(which as i64)?);
    let state = vm.mutator().get(h_state);
    sequence::store_subscript(vm, state, index, v)
}

/// CPython's key: a lone int or str argument itself (not typed); else the tuple of the
/// positional arguments, then `mark` and each keyword and value, then (typed) the types of
/// the positional and keyword values.
fn make_key(
    vm: &mut ThreadState,
    positional: &[Handle],
    keywords: &[(String, Handle)],
    typed: bool,
    mark: Value,
) -> Result<Value, Error> {
    if !typed && keywords.is_empty() && positional.len() == 1 {
        // An exact int (a small one is a tagged value, a bool is not) or str.
        let only = vm.mutator_ref().get(positional[0]);
        let layout = crate::values::layout_of(vm, only);
        let exact = crate::values::int_value(only).is_some()
            || layout == Some(crate::generated::layouts::Str::ID)
            || layout == Some(crate::generated::layouts::BigInt::ID);
        if exact {
            return Ok(only);
        }
    }
    vm.handle_scope(|vm| {
        let h_mark = vm.mutator().root(mark);
        let mut parts: Vec<Handle> = positional.to_vec();
        if !keywords.is_empty() {
            parts.push(h_mark);
            for (k, h) in keywords {
                let name = crate::values::new_str(vm, k)?;
                parts.push(vm.mutator().root(name));
                parts.push(*h);
            }
        }
        if typed {
            let values: Vec<Handle> = positional
                .iter()
                .copied()
                .chain(keywords.iter().map(|(_, h)| *h))
                .collect();
            for h in values {
                let v = vm.mutator().get(h);
                let t = crate::objects::class::builtin_types::type_of_value(vm, v)?;
                parts.push(vm.mutator().root(t));
            }
        }
        let items: Vec<Value> = parts.iter().map(|&h| vm.mutator().get(h)).collect();
        sequence::new_tuple(vm, &items)
    })
}
