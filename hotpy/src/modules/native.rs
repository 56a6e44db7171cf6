//! Native modules: `math`, `sys` and `time` (and `random`, in `random.rs`; files and the console in `files.rs`). Their functions
//! are builtins named `module.function` in `crate::modules::builtins::BUILTINS`; their constants
//! are made here on access.

use crate::modules::builtins::{builtin_object, index_of};
use crate::values::{self, NONE, as_int, box_float, make_int, new_str, type_name};
use crate::vm::{Error, ThreadState};
use gvmt::rt::Value;

type Kwargs<'a> = &'a [(String, Value)];

pub use super::files::*;

pub const MODULES: &[&str] = &[
    "math", "sys", "time", "random", "_hotpy", "builtins", "_heapq", "_re", "errno", "array",
];

/// Attribute `attr` of native module `module`.
pub fn attribute(vm: &mut ThreadState, module: &str, attr: &str) -> Result<Option<Value>, Error> {
    if module == "array" {
        // The type's constructor and methods are builtins named `array.array...`: the
        // module's own attributes are these three.
        return match attr {
            "array" | "ArrayType" => {
                let index = crate::objects::exception::CLASSES.len()
                    + crate::objects::class::builtin_types::ids::ARRAY;
                crate::objects::exception::builtin_class(vm, index).map(Some)
            }
            "typecodes" => new_str(vm, crate::objects::array::TYPECODES).map(Some),
            _ => Ok(None),
        };
    }
    let dotted = format!("{module}.{attr}");
    if let Some(id) = index_of(&dotted) {
        return builtin_object(vm, id).map(Some);
    }
    if module == "builtins" {
        if let Some(v) = super::globals::builtin(vm, attr)? {
            return Ok(Some(v));
        }

        match attr {
            "True" => return Ok(Some(values::TRUE)),
            "False" => return Ok(Some(values::FALSE)),
            "None" => return Ok(Some(NONE)),
            _ => {}
        }
    }
    let v = match (module, attr) {
        ("math", "pi") => box_float(vm, std::f64::consts::PI)?,
        ("math", "e") => box_float(vm, std::f64::consts::E)?,
        ("math", "tau") => box_float(vm, std::f64::consts::TAU)?,
        ("math", "inf") => box_float(vm, f64::INFINITY)?,
        ("math", "nan") => box_float(vm, f64::NAN)?,
        ("sys", "argv" | "path") => {
            // Made once (from `set_program`'s values), then a real list kept as a global of
            // the module: changes to it are seen by everyone.
            let texts = if attr == "argv" {
                vm.tables().argv.clone()
            } else {
                super::initial_path(vm)
            };
            let id = super::sys_id(vm)?;
            let list = crate::objects::sequence::of_strs(vm, &texts, false)?;
            // Setting it may grow the module's globals (a collection): read it back.
            vm.set_module_global(id, attr, list)?;
            vm.module_global(id, attr).unwrap_or(NONE)
        }
        ("sys", "maxsize") => crate::objects::int::bigint::from_i128(vm, i64::MAX as i128)?,
        // CPython's layout (the `platform` module parses it), hotpy named as the compiler.
        ("sys", "version") => new_str(vm, "3.11.7 (main, Jan  1 2026, 00:00:00) [hotpy]")?,
        ("sys", "platform") => new_str(vm, std::env::consts::OS)?,
        ("sys", "byteorder") => new_str(vm, "little")?,
        ("sys", "stdout" | "stderr" | "stdin" | "__stdout__" | "__stderr__" | "__stdin__") => {
            let io = super::import(vm, "_io")?;
            let io = super::module_object(vm, io)?;
            // Roots the module while it makes the name (which may collect).
            super::import::get_attr_str(vm, io, attr.trim_matches('_'))?
        }
        ("sys" | "random" | "time", _) => {
            let part = python_part_of(module).expect("a module with a Python part");
            return python_part(vm, module, part, attr);
        }
        ("errno", _) => {
            return match super::errno::attribute(vm, attr)? {
                Some(v) => keep(vm, module, attr, v).map(Some),
                None => Ok(None),
            };
        }
        _ => return Ok(None),
    };
    Ok(Some(v))
}

