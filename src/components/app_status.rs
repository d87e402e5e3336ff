//! The app's status line, between the header and the calculator: a quiet note while the
//! network is gone (the calculator keeps working), and the notice that a new version is
//! ready, whose button switches to it. Both sit in one polite live region, so screen readers
//! hear them without losing their place.
//!
//! A hook for the app root and a view function rather than a component of its own: a Yew
//! component costs about a kilobyte of gzipped wasm more, for nothing the status line needs.

use crate::i18n::{t, Key};
use crate::lang::Lang;
use crate::services::sw::StatusWatch;
use std::rc::Rc;
use yew::prelude::*;

/// Starts the [`StatusWatch`] once the app is mounted and re-renders when it reports a
/// change. `None` until then, or where there is no window.
#[hook]
pub fn use_app_status() -> Option<Rc<StatusWatch>> {
    let refresh = use_force_update();
    let watch = use_mut_ref(|| None::<Rc<StatusWatch>>);
    {
        let watch = watch.clone();
        // Kept for the page's life: the app root is never unmounted.
        use_effect_with((), move |_| {
            *watch.borrow_mut() =
                StatusWatch::start(Callback::from(move |()| refresh.force_update()));
        });
    }
    let current = watch.borrow().clone();
    current
}

/// The status line for what `watch` knows.
pub fn app_status(lang: Lang, watch: &Option<Rc<StatusWatch>>) -> Html {
    let offline = watch.as_ref().is_some_and(|w| !w.online());
    let update_ready = watch.as_ref().is_some_and(|w| w.update_ready());
    let on_reload = {
        let watch = watch.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(watch) = &watch {
                watch.apply();
            }
        })
    };
    html! {
        // A labelled region, so the note is inside a landmark; the live status inside it exists
        // before anything is said, or a screen reader would miss the first message.
        <section class="app-status" aria-label={t(lang, Key::AppStatusLabel)}>
        <div role="status">
            if offline {
                <p class="app-status__offline">{ t(lang, Key::OfflineNote) }</p>
            }
            if update_ready {
                <p class="app-status__update">
                    <span>{ t(lang, Key::UpdateReady) }</span>
                    <button type="button" onclick={on_reload}>{ t(lang, Key::UpdateReload) }</button>
                </p>
            }
        </div>
        </section>
    }
}
