//! Operating-system signals. The handler (async-signal-safe: two atomic operations) marks
//! its signal pending and sets the `SIGNAL` bit of the main VM's `interrupt` word (the
//! collector's bit is its own), so the next backward jump or call polls and [`check`] acts
//! on it, in the main thread only (as CPython): a signal with a Python handler (the
//! `signal` module, `hotpy/lib/_signal.py`) calls `_signal._dispatch(signum)`; SIGINT without
//! one is KeyboardInterrupt.
//!
//! Owns: the process's signal dispositions for the signals hotpy handles, the pending set.
//! Must not: run Python code in the handler itself, or in a thread other than the main VM's.

use crate::vm::{Error, ThreadState};
use gvmt::rt::Vm;
use std::sync::atomic::{AtomicI32, AtomicPtr, AtomicU32, AtomicU64, Ordering};

/// The signals that arrived and were not acted on yet (bit `n - 1` for signal `n`).
static PENDING: AtomicU64 = AtomicU64::new(0);
/// The signals whose handler is a Python callable (`signal.signal(n, f)`).
static PYTHON_HANDLED: AtomicU64 = AtomicU64::new(0);
/// The `interrupt` flag of the main VM, which handles signals.
static INTERRUPT: AtomicPtr<AtomicU32> = AtomicPtr::new(std::ptr::null_mut());

/// The file descriptor each arriving signal's number is written to (`signal.set_wakeup_fd`;
/// -1: none).
static WAKEUP_FD: AtomicI32 = AtomicI32::new(-1);

/// Sets the wakeup file descriptor; the previous one.
pub fn set_wakeup_fd(fd: i32) -> i32 {
    WAKEUP_FD.swap(fd, Ordering::SeqCst)
}

/// The number of signal numbers (`signal.NSIG`): 1 to 64 on Linux.
pub const NSIG: i64 = 65;

fn bit(signal: i64) -> u64 {
    1 << (signal - 1)
}

extern "C" fn on_signal(signal: libc::c_int) {
    if (1..NSIG).contains(&(signal as i64)) {
        PENDING.fetch_or(bit(signal as i64), Ordering::SeqCst);
    }
    let fd = WAKEUP_FD.load(Ordering::SeqCst);
    if fd >= 0 {
        let byte = signal as u8;
        // SAFETY: write is async-signal-safe; a full or closed descriptor loses the byte,
        // as CPython's does (it is a wakeup, the pending bit is the record).
        unsafe { libc::write(fd, (&byte as *const u8).cast(), 1) };
    }
    let flag = INTERRUPT.load(Ordering::SeqCst);
    if !flag.is_null() {
        // SAFETY: set by `install` to the VM context's flag, which lives as long as the VM
        // (`uninstall` clears it first); an atomic read-modify-write is async-signal-safe.
        unsafe { (*flag).fetch_or(gvmt::rt::interrupt::SIGNAL, Ordering::SeqCst) };
    }
}

/// Routes signals to `vm` (the main VM thread, which takes them: see
/// [`block_in_this_thread`]) and handles SIGINT.
pub fn install(vm: &ThreadState) {
    let flag = &vm.vmctx().interrupt as *const AtomicU32 as *mut AtomicU32;
    INTERRUPT.store(flag, Ordering::SeqCst);
    let _ = set_action(libc::SIGINT as i64, Action::Handle);
    mask_asynchronous(libc::SIG_UNBLOCK);
}

/// Blocks the asynchronous signals in the calling thread: the command line's first thread,
/// which only waits for the VM's thread, so that a signal sent to the process (`os.kill` of
/// its own pid) reaches the VM's main thread and its handler runs before `os.kill` returns,
/// as in CPython. The threads it starts inherit the mask; [`install`] unblocks them in the
/// VM's thread.
pub fn block_in_this_thread() {
    mask_asynchronous(libc::SIG_BLOCK);
}

/// Blocks or unblocks (`how`) every signal but those a fault raises in the faulting thread.
fn mask_asynchronous(how: libc::c_int) {
    // SAFETY: the set is initialised by sigfillset before use; pthread_sigmask changes only
    // the calling thread's mask.
    unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigfillset(&mut set);
        for fault in [
            libc::SIGSEGV,
            libc::SIGBUS,
            libc::SIGFPE,
            libc::SIGILL,
            libc::SIGTRAP,
        ] {
            libc::sigdelset(&mut set, fault);
        }
        libc::pthread_sigmask(how, &set, std::ptr::null_mut());
    }
}

/// Stops routing signals to a VM (before it goes away).
pub fn uninstall() {
    INTERRUPT.store(std::ptr::null_mut(), Ordering::SeqCst);
}

/// Stops routing signals to `vm` if it is the VM that receives them (when it is dropped).
pub fn forget(vm: &ThreadState) {
    let flag = &vm.vmctx().interrupt as *const AtomicU32 as *mut AtomicU32;
    let _ = INTERRUPT.compare_exchange(
        flag,
        std::ptr::null_mut(),
        Ordering::SeqCst,
        Ordering::SeqCst,
    );
}

/// True if `vm` is the VM that receives signals (the main thread's).
pub fn is_main(vm: &ThreadState) -> bool {
    let flag = &vm.vmctx().interrupt as *const AtomicU32 as *mut AtomicU32;
    INTERRUPT.load(Ordering::SeqCst) == flag
}

