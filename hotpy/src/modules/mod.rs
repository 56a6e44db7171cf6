//! Modules and `import`, as CPython's importlib does it. Every module has a [`ModuleState`]
//! (its globals, a registered root range) and a `Module` object naming it. `sys.modules` is a
//! real dict (name -> module) that import consults first and updates; `sys.path` a real list.
//! `import a.b.c` loads `a`, `a.b`, `a.b.c` in order, finding each: a native module written in
//! Rust (`math`, `sys`, `time`, `random`, top level only); then, for each `sys.path` entry (or
//! the parent package's `__path__`), `NAME/__init__.py` (a package), `NAME.py`, or, for the
//! entry [`LIB_MARKER`], a module of hotpy's own Python library (`hotpy/lib/*.py`, compiled
//! into the binary); directories `NAME` without `__init__.py` make a namespace package if
//! nothing else is found.
//!
//! This file owns module objects and their attributes; `finder.rs` finds and loads modules,
//! `import.rs` implements the import statements and `__import__`, `main.rs` runs `-m`.

pub mod builtins;
mod clock;
pub mod errno;
mod files;
mod finder;
pub mod gc;
pub mod global_names;
mod globals;
pub use globals::SCRATCH_MODULE_NAME;
pub mod hashing;
pub use globals::builtin as builtin_named_value;
pub mod fd;
pub mod heapq;
mod import;
pub mod import_claims;
pub mod json;
pub mod lru_cache;
mod main;
mod math_float;
mod math_gamma;
pub mod native;
pub mod native_states;
pub mod os;
pub mod process;
pub mod random;
pub mod regex;
pub mod select;
pub mod signal;
pub mod socket;
mod socket_names;
pub mod thread;
pub mod unicodedata;
pub mod weakref;
pub mod zlib;

pub use finder::*;
pub use import::*;
pub use main::*;

use crate::compiler::compile_module;
use crate::generated::layouts::Module as ModuleLayout;
use crate::values::{self, NONE, UNBOUND, layout_of};
use crate::vm::{Error, ThreadState};
use gvmt::gc::Pinned;
use gvmt::rt::{Value, Vm};

/// One loaded module.
pub struct ModuleState {
    pub name: String,
    /// Global names, indexed by LOAD_GLOBAL/STORE_GLOBAL (empty for native modules). Their
    /// values are in the heap: the module object's `globals` array (`UNBOUND` when unset).
    pub names: global_names::GlobalNames,
    /// The source file, for user modules.
    pub file: Option<String>,
    /// The module object (set when the module enters the table).
    pub object: Option<Pinned>,
    /// A module implemented in Rust: its attributes come from [`native::attribute`].
    pub native: bool,
    /// The thread (`ThreadState::ident`) running its body, while it runs: that thread sees
    /// the partial module (a from-import of a missing name reports a circular import); any
    /// other waits for the body to finish, as under CPython's per-module import lock.
    pub initializing: Option<u64>,
    /// Its `__dict__` (a `_namespace.ModuleNamespace`), made on first use.
    pub namespace: Option<Pinned>,
}

/// A builtin a global name stands for while the module does not bind it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BuiltinName {
    NotImplemented,
    Ellipsis,
    /// `__name__` of the builtins module ('builtins': what a class body in code run with
    /// empty globals finds for its `__module__`).
    ModuleName,
    /// `__builtins__`: the builtins module (as in `__main__`; CPython gives other modules its
    /// dict).
    BuiltinsModule,
    Class(usize),
    Function(usize),
    /// A builtin written in Python: its index in [`PYTHON_BUILTINS`].
    Python(usize),
}

/// The builtins written in Python, and the hotpy library module each one is in.
pub const PYTHON_BUILTINS: &[(&str, &str)] = &[
    ("complex", "_complex"),
    ("BaseExceptionGroup", "_exception_group"),
    ("ExceptionGroup", "_exception_group"),
    ("aiter", "_async_builtins"),
    ("anext", "_async_builtins"),
    ("open", "_io"),
    // A constant of the compiler's in CPython.
    ("__debug__", "_site_builtins"),
    // As CPython's `site` module adds them.
    ("exit", "_site_builtins"),
    ("quit", "_site_builtins"),
    // Hidden (no Python name can spell it): the state of an `except*` statement.
    ("$ExceptStar", "_exception_group"),
];

