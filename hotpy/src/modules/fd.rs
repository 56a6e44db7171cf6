//! File descriptors and the other POSIX calls behind `os.open`, `os.read`, `os.write`,
//! `os.lseek`, `os.fstat`, `os.pipe`, `os.dup`, `os.urandom`, `os.umask`, `os.access`,
//! `os.readlink`, `os.symlink`, `os.link`, `os.chmod`, `os.utime` and the `O_*` constants,
//! as `_hotpy.*` builtins over libc. Errors are CPython's OSError subclasses.
//!
//! Owns: those calls (each libc call in its own `unsafe` block). Must not: shape the
//! Python API (`hotpy/lib/os.py` does). Reads and writes release the GIL while they wait,
//! and a signal that interrupts one runs its handlers before it goes on (PEP 475). Under `--sync=stm` each call with an effect outside the heap makes
//! the running transaction inevitable first (`irreversible`), so an abort never repeats it.

use super::native::{args_n, text_arg};
use crate::values::{NONE, make_int};
use crate::vm::{Error, ThreadState};
use gvmt::rt::Value;
use std::ffi::CString;

type Kwargs<'a> = &'a [(String, Value)];

/// The OSError (its errno's subclass) for the calling thread's `errno`, naming `path` if
/// there is one.
pub(crate) fn last_error(vm: &mut ThreadState, path: Option<&str>) -> Error {
    let e = std::io::Error::last_os_error();
    match path {
        Some(p) => super::files::os_error(vm, e, p),
        None => {
            use crate::objects::exception::{error_with_args, os_error_kind, strerror};
            let code = e.raw_os_error().unwrap_or(0) as i64;
            let made = (|| {
                let text = crate::values::new_str(vm, &strerror(code))?;
                Ok::<_, Error>([make_int(code)?, text])
            })();
            match made {
                Ok(args) => error_with_args(vm, os_error_kind(code), &args),
                Err(e) => e,
            }
        }
    }
}

fn int_arg(vm: &ThreadState, v: Value, what: &str) -> Result<i64, Error> {
    crate::values::int_value(v).ok_or_else(|| {
        Error::new(
            "TypeError",
            format!(
                "{what} must be an integer, not {}",
                crate::values::type_name(vm, v)
            ),
        )
    })
}

fn fd_arg(vm: &ThreadState, v: Value) -> Result<libc::c_int, Error> {
    let fd = int_arg(vm, v, "fd")?;
    libc::c_int::try_from(fd).map_err(|_| Error::new("OverflowError", "fd is out of range"))
}

fn c_path(path: &str) -> Result<CString, Error> {
    CString::new(path).map_err(|_| Error::new("ValueError", "embedded null byte"))
}

/// A path argument: str (bytes paths are decoded as UTF-8).
fn path_arg(vm: &ThreadState, v: Value) -> Result<String, Error> {
    if let Some(data) = crate::objects::bytes::value(vm, v) {
        return Ok(String::from_utf8_lossy(&data).into_owned());
    }
    text_arg(vm, v, "path")
}

/// `_hotpy.fd_open(path, flags, mode)`: `open(2)`, close-on-exec as CPython makes its
/// descriptors.
pub fn fd_open(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    let [p, flags, mode] = args_n::<3>("open", args, kwargs)?;
    // Outside the heap: a transaction doing it cannot be rolled back (and run again).
    vm.irreversible()?;
    let path = path_arg(vm, p)?;
    let flags = int_arg(vm, flags, "flags")? as libc::c_int | libc::O_CLOEXEC;
    let mode = int_arg(vm, mode, "mode")? as libc::c_uint;
    let c = c_path(&path)?;
    // SAFETY: `c` is a NUL-terminated string that outlives the call.
    let fd = unsafe { libc::open(c.as_ptr(), flags, mode) };
    if fd < 0 {
        return Err(last_error(vm, Some(&path)));
    }
    make_int(fd as i64)
}

