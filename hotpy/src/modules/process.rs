//! Child processes: the native side of `_posixsubprocess.fork_exec` (`hotpy/lib/
//! _posixsubprocess.py` checks and converts the arguments) and of `os.waitpid`.
//!
//! `fork_exec` prepares every C string and pointer array before `fork(2)`; the child then
//! makes only async-signal-safe calls (dup2, close, chdir, umask, sigaction, exec, write,
//! `_exit`) and reports a failure on the error pipe as CPython's child does:
//! `OSError:<errno in hex>:` with `noexec` after it when it failed before `exec` (the
//! parent, `subprocess.py`, turns that into the exception).
//!
//! Must not: run Python code or allocate in the child.

use super::native::args_n;
use super::select::{errno, errno_error, int_arg};
use crate::values::{NONE, make_int, type_name};
use crate::vm::{Error, ThreadState};
use gvmt::rt::Value;
use std::ffi::CString;

type Kwargs<'a> = &'a [(String, Value)];

/// All the child needs, made before the fork.
struct Plan {
    argv: Vec<*const libc::c_char>,
    envp: Option<Vec<*const libc::c_char>>,
    executables: Vec<CString>,
    cwd: Option<CString>,
    /// p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite, errpipe_read, errpipe_write.
    fds: [libc::c_int; 8],
    /// The descriptors to keep open (sorted), errpipe_write among them.
    keep: Vec<libc::c_int>,
    close_fds: bool,
    restore_signals: bool,
    setsid: bool,
    pgid: i64,
    gid: i64,
    uid: i64,
    umask: i64,
    groups: Option<Vec<libc::gid_t>>,
    /// Where closing descriptors one by one stops, if `close_range` is missing.
    open_max: libc::c_int,
}

/// A list of bytes objects as C strings.
fn c_strings(vm: &ThreadState, v: Value, what: &str) -> Result<Vec<CString>, Error> {
    let Some(items) = crate::objects::sequence::items(vm, v) else {
        return Err(Error::new(
            "TypeError",
            format!("{what} must be a tuple or list, not {}", type_name(vm, v)),
        ));
    };
    items
        .into_iter()
        .map(|item| {
            let raw = crate::objects::bytes::value(vm, item).ok_or_else(|| {
                Error::new(
                    "TypeError",
                    format!(
                        "expected str, bytes or os.PathLike object, not {}",
                        type_name(vm, item)
                    ),
                )
            })?;
            CString::new(raw).map_err(|_| Error::new("ValueError", "embedded null byte"))
        })
        .collect()
}

fn ints(vm: &ThreadState, v: Value) -> Result<Vec<i64>, Error> {
    let Some(items) = crate::objects::sequence::items(vm, v) else {
        return Err(Error::new("TypeError", "expected a tuple of ints"));
    };
    items.into_iter().map(|item| int_arg(vm, item)).collect()
}

fn null_terminated(strings: &[CString]) -> Vec<*const libc::c_char> {
    strings
        .iter()
        .map(|s| s.as_ptr())
        .chain(std::iter::once(std::ptr::null()))
        .collect()
}

