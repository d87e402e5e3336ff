//! The app root: owns the one [`AppState`], analyses the active scenario when inputs change, and
//! lays out the components. Each feature adds itself here with one hook or one component.

use crate::components::{Header, InputsPanel, ResultsPanel};
use crate::model::analyse;
use crate::services::browser;
use crate::state::{Action, AppState};
use std::rc::Rc;
use yew::prelude::*;

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(self.apply(action))
    }
}

/// Mounts the app into `#app`.
pub fn start() {
    if let Some(root) = browser::mount_point() {
        yew::Renderer::<App>::with_root(root).render();
    }
}

#[function_component]
pub fn App() -> Html {
    let state = use_reducer(|| AppState::new(browser::preferred_lang()));
    let analysis = use_memo((state.scenario().clone(), state.assumptions.clone()), |(s, a)| analyse(s, a));
    let lang = state.lang;
    let dispatch = {
        let state = state.clone();
        Callback::from(move |action: Action| state.dispatch(action))
    };

    use_effect_with(lang, |&lang| browser::set_document_lang(lang));
    use_effect_with((), |_| {
        if let Some(root) = browser::mount_point() {
            browser::mark_ready(&root);
        }
    });
    // Feature hooks (share/save, offline, embedding) go here, one line each.
    let share = crate::services::share::use_share(&state);

    html! {
        <>
            <Header {lang} on_action={dispatch.clone()} />
            // Toolbar and notices (share/save, update available, offline, embed dialog).
            <crate::components::ShareBar {lang} {share} />

            <main class="layout">
                <InputsPanel {lang} scenario={state.scenario().clone()} on_action={dispatch.clone()} />
                <ResultsPanel {lang} {analysis} />
            </main>
            // Analysis sections (assumptions, why this number, timeline, comparison, levers).

            // Footer (attribution, model version).
        </>
    }
}
