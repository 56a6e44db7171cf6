//! The binary operators, in one table: CPython's BINARY_OP code, the symbol, how a
//! TypeError names the operator, and its special method, reflected method and in-place
//! method (as protocol slots, so a name without a slot does not compile). Binary and
//! in-place dispatch (`dunder.rs`, `arithmetic.rs`, `inplace.rs`) and the builtin types'
//! slot wrappers (`objects/class/builtin_subclasses.rs`) read it.
//!
//! Owns: the table. Must not: apply an operator.

use super::slots::Protocol;

/// One binary operator.
#[derive(Debug)]
pub struct BinaryOp {
    /// CPython's BINARY_OP code (-1 for `divmod()`, which has no instruction).
    pub code: i64,
    /// The symbol of the operator and of its augmented form (`+` and `+=`).
    pub symbol: &'static str,
    /// How "unsupported operand type(s) for ..." names it (`** or pow()`).
    pub named: &'static str,
    /// `__add__`.
    pub method: Protocol,
    /// `__radd__`.
    pub reflected: Protocol,
    /// `__iadd__` (None for `divmod()`).
    pub inplace: Option<Protocol>,
}

const fn op(
    code: i64,
    symbol: &'static str,
    named: &'static str,
    [method, reflected, inplace]: [&str; 3],
) -> BinaryOp {
    BinaryOp {
        code,
        symbol,
        named,
        method: Protocol::named(method),
        reflected: Protocol::named(reflected),
        inplace: Some(Protocol::named(inplace)),
    }
}

/// The operators by BINARY_OP code (the index).
pub const BY_CODE: [BinaryOp; 13] = [
    op(0, "+", "+", ["__add__", "__radd__", "__iadd__"]),
    op(1, "&", "&", ["__and__", "__rand__", "__iand__"]),
    op(
        2,
        "//",
        "//",
        ["__floordiv__", "__rfloordiv__", "__ifloordiv__"],
    ),
    op(3, "<<", "<<", ["__lshift__", "__rlshift__", "__ilshift__"]),
    op(4, "@", "@", ["__matmul__", "__rmatmul__", "__imatmul__"]),
    op(5, "*", "*", ["__mul__", "__rmul__", "__imul__"]),
    op(6, "%", "%", ["__mod__", "__rmod__", "__imod__"]),
    op(7, "|", "|", ["__or__", "__ror__", "__ior__"]),
    op(8, "**", "** or pow()", ["__pow__", "__rpow__", "__ipow__"]),
    op(9, ">>", ">>", ["__rshift__", "__rrshift__", "__irshift__"]),
    op(10, "-", "-", ["__sub__", "__rsub__", "__isub__"]),
    op(
        11,
        "/",
        "/",
        ["__truediv__", "__rtruediv__", "__itruediv__"],
    ),
    op(12, "^", "^", ["__xor__", "__rxor__", "__ixor__"]),
];

pub const ADD: &BinaryOp = &BY_CODE[0];
pub const AND: &BinaryOp = &BY_CODE[1];
pub const FLOOR_DIVIDE: &BinaryOp = &BY_CODE[2];
pub const LSHIFT: &BinaryOp = &BY_CODE[3];
pub const MATRIX_MULTIPLY: &BinaryOp = &BY_CODE[4];
pub const MULTIPLY: &BinaryOp = &BY_CODE[5];
pub const REMAINDER: &BinaryOp = &BY_CODE[6];
pub const OR: &BinaryOp = &BY_CODE[7];
pub const POWER: &BinaryOp = &BY_CODE[8];
pub const RSHIFT: &BinaryOp = &BY_CODE[9];
pub const SUBTRACT: &BinaryOp = &BY_CODE[10];
pub const TRUE_DIVIDE: &BinaryOp = &BY_CODE[11];
pub const XOR: &BinaryOp = &BY_CODE[12];

/// `divmod(a, b)`: `__divmod__`/`__rdivmod__`, no in-place form.
pub const DIVMOD: &BinaryOp = &BinaryOp {
    code: -1,
    symbol: "divmod()",
    named: "divmod()",
    method: Protocol::named("__divmod__"),
    reflected: Protocol::named("__rdivmod__"),
    inplace: None,
};

/// The operator with BINARY_OP code `code`.
pub fn by_code(code: i64) -> Option<&'static BinaryOp> {
    BY_CODE.get(usize::try_from(code).ok()?)
}

/// The special methods and reflections of `ops`, in order (`__add__`, `__radd__`, ...).
pub fn method_names(ops: &[&BinaryOp]) -> Vec<&'static str> {
    ops.iter()
        .flat_map(|op| [op.method.name(), op.reflected.name()])
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_operator_sits_at_its_code() {
        for (i, op) in BY_CODE.iter().enumerate() {
            assert_eq!(op.code, i as i64, "{}", op.symbol);
            let base = op.method.name().trim_start_matches("__");
            assert_eq!(op.reflected.name(), format!("__r{base}"));
            assert_eq!(op.inplace.map(|p| p.name()), Some(&*format!("__i{base}")));
        }
        assert_eq!(by_code(13).map(|o| o.symbol), None);
        assert_eq!(by_code(-1).map(|o| o.symbol), None);
    }
}
