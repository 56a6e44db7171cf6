//! Architecture invariants of hotpy's Rust code, checked on its source (docs/architecture.md,
//! "Invariants"): Python-visible state in the heap is read and written only through the
//! generated layout accessors and setters (which carry the write barrier), so no runtime
//! code touches heap words itself, and root ranges (slots outside the heap the collector
//! updates) are made only by the one type that keeps them safe for many threads.

use std::path::{Path, PathBuf};

fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("readable source directory") {
        let path = entry.expect("directory entry").path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// `(file, line number, line)` of every non-comment line of hotpy's own Rust that contains
/// one of `needles`, except in the files named in `allowed`.
fn offending_lines(needles: &[&str], allowed: &[&str]) -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    sources(&root.join("src"), &mut files);
    sources(&root.join("cli"), &mut files);
    assert!(files.len() > 50, "found hotpy's sources");
    let mut found = Vec::new();
    for file in files {
        let rel = file
            .strip_prefix(root)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        if allowed.contains(&rel.as_str()) {
            continue;
        }
        let text = std::fs::read_to_string(&file).expect("readable source");
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            if needles.iter().any(|needle| code.contains(needle)) {
                found.push(format!("{rel}:{}: {}", n + 1, line.trim()));
            }
        }
    }
    found
}

#[test]
fn no_heap_word_is_touched_outside_the_generated_accessors() {
    let raw = [
        "rt::heap",
        "heap::load_",
        "heap::store_",
        "load_word(",
        "store_word(",
        "set_word(",
        "write_barrier",
        "AtomicU64::from_ptr",
    ];
    // Cache words (a str's hash) are stored without a barrier on purpose, in one file; a
    // str's text (written once, by its maker) is read and written as bytes in another, and
    // the bytes of Bytes objects (a range per barrier) in a third.
    let found = offending_lines(
        &raw,
        &[
            "src/vm/cache_words.rs",
            "src/vm/str_text.rs",
            "src/vm/byte_storage.rs",
        ],
    );
    assert!(
        found.is_empty(),
        "raw heap access outside the generated layouts (use the layout's accessors and \
         setters, which carry the write barrier):\n{}",
        found.join("\n")
    );
}

#[test]
fn root_ranges_are_made_only_by_the_root_table() {
    let found = offending_lines(&["add_roots"], &["src/vm/root_table.rs"]);
    assert!(
        found.is_empty(),
        "a root range outside vm/root_table.rs (keep heap values in the heap, pin them, or use \
         a RootTable):\n{}",
        found.join("\n")
    );
}

#[test]
fn handles_are_released_by_scopes_not_by_hand() {
    let found = offending_lines(&["release_handles(", "handle_mark("], &["src/vm/thread.rs"]);
    assert!(
        found.is_empty(),
        "a manual handle mark/release (use `ThreadState::handle_scope`, which releases on \
         every path):\n{}",
        found.join("\n")
    );
}

#[test]
fn immediates_are_named_in_the_spec_not_restated_in_rust() {
    // A hand-written word (`Value(0x72)`) once made a set's deleted-entry marker equal to
    // Ellipsis; the spec's checker refuses two names for one word.
    let found = offending_lines(&["Value(0x"], &[]);
    assert!(
        found.is_empty(),
        "an immediate written as a number (name it in spec/values.gvmt's `value` declaration \
         and use the generated constant):\n{}",
        found.join("\n")
    );
}
