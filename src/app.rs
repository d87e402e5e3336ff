//! The app root: owns the one [`AppState`], analyses the active scenario when inputs change, and
//! lays out the components. Each feature adds itself here with one hook or one component.
//!
//! The first view is prerendered into index.html at build time ([`prerender`]), so the page
//! paints before the wasm arrives; [`start`] then hydrates it, keeping those nodes.

use crate::components::{Header, InputsPanel, Printing, ResultsPanel};
use crate::embed::{Embed, Section};
use crate::lang::Lang;
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

/// Mounts the app into `#app`: hydrates the prerendered view when the page has it, else renders
/// afresh. The page holds a view in each language and shows the visitor's before it paints
/// (assets/pick-language.js, which sets `<html lang>`); the first render must equal the one
/// shown. An embedded calculator always renders afresh (the language picker has already dropped
/// the view): its layout is the host's choice, and hydrating a page that differs from the first
/// render would panic.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    let Some(root) = browser::mount_point() else {
        return;
    };
    if root.first_element_child().is_some() && !crate::services::embed::config().enabled {
        let shown = browser::document_lang().unwrap_or(Lang::Fi);
        let props = AppProps {
            prerendered: Some(shown),
        };
        yew::Renderer::<App>::with_root_and_props(root, props).hydrate();
    } else {
        root.set_inner_html("");
        yew::Renderer::<App>::with_root(root).render();
    }
}

/// The first view in `lang` as hydratable HTML, for index.html.
#[cfg(not(target_arch = "wasm32"))]
pub async fn prerender(lang: Lang) -> String {
    yew::LocalServerRenderer::<App>::with_props(AppProps {
        prerendered: Some(lang),
    })
    .render()
    .await
}

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// The language of the prerendered view being hydrated: the first render shows the defaults
    /// in it, as the page does, and the visitor's language, if another, follows.
    #[prop_or_default]
    pub prerendered: Option<Lang>,
}

