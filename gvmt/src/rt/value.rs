//! The machine word every stack slot, local and `value` slot holds. Its meaning (tags, small
//! ints, references) is given by the spec's `value` declaration, not here.

/// One 64-bit VM value.
#[repr(transparent)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Value(pub u64);

impl Value {
    pub const fn from_bits(bits: u64) -> Value {
        Value(bits)
    }

    pub const fn bits(self) -> u64 {
        self.0
    }
}
