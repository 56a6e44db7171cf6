//! Running code: loading compiled modules (constants become heap objects, registered as
//! roots), module globals, calls of Python and builtin functions, frames, recursion limits,
//! tracebacks, and the program's stdout.

use crate::compiler::Module;
use crate::compiler::code::{CodeObject, Constant, ExcSlot};
use crate::generated::layouts::{Builtin, Cell, Function};
use crate::generated::{interp, jit};
use crate::runtime::{self, NONE, UNBOUND, builtins};
use crate::vm::{Error, HotPy, TraceEntry};
use gvmt::jit::{CompiledFn, Jit, JitExit};
use gvmt::rt::{Frame, StackLimit, Value, Vm};
use std::io::Write;
use std::rc::Rc;

/// Python's default recursion limit (`sys.getrecursionlimit()`).
pub const RECURSION_LIMIT: usize = 1000;
/// The VM thread's native stack, and how much of it Python calls may use.
pub const THREAD_STACK: usize = 512 << 20;
const STACK_BUDGET: usize = 480 << 20;

/// A loaded code object: its constants as values (a registered root range).
pub(crate) struct Loaded {
    pub(crate) code: Rc<CodeObject>,
    consts: Vec<Value>,
    compiled: Option<CompiledFn>,
    jit_failed: bool,
    /// The module whose globals the code's LOAD_GLOBAL and STORE_GLOBAL use.
    pub(crate) module: usize,
}

pub struct ExecState {
    pub(crate) codes: Vec<Loaded>,
    /// Set by YIELD_VALUE: the frame that just returned was suspended, not finished.
    pub(crate) yielded: bool,
    /// Every module loaded (index 0 is `__main__`), with its globals.
    pub(crate) modules: Vec<crate::modules::ModuleState>,
    /// Where `import` looks for `NAME.py` (the main script's directory).
    pub search_path: Option<std::path::PathBuf>,
    /// `sys.argv`.
    pub argv: Vec<String>,
    /// `sys.getrecursionlimit()`.
    pub(crate) recursion_limit: usize,
    /// The return value of the iterator the last `yield from` step finished (a root while
    /// set: it is taken by the next instruction, before any allocation).
    pub(crate) return_value: Value,
    /// Str objects of identifiers ([`HotPy::name_str`]).
    names: rustc_hash::FxHashMap<&'static str, gvmt::gc::Pinned>,
    /// Interned strings ([`HotPy::intern`]).
    interned: std::collections::HashSet<&'static str>,
    /// The `random` module's generator (seeded on first use).
    pub(crate) random: Option<crate::modules::random::Twister>,
    pub(crate) root_keys: Vec<usize>,
    depth: usize,
    stack: Option<StackLimit>,
    /// Code indices of the running Python frames, innermost last.
    calls: Vec<usize>,
    /// Those frames (for `locals()`); an entry is valid while its frame runs.
    frames: Vec<*const Frame<'static>>,
    stdout: Vec<u8>,
    /// Each class's name and qualified name (interned).
    classes: Vec<(&'static str, &'static str)>,
    /// The shapes (hidden classes) of instances' attribute storage.
    pub(crate) shapes: crate::runtime::storage::Shapes,
    /// Class attribute lookups already made.
    pub(crate) lookups: crate::runtime::lookup_cache::LookupCache,
    /// Classes standing for builtin types without a constructor (`runtime/type_objects.rs`),
    /// by name and by class id.
    pub(crate) type_classes: rustc_hash::FxHashMap<&'static str, gvmt::gc::Pinned>,
    pub(crate) type_class_ids: rustc_hash::FxHashMap<u32, &'static str>,
    /// The builtin type each class deriving from one derives from, by class id.
    pub(crate) builtin_bases: rustc_hash::FxHashMap<u32, &'static str>,
    /// Modules made for `exec`/`eval` with a dict namespace, free for reuse.
    scratch_modules: Vec<usize>,
    /// `object` and the builtin exception classes (a registered root range).
    pub(crate) builtin_classes: Vec<Value>,
    /// One object per builtin function (a registered root range).
    pub(crate) builtin_objects: Vec<Value>,
    /// Compile every function on its first call.
    pub jit: Option<Jit>,
}

impl Default for ExecState {
    fn default() -> ExecState {
        ExecState {
            codes: vec![],
            yielded: false,
            modules: vec![],
            search_path: None,
            argv: vec![],
            recursion_limit: RECURSION_LIMIT,
            random: None,
            interned: Default::default(),
            names: Default::default(),
            return_value: NONE,
            root_keys: vec![],
            depth: 0,
            stack: None,
            calls: vec![],
            frames: vec![],
            stdout: vec![],
            classes: vec![],
            shapes: Default::default(),
            lookups: Default::default(),
            type_classes: Default::default(),
            type_class_ids: Default::default(),
            builtin_bases: Default::default(),
            scratch_modules: vec![],
            builtin_classes: vec![],
            builtin_objects: vec![],
            jit: None,
        }
    }
}

impl HotPy {
    /// Records a new class's name; returns its index in the class table.
    pub fn register_class(&mut self, name: String) -> usize {
        // Class names live as long as the VM, interned (a class statement in a loop makes
        // no new strings).
        let name = self.intern(&name);
        self.exec.classes.push((name, name));
        self.exec.classes.len() - 1
    }

