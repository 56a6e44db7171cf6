//! Weak references: a handle that names an object (the referent) without keeping it alive.
//! The table holds each weak reference's referent offset and, optionally, the offset of the
//! heap object that owns the reference (a VM's weak-reference object). A collection forwards
//! the offsets of objects it copied and clears those of objects it left behind (dead), like
//! the identity table: reading a cleared reference gives `None`; an entry whose owner died is
//! released (the owner can no longer ask); an owner that asked to be told
//! ([`WeakTable::add`]'s `notify`) and outlived its referent is handed back to the VM, which
//! runs its callback (Python's `weakref.ref(obj, callback)`).
//!
//! Owns: the table and its index by referent. Must not: trace through it (neither referents
//! nor owners are roots; the heap roots the owners it hands back until the VM takes them).

use super::RawHeap;
use super::space::Space;
use crate::rt::heap::header::{FORWARDED, forwardee};
use std::collections::HashMap;

/// A weak reference: an index in the heap's weak table, valid until released.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Weak(pub(crate) usize);

impl Weak {
    /// The reference's index (for a VM that stores it in a heap object).
    pub fn index(self) -> usize {
        self.0
    }

    /// The weak reference with index `i` (as [`Weak::index`] gave it).
    pub fn from_index(i: usize) -> Weak {
        Weak(i)
    }
}

/// A slot that is free (on the free list) rather than cleared.
const FREE: usize = usize::MAX;

#[derive(Clone, Copy)]
struct Entry {
    /// The referent's offset; 0 once it died, [`FREE`] for released slots.
    referent: usize,
    /// The owner's offset, 0 for none (the VM releases the reference itself).
    owner: usize,
    /// Hand the owner back when the referent dies.
    notify: bool,
}

#[derive(Default)]
pub(crate) struct WeakTable {
    entries: Vec<Entry>,
    free: Vec<usize>,
    /// Live referent offset -> the entries naming it, in the order they were made.
    by_referent: HashMap<usize, Vec<usize>>,
}

impl WeakTable {
    pub fn add(&mut self, referent: usize, owner: usize, notify: bool) -> Weak {
        let entry = Entry {
            referent,
            owner,
            notify,
        };
        let i = match self.free.pop() {
            Some(i) => {
                self.entries[i] = entry;
                i
            }
            None => {
                self.entries.push(entry);
                self.entries.len() - 1
            }
        };
        self.by_referent.entry(referent).or_default().push(i);
        Weak(i)
    }

    /// The referent's offset, or None once it died.
    pub fn get(&self, w: Weak) -> Option<usize> {
        match self.entries.get(w.0) {
            Some(e) if e.referent != 0 && e.referent != FREE => Some(e.referent),
            _ => None,
        }
    }

    pub fn release(&mut self, w: Weak) {
        let Some(entry) = self.entries.get_mut(w.0) else {
            return;
        };
        if entry.referent == FREE {
            return;
        }
        let referent = std::mem::replace(&mut entry.referent, FREE);
        self.free.push(w.0);
        if let Some(list) = self.by_referent.get_mut(&referent) {
            list.retain(|&i| i != w.0);
            if list.is_empty() {
                self.by_referent.remove(&referent);
            }
        }
    }

    /// Whether some live weak reference names `referent`.
    pub fn is_referent(&self, referent: usize) -> bool {
        self.by_referent.contains_key(&referent)
    }

    /// The owners of the weak references to `referent` that have one, oldest first.
    pub fn owners_of(&self, referent: usize) -> Vec<usize> {
        self.by_referent
            .get(&referent)
            .map(|list| {
                list.iter()
                    .map(|&i| self.entries[i].owner)
                    .filter(|&o| o != 0)
                    .collect()
            })
            .unwrap_or_default()
    }

    /// After copying out of `condemned` (still intact): moves the references to copied
    /// objects to their new offsets, clears those to objects left behind, releases the
    /// entries whose owner was left behind, and pushes onto `notify` the (new) offsets of the
    /// owners that asked to hear of their referent's death.
    pub fn forward(&mut self, heap: RawHeap, condemned: &[Space], notify: &mut Vec<usize>) {
        let in_condemned = |offset: usize| condemned.iter().any(|s| s.contains(offset));
        // Where `offset` is after the copy: itself, its copy's offset, or 0 (dead).
        let moved = |offset: usize| {
            if offset == 0 || !in_condemned(offset) {
                return offset;
            }
            let header = heap.word(offset);
            if header & FORWARDED != 0 {
                forwardee(header)
            } else {
                0
            }
        };
        // Owners an earlier copy of this collection queued (a minor copy before a major one)
        // may have moved again; one no longer alive is not told.
        notify.retain_mut(|owner| {
            *owner = moved(*owner);
            *owner != 0
        });
        let mut changed = false;
        for (i, entry) in self.entries.iter_mut().enumerate() {
            if entry.referent == FREE {
                continue;
            }
            let referent = moved(entry.referent);
            let owner = moved(entry.owner);
            changed |= referent != entry.referent || owner != entry.owner;
            if entry.owner != 0 && owner == 0 {
                entry.referent = FREE;
                self.free.push(i);
                continue;
            }
            if entry.referent != 0 && referent == 0 && entry.notify && owner != 0 {
                notify.push(owner);
            }
            entry.referent = referent;
            entry.owner = owner;
        }
        if changed {
            self.by_referent.clear();
            for (i, entry) in self.entries.iter().enumerate() {
                if entry.referent != 0 && entry.referent != FREE {
                    self.by_referent.entry(entry.referent).or_default().push(i);
                }
            }
        }
    }

    /// Weak references not released (live or cleared).
    pub fn len(&self) -> usize {
        self.entries.len() - self.free.len()
    }
}
