//! The toy VM's context: heap, output, the program and its code, the frames calls run in, and
//! the hooks the generated interpreter calls (unwinding, compiling). Several toys can share
//! one heap on threads under the GIL ([`Toy::with_gil`]) or the STM ([`Toy::with_stm`],
//! module `stm`).

mod stm;

use crate::asm::{Program, assemble};
use crate::generated::{interp, jit, layouts};
use gvmt::gc::{Heap, HeapConfig, Mutator, ObjectModel, PlanKind};
use gvmt::jit::Jit;
use gvmt::rt::frame::{self, slot};
use gvmt::rt::{Code, JitState, StackLimit, Value, Values, Vm, VmCtx};
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
    pending: Option<ToyError>,
    program: Rc<Program>,
    /// Each function's code (its frames point here; a boxed slice, so they never move).
    codes: Box<[Code]>,
    output: String,
    echo: bool,
    /// Native re-entries into the interpreter.
    native_depth: usize,
    stack: Option<StackLimit>,
    jit: Option<Jit>,
    /// Functions the JIT refused, with the reason.
    pub jit_failures: Vec<(String, String)>,
    /// The lock this VM's thread shares its heap under, when several toys run on one heap
    /// (`gvmt::sync`: the same backend hotpy's Python threads use).
    gil: Option<Arc<gvmt::sync::Gil>>,
    /// The transaction bookkeeping while the toy runs under [`Toy::with_stm`].
    stm: Option<stm::StmState>,
    /// [`Toy::force_stm_aborts`]: every how many due transactions abort (0: none), and how
    /// many have been due.
    stm_abort_every: u64,
    stm_due: u64,
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

    /// A safepoint: stops for a collection, hands the GIL over when asked, and under the
    /// STM is an atomicity breakpoint (see module `stm`).
    fn poll(&mut self) -> Result<(), ToyError> {
        self.mutator.safepoint();
        self.stm_breakpoint()?;
        if self
            .mutator
            .ctx()
            .clear_interrupt(gvmt::rt::interrupt::TIME_SLICE)
            && let Some(gil) = self.gil.clone()
        {
            // Another toy asked for the lock: hand it over, detached while waiting.
            let word: *const std::sync::atomic::AtomicU32 = &self.mutator.ctx().interrupt;
            // SAFETY: the word is in this mutator's boxed context, alive through the call.
            self.mutator
                .blocking(|| gil.yield_to_waiter(unsafe { &*word }));
        }
        Ok(())
    }

    /// The toy has no handlers: an error pops every frame of this interpreter invocation,
    /// each adding its function and pc to the trace. An STM abort instead rolls the
    /// transaction back and puts its frame back (if it began in this invocation): `Ok`, and
    /// the dispatch loop goes on at the restored frame.
    fn unwind(&mut self, mut error: ToyError) -> Result<(), ToyError> {
        if error.is_stm_abort() && self.stm_restore_after_abort() {
            return Ok(());
        }
        loop {
            let ctx = self.mutator.ctx_mut();
            let f = ctx.frame;
            let index = frame::code(ctx, f).data;
            let pc = frame::get(ctx, f, slot::PC) as usize;
            let entry = frame::get(ctx, f, slot::FLAGS) & frame::flags::ENTRY != 0;
            frame::pop(ctx);
            error
                .trace
                .push((self.program.functions[index].name.clone(), pc));
            if entry {
                return Err(error);
            }
        }
    }

    /// Compiles every function before it first runs (in JIT mode); a refusal is recorded
    /// (the tests check there is none) and the function runs interpreted.
    fn compile(&mut self, code: &Code) -> Result<(), ToyError> {
        let Some(jit) = self.jit.as_mut() else {
            code.set_interpreted();
            return Ok(());
        };
        match jit.compile(code) {
            // SAFETY: compiled by `self.jit`, which lives as long as the VM runs, from this
            // code with the toy's instruction set.
            Ok((f, _)) => unsafe { code.set_compiled(f) },
            Err(e) => {
                let name = self.program.functions[code.data].name.clone();
                self.jit_failures.push((name, e.to_string()));
                code.set_interpreted();
            }
        }
        Ok(())
    }
}

