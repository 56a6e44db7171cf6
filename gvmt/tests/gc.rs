//! The collectors' shared test suite: every test runs under both plans, with stress mode (a
//! collection at every allocation slow path, tiny allocation buffers) and the heap verifier on.
//! The object model (tests/common) is a hand-written layout table, like a VM's generated one.

use gvmt::gc::{Heap, Mutator, OutOfMemory, PlanKind};
use gvmt::rt::frame::{self, FrameView, slot};
use gvmt::rt::heap::{load_i64, load_value, store_i64, store_value, write_barrier};
use gvmt::rt::{Code, FrameLayout, Value};
use std::sync::Arc;

mod common;
use common::*;

fn each_plan(test: impl Fn(Arc<Heap>)) {
    for plan in PlanKind::ALL {
        test(Heap::new(config(plan), model()));
    }
}

/// A node with two children (held in handles across the allocation).
fn node(m: &mut Mutator, left: Value, right: Value, value: i64) -> Result<Value, OutOfMemory> {
    let mark = m.handle_mark();
    let (l, r) = (m.root(left), m.root(right));
    let n = m.alloc(NODE, 32)?;
    let (left, right) = (m.get(l), m.get(r));
    m.release_handles(mark);
    let ctx = m.ctx();
    store_value(ctx, n, 8, left);
    store_value(ctx, n, 16, right);
    write_barrier(ctx, n);
    store_i64(ctx, n, 24, value);
    Ok(n)
}

/// A full binary tree of `depth` levels; node values count up from `base`.
fn tree(m: &mut Mutator, depth: u32, base: i64) -> Value {
    if depth == 0 {
        return Value(0);
    }
    let left = tree(m, depth - 1, base * 2);
    let h = m.root(left);
    let right = tree(m, depth - 1, base * 2 + 1);
    let left = m.get(h);
    m.release_handles(m.handle_mark() - 1);
    node(m, left, right, base).expect("memory")
}

fn checksum(m: &Mutator, n: Value) -> i64 {
    if n.0 == 0 {
        return 0;
    }
    let ctx = m.ctx();
    load_i64(ctx, n, 24) + checksum(m, load_value(ctx, n, 8)) + checksum(m, load_value(ctx, n, 16))
}

fn expected_checksum(depth: u32, base: i64) -> i64 {
    if depth == 0 {
        0
    } else {
        base + expected_checksum(depth - 1, base * 2) + expected_checksum(depth - 1, base * 2 + 1)
    }
}

fn garbage(m: &mut Mutator, n: usize) {
    for i in 0..n {
        node(m, Value(0), Value(0), i as i64).expect("memory");
    }
}

#[test]
fn a_tree_survives_collections_intact() {
    each_plan(|heap| {
        let mut m = Mutator::new(&heap);
        let t = tree(&mut m, 9, 1);
        let h = m.root(t);
        for _ in 0..3 {
            garbage(&mut m, 500);
            m.collect(false);
            m.collect(true);
            assert_eq!(checksum(&m, m.get(h)), expected_checksum(9, 1));
        }
        let s = heap.stats();
        assert!(
            s.collections > 10 && s.bytes_copied > 0 && !s.pauses.is_empty(),
            "{s}"
        );
    });
}

#[test]
fn values_rooted_together_are_updated_together() {
    each_plan(|heap| {
        let mut m = Mutator::new(&heap);
        let mark = m.handle_mark();
        let single: Vec<_> = (0..3)
            .map(|i| {
                let t = tree(&mut m, 4, i * 100);
                m.root(t)
            })
            .collect();
        // Read back with nothing allocated in between, then rooted together.
        let trees: Vec<Value> = single.iter().map(|&h| m.get(h)).collect();
        let hs = m.root_all(&trees);
        assert_eq!(hs.len(), 3);
        for _ in 0..2 {
            garbage(&mut m, 300);
            m.collect(false);
            m.collect(true);
        }
        let mut now = [Value(0); 3];
        m.get_all(hs, &mut now);
        for (i, &t) in now.iter().enumerate() {
            assert_eq!(m.get_nth(hs, i), t);
            assert_eq!(checksum(&m, t), expected_checksum(4, i as i64 * 100));
        }
        m.release_handles(mark);
    });
}

