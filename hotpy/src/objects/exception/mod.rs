//! Exceptions as Python objects: the builtin classes (`object` and the exception hierarchy,
//! real class objects that Python classes may subclass), exception instances (class, attribute
//! dict, `args`), `raise`, matching in `except`, and conversion to and from the Rust-side
//! [`Error`] that unwinds through the VM.
//!
//! An exception raised by Rust code (`Error::new("KeyError", ...)`) carries only its class
//! name and message; it becomes an object when an `except` clause catches it. An exception
//! raised from Python carries its object (pinned), so attributes and subclasses survive.

pub mod chaining;
pub mod report;
pub mod suggestions;
pub mod syntax_error;

use crate::generated::layouts::{Class, Exception};
use crate::protocols::repr::{repr_of, str_of};
use crate::values::{NONE, layout_of, py_bool};
use crate::vm::{Error, PyException, ThreadState};
use gvmt::rt::{Value, Values, Vm};

/// The builtin classes: name and base index. `object` first, then the exception hierarchy.
pub const CLASSES: &[(&str, Option<usize>)] = &[
    ("object", None),                        // 0
    ("BaseException", Some(0)),              // 1
    ("Exception", Some(1)),                  // 2
    ("ArithmeticError", Some(2)),            // 3
    ("ZeroDivisionError", Some(3)),          // 4
    ("OverflowError", Some(3)),              // 5
    ("LookupError", Some(2)),                // 6
    ("IndexError", Some(6)),                 // 7
    ("KeyError", Some(6)),                   // 8
    ("NameError", Some(2)),                  // 9
    ("UnboundLocalError", Some(9)),          // 10
    ("TypeError", Some(2)),                  // 11
    ("ValueError", Some(2)),                 // 12
    ("AttributeError", Some(2)),             // 13
    ("RuntimeError", Some(2)),               // 14
    ("RecursionError", Some(14)),            // 15
    ("NotImplementedError", Some(14)),       // 16
    ("MemoryError", Some(2)),                // 17
    ("StopIteration", Some(2)),              // 18
    ("AssertionError", Some(2)),             // 19
    ("SystemError", Some(2)),                // 20
    ("KeyboardInterrupt", Some(1)),          // 21
    ("SystemExit", Some(1)),                 // 22
    ("GeneratorExit", Some(1)),              // 23
    ("FloatingPointError", Some(3)),         // 24
    ("ImportError", Some(2)),                // 25
    ("ModuleNotFoundError", Some(25)),       // 26
    ("OSError", Some(2)),                    // 27
    ("FileNotFoundError", Some(27)),         // 28
    ("EOFError", Some(2)),                   // 29
    ("UnicodeError", Some(12)),              // 30
    ("StopAsyncIteration", Some(2)),         // 31
    ("PermissionError", Some(27)),           // 32
    ("IsADirectoryError", Some(27)),         // 33
    ("FileExistsError", Some(27)),           // 34
    ("TimeoutError", Some(27)),              // 35
    ("SyntaxError", Some(2)),                // 36
    ("IndentationError", Some(36)),          // 37
    ("UnicodeDecodeError", Some(30)),        // 38
    ("UnicodeEncodeError", Some(30)),        // 39
    ("type", Some(0)),                       // 40: not an exception (metaclasses.rs)
    ("NotADirectoryError", Some(27)),        // 41
    ("ConnectionError", Some(27)),           // 42
    ("BrokenPipeError", Some(42)),           // 43
    ("ConnectionAbortedError", Some(42)),    // 44
    ("ConnectionRefusedError", Some(42)),    // 45
    ("ConnectionResetError", Some(42)),      // 46
    ("InterruptedError", Some(27)),          // 47
    ("BlockingIOError", Some(27)),           // 48
    ("ChildProcessError", Some(27)),         // 49
    ("ProcessLookupError", Some(27)),        // 50
    ("TabError", Some(37)),                  // 51
    ("BufferError", Some(2)),                // 52
    ("ReferenceError", Some(2)),             // 53
    ("UnicodeTranslateError", Some(30)),     // 54
    ("Warning", Some(2)),                    // 55
    ("UserWarning", Some(55)),               // 56
    ("DeprecationWarning", Some(55)),        // 57
    ("PendingDeprecationWarning", Some(55)), // 58
    ("SyntaxWarning", Some(55)),             // 59
    ("RuntimeWarning", Some(55)),            // 60
    ("FutureWarning", Some(55)),             // 61
    ("ImportWarning", Some(55)),             // 62
    ("UnicodeWarning", Some(55)),            // 63
    ("BytesWarning", Some(55)),              // 64
    ("ResourceWarning", Some(55)),           // 65
    ("EncodingWarning", Some(55)),           // 66
];

