//! Source to code at run time: `compile`, `eval` and `exec`.
//!
//! hotpy's compiler binds each global name to a slot of the module the code will run in, so
//! code is compiled for its namespace: a code object `compile()` makes is loaded in a module
//! of its own and keeps its source (`CodeObject::compiled_from`), and `exec`/`eval` compile
//! that source again for the namespace they are given. A function's code object (no source)
//! runs only in its own module's namespace.
//!
//! Namespaces: the running module's globals, the module a `globals()` namespace object stands
//! for, or a dict (run in a scratch module whose globals are the dict's str keys, written back
//! after). A `locals` mapping other than `globals` (or a function's locals, when no namespace
//! is given) runs the source compiled as CPython's LOAD_NAME code (`compile_in_namespace`).
//!
//! Owns: those three builtins' arguments and namespaces. Must not: compile (the compiler
//! does) or word syntax errors.

use super::no_keywords;
use super::object_functions::{Kwargs, rooted};
use crate::compiler::{Mode, Module};
use crate::generated::layouts::CodeRef;
use crate::values::{NONE, UNBOUND, type_name};
use crate::vm::{Error, ThreadState};
use gvmt::rt::{Value, Vm};

/// What `exec`/`eval` were given to run.
enum Source {
    /// Source text (a str, or bytes decoded as a source file is).
    Text(String),
    /// A code object: its entry in the code table.
    Code(usize),
}

/// What runs: code compiled for the target namespace, or a function's loaded code run in
/// its own module.
enum Runnable {
    Compiled(Module),
    Loaded(usize),
}

/// `compile()`'s flags that CPython accepts (the `__future__` features, `PyCF_*`).
const KNOWN_FLAGS: i64 = 0x1fe_0000 | 0x10 | 0x200 | 0x400 | 0x800 | 0x1000 | 0x2000 | 0x4000;
/// `ast.PyCF_ONLY_AST`: return the syntax tree instead of code.
const ONLY_AST: i64 = 0x400;

fn is_code(vm: &ThreadState, v: Value) -> bool {
    crate::values::layout_of(vm, v) == Some(CodeRef::ID)
}

/// The text of a str source or of a bytes-like one (decoded as a source file: a coding
/// cookie or UTF-8); SyntaxError for a null character, as CPython.
fn source_text(vm: &mut ThreadState, v: Value, filename: &str) -> Result<Option<String>, Error> {
    let text = if let Some(s) = crate::values::str_value(vm, v) {
        s
    } else if let Some(bytes) = crate::objects::bytes::value(vm, v) {
        if bytes.contains(&0) {
            return Err(null_bytes());
        }
        crate::compiler::source_text::decode(&bytes, filename).map_err(|e| {
            let text = String::from_utf8_lossy(&bytes);
            crate::objects::exception::syntax_error::raise(vm, &e, filename, &text)
        })?
    } else {
        return Ok(None);
    };
    if text.contains('\0') {
        return Err(null_bytes());
    }
    Ok(Some(text))
}

fn null_bytes() -> Error {
    Error::new(
        "SyntaxError",
        "source code string cannot contain null bytes",
    )
}

fn compile_error(
    vm: &mut ThreadState,
    e: &crate::compiler::CompileError,
    filename: &str,
    source: &str,
) -> Error {
    crate::objects::exception::syntax_error::raise(vm, e, filename, source)
}