/// The hotpy library module holding the part of native module `module` written in Python.
pub fn python_part_of(module: &str) -> Option<&'static str> {
    match module {
        "sys" => Some("_sys"),
        "random" => Some("_random"),
        "time" => Some("_time"),
        _ => None,
    }
}

/// An attribute of native module `module` written in Python, in hotpy's module `part`
/// (`sys`'s plain values in `_sys.py`, `random.Random` and the rarer distributions in
/// `_random.py`), kept as a global of `module` from then on (so it is one object, which the
/// program may change).
fn python_part(
    vm: &mut ThreadState,
    module: &str,
    part: &str,
    attr: &str,
) -> Result<Option<Value>, Error> {
    // The part's own module attributes are not the module's (but `sys.__displayhook__`...
    // are `sys`'s).
    if attr.starts_with("__") && !(attr.ends_with("hook__") && module == "sys") {
        return Ok(None);
    }
    let values = super::import(vm, part)?;
    let Some(v) = vm.module_global(values, attr) else {
        return Ok(None);
    };
    keep(vm, module, attr, v).map(Some)
}

/// Keeps `v` as global `attr` of native module `module` (found next time without asking the
/// module again, and the same object each time).
fn keep(vm: &mut ThreadState, module: &str, attr: &str, v: Value) -> Result<Value, Error> {
    let id = vm
        .tables()
        .modules
        .iter()
        .position(|m| m.native && m.name == module);
    let Some(id) = id else {
        return Ok(v);
    };
    // Setting it may grow the module's globals (a collection): read it back.
    vm.set_module_global(id, attr, v)?;
    Ok(vm.module_global(id, attr).unwrap_or(NONE))
}

/// The attributes [`attribute`] gives that are not builtin functions (for `dir(module)`).
const VALUES: &[(&str, &str)] = &[
    ("math", "pi"),
    ("math", "e"),
    ("math", "tau"),
    ("math", "inf"),
    ("math", "nan"),
    ("sys", "argv"),
    ("sys", "path"),
    ("sys", "maxsize"),
    ("sys", "version"),
    ("sys", "platform"),
    ("sys", "byteorder"),
    ("sys", "stdout"),
    ("sys", "stderr"),
    ("sys", "stdin"),
    ("sys", "__stdout__"),
    ("sys", "__stderr__"),
    ("sys", "__stdin__"),
];

/// The names of a native module's attributes.
pub fn attribute_names(module: &str) -> Vec<String> {
    if module == "array" {
        return ["array", "ArrayType", "typecodes"]
            .map(String::from)
            .to_vec();
    }
    let prefix = format!("{module}.");
    let in_builtins: Vec<String> = if module == "builtins" {
        let classes = crate::objects::exception::CLASSES.iter().map(|(n, _)| *n);
        let constants = ["True", "False", "None", "Ellipsis", "NotImplemented"];
        let functions = crate::modules::builtins::BUILTINS
            .iter()
            .map(|(n, _)| *n)
            .filter(|n| !n.contains('.'));
        classes
            .chain(crate::objects::class::builtin_types::PUBLIC.iter().copied())
            .chain(["IOError", "EnvironmentError"])
            .chain(constants)
            .chain(functions)
            .chain(super::PYTHON_BUILTINS.iter().map(|(n, _)| *n))
            .filter(|n| !n.starts_with('$'))
            .map(String::from)
            .collect()
    } else if module == "errno" {
        super::errno::names().map(String::from).collect()
    } else {
        vec![]
    };
    crate::modules::builtins::BUILTINS
        .iter()
        .filter_map(|(name, _)| name.strip_prefix(&prefix))
        .map(String::from)
        .chain(in_builtins)
        .chain(
            VALUES
                .iter()
                .filter(|(m, _)| *m == module)
                .map(|(_, a)| a.to_string()),
        )
        .collect()
}

/// Assignment to a native module's attribute (none are writable yet).
pub fn set_attribute(
    _vm: &mut ThreadState,
    _id: usize,
    _attr: &str,
    _v: Value,
) -> Result<bool, Error> {
    Ok(false)
}

