//! `random`: CPython's Mersenne Twister (MT19937), seeded and drawn exactly as CPython 3.11's
//! `random` module does, so a seeded program gives CPython's numbers. The generator's state
//! is Python-visible mutable state, so it lives in the heap (a `RandomState` object, one per
//! interpreter, written through its layout's setters); [`Twister`] only computes a seeding.

use crate::generated::layouts::RandomState;
use crate::values::{self, NONE, as_int, box_float, make_int, type_name};
use crate::vm::{Error, ThreadState};
use gvmt::rt::{Value, Vm, VmCtx};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

type Kwargs<'a> = &'a [(String, Value)];

const N: usize = 624;
const M: usize = 397;

/// The generator's state.
pub struct Twister {
    state: [u32; N],
    index: usize,
}

impl Twister {
    fn init_genrand(seed: u32) -> Twister {
        let mut state = [0u32; N];
        state[0] = seed;
        for i in 1..N {
            state[i] = 1812433253u32
                .wrapping_mul(state[i - 1] ^ (state[i - 1] >> 30))
                .wrapping_add(i as u32);
        }
        Twister { state, index: N }
    }

    /// CPython's `init_by_array`.
    fn from_key(key: &[u32]) -> Twister {
        let mut t = Twister::init_genrand(19650218);
        let mt = &mut t.state;
        let (mut i, mut j) = (1usize, 0usize);
        let len = key.len().max(1);
        for _ in 0..N.max(len) {
            mt[i] = (mt[i] ^ (mt[i - 1] ^ (mt[i - 1] >> 30)).wrapping_mul(1664525))
                .wrapping_add(key.get(j).copied().unwrap_or(0))
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= len {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            mt[i] = (mt[i] ^ (mt[i - 1] ^ (mt[i - 1] >> 30)).wrapping_mul(1566083941))
                .wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x80000000;
        t
    }

    /// Writes this seeding into the heap generator `state`.
    fn store(&self, ctx: &VmCtx, state: Value) {
        for (i, &w) in self.state.iter().enumerate() {
            RandomState::set_state(ctx, state, i, w as i64);
        }
        RandomState::set_index(ctx, state, self.index as i64);
    }

    /// A seeding from the clock and the process id (`seed()` and first use).
    fn from_clock() -> Twister {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        Twister::from_key(&[nanos as u32, (nanos >> 32) as u32, std::process::id()])
    }
}

/// Draws from the interpreter's generator in the heap.
struct HeapTwister<'a> {
    ctx: &'a VmCtx,
    state: Value,
}

impl HeapTwister<'_> {
    fn word(&self, i: usize) -> u32 {
        RandomState::state(self.ctx, self.state, i) as u32
    }

    fn next_u32(&mut self) -> u32 {
        let (ctx, state) = (self.ctx, self.state);
        let mut index = RandomState::index(ctx, state) as usize;
        if index >= N {
            for k in 0..N {
                let y = (self.word(k) & 0x80000000) | (self.word((k + 1) % N) & 0x7fffffff);
                let mut v = self.word((k + M) % N) ^ (y >> 1);
                if y & 1 != 0 {
                    v ^= 0x9908b0df;
                }
                RandomState::set_state(ctx, state, k, v as i64);
            }
            index = 0;
        }
        let mut y = self.word(index);
        RandomState::set_index(ctx, state, index as i64 + 1);
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^ (y >> 18)
    }

    /// `random()`: 53 random bits as a float in [0, 1).
    fn random(&mut self) -> f64 {
        let a = (self.next_u32() >> 5) as f64;
        let b = (self.next_u32() >> 6) as f64;
        (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)
    }

    /// `getrandbits(k)`.
    fn getrandbits(&mut self, k: u64) -> BigInt {
        if k == 0 {
            // CPython draws nothing for no bits.
            return BigInt::from(0);
        }
        if k <= 32 {
            return BigInt::from(self.next_u32() >> (32 - k as u32));
        }
        let mut words = Vec::new();
        let mut left = k;
        while left > 0 {
            let mut r = self.next_u32();
            if left < 32 {
                r >>= 32 - left;
            }
            words.push(r);
            left = left.saturating_sub(32);
        }
        BigInt::from_slice(num_bigint::Sign::Plus, &words)
    }

