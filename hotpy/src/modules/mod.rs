//! Modules and `import`, as CPython's importlib does it. Every module has a [`ModuleState`]
//! (its globals, a registered root range) and a `Module` object naming it. `sys.modules` is a
//! real dict (name -> module) that import consults first and updates; `sys.path` a real list.
//! `import a.b.c` loads `a`, `a.b`, `a.b.c` in order, finding each: a native module written in
//! Rust (`math`, `sys`, `time`, `random`, top level only); then, for each `sys.path` entry (or
//! the parent package's `__path__`), `NAME/__init__.py` (a package), `NAME.py`, or, for the
//! entry [`LIB_MARKER`], a module of hotpy's own Python library (`hotpy/lib/*.py`, compiled
//! into the binary); directories `NAME` without `__init__.py` make a namespace package if
//! nothing else is found.

pub mod native;
pub mod os;
pub mod random;

use crate::compiler::compile_module;
use crate::generated::layouts::Module as ModuleLayout;
use crate::runtime::{self, NONE, UNBOUND, layout_of};
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
    /// Its body is running (a from-import of a missing name reports a circular import).
    pub initializing: bool,
    /// Its `__dict__` (a `_namespace.ModuleNamespace`), made on first use.
    pub namespace: Option<Pinned>,
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
            initializing: false,
            namespace: None,
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
    (
        "_frozen_importlib",
        include_str!("../../lib/_frozen_importlib.py"),
    ),
    ("importlib", include_str!("../../lib/importlib.py")),
];

/// The `sys.path` entry standing for hotpy's own library ([`LIBRARY`]).
pub const LIB_MARKER: &str = "<hotpy lib>";

pub fn is_module(vm: &HotPy, v: Value) -> bool {
    layout_of(vm, v) == Some(ModuleLayout::ID)
}

fn id_of(vm: &HotPy, module: Value) -> usize {
    ModuleLayout::id(vm.vmctx(), module) as usize
}

