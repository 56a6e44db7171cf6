//! The `hotpy` command (the root package's binary; the VM itself is the `hotpy-vm` crate).
//!
//! `hotpy run FILE [ARGS]`, `hotpy FILE [ARGS]`, `hotpy -c CODE`, `hotpy -m MODULE [ARGS]`,
//! `hotpy spec`. hotpy's own options ([`VM_OPTIONS`]) may stand before or after the script
//! name; arguments after `--` go to the program.

mod repl;

use clap::{Parser, Subcommand};
use gvmt::gc::{Heap, HeapConfig, PlanKind};
use hotpy::compiler::{CompileError, compile_module};
use hotpy::generated::interp::INSTRUCTIONS;
use hotpy::interp::call::THREAD_STACK;
use hotpy::vm::{ThreadState, object_model};
use std::process::ExitCode;

/// The VM's own options, parsed by [`take_options`] wherever they stand (so that they are
/// not taken for the program's), listed in `--help`.
const VM_OPTIONS: &str = "VM options (before or after the program name):
  --gc=semispace|generational  The copying collector [default: semispace]
  --max-heap=SIZE              Heap limit, e.g. 256M or 2G [default: 1G]
  --gc-stats                   Print the collector's statistics at exit
  --jit=on|off                 Compile every function with Cranelift before it runs [default: off]
                               (under --sync=stm its loads and stores call the STM's barriers)
  --sync=gil|locks|stm         How Python threads share the VM [default: gil]: gil, a global
                               lock handed over every switch interval (sys.setswitchinterval);
                               locks, no global lock: threads run in parallel and writers lock
                               the mutable objects they change; stm, no global lock: threads
                               run transactions in parallel worlds (software transactional
                               memory) that commit or abort and run again. gil is the
                               default as the fastest for a program of one thread
                               (docs/benchmarks.md); locks and stm let threads run at once
  --worlds=N                   Worlds of --sync=stm: transactions that run at once [default: 8]
  --sync-stats                 Print the synchronization backend's statistics at exit: gil
                               hand-overs; locks acquired and contended; stm commits, aborts
                               (with their sites) and the CPU time aborts lost";

#[derive(Parser)]
#[command(
    name = "hotpy",
    version,
    about = "hotpy: a Python 3 VM built with gvmt",
    after_help = VM_OPTIONS,
    args_conflicts_with_subcommands = true
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// Run CODE as the program.
    #[arg(short = 'c', value_name = "CODE")]
    code: Option<String>,
    /// The program and its arguments.
    #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
    args: Vec<String>,
}

