//! "Open now": whether each record's schedules have it open at an instant, cached per minute
//! without locks for readers. Never judges anything but schedules (freshness, status and
//! filters are the table's).

use super::*;

/// Whether each record is open, per minute of wall-clock time (schedules are kept to the
/// minute, so every instant of a minute gives the same answer). Lock-free for readers: each
/// record's cell holds the minute it was worked out for and the answer, so concurrent searches
/// never wait on each other, and a new minute needs no clearing.
#[derive(Default)]
pub(crate) struct OpenCache {
    cells: RwLock<Vec<AtomicU32>>,
    /// The records open in one minute (its tag), as a bitset over ordinals: made when a large
    /// result set's "open now" is counted, forgotten when any record's schedules change.
    minute: Mutex<OpenMinute>,
}

/// The records open in one minute, and how many times schedules changed (a bitset made while
/// they changed is not kept).
#[derive(Default)]
struct OpenMinute {
    changes: u64,
    bits: Option<(u32, Arc<Vec<u64>>)>,
}

impl OpenMinute {
    /// Drops the bitset and counts a change, so one being made is not kept either.
    fn forget(&mut self) {
        self.changes += 1;
        self.bits = None;
    }
}

/// A cell: `minute tag << 2 | answer`; 0 is unknown (no answer is 0).
const OPEN: u32 = 1;
const CLOSED: u32 = 2;
const MINUTE_BITS: u32 = 30;

fn minute_tag(at: Timestamp) -> u32 {
    (at.as_second().div_euclid(60) as u64 & ((1 << MINUTE_BITS) - 1)) as u32
}

impl OpenCache {
    /// Forgets what is known of one record (its schedules changed), right after the record
    /// table took the new ones.
    pub fn forget(&self, ordinal: u32) {
        let cells = self.cells.read().unwrap_or_else(PoisonError::into_inner);
        if let Some(cell) = cells.get(ordinal as usize) {
            cell.store(0, Ordering::Relaxed);
        }
        let mut minute = cache_lock(&self.minute, OpenMinute::forget);
        minute.changes += 1;
        minute.bits = None;
    }

    /// A view for one query at instant `at`.
    pub fn at(&self, at: Timestamp, slots: usize) -> OpenView<'_> {
        let short = self
            .cells
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .len()
            < slots;
        if short {
            let mut cells = self.cells.write().unwrap_or_else(PoisonError::into_inner);
            let len = cells.len().max(slots);
            cells.resize_with(len, || AtomicU32::new(0));
        }
        OpenView {
            cells: self.cells.read().unwrap_or_else(PoisonError::into_inner),
            minute: &self.minute,
            tag: minute_tag(at) << 2,
            clock: LocalClock::new(at),
        }
    }
}

pub(crate) struct OpenView<'a> {
    cells: std::sync::RwLockReadGuard<'a, Vec<AtomicU32>>,
    minute: &'a Mutex<OpenMinute>,
    tag: u32,
    clock: LocalClock,
}

impl OpenView<'_> {
    /// Every live record open at this view's instant, as a bitset over ordinals (made once a
    /// minute, from the records with schedules).
    pub fn all_open(&mut self, records: &Records) -> Arc<Vec<u64>> {
        let changes = {
            let minute = cache_lock(self.minute, OpenMinute::forget);
            if let Some((tag, bits)) = &minute.bits
                && *tag == self.tag
            {
                return bits.clone();
            }
            minute.changes
        };
        let schedules = &records.facet_bits().schedules;
        let mut open = vec![0u64; schedules.len()];
        for (i, word) in schedules.iter().enumerate() {
            let mut bits = *word;
            while bits != 0 {
                let ordinal = i as u32 * 64 + bits.trailing_zeros();
                bits &= bits - 1;
                if records
                    .facts(ordinal)
                    .is_some_and(|facts| self.is_open(ordinal, facts, records))
                {
                    open[i] |= 1 << (ordinal % 64);
                }
            }
        }
        let open = Arc::new(open);
        let mut minute = cache_lock(self.minute, OpenMinute::forget);
        if minute.changes == changes {
            minute.bits = Some((self.tag, open.clone()));
        }
        open
    }

    pub fn is_open(&mut self, ordinal: u32, facts: &Facts, records: &Records) -> bool {
        if !facts.has(Facts::SCHEDULES) {
            return false;
        }
        let Some(cell) = self.cells.get(ordinal as usize) else {
            return false;
        };
        let known = cell.load(Ordering::Relaxed);
        if known != 0 && known & !3 == self.tag {
            return known & 3 == OPEN;
        }
        let open = records
            .meta(ordinal)
            .is_some_and(|m| self.clock.any_open(&m.schedules));
        cell.store(
            self.tag | if open { OPEN } else { CLOSED },
            Ordering::Relaxed,
        );
        open
    }
}

/// One instant read on the wall clocks of the time zones it meets, each converted once.
struct LocalClock {
    at: Timestamp,
    zones: Vec<(String, Date, jiff::civil::Time)>,
}

impl LocalClock {
    fn new(at: Timestamp) -> Self {
        LocalClock {
            at,
            zones: Vec::new(),
        }
    }

    fn any_open(&mut self, schedules: &[vecino_core::Schedule]) -> bool {
        schedules.iter().any(|s| {
            let tz = s.timezone();
            let (date, time) = match self.zones.iter().find(|(name, ..)| name == tz) {
                Some((_, date, time)) => (*date, *time),
                None => {
                    let Ok(zone) = jiff::tz::TimeZone::get(tz) else {
                        return false;
                    };
                    let local = self.at.to_zoned_datetime(zone);
                    self.zones.push((tz.to_owned(), local.date(), local.time()));
                    (local.date(), local.time())
                }
            };
            s.is_open_local(date, time)
        })
    }
}
