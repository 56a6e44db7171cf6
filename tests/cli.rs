//! The `hotpy` binary: `hotpy spec` lists exactly the instructions declared in `spec/`.

use std::process::Command;

fn hotpy(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_hotpy"))
        .args(args)
        .output()
        .expect("runs hotpy");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Instruction names declared in the spec files (`inst NAME` and `macro NAME`), read from the
/// text independently of gvmt.
fn declared_instructions() -> Vec<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("spec");
    let mut names = Vec::new();
    for entry in std::fs::read_dir(dir).expect("spec/ exists") {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        for line in text.lines() {
            let words: Vec<&str> = line.split_whitespace().collect();
            if let [kw, name, ..] = words.as_slice()
                && (*kw == "inst" || *kw == "macro")
            {
                let name: String = name
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                names.push(name);
            }
        }
    }
    names.sort();
    names
}

#[test]
fn spec_lists_every_declared_instruction() {
    let (code, out, err) = hotpy(&["spec"]);
    assert_eq!(code, 0, "{err}");
    let mut listed: Vec<String> = out
        .lines()
        .map(|l| {
            l.split_whitespace()
                .nth(1)
                .expect("opcode and name")
                .to_string()
        })
        .collect();
    listed.sort();
    assert_eq!(listed, declared_instructions());
}

#[test]
fn a_missing_program_exits_2_like_cpython() {
    let (code, _, err) = hotpy(&["no/such/program.py"]);
    let cpython = Command::new("python3")
        .arg("no/such/program.py")
        .output()
        .expect("python3 runs");
    assert_eq!(Some(code), cpython.status.code());
    assert!(
        err.contains("can't open file 'no/such/program.py'"),
        "{err}"
    );
}

#[test]
fn bad_hotpy_options_are_usage_errors() {
    let (code, _, err) = hotpy(&["--gc=refcount", "x.py"]);
    assert_eq!(code, 2);
    assert!(err.contains("unknown collector"), "{err}");
}

