//! The timeline: the gross margin of each year with the plan against today's
//! course, and the customers at each year's end, as an SVG chart drawn at its real width, with
//! the same figures as a table for screen readers and anyone who wants the numbers. The
//! geometry comes from [`crate::chart`].

use crate::chart::{step_line, Axis, Layout, Series, DEFAULT_WIDTH};
use crate::format;
use crate::i18n::{t, tf, Key};
use crate::lang::Lang;
use crate::model::Analysis;
use crate::services::size::use_width;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    pub lang: Lang,
    /// The scenario's name, shown as text.
    pub name: AttrValue,
    pub analysis: Rc<Analysis>,
}

/// The series drawn, with their CSS class (colours come from the stylesheet's custom
/// properties, so dark mode and the embed theme apply).
const PLAN: &str = "series series--plan";
const TODAY: &str = "series series--today";

fn legend_item(class: &'static str, label: &str) -> Html {
    html! {
        <li>
            <svg class="legend__key" viewBox="0 0 24 12" aria-hidden="true" focusable="false">
                <path class={class} d="M0,6H24" />
            </svg>
            { label.to_owned() }
        </li>
    }
}

/// A coordinate: a tenth of a pixel is finer than any screen shows. Through `format::plain`,
/// not `format!("{:.1}")`, which would pull core's fixed-precision float printer into the wasm.
fn coord(v: f64) -> String {
    format::plain((v * 10.0).round() / 10.0)
}

fn at(v: f64) -> AttrValue {
    coord(v).into()
}

/// A label in the chart; `anchor` is `start`, `middle` or `end`.
fn label(class: &'static str, x: f64, y: f64, anchor: &'static str, text: String) -> Html {
    html! {
        <text class={class} x={at(x)} y={at(y)} text-anchor={anchor}>{ text }</text>
    }
}

fn path(class: &'static str, d: String) -> Html {
    html! { <path class={class} {d} /> }
}

/// Grid lines and labels of a value axis across the plot.
fn ticks(class: &'static str, layout: &Layout, axis: &Axis, text: impl Fn(f64) -> String) -> Html {
    let (x0, x1) = layout.plot_x();
    html! {
        <g class={class}>
            { for axis.ticks.iter().map(|&v| {
                let y = axis.scale.at(v);
                html! {
                    <g class="chart__tick">
                        <line class="chart__grid" x1={at(x0)} x2={at(x1)} y1={at(y)} y2={at(y)} />
                        { label("chart__value", x0 - 6.0, y, "end", text(v)) }
                    </g>
                }
            }) }
        </g>
    }
}

/// A table row: the period, then its figures.
fn row(header: String, cells: [String; 4]) -> Html {
    html! {
        <tr>
            <th scope="row">{ header }</th>
            { for cells.into_iter().map(|c| html! { <td class="num">{ c }</td> }) }
        </tr>
    }
}

