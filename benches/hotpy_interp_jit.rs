//! hotpy's generated interpreter vs its generated JIT on one loop of the first Python spec
//! (`cargo bench --bench hotpy_interp_jit`). Python programs join `benches/` with the compiler.

use criterion::{Criterion, criterion_group, criterion_main};
use gvmt::jit::{Jit, JitExit};
use gvmt::rt::{Frame, OperandKind, Value, asm};
use hotpy::generated::{interp, jit};
use hotpy::runtime::{self, NONE, UNBOUND};
use hotpy::vm::HotPy;
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
            runtime::make_int(word.parse().map_err(|_| word.to_string())?)
                .map_err(|e| e.to_string())?,
        );
        Ok(consts.len() as i64 - 1)
    };
    let code = asm::assemble(&interp::INSTRUCTIONS, &asm::words(SUM_LOOP), &mut resolve)
        .expect("assembles");
    let mut vm = HotPy::new(1 << 20);
    let mut jit = Jit::new(jit::INSTRUCTION_SET).expect("jit");
    let code_fn = jit.compile(&code).expect("compiles");
    let run = |vm: &mut HotPy, compiled: bool| -> Value {
        let mut locals = vec![UNBOUND; 2];
        let mut stack = vec![NONE; 4];
        let frame = Frame::new(&code, &consts, &mut locals, &mut stack);
        if compiled {
            // SAFETY: compiled from `code` with hotpy's instruction set; `jit` is alive.
            match unsafe { code_fn.call(vm, &frame) } {
                JitExit::Return(v) => v,
                other => panic!("unexpected exit {other:?}"),
            }
        } else {
            interp::interpret(vm, &frame).expect("runs")
        }
    };
    let mut group = c.benchmark_group("hotpy/sum_loop_1M");
    group.sample_size(20);
    group.bench_function("interp", |b| b.iter(|| black_box(run(&mut vm, false))));
    group.bench_function("jit", |b| b.iter(|| black_box(run(&mut vm, true))));
    group.finish();
    drop(jit);
}

criterion_group!(benches, bench);
criterion_main!(benches);
