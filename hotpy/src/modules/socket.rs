//! The native side of `_socket` (`hotpy/lib/_socket.py` has the `socket` class, the
//! exceptions and the conversions between Python addresses and raw `sockaddr` bytes):
//! the socket system calls over libc, name resolution (`getaddrinfo`), and the constants.
//!
//! A call takes the socket's timeout as CPython keeps it: None blocks (the call runs with
//! the GIL released), 0 never waits (the descriptor is non-blocking), a positive number
//! waits with `poll` for at most that long (the descriptor is non-blocking too) and raises
//! TimeoutError. A signal that interrupts a call runs its handlers, then the call goes on
//! (PEP 475). Addresses cross as the raw bytes of a `sockaddr`.
//!
//! Must not: keep Python objects, or know the Python shape of addresses.

use super::native::args_n;
use super::select::{errno, errno_error, int_arg, poll_fds};
use crate::values::{NONE, make_int, new_str, type_name};
use crate::vm::{Error, ThreadState};
use gvmt::rt::Value;
use std::time::{Duration, Instant};

type Kwargs<'a> = &'a [(String, Value)];

/// How long a call may wait: a socket's timeout.
#[derive(Clone, Copy)]
enum Wait {
    /// Blocking mode (timeout None).
    Block,
    /// Non-blocking mode (timeout 0).
    Never,
    /// Until then (a positive timeout, from the call's start).
    Until(Instant),
}

fn wait_arg(vm: &mut ThreadState, v: Value) -> Result<Wait, Error> {
    if v == NONE {
        return Ok(Wait::Block);
    }
    let secs = super::native::number(vm, v, "timeout")?;
    if secs.is_nan() || secs <= 0.0 {
        return Ok(Wait::Never);
    }
    // Too far away to represent: as good as blocking.
    let deadline = Duration::try_from_secs_f64(secs)
        .ok()
        .and_then(|span| Instant::now().checked_add(span));
    Ok(deadline.map_or(Wait::Block, Wait::Until))
}

fn fd_arg(vm: &ThreadState, v: Value) -> Result<libc::c_int, Error> {
    let fd = int_arg(vm, v)?;
    libc::c_int::try_from(fd).map_err(|_| Error::new("OverflowError", "fd is out of range"))
}

fn c_int_arg(vm: &ThreadState, v: Value) -> Result<libc::c_int, Error> {
    let n = int_arg(vm, v)?;
    libc::c_int::try_from(n)
        .map_err(|_| Error::new("OverflowError", "signed integer is greater than maximum"))
}

fn bytes_arg(vm: &ThreadState, v: Value) -> Result<Vec<u8>, Error> {
    crate::objects::bytes::buffer_value(vm, v).ok_or_else(|| {
        Error::new(
            "TypeError",
            format!(
                "a bytes-like object is required, not '{}'",
                type_name(vm, v)
            ),
        )
    })
}

/// A raw socket address (bytes) as a `sockaddr_storage` and its length.
fn sockaddr_arg(vm: &ThreadState, v: Value) -> Result<(libc::sockaddr_storage, u32), Error> {
    let raw = bytes_arg(vm, v)?;
    // SAFETY: an all-zero sockaddr_storage is a valid (unspecified) address.
    let mut storage: libc::sockaddr_storage = unsafe { std::mem::zeroed() };
    if raw.len() > std::mem::size_of::<libc::sockaddr_storage>() {
        return Err(Error::new("OSError", "AF_UNIX path too long"));
    }
    // SAFETY: `raw` fits in `storage` (checked above); the regions do not overlap.
    unsafe {
        std::ptr::copy_nonoverlapping(
            raw.as_ptr(),
            (&mut storage as *mut libc::sockaddr_storage).cast::<u8>(),
            raw.len(),
        );
    }
    Ok((storage, raw.len() as u32))
}