/// A frame for `code`, made the running frame on top of the current one.
fn push_frame(m: &mut Mutator, code: &Code) -> Value {
    let layout = FrameLayout {
        id: FRAME,
        tail: FRAME_TAIL,
    };
    let f = m.alloc(FRAME, frame::size_for(layout, code)).unwrap();
    // SAFETY: `code` outlives the frame (both die at the end of the test).
    unsafe { frame::init(m.ctx(), f, code) };
    frame::push_entry(m.ctx_mut(), f);
    f
}

#[test]
fn frames_on_the_chain_and_global_roots_are_updated() {
    each_plan(|heap| {
        let mut m = Mutator::new(&heap);
        let mut globals = vec![Value(0); 2];
        // SAFETY: `globals` outlives the registration, which is removed below.
        let key = unsafe { heap.add_roots(globals.as_mut_ptr(), globals.len()) };
        let code = Code::new(&heap, vec![0], vec![int(7)], 2, 4, 0);
        push_frame(&mut m, &code);
        let t = tree(&mut m, 6, 1);
        frame::set_local(m.ctx(), frame::current(m.ctx()), 0, t);
        let t = tree(&mut m, 5, 3);
        let f = frame::current(m.ctx());
        frame::push(m.ctx(), f, t);
        // A second frame on top: the first is reached through its `back` slot.
        push_frame(&mut m, &code);
        let t = tree(&mut m, 3, 2);
        frame::set_local(m.ctx(), frame::current(m.ctx()), 1, t);
        globals[1] = tree(&mut m, 4, 5);
        garbage(&mut m, 300);
        m.collect(true);
        let ctx = m.ctx();
        let top = frame::current(ctx);
        assert_eq!(
            checksum(&m, frame::local(ctx, top, 1)),
            expected_checksum(3, 2)
        );
        let below = load_value(ctx, top, slot::BACK);
        assert_eq!(
            checksum(&m, frame::local(ctx, below, 0)),
            expected_checksum(6, 1)
        );
        assert_eq!(
            checksum(&m, frame::stack_get(ctx, below, 0)),
            expected_checksum(5, 3)
        );
        assert_eq!(checksum(&m, globals[1]), expected_checksum(4, 5));
        assert_eq!(code.constant(0), int(7));
        frame::pop(m.ctx_mut());
        frame::pop(m.ctx_mut());
        heap.remove_roots(key);
    });
}

#[test]
fn an_old_frame_written_without_a_barrier_keeps_young_objects() {
    each_plan(|heap| {
        let mut m = Mutator::new(&heap);
        let code = Code::new(&heap, vec![0], vec![], 1, 2, 0);
        push_frame(&mut m, &code);
        // Make the frame old, then store a young tree into it the way the interpreter does.
        m.collect(true);
        let t = tree(&mut m, 5, 4);
        let view = FrameView::current(m.ctx());
        view.set_local(0, t);
        view.stack_set(0, t);
        view.set_sp(1);
        garbage(&mut m, 200);
        m.collect(false);
        let ctx = m.ctx();
        let f = frame::current(ctx);
        assert_eq!(
            checksum(&m, frame::local(ctx, f, 0)),
            expected_checksum(5, 4)
        );
        assert_eq!(
            checksum(&m, frame::stack_get(ctx, f, 0)),
            expected_checksum(5, 4)
        );
        frame::pop(m.ctx_mut());
    });
}

#[test]
fn stack_slots_above_sp_are_not_traced() {
    each_plan(|heap| {
        let mut m = Mutator::new(&heap);
        let code = Code::new(&heap, vec![0], vec![], 0, 2, 0);
        push_frame(&mut m, &code);
        let view = FrameView::current(m.ctx());
        // A word that is no object: tracing it would fail the verifier.
        view.stack_set(1, Value(0x10));
        view.set_sp(0);
        garbage(&mut m, 100);
        m.collect(true);
        frame::pop(m.ctx_mut());
    });
}

