//! `str()` and `repr()` of values, as CPython writes them. [`str`] and [`repr`] are the
//! full protocol (they call `__str__`/`__repr__` of Python classes, also inside containers);
//! [`str_of`] and [`repr_of`] never run Python code, for error messages and the like.

use super::{FALSE, NONE, TRUE, float_value, int_value, str_value};
use crate::vm::{Error, ThreadState};
use gvmt::gc::Handle;
use gvmt::rt::Value;

/// Containers nested deeper than this are a RecursionError, not a native stack overflow.
const MAX_NESTING: usize = 900;

/// `repr(f)` for a float: the shortest digits that round-trip, in CPython's notation
/// (exponent form below 1e-4 and from 1e16 up, `inf`, `nan`, `-0.0`).
pub fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    if f == 0.0 {
        return if f.is_sign_negative() {
            "-0.0".into()
        } else {
            "0.0".into()
        };
    }
    // Rust's `{:e}` gives the shortest round-trip digits: "d.ddddde<exp>".
    let sci = format!("{:e}", f.abs());
    let (mantissa, exp) = sci.split_once('e').expect("`{:e}` has an exponent");
    let exp: i32 = exp.parse().expect("an integer exponent");
    let digits: String = mantissa.chars().filter(|c| *c != '.').collect();
    let sign = if f < 0.0 { "-" } else { "" };
    if (-4..16).contains(&exp) {
        let point = exp + 1; // digits before the decimal point
        let text = if point <= 0 {
            format!("0.{}{}", "0".repeat((-point) as usize), digits)
        } else if point as usize >= digits.len() {
            format!("{}{}.0", digits, "0".repeat(point as usize - digits.len()))
        } else {
            format!(
                "{}.{}",
                &digits[..point as usize],
                &digits[point as usize..]
            )
        };
        format!("{sign}{text}")
    } else {
        let mantissa = if digits.len() == 1 {
            digits
        } else {
            format!("{}.{}", &digits[..1], &digits[1..])
        };
        let esign = if exp < 0 { '-' } else { '+' };
        format!("{sign}{mantissa}e{esign}{:02}", exp.abs())
    }
}

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

/// `object.__repr__` of an instance of a Python class: `<module.Qualname object>` (CPython
/// adds the address, which no program can rely on).
pub fn default_instance_repr(vm: &ThreadState, v: Value) -> String {
    let cls = super::classes::class_of(vm, v);
    let module = super::classes::module_of(vm, cls).unwrap_or_else(|| "builtins".into());
    let id = crate::generated::layouts::Class::id(gvmt::rt::Vm::vmctx(vm), cls);
    format!("<{module}.{} object>", vm.class_qualname(id as usize))
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
    repr_rooted(vm, v, &mut Vec::new())
}

/// True if `v` is or holds an object whose repr goes through special methods (an instance
/// of a Python class, a value of a type with Rust special methods) or a bound method
/// (`seen`: the containers visited).
fn holds_instances(vm: &ThreadState, v: Value, seen: &mut Vec<Value>) -> bool {
    if crate::protocols::dunder::takes_part(vm, v) || super::classes::is_method(vm, v) {
        return true;
    }
    let items: Vec<Value> = if crate::objects::dict::is_dict(vm, v) {
        crate::objects::dict::entries(vm, v)
            .into_iter()
            .flat_map(|(k, x)| [k, x])
            .collect()
    } else {
        match crate::objects::sequence::items(vm, v) {
            Some(items) => items,
            None => return false,
        }
    };
    if seen.contains(&v) {
        return false;
    }
    if seen.len() > MAX_NESTING {
        // Deep enough to need the careful path, which reports the RecursionError.
        return true;
    }
    seen.push(v);
    items.into_iter().any(|i| holds_instances(vm, i, seen))
}

