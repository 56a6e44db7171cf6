//! The commit log: what each committed transaction changed (the whole of every object it
//! wrote or allocated, as it committed them), in commit order. A world is brought up to date
//! by importing the entries after its revision; a transaction is validated by checking
//! those entries against its read markers first.
//!
//! Owns: the entries, the revision counter and the inevitable token. Must not: touch worlds
//! or the heap (the caller copies).

use std::collections::VecDeque;

/// One committed transaction: the objects it wrote, with their words as it committed them
/// (in one array: a commit makes two allocations, not one per object), and the runs of
/// objects it allocated.
#[derive(Default)]
pub(crate) struct Entry {
    pieces: Vec<(usize, Stored)>,
    words: Vec<u64>,
}

/// Where an entry's piece has its words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Stored {
    /// An object the transaction wrote: `len` words in the entry from `start`. Validation
    /// checks it against read markers.
    Here { start: usize, len: usize },
    /// A run of adjacent objects the transaction allocated, `len` words: not checked (no
    /// other transaction could have read them) and not copied into the log. Their words are
    /// read from the heap when the entry is imported: the commit wrote them there, and a
    /// later commit that changed them is imported in the same pass, so a world that imports
    /// up to the newest revision ends with the heap's state.
    InHeap { len: usize },
}

/// A piece's words, as an entry gives them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Piece<'a> {
    Words(&'a [u64]),
    /// `len` words to read from the heap (or, at commit, from the committing world).
    InHeap(usize),
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
    /// Words the entries hold, and the most they may.
    words: usize,
    max_words: usize,
}

impl Log {
    /// A log of at most `capacity` entries holding at most `bytes` of objects (but always
    /// the newest entry).
    pub fn new(capacity: usize, bytes: usize) -> Log {
        Log {
            entries: VecDeque::new(),
            base: 0,
            epoch: 0,
            inevitable: None,
            capacity: capacity.max(1),
            words: 0,
            max_words: bytes / 8,
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
        self.words += entry.words.len();
        self.entries.push_back(entry);
        while self.entries.len() > self.capacity
            || (self.words > self.max_words && self.entries.len() > 1)
        {
            let dropped = self.entries.pop_front().expect("more than one entry");
            self.words -= dropped.words.len();
            self.base += 1;
        }
        self.revision()
    }

    /// A collection moved the objects: the entries' offsets mean nothing any more (every
    /// world is copied from the heap again).
    pub fn new_epoch(&mut self, epoch: u64) {
        self.base = self.revision();
        self.entries.clear();
        self.words = 0;
        self.epoch = epoch;
    }
}

impl Entry {
    /// An object the transaction wrote, as it commits it.
    pub fn push_written(&mut self, offset: usize, words: &[u64]) {
        let start = self.words.len();
        self.words.extend_from_slice(words);
        self.pieces.push((
            offset,
            Stored::Here {
                start,
                len: words.len(),
            },
        ));
    }

    /// Objects the transaction allocated, `bytes` long from `offset` (merged with the piece
    /// before when they follow it in the heap).
    pub fn push_allocated(&mut self, offset: usize, bytes: usize) {
        if let Some((last, Stored::InHeap { len })) = self.pieces.last_mut()
            && *last + 8 * *len == offset
        {
            *len += bytes / 8;
            return;
        }
        self.pieces
            .push((offset, Stored::InHeap { len: bytes / 8 }));
    }

    pub fn is_empty(&self) -> bool {
        self.pieces.is_empty()
    }

    pub fn len(&self) -> usize {
        self.pieces.len()
    }

    /// The offsets of the objects validation checks.
    pub fn checked_offsets(&self) -> impl Iterator<Item = usize> + '_ {
        self.pieces
            .iter()
            .filter(|(_, s)| matches!(s, Stored::Here { .. }))
            .map(|&(o, _)| o)
    }

    /// Each piece's offset and words.
    pub fn pieces(&self) -> impl Iterator<Item = (usize, Piece<'_>)> + '_ {
        self.pieces.iter().map(|&(o, s)| match s {
            Stored::Here { start, len } => (o, Piece::Words(&self.words[start..start + len])),
            Stored::InHeap { len } => (o, Piece::InHeap(len)),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(offset: usize) -> Entry {
        let mut e = Entry::default();
        e.push_written(offset, &[1, 2]);
        e.push_written(offset + 16, &[3]);
        e
    }

    #[test]
    fn entries_are_found_after_a_revision_until_they_are_dropped() {
        let mut log = Log::new(2, 1 << 20);
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
            .flat_map(|(_, e)| e.checked_offsets())
            .collect();
        assert_eq!(after, [32, 48, 48, 64]);
        let (_, last) = log.since(2).unwrap().next().unwrap();
        let objects: Vec<(usize, Piece)> = last.pieces().collect();
        assert_eq!(
            objects,
            [(48, Piece::Words(&[1, 2])), (64, Piece::Words(&[3]))]
        );
        log.new_epoch(1);
        assert_eq!(log.revision(), 3);
        assert!(log.since(2).is_none());
        assert_eq!(log.since(3).unwrap().count(), 0);
    }

    #[test]
    fn entries_beyond_the_byte_budget_are_dropped_but_the_newest_is_kept() {
        let mut log = Log::new(100, 64);
        let big = |n: usize| {
            let mut e = Entry::default();
            e.push_written(16, &vec![7; n]);
            e
        };
        log.append(big(4));
        log.append(big(4));
        assert_eq!(log.since(0).unwrap().count(), 2);
        // 4 + 4 + 2 words > 8: the first entry goes.
        log.append(big(2));
        assert!(log.since(0).is_none());
        assert_eq!(log.since(1).unwrap().count(), 2);
        // Alone over the budget: kept.
        log.append(big(20));
        assert_eq!(log.since(3).unwrap().count(), 1);
        assert!(log.since(2).is_none());
    }

    #[test]
    fn adjacent_allocated_objects_are_one_unchecked_piece() {
        let mut e = Entry::default();
        e.push_allocated(16, 16);
        e.push_allocated(32, 8);
        e.push_written(48, &[4]);
        e.push_allocated(56, 8);
        // Not adjacent to the piece before: a new piece.
        e.push_allocated(80, 8);
        let pieces: Vec<(usize, Piece)> = e.pieces().collect();
        assert_eq!(
            pieces,
            [
                (16, Piece::InHeap(3)),
                (48, Piece::Words(&[4])),
                (56, Piece::InHeap(1)),
                (80, Piece::InHeap(1))
            ]
        );
        assert_eq!(e.checked_offsets().collect::<Vec<_>>(), [48]);
    }
}
