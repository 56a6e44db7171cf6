//! A str's text in the heap, read and written as bytes rather than word by word through the
//! generated accessors: the one place in hotpy's Rust besides `cache_words.rs` that touches
//! heap words directly (`tests/invariants.rs` allows this file). A str's text (its `data`
//! tail) is written once, by the thread that made the object before it is stored anywhere,
//! and never again, so neither needs a barrier: no other thread can see it while it is
//! written, and no transaction can conflict over it afterwards (reading its length slot
//! through the accessor marks the object read under `--sync=stm`). The one exception is
//! [`append`]: `x += ...` on a str only a local references (`values::str_append`) writes
//! after its text, through the barrier, where no reader of the old length looks.

use crate::generated::layouts::Str;
use gvmt::rt::{Value, VmCtx};

/// The first `n` bytes of str `s`'s text, borrowed in place (for as long as `ctx` is).
pub(crate) fn bytes(ctx: &VmCtx, s: Value, n: usize) -> &[u8] {
    gvmt::rt::heap::immutable_bytes(ctx, s, Str::TAIL, n)
}

/// Writes `bytes` into the text of `s`, a str this thread has just made, from byte `at`.
pub(crate) fn init(ctx: &VmCtx, s: Value, at: usize, bytes: &[u8]) {
    gvmt::rt::heap::init_bytes(ctx, s, Str::TAIL + at, bytes);
}

/// Appends the `nb` bytes of str `right` to the text of str `s` (its first `na` bytes), whose
/// words have room, and gives it `nchars` characters: for a str nothing but one local
/// references (`values::str_append`). The length slot first, through the barrier (under the
/// STM backend the object is backed up before any of its words change), then the bytes;
/// the hash cache is cleared.
pub(crate) fn append(ctx: &VmCtx, s: Value, na: usize, right: Value, nb: usize, nchars: i64) {
    let tail = gvmt::rt::heap::immutable_bytes(ctx, right, Str::TAIL, nb).to_vec();
    Str::set_nbytes(ctx, s, (na + nb) as i64);
    Str::set_nchars(ctx, s, nchars);
    gvmt::rt::heap::store_bytes(ctx, s, Str::TAIL + na, &tail);
    gvmt::rt::heap::store_cache_word(ctx, s, Str::OFFSET_HASH, 0);
}