/// Where [`BuiltinName::Python`] codes start (above every class and function code).
const PYTHON_BUILTIN_CODES: u64 = 1 << 40;

impl BuiltinName {
    /// As one nonzero word (for a lock-free cache; 0 means "not looked up").
    pub fn encode(self) -> u64 {
        match self {
            BuiltinName::NotImplemented => 1,
            BuiltinName::Ellipsis => 2,
            BuiltinName::ModuleName => 3,
            BuiltinName::BuiltinsModule => 4,
            BuiltinName::Class(id) => 6 + 2 * id as u64,
            BuiltinName::Function(id) => 7 + 2 * id as u64,
            BuiltinName::Python(i) => PYTHON_BUILTIN_CODES + i as u64,
        }
    }

    pub fn decode(word: u64) -> Option<BuiltinName> {
        match word {
            0 => None,
            1 => Some(BuiltinName::NotImplemented),
            2 => Some(BuiltinName::Ellipsis),
            3 => Some(BuiltinName::ModuleName),
            4 | 5 => Some(BuiltinName::BuiltinsModule),
            w if w >= PYTHON_BUILTIN_CODES => {
                Some(BuiltinName::Python((w - PYTHON_BUILTIN_CODES) as usize))
            }
            w if w % 2 == 0 => Some(BuiltinName::Class(((w - 6) / 2) as usize)),
            w => Some(BuiltinName::Function(((w - 7) / 2) as usize)),
        }
    }
}

impl ModuleState {
    pub fn new(name: &str, names: Vec<String>, file: Option<String>) -> ModuleState {
        ModuleState {
            name: name.to_string(),
            names: global_names::GlobalNames::new(names),
            file,
            object: None,
            native: false,
            initializing: None,
            namespace: None,
        }
    }
}

/// The packages among [`LIBRARY`]'s modules: their `__path__` is the library itself, where
/// their submodules are found by full name (`concurrent.futures`).
pub(crate) const LIBRARY_PACKAGES: &[&str] = &["concurrent", "collections", "importlib"];

