//! Module globals and running modules: each module's global names and values (a registered
//! root range in its [`ModuleState`], kept in the interpreter's tables), LOAD_GLOBAL /
//! STORE_GLOBAL / DELETE_GLOBAL with their builtin fall-back, running a module's body or
//! interactive input, scratch modules for `exec`/`eval`, and the `sys` state derived from the
//! program (`argv`, the first `sys.path` entry).
//!
//! Must not: find or load modules (`finder.rs`) or make module objects (`mod.rs`).

use super::{BuiltinName, ModuleState};
use crate::compiler::Module;
use crate::runtime::{self, UNBOUND, builtins};
use crate::vm::{Error, ThreadState};
use gvmt::rt::Value;

impl ThreadState {
    /// Sets `sys.argv`, `__main__.__file__` and `sys.path[0]` (the script's directory, made
    /// absolute; `''` for `-c` code and the interactive interpreter, named `<string>` or `""`).
    pub fn set_program(&mut self, filename: &str, argv: Vec<String>) {
        let sys = {
            let mut tables = self.tables();
            tables.argv = argv;
            if filename.is_empty() || filename.starts_with('<') {
                tables.main_file = None;
                tables.search_path = Some("".into());
            } else {
                let file = super::absolute(filename);
                tables.search_path = std::path::Path::new(&file)
                    .parent()
                    .map(|p| p.to_path_buf());
                tables.main_file = Some(file);
            }
            tables
                .modules
                .iter()
                .position(|m| m.native && m.name == "sys")
        };
        // `sys.argv` and `sys.path` are made again from these on next use.
        if let Some(id) = sys {
            self.set_module_global(id, "argv", UNBOUND);
            self.set_module_global(id, "path", UNBOUND);
        }
    }

    /// For `hotpy -m`: `sys.argv` (its first item is replaced by the module's file) and
    /// `sys.path[0]` the current directory.
    pub fn set_module_program(&mut self, argv: Vec<String>) {
        self.set_program("", argv);
        self.tables().search_path = std::env::current_dir().ok();
    }

    /// Runs `module` as `__main__`.
    pub fn run_module(&mut self, module: &Module) -> Result<(), Error> {
        let id = self.new_module("__main__", module, None)?;
        self.run_module_body(id, module)
    }

    /// The global names of `__main__` so far (for compiling the next interactive input).
    pub fn main_globals(&self) -> Vec<String> {
        self.tables()
            .modules
            .first()
            .map(|m| m.names.clone())
            .unwrap_or_default()
    }

    /// Runs one interactive input in `__main__`, whose globals grow with the names it adds.
    pub fn run_interactive(&mut self, module: &Module) -> Result<(), Error> {
        if self.tables().modules.is_empty() {
            return self.run_module(module);
        }
        self.run_in_module(0, module).map(|_| ())
    }

    /// The global names of the running module (for compiling `exec`/`eval` source).
    pub fn running_globals(&self) -> (usize, Vec<String>) {
        let m = self.current_module();
        let names = self.module_names(m);
        (m, names)
    }

