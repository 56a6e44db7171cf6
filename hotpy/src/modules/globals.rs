//! Module globals and running modules: each module's global names (in its [`ModuleState`], in
//! the interpreter's tables) and values (in the heap: the module object's `globals` array,
//! written only through the generated setters), LOAD_GLOBAL /
//! STORE_GLOBAL / DELETE_GLOBAL with their builtin fall-back, running a module's body or
//! interactive input, scratch modules for `exec`/`eval`, and the `sys` state derived from the
//! program (`argv`, the first `sys.path` entry).
//!
//! Must not: find or load modules (`finder.rs`) or make module objects (`mod.rs`).

use super::{BuiltinName, ModuleState};
use crate::compiler::Module;
use crate::generated::layouts::{Array, Module as ModuleLayout};
use crate::modules::builtins;
use crate::values::{self, UNBOUND};
use crate::vm::{Error, ThreadState};
use gvmt::rt::{Value, Vm};
use std::sync::atomic::Ordering;

/// The name of the modules code run against a dict namespace runs in.
pub const SCRATCH_MODULE_NAME: &str = "<exec>";

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
            self.unset_module_global(id, "argv");
            self.unset_module_global(id, "path");
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
            .map(|m| m.names.to_vec())
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
        let index = self.load_in_module(m, module)?;
        crate::interp::call::run_code(self, index)
    }

    /// Loads `module` (compiled against module `m`'s names) as code of module `m`, whose
    /// globals grow with the names it adds; returns its index in the code table.
    pub fn load_in_module(&mut self, m: usize, module: &Module) -> Result<usize, Error> {
        let known = self.tables().modules[m].names.len();
        if module.globals.len() > known {
            self.grow_globals(m, module.globals[known..].to_vec())?;
            if let Some(i) = module.globals.iter().position(|g| g == "__name__")
                && self.global_at(m, i) == UNBOUND
            {
                let module_name = self.tables().modules[m].name.clone();
                let name = values::new_str(self, &module_name)?;
                self.set_global_at(m, i, name)?;
            }
        }
        self.load_code(&module.code, m)
    }

    /// Registers module `name` and enters it in `sys.modules` before its body runs, so that
    /// circular imports find it; returns its index.
    pub(crate) fn new_module(
        &mut self,
        name: &str,
        module: &Module,
        file: Option<String>,
    ) -> Result<usize, Error> {
        let state = ModuleState::new(name, module.globals.clone(), file);
        let id = self.add_module(state)?;
        super::registered(self, id)?;
        Ok(id)
    }

    /// Enters `state` in the module table with a new module object, whose `globals` array
    /// holds a slot per name (all unbound); returns its index.
    pub(crate) fn add_module(&mut self, mut state: ModuleState) -> Result<usize, Error> {
        // The module table is outside the heap: no rollback could take the entry back.
        self.irreversible()?;
        let globals = self.unbound_array(state.names.len())?;
        let (object, kept) =
            self.alloc_with(ModuleLayout::ID, ModuleLayout::FIXED_SIZE, [globals])?;
        let ctx = self.vmctx();
        ModuleLayout::set_globals(ctx, object, kept[0]);
        let pinned = self.mutator().pin(object);
        state.object = Some(pinned);
        let mut tables = self.tables();
        tables.modules.push(state);
        let id = tables.modules.len() - 1;
        drop(tables);
        ModuleLayout::set_id(self.vmctx(), object, id as i64);
        Ok(id)
    }

    /// A new array of `len` unbound slots.
    fn unbound_array(&mut self, len: usize) -> Result<Value, Error> {
        let array = self.alloc(Array::ID, Array::size_for(len))?;
        let ctx = self.vmctx();
        Array::set_len(ctx, array, len as i64);
        Array::fill_items(ctx, array, UNBOUND);
        Ok(array)
    }

    /// The module object of module `m`.
    pub(crate) fn module_value(&self, m: usize) -> Value {
        let tables = self.tables();
        let pinned = tables.modules[m]
            .object
            .as_ref()
            .expect("a module in the table has its object");
        self.mutator_ref().pinned(pinned)
    }

    /// Module `m`'s globals array.
    fn globals_array(&self, m: usize) -> Value {
        ModuleLayout::globals(self.vmctx(), self.module_value(m))
    }

    /// Global slot `i` of module `m` (`UNBOUND` if unset or beyond the module's names).
    pub(crate) fn global_at(&self, m: usize, i: usize) -> Value {
        let ctx = self.vmctx();
        let array = self.globals_array(m);
        if i < Array::len(ctx, array) as usize {
            Array::items(ctx, array, i)
        } else {
            UNBOUND
        }
    }

    /// Sets global slot `i` of module `m` (which must exist), through the layout setter,
    /// under the module's write lock (a growth of its globals must not lose the store).
    ///
    /// Under stm the slot may lie beyond this world's globals array: another thread's
    /// committed transaction added the name (the names live outside the heap, shared at once)
    /// and this transaction began before it. The transaction becomes inevitable (or aborts,
    /// when it read the array the other one replaced) and the array grows to the names.
    pub(crate) fn set_global_at(&mut self, m: usize, i: usize, v: Value) -> Result<(), Error> {
        let ctx = self.vmctx();
        if i >= Array::len(ctx, self.globals_array(m)) as usize {
            return self.handle_scope(|vm| {
                let h = vm.mutator().root(v);
                vm.catch_up_globals(m)?;
                vm.set_global_at_in_range(m, i, vm.mutator_ref().get(h))
            });
        }
        self.set_global_at_in_range(m, i, v)
    }

    fn set_global_at_in_range(&mut self, m: usize, i: usize, v: Value) -> Result<(), Error> {
        let module = self.module_value(m);
        self.with_write_lock(module, [v], |vm, module, [v]| {
            let array = ModuleLayout::globals(vm.vmctx(), module);
            Array::set_items(vm.vmctx(), array, i, v);
        });
        Ok(())
    }

    /// Grows module `m`'s globals array to its names (see [`ThreadState::set_global_at`]).
    #[cold]
    fn catch_up_globals(&mut self, m: usize) -> Result<(), Error> {
        self.irreversible()?;
        let known = self.tables().modules[m].names.len();
        if (Array::len(self.vmctx(), self.globals_array(m)) as usize) < known {
            let module = self.module_value(m);
            self.with_write_lock(module, [], |vm, _, []| vm.grow_globals_locked(m, vec![]))?;
        }
        Ok(())
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

    /// Adds global names (unbound) to module `m`: its globals array is replaced by a longer
    /// copy.
    fn grow_globals(&mut self, m: usize, names: Vec<String>) -> Result<(), Error> {
        // The names are in the module table, outside the heap: no rollback takes them back.
        self.irreversible()?;
        let module = self.module_value(m);
        self.with_write_lock(module, [], |vm, _, []| vm.grow_globals_locked(m, names))
    }

    fn grow_globals_locked(&mut self, m: usize, names: Vec<String>) -> Result<(), Error> {
        let old_len = self.tables().modules[m].names.len();
        let len = old_len + names.len();
        let bigger = self.unbound_array(len)?;
        let ctx = self.vmctx();
        let old = self.globals_array(m);
        for i in 0..(Array::len(ctx, old) as usize).min(len) {
            Array::set_items(ctx, bigger, i, Array::items(ctx, old, i));
        }
        std::sync::atomic::fence(std::sync::atomic::Ordering::Release);
        ModuleLayout::set_globals(ctx, self.module_value(m), bigger);
        self.tables().modules[m].names.extend(names);
        Ok(())
    }

    /// A module for running code against a dict namespace, with global `names` (all
    /// unbound); give it back with [`ThreadState::release_scratch_module`].
    pub fn scratch_module(&mut self, names: &[String]) -> Result<usize, Error> {
        self.irreversible()?;
        let reused = self.tables().scratch_modules.pop();
        let m = match reused {
            Some(m) => m,
            None => self.add_module(ModuleState::new(SCRATCH_MODULE_NAME, vec![], None))?,
        };
        self.tables().modules[m].names.clear();
        let empty = self.unbound_array(0)?;
        ModuleLayout::set_globals(self.vmctx(), self.module_value(m), empty);
        self.grow_globals(m, names.to_vec())?;
        Ok(m)
    }

    pub fn release_scratch_module(&mut self, m: usize) {
        let ctx = self.vmctx();
        let array = self.globals_array(m);
        Array::fill_items(ctx, array, UNBOUND);
        self.tables().scratch_modules.push(m);
    }

    /// The global names of module `m` (bound or not).
    pub fn module_names(&self, m: usize) -> Vec<String> {
        self.tables()
            .modules
            .get(m)
            .map(|s| s.names.to_vec())
            .unwrap_or_default()
    }

    /// Global `name` of module `m` (None when unbound).
    /// The slot of global `name` in module `m`, if its code or a store ever named it (slots
    /// are never reused: a slot keeps its name while the module lives).
    pub fn module_global_slot(&self, m: usize, name: &str) -> Option<usize> {
        self.tables().modules.get(m)?.names.position(name)
    }

    pub fn module_global(&self, m: usize, name: &str) -> Option<Value> {
        let i = self.tables().modules.get(m)?.names.position(name)?;
        Some(self.global_at(m, i)).filter(|&v| v != UNBOUND)
    }

    /// Sets (or with `UNBOUND`, deletes) global `name` of module `m`, adding the name if the
    /// module's code never mentioned it. May allocate (a longer globals array).
    pub fn set_module_global(&mut self, m: usize, name: &str, v: Value) -> Result<(), Error> {
        let known = self.tables().modules[m].names.position(name);
        match known {
            Some(i) => self.set_global_at(m, i, v)?,
            None => self.handle_scope(|vm| {
                let h = vm.mutator().root(v);
                let i = vm.add_global_name(m, name)?;
                vm.set_global_at(m, i, vm.mutator_ref().get(h))
            })?,
        }
        Ok(())
    }

    /// The slot of global `name` in module `m`, added (unbound) if it has none. Another
    /// thread may add the same name while this one waits for the module's lock (or, under
    /// stm, to become inevitable): the name is looked up again under the lock, so that a
    /// name never gets two slots (a store into the second would be lost to look-ups).
    #[cold]
    fn add_global_name(&mut self, m: usize, name: &str) -> Result<usize, Error> {
        self.irreversible()?;
        let module = self.module_value(m);
        self.with_write_lock(module, [], |vm, _, []| {
            if let Some(i) = vm.tables().modules[m].names.position(name) {
                return Ok(i);
            }
            vm.grow_globals_locked(m, vec![name.to_string()])?;
            Ok(vm.tables().modules[m].names.len() - 1)
        })
    }

    /// Unbinds global `name` of module `m` if it has such a name (never allocates).
    pub fn unset_module_global(&mut self, m: usize, name: &str) {
        let known = self.tables().modules[m].names.position(name);
        // A slot beyond this world's array (see `set_global_at`) is unbound here already.
        if let Some(i) = known
            && i < Array::len(self.vmctx(), self.globals_array(m)) as usize
        {
            let _ = self.set_global_at_in_range(m, i, UNBOUND);
        }
    }

    /// The bound global names of module `m` and their values.
    pub fn module_global_values(&self, m: usize) -> Vec<(String, Value)> {
        let names = self.module_names(m);
        names
            .into_iter()
            .enumerate()
            .map(|(i, n)| (n, self.global_at(m, i)))
            .filter(|&(_, v)| v != UNBOUND)
            .collect()
    }

    /// The bound global names of module `m`.
    pub fn module_global_names(&self, m: usize) -> Vec<String> {
        self.module_global_values(m)
            .into_iter()
            .map(|(n, _)| n)
            .collect()
    }

    /// The bound global names of the running module and their values.
    pub fn running_global_values(&self) -> Vec<(String, Value)> {
        self.module_global_values(self.current_module())
    }

    /// The module whose code is running (the main module outside any frame).
    pub(crate) fn current_module(&self) -> usize {
        self.running_code().map_or(0, |c| self.loaded(c).module)
    }

    /// LOAD_GLOBAL: global `index` of `module` (the running frame's), else the builtin of
    /// that name. Takes no lock.
    #[inline]
    pub fn load_global(&mut self, module: Value, index: usize) -> Result<Value, Error> {
        let ctx = self.vmctx();
        let array = ModuleLayout::globals(ctx, module);
        let v = Array::items(ctx, array, index);
        if v != UNBOUND {
            return Ok(v);
        }
        self.load_builtin(index)
    }

    /// The builtin named by the running code's global `index` (unbound as a global): the code
    /// table entry caches what each name stands for.
    #[cold]
    fn load_builtin(&mut self, index: usize) -> Result<Value, Error> {
        let code = self.running_code().expect("LOAD_GLOBAL runs in a frame");
        let loaded = &self.interp.codes[code];
        let assigned = self.interp.builtins_assigned.load(Ordering::Acquire);
        if assigned != 0 {
            // The program has set attributes of `builtins`: they come first (and are not
            // cached: they may change again).
            let name = self.tables().modules[loaded.module].names[index].clone();
            if let Some(v) = self.module_global(assigned - 1, &name) {
                return Ok(v);
            }
        }
        let loaded = &self.interp.codes[code];
        // Found by name the first time, then by what was found.
        let found = match BuiltinName::decode(loaded.builtins[index].load(Ordering::Relaxed)) {
            Some(found) => found,
            None => {
                let m = loaded.module;
                let name = self.tables().modules[m].names[index].clone();
                let found = builtin_named(&name).map_err(|e| {
                    e.with_missing(|| crate::vm::MissingName {
                        name,
                        obj: None,
                        scope: Some((m, Some(code))),
                    })
                })?;
                loaded.builtins[index].store(found.encode(), Ordering::Relaxed);
                found
            }
        };
        builtin_value(self, found)
    }

    /// `del name` for a global: NameError if it is unbound.
    pub fn delete_global(&mut self, index: usize) -> Result<(), Error> {
        let m = self.current_module();
        if self.global_at(m, index) == UNBOUND {
            let name = self.tables().modules[m].names[index].clone();
            return Err(Error::new(
                "NameError",
                format!("name '{name}' is not defined"),
            ));
        }
        let old = self.global_at(m, index);
        self.set_global_at(m, index, UNBOUND)?;
        self.note_dropped(old);
        Ok(())
    }

    /// STORE_GLOBAL into `module` (the running frame's; no allocation: the slot exists for
    /// every name the code uses).
    pub fn store_global(&mut self, module: Value, index: usize, v: Value) {
        let old = self.with_write_lock(module, [v], |vm, module, [v]| {
            let ctx = vm.vmctx();
            let array = ModuleLayout::globals(ctx, module);
            let old = Array::items(ctx, array, index);
            Array::set_items(ctx, array, index, v);
            old
        });
        self.note_dropped(old);
    }
}
/// The value of builtin `found`.
fn builtin_value(vm: &mut ThreadState, found: BuiltinName) -> Result<Value, Error> {
    match found {
        BuiltinName::NotImplemented => Ok(crate::protocols::dunder::NOT_IMPLEMENTED),
        BuiltinName::Ellipsis => Ok(values::ELLIPSIS),
        BuiltinName::ModuleName => values::new_str(vm, "builtins"),
        BuiltinName::BuiltinsModule => super::import_absolute(vm, "builtins"),
        BuiltinName::Class(id) => crate::objects::exception::builtin_class(vm, id),
        BuiltinName::Function(id) => builtins::builtin_object(vm, id),
        BuiltinName::Python(i) => {
            let (name, module) = super::PYTHON_BUILTINS[i];
            let module = super::import(vm, module)?;
            vm.module_global(module, name)
                .ok_or_else(|| Error::new("SystemError", format!("lost builtin {name}")))
        }
    }
}

