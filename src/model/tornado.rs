//! The tornado of the assumptions: each one moved across its own low-high range with the others
//! at their likely values, ranked by how far it swings the plan's worth. The levers a client
//! controls are compared separately ([`levers`](super::levers)), by comparable steps.

use super::assumptions::CoefficientId;
use super::engine::plan_worth;
use super::scenario::Scenario;
use super::uncertainty::{varied, Uncertainty};

/// The plan's worth with one assumption at its low and at its high value.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TornadoBar {
    /// The assumption (a pair by its low end).
    pub assumption: CoefficientId,
    pub at_low: f64,
    pub at_high: f64,
}

impl TornadoBar {
    /// How far the assumption's range moves the worth, euros.
    pub fn swing(&self) -> f64 {
        (self.at_high - self.at_low).abs()
    }
}

/// Every assumption's bar, largest swing first, around the worth at the likely values.
#[derive(Clone, Debug, PartialEq)]
pub struct Tornado {
    pub likely: f64,
    pub bars: Vec<TornadoBar>,
}

pub fn tornado(s: &Scenario, u: &Uncertainty) -> Tornado {
    let likely = u.likely();
    let mut a = likely.clone();
    let mut worth_at = |c: CoefficientId, v: f64| {
        let (low, high) = c.pair().unwrap_or((c, c));
        a.put(low, v);
        a.put(high, v);
        let worth = plan_worth(s, &a);
        a.put(low, likely.get(low));
        a.put(high, likely.get(high));
        worth
    };
    let mut bars: Vec<TornadoBar> = varied()
        .map(|c| {
            let spread = u.get(c);
            TornadoBar {
                assumption: c,
                at_low: worth_at(c, spread.low),
                at_high: worth_at(c, spread.high),
            }
        })
        .collect();
    // An insertion sort, stable: the standard library's sort adds about 3 KB to the wasm.
    for i in 1..bars.len() {
        let mut j = i;
        while j > 0 && bars[j - 1].swing() < bars[j].swing() {
            bars.swap(j - 1, j);
            j -= 1;
        }
    }
    Tornado {
        likely: plan_worth(s, &likely),
        bars,
    }
}