pub(super) fn number(vm: &mut ThreadState, v: Value, _function: &str) -> Result<f64, Error> {
    if let Some(i) = as_int(v) {
        return Ok(i as f64);
    }
    if let Some(f) = values::float_value(vm, v) {
        return Ok(f);
    }
    if let Some(f) = crate::objects::int::bigint::to_f64(vm, v) {
        return f;
    }
    if crate::protocols::dunder::takes_part(vm, v) {
        // An object with `__float__` (a Decimal, a Fraction), else `__index__`.
        let found = vm.handle_scope(|vm| {
            let h = vm.mutator().root(v);
            if let Some(f) = crate::protocols::dunder::call(vm, v, "__float__", &[])? {
                return match values::float_value(vm, f) {
                    Some(f) => Ok(Some(f)),
                    None => Err(Error::new(
                        "TypeError",
                        format!("__float__ returned non-float (type {})", type_name(vm, f)),
                    )),
                };
            }
            let v = vm.mutator().get(h);
            if crate::protocols::dunder::method(vm, v, "__index__")?.is_some() {
                let i = crate::protocols::index::index_value(vm, v)?;
                return number(vm, i, _function).map(Some);
            }
            Ok(None)
        })?;
        if let Some(f) = found {
            return Ok(f);
        }
    }
    Err(Error::new(
        "TypeError",
        format!("must be real number, not {}", type_name(vm, v)),
    ))
}

