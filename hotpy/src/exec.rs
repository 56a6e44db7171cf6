//! The VM's tables (code, modules and their globals, classes, interned strings), running
//! modules, module globals, and the program's stdout.

use crate::compiler::Module;
use crate::generated::jit;
use crate::generated::layouts::Function;
use crate::interp::code::Loaded;
use crate::runtime::{self, NONE, UNBOUND, builtins};
use crate::vm::{Error, HotPy};
use gvmt::jit::Jit;
use gvmt::rt::frame;
use gvmt::rt::{StackLimit, Value, Vm};
use std::io::Write;

/// Python's default recursion limit (`sys.getrecursionlimit()`).
pub const RECURSION_LIMIT: usize = 1000;
pub use crate::interp::call::THREAD_STACK;

pub struct ExecState {
    /// Every code object loaded. Boxed: frames point at their gvmt code, which must not move
    /// when the table grows.
    #[allow(clippy::vec_box)]
    pub(crate) codes: Vec<Box<Loaded>>,
    /// Every module loaded (index 0 is `__main__`), with its globals.
    pub(crate) modules: Vec<crate::modules::ModuleState>,
    /// The first entry of `sys.path` (the main script's directory, `''` for `-c`).
    pub search_path: Option<std::path::PathBuf>,
    /// The main script's full path (`__main__.__file__`).
    pub main_file: Option<String>,
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
    /// Interpreter invocations on the native stack (native re-entries).
    pub(crate) native_depth: usize,
    /// Builtin functions running (CPython counts them against the recursion limit too).
    pub(crate) builtin_depth: usize,
    /// `HOTPY_INJECT_ABORT`: the injection point that raises an abort (see
    /// `HotPy::injection_point`), and the points passed so far.
    pub(crate) inject_abort_at: Option<u64>,
    pub(crate) injection_points: u64,
    /// Either debug option is on (one test on the hot paths).
    pub(crate) injecting: bool,
    /// `HOTPY_RESTORE_TEST=K,M` (`interp/checkpoint.rs`) and the checkpoint it took.
    pub(crate) restore_test: Option<(u64, u64)>,
    pub(crate) checkpoint: Option<crate::interp::checkpoint::Checkpoint>,
    /// The native stack budget, set by the outermost invocation.
    pub(crate) stack: Option<StackLimit>,
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
            modules: vec![],
            search_path: None,
            main_file: None,
            argv: vec![],
            recursion_limit: RECURSION_LIMIT,
            random: None,
            interned: Default::default(),
            names: Default::default(),
            return_value: NONE,
            root_keys: vec![],
            native_depth: 0,
            builtin_depth: 0,
            inject_abort_at: None,
            injection_points: 0,
            injecting: false,
            restore_test: None,
            checkpoint: None,
            stack: None,
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

    /// Sets `sys.argv`, `__main__.__file__` and `sys.path[0]` (the script's directory, made
    /// absolute; `''` for `-c` code and the interactive interpreter, named `<string>` or `""`).
    pub fn set_program(&mut self, filename: &str, argv: Vec<String>) {
        self.exec.argv = argv;
        if filename.is_empty() || filename.starts_with('<') {
            self.exec.main_file = None;
            self.exec.search_path = Some("".into());
        } else {
            let file = crate::modules::absolute(filename);
            self.exec.search_path = std::path::Path::new(&file)
                .parent()
                .map(|p| p.to_path_buf());
            self.exec.main_file = Some(file);
        }
        // `sys.argv` and `sys.path` are made again from these on next use.
        if let Some(id) = self
            .exec
            .modules
            .iter()
            .position(|m| m.native && m.name == "sys")
        {
            self.set_module_global(id, "argv", UNBOUND);
            self.set_module_global(id, "path", UNBOUND);
        }
    }

    /// For `hotpy -m`: `sys.argv` (its first item is replaced by the module's file) and
    /// `sys.path[0]` the current directory.
    pub fn set_module_program(&mut self, argv: Vec<String>) {
        self.set_program("", argv);
        self.exec.search_path = std::env::current_dir().ok();
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
        crate::interp::call::run_code(self, index)
    }

    /// Registers module `name` (its globals become a root range) and enters it in
    /// `sys.modules` before its body runs, so that circular imports find it; returns its index.
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
        crate::modules::registered(self, id)?;
        Ok(id)
    }

    /// Loads and runs the body of module `id`.
    pub(crate) fn run_module_body(&mut self, id: usize, module: &Module) -> Result<(), Error> {
        let index = self.load_code(&module.code, id)?;
        crate::interp::call::run_code(self, index).map(|_| ())
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
        state.builtins_found.clear();
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
        let index = self.running_code()?;
        let code = &self.loaded(index).code;
        if code.name == "<module>" {
            return None;
        }
        let ctx = self.vmctx();
        let f = ctx.frame;
        let cells = &code.cells;
        Some(
            code.varnames
                .iter()
                .enumerate()
                .filter_map(|(i, name)| {
                    let v = frame::local(ctx, f, i);
                    let v = if cells.contains(&i) || code.frees.contains(&i) {
                        crate::generated::layouts::Cell::value(ctx, v)
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
        self.running_code().map_or(0, |c| self.loaded(c).module)
    }

    pub fn load_global(&mut self, index: usize) -> Result<Value, Error> {
        use crate::modules::BuiltinName;
        let m = self.current_module();
        let module = &mut self.exec.modules[m];
        let v = module.globals[index];
        if v != UNBOUND {
            return Ok(v);
        }
        // A builtin: found by name the first time, then by what was found.
        if module.builtins_found.len() <= index {
            module
                .builtins_found
                .resize(module.names.len().max(index + 1), None);
        }
        let found = match module.builtins_found[index] {
            Some(found) => found,
            None => {
                let name = &module.names[index];
                let found = if name == "NotImplemented" {
                    BuiltinName::NotImplemented
                } else if name == "Ellipsis" {
                    BuiltinName::Ellipsis
                } else if let Some(id) = runtime::exceptions::class_index(name) {
                    BuiltinName::ExceptionClass(id)
                } else if let Some(id) = builtins::index_of(name).filter(|_| !name.contains('.')) {
                    BuiltinName::Function(id)
                } else {
                    return Err(Error::new(
                        "NameError",
                        format!("name '{name}' is not defined"),
                    ));
                };
                module.builtins_found[index] = Some(found);
                found
            }
        };
        match found {
            BuiltinName::NotImplemented => Ok(runtime::dunder::NOT_IMPLEMENTED),
            BuiltinName::Ellipsis => Ok(runtime::ELLIPSIS),
            BuiltinName::ExceptionClass(id) => runtime::exceptions::builtin_class(self, id),
            BuiltinName::Function(id) => builtins::builtin_object(self, id),
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

    /// The name of local `index` of the innermost running code.
    pub fn running_local_name(&self, index: usize) -> String {
        self.running_code()
            .and_then(|c| self.loaded(c).code.varnames.get(index).cloned())
            .unwrap_or_else(|| format!("#{index}"))
    }

    /// True if local `index` of the innermost running code is a free variable.
    pub fn running_local_is_free(&self, index: usize) -> bool {
        self.running_code()
            .is_some_and(|c| self.loaded(c).code.frees.contains(&index))
    }

    /// Unregisters the roots this VM registered (before its memory goes).
    pub(crate) fn release_roots(&mut self) {
        for key in std::mem::take(&mut self.exec.root_keys) {
            self.mutator().heap().remove_roots(key);
        }
    }
}
