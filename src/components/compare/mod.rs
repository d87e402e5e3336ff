//! Scenario comparison: the scenarios side by side with the difference of each result to the
//! first, and the controls to duplicate, pick the scenario the inputs change, rename and remove.
//! Names are the user's text and are only ever rendered as text.
//!
//! The section is put together here; its parts are the buttons that add a scenario
//! ([`actions`]), each scenario's card with its name ([`editor`]) and the table of figures that
//! becomes one card per scenario on a narrow screen ([`table`]).

mod actions;
mod editor;
mod table;

use crate::i18n::{t, Key};
use crate::lang::Lang;
use crate::model::Analysis;
use crate::services::ranges::Ranges;
use crate::state::{default_name, Action, NamedScenario, MAX_SCENARIOS};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ComparisonProps {
    pub lang: Lang,
    pub scenarios: Vec<NamedScenario>,
    /// The scenario the inputs change.
    pub active: usize,
    /// One analysis per scenario, in the same order.
    pub analyses: Rc<Vec<Rc<Analysis>>>,
    /// Each scenario's likely ranges, in the same order.
    pub ranges: Rc<Vec<Ranges>>,
    pub on_action: Callback<Action>,
}

/// A name to show: the user's, or the default if there is none (e.g. from an old link).
pub(super) fn shown_name(lang: Lang, i: usize, name: &str) -> String {
    if name.is_empty() {
        default_name(lang, i + 1)
    } else {
        name.to_owned()
    }
}

#[function_component]
pub fn Comparison(props: &ComparisonProps) -> Html {
    let lang = props.lang;
    let scenarios = &props.scenarios;
    let count = scenarios.len();
    let many = count > 1;
    let duplicate_button = use_node_ref();
    // A remove button goes with its scenario: once it has, focus moves to the duplicate button,
    // so keyboard users stay in the section.
    let refocus = use_mut_ref(|| false);
    {
        let (refocus, button) = (refocus.clone(), duplicate_button.clone());
        use_effect_with(count, move |_| {
            if std::mem::take(&mut *refocus.borrow_mut()) {
                if let Some(button) = button.cast::<web_sys::HtmlElement>() {
                    let _ = button.focus();
                }
            }
        });
    }
    let names: Vec<String> = scenarios
        .iter()
        .enumerate()
        .map(|(i, s)| shown_name(lang, i, &s.name))
        .collect();
    let on_remove = {
        let (on_action, refocus) = (props.on_action.clone(), refocus.clone());
        Callback::from(move |i: usize| {
            *refocus.borrow_mut() = true;
            on_action.emit(Action::Remove(i));
        })
    };
    let cards: Html = names
        .iter()
        .enumerate()
        .map(|(i, name)| {
            let active = i == props.active;
            editor::card(lang, i, name, many, active, &props.on_action, &on_remove)
        })
        .collect();
    let full = count >= MAX_SCENARIOS;

    html! {
        <section class="panel comparison" aria-labelledby="compare-heading">
            <h2 id="compare-heading">{ t(lang, Key::SectionCompare) }</h2>
            if !many {
                <p class="insight__intro">{ t(lang, Key::CompareHint) }</p>
            }
            { actions::actions(lang, scenarios, props.active, full, duplicate_button, &props.on_action) }
            if many {
                <fieldset class="scenario-cards">
                    <legend>{ t(lang, Key::CompareEditLegend) }</legend>
                    <ul>{ cards }</ul>
                </fieldset>
                { table::table(lang, scenarios, &names, props.active, &props.analyses, &props.ranges) }
            } else {
                <ul class="scenario-cards">{ cards }</ul>
            }
        </section>
    }
}
