//! The STM backend (`gvmt::sync::Stm`) against the cases PyPy's stmgc tests: a read/write
//! conflict aborts the reader; an abort restores the heap and frames; an inevitable
//! transaction wins; an object spanning pages is backed up and imported whole; random
//! schedules on several threads give the serial result. Every test runs under both
//! collectors with the heap verifier on.

mod common;
use common::*;

use gvmt::gc::{Heap, Mutator, PlanKind};
use gvmt::rt::Value;
use gvmt::rt::frame::slot;
use gvmt::rt::heap::{load_i64, load_value, store_i64, store_value, write_barrier};
use gvmt::sync::{Abort, Stm, StmConfig};
use std::sync::Arc;

fn setup(plan: PlanKind, worlds: usize, stress: bool) -> (Arc<Heap>, Arc<Stm>) {
    let mut c = config(plan);
    c.stress = stress;
    let heap = Heap::new(c, model());
    let stm = Stm::new(
        &heap,
        StmConfig {
            worlds,
            ..StmConfig::default()
        },
    );
    (heap, stm)
}

fn each_plan(test: impl Fn(PlanKind)) {
    for plan in PlanKind::ALL {
        test(plan);
    }
}

fn attached(heap: &Arc<Heap>, stm: &Arc<Stm>) -> Mutator {
    let mut m = Mutator::new(heap);
    stm.attach(&mut m);
    m
}

/// Runs `body` as a transaction until it commits; an `Err(Abort)` from the body (or the
/// commit) rolls it back and runs it again.
fn atomically<R>(
    stm: &Stm,
    m: &mut Mutator,
    site: u64,
    mut body: impl FnMut(&mut Mutator) -> Result<R, Abort>,
) -> R {
    loop {
        stm.begin(m);
        match body(m).and_then(|r| stm.commit(m).map(|()| r)) {
            Ok(r) => return r,
            Err(Abort) => stm.abort(m, site),
        }
    }
}

/// A cell holding `v`, made in a transaction of its own.
fn new_cell(stm: &Stm, m: &mut Mutator, v: i64) -> gvmt::gc::Pinned {
    let cell = atomically(stm, m, 0, |m| {
        let c = m.alloc(CELL, 16).map_err(|_| Abort)?;
        store_value(m.ctx(), c, 8, int(v));
        Ok(c)
    });
    m.pin(cell)
}

fn get(m: &Mutator, cell: Value) -> i64 {
    (load_value(m.ctx(), cell, 8).0 as i64) >> 1
}

fn set(m: &Mutator, cell: Value, v: i64) {
    store_value(m.ctx(), cell, 8, int(v));
}

#[test]
fn a_read_write_conflict_aborts_the_reader_and_isolates_until_commit() {
    each_plan(|plan| {
        let (heap, stm) = setup(plan, 2, false);
        let (mut a, mut b) = (attached(&heap, &stm), attached(&heap, &stm));
        let x = new_cell(&stm, &mut a, 1);
        let y = new_cell(&stm, &mut a, 100);

        stm.begin(&mut b);
        let xb = b.pinned(&x);
        assert_eq!(get(&b, xb), 1);
        stm.begin(&mut a);
        let xa = a.pinned(&x);
        set(&a, xa, 2);
        assert_eq!(get(&a, xa), 2, "a transaction sees its own write");
        assert_eq!(get(&b, xb), 1, "and no other transaction does");
        stm.commit(&mut a).unwrap();
        assert_eq!(get(&b, xb), 1, "a running transaction keeps its snapshot");
        assert_eq!(stm.commit(&mut b), Err(Abort), "b read x, which a changed");
        stm.abort(&mut b, 7);
        stm.begin(&mut b);
        assert_eq!(
            get(&b, b.pinned(&x)),
            2,
            "the next transaction imported a's commit"
        );
        stm.commit(&mut b).unwrap();

        // A transaction that read only what nobody changed commits, and imports the rest.
        stm.begin(&mut b);
        assert_eq!(get(&b, b.pinned(&y)), 100);
        stm.begin(&mut a);
        set(&a, a.pinned(&x), 3);
        stm.commit(&mut a).unwrap();
        stm.commit(&mut b).unwrap();
        stm.begin(&mut b);
        assert_eq!(get(&b, b.pinned(&x)), 3);
        stm.commit(&mut b).unwrap();

        let stats = stm.stats();
        assert_eq!(stats.aborts, 1);
        assert_eq!(stats.abort_sites, [(7, 1)]);
        assert_eq!(stats.commits, 7);
        assert!(stats.imported > 0);
    });
}

