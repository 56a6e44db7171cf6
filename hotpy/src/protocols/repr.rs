//! `str()` and `repr()` of values, as CPython writes them. [`str`] and [`repr`] are the
//! full protocol (they call `__str__`/`__repr__` of Python classes, also inside containers);
//! [`str_of`] and [`repr_of`] never run Python code, for error messages and the like.

use crate::values::{FALSE, NONE, TRUE, float_value, int_value, str_value};
use crate::vm::{Error, ThreadState};
use gvmt::rt::Value;

/// `repr_of` (no Python code, for messages) shows containers nested deeper than this as
/// `[...]`/`{...}`.
const MAX_NESTING: usize = 900;

/// Containers nested deeper than this take `repr_rooted` (each level a handle scope), whose
/// levels count against the recursion limit; shallower ones are measured by `nesting` first.
const CAREFUL_NESTING: usize = MAX_NESTING;

/// `str(v)`.
pub fn str_of(vm: &ThreadState, v: Value) -> String {
    if let Some(s) = str_value(vm, v) {
        return s;
    }
    if crate::objects::exception::is_instance(vm, v) {
        return crate::objects::exception::message(vm, v);
    }
    repr_of(vm, v)
}

/// `str(v)`, calling `__str__` or `__repr__` of Python classes.
pub fn str(vm: &mut ThreadState, v: Value) -> Result<String, Error> {
    if let Some(s) = str_value(vm, v) {
        return Ok(s);
    }
    vm.handle_scope(|vm| {
        let h = vm.mutator().root(v);
        if let Some(s) = crate::protocols::dunder::text(vm, v, false)? {
            return Ok(s);
        }
        // The dunder lookup may have collected: read `v` again.
        let v = vm.mutator().get(h);
        if crate::objects::exception::is_instance(vm, v) {
            return Ok(crate::objects::exception::message(vm, v));
        }
        repr(vm, v)
    })
}

/// `repr(v)`, calling `__repr__` of Python classes (also for the items of containers).
pub fn repr(vm: &mut ThreadState, v: Value) -> Result<String, Error> {
    repr_rooted(vm, v)
}

/// True if `v` is or holds an object whose repr goes through special methods (an instance
/// of a Python class, a value of a type with Rust special methods) or a bound method
/// (`seen`: the containers visited).
fn holds_instances(vm: &ThreadState, v: Value, seen: &mut Vec<Value>) -> bool {
    if crate::protocols::dunder::takes_part(vm, v)
        || crate::objects::class::is_method(vm, v)
        || crate::objects::int::str_digits::exceeds(vm, v)
    {
        // (An int too long for decimal text: `repr_rooted` raises CPython's ValueError.)
        return true;
    }
    let items: Vec<Value> = if crate::objects::dict::is_dict(vm, v) {
        crate::objects::dict::entries(vm, v)
            .into_iter()
            .flat_map(|(k, x)| [k, x])
            .collect()
    } else if crate::objects::set::is_set(vm, v) {
        crate::objects::set::elements(vm, v)
    } else {
        match crate::objects::sequence::items(vm, v) {
            Some(items) => items,
            None => return false,
        }
    };
    if seen.contains(&v) {
        return false;
    }
    if seen.len() > CAREFUL_NESTING {
        // Deep enough to need the careful path, which counts against the recursion limit.
        return true;
    }
    seen.push(v);
    items.into_iter().any(|i| holds_instances(vm, i, seen))
}

/// How deeply lists, tuples and dicts nest in `v` (0 for anything else; a cycle counts
/// once), from `heights`: the heights of the containers measured so far (no allocation runs
/// meanwhile, so the values stay put).
fn nesting(vm: &ThreadState, v: Value, heights: &mut rustc_hash::FxHashMap<Value, usize>) -> usize {
    let is_dict = crate::objects::dict::is_dict(vm, v);
    if !is_dict && crate::objects::sequence::len(vm, v).is_none() {
        return 0;
    }
    if let Some(&h) = heights.get(&v) {
        return h;
    }
    let items: Vec<Value> = if is_dict {
        crate::objects::dict::entries(vm, v)
            .into_iter()
            .map(|(_, x)| x)
            .collect()
    } else {
        match crate::objects::sequence::items(vm, v) {
            Some(items) => items,
            None => return 0,
        }
    };
    // In progress: a cycle back to `v` adds nothing.
    heights.insert(v, 1);
    let h = 1 + items
        .into_iter()
        .map(|i| nesting(vm, i, heights))
        .max()
        .unwrap_or(0);
    heights.insert(v, h);
    h
}

