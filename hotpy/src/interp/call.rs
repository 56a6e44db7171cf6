//! Calls. A call of a Python function makes the callee's frame (arguments bound, cells made)
//! and gives it back: CALL, CALL_KW and CALL_EX `enter` it, so the callee runs in the same
//! dispatch loop; Rust code calling back into Python ([`ThreadState::call`]) runs it in a new
//! interpreter invocation (a native re-entry), guarded by the native stack limit. Every frame
//! counts against the recursion limit. Anything else callable (builtins, classes, bound
//! builtin methods, instances with `__call__`) is called at once.

use super::binding::{arity_error, bind_arguments};
use crate::generated::layouts::{
    BoundMethod, Builtin, Cell, Class, Function, Generator, Method, MethodWrapper,
};
use crate::modules::builtins;
use crate::values::{self, NONE};
use crate::vm::{Error, ThreadState};
use gvmt::gc::Handle;
use gvmt::rt::frame;
use gvmt::rt::{StackLimit, Value, Values, Vm};

/// The native stack a VM thread gets, and how much of it Python calls may use before
/// RecursionError.
pub const THREAD_STACK: usize = 512 << 20;
const STACK_BUDGET: usize = 480 << 20;

/// A call's positional arguments.
#[derive(Clone, Copy)]
pub enum Args<'a> {
    /// An array input of the running frame (read anew after each collection).
    Stack(Values),
    /// Values from Rust code (rooted here before anything is allocated).
    Slice(&'a [Value]),
}

impl Args<'_> {
    fn len(&self) -> usize {
        match self {
            Args::Stack(v) => v.len(),
            Args::Slice(s) => s.len(),
        }
    }
}

/// What a call started.
pub enum Started {
    /// A Python function's frame, to run.
    Frame(Value),
    /// The call is done: its result.
    Done(Value),
}

/// CALL's extern: a Python function's new frame (which CALL enters), or the result.
pub fn call_object(vm: &mut ThreadState, callable: Value, args: Values) -> Result<Value, Error> {
    let [callable] = vm.poll_at_call([callable])?;
    match values::layout_of(vm, callable) {
        Some(Function::ID) => {
            if let Some(f) = plain_frame(vm, callable, args)? {
                return Ok(f);
            }
        }
        // A builtin function with a few positional arguments (`len(x)`): straight to it.
        Some(Builtin::ID) if args.len() <= SHORT_ARGS => {
            let at = |vm: &ThreadState, i| args.get(vm.vmctx(), i);
            return with_arguments(vm, args.len(), at, |vm, all| {
                call_native(vm, callable, all, &[])
            });
        }
        _ => {}
    }
    match start(vm, callable, None, Args::Stack(args), &[])? {
        Started::Frame(f) | Started::Done(f) => Ok(f),
    }
}

/// Calls with at most this many arguments (the receiver included) pass them to builtins in
/// an array on the native stack.
const SHORT_ARGS: usize = 8;

/// Calls `f` with the `n` values `at` gives in one slice: on the native stack for the common
/// short calls (no allocation per builtin call), else in a vector.
fn with_arguments<R>(
    vm: &mut ThreadState,
    n: usize,
    at: impl Fn(&ThreadState, usize) -> Value,
    f: impl FnOnce(&mut ThreadState, &[Value]) -> R,
) -> R {
    let mut short = [NONE; SHORT_ARGS];
    let long: Vec<Value>;
    let all: &[Value] = if n <= SHORT_ARGS {
        for (i, slot) in short.iter_mut().enumerate().take(n) {
            *slot = at(vm, i);
        }
        &short[..n]
    } else {
        long = (0..n).map(|i| at(vm, i)).collect();
        &long
    };
    f(vm, all)
}

/// CALL_METHOD's extern: what LOAD_METHOD pushed, called. `args[0]` is the receiver of a
/// plain method (`callable` is the function), or UNBOUND when `callable` is the attribute
/// itself and `args[1..]` its arguments.
pub fn call_method(vm: &mut ThreadState, callable: Value, args: Values) -> Result<Value, Error> {
    if args.get(vm.vmctx(), 0) == values::UNBOUND {
        call_object(vm, callable, args.skip(1))
    } else {
        call_object(vm, callable, args)
    }
}

/// CALL_KW's extern: `names` (a str constant) names the last values of `args`.
pub fn call_with_keywords(
    vm: &mut ThreadState,
    callable: Value,
    names: Value,
    args: Values,
) -> Result<Value, Error> {
    let [callable, names] = vm.poll_at_call([callable, names])?;
    let names = values::str_value(vm, names).expect("CALL_KW names are a str constant");
    let names: Vec<&str> = names.split(',').collect();
    let all = args.to_vec(vm.vmctx());
    let split = all.len() - names.len();
    let kwargs: Vec<(String, Value)> = names
        .iter()
        .map(|n| n.to_string())
        .zip(all[split..].iter().copied())
        .collect();
    match start(vm, callable, None, Args::Slice(&all[..split]), &kwargs)? {
        Started::Frame(f) | Started::Done(f) => Ok(f),
    }
}