    /// `_randbelow(n)`: uniform in [0, n) by rejection sampling on `n.bit_length()` bits.
    fn randbelow(&mut self, n: &BigInt) -> BigInt {
        let k = n.bits();
        loop {
            let r = self.getrandbits(k);
            if &r < n {
                return r;
            }
        }
    }
}

/// The interpreter's generator (made and seeded from the clock on first use).
fn generator(vm: &mut ThreadState) -> Result<Value, Error> {
    let state = vm.interp.random_state.get(0);
    if state != NONE {
        return Ok(state);
    }
    let fresh = vm.alloc(RandomState::ID, RandomState::size_for(N))?;
    let ctx = vm.vmctx();
    RandomState::set_words(ctx, fresh, N as i64);
    Twister::from_clock().store(ctx, fresh);
    // Another thread may have made one meanwhile: theirs is the one.
    Ok(vm
        .interp
        .random_state
        .publish(vm.mutator_ref(), 0, NONE, fresh))
}

/// Runs `f` on the interpreter's generator.
fn with_twister<R>(
    vm: &mut ThreadState,
    f: impl FnOnce(&mut HeapTwister) -> R,
) -> Result<R, Error> {
    let state = generator(vm)?;
    Ok(f(&mut HeapTwister {
        ctx: vm.vmctx(),
        state,
    }))
}

fn big_arg(vm: &ThreadState, v: Value) -> Result<BigInt, Error> {
    crate::objects::int::bigint::to_big(vm, v).ok_or_else(|| {
        Error::new(
            "TypeError",
            format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(vm, v)
            ),
        )
    })
}

pub fn random(vm: &mut ThreadState, args: &[Value], _kwargs: Kwargs<'_>) -> Result<Value, Error> {
    if !args.is_empty() {
        return Err(Error::new(
            "TypeError",
            format!("random() takes no arguments ({} given)", args.len()),
        ));
    }
    let r = with_twister(vm, |t| t.random())?;
    box_float(vm, r)
}

pub fn getrandbits(
    vm: &mut ThreadState,
    args: &[Value],
    _kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    let k = args.first().and_then(|&v| as_int(v)).unwrap_or(-1);
    if k < 0 {
        return Err(Error::new(
            "ValueError",
            "number of bits must be non-negative",
        ));
    }
    let r = with_twister(vm, |t| t.getrandbits(k as u64))?;
    crate::objects::int::bigint::from_big(vm, &r)
}

fn randbelow(vm: &mut ThreadState, n: &BigInt) -> Result<BigInt, Error> {
    if n.is_zero() {
        return Ok(BigInt::zero());
    }
    with_twister(vm, |t| t.randbelow(n))
}

/// `randrange(start, stop=None, step=1)`, as CPython 3.11 computes it.
pub fn randrange(
    vm: &mut ThreadState,
    args: &[Value],
    _kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    let (start, stop, step) = match args {
        [a] => (big_arg(vm, *a)?, None, BigInt::from(1)),
        [a, b] => (big_arg(vm, *a)?, Some(big_arg(vm, *b)?), BigInt::from(1)),
        [a, b, c] => (big_arg(vm, *a)?, Some(big_arg(vm, *b)?), big_arg(vm, *c)?),
        _ => {
            return Err(Error::new(
                "TypeError",
                format!("randrange expected 1 to 3 arguments, got {}", args.len()),
            ));
        }
    };
    let Some(stop) = stop else {
        if start.is_positive() {
            let r = randbelow(vm, &start)?;
            return crate::objects::int::bigint::from_big(vm, &r);
        }
        return Err(Error::new("ValueError", "empty range for randrange()"));
    };
    let width = &stop - &start;
    if step == BigInt::from(1) {
        if width.is_positive() {
            let r = randbelow(vm, &width)?;
            return crate::objects::int::bigint::from_big(vm, &(start + r));
        }
        return Err(Error::new(
            "ValueError",
            format!("empty range for randrange() ({start}, {stop}, {width})"),
        ));
    }
    // Python's `//` floors.
    let n = if step.is_positive() {
        num_integer::Integer::div_floor(&(&width + &step - 1), &step)
    } else if step.is_negative() {
        num_integer::Integer::div_floor(&(&width + &step + 1), &step)
    } else {
        return Err(Error::new("ValueError", "zero step for randrange()"));
    };
    if !n.is_positive() {
        return Err(Error::new("ValueError", "empty range for randrange()"));
    }
    let r = randbelow(vm, &n)?;
    crate::objects::int::bigint::from_big(vm, &(start + step * r))
}

