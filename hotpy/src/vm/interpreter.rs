//! The [`Interpreter`]: what every thread of one Python program shares. The code table,
//! the class table (names), the shape tree, the module registry and its globals, interned
//! strings, the builtin classes and function objects, `sys` state, the stdout buffer and the
//! JIT. It is `Send + Sync` (checked at compile time below): the code and class tables are
//! append-only with lock-free reads ([`AppendOnly`]), the builtins are atomic root slots
//! ([`RootTable`]), the shape tree is under a read-write lock, and the other tables are under
//! one mutex ([`Tables`], taken with [`ThreadState::tables`]).
//!
//! Locking rule: a lock of the interpreter is never held across anything that may allocate
//! on the heap, call Python or wait for another thread (a thread waiting for such a lock
//! while attached would hold up a collection that the holder needs). [`ThreadState::tables`]
//! borrows the thread state, so the borrow checker rejects a guard held across any call that
//! needs the thread state mutably, which is every call that may allocate.
//!
//! Must not: hold heap values other than through registered roots or pins.

use super::append_only::AppendOnly;
use super::root_table::RootTable;
use super::thread::ThreadState;
use crate::interp::code::Loaded;
use crate::modules::ModuleState;
use crate::objects::class::storage::Shapes;
use crate::values::NONE;
use gvmt::gc::{Heap, Pinned};
use gvmt::jit::Jit;
use gvmt::rt::Value;
use std::sync::atomic::{AtomicPtr, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, RwLock};

/// Python's default recursion limit (`sys.getrecursionlimit()`).
pub const RECURSION_LIMIT: usize = 1000;

/// CPython's default limit on the digits of int/str conversions.
pub const INT_MAX_STR_DIGITS: usize = 4300;

/// The limit PYTHONINTMAXSTRDIGITS sets (0, or 640 and more), else CPython's default.
fn initial_int_max_str_digits() -> usize {
    std::env::var("PYTHONINTMAXSTRDIGITS")
        .ok()
        .and_then(|s| s.trim().parse::<usize>().ok())
        .filter(|&n| n == 0 || n >= 640)
        .unwrap_or(INT_MAX_STR_DIGITS)
}

/// One Python program's shared VM state.
pub struct Interpreter {
    heap: Arc<Heap>,
    /// Every code object loaded; frames point at their entry's gvmt code, which never moves.
    pub(crate) codes: AppendOnly<Loaded>,
    /// Each class's name and qualified name, by class id.
    classes: AppendOnly<ClassNames>,
    /// The shapes (hidden classes) of instances' attribute storage.
    pub(crate) shapes: RwLock<Shapes>,
    /// Bumped by every change to a class namespace: each thread's lookup cache holds entries
    /// of one version only.
    pub(crate) class_version: AtomicU64,
    /// Under stm: the `_thread` locks threads wait for now, by heap offset, with how many
    /// wait. A release of one of them ends its transaction early so that the waiters wake
    /// soon; other releases wake waiters at the transaction's own end. (An offset is the
    /// lock's until a collection moves it: then a release may end a transaction early for
    /// nothing, never wake a waiter late beyond that end.)
    pub(crate) waited_locks: Mutex<std::collections::HashMap<u64, u32>>,
    /// `sys.getrecursionlimit()`.
    pub(crate) recursion_limit: AtomicUsize,
    /// `sys.get_int_max_str_digits()`: the most decimal digits an int may have in str()
    /// or int(str) (0: no limit); CPython's 4300 unless PYTHONINTMAXSTRDIGITS says otherwise.
    pub(crate) int_max_str_digits: AtomicUsize,
    /// `object` and the builtin exception classes.
    pub(crate) builtin_classes: RootTable,
    /// One object per builtin function, made on first use.
    pub(crate) builtin_objects: RootTable,
    /// One more than the `builtins` module's index once the program has set or deleted one of
    /// its attributes (`builtins._ = ...`): from then on a global found unbound is looked up
    /// there before the builtins' own table. 0 before.
    pub(crate) builtins_assigned: std::sync::atomic::AtomicUsize,
    /// The `random` module's generator state (a `RandomState` object), made on first use.
    pub(crate) random_state: RootTable,
    tables: Mutex<Tables>,
    stdout: Mutex<Vec<u8>>,
    /// Compiles every code object before it first runs, when on.
    pub(crate) jit: Mutex<Option<SharedJit>>,
    /// The global interpreter lock (`vm/gil.rs`), taken by threads under the `gil` backend;
    /// its event count serves every backend's lock waits.
    pub gil: gvmt::sync::Gil,
    /// The synchronization backend (`--sync`), chosen before the second thread starts.
    sync: std::sync::atomic::AtomicU8,
    /// The write-only object locks of the `locks` backend (`vm/object_locks.rs`).
    pub object_locks: gvmt::sync::ObjectLocks,
    /// The STM of the `stm` backend (`vm/stm.rs`), made by `enable_stm`.
    pub(crate) stm: std::sync::OnceLock<Arc<gvmt::sync::Stm>>,
    /// Python threads started and not yet ended (`_thread._count()`).
    pub(crate) threads_alive: AtomicUsize,
    /// The identifier strs every thread has made (`ThreadState::name_str`), pinned.
    names: Mutex<rustc_hash::FxHashMap<&'static str, gvmt::gc::Pinned>>,
    /// The collections run to find out whether a dropped object with a `__del__` died
    /// (`vm/finalizers.rs`): when the interpreter started, and their time so far.
    pub(crate) started: std::time::Instant,
    pub(crate) prompt_collections: Mutex<std::time::Duration>,
}