#[test]
fn an_object_larger_than_the_soft_limit_grows_the_heap() {
    each_plan(|heap| {
        let mut m = Mutator::new(&heap);
        // The heap starts with a 256 KiB soft limit (see `config`); 4 MiB fits in 64 MiB.
        let len = 512 * 1024;
        let keep = tree(&mut m, 4, 1);
        let hk = m.root(keep);
        let a = m
            .alloc(ARRAY, 16 + 8 * len)
            .expect("room within --max-heap");
        store_i64(m.ctx(), a, 8, len as i64);
        let ha = m.root(a);
        m.collect(true);
        let a = m.get(ha);
        assert_eq!(load_i64(m.ctx(), a, 8), len as i64);
        assert_eq!(checksum(&m, m.get(hk)), expected_checksum(4, 1));
        // Beyond the heap it is still out-of-memory, not an abort.
        assert!(m.alloc(ARRAY, 128 << 20).is_err());
    });
}

#[test]
fn arrays_and_large_objects_are_traced_and_moved() {
    each_plan(|heap| {
        let mut m = Mutator::new(&heap);
        let len = 5000; // 40 KB: a large object
        let a = m.alloc(ARRAY, 16 + 8 * len).unwrap();
        store_i64(m.ctx(), a, 8, len as i64);
        let ha = m.root(a);
        for i in 0..len {
            let item = if i % 100 == 0 {
                tree(&mut m, 3, i as i64)
            } else {
                int(i as i64)
            };
            let a = m.get(ha);
            store_value(m.ctx(), a, 16 + 8 * i, item);
            write_barrier(m.ctx(), a);
        }
        m.collect(false);
        m.collect(true);
        let a = m.get(ha);
        for i in 0..len {
            let item = load_value(m.ctx(), a, 16 + 8 * i);
            if i % 100 == 0 {
                assert_eq!(checksum(&m, item), expected_checksum(3, i as i64));
            } else {
                assert_eq!(item, int(i as i64));
            }
        }
    });
}

#[test]
fn garbage_is_reclaimed_within_a_small_heap() {
    for plan in PlanKind::ALL {
        let mut c = config(plan);
        c.max_heap = 4 << 20;
        c.stress = false;
        let heap = Heap::new(c, model());
        let mut m = Mutator::new(&heap);
        let keep = tree(&mut m, 8, 1);
        let h = m.root(keep);
        // 200,000 nodes of 32 bytes: 6.4 MB through a 4 MB heap.
        garbage(&mut m, 200_000);
        assert_eq!(checksum(&m, m.get(h)), expected_checksum(8, 1));
        assert!(heap.used() < 4 << 20);
    }
}

/// An STM transaction whose allocation fails gets one collection (between transactions,
/// `Mutator::collect_for`) before it tries again: that collection must make room for the
/// allocation. With large objects (they go to the old generation directly) filling the old
/// generation up to its limit, a minor collection alone left no room, and a program building
/// a long string by `+=` under `--gc=generational --sync=stm` raised MemoryError.
#[test]
fn the_collection_for_a_failed_allocation_makes_room_for_it() {
    for plan in PlanKind::ALL {
        let mut c = config(plan);
        c.stress = false;
        c.verify = false;
        let heap = Heap::new(c, model());
        let mut m = Mutator::new(&heap);
        let len = 2000; // 16 KB: large (over a quarter of the 32 KB buffer), under a buffer
        for _ in 0..2000 {
            m.collect_for(16 + 8 * len);
            let collections = heap.stats().collections;
            let a = m.alloc(ARRAY, 16 + 8 * len).expect("room after collecting");
            store_i64(m.ctx(), a, 8, len as i64);
            assert_eq!(
                heap.stats().collections,
                collections,
                "the allocation needed another collection ({plan:?})"
            );
        }
    }
}

#[test]
fn exhausting_the_heap_is_an_error_not_an_abort() {
    for plan in PlanKind::ALL {
        let mut c = config(plan);
        c.max_heap = 1 << 20;
        c.stress = false;
        c.verify = false;
        let heap = Heap::new(c, model());
        let mut m = Mutator::new(&heap);
        let mut list = Value(0);
        let result = loop {
            match node(&mut m, list, Value(0), 1) {
                Ok(n) => list = n,
                Err(e) => break e,
            }
            m.release_handles(0);
            let h = m.root(list);
            list = m.get(h);
        };
        assert_eq!(result, OutOfMemory { requested: 32 }, "{plan:?}");
    }
}

