//! The object model the heap's integration tests share: a hand-written layout table, like a
//! VM's generated one (MMTk's MockVM), and the heap configurations they run under.
#![allow(dead_code)]

use gvmt::gc::{HeapConfig, ObjectModel, PlanKind};
use gvmt::rt::frame::slot;
use gvmt::rt::{FrameLayout, LayoutInfo, SlotKind, TailInfo, Value};

pub const NODE: usize = 0; // { left: ref, right: ref, value: i64 }
pub const CELL: usize = 1; // { item: value }
pub const ARRAY: usize = 2; // { len: i64, items: [value; len] }
pub const FRAME: usize = 3; // gvmt's frame slots, then { slots: [value; len] }
pub const FRAME_TAIL: usize = 8 + 8 * slot::COUNT;

pub static LAYOUTS: [LayoutInfo; 4] = [
    LayoutInfo {
        name: "Node",
        fixed_size: 32,
        ref_slots: &[8, 16],
        value_slots: &[],
        tail: None,
    },
    LayoutInfo {
        name: "Cell",
        fixed_size: 16,
        ref_slots: &[],
        value_slots: &[8],
        tail: None,
    },
    LayoutInfo {
        name: "Array",
        fixed_size: 16,
        ref_slots: &[],
        value_slots: &[],
        tail: Some(TailInfo {
            offset: 16,
            len_offset: 8,
            kind: SlotKind::Value,
            live: None,
        }),
    },
    LayoutInfo {
        name: "Frame",
        fixed_size: FRAME_TAIL,
        ref_slots: &[slot::BACK],
        value_slots: &[],
        tail: Some(TailInfo {
            offset: FRAME_TAIL,
            len_offset: slot::LEN,
            kind: SlotKind::Value,
            live: Some([slot::NLOCALS, slot::SP]),
        }),
    },
];

pub fn is_ref(word: u64) -> bool {
    word & 0xf == 0
}

pub fn model() -> ObjectModel {
    ObjectModel {
        layouts: &LAYOUTS,
        is_ref,
        frame: Some(FrameLayout {
            id: FRAME,
            tail: FRAME_TAIL,
        }),
    }
}

pub fn int(i: i64) -> Value {
    Value(((i as u64) << 1) | 1)
}

pub fn config(plan: PlanKind) -> HeapConfig {
    let mut c = HeapConfig::new(plan);
    c.max_heap = 64 << 20;
    c.nursery = 256 << 10;
    c.initial = 256 << 10;
    c.stress = true;
    c.verify = true;
    c.poison = true;
    c
}
