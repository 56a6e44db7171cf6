//! `getset_descriptor` and `member_descriptor`: the data attributes of builtin types
//! (`int.real`, `function.__defaults__`, `type.__mro__`, `slice.start`, ...) as descriptor
//! objects in the types' namespaces, as in CPython: `int.__dict__['real']`,
//! `type(f).__dict__['__defaults__'].__get__(f)`, `dir(5)` lists them, and a class deriving
//! from `int` inherits them through the MRO like any class attribute.
//!
//! One table ([`GETSETS`]) lists each attribute with its owning type, flavour (getset or
//! member: only the error for a read-only one and the type name differ), getter and optional
//! setter. A descriptor is a `Descriptor` of kind [`NATIVE`] whose `first` is its index in
//! the table and `second` the owning type.
//!
//! Owns: the table, the getters and setters, [`get`]/[`set`] (receiver checks, values
//! carried by instances of subclasses), the descriptors' names and reprs.
//! Must not: decide the order of attribute lookup (`objects/class/mod.rs`,
//! `protocols/attributes.rs` find the descriptor and call [`get`] or [`set`]).

use crate::generated::layouts::{
    BoundMethod, Builtin, Cell, Class, Descriptor, Function, Method, Range,
};
use crate::values::{self as rt, NONE};
use crate::vm::{Error, ThreadState};
use gvmt::rt::{Value, Vm};

/// The `Descriptor` kind of the table's descriptors.
pub const NATIVE: i64 = 4;

/// How CPython implements the attribute: the type of its descriptor and the message for
/// assigning a read-only one.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Flavor {
    /// `getset_descriptor`: "attribute 'x' of 'T' objects is not writable".
    GetSet,
    /// `member_descriptor`: "readonly attribute".
    Member,
}

/// Reads the attribute from a receiver of the owning type (a subclass instance's carried
/// value already taken).
pub type Getter = fn(&mut ThreadState, Value) -> Result<Value, Error>;
/// Assigns (`Some`) or deletes (`None`) the attribute.
pub type Setter = fn(&mut ThreadState, Value, Option<Value>) -> Result<(), Error>;

/// One builtin data attribute.
pub struct GetSet {
    /// The owning class's name (for messages and for filling namespaces once).
    pub owner: &'static str,
    /// True if the owner is `type` (its receivers are classes), decided at compile time.
    pub on_type: bool,
    pub name: &'static str,
    pub flavor: Flavor,
    pub get: Getter,
    pub set: Option<Setter>,
}

const fn getset(owner: &'static str, name: &'static str, get: Getter) -> GetSet {
    GetSet {
        owner,
        on_type: rt::same_text(owner, "type"),
        name,
        flavor: Flavor::GetSet,
        get,
        set: None,
    }
}

const fn member(owner: &'static str, name: &'static str, get: Getter) -> GetSet {
    GetSet {
        owner,
        on_type: rt::same_text(owner, "type"),
        name,
        flavor: Flavor::Member,
        get,
        set: None,
    }
}

const fn writable(mut g: GetSet, set: Setter) -> GetSet {
    g.set = Some(set);
    g
}

