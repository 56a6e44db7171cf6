//! The commit log: what each committed transaction changed (the whole of every object it
//! wrote or allocated, as it committed them), in commit order. A world is brought up to date
//! by importing the entries after its revision; a transaction is validated by checking
//! those entries against its read markers first.
//!
//! Owns: the entries, the revision counter and the inevitable token. Must not: touch worlds
//! or the heap (the caller copies).

use std::collections::VecDeque;

/// One committed transaction: each object it changed, at its heap offset (the words of
/// all of them in one array: a commit makes two allocations, not one per object).
#[derive(Default)]
pub(crate) struct Entry {
    /// Each object's heap offset, and where its words start in `words`.
    objects: Vec<(usize, usize)>,
    words: Vec<u64>,
    /// Validation checks the entry against read markers. Not for the objects an aborted
    /// transaction allocated (published so that nothing the VM keeps outside the heap can
    /// refer to memory no world has): no transaction could have read them.
    pub checked: bool,
}

pub(crate) struct Log {
    entries: VecDeque<Entry>,
    /// The revision before `entries[0]`: entry `i` made revision `base + i + 1`.
    base: u64,
    /// The heap epoch the entries' offsets belong to (a collection moves objects).
    pub epoch: u64,
    /// The thread whose transaction is inevitable, if one is: no other transaction commits
    /// while it runs, so it never has to abort.
    pub inevitable: Option<usize>,
    capacity: usize,
}

impl Log {
    pub fn new(capacity: usize) -> Log {
        Log {
            entries: VecDeque::new(),
            base: 0,
            epoch: 0,
            inevitable: None,
            capacity: capacity.max(1),
        }
    }

    /// The latest committed revision.
    pub fn revision(&self) -> u64 {
        self.base + self.entries.len() as u64
    }

    /// The entries after `revision`, or `None` if some were dropped (the world must be
    /// copied from the heap instead).
    pub fn since(&self, revision: u64) -> Option<impl Iterator<Item = (u64, &Entry)>> {
        if revision < self.base {
            return None;
        }
        let skip = (revision - self.base) as usize;
        Some(
            self.entries
                .iter()
                .enumerate()
                .skip(skip)
                .map(|(i, e)| (self.base + i as u64 + 1, e)),
        )
    }

    pub fn append(&mut self, entry: Entry) -> u64 {
        self.entries.push_back(entry);
        while self.entries.len() > self.capacity {
            self.entries.pop_front();
            self.base += 1;
        }
        self.revision()
    }

    /// A collection moved the objects: the entries' offsets mean nothing any more (every
    /// world is copied from the heap again).
    pub fn new_epoch(&mut self, epoch: u64) {
        self.base = self.revision();
        self.entries.clear();
        self.epoch = epoch;
    }
}

impl Entry {
    pub fn new(checked: bool) -> Entry {
        Entry {
            checked,
            ..Entry::default()
        }
    }

    pub fn push(&mut self, offset: usize, words: &[u64]) {
        self.objects.push((offset, self.words.len()));
        self.words.extend_from_slice(words);
    }

    pub fn is_empty(&self) -> bool {
        self.objects.is_empty()
    }

    pub fn len(&self) -> usize {
        self.objects.len()
    }

    /// The objects' offsets.
    pub fn offsets(&self) -> impl Iterator<Item = usize> + '_ {
        self.objects.iter().map(|&(o, _)| o)
    }

    /// Each object's offset and words.
    pub fn objects(&self) -> impl Iterator<Item = (usize, &[u64])> + '_ {
        self.objects.iter().enumerate().map(|(i, &(o, start))| {
            let end = self
                .objects
                .get(i + 1)
                .map_or(self.words.len(), |&(_, e)| e);
            (o, &self.words[start..end])
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(offset: usize) -> Entry {
        let mut e = Entry::new(true);
        e.push(offset, &[1, 2]);
        e.push(offset + 16, &[3]);
        e
    }

    #[test]
    fn entries_are_found_after_a_revision_until_they_are_dropped() {
        let mut log = Log::new(2);
        assert_eq!(log.append(entry(16)), 1);
        assert_eq!(log.append(entry(32)), 2);
        let after: Vec<u64> = log.since(1).unwrap().map(|(r, _)| r).collect();
        assert_eq!(after, [2]);
        assert_eq!(log.append(entry(48)), 3);
        // Revision 1 was dropped: a world at revision 0 must be copied afresh.
        assert!(log.since(0).is_none());
        let after: Vec<usize> = log
            .since(1)
            .unwrap()
            .flat_map(|(_, e)| e.offsets())
            .collect();
        assert_eq!(after, [32, 48, 48, 64]);
        let (_, last) = log.since(2).unwrap().next().unwrap();
        let objects: Vec<(usize, Vec<u64>)> =
            last.objects().map(|(o, w)| (o, w.to_vec())).collect();
        assert_eq!(objects, [(48, vec![1, 2]), (64, vec![3])]);
        log.new_epoch(1);
        assert_eq!(log.revision(), 3);
        assert!(log.since(2).is_none());
        assert_eq!(log.since(3).unwrap().count(), 0);
    }
}