    /// Runs `module` (compiled against module `m`'s names) in module `m`, whose globals grow
    /// with the names it adds; returns what the code returns.
    pub fn run_in_module(&mut self, m: usize, module: &Module) -> Result<Value, Error> {
        let known = self.tables().modules[m].names.len();
        if module.globals.len() > known {
            self.grow_globals(m, module.globals[known..].to_vec());
            if let Some(i) = module.globals.iter().position(|g| g == "__name__")
                && self.tables().modules[m].globals[i] == UNBOUND
            {
                let module_name = self.tables().modules[m].name.clone();
                let name = runtime::new_str(self, &module_name)?;
                self.tables().modules[m].globals[i] = name;
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
        let state = ModuleState::new(name, module.globals.clone(), file);
        let id = self.add_module(state);
        super::registered(self, id)?;
        Ok(id)
    }

    /// Enters `state` in the module table, its globals registered as roots; returns its index.
    pub(crate) fn add_module(&mut self, mut state: ModuleState) -> usize {
        let heap = std::sync::Arc::clone(self.interp.heap());
        let mut tables = self.tables();
        if !state.globals.is_empty() {
            let (ptr, len) = (state.globals.as_mut_ptr(), state.globals.len());
            // SAFETY: a module's globals vector is never resized while registered (see
            // `grow_globals`) and lives in the module table until the interpreter is dropped,
            // which removes the registration first.
            let key = unsafe { heap.add_roots(ptr, len) };
            tables.root_keys.push(key);
            state.root_key = Some(key);
        }
        tables.modules.push(state);
        tables.modules.len() - 1
    }

    /// Loads and runs the body of module `id`.
    pub(crate) fn run_module_body(&mut self, id: usize, module: &Module) -> Result<(), Error> {
        let index = self.load_code(&module.code, id)?;
        crate::interp::call::run_code(self, index).map(|_| ())
    }

    /// The name of the module whose code is running.
    pub fn current_module_name(&self) -> String {
        let m = self.current_module();
        self.tables()
            .modules
            .get(m)
            .map_or_else(|| "__main__".to_string(), |m| m.name.clone())
    }

    /// Adds global names (unbound) to module `m`, re-registering its globals as roots (the
    /// vector may move).
    fn grow_globals(&mut self, m: usize, names: Vec<String>) {
        let heap = std::sync::Arc::clone(self.interp.heap());
        let mut tables = self.tables();
        let state = &mut tables.modules[m];
        if let Some(key) = state.root_key.take() {
            heap.remove_roots(key);
        }
        state
            .globals
            .resize(state.names.len() + names.len(), UNBOUND);
        state.names.extend(names);
        let (ptr, len) = (state.globals.as_mut_ptr(), state.globals.len());
        // SAFETY: as in `add_module`; the previous registration was removed above.
        let key = unsafe { heap.add_roots(ptr, len) };
        state.root_key = Some(key);
        tables.root_keys.push(key);
    }

    /// A module for running code against a dict namespace, with global `names` (all
    /// unbound); give it back with [`ThreadState::release_scratch_module`].
    pub fn scratch_module(&mut self, names: &[String]) -> usize {
        let reused = self.tables().scratch_modules.pop();
        let m = match reused {
            Some(m) => m,
            None => self.add_module(ModuleState::new("<exec>", vec![], None)),
        };
        {
            let heap = std::sync::Arc::clone(self.interp.heap());
            let mut tables = self.tables();
            let state = &mut tables.modules[m];
            if let Some(key) = state.root_key.take() {
                heap.remove_roots(key);
            }
            state.names.clear();
            state.builtins_found.clear();
            state.globals.clear();
        }
        self.grow_globals(m, names.to_vec());
        m
    }

    pub fn release_scratch_module(&mut self, m: usize) {
        let mut tables = self.tables();
        tables.modules[m]
            .globals
            .iter_mut()
            .for_each(|g| *g = UNBOUND);
        tables.scratch_modules.push(m);
    }

    /// The global names of module `m` (bound or not).
    pub fn module_names(&self, m: usize) -> Vec<String> {
        self.tables()
            .modules
            .get(m)
            .map(|s| s.names.clone())
            .unwrap_or_default()
    }

    /// Global `name` of module `m` (None when unbound).
    pub fn module_global(&self, m: usize, name: &str) -> Option<Value> {
        let tables = self.tables();
        let state = tables.modules.get(m)?;
        let i = state.names.iter().position(|n| n == name)?;
        Some(state.globals[i]).filter(|&v| v != UNBOUND)
    }

    /// Sets (or with `UNBOUND`, deletes) global `name` of module `m`, adding the name if the
    /// module's code never mentioned it.
    pub fn set_module_global(&mut self, m: usize, name: &str, v: Value) {
        let known = self.tables().modules[m]
            .names
            .iter()
            .position(|n| n == name);
        let i = match known {
            Some(i) => i,
            None => {
                self.grow_globals(m, vec![name.to_string()]);
                self.tables().modules[m].names.len() - 1
            }
        };
        self.tables().modules[m].globals[i] = v;
    }

    /// The bound global names of module `m`.
    pub fn module_global_names(&self, m: usize) -> Vec<String> {
        let tables = self.tables();
        let state = &tables.modules[m];
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
        let m = self.current_module();
        let tables = self.tables();
        let state = &tables.modules[m];
        state
            .names
            .iter()
            .zip(&state.globals)
            .filter(|&(_, &v)| v != UNBOUND)
            .map(|(n, &v)| (n.clone(), v))
            .collect()
    }

    /// The module whose code is running (the main module outside any frame).
    pub(crate) fn current_module(&self) -> usize {
        self.running_code().map_or(0, |c| self.loaded(c).module)
    }

    pub fn load_global(&mut self, index: usize) -> Result<Value, Error> {
        let m = self.current_module();
        let found = {
            let mut tables = self.tables();
            let module = &mut tables.modules[m];
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
            match module.builtins_found[index] {
                Some(found) => found,
                None => {
                    let found = builtin_named(&module.names[index])?;
                    module.builtins_found[index] = Some(found);
                    found
                }
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
        let mut tables = self.tables();
        let module = &mut tables.modules[m];
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
        self.tables().modules[m].globals[index] = v;
    }
}

/// What the unbound global `name` stands for among the builtins (NameError if nothing).
fn builtin_named(name: &str) -> Result<BuiltinName, Error> {
    Ok(if name == "NotImplemented" {
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
    })
}