/// The first `len` bytes of an address the system filled in, as bytes.
fn sockaddr_value(
    vm: &mut ThreadState,
    storage: &libc::sockaddr_storage,
    len: libc::socklen_t,
) -> Result<Value, Error> {
    let len = (len as usize).min(std::mem::size_of::<libc::sockaddr_storage>());
    // SAFETY: `storage` is a live sockaddr_storage of at least `len` bytes.
    let raw = unsafe {
        std::slice::from_raw_parts((storage as *const libc::sockaddr_storage).cast::<u8>(), len)
    };
    crate::objects::bytes::new_bytes(vm, raw)
}

/// CPython's `sock_call`: runs `op` (a system call returning -1 and setting errno on
/// failure) on `fd` as the socket's timeout says, waiting first for the descriptor to be
/// readable (or writable: `write`) under a timeout.
fn sock_call(
    vm: &mut ThreadState,
    fd: libc::c_int,
    write: bool,
    wait: Wait,
    mut op: impl FnMut() -> isize,
) -> Result<isize, Error> {
    vm.irreversible()?;
    loop {
        if let Wait::Until(deadline) = wait {
            let events = if write { libc::POLLOUT } else { libc::POLLIN };
            let mut table = [libc::pollfd {
                fd,
                events,
                revents: 0,
            }];
            if poll_fds(vm, &mut table, Some(deadline))? == 0 {
                return Err(Error::new("TimeoutError", "timed out"));
            }
        }
        let mut call = || {
            let r = op();
            (r, if r < 0 { errno() } else { 0 })
        };
        let (r, code) = match wait {
            Wait::Block => vm.blocking(call)?,
            _ => call(),
        };
        if r >= 0 {
            return Ok(r);
        }
        if code == libc::EINTR {
            crate::signals::check(vm)?;
            continue;
        }
        if matches!(wait, Wait::Until(_)) && (code == libc::EAGAIN || code == libc::EWOULDBLOCK) {
            continue;
        }
        return Err(errno_error(vm, code));
    }
}

/// Fails with the errno of a call that returned a negative `result`.
fn check(vm: &mut ThreadState, result: i64) -> Result<i64, Error> {
    if result < 0 {
        return Err(errno_error(vm, errno()));
    }
    Ok(result)
}

/// `_hotpy.socket_open(family, type, proto)`: a new socket's descriptor (close-on-exec).
pub fn socket_open(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    let [family, kind, proto] = args_n::<3>("socket", args, kwargs)?;
    let (family, kind, proto) = (
        c_int_arg(vm, family)?,
        c_int_arg(vm, kind)?,
        c_int_arg(vm, proto)?,
    );
    vm.irreversible()?;
    // SAFETY: socket only makes a descriptor from integer arguments.
    let fd = unsafe { libc::socket(family, kind | libc::SOCK_CLOEXEC, proto) };
    make_int(check(vm, fd as i64)?)
}

/// `_hotpy.socket_pair(family, type, proto)`: two connected sockets' descriptors.
pub fn socket_pair(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    let [family, kind, proto] = args_n::<3>("socketpair", args, kwargs)?;
    let (family, kind, proto) = (
        c_int_arg(vm, family)?,
        c_int_arg(vm, kind)?,
        c_int_arg(vm, proto)?,
    );
    vm.irreversible()?;
    let mut fds = [0 as libc::c_int; 2];
    // SAFETY: `fds` has room for the two descriptors socketpair writes.
    let r = unsafe { libc::socketpair(family, kind | libc::SOCK_CLOEXEC, proto, fds.as_mut_ptr()) };
    check(vm, r as i64)?;
    let items = [make_int(fds[0] as i64)?, make_int(fds[1] as i64)?];
    crate::objects::sequence::new_tuple(vm, &items)
}

/// `_hotpy.socket_bind(fd, sockaddr)`.
pub fn socket_bind(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    let [fd, addr] = args_n::<2>("bind", args, kwargs)?;
    let fd = fd_arg(vm, fd)?;
    let (storage, len) = sockaddr_arg(vm, addr)?;
    vm.irreversible()?;
    // SAFETY: `storage` holds a `len`-byte address and outlives the call.
    let r = unsafe { libc::bind(fd, (&storage as *const libc::sockaddr_storage).cast(), len) };
    check(vm, r as i64)?;
    Ok(NONE)
}

