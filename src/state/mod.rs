//! The app's one state type and its reducer: every change the user makes is an [`Action`], and
//! [`AppState::apply`] is the only place state changes. Pure, so it is tested natively.

use crate::lang::Lang;
use crate::model::{Assumptions, CoefficientId, Industry, InputId, Scenario};

/// The most scenarios a comparison holds; more would not fit side by side.
pub const MAX_SCENARIOS: usize = 4;

/// The longest scenario name kept; longer names are cut.
pub const MAX_NAME_CHARS: usize = 60;

/// A scenario with the name the user gave it.
#[derive(Clone, Debug, PartialEq)]
pub struct NamedScenario {
    pub name: String,
    pub scenario: Scenario,
}

/// Everything the user has set: language, scenarios and edited assumptions.
#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub lang: Lang,
    /// Never empty.
    pub scenarios: Vec<NamedScenario>,
    /// Index into `scenarios` of the one being edited.
    pub active: usize,
    pub assumptions: Assumptions,
}

/// A change the user (or a restored link or file) makes.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// A validated value for one input of the active scenario.
    SetInput(InputId, f64),
    /// Copies today's levers into the plan of the active scenario.
    PlanFromToday,
    /// Sets an industry's starting point (its input values only) in the active scenario.
    LoadPreset(Industry),
    /// A validated value for one coefficient (refused values never get here).
    SetAssumption(CoefficientId, f64),
    ResetAssumption(CoefficientId),
    SetLang(Lang),
    Select(usize),
    /// Copies the active scenario and makes the copy active.
    Duplicate,
    Rename(usize, String),
    Remove(usize),
    /// Replaces everything, e.g. from a share link or an imported file.
    Replace(Box<AppState>),
    /// Back to the defaults, keeping the language.
    StartOver,
}

impl AppState {
    /// The defaults in `lang`: one scenario named in that language.
    pub fn new(lang: Lang) -> AppState {
        AppState {
            lang,
            scenarios: vec![NamedScenario {
                name: default_name(lang, 1),
                scenario: Scenario::default(),
            }],
            active: 0,
            assumptions: Assumptions::default(),
        }
    }

    pub fn active(&self) -> &NamedScenario {
        &self.scenarios[self.active]
    }

    pub fn scenario(&self) -> &Scenario {
        &self.active().scenario
    }

    /// The state after `action`. Anything that does not apply (an out-of-range index, a value
    /// the model refuses) leaves the state as it was.
    pub fn apply(&self, action: Action) -> AppState {
        let mut next = self.clone();
        match action {
            Action::SetInput(id, value) => {
                // Values are validated before they get here; a refused one changes nothing.
                let _ = next.scenarios[next.active].scenario.set(id, value);
            }
            Action::PlanFromToday => {
                let plan = next.scenario().plan_from_today();
                next.scenarios[next.active].scenario = plan;
            }
            Action::LoadPreset(industry) => {
                let loaded = industry.apply(next.scenario());
                next.scenarios[next.active].scenario = loaded;
            }
            Action::SetAssumption(id, value) => {
                let _ = next.assumptions.set(id, value);
            }
            Action::ResetAssumption(id) => next.assumptions.reset(id),
            Action::SetLang(lang) => {
                // Names nobody gave follow the language ("Skenaario 2" becomes "Scenario 2").
                for named in &mut next.scenarios {
                    if let Some(n) =
                        (1..=MAX_SCENARIOS).find(|&n| named.name == default_name(next.lang, n))
                    {
                        named.name = default_name(lang, n);
                    }
                }
                next.lang = lang;
            }
            Action::Select(i) if i < next.scenarios.len() => next.active = i,
            Action::Duplicate if next.scenarios.len() < MAX_SCENARIOS => {
                let copy = NamedScenario {
                    name: default_name(next.lang, next.scenarios.len() + 1),
                    scenario: next.scenario().clone(),
                };
                next.scenarios.push(copy);
                next.active = next.scenarios.len() - 1;
            }
            Action::Rename(i, name) if i < next.scenarios.len() => {
                next.scenarios[i].name = clean_name(&name);
            }
            Action::Remove(i) if i < next.scenarios.len() && next.scenarios.len() > 1 => {
                next.scenarios.remove(i);
                if next.active >= i && next.active > 0 {
                    next.active -= 1;
                }
            }
            Action::Replace(state) => next = *state,
            Action::StartOver => next = AppState::new(self.lang),
            Action::Select(_) | Action::Duplicate | Action::Rename(..) | Action::Remove(_) => {}
        }
        next
    }
}

/// "Skenaario 2" / "Scenario 2".
pub fn default_name(lang: Lang, n: usize) -> String {
    crate::i18n::tf(
        lang,
        crate::i18n::Key::ScenarioDefaultName,
        &[&n.to_string()],
    )
}