#[test]
fn the_write_barrier_keeps_young_objects_alive() {
    let heap = Heap::new(config(PlanKind::Generational), model());
    let mut m = Mutator::new(&heap);
    let old = m.alloc(CELL, 16).unwrap();
    let h = m.root(old);
    m.collect(false); // promotes the cell
    let young = tree(&mut m, 3, 1); // may itself collect: read the cell after
    let old = m.get(h);
    store_value(m.ctx(), old, 8, young);
    write_barrier(m.ctx(), old);
    m.collect(false);
    let old = m.get(h);
    assert_eq!(
        checksum(&m, load_value(m.ctx(), old, 8)),
        expected_checksum(3, 1)
    );
}

#[test]
fn the_verifier_catches_a_missing_write_barrier() {
    let mut c = config(PlanKind::Generational);
    c.stress = false;
    let heap = Heap::new(c, model());
    let mut m = Mutator::new(&heap);
    let old = m.alloc(CELL, 16).unwrap();
    let h = m.root(old);
    m.collect(false);
    let young = m.alloc(NODE, 32).unwrap();
    store_value(m.ctx(), m.get(h), 8, young); // no write_barrier: a VM bug
    let caught = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| m.collect(false)));
    let message = caught.expect_err("the verifier must reject the heap");
    let text = message
        .downcast_ref::<String>()
        .cloned()
        .unwrap_or_default();
    assert!(text.contains("not remembered"), "{text}");
    std::mem::forget(m); // the heap is corrupt by design: do not unregister through it
}

#[test]
fn identity_is_stable_across_moves_and_pruned_when_objects_die() {
    each_plan(|heap| {
        let mut m = Mutator::new(&heap);
        let a = m.alloc(CELL, 16).unwrap();
        let ha = m.root(a);
        let b = m.alloc(CELL, 16).unwrap();
        let hb = m.root(b);
        let (id_a, id_b) = (m.identity(m.get(ha)), m.identity(m.get(hb)));
        assert_ne!(id_a, id_b);
        garbage(&mut m, 200);
        m.collect(true);
        assert_eq!(m.identity(m.get(ha)), id_a);
        assert_eq!(m.identity(m.get(hb)), id_b);
        m.release_handles(1); // b dies
        m.collect(true);
        assert_eq!(heap.identities(), 1);
        assert_eq!(m.identity(m.get(ha)), id_a);
    });
}

#[test]
fn weak_references_follow_moves_and_clear_when_their_objects_die() {
    each_plan(|heap| {
        let mut m = Mutator::new(&heap);
        let a = m.alloc(CELL, 16).unwrap();
        let ha = m.root(a);
        let b = m.alloc(CELL, 16).unwrap();
        let (wa, wb) = (m.weak(m.get(ha)), m.weak(b));
        // b is held by nothing but its weak reference.
        assert_eq!(m.weak_get(wb), Some(b));
        garbage(&mut m, 200);
        m.collect(false);
        m.collect(true);
        assert_eq!(
            m.weak_get(wa),
            Some(m.get(ha)),
            "follows the object's moves"
        );
        assert_eq!(m.weak_get(wb), None, "cleared: nothing kept it alive");
        // A weak reference does not keep its object alive either.
        m.release_handles(0);
        garbage(&mut m, 200);
        m.collect(true);
        assert_eq!(m.weak_get(wa), None);
        // Released slots are reused.
        assert_eq!(m.weak_count(), 2);
        m.release_weak(wa);
        m.release_weak(wb);
        assert_eq!(m.weak_count(), 0);
        let c = m.alloc(CELL, 16).unwrap();
        let wc = m.weak(c);
        assert!(wc == wa || wc == wb);
        assert_eq!(m.weak_get(wc), Some(c));
    });
}

