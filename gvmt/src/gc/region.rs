//! The heap's memory: one block reserved at start-up, addressed by offsets from its base. The
//! block never moves, so a base pointer in a `VmCtx` stays valid; pages are committed by the
//! OS as they are first touched.

pub(crate) struct Region {
    words: Vec<u64>,
}

impl Region {
    pub fn new(bytes: usize) -> Region {
        // `vec![0; n]` asks the allocator for zeroed memory: for large blocks the OS maps zero
        // pages lazily, so reserving a big heap costs little until it is used.
        Region {
            words: vec![0; bytes.div_ceil(16) * 2],
        }
    }

    pub fn base(&mut self) -> *mut u8 {
        self.words.as_mut_ptr() as *mut u8
    }

    pub fn size(&self) -> usize {
        self.words.len() * 8
    }
}