/// The OSError subclass CPython picks for an errno (`OSError(errno, ...)` makes one, and so
/// does every failed system call), as in CPython's `errnomap`.
pub fn os_error_kind(errno: i64) -> &'static str {
    match errno as i32 {
        libc::ENOENT => "FileNotFoundError",
        libc::EISDIR => "IsADirectoryError",
        libc::ENOTDIR => "NotADirectoryError",
        libc::EEXIST => "FileExistsError",
        libc::EACCES | libc::EPERM => "PermissionError",
        libc::ETIMEDOUT => "TimeoutError",
        libc::EPIPE | libc::ESHUTDOWN => "BrokenPipeError",
        libc::ECONNABORTED => "ConnectionAbortedError",
        libc::ECONNREFUSED => "ConnectionRefusedError",
        libc::ECONNRESET => "ConnectionResetError",
        libc::EINTR => "InterruptedError",
        libc::EAGAIN | libc::EALREADY | libc::EINPROGRESS => "BlockingIOError",
        libc::ECHILD => "ChildProcessError",
        libc::ESRCH => "ProcessLookupError",
        _ => "OSError",
    }
}

/// `strerror(errno)`: the C library's text for an errno (without Rust's " (os error N)").
pub fn strerror(errno: i64) -> String {
    let text = std::io::Error::from_raw_os_error(errno as i32).to_string();
    match text.rfind(" (os error ") {
        Some(at) => text[..at].to_string(),
        None => text,
    }
}

const OBJECT: usize = 0;
const BASE_EXCEPTION: usize = 1;
const OS_ERROR: usize = 27;
/// The class standing for `type` (`metaclasses.rs`): a base of every metaclass.
pub const TYPE: usize = 40;

/// The index of the builtin class named `name`.
pub fn class_index(name: &str) -> Option<usize> {
    // CPython's other names of OSError.
    let name = match name {
        "IOError" | "EnvironmentError" => "OSError",
        other => other,
    };
    CLASSES
        .iter()
        .position(|(n, _)| *n == name)
        .filter(|&i| i != TYPE)
}

/// The class object of builtin class `index`, creating the table on first use.
pub fn builtin_class(vm: &mut ThreadState, index: usize) -> Result<Value, Error> {
    let cls = vm.interp.builtin_classes.get(index);
    if cls != NONE {
        return Ok(cls);
    }
    create_builtin_classes(vm)?;
    Ok(vm.interp.builtin_classes.get(index))
}

/// Makes the builtin classes (an interpreter's first thread does, before any other thread
/// exists; again on first use if that ran out of memory). Every class is published at the
/// end, so a table with its first slot set is complete.
pub(crate) fn create_builtin_classes(vm: &mut ThreadState) -> Result<(), Error> {
    vm.handle_scope(|vm| {
        let mut made = Vec::with_capacity(CLASSES.len());
        for (name, base) in CLASSES {
            let namespace = crate::objects::dict::new_dict(vm, 0)?;
            let bases: Vec<Value> = base
                .map(|b| vm.mutator().get(made[b]))
                .into_iter()
                .collect();
            let cls = crate::objects::class::creation::new_class(vm, name, &bases, namespace)?;
            if made.len() == OBJECT {
                // `object()` has no `__dict__` (`object().x = 1` is an AttributeError); its
                // subclasses have one unless their `__slots__` say otherwise.
                let flag = crate::protocols::descriptors::NO_DICT;
                crate::protocols::descriptors::set_flag(vm, cls, flag);
            }
            if made.len() == BASE_EXCEPTION {
                // Its subclasses inherit the flag (`descriptors::initial_flags`).
                let flag = crate::protocols::descriptors::EXCEPTION;
                crate::protocols::descriptors::set_flag(vm, cls, flag);
            }
            made.push(vm.mutator().root(cls));
        }
        for (class, method) in [
            (OBJECT, "object.__init__"),
            (OBJECT, "object.__setattr__"),
            (OBJECT, "object.__getattribute__"),
            (OBJECT, "object.__delattr__"),
            (OBJECT, "object.__repr__"),
            (OBJECT, "object.__str__"),
            (OBJECT, "object.__eq__"),
            (OBJECT, "object.__ne__"),
            (OBJECT, "object.__lt__"),
            (OBJECT, "object.__le__"),
            (OBJECT, "object.__gt__"),
            (OBJECT, "object.__ge__"),
            (OBJECT, "object.__hash__"),
            (OBJECT, "object.__format__"),
            (OBJECT, "object.__reduce_ex__"),
            (OBJECT, "object.__reduce__"),
            (OBJECT, "object.__getstate__"),
            (TYPE, "type.__new__"),
            (TYPE, "type.__init__"),
            (TYPE, "type.__setattr__"),
            (TYPE, "type.__delattr__"),
            (TYPE, "type.__call__"),
            (TYPE, "type.__prepare__"),
            (TYPE, "type.__instancecheck__"),
            (TYPE, "type.__subclasscheck__"),
            (TYPE, "type.mro"),
            (TYPE, "type.__subclasses__"),
            (OBJECT, "object.__new__"),
            (OBJECT, "object.__init_subclass__"),
            (BASE_EXCEPTION, "BaseException.__init__"),
            (BASE_EXCEPTION, "BaseException.__str__"),
            (BASE_EXCEPTION, "BaseException.__repr__"),
            (BASE_EXCEPTION, "BaseException.with_traceback"),
            (BASE_EXCEPTION, "BaseException.add_note"),
        ] {
            let id = crate::modules::builtins::index_of(method).expect("builtin method");
            let f = crate::modules::builtins::builtin_object(vm, id)?;
            let f = if method == "object.__init_subclass__" {
                // A classmethod, as CPython's: `super().__init_subclass__` binds the class.
                crate::objects::class::new_descriptor(vm, crate::objects::class::CLASS, f, NONE)?
            } else {
                f
            };
            let h = vm.mutator().root(f);
            let name = crate::values::new_str(vm, method.rsplit('.').next().unwrap_or(method))?;
            let f = vm.mutator().get(h);
            let cls = vm.mutator().get(made[class]);
            let dict = Class::dict(vm.vmctx(), cls);
            crate::objects::dict::set(vm, dict, name, f)?;
        }
        crate::objects::class::builtin_types::create(vm, &mut made)?;
        for &h in &made {
            let cls = vm.mutator().get(h);
            crate::protocols::descriptors::set_flag(
                vm,
                cls,
                crate::protocols::descriptors::IMMUTABLE,
            );
        }
        let table = &vm.interp.builtin_classes;
        for (i, &h) in made.iter().enumerate().rev() {
            table.set(vm.mutator_ref(), i, vm.mutator_ref().get(h));
        }
        vm.invalidate_lookups();
        Ok(())
    })
}

