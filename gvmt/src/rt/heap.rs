//! Loads and stores of object slots: `base + reference + offset`, bounds-checked against the
//! context's heap size so that a wrong reference cannot reach outside the heap.
//!
//! The collectors (and their write barriers) are the [heap] subsystem's; these are only the raw
//! accesses that generated code and layout accessors use.

use super::{Value, VmCtx};
use std::sync::atomic::{AtomicU64, Ordering};

#[inline(always)]
fn addr(ctx: &VmCtx, object: Value, offset: usize) -> *mut u64 {
    let at = object.0 as usize;
    // In 128 bits the sum cannot wrap: one compare bounds the whole word, one test aligns it.
    if (at as u128 + offset as u128 + 8) <= ctx.heap_size as u128 && (at | offset).is_multiple_of(8)
    {
        // SAFETY: `at + offset + 8 <= heap_size`, and `heap_base..heap_base+heap_size` is the
        // heap the context describes.
        unsafe { ctx.heap_base.add(at + offset) as *mut u64 }
    } else {
        outside_the_heap(ctx, object, offset)
    }
}

/// The panic of a heap access outside the heap (a bug in the VM or gvmt), kept out of line so
/// that every access's fast path stays a compare and a test.
#[cold]
#[inline(never)]
fn outside_the_heap(ctx: &VmCtx, object: Value, offset: usize) -> ! {
    panic!(
        "gvmt: heap access at {:#x}+{offset} outside the heap of {} bytes",
        object.0, ctx.heap_size
    )
}

/// The heap word at `object + offset` as an atomic: threads without a global lock (the
/// `locks` backend) read and write slots concurrently, so every access is an atomic one
/// (relaxed: a plain load or store on the machines gvmt targets).
#[inline]
fn word_at(ctx: &VmCtx, object: Value, offset: usize) -> &AtomicU64 {
    // SAFETY: `addr` returns an aligned address inside the heap, which outlives the context's
    // borrow; heap words are only ever accessed as whole words.
    unsafe { AtomicU64::from_ptr(addr(ctx, object, offset)) }
}

/// Loads a word of `object`. Under the STM backend this is its read barrier: the object is
/// marked as read by the running transaction. Not for the header (offset 0): its layout
/// never changes and transactions never write it (its GC and lock flags are the
/// collector's and the lock backend's), so reading it cannot conflict.
#[inline]
pub fn load_word(ctx: &VmCtx, object: Value, offset: usize) -> u64 {
    Access::<true>::load_word(ctx, object, offset)
}

/// Stores a word of `object`. Under the STM backend this is its write barrier: the first
/// write to an object in a transaction backs the object up.
#[inline]
pub fn store_word(ctx: &VmCtx, object: Value, offset: usize, word: u64) {
    Access::<true>::store_word(ctx, object, offset, word)
}

/// The heap accessors with the STM's barriers compiled in or out. `Access<true>` tests, at
/// every load and store, whether the thread runs a transaction (what the free functions of
/// this module do); `Access<false>` has no such test, for code that knows the thread runs
/// none. The generated interpreter is instantiated for both and picks one when it is
/// entered (`ctx.stm`, which a thread sets before it runs any code and clears after), so
/// that a program run under the GIL or the locks backend pays nothing for the STM.
pub struct Access<const STM: bool>;

impl<const STM: bool> Access<STM> {
    /// [`load_word`]; without the read barrier when `!STM`.
    #[inline]
    pub fn load_word(ctx: &VmCtx, object: Value, offset: usize) -> u64 {
        if STM
            && offset != 0
            && let Some(stm) = ctx.stm.as_deref()
        {
            stm.read_barrier(object);
        }
        debug_assert!(
            STM || ctx.stm.is_none(),
            "gvmt: an STM thread without barriers"
        );
        word_at(ctx, object, offset).load(Ordering::Relaxed)
    }

