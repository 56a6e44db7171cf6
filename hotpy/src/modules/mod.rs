//! Modules and `import`. Every module has a [`ModuleState`] (its globals, a registered root
//! range) and a `Module` object naming it. `import name` finds, in order: a module already
//! loaded; a native module written in Rust (`math`, `sys`, `time`, `random`); `name.py` next to
//! the main script; a module of hotpy's own Python library (`hotpy/lib/*.py`, compiled into the
//! binary: `collections`, `itertools`, `functools`, ...).

pub mod native;
pub mod os;
pub mod random;

use crate::compiler::compile_module;
use crate::generated::layouts::Module as ModuleLayout;
use crate::runtime::{self, UNBOUND, layout_of};
use crate::vm::{Error, HotPy};
use gvmt::gc::Pinned;
use gvmt::rt::{Value, Vm};

/// One loaded module.
pub struct ModuleState {
    pub name: String,
    /// Global names, indexed by LOAD_GLOBAL/STORE_GLOBAL (empty for native modules).
    pub names: Vec<String>,
    /// Their values (`UNBOUND` when unset); a registered root range, never resized.
    pub globals: Vec<Value>,
    /// The source file, for user modules.
    pub file: Option<String>,
    /// The module object, made on first use.
    pub object: Option<Pinned>,
    /// A module implemented in Rust: its attributes come from [`native::attribute`].
    pub native: bool,
    /// The key of the globals' root registration.
    pub root_key: Option<usize>,
}

impl ModuleState {
    pub fn new(name: &str, names: Vec<String>, file: Option<String>) -> ModuleState {
        let globals = vec![UNBOUND; names.len()];
        ModuleState {
            name: name.to_string(),
            names,
            globals,
            file,
            object: None,
            native: false,
            root_key: None,
        }
    }
}

/// Python source of hotpy's own library modules.
const LIBRARY: &[(&str, &str)] = &[
    ("collections", include_str!("../../lib/collections.py")),
    ("itertools", include_str!("../../lib/itertools.py")),
    ("functools", include_str!("../../lib/functools.py")),
    ("string", include_str!("../../lib/string.py")),
    ("operator", include_str!("../../lib/operator.py")),
    ("heapq", include_str!("../../lib/heapq.py")),
    ("_io", include_str!("../../lib/_io.py")),
    ("__future__", include_str!("../../lib/__future__.py")),
    ("types", include_str!("../../lib/types.py")),
    ("typing", include_str!("../../lib/typing.py")),
    ("dataclasses", include_str!("../../lib/dataclasses.py")),
    ("copy", include_str!("../../lib/copy.py")),
    ("abc", include_str!("../../lib/abc.py")),
    ("json", include_str!("../../lib/json.py")),
    ("os", include_str!("../../lib/os.py")),
    ("posixpath", include_str!("../../lib/posixpath.py")),
    ("_namespace", include_str!("../../lib/_namespace.py")),
];

pub fn is_module(vm: &HotPy, v: Value) -> bool {
    layout_of(vm, v) == Some(ModuleLayout::ID)
}

fn id_of(vm: &HotPy, module: Value) -> usize {
    ModuleLayout::id(vm.vmctx(), module) as usize
}

/// The module object of module `id`.
pub fn module_object(vm: &mut HotPy, id: usize) -> Result<Value, Error> {
    if let Some(p) = &vm.exec.modules[id].object {
        return Ok(vm.mutator_ref().pinned(p));
    }
    let m = vm.alloc(ModuleLayout::ID, ModuleLayout::FIXED_SIZE)?;
    ModuleLayout::set_id(vm.vmctx(), m, id as i64);
    let pinned = vm.mutator().pin(m);
    vm.exec.modules[id].object = Some(pinned);
    Ok(m)
}

/// `import name` (IMPORT_NAME's extern; `name` a str constant).
pub fn import_name(vm: &mut HotPy, name: Value) -> Result<Value, Error> {
    let name = runtime::str_value(vm, name).expect("module names are str constants");
    let id = import(vm, &name)?;
    module_object(vm, id)
}

/// The index of module `name`, loading it if needed.
pub fn import(vm: &mut HotPy, name: &str) -> Result<usize, Error> {
    if let Some(id) = vm.exec.modules.iter().position(|m| m.name == name) {
        return Ok(id);
    }
    if native::MODULES.contains(&name) {
        let mut state = ModuleState::new(name, vec![], None);
        state.native = true;
        vm.exec.modules.push(state);
        return Ok(vm.exec.modules.len() - 1);
    }
    let from_file = vm
        .exec
        .search_path
        .as_ref()
        .map(|dir| dir.join(format!("{name}.py")))
        .filter(|p| p.is_file());
    let (source, file) = match from_file {
        Some(path) => {
            let source = std::fs::read_to_string(&path).map_err(|e| {
                Error::new(
                    "ImportError",
                    format!("cannot read {}: {e}", path.display()),
                )
            })?;
            (source, path.display().to_string())
        }
        None => match LIBRARY.iter().find(|(n, _)| *n == name) {
            Some((_, source)) => (source.to_string(), format!("<hotpy lib>/{name}.py")),
            None => {
                return Err(Error::new(
                    "ModuleNotFoundError",
                    format!("No module named '{name}'"),
                ));
            }
        },
    };
    let module = compile_module(&source, &file)
        .map_err(|e| runtime::syntax_error::raise(vm, &e, &file, &source))?;
    let id = vm.new_module(name, &module, Some(file))?;
    if let Err(e) = vm.run_module_body(id, &module) {
        // A module whose body failed is not importable (as in CPython).
        vm.exec.modules[id].name = format!("<failed {name}>");
        return Err(e);
    }
    Ok(id)
}

