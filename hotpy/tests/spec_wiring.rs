//! hotpy's generated interpreter and JIT run bytecode of the first Python spec, with the same
//! results, and the errors match CPython's (python3 is asked, not remembered).

use gvmt::rt::{OperandKind, Value, asm};
use hotpy::generated::interp;
use hotpy::values::{self, NONE};
use hotpy::vm::{Error, ThreadState};

/// Assembles `source`; `const` operands are ints (`5`), floats (`1.5`) or `None`.
fn assemble(vm: &mut ThreadState, source: &str) -> (Vec<u8>, Vec<Value>) {
    let mut consts = Vec::new();
    let mut resolve = |_: &str, kind: OperandKind, word: &str| -> Result<i64, String> {
        assert_eq!(
            kind,
            OperandKind::Const,
            "only constants are symbolic here: {word}"
        );
        let v = if word == "None" {
            NONE
        } else if let Ok(i) = word.parse::<i64>() {
            values::make_int(i).map_err(|e| e.to_string())?
        } else {
            values::box_float(vm, word.parse::<f64>().map_err(|e| e.to_string())?)
                .map_err(|e| e.to_string())?
        };
        consts.push(v);
        Ok(consts.len() as i64 - 1)
    };
    let code =
        asm::assemble(&interp::INSTRUCTIONS, &asm::words(source), &mut resolve).expect("assembles");
    (code, consts)
}

enum Mode {
    Interp,
    Jit,
}

fn run(source: &str, nlocals: usize, mode: Mode) -> (ThreadState, Result<Value, Error>) {
    let mut vm = ThreadState::new(1 << 20);
    if let Mode::Jit = mode {
        vm.enable_jit().expect("jit");
    }
    let (code, consts) = assemble(&mut vm, source);
    let depth = gvmt::jit::analyse(&interp::INSTRUCTIONS, &code)
        .expect("well-formed")
        .max_depth;
    let index = vm
        .load_bytecode(code, consts, nlocals, depth.max(1))
        .expect("loads");
    let result = vm.run_loaded(index);
    (vm, result)
}

fn both(source: &str, nlocals: usize) -> (ThreadState, Result<Value, Error>) {
    let (vm_a, a) = run(source, nlocals, Mode::Interp);
    let (vm, b) = run(source, nlocals, Mode::Jit);
    match (&a, &b) {
        (Ok(x), Ok(y)) => {
            let (fx, fy) = (values::float_value(&vm_a, *x), values::float_value(&vm, *y));
            assert!(
                if fx.is_some() { fx == fy } else { x == y },
                "{x:?} vs {y:?}"
            );
        }
        (Err(x), Err(y)) => assert_eq!(x, y),
        _ => panic!("modes disagree: {a:?} vs {b:?}"),
    }
    (vm, b)
}

/// The last line CPython prints on stderr for `code`.
fn cpython_error(code: &str) -> String {
    let out = std::process::Command::new("python3")
        .arg("-c")
        .arg(code)
        .output()
        .expect("python3 runs");
    String::from_utf8_lossy(&out.stderr)
        .lines()
        .last()
        .unwrap_or_default()
        .to_string()
}

const SUM_LOOP: &str = "
    load_const 0
    store_fast 0        ; i = 0
    load_const 0
    store_fast 1        ; total = 0
loop:
    load_fast 0
    load_const 100000
    compare_int 0       ; i < 100000
    pop_jump_if_false done
    load_fast 1
    load_fast 0
    binary_op_add_int 0
    store_fast 1
    load_fast 0
    load_const 1
    binary_op 0         ; the generic form, through the add multimethod
    store_fast 0
    jump loop
done:
    load_fast 1
    return_value
";

#[test]
fn a_loop_gives_the_same_sum_interpreted_and_compiled() {
    let (_, result) = both(SUM_LOOP, 2);
    assert_eq!(
        values::int_value(result.unwrap()),
        Some((0..100_000i64).sum())
    );
}

#[test]
fn float_arithmetic_goes_through_the_specialised_and_generic_forms() {
    let (vm, result) = both(
        "load_const 1.5\nload_const 2.25\nbinary_op_add_float 0\nload_const 2\nbinary_op 5\nreturn_value",
        0,
    );
    assert_eq!(
        values::float_value(&vm, result.unwrap()),
        Some((1.5 + 2.25) * 2.0)
    );
}

#[test]
fn a_failed_guard_falls_back_to_binary_op() {
    // BINARY_OP_ADD_INT on floats deopts to BINARY_OP, which adds floats.
    let (vm, result) = both(
        "load_const 0.5\nload_const 2\nbinary_op_add_int 0\nreturn_value",
        0,
    );
    assert_eq!(values::float_value(&vm, result.unwrap()), Some(2.5));
    let (_, result) = both(
        "load_const 7\nload_const 3\nbinary_op_subtract_int 10\nreturn_value",
        0,
    );
    assert_eq!(values::int_value(result.unwrap()), Some(4));
}

#[test]
fn type_errors_match_cpython() {
    let (_, result) = both(
        "load_const None\nload_const 1\nbinary_op 0\nreturn_value",
        0,
    );
    let e = result.unwrap_err();
    assert_eq!(e.to_string(), cpython_error("None + 1"));
    let (_, result) = both(
        "load_const 1.5\nload_const None\nbinary_op_add_float 0\nreturn_value",
        0,
    );
    assert_eq!(result.unwrap_err().to_string(), cpython_error("1.5 + None"));
}

#[test]
fn reading_an_unbound_local_raises() {
    let (_, result) = both("load_fast 0\nreturn_value", 1);
    assert!(result.unwrap_err().is("UnboundLocalError"));
}
