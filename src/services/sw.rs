//! The app's status as the browser knows it: whether the network is there, and whether a new
//! version of the app is waiting in the service worker (`sw.js`, written by
//! `scripts/postbuild.mjs`).
//!
//! Registering the worker makes the app open offline after the first visit. The browser
//! installs a new version in the background and holds it back; the app is told, shows its
//! notice, and switches only when the user asks ([`StatusWatch::apply`]), so nothing reloads
//! under their hands. A page left open asks for a new version when it becomes visible again,
//! when the network returns, and every hour. Where service workers are unavailable (an insecure
//! origin, a sandboxed frame, blocked storage) only the network status is watched.
//!
//! Every browser event, timer and promise reaches Rust through one JS callback that
//! [`StatusWatch::handle`] dispatches: each closure costs wasm size, and this one is enough.

use std::cell::{Cell, RefCell};
use std::mem::ManuallyDrop;
use std::rc::{Rc, Weak};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Event, ServiceWorkerContainer, ServiceWorkerRegistration, Window};
use yew::Callback;

/// The worker script, relative to the page: its folder becomes the worker's scope, so a
/// deployment under a sub-path (`/tools/promise-gap/`) gets a worker of its own.
const SCRIPT: &str = "sw.js";
/// The message `sw.js` takes as "take over now".
const SKIP_WAITING: &str = "skip-waiting";
/// How often a page left open asks the server for a new version.
const CHECK_EVERY_MS: i32 = 60 * 60 * 1000;
/// What the hourly timer passes to the callback.
const TICK: &str = "tick";
/// Page events the watch listens to, on the window or the document.
const WINDOW_EVENTS: [&str; 2] = ["online", "offline"];
const DOCUMENT_EVENT: &str = "visibilitychange";
const CONTROLLER_CHANGE: &str = "controllerchange";

/// Watches the network and the service worker; `on_change` is called whenever
/// what [`online`](Self::online) or [`update_ready`](Self::update_ready) say may have changed.
pub struct StatusWatch {
    window: Window,
    container: Option<ServiceWorkerContainer>,
    registration: RefCell<Option<ServiceWorkerRegistration>>,
    /// Whether a worker controlled the page when it loaded: if not, this is a first visit, and
    /// the worker installing now is not an update.
    had_controller: bool,
    update_ready: Cell<bool>,
    /// Set when the user asks for the new version: only then may the page reload.
    accepted: Cell<bool>,
    on_change: Callback<()>,
    /// The one JS callback, calling [`Self::handle`]. Never dropped: listeners, the hourly
    /// timer and pending promises may call it after the watch is gone, and it then does
    /// nothing (the app keeps its watch for the page's life anyway).
    callback: ManuallyDrop<Closure<dyn FnMut(JsValue)>>,
}

impl StatusWatch {
    /// Starts watching, and registers the service worker where there are service workers.
    pub fn start(on_change: Callback<()>) -> Option<Rc<Self>> {
        let window = super::browser::window()?;
        let container = container(&window);
        let document = window.document();
        let watch = Rc::new_cyclic(|weak: &Weak<Self>| {
            let weak = weak.clone();
            let callback = Closure::<dyn FnMut(JsValue)>::new(move |value| {
                if let Some(watch) = weak.upgrade() {
                    watch.handle(value);
                }
            });
            let f = callback.as_ref().unchecked_ref::<js_sys::Function>();
            for event in WINDOW_EVENTS {
                let _ = window.add_event_listener_with_callback(event, f);
            }
            if let Some(container) = &container {
                let _ = container.add_event_listener_with_callback(CONTROLLER_CHANGE, f);
                if let Some(document) = &document {
                    let _ = document.add_event_listener_with_callback(DOCUMENT_EVENT, f);
                }
                let tick = JsValue::from_str(TICK);
                let _ = window.set_interval_with_callback_and_timeout_and_arguments_1(
                    f,
                    CHECK_EVERY_MS,
                    &tick,
                );
                // Refused (blocked storage, an unsupported scheme): the app stays a plain page.
                let _ = container.register(SCRIPT).then2(&callback, &callback);
            }
            Self {
                had_controller: container.as_ref().is_some_and(|c| c.controller().is_some()),
                window,
                container,
                registration: RefCell::default(),
                update_ready: Cell::new(false),
                accepted: Cell::new(false),
                on_change,
                callback: ManuallyDrop::new(callback),
            }
        });
        Some(watch)
    }

