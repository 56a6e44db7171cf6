//! The [`Emitter`]: what a generated per-instruction emitter calls to produce Cranelift IR.
//! It knows the frame layout, the static stack depth, the blocks of jump targets and how to
//! leave compiled code; the generated emitters know only the instruction's semantics.
//!
//! The running frame is a heap object that a collection may move: its address is kept in a
//! variable, recomputed from `VmCtx::frame` at entry and after every call that may collect
//! ([`Emitter::reload_frame`]).

use crate::rt::VmCtx;
use crate::rt::frame::slot;
use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{
    self, AbiParam, Block, InstBuilder, MemFlagsData, StackSlot, Type, types,
};
use cranelift_frontend::{FunctionBuilder, Variable};
use std::collections::HashMap;

pub use cranelift_codegen::ir::Value as ClValue;

mod ops;

/// Status a compiled function returns.
pub const STATUS_RETURN: i64 = 0;
pub const STATUS_RAISE: i64 = 1;
pub const STATUS_EXIT: i64 = 2;
/// The frame in `VmCtx::ret` is to run on top of this one (an `enter`).
pub const STATUS_ENTER: i64 = 3;
/// The frame suspended with the value in `VmCtx::ret`.
pub const STATUS_SUSPEND: i64 = 4;

/// A scalar in an extern shim's signature (see `gvmt::codegen::shims`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Abi {
    I64,
    F64,
}

impl Abi {
    fn ty(self) -> Type {
        match self {
            Abi::I64 => types::I64,
            Abi::F64 => types::F64,
        }
    }
}

pub struct Emitter<'a, 'f> {
    pub b: &'a mut FunctionBuilder<'f>,
    pub(crate) vm: ClValue,
    pub(crate) vmctx: ClValue,
    /// Address of the running frame's first local (`heap_base + frame + tail`).
    pub(crate) tail: Variable,
    /// Offset of the tail in a frame.
    pub(crate) frame_tail: usize,
    /// The code's locals (a frame's tail holds them, then the stack).
    pub(crate) nlocals: usize,
    /// Address and length of the code's constants (outside the heap, never moved).
    pub(crate) consts: usize,
    pub(crate) consts_len: usize,
    pub(crate) out_slot: StackSlot,
    pub(crate) blocks: &'a HashMap<usize, Block>,
    pub(crate) pc: usize,
    pub(crate) depth: usize,
    /// Where a family member's generic fallback rejoins it (made on its first deopt).
    pub(crate) inst_end: Option<Block>,
    pub(crate) deopt_policy: DeoptPolicy,
    /// Address of the generated `shims::poll`.
    pub(crate) poll: usize,
    /// Address of the generated `shims::alloc`.
    pub(crate) alloc: usize,
    /// Code for threads in STM transactions: heap loads and stores go through
    /// `rt::heap`'s barriers, and allocations through the VM (which records them).
    pub(crate) stm: bool,
    /// Variables by type, reused by every instruction (see [`Emitter::var`]), and how many
    /// of each the instruction being emitted has taken.
    pub(crate) vars: HashMap<Type, (Vec<Variable>, usize)>,
}

/// What compiled code does when a family member's guard fails.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum DeoptPolicy {
    /// Run the family head's generic code in place and stay in compiled code.
    #[default]
    InlineHead,
    /// Leave compiled code with the pc of the instruction (status "exit"); the interpreter
    /// re-runs it, deopting to the head there.
    ExitToInterpreter,
}

/// Types of values in bodies, as the emitters see them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ty {
    Value,
    I64,
    F64,
    Bool,
}

impl Ty {
    pub fn cl(self) -> Type {
        match self {
            Ty::Value | Ty::I64 => types::I64,
            Ty::F64 => types::F64,
            Ty::Bool => types::I8,
        }
    }
}

/// Binary operators of the body language (`&&` and `||` are [`Emitter::and`]/[`Emitter::or`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Op2 {
    Add,
    Sub,
    Mul,
    Div,
    Rem,
    BitAnd,
    BitOr,
    BitXor,
    Shl,
    Shr,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

/// Checked integer operations.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Checked {
    Add,
    Sub,
    Mul,
    Div,
    Rem,
}

extern "C" fn gvmt_fmod(a: f64, b: f64) -> f64 {
    a % b
}

extern "C" fn gvmt_write_barrier(ctx: *const VmCtx, object: u64) {
    // SAFETY: compiled code passes the context it was entered with, alive for the call.
    crate::rt::heap::write_barrier(unsafe { &*ctx }, crate::rt::Value(object));
}

