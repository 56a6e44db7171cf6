//! Collection statistics, for `--gc-stats`.

use std::fmt;
use std::time::Duration;

#[derive(Clone, Debug, Default)]
pub struct GcStats {
    pub collections: usize,
    pub major_collections: usize,
    pub bytes_allocated: usize,
    pub bytes_copied: usize,
    pub pauses: Vec<Duration>,
}

impl GcStats {
    pub fn median_pause(&self) -> Duration {
        let mut p = self.pauses.clone();
        p.sort();
        p.get(p.len() / 2).copied().unwrap_or_default()
    }

    pub fn max_pause(&self) -> Duration {
        self.pauses.iter().max().copied().unwrap_or_default()
    }
}

impl fmt::Display for GcStats {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "gc: {} collections ({} major), {} bytes allocated, {} bytes copied, pause median {:?} max {:?}",
            self.collections,
            self.major_collections,
            self.bytes_allocated,
            self.bytes_copied,
            self.median_pause(),
            self.max_pause()
        )
    }
}
