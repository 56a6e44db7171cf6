//! The native side of `_thread` (`hotpy/lib/_thread.py`): OS threads that run Python
//! functions under the GIL, thread identities, and the waits of `_thread.lock` objects.
//!
//! A lock object is a Python object whose `_locked` attribute says whether it is held:
//! acquiring and releasing it are changes made under the GIL, or under the object's write
//! lock when threads run in parallel (`--sync=locks`), so they are atomic; a thread
//! that must wait gives the GIL up and sleeps until some lock is released (the GIL's event,
//! `gvmt::sync::Gil::notify_event`) or its timeout passes, then looks again.
//!
//! Owns: thread start-up and end, `_thread`'s native functions, `sys.setswitchinterval`.
//! Must not: hold a heap value across a wait other than in a handle.

use super::native::args_n;
use crate::values::{self, FALSE, NONE, TRUE, as_int, make_int};
use crate::vm::{Error, ThreadState};
use gvmt::gc::Handle;
use gvmt::rt::Value;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

type Kwargs<'a> = &'a [(String, Value)];

/// How long a lock wait sleeps before it looks for signals.
const SIGNAL_CHECK: Duration = Duration::from_millis(50);

/// The ident of the next thread that asks for one (the main thread is 1).
static NEXT_IDENT: AtomicU64 = AtomicU64::new(1);

impl ThreadState {
    /// This thread's `_thread.get_ident()`, given on first use.
    pub fn thread_ident(&mut self) -> u64 {
        if self.ident == 0 {
            self.ident = NEXT_IDENT.fetch_add(1, Ordering::Relaxed);
        }
        self.ident
    }
}

/// `_hotpy.start_thread(function, args, kwargs)`: runs `function(*args, **kwargs)` on a new
/// OS thread; returns its ident. An exception that ends it is reported on stderr as
/// CPython's `_thread` reports it (SystemExit ends the thread quietly).
pub fn start_thread(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    let [function, positional, keywords] = args_n::<3>("start_new_thread", args, kwargs)?;
    if !values::is_tuple(vm, positional) {
        return Err(Error::new("TypeError", "2nd arg must be a tuple"));
    }
    let items = crate::objects::sequence::items(vm, positional).unwrap_or_default();
    let keywords: Vec<(String, Value)> = if keywords == NONE {
        vec![]
    } else if crate::objects::dict::is_dict(vm, keywords) {
        let mut named = vec![];
        for (k, v) in crate::objects::dict::entries(vm, keywords) {
            let Some(k) = values::str_value(vm, k) else {
                return Err(Error::new("TypeError", "keywords must be strings"));
            };
            named.push((k, v));
        }
        named
    } else {
        return Err(Error::new(
            "TypeError",
            "optional 3rd arg must be a dictionary",
        ));
    };
    // Starting a thread cannot be taken back.
    vm.irreversible()?;
    // What the new thread needs, pinned until it has read it.
    let function = vm.mutator().pin(function);
    let items: Vec<_> = items.into_iter().map(|v| vm.mutator().pin(v)).collect();
    let keywords: Vec<_> = keywords
        .into_iter()
        .map(|(k, v)| (k, vm.mutator().pin(v)))
        .collect();
    let ident = NEXT_IDENT.fetch_add(1, Ordering::Relaxed);
    let interp = Arc::clone(&vm.interp);
    if interp.sync() == gvmt::sync::Backend::Locks {
        // From now on two threads may change one object at once.
        interp.object_locks.activate();
    }
    interp.threads_alive.fetch_add(1, Ordering::AcqRel);
    let spawned = std::thread::Builder::new()
        .name(format!("hotpy-{ident}"))
        .stack_size(crate::interp::call::THREAD_STACK)
        .spawn(move || {
            let mut t = ThreadState::of(&interp);
            t.ident = ident;
            t.take_gil();
            t.stm_enter();
            let f = t.mutator().pinned(&function);
            let args: Vec<Value> = items.iter().map(|p| t.mutator().pinned(p)).collect();
            let kw: Vec<(String, Value)> = keywords
                .iter()
                .map(|(k, p)| (k.clone(), t.mutator().pinned(p)))
                .collect();
            drop((items, keywords));
            // The function stays pinned for the report of an exception.
            if let Err(e) = t.call(f, &args, &kw)
                && !e.is("SystemExit")
            {
                let f = t.mutator().pinned(&function);
                let shown = crate::protocols::repr::repr_of(&t, f);
                t.flush_stdout();
                let report = crate::objects::exception::report::report(&mut t, &e);
                eprint!("Unhandled exception in thread started by {shown}\n{report}");
            }
            drop(function);
            t.flush_stdout();
            t.stm_exit();
            interp.threads_alive.fetch_sub(1, Ordering::AcqRel);
            t.release_gil();
        });
    if let Err(e) = spawned {
        vm.interp.threads_alive.fetch_sub(1, Ordering::AcqRel);
        return Err(Error::new(
            "RuntimeError",
            format!("can't start new thread: {e}"),
        ));
    }
    make_int(ident as i64)
}