#[function_component]
pub fn App(props: &AppProps) -> Html {
    let prerendered = props.prerendered;
    let state = use_reducer(|| AppState::new(prerendered.unwrap_or_else(browser::preferred_lang)));
    let analysis = use_memo(
        (state.scenario().clone(), state.assumptions.clone()),
        |(s, a)| analyse(s, a),
    );
    let lang = state.lang;
    // The same callback every render (a reducer's dispatcher lives as long as the component),
    // so children's props compare equal and only those whose own data changed render again.
    let dispatch = state.dispatcher().to_callback();

    // The visitor's language, should the page show another: its picker chooses as
    // `preferred_lang` does, but a host's policy may block it. Effects run in order and a
    // reducer handle reads the state as last dispatched, so `use_share` below restores a link or
    // saved work on top of it: a link's own language wins, one without takes the visitor's.
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            let preferred = browser::preferred_lang();
            if prerendered.is_some_and(|shown| shown != preferred) {
                state.dispatch(Action::SetLang(preferred));
            }
        });
    }
    use_effect_with(lang, |&lang| browser::set_document_lang(lang));
    // Feature hooks (share/save, offline, embedding) go here, one line each.
    let share = crate::services::share::use_share(&state);
    let app_state = share.state.clone();
    let status = crate::components::use_app_status();
    // The embed settings, read once from the URL and handed down (`use_embed_settings`).
    let embed = crate::services::embed::config();
    // Sections a host that embeds the calculator chose to show (all, outside embed mode).
    let shows = |section| embed.sections.shows(section);
    let analyses = crate::analyses::use_analyses(&state, &analysis);
    let scenarios = state.scenarios.iter().map(|n| n.scenario.clone()).collect();
    let ranges = crate::services::ranges::use_ranges(scenarios, state.active, &state.assumptions);
    let active_ranges = ranges.get(state.active).cloned().unwrap_or_default();
    let current = active_ranges
        .summary
        .clone()
        .filter(|_| active_ranges.current);
    let host_page = crate::services::embed::use_embed(
        lang,
        state.scenario().clone(),
        analysis.clone(),
        current,
    );
    let printing = crate::services::page::use_printing();
    // Who prepared the work, for the handout: the host's name in an embed, else this browser's.
    let (by_setting, on_by) = crate::hooks::use_stored_text(crate::share::saved::PREPARED_BY);
    let prepared_by = embed
        .by
        .clone()
        .or_else(|| crate::embed::prepared_by(&by_setting));
    // Presenter mode: full screen when the browser allows it; leaving returns focus to its button.
    let presenting = use_state_eq(|| false);
    let (on_present, on_exit) = {
        let (enter, exit) = (presenting.clone(), presenting.clone());
        (
            Callback::from(move |()| {
                enter.set(true);
                browser::enter_fullscreen();
            }),
            Callback::from(move |()| {
                exit.set(false);
                browser::exit_fullscreen();
            }),
        )
    };
    {
        // Focus goes back to the button once the page shows again (after the render).
        let was_presenting = use_mut_ref(|| false);
        use_effect_with(*presenting, move |&now| {
            if std::mem::replace(&mut *was_presenting.borrow_mut(), now) && !now {
                browser::focus("present");
            }
        });
    }
    // Interactive once what the effects above restored has rendered: they run after the first
    // render, and this flag's own render follows theirs.
    let ready = use_state_eq(|| false);
    use_effect_with(*ready, move |&done| {
        if !done {
            ready.set(true);
        } else if let Some(root) = browser::mount_point() {
            browser::mark_ready(&root);
        }
    });

    html! {
        <ContextProvider<Rc<Embed>> context={embed.clone()}>
        <ContextProvider<Printing> context={Printing(printing)}>
            <Header {lang} on_action={dispatch.clone()} />
            // Toolbar and notices (share/save, update available, offline, embed dialog).
            <crate::components::EmbedDialog {lang} state={app_state} />
            <crate::components::ShareBar {lang} {share} {on_present} host_page={host_page.clone()} {by_setting} {on_by} />
            { crate::components::app_status(lang, &status) }

            <main class="layout">
                <div class="layout__inputs">
                    <InputsPanel {lang} scenario={state.scenario().clone()} fit={analysis.fit} on_action={dispatch.clone()} />
                    { crate::components::answer_bar(lang, &analysis, &active_ranges) }
                </div>
                <ResultsPanel {lang} {analysis} scenario={state.scenario().clone()} assumptions={state.assumptions.clone()} ranges={active_ranges.clone()} on_action={dispatch.clone()} />
                { crate::components::cta(embed.cta.as_ref(), host_page.is_some()) }
            </main>
            // Analysis sections (assumptions, timeline, comparison, levers).
            if shows(Section::Assumptions) {
                <crate::components::AssumptionsPanel {lang} assumptions={state.assumptions.clone()} on_action={dispatch.clone()} />
            }
            <crate::components::Insights {lang} scenarios={state.scenarios.clone()} active={state.active} analyses={analyses.clone()} ranges={ranges.clone()} assumptions={state.assumptions.clone()} on_action={dispatch.clone()} />
            if *presenting {
                <crate::components::Presenter {lang} scenarios={state.scenarios.clone()} active={state.active}
                    analyses={analyses.clone()} ranges={ranges.clone()} on_action={dispatch.clone()} {on_exit} />
            }
            // On paper, instead of all of the above.
            <crate::components::Handout {lang} scenarios={state.scenarios.clone()} {analyses} ranges={ranges.clone()} assumptions={state.assumptions.clone()}
                prepared_by={prepared_by.map(AttrValue::from)} />

            // Footer (attribution, model version).
            { crate::components::colophon(lang, embed.enabled) }
        </ContextProvider<Printing>>
        </ContextProvider<Rc<Embed>>>
    }
}
