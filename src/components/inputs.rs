//! The inputs: promise, delivered and delight up front; the rest in expandable sections, which
//! an embedding host may hide.

use super::number_field::NumberField;
use crate::embed::Section;
use crate::i18n::{t, Key, Lang};
use crate::model::{InputId, Scenario};
use crate::services::embed;
use crate::state::Action;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct InputsPanelProps {
    pub lang: Lang,
    pub scenario: Scenario,
    pub on_action: Callback<Action>,
}

const MAIN: [InputId; 3] = [InputId::Promise, InputId::Delivered, InputId::DelightEvents];
const ADVANCED: [InputId; 4] = [
    InputId::NegativeSurprises,
    InputId::RecoveryQuality,
    InputId::IrrelevantMessages,
    InputId::DelightPeriods,
];
const BUSINESS: [InputId; 6] = [
    InputId::Customers,
    InputId::RevenuePerCustomer,
    InputId::BaselineChurn,
    InputId::BaselineRecommend,
    InputId::Reach,
    InputId::Horizon,
];
const INVESTMENT: [InputId; 3] = [
    InputId::CostOneOff,
    InputId::CostPerPeriod,
    InputId::DiscountRate,
];

/// Figures without a natural scale get a number field only.
fn has_slider(input: InputId) -> bool {
    !matches!(
        input,
        InputId::Customers
            | InputId::RevenuePerCustomer
            | InputId::CostOneOff
            | InputId::CostPerPeriod
    )
}

#[function_component]
pub fn InputsPanel(props: &InputsPanelProps) -> Html {
    let lang = props.lang;
    let on_action = &props.on_action;
    let hidden = |section| !embed::config().sections.shows(section);
    let fields = |ids: &[InputId]| -> Html {
        ids.iter()
            .map(|&input| {
                html! {
                    <NumberField key={input as usize} {input} {lang} value={props.scenario.get(input)}
                        on_action={on_action.clone()} slider={has_slider(input)} />
                }
            })
            .collect()
    };
    html! {
        <section class="panel inputs" aria-labelledby="inputs-heading">
            <h2 id="inputs-heading">{ t(lang, Key::SectionInputs) }</h2>
            { fields(&MAIN) }
            <details class="more" hidden={hidden(Section::Advanced)}>
                <summary>{ t(lang, Key::SectionAdvanced) }</summary>
                { fields(&ADVANCED) }
            </details>
            <details class="more" hidden={hidden(Section::Business)}>
                <summary>{ t(lang, Key::SectionBusiness) }</summary>
                { fields(&BUSINESS) }
            </details>
            <details class="more" hidden={hidden(Section::Investment)}>
                <summary>{ t(lang, Key::SectionInvestment) }</summary>
                { fields(&INVESTMENT) }
            </details>
        </section>
    }
}