/// `repr` with the containers being printed held in handles (the thread's `repr_seen`), so
/// that cycles print as `[...]` (also through a class's `__repr__`) and a collection during a
/// `__repr__` call leaves them valid.
fn repr_rooted(vm: &mut ThreadState, v: Value) -> Result<String, Error> {
    let v = if crate::protocols::dunder::takes_part(vm, v) {
        let (text, v) = vm.handle_scope(|vm| {
            let h = vm.mutator().root(v);
            let text = crate::protocols::dunder::text(vm, v, true);
            (text, vm.mutator().get(h))
        });
        if let Some(s) = text? {
            return Ok(s);
        }
        v
    } else {
        v
    };
    crate::objects::int::str_digits::check_to_str(vm, v)?;
    if crate::objects::class::is_method(vm, v) {
        // `<bound method C.f of <receiver's repr>>`.
        let (function, receiver) = crate::objects::class::unbind(vm, v);
        if let Some(name) = crate::modules::builtins::builtin_name(vm, function) {
            // A builtin type's function bound to a value (`object().__init__`) or a type.
            return Ok(crate::objects::method::bound_native_repr(
                vm, name, receiver,
            ));
        }
        let name = match vm.function_qualname(function) {
            Some(q) => q.to_string(),
            None => repr_of(vm, function),
        };
        let receiver = repr_rooted(vm, receiver)?;
        return Ok(format!("<bound method {name} of {receiver}>"));
    }
    if crate::objects::class::is_instance(vm, v) && !crate::objects::exception::is_instance(vm, v) {
        let described = crate::objects::object::instance_repr(vm, v);
        return Ok(crate::objects::object::with_address(vm, v, &described));
    }
    if crate::values::is_function(vm, v) {
        // `<function f at 0x...>`, as CPython.
        let described = crate::objects::function::repr(vm, v);
        return Ok(crate::objects::object::with_address(vm, v, &described));
    }
    let is_set = crate::objects::set::is_set(vm, v);
    let container = is_set
        || crate::objects::dict::is_dict(vm, v)
        || crate::objects::sequence::items(vm, v).is_some();
    if !container || !holds_instances(vm, v, &mut Vec::new()) {
        // No Python code runs below: the levels still count against the recursion limit.
        if container {
            let limit = vm
                .interp
                .recursion_limit
                .load(std::sync::atomic::Ordering::Relaxed);
            let depth = nesting(vm, v, &mut Default::default());
            if vm.recursion_depth() + depth > limit {
                return Err(Error::new(
                    "RecursionError",
                    "maximum recursion depth exceeded while getting the repr of an object",
                ));
            }
        }
        return Ok(repr_of(vm, v));
    }
    let is_dict = crate::objects::dict::is_dict(vm, v);
    let is_list = crate::values::is_list(vm, v);
    if vm.repr_seen.iter().any(|&h| vm.mutator_ref().get(h) == v) {
        return Ok(recursion_marker(vm, v));
    }
    vm.nested(" while getting the repr of an object", |vm| {
        container_repr(vm, v, is_dict, is_list, is_set)
    })
}

/// What CPython shows for a container met again inside its own repr: `[...]`, `(...)`,
/// `{...}`, `set(...)`.
fn recursion_marker(vm: &ThreadState, v: Value) -> String {
    if crate::objects::dict::is_dict(vm, v) {
        "{...}".into()
    } else if crate::objects::set::is_set(vm, v) {
        format!("{}(...)", crate::values::type_name(vm, v))
    } else if crate::values::is_list(vm, v) {
        "[...]".into()
    } else {
        "(...)".into()
    }
}

/// The repr of list, tuple, dict or set `v` whose items need [`repr_rooted`], one level
/// down.
fn container_repr(
    vm: &mut ThreadState,
    v: Value,
    is_dict: bool,
    is_list: bool,
    is_set: bool,
) -> Result<String, Error> {
    vm.handle_scope(|vm| {
        let h = vm.mutator().root(v);
        vm.repr_seen.push(h);
        let result = (|| {
            let mut parts = Vec::new();
            let mut i = 0;
            loop {
                let v = vm.mutator().get(h);
                if is_dict {
                    let Some(&(k, x)) = crate::objects::dict::entries(vm, v).get(i) else {
                        break;
                    };
                    let hx = vm.mutator().root(x);
                    let key = repr_rooted(vm, k)?;
                    let x = vm.mutator().get(hx);
                    parts.push(format!("{key}: {}", repr_rooted(vm, x)?));
                } else {
                    let items = if is_set {
                        crate::objects::set::elements(vm, v)
                    } else {
                        crate::objects::sequence::items(vm, v).unwrap_or_default()
                    };
                    let Some(&item) = items.get(i) else {
                        break;
                    };
                    parts.push(repr_rooted(vm, item)?);
                }
                i += 1;
            }
            let v = vm.mutator().get(h);
            Ok(if is_set {
                crate::objects::set::repr_of_parts(crate::objects::set::is_frozen(vm, v), &parts)
            } else if is_dict {
                format!("{{{}}}", parts.join(", "))
            } else if is_list {
                format!("[{}]", parts.join(", "))
            } else if parts.len() == 1 {
                format!("({},)", parts[0])
            } else {
                format!("({})", parts.join(", "))
            })
        })();
        vm.repr_seen.pop();
        result
    })
}

/// `repr(v)` without running Python code (instances print as `<__main__.C object>`).
pub fn repr_of(vm: &ThreadState, v: Value) -> String {
    repr_pure(vm, v, &mut Vec::new())
}

