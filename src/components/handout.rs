//! The handout: what printing puts on paper for a board, at most two A4 pages for up to four
//! scenarios. The answer for each scenario, every result side by side with its difference to the
//! first, where the margin comes from (channels as bars), margin and customers year by year, the
//! levers each scenario sets, and the assumptions with their sources; under the title, who
//! prepared it; the footer adds the model version and the date. Built only while printing, so the screen never pays for it, and on
//! paper it is all there is: no controls.

use super::text;
use crate::format;
use crate::i18n::{coefficient_name, lever_name, origin_label, t, tf, Key};
use crate::lang::Lang;
use crate::model::Summary;
use crate::model::{Analysis, Assumptions, CoefficientId, InputId, Lever, Unit};
use crate::results::{answer, RESULTS};
use crate::services::ranges::Ranges;
use crate::state::NamedScenario;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HandoutProps {
    pub lang: Lang,
    pub scenarios: Vec<NamedScenario>,
    pub analyses: Rc<Vec<Rc<Analysis>>>,
    /// Each scenario's likely ranges, in the same order.
    pub ranges: Rc<Vec<Ranges>>,
    pub assumptions: Assumptions,
    /// Who prepared it: the embed's `by`, else this browser's setting; checked already.
    pub prepared_by: Option<AttrValue>,
}

/// One cell of a handout table: its figure, a smaller line under it, and a bar (its share of the
/// table's largest figure, and whether it is a loss).
#[derive(Default)]
struct Cell {
    figure: String,
    under: Option<String>,
    bar: Option<(f64, bool)>,
}

/// A table with one column per scenario; rows are a heading and a cell per scenario. Data first
/// and one piece of markup for every table: each `html!` costs the wasm.
fn table(caption: &str, names: &[&str], rows: Vec<(String, Vec<Cell>)>) -> Html {
    let cell = |c: Cell| {
        // An SVG bar: its size is an attribute, which the content security policy allows
        // where it refuses a style attribute.
        let bar = c.bar.map(|(share, loss)| {
            let width = share * 100.0;
            html! {
                <svg class={if loss { "handout__bar handout__bar--loss" } else { "handout__bar" }}
                    viewBox="0 0 100 4" preserveAspectRatio="none" aria-hidden="true">
                    <rect x={format::plain(100.0 - width)} width={format::plain(width)} height="4" />
                </svg>
            }
        });
        html! {
            <td>
                { bar.unwrap_or_default() }
                { c.figure }
                if let Some(under) = c.under { <span class="handout__difference">{ under }</span> }
            </td>
        }
    };
    html! {
        <table class="handout__table">
            <caption>{ caption }</caption>
            <thead><tr><td></td>{ for names.iter().map(|n| html! { <th scope="col">{ *n }</th> }) }</tr></thead>
            <tbody>
                { for rows.into_iter().map(|(head, cells)| html! {
                    <tr><th scope="row">{ head }</th>{ for cells.into_iter().map(cell) }</tr>
                }) }
            </tbody>
        </table>
    }
}