/// Python source of hotpy's own library modules.
const LIBRARY: &[(&str, &str)] = &[
    (
        "_object_reduce",
        include_str!("../../lib/_object_reduce.py"),
    ),
    (
        "collections",
        include_str!("../../lib/collections/__init__.py"),
    ),
    (
        "collections.abc",
        include_str!("../../lib/collections/abc.py"),
    ),
    ("itertools", include_str!("../../lib/itertools.py")),
    ("_functools", include_str!("../../lib/_functools.py")),
    ("unicodedata", include_str!("../../lib/unicodedata.py")),
    ("zlib", include_str!("../../lib/zlib.py")),
    ("_csv", include_str!("../../lib/_csv.py")),
    (
        "_site_builtins",
        include_str!("../../lib/_site_builtins.py"),
    ),
    ("cmath", include_str!("../../lib/cmath.py")),
    ("bisect", include_str!("../../lib/bisect.py")),
    ("re", include_str!("../../lib/re.py")),
    ("gc", include_str!("../../lib/gc.py")),
    ("_thread", include_str!("../../lib/_thread.py")),
    ("threading", include_str!("../../lib/threading.py")),
    ("queue", include_str!("../../lib/queue.py")),
    ("hotpy", include_str!("../../lib/hotpy.py")),
    (
        "concurrent",
        include_str!("../../lib/concurrent/__init__.py"),
    ),
    (
        "concurrent.futures",
        include_str!("../../lib/concurrent/futures.py"),
    ),
    ("_io", include_str!("../../lib/_io.py")),
    ("_io_streams", include_str!("../../lib/_io_streams.py")),
    ("_io_text", include_str!("../../lib/_io_text.py")),
    ("io", include_str!("../../lib/io.py")),
    ("gettext", include_str!("../../lib/gettext.py")),
    ("_sys", include_str!("../../lib/_sys.py")),
    ("_json", include_str!("../../lib/_json.py")),
    ("_cfunctions", include_str!("../../lib/_cfunctions.py")),
    ("_random", include_str!("../../lib/_random.py")),
    ("_time", include_str!("../../lib/_time.py")),
    ("_struct", include_str!("../../lib/_struct.py")),
    ("binascii", include_str!("../../lib/binascii.py")),
    ("_codecs", include_str!("../../lib/_codecs.py")),
    ("_complex", include_str!("../../lib/_complex.py")),
    ("_contextvars", include_str!("../../lib/_contextvars.py")),
    ("_weakref", include_str!("../../lib/_weakref.py")),
    ("_signal", include_str!("../../lib/_signal.py")),
    ("_ast", include_str!("../../lib/_ast.py")),
    (
        "_async_builtins",
        include_str!("../../lib/_async_builtins.py"),
    ),
    ("select", include_str!("../../lib/select.py")),
    ("_socket", include_str!("../../lib/_socket.py")),
    (
        "_posixsubprocess",
        include_str!("../../lib/_posixsubprocess.py"),
    ),
    ("_md5", include_str!("../../lib/_hashes.py")),
    ("_sha1", include_str!("../../lib/_hashes.py")),
    ("_sha256", include_str!("../../lib/_hashes.py")),
    ("_sha512", include_str!("../../lib/_hashes.py")),
    ("_sha3", include_str!("../../lib/_hashes.py")),
    ("_blake2", include_str!("../../lib/_hashes.py")),
    ("atexit", include_str!("../../lib/atexit.py")),
    ("_operator", include_str!("../../lib/_operator.py")),
    ("_string", include_str!("../../lib/_string.py")),
    (
        "_traceback_types",
        include_str!("../../lib/_traceback_types.py"),
    ),
    (
        "_exception_group",
        include_str!("../../lib/_exception_group.py"),
    ),
    (
        "_collections_abc",
        include_str!("../../lib/_collections_abc.py"),
    ),
    ("__future__", include_str!("../../lib/__future__.py")),
    ("types", include_str!("../../lib/types.py")),
    ("typing", include_str!("../../lib/typing.py")),
    ("dataclasses", include_str!("../../lib/dataclasses.py")),
    ("abc", include_str!("../../lib/abc.py")),
    ("os", include_str!("../../lib/os.py")),
    ("posix", include_str!("../../lib/posix.py")),
    ("_namespace", include_str!("../../lib/_namespace.py")),
    (
        "_frozen_importlib",
        include_str!("../../lib/_frozen_importlib.py"),
    ),
    ("importlib", include_str!("../../lib/importlib/__init__.py")),
    (
        "importlib.util",
        include_str!("../../lib/importlib/util.py"),
    ),
    (
        "importlib.machinery",
        include_str!("../../lib/importlib/machinery.py"),
    ),
];

/// The `sys.path` entry standing for hotpy's own library ([`LIBRARY`]).
pub const LIB_MARKER: &str = "<hotpy lib>";

pub fn is_module(vm: &ThreadState, v: Value) -> bool {
    layout_of(vm, v) == Some(ModuleLayout::ID)
}

fn id_of(vm: &ThreadState, module: Value) -> usize {
    ModuleLayout::id(vm.vmctx(), module) as usize
}

/// The module index of a module object (None for other values).
pub fn module_id(vm: &ThreadState, v: Value) -> Option<usize> {
    is_module(vm, v).then(|| id_of(vm, v))
}