/// Owned weak references: the owner (a VM's weakref object) hears once of its referent's
/// death and is kept alive until taken; an entry whose owner died is released, without
/// notice; the owners of an object's references are listed oldest first and follow moves.
#[test]
fn owned_weak_references_hand_back_their_owners_when_the_referent_dies() {
    each_plan(|heap| {
        let mut m = Mutator::new(&heap);
        let referent = m.alloc(CELL, 16).unwrap();
        let hr = m.root(referent);
        let keep = m.alloc(CELL, 16).unwrap();
        let hk = m.root(keep);
        let told = m.alloc(CELL, 16).unwrap();
        let ht = m.root(told);
        let quiet = m.alloc(CELL, 16).unwrap();
        let hq = m.root(quiet);
        let orphan = m.alloc(CELL, 16).unwrap();
        // `told` asks to hear of its referent's death, `quiet` does not; `orphan` (an owner
        // nothing keeps) also asks, but dies with its referent.
        let w_told = m.weak_owned(m.get(hr), m.get(ht), true);
        let w_quiet = m.weak_owned(m.get(hr), m.get(hq), false);
        let w_orphan = m.weak_owned(m.get(hr), orphan, true);
        let w_keep = m.weak_owned(m.get(hk), m.get(ht), true);
        assert_eq!(m.weak_owners(m.get(hr)), vec![m.get(ht), m.get(hq), orphan]);
        assert!(m.is_weakly_referenced(m.get(hr)));
        assert!(!m.is_weakly_referenced(m.get(hq)));
        garbage(&mut m, 200);
        m.collect(true);
        // The orphan died: its entry is gone; the rest moved with their objects.
        assert_eq!(m.weak_owners(m.get(hr)), vec![m.get(ht), m.get(hq)]);
        assert!(m.is_weakly_referenced(m.get(hr)) && m.is_weakly_referenced(m.get(hk)));
        assert_eq!(m.weak_get(w_told), Some(m.get(hr)));
        assert_eq!(m.weak_count(), 3, "{w_orphan:?} released with its owner");
        assert_eq!(m.take_cleared_weak(), None);
        // The referent dies while `told` and `quiet` live: only `told` is handed back, once,
        // and survives collections until it is taken.
        m.set(hr, int(0));
        assert!(!m.ctx().clear_interrupt(gvmt::rt::interrupt::WEAK_CLEARED));
        m.collect(false);
        m.collect(true);
        assert!(m.ctx().clear_interrupt(gvmt::rt::interrupt::WEAK_CLEARED));
        assert_eq!(m.weak_get(w_told), None);
        assert_eq!(m.weak_get(w_quiet), None);
        assert_eq!(m.weak_get(w_keep), Some(m.get(hk)));
        assert!(m.is_weakly_referenced(m.get(hk)));
        garbage(&mut m, 200);
        m.collect(true);
        assert_eq!(m.take_cleared_weak(), Some(m.get(ht)));
        assert_eq!(m.take_cleared_weak(), None);
        // An owner that asked and is itself garbage by then is still alive when taken: the
        // heap held it. Owners dying release their entries.
        m.release_handles(0);
        garbage(&mut m, 200);
        m.collect(true);
        assert_eq!(m.weak_count(), 0);
        assert_eq!(m.take_cleared_weak(), None);
    });
}

/// A young owner whose young referent dies in a full collection is handed back at the
/// address the collection left it at (a collection that copies twice, as a minor copy that
/// escalates to a major one, must forward the owners the first copy queued: `WeakTable::
/// forward`; asyncio under the generational collector met it).
#[test]
fn an_owner_queued_by_a_collection_is_handed_back_at_its_final_address() {
    each_plan(|heap| {
        let mut m = Mutator::new(&heap);
        let owner = m.alloc(CELL, 16).unwrap();
        let ho = m.root(owner);
        let referent = m.alloc(CELL, 16).unwrap();
        m.weak_owned(referent, m.get(ho), true);
        garbage(&mut m, 50);
        m.collect(true);
        let queued = m.take_cleared_weak();
        assert_eq!(queued, Some(m.get(ho)));
        assert_eq!(m.take_cleared_weak(), None);
    });
}

#[test]
fn an_immediate_is_its_own_identity_and_never_enters_the_table() {
    each_plan(|heap| {
        let mut m = Mutator::new(&heap);
        let imm = Value(0x72);
        assert_eq!(m.identity(imm), 0x72);
        assert_eq!(m.identity(int(5)), int(5).0);
        assert_eq!(heap.identities(), 0);
        // A collection must not try to forward it (it once did: "bad heap offset 0x72").
        garbage(&mut m, 50);
        m.collect(true);
        assert_eq!(m.identity(imm), 0x72);
    });
}

#[test]
fn several_threads_build_and_drop_trees_while_collections_run() {
    within(std::time::Duration::from_secs(120), || {
        each_plan(|heap| {
            let threads: Vec<_> = (0..4)
                .map(|t| {
                    let heap = Arc::clone(&heap);
                    std::thread::spawn(move || {
                        let mut m = Mutator::new(&heap);
                        let keep = tree(&mut m, 6, t + 1);
                        let h = m.root(keep);
                        for round in 0..20 {
                            let t2 = tree(&mut m, 5, round);
                            assert_eq!(checksum(&m, t2), expected_checksum(5, round));
                            m.safepoint();
                            assert_eq!(checksum(&m, m.get(h)), expected_checksum(6, t + 1));
                        }
                    })
                })
                .collect();
            for t in threads {
                t.join().expect("mutator thread");
            }
            assert!(heap.stats().collections > 0);
        });
    });
}