/// What another transaction changed and changed back (a lock taken and released), and a
/// cache word (`store_cache_word`: a str's hash), make no conflict for a reader.
#[test]
fn an_object_written_back_as_it_was_and_cache_words_conflict_with_nobody() {
    each_plan(|plan| {
        let (heap, stm) = setup(plan, 2, false);
        let (mut a, mut b) = (attached(&heap, &stm), attached(&heap, &stm));
        let lock = new_cell(&stm, &mut a, 0);
        let data = new_cell(&stm, &mut a, 10);

        stm.begin(&mut b);
        assert_eq!(get(&b, b.pinned(&lock)), 0);
        assert_eq!(get(&b, b.pinned(&data)), 10);
        stm.begin(&mut a);
        let la = a.pinned(&lock);
        set(&a, la, 1);
        set(&a, la, 0);
        // A word of an object b read, written as a cache (outside the transaction).
        gvmt::rt::heap::store_cache_word(a.ctx(), a.pinned(&data), 8, int(11).0);
        stm.commit(&mut a).unwrap();
        stm.commit(&mut b).expect("nothing b read was changed");

        // A lock held across the commit is a change: the reader aborts.
        stm.begin(&mut b);
        assert_eq!(get(&b, b.pinned(&lock)), 0);
        stm.begin(&mut a);
        set(&a, a.pinned(&lock), 1);
        stm.commit(&mut a).unwrap();
        assert_eq!(stm.commit(&mut b), Err(Abort));
        stm.abort(&mut b, 0);
    });
}

#[test]
fn an_abort_restores_the_objects_and_the_frame_it_changed() {
    each_plan(|plan| {
        let (heap, stm) = setup(plan, 1, false);
        let mut m = attached(&heap, &stm);
        let x = new_cell(&stm, &mut m, 1);
        let locals = 3;
        let (array, frame) = atomically(&stm, &mut m, 0, |m| {
            let a = m.alloc(ARRAY, 16 + 8 * 4).map_err(|_| Abort)?;
            store_i64(m.ctx(), a, 8, 4);
            for i in 0..4 {
                store_value(m.ctx(), a, 16 + 8 * i, int(10 + i as i64));
            }
            let h = m.root(a);
            let f = m.alloc(FRAME, FRAME_TAIL + 8 * locals).map_err(|_| Abort)?;
            store_i64(m.ctx(), f, slot::LEN, locals as i64);
            store_i64(m.ctx(), f, slot::NLOCALS, locals as i64);
            store_value(m.ctx(), f, FRAME_TAIL, int(42));
            let a = m.get(h);
            m.release_handles(m.handle_mark() - 1);
            Ok((a, f))
        });
        let (array, frame) = (m.pin(array), m.pin(frame));

        stm.begin(&mut m);
        let (xv, av) = (m.pinned(&x), m.pinned(&array));
        set(&m, xv, 5);
        store_value(m.ctx(), av, 16 + 16, int(99));
        let n = m.alloc(NODE, 32).unwrap();
        let (av, fv) = (m.pinned(&array), m.pinned(&frame));
        store_value(m.ctx(), av, 16 + 24, n);
        write_barrier(m.ctx(), av);
        // A frame is written through raw pointers, after the explicit barrier.
        let ctx = m.ctx();
        ctx.stm.as_deref().unwrap().touch(ctx, fv);
        // SAFETY: the frame's first local, inside the heap view of the open transaction.
        unsafe { *(ctx.heap_base.add(fv.0 as usize + FRAME_TAIL) as *mut u64) = int(-1).0 };
        stm.abort(&mut m, 1);

        stm.begin(&mut m);
        let (xv, av, fv) = (m.pinned(&x), m.pinned(&array), m.pinned(&frame));
        assert_eq!(get(&m, xv), 1);
        let items: Vec<u64> = (0..4)
            .map(|i| load_value(m.ctx(), av, 16 + 8 * i).0)
            .collect();
        assert_eq!(items, (10..14).map(|i| int(i).0).collect::<Vec<_>>());
        assert_eq!(load_value(m.ctx(), fv, FRAME_TAIL), int(42));
        stm.commit(&mut m).unwrap();
        assert_eq!(stm.stats().aborts, 1);
    });
}

