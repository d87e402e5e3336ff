//! The inputs: an industry's starting point for today's business figures (see
//! [`super::presets`]); each lever twice, as it is today and as the plan would have it, side by
//! side; a button that starts the plan from today; today's delivered level fitted to the client's own
//! figures (see [`super::fit`]); the business figures and the money in expandable
//! sections, which an embedding host may hide. Their fields are built only while a section is
//! open (see [`super::use_disclosure`]), so the prerendered page does not carry twenty closed
//! fields in each language.

use super::number_field::NumberField;
use crate::embed::Section;
use crate::i18n::{t, Key};
use crate::lang::Lang;
use crate::model::{Fit, InputId, Lever, Scenario};
use crate::state::Action;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct InputsPanelProps {
    pub lang: Lang,
    pub scenario: Scenario,
    /// Today's delivered level fitted to the client's measures, if they entered any.
    pub fit: Option<Fit>,
    pub on_action: Callback<Action>,
}

const MAIN: [Lever; 3] = [Lever::Promise, Lever::Delivered, Lever::DelightEvents];
const ADVANCED: [Lever; 3] = [
    Lever::NegativeSurprises,
    Lever::RecoveryQuality,
    Lever::IrrelevantMessages,
];
const BUSINESS: [InputId; 10] = [
    InputId::Customers,
    InputId::RevenuePerCustomer,
    InputId::GrossMargin,
    InputId::BaselineChurn,
    InputId::BaselineRecommend,
    InputId::NewCustomers,
    InputId::Market,
    InputId::Reach,
    InputId::Horizon,
    InputId::RampUp,
];
const INVESTMENT: [InputId; 4] = [
    InputId::CostOneOff,
    InputId::CostPerPeriod,
    InputId::DiscountRate,
    InputId::RiskAdjustment,
];

/// Figures without a natural scale get a number field only.
fn has_slider(input: InputId) -> bool {
    !matches!(
        input,
        InputId::Customers
            | InputId::RevenuePerCustomer
            | InputId::NewCustomers
            | InputId::Market
            | InputId::CostOneOff
            | InputId::CostPerPeriod
    )
}

#[function_component]
pub fn InputsPanel(props: &InputsPanelProps) -> Html {
    let lang = props.lang;
    let on_action = &props.on_action;
    let embed = super::use_embed_settings();
    let hidden = |section| !embed.sections.shows(section);
    let field = |input: InputId| {
        html! {
            <NumberField key={input as usize} {input} {lang} value={props.scenario.get(input)}
                on_action={on_action.clone()} slider={has_slider(input)} />
        }
    };
    let fields = |ids: &[InputId]| -> Html { ids.iter().map(|&id| field(id)).collect() };
    // Today on the left, the plan on the right; each field names its side in its own label.
    let pairs = |levers: &[Lever]| -> Html {
        html! {
            <>
                <div class="lever-pair lever-pair--heads" aria-hidden="true">
                    <span>{ t(lang, Key::LeverToday) }</span>
                    <span>{ t(lang, Key::LeverPlan) }</span>
                </div>
                { for levers.iter().map(|&l| html! {
                    <div class="lever-pair" key={l.today() as usize}>
                        { field(l.today()) }
                        { field(l.plan()) }
                    </div>
                }) }
            </>
        }
    };
    let from_today = on_action.reform(|_: MouseEvent| Action::PlanFromToday);
    let (fit, advanced, business, investment) = (
        super::use_disclosure(),
        super::use_disclosure(),
        super::use_disclosure(),
        super::use_disclosure(),
    );
    let s = &props.scenario;
    html! {
        <section class="panel inputs" aria-labelledby="inputs-heading">
            <h2 id="inputs-heading">{ t(lang, Key::SectionInputs) }</h2>
            // Business figures: a host that hides them hides their starting point too.
            if !hidden(Section::Business) {
                { super::presets::preset_part(lang, &props.scenario, on_action) }
            }
            <div class="plan-from-today">
                <button type="button" id="plan-from-today" onclick={from_today}
                    disabled={props.scenario.plan_is_today()} aria-describedby="plan-from-today-help">
                    { t(lang, Key::PlanFromToday) }
                </button>
                <p class="field__help" id="plan-from-today-help">{ t(lang, Key::PlanFromTodayHelp) }</p>
            </div>
            { pairs(&MAIN) }
            // Measured figures are business figures: a host shows them with that section.
            <details class="more fit" id="fit" hidden={hidden(Section::Business)} ref={fit.node} ontoggle={fit.ontoggle}>
                <summary>{ t(lang, Key::FitHeading) }</summary>
                if fit.shown {
                    { super::fit::fit_part(lang, s.get(InputId::ReportedProblems), s.get(InputId::Delivered), props.fit.as_ref(), on_action) }
                }
            </details>
            <details class="more" hidden={hidden(Section::Advanced)} ref={advanced.node} ontoggle={advanced.ontoggle}>
                <summary>{ t(lang, Key::SectionAdvanced) }</summary>
                if advanced.shown { { pairs(&ADVANCED) } }
            </details>
            <details class="more" hidden={hidden(Section::Business)} ref={business.node} ontoggle={business.ontoggle}>
                <summary>{ t(lang, Key::SectionBusiness) }</summary>
                if business.shown { { fields(&BUSINESS) } }
            </details>
            <details class="more" hidden={hidden(Section::Investment)} ref={investment.node} ontoggle={investment.ontoggle}>
                <summary>{ t(lang, Key::SectionInvestment) }</summary>
                if investment.shown { { fields(&INVESTMENT) } }
            </details>
        </section>
    }
}
