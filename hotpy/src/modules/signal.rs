//! The native side of `_signal` (`hotpy/lib/_signal.py` keeps the Python handlers): setting
//! and reading a signal's disposition, raising one, alarms and interval timers, the signal
//! mask, `strsignal`, and the system's signal numbers. Acting on signals is `signals.rs`'s.
//!
//! Must not: keep Python objects (the handlers live in the Python module).

use super::native::args_n;
use crate::signals::{self, Action, NSIG};
use crate::values::{NONE, as_int, box_float, make_int, new_str, type_name};
use crate::vm::{Error, ThreadState};
use gvmt::rt::Value;

type Kwargs<'a> = &'a [(String, Value)];

/// A signal number argument in `1..NSIG`.
fn signal_arg(vm: &ThreadState, v: Value) -> Result<i64, Error> {
    let Some(n) = as_int(v) else {
        return Err(Error::new(
            "TypeError",
            format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(vm, v)
            ),
        ));
    };
    if !(1..NSIG).contains(&n) {
        return Err(Error::new("ValueError", "signal number out of range"));
    }
    Ok(n)
}

/// `_hotpy.signal_set(signum, mode)`: mode 0 `SIG_DFL`, 1 `SIG_IGN`, 2 a Python handler.
/// Only the main thread may (CPython's ValueError).
pub fn signal_set(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    let [signum, mode] = args_n::<2>("signal_set", args, kwargs)?;
    let signal = signal_arg(vm, signum)?;
    if !signals::is_main(vm) {
        return Err(Error::new(
            "ValueError",
            "signal only works in main thread of the main interpreter",
        ));
    }
    let action = match as_int(mode) {
        Some(0) => Action::Default,
        Some(1) => Action::Ignore,
        _ => Action::Python,
    };
    vm.irreversible()?;
    signals::set_action(signal, action).map_err(|_| super::fd::last_error(vm, None))?;
    Ok(NONE)
}

/// `_hotpy.signal_get(signum)`: 0 default, 1 ignored, 2 handled by hotpy (or Python).
pub fn signal_get(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    let [signum] = args_n::<1>("signal_get", args, kwargs)?;
    let signal = signal_arg(vm, signum)?;
    let action = signals::action(signal).map_err(|_| super::fd::last_error(vm, None))?;
    make_int(match action {
        Action::Default => 0,
        Action::Ignore => 1,
        Action::Handle | Action::Python => 2,
    })
}

/// `signal.raise_signal(signum)`: sends it to this process; its handler runs before this
/// returns.
pub fn raise_signal(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    let [signum] = args_n::<1>("raise_signal", args, kwargs)?;
    let signal = signal_arg(vm, signum)?;
    vm.irreversible()?;
    vm.flush_stdout();
    signals::raise(vm, signal)?;
    Ok(NONE)
}

/// `signal.strsignal(signum)`: the system's description, or None.
pub fn strsignal(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    let [signum] = args_n::<1>("strsignal", args, kwargs)?;
    let signal = signal_arg(vm, signum)?;
    // SAFETY: strsignal returns a pointer to a static or thread-local string (never freed
    // by us), read at once.
    let text = unsafe {
        let p = libc::strsignal(signal as libc::c_int);
        (!p.is_null()).then(|| std::ffi::CStr::from_ptr(p).to_string_lossy().into_owned())
    };
    match text {
        Some(t) if !t.starts_with("Unknown signal") && !t.starts_with("Real-time signal") => {
            new_str(vm, &t)
        }
        _ => Ok(NONE),
    }
}

/// `signal.alarm(seconds)`: the seconds left of the previous alarm.
pub fn alarm(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    let [secs] = args_n::<1>("alarm", args, kwargs)?;
    let Some(secs) = as_int(secs) else {
        return Err(Error::new(
            "TypeError",
            format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(vm, secs)
            ),
        ));
    };
    vm.irreversible()?;
    // SAFETY: alarm only sets the process's timer.
    let left = unsafe { libc::alarm(secs.clamp(0, u32::MAX as i64) as libc::c_uint) };
    make_int(left as i64)
}

/// `signal.pause()`: waits for a signal, then acts on it.
pub fn pause(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    args_n::<0>("pause", args, kwargs)?;
    vm.irreversible()?;
    vm.flush_stdout();
    // SAFETY: pause blocks until a signal handler returns.
    vm.blocking(|| unsafe { libc::pause() })?;
    signals::check(vm)?;
    Ok(NONE)
}