    /// [`store_word`]; without the write barrier when `!STM`.
    #[inline]
    pub fn store_word(ctx: &VmCtx, object: Value, offset: usize, word: u64) {
        if STM && let Some(stm) = ctx.stm.as_deref() {
            stm.write_barrier(ctx, object);
        }
        debug_assert!(
            STM || ctx.stm.is_none(),
            "gvmt: an STM thread without barriers"
        );
        word_at(ctx, object, offset).store(word, Ordering::Relaxed)
    }

    #[inline]
    pub fn load_value(ctx: &VmCtx, object: Value, offset: usize) -> Value {
        Value(Self::load_word(ctx, object, offset))
    }

    #[inline]
    pub fn load_i64(ctx: &VmCtx, object: Value, offset: usize) -> i64 {
        Self::load_word(ctx, object, offset) as i64
    }

    #[inline]
    pub fn load_f64(ctx: &VmCtx, object: Value, offset: usize) -> f64 {
        f64::from_bits(Self::load_word(ctx, object, offset))
    }

    #[inline]
    pub fn store_value(ctx: &VmCtx, object: Value, offset: usize, v: Value) {
        Self::store_word(ctx, object, offset, v.0)
    }

    #[inline]
    pub fn store_i64(ctx: &VmCtx, object: Value, offset: usize, v: i64) {
        Self::store_word(ctx, object, offset, v as u64)
    }

    #[inline]
    pub fn store_f64(ctx: &VmCtx, object: Value, offset: usize, v: f64) {
        Self::store_word(ctx, object, offset, v.to_bits())
    }

    /// [`init_header`]; without recording the object in the transaction when `!STM`.
    #[inline]
    pub fn init_header(ctx: &VmCtx, object: Value, size: usize, layout: usize) {
        word_at(ctx, object, 0).store(header::new(layout), Ordering::Relaxed);
        if STM && let Some(stm) = ctx.stm.as_deref() {
            stm.allocated(object.0 as usize, size);
        }
    }
}

/// Stores a cache word of `object`: a value any thread would compute alike from what the
/// object holds (a str's hash), not a reference. No barrier: under the STM backend only the
/// running world's copy changes, outside the transaction (an abort keeps it, a commit does
/// not carry it, other worlds compute their own), so caching causes no conflict.
#[inline]
pub fn store_cache_word(ctx: &VmCtx, object: Value, offset: usize, word: u64) {
    word_at(ctx, object, offset).store(word, Ordering::Relaxed)
}

/// The `len` bytes of `object` from `offset`, borrowed in place, for the part of an object
/// nothing writes after the object is made (a str's text): no barrier (the caller's read of
/// the object's length slot marks it read under the STM backend, and no transaction writes
/// these bytes, so none can conflict). The borrow of `ctx` keeps the thread out of
/// safepoints (a collection needs `&mut` access to the thread's VM), so the object does not
/// move while the bytes are read.
#[inline]
pub fn immutable_bytes(ctx: &VmCtx, object: Value, offset: usize, len: usize) -> &[u8] {
    let at = object.0 as usize;
    if len == 0 {
        return &[];
    }
    if (at as u128 + offset as u128 + len as u128) > ctx.heap_size as u128 {
        outside_the_heap(ctx, object, offset + len)
    }
    // SAFETY: `at + offset + len <= heap_size`, inside the heap the context describes, which
    // outlives the context's borrow; the bytes are not written while borrowed (see above),
    // and u8 has no alignment or validity requirement.
    unsafe { std::slice::from_raw_parts(ctx.heap_base.add(at + offset) as *const u8, len) }
}

/// Copies `bytes` into `object` from byte `offset`: for the tail of an object this thread
/// has just made and not yet stored anywhere (no other thread can see it, no transaction has
/// a backup of it to keep), so no barrier. The caller has initialised the words the bytes
/// partly cover (their other bytes keep their values).
#[inline]
pub fn init_bytes(ctx: &VmCtx, object: Value, offset: usize, bytes: &[u8]) {
    let at = object.0 as usize;
    if bytes.is_empty() {
        return;
    }
    if (at as u128 + offset as u128 + bytes.len() as u128) > ctx.heap_size as u128 {
        outside_the_heap(ctx, object, offset + bytes.len())
    }
    // SAFETY: the destination is inside the heap (checked above) and no other thread reads
    // it (the object is this thread's, unpublished); `bytes` is another object's immutable
    // part or Rust memory, so the two do not overlap.
    unsafe {
        std::ptr::copy_nonoverlapping(bytes.as_ptr(), ctx.heap_base.add(at + offset), bytes.len())
    }
}

