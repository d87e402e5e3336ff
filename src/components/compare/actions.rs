//! The buttons that add a scenario to the comparison: a copy of the one being edited, or, for a
//! first comparison, a ready-made copy that over-promises; and the note once the comparison is
//! full.

use crate::i18n::{t, tf, Key};
use crate::lang::Lang;
use crate::model::InputId;
use crate::state::{Action, NamedScenario, MAX_SCENARIOS};
use yew::prelude::*;

/// How far the ready-made over-promising example raises the plan's promise.
const OVER_PROMISE: f64 = 2.0;

/// The buttons under the heading; `duplicate` is the duplicate button's ref, for focus.
pub(super) fn actions(
    lang: Lang,
    scenarios: &[NamedScenario],
    active: usize,
    full: bool,
    duplicate: NodeRef,
    on_action: &Callback<Action>,
) -> Html {
    let count = scenarios.len();
    let on_duplicate = on_action.reform(|_: MouseEvent| Action::Duplicate);
    let promise = scenarios
        .get(active)
        .map_or(0.0, |s| s.scenario.get(InputId::PlanPromise));
    // Offered for a first comparison, and only where the scale has two points of room.
    let promised = promise + OVER_PROMISE;
    let offer_over_promise = count == 1 && promised <= InputId::PlanPromise.spec().max;
    let over_promise = {
        let on_action = on_action.clone();
        Callback::from(move |_: MouseEvent| {
            // Duplicate makes the copy active, so the next two actions change the copy.
            on_action.emit(Action::Duplicate);
            on_action.emit(Action::SetInput(InputId::PlanPromise, promised));
            on_action.emit(Action::Rename(
                count,
                t(lang, Key::OverPromiseName).to_owned(),
            ));
        })
    };
    html! {
        <div class="comparison__actions">
            <button type="button" id="duplicate-scenario" ref={duplicate} disabled={full} onclick={on_duplicate}>
                { t(lang, Key::DuplicateScenario) }
            </button>
            if offer_over_promise {
                <button type="button" id="compare-over-promise" onclick={over_promise}>
                    { t(lang, Key::CompareOverPromise) }
                </button>
            }
            if full {
                <p class="comparison__limit">{ tf(lang, Key::ScenarioLimit, &[&MAX_SCENARIOS.to_string()]) }</p>
            }
        </div>
    }
}
