//! Files and the console for the native modules and builtins: `open`, `input`, `_hotpy`'s
//! file reads and writes, and the OSError subclasses CPython raises for I/O errors.

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

/// `_hotpy.read_file(path)`: the whole text of a file.
pub fn read_file(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    let [p] = args_n::<1>("read_file", args, kwargs)?;
    let path = text_arg(vm, p, "path")?;
    let text = std::fs::read_to_string(&path).map_err(|e| os_error(vm, e, &path))?;
    new_str(vm, &text)
}

/// `_hotpy.write_file(path, text, append)`.
pub fn write_file(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    let [p, t, append] = args_n::<3>("write_file", args, kwargs)?;
    vm.irreversible()?;
    let (path, text) = (text_arg(vm, p, "path")?, text_arg(vm, t, "text")?);
    write_or_append(vm, &path, text.as_bytes(), append == values::TRUE)
}

/// Writes `data` to `path`, replacing it or appending to it.
fn write_or_append(
    vm: &mut ThreadState,
    path: &str,
    data: &[u8],
    append: bool,
) -> Result<Value, Error> {
    use std::io::Write;
    let mut file = std::fs::OpenOptions::new()
        .create(true)
        .write(true)
        .append(append)
        .truncate(!append)
        .open(path)
        .map_err(|e| os_error(vm, e, path))?;
    file.write_all(data).map_err(|e| os_error(vm, e, path))?;
    Ok(NONE)
}

/// `_hotpy.read_file_bytes(path)`: a file's contents as bytes.
pub fn read_file_bytes(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    let [p] = args_n::<1>("read_file_bytes", args, kwargs)?;
    let path = text_arg(vm, p, "path")?;
    let data = std::fs::read(&path).map_err(|e| os_error(vm, e, &path))?;
    crate::objects::bytes::new_bytes(vm, &data)
}

/// `_hotpy.write_file_bytes(path, data, append)`.
pub fn write_file_bytes(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    let [p, d, append] = args_n::<3>("write_file_bytes", args, kwargs)?;
    vm.irreversible()?;
    let path = text_arg(vm, p, "path")?;
    let data = crate::objects::bytes::buffer_value(vm, d).unwrap_or_default();
    write_or_append(vm, &path, &data, append == values::TRUE)
}

/// `_hotpy.create_file(path)`: mode `x` (FileExistsError if it exists).
pub fn create_file(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    let [p] = args_n::<1>("create_file", args, kwargs)?;
    vm.irreversible()?;
    let path = text_arg(vm, p, "path")?;
    std::fs::OpenOptions::new()
        .create_new(true)
        .write(true)
        .open(&path)
        .map_err(|e| os_error(vm, e, &path))?;
    Ok(NONE)
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
        vm.flush_stdout();
        let _ = std::io::stderr().write_all(&data);
    } else if data.is_empty() {
        vm.flush_stdout();
    } else {
        vm.write_stdout_bytes(&data)?;
    }
    Ok(NONE)
}

/// `_hotpy.unsupported_operation(message)`: the exception `io.UnsupportedOperation` is (an
/// OSError).
pub fn unsupported_operation(
    vm: &mut ThreadState,
    args: &[Value],
    _kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    let message = args
        .first()
        .and_then(|&m| values::str_value(vm, m))
        .unwrap_or_default();
    let m = new_str(vm, &message)?;
    let cls = crate::objects::exception::builtin_class(
        vm,
        crate::objects::exception::class_index("OSError").expect("OSError"),
    )?;
    vm.call(cls, &[m], &[])
}

/// `input(prompt='')`: a line of stdin without its newline; EOFError at the end.
pub fn input(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    use std::io::{BufRead, Write};
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
    let mut line = String::new();
    let read = vm.blocking(|| std::io::stdin().lock().read_line(&mut line))?;
    match read {
        Ok(0) => Err(Error::new("EOFError", "EOF when reading a line")),
        Ok(_) => {
            if line.ends_with('\n') {
                line.pop();
                if line.ends_with('\r') {
                    line.pop();
                }
            }
            new_str(vm, &line)
        }
        Err(e) => Err(Error::new("OSError", e.to_string())),
    }
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

/// `open(...)`: hotpy's `_io.open`, written in Python.
pub fn open(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    vm.handle_scope(|vm| {
        let handles: Vec<_> = args
            .iter()
            .chain(kwargs.iter().map(|(_, v)| v))
            .map(|&v| vm.mutator().root(v))
            .collect();
        // The name first: making it may collect, which would move the module object.
        let name = vm.name_str("open")?;
        let hn = vm.mutator().root(name);
        let io = super::import(vm, "_io")?;
        let io = super::module_object(vm, io)?;
        let name = vm.mutator().get(hn);
        let f = super::get_attr(vm, io, name)?;
        let values: Vec<Value> = handles.iter().map(|&h| vm.mutator().get(h)).collect();
        let (positional, keywords) = values.split_at(args.len());
        let kwargs: Vec<(String, Value)> = kwargs
            .iter()
            .map(|(k, _)| k.clone())
            .zip(keywords.iter().copied())
            .collect();
        vm.call(f, positional, &kwargs)
    })
}