/// `_thread.get_ident()`.
pub fn thread_ident(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    args_n::<0>("get_ident", args, kwargs)?;
    let ident = vm.thread_ident();
    make_int(ident as i64)
}

/// `_thread._count()`: Python threads started and not yet ended.
pub fn thread_count(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    args_n::<0>("_count", args, kwargs)?;
    make_int(vm.interp.threads_alive.load(Ordering::Acquire) as i64)
}

/// `lock._locked`, the state of the `_thread.lock` in handle `h`.
fn locked(vm: &mut ThreadState, h: Handle) -> Result<bool, Error> {
    // The name first: making it may collect, which moves the lock.
    let name = vm.name_str("_locked")?;
    let lock = vm.mutator().get(h);
    // The lock's own slot, read directly (this runs on every acquire); the attribute
    // protocol for anything else.
    if let Some(i) = own_slot(vm, lock, name) {
        return Ok(crate::objects::class::storage::slot(vm, lock, i) == TRUE);
    }
    let v = crate::protocols::attributes::get_attr(vm, lock, name)?;
    Ok(v == TRUE)
}

fn set_locked(vm: &mut ThreadState, h: Handle, held: bool) -> Result<(), Error> {
    let name = vm.name_str("_locked")?;
    let lock = vm.mutator().get(h);
    let v = if held { TRUE } else { FALSE };
    if let Some(i) = own_slot(vm, lock, name) {
        // The caller holds the lock object's write lock.
        crate::objects::class::storage::store_slot(vm, lock, i, v);
        return Ok(());
    }
    crate::objects::class::store_attr(vm, lock, name, v)
}

/// The slot of attribute `name` in instance `obj`'s own storage, if it has one.
fn own_slot(vm: &mut ThreadState, obj: Value, name: Value) -> Option<usize> {
    use crate::objects::class::storage;
    if !crate::objects::class::is_instance(vm, obj) {
        return None;
    }
    let shape = crate::generated::layouts::Instance::shape(gvmt::rt::Vm::vmctx(vm), obj);
    if shape == storage::DICT_MODE {
        return None;
    }
    storage::find_slot(vm, shape, name)
}

/// `_hotpy.lock_acquire(lock, blocking, timeout)`: [`acquire`].
pub fn lock_acquire(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    let [lock, blocking, timeout] = args_n::<3>("acquire", args, kwargs)?;
    let blocking = values::is_true(vm, blocking)?;
    acquire(vm, lock, blocking, timeout)
}

/// `_thread.lock.acquire(self, blocking=True, timeout=-1)` (also `acquire_lock`): the
/// method itself, bound through lock instances (one native call per acquire).
pub fn lock_method_acquire(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    let (lock, rest) = lock_self("acquire", args)?;
    if rest.len() > 2 {
        return Err(Error::new(
            "TypeError",
            format!("acquire() takes at most 2 arguments ({} given)", rest.len()),
        ));
    }
    let mut given = [rest.first().copied(), rest.get(1).copied()];
    for (key, v) in kwargs {
        let i = match key.as_str() {
            "blocking" => 0,
            "timeout" => 1,
            _ => {
                return Err(Error::new(
                    "TypeError",
                    format!("'{key}' is an invalid keyword argument for acquire()"),
                ));
            }
        };
        if given[i].is_some() {
            return Err(Error::new(
                "TypeError",
                format!(
                    "argument for acquire() given by name ('{key}') and position ({})",
                    i + 1
                ),
            ));
        }
        given[i] = Some(*v);
    }
    let blocking = match given[0] {
        Some(b) => values::is_true(vm, b)?,
        None => true,
    };
    acquire(
        vm,
        lock,
        blocking,
        given[1].unwrap_or(values::make_int(-1)?),
    )
}