pub(crate) fn args_n<const N: usize>(
    name: &str,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<[Value; N], Error> {
    if !kwargs.is_empty() {
        return Err(Error::new(
            "TypeError",
            format!("{name}() takes no keyword arguments"),
        ));
    }
    <[Value; N]>::try_from(args).map_err(|_| {
        Error::new(
            "TypeError",
            if N == 1 {
                format!("{name}() takes exactly one argument ({} given)", args.len())
            } else {
                format!("{name} expected {N} arguments, got {}", args.len())
            },
        )
    })
}

pub(super) fn domain_error() -> Error {
    Error::new("ValueError", "math domain error")
}

/// A float result of `inputs`, checking CPython's domain and range errors (its `math_1` and
/// `math_2`): NaN from inputs that are not NaN (`sin(inf)`, `fmod(inf, 1)`) is a domain
/// error, infinity from finite inputs a range error.
pub(super) fn checked(vm: &mut ThreadState, r: f64, inputs: &[f64]) -> Result<Value, Error> {
    if r.is_nan() && !inputs.iter().any(|x| x.is_nan()) {
        return Err(domain_error());
    }
    if r.is_infinite() && inputs.iter().all(|x| x.is_finite()) {
        return Err(Error::new("OverflowError", "math range error"));
    }
    box_float(vm, r)
}

macro_rules! unary_math {
    ($($name:ident => $f:expr),* $(,)?) => {
        $(
            pub fn $name(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
                let [x] = args_n::<1>(stringify!($name), args, kwargs)?;
                let x = number(vm, x, stringify!($name))?;
                let f: fn(f64) -> f64 = $f;
                checked(vm, f(x), &[x])
            }
        )*
    };
}

unary_math! {
    sqrt => |x| if x < 0.0 { f64::NAN } else { x.sqrt() },
    exp => f64::exp,
    sin => f64::sin,
    cos => f64::cos,
    tan => f64::tan,
    asin => |x| if x.abs() > 1.0 { f64::NAN } else { x.asin() },
    acos => |x| if x.abs() > 1.0 { f64::NAN } else { x.acos() },
    atan => f64::atan,
    sinh => f64::sinh,
    cosh => f64::cosh,
    tanh => f64::tanh,
    fabs => f64::abs,
    radians => f64::to_radians,
    degrees => f64::to_degrees,
}

/// `f` (a logarithm) of a number as CPython's `loghelper`: an int of any size (one too big
/// for a float as mantissa and exponent: `f(m) + f(2) * e`), or a float; ValueError for
/// zero and negative numbers.
fn log_of(vm: &mut ThreadState, v: Value, name: &str, f: fn(f64) -> f64) -> Result<f64, Error> {
    if crate::values::float_value(vm, v).is_none()
        && let Some(b) = crate::objects::int::bigint::to_big(vm, v)
    {
        if !num_traits::Signed::is_positive(&b) {
            return Err(domain_error());
        }
        let x = num_traits::ToPrimitive::to_f64(&b).unwrap_or(f64::INFINITY);
        if x.is_finite() {
            return Ok(f(x));
        }
        // b = m * 2**e with m in [0.5, 1], rounded to a float.
        let e = b.bits();
        let shift = e - 1000;
        let top = num_traits::ToPrimitive::to_f64(&(b >> shift)).unwrap_or(f64::MAX);
        let m = top * 2f64.powi(-1000);
        return Ok(f(m) + f(2.0) * e as f64);
    }
    let x = number(vm, v, name)?;
    if x <= 0.0 {
        return Err(domain_error());
    }
    Ok(f(x))
}

pub fn log(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    if !kwargs.is_empty() || args.is_empty() || args.len() > 2 {
        return Err(Error::new(
            "TypeError",
            format!("log expected 1 or 2 arguments, got {}", args.len()),
        ));
    }
    let mut r = log_of(vm, args[0], "log", f64::ln)?;
    if let Some(&b) = args.get(1) {
        let base = log_of(vm, b, "log", f64::ln)?;
        if base == 0.0 {
            return Err(Error::new("ZeroDivisionError", "float division by zero"));
        }
        r /= base;
    }
    box_float(vm, r)
}

pub fn log2(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    let [x] = args_n::<1>("log2", args, kwargs)?;
    let r = log_of(vm, x, "log2", f64::log2)?;
    box_float(vm, r)
}

pub fn log10(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    let [x] = args_n::<1>("log10", args, kwargs)?;
    let r = log_of(vm, x, "log10", f64::log10)?;
    box_float(vm, r)
}

/// `floor`, `ceil`, `trunc`: ints.
fn rounding(
    vm: &mut ThreadState,
    name: &str,
    args: &[Value],
    kwargs: Kwargs<'_>,
    f: fn(f64) -> f64,
) -> Result<Value, Error> {
    let [x] = args_n::<1>(name, args, kwargs)?;
    if as_int(x).is_some() || crate::objects::int::bigint::is_big(vm, x) {
        return Ok(if x == values::TRUE || x == values::FALSE {
            make_int(as_int(x).unwrap_or(0))?
        } else {
            x
        });
    }
    let special = match name {
        "floor" => "__floor__",
        "ceil" => "__ceil__",
        _ => "__trunc__",
    };
    if let Some(r) = crate::protocols::dunder::call(vm, x, special, &[])? {
        return Ok(r);
    }
    let v = number(vm, x, name)?;
    crate::objects::int::bigint::from_f64(vm, f(v))
}

pub fn floor(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    rounding(vm, "floor", args, kwargs, f64::floor)
}

pub fn ceil(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    rounding(vm, "ceil", args, kwargs, f64::ceil)
}

pub fn trunc(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    rounding(vm, "trunc", args, kwargs, f64::trunc)
}

fn binary_float(
    vm: &mut ThreadState,
    name: &str,
    args: &[Value],
    kwargs: Kwargs<'_>,
    f: fn(f64, f64) -> f64,
) -> Result<Value, Error> {
    let [a, b] = args_n::<2>(name, args, kwargs)?;
    let (x, y) = (number(vm, a, name)?, number(vm, b, name)?);
    checked(vm, f(x, y), &[x, y])
}

pub fn atan2(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    binary_float(vm, "atan2", args, kwargs, f64::atan2)
}

pub fn pow(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    // Zero to a finite negative power is a domain error in CPython (a NaN here), not an
    // overflow.
    binary_float(vm, "pow", args, kwargs, |x, y| {
        if x == 0.0 && y < 0.0 && y.is_finite() {
            f64::NAN
        } else {
            x.powf(y)
        }
    })
}

pub fn copysign(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    binary_float(vm, "copysign", args, kwargs, f64::copysign)
}

pub fn fmod(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    let [a, b] = args_n::<2>("fmod", args, kwargs)?;
    let (x, y) = (number(vm, a, "fmod")?, number(vm, b, "fmod")?);
    // C's fmod: an infinite dividend or a zero divisor is a domain error (unless a NaN is
    // involved, which gives NaN).
    if (x.is_infinite() && !y.is_nan()) || (y == 0.0 && !x.is_nan()) {
        return Err(domain_error());
    }
    box_float(vm, x % y)
}

pub fn hypot(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    if !kwargs.is_empty() {
        return Err(Error::new(
            "TypeError",
            "hypot() takes no keyword arguments",
        ));
    }
    let mut coordinates = Vec::with_capacity(args.len());
    for &a in args {
        coordinates.push(number(vm, a, "hypot")?.abs());
    }
    box_float(vm, super::math_float::euclidean_norm(&coordinates))
}

fn predicate(
    vm: &mut ThreadState,
    name: &str,
    args: &[Value],
    kwargs: Kwargs<'_>,
    f: fn(f64) -> bool,
) -> Result<Value, Error> {
    let [x] = args_n::<1>(name, args, kwargs)?;
    let x = number(vm, x, name)?;
    Ok(values::py_bool(f(x)))
}

pub fn isnan(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    predicate(vm, "isnan", args, kwargs, f64::is_nan)
}

pub fn isinf(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    predicate(vm, "isinf", args, kwargs, f64::is_infinite)
}

pub fn isfinite(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    predicate(vm, "isfinite", args, kwargs, f64::is_finite)
}

fn ints_of(vm: &ThreadState, args: &[Value]) -> Result<Vec<num_bigint::BigInt>, Error> {
    args.iter()
        .map(|&a| {
            crate::objects::int::bigint::to_big(vm, a).ok_or_else(|| {
                Error::new(
                    "TypeError",
                    format!(
                        "'{}' object cannot be interpreted as an integer",
                        type_name(vm, a)
                    ),
                )
            })
        })
        .collect()
}

pub fn gcd(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    if !kwargs.is_empty() {
        return Err(Error::new("TypeError", "gcd() takes no keyword arguments"));
    }
    let mut g = num_bigint::BigInt::from(0);
    for x in ints_of(vm, args)? {
        g = num_integer::Integer::gcd(&g, &x);
    }
    crate::objects::int::bigint::from_big(vm, &g)
}

pub fn lcm(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    if !kwargs.is_empty() {
        return Err(Error::new("TypeError", "lcm() takes no keyword arguments"));
    }
    let mut l = num_bigint::BigInt::from(1);
    for x in ints_of(vm, args)? {
        l = num_integer::Integer::lcm(&l, &x);
    }
    crate::objects::int::bigint::from_big(vm, &l)
}

pub fn factorial(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    let [x] = args_n::<1>("factorial", args, kwargs)?;
    let Some(n) = as_int(x) else {
        return Err(Error::new(
            "TypeError",
            format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(vm, x)
            ),
        ));
    };
    if n < 0 {
        return Err(Error::new(
            "ValueError",
            "factorial() not defined for negative values",
        ));
    }
    let mut r = num_bigint::BigInt::from(1);
    for i in 2..=n {
        r *= i;
    }
    crate::objects::int::bigint::from_big(vm, &r)
}

