//! The bytes of a `Bytes` object's tail (a bytes object's data, or the storage of a
//! bytearray or an `array.array`), read and written as byte ranges rather than word by word
//! through the generated accessors: with `str_text.rs` and `cache_words.rs`, the files of
//! hotpy's Rust that touch heap words directly (`tests/invariants.rs` allows them).
//!
//! A bytes object's data is written once, by the thread that made it, before it is stored
//! anywhere, so it is read in place without a barrier (reading its length slot through the
//! accessor marks the object read under `--sync=stm`). The storage of a bytearray or array
//! changes: a range of it is read with one read barrier and written with one write barrier
//! (gvmt's `heap::load_bytes`/`store_bytes`).

use crate::generated::layouts::Bytes;
use gvmt::rt::{Value, VmCtx};

/// The first `n` bytes of bytes object `b` (never written after it is made), in place.
pub(crate) fn immutable(ctx: &VmCtx, b: Value, n: usize) -> &[u8] {
    gvmt::rt::heap::immutable_bytes(ctx, b, Bytes::TAIL, n)
}

/// Copies the bytes of storage `b` from byte `from` into `out` (one read barrier).
pub(crate) fn read(ctx: &VmCtx, b: Value, from: usize, out: &mut [u8]) {
    gvmt::rt::heap::load_bytes(ctx, b, Bytes::TAIL + from, out)
}

/// Writes `data` into storage `b` from byte `at` (one write barrier).
pub(crate) fn write(ctx: &VmCtx, b: Value, at: usize, data: &[u8]) {
    gvmt::rt::heap::store_bytes(ctx, b, Bytes::TAIL + at, data)
}

/// Writes `data` at the start of `b`, a zeroed Bytes object this thread has just made and not
/// stored anywhere (no barrier: no other thread or transaction can see it yet).
pub(crate) fn init(ctx: &VmCtx, b: Value, data: &[u8]) {
    gvmt::rt::heap::init_bytes(ctx, b, Bytes::TAIL, data)
}