/// CALL_EX's extern: `callable(*args, **kwargs)` with `args` a list or tuple and `kwargs` a
/// dict of str keys (or None).
pub fn call_ex(
    vm: &mut ThreadState,
    callable: Value,
    args: Value,
    kwargs: Value,
) -> Result<Value, Error> {
    let [callable, args, kwargs] = vm.poll_at_call([callable, args, kwargs])?;
    let positional = crate::objects::sequence::items(vm, args).unwrap_or_default();
    let mut keywords = Vec::new();
    if kwargs != NONE {
        for (k, v) in crate::objects::dict::entries(vm, kwargs) {
            let Some(name) = values::str_value(vm, k) else {
                return Err(Error::new("TypeError", "keywords must be strings"));
            };
            keywords.push((name, v));
        }
    }
    match start(vm, callable, None, Args::Slice(&positional), &keywords)? {
        Started::Frame(f) | Started::Done(f) => Ok(f),
    }
}

/// ARGS_EXTEND's extern: `*iterable` in a call to `callable`, extending the list of
/// positional arguments `args`.
pub fn args_extend(
    vm: &mut ThreadState,
    callable: Value,
    args: Value,
    iterable: Value,
) -> Result<(), Error> {
    vm.handle_scope(|vm| {
        let hc = vm.mutator().root(callable);
        crate::objects::sequence::star_extend(vm, args, iterable, |vm, kind| {
            let callable = vm.mutator().get(hc);
            let function = function_str(vm, callable)?;
            Ok(format!(
                "{function} argument after * must be an iterable, not {kind}"
            ))
        })
    })
}

/// KWARGS_MERGE's extern: `**mapping` in a call to `callable`, merged into the dict of
/// keywords `kwargs`, with CPython's errors (each naming the callable).
pub fn kwargs_merge(
    vm: &mut ThreadState,
    callable: Value,
    kwargs: Value,
    mapping: Value,
) -> Result<(), Error> {
    vm.handle_scope(|vm| {
        let [hc, hk, hm] = [callable, kwargs, mapping].map(|v| vm.mutator().root(v));
        let Some(entries) = crate::objects::dict::mapping_items(vm, mapping)? else {
            let (callable, mapping) = (vm.mutator().get(hc), vm.mutator().get(hm));
            let kind = values::type_name(vm, mapping);
            let function = function_str(vm, callable)?;
            return Err(Error::new(
                "TypeError",
                format!("{function} argument after ** must be a mapping, not {kind}"),
            ));
        };
        let entries: Vec<_> = entries
            .into_iter()
            .map(|(k, v)| (vm.mutator().root(k), vm.mutator().root(v)))
            .collect();
        for (key, value) in entries {
            let key = vm.mutator().get(key);
            if values::str_value(vm, key).is_none() {
                return Err(Error::new("TypeError", "keywords must be strings"));
            }
            let (callable, kwargs, value) = (
                vm.mutator().get(hc),
                vm.mutator().get(hk),
                vm.mutator().get(value),
            );
            kwargs_push(vm, callable, kwargs, key, value)?;
        }
        Ok(())
    })
}

/// KWARGS_PUSH's extern: keyword `key` of a call to `callable` set in the dict `kwargs`,
/// unless it is there already (a TypeError naming the callable).
pub fn kwargs_push(
    vm: &mut ThreadState,
    callable: Value,
    kwargs: Value,
    key: Value,
    value: Value,
) -> Result<(), Error> {
    vm.handle_scope(|vm| {
        let [hc, hk, hkey, hv] = [callable, kwargs, key, value].map(|v| vm.mutator().root(v));
        let (kwargs, key) = (vm.mutator().get(hk), vm.mutator().get(hkey));
        let given = crate::objects::dict::get(vm, kwargs, key)?.is_some();
        let (callable, kwargs, key, value) = (
            vm.mutator().get(hc),
            vm.mutator().get(hk),
            vm.mutator().get(hkey),
            vm.mutator().get(hv),
        );
        if given {
            let name = values::str_value(vm, key).unwrap_or_default();
            let function = function_str(vm, callable)?;
            return Err(Error::new(
                "TypeError",
                format!("{function} got multiple values for keyword argument '{name}'"),
            ));
        }
        crate::objects::dict::set(vm, kwargs, key, value)
    })
}

/// How CPython's errors about a call name the callable (`_PyObject_FunctionStr`):
/// `module.qualname()`, `qualname()` for builtins, `str(callable)` when it has no
/// `__qualname__`.
pub fn function_str(vm: &mut ThreadState, callable: Value) -> Result<String, Error> {
    vm.handle_scope(|vm| {
        let hc = vm.mutator().root(callable);
        let text_attr = |vm: &mut ThreadState, name: &'static str| {
            let name = vm.name_str(name)?;
            let callable = vm.mutator().get(hc);
            match crate::protocols::attributes::get_attr(vm, callable, name) {
                Ok(v) => Ok(values::str_value(vm, v)),
                Err(e) if e.is_exception() => Ok(None),
                Err(e) => Err(e),
            }
        };
        let Some(qualname) = text_attr(vm, "__qualname__")? else {
            let callable = vm.mutator().get(hc);
            return crate::protocols::repr::str(vm, callable);
        };
        Ok(match text_attr(vm, "__module__")? {
            Some(module) if module != "builtins" => format!("{module}.{qualname}()"),
            _ => format!("{qualname}()"),
        })
    })
}