/// `compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1, *,
/// _feature_version=-1)`: a code object, loaded in a module of its own.
pub fn compile(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    const PARAMS: [&str; 7] = [
        "source",
        "filename",
        "mode",
        "flags",
        "dont_inherit",
        "optimize",
        "_feature_version",
    ];
    if args.len() > 6 {
        return Err(Error::new(
            "TypeError",
            format!(
                "compile() takes at most 6 positional arguments ({} given)",
                args.len()
            ),
        ));
    }
    let full = crate::objects::str::keyword_args("compile", args, kwargs, &PARAMS, &[UNBOUND; 7])?;
    let arg = |i: usize| full.get(i).copied().filter(|&v| v != UNBOUND);
    for (i, name) in PARAMS.iter().enumerate().take(3) {
        if arg(i).is_none() {
            return Err(Error::new(
                "TypeError",
                format!(
                    "compile() missing required argument '{name}' (pos {})",
                    i + 1
                ),
            ));
        }
    }
    let (source, filename, mode) = (full[0], full[1], full[2]);
    let filename = match crate::values::str_value(vm, filename) {
        Some(f) => f,
        None => match crate::objects::bytes::value(vm, filename) {
            Some(b) => String::from_utf8_lossy(&b).into_owned(),
            None => {
                return Err(Error::new(
                    "TypeError",
                    format!(
                        "expected str, bytes or os.PathLike object, not {}",
                        type_name(vm, filename)
                    ),
                ));
            }
        },
    };
    let Some(mode_name) = crate::values::str_value(vm, mode) else {
        return Err(Error::new(
            "TypeError",
            format!(
                "compile() argument 'mode' must be str, not {}",
                type_name(vm, mode)
            ),
        ));
    };
    let mode = match mode_name.as_str() {
        "exec" => Mode::Exec,
        "eval" => Mode::Eval,
        "single" => Mode::Single,
        _ => {
            return Err(Error::new(
                "ValueError",
                "compile() mode must be 'exec', 'eval' or 'single'",
            ));
        }
    };
    let flags = match arg(3) {
        None => 0,
        Some(f) => crate::values::int_value(f).ok_or_else(|| {
            Error::new(
                "TypeError",
                format!(
                    "'{}' object cannot be interpreted as an integer",
                    type_name(vm, f)
                ),
            )
        })?,
    };
    if flags & !KNOWN_FLAGS != 0 {
        return Err(Error::new("ValueError", "compile(): unrecognised flags"));
    }
    let text = match source_text(vm, source, &filename)? {
        Some(text) => text,
        // A syntax tree: compiled from its source (`ast.unparse`), so it runs as written but
        // with the positions of that text.
        None => {
            let text = crate::modules::call_library(vm, "_ast", "_source_of", &[source, full[2]])?;
            match crate::values::str_value(vm, text) {
                Some(text) => text,
                None => {
                    return Err(Error::new(
                        "TypeError",
                        "compile() arg 1 must be a string, bytes or AST object",
                    ));
                }
            }
        }
    };
    if flags & ONLY_AST != 0 {
        let tree = crate::compiler::syntax_tree(&text, mode)
            .map_err(|e| compile_error(vm, &e, &filename, &text))?;
        let tree = crate::values::new_str(vm, &tree)?;
        return crate::modules::call_library(vm, "_ast", "_tree", &[tree]);
    }
    let module = crate::compiler::compile_source(&text, &filename, mode, vec![])
        .map_err(|e| compile_error(vm, &e, &filename, &text))?;
    let m = vm.scratch_module(&module.globals)?;
    let index = vm.load_in_module(m, &module)?;
    let code = vm.alloc(CodeRef::ID, CodeRef::FIXED_SIZE)?;
    CodeRef::set_index(vm.vmctx(), code, index as i64);
    Ok(code)
}

/// The code that runs `source` in the namespace with global `names` (in module `target`
/// when it is a module's).
fn prepare(
    vm: &mut ThreadState,
    name: &str,
    source: &Source,
    target: Option<usize>,
    names: Vec<String>,
    locals: Option<&[String]>,
) -> Result<Runnable, Error> {
    let compile = |source: &str, filename: &str, mode: Mode| match locals {
        None => crate::compiler::compile_source(source, filename, mode, names),
        Some(locals) => {
            crate::compiler::compile_in_namespace(source, filename, mode, names, locals.to_vec())
        }
    };
    match source {
        Source::Text(text) => {
            let mode = if name == "eval" {
                Mode::Eval
            } else {
                Mode::Exec
            };
            compile(text, "<string>", mode)
                .map(Runnable::Compiled)
                .map_err(|e| compile_error(vm, &e, "<string>", text))
        }
        &Source::Code(index) => {
            let loaded = vm.loaded(index);
            let code = std::sync::Arc::clone(&loaded.code);
            if !code.frees.is_empty() {
                return Err(Error::new(
                    "TypeError",
                    format!(
                        "code object requires a closure of exactly length {}",
                        code.frees.len()
                    ),
                ));
            }
            if let Some(from) = &code.compiled_from {
                return compile(&from.source, &code.filename, from.mode)
                    .map(Runnable::Compiled)
                    .map_err(|e| compile_error(vm, &e, &code.filename, &from.source));
            }
            if Some(loaded.module) == target && !code.is_generator && locals.is_none() {
                return Ok(Runnable::Loaded(index));
            }
            Err(Error::new(
                "NotImplementedError",
                format!(
                    "hotpy's {name}() runs a function's code object only in its own module's globals"
                ),
            ))
        }
    }
}

