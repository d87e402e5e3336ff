//! The share, save and restore hook: restores the state when the page opens, keeps the share
//! link in the address bar and the saved state in step as the user works, opens links pasted
//! into an open page and files picked or dropped onto it, and keeps the notices about all this.
//!
//! - **On load the link wins**: a share link in the URL is what the sender meant the reader to
//!   see, so it replaces what this browser saved; the notice offers the earlier work back.
//!   Without a link, the saved state is restored. A link or saved state with refused values
//!   still applies the rest (see [`crate::share`]); a link of an unknown version is not used at
//!   all, and the saved state is restored instead.
//! - **Writing**: once the state has rested for [`WRITE_AFTER_MS`] (and when the page is
//!   hidden or closed), the fragment is replaced in place (`history.replaceState`: no history
//!   entry per keystroke) and the document is saved. The defaults are never written: starting
//!   over clears both.
//! - **Storage refused** (blocked, private mode, full): everything else works, and a notice
//!   says once per visit that this browser cannot remember the work.
//! - **Embedded** (`?embed=1`): nothing is restored from or saved to storage. An embedded
//!   calculator belongs to the host page's visitors, and the embed dialog's preview runs on the
//!   app's own origin, where saving would overwrite the user's own work. Links still work.

use super::{embed, files, fragment, storage};
use crate::share::document::{self, MAX_BYTES};
use crate::share::link::{self, LinkError};
use crate::share::notice::{FileError, Message, Notices, Source};
use crate::share::quoted;
use crate::state::{Action, AppState};
use gloo::events::{EventListener, EventListenerOptions};
use gloo::file::callbacks::FileReader;
use gloo::timers::callback::Timeout;
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
}

/// What the toolbar needs: the state (for copying and exporting), the notices, whether a file
/// is being dragged over the page, and the commands.
#[derive(Clone, PartialEq)]
pub struct Share {
    pub state: UseReducerHandle<AppState>,
    pub notices: UseReducerHandle<Notices>,
    pub dragging: bool,
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

/// Applies a share link over `current`; a notice lists what was not used and offers the
/// earlier work back. `NotALink` says nothing: the fragment is someone else's.
fn open_link(
    fragment: &str,
    current: &AppState,
    earlier: Option<AppState>,
    app: &UseReducerHandle<AppState>,
    notices: &Notify,
) -> bool {
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
                messages.push(Message::LinkReplacedWork);
            }
            notify(notices, messages, earlier);
            app.dispatch(Action::Replace(Box::new(decoded.state)));
            true
        }
        Err(LinkError::NotALink) => false,
        Err(e) => {
            notify(notices, vec![Message::LinkRefused(e)], None);
            false
        }
    }
}

/// Restores the state on load; returns the state that counts as already written.
/// Whether this page keeps its work in storage (see the module docs on embedding).
fn remembers() -> bool {
    !embed::config().enabled
}

fn restore(app: &UseReducerHandle<AppState>, notices: &Notify) -> AppState {
    let current = (**app).clone();
    let saved = if remembers() {
        storage::load().unwrap_or_else(|_| {
            notify(notices, vec![Message::CannotRemember], None);
            None
        })
    } else {
        None
    };
    let saved = saved.map(|text| document::from_json(&text, current.lang));
    let earlier = saved.clone().and_then(Result::ok).map(|d| d.state);
    if open_link(&fragment::read(), &current, earlier.clone(), app, notices) {
        // Different from the link's state, so the link is written back in its full form and saved.
        return earlier.unwrap_or(current);
    }
    match saved {
        None => current,
        Some(Ok(decoded)) => {
            let mut messages = Vec::new();
            let migrated = decoded.migrated.is_some();
            if let Some(m) = decoded.migrated {
                messages.push(Message::Migrated(Source::Saved, m));
            }
            if !decoded.problems.is_empty() {
                messages.push(Message::SavedProblems(decoded.problems));
            }
            notify(notices, messages, None);
            app.dispatch(Action::Replace(Box::new(decoded.state.clone())));
            // Saved by version 1: counted as not yet written, so it is saved again as version 2.
            if migrated {
                current
            } else {
                decoded.state
            }
        }
        // Left in storage as it is until there is new work to save: nothing is thrown away.
        Some(Err(_)) => {
            notify(notices, vec![Message::SavedRefused], None);
            current
        }
    }
}

/// Writes `state` to the address bar and storage, unless it is what was written last.
fn write(state: &AppState, written: &RefCell<Option<AppState>>, notices: &Notify) {
    let mut written = written.borrow_mut();
    // Nothing is written before the state is restored, and nothing twice.
    if written.as_ref().is_none_or(|w| w == state) {
        return;
    }
    let saved = if is_default(state) {
        fragment::replace(None);
        if remembers() {
            storage::clear()
        } else {
            Ok(())
        }
    } else {
        fragment::replace(Some(&link::encode(state)));
        if remembers() {
            storage::save(&document::to_json(state))
        } else {
            Ok(())
        }
    };
    if saved.is_err() {
        notify(notices, vec![Message::CannotRemember], None);
    }
    *written = Some(state.clone());
}

