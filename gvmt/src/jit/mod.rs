//! The JIT driver: compiles one bytecode function by stitching together the Cranelift IR that
//! the generated per-instruction emitters produce, one block per jump target, with the frame
//! state in memory at every instruction boundary.
//!
//! A compiled function is entered at pc 0 or at any jump target (the frame's `pc`) and returns
//! a status: return (value in the frame), raise (error parked in the VM) or exit (continue in
//! the interpreter at the frame's `pc`, e.g. after a failed guard).

mod analysis;
mod emitter;

pub use analysis::{Analysis, Decoded, JitError, analyse, analyse_from};
pub use emitter::{
    Abi, Checked, ClValue, DeoptPolicy, Emitter, Op2, STATUS_EXIT, STATUS_RAISE, STATUS_RETURN, Ty,
};

use crate::rt::{Frame, InstrInfo, Value, Vm, VmCtx};
use cranelift_codegen::ir::{
    AbiParam, InstBuilder, MemFlagsData, StackSlotData, StackSlotKind, UserFuncName, types,
};
use cranelift_codegen::settings::{self, Configurable};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext, Switch};
use cranelift_jit::{JITBuilder, JITModule};
use cranelift_module::{Linkage, Module};
use std::collections::HashMap;

pub use cranelift_codegen::ir::types as cl_types;
pub use cranelift_codegen::ir::{
    InstBuilder as ClInstBuilder, condcodes::FloatCC, condcodes::IntCC,
};
pub use cranelift_frontend::Variable;

/// What a generated `jit` module gives the driver.
#[derive(Clone, Copy)]
pub struct InstructionSet {
    pub infos: &'static [InstrInfo],
    /// Emits one instruction (by opcode) with its decoded operands.
    pub emit: fn(&mut Emitter<'_, '_>, u8, &[i64]),
    /// The generated `shims::poll` (`extern "C" fn(*mut Ctx) -> i32`).
    pub poll: *const (),
    /// The generated `shims::alloc` (`extern "C" fn(*mut Ctx, i64, i64, *mut u64) -> i32`).
    pub alloc: *const (),
}

/// How a compiled function left.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JitExit {
    Return(Value),
    /// The VM holds the pending error (`Vm::take_pending_error`).
    Raise,
    /// Continue in the interpreter at the frame's `pc`.
    Exit,
}

type RawFn = unsafe extern "C" fn(*mut u8, *mut VmCtx, *const u8) -> i32;

/// A compiled bytecode function. Its code lives as long as the [`Jit`] that made it.
#[derive(Clone, Copy, Debug)]
pub struct CompiledFn {
    entry: RawFn,
    /// Stack slots the function needs.
    pub max_depth: usize,
    /// Instructions compiled.
    pub instructions: usize,
}