/// True if `cls` is `object` (every class derives from it).
pub fn is_object_class(vm: &ThreadState, cls: Value) -> bool {
    vm.interp.builtin_classes.get(OBJECT) == cls && cls != NONE
}

/// True if `cls` is a class derived from BaseException.
pub fn is_exception_class(vm: &ThreadState, cls: Value) -> bool {
    crate::objects::class::is_class(vm, cls)
        && crate::protocols::descriptors::flags(vm, cls) & crate::protocols::descriptors::EXCEPTION
            != 0
}

/// A new instance of exception class `cls` with `args` (a tuple). May collect. `OSError`
/// itself with an errno and a message makes the errno's subclass, as in CPython.
pub fn new_instance(vm: &mut ThreadState, cls: Value, args: Value) -> Result<Value, Error> {
    let cls = match crate::objects::sequence::items(vm, args).as_deref() {
        Some([errno, _, ..]) if vm.interp.builtin_classes.get(OS_ERROR) == cls => {
            match crate::values::int_value(*errno).map(os_error_kind) {
                // The builtin classes exist (OSError is one): no allocation.
                Some(kind) if kind != "OSError" => vm
                    .interp
                    .builtin_classes
                    .get(class_index(kind).expect("an OSError subclass")),
                _ => cls,
            }
        }
        _ => cls,
    };
    let dict = {
        let (dict, kept) = vm.handle_scope(|vm| {
            let (c, a) = (vm.mutator().root(cls), vm.mutator().root(args));
            let dict = crate::objects::dict::new_dict(vm, 0);
            (dict, (vm.mutator().get(c), vm.mutator().get(a)))
        });
        (dict?, kept)
    };
    let (dict, (cls, args)) = dict;
    let (e, kept) = vm.alloc_with(Exception::ID, Exception::FIXED_SIZE, [cls, dict, args])?;
    let ctx = vm.vmctx();
    Exception::set_class(ctx, e, kept[0]);
    Exception::set_dict(ctx, e, kept[1]);
    Exception::set_args(ctx, e, kept[2]);
    Exception::set_traceback(ctx, e, NONE);
    Ok(e)
}

pub fn is_instance(vm: &ThreadState, v: Value) -> bool {
    layout_of(vm, v) == Some(Exception::ID)
}

/// The `args` tuple of an exception instance.
pub fn args(vm: &ThreadState, exc: Value) -> Value {
    Exception::args(vm.vmctx(), exc)
}

pub fn set_args(vm: &ThreadState, exc: Value, args: Value) {
    Exception::set_args(vm.vmctx(), exc, args);
}