pub fn randint(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    let [a, b] = args else {
        return Err(Error::new(
            "TypeError",
            format!("randint() missing arguments ({} given)", args.len()),
        ));
    };
    let upper = crate::objects::int::bigint::from_big(vm, &(big_arg(vm, *b)? + 1))?;
    randrange(vm, &[*a, upper], kwargs)
}

pub fn choice(vm: &mut ThreadState, args: &[Value], _kwargs: Kwargs<'_>) -> Result<Value, Error> {
    let [seq] = args else {
        return Err(Error::new(
            "TypeError",
            "choice() takes exactly one argument",
        ));
    };
    let n = len_of(vm, *seq)?;
    if n == 0 {
        return Err(Error::new(
            "IndexError",
            "Cannot choose from an empty sequence",
        ));
    }
    let i = randbelow(vm, &BigInt::from(n))?.to_i64().unwrap_or(0);
    let index = make_int(i)?;
    crate::objects::sequence::subscript(vm, *seq, index)
}

fn len_of(vm: &mut ThreadState, seq: Value) -> Result<usize, Error> {
    if let Some(n) = crate::objects::sequence::len(vm, seq) {
        return Ok(n);
    }
    if let Some(n) = crate::objects::range::length(vm, seq) {
        return Ok(n as usize);
    }
    if let Some(s) = values::str_value(vm, seq) {
        return Ok(s.chars().count());
    }
    if let Some(n) = crate::protocols::dunder::len(vm, seq)? {
        return Ok(n as usize);
    }
    Err(Error::new(
        "TypeError",
        format!("object of type '{}' has no len()", type_name(vm, seq)),
    ))
}

/// `shuffle(x)`: CPython's Fisher-Yates from the end.
pub fn shuffle(vm: &mut ThreadState, args: &[Value], _kwargs: Kwargs<'_>) -> Result<Value, Error> {
    let [list] = args else {
        return Err(Error::new(
            "TypeError",
            "shuffle() takes exactly one argument",
        ));
    };
    // Made first: the draws below then allocate nothing while raw values are held.
    generator(vm)?;
    let mut items = crate::objects::sequence::items(vm, *list).ok_or_else(|| {
        Error::new(
            "TypeError",
            format!(
                "'{}' object does not support item assignment",
                type_name(vm, *list)
            ),
        )
    })?;
    for i in (1..items.len()).rev() {
        let j = randbelow(vm, &BigInt::from(i + 1))?.to_usize().unwrap_or(0);
        items.swap(i, j);
    }
    // Storing may call a subclass's `__setitem__` (which may collect): keep them in handles.
    vm.handle_scope(|vm| {
        let list = vm.mutator().root(*list);
        let handles: Vec<_> = items.into_iter().map(|v| vm.mutator().root(v)).collect();
        for (i, h) in handles.into_iter().enumerate() {
            let index = make_int(i as i64)?;
            let (list, v) = (vm.mutator().get(list), vm.mutator().get(h));
            crate::objects::sequence::store_subscript(vm, list, index, v)?;
        }
        Ok(NONE)
    })
}

pub fn uniform(vm: &mut ThreadState, args: &[Value], _kwargs: Kwargs<'_>) -> Result<Value, Error> {
    let [a, b] = args else {
        return Err(Error::new(
            "TypeError",
            "uniform() takes exactly 2 arguments",
        ));
    };
    let to_f = |vm: &ThreadState, v: Value| -> Result<f64, Error> {
        as_int(v)
            .map(|i| i as f64)
            .or_else(|| values::float_value(vm, v))
            .ok_or_else(|| Error::new("TypeError", "uniform() needs numbers"))
    };
    let (x, y) = (to_f(vm, *a)?, to_f(vm, *b)?);
    let r = with_twister(vm, |t| t.random())?;
    box_float(vm, x + (y - x) * r)
}

// ----- generators as objects (`random.Random`, in hotpy/lib/_random.py) -----

/// The generator argument of the `_hotpy.random_*` functions.
fn state_arg(vm: &ThreadState, v: Value) -> Result<Value, Error> {
    if crate::values::layout_of(vm, v) == Some(RandomState::ID) {
        Ok(v)
    } else {
        Err(Error::new("TypeError", "not a random generator state"))
    }
}

