//! An append-only table shared by threads: pushes take a lock, reads take none. Entries never
//! move or go away while the table lives, so a reader may keep a reference to one for as long
//! as it borrows the table (frames point at their code this way).
//!
//! Owns: the storage of its entries. Must not: hold heap values that need tracing (entries
//! are plain Rust data; a heap value in an entry must be pinned).

use std::sync::Mutex;
use std::sync::atomic::{AtomicPtr, AtomicUsize, Ordering};

/// Bucket `b` holds `FIRST << b` entries; 40 buckets are more than any address space.
const BUCKETS: usize = 40;
const FIRST: usize = 32;

pub struct AppendOnly<T> {
    buckets: [AtomicPtr<T>; BUCKETS],
    /// Entries published so far: every index below it is initialized.
    len: AtomicUsize,
    push: Mutex<()>,
}

// SAFETY: entries are shared between threads by reference (needs `T: Sync`) and dropped by
// whichever thread drops the table (needs `T: Send`); the table's own fields are atomics and a
// mutex.
unsafe impl<T: Send + Sync> Sync for AppendOnly<T> {}
// SAFETY: as above.
unsafe impl<T: Send + Sync> Send for AppendOnly<T> {}

/// The bucket of `index` and its position there.
#[inline]
fn locate(index: usize) -> (usize, usize) {
    let biased = index + FIRST;
    let bucket =
        (usize::BITS - 1 - biased.leading_zeros()) as usize - FIRST.trailing_zeros() as usize;
    (bucket, biased - (FIRST << bucket))
}

impl<T> Default for AppendOnly<T> {
    fn default() -> AppendOnly<T> {
        AppendOnly {
            buckets: std::array::from_fn(|_| AtomicPtr::new(std::ptr::null_mut())),
            len: AtomicUsize::new(0),
            push: Mutex::new(()),
        }
    }
}

impl<T> AppendOnly<T> {
    #[inline]
    pub fn len(&self) -> usize {
        self.len.load(Ordering::Acquire)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Appends `value`; returns its index.
    pub fn push(&self, value: T) -> usize {
        self.push_with(|_| value)
    }

    /// Appends the entry `make` returns for its index (which it may record); returns the
    /// index. `make` runs under the push lock: it must not push to this table.
    pub fn push_with(&self, make: impl FnOnce(usize) -> T) -> usize {
        let _guard = self.push.lock().unwrap_or_else(|p| p.into_inner());
        let index = self.len.load(Ordering::Relaxed);
        let value = make(index);
        let (bucket, at) = locate(index);
        let mut base = self.buckets[bucket].load(Ordering::Acquire);
        if base.is_null() {
            let storage: Box<[std::mem::MaybeUninit<T>]> = (0..FIRST << bucket)
                .map(|_| std::mem::MaybeUninit::uninit())
                .collect();
            base = Box::into_raw(storage) as *mut T;
            self.buckets[bucket].store(base, Ordering::Release);
        }
        // SAFETY: `at` is inside the bucket (`locate`), whose slot `at` is not initialized yet
        // (indexes are handed out once, under the push lock) and no reader looks at it before
        // `len` passes it below.
        unsafe { base.add(at).write(value) };
        self.len.store(index + 1, Ordering::Release);
        index
    }

    /// Entry `index`, if it has been pushed.
    #[inline]
    pub fn get(&self, index: usize) -> Option<&T> {
        if index >= self.len() {
            return None;
        }
        let (bucket, at) = locate(index);
        let base = self.buckets[bucket].load(Ordering::Acquire);
        // SAFETY: `index < len` (read with Acquire, after the entry's write was published with
        // Release), so the bucket exists and slot `at` is initialized; it is neither moved nor
        // dropped before the table is.
        Some(unsafe { &*base.add(at) })
    }

    pub fn iter(&self) -> impl Iterator<Item = &T> {
        (0..self.len()).filter_map(|i| self.get(i))
    }
}

impl<T> std::ops::Index<usize> for AppendOnly<T> {
    type Output = T;

    #[inline]
    fn index(&self, index: usize) -> &T {
        match self.get(index) {
            Some(entry) => entry,
            None => panic!(
                "AppendOnly: index {index} out of range ({} entries)",
                self.len()
            ),
        }
    }
}

impl<T> Drop for AppendOnly<T> {
    fn drop(&mut self) {
        let len = *self.len.get_mut();
        for (bucket, base) in self.buckets.iter_mut().enumerate() {
            let base = *base.get_mut();
            if base.is_null() {
                continue;
            }
            let size = FIRST << bucket;
            let start = (FIRST << bucket) - FIRST;
            let live = len.saturating_sub(start).min(size);
            // SAFETY: the bucket was made by `push` as a boxed slice of `size` entries, of
            // which the first `live` are initialized; `&mut self` means no reader is left.
            unsafe {
                for i in 0..live {
                    std::ptr::drop_in_place(base.add(i));
                }
                drop(Box::from_raw(std::ptr::slice_from_raw_parts_mut(
                    base as *mut std::mem::MaybeUninit<T>,
                    size,
                )));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    #[test]
    fn indexes_map_onto_buckets_without_gaps() {
        assert_eq!(locate(0), (0, 0));
        assert_eq!(locate(31), (0, 31));
        assert_eq!(locate(32), (1, 0));
        assert_eq!(locate(95), (1, 63));
        assert_eq!(locate(96), (2, 0));
    }

    #[test]
    fn entries_pushed_by_several_threads_stay_put_and_readable() {
        let table: Arc<AppendOnly<String>> = Arc::default();
        let first = {
            table.push("zero".to_string());
            table.get(0).unwrap() as *const String
        };
        let workers: Vec<_> = (0..4)
            .map(|t| {
                let table = Arc::clone(&table);
                std::thread::spawn(move || {
                    for i in 0..2000 {
                        let at = table.push(format!("{t}:{i}"));
                        assert_eq!(table[at], format!("{t}:{i}"));
                    }
                })
            })
            .collect();
        for w in workers {
            w.join().unwrap();
        }
        assert_eq!(table.len(), 8001);
        assert_eq!(
            table.get(0).unwrap() as *const String,
            first,
            "entries never move"
        );
        assert_eq!(table.iter().filter(|s| s.starts_with("3:")).count(), 2000);
        assert!(table.get(8001).is_none());
    }
}
