//! The comparison's figures: the inputs and the results of every scenario side by side, each
//! result with its likely range and its difference to the first scenario. One table; where it
//! would not fit without scrolling sideways, the stylesheet lays it out as one card per scenario
//! (the same elements, so the ids and the reading order stay), and each figure then carries its
//! row's label.

use crate::format;
use crate::i18n::{self, t, tf, tf_pieces, Key};
use crate::lang::Lang;
use crate::model::{Analysis, InputId};
use crate::results::RESULTS;
use crate::services::ranges::Ranges;
use crate::state::NamedScenario;
use std::rc::Rc;
use yew::prelude::*;

/// Inputs always shown; any other input appears when the scenarios differ in it.
const MAIN_INPUTS: [InputId; 4] = [
    InputId::Promise,
    InputId::Delivered,
    InputId::PlanPromise,
    InputId::PlanDelivered,
];

/// A cell of scenario `i`: its class places it in the scenario's card on a narrow screen, and
/// `label` is its row's label, which the card shows beside it.
fn cell(i: usize, id: Option<String>, label: &str, content: Html) -> Html {
    html! {
        <td role="cell" {id} class={format!("comparison__s{i}")} data-label={label.to_owned()}>{ content }</td>
    }
}

/// The table, for two or more scenarios.
pub(super) fn table(
    lang: Lang,
    scenarios: &[NamedScenario],
    names: &[String],
    active: usize,
    analyses: &[Rc<Analysis>],
    ranges: &[Ranges],
) -> Html {
    let count = scenarios.len();
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
                <th scope="col" role="columnheader" id={format!("compare-col-{i}")} class={format!("comparison__s{i}")}>
                    { name.clone() }
                    if i == active {
                        <span class="badge">{ t(lang, Key::CompareEditing) }</span>
                    }
                </th>
            }
        })
        .collect();
    let input_rows: Html = inputs
        .iter()
        .map(|&id| {
            let (spec, label) = (id.spec(), i18n::input_label(lang, id));
            html! {
                <tr role="row">
                    <th scope="row" role="rowheader">{ label }</th>
                    { for scenarios.iter().enumerate().map(|(i, s)| {
                        cell(i, None, label, html! { { format::quantity(lang, spec.unit, s.scenario.get(id), 2) } })
                    }) }
                </tr>
            }
        })
        .collect();
    // A scenario's last run rounds its figures; its ranges show once the run for the inputs
    // on screen is done.
    let summary = |i: usize| ranges.get(i).and_then(|r| r.summary.as_deref());
    let current = |i: usize| ranges.get(i).is_some_and(|r| r.current);
    let result_rows: Html = RESULTS
        .iter()
        .map(|row| {
            let label = t(lang, row.label);
            let first = analyses.first().and_then(|r| row.reading(r, None));
            let cells = analyses.iter().enumerate().map(|(i, an)| {
                let id = Some(format!("compare-{}-{i}", row.id));
                let Some(reading) = row.reading(an, summary(i)) else {
                    return cell(i, id, label, html! { { format::NOT_A_NUMBER } });
                };
                // A range whose ends read the same says nothing (no extra spend: 0.0 % to 0.0 %).
                let range = row
                    .range_ends(lang, &reading)
                    .filter(|[low, high]| current(i) && low != high);
                let difference = first
                    .filter(|_| i > 0)
                    .map(|r| row.kind.difference(lang, reading.value - r.value));
                cell(i, id, label, html! {
                    <>
                        <span class="compare__value">{ row.shown(lang, &reading) }</span>
                        if let Some([low, high]) = range {
                            <span class="compare__range">{ crate::components::text::pieces(&tf_pieces(lang, Key::BandRange, &[&low, &high])) }</span>
                        }
                        if let Some(d) = difference {
                            <span class="compare__difference">
                                <span class="compare__difference-label">{ t(lang, Key::CompareDifference) }{ " " }</span>
                                { d }
                            </span>
                        }
                    </>
                })
            });
            html! {
                <tr role="row">
                    <th scope="row" role="rowheader">{ label }</th>
                    { for cells }
                </tr>
            }
        })
        .collect();
    let columns = (count + 1).to_string();

    html! {
        <div class="table-scroll" tabindex="0" role="region" aria-labelledby="compare-caption">
            // Explicit roles: narrow screens lay the table out as cards, which some browsers
            // take to mean it is no longer a table.
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
                        <th scope="rowgroup" role="rowheader" colspan={columns.clone()}>{ t(lang, Key::SectionInputs) }</th>
                    </tr>
                    { input_rows }
                </tbody>
                <tbody role="rowgroup" id="compare-results">
                    <tr role="row" class="comparison__group">
                        <th scope="rowgroup" role="rowheader" colspan={columns}>{ t(lang, Key::SectionResults) }</th>
                    </tr>
                    { result_rows }
                </tbody>
            </table>
        </div>
    }
}