/// `_hotpy.random_state(shared)`: the interpreter's generator (what the module's functions
/// draw from) when `shared`, else a new one seeded from the clock.
pub fn random_state(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    let [shared] = super::native::args_n::<1>("random_state", args, kwargs)?;
    if values::is_true(vm, shared)? {
        return generator(vm);
    }
    let fresh = vm.alloc(RandomState::ID, RandomState::size_for(N))?;
    let ctx = vm.vmctx();
    RandomState::set_words(ctx, fresh, N as i64);
    Twister::from_clock().store(ctx, fresh);
    Ok(fresh)
}

/// `_hotpy.random_seed(state, a)`: seeds with an int (its absolute value's 32-bit words) or,
/// for None, the clock.
pub fn random_seed(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    let [state, a] = super::native::args_n::<2>("random_seed", args, kwargs)?;
    let state = state_arg(vm, state)?;
    let twister = if a == NONE {
        Twister::from_clock()
    } else {
        let key = big_arg(vm, a)?.abs().to_u32_digits().1;
        Twister::from_key(if key.is_empty() { &[0] } else { &key })
    };
    twister.store(vm.vmctx(), state);
    Ok(NONE)
}

/// `_hotpy.random_random(state)`.
pub fn random_random(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    let [state] = super::native::args_n::<1>("random_random", args, kwargs)?;
    let state = state_arg(vm, state)?;
    let r = HeapTwister {
        ctx: vm.vmctx(),
        state,
    }
    .random();
    box_float(vm, r)
}

/// `_hotpy.random_getrandbits(state, k)`.
pub fn random_getrandbits(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    let [state, k] = super::native::args_n::<2>("random_getrandbits", args, kwargs)?;
    let state = state_arg(vm, state)?;
    let Some(k) = as_int(k).filter(|&k| k >= 0) else {
        return Err(Error::new(
            "ValueError",
            "number of bits must be non-negative",
        ));
    };
    let r = HeapTwister {
        ctx: vm.vmctx(),
        state,
    }
    .getrandbits(k as u64);
    crate::objects::int::bigint::from_big(vm, &r)
}

/// `_hotpy.random_getstate(state)`: the 624 words and the position, as CPython's
/// `Random.getstate()[1]`.
pub fn random_getstate(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    let [state] = super::native::args_n::<1>("random_getstate", args, kwargs)?;
    let state = state_arg(vm, state)?;
    let ctx = vm.vmctx();
    let mut words: Vec<i64> = (0..N)
        .map(|i| RandomState::state(ctx, state, i) as u32 as i64)
        .collect();
    words.push(RandomState::index(ctx, state));
    let items = words
        .iter()
        .map(|&w| make_int(w))
        .collect::<Result<Vec<_>, _>>()?;
    crate::objects::sequence::new_tuple(vm, &items)
}

/// `_hotpy.random_setstate(state, words)`: the inverse of `random_getstate` (CPython's
/// checks and messages).
pub fn random_setstate(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    let [state, words] = super::native::args_n::<2>("random_setstate", args, kwargs)?;
    let state = state_arg(vm, state)?;
    if !values::is_tuple(vm, words) {
        return Err(Error::new("TypeError", "state vector must be a tuple"));
    }
    let items = crate::objects::sequence::items(vm, words).unwrap_or_default();
    if items.len() != N + 1 {
        return Err(Error::new("ValueError", "state vector is the wrong size"));
    }
    let mut parsed = Vec::with_capacity(N + 1);
    for &v in &items {
        let w = big_arg(vm, v)?;
        let Some(w) = w.to_u64().filter(|&w| w <= u32::MAX as u64) else {
            return Err(Error::new(
                "OverflowError",
                "Python int too large to convert to C unsigned long",
            ));
        };
        parsed.push(w as i64);
    }
    let index = parsed[N];
    if !(0..=N as i64).contains(&index) {
        return Err(Error::new("ValueError", "invalid state"));
    }
    let ctx = vm.vmctx();
    for (i, &w) in parsed[..N].iter().enumerate() {
        RandomState::set_state(ctx, state, i, w);
    }
    RandomState::set_index(ctx, state, index);
    Ok(NONE)
}
