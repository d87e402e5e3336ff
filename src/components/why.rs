//! "Why this number?": the disclosure under a result with its explanation (see [`crate::why`]),
//! and links to the edited assumptions it quotes.

use super::assumptions::edited_link;
use super::text;
use crate::i18n::{t, Key, Lang};
use crate::model::{Analysis, Assumptions, Scenario};
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