extern "C" fn gvmt_stm_load(ctx: *const VmCtx, object: u64, offset: u64) -> u64 {
    // SAFETY: as in `gvmt_write_barrier`.
    crate::rt::heap::load_word(unsafe { &*ctx }, crate::rt::Value(object), offset as usize)
}

extern "C" fn gvmt_stm_store(ctx: *const VmCtx, object: u64, offset: u64, word: u64) {
    // SAFETY: as in `gvmt_write_barrier`.
    crate::rt::heap::store_word(
        unsafe { &*ctx },
        crate::rt::Value(object),
        offset as usize,
        word,
    )
}

impl Emitter<'_, '_> {
    /// pc of the instruction being emitted.
    pub fn pc(&self) -> usize {
        self.pc
    }

    /// Stack depth at the instruction's start.
    pub fn depth(&self) -> usize {
        self.depth
    }

    /// The slot `depth + konst - sum(minus)`.
    pub fn slot(&self, konst: i64, minus: &[i64]) -> usize {
        (self.depth as i64 + konst - minus.iter().sum::<i64>()) as usize
    }

    /// A variable of type `ty` for the instruction being emitted. Instructions reuse the
    /// variables of the ones before (every instruction defines a variable before it uses
    /// it): Cranelift's SSA builder keeps a per-block table for each variable, so a fresh
    /// variable per instruction would make compile memory quadratic in the code's length.
    pub fn var(&mut self, ty: Type) -> Variable {
        let (pool, used) = self.vars.entry(ty).or_default();
        if *used == pool.len() {
            pool.push(self.b.declare_var(ty));
        }
        *used += 1;
        pool[*used - 1]
    }

    /// Starts an instruction: its variables are taken anew from the pools.
    pub fn begin_instruction(&mut self) {
        for (_, used) in self.vars.values_mut() {
            *used = 0;
        }
    }

    pub fn iconst(&mut self, v: i64) -> ClValue {
        self.b.ins().iconst(types::I64, v)
    }

    pub fn fconst(&mut self, v: f64) -> ClValue {
        self.b.ins().f64const(v)
    }

    pub fn bconst(&mut self, v: bool) -> ClValue {
        self.b.ins().iconst(types::I8, v as i64)
    }

    /// Recomputes the running frame's address (after a call that may have collected).
    pub fn reload_frame(&mut self) {
        let flags = MemFlagsData::trusted();
        let base = self
            .b
            .ins()
            .load(types::I64, flags, self.vmctx, VmCtx::OFFSET_HEAP_BASE);
        let frame = self
            .b
            .ins()
            .load(types::I64, flags, self.vmctx, VmCtx::OFFSET_FRAME);
        let at = self.b.ins().iadd(base, frame);
        let tail = self.b.ins().iadd_imm_s(at, self.frame_tail as i64);
        self.b.def_var(self.tail, tail);
    }

    /// A fixed slot of the running frame (`gvmt::rt::frame::slot`), as an offset from the tail.
    fn fixed(&self, offset: usize) -> i32 {
        offset as i32 - self.frame_tail as i32
    }

    pub fn stack_load(&mut self, slot: usize) -> ClValue {
        let tail = self.b.use_var(self.tail);
        self.b.ins().load(
            types::I64,
            MemFlagsData::trusted(),
            tail,
            ((self.nlocals + slot) * 8) as i32,
        )
    }

    pub fn stack_store(&mut self, slot: usize, v: ClValue) {
        let tail = self.b.use_var(self.tail);
        self.b.ins().store(
            MemFlagsData::trusted(),
            v,
            tail,
            ((self.nlocals + slot) * 8) as i32,
        );
    }

    /// The first stack slot of an array input, as the shims take it.
    pub fn stack_addr(&mut self, slot: usize) -> ClValue {
        self.b.ins().iconst(types::I64, slot as i64)
    }

    /// Leaves compiled code unless `index < len`, then returns the address of element `index`.
    fn checked_element(&mut self, base: ClValue, len: ClValue, index: ClValue) -> ClValue {
        let ok = self.b.ins().icmp(IntCC::UnsignedLessThan, index, len);
        let fail = self.b.create_block();
        let cont = self.b.create_block();
        self.b.ins().brif(ok, cont, &[], fail, &[]);
        self.b.switch_to_block(fail);
        self.b.seal_block(fail);
        self.exit_with(STATUS_EXIT, self.depth);
        self.b.switch_to_block(cont);
        self.b.seal_block(cont);
        let off = self.b.ins().ishl_imm_u(index, 3);
        self.b.ins().iadd(base, off)
    }

