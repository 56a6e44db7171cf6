//! The toy's heap: one fixed block, bump-allocated. The toy has no collector yet (the [heap]
//! issue brings gvmt's); running out of space is an error value, never an abort.

use crate::vm::ToyError;
use gvmt::rt::{Value, VmCtx, heap};

pub struct Heap {
    words: Vec<u64>,
    top: usize,
}

impl Heap {
    pub fn new(bytes: usize) -> Heap {
        // Offset 0 is never an object, so no reference is 0.
        Heap { words: vec![0; bytes.div_ceil(8)], top: 16 }
    }

    /// The context view of this heap. The block never moves or grows, so this stays valid.
    pub fn ctx(&mut self) -> VmCtx {
        VmCtx { heap_base: self.words.as_mut_ptr() as *mut u8, heap_size: self.words.len() * 8 }
    }

    /// Allocates `size` bytes (rounded to 16) for layout `layout`, header set.
    pub fn alloc(&mut self, ctx: &VmCtx, layout: usize, size: usize) -> Result<Value, ToyError> {
        let size = size.max(16).div_ceil(16) * 16;
        if self.top + size > ctx.heap_size {
            return Err(ToyError::new("MemoryError", "toy heap exhausted"));
        }
        let object = Value(self.top as u64);
        self.top += size;
        heap::store_word(ctx, object, 0, layout as u64);
        Ok(object)
    }

    pub fn used(&self) -> usize {
        self.top
    }
}
