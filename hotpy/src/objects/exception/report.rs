//! The report CPython prints for an uncaught exception (`traceback.TracebackException`'s
//! format): the chain of causes and contexts, earliest first, with "The above exception was
//! the direct cause..." between them; each exception's frames and `Kind: message`, then its
//! `__notes__`; and an exception group as a tree: "Exception Group Traceback", then each
//! member framed and indented (`+-+---- 1 ----`, `| ...`), at most 15 members and 10
//! levels deep.
//!
//! Owns: that text. Must not: change the exceptions it reports.

use super::chaining::attribute;
use super::{from_object, is_instance};
use crate::values::{FALSE, NONE};
use crate::vm::{Error, PyException, ThreadState};
use gvmt::gc::Pinned;
use gvmt::rt::{Value, Vm};

const CAUSE: &str = "\nThe above exception was the direct cause of the following exception:\n\n";
const CONTEXT: &str = "\nDuring handling of the above exception, another exception occurred:\n\n";
/// Chains longer than this are not followed (CPython cuts cycles; this bounds the walk).
const MAX_CHAIN: usize = 1000;
/// CPython's `max_group_width` and `max_group_depth`.
const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;

/// Where the report is: the text so far, the group nesting, and the exceptions printed.
#[derive(Default)]
struct PrintContext {
    out: String,
    depth: usize,
    need_close: bool,
    seen: Vec<u64>,
}

impl PrintContext {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }

    /// `text`, each line indented for the group nesting and marked with `margin` in it.
    fn emit(&mut self, text: &str, margin: char) {
        let mut prefix = self.indent();
        if self.depth > 0 {
            prefix.push(margin);
            prefix.push(' ');
        }
        for line in text.split_inclusive('\n') {
            self.out.push_str(&prefix);
            self.out.push_str(line);
        }
    }
}

/// CPython's report of the uncaught `e`.
pub fn report(vm: &mut ThreadState, e: &Error) -> String {
    let Some(exception) = e.exception() else {
        return e.report();
    };
    let mut ctx = PrintContext::default();
    match format(vm, exception.clone(), &mut ctx) {
        Err(unwind) if !unwind.is_exception() => unwind.report(),
        _ => ctx.out,
    }
}

/// `exception` with the exceptions it is chained to before it.
fn format(
    vm: &mut ThreadState,
    exception: PyException,
    ctx: &mut PrintContext,
) -> Result<(), Error> {
    // Each exception with the message that leads to it from the one before (its cause or
    // context), latest first.
    let mut chain: Vec<(Option<&str>, PyException)> = vec![];
    let mut current = exception;
    if let Some(p) = &current.object {
        let v = vm.mutator().pinned(p);
        let id = vm.mutator().identity(v);
        ctx.seen.push(id);
    }
    for _ in 0..MAX_CHAIN {
        let next = match &current.object {
            Some(p) => {
                let v = vm.mutator().pinned(p);
                match chained(vm, v) {
                    Ok(found) => found,
                    Err(e) if e.is_exception() => None,
                    Err(unwind) => return Err(unwind),
                }
            }
            None => None,
        };
        let Some((next, message)) = next else {
            chain.push((None, current));
            break;
        };
        let id = vm.mutator().identity(next);
        if ctx.seen.contains(&id) {
            chain.push((None, current));
            break;
        }
        ctx.seen.push(id);
        chain.push((Some(message), current));
        let earlier = from_object(vm, next);
        let Error::Exception(earlier) = earlier else {
            return Err(earlier);
        };
        current = *earlier;
    }
    for (message, exception) in chain.into_iter().rev() {
        if let Some(message) = message {
            ctx.emit(message, '|');
        }
        format_one(vm, &exception, ctx)?;
    }
    Ok(())
}