/// The builtin types' data attributes.
pub const GETSETS: &[GetSet] = &[
    getset("int", "real", int_itself),
    getset("int", "imag", |_, _| rt::make_int(0)),
    getset("int", "numerator", int_itself),
    getset("int", "denominator", |_, _| rt::make_int(1)),
    getset("float", "real", |_, v| Ok(v)),
    getset("float", "imag", |vm, _| rt::box_float(vm, 0.0)),
    writable(
        getset("function", "__defaults__", |vm, f| {
            Ok(Function::defaults(vm.vmctx(), f))
        }),
        set_defaults,
    ),
    writable(
        getset("function", "__kwdefaults__", |vm, f| {
            Ok(Function::kwdefaults(vm.vmctx(), f))
        }),
        set_kwdefaults,
    ),
    member("function", "__code__", |vm, f| {
        let index = Function::code(vm.vmctx(), f);
        code_ref(vm, index as usize)
    }),
    member("generator", "gi_code", generator_code),
    member("generator", "gi_running", generator_running),
    member("generator", "gi_suspended", generator_suspended),
    member("generator", "gi_frame", generator_frame),
    member("generator", "gi_yieldfrom", generator_awaiting),
    getset("generator", "__name__", generator_name),
    getset("generator", "__qualname__", generator_qualname),
    member("coroutine", "cr_code", generator_code),
    member("coroutine", "cr_running", generator_running),
    member("coroutine", "cr_suspended", generator_suspended),
    member("coroutine", "cr_frame", generator_frame),
    member("coroutine", "cr_await", generator_awaiting),
    member("coroutine", "cr_origin", |_, _| Ok(NONE)),
    getset("coroutine", "__name__", generator_name),
    getset("coroutine", "__qualname__", generator_qualname),
    member("async_generator", "ag_code", generator_code),
    member("async_generator", "ag_running", generator_running),
    member("async_generator", "ag_suspended", generator_suspended),
    member("async_generator", "ag_frame", generator_frame),
    member("async_generator", "ag_await", generator_awaiting),
    getset("async_generator", "__name__", generator_name),
    getset("async_generator", "__qualname__", generator_qualname),
    member("code", "co_name", |vm, c| {
        let name = code_of(vm, c).name.clone();
        rt::new_str(vm, &name)
    }),
    member("code", "co_qualname", |vm, c| {
        let name = code_of(vm, c).qualname.clone();
        rt::new_str(vm, if name.is_empty() { "<module>" } else { &name })
    }),
    member("code", "co_filename", |vm, c| {
        let name = code_of(vm, c).filename.clone();
        rt::new_str(vm, &name)
    }),
    member("code", "co_firstlineno", |vm, c| {
        rt::make_int(code_of(vm, c).first_line as i64)
    }),
    member("code", "co_argcount", |vm, c| {
        rt::make_int(code_of(vm, c).nargs as i64)
    }),
    member("code", "co_posonlyargcount", |vm, c| {
        rt::make_int(code_of(vm, c).posonly as i64)
    }),
    member("code", "co_kwonlyargcount", |vm, c| {
        rt::make_int(code_of(vm, c).kwonly as i64)
    }),
    member("code", "co_nlocals", |vm, c| {
        let names = crate::objects::code_object::varnames(&code_of(vm, c));
        rt::make_int(names.len() as i64)
    }),
    member("code", "co_varnames", |vm, c| {
        let names = crate::objects::code_object::varnames(&code_of(vm, c));
        crate::objects::sequence::of_strs(vm, &names, true)
    }),
    member("code", "co_cellvars", |vm, c| {
        let code = code_of(vm, c);
        let names: Vec<String> = code
            .cells
            .iter()
            .map(|&i| code.varnames[i].clone())
            .collect();
        crate::objects::sequence::of_strs(vm, &names, true)
    }),
    member("code", "co_freevars", |vm, c| {
        let code = code_of(vm, c);
        let names: Vec<String> = code
            .frees
            .iter()
            .map(|&i| code.varnames[i].clone())
            .collect();
        crate::objects::sequence::of_strs(vm, &names, true)
    }),
    member("code", "co_flags", |vm, c| {
        // CPython's CO_OPTIMIZED | CO_NEWLOCALS, CO_VARARGS, CO_VARKEYWORDS, CO_NESTED,
        // CO_GENERATOR (a module's code has none of them).
        let code = code_of(vm, c);
        let mut flags = if code.name == "<module>" { 0 } else { 3 };
        flags |= ((code.varargs as i64) * 4) | ((code.varkw as i64) * 8);
        flags |= (code.qualname.contains("<locals>") as i64) * 16;
        use crate::compiler::code::Flavor;
        flags |= match (code.is_generator, code.flavor) {
            (false, _) => 0,
            (true, Flavor::Generator) => 0x20,
            (true, Flavor::Coroutine) => 0x80,
            (true, Flavor::AsyncGenerator) => 0x200,
        };
        let index = crate::generated::layouts::CodeRef::index(vm.vmctx(), c) as usize;
        if vm
            .loaded(index)
            .iterable_coroutine
            .load(std::sync::atomic::Ordering::Relaxed)
        {
            flags |= 0x100;
        }
        rt::make_int(flags)
    }),
    member("code", "co_code", |vm, c| {
        let bytes = code_of(vm, c).code.clone();
        crate::objects::bytes::new_bytes(vm, &bytes)
    }),
    member("code", "co_consts", |vm, c| {
        // hotpy's constant pool: the literals, nested code objects and the names its
        // instructions use (CPython keeps the names in `co_names`).
        let index = crate::generated::layouts::CodeRef::index(vm.vmctx(), c) as usize;
        let code = &vm.loaded(index).gvmt;
        let items: Vec<Value> = (0..code.consts_len()).map(|i| code.constant(i)).collect();
        crate::objects::sequence::new_tuple(vm, &items)
    }),
    member("code", "co_stacksize", |vm, c| {
        rt::make_int(code_of(vm, c).max_stack as i64)
    }),
    member("function", "__closure__", |vm, f| {
        Ok(Function::closure(vm.vmctx(), f))
    }),
    member("function", "__globals__", |vm, f| {
        let module = vm.loaded(Function::code(vm.vmctx(), f) as usize).module;
        crate::modules::namespace(vm, module)
    }),
    writable(
        member("function", "__module__", function_module),
        set_module,
    ),
    writable(member("function", "__doc__", function_doc), set_doc),
    writable(getset("function", "__name__", function_name), set_name),
    writable(
        getset("function", "__qualname__", function_qualname),
        set_qualname,
    ),
    writable(
        getset("function", "__annotations__", function_annotations),
        set_annotations,
    ),
    writable(
        getset(
            "function",
            "__dict__",
            crate::protocols::attributes::function_dict,
        ),
        set_function_dict,
    ),
    getset("builtin_function_or_method", "__name__", |vm, f| {
        if crate::objects::function::is_builtin_standin(vm, f) {
            return wrapped_attr(vm, f, "__name__");
        }
        let name = builtin_name(vm, f);
        rt::new_str(vm, name.rsplit('.').next().unwrap_or(&name))
    }),
    getset("builtin_function_or_method", "__qualname__", |vm, f| {
        if crate::objects::function::is_builtin_standin(vm, f) {
            return wrapped_attr(vm, f, "__qualname__");
        }
        let name = builtin_name(vm, f);
        rt::new_str(vm, &name)
    }),
    member("builtin_function_or_method", "__module__", builtin_module),
    getset("builtin_function_or_method", "__doc__", |vm, f| {
        if crate::objects::function::is_builtin_standin(vm, f) {
            return wrapped_attr(vm, f, "__doc__");
        }
        Ok(NONE)
    }),
    member("builtin_function_or_method", "__self__", builtin_self),
    member("method-wrapper", "__self__", |vm, w| {
        Ok(crate::generated::layouts::MethodWrapper::receiver(
            vm.vmctx(),
            w,
        ))
    }),
    member("method", "__func__", |vm, m| {
        Ok(Method::function(vm.vmctx(), m))
    }),
    member("method", "__self__", |vm, m| {
        Ok(Method::receiver(vm.vmctx(), m))
    }),
    writable(
        getset("cell", "cell_contents", |vm, c| {
            crate::objects::function::cell_contents(vm, c)
        }),
        set_cell_contents,
    ),
    getset("array.array", "typecode", |vm, a| {
        let c = crate::objects::array::code(vm, a).char().to_string();
        rt::new_str(vm, &c)
    }),
    getset("array.array", "itemsize", |vm, a| {
        rt::make_int(crate::objects::array::code(vm, a).size() as i64)
    }),
    getset("memoryview", "obj", |vm, m| {
        crate::objects::memoryview::attribute(vm, m, "obj")
    }),
    getset("memoryview", "nbytes", |vm, m| {
        crate::objects::memoryview::attribute(vm, m, "nbytes")
    }),
    getset("memoryview", "readonly", |vm, m| {
        crate::objects::memoryview::attribute(vm, m, "readonly")
    }),
    getset("memoryview", "itemsize", |vm, m| {
        crate::objects::memoryview::attribute(vm, m, "itemsize")
    }),
    getset("memoryview", "format", |vm, m| {
        crate::objects::memoryview::attribute(vm, m, "format")
    }),
    getset("memoryview", "ndim", |vm, m| {
        crate::objects::memoryview::attribute(vm, m, "ndim")
    }),
    getset("memoryview", "shape", |vm, m| {
        crate::objects::memoryview::attribute(vm, m, "shape")
    }),
    getset("memoryview", "strides", |vm, m| {
        crate::objects::memoryview::attribute(vm, m, "strides")
    }),
    getset("memoryview", "suboffsets", |vm, m| {
        crate::objects::memoryview::attribute(vm, m, "suboffsets")
    }),
    getset("memoryview", "c_contiguous", |vm, m| {
        crate::objects::memoryview::attribute(vm, m, "c_contiguous")
    }),
    getset("memoryview", "f_contiguous", |vm, m| {
        crate::objects::memoryview::attribute(vm, m, "f_contiguous")
    }),
    getset("memoryview", "contiguous", |vm, m| {
        crate::objects::memoryview::attribute(vm, m, "contiguous")
    }),
    member("slice", "start", |vm, s| {
        Ok(crate::objects::slice::parts(vm, s).0)
    }),
    member("slice", "stop", |vm, s| {
        Ok(crate::objects::slice::parts(vm, s).1)
    }),
    member("slice", "step", |vm, s| {
        Ok(crate::objects::slice::parts(vm, s).2)
    }),
    member("range", "start", |vm, r| Ok(Range::start(vm.vmctx(), r))),
    member("range", "stop", |vm, r| Ok(Range::stop(vm.vmctx(), r))),
    member("range", "step", |vm, r| Ok(Range::step(vm.vmctx(), r))),
    writable(
        getset("property", "__doc__", property_doc),
        set_property_doc,
    ),
    getset("staticmethod", "__doc__", |vm, d| {
        wrapped_attr(vm, d, "__doc__")
    }),
    getset("staticmethod", "__name__", |vm, d| {
        wrapped_attr(vm, d, "__name__")
    }),
    getset("staticmethod", "__qualname__", |vm, d| {
        wrapped_attr(vm, d, "__qualname__")
    }),
    getset("staticmethod", "__module__", |vm, d| {
        wrapped_attr(vm, d, "__module__")
    }),
    getset("classmethod", "__doc__", |vm, d| {
        wrapped_attr(vm, d, "__doc__")
    }),
    getset("classmethod", "__name__", |vm, d| {
        wrapped_attr(vm, d, "__name__")
    }),
    getset("classmethod", "__qualname__", |vm, d| {
        wrapped_attr(vm, d, "__qualname__")
    }),
    getset("classmethod", "__module__", |vm, d| {
        wrapped_attr(vm, d, "__module__")
    }),
    member("staticmethod", "__func__", wrapped),
    member("staticmethod", "__wrapped__", wrapped),
    getset("staticmethod", "__isabstractmethod__", wrapped_is_abstract),
    member("classmethod", "__func__", wrapped),
    member("classmethod", "__wrapped__", wrapped),
    getset("classmethod", "__isabstractmethod__", wrapped_is_abstract),
    member("property", "fget", wrapped),
    member("property", "fset", |vm, p| {
        Ok(Descriptor::second(vm.vmctx(), p))
    }),
    member("property", "fdel", |vm, p| {
        Ok(Descriptor::third(vm.vmctx(), p))
    }),
    getset("property", "__isabstractmethod__", wrapped_is_abstract),
    getset("type", "__name__", class_name),
    getset("type", "__qualname__", |vm, c| {
        if let Some((_, name)) = builtin_split(vm, c) {
            return rt::new_str(vm, name);
        }
        let q = vm.class_qualname(Class::id(vm.vmctx(), c) as usize);
        rt::new_str(vm, q)
    }),
    member("type", "__mro__", |vm, c| Ok(Class::mro(vm.vmctx(), c))),
    getset("type", "__bases__", |vm, c| Ok(Class::bases(vm.vmctx(), c))),
    member("type", "__base__", |vm, c| Ok(Class::base(vm.vmctx(), c))),
    getset("type", "__dict__", crate::objects::class::namespace_view),
    getset("type", "__doc__", |vm, c| {
        // The class's own docstring only (not inherited), as CPython's getter.
        let key = vm.name_str("__doc__")?;
        let dict = Class::dict(vm.vmctx(), c);
        Ok(crate::objects::dict::get(vm, dict, key)?.unwrap_or(NONE))
    }),
    getset("type", "__module__", |vm, c| {
        // The class body's `__module__`; 'builtins' for a builtin type (whose namespace may
        // hold its instances' `__module__` descriptor instead).
        let key = vm.name_str("__module__")?;
        let dict = Class::dict(vm.vmctx(), c);
        match crate::objects::dict::get(vm, dict, key)? {
            Some(v) if entry(vm, v).is_none() => Ok(v),
            _ => match builtin_split(vm, c) {
                Some((module, _)) => rt::new_str(vm, module),
                None => rt::new_str(vm, "builtins"),
            },
        }
    }),
    getset("type", "__annotations__", |vm, c| {
        let key = vm.name_str("__annotations__")?;
        crate::objects::class::own_annotations(vm, c, key)
    }),
    writable(
        getset("BaseException", "args", exception_args),
        set_exception_args,
    ),
    writable(member("SystemExit", "code", exit_code), set_exit_code),
    writable(member("StopIteration", "value", stop_value), set_stop_value),
    writable(
        member("BaseException", "__cause__", exception_cause),
        set_exception_cause,
    ),
    writable(member("OSError", "errno", os_errno), set_os_errno),
    writable(member("OSError", "strerror", os_strerror), set_os_strerror),
    writable(member("OSError", "filename", os_filename), set_os_filename),
    writable(
        member("OSError", "filename2", os_filename2),
        set_os_filename2,
    ),
    writable(
        member("UnicodeEncodeError", "encoding", unicode_encoding),
        set_unicode_encoding,
    ),
    writable(
        member("UnicodeEncodeError", "object", unicode_object),
        set_unicode_object,
    ),
    writable(
        member("UnicodeEncodeError", "start", unicode_start),
        set_unicode_start,
    ),
    writable(
        member("UnicodeEncodeError", "end", unicode_end),
        set_unicode_end,
    ),
    writable(
        member("UnicodeEncodeError", "reason", unicode_reason),
        set_unicode_reason,
    ),
    writable(
        member("UnicodeDecodeError", "encoding", unicode_encoding),
        set_unicode_encoding,
    ),
    writable(
        member("UnicodeDecodeError", "object", unicode_object),
        set_unicode_object,
    ),
    writable(
        member("UnicodeDecodeError", "start", unicode_start),
        set_unicode_start,
    ),
    writable(
        member("UnicodeDecodeError", "end", unicode_end),
        set_unicode_end,
    ),
    writable(
        member("UnicodeDecodeError", "reason", unicode_reason),
        set_unicode_reason,
    ),
    writable(
        member("UnicodeTranslateError", "encoding", unicode_encoding),
        set_unicode_encoding,
    ),
    writable(
        member("UnicodeTranslateError", "object", unicode_object),
        set_unicode_object,
    ),
    writable(
        member("UnicodeTranslateError", "start", unicode_start),
        set_unicode_start,
    ),
    writable(
        member("UnicodeTranslateError", "end", unicode_end),
        set_unicode_end,
    ),
    writable(
        member("UnicodeTranslateError", "reason", unicode_reason),
        set_unicode_reason,
    ),
    getset("getset_descriptor", "__name__", descriptor_name),
    getset("getset_descriptor", "__qualname__", descriptor_qualname),
    member("getset_descriptor", "__objclass__", descriptor_owner),
    getset("member_descriptor", "__name__", descriptor_name),
    getset("member_descriptor", "__qualname__", descriptor_qualname),
    member("member_descriptor", "__objclass__", descriptor_owner),
];

