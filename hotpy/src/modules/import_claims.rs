//! Which thread is importing which module: CPython's per-module import locks. A thread claims
//! a module's name before it finds and loads it and gives the claim back when the load ends
//! (either way); another thread importing that name meanwhile waits, then finds the module
//! in `sys.modules` (or loads it itself if the first load failed). A wait that would close a
//! cycle (thread A loads X, whose body imports Y, which thread B is loading and whose body
//! imports X) is a deadlock: as CPython, the second importer takes the partially initialized
//! module instead of waiting.
//!
//! This file owns the claims table only (kept in the interpreter's tables, outside the
//! heap); `import.rs` decides when to claim, wait and release.

use std::collections::HashMap;

/// The claims: module name → importing thread, and thread → the name it waits for.
#[derive(Debug, Default)]
pub struct ImportClaims {
    owners: HashMap<String, u64>,
    waiting: HashMap<u64, String>,
}

/// What a thread importing a name should do.
#[derive(Debug, PartialEq, Eq)]
pub enum Claim {
    /// Nobody else is loading it: the caller now holds the claim and must release it.
    Claimed,
    /// The caller is loading it already (a circular import in one thread).
    Reentrant,
    /// Another thread is loading it: wait, then look again.
    Wait,
    /// Waiting would deadlock: take what `sys.modules` holds.
    Deadlock,
}

impl ImportClaims {
    /// Whether another thread holds `name`, and if so whether waiting for it would deadlock
    /// (the claim is not taken: see [`ImportClaims::claim`]).
    pub fn held_by_other(&self, name: &str, me: u64) -> Option<Claim> {
        let &owner = self.owners.get(name)?;
        if owner == me {
            return None;
        }
        Some(if self.leads_back(owner, me) {
            Claim::Deadlock
        } else {
            Claim::Wait
        })
    }

    /// Claims `name` for thread `me` if no other thread holds it.
    pub fn claim(&mut self, name: &str, me: u64) -> Claim {
        match self.owners.get(name) {
            None => {
                self.owners.insert(name.to_string(), me);
                Claim::Claimed
            }
            Some(&owner) if owner == me => Claim::Reentrant,
            Some(_) => self.held_by_other(name, me).unwrap_or(Claim::Reentrant),
        }
    }

    /// Gives back thread `me`'s claim on `name`.
    pub fn release(&mut self, name: &str, me: u64) {
        if self.owners.get(name) == Some(&me) {
            self.owners.remove(name);
        }
    }

    /// Records that thread `me` waits for `name` (`None`: waits no more).
    pub fn set_waiting(&mut self, me: u64, name: Option<&str>) {
        match name {
            Some(n) => {
                self.waiting.insert(me, n.to_string());
            }
            None => {
                self.waiting.remove(&me);
            }
        }
    }

    /// Whether `thread`'s chain of waits reaches thread `me` (so `me` waiting for `thread`
    /// would close a cycle).
    fn leads_back(&self, mut thread: u64, me: u64) -> bool {
        // Each step follows a different thread; more steps than threads is a cycle not
        // through `me`, which is not `me`'s to break.
        for _ in 0..=self.waiting.len() {
            if thread == me {
                return true;
            }
            let Some(owner) = self.waiting.get(&thread).and_then(|n| self.owners.get(n)) else {
                return false;
            };
            thread = *owner;
        }
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_thread_claims_the_others_wait() {
        let mut c = ImportClaims::default();
        assert_eq!(c.claim("x", 1), Claim::Claimed);
        assert_eq!(c.claim("x", 1), Claim::Reentrant);
        assert_eq!(c.held_by_other("x", 1), None);
        assert_eq!(c.claim("x", 2), Claim::Wait);
        assert_eq!(c.held_by_other("x", 2), Some(Claim::Wait));
        c.release("x", 2);
        assert_eq!(c.held_by_other("x", 2), Some(Claim::Wait));
        c.release("x", 1);
        assert_eq!(c.held_by_other("x", 2), None);
        assert_eq!(c.claim("x", 2), Claim::Claimed);
    }

    #[test]
    fn a_wait_closing_a_cycle_is_a_deadlock() {
        let mut c = ImportClaims::default();
        assert_eq!(c.claim("x", 1), Claim::Claimed);
        assert_eq!(c.claim("y", 2), Claim::Claimed);
        // Thread 1 (loading x) waits for y...
        assert_eq!(c.claim("y", 1), Claim::Wait);
        c.set_waiting(1, Some("y"));
        // ...so thread 2 (loading y) must not wait for x.
        assert_eq!(c.claim("x", 2), Claim::Deadlock);
        // A third thread waits for either without deadlock.
        assert_eq!(c.claim("x", 3), Claim::Wait);
        c.set_waiting(1, None);
        assert_eq!(c.claim("x", 2), Claim::Wait);
    }

    #[test]
    fn longer_cycles_are_found() {
        let mut c = ImportClaims::default();
        for (name, t) in [("a", 1), ("b", 2), ("c", 3)] {
            assert_eq!(c.claim(name, t), Claim::Claimed);
        }
        c.set_waiting(1, Some("b"));
        c.set_waiting(2, Some("c"));
        assert_eq!(c.claim("a", 3), Claim::Deadlock);
        assert_eq!(c.claim("a", 4), Claim::Wait);
    }
}
