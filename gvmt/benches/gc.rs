//! Allocation throughput and collection cost of gvmt's collectors
//! (`cargo bench -p gvmt --bench gc`), on a hand-written object model.

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use gvmt::gc::{Heap, HeapConfig, Mutator, ObjectModel, PlanKind};
use gvmt::rt::heap::{store_value, write_barrier};
use gvmt::rt::{LayoutInfo, Value};
use std::hint::black_box;

static LAYOUTS: [LayoutInfo; 1] = [LayoutInfo {
    name: "Node",
    fixed_size: 32,
    ref_slots: &[8, 16],
    value_slots: &[],
    tail: None,
}];

fn model() -> ObjectModel {
    ObjectModel {
        layouts: &LAYOUTS,
        is_ref: |w| w & 0xf == 0,
        frame: None,
    }
}

fn heap(plan: PlanKind) -> std::sync::Arc<Heap> {
    let mut c = HeapConfig::new(plan);
    c.max_heap = 256 << 20;
    c.poison = false;
    Heap::new(c, model())
}

/// A list of `n` nodes, its head kept in handle 0.
fn list(m: &mut Mutator, n: usize) {
    let h = m.root(Value(0));
    for _ in 0..n {
        let node = m.alloc(0, 32).expect("memory");
        let next = m.get(h);
        store_value(m.ctx(), node, 8, next);
        write_barrier(m.ctx(), node);
        m.set(h, node);
    }
}

fn bench(c: &mut Criterion) {
    let mut alloc = c.benchmark_group("gc/allocate_1M_short_lived_32B");
    alloc.sample_size(10);
    for plan in PlanKind::ALL {
        let heap = heap(plan);
        let mut m = Mutator::new(&heap);
        alloc.bench_function(BenchmarkId::from_parameter(plan.name()), |b| {
            b.iter(|| {
                for _ in 0..1_000_000 {
                    black_box(m.alloc(0, 32).expect("memory"));
                }
            })
        });
    }
    alloc.finish();

    let mut collect = c.benchmark_group("gc/full_collection_100k_live_nodes");
    collect.sample_size(10);
    for plan in PlanKind::ALL {
        let heap = heap(plan);
        let mut m = Mutator::new(&heap);
        list(&mut m, 100_000);
        collect.bench_function(BenchmarkId::from_parameter(plan.name()), |b| {
            b.iter(|| m.collect(true))
        });
    }
    collect.finish();

    let mut mixed = c.benchmark_group("gc/keep_10k_of_1M_allocated");
    mixed.sample_size(10);
    for plan in PlanKind::ALL {
        let heap = heap(plan);
        let mut m = Mutator::new(&heap);
        mixed.bench_function(BenchmarkId::from_parameter(plan.name()), |b| {
            b.iter(|| {
                let mark = m.handle_mark();
                list(&mut m, 10_000);
                for _ in 0..990_000 {
                    black_box(m.alloc(0, 32).expect("memory"));
                }
                m.release_handles(mark);
            })
        });
    }
    mixed.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
