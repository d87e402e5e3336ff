//! Scenario comparison: the scenarios side by side with the difference of each result to the
//! first, and the controls to duplicate, pick the scenario the inputs change, rename and remove.
//! Names are the user's text and are only ever rendered as text.

use crate::format;
use crate::i18n::{self, t, tf, tf_pieces, Key};
use crate::lang::Lang;
use crate::model::{Analysis, InputId};
use crate::results::RESULTS;
use crate::services::ranges::Ranges;
use crate::state::{
    clean_name, default_name, Action, NamedScenario, MAX_NAME_CHARS, MAX_SCENARIOS,
};
use std::rc::Rc;
use web_sys::HtmlInputElement;
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

/// Inputs always shown; any other input appears when the scenarios differ in it.
const MAIN_INPUTS: [InputId; 4] = [
    InputId::Promise,
    InputId::Delivered,
    InputId::PlanPromise,
    InputId::PlanDelivered,
];

/// How far the ready-made over-promising example raises the plan's promise.
const OVER_PROMISE: f64 = 2.0;

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
    let full = count >= MAX_SCENARIOS;
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

    let on_duplicate = props.on_action.reform(|_: MouseEvent| Action::Duplicate);
    let promise = scenarios
        .get(props.active)
        .map_or(0.0, |s| s.scenario.get(InputId::PlanPromise));
    // Offered for a first comparison, and only where the scale has two points of room.
    let promised = promise + OVER_PROMISE;
    let offer_over_promise = !many && promised <= InputId::PlanPromise.spec().max;
    let over_promise = {
        let on_action = props.on_action.clone();
        Callback::from(move |_: MouseEvent| {
            // Duplicate makes the copy active, so the next two actions change the copy.
            on_action.emit(Action::Duplicate);
            on_action.emit(Action::SetInput(InputId::PlanPromise, promised));
            on_action.emit(Action::Rename(
                count,
                t(lang, Key::OverPromiseName).to_owned(),
            ));
        })
    };

    let card = |i: usize, name: &String| {
        let active = i == props.active;
        let pick_id = format!("scenario-pick-{i}");
        let name_id = format!("scenario-name-{i}");
        let on_pick = props.on_action.reform(move |_: Event| Action::Select(i));
        // Saved as it is typed, like every other input; a name cleared while typing keeps the
        // last one until the field is left, when it goes back to the default rather than leaving
        // a blank column.
        let on_type = {
            let on_action = props.on_action.clone();
            Callback::from(move |e: InputEvent| {
                let typed = e.target_unchecked_into::<HtmlInputElement>().value();
                if !clean_name(&typed).is_empty() {
                    on_action.emit(Action::Rename(i, typed));
                }
            })
        };
        let on_rename = {
            let on_action = props.on_action.clone();
            Callback::from(move |e: Event| {
                let input = e.target_unchecked_into::<HtmlInputElement>();
                if clean_name(&input.value()).is_empty() {
                    let name = default_name(lang, i + 1);
                    // Set here too: the state may hold this name already, and then nothing renders.
                    input.set_value(&name);
                    on_action.emit(Action::Rename(i, name));
                }
            })
        };
        let on_remove = {
            let (on_action, refocus) = (props.on_action.clone(), refocus.clone());
            Callback::from(move |_: MouseEvent| {
                *refocus.borrow_mut() = true;
                on_action.emit(Action::Remove(i));
            })
        };
        html! {
            <li class={classes!("scenario-card", active.then_some("scenario-card--active"))}>
                if many {
                    <div class="scenario-card__pick">
                        <input type="radio" name="edited-scenario" id={pick_id.clone()} checked={active} onchange={on_pick} />
                        <label for={pick_id}>{ name.clone() }</label>
                        if active {
                            <span class="badge">{ t(lang, Key::CompareEditing) }</span>
                        }
                    </div>
                }
                <div class="scenario-card__name">
                    <label for={name_id.clone()}>{ tf(lang, Key::ScenarioNameLabel, &[&(i + 1).to_string()]) }</label>
                    <input type="text" id={name_id} value={name.clone()} maxlength={MAX_NAME_CHARS.to_string()}
                        autocomplete="off" spellcheck="false" oninput={on_type} onchange={on_rename} />
                </div>
                if many {
                    <button type="button" class="scenario-card__remove" onclick={on_remove}
                        aria-label={tf(lang, Key::RemoveScenarioNamed, &[name])}>
                        { t(lang, Key::RemoveScenario) }
                    </button>
                }
            </li>
        }
    };
    let cards: Html = names.iter().enumerate().map(|(i, n)| card(i, n)).collect();

    // Which inputs to list: the main ones, and any other the scenarios differ in.
    let inputs: Vec<InputId> = InputId::ALL
        .into_iter()
        .filter(|&id| {
            MAIN_INPUTS.contains(&id)
                || scenarios
                    .windows(2)
                    .any(|w| w[0].scenario.get(id) != w[1].scenario.get(id))
        })
        .collect();
    let headers: Html = names
        .iter()
        .enumerate()
        .map(|(i, name)| {
            html! {
                <th scope="col" role="columnheader" id={format!("compare-col-{i}")}>
                    { name.clone() }
                    if many && i == props.active {
                        <span class="badge">{ t(lang, Key::CompareEditing) }</span>
                    }
                </th>
            }
        })
        .collect();
    let input_rows: Html = inputs
        .iter()
        .map(|&id| {
            let spec = id.spec();
            html! {
                <tr role="row">
                    <th scope="row" role="rowheader">{ i18n::input_label(lang, id) }</th>
                    { for scenarios.iter().map(|s| html! {
                        <td role="cell">{ format::quantity(lang, spec.unit, s.scenario.get(id), 2) }</td>
                    }) }
                </tr>
            }
        })
        .collect();
    let result_rows: Html = RESULTS
        .iter()
        .map(|row| {
            // A scenario's last run rounds its figures; its ranges show once the run for the
            // inputs on screen is done.
            let summary = |i: usize| props.ranges.get(i).and_then(|r| r.summary.as_deref());
            let current = |i: usize| props.ranges.get(i).is_some_and(|r| r.current);
            let first = props.analyses.first().and_then(|r| row.reading(r, None));
            let cells = props.analyses.iter().enumerate().map(|(i, an)| {
                let Some(reading) = row.reading(an, summary(i)) else {
                    return html! { <td role="cell" id={format!("compare-{}-{i}", row.id)}>{ format::NOT_A_NUMBER }</td> };
                };
                // A range whose ends read the same says nothing (no extra spend: 0.0 % to 0.0 %).
                let range = row
                    .range_ends(lang, &reading)
                    .filter(|[low, high]| current(i) && low != high);
                let difference = first
                    .filter(|_| i > 0)
                    .map(|r| row.kind.difference(lang, reading.value - r.value));
                html! {
                    <td role="cell" id={format!("compare-{}-{i}", row.id)}>
                        <span class="compare__value">{ row.shown(lang, &reading) }</span>
                        if let Some([low, high]) = range {
                            <span class="compare__range">{ super::text::pieces(&tf_pieces(lang, Key::BandRange, &[&low, &high])) }</span>
                        }
                        if let Some(d) = difference {
                            <span class="compare__difference">
                                <span class="compare__difference-label">{ t(lang, Key::CompareDifference) }{ " " }</span>
                                { d }
                            </span>
                        }
                    </td>
                }
            });
            html! {
                <tr role="row">
                    <th scope="row" role="rowheader">{ t(lang, row.label) }</th>
                    { for cells }
                </tr>
            }
        })
        .collect();
    let columns = count + 1;

    html! {
        <section class="panel comparison" aria-labelledby="compare-heading">
            <h2 id="compare-heading">{ t(lang, Key::SectionCompare) }</h2>
            if !many {
                <p class="insight__intro">{ t(lang, Key::CompareHint) }</p>
            }
            <div class="comparison__actions">
                <button type="button" id="duplicate-scenario" ref={duplicate_button} disabled={full} onclick={on_duplicate}>
                    { t(lang, Key::DuplicateScenario) }
                </button>
                if offer_over_promise {
                    <button type="button" id="compare-over-promise" onclick={over_promise}>
                        { t(lang, Key::CompareOverPromise) }
                    </button>
                }
                if full {
                    <p class="comparison__limit">{ tf(lang, Key::ScenarioLimit, &[&MAX_SCENARIOS.to_string()]) }</p>
                }
            </div>
            if many {
                <fieldset class="scenario-cards">
                    <legend>{ t(lang, Key::CompareEditLegend) }</legend>
                    <ul>{ cards }</ul>
                </fieldset>
            } else {
                <ul class="scenario-cards">{ cards }</ul>
            }
            if many {
                <div class="table-scroll" tabindex="0" role="region" aria-labelledby="compare-caption">
                    // Explicit roles: narrow screens lay the rows out as flex boxes, which some
                    // browsers take to mean the table is no longer a table.
                    <table id="compare-table" class="data-table comparison__table" role="table">
                        <caption id="compare-caption">
                            { tf(lang, Key::CompareCaption, &[names.first().map_or("", String::as_str)]) }
                        </caption>
                        <thead role="rowgroup">
                            <tr role="row">
                                <td role="cell" class="comparison__corner"></td>
                                { headers }
                            </tr>
                        </thead>
                        <tbody role="rowgroup">
                            <tr role="row" class="comparison__group">
                                <th scope="rowgroup" role="rowheader" colspan={columns.to_string()}>{ t(lang, Key::SectionInputs) }</th>
                            </tr>
                            { input_rows }
                        </tbody>
                        <tbody role="rowgroup" id="compare-results">
                            <tr role="row" class="comparison__group">
                                <th scope="rowgroup" role="rowheader" colspan={columns.to_string()}>{ t(lang, Key::SectionResults) }</th>
                            </tr>
                            { result_rows }
                        </tbody>
                    </table>
                </div>
            }
        </section>
    }
}