fn run(
    vm: &mut ThreadState,
    m: usize,
    code: &Runnable,
    locals: Option<&Locals>,
) -> Result<Value, Error> {
    match (code, locals) {
        (Runnable::Compiled(module), None) => vm.run_in_module(m, module),
        (Runnable::Compiled(module), Some(locals)) => run_with_locals(vm, m, module, locals),
        (&Runnable::Loaded(index), _) => crate::interp::call::run_code(vm, index),
    }
}

/// The locals mapping of `exec`/`eval` (rooted) and its str keys and values, read when the
/// code starts: CPython's LOAD_NAME code reads the mapping by name as it runs; hotpy binds
/// the names to local slots, runs, then writes back what the code left bound.
struct Locals {
    mapping: gvmt::gc::Handle,
    names: Vec<String>,
    values: Vec<gvmt::gc::Handle>,
}

/// Reads `mapping` (a dict, or any mapping with `keys()` and `[]`) into [`Locals`] (handles in
/// the caller's scope).
fn read_locals(vm: &mut ThreadState, mapping: Value) -> Result<Locals, Error> {
    let hm = vm.mutator().root(mapping);
    let (mut names, mut values) = (Vec::new(), Vec::new());
    if crate::objects::dict::is_dict(vm, mapping) {
        let dict = crate::objects::dict::as_dict(vm, mapping);
        for (k, v) in crate::objects::dict::entries(vm, dict) {
            if let Some(key) = crate::values::str_value(vm, k) {
                names.push(key);
                values.push(vm.mutator().root(v));
            }
        }
        return Ok(Locals {
            mapping: hm,
            names,
            values,
        });
    }
    let keys_name = vm.name_str("keys")?;
    let mapping = vm.mutator().get(hm);
    let keys = crate::protocols::attributes::get_attr(vm, mapping, keys_name)?;
    let keys = vm.call(keys, &[], &[])?;
    let keys = crate::modules::builtins::iterables::collect(vm, keys)?;
    let keys: Vec<_> = keys.into_iter().map(|k| vm.mutator().root(k)).collect();
    for hk in keys {
        let k = vm.mutator().get(hk);
        let Some(key) = crate::values::str_value(vm, k) else {
            continue;
        };
        let mapping = vm.mutator().get(hm);
        let v = crate::objects::sequence::subscript(vm, mapping, k)?;
        names.push(key);
        values.push(vm.mutator().root(v));
    }
    Ok(Locals {
        mapping: hm,
        names,
        values,
    })
}

/// Runs `module` (from `compile_in_namespace`) in module `m` with `locals`: its code makes a
/// function of the locals' values, which returns the result and the locals left bound; those
/// are written back to the mapping, and the names the code unbound deleted from it.
fn run_with_locals(
    vm: &mut ThreadState,
    m: usize,
    module: &crate::compiler::Module,
    locals: &Locals,
) -> Result<Value, Error> {
    let function = vm.run_in_module(m, module)?;
    let args: Vec<Value> = locals.values.iter().map(|&h| vm.mutator().get(h)).collect();
    let result = vm.call(function, &args, &[])?;
    let hr = vm.mutator().root(result);
    let items = crate::objects::sequence::items(vm, result).unwrap_or_default();
    let [_, bound] = items[..] else {
        return Err(Error::new(
            "SystemError",
            "a namespace run returned no pair",
        ));
    };
    let pairs: Vec<(gvmt::gc::Handle, gvmt::gc::Handle)> = crate::objects::dict::entries(vm, bound)
        .into_iter()
        .map(|(k, v)| (vm.mutator().root(k), vm.mutator().root(v)))
        .collect();
    let mut left: Vec<&str> = locals.names.iter().map(String::as_str).collect();
    for (hk, hv) in pairs {
        let (k, v) = (vm.mutator().get(hk), vm.mutator().get(hv));
        if let Some(key) = crate::values::str_value(vm, k) {
            left.retain(|n| *n != key);
        }
        let mapping = vm.mutator().get(locals.mapping);
        crate::objects::sequence::store_subscript(vm, mapping, k, v)?;
    }
    for name in left {
        let k = crate::values::new_str(vm, name)?;
        let mapping = vm.mutator().get(locals.mapping);
        crate::protocols::deletion::delete_subscript(vm, mapping, k)?;
    }
    let result = vm.mutator().get(hr);
    Ok(crate::objects::sequence::items(vm, result).unwrap_or_default()[0])
}

