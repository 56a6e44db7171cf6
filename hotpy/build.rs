//! Generates hotpy's interpreter, JIT emitters and layouts from the spec in `../spec`, and
//! records where the machine's CPython keeps its standard library (`HOTPY_CPYTHON_STDLIB`,
//! read by `modules::finder::cpython_stdlib`): hotpy imports from it the pure-Python modules
//! it has none of its own for.
fn main() {
    gvmt::codegen::build("../spec");
    println!("cargo:rerun-if-env-changed=PYTHON");
    let python = std::env::var("PYTHON").unwrap_or_else(|_| "python3".into());
    let probe = "import sysconfig; print(sysconfig.get_paths()['stdlib'])";
    let stdlib = std::process::Command::new(&python)
        .args(["-I", "-c", probe])
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap_or_default();
    println!("cargo:rustc-env=HOTPY_CPYTHON_STDLIB={stdlib}");
}
