//! Investment and return: ROI, payback and net present value of the programme cost, with their
//! bands; only a hint where to enter the cost until one is entered.

use super::text;
use crate::format;
use crate::i18n::{t, tf, Key, Lang};
use crate::model::Investment;
use yew::prelude::*;

/// One figure; `value` is kept on one line when it is a number, wrapped when it is words.
fn row(lang: Lang, id: &'static str, label: Key, value: String, number: bool, band: Html) -> Html {
    html! {
        <div class="detail">
            <dt id={format!("{id}-label")}>{ t(lang, label) }</dt>
            <dd><span class={number.then_some("num")} {id}>{ value }</span>{ band }</dd>
        </div>
    }
}

pub fn investment(lang: Lang, investment: Option<&Investment>) -> Html {
    let Some(inv) = investment else {
        return html! { <p class="investment-hint" id="investment-hint">{ t(lang, Key::NoCostHint) }</p> };
    };
    let pct = |v: f64| format::percent(lang, v, 0);
    let eur = |v: f64| format::signed_euros(lang, v);
    let band =
        |id: &str, low: String, high: String| text::band(lang, format!("{id}-band"), low, high);
    let (payback, paid_back) = match inv.payback {
        Some(years) => (
            tf(lang, Key::PaybackYears, &[&format::number(lang, years, 1)]),
            true,
        ),
        None => (t(lang, Key::NoPayback).to_owned(), false),
    };
    html! {
        <section class="investment" id="investment" aria-labelledby="investment-heading">
            <h3 id="investment-heading">{ t(lang, Key::SectionInvestment) }</h3>
            <dl class="details">
                { row(lang, "total-cost", Key::TotalCostLabel, format::euros(lang, inv.cost), true, Html::default()) }
                { row(lang, "roi", Key::RoiLabel, pct(inv.roi.central), true,
                    band("roi", pct(inv.roi.low), pct(inv.roi.high))) }
                { row(lang, "payback", Key::PaybackLabel, payback, paid_back, Html::default()) }
                { row(lang, "npv", Key::NpvLabel, eur(inv.npv.central), true,
                    band("npv", eur(inv.npv.low), eur(inv.npv.high))) }
            </dl>
        </section>
    }
}