/// `_hotpy.setitimer(which, seconds, interval)`: the old `(delay, interval)`.
pub fn setitimer(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    let [which, seconds, interval] = args_n::<3>("setitimer", args, kwargs)?;
    let which = as_int(which).unwrap_or(-1) as libc::c_int;
    let seconds = super::native::number(vm, seconds, "setitimer")?;
    let interval = super::native::number(vm, interval, "setitimer")?;
    let timeval = |s: f64| libc::timeval {
        tv_sec: s.trunc() as libc::time_t,
        tv_usec: (s.fract() * 1e6).round() as libc::suseconds_t,
    };
    let new = libc::itimerval {
        it_interval: timeval(interval.max(0.0)),
        it_value: timeval(seconds.max(0.0)),
    };
    vm.irreversible()?;
    // SAFETY: zeroed itimerval is valid; setitimer writes the old one into it.
    let (result, old) = unsafe {
        let mut old: libc::itimerval = std::mem::zeroed();
        (libc::setitimer(which, &new, &mut old), old)
    };
    if result != 0 {
        return Err(super::fd::last_error(vm, None));
    }
    timer_pair(vm, old)
}

/// `_hotpy.getitimer(which)`: `(delay, interval)`.
pub fn getitimer(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    let [which] = args_n::<1>("getitimer", args, kwargs)?;
    let which = as_int(which).unwrap_or(-1) as libc::c_int;
    // SAFETY: getitimer fills the zeroed itimerval.
    let (result, now) = unsafe {
        let mut now: libc::itimerval = std::mem::zeroed();
        (libc::getitimer(which, &mut now), now)
    };
    if result != 0 {
        return Err(super::fd::last_error(vm, None));
    }
    timer_pair(vm, now)
}

fn timer_pair(vm: &mut ThreadState, t: libc::itimerval) -> Result<Value, Error> {
    let secs = |v: libc::timeval| v.tv_sec as f64 + v.tv_usec as f64 / 1e6;
    let delay = box_float(vm, secs(t.it_value))?;
    vm.handle_scope(|vm| {
        let h = vm.mutator().root(delay);
        let interval = box_float(vm, secs(t.it_interval))?;
        let delay = vm.mutator().get(h);
        crate::objects::sequence::new_tuple(vm, &[delay, interval])
    })
}

/// `_hotpy.pthread_sigmask(how, signals)`: changes this thread's mask (`how`: SIG_BLOCK,
/// SIG_UNBLOCK, SIG_SETMASK); the old mask as a list of signal numbers.
pub fn pthread_sigmask(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    let [how, signals] = args_n::<2>("pthread_sigmask", args, kwargs)?;
    let how = as_int(how).unwrap_or(-1) as libc::c_int;
    let numbers = crate::modules::builtins::collect(vm, signals)?;
    // SAFETY: sigset_t initialised by sigemptyset before use.
    let mut set: libc::sigset_t = unsafe { std::mem::zeroed() };
    unsafe { libc::sigemptyset(&mut set) };
    for n in numbers {
        let n = signal_arg(vm, n)?;
        // SAFETY: n is in 1..NSIG.
        unsafe { libc::sigaddset(&mut set, n as libc::c_int) };
    }
    vm.irreversible()?;
    // SAFETY: both sets are valid sigset_t values.
    let (result, old) = unsafe {
        let mut old: libc::sigset_t = std::mem::zeroed();
        (libc::pthread_sigmask(how, &set, &mut old), old)
    };
    if result != 0 {
        // pthread_sigmask returns the error number rather than setting errno.
        return Err(Error::new(
            "OSError",
            format!(
                "[Errno {result}] {}",
                std::io::Error::from_raw_os_error(result)
            ),
        ));
    }
    signal_list(vm, |n| unsafe { libc::sigismember(&old, n) == 1 })
}

/// `signal.valid_signals()` as a list (the Python side makes it a set).
pub fn valid_signals(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    args_n::<0>("valid_signals", args, kwargs)?;
    // SAFETY: sigfillset initialises the set.
    let mut all: libc::sigset_t = unsafe { std::mem::zeroed() };
    unsafe { libc::sigfillset(&mut all) };
    signal_list(vm, |n| unsafe { libc::sigismember(&all, n) == 1 })
}

/// The signal numbers for which `member` holds, as a list of ints.
fn signal_list(vm: &mut ThreadState, member: impl Fn(libc::c_int) -> bool) -> Result<Value, Error> {
    let items: Vec<Value> = (1..NSIG as libc::c_int)
        .filter(|&n| member(n))
        .map(|n| make_int(n as i64))
        .collect::<Result<_, _>>()?;
    crate::objects::sequence::new_list(vm, &items)
}

