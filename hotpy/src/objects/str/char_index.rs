//! Character positions in long non-ASCII strs. A str holds UTF-8 and its length in
//! characters, so for ASCII text character `i` is byte `i`; for other text finding it means
//! counting. This module keeps, per thread, an index of the last few long non-ASCII strs it
//! was asked about (the byte offset of every `STRIDE`-th character), so that a loop indexing
//! or slicing one string costs O(1) per access, not O(length).
//!
//! An entry names its str by address and the heap's epoch: strs do not change after they
//! are made, an object moves only in a collection (which starts a new epoch), and addresses
//! are not reused within an epoch (an aborted transaction's allocations are published, not
//! dropped). It owns nothing in the heap and must not hold a `Value` across epochs.

use crate::vm::ThreadState;
use gvmt::rt::Value;
use std::cell::RefCell;

/// Characters between two remembered offsets.
const STRIDE: usize = 32;
/// Strs shorter than this (in bytes) are counted from the start each time.
const SHORT: usize = 256;
/// Strs indexed at once per thread.
const ENTRIES: usize = 4;

struct Entry {
    object: u64,
    epoch: u64,
    /// The byte offset of character `k * STRIDE`, for each `k`.
    offsets: Vec<usize>,
}

thread_local! {
    static INDEXES: RefCell<(Vec<Entry>, usize)> = const { RefCell::new((Vec::new(), 0)) };
}

/// The byte offset in `text` (the text of the str object `v`) of character `index`; the
/// end of the text for an index at or past the last character.
pub fn offset_of(vm: &ThreadState, v: Value, text: &str, index: usize) -> usize {
    if text.len() < SHORT {
        return walk(text, 0, index);
    }
    with_offsets(vm, v, text, |offsets| match offsets.get(index / STRIDE) {
        Some(&from) => walk(text, from, index % STRIDE),
        None => text.len(),
    })
}

/// The character position in `text` (the text of the str object `v`) of byte `offset`
/// (a character boundary, or the end).
pub fn index_at(vm: &ThreadState, v: Value, text: &str, offset: usize) -> usize {
    if text.len() < SHORT {
        return text[..offset].chars().count();
    }
    with_offsets(vm, v, text, |offsets| {
        // The last remembered character at or before `offset`, then count on from it.
        let k = offsets.partition_point(|&o| o <= offset).saturating_sub(1);
        k * STRIDE + text[offsets[k]..offset].chars().count()
    })
}

/// Runs `f` on the remembered offsets of `v` (made if this thread has none this epoch).
fn with_offsets<R>(vm: &ThreadState, v: Value, text: &str, f: impl FnOnce(&[usize]) -> R) -> R {
    let epoch = vm.mutator_ref().heap().epoch();
    INDEXES.with(|cell| {
        let (entries, next) = &mut *cell.borrow_mut();
        let found = entries
            .iter()
            .position(|e| e.object == v.0 && e.epoch == epoch);
        let at = found.unwrap_or_else(|| {
            let entry = Entry {
                object: v.0,
                epoch,
                offsets: index_of(text),
            };
            if entries.len() < ENTRIES {
                entries.push(entry);
                entries.len() - 1
            } else {
                let at = *next;
                *next = (at + 1) % ENTRIES;
                entries[at] = entry;
                at
            }
        });
        f(&entries[at].offsets)
    })
}

/// The byte offset `n` characters after byte `from` (the end if there are fewer).
fn walk(text: &str, from: usize, n: usize) -> usize {
    text[from..]
        .char_indices()
        .nth(n)
        .map_or(text.len(), |(o, _)| from + o)
}

fn index_of(text: &str) -> Vec<usize> {
    text.char_indices()
        .step_by(STRIDE)
        .map(|(offset, _)| offset)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_index_agrees_with_counting() {
        let text: String = (0..1000).map(|i| ['a', 'é', '€', '𝄞'][i % 4]).collect();
        let offsets = index_of(&text);
        for index in [0, 1, 31, 32, 33, 500, 999, 1000, 1001] {
            let want = text
                .char_indices()
                .nth(index)
                .map_or(text.len(), |(o, _)| o);
            let got = match offsets.get(index / STRIDE) {
                Some(&from) => walk(&text, from, index % STRIDE),
                None => text.len(),
            };
            assert_eq!(got, want, "character {index}");
            let back = offsets.partition_point(|&o| o <= got).saturating_sub(1);
            let back = back * STRIDE + text[offsets[back]..got].chars().count();
            assert_eq!(back, index.min(1000), "offset {got}");
        }
    }
}