/// One exception: its frames, `Kind: message` and notes; a group's members after it.
fn format_one(vm: &mut ThreadState, e: &PyException, ctx: &mut PrintContext) -> Result<(), Error> {
    let members = match &e.object {
        Some(p) => {
            let v = vm.mutator().pinned(p);
            group_members(vm, v)?
        }
        None => None,
    };
    let mut only = e.format_exception_only();
    if let Some(s) = suggestion(vm, e)? {
        only.truncate(only.len() - 1);
        only.push_str(&format!(". Did you mean: '{s}'?\n"));
    }
    if let Some(p) = &e.object {
        let v = vm.mutator().pinned(p);
        only.push_str(&notes(vm, v)?);
    }
    let Some(members) = members else {
        if !e.traceback.is_empty() {
            ctx.emit("Traceback (most recent call last):\n", '|');
            ctx.emit(&e.format_stack(), '|');
        }
        ctx.emit(&only, '|');
        return Ok(());
    };
    if ctx.depth > MAX_GROUP_DEPTH {
        ctx.emit(
            &format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n"),
            '|',
        );
        return Ok(());
    }
    let top = ctx.depth == 0;
    if top {
        ctx.depth += 1;
    }
    if !e.traceback.is_empty() {
        let margin = if top { '+' } else { '|' };
        ctx.emit(
            "Exception Group Traceback (most recent call last):\n",
            margin,
        );
        ctx.emit(&e.format_stack(), '|');
    }
    ctx.emit(&only, '|');
    let n = members.len().min(MAX_GROUP_WIDTH + 1);
    ctx.need_close = false;
    for (i, member) in members.iter().take(n).enumerate() {
        let last = i == n - 1;
        if last {
            ctx.need_close = true;
        }
        let truncated = i >= MAX_GROUP_WIDTH;
        let title = if truncated {
            "...".to_string()
        } else {
            (i + 1).to_string()
        };
        let corner = if i == 0 { "+-" } else { "  " };
        ctx.out.push_str(&format!(
            "{}{corner}+---------------- {title} ----------------\n",
            ctx.indent()
        ));
        ctx.depth += 1;
        if truncated {
            let remaining = members.len() - MAX_GROUP_WIDTH;
            let plural = if remaining > 1 { "s" } else { "" };
            ctx.emit(&format!("and {remaining} more exception{plural}\n"), '|');
        } else {
            let v = vm.mutator().pinned(member);
            match from_object(vm, v) {
                Error::Exception(m) => format(vm, *m, ctx)?,
                unwind => return Err(unwind),
            }
        }
        if last && ctx.need_close {
            ctx.out.push_str(&format!(
                "{}+------------------------------------\n",
                ctx.indent()
            ));
            ctx.need_close = false;
        }
        ctx.depth -= 1;
    }
    if top {
        ctx.depth = 0;
    }
    Ok(())
}

/// The members of `exc` if it is an exception group (its `exceptions`), pinned.
fn group_members(vm: &mut ThreadState, exc: Value) -> Result<Option<Vec<Pinned>>, Error> {
    vm.handle_scope(|vm| {
        let h = vm.mutator().root(exc);
        let Some(group) = crate::modules::builtin_named_value(vm, "BaseExceptionGroup")? else {
            return Ok(None);
        };
        let exc = vm.mutator().get(h);
        let cls = crate::generated::layouts::Exception::class(vm.vmctx(), exc);
        if !crate::objects::class::is_subclass(vm, cls, group) {
            return Ok(None);
        }
        let name = vm.name_str("exceptions")?;
        let exc = vm.mutator().get(h);
        let members = match crate::protocols::attributes::get_attr(vm, exc, name) {
            Ok(m) => m,
            Err(e) if e.is_exception() => return Ok(None),
            Err(unwind) => return Err(unwind),
        };
        let Some(items) = crate::objects::sequence::items(vm, members) else {
            return Ok(None);
        };
        let items: Vec<Value> = items.into_iter().filter(|&m| is_instance(vm, m)).collect();
        Ok(Some(
            items.into_iter().map(|m| vm.mutator().pin(m)).collect(),
        ))
    })
}

/// The lines of `exc.__notes__`: each note's `str()` (a sequence of them), or the `repr()` of
/// something else.
fn notes(vm: &mut ThreadState, exc: Value) -> Result<String, Error> {
    let Some(notes) = attribute(vm, exc, "__notes__")? else {
        return Ok(String::new());
    };
    if notes == NONE {
        return Ok(String::new());
    }
    vm.handle_scope(|vm| {
        let h = vm.mutator().root(notes);
        let mut out = String::new();
        let is_sequence = crate::objects::sequence::items(vm, notes).is_some()
            && crate::values::str_value(vm, notes).is_none();
        if !is_sequence {
            let text = crate::protocols::repr::repr(vm, notes)
                .unwrap_or_else(|_| "<__notes__ repr() failed>".to_string());
            out.push_str(&text);
            out.push('\n');
            return Ok(out);
        }
        let count = crate::objects::sequence::items(vm, notes).map_or(0, |i| i.len());
        for i in 0..count {
            let notes = vm.mutator().get(h);
            let Some(note) = crate::objects::sequence::item_at(vm, notes, i) else {
                break;
            };
            let text = match crate::protocols::repr::str(vm, note) {
                Ok(t) => t,
                Err(e) if e.is_exception() => "<note str() failed>".to_string(),
                Err(unwind) => return Err(unwind),
            };
            for line in text.split('\n') {
                out.push_str(line);
                out.push('\n');
            }
        }
        Ok(out)
    })
}

/// The exception `exc` was chained to, and how.
fn chained(vm: &mut ThreadState, exc: Value) -> Result<Option<(Value, &'static str)>, Error> {
    vm.handle_scope(|vm| {
        let h = vm.mutator().root(exc);
        let exc = vm.mutator().get(h);
        if let Some(cause) = attribute(vm, exc, "__cause__")?
            && is_instance(vm, cause)
        {
            return Ok(Some((cause, CAUSE)));
        }
        let exc = vm.mutator().get(h);
        let suppress = attribute(vm, exc, "__suppress_context__")?;
        if suppress.is_some_and(|s| s != FALSE && s != NONE) {
            return Ok(None);
        }
        let exc = vm.mutator().get(h);
        Ok(attribute(vm, exc, "__context__")?
            .filter(|&c| is_instance(vm, c))
            .map(|c| (c, CONTEXT)))
    })
}

