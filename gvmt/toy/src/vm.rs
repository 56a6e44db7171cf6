//! The toy VM's context: heap, output, the program, and the call path that runs a function
//! interpreted or compiled.

use crate::asm::{Program, assemble};
use crate::generated::{interp, jit, layouts};
use gvmt::gc::{Heap, HeapConfig, Mutator, ObjectModel, PlanKind};
use gvmt::jit::{CompiledFn, Jit, JitExit};
use gvmt::rt::{Frame, StackLimit, Value, Vm, VmCtx};
use std::fmt;
use std::rc::Rc;
use std::sync::Arc;

/// How functions run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Always the generated interpreter.
    Interp,
    /// Every function compiled on its first call (falls back to the interpreter if it cannot
    /// be compiled, and after a compiled function exits).
    Jit,
}

/// A toy exception: kind, message, and where it passed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ToyError {
    pub kind: String,
    pub message: String,
    pub trace: Vec<(String, usize)>,
}

impl ToyError {
    pub fn new(kind: &str, message: &str) -> ToyError {
        ToyError {
            kind: kind.to_string(),
            message: message.to_string(),
            trace: vec![],
        }
    }
}

impl fmt::Display for ToyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (func, pc) in self.trace.iter().rev() {
            writeln!(f, "  in {func} at pc {pc}")?;
        }
        write!(f, "{}: {}", self.kind, self.message)
    }
}

impl std::error::Error for ToyError {}

/// The toy language's own call-depth limit.
const MAX_DEPTH: usize = 10_000;
/// The VM thread's native stack, and how much of it calls may use.
const THREAD_STACK: usize = 256 << 20;
const STACK_BUDGET: usize = 240 << 20;

pub struct Toy {
    mutator: Mutator,
    /// Keys of the constant pools registered as roots.
    root_keys: Vec<usize>,
    pending: Option<ToyError>,
    program: Rc<Program>,
    output: String,
    echo: bool,
    depth: usize,
    stack: Option<StackLimit>,
    mode: Mode,
    jit: Option<Jit>,
    compiled: Vec<Option<CompiledFn>>,
    /// Functions the JIT refused, with the reason.
    pub jit_failures: Vec<(String, String)>,
}

impl Vm for Toy {
    type Error = ToyError;

    fn vmctx(&self) -> &VmCtx {
        self.mutator.ctx()
    }

    fn vmctx_mut(&mut self) -> &mut VmCtx {
        self.mutator.ctx_mut()
    }

    fn set_pending_error(&mut self, error: ToyError) {
        self.pending = Some(error);
    }

    fn take_pending_error(&mut self) -> Option<ToyError> {
        self.pending.take()
    }

    fn alloc_slow(&mut self, layout: usize, size: usize) -> Result<Value, ToyError> {
        self.alloc(layout, size)
    }

    fn poll(&mut self) -> Result<(), ToyError> {
        self.mutator.safepoint();
        Ok(())
    }
}

/// The toy's object model for gvmt's collectors: its generated layouts.
pub fn object_model() -> ObjectModel {
    ObjectModel {
        layouts: &layouts::LAYOUTS,
        is_ref: layouts::is_ref,
    }
}

impl Drop for Toy {
    fn drop(&mut self) {
        for key in self.root_keys.drain(..) {
            self.mutator.heap().remove_roots(key);
        }
    }
}

impl Toy {
    /// A VM with up to `heap_bytes` of heap, collected by `plan` (stress and verification
    /// from `HOTPY_GC_STRESS` / `HOTPY_GC_VERIFY`). `echo` also writes printed lines to stdout.
    pub fn new(mode: Mode, heap_bytes: usize, echo: bool) -> Result<Toy, ToyError> {
        Toy::with_plan(mode, PlanKind::SemiSpace, heap_bytes, echo)
    }

    pub fn with_plan(
        mode: Mode,
        plan: PlanKind,
        heap_bytes: usize,
        echo: bool,
    ) -> Result<Toy, ToyError> {
        let mut config = HeapConfig::new(plan).from_env();
        config.max_heap = heap_bytes;
        config.initial = config.initial.min(heap_bytes / 4);
        config.nursery = config.nursery.min(heap_bytes / 8);
        Toy::with_heap(mode, &Heap::new(config, object_model()), echo)
    }

    /// A VM on an existing heap (one mutator of it).
    pub fn with_heap(mode: Mode, heap: &Arc<Heap>, echo: bool) -> Result<Toy, ToyError> {
        let mutator = Mutator::new(heap);
        let jit = match mode {
            Mode::Jit => Some(
                Jit::new(jit::INSTRUCTION_SET)
                    .map_err(|e| ToyError::new("JitError", &e.to_string()))?,
            ),
            Mode::Interp => None,
        };
        Ok(Toy {
            mutator,
            root_keys: vec![],
            pending: None,
            program: Rc::new(Program::default()),
            output: String::new(),
            echo,
            depth: 0,
            stack: None,
            mode,
            jit,
            compiled: vec![],
            jit_failures: vec![],
        })
    }

