//! The analysis sections below the results: the timeline and the comparison of all scenarios,
//! and the levers and the assumptions that move the worth most (the tornado) for the scenario
//! being edited.

use super::compare::{shown_name, Comparison};
use super::levers::levers;
use super::timeline::Timeline;
use crate::embed::Section;
use crate::lang::Lang;
use crate::model::{Analysis, Assumptions, Uncertainty};
use crate::state::{Action, NamedScenario};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct InsightsProps {
    pub lang: Lang,
    pub scenarios: Vec<NamedScenario>,
    pub active: usize,
    /// One analysis per scenario, computed in the app root.
    pub analyses: Rc<Vec<Rc<Analysis>>>,
    /// Each scenario's likely ranges, in the same order.
    pub ranges: Rc<Vec<crate::services::ranges::Ranges>>,
    /// The assumptions in force: the tornado moves each across its range.
    pub assumptions: Assumptions,
    pub on_action: Callback<Action>,
}

#[function_component]
pub fn Insights(props: &InsightsProps) -> Html {
    let lang = props.lang;
    let embed = super::use_embed_settings();
    // Worth-only runs, two per assumption (tens of microseconds natively): per change of inputs.
    let bars = use_memo(
        (
            props
                .scenarios
                .get(props.active)
                .map(|s| s.scenario.clone()),
            props.assumptions.clone(),
        ),
        |(s, a)| {
            s.as_ref()
                .map(|s| crate::model::tornado(s, &Uncertainty::around(a)))
        },
    );
    let (Some(current), Some(analysis)) = (
        props.scenarios.get(props.active),
        props.analyses.get(props.active),
    ) else {
        return Html::default();
    };
    let name = AttrValue::from(shown_name(lang, props.active, &current.name));
    let names: Rc<Vec<String>> = Rc::new(
        props
            .scenarios
            .iter()
            .enumerate()
            .map(|(i, s)| shown_name(lang, i, &s.name))
            .collect(),
    );
    // A host that embeds the calculator picks which of these show (all, outside embed mode).
    let shows = |section| embed.sections.shows(section);
    html! {
        <div class="insights">
            if shows(Section::Chart) {
                <Timeline {lang} {names} active={props.active} analyses={props.analyses.clone()} />
            }
            if shows(Section::Compare) {
                <Comparison {lang} scenarios={props.scenarios.clone()} active={props.active}
                    analyses={props.analyses.clone()} ranges={props.ranges.clone()} on_action={props.on_action.clone()} />
            }
            if shows(Section::Levers) {
                { levers(lang, &name, analysis) }
                if let Some(bars) = bars.as_ref() {
                    { super::tornado::tornado(lang, &name, bars) }
                }
            }
        </div>
    }
}
