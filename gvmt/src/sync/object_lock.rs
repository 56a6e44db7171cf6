//! Write-only object locks (HotPy's, the `locks` backend): a lock bit in each object's
//! header, taken by a thread that changes a mutable object and by nobody that only reads it.
//! No lock is taken until the VM turns them on ([`ObjectLocks::activate`], when its second
//! thread starts), so a one-thread program pays one load of a flag per write.
//!
//! The lock is two header bits ([`header::LOCKED`], [`header::LOCK_WAITERS`]) changed by
//! compare-and-swap, so it costs no space and needs no table. A lock may be held across an
//! allocation, so across a collection: the copy keeps both bits (`header::KEPT`), and a
//! waiter waits detached from the heap, holding the object by a handle, and looks at the
//! header again at the object's new place when it wakes.
//!
//! Waiting: a few spins, then the waiter sets `LOCK_WAITERS` (only while the object is
//! still locked) and sleeps on one event count shared by all objects; an unlock that finds
//! `LOCK_WAITERS` bumps the count and wakes the sleepers, which try again. Sleeps end after a
//! millisecond in any case, so a wake-up missed by a racing collection costs a millisecond,
//! never a hang.
//!
//! Owns: the lock bits' protocol and its statistics. Must not: decide which objects are
//! mutable or where a VM takes the locks (the VM's runtime does), or be used by a thread
//! that would hold it across a safepoint where it waits for another lock of the same
//! thread's making (locks are not re-entrant: the VM keeps track of what its thread holds).

use crate::gc::{Handle, Mutator};
use crate::rt::heap::{header, header_word};
use crate::rt::{Value, VmCtx};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Condvar, Mutex};
use std::time::Duration;

/// Spins before a waiter sleeps.
const SPINS: usize = 64;

/// The longest sleep between two looks at a lock.
const NAP: Duration = Duration::from_millis(1);

/// The object locks of one heap's threads, with their statistics.
#[derive(Default)]
pub struct ObjectLocks {
    active: AtomicBool,
    /// Bumped by each unlock that found waiters.
    event: Mutex<u64>,
    changed: Condvar,
    acquisitions: AtomicU64,
    contended: AtomicU64,
}

/// What `--sync-stats` reports for the `locks` backend.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ObjectLockStats {
    /// Locks taken.
    pub acquisitions: u64,
    /// Locks taken after waiting for another thread to release them.
    pub contended: u64,
}

impl ObjectLocks {
    /// Turns the locks on (for good): from now on writers take them.
    pub fn activate(&self) {
        self.active.store(true, Ordering::SeqCst);
    }

    /// True once the locks are on.
    #[inline]
    pub fn is_active(&self) -> bool {
        self.active.load(Ordering::Relaxed)
    }

    /// Takes `object`'s lock if it is free. Acquire ordering: what the last holder wrote is
    /// visible after.
    #[inline]
    pub fn try_lock(&self, ctx: &VmCtx, object: Value) -> bool {
        let word = header_word(ctx, object);
        let old = word.load(Ordering::Relaxed);
        if old & header::LOCKED != 0 {
            return false;
        }
        let taken = word
            .compare_exchange_weak(
                old,
                old | header::LOCKED,
                Ordering::Acquire,
                Ordering::Relaxed,
            )
            .is_ok();
        if taken {
            self.acquisitions.fetch_add(1, Ordering::Relaxed);
        }
        taken
    }

    /// Takes the lock of the object `h` holds, waiting (detached from the heap after a few
    /// spins) while another thread holds it. The object may move while this thread waits:
    /// it is read from the handle at each try.
    pub fn lock(&self, mutator: &mut Mutator, h: Handle) {
        let mut waited = false;
        loop {
            for _ in 0..SPINS {
                if self.try_lock(mutator.ctx(), mutator.get(h)) {
                    if waited {
                        self.contended.fetch_add(1, Ordering::Relaxed);
                    }
                    return;
                }
                std::hint::spin_loop();
            }
            waited = true;
            let seen = *self.event.lock().unwrap_or_else(|p| p.into_inner());
            if !self.mark_waiting(mutator.ctx(), mutator.get(h)) {
                continue;
            }
            mutator.blocking(|| self.wait_past(seen));
            // Another thread's collection may have been waiting for this one.
            mutator.safepoint();
        }
    }

    /// Sets `LOCK_WAITERS` on a locked object; false if it is no longer locked.
    fn mark_waiting(&self, ctx: &VmCtx, object: Value) -> bool {
        let word = header_word(ctx, object);
        let mut old = word.load(Ordering::Relaxed);
        loop {
            if old & header::LOCKED == 0 {
                return false;
            }
            match word.compare_exchange_weak(
                old,
                old | header::LOCK_WAITERS,
                Ordering::Relaxed,
                Ordering::Relaxed,
            ) {
                Ok(_) => return true,
                Err(now) => old = now,
            }
        }
    }

    /// Sleeps until an unlock with waiters has happened since the event count was `seen`,
    /// or for [`NAP`].
    fn wait_past(&self, seen: u64) {
        let event = self.event.lock().unwrap_or_else(|p| p.into_inner());
        if *event == seen {
            drop(
                self.changed
                    .wait_timeout(event, NAP)
                    .unwrap_or_else(|p| p.into_inner()),
            );
        }
    }

    /// Releases `object`'s lock (which this thread holds), waking the waiters if there
    /// are any. Release ordering: what this thread wrote is visible to the next holder.
    #[inline]
    pub fn unlock(&self, ctx: &VmCtx, object: Value) {
        let old = header_word(ctx, object).fetch_and(!header::KEPT, Ordering::Release);
        debug_assert!(
            old & header::LOCKED != 0,
            "gvmt: unlock of an unlocked object"
        );
        if old & header::LOCK_WAITERS != 0 {
            *self.event.lock().unwrap_or_else(|p| p.into_inner()) += 1;
            self.changed.notify_all();
        }
    }

    /// True if `object` is locked (by any thread).
    pub fn is_locked(&self, ctx: &VmCtx, object: Value) -> bool {
        header_word(ctx, object).load(Ordering::Relaxed) & header::LOCKED != 0
    }

    pub fn stats(&self) -> ObjectLockStats {
        ObjectLockStats {
            acquisitions: self.acquisitions.load(Ordering::Relaxed),
            contended: self.contended.load(Ordering::Relaxed),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locks_are_off_until_activated() {
        let locks = ObjectLocks::default();
        assert!(!locks.is_active());
        locks.activate();
        assert!(locks.is_active());
        assert_eq!(locks.stats(), ObjectLockStats::default());
    }
}