    pub fn local_load(&mut self, index: ClValue) -> ClValue {
        let tail = self.b.use_var(self.tail);
        let len = self.b.ins().iconst(types::I64, self.nlocals as i64);
        let addr = self.checked_element(tail, len, index);
        self.b
            .ins()
            .load(types::I64, MemFlagsData::trusted(), addr, 0)
    }

    pub fn local_store(&mut self, index: ClValue, v: ClValue) {
        let tail = self.b.use_var(self.tail);
        let len = self.b.ins().iconst(types::I64, self.nlocals as i64);
        let addr = self.checked_element(tail, len, index);
        self.b.ins().store(MemFlagsData::trusted(), v, addr, 0);
    }

    pub fn constant(&mut self, index: ClValue) -> ClValue {
        let base = self.b.ins().iconst(types::I64, self.consts as i64);
        let len = self.b.ins().iconst(types::I64, self.consts_len as i64);
        let addr = self.checked_element(base, len, index);
        self.b
            .ins()
            .load(types::I64, MemFlagsData::trusted(), addr, 0)
    }

    /// The running frame (`VmCtx::frame`).
    pub fn current_frame(&mut self) -> ClValue {
        self.b.ins().load(
            types::I64,
            MemFlagsData::trusted(),
            self.vmctx,
            VmCtx::OFFSET_FRAME,
        )
    }

    /// True if `v` refers to an object of the frame layout `layout`; `is_ref` is the spec's
    /// reference test of `v`, already emitted.
    pub fn is_frame(&mut self, v: ClValue, is_ref: ClValue, layout: usize) -> ClValue {
        let result = self.var(types::I8);
        let no = self.b.ins().iconst(types::I8, 0);
        self.b.def_var(result, no);
        let nonzero = self.b.ins().icmp_imm_u(IntCC::NotEqual, v, 0);
        let both = self.b.ins().band(nonzero, is_ref);
        let check = self.b.create_block();
        let done = self.b.create_block();
        self.b.ins().brif(both, check, &[], done, &[]);
        self.b.seal_block(check);
        self.b.switch_to_block(check);
        let header = self.heap_load(v, 0, types::I64);
        let id = self
            .b
            .ins()
            .ushr_imm_u(header, crate::rt::heap::header::LAYOUT_SHIFT as i64);
        let yes = self.b.ins().icmp_imm_u(IntCC::Equal, id, layout as i64);
        self.b.def_var(result, yes);
        self.b.ins().jump(done, &[]);
        self.b.seal_block(done);
        self.b.switch_to_block(done);
        self.b.use_var(result)
    }

    fn heap_addr(&mut self, object: ClValue, offset: usize) -> ClValue {
        let base = self.b.ins().load(
            types::I64,
            MemFlagsData::trusted(),
            self.vmctx,
            VmCtx::OFFSET_HEAP_BASE,
        );
        let at = self.b.ins().iadd(base, object);
        self.b.ins().iadd_imm_s(at, offset as i64)
    }

    /// Loads a slot: `ty` is I64 or F64.
    pub fn heap_load(&mut self, object: ClValue, offset: usize, ty: Type) -> ClValue {
        if self.stm {
            let offset = self.b.ins().iconst(types::I64, offset as i64);
            let word = self
                .call_raw(
                    gvmt_stm_load as *const () as usize,
                    &[Abi::I64, Abi::I64, Abi::I64],
                    Some(Abi::I64),
                    &[self.vmctx, object, offset],
                )
                .expect("a word");
            return if ty == types::I64 {
                word
            } else {
                self.b.ins().bitcast(ty, MemFlagsData::new(), word)
            };
        }
        let addr = self.heap_addr(object, offset);
        self.b.ins().load(ty, MemFlagsData::trusted(), addr, 0)
    }

    pub fn heap_store(&mut self, object: ClValue, offset: usize, v: ClValue) {
        if self.stm {
            let word = if self.b.func.dfg.value_type(v) == types::I64 {
                v
            } else {
                self.b.ins().bitcast(types::I64, MemFlagsData::new(), v)
            };
            let offset = self.b.ins().iconst(types::I64, offset as i64);
            self.call_raw(
                gvmt_stm_store as *const () as usize,
                &[Abi::I64, Abi::I64, Abi::I64, Abi::I64],
                None,
                &[self.vmctx, object, offset, word],
            );
            return;
        }
        let addr = self.heap_addr(object, offset);
        self.b.ins().store(MemFlagsData::trusted(), v, addr, 0);
    }

