//! CPython's limit on decimal int/str conversions (`sys.set_int_max_str_digits`, 4300 digits
//! by default): `str()`, `repr()` and decimal formatting of an int with more digits, and
//! `int(text)` of more digits in a base that is not a power of two, raise ValueError. The
//! limit lives in the interpreter (`Interpreter::int_max_str_digits`, 0: none).

use super::bigint;
use crate::values::{NONE, make_int};
use crate::vm::{Error, ThreadState};
use gvmt::rt::Value;
use std::sync::atomic::Ordering;

const ADVICE: &str = "use sys.set_int_max_str_digits() to increase the limit";

fn limit(vm: &ThreadState) -> usize {
    vm.interp.int_max_str_digits.load(Ordering::Relaxed)
}

/// True if `v` is an int whose decimal form has more digits than the limit allows.
pub fn exceeds(vm: &ThreadState, v: Value) -> bool {
    let max = limit(vm);
    if max == 0 || !bigint::is_big(vm, v) {
        // Tagged ints have at most 19 digits; the limit is 0 or at least 640.
        return false;
    }
    let Some(big) = bigint::to_big(vm, v) else {
        return false;
    };
    let bits = big.bits();
    // |v| >= 2**(bits-1), so it has at least (bits-1)*log10(2) + 1 digits, and fewer than
    // bits*log10(2) + 1.
    let low = ((bits - 1) as f64 * std::f64::consts::LOG10_2) as usize + 1;
    let high = (bits as f64 * std::f64::consts::LOG10_2) as usize + 1;
    if low > max {
        return true;
    }
    if high <= max {
        return false;
    }
    big.magnitude().to_string().len() > max
}

/// CPython's ValueError when `v` (an int) is too long to convert to decimal text.
pub fn check_to_str(vm: &ThreadState, v: Value) -> Result<(), Error> {
    if exceeds(vm, v) {
        return Err(Error::new(
            "ValueError",
            format!(
                "Exceeds the limit ({} digits) for integer string conversion; {ADVICE}",
                limit(vm)
            ),
        ));
    }
    Ok(())
}

/// CPython's ValueError when `int(text, base)` reads `digits` digits (underscores, sign and
/// prefix not counted) in a base that is not a power of two, beyond the limit.
pub fn check_from_str(vm: &ThreadState, digits: usize, base: u32) -> Result<(), Error> {
    let max = limit(vm);
    if max != 0 && !base.is_power_of_two() && digits > max {
        return Err(Error::new(
            "ValueError",
            format!(
                "Exceeds the limit ({max} digits) for integer string conversion: value has \
                 {digits} digits; {ADVICE}"
            ),
        ));
    }
    Ok(())
}

/// `_hotpy.int_max_str_digits([n])`: the limit, or sets it (the caller, `sys`, checks `n`).
pub fn int_max_str_digits(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: &[(String, Value)],
) -> Result<Value, Error> {
    if !kwargs.is_empty() {
        return Err(Error::new(
            "TypeError",
            "int_max_str_digits() takes no keyword arguments",
        ));
    }
    match args {
        [] => make_int(limit(vm) as i64),
        [n] => {
            let n = crate::objects::size_arg(vm, *n)?;
            vm.interp
                .int_max_str_digits
                .store(n.max(0) as usize, Ordering::Relaxed);
            Ok(NONE)
        }
        _ => Err(Error::new(
            "TypeError",
            "int_max_str_digits expected at most 1 argument",
        )),
    }
}
