//! Guarding the native stack: a VM whose interpreter recurses on calls must raise its own
//! recursion error before the thread's stack runs out. [`run_with_stack`] runs a VM on a thread
//! with a stack of known size, and [`StackLimit`] says when a budget of it is used up.

/// Approximately the current native stack pointer.
#[inline(never)]
fn stack_pointer() -> usize {
    let marker = 0u8;
    std::hint::black_box(&marker) as *const u8 as usize
}

/// A budget of native stack below the point where it was created.
#[derive(Clone, Copy, Debug)]
pub struct StackLimit {
    base: usize,
    budget: usize,
}

impl StackLimit {
    /// Allows `budget` bytes of stack below the caller's frame.
    pub fn here(budget: usize) -> StackLimit {
        StackLimit {
            base: stack_pointer(),
            budget,
        }
    }

    /// Bytes used since `here` (stacks grow down on every host gvmt supports).
    pub fn used(&self) -> usize {
        self.base.saturating_sub(stack_pointer())
    }

    pub fn exceeded(&self) -> bool {
        self.used() > self.budget
    }
}

/// Runs `f` on a new thread with a `size`-byte stack and returns its result. A panic in `f`
/// is resumed on the calling thread.
pub fn run_with_stack<T: Send + 'static>(size: usize, f: impl FnOnce() -> T + Send + 'static) -> T {
    let handle = std::thread::Builder::new()
        .stack_size(size)
        .spawn(f)
        .expect("gvmt: cannot spawn the VM thread");
    match handle.join() {
        Ok(v) => v,
        Err(panic) => std::panic::resume_unwind(panic),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn recurse(limit: &StackLimit, depth: usize) -> usize {
        let pad = std::hint::black_box([0u8; 512]);
        if limit.exceeded() {
            depth + pad[0] as usize
        } else {
            recurse(limit, depth + 1)
        }
    }

    #[test]
    fn deep_recursion_is_stopped_by_the_budget_not_by_overflow() {
        let depth = run_with_stack(8 << 20, || {
            let limit = StackLimit::here(4 << 20);
            recurse(&limit, 0)
        });
        assert!(
            depth > 1000,
            "recursed {depth} times before the budget ran out"
        );
    }
}
