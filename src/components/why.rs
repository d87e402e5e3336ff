//! "Why this number?": the disclosure under a result with its explanation (see [`crate::why`]),
//! and links to the edited assumptions it quotes.

use super::assumptions::edited_link;
use super::text;
use crate::i18n::{coefficient_name, t, tf, Key};
use crate::lang::Lang;
use crate::model::{Analysis, Assumptions, Scenario, Why as Spread};
use crate::results::Kind;
use crate::why::{explain, Figure, Why};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct WhyProps {
    pub lang: Lang,
    /// The result's element id: the disclosure is `{dom}-why`, described by `{dom}-label`.
    pub dom: &'static str,
    pub figure: Figure,
    /// What the result was computed from, quoted by the explanation.
    pub analysis: Rc<Analysis>,
    pub scenario: Scenario,
    pub assumptions: Assumptions,
    /// The result's likely range from the Monte Carlo and what drives it, with the kind of
    /// figure it is; `None` until a run for these inputs is done.
    #[prop_or_default]
    pub spread: Option<(Kind, Spread)>,
}

/// How wide the likely range is and the (up to) two assumptions that move it most.
fn spread(lang: Lang, kind: Kind, s: &Spread) -> String {
    let width = kind.difference(lang, s.width);
    let drivers: Vec<&str> = s
        .drivers
        .iter()
        .map(|d| coefficient_name(lang, d.assumption))
        .collect();
    tf(
        lang,
        Key::WhySpread,
        &[
            &kind.text(lang, s.range.p10),
            &kind.text(lang, s.range.p90),
            width.trim_start_matches('+'),
            &drivers.join(&format!(" {} ", t(lang, Key::And))),
        ],
    )
}

/// The disclosure under a result; the explanation is written only while it is open (see
/// [`super::use_disclosure`]).
#[function_component]
pub fn WhyDetails(props: &WhyProps) -> Html {
    let WhyProps {
        lang, dom, figure, ..
    } = *props;
    let disclosure = super::use_disclosure();
    let why = disclosure.shown.then(|| {
        explain(
            lang,
            figure,
            &props.scenario,
            &props.assumptions,
            &props.analysis,
        )
    });
    html! {
        <details class="why" id={format!("{dom}-why")} ref={disclosure.node} ontoggle={disclosure.ontoggle}>
            <summary aria-describedby={format!("{dom}-label")}>{ t(lang, Key::SectionWhy) }</summary>
            if let Some(why) = why {
                <p>{ text::pieces(&why.pieces) }</p>
                if let Some((kind, s)) = &props.spread {
                    <p class="why__spread">{ spread(lang, *kind, s) }</p>
                }
                { edited(lang, &why, &props.assumptions) }
            }
        </details>
    }
}

/// Links to the edited assumptions an explanation quotes; nothing if it quotes none.
fn edited(lang: Lang, why: &Why, assumptions: &Assumptions) -> Html {
    let links: Vec<Html> = why
        .uses
        .iter()
        .copied()
        .filter(|&c| assumptions.is_edited(c))
        .enumerate()
        .map(|(i, c)| html! { <>{ if i > 0 { ", " } else { "" } }{ edited_link(lang, c) }</> })
        .collect();
    if links.is_empty() {
        return Html::default();
    }
    html! { <p class="why__edited">{ t(lang, Key::WhyEdited) }{ " " }{ for links }</p> }
}
