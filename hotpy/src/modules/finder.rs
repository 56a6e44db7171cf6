//! Finding and loading modules: `sys.modules` and `sys.path` (real objects of the `sys`
//! module), the search of a path entry (package, module file, hotpy's library, namespace
//! package), creating a module's globals (`__name__`, `__file__`, `__spec__`...) and running
//! its body; the errors import raises.

use super::*;

// ----- errors -----

/// `ImportError`/`ModuleNotFoundError` with `name` and `path` set.
pub(super) fn import_error(
    vm: &mut ThreadState,
    kind: &'static str,
    msg: String,
    name: Option<&str>,
    path: Option<&str>,
) -> Error {
    crate::objects::exception::import_error(vm, kind, &msg, name, path)
}

pub(super) fn not_found(vm: &mut ThreadState, name: &str) -> Error {
    import_error(
        vm,
        "ModuleNotFoundError",
        format!("No module named '{name}'"),
        Some(name),
        None,
    )
}

/// True for the ModuleNotFoundError that says `name` itself was not found.
pub(super) fn is_not_found(e: &Error, name: &str) -> bool {
    e.is("ModuleNotFoundError") && e.message() == format!("No module named '{name}'")
}

// ----- sys -----

/// The index of the `sys` module, made (with `sys.modules`) on first use.
pub fn sys_id(vm: &mut ThreadState) -> Result<usize, Error> {
    if let Some(id) = vm
        .tables()
        .modules
        .iter()
        .position(|m| m.native && m.name == "sys")
    {
        return Ok(id);
    }
    let mut state = ModuleState::new("sys", vec![], None);
    state.native = true;
    let id = vm.add_module(state)?;
    let d = crate::objects::dict::new_dict(vm, 16)?;
    vm.set_module_global(id, "modules", d)?;
    let module = module_object(vm, id)?;
    modules_set(vm, "sys", module)?;
    init_native(vm, id)?;
    import_absolute(vm, "builtins")?;
    Ok(id)
}

/// `sys.modules` (whatever it is now).
pub(super) fn sys_modules(vm: &mut ThreadState) -> Result<Value, Error> {
    let id = sys_id(vm)?;
    match vm.module_global(id, "modules") {
        Some(d) if crate::objects::dict::is_dict(vm, d) => Ok(d),
        _ => Err(Error::new("RuntimeError", "lost sys.modules")),
    }
}

/// `sys.modules.get(name)`.
pub fn modules_get(vm: &mut ThreadState, name: &str) -> Result<Option<Value>, Error> {
    let key = values::new_str(vm, name)?;
    vm.handle_scope(|vm| {
        let hk = vm.mutator().root(key);
        let d = sys_modules(vm)?;
        let key = vm.mutator().get(hk);
        crate::objects::dict::get(vm, d, key)
    })
}

/// `sys.modules[name] = v`.
pub fn modules_set(vm: &mut ThreadState, name: &str, v: Value) -> Result<(), Error> {
    vm.handle_scope(|vm| {
        let hv = vm.mutator().root(v);
        let key = values::new_str(vm, name)?;
        let hk = vm.mutator().root(key);
        let d = sys_modules(vm)?;
        let (key, v) = (vm.mutator().get(hk), vm.mutator().get(hv));
        crate::objects::dict::set(vm, d, key, v)
    })
}

pub(super) fn modules_remove(vm: &mut ThreadState, name: &str) -> Result<(), Error> {
    let key = values::new_str(vm, name)?;
    vm.handle_scope(|vm| {
        let hk = vm.mutator().root(key);
        let d = sys_modules(vm)?;
        let key = vm.mutator().get(hk);
        crate::objects::dict::remove(vm, d, key).map(|_| ())
    })
}

/// The initial `sys.path`: the script's directory (`''` for `-c`), the `PYTHONPATH`
/// entries, hotpy's library, then CPython's standard library ([`cpython_stdlib`]).
pub fn initial_path(vm: &ThreadState) -> Vec<String> {
    let mut path = vec![];
    if let Some(p) = &vm.tables().search_path {
        path.push(p.display().to_string());
    }
    if let Ok(pp) = std::env::var("PYTHONPATH") {
        for entry in pp.split(':').filter(|e| !e.is_empty()) {
            path.push(absolute(entry));
        }
    }
    path.push(LIB_MARKER.to_string());
    path.extend(cpython_stdlib());
    path
}

/// The standard library modules CPython 3.11 freezes (`_imp._frozen_module_names()`).
const FROZEN_STDLIB: &[&str] = &[
    "_collections_abc",
    "_sitebuiltins",
    "abc",
    "codecs",
    "genericpath",
    "importlib.machinery",
    "importlib.util",
    "io",
    "ntpath",
    "os",
    "posixpath",
    "runpy",
    "site",
    "stat",
    "zipimport",
];