#[test]
fn a_thread_blocked_on_a_lock_held_by_a_stopped_thread_does_not_deadlock() {
    within(std::time::Duration::from_secs(120), || {
        each_plan(|heap| {
            let lock = Arc::new(std::sync::Mutex::new(0));
            let guard_holder = {
                let (heap, lock) = (Arc::clone(&heap), Arc::clone(&lock));
                std::thread::spawn(move || {
                    let mut m = Mutator::new(&heap);
                    let guard = lock.lock().unwrap();
                    // Allocating (and so collecting) while another mutator waits for `lock`.
                    let t = tree(&mut m, 7, 1);
                    assert_eq!(checksum(&m, t), expected_checksum(7, 1));
                    drop(guard);
                })
            };
            let waiter = {
                let (heap, lock) = (Arc::clone(&heap), Arc::clone(&lock));
                std::thread::spawn(move || {
                    let mut m = Mutator::new(&heap);
                    let value = m.blocking(|| *lock.lock().unwrap());
                    let t = tree(&mut m, 4, 1);
                    assert_eq!(checksum(&m, t), expected_checksum(4, 1));
                    value
                })
            };
            guard_holder.join().unwrap();
            assert_eq!(waiter.join().unwrap(), 0);
        });
    });
}

/// Runs `f` on its own thread and fails the test, instead of hanging CI, if it does not finish
/// within `limit` (a deadlock detector, not a timing assertion: the limit is minutes).
fn within(limit: std::time::Duration, f: impl FnOnce() + Send + 'static) {
    let (done, finished) = std::sync::mpsc::channel();
    let worker = std::thread::spawn(move || {
        f();
        let _ = done.send(());
    });
    match finished.recv_timeout(limit) {
        Ok(()) => worker.join().expect("test thread"),
        Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => {
            // The closure panicked: report its panic.
            worker.join().expect("test thread");
        }
        Err(std::sync::mpsc::RecvTimeoutError::Timeout) => {
            panic!("deadlock: the threads did not finish within {limit:?}")
        }
    }
}

#[test]
fn mutators_that_end_while_another_thread_collects_do_not_hold_it_up() {
    within(std::time::Duration::from_secs(120), || {
        each_plan(|heap| {
            let collector = {
                let heap = Arc::clone(&heap);
                std::thread::spawn(move || {
                    let mut m = Mutator::new(&heap);
                    for _ in 0..300 {
                        m.collect(false);
                    }
                })
            };
            let churn: Vec<_> = (0..3)
                .map(|t| {
                    let heap = Arc::clone(&heap);
                    std::thread::spawn(move || {
                        for round in 0..200 {
                            let mut m = Mutator::new(&heap);
                            let t2 = tree(&mut m, 2, round + t);
                            assert_eq!(checksum(&m, t2), expected_checksum(2, round + t));
                            // Dropping `m` here while the collector waits must not deadlock.
                        }
                    })
                })
                .collect();
            for t in churn {
                t.join().expect("churning thread");
            }
            collector.join().expect("collecting thread");
        })
    });
}

#[test]
fn pinned_values_survive_and_move_until_dropped() {
    each_plan(|heap| {
        let mut m = Mutator::new(&heap);
        let t = tree(&mut m, 5, 3);
        let pin = m.pin(t);
        let copy = pin.clone();
        garbage(&mut m, 300);
        m.collect(true);
        assert_eq!(checksum(&m, m.pinned(&pin)), expected_checksum(5, 3));
        drop(pin);
        // A clone keeps the root alive.
        garbage(&mut m, 300);
        m.collect(true);
        assert_eq!(checksum(&m, m.pinned(&copy)), expected_checksum(5, 3));
        let before = heap.used();
        drop(copy);
        m.collect(true);
        m.collect(true);
        assert!(
            heap.used() < before,
            "the tree is garbage once no pin holds it"
        );
        // Many short-lived pins do not accumulate.
        for i in 0..1000 {
            let p = m.pin(int(i));
            assert_eq!(m.pinned(&p), int(i));
        }
    })
}