/// The nearest builtin class of `cls` (itself if builtin): what Rust code checks against.
fn builtin_kind(vm: &ThreadState, cls: Value) -> &'static str {
    for c in crate::objects::class::mro(vm, cls) {
        if let Some(i) = vm.interp.builtin_classes.position(c)
            && i != OBJECT
        {
            return CLASSES[i].0;
        }
    }
    CLASSES[BASE_EXCEPTION].0
}

/// The nearest builtin class name of an exception instance.
pub fn builtin_kind_of(vm: &ThreadState, exc: Value) -> &'static str {
    builtin_kind(vm, Exception::class(vm.vmctx(), exc))
}

/// True for instances of OSError and its subclasses.
pub fn is_os_error(vm: &ThreadState, exc: Value) -> bool {
    let cls = Exception::class(vm.vmctx(), exc);
    let os_error = vm.interp.builtin_classes.get(OS_ERROR);
    os_error != NONE && crate::objects::class::is_subclass(vm, cls, os_error)
}

/// True for StopIteration instances (their `value` is `args[0]`).
pub fn is_stop_iteration(vm: &ThreadState, exc: Value) -> bool {
    builtin_kind(vm, Exception::class(vm.vmctx(), exc)) == "StopIteration"
}

/// `str()` of a UnicodeEncodeError, UnicodeDecodeError or UnicodeTranslateError made with
/// the fields CPython's take; None for other args (BaseException's rule applies).
fn unicode_error_message(vm: &ThreadState, exc: Value, args: &[Value]) -> Option<String> {
    let kind = builtin_kind(vm, Exception::class(vm.vmctx(), exc));
    let int = |v: Value| {
        crate::values::int_value(v)
            .filter(|&n| n >= 0)
            .map(|n| n as usize)
    };
    match (kind, args) {
        ("UnicodeDecodeError" | "UnicodeEncodeError", [encoding, object, start, end, reason]) => {
            let decoding = kind == "UnicodeDecodeError";
            let (start, end) = (int(*start)?, int(*end)?);
            let unit = if decoding {
                crate::objects::bytes::value(vm, *object)?
                    .get(start)
                    .map(|&b| b as u32)
            } else {
                crate::values::str_value(vm, *object)?
                    .chars()
                    .nth(start)
                    .map(|c| c as u32)
            };
            Some(crate::objects::codecs::unicode_error_message(
                decoding,
                &crate::values::str_value(vm, *encoding)?,
                unit,
                start,
                end,
                &crate::values::str_value(vm, *reason)?,
            ))
        }
        ("UnicodeTranslateError", [object, start, end, reason]) => {
            let (start, end) = (int(*start)?, int(*end)?);
            let reason = crate::values::str_value(vm, *reason)?;
            let c = crate::values::str_value(vm, *object)?.chars().nth(start);
            Some(match c {
                Some(c) if end == start + 1 => {
                    let shown = match c as u32 {
                        n @ 0..=0xff => format!("\\x{n:02x}"),
                        n @ 0x100..=0xffff => format!("\\u{n:04x}"),
                        n => format!("\\U{n:08x}"),
                    };
                    format!("can't translate character '{shown}' in position {start}: {reason}")
                }
                _ => format!(
                    "can't translate characters in position {start}-{}: {reason}",
                    end.saturating_sub(1)
                ),
            })
        }
        _ => None,
    }
}

/// `str(exc)` by BaseException's rule: no args `''`, one arg `str(arg)` (KeyError: its repr),
/// several the tuple's repr.
pub fn message(vm: &ThreadState, exc: Value) -> String {
    let args =
        crate::objects::sequence::items(vm, Exception::args(vm.vmctx(), exc)).unwrap_or_default();
    match args.as_slice() {
        [] => String::new(),
        [one] => {
            let cls = Exception::class(vm.vmctx(), exc);
            if builtin_kind(vm, cls) == "KeyError" {
                repr_of(vm, *one)
            } else {
                str_of(vm, *one)
            }
        }
        several
            if several.len() <= 5
                && is_os_error(vm, exc)
                && crate::values::int_value(several[0]).is_some() =>
        {
            // `[Errno 2] No such file or directory: 'name'` (and ` -> 'other'`).
            let mut text = format!(
                "[Errno {}] {}",
                str_of(vm, several[0]),
                str_of(vm, several[1])
            );
            if let Some(&filename) = several.get(2).filter(|&&f| f != NONE) {
                text.push_str(&format!(": {}", repr_of(vm, filename)));
                if let Some(&other) = several.get(4).filter(|&&f| f != NONE) {
                    text.push_str(&format!(" -> {}", repr_of(vm, other)));
                }
            }
            text
        }
        several if let Some(text) = unicode_error_message(vm, exc, several) => text,
        several => {
            let cls = Exception::class(vm.vmctx(), exc);
            let syntax = matches!(
                builtin_kind(vm, cls),
                "SyntaxError" | "IndentationError" | "TabError"
            );
            match syntax.then(|| syntax_error::message(vm, several)) {
                Some(Some(text)) => text,
                _ => repr_of(vm, Exception::args(vm.vmctx(), exc)),
            }
        }
    }
}