pub fn isqrt(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    let [x] = args_n::<1>("isqrt", args, kwargs)?;
    let n = ints_of(vm, &[x])?.remove(0);
    if num_traits::Signed::is_negative(&n) {
        return Err(Error::new(
            "ValueError",
            "isqrt() argument must be nonnegative",
        ));
    }
    crate::objects::int::bigint::from_big(vm, &num_integer::Roots::sqrt(&n))
}

fn comb_perm(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
    comb: bool,
) -> Result<Value, Error> {
    let name = if comb { "comb" } else { "perm" };
    let (n, k) = match args {
        [n] if !comb => (*n, *n),
        _ => {
            let [n, k] = args_n::<2>(name, args, kwargs)?;
            (n, k)
        }
    };
    let (Some(n), Some(k)) = (as_int(n), as_int(k)) else {
        return Err(Error::new(
            "TypeError",
            "'float' object cannot be interpreted as an integer",
        ));
    };
    if n < 0 || k < 0 {
        return Err(Error::new(
            "ValueError",
            format!(
                "{} must be a non-negative integer",
                if n < 0 { "n" } else { "k" }
            ),
        ));
    }
    if k > n {
        return make_int(0);
    }
    let mut r = num_bigint::BigInt::from(1);
    for i in 0..k {
        r *= n - i;
    }
    if comb {
        for i in 2..=k {
            r /= i;
        }
    }
    crate::objects::int::bigint::from_big(vm, &r)
}