/// The module object of module `id`.
/// `types.ModuleType(name, doc=None)`: a new empty module (not in `sys.modules`), its
/// `__name__` and `__doc__` set.
pub fn new_module_object(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: &[(String, Value)],
) -> Result<Value, Error> {
    let mut given = [args.first().copied(), args.get(1).copied()];
    if args.len() > 2 {
        return Err(Error::new(
            "TypeError",
            format!("module() takes at most 2 arguments ({} given)", args.len()),
        ));
    }
    for (key, v) in kwargs {
        match key.as_str() {
            "name" if given[0].is_none() => given[0] = Some(*v),
            "doc" if given[1].is_none() => given[1] = Some(*v),
            _ => {
                return Err(Error::new(
                    "TypeError",
                    format!("module() got an unexpected keyword argument '{key}'"),
                ));
            }
        }
    }
    let Some(name) = given[0] else {
        return Err(Error::new(
            "TypeError",
            "module() missing required argument 'name' (pos 1)",
        ));
    };
    let Some(text) = values::str_value(vm, name) else {
        return Err(Error::new(
            "TypeError",
            format!(
                "module.__init__() argument 'name' must be str, not {}",
                values::type_name(vm, name)
            ),
        ));
    };
    let doc = given[1].unwrap_or(NONE);
    vm.handle_scope(|vm| {
        let handles = [name, doc].map(|v| vm.mutator().root(v));
        let names = vec!["__name__".to_string(), "__doc__".to_string()];
        let id = vm.add_module(ModuleState::new(&text, names, None))?;
        let [name, doc] = handles.map(|h| vm.mutator().get(h));
        vm.set_module_global(id, "__name__", name)?;
        vm.set_module_global(id, "__doc__", doc)?;
        module_object(vm, id)
    })
}

pub fn module_object(vm: &mut ThreadState, id: usize) -> Result<Value, Error> {
    Ok(vm.module_value(id))
}

/// `module.__dict__` (what `vars(module)` and, in the module, `globals()` should give): a
/// `_namespace.ModuleNamespace` reading and writing the module's globals, one per module.
pub fn namespace(vm: &mut ThreadState, id: usize) -> Result<Value, Error> {
    if let Some(p) = &vm.tables().modules[id].namespace {
        return Ok(vm.mutator_ref().pinned(p));
    }
    let m = values::make_int(id as i64)?;
    let ns = import(vm, "_namespace")?;
    let ns = module_object(vm, ns)?;
    let class = get_attr_str(vm, ns, "ModuleNamespace")?;
    let d = vm.call(class, &[m], &[])?;
    let pinned = vm.mutator().pin(d);
    vm.tables().modules[id].namespace = Some(pinned);
    Ok(d)
}

/// Calls `function` of hotpy's library module `module` (imported on first use) with
/// `args`: for builtins written in Python.
pub fn call_library(
    vm: &mut ThreadState,
    module: &str,
    function: &str,
    args: &[Value],
) -> Result<Value, Error> {
    vm.handle_scope(|vm| {
        let handles: Vec<_> = args.iter().map(|&v| vm.mutator().root(v)).collect();
        let id = import(vm, module)?;
        let f = vm.module_global(id, function).ok_or_else(|| {
            Error::new(
                "SystemError",
                format!("{module} has no function {function}"),
            )
        })?;
        let args: Vec<Value> = handles.iter().map(|&h| vm.mutator_ref().get(h)).collect();
        vm.call(f, &args, &[])
    })
}

/// `module.name`.
pub fn get_attr(vm: &mut ThreadState, module: Value, name: Value) -> Result<Value, Error> {
    let id = id_of(vm, module);
    let attr = values::str_value(vm, name).unwrap_or_default();
    if let Some(v) = vm.module_global(id, &attr) {
        return Ok(v);
    }
    if attr == "__name__" {
        let n = vm.tables().modules[id].name.clone();
        return values::new_str(vm, &n);
    }
    if attr == "__dict__" {
        return namespace(vm, id);
    }
    let (native, module_name) = {
        let tables = vm.tables();
        (tables.modules[id].native, tables.modules[id].name.clone())
    };
    if native && let Some(v) = native::attribute(vm, &module_name, &attr)? {
        // Not kept as a global: a global added while threads run in parallel worlds (stm)
        // is in the shared name table before the other worlds see the longer array.
        return Ok(v);
    }
    // PEP 562: a module's own `__getattr__` supplies the attributes it has no global for.
    if attr != "__getattr__"
        && let Some(hook) = vm.module_global(id, "__getattr__")
    {
        return vm.call(hook, &[name], &[]);
    }
    if vm.tables().modules[id].initializing.is_some() {
        return Err(Error::new(
            "AttributeError",
            format!(
                "partially initialized module '{module_name}' has no attribute '{attr}' (most likely due to a circular import)"
            ),
        ));
    }
    Err(Error::new(
        "AttributeError",
        format!("module '{module_name}' has no attribute '{attr}'"),
    ))
}