/// `repr(exc)`: `ValueError('bad')`.
pub fn repr(vm: &ThreadState, exc: Value) -> String {
    let cls = Exception::class(vm.vmctx(), exc);
    let mut args =
        crate::objects::sequence::items(vm, Exception::args(vm.vmctx(), exc)).unwrap_or_default();
    if is_os_error(vm, exc) && (3..=5).contains(&args.len()) {
        // The file names are attributes, not shown (as `exc.args`).
        args.truncate(2);
    }
    let parts: Vec<String> = args.iter().map(|&a| repr_of(vm, a)).collect();
    format!(
        "{}({})",
        crate::objects::class::class_name(vm, cls),
        parts.join(", ")
    )
}

/// The Rust-side exception for an instance (which it keeps, pinned).
pub fn from_object(vm: &mut ThreadState, exc: Value) -> Error {
    let earlier = stored_traceback(vm, exc);
    let pinned = vm.mutator().pin(exc);
    // A class's `__str__` may run Python code (and collect): `pinned` keeps `exc` current.
    let text = match crate::protocols::dunder::text(vm, exc, false) {
        Ok(Some(text)) => text,
        Ok(None) => {
            let exc = vm.mutator().pinned(&pinned);
            message(vm, exc)
        }
        Err(e) if e.is_exception() => "<exception str() failed>".to_string(),
        Err(unwind) => return unwind,
    };
    let exc = vm.mutator().pinned(&pinned);
    let cls = Exception::class(vm.vmctx(), exc);
    let qualified = crate::objects::class::qualified_name(vm, cls);
    let kind: &'static str = if qualified == crate::objects::class::class_name(vm, cls) {
        crate::objects::class::class_name(vm, cls)
    } else {
        vm.intern(&qualified)
    };
    let mut e = PyException::new(kind, text);
    e.traceback = earlier;
    e.builtin_kind = builtin_kind(vm, cls);
    e.object = Some(pinned);
    e.into()
}

/// Keeps the frames an exception has left so far with its object (it was caught), so that
/// raising it again continues its traceback. Stored as a str: `file\0line\0function` lines.
pub fn remember_traceback(
    vm: &mut ThreadState,
    exc: Value,
    entries: &[crate::vm::TraceEntry],
) -> Result<Value, Error> {
    if entries.is_empty() {
        return Ok(exc);
    }
    let text: Vec<String> = entries
        .iter()
        .map(|t| {
            let span = t
                .span
                .map_or(String::new(), |(l, el, c, ec)| format!("{l},{el},{c},{ec}"));
            format!(
                "{}\0{}\0{}\0{}\0{span}",
                t.filename, t.line, t.function, t.depth
            )
        })
        .collect();
    let (encoded, exc) = vm.handle_scope(|vm| {
        let h = vm.mutator().root(exc);
        let encoded = crate::values::new_str(vm, &text.join("\n"));
        (encoded, vm.mutator().get(h))
    });
    Exception::set_traceback(vm.vmctx(), exc, encoded?);
    Ok(exc)
}

/// `_hotpy.copy_traceback(source, target)`: `target` has left the frames `source` has (an
/// exception group's `split` and `derive` keep the original's traceback).
pub fn copy_traceback(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: &[(String, Value)],
) -> Result<Value, Error> {
    crate::modules::builtins::no_keywords("copy_traceback", kwargs)?;
    let [source, target] =
        crate::modules::builtins::object_functions::exactly::<2>("copy_traceback", args)?;
    if !is_instance(vm, source) || !is_instance(vm, target) {
        return Err(Error::new(
            "TypeError",
            "copy_traceback() takes two exceptions",
        ));
    }
    let ctx = vm.vmctx();
    Exception::set_traceback(ctx, target, Exception::traceback(ctx, source));
    Ok(NONE)
}

