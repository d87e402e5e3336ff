//! Questions asked of the model as a whole: which promise the plan should make, which lever a
//! client controls moves the plan's worth most for a comparable step, and (from [`super::fit`])
//! which delivered level today fits what the client measures.

use super::assumptions::Assumptions;
use super::engine::{evaluate, gap_cost, plan_worth};
use super::fit::{fit, Fit};
use super::outcome::Outcome;
use super::scenario::{InputId, Lever, Scenario};

/// The plan's promise, on a 0.1 grid of the 0–10 scale, that maximises the plan's worth
/// with everything else held. Ties go to the promise closest to what the plan delivers, and
/// between two equally close to the smaller.
pub fn best_promise(s: &Scenario, a: &Assumptions) -> f64 {
    let delivered = s.get(InputId::PlanDelivered);
    let mut best = (
        f64::NEG_INFINITY,
        f64::INFINITY,
        s.get(InputId::PlanPromise),
    );
    let mut probe = s.clone();
    for i in 0..=100 {
        let promise = f64::from(i) / 10.0;
        // Every grid point is inside the promise's range, so this cannot fail.
        let _ = probe.set(InputId::PlanPromise, promise);
        // Compare at a cent's precision so float noise does not decide ties (a euro's or a hundred
        // euros' would do alike: neighbouring promises differ by far more).
        let worth = (plan_worth(&probe, a) * 100.0).round();
        let distance = (promise - delivered).abs();
        if worth > best.0 || (worth == best.0 && distance < best.1) {
            best = (worth, distance, promise);
        }
    }
    best.2
}

/// What one comparable step of one lever in the plan does to the plan's worth.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LeverEffect {
    pub lever: Lever,
    /// The change applied to the plan's value: [`Lever::comparable_step`], or less where the
    /// lever's range ends (0 when it is already at the end).
    pub step: f64,
    /// Change in the plan's worth (net present value), euros.
    pub worth: f64,
}

/// For each lever, the change in the plan's worth for one comparable step in the direction that
/// is better for customers; largest effect first. The horizon and today's figures are not
/// levers: a client cannot choose them.
pub fn levers(s: &Scenario, a: &Assumptions) -> Vec<LeverEffect> {
    let base = plan_worth(s, a);
    let mut effects: Vec<LeverEffect> = Lever::ALL
        .iter()
        .map(|&lever| {
            let input = lever.plan();
            let spec = input.spec();
            let value = s.get(input);
            // max/min rather than `clamp`: the same for these ordered bounds, without clamp's panic
            // message, whose float formatting would cost the wasm about 9 KB.
            let moved = (value + lever.comparable_step())
                .max(spec.min)
                .min(spec.max);
            let worth = match s.with(input, moved) {
                Ok(next) => plan_worth(&next, a) - base,
                Err(_) => 0.0,
            };
            LeverEffect {
                lever,
                step: moved - value,
                worth,
            }
        })
        .collect();
    // An insertion sort, stable like `sort_by`: for six levers it is as fast, and the standard
    // library's sort adds about 3 KB to the wasm.
    for i in 1..effects.len() {
        let mut j = i;
        while j > 0
            && effects[j - 1]
                .worth
                .abs()
                .total_cmp(&effects[j].worth.abs())
                .is_lt()
        {
            effects.swap(j - 1, j);
            j -= 1;
        }
    }
    effects
}

/// Everything the view shows for one scenario, computed in one place.
#[derive(Clone, Debug, PartialEq)]
pub struct Analysis {
    pub outcome: Outcome,
    /// What today's gap costs a year (see [`gap_cost`]).
    pub gap_cost: f64,
    pub best_promise: f64,
    pub levers: Vec<LeverEffect>,
    /// Today's delivered level fitted to the client's measures, if they entered a problem share.
    pub fit: Option<Fit>,
}