/// Calls the Python function `func` from Rust with the positional `args` when its code binds
/// them by copying (`Loaded::plain_arity`) and they are few: its frame is made in one pass
/// and run. None when the general call path must bind them.
pub(crate) fn call_plain(
    vm: &mut ThreadState,
    func: Value,
    args: &[Value],
) -> Option<Result<Value, Error>> {
    let loaded = vm.function_entry(func);
    if loaded.plain_arity != Some(args.len()) {
        return None;
    }
    if let Err(e) = check_recursion(vm) {
        return Some(Err(e));
    }
    let f = vm.call_frame_from_rust(loaded, args)?;
    Some(f.and_then(|f| vm.run_frame(f)))
}

impl ThreadState {
    /// Calls `callable` from Rust code: a Python function runs in a new interpreter
    /// invocation (a native re-entry). `args` and the keyword values need not be rooted.
    pub fn call(
        &mut self,
        callable: Value,
        args: &[Value],
        kwargs: &[(String, Value)],
    ) -> Result<Value, Error> {
        match start(self, callable, None, Args::Slice(args), kwargs)? {
            Started::Done(v) => Ok(v),
            Started::Frame(f) => self.run_frame(f),
        }
    }

    /// Runs the frame `f` (new, or a generator's) as the entry frame of a new interpreter
    /// invocation, to its return, yield or escaping error.
    pub(crate) fn run_frame(&mut self, f: Value) -> Result<Value, Error> {
        if self.native_depth == 0 {
            self.stack = Some(StackLimit::here(STACK_BUDGET));
        } else if self.stack.is_some_and(|s| s.exceeded()) {
            return Err(recursion_error());
        }
        frame::push_entry(self.mutator().ctx_mut(), f);
        self.run_entered()
    }

    /// Runs the interpreter on the running frame, an entry frame (a new interpreter
    /// invocation), to its return, yield or escaping error.
    pub(crate) fn run_entered(&mut self) -> Result<Value, Error> {
        self.native_depth += 1;
        let result = loop {
            let result = crate::generated::interp::run(self);
            // Returning to Rust code under `stm`: the transaction becomes inevitable, or
            // it is rolled back and the frames run again from where it began.
            if result.is_ok()
                && self.stm_leave_invocation().is_err()
                && self.stm_restore_after_abort()
            {
                continue;
            }
            break result;
        };
        self.native_depth -= 1;
        if self.native_depth == 0 {
            // A checkpoint belongs to the outermost invocation that took it.
            self.checkpoint = None;
        }
        result
    }

    /// A call is a safepoint: stop for a collection or a signal if one is pending. The
    /// caller's frame is published (calls are `may_gc`); `keep` (the call's inputs that are
    /// not in the frame: the callable, ...) is given back as it is after any collection.
    #[inline]
    pub(crate) fn poll_at_call<const N: usize>(
        &mut self,
        keep: [Value; N],
    ) -> Result<[Value; N], Error> {
        self.injection_point()?;
        if self
            .vmctx()
            .interrupt
            .load(std::sync::atomic::Ordering::Relaxed)
            == 0
        {
            return Ok(keep);
        }
        self.poll_keeping(keep)
    }

    /// [`Self::poll_at_call`] when something is pending.
    #[cold]
    #[inline(never)]
    fn poll_keeping<const N: usize>(&mut self, keep: [Value; N]) -> Result<[Value; N], Error> {
        self.handle_scope(|vm| {
            let handles = vm.mutator().root_all(&keep);
            vm.poll()?;
            let mut kept = keep;
            vm.mutator().get_all(handles, &mut kept);
            Ok(kept)
        })
    }
}

fn recursion_error() -> Error {
    Error::new("RecursionError", "maximum recursion depth exceeded")
}

/// How deep a native recursion over user data (comparing nested containers) may go whatever
/// the recursion limit: each level is a few Rust frames on the native stack.
const MAX_NATIVE_NESTING: usize = 100_000;

impl ThreadState {
    /// Python frames and builtin calls in progress: what the recursion limit bounds (as in
    /// CPython, where both count).
    #[inline]
    pub(crate) fn recursion_depth(&self) -> usize {
        self.frame_depth() + self.builtin_depth
    }

    /// Runs `f` one level deeper in a native recursion over user data (a comparison of nested
    /// containers): past the recursion limit a RecursionError "maximum recursion depth
    /// exceeded{context}", as CPython's `Py_EnterRecursiveCall` (`context` " in comparison").
    pub(crate) fn nested<R>(
        &mut self,
        context: &str,
        f: impl FnOnce(&mut ThreadState) -> Result<R, Error>,
    ) -> Result<R, Error> {
        let limit = self
            .interp
            .recursion_limit
            .load(std::sync::atomic::Ordering::Relaxed);
        if self.recursion_depth() >= limit || self.builtin_depth >= MAX_NATIVE_NESTING {
            return Err(Error::new(
                "RecursionError",
                format!("maximum recursion depth exceeded{context}"),
            ));
        }
        self.builtin_depth += 1;
        let result = f(self);
        self.builtin_depth -= 1;
        result
    }
}

