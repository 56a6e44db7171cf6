//! Compiled vs interpreted speed of the toy VM (`cargo bench -p gvmt-toy`): the same bytecode
//! run by the generated interpreter and by code stitched from the generated Cranelift emitters.

use criterion::{Criterion, criterion_group, criterion_main};
use gvmt_toy::{Mode, Toy, assemble};
use std::hint::black_box;

fn vm_for(source: &str, mode: Mode) -> Toy {
    let mut vm = Toy::new(mode, 16 << 20, false).expect("vm");
    let program = assemble(source, &mut vm).expect("assembles");
    vm.load(program);
    // The first call compiles (in JIT mode); measure the steady state.
    vm.invoke(0, &[]).expect("runs");
    vm
}

fn bench(c: &mut Criterion) {
    for (name, source) in [
        ("sum_loop_1M", include_str!("../programs/bench_sum.toy")),
        ("fib_20", include_str!("../programs/bench_fib.toy")),
    ] {
        let mut group = c.benchmark_group(format!("toy/{name}"));
        group.sample_size(20);
        for (label, mode) in [("interp", Mode::Interp), ("jit", Mode::Jit)] {
            let mut vm = vm_for(source, mode);
            group.bench_function(label, |b| {
                b.iter(|| black_box(vm.invoke(0, &[]).expect("runs")))
            });
        }
        group.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