/// `_hotpy.fd_read(fd, n)`: up to `n` bytes (fewer at the end, none at end of file).
pub fn fd_read(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    let [fd, n] = args_n::<2>("read", args, kwargs)?;
    // Outside the heap: a transaction doing it cannot be rolled back (and run again).
    vm.irreversible()?;
    let fd = fd_arg(vm, fd)?;
    let n = int_arg(vm, n, "length")?;
    if n < 0 {
        return Err(Error::new("ValueError", "negative length"));
    }
    let mut buffer = vec![0u8; (n as usize).min(1 << 30)];
    let got = loop {
        let (got, code) = vm.blocking(|| {
            // SAFETY: `buffer` is a writable allocation of `buffer.len()` bytes.
            let got = unsafe { libc::read(fd, buffer.as_mut_ptr().cast(), buffer.len()) };
            (got, if got < 0 { super::select::errno() } else { 0 })
        })?;
        if got >= 0 {
            break got;
        }
        if code != libc::EINTR {
            return Err(super::select::errno_error(vm, code));
        }
        // PEP 475: the handlers run (and may raise), then the read goes on.
        crate::signals::check(vm)?;
    };
    buffer.truncate(got as usize);
    crate::objects::bytes::new_bytes(vm, &buffer)
}

/// `_hotpy.fd_write(fd, data)`: how many bytes of `data` (bytes) were written.
pub fn fd_write(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    let [fd, data] = args_n::<2>("write", args, kwargs)?;
    // Outside the heap: a transaction doing it cannot be rolled back (and run again).
    vm.irreversible()?;
    let fd = fd_arg(vm, fd)?;
    let Some(data) = crate::objects::bytes::buffer_value(vm, data) else {
        return Err(Error::new(
            "TypeError",
            format!(
                "a bytes-like object is required, not '{}'",
                crate::values::type_name(vm, data)
            ),
        ));
    };
    let wrote = loop {
        let (wrote, code) = vm.blocking(|| {
            // SAFETY: `data` is a readable allocation of `data.len()` bytes.
            let wrote = unsafe { libc::write(fd, data.as_ptr().cast(), data.len()) };
            (wrote, if wrote < 0 { super::select::errno() } else { 0 })
        })?;
        if wrote >= 0 {
            break wrote;
        }
        if code != libc::EINTR {
            return Err(super::select::errno_error(vm, code));
        }
        crate::signals::check(vm)?;
    };
    make_int(wrote as i64)
}

/// Runs a libc call that returns -1 on failure; its result as an int.
fn checked(vm: &mut ThreadState, result: i64, path: Option<&str>) -> Result<Value, Error> {
    if result < 0 {
        return Err(last_error(vm, path));
    }
    make_int(result)
}

/// `_hotpy.fd_call(op, fd, a, b)`: the descriptor calls with int arguments: 0 close, 1
/// lseek(fd, a, b), 2 dup, 3 dup2(fd, a), 4 ftruncate(fd, a), 5 fsync, 6 isatty.
pub fn fd_call(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    let [op, fd, a, b] = args_n::<4>("fd_call", args, kwargs)?;
    // Outside the heap: a transaction doing it cannot be rolled back (and run again).
    vm.irreversible()?;
    let op = int_arg(vm, op, "op")?;
    let fd = fd_arg(vm, fd)?;
    let a = crate::values::int_value(a).unwrap_or(0);
    let b = crate::values::int_value(b).unwrap_or(0);
    // SAFETY (each call below): plain descriptor calls with integer arguments; a bad
    // descriptor is an error return, not undefined behaviour.
    let result = match op {
        0 => unsafe { libc::close(fd) as i64 },
        1 => unsafe { libc::lseek(fd, a as libc::off_t, b as libc::c_int) as i64 },
        2 => unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 0) as i64 },
        3 => unsafe { libc::dup2(fd, a as libc::c_int) as i64 },
        4 => unsafe { libc::ftruncate(fd, a as libc::off_t) as i64 },
        5 => unsafe { libc::fsync(fd) as i64 },
        6 => return Ok(crate::values::py_bool(unsafe { libc::isatty(fd) } == 1)),
        _ => return Err(Error::new("ValueError", "unknown descriptor call")),
    };
    if op == 0 || op == 4 || op == 5 {
        checked(vm, result, None)?;
        return Ok(NONE);
    }
    checked(vm, result, None)
}

