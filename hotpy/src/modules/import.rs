//! The `import` statement and its relatives: absolute and relative names, packages and
//! their submodules, from-lists, `__import__`, `from m import name` and `from m import *`, with
//! CPython's errors (circular partial imports included).

use super::*;

/// `sys.modules[name]`, importing it (and its parent packages, in order) if needed.
pub fn import_absolute(vm: &mut ThreadState, name: &str) -> Result<Value, Error> {
    use super::import_claims::Claim;
    let me = vm.thread_ident();
    loop {
        // Another thread loading the module: wait until it has finished (or failed, and left
        // `sys.modules`), as CPython's per-module import lock makes threads do.
        let held = vm.tables().import_claims.held_by_other(name, me);
        if held == Some(Claim::Wait) {
            vm.tables().import_claims.set_waiting(me, Some(name));
            let waited = vm.blocking(|| std::thread::sleep(std::time::Duration::from_millis(1)));
            vm.tables().import_claims.set_waiting(me, None);
            waited?;
            continue;
        }
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
        if held == Some(Claim::Deadlock) {
            return Err(Error::new(
                "RuntimeError",
                format!("deadlock detected by _ModuleLock('{name}')"),
            ));
        }
        // The claim lives outside the heap: no rollback could give it back.
        vm.irreversible()?;
        let claim = vm.tables().import_claims.claim(name, me);
        match claim {
            Claim::Claimed => {
                // Loaded by another thread between the look-up and the claim?
                let result = match modules_get(vm, name) {
                    Ok(Some(m)) if m != NONE => Ok(m),
                    Ok(_) => load_absolute(vm, name),
                    Err(e) => Err(e),
                };
                vm.tables().import_claims.release(name, me);
                return result;
            }
            Claim::Reentrant => return load_absolute(vm, name),
            Claim::Wait | Claim::Deadlock => continue,
        }
    }
}

/// Finds and loads module `name`, not in `sys.modules` (parent packages first).
fn load_absolute(vm: &mut ThreadState, name: &str) -> Result<Value, Error> {
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
                    vm.set_module_global(pid, child, module)?;
                } else {
                    let key = values::new_str(vm, child)?;
                    let hk = vm.mutator().root(key);
                    let p = modules_get(vm, parent)?.unwrap_or(NONE);
                    let (key, module) = (vm.mutator().get(hk), vm.mutator().get(hm));
                    crate::objects::class::set_attr(vm, p, key, module)?;
                }
            }
            Ok::<Value, Error>(vm.mutator().get(hm))
        })
    } else {
        Ok(module)
    }
}

/// The index of module `name`, loading it if needed (for hotpy's own uses: `_io`, `types`).
pub fn import(vm: &mut ThreadState, name: &str) -> Result<usize, Error> {
    let m = import_absolute(vm, name)?;
    module_id(vm, m).ok_or_else(|| Error::new("ImportError", format!("{name} is not a module")))
}

/// The package relative imports in module `m` are resolved against: `__package__`, else
/// `__spec__.parent`, else from `__name__`.
pub(super) fn package_of_module(vm: &mut ThreadState, m: usize) -> Result<Option<String>, Error> {
    if let Some(p) = vm.module_global(m, "__package__")
        && p != NONE
    {
        return Ok(values::str_value(vm, p));
    }
    if let Some(spec) = vm.module_global(m, "__spec__")
        && spec != NONE
    {
        let parent = get_attr_str(vm, spec, "parent")?;
        return Ok(values::str_value(vm, parent));
    }
    let Some(name) = vm
        .module_global(m, "__name__")
        .and_then(|n| values::str_value(vm, n))
    else {
        return Ok(None);
    };
    if vm.module_global(m, "__path__").is_some() {
        return Ok(Some(name));
    }
    Ok(Some(name.rsplit_once('.').map_or("", |p| p.0).to_string()))
}