/// `_thread.lock.__enter__(self)`: a blocking acquire.
pub fn lock_method_enter(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    let (lock, rest) = lock_self("__enter__", args)?;
    args_n::<0>("__enter__", rest, kwargs)?;
    acquire(vm, lock, true, values::make_int(-1)?)
}

/// `_thread.lock.release(self)` (also `release_lock`, and `__exit__(self, *exc)`).
pub fn lock_method_release(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    let (lock, rest) = lock_self("release", args)?;
    args_n::<0>("release", rest, kwargs)?;
    release(vm, lock)
}

pub fn lock_method_exit(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    let (lock, _exc) = lock_self("__exit__", args)?;
    crate::modules::builtins::no_keywords("__exit__", kwargs)?;
    release(vm, lock)
}

/// The lock a lock method was called on, and its other arguments.
fn lock_self<'a>(name: &str, args: &'a [Value]) -> Result<(Value, &'a [Value]), Error> {
    args.split_first()
        .map(|(&lock, rest)| (lock, rest))
        .ok_or_else(|| {
            Error::new(
                "TypeError",
                format!("descriptor '{name}' of '_thread.lock' object needs an argument"),
            )
        })
}

/// Takes `lock` if it is free; else, when `blocking`, waits (without the GIL) until it is
/// released or `timeout` seconds pass (-1: no limit). True if taken.
fn acquire(
    vm: &mut ThreadState,
    lock: Value,
    blocking: bool,
    timeout: Value,
) -> Result<Value, Error> {
    let seconds = if let Some(i) = as_int(timeout) {
        i as f64
    } else if let Some(f) = values::float_value(vm, timeout) {
        f
    } else {
        return Err(Error::new(
            "TypeError",
            format!(
                "'{}' object cannot be interpreted as an integer or float",
                values::type_name(vm, timeout)
            ),
        ));
    };
    if !blocking && seconds != -1.0 {
        return Err(Error::new(
            "ValueError",
            "can't specify a timeout for a non-blocking call",
        ));
    }
    if seconds < 0.0 && seconds != -1.0 {
        return Err(Error::new(
            "ValueError",
            "timeout value must be a non-negative number",
        ));
    }
    let deadline = (seconds >= 0.0).then(|| Instant::now() + Duration::from_secs_f64(seconds));
    vm.handle_scope(|vm| {
        let h = vm.mutator().root(lock);
        loop {
            // Read the event count before looking: a release after the look wakes the wait.
            let seen = vm.interp.gil.events();
            // The look and the take are one step: atomic under the GIL, and under the lock
            // object's write lock when threads run in parallel.
            let taken = vm.write_locked(h, |vm| {
                let free = !locked(vm, h)?;
                if free {
                    set_locked(vm, h, true)?;
                }
                Ok::<_, Error>(free)
            })?;
            if taken {
                vm.stm_lock_taken(true);
                return Ok(TRUE);
            }
            if !blocking || deadline.is_some_and(|d| Instant::now() >= d) {
                return Ok(FALSE);
            }
            let interp = Arc::clone(&vm.interp);
            // Waits are cut into short slices so that a signal (Ctrl-C) ends them with
            // KeyboardInterrupt, as in CPython, even if no lock is released.
            let slice = Instant::now() + SIGNAL_CHECK;
            let until = deadline.map_or(slice, |d| d.min(slice));
            let key = vm.mutator().get(h);
            let wait = || {
                ThreadState::waiting_for_lock(&interp, key, || {
                    interp.gil.wait_for_event(seen, Some(until))
                })
            };
            if deadline.is_none() {
                // Under stm: wait between transactions and run the acquire again (an
                // acquire with a timeout cannot: its deadline would start again).
                vm.wait_then_retry(wait)?;
            } else {
                vm.blocking(wait)?;
            }
            crate::signals::check(vm)?;
        }
    })
}

/// `_hotpy.lock_release(lock)`: [`release`].
pub fn lock_release(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    let [lock] = args_n::<1>("release", args, kwargs)?;
    release(vm, lock)
}

