//! The JIT driver: compiles one bytecode function by stitching together the Cranelift IR that
//! the generated per-instruction emitters produce, one block per jump target, with the frame
//! state in memory at every instruction boundary.
//!
//! A compiled function runs the thread's running frame. It is entered at pc 0, at any jump
//! target, or after any instruction that enters a frame or suspends (the frame's `pc`), and
//! returns a status to the interpreter's driver: return or suspend (value in `VmCtx::ret`),
//! enter (the callee frame in `VmCtx::ret`), raise (error parked in the VM) or exit (continue
//! in the interpreter at the frame's `pc`, e.g. after a failed guard).

mod analysis;
mod emitter;

pub use analysis::{Analysis, Decoded, JitError, analyse, analyse_from};
pub use emitter::{
    Abi, Checked, ClValue, DeoptPolicy, Emitter, Op2, STATUS_ENTER, STATUS_EXIT, STATUS_RAISE,
    STATUS_RETURN, STATUS_SUSPEND, Ty,
};

use crate::rt::{Code, InstrInfo, Vm, VmCtx};
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
    /// Offset of the first local in the spec's frame layout.
    pub frame_tail: usize,
    /// The frame layout's id (for `is_frame`).
    pub frame_layout: usize,
}

/// How a compiled function left.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JitExit {
    /// The frame returned the value in `VmCtx::ret`.
    Return,
    /// The frame suspended with the value in `VmCtx::ret`.
    Suspend,
    /// Run the frame in `VmCtx::ret` on top of this one.
    Enter,
    /// The VM holds the pending error (`Vm::take_pending_error`).
    Raise,
    /// Continue in the interpreter at the frame's `pc`.
    Exit,
}

type RawFn = unsafe extern "C" fn(*mut u8, *mut VmCtx) -> i32;

/// A compiled bytecode function: an entry point made by a [`Jit`], valid while it lives.
#[derive(Clone, Copy, Debug)]
pub struct CompiledFn {
    entry: RawFn,
}

impl CompiledFn {
    /// The function at `entry`, an address from [`CompiledFn::entry_address`].
    ///
    /// # Safety
    /// `entry` must come from `entry_address` of a function whose [`Jit`] is alive.
    pub unsafe fn from_entry(entry: usize) -> CompiledFn {
        // SAFETY: the caller passes an address that was a `RawFn`.
        CompiledFn {
            entry: unsafe { std::mem::transmute::<usize, RawFn>(entry) },
        }
    }

    pub fn entry_address(&self) -> usize {
        self.entry as usize
    }

    /// Runs the thread's running frame, which runs this code, from its `pc`.
    ///
    /// # Safety
    /// `self` must have been compiled, by a [`Jit`] that is still alive, from the running
    /// frame's code with the instruction set generated for `V`.
    pub unsafe fn call<V: Vm>(&self, vm: &mut V) -> JitExit {
        let ctx: *mut VmCtx = vm.vmctx_mut();
        let vm_ptr = vm as *mut V as *mut u8;
        // SAFETY: the caller guarantees the code matches `V` and the running frame; the
        // pointers are valid for the call and the compiled code only reaches the VM through
        // the shims.
        let status = unsafe { (self.entry)(vm_ptr, ctx) };
        match status as i64 {
            STATUS_RETURN => JitExit::Return,
            STATUS_SUSPEND => JitExit::Suspend,
            STATUS_ENTER => JitExit::Enter,
            STATUS_RAISE => JitExit::Raise,
            _ => JitExit::Exit,
        }
    }
}

/// What [`Jit::compile`] made, besides the entry point: for tests and statistics.
#[derive(Clone, Copy, Debug)]
pub struct CompiledInfo {
    /// Stack slots the function needs.
    pub max_depth: usize,
    /// Instructions compiled.
    pub instructions: usize,
}

/// A Cranelift JIT for one instruction set. Compiled code is freed when it is dropped.
pub struct Jit {
    module: JITModule,
    /// The module for code longer than [`LARGE_CODE`] instructions, compiled without
    /// Cranelift's optimizer (made on first use).
    large: Option<JITModule>,
    fctx: FunctionBuilderContext,
    ctx: cranelift_codegen::Context,
    set: InstructionSet,
    count: usize,
    /// Text of the last compiled function's IR, when `keep_ir` is set (for tests and dumps).
    pub last_ir: Option<String>,
    pub keep_ir: bool,
    /// What a failed guard does in code compiled from now on.
    pub deopt_policy: DeoptPolicy,
    /// Compile for threads that run STM transactions (`gvmt::sync::Stm`): every heap load
    /// and store calls `rt::heap`'s barriers, every allocation goes through the VM.
    pub stm_barriers: bool,
}

/// Code with more instructions than this is compiled without Cranelift's optimizer, whose
/// e-graph pass takes time quadratic in the length of a long straight-line function (a
/// module body of 70,000 assignments took minutes and gigabytes; without it, seconds).
pub const LARGE_CODE: usize = 3000;

/// A JIT module for the host, optimizing (`opt_level` "speed") or not ("none").
fn host_module(opt_level: &str) -> Result<JITModule, JitError> {
    let mut flags = settings::builder();
    let err = |e: &dyn std::fmt::Display| JitError::Cranelift(e.to_string());
    flags.set("opt_level", opt_level).map_err(|e| err(&e))?;
    flags
        .set("use_colocated_libcalls", "false")
        .map_err(|e| err(&e))?;
    flags.set("is_pic", "false").map_err(|e| err(&e))?;
    // The verifier is quadratic in places: debug builds (and their tests) run it.
    let verify = if cfg!(debug_assertions) {
        "true"
    } else {
        "false"
    };
    flags.set("enable_verifier", verify).map_err(|e| err(&e))?;
    let isa = cranelift_native::builder()
        .map_err(|e| err(&e))?
        .finish(settings::Flags::new(flags))
        .map_err(|e| err(&e))?;
    Ok(JITModule::new(JITBuilder::with_isa(
        isa,
        cranelift_module::default_libcall_names(),
    )))
}