    /// Publishes pc and sp in the frame (before a call that may collect, and on every exit).
    pub fn sync(&mut self, sp: usize) {
        self.sync_at(self.pc, sp);
    }

    fn sync_at(&mut self, pc: usize, sp: usize) {
        let tail = self.b.use_var(self.tail);
        let pc = self.b.ins().iconst(types::I64, pc as i64);
        let at = self.fixed(slot::PC);
        self.b.ins().store(MemFlagsData::trusted(), pc, tail, at);
        let sp = self.b.ins().iconst(types::I64, sp as i64);
        let at = self.fixed(slot::SP);
        self.b.ins().store(MemFlagsData::trusted(), sp, tail, at);
    }

    fn exit_with(&mut self, status: i64, sp: usize) {
        // Exits follow calls that may have collected: find the frame anew.
        self.reload_frame();
        self.sync(sp);
        self.leave(status);
    }

    fn leave(&mut self, status: i64) {
        let s = self.b.ins().iconst(types::I32, status);
        self.b.ins().return_(&[s]);
        self.dead_block();
    }

    fn set_ret(&mut self, v: ClValue) {
        self.b
            .ins()
            .store(MemFlagsData::trusted(), v, self.vmctx, VmCtx::OFFSET_RET);
    }

    /// After a terminator: continue in a fresh block that nothing reaches, so whatever the
    /// generated code emits next is well-formed (and removed as dead code).
    fn dead_block(&mut self) {
        let dead = self.b.create_block();
        self.b.seal_block(dead);
        self.b.switch_to_block(dead);
    }

    /// Leaves compiled code with the error parked in the VM: the instruction raised.
    pub fn raise_exit(&mut self) {
        self.exit_with(STATUS_RAISE, self.depth);
    }

    /// Leaves compiled code to run this instruction in the interpreter (a failed guard).
    pub fn deopt_exit(&mut self) {
        self.exit_with(STATUS_EXIT, self.depth);
    }

    /// The frame returns `v` (the interpreter's driver pops it and goes on in the caller).
    pub fn return_value(&mut self, v: ClValue) {
        self.set_ret(v);
        self.exit_with(STATUS_RETURN, self.depth);
    }

    /// The frame suspends with `v`, to go on at `next_pc` with `sp` values on the stack.
    pub fn suspend_value(&mut self, v: ClValue, next_pc: usize, sp: usize) {
        self.set_ret(v);
        self.reload_frame();
        self.sync_at(next_pc, sp);
        self.leave(STATUS_SUSPEND);
    }

    /// Runs the frame `callee` on top of this one; this frame waits at this instruction with
    /// `sp` values (its inputs popped), and its output is the callee's return value.
    pub fn enter(&mut self, callee: ClValue, sp: usize) {
        self.set_ret(callee);
        self.exit_with(STATUS_ENTER, sp);
    }

    /// Jumps to the instruction at `target` (its block; the stack is already in memory, `sp`
    /// deep). A backward jump is a safepoint: if the context's `interrupt` is set, publish the
    /// frame state and call `Vm::poll`, which may collect or raise.
    pub fn goto(&mut self, target: i64, sp: usize) {
        let block = self.blocks[&(target as usize)];
        if target as usize <= self.pc {
            let flag = self.b.ins().load(
                types::I32,
                MemFlagsData::trusted(),
                self.vmctx,
                VmCtx::OFFSET_INTERRUPT,
            );
            let poll = self.b.create_block();
            self.b.ins().brif(flag, poll, &[], block, &[]);
            self.b.seal_block(poll);
            self.b.switch_to_block(poll);
            let pc = self.pc;
            self.pc = target as usize;
            self.sync(sp);
            let mut sig = ir::Signature::new(self.b.func.signature.call_conv);
            sig.params.push(AbiParam::new(types::I64));
            sig.returns.push(AbiParam::new(types::I32));
            let sigref = self.b.import_signature(sig);
            let callee = self.b.ins().iconst(types::I64, self.poll as i64);
            let call = self.b.ins().call_indirect(sigref, callee, &[self.vm]);
            let status = self.b.inst_results(call)[0];
            // The poll may have collected: follow the frame.
            self.reload_frame();
            let failed = self.b.create_block();
            self.b.ins().brif(status, failed, &[], block, &[]);
            self.b.seal_block(failed);
            self.b.switch_to_block(failed);
            self.exit_with(STATUS_RAISE, sp);
            self.pc = pc;
        } else {
            self.b.ins().jump(block, &[]);
            self.dead_block();
        }
    }