/// `_hotpy.fd_fstat(fd)`: the fields `_hotpy.stat` gives, of an open descriptor.
pub fn fd_fstat(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    let [fd] = args_n::<1>("fstat", args, kwargs)?;
    let fd = fd_arg(vm, fd)?;
    // SAFETY: `st` is a zeroed `stat` the call fills in.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    // SAFETY: `st` is a valid, writable `stat` for the call's duration.
    if unsafe { libc::fstat(fd, &mut st) } < 0 {
        return Err(last_error(vm, None));
    }
    let ns = |s: i64, n: i64| s as i128 * 1_000_000_000 + n as i128;
    let fields: [i128; 13] = [
        st.st_mode as i128,
        st.st_ino as i128,
        st.st_dev as i128,
        st.st_nlink as i128,
        st.st_uid as i128,
        st.st_gid as i128,
        st.st_size as i128,
        ns(st.st_atime, st.st_atime_nsec),
        ns(st.st_mtime, st.st_mtime_nsec),
        ns(st.st_ctime, st.st_ctime_nsec),
        st.st_blksize as i128,
        st.st_blocks as i128,
        st.st_rdev as i128,
    ];
    crate::objects::sequence::of_made(vm, fields.len(), true, |vm, i| {
        crate::objects::int::bigint::from_i128(vm, fields[i])
    })
}

/// `_hotpy.fd_pipe()`: `(read_end, write_end)`, close-on-exec.
pub fn fd_pipe(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    args_n::<0>("pipe", args, kwargs)?;
    // Outside the heap: a transaction doing it cannot be rolled back (and run again).
    vm.irreversible()?;
    let mut fds = [0 as libc::c_int; 2];
    // SAFETY: `fds` has room for the two descriptors pipe2 writes.
    if unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) } < 0 {
        return Err(last_error(vm, None));
    }
    let items = [make_int(fds[0] as i64)?, make_int(fds[1] as i64)?];
    crate::objects::sequence::new_tuple(vm, &items)
}

/// `_hotpy.urandom(n)`: `n` random bytes from the kernel.
pub fn urandom(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    let [n] = args_n::<1>("urandom", args, kwargs)?;
    let n = int_arg(vm, n, "size")?;
    if n < 0 {
        return Err(Error::new("ValueError", "negative argument not allowed"));
    }
    let mut buffer = vec![0u8; n as usize];
    let mut filled = 0;
    while filled < buffer.len() {
        let rest = &mut buffer[filled..];
        // SAFETY: `rest` is a writable allocation of `rest.len()` bytes.
        let got = unsafe { libc::getrandom(rest.as_mut_ptr().cast(), rest.len(), 0) };
        if got < 0 {
            if std::io::Error::last_os_error().kind() == std::io::ErrorKind::Interrupted {
                continue;
            }
            return Err(last_error(vm, None));
        }
        filled += got as usize;
    }
    crate::objects::bytes::new_bytes(vm, &buffer)
}

/// `_hotpy.path_call(op, path, a, b)`: the calls on paths: 0 access(path, a) (a bool), 1
/// readlink, 2 symlink(a, path), 3 link(a, path), 4 chmod(path, a), 5 umask(a) (path
/// ignored), 6 utime(path, a, b) (ns; None: now).
pub fn path_call(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    let [op, p, a, b] = args_n::<4>("path_call", args, kwargs)?;
    // Outside the heap: a transaction doing it cannot be rolled back (and run again).
    vm.irreversible()?;
    let op = int_arg(vm, op, "op")?;
    if op == 5 {
        let mask = int_arg(vm, a, "mask")?;
        // SAFETY: umask only swaps the process's file mode mask.
        return make_int(unsafe { libc::umask(mask as libc::mode_t) } as i64);
    }
    let path = path_arg(vm, p)?;
    let c = c_path(&path)?;
    match op {
        0 => {
            let mode = int_arg(vm, a, "mode")?;
            // SAFETY: `c` is NUL-terminated and outlives the call.
            let r = unsafe { libc::access(c.as_ptr(), mode as libc::c_int) };
            Ok(crate::values::py_bool(r == 0))
        }
        1 => match std::fs::read_link(&path) {
            Ok(target) => crate::values::new_str(vm, &target.to_string_lossy()),
            Err(e) => Err(super::files::os_error(vm, e, &path)),
        },
        2 | 3 => {
            let source = path_arg(vm, a)?;
            let result = if op == 2 {
                std::os::unix::fs::symlink(&source, &path)
            } else {
                std::fs::hard_link(&source, &path)
            };
            result.map_err(|e| super::files::os_error(vm, e, &source))?;
            Ok(NONE)
        }
        4 => {
            let mode = int_arg(vm, a, "mode")?;
            // SAFETY: `c` is NUL-terminated and outlives the call.
            let r = unsafe { libc::chmod(c.as_ptr(), mode as libc::mode_t) };
            checked(vm, r as i64, Some(&path))?;
            Ok(NONE)
        }
        6 => {
            let time = |v: Value| match crate::objects::int::bigint::to_big(vm, v) {
                Some(ns) => {
                    let ns = num_traits::ToPrimitive::to_i128(&ns).unwrap_or(0);
                    libc::timespec {
                        tv_sec: ns.div_euclid(1_000_000_000) as libc::time_t,
                        tv_nsec: ns.rem_euclid(1_000_000_000) as libc::c_long,
                    }
                }
                None => libc::timespec {
                    tv_sec: 0,
                    tv_nsec: libc::UTIME_NOW,
                },
            };
            let times = [time(a), time(b)];
            // SAFETY: `c` is NUL-terminated and `times` holds the two timespecs.
            let r = unsafe { libc::utimensat(libc::AT_FDCWD, c.as_ptr(), times.as_ptr(), 0) };
            checked(vm, r as i64, Some(&path))?;
            Ok(NONE)
        }
        _ => Err(Error::new("ValueError", "unknown path call")),
    }
}

