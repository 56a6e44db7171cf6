//! End-to-end: every program in `tests/programs` (and `tests/imports`) runs under hotpy and must give CPython's
//! stdout, last stderr line and exit status (recorded in `NAME.expected` by
//! `tests/gen_expected.py`, never by hand). Each program runs under both collectors with the
//! JIT off and forced on, and once more under GC stress with heap verification (in one of
//! three stress configurations).

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

struct Expected {
    stdout: String,
    stderr_last: String,
    status: i32,
}

/// Reads the small JSON files `gen_expected.py` writes (three string/number fields).
fn parse_expected(text: &str) -> Expected {
    fn field<'a>(text: &'a str, name: &str) -> &'a str {
        let key = format!("\"{name}\": ");
        let start = text
            .find(&key)
            .unwrap_or_else(|| panic!("no `{name}` in expected file"))
            + key.len();
        let rest = &text[start..];
        if rest.starts_with('"') {
            let mut end = 1;
            let bytes = rest.as_bytes();
            while bytes[end] != b'"' {
                end += if bytes[end] == b'\\' { 2 } else { 1 };
            }
            &rest[..=end]
        } else {
            rest.split([',', '\n', '}']).next().unwrap_or("").trim()
        }
    }
    fn unquote(s: &str) -> String {
        let inner = &s[1..s.len() - 1];
        let mut out = String::new();
        let mut chars = inner.chars();
        while let Some(c) = chars.next() {
            if c != '\\' {
                out.push(c);
                continue;
            }
            match chars.next() {
                Some('n') => out.push('\n'),
                Some('t') => out.push('\t'),
                Some('r') => out.push('\r'),
                Some('b') => out.push('\u{8}'),
                Some('f') => out.push('\u{c}'),
                Some('u') => {
                    let hex: String = chars.by_ref().take(4).collect();
                    out.push(
                        char::from_u32(u32::from_str_radix(&hex, 16).expect("hex"))
                            .unwrap_or('\u{fffd}'),
                    );
                }
                Some(other) => out.push(other),
                None => {}
            }
        }
        out
    }
    Expected {
        stdout: unquote(field(text, "stdout")),
        stderr_last: unquote(field(text, "stderr_last")),
        status: field(text, "status").parse().expect("status is a number"),
    }
}

/// Every program: `tests/programs/*.py`, and the multi-file import programs
/// `tests/imports/imports_*.py` (the packages and modules they import live beside them).
fn programs() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files: Vec<PathBuf> = std::fs::read_dir(root.join("tests/programs"))
        .expect("tests/programs")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    files.extend(
        std::fs::read_dir(root.join("tests/imports"))
            .expect("tests/imports")
            .map(|e| e.unwrap().path())
            .filter(|p| {
                p.extension().is_some_and(|x| x == "py")
                    && p.file_name()
                        .is_some_and(|n| n.to_string_lossy().starts_with("imports_"))
            }),
    );
    files.sort();
    files
}

/// A line diff of two texts, for the failure report.
fn diff(want: &str, got: &str) -> String {
    let (w, g): (Vec<&str>, Vec<&str>) = (want.lines().collect(), got.lines().collect());
    let mut out = String::new();
    for i in 0..w.len().max(g.len()) {
        match (w.get(i), g.get(i)) {
            (Some(a), Some(b)) if a == b => out.push_str(&format!("  {a}\n")),
            (a, b) => {
                if let Some(a) = a {
                    out.push_str(&format!("- {a}\n"));
                }
                if let Some(b) = b {
                    out.push_str(&format!("+ {b}\n"));
                }
            }
        }
    }
    out
}

/// Longest a single program may run (stress mode included) before it counts as hung. A hang
/// detector for CI, not a performance check: the slowest program takes a few seconds.
const RUN_LIMIT: Duration = Duration::from_secs(180);