/// The frame of a call of the Python function `func` with the positional `args`, when its
/// code binds them by copying (`Loaded::plain_arity`), or None: the common call, kept apart
/// so that it passes nothing through memory.
#[inline]
fn plain_frame(vm: &mut ThreadState, func: Value, args: Values) -> Result<Option<Value>, Error> {
    let loaded = vm.function_entry(func);
    if loaded.plain_arity != Some(args.len()) {
        return Ok(None);
    }
    check_recursion(vm)?;
    vm.call_frame(loaded, [], args, false).map(Some)
}

/// RecursionError when one more Python frame would pass the recursion limit.
#[inline]
fn check_recursion(vm: &ThreadState) -> Result<(), Error> {
    let limit = vm
        .interp
        .recursion_limit
        .load(std::sync::atomic::Ordering::Relaxed);
    if vm.recursion_depth() >= limit {
        return Err(recursion_error());
    }
    Ok(())
}

/// Starts a call of `callable` with `receiver` (a bound method's object) and `args` before the
/// keywords.
fn start(
    vm: &mut ThreadState,
    callable: Value,
    receiver: Option<Value>,
    args: Args<'_>,
    kwargs: &[(String, Value)],
) -> Result<Started, Error> {
    if values::layout_of(vm, callable) == Some(Function::ID) {
        return function_frame(vm, callable, receiver, args, kwargs);
    }
    let (mut callable, mut args, mut kwargs) = (callable, args, kwargs);
    let (positional, keywords): (Vec<Value>, Vec<(String, Value)>);
    let layout = values::layout_of(vm, callable);
    if receiver.is_none() && layout == Some(Class::ID) {
        // A class call in the loop. Its slots decide without allocating whether `__init__`
        // runs as a frame here; when they are stale they are filled first (which may collect:
        // the call goes on with the callable and any values from Rust as they are after).
        let mut decided = classify_class_call(vm, callable);
        if let ClassCall::Unknown = decided {
            let now = vm.handle_scope(|vm| {
                let hc = vm.mutator().root(callable);
                let hs = match args {
                    Args::Slice(s) => Some(vm.mutator().root_all(s)),
                    Args::Stack(_) => None,
                };
                let kw: Vec<Value> = kwargs.iter().map(|(_, v)| *v).collect();
                let hk = vm.mutator().root_all(&kw);
                let filled = fill_class_call_slots(vm, callable);
                let callable = vm.mutator().get(hc);
                let slice: Option<Vec<Value>> = hs.map(|hs| {
                    let mut now = vec![NONE; hs.len()];
                    vm.mutator().get_all(hs, &mut now);
                    now
                });
                let kw: Vec<Value> = (0..hk.len()).map(|i| vm.mutator().get_nth(hk, i)).collect();
                filled.map(|()| (callable, slice, kw))
            })?;
            callable = now.0;
            if let Some(s) = now.1 {
                positional = s;
                args = Args::Slice(&positional);
            }
            keywords = kwargs.iter().map(|(k, _)| k.clone()).zip(now.2).collect();
            kwargs = &keywords;
            decided = classify_class_call(vm, callable);
        }
        if let ClassCall::Plain(init) = decided {
            return init_frame(vm, callable, init, args, kwargs).map(Started::Frame);
        }
    }
    match values::layout_of(vm, callable) {
        Some(Method::ID) if receiver.is_none() => {
            let (function, receiver) = crate::objects::class::unbind(vm, callable);
            start(vm, function, Some(receiver), args, kwargs)
        }
        // A staticmethod object calls its function (Python 3.10).
        Some(crate::generated::layouts::Descriptor::ID)
            if receiver.is_none()
                && crate::objects::class::descriptor_kind(vm, callable)
                    == Some(crate::objects::class::STATIC) =>
        {
            let function = crate::generated::layouts::Descriptor::first(vm.vmctx(), callable);
            start(vm, function, None, args, kwargs)
        }
        _ => {
            // The receiver and the arguments in one slice.
            let n = args.len() + receiver.is_some() as usize;
            let at = |vm: &ThreadState, i: usize| match (receiver, i) {
                (Some(r), 0) => r,
                _ => {
                    let i = i - receiver.is_some() as usize;
                    match args {
                        Args::Stack(v) => v.get(vm.vmctx(), i),
                        Args::Slice(s) => s[i],
                    }
                }
            };
            with_arguments(vm, n, at, |vm, all| {
                call_native(vm, callable, all, kwargs).map(Started::Done)
            })
        }
    }
}

/// How a class call runs, as far as the class's flags and protocol slots tell without
/// allocating.
enum ClassCall {
    /// A plain class (no metaclass, `object.__new__`, not abstract, no builtin base, not an
    /// exception) whose `__init__` is this Python function (not a generator): the instance
    /// is made here and `__init__` runs as a frame in the loop.
    Plain(Value),
    /// Anything else: called from Rust (`instantiate::instantiate`).
    NotPlain,
    /// The slots of `__new__` or `__init__` are stale ([`fill_class_call_slots`]).
    Unknown,
}

