//! Which lever matters most: what one comparable step of each of the six levers in the plan
//! does to the plan's worth (net present value), in the model's order (largest effect first),
//! with a bar for its size. The horizon and today's figures are not levers: a client does not
//! choose them.

use crate::format;
use crate::i18n::{self, t, tf, Key};
use crate::lang::Lang;
use crate::model::Analysis;
use yew::prelude::*;

/// The levers of `analysis`, for the scenario called `name` (shown as text). A plain function
/// rather than a component: it has no state, and its parent re-renders whenever it would.
pub fn levers(lang: Lang, name: &str, analysis: &Analysis) -> Html {
    let levers = &analysis.levers;
    // The bars share one scale: the largest effect fills its cell.
    let largest = levers.iter().map(|l| l.worth.abs()).fold(0.0, f64::max);
    let step = |l: &crate::model::LeverEffect| {
        if l.step == 0.0 {
            t(lang, Key::LeverAtEnd).to_owned()
        } else {
            format::signed_change(lang, l.lever.plan().spec().unit, l.step, 3)
        }
    };
    let rows = levers.iter().map(|lever| {
        let share = if largest > 0.0 {
            100.0 * lever.worth.abs() / largest
        } else {
            0.0
        };
        let direction = if lever.worth < 0.0 {
            "lever__bar--down"
        } else {
            "lever__bar--up"
        };
        html! {
            <tr>
                <th scope="row">
                    { i18n::input_label(lang, lever.lever.plan()) }
                    <span class="lever__step">{ step(lever) }</span>
                </th>
                <td class="lever__impact">
                    <span class="lever__euros">{ format::euros_rounded(lang, lever.worth, true) }</span>
                    <svg class="lever__track" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                        <rect class={classes!("lever__bar", direction)} x={format::plain(((100.0 - share) * 10.0).round() / 10.0)} y="0" width={format::plain((share * 10.0).round() / 10.0)} height="10" />
                    </svg>
                </td>
            </tr>
        }
    });
    html! {
        <section class="panel levers" aria-labelledby="levers-heading">
            <h2 id="levers-heading">{ t(lang, Key::SectionLevers) }</h2>
            <p class="insight__intro">{ t(lang, Key::LeversIntro) }</p>
            // The section's question, answered in a sentence before the details.
            if let Some(top) = levers.first().filter(|l| l.worth != 0.0) {
                <p id="levers-answer" class="levers__answer">
                    { super::text::pieces(&i18n::tf_pieces_words(lang, Key::LeverStep, &[
                        i18n::input_label(lang, top.lever.plan()),
                        &step(top),
                        &format::euros_rounded(lang, top.worth, true),
                    ], &[0])) }
                </p>
            }
            { impact_table("levers", &tf(lang, Key::LeversCaption, &[name]), [t(lang, Key::LeverInput), t(lang, Key::LeverChange)], rows.collect()) }
        </section>
    }
}

/// A scrollable two-column table of what moves the plan's worth, with bars (`{id}-table`,
/// captioned by `{id}-caption`): the levers' and the tornado's.
pub fn impact_table(id: &str, caption: &str, columns: [&str; 2], rows: Html) -> Html {
    let caption_id = format!("{id}-caption");
    html! {
        <div class="table-scroll" tabindex="0" role="region" aria-labelledby={caption_id.clone()}>
            <table id={format!("{id}-table")} class="data-table levers__table">
                <caption id={caption_id}>{ caption }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ columns[0] }</th>
                        <th scope="col">{ columns[1] }</th>
                    </tr>
                </thead>
                <tbody>{ rows }</tbody>
            </table>
        </div>
    }
}