/// The interpreter's tables under its mutex.
#[derive(Default)]
pub struct Tables {
    /// Every module loaded (index 0 is `__main__`), with its globals.
    pub modules: Vec<ModuleState>,
    /// The first entry of `sys.path` (the main script's directory, `''` for `-c`).
    pub search_path: Option<std::path::PathBuf>,
    /// The main script's full path (`__main__.__file__`).
    pub main_file: Option<String>,
    /// `sys.argv`.
    pub argv: Vec<String>,
    /// Interned strings ([`ThreadState::intern`]).
    pub(crate) interned: std::collections::HashSet<&'static str>,
    /// Root registrations to remove when the interpreter goes (module globals).
    pub(crate) root_keys: Vec<usize>,
    /// Classes standing for builtin types the table of `objects/class/builtin_types.rs` does not
    /// list, by name.
    pub(crate) type_classes: rustc_hash::FxHashMap<&'static str, Pinned>,
    /// The code object (`f.__code__`) of each code table entry asked for, made once so that
    /// it is one object.
    pub(crate) code_objects: rustc_hash::FxHashMap<usize, Pinned>,
    /// Weak references to each class's subclasses (`type.__subclasses__`), by class id.
    pub(crate) subclasses: rustc_hash::FxHashMap<u32, Vec<gvmt::gc::Weak>>,
    /// The builtin type each class deriving from one derives from, by class id.
    pub(crate) builtin_bases: rustc_hash::FxHashMap<u32, usize>,
    /// Modules made for `exec`/`eval` with a dict namespace, free for reuse.
    pub(crate) scratch_modules: Vec<usize>,
    /// Which thread is importing which module (CPython's per-module import locks).
    pub(crate) import_claims: crate::modules::import_claims::ImportClaims,
}

/// A class's names, replaced as a whole (never freed: names are interned and renames rare).
struct ClassNames {
    names: AtomicPtr<(&'static str, &'static str)>,
}

/// The JIT, owned by the interpreter and used under its mutex.
pub struct SharedJit(pub Jit);

// SAFETY: the JIT (Cranelift's module and contexts) holds raw pointers to the code it emitted,
// which it owns; it is used by one thread at a time (under `Interpreter::jit`'s mutex) and
// its code is immutable once finalized.
unsafe impl Send for SharedJit {}

const _: () = {
    const fn shared<T: Send + Sync>() {}
    shared::<Interpreter>();
};

impl Interpreter {
    /// A new interpreter on `heap` (its first thread creates the builtin classes).
    pub fn new(heap: &Arc<Heap>) -> Arc<Interpreter> {
        Arc::new(Interpreter {
            heap: Arc::clone(heap),
            codes: AppendOnly::default(),
            classes: AppendOnly::default(),
            shapes: RwLock::default(),
            class_version: AtomicU64::new(1),
            waited_locks: Default::default(),
            recursion_limit: AtomicUsize::new(RECURSION_LIMIT),
            int_max_str_digits: AtomicUsize::new(initial_int_max_str_digits()),
            builtin_classes: RootTable::new(
                heap,
                crate::objects::exception::CLASSES.len()
                    + crate::objects::class::builtin_types::BUILTIN_TYPES.len(),
                NONE,
            ),
            builtin_objects: RootTable::new(heap, crate::modules::builtins::BUILTINS.len(), NONE),
            builtins_assigned: Default::default(),
            random_state: RootTable::new(heap, 1, NONE),
            tables: Mutex::default(),
            stdout: Mutex::default(),
            jit: Mutex::new(None),
            gil: gvmt::sync::Gil::default(),
            sync: std::sync::atomic::AtomicU8::new(0),
            object_locks: gvmt::sync::ObjectLocks::default(),
            stm: std::sync::OnceLock::new(),
            threads_alive: AtomicUsize::new(0),
            names: Mutex::default(),
            started: std::time::Instant::now(),
            prompt_collections: Mutex::default(),
        })
    }