/// True if a signal is waiting to be acted on (a blocking call stops waiting for it).
pub fn pending() -> bool {
    PENDING.load(Ordering::SeqCst) != 0
}

/// What the process does on a signal.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Action {
    /// The system's default (`SIG_DFL`).
    Default,
    /// Nothing (`SIG_IGN`).
    Ignore,
    /// hotpy's handler: pending until the main thread polls.
    Handle,
    /// A Python function, called when the main thread polls.
    Python,
}

/// Sets the action for `signal`; the system's error (EINVAL for SIGKILL) if it refuses.
pub fn set_action(signal: i64, action: Action) -> std::io::Result<()> {
    let handler = match action {
        Action::Default => libc::SIG_DFL,
        Action::Ignore => libc::SIG_IGN,
        Action::Handle | Action::Python => on_signal as *const () as libc::sighandler_t,
    };
    // SAFETY: a zeroed sigaction is valid; the handler only performs atomic operations.
    let result = unsafe {
        let mut act: libc::sigaction = std::mem::zeroed();
        act.sa_sigaction = handler;
        libc::sigemptyset(&mut act.sa_mask);
        libc::sigaction(signal as libc::c_int, &act, std::ptr::null_mut())
    };
    if result != 0 {
        return Err(std::io::Error::last_os_error());
    }
    if action == Action::Python {
        PYTHON_HANDLED.fetch_or(bit(signal), Ordering::SeqCst);
    } else {
        PYTHON_HANDLED.fetch_and(!bit(signal), Ordering::SeqCst);
    }
    Ok(())
}

/// The action for `signal` now: `Default`, `Ignore`, or `Handle` for any handler.
pub fn action(signal: i64) -> std::io::Result<Action> {
    // SAFETY: querying (a null new action) into a zeroed sigaction.
    let (result, act) = unsafe {
        let mut old: libc::sigaction = std::mem::zeroed();
        let r = libc::sigaction(signal as libc::c_int, std::ptr::null(), &mut old);
        (r, old)
    };
    if result != 0 {
        return Err(std::io::Error::last_os_error());
    }
    Ok(match act.sa_sigaction {
        libc::SIG_DFL => Action::Default,
        libc::SIG_IGN => Action::Ignore,
        _ if PYTHON_HANDLED.load(Ordering::SeqCst) & bit(signal) != 0 => Action::Python,
        _ => Action::Handle,
    })
}

/// Acts on the signals that arrived since the last check, in the main thread (clearing
/// `vm`'s signal bit, never another): each with a Python handler calls it; SIGINT without
/// one is KeyboardInterrupt. The signals not reached when one raises stay pending.
pub fn check(vm: &mut ThreadState) -> Result<(), Error> {
    vm.vmctx().clear_interrupt(gvmt::rt::interrupt::SIGNAL);
    if !is_main(vm) || PENDING.load(Ordering::Relaxed) == 0 {
        return Ok(());
    }
    let mut arrived = PENDING.swap(0, Ordering::SeqCst);
    while arrived != 0 {
        let signal = arrived.trailing_zeros() as i64 + 1;
        arrived &= !bit(signal);
        let result = if PYTHON_HANDLED.load(Ordering::SeqCst) & bit(signal) != 0 {
            dispatch(vm, signal)
        } else if signal == libc::SIGINT as i64 {
            Err(Error::new("KeyboardInterrupt", ""))
        } else {
            Ok(())
        };
        if result.is_err() && arrived != 0 {
            // The rest wait for the next poll.
            PENDING.fetch_or(arrived, Ordering::SeqCst);
            vm.vmctx().request_interrupt(gvmt::rt::interrupt::SIGNAL);
        }
        result?;
    }
    Ok(())
}

/// Calls `_signal._dispatch(signal)`: the Python handler of `signal`.
fn dispatch(vm: &mut ThreadState, signal: i64) -> Result<(), Error> {
    vm.irreversible()?;
    vm.handle_scope(|vm| {
        let module = crate::modules::import_absolute(vm, "_signal")?;
        let hm = vm.mutator().root(module);
        let name = crate::values::new_str(vm, "_dispatch")?;
        let module = vm.mutator().get(hm);
        let f = crate::protocols::attributes::get_attr(vm, module, name)?;
        vm.call(f, &[crate::values::make_int(signal)?], &[])?;
        Ok(())
    })
}

/// Sends `signal` to this process and acts on it at once (`signal.raise_signal`).
pub fn raise(vm: &mut ThreadState, signal: i64) -> Result<(), Error> {
    // SAFETY: raising a signal in this process.
    if unsafe { libc::raise(signal as libc::c_int) } != 0 {
        return Err(crate::modules::fd::last_error(vm, None));
    }
    check(vm)
}

/// After an uncaught KeyboardInterrupt: die by SIGINT, as CPython does (status 130 in a
/// shell).
pub fn exit_by_sigint() -> ! {
    // SAFETY: restoring the default action and raising the signal in this process.
    unsafe {
        libc::signal(libc::SIGINT, libc::SIG_DFL);
        libc::raise(libc::SIGINT);
    }
    std::process::exit(130)
}
