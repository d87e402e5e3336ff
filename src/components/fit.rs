//! "Fit to your data", in today's inputs: the share of customers who report a problem, the
//! delivered level the model fits to it, the model's figures there beside the client's, a plain
//! verdict, and a button that sets today's delivered level to the fitted one.

use super::number_field::NumberField;
use crate::format;
use crate::i18n::{input_label, t, tf, Key};
use crate::lang::Lang;
use crate::model::{Compared, Fit, InputId, Verdict, CLOSE};
use crate::state::Action;
use yew::prelude::*;

/// Whether today's delivered level is the fitted one: then every result carries the mark.
pub fn fitted(fit: Option<&Fit>, delivered: f64) -> bool {
    fit.is_some_and(|f| f.delivered == delivered)
}

/// The fit's part of today's inputs; `delivered` is today's delivered level as entered.
pub fn fit_part(
    lang: Lang,
    problems: f64,
    delivered: f64,
    fit: Option<&Fit>,
    on_action: &Callback<Action>,
) -> Html {
    let field = html! {
        <NumberField input={InputId::ReportedProblems} {lang} value={problems} on_action={on_action.clone()} />
    };
    let Some(f) = fit else {
        return html! { <>{ field }<p class="field__help" id="fit-none">{ t(lang, Key::FitNone) }</p></> };
    };
    let level = format::number(lang, f.delivered, 1);
    let percent = |v| format::percent(lang, v, 0);
    let row = |id: InputId, c: &Compared| {
        html! {
            <tr class={if c.close() { "" } else { "fit__far" }}>
                <th scope="row">{ input_label(lang, id) }</th>
                <td>{ percent(c.measured) }</td>
                <td>{ percent(c.modelled) }</td>
            </tr>
        }
    };
    let verdict = match f.verdict() {
        Verdict::Fits => Key::FitFits,
        Verdict::ProblemsOnly => Key::FitProblemsOnly,
        Verdict::NoLevel => Key::FitNoLevel,
    };
    let use_it = {
        let level = f.delivered;
        on_action.reform(move |_: MouseEvent| Action::SetInput(InputId::Delivered, level))
    };
    html! {
        <>
            { field }
            <table class="data-table fit__table" id="fit-table">
                <caption>{ tf(lang, Key::FitCaption, &[&level]) }</caption>
                <thead><tr>
                    <td></td>
                    <th scope="col">{ t(lang, Key::FitMeasured) }</th>
                    <th scope="col">{ t(lang, Key::FitModelled) }</th>
                </tr></thead>
                <tbody>
                    { row(InputId::ReportedProblems, &f.problems) }
                    { row(InputId::BaselineRecommend, &f.recommend) }
                    { row(InputId::BaselineChurn, &f.churn) }
                </tbody>
            </table>
            <p id="fit-verdict">{ tf(lang, verdict, &[&format::number(lang, CLOSE * 100.0, 0)]) }</p>
            <button type="button" id="fit-use" onclick={use_it}>{ tf(lang, Key::FitUse, &[&level]) }</button>
            <p id="fit-status" role="status">
                if fitted(fit, delivered) { <span class="fitted">{ t(lang, Key::FittedMark) }</span> }
            </p>
        </>
    }
}
