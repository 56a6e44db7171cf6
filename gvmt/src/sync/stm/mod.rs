//! The segmented-world software transactional memory of the seed paper (OOPSLA'18, "parallel
//! worlds"), stage 1 of DESIGN.md: W worlds, each a full private copy of the heap with its
//! own base, so that a reference (a heap offset) resolves to the world's own copy of an
//! object; a read barrier marking one byte per 16 heap bytes with the transaction's number;
//! a write barrier taking a backup copy on the first write; a commit log; validation that
//! checks new log entries against the read markers and imports the committed objects;
//! aborts that restore the backups; inevitable transactions that never abort.
//!
//! How a VM drives it (Python-agnostic; `docs/sync.md` has the design and invariants):
//! - [`Stm::attach`] a thread's mutator, then run its work as transactions:
//!   [`Stm::begin`] … [`Stm::commit`]. Between them the thread must not touch the heap.
//! - Every heap load and store of `gvmt::rt::heap` is a barrier; an object the VM writes
//!   through raw pointers (its frames) must be [`StmThread::touch`]ed first.
//! - [`Stm::commit`] or [`Stm::validate`] may answer [`Abort`]: the transaction read an
//!   object a later commit changed. The VM then calls [`Stm::abort`], which puts the world's
//!   objects back as they were at `begin`, and re-runs the transaction from where it began
//!   (its frames restored too: frames are heap objects, touched, so their backups restore
//!   them).
//! - Irreversible work (output, blocking) first makes the transaction inevitable
//!   ([`Stm::become_inevitable`]): while one is, no other transaction commits, so it never
//!   aborts. A thread whose transactions abort [`StmConfig::retries`] times in a row runs
//!   its next one inevitable: the contention policy that guarantees progress.
//! - A transaction never stops for a collection (its world has changes the heap has not
//!   got): collections run between transactions, when every world has committed, on the
//!   heap itself; each world is then copied afresh from the heap. An allocation that finds
//!   no room inside a transaction fails; the VM aborts and the next `begin` collects.
//!
//! Owns: worlds, the commit log, the inevitable token, the statistics. Must not: know the
//! VM's objects beyond the layout table (sizes), or run VM code.

mod log;
mod thread;
mod world;

pub use thread::StmThread;

use crate::gc::{Heap, Mutator, RawHeap};
use crate::rt::Value;
use log::{Entry, Log, Piece};
use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::time::{Duration, Instant};
use world::{World, Worlds};

/// The transaction conflicts with a commit: the VM must [`Stm::abort`] it and run it again.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Abort;

/// Options of the STM, chosen at start-up.
#[derive(Clone, Debug)]
pub struct StmConfig {
    /// Worlds (`--worlds=N`): how many transactions run at once.
    pub worlds: usize,
    /// Aborts in a row after which a thread's next transaction runs inevitable.
    pub retries: u32,
    /// Bounds of the adaptive transaction length ([`StmThread::quantum`]), and its start.
    pub quantum_min: u32,
    pub quantum_max: u32,
    pub quantum_start: u32,
    /// Commit-log entries kept; a world further behind is copied afresh from the heap.
    pub log_capacity: usize,
    /// Bytes of objects the commit log keeps at most (entries beyond it are dropped, oldest
    /// first: a world that lacks them is copied afresh from the heap, which costs no more).
    pub log_bytes: usize,
    /// A transaction that has allocated this many bytes is due to commit
    /// ([`StmThread::due`]): the heap collects only between transactions.
    pub commit_bytes: usize,
}

impl Default for StmConfig {
    fn default() -> StmConfig {
        StmConfig {
            worlds: 8,
            retries: 4,
            quantum_min: 100,
            quantum_max: 100_000,
            quantum_start: 10_000,
            log_capacity: 4096,
            log_bytes: 16 << 20,
            commit_bytes: 256 << 10,
        }
    }
}

