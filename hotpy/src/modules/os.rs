//! The operating-system calls behind `hotpy/lib/os.py` and `posixpath.py` (the working
//! directory, directory listings, file kinds and sizes, the environment, creating and
//! removing files and directories), as `_hotpy.*` builtins. Errors are CPython's OSError
//! subclasses with the path.
//!
//! Owns: those calls. Must not: shape the Python API (the library modules do).

use super::native::{args_n, os_error, text_arg};
use crate::values::{self, NONE, make_int, new_str};
use crate::vm::{Error, ThreadState};
use gvmt::rt::Value;

type Kwargs<'a> = &'a [(String, Value)];

/// `_hotpy.stat(path, follow_symlinks)`: `(mode, ino, dev, nlink, uid, gid, size, atime_ns,
/// mtime_ns, ctime_ns, blksize, blocks, rdev)` of a file (OSError as CPython raises it).
pub fn stat(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    use std::os::unix::fs::MetadataExt;
    let [p, follow] = args_n::<2>("stat", args, kwargs)?;
    let path = text_arg(vm, p, "path")?;
    let m = if crate::values::is_true(vm, follow)? {
        std::fs::metadata(&path)
    } else {
        std::fs::symlink_metadata(&path)
    }
    .map_err(|e| super::files::os_error(vm, e, &path))?;
    let ns = |s: i64, n: i64| s as i128 * 1_000_000_000 + n as i128;
    let fields: [i128; 13] = [
        m.mode() as i128,
        m.ino() as i128,
        m.dev() as i128,
        m.nlink() as i128,
        m.uid() as i128,
        m.gid() as i128,
        m.size() as i128,
        ns(m.atime(), m.atime_nsec()),
        ns(m.mtime(), m.mtime_nsec()),
        ns(m.ctime(), m.ctime_nsec()),
        m.blksize() as i128,
        m.blocks() as i128,
        m.rdev() as i128,
    ];
    crate::objects::sequence::of_made(vm, fields.len(), true, |vm, i| {
        crate::objects::int::bigint::from_i128(vm, fields[i])
    })
}

/// `_hotpy.chdir(path)`: changes the process's working directory.
pub fn chdir(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    let [p] = args_n::<1>("chdir", args, kwargs)?;
    let path = text_arg(vm, p, "path")?;
    std::env::set_current_dir(&path).map_err(|e| super::files::os_error(vm, e, &path))?;
    Ok(crate::values::NONE)
}

/// `_hotpy.strerror(code)`: the C library's text for an error number.
pub fn strerror(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    let [code] = args_n::<1>("strerror", args, kwargs)?;
    let Some(code) = crate::values::int_value(code) else {
        return Err(Error::new(
            "TypeError",
            format!(
                "'{}' object cannot be interpreted as an integer",
                crate::values::type_name(vm, code)
            ),
        ));
    };
    let text = crate::objects::exception::strerror(code);
    crate::values::new_str(vm, &text)
}

/// `_hotpy.executable()`: the path of the running hotpy binary ('' if unknown).
pub fn executable(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    args_n::<0>("executable", args, kwargs)?;
    let exe = std::env::current_exe()
        .map(|p| p.display().to_string())
        .unwrap_or_default();
    crate::values::new_str(vm, &exe)
}

/// `_hotpy.initial_path()`: the `sys.path` hotpy started with.
pub fn initial_path(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    args_n::<0>("initial_path", args, kwargs)?;
    let path = crate::modules::initial_path(vm);
    crate::objects::sequence::of_strs(vm, &path, false)
}

/// `_hotpy.getcwd()`.
pub fn getcwd(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    args_n::<0>("getcwd", args, kwargs)?;
    let dir = std::env::current_dir().map_err(|e| os_error(vm, e, "."))?;
    new_str(vm, &dir.to_string_lossy())
}

