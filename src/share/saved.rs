//! Saved work in the browser's key-value storage, the pure part: what is written where, so that
//! nothing the user saved is ever lost without their say. The browser's `localStorage` is one
//! [`Store`] (`services::storage`); the tests use a map that can be made to fail.
//!
//! - **The work** is one document under [`WORK`]. A tab remembers the stored text its state
//!   continues (its *base*). Before a tab writes, it reads the stored text: if that is neither
//!   its base nor what it is about to write, someone else's work is there (another tab's, or
//!   the work a link, a file or "start over" replaced), and it is first kept as *earlier work*.
//! - **Earlier work** is kept under its own key per save time, newest first, at most
//!   [`MAX_EARLIER`]; the user restores or deletes it. Work written again as the current work
//!   leaves the list (it is no longer earlier).
//! - **Set aside**: stored text this version cannot read (a newer version's document, or
//!   damage) is moved under a key of its own and never deleted but by the user, who can export it.
//! - **Errors never delete**: a failed read writes nothing; if earlier work cannot be kept (the
//!   store is full), the work over it is not written, and nothing is dropped to make room.

use crate::decimal;

/// The current work.
pub const WORK: &str = "promise-gap:state";
/// The name of whoever prepared the work, for the printed handout: a setting of this browser's.
pub const PREPARED_BY: &str = "promise-gap:prepared-by";
/// Earlier work: this prefix and the time it was replaced, in milliseconds since 1970.
const EARLIER: &str = "promise-gap:earlier:";
/// Documents this version cannot read: this prefix and the time they were set aside.
const SET_ASIDE: &str = "promise-gap:set-aside:";

/// The most earlier works kept; the oldest give way.
pub const MAX_EARLIER: usize = 8;

/// Storage is blocked, missing, full or failing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Unavailable;

/// A key-value store that can refuse any call.
pub trait Store {
    fn get(&self, key: &str) -> Result<Option<String>, Unavailable>;
    fn set(&self, key: &str, value: &str) -> Result<(), Unavailable>;
    fn remove(&self, key: &str) -> Result<(), Unavailable>;
    fn keys(&self) -> Result<Vec<String>, Unavailable>;
}

/// What kind of entry in the list of earlier work.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Work this version reads: it can be restored.
    Earlier,
    /// A document it cannot read: it can be exported.
    SetAside,
}

/// One entry in the list of earlier work.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    pub key: String,
    pub kind: Kind,
    /// Milliseconds since 1970.
    pub at: f64,
    pub text: String,
}

fn entry(key: String, text: String) -> Option<Entry> {
    let (kind, at) = if let Some(at) = key.strip_prefix(EARLIER) {
        (Kind::Earlier, at)
    } else {
        (Kind::SetAside, key.strip_prefix(SET_ASIDE)?)
    };
    // Whole milliseconds, written and read with the app's own number text (core's integer
    // parsing and formatting would add to the wasm).
    let at = decimal::read(at).filter(|at| at.fract() == 0.0 && *at >= 0.0)?;
    Some(Entry {
        key,
        kind,
        at,
        text,
    })
}

/// Earlier work and set-aside documents, newest first. Entries that cannot be read are skipped.
pub fn earlier(store: &dyn Store) -> Result<Vec<Entry>, Unavailable> {
    let mut list = Vec::new();
    for key in store.keys()? {
        if key.starts_with(EARLIER) || key.starts_with(SET_ASIDE) {
            if let Some(text) = store.get(&key)? {
                list.extend(entry(key, text));
            }
        }
    }
    // Newest first, by insertion: a short list, and the standard sort adds 3 KB to the wasm.
    for i in 1..list.len() {
        let mut j = i;
        while j > 0 && list[j - 1].at < list[j].at {
            list.swap(j - 1, j);
            j -= 1;
        }
    }
    Ok(list)
}

/// A key under `prefix` for time `now` that nothing uses yet (two saves in one millisecond).
fn free_key(store: &dyn Store, prefix: &str, now: f64) -> Result<String, Unavailable> {
    let mut at = now.max(0.0).floor();
    loop {
        let key = format!("{prefix}{}", decimal::shortest(at));
        if store.get(&key)?.is_none() {
            return Ok(key);
        }
        at += 1.0;
    }
}

/// Keeps `text` as earlier work saved at `now`.
fn keep_earlier(store: &dyn Store, text: &str, now: f64) -> Result<(), Unavailable> {
    store.set(&free_key(store, EARLIER, now)?, text)
}

