//! Loading code: a compiled [`CodeObject`] becomes a [`Loaded`] entry of the code table, with
//! its bytecode and constants (now heap values, a root range) in a gvmt [`Code`] that its
//! frames run. Nested code objects become `CodeRef` constants, which `MAKE_FUNCTION` turns
//! into a new function object each time a `def` runs. Also the JIT policy: with the JIT on,
//! every code is compiled before it first runs, and a refusal is an error.

use crate::compiler::code::{CodeObject, Constant};
use crate::generated::layouts::{CodeRef, Frame, Function};
use crate::values::{self, NONE};
use crate::vm::{Error, ThreadState};
use gvmt::rt::frame::{self, slot};
use gvmt::rt::{Code, Value, Values, Vm};
use std::sync::Arc;

/// A loaded code object: the compiler's description and the code its frames run.
pub struct Loaded {
    pub code: Arc<CodeObject>,
    /// Bytecode and constants (`data` is this entry's index in the code table).
    pub gvmt: Code,
    /// The module whose globals the code's LOAD_GLOBAL and STORE_GLOBAL use, and its object.
    pub module: usize,
    pub module_object: gvmt::gc::Pinned,
    /// For each global name of the module when the code was loaded (the names it can use):
    /// what the name stands for among the builtins while unbound, once LOAD_GLOBAL has looked
    /// (`BuiltinName::encode`, 0 before).
    pub builtins: Box<[std::sync::atomic::AtomicU64]>,
    /// `Some(n)` when a call with exactly `n` positional arguments and no keywords makes the
    /// frame by copying them into the first locals (no defaults, `*args`, `**kwargs`, cells,
    /// free variables, and not a generator): the call path's fast case.
    pub plain_arity: Option<usize>,
    /// A generator function `types.coroutine` marked (CPython's CO_ITERABLE_COROUTINE): its
    /// generators may be awaited.
    pub iterable_coroutine: std::sync::atomic::AtomicBool,
}

impl ThreadState {
    /// Loads a code object of module `module` and those nested in its constants; returns its
    /// index in the code table.
    pub(crate) fn load_code(
        &mut self,
        code: &Arc<CodeObject>,
        module: usize,
    ) -> Result<usize, Error> {
        let consts = self.handle_scope(|vm| {
            let mut handles = Vec::new();
            for c in &code.constants {
                let v = match c {
                    Constant::None => NONE,
                    Constant::Ellipsis => values::ELLIPSIS,
                    Constant::Bool(b) => values::py_bool(*b),
                    Constant::Int(i) => crate::objects::int::bigint::from_i128(vm, *i as i128)?,
                    Constant::BigInt(digits) => {
                        let lower = digits.to_ascii_lowercase().replace('_', "");
                        let (radix, text) = match lower.get(..2) {
                            Some("0x") => (16, &lower[2..]),
                            Some("0o") => (8, &lower[2..]),
                            Some("0b") => (2, &lower[2..]),
                            _ => (10, lower.as_str()),
                        };
                        let value = crate::objects::int::bigint::parse(text, radix)
                            .ok_or_else(|| Error::new("SystemError", "bad int constant"))?;
                        crate::objects::int::bigint::from_big(vm, &value)?
                    }
                    Constant::Float(f) => values::box_float(vm, *f)?,
                    Constant::Imaginary(f) => {
                        // `complex(0.0, f)`: the type is written in Python.
                        let complex = crate::modules::builtin_named_value(vm, "complex")?
                            .ok_or_else(|| Error::new("SystemError", "no complex type"))?;
                        let hc = vm.mutator().root(complex);
                        let re = values::box_float(vm, 0.0)?;
                        let hr = vm.mutator().root(re);
                        let im = values::box_float(vm, *f)?;
                        let (complex, re) = (vm.mutator().get(hc), vm.mutator().get(hr));
                        vm.call(complex, &[re, im], &[])?
                    }
                    Constant::Str(s) => values::new_str(vm, s)?,
                    Constant::Bytes(b) => crate::objects::bytes::new_bytes(vm, b)?,
                    Constant::Code(inner) => {
                        let index = vm.load_code(inner, module)?;
                        let r = vm.alloc(CodeRef::ID, CodeRef::FIXED_SIZE)?;
                        CodeRef::set_index(vm.vmctx(), r, index as i64);
                        r
                    }
                };
                handles.push(vm.mutator().root(v));
            }
            Ok::<_, Error>(
                handles
                    .iter()
                    .map(|&h| vm.mutator().get(h))
                    .collect::<Vec<Value>>(),
            )
        })?;
        // The constant pool is a root range outside the heap, shared by every thread.
        for &c in &consts {
            self.mutator_ref().publish(c);
        }
        let (module_object, builtins) = self.module_links(module);
        let heap = self.interp.heap();
        Ok(self.interp.codes.push_with(|index| Loaded {
            module_object,
            builtins,
            plain_arity: code.plain_arity(),
            iterable_coroutine: Default::default(),
            code: Arc::clone(code),
            gvmt: Code::new(
                heap,
                code.code.clone(),
                consts,
                code.varnames.len(),
                code.max_stack,
                index,
            ),
            module,
        }))
    }

