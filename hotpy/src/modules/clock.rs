//! The C library's calendar functions under `time` (`hotpy/lib/_time.py` builds
//! `struct_time`, `localtime`, `gmtime`, `mktime`, `strftime`... on them): broken-down times
//! from `localtime_r`/`gmtime_r`, `mktime`, and `strftime`, so that time zones and formats are
//! the C library's, as in CPython.
//!
//! Owns: the conversions between Python's 9-tuples and C's `struct tm` (Python counts
//! weekdays from Monday and days of the year from 1). Must not: keep any state.

use super::native::args_n;
use crate::values::{self, make_int};
use crate::vm::{Error, ThreadState};
use gvmt::rt::Value;

type Kwargs<'a> = &'a [(String, Value)];

fn int(vm: &ThreadState, v: Value, what: &str) -> Result<i64, Error> {
    values::int_value(v).ok_or_else(|| {
        Error::new(
            "TypeError",
            format!(
                "'{}' object cannot be interpreted as an integer ({what})",
                values::type_name(vm, v)
            ),
        )
    })
}

/// `_hotpy.broken_down(secs, local)`: `(year, mon, mday, hour, min, sec, wday, yday, isdst,
/// zone, gmtoff)` of `secs` since the epoch, in local time or UTC.
pub fn broken_down(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    let [secs, local] = args_n::<2>("broken_down", args, kwargs)?;
    let secs = int(vm, secs, "seconds")?;
    let local = values::is_true(vm, local)?;
    let t = secs as libc::time_t;
    // SAFETY: `tm` is a plain C struct that localtime_r/gmtime_r fill completely; `t` lives
    // for the call; both functions are thread-safe.
    let (tm, ok) = unsafe {
        let mut tm: libc::tm = std::mem::zeroed();
        let r = if local {
            libc::localtime_r(&t, &mut tm)
        } else {
            libc::gmtime_r(&t, &mut tm)
        };
        (tm, !r.is_null())
    };
    if !ok {
        return Err(Error::new(
            "OverflowError",
            "timestamp out of range for platform time_t",
        ));
    }
    let zone = if tm.tm_zone.is_null() {
        String::new()
    } else {
        // SAFETY: a non-null tm_zone points at a NUL-terminated static string of the C
        // library's time-zone tables.
        unsafe { std::ffi::CStr::from_ptr(tm.tm_zone) }
            .to_string_lossy()
            .into_owned()
    };
    let fields = [
        tm.tm_year as i64 + 1900,
        tm.tm_mon as i64 + 1,
        tm.tm_mday as i64,
        tm.tm_hour as i64,
        tm.tm_min as i64,
        tm.tm_sec as i64,
        (tm.tm_wday as i64 + 6) % 7,
        tm.tm_yday as i64 + 1,
        tm.tm_isdst as i64,
    ];
    let gmtoff: i64 = tm.tm_gmtoff;
    crate::objects::sequence::of_made(vm, 11, true, |vm, i| match i {
        0..=8 => make_int(fields[i]),
        9 => values::new_str(vm, &zone),
        _ => make_int(gmtoff),
    })
}

/// A C `struct tm` from Python's 9 fields.
fn tm_of(vm: &ThreadState, fields: Value) -> Result<libc::tm, Error> {
    let items = crate::objects::sequence::items(vm, fields).unwrap_or_default();
    if items.len() < 9 {
        return Err(Error::new("TypeError", "time tuple must have 9 elements"));
    }
    let mut f = [0i64; 9];
    for (i, &v) in items.iter().take(9).enumerate() {
        f[i] = int(vm, v, "time tuple field")?;
    }
    // SAFETY: an all-zero `struct tm` is valid (null tm_zone).
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    tm.tm_year = (f[0] - 1900) as libc::c_int;
    tm.tm_mon = (f[1] - 1) as libc::c_int;
    tm.tm_mday = f[2] as libc::c_int;
    tm.tm_hour = f[3] as libc::c_int;
    tm.tm_min = f[4] as libc::c_int;
    tm.tm_sec = f[5] as libc::c_int;
    tm.tm_wday = ((f[6] + 1) % 7) as libc::c_int;
    tm.tm_yday = (f[7] - 1) as libc::c_int;
    tm.tm_isdst = f[8] as libc::c_int;
    Ok(tm)
}

/// `_hotpy.mktime(fields)`: seconds since the epoch of a local broken-down time.
pub fn mktime(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    let [fields] = args_n::<1>("mktime", args, kwargs)?;
    let mut tm = tm_of(vm, fields)?;
    // Marks failure (mktime may return -1 for a real time as well).
    tm.tm_wday = -1;
    // SAFETY: `tm` is a valid struct that mktime normalises in place.
    let t = unsafe { libc::mktime(&mut tm) };
    if t == -1 && tm.tm_wday == -1 {
        return Err(Error::new("OverflowError", "mktime argument out of range"));
    }
    values::box_float(vm, t as f64)
}

/// `_hotpy.strftime(format, fields, zone, gmtoff)`: the C library's strftime.
pub fn strftime(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    let [format, fields, zone, gmtoff] = args_n::<4>("strftime", args, kwargs)?;
    let format = super::native::text_arg(vm, format, "format")?;
    let mut tm = tm_of(vm, fields)?;
    let zone = values::str_value(vm, zone).unwrap_or_default();
    let zone = std::ffi::CString::new(zone).unwrap_or_default();
    tm.tm_zone = zone.as_ptr();
    tm.tm_gmtoff = values::int_value(gmtoff).unwrap_or(0) as libc::c_long;
    if format.contains('\0') {
        return Err(Error::new("ValueError", "embedded null character"));
    }
    let mut out = String::new();
    // A format strftime would expand to nothing gets a marker so that "" and failure differ.
    let c_format = std::ffi::CString::new(format!("{format}\u{1}")).unwrap_or_default();
    let mut size = 256 + 4 * format.len();
    while size <= 1 << 20 {
        let mut buf = vec![0u8; size];
        // SAFETY: `buf` has `size` bytes; `c_format` and `tm` (and the zone string it points
        // at) live across the call.
        let n = unsafe {
            libc::strftime(
                buf.as_mut_ptr() as *mut libc::c_char,
                size,
                c_format.as_ptr(),
                &tm,
            )
        };
        if n > 0 {
            buf.truncate(n - 1);
            out = String::from_utf8_lossy(&buf).into_owned();
            break;
        }
        size *= 4;
    }
    values::new_str(vm, &out)
}
