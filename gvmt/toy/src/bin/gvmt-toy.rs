//! `gvmt-toy FILE [--jit]`: runs a toy assembly program.

use gvmt_toy::{Mode, run_source};
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let jit = args.iter().any(|a| a == "--jit");
    let files: Vec<&String> = args.iter().filter(|a| !a.starts_with("--")).collect();
    let [file] = files.as_slice() else {
        eprintln!("usage: gvmt-toy FILE [--jit]");
        return ExitCode::from(2);
    };
    let source = match std::fs::read_to_string(file) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("gvmt-toy: {file}: {e}");
            return ExitCode::from(2);
        }
    };
    match run_source(&source, if jit { Mode::Jit } else { Mode::Interp }, true) {
        Ok(_) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{e}");
            ExitCode::FAILURE
        }
    }
}
