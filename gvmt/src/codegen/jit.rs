//! Back end: the Cranelift emitters. Reads the checked IR; writes `gvmt_jit.rs`: for every
//! instruction a function that emits its IR through a [`gvmt::jit::Emitter`], a dispatcher by
//! opcode, and the `INSTRUCTION_SET` the JIT driver takes.
//!
//! The emitters follow the same stack plan as the interpreter (`stack.rs`): inputs are loaded
//! from frame memory into variables, reloaded after calls that may collect, and the outputs
//! are stored back at the end, so the frame is in memory at every instruction boundary.

use super::names::{self, extern_shim, multimethod_shim};
use super::shims::{self, AbiType};
use super::stack::{self, Pos, Source, StackPlan};
use crate::check::ir::*;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

pub fn generate(spec: &Spec) -> TokenStream {
    let emitters = spec.instructions.iter().map(|i| {
        Jit {
            spec,
            inst: i,
            plan: stack::plan(spec, i),
        }
        .emitter()
    });
    let arms = spec.instructions.iter().map(|i| {
        let name = format_ident!("{}", i.name);
        let f = format_ident!("emit_{}", i.name);
        quote!(opcodes::#name => #f(e, operands),)
    });
    let (frame_tail, frame_layout) = match spec.frame {
        Some(id) => (
            spec.layouts[id]
                .tail
                .as_ref()
                .expect("a frame has a tail")
                .offset,
            id,
        ),
        None => (0, 0),
    };
    quote! {
        use gvmt::jit::{Abi, Checked, ClInstBuilder as _, ClValue, Emitter, InstructionSet, Op2, Ty, Variable};
        use super::interp::{opcodes, shims, INSTRUCTIONS};

        /// The instruction set for `gvmt::jit::Jit::new`.
        pub const INSTRUCTION_SET: InstructionSet =
            InstructionSet {
                infos: &INSTRUCTIONS,
                emit,
                poll: shims::poll as *const (),
                alloc: shims::alloc as *const (),
                frame_tail: #frame_tail,
                frame_layout: #frame_layout,
            };

        /// Emits the instruction `opcode` with its decoded operands.
        pub fn emit(e: &mut Emitter<'_, '_>, opcode: u8, operands: &[i64]) {
            match opcode {
                #(#arms)*
                _ => gvmt::rt::invalid_opcode(opcode, e.pc()),
            }
        }

        #(#emitters)*
    }
}

fn ty(t: ValType) -> TokenStream {
    match t {
        ValType::Value => quote!(Ty::Value),
        ValType::I64 => quote!(Ty::I64),
        ValType::F64 => quote!(Ty::F64),
        ValType::Bool => quote!(Ty::Bool),
    }
}

fn abi(t: AbiType) -> TokenStream {
    match t {
        AbiType::I64 => quote!(Abi::I64),
        AbiType::F64 => quote!(Abi::F64),
    }
}

/// True if the statements always leave the instruction (goto, return, raise).
fn leaves(stmts: &[Stmt]) -> bool {
    stmts.last().is_some_and(|s| match &s.kind {
        StmtKind::Goto(_)
        | StmtKind::Return(_)
        | StmtKind::Suspend(_)
        | StmtKind::Enter(_)
        | StmtKind::Raise(_) => true,
        StmtKind::If {
            then, otherwise, ..
        } => leaves(then) && leaves(otherwise),
        _ => false,
    })
}

struct Jit<'a> {
    spec: &'a Spec,
    inst: &'a Instruction,
    plan: StackPlan,
}