fn repr_pure(vm: &ThreadState, v: Value, seen: &mut Vec<Value>) -> String {
    match v {
        NONE => "None".into(),
        crate::protocols::dunder::NOT_IMPLEMENTED => "NotImplemented".into(),
        crate::values::ELLIPSIS => "Ellipsis".into(),
        TRUE => "True".into(),
        FALSE => "False".into(),
        _ => {
            if let Some(i) = int_value(v) {
                i.to_string()
            } else if let Some(text) = crate::objects::int::bigint::to_string(vm, v) {
                text
            } else if crate::objects::memoryview::is_memoryview(vm, v) {
                crate::objects::memoryview::repr(vm, v)
            } else if crate::objects::bytearray::is_bytearray(vm, v) {
                crate::objects::bytearray::repr(
                    &crate::objects::bytes::value(vm, v).unwrap_or_default(),
                )
            } else if let Some(data) = crate::objects::bytes::value(vm, v) {
                crate::objects::bytes::repr(&data)
            } else if let Some(f) = float_value(vm, v) {
                crate::objects::float::repr(f)
            } else if let Some(s) = str_value(vm, v) {
                crate::objects::str::repr(&s)
            } else if crate::objects::class::is_class(vm, v) {
                crate::objects::class::repr(vm, v)
            } else if crate::objects::exception::is_instance(vm, v) {
                crate::objects::exception::repr(vm, v)
            } else if crate::objects::class::is_instance(vm, v) {
                crate::objects::object::instance_repr(vm, v)
            } else if crate::objects::set::is_set(vm, v) {
                crate::objects::set::repr(vm, v, &mut |x| repr_pure(vm, x, seen))
            } else if crate::objects::dict::is_dict(vm, v) {
                if seen.contains(&v) || seen.len() > MAX_NESTING {
                    return "{...}".into();
                }
                seen.push(v);
                let parts: Vec<String> = crate::objects::dict::entries(vm, v)
                    .iter()
                    .map(|&(k, x)| {
                        format!("{}: {}", repr_pure(vm, k, seen), repr_pure(vm, x, seen))
                    })
                    .collect();
                seen.pop();
                format!("{{{}}}", parts.join(", "))
            } else if let Some(items) = crate::objects::sequence::items(vm, v) {
                if seen.contains(&v) || seen.len() > MAX_NESTING {
                    return recursion_marker(vm, v);
                }
                seen.push(v);
                let parts: Vec<String> = items.iter().map(|&i| repr_pure(vm, i, seen)).collect();
                seen.pop();
                match v {
                    _ if crate::values::is_list(vm, v) => format!("[{}]", parts.join(", ")),
                    _ if parts.len() == 1 => format!("({},)", parts[0]),
                    _ => format!("({})", parts.join(", ")),
                }
            } else {
                use crate::generated::layouts::{BoundMethod, MethodWrapper};
                use crate::objects::class::builtin_types::{ids as T, type_index};
                let layout = crate::values::layout_of(vm, v);
                // The runtime's own layouts first (as `type_name`), then the builtin types.
                let kind = match layout {
                    Some(BoundMethod::ID | MethodWrapper::ID) => None,
                    _ => type_index(vm, v),
                };
                match (layout, kind) {
                    (_, Some(T::FUNCTION)) => crate::objects::function::repr(vm, v),
                    (_, Some(T::GENERATOR | T::COROUTINE | T::ASYNC_GENERATOR)) => {
                        crate::interp::generators::repr(vm, v)
                    }
                    (
                        _,
                        Some(
                            T::COROUTINE_WRAPPER
                            | T::ASYNC_GENERATOR_ASEND
                            | T::ASYNC_GENERATOR_ATHROW,
                        ),
                    ) => crate::interp::coroutines::step_repr(vm, v),
                    (_, Some(T::BUILTIN_FUNCTION))
                        if crate::objects::function::is_builtin_standin(vm, v) =>
                    {
                        crate::objects::function::builtin_standin_repr(vm, v)
                    }
                    (_, Some(T::BUILTIN_FUNCTION)) => {
                        crate::modules::builtins::function_repr(vm, v)
                    }
                    (_, Some(T::MODULE)) => crate::modules::repr(vm, v),
                    (Some(MethodWrapper::ID), _) => crate::objects::method::wrapper_repr(vm, v),
                    (_, Some(T::SUPER)) => crate::objects::super_type::repr(vm, v),
                    (_, Some(T::SLICE)) => {
                        crate::objects::slice::repr(vm, v, &mut |x| repr_pure(vm, x, seen))
                    }
                    (_, Some(T::RANGE)) => crate::objects::range::repr(vm, v),
                    (_, Some(T::CODE)) => crate::objects::code_object::repr(vm, v),
                    (_, Some(T::MEMBER_DESCRIPTOR | T::GETSET_DESCRIPTOR)) => {
                        crate::objects::getset::repr(vm, v)
                    }
                    (Some(BoundMethod::ID), _) => crate::objects::method::builtin_repr(vm, v),
                    _ => format!("<{} object>", crate::values::type_name(vm, v)),
                }
            }
        }
    }
}
