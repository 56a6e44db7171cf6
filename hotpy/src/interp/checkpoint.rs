//! Restorable frames: a thread's Python frames can be put back to their state at an
//! instruction boundary. A [`Checkpoint`] copies every frame on the running chain (frames are
//! heap objects: each copy is another frame object, pinned); [`ThreadState::restore`] copies them
//! back and makes the checkpoint's running frame current again, so the loop re-runs from the
//! instruction the frame was at. This is what an STM abort does to a thread's frames (its
//! heap objects are restored by the STM's own backups); frames made after the checkpoint
//! are dropped. A generator frame that was off the chain at the checkpoint is not copied.
//!
//! Tests drive it with `HOTPY_RESTORE_TEST=K,M`: at the K-th injection point of the outermost
//! interpreter invocation the frames are checkpointed; the M-th raises an `Unwind::Abort`,
//! which the outermost `Vm::unwind` turns into a restore.

use crate::vm::{Error, ThreadState};
use gvmt::gc::Pinned;
use gvmt::rt::Vm;
use gvmt::rt::frame;

/// The frames of a thread's chain as they were at an instruction boundary.
pub struct Checkpoint {
    /// Each frame on the chain (innermost first) and its copy.
    frames: Vec<(Pinned, Pinned)>,
}

impl ThreadState {
    /// Copies the running chain of frames.
    pub fn checkpoint(&mut self) -> Result<Checkpoint, Error> {
        let chain = frame::chain(self.vmctx(), false);
        let pinned: Vec<Pinned> = chain.iter().map(|&f| self.mutator().pin(f)).collect();
        let mut frames = Vec::with_capacity(chain.len());
        for original in pinned {
            let f = self.mutator_ref().pinned(&original);
            let size = frame::byte_size(self.vmctx(), f);
            let layout = self.vmctx().frame_layout;
            // Not `self.alloc`: its injection points are what drive this.
            let copy = self
                .mutator()
                .alloc(layout, size)
                .map_err(|_| Error::new("MemoryError", ""))?;
            let f = self.mutator_ref().pinned(&original);
            frame::copy_into(self.vmctx(), f, copy);
            let copy = self.mutator().pin(copy);
            frames.push((original, copy));
        }
        Ok(Checkpoint { frames })
    }

    /// Puts the frames back as they were at `checkpoint`: the innermost one runs next, from
    /// the instruction it was at.
    pub fn restore(&mut self, checkpoint: &Checkpoint) {
        for (original, copy) in &checkpoint.frames {
            let (o, c) = (
                self.mutator_ref().pinned(original),
                self.mutator_ref().pinned(copy),
            );
            frame::copy_into(self.vmctx(), c, o);
        }
        let top = checkpoint
            .frames
            .first()
            .map_or(gvmt::rt::Value(0), |(o, _)| self.mutator_ref().pinned(o));
        let ctx = self.mutator().ctx_mut();
        ctx.frame = top;
        // The spare frame may be one of the checkpoint's, running again.
        ctx.spare_frame = gvmt::rt::Value(0);
    }

    /// `HOTPY_RESTORE_TEST`: checkpoint at point K of the outermost invocation; an abort at
    /// point M.
    pub(crate) fn restore_test_point(&mut self, point: u64) -> Result<(), Error> {
        let Some((k, m)) = self.restore_test else {
            return Ok(());
        };
        if point == k && self.native_depth == 1 {
            let cp = self.checkpoint()?;
            self.checkpoint = Some(cp);
            eprintln!(
                "hotpy: checkpoint of the frames at point {point} ({} frames)",
                self.checkpoint.as_ref().map_or(0, |c| c.frames.len())
            );
        }
        if point == m {
            return Err(Error::Unwind(crate::vm::Unwind::Abort));
        }
        Ok(())
    }

    /// The outermost invocation's answer to an abort: the frames as they were at the
    /// checkpoint, if there is one (then the loop goes on there).
    pub(crate) fn restore_after_abort(&mut self) -> bool {
        if self.native_depth != 1 {
            return false;
        }
        let Some(cp) = self.checkpoint.take() else {
            return false;
        };
        self.restore(&cp);
        eprintln!("hotpy: restored the frames of the checkpoint");
        true
    }
}