pub fn comb(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    comb_perm(vm, args, kwargs, true)
}

pub fn perm(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    comb_perm(vm, args, kwargs, false)
}

/// `math.fsum`: an exactly rounded sum (Neumaier's compensated summation is close; CPython's
/// is exact, so use its partials algorithm).
pub fn fsum(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    let [it] = args_n::<1>("fsum", args, kwargs)?;
    let items = crate::modules::builtins::collect(vm, it)?;
    let mut numbers = Vec::with_capacity(items.len());
    for v in items {
        numbers.push(number(vm, v, "fsum")?);
    }
    box_float(vm, exact_sum(&numbers)?)
}

/// CPython's `math_fsum`: Shewchuk's exact partial sums, infinities and NaNs summed apart,
/// and the final rounding half-even across partials.
fn exact_sum(numbers: &[f64]) -> Result<f64, Error> {
    let mut partials: Vec<f64> = Vec::new();
    let (mut special_sum, mut inf_sum) = (0.0f64, 0.0f64);
    for &value in numbers {
        let mut x = value;
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                // A finite value overflowed, or an infinity or NaN was given.
                if value.is_finite() {
                    return Err(Error::new("OverflowError", "intermediate overflow in fsum"));
                }
                if value.is_infinite() {
                    inf_sum += value;
                }
                special_sum += value;
                partials.clear();
            } else {
                partials.push(x);
            }
        }
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return Err(Error::new("ValueError", "-inf + inf in fsum"));
        }
        return Ok(special_sum);
    }
    let mut n = partials.len();
    let mut hi = 0.0;
    if n > 0 {
        n -= 1;
        hi = partials[n];
        let mut lo = 0.0;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            lo = y - (hi - x);
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            if y == x - hi {
                hi = x;
            }
        }
    }
    Ok(hi)
}

/// `math.prod(iterable, start=1)`.
pub fn prod(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    let Some(&it) = args.first() else {
        return Err(Error::new(
            "TypeError",
            "prod() takes exactly 1 positional argument (0 given)",
        ));
    };
    let mut acc = make_int(1)?;
    for (k, v) in kwargs {
        if k == "start" {
            acc = *v;
        }
    }
    let items = crate::modules::builtins::collect(vm, it)?;
    vm.handle_scope(|vm| {
        let handles: Vec<_> = items.iter().map(|&v| vm.mutator().root(v)).collect();
        let ha = vm.mutator().root(acc);
        for h in &handles {
            let (a, v) = (vm.mutator().get(ha), vm.mutator().get(*h));
            let r = values::mul_fallback(vm, a, v)?;
            vm.mutator().set(ha, r);
        }
        Ok(vm.mutator().get(ha))
    })
}

pub(super) fn text_arg(vm: &ThreadState, v: Value, what: &str) -> Result<String, Error> {
    values::str_value(vm, v).ok_or_else(|| {
        Error::new(
            "TypeError",
            format!("{what} must be str, not {}", type_name(vm, v)),
        )
    })
}

/// `sys.exit(status=None)`: raises SystemExit.
pub fn exit(vm: &mut ThreadState, args: &[Value], _kwargs: Kwargs<'_>) -> Result<Value, Error> {
    Err(crate::objects::exception::error_with_args(
        vm,
        "SystemExit",
        args,
    ))
}

/// `_hotpy.frames(skip)`: `(filename, line, function, module)` for each Python frame running,
/// innermost first, leaving out the `skip` innermost (`sys._getframe`).
pub fn frames(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    let [skip] = args_n::<1>("frames", args, kwargs)?;
    let skip = as_int(skip).unwrap_or(0).max(0) as usize;
    let stack = vm.frame_stack(skip);
    vm.handle_scope(|vm| {
        let mut items = Vec::with_capacity(stack.len());
        for (index, line) in stack {
            let (filename, function) = {
                let code = &vm.loaded(index).code;
                (code.filename.clone(), code.name.clone())
            };
            let filename = crate::values::new_str(vm, &filename)?;
            let hf = vm.mutator().root(filename);
            let function = crate::values::new_str(vm, &function)?;
            let hn = vm.mutator().root(function);
            let module = vm.mutator_ref().pinned(&vm.loaded(index).module_object);
            let hm = vm.mutator().root(module);
            let code = crate::objects::getset::code_ref(vm, index)?;
            let [filename, function, module] = [hf, hn, hm].map(|h| vm.mutator().get(h));
            let line = crate::values::make_int(line as i64)?;
            let item =
                crate::objects::sequence::new_tuple(vm, &[filename, line, function, module, code])?;
            items.push(vm.mutator().root(item));
        }
        let values: Vec<Value> = items.iter().map(|&h| vm.mutator().get(h)).collect();
        crate::objects::sequence::new_list(vm, &values)
    })
}