/// `_hotpy.socket_listen(fd, backlog)`.
pub fn socket_listen(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    let [fd, backlog] = args_n::<2>("listen", args, kwargs)?;
    let fd = fd_arg(vm, fd)?;
    let backlog = int_arg(vm, backlog)?.clamp(0, libc::c_int::MAX as i64) as libc::c_int;
    vm.irreversible()?;
    // SAFETY: listen takes integer arguments.
    let r = unsafe { libc::listen(fd, backlog) };
    check(vm, r as i64)?;
    Ok(NONE)
}

/// `_hotpy.socket_connect(fd, sockaddr, timeout, ex)`: connects; with `ex` true returns the
/// errno instead of raising (0 when connected, EWOULDBLOCK when it timed out), as
/// `connect_ex`.
pub fn socket_connect(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    let [fd, addr, timeout, ex] = args_n::<4>("connect", args, kwargs)?;
    let fd = fd_arg(vm, fd)?;
    let (storage, len) = sockaddr_arg(vm, addr)?;
    let wait = wait_arg(vm, timeout)?;
    let ex = crate::values::is_true(vm, ex)?;
    vm.irreversible()?;
    let call = || {
        // SAFETY: `storage` holds a `len`-byte address and outlives the call.
        let r =
            unsafe { libc::connect(fd, (&storage as *const libc::sockaddr_storage).cast(), len) };
        if r < 0 { errno() } else { 0 }
    };
    let mut code = match wait {
        Wait::Block => vm.blocking(call)?,
        _ => call(),
    };
    if code == libc::EINTR {
        crate::signals::check(vm)?;
    }
    let waits = match wait {
        Wait::Until(_) => code == libc::EINPROGRESS || code == libc::EINTR,
        Wait::Block => code == libc::EINTR,
        Wait::Never => false,
    };
    if waits {
        // The connection goes on in the background: wait for it to finish.
        let deadline = match wait {
            Wait::Until(d) => Some(d),
            _ => None,
        };
        let mut table = [libc::pollfd {
            fd,
            events: libc::POLLOUT,
            revents: 0,
        }];
        if poll_fds(vm, &mut table, deadline)? == 0 {
            if ex {
                return make_int(libc::EWOULDBLOCK as i64);
            }
            return Err(Error::new("TimeoutError", "timed out"));
        }
        let mut err: libc::c_int = 0;
        let mut size = std::mem::size_of::<libc::c_int>() as libc::socklen_t;
        // SAFETY: `err` and `size` are writable and sized for SO_ERROR's int.
        let r = unsafe {
            libc::getsockopt(
                fd,
                libc::SOL_SOCKET,
                libc::SO_ERROR,
                (&mut err as *mut libc::c_int).cast(),
                &mut size,
            )
        };
        code = if r < 0 { errno() } else { err };
    }
    if code == 0 {
        return make_int(0);
    }
    if ex && code != libc::EINTR {
        return make_int(code as i64);
    }
    Err(errno_error(vm, code))
}

/// `_hotpy.socket_accept(fd, timeout)`: `(fd, sockaddr)` of a new connection (its
/// descriptor close-on-exec and blocking).
pub fn socket_accept(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    let [fd, timeout] = args_n::<2>("accept", args, kwargs)?;
    let fd = fd_arg(vm, fd)?;
    let wait = wait_arg(vm, timeout)?;
    // SAFETY: an all-zero sockaddr_storage is valid for accept to fill in.
    let mut storage: libc::sockaddr_storage = unsafe { std::mem::zeroed() };
    let mut len = std::mem::size_of::<libc::sockaddr_storage>() as libc::socklen_t;
    let new = sock_call(vm, fd, false, wait, || {
        len = std::mem::size_of::<libc::sockaddr_storage>() as libc::socklen_t;
        // SAFETY: `storage` has room for `len` bytes; accept4 writes the peer's address.
        unsafe {
            libc::accept4(
                fd,
                (&mut storage as *mut libc::sockaddr_storage).cast(),
                &mut len,
                libc::SOCK_CLOEXEC,
            ) as isize
        }
    })?;
    vm.handle_scope(|vm| {
        let addr = sockaddr_value(vm, &storage, len)?;
        let h = vm.mutator().root(addr);
        let new = make_int(new as i64)?;
        let addr = vm.mutator().get(h);
        crate::objects::sequence::new_tuple(vm, &[new, addr])
    })
}