/// The table entries of builtin type `t`, with their indices.
pub fn of_type(t: &str) -> impl Iterator<Item = (usize, &'static GetSet)> + '_ {
    GETSETS
        .iter()
        .enumerate()
        .filter(move |(_, g)| g.owner == t)
}

/// A new descriptor for table entry `index`, owned by class `owner`.
pub fn new_descriptor(vm: &mut ThreadState, index: usize, owner: Value) -> Result<Value, Error> {
    let id = rt::make_int(index as i64)?;
    crate::objects::class::new_descriptor(vm, NATIVE, id, owner)
}

/// The table entry of a descriptor of kind [`NATIVE`], or None for other values.
pub fn entry(vm: &ThreadState, d: Value) -> Option<&'static GetSet> {
    if crate::objects::class::descriptor_kind(vm, d) != Some(NATIVE) {
        return None;
    }
    let index = rt::as_int(Descriptor::first(vm.vmctx(), d))?;
    GETSETS.get(index as usize)
}

/// `d.__get__(obj)`: the attribute of `obj` (or of the builtin value an instance of a
/// subclass carries); a TypeError for a receiver of another type.
pub fn get(vm: &mut ThreadState, d: Value, obj: Value) -> Result<Value, Error> {
    let g = entry(vm, d).expect("a native descriptor");
    let receiver = receiver(vm, d, g, obj)?;
    (g.get)(vm, receiver)
}

