//! "Start from an industry", at the top of the inputs: a choice that loads an industry's
//! starting point (today's business figures only) into the active scenario, and, while the
//! scenario holds a preset's values, the mark that they are a starting point, with each value's
//! source and how it was read, to be replaced with the client's own.

use crate::format;
use crate::i18n::{input_label, t, tf, Key};
use crate::lang::Lang;
use crate::model::{Industry, Provenance, Reading, Scenario, Source};
use crate::state::Action;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

fn name(industry: Industry) -> Key {
    match industry {
        Industry::Insurance => Key::IndustryInsurance,
        Industry::RetailBanking => Key::IndustryRetailBanking,
        Industry::Telecom => Key::IndustryTelecom,
        Industry::Retail => Key::IndustryRetail,
        Industry::B2bSaas => Key::IndustryB2bSaas,
    }
}

fn reading(r: Reading) -> Key {
    match r {
        Reading::AsPublished => Key::ReadAsPublished,
        Reading::Rounded => Key::ReadRounded,
        Reading::PerCustomer => Key::ReadPerCustomer,
        Reading::FromDollars => Key::ReadFromDollars,
        Reading::MiddleOfRange => Key::ReadMiddleOfRange,
        Reading::StatedIntention => Key::ReadStatedIntention,
        Reading::EbitdaMargin => Key::ReadEbitdaMargin,
        Reading::AfterClaims => Key::ReadAfterClaims,
        Reading::AfterCosts => Key::ReadAfterCosts,
    }
}

fn link(s: &Source) -> Html {
    html! {
        <a href={s.url} target="_blank" rel="noopener noreferrer">
            { format!("{}: {} ({})", s.publisher, s.title, s.year) }
        </a>
    }
}

/// The choice and, while a preset is in force, its mark.
pub fn preset_part(lang: Lang, scenario: &Scenario, on_action: &Callback<Action>) -> Html {
    let loaded = Industry::loaded(scenario);
    let on_change = {
        let on_action = on_action.clone();
        Callback::from(move |e: Event| {
            let key = e.target_unchecked_into::<HtmlSelectElement>().value();
            if let Some(industry) = Industry::from_key(&key) {
                on_action.emit(Action::LoadPreset(industry));
            }
        })
    };
    // The mark's sentence is announced when it appears; the list below it is there to read.
    let status = loaded.map(|industry| {
        let sources = industry
            .sources()
            .iter()
            .map(|s| format!("{} {}", s.publisher, s.year))
            .collect::<Vec<_>>()
            .join(", ");
        html! { <strong>{ tf(lang, Key::PresetMark, &[&sources]) }</strong> }
    });
    let details = loaded.map(|industry| {
        html! {
            <>
                <ul class="preset__figures">
                    { for industry.figures().iter().map(|f| {
                        let value = format::amount(lang, f.value, f.input.spec().unit);
                        let provenance = match f.provenance {
                            Provenance::Sourced(s, r) => html! { <>{ t(lang, reading(r)) }{ ", " }{ link(s) }</> },
                            Provenance::Judgement => html! { { t(lang, Key::ReadJudgement) } },
                        };
                        html! {
                            <li data-input={f.input.spec().key}>
                                { input_label(lang, f.input) }{ ": " }<span class="preset__value">{ value }</span>{ " — " }{ provenance }
                            </li>
                        }
                    }) }
                </ul>
                if let Some(c) = industry.context() {
                    <p class="field__help">{ t(lang, Key::PresetContext) }{ " " }{ link(c) }</p>
                }
            </>
        }
    });
    html! {
        <div class="preset field">
            <label for="preset">{ t(lang, Key::PresetLabel) }</label>
            <select id="preset" onchange={on_change} aria-describedby="preset-help">
                // A prompt, not a choice: picking it back would load nothing.
                <option value="" disabled=true selected={loaded.is_none()}>{ t(lang, Key::PresetChoose) }</option>
                { for Industry::ALL.iter().map(|&i| html! {
                    <option value={i.key()} selected={loaded == Some(i)}>{ t(lang, name(i)) }</option>
                }) }
            </select>
            <p class="field__help" id="preset-help">{ t(lang, Key::PresetHelp) }</p>
            <p id="preset-status" class="preset__mark" role="status">{ for status }</p>
            { for details }
        </div>
    }
}
