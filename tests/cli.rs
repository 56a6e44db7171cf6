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
