//! A thread's side of the `locks` backend (`gvmt::sync::ObjectLocks`, the interpreter's):
//! the write lock of a mutable object (list, dict, set, instance, lock object), taken
//! around each change of its storage so that a single operation on a builtin is atomic as
//! in CPython, and so that the storage a reader sees is always one a writer published
//! whole. Nothing is locked until the program starts its second thread, nor at all under
//! the GIL (which makes every change atomic already).
//!
//! Locks are re-entrant per thread (a `__eq__` run by a dict's lookup may change the same
//! dict): the thread keeps the handles of the objects it holds.
//!
//! Must not: wait for a lock attached to the heap (`ObjectLocks::lock` waits detached), or
//! hold a lock across a wait for another thread that needs it (the runtime takes them only
//! around storage changes, which run no blocking call).

use super::ThreadState;
use gvmt::gc::Handle;
use gvmt::rt::{Value, Vm};
use std::sync::Arc;

impl ThreadState {
    /// True if writers must take object locks (the `locks` backend, with a second thread).
    #[inline]
    pub fn locking(&self) -> bool {
        self.interp.object_locks.is_active()
    }

    /// Runs `f` holding the write lock of the object in handle `h` (just `f` when objects
    /// are not locked). The object may move while `f` runs (it may allocate): the lock goes
    /// with it.
    pub fn write_locked<R>(&mut self, h: Handle, f: impl FnOnce(&mut ThreadState) -> R) -> R {
        if !self.locking() {
            return f(self);
        }
        let object = self.mutator().get(h);
        let mutator = self.mutator_ref();
        if self
            .held_locks
            .iter()
            .any(|&held| mutator.get(held) == object)
        {
            return f(self);
        }
        let interp = Arc::clone(&self.interp);
        interp.object_locks.lock(self.mutator(), h);
        self.held_locks.push(h);
        let result = f(self);
        self.held_locks.pop();
        let object = self.mutator().get(h);
        interp.object_locks.unlock(self.vmctx(), object);
        result
    }

    /// [`ThreadState::write_locked`] for an object not yet in a handle.
    pub fn write_locked_value<R>(
        &mut self,
        object: Value,
        f: impl FnOnce(&mut ThreadState, Handle) -> R,
    ) -> R {
        self.handle_scope(|vm| {
            let h = vm.mutator().root(object);
            vm.write_locked(h, |vm| f(vm, h))
        })
    }
}

impl ThreadState {
    /// Runs `f(vm, object, args)` holding `object`'s write lock: `object` and `args` are
    /// passed as they are after the lock is taken (waiting for it may collect, which moves
    /// them). Without locking, `f` runs at once on the values given.
    #[inline]
    pub fn with_write_lock<const N: usize, R>(
        &mut self,
        object: Value,
        args: [Value; N],
        f: impl FnOnce(&mut ThreadState, Value, [Value; N]) -> R,
    ) -> R {
        if !self.locking() {
            return f(self, object, args);
        }
        self.handle_scope(|vm| {
            let h = vm.mutator().root(object);
            let handles = args.map(|a| vm.mutator().root(a));
            vm.write_locked(h, |vm| {
                let object = vm.mutator().get(h);
                let args = handles.map(|a| vm.mutator().get(a));
                f(vm, object, args)
            })
        })
    }
}