/// Writes `text` as the work (`None`: no work, the defaults), keeping what was stored as earlier
/// work unless it is `base` (what this tab's state continues) or `text` itself. On success
/// `base` becomes `text`, and the answer says whether other work was kept; on failure nothing
/// stored was removed.
pub fn save(
    store: &dyn Store,
    base: &mut Option<String>,
    text: Option<&str>,
    now: f64,
) -> Result<bool, Unavailable> {
    let stored = store.get(WORK)?;
    let kept = stored
        .as_deref()
        .is_some_and(|stored| Some(stored) != base.as_deref() && Some(stored) != text);
    if let (true, Some(stored)) = (kept, stored.as_deref()) {
        keep_earlier(store, stored, now)?;
    }
    match text {
        Some(text) => store.set(WORK, text)?,
        None => store.remove(WORK)?,
    }
    *base = text.map(str::to_owned);
    // One read of the list: work written again as the work is no longer earlier, and beyond the
    // newest MAX_EARLIER the oldest give way.
    let mut left = 0;
    for e in earlier(store)?
        .into_iter()
        .filter(|e| e.kind == Kind::Earlier)
    {
        if Some(e.text.as_str()) == text || left == MAX_EARLIER {
            store.remove(&e.key)?;
        } else {
            left += 1;
        }
    }
    Ok(kept)
}