    /// Loads bytecode assembled by hand (tests, benchmarks) with its constants as values,
    /// `nlocals` locals and `stack` stack slots, as code of the main module (made, empty, if
    /// no module exists yet); returns its index. The constants must not have moved since they
    /// were made (no allocation in between).
    pub fn load_bytecode(
        &mut self,
        bytes: Vec<u8>,
        consts: Vec<Value>,
        nlocals: usize,
        stack: usize,
    ) -> Result<usize, Error> {
        let consts = if self.tables().modules.is_empty() {
            self.handle_scope(|vm| {
                let handles: Vec<_> = consts.iter().map(|&c| vm.mutator().root(c)).collect();
                let main = crate::modules::ModuleState::new("__main__", vec![], None);
                vm.add_module(main)?;
                Ok::<_, Error>(handles.iter().map(|&h| vm.mutator_ref().get(h)).collect())
            })?
        } else {
            consts
        };
        let code = CodeObject {
            name: "<bytecode>".to_string(),
            qualname: "<bytecode>".to_string(),
            filename: "<bytecode>".to_string(),
            code: bytes.clone(),
            varnames: (0..nlocals).map(|i| format!("#{i}")).collect(),
            max_stack: stack,
            ..CodeObject::default()
        };
        let (module_object, builtins) = self.module_links(0);
        let heap = self.interp.heap();
        Ok(self.interp.codes.push_with(|index| Loaded {
            module_object,
            builtins,
            plain_arity: code.plain_arity(),
            iterable_coroutine: Default::default(),
            code: Arc::new(code),
            gvmt: Code::new(heap, bytes, consts, nlocals, stack, index),
            module: 0,
        }))
    }

    /// Compiles every function on first call from now on.
    pub fn enable_jit(&mut self) -> Result<(), String> {
        let mut jit = gvmt::jit::Jit::new(crate::generated::jit::INSTRUCTION_SET)
            .map_err(|e| e.to_string())?;
        jit.stm_barriers = self.interp.stm.get().is_some();
        *self.interp.jit.lock().unwrap_or_else(|p| p.into_inner()) =
            Some(crate::vm::SharedJit(jit));
        Ok(())
    }

    /// What a code object of module `m` keeps of it: the module object and an empty builtins
    /// cache with a slot per global name.
    fn module_links(&self, m: usize) -> (gvmt::gc::Pinned, Box<[std::sync::atomic::AtomicU64]>) {
        let tables = self.tables();
        let module = &tables.modules[m];
        let object = module
            .object
            .clone()
            .expect("a module in the table has its object");
        let builtins = module.names.iter().map(|_| Default::default()).collect();
        (object, builtins)
    }

