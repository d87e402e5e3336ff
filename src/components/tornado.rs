//! Which assumptions move the plan's worth most: each moved across its own low–high range, the
//! others at their likely values, largest swing first (the model's [`crate::model::tornado`]).
//! Beside the levers a client controls, this is what the client does not control and the model
//! does not know for sure. A plain function, as the levers are.

use crate::format;
use crate::i18n::{coefficient_name, t, tf, Key};
use crate::lang::Lang;
use crate::model::Tornado;
use yew::prelude::*;

/// The most assumptions shown: the rest move the worth less than these.
const SHOWN: usize = 8;

pub fn tornado(lang: Lang, name: &str, swings: &Tornado) -> Html {
    let bars = &swings.bars[..swings.bars.len().min(SHOWN)];
    // One scale for every bar, around the worth at the likely values.
    let (lo, hi) = bars
        .iter()
        .fold((swings.likely, swings.likely), |(lo, hi), b| {
            (
                lo.min(b.at_low).min(b.at_high),
                hi.max(b.at_low).max(b.at_high),
            )
        });
    let x = |v: f64| {
        if hi > lo {
            ((v - lo) / (hi - lo) * 1000.0).round() / 10.0
        } else {
            50.0
        }
    };
    let rows = bars.iter().filter(|b| b.swing() > 0.0).map(|b| {
        let (from, to) = (b.at_low.min(b.at_high), b.at_low.max(b.at_high));
        html! {
            <tr>
                <th scope="row">{ coefficient_name(lang, b.assumption) }</th>
                <td class="lever__impact">
                    <span class="lever__euros">
                        { tf(lang, Key::TornadoEnds, &[&format::euros_rounded(lang, b.at_low, true), &format::euros_rounded(lang, b.at_high, true)]) }
                    </span>
                    <svg class="lever__track" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                        <rect class="lever__bar lever__bar--up" x={format::plain(x(from))} y="0" width={format::plain((x(to) - x(from)).max(0.5))} height="10" />
                        <rect class="tornado__likely" x={format::plain(x(swings.likely))} y="0" width="0.6" height="10" />
                    </svg>
                </td>
            </tr>
        }
    });
    html! {
        <section class="panel levers tornado" aria-labelledby="tornado-heading">
            <h2 id="tornado-heading">{ t(lang, Key::TornadoHeading) }</h2>
            <p class="insight__intro">{ tf(lang, Key::TornadoIntro, &[&format::euros_rounded(lang, swings.likely, true)]) }</p>
            { super::levers::impact_table("tornado", &tf(lang, Key::TornadoCaption, &[name]), [t(lang, Key::TornadoAssumption), t(lang, Key::TornadoWorth)], rows.collect()) }
        </section>
    }
}
