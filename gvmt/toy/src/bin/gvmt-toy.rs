//! `gvmt-toy FILE [--jit] [--gc=semispace|generational] [--max-heap=BYTES] [--nursery=BYTES]
//! [--gc-stats]`:
//! runs a toy assembly program.

use gvmt_toy::{Mode, RunOptions, run_with};
use std::process::ExitCode;

const USAGE: &str = "usage: gvmt-toy FILE [--jit] [--gc=semispace|generational] [--max-heap=BYTES] [--nursery=BYTES] [--gc-stats]";

fn main() -> ExitCode {
    let mut options = RunOptions::new(Mode::Interp);
    options.echo = true;
    let mut stats = false;
    let mut files = Vec::new();
    for arg in std::env::args().skip(1) {
        if arg == "--jit" {
            options.mode = Mode::Jit;
        } else if arg == "--gc-stats" {
            stats = true;
        } else if let Some(plan) = arg.strip_prefix("--gc=") {
            match plan.parse() {
                Ok(p) => options.plan = p,
                Err(e) => {
                    eprintln!("gvmt-toy: {e}");
                    return ExitCode::from(2);
                }
            }
        } else if let Some(size) = arg.strip_prefix("--max-heap=") {
            match size.parse() {
                Ok(n) => options.max_heap = n,
                Err(_) => {
                    eprintln!("gvmt-toy: --max-heap takes a number of bytes, not `{size}`");
                    return ExitCode::from(2);
                }
            }
        } else if let Some(size) = arg.strip_prefix("--nursery=") {
            match size.parse() {
                Ok(n) => options.nursery = n,
                Err(_) => {
                    eprintln!("gvmt-toy: --nursery takes a number of bytes, not `{size}`");
                    return ExitCode::from(2);
                }
            }
        } else if arg.starts_with("--") {
            eprintln!("gvmt-toy: unknown option `{arg}`\n{USAGE}");
            return ExitCode::from(2);
        } else {
            files.push(arg);
        }
    }
    let [file] = files.as_slice() else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    let source = match std::fs::read_to_string(file) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("gvmt-toy: {file}: {e}");
            return ExitCode::from(2);
        }
    };
    match run_with(&source, &options) {
        Ok(result) => {
            if stats {
                eprintln!("{}", result.gc);
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{e}");
            ExitCode::FAILURE
        }
    }
}