/// `module.name = v`.
pub fn set_attr(vm: &mut ThreadState, module: Value, name: Value, v: Value) -> Result<(), Error> {
    let id = id_of(vm, module);
    let attr = values::str_value(vm, name).unwrap_or_default();
    // Every module binds its own `__spec__` and `__loader__` (set on `builtins` too when it
    // is made): no global look-up falls through to those of `builtins`.
    if !matches!(attr.as_str(), "__spec__" | "__loader__") {
        note_builtins_assigned(vm, id);
    }
    if vm.tables().modules[id].native && native::set_attribute(vm, id, &attr, v)? {
        return Ok(());
    }
    vm.set_module_global(id, &attr, v)?;
    Ok(())
}

/// Module `id` is `builtins` and the program changes it: globals found unbound look there
/// first from now on (a slower path: see `ThreadState::load_builtin`).
fn note_builtins_assigned(vm: &ThreadState, id: usize) {
    if vm.tables().modules[id].name == "builtins" {
        vm.interp
            .builtins_assigned
            .store(id + 1, std::sync::atomic::Ordering::Release);
    }
}

/// `del module.name` (for `crate::protocols::deletion::delete_attr` to call on modules).
pub fn delete_attr(vm: &mut ThreadState, module: Value, name: Value) -> Result<(), Error> {
    let id = id_of(vm, module);
    let attr = values::str_value(vm, name).unwrap_or_default();
    note_builtins_assigned(vm, id);
    if vm.module_global(id, &attr).is_none() {
        let module_name = vm.tables().modules[id].name.clone();
        return Err(Error::new(
            "AttributeError",
            format!("module '{module_name}' has no attribute '{attr}'"),
        ));
    }
    vm.set_module_global(id, &attr, UNBOUND)?;
    Ok(())
}

/// Loads the part of native module `module` written in Python (if it has one), so that
/// [`attribute_names`] lists its names.
pub fn load_python_part(vm: &mut ThreadState, module: Value) -> Result<(), Error> {
    let id = id_of(vm, module);
    let name = vm.tables().modules[id].name.clone();
    if vm.tables().modules[id].native
        && let Some(part) = native::python_part_of(&name)
    {
        import(vm, part)?;
    }
    Ok(())
}

/// The names `dir(module)` lists: its bound globals (and a native module's attributes).
pub fn attribute_names(vm: &ThreadState, module: Value) -> Vec<String> {
    let id = id_of(vm, module);
    let mut names = vm.module_global_names(id);
    let (native, name) = {
        let tables = vm.tables();
        (tables.modules[id].native, tables.modules[id].name.clone())
    };
    if native {
        let mut more = native::attribute_names(&name);
        // And those of its part written in Python, once loaded (`random.Random`): see
        // [`load_python_part`].
        let part = native::python_part_of(&name)
            .and_then(|part| vm.tables().modules.iter().position(|m| m.name == part));
        if let Some(part) = part {
            more.extend(
                vm.module_global_names(part)
                    .into_iter()
                    .filter(|n| !n.starts_with("__")),
            );
        }
        for n in more {
            if !names.contains(&n) {
                names.push(n);
            }
        }
    }
    if !names.iter().any(|n| n == "__name__") {
        names.push("__name__".to_string());
    }
    names
}

/// `repr(module)`.
pub fn repr(vm: &ThreadState, module: Value) -> String {
    let id = id_of(vm, module);
    let file = vm
        .module_global(id, "__file__")
        .and_then(|f| values::str_value(vm, f));
    let tables = vm.tables();
    let state = &tables.modules[id];
    let file = file.or_else(|| state.file.clone());
    match file {
        Some(f) => format!("<module '{}' from '{f}'>", state.name),
        None if state.native => format!("<module '{}' (built-in)>", state.name),
        None => format!("<module '{}' (namespace)>", state.name),
    }
}