#[test]
fn an_inevitable_transaction_never_aborts_and_commits_wait_for_it() {
    each_plan(|plan| {
        let (heap, stm) = setup(plan, 2, false);
        let mut a = attached(&heap, &stm);
        let x = new_cell(&stm, &mut a, 0);
        stm.begin(&mut a);
        let before = get(&a, a.pinned(&x));
        stm.become_inevitable(&mut a).unwrap();
        let (tx, rx) = std::sync::mpsc::channel();
        let b_thread = {
            let (heap, stm, x) = (Arc::clone(&heap), Arc::clone(&stm), x.clone());
            std::thread::spawn(move || {
                let mut b = attached(&heap, &stm);
                let mut attempts = 0;
                atomically(&stm, &mut b, 2, |b| {
                    attempts += 1;
                    let xv = b.pinned(&x);
                    let v = get(b, xv);
                    set(b, xv, v + 10);
                    let _ = tx.send(attempts);
                    Ok(())
                });
                stm.detach(&mut b);
                attempts
            })
        };
        // b has written x and waits to commit while a is inevitable.
        assert_eq!(rx.recv().unwrap(), 1);
        std::thread::sleep(std::time::Duration::from_millis(30));
        set(&a, a.pinned(&x), before + 1);
        stm.commit(&mut a)
            .expect("an inevitable transaction commits");
        let attempts = b_thread.join().unwrap();
        assert_eq!(attempts, 2, "b read x before a's commit: it aborted once");
        let v = atomically(&stm, &mut a, 0, |m| Ok(get(m, m.pinned(&x))));
        assert_eq!(v, 11);
        let stats = stm.stats();
        assert_eq!((stats.aborts, stats.inevitable), (1, 1));
        assert_eq!(stats.abort_sites, [(2, 1)]);
    });
}

#[test]
fn an_object_spanning_pages_is_backed_up_committed_and_imported_whole() {
    each_plan(|plan| {
        let (heap, stm) = setup(plan, 2, false);
        let (mut a, mut b) = (attached(&heap, &stm), attached(&heap, &stm));
        let len = 3000; // 24 KB: six pages
        let big = atomically(&stm, &mut a, 0, |m| {
            let arr = m.alloc(ARRAY, 16 + 8 * len).map_err(|_| Abort)?;
            store_i64(m.ctx(), arr, 8, len as i64);
            for i in 0..len {
                store_value(m.ctx(), arr, 16 + 8 * i, int(i as i64));
            }
            Ok(arr)
        });
        let big = a.pin(big);
        let last = 16 + 8 * (len - 1);
        stm.begin(&mut b);
        stm.begin(&mut a);
        let av = a.pinned(&big);
        store_value(a.ctx(), av, 16, int(-1));
        store_value(a.ctx(), av, last, int(-2));
        stm.commit(&mut a).unwrap();
        // b has not read the array: it validates, imports it whole, and sees both ends.
        stm.validate(&mut b).unwrap();
        let bv = b.pinned(&big);
        assert_eq!(load_value(b.ctx(), bv, 16), int(-1));
        assert_eq!(load_value(b.ctx(), bv, last), int(-2));
        assert_eq!(load_value(b.ctx(), bv, 16 + 8 * 1500), int(1500));
        // An abort puts back both ends of the page-spanning object.
        store_value(b.ctx(), bv, 16, int(7));
        store_value(b.ctx(), bv, last, int(8));
        stm.abort(&mut b, 3);
        stm.begin(&mut b);
        let bv = b.pinned(&big);
        assert_eq!(load_value(b.ctx(), bv, 16), int(-1));
        assert_eq!(load_value(b.ctx(), bv, last), int(-2));
        stm.commit(&mut b).unwrap();
    });
}

