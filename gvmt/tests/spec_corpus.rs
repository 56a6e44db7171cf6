//! The checker's corpus: every spec in `tests/spec/pass` checks cleanly; every spec in
//! `tests/spec/fail` gives its diagnostics, pinned by an insta snapshot per file
//! (`cargo insta review` to update). The generated code for `pass/sample.gvmt` is pinned too.

use gvmt::codegen::{self, Output};
use gvmt::diag::Sources;
use std::path::{Path, PathBuf};

fn corpus(kind: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/spec")
        .join(kind);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "gvmt"))
        .collect();
    files.sort();
    files
}

/// Loads one spec under a stable name (`fail/x.gvmt`), so snapshots do not hold local paths.
fn load(path: &Path, kind: &str) -> Sources {
    let mut sources = Sources::new();
    let name = format!("{kind}/{}", path.file_name().unwrap().to_string_lossy());
    sources.add(name, std::fs::read_to_string(path).unwrap());
    sources
}

#[test]
fn every_pass_spec_checks_cleanly() {
    let files = corpus("pass");
    assert!(files.len() >= 2);
    for f in files {
        if let Err(report) = codegen::check_and_report(&load(&f, "pass")) {
            panic!("{} should check cleanly:\n{report}", f.display());
        }
    }
}

#[test]
fn every_fail_spec_gives_its_diagnostics() {
    let files = corpus("fail");
    assert!(files.len() >= 20, "one fail spec per kind of error");
    for f in files {
        let report = match codegen::check_and_report(&load(&f, "fail")) {
            Ok(_) => panic!("{} should fail to check", f.display()),
            Err(report) => report,
        };
        let stem = f.file_stem().unwrap().to_string_lossy().into_owned();
        let line = format!("fail/{stem}.gvmt:");
        assert!(
            report.contains(&line),
            "{stem}: diagnostics name file:line:col\n{report}"
        );
        insta::assert_snapshot!(format!("fail_{stem}"), report);
    }
}

#[test]
fn generated_code_for_the_sample_spec_is_pinned() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/spec/pass/sample.gvmt");
    let sources = load(&path, "pass");
    let spec = codegen::check_and_report(&sources).expect("sample checks");
    let names = vec!["pass/sample.gvmt".to_string()];
    for (output, name) in [
        (Output::Layouts, "layouts"),
        (Output::Interp, "interp"),
        (Output::Jit, "jit"),
    ] {
        insta::assert_snapshot!(
            format!("sample_{name}"),
            codegen::generate_one(&spec, output, &names)
        );
    }
}
