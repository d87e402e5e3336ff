//! The handout: what printing puts on paper for a board, at most two A4 pages for up to four
//! scenarios. The answer for each scenario, every result side by side with its difference to the
//! first, where the margin comes from (channels as bars), margin and customers year by year, the
//! levers each scenario sets, and the assumptions with their sources; the footer adds the model
//! version and the date. Built only while printing, so the screen never pays for it, and on
//! paper it is all there is: no controls.

use super::text;
use crate::format;
use crate::i18n::{self, coefficient_name, origin_label, t, Key, Lang};
use crate::model::{Analysis, Assumptions, CoefficientId, InputId, Lever};
use crate::results::{answer, RESULTS};
use crate::state::NamedScenario;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HandoutProps {
    pub lang: Lang,
    pub scenarios: Vec<NamedScenario>,
    pub analyses: Rc<Vec<Rc<Analysis>>>,
    pub assumptions: Assumptions,
}

/// A row of the handout's tables: a heading cell, then one cell per scenario.
fn row(head: &str, cells: impl Iterator<Item = Html>) -> Html {
    html! { <tr><th scope="row">{ head }</th>{ for cells }</tr> }
}

#[function_component]
pub fn Handout(props: &HandoutProps) -> Html {
    let printing = use_context::<super::Printing>().is_some_and(|p| p.0);
    let lang = props.lang;
    let scenarios: Vec<(&NamedScenario, &Rc<Analysis>)> =
        props.scenarios.iter().zip(props.analyses.iter()).collect();
    if !printing || scenarios.is_empty() {
        return Html::default();
    }
    let heads = html! {
        <tr><td></td>{ for scenarios.iter().map(|(s, _)| html! { <th scope="col">{ s.name.clone() }</th> }) }</tr>
    };

    let answers = scenarios.iter().map(|(s, a)| {
        html! { <p><strong>{ s.name.clone() }{ ": " }</strong>{ text::pieces(&answer(lang, &s.scenario, a)) }</p> }
    });

    let results = RESULTS.iter().filter_map(|r| {
        let first = (r.read)(scenarios[0].1)?;
        let cells = scenarios.iter().enumerate().map(move |(i, (_, a))| match (r.read)(a) {
            Some(reading) => html! {
                <td>
                    { r.shown(lang, &reading) }
                    if i > 0 {
                        <span class="handout__difference">{ r.kind.difference(lang, reading.band.central - first.band.central) }</span>
                    }
                </td>
            },
            None => html! { <td>{ format::NOT_A_NUMBER }</td> },
        });
        Some(row(t(lang, r.label), cells))
    });

    // Where the margin comes from: each channel as a bar scaled to the largest, with its euros.
    let channels = |a: &Analysis| {
        let c = &a.outcome.channels;
        [
            (Key::ChannelSpend, c.spend),
            (Key::ChannelRetention, c.retention),
            (Key::ChannelWordOfMouth, c.word_of_mouth),
            (Key::ChannelPromise, c.promise),
        ]
    };
    let largest = scenarios
        .iter()
        .flat_map(|(_, a)| channels(a).map(|(_, v)| v.abs()))
        .fold(0.0, f64::max);
    let channel_rows = channels(scenarios[0].1).map(|(key, _)| {
        let cells = scenarios.iter().map(|(_, a)| {
            let v = channels(a).into_iter().find(|(k, _)| *k == key).map_or(0.0, |(_, v)| v);
            let width = if largest > 0.0 { v.abs() / largest * 100.0 } else { 0.0 };
            let class = if v < 0.0 { "handout__bar handout__bar--loss" } else { "handout__bar" };
            // An SVG bar: its size is an attribute, which the content security policy allows
            // where it refuses a style attribute.
            html! {
                <td>
                    <svg class={class} viewBox="0 0 100 4" preserveAspectRatio="none" aria-hidden="true">
                        <rect x={format::plain(100.0 - width)} width={format::plain(width)} height="4" />
                    </svg>
                    { format::euros_rounded(lang, v, true) }
                </td>
            }
        });
        row(t(lang, key), cells)
    });

    // Year by year: the margin the plan adds and the customers at the year's end.
    let years = scenarios[0].0.scenario.horizon();
    let year_rows = (0..years).map(|y| {
        let cells = scenarios.iter().map(move |(_, a)| {
            let p = a.outcome.central.periods.get(y);
            html! {
                <td>
                    { p.map_or_else(String::new, |p| format::euros_rounded(lang, p.margin - p.baseline_margin, true)) }
                    <span class="handout__difference">
                        { p.map_or_else(String::new, |p| format::quantity(lang, crate::model::Unit::Customers, p.customers_end, 0)) }
                    </span>
                </td>
            }
        });
        row(&i18n::tf(lang, Key::HandoutYear, &[&(y + 1).to_string()]), cells)
    });

    let levers = Lever::ALL.iter().map(|&lever| {
        let (today, plan) = (lever.today(), lever.plan());
        let cells = scenarios.iter().map(move |(s, _)| {
            let shown = |id: InputId| format::number_trimmed(lang, s.scenario.get(id), 2);
            html! { <td>{ format!("{}\u{a0}→ {}", shown(today), shown(plan)) }</td> }
        });
        row(i18n::lever_name(lang, lever), cells)
    });

    let assumptions = CoefficientId::ALL.iter().map(|&id| {
        let spec = id.spec();
        let value = format::quantity(lang, spec.unit, props.assumptions.get(id), 3);
        let source = if spec.source.is_empty() {
            origin_label(lang, &spec.origin).to_owned()
        } else {
            spec.source.to_owned()
        };
        let edited = props.assumptions.get(id) != spec.default;
        html! {
            <li>
                { coefficient_name(lang, id) }{ ": " }<strong>{ value }</strong>
                if edited { { " (" }{ t(lang, Key::Edited) }{ ")" } }
                <span class="handout__source">{ format!(" ({source})") }</span>
            </li>
        }
    });

    html! {
        <section class="handout" id="handout" aria-labelledby="handout-heading">
            <h1 id="handout-heading">{ t(lang, Key::AppTagline) }</h1>
            <div class="handout__answers">{ for answers }</div>
            <table class="handout__table">
                <caption>{ t(lang, Key::SectionResults) }</caption>
                <thead>{ heads.clone() }</thead>
                <tbody>{ for results }</tbody>
            </table>
            <table class="handout__table">
                <caption>{ t(lang, Key::ChannelsHeading) }</caption>
                <thead>{ heads.clone() }</thead>
                <tbody>{ for channel_rows }</tbody>
            </table>
            <table class="handout__table">
                <caption>{ t(lang, Key::HandoutYears) }</caption>
                <thead>{ heads.clone() }</thead>
                <tbody>{ for year_rows }</tbody>
            </table>
            <table class="handout__table">
                <caption>{ t(lang, Key::HandoutLevers) }</caption>
                <thead>{ heads }</thead>
                <tbody>{ for levers }</tbody>
            </table>
            <h2>{ t(lang, Key::HandoutAssumptions) }</h2>
            <ul class="handout__assumptions">{ for assumptions }</ul>
        </section>
    }
}