/// The absolute name of `name` imported with `level` dots from `package`.
pub(super) fn resolve_name(
    vm: &mut ThreadState,
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
pub(super) fn import_full(
    vm: &mut ThreadState,
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
pub(super) fn handle_fromlist(
    vm: &mut ThreadState,
    hm: gvmt::gc::Handle,
    fromlist: &[gvmt::gc::Handle],
    recursive: bool,
) -> Result<(), Error> {
    for &hx in fromlist {
        let x = vm.mutator().get(hx);
        let Some(text) = values::str_value(vm, x) else {
            let type_name = values::type_name(vm, x);
            let module = vm.mutator().get(hm);
            let where_ = if recursive {
                format!("{}.__all__", module_name(vm, module)?.unwrap_or_default())
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
                let items = crate::modules::builtins::collect(vm, all)?;
                let handles: Vec<_> = items.iter().map(|&v| vm.mutator().root(v)).collect();
                handle_fromlist(vm, hm, &handles, true)?;
            }
            continue;
        }
        if attr_opt(vm, module, &text)?.is_some() {
            continue;
        }
        let module = vm.mutator().get(hm);
        let Some(pkg) = module_name(vm, module)? else {
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

/// `v.__name__` as a string (None if it has none; an unwind passes).
pub(super) fn module_name(vm: &mut ThreadState, v: Value) -> Result<Option<String>, Error> {
    if let Some(id) = module_id(vm, v) {
        return Ok(vm
            .module_global(id, "__name__")
            .and_then(|n| values::str_value(vm, n))
            .or_else(|| Some(vm.tables().modules[id].name.clone())));
    }
    match get_attr_str(vm, v, "__name__") {
        Ok(n) => Ok(values::str_value(vm, n)),
        Err(e) if e.is_exception() => Ok(None),
        Err(unwind) => Err(unwind),
    }
}

/// `getattr(v, name)` with a Rust name.
pub(super) fn get_attr_str(vm: &mut ThreadState, v: Value, name: &str) -> Result<Value, Error> {
    vm.handle_scope(|vm| {
        let hv = vm.mutator().root(v);
        let key = values::new_str(vm, name)?;
        let v = vm.mutator().get(hv);
        crate::protocols::attributes::get_attr(vm, v, key)
    })
}

/// `getattr(v, name, None)`-like: None when it raises AttributeError.
pub(super) fn attr_opt(vm: &mut ThreadState, v: Value, name: &str) -> Result<Option<Value>, Error> {
    match get_attr_str(vm, v, name) {
        Ok(x) => Ok(Some(x)),
        Err(e) if e.is("AttributeError") => Ok(None),
        Err(e) => Err(e),
    }
}

/// IMPORT_NAME's extern. `spec` is a str constant: `NAME` for `import NAME` (the top-level
/// package is pushed), or `DOTS NAME import A,B` for `from DOTS NAME import A, B` (the named
/// module is pushed, its submodules A and B imported if they are not attributes yet).
pub fn import_name(vm: &mut ThreadState, spec: Value) -> Result<Value, Error> {
    let spec = values::str_value(vm, spec).expect("module names are str constants");
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
                let s = values::new_str(vm, item)?;
                handles.push(vm.mutator().root(s));
            }
        }
        import_full(vm, name, package.as_deref(), level, &handles)
    })
}

/// The builtin `__import__(name, globals=None, locals=None, fromlist=(), level=0)`.
pub fn dunder_import(
    vm: &mut ThreadState,
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
    let Some(name) = values::str_value(vm, name) else {
        return Err(Error::new(
            "TypeError",
            format!(
                "__import__() argument 1 must be str, not {}",
                values::type_name(vm, name)
            ),
        ));
    };
    let level = match params[4] {
        None => 0,
        Some(l) => match values::as_int(l) {
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
            crate::modules::builtins::collect(vm, f)?
        };
        let handles: Vec<_> = fromlist.iter().map(|&v| vm.mutator().root(v)).collect();
        import_full(vm, &name, package.as_deref(), level, &handles)
    })
}

/// `_calc___package__(globals)` for `__import__`.
pub(super) fn package_from_globals(
    vm: &mut ThreadState,
    globals: Value,
) -> Result<Option<String>, Error> {
    if globals == NONE {
        return Ok(None);
    }
    vm.handle_scope(|vm| {
        let hg = vm.mutator().root(globals);
        let get = |vm: &mut ThreadState, key: &str| -> Result<Option<Value>, Error> {
            let k = values::new_str(vm, key)?;
            let g = vm.mutator().get(hg);
            match crate::objects::sequence::subscript(vm, g, k) {
                Ok(v) => Ok(Some(v)),
                Err(e) if e.is("KeyError") => Ok(None),
                Err(e) => Err(e),
            }
        };
        if let Some(p) = get(vm, "__package__")?
            && p != NONE
        {
            return match values::str_value(vm, p) {
                Some(s) => Ok(Some(s)),
                None => Err(Error::new("TypeError", "package must be a string")),
            };
        }
        if let Some(spec) = get(vm, "__spec__")?
            && spec != NONE
        {
            let parent = get_attr_str(vm, spec, "parent")?;
            return Ok(values::str_value(vm, parent));
        }
        let Some(name) = get(vm, "__name__")?.and_then(|n| values::str_value(vm, n)) else {
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
pub fn import_from(vm: &mut ThreadState, module: Value, name: Value) -> Result<Value, Error> {
    vm.handle_scope(|vm| {
        let (hm, hn) = (vm.mutator().root(module), vm.mutator().root(name));
        match crate::protocols::attributes::get_attr(vm, module, name) {
            Err(e) if e.is("AttributeError") => {}
            other => return other,
        }
        let module = vm.mutator().get(hm);
        let attr = values::str_value(vm, vm.mutator_ref().get(hn)).unwrap_or_default();
        let pkg = module_name(vm, module)?;
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
        .and_then(|f| values::str_value(vm, f));
        let module = vm.mutator().get(hm);
        let initializing = module_id(vm, module).is_some_and(|id| vm.tables().modules[id].initializing.is_some());
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
pub fn import_star(vm: &mut ThreadState, module: Value) -> Result<(), Error> {
    let target = vm.current_module();
    vm.handle_scope(|vm| {
        let hm = vm.mutator().root(module);
        let (all, names): (bool, Vec<Value>) = match attr_opt(vm, module, "__all__")? {
            Some(all) => (true, crate::modules::builtins::collect(vm, all)?),
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
                let list = crate::objects::sequence::of_strs(vm, &names, false)?;
                (false, crate::modules::builtins::collect(vm, list)?)
            }
        };
        let handles: Vec<_> = names.iter().map(|&v| vm.mutator().root(v)).collect();
        for h in handles {
            let v = vm.mutator().get(h);
            let Some(name) = values::str_value(vm, v) else {
                let type_name = values::type_name(vm, v);
                let module = vm.mutator().get(hm);
                let n = module_name(vm, module)?.unwrap_or_default();
                let what = if all { "__all__" } else { "__dict__" };
                return Err(Error::new(
                    "TypeError",
                    format!("Item in {n}.{what} must be str, not {type_name}"),
                ));
            };
            let module = vm.mutator().get(hm);
            let v = get_attr_str(vm, module, &name)?;
            vm.set_module_global(target, &name, v)?;
        }
        Ok(())
    })
}