/// What `--sync-stats` prints for the STM (the paper's Table 2).
#[derive(Clone, Debug, Default)]
pub struct StmStats {
    pub commits: u64,
    pub aborts: u64,
    /// Transactions that became inevitable.
    pub inevitable: u64,
    /// Time spent in transactions that committed, and in ones that aborted.
    pub committed_time: Duration,
    pub aborted_time: Duration,
    /// Objects imported from the commit log, and worlds copied afresh from the heap.
    pub imported: u64,
    pub refreshes: u64,
    /// Aborts by site (a key the VM chose: a code object and line, say), most first.
    pub abort_sites: Vec<(u64, u64)>,
}

impl StmStats {
    /// CPU time lost in aborted transactions, as a percentage of committed time.
    pub fn aborted_percent(&self) -> f64 {
        let committed = self.committed_time.as_secs_f64();
        if committed == 0.0 {
            0.0
        } else {
            100.0 * self.aborted_time.as_secs_f64() / committed
        }
    }
}

#[derive(Default)]
struct Counters {
    stats: StmStats,
    sites: HashMap<u64, u64>,
}

/// The STM of one heap (see the module doc).
pub struct Stm {
    heap: Arc<Heap>,
    config: StmConfig,
    worlds: Worlds,
    log: Mutex<Log>,
    /// Signalled when the inevitable token is given back or a world is free.
    changed: Condvar,
    next_thread: AtomicUsize,
    /// Threads waiting for the inevitable transaction to end (`wait_for_token`).
    token_waiters: AtomicUsize,
    counters: Mutex<Counters>,
}

impl Stm {
    pub fn new(heap: &Arc<Heap>, config: StmConfig) -> Arc<Stm> {
        Arc::new(Stm {
            heap: Arc::clone(heap),
            worlds: Worlds::new(config.worlds),
            log: Mutex::new(Log::new(config.log_capacity, config.log_bytes)),
            changed: Condvar::new(),
            next_thread: AtomicUsize::new(1),
            token_waiters: AtomicUsize::new(0),
            counters: Mutex::new(Counters::default()),
            config,
        })
    }

    pub fn config(&self) -> &StmConfig {
        &self.config
    }

    /// Makes `m`'s thread transactional: from now on it touches the heap only inside
    /// transactions.
    pub fn attach(self: &Arc<Self>, m: &mut Mutator) {
        let id = self.next_thread.fetch_add(1, Ordering::Relaxed);
        let mut t = StmThread::new(
            Arc::clone(self),
            id,
            self.heap.model,
            self.config.quantum_start,
        );
        t.commit_bytes = self.config.commit_bytes;
        m.ctx_mut().stm = Some(Box::new(t));
    }

    /// Ends `m`'s use of the STM (no transaction may be open).
    pub fn detach(&self, m: &mut Mutator) {
        assert!(
            !Self::in_transaction(m),
            "gvmt: detach with a transaction open"
        );
        m.ctx_mut().stm = None;
    }

    /// True while `m` runs a transaction.
    pub fn in_transaction(m: &Mutator) -> bool {
        m.ctx().stm.as_deref().is_some_and(|t| t.is_open())
    }

    fn thread(m: &mut Mutator) -> &mut StmThread {
        m.ctx_mut()
            .stm
            .as_deref_mut()
            .expect("gvmt: the thread is not attached to the STM")
    }

    fn lock_log(&self) -> MutexGuard<'_, Log> {
        self.log.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Starts a transaction: collects first if the last one ran out of room, takes a world
    /// (waiting for one if all are taken), brings it up to date, and points the thread's
    /// view of the heap at it. It starts inevitable if the thread's last
    /// [`StmConfig::retries`] transactions aborted.
    pub fn begin(&self, m: &mut Mutator) {
        self.start(m, false);
    }

    /// Starts an inevitable transaction (work that cannot be rolled back: what follows a
    /// blocking call in the middle of an operation, say).
    pub fn begin_inevitable(&self, m: &mut Mutator) {
        self.start(m, true);
    }