/// Pins are global roots: a value pinned by a thread that has ended stays alive, and another
/// thread's collections move it and keep the pin up to date.
#[test]
fn a_pin_outlives_its_thread_and_moves_with_other_threads_collections() {
    each_plan(|heap| {
        let pinning = Arc::clone(&heap);
        let pin = std::thread::spawn(move || {
            let mut m = Mutator::new(&pinning);
            let t = tree(&mut m, 6, 7);
            m.pin(t)
        })
        .join()
        .expect("pinning thread");
        let mut m = Mutator::new(&heap);
        let before = m.pinned(&pin);
        for _ in 0..3 {
            garbage(&mut m, 500);
            m.collect(true);
        }
        assert_ne!(m.pinned(&pin), before, "the collections moved the tree");
        assert_eq!(checksum(&m, m.pinned(&pin)), expected_checksum(6, 7));
    })
}

/// What a thread's write barrier remembered outlives the thread: the next minor collection,
/// run by another thread, still treats the old object as a root of the nursery.
#[test]
fn a_gone_threads_remembered_objects_are_kept_for_the_next_collection() {
    let heap = Heap::new(config(PlanKind::Generational), model());
    let mut m = Mutator::new(&heap);
    let old = m.alloc(CELL, 16).unwrap();
    let cell = m.pin(old);
    m.collect(false); // promotes the cell
    let writer_heap = Arc::clone(&heap);
    let writer_cell = cell.clone();
    m.blocking(|| {
        std::thread::spawn(move || {
            let mut w = Mutator::new(&writer_heap);
            let young = tree(&mut w, 3, 5);
            let old = w.pinned(&writer_cell);
            store_value(w.ctx(), old, 8, young);
            write_barrier(w.ctx(), old);
            // `w` goes here, before any collection.
        })
        .join()
        .expect("writer thread");
    });
    m.collect(false); // verified: the cell must still be remembered
    let old = m.pinned(&cell);
    assert_eq!(
        checksum(&m, load_value(m.ctx(), old, 8)),
        expected_checksum(3, 5)
    );
}

/// Four threads with no global lock increment one counter object under its write lock
/// (`gvmt::sync::ObjectLocks`), allocating and collecting while they hold it (the counter
/// moves with the lock bits set): no increment is lost, the lock ends free, under both plans
/// with stress collections.
#[test]
fn an_object_lock_excludes_other_threads_across_collections() {
    use gvmt::sync::ObjectLocks;
    each_plan(|heap| {
        let locks = Arc::new(ObjectLocks::default());
        locks.activate();
        let mut main = Mutator::new(&heap);
        let counter = main.alloc(NODE, 32).unwrap();
        store_i64(main.ctx(), counter, 24, 0);
        let pinned = main.pin(counter);
        let (threads, rounds) = (4i64, 2000i64);
        let start = Arc::new(std::sync::Barrier::new(threads as usize));
        main.blocking(|| {
            let workers: Vec<_> = (0..threads)
                .map(|t| {
                    let (heap, locks, pinned) =
                        (Arc::clone(&heap), Arc::clone(&locks), pinned.clone());
                    let start = Arc::clone(&start);
                    std::thread::spawn(move || {
                        let mut m = Mutator::new(&heap);
                        m.blocking(|| start.wait());
                        for i in 0..rounds {
                            let mark = m.handle_mark();
                            let c = m.pinned(&pinned);
                            let h = m.root(c);
                            locks.lock(&mut m, h);
                            let n = load_i64(m.ctx(), m.get(h), 24);
                            // A window for a lost update, were the lock not exclusive.
                            for _ in 0..50 {
                                std::hint::spin_loop();
                            }
                            if (i + t) % 5 == 0 {
                                let _ = node(&mut m, Value(0), Value(0), i).unwrap();
                            }
                            if (i + t) % 17 == 0 {
                                m.collect(false);
                            }
                            let c = m.get(h);
                            store_i64(m.ctx(), c, 24, n + 1);
                            locks.unlock(m.ctx(), c);
                            m.release_handles(mark);
                        }
                    })
                })
                .collect();
            for w in workers {
                w.join().unwrap();
            }
        });
        let counter = main.pinned(&pinned);
        assert_eq!(load_i64(main.ctx(), counter, 24), threads * rounds);
        assert!(!locks.is_locked(main.ctx(), counter));
        assert_eq!(locks.stats().acquisitions, (threads * rounds) as u64);
        assert!(heap.stats().collections > 0);
    });
}