#[function_component]
pub fn Handout(props: &HandoutProps) -> Html {
    let printing = use_context::<super::Printing>().is_some_and(|p| p.0);
    let lang = props.lang;
    // Each scenario with its analysis and its likely ranges (the last run's, if any).
    let summary = |i: usize| props.ranges.get(i).and_then(|r| r.summary.as_deref());
    let scenarios: Vec<(&NamedScenario, &Rc<Analysis>, Option<&Summary>)> = props
        .scenarios
        .iter()
        .zip(props.analyses.iter())
        .enumerate()
        .map(|(i, (s, a))| (s, a, summary(i)))
        .collect();
    if !printing || scenarios.is_empty() {
        return Html::default();
    }
    let names: Vec<&str> = scenarios.iter().map(|(s, ..)| s.name.as_str()).collect();
    let per_scenario = |f: &dyn Fn(&NamedScenario, &Analysis, Option<&Summary>) -> Cell| {
        scenarios
            .iter()
            .map(|(s, a, m)| f(s, a, *m))
            .collect::<Vec<Cell>>()
    };

    let answers = scenarios.iter().map(|(s, a, m)| {
        html! { <p><strong>{ s.name.clone() }{ ": " }</strong>{ text::pieces(&answer(lang, &s.scenario, a, *m)) }</p> }
    });

    let first = scenarios[0].1;
    let results = RESULTS
        .iter()
        .filter_map(|r| {
            let base = r.reading(first, None)?.value;
            let cells = per_scenario(&|s, a, m| match r.reading(a, m) {
                Some(reading) => Cell {
                    figure: r.shown(lang, &reading),
                    // The likely range, then the difference to the first scenario (two scenarios
                    // can share one analysis: the first is told by its place).
                    under: {
                        let range = r
                            .range_ends(lang, &reading)
                            .map(|[low, high]| tf(lang, Key::BandRange, &[&low, &high]));
                        let difference = (!std::ptr::eq(s, scenarios[0].0))
                            .then(|| r.kind.difference(lang, reading.value - base));
                        let lines: Vec<String> = range.into_iter().chain(difference).collect();
                        (!lines.is_empty()).then(|| lines.join(" · "))
                    },
                    bar: None,
                },
                None => Cell {
                    figure: format::NOT_A_NUMBER.to_owned(),
                    ..Cell::default()
                },
            });
            Some((t(lang, r.label).to_owned(), cells))
        })
        .collect();

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
        .flat_map(|(_, a, _)| channels(a).map(|(_, v)| v.abs()))
        .fold(0.0, f64::max);
    let channel_rows = (0..4)
        .map(|i| {
            let cells = per_scenario(&|_, a, _| {
                let v = channels(a)[i].1;
                Cell {
                    figure: format::euros_rounded(lang, v, true),
                    under: None,
                    bar: Some((
                        if largest > 0.0 {
                            v.abs() / largest
                        } else {
                            0.0
                        },
                        v < 0.0,
                    )),
                }
            });
            (t(lang, channels(first)[i].0).to_owned(), cells)
        })
        .collect();

    // Year by year: the margin the plan adds and the customers at the year's end.
    let year_rows = (0..scenarios[0].0.scenario.horizon())
        .map(|y| {
            let cells = per_scenario(&|_, a, _| match a.outcome.plan.periods.get(y) {
                Some(p) => Cell {
                    figure: format::euros_rounded(lang, p.margin - p.baseline_margin, true),
                    under: Some(format::quantity(lang, Unit::Customers, p.customers_end, 0)),
                    bar: None,
                },
                None => Cell::default(),
            });
            (tf(lang, Key::HandoutYear, &[&(y + 1).to_string()]), cells)
        })
        .collect();

    let lever_rows = Lever::ALL
        .iter()
        .map(|&lever| {
            let cells = per_scenario(&|s, _, _| {
                let shown = |id: InputId| format::number_trimmed(lang, s.scenario.get(id), 2);
                Cell {
                    figure: format!("{}\u{a0}→ {}", shown(lever.today()), shown(lever.plan())),
                    ..Cell::default()
                }
            });
            (lever_name(lang, lever).to_owned(), cells)
        })
        .collect();

    let assumptions = CoefficientId::ALL.iter().map(|&id| {
        let spec = id.spec();
        let value = props.assumptions.get(id);
        let source = if spec.source.is_empty() {
            origin_label(lang, &spec.origin)
        } else {
            spec.source
        };
        let edited = if value == spec.default {
            String::new()
        } else {
            format!(" ({})", t(lang, Key::Edited))
        };
        html! {
            <li>
                { coefficient_name(lang, id) }{ ": " }<strong>{ format::quantity(lang, spec.unit, value, 3) }</strong>
                { edited }<span class="handout__source">{ format!(" ({source})") }</span>
            </li>
        }
    });

    html! {
        <section class="handout" id="handout" aria-labelledby="handout-heading">
            <h1 id="handout-heading">{ t(lang, Key::AppTagline) }</h1>
            if let Some(by) = &props.prepared_by {
                <p class="handout__by" id="handout-by">{ tf(lang, Key::HandoutPreparedBy, &[by]) }</p>
            }
            <div class="handout__answers">{ for answers }</div>
            { table(t(lang, Key::SectionResults), &names, results) }
            { table(t(lang, Key::ChannelsHeading), &names, channel_rows) }
            { table(t(lang, Key::HandoutYears), &names, year_rows) }
            { table(t(lang, Key::HandoutLevers), &names, lever_rows) }
            <h2>{ t(lang, Key::HandoutAssumptions) }</h2>
            <ul class="handout__assumptions">{ for assumptions }</ul>
        </section>
    }
}