/// `_hotpy.fork_exec(argv, executables, envp, cwd, fds, keep, options, groups)`: starts a
/// child running the first of `executables` that exists; its pid. `envp` None keeps this
/// process's environment; `fds` the eight descriptors of CPython's `fork_exec`; `options`
/// `(close_fds, restore_signals, setsid, pgid, gid, uid, umask)` (-1: unchanged); `groups`
/// a list of group ids or None.
pub fn fork_exec(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    let [argv, executables, envp, cwd, fds, keep, options, groups] =
        args_n::<8>("fork_exec", args, kwargs)?;
    let argv = c_strings(vm, argv, "argv")?;
    let executables = c_strings(vm, executables, "executable_list")?;
    let envp = if envp == NONE {
        None
    } else {
        Some(c_strings(vm, envp, "env")?)
    };
    let cwd = if cwd == NONE {
        None
    } else {
        let raw = crate::objects::bytes::value(vm, cwd)
            .ok_or_else(|| Error::new("TypeError", "cwd must be bytes"))?;
        Some(CString::new(raw).map_err(|_| Error::new("ValueError", "embedded null byte"))?)
    };
    let fd_list = ints(vm, fds)?;
    let [
        p2cread,
        p2cwrite,
        c2pread,
        c2pwrite,
        errread,
        errwrite,
        errpipe_read,
        errpipe_write,
    ] = <[i64; 8]>::try_from(fd_list)
        .map_err(|_| Error::new("TypeError", "expected eight descriptors"))?;
    let mut keep_list = Vec::new();
    for fd in ints(vm, keep)? {
        if !(0..=libc::c_int::MAX as i64).contains(&fd) {
            return Err(Error::new("ValueError", "bad value(s) in fds_to_keep"));
        }
        keep_list.push(fd as libc::c_int);
    }
    keep_list.sort_unstable();
    let option_list = ints(vm, options)?;
    let [close_fds, restore_signals, setsid, pgid, gid, uid, umask] =
        <[i64; 7]>::try_from(option_list)
            .map_err(|_| Error::new("TypeError", "expected seven options"))?;
    let groups = if groups == NONE {
        None
    } else {
        Some(
            ints(vm, groups)?
                .into_iter()
                .map(|g| g as libc::gid_t)
                .collect(),
        )
    };
    let to_fd = |n: i64| libc::c_int::try_from(n).unwrap_or(-1);
    let envp_ptrs = envp.as_ref().map(|e| null_terminated(e));
    // SAFETY: sysconf only reads a limit.
    let open_max = unsafe { libc::sysconf(libc::_SC_OPEN_MAX) }.clamp(256, 1 << 16) as libc::c_int;
    let plan = Plan {
        argv: null_terminated(&argv),
        envp: envp_ptrs,
        executables,
        cwd,
        fds: [
            to_fd(p2cread),
            to_fd(p2cwrite),
            to_fd(c2pread),
            to_fd(c2pwrite),
            to_fd(errread),
            to_fd(errwrite),
            to_fd(errpipe_read),
            to_fd(errpipe_write),
        ],
        keep: keep_list,
        close_fds: close_fds != 0,
        restore_signals: restore_signals != 0,
        setsid: setsid != 0,
        pgid,
        gid,
        uid,
        umask,
        groups,
        open_max,
    };
    vm.irreversible()?;
    vm.flush_stdout();
    // SAFETY: the child only runs `child`, which makes async-signal-safe calls on data
    // prepared above (no allocation) and never returns.
    let pid = unsafe { libc::fork() };
    if pid == 0 {
        // SAFETY: in the child, right after fork.
        unsafe { child(&plan) }
    }
    if pid < 0 {
        return Err(errno_error(vm, errno()));
    }
    drop((argv, envp));
    make_int(pid as i64)
}

/// Writes `OSError:<code in hex>:` (and `noexec`) to the error pipe and exits.
///
/// SAFETY: async-signal-safe; to be called in the child only.
unsafe fn fail(fd: libc::c_int, code: libc::c_int, noexec: bool) -> ! {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut buffer = [0u8; 40];
    let mut n = 0;
    for &b in b"OSError:" {
        buffer[n] = b;
        n += 1;
    }
    let mut digits = [0u8; 8];
    let mut count = 0;
    let mut c = code as u32;
    loop {
        digits[count] = HEX[(c % 16) as usize];
        count += 1;
        c /= 16;
        if c == 0 {
            break;
        }
    }
    for i in (0..count).rev() {
        buffer[n] = digits[i];
        n += 1;
    }
    buffer[n] = b':';
    n += 1;
    if noexec {
        for &b in b"noexec" {
            buffer[n] = b;
            n += 1;
        }
    }
    // SAFETY: write and _exit are async-signal-safe; `buffer` holds `n` bytes.
    unsafe {
        libc::write(fd, buffer.as_ptr().cast(), n);
        libc::_exit(255)
    }
}