pub fn analyse(s: &Scenario, a: &Assumptions) -> Analysis {
    Analysis {
        outcome: evaluate(s, a),
        gap_cost: gap_cost(s, a),
        best_promise: best_promise(s, a),
        levers: levers(s, a),
        fit: fit(s, a),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn worth_at(s: &Scenario, a: &Assumptions, promise: f64) -> f64 {
        plan_worth(&s.with(InputId::PlanPromise, promise).unwrap(), a)
    }

    #[test]
    fn the_best_promise_beats_its_neighbours_and_todays() {
        let (s, a) = (Scenario::default(), Assumptions::default());
        let best = best_promise(&s, &a);
        // Below the 7.75 the plan's customers experience: over three years a surplus still pays
        // while the ratchet turns it into expectation (MODEL.md).
        assert_eq!(best, 6.1);
        let top = worth_at(&s, &a, best);
        for other in [best - 0.1, best + 0.1, 8.0, 0.0, 10.0] {
            assert!(top > worth_at(&s, &a, other), "{other}");
        }
    }

    #[test]
    fn ties_go_to_the_promise_closest_to_what_the_plan_delivers() {
        // Without the promise's pull, and customers expecting at least 6.875 from experience in
        // every year of the horizon, every promise up to that is worth the same: the tie goes to
        // the 5 the plan delivers.
        let mut a = Assumptions::default();
        a.set(crate::model::CoefficientId::PromisePull, 0.0)
            .unwrap();
        let mut s = Scenario::default();
        for (id, v) in [
            (InputId::Promise, 0.0),
            (InputId::Delivered, 10.0),
            (InputId::NegativeSurprises, 0.0),
            (InputId::PlanNegativeSurprises, 0.0),
            (InputId::PlanDelivered, 5.0),
        ] {
            s.set(id, v).unwrap();
        }
        assert_eq!(worth_at(&s, &a, 0.0), worth_at(&s, &a, 6.8));
        assert_eq!(best_promise(&s, &a), 5.0);
        // Equally close from both sides: the smaller promise, the safer of the two.
        let between = s.with(InputId::PlanDelivered, 5.05).unwrap();
        assert_eq!(best_promise(&between, &a), 5.0);
    }

    #[test]
    fn a_promise_nobody_believes_is_never_best() {
        // Delivering 3 against today's promise of 8: a bigger promise is not believed, a smaller
        // one loses its pull, so the best is to keep today's promise, never 10.
        let s = Scenario::default()
            .with(InputId::PlanDelivered, 3.0)
            .unwrap();
        assert_eq!(best_promise(&s, &Assumptions::default()), 8.0);
    }

    #[test]
    fn levers_move_by_comparable_steps_largest_effect_first() {
        let a = Assumptions::default();
        let s = Scenario::default();
        let effects = levers(&s, &a);
        assert_eq!(effects.len(), Lever::ALL.len());
        assert_eq!(effects[0].lever, Lever::Delivered);
        assert_eq!(effects[0].step, 1.0);
        assert!(effects[0].worth > 0.0);
        for pair in effects.windows(2) {
            assert!(pair[0].worth.abs() >= pair[1].worth.abs());
        }
        let base = plan_worth(&s, &a);
        for e in &effects {
            let input = e.lever.plan();
            let moved = s.with(input, s.get(input) + e.step).unwrap();
            assert_eq!(e.worth, plan_worth(&moved, &a) - base, "{:?}", e.lever);
            assert_eq!(e.step, e.lever.comparable_step(), "{:?}", e.lever);
        }
        // At the end of its range a lever cannot move: no step, no effect.
        let full = s.with(InputId::PlanRecoveryQuality, 100.0).unwrap();
        let recovery = levers(&full, &a)
            .into_iter()
            .find(|e| e.lever == Lever::RecoveryQuality)
            .unwrap();
        assert_eq!((recovery.step, recovery.worth), (0.0, 0.0));
    }

    #[test]
    fn analyse_gathers_the_plan_todays_gap_and_the_questions() {
        let (s, a) = (Scenario::default(), Assumptions::default());
        let an = analyse(&s, &a);
        assert_eq!(an.outcome, evaluate(&s, &a));
        assert_eq!(an.gap_cost, gap_cost(&s, &a));
        assert_eq!(an.best_promise, best_promise(&s, &a));
        assert_eq!(an.levers, levers(&s, &a));
        let measured = s.with(InputId::ReportedProblems, 20.0).unwrap();
        assert_eq!(analyse(&measured, &a).fit, fit(&measured, &a));
        assert!(an.fit.is_none() && fit(&measured, &a).is_some());
    }
}
