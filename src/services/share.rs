//! The share, save and restore hook: restores the state when the page opens, keeps the share
//! link in the address bar and the saved work in step as the user works, opens links pasted
//! into an open page and files picked or dropped onto it, hears other tabs, and keeps the
//! notices and the list of earlier work.
//!
//! **Saved work is never lost without the user's say** (what is written where is
//! [`crate::share::saved`]):
//! - **A link is looked at, not saved**: a share link in the URL (on load or pasted) shows the
//!   sender's figures and goes to the address bar, but storage is untouched until the user edits
//!   them or keeps them; then the work it replaces is kept as earlier work. So a page on another
//!   origin that opens the app with a link changes nothing stored. A link of an unknown version
//!   is not used at all. Without a link, the saved work is restored.
//! - **Anything else that replaces the work** (a file, start over, undo, earlier work restored)
//!   also keeps the stored work as earlier work at the next write.
//! - **Other tabs**: a tab with nothing unsaved follows another tab's saved work (the `storage`
//!   event); one with unsaved edits writes them, keeping the other tab's work as earlier work.
//! - **Saved work this version cannot read** (a newer version's, or damaged) is set aside, told
//!   once, and listed with the earlier work for export; it is never overwritten.
//! - **Storage refused** (blocked, private mode, full, failing): everything else works, a notice
//!   says once per visit that this browser cannot remember the work, and if the saved work
//!   cannot be read when the page opens, nothing is written this visit.
//! - **Writing**: once the state has rested for [`WRITE_AFTER_MS`] (and when the page is
//!   hidden or closed), the fragment is replaced in place (`history.replaceState`: no history
//!   entry per keystroke) and the document is saved. The defaults are never written: starting
//!   over clears both.
//! - **Embedded** (`?embed=1`): nothing is restored from or saved to storage. An embedded
//!   calculator belongs to the host page's visitors, and the embed dialog's preview runs on the
//!   app's own origin, where saving would overwrite the user's own work. Links still work.

use super::storage::Local;
use super::{embed, files, fragment};
use crate::share::document::{self, MAX_BYTES};
use crate::share::link::{self, LinkError};
use crate::share::notice::{FileError, Message, Notices, Source};
use crate::share::quoted;
use crate::share::saved::{self, Entry, Store, WORK};
use crate::state::{Action, AppState};
use gloo::events::{EventListener, EventListenerOptions};
use gloo::file::callbacks::FileReader;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// How long the state must rest before the link and the saved state are written.
pub const WRITE_AFTER_MS: u32 = 300;

/// A change to the notices.
pub enum NoticeAction {
    Push(Vec<Message>, Option<Rc<AppState>>),
    Dismiss(u32),
}

impl Reducible for Notices {
    type Action = NoticeAction;

    fn reduce(self: Rc<Self>, action: NoticeAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            NoticeAction::Push(messages, undo) => next.push(messages, undo),
            NoticeAction::Dismiss(id) => next.dismiss(id),
        }
        Rc::new(next)
    }
}

/// What the toolbar asks of the hook.
pub enum Command {
    Import(web_sys::File),
    StartOver,
    /// Brings back the state a notice holds, and closes the notice.
    Undo(u32),
    Dismiss(u32),
    /// Saves the link on screen as the work.
    KeepLink,
    /// Brings back earlier work (its key).
    Restore(String),
    /// Deletes earlier work or a set-aside document (its key).
    Delete(String),
}

/// What the toolbar needs: the state (for copying and exporting), the notices, whether a file
/// is being dragged over the page, whether a link is on screen and not yet kept, the earlier
/// work, and the commands.
#[derive(Clone, PartialEq)]
pub struct Share {
    pub state: UseReducerHandle<AppState>,
    pub notices: UseReducerHandle<Notices>,
    pub dragging: bool,
    pub viewing_link: bool,
    pub earlier: Rc<Vec<Entry>>,
    pub on_command: Callback<Command>,
}