fn classify_class_call(vm: &ThreadState, cls: Value) -> ClassCall {
    use crate::protocols::slots::{PLAIN_INIT, cached, record};
    match cached(vm, cls, PLAIN_INIT) {
        Some(Some(init)) => ClassCall::Plain(init),
        Some(None) => ClassCall::NotPlain,
        None => {
            let decided = classify_class_call_anew(vm, cls);
            // The answer depends on the class's namespace and its MRO's, as its slots do.
            match decided {
                ClassCall::Plain(init) => record(vm, cls, PLAIN_INIT, Some(init)),
                ClassCall::NotPlain => record(vm, cls, PLAIN_INIT, None),
                ClassCall::Unknown => {}
            }
            decided
        }
    }
}

/// [`classify_class_call`] from the class's `__new__` and `__init__` slots and flags.
fn classify_class_call_anew(vm: &ThreadState, cls: Value) -> ClassCall {
    use crate::protocols::descriptors::{ABSTRACT, BUILTIN_BASE, flags};
    use crate::protocols::slots::{INIT, NEW, cached};
    if crate::objects::class::metaclasses::meta(vm, cls) != NONE
        || flags(vm, cls) & (ABSTRACT | BUILTIN_BASE) != 0
        || crate::objects::exception::is_exception_class(vm, cls)
    {
        return ClassCall::NotPlain;
    }
    let (Some(new), Some(init)) = (cached(vm, cls, NEW), cached(vm, cls, INIT)) else {
        return ClassCall::Unknown;
    };
    match new {
        Some(f) if builtins::is_builtin_at(vm, f, builtins::OBJECT_NEW) => {}
        _ => return ClassCall::NotPlain,
    }
    let Some(init) = init.filter(|&f| values::layout_of(vm, f) == Some(Function::ID)) else {
        return ClassCall::NotPlain;
    };
    if vm
        .loaded(Function::code(vm.vmctx(), init) as usize)
        .code
        .is_generator
    {
        return ClassCall::NotPlain;
    }
    ClassCall::Plain(init)
}

/// Looks up class `cls`'s `__new__` and `__init__` into its slots. May collect.
fn fill_class_call_slots(vm: &mut ThreadState, cls: Value) -> Result<(), Error> {
    use crate::protocols::slots::{INIT, NEW, class_lookup};
    vm.handle_scope(|vm| {
        let hc = vm.mutator().root(cls);
        class_lookup(vm, cls, NEW)?;
        class_lookup(vm, vm.mutator_ref().get(hc), INIT)?;
        Ok(())
    })
}

/// A call of plain class `cls` ([`ClassCall::Plain`]): the new instance and the frame of
/// `__init__` (`init`) bound to it, marked to return the instance (the spec's RETURN_VALUE
/// checks `__init__`'s own None).
fn init_frame(
    vm: &mut ThreadState,
    cls: Value,
    init: Value,
    args: Args<'_>,
    kwargs: &[(String, Value)],
) -> Result<Value, Error> {
    let loaded = vm.function_entry(init);
    if kwargs.is_empty()
        && let Args::Stack(values) = args
        && loaded.plain_arity == Some(values.len() + 1)
    {
        // The common case: the new instance, then the arguments from the caller's stack,
        // straight into `__init__`'s locals.
        check_recursion(vm)?;
        let instance = crate::objects::class::storage::new_instance(vm, cls)?;
        return vm.call_frame(loaded, [instance], values, true);
    }
    vm.handle_scope(|vm| {
        let hi = vm.mutator().root(init);
        // Values from Rust (CALL_KW, CALL_EX) are held across the allocation below; a
        // CALL's arguments stay in the caller's frame.
        let held = match args {
            Args::Slice(s) => Some(vm.mutator().root_all(s)),
            Args::Stack(_) => None,
        };
        let kw: Vec<Value> = kwargs.iter().map(|(_, v)| *v).collect();
        let hk = vm.mutator().root_all(&kw);
        let instance = crate::objects::class::storage::new_instance(vm, cls)?;
        let hinst = vm.mutator().root(instance);
        let init = vm.mutator().get(hi);
        let values: Option<Vec<Value>> = held.map(|hs| {
            let mut now = vec![NONE; hs.len()];
            vm.mutator().get_all(hs, &mut now);
            now
        });
        let kw: Vec<(String, Value)> = kwargs
            .iter()
            .enumerate()
            .map(|(i, (k, _))| (k.clone(), vm.mutator().get_nth(hk, i)))
            .collect();
        let args = match (&values, args) {
            (Some(v), _) => Args::Slice(v),
            (None, args) => args,
        };
        match function_frame(vm, init, Some(instance), args, &kw)? {
            Started::Frame(f) => {
                let instance = vm.mutator().get(hinst);
                crate::generated::layouts::Frame::set_init_self(vm.vmctx(), f, instance);
                Ok(f)
            }
            Started::Done(_) => unreachable!("a plain class's __init__ is no generator"),
        }
    })
}

