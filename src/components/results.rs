//! The results: the answer in one sentence first (its levels changeable in place), then every result of [`crate::results`] with
//! its likely range and why (the headlines large, the rest listed), where the margin change comes from,
//! a note when word of mouth carries more of it than CX models report, a mark when edited
//! assumptions went into them, a mark on each when today's delivered level is fitted to the
//! client's data, and a polite announcement for screen readers once the figures
//! settle.

use super::assumptions::edited_notice;
use super::text;
use super::why::{Explained, WhyDetails};
use crate::embed::Section;
use crate::format;
use crate::i18n::{t, tf_pieces, Key};
use crate::lang::Lang;
use crate::model::{Analysis, Assumptions, InputId, Scenario};
use crate::results::{announcement, answer_parts, headlines, Reading, ResultSpec, RESULTS};
use crate::services::ranges::Ranges;
use crate::state::Action;
use std::rc::Rc;
use yew::prelude::*;

/// How long the figures must stay unchanged before they are announced: announcing every
/// keystroke would drown a screen reader.
const SETTLE_MS: u32 = 800;

/// Above this share of the plan's effect, word of mouth is more than Forrester's CX models
/// report (under 7 %), and the results say so.
const WORD_OF_MOUTH_NOTE: f64 = 0.07;

#[derive(Properties, PartialEq)]
pub struct ResultsPanelProps {
    pub lang: Lang,
    pub analysis: Rc<Analysis>,
    /// What was analysed: the answer and the explanations quote its inputs and coefficients.
    pub scenario: Scenario,
    pub assumptions: Assumptions,
    /// The likely ranges from the Monte Carlo (stale while a run catches up).
    pub ranges: Ranges,
    /// Receives the levels changed in the answer sentence.
    pub on_action: Callback<Action>,
}

/// A result's likely range (P10–P90), marked stale while a run for the inputs on screen is
/// under way, and only that mark before the first run is done.
fn range(lang: Lang, r: &ResultSpec, reading: &Reading, current: bool) -> Html {
    if r.uncertain.is_none() {
        return Html::default();
    }
    let id = format!("{}-band", r.id);
    let stale = !current || reading.range.is_none();
    let class = if stale {
        "band band--likely band--stale"
    } else {
        "band band--likely"
    };
    html! {
        <span {class} {id}>
            if let Some([low, high]) = r.range_ends(lang, reading) {
                { text::pieces(&tf_pieces(lang, Key::BandLikely, &[&low, &high])) }
                if stale { { " " } }
            }
            if stale { <span class="band__stale">{ t(lang, Key::BandUpdating) }</span> }
        </span>
    }
}

/// A result's value, its range, and the mark that today's delivered level is fitted to the
/// client's data: every result is the plan against today, so every one depends on it.
fn value(
    lang: Lang,
    r: &ResultSpec,
    reading: &Reading,
    class: &'static str,
    (current, fitted): (bool, bool),
) -> Html {
    // A figure stays on one line; words ("does not pay back within the horizon") wrap.
    let class = if reading.value.is_finite() {
        class
    } else {
        "result__words"
    };
    html! {
        <>
            // Outputs are not live regions themselves (see the announcement): aria-live="off".
            <output id={r.id} class={class} aria-labelledby={format!("{}-label", r.id)} aria-live="off">
                { r.shown(lang, reading) }
            </output>
            { range(lang, r, reading, current) }
            if fitted { <span class="fitted" id={format!("{}-fitted", r.id)}>{ t(lang, Key::FittedMark) }</span> }
        </>
    }
}

/// The headline figures in a bar that stays at the bottom of a phone's screen while the inputs
/// above the results are edited (`position: sticky` at the end of the inputs' column, so it sits
/// just above the results once they scroll into view), and nowhere on a wide screen, where the
/// results are beside the inputs. Hidden from screen readers: the results announce themselves.
pub fn answer_bar(lang: Lang, a: &Analysis, ranges: &Ranges) -> Html {
    let figures = headlines(lang, a, ranges.summary.as_deref()).map(|(label, value)| {
        html! {
            <span class="answer-bar__figure">
                <span class="answer-bar__label">{ label }</span>
                <span class="answer-bar__value">{ value }</span>
            </span>
        }
    });
    html! { <div class="answer-bar" id="answer-bar" aria-hidden="true">{ for figures }</div> }
}