/// Runs `command` to completion, or kills it after `limit` and reports the hang.
fn output_within(mut command: Command, limit: Duration) -> Result<Output, String> {
    let mut child = command
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot run hotpy: {e}"))?;
    let read = |mut pipe: Box<dyn Read + Send>| {
        std::thread::spawn(move || {
            let mut bytes = Vec::new();
            let _ = pipe.read_to_end(&mut bytes);
            bytes
        })
    };
    let stdout = read(Box::new(child.stdout.take().expect("piped stdout")));
    let stderr = read(Box::new(child.stderr.take().expect("piped stderr")));
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().map_err(|e| e.to_string())? {
            break status;
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            return Err(format!("hotpy did not finish within {limit:?}; killed\n"));
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    Ok(Output {
        status,
        stdout: stdout.join().expect("stdout reader"),
        stderr: stderr.join().expect("stderr reader"),
    })
}

fn run(program: &Path, args: &[&str], env: &[(&str, &str)]) -> Result<(), String> {
    let expected_path = program.with_extension("expected");
    let expected = parse_expected(&std::fs::read_to_string(&expected_path).map_err(|e| {
        format!(
            "{}: {e} (run `python3 tests/gen_expected.py`)",
            expected_path.display()
        )
    })?);
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let rel = program.strip_prefix(root).unwrap_or(program);
    let mut command = Command::new(env!("CARGO_BIN_EXE_hotpy"));
    command
        .arg("run")
        .arg(rel)
        .args(args)
        .envs(env.iter().copied())
        .env_remove("PYTHONPATH")
        .current_dir(root);
    let out = output_within(command, RUN_LIMIT)?;
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    let last = stderr.trim().lines().last().unwrap_or("").to_string();
    let status = out.status.code().unwrap_or(-1);
    let mut problems = String::new();
    if stdout != expected.stdout {
        problems.push_str(&format!(
            "stdout differs (- CPython, + hotpy):\n{}",
            diff(&expected.stdout, &stdout)
        ));
    }
    if last != expected.stderr_last {
        problems.push_str(&format!(
            "last stderr line: CPython `{}`, hotpy `{last}`\n",
            expected.stderr_last
        ));
    }
    if status != expected.status {
        problems.push_str(&format!(
            "exit status: CPython {}, hotpy {status}\nstderr:\n{stderr}",
            expected.status
        ));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems)
    }
}

/// The marker a program's source carries when it is too long for GC stress in a test build
/// (a collection per 256 bytes: importing CPython's `asyncio` alone passes the run limit).
/// Such programs still run in every other mode; run them under stress by hand in release.
const NOT_UNDER_GC_STRESS: &str = "# e2e: not under GC stress";

/// The GC stress configurations: each program runs under stress in one of them (the
/// `index % STRESS_SHARES`-th in the sorted list), not in all, so that the slowest mode by far
/// (a collection per 256 bytes in a test build) costs one pass over the corpus, not three.
const STRESS_SHARES: usize = 3;

fn check_all(args: &[&str], env: &[(&str, &str)]) {
    check_programs(args, env, None);
}

/// Runs the `share`-th of the `STRESS_SHARES` parts of the corpus under GC stress.
fn check_stress_share(args: &[&str], share: usize) {
    check_programs(args, &GC_STRESS, Some(share));
}

fn check_programs(args: &[&str], env: &[(&str, &str)], share: Option<usize>) {
    let programs = programs();
    assert!(!programs.is_empty());
    let stress = env.iter().any(|(k, _)| *k == "HOTPY_GC_STRESS");
    let failures: Vec<String> = programs
        .iter()
        .enumerate()
        .filter(|(i, _)| share.is_none_or(|s| i % STRESS_SHARES == s))
        .map(|(_, p)| p)
        .filter(|p| {
            !stress
                || !std::fs::read_to_string(p)
                    .map(|s| s.contains(NOT_UNDER_GC_STRESS))
                    .unwrap_or(false)
        })
        .filter_map(|p| {
            run(p, args, env)
                .err()
                .map(|e| format!("== {} {args:?} {env:?}\n{e}", p.display()))
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} programs differ from CPython:\n{}",
        failures.len(),
        programs.len(),
        failures.join("\n")
    );
}

#[test]
fn programs_match_cpython_under_semispace() {
    check_all(&["--gc=semispace", "--jit=off"], &[]);
}

#[test]
fn programs_match_cpython_under_generational() {
    // Each program runs under both sync backends: `gil` in the semispace runs, `locks` in
    // the generational ones (no GIL; object locks once a second thread starts).
    check_all(&["--gc=generational", "--jit=off", "--sync=locks"], &[]);
}