/// The frame of a call of the Python function `func`: the arguments bound to the parameters
/// (with defaults, `*args`, `**kwargs`), the cells of captured variables made. A generator
/// function's frame goes into a new generator object instead.
fn function_frame(
    vm: &mut ThreadState,
    func: Value,
    receiver: Option<Value>,
    args: Args<'_>,
    kwargs: &[(String, Value)],
) -> Result<Started, Error> {
    if receiver.is_none()
        && kwargs.is_empty()
        && let Args::Stack(values) = args
        && let Some(f) = plain_frame(vm, func, values)?
    {
        return Ok(Started::Frame(f));
    }
    let index = Function::code(vm.vmctx(), func) as usize;
    check_recursion(vm)?;
    let loaded: *const super::code::Loaded = vm.function_entry(func);
    // SAFETY: code table entries are boxed and never removed while the VM lives.
    let code: &crate::compiler::code::CodeObject = unsafe { &(*loaded).code };
    let n = args.len() + receiver.is_some() as usize;
    // SAFETY: as above.
    if kwargs.is_empty()
        && unsafe { (*loaded).plain_arity } == Some(n)
        && let Args::Stack(values) = args
    {
        // A bound method's common case: the receiver, then positional arguments from the
        // caller's stack, straight into the callee's locals (without a receiver,
        // `plain_frame` above took it).
        let receiver = receiver.expect("plain calls without a receiver were made above");
        // SAFETY: as above.
        let f = vm.call_frame(unsafe { &*loaded }, [receiver], values, false)?;
        return Ok(Started::Frame(f));
    }
    // SAFETY: as above.
    if kwargs.is_empty()
        && receiver.is_none()
        && unsafe { (*loaded).plain_arity } == Some(n)
        && let Args::Slice(values) = args
    {
        // A call from Rust (a special method, a key function) with positional arguments:
        // rooted together across the frame's allocation, then straight into its locals.
        // SAFETY: as above.
        if let Some(f) = vm.call_frame_from_rust(unsafe { &*loaded }, values) {
            return f.map(Started::Frame);
        }
        return vm.handle_scope(|vm| {
            let handles = vm.mutator().root_all(values);
            let f = vm.alloc_frame(index)?;
            let mutator = vm.mutator_ref();
            let args = |i: usize| mutator.get_nth(handles, i);
            frame::init_locals(vm.vmctx(), f, n, args, values::UNBOUND);
            Ok(Started::Frame(f))
        });
    }
    vm.handle_scope(|vm| {
        // Root everything the allocations below could move.
        let hfunc = vm.mutator().root(func);
        let mut positional: Vec<Handle> = Vec::with_capacity(n);
        if let Some(r) = receiver {
            positional.push(vm.mutator().root(r));
        }
        match args {
            Args::Stack(v) => {
                for i in 0..v.len() {
                    let x = v.get(vm.vmctx(), i);
                    positional.push(vm.mutator().root(x));
                }
            }
            Args::Slice(s) => {
                for &x in s {
                    positional.push(vm.mutator().root(x));
                }
            }
        }
        let keywords: Vec<(String, Handle)> = kwargs
            .iter()
            .map(|(k, v)| (k.clone(), vm.mutator().root(*v)))
            .collect();
        let f = vm.new_frame(index)?;
        let hf = vm.mutator().root(f);
        // Bind: no allocation from reading the arguments to writing the locals.
        let bound = {
            let m = vm.mutator_ref();
            let func = m.get(hfunc);
            let values: Vec<Value> = positional.iter().map(|&h| m.get(h)).collect();
            let kw: Vec<(String, Value)> = keywords
                .iter()
                .map(|(k, h)| (k.clone(), m.get(*h)))
                .collect();
            let ctx = vm.vmctx();
            let defaults = crate::objects::sequence::items(vm, Function::defaults(ctx, func))
                .unwrap_or_default();
            let kwdefaults = Function::kwdefaults(ctx, func);
            let kwdefaults = if kwdefaults == NONE {
                vec![]
            } else {
                crate::objects::dict::entries(vm, kwdefaults)
                    .into_iter()
                    .filter_map(|(k, v)| values::str_value(vm, k).map(|k| (k, v)))
                    .collect()
            };
            if kw.is_empty() && code.simple_call(values.len()) {
                super::binding::Bound {
                    fixed: values,
                    extra_positional: None,
                    extra_keywords: None,
                }
            } else {
                bind_arguments(code, &values, &kw, &defaults, &kwdefaults)?
            }
        };
        let nfixed = bound.fixed.len();
        {
            let (ctx, f) = (vm.vmctx(), vm.mutator_ref().get(hf));
            for (i, &v) in bound.fixed.iter().enumerate() {
                frame::set_local(ctx, f, i, v);
            }
        }
        // The `**kwargs` values outlive the `*args` tuple's allocation.
        let kept: Option<Vec<(String, Handle)>> = bound.extra_keywords.map(|extra| {
            extra
                .into_iter()
                .map(|(k, v)| (k, vm.mutator().root(v)))
                .collect()
        });
        let mut next = nfixed;
        if let Some(extra) = bound.extra_positional {
            let tuple = crate::objects::sequence::new_tuple(vm, &extra)?;
            let f = vm.mutator().get(hf);
            frame::set_local(vm.vmctx(), f, next, tuple);
            next += 1;
        }
        if let Some(kept) = kept {
            let d = crate::objects::dict::new_dict(vm, kept.len())?;
            let f = vm.mutator().get(hf);
            frame::set_local(vm.vmctx(), f, next, d);
            for (k, h) in &kept {
                let key = values::new_str(vm, k)?;
                let f = vm.mutator().get(hf);
                let d = frame::local(vm.vmctx(), f, next);
                let v = vm.mutator().get(*h);
                crate::objects::dict::set(vm, d, key, v)?;
            }
        }
        make_cells(vm, code, hf, hfunc)?;
        let f = vm.mutator().get(hf);
        if code.is_generator {
            return new_generator(vm, index, f).map(Started::Done);
        }
        Ok(Started::Frame(f))
    })
}