/// `from module import name` (IMPORT_FROM's extern).
pub fn import_from(vm: &mut HotPy, module: Value, name: Value) -> Result<Value, Error> {
    match get_attr(vm, module, name) {
        Err(e) if e.is("AttributeError") => {
            let id = id_of(vm, module);
            let state = &vm.exec.modules[id];
            let attr = runtime::str_value(vm, name).unwrap_or_default();
            let location = match &state.file {
                Some(f) => format!(" ({f})"),
                None => " (unknown location)".to_string(),
            };
            Err(Error::new(
                "ImportError",
                format!(
                    "cannot import name '{attr}' from '{}'{location}",
                    state.name
                ),
            ))
        }
        other => other,
    }
}

/// `from module import *`: the names in the module's `__all__`, or its names not starting
/// with `_`, bound in the running module. Names the running module's code never mentions
/// have no global slot there and are skipped (only `globals()` or `eval` could see them).
pub fn import_star(vm: &mut HotPy, module: Value) -> Result<(), Error> {
    let id = id_of(vm, module);
    let state = &vm.exec.modules[id];
    let all = state
        .names
        .iter()
        .position(|n| n == "__all__")
        .map(|i| state.globals[i])
        .filter(|&v| v != UNBOUND);
    let names: Vec<String> = match all {
        Some(list) => {
            let items = runtime::builtins::collect(vm, list)?;
            items
                .iter()
                .map(|&v| runtime::str_value(vm, v).unwrap_or_default())
                .collect()
        }
        None => attribute_names(vm, module)
            .into_iter()
            .filter(|n| !n.starts_with('_'))
            .collect(),
    };
    let target = vm.current_module();
    let mark = vm.mutator().handle_mark();
    let hm = vm.mutator().root(module);
    let result = (|| {
        for name in names {
            let Some(slot) = vm.exec.modules[target]
                .names
                .iter()
                .position(|n| *n == name)
            else {
                continue;
            };
            let key = runtime::new_str(vm, &name)?;
            let module = vm.mutator().get(hm);
            let v = get_attr(vm, module, key)?;
            vm.exec.modules[target].globals[slot] = v;
        }
        Ok(())
    })();
    vm.mutator().release_handles(mark);
    result
}

/// `module.name`.
pub fn get_attr(vm: &mut HotPy, module: Value, name: Value) -> Result<Value, Error> {
    let id = id_of(vm, module);
    let attr = runtime::str_value(vm, name).unwrap_or_default();
    if attr == "__name__" {
        let n = vm.exec.modules[id].name.clone();
        return runtime::new_str(vm, &n);
    }
    let state = &vm.exec.modules[id];
    if state.native {
        let module_name = state.name.clone();
        if let Some(v) = native::attribute(vm, &module_name, &attr)? {
            return Ok(v);
        }
    } else if let Some(i) = state.names.iter().position(|n| *n == attr)
        && state.globals[i] != UNBOUND
    {
        return Ok(state.globals[i]);
    }
    let module_name = vm.exec.modules[id].name.clone();
    Err(Error::new(
        "AttributeError",
        format!("module '{module_name}' has no attribute '{attr}'"),
    ))
}

/// `module.name = v` for a global the module's code names.
pub fn set_attr(vm: &mut HotPy, module: Value, name: Value, v: Value) -> Result<(), Error> {
    let id = id_of(vm, module);
    let attr = runtime::str_value(vm, name).unwrap_or_default();
    let state = &mut vm.exec.modules[id];
    if let Some(i) = state.names.iter().position(|n| *n == attr) {
        state.globals[i] = v;
        return Ok(());
    }
    if state.native && native::set_attribute(vm, id, &attr, v)? {
        return Ok(());
    }
    let module_name = vm.exec.modules[id].name.clone();
    Err(Error::new(
        "AttributeError",
        format!("hotpy cannot add attribute '{attr}' to module '{module_name}'"),
    ))
}

/// The names `dir(module)` lists: its bound globals (or a native module's attributes) and
/// `__name__`.
pub fn attribute_names(vm: &HotPy, module: Value) -> Vec<String> {
    let id = id_of(vm, module);
    let state = &vm.exec.modules[id];
    let mut names: Vec<String> = if state.native {
        native::attribute_names(&state.name)
    } else {
        vm.module_global_names(id)
    };
    names.push("__name__".to_string());
    names
}

/// `repr(module)`.
pub fn repr(vm: &HotPy, module: Value) -> String {
    let state = &vm.exec.modules[id_of(vm, module)];
    match &state.file {
        Some(f) => format!("<module '{}' from '{f}'>", state.name),
        None => format!("<module '{}' (built-in)>", state.name),
    }
}