    /// Runs code `index` (without parameters) to its end.
    pub fn run_loaded(&mut self, index: usize) -> Result<Value, Error> {
        super::call::run_code(self, index)
    }

    /// Entry `index` of the code table.
    #[inline]
    pub(crate) fn loaded(&self, index: usize) -> &Loaded {
        &self.interp.codes[index]
    }

    /// The code table entry of function `func`'s code (its `entry` slot: no table lookup on
    /// the call path).
    #[inline]
    pub(crate) fn function_entry<'a>(&self, func: Value) -> &'a Loaded {
        let entry = Function::entry(self.vmctx(), func) as usize as *const Loaded;
        // SAFETY: only `make_function` and its copies (`values::function_like`) set the slot,
        // to the address of a code table entry; entries are boxed and never removed while the
        // interpreter (and so any function object) lives, and no Python code can write it.
        unsafe { &*entry }
    }

    /// The code-table index of the code `frame` runs.
    #[inline]
    pub(crate) fn frame_code(&self, frame: Value) -> usize {
        frame::code(self.vmctx(), frame).data
    }

    /// The code-table index of the running frame's code, if a frame runs.
    #[inline]
    pub(crate) fn running_code(&self) -> Option<usize> {
        let f = self.vmctx().frame;
        (f.0 != 0).then(|| self.frame_code(f))
    }

    /// The call depth of the running frame (0 outside any).
    #[inline]
    pub(crate) fn frame_depth(&self) -> usize {
        let ctx = self.vmctx();
        if ctx.frame.0 == 0 {
            0
        } else {
            frame::get(ctx, ctx.frame, slot::DEPTH) as usize
        }
    }

    /// A new frame for code `index`, its locals unbound (not on the chain yet). May collect.
    pub(crate) fn new_frame(&mut self, index: usize) -> Result<Value, Error> {
        let f = self.alloc_frame(index)?;
        frame::init_locals(self.vmctx(), f, 0, |_| values::UNBOUND, values::UNBOUND);
        Ok(f)
    }

    /// A new frame for code `index` with its module set, its locals still to be filled in
    /// (`frame::init_locals`). May collect. The one place frames are made.
    #[inline]
    pub(crate) fn alloc_frame(&mut self, index: usize) -> Result<Value, Error> {
        let loaded: *const Loaded = &self.interp.codes[index];
        // SAFETY: code table entries never move and are never removed while the interpreter
        // lives.
        self.alloc_frame_for(unsafe { &*loaded })
    }

    /// A new frame for a call of `loaded`: its first locals `prefix` (a receiver, or the
    /// arguments of a call from Rust), then `args` from the running frame's stack, the rest
    /// unbound, written in one pass: the common call. With `returns_first` (an `__init__` run
    /// by a class call) the frame returns its first local (the new instance) instead of its
    /// None. May collect.
    #[inline]
    pub(crate) fn call_frame<const P: usize>(
        &mut self,
        loaded: &Loaded,
        prefix: [Value; P],
        args: Values,
        returns_first: bool,
    ) -> Result<Value, Error> {
        // A frame is an allocation (an injection point) even when it reuses a spare one.
        self.injection_point()?;
        let recycle = !loaded.code.is_generator;
        let module = |vm: &ThreadState| vm.mutator_ref().pinned(&loaded.module_object);
        if P == 0 {
            // SAFETY: code table entries outlive every frame they run.
            return unsafe {
                crate::generated::interp::new_frame_with(
                    self,
                    &loaded.gvmt,
                    args,
                    values::UNBOUND,
                    recycle,
                    // Frame's slots: the module, and the instance an `__init__` frame returns.
                    |vm| ([module(vm), NONE], prefix),
                )
            };
        }
        self.handle_scope(|vm| {
            let held = prefix.map(|v| vm.mutator().root(v));
            // SAFETY: as above.
            unsafe {
                crate::generated::interp::new_frame_with(
                    vm,
                    &loaded.gvmt,
                    args,
                    values::UNBOUND,
                    recycle,
                    |vm| {
                        let prefix = held.map(|h| vm.mutator_ref().get(h));
                        let returned = if returns_first { prefix[0] } else { NONE };
                        ([module(vm), returned], prefix)
                    },
                )
            }
        })
    }