/// `sys.exc_info()`: `(type, value, traceback)` of the exception being handled, or three
/// Nones.
pub fn exc_info(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    args_n::<0>("exc_info", args, kwargs)?;
    let Some(exc) = vm.handled_exception() else {
        return crate::objects::sequence::new_tuple(vm, &[NONE, NONE, NONE]);
    };
    let held = [exc];
    crate::modules::builtins::object_functions::rooted(vm, &held, |vm, h| {
        let name = vm.name_str("__traceback__")?;
        let exc = vm.mutator().get(h[0]);
        let tb = match crate::protocols::attributes::get_attr(vm, exc, name) {
            Ok(tb) => tb,
            Err(e) if e.is_exception() => NONE,
            Err(e) => return Err(e),
        };
        let hb = vm.mutator().root(tb);
        let exc = vm.mutator().get(h[0]);
        let cls = crate::objects::class::class_of(vm, exc);
        let tb = vm.mutator().get(hb);
        crate::objects::sequence::new_tuple(vm, &[cls, exc, tb])
    })
}

pub fn getrecursionlimit(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    args_n::<0>("getrecursionlimit", args, kwargs)?;
    make_int(
        vm.interp
            .recursion_limit
            .load(std::sync::atomic::Ordering::Relaxed) as i64,
    )
}

pub fn setrecursionlimit(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    let [n] = args_n::<1>("setrecursionlimit", args, kwargs)?;
    match as_int(n) {
        Some(n) if n >= 1 => {
            // The native stack guard still applies beyond what the stack can hold.
            vm.interp
                .recursion_limit
                .store(n as usize, std::sync::atomic::Ordering::Relaxed);
            Ok(NONE)
        }
        Some(_) => Err(Error::new(
            "ValueError",
            "recursion limit must be greater or equal than 1",
        )),
        None => Err(Error::new(
            "TypeError",
            format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(vm, n)
            ),
        )),
    }
}

fn seconds_since_epoch() -> f64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0.0, |d| d.as_secs_f64())
}

pub fn time(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    args_n::<0>("time", args, kwargs)?;
    box_float(vm, seconds_since_epoch())
}

/// `time.perf_counter()` and `time.monotonic()`: seconds since the first call.
pub fn perf_counter(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    args_n::<0>("perf_counter", args, kwargs)?;
    static START: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();
    let start = START.get_or_init(std::time::Instant::now);
    box_float(vm, start.elapsed().as_secs_f64())
}

pub fn sleep(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    let [s] = args_n::<1>("sleep", args, kwargs)?;
    let secs = number(vm, s, "sleep")?;
    if secs < 0.0 {
        return Err(Error::new(
            "ValueError",
            "sleep length must be non-negative",
        ));
    }
    vm.flush_stdout();
    // A signal ends a wait early: its handler runs (and may raise), then the sleep goes on
    // for the time left (PEP 475).
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs_f64(secs);
    loop {
        let left = deadline.saturating_duration_since(std::time::Instant::now());
        if left.is_zero() {
            return Ok(NONE);
        }
        let interrupted = vm.blocking(|| {
            let request = libc::timespec {
                tv_sec: left.as_secs() as libc::time_t,
                tv_nsec: left.subsec_nanos() as libc::c_long,
            };
            // SAFETY: nanosleep reads the request; no remainder is asked for.
            unsafe { libc::nanosleep(&request, std::ptr::null_mut()) != 0 }
        })?;
        if interrupted {
            crate::signals::check(vm)?;
        }
    }
}