/// `eval(source[, globals[, locals]])` and `exec(...)`.
fn eval_or_exec(
    vm: &mut ThreadState,
    name: &str,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    no_keywords(name, kwargs)?;
    let (source, globals, locals) = match args {
        [s] => (*s, NONE, NONE),
        [s, g] => (*s, *g, NONE),
        [s, g, l] => (*s, *g, *l),
        _ => {
            return Err(Error::new(
                "TypeError",
                format!("{name} expected at most 3 arguments, got {}", args.len()),
            ));
        }
    };
    vm.handle_scope(|vm| {
        let hs = vm.mutator().root(source);
        let hg = vm.mutator().root(globals);
        // A separate locals mapping, or, called in a function without namespaces, the
        // function's locals (a snapshot, as CPython's `locals()`).
        let locals = if locals != NONE && locals != globals {
            Some(locals)
        } else if locals == NONE && globals == NONE && vm.running_local_values().is_some() {
            Some(super::namespaces::locals(vm, &[], &[])?)
        } else {
            None
        };
        let locals = match locals {
            Some(l) => Some(read_locals(vm, l)?),
            None => None,
        };
        let (source, globals) = (vm.mutator().get(hs), vm.mutator().get(hg));
        eval_or_exec_in(vm, name, source, globals, locals.as_ref())
    })
}