    /// Loads an assembled program; its constant pools become roots of the heap.
    pub fn load(&mut self, mut program: Program) {
        self.compiled = vec![None; program.functions.len()];
        for f in &mut program.functions {
            // SAFETY: the pool's buffer is never resized again and lives in `self.program`
            // until this VM drops, which removes the registration first.
            let key = unsafe {
                self.mutator
                    .heap()
                    .add_roots(f.consts.as_mut_ptr(), f.consts.len())
            };
            self.root_keys.push(key);
        }
        self.program = Rc::new(program);
    }

    pub fn mutator(&mut self) -> &mut Mutator {
        &mut self.mutator
    }

    pub fn heap(&self) -> &Arc<Heap> {
        self.mutator.heap()
    }

    pub fn program(&self) -> &Program {
        &self.program
    }

    pub fn output(&self) -> &str {
        &self.output
    }

    /// Chooses what a failed guard does in code compiled from now on.
    pub fn set_deopt_policy(&mut self, policy: gvmt::jit::DeoptPolicy) {
        if let Some(jit) = self.jit.as_mut() {
            jit.deopt_policy = policy;
        }
    }

    /// Keeps the Cranelift IR of the last compiled function (see [`Toy::last_ir`]).
    pub fn keep_ir(&mut self) {
        if let Some(jit) = self.jit.as_mut() {
            jit.keep_ir = true;
        }
    }

    pub fn last_ir(&self) -> Option<&str> {
        self.jit.as_ref().and_then(|j| j.last_ir.as_deref())
    }

    /// Number of functions compiled so far.
    pub fn compiled_functions(&self) -> usize {
        self.compiled.iter().filter(|c| c.is_some()).count()
    }

    pub fn heap_used(&self) -> usize {
        self.heap().used()
    }

    pub(crate) fn write_line(&mut self, line: &str) {
        if self.echo {
            println!("{line}");
        }
        self.output.push_str(line);
        self.output.push('\n');
    }

    pub(crate) fn alloc(&mut self, layout: usize, size: usize) -> Result<Value, ToyError> {
        self.mutator
            .alloc(layout, size)
            .map_err(|e| ToyError::new("MemoryError", &e.to_string()))
    }

    pub fn type_name(&self, v: Value) -> &'static str {
        if crate::rt::int(v).is_some() {
            return "int";
        }
        if v.0 & 0xf == 0 && v.0 != 0 {
            let l = gvmt::rt::heap::layout_of(self.vmctx(), v);
            if let Some(info) = layouts::LAYOUTS.get(l) {
                return info.name;
            }
        }
        "unknown"
    }

    /// Text of a value: ints and floats as numbers, pairs as `(a, b)`.
    pub fn show(&self, v: Value) -> String {
        if let Some(i) = crate::rt::int(v) {
            return i.to_string();
        }
        if let Some(f) = crate::rt::float(self, v) {
            return format!("{f:?}");
        }
        match self.type_name(v) {
            "Pair" | "CountedPair" => {
                let (a, b) = (
                    layouts::Pair::first(self.vmctx(), v),
                    layouts::Pair::second(self.vmctx(), v),
                );
                format!("({}, {})", self.show(a), self.show(b))
            }
            other => format!("<{other}>"),
        }
    }

    /// Calls function `index` with `args`.
    pub fn invoke(&mut self, index: usize, args: &[Value]) -> Result<Value, ToyError> {
        let program = Rc::clone(&self.program);
        let func = program
            .functions
            .get(index)
            .ok_or_else(|| ToyError::new("CallError", &format!("no function {index}")))?;
        if args.len() != func.nargs {
            return Err(ToyError::new(
                "CallError",
                &format!(
                    "{} takes {} arguments, {} given",
                    func.name,
                    func.nargs,
                    args.len()
                ),
            ));
        }
        if self.depth == 0 {
            self.stack = Some(StackLimit::here(STACK_BUDGET));
        }
        // A call is a safepoint: the caller's frame is in memory.
        self.mutator.safepoint();
        if self.depth >= MAX_DEPTH || self.stack.is_some_and(|s| s.exceeded()) {
            return Err(ToyError::new(
                "RecursionError",
                "maximum call depth exceeded",
            ));
        }
        let mut locals = vec![Value(1); func.nlocals.max(args.len())];
        locals[..args.len()].copy_from_slice(args);
        let mut stack = vec![Value(1); func.max_stack];
        let frame = Frame::new(&func.code, &func.consts, &mut locals, &mut stack);
        // SAFETY: `frame` stays on this Rust stack until the `pop_frame` below.
        unsafe { self.mutator.push_frame(&frame) };
        self.depth += 1;
        let result = self.run_frame(index, &frame);
        self.depth -= 1;
        self.mutator.pop_frame();
        result.map_err(|mut e| {
            e.trace.push((func.name.clone(), frame.pc()));
            e
        })
    }

    fn run_frame(&mut self, index: usize, frame: &Frame<'_>) -> Result<Value, ToyError> {
        if self.mode == Mode::Jit
            && let Some(code) = self.compiled_code(index)
        {
            // SAFETY: `code` was compiled by `self.jit` (alive) from this function's
            // bytecode with the toy's generated instruction set.
            match unsafe { code.call(self, frame) } {
                JitExit::Return(v) => return Ok(v),
                JitExit::Raise => {
                    return Err(self
                        .pending
                        .take()
                        .unwrap_or_else(|| ToyError::new("SystemError", "lost error")));
                }
                JitExit::Exit => {}
            }
        }
        interp::interpret(self, frame)
    }

    fn compiled_code(&mut self, index: usize) -> Option<CompiledFn> {
        if let Some(c) = self.compiled[index] {
            return Some(c);
        }
        let jit = self.jit.as_mut()?;
        let func = &self.program.functions[index];
        if self.jit_failures.iter().any(|(n, _)| *n == func.name) {
            return None;
        }
        match jit.compile(&func.code) {
            Ok(c) => {
                self.compiled[index] = Some(c);
                Some(c)
            }
            Err(e) => {
                self.jit_failures.push((func.name.clone(), e.to_string()));
                None
            }
        }
    }
}

