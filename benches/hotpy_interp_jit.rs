//! hotpy's generated interpreter vs its generated JIT on one loop of the first Python spec
//! (`cargo bench --bench hotpy_interp_jit`). Python programs join `benches/` with the compiler.

use criterion::{Criterion, criterion_group, criterion_main};
use gvmt::rt::{OperandKind, asm};
use hotpy::generated::interp;
use hotpy::values;
use hotpy::vm::ThreadState;
use std::hint::black_box;

/// `total = 0; for i in range(1_000_000): total = total + i` in hotpy bytecode.
const SUM_LOOP: &str = "
    load_const 0
    store_fast 0
    load_const 0
    store_fast 1
loop:
    load_fast 0
    load_const 1000000
    compare_int 0
    pop_jump_if_false done
    load_fast 1
    load_fast 0
    binary_op_add_int 0
    store_fast 1
    load_fast 0
    load_const 1
    binary_op_add_int 0
    store_fast 0
    jump loop
done:
    load_fast 1
    return_value
";

fn bench(c: &mut Criterion) {
    let mut consts = Vec::new();
    let mut resolve = |_: &str, _: OperandKind, word: &str| -> Result<i64, String> {
        consts.push(
            values::make_int(word.parse().map_err(|_| word.to_string())?)
                .map_err(|e| e.to_string())?,
        );
        Ok(consts.len() as i64 - 1)
    };
    let code = asm::assemble(&interp::INSTRUCTIONS, &asm::words(SUM_LOOP), &mut resolve)
        .expect("assembles");
    let setup = |compiled: bool| {
        let mut vm = ThreadState::new(1 << 20);
        if compiled {
            vm.enable_jit().expect("jit");
        }
        let index = vm
            .load_bytecode(code.clone(), consts.clone(), 2, 4)
            .expect("loads");
        (vm, index)
    };
    let (mut interp_vm, interp_code) = setup(false);
    let (mut jit_vm, jit_code) = setup(true);
    let mut group = c.benchmark_group("hotpy/sum_loop_1M");
    group.sample_size(20);
    group.bench_function("interp", |b| {
        b.iter(|| black_box(interp_vm.run_loaded(interp_code).expect("runs")))
    });
    group.bench_function("jit", |b| {
        b.iter(|| black_box(jit_vm.run_loaded(jit_code).expect("runs")))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