/// Puts cells in the locals that inner functions capture (holding the argument, for a
/// parameter) and the function's closure cells in the free variables' slots.
fn make_cells(
    vm: &mut ThreadState,
    code: &crate::compiler::code::CodeObject,
    hf: Handle,
    hfunc: Handle,
) -> Result<(), Error> {
    for &slot_index in &code.cells {
        let cell = vm.alloc(Cell::ID, Cell::FIXED_SIZE)?;
        let ctx = vm.vmctx();
        let f = vm.mutator_ref().get(hf);
        Cell::set_value(ctx, cell, frame::local(ctx, f, slot_index));
        frame::set_local(ctx, f, slot_index, cell);
    }
    if !code.frees.is_empty() {
        let func = vm.mutator_ref().get(hfunc);
        let closure = Function::closure(vm.vmctx(), func);
        let cells = crate::objects::sequence::items(vm, closure).unwrap_or_default();
        let (ctx, f) = (vm.vmctx(), vm.mutator_ref().get(hf));
        for (&slot_index, cell) in code.frees.iter().zip(cells) {
            frame::set_local(ctx, f, slot_index, cell);
        }
    }
    Ok(())
}

/// A generator whose frame is `f` (not started).
fn new_generator(vm: &mut ThreadState, index: usize, f: Value) -> Result<Value, Error> {
    let (g, kept) = vm.alloc_with(Generator::ID, Generator::FIXED_SIZE, [f])?;
    let ctx = vm.vmctx();
    Generator::set_code(ctx, g, index as i64);
    Generator::set_state(ctx, g, super::generators::NEW);
    Generator::set_frame(ctx, g, kept[0]);
    let code = &vm.loaded(index).code;
    if code.yields_in_handler && code.flavor != crate::compiler::code::Flavor::Coroutine {
        Generator::set_flags(ctx, g, super::generators::FINALIZABLE);
        vm.register_finalizer(g);
        // Dropped suspended when the calling function returns, it is closed soon after.
        vm.watch_making_frame();
    } else {
        Generator::set_flags(ctx, g, 0);
    }
    Ok(g)
}

