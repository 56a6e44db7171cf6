//! A str's text in the heap, read and written as bytes rather than word by word through the
//! generated accessors: the one place in hotpy's Rust besides `cache_words.rs` that touches
//! heap words directly (`tests/invariants.rs` allows this file). A str's text (its `data`
//! tail) is written once, by the thread that made the object before it is stored anywhere,
//! and never again, so neither needs a barrier: no other thread can see it while it is
//! written, and no transaction can conflict over it afterwards (reading its length slot
//! through the accessor marks the object read under `--sync=stm`).

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