/// The module index of a module object (None for other values).
pub fn module_id(vm: &HotPy, v: Value) -> Option<usize> {
    is_module(vm, v).then(|| id_of(vm, v))
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

// ----- errors -----

/// `ImportError`/`ModuleNotFoundError` with `name` and `path` set.
fn import_error(
    vm: &mut HotPy,
    kind: &'static str,
    msg: String,
    name: Option<&str>,
    path: Option<&str>,
) -> Error {
    runtime::exceptions::import_error(vm, kind, &msg, name, path)
}

fn not_found(vm: &mut HotPy, name: &str) -> Error {
    import_error(
        vm,
        "ModuleNotFoundError",
        format!("No module named '{name}'"),
        Some(name),
        None,
    )
}

/// True for the ModuleNotFoundError that says `name` itself was not found.
fn is_not_found(e: &Error, name: &str) -> bool {
    e.is("ModuleNotFoundError") && e.message() == format!("No module named '{name}'")
}

// ----- sys -----

/// The index of the `sys` module, made (with `sys.modules`) on first use.
pub fn sys_id(vm: &mut HotPy) -> Result<usize, Error> {
    if let Some(id) = vm
        .exec
        .modules
        .iter()
        .position(|m| m.native && m.name == "sys")
    {
        return Ok(id);
    }
    let mut state = ModuleState::new("sys", vec![], None);
    state.native = true;
    vm.exec.modules.push(state);
    let id = vm.exec.modules.len() - 1;
    let d = runtime::dicts::new_dict(vm, 16)?;
    vm.set_module_global(id, "modules", d);
    let module = module_object(vm, id)?;
    modules_set(vm, "sys", module)?;
    init_native(vm, id)?;
    import_absolute(vm, "builtins")?;
    Ok(id)
}

/// `sys.modules` (whatever it is now).
fn sys_modules(vm: &mut HotPy) -> Result<Value, Error> {
    let id = sys_id(vm)?;
    match vm.module_global(id, "modules") {
        Some(d) if runtime::dicts::is_dict(vm, d) => Ok(d),
        _ => Err(Error::new("RuntimeError", "lost sys.modules")),
    }
}

/// `sys.modules.get(name)`.
pub fn modules_get(vm: &mut HotPy, name: &str) -> Result<Option<Value>, Error> {
    let key = runtime::new_str(vm, name)?;
    vm.handle_scope(|vm| {
        let hk = vm.mutator().root(key);
        let d = sys_modules(vm)?;
        let key = vm.mutator().get(hk);
        runtime::dicts::get(vm, d, key)
    })
}

/// `sys.modules[name] = v`.
pub fn modules_set(vm: &mut HotPy, name: &str, v: Value) -> Result<(), Error> {
    vm.handle_scope(|vm| {
        let hv = vm.mutator().root(v);
        let key = runtime::new_str(vm, name)?;
        let hk = vm.mutator().root(key);
        let d = sys_modules(vm)?;
        let (key, v) = (vm.mutator().get(hk), vm.mutator().get(hv));
        runtime::dicts::set(vm, d, key, v)
    })
}

fn modules_remove(vm: &mut HotPy, name: &str) -> Result<(), Error> {
    let key = runtime::new_str(vm, name)?;
    vm.handle_scope(|vm| {
        let hk = vm.mutator().root(key);
        let d = sys_modules(vm)?;
        let key = vm.mutator().get(hk);
        runtime::dicts::remove(vm, d, key).map(|_| ())
    })
}

/// The initial `sys.path`: the script's directory (`''` for `-c`), the `PYTHONPATH`
/// entries, then hotpy's library.
pub fn initial_path(vm: &HotPy) -> Vec<String> {
    let mut path = vec![];
    if let Some(p) = &vm.exec.search_path {
        path.push(p.display().to_string());
    }
    if let Ok(pp) = std::env::var("PYTHONPATH") {
        for entry in pp.split(':').filter(|e| !e.is_empty()) {
            path.push(absolute(entry));
        }
    }
    path.push(LIB_MARKER.to_string());
    path
}

/// `path` made absolute against the current directory (`''` is the current directory).
pub fn absolute(path: &str) -> String {
    let p = std::path::Path::new(path);
    if p.is_absolute() {
        return path.to_string();
    }
    let cwd = std::env::current_dir().unwrap_or_else(|_| ".".into());
    let mut out = cwd;
    for c in p.components() {
        match c {
            std::path::Component::CurDir => {}
            std::path::Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out.display().to_string()
}

/// The strings in `sys.path` now.
fn sys_path(vm: &mut HotPy) -> Result<Vec<String>, Error> {
    let id = sys_id(vm)?;
    let path = match vm.module_global(id, "path") {
        Some(p) => p,
        None => {
            let sys = module_object(vm, id)?;
            get_attr_str(vm, sys, "path")?
        }
    };
    let items = runtime::builtins::collect(vm, path)?;
    Ok(items
        .iter()
        .filter_map(|&v| runtime::str_value(vm, v))
        .collect())
}

/// Sets the attributes every module has on a native module.
fn init_native(vm: &mut HotPy, id: usize) -> Result<(), Error> {
    let name = vm.exec.modules[id].name.clone();
    let n = runtime::new_str(vm, &name)?;
    vm.set_module_global(id, "__name__", n);
    let n = runtime::new_str(vm, "")?;
    vm.set_module_global(id, "__package__", n);
    vm.set_module_global(id, "__doc__", NONE);
    init_spec(vm, id, None, None, true)
}

// ----- finding and loading -----

enum Found {
    Native,
    Source {
        file: String,
        package_dir: Option<String>,
    },
    Library(&'static str),
    Namespace(Vec<String>),
}

fn find(
    vm: &mut HotPy,
    name: &str,
    parent_path: Option<&[String]>,
) -> Result<Option<Found>, Error> {
    let child = name.rsplit('.').next().unwrap_or(name);
    if parent_path.is_none() && native::MODULES.contains(&name) {
        return Ok(Some(Found::Native));
    }
    let entries = match parent_path {
        Some(p) => p.to_vec(),
        None => sys_path(vm)?,
    };
    let mut namespace = vec![];
    for entry in entries {
        if entry == LIB_MARKER {
            if parent_path.is_none()
                && let Some((_, source)) = LIBRARY.iter().find(|(n, _)| *n == name)
            {
                return Ok(Some(Found::Library(source)));
            }
            continue;
        }
        let dir = std::path::PathBuf::from(absolute(&entry));
        let pkg = dir.join(child);
        let init = pkg.join("__init__.py");
        if init.is_file() {
            return Ok(Some(Found::Source {
                file: init.display().to_string(),
                package_dir: Some(pkg.display().to_string()),
            }));
        }
        let file = dir.join(format!("{child}.py"));
        if file.is_file() {
            return Ok(Some(Found::Source {
                file: file.display().to_string(),
                package_dir: None,
            }));
        }
        if pkg.is_dir() {
            namespace.push(pkg.display().to_string());
        }
    }
    Ok((!namespace.is_empty()).then_some(Found::Namespace(namespace)))
}

/// A module's docstring, if its source starts with a plain string literal.
fn docstring(source: &str) -> Option<String> {
    let mut rest = source.trim_start_matches('\u{feff}');
    loop {
        rest = rest.trim_start();
        if rest.starts_with('#') {
            rest = rest.split_once('\n').map_or("", |x| x.1);
        } else {
            break;
        }
    }
    let raw = rest.starts_with(['r', 'R']);
    if raw {
        rest = &rest[1..];
    }
    for quote in ["\"\"\"", "'''", "\"", "'"] {
        if let Some(body) = rest.strip_prefix(quote) {
            let end = body.find(quote)?;
            let text = &body[..end];
            if quote.len() == 1 && text.contains('\n') {
                return None;
            }
            if raw || !text.contains('\\') {
                return Some(text.to_string());
            }
            return Some(text.replace("\\n", "\n").replace("\\\\", "\\"));
        }
    }
    None
}

/// Sets `__spec__` and `__loader__` of module `id` (with `_frozen_importlib`'s classes).
fn init_spec(
    vm: &mut HotPy,
    id: usize,
    origin: Option<&str>,
    locations: Option<Value>,
    builtin: bool,
) -> Result<(), Error> {
    vm.handle_scope(|vm| {
        let hl = vm.mutator().root(locations.unwrap_or(NONE));
        let boot = match modules_get(vm, "_frozen_importlib")? {
            Some(b) => b,
            None => {
                if vm.exec.modules[id].name == "_frozen_importlib" {
                    return Ok(());
                }
                import_absolute(vm, "_frozen_importlib")?
            }
        };
        let Some(boot_id) = module_id(vm, boot) else {
            return Ok(());
        };
        let Some(make) = vm.module_global(boot_id, "_make_spec") else {
            return Ok(());
        };
        let hm = vm.mutator().root(make);
        let name = vm.exec.modules[id].name.clone();
        let name = runtime::new_str(vm, &name)?;
        let hn = vm.mutator().root(name);
        let origin = match origin {
            Some(o) => runtime::new_str(vm, o)?,
            None => NONE,
        };
        let ho = vm.mutator().root(origin);
        let module = module_object(vm, id)?;
        let args = [
            module,
            vm.mutator().get(hn),
            vm.mutator().get(ho),
            vm.mutator().get(hl),
            runtime::py_bool(builtin),
        ];
        let make = vm.mutator().get(hm);
        vm.call(make, &args, &[]).map(|_| ())
    })
}

/// Sets the attributes of a module loaded from source before its body runs.
fn init_file_module(
    vm: &mut HotPy,
    id: usize,
    file: &str,
    package_dir: Option<&str>,
    source: &str,
) -> Result<(), Error> {
    let name = vm.exec.modules[id].name.clone();
    let package = if package_dir.is_some() {
        name.clone()
    } else {
        name.rsplit_once('.').map_or("", |p| p.0).to_string()
    };
    if vm.module_global(id, "__doc__").is_none() {
        let doc = match docstring(source) {
            Some(d) => runtime::new_str(vm, &d)?,
            None => NONE,
        };
        vm.set_module_global(id, "__doc__", doc);
    }
    let v = runtime::new_str(vm, &package)?;
    vm.set_module_global(id, "__package__", v);
    let v = runtime::new_str(vm, file)?;
    vm.set_module_global(id, "__file__", v);
    let locations = match package_dir {
        Some(dir) => {
            let list = runtime::sequences::of_strs(vm, &[dir], false)?;
            vm.set_module_global(id, "__path__", list);
            Some(list)
        }
        None => None,
    };
    init_spec(vm, id, Some(file), locations, false)
}

/// Called by [`HotPy::new_module`]: sets `__name__` and enters the module in `sys.modules`.
pub fn registered(vm: &mut HotPy, id: usize) -> Result<(), Error> {
    let name = vm.exec.modules[id].name.clone();
    let n = runtime::new_str(vm, &name)?;
    vm.set_module_global(id, "__name__", n);
    if name == "__main__" && vm.module_global(id, "__package__").is_none() {
        vm.set_module_global(id, "__package__", NONE);
        vm.set_module_global(id, "__spec__", NONE);
        let file = vm.exec.main_file.clone();
        let doc = file
            .as_deref()
            .and_then(|f| std::fs::read_to_string(f).ok())
            .and_then(|s| docstring(&s));
        let doc = match doc {
            Some(d) => runtime::new_str(vm, &d)?,
            None => NONE,
        };
        vm.set_module_global(id, "__doc__", doc);
        if let Some(f) = file {
            let v = runtime::new_str(vm, &f)?;
            vm.set_module_global(id, "__file__", v);
        }
    }
    let module = module_object(vm, id)?;
    modules_set(vm, &name, module)
}

/// Runs module `id`'s body, marked as initializing; a body that raised leaves `sys.modules`.
fn run_body(vm: &mut HotPy, id: usize, module: &crate::compiler::Module) -> Result<Value, Error> {
    let name = vm.exec.modules[id].name.clone();
    vm.exec.modules[id].initializing = true;
    let result = vm.run_module_body(id, module);
    vm.exec.modules[id].initializing = false;
    if let Err(e) = result {
        modules_remove(vm, &name)?;
        return Err(e);
    }
    match modules_get(vm, &name)? {
        Some(m) => Ok(m),
        None => Err(import_error(
            vm,
            "ImportError",
            format!("Loaded module {name} not found in sys.modules"),
            Some(&name),
            None,
        )),
    }
}

fn load(vm: &mut HotPy, name: &str, found: Found) -> Result<Value, Error> {
    let module = load_found(vm, name, found)?;
    if name != "os" {
        return Ok(module);
    }
    // CPython's os.py enters its `path` module as `os.path` (hotpy's os.py does not).
    vm.handle_scope(|vm| {
        let ho = vm.mutator().root(module);
        if let Some(path) = attr_opt(vm, module, "path")? {
            modules_set(vm, "os.path", path)?;
        }
        Ok(vm.mutator().get(ho))
    })
}

fn load_found(vm: &mut HotPy, name: &str, found: Found) -> Result<Value, Error> {
    let (source, file, package_dir) = match found {
        Found::Native => {
            let mut state = ModuleState::new(name, vec![], None);
            state.native = true;
            vm.exec.modules.push(state);
            let id = vm.exec.modules.len() - 1;
            let module = module_object(vm, id)?;
            modules_set(vm, name, module)?;
            init_native(vm, id)?;
            return module_object(vm, id);
        }
        Found::Namespace(dirs) => {
            let mut state = ModuleState::new(name, vec![], None);
            state.file = None;
            vm.exec.modules.push(state);
            let id = vm.exec.modules.len() - 1;
            let n = runtime::new_str(vm, name)?;
            vm.set_module_global(id, "__name__", n);
            vm.set_module_global(id, "__doc__", NONE);
            let n = runtime::new_str(vm, name)?;
            vm.set_module_global(id, "__package__", n);
            vm.set_module_global(id, "__file__", NONE);
            let list = runtime::sequences::of_strs(vm, &dirs, false)?;
            vm.set_module_global(id, "__path__", list);
            let module = module_object(vm, id)?;
            modules_set(vm, name, module)?;
            let list = vm.module_global(id, "__path__");
            init_spec(vm, id, None, list, false)?;
            return module_object(vm, id);
        }
        Found::Library(source) => (source.to_string(), format!("{LIB_MARKER}/{name}.py"), None),
        Found::Source { file, package_dir } => {
            let source = std::fs::read_to_string(&file)
                .map_err(|e| Error::new("ImportError", format!("cannot read {file}: {e}")))?;
            (source, file, package_dir)
        }
    };
    let module = compile_module(&source, &file)
        .map_err(|e| runtime::syntax_error::raise(vm, &e, &file, &source))?;
    let id = vm.new_module(name, &module, Some(file.clone()))?;
    if let Err(e) = init_file_module(vm, id, &file, package_dir.as_deref(), &source) {
        modules_remove(vm, name)?;
        return Err(e);
    }
    run_body(vm, id, &module)
}

/// `__path__` of a package (None for a plain module).
fn path_of(vm: &mut HotPy, v: Value) -> Result<Option<Vec<String>>, Error> {
    let p = match module_id(vm, v) {
        Some(id) => vm.module_global(id, "__path__"),
        None => match get_attr_str(vm, v, "__path__") {
            Ok(p) => Some(p),
            Err(e) if e.is("AttributeError") => None,
            Err(e) => return Err(e),
        },
    };
    let Some(p) = p else { return Ok(None) };
    let items = runtime::builtins::collect(vm, p)?;
    Ok(Some(
        items
            .iter()
            .filter_map(|&v| runtime::str_value(vm, v))
            .collect(),
    ))
}

/// `sys.modules[name]`, importing it (and its parent packages, in order) if needed.
pub fn import_absolute(vm: &mut HotPy, name: &str) -> Result<Value, Error> {
    if let Some(m) = modules_get(vm, name)? {
        if m == NONE {
            return Err(import_error(
                vm,
                "ModuleNotFoundError",
                format!("import of {name} halted; None in sys.modules"),
                Some(name),
                None,
            ));
        }
        return Ok(m);
    }
    let mut parent_path = None;
    if let Some((parent, _)) = name.rsplit_once('.') {
        let p = import_absolute(vm, parent)?;
        let (found, p) = vm.handle_scope(|vm| {
            let hp = vm.mutator().root(p);
            let found = modules_get(vm, name)?;
            Ok::<_, Error>((found, vm.mutator().get(hp)))
        })?;
        if let Some(m) = found
            && m != NONE
        {
            return Ok(m);
        }
        match path_of(vm, p)? {
            Some(path) => parent_path = Some(path),
            None => {
                return Err(import_error(
                    vm,
                    "ModuleNotFoundError",
                    format!("No module named '{name}'; '{parent}' is not a package"),
                    Some(name),
                    None,
                ));
            }
        }
    }
    let Some(found) = find(vm, name, parent_path.as_deref())? else {
        return Err(not_found(vm, name));
    };
    let module = load(vm, name, found)?;
    if let Some((parent, child)) = name.rsplit_once('.') {
        // setattr(parent, child, module)
        vm.handle_scope(|vm| {
            let hm = vm.mutator().root(module);
            if let Some(p) = modules_get(vm, parent)? {
                let module = vm.mutator().get(hm);
                if let Some(pid) = module_id(vm, p) {
                    vm.set_module_global(pid, child, module);
                } else {
                    let key = runtime::new_str(vm, child)?;
                    let hk = vm.mutator().root(key);
                    let p = modules_get(vm, parent)?.unwrap_or(NONE);
                    let (key, module) = (vm.mutator().get(hk), vm.mutator().get(hm));
                    runtime::classes::set_attr(vm, p, key, module)?;
                }
            }
            Ok::<Value, Error>(vm.mutator().get(hm))
        })
    } else {
        Ok(module)
    }
}

/// The index of module `name`, loading it if needed (for hotpy's own uses: `_io`, `types`).
pub fn import(vm: &mut HotPy, name: &str) -> Result<usize, Error> {
    let m = import_absolute(vm, name)?;
    module_id(vm, m).ok_or_else(|| Error::new("ImportError", format!("{name} is not a module")))
}

/// The package relative imports in module `m` are resolved against: `__package__`, else
/// `__spec__.parent`, else from `__name__`.
fn package_of_module(vm: &mut HotPy, m: usize) -> Result<Option<String>, Error> {
    if let Some(p) = vm.module_global(m, "__package__")
        && p != NONE
    {
        return Ok(runtime::str_value(vm, p));
    }
    if let Some(spec) = vm.module_global(m, "__spec__")
        && spec != NONE
    {
        let parent = get_attr_str(vm, spec, "parent")?;
        return Ok(runtime::str_value(vm, parent));
    }
    let Some(name) = vm
        .module_global(m, "__name__")
        .and_then(|n| runtime::str_value(vm, n))
    else {
        return Ok(None);
    };
    if vm.module_global(m, "__path__").is_some() {
        return Ok(Some(name));
    }
    Ok(Some(name.rsplit_once('.').map_or("", |p| p.0).to_string()))
}

/// The absolute name of `name` imported with `level` dots from `package`.
fn resolve_name(
    vm: &mut HotPy,
    name: &str,
    package: Option<&str>,
    level: usize,
) -> Result<String, Error> {
    let package = package.unwrap_or("");
    if package.is_empty() {
        return Err(import_error(
            vm,
            "ImportError",
            "attempted relative import with no known parent package".into(),
            None,
            None,
        ));
    }
    let bits: Vec<&str> = package.rsplitn(level, '.').collect();
    if bits.len() < level {
        return Err(import_error(
            vm,
            "ImportError",
            "attempted relative import beyond top-level package".into(),
            None,
            None,
        ));
    }
    let base = bits.last().copied().unwrap_or("");
    Ok(if name.is_empty() {
        base.to_string()
    } else {
        format!("{base}.{name}")
    })
}

/// `__import__(name, globals, locals, fromlist, level)` with the package already found.
fn import_full(
    vm: &mut HotPy,
    name: &str,
    package: Option<&str>,
    level: usize,
    fromlist: &[gvmt::gc::Handle],
) -> Result<Value, Error> {
    let full = if level > 0 {
        resolve_name(vm, name, package, level)?
    } else {
        if name.is_empty() {
            return Err(Error::new("ValueError", "Empty module name"));
        }
        name.to_string()
    };
    let module = import_absolute(vm, &full)?;
    if fromlist.is_empty() {
        if level == 0 {
            let first = name.split('.').next().unwrap_or(name);
            return import_absolute(vm, first);
        }
        if name.is_empty() {
            return Ok(module);
        }
        let first = name.split('.').next().unwrap_or(name);
        let cut = name.len() - first.len();
        let keep = &full[..full.len() - cut];
        return match modules_get(vm, keep)? {
            Some(m) => Ok(m),
            None => Err(Error::new("KeyError", format!("'{keep}'"))),
        };
    }
    vm.handle_scope(|vm| {
        let hm = vm.mutator().root(module);
        if path_of(vm, module)?.is_some() {
            handle_fromlist(vm, hm, fromlist, false)?;
        }
        Ok(vm.mutator().get(hm))
    })
}

/// Imports the submodules a from-import names that are not attributes of the package yet.
fn handle_fromlist(
    vm: &mut HotPy,
    hm: gvmt::gc::Handle,
    fromlist: &[gvmt::gc::Handle],
    recursive: bool,
) -> Result<(), Error> {
    for &hx in fromlist {
        let x = vm.mutator().get(hx);
        let Some(text) = runtime::str_value(vm, x) else {
            let type_name = runtime::type_name(vm, x);
            let module = vm.mutator().get(hm);
            let where_ = if recursive {
                format!("{}.__all__", module_name(vm, module).unwrap_or_default())
            } else {
                "``from list''".to_string()
            };
            return Err(Error::new(
                "TypeError",
                format!("Item in {where_} must be str, not {type_name}"),
            ));
        };
        let module = vm.mutator().get(hm);
        if text == "*" {
            if !recursive && let Some(all) = attr_opt(vm, module, "__all__")? {
                let items = runtime::builtins::collect(vm, all)?;
                let handles: Vec<_> = items.iter().map(|&v| vm.mutator().root(v)).collect();
                handle_fromlist(vm, hm, &handles, true)?;
            }
            continue;
        }
        if attr_opt(vm, module, &text)?.is_some() {
            continue;
        }
        let module = vm.mutator().get(hm);
        let Some(pkg) = module_name(vm, module) else {
            continue;
        };
        let from_name = format!("{pkg}.{text}");
        if let Err(e) = import_absolute(vm, &from_name) {
            if is_not_found(&e, &from_name) && modules_get(vm, &from_name)? != Some(NONE) {
                continue;
            }
            return Err(e);
        }
    }
    Ok(())
}

/// `v.__name__` as a string.
fn module_name(vm: &mut HotPy, v: Value) -> Option<String> {
    if let Some(id) = module_id(vm, v) {
        return vm
            .module_global(id, "__name__")
            .and_then(|n| runtime::str_value(vm, n))
            .or_else(|| Some(vm.exec.modules[id].name.clone()));
    }
    let n = get_attr_str(vm, v, "__name__").ok()?;
    runtime::str_value(vm, n)
}

/// `getattr(v, name)` with a Rust name.
fn get_attr_str(vm: &mut HotPy, v: Value, name: &str) -> Result<Value, Error> {
    vm.handle_scope(|vm| {
        let hv = vm.mutator().root(v);
        let key = runtime::new_str(vm, name)?;
        let v = vm.mutator().get(hv);
        runtime::attributes::get_attr(vm, v, key)
    })
}

/// `getattr(v, name, None)`-like: None when it raises AttributeError.
fn attr_opt(vm: &mut HotPy, v: Value, name: &str) -> Result<Option<Value>, Error> {
    match get_attr_str(vm, v, name) {
        Ok(x) => Ok(Some(x)),
        Err(e) if e.is("AttributeError") => Ok(None),
        Err(e) => Err(e),
    }
}

/// IMPORT_NAME's extern. `spec` is a str constant: `NAME` for `import NAME` (the top-level
/// package is pushed), or `DOTS NAME import A,B` for `from DOTS NAME import A, B` (the named
/// module is pushed, its submodules A and B imported if they are not attributes yet).
pub fn import_name(vm: &mut HotPy, spec: Value) -> Result<Value, Error> {
    let spec = runtime::str_value(vm, spec).expect("module names are str constants");
    let (target, fromlist) = match spec.split_once(" import ") {
        Some((t, list)) => (t, Some(list)),
        None => (spec.as_str(), None),
    };
    let level = target.chars().take_while(|&c| c == '.').count();
    let name = &target[level..];
    let package = if level > 0 {
        let m = vm.current_module();
        package_of_module(vm, m)?
    } else {
        None
    };
    vm.handle_scope(|vm| {
        let mut handles = vec![];
        if let Some(list) = fromlist {
            for item in list.split(',') {
                let s = runtime::new_str(vm, item)?;
                handles.push(vm.mutator().root(s));
            }
        }
        import_full(vm, name, package.as_deref(), level, &handles)
    })
}

/// The builtin `__import__(name, globals=None, locals=None, fromlist=(), level=0)`.
pub fn dunder_import(
    vm: &mut HotPy,
    args: &[Value],
    kwargs: &[(String, Value)],
) -> Result<Value, Error> {
    let mut params = [None; 5];
    const NAMES: [&str; 5] = ["name", "globals", "locals", "fromlist", "level"];
    if args.len() > 5 {
        return Err(Error::new(
            "TypeError",
            format!(
                "__import__() takes at most 5 arguments ({} given)",
                args.len()
            ),
        ));
    }
    for (i, &a) in args.iter().enumerate() {
        params[i] = Some(a);
    }
    for (k, v) in kwargs {
        let Some(i) = NAMES.iter().position(|n| n == k) else {
            return Err(Error::new(
                "TypeError",
                format!("__import__() got an unexpected keyword argument '{k}'"),
            ));
        };
        params[i] = Some(*v);
    }
    let Some(name) = params[0] else {
        return Err(Error::new(
            "TypeError",
            "__import__() missing required argument 'name' (pos 1)",
        ));
    };
    let Some(name) = runtime::str_value(vm, name) else {
        return Err(Error::new(
            "TypeError",
            format!(
                "__import__() argument 1 must be str, not {}",
                runtime::type_name(vm, name)
            ),
        ));
    };
    let level = match params[4] {
        None => 0,
        Some(l) => match runtime::as_int(l) {
            Some(l) if l >= 0 => l as usize,
            Some(_) => return Err(Error::new("ValueError", "level must be >= 0")),
            None => return Err(Error::new("TypeError", "an integer is required")),
        },
    };
    vm.handle_scope(|vm| {
        let hf = vm.mutator().root(params[3].unwrap_or(NONE));
        let globals = params[1].unwrap_or(NONE);
        let package = if level > 0 {
            package_from_globals(vm, globals)?
        } else {
            None
        };
        let f = vm.mutator().get(hf);
        let fromlist = if f == NONE {
            vec![]
        } else {
            runtime::builtins::collect(vm, f)?
        };
        let handles: Vec<_> = fromlist.iter().map(|&v| vm.mutator().root(v)).collect();
        import_full(vm, &name, package.as_deref(), level, &handles)
    })
}

/// `_calc___package__(globals)` for `__import__`.
fn package_from_globals(vm: &mut HotPy, globals: Value) -> Result<Option<String>, Error> {
    if globals == NONE {
        return Ok(None);
    }
    vm.handle_scope(|vm| {
        let hg = vm.mutator().root(globals);
        let get = |vm: &mut HotPy, key: &str| -> Result<Option<Value>, Error> {
            let k = runtime::new_str(vm, key)?;
            let g = vm.mutator().get(hg);
            match runtime::sequences::subscript(vm, g, k) {
                Ok(v) => Ok(Some(v)),
                Err(e) if e.is("KeyError") => Ok(None),
                Err(e) => Err(e),
            }
        };
        if let Some(p) = get(vm, "__package__")?
            && p != NONE
        {
            return match runtime::str_value(vm, p) {
                Some(s) => Ok(Some(s)),
                None => Err(Error::new("TypeError", "package must be a string")),
            };
        }
        if let Some(spec) = get(vm, "__spec__")?
            && spec != NONE
        {
            let parent = get_attr_str(vm, spec, "parent")?;
            return Ok(runtime::str_value(vm, parent));
        }
        let Some(name) = get(vm, "__name__")?.and_then(|n| runtime::str_value(vm, n)) else {
            return Err(Error::new("KeyError", "'__name__' not in globals"));
        };
        if get(vm, "__path__")?.is_some() {
            return Ok(Some(name));
        }
        Ok(Some(name.rsplit_once('.').map_or("", |p| p.0).to_string()))
    })
}

/// `from module import name` (IMPORT_FROM's extern): the attribute, else the submodule
/// `module.name` from `sys.modules`, else CPython's ImportError.
pub fn import_from(vm: &mut HotPy, module: Value, name: Value) -> Result<Value, Error> {
    vm.handle_scope(|vm| {
        let (hm, hn) = (vm.mutator().root(module), vm.mutator().root(name));
        match runtime::attributes::get_attr(vm, module, name) {
            Err(e) if e.is("AttributeError") => {}
            other => return other,
        }
        let module = vm.mutator().get(hm);
        let attr = runtime::str_value(vm, vm.mutator_ref().get(hn)).unwrap_or_default();
        let pkg = module_name(vm, module);
        if let Some(pkg) = &pkg
            && let Some(v) = modules_get(vm, &format!("{pkg}.{attr}"))?
        {
            return Ok(v);
        }
        let module = vm.mutator().get(hm);
        let file = match module_id(vm, module) {
            Some(id) => vm.module_global(id, "__file__"),
            None => attr_opt(vm, module, "__file__")?,
        }
        .and_then(|f| runtime::str_value(vm, f));
        let module = vm.mutator().get(hm);
        let initializing = module_id(vm, module).is_some_and(|id| vm.exec.modules[id].initializing);
        let shown = pkg.clone().unwrap_or_else(|| "<unknown module name>".into());
        let msg = match &file {
            None => format!("cannot import name '{attr}' from '{shown}' (unknown location)"),
            Some(f) if initializing => format!(
                "cannot import name '{attr}' from partially initialized module '{shown}' (most likely due to a circular import) ({f})"
            ),
            Some(f) => format!("cannot import name '{attr}' from '{shown}' ({f})"),
        };
        Err(import_error(vm, "ImportError", msg, pkg.as_deref(), file.as_deref()))
    })
}

/// `from module import *`: the names in the module's `__all__`, or its names not starting
/// with `_`, bound in the running module.
pub fn import_star(vm: &mut HotPy, module: Value) -> Result<(), Error> {
    let target = vm.current_module();
    vm.handle_scope(|vm| {
        let hm = vm.mutator().root(module);
        let (all, names): (bool, Vec<Value>) = match attr_opt(vm, module, "__all__")? {
            Some(all) => (true, runtime::builtins::collect(vm, all)?),
            None => {
                let module = vm.mutator().get(hm);
                if module_id(vm, module).is_none() {
                    return Err(Error::new(
                        "ImportError",
                        "from-import-* object has no __dict__ and no __all__",
                    ));
                }
                let names: Vec<String> = attribute_names(vm, module)
                    .into_iter()
                    .filter(|n| !n.starts_with('_'))
                    .collect();
                let list = runtime::sequences::of_strs(vm, &names, false)?;
                (false, runtime::builtins::collect(vm, list)?)
            }
        };
        let handles: Vec<_> = names.iter().map(|&v| vm.mutator().root(v)).collect();
        for h in handles {
            let v = vm.mutator().get(h);
            let Some(name) = runtime::str_value(vm, v) else {
                let type_name = runtime::type_name(vm, v);
                let module = vm.mutator().get(hm);
                let n = module_name(vm, module).unwrap_or_default();
                let what = if all { "__all__" } else { "__dict__" };
                return Err(Error::new(
                    "TypeError",
                    format!("Item in {n}.{what} must be str, not {type_name}"),
                ));
            };
            let module = vm.mutator().get(hm);
            let v = get_attr_str(vm, module, &name)?;
            vm.set_module_global(target, &name, v);
        }
        Ok(())
    })
}

/// `module.__dict__` (what `vars(module)` and, in the module, `globals()` should give): a
/// `_namespace.ModuleNamespace` reading and writing the module's globals, one per module.
pub fn namespace(vm: &mut HotPy, id: usize) -> Result<Value, Error> {
    if let Some(p) = &vm.exec.modules[id].namespace {
        return Ok(vm.mutator_ref().pinned(p));
    }
    let m = runtime::make_int(id as i64)?;
    let ns = import(vm, "_namespace")?;
    let ns = module_object(vm, ns)?;
    let class = get_attr_str(vm, ns, "ModuleNamespace")?;
    let d = vm.call(class, &[m], &[])?;
    let pinned = vm.mutator().pin(d);
    vm.exec.modules[id].namespace = Some(pinned);
    Ok(d)
}

/// `module.name`.
pub fn get_attr(vm: &mut HotPy, module: Value, name: Value) -> Result<Value, Error> {
    let id = id_of(vm, module);
    let attr = runtime::str_value(vm, name).unwrap_or_default();
    let state = &vm.exec.modules[id];
    if let Some(i) = state.names.iter().position(|n| *n == attr)
        && state.globals[i] != UNBOUND
    {
        return Ok(state.globals[i]);
    }
    if attr == "__name__" {
        let n = vm.exec.modules[id].name.clone();
        return runtime::new_str(vm, &n);
    }
    if attr == "__dict__" {
        return namespace(vm, id);
    }
    if state.native {
        let module_name = state.name.clone();
        if let Some(v) = native::attribute(vm, &module_name, &attr)? {
            return Ok(v);
        }
    }
    let module_name = vm.exec.modules[id].name.clone();
    if vm.exec.modules[id].initializing {
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
pub fn set_attr(vm: &mut HotPy, module: Value, name: Value, v: Value) -> Result<(), Error> {
    let id = id_of(vm, module);
    let attr = runtime::str_value(vm, name).unwrap_or_default();
    if vm.exec.modules[id].native && native::set_attribute(vm, id, &attr, v)? {
        return Ok(());
    }
    vm.set_module_global(id, &attr, v);
    Ok(())
}

/// `del module.name` (for `runtime::deletion::delete_attr` to call on modules).
pub fn delete_attr(vm: &mut HotPy, module: Value, name: Value) -> Result<(), Error> {
    let id = id_of(vm, module);
    let attr = runtime::str_value(vm, name).unwrap_or_default();
    if vm.module_global(id, &attr).is_none() {
        let module_name = vm.exec.modules[id].name.clone();
        return Err(Error::new(
            "AttributeError",
            format!("module '{module_name}' has no attribute '{attr}'"),
        ));
    }
    vm.set_module_global(id, &attr, UNBOUND);
    Ok(())
}

/// The names `dir(module)` lists: its bound globals (and a native module's attributes).
pub fn attribute_names(vm: &HotPy, module: Value) -> Vec<String> {
    let id = id_of(vm, module);
    let state = &vm.exec.modules[id];
    let mut names = vm.module_global_names(id);
    if state.native {
        for n in native::attribute_names(&state.name) {
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
pub fn repr(vm: &HotPy, module: Value) -> String {
    let id = id_of(vm, module);
    let state = &vm.exec.modules[id];
    let file = vm
        .module_global(id, "__file__")
        .and_then(|f| runtime::str_value(vm, f))
        .or_else(|| state.file.clone());
    match file {
        Some(f) => format!("<module '{}' from '{f}'>", state.name),
        None if state.native => format!("<module '{}' (built-in)>", state.name),
        None => format!("<module '{}' (namespace)>", state.name),
    }
}

// ----- `-m` -----

/// Why `hotpy -m NAME` could not start the module (printed as `hotpy: MESSAGE`, status 1).
pub enum RunModuleError {
    NotFound(String),
    Raised(Error),
}

/// `hotpy -m NAME`: runs module NAME (or package NAME's `__main__`) as `__main__`, with
/// `sys.argv[0]` its file. `sys.path[0]` must already be the current directory.
pub fn run_module_as_main(vm: &mut HotPy, name: &str) -> Result<(), RunModuleError> {
    let raised = RunModuleError::Raised;
    let mut name = name.to_string();
    let (file, package_dir) = loop {
        let parent_path = match name.rsplit_once('.') {
            Some((parent, _)) => {
                let p = import_absolute(vm, parent).map_err(|e| {
                    if e.is("ImportError") || e.is("ModuleNotFoundError") {
                        RunModuleError::NotFound(format!(
                            "Error while finding module specification for '{name}' ({}: {})",
                            if e.is("ModuleNotFoundError") {
                                "ModuleNotFoundError"
                            } else {
                                "ImportError"
                            },
                            e.message()
                        ))
                    } else {
                        RunModuleError::Raised(e)
                    }
                })?;
                match path_of(vm, p).map_err(raised)? {
                    Some(path) => Some(path),
                    None => {
                        return Err(RunModuleError::NotFound(format!(
                            "Error while finding module specification for '{name}' (ModuleNotFoundError: __path__ attribute not found on '{parent}' while trying to find '{name}')"
                        )));
                    }
                }
            }
            None => None,
        };
        match find(vm, &name, parent_path.as_deref()).map_err(raised)? {
            Some(Found::Source {
                file,
                package_dir: Some(_),
            }) if !name.ends_with("__main__") => {
                let _ = file;
                let pkg = name.clone();
                name = format!("{name}.__main__");
                if find_main(vm, &pkg, &name)? {
                    continue;
                }
                return Err(RunModuleError::NotFound(format!(
                    "No module named {name}; '{pkg}' is a package and cannot be directly executed"
                )));
            }
            Some(Found::Namespace(_)) => {
                let pkg = name.clone();
                name = format!("{name}.__main__");
                if find_main(vm, &pkg, &name)? {
                    continue;
                }
                return Err(RunModuleError::NotFound(format!(
                    "No module named {name}; '{pkg}' is a package and cannot be directly executed"
                )));
            }
            Some(Found::Source { file, package_dir }) => break (file, package_dir),
            Some(Found::Library(_)) | Some(Found::Native) => {
                return Err(RunModuleError::NotFound(format!(
                    "hotpy cannot run built-in module {name} with -m"
                )));
            }
            None => return Err(RunModuleError::NotFound(format!("No module named {name}"))),
        }
    };
    let source = std::fs::read_to_string(&file)
        .map_err(|e| RunModuleError::NotFound(format!("cannot read {file}: {e}")))?;
    if let Some(a) = vm.exec.argv.first_mut() {
        *a = file.clone();
    }
    let id = sys_id(vm).map_err(raised)?;
    vm.set_module_global(id, "argv", UNBOUND);
    vm.exec.main_file = Some(file.clone());
    let module = compile_module(&source, &file)
        .map_err(|e| runtime::syntax_error::raise(vm, &e, &file, &source))
        .map_err(raised)?;
    let id = vm
        .new_module("__main__", &module, Some(file.clone()))
        .map_err(raised)?;
    let real_name = name.clone();
    (|| {
        init_file_module(vm, id, &file, package_dir.as_deref(), &source)?;
        // The spec names the module run, not `__main__`.
        let spec = vm.module_global(id, "__spec__");
        if let Some(spec) = spec.filter(|&s| s != NONE) {
            vm.handle_scope(|vm| {
                let hs = vm.mutator().root(spec);
                let key = runtime::new_str(vm, "name")?;
                let hk = vm.mutator().root(key);
                let n = runtime::new_str(vm, &real_name)?;
                let spec = vm.mutator().get(hs);
                let key = vm.mutator().get(hk);
                runtime::classes::set_attr(vm, spec, key, n)?;
                Ok::<(), Error>(())
            })?;
        }
        let parent = real_name.rsplit_once('.').map_or("", |p| p.0).to_string();
        let p = runtime::new_str(vm, &parent)?;
        vm.set_module_global(id, "__package__", p);
        vm.run_module_body(id, &module)
    })()
    .map_err(raised)
}

/// Whether `main` (a package's `__main__`) exists; imports the package first, as runpy does.
fn find_main(vm: &mut HotPy, pkg: &str, main: &str) -> Result<bool, RunModuleError> {
    let p = import_absolute(vm, pkg).map_err(RunModuleError::Raised)?;
    let path = path_of(vm, p).map_err(RunModuleError::Raised)?;
    Ok(find(vm, main, path.as_deref())
        .map_err(RunModuleError::Raised)?
        .is_some())
}