#[derive(Subcommand)]
enum Command {
    /// Run a Python program.
    #[command(after_help = VM_OPTIONS)]
    Run {
        file: String,
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
    /// List the instructions generated from spec/: opcode, operands, stack effect, properties.
    Spec,
    /// Print the bytecode a Python program compiles to.
    Dis { file: String },
}

/// hotpy's own options, taken from anywhere before `--`.
struct Options {
    plan: PlanKind,
    max_heap: usize,
    gc_stats: bool,
    jit: bool,
    sync: gvmt::sync::Backend,
    worlds: usize,
    sync_stats: bool,
}

fn parse_size(text: &str) -> Option<usize> {
    let (digits, scale) = match text.chars().last()? {
        'K' | 'k' => (&text[..text.len() - 1], 1 << 10),
        'M' | 'm' => (&text[..text.len() - 1], 1 << 20),
        'G' | 'g' => (&text[..text.len() - 1], 1 << 30),
        _ => (text, 1),
    };
    digits.parse::<usize>().ok()?.checked_mul(scale)
}

fn take_options(raw: Vec<String>) -> Result<(Options, Vec<String>), String> {
    let mut o = Options {
        plan: PlanKind::SemiSpace,
        max_heap: 1 << 30,
        gc_stats: false,
        jit: false,
        sync: gvmt::sync::Backend::Gil,
        worlds: gvmt::sync::StmConfig::default().worlds,
        sync_stats: false,
    };
    let mut rest = Vec::new();
    let mut passthrough = false;
    for a in raw {
        if passthrough {
            rest.push(a);
        } else if a == "--" {
            passthrough = true;
            rest.push(a);
        } else if let Some(v) = a.strip_prefix("--gc=") {
            o.plan = v.parse()?;
        } else if let Some(v) = a.strip_prefix("--max-heap=") {
            o.max_heap = parse_size(v)
                .ok_or_else(|| format!("--max-heap takes a size like 256M or 2G, not `{v}`"))?;
        } else if a == "--gc-stats" {
            o.gc_stats = true;
        } else if a == "--sync-stats" {
            o.sync_stats = true;
        } else if let Some(v) = a.strip_prefix("--sync=") {
            match v {
                "gil" => o.sync = gvmt::sync::Backend::Gil,
                "locks" => o.sync = gvmt::sync::Backend::Locks,
                "stm" => o.sync = gvmt::sync::Backend::Stm,
                _ => return Err(format!("--sync takes gil, locks or stm, not `{v}`")),
            }
        } else if let Some(v) = a.strip_prefix("--worlds=") {
            o.worlds = v
                .parse()
                .ok()
                .filter(|n| (1..=64).contains(n))
                .ok_or_else(|| format!("--worlds takes a number from 1 to 64, not `{v}`"))?;
        } else if let Some(v) = a.strip_prefix("--jit=") {
            o.jit = match v {
                "on" => true,
                "off" => false,
                _ => return Err(format!("--jit takes on or off, not `{v}`")),
            };
        } else {
            rest.push(a);
        }
    }
    Ok((o, rest))
}

fn main() -> ExitCode {
    // Signals go to the VM's thread (`signals::install`), not to this one, which waits.
    hotpy::signals::block_in_this_thread();
    let raw: Vec<String> = std::env::args().collect();
    let (options, rest) = match take_options(raw[1..].to_vec()) {
        Ok(x) => x,
        Err(e) => {
            eprintln!("hotpy: {e}");
            return ExitCode::from(2);
        }
    };
    if rest.first().is_some_and(|a| a == "-m") {
        // `-m MODULE ARGS`: everything after the module name is the program's.
        let Some(module) = rest.get(1).cloned() else {
            eprintln!("Argument expected for the -m option");
            return ExitCode::from(2);
        };
        let argv: Vec<String> = std::iter::once(String::new())
            .chain(rest[2..].iter().filter(|a| a.as_str() != "--").cloned())
            .collect();
        let status =
            gvmt::rt::run_with_stack(THREAD_STACK, move || run_module(&module, argv, &options));
        return ExitCode::from(status);
    }
    // `hotpy run FILE ARGS` and `hotpy FILE ARGS`: everything after the file name that is
    // not a VM option is the program's, `-h` and `--help` included (clap would take them).
    let file_at = match rest.first().map(String::as_str) {
        Some("run") if rest.get(1).is_some_and(|f| !f.starts_with('-')) => Some(1),
        Some(first)
            if !first.starts_with('-') && !matches!(first, "run" | "spec" | "dis" | "help") =>
        {
            Some(0)
        }
        _ => None,
    };
    if let Some(at) = file_at {
        let file = rest[at].clone();
        let mut argv = vec![file.clone()];
        let mut after = rest[at + 1..].to_vec();
        // The `--` that ended the VM options is not the program's (a later one is).
        if let Some(i) = after.iter().position(|a| a == "--") {
            after.remove(i);
        }
        argv.extend(after);
        let source = match read(&file) {
            Ok(s) => s,
            Err(status) => return status,
        };
        let status =
            gvmt::rt::run_with_stack(THREAD_STACK, move || run(&file, &source, argv, &options));
        return ExitCode::from(status);
    }
    let cli = Cli::parse_from(std::iter::once(raw[0].clone()).chain(rest));
    let program_args = |args: &[String]| -> Vec<String> {
        args.iter()
            .filter(|a| a.as_str() != "--")
            .cloned()
            .collect()
    };
    let (filename, source, argv) = match (cli.command, cli.code, cli.args.first()) {
        (Some(Command::Spec), _, _) => {
            list_instructions();
            return ExitCode::SUCCESS;
        }
        (Some(Command::Dis { file }), _, _) => return dis(&file),
        (Some(Command::Run { file, args }), _, _) => {
            let mut argv = vec![file.clone()];
            argv.extend(program_args(&args));
            (file.clone(), read(&file), argv)
        }
        (None, Some(code), _) => {
            let mut argv = vec!["-c".to_string()];
            argv.extend(program_args(&cli.args));
            ("<string>".to_string(), Ok(code), argv)
        }
        (None, None, Some(file)) => (file.clone(), read(file), program_args(&cli.args)),
        (None, None, None) => {
            let status = gvmt::rt::run_with_stack(THREAD_STACK, move || {
                let heap = new_heap(&options);
                let mut vm = ThreadState::on_heap(&heap);
                hotpy::signals::install(&vm);
                vm.set_program("", vec![String::new()]);
                begin(&mut vm, &options);
                let status = repl::run(&mut vm);
                end_threads(&mut vm, &options);
                status
            });
            return ExitCode::from(status);
        }
    };
    let source = match source {
        Ok(s) => s,
        Err(status) => return status,
    };
    let status = gvmt::rt::run_with_stack(THREAD_STACK, move || {
        run(&filename, &source, argv, &options)
    });
    ExitCode::from(status)
}

/// `hotpy dis FILE`.
fn dis(file: &str) -> ExitCode {
    let source = match read(file) {
        Ok(s) => s,
        Err(status) => return status,
    };
    match compile_module(&source, file) {
        Ok(module) => {
            print!("{}", hotpy::compiler::dis::disassemble(&module));
            ExitCode::SUCCESS
        }
        Err(e) => {
            report_compile_error(file, &source, &e);
            ExitCode::from(1)
        }
    }
}

/// The text of the program file `path` (decoded as its coding cookie says). A file that
/// cannot be read is reported as CPython does (status 2), and one that cannot be decoded as
/// its SyntaxError (status 1).
fn read(path: &str) -> Result<String, ExitCode> {
    let bytes = std::fs::read(path).map_err(|e| {
        eprintln!("hotpy: can't open file '{path}': {e}");
        ExitCode::from(2)
    })?;
    let absolute = hotpy::modules::absolute(path);
    hotpy::compiler::source_text::decode(&bytes, &absolute).map_err(|e| {
        report_compile_error(&absolute, &String::from_utf8_lossy(&bytes), &e);
        ExitCode::from(1)
    })
}

/// Compiles and runs a program; returns the exit status.
fn new_heap(options: &Options) -> std::sync::Arc<Heap> {
    let mut config = HeapConfig::new(options.plan).from_env();
    config.max_heap = options.max_heap;
    Heap::new(config, object_model())
}

/// The exit status for a program that ended (with `error`, if it raised), after printing its
/// traceback, or SystemExit's message.
fn finish(vm: &mut ThreadState, error: Option<hotpy::vm::Error>) -> u8 {
    vm.flush_stdout();
    let Some(e) = error else {
        return 0;
    };
    match vm.system_exit(&e) {
        Some((status, message)) => {
            if let Some(m) = message {
                eprintln!("{m}");
            }
            status
        }
        None => {
            eprint!("{}", hotpy::objects::exception::report::uncaught(vm, &e));
            vm.flush_stdout();
            if e.is("KeyboardInterrupt") {
                hotpy::signals::uninstall();
                hotpy::signals::exit_by_sigint();
            }
            1
        }
    }
}

fn run(filename: &str, source: &str, argv: Vec<String>, options: &Options) -> u8 {
    let heap = new_heap(options);
    // Tracebacks and SyntaxErrors name a script by its absolute path, as `__file__` does
    // (CPython's `co_filename`); `-c` code stays `<string>`.
    let absolute = if filename.starts_with('<') || filename.is_empty() {
        filename.to_string()
    } else {
        hotpy::modules::absolute(filename)
    };
    let filename = absolute.as_str();
    let status = match compile_module(source, filename) {
        Err(e) => {
            report_compile_error(filename, source, &e);
            1
        }
        Ok(module) => {
            let mut vm = ThreadState::on_heap(&heap);
            hotpy::signals::install(&vm);
            vm.set_program(filename, argv);
            if options.jit
                && let Err(e) = vm.enable_jit()
            {
                eprintln!("hotpy: the JIT is unavailable: {e}");
            }
            begin(&mut vm, options);
            let result = vm.run_module(&module);
            let status = finish(&mut vm, result.err());
            end_threads(&mut vm, options);
            status
        }
    };
    if options.gc_stats {
        eprintln!("{}", heap.stats());
    }
    status
}

/// Before the main program: chooses the sync backend and, under the GIL, takes it.
fn begin(vm: &mut ThreadState, options: &Options) {
    if options.sync == gvmt::sync::Backend::Stm {
        vm.interpreter().enable_stm(gvmt::sync::StmConfig {
            worlds: options.worlds,
            ..Default::default()
        });
    }
    vm.interpreter().set_sync(options.sync);
    vm.take_gil();
    vm.stm_enter();
}

/// After the main program: waits for `threading`'s non-daemon threads, runs the `atexit`
/// functions, prints the sync
/// statistics if asked, and gives up the GIL (daemon threads may run on until exit).
fn end_threads(vm: &mut ThreadState, options: &Options) {
    vm.run_exit_handlers();
    if options.sync_stats {
        match options.sync {
            gvmt::sync::Backend::Gil => {
                let stats = vm.interpreter().gil.stats();
                eprintln!(
                    "sync: gil: {} acquisitions, {} hand-overs to a waiting thread",
                    stats.acquisitions, stats.handovers
                );
            }
            gvmt::sync::Backend::Locks => {
                let stats = vm.interpreter().object_locks.stats();
                eprintln!(
                    "sync: locks: {} acquisitions, {} contended",
                    stats.acquisitions, stats.contended
                );
            }
            gvmt::sync::Backend::Stm => print_stm_stats(vm),
        }
    }
    vm.stm_exit();
    vm.release_gil();
}

/// `--sync-stats` under stm: commits, aborts and their top sites, and the CPU time lost in
/// aborted transactions against committed time (the seed paper's Table 2).
fn print_stm_stats(vm: &mut ThreadState) {
    vm.stm_exit();
    let Some(stm) = vm.interpreter().stm() else {
        return;
    };
    let s = stm.stats();
    eprintln!(
        "sync: stm: {} worlds, {} commits, {} aborts, {} inevitable, {:.1}% of committed time lost in aborts",
        stm.worlds(),
        s.commits,
        s.aborts,
        s.inevitable,
        s.aborted_percent()
    );
    for &(site, n) in s.abort_sites.iter().take(5) {
        eprintln!("sync: stm: {n} aborts at {}", vm.abort_site_name(site));
    }
}

/// `hotpy -m MODULE`: runs the module (or the package's `__main__`) as `__main__`, with
/// `sys.path[0]` the current directory; returns the exit status.
fn run_module(module: &str, argv: Vec<String>, options: &Options) -> u8 {
    let heap = new_heap(options);
    let mut vm = ThreadState::on_heap(&heap);
    hotpy::signals::install(&vm);
    vm.set_module_program(argv);
    if options.jit
        && let Err(e) = vm.enable_jit()
    {
        eprintln!("hotpy: the JIT is unavailable: {e}");
    }
    begin(&mut vm, options);
    let status = match hotpy::modules::run_module_as_main(&mut vm, module) {
        Ok(()) => finish(&mut vm, None),
        Err(hotpy::modules::RunModuleError::Raised(e)) => finish(&mut vm, Some(e)),
        Err(hotpy::modules::RunModuleError::NotFound(message)) => {
            vm.flush_stdout();
            eprintln!("hotpy: {message}");
            1
        }
    };
    end_threads(&mut vm, options);
    if options.gc_stats {
        eprintln!("{}", heap.stats());
    }
    status
}

/// CPython's layout: the file and line, the source line, a caret, then `Kind: message`.
fn report_compile_error(filename: &str, source: &str, e: &CompileError) {
    if matches!(e.kind, "SyntaxError" | "IndentationError" | "TabError") {
        eprint!("{}", e.location(filename, source));
    } else if e.kind == "RecursionError" {
        // CPython's compiler gives up before the module runs: no traceback.
    } else {
        eprintln!(
            "Traceback (most recent call last):\n  File \"{filename}\", line {}, in <module>",
            e.line
        );
    }
    eprintln!("{}: {}", e.kind, e.message);
}

fn list_instructions() {
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
}
