//! The [`Emitter`]'s value operations: arithmetic and comparisons on the spec's types, casts,
//! short-circuit `&&`/`||`, value tags, and the checked intrinsics (`checked_add` ...) with
//! their failure paths.

use super::*;

impl Emitter<'_, '_> {
    /// Binary operation on two operands of type `ty`.
    pub fn binary(&mut self, op: Op2, ty: Ty, a: ClValue, b: ClValue) -> ClValue {
        let float = ty == Ty::F64;
        let ins = self.b.ins();
        match op {
            Op2::Add if float => ins.fadd(a, b),
            Op2::Sub if float => ins.fsub(a, b),
            Op2::Mul if float => ins.fmul(a, b),
            Op2::Div if float => ins.fdiv(a, b),
            Op2::Rem if float => {
                let sig_params = [Abi::F64, Abi::F64];
                self.call_raw(
                    gvmt_fmod as *const () as usize,
                    &sig_params,
                    Some(Abi::F64),
                    &[a, b],
                )
                .expect("fmod returns f64")
            }
            Op2::Add => ins.iadd(a, b),
            Op2::Sub => ins.isub(a, b),
            Op2::Mul => ins.imul(a, b),
            Op2::Div | Op2::Rem => unreachable!("checker: integer division goes through `checked`"),
            Op2::BitAnd => ins.band(a, b),
            Op2::BitOr => ins.bor(a, b),
            Op2::BitXor => ins.bxor(a, b),
            Op2::Shl => ins.ishl(a, b),
            Op2::Shr => ins.sshr(a, b),
            Op2::Eq | Op2::Ne | Op2::Lt | Op2::Le | Op2::Gt | Op2::Ge if float => {
                let cc = match op {
                    Op2::Eq => FloatCC::Equal,
                    Op2::Ne => FloatCC::NotEqual,
                    Op2::Lt => FloatCC::LessThan,
                    Op2::Le => FloatCC::LessThanOrEqual,
                    Op2::Gt => FloatCC::GreaterThan,
                    _ => FloatCC::GreaterThanOrEqual,
                };
                ins.fcmp(cc, a, b)
            }
            Op2::Eq | Op2::Ne | Op2::Lt | Op2::Le | Op2::Gt | Op2::Ge => {
                let cc = match op {
                    Op2::Eq => IntCC::Equal,
                    Op2::Ne => IntCC::NotEqual,
                    Op2::Lt => IntCC::SignedLessThan,
                    Op2::Le => IntCC::SignedLessThanOrEqual,
                    Op2::Gt => IntCC::SignedGreaterThan,
                    _ => IntCC::SignedGreaterThanOrEqual,
                };
                ins.icmp(cc, a, b)
            }
        }
    }

    pub fn neg(&mut self, ty: Ty, a: ClValue) -> ClValue {
        if ty == Ty::F64 {
            self.b.ins().fneg(a)
        } else {
            self.b.ins().ineg(a)
        }
    }

    /// `!a`: logical for bools, bitwise for i64.
    pub fn not(&mut self, ty: Ty, a: ClValue) -> ClValue {
        if ty == Ty::Bool {
            self.b.ins().bxor_imm_u(a, 1)
        } else {
            self.b.ins().bnot(a)
        }
    }

    pub fn cast(&mut self, from: Ty, to: Ty, a: ClValue) -> ClValue {
        match (from, to) {
            (Ty::I64, Ty::F64) => self.b.ins().fcvt_from_sint(types::F64, a),
            (Ty::F64, Ty::I64) => self.b.ins().fcvt_to_sint_sat(types::I64, a),
            (Ty::Bool, Ty::I64) => self.b.ins().uextend(types::I64, a),
            _ => a,
        }
    }

    /// Short-circuit `a && b`.
    pub fn and(&mut self, a: ClValue, b: impl FnOnce(&mut Self) -> ClValue) -> ClValue {
        self.short_circuit(a, b, false)
    }

    /// Short-circuit `a || b`.
    pub fn or(&mut self, a: ClValue, b: impl FnOnce(&mut Self) -> ClValue) -> ClValue {
        self.short_circuit(a, b, true)
    }

    fn short_circuit(
        &mut self,
        a: ClValue,
        b: impl FnOnce(&mut Self) -> ClValue,
        is_or: bool,
    ) -> ClValue {
        let result = self.var(types::I8);
        self.b.def_var(result, a);
        let rhs = self.b.create_block();
        let done = self.b.create_block();
        if is_or {
            self.b.ins().brif(a, done, &[], rhs, &[]);
        } else {
            self.b.ins().brif(a, rhs, &[], done, &[]);
        }
        self.b.seal_block(rhs);
        self.b.switch_to_block(rhs);
        let v = b(self);
        self.b.def_var(result, v);
        self.b.ins().jump(done, &[]);
        self.b.seal_block(done);
        self.b.switch_to_block(done);
        self.b.use_var(result)
    }

    /// `(a & mask) == tag`
    pub fn is_tag(&mut self, a: ClValue, mask: u64, tag: u64) -> ClValue {
        let low = self.b.ins().band_imm_u(a, mask as i64);
        self.b.ins().icmp_imm_u(IntCC::Equal, low, tag as i64)
    }

    /// Arithmetic shift right by the tag width.
    pub fn untag(&mut self, a: ClValue, bits: u32) -> ClValue {
        self.b.ins().sshr_imm_u(a, bits as i64)
    }

    /// `(a << bits) | tag`
    pub fn make_tag(&mut self, a: ClValue, bits: u32, tag: u64) -> ClValue {
        let shifted = self.b.ins().ishl_imm_u(a, bits as i64);
        self.b.ins().bor_imm_u(shifted, tag as i64)
    }

    /// `a` survives tagging: `((a << bits) >> bits) == a`.
    pub fn fits_tag(&mut self, a: ClValue, bits: u32) -> ClValue {
        let shifted = self.b.ins().ishl_imm_u(a, bits as i64);
        let back = self.b.ins().sshr_imm_u(shifted, bits as i64);
        self.b.ins().icmp(IntCC::Equal, back, a)
    }

    /// A checked operation: runs `fail` (which must leave: deopt or raise) when it fails.
    pub fn checked(
        &mut self,
        op: Checked,
        a: ClValue,
        b: ClValue,
        fail: impl FnOnce(&mut Self),
    ) -> ClValue {
        match op {
            Checked::Add | Checked::Sub | Checked::Mul => {
                let (r, overflow) = match op {
                    Checked::Add => self.b.ins().sadd_overflow(a, b),
                    Checked::Sub => self.b.ins().ssub_overflow(a, b),
                    _ => self.b.ins().smul_overflow(a, b),
                };
                let ok = self.b.ins().bxor_imm_u(overflow, 1);
                self.guard(ok, fail);
                r
            }
            Checked::Div | Checked::Rem => {
                let nonzero = self.b.ins().icmp_imm_u(IntCC::NotEqual, b, 0);
                let min = self.b.ins().icmp_imm_s(IntCC::Equal, a, i64::MIN);
                let minus_one = self.b.ins().icmp_imm_s(IntCC::Equal, b, -1);
                let overflow = self.b.ins().band(min, minus_one);
                let no_overflow = self.b.ins().bxor_imm_u(overflow, 1);
                let ok = self.b.ins().band(nonzero, no_overflow);
                self.guard(ok, fail);
                if op == Checked::Div {
                    self.b.ins().sdiv(a, b)
                } else {
                    self.b.ins().srem(a, b)
                }
            }
        }
    }
}
