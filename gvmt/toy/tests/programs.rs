//! The toy VM runs the same programs interpreted and JIT-compiled with identical results, and
//! the results are the right ones (computed here in Rust, independently of the VM).

use gvmt::jit::DeoptPolicy;
use gvmt_toy::{Mode, Toy, ToyError, assemble, run_source};
use std::path::Path;

fn program(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("programs")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn both(source: &str) -> (Result<String, ToyError>, Result<String, ToyError>) {
    (
        run_source(source, Mode::Interp, false),
        run_source(source, Mode::Jit, false),
    )
}

fn fib(n: i64) -> i64 {
    if n < 2 { n } else { fib(n - 1) + fib(n - 2) }
}

#[test]
fn loop_program_gives_the_same_right_answers_in_both_modes() {
    let (interp, jit) = both(&program("loop.toy"));
    let interp = interp.expect("interpreted run");
    assert_eq!(interp, jit.expect("compiled run"));
    let expected = format!(
        "{}\n{}\n0.75\n4.5\n1\n(1, 2)\n",
        (0..1_000_000i64).sum::<i64>(),
        fib(10)
    );
    assert_eq!(interp, expected);
}

#[test]
fn garbage_program_gives_the_same_right_answer_in_both_modes() {
    let (interp, jit) = both(&program("garbage.toy"));
    let interp = interp.expect("interpreted run");
    assert_eq!(interp, jit.expect("compiled run"));
    assert_eq!(interp, format!("{}\n", 20 * (0..2000i64).sum::<i64>()));
}

#[test]
fn every_function_is_really_compiled_in_jit_mode() {
    let mut vm = Toy::new(Mode::Jit, 1 << 20, false).unwrap();
    let p = assemble(&program("loop.toy"), &mut vm).unwrap();
    let n = p.functions.len();
    vm.load(p);
    vm.invoke(0, &[]).unwrap();
    assert!(vm.jit_failures.is_empty(), "{:?}", vm.jit_failures);
    assert_eq!(vm.compiled_functions(), n);
}

/// `main` wrapping a body that leaves one value to print.
fn wrap(body: &str) -> String {
    format!("func main 0 1\n{body}\n    print\n    push_int 0\n    return\nend\n")
}

fn error_kind(source: &str) -> (String, String) {
    let (a, b) = both(source);
    let a = a.expect_err("interpreted run raises");
    let b = b.expect_err("compiled run raises");
    assert_eq!(a, b, "both modes raise the same error at the same place");
    (a.kind, a.message)
}

#[test]
fn errors_are_raised_identically_in_both_modes() {
    assert_eq!(error_kind(&program("errors.toy")).0, "TypeError");
    assert_eq!(
        error_kind(&wrap("push_int 1\npush_int 0\ndiv")).0,
        "ZeroDivisionError"
    );
    assert_eq!(
        error_kind(&wrap("push_int 7\npush_int 0\nmod")).0,
        "ZeroDivisionError"
    );
    assert_eq!(error_kind(&wrap("push_int 5\nfirst")).0, "TypeError");
    assert_eq!(
        error_kind(&wrap("push_const 0.5\npush_int 1\ndiv")).0,
        "TypeError"
    );
    let big = wrap(&format!(
        "push_const {}\npush_const {}\nmul",
        1i64 << 40,
        1i64 << 40
    ));
    assert_eq!(error_kind(&big).0, "OverflowError");
    let sub = wrap(&format!("push_const {}\npush_int 1\nsub", -(1i64 << 62)));
    assert_eq!(error_kind(&sub).0, "OverflowError");
    let forever = "func main 0 0\n  call main 0\n  return\nend\n";
    assert_eq!(error_kind(forever).0, "RecursionError");
}

#[test]
fn a_local_assigned_in_an_inner_block_keeps_the_new_value_in_both_modes() {
    for (a, b, want) in [(2, 7, "7"), (7, 2, "7"), (-3, -3, "-3")] {
        let body = format!("push_int {a}\npush_int {b}\nmax");
        let (i, j) = both(&wrap(&body));
        assert_eq!(i.expect("interpreted run").trim(), want, "{body}");
        assert_eq!(j.expect("compiled run").trim(), want, "{body}");
    }
}

/// Runs `main` of `source` in JIT mode with the given deopt policy; what it printed, or the
/// error's kind.
fn jit_with(source: &str, policy: DeoptPolicy) -> String {
    let mut vm = Toy::new(Mode::Jit, 1 << 20, false).unwrap();
    vm.set_deopt_policy(policy);
    let p = assemble(source, &mut vm).unwrap();
    vm.load(p);
    match vm.invoke(0, &[]) {
        Ok(_) => vm.output().trim().to_string(),
        Err(e) => e.kind,
    }
}

#[test]
fn a_failed_guard_falls_back_to_the_family_head() {
    // ADD_INT on floats and on an overflowing sum, ADD_FLOAT on ints: all deopt to ADD.
    let cases = [
        ("push_const 0.5\npush_const 2.0\nadd_int", "2.5"),
        ("push_int 2\npush_int 3\nadd_float", "5"),
        ("push_int 2\npush_const 0.5\nadd_float", "2.5"),
        (
            &format!(
                "push_const {}\npush_const {}\nadd_int",
                (1i64 << 61),
                (1i64 << 61)
            ) as &str,
            "OverflowError",
        ),
    ];
    for (body, want) in cases {
        let (a, b) = both(&wrap(body));
        let show = |r: Result<String, ToyError>| match r {
            Ok(out) => out.trim().to_string(),
            Err(e) => e.kind,
        };
        let (a, b) = (show(a), show(b));
        assert_eq!(a, b, "{body}");
        assert_eq!(a, want, "{body}");
        assert_eq!(
            jit_with(&wrap(body), DeoptPolicy::ExitToInterpreter),
            want,
            "{body}"
        );
        assert_eq!(
            jit_with(&wrap(body), DeoptPolicy::InlineHead),
            want,
            "{body}"
        );
    }
}

#[test]
fn bytecode_with_inconsistent_stack_depth_is_rejected() {
    let mut vm = Toy::new(Mode::Interp, 1 << 20, false).unwrap();
    // The two paths reach `join` with one and with two values on the stack.
    let bad = "func main 0 0\n push_int 1\n push_int 0\n jump_if_false join\n push_int 2\njoin:\n return\nend\n";
    let e = assemble(bad, &mut vm).unwrap_err();
    assert!(e.contains("stack depth at pc"), "{e}");
    let underflow = "func main 0 0\n add\n return\nend\n";
    assert!(
        assemble(underflow, &mut vm)
            .unwrap_err()
            .contains("underflow")
    );
    let falls_off = "func main 0 0\n push_int 1\nend\n";
    assert!(
        assemble(falls_off, &mut vm)
            .unwrap_err()
            .contains("falls off")
    );
}

#[test]
fn assembler_reports_unknown_names() {
    let mut vm = Toy::new(Mode::Interp, 1 << 20, false).unwrap();
    assert!(
        assemble("func main 0 0\n frobnicate\nend\n", &mut vm)
            .unwrap_err()
            .contains("unknown instruction")
    );
    assert!(
        assemble("func main 0 0\n call nowhere 0\nend\n", &mut vm)
            .unwrap_err()
            .contains("no function")
    );
    assert!(
        assemble("func main 0 0\n jump nowhere\nend\n", &mut vm)
            .unwrap_err()
            .contains("no label")
    );
}

#[test]
fn a_loop_with_a_polymorphic_add_stays_correct_under_both_deopt_policies() {
    // The accumulator turns from int to float half way: ADD_INT's guard fails from then on.
    let source = "func main 0 2
    push_int 0
    store 0
    push_int 0
    store 1
loop:
    load 0
    push_int 100
    lt
    jump_if_false done
    load 0
    push_int 50
    eq
    jump_if_false skip
    load 1
    push_const 0.5
    add
    store 1
skip:
    load 1
    load 0
    add_int
    store 1
    load 0
    push_int 1
    add_int
    store 0
    jump loop
done:
    load 1
    print
    push_int 0
    return
end
";
    let want = format!("{:?}", (0..100).sum::<i64>() as f64 + 0.5);
    assert_eq!(
        run_source(source, Mode::Interp, false).unwrap().trim(),
        want
    );
    assert_eq!(jit_with(source, DeoptPolicy::InlineHead), want);
    assert_eq!(jit_with(source, DeoptPolicy::ExitToInterpreter), want);
}

#[test]
fn emitted_ir_is_pinned() {
    // The Cranelift IR stitched for a small function: PUSH_INT, ADD_INT (with its guard and
    // the inlined generic ADD), RETURN. Verified by Cranelift's verifier when compiled.
    let mut vm = Toy::new(Mode::Jit, 1 << 20, false).unwrap();
    vm.keep_ir();
    let p = assemble(
        "func main 0 0\n push_int 1\n push_int 2\n add_int\n return\nend\n",
        &mut vm,
    )
    .unwrap();
    vm.load(p);
    assert_eq!(rt_int(vm.invoke(0, &[]).unwrap()), 3);
    let ir = vm.last_ir().expect("IR kept").to_string();
    // Shim addresses differ between runs (ASLR): mask every long hex constant.
    let masked = mask_addresses(&ir);
    insta::assert_snapshot!("add_int_ir", masked);
}

fn rt_int(v: gvmt::rt::Value) -> i64 {
    gvmt_toy::rt::int(v).expect("an int")
}

/// Replaces hex numbers of more than eight digits (code addresses) with `<address>`.
fn mask_addresses(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(i) = rest.find("0x") {
        out.push_str(&rest[..i]);
        let digits = rest[i + 2..]
            .chars()
            .take_while(|c| c.is_ascii_hexdigit() || *c == '_')
            .count();
        let number = &rest[i..i + 2 + digits];
        if number.chars().filter(|c| c.is_ascii_hexdigit()).count() > 9 {
            out.push_str("<address>");
        } else {
            out.push_str(number);
        }
        rest = &rest[i + 2 + digits..];
    }
    out.push_str(rest);
    out
}

/// `name` under `plan`, with and without stress mode (and the verifier), in both modes: the
/// same output as the plain interpreted run.
fn same_under(name: &str, plan: gvmt::gc::PlanKind) {
    use gvmt_toy::{RunOptions, run_with};
    let source = program(name);
    let reference = run_source(&source, Mode::Interp, false).expect("reference run");
    for stress in [false, true] {
        for mode in [Mode::Interp, Mode::Jit] {
            let mut options = RunOptions::new(mode);
            options.plan = plan;
            options.stress = stress;
            options.verify = stress;
            // A small heap, so that even the unstressed runs collect.
            options.max_heap = 2 << 20;
            let result = run_with(&source, &options)
                .unwrap_or_else(|e| panic!("{name} {plan:?} {mode:?}: {e}"));
            assert_eq!(
                result.output, reference,
                "{name} under {plan:?}, stress {stress}, {mode:?}"
            );
            assert!(
                result.gc.collections > 0,
                "{name} {plan:?} {mode:?} collected: {}",
                result.gc
            );
        }
    }
}

#[test]
fn returned_frames_are_reused_instead_of_allocated() {
    use gvmt_toy::{RunOptions, run_with};
    // fib(20) prints 6765 after 21,891 calls. Each frame is more than 64 bytes, so new frames
    // would allocate well over a megabyte; reused ones take the deepest chain's few kilobytes.
    let source = program("bench_fib.toy").replace(
        "    call fib 1\n    return\nend",
        "    call fib 1\n    print\n    push_int 0\n    return\nend",
    );
    for plan in [
        gvmt::gc::PlanKind::SemiSpace,
        gvmt::gc::PlanKind::Generational,
    ] {
        for mode in [Mode::Interp, Mode::Jit] {
            for stress in [false, true] {
                let mut options = RunOptions::new(mode);
                options.plan = plan;
                options.stress = stress;
                options.verify = stress;
                let result = run_with(&source, &options)
                    .unwrap_or_else(|e| panic!("{plan:?} {mode:?}: {e}"));
                assert_eq!(result.output, "6765\n", "{plan:?} {mode:?} stress {stress}");
                if !stress {
                    assert!(
                        result.gc.bytes_allocated < 64 << 10,
                        "{plan:?} {mode:?}: {}",
                        result.gc
                    );
                }
            }
        }
    }
}

#[test]
fn the_garbage_program_is_the_same_under_semispace() {
    same_under("garbage.toy", gvmt::gc::PlanKind::SemiSpace);
}

#[test]
fn the_garbage_program_is_the_same_under_generational() {
    same_under("garbage.toy", gvmt::gc::PlanKind::Generational);
}

#[test]
fn the_float_program_is_the_same_under_both_collectors() {
    same_under("floats.toy", gvmt::gc::PlanKind::SemiSpace);
    same_under("floats.toy", gvmt::gc::PlanKind::Generational);
}

/// Three toys on one heap, each on its own thread, share it under `gvmt::sync::Gil`: the
/// lock passes between them at their safepoints (backward jumps) while each runs a long
/// loop (a million iterations), and every thread gets the right answer.
#[test]
fn toys_on_threads_share_one_heap_under_the_gil() {
    use gvmt::gc::{Heap, HeapConfig, PlanKind};
    use gvmt_toy::{Toy, object_model};
    use std::sync::Arc;
    let mut config = HeapConfig::new(PlanKind::SemiSpace);
    config.max_heap = 64 << 20;
    let heap = Heap::new(config, object_model());
    let gil = Arc::new(gvmt::sync::Gil::new(std::time::Duration::from_micros(100)));
    let source = program("loop.toy");
    let start = Arc::new(std::sync::Barrier::new(3));
    let expected = run_source(&source, Mode::Interp, false).expect("a run alone");
    // The main thread sits outside the heap while the toys run.
    let mut main = gvmt::gc::Mutator::new(&heap);
    let outputs = main.blocking(|| {
        let threads: Vec<_> = (0..3)
            .map(|_| {
                let (heap, gil, source) = (Arc::clone(&heap), Arc::clone(&gil), source.clone());
                let start = Arc::clone(&start);
                std::thread::Builder::new()
                    .stack_size(64 << 20)
                    .spawn(move || {
                        let mut vm = Toy::with_heap(Mode::Interp, &heap, false).unwrap();
                        // All three ready, so that two wait while one runs.
                        vm.mutator().blocking(|| start.wait());
                        vm.with_gil(&gil, |vm| {
                            let program = assemble(&source, vm).unwrap();
                            let main = program.functions.iter().position(|f| f.name == "main");
                            vm.load(program);
                            vm.invoke(main.unwrap(), &[]).unwrap();
                            vm.output().to_string()
                        })
                    })
                    .unwrap()
            })
            .collect();
        threads
            .into_iter()
            .map(|t| t.join().unwrap())
            .collect::<Vec<_>>()
    });
    assert_eq!(outputs, vec![expected; 3]);
    let stats = gil.stats();
    // Each thread runs for milliseconds, far over the 100 µs interval: waiters asked.
    assert!(stats.acquisitions >= 3 && stats.handovers >= 1, "{stats:?}");
}

/// Four toys on one heap, each on its own thread with no lock between them (the `locks`
/// backend's situation): they allocate concurrently, each in its own buffer, and the
/// collections one of them starts stop the others at their safepoints. A small heap makes
/// collections frequent; every thread gets the answer of a run alone, under both collectors.
#[test]
fn toys_on_threads_share_one_heap_without_a_lock() {
    use gvmt::gc::{Heap, HeapConfig, PlanKind};
    use gvmt_toy::{Toy, object_model};
    use std::sync::Arc;
    let source = program("garbage.toy");
    let expected = run_source(&source, Mode::Interp, false).expect("a run alone");
    for plan in [PlanKind::SemiSpace, PlanKind::Generational] {
        let mut config = HeapConfig::new(plan);
        config.max_heap = 16 << 20;
        let heap = Heap::new(config, object_model());
        let start = Arc::new(std::sync::Barrier::new(4));
        let mut main = gvmt::gc::Mutator::new(&heap);
        let outputs = main.blocking(|| {
            let threads: Vec<_> = (0..4)
                .map(|_| {
                    let (heap, source, start) =
                        (Arc::clone(&heap), source.clone(), Arc::clone(&start));
                    std::thread::Builder::new()
                        .stack_size(64 << 20)
                        .spawn(move || {
                            let mut vm = Toy::with_heap(Mode::Interp, &heap, false).unwrap();
                            let program = assemble(&source, &mut vm).unwrap();
                            let main = program.functions.iter().position(|f| f.name == "main");
                            vm.load(program);
                            vm.mutator().blocking(|| start.wait());
                            vm.invoke(main.unwrap(), &[]).unwrap();
                            vm.output().to_string()
                        })
                        .unwrap()
                })
                .collect();
            threads
                .into_iter()
                .map(|t| t.join().unwrap())
                .collect::<Vec<_>>()
        });
        assert_eq!(outputs, vec![expected.clone(); 4], "{plan:?}");
        assert!(heap.stats().collections > 0, "{plan:?}: the heap collected");
    }
}

/// Runs `sources[i]` on toy `i`, each on its own thread, all on one heap of `plan` (small,
/// so that it collects) under one STM of `config`; `abort_every` is
/// [`Toy::force_stm_aborts`]. Returns each toy's output, the STM's statistics and the heap's.
fn toys_under_stm(
    plan: gvmt::gc::PlanKind,
    mode: Mode,
    sources: &[String],
    abort_every: u64,
    stm_config: gvmt::sync::StmConfig,
) -> (Vec<String>, gvmt::sync::StmStats, gvmt::gc::GcStats) {
    use gvmt::gc::{Heap, HeapConfig};
    use gvmt::sync::Stm;
    use gvmt_toy::object_model;
    use std::sync::Arc;
    let mut config = HeapConfig::new(plan);
    config.max_heap = 4 << 20;
    config.initial = config.initial.min(1 << 20);
    config.nursery = config.nursery.min(512 << 10);
    let heap = Heap::new(config, object_model());
    let stm = Stm::new(&heap, stm_config);
    let start = Arc::new(std::sync::Barrier::new(sources.len()));
    // Each thread sends its output, or its panic: a toy thread that panics inside a
    // transaction keeps its world, and the others may then wait for one forever, so the
    // test waits for answers (with a time limit) rather than joining the threads.
    let (send, answers) = std::sync::mpsc::channel();
    // The main thread sits outside the heap while the toys run.
    let mut main = gvmt::gc::Mutator::new(&heap);
    let outputs = main.blocking(|| {
        for (i, source) in sources.iter().enumerate() {
            let (heap, stm, start, source, send) = (
                Arc::clone(&heap),
                Arc::clone(&stm),
                Arc::clone(&start),
                source.clone(),
                send.clone(),
            );
            std::thread::Builder::new()
                .stack_size(64 << 20)
                .spawn(move || {
                    let run = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                        let mut vm = Toy::with_heap(mode, &heap, false).unwrap();
                        vm.force_stm_aborts(abort_every);
                        vm.mutator().blocking(|| start.wait());
                        vm.with_stm(&stm, |vm| {
                            let program = assemble(&source, vm).unwrap();
                            let main = program.functions.iter().position(|f| f.name == "main");
                            vm.load(program);
                            vm.invoke(main.unwrap(), &[])
                                .unwrap_or_else(|e| panic!("{e}"));
                            vm.output().to_string()
                        })
                    }));
                    let _ = send.send((
                        i,
                        run.map_err(|p| {
                            p.downcast_ref::<String>()
                                .cloned()
                                .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
                                .unwrap_or_default()
                        }),
                    ));
                })
                .unwrap();
        }
        let mut outputs = vec![String::new(); sources.len()];
        for _ in sources {
            let (i, output) = answers
                .recv_timeout(std::time::Duration::from_secs(60))
                .expect("every toy finishes within a minute");
            outputs[i] = output.unwrap_or_else(|e| panic!("toy {i} panicked: {e}"));
        }
        outputs
    });
    (outputs, stm.stats(), heap.stats())
}

