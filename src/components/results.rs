//! The results: the headline figures with their bands, the details behind them, and a polite
//! announcement for screen readers once the figures settle.

use crate::format;
use crate::i18n::{t, tf, Key, Lang};
use crate::model::{Analysis, Band};
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
}

/// One headline figure: its value, and its band when the band is wider than the rounding.
fn headline(
    lang: Lang,
    id: &'static str,
    label: Key,
    band: Band,
    fmt: impl Fn(f64) -> String,
) -> Html {
    let (value, low, high) = (fmt(band.central), fmt(band.low), fmt(band.high));
    html! {
        <div class="figure">
            <span class="figure__label" id={format!("{id}-label")}>{ t(lang, label) }</span>
            // Outputs are not live regions themselves (see `announce`): aria-live="off".
            <output id={id} class="figure__value" aria-labelledby={format!("{id}-label")} aria-live="off">{ value }</output>
            if low != high {
                <span class="figure__band" id={format!("{id}-band")}>{ tf(lang, Key::BandRange, &[&low, &high]) }</span>
            }
        </div>
    }
}

fn row(lang: Lang, id: &'static str, label: Key, value: String) -> Html {
    html! {
        <div class="detail">
            <dt>{ t(lang, label) }</dt>
            <dd id={id}>{ value }</dd>
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
    html! {
        <section class="panel results" aria-labelledby="results-heading">
            <h2 id="results-heading">{ t(lang, Key::SectionResults) }</h2>
            <div class="figures">
                { headline(lang, "recommend", Key::ResultRecommend, o.recommend, pct) }
                { headline(lang, "spend", Key::ResultSpend, o.spend_uplift, pct1) }
                { headline(lang, "churn", Key::ResultChurnChange, o.churn_change_pp, pp) }
                { headline(lang, "revenue", Key::ResultRevenue, o.revenue_impact, eur) }
            </div>
            <p class="best-promise" id="best-promise">
                { tf(lang, Key::BestPromise, &[&format::number(lang, a.best_promise, 1)]) }
            </p>
            <dl class="details">
                { row(lang, "promoters", Key::ResultPromoters, pct(o.promoters.central)) }
                { row(lang, "passives", Key::ResultPassives, pct(o.passives.central)) }
                { row(lang, "detractors", Key::ResultDetractors, pct(o.detractors.central)) }
                { row(lang, "customers-kept", Key::ResultCustomersKept, signed(o.customers_kept.central)) }
                { row(lang, "customers-won", Key::ResultCustomersWon, signed(o.customers_won.central)) }
                { row(lang, "told-positive", Key::ResultToldPositive, int(o.told_positive.central)) }
                { row(lang, "told-negative", Key::ResultToldNegative, int(o.told_negative.central)) }
                { row(lang, "channel-spend", Key::ChannelSpend, eur(c.spend)) }
                { row(lang, "channel-retention", Key::ChannelRetention, eur(c.retention)) }
                { row(lang, "channel-wom", Key::ChannelWordOfMouth, eur(c.word_of_mouth)) }
                { row(lang, "channel-promise", Key::ChannelPromise, eur(c.promise)) }
            </dl>
            <p id="announce" class="visually-hidden" aria-live="polite" aria-atomic="true">{ (*announced).clone() }</p>
        </section>
    }
}