/// Copies `out.len()` bytes of `object` from byte `offset` (not the header) into `out`: one
/// read barrier for the whole range (the STM marks objects read, not words), then word loads,
/// each atomic as every slot access is. For the mutable byte tails (bytearray and array
/// storage) that [`immutable_bytes`] may not borrow.
pub fn load_bytes(ctx: &VmCtx, object: Value, offset: usize, out: &mut [u8]) {
    if out.is_empty() {
        return;
    }
    let (first, end) = (offset / 8 * 8, (offset + out.len()).div_ceil(8) * 8);
    assert!(first >= 8, "gvmt: load_bytes from the header");
    // The barrier, and the bounds of the first and last words (all between are in bounds).
    load_word(ctx, object, first);
    word_at(ctx, object, end - 8);
    let mut at = 0;
    let mut word_offset = first;
    while word_offset < end {
        let word = word_at(ctx, object, word_offset)
            .load(Ordering::Relaxed)
            .to_le_bytes();
        let skip = offset.saturating_sub(word_offset);
        let take = (8 - skip).min(out.len() - at);
        if take == 8 {
            // A whole word: a fixed-size copy (a move, not a call).
            let whole: &mut [u8; 8] = (&mut out[at..at + 8]).try_into().expect("8 bytes");
            *whole = word;
        } else {
            out[at..at + take].copy_from_slice(&word[skip..skip + take]);
        }
        at += take;
        word_offset += 8;
    }
}

/// Copies `bytes` into `object` from byte `offset` (not the header): one write barrier for
/// the whole range, then word stores (a word the range covers in part keeps its other bytes).
pub fn store_bytes(ctx: &VmCtx, object: Value, offset: usize, bytes: &[u8]) {
    if bytes.is_empty() {
        return;
    }
    let (first, end) = (offset / 8 * 8, (offset + bytes.len()).div_ceil(8) * 8);
    assert!(first >= 8, "gvmt: store_bytes into the header");
    word_at(ctx, object, end - 8);
    if let Some(stm) = ctx.stm.as_deref() {
        stm.write_barrier(ctx, object);
    }
    let mut at = 0;
    let mut word_offset = first;
    while word_offset < end {
        let slot = word_at(ctx, object, word_offset);
        let skip = offset.saturating_sub(word_offset);
        let take = (8 - skip).min(bytes.len() - at);
        let word = if take == 8 {
            u64::from_le_bytes(bytes[at..at + 8].try_into().expect("8 bytes"))
        } else {
            let mut word = slot.load(Ordering::Relaxed).to_le_bytes();
            word[skip..skip + take].copy_from_slice(&bytes[at..at + take]);
            u64::from_le_bytes(word)
        };
        slot.store(word, Ordering::Relaxed);
        at += take;
        word_offset += 8;
    }
}

/// Moves `count` words of `object` from byte offset `from` to byte offset `to` (not the
/// header; the ranges may overlap), as `slice::copy_within`: one write barrier under the STM
/// (the object is backed up once), then word moves, each atomic as every slot access is.
/// The caller adds the collector's write barrier if the words hold references.
pub fn move_words(ctx: &VmCtx, object: Value, from: usize, to: usize, count: usize) {
    if count == 0 || from == to {
        return;
    }
    assert!(from.min(to) >= 8, "gvmt: move_words over the header");
    // The bounds of both ranges' last words (their first words are below them).
    word_at(ctx, object, from + 8 * (count - 1));
    word_at(ctx, object, to + 8 * (count - 1));
    if let Some(stm) = ctx.stm.as_deref() {
        stm.write_barrier(ctx, object);
    }
    let (source, target) = (addr(ctx, object, from), addr(ctx, object, to));
    let step = |i: usize| {
        // SAFETY: both ranges are inside the heap (their first words by `addr`, their last
        // by the checks above), aligned; heap words are only accessed as atomic words.
        let (s, t) = unsafe {
            (
                AtomicU64::from_ptr(source.add(i)),
                AtomicU64::from_ptr(target.add(i)),
            )
        };
        t.store(s.load(Ordering::Relaxed), Ordering::Relaxed);
    };
    if to < from {
        (0..count).for_each(step);
    } else {
        (0..count).rev().for_each(step);
    }
}