/// `obj.name = v` (or `del obj.name` when `v` is None) through descriptor `d`.
pub fn set(vm: &mut ThreadState, d: Value, obj: Value, v: Option<Value>) -> Result<(), Error> {
    let g = entry(vm, d).expect("a native descriptor");
    let receiver = receiver(vm, d, g, obj)?;
    match g.set {
        Some(set) => set(vm, receiver, v),
        None if g.flavor == Flavor::Member => {
            Err(Error::new("AttributeError", "readonly attribute"))
        }
        None => Err(Error::new(
            "AttributeError",
            format!(
                "attribute '{}' of '{}' objects is not writable",
                g.name, g.owner
            ),
        )),
    }
}

/// The value the getter or setter works on: `obj` itself, or the builtin value an instance
/// of a class deriving from the owner carries; a TypeError if `obj` is no such thing.
fn receiver(vm: &mut ThreadState, d: Value, g: &GetSet, obj: Value) -> Result<Value, Error> {
    let value = crate::objects::class::builtin_subclasses::value_of(vm, obj).unwrap_or(obj);
    let applies = if g.on_type {
        crate::objects::class::is_class(vm, value)
    } else if crate::objects::exception::is_instance(vm, obj) {
        let owner = Descriptor::second(vm.vmctx(), d);
        crate::objects::class::is_subclass(vm, crate::objects::class::class_of(vm, obj), owner)
    } else {
        match crate::objects::class::builtin_types::class_of_value(vm, value)? {
            Some(cls) => {
                let owner = Descriptor::second(vm.vmctx(), d);
                crate::objects::class::is_subclass(vm, cls, owner)
            }
            None => false,
        }
    };
    if applies {
        return Ok(value);
    }
    Err(Error::new(
        "TypeError",
        format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            g.name,
            g.owner,
            rt::type_name(vm, obj)
        ),
    ))
}

/// `repr(d)`: `<attribute 'real' of 'int' objects>` (CPython shows members the same way
/// when looked up on their type); a `__slots__` member: `<member 'x' of 'C' objects>`.
pub fn repr(vm: &ThreadState, d: Value) -> String {
    match entry(vm, d) {
        Some(g) => match g.flavor {
            Flavor::GetSet => format!("<attribute '{}' of '{}' objects>", g.name, g.owner),
            Flavor::Member => format!("<member '{}' of '{}' objects>", g.name, g.owner),
        },
        None => {
            let ctx = vm.vmctx();
            let name = rt::str_value(vm, Descriptor::first(ctx, d)).unwrap_or_default();
            let owner = crate::generated::layouts::Class::id(ctx, Descriptor::second(ctx, d));
            format!(
                "<member '{name}' of '{}' objects>",
                vm.class_name(owner as usize)
            )
        }
    }
}