/// `exc.__traceback__` when the program has not set it: traceback objects
/// (`_traceback_types.build`) for the frames the exception has passed, or None for an
/// exception never raised.
pub fn traceback_object(vm: &mut ThreadState, exc: Value) -> Result<Value, Error> {
    let mut entries = stored_traceback(vm, exc);
    // hotpy's own library stands for CPython's C modules, whose calls leave no frames.
    entries.retain(|e| !e.filename.starts_with(crate::modules::LIB_MARKER));
    if entries.is_empty() {
        return Ok(NONE);
    }
    // Recorded innermost first; a traceback starts at the outermost frame.
    entries.reverse();
    vm.handle_scope(|vm| {
        let mut items = Vec::with_capacity(entries.len());
        for e in &entries {
            let filename = crate::values::new_str(vm, &e.filename)?;
            let hf = vm.mutator().root(filename);
            let function = crate::values::new_str(vm, &e.function)?;
            let hn = vm.mutator().root(function);
            let line = crate::values::make_int(e.line as i64)?;
            let span = match e.span {
                Some((l, el, c, ec)) => {
                    let parts = [l, el, c, ec]
                        .iter()
                        .map(|&x| crate::values::make_int(x as i64))
                        .collect::<Result<Vec<Value>, Error>>()?;
                    crate::objects::sequence::new_tuple(vm, &parts)?
                }
                None => NONE,
            };
            let [filename, function] = [hf, hn].map(|h| vm.mutator().get(h));
            let item = crate::objects::sequence::new_tuple(vm, &[filename, line, function, span])?;
            items.push(vm.mutator().root(item));
        }
        let values: Vec<Value> = items.iter().map(|&h| vm.mutator().get(h)).collect();
        let list = crate::objects::sequence::new_list(vm, &values)?;
        let hl = vm.mutator().root(list);
        let module = crate::modules::import_absolute(vm, "_traceback_types")?;
        let hm = vm.mutator().root(module);
        let name = crate::values::new_str(vm, "build")?;
        let module = vm.mutator().get(hm);
        let build = crate::protocols::attributes::get_attr(vm, module, name)?;
        let list = vm.mutator().get(hl);
        vm.call(build, &[list], &[])
    })
}

fn stored_traceback(vm: &ThreadState, exc: Value) -> Vec<crate::vm::TraceEntry> {
    let Some(text) = crate::values::str_value(vm, Exception::traceback(vm.vmctx(), exc)) else {
        return vec![];
    };
    text.lines()
        .filter_map(|l| {
            let mut parts = l.split('\0');
            Some(crate::vm::TraceEntry {
                filename: parts.next()?.to_string(),
                line: parts.next()?.parse().ok()?,
                function: parts.next()?.to_string(),
                depth: parts.next()?.parse().ok()?,
                span: parts.next().and_then(|s| {
                    let n: Vec<u32> = s.split(',').filter_map(|x| x.parse().ok()).collect();
                    match n[..] {
                        [l, el, c, ec] => Some((l, el, c, ec)),
                        _ => None,
                    }
                }),
            })
        })
        .collect()
}

/// The instance for a Rust-side exception (when an `except` catches it); an unwind is no
/// exception and is passed on.
pub fn to_object(vm: &mut ThreadState, e: &Error) -> Result<Value, Error> {
    match e {
        Error::Exception(e) => exception_object(vm, e),
        unwind => Err(unwind.clone()),
    }
}

/// The instance of a Python exception.
pub fn exception_object(vm: &mut ThreadState, e: &PyException) -> Result<Value, Error> {
    if let Some(pinned) = &e.object {
        return Ok(vm.mutator().pinned(pinned));
    }
    let cls = builtin_class(vm, class_index(e.kind).unwrap_or(2))?;
    let (args, cls) = vm.handle_scope(|vm| {
        let h = vm.mutator().root(cls);
        let args = if e.message.is_empty() {
            crate::objects::sequence::new_tuple(vm, &[])
        } else {
            crate::values::new_str(vm, &e.message)
                .and_then(|message| crate::objects::sequence::new_tuple(vm, &[message]))
        };
        (args, vm.mutator().get(h))
    });
    let exc = new_instance(vm, cls, args?)?;
    // A NameError's or AttributeError's `name` and `obj`.
    let Some((keys, false)) = keyword_attributes(e.builtin_kind) else {
        return Ok(exc);
    };
    vm.handle_scope(|vm| {
        let he = vm.mutator().root(exc);
        let name = match &e.missing {
            Some(m) => crate::values::new_str(vm, &m.name)?,
            None => NONE,
        };
        let obj = match e.missing.as_ref().and_then(|m| m.obj.as_ref()) {
            Some(p) => vm.mutator().pinned(p),
            None => NONE,
        };
        let exc = vm.mutator().get(he);
        set_attributes(vm, exc, keys, &[name, obj][..keys.len()])?;
        Ok(vm.mutator().get(he))
    })
}