type Notify = UseReducerDispatcher<Notices>;

fn notify(notices: &Notify, messages: Vec<Message>, undo: Option<AppState>) {
    notices.dispatch(NoticeAction::Push(messages, undo.map(Rc::new)));
}

/// Whether `state` holds nothing worth keeping: the defaults in its language.
fn is_default(state: &AppState) -> bool {
    *state == AppState::new(state.lang)
}

/// Milliseconds since 1970, for the times of earlier work.
fn now() -> f64 {
    js_sys::Date::now()
}

/// What this tab has written, and what its state continues.
#[derive(Default)]
struct Saving {
    /// The state last written; `None` until the state has been restored.
    written: Option<AppState>,
    /// The stored text this tab's state continues (see [`saved::save`]).
    base: Option<String>,
    /// The state replaced the work with a notice that said so (a link, a file, start over): the
    /// work it keeps as earlier work needs no notice of its own.
    replaced: bool,
    /// A link's state on screen and not yet kept: it goes to the address bar only.
    viewing: Option<AppState>,
    /// Whether this visit saves: not embedded, and the saved work could be read on opening.
    remembers: bool,
}

/// The hook's handles, shared by its listeners and commands.
#[derive(Clone)]
struct Hub {
    app: UseReducerHandle<AppState>,
    notices: Notify,
    saving: Rc<RefCell<Saving>>,
    viewing_link: UseStateHandle<bool>,
    earlier: UseStateHandle<Rc<Vec<Entry>>>,
}

impl Hub {
    fn notify(&self, messages: Vec<Message>, undo: Option<AppState>) {
        notify(&self.notices, messages, undo);
    }

    fn set_viewing(&self, link: Option<AppState>) {
        self.viewing_link.set(link.is_some());
        self.saving.borrow_mut().viewing = link;
    }

    /// Reads the list of earlier work again.
    fn refresh(&self) {
        if self.saving.borrow().remembers {
            self.earlier
                .set(Rc::new(saved::earlier(&Local).unwrap_or_default()));
        }
    }

    /// Replaces the work with `state`, which does not continue what is stored: the stored work is
    /// kept as earlier work when `state` is written.
    fn replace(&self, state: AppState) {
        let mut saving = self.saving.borrow_mut();
        (saving.base, saving.replaced) = (None, true);
        drop(saving);
        self.set_viewing(None);
        self.app.dispatch(Action::Replace(Box::new(state)));
    }

    /// Applies a share link over `current`: shown, not saved, while other work is stored; a
    /// notice lists what was not used and offers the earlier work back. Whether it was used:
    /// `NotALink` says nothing (the fragment is someone else's).
    fn open_link(&self, fragment: &str, current: &AppState, earlier: Option<AppState>) -> bool {
        match link::decode(fragment, current.lang) {
            Ok(decoded) => {
                let earlier = earlier.filter(|e| *e != decoded.state && !is_default(e));
                let mut messages = Vec::new();
                if let Some(m) = decoded.migrated {
                    messages.push(Message::Migrated(Source::Link, m));
                }
                if !decoded.problems.is_empty() {
                    messages.push(Message::LinkProblems(decoded.problems));
                }
                if earlier.is_some() {
                    messages.push(Message::LinkShown);
                }
                self.notify(messages, earlier.clone());
                let mut saving = self.saving.borrow_mut();
                (saving.base, saving.replaced) = (None, true);
                drop(saving);
                // Nothing else saved to protect: the link is saved as it is.
                self.set_viewing(earlier.is_some().then(|| decoded.state.clone()));
                self.app.dispatch(Action::Replace(Box::new(decoded.state)));
                true
            }
            Err(LinkError::NotALink) => false,
            Err(e) => {
                self.notify(vec![Message::LinkRefused(e)], None);
                false
            }
        }
    }

