//! `hotpy -m NAME`: running a module or a package's `__main__` as the main module.

use super::*;

// ----- `-m` -----

/// Why `hotpy -m NAME` could not start the module (printed as `hotpy: MESSAGE`, status 1).
pub enum RunModuleError {
    NotFound(String),
    Raised(Error),
}

/// `hotpy -m NAME`: runs module NAME (or package NAME's `__main__`) as `__main__`, with
/// `sys.argv[0]` its file. `sys.path[0]` must already be the current directory.
pub fn run_module_as_main(vm: &mut ThreadState, name: &str) -> Result<(), RunModuleError> {
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
    let bytes = std::fs::read(&file)
        .map_err(|e| RunModuleError::NotFound(format!("cannot read {file}: {e}")))?;
    let source = crate::compiler::source_text::decode(&bytes, &file)
        .map_err(|e| {
            let text = String::from_utf8_lossy(&bytes);
            crate::objects::exception::syntax_error::raise(vm, &e, &file, &text)
        })
        .map_err(raised)?;
    if let Some(a) = vm.tables().argv.first_mut() {
        *a = file.clone();
    }
    let id = sys_id(vm).map_err(raised)?;
    vm.unset_module_global(id, "argv");
    vm.tables().main_file = Some(file.clone());
    let module = compile_module(&source, &file)
        .map_err(|e| crate::objects::exception::syntax_error::raise(vm, &e, &file, &source))
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
                let key = values::new_str(vm, "name")?;
                let hk = vm.mutator().root(key);
                let n = values::new_str(vm, &real_name)?;
                let spec = vm.mutator().get(hs);
                let key = vm.mutator().get(hk);
                crate::objects::class::set_attr(vm, spec, key, n)?;
                Ok::<(), Error>(())
            })?;
        }
        let parent = real_name.rsplit_once('.').map_or("", |p| p.0).to_string();
        let p = values::new_str(vm, &parent)?;
        vm.set_module_global(id, "__package__", p)?;
        vm.run_module_body(id, &module)
    })()
    .map_err(raised)
}

/// Whether `main` (a package's `__main__`) exists; imports the package first, as runpy does.
pub(super) fn find_main(
    vm: &mut ThreadState,
    pkg: &str,
    main: &str,
) -> Result<bool, RunModuleError> {
    let p = import_absolute(vm, pkg).map_err(RunModuleError::Raised)?;
    let path = path_of(vm, p).map_err(RunModuleError::Raised)?;
    Ok(find(vm, main, path.as_deref())
        .map_err(RunModuleError::Raised)?
        .is_some())
}