    /// Whether the browser believes it is online.
    pub fn online(&self) -> bool {
        self.window.navigator().on_line()
    }

    /// Whether a new version is ready to take over.
    pub fn update_ready(&self) -> bool {
        self.update_ready.get()
    }

    /// Switches to the new version: the waiting worker takes over, and once it controls the
    /// page, the page reloads into it. Reloads at once if no worker waits (another tab took it).
    pub fn apply(&self) {
        self.accepted.set(true);
        let waiting = self
            .registration
            .borrow()
            .as_ref()
            .and_then(|r| r.waiting());
        if waiting.is_none_or(|w| w.post_message(&JsValue::from_str(SKIP_WAITING)).is_err()) {
            let _ = self.window.location().reload();
        }
    }

    /// Everything the JS callback receives: events, the registration, the timer's tick, and
    /// failures (of registering or of an update check offline), which need nothing done.
    fn handle(&self, value: JsValue) {
        if let Some(event) = value.dyn_ref::<Event>() {
            match event.type_().as_str() {
                "online" => {
                    self.on_change.emit(());
                    self.check_for_update();
                }
                "offline" => self.on_change.emit(()),
                DOCUMENT_EVENT => {
                    if self.window.document().is_some_and(|d| !d.hidden()) {
                        self.check_for_update();
                    }
                }
                CONTROLLER_CHANGE if self.accepted.get() => {
                    let _ = self.window.location().reload();
                }
                // Another tab took the new version; this one still runs the old one.
                CONTROLLER_CHANGE if self.had_controller => self.set_update_ready(),
                // "updatefound" on the registration, "statechange" on an installing worker.
                _ => self.follow_install(),
            }
        } else if value.as_string().as_deref() == Some(TICK) {
            self.check_for_update();
        } else if let Ok(registration) = value.dyn_into::<ServiceWorkerRegistration>() {
            registration.set_onupdatefound(Some(self.function()));
            *self.registration.borrow_mut() = Some(registration);
            // The browser may have found the new version before the app was listening.
            self.follow_install();
        }
    }

    /// Follows the worker being installed, if any, and tells the app once one is waiting,
    /// unless it is the very first worker.
    fn follow_install(&self) {
        let Some(registration) = self.registration.borrow().clone() else {
            return;
        };
        if let Some(worker) = registration.installing() {
            worker.set_onstatechange(Some(self.function()));
        }
        let controlled = self
            .container
            .as_ref()
            .is_some_and(|c| c.controller().is_some());
        if registration.waiting().is_some() && controlled {
            self.set_update_ready();
        }
    }

    fn set_update_ready(&self) {
        if !self.update_ready.replace(true) {
            self.on_change.emit(());
        }
    }

    fn check_for_update(&self) {
        let update = self
            .registration
            .borrow()
            .as_ref()
            .and_then(|r| r.update().ok());
        // Offline the check fails, and a later one will do; catching keeps the failure from
        // being reported as an unhandled rejection.
        if let Some(promise) = update {
            let _ = promise.catch(&self.callback);
        }
    }

    fn function(&self) -> &js_sys::Function {
        self.callback.as_ref().unchecked_ref()
    }
}

/// `navigator.serviceWorker`, read so that it cannot throw: it is absent on insecure origins,
/// and reading it throws in a sandboxed frame.
fn container(window: &Window) -> Option<ServiceWorkerContainer> {
    js_sys::Reflect::get(&window.navigator(), &JsValue::from_str("serviceWorker"))
        .ok()?
        .dyn_into()
        .ok()
}
