//! One interpreter, many threads: two `ThreadState`s of one `Interpreter`, each in its own
//! OS thread, run Python code that shares a list, a dict, a class and a module global,
//! taking turns under a test mutex (waited for detached, so that the running thread's
//! collections need not wait for the other), with a collection at every allocation slow
//! path and the heap verified before and after each. Python code checks the shared state at
//! every turn and at the end. (This test found that a thread's remembered set was lost when
//! the thread ended.)

use gvmt::gc::{Heap, HeapConfig, PlanKind};
use hotpy::compiler::{compile_exec, compile_module};
use hotpy::vm::{Interpreter, ThreadState, object_model};
use std::sync::{Arc, Mutex};

const TURNS: usize = 12;

const SETUP: &str = "
shared_list = []
shared_dict = {}
turns = 0

class Counter:
    total = 0
    def __init__(self, who, n):
        self.who = who
        self.n = n
    def bump(self):
        Counter.total += self.n
        return self

def step(who, n):
    global turns
    # The other thread's last entries are all here, intact, whatever collections ran.
    assert len(shared_list) == turns, (len(shared_list), turns)
    for w, k in shared_list:
        assert shared_dict[w, k][0].who == w and shared_dict[w, k][1] == str(k) * 3
    garbage = [str(i) * 4 for i in range(30)]
    shared_list.append((who, n))
    shared_dict[who, n] = [Counter(who, n).bump(), str(n) * 3, garbage[-1]]
    turns += 1
";

const CHECK: &str = "
assert turns == 2 * TURNS, turns
assert sorted(shared_list) == sorted([(w, k) for w in 'ab' for k in range(TURNS)])
assert Counter.total == 2 * sum(range(TURNS)), Counter.total
assert all(isinstance(v[0], Counter) and v[0].n == k for (w, k), v in shared_dict.items())
";

/// Runs `source` in `__main__` (whose global names grow with it) on `vm`.
fn run(vm: &mut ThreadState, source: &str) {
    let module = compile_exec(source, "<turn>", vm.main_globals()).expect("compiles");
    if let Err(e) = vm.run_in_module(0, &module) {
        panic!("Python code failed on a thread:\n{}", e.report());
    }
}

fn two_threads_share_one_interpreter(plan: PlanKind) {
    let mut config = HeapConfig::new(plan);
    config.max_heap = 64 << 20;
    config.stress = true;
    config.verify = true;
    let heap = Heap::new(config, object_model());
    let interp = Interpreter::new(&heap);
    let mut main = ThreadState::of(&interp);
    main.run_module(&compile_module(&format!("TURNS = {TURNS}\n{SETUP}"), "<setup>").unwrap())
        .unwrap_or_else(|e| panic!("setup failed:\n{}", e.report()));
    let turn = Arc::new(Mutex::new(()));
    // The main thread sits outside the VM while the others run.
    main.mutator().blocking(|| {
        let workers: Vec<_> = ["a", "b"]
            .into_iter()
            .map(|who| {
                let (interp, turn) = (Arc::clone(&interp), Arc::clone(&turn));
                std::thread::spawn(move || {
                    let mut vm = ThreadState::of(&interp);
                    for n in 0..TURNS {
                        let _held = vm
                            .mutator()
                            .blocking(|| turn.lock().unwrap_or_else(|p| p.into_inner()));
                        run(&mut vm, &format!("step({who:?}, {n})"));
                    }
                })
            })
            .collect();
        for w in workers {
            w.join().expect("a Python thread panicked");
        }
    });
    run(&mut main, CHECK);
    assert!(heap.stats().collections > 0, "GC stress collected");
}

#[test]
fn two_threads_share_a_list_a_dict_a_class_and_a_global_thirty_times() {
    for i in 0..30 {
        let plan = if i % 2 == 0 {
            PlanKind::SemiSpace
        } else {
            PlanKind::Generational
        };
        two_threads_share_one_interpreter(plan);
    }
}
