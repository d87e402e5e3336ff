//! One input: a label, a slider and a number field kept in sync, and the message that says what
//! is wrong with typed text. Refused text never reaches the scenario: the last good value stays.

use crate::format;
use crate::i18n;
use crate::input::{parse_field, FieldError};
use crate::lang::Lang;
use crate::model::InputId;
use crate::state::Action;
use std::cell::RefCell;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// The element id of an input's text field; the slider is `{id}-range`, the message `{id}-error`.
pub fn dom_id(input: InputId) -> &'static str {
    match input {
        InputId::Promise => "promise",
        InputId::Delivered => "delivered",
        InputId::DelightEvents => "delight",
        InputId::NegativeSurprises => "negative-surprises",
        InputId::RecoveryQuality => "recovery",
        InputId::IrrelevantMessages => "irrelevant",
        InputId::PlanPromise => "plan-promise",
        InputId::PlanDelivered => "plan-delivered",
        InputId::PlanDelightEvents => "plan-delight",
        InputId::PlanNegativeSurprises => "plan-negative-surprises",
        InputId::PlanRecoveryQuality => "plan-recovery",
        InputId::PlanIrrelevantMessages => "plan-irrelevant",
        InputId::Customers => "customers",
        InputId::RevenuePerCustomer => "revenue-per-customer",
        InputId::GrossMargin => "gross-margin",
        InputId::BaselineChurn => "baseline-churn",
        InputId::BaselineRecommend => "baseline-recommend",
        InputId::ReportedProblems => "reported-problems",
        InputId::NewCustomers => "new-customers",
        InputId::Market => "market",
        InputId::Reach => "reach",
        InputId::Horizon => "horizon",
        InputId::RampUp => "ramp-up",
        InputId::CostOneOff => "cost-one-off",
        InputId::CostPerPeriod => "cost-per-period",
        InputId::DiscountRate => "discount-rate",
        InputId::RiskAdjustment => "risk-adjustment",
    }
}

#[derive(Properties, PartialEq)]
pub struct NumberFieldProps {
    pub input: InputId,
    /// The last good value.
    pub value: f64,
    pub lang: Lang,
    /// Receives the field's value as [`Action::SetInput`].
    pub on_action: Callback<Action>,
    /// A slider beside the field; off for figures with no natural scale (customers, euros).
    #[prop_or(true)]
    pub slider: bool,
}

/// A number field's text and why it was refused, if it was: what a person typed stays until
/// the value changes elsewhere (the slider, a link, start over, a reset) or the language does.
/// Shared by every number field (inputs and assumptions).
pub struct NumberText<E: 'static> {
    pub text: UseStateHandle<String>,
    pub error: UseStateHandle<Option<E>>,
    /// The value the text stands for (the last one read from it or written into it) and whether
    /// it is refused. Yew may hand the browser more typing between a render and its effects, so
    /// the effects read this rather than the render's snapshot of the text.
    shown: Rc<RefCell<(f64, bool)>>,
}

impl<E> Clone for NumberText<E> {
    fn clone(&self) -> Self {
        NumberText {
            text: self.text.clone(),
            error: self.error.clone(),
            shown: self.shown.clone(),
        }
    }
}

impl<E: 'static> NumberText<E> {
    /// Shows `raw` as typed and how it read; returns the value to send on if it was taken.
    pub fn typed(&self, raw: String, read: Result<f64, E>) -> Option<f64> {
        let said = self.shown.borrow().0;
        let (said, error, taken) = match read {
            Ok(v) => (v, None, Some(v)),
            Err(e) => (said, Some(e), None),
        };
        *self.shown.borrow_mut() = (said, error.is_some());
        self.error.set(error);
        self.text.set(raw);
        taken
    }

    /// Shows `value`, as the field writes it, and forgets any refusal.
    pub fn show(&self, lang: Lang, value: f64, step: f64) {
        *self.shown.borrow_mut() = (value, false);
        self.error.set(None);
        self.text.set(format::input_value(lang, value, step));
    }
}

/// The text of a field whose last good value is `value`; `step` sets the decimals it shows.
#[hook]
pub fn use_number_text<E: 'static>(lang: Lang, value: f64, step: f64) -> NumberText<E> {
    let field = NumberText {
        text: use_state(|| format::input_value(lang, value, step)),
        error: use_state(|| None),
        shown: use_mut_ref(|| (value, false)),
    };
    // A value set elsewhere replaces the text; the field's own does not, so "7,50" stays as
    // typed, and so does text typed after it before the value came back.
    {
        let field = field.clone();
        use_effect_with(value, move |&value| {
            if field.shown.borrow().0 != value {
                field.show(lang, value, step);
            }
        });
    }
    // A new language rewrites the number in its own format ("7.5" becomes "7,5"); refused text
    // stays for the person to correct.
    {
        let field = field.clone();
        use_effect_with(lang, move |&lang| {
            if !field.shown.borrow().1 {
                field.show(lang, value, step);
            }
        });
    }
    field
}

#[function_component]
pub fn NumberField(props: &NumberFieldProps) -> Html {
    let NumberFieldProps {
        input,
        value,
        lang,
        slider,
        ..
    } = *props;
    let spec = input.spec();
    let id = dom_id(input);
    let field = use_number_text::<FieldError>(lang, value, spec.step);

    let on_text = {
        let (field, on_action) = (field.clone(), props.on_action.clone());
        Callback::from(move |e: InputEvent| {
            let raw = e.target_unchecked_into::<HtmlInputElement>().value();
            let read = parse_field(lang, &raw, &spec);
            if let Some(v) = field.typed(raw, read) {
                on_action.emit(Action::SetInput(input, v));
            }
        })
    };
    let on_range = {
        let on_action = props.on_action.clone();
        Callback::from(move |e: InputEvent| {
            let raw = e.target_unchecked_into::<HtmlInputElement>().value();
            if let Ok(v) = parse_field(lang, &raw, &spec) {
                on_action.emit(Action::SetInput(input, v));
            }
        })
    };

    let (text, error) = ((*field.text).clone(), &field.error);
    let message = error
        .map(|e| i18n::field_error(lang, &e))
        .unwrap_or_default();
    let help_id = format!("{id}-help");
    let error_id = format!("{id}-error");
    let unit = format::unit(lang, spec.unit);
    html! {
        <div class={classes!("field", error.is_some().then_some("field--invalid"))}>
            <label for={id}>{ i18n::input_label(lang, input) }</label>
            <div class="field__controls">
                if slider {
                    <input
                        type="range"
                        id={format!("{id}-range")}
                        min={format::plain(spec.min)}
                        max={format::plain(spec.max)}
                        step={format::plain(spec.step)}
                        value={format::plain(value)}
                        aria-label={i18n::input_label(lang, input)}
                        aria-valuetext={format!("{} {}", format::input_value(lang, value, spec.step), unit)}
                        oninput={on_range}
                    />
                }
                <span class="field__number">
                    <input
                        type="text"
                        inputmode="decimal"
                        autocomplete="off"
                        spellcheck="false"
                        id={id}
                        value={text}
                        aria-invalid={error.is_some().then_some("true")}
                        aria-describedby={format!("{help_id} {error_id}")}
                        oninput={on_text}
                    />
                    <span class="field__unit" aria-hidden="true">{ unit }</span>
                </span>
            </div>
            <p class="field__help" id={help_id}>{ i18n::input_help(lang, input) }</p>
            <p class="field__error" id={error_id}>{ message }</p>
        </div>
    }
}
