//! Protocol slots: for each class, the special methods the runtime dispatches on (operators,
//! comparisons, hash, len, truth, iteration, subscripts, calls, attribute hooks, descriptors,
//! conversions), as CPython's type slots. A class's slot holds what its MRO gives for the
//! protocol's method (a Python function, a builtin type's Rust special method, or nothing),
//! so an operator on an instance finds its `__add__` by index, without hashing a name or
//! walking the MRO.
//!
//! Slots are filled on first use and stamped with the interpreter's class version: a change
//! to any class namespace (which may change what any subclass inherits) leaves every slot
//! stale, and each is looked up again when next used. The slot table is an `Array` in the
//! class object (`Class.slots`, made with the class): two items per protocol, the method
//! (UNBOUND for none) and the version it was found at.
//!
//! Owns: the protocol table and the slot arrays. Must not: decide which attribute counts as
//! a special method (`dunder.rs` does; this module remembers its answers).

use crate::generated::layouts::{Array, Class};
use crate::values::{NONE, UNBOUND};
use crate::vm::{Error, ThreadState};
use gvmt::rt::{Value, Vm};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU64, Ordering};

/// The address bits of [`Protocol::of`]'s memo words.
const ADDRESS: u64 = (1 << 56) - 1;

/// The protocols with a slot, by their special method's name.
pub const PROTOCOLS: &[&str] = &[
    // Binary operators and their reflections.
    "__add__",
    "__radd__",
    "__sub__",
    "__rsub__",
    "__mul__",
    "__rmul__",
    "__truediv__",
    "__rtruediv__",
    "__floordiv__",
    "__rfloordiv__",
    "__mod__",
    "__rmod__",
    "__and__",
    "__rand__",
    "__or__",
    "__ror__",
    "__xor__",
    "__rxor__",
    "__lshift__",
    "__rlshift__",
    "__rshift__",
    "__rrshift__",
    "__matmul__",
    "__rmatmul__",
    "__divmod__",
    "__rdivmod__",
    "__pow__",
    "__rpow__",
    // In-place operators.
    "__iadd__",
    "__isub__",
    "__imul__",
    "__itruediv__",
    "__ifloordiv__",
    "__imod__",
    "__iand__",
    "__ior__",
    "__ixor__",
    "__ilshift__",
    "__irshift__",
    "__imatmul__",
    "__ipow__",
    // Rich comparisons, hashing, truth.
    "__lt__",
    "__le__",
    "__eq__",
    "__ne__",
    "__gt__",
    "__ge__",
    "__hash__",
    "__bool__",
    // Unary operators and conversions.
    "__neg__",
    "__pos__",
    "__invert__",
    "__abs__",
    "__index__",
    "__int__",
    "__float__",
    "__round__",
    "__repr__",
    "__str__",
    "__format__",
    "__bytes__",
    // Containers and iteration.
    "__len__",
    "__getitem__",
    "__setitem__",
    "__delitem__",
    "__contains__",
    "__iter__",
    "__next__",
    "__reversed__",
    "__missing__",
    // Attribute access, descriptors, calls, context managers.
    "__getattr__",
    "__setattr__",
    "__delattr__",
    "__dir__",
    "__get__",
    "__set__",
    "__delete__",
    "__call__",
    "__enter__",
    "__exit__",
    // Found as they are (not filtered to functions): what calling a class runs.
    "__new__",
    "__init__",
    // Derived (no attribute has this name): the `__init__` a call of the class runs as a
    // frame in the dispatch loop, or nothing when the call takes the general path
    // (`interp::call::classify_class_call`).
    "<plain __init__>",
];

/// Protocols from this index on hold the plain class lookup ([`class_lookup`]) or a derived
/// answer; those before it hold `dunder::method`'s answer.
pub const PLAIN_FROM: usize = PROTOCOLS.len() - 3;

/// A protocol: an index into [`PROTOCOLS`].
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Protocol(u8);

/// `__new__` (a plain-lookup protocol).
pub const NEW: Protocol = Protocol::named("__new__");
/// `__init__` (a plain-lookup protocol).
pub const INIT: Protocol = Protocol::named("__init__");
/// The `__init__` a class call runs in the loop (a derived slot).
pub const PLAIN_INIT: Protocol = Protocol::named("<plain __init__>");

impl Protocol {
    /// The protocol of special method `name`, at compile time (a name without a slot does
    /// not compile).
    pub const fn named(name: &str) -> Protocol {
        let mut i = 0;
        while i < PROTOCOLS.len() {
            if crate::values::same_text(PROTOCOLS[i], name) {
                return Protocol(i as u8);
            }
            i += 1;
        }
        panic!("not a protocol with a slot")
    }