    /// Restores the state on load: a link, else the saved work.
    fn restore(&self) {
        let current = (*self.app).clone();
        let mut messages = Vec::new();
        let mut saved = None;
        if remembers() {
            self.saving.borrow_mut().remembers = true;
            match Local.get(WORK) {
                Ok(text) => saved = text,
                Err(_) => {
                    messages.push(Message::CannotRemember);
                    // Unread, so it might be overwritten: nothing is written this visit.
                    self.saving.borrow_mut().remembers = false;
                }
            }
        }
        let saved = saved.and_then(|text| match document::from_json(&text, current.lang) {
            Ok(decoded) => Some((decoded, text)),
            Err(_) => {
                if saved::set_aside(&Local, &text, now()).is_ok() {
                    messages.push(Message::SavedSetAside);
                } else {
                    messages.push(Message::SavedRefused);
                    self.saving.borrow_mut().remembers = false;
                }
                None
            }
        });
        self.refresh();
        self.notify(messages, None);
        // Counts as written: a link is written back to the address bar in its full form.
        self.saving.borrow_mut().written = Some(current.clone());
        let earlier = saved.as_ref().map(|(d, _)| d.state.clone());
        if self.open_link(&fragment::read(), &current, earlier) {
            return;
        }
        let Some((decoded, text)) = saved else {
            return;
        };
        let mut messages = Vec::new();
        let migrated = decoded.migrated.is_some();
        if let Some(m) = decoded.migrated {
            messages.push(Message::Migrated(Source::Saved, m));
        }
        if !decoded.problems.is_empty() {
            messages.push(Message::SavedProblems(decoded.problems));
        }
        self.notify(messages, None);
        let mut saving = self.saving.borrow_mut();
        // Saved by version 1: written again as version 2, the version 1 text kept as earlier work
        // (the migration's notice tells).
        if migrated {
            saving.replaced = true;
        } else {
            saving.base = Some(text);
            saving.written = Some(decoded.state.clone());
        }
        drop(saving);
        self.app.dispatch(Action::Replace(Box::new(decoded.state)));
    }

    /// Writes `state` to the address bar and storage, unless it is what was written last.
    fn write(&self, state: &AppState) {
        {
            let mut saving = self.saving.borrow_mut();
            // Nothing is written before the state is restored, and nothing twice.
            if saving.written.as_ref().is_none_or(|w| w == state) {
                return;
            }
            saving.written = Some(state.clone());
        }
        let default = is_default(state);
        fragment::replace((!default).then(|| link::encode(state)).as_deref());
        if self.saving.borrow().viewing.as_ref() != Some(state) {
            self.save(state);
        }
    }

    /// Saves `state` as the work, keeping other stored work as earlier work.
    fn save(&self, state: &AppState) {
        if self.saving.borrow().viewing.is_some() {
            self.set_viewing(None);
        }
        if !self.saving.borrow().remembers {
            return;
        }
        let text = (!is_default(state)).then(|| document::to_json(state));
        let (result, replaced) = {
            let mut saving = self.saving.borrow_mut();
            let result = saved::save(&Local, &mut saving.base, text.as_deref(), now());
            (result, std::mem::take(&mut saving.replaced))
        };
        match result {
            // Work this tab did not know of (another tab's) was kept: say where it went.
            Ok(true) if !replaced => self.notify(vec![Message::EarlierKept], None),
            Ok(_) => {}
            Err(_) => self.notify(vec![Message::CannotRemember], None),
        }
        self.refresh();
    }

    /// Another tab changed the stored work to `text`: followed when this tab has nothing unsaved.
    fn heard(&self, text: Option<String>) {
        self.refresh();
        let current = (*self.app).clone();
        let mut saving = self.saving.borrow_mut();
        // Unsaved edits or a link on screen stay; writing them keeps the other tab's work.
        if !saving.remembers
            || saving.viewing.is_some()
            || saving.written.as_ref() != Some(&current)
        {
            return;
        }
        let state = match text
            .as_deref()
            .map(|t| document::from_json(t, current.lang))
        {
            Some(Ok(decoded)) => decoded.state,
            Some(Err(_)) => return,
            None => AppState::new(current.lang),
        };
        saving.base = text;
        saving.written = Some(state.clone());
        drop(saving);
        if state != current {
            self.notify(vec![Message::OtherTab], None);
            self.app.dispatch(Action::Replace(Box::new(state)));
        }
    }
}

