//! Questions asked of the model as a whole: which promise pays best, and which lever matters most.

use super::assumptions::Assumptions;
use super::engine::{evaluate, CentralImpact};
use super::outcome::Outcome;
use super::scenario::{InputId, Scenario};

/// The promise, on a 0.1 grid of the 0–10 scale, that maximises central revenue impact over the
/// horizon with everything else held. Ties go to the promise closest to what is delivered.
pub fn best_promise(s: &Scenario, a: &Assumptions) -> f64 {
    let delivered = s.get(InputId::Delivered);
    let mut best = (f64::NEG_INFINITY, f64::INFINITY, s.get(InputId::Promise));
    let mut probe = s.clone();
    let central = CentralImpact::new(a);
    for i in 0..=100 {
        let promise = f64::from(i) / 10.0;
        // Every grid point is inside the promise's range, so this cannot fail.
        let _ = probe.set(InputId::Promise, promise);
        let impact = central.of(&probe);
        let distance = (promise - delivered).abs();
        // Compare at a cent's precision so float noise does not decide ties.
        let impact = (impact * 100.0).round();
        if impact > best.0 || (impact == best.0 && distance < best.1) {
            best = (impact, distance, promise);
        }
    }
    best.2
}

/// The inputs the sensitivity view moves: those a consultant can act on or should check.
pub const LEVERS: [InputId; 12] = [
    InputId::Promise,
    InputId::Delivered,
    InputId::DelightEvents,
    InputId::NegativeSurprises,
    InputId::RecoveryQuality,
    InputId::IrrelevantMessages,
    InputId::Customers,
    InputId::RevenuePerCustomer,
    InputId::BaselineChurn,
    InputId::BaselineRecommend,
    InputId::Reach,
    InputId::Horizon,
];

/// How much one input moves the revenue impact.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Lever {
    pub input: InputId,
    /// The one-step change applied (one slider step up, or down at the top of the range).
    pub step: f64,
    /// Change in central revenue impact over the horizon, euros.
    pub impact: f64,
}

/// For each lever, the change in revenue impact for one slider step; largest effect first.
pub fn sensitivity(s: &Scenario, a: &Assumptions) -> Vec<Lever> {
    let central = CentralImpact::new(a);
    let base = central.of(s);
    let mut levers: Vec<Lever> = LEVERS
        .iter()
        .filter_map(|&input| {
            let spec = input.spec();
            let value = s.get(input);
            let step = if value + spec.step <= spec.max {
                spec.step
            } else {
                -spec.step
            };
            let moved = s.with(input, value + step).ok()?;
            Some(Lever {
                input,
                step,
                impact: central.of(&moved) - base,
            })
        })
        .collect();
    // An insertion sort, stable like `sort_by`: for a dozen levers it is as fast, and the
    // standard library's sort adds about 3 KB to the wasm.
    for i in 1..levers.len() {
        let mut j = i;
        while j > 0
            && levers[j - 1]
                .impact
                .abs()
                .total_cmp(&levers[j].impact.abs())
                .is_lt()
        {
            levers.swap(j - 1, j);
            j -= 1;
        }
    }
    levers
}

/// Everything the view shows for one scenario, computed in one place.
#[derive(Clone, Debug, PartialEq)]
pub struct Analysis {
    pub outcome: Outcome,
    pub best_promise: f64,
    pub levers: Vec<Lever>,
}

pub fn analyse(s: &Scenario, a: &Assumptions) -> Analysis {
    Analysis {
        outcome: evaluate(s, a),
        best_promise: best_promise(s, a),
        levers: sensitivity(s, a),
    }
}
