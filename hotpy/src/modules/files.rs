//! The console for the native modules and builtins (`input`, `_hotpy`'s stream writes and
//! stdin lines), and the OSError subclasses CPython raises for I/O errors. Files are
//! `_io`'s, in Python over the descriptor calls of `fd.rs`.

use super::native::*;
use crate::values::{self, NONE, as_int, new_str};
use crate::vm::{Error, ThreadState};
use gvmt::rt::Value;

type Kwargs<'a> = &'a [(String, Value)];

/// The OSError (the errno's subclass, as CPython picks) for a failed operation on `path`:
/// args `(errno, strerror, filename)`, so that `e.errno`, `e.strerror` and `e.filename` are
/// CPython's. May collect.
pub(super) fn os_error(vm: &mut ThreadState, e: std::io::Error, path: &str) -> Error {
    use crate::objects::exception::{error_with_args, os_error_kind, strerror};
    let Some(code) = e.raw_os_error() else {
        return Error::new("OSError", e.to_string());
    };
    let made = (|| {
        let text = new_str(vm, &strerror(code as i64))?;
        let h = vm.mutator().root(text);
        let filename = new_str(vm, path);
        let text = vm.mutator().get(h);
        Ok::<_, Error>([values::make_int(code as i64)?, text, filename?])
    })();
    match made {
        Ok(args) => error_with_args(vm, os_error_kind(code as i64), &args),
        Err(e) => e,
    }
}

/// `_hotpy.write_stream(fd, data)`: str or bytes to stdout (through the VM's buffer, which
/// empty data flushes) or stderr.
pub fn write_stream(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    use std::io::Write;
    let [fd, t] = args_n::<2>("write_stream", args, kwargs)?;
    let data = match crate::objects::bytes::value(vm, t) {
        Some(bytes) => bytes,
        None => text_arg(vm, t, "text")?.into_bytes(),
    };
    if as_int(fd) == Some(2) {
        // Output cannot be taken back: under stm the transaction becomes inevitable first
        // (as for stdout), so an abort never writes it twice.
        vm.irreversible()?;
        vm.flush_stdout();
        let _ = std::io::stderr().write_all(&data);
    } else if data.is_empty() {
        vm.flush_stdout();
    } else {
        vm.write_stdout_bytes(&data)?;
    }
    Ok(NONE)
}

/// `input(prompt='')`: a line of stdin without its newline; EOFError at the end.
pub fn input(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    use std::io::Write;
    if !kwargs.is_empty() || args.len() > 1 {
        return Err(Error::new(
            "TypeError",
            format!("input expected at most 1 argument, got {}", args.len()),
        ));
    }
    if let Some(&p) = args.first() {
        let prompt = crate::protocols::repr::str(vm, p)?;
        vm.write_stdout(&prompt)?;
    }
    vm.flush_stdout();
    let _ = std::io::stdout().flush();
    // As CPython's `input()` when stdin is not a terminal: `sys.stdin.readline()` (whatever
    // `sys.stdin` now is: a StringIO a test put there reads too), less its '\n' only.
    let sys = super::import(vm, "sys")?;
    let sys = super::module_object(vm, sys)?;
    let stdin = super::import::get_attr_str(vm, sys, "stdin")?;
    if stdin == NONE {
        return Err(Error::new("RuntimeError", "input(): lost sys.stdin"));
    }
    let readline = super::import::get_attr_str(vm, stdin, "readline")?;
    let line = vm.call(readline, &[], &[])?;
    let Some(mut line) = crate::values::str_value(vm, line) else {
        return Err(Error::new(
            "TypeError",
            format!(
                "object.readline() returned non-string ({})",
                crate::values::type_name(vm, line)
            ),
        ));
    };
    if line.is_empty() {
        return Err(Error::new("EOFError", "EOF when reading a line"));
    }
    if line.ends_with('\n') {
        line.pop();
    }
    new_str(vm, &line)
}

/// `_hotpy.stdin_readline()`: the next line of stdin with its newline; `''` at its end
/// (`sys.stdin`'s reads; `input()` reads the same buffered stdin).
pub fn stdin_readline(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    use std::io::{BufRead, Write};
    let [] = args_n::<0>("stdin_readline", args, kwargs)?;
    // What was printed so far shows before the program waits (as CPython's line-buffered
    // console does).
    vm.flush_stdout();
    let _ = std::io::stdout().flush();
    let mut line = Vec::new();
    let read = vm.blocking(|| std::io::stdin().lock().read_until(b'\n', &mut line))?;
    match read {
        Ok(_) => new_str(vm, &String::from_utf8_lossy(&line)),
        Err(e) => Err(Error::new("OSError", e.to_string())),
    }
}