/// Moves the stored work, which this version cannot read, under a key of its own, so new work
/// never overwrites it. The work stays where it was if it cannot be copied.
pub fn set_aside(store: &dyn Store, text: &str, now: f64) -> Result<(), Unavailable> {
    let key = free_key(store, SET_ASIDE, now)?;
    store.set(&key, text)?;
    store.remove(WORK)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::{Cell, RefCell};
    use std::collections::BTreeMap;

    /// A store in memory that refuses reads or writes when told, and holds at most `room` keys.
    #[derive(Default)]
    struct Memory {
        map: RefCell<BTreeMap<String, String>>,
        fail_reads: Cell<bool>,
        fail_writes: Cell<bool>,
        room: Cell<Option<usize>>,
    }

    impl Store for Memory {
        fn get(&self, key: &str) -> Result<Option<String>, Unavailable> {
            if self.fail_reads.get() {
                return Err(Unavailable);
            }
            Ok(self.map.borrow().get(key).cloned())
        }
        fn set(&self, key: &str, value: &str) -> Result<(), Unavailable> {
            let mut map = self.map.borrow_mut();
            let full = self
                .room
                .get()
                .is_some_and(|room| map.len() >= room && !map.contains_key(key));
            if self.fail_writes.get() || full {
                return Err(Unavailable);
            }
            map.insert(key.into(), value.into());
            Ok(())
        }
        fn remove(&self, key: &str) -> Result<(), Unavailable> {
            if self.fail_writes.get() {
                return Err(Unavailable);
            }
            self.map.borrow_mut().remove(key);
            Ok(())
        }
        fn keys(&self) -> Result<Vec<String>, Unavailable> {
            if self.fail_reads.get() {
                return Err(Unavailable);
            }
            Ok(self.map.borrow().keys().cloned().collect())
        }
    }

    fn texts(store: &Memory) -> Vec<String> {
        earlier(store)
            .unwrap()
            .into_iter()
            .map(|e| e.text)
            .collect()
    }

    #[test]
    fn a_tab_continuing_its_own_work_keeps_no_copies() {
        let store = Memory::default();
        let mut base = None;
        save(&store, &mut base, Some("a"), 1.0).unwrap();
        save(&store, &mut base, Some("ab"), 2.0).unwrap();
        assert_eq!(store.get(WORK).unwrap().as_deref(), Some("ab"));
        assert_eq!(base.as_deref(), Some("ab"));
        assert!(texts(&store).is_empty());
    }

    #[test]
    fn work_that_is_not_the_tabs_own_is_kept_before_it_is_replaced() {
        let store = Memory::default();
        let (mut a, mut b) = (None, None);
        assert!(!save(&store, &mut a, Some("A1"), 1.0).unwrap());
        // Tab B never saw A1 (a link, or opened earlier): A1 is kept.
        assert!(save(&store, &mut b, Some("B1"), 2.0).unwrap());
        // A, now stale, writes again: B1 is kept too.
        save(&store, &mut a, Some("A2"), 3.0).unwrap();
        assert_eq!(store.get(WORK).unwrap().as_deref(), Some("A2"));
        assert_eq!(texts(&store), ["B1", "A1"]);
        // Starting over keeps the work it clears.
        let mut fresh = None;
        save(&store, &mut fresh, None, 4.0).unwrap();
        assert_eq!(store.get(WORK).unwrap(), None);
        assert_eq!(texts(&store), ["A2", "B1", "A1"]);
        let at: Vec<f64> = earlier(&store).unwrap().iter().map(|e| e.at).collect();
        assert_eq!(at, [4.0, 3.0, 2.0]);
    }

    #[test]
    fn restored_work_leaves_the_list_and_the_list_is_capped() {
        let store = Memory::default();
        for i in 0..MAX_EARLIER + 3 {
            let mut none = None;
            save(&store, &mut none, Some(&format!("w{i}")), i as f64).unwrap();
        }
        let list = texts(&store);
        assert_eq!(list.len(), MAX_EARLIER);
        assert_eq!(list[0], format!("w{}", MAX_EARLIER + 1));
        // Restoring w5 makes it the work: it leaves the list, the work it replaces joins it.
        let mut base = None;
        save(&store, &mut base, Some("w5"), 100.0).unwrap();
        let list = texts(&store);
        assert!(!list.contains(&"w5".to_owned()));
        assert_eq!(list[0], format!("w{}", MAX_EARLIER + 2));
    }

    #[test]
    fn a_failed_read_or_write_deletes_nothing() {
        let store = Memory::default();
        let mut base = None;
        save(&store, &mut base, Some("mine"), 1.0).unwrap();
        let mut other = None;
        store.fail_reads.set(true);
        assert_eq!(save(&store, &mut other, Some("x"), 2.0), Err(Unavailable));
        store.fail_reads.set(false);
        store.fail_writes.set(true);
        assert_eq!(save(&store, &mut other, Some("x"), 2.0), Err(Unavailable));
        assert_eq!(save(&store, &mut other, None, 2.0), Err(Unavailable));
        assert_eq!(other, None, "the base stays as it was");
        store.fail_writes.set(false);
        assert_eq!(store.get(WORK).unwrap().as_deref(), Some("mine"));
        assert!(texts(&store).is_empty());
    }

    #[test]
    fn a_full_store_writes_nothing_rather_than_lose_what_it_holds() {
        let store = Memory::default();
        set_aside(&store, "{\"version\":9}", 0.0).unwrap();
        let mut none = None;
        save(&store, &mut none, Some("w0"), 1.0).unwrap();
        // The work and the set-aside document: full, so w0 cannot be kept and w1 is not written.
        store.room.set(Some(2));
        let mut none = None;
        assert_eq!(save(&store, &mut none, Some("w1"), 2.0), Err(Unavailable));
        assert_eq!(store.get(WORK).unwrap().as_deref(), Some("w0"));
        assert_eq!(texts(&store), ["{\"version\":9}"]);
        // The tab's own work needs no copy, so it still saves.
        let mut own = Some("w0".to_owned());
        save(&store, &mut own, Some("w0b"), 3.0).unwrap();
        assert_eq!(store.get(WORK).unwrap().as_deref(), Some("w0b"));
    }

    #[test]
    fn set_aside_moves_the_work_and_a_failure_leaves_it() {
        let store = Memory::default();
        store.set(WORK, "newer").unwrap();
        store.fail_writes.set(true);
        assert_eq!(set_aside(&store, "newer", 5.0), Err(Unavailable));
        assert_eq!(store.get(WORK).unwrap().as_deref(), Some("newer"));
        store.fail_writes.set(false);
        set_aside(&store, "newer", 1_764_770_000_123.0).unwrap();
        set_aside(&store, "other", 1_764_770_000_123.9).unwrap();
        assert!(store
            .get("promise-gap:set-aside:1764770000123")
            .unwrap()
            .is_some());
        assert_eq!(store.get(WORK).unwrap(), None);
        let list = earlier(&store).unwrap();
        assert!(list.iter().all(|e| e.kind == Kind::SetAside));
        assert_eq!(list.len(), 2, "the same millisecond gets a key of its own");
        assert_eq!(list[0].at, 1_764_770_000_124.0);
        // Keys that are not ours or not well formed are not listed.
        store.set("promise-gap:earlier:x", "?").unwrap();
        store.set("other-app", "?").unwrap();
        assert_eq!(earlier(&store).unwrap().len(), 2);
    }
}