/// `builtins.name`: the builtin function, class or constant of that name, if any.
pub fn builtin(vm: &mut ThreadState, name: &str) -> Result<Option<Value>, Error> {
    match builtin_named(name) {
        Ok(found) => builtin_value(vm, found).map(Some),
        Err(_) => Ok(None),
    }
}

/// What the unbound global `name` stands for among the builtins (NameError if nothing).
fn builtin_named(name: &str) -> Result<BuiltinName, Error> {
    Ok(if name == "NotImplemented" {
        BuiltinName::NotImplemented
    } else if name == "Ellipsis" {
        BuiltinName::Ellipsis
    } else if name == "__name__" {
        BuiltinName::ModuleName
    } else if name == "__builtins__" {
        BuiltinName::BuiltinsModule
    } else if let Some(id) = crate::objects::exception::class_index(name)
        .or_else(|| crate::objects::class::builtin_types::table_index(name))
    {
        BuiltinName::Class(id)
    } else if let Some(id) = builtins::index_of(name).filter(|_| !name.contains('.')) {
        BuiltinName::Function(id)
    } else if let Some(i) = super::PYTHON_BUILTINS.iter().position(|(n, _)| *n == name) {
        BuiltinName::Python(i)
    } else {
        return Err(Error::new(
            "NameError",
            format!("name '{name}' is not defined"),
        ));
    })
}
