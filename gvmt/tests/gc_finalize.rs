//! Finalization in both collectors (stress mode and the verifier on, as in `gc.rs`): an
//! object registered as having a finalizer is kept, with what it reaches, by the collection
//! that finds it unreachable, and handed to the VM once, in registration order; after the VM
//! let it go, the next collection frees it.

use gvmt::gc::{Heap, Mutator, PlanKind};
use gvmt::rt::Value;
use gvmt::rt::heap::{load_i64, load_value, store_i64, store_value, write_barrier};
use std::sync::Arc;

mod common;
use common::*;

fn each_plan(test: impl Fn(Arc<Heap>)) {
    for plan in PlanKind::ALL {
        test(Heap::new(config(plan), model()));
    }
}

/// A node holding `child` and `value`.
fn node(m: &mut Mutator, child: Value, value: i64) -> Value {
    let mark = m.handle_mark();
    let h = m.root(child);
    let n = m.alloc(NODE, 32).expect("memory");
    let child = m.get(h);
    m.release_handles(mark);
    let ctx = m.ctx();
    store_value(ctx, n, 8, child);
    write_barrier(ctx, n);
    store_i64(ctx, n, 24, value);
    n
}

fn garbage(m: &mut Mutator, n: usize) {
    for i in 0..n {
        node(m, Value(0), i as i64);
    }
}

fn value_of(m: &Mutator, n: Value) -> i64 {
    load_i64(m.ctx(), n, 24)
}

/// The values of the objects queued for finalization, taking them all.
fn drain(m: &mut Mutator) -> Vec<i64> {
    let mut values = Vec::new();
    while let Some(n) = m.take_finalizable() {
        values.push(value_of(m, n));
    }
    values
}

#[test]
fn an_unreachable_registered_object_is_kept_with_what_it_reaches_and_handed_over_once() {
    each_plan(|heap| {
        let mut m = Mutator::new(&heap);
        let child = node(&mut m, Value(0), 7);
        let parent = node(&mut m, child, 1);
        let hp = m.root(parent);
        m.register_finalizer(m.get(hp));
        let w_child = m.weak(child);
        garbage(&mut m, 100);
        m.collect(true);
        // Reachable: not queued, moved with the collection.
        assert_eq!(m.finalizer_count(), 1);
        assert_eq!(m.take_finalizable(), None);
        assert!(!m.ctx().clear_interrupt(gvmt::rt::interrupt::FINALIZE));
        m.release_handles(0);
        m.collect(false);
        m.collect(true);
        assert!(m.ctx().clear_interrupt(gvmt::rt::interrupt::FINALIZE));
        assert_eq!(m.finalizer_count(), 0);
        // Queued objects are roots until taken, across more collections.
        garbage(&mut m, 100);
        m.collect(true);
        let kept = m
            .take_finalizable()
            .expect("the dead object is handed over");
        assert_eq!(m.take_finalizable(), None);
        assert_eq!(value_of(&m, kept), 1);
        let kept_child = load_value(m.ctx(), kept, 8);
        assert_eq!(value_of(&m, kept_child), 7);
        // Weak references to what the object reaches survive while it is being finalized.
        assert_eq!(m.weak_get(w_child), Some(kept_child));
        // Once the VM lets go of it, it is an ordinary dead object: freed, never queued again.
        garbage(&mut m, 100);
        m.collect(true);
        assert_eq!(m.weak_get(w_child), None);
        assert_eq!(m.take_finalizable(), None);
    });
}

#[test]
fn dead_objects_are_queued_in_registration_order_at_their_final_addresses() {
    each_plan(|heap| {
        let mut m = Mutator::new(&heap);
        for value in [30, 10, 20] {
            let n = node(&mut m, Value(0), value);
            m.register_finalizer(n);
        }
        let live = node(&mut m, Value(0), 99);
        let hl = m.root(live);
        m.register_finalizer(m.get(hl));
        // A minor collection that escalates to a major one (generational) copies the dead
        // ones twice: the queue follows.
        m.collect(false);
        m.collect(true);
        garbage(&mut m, 300);
        m.collect(false);
        let order = drain(&mut m);
        assert_eq!(order, vec![30, 10, 20]);
        assert_eq!(m.finalizer_count(), 1);
        assert_eq!(value_of(&m, m.get(hl)), 99);
    });
}

#[test]
fn finalize_all_queues_every_registered_object_reachable_or_not() {
    each_plan(|heap| {
        let mut m = Mutator::new(&heap);
        let a = node(&mut m, Value(0), 1);
        let ha = m.root(a);
        m.register_finalizer(m.get(ha));
        let b = node(&mut m, Value(0), 2);
        m.register_finalizer(b);
        m.finalize_all();
        assert_eq!(m.finalizer_count(), 0);
        garbage(&mut m, 100);
        m.collect(true);
        let order = drain(&mut m);
        assert_eq!(order, vec![1, 2]);
    });
}

#[test]
fn a_cancelled_registration_dies_without_being_queued() {
    each_plan(|heap| {
        let mut m = Mutator::new(&heap);
        let a = node(&mut m, Value(0), 1);
        m.register_finalizer(a);
        let b = node(&mut m, Value(0), 2);
        let hb = m.root(b);
        m.register_finalizer(m.get(hb));
        garbage(&mut m, 100);
        m.collect(false);
        // `b` moved: cancelling finds it at its new address.
        assert!(m.cancel_finalizer(m.get(hb)));
        assert!(!m.cancel_finalizer(m.get(hb)));
        m.release_handles(0);
        m.collect(true);
        assert_eq!(drain(&mut m), vec![1]);
        assert_eq!(m.finalizer_count(), 0);
    });
}
