//! The app root: owns the one [`AppState`], analyses the active scenario when inputs change, and
//! lays out the components. Each feature adds itself here with one hook or one component.

use crate::components::{Header, InputsPanel, ResultsPanel};
use crate::embed::Section;
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
    let analysis = use_memo(
        (state.scenario().clone(), state.assumptions.clone()),
        |(s, a)| analyse(s, a),
    );
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
    crate::services::embed::use_embed(lang, analysis.clone());
    let share = crate::services::share::use_share(&state);
    let status = crate::components::use_app_status();
    // Sections a host that embeds the calculator chose to show (all, outside embed mode).
    let shows = |section| crate::services::embed::config().sections.shows(section);
    let analyses = crate::analyses::use_analyses(&state, &analysis);

    html! {
        <>
            <Header {lang} on_action={dispatch.clone()} />
            // Toolbar and notices (share/save, update available, offline, embed dialog).
            <crate::components::EmbedDialog {lang} />
            <crate::components::ShareBar {lang} {share} />
            { crate::components::app_status(lang, &status) }

            <main class="layout">
                <InputsPanel {lang} scenario={state.scenario().clone()} on_action={dispatch.clone()} />
                <ResultsPanel {lang} {analysis} scenario={state.scenario().clone()} assumptions={state.assumptions.clone()} />
            </main>
            // Analysis sections (assumptions, why this number, timeline, comparison, levers).
            if shows(Section::Assumptions) {
                { crate::components::assumptions_panel(lang, &state.assumptions, &dispatch) }
            }
            <crate::components::Insights {lang} scenarios={state.scenarios.clone()} active={state.active} {analyses} on_action={dispatch.clone()} />

            // Footer (attribution, model version).
            { crate::components::colophon(lang) }
        </>
    }
}
