//! The global interpreter lock: one mutator thread runs at a time. A thread that waits for
//! the lock longer than the switch interval asks the holder to hand it over by setting the
//! holder's [`TIME_SLICE`] interrupt bit; the holder, at its next safepoint, calls
//! [`Gil::yield_to_waiter`], which releases the lock and waits until another thread has
//! taken it (CPython's forced switching, so that a busy thread cannot take the lock straight
//! back). Blocking calls release the lock around the wait ([`Gil::release`] then
//! [`Gil::acquire`]).
//!
//! Besides the lock, an event counter with a condition variable lets threads wait for "some
//! VM-level lock was released" without holding the GIL ([`Gil::wait_for_event`]): the
//! VM's own lock objects are plain heap state changed under the GIL.

use crate::rt::interrupt::TIME_SLICE;
use std::sync::atomic::{AtomicU32, AtomicU64, Ordering};
use std::sync::{Condvar, Mutex, MutexGuard};
use std::time::{Duration, Instant};

/// The lock's shared state (under [`Gil::state`]).
struct State {
    held: bool,
    /// The holder's interrupt word (its `VmCtx::interrupt`, boxed by its mutator): valid
    /// while it holds the lock, which it cannot give up without this mutex.
    holder: *const AtomicU32,
    /// Threads waiting in [`Gil::acquire`].
    waiting: usize,
    /// Acquisitions so far: a waiter that sees it unchanged for a whole interval asks for
    /// the lock, and a yielding holder waits for it to change.
    acquisitions: u64,
    /// Acquisitions that followed a hand-over request (the `gil` line of `--sync-stats`).
    handovers: u64,
    /// Bumped by [`Gil::notify_event`].
    events: u64,
    /// Threads in [`Gil::wait_for_event`].
    event_waiters: usize,
}

// SAFETY: `holder` is only dereferenced under the mutex, while the thread it belongs to
// holds the lock (and so keeps its mutator, which owns the interrupt word, alive).
unsafe impl Send for State {}

/// What the lock did: acquisitions and hand-overs forced by a waiting thread.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GilStats {
    pub acquisitions: u64,
    pub handovers: u64,
}

/// The global interpreter lock.
pub struct Gil {
    state: Mutex<State>,
    /// Signalled when the lock is released or taken.
    turn: Condvar,
    /// Signalled by [`Gil::notify_event`].
    event: Condvar,
    /// The switch interval, in microseconds.
    interval_us: AtomicU64,
}

impl Default for Gil {
    fn default() -> Gil {
        Gil::new(Duration::from_millis(5))
    }
}