/// [`eval_or_exec`] once its arguments are read: `locals` when the code has a locals
/// mapping of its own.
fn eval_or_exec_in(
    vm: &mut ThreadState,
    name: &str,
    source: Value,
    globals: Value,
    locals: Option<&Locals>,
) -> Result<Value, Error> {
    let local_names = locals.map(|l| l.names.as_slice());
    let source = if is_code(vm, source) {
        Source::Code(CodeRef::index(vm.vmctx(), source) as usize)
    } else {
        // Only a failure allocates (the SyntaxError): `globals` is not used after one.
        match source_text(vm, source, "<string>")? {
            Some(t) => Source::Text(t),
            None => {
                return Err(Error::new(
                    "TypeError",
                    format!("{name}() arg 1 must be a string, bytes or code object"),
                ));
            }
        }
    };
    let finish = |v: Value| if name == "eval" { v } else { NONE };
    if globals == NONE {
        let (m, names) = vm.running_globals();
        let code = prepare(vm, name, &source, Some(m), names, local_names)?;
        return run(vm, m, &code, locals).map(finish);
    }
    let (found, globals) = rooted(vm, &[globals], |vm, h| {
        let found = namespace_module(vm, globals)?;
        Ok((found, vm.mutator().get(h[0])))
    })?;
    if let Some(m) = found {
        let code = prepare(vm, name, &source, Some(m), vm.module_names(m), local_names)?;
        return run(vm, m, &code, locals).map(finish);
    }
    let dict = crate::objects::dict::as_dict(vm, globals);
    if !crate::objects::dict::is_dict(vm, dict) {
        return Err(Error::new(
            "TypeError",
            format!(
                "{name}() globals must be a dict, not {}",
                type_name(vm, globals)
            ),
        ));
    }
    // As CPython: a namespace without `__builtins__` gets the builtins' namespace there.
    let (dict, globals) = rooted(vm, &[dict, globals], |vm, h| {
        let key = crate::values::new_str(vm, "__builtins__")?;
        let dict = vm.mutator().get(h[0]);
        if crate::objects::dict::get(vm, dict, key)?.is_none() {
            let hk = vm.mutator().root(key);
            let builtins = crate::modules::import_absolute(vm, "builtins")?;
            let namespace = crate::objects::class::attribute_dict(vm, builtins)?.unwrap_or(NONE);
            let (dict, key) = (vm.mutator().get(h[0]), vm.mutator().get(hk));
            crate::objects::dict::set(vm, dict, key, namespace)?;
        }
        Ok((vm.mutator().get(h[0]), vm.mutator().get(h[1])))
    })?;
    let names: Vec<String> = crate::objects::dict::entries(vm, dict)
        .into_iter()
        .filter_map(|(k, _)| crate::values::str_value(vm, k))
        .collect();
    let (code, globals) = rooted(vm, &[globals], |vm, h| {
        let code = prepare(vm, name, &source, None, names, local_names)?;
        Ok((code, vm.mutator().get(h[0])))
    })?;
    // A dict namespace is no module's: only compiled code runs in it.
    let Runnable::Compiled(module) = code else {
        return Err(Error::new(
            "SystemError",
            "a loaded code object cannot run in a dict",
        ));
    };
    // The compiler knows nothing can collect; the scratch module's globals array may.
    let (m, globals) = rooted(vm, &[globals], |vm, h| {
        let m = vm.scratch_module(&module.globals)?;
        Ok((m, vm.mutator().get(h[0])))
    })?;
    let dict = crate::objects::dict::as_dict(vm, globals);
    // Every key is among the module's names: setting them allocates nothing.
    for (k, v) in crate::objects::dict::entries(vm, dict) {
        if let Some(key) = crate::values::str_value(vm, k) {
            vm.set_module_global(m, &key, v)?;
        }
    }
    let result = vm.handle_scope(|vm| {
        let hd = vm.mutator().root(dict);
        let result = match locals {
            None => vm.run_in_module(m, &module),
            Some(locals) => run_with_locals(vm, m, &module, locals),
        };
        result.and_then(|v| {
            let hv = vm.mutator().root(v);
            // Write the namespace back: every global the code left bound, and none it deleted.
            for key in vm.module_names(m) {
                let bound = vm.module_global(m, &key);
                let k = crate::values::new_str(vm, &key)?;
                let d = vm.mutator().get(hd);
                match bound {
                    Some(_) => {
                        let v = vm.module_global(m, &key).unwrap_or(NONE);
                        crate::objects::dict::set(vm, d, k, v)?;
                    }
                    None => {
                        crate::objects::dict::remove(vm, d, k)?;
                    }
                }
            }
            Ok(vm.mutator().get(hv))
        })
    });
    // Functions and classes the code made keep this module as their globals: only code
    // that made none lets it be reused (code run with locals is a function's body).
    fn makes_functions(code: &crate::compiler::code::CodeObject, depth: usize) -> bool {
        code.constants.iter().any(|c| match c {
            crate::compiler::code::Constant::Code(inner) => {
                depth == 0 || makes_functions(inner, depth - 1)
            }
            _ => false,
        })
    }
    if !makes_functions(&module.code, locals.is_some() as usize) {
        vm.release_scratch_module(m);
    }
    result.map(finish)
}

/// The module a `globals()` namespace object stands for, if `v` is one.
fn namespace_module(vm: &mut ThreadState, v: Value) -> Result<Option<usize>, Error> {
    if !crate::objects::class::is_instance(vm, v) {
        return Ok(None);
    }
    let cls = crate::objects::class::class_of(vm, v);
    if crate::objects::class::qualified_name(vm, cls) != "_namespace.ModuleNamespace" {
        return Ok(None);
    }
    rooted(vm, &[v], |vm, h| {
        let key = vm.name_str("_module")?;
        let v = vm.mutator().get(h[0]);
        Ok(crate::objects::class::storage::get(vm, v, key)?
            .and_then(crate::values::int_value)
            .and_then(|m| usize::try_from(m).ok()))
    })
}

pub fn eval(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    eval_or_exec(vm, "eval", args, kwargs)
}

pub fn exec(vm: &mut ThreadState, args: &[Value], kwargs: Kwargs<'_>) -> Result<Value, Error> {
    eval_or_exec(vm, "exec", args, kwargs)
}