fn int_itself(_: &mut ThreadState, v: Value) -> Result<Value, Error> {
    // `True.real` is 1, an int.
    match v {
        rt::TRUE => rt::make_int(1),
        rt::FALSE => rt::make_int(0),
        _ => Ok(v),
    }
}

/// An assigned attribute from function `f`'s attribute dict.
fn assigned(vm: &mut ThreadState, f: Value, name: &'static str) -> Result<Option<Value>, Error> {
    let attrs = Function::attrs(vm.vmctx(), f);
    if attrs == NONE {
        return Ok(None);
    }
    let key = vm.name_str(name)?;
    let attrs = Function::attrs(vm.vmctx(), f);
    crate::objects::dict::get(vm, attrs, key)
}

fn function_module(vm: &mut ThreadState, f: Value) -> Result<Value, Error> {
    if let Some(v) = assigned(vm, f, "__module__")? {
        return Ok(v);
    }
    // CPython's: the `__name__` of the function's globals when it was made (None if they
    // have none: code `exec` ran in a dict without `__name__`).
    let module = vm.loaded(Function::code(vm.vmctx(), f) as usize).module;
    if let Some(name) = vm.module_global(module, "__name__") {
        return Ok(name);
    }
    let name = vm.tables().modules[module].name.clone();
    if name == crate::modules::SCRATCH_MODULE_NAME {
        return Ok(NONE);
    }
    rt::new_str(vm, &name)
}

fn function_doc(vm: &mut ThreadState, f: Value) -> Result<Value, Error> {
    if let Some(v) = assigned(vm, f, "__doc__")? {
        return Ok(v);
    }
    match vm.function_doc(f) {
        Some(d) => rt::new_str(vm, &d),
        None => Ok(NONE),
    }
}

fn function_name(vm: &mut ThreadState, f: Value) -> Result<Value, Error> {
    if let Some(v) = assigned(vm, f, "__name__")? {
        return Ok(v);
    }
    let name = vm.function_name(f).unwrap_or("?").to_string();
    rt::new_str(vm, &name)
}

fn function_qualname(vm: &mut ThreadState, f: Value) -> Result<Value, Error> {
    if let Some(v) = assigned(vm, f, "__qualname__")? {
        return Ok(v);
    }
    let name = vm.function_qualname(f).unwrap_or("?").to_string();
    rt::new_str(vm, &name)
}

/// `f.__annotations__`: made empty on first use, then kept like an assigned attribute.
fn function_annotations(vm: &mut ThreadState, f: Value) -> Result<Value, Error> {
    if let Some(v) = assigned(vm, f, "__annotations__")? {
        return Ok(v);
    }
    vm.handle_scope(|vm| {
        let hf = vm.mutator().root(f);
        let d = crate::objects::dict::new_dict(vm, 0)?;
        let hd = vm.mutator().root(d);
        let f = vm.mutator().get(hf);
        in_dict_named(vm, f, "__annotations__", Some(d))?;
        Ok(vm.mutator().get(hd))
    })
}

fn must_be(what: &str, kind: &str) -> Error {
    Error::new(
        "TypeError",
        format!("{what} must be set to a {kind} object"),
    )
}

fn set_defaults(vm: &mut ThreadState, f: Value, v: Option<Value>) -> Result<(), Error> {
    let v = v.unwrap_or(NONE);
    if v != NONE && !rt::is_tuple(vm, v) {
        return Err(must_be("__defaults__", "tuple"));
    }
    Function::set_defaults(vm.vmctx(), f, v);
    Ok(())
}

fn set_kwdefaults(vm: &mut ThreadState, f: Value, v: Option<Value>) -> Result<(), Error> {
    let v = v.unwrap_or(NONE);
    if v != NONE && !crate::objects::dict::is_dict(vm, v) {
        return Err(must_be("__kwdefaults__", "dict"));
    }
    Function::set_kwdefaults(vm.vmctx(), f, v);
    Ok(())
}

fn set_function_dict(vm: &mut ThreadState, f: Value, v: Option<Value>) -> Result<(), Error> {
    match v {
        None => Err(Error::new("TypeError", "cannot delete __dict__")),
        Some(d) if crate::objects::dict::is_dict(vm, d) => {
            Function::set_attrs(vm.vmctx(), f, d);
            Ok(())
        }
        Some(d) => Err(Error::new(
            "TypeError",
            format!(
                "__dict__ must be set to a dictionary, not a '{}'",
                rt::type_name(vm, d)
            ),
        )),
    }
}

/// The function attributes kept in its attribute dict once assigned.
fn set_name(vm: &mut ThreadState, f: Value, v: Option<Value>) -> Result<(), Error> {
    in_dict_named(vm, f, "__name__", v)
}

fn set_qualname(vm: &mut ThreadState, f: Value, v: Option<Value>) -> Result<(), Error> {
    in_dict_named(vm, f, "__qualname__", v)
}

fn set_doc(vm: &mut ThreadState, f: Value, v: Option<Value>) -> Result<(), Error> {
    in_dict_named(vm, f, "__doc__", v)
}

fn set_module(vm: &mut ThreadState, f: Value, v: Option<Value>) -> Result<(), Error> {
    in_dict_named(vm, f, "__module__", v)
}

fn set_annotations(vm: &mut ThreadState, f: Value, v: Option<Value>) -> Result<(), Error> {
    in_dict_named(vm, f, "__annotations__", v)
}