/// `_hotpy.socket_send(fd, data, flags, timeout, sockaddr)`: how many bytes were sent (to
/// `sockaddr` when it is not None: `sendto`).
pub fn socket_send(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    let [fd, data, flags, timeout, addr] = args_n::<5>("send", args, kwargs)?;
    let fd = fd_arg(vm, fd)?;
    let data = bytes_arg(vm, data)?;
    let flags = c_int_arg(vm, flags)?;
    let wait = wait_arg(vm, timeout)?;
    let to = if addr == NONE {
        None
    } else {
        Some(sockaddr_arg(vm, addr)?)
    };
    let sent = sock_call(vm, fd, true, wait, || match &to {
        // SAFETY (both): `data` is readable for its length and `storage` holds a `len`-byte
        // address; both outlive the call.
        None => unsafe { libc::send(fd, data.as_ptr().cast(), data.len(), flags) },
        Some((storage, len)) => unsafe {
            libc::sendto(
                fd,
                data.as_ptr().cast(),
                data.len(),
                flags,
                (storage as *const libc::sockaddr_storage).cast(),
                *len,
            )
        },
    })?;
    make_int(sent as i64)
}

/// `_hotpy.socket_recv(fd, n, flags, timeout, with_address)`: up to `n` bytes (none at the
/// end of the stream); with `with_address`, `(bytes, sockaddr)` (`recvfrom`).
pub fn socket_recv(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    let [fd, n, flags, timeout, with_address] = args_n::<5>("recv", args, kwargs)?;
    let fd = fd_arg(vm, fd)?;
    let n = int_arg(vm, n)?;
    if n < 0 {
        return Err(Error::new("ValueError", "negative buffersize in recv"));
    }
    let flags = c_int_arg(vm, flags)?;
    let wait = wait_arg(vm, timeout)?;
    let with_address = crate::values::is_true(vm, with_address)?;
    // A recv may return fewer bytes than asked for: no more than 16 MiB at once.
    let mut buffer = vec![0u8; (n as usize).min(1 << 24)];
    // SAFETY: an all-zero sockaddr_storage is valid for recvfrom to fill in.
    let mut storage: libc::sockaddr_storage = unsafe { std::mem::zeroed() };
    let mut len: libc::socklen_t = 0;
    let got = sock_call(vm, fd, false, wait, || {
        len = std::mem::size_of::<libc::sockaddr_storage>() as libc::socklen_t;
        // SAFETY: `buffer` is writable for its length, `storage` for `len` bytes.
        unsafe {
            libc::recvfrom(
                fd,
                buffer.as_mut_ptr().cast(),
                buffer.len(),
                flags,
                (&mut storage as *mut libc::sockaddr_storage).cast(),
                &mut len,
            )
        }
    })?;
    buffer.truncate(got as usize);
    vm.handle_scope(|vm| {
        let data = crate::objects::bytes::new_bytes(vm, &buffer)?;
        if !with_address {
            return Ok(data);
        }
        let h = vm.mutator().root(data);
        let addr = if len == 0 {
            NONE
        } else {
            sockaddr_value(vm, &storage, len)?
        };
        let data = vm.mutator().get(h);
        crate::objects::sequence::new_tuple(vm, &[data, addr])
    })
}