/// `_hotpy.os_constants()`: the platform's `O_*` flags and other constants `os` exports,
/// as `(name, value)` pairs.
pub fn os_constants(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    args_n::<0>("os_constants", args, kwargs)?;
    let table: &[(&str, i64)] = &[
        ("O_RDONLY", libc::O_RDONLY as i64),
        ("O_WRONLY", libc::O_WRONLY as i64),
        ("O_RDWR", libc::O_RDWR as i64),
        ("O_APPEND", libc::O_APPEND as i64),
        ("O_CREAT", libc::O_CREAT as i64),
        ("O_EXCL", libc::O_EXCL as i64),
        ("O_TRUNC", libc::O_TRUNC as i64),
        ("O_NONBLOCK", libc::O_NONBLOCK as i64),
        ("O_NDELAY", libc::O_NDELAY as i64),
        ("O_NOCTTY", libc::O_NOCTTY as i64),
        ("O_CLOEXEC", libc::O_CLOEXEC as i64),
        ("O_DIRECTORY", libc::O_DIRECTORY as i64),
        ("O_NOFOLLOW", libc::O_NOFOLLOW as i64),
        ("O_SYNC", libc::O_SYNC as i64),
        ("O_DSYNC", libc::O_DSYNC as i64),
        ("O_ACCMODE", libc::O_ACCMODE as i64),
        ("O_TMPFILE", libc::O_TMPFILE as i64),
        ("F_OK", libc::F_OK as i64),
        ("R_OK", libc::R_OK as i64),
        ("W_OK", libc::W_OK as i64),
        ("X_OK", libc::X_OK as i64),
        ("TMP_MAX", libc::TMP_MAX as i64),
    ];
    crate::objects::sequence::of_made(vm, table.len(), false, |vm, i| {
        let name = crate::values::new_str(vm, table[i].0)?;
        let h = vm.mutator().root(name);
        let value = make_int(table[i].1)?;
        let name = vm.mutator().get(h);
        crate::objects::sequence::new_tuple(vm, &[name, value])
    })
}

/// `os.get_blocking(fd)`: False if the descriptor is in non-blocking mode.
pub fn get_blocking(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    let [fd] = super::native::args_n::<1>("get_blocking", args, kwargs)?;
    let fd = fd_arg(vm, fd)?;
    // SAFETY: fcntl only reads the descriptor's flags.
    let flags = unsafe { libc::fcntl(fd, libc::F_GETFL) };
    if flags < 0 {
        return Err(last_error(vm, None));
    }
    Ok(crate::values::py_bool(flags & libc::O_NONBLOCK == 0))
}

/// `os.set_blocking(fd, blocking)`.
pub fn set_blocking(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    let [fd, blocking] = super::native::args_n::<2>("set_blocking", args, kwargs)?;
    let fd = fd_arg(vm, fd)?;
    let blocking = crate::values::is_true(vm, blocking)?;
    vm.irreversible()?;
    // SAFETY: fcntl reads and sets the descriptor's status flags.
    let result = unsafe {
        let flags = libc::fcntl(fd, libc::F_GETFL);
        if flags < 0 {
            flags
        } else if blocking {
            libc::fcntl(fd, libc::F_SETFL, flags & !libc::O_NONBLOCK)
        } else {
            libc::fcntl(fd, libc::F_SETFL, flags | libc::O_NONBLOCK)
        }
    };
    if result < 0 {
        return Err(last_error(vm, None));
    }
    Ok(crate::values::NONE)
}
