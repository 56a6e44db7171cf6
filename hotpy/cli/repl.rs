//! The interactive interpreter (`hotpy` with no program): prompts `>>> ` and `... `, line
//! editing and history (rustyline), multi-line blocks ended by an empty line, and the value of
//! each expression statement echoed as CPython does. Globals persist between inputs. When
//! stdin is not a terminal, it is read whole and run as a program (as `python3 < file` does).

use hotpy::compiler::{CompileError, compile_interactive, compile_module};
use hotpy::vm::ThreadState;
use rustyline::DefaultEditor;
use rustyline::error::ReadlineError;
use std::io::{IsTerminal, Read};

/// Runs the REPL on `vm`; returns the exit status.
pub fn run(vm: &mut ThreadState) -> u8 {
    if !std::io::stdin().is_terminal() {
        let mut source = String::new();
        if let Err(e) = std::io::stdin().read_to_string(&mut source) {
            eprintln!("hotpy: cannot read stdin: {e}");
            return 2;
        }
        return match compile_module(&source, "<stdin>") {
            Err(e) => {
                crate::report_compile_error("<stdin>", &source, &e);
                1
            }
            Ok(module) => {
                let error = vm.run_module(&module).err();
                crate::finish(vm, error)
            }
        };
    }
    let mut editor = match DefaultEditor::new() {
        Ok(e) => e,
        Err(e) => {
            eprintln!("hotpy: cannot start the line editor: {e}");
            return 2;
        }
    };
    eprintln!(
        "Python 3.11 compatible (hotpy {}, built with gvmt)\nType Ctrl-D to exit.",
        env!("CARGO_PKG_VERSION")
    );
    loop {
        let Some(source) = read_input(&mut editor) else {
            eprintln!();
            return 0;
        };
        if source.trim().is_empty() {
            continue;
        }
        let _ = editor.add_history_entry(source.trim_end());
        match compile_interactive(&source, "<stdin>", vm.main_globals()) {
            Err(e) => crate::report_compile_error("<stdin>", &source, &e),
            Ok(module) => {
                let result = vm.run_interactive(&module);
                vm.flush_stdout();
                if let Err(e) = result {
                    if let Some((status, message)) = vm.system_exit(&e) {
                        if let Some(m) = message {
                            eprintln!("{m}");
                        }
                        return status;
                    }
                    eprint!("{}", hotpy::objects::exception::report::report(vm, &e));
                }
            }
        }
    }
}

/// Reads one complete input: a line, or a block (continued with `... ` until an empty line,
/// or until brackets and strings are closed). `None` at end of input.
fn read_input(editor: &mut DefaultEditor) -> Option<String> {
    let mut source = String::new();
    let mut prompt = ">>> ";
    loop {
        match editor.readline(prompt) {
            Ok(line) => {
                let blank = line.trim().is_empty();
                source.push_str(&line);
                source.push('\n');
                let block = source.lines().any(ends_block_header);
                if block {
                    if blank {
                        return Some(source);
                    }
                } else if !incomplete(&source) {
                    return Some(source);
                }
                prompt = "... ";
            }
            Err(ReadlineError::Interrupted) => {
                eprintln!("KeyboardInterrupt");
                source.clear();
                prompt = ">>> ";
            }
            Err(_) => {
                return if source.is_empty() {
                    None
                } else {
                    Some(source)
                };
            }
        }
    }
}

/// True if a line opens a block (`if x:`, `def f():`, ... ; comments ignored).
fn ends_block_header(line: &str) -> bool {
    let code = line.split('#').next().unwrap_or("").trim_end();
    code.ends_with(':')
}

/// True if the source stops inside brackets, a string or a line continuation: the parser's
/// error is at the very end.
fn incomplete(source: &str) -> bool {
    if source.trim_end().ends_with('\\') {
        return true;
    }
    match compile_interactive(source, "<stdin>", vec![]) {
        Err(CompileError {
            kind: "SyntaxError",
            message,
            ..
        }) if message.ends_with("was never closed")
            || message.starts_with("unterminated triple-quoted") =>
        {
            true
        }
        Err(CompileError {
            kind: "SyntaxError",
            line,
            ..
        }) => {
            let last = source.trim_end().lines().count() as u32;
            let open = source.matches(['(', '[', '{']).count()
                > source.matches([')', ']', '}']).count()
                || source.matches("\"\"\"").count() % 2 == 1
                || source.matches("'''").count() % 2 == 1;
            open && line >= last
        }
        _ => false,
    }
}