    /// The synchronization backend.
    pub fn sync(&self) -> gvmt::sync::Backend {
        match self.sync.load(Ordering::Relaxed) {
            0 => gvmt::sync::Backend::Gil,
            1 => gvmt::sync::Backend::Locks,
            _ => gvmt::sync::Backend::Stm,
        }
    }

    /// Chooses the synchronization backend: before any thread but the first runs Python code.
    /// `stm` runs with the default configuration unless `enable_stm` chose one first.
    pub fn set_sync(&self, backend: gvmt::sync::Backend) {
        let code = match backend {
            gvmt::sync::Backend::Gil => 0,
            gvmt::sync::Backend::Locks => 1,
            gvmt::sync::Backend::Stm => {
                self.enable_stm(gvmt::sync::StmConfig::default());
                2
            }
        };
        self.sync.store(code, Ordering::Relaxed);
    }

    /// Makes the STM of the `stm` backend (with `config`, if it is not made yet).
    /// `HOTPY_STM_QUANTUM=N` (tests) fixes every transaction's length at N breakpoints.
    pub fn enable_stm(&self, mut config: gvmt::sync::StmConfig) {
        if let Some(n) = std::env::var("HOTPY_STM_QUANTUM")
            .ok()
            .and_then(|v| v.parse::<u32>().ok())
            .filter(|&n| n > 0)
        {
            (config.quantum_min, config.quantum_max, config.quantum_start) = (n, n, n);
        }
        self.stm
            .get_or_init(|| gvmt::sync::Stm::new(&self.heap, config));
        // Compiled code must pass its loads, stores and allocations to the STM.
        if let Some(jit) = self.jit.lock().unwrap_or_else(|p| p.into_inner()).as_mut() {
            jit.0.stm_barriers = true;
        }
        self.sync.store(2, Ordering::Relaxed);
    }

    /// The STM, under the `stm` backend.
    pub fn stm(&self) -> Option<Arc<gvmt::sync::Stm>> {
        self.stm.get().cloned()
    }

    /// The identifier strs shared by all threads (`ThreadState::name_str`).
    pub(crate) fn shared_names(
        &self,
    ) -> MutexGuard<'_, rustc_hash::FxHashMap<&'static str, gvmt::gc::Pinned>> {
        self.names.lock().unwrap_or_else(|p| p.into_inner())
    }

    pub fn heap(&self) -> &Arc<Heap> {
        &self.heap
    }

    pub(crate) fn lock_tables(&self) -> TablesGuard<'_> {
        // Taking the lock again on the thread that holds it would deadlock: debug builds
        // (which the tests use) panic instead, naming the mistake.
        #[cfg(debug_assertions)]
        HOLDS_TABLES.with(|held| {
            assert!(
                !held.replace(true),
                "the interpreter's tables were locked again by the thread holding them"
            )
        });
        // A panic with the lock held is a VM bug; the tables are still consistent enough to
        // report it and exit.
        TablesGuard(self.tables.lock().unwrap_or_else(|p| p.into_inner()))
    }

    /// Records a new class's names; returns its class id.
    pub(crate) fn register_class(&self, name: &'static str) -> usize {
        let names = Box::leak(Box::new((name, name)));
        self.classes.push(ClassNames {
            names: AtomicPtr::new(names),
        })
    }

    fn class_names(&self, id: usize) -> (&'static str, &'static str) {
        // SAFETY: the pointer was made by `Box::leak` and is never freed.
        unsafe { *self.classes[id].names.load(Ordering::Acquire) }
    }

    pub(crate) fn class_name(&self, id: usize) -> &'static str {
        self.class_names(id).0
    }

    pub(crate) fn class_qualname(&self, id: usize) -> &'static str {
        self.class_names(id).1
    }

    /// Replaces class `id`'s name and qualified name (`__name__`/`__qualname__` assignment).
    pub(crate) fn set_class_names(&self, id: usize, name: &'static str, qualname: &'static str) {
        let names = Box::leak(Box::new((name, qualname)));
        self.classes[id].names.store(names, Ordering::Release);
    }

    /// A string that lives as long as the program (one copy per distinct text).
    pub fn intern(&self, text: &str) -> &'static str {
        let mut tables = self.lock_tables();
        if let Some(&s) = tables.interned.get(text) {
            return s;
        }
        let s: &'static str = Box::leak(text.to_string().into_boxed_str());
        tables.interned.insert(s);
        s
    }

    /// Writes to the program's stdout (buffered; flushed at exit and before error reports).
    pub fn write_stdout(&self, text: &str) {
        self.write_stdout_bytes(text.as_bytes());
    }

    /// Bytes to standard output (`sys.stdout.buffer`), in order with its text.
    pub fn write_stdout_bytes(&self, bytes: &[u8]) {
        let mut out = self.stdout.lock().unwrap_or_else(|p| p.into_inner());
        out.extend_from_slice(bytes);
        if out.len() > 1 << 16 {
            flush(&mut out);
        }
    }

    pub fn flush_stdout(&self) {
        flush(&mut self.stdout.lock().unwrap_or_else(|p| p.into_inner()));
    }

    /// A builtin class by index in `crate::objects::exception::CLASSES` (`NONE` before the first
    /// thread made them).
    pub(crate) fn builtin_class_value(&self, index: usize) -> Value {
        self.builtin_classes.get(index)
    }
}