    fn start(&self, m: &mut Mutator, inevitable: bool) {
        let t = Self::thread(m);
        assert!(!t.is_open(), "gvmt: begin with a transaction open");
        let (id, last, wants_collection) = (t.id, t.last_world, t.wants_collection.take());
        let inevitable = inevitable || t.aborts_in_a_row >= self.config.retries;
        if let Some(needed) = wants_collection {
            m.collect_for(needed);
        } else if self.heap.nearly_full() {
            // Collected now, between transactions, rather than by a transaction that finds
            // the heap full (which must then become inevitable to commit and collect).
            m.collect_for(0);
        }
        m.safepoint();
        let w = self.take_world(m, last);
        if last != Some(w) {
            // The rest of the allocation buffer was zeroed in the other world only.
            m.retire_buffer();
        }
        // SAFETY: this thread took world `w`.
        let world = unsafe { self.worlds.get(w) };
        let mut log = self.lock_log();
        world.ensure_memory(self.heap.raw.size);
        self.worlds.set_base(w, world.base());
        if inevitable {
            log = self.wait_for_token(log, id);
            log.inevitable = Some(id);
        }
        let epoch = self.heap.epoch();
        if log.epoch != epoch {
            log.new_epoch(epoch);
        }
        let refreshed = self.bring_up_to_date(world, &log);
        drop(log);
        if refreshed {
            m.retire_buffer();
        }
        let tx = world.next_tx();
        let base = world.base();
        let t = Self::thread(m);
        t.tx.set(tx);
        t.read_markers.set(world.read_markers.as_mut_ptr());
        t.write_markers.set(world.write_markers.as_mut_ptr());
        t.markers_len.set(world.read_markers.len());
        t.world = Some(w);
        t.inevitable = inevitable;
        t.started = Some(Instant::now());
        let ctx = m.ctx_mut();
        ctx.heap_base = base;
        // Spare frames of earlier transactions would be written without a backup.
        ctx.spare_frame = Value(0);
        if inevitable {
            self.counters().stats.inevitable += 1;
        }
    }

