//! The analysis of every scenario, for the comparison: computed in the app root once per change,
//! never in the view. A scenario that did not change keeps its analysis, so editing one scenario
//! analyses only that one.

use crate::model::{analyse, Analysis, Assumptions, Scenario};
use crate::state::NamedScenario;
use std::rc::Rc;

/// Analyses kept from the last call, with the assumptions they were made under.
#[derive(Default)]
pub struct Analyses {
    assumptions: Option<Assumptions>,
    kept: Vec<(Scenario, Rc<Analysis>)>,
}

impl Analyses {
    /// One analysis per scenario, in order. `known` is an analysis already made under
    /// `assumptions` (the app's own, of the active scenario); it and any kept analysis of an
    /// unchanged scenario are reused, the rest are computed.
    pub fn refresh(
        &mut self,
        scenarios: &[NamedScenario],
        assumptions: &Assumptions,
        known: (&Scenario, &Rc<Analysis>),
    ) -> Vec<Rc<Analysis>> {
        if self.assumptions.as_ref() != Some(assumptions) {
            self.kept.clear();
            self.assumptions = Some(assumptions.clone());
        }
        let kept = std::mem::take(&mut self.kept);
        let find = |s: &Scenario| {
            if s == known.0 {
                return Some(known.1.clone());
            }
            kept.iter().find(|(k, _)| k == s).map(|(_, a)| a.clone())
        };
        let out: Vec<Rc<Analysis>> = scenarios
            .iter()
            .map(|n| {
                find(&n.scenario).unwrap_or_else(|| Rc::new(analyse(&n.scenario, assumptions)))
            })
            .collect();
        self.kept = scenarios
            .iter()
            .map(|n| n.scenario.clone())
            .zip(out.iter().cloned())
            .collect();
        out
    }
}

/// The analyses of all of `state`'s scenarios, recomputed only when a scenario or an assumption
/// changes. `active` is the app's analysis of the active scenario, reused rather than redone.
#[cfg(feature = "browser")]
#[yew::hook]
pub fn use_analyses(
    state: &crate::state::AppState,
    active: &Rc<Analysis>,
) -> Rc<Vec<Rc<Analysis>>> {
    let cache = yew::use_mut_ref(Analyses::default);
    let known = (state.scenario().clone(), active.clone());
    yew::use_memo(
        (state.scenarios.clone(), state.assumptions.clone()),
        move |(scenarios, assumptions)| {
            cache
                .borrow_mut()
                .refresh(scenarios, assumptions, (&known.0, &known.1))
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;
    use crate::model::{CoefficientId, InputId};
    use crate::state::{Action, AppState};

    fn refresh(cache: &mut Analyses, s: &AppState, known: &Rc<Analysis>) -> Vec<Rc<Analysis>> {
        cache.refresh(&s.scenarios, &s.assumptions, (s.scenario(), known))
    }

    #[test]
    fn each_scenario_gets_its_own_analysis() {
        let s = AppState::new(Lang::En)
            .apply(Action::Duplicate)
            .apply(Action::SetInput(InputId::PlanPromise, 9.0));
        let known = Rc::new(analyse(s.scenario(), &s.assumptions));
        let out = refresh(&mut Analyses::default(), &s, &known);
        assert_eq!(out.len(), 2);
        assert_eq!(*out[0], analyse(&s.scenarios[0].scenario, &s.assumptions));
        assert!(Rc::ptr_eq(&out[1], &known), "the app's analysis is reused");
        assert_ne!(out[0].outcome.figures.worth, out[1].outcome.figures.worth);
    }

    #[test]
    fn unchanged_scenarios_keep_their_analysis() {
        let mut cache = Analyses::default();
        let s = AppState::new(Lang::Fi).apply(Action::Duplicate);
        let known = Rc::new(analyse(s.scenario(), &s.assumptions));
        let first = refresh(&mut cache, &s, &known);

        // Editing the second scenario leaves the first one's analysis as it was.
        let s = s.apply(Action::SetInput(InputId::PlanDelivered, 5.0));
        let known = Rc::new(analyse(s.scenario(), &s.assumptions));
        let second = refresh(&mut cache, &s, &known);
        assert!(Rc::ptr_eq(&first[0], &second[0]));
        assert!(Rc::ptr_eq(&second[1], &known));

        // An edited assumption changes every analysis.
        let s = s.apply(Action::SetAssumption(CoefficientId::RecommendGood, 60.0));
        let known = Rc::new(analyse(s.scenario(), &s.assumptions));
        let third = refresh(&mut cache, &s, &known);
        assert!(!Rc::ptr_eq(&second[0], &third[0]));
        assert_eq!(*third[0], analyse(&s.scenarios[0].scenario, &s.assumptions));
        assert_ne!(third[0], second[0]);

        // Removing a scenario keeps the others'.
        let s = s.apply(Action::Remove(1));
        let out = refresh(&mut cache, &s, &third[0]);
        assert_eq!(out.len(), 1);
        assert!(Rc::ptr_eq(&out[0], &third[0]));
    }
}