#[cfg(debug_assertions)]
thread_local! {
    /// This thread holds some interpreter's tables (debug builds: catches a second lock).
    static HOLDS_TABLES: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// The interpreter's tables, locked.
pub struct TablesGuard<'a>(MutexGuard<'a, Tables>);

impl std::ops::Deref for TablesGuard<'_> {
    type Target = Tables;

    fn deref(&self) -> &Tables {
        &self.0
    }
}

impl std::ops::DerefMut for TablesGuard<'_> {
    fn deref_mut(&mut self) -> &mut Tables {
        &mut self.0
    }
}

impl Drop for TablesGuard<'_> {
    fn drop(&mut self) {
        #[cfg(debug_assertions)]
        HOLDS_TABLES.with(|held| held.set(false));
    }
}

fn flush(buffer: &mut Vec<u8>) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    // A closed stdout (a pipe whose reader left) ends output, not the VM.
    let _ = out.write_all(buffer);
    let _ = out.flush();
    buffer.clear();
}

impl Drop for Interpreter {
    fn drop(&mut self) {
        self.flush_stdout();
        let tables = self.tables.get_mut().unwrap_or_else(|p| p.into_inner());
        for key in std::mem::take(&mut tables.root_keys) {
            self.heap.remove_roots(key);
        }
    }
}

impl ThreadState {
    /// The interpreter's tables, locked until the guard goes (see the module doc's rule).
    pub(crate) fn tables(&self) -> TablesGuard<'_> {
        self.interp.lock_tables()
    }

    /// Records a new class's name; returns its class id.
    pub fn register_class(&mut self, name: String) -> usize {
        // Class names live as long as the VM, interned (a class statement in a loop makes
        // no new strings).
        let name = self.interp.intern(&name);
        self.interp.register_class(name)
    }

    pub fn class_name(&self, id: usize) -> &'static str {
        self.interp.class_name(id)
    }

    /// The class's `__qualname__` (`Outer.Inner`, `f.<locals>.C`).
    pub fn class_qualname(&self, id: usize) -> &'static str {
        self.interp.class_qualname(id)
    }

    pub fn set_class_qualname(&mut self, id: usize, qualname: &str) {
        let qualname = self.interp.intern(qualname);
        self.interp
            .set_class_names(id, self.interp.class_name(id), qualname);
    }

    pub fn set_class_name(&mut self, id: usize, name: &str) {
        let name = self.interp.intern(name);
        self.interp
            .set_class_names(id, name, self.interp.class_qualname(id));
    }

    /// A string that lives as long as the program (one copy per distinct text).
    pub fn intern(&mut self, text: &str) -> &'static str {
        self.interp.intern(text)
    }

    /// Writes to the program's stdout (buffered; flushed at exit and before error reports).
    /// Output cannot be taken back: under `stm` the transaction becomes inevitable first.
    pub fn write_stdout(&mut self, text: &str) -> Result<(), super::Error> {
        self.write_stdout_bytes(text.as_bytes())
    }

    pub fn write_stdout_bytes(&mut self, bytes: &[u8]) -> Result<(), super::Error> {
        self.irreversible()?;
        self.interp.write_stdout_bytes(bytes);
        Ok(())
    }

    pub fn flush_stdout(&mut self) {
        self.interp.flush_stdout();
    }
}