#[test]
fn programs_match_cpython_with_the_jit_forced_on() {
    check_all(&["--gc=semispace", "--jit=on"], &[]);
    check_all(&["--gc=generational", "--jit=on", "--sync=locks"], &[]);
}

#[test]
fn programs_match_cpython_under_stm() {
    // Every program runs in transactions (`--sync=stm`): with both collectors, the JIT off
    // and forced on; a third of them with GC stress and heap verification too (collections
    // between transactions, worlds copied afresh after each).
    check_all(
        &["--gc=semispace", "--sync=stm", "--worlds=2", "--jit=off"],
        &[],
    );
    check_stress_share(&["--gc=generational", "--sync=stm", "--jit=on"], 0);
}

/// Transactions that abort as if they had conflicted (`HOTPY_STM_ABORT_EVERY=N`: every N-th
/// commit at a breakpoint) and short ones (`HOTPY_STM_QUANTUM`) roll each program back and
/// run it again many times: the output is still CPython's, so nothing a transaction does
/// outside the heap (files, output, the interpreter's tables) is done twice.
#[test]
fn programs_match_cpython_when_transactions_abort() {
    let often = [("HOTPY_STM_QUANTUM", "3"), ("HOTPY_STM_ABORT_EVERY", "2")];
    check_all(&["--gc=semispace", "--sync=stm", "--worlds=2"], &often);
    // Compiled code too: its loads and stores pass the barriers, its safepoints abort.
    let every_third = [("HOTPY_STM_QUANTUM", "2"), ("HOTPY_STM_ABORT_EVERY", "3")];
    check_all(
        &["--gc=generational", "--sync=stm", "--jit=on"],
        &every_third,
    );
}

/// Each program under GC stress once, in one of three configurations (`STRESS_SHARES`): a
/// collection every 256 bytes allocated (the old spaces poisoned after each, in test
/// builds, so a stale reference reads garbage), and the heap checked around one collection
/// in 16: checking each made these runs ten times as long (a walk of the whole heap per 256
/// bytes) and a bad reference the heap keeps is still found by a later check.
const GC_STRESS: [(&str, &str); 2] = [("HOTPY_GC_STRESS", "1"), ("HOTPY_GC_VERIFY", "16")];

#[test]
fn programs_match_cpython_under_gc_stress() {
    check_stress_share(&["--gc=semispace"], 1);
    check_stress_share(&["--gc=generational", "--jit=on", "--sync=locks"], 2);
}

/// An `Unwind::Abort` injected at one of the first points of every program (a runtime
/// allocation or a call; `HOTPY_INJECT_ABORT=N`) reaches the top of the VM: no `except`,
/// handler table or Rust fallback may swallow it and go on. A program that ends before the
/// N-th point runs as usual.
#[test]
fn an_injected_abort_passes_every_handler() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    // A program stopped half way leaves what it made (os_paths.py's directory): run them in
    // a scratch directory.
    let scratch = std::env::temp_dir().join(format!("hotpy-abort-{}", std::process::id()));
    std::fs::create_dir_all(&scratch).expect("scratch directory");
    let mut swallowed = Vec::new();
    let mut injected = 0;
    for program in programs() {
        for point in ["3", "41", "997"] {
            let rel = program.strip_prefix(root).unwrap_or(&program);
            let mut command = Command::new(env!("CARGO_BIN_EXE_hotpy"));
            command
                .arg("run")
                .arg(&program)
                .env("HOTPY_INJECT_ABORT", point)
                .env_remove("PYTHONPATH")
                .current_dir(&scratch);
            let out = output_within(command, RUN_LIMIT).unwrap_or_else(|e| panic!("{e}"));
            let stderr = String::from_utf8_lossy(&out.stderr);
            if !stderr.contains("hotpy: injected an abort") {
                continue;
            }
            injected += 1;
            let last = stderr.trim().lines().last().unwrap_or("");
            if out.status.code() != Some(1) || !last.contains("an unwind (Abort) reached the top") {
                swallowed.push(format!(
                    "{} at point {point}: status {:?}, last stderr line {last:?}",
                    rel.display(),
                    out.status.code()
                ));
            }
        }
    }
    std::fs::remove_dir_all(&scratch).ok();
    assert!(
        injected > 500,
        "only {injected} runs reached their injection point"
    );
    assert!(swallowed.is_empty(), "swallowed:\n{}", swallowed.join("\n"));
}
