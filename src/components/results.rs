//! The results: the headline figures with their bands and why, the details behind them, the
//! return on a programme cost, a mark when edited assumptions went into them, and a polite
//! announcement for screen readers once the figures settle.

use super::assumptions::EditedNotice;
use super::investment::investment;
use super::text;
use crate::format;
use crate::i18n::{t, tf, Key, Lang};
use crate::model::{Analysis, Assumptions, Band, Scenario};
use crate::why::{explain, Figure};
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

/// One headline figure: its value, its band when the band is wider than the rounding, and why.
fn headline(
    lang: Lang,
    id: &'static str,
    label: Key,
    band: Band,
    fmt: impl Fn(f64) -> String,
    why: Html,
) -> Html {
    html! {
        <div class="figure">
            <span class="figure__label" id={format!("{id}-label")}>{ t(lang, label) }</span>
            // Outputs are not live regions themselves (see `announce`): aria-live="off".
            <output id={id} class="figure__value" aria-labelledby={format!("{id}-label")} aria-live="off">{ fmt(band.central) }</output>
            { text::band(lang, format!("{id}-band"), fmt(band.low), fmt(band.high)) }
            { why }
        </div>
    }
}

/// One detail row: its value, its band if it has one, and why if there is an explanation.
fn row(
    lang: Lang,
    id: &'static str,
    label: Key,
    value: String,
    band: Html,
    why: Option<Html>,
) -> Html {
    html! {
        <div class="detail">
            <dt id={format!("{id}-label")}>{ t(lang, label) }</dt>
            <dd><span class="num" {id}>{ value }</span>{ band }</dd>
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
    let pct = |v: f64| format::percent(lang, v, 0);
    let pct1 = |v: f64| format::percent(lang, v, 1);
    let pp = |v: f64| format::signed_percent_points(lang, v, 1);
    let eur = |v: f64| format::signed_euros(lang, v);
    let int = |v: f64| format::integer(lang, v);
    let signed = |v: f64| format::signed_integer(lang, v);

    let summary = tf(
        lang,
        Key::Announcement,
        &[
            &pct(o.recommend.central),
            &pct1(o.spend_uplift.central),
            &pp(o.churn_change_pp.central),
            &eur(o.revenue_impact.central),
        ],
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
    let why = |figure: Figure, dom: &str| {
        let why = explain(lang, figure, scenario, assumptions, o);
        super::why::details(lang, dom, &why, assumptions)
    };
    let band = |id: &str, b: Band, fmt: &dyn Fn(f64) -> String| {
        text::band(lang, format!("{id}-band"), fmt(b.low), fmt(b.high))
    };
    let none = Html::default;
    let edited = assumptions.edited().next().is_some();
    html! {
        <section class={classes!("panel", "results", edited.then_some("results--edited"))} aria-labelledby="results-heading">
            <h2 id="results-heading">{ t(lang, Key::SectionResults) }</h2>
            <EditedNotice {lang} assumptions={assumptions.clone()} />
            <div class="figures">
                { headline(lang, "recommend", Key::ResultRecommend, o.recommend, pct, why(Figure::Recommend, "recommend")) }
                { headline(lang, "spend", Key::ResultSpend, o.spend_uplift, pct1, why(Figure::Spend, "spend")) }
                { headline(lang, "churn", Key::ResultChurnChange, o.churn_change_pp, pp, why(Figure::ChurnChange, "churn")) }
                { headline(lang, "revenue", Key::ResultRevenue, o.revenue_impact, eur, why(Figure::Revenue, "revenue")) }
            </div>
            <p class="best-promise" id="best-promise">
                { tf(lang, Key::BestPromise, &[&format::number(lang, a.best_promise, 1)]) }
            </p>
            <dl class="details">
                { row(lang, "promoters", Key::ResultPromoters, pct(o.promoters.central), band("promoters", o.promoters, &pct), None) }
                { row(lang, "passives", Key::ResultPassives, pct(o.passives.central), band("passives", o.passives, &pct), None) }
                { row(lang, "detractors", Key::ResultDetractors, pct(o.detractors.central), band("detractors", o.detractors, &pct), None) }
                { row(lang, "customers-kept", Key::ResultCustomersKept, signed(o.customers_kept.central),
                    band("customers-kept", o.customers_kept, &signed), Some(why(Figure::CustomersKept, "customers-kept"))) }
                { row(lang, "customers-won", Key::ResultCustomersWon, signed(o.customers_won.central),
                    band("customers-won", o.customers_won, &signed), Some(why(Figure::CustomersWon, "customers-won"))) }
                { row(lang, "told-positive", Key::ResultToldPositive, int(o.told_positive.central),
                    band("told-positive", o.told_positive, &int), Some(why(Figure::ToldPositive, "told-positive"))) }
                { row(lang, "told-negative", Key::ResultToldNegative, int(o.told_negative.central),
                    band("told-negative", o.told_negative, &int), Some(why(Figure::ToldNegative, "told-negative"))) }
                // The channels come from the central run only: they have no band of their own.
                { row(lang, "channel-spend", Key::ChannelSpend, eur(c.spend), none(), None) }
                { row(lang, "channel-retention", Key::ChannelRetention, eur(c.retention), none(), None) }
                { row(lang, "channel-wom", Key::ChannelWordOfMouth, eur(c.word_of_mouth), none(), None) }
                { row(lang, "channel-promise", Key::ChannelPromise, eur(c.promise), none(), None) }
            </dl>
            { investment(lang, o.investment.as_ref()) }
            <p id="announce" class="visually-hidden" aria-live="polite" aria-atomic="true">{ (*announced).clone() }</p>
        </section>
    }
}