/// Whether this page keeps its work in storage (see the module docs on embedding).
fn remembers() -> bool {
    !embed::config().enabled
}

fn has_files(e: &web_sys::DragEvent) -> bool {
    e.data_transfer().is_some_and(|d| {
        d.types()
            .iter()
            .any(|t| t.as_string().as_deref() == Some("Files"))
    })
}

/// Listens for files dragged over and dropped on the page; `import` opens a dropped file.
/// Without it a dropped file is refused: not opened, and not opened by the browser either.
fn listen_for_drops(
    dragging: UseStateHandle<bool>,
    import: Option<Rc<dyn Fn(web_sys::File)>>,
) -> Option<[EventListener; 3]> {
    let opens = import.is_some();
    let document = super::browser::document()?;
    let prevent = EventListenerOptions::enable_prevent_default();
    let over = {
        let dragging = dragging.clone();
        EventListener::new_with_options(&document, "dragover", prevent, move |e| {
            if let Some(e) = e.dyn_ref::<web_sys::DragEvent>().filter(|e| has_files(e)) {
                // Without this the browser would open the file itself.
                e.prevent_default();
                dragging.set(opens);
            }
        })
    };
    let leave = {
        let dragging = dragging.clone();
        EventListener::new(&document, "dragleave", move |e| {
            // Leaving the window has no element to go to.
            if e.dyn_ref::<web_sys::DragEvent>()
                .is_some_and(|e| e.related_target().is_none())
            {
                dragging.set(false);
            }
        })
    };
    let dropped = EventListener::new_with_options(&document, "drop", prevent, move |e| {
        let Some(e) = e.dyn_ref::<web_sys::DragEvent>().filter(|e| has_files(e)) else {
            return;
        };
        e.prevent_default();
        dragging.set(false);
        let files = e.data_transfer().and_then(|d| d.files());
        if let (Some(file), Some(import)) = (files.and_then(|f| f.get(0)), &import) {
            import(file);
        }
    });
    Some([over, leave, dropped])
}