/// The child's side of `fork_exec`: sets up its descriptors and state, then execs.
///
/// SAFETY: to be called in a freshly forked child only; makes async-signal-safe calls.
unsafe fn child(plan: &Plan) -> ! {
    let [
        p2cread,
        p2cwrite,
        c2pread,
        mut c2pwrite,
        errread,
        mut errwrite,
        errpipe_read,
        report,
    ] = plan.fds;
    // SAFETY (the whole body): each call below is async-signal-safe and takes integers or
    // pointers into `plan`, which the fork copied and nothing frees.
    unsafe {
        // The signals hotpy blocks in some threads must not stay blocked in the program.
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&mut set);
        libc::sigprocmask(libc::SIG_SETMASK, &set, std::ptr::null_mut());
        for &fd in &plan.keep {
            if fd == report {
                continue;
            }
            let flags = libc::fcntl(fd, libc::F_GETFD);
            if flags < 0 || libc::fcntl(fd, libc::F_SETFD, flags & !libc::FD_CLOEXEC) < 0 {
                fail(report, errno(), true);
            }
        }
        for fd in [p2cwrite, c2pread, errread, errpipe_read] {
            if fd != -1 {
                libc::close(fd);
            }
        }
        // A descriptor among 0, 1, 2 could be overwritten by an earlier dup2.
        if c2pwrite == 0 {
            c2pwrite = libc::dup(c2pwrite);
            if c2pwrite < 0 {
                fail(report, errno(), true);
            }
        }
        while errwrite == 0 || errwrite == 1 {
            errwrite = libc::dup(errwrite);
            if errwrite < 0 {
                fail(report, errno(), true);
            }
        }
        for (fd, target) in [(p2cread, 0), (c2pwrite, 1), (errwrite, 2)] {
            let ok = if fd == target {
                // dup2 onto itself would leave it close-on-exec.
                let flags = libc::fcntl(fd, libc::F_GETFD);
                flags >= 0 && libc::fcntl(fd, libc::F_SETFD, flags & !libc::FD_CLOEXEC) >= 0
            } else if fd != -1 {
                libc::dup2(fd, target) >= 0
            } else {
                true
            };
            if !ok {
                fail(report, errno(), true);
            }
        }
        if let Some(cwd) = &plan.cwd
            && libc::chdir(cwd.as_ptr()) < 0
        {
            fail(report, errno(), true);
        }
        if plan.umask >= 0 {
            libc::umask(plan.umask as libc::mode_t);
        }
        if plan.restore_signals {
            libc::signal(libc::SIGPIPE, libc::SIG_DFL);
            libc::signal(libc::SIGXFSZ, libc::SIG_DFL);
        }
        if plan.setsid && libc::setsid() < 0 {
            fail(report, errno(), true);
        }
        if plan.pgid >= 0 && libc::setpgid(0, plan.pgid as libc::pid_t) < 0 {
            fail(report, errno(), true);
        }
        if let Some(groups) = &plan.groups
            && libc::setgroups(groups.len(), groups.as_ptr()) < 0
        {
            fail(report, errno(), true);
        }
        if plan.gid >= 0 && libc::setregid(plan.gid as libc::gid_t, plan.gid as libc::gid_t) < 0 {
            fail(report, errno(), true);
        }
        if plan.uid >= 0 && libc::setreuid(plan.uid as libc::uid_t, plan.uid as libc::uid_t) < 0 {
            fail(report, errno(), true);
        }
        if plan.close_fds {
            close_others(&plan.keep, plan.open_max);
        }
        let mut first = 0;
        for exe in &plan.executables {
            match &plan.envp {
                Some(envp) => libc::execve(exe.as_ptr(), plan.argv.as_ptr(), envp.as_ptr()),
                None => libc::execv(exe.as_ptr(), plan.argv.as_ptr()),
            };
            let code = errno();
            if code != libc::ENOENT && code != libc::ENOTDIR && first == 0 {
                first = code;
            }
        }
        // The first error that was not "no such file" names the failure, else the last.
        let code = if first != 0 { first } else { errno() };
        fail(report, code, false)
    }
}