    /// Allocates `size` bytes (an `I64`, a multiple of 16) for layout `layout`: the thread's
    /// allocation buffer bumped inline, the VM's `alloc_slow` (which may collect and raise)
    /// when it is full. The frame state must be published first (`sync`).
    pub fn alloc(&mut self, layout: i64, size: ClValue) -> ClValue {
        let flags = MemFlagsData::trusted();
        let cursor = self
            .b
            .ins()
            .load(types::I64, flags, self.vmctx, VmCtx::OFFSET_ALLOC_CURSOR);
        let limit = self
            .b
            .ins()
            .load(types::I64, flags, self.vmctx, VmCtx::OFFSET_ALLOC_LIMIT);
        let end = self.b.ins().iadd(cursor, size);
        let fits = self
            .b
            .ins()
            .icmp(IntCC::UnsignedLessThanOrEqual, end, limit);
        let started = self.b.ins().icmp_imm_u(IntCC::NotEqual, cursor, 0);
        let ok = self.b.ins().band(fits, started);
        // Under the STM every allocation goes through the VM, which records it for the
        // transaction (`rt::heap::init_header`).
        let ok = if self.stm {
            self.b.ins().iconst(types::I8, 0)
        } else {
            ok
        };
        let fast = self.b.create_block();
        let slow = self.b.create_block();
        let done = self.b.create_block();
        let result = self.b.append_block_param(done, types::I64);
        self.b.ins().brif(ok, fast, &[], slow, &[]);
        self.b.seal_block(fast);
        self.b.seal_block(slow);
        self.b.switch_to_block(fast);
        self.b
            .ins()
            .store(flags, end, self.vmctx, VmCtx::OFFSET_ALLOC_CURSOR);
        let header = self.b.ins().iconst(
            types::I64,
            crate::rt::heap::header::new(layout as usize) as i64,
        );
        self.heap_store(cursor, 0, header);
        self.b.ins().jump(done, &[cursor.into()]);
        self.b.switch_to_block(slow);
        let id = self.b.ins().iconst(types::I64, layout);
        let object = self
            .call(
                self.alloc,
                &[Abi::I64, Abi::I64],
                Some(Abi::I64),
                true,
                false,
                &[id, size],
            )
            .expect("alloc returns the object");
        self.reload_frame();
        self.b.ins().jump(done, &[object.into()]);
        self.b.seal_block(done);
        self.b.switch_to_block(done);
        result
    }

    /// The write barrier after storing a reference into `object` (see
    /// `gvmt::rt::heap::write_barrier`).
    pub fn write_barrier(&mut self, object: ClValue) {
        let barrier = self.b.ins().load(
            types::I8,
            MemFlagsData::trusted(),
            self.vmctx,
            VmCtx::OFFSET_BARRIER,
        );
        let slow = self.b.create_block();
        let cont = self.b.create_block();
        self.b.ins().brif(barrier, slow, &[], cont, &[]);
        self.b.seal_block(slow);
        self.b.switch_to_block(slow);
        self.call_raw(
            gvmt_write_barrier as *const () as usize,
            &[Abi::I64, Abi::I64],
            None,
            &[self.vmctx, object],
        );
        self.b.ins().jump(cont, &[]);
        self.b.seal_block(cont);
        self.b.switch_to_block(cont);
    }

    /// Branches on a bool (`I8`): emits `then` and `otherwise` in their own blocks and
    /// continues after them unless both always leave.
    pub fn if_else(
        &mut self,
        cond: ClValue,
        then: impl FnOnce(&mut Self) -> bool,
        otherwise: impl FnOnce(&mut Self) -> bool,
    ) -> bool {
        let then_block = self.b.create_block();
        let else_block = self.b.create_block();
        let merge = self.b.create_block();
        self.b.ins().brif(cond, then_block, &[], else_block, &[]);
        self.b.seal_block(then_block);
        self.b.seal_block(else_block);
        self.b.switch_to_block(then_block);
        let then_leaves = then(self);
        if !then_leaves {
            self.b.ins().jump(merge, &[]);
        }
        self.b.switch_to_block(else_block);
        let else_leaves = otherwise(self);
        if !else_leaves {
            self.b.ins().jump(merge, &[]);
        }
        self.b.seal_block(merge);
        self.b.switch_to_block(merge);
        then_leaves && else_leaves
    }