#[hook]
pub fn use_share(app: &UseReducerHandle<AppState>) -> Share {
    let notices = use_reducer(Notices::default);
    let dragging = use_state_eq(|| false);
    let saving = use_mut_ref(Saving::default);
    let viewing_link = use_state_eq(|| false);
    let earlier = use_state_eq(|| Rc::new(Vec::new()));
    let reader = use_mut_ref(|| None::<FileReader>);
    let hub = Hub {
        app: app.clone(),
        notices: notices.dispatcher(),
        saving,
        viewing_link: viewing_link.clone(),
        earlier: earlier.clone(),
    };

    let import: Rc<dyn Fn(web_sys::File)> = {
        let (hub, reader) = (hub.clone(), reader.clone());
        Rc::new(move |file: web_sys::File| {
            let name = quoted(&file.name());
            // Refused before reading: a huge file never blocks the page.
            let size = file.size() as u64;
            if size > MAX_BYTES as u64 {
                let error = FileError::TooLarge(size);
                hub.notify(vec![Message::FileRefused { name, error }], None);
                return;
            }
            let hub = hub.clone();
            let read = files::read_text(file, move |text| {
                let current = (*hub.app).clone();
                let decoded = text.map_err(|()| FileError::Unreadable).and_then(|t| {
                    document::from_json(&t, current.lang).map_err(FileError::Document)
                });
                match decoded {
                    Ok(d) => {
                        let mut messages = vec![Message::FileOpened(name)];
                        if let Some(m) = d.migrated {
                            messages.push(Message::Migrated(Source::File, m));
                        }
                        if !d.problems.is_empty() {
                            messages.push(Message::FileProblems(d.problems));
                        }
                        hub.notify(messages, Some(current));
                        hub.replace(d.state);
                    }
                    Err(error) => hub.notify(vec![Message::FileRefused { name, error }], None),
                }
            });
            // A new read replaces (and so cancels) one still running.
            *reader.borrow_mut() = Some(read);
        })
    };

    {
        let (hub, dragging, import) = (hub.clone(), dragging.clone(), import.clone());
        use_effect_with((), move |_| {
            hub.restore();
            // Later changes of the fragment: a link pasted into the open page. What was on screen
            // is written first, so an edit still resting is not lost.
            let on_hash = {
                let hub = hub.clone();
                fragment::on_change(move || {
                    let current = (*hub.app).clone();
                    hub.write(&current);
                    hub.open_link(&fragment::read(), &current, Some(current.clone()));
                })
            };
            let window = super::browser::window();
            // A change made just before the page goes away is written at once.
            let on_hide = window.as_ref().map(|w| {
                let hub = hub.clone();
                EventListener::new(w, "pagehide", move |_| hub.write(&(*hub.app).clone()))
            });
            // Another tab saved (the event never reaches the tab that wrote).
            let on_storage = window.as_ref().map(|w| {
                let hub = hub.clone();
                EventListener::new(w, "storage", move |e| {
                    let Some(e) = e.dyn_ref::<web_sys::StorageEvent>() else {
                        return;
                    };
                    match e.key() {
                        Some(key) if key == WORK => hub.heard(e.new_value()),
                        _ => hub.refresh(),
                    }
                })
            });
            // An embed whose host offers no files opens none dropped on it.
            let files = embed::config().controls.shows(crate::embed::Control::Files);
            let on_drop = listen_for_drops(dragging, files.then_some(import));
            move || drop((on_hash, on_hide, on_storage, on_drop))
        });
    }
    {
        // The write reads the state then.
        let hub = hub.clone();
        crate::hooks::use_settled((**app).clone(), WRITE_AFTER_MS, move |_| {
            hub.write(&(*hub.app).clone())
        });
    }

    let on_command = {
        let notices = notices.clone();
        let hub = hub.clone();
        Callback::from(move |command: Command| match command {
            Command::Import(file) => import(file),
            Command::StartOver => {
                let before = (*hub.app).clone();
                if !is_default(&before) {
                    hub.notify(vec![Message::StartedOver], Some(before.clone()));
                    hub.replace(AppState::new(before.lang));
                }
            }
            Command::Undo(id) => {
                if let Some(undo) = notices.get(id).and_then(|n| n.undo.clone()) {
                    hub.replace((*undo).clone());
                }
                notices.dispatch(NoticeAction::Dismiss(id));
            }
            Command::Dismiss(id) => notices.dispatch(NoticeAction::Dismiss(id)),
            Command::KeepLink => {
                let current = (*hub.app).clone();
                hub.save(&current);
            }
            Command::Restore(key) => {
                let current = (*hub.app).clone();
                let text = hub
                    .earlier
                    .iter()
                    .find(|e| e.key == key)
                    .map(|e| e.text.clone());
                let Some(Ok(d)) = text.map(|t| document::from_json(&t, current.lang)) else {
                    return;
                };
                let mut messages = vec![Message::EarlierRestored];
                if let Some(m) = d.migrated {
                    messages.push(Message::Migrated(Source::Saved, m));
                }
                if !d.problems.is_empty() {
                    messages.push(Message::SavedProblems(d.problems));
                }
                hub.notify(messages, Some(current));
                hub.replace(d.state);
            }
            Command::Delete(key) => {
                if Local.remove(&key).is_err() {
                    hub.notify(vec![Message::CannotRemember], None);
                }
                hub.refresh();
            }
        })
    };

    Share {
        state: app.clone(),
        notices,
        dragging: *dragging,
        viewing_link: *viewing_link,
        earlier: (*earlier).clone(),
        on_command,
    }
}