/// An exception of builtin class `kind` whose `args` are `args` (values, where a message
/// would lose information: KeyError's key). May collect.
pub fn error_with_args(vm: &mut ThreadState, kind: &'static str, args: &[Value]) -> Error {
    let made = (|| {
        let index = class_index(kind).expect("a builtin exception class");
        let tuple = crate::objects::sequence::new_tuple(vm, args)?;
        let (cls, tuple) = vm.handle_scope(|vm| {
            let h = vm.mutator().root(tuple);
            let cls = builtin_class(vm, index);
            (cls, vm.mutator().get(h))
        });
        new_instance(vm, cls?, tuple)
    })();
    match made {
        Ok(exc) => from_object(vm, exc),
        Err(e) => e,
    }
}

/// `raise exc from cause`: `exc` (instantiated if a class) with `__cause__` set.
pub fn set_cause(vm: &mut ThreadState, exc: Value, cause: Value) -> Result<Value, Error> {
    vm.handle_scope(|vm| {
        let hc = vm.mutator().root(cause);
        let exc = if is_exception_class(vm, exc) {
            vm.call(exc, &[], &[])?
        } else {
            exc
        };
        let he0 = vm.mutator().root(exc);
        let cause = vm.mutator().get(hc);
        // `raise X from ValueError`: the cause class is instantiated too.
        let cause = if is_exception_class(vm, cause) {
            let made = vm.call(cause, &[], &[])?;
            vm.mutator().set(hc, made);
            made
        } else {
            cause
        };
        let exc = vm.mutator().get(he0);
        if !is_instance(vm, exc) {
            return Err(Error::new(
                "TypeError",
                "exceptions must derive from BaseException",
            ));
        }
        if cause != NONE && !is_instance(vm, cause) && !is_exception_class(vm, cause) {
            return Err(Error::new(
                "TypeError",
                "exception causes must derive from BaseException",
            ));
        }
        let he = vm.mutator().root(exc);
        let key = vm.name_str("__cause__")?;
        let (exc, cause) = (vm.mutator().get(he), vm.mutator().get(hc));
        let dict = Exception::dict(vm.vmctx(), exc);
        crate::objects::dict::set(vm, dict, key, cause)?;
        let exc = vm.mutator().get(he);
        chaining::suppress_context(vm, exc)?;
        Ok(vm.mutator().get(he))
    })
}

/// `raise exc`: an instance, or a class (instantiated with no arguments).
pub fn raise_value(vm: &mut ThreadState, values: Values) -> Error {
    if values.is_empty() {
        // A bare `raise` outside an `except` block of its own re-raises the exception the
        // thread is handling (a helper called from an `except` block, as `sys.exc_info()`).
        return match vm.handled_exception() {
            Some(exc) => from_object(vm, exc),
            None => Error::new("RuntimeError", "No active exception to reraise"),
        };
    }
    let v = values.get(vm.vmctx(), 0);
    raise_object(vm, v).unwrap_or_else(|e| e)
}

/// The exception `raise v` raises (`v` an exception instance or class).
pub fn raise_one(vm: &mut ThreadState, v: Value) -> Error {
    raise_object(vm, v).unwrap_or_else(|e| e)
}

fn raise_object(vm: &mut ThreadState, v: Value) -> Result<Error, Error> {
    if is_instance(vm, v) {
        return Ok(from_object(vm, v));
    }
    if is_exception_class(vm, v) {
        let exc = vm.call(v, &[], &[])?;
        if is_instance(vm, exc) {
            return Ok(from_object(vm, exc));
        }
    }
    Ok(Error::new(
        "TypeError",
        "exceptions must derive from BaseException",
    ))
}

pub fn reraise(vm: &mut ThreadState, exc: Value) -> Error {
    from_object(vm, exc)
}

/// `except cls:` matching (`cls` a class or a tuple of classes), as a bool value.
pub fn exc_matches(vm: &mut ThreadState, exc: Value, cls: Value) -> Result<Value, Error> {
    let exc_class = Exception::class(vm.vmctx(), exc);
    let classes = match crate::objects::sequence::items(vm, cls) {
        Some(items) if crate::values::is_tuple(vm, cls) => items,
        _ => vec![cls],
    };
    let mut matched = false;
    for c in classes {
        if !is_exception_class(vm, c) {
            return Err(Error::new(
                "TypeError",
                "catching classes that do not inherit from BaseException is not allowed",
            ));
        }
        matched |= crate::objects::class::is_subclass(vm, exc_class, c);
    }
    Ok(py_bool(matched))
}

/// The class `object`, for `isinstance(x, object)` and `class A(object)`.
pub fn object_class(vm: &mut ThreadState) -> Result<Value, Error> {
    builtin_class(vm, OBJECT)
}

