//! Back end: the Rust interpreter. Reads the checked IR; writes `gvmt_interp.rs`: opcode
//! constants, the instruction table, the dispatch loop with every instruction body inlined,
//! multimethod dispatch functions, and the C-ABI shims through which compiled code calls
//! externs.
//!
//! The loop (`run`) runs the thread's running frame and every frame it enters, switching
//! frames on `enter`, `return`, `suspend` and exception unwinding (`Vm::unwind`) without
//! recursing, and hands frames whose code is compiled to their compiled code.

mod body;

use super::names::{self, rust_path};
use super::stack::{self, Pos, Source, StackPlan};
use crate::check::ir::*;
use body::Body;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

pub fn generate(spec: &Spec) -> TokenStream {
    let ctx = rust_path(spec.context.as_deref().unwrap_or("()"));
    let opcodes = spec.instructions.iter().map(|i| {
        let name = format_ident!("{}", i.name);
        let op = i.opcode;
        let doc = &i.doc;
        quote! { #[doc = #doc] pub const #name: u8 = #op; }
    });
    let infos = spec.instructions.iter().map(|i| instr_info(spec, i));
    let count = spec.instructions.len();
    let arms = spec.instructions.iter().map(|i| {
        Interp {
            spec,
            inst: i,
            plan: stack::plan(spec, i),
        }
        .arm()
    });
    let multimethods = spec.multimethods.iter().map(|m| multimethod(spec, m));
    let shims = super::shims::generate(spec);
    let lens = spec.instructions.iter().map(|i| i.len() as u8);
    let interpret = if spec.instructions.is_empty() || spec.frame.is_none() {
        quote! {}
    } else {
        quote! {
            /// Runs the thread's running frame (made an entry frame with
            /// `gvmt::rt::frame::push_entry`) from its `pc`, and every frame it enters, until
            /// it returns (`Ok`, the frame popped) or an error leaves it (`Err`, after
            /// `Vm::unwind` popped it). Frames whose code is compiled run compiled.
            pub fn run(vm: &mut Ctx) -> Result<Value, Error> {
                // The thread's STM attachment is fixed while it runs code: choose the heap
                // accessors once, with the STM's barriers or without.
                if vm.vmctx().stm.is_some() {
                    run_with::<true>(vm)
                } else {
                    run_with::<false>(vm)
                }
            }

            /// [`run`] with the heap accessors `gvmt::rt::heap::Access::<STM>`.
            fn run_with<const STM: bool>(vm: &mut Ctx) -> Result<Value, Error> {
                use gvmt::rt::frame::{self as frames, Finished};
                use gvmt::rt::{FrameView, JitState};
                use gvmt::jit::JitExit;
                'frame: loop {
                    // Every way into a frame (a call, a return to the caller, an unwind to a
                    // handler) comes back here to view the running frame anew.
                    let mut frame = FrameView::current(vm.vmctx());
                    let code = frame.code();
                    if code.jit_state() != JitState::Interpreted {
                        if code.jit_state() == JitState::Untried
                            && let Err(error) = vm.compile(code)
                        {
                            match vm.unwind(error) {
                                Ok(()) => {
                                    continue 'frame;
                                }
                                Err(error) => return Err(error),
                            }
                        }
                        if let Some(compiled) = code.compiled() {
                            // SAFETY: `Vm::compile` published this code for this frame's code
                            // with the VM's instruction set.
                            let exit = unsafe { compiled.call(vm) };
                            match exit {
                                JitExit::Exit => frame.relocate(vm.vmctx()),
                                JitExit::Return | JitExit::Suspend => {
                                    let ctx = vm.vmctx_mut();
                                    let v = std::mem::take(&mut ctx.ret);
                                    match frames::finish(ctx, v, exit == JitExit::Suspend, &LENS) {
                                        Finished::Leave(v) => return Ok(v),
                                        Finished::Resume => {
                                            continue 'frame;
                                        }
                                    }
                                }
                                JitExit::Enter => {
                                    let ctx = vm.vmctx_mut();
                                    let callee = std::mem::take(&mut ctx.ret);
                                    frames::link(ctx, callee);
                                    continue 'frame;
                                }
                                JitExit::Raise => {
                                    let error = vm
                                        .take_pending_error()
                                        .expect("gvmt: compiled code raised without an error");
                                    match vm.unwind(error) {
                                        Ok(()) => {
                                            continue 'frame;
                                        }
                                        Err(error) => return Err(error),
                                    }
                                }
                            }
                        }
                    }
                    let mut pc = frame.pc();
                    let mut sp = frame.sp();
                    'dispatch: loop {
                        let mut opcode = frame.code_byte(pc);
                        'redispatch: loop {
                            match opcode {
                                #(#arms)*
                                _ => gvmt::rt::invalid_opcode(opcode, pc),
                            }
                            break 'redispatch;
                        }
                    }
                }
            }
        }
    };
    let new_frame = match spec.frame {
        Some(id) => {
            let tail = spec.layouts[id]
                .tail
                .as_ref()
                .expect("a frame has a tail")
                .offset;
            quote! {
                /// A new frame for `code`: zeroed locals and stack, pc 0, on no chain yet
                /// (`gvmt::rt::frame::link` or `push_entry` puts it on the thread's): the
                /// thread's spare frame when it has the size (`gvmt::rt::frame::reuse`), else
                /// a new object. May collect.
                ///
                /// # Safety
                /// `code` must outlive the frame (see `gvmt::rt::Code`).
                pub unsafe fn new_frame(vm: &mut Ctx, code: &gvmt::rt::Code) -> Result<Value, Error> {
                    let layout = gvmt::rt::FrameLayout { id: #id, tail: #tail };
                    // SAFETY: the caller keeps `code` alive as long as the frame.
                    if let Some(frame) = unsafe { gvmt::rt::frame::reuse(vm.vmctx_mut(), layout, code) } {
                        return Ok(frame);
                    }
                    let frame = vm.alloc_slow(#id, gvmt::rt::frame::size_for(layout, code))?;
                    // SAFETY: the caller keeps `code` alive as long as the frame.
                    unsafe { gvmt::rt::frame::init(vm.vmctx(), frame, code) };
                    Ok(frame)
                }

                /// A new frame for a call of `code`, filled in one pass
                /// (`gvmt::rt::frame::fill`): `made` gives the VM's slots and the first
                /// locals (a receiver), called after any collection the allocation made;
                /// the next locals are copied from the running frame's `args`, the others
                /// are `rest`; marked for reuse when `recycle`. On no chain yet. May collect.
                ///
                /// # Safety
                /// `code` must outlive the frame (see `gvmt::rt::Code`).
                #[inline]
                pub unsafe fn new_frame_with<const N: usize, P: AsRef<[Value]>>(
                    vm: &mut Ctx,
                    code: &gvmt::rt::Code,
                    args: gvmt::rt::Values,
                    rest: Value,
                    recycle: bool,
                    made: impl FnOnce(&Ctx) -> ([Value; N], P),
                ) -> Result<Value, Error> {
                    let layout = gvmt::rt::FrameLayout { id: #id, tail: #tail };
                    // SAFETY: filled below before anything can collect or read it.
                    let frame = match unsafe { gvmt::rt::frame::take_spare(vm.vmctx_mut(), layout, code) } {
                        Some(frame) => frame,
                        None => vm.alloc_slow(#id, gvmt::rt::frame::size_for(layout, code))?,
                    };
                    let (slots, prefix) = made(vm);
                    let init = gvmt::rt::frame::FrameInit { slots: &slots, prefix: prefix.as_ref(), args, rest, recycle };
                    // SAFETY: a frame object of `code`'s size in this layout, new or spare,
                    // that nothing else refers to; the caller keeps `code` alive.
                    unsafe { gvmt::rt::frame::fill(vm.vmctx(), frame, layout, code, &init) };
                    Ok(frame)
                }
            }
        }
        None => quote!(),
    };
    quote! {
        use gvmt::rt::{InstrInfo, OperandKind, Value, Vm};

        /// The VM context type named by the spec's `context` declaration.
        pub type Ctx = #ctx;
        /// What externs raise.
        pub type Error = <Ctx as Vm>::Error;

        /// Opcode of every instruction.
        pub mod opcodes {
            #(#opcodes)*
        }

        /// Static facts about every instruction, indexed by opcode.
        pub static INSTRUCTIONS: [InstrInfo; #count] = [#(#infos),*];

        /// Encoded length of every instruction, indexed by opcode.
        pub static LENS: [u8; #count] = [#(#lens),*];

        #interpret

        #new_frame

        #(#multimethods)*

        #shims
    }
}

fn operand_kind(k: OperandKind) -> TokenStream {
    match k {
        OperandKind::U8 => quote!(OperandKind::U8),
        OperandKind::U16 => quote!(OperandKind::U16),
        OperandKind::U32 => quote!(OperandKind::U32),
        OperandKind::I32 => quote!(OperandKind::I32),
        OperandKind::Const => quote!(OperandKind::Const),
        OperandKind::Label => quote!(OperandKind::Label),
    }
}

fn instr_info(spec: &Spec, i: &Instruction) -> TokenStream {
    let name = &i.name;
    let doc = &i.doc;
    let opcode = i.opcode;
    let len = i.len();
    let operands = i.operands.iter().map(|o| {
        let n = &o.name;
        let k = operand_kind(o.kind);
        quote!((#n, #k))
    });
    let pops = i.inputs.iter().filter(|x| x.count.is_none()).count();
    let pushes = i.outputs.len();
    // Array inputs only occur in single-op instructions, whose operands are the op's.
    let arrays = i.inputs.iter().filter_map(|x| x.count);
    let Props {
        raises,
        may_gc,
        deopts,
        jumps,
        returns,
        suspends,
        enters,
        terminates,
        ..
    } = i.props;
    let head = match i.family {
        Some(FamilyRole::Member(h)) => {
            let h = spec.instructions[h].opcode;
            quote!(Some(#h))
        }
        _ => quote!(None),
    };
    quote! {
        InstrInfo {
            name: #name, doc: #doc, opcode: #opcode, len: #len,
            operands: &[#(#operands),*], pops: #pops, pushes: #pushes, array_inputs: &[#(#arrays),*],
            raises: #raises, may_gc: #may_gc, deopts: #deopts, jumps: #jumps, returns: #returns,
            suspends: #suspends, enters: #enters, terminates: #terminates, family_head: #head,
        }
    }
}

fn multimethod(spec: &Spec, m: &Multimethod) -> TokenStream {
    let name = format_ident!("mm_{}", m.name);
    let set = &spec.class_sets[m.class_set];
    let classify = rust_path(&spec.externs[set.classifier].rust_path);
    let call = |e: ExternId| {
        let f = rust_path(&spec.externs[e].rust_path);
        if m.flags.raises && !spec.externs[e].flags.raises {
            quote!(Ok(#f(vm, left, right)))
        } else {
            quote!(#f(vm, left, right))
        }
    };
    let cases = m.cases.iter().map(|&(l, r, e)| {
        let (l, r) = (l as i64, r as i64);
        let c = call(e);
        quote!((#l, #r) => #c,)
    });
    let fallback = call(m.fallback);
    let ret = if m.flags.raises {
        quote!(Result<Value, Error>)
    } else {
        quote!(Value)
    };
    let doc = format!(
        "Multimethod `{}`: dispatches on the classes of both operands ({}).\n\n{}",
        m.name, set.name, m.doc
    );
    quote! {
        #[doc = #doc]
        pub fn #name(vm: &mut Ctx, left: Value, right: Value) -> #ret {
            let classes = (#classify(vm, left), #classify(vm, right));
            match classes {
                #(#cases)*
                _ => #fallback,
            }
        }
    }
}

/// Generates one instruction's arm of the dispatch `match`.
struct Interp<'a> {
    spec: &'a Spec,
    inst: &'a Instruction,
    plan: StackPlan,
}

impl Interp<'_> {
    fn op(&self, part: usize) -> &Op {
        &self.spec.ops[self.inst.parts[part].op]
    }

    fn pos(&self, p: &Pos) -> TokenStream {
        let mut t = quote!(sp);
        if p.konst > 0 {
            let k = p.konst as usize;
            t = quote!(#t + #k);
        } else if p.konst < 0 {
            let k = (-p.konst) as usize;
            t = quote!(#t - #k);
        }
        for &o in &p.minus {
            let v = names::operand(&self.inst.operands[o].name);
            t = quote!(#t - (#v as usize));
        }
        t
    }

    fn arm(&self) -> TokenStream {
        let inst = self.inst;
        let name = format_ident!("{}", inst.name);
        let mut at = 1usize;
        let decode = inst.operands.iter().map(|o| {
            let v = names::operand(&o.name);
            let k = operand_kind(o.kind);
            let t = quote!(let #v: i64 = frame.operand(pc + #at, #k););
            at += o.kind.size();
            t
        });
        let parts = (0..inst.parts.len()).map(|k| self.part(k));
        let flush = self.flush();
        let len = inst.len();
        quote! {
            opcodes::#name => {
                #(#decode)*
                #(#parts)*
                #flush
                pc += #len;
            }
        }
    }

    /// Writes the remaining outputs and moves `sp`.
    fn flush(&self) -> TokenStream {
        let writes = self.plan.flush.iter().map(|(p, part, o)| {
            let at = self.pos(p);
            let v = names::output_var(self.op(*part), *part, *o);
            quote!(frame.stack_set(#at, #v);)
        });
        let fp = &self.plan.final_sp;
        let sp = if fp.konst == 0 && fp.minus.is_empty() {
            quote!()
        } else {
            let sp = self.pos(fp);
            quote!(sp = #sp;)
        };
        quote! { #(#writes)* #sp }
    }

    fn part(&self, k: usize) -> TokenStream {
        let op = self.op(k);
        let plan = &self.plan.parts[k];
        let spills = plan.spills.iter().map(|(p, part, o)| {
            let at = self.pos(p);
            let v = names::output_var(self.op(*part), *part, *o);
            quote!(frame.stack_set(#at, #v);)
        });
        let inputs = op
            .inputs
            .iter()
            .enumerate()
            .filter(|(_, i)| i.count.is_none())
            .map(|(i, _)| {
                let v = names::input(op, k, i);
                let src = match &plan.inputs[i] {
                    Source::Memory(p) => {
                        let at = self.pos(p);
                        quote!(frame.stack_get(#at))
                    }
                    Source::Virtual { part, output } => {
                        names::output_var(self.op(*part), *part, *output)
                    }
                };
                quote!(let mut #v: Value = #src;)
            });
        let outputs = op
            .outputs
            .iter()
            .enumerate()
            .filter(|(o, _)| op.passthrough[*o].is_none())
            .map(|(o, _)| {
                let v = names::output_var(op, k, o);
                quote!(let mut #v: Value;)
            });
        // Every `let` local of the op, declared once for the whole part, so that an
        // assignment in an inner block assigns the local instead of shadowing it.
        let locals = op.locals.iter().enumerate().map(|(l, (_, ty))| {
            let v = names::local(op, k, l);
            let ty = names::rust_type(*ty);
            quote!(let mut #v: #ty;)
        });
        let body = Body {
            g: self,
            part: k,
            op,
        }
        .stmts(&op.body);
        quote! {
            #(#spills)*
            #(#inputs)*
            #(#outputs)*
            #(#locals)*
            #body
        }
    }
}
