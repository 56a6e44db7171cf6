//! The frame the generated interpreter and compiled code share: code, constants, locals and
//! the value stack of one activation, plus its `pc` and `sp`.
//!
//! Locals and the stack are reached through raw pointers and `Cell`s, never through Rust
//! references held across a call, so a collector may update them (through the VM's own frame
//! registry) while the interpreter is inside an extern.

use super::Value;
use std::cell::Cell;
use std::marker::PhantomData;
use std::mem::offset_of;

/// One activation. `#[repr(C)]`: compiled code reads the fields at the `OFFSET_*` constants.
#[repr(C)]
pub struct Frame<'a> {
    code: *const u8,
    code_len: usize,
    consts: *const Value,
    consts_len: usize,
    locals: *mut Value,
    locals_len: usize,
    stack: *mut Value,
    stack_len: usize,
    pc: Cell<usize>,
    sp: Cell<usize>,
    ret: Cell<Value>,
    _borrows: PhantomData<(&'a [u8], &'a [Value], &'a mut [Value])>,
}

impl<'a> Frame<'a> {
    pub const OFFSET_CONSTS: i32 = offset_of!(Frame<'static>, consts) as i32;
    pub const OFFSET_LOCALS: i32 = offset_of!(Frame<'static>, locals) as i32;
    pub const OFFSET_STACK: i32 = offset_of!(Frame<'static>, stack) as i32;
    pub const OFFSET_PC: i32 = offset_of!(Frame<'static>, pc) as i32;
    pub const OFFSET_SP: i32 = offset_of!(Frame<'static>, sp) as i32;
    pub const OFFSET_RET: i32 = offset_of!(Frame<'static>, ret) as i32;

    /// A frame over the given memory, starting at `pc` 0 with an empty stack. The frame
    /// borrows the slices for its whole life.
    pub fn new(
        code: &'a [u8],
        consts: &'a [Value],
        locals: &'a mut [Value],
        stack: &'a mut [Value],
    ) -> Frame<'a> {
        Frame {
            code: code.as_ptr(),
            code_len: code.len(),
            consts: consts.as_ptr(),
            consts_len: consts.len(),
            locals: locals.as_mut_ptr(),
            locals_len: locals.len(),
            stack: stack.as_mut_ptr(),
            stack_len: stack.len(),
            pc: Cell::new(0),
            sp: Cell::new(0),
            ret: Cell::new(Value(0)),
            _borrows: PhantomData,
        }
    }

    pub fn code(&self) -> &'a [u8] {
        // SAFETY: built from a `&'a [u8]` in `new`; the frame holds that borrow for `'a`.
        unsafe { std::slice::from_raw_parts(self.code, self.code_len) }
    }

    pub fn pc(&self) -> usize {
        self.pc.get()
    }

    pub fn set_pc(&self, pc: usize) {
        self.pc.set(pc)
    }

    pub fn sp(&self) -> usize {
        self.sp.get()
    }

    pub fn set_sp(&self, sp: usize) {
        assert!(
            sp <= self.stack_len,
            "gvmt: stack pointer {sp} beyond the frame's {} slots",
            self.stack_len
        );
        self.sp.set(sp)
    }

    /// The value a compiled `return` left.
    pub fn ret(&self) -> Value {
        self.ret.get()
    }

    pub fn stack_capacity(&self) -> usize {
        self.stack_len
    }

    pub fn locals_len(&self) -> usize {
        self.locals_len
    }

    #[inline]
    pub fn code_byte(&self, pc: usize) -> u8 {
        self.code()[pc]
    }

    /// Reads `size` operand bytes at `at` as the given kind.
    #[inline]
    pub fn operand(&self, at: usize, kind: super::OperandKind) -> i64 {
        kind.decode(&self.code()[at..at + kind.size()])
    }

    #[inline]
    pub fn constant(&self, index: usize) -> Value {
        assert!(
            index < self.consts_len,
            "gvmt: constant {index} out of range"
        );
        // SAFETY: in bounds (checked above) of the `&'a [Value]` the frame was built from.
        unsafe { *self.consts.add(index) }
    }

    #[inline]
    pub fn local(&self, index: usize) -> Value {
        assert!(index < self.locals_len, "gvmt: local {index} out of range");
        // SAFETY: in bounds of the locals the frame borrows mutably; no Rust reference to that
        // memory exists while the frame lives.
        unsafe { self.locals.add(index).read() }
    }

    #[inline]
    pub fn set_local(&self, index: usize, v: Value) {
        assert!(index < self.locals_len, "gvmt: local {index} out of range");
        // SAFETY: as in `local`.
        unsafe { self.locals.add(index).write(v) }
    }

    #[inline]
    pub fn stack_get(&self, slot: usize) -> Value {
        assert!(
            slot < self.stack_len,
            "gvmt: stack slot {slot} out of range"
        );
        // SAFETY: in bounds of the stack the frame borrows mutably; no Rust reference to that
        // memory exists while the frame lives.
        unsafe { self.stack.add(slot).read() }
    }

    #[inline]
    pub fn stack_set(&self, slot: usize, v: Value) {
        assert!(
            slot < self.stack_len,
            "gvmt: stack slot {slot} out of range"
        );
        // SAFETY: as in `stack_get`.
        unsafe { self.stack.add(slot).write(v) }
    }

    /// The `len` stack values from `start`, for an array input.
    pub fn values(&self, start: usize, len: usize) -> Values<'_> {
        assert!(
            start + len <= self.stack_len,
            "gvmt: stack range {start}+{len} out of range"
        );
        // SAFETY: in bounds (checked above).
        Values {
            ptr: unsafe { self.stack.add(start) },
            len,
            _frame: PhantomData,
        }
    }

    /// Builds the view of an array input that compiled code passes as a pointer and a length.
    ///
    /// # Safety
    /// `ptr..ptr+len` must lie within a live frame's stack.
    pub unsafe fn values_from_raw(ptr: *const Value, len: usize) -> Values<'a> {
        Values {
            ptr: ptr as *mut Value,
            len,
            _frame: PhantomData,
        }
    }

    /// For a collector: every live slot (locals, then `stack[..sp]`), mutably, so references
    /// can be updated after objects move. Only while the frame's thread is stopped.
    pub fn for_each_slot_mut(&self, f: &mut dyn FnMut(&mut Value)) {
        for i in 0..self.locals_len {
            // SAFETY: in bounds; the frame's thread is stopped, so no other access is live.
            f(unsafe { &mut *self.locals.add(i) });
        }
        for i in 0..self.sp() {
            // SAFETY: as above.
            f(unsafe { &mut *self.stack.add(i) });
        }
    }

    /// All live values (locals, then `stack[..sp]`), for root scanning and debugging.
    pub fn for_each_value(&self, mut f: impl FnMut(Value)) {
        for i in 0..self.locals_len {
            f(self.local(i));
        }
        for i in 0..self.sp() {
            f(self.stack_get(i));
        }
    }
}

/// An array stack input (`args[n]`) passed to an extern. Reads go to the frame's stack memory
/// each time, so they see a collector's updates.
#[derive(Clone, Copy)]
pub struct Values<'f> {
    ptr: *mut Value,
    len: usize,
    _frame: PhantomData<&'f ()>,
}

impl Values<'_> {
    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub fn get(&self, i: usize) -> Value {
        assert!(i < self.len, "gvmt: array input index {i} out of range");
        // SAFETY: `ptr..ptr+len` lies in a frame's stack (checked when built).
        unsafe { self.ptr.add(i).read() }
    }

    pub fn to_vec(&self) -> Vec<Value> {
        (0..self.len).map(|i| self.get(i)).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locals_and_stack_round_trip() {
        let code = [0u8; 4];
        let consts = [Value(7)];
        let mut locals = [Value(0); 2];
        let mut stack = [Value(0); 3];
        let f = Frame::new(&code, &consts, &mut locals, &mut stack);
        f.set_local(1, Value(5));
        f.stack_set(2, Value(9));
        f.set_sp(3);
        assert_eq!(f.local(1), Value(5));
        assert_eq!(f.constant(0), Value(7));
        assert_eq!(f.values(1, 2).to_vec(), vec![Value(0), Value(9)]);
        let mut seen = vec![];
        f.for_each_value(|v| seen.push(v.0));
        assert_eq!(seen, vec![0, 5, 0, 0, 9]);
    }

    #[test]
    #[should_panic(expected = "out of range")]
    fn out_of_range_stack_access_is_caught() {
        let mut stack = [Value(0); 1];
        let f = Frame::new(&[], &[], &mut [], &mut stack);
        f.stack_get(1);
    }
}
