//! `str.maketrans` (a static method) and `str.translate`: translation tables as dicts of
//! code points to code points, strs or None.

use crate::objects::int::bytes::{Kwargs, check_keywords};
use crate::values::{NONE, as_int, str_value};
use crate::vm::{Error, ThreadState};
use gvmt::rt::Value;

/// `str.maketrans(x[, y[, z]])`: a dict from code points to code points, strs or None.
pub fn maketrans(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    check_keywords("maketrans", kwargs, &[])?;
    let mut pairs: Vec<(i64, Option<String>)> = Vec::new();
    match args {
        [x] => {
            if !crate::objects::dict::is_dict(vm, *x) {
                return Err(Error::new(
                    "TypeError",
                    "if you give only one argument to maketrans it must be a dict",
                ));
            }
            let entries = crate::objects::dict::entries(vm, *x);
            let mut out = Vec::with_capacity(entries.len());
            for (k, v) in entries {
                let key = match (as_int(k), str_value(vm, k)) {
                    (Some(i), _) => i,
                    (_, Some(s)) if s.chars().count() == 1 => {
                        s.chars().next().unwrap_or('\0') as i64
                    }
                    _ => {
                        return Err(Error::new(
                            "ValueError",
                            "string keys in translate table must be of length 1",
                        ));
                    }
                };
                out.push((key, v));
            }
            return vm.handle_scope(|vm| {
                // The values are held before the dict is made (making it may collect).
                let held: Vec<_> = out
                    .iter()
                    .map(|&(k, v)| (k, vm.mutator().root(v)))
                    .collect();
                let d = crate::objects::dict::new_dict(vm, held.len())?;
                let hd = vm.mutator().root(d);
                for (k, hv) in held {
                    let key = crate::values::make_int(k)?;
                    let (d, v) = (vm.mutator().get(hd), vm.mutator().get(hv));
                    crate::objects::dict::set(vm, d, key, v)?;
                }
                Ok(vm.mutator().get(hd))
            });
        }
        [x, y] | [x, y, _] => {
            let (Some(from), Some(to)) = (str_value(vm, *x), str_value(vm, *y)) else {
                return Err(Error::new(
                    "TypeError",
                    "maketrans() arguments must be strs",
                ));
            };
            if from.chars().count() != to.chars().count() {
                return Err(Error::new(
                    "ValueError",
                    "the first two maketrans arguments must have equal length",
                ));
            }
            for (a, b) in from.chars().zip(to.chars()) {
                pairs.push((a as i64, Some(b.to_string())));
            }
            if let [_, _, z] = args {
                let Some(gone) = str_value(vm, *z) else {
                    return Err(Error::new(
                        "TypeError",
                        "maketrans() argument 3 must be str",
                    ));
                };
                pairs.extend(gone.chars().map(|c| (c as i64, None)));
            }
        }
        _ => {
            return Err(Error::new(
                "TypeError",
                format!("maketrans expected at most 3 arguments, got {}", args.len()),
            ));
        }
    }
    // Values are code points (ints), as CPython's table.
    let d = crate::objects::dict::new_dict(vm, pairs.len())?;
    vm.handle_scope(|vm| {
        let hd = vm.mutator().root(d);
        for (k, v) in pairs {
            let key = crate::values::make_int(k)?;
            let value = match v {
                Some(s) => crate::values::make_int(s.chars().next().unwrap_or('\0') as i64)?,
                None => NONE,
            };
            let d = vm.mutator().get(hd);
            crate::objects::dict::set(vm, d, key, value)?;
        }
        Ok(vm.mutator().get(hd))
    })
}

/// `s.translate(table)`: each character looked up in `table` by code point (a missing key
/// keeps the character; None deletes it; an int or str replaces it).
pub fn translate(vm: &mut ThreadState, s: Value, args: &[Value]) -> Result<Value, Error> {
    crate::objects::arity_as(
        crate::objects::ArgConvention::OneArg("str"),
        "translate",
        args,
        1,
        1,
    )?;
    let [table] = args else {
        unreachable!("one argument, checked");
    };
    let text = str_value(vm, s).unwrap_or_default();
    let mut out = String::with_capacity(text.len());
    vm.handle_scope(|vm| {
        let ht = vm.mutator().root(*table);
        for c in text.chars() {
            let key = crate::values::make_int(c as i64)?;
            let table = vm.mutator().get(ht);
            let found = match crate::objects::sequence::subscript(vm, table, key) {
                Ok(v) => Some(v),
                Err(e) if e.is("LookupError") || e.is("KeyError") || e.is("IndexError") => None,
                Err(e) => return Err(e),
            };
            match found {
                None => out.push(c),
                Some(v) if v == NONE => {}
                Some(v) => match (as_int(v), str_value(vm, v)) {
                    (Some(i), _) => match u32::try_from(i).ok().and_then(char::from_u32) {
                        Some(ch) => out.push(ch),
                        None => {
                            return Err(Error::new(
                                "ValueError",
                                "character mapping must be in range(0x110000)",
                            ));
                        }
                    },
                    (_, Some(r)) => out.push_str(&r),
                    _ => {
                        return Err(Error::new(
                            "TypeError",
                            "character mapping must return integer, None or str",
                        ));
                    }
                },
            }
        }
        Ok(())
    })?;
    crate::values::new_str(vm, &out)
}
