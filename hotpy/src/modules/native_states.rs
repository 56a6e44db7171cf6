//! Native state that Python objects hold by id: a running hash, a zlib stream. The Python
//! object keeps the id (an int) and frees the state when it dies (`weakref.finalize`).
//!
//! Owns: the registries and the ids. Must not: know what a state is.

use std::collections::HashMap;
use std::sync::Mutex;
use std::sync::atomic::{AtomicI64, Ordering};

/// Ids are unique across every registry.
static NEXT_ID: AtomicI64 = AtomicI64::new(1);

/// The states of one kind, by id; shared by every thread.
pub struct Registry<T> {
    states: Mutex<Option<HashMap<i64, T>>>,
}

impl<T> Registry<T> {
    pub const fn new() -> Self {
        Registry {
            states: Mutex::new(None),
        }
    }

    fn with_map<R>(&self, f: impl FnOnce(&mut HashMap<i64, T>) -> R) -> R {
        let mut guard = self.states.lock().unwrap_or_else(|e| e.into_inner());
        f(guard.get_or_insert_with(HashMap::new))
    }

    /// Keeps `state`: its new id.
    pub fn add(&self, state: T) -> i64 {
        let id = NEXT_ID.fetch_add(1, Ordering::Relaxed);
        self.with_map(|m| m.insert(id, state));
        id
    }

    /// `f` applied to state `id`, or None if there is no such state (freed).
    pub fn with<R>(&self, id: i64, f: impl FnOnce(&mut T) -> R) -> Option<R> {
        self.with_map(|m| m.get_mut(&id).map(f))
    }

    /// Drops state `id` (nothing if it is gone already).
    pub fn remove(&self, id: i64) {
        // Dropped outside the lock: a state's Drop may be slow (zlib's end).
        let state = self.with_map(|m| m.remove(&id));
        drop(state);
    }
}

impl<T> Default for Registry<T> {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_find_their_states_until_removed() {
        let r: Registry<String> = Registry::new();
        let a = r.add("a".into());
        let b = r.add("b".into());
        assert_ne!(a, b);
        assert_eq!(r.with(a, |s| s.clone()).as_deref(), Some("a"));
        r.with(b, |s| s.push('!'));
        assert_eq!(r.with(b, |s| s.clone()).as_deref(), Some("b!"));
        r.remove(a);
        assert!(r.with(a, |_| ()).is_none());
        r.remove(a);
    }
}