    /// Waits (a millisecond at most) for the inevitable token to be given back or a world to
    /// be free.
    fn wait<'a>(&self, log: MutexGuard<'a, Log>) -> MutexGuard<'a, Log> {
        self.changed
            .wait_timeout(log, Duration::from_millis(1))
            .unwrap_or_else(|p| p.into_inner())
            .0
    }

    /// Waits until no other thread's transaction is inevitable.
    fn wait_for_token<'a>(&self, mut log: MutexGuard<'a, Log>, id: usize) -> MutexGuard<'a, Log> {
        if log.inevitable.is_some_and(|holder| holder != id) {
            self.token_waiters.fetch_add(1, Ordering::Relaxed);
            while log.inevitable.is_some_and(|holder| holder != id) {
                log = self.wait(log);
            }
            self.token_waiters.fetch_sub(1, Ordering::Relaxed);
        }
        log
    }

    /// True while some thread waits for an inevitable transaction to end.
    pub fn others_wait(&self) -> bool {
        self.token_waiters.load(Ordering::Relaxed) > 0
    }

    fn take_world(&self, m: &mut Mutator, preferred: Option<usize>) -> usize {
        loop {
            if let Some(w) = self.worlds.try_take(preferred) {
                return w;
            }
            // Every world runs a transaction: they end within a quantum.
            drop(self.wait(self.lock_log()));
            m.safepoint();
        }
    }

    fn counters(&self) -> MutexGuard<'_, Counters> {
        self.counters.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Imports the log entries the world lacks, or copies it afresh from the heap when the
    /// log no longer has them (or the heap collected since). True if copied afresh.
    fn bring_up_to_date(&self, world: &mut World, log: &Log) -> bool {
        if world.epoch == Some(log.epoch) && self.import(world, log, 0).is_ok() {
            return false;
        }
        let spaces = self.heap.lock().plan.live_spaces();
        for s in spaces {
            // SAFETY: the heap is written only by commits (this thread holds the log lock
            // they take) and by collections (none runs while this thread is attached and
            // not at a safepoint).
            unsafe { world.copy_from_heap(self.heap.raw.base, s.start, s.top) };
        }
        world.revision = log.revision();
        world.epoch = Some(log.epoch);
        world.clear_markers();
        self.counters().stats.refreshes += 1;
        true
    }

    /// Imports the entries after the world's revision. With `tx` nonzero this is validation:
    /// an entry that changed an object the transaction read is a conflict.
    fn import(&self, world: &mut World, log: &Log, tx: u8) -> Result<(), Abort> {
        // A world further behind than the log reaches cannot be validated.
        let entries = log.since(world.revision).ok_or(Abort)?;
        let mut imported = 0;
        let mut result = Ok(());
        for (revision, entry) in entries {
            if tx != 0
                && entry
                    .checked_offsets()
                    .any(|offset| world.read_markers[offset / 16] == tx)
            {
                result = Err(Abort);
                break;
            }
            for (offset, piece) in entry.pieces() {
                match piece {
                    Piece::Words(words) => world.write(offset, words),
                    Piece::InHeap(len) => world.write(offset, self.heap_words(offset, len)),
                }
            }
            imported += entry.len() as u64;
            world.revision = revision;
        }
        if imported > 0 {
            self.counters().stats.imported += imported;
        }
        result
    }

    /// Checks the open transaction against the commits since it began (or last
    /// validated), importing them. `Err(Abort)`: call [`Stm::abort`].
    pub fn validate(&self, m: &mut Mutator) -> Result<(), Abort> {
        let t = Self::thread(m);
        let (w, tx) = (t.world.expect("gvmt: no transaction open"), t.tx.get());
        // SAFETY: this thread holds world `w` while its transaction is open.
        let world = unsafe { self.worlds.get(w) };
        let log = self.lock_log();
        self.import(world, &log, tx)
    }

    /// Makes the open transaction inevitable (before irreversible work): it validates,
    /// waits for the token, and from then on no other transaction commits until this one
    /// has. `Err(Abort)`: the transaction had already lost; call [`Stm::abort`].
    pub fn become_inevitable(&self, m: &mut Mutator) -> Result<(), Abort> {
        let t = Self::thread(m);
        if t.inevitable {
            return Ok(());
        }
        let (id, w, tx) = (
            t.id,
            t.world.expect("gvmt: no transaction open"),
            t.tx.get(),
        );
        // SAFETY: as in `validate`.
        let world = unsafe { self.worlds.get(w) };
        let mut log = self.lock_log();
        log = self.wait_for_token(log, id);
        self.import(world, &log, tx)?;
        log.inevitable = Some(id);
        drop(log);
        Self::thread(m).inevitable = true;
        self.counters().stats.inevitable += 1;
        Ok(())
    }

    /// Commits the open transaction: validates it, appends its changed objects to the log
    /// and writes them into the heap, all under the log's lock (the linearization point).
    /// `Err(Abort)`: a commit since the transaction began changed an object it read; call
    /// [`Stm::abort`].
    pub fn commit(&self, m: &mut Mutator) -> Result<(), Abort> {
        let t = Self::thread(m);
        let (id, w, tx) = (
            t.id,
            t.world.expect("gvmt: no transaction open"),
            t.tx.get(),
        );
        let written = t.take_written();
        t.written_bytes.set(0);
        // SAFETY: as in `validate`.
        let world = unsafe { self.worlds.get(w) };
        // The entry is made before the lock is taken: validation imports no object this
        // transaction wrote (that would be a conflict, and the entry is dropped).
        let mut entry = Entry::default();
        for o in &written {
            match &o.backup {
                // Written back as it was (a lock taken and released): no change to commit,
                // so no conflict with the transactions that read it.
                Some(backup) if **backup == *world.words(o.offset, o.size) => {}
                Some(_) => entry.push_written(o.offset, world.words(o.offset, o.size)),
                None => entry.push_allocated(o.offset, o.size),
            }
        }
        let mut log = self.lock_log();
        log = self.wait_for_token(log, id);
        if let Err(abort) = self.import(world, &log, tx) {
            drop(log);
            Self::thread(m).written.replace(written);
            return Err(abort);
        }
        if !entry.is_empty() {
            self.write_heap(&entry, world);
            world.revision = log.append(entry);
        }
        if log.inevitable == Some(id) {
            log.inevitable = None;
        }
        drop(log);
        self.changed.notify_all();
        let t = Self::thread(m);
        let elapsed = t.started.map_or(Duration::ZERO, |s| s.elapsed());
        t.aborts_in_a_row = 0;
        t.quantum = (t.quantum.saturating_mul(2)).min(self.config.quantum_max);
        let mut c = self.counters();
        c.stats.commits += 1;
        c.stats.committed_time += elapsed;
        drop(c);
        self.close(m, w);
        Ok(())
    }

    /// Writes committed objects into the heap: an entry's pieces, the allocated runs from
    /// the world that made them. The caller holds the log lock.
    fn write_heap(&self, entry: &Entry, from: &World) {
        for (offset, piece) in entry.pieces() {
            match piece {
                Piece::Words(words) => self.write_heap_words(offset, words),
                Piece::InHeap(len) => self.write_heap_words(offset, from.words(offset, 8 * len)),
            }
        }
    }

    fn write_heap_words(&self, offset: usize, words: &[u64]) {
        assert!(offset + 8 * words.len() <= self.heap.raw.size);
        // SAFETY: in the heap (checked); the heap is written only under the log lock
        // (commits) or while every thread is between transactions (collections).
        unsafe {
            std::ptr::copy_nonoverlapping(
                words.as_ptr(),
                self.heap.raw.base.add(offset) as *mut u64,
                words.len(),
            )
        };
    }

    /// `len` words of the heap at `offset`. The caller holds the log lock (commits, which
    /// write the heap, wait for it; collections do not run while the caller is attached).
    fn heap_words(&self, offset: usize, len: usize) -> &[u64] {
        assert!(offset.is_multiple_of(8) && offset + 8 * len <= self.heap.raw.size);
        // SAFETY: in the heap (checked) and aligned; not written while the caller holds the
        // log lock (see above).
        unsafe { std::slice::from_raw_parts(self.heap.raw.base.add(offset) as *const u64, len) }
    }

    /// Copies `object`, if the open transaction of `t` made it, and the new objects it
    /// refers to, into the heap and every other world (see [`StmThread::publish`]).
    pub(crate) fn publish(&self, t: &StmThread, ctx: &crate::rt::VmCtx, object: Value) {
        if !self.heap.model.refers(object.0) {
            return;
        }
        // The runs of objects the transaction allocated, by start (see
        // `StmThread::allocated`).
        t.end_run();
        let made: std::collections::BTreeMap<usize, usize> = t
            .written
            .borrow()
            .iter()
            .filter(|o| o.backup.is_none())
            .map(|o| (o.offset, o.offset + o.size))
            .collect();
        let is_made = |o: usize| {
            made.range(..=o)
                .next_back()
                .is_some_and(|(_, &end)| o < end)
        };
        let view = RawHeap {
            base: ctx.heap_base,
            size: ctx.heap_size,
        };
        let mut objects: Vec<(usize, Vec<u64>)> = Vec::new();
        let mut seen = std::collections::HashSet::new();
        let mut work = vec![object.0 as usize];
        while let Some(o) = work.pop() {
            if !is_made(o) || !seen.insert(o) {
                continue;
            }
            let size = view.object_size(&self.heap.model, o);
            let words: Vec<u64> = (0..size / 8).map(|i| view.word(o + 8 * i)).collect();
            objects.push((o, words));
            view.for_each_ref_slot(&self.heap.model, o, |slot| {
                work.push(view.word(slot) as usize)
            });
        }
        if objects.is_empty() {
            return;
        }
        let _log = self.lock_log();
        for (offset, words) in &objects {
            self.write_heap_words(*offset, words);
            self.worlds.publish(ctx.heap_base, *offset, words);
        }
    }

    /// For an interpreter that runs frames in the heap (the generated loop writes them
    /// through raw pointers, outside the barriers): call right after `begin`. Backs up every
    /// frame on the running chain, so an abort puts them back too, and asks the next
    /// breakpoint to poll. Returns the running frame: an abort goes back to it
    /// ([`Stm::restart_at`]).
    pub fn cover_frames(m: &mut Mutator) -> Value {
        let ctx = m.ctx_mut();
        let chain = crate::rt::frame::chain(ctx, false);
        if let Some(t) = ctx.stm.as_deref() {
            for f in chain {
                t.touch(ctx, f);
            }
        }
        ctx.request_interrupt(crate::rt::interrupt::TRANSACTION);
        ctx.frame
    }

    /// Rolls the open transaction back ([`Stm::abort`], `site` for the statistics) and puts
    /// the thread back in `entry`, the frame [`Stm::cover_frames`] returned when it began,
    /// whose state the rollback restored. Frames recycled by the rolled-back work are
    /// forgotten (they may be live again). The VM then begins the next transaction.
    pub fn restart_at(&self, m: &mut Mutator, entry: Value, site: u64) {
        self.abort(m, site);
        let ctx = m.ctx_mut();
        ctx.frame = entry;
        ctx.spare_frame = Value(0);
    }

    /// Rolls the open transaction back: every object it wrote is put back as it was, in its
    /// world; what it allocated is published as it is (see below). `site` names where it
    /// was (for the statistics).
    pub fn abort(&self, m: &mut Mutator, site: u64) {
        self.roll_back(m, Some(site));
    }

    /// Rolls the open transaction back like [`Stm::abort`], not counting it as an abort (a
    /// VM's restart of a transaction that has done nothing yet).
    pub fn abort_uncounted(&self, m: &mut Mutator) {
        self.roll_back(m, None);
    }

    fn roll_back(&self, m: &mut Mutator, site: Option<u64>) {
        let t = Self::thread(m);
        let (id, w) = (t.id, t.world.expect("gvmt: no transaction open"));
        let written = t.take_written();
        t.written_bytes.set(0);
        // SAFETY: as in `validate`.
        let world = unsafe { self.worlds.get(w) };
        for o in written.iter().rev() {
            if let Some(backup) = &o.backup {
                world.write(o.offset, backup);
            }
        }
        // What the transaction allocated is published, not dropped: the VM may keep
        // references to it outside the heap (a cache, a table of code), and those must
        // refer to objects every world has.
        let mut made = Entry::default();
        for o in written.iter().filter(|o| o.backup.is_none()) {
            made.push_allocated(o.offset, o.size);
        }
        let mut log = self.lock_log();
        if !made.is_empty() {
            self.write_heap(&made, world);
            log.append(made);
        }
        if log.inevitable == Some(id) {
            log.inevitable = None;
        }
        drop(log);
        self.changed.notify_all();
        if let Some(site) = site {
            let t = Self::thread(m);
            let elapsed = t.started.map_or(Duration::ZERO, |s| s.elapsed());
            t.aborts_in_a_row += 1;
            t.quantum = (t.quantum / 2).max(self.config.quantum_min);
            let mut c = self.counters();
            c.stats.aborts += 1;
            c.stats.aborted_time += elapsed;
            *c.sites.entry(site).or_default() += 1;
        }
        self.close(m, w);
    }

    /// Ends the thread's use of world `w`: barriers off, its view back on the heap.
    fn close(&self, m: &mut Mutator, w: usize) {
        let t = Self::thread(m);
        t.tx.set(0);
        t.read_markers.set(std::ptr::null_mut());
        t.write_markers.set(std::ptr::null_mut());
        t.markers_len.set(0);
        t.world = None;
        t.last_world = Some(w);
        t.inevitable = false;
        t.started = None;
        m.ctx_mut().heap_base = self.heap.raw.base;
        self.worlds.give_back(w);
        self.changed.notify_all();
    }

    pub fn stats(&self) -> StmStats {
        let c = self.counters();
        let mut stats = c.stats.clone();
        let mut sites: Vec<(u64, u64)> = c.sites.iter().map(|(&s, &n)| (s, n)).collect();
        sites.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        stats.abort_sites = sites;
        stats
    }

    /// The number of worlds.
    pub fn worlds(&self) -> usize {
        self.worlds.len()
    }
}