/// Two worlds (shared by the four threads) and short transactions: many commits.
fn short() -> gvmt::sync::StmConfig {
    gvmt::sync::StmConfig {
        worlds: 2,
        quantum_min: 20,
        quantum_start: 20,
        quantum_max: 500,
        commit_bytes: 64 << 10,
        ..gvmt::sync::StmConfig::default()
    }
}

/// Four toys on one heap, each on its own thread, under `gvmt::sync::Stm` (the backend
/// hotpy's `--sync=stm` uses): every step runs in a transaction, committed at the toy's
/// breakpoints, two worlds shared by the four threads, collections between transactions.
/// Every thread gets the answer of a run alone, under both collectors.
#[test]
fn toys_on_threads_share_one_heap_under_stm() {
    use gvmt::gc::PlanKind;
    use gvmt::sync::StmConfig;
    let source = program("garbage.toy");
    let expected = run_source(&source, Mode::Interp, false).expect("a run alone");
    for plan in [PlanKind::SemiSpace, PlanKind::Generational] {
        let sources: [String; 4] = std::array::from_fn(|_| source.clone());
        let (outputs, stats, gc) = toys_under_stm(plan, Mode::Interp, &sources, 0, short());
        assert_eq!(outputs, vec![expected.clone(); 4], "{plan:?}");
        assert!(stats.commits > 100, "{plan:?}: {stats:?}");
        assert!(gc.collections > 0, "{plan:?}: the heap collected: {gc}");
        // Long transactions, ended by time only: some find the heap full, and go on in an
        // inevitable one after a collection (more inevitable ones than the 4 first and the
        // 4 made so by `print`).
        let long = StmConfig {
            quantum_max: 1 << 30,
            commit_bytes: usize::MAX,
            ..short()
        };
        let (outputs, stats, gc) = toys_under_stm(plan, Mode::Interp, &sources, 0, long);
        assert_eq!(outputs, vec![expected.clone(); 4], "{plan:?}, long");
        assert!(stats.inevitable > 8, "{plan:?}, long: {stats:?}");
        assert!(
            gc.collections > 0,
            "{plan:?}, long: the heap collected: {gc}"
        );
    }
}