/// `f.name = v` (`del f.name` for None) into the attribute dict, with CPython's checks.
fn in_dict_named(
    vm: &mut ThreadState,
    f: Value,
    name: &'static str,
    v: Option<Value>,
) -> Result<(), Error> {
    if matches!(name, "__name__" | "__qualname__") {
        match v {
            Some(s) if rt::str_value(vm, s).is_some() => {}
            _ => return Err(must_be(name, "string")),
        }
    }
    vm.handle_scope(|vm| {
        let handles = v.map(|v| vm.mutator().root(v));
        let key = vm.name_str(name)?;
        let hk = vm.mutator().root(key);
        let dict = crate::protocols::attributes::function_dict(vm, f)?;
        let key = vm.mutator().get(hk);
        match handles {
            Some(h) => {
                let v = vm.mutator().get(h);
                crate::objects::dict::set(vm, dict, key, v)
            }
            None => crate::objects::dict::remove(vm, dict, key).map(|_| ()),
        }
    })
}

fn set_cell_contents(vm: &mut ThreadState, c: Value, v: Option<Value>) -> Result<(), Error> {
    Cell::set_value(vm.vmctx(), c, v.unwrap_or(rt::UNBOUND));
    Ok(())
}

/// The full name of a builtin function (`len`, `math.sqrt`) or bound builtin method
/// (`list.append`).
fn builtin_name(vm: &ThreadState, f: Value) -> String {
    if rt::layout_of(vm, f) == Some(BoundMethod::ID) {
        return crate::protocols::attributes::method_name(vm, f);
    }
    let id = Builtin::id(vm.vmctx(), f) as usize;
    crate::modules::builtins::BUILTINS[id].0.to_string()
}

/// `len.__module__` is 'builtins', `math.sqrt.__module__` 'math', a bound method's None.
fn builtin_module(vm: &mut ThreadState, f: Value) -> Result<Value, Error> {
    if crate::objects::function::is_builtin_standin(vm, f) {
        return wrapped_attr(vm, f, "__module__");
    }
    if rt::layout_of(vm, f) == Some(BoundMethod::ID) {
        return Ok(NONE);
    }
    let id = Builtin::id(vm.vmctx(), f) as usize;
    let full = crate::modules::builtins::BUILTINS[id].0;
    let module = match full.split_once('.') {
        Some((m, _)) if crate::modules::native::MODULES.contains(&m) => m,
        _ => "builtins",
    };
    rt::new_str(vm, module)
}

/// `f.__self__` of a builtin: the receiver a method is bound to (`[].append`), else the
/// module of a module's function (`math.sqrt`, `len`: builtins), as CPython.
fn builtin_self(vm: &mut ThreadState, f: Value) -> Result<Value, Error> {
    if rt::layout_of(vm, f) == Some(BoundMethod::ID) {
        return Ok(BoundMethod::receiver(vm.vmctx(), f));
    }
    let module = builtin_module(vm, f)?;
    match rt::str_value(vm, module) {
        Some(name) => {
            let id = crate::modules::import(vm, &name)?;
            crate::modules::module_object(vm, id)
        }
        None => Ok(NONE),
    }
}

use crate::objects::code_object::code_of;

/// The function a staticmethod, classmethod or property (its getter) wraps.
fn wrapped(vm: &mut ThreadState, d: Value) -> Result<Value, Error> {
    Ok(Descriptor::first(vm.vmctx(), d))
}

/// An attribute of the function a staticmethod or classmethod wraps (Python 3.10 copies
/// `__name__`, `__qualname__`, `__doc__` and `__module__`).
fn wrapped_attr(vm: &mut ThreadState, d: Value, name: &'static str) -> Result<Value, Error> {
    let f = Descriptor::first(vm.vmctx(), d);
    let h = vm.mutator().root(f);
    let key = vm.name_str(name)?;
    let f = vm.mutator().get(h);
    crate::protocols::attributes::get_attr(vm, f, key)
}

/// `property.__doc__`: the `doc` it was given, else its getter's docstring.
fn property_doc(vm: &mut ThreadState, p: Value) -> Result<Value, Error> {
    let ctx = vm.vmctx();
    let (doc, getter) = (Descriptor::doc(ctx, p), Descriptor::first(ctx, p));
    if doc != NONE || getter == NONE {
        return Ok(doc);
    }
    match wrapped_attr(vm, p, "__doc__") {
        Err(e) if e.is("AttributeError") => Ok(NONE),
        other => other,
    }
}

fn set_property_doc(vm: &mut ThreadState, p: Value, v: Option<Value>) -> Result<(), Error> {
    Descriptor::set_doc(vm.vmctx(), p, v.unwrap_or(NONE));
    Ok(())
}

/// True if the function a staticmethod, classmethod or property wraps is abstract.
fn wrapped_is_abstract(vm: &mut ThreadState, d: Value) -> Result<Value, Error> {
    let f = Descriptor::first(vm.vmctx(), d);
    let name = vm.name_str("__isabstractmethod__")?;
    match crate::protocols::attributes::get_attr(vm, f, name) {
        Ok(v) => Ok(v),
        Err(e) if e.is("AttributeError") => Ok(rt::py_bool(false)),
        Err(e) => Err(e),
    }
}

/// `cls.__name__` (assigning it renames the class; a `__name__` in the class body does not).
fn class_name(vm: &mut ThreadState, c: Value) -> Result<Value, Error> {
    let name = builtin_split(vm, c).map_or(crate::objects::class::class_name(vm, c), |(_, n)| n);
    rt::new_str(vm, name)
}

/// A builtin type named `module.name` (CPython's rule for a `tp_name` with a dot: `array.array`
/// has `__module__` 'array' and `__name__` 'array'): the two parts.
fn builtin_split(vm: &ThreadState, c: Value) -> Option<(&'static str, &'static str)> {
    crate::objects::class::builtin_types::builtin_type_id(vm, c)?;
    crate::objects::class::class_name(vm, c).rsplit_once('.')
}

/// The name of a descriptor of this table or of a `__slots__` member.
fn descriptor_name(vm: &mut ThreadState, d: Value) -> Result<Value, Error> {
    match entry(vm, d) {
        Some(g) => rt::new_str(vm, g.name),
        None => Ok(Descriptor::first(vm.vmctx(), d)),
    }
}