#[function_component]
pub fn ResultsPanel(props: &ResultsPanelProps) -> Html {
    let lang = props.lang;
    let a = &props.analysis;
    let o = &a.outcome;
    let fitted = super::fit::fitted(a.fit.as_ref(), props.scenario.get(InputId::Delivered));
    let latest = props.ranges.summary.as_deref();
    let mut summary = announcement(lang, a, latest);
    if fitted {
        summary = format!("{summary} ({})", t(lang, Key::FittedMark));
    }
    let announced = use_state(String::new);
    let settled = announced.setter();
    crate::hooks::use_settled(summary.clone(), SETTLE_MS, move |s| settled.set(s));

    let (scenario, assumptions) = (&props.scenario, &props.assumptions);
    // A host that embeds the calculator may leave the explanations and the details out.
    let sections = super::use_embed_settings().sections;
    // One "How are these calculated?" per section: the headlines, then the rest.
    let why = |section: &'static str, read: &[(&ResultSpec, Reading)]| {
        if !sections.shows(Section::Why) {
            return Html::default();
        }
        let summary = props
            .ranges
            .summary
            .as_ref()
            .filter(|_| props.ranges.current);
        let items: Vec<Explained> = read
            .iter()
            .filter_map(|(r, _)| {
                let spread = r.uncertain.zip(summary).and_then(|(h, s)| s.why(h));
                r.why.map(|figure| Explained {
                    dom: r.id,
                    label: r.label,
                    figure,
                    spread: spread.map(|w| (r.kind, w)),
                })
            })
            .collect();
        html! {
            <WhyDetails {lang} {section} {items} analysis={props.analysis.clone()}
                scenario={scenario.clone()} assumptions={assumptions.clone()} />
        }
    };
    let read: Vec<(&ResultSpec, Reading)> = RESULTS
        .iter()
        .filter_map(|r| {
            r.reading(a, props.ranges.summary.as_deref())
                .map(|reading| (r, reading))
        })
        .collect();
    let (headline, detail): (Vec<_>, Vec<_>) = read.into_iter().partition(|(r, _)| r.headline);
    let headlines = headline.iter().map(|(r, reading)| {
        html! {
            <div class="figure">
                <span class="figure__label" id={format!("{}-label", r.id)}>{ t(lang, r.label) }</span>
                { value(lang, r, reading, "figure__value", (props.ranges.current, fitted)) }
            </div>
        }
    });
    let rows = detail.iter().map(|(r, reading)| {
        html! {
            <div class="detail">
                <dt id={format!("{}-label", r.id)}>{ t(lang, r.label) }</dt>
                <dd>{ value(lang, r, reading, "num", (props.ranges.current, fitted)) }</dd>
            </div>
        }
    });
    let c = &o.channels;
    let channels = [
        ("channel-spend", Key::ChannelSpend, c.spend),
        ("channel-retention", Key::ChannelRetention, c.retention),
        ("channel-wom", Key::ChannelWordOfMouth, c.word_of_mouth),
        ("channel-promise", Key::ChannelPromise, c.promise),
    ];
    let edited = assumptions.edited().next().is_some();
    let wom = o.word_of_mouth_share;
    html! {
        <section class={if edited { "panel results results--edited" } else { "panel results" }} aria-labelledby="results-heading">
            <h2 id="results-heading">{ t(lang, Key::SectionResults) }</h2>
            <super::answer::Answer {lang} parts={answer_parts(lang, scenario, a, latest)}
                scenario={scenario.clone()} on_action={props.on_action.clone()} />
            if wom > WORD_OF_MOUTH_NOTE {
                <p class="note" id="word-of-mouth-note" role="note">
                    { text::pieces(&tf_pieces(lang, Key::WordOfMouthNote, &[&format::percent(lang, wom, 0)])) }
                </p>
            }
            { edited_notice(lang, assumptions, "edited-notice") }
            <div class="figures">{ for headlines }</div>
            if let Some(summary) = props.ranges.summary.as_ref().filter(|s| s.draws > 0) {
                <p class={if props.ranges.current { "pays-back" } else { "pays-back band--stale" }} id="pays-back">
                    { text::pieces(&tf_pieces(lang, Key::PaysBackShare, &[&format::percent(lang, summary.pays_back, 0)])) }
                </p>
            }
            { why("headlines", &headline) }
            if sections.shows(Section::Details) {
                <dl class="details">{ for rows }</dl>
                { why("details", &detail) }
            }
            if o.investment.is_none() && sections.shows(Section::Investment) {
                <p class="investment-hint" id="investment-hint">{ t(lang, Key::NoCostHint) }</p>
            }
            if sections.shows(Section::Details) {
                <h3 id="channels-heading">{ t(lang, Key::ChannelsHeading) }</h3>
                <dl class="details channels" aria-labelledby="channels-heading">
                    { for channels.iter().map(|&(id, label, v)| html! {
                        <div class="detail">
                            <dt>{ t(lang, label) }</dt>
                            <dd><span class="num" {id}>{ format::euros_rounded(lang, v, true) }</span></dd>
                        </div>
                    }) }
                </dl>
                <p class="best-promise" id="best-promise">
                    { text::pieces(&tf_pieces(lang, Key::BestPromise, &[&format::number(lang, a.best_promise, 1)])) }
                </p>
            }
            <p id="announce" class="visually-hidden" aria-live="polite" aria-atomic="true">{ (*announced).clone() }</p>
        </section>
    }
}
