//! A call's new frame made in one pass: the thread's spare frame of the right size taken off
//! its list (or a new object the generated `new_frame_with` allocates), and every slot written
//! once: gvmt's fixed slots, the VM's own slots, the arguments copied from the caller's stack
//! into the first locals, the other locals set to a VM's "unbound" value.
//!
//! This is the hot half of a call (the interpreter makes a frame per Python-level call), so it
//! zeroes nothing it then overwrites and checks bounds once per frame rather than per slot.
//! It owns only the filling; linking the frame onto the chain is [`super::link`]'s.

use super::{Code, Fixed, FrameLayout, Values, flags, padded_size, slot};
use crate::rt::{Value, VmCtx, heap};

/// What a new frame starts with besides its code.
pub struct FrameInit<'a> {
    /// The VM's own frame slots (after gvmt's), in declaration order; slots past the end of
    /// this are zeroed.
    pub slots: &'a [Value],
    /// The first locals (a bound method's receiver), before `args`.
    pub prefix: &'a [Value],
    /// Values of the running frame copied into the next locals (a call's arguments on the
    /// caller's stack).
    pub args: Values,
    /// What the other locals start as.
    pub rest: Value,
    /// The frame is referred to by nothing but the chain it will run on: it is reused once
    /// it returns ([`flags::RECYCLE`]).
    pub recycle: bool,
}

/// Takes the thread's last spare frame off its list if it has the size a frame for `code`
/// needs. Its slots hold stale words until [`fill`] writes every one: nothing may read or
/// trace it (or collect) in between.
///
/// # Safety
/// The caller must [`fill`] the frame before anything can collect or read it.
#[inline]
pub unsafe fn take_spare(ctx: &mut VmCtx, layout: FrameLayout, code: &Code) -> Option<Value> {
    let spare = ctx.spare_frame;
    if spare.0 == 0 {
        return None;
    }
    let f = Fixed::of(ctx, spare);
    let len = (padded_size(layout.tail, code) - layout.tail) / 8;
    if f.get(slot::LEN) != len as i64 {
        return None;
    }
    ctx.spare_frame = Value(f.get(slot::BACK) as u64);
    Some(spare)
}

/// Writes every slot of `frame` (a frame object of [`super::size_for`] bytes for `code`, just
/// allocated or taken by [`take_spare`]) but its header, so that it is a new frame for `code`
/// as `init` says (its locals `init.prefix`, then `init.args`, then `init.rest`), on no chain
/// yet, pc 0 and an empty stack.
///
/// # Safety
/// `code` must outlive the frame (see [`Code`]); `frame` must be a frame object of the size
/// `code` needs in `layout`, which nothing else refers to.
#[inline]
pub unsafe fn fill(
    ctx: &VmCtx,
    frame: Value,
    layout: FrameLayout,
    code: &Code,
    init: &FrameInit<'_>,
) {
    let f = Fixed::of(ctx, frame);
    let nlocals = code.nlocals();
    let len = (padded_size(layout.tail, code) - layout.tail) / 8;
    let vm_slots = (layout.tail - 8 * (slot::COUNT + 1)) / 8;
    assert!(
        frame.0 as usize + layout.tail + 8 * len <= ctx.heap_size
            && init.slots.len() <= vm_slots
            && init.prefix.len() + init.args.len <= nlocals
            && nlocals <= len,
        "gvmt: a frame that does not fit what fills it"
    );
    f.set(slot::BACK, 0);
    f.set(slot::CODE, code as *const Code as usize as i64);
    f.set(slot::PC, 0);
    f.set(slot::SP, 0);
    f.set(slot::FLAGS, if init.recycle { flags::RECYCLE } else { 0 });
    f.set(slot::DEPTH, 0);
    f.set(slot::NLOCALS, nlocals as i64);
    f.set(slot::LEN, len as i64);
    for i in 0..vm_slots {
        let v = init.slots.get(i).map_or(0, |v| v.0 as i64);
        f.set(8 * (slot::COUNT + 1 + i), v);
    }
    // The arguments, from the running frame's tail (none: perhaps no frame runs).
    let from = if init.args.len == 0 {
        std::ptr::null()
    } else {
        let c = Fixed::of(ctx, ctx.frame);
        debug_assert_eq!(
            c.get(slot::DEPTH),
            init.args.depth,
            "gvmt: arguments read while another frame runs"
        );
        assert!(
            init.args.start + init.args.len <= c.get(slot::LEN) as usize,
            "gvmt: arguments outside the caller's frame"
        );
        // SAFETY: inside the caller's frame, which lies inside the heap (checked above and
        // by `Fixed::of`).
        unsafe { ((c.0 as *const u8).add(ctx.frame_tail) as *const Value).add(init.args.start) }
    };
    // SAFETY: both ranges lie inside their frames (checked above), and two distinct frames
    // do not overlap; `from` is read only for the `args.len` values it has.
    unsafe {
        let to = (f.0 as *mut u8).add(layout.tail) as *mut Value;
        let p = init.prefix.len();
        for (i, &v) in init.prefix.iter().enumerate() {
            to.add(i).write(v);
        }
        for i in p..nlocals {
            let v = if i - p < init.args.len {
                from.add(i - p).read()
            } else {
                init.rest
            };
            to.add(i).write(v);
        }
    }
    heap::write_barrier(ctx, frame);
}