/// Writes the header of an object of `layout` just made at `object` (`size` bytes) in the
/// thread's allocation buffer. No write barrier: under the STM backend the object is
/// recorded as made by the running transaction instead.
#[inline]
pub fn init_header(ctx: &VmCtx, object: Value, size: usize, layout: usize) {
    Access::<true>::init_header(ctx, object, size, layout)
}

/// The header word of `object`, for the atomic flag updates of the write barrier and the
/// object locks (`crate::sync::ObjectLocks`).
#[inline]
pub fn header_word(ctx: &VmCtx, object: Value) -> &AtomicU64 {
    word_at(ctx, object, 0)
}

#[inline]
pub fn load_value(ctx: &VmCtx, object: Value, offset: usize) -> Value {
    Value(load_word(ctx, object, offset))
}

#[inline]
pub fn load_i64(ctx: &VmCtx, object: Value, offset: usize) -> i64 {
    load_word(ctx, object, offset) as i64
}

#[inline]
pub fn load_f64(ctx: &VmCtx, object: Value, offset: usize) -> f64 {
    f64::from_bits(load_word(ctx, object, offset))
}

#[inline]
pub fn store_value(ctx: &VmCtx, object: Value, offset: usize, v: Value) {
    store_word(ctx, object, offset, v.0)
}

#[inline]
pub fn store_i64(ctx: &VmCtx, object: Value, offset: usize, v: i64) {
    store_word(ctx, object, offset, v as u64)
}

#[inline]
pub fn store_f64(ctx: &VmCtx, object: Value, offset: usize, v: f64) {
    store_word(ctx, object, offset, v.to_bits())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loads_and_stores_stay_inside_the_heap() {
        let mut mem = vec![0u64; 4];
        let ctx = VmCtx::with_heap(mem.as_mut_ptr() as *mut u8, 32);
        store_f64(&ctx, Value(16), 8, 2.5);
        assert_eq!(load_f64(&ctx, Value(16), 8), 2.5);
        store_i64(&ctx, Value(0), 0, -3);
        assert_eq!(load_i64(&ctx, Value(0), 0), -3);
        let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            load_word(&ctx, Value(32), 0)
        }));
        assert!(r.is_err());
    }

    #[test]
    fn overlapping_word_moves_keep_every_word() {
        let mut mem = vec![0u64; 8];
        let ctx = VmCtx::with_heap(mem.as_mut_ptr() as *mut u8, 64);
        for i in 1..8 {
            store_i64(&ctx, Value(0), 8 * i, i as i64);
        }
        move_words(&ctx, Value(0), 16, 8, 5); // left by one: 2 3 4 5 6 at words 1..6
        let words = |ctx: &VmCtx| {
            (1..8)
                .map(|i| load_i64(ctx, Value(0), 8 * i))
                .collect::<Vec<_>>()
        };
        assert_eq!(words(&ctx), [2, 3, 4, 5, 6, 6, 7]);
        move_words(&ctx, Value(0), 8, 24, 4); // right by two
        assert_eq!(words(&ctx), [2, 3, 2, 3, 4, 5, 7]);
        let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            move_words(&ctx, Value(0), 8, 16, 7)
        }));
        assert!(r.is_err(), "a range past the heap's end is refused");
    }

    #[test]
    fn byte_ranges_load_and_store_across_words() {
        let mut mem = vec![0u64; 6];
        let ctx = VmCtx::with_heap(mem.as_mut_ptr() as *mut u8, 48);
        store_i64(&ctx, Value(0), 8, -1);
        store_i64(&ctx, Value(0), 16, -1);
        store_bytes(&ctx, Value(0), 13, b"abcdef");
        let mut out = [0u8; 10];
        load_bytes(&ctx, Value(0), 11, &mut out);
        assert_eq!(&out, b"\xff\xffabcdef\xff\xff");
        let long: Vec<u8> = (0..30).collect();
        store_bytes(&ctx, Value(0), 9, &long);
        let mut back = vec![0u8; 30];
        load_bytes(&ctx, Value(0), 9, &mut back);
        assert_eq!(back, long);
        assert_eq!(load_i64(&ctx, Value(0), 8) as u64 & 0xff, 0xff);
        let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            load_bytes(&ctx, Value(0), 40, &mut [0u8; 9])
        }));
        assert!(r.is_err(), "a range past the heap's end is refused");
        let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            store_bytes(&ctx, Value(0), 4, b"x")
        }));
        assert!(r.is_err(), "the header is not bytes");
    }

    #[test]
    fn an_access_that_would_wrap_or_straddle_the_end_is_refused() {
        let mut mem = vec![0u64; 4];
        let ctx = VmCtx::with_heap(mem.as_mut_ptr() as *mut u8, 32);
        store_i64(&ctx, Value(16), 8, 9);
        assert_eq!(load_i64(&ctx, Value(0), 24), 9);
        for (object, offset) in [
            (24, 8),               // the word after the last
            (u64::MAX - 7, 16),    // wraps around to a small address
            (16, usize::MAX - 15), // so does the offset
            (8, 4),                // misaligned
            (!7, 0),               // far outside
        ] {
            let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                load_word(&ctx, Value(object), offset)
            }));
            assert!(r.is_err(), "{object:#x}+{offset}");
        }
    }
}