/// `_hotpy.socket_name(fd, peer)`: the raw address of this end (`getsockname`) or of the
/// other (`getpeername`).
pub fn socket_name(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    let [fd, peer] = args_n::<2>("getsockname", args, kwargs)?;
    let fd = fd_arg(vm, fd)?;
    let peer = crate::values::is_true(vm, peer)?;
    // SAFETY: an all-zero sockaddr_storage is valid for the call to fill in.
    let mut storage: libc::sockaddr_storage = unsafe { std::mem::zeroed() };
    let mut len = std::mem::size_of::<libc::sockaddr_storage>() as libc::socklen_t;
    let at = (&mut storage as *mut libc::sockaddr_storage).cast();
    // SAFETY: `storage` has room for `len` bytes, which the call fills in.
    let r = unsafe {
        if peer {
            libc::getpeername(fd, at, &mut len)
        } else {
            libc::getsockname(fd, at, &mut len)
        }
    };
    check(vm, r as i64)?;
    sockaddr_value(vm, &storage, len)
}

/// `_hotpy.socket_setopt(fd, level, option, value)`: value an int or bytes.
pub fn socket_setopt(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    let [fd, level, option, value] = args_n::<4>("setsockopt", args, kwargs)?;
    let fd = fd_arg(vm, fd)?;
    let level = c_int_arg(vm, level)?;
    let option = c_int_arg(vm, option)?;
    let raw = match crate::values::int_value(value) {
        Some(n) => (n as libc::c_int).to_ne_bytes().to_vec(),
        None => bytes_arg(vm, value)?,
    };
    vm.irreversible()?;
    // SAFETY: `raw` is readable for its length during the call.
    let r = unsafe {
        libc::setsockopt(
            fd,
            level,
            option,
            raw.as_ptr().cast(),
            raw.len() as libc::socklen_t,
        )
    };
    check(vm, r as i64)?;
    Ok(NONE)
}

/// `_hotpy.socket_getopt(fd, level, option, buflen)`: an int (buflen 0) or up to `buflen`
/// bytes.
pub fn socket_getopt(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    let [fd, level, option, buflen] = args_n::<4>("getsockopt", args, kwargs)?;
    let fd = fd_arg(vm, fd)?;
    let level = c_int_arg(vm, level)?;
    let option = c_int_arg(vm, option)?;
    let buflen = int_arg(vm, buflen)?;
    if !(0..=1024).contains(&buflen) {
        return Err(errno_error(vm, libc::EINVAL));
    }
    // Reading SO_ERROR clears the socket's pending error: a transaction replaying this
    // call would see 0 (a refused connection would look made).
    vm.irreversible()?;
    let mut raw = vec![0u8; if buflen == 0 { 4 } else { buflen as usize }];
    let mut len = raw.len() as libc::socklen_t;
    // SAFETY: `raw` is writable for `len` bytes, which the call fills in.
    let r = unsafe { libc::getsockopt(fd, level, option, raw.as_mut_ptr().cast(), &mut len) };
    check(vm, r as i64)?;
    if buflen == 0 {
        let word = [raw[0], raw[1], raw[2], raw[3]];
        return make_int(libc::c_int::from_ne_bytes(word) as i64);
    }
    raw.truncate(len as usize);
    crate::objects::bytes::new_bytes(vm, &raw)
}

/// `_hotpy.socket_shutdown(fd, how)`.
pub fn socket_shutdown(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    let [fd, how] = args_n::<2>("shutdown", args, kwargs)?;
    let fd = fd_arg(vm, fd)?;
    let how = c_int_arg(vm, how)?;
    vm.irreversible()?;
    // SAFETY: shutdown takes integer arguments.
    let r = unsafe { libc::shutdown(fd, how) };
    check(vm, r as i64)?;
    Ok(NONE)
}

/// `_hotpy.socket_close(fd)`: closes, ignoring ECONNRESET as CPython does.
pub fn socket_close(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    let [fd] = args_n::<1>("close", args, kwargs)?;
    let fd = fd_arg(vm, fd)?;
    vm.irreversible()?;
    // SAFETY: close takes an integer; a bad descriptor is an error return.
    let r = unsafe { libc::close(fd) };
    if r < 0 {
        let code = errno();
        if code != libc::ECONNRESET {
            return Err(errno_error(vm, code));
        }
    }
    Ok(NONE)
}