impl Gil {
    /// A released lock handed over every `interval` (CPython's default is 5 ms).
    pub fn new(interval: Duration) -> Gil {
        Gil {
            state: Mutex::new(State {
                held: false,
                holder: std::ptr::null(),
                waiting: 0,
                acquisitions: 0,
                handovers: 0,
                events: 0,
                event_waiters: 0,
            }),
            turn: Condvar::new(),
            event: Condvar::new(),
            interval_us: AtomicU64::new(interval.as_micros().max(1) as u64),
        }
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The switch interval (`sys.getswitchinterval`).
    pub fn interval(&self) -> Duration {
        Duration::from_micros(self.interval_us.load(Ordering::Relaxed))
    }

    /// Sets the switch interval (`sys.setswitchinterval`); at least a microsecond.
    pub fn set_interval(&self, interval: Duration) {
        let us = interval.as_micros().clamp(1, u64::MAX as u128) as u64;
        self.interval_us.store(us, Ordering::Relaxed);
    }

    /// Takes the lock for the thread whose interrupt word is `interrupt`, waiting as long as
    /// it takes. The caller must be detached from the heap while this waits.
    pub fn acquire(&self, interrupt: &AtomicU32) {
        let mut st = self.lock();
        let mut asked = false;
        if st.held {
            st.waiting += 1;
            while st.held {
                let seen = st.acquisitions;
                let (next, wait) = self
                    .turn
                    .wait_timeout(st, self.interval())
                    .unwrap_or_else(|p| p.into_inner());
                st = next;
                if st.held && wait.timed_out() && st.acquisitions == seen {
                    // The holder kept the lock a whole interval: ask it to hand over.
                    // SAFETY: see `State::holder`.
                    unsafe { (*st.holder).fetch_or(TIME_SLICE, Ordering::AcqRel) };
                    asked = true;
                }
            }
            st.waiting -= 1;
        }
        st.held = true;
        st.holder = interrupt;
        st.acquisitions += 1;
        st.handovers += asked as u64;
        drop(st);
        self.turn.notify_all();
    }

    /// Gives the lock up (the caller holds it).
    pub fn release(&self) {
        let mut st = self.lock();
        debug_assert!(st.held, "release of a GIL not held");
        st.held = false;
        st.holder = std::ptr::null();
        drop(st);
        self.turn.notify_all();
    }

    /// At a safepoint after a hand-over request: if a thread waits, releases the lock, waits
    /// until another thread has taken it, and takes it again. The caller must be detached
    /// from the heap while this waits. Returns whether it handed over.
    pub fn yield_to_waiter(&self, interrupt: &AtomicU32) -> bool {
        let mut st = self.lock();
        if st.waiting == 0 {
            return false;
        }
        let seen = st.acquisitions;
        st.held = false;
        st.holder = std::ptr::null();
        self.turn.notify_all();
        while st.acquisitions == seen && st.waiting > 0 {
            st = self.turn.wait(st).unwrap_or_else(|p| p.into_inner());
        }
        drop(st);
        self.acquire(interrupt);
        true
    }

    /// True if a thread waits for the lock.
    pub fn contended(&self) -> bool {
        self.lock().waiting > 0
    }

    /// The event count: pass it to [`Gil::wait_for_event`] to wait for the next event.
    pub fn events(&self) -> u64 {
        self.lock().events
    }

    /// Something threads may be waiting for happened (a VM lock was released).
    pub fn notify_event(&self) {
        let mut st = self.lock();
        st.events += 1;
        // A waiter counts itself under the lock before it looks at `events`, so none is
        // missed; with none, the wake-up (a system call) is skipped.
        let waiting = st.event_waiters > 0;
        drop(st);
        if waiting {
            self.event.notify_all();
        }
    }

    /// Waits (without the lock, detached from the heap) until an event after `seen`, or
    /// `deadline`. Returns false if the deadline passed first.
    pub fn wait_for_event(&self, seen: u64, deadline: Option<Instant>) -> bool {
        let mut st = self.lock();
        st.event_waiters += 1;
        let mut happened = true;
        while st.events == seen {
            match deadline {
                None => st = self.event.wait(st).unwrap_or_else(|p| p.into_inner()),
                Some(d) => {
                    let now = Instant::now();
                    if now >= d {
                        happened = false;
                        break;
                    }
                    st = self
                        .event
                        .wait_timeout(st, d - now)
                        .unwrap_or_else(|p| p.into_inner())
                        .0;
                }
            }
        }
        st.event_waiters -= 1;
        happened
    }

    /// True while some thread waits in [`Gil::wait_for_event`].
    pub fn has_event_waiters(&self) -> bool {
        self.lock().event_waiters > 0
    }

    /// Acquisitions and forced hand-overs so far.
    pub fn stats(&self) -> GilStats {
        let st = self.lock();
        GilStats {
            acquisitions: st.acquisitions,
            handovers: st.handovers,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;
    use std::sync::atomic::AtomicUsize;

    /// Two threads share a counter under the lock: a thread that never blocks hands the lock
    /// over when the other asks, at its "safepoints", and no increment is lost.
    #[test]
    fn a_busy_holder_hands_over_at_safepoints() {
        let gil = Arc::new(Gil::new(Duration::from_micros(200)));
        let counter = Arc::new(AtomicUsize::new(0));
        let threads: Vec<_> = (0..2)
            .map(|_| {
                let (gil, counter) = (Arc::clone(&gil), Arc::clone(&counter));
                std::thread::spawn(move || {
                    let interrupt = Box::new(AtomicU32::new(0));
                    gil.acquire(&interrupt);
                    for _ in 0..20_000 {
                        // Not atomic: only correct because one thread runs at a time.
                        let v = counter.load(Ordering::Relaxed);
                        counter.store(v + 1, Ordering::Relaxed);
                        if interrupt.fetch_and(!TIME_SLICE, Ordering::AcqRel) & TIME_SLICE != 0 {
                            gil.yield_to_waiter(&interrupt);
                        }
                    }
                    gil.release();
                })
            })
            .collect();
        for t in threads {
            t.join().unwrap();
        }
        assert_eq!(counter.load(Ordering::Relaxed), 40_000);
        assert!(gil.stats().acquisitions >= 2);
    }

    #[test]
    fn an_event_wakes_a_waiter_and_a_deadline_ends_a_wait() {
        let gil = Arc::new(Gil::default());
        let seen = gil.events();
        assert!(!gil.wait_for_event(seen, Some(Instant::now() + Duration::from_millis(5))));
        let waiter = {
            let gil = Arc::clone(&gil);
            std::thread::spawn(move || gil.wait_for_event(seen, None))
        };
        std::thread::sleep(Duration::from_millis(5));
        gil.notify_event();
        assert!(waiter.join().unwrap());
    }

    #[test]
    fn yielding_without_a_waiter_keeps_the_lock() {
        let gil = Gil::default();
        let interrupt = AtomicU32::new(0);
        gil.acquire(&interrupt);
        assert!(!gil.yield_to_waiter(&interrupt));
        assert!(!gil.contended());
        gil.release();
        assert_eq!(gil.stats().acquisitions, 1);
    }
}