/// What an uncaught `e` prints on stderr: [`report`], or nothing when the program replaced
/// `sys.excepthook` (the hook is called with the exception's class, object and traceback; if
/// it raises, CPython's "Error in sys.excepthook:" report of both is the text).
pub fn uncaught(vm: &mut ThreadState, e: &Error) -> String {
    let Some(exception) = e.exception() else {
        return e.report();
    };
    let hook = match replaced_excepthook(vm) {
        Ok(Some(hook)) => hook,
        Ok(None) => return report(vm, e),
        Err(unwind) if !unwind.is_exception() => return unwind.report(),
        Err(_) => return report(vm, e),
    };
    let called = vm.handle_scope(|vm| {
        let hook = vm.mutator().root(hook);
        let value = super::exception_object(vm, exception)?;
        let hv = vm.mutator().root(value);
        let tb = super::traceback_object(vm, value)?;
        let value = vm.mutator().get(hv);
        let cls = crate::generated::layouts::Exception::class(vm.vmctx(), value);
        let f = vm.mutator().get(hook);
        vm.call(f, &[cls, value, tb], &[])
    });
    match called {
        Ok(_) => String::new(),
        Err(failed) if failed.is_exception() => format!(
            "Error in sys.excepthook:\n{}\nOriginal exception was:\n{}",
            report(vm, &failed),
            report(vm, e)
        ),
        Err(unwind) => unwind.report(),
    }
}

/// `sys.excepthook` if the program set it to something other than `sys.__excepthook__`.
fn replaced_excepthook(vm: &mut ThreadState) -> Result<Option<Value>, Error> {
    let Some(sys) = vm
        .tables()
        .modules
        .iter()
        .position(|m| m.native && m.name == "sys")
    else {
        return Ok(None);
    };
    let Some(hook) = vm.module_global(sys, "excepthook") else {
        return Ok(None);
    };
    Ok((vm.module_global(sys, "__excepthook__") != Some(hook)).then_some(hook))
}

/// `_hotpy.exception_report(exc)`: the report CPython prints for `exc` uncaught (what
/// `sys.__excepthook__` writes).
pub fn exception_report(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: &[(String, Value)],
) -> Result<Value, Error> {
    crate::modules::builtins::no_keywords("exception_report", kwargs)?;
    let [exc] = crate::modules::builtins::object_functions::exactly::<1>("exception_report", args)?;
    if !is_instance(vm, exc) {
        return Err(Error::new(
            "TypeError",
            "exception_report() takes an exception",
        ));
    }
    let e = from_object(vm, exc);
    if !e.is_exception() {
        return Err(e);
    }
    let text = report(vm, &e);
    crate::values::new_str(vm, &text)
}

/// The "Did you mean" of a NameError or AttributeError (or subclass): what it was looking
/// for is noted on the error, or (raised again from Python) in its object's `name` and `obj`.
fn suggestion(vm: &mut ThreadState, e: &PyException) -> Result<Option<String>, Error> {
    let kind = match e.builtin_kind {
        "NameError" => "NameError",
        "AttributeError" => "AttributeError",
        _ => return Ok(None),
    };
    if let Some(missing) = &e.missing {
        return Ok(super::suggestions::suggest(vm, kind, missing));
    }
    let Some(p) = &e.object else {
        return Ok(None);
    };
    let exc = vm.mutator().pinned(p);
    if kind == "NameError" {
        // Raised again: the globals of the module whose file the innermost frame ran.
        let name = match attribute(vm, exc, "name") {
            Ok(Some(n)) => crate::values::str_value(vm, n),
            Err(unwind) if !unwind.is_exception() => return Err(unwind),
            _ => None,
        };
        let (Some(name), Some(entry)) = (name, e.traceback.first()) else {
            return Ok(None);
        };
        let same_file = |file: &str| {
            file == entry.filename
                || std::fs::canonicalize(file).ok() == std::fs::canonicalize(&entry.filename).ok()
        };
        let count = vm.tables().modules.len();
        let module = (0..count).find(|&id| {
            let file = vm.module_global(id, "__file__");
            let file = file
                .and_then(|f| crate::values::str_value(vm, f))
                .or_else(|| vm.tables().modules[id].file.clone());
            file.is_some_and(|f| same_file(&f))
        });
        let missing = crate::vm::MissingName {
            name,
            obj: None,
            scope: module.map(|m| (m, None)),
        };
        return Ok(super::suggestions::suggest(vm, kind, &missing));
    }
    let name = match attribute(vm, exc, "name") {
        Ok(Some(n)) => crate::values::str_value(vm, n),
        Err(unwind) if !unwind.is_exception() => return Err(unwind),
        _ => None,
    };
    let exc = vm.mutator().pinned(p);
    let obj = match attribute(vm, exc, "obj") {
        Ok(Some(o)) if o != NONE => o,
        Err(unwind) if !unwind.is_exception() => return Err(unwind),
        _ => return Ok(None),
    };
    let Some(name) = name else { return Ok(None) };
    let missing = crate::vm::MissingName {
        name,
        obj: Some(vm.mutator().pin(obj)),
        scope: None,
    };
    Ok(super::suggestions::suggest(vm, kind, &missing))
}