/// Closes every descriptor from 3 up but those in `keep` (sorted).
///
/// SAFETY: async-signal-safe (close and close_range only).
unsafe fn close_others(keep: &[libc::c_int], open_max: libc::c_int) {
    let mut from: libc::c_uint = 3;
    let ranges = keep
        .iter()
        .map(|&k| Some(k as libc::c_uint))
        .chain(std::iter::once(None));
    for until in ranges {
        let last = match until {
            Some(k) if k < from => continue,
            Some(k) if k == from => {
                from = k + 1;
                continue;
            }
            Some(k) => k - 1,
            None => libc::c_uint::MAX,
        };
        // SAFETY: close_range and close take integers; closing a descriptor that is not
        // open is an error return.
        unsafe {
            if libc::syscall(libc::SYS_close_range, from, last, 0) < 0 {
                let end = last.min(open_max as libc::c_uint);
                let mut fd = from;
                while fd <= end {
                    libc::close(fd as libc::c_int);
                    fd += 1;
                }
            }
        }
        match until {
            Some(k) => from = k + 1,
            None => break,
        }
    }
}

/// `_hotpy.waitpid(pid, options)`: `(pid, status)` of a child that changed state; waits
/// with the GIL released unless `options` has WNOHANG; a signal that interrupts the wait
/// runs its handlers, then the wait goes on (PEP 475).
pub fn waitpid(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    let [pid, options] = args_n::<2>("waitpid", args, kwargs)?;
    let pid = int_arg(vm, pid)?;
    let pid = libc::pid_t::try_from(pid)
        .map_err(|_| Error::new("OverflowError", "Python int too large to convert to C int"))?;
    let options = int_arg(vm, options)? as libc::c_int;
    vm.irreversible()?;
    loop {
        let mut status: libc::c_int = 0;
        let call = |status: &mut libc::c_int| {
            // SAFETY: `status` is a writable int.
            let r = unsafe { libc::waitpid(pid, status, options) };
            (r, if r < 0 { errno() } else { 0 })
        };
        let (r, code) = if options & libc::WNOHANG != 0 {
            call(&mut status)
        } else {
            vm.blocking(|| call(&mut status))?
        };
        if r >= 0 {
            let items = [make_int(r as i64)?, make_int(status as i64)?];
            return crate::objects::sequence::new_tuple(vm, &items);
        }
        if code != libc::EINTR {
            return Err(errno_error(vm, code));
        }
        crate::signals::check(vm)?;
    }
}

/// `_hotpy.wait_status(status)`: what the `W*` macros say of a wait status: `(WIFEXITED,
/// WEXITSTATUS, WIFSIGNALED, WTERMSIG, WIFSTOPPED, WSTOPSIG, WCOREDUMP, WIFCONTINUED)`.
pub fn wait_status(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    let [status] = args_n::<1>("wait_status", args, kwargs)?;
    let s = int_arg(vm, status)?;
    let s = libc::c_int::try_from(s)
        .map_err(|_| Error::new("OverflowError", "Python int too large to convert to C int"))?;
    let fields = [
        libc::WIFEXITED(s) as i64,
        libc::WEXITSTATUS(s) as i64,
        libc::WIFSIGNALED(s) as i64,
        libc::WTERMSIG(s) as i64,
        libc::WIFSTOPPED(s) as i64,
        libc::WSTOPSIG(s) as i64,
        libc::WCOREDUMP(s) as i64,
        libc::WIFCONTINUED(s) as i64,
    ];
    let items: Vec<Value> = fields
        .iter()
        .map(|&f| make_int(f))
        .collect::<Result<_, _>>()?;
    crate::objects::sequence::new_tuple(vm, &items)
}