/// `T.name` for a descriptor of type `T`.
fn descriptor_qualname(vm: &mut ThreadState, d: Value) -> Result<Value, Error> {
    let owner = Descriptor::second(vm.vmctx(), d);
    let owner = crate::objects::class::class_name(vm, owner);
    let name = match entry(vm, d) {
        Some(g) => g.name.to_string(),
        None => rt::str_value(vm, Descriptor::first(vm.vmctx(), d)).unwrap_or_default(),
    };
    rt::new_str(vm, &format!("{owner}.{name}"))
}

/// The type a descriptor belongs to (`int.real.__objclass__` is `int`).
fn descriptor_owner(vm: &mut ThreadState, d: Value) -> Result<Value, Error> {
    Ok(Descriptor::second(vm.vmctx(), d))
}

fn exception_args(vm: &mut ThreadState, e: Value) -> Result<Value, Error> {
    let args = crate::objects::exception::args(vm, e);
    // An OSError made with a file name (three to five arguments) shows only
    // `(errno, strerror)`, as CPython's: the rest are its attributes.
    let items = crate::objects::sequence::items(vm, args).unwrap_or_default();
    if crate::objects::exception::is_os_error(vm, e) && (3..=5).contains(&items.len()) {
        return crate::objects::sequence::new_tuple(vm, &items[..2]);
    }
    Ok(args)
}

/// `e.args = v`: any iterable, kept as a tuple.
fn set_exception_args(vm: &mut ThreadState, e: Value, v: Option<Value>) -> Result<(), Error> {
    let Some(v) = v else {
        return Err(Error::new("TypeError", "args may not be deleted"));
    };
    let (args, e) = vm.handle_scope(|vm| {
        let he = vm.mutator().root(e);
        let args = crate::modules::builtins::collect(vm, v)
            .and_then(|items| crate::objects::sequence::new_tuple(vm, &items));
        (args, vm.mutator().get(he))
    });
    crate::objects::exception::set_args(vm, e, args?);
    Ok(())
}

/// An exception's attribute kept in its dict once assigned, else `derived` from its args.
fn assigned_or(
    vm: &mut ThreadState,
    e: Value,
    name: &'static str,
    derived: fn(&[Value], Value) -> Value,
) -> Result<Value, Error> {
    let key = vm.name_str(name)?;
    let dict = crate::generated::layouts::Exception::dict(vm.vmctx(), e);
    if let Some(v) = crate::objects::dict::get(vm, dict, key)? {
        return Ok(v);
    }
    let args = crate::objects::exception::args(vm, e);
    let items = crate::objects::sequence::items(vm, args).unwrap_or_default();
    Ok(derived(&items, args))
}

/// Assigns (or deletes: None again) an exception attribute kept in its dict.
fn assign(
    vm: &mut ThreadState,
    e: Value,
    name: &'static str,
    v: Option<Value>,
) -> Result<(), Error> {
    vm.handle_scope(|vm| {
        let [he, hv] = [e, v.unwrap_or(NONE)].map(|x| vm.mutator().root(x));
        let key = vm.name_str(name)?;
        let [e, v] = [he, hv].map(|h| vm.mutator().get(h));
        let dict = crate::generated::layouts::Exception::dict(vm.vmctx(), e);
        crate::objects::dict::set(vm, dict, key, v)
    })
}

fn exception_cause(vm: &mut ThreadState, e: Value) -> Result<Value, Error> {
    assigned_or(vm, e, "__cause__", |_, _| NONE)
}

/// `e.__cause__ = c`: None or an exception; setting it also sets `__suppress_context__`,
/// as CPython.
fn set_exception_cause(vm: &mut ThreadState, e: Value, v: Option<Value>) -> Result<(), Error> {
    let Some(v) = v else {
        return Err(Error::new("TypeError", "__cause__ may not be deleted"));
    };
    if v != NONE && !crate::objects::exception::is_instance(vm, v) {
        return Err(Error::new(
            "TypeError",
            "exception cause must be None or derive from BaseException",
        ));
    }
    vm.handle_scope(|vm| {
        let he = vm.mutator().root(e);
        assign(vm, e, "__cause__", Some(v))?;
        let e = vm.mutator().get(he);
        assign(vm, e, "__suppress_context__", Some(rt::TRUE))
    })
}

/// `SystemExit.code`: None without args, the one arg, else the args tuple.
fn exit_code(vm: &mut ThreadState, e: Value) -> Result<Value, Error> {
    assigned_or(vm, e, "code", |items, args| match items {
        [] => NONE,
        [one] => *one,
        _ => args,
    })
}

fn set_exit_code(vm: &mut ThreadState, e: Value, v: Option<Value>) -> Result<(), Error> {
    assign(vm, e, "code", v)
}

/// The code object (`f.__code__`) of entry `index` of the code table, made once.
pub fn code_ref(vm: &mut ThreadState, index: usize) -> Result<Value, Error> {
    if let Some(p) = vm.tables().code_objects.get(&index) {
        return Ok(vm.mutator_ref().pinned(p));
    }
    // The table is outside the heap: no transaction may roll back past the insertion.
    vm.irreversible()?;
    let r = vm.alloc(
        crate::generated::layouts::CodeRef::ID,
        crate::generated::layouts::CodeRef::FIXED_SIZE,
    )?;
    crate::generated::layouts::CodeRef::set_index(vm.vmctx(), r, index as i64);
    let pinned = vm.mutator().pin(r);
    vm.tables().code_objects.insert(index, pinned);
    Ok(r)
}

/// `gi_code`, `cr_code`, `ag_code`.
fn generator_code(vm: &mut ThreadState, g: Value) -> Result<Value, Error> {
    let index = crate::generated::layouts::Generator::code(vm.vmctx(), g);
    code_ref(vm, index as usize)
}

/// `gi_running`...
fn generator_running(vm: &mut ThreadState, g: Value) -> Result<Value, Error> {
    Ok(rt::py_bool(crate::interp::generators::running(vm, g)))
}

