//! The results: the headline figures with their bands and why, the details behind them, the
//! return on a programme cost, a mark when edited assumptions went into them, and a polite
//! announcement for screen readers once the figures settle.

use super::assumptions::edited_notice;
use super::headlines::{Fmt, HEADLINES};
use super::investment::investment;
use super::text;
use crate::embed::Section;
use crate::format;
use crate::i18n::{t, tf, Key, Lang};
use crate::model::{Analysis, Assumptions, Band, Scenario};
use crate::services::embed;
use crate::why::Figure;
use gloo::timers::callback::Timeout;
use std::rc::Rc;
use yew::prelude::*;

/// How long the figures must stay unchanged before they are announced: announcing every
/// keystroke would drown a screen reader.
const SETTLE_MS: u32 = 800;

#[derive(Properties, PartialEq)]
pub struct ResultsPanelProps {
    pub lang: Lang,
    pub analysis: Rc<Analysis>,
    /// What was analysed: the explanations quote its inputs and coefficients.
    pub scenario: Scenario,
    pub assumptions: Assumptions,
}

/// Shares of customers (promoters, passives, detractors).
fn percent(lang: Lang, v: f64) -> String {
    format::percent(lang, v, 0)
}

/// One headline figure: its value, its band when the band is wider than the rounding, and why.
fn headline(lang: Lang, id: &'static str, label: Key, band: Band, fmt: Fmt, why: Html) -> Html {
    html! {
        <div class="figure">
            <span class="figure__label" id={format!("{id}-label")}>{ t(lang, label) }</span>
            // Outputs are not live regions themselves (see `announce`): aria-live="off".
            <output id={id} class="figure__value" aria-labelledby={format!("{id}-label")} aria-live="off">{ fmt(lang, band.central) }</output>
            { text::band(lang, format!("{id}-band"), fmt(lang, band.low), fmt(lang, band.high)) }
            { why }
        </div>
    }
}

/// One detail row: its value, its band if it has one, and why if there is an explanation.
fn row(lang: Lang, id: &'static str, label: Key, band: Band, fmt: Fmt, why: Option<Html>) -> Html {
    html! {
        <div class="detail">
            <dt id={format!("{id}-label")}>{ t(lang, label) }</dt>
            <dd>
                <span class="num" {id}>{ fmt(lang, band.central) }</span>
                { text::band(lang, format!("{id}-band"), fmt(lang, band.low), fmt(lang, band.high)) }
            </dd>
            if let Some(why) = why {
                <dd class="detail__why">{ why }</dd>
            }
        </div>
    }
}

#[function_component]
pub fn ResultsPanel(props: &ResultsPanelProps) -> Html {
    let lang = props.lang;
    let a = &props.analysis;
    let o = &a.outcome;
    // The four headlines, as they are shown.
    let said: Vec<String> = HEADLINES[..4]
        .iter()
        .map(|h| (h.value)(lang, (h.band)(o).central))
        .collect();
    let summary = tf(
        lang,
        Key::Announcement,
        &said.iter().map(String::as_str).collect::<Vec<_>>(),
    );
    let announced = use_state(String::new);
    let timer = use_mut_ref(|| None::<Timeout>);
    {
        let (announced, timer) = (announced.clone(), timer.clone());
        use_effect_with(summary.clone(), move |summary| {
            let summary = summary.clone();
            // Replacing the timer drops (cancels) the previous one.
            *timer.borrow_mut() = Some(Timeout::new(SETTLE_MS, move || announced.set(summary)));
        });
    }

    let c = &o.channels;
    let (scenario, assumptions) = (&props.scenario, &props.assumptions);
    // A host that embeds the calculator may leave the explanations out.
    let show_why = embed::config().sections.shows(Section::Why);
    let why = |figure: Figure, dom: &'static str| {
        if !show_why {
            return Html::default();
        }
        html! {
            <super::why::WhyDetails {lang} {dom} {figure} analysis={props.analysis.clone()}
                scenario={scenario.clone()} assumptions={assumptions.clone()} />
        }
    };
    // The channels come from the central run only: they have no band of their own.
    let channel = |v: f64| Band {
        low: v,
        central: v,
        high: v,
    };
    let shares: [(_, _, _, Fmt, Option<Figure>); 3] = [
        (
            "promoters",
            Key::ResultPromoters,
            o.promoters,
            percent,
            None,
        ),
        ("passives", Key::ResultPassives, o.passives, percent, None),
        (
            "detractors",
            Key::ResultDetractors,
            o.detractors,
            percent,
            None,
        ),
    ];
    // After the customers kept and won: word of mouth and the revenue's channels.
    let more: [(_, _, _, Fmt, _); 6] = [
        (
            "told-positive",
            Key::ResultToldPositive,
            o.told_positive,
            format::integer,
            Some(Figure::ToldPositive),
        ),
        (
            "told-negative",
            Key::ResultToldNegative,
            o.told_negative,
            format::integer,
            Some(Figure::ToldNegative),
        ),
        (
            "channel-spend",
            Key::ChannelSpend,
            channel(c.spend),
            format::signed_euros,
            None,
        ),
        (
            "channel-retention",
            Key::ChannelRetention,
            channel(c.retention),
            format::signed_euros,
            None,
        ),
        (
            "channel-wom",
            Key::ChannelWordOfMouth,
            channel(c.word_of_mouth),
            format::signed_euros,
            None,
        ),
        (
            "channel-promise",
            Key::ChannelPromise,
            channel(c.promise),
            format::signed_euros,
            None,
        ),
    ];
    let kept_and_won = HEADLINES[4..]
        .iter()
        .map(|h| (h.id, h.label, (h.band)(o), h.value, Some(h.why)));
    let rows = shares.into_iter().chain(kept_and_won).chain(more);
    let edited = assumptions.edited().next().is_some();
    html! {
        <section class={if edited { "panel results results--edited" } else { "panel results" }} aria-labelledby="results-heading">
            <h2 id="results-heading">{ t(lang, Key::SectionResults) }</h2>
            { edited_notice(lang, assumptions, "edited-notice") }
            <div class="figures">
                { for HEADLINES[..4].iter().map(|h| headline(lang, h.id, h.label, (h.band)(o), h.value, why(h.why, h.id))) }
            </div>
            <p class="best-promise" id="best-promise">
                { tf(lang, Key::BestPromise, &[&format::number(lang, a.best_promise, 1)]) }
            </p>
            <dl class="details">
                { for rows.map(|(id, label, band, fmt, figure)| row(lang, id, label, band, fmt, figure.filter(|_| show_why).map(|f| why(f, id)))) }
            </dl>
            { investment(lang, o.investment.as_ref()) }
            <p id="announce" class="visually-hidden" aria-live="polite" aria-atomic="true">{ (*announced).clone() }</p>
        </section>
    }
}