/// Header word layout: the layout id above bit 8, GC flags below.
pub mod header {
    /// The object has been copied; the rest of the word is its new offset.
    pub const FORWARDED: u64 = 0b1;
    /// Generational: an old object whose next reference store must be remembered.
    pub const UNLOGGED: u64 = 0b10;
    /// A thread holds the object's write lock (`crate::sync::ObjectLocks`).
    pub const LOCKED: u64 = 0b100;
    /// A thread waits for the object's write lock: its unlock must wake the waiters.
    pub const LOCK_WAITERS: u64 = 0b1000;
    /// The flags a copy keeps (a lock may be held, and waited for, across a collection).
    pub const KEPT: u64 = LOCKED | LOCK_WAITERS;
    /// Bits below the layout id.
    pub const FLAGS: u64 = 0xff;
    pub const LAYOUT_SHIFT: u32 = 8;

    pub const fn new(layout: usize) -> u64 {
        (layout as u64) << LAYOUT_SHIFT
    }

    pub const fn layout(word: u64) -> usize {
        (word >> LAYOUT_SHIFT) as usize
    }

    /// The new offset in a forwarding header (objects are 16-byte aligned: the low four bits
    /// are free for `FORWARDED`).
    pub const fn forwardee(word: u64) -> usize {
        (word & !0xf) as usize
    }
}

/// The layout id of `object` (from its header).
#[inline]
pub fn layout_of(ctx: &VmCtx, object: Value) -> usize {
    header::layout(load_word(ctx, object, 0))
}

/// The write barrier, called after storing a reference into `object`. Under a generational
/// collector an old object is remembered on its first such store since the last collection.
#[inline]
pub fn write_barrier(ctx: &VmCtx, object: Value) {
    if ctx.barrier {
        remember(ctx, object);
    }
}

/// The generational half of [`write_barrier`].
#[inline(never)]
fn remember(ctx: &VmCtx, object: Value) {
    // Other threads may clear the same flag, or lock the object, concurrently.
    let atomic = header_word(ctx, object);
    if atomic.load(Ordering::Relaxed) & header::UNLOGGED != 0 {
        let old = atomic.fetch_and(!header::UNLOGGED, Ordering::Relaxed);
        if old & header::UNLOGGED != 0 {
            ctx.remembered.borrow_mut().push(object);
        }
    }
}