/// As above, with every third due transaction aborted on purpose (toys share no objects, so
/// theirs never really conflict): the rollback puts the heap and the frames back as they
/// were when the transaction began, the toy runs the transaction again, and the output is
/// still a run alone's (printed lines neither lost nor repeated: `loop.toy` prints several).
#[test]
fn toys_under_stm_roll_back_aborted_transactions_and_run_them_again() {
    use gvmt::gc::PlanKind;
    use gvmt::sync::StmConfig;
    let sources = [
        program("garbage.toy"),
        program("calls.toy"),
        program("loop.toy"),
        program("calls.toy"),
    ];
    let expected: Vec<String> = sources
        .iter()
        .map(|s| run_source(s, Mode::Interp, false).expect("a run alone"))
        .collect();
    for plan in [PlanKind::SemiSpace, PlanKind::Generational] {
        // A fixed quantum: transactions that begin in `work` often end in `main`.
        let fixed = StmConfig {
            quantum_max: 20,
            ..short()
        };
        let (outputs, stats, gc) = toys_under_stm(plan, Mode::Interp, &sources, 3, fixed);
        assert_eq!(outputs, expected, "{plan:?}");
        assert!(stats.commits > 100, "{plan:?}: {stats:?}");
        assert!(stats.aborts > 20, "{plan:?}: {stats:?}");
        assert!(gc.collections > 0, "{plan:?}: the heap collected: {gc}");
    }
}