    pub fn class_name(&self, id: usize) -> &'static str {
        self.exec.classes[id].0
    }

    /// The class's `__qualname__` (`Outer.Inner`, `f.<locals>.C`).
    pub fn class_qualname(&self, id: usize) -> &'static str {
        self.exec.classes[id].1
    }

    pub fn set_class_qualname(&mut self, id: usize, qualname: &str) {
        self.exec.classes[id].1 = self.intern(qualname);
    }

    /// Writes to the program's stdout (buffered; flushed at exit and before error reports).
    pub fn write_stdout(&mut self, text: &str) {
        self.exec.stdout.extend_from_slice(text.as_bytes());
        if self.exec.stdout.len() > 1 << 16 {
            self.flush_stdout();
        }
    }

    pub fn flush_stdout(&mut self) {
        let mut out = std::io::stdout().lock();
        // A closed stdout (a pipe whose reader left) ends output, not the VM.
        let _ = out.write_all(&self.exec.stdout);
        let _ = out.flush();
        self.exec.stdout.clear();
    }

    /// Sets `sys.argv` and the directory `import` searches (the script's).
    pub fn set_program(&mut self, filename: &str, argv: Vec<String>) {
        self.exec.argv = argv;
        self.exec.search_path = std::path::Path::new(filename).parent().map(|p| {
            if p.as_os_str().is_empty() {
                ".".into()
            } else {
                p.to_path_buf()
            }
        });
    }

    /// For an uncaught SystemExit: the exit status, and the message to print (CPython's rules:
    /// no argument or None is 0, an int is that status, anything else is printed with 1).
    pub fn system_exit(&mut self, e: &Error) -> Option<(u8, Option<String>)> {
        if !e.is("SystemExit") {
            return None;
        }
        let Some(pinned) = e.exception().and_then(|e| e.object.as_ref()) else {
            return Some((0, None));
        };
        let exc = self.mutator_ref().pinned(pinned);
        let args = runtime::exceptions::args(self, exc);
        let items = runtime::sequences::items(self, args).unwrap_or_default();
        let code = match items.as_slice() {
            [] => NONE,
            [one] => *one,
            _ => args,
        };
        if code == NONE {
            return Some((0, None));
        }
        if let Some(i) = runtime::as_int(code) {
            return Some((i as u8, None));
        }
        Some((1, Some(runtime::text::str_of(self, code))))
    }

    /// Compiles every function on first call from now on.
    pub fn enable_jit(&mut self) -> Result<(), String> {
        self.exec.jit = Some(Jit::new(jit::INSTRUCTION_SET).map_err(|e| e.to_string())?);
        Ok(())
    }

    /// Runs `module` as `__main__`.
    pub fn run_module(&mut self, module: &Module) -> Result<(), Error> {
        let id = self.new_module("__main__", module, None)?;
        self.run_module_body(id, module)
    }

    /// The global names of `__main__` so far (for compiling the next interactive input).
    pub fn main_globals(&self) -> Vec<String> {
        self.exec
            .modules
            .first()
            .map(|m| m.names.clone())
            .unwrap_or_default()
    }

    /// Runs one interactive input in `__main__`, whose globals grow with the names it adds.
    pub fn run_interactive(&mut self, module: &Module) -> Result<(), Error> {
        if self.exec.modules.is_empty() {
            return self.run_module(module);
        }
        self.run_in_module(0, module).map(|_| ())
    }

    /// The global names of the running module (for compiling `exec`/`eval` source).
    pub fn running_globals(&self) -> (usize, Vec<String>) {
        let m = self.current_module();
        let names = self
            .exec
            .modules
            .get(m)
            .map(|s| s.names.clone())
            .unwrap_or_default();
        (m, names)
    }

    /// Runs `module` (compiled against module `m`'s names) in module `m`, whose globals grow
    /// with the names it adds; returns what the code returns.
    pub fn run_in_module(&mut self, m: usize, module: &Module) -> Result<Value, Error> {
        if module.globals.len() > self.exec.modules[m].names.len() {
            self.grow_globals(
                m,
                module.globals[self.exec.modules[m].names.len()..].to_vec(),
            );
            if let Some(i) = module.globals.iter().position(|g| g == "__name__")
                && self.exec.modules[m].globals[i] == UNBOUND
            {
                let module_name = self.exec.modules[m].name.clone();
                let name = runtime::new_str(self, &module_name)?;
                self.exec.modules[m].globals[i] = name;
            }
        }
        let index = self.load_code(&module.code, m)?;
        self.run_code(index, &[], NONE)
    }

    /// Registers module `name` (its globals become a root range) before its body runs, so
    /// that circular imports find it; returns its index.
    pub(crate) fn new_module(
        &mut self,
        name: &str,
        module: &Module,
        file: Option<String>,
    ) -> Result<usize, Error> {
        let mut state = crate::modules::ModuleState::new(name, module.globals.clone(), file);
        let (ptr, len) = (state.globals.as_mut_ptr(), state.globals.len());
        // SAFETY: a module's globals vector is never resized after this and lives in
        // `self.exec.modules` until `Drop`, which removes the registration first.
        let key = unsafe { self.mutator().heap().add_roots(ptr, len) };
        self.exec.root_keys.push(key);
        state.root_key = Some(key);
        self.exec.modules.push(state);
        let id = self.exec.modules.len() - 1;
        if let Some(i) = module.globals.iter().position(|g| g == "__name__") {
            let text = runtime::new_str(self, name)?;
            self.exec.modules[id].globals[i] = text;
        }
        Ok(id)
    }

    /// Loads and runs the body of module `id`.
    pub(crate) fn run_module_body(&mut self, id: usize, module: &Module) -> Result<(), Error> {
        let index = self.load_code(&module.code, id)?;
        self.run_code(index, &[], NONE).map(|_| ())
    }

    /// The str object for an identifier the runtime looks up often (`__init__`, `__add__`):
    /// made once, then kept (pinned) for the VM's life.
    pub fn name_str(&mut self, name: &'static str) -> Result<Value, Error> {
        if let Some(p) = self.exec.names.get(name) {
            return Ok(self.mutator_ref().pinned(p));
        }
        let s = runtime::new_str(self, name)?;
        let pinned = self.mutator().pin(s);
        self.exec.names.insert(name, pinned);
        Ok(s)
    }

    /// A string that lives as long as the program (one copy per distinct text).
    pub fn intern(&mut self, text: &str) -> &'static str {
        if let Some(&s) = self.exec.interned.get(text) {
            return s;
        }
        let s: &'static str = Box::leak(text.to_string().into_boxed_str());
        self.exec.interned.insert(s);
        s
    }

    /// The name of the module whose code is running.
    pub fn current_module_name(&self) -> String {
        self.exec
            .modules
            .get(self.current_module())
            .map_or_else(|| "__main__".to_string(), |m| m.name.clone())
    }

    /// Adds global names (unbound) to module `m`, re-registering its globals as roots (the
    /// vector may move).
    fn grow_globals(&mut self, m: usize, names: Vec<String>) {
        if let Some(key) = self.exec.modules[m].root_key.take() {
            self.mutator().heap().remove_roots(key);
        }
        let state = &mut self.exec.modules[m];
        state
            .globals
            .resize(state.names.len() + names.len(), UNBOUND);
        state.names.extend(names);
        let (ptr, len) = (state.globals.as_mut_ptr(), state.globals.len());
        // SAFETY: as in `new_module`; the previous registration was removed above.
        let key = unsafe { self.mutator().heap().add_roots(ptr, len) };
        self.exec.root_keys.push(key);
        self.exec.modules[m].root_key = Some(key);
    }

    /// A module for running code against a dict namespace, with global `names` (all
    /// unbound); give it back with [`HotPy::release_scratch_module`].
    pub fn scratch_module(&mut self, names: &[String]) -> usize {
        let m = match self.exec.scratch_modules.pop() {
            Some(m) => m,
            None => {
                let state = crate::modules::ModuleState::new("<exec>", vec![], None);
                self.exec.modules.push(state);
                self.exec.modules.len() - 1
            }
        };
        if let Some(key) = self.exec.modules[m].root_key.take() {
            self.mutator().heap().remove_roots(key);
        }
        let state = &mut self.exec.modules[m];
        state.names.clear();
        state.globals.clear();
        self.grow_globals(m, names.to_vec());
        m
    }

    pub fn release_scratch_module(&mut self, m: usize) {
        let state = &mut self.exec.modules[m];
        state.globals.iter_mut().for_each(|g| *g = UNBOUND);
        self.exec.scratch_modules.push(m);
    }

    /// The global names of module `m` (bound or not).
    pub fn module_names(&self, m: usize) -> Vec<String> {
        self.exec.modules[m].names.clone()
    }

    /// Global `name` of module `m` (None when unbound).
    pub fn module_global(&self, m: usize, name: &str) -> Option<Value> {
        let state = self.exec.modules.get(m)?;
        let i = state.names.iter().position(|n| n == name)?;
        Some(state.globals[i]).filter(|&v| v != UNBOUND)
    }

    /// Sets (or with `UNBOUND`, deletes) global `name` of module `m`, adding the name if the
    /// module's code never mentioned it.
    pub fn set_module_global(&mut self, m: usize, name: &str, v: Value) {
        let i = match self.exec.modules[m].names.iter().position(|n| n == name) {
            Some(i) => i,
            None => {
                self.grow_globals(m, vec![name.to_string()]);
                self.exec.modules[m].names.len() - 1
            }
        };
        self.exec.modules[m].globals[i] = v;
    }

    /// The bound global names of module `m`.
    pub fn module_global_names(&self, m: usize) -> Vec<String> {
        let state = &self.exec.modules[m];
        state
            .names
            .iter()
            .zip(&state.globals)
            .filter(|&(_, &v)| v != UNBOUND)
            .map(|(n, _)| n.clone())
            .collect()
    }

    /// The bound global names of the running module and their values.
    pub fn running_global_values(&self) -> Vec<(String, Value)> {
        let state = &self.exec.modules[self.current_module()];
        state
            .names
            .iter()
            .zip(&state.globals)
            .filter(|&(_, &v)| v != UNBOUND)
            .map(|(n, &v)| (n.clone(), v))
            .collect()
    }

    /// The bound local variables of the innermost Python frame (cells read through), or None
    /// when that frame runs a module body.
    pub fn running_local_values(&self) -> Option<Vec<(String, Value)>> {
        let (&index, &frame) = self.exec.calls.last().zip(self.exec.frames.last())?;
        let code = &self.exec.codes[index].code;
        if code.name == "<module>" {
            return None;
        }
        // SAFETY: the entry is popped before its frame's `run_frame_in` returns, so the frame
        // is alive; only this thread runs it, and it is here, reading.
        let frame = unsafe { &*frame };
        let locals: Vec<Value> = (0..frame.locals_len()).map(|i| frame.local(i)).collect();
        let cells = &code.cells;
        Some(
            code.varnames
                .iter()
                .zip(locals)
                .enumerate()
                .filter_map(|(i, (name, v))| {
                    let v = if cells.contains(&i) || code.frees.contains(&i) {
                        crate::generated::layouts::Cell::value(self.vmctx(), v)
                    } else {
                        v
                    };
                    (v != UNBOUND).then(|| (name.clone(), v))
                })
                .collect(),
        )
    }

    /// The module whose code is running (the main module outside any frame).
    pub(crate) fn current_module(&self) -> usize {
        self.exec
            .calls
            .last()
            .map_or(0, |&c| self.exec.codes[c].module)
    }

    /// Loads a code object of module `module` and those nested in its constants; returns its
    /// index.
    fn load_code(&mut self, code: &Rc<CodeObject>, module: usize) -> Result<usize, Error> {
        let mark = self.mutator().handle_mark();
        let mut handles = Vec::new();
        for c in &code.constants {
            let v = match c {
                Constant::None => NONE,
                Constant::Ellipsis => runtime::ELLIPSIS,
                Constant::Bool(b) => runtime::py_bool(*b),
                Constant::Int(i) => runtime::bigint::from_i128(self, *i as i128)?,
                Constant::BigInt(digits) => {
                    let lower = digits.to_ascii_lowercase().replace('_', "");
                    let (radix, text) = match lower.get(..2) {
                        Some("0x") => (16, &lower[2..]),
                        Some("0o") => (8, &lower[2..]),
                        Some("0b") => (2, &lower[2..]),
                        _ => (10, lower.as_str()),
                    };
                    let value = runtime::bigint::parse(text, radix)
                        .ok_or_else(|| Error::new("SystemError", "bad int constant"))?;
                    runtime::bigint::from_big(self, &value)?
                }
                Constant::Float(f) => runtime::box_float(self, *f)?,
                Constant::Str(s) => runtime::new_str(self, s)?,
                Constant::Bytes(b) => runtime::bytes::new_bytes(self, b)?,
                Constant::Code(inner) => {
                    let index = self.load_code(inner, module)?;
                    let f = self.alloc(Function::ID, Function::FIXED_SIZE)?;
                    Function::set_code(self.vmctx(), f, index as i64);
                    Function::set_defaults(self.vmctx(), f, NONE);
                    Function::set_closure(self.vmctx(), f, NONE);
                    Function::set_kwdefaults(self.vmctx(), f, NONE);
                    Function::set_attrs(self.vmctx(), f, NONE);
                    f
                }
            };
            handles.push(self.mutator().root(v));
        }
        let mut consts: Vec<Value> = handles.iter().map(|&h| self.mutator().get(h)).collect();
        self.mutator().release_handles(mark);
        // SAFETY: the constants vector is never resized again and lives in `self.exec.codes`
        // until `Drop`, which removes the registration first.
        let key = unsafe {
            self.mutator()
                .heap()
                .add_roots(consts.as_mut_ptr(), consts.len())
        };
        self.exec.root_keys.push(key);
        self.exec.codes.push(Loaded {
            code: Rc::clone(code),
            consts,
            compiled: None,
            jit_failed: false,
            module,
        });
        Ok(self.exec.codes.len() - 1)
    }

    pub fn load_global(&mut self, index: usize) -> Result<Value, Error> {
        let module = &self.exec.modules[self.current_module()];
        let v = module.globals[index];
        if v != UNBOUND {
            return Ok(v);
        }
        let name = &module.names[index];
        if name == "NotImplemented" {
            return Ok(runtime::dunder::NOT_IMPLEMENTED);
        }
        if name == "Ellipsis" {
            return Ok(runtime::ELLIPSIS);
        }
        if let Some(id) = runtime::exceptions::class_index(name) {
            return runtime::exceptions::builtin_class(self, id);
        }
        match builtins::index_of(name).filter(|_| !name.contains('.')) {
            Some(id) => builtins::builtin_object(self, id),
            None => Err(Error::new(
                "NameError",
                format!("name '{name}' is not defined"),
            )),
        }
    }

    /// `del name` for a global: NameError if it is unbound.
    pub fn delete_global(&mut self, index: usize) -> Result<(), Error> {
        let m = self.current_module();
        let module = &mut self.exec.modules[m];
        if module.globals[index] == UNBOUND {
            let name = &module.names[index];
            return Err(Error::new(
                "NameError",
                format!("name '{name}' is not defined"),
            ));
        }
        module.globals[index] = UNBOUND;
        Ok(())
    }

    pub fn store_global(&mut self, index: usize, v: Value) {
        let m = self.current_module();
        self.exec.modules[m].globals[index] = v;
    }

    /// The name of a function object.
    pub fn function_name(&self, f: Value) -> Option<&str> {
        if runtime::type_name(self, f) != "function" {
            return None;
        }
        let index = Function::code(self.vmctx(), f) as usize;
        self.exec.codes.get(index).map(|l| l.code.name.as_str())
    }

    /// The docstring of a function object.
    pub fn function_doc(&self, f: Value) -> Option<String> {
        let index = Function::code(self.vmctx(), f) as usize;
        self.exec.codes.get(index).and_then(|l| l.code.doc.clone())
    }

    /// The qualified name of a function object.
    pub fn function_qualname(&self, f: Value) -> Option<&str> {
        if runtime::type_name(self, f) != "function" {
            return None;
        }
        let index = Function::code(self.vmctx(), f) as usize;
        self.exec.codes.get(index).map(|l| l.code.qualname.as_str())
    }

    /// Calls `callable` with positional `args`.
    pub fn call(
        &mut self,
        callable: Value,
        args: &[Value],
        kwargs: &[(String, Value)],
    ) -> Result<Value, Error> {
        match runtime::type_name(self, callable) {
            "function" => {
                let index = Function::code(self.vmctx(), callable) as usize;
                let code = Rc::clone(&self.exec.codes[index].code);
                let closure = Function::closure(self.vmctx(), callable);
                if kwargs.is_empty() && code.simple_call(args.len()) {
                    return self.run_code(index, args, closure);
                }
                let ctx = self.vmctx();
                let defaults = Function::defaults(ctx, callable);
                let kwdefaults = Function::kwdefaults(ctx, callable);
                let defaults = runtime::sequences::items(self, defaults).unwrap_or_default();
                let kwdefaults = if kwdefaults == NONE {
                    vec![]
                } else {
                    runtime::dicts::entries(self, kwdefaults)
                        .into_iter()
                        .filter_map(|(k, v)| runtime::str_value(self, k).map(|k| (k, v)))
                        .collect()
                };
                let bound = bind_arguments(&code, args, kwargs, &defaults, &kwdefaults)?;
                let locals = self.collect_extras(bound, closure)?;
                let closure = locals.pop_closure;
                self.run_code(index, &locals.values, closure)
            }
            "builtin_function_or_method" => {
                let id = Builtin::id(self.vmctx(), callable) as usize;
                if runtime::builtin_subclasses::takes_values(id)
                    && args
                        .iter()
                        .any(|&a| runtime::builtin_subclasses::value_of(self, a).is_some())
                {
                    // Numeric builtins see the value of an int or float subclass instance.
                    let args: Vec<Value> = args
                        .iter()
                        .map(|&a| runtime::builtin_subclasses::value_of(self, a).unwrap_or(a))
                        .collect();
                    return (builtins::BUILTINS[id].1)(self, &args, kwargs);
                }
                (builtins::BUILTINS[id].1)(self, args, kwargs)
            }
            "method-wrapper" => {
                runtime::builtin_subclasses::call_wrapper(self, callable, args, kwargs)
            }
            "type" if runtime::classes::is_class(self, callable) => {
                runtime::classes::instantiate(self, callable, args, kwargs)
            }
            "method" => {
                let (function, receiver) = runtime::classes::unbind(self, callable);
                let mut full = Vec::with_capacity(args.len() + 1);
                full.push(receiver);
                full.extend_from_slice(args);
                self.call(function, &full, kwargs)
            }
            "builtin_method" => runtime::attributes::call_method(self, callable, args, kwargs),
            _ if runtime::classes::is_instance(self, callable) => {
                let mark = self.mutator().handle_mark();
                let handles: Vec<_> = std::iter::once(callable)
                    .chain(args.iter().copied())
                    .chain(kwargs.iter().map(|(_, v)| *v))
                    .map(|v| self.mutator().root(v))
                    .collect();
                let found = runtime::dunder::method(self, callable, "__call__");
                let mut full: Vec<Value> = handles.iter().map(|&h| self.mutator().get(h)).collect();
                self.mutator().release_handles(mark);
                let kwargs: Vec<(String, Value)> = kwargs
                    .iter()
                    .map(|(k, _)| k.clone())
                    .zip(full.split_off(args.len() + 1))
                    .collect();
                match found? {
                    Some(f) => self.call(f, &full, &kwargs),
                    None => Err(Error::new(
                        "TypeError",
                        format!(
                            "'{}' object is not callable",
                            runtime::type_name(self, full[0])
                        ),
                    )),
                }
            }
            kind => Err(Error::new(
                "TypeError",
                format!("'{kind}' object is not callable"),
            )),
        }
    }

    /// The name of local `index` of the innermost running code.
    pub fn running_local_name(&self, index: usize) -> String {
        self.exec
            .calls
            .last()
            .and_then(|&c| self.exec.codes[c].code.varnames.get(index).cloned())
            .unwrap_or_else(|| format!("#{index}"))
    }

    /// True if local `index` of the innermost running code is a free variable.
    pub fn running_local_is_free(&self, index: usize) -> bool {
        self.exec
            .calls
            .last()
            .is_some_and(|&c| self.exec.codes[c].code.frees.contains(&index))
    }

    /// Runs code `index` with `args` bound to its parameters and `closure` (a tuple of cells,
    /// or None) to its free variables.
    fn run_code(&mut self, index: usize, args: &[Value], closure: Value) -> Result<Value, Error> {
        let code = Rc::clone(&self.exec.codes[index].code);
        if args.len() != code.nargs + code.kwonly + code.varargs as usize + code.varkw as usize {
            return Err(arity_error(&code, args.len(), 0, &[]));
        }
        let mut locals = self.initial_locals(&code, args, closure)?;
        if code.is_generator {
            return crate::generators::new_generator(self, index, &locals);
        }
        let mut stack = vec![NONE; code.max_stack];
        self.run_frame_in(index, &mut locals, &mut stack, 0, 0, None)
            .result
    }

    /// The locals a call of `code` starts with: the bound arguments, unbound slots, and the
    /// cells of captured and free variables.
    pub(crate) fn initial_locals(
        &mut self,
        code: &CodeObject,
        args: &[Value],
        closure: Value,
    ) -> Result<Vec<Value>, Error> {
        let mut locals = vec![UNBOUND; code.varnames.len().max(args.len())];
        locals[..args.len()].copy_from_slice(args);
        if !code.cells.is_empty() || !code.frees.is_empty() {
            self.make_cells(code, &mut locals, closure)?;
        }
        Ok(locals)
    }

    /// Runs code `index` in a frame over `locals` and `stack` from `pc` and `sp` (a new call
    /// starts at 0, 0; a generator resumes where it stopped), with `throw` raised first at `pc`
    /// if given. Checks the recursion limits, registers the frame as a root, and adds the
    /// frame to the traceback of an escaping exception.
    pub(crate) fn run_frame_in(
        &mut self,
        index: usize,
        locals: &mut [Value],
        stack: &mut [Value],
        pc: usize,
        sp: usize,
        throw: Option<Error>,
    ) -> FrameRun {
        let code = Rc::clone(&self.exec.codes[index].code);
        if self.exec.depth == 0 {
            self.exec.stack = Some(StackLimit::here(STACK_BUDGET));
        }
        if self.exec.depth >= self.exec.recursion_limit
            || self.exec.stack.is_some_and(|s| s.exceeded())
        {
            return FrameRun {
                result: Err(Error::new(
                    "RecursionError",
                    "maximum recursion depth exceeded",
                )),
                pc,
                sp,
            };
        }
        self.mutator().safepoint();
        if let Err(e) = crate::signals::check() {
            return FrameRun {
                result: Err(e),
                pc,
                sp,
            };
        }
        // The constants live in `self.exec.codes[index]`, which is never removed while running.
        let consts: *const [Value] = self.exec.codes[index].consts.as_slice();
        // SAFETY: see above: the constant vector outlives this call and is not resized.
        let frame = Frame::new(&code.code, unsafe { &*consts }, locals, stack);
        frame.set_pc(pc);
        frame.set_sp(sp);
        // SAFETY: `frame` stays on this Rust stack until the `pop_frame` below.
        unsafe { self.mutator().push_frame(&frame) };
        self.exec.depth += 1;
        self.exec.calls.push(index);
        self.exec.frames.push((&frame as *const Frame<'_>).cast());
        let first = match throw {
            Some(e) => Err(e),
            None => self.run_frame_once(index, &frame),
        };
        let result = self.run_frame(index, &frame, first);
        self.exec.frames.pop();
        self.exec.calls.pop();
        self.exec.depth -= 1;
        self.mutator().pop_frame();
        let depth = self.exec.depth + 1;
        let result = result.map_err(|mut error| {
            let Some(e) = error.exception_mut() else {
                return error;
            };
            // A frame that caught the exception and raised it again is already listed.
            if !e
                .traceback
                .iter()
                .any(|t| t.depth == depth && t.function == code.name)
            {
                e.traceback.push(TraceEntry {
                    filename: code.filename.clone(),
                    line: code.line_at(frame.pc()),
                    function: code.name.clone(),
                    depth,
                });
            }
            error
        });
        FrameRun {
            result,
            pc: frame.pc(),
            sp: frame.sp(),
        }
    }

    /// Puts cells in the locals that inner functions capture (holding the argument, for a
    /// parameter) and the closure's cells in the free variables' slots.
    fn make_cells(
        &mut self,
        code: &CodeObject,
        locals: &mut [Value],
        closure: Value,
    ) -> Result<(), Error> {
        let mark = self.mutator().handle_mark();
        let handles: Vec<_> = locals.iter().map(|&v| self.mutator().root(v)).collect();
        let hc = self.mutator().root(closure);
        let result = (|| {
            for &slot in &code.cells {
                let cell = self.alloc(Cell::ID, Cell::FIXED_SIZE)?;
                let content = self.mutator().get(handles[slot]);
                Cell::set_value(self.vmctx(), cell, content);
                self.mutator().set(handles[slot], cell);
            }
            let closure = self.mutator().get(hc);
            let cells = runtime::sequences::items(self, closure).unwrap_or_default();
            for (&slot, cell) in code.frees.iter().zip(cells) {
                self.mutator().set(handles[slot], cell);
            }
            Ok(())
        })();
        for (slot, h) in locals.iter_mut().zip(&handles) {
            *slot = self.mutator().get(*h);
        }
        self.mutator().release_handles(mark);
        result
    }

    /// Runs a frame to its return, handling exceptions with the code's handler table: a caught
    /// exception becomes an object on the cut stack and execution goes on at the handler.
    fn run_frame(
        &mut self,
        index: usize,
        frame: &Frame<'_>,
        first: Result<Value, Error>,
    ) -> Result<Value, Error> {
        let mut result = first;
        loop {
            let error = match result {
                Ok(v) => return Ok(v),
                Err(e) => self.chain_context(index, frame, e),
            };
            // An unwind passes every handler.
            let Error::Exception(exception) = &error else {
                return Err(error);
            };
            let Some(handler) = self.exec.codes[index].code.handler_at(frame.pc()) else {
                return Err(error);
            };
            let mut entries = exception.traceback.clone();
            let exc = runtime::exceptions::to_object(self, &error)?;
            // Keep the frames so far, and this frame at the raising line, with the object.
            let code = &self.exec.codes[index].code;
            if !entries
                .iter()
                .any(|t| t.depth == self.exec.depth && t.function == code.name)
            {
                entries.push(TraceEntry {
                    filename: code.filename.clone(),
                    line: code.line_at(frame.pc()),
                    function: code.name.clone(),
                    depth: self.exec.depth,
                });
            }
            let exc = runtime::exceptions::remember_traceback(self, exc, &entries)?;
            frame.set_sp(handler.depth);
            frame.stack_set(handler.depth, exc);
            frame.set_sp(handler.depth + 1);
            frame.set_pc(handler.target);
            result = interp::interpret(self, frame);
        }
    }

    /// `error` with the exception this frame is handling at its pc (if any) as `__context__`.
    fn chain_context(&mut self, index: usize, frame: &Frame<'_>, error: Error) -> Error {
        let loaded = &self.exec.codes[index];
        let handled = match loaded.code.handling_at(frame.pc()) {
            None => return error,
            Some(ExcSlot::Local(i)) => frame.local(i),
            Some(ExcSlot::Global(i)) => self.exec.modules[loaded.module]
                .globals
                .get(i)
                .copied()
                .unwrap_or(UNBOUND),
        };
        runtime::chaining::attach_context(self, error, handled)
    }

    fn run_frame_once(&mut self, index: usize, frame: &Frame<'_>) -> Result<Value, Error> {
        if let Some(compiled) = self.compiled(index) {
            // SAFETY: compiled by `self.exec.jit` (alive) from this code with hotpy's
            // instruction set.
            match unsafe { compiled.call(self, frame) } {
                JitExit::Return(v) => return Ok(v),
                JitExit::Raise => {
                    return Err(self
                        .take_pending_error()
                        .unwrap_or_else(|| Error::new("SystemError", "lost error")));
                }
                JitExit::Exit => {}
            }
        }
        interp::interpret(self, frame)
    }

    fn compiled(&mut self, index: usize) -> Option<CompiledFn> {
        let loaded = &mut self.exec.codes[index];
        if loaded.code.is_generator {
            // Generators resume in the middle of their code: the interpreter runs them.
            return None;
        }
        if loaded.compiled.is_some() || loaded.jit_failed {
            return loaded.compiled;
        }
        let jit = self.exec.jit.as_mut()?;
        match jit.compile(&loaded.code.code) {
            Ok(c) => loaded.compiled = Some(c),
            Err(_) => loaded.jit_failed = true,
        }
        loaded.compiled
    }

    /// Unregisters the roots this VM registered (before its memory goes).
    pub(crate) fn release_roots(&mut self) {
        for key in std::mem::take(&mut self.exec.root_keys) {
            self.mutator().heap().remove_roots(key);
        }
    }
}

/// Arguments bound to a code object's parameters: the positional and keyword-only slots, then
/// what goes to `*args` and `**kwargs` (made into a tuple and a dict by the caller).
struct Bound {
    fixed: Vec<Value>,
    extra_positional: Option<Vec<Value>>,
    extra_keywords: Option<Vec<(String, Value)>>,
}

/// The locals a call starts with, and the closure (kept current across the allocations).
struct Entry {
    values: Vec<Value>,
    pop_closure: Value,
}

impl HotPy {
    /// Makes the `*args` tuple and `**kwargs` dict of a bound call (rooting everything across
    /// the allocations) and returns the full list of initial locals.
    fn collect_extras(&mut self, bound: Bound, closure: Value) -> Result<Entry, Error> {
        if bound.extra_positional.is_none() && bound.extra_keywords.is_none() {
            return Ok(Entry {
                values: bound.fixed,
                pop_closure: closure,
            });
        }
        let mark = self.mutator().handle_mark();
        let hc = self.mutator().root(closure);
        let fixed: Vec<_> = bound
            .fixed
            .iter()
            .map(|&v| self.mutator().root(v))
            .collect();
        let extra: Vec<_> = bound
            .extra_positional
            .iter()
            .flatten()
            .map(|&v| self.mutator().root(v))
            .collect();
        let keywords: Vec<_> = bound
            .extra_keywords
            .iter()
            .flatten()
            .map(|(k, v)| (k.clone(), self.mutator().root(*v)))
            .collect();
        let result = (|| {
            let mut tail = Vec::new();
            if bound.extra_positional.is_some() {
                let values: Vec<Value> = extra.iter().map(|&h| self.mutator().get(h)).collect();
                let tuple = runtime::sequences::new_tuple(self, &values)?;
                tail.push(self.mutator().root(tuple));
            }
            if bound.extra_keywords.is_some() {
                let d = runtime::dicts::new_dict(self, keywords.len())?;
                let hd = self.mutator().root(d);
                for (k, h) in &keywords {
                    let key = runtime::new_str(self, k)?;
                    let (d, v) = (self.mutator().get(hd), self.mutator().get(*h));
                    runtime::dicts::set(self, d, key, v)?;
                }
                tail.push(hd);
            }
            let values = fixed
                .iter()
                .chain(&tail)
                .map(|&h| self.mutator().get(h))
                .collect();
            Ok(Entry {
                values,
                pop_closure: self.mutator().get(hc),
            })
        })();
        self.mutator().release_handles(mark);
        result
    }
}

/// CPython's list of names in an error: `'a'`, `'a' and 'b'`, `'a', 'b' and 'c'`.
fn name_list(names: &[String]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match quoted.as_slice() {
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
        [] => String::new(),
    }
}

/// How a frame run ended: its result, and where the frame stopped.
pub(crate) struct FrameRun {
    pub result: Result<Value, Error>,
    pub pc: usize,
    pub sp: usize,
}

/// Binds positional and keyword arguments and default values to the parameters (CPython's
/// errors for unknown, repeated and missing names).
fn bind_arguments(
    code: &CodeObject,
    args: &[Value],
    kwargs: &[(String, Value)],
    defaults: &[Value],
    kwdefaults: &[(String, Value)],
) -> Result<Bound, Error> {
    let name = &code.qualname;
    let (n, k) = (code.nargs, code.kwonly);
    if args.len() > n && !code.varargs {
        return Err(arity_error(code, args.len(), defaults.len(), kwargs));
    }
    let mut slots: Vec<Option<Value>> = args.iter().take(n).map(|&a| Some(a)).collect();
    slots.resize(n + k, None);
    let extra_positional = code.varargs.then(|| args.iter().skip(n).copied().collect());
    let mut extra_keywords = code.varkw.then(Vec::new);
    for (key, v) in kwargs {
        let position = code.varnames[code.posonly..n + k]
            .iter()
            .position(|p| p == key)
            .map(|i| i + code.posonly);
        match (position, &mut extra_keywords) {
            (Some(i), _) => {
                if slots[i].is_some() {
                    return Err(Error::new(
                        "TypeError",
                        format!("{name}() got multiple values for argument '{key}'"),
                    ));
                }
                slots[i] = Some(*v);
            }
            (None, Some(extra)) => extra.push((key.clone(), *v)),
            (None, None) => {
                let message = if code.varnames[..code.posonly].contains(key) {
                    format!(
                        "{name}() got some positional-only arguments passed as keyword arguments: '{key}'"
                    )
                } else {
                    format!("{name}() got an unexpected keyword argument '{key}'")
                };
                return Err(Error::new("TypeError", message));
            }
        }
    }
    let first_default = n - defaults.len().min(n);
    for (i, slot) in slots.iter_mut().enumerate().take(n) {
        if slot.is_none() && i >= first_default {
            *slot = Some(defaults[i - first_default]);
        }
    }
    for (i, slot) in slots.iter_mut().enumerate().skip(n) {
        if slot.is_none() {
            let param = &code.varnames[i];
            *slot = kwdefaults.iter().find(|(k, _)| k == param).map(|&(_, v)| v);
        }
    }
    let missing = |range: std::ops::Range<usize>| -> Vec<String> {
        range
            .filter(|&i| slots[i].is_none())
            .map(|i| code.varnames[i].clone())
            .collect()
    };
    for (missing, kind) in [
        (missing(0..n), "positional"),
        (missing(n..n + k), "keyword-only"),
    ] {
        if !missing.is_empty() {
            let count = missing.len();
            let plural = if count == 1 { "" } else { "s" };
            return Err(Error::new(
                "TypeError",
                format!(
                    "{name}() missing {count} required {kind} argument{plural}: {}",
                    name_list(&missing)
                ),
            ));
        }
    }
    Ok(Bound {
        fixed: slots
            .into_iter()
            .map(|s| s.expect("every slot is bound"))
            .collect(),
        extra_positional,
        extra_keywords,
    })
}

/// Too many positional arguments (or too few, without defaults), in CPython's words.
fn arity_error(
    code: &CodeObject,
    given: usize,
    ndefaults: usize,
    kwargs: &[(String, Value)],
) -> Error {
    let name = &code.qualname;
    let n = code.nargs;
    if given > n {
        let takes = if ndefaults > 0 {
            format!("from {} to {n}", n - ndefaults.min(n))
        } else {
            n.to_string()
        };
        let plural = if n == 1 && ndefaults == 0 { "" } else { "s" };
        let keyword_given = kwargs
            .iter()
            .filter(|(k, _)| code.varnames[n..n + code.kwonly].contains(k))
            .count();
        let were = match (given, keyword_given) {
            (1, 0) => "1 was".to_string(),
            (g, 0) => format!("{g} were"),
            (g, kw) => format!(
                "{g} positional argument{} (and {kw} keyword-only argument{}) were",
                if g == 1 { "" } else { "s" },
                if kw == 1 { "" } else { "s" }
            ),
        };
        Error::new(
            "TypeError",
            format!("{name}() takes {takes} positional argument{plural} but {were} given"),
        )
    } else {
        let missing: Vec<String> = code.varnames[given..n].to_vec();
        let count = missing.len();
        let plural = if count == 1 { "" } else { "s" };
        Error::new(
            "TypeError",
            format!(
                "{name}() missing {count} required positional argument{plural}: {}",
                name_list(&missing)
            ),
        )
    }
}