#[test]
fn a_call_frame_is_filled_from_the_callers_stack_and_its_spare_is_refilled_whole() {
    each_plan(|heap| {
        let mut m = Mutator::new(&heap);
        let layout = FrameLayout {
            id: FRAME,
            tail: FRAME_TAIL,
        };
        let caller_code = Code::new(&heap, vec![0], vec![], 1, 4, 0);
        let callee_code = Code::new(&heap, vec![0], vec![], 3, 2, 0);
        push_frame(&mut m, &caller_code);
        // Two arguments on the caller's stack.
        let a = tree(&mut m, 4, 1);
        frame::push(m.ctx(), frame::current(m.ctx()), a);
        let b = tree(&mut m, 3, 2);
        frame::push(m.ctx(), frame::current(m.ctx()), b);
        let args = gvmt::rt::Values::from_stack(m.ctx(), 0, 2);
        let rest = int(-1);
        // SAFETY: no spare frame yet (None), so nothing is taken.
        assert!(unsafe { frame::take_spare(m.ctx_mut(), layout, &callee_code) }.is_none());
        let f = m
            .alloc(FRAME, frame::size_for(layout, &callee_code))
            .unwrap();
        let init = frame::FrameInit {
            slots: &[],
            prefix: &[],
            args,
            rest,
            recycle: true,
        };
        // SAFETY: a new frame object of the size, which nothing else refers to; the code
        // outlives it.
        unsafe { frame::fill(m.ctx(), f, layout, &callee_code, &init) };
        frame::link(m.ctx_mut(), f);
        let ctx = m.ctx();
        assert_eq!(
            checksum(&m, frame::local(ctx, f, 0)),
            expected_checksum(4, 1)
        );
        assert_eq!(
            checksum(&m, frame::local(ctx, f, 1)),
            expected_checksum(3, 2)
        );
        assert_eq!(frame::local(ctx, f, 2), rest);
        assert_eq!(load_i64(ctx, f, slot::DEPTH), 2);
        // It returns into the caller and becomes the thread's spare frame; stale words are
        // left in it, as a running frame leaves them.
        let view = FrameView::current(ctx);
        view.stack_set(0, Value(0x10));
        view.stack_set(1, Value(0x10));
        view.set_sp(1);
        match frame::finish(m.ctx_mut(), int(5), false, &[1]) {
            frame::Finished::Resume => {}
            frame::Finished::Leave(_) => panic!("the callee is no entry frame"),
        }
        assert_eq!(load_i64(m.ctx(), frame::current(m.ctx()), slot::DEPTH), 1);
        assert_eq!(m.ctx().spare_frame, f);
        // The next call reuses it with a receiver and one argument: every slot is written again.
        let args = gvmt::rt::Values::from_stack(m.ctx(), 2, 1);
        // SAFETY: filled at once below.
        let g = unsafe { frame::take_spare(m.ctx_mut(), layout, &callee_code) }.unwrap();
        assert_eq!(g, f);
        let init = frame::FrameInit {
            slots: &[],
            prefix: &[int(9)],
            args,
            rest,
            recycle: false,
        };
        // SAFETY: the spare frame has the size; nothing else refers to it.
        unsafe { frame::fill(m.ctx(), g, layout, &callee_code, &init) };
        let ctx = m.ctx();
        assert_eq!(m.ctx().spare_frame, Value(0));
        assert_eq!(frame::local(ctx, g, 0), int(9));
        assert_eq!(frame::local(ctx, g, 1), int(5));
        assert_eq!(frame::local(ctx, g, 2), rest);
        for s in [slot::BACK, slot::PC, slot::SP, slot::FLAGS, slot::DEPTH] {
            assert_eq!(load_i64(ctx, g, s), 0, "slot {s}");
        }
        frame::link(m.ctx_mut(), g);
        // The refilled frame traces cleanly (the verifier checks every traced word).
        garbage(&mut m, 100);
        m.collect(true);
        frame::pop(m.ctx_mut());
        frame::pop(m.ctx_mut());
    });
}