    /// The protocol of special method `name`, if it has a slot.
    pub fn of(name: &str) -> Option<Protocol> {
        // Callers pass string literals: a memo by address (protocol index in the top byte,
        // the address below) answers them without hashing; the text is compared anyway, so a
        // stale or raced entry only costs the hashed lookup.
        static MEMO: [AtomicU64; 64] = [const { AtomicU64::new(0) }; 64];
        let address = name.as_ptr() as u64 & ADDRESS;
        let memo = &MEMO[((address >> 3) ^ (address >> 9)) as usize & 63];
        let word = memo.load(Ordering::Relaxed);
        if word & ADDRESS == address {
            let i = (word >> 56) as usize;
            if PROTOCOLS.get(i) == Some(&name) {
                return Some(Protocol(i as u8));
            }
        }
        let found = Protocol::hashed(name)?;
        memo.store(((found.0 as u64) << 56) | address, Ordering::Relaxed);
        Some(found)
    }

    fn hashed(name: &str) -> Option<Protocol> {
        static INDEX: OnceLock<rustc_hash::FxHashMap<&'static str, u8>> = OnceLock::new();
        INDEX
            .get_or_init(|| {
                PROTOCOLS
                    .iter()
                    .enumerate()
                    .map(|(i, &n)| (n, i as u8))
                    .collect()
            })
            .get(name)
            .map(|&i| Protocol(i))
    }

    /// The special method's name.
    pub fn name(self) -> &'static str {
        PROTOCOLS[self.0 as usize]
    }

    /// True for the protocols that hold `dunder::method`'s answer.
    pub fn is_special_method(self) -> bool {
        (self.0 as usize) < PLAIN_FROM
    }
}

/// `cls`'s attribute for `p` (one of the plain-lookup protocols, [`NEW`] or [`INIT`])
/// along its MRO, from its slot when current. May collect (the first use of the name makes
/// its str); `cls` need not be rooted.
pub fn class_lookup(vm: &mut ThreadState, cls: Value, p: Protocol) -> Result<Option<Value>, Error> {
    assert!(
        !p.is_special_method(),
        "class_lookup is for the plain-lookup protocols"
    );
    let name = p.name();
    if let Some(found) = cached(vm, cls, p) {
        return Ok(found);
    }
    let (key, cls) = vm.handle_scope(|vm| {
        let h = vm.mutator().root(cls);
        let key = vm.name_str(name);
        (key, vm.mutator().get(h))
    });
    let found = crate::objects::class::lookup(vm, cls, key?)?;
    record(vm, cls, p, found);
    Ok(found)
}

fn version_tag(vm: &ThreadState) -> Value {
    let v = vm.class_version();
    Value(((v & (u64::MAX >> 2)) << 1) | 1)
}

/// What class `cls`'s slot for `p` holds, if it is current: `Some(None)` when the class has
/// no such method, `None` when the slot must be looked up.
#[inline]
pub fn cached(vm: &ThreadState, cls: Value, p: Protocol) -> Option<Option<Value>> {
    let ctx = vm.vmctx();
    let slots = Class::slots(ctx, cls);
    if slots == NONE {
        return None;
    }
    let i = 2 * p.0 as usize;
    if Array::items(ctx, slots, i + 1) != version_tag(vm) {
        return None;
    }
    let found = Array::items(ctx, slots, i);
    Some((found != UNBOUND).then_some(found))
}

/// A new class's slot array: every slot stale.
pub fn new_slots(vm: &mut ThreadState) -> Result<Value, Error> {
    let n = 2 * PROTOCOLS.len();
    let array = vm.alloc(Array::ID, Array::size_for(n))?;
    let ctx = vm.vmctx();
    Array::set_len(ctx, array, n as i64);
    for i in 0..n {
        // Even items: no method; odd items: a version no lookup has (stale).
        Array::set_items(ctx, array, i, if i % 2 == 0 { UNBOUND } else { NONE });
    }
    Ok(array)
}

/// Fills class `cls`'s slot for `p` with what a lookup found (`None`: no such method).
/// Does not allocate.
pub fn record(vm: &ThreadState, cls: Value, p: Protocol, found: Option<Value>) {
    let ctx = vm.vmctx();
    let slots = Class::slots(ctx, cls);
    if slots == NONE {
        return;
    }
    let i = 2 * p.0 as usize;
    Array::set_items(ctx, slots, i, found.unwrap_or(UNBOUND));
    Array::set_items(ctx, slots, i + 1, version_tag(vm));
}