    /// Calls a C-ABI shim at `addr`. Without `raises`, returns its result. With `raises`, a
    /// failed call leaves compiled code with status "raise" and the result (if any) is read
    /// back from the out-slot. A `never` call always leaves.
    pub fn call(
        &mut self,
        addr: usize,
        params: &[Abi],
        ret: Option<Abi>,
        raises: bool,
        never: bool,
        args: &[ClValue],
    ) -> Option<ClValue> {
        let mut sig = ir::Signature::new(self.b.func.signature.call_conv);
        sig.params.push(AbiParam::new(types::I64));
        sig.params
            .extend(params.iter().map(|p| AbiParam::new(p.ty())));
        let mut all = vec![self.vm];
        all.extend_from_slice(args);
        if never {
            let sigref = self.b.import_signature(sig);
            let callee = self.b.ins().iconst(types::I64, addr as i64);
            self.b.ins().call_indirect(sigref, callee, &all);
            self.raise_exit();
            return None;
        }
        if raises {
            sig.params.push(AbiParam::new(types::I64));
            sig.returns.push(AbiParam::new(types::I32));
            let out = self.b.ins().stack_addr(types::I64, self.out_slot, 0);
            all.push(out);
        } else if let Some(r) = ret {
            sig.returns.push(AbiParam::new(r.ty()));
        }
        let sigref = self.b.import_signature(sig);
        let callee = self.b.ins().iconst(types::I64, addr as i64);
        let call = self.b.ins().call_indirect(sigref, callee, &all);
        if !raises {
            return ret.map(|_| self.b.inst_results(call)[0]);
        }
        let status = self.b.inst_results(call)[0];
        let failed = self.b.create_block();
        let ok = self.b.create_block();
        self.b.ins().brif(status, failed, &[], ok, &[]);
        self.b.seal_block(failed);
        self.b.seal_block(ok);
        self.b.switch_to_block(failed);
        self.raise_exit();
        self.b.switch_to_block(ok);
        ret.map(|r| {
            self.b
                .ins()
                .stack_load(types::I64, r.ty(), self.out_slot, 0)
        })
    }

    /// A family member's failed guard. Under [`DeoptPolicy::InlineHead`] emits the family
    /// head's generic code (`head`) in place, which rejoins the member at the end of the
    /// instruction; under [`DeoptPolicy::ExitToInterpreter`] leaves compiled code at this pc.
    pub fn deopt(&mut self, head: impl FnOnce(&mut Self)) {
        if self.deopt_policy == DeoptPolicy::ExitToInterpreter {
            self.deopt_exit();
            return;
        }
        let end = match self.inst_end {
            Some(b) => b,
            None => {
                let b = self.b.create_block();
                self.inst_end = Some(b);
                b
            }
        };
        head(self);
        self.b.ins().jump(end, &[]);
        self.dead_block();
    }

    /// Ends the instruction: joins the generic fallback paths, if any.
    pub fn end_instruction(&mut self) {
        if let Some(end) = self.inst_end.take() {
            self.b.ins().jump(end, &[]);
            self.b.seal_block(end);
            self.b.switch_to_block(end);
        }
    }

    /// Calls a plain C function (no VM pointer, cannot raise).
    fn call_raw(
        &mut self,
        addr: usize,
        params: &[Abi],
        ret: Option<Abi>,
        args: &[ClValue],
    ) -> Option<ClValue> {
        let mut sig = ir::Signature::new(self.b.func.signature.call_conv);
        sig.params
            .extend(params.iter().map(|p| AbiParam::new(p.ty())));
        sig.returns.extend(ret.map(|r| AbiParam::new(r.ty())));
        let sigref = self.b.import_signature(sig);
        let callee = self.b.ins().iconst(types::I64, addr as i64);
        let call = self.b.ins().call_indirect(sigref, callee, args);
        ret.map(|_| self.b.inst_results(call)[0])
    }

    /// Branches to `fail` code when `ok` (an `I8` bool) is false; continues in a new block.
    pub fn guard(&mut self, ok: ClValue, fail: impl FnOnce(&mut Self)) {
        let fail_block = self.b.create_block();
        let cont = self.b.create_block();
        self.b.ins().brif(ok, cont, &[], fail_block, &[]);
        self.b.seal_block(fail_block);
        self.b.seal_block(cont);
        self.b.switch_to_block(fail_block);
        fail(self);
        self.b.switch_to_block(cont);
    }
}