#[test]
fn worlds_are_copied_afresh_after_a_collection_moves_the_objects() {
    each_plan(|plan| {
        let (heap, stm) = setup(plan, 2, false);
        let (mut a, mut b) = (attached(&heap, &stm), attached(&heap, &stm));
        let x = new_cell(&stm, &mut a, 5);
        // b's world exists (and will be stale).
        atomically(&stm, &mut b, 0, |m| Ok(get(m, m.pinned(&x))));
        let before = a.pinned(&x);
        b.blocking(|| a.collect(true));
        assert_ne!(a.pinned(&x), before, "a full collection moves the cell");
        let refreshes = stm.stats().refreshes;
        let v = atomically(&stm, &mut b, 0, |m| {
            let xv = m.pinned(&x);
            let v = get(m, xv);
            set(m, xv, v + 1);
            Ok(v)
        });
        assert_eq!(v, 5);
        assert!(stm.stats().refreshes > refreshes);
        let v = atomically(&stm, &mut a, 0, |m| Ok(get(m, m.pinned(&x))));
        assert_eq!(v, 6);
    });
}

#[test]
#[should_panic(expected = "outside an STM transaction")]
fn an_allocation_outside_a_transaction_is_refused() {
    let (heap, stm) = setup(PlanKind::SemiSpace, 1, false);
    let mut m = attached(&heap, &stm);
    // Make the allocation buffer, inside a transaction.
    let _ = new_cell(&stm, &mut m, 0);
    let _ = m.alloc(CELL, 16);
}

/// A small deterministic random generator (xorshift).
struct Rng(u64);

impl Rng {
    fn next(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }
}

const ACCOUNTS: usize = 8;

/// One thread's transfers: `(from, to, amount, abort_first_try)`.
fn transfers(seed: u64, count: usize) -> Vec<(usize, usize, i64, bool)> {
    let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15).wrapping_add(1));
    (0..count)
        .map(|_| {
            (
                rng.next(ACCOUNTS as u64) as usize,
                rng.next(ACCOUNTS as u64) as usize,
                rng.next(50) as i64,
                rng.next(8) == 0,
            )
        })
        .collect()
}

/// Four threads on two worlds (so threads wait for worlds) move amounts between accounts
/// in one shared array and push a node per transfer onto one shared list, with aborts
/// forced at random, allocation in every transaction and collections between them (stress
/// mode: tiny allocation buffers). Every transaction sees a consistent snapshot (the
/// accounts sum to zero); the final accounts and list are those of a serial run.
#[test]
fn random_schedules_on_several_threads_give_the_serial_result() {
    each_plan(|plan| {
        let (heap, stm) = setup(plan, 2, true);
        let mut main = attached(&heap, &stm);
        let (accounts, list) = atomically(&stm, &mut main, 0, |m| {
            let a = m.alloc(ARRAY, 16 + 8 * ACCOUNTS).map_err(|_| Abort)?;
            store_i64(m.ctx(), a, 8, ACCOUNTS as i64);
            for i in 0..ACCOUNTS {
                store_value(m.ctx(), a, 16 + 8 * i, int(0));
            }
            let h = m.root(a);
            let l = m.alloc(CELL, 16).map_err(|_| Abort)?;
            let a = m.get(h);
            m.release_handles(m.handle_mark() - 1);
            Ok((a, l))
        });
        let (accounts, list) = (main.pin(accounts), main.pin(list));
        let (threads, count) = (4u64, 150usize);
        let workers: Vec<_> = (0..threads)
            .map(|t| {
                let (heap, stm) = (Arc::clone(&heap), Arc::clone(&stm));
                let (accounts, list) = (accounts.clone(), list.clone());
                std::thread::spawn(move || {
                    let mut m = attached(&heap, &stm);
                    for (i, &(from, to, amount, abort)) in transfers(t, count).iter().enumerate() {
                        let mut first = true;
                        atomically(&stm, &mut m, 10 + t, |m| {
                            let a = m.pinned(&accounts);
                            let sum: i64 = (0..ACCOUNTS)
                                .map(|k| (load_value(m.ctx(), a, 16 + 8 * k).0 as i64) >> 1)
                                .sum();
                            assert_eq!(sum, 0, "a transaction saw another's half");
                            for (k, d) in [(from, -amount), (to, amount)] {
                                let v = (load_value(m.ctx(), a, 16 + 8 * k).0 as i64) >> 1;
                                store_value(m.ctx(), a, 16 + 8 * k, int(v + d));
                            }
                            let n = m.alloc(NODE, 32).map_err(|_| Abort)?;
                            let l = m.pinned(&list);
                            let head = load_value(m.ctx(), l, 8);
                            store_value(m.ctx(), n, 8, head);
                            store_i64(m.ctx(), n, 24, (t as i64) << 32 | i as i64);
                            store_value(m.ctx(), l, 8, n);
                            write_barrier(m.ctx(), l);
                            if abort && std::mem::take(&mut first) {
                                return Err(Abort);
                            }
                            Ok(())
                        });
                        if i % 40 == 0 {
                            m.collect(false);
                        }
                    }
                    stm.detach(&mut m);
                })
            })
            .collect();
        main.blocking(|| {
            for w in workers {
                w.join().unwrap();
            }
        });
        let mut expected = [0i64; ACCOUNTS];
        let mut forced = 0;
        for t in 0..threads {
            for (from, to, amount, abort) in transfers(t, count) {
                expected[from] -= amount;
                expected[to] += amount;
                forced += abort as u64;
            }
        }
        let (balances, mut pushed) = atomically(&stm, &mut main, 0, |m| {
            let a = m.pinned(&accounts);
            let balances: Vec<i64> = (0..ACCOUNTS)
                .map(|k| (load_value(m.ctx(), a, 16 + 8 * k).0 as i64) >> 1)
                .collect();
            let mut pushed = Vec::new();
            let mut n = load_value(m.ctx(), m.pinned(&list), 8);
            while n.0 != 0 {
                pushed.push(load_i64(m.ctx(), n, 24));
                n = load_value(m.ctx(), n, 8);
            }
            Ok((balances, pushed))
        });
        assert_eq!(balances, expected);
        pushed.sort();
        let all: Vec<i64> = (0..threads as i64)
            .flat_map(|t| (0..count as i64).map(move |i| t << 32 | i))
            .collect();
        assert_eq!(pushed, all, "every transfer's node, once");
        let stats = stm.stats();
        assert!(stats.aborts >= forced, "{stats:?}");
        assert_eq!(stats.commits, 2 + threads * count as u64);
        assert!(heap.stats().collections > 0);
    });
}

