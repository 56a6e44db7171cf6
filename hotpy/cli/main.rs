//! The `hotpy` command (the root package's binary; the VM itself is the `hotpy-vm` crate).
//!
//! hotpy does not run Python programs yet: the compiler from Python source is the [core]
//! issue's. What it has today is the instruction set gvmt generated from `spec/`, which
//! `hotpy spec` lists for VM engineers editing the spec.

use clap::{Parser, Subcommand};
use hotpy::generated::interp::INSTRUCTIONS;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "hotpy",
    version,
    about = "HotPy: a Python 3 VM built with gvmt"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// List the instructions generated from spec/: opcode, operands, stack effect, properties.
    Spec,
}

fn main() -> ExitCode {
    match Cli::parse().command {
        Command::Spec => {
            for i in INSTRUCTIONS.iter() {
                let operands: Vec<String> = i
                    .operands
                    .iter()
                    .map(|(n, k)| format!("{n}: {k:?}"))
                    .collect();
                let mut flags = Vec::new();
                for (on, name) in [
                    (i.raises, "raises"),
                    (i.may_gc, "may_gc"),
                    (i.deopts, "deopts"),
                    (i.jumps, "jumps"),
                    (i.returns, "returns"),
                ] {
                    if on {
                        flags.push(name.to_string());
                    }
                }
                if let Some(head) = i.family_head {
                    flags.push(format!("specialises {}", INSTRUCTIONS[head as usize].name));
                }
                let arrays: String = i
                    .array_inputs
                    .iter()
                    .map(|&a| format!(" + {}", i.operands[a].0))
                    .collect();
                println!(
                    "{:>3} {:<24} ({}) pops {}{arrays} pushes {}  [{}]",
                    i.opcode,
                    i.name,
                    operands.join(", "),
                    i.pops,
                    i.pushes,
                    flags.join(", ")
                );
            }
            ExitCode::SUCCESS
        }
    }
}
