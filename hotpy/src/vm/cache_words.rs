//! Cache words: slots of heap objects that hold a value any thread would compute alike from
//! what the object holds (a str's hash), stored with `gvmt::rt::heap::store_cache_word`.
//! Under `--sync=stm` such a store changes only the running world's copy, outside the
//! transaction, so two threads filling one cache do not conflict; under the other backends
//! it is a plain store. The one place in hotpy's Rust that writes a heap word without the
//! generated setters (`tests/invariants.rs` allows this file): only non-reference slots
//! whose value is a pure function of the object belong here.

use crate::generated::layouts::Str;
use gvmt::rt::{Value, VmCtx};

/// Caches `hash` as the hash of the str `s`.
pub(crate) fn set_str_hash(ctx: &VmCtx, s: Value, hash: i64) {
    gvmt::rt::heap::store_cache_word(ctx, s, Str::OFFSET_HASH, hash as u64);
}
