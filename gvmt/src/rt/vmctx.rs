//! The per-thread VM context: the part of a VM's state that generated code (interpreted or
//! compiled) reads directly, at fixed offsets.

use std::mem::offset_of;

/// Fields compiled code reads at the offsets in [`VmCtx::OFFSET_HEAP_BASE`] and friends.
#[repr(C)]
#[derive(Debug)]
pub struct VmCtx {
    /// Start of this thread's view of the heap: references are byte offsets from here.
    pub heap_base: *mut u8,
    /// Bytes addressable from `heap_base`.
    pub heap_size: usize,
}

impl VmCtx {
    pub const OFFSET_HEAP_BASE: i32 = offset_of!(VmCtx, heap_base) as i32;
    pub const OFFSET_HEAP_SIZE: i32 = offset_of!(VmCtx, heap_size) as i32;

    /// A context with no heap (every heap access fails its bounds check).
    pub const fn empty() -> VmCtx {
        VmCtx {
            heap_base: std::ptr::null_mut(),
            heap_size: 0,
        }
    }
}

/// A VM's context type: what every generated function and every extern receives as `vm`.
pub trait Vm: 'static {
    /// The error an extern raises (a VM's exception value).
    type Error;

    fn vmctx(&self) -> &VmCtx;

    fn vmctx_mut(&mut self) -> &mut VmCtx;

    /// Compiled code cannot carry a Rust error: an extern's shim parks it here and the JIT
    /// driver takes it back out when compiled code exits with "raise".
    fn set_pending_error(&mut self, error: Self::Error);

    fn take_pending_error(&mut self) -> Option<Self::Error>;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_match_the_layout_compiled_code_assumes() {
        assert_eq!(VmCtx::OFFSET_HEAP_BASE, 0);
        assert_eq!(VmCtx::OFFSET_HEAP_SIZE, 8);
        assert_eq!(std::mem::size_of::<VmCtx>(), 16);
    }
}