impl Jit<'_> {
    fn op(&self, part: usize) -> &Op {
        &self.spec.ops[self.inst.parts[part].op]
    }

    /// The slot number of a position, as emission-time Rust.
    fn pos(&self, p: &Pos) -> TokenStream {
        let k = p.konst;
        let minus = p
            .minus
            .iter()
            .map(|&o| names::operand(&self.inst.operands[o].name));
        quote!(e.slot(#k, &[#(#minus),*]))
    }

    fn emitter(&self) -> TokenStream {
        let inst = self.inst;
        let f = format_ident!("emit_{}", inst.name);
        let decode = inst.operands.iter().enumerate().map(|(i, o)| {
            let v = names::operand(&o.name);
            quote!(let #v: i64 = operands[#i];)
        });
        let parts = (0..inst.parts.len()).map(|k| self.part(k));
        let flush = self.flush();
        let doc = format!("Emits `{}`: {}", inst.name, inst.doc);
        quote! {
            #[doc = #doc]
            pub fn #f(e: &mut Emitter<'_, '_>, operands: &[i64]) {
                #(#decode)*
                #(#parts)*
                #flush
            }
        }
    }

    fn flush(&self) -> TokenStream {
        let writes = self.plan.flush.iter().map(|(p, part, o)| {
            let at = self.pos(p);
            let v = names::output_var(self.op(*part), *part, *o);
            quote!({ let v = e.b.use_var(#v); let slot = #at; e.stack_store(slot, v); })
        });
        quote!(#(#writes)*)
    }

    fn part(&self, k: usize) -> TokenStream {
        let op = self.op(k);
        let plan = &self.plan.parts[k];
        let spills = plan.spills.iter().map(|(p, part, o)| {
            let at = self.pos(p);
            let v = names::output_var(self.op(*part), *part, *o);
            quote!({ let v = e.b.use_var(#v); let slot = #at; e.stack_store(slot, v); })
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
                        quote!({ let slot = #at; e.stack_load(slot) })
                    }
                    Source::Virtual { part, output } => {
                        let var = names::output_var(self.op(*part), *part, *output);
                        quote!(e.b.use_var(#var))
                    }
                };
                quote!(let #v: Variable = e.var(Ty::Value.cl()); let v = #src; e.b.def_var(#v, v);)
            });
        let outputs = op
            .outputs
            .iter()
            .enumerate()
            .filter(|(o, _)| op.passthrough[*o].is_none())
            .map(|(o, _)| {
                let v = names::output_var(op, k, o);
                quote!(let #v: Variable = e.var(Ty::Value.cl());)
            });
        let locals = op.locals.iter().enumerate().map(|(l, (_, t))| {
            let v = names::local(op, k, l);
            let t = ty(*t);
            quote!(let #v: Variable = e.var(#t.cl());)
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

struct Body<'a, 'b> {
    g: &'b Jit<'a>,
    part: usize,
    op: &'b Op,
}

impl Body<'_, '_> {
    fn spec(&self) -> &Spec {
        self.g.spec
    }

    fn stmts(&self, stmts: &[Stmt]) -> TokenStream {
        let s = stmts.iter().map(|s| self.stmt(s));
        quote!(#(#s)*)
    }

    fn reload(&self) -> TokenStream {
        let plan = &self.g.plan.parts[self.part];
        let loads = self.op.inputs.iter().enumerate().filter_map(|(i, item)| {
            match &plan.inputs[i] {
                Source::Memory(p) if item.count.is_none() => {
                    let v = names::input(self.op, self.part, i);
                    let at = self.g.pos(p);
                    Some(
                        quote!({ let slot = #at; let v = e.stack_load(slot); e.b.def_var(#v, v); }),
                    )
                }
                _ => None,
            }
        });
        quote!(e.reload_frame(); #(#loads)*)
    }

    fn sync(&self) -> TokenStream {
        let sp = self.g.pos(&self.g.plan.parts[self.part].sync_sp);
        quote!({ let sp = #sp; e.sync(sp); })
    }

    fn deopt(&self) -> TokenStream {
        let head = match self.g.inst.family {
            Some(FamilyRole::Member(h)) => {
                format_ident!("emit_{}", self.spec().instructions[h].name)
            }
            _ => unreachable!("checker: deopt only in family members"),
        };
        quote!(e.deopt(|e| #head(e, operands));)
    }

    fn var(&self, v: Var) -> TokenStream {
        match v {
            Var::Input(i) => names::input(self.op, self.part, i),
            Var::Output(o) => names::output_var(self.op, self.part, o),
            Var::Local(l) => names::local(self.op, self.part, l),
            Var::Operand(_) => unreachable!("operands are constants, not variables"),
        }
    }

    fn operand(&self, o: usize) -> TokenStream {
        names::operand(&self.g.inst.operands[self.g.inst.parts[self.part].operand_map[o]].name)
    }

    fn stmt(&self, s: &Stmt) -> TokenStream {
        match &s.kind {
            StmtKind::Assign {
                var,
                value,
                otherwise,
            } => {
                let target = self.var(*var);
                let gc = matches!(&value.kind, ExprKind::Call(c) if c.flags.may_gc);
                let rhs = match (&value.kind, otherwise) {
                    (ExprKind::Call(c), Some(els)) => self.checked(c, els),
                    _ => self.expr(value),
                };
                let (sync, reload) = if gc {
                    (self.sync(), self.reload())
                } else {
                    (quote!(), quote!())
                };
                quote! { #sync let v = #rhs; e.b.def_var(#target, v); #reload }
            }
            StmtKind::If {
                cond,
                then,
                otherwise,
            } => {
                let c = self.expr(cond);
                let (t, tl) = (self.stmts(then), leaves(then));
                let (o, ol) = (self.stmts(otherwise), leaves(otherwise));
                quote! { let c = #c; e.if_else(c, |e| { #t #tl }, |e| { #o #ol }); }
            }
            StmtKind::DeoptIf(cond) => {
                let c = self.expr(cond);
                let deopt = self.deopt();
                quote! { let c = #c; e.if_else(c, |e| { #deopt true }, |_| false); }
            }
            StmtKind::Raise(c) => {
                let call = self.call(c);
                quote! { #call; }
            }
            StmtKind::Goto(o) => {
                let target = self.operand(*o);
                let flush = self.g.flush();
                let sp = self.g.pos(&self.g.plan.final_sp);
                quote! { #flush let sp = #sp; e.goto(#target, sp); }
            }
            StmtKind::Return(v) => {
                let v = self.expr(v);
                quote! { let v = #v; e.return_value(v); }
            }
            StmtKind::Suspend(v) => {
                let v = self.expr(v);
                let len = self.g.inst.len();
                let sp = self.g.pos(&self.g.plan.final_sp);
                quote! { let v = #v; let next = e.pc() + #len; let sp = #sp; e.suspend_value(v, next, sp); }
            }
            StmtKind::Enter(v) => {
                let v = self.expr(v);
                let sp = self.g.pos(&self.g.plan.final_sp.plus(-1));
                quote! { let v = #v; let sp = #sp; e.enter(v, sp); }
            }
            StmtKind::Store {
                layout,
                slot,
                object,
                value,
            } => {
                let slot = &self.spec().layouts[*layout].slots[*slot];
                let off = slot.offset;
                let (o, v) = (self.expr(object), self.expr(value));
                let barrier = if matches!(slot.ty, SlotType::Value | SlotType::Ref) {
                    quote!(e.write_barrier(object);)
                } else {
                    quote!()
                };
                quote! { let object = #o; let v = #v; e.heap_store(object, #off, v); #barrier }
            }
            StmtKind::Call(c) => {
                let call = self.call(c);
                if c.flags.may_gc {
                    let (sync, reload) = (self.sync(), self.reload());
                    quote! { #sync #call; #reload }
                } else {
                    quote! { #call; }
                }
            }
        }
    }

    fn checked(&self, c: &Call, els: &Else) -> TokenStream {
        let op = match c.callee {
            Callee::Intrinsic(Intrinsic::CheckedAdd) => quote!(Checked::Add),
            Callee::Intrinsic(Intrinsic::CheckedSub) => quote!(Checked::Sub),
            Callee::Intrinsic(Intrinsic::CheckedMul) => quote!(Checked::Mul),
            Callee::Intrinsic(Intrinsic::CheckedDiv) => quote!(Checked::Div),
            Callee::Intrinsic(Intrinsic::CheckedRem) => quote!(Checked::Rem),
            _ => unreachable!("checker: else only after checked intrinsics"),
        };
        let (a, b) = (self.arg(&c.args[0]), self.arg(&c.args[1]));
        let fail = match els {
            Else::Deopt => self.deopt(),
            Else::Raise(r) => {
                let call = self.call(r);
                quote!(#call;)
            }
        };
        quote!({ let a = #a; let b = #b; e.checked(#op, a, b, |e| { #fail }) })
    }

    fn arg(&self, a: &Arg) -> TokenStream {
        match a {
            Arg::Expr(e) => self.expr(e),
            Arg::Values(_) => unreachable!("handled by call"),
        }
    }

    /// A call: evaluates to the result `ClValue` (or `()` for void and never calls).
    fn call(&self, c: &Call) -> TokenStream {
        let (addr, abi_sig, param_types) = match &c.callee {
            Callee::Intrinsic(i) => return self.intrinsic(*i, c),
            Callee::Extern(x) => {
                let ext = &self.spec().externs[*x];
                let shim = extern_shim(&ext.name);
                let types: Vec<ParamType> = ext.params.iter().map(|p| p.1).collect();
                (
                    quote!(shims::#shim as *const () as usize),
                    shims::extern_abi(ext),
                    types,
                )
            }
            Callee::Multimethod(m) => {
                let mm = &self.spec().multimethods[*m];
                let shim = multimethod_shim(&mm.name);
                let v = ParamType::Val(ValType::Value);
                (
                    quote!(shims::#shim as *const () as usize),
                    shims::multimethod_abi(mm),
                    vec![v, v],
                )
            }
        };
        let mut binds = Vec::new();
        let mut args = Vec::new();
        for (i, (a, pt)) in c.args.iter().zip(&param_types).enumerate() {
            let t = format_ident!("arg{}", i);
            match a {
                Arg::Expr(x) => {
                    let v = self.expr(x);
                    if *pt == ParamType::Val(ValType::Bool) {
                        binds.push(quote!(let #t = { let b = #v; e.cast(Ty::Bool, Ty::I64, b) };));
                    } else {
                        binds.push(quote!(let #t = #v;));
                    }
                    args.push(quote!(#t));
                }
                Arg::Values(input) => {
                    let count = self.op.inputs[*input].count.expect("array input");
                    let n = self.operand(count);
                    let start = match &self.g.plan.parts[self.part].inputs[*input] {
                        Source::Memory(p) => self.g.pos(p),
                        Source::Virtual { .. } => unreachable!("checker: arrays are never virtual"),
                    };
                    let len = format_ident!("arg{}_len", i);
                    binds.push(quote!(let #t = { let slot = #start; e.stack_addr(slot) }; let #len = e.iconst(#n);));
                    args.push(quote!(#t));
                    args.push(quote!(#len));
                }
            }
        }
        let params = abi_sig.params.iter().map(|p| abi(*p));
        let ret = match abi_sig.ret {
            Some(r) => {
                let r = abi(r);
                quote!(Some(#r))
            }
            None => quote!(None),
        };
        let (raises, never) = (abi_sig.raises, abi_sig.never);
        let call = quote!(e.call(#addr, &[#(#params),*], #ret, #raises, #never, &[#(#args),*]));
        match c.ty {
            Some(ValType::Bool) => {
                quote!({ #(#binds)* let r = #call.expect("shim result"); e.b.ins().icmp_imm_u(gvmt::jit::IntCC::NotEqual, r, 0) })
            }
            Some(_) => quote!({ #(#binds)* #call.expect("shim result") }),
            None => quote!({ #(#binds)* #call; }),
        }
    }

    fn intrinsic(&self, i: Intrinsic, c: &Call) -> TokenStream {
        let tag = |t: usize| {
            &self
                .spec()
                .value
                .as_ref()
                .expect("checker: tags need a value decl")
                .tags[t]
        };
        let a0 = || self.arg(&c.args[0]);
        match i {
            Intrinsic::New(l) => {
                let layout = &self.spec().layouts[l];
                let id = l as i64;
                match &layout.tail {
                    None => {
                        let size = (layout.fixed_size.max(16).div_ceil(16) * 16) as i64;
                        quote!({ let size = e.iconst(#size); e.alloc(#id, size) })
                    }
                    Some(t) => {
                        let (off, len_off) = (t.offset as i64, layout.slots[t.len_slot].offset);
                        let a = a0();
                        quote!({
                            let len = #a;
                            let zero = e.iconst(0);
                            let len = e.b.ins().smax(len, zero);
                            let bytes = e.b.ins().ishl_imm_u(len, 3);
                            let end = e.b.ins().iadd_imm_s(bytes, #off + 15);
                            let size = e.b.ins().band_imm_s(end, -16);
                            let object = e.alloc(#id, size);
                            e.heap_store(object, #len_off, len);
                            object
                        })
                    }
                }
            }
            Intrinsic::Local => {
                let a = a0();
                quote!({ let i = #a; e.local_load(i) })
            }
            Intrinsic::Frame => quote!(e.current_frame()),
            Intrinsic::IsFrame => {
                let a = a0();
                let r = self
                    .spec()
                    .ref_tag()
                    .expect("checker: a frame layout needs a ref tag");
                let (mask, value) = (r.mask(), r.tag);
                let id = self
                    .spec()
                    .frame
                    .expect("checker: is_frame needs a frame layout");
                quote!({ let v = #a; let r = e.is_tag(v, #mask, #value); e.is_frame(v, r, #id) })
            }
            Intrinsic::SetLocal => {
                let (a, b) = (a0(), self.arg(&c.args[1]));
                quote!({ let i = #a; let v = #b; e.local_store(i, v); })
            }
            Intrinsic::Constant => {
                let a = a0();
                quote!({ let i = #a; e.constant(i) })
            }
            Intrinsic::IsTag(t) => {
                let (mask, value, a) = (tag(t).mask(), tag(t).tag, a0());
                quote!({ let v = #a; e.is_tag(v, #mask, #value) })
            }
            Intrinsic::Untag(t) => {
                let (bits, a) = (tag(t).bits, a0());
                quote!({ let v = #a; e.untag(v, #bits) })
            }
            Intrinsic::MakeTag(t) => {
                let (bits, value, a) = (tag(t).bits, tag(t).tag, a0());
                quote!({ let v = #a; e.make_tag(v, #bits, #value) })
            }
            Intrinsic::FitsTag(t) => {
                let (bits, a) = (tag(t).bits, a0());
                quote!({ let v = #a; e.fits_tag(v, #bits) })
            }
            Intrinsic::CheckedAdd
            | Intrinsic::CheckedSub
            | Intrinsic::CheckedMul
            | Intrinsic::CheckedDiv
            | Intrinsic::CheckedRem => unreachable!("checker: checked ops only with else"),
        }
    }

    fn expr(&self, x: &Expr) -> TokenStream {
        match &x.kind {
            ExprKind::Int(v) => quote!(e.iconst(#v)),
            ExprKind::Float(v) => {
                let v = *v;
                quote!(e.fconst(#v))
            }
            ExprKind::Bool(v) => quote!(e.bconst(#v)),
            ExprKind::Var(Var::Operand(o)) => {
                let v = self.operand(*o);
                quote!(e.iconst(#v))
            }
            ExprKind::Var(v) => {
                let v = self.var(*v);
                quote!(e.b.use_var(#v))
            }
            ExprKind::Call(c) => self.call(c),
            ExprKind::Load {
                layout,
                slot,
                object,
            } => {
                let s = &self.spec().layouts[*layout].slots[*slot];
                let off = s.offset;
                let t = if s.ty == SlotType::F64 {
                    quote!(Ty::F64)
                } else {
                    quote!(Ty::I64)
                };
                let o = self.expr(object);
                quote!({ let object = #o; e.heap_load(object, #off, #t.cl()) })
            }
            ExprKind::Unary(op, a) => {
                let t = ty(a.ty);
                let a = self.expr(a);
                match op {
                    UnOp::Neg => quote!({ let a = #a; e.neg(#t, a) }),
                    UnOp::Not => quote!({ let a = #a; e.not(#t, a) }),
                }
            }
            ExprKind::Binary(BinOp::And, a, b) | ExprKind::Binary(BinOp::Or, a, b) => {
                let f = if matches!(x.kind, ExprKind::Binary(BinOp::And, ..)) {
                    quote!(and)
                } else {
                    quote!(or)
                };
                let (a, b) = (self.expr(a), self.expr(b));
                quote!({ let a = #a; e.#f(a, |e| #b) })
            }
            ExprKind::Binary(op, a, b) => {
                let t = ty(a.ty);
                let op = match op {
                    BinOp::Add => quote!(Op2::Add),
                    BinOp::Sub => quote!(Op2::Sub),
                    BinOp::Mul => quote!(Op2::Mul),
                    BinOp::Div => quote!(Op2::Div),
                    BinOp::Rem => quote!(Op2::Rem),
                    BinOp::BitAnd => quote!(Op2::BitAnd),
                    BinOp::BitOr => quote!(Op2::BitOr),
                    BinOp::BitXor => quote!(Op2::BitXor),
                    BinOp::Shl => quote!(Op2::Shl),
                    BinOp::Shr => quote!(Op2::Shr),
                    BinOp::Eq => quote!(Op2::Eq),
                    BinOp::Ne => quote!(Op2::Ne),
                    BinOp::Lt => quote!(Op2::Lt),
                    BinOp::Le => quote!(Op2::Le),
                    BinOp::Gt => quote!(Op2::Gt),
                    BinOp::Ge => quote!(Op2::Ge),
                    BinOp::And | BinOp::Or => unreachable!(),
                };
                let (a, b) = (self.expr(a), self.expr(b));
                quote!({ let a = #a; let b = #b; e.binary(#op, #t, a, b) })
            }
            ExprKind::Cast(a, to) => {
                let (from, to) = (ty(a.ty), ty(*to));
                let a = self.expr(a);
                quote!({ let a = #a; e.cast(#from, #to, a) })
            }
        }
    }
}