impl CompiledFn {
    /// Runs compiled code on `frame` from its `pc`.
    ///
    /// # Safety
    /// `self` must have been compiled, by a [`Jit`] that is still alive, from `frame`'s code
    /// with the instruction set generated for `V`.
    pub unsafe fn call<V: Vm>(&self, vm: &mut V, frame: &Frame<'_>) -> JitExit {
        if frame.stack_capacity() < self.max_depth {
            return JitExit::Exit;
        }
        let ctx: *mut VmCtx = vm.vmctx_mut();
        let vm_ptr = vm as *mut V as *mut u8;
        // SAFETY: the caller guarantees the code matches `V` and `frame`; the pointers are
        // valid for the call and the compiled code only reaches the VM through the shims.
        let status = unsafe { (self.entry)(vm_ptr, ctx, frame as *const Frame<'_> as *const u8) };
        match status as i64 {
            STATUS_RETURN => JitExit::Return(frame.ret()),
            STATUS_RAISE => JitExit::Raise,
            _ => JitExit::Exit,
        }
    }
}

/// A Cranelift JIT for one instruction set. Compiled code is freed when it is dropped.
pub struct Jit {
    module: JITModule,
    fctx: FunctionBuilderContext,
    ctx: cranelift_codegen::Context,
    set: InstructionSet,
    count: usize,
    /// Text of the last compiled function's IR, when `keep_ir` is set (for tests and dumps).
    pub last_ir: Option<String>,
    pub keep_ir: bool,
    /// What a failed guard does in code compiled from now on.
    pub deopt_policy: DeoptPolicy,
}

impl Jit {
    pub fn new(set: InstructionSet) -> Result<Jit, JitError> {
        let mut flags = settings::builder();
        let err = |e: &dyn std::fmt::Display| JitError::Cranelift(e.to_string());
        flags.set("opt_level", "speed").map_err(|e| err(&e))?;
        flags
            .set("use_colocated_libcalls", "false")
            .map_err(|e| err(&e))?;
        flags.set("is_pic", "false").map_err(|e| err(&e))?;
        flags.set("enable_verifier", "true").map_err(|e| err(&e))?;
        let isa = cranelift_native::builder()
            .map_err(|e| err(&e))?
            .finish(settings::Flags::new(flags))
            .map_err(|e| err(&e))?;
        let module = JITModule::new(JITBuilder::with_isa(
            isa,
            cranelift_module::default_libcall_names(),
        ));
        let ctx = module.make_context();
        Ok(Jit {
            module,
            fctx: FunctionBuilderContext::new(),
            ctx,
            set,
            count: 0,
            last_ir: None,
            keep_ir: false,
            deopt_policy: DeoptPolicy::default(),
        })
    }

    /// Compiles the bytecode function `code`.
    pub fn compile(&mut self, code: &[u8]) -> Result<CompiledFn, JitError> {
        let analysis = analyse(self.set.infos, code)?;
        if let Some((&pc, _)) = analysis
            .insts
            .iter()
            .find(|(_, d)| self.set.infos[d.opcode as usize].suspends)
        {
            return Err(JitError::Suspends { pc });
        }
        let ptr = self.module.target_config().pointer_type();
        debug_assert_eq!(ptr, types::I64, "gvmt's JIT targets 64-bit hosts");
        self.module.clear_context(&mut self.ctx);
        let sig = &mut self.ctx.func.signature;
        for _ in 0..3 {
            sig.params.push(AbiParam::new(ptr));
        }
        sig.returns.push(AbiParam::new(types::I32));
        self.ctx.func.name = UserFuncName::user(0, self.count as u32);
        self.build(&analysis);
        if self.keep_ir {
            self.last_ir = Some(self.ctx.func.display().to_string());
        }
        let name = format!("gvmt_fn_{}", self.count);
        self.count += 1;
        let err = |e: &dyn std::fmt::Display| JitError::Cranelift(e.to_string());
        let id = self
            .module
            .declare_function(&name, Linkage::Local, &self.ctx.func.signature)
            .map_err(|e| err(&e))?;
        self.module
            .define_function(id, &mut self.ctx)
            .map_err(|e| JitError::Cranelift(format!("{e:?}")))?;
        self.module.finalize_definitions().map_err(|e| err(&e))?;
        let raw = self.module.get_finalized_function(id);
        // SAFETY: `raw` is the code just finalized for a function with the signature built
        // above: three pointers in, an i32 out.
        let entry: RawFn = unsafe { std::mem::transmute::<*const u8, RawFn>(raw) };
        Ok(CompiledFn {
            entry,
            max_depth: analysis.max_depth,
            instructions: analysis.insts.len(),
        })
    }

    fn build(&mut self, analysis: &Analysis) {
        let config = self.module.target_config();
        let mut b = FunctionBuilder::new(&mut self.ctx.func, &mut self.fctx);
        let entry = b.create_block();
        b.append_block_params_for_function_params(entry);
        b.switch_to_block(entry);
        b.seal_block(entry);
        let params = b.block_params(entry).to_vec();
        let (vm, vmctx, frame) = (params[0], params[1], params[2]);
        let load = |b: &mut FunctionBuilder, off: i32| {
            b.ins()
                .load(types::I64, MemFlagsData::trusted(), frame, off)
        };
        let stack = load(&mut b, Frame::OFFSET_STACK);
        let locals = load(&mut b, Frame::OFFSET_LOCALS);
        let locals_len = load(&mut b, Frame::OFFSET_LOCALS + 8);
        let consts = load(&mut b, Frame::OFFSET_CONSTS);
        let consts_len = load(&mut b, Frame::OFFSET_CONSTS + 8);
        let out_slot =
            b.create_sized_stack_slot(StackSlotData::new(StackSlotKind::ExplicitSlot, 8, 3));
        // One block per entry point: pc 0 and every jump target.
        let mut blocks = HashMap::new();
        let mut starts = vec![0usize];
        starts.extend(analysis.targets.iter().copied().filter(|&t| t != 0));
        for &pc in &starts {
            blocks.insert(pc, b.create_block());
        }
        let pc = load(&mut b, Frame::OFFSET_PC);
        let leave = b.create_block();
        let mut switch = Switch::new();
        for &start in &starts {
            switch.set_entry(start as u128, blocks[&start]);
        }
        switch.emit(&mut b, pc, leave);
        b.seal_block(leave);
        b.switch_to_block(leave);
        let s = b.ins().iconst(types::I32, STATUS_EXIT);
        b.ins().return_(&[s]);

        let mut e = Emitter {
            b: &mut b,
            vm,
            vmctx,
            frame,
            stack,
            locals,
            locals_len,
            consts,
            consts_len,
            out_slot,
            blocks: &blocks,
            pc: 0,
            depth: 0,
            inst_end: None,
            deopt_policy: self.deopt_policy,
            poll: self.set.poll as usize,
            alloc: self.set.alloc as usize,
        };
        let mut first = true;
        for d in analysis.insts.values() {
            if let Some(&block) = blocks.get(&d.pc) {
                if !first {
                    e.b.ins().jump(block, &[]);
                }
                e.b.switch_to_block(block);
            } else if first {
                unreachable!("pc 0 always has a block");
            }
            first = false;
            e.pc = d.pc;
            e.depth = d.depth;
            (self.set.emit)(&mut e, d.opcode, &d.operands);
            e.end_instruction();
            // A fall-through into an instruction that was not reached by analysis (dead code)
            // cannot happen: analysis follows every fall-through.
        }
        // The last instruction never falls through (analysis checked): end its block.
        e.b.ins()
            .trap(cranelift_codegen::ir::TrapCode::unwrap_user(1));
        for &block in blocks.values() {
            b.seal_block(block);
        }
        b.finalize(config);
    }
}