/// Frees `lock` and wakes the threads waiting for a lock.
fn release(vm: &mut ThreadState, lock: Value) -> Result<Value, Error> {
    vm.handle_scope(|vm| {
        let h = vm.mutator().root(lock);
        vm.write_locked(h, |vm| {
            if !locked(vm, h)? {
                return Err(Error::new("RuntimeError", "release unlocked lock"));
            }
            set_locked(vm, h, false)
        })?;
        vm.stm_lock_taken(false);
        let lock = vm.mutator().get(h);
        if !vm.stm_notify_after_commit(lock) {
            vm.interp.gil.notify_event();
        }
        Ok(NONE)
    })
}

/// `_hotpy.stm_atomic(enter)`: under `--sync=stm`, a `hotpy.atomic` block is entered
/// (`enter` true) or left: no transaction ends inside it, so it runs as one; returns True.
/// False under the other backends, where the block takes a global re-entrant lock instead.
pub fn stm_atomic(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    let [enter] = args_n::<1>("stm_atomic", args, kwargs)?;
    Ok(if vm.stm_atomic(enter == TRUE) {
        TRUE
    } else {
        FALSE
    })
}

/// `sys.getswitchinterval()`.
pub fn get_switch_interval(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    args_n::<0>("getswitchinterval", args, kwargs)?;
    let seconds = vm.interp.gil.interval().as_secs_f64();
    values::box_float(vm, seconds)
}

/// `sys.setswitchinterval(seconds)`.
pub fn set_switch_interval(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    let [s] = args_n::<1>("setswitchinterval", args, kwargs)?;
    let seconds = as_int(s)
        .map(|i| i as f64)
        .or_else(|| values::float_value(vm, s))
        .ok_or_else(|| {
            Error::new(
                "TypeError",
                format!("must be real number, not {}", values::type_name(vm, s)),
            )
        })?;
    if seconds <= 0.0 || !seconds.is_finite() {
        return Err(Error::new(
            "ValueError",
            "switch interval must be strictly positive",
        ));
    }
    vm.interp.gil.set_interval(Duration::from_secs_f64(seconds));
    Ok(NONE)
}

impl ThreadState {
    /// At the main program's end, as CPython does: waits for `threading`'s non-daemon
    /// threads (`threading._shutdown`), then runs the `atexit` functions
    /// (`atexit._run_exitfuncs`), each if the program imported its module, then the
    /// `__del__` of the instances still alive. An exception there is reported and otherwise
    /// ignored.
    pub fn run_exit_handlers(&mut self) {
        for (module, function) in [("threading", "_shutdown"), ("atexit", "_run_exitfuncs")] {
            let id = self
                .tables()
                .modules
                .iter()
                .position(|m| m.name == module && !m.native && m.initializing.is_none());
            let Some(f) = id.and_then(|id| self.module_global(id, function)) else {
                continue;
            };
            if let Err(e) = self.call(f, &[], &[]) {
                self.flush_stdout();
                let report = crate::objects::exception::report::report(self, &e);
                eprint!("Exception ignored in: {module}.{function}\n{report}");
            }
            self.flush_stdout();
        }
        self.run_finalizers_at_exit();
    }
}

/// `_hotpy.print_exception(exc, header, skip=0)`: `header`, then CPython's report of
/// exception `exc` (its traceback and chained exceptions), on stderr after what stdout
/// holds. The traceback leaves out its `skip` outermost entries (the library function that
/// called the one that raised: `atexit._run_exitfuncs`, `_weakref._dispatch`).
pub fn print_exception(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> Result<Value, Error> {
    let (exc, header, skip) = match *args {
        [exc, header] if kwargs.is_empty() => (exc, header, 0),
        [exc, header, skip] if kwargs.is_empty() => {
            (exc, header, as_int(skip).unwrap_or(0).max(0) as usize)
        }
        _ => {
            let [exc, header] = args_n::<2>("print_exception", args, kwargs)?;
            (exc, header, 0)
        }
    };
    let header = values::str_value(vm, header).unwrap_or_default();
    if !crate::objects::exception::is_instance(vm, exc) {
        return Err(Error::new(
            "TypeError",
            "print_exception() needs an exception",
        ));
    }
    let mut error = crate::objects::exception::from_object(vm, exc);
    if let Some(e) = error.exception_mut() {
        // Innermost entry first.
        let keep = e.traceback.len().saturating_sub(skip);
        e.traceback.truncate(keep);
    }
    let report = crate::objects::exception::report::report(vm, &error);
    vm.irreversible()?;
    vm.flush_stdout();
    eprint!("{header}{report}");
    Ok(NONE)
}
