//! The statements and expressions of one op of one instruction, as Rust in the dispatch loop:
//! calls to externs (with the reloads a `may_gc` call needs), intrinsics, stack and frame
//! access, and the exits (raise, deopt, enter, return, suspend).

use super::super::names::{self, rust_path};
use super::super::stack::Source;
use super::Interp;
use crate::check::ir::*;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

/// Emits one op's statements in the context of one part of one instruction.
pub(super) struct Body<'a, 'b> {
    pub(super) g: &'b Interp<'a>,
    pub(super) part: usize,
    pub(super) op: &'b Op,
}

impl Body<'_, '_> {
    fn spec(&self) -> &Spec {
        self.g.spec
    }

    pub(super) fn stmts(&self, stmts: &[Stmt]) -> TokenStream {
        let s = stmts.iter().map(|s| self.stmt(s));
        quote!(#(#s)*)
    }

    /// Follows the frame and reloads this part's memory inputs after a call that may have
    /// moved objects.
    fn reload(&self) -> TokenStream {
        let plan = &self.g.plan.parts[self.part];
        let loads =
            self.op
                .inputs
                .iter()
                .enumerate()
                .filter_map(|(i, item)| match &plan.inputs[i] {
                    Source::Memory(p) if item.count.is_none() => {
                        let v = names::input(self.op, self.part, i);
                        let at = self.g.pos(p);
                        Some(quote!(#v = frame.stack_get(#at);))
                    }
                    _ => None,
                });
        quote!(frame.relocate(vm.vmctx()); #(#loads)*)
    }

    /// Publishes `pc` and `sp` before a call that may collect.
    fn sync(&self) -> TokenStream {
        let sp = self.g.pos(&self.g.plan.parts[self.part].sync_sp);
        quote!(frame.set_pc(pc); frame.set_sp(#sp);)
    }

    /// An error leaves the instruction: the frame is published as at the instruction's
    /// start and the VM unwinds (to a handler, going on there, or out of this `run`).
    fn raise_exit(&self, err: TokenStream) -> TokenStream {
        quote! {{
            frame.relocate(vm.vmctx());
            frame.set_pc(pc);
            frame.set_sp(sp);
            match vm.unwind(#err) {
                Ok(()) => {
                    continue 'frame;
                }
                Err(error) => return Err(error),
            }
        }}
    }

    /// The running frame ended with `v` (returned, or suspended): leave `run` or go on in
    /// the caller.
    fn finish(&self, suspended: bool) -> TokenStream {
        quote! {
            match gvmt::rt::frame::finish(vm.vmctx_mut(), result, #suspended, &LENS) {
                gvmt::rt::frame::Finished::Leave(v) => return Ok(v),
                gvmt::rt::frame::Finished::Resume => {
                    continue 'frame;
                }
            }
        }
    }

    fn deopt_exit(&self) -> TokenStream {
        let head = match self.g.inst.family {
            Some(FamilyRole::Member(h)) => format_ident!("{}", self.spec().instructions[h].name),
            _ => unreachable!("checker: deopt only in family members"),
        };
        quote! {{ opcode = opcodes::#head; continue 'redispatch; }}
    }

    fn stmt(&self, s: &Stmt) -> TokenStream {
        match &s.kind {
            StmtKind::Assign {
                var,
                value,
                otherwise,
            } => {
                // Locals are declared at the top of the part (`Interp::part`): a `let` and a
                // later assignment in an inner block are both plain assignments.
                let target = self.var(*var);
                let decl = quote!(#target =);
                let gc = matches!(&value.kind, ExprKind::Call(c) if c.flags.may_gc);
                let rhs = match (&value.kind, otherwise) {
                    (ExprKind::Call(c), Some(e)) => self.checked(c, e),
                    (ExprKind::Call(c), None) => self.call(c),
                    _ => self.expr(value),
                };
                if gc {
                    let (sync, reload) = (self.sync(), self.reload());
                    quote! { #sync #decl #rhs; #reload }
                } else {
                    quote! { #decl #rhs; }
                }
            }
            StmtKind::If {
                cond,
                then,
                otherwise,
            } => {
                let c = self.expr(cond);
                let t = self.stmts(then);
                if otherwise.is_empty() {
                    quote! { if #c { #t } }
                } else {
                    let e = self.stmts(otherwise);
                    quote! { if #c { #t } else { #e } }
                }
            }
            StmtKind::DeoptIf(cond) => {
                let c = self.expr(cond);
                let exit = self.deopt_exit();
                quote! { if #c #exit }
            }
            StmtKind::Raise(c) => {
                let f = rust_path(&self.spec().externs[self.callee_extern(c)].rust_path);
                let (binds, args) = self.args(c);
                let exit = self.raise_exit(quote!(error));
                if c.flags.may_gc {
                    let sync = self.sync();
                    quote! {{ #binds #sync let error = #f(vm, #(#args),*); #exit }}
                } else {
                    // Fenced in debug builds, as other calls that may not collect are.
                    quote! {{
                        #binds
                        #[cfg(debug_assertions)]
                        vm.vmctx().no_gc.set(vm.vmctx().no_gc.get() + 1);
                        let error = #f(vm, #(#args),*);
                        #[cfg(debug_assertions)]
                        vm.vmctx().no_gc.set(vm.vmctx().no_gc.get() - 1);
                        #exit
                    }}
                }
            }
            StmtKind::Goto(o) => {
                let target = names::operand(
                    &self.g.inst.operands[self.g.inst.parts[self.part].operand_map[*o]].name,
                );
                let flush = self.g.flush();
                let exit = self.raise_exit(quote!(error));
                // A backward jump is a safepoint: the frame is in memory, so the VM may stop
                // here for a collection (or raise).
                quote! {{
                    #flush
                    if (#target as usize) <= pc
                        && vm.vmctx().interrupt.load(std::sync::atomic::Ordering::Relaxed) != 0
                    {
                        pc = #target as usize;
                        frame.set_pc(pc);
                        frame.set_sp(sp);
                        if let Err(error) = vm.poll() #exit
                        frame.relocate(vm.vmctx());
                    }
                    pc = #target as usize;
                    continue 'dispatch;
                }}
            }
            StmtKind::Return(e) => {
                let v = self.expr(e);
                let finish = self.finish(false);
                quote! {{ let result = #v; frame.set_pc(pc); frame.set_sp(sp); #finish }}
            }
            StmtKind::Suspend(e) => {
                // The frame is left as after this instruction (outputs unwritten: the VM
                // writes them when it resumes), so that running it again goes on there.
                let v = self.expr(e);
                let len = self.g.inst.len();
                let sp = self.g.pos(&self.g.plan.final_sp);
                let finish = self.finish(true);
                quote! {{
                    let result = #v;
                    frame.set_pc(pc + #len);
                    frame.set_sp(#sp);
                    #finish
                }}
            }
            StmtKind::Enter(e) => {
                // The caller waits at this instruction with its inputs popped; the callee's
                // return pushes the output and moves the caller on (`frame::finish`).
                let v = self.expr(e);
                let out = self.g.pos(&self.g.plan.final_sp.plus(-1));
                quote! {{
                    let callee = #v;
                    frame.set_pc(pc);
                    frame.set_sp(#out);
                    gvmt::rt::frame::link(vm.vmctx_mut(), callee);
                    continue 'frame;
                }}
            }
            StmtKind::Store {
                layout,
                slot,
                object,
                value,
            } => {
                let slot = &self.spec().layouts[*layout].slots[*slot];
                let off = slot.offset;
                let f = format_ident!("store_{}", names::slot_suffix(slot.ty));
                let (o, v) = (self.expr(object), self.expr(value));
                let barrier = if matches!(slot.ty, SlotType::Value | SlotType::Ref) {
                    quote!(gvmt::rt::heap::write_barrier(vm.vmctx(), object);)
                } else {
                    quote!()
                };
                quote! {{ let object = #o; let stored = #v; gvmt::rt::heap::Access::<STM>::#f(vm.vmctx(), object, #off, stored); #barrier }}
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

    fn callee_extern(&self, c: &Call) -> ExternId {
        match c.callee {
            Callee::Extern(e) => e,
            _ => unreachable!("checker: raise calls an extern"),
        }
    }

    fn var(&self, v: Var) -> TokenStream {
        match v {
            Var::Input(i) => names::input(self.op, self.part, i),
            Var::Output(o) => names::output_var(self.op, self.part, o),
            Var::Local(l) => names::local(self.op, self.part, l),
            Var::Operand(o) => names::operand(
                &self.g.inst.operands[self.g.inst.parts[self.part].operand_map[o]].name,
            ),
        }
    }

    /// Binds each argument to a temporary first (so `vm` is free for the call) and returns the
    /// temporaries.
    fn args(&self, c: &Call) -> (TokenStream, Vec<TokenStream>) {
        let mut binds = Vec::new();
        let mut args = Vec::new();
        for (i, a) in c.args.iter().enumerate() {
            let t = format_ident!("arg{}", i);
            match a {
                Arg::Expr(e) => {
                    let v = self.expr(e);
                    binds.push(quote!(let #t = #v;));
                }
                Arg::Values(input) => {
                    let count = self.op.inputs[*input].count.expect("array input");
                    let n = self.var(Var::Operand(count));
                    let start = match &self.g.plan.parts[self.part].inputs[*input] {
                        Source::Memory(p) => self.g.pos(p),
                        Source::Virtual { .. } => unreachable!("checker: arrays are never virtual"),
                    };
                    binds.push(quote!(let #t = frame.values(vm.vmctx(), #start, #n as usize);));
                }
            }
            args.push(quote!(#t));
        }
        (quote!(#(#binds)*), args)
    }

    /// A call used as a value (or a statement): externs and multimethods propagate errors.
    fn call(&self, c: &Call) -> TokenStream {
        match &c.callee {
            Callee::Intrinsic(i) => self.intrinsic(*i, c),
            Callee::Extern(_) | Callee::Multimethod(_) => {
                let f = match &c.callee {
                    Callee::Extern(e) => rust_path(&self.spec().externs[*e].rust_path),
                    Callee::Multimethod(m) => {
                        let n = format_ident!("mm_{}", self.spec().multimethods[*m].name);
                        quote!(#n)
                    }
                    Callee::Intrinsic(_) => unreachable!(),
                };
                let (binds, args) = self.args(c);
                // In debug builds, a call that may not collect is fenced, so that an
                // allocation inside it (a missing `may_gc`) is caught at once.
                let call = if c.flags.may_gc {
                    quote!(#f(vm, #(#args),*))
                } else {
                    quote!({
                        #[cfg(debug_assertions)]
                        vm.vmctx().no_gc.set(vm.vmctx().no_gc.get() + 1);
                        let result = #f(vm, #(#args),*);
                        #[cfg(debug_assertions)]
                        vm.vmctx().no_gc.set(vm.vmctx().no_gc.get() - 1);
                        result
                    })
                };
                if c.flags.raises {
                    let exit = self.raise_exit(quote!(error));
                    quote! {{ #binds match #call { Ok(v) => v, Err(error) => #exit } }}
                } else {
                    quote! {{ #binds #call }}
                }
            }
        }
    }

    fn checked(&self, c: &Call, otherwise: &Else) -> TokenStream {
        let method = match c.callee {
            Callee::Intrinsic(Intrinsic::CheckedAdd) => quote!(checked_add),
            Callee::Intrinsic(Intrinsic::CheckedSub) => quote!(checked_sub),
            Callee::Intrinsic(Intrinsic::CheckedMul) => quote!(checked_mul),
            Callee::Intrinsic(Intrinsic::CheckedDiv) => quote!(checked_div),
            Callee::Intrinsic(Intrinsic::CheckedRem) => quote!(checked_rem),
            _ => unreachable!("checker: else only after checked intrinsics"),
        };
        let (a, b) = match (&c.args[0], &c.args[1]) {
            (Arg::Expr(a), Arg::Expr(b)) => (self.expr(a), self.expr(b)),
            _ => unreachable!("checker: i64 arguments"),
        };
        let fail = match otherwise {
            Else::Deopt => self.deopt_exit(),
            Else::Raise(r) => {
                let f = rust_path(&self.spec().externs[self.callee_extern(r)].rust_path);
                let (binds, args) = self.args(r);
                let exit = self.raise_exit(quote!(error));
                quote! {{ #binds let error = #f(vm, #(#args),*); #exit }}
            }
        };
        quote! { match (#a).#method(#b) { Some(v) => v, None => #fail } }
    }

    fn intrinsic(&self, i: Intrinsic, c: &Call) -> TokenStream {
        let arg = |n: usize| match &c.args[n] {
            Arg::Expr(e) => self.expr(e),
            Arg::Values(_) => unreachable!("checker: intrinsics take scalars"),
        };
        let tag = |t: usize| {
            &self
                .spec()
                .value
                .as_ref()
                .expect("checker: tags need a value decl")
                .tags[t]
        };
        match i {
            Intrinsic::New(l) => {
                let layout = &self.spec().layouts[l];
                let id = l;
                let exit = self.raise_exit(quote!(error));
                let (len, size, set_len) = match &layout.tail {
                    None => {
                        let size = layout.fixed_size.max(16).div_ceil(16) * 16;
                        (quote!(), quote!(#size), quote!())
                    }
                    Some(t) => {
                        let (off, len_off) = (t.offset, layout.slots[t.len_slot].offset);
                        let a = arg(0);
                        (
                            quote!(let len: i64 = (#a).max(0);),
                            quote!((#off + 8 * len as usize).div_ceil(16) * 16),
                            quote!(gvmt::rt::heap::Access::<STM>::store_i64(vm.vmctx(), object, #len_off, len);),
                        )
                    }
                };
                // The allocation fast path, inline: bump the thread's buffer.
                quote!({
                    #len
                    let size: usize = #size;
                    let ctx = vm.vmctx_mut();
                    let cursor = ctx.alloc_cursor;
                    let object = if cursor != 0
                        && cursor + size <= ctx.alloc_limit.load(std::sync::atomic::Ordering::Relaxed)
                    {
                        ctx.alloc_cursor = cursor + size;
                        let object = Value(cursor as u64);
                        gvmt::rt::heap::Access::<STM>::init_header(ctx, object, size, #id);
                        object
                    } else {
                        match vm.alloc_slow(#id, size) {
                            Ok(v) => v,
                            Err(error) => #exit,
                        }
                    };
                    #set_len
                    object
                })
            }
            Intrinsic::Local => {
                let a = arg(0);
                quote!(frame.local((#a) as usize))
            }
            Intrinsic::Frame => quote!(vm.vmctx().frame),
            Intrinsic::IsFrame => {
                let a = arg(0);
                quote!({
                    let v: Value = #a;
                    v.0 != 0
                        && super::layouts::is_ref(v.0)
                        && gvmt::rt::heap::layout_of(vm.vmctx(), v) == vm.vmctx().frame_layout
                })
            }
            Intrinsic::SetLocal => {
                let (a, b) = (arg(0), arg(1));
                quote!(frame.set_local((#a) as usize, #b))
            }
            Intrinsic::Constant => {
                let a = arg(0);
                quote!(frame.constant((#a) as usize))
            }
            Intrinsic::IsTag(t) => {
                let (mask, value) = (tag(t).mask(), tag(t).tag);
                let a = arg(0);
                quote!(((#a).0 & #mask) == #value)
            }
            Intrinsic::Untag(t) => {
                let bits = tag(t).bits;
                let a = arg(0);
                quote!((((#a).0 as i64) >> #bits))
            }
            Intrinsic::MakeTag(t) => {
                let (bits, value) = (tag(t).bits, tag(t).tag);
                let a = arg(0);
                quote!(Value((((#a) as u64) << #bits) | #value))
            }
            Intrinsic::FitsTag(t) => {
                let bits = tag(t).bits;
                let a = arg(0);
                quote!({ let v: i64 = #a; (v.wrapping_shl(#bits) >> #bits) == v })
            }
            Intrinsic::CheckedAdd
            | Intrinsic::CheckedSub
            | Intrinsic::CheckedMul
            | Intrinsic::CheckedDiv
            | Intrinsic::CheckedRem => unreachable!("checker: checked ops only with else"),
        }
    }

    fn expr(&self, e: &Expr) -> TokenStream {
        match &e.kind {
            ExprKind::Int(v) => quote!(#v),
            ExprKind::Float(v) => {
                let v = *v;
                quote!(#v)
            }
            ExprKind::Bool(v) => quote!(#v),
            ExprKind::Var(v) => self.var(*v),
            ExprKind::Call(c) => self.call(c),
            ExprKind::Load {
                layout,
                slot,
                object,
            } => {
                let slot = &self.spec().layouts[*layout].slots[*slot];
                let off = slot.offset;
                let f = format_ident!("load_{}", names::slot_suffix(slot.ty));
                let o = self.expr(object);
                quote!({ let object = #o; gvmt::rt::heap::Access::<STM>::#f(vm.vmctx(), object, #off) })
            }
            ExprKind::Unary(op, a) => {
                let a = self.expr(a);
                match op {
                    UnOp::Neg if e.ty == ValType::I64 => quote!((#a).wrapping_neg()),
                    UnOp::Neg => quote!(-(#a)),
                    UnOp::Not => quote!(!(#a)),
                }
            }
            ExprKind::Binary(op, a, b) => {
                let int = a.ty == ValType::I64;
                let (a, b) = (self.expr(a), self.expr(b));
                match op {
                    BinOp::Add if int => quote!((#a).wrapping_add(#b)),
                    BinOp::Sub if int => quote!((#a).wrapping_sub(#b)),
                    BinOp::Mul if int => quote!((#a).wrapping_mul(#b)),
                    BinOp::Shl => quote!((#a).wrapping_shl((#b) as u32)),
                    BinOp::Shr => quote!((#a).wrapping_shr((#b) as u32)),
                    _ => {
                        let sym: TokenStream = op.symbol().parse().expect("an operator token");
                        quote!((#a #sym #b))
                    }
                }
            }
            ExprKind::Cast(a, to) => {
                let from = a.ty;
                let a = self.expr(a);
                match (from, to) {
                    (x, y) if x == *y => a,
                    (ValType::Value, ValType::I64) => quote!(((#a).0 as i64)),
                    (ValType::I64, ValType::Value) => quote!(Value((#a) as u64)),
                    (_, ValType::F64) => quote!(((#a) as f64)),
                    _ => quote!(((#a) as i64)),
                }
            }
        }
    }
}
