//! Binding a call's arguments to a code object's parameters: positional and keyword
//! arguments, default values, `*args` and `**kwargs`, with CPython's errors for unknown,
//! repeated and missing names. Pure: it neither allocates nor runs Python code.

use crate::compiler::code::CodeObject;
use crate::vm::Error;
use gvmt::rt::Value;

/// Arguments bound to a code object's parameters: the positional and keyword-only slots, then
/// what goes to `*args` and `**kwargs` (made into a tuple and a dict by the caller).
pub(crate) struct Bound {
    pub fixed: Vec<Value>,
    pub extra_positional: Option<Vec<Value>>,
    pub extra_keywords: Option<Vec<(String, Value)>>,
}

/// CPython's list of names in an error: `'a'`, `'a' and 'b'`, `'a', 'b', and 'c'`.
fn name_list(names: &[String]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match quoted.as_slice() {
        [one] => one.clone(),
        [first, second] => format!("{first} and {second}"),
        [init @ .., last] => format!("{}, and {last}", init.join(", ")),
        [] => String::new(),
    }
}

/// Binds positional and keyword arguments and default values to the parameters (CPython's
/// errors for unknown, repeated and missing names).
pub(crate) fn bind_arguments(
    code: &CodeObject,
    args: &[Value],
    kwargs: &[(String, Value)],
    defaults: &[Value],
    kwdefaults: &[(String, Value)],
) -> Result<Bound, Error> {
    let name = &code.qualname;
    let (n, k) = (code.nargs, code.kwonly);
    if args.len() > n && !code.varargs {
        return Err(arity_error(code, args.len(), defaults.len(), kwargs));
    }
    let mut slots: Vec<Option<Value>> = args.iter().take(n).map(|&a| Some(a)).collect();
    slots.resize(n + k, None);
    let extra_positional = code.varargs.then(|| args.iter().skip(n).copied().collect());
    let mut extra_keywords = code.varkw.then(Vec::new);
    for (key, v) in kwargs {
        let position = code.varnames[code.posonly..n + k]
            .iter()
            .position(|p| p == key)
            .map(|i| i + code.posonly);
        match (position, &mut extra_keywords) {
            (Some(i), _) => {
                if slots[i].is_some() {
                    return Err(Error::new(
                        "TypeError",
                        format!("{name}() got multiple values for argument '{key}'"),
                    ));
                }
                slots[i] = Some(*v);
            }
            (None, Some(extra)) => extra.push((key.clone(), *v)),
            (None, None) => {
                let posonly = &code.varnames[..code.posonly];
                let message = if posonly.contains(key) {
                    let passed: Vec<&str> = kwargs
                        .iter()
                        .filter(|(k, _)| posonly.contains(k))
                        .map(|(k, _)| k.as_str())
                        .collect();
                    format!(
                        "{name}() got some positional-only arguments passed as keyword arguments: '{}'",
                        passed.join(", ")
                    )
                } else {
                    format!("{name}() got an unexpected keyword argument '{key}'")
                };
                return Err(Error::new("TypeError", message));
            }
        }
    }
    let first_default = n - defaults.len().min(n);
    for (i, slot) in slots.iter_mut().enumerate().take(n) {
        if slot.is_none() && i >= first_default {
            *slot = Some(defaults[i - first_default]);
        }
    }
    for (i, slot) in slots.iter_mut().enumerate().skip(n) {
        if slot.is_none() {
            let param = &code.varnames[i];
            *slot = kwdefaults.iter().find(|(k, _)| k == param).map(|&(_, v)| v);
        }
    }
    let missing = |range: std::ops::Range<usize>| -> Vec<String> {
        range
            .filter(|&i| slots[i].is_none())
            .map(|i| code.varnames[i].clone())
            .collect()
    };
    for (missing, kind) in [
        (missing(0..n), "positional"),
        (missing(n..n + k), "keyword-only"),
    ] {
        if !missing.is_empty() {
            let count = missing.len();
            let plural = if count == 1 { "" } else { "s" };
            return Err(Error::new(
                "TypeError",
                format!(
                    "{name}() missing {count} required {kind} argument{plural}: {}",
                    name_list(&missing)
                ),
            ));
        }
    }
    Ok(Bound {
        fixed: slots
            .into_iter()
            .map(|s| s.expect("every slot is bound"))
            .collect(),
        extra_positional,
        extra_keywords,
    })
}

/// Too many positional arguments (or too few, without defaults), in CPython's words.
pub(crate) fn arity_error(
    code: &CodeObject,
    given: usize,
    ndefaults: usize,
    kwargs: &[(String, Value)],
) -> Error {
    let name = &code.qualname;
    let n = code.nargs;
    if given > n {
        let takes = if ndefaults > 0 {
            format!("from {} to {n}", n - ndefaults.min(n))
        } else {
            n.to_string()
        };
        let plural = if n == 1 && ndefaults == 0 { "" } else { "s" };
        let keyword_given = kwargs
            .iter()
            .filter(|(k, _)| code.varnames[n..n + code.kwonly].contains(k))
            .count();
        let were = match (given, keyword_given) {
            (1, 0) => "1 was".to_string(),
            (g, 0) => format!("{g} were"),
            (g, kw) => format!(
                "{g} positional argument{} (and {kw} keyword-only argument{}) were",
                if g == 1 { "" } else { "s" },
                if kw == 1 { "" } else { "s" }
            ),
        };
        Error::new(
            "TypeError",
            format!("{name}() takes {takes} positional argument{plural} but {were} given"),
        )
    } else {
        let missing: Vec<String> = code.varnames[given..n].to_vec();
        let count = missing.len();
        let plural = if count == 1 { "" } else { "s" };
        Error::new(
            "TypeError",
            format!(
                "{name}() missing {count} required positional argument{plural}: {}",
                name_list(&missing)
            ),
        )
    }
}