/// `_hotpy.signal_constants()`: `"SIGHUP=1,SIGINT=2,..."`, the system's names and numbers
/// (and SIG_BLOCK/SIG_UNBLOCK/SIG_SETMASK, ITIMER_*).
pub fn signal_constants(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    args_n::<0>("signal_constants", args, kwargs)?;
    let table: &[(&str, libc::c_int)] = &[
        ("SIGHUP", libc::SIGHUP),
        ("SIGINT", libc::SIGINT),
        ("SIGQUIT", libc::SIGQUIT),
        ("SIGILL", libc::SIGILL),
        ("SIGTRAP", libc::SIGTRAP),
        ("SIGABRT", libc::SIGABRT),
        ("SIGIOT", libc::SIGIOT),
        ("SIGBUS", libc::SIGBUS),
        ("SIGFPE", libc::SIGFPE),
        ("SIGKILL", libc::SIGKILL),
        ("SIGUSR1", libc::SIGUSR1),
        ("SIGSEGV", libc::SIGSEGV),
        ("SIGUSR2", libc::SIGUSR2),
        ("SIGPIPE", libc::SIGPIPE),
        ("SIGALRM", libc::SIGALRM),
        ("SIGTERM", libc::SIGTERM),
        ("SIGCHLD", libc::SIGCHLD),
        ("SIGCONT", libc::SIGCONT),
        ("SIGSTOP", libc::SIGSTOP),
        ("SIGTSTP", libc::SIGTSTP),
        ("SIGTTIN", libc::SIGTTIN),
        ("SIGTTOU", libc::SIGTTOU),
        ("SIGURG", libc::SIGURG),
        ("SIGXCPU", libc::SIGXCPU),
        ("SIGXFSZ", libc::SIGXFSZ),
        ("SIGVTALRM", libc::SIGVTALRM),
        ("SIGPROF", libc::SIGPROF),
        ("SIGWINCH", libc::SIGWINCH),
        ("SIGIO", libc::SIGIO),
        ("SIGPOLL", libc::SIGPOLL),
        ("SIGPWR", libc::SIGPWR),
        ("SIGSYS", libc::SIGSYS),
        ("SIGRTMIN", libc::SIGRTMIN()),
        ("SIGRTMAX", libc::SIGRTMAX()),
        ("SIG_BLOCK", libc::SIG_BLOCK),
        ("SIG_UNBLOCK", libc::SIG_UNBLOCK),
        ("SIG_SETMASK", libc::SIG_SETMASK),
        ("ITIMER_REAL", libc::ITIMER_REAL),
        ("ITIMER_VIRTUAL", libc::ITIMER_VIRTUAL),
        ("ITIMER_PROF", libc::ITIMER_PROF),
    ];
    let text: Vec<String> = table.iter().map(|(k, v)| format!("{k}={v}")).collect();
    new_str(vm, &text.join(","))
}

/// `_hotpy.signal_wakeup_fd(fd)`: the fd each signal's number is written to; the old one.
pub fn signal_wakeup_fd(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    let [fd] = args_n::<1>("set_wakeup_fd", args, kwargs)?;
    if !signals::is_main(vm) {
        return Err(Error::new(
            "ValueError",
            "set_wakeup_fd only works in main thread of the main interpreter",
        ));
    }
    let fd = as_int(fd).unwrap_or(-1).clamp(-1, i32::MAX as i64) as i32;
    if fd >= 0 {
        // SAFETY: fcntl only reads the descriptor's flags.
        let flags = unsafe { libc::fcntl(fd, libc::F_GETFL) };
        if flags < 0 {
            return Err(super::fd::last_error(vm, None));
        }
        if flags & libc::O_NONBLOCK == 0 {
            return Err(Error::new(
                "ValueError",
                format!("the fd {fd} must be in non-blocking mode"),
            ));
        }
    }
    vm.irreversible()?;
    make_int(signals::set_wakeup_fd(fd) as i64)
}

/// `os.kill(pid, signum)`: sends a signal to a process (this one's handler runs before this
/// returns, as CPython's checks signals after the call).
pub fn kill(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    let [pid, signum] = args_n::<2>("kill", args, kwargs)?;
    let (Some(pid), Some(signal)) = (as_int(pid), as_int(signum)) else {
        return Err(Error::new("TypeError", "kill() arguments must be integers"));
    };
    vm.irreversible()?;
    vm.flush_stdout();
    // SAFETY: kill only sends a signal.
    if unsafe { libc::kill(pid as libc::pid_t, signal as libc::c_int) } != 0 {
        return Err(super::fd::last_error(vm, None));
    }
    signals::check(vm)?;
    Ok(NONE)
}
