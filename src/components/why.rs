//! "How are these calculated?": one disclosure under a section of results with each result's
//! explanation (see [`crate::why`]), and links to the edited assumptions they quote.

use super::assumptions::edited_link;
use super::text;
use crate::i18n::{coefficient_name, t, tf, Key};
use crate::lang::Lang;
use crate::model::{Analysis, Assumptions, Scenario, Why as Spread};
use crate::results::Kind;
use crate::why::{explain, Figure, Why};
use std::rc::Rc;
use yew::prelude::*;

/// One result's explanation in a section's disclosure.
#[derive(Clone, PartialEq)]
pub struct Explained {
    /// The result's element id: its explanation is `{dom}-why`.
    pub dom: &'static str,
    pub label: Key,
    pub figure: Figure,
    /// The result's likely range from the Monte Carlo and what drives it, with the kind of
    /// figure it is; `None` until a run for these inputs is done.
    pub spread: Option<(Kind, Spread)>,
}

#[derive(Properties, PartialEq)]
pub struct WhyProps {
    pub lang: Lang,
    /// The section's name in ids: the disclosure is `{section}-why`.
    pub section: &'static str,
    pub items: Vec<Explained>,
    /// What the results were computed from, quoted by the explanations.
    pub analysis: Rc<Analysis>,
    pub scenario: Scenario,
    pub assumptions: Assumptions,
}

/// How wide the likely range is and the (up to) two assumptions that move it most.
fn spread(lang: Lang, kind: Kind, s: &Spread) -> String {
    let width = kind.range_width(lang, s.width);
    let drivers: Vec<&str> = s
        .drivers
        .iter()
        .map(|d| coefficient_name(lang, d.assumption))
        .collect();
    tf(
        lang,
        Key::WhySpread,
        &[
            &kind.range_end(lang, s.range.p10),
            &kind.range_end(lang, s.range.p90),
            width.trim_start_matches('+'),
            &drivers.join(&format!(" {} ", t(lang, Key::And))),
        ],
    )
}

/// "How are these calculated?" under a section of results, one explanation per result; they
/// are written only while it is open (see [`super::use_disclosure`]).
#[function_component]
pub fn WhyDetails(props: &WhyProps) -> Html {
    let WhyProps { lang, section, .. } = *props;
    let disclosure = super::use_disclosure();
    let items = disclosure.shown.then(|| {
        props.items.iter().map(|item| {
            let why = explain(
                lang,
                item.figure,
                &props.scenario,
                &props.assumptions,
                &props.analysis,
            );
            let heading = format!("{}-why-heading", item.dom);
            html! {
                <section class="why__item" id={format!("{}-why", item.dom)} aria-labelledby={heading.clone()}>
                    <h3 class="why__heading" id={heading}>{ t(lang, item.label) }</h3>
                    <p>{ text::pieces(&why.pieces) }</p>
                    if let Some((kind, s)) = &item.spread {
                        <p class="why__spread">{ spread(lang, *kind, s) }</p>
                    }
                    { edited(lang, &why, &props.assumptions) }
                </section>
            }
        })
    });
    html! {
        <details class="why" id={format!("{section}-why")} ref={disclosure.node} ontoggle={disclosure.ontoggle}>
            <summary>{ t(lang, Key::SectionWhy) }</summary>
            if let Some(items) = items { { for items } }
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