/// `_hotpy.socket_getaddrinfo(host, port, family, type, proto, flags)` (host and port bytes
/// or None): a list of `(family, type, proto, canonname, sockaddr)`, or `(code, message)`
/// for a resolver error (gaierror).
pub fn socket_getaddrinfo(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    let [host, port, family, kind, proto, flags] = args_n::<6>("getaddrinfo", args, kwargs)?;
    let text = |vm: &ThreadState, v: Value| -> Result<Option<std::ffi::CString>, Error> {
        if v == NONE {
            return Ok(None);
        }
        let raw = bytes_arg(vm, v)?;
        std::ffi::CString::new(raw)
            .map(Some)
            .map_err(|_| Error::new("ValueError", "embedded null character"))
    };
    let (host, port) = (text(vm, host)?, text(vm, port)?);
    // SAFETY: an all-zero addrinfo is a valid hints struct (no pointers set).
    let mut hints: libc::addrinfo = unsafe { std::mem::zeroed() };
    hints.ai_family = c_int_arg(vm, family)?;
    hints.ai_socktype = c_int_arg(vm, kind)?;
    hints.ai_protocol = c_int_arg(vm, proto)?;
    hints.ai_flags = c_int_arg(vm, flags)?;
    let (code, list, err) = vm.blocking(|| {
        let mut list: *mut libc::addrinfo = std::ptr::null_mut();
        let ptr =
            |c: &Option<std::ffi::CString>| c.as_ref().map_or(std::ptr::null(), |c| c.as_ptr());
        // SAFETY: host and port are null or NUL-terminated strings, `hints` is initialised;
        // the result list is freed below with freeaddrinfo.
        let code = unsafe { libc::getaddrinfo(ptr(&host), ptr(&port), &hints, &mut list) };
        (code, list as usize, errno())
    })?;
    if code != 0 {
        if code == libc::EAI_SYSTEM {
            return Err(errno_error(vm, err));
        }
        // SAFETY: gai_strerror returns a static string.
        let message = unsafe { std::ffi::CStr::from_ptr(libc::gai_strerror(code)) }
            .to_string_lossy()
            .into_owned();
        let message = new_str(vm, &message)?;
        return crate::objects::sequence::new_tuple(vm, &[make_int(code as i64)?, message]);
    }
    let mut entries: Vec<(i64, i64, i64, String, Vec<u8>)> = Vec::new();
    let mut at = list as *mut libc::addrinfo;
    while !at.is_null() {
        // SAFETY: `at` walks the list getaddrinfo returned, not freed yet; each entry's
        // address is `ai_addrlen` bytes and its canonical name null or NUL-terminated.
        unsafe {
            let info = &*at;
            let name = if info.ai_canonname.is_null() {
                String::new()
            } else {
                std::ffi::CStr::from_ptr(info.ai_canonname)
                    .to_string_lossy()
                    .into_owned()
            };
            let addr =
                std::slice::from_raw_parts(info.ai_addr.cast::<u8>(), info.ai_addrlen as usize)
                    .to_vec();
            entries.push((
                info.ai_family as i64,
                info.ai_socktype as i64,
                info.ai_protocol as i64,
                name,
                addr,
            ));
            at = info.ai_next;
        }
    }
    // SAFETY: the list came from getaddrinfo and is freed once.
    unsafe { libc::freeaddrinfo(list as *mut libc::addrinfo) };
    crate::objects::sequence::of_made(vm, entries.len(), false, |vm, i| {
        let (family, kind, proto, name, addr) = &entries[i];
        let name = new_str(vm, name)?;
        let hn = vm.mutator().root(name);
        let addr = crate::objects::bytes::new_bytes(vm, addr)?;
        let name = vm.mutator().get(hn);
        let items = [
            make_int(*family)?,
            make_int(*kind)?,
            make_int(*proto)?,
            name,
            addr,
        ];
        crate::objects::sequence::new_tuple(vm, &items)
    })
}