/// Calls anything callable but a Python function's frame: builtins, classes, bound builtin
/// methods, method-wrappers, instances with `__call__` (and Python functions through
/// [`ThreadState::call`], for the callables that wrap one).
fn call_native(
    vm: &mut ThreadState,
    callable: Value,
    args: &[Value],
    kwargs: &[(String, Value)],
) -> Result<Value, Error> {
    match values::layout_of(vm, callable) {
        Some(Function::ID | Method::ID) => vm.call(callable, args, kwargs),
        Some(Builtin::ID) => {
            let id = Builtin::id(vm.vmctx(), callable) as usize;
            if !counted_builtin(id) {
                return call_builtin(vm, callable, args, kwargs);
            }
            // CPython counts these builtins' calls against the recursion limit, and says so.
            if vm.recursion_depth()
                >= vm
                    .interp
                    .recursion_limit
                    .load(std::sync::atomic::Ordering::Relaxed)
            {
                return Err(Error::new(
                    "RecursionError",
                    "maximum recursion depth exceeded while calling a Python object",
                ));
            }
            vm.builtin_depth += 1;
            let result = call_builtin(vm, callable, args, kwargs);
            vm.builtin_depth -= 1;
            result
        }
        Some(MethodWrapper::ID) => {
            crate::objects::class::builtin_subclasses::call_wrapper(vm, callable, args, kwargs)
        }
        Some(Class::ID) => {
            if crate::objects::class::metaclasses::meta(vm, callable) != values::NONE {
                // A metaclass's own `__call__` makes the instances of its classes.
                let (found, full) = vm.handle_scope(|vm| {
                    let handles: Vec<_> = std::iter::once(callable)
                        .chain(args.iter().copied())
                        .chain(kwargs.iter().map(|(_, v)| *v))
                        .map(|v| vm.mutator().root(v))
                        .collect();
                    let found = crate::objects::class::metaclasses::hook(vm, callable, "__call__");
                    let full: Vec<Value> = handles.iter().map(|&h| vm.mutator().get(h)).collect();
                    (found, full)
                });
                if let Some(f) = found? {
                    let kwargs: Vec<(String, Value)> = kwargs
                        .iter()
                        .map(|(k, _)| k.clone())
                        .zip(full[args.len() + 1..].iter().copied())
                        .collect();
                    return vm.call(f, &full[..args.len() + 1], &kwargs);
                }
                return crate::objects::class::instantiate::instantiate(
                    vm,
                    full[0],
                    &full[1..args.len() + 1],
                    &kwargs
                        .iter()
                        .map(|(k, _)| k.clone())
                        .zip(full[args.len() + 1..].iter().copied())
                        .collect::<Vec<_>>(),
                );
            }
            crate::objects::class::instantiate::instantiate(vm, callable, args, kwargs)
        }
        Some(BoundMethod::ID) => {
            crate::protocols::attributes::call_method(vm, callable, args, kwargs)
        }
        _ if crate::objects::class::is_instance(vm, callable) => {
            let (found, mut full) = vm.handle_scope(|vm| {
                let handles: Vec<_> = std::iter::once(callable)
                    .chain(args.iter().copied())
                    .chain(kwargs.iter().map(|(_, v)| *v))
                    .map(|v| vm.mutator().root(v))
                    .collect();
                let found = crate::protocols::dunder::method(vm, callable, "__call__");
                let full: Vec<Value> = handles.iter().map(|&h| vm.mutator().get(h)).collect();
                (found, full)
            });
            let kwargs: Vec<(String, Value)> = kwargs
                .iter()
                .map(|(k, _)| k.clone())
                .zip(full.split_off(args.len() + 1))
                .collect();
            let found = match found? {
                Some(f) => Some(f),
                None => {
                    // A callable object, staticmethod or descriptor as `__call__`: bound,
                    // then called without the instance (the arguments kept rooted).
                    let (bound, kept) = vm.handle_scope(|vm| {
                        let handles: Vec<_> = full
                            .iter()
                            .chain(kwargs.iter().map(|(_, v)| v))
                            .map(|&v| vm.mutator().root(v))
                            .collect();
                        let bound =
                            crate::protocols::dunder::bound_special(vm, full[0], "__call__");
                        let kept: Vec<Value> =
                            handles.iter().map(|&h| vm.mutator().get(h)).collect();
                        (bound, kept)
                    });
                    if let Some(bound) = bound? {
                        let kwargs: Vec<(String, Value)> = kwargs
                            .iter()
                            .map(|(k, _)| k.clone())
                            .zip(kept[full.len()..].iter().copied())
                            .collect();
                        return vm.call(bound, &kept[1..full.len()], &kwargs);
                    }
                    None
                }
            };
            match found {
                Some(f) => vm.call(f, &full, &kwargs),
                None => Err(Error::new(
                    "TypeError",
                    format!(
                        "'{}' object is not callable",
                        values::type_name(vm, full[0])
                    ),
                )),
            }
        }
        _ => Err(Error::new(
            "TypeError",
            format!(
                "'{}' object is not callable",
                crate::objects::class::builtin_types::python_type_name(vm, callable)
            ),
        )),
    }
}

/// The builtins whose calls CPython 3.11 counts against the recursion limit (its one-argument
/// and varargs C functions: `_Py_EnterRecursiveCall(" while calling a Python object")`);
/// the rest (its fast-call functions and types) do not count.
const COUNTED_BUILTINS: &[&str] = &[
    "abs", "ascii", "bin", "callable", "chr", "hash", "hex", "id", "len", "max", "min", "oct",
    "ord", "repr",
];

/// Whether builtin `id` (an index in [`builtins::BUILTINS`]) is one of [`COUNTED_BUILTINS`]
/// (a table by index, made once: this runs on every builtin call).
fn counted_builtin(id: usize) -> bool {
    static COUNTED: std::sync::OnceLock<Vec<bool>> = std::sync::OnceLock::new();
    COUNTED.get_or_init(|| {
        builtins::BUILTINS
            .iter()
            .map(|(name, ..)| COUNTED_BUILTINS.contains(name))
            .collect()
    })[id]
}

/// Calls the builtin function `callable`.
fn call_builtin(
    vm: &mut ThreadState,
    callable: Value,
    args: &[Value],
    kwargs: &[(String, Value)],
) -> Result<Value, Error> {
    let id = Builtin::id(vm.vmctx(), callable) as usize;
    if crate::objects::class::builtin_subclasses::takes_values(id)
        && args
            .iter()
            .any(|&a| crate::objects::class::builtin_subclasses::value_of(vm, a).is_some())
    {
        // Numeric builtins see the value of an int or float subclass instance.
        let args: Vec<Value> = args
            .iter()
            .map(|&a| crate::objects::class::builtin_subclasses::value_of(vm, a).unwrap_or(a))
            .collect();
        return (builtins::BUILTINS[id].1)(vm, &args, kwargs);
    }
    (builtins::BUILTINS[id].1)(vm, args, kwargs)
}

/// Runs code `index` (a module body or `exec`'d code: no parameters) to its end.
pub(crate) fn run_code(vm: &mut ThreadState, index: usize) -> Result<Value, Error> {
    let code = std::sync::Arc::clone(&vm.loaded(index).code);
    if code.nargs + code.kwonly + code.varargs as usize + code.varkw as usize != 0 {
        return Err(arity_error(&code, 0, 0, &[]));
    }
    let f = vm.new_frame(index)?;
    let f = vm.handle_scope(|vm| {
        let hf = vm.mutator().root(f);
        let none = vm.mutator().root(NONE);
        make_cells(vm, &code, hf, none)?;
        Ok::<_, Error>(vm.mutator().get(hf))
    })?;
    vm.run_frame(f)
}