    /// [`Self::call_frame`] for a call from Rust with the positional `args` (at most four;
    /// None for more).
    pub(crate) fn call_frame_from_rust(
        &mut self,
        loaded: &Loaded,
        args: &[Value],
    ) -> Option<Result<Value, Error>> {
        let none = Values::empty();
        Some(match *args {
            [] => self.call_frame(loaded, [], none, false),
            [a] => self.call_frame(loaded, [a], none, false),
            [a, b] => self.call_frame(loaded, [a, b], none, false),
            [a, b, c] => self.call_frame(loaded, [a, b, c], none, false),
            [a, b, c, d] => self.call_frame(loaded, [a, b, c, d], none, false),
            _ => return None,
        })
    }

    /// [`Self::alloc_frame`] for a code table entry already looked up.
    #[inline]
    pub(crate) fn alloc_frame_for(&mut self, loaded: &Loaded) -> Result<Value, Error> {
        // A frame is an allocation (an injection point) even when it reuses a spare one.
        self.injection_point()?;
        // SAFETY: code table entries outlive every frame they run.
        let f = unsafe { crate::generated::interp::new_frame(self, &loaded.gvmt)? };
        let module = self.mutator_ref().pinned(&loaded.module_object);
        Frame::set_module(self.vmctx(), f, module);
        Frame::set_init_self(self.vmctx(), f, crate::values::NONE);
        if !loaded.code.is_generator {
            // Only a generator keeps its frame: any other is garbage once it returns. (A frame
            // made visible to Python code, as `sys._getframe` would, must lose the mark.)
            frame::recycle_on_return(self.vmctx(), f);
        }
        Ok(f)
    }

    /// The JIT policy (`Vm::compile`): with the JIT on, compile `code` before it first runs;
    /// a refusal is an error (SystemError naming the function and the reason), not a silent
    /// fall-back to the interpreter.
    pub(crate) fn compile_code(&mut self, code: &Code) -> Result<(), Error> {
        let mut jit = self.interp.jit.lock().unwrap_or_else(|p| p.into_inner());
        let Some(jit) = jit.as_mut() else {
            code.set_interpreted();
            return Ok(());
        };
        match jit.0.compile(code) {
            Ok((f, _)) => {
                // SAFETY: compiled by the interpreter's JIT, which lives as long as the
                // interpreter, from this code with hotpy's instruction set.
                unsafe { code.set_compiled(f) };
                Ok(())
            }
            Err(e) => {
                code.set_interpreted();
                let name = self.interp.codes[code.data].code.qualname.clone();
                Err(Error::new(
                    "SystemError",
                    format!("the JIT cannot compile {name}: {e}"),
                ))
            }
        }
    }
}

/// MAKE_FUNCTION's extern: a new function object for the code object `code`.
pub fn make_function(vm: &mut ThreadState, code: Value) -> Result<Value, Error> {
    let index = CodeRef::index(vm.vmctx(), code);
    let f = vm.alloc(Function::ID, Function::FIXED_SIZE)?;
    let ctx = vm.vmctx();
    Function::set_code(ctx, f, index);
    // Code table entries are boxed and never removed while the interpreter lives.
    let entry: *const Loaded = &vm.interp.codes[index as usize];
    Function::set_entry(ctx, f, entry as usize as i64);
    Function::set_defaults(ctx, f, NONE);
    Function::set_closure(ctx, f, NONE);
    Function::set_kwdefaults(ctx, f, NONE);
    Function::set_attrs(ctx, f, NONE);
    Ok(f)
}