/// `_hotpy.listdir(path)`: the names in a directory (in the order the system gives).
pub fn listdir(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    let [p] = args_n::<1>("listdir", args, kwargs)?;
    let path = text_arg(vm, p, "path")?;
    let names: Vec<String> = std::fs::read_dir(&path)
        .map_err(|e| os_error(vm, e, &path))?
        .filter_map(|entry| entry.ok())
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .collect();
    crate::objects::sequence::of_strs(vm, &names, false)
}

/// `_hotpy.file_kind(path)`: 0 missing, 1 a file, 2 a directory, 3 something else
/// (symbolic links followed).
pub fn file_kind(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    let [p] = args_n::<1>("file_kind", args, kwargs)?;
    let path = text_arg(vm, p, "path")?;
    let kind = match std::fs::metadata(&path) {
        Err(_) => 0,
        Ok(m) if m.is_file() => 1,
        Ok(m) if m.is_dir() => 2,
        Ok(_) => 3,
    };
    make_int(kind)
}

/// `_hotpy.is_link(path)`: whether `path` names a symbolic link (not followed).
pub fn is_link(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    let [p] = args_n::<1>("is_link", args, kwargs)?;
    let path = text_arg(vm, p, "path")?;
    let link = std::fs::symlink_metadata(&path).is_ok_and(|m| m.file_type().is_symlink());
    Ok(crate::values::py_bool(link))
}

/// `_hotpy.file_size(path)`.
pub fn file_size(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    let [p] = args_n::<1>("file_size", args, kwargs)?;
    let path = text_arg(vm, p, "path")?;
    let m = std::fs::metadata(&path).map_err(|e| os_error(vm, e, &path))?;
    crate::objects::int::bigint::from_i128(vm, m.len() as i128)
}

/// `_hotpy.environ()`: the environment as a new dict of strs.
pub fn environ(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    args_n::<0>("environ", args, kwargs)?;
    let flat: Vec<String> = std::env::vars_os()
        .flat_map(|(k, v)| {
            [
                k.to_string_lossy().into_owned(),
                v.to_string_lossy().into_owned(),
            ]
        })
        .collect();
    let strs = crate::objects::sequence::of_strs(vm, &flat, false)?;
    let items = crate::objects::sequence::items(vm, strs).unwrap_or_default();
    crate::objects::dict::new_dict_of(vm, &items)
}

/// `_hotpy.fs_change(op, path, other)`: `op` 0 remove a file, 1 make a directory, 2 remove
/// an empty directory, 3 rename `path` to `other`.
pub fn fs_change(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    let [op, p, other] = args_n::<3>("fs_change", args, kwargs)?;
    // A change outside the heap: a transaction that made it must not be re-run.
    vm.irreversible()?;
    let path = text_arg(vm, p, "path")?;
    let result = match values::int_value(op) {
        Some(0) => std::fs::remove_file(&path),
        Some(1) => std::fs::create_dir(&path),
        Some(2) => std::fs::remove_dir(&path),
        Some(3) => std::fs::rename(&path, text_arg(vm, other, "path")?),
        _ => return Err(Error::new("ValueError", "unknown file system change")),
    };
    result.map_err(|e| os_error(vm, e, &path))?;
    Ok(NONE)
}

/// `_hotpy.getpid()`.
pub fn getpid(_vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    args_n::<0>("getpid", args, kwargs)?;
    make_int(std::process::id() as i64)
}

/// `os._exit(status)`: ends the process at once: no `finally`, `atexit` or flush of
/// buffered output (as CPython's).
pub fn exit_now(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    let [status] = args_n::<1>("_exit", args, kwargs)?;
    let status = crate::protocols::index::index_value(vm, status)?;
    let Some(status) = values::as_int(status) else {
        return Err(crate::protocols::index::not_an_integer(vm, status));
    };
    vm.irreversible()?;
    // SAFETY: _exit ends the process without running anything else of it.
    unsafe { libc::_exit(status as libc::c_int) }
}

