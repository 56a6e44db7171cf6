//! SyntaxError objects for code compiled at run time (`exec`, `eval`, `import`): CPython's
//! `args` (`(msg, (filename, lineno, offset, text, end_lineno, end_offset))`), the `msg`,
//! `filename`, `lineno`, `offset` and `text` attributes, and its `str()`:
//! `msg (filename, line N)`.
//!
//! Owns: building those objects and their `str()`. Must not: word the messages (the
//! compiler's `syntax_errors.rs` does).

use crate::compiler::CompileError;
use crate::generated::layouts::Exception;
use crate::values::{NONE, make_int, new_str};
use crate::vm::{Error, ThreadState};
use gvmt::rt::{Value, Vm};

/// The SyntaxError (or IndentationError) for `e` in the code `source` read from `filename`.
pub fn raise(vm: &mut ThreadState, e: &CompileError, filename: &str, source: &str) -> Error {
    if e.kind == "RecursionError" {
        // Not a syntax error: no location attributes, as in CPython.
        return Error::new("RecursionError", e.message.clone());
    }
    let text = source
        .lines()
        .nth((e.line as usize).saturating_sub(1))
        .map(|l| format!("{l}\n"));
    match build(vm, e, filename, text.as_deref()) {
        Ok(exc) => {
            let mut raised = super::from_object(vm, exc);
            // The report's last line is `SyntaxError: msg` (the location has lines of its own).
            if let Some(r) = raised.exception_mut() {
                r.message = e.message.clone();
                r.location = Some(e.location(filename, source));
            }
            raised
        }
        Err(failed) => failed,
    }
}

fn build(
    vm: &mut ThreadState,
    e: &CompileError,
    filename: &str,
    text: Option<&str>,
) -> Result<Value, Error> {
    vm.handle_scope(|vm| {
        let root = |vm: &mut ThreadState, v: Value| vm.mutator().root(v);
        let msg = new_str(vm, &e.message)?;
        let msg = root(vm, msg);
        let file = new_str(vm, filename)?;
        let file = root(vm, file);
        let text = match text {
            Some(t) => new_str(vm, t)?,
            None => NONE,
        };
        let text = root(vm, text);
        let (line, offset) = (make_int(e.line as i64)?, make_int(e.column as i64)?);
        let get = |vm: &ThreadState, h| vm.mutator_ref().get(h);
        let details = [get(vm, file), line, offset, get(vm, text), line, offset];
        let details = crate::objects::sequence::new_tuple(vm, &details)?;
        let args = [get(vm, msg), details];
        let args = crate::objects::sequence::new_tuple(vm, &args)?;
        let hargs = root(vm, args);
        let index = super::class_index(e.kind).unwrap_or(0);
        let cls = super::builtin_class(vm, index)?;
        let exc = super::new_instance(vm, cls, get(vm, hargs))?;
        let hexc = root(vm, exc);
        for (name, v) in [
            ("msg", get(vm, msg)),
            ("filename", get(vm, file)),
            ("lineno", line),
            ("offset", offset),
            ("text", get(vm, text)),
        ] {
            let hv = root(vm, v);
            let key = vm.name_str(name)?;
            let exc = get(vm, hexc);
            let dict = Exception::dict(vm.vmctx(), exc);
            crate::objects::dict::set(vm, dict, key, get(vm, hv))?;
        }
        Ok(get(vm, hexc))
    })
}

/// `str(e)` of a SyntaxError whose `args` are CPython's pair: `msg (filename, line N)`.
pub fn message(vm: &ThreadState, args: &[Value]) -> Option<String> {
    let [msg, details] = args else {
        return None;
    };
    let details = crate::objects::sequence::items(vm, *details)?;
    let msg = crate::values::str_value(vm, *msg)?;
    let (file, line) = (details.first()?, details.get(1)?);
    let file = crate::values::str_value(vm, *file);
    let line = crate::values::int_value(*line);
    Some(match (file, line) {
        (Some(f), Some(l)) => format!("{msg} ({f}, line {l})"),
        (Some(f), None) => format!("{msg} ({f})"),
        (None, Some(l)) => format!("{msg} (line {l})"),
        (None, None) => msg,
    })
}