/// An `ImportError` (or `ModuleNotFoundError`) with CPython's attributes: `msg`, `name` and
/// `path` (None when not given). May collect.
pub fn import_error(
    vm: &mut ThreadState,
    kind: &'static str,
    msg: &str,
    name: Option<&str>,
    path: Option<&str>,
) -> Error {
    let made = vm.handle_scope(|vm| {
        let text = |vm: &mut ThreadState, s: Option<&str>| match s {
            Some(s) => crate::values::new_str(vm, s),
            None => Ok(crate::values::NONE),
        };
        let m = text(vm, Some(msg))?;
        let hm = vm.mutator().root(m);
        let n = text(vm, name)?;
        let hn = vm.mutator().root(n);
        let p = text(vm, path)?;
        let hp = vm.mutator().root(p);
        let tuple = crate::objects::sequence::new_tuple(vm, &[vm.mutator_ref().get(hm)])?;
        let ht = vm.mutator().root(tuple);
        let cls = builtin_class(vm, class_index(kind).expect("a builtin exception class"))?;
        let exc = new_instance(vm, cls, vm.mutator_ref().get(ht))?;
        let he = vm.mutator().root(exc);
        for (key, h) in [("msg", hm), ("name", hn), ("path", hp)] {
            let key = vm.name_str(key)?;
            let exc = vm.mutator().get(he);
            let dict = Exception::dict(vm.vmctx(), exc);
            let v = vm.mutator().get(h);
            crate::objects::dict::set(vm, dict, key, v)?;
        }
        Ok(vm.mutator().get(he))
    });
    match made {
        Ok(exc) => from_object(vm, exc),
        Err(e) => e,
    }
}

/// The attributes the builtin exception `kind` keeps beside `args` (CPython's members,
/// kept in the instance dict; None when not given), and whether its one argument is `msg`.
fn keyword_attributes(kind: &str) -> Option<(&'static [&'static str], bool)> {
    match kind {
        "ImportError" | "ModuleNotFoundError" => Some((&["msg", "name", "path"], true)),
        "NameError" | "UnboundLocalError" => Some((&["name"], false)),
        "AttributeError" => Some((&["name", "obj"], false)),
        _ => None,
    }
}

/// For `BaseException.__init__`: an ImportError's (or subclass's) `msg` (the one argument,
/// else None), `name` and `path`; a NameError's `name`; an AttributeError's `name` and
/// `obj` (keywords, else None), as CPython's. Returns false, changing nothing, for other
/// exceptions. (Called from `crate::objects::object` before it refuses keyword arguments.)
pub fn init_keyword_attributes(
    vm: &mut ThreadState,
    exc: Value,
    args: &[Value],
    kwargs: &[(String, Value)],
) -> Result<bool, Error> {
    let kind = builtin_kind_of(vm, exc);
    let Some((keys, msg)) = keyword_attributes(kind) else {
        return Ok(false);
    };
    let mut values = vec![NONE; keys.len()];
    if msg && args.len() == 1 {
        values[0] = args[0];
    }
    for (k, v) in kwargs {
        match keys
            .iter()
            .position(|key| key == k)
            .filter(|&i| !msg || i > 0)
        {
            Some(i) => values[i] = *v,
            None => {
                return Err(Error::new(
                    "TypeError",
                    format!("'{k}' is an invalid keyword argument for {kind}()"),
                ));
            }
        }
    }
    set_attributes(vm, exc, keys, &values)?;
    Ok(true)
}

/// An AttributeError raised from Python while looking `name` up on `obj`: sets its `name`
/// and `obj` unless either is set already (CPython's `set_attribute_error_context`).
pub fn note_missing_attribute(
    vm: &mut ThreadState,
    exc: Value,
    name: Value,
    obj: Value,
) -> Result<(), Error> {
    vm.handle_scope(|vm| {
        let [he, hn, ho] = [exc, name, obj].map(|v| vm.mutator().root(v));
        for key in ["name", "obj"] {
            let exc = vm.mutator().get(he);
            if chaining::attribute(vm, exc, key)?.is_some_and(|v| v != NONE) {
                return Ok(());
            }
        }
        let [exc, name, obj] = [he, hn, ho].map(|h| vm.mutator_ref().get(h));
        set_attributes(vm, exc, &["name", "obj"], &[name, obj])
    })
}

/// Sets `keys` to `values` in exception `exc`'s dict.
fn set_attributes(
    vm: &mut ThreadState,
    exc: Value,
    keys: &[&'static str],
    values: &[Value],
) -> Result<(), Error> {
    vm.handle_scope(|vm| {
        let he = vm.mutator().root(exc);
        let hv: Vec<_> = values.iter().map(|&v| vm.mutator().root(v)).collect();
        for (key, h) in keys.iter().zip(hv) {
            let key = vm.name_str(key)?;
            let exc = vm.mutator().get(he);
            let dict = Exception::dict(vm.vmctx(), exc);
            let v = vm.mutator().get(h);
            crate::objects::dict::set(vm, dict, key, v)?;
        }
        Ok(())
    })
}