fn has_files(e: &web_sys::DragEvent) -> bool {
    e.data_transfer().is_some_and(|d| {
        d.types()
            .iter()
            .any(|t| t.as_string().as_deref() == Some("Files"))
    })
}

/// Listens for files dragged over and dropped on the page; `import` opens a dropped file.
fn listen_for_drops(
    dragging: UseStateHandle<bool>,
    import: Rc<dyn Fn(web_sys::File)>,
) -> Option<[EventListener; 3]> {
    let document = super::browser::document()?;
    let prevent = EventListenerOptions::enable_prevent_default();
    let over = {
        let dragging = dragging.clone();
        EventListener::new_with_options(&document, "dragover", prevent, move |e| {
            if let Some(e) = e.dyn_ref::<web_sys::DragEvent>().filter(|e| has_files(e)) {
                // Without this the browser would open the file itself.
                e.prevent_default();
                dragging.set(true);
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
        if let Some(file) = files.and_then(|f| f.get(0)) {
            import(file);
        }
    });
    Some([over, leave, dropped])
}

#[hook]
pub fn use_share(app: &UseReducerHandle<AppState>) -> Share {
    let notices = use_reducer(Notices::default);
    let dragging = use_state_eq(|| false);
    // The state last written; `None` until the state has been restored.
    let written = use_mut_ref(|| None::<AppState>);
    let timer = use_mut_ref(|| None::<Timeout>);
    let reader = use_mut_ref(|| None::<FileReader>);

    let import: Rc<dyn Fn(web_sys::File)> = {
        let (app, notices, reader) = (app.clone(), notices.dispatcher(), reader.clone());
        Rc::new(move |file: web_sys::File| {
            let name = quoted(&file.name());
            // Refused before reading: a huge file never blocks the page.
            let size = file.size() as u64;
            if size > MAX_BYTES as u64 {
                let error = FileError::TooLarge(size);
                notify(&notices, vec![Message::FileRefused { name, error }], None);
                return;
            }
            let (app, notices) = (app.clone(), notices.clone());
            let read = files::read_text(file, move |text| {
                let current = (*app).clone();
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
                        notify(&notices, messages, Some(current));
                        app.dispatch(Action::Replace(Box::new(d.state)));
                    }
                    Err(error) => {
                        notify(&notices, vec![Message::FileRefused { name, error }], None)
                    }
                }
            });
            // A new read replaces (and so cancels) one still running.
            *reader.borrow_mut() = Some(read);
        })
    };

    {
        let (app, notices, written) = (app.clone(), notices.dispatcher(), written.clone());
        let (dragging, import) = (dragging.clone(), import.clone());
        use_effect_with((), move |_| {
            *written.borrow_mut() = Some(restore(&app, &notices));
            // Later changes of the fragment: a link pasted into the open page.
            let on_hash = {
                let (app, notices) = (app.clone(), notices.clone());
                fragment::on_change(move || {
                    let current = (*app).clone();
                    open_link(
                        &fragment::read(),
                        &current,
                        Some(current.clone()),
                        &app,
                        &notices,
                    );
                })
            };
            // A change made just before the page goes away is written at once.
            let on_hide = super::browser::window().map(|w| {
                EventListener::new(&w, "pagehide", move |_| write(&app, &written, &notices))
            });
            let on_drop = listen_for_drops(dragging, import);
            move || drop((on_hash, on_hide, on_drop))
        });
    }
    {
        let (app, notices, written) = (app.clone(), notices.dispatcher(), written.clone());
        use_effect_with((*app).clone(), move |_| {
            // Replacing the timer cancels the previous one; the write reads the state then.
            let write_later = move || write(&app, &written, &notices);
            *timer.borrow_mut() = Some(Timeout::new(WRITE_AFTER_MS, write_later));
        });
    }

    let on_command = {
        let (app, notices) = (app.clone(), notices.clone());
        Callback::from(move |command: Command| match command {
            Command::Import(file) => import(file),
            Command::StartOver => {
                let before = (*app).clone();
                if !is_default(&before) {
                    app.dispatch(Action::StartOver);
                    notify(
                        &notices.dispatcher(),
                        vec![Message::StartedOver],
                        Some(before),
                    );
                }
            }
            Command::Undo(id) => {
                if let Some(undo) = notices.get(id).and_then(|n| n.undo.clone()) {
                    app.dispatch(Action::Replace(Box::new((*undo).clone())));
                }
                notices.dispatch(NoticeAction::Dismiss(id));
            }
            Command::Dismiss(id) => notices.dispatch(NoticeAction::Dismiss(id)),
        })
    };

    Share {
        state: app.clone(),
        notices,
        dragging: *dragging,
        on_command,
    }
}