#[test]
fn dis_lists_every_code_object_with_constants_and_names() {
    let dir = std::env::temp_dir().join(format!("hotpy-dis-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("prog.py");
    std::fs::write(&file, "x = 41\ndef f(a):\n    return a + x\nprint(f(1))\n").unwrap();
    let (status, out, err) = hotpy(&["dis", file.to_str().unwrap()]);
    assert_eq!(status, 0, "{err}");
    assert!(out.contains("Disassembly of <module>:"), "{out}");
    assert!(out.contains("Disassembly of <code object f"), "{out}");
    assert!(
        out.lines()
            .any(|l| l.contains("LOAD_CONST") && l.ends_with("(41)")),
        "{out}"
    );
    assert!(
        out.lines()
            .any(|l| l.contains("LOAD_GLOBAL") && l.ends_with("(x)")),
        "{out}"
    );
    assert!(
        out.lines()
            .any(|l| l.contains("LOAD_FAST") && l.ends_with("(a)")),
        "{out}"
    );
    // The program itself did not run.
    assert!(!out.contains("\n42\n"), "{out}");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_program_piped_to_stdin_runs_like_a_script() {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_hotpy"))
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("runs hotpy");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"total = 0\nfor i in range(5):\n    total += i\nprint(total)\n1 + 1\n")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    // Run as a program: expression statements are not echoed.
    assert_eq!(String::from_utf8_lossy(&out.stdout), "10\n");
}

#[test]
fn sys_argv_and_sys_exit_reach_the_program_and_the_shell() {
    let (status, out, err) = hotpy(&[
        "-c",
        "import sys; print(sys.argv[1:]); sys.exit('bye')",
        "a",
        "--gc=generational",
        "b",
    ]);
    assert_eq!(out, "['a', 'b']\n", "{err}");
    assert_eq!(err.trim(), "bye");
    assert_eq!(status, 1);
}

#[test]
fn sigint_raises_keyboard_interrupt_and_the_process_dies_by_sigint() {
    use std::io::{BufRead, BufReader};
    use std::os::unix::process::ExitStatusExt;
    let mut child = Command::new(env!("CARGO_BIN_EXE_hotpy"))
        .args(["-c", "print('ready', flush=True)\nwhile True:\n    pass\n"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("runs hotpy");
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    stdout.read_line(&mut line).unwrap();
    assert_eq!(line, "ready\n");
    nix::sys::signal::kill(
        nix::unistd::Pid::from_raw(child.id() as i32),
        nix::sys::signal::Signal::SIGINT,
    )
    .unwrap();
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        stderr.trim().lines().last(),
        Some("KeyboardInterrupt"),
        "{stderr}"
    );
    assert_eq!(
        out.status.signal(),
        Some(2),
        "dies by SIGINT as CPython does"
    );
}

/// Runs `program` (which may use files in its directory and read stdin) under hotpy and
/// python3 in a fresh directory, and compares stdout, stderr and status.
fn same_as_cpython(program: &str, stdin: &str) {
    use std::io::Write;
    let run = |exe: &str, dir: &std::path::Path| {
        let mut child = Command::new(exe)
            .arg(dir.join("prog.py"))
            .current_dir(dir)
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("starts");
        child
            .stdin
            .take()
            .unwrap()
            .write_all(stdin.as_bytes())
            .unwrap();
        let out = child.wait_with_output().unwrap();
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let mut results = Vec::new();
    for (i, exe) in [env!("CARGO_BIN_EXE_hotpy"), "python3"].iter().enumerate() {
        let dir = std::env::temp_dir().join(format!("hotpy-io-{}-{i}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("prog.py"), program).unwrap();
        results.push(run(exe, &dir));
        std::fs::remove_dir_all(&dir).ok();
    }
    assert_eq!(
        results[0], results[1],
        "hotpy (left) and CPython (right) differ"
    );
}

#[test]
fn files_stdin_and_std_streams_behave_as_in_cpython() {
    same_as_cpython(
        r#"import sys
with open("data.txt", "w") as f:
    f.write("line one\n")
    print("line two", file=f)
    f.writelines(["three\n", "four\n"])
with open("data.txt") as f:
    print(f.read().splitlines())
with open("data.txt", "a") as f:
    f.write("five\n")
with open("data.txt") as f:
    for i, line in enumerate(f):
        print(i, line.rstrip())
f = open("data.txt")
print(f.readline().strip(), f.readlines())
f.close()
try:
    f.read()
except ValueError as e:
    print(e)
try:
    open("missing/nothing.txt")
except FileNotFoundError as e:
    print(e)
sys.stdout.write("direct write\n")
print("to stderr", file=sys.stderr)
with open("blob.bin", "wb") as f:
    f.write(bytes(range(250, 256)) + b"\x00ok")
with open("blob.bin", "rb") as f:
    data = f.read()
print(data, len(data), data[0], list(data[-2:]))
name = input("name? ")
print("hello", name)
try:
    input()
except EOFError as e:
    print("EOF:", e)
"#,
        "world\n",
    );
}

/// Runs `program` from one directory under hotpy, then python3, and compares status, stdout
/// and the whole stderr. CPython 3.11's fine-grained location lines under runtime frames
/// (`~~^~~`) are dropped from its output when `drop_markers` (hotpy does not draw them).
fn report_same_as_cpython(program: &str, drop_markers: bool) {
    // A directory per call: tests run in parallel.
    static CALLS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = CALLS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let dir = std::env::temp_dir().join(format!("hotpy-tb-{}-{n}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("prog.py");
    std::fs::write(&path, program).unwrap();
    let mut results = Vec::new();
    for exe in [env!("CARGO_BIN_EXE_hotpy"), "python3"] {
        let out = Command::new(exe)
            .arg(&path)
            .current_dir(&dir)
            .output()
            .expect("runs");
        let stderr = String::from_utf8_lossy(&out.stderr)
            .lines()
            .filter(|l| {
                !(drop_markers
                    && !l.trim().is_empty()
                    && l.trim().chars().all(|c| c == '~' || c == '^'))
            })
            .map(|l| format!("{l}\n"))
            .collect::<String>();
        results.push((
            out.status.code(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr,
        ));
    }
    std::fs::remove_dir_all(&dir).ok();
    assert_eq!(
        results[0], results[1],
        "hotpy (left) and CPython (right) differ"
    );
}

#[test]
fn chained_tracebacks_read_as_cpython_prints_them() {
    report_same_as_cpython(
        r#"def parse(text):
    return int(text)


def load(text):
    try:
        return parse(text)
    except ValueError as e:
        raise LookupError("cannot load " + text) from e


def main():
    try:
        load("x")
    except LookupError:
        cleanup = {}
        cleanup["missing"]


main()
"#,
        true,
    );
}

#[test]
fn deep_recursion_reports_as_cpython_does() {
    // A line repeated more than three times is printed three times, then counted; the
    // frames before and after the repetition are printed as usual.
    report_same_as_cpython(
        r#"def down(n):
    if n == 0:
        return {}["bottom"]
    return down(n - 1)


def walk(n):
    return down(n)


def forever(n):
    return forever(n + 1)


try:
    forever(0)
except RecursionError as e:
    print("caught:", e)
walk(50)
"#,
        true,
    );
    report_same_as_cpython("def f(n):\n    return f(n + 1)\n\n\nf(0)\n", true);
}

#[test]
fn syntax_errors_point_where_cpython_points() {
    for program in [
        "x = 1\nprint \"x\", x\n",
        "values = [\n    1,\n    2,\n\nprint(values)\n",
        "def f():\nreturn 1\n",
        "if True:\n    x = 1\n  y = 2\n",
        "f(a=1, a=2)\n",
        "def f(a, b, a):\n    pass\n",
        "x = [1, 2]\nf() = x\n",
        "del f()\n",
        "for in range(3):\n    pass\n",
        "  x = 1\n",
        "try:\n    pass\n",
        "s = 'abc\n",
        "x = 'é' + £\n",
        "def g():\n    nonlocal y\n",
    ] {
        report_same_as_cpython(program, false);
    }
}

/// One case of `tests/imports/cli_cases.txt` (format described at its top).
struct CliCase {
    cmd: String,
    status: i32,
    stderr_contains: Vec<String>,
    stdout: String,
}

fn cli_cases(text: &str) -> Vec<CliCase> {
    let mut cases: Vec<CliCase> = vec![];
    let mut in_stdout = false;
    for line in text.lines() {
        if let Some(cmd) = line.strip_prefix("=== cmd: ") {
            cases.push(CliCase {
                cmd: cmd.to_string(),
                status: 0,
                stderr_contains: vec![],
                stdout: String::new(),
            });
            in_stdout = false;
            continue;
        }
        let Some(case) = cases.last_mut() else {
            continue; // the header's comments
        };
        if in_stdout {
            case.stdout.push_str(line);
            case.stdout.push('\n');
        } else if let Some(s) = line.strip_prefix("--- status: ") {
            case.status = s.parse().expect("a status");
        } else if let Some(s) = line.strip_prefix("--- stderr_contains: ") {
            case.stderr_contains.push(s.to_string());
        } else if line == "--- stdout" {
            in_stdout = true;
        }
    }
    cases
}

/// `hotpy -m`, PYTHONPATH and `-c` imports give CPython's output and status (the cases
/// `tests/imports/gen_cli_cases.py` recorded with CPython 3.11).
#[test]
fn import_command_lines_behave_as_in_cpython() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(root.join("tests/imports/cli_cases.txt"))
        .expect("reads cli_cases.txt");
    let cases = cli_cases(&text);
    assert!(!cases.is_empty());
    let mut failures = vec![];
    for case in &cases {
        let line = case.cmd.replace("{hotpy}", env!("CARGO_BIN_EXE_hotpy"));
        let out = Command::new("sh")
            .arg("-c")
            .arg(&line)
            .current_dir(root)
            .env_remove("PYTHONPATH")
            .output()
            .expect("runs sh");
        let (status, stdout, stderr) = (
            out.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        );
        let missing: Vec<&String> = case
            .stderr_contains
            .iter()
            .filter(|s| !stderr.contains(s.as_str()))
            .collect();
        if status != case.status || stdout != case.stdout || !missing.is_empty() {
            failures.push(format!(
                "{}\n  status {status} (expected {})\n  stdout:\n{stdout}  expected:\n{}  stderr:\n{stderr}",
                case.cmd, case.status, case.stdout
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A thread's frames are put back to a checkpoint taken at an instruction boundary, and the
/// program runs on from there to the same result (`HOTPY_RESTORE_TEST=K,M`: checkpoint at
/// point K of the outermost invocation, an abort at point M, which the outermost unwind
/// turns into a restore). Under both tiers and collectors, with a stressed collector too.
#[test]
fn restored_frames_run_again_to_the_same_result() {
    let program = "tests/engine/restore_frames.py";
    let run = |env: &[(&str, &str)], args: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_hotpy"))
            .arg("run")
            .args(args)
            .arg(program)
            .envs(env.iter().copied())
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .output()
            .expect("runs");
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let (status, plain, _) = run(&[], &[]);
    assert_eq!((status, plain.as_str()), (Some(0), "result 889900\n"));
    let mut restored = 0;
    for args in [
        &["--jit=off", "--gc=semispace"][..],
        &["--jit=on", "--gc=generational"][..],
    ] {
        for (k, m) in [(3000, 3001), (3000, 3500), (4000, 20000), (5000, 8000)] {
            let spec = format!("{k},{m}");
            let (status, stdout, stderr) = run(&[("HOTPY_RESTORE_TEST", &spec)], args);
            assert!(
                stderr.contains("restored the frames"),
                "{args:?} {spec}: no restore\n{stderr}"
            );
            assert_eq!(
                (status, &stdout),
                (Some(0), &plain),
                "{args:?} {spec}: {stderr}"
            );
            restored += 1;
        }
    }
    let stress = [
        ("HOTPY_RESTORE_TEST", "4000,9000"),
        ("HOTPY_GC_STRESS", "1"),
        ("HOTPY_GC_VERIFY", "1"),
    ];
    let (status, stdout, stderr) = run(&stress, &["--gc=generational"]);
    assert!(stderr.contains("restored the frames"), "{stderr}");
    assert_eq!((status, &stdout), (Some(0), &plain), "{stderr}");
    assert_eq!(restored, 8);
}

#[test]
fn help_lists_the_vm_options_with_their_values() {
    for args in [&["--help"][..], &["run", "--help"][..]] {
        let (code, out, err) = hotpy(args);
        assert_eq!(code, 0, "{err}");
        for option in [
            "--gc=semispace|generational",
            "--max-heap=SIZE",
            "--gc-stats",
            "--jit=on|off",
            "--sync=gil|locks",
            "--sync-stats",
        ] {
            assert!(out.contains(option), "{args:?} lacks {option}:\n{out}");
        }
    }
}

#[test]
fn sync_backends_are_chosen_and_their_stats_printed() {
    let (code, _, err) = hotpy(&["--sync=stm", "--worlds=0", "-c", "pass"]);
    assert_eq!((code, err.contains("--worlds takes")), (2, true), "{err}");
    let (code, _, err) = hotpy(&["--sync=bogus", "-c", "pass"]);
    assert_eq!(
        (code, err.contains("gil, locks or stm")),
        (2, true),
        "{err}"
    );
    let program = "import threading\n\
                   t = threading.Thread(target=sum, args=([1, 2],))\n\
                   t.start(); t.join()\n\
                   print(t.is_alive())";
    let first_count = |err: &str, prefix: &str| -> u64 {
        let line = err.lines().find(|l| l.starts_with(prefix)).expect(err);
        line[prefix.len()..]
            .split_whitespace()
            .next()
            .and_then(|n| n.parse().ok())
            .expect(line)
    };
    let (code, out, err) = hotpy(&["--sync=gil", "--sync-stats", "-c", program]);
    assert_eq!((code, out.as_str()), (0, "False\n"), "{err}");
    assert!(
        first_count(&err, "sync: gil: ") >= 2,
        "the main thread and the new one took the GIL: {err}"
    );
    // Under locks, objects are locked once the second thread starts (its Thread object's
    // attributes, the lock `join` waits on), and not at all by a one-thread program.
    let (code, out, err) = hotpy(&["--sync=locks", "--sync-stats", "-c", program]);
    assert_eq!((code, out.as_str()), (0, "False\n"), "{err}");
    assert!(first_count(&err, "sync: locks: ") > 0, "{err}");
    let (code, out, err) = hotpy(&[
        "--sync=locks",
        "--sync-stats",
        "-c",
        "d = {}\nfor i in range(100): d[i] = [i]\nprint(len(d))",
    ]);
    assert_eq!((code, out.as_str()), (0, "100\n"), "{err}");
    assert_eq!(first_count(&err, "sync: locks: "), 0, "{err}");
    // Under stm every increment is inside a transaction, and transactions are
    // serializable: four threads' unlocked `n += 1` lose no update. The statistics count
    // the commits, and name each abort site by file and line.
    let racy = "import threading\n\
                n = 0\n\
                def work():\n    global n\n    for i in range(100000): n += 1\n\
                ts = [threading.Thread(target=work) for _ in range(4)]\n\
                for t in ts: t.start()\n\
                for t in ts: t.join()\n\
                print(n)";
    let (code, out, err) = hotpy(&["--sync=stm", "--worlds=2", "--sync-stats", "-c", racy]);
    assert_eq!((code, out.as_str()), (0, "400000\n"), "{err}");
    assert!(err.contains("sync: stm: 2 worlds, "), "{err}");
    let commits: u64 = err
        .split(" commits")
        .next()
        .and_then(|s| s.rsplit(' ').next())
        .and_then(|n| n.parse().ok())
        .expect(&err);
    assert!(commits > 4, "{err}");
    for line in err.lines().filter(|l| l.contains(" aborts at ")) {
        let site = line.rsplit(' ').next().unwrap_or_default();
        let line_number = site.rsplit(':').next().and_then(|n| n.parse::<u32>().ok());
        assert!(line_number.is_some_and(|n| n > 0), "{line}");
    }
}

/// A million-deep recursion (`sys.setrecursionlimit(10**6)`) reaches the limit and fails with
/// RecursionError, as in CPython. Each frame leaving with the exception adds its traceback
/// entry in constant time (it searched the whole traceback: quadratic, minutes at this
/// depth); the limit here is a hang detector, not a speed check.
#[test]
fn a_recursion_a_million_deep_fails_with_recursion_error() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_hotpy"))
        .args(["run", "tests/engine/recursion_million_deep.py"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("runs hotpy");
    let start = std::time::Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("waits") {
            break status;
        }
        if start.elapsed() > std::time::Duration::from_secs(300) {
            let _ = child.kill();
            panic!("a million-deep recursion did not finish within 300 s");
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    };
    let mut stdout = String::new();
    std::io::Read::read_to_string(&mut child.stdout.take().expect("piped"), &mut stdout)
        .expect("reads");
    assert_eq!(
        (status.code(), stdout.as_str()),
        (
            Some(0),
            "RecursionError: maximum recursion depth exceeded\nTrue\n"
        )
    );
}

/// A traceback names the script by its absolute path, as CPython's `co_filename` does, even
/// when it was given relative.
#[test]
fn tracebacks_name_the_script_by_its_absolute_path() {
    let dir = std::env::temp_dir().join(format!("hotpy-tb-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    std::fs::write(dir.join("fails.py"), "def f():\n    1 / 0\nf()\n").expect("writes");
    let out = Command::new(env!("CARGO_BIN_EXE_hotpy"))
        .args(["run", "fails.py"])
        .current_dir(&dir)
        .output()
        .expect("runs hotpy");
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    let expected = format!("File \"{}\", line 2, in f", dir.join("fails.py").display());
    let _ = std::fs::remove_dir_all(&dir);
    assert!(stderr.contains(&expected), "{stderr}");
}

/// Code past 16-bit operands (a 100,000-element display, 70,000 globals, locals and
/// constants, a call of 1,000 arguments) compiles and runs as under CPython, which decides
/// the expected output (run here). It panicked ("operand 65536 of LOAD_CONST does not fit")
/// and took quadratic time to compile.
#[test]
fn code_past_sixteen_bit_operands_runs_as_under_cpython() {
    let script = "tests/engine/compiler_limits_huge.py";
    let dir = env!("CARGO_MANIFEST_DIR");
    let hotpy = Command::new(env!("CARGO_BIN_EXE_hotpy"))
        .args(["run", script])
        .current_dir(dir)
        .output()
        .expect("runs hotpy");
    let cpython = Command::new("python3")
        .arg(script)
        .current_dir(dir)
        .output()
        .expect("runs python3");
    assert!(cpython.status.success(), "python3 failed on {script}");
    assert_eq!(
        (
            hotpy.status.code(),
            String::from_utf8_lossy(&hotpy.stdout).into_owned()
        ),
        (
            Some(0),
            String::from_utf8_lossy(&cpython.stdout).into_owned()
        ),
        "stderr: {}",
        String::from_utf8_lossy(&hotpy.stderr)
    );
}

/// `sys.stdin` (readline with and without a size, iteration, read at the end) and `input()`
/// share one standard input, as in CPython, which decides the expected output (run here).
#[test]
fn stdin_is_read_by_sys_stdin_and_input_as_under_cpython() {
    use std::io::Write;
    let script = "tests/engine/stdin_reads.py";
    let dir = env!("CARGO_MANIFEST_DIR");
    let run = |program: &str, args: &[&str]| {
        let mut child = Command::new(program)
            .args(args)
            .current_dir(dir)
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .spawn()
            .expect("runs");
        child
            .stdin
            .take()
            .expect("piped")
            .write_all(b"one\ntwo\nthree-four\nfive\nsix")
            .expect("writes");
        let out = child.wait_with_output().expect("waits");
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
        )
    };
    let expected = run("python3", &[script]);
    assert_eq!(expected.0, Some(0), "python3 failed on {script}");
    assert_eq!(run(env!("CARGO_BIN_EXE_hotpy"), &["run", script]), expected);
}

/// Source files CPython refuses as a whole: bytes that are not UTF-8 without a coding
/// cookie, an unknown codec in a cookie, NUL bytes, tabs and spaces mixed inconsistently.
/// Each is CPython's SyntaxError (last line of stderr and status 1), which python3 decides
/// (run here on the same files).
#[test]
fn undecodable_and_malformed_source_files_fail_as_under_cpython() {
    let dir = std::env::temp_dir().join(format!("hotpy-source-files-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("makes a temporary directory");
    let files: [(&str, &[u8]); 6] = [
        ("not_utf8.py", b"x = 1\nprint('\xff')\n"),
        (
            "cookie_after_code.py",
            b"x = 1\n# coding: latin-1\nprint('\xe9')\n",
        ),
        ("unknown_codec.py", b"# coding: no-such-codec\nprint(1)\n"),
        (
            "utf8_cookie_bad_bytes.py",
            b"# coding: utf-8\nprint(\"\xff\")\n",
        ),
        ("nul_byte.py", b"print(1)\x00\n"),
        ("tabs.py", b"if 1:\n\tx = 1\n        y = 2\n"),
    ];
    for (name, bytes) in files {
        let path = dir.join(name);
        std::fs::write(&path, bytes).expect("writes the file");
        let last_line = |program: &str, args: &[&str]| {
            let out = Command::new(program)
                .args(args)
                .arg(&path)
                .current_dir(&dir)
                .output()
                .expect("runs");
            let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
            let last = stderr.lines().last().unwrap_or("").to_string();
            (out.status.code(), last)
        };
        let expected = last_line("python3", &[]);
        assert_eq!(expected.0, Some(1), "python3 accepted {name}");
        assert_eq!(
            last_line(env!("CARGO_BIN_EXE_hotpy"), &["run"]),
            expected,
            "{name}"
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// Under `--sync=stm`, a transaction that aborts runs again: what it wrote to stderr must
/// not appear twice (writing makes the transaction inevitable, as writing to stdout does).
#[test]
fn stderr_is_written_once_when_transactions_abort() {
    let dir = std::env::temp_dir().join(format!("hotpy-stderr-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temporary directory");
    let program = dir.join("stderr_lines.py");
    std::fs::write(
        &program,
        "import sys\n\
         for i in range(6):\n\
         \x20   squares = [j * j for j in range(300)]\n\
         \x20   print('line', i, sum(squares), file=sys.stderr)\n\
         \x20   sys.stderr.write('write %d\\n' % i)\n\
         print('done')\n",
    )
    .expect("the program is written");
    let path = program.to_str().expect("a UTF-8 path");
    for (quantum, every) in [("3", "2"), ("2", "3")] {
        let out = Command::new(env!("CARGO_BIN_EXE_hotpy"))
            .args(["run", path, "--sync=stm", "--worlds=2"])
            .env("HOTPY_STM_QUANTUM", quantum)
            .env("HOTPY_STM_ABORT_EVERY", every)
            .output()
            .expect("runs hotpy");
        let stderr = String::from_utf8_lossy(&out.stderr);
        let lines: Vec<&str> = stderr
            .lines()
            .filter(|l| !l.starts_with("hotpy:"))
            .collect();
        let expected: Vec<String> = (0..6)
            .flat_map(|i| [format!("line {i} 8955050"), format!("write {i}")])
            .collect();
        assert_eq!(lines, expected, "quantum {quantum}, abort every {every}");
        assert_eq!(String::from_utf8_lossy(&out.stdout), "done\n");
    }
    let _ = std::fs::remove_dir_all(&dir);
}