/// `_hotpy.socket_gethostname()`.
pub fn socket_gethostname(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    args_n::<0>("gethostname", args, kwargs)?;
    let mut raw = [0u8; 256];
    // SAFETY: `raw` is writable for its length; the name is NUL-terminated within it.
    let r = unsafe { libc::gethostname(raw.as_mut_ptr().cast(), raw.len() - 1) };
    check(vm, r as i64)?;
    let end = raw.iter().position(|&b| b == 0).unwrap_or(raw.len());
    new_str(vm, &String::from_utf8_lossy(&raw[..end]))
}

/// `_hotpy.socket_info(fd)`: `(family, type, proto)` of an open socket.
pub fn socket_info(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    let [fd] = args_n::<1>("socket_info", args, kwargs)?;
    let fd = fd_arg(vm, fd)?;
    let mut values = [0 as libc::c_int; 3];
    for (slot, option) in values
        .iter_mut()
        .zip([libc::SO_DOMAIN, libc::SO_TYPE, libc::SO_PROTOCOL])
    {
        let mut len = std::mem::size_of::<libc::c_int>() as libc::socklen_t;
        // SAFETY: `slot` is a writable int and `len` its size.
        let r = unsafe {
            libc::getsockopt(
                fd,
                libc::SOL_SOCKET,
                option,
                (slot as *mut libc::c_int).cast(),
                &mut len,
            )
        };
        check(vm, r as i64)?;
    }
    let items = [
        make_int(values[0] as i64)?,
        make_int(values[1] as i64)?,
        make_int(values[2] as i64)?,
    ];
    crate::objects::sequence::new_tuple(vm, &items)
}

/// `_hotpy.socket_inet(family, value, to_text)`: `inet_ntop` (bytes to text) or `inet_pton`
/// (text to bytes) for AF_INET and AF_INET6.
pub fn socket_inet(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    use std::net::{Ipv4Addr, Ipv6Addr};
    let [family, value, to_text] = args_n::<3>("inet", args, kwargs)?;
    let family = c_int_arg(vm, family)?;
    if family != libc::AF_INET && family != libc::AF_INET6 {
        return Err(errno_error(vm, libc::EAFNOSUPPORT));
    }
    if crate::values::is_true(vm, to_text)? {
        let raw = bytes_arg(vm, value)?;
        let text = match (family == libc::AF_INET, raw.len()) {
            (true, 4) => Ipv4Addr::new(raw[0], raw[1], raw[2], raw[3]).to_string(),
            (false, 16) => {
                let mut octets = [0u8; 16];
                octets.copy_from_slice(&raw);
                Ipv6Addr::from(octets).to_string()
            }
            _ => {
                return Err(Error::new(
                    "ValueError",
                    "invalid length of packed IP address string",
                ));
            }
        };
        return new_str(vm, &text);
    }
    let Some(text) = crate::values::str_value(vm, value) else {
        return Err(Error::new(
            "TypeError",
            format!(
                "inet_pton() argument 2 must be str, not {}",
                type_name(vm, value)
            ),
        ));
    };
    let raw = if family == libc::AF_INET {
        text.parse::<Ipv4Addr>().map(|a| a.octets().to_vec())
    } else {
        text.parse::<Ipv6Addr>().map(|a| a.octets().to_vec())
    };
    match raw {
        Ok(raw) => crate::objects::bytes::new_bytes(vm, &raw),
        Err(_) => Err(Error::new(
            "OSError",
            "illegal IP address string passed to inet_pton",
        )),
    }
}

/// `_hotpy.socket_constants()`: the system's `AF_*`, `SOCK_*`, `SOL_*`, `SO_*`,
/// `IPPROTO_*`, `MSG_*`... numbers, as `(name, value)` pairs.
pub fn socket_constants(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    args_n::<0>("socket_constants", args, kwargs)?;
    super::select::pairs(vm, super::socket_names::CONSTANTS)
}