/// The folder of CPython's standard library that hotpy imports from when it has no module of
/// its own: `$HOTPY_STDLIB` when set (empty: none), else the folder the build found with
/// `python3` (build.rs); None when that folder is not there.
pub fn cpython_stdlib() -> Option<String> {
    let dir = match std::env::var("HOTPY_STDLIB") {
        Ok(dir) => dir,
        Err(_) => env!("HOTPY_CPYTHON_STDLIB").to_string(),
    };
    (!dir.is_empty() && std::path::Path::new(&dir).join("os.py").is_file()).then_some(dir)
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
pub(super) fn sys_path(vm: &mut ThreadState) -> Result<Vec<String>, Error> {
    let id = sys_id(vm)?;
    let path = match vm.module_global(id, "path") {
        Some(p) => p,
        None => {
            let sys = module_object(vm, id)?;
            get_attr_str(vm, sys, "path")?
        }
    };
    let items = crate::modules::builtins::collect(vm, path)?;
    Ok(items
        .iter()
        .filter_map(|&v| values::str_value(vm, v))
        .collect())
}

/// Sets the attributes every module has on a native module.
pub(super) fn init_native(vm: &mut ThreadState, id: usize) -> Result<(), Error> {
    let name = vm.tables().modules[id].name.clone();
    let n = values::new_str(vm, &name)?;
    vm.set_module_global(id, "__name__", n)?;
    let n = values::new_str(vm, "")?;
    vm.set_module_global(id, "__package__", n)?;
    vm.set_module_global(id, "__doc__", NONE)?;
    init_spec(vm, id, None, None, true)
}

// ----- finding and loading -----

pub(super) enum Found {
    Native,
    Source {
        file: String,
        package_dir: Option<String>,
    },
    Library(&'static str),
    Namespace(Vec<String>),
}

pub(super) fn find(
    vm: &mut ThreadState,
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
            // A top-level module, or a submodule of a library package (whose `__path__` is
            // the library).
            if let Some((_, source)) = LIBRARY.iter().find(|(n, _)| *n == name) {
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
pub(super) fn docstring(source: &str) -> Option<String> {
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
pub(super) fn init_spec(
    vm: &mut ThreadState,
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
                if vm.tables().modules[id].name == "_frozen_importlib" {
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
        let name = vm.tables().modules[id].name.clone();
        let name = values::new_str(vm, &name)?;
        let hn = vm.mutator().root(name);
        let origin = match origin {
            Some(o) => values::new_str(vm, o)?,
            None => NONE,
        };
        let ho = vm.mutator().root(origin);
        let module = module_object(vm, id)?;
        let args = [
            module,
            vm.mutator().get(hn),
            vm.mutator().get(ho),
            vm.mutator().get(hl),
            values::py_bool(builtin),
        ];
        let make = vm.mutator().get(hm);
        vm.call(make, &args, &[]).map(|_| ())
    })
}

/// Sets the attributes of a module loaded from source before its body runs.
pub(super) fn init_file_module(
    vm: &mut ThreadState,
    id: usize,
    file: &str,
    package_dir: Option<&str>,
    source: &str,
) -> Result<(), Error> {
    let name = vm.tables().modules[id].name.clone();
    let package = if package_dir.is_some() {
        name.clone()
    } else {
        name.rsplit_once('.').map_or("", |p| p.0).to_string()
    };
    if vm.module_global(id, "__doc__").is_none() {
        let doc = match docstring(source) {
            Some(d) => values::new_str(vm, &d)?,
            None => NONE,
        };
        vm.set_module_global(id, "__doc__", doc)?;
    }
    let v = values::new_str(vm, &package)?;
    vm.set_module_global(id, "__package__", v)?;
    let v = values::new_str(vm, file)?;
    vm.set_module_global(id, "__file__", v)?;
    let locations = match package_dir {
        Some(dir) => {
            let list = crate::objects::sequence::of_strs(vm, &[dir], false)?;
            vm.set_module_global(id, "__path__", list)?;
            vm.module_global(id, "__path__")
        }
        None => None,
    };
    init_spec(vm, id, Some(file), locations, false)
}

/// Called by [`ThreadState::new_module`]: sets `__name__` and enters the module in `sys.modules`.
pub fn registered(vm: &mut ThreadState, id: usize) -> Result<(), Error> {
    let name = vm.tables().modules[id].name.clone();
    let n = values::new_str(vm, &name)?;
    vm.set_module_global(id, "__name__", n)?;
    if name == "__main__" && vm.module_global(id, "__package__").is_none() {
        vm.set_module_global(id, "__package__", NONE)?;
        vm.set_module_global(id, "__spec__", NONE)?;
        let file = vm.tables().main_file.clone();
        let doc = file
            .as_deref()
            .and_then(|f| std::fs::read_to_string(f).ok())
            .and_then(|s| docstring(&s));
        let doc = match doc {
            Some(d) => values::new_str(vm, &d)?,
            None => NONE,
        };
        vm.set_module_global(id, "__doc__", doc)?;
        if let Some(f) = file {
            let v = values::new_str(vm, &f)?;
            vm.set_module_global(id, "__file__", v)?;
        }
    }
    let module = module_object(vm, id)?;
    modules_set(vm, &name, module)
}

/// Runs module `id`'s body, marked as initializing; a body that raised leaves `sys.modules`.
pub(super) fn run_body(
    vm: &mut ThreadState,
    id: usize,
    module: &crate::compiler::Module,
) -> Result<Value, Error> {
    let name = vm.tables().modules[id].name.clone();
    let me = vm.thread_ident();
    vm.tables().modules[id].initializing = Some(me);
    let mut result = vm.run_module_body(id, module);
    if result.is_ok() && vm.in_stm() {
        // Threads waiting for the body see the module once it is no longer initializing:
        // under stm its globals must have committed by then (the transaction is
        // inevitable since the body returned to Rust, so its commit cannot fail).
        result = vm.stm_blocking(|| ()).and(result);
    }
    vm.tables().modules[id].initializing = None;
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

pub(super) fn load(vm: &mut ThreadState, name: &str, found: Found) -> Result<Value, Error> {
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

pub(super) fn load_found(vm: &mut ThreadState, name: &str, found: Found) -> Result<Value, Error> {
    let (source, file, package_dir) = match found {
        Found::Native => {
            let mut state = ModuleState::new(name, vec![], None);
            state.native = true;
            let id = vm.add_module(state)?;
            let module = module_object(vm, id)?;
            modules_set(vm, name, module)?;
            init_native(vm, id)?;
            return module_object(vm, id);
        }
        Found::Namespace(dirs) => {
            let mut state = ModuleState::new(name, vec![], None);
            state.file = None;
            let id = vm.add_module(state)?;
            let n = values::new_str(vm, name)?;
            vm.set_module_global(id, "__name__", n)?;
            vm.set_module_global(id, "__doc__", NONE)?;
            let n = values::new_str(vm, name)?;
            vm.set_module_global(id, "__package__", n)?;
            vm.set_module_global(id, "__file__", NONE)?;
            let list = crate::objects::sequence::of_strs(vm, &dirs, false)?;
            vm.set_module_global(id, "__path__", list)?;
            let module = module_object(vm, id)?;
            modules_set(vm, name, module)?;
            let list = vm.module_global(id, "__path__");
            init_spec(vm, id, None, list, false)?;
            return module_object(vm, id);
        }
        Found::Library(source) if super::LIBRARY_PACKAGES.contains(&name) => (
            source.to_string(),
            format!("{LIB_MARKER}/{name}/__init__.py"),
            Some(LIB_MARKER.to_string()),
        ),
        Found::Library(source) => (source.to_string(), format!("{LIB_MARKER}/{name}.py"), None),
        Found::Source { file, package_dir } => {
            let bytes = std::fs::read(&file)
                .map_err(|e| Error::new("ImportError", format!("cannot read {file}: {e}")))?;
            let source = crate::compiler::source_text::decode(&bytes, &file).map_err(|e| {
                let text = String::from_utf8_lossy(&bytes);
                crate::objects::exception::syntax_error::raise(vm, &e, &file, &text)
            })?;
            (source, file, package_dir)
        }
    };
    // CPython freezes some of its standard library: their code is `<frozen name>`, so
    // tracebacks through them read as CPython's do (no source lines).
    let code_file = match cpython_stdlib() {
        Some(dir) if FROZEN_STDLIB.contains(&name) && file.starts_with(&dir) => {
            format!("<frozen {name}>")
        }
        _ => file.clone(),
    };
    let module = compile_module(&source, &code_file)
        .map_err(|e| crate::objects::exception::syntax_error::raise(vm, &e, &file, &source))?;
    let id = vm.new_module(name, &module, Some(file.clone()))?;
    // Initializing from the moment it is in `sys.modules`: setting up `__spec__` may run
    // Python code (and hand the GIL over), and a thread importing it meanwhile must wait.
    let me = vm.thread_ident();
    vm.tables().modules[id].initializing = Some(me);
    if let Err(e) = init_file_module(vm, id, &file, package_dir.as_deref(), &source) {
        vm.tables().modules[id].initializing = None;
        modules_remove(vm, name)?;
        return Err(e);
    }
    run_body(vm, id, &module)
}

/// `__path__` of a package (None for a plain module).
pub(super) fn path_of(vm: &mut ThreadState, v: Value) -> Result<Option<Vec<String>>, Error> {
    let p = match module_id(vm, v) {
        Some(id) => vm.module_global(id, "__path__"),
        None => match get_attr_str(vm, v, "__path__") {
            Ok(p) => Some(p),
            Err(e) if e.is("AttributeError") => None,
            Err(e) => return Err(e),
        },
    };
    let Some(p) = p else { return Ok(None) };
    let items = crate::modules::builtins::collect(vm, p)?;
    Ok(Some(
        items
            .iter()
            .filter_map(|&v| values::str_value(vm, v))
            .collect(),
    ))
}
