//! The timeline: the gross margin of each year and the customers at each year's end, for every
//! scenario's plan and for today's course, as an SVG chart drawn at its real width with each line
//! named at its end, and the same figures as a table for screen readers and anyone who wants the
//! numbers. The geometry comes from [`crate::chart`]; the figures from each scenario's analysis,
//! made in the app root.

use crate::chart::{step_line, Axis, Layout, Line, Series, DEFAULT_WIDTH, LABEL_LINE};
use crate::format;
use crate::i18n::{t, tf, Key};
use crate::lang::Lang;
use crate::model::{Analysis, MODEL_VERSION};
use crate::services::size::use_width;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    pub lang: Lang,
    /// The scenarios' names as shown, in order; shown as text.
    pub names: Rc<Vec<String>>,
    /// The scenario the inputs change: its line is drawn a little heavier.
    pub active: usize,
    /// One analysis per scenario, in the same order.
    pub analyses: Rc<Vec<Rc<Analysis>>>,
}

/// A line's CSS classes: colours and dashes come from the stylesheet's custom properties, so dark
/// mode and the embed theme apply, and the dashes tell the lines apart without colour.
fn classes(base: &'static str, line: Option<usize>, active: bool) -> String {
    match line {
        Some(i) => format!(
            "{base} {base}--plan {base}--s{i}{}",
            if active { " series--active" } else { "" }
        ),
        None => format!("{base} {base}--today"),
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

/// One panel's lines (in a group of `class`), today's course under the plans, each named at its
/// end. `value` picks the panel's figures from a line; `kinds` is each line's scenario (`None` for today's course).
fn panel(
    class: &'static str,
    layout: &Layout,
    axis: &Axis,
    series: &Series,
    kinds: &[(Option<usize>, bool)],
    value: fn(&Line) -> &Vec<f64>,
) -> Html {
    let lines: Vec<&Line> = series.lines().collect();
    let ends: Vec<f64> = lines
        .iter()
        .map(|l| value(l).last().copied().unwrap_or(f64::NAN))
        .collect();
    let centres = layout.label_centres(axis, &ends);
    // Today's course first, so the plans are drawn over it.
    let order = (0..lines.len()).rev();
    html! {
        <g class={class}>
            { for order.clone().map(|i| {
                let (line, active) = kinds[i];
                html! { <path class={classes("series", line, active)} d={step_line(&layout.slots, &axis.scale, value(lines[i]))} /> }
            }) }
            { for order.map(|i| {
                let text = &layout.labels[i];
                // The label's lines centred on its place.
                let first = centres[i] - (text.len() - 1) as f64 * LABEL_LINE / 2.0;
                html! {
                    <text class={classes("chart__label", kinds[i].0, false)} x={at(layout.label_x)} y={at(first)}>
                        { for text.iter().enumerate().map(|(k, part)| html! {
                            <tspan x={at(layout.label_x)} y={at(first + k as f64 * LABEL_LINE)}>{ part.clone() }</tspan>
                        }) }
                    </text>
                }
            }) }
        </g>
    }
}

#[function_component]
pub fn Timeline(props: &TimelineProps) -> Html {
    let lang = props.lang;
    let table = super::use_disclosure();
    let canvas = use_node_ref();
    let width = use_width(&canvas);
    let series = Series::of(props.analyses.iter().map(|a| &a.outcome));
    let many = series.plans.len() > 1;
    let name = |i: usize| props.names.get(i).map_or("", String::as_str);
    // Each line's name: with one scenario, "the plan"; with several, each scenario's own.
    let mut names: Vec<String> = (0..series.plans.len())
        .map(|i| {
            if many {
                name(i).to_owned()
            } else {
                t(lang, Key::TimelinePlan).to_owned()
            }
        })
        .collect();
    let mut kinds: Vec<(Option<usize>, bool)> = (0..series.plans.len())
        .map(|i| (Some(i), many && i == props.active))
        .collect();
    for &(i, _) in &series.today {
        names.push(if series.today.len() > 1 {
            tf(lang, Key::TimelineTodayOf, &[name(i)])
        } else {
            t(lang, Key::TimelineToday).to_owned()
        });
        kinds.push((None, false));
    }
    let shown: Vec<&str> = names.iter().map(String::as_str).collect();
    let layout = Layout::new(width.unwrap_or(DEFAULT_WIDTH), &series, &shown);
    let x0 = layout.plot_x().0;

    let caption = if many {
        t(lang, Key::TimelineCaptionAll).to_owned()
    } else {
        tf(lang, Key::TimelineCaption, &[name(0)])
    };
    let euros = |v: f64| format::euros_rounded(lang, v, false);
    let people = |v: f64| format::integer(lang, format::significant(v, 3));
    let period = |i: usize| tf(lang, Key::PeriodLabel, &[&(i + 1).to_string()]);
    // Each line at its last period, in words, for the chart's description.
    let summary: Vec<String> = series
        .lines()
        .zip(&names)
        .filter(|(l, _)| !l.margin.is_empty())
        .map(|(l, n)| {
            let last = l.margin.len() - 1;
            tf(
                lang,
                Key::TimelineSummary,
                &[
                    n,
                    &period(last),
                    &euros(l.margin[last]),
                    &people(l.customers[last]),
                ],
            )
        })
        .collect();
    let viewbox = format!(
        "0 0 {} {}",
        format::plain(layout.width),
        format::plain(layout.height)
    );
    let lines = names.len();
    // A figure of one line in one period, or a dash past its horizon.
    let cell = |v: Option<&f64>, show: &dyn Fn(f64) -> String| {
        html! { <td class="num">{ v.map_or_else(|| format::NOT_A_NUMBER.to_owned(), |&v| show(v)) }</td> }
    };

    html! {
        <section class="panel timeline" aria-labelledby="timeline-heading">
            <h2 id="timeline-heading">{ t(lang, Key::SectionTimeline) }</h2>
            <p class="insight__intro">{ t(lang, Key::TimelineIntro) }</p>
            <figure class="timeline__figure">
                <figcaption id="timeline-caption" class="timeline__caption">{ caption.clone() }</figcaption>
                <div class="timeline__canvas" ref={canvas}>
                    <svg id="timeline-chart" class="chart" viewBox={viewbox} role="img"
                        aria-labelledby="timeline-caption" aria-describedby="timeline-summary">
                        // Panel titles start at the chart's left edge, not the plot's: on a phone
                        // the Finnish titles need the axis labels' width too.
                        { label("chart__title", 0.0, layout.margin_title_y, "start", t(lang, Key::TimelineMarginAxis).to_owned()) }
                        { ticks("chart__axis chart__axis--margin", &layout, &layout.margin, euros) }
                        { panel("chart__panel chart__panel--margin", &layout, &layout.margin, &series, &kinds, |l| &l.margin) }

                        { label("chart__title", 0.0, layout.customers_title_y, "start", t(lang, Key::TimelineCustomersAxis).to_owned()) }
                        { ticks("chart__axis chart__axis--customers", &layout, &layout.customers, people) }
                        { panel("chart__panel chart__panel--customers", &layout, &layout.customers, &series, &kinds, |l| &l.customers) }

                        { for layout.labelled.iter().map(|&i| {
                            label("chart__period", layout.slots.centre(i), layout.label_y, "middle", format::integer(lang, (i + 1) as f64))
                        }) }
                        { label("chart__title", x0 - 6.0, layout.label_y, "end", t(lang, Key::TimelineYear).to_owned()) }
                    </svg>
                </div>
                <p id="timeline-summary" class="visually-hidden">{ summary.join(" ") }</p>
                <p class="timeline__source">{ tf(lang, Key::TimelineSource, &[MODEL_VERSION]) }</p>
            </figure>
            <details class="timeline__data" ref={table.node} ontoggle={table.ontoggle}>
                <summary>{ t(lang, Key::TimelineShowTable) }</summary>
                if table.shown {
                    <div class="table-scroll" tabindex="0" role="region" aria-labelledby="timeline-table-caption">
                        <table id="timeline-table" class="data-table">
                            // Shown above the chart already; kept for screen readers, which meet the table alone.
                            <caption id="timeline-table-caption" class="visually-hidden">{ caption }</caption>
                            <colgroup span="1" />
                            <colgroup span={lines.to_string()} />
                            <colgroup span={lines.to_string()} />
                            <thead>
                                <tr>
                                    <td></td>
                                    <th scope="colgroup" colspan={lines.to_string()}>{ t(lang, Key::TimelineMarginAxis) }</th>
                                    <th scope="colgroup" colspan={lines.to_string()}>{ t(lang, Key::TimelineCustomersAxis) }</th>
                                </tr>
                                <tr>
                                    <th scope="col">{ t(lang, Key::TimelineYear) }</th>
                                    { for names.iter().chain(&names).map(|n| html! { <th scope="col">{ n.clone() }</th> }) }
                                </tr>
                            </thead>
                            <tbody>
                                { for (0..series.len()).map(|i| html! {
                                    <tr>
                                        <th scope="row">{ period(i) }</th>
                                        { for series.lines().map(|l| cell(l.margin.get(i), &euros)) }
                                        { for series.lines().map(|l| cell(l.customers.get(i), &people)) }
                                    </tr>
                                }) }
                            </tbody>
                        </table>
                    </div>
                }
            </details>
        </section>
    }
}