#[function_component]
pub fn Timeline(props: &TimelineProps) -> Html {
    let lang = props.lang;
    let table = super::use_disclosure();
    let canvas = use_node_ref();
    let width = use_width(&canvas);
    let series = Series::of(&props.analysis.outcome);
    let layout = Layout::new(width.unwrap_or(DEFAULT_WIDTH), &series);
    let x0 = layout.plot_x().0;
    let (margin, customers) = (&layout.margin.scale, &layout.customers.scale);
    let slots = &layout.slots;

    let caption = tf(lang, Key::TimelineCaption, &[&props.name]);
    let euros = |v: f64| format::euros_rounded(lang, v, false);
    let people = |v: f64| format::integer(lang, format::significant(v, 3));
    let period = |i: usize| tf(lang, Key::PeriodLabel, &[&(i + 1).to_string()]);
    let describe = |i: usize| {
        tf(
            lang,
            Key::TimelineSummary,
            &[
                &period(i),
                &euros(series.margin[i]),
                &euros(series.baseline_margin[i]),
                &people(series.customers[i]),
                &people(series.baseline_customers[i]),
            ],
        )
    };
    // The first and the last period in words, for the chart's description.
    let summary = match series.len() {
        0 => String::new(),
        1 => describe(0),
        n => format!("{} {}", describe(0), describe(n - 1)),
    };
    let viewbox = format!(
        "0 0 {} {}",
        format::plain(layout.width),
        format::plain(layout.height)
    );
    let columns = [
        Key::TimelineYear,
        Key::CsvMargin,
        Key::CsvBaselineMargin,
        Key::TimelineCustomersAxis,
        Key::TimelineCustomersToday,
    ];

    html! {
        <section class="panel timeline" aria-labelledby="timeline-heading">
            <h2 id="timeline-heading">{ t(lang, Key::SectionTimeline) }</h2>
            <p class="insight__intro">{ t(lang, Key::TimelineIntro) }</p>
            <figure class="timeline__figure">
                <figcaption id="timeline-caption" class="timeline__caption">{ caption.clone() }</figcaption>
                <ul class="legend">
                    { legend_item(PLAN, t(lang, Key::TimelinePlan)) }
                    { legend_item(TODAY, t(lang, Key::TimelineToday)) }
                </ul>
                <div class="timeline__canvas" ref={canvas}>
                    <svg id="timeline-chart" class="chart" viewBox={viewbox} role="img"
                        aria-labelledby="timeline-caption" aria-describedby="timeline-summary">
                        // Panel titles start at the chart's left edge, not the plot's: on a phone
                        // the Finnish titles need the axis labels' width too.
                        { label("chart__title", 0.0, layout.margin_title_y, "start", t(lang, Key::TimelineMarginAxis).to_owned()) }
                        { ticks("chart__axis chart__axis--margin", &layout, &layout.margin, euros) }
                        { path(TODAY, step_line(slots, margin, &series.baseline_margin)) }
                        { path(PLAN, step_line(slots, margin, &series.margin)) }

                        { label("chart__title", 0.0, layout.customers_title_y, "start", t(lang, Key::TimelineCustomersAxis).to_owned()) }
                        { ticks("chart__axis chart__axis--customers", &layout, &layout.customers, people) }
                        { path(TODAY, step_line(slots, customers, &series.baseline_customers)) }
                        { path(PLAN, step_line(slots, customers, &series.customers)) }

                        { for layout.labelled.iter().map(|&i| {
                            label("chart__period", slots.centre(i), layout.label_y, "middle", format::integer(lang, (i + 1) as f64))
                        }) }
                        { label("chart__title", x0 - 6.0, layout.label_y, "end", t(lang, Key::TimelineYear).to_owned()) }
                    </svg>
                </div>
                <p id="timeline-summary" class="visually-hidden">{ summary }</p>
            </figure>
            <details class="timeline__data" ref={table.node} ontoggle={table.ontoggle}>
                <summary>{ t(lang, Key::TimelineShowTable) }</summary>
                if table.shown {
                    <div class="table-scroll" tabindex="0" role="region" aria-labelledby="timeline-table-caption">
                        <table id="timeline-table" class="data-table">
                            // Shown above the chart already; kept for screen readers, which meet the table alone.
                            <caption id="timeline-table-caption" class="visually-hidden">{ caption }</caption>
                            <thead>
                                <tr>{ for columns.iter().map(|&k| html! { <th scope="col">{ t(lang, k) }</th> }) }</tr>
                            </thead>
                            <tbody>
                                { for (0..series.len()).map(|i| {
                                    row(period(i), [
                                        euros(series.margin[i]),
                                        euros(series.baseline_margin[i]),
                                        people(series.customers[i]),
                                        people(series.baseline_customers[i]),
                                    ])
                                }) }
                            </tbody>
                        </table>
                    </div>
                }
            </details>
        </section>
    }
}