/// How to run a program.
#[derive(Clone, Debug)]
pub struct RunOptions {
    pub mode: Mode,
    pub plan: PlanKind,
    pub max_heap: usize,
    /// Nursery size for the generational collector (bytes; 0 for the default).
    pub nursery: usize,
    /// Collect at every allocation slow path (also `HOTPY_GC_STRESS=1`).
    pub stress: bool,
    /// Verify the heap around every collection (also `HOTPY_GC_VERIFY=1`).
    pub verify: bool,
    /// Write printed lines to stdout as well.
    pub echo: bool,
}

impl RunOptions {
    pub fn new(mode: Mode) -> RunOptions {
        RunOptions {
            mode,
            plan: PlanKind::SemiSpace,
            max_heap: 64 << 20,
            nursery: 0,
            stress: false,
            verify: false,
            echo: false,
        }
    }
}

/// What a run printed, and the collector's figures.
#[derive(Clone, Debug)]
pub struct RunResult {
    pub output: String,
    pub gc: gvmt::gc::GcStats,
}

/// Assembles `source` and runs its `main` function on a VM thread with a large native stack;
/// returns what it printed.
pub fn run_source(source: &str, mode: Mode, echo: bool) -> Result<String, ToyError> {
    let options = RunOptions {
        echo,
        ..RunOptions::new(mode)
    };
    run_with(source, &options).map(|r| r.output)
}

/// As [`run_source`], with every option.
pub fn run_with(source: &str, options: &RunOptions) -> Result<RunResult, ToyError> {
    let (source, options) = (source.to_string(), options.clone());
    gvmt::rt::run_with_stack(THREAD_STACK, move || run_here(&source, &options))
}

fn run_here(source: &str, options: &RunOptions) -> Result<RunResult, ToyError> {
    let mut config = HeapConfig::new(options.plan).from_env();
    config.max_heap = options.max_heap;
    config.initial = config.initial.min(options.max_heap / 4);
    config.nursery = config.nursery.min(options.max_heap / 8);
    if options.nursery > 0 {
        config.nursery = options.nursery;
    }
    config.stress |= options.stress;
    config.verify |= options.verify;
    let heap = Heap::new(config, object_model());
    let mut vm = Toy::with_heap(options.mode, &heap, options.echo)?;
    let program = assemble(source, &mut vm).map_err(|e| ToyError::new("AssemblyError", &e))?;
    let main = program
        .functions
        .iter()
        .position(|f| f.name == "main")
        .ok_or_else(|| ToyError::new("AssemblyError", "no function `main`"))?;
    vm.load(program);
    vm.invoke(main, &[])?;
    if let Some((name, why)) = vm.jit_failures.first() {
        return Err(ToyError::new(
            "JitError",
            &format!("could not compile `{name}`: {why}"),
        ));
    }
    Ok(RunResult {
        output: vm.output().to_string(),
        gc: heap.stats(),
    })
}
