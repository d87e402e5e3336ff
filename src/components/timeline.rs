//! The expectation timeline: expectation (with the delight that has become expected), the
//! experienced service and the recommendation rate with its band, year by year, as an SVG chart
//! drawn at its real width, with the same figures as a table for screen readers and anyone who
//! wants the numbers. The geometry comes from [`crate::chart`].

use crate::chart::{step_band, step_line, Axis, Layout, Series, DEFAULT_WIDTH};
use crate::format;
use crate::i18n::{self, t, tf, Key, Lang};
use crate::model::{Analysis, Band, InputId};
use crate::services::size::use_width;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    pub lang: Lang,
    /// The scenario's name, shown as text.
    pub name: AttrValue,
    pub analysis: Rc<Analysis>,
    /// Today's recommendation rate (0–1): what it stays at if nothing changes.
    pub today: f64,
}

/// The series drawn, with their CSS class (colours come from the stylesheet's custom
/// properties, so dark mode and the embed theme apply).
const EXPECTATION: &str = "series series--expectation";
const EXPECTED_DELIGHT: &str = "series series--expected-delight";
const EXPERIENCED: &str = "series series--experienced";
const RECOMMEND: &str = "series series--recommend";
const RANGE: &str = "series series--range";
const TODAY: &str = "series series--today";

fn legend_item(class: &'static str, area: bool, label: &str) -> Html {
    html! {
        <li>
            <svg class="legend__key" viewBox="0 0 24 12" aria-hidden="true" focusable="false">
                if area {
                    <rect class={class} x="0" y="1" width="24" height="10" />
                } else {
                    <path class={class} d="M0,6H24" />
                }
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
fn row(header: String, cells: [String; 6]) -> Html {
    html! {
        <tr>
            <th scope="row">{ header }</th>
            { for cells.into_iter().map(|c| html! { <td>{ c }</td> }) }
        </tr>
    }
}

/// The table's columns after the year.
const COLUMNS: [Key; 7] = [
    Key::TimelineYear,
    Key::ExpectationLabel,
    Key::TimelineExpectedDelight,
    Key::ExperiencedLabel,
    Key::ResultRecommend,
    Key::TableLow,
    Key::TableHigh,
];

#[function_component]
pub fn Timeline(props: &TimelineProps) -> Html {
    let lang = props.lang;
    let table = super::use_disclosure();
    let canvas = use_node_ref();
    let width = use_width(&canvas);
    let series = Series::of(&props.analysis.outcome);
    let layout = Layout::new(width.unwrap_or(DEFAULT_WIDTH), &series, props.today);
    let (x0, x1) = layout.plot_x();
    let (level, percent) = (&layout.level.scale, &layout.percent.scale);
    let slots = &layout.slots;
    let recommend = |f: fn(&Band) -> f64| series.recommend.iter().map(f).collect::<Vec<f64>>();

    let caption = tf(lang, Key::TimelineCaption, &[&props.name]);
    let level_text = |v: f64| format::number(lang, v, 2);
    let pct_text = |v: f64| format::percent(lang, v, 1);
    let period = |i: usize| tf(lang, Key::PeriodLabel, &[&(i + 1).to_string()]);
    let describe = |i: usize| {
        tf(
            lang,
            Key::TimelineSummary,
            &[
                &period(i),
                &level_text(series.expectation[i]),
                &level_text(series.experienced[i]),
                &pct_text(series.recommend[i].central),
            ],
        )
    };
    // The first and the last period in words, for the chart's description.
    let summary = match series.len() {
        0 => String::new(),
        1 => describe(0),
        n => format!("{} {}", describe(0), describe(n - 1)),
    };
    let today_y = percent.at(props.today);
    let viewbox = format!(
        "0 0 {} {}",
        format::plain(layout.width),
        format::plain(layout.height)
    );

    html! {
        <section class="panel timeline" aria-labelledby="timeline-heading">
            <h2 id="timeline-heading">{ t(lang, Key::SectionTimeline) }</h2>
            <p class="insight__intro">{ t(lang, Key::TimelineIntro) }</p>
            <figure class="timeline__figure">
                <figcaption id="timeline-caption" class="timeline__caption">{ caption.clone() }</figcaption>
                <ul class="legend">
                    { legend_item(EXPECTATION, false, t(lang, Key::ExpectationLabel)) }
                    { legend_item(EXPECTED_DELIGHT, true, t(lang, Key::TimelineExpectedDelight)) }
                    { legend_item(EXPERIENCED, false, t(lang, Key::ExperiencedLabel)) }
                    { legend_item(RECOMMEND, false, t(lang, Key::ResultRecommend)) }
                    { legend_item(RANGE, true, t(lang, Key::TimelineRange)) }
                    { legend_item(TODAY, false, i18n::input_label(lang, InputId::BaselineRecommend)) }
                </ul>
                <div class="timeline__canvas" ref={canvas}>
                    <svg id="timeline-chart" class="chart" viewBox={viewbox} role="img"
                        aria-labelledby="timeline-caption" aria-describedby="timeline-summary">
                        { label("chart__title", x0, layout.level_title_y, "start", t(lang, Key::TimelineLevelAxis).to_owned()) }
                        { ticks("chart__axis chart__axis--level", &layout, &layout.level, |v| format::number_trimmed(lang, v, 1)) }
                        { path(EXPECTED_DELIGHT, step_band(slots, level, &series.promise, &series.expectation)) }
                        { path(EXPERIENCED, step_line(slots, level, &series.experienced)) }
                        { path(EXPECTATION, step_line(slots, level, &series.expectation)) }

                        { label("chart__title", x0, layout.percent_title_y, "start", t(lang, Key::ResultRecommend).to_owned()) }
                        { ticks("chart__axis chart__axis--percent", &layout, &layout.percent, |v| format::percent(lang, v, 0)) }
                        { path(RANGE, step_band(slots, percent, &recommend(|b| b.low), &recommend(|b| b.high))) }
                        { path(TODAY, format!("M{},{}H{}", coord(x0), coord(today_y), coord(x1))) }
                        { path(RECOMMEND, step_line(slots, percent, &recommend(|b| b.central))) }

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
                                <tr>{ for COLUMNS.iter().map(|&k| html! { <th scope="col">{ t(lang, k) }</th> }) }</tr>
                            </thead>
                            <tbody>
                                { for (0..series.len()).map(|i| {
                                    let b = series.recommend[i];
                                    row(period(i), [
                                        level_text(series.expectation[i]),
                                        level_text(series.expected_delight[i]),
                                        level_text(series.experienced[i]),
                                        pct_text(b.central),
                                        pct_text(b.low),
                                        pct_text(b.high),
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