/// `os.cpu_count()`: the processors this process may use (None if unknown).
pub fn cpu_count(
    _vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    args_n::<0>("cpu_count", args, kwargs)?;
    match std::thread::available_parallelism() {
        Ok(n) => make_int(n.get() as i64),
        Err(_) => Ok(NONE),
    }
}

/// `_hotpy.uname()`: `(sysname, nodename, release, version, machine)` from uname(2).
pub fn uname(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    args_n::<0>("uname", args, kwargs)?;
    // SAFETY: `utsname` is plain data that uname(2) fills; zeroed is a valid value of it.
    let mut u: libc::utsname = unsafe { std::mem::zeroed() };
    // SAFETY: `u` is a valid, writable utsname.
    if unsafe { libc::uname(&mut u) } != 0 {
        let e = std::io::Error::last_os_error();
        return Err(os_error(vm, e, ""));
    }
    let field = |f: &[libc::c_char]| -> String {
        let bytes: Vec<u8> = f
            .iter()
            .take_while(|&&c| c != 0)
            .map(|&c| c as u8)
            .collect();
        String::from_utf8_lossy(&bytes).into_owned()
    };
    let fields = [
        field(&u.sysname),
        field(&u.nodename),
        field(&u.release),
        field(&u.version),
        field(&u.machine),
    ];
    crate::objects::sequence::of_strs(vm, &fields, true)
}

/// `_hotpy.os_ids()`: `(uid, euid, gid, egid, ppid, pgrp)` of this process.
pub fn os_ids(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    args_n::<0>("os_ids", args, kwargs)?;
    // SAFETY: these calls only read the process's credentials; they cannot fail.
    let ids = unsafe {
        [
            libc::getuid() as i64,
            libc::geteuid() as i64,
            libc::getgid() as i64,
            libc::getegid() as i64,
            libc::getppid() as i64,
            libc::getpgrp() as i64,
        ]
    };
    let items = ids
        .map(make_int)
        .into_iter()
        .collect::<Result<Vec<_>, _>>()?;
    crate::objects::sequence::new_tuple(vm, &items)
}

/// `_hotpy.os_times()`: `(user, system, children_user, children_system, elapsed)` in
/// seconds, from times(2).
pub fn os_times(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    args_n::<0>("os_times", args, kwargs)?;
    // SAFETY: `tms` is plain data that times(2) fills.
    let mut t: libc::tms = unsafe { std::mem::zeroed() };
    // SAFETY: `t` is a valid, writable tms.
    let elapsed = unsafe { libc::times(&mut t) };
    // SAFETY: sysconf only reads a configuration value.
    let ticks = unsafe { libc::sysconf(libc::_SC_CLK_TCK) }.max(1) as f64;
    let seconds = [
        t.tms_utime,
        t.tms_stime,
        t.tms_cutime,
        t.tms_cstime,
        elapsed,
    ]
    .map(|c| c as f64 / ticks);
    float_tuple(vm, &seconds)
}

/// A new tuple of floats.
fn float_tuple(vm: &mut ThreadState, floats: &[f64]) -> Result<Value, Error> {
    vm.handle_scope(|vm| {
        let mut handles = Vec::new();
        for &f in floats {
            let f = crate::values::box_float(vm, f)?;
            handles.push(vm.mutator().root(f));
        }
        let items: Vec<Value> = handles.iter().map(|&h| vm.mutator().get(h)).collect();
        crate::objects::sequence::new_tuple(vm, &items)
    })
}

/// `_hotpy.getloadavg()`: the 1, 5 and 15 minute load averages.
pub fn getloadavg(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    args_n::<0>("getloadavg", args, kwargs)?;
    let mut loads = [0f64; 3];
    // SAFETY: `loads` has room for the three values asked for.
    if unsafe { libc::getloadavg(loads.as_mut_ptr(), 3) } != 3 {
        return Err(Error::new("OSError", "Load averages are unobtainable"));
    }
    float_tuple(vm, &loads)
}
