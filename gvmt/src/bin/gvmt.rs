//! The `gvmt` command, for VM authors editing a spec: `gvmt check FILES...` reports every spec
//! error; `gvmt gen --interp|--jit|--layouts FILES...` prints the generated Rust.

use clap::{Args, Parser, Subcommand};
use gvmt::codegen::{self, Output};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "gvmt",
    version,
    about = "Check a gvmt VM specification and print the code generated from it"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check spec files (or directories of *.gvmt files); exit status 1 on any error.
    Check {
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Print generated Rust for spec files.
    Gen {
        #[command(flatten)]
        which: Which,
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
}

#[derive(Args)]
#[group(required = true, multiple = false)]
struct Which {
    /// The interpreter: dispatch loop, instruction table, multimethods, shims.
    #[arg(long)]
    interp: bool,
    /// The Cranelift emitter of every instruction.
    #[arg(long)]
    jit: bool,
    /// Object layouts: offsets, accessors, GC trace functions.
    #[arg(long)]
    layouts: bool,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let files = match &cli.command {
        Command::Check { files } | Command::Gen { files, .. } => files,
    };
    let sources = match codegen::load(files) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("gvmt: {e}");
            return ExitCode::FAILURE;
        }
    };
    let spec = match codegen::check_and_report(&sources) {
        Ok(spec) => spec,
        Err(report) => {
            eprint!("{report}");
            return ExitCode::FAILURE;
        }
    };
    match cli.command {
        Command::Check { .. } => {
            eprintln!(
                "gvmt: {} file(s) ok: {} instructions, {} ops, {} externs, {} layouts, {} multimethods, {} families",
                sources.len(),
                spec.instructions.len(),
                spec.ops.len(),
                spec.externs.len(),
                spec.layouts.len(),
                spec.multimethods.len(),
                spec.families.len()
            );
        }
        Command::Gen { which, .. } => {
            let output = if which.interp {
                Output::Interp
            } else if which.jit {
                Output::Jit
            } else {
                Output::Layouts
            };
            let names: Vec<String> = (0..sources.len())
                .map(|f| sources.name(f).to_string())
                .collect();
            print!("{}", codegen::generate_one(&spec, output, &names));
        }
    }
    ExitCode::SUCCESS
}