/// `repr` with the containers being printed held in handles (`seen`), so that cycles print
/// as `[...]` and a collection during a `__repr__` call leaves them valid.
fn repr_rooted(vm: &mut ThreadState, v: Value, seen: &mut Vec<Handle>) -> Result<String, Error> {
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
    if super::classes::is_method(vm, v) {
        // `<bound method C.f of <receiver's repr>>`.
        let (function, receiver) = super::classes::unbind(vm, v);
        let name = match vm.function_qualname(function) {
            Some(q) => q.to_string(),
            None => repr_of(vm, function),
        };
        let receiver = repr_rooted(vm, receiver, seen)?;
        return Ok(format!("<bound method {name} of {receiver}>"));
    }
    let container =
        crate::objects::dict::is_dict(vm, v) || crate::objects::sequence::items(vm, v).is_some();
    if !container || !holds_instances(vm, v, &mut Vec::new()) {
        return Ok(repr_of(vm, v));
    }
    if seen.len() > MAX_NESTING {
        return Err(Error::new(
            "RecursionError",
            "maximum recursion depth exceeded while getting the repr of an object",
        ));
    }
    let is_dict = crate::objects::dict::is_dict(vm, v);
    let is_list = super::is_list(vm, v);
    if seen.iter().any(|&h| vm.mutator().get(h) == v) {
        return Ok(if is_dict { "{...}" } else { "[...]" }.into());
    }
    vm.handle_scope(|vm| {
        let h = vm.mutator().root(v);
        seen.push(h);
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
                    let key = repr_rooted(vm, k, seen)?;
                    let x = vm.mutator().get(hx);
                    parts.push(format!("{key}: {}", repr_rooted(vm, x, seen)?));
                } else {
                    let items = crate::objects::sequence::items(vm, v).unwrap_or_default();
                    let Some(&item) = items.get(i) else {
                        break;
                    };
                    parts.push(repr_rooted(vm, item, seen)?);
                }
                i += 1;
            }
            Ok(if is_dict {
                format!("{{{}}}", parts.join(", "))
            } else if is_list {
                format!("[{}]", parts.join(", "))
            } else if parts.len() == 1 {
                format!("({},)", parts[0])
            } else {
                format!("({})", parts.join(", "))
            })
        })();
        seen.pop();
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
        super::ELLIPSIS => "Ellipsis".into(),
        TRUE => "True".into(),
        FALSE => "False".into(),
        _ => {
            if let Some(i) = int_value(v) {
                i.to_string()
            } else if let Some(text) = crate::objects::int::bigint::to_string(vm, v) {
                text
            } else if let Some(data) = crate::objects::bytes::value(vm, v) {
                crate::objects::bytes::repr(&data)
            } else if let Some(f) = float_value(vm, v) {
                float_repr(f)
            } else if let Some(s) = str_value(vm, v) {
                repr_str(&s)
            } else if super::classes::is_class(vm, v) {
                let id = crate::generated::layouts::Class::id(gvmt::rt::Vm::vmctx(vm), v);
                let qualname = vm.class_qualname(id as usize);
                match super::classes::module_of(vm, v) {
                    Some(m) if m != "builtins" => format!("<class '{m}.{qualname}'>"),
                    _ => format!("<class '{qualname}'>"),
                }
            } else if crate::objects::exception::is_instance(vm, v) {
                crate::objects::exception::repr(vm, v)
            } else if super::classes::is_instance(vm, v) {
                default_instance_repr(vm, v)
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
                    return "[...]".into();
                }
                seen.push(v);
                let parts: Vec<String> = items.iter().map(|&i| repr_pure(vm, i, seen)).collect();
                seen.pop();
                match v {
                    _ if super::is_list(vm, v) => format!("[{}]", parts.join(", ")),
                    _ if parts.len() == 1 => format!("({},)", parts[0]),
                    _ => format!("({})", parts.join(", ")),
                }
            } else {
                use super::type_objects::{BUILTIN_TYPES, ids as T, type_index};
                use crate::generated::layouts::{BoundMethod, MethodWrapper};
                let layout = super::layout_of(vm, v);
                // The runtime's own layouts first (as `type_name`), then the builtin types.
                let kind = match layout {
                    Some(BoundMethod::ID | MethodWrapper::ID) => None,
                    _ => type_index(vm, v),
                };
                match (layout, kind) {
                    (_, Some(T::FUNCTION)) => {
                        format!("<function {}>", crate::objects::function::qualname(vm, v))
                    }
                    (_, Some(T::GENERATOR)) => {
                        format!(
                            "<generator object {}>",
                            crate::interp::generators::name(vm, v)
                        )
                    }
                    (_, Some(T::BUILTIN_FUNCTION)) => {
                        let id = crate::generated::layouts::Builtin::id(gvmt::rt::Vm::vmctx(vm), v);
                        let name = super::builtins::BUILTINS[id as usize].0;
                        // The constructors of the builtin types show as the types.
                        let constructs_type = matches!(name, "type" | "object")
                            || BUILTIN_TYPES.iter().any(|(t, _)| *t == name);
                        match name {
                            _ if constructs_type => format!("<class '{name}'>"),
                            _ => format!(
                                "<built-in function {}>",
                                name.rsplit('.').next().unwrap_or(name)
                            ),
                        }
                    }
                    (_, Some(T::MODULE)) => crate::modules::repr(vm, v),
                    (Some(MethodWrapper::ID), _) => {
                        use crate::generated::layouts::MethodWrapper;
                        let ctx = gvmt::rt::Vm::vmctx(vm);
                        let (receiver, name) =
                            (MethodWrapper::receiver(ctx, v), MethodWrapper::name(ctx, v));
                        let name = str_value(vm, name).unwrap_or_default();
                        match super::type_objects::builtin_type_id(vm, receiver) {
                            Some(t)
                                if super::builtin_subclasses::is_method_descriptor_slot(
                                    t, &name,
                                ) =>
                            {
                                let t = super::type_objects::BUILTIN_TYPES[t].0;
                                format!("<method '{name}' of '{t}' objects>")
                            }
                            Some(t) => {
                                let t = super::type_objects::BUILTIN_TYPES[t].0;
                                format!("<slot wrapper '{name}' of '{t}' objects>")
                            }
                            None => format!(
                                "<method-wrapper '{name}' of {} object>",
                                super::type_objects::python_type_name(vm, receiver)
                            ),
                        }
                    }
                    (_, Some(T::SUPER)) => {
                        use crate::generated::layouts::Super;
                        let ctx = gvmt::rt::Vm::vmctx(vm);
                        let (cls, obj) = (Super::cls(ctx, v), Super::obj(ctx, v));
                        let obj_type = if obj == super::UNBOUND {
                            "NULL".to_string()
                        } else if super::classes::is_class(vm, obj) {
                            format!("<{} object>", super::classes::class_name(vm, obj))
                        } else {
                            format!("<{} object>", super::type_name(vm, obj))
                        };
                        format!(
                            "<super: <class '{}'>, {}>",
                            super::classes::class_name(vm, cls),
                            obj_type
                        )
                    }
                    (_, Some(T::SLICE)) => {
                        let (a, b, c) = crate::objects::slice::parts(vm, v);
                        format!(
                            "slice({}, {}, {})",
                            repr_pure(vm, a, seen),
                            repr_pure(vm, b, seen),
                            repr_pure(vm, c, seen)
                        )
                    }
                    (_, Some(T::RANGE)) => {
                        use crate::generated::layouts::Range;
                        let ctx = gvmt::rt::Vm::vmctx(vm);
                        let (a, b, c) = (
                            Range::start(ctx, v),
                            Range::stop(ctx, v),
                            Range::step(ctx, v),
                        );
                        if c == 1 {
                            format!("range({a}, {b})")
                        } else {
                            format!("range({a}, {b}, {c})")
                        }
                    }
                    (_, Some(T::MEMBER_DESCRIPTOR | T::GETSET_DESCRIPTOR))
                        if let Some(shown) = crate::objects::getset::repr(vm, v) =>
                    {
                        shown
                    }
                    (_, Some(T::MEMBER_DESCRIPTOR)) => {
                        use crate::generated::layouts::Descriptor;
                        let ctx = gvmt::rt::Vm::vmctx(vm);
                        let name = str_value(vm, Descriptor::first(ctx, v)).unwrap_or_default();
                        let owner = Descriptor::second(ctx, v);
                        let id = crate::generated::layouts::Class::id(ctx, owner) as usize;
                        format!("<member '{name}' of '{}' objects>", vm.class_name(id))
                    }
                    (Some(BoundMethod::ID), _) => {
                        let full = crate::protocols::attributes::method_name(vm, v);
                        let (t, n) = full.split_once('.').unwrap_or(("", &full));
                        let receiver = BoundMethod::receiver(gvmt::rt::Vm::vmctx(vm), v);
                        if receiver == super::UNBOUND {
                            format!("<method '{n}' of '{t}' objects>")
                        } else {
                            format!("<built-in method {n} of {t} object>")
                        }
                    }
                    _ => format!("<{} object>", super::type_name(vm, v)),
                }
            }
        }
    }
}

/// `repr` of a str: single quotes unless the text has a single quote and no double quote.
pub fn repr_str(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::new();
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

#[cfg(test)]
mod tests {
    use super::float_repr;

    #[test]
    fn floats_print_as_cpython_prints_them() {
        let cases = [
            (0.1 + 0.2, "0.30000000000000004"),
            (1.0, "1.0"),
            (1e16, "1e+16"),
            (1.5e16, "1.5e+16"),
            (123456789012345.6, "123456789012345.6"),
            (1e-5, "1e-05"),
            (0.0001, "0.0001"),
            (-2.5, "-2.5"),
            (100.0, "100.0"),
            (f64::INFINITY, "inf"),
            (-0.0, "-0.0"),
            (2.0f64.powi(70), "1.1805916207174113e+21"),
        ];
        for (f, want) in cases {
            assert_eq!(float_repr(f), want, "{f:e}");
        }
    }
}
