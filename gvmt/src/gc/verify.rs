//! The heap verifier, run before and after every collection when `HeapConfig::verify` is set:
//! every reference reachable from the roots lands on the start of an object inside a live
//! space, with a sane header; under the generational plan every old object that refers into
//! the nursery has been remembered.

use super::plan::Plan;
use super::{ObjectModel, RawHeap};
use crate::rt::Value;
use crate::rt::heap::header::{self, FORWARDED, UNLOGGED};
use std::collections::HashSet;

pub(crate) fn check(
    heap: RawHeap,
    model: &ObjectModel,
    plan: &dyn Plan,
    roots: super::plan::RootVisitor<'_>,
    remembered: &[Value],
) -> Result<(), String> {
    let spaces = plan.live_spaces();
    let mut seen = HashSet::new();
    let mut work = Vec::new();
    let mut error = None;
    roots(&mut |slot| work.push((*slot as usize, "a root".to_string())));
    while let Some((obj, from)) = work.pop() {
        if !seen.insert(obj) {
            continue;
        }
        let Some(space) = spaces.iter().find(|s| s.contains(obj)) else {
            error = Some(format!(
                "{from} refers to {obj:#x}, outside every live space"
            ));
            break;
        };
        if obj % 16 != 0 {
            error = Some(format!(
                "{from} refers to {obj:#x}, which is not 16-byte aligned"
            ));
            break;
        }
        let word = heap.word(obj);
        if word & FORWARDED != 0 || header::layout(word) >= model.layouts.len() {
            error = Some(format!(
                "{from} refers to {obj:#x}, whose header {word:#x} is no object's"
            ));
            break;
        }
        let size = heap.object_size(model, obj);
        if obj + size > space.top {
            error = Some(format!(
                "object at {obj:#x} ({size} bytes) runs past its space"
            ));
            break;
        }
        heap.for_each_ref_slot(model, obj, |slot| {
            work.push((
                heap.word(slot) as usize,
                format!("slot {:#x} of {obj:#x}", slot - obj),
            ))
        });
    }
    if let Some(e) = error {
        return Err(e);
    }
    if let Some((old, young)) = plan.generations() {
        let remembered: HashSet<usize> = remembered.iter().map(|v| v.0 as usize).collect();
        let mut at = old.start;
        while at < old.top {
            let size = heap.object_size(model, at);
            let mut young_ref = None;
            heap.for_each_ref_slot(model, at, |slot| {
                if young.contains(heap.word(slot) as usize) {
                    young_ref = Some(slot);
                }
            });
            if let Some(slot) = young_ref
                && (heap.word(at) & UNLOGGED != 0 || !remembered.contains(&at))
            {
                return Err(format!(
                    "old object at {at:#x} (layout {}) refers to the nursery (slot {:#x}) but is not remembered",
                    crate::rt::heap::header::layout(heap.word(at)),
                    slot - at
                ));
            }
            at += size;
        }
    }
    Ok(())
}