/// The toy's object model for gvmt's collectors: its generated layouts.
pub fn object_model() -> ObjectModel {
    ObjectModel {
        layouts: &layouts::LAYOUTS,
        is_ref: layouts::is_ref,
        frame: layouts::FRAME,
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
            pending: None,
            program: Rc::new(Program::default()),
            codes: Box::new([]),
            output: String::new(),
            echo,
            native_depth: 0,
            stack: None,
            jit,
            jit_failures: vec![],
            gil: None,
            stm: None,
            stm_abort_every: 0,
            stm_due: 0,
        })
    }

    /// Runs `f` on this VM holding `gil` (taken detached, handed over at safepoints when
    /// another thread asks, released after): how several toys share one heap.
    pub fn with_gil<R>(&mut self, gil: &Arc<gvmt::sync::Gil>, f: impl FnOnce(&mut Toy) -> R) -> R {
        let word: *const std::sync::atomic::AtomicU32 = &self.mutator.ctx().interrupt;
        // SAFETY: as in `poll`.
        self.mutator.blocking(|| gil.acquire(unsafe { &*word }));
        self.gil = Some(Arc::clone(gil));
        let result = f(self);
        self.gil = None;
        gil.release();
        result
    }

    /// Loads an assembled program: each function becomes a [`Code`] (its constant pool a
    /// root range of the heap).
    pub fn load(&mut self, program: Program) {
        let heap = Arc::clone(self.mutator.heap());
        self.codes = program
            .functions
            .iter()
            .enumerate()
            .map(|(i, f)| {
                let nlocals = f.nlocals.max(f.nargs);
                Code::new(
                    &heap,
                    f.code.clone(),
                    f.consts.clone(),
                    nlocals,
                    f.max_stack,
                    i,
                )
            })
            .collect();
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
        self.codes
            .iter()
            .filter(|c| c.jit_state() == JitState::Compiled)
            .count()
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

    /// Allocates an object. Under the STM a full heap ends the transaction so that the next
    /// one's `begin` collects (a few times at most: other toys may fill it again meanwhile).
    pub(crate) fn alloc(&mut self, layout: usize, size: usize) -> Result<Value, ToyError> {
        let mut tries = 0;
        loop {
            match self.mutator.alloc(layout, size) {
                Ok(v) => return Ok(v),
                Err(e) => {
                    tries += 1;
                    if tries > 3 || !self.stm_out_of_memory()? {
                        return Err(ToyError::new("MemoryError", &e.to_string()));
                    }
                }
            }
        }
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

    /// A frame for a call of function `index` with `args` (the caller's array input), not on
    /// the chain yet: CALL enters it.
    pub(crate) fn frame_for(&mut self, index: usize, args: Values) -> Result<Value, ToyError> {
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
        let ctx = self.vmctx();
        if frame::get(ctx, ctx.frame, slot::DEPTH) as usize >= MAX_DEPTH {
            return Err(ToyError::new(
                "RecursionError",
                "maximum call depth exceeded",
            ));
        }
        let code: *const Code = &self.codes[index];
        // The arguments go from the caller's stack into the first locals, the other locals
        // start as the int 0; nothing keeps a toy frame but its chain, so once it returns the
        // next call reuses it. The toy's frame has no slots of its own.
        // SAFETY: the codes live (boxed) as long as the VM, which outlives every frame it runs.
        unsafe { interp::new_frame_with(self, &*code, args, Value(1), true, |_| ([], [])) }
    }

    /// Calls function `index` with `args` from Rust: its frame runs as an entry frame of a new
    /// interpreter invocation.
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
        if self.native_depth == 0 {
            self.stack = Some(StackLimit::here(STACK_BUDGET));
        }
        if self.stack.is_some_and(|s| s.exceeded()) {
            return Err(ToyError::new(
                "RecursionError",
                "maximum call depth exceeded",
            ));
        }
        let mark = self.mutator.handle_mark();
        let handles: Vec<_> = args.iter().map(|&a| self.mutator.root(a)).collect();
        let code: *const Code = &self.codes[index];
        // SAFETY: the codes live (boxed) as long as the VM, which outlives every frame it runs.
        let made = unsafe { interp::new_frame(self, &*code) };
        let f = match made {
            Ok(f) => f,
            Err(e) => {
                self.mutator.release_handles(mark);
                return Err(e);
            }
        };
        let nlocals = frame::get(self.vmctx(), f, slot::NLOCALS) as usize;
        for i in 0..nlocals {
            let v = handles.get(i).map_or(Value(1), |&h| self.mutator.get(h));
            frame::set_local(self.vmctx(), f, i, v);
        }
        self.mutator.release_handles(mark);
        frame::push_entry(self.mutator.ctx_mut(), f);
        self.native_depth += 1;
        let result = loop {
            let result = interp::run(self);
            // Under the STM, a transaction begun in this invocation must not be rolled back
            // after it returns: it becomes inevitable, or (if it had lost) it was rolled back
            // to a frame of this invocation, which runs again.
            if self.stm_leave_invocation() {
                break result;
            }
        };
        self.native_depth -= 1;
        result
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
