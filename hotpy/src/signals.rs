//! SIGINT becomes KeyboardInterrupt. The handler (async-signal-safe: two atomic operations)
//! marks the interrupt pending and sets the `SIGNAL` bit of the VM's `interrupt` word (the
//! collector's bit is its own), so the next backward jump or call polls
//! and [`check`] raises KeyboardInterrupt; calls check too, so loop-free recursion stops.

use crate::vm::{Error, ThreadState};
use gvmt::rt::Vm;
use std::sync::atomic::{AtomicBool, AtomicPtr, AtomicU32, Ordering};

static PENDING: AtomicBool = AtomicBool::new(false);
/// The `interrupt` flag of the VM that handles SIGINT.
static INTERRUPT: AtomicPtr<AtomicU32> = AtomicPtr::new(std::ptr::null_mut());

extern "C" fn on_sigint(_signal: libc::c_int) {
    PENDING.store(true, Ordering::SeqCst);
    let flag = INTERRUPT.load(Ordering::SeqCst);
    if !flag.is_null() {
        // SAFETY: set by `install` to the VM context's flag, which lives as long as the VM
        // (`uninstall` clears it first); an atomic read-modify-write is async-signal-safe.
        unsafe { (*flag).fetch_or(gvmt::rt::interrupt::SIGNAL, Ordering::SeqCst) };
    }
}

/// Routes SIGINT to `vm` (the main VM thread).
pub fn install(vm: &ThreadState) {
    let flag = &vm.vmctx().interrupt as *const AtomicU32 as *mut AtomicU32;
    INTERRUPT.store(flag, Ordering::SeqCst);
    // SAFETY: installing a handler that only performs atomic stores.
    unsafe {
        libc::signal(libc::SIGINT, on_sigint as *const () as libc::sighandler_t);
    }
}

/// Stops routing SIGINT to a VM (before it goes away).
pub fn uninstall() {
    INTERRUPT.store(std::ptr::null_mut(), Ordering::SeqCst);
}

/// Stops routing SIGINT to `vm` if it is the VM that receives it (called when it is dropped).
pub fn forget(vm: &ThreadState) {
    let flag = &vm.vmctx().interrupt as *const AtomicU32 as *mut AtomicU32;
    let _ = INTERRUPT.compare_exchange(
        flag,
        std::ptr::null_mut(),
        Ordering::SeqCst,
        Ordering::SeqCst,
    );
}

/// KeyboardInterrupt if SIGINT arrived since the last check (clearing `vm`'s signal bit,
/// never another).
pub fn check(vm: &ThreadState) -> Result<(), Error> {
    vm.vmctx().clear_interrupt(gvmt::rt::interrupt::SIGNAL);
    if PENDING.load(Ordering::Relaxed) && PENDING.swap(false, Ordering::SeqCst) {
        return Err(Error::new("KeyboardInterrupt", ""));
    }
    Ok(())
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
