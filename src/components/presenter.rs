//! Presenter mode, for a workshop's screen: full screen, the active scenario's answer and
//! headline figures in large type, the scenarios switched by keys (← → or 1–4), left with Esc.
//! Shown instead of the page (the stylesheet hides the rest while it is there), so it takes no
//! room and no rendering when not presenting.

use super::text;
use crate::i18n::{t, tf, Key};
use crate::lang::Lang;
use crate::model::Analysis;
use crate::results::{answer, headlines};
use crate::services::browser;
use crate::services::ranges::Ranges;
use crate::state::{Action, NamedScenario};
use gloo::events::{EventListener, EventListenerOptions};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PresenterProps {
    pub lang: Lang,
    pub scenarios: Vec<NamedScenario>,
    pub active: usize,
    pub analyses: Rc<Vec<Rc<Analysis>>>,
    /// Each scenario's likely ranges, in the same order: the figures are rounded to them.
    pub ranges: Rc<Vec<Ranges>>,
    pub on_action: Callback<Action>,
    pub on_exit: Callback<()>,
}

/// The scenario a key asks for, if any: the next or previous (wrapping), or 1–9 by number.
fn scenario_for(key: &str, active: usize, count: usize) -> Option<usize> {
    match key {
        "ArrowRight" | "ArrowDown" | "PageDown" | " " => Some((active + 1) % count),
        "ArrowLeft" | "ArrowUp" | "PageUp" => Some((active + count - 1) % count),
        _ => key
            .parse::<usize>()
            .ok()
            .filter(|n| (1..=count).contains(n))
            .map(|n| n - 1),
    }
}

#[function_component]
pub fn Presenter(props: &PresenterProps) -> Html {
    let lang = props.lang;
    let count = props.scenarios.len();
    let section = use_node_ref();
    {
        let (on_action, on_exit, active) =
            (props.on_action.clone(), props.on_exit.clone(), props.active);
        let section = section.clone();
        use_effect_with(active, move |&active| {
            let keys = browser::window().map(|w| {
                let on_exit = on_exit.clone();
                let options = EventListenerOptions::enable_prevent_default();
                EventListener::new_with_options(&w, "keydown", options, move |e| {
                    let Some(e) = e.dyn_ref::<web_sys::KeyboardEvent>() else {
                        return;
                    };
                    if e.key() == "Escape" {
                        on_exit.emit(());
                    } else if let Some(i) = scenario_for(&e.key(), active, count) {
                        e.prevent_default();
                        on_action.emit(Action::Select(i));
                    }
                })
            });
            // Leaving full screen (Esc, or the browser's own control) leaves presenter mode.
            let fullscreen = browser::document().map(|d| {
                EventListener::new(&d, "fullscreenchange", move |_| {
                    if browser::document().is_some_and(|d| d.fullscreen_element().is_none()) {
                        on_exit.emit(());
                    }
                })
            });
            if let Some(s) = section.cast::<web_sys::HtmlElement>() {
                let _ = s.focus();
            }
            move || drop((keys, fullscreen))
        });
    }
    let (Some(named), Some(analysis)) = (
        props.scenarios.get(props.active),
        props.analyses.get(props.active),
    ) else {
        return Html::default();
    };
    let summary = props
        .ranges
        .get(props.active)
        .and_then(|r| r.summary.as_deref());
    let figures = headlines(lang, analysis, summary).map(|(label, value)| {
        html! {
            <div class="presenter__figure">
                <span class="presenter__label">{ label }</span>
                <span class="presenter__value">{ value }</span>
            </div>
        }
    });
    let names = props.scenarios.iter().enumerate().map(|(i, s)| {
        let current = (i == props.active).then_some("true");
        html! { <li aria-current={current}>{ format!("{} {}", i + 1, s.name) }</li> }
    });
    let exit = props.on_exit.reform(|_: MouseEvent| ());
    html! {
        <section class="presenter" id="presenter" tabindex="-1" ref={section}
            aria-label={t(lang, Key::PresenterMode)}>
            <h1 class="presenter__name">{ named.name.clone() }</h1>
            <p class="presenter__answer" id="presenter-answer" aria-live="polite">
                { text::pieces(&answer(lang, &named.scenario, analysis, summary)) }
            </p>
            <div class="presenter__figures">{ for figures }</div>
            if count > 1 {
                <ol class="presenter__scenarios">{ for names }</ol>
            }
            <p class="presenter__hint">
                { tf(lang, Key::PresenterHint, &[&count.to_string()]) }
                { " " }
                <button type="button" id="presenter-exit" onclick={exit}>{ t(lang, Key::PresenterExit) }</button>
            </p>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::scenario_for;

    #[test]
    fn keys_move_between_scenarios_and_wrap() {
        assert_eq!(scenario_for("ArrowRight", 0, 3), Some(1));
        assert_eq!(scenario_for("ArrowRight", 2, 3), Some(0));
        assert_eq!(scenario_for("ArrowLeft", 0, 3), Some(2));
        assert_eq!(scenario_for("2", 0, 3), Some(1));
        assert_eq!(scenario_for("4", 0, 3), None);
        assert_eq!(scenario_for("0", 0, 3), None);
        assert_eq!(scenario_for("a", 0, 3), None);
    }
}