/// A name as it is kept: control characters dropped, trimmed, at most [`MAX_NAME_CHARS`].
pub fn clean_name(name: &str) -> String {
    name.chars()
        .filter(|c| !c.is_control())
        .take(MAX_NAME_CHARS)
        .collect::<String>()
        .trim()
        .to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inputs_change_only_the_active_scenario() {
        let s = AppState::new(Lang::Fi)
            .apply(Action::Duplicate)
            .apply(Action::SetInput(InputId::Delivered, 5.0));
        assert_eq!(s.active, 1);
        assert_eq!(s.scenarios[1].scenario.get(InputId::Delivered), 5.0);
        assert_eq!(
            s.scenarios[0].scenario.get(InputId::Delivered),
            InputId::Delivered.spec().default
        );
    }

    #[test]
    fn the_plan_starts_from_today_in_the_active_scenario_only() {
        let s = AppState::new(Lang::En)
            .apply(Action::Duplicate)
            .apply(Action::PlanFromToday);
        assert!(s.scenarios[1].scenario.plan_is_today());
        assert!(!s.scenarios[0].scenario.plan_is_today());
    }

    #[test]
    fn a_preset_loads_into_the_active_scenario_only_and_keeps_the_plan() {
        let s = AppState::new(Lang::En)
            .apply(Action::Duplicate)
            .apply(Action::LoadPreset(Industry::Telecom));
        assert_eq!(
            Industry::loaded(&s.scenarios[1].scenario),
            Some(Industry::Telecom)
        );
        assert_eq!(Industry::loaded(&s.scenarios[0].scenario), None);
        assert_eq!(s.assumptions, Assumptions::default());
        for l in crate::model::Lever::ALL {
            assert_eq!(
                s.scenarios[1].scenario.get(l.plan()),
                s.scenarios[0].scenario.get(l.plan())
            );
        }
    }

    #[test]
    fn refused_values_and_bad_indices_change_nothing() {
        let s = AppState::new(Lang::En);
        assert_eq!(s.apply(Action::SetInput(InputId::Promise, f64::NAN)), s);
        assert_eq!(s.apply(Action::SetInput(InputId::Promise, 99.0)), s);
        assert_eq!(
            s.apply(Action::SetAssumption(CoefficientId::RecommendGood, -1.0)),
            s
        );
        assert_eq!(s.apply(Action::Select(7)), s);
        assert_eq!(s.apply(Action::Remove(0)), s, "the last scenario stays");
        assert_eq!(s.apply(Action::Rename(3, "x".into())), s);
    }

    #[test]
    fn duplicate_stops_at_the_maximum_and_remove_keeps_a_valid_active_index() {
        let mut s = AppState::new(Lang::En);
        for _ in 0..10 {
            s = s.apply(Action::Duplicate);
        }
        assert_eq!(s.scenarios.len(), MAX_SCENARIOS);
        assert_eq!(s.active, MAX_SCENARIOS - 1);
        for _ in 0..10 {
            s = s.apply(Action::Remove(s.active));
            assert!(s.active < s.scenarios.len());
        }
        assert_eq!(s.scenarios.len(), 1);
    }

    #[test]
    fn names_are_cleaned_and_start_over_keeps_the_language() {
        let s = AppState::new(Lang::En).apply(Action::Rename(
            0,
            format!("  <b>x</b>\u{7}{}", "y".repeat(100)),
        ));
        assert_eq!(s.scenarios[0].name.chars().count(), MAX_NAME_CHARS - 2);
        assert!(
            s.scenarios[0].name.starts_with("<b>x</b>y"),
            "kept as text; the view escapes it"
        );
        let s = s.apply(Action::SetLang(Lang::Fi)).apply(Action::StartOver);
        assert_eq!(s, AppState::new(Lang::Fi));
    }

    #[test]
    fn default_names_follow_the_language_and_given_names_stay() {
        let s = AppState::new(Lang::Fi)
            .apply(Action::Duplicate)
            .apply(Action::Duplicate)
            .apply(Action::Rename(1, "Kesä".into()))
            .apply(Action::SetLang(Lang::En));
        let names: Vec<_> = s.scenarios.iter().map(|n| n.name.as_str()).collect();
        assert_eq!(
            names,
            [
                default_name(Lang::En, 1).as_str(),
                "Kesä",
                &default_name(Lang::En, 3)
            ]
        );
        assert_ne!(default_name(Lang::En, 1), default_name(Lang::Fi, 1));
        assert_eq!(
            s.apply(Action::SetLang(Lang::Fi)).scenarios[0].name,
            default_name(Lang::Fi, 1)
        );
    }
}