/// `gi_suspended`...: started and not finished nor running.
fn generator_suspended(vm: &mut ThreadState, g: Value) -> Result<Value, Error> {
    use crate::interp::generators as G;
    Ok(rt::py_bool(
        !G::running(vm, g) && !G::finished(vm, g) && !G::is_new(vm, g),
    ))
}

/// `gi_yieldfrom`, `cr_await`, `ag_await`: what a suspended `yield from`/`await` waits on.
fn generator_awaiting(vm: &mut ThreadState, g: Value) -> Result<Value, Error> {
    Ok(crate::interp::generators::awaiting(vm, g))
}

/// `gi_frame`...: a frame object (`_traceback_types.frame`) at the line the generator
/// stands at, or None once it finished.
fn generator_frame(vm: &mut ThreadState, g: Value) -> Result<Value, Error> {
    use crate::generated::layouts::Generator;
    if crate::interp::generators::finished(vm, g) {
        return Ok(NONE);
    }
    let ctx = vm.vmctx();
    let index = Generator::code(ctx, g) as usize;
    let f = Generator::frame(ctx, g);
    let pc = gvmt::rt::frame::get(ctx, f, gvmt::rt::frame::slot::PC) as usize;
    let line = vm.loaded(index).code.line_at(pc.saturating_sub(1));
    let first = vm.loaded(index).code.first_line;
    let line = if crate::interp::generators::is_new(vm, g) {
        first
    } else {
        line
    };
    vm.handle_scope(|vm| {
        let code = code_ref(vm, index)?;
        let hc = vm.mutator().root(code);
        let module = vm.loaded(index).module;
        let globals = crate::modules::namespace(vm, module)?;
        let hg = vm.mutator().root(globals);
        let types = crate::modules::import_absolute(vm, "_traceback_types")?;
        let ht = vm.mutator().root(types);
        let key = vm.name_str("frame")?;
        let types = vm.mutator().get(ht);
        let frame_class = crate::protocols::attributes::get_attr(vm, types, key)?;
        let (code, globals) = (vm.mutator().get(hc), vm.mutator().get(hg));
        let args = [code, rt::make_int(line as i64)?, NONE, globals];
        vm.call(frame_class, &args, &[])
    })
}

/// `__name__` of a generator, coroutine or async generator (its function's).
fn generator_name(vm: &mut ThreadState, g: Value) -> Result<Value, Error> {
    let name = crate::interp::generators::name(vm, g);
    rt::new_str(vm, &name)
}

fn generator_qualname(vm: &mut ThreadState, g: Value) -> Result<Value, Error> {
    let index = crate::generated::layouts::Generator::code(vm.vmctx(), g) as usize;
    let name = vm.loaded(index).code.qualname.clone();
    rt::new_str(vm, &name)
}

/// `StopIteration.value`: the first arg, or None.
fn stop_value(vm: &mut ThreadState, e: Value) -> Result<Value, Error> {
    assigned_or(vm, e, "value", |items, _| {
        items.first().copied().unwrap_or(NONE)
    })
}

fn set_stop_value(vm: &mut ThreadState, e: Value, v: Option<Value>) -> Result<(), Error> {
    assign(vm, e, "value", v)
}

/// OSError's `errno`, `strerror`, `filename` and `filename2`: from its args
/// `(errno, strerror[, filename[, winerror[, filename2]]])` when it has two to five of them,
/// else None (as CPython's `OSError.__init__` sets them).
fn os_arg(items: &[Value], i: usize) -> Value {
    if (2..=5).contains(&items.len()) {
        items.get(i).copied().unwrap_or(NONE)
    } else {
        NONE
    }
}

fn os_errno(vm: &mut ThreadState, e: Value) -> Result<Value, Error> {
    assigned_or(vm, e, "errno", |items, _| os_arg(items, 0))
}

fn set_os_errno(vm: &mut ThreadState, e: Value, v: Option<Value>) -> Result<(), Error> {
    assign(vm, e, "errno", v)
}

fn os_strerror(vm: &mut ThreadState, e: Value) -> Result<Value, Error> {
    assigned_or(vm, e, "strerror", |items, _| os_arg(items, 1))
}

fn set_os_strerror(vm: &mut ThreadState, e: Value, v: Option<Value>) -> Result<(), Error> {
    assign(vm, e, "strerror", v)
}

fn os_filename(vm: &mut ThreadState, e: Value) -> Result<Value, Error> {
    assigned_or(vm, e, "filename", |items, _| os_arg(items, 2))
}

fn set_os_filename(vm: &mut ThreadState, e: Value, v: Option<Value>) -> Result<(), Error> {
    assign(vm, e, "filename", v)
}

fn os_filename2(vm: &mut ThreadState, e: Value) -> Result<Value, Error> {
    assigned_or(vm, e, "filename2", |items, _| os_arg(items, 4))
}

fn set_os_filename2(vm: &mut ThreadState, e: Value, v: Option<Value>) -> Result<(), Error> {
    assign(vm, e, "filename2", v)
}

/// A UnicodeError's field from its args: `(encoding, object, start, end, reason)` for
/// encode and decode errors, `(object, start, end, reason)` for translate errors (whose
/// `encoding` is None); None for other args.
fn unicode_arg(items: &[Value], field: usize) -> Value {
    match items.len() {
        5 => items[field],
        4 if field > 0 => items[field - 1],
        _ => NONE,
    }
}

macro_rules! unicode_fields {
    ($($get:ident $set:ident $name:literal $field:literal;)*) => {$(
        fn $get(vm: &mut ThreadState, e: Value) -> Result<Value, Error> {
            assigned_or(vm, e, $name, |items, _| unicode_arg(items, $field))
        }

        fn $set(vm: &mut ThreadState, e: Value, v: Option<Value>) -> Result<(), Error> {
            assign(vm, e, $name, v)
        }
    )*};
}

unicode_fields! {
    unicode_encoding set_unicode_encoding "encoding" 0;
    unicode_object set_unicode_object "object" 1;
    unicode_start set_unicode_start "start" 2;
    unicode_end set_unicode_end "end" 3;
    unicode_reason set_unicode_reason "reason" 4;
}
