//! The native side of `select` (`hotpy/lib/select.py` shapes `select.select` and
//! `select.poll` objects): waiting for descriptors with `ppoll(2)`, the GIL released, and the
//! `POLL*` constants. A signal that interrupts a wait runs its handlers (which may raise),
//! then the wait goes on for the time left (PEP 475). `socket.rs` waits for one socket
//! through [`poll_fds`]; [`errno_error`] makes the OSError of an errno for both.
//!
//! Must not: keep Python objects (the registrations of a poll object live in Python).

use super::native::args_n;
use crate::values::{NONE, make_int, type_name};
use crate::vm::{Error, ThreadState};
use gvmt::rt::Value;
use std::time::{Duration, Instant};

type Kwargs<'a> = &'a [(String, Value)];

/// The calling thread's `errno` now.
pub(crate) fn errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(0)
}

/// The OSError (its errno's subclass, as CPython picks it) for `code`, with its strerror.
pub(crate) fn errno_error(vm: &mut ThreadState, code: i32) -> Error {
    use crate::objects::exception::{error_with_args, os_error_kind, strerror};
    let code = code as i64;
    let made = vm.handle_scope(|vm| {
        let text = crate::values::new_str(vm, &strerror(code))?;
        let h = vm.mutator().root(text);
        let number = make_int(code)?;
        Ok::<_, Error>([number, vm.mutator().get(h)])
    });
    match made {
        Ok(args) => error_with_args(vm, os_error_kind(code), &args),
        Err(e) => e,
    }
}

/// An int argument (CPython's TypeError for anything else).
pub(crate) fn int_arg(vm: &ThreadState, v: Value) -> Result<i64, Error> {
    crate::values::int_value(v).ok_or_else(|| {
        Error::new(
            "TypeError",
            format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(vm, v)
            ),
        )
    })
}

/// Waits with `ppoll(2)` until one of `fds` is ready or `deadline` passes (None: no limit);
/// how many are ready (0: timed out). The wait releases the GIL; a signal that interrupts
/// it runs its handlers, then the wait goes on for the time left.
pub(crate) fn poll_fds(
    vm: &mut ThreadState,
    fds: &mut [libc::pollfd],
    deadline: Option<Instant>,
) -> Result<usize, Error> {
    loop {
        let left = deadline.map(|d| {
            let left = d.saturating_duration_since(Instant::now());
            libc::timespec {
                tv_sec: left.as_secs().min(i64::MAX as u64) as libc::time_t,
                tv_nsec: left.subsec_nanos() as libc::c_long,
            }
        });
        let (n, code) = vm.blocking(|| {
            let timeout = left.as_ref().map_or(std::ptr::null(), |t| t as *const _);
            // SAFETY: `fds` is a valid, writable array of `fds.len()` pollfd structs and
            // `timeout` null or a timespec that outlives the call; no signal mask is given.
            let n = unsafe {
                libc::ppoll(
                    fds.as_mut_ptr(),
                    fds.len() as libc::nfds_t,
                    timeout,
                    std::ptr::null(),
                )
            };
            (n, if n < 0 { errno() } else { 0 })
        })?;
        if n >= 0 {
            return Ok(n as usize);
        }
        if code != libc::EINTR {
            return Err(errno_error(vm, code));
        }
        crate::signals::check(vm)?;
    }
}

/// `_hotpy.poll(fds, events, timeout)`: waits (timeout None: for ever, else seconds) until
/// one of the descriptors `fds` has one of its `events`; the `(fd, revents)` pairs of those
/// ready, in order.
pub fn poll(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    let [fds, events, timeout] = args_n::<3>("poll", args, kwargs)?;
    let (Some(fds), Some(events)) = (
        crate::objects::sequence::items(vm, fds),
        crate::objects::sequence::items(vm, events),
    ) else {
        return Err(Error::new("TypeError", "poll() expects two lists"));
    };
    let mut table = Vec::with_capacity(fds.len());
    for (&fd, &ev) in fds.iter().zip(events.iter()) {
        let fd = int_arg(vm, fd)?;
        let ev = int_arg(vm, ev)?;
        table.push(libc::pollfd {
            fd: libc::c_int::try_from(fd)
                .map_err(|_| Error::new("OverflowError", "fd is out of range"))?,
            events: ev as libc::c_short,
            revents: 0,
        });
    }
    let deadline = if timeout == NONE {
        None
    } else {
        let secs = super::native::number(vm, timeout, "poll")?;
        let secs = if secs.is_nan() { 0.0 } else { secs.max(0.0) };
        // Too far away to represent: no limit.
        Duration::try_from_secs_f64(secs)
            .ok()
            .and_then(|span| Instant::now().checked_add(span))
    };
    vm.irreversible()?;
    vm.flush_stdout();
    poll_fds(vm, &mut table, deadline)?;
    let ready: Vec<(i64, i64)> = table
        .iter()
        .filter(|p| p.revents != 0)
        .map(|p| (p.fd as i64, p.revents as u16 as i64))
        .collect();
    crate::objects::sequence::of_made(vm, ready.len(), false, |vm, i| {
        let items = [make_int(ready[i].0)?, make_int(ready[i].1)?];
        crate::objects::sequence::new_tuple(vm, &items)
    })
}

/// `_hotpy.select_constants()`: the `POLL*` event bits and `PIPE_BUF`, as `(name, value)`
/// pairs.
pub fn select_constants(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    args_n::<0>("select_constants", args, kwargs)?;
    let table: &[(&str, i64)] = &[
        ("POLLIN", libc::POLLIN as i64),
        ("POLLPRI", libc::POLLPRI as i64),
        ("POLLOUT", libc::POLLOUT as i64),
        ("POLLERR", libc::POLLERR as i64),
        ("POLLHUP", libc::POLLHUP as i64),
        ("POLLNVAL", libc::POLLNVAL as i64),
        ("POLLRDNORM", libc::POLLRDNORM as i64),
        ("POLLRDBAND", libc::POLLRDBAND as i64),
        ("POLLWRNORM", libc::POLLWRNORM as i64),
        ("POLLWRBAND", libc::POLLWRBAND as i64),
        ("POLLMSG", 0x400),
        ("POLLRDHUP", libc::POLLRDHUP as i64),
        ("PIPE_BUF", libc::PIPE_BUF as i64),
    ];
    pairs(vm, table)
}

/// A list of `(name, value)` tuples.
pub(crate) fn pairs(vm: &mut ThreadState, table: &[(&str, i64)]) -> Result<Value, Error> {
    crate::objects::sequence::of_made(vm, table.len(), false, |vm, i| {
        let name = crate::values::new_str(vm, table[i].0)?;
        let h = vm.mutator().root(name);
        let value = make_int(table[i].1)?;
        let name = vm.mutator().get(h);
        crate::objects::sequence::new_tuple(vm, &[name, value])
    })
}