/// An object pinned inside a transaction is in every world at once (another thread may
/// find it through the pin before the transaction commits); what an aborted transaction
/// allocated stays a valid object (the VM may keep references to it outside the heap),
/// through collections with the verifier on.
#[test]
fn pinned_and_aborted_allocations_are_valid_objects_in_every_world() {
    each_plan(|plan| {
        let (heap, stm) = setup(plan, 2, false);
        let (mut a, mut b) = (attached(&heap, &stm), attached(&heap, &stm));
        let _ = new_cell(&stm, &mut b, 0);
        stm.begin(&mut b);
        stm.begin(&mut a);
        let inner = a.alloc(CELL, 16).unwrap();
        store_value(a.ctx(), inner, 8, int(41));
        let h = a.root(inner);
        let outer = a.alloc(NODE, 32).unwrap();
        let inner = a.get(h);
        store_value(a.ctx(), outer, 8, inner);
        write_barrier(a.ctx(), outer);
        let pinned = a.pin(outer);
        // b's transaction began before: the pinned object and the cell it refers to are
        // in its world anyway.
        let o = b.pinned(&pinned);
        let i = load_value(b.ctx(), o, 8);
        assert_eq!(get(&b, i), 41);
        stm.abort(&mut a, 0);
        stm.commit(&mut b).unwrap();
        // The aborted transaction's objects survive collections and stay readable.
        b.blocking(|| a.collect(true));
        let v = atomically(&stm, &mut a, 0, |m| {
            let o = m.pinned(&pinned);
            Ok(get(m, load_value(m.ctx(), o, 8)))
        });
        assert_eq!(v, 41);

        // A reference the VM keeps outside the heap with no pin (a root range, as a table
        // of constants is): an aborted transaction's object it names is published too.
        let mut table = [Value(0)];
        // SAFETY: `table` outlives its registration (removed below) and is written only by
        // this thread while attached.
        let key = unsafe { heap.add_roots(table.as_mut_ptr(), 1) };
        stm.begin(&mut a);
        let c = a.alloc(CELL, 16).unwrap();
        store_value(a.ctx(), c, 8, int(43));
        table[0] = c;
        stm.abort(&mut a, 0);
        b.blocking(|| a.collect(true));
        let v = atomically(&stm, &mut b, 0, |m| Ok(get(m, table[0])));
        heap.remove_roots(key);
        assert_eq!(v, 43);
    });
}