impl Jit {
    pub fn new(set: InstructionSet) -> Result<Jit, JitError> {
        let module = host_module("speed")?;
        let ctx = module.make_context();
        Ok(Jit {
            module,
            large: None,
            fctx: FunctionBuilderContext::new(),
            ctx,
            set,
            count: 0,
            last_ir: None,
            keep_ir: false,
            deopt_policy: DeoptPolicy::default(),
            stm_barriers: false,
        })
    }

    /// Compiles `code` (its bytes, with its constants at their present address).
    pub fn compile(&mut self, code: &Code) -> Result<(CompiledFn, CompiledInfo), JitError> {
        let analysis = analyse(self.set.infos, code.bytes())?;
        if analysis.max_depth > code.stack_size() {
            return Err(JitError::StackTooDeep {
                needed: analysis.max_depth,
            });
        }
        let ptr = self.module.target_config().pointer_type();
        debug_assert_eq!(ptr, types::I64, "gvmt's JIT targets 64-bit hosts");
        self.module.clear_context(&mut self.ctx);
        let sig = &mut self.ctx.func.signature;
        for _ in 0..2 {
            sig.params.push(AbiParam::new(ptr));
        }
        sig.returns.push(AbiParam::new(types::I32));
        self.ctx.func.name = UserFuncName::user(0, self.count as u32);
        self.build(&analysis, code);
        if self.keep_ir {
            self.last_ir = Some(self.ctx.func.display().to_string());
        }
        let name = format!("gvmt_fn_{}", self.count);
        self.count += 1;
        let err = |e: &dyn std::fmt::Display| JitError::Cranelift(e.to_string());
        let module = if analysis.insts.len() > LARGE_CODE {
            if self.large.is_none() {
                self.large = Some(host_module("none")?);
            }
            self.large.as_mut().expect("made above")
        } else {
            &mut self.module
        };
        let id = module
            .declare_function(&name, Linkage::Local, &self.ctx.func.signature)
            .map_err(|e| err(&e))?;
        module
            .define_function(id, &mut self.ctx)
            .map_err(|e| JitError::Cranelift(format!("{e:?}")))?;
        module.finalize_definitions().map_err(|e| err(&e))?;
        let raw = module.get_finalized_function(id);
        // SAFETY: `raw` is the code just finalized for a function with the signature built
        // above: two pointers in, an i32 out.
        let entry: RawFn = unsafe { std::mem::transmute::<*const u8, RawFn>(raw) };
        Ok((
            CompiledFn { entry },
            CompiledInfo {
                max_depth: analysis.max_depth,
                instructions: analysis.insts.len(),
            },
        ))
    }

    fn build(&mut self, analysis: &Analysis, code: &Code) {
        let config = self.module.target_config();
        let mut b = FunctionBuilder::new(&mut self.ctx.func, &mut self.fctx);
        let entry = b.create_block();
        b.append_block_params_for_function_params(entry);
        b.switch_to_block(entry);
        b.seal_block(entry);
        let params = b.block_params(entry).to_vec();
        let (vm, vmctx) = (params[0], params[1]);
        let out_slot =
            b.create_sized_stack_slot(StackSlotData::new(StackSlotKind::ExplicitSlot, 8, 3));
        let tail = b.declare_var(types::I64);
        // One block per entry point: pc 0, every jump target, and every instruction after one
        // that enters a frame or suspends (where the frame goes on when the callee returns or
        // the frame is resumed).
        let mut blocks = HashMap::new();
        let mut starts = vec![0usize];
        starts.extend(analysis.targets.iter().copied().filter(|&t| t != 0));
        for d in analysis.insts.values() {
            let info = &self.set.infos[d.opcode as usize];
            if (info.enters || info.suspends) && analysis.insts.contains_key(&d.next_pc) {
                starts.push(d.next_pc);
            }
        }
        starts.sort();
        starts.dedup();
        for &pc in &starts {
            blocks.insert(pc, b.create_block());
        }
        // The running frame's address, and its pc, which picks the entry block.
        let flags = MemFlagsData::trusted();
        let base = b
            .ins()
            .load(types::I64, flags, vmctx, VmCtx::OFFSET_HEAP_BASE);
        let frame = b.ins().load(types::I64, flags, vmctx, VmCtx::OFFSET_FRAME);
        let at = b.ins().iadd(base, frame);
        let first_local = b.ins().iadd_imm_s(at, self.set.frame_tail as i64);
        b.def_var(tail, first_local);
        let pc = b
            .ins()
            .load(types::I64, flags, at, crate::rt::frame::slot::PC as i32);
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
            tail,
            frame_tail: self.set.frame_tail,
            nlocals: code.nlocals(),
            consts: code.consts_ptr() as usize,
            consts_len: code.consts_len(),
            out_slot,
            blocks: &blocks,
            pc: 0,
            depth: 0,
            inst_end: None,
            deopt_policy: self.deopt_policy,
            poll: self.set.poll as usize,
            alloc: self.set.alloc as usize,
            stm: self.stm_barriers,
            vars: HashMap::new(),
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
            e.begin_instruction();
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
