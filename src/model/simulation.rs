//! The Monte Carlo: every coefficient drawn from its range at once, the plan run for each draw,
//! and the P10, P50 and P90 of every headline result, the chance the plan pays back, and which
//! assumptions move each result most. Seeded, so the same inputs give the same figures; run in
//! chunks ([`Simulation::step`]) so the app can spread it over animation frames, and draw `i`
//! takes the same numbers whatever the chunks.

use super::assumptions::CoefficientId;
use super::engine::{figures, gap_cost};
use super::scenario::{InputId, Scenario};
use super::uncertainty::{uniform, varied, Sampler, Uncertainty};

/// Draws in a full run.
pub const DRAWS: usize = 2_000;

/// The app's seed: fixed, so a shared link shows the same ranges to everyone who opens it.
pub const SEED: u64 = 16;

/// The results the app shows as headlines, each with a range from the Monte Carlo.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Headline {
    /// What today's gap costs a year.
    GapCost,
    /// The plan's net present value.
    Worth,
    MarginChange,
    MarginChangeAdjusted,
    RevenueChange,
    /// The plan's recommendation, churn and spend per customer in its last year.
    Recommend,
    Churn,
    SpendUplift,
    CustomersChange,
    /// Return on the programme's cost; only when a cost is entered.
    Roi,
}

impl Headline {
    pub const ALL: [Headline; 10] = [
        Headline::GapCost,
        Headline::Worth,
        Headline::MarginChange,
        Headline::MarginChangeAdjusted,
        Headline::RevenueChange,
        Headline::Recommend,
        Headline::Churn,
        Headline::SpendUplift,
        Headline::CustomersChange,
        Headline::Roi,
    ];
}

const HEADLINES: usize = Headline::ALL.len();

/// The 10th, 50th and 90th percentiles of a result over the draws.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Percentiles {
    pub p10: f64,
    pub p50: f64,
    pub p90: f64,
}

impl Percentiles {
    /// How many significant figures `value` deserves given this range: its digits down to the
    /// largest power of ten within half the P10-P90 width, so rounding moves it by at most a
    /// quarter of the range (€1,933,014 in €1.5-2.4 M: €1.9 M). At least one, at most three
    /// (what the app shows when nothing is uncertain).
    pub fn figures(&self, value: f64) -> u32 {
        let half = (self.p90 - self.p10) / 2.0;
        let magnitude = value.abs();
        if magnitude == 0.0 {
            return 1;
        }
        if !(half.is_finite() && half > 0.0) {
            return MAX_FIGURES;
        }
        // Powers of ten by multiplication: `log10` would add libm's code to the wasm.
        let mut step = 1.0;
        while step * 10.0 <= half {
            step *= 10.0;
        }
        while step > half {
            step /= 10.0;
        }
        let mut figures = 0;
        let mut digit = step;
        while digit <= magnitude && figures < MAX_FIGURES {
            digit *= 10.0;
            figures += 1;
        }
        figures.max(1)
    }
}

/// The most figures a result is shown with.
const MAX_FIGURES: u32 = 3;

/// An assumption that moves a result, and how much: the correlation between the result and the
/// assumption's rank over the draws (-1 to 1; positive: a higher value raises the result).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Driver {
    pub assumption: CoefficientId,
    pub correlation: f64,
}

/// What "How are these calculated?" says of a result's range: how wide it is and what drives it.
#[derive(Clone, Debug, PartialEq)]
pub struct Why {
    pub range: Percentiles,
    /// P90 − P10, in the result's own units.
    pub width: f64,
    /// The two assumptions that move it most, largest first; fewer when fewer move it at all.
    pub drivers: Vec<Driver>,
}

/// What a run has found so far.
#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    /// Draws taken.
    pub draws: usize,
    ranges: [Option<Percentiles>; HEADLINES],
    /// Share of the draws in which the plan's worth (net present value, costs included) is
    /// above zero: the chance the plan pays back.
    pub pays_back: f64,
    /// By headline, the correlation of each varied assumption with it (in `varied()`'s order).
    correlations: [Vec<f64>; HEADLINES],
}

impl Summary {
    /// A result's range; `None` before the first draw, and for the return without a cost.
    pub fn range(&self, h: Headline) -> Option<Percentiles> {
        self.ranges[h as usize]
    }

    /// How wide a result's range is and the two assumptions that drive it most.
    pub fn why(&self, h: Headline) -> Option<Why> {
        let range = self.range(h)?;
        let mut drivers: Vec<Driver> = Vec::with_capacity(2);
        for (assumption, &correlation) in varied().zip(&self.correlations[h as usize]) {
            if correlation == 0.0 {
                continue;
            }
            let d = Driver {
                assumption,
                correlation,
            };
            // Keep the two largest, largest first; ties keep the earlier.
            match drivers
                .iter()
                .position(|o| d.correlation.abs() > o.correlation.abs())
            {
                Some(i) => drivers.insert(i, d),
                None => drivers.push(d),
            }
            drivers.truncate(2);
        }
        Some(Why {
            range,
            width: range.p90 - range.p10,
            drivers,
        })
    }
}

/// Running sums of one result against every varied assumption, shifted by the first draw so
/// the variance of a large, nearly constant result does not cancel away.
#[derive(Clone, Debug, Default)]
struct Moments {
    shift: f64,
    sum: f64,
    squares: f64,
    /// Σ (u − ½)·(y − shift) by varied assumption.
    cross: Vec<f64>,
}

/// A Monte Carlo run of one scenario, taken a chunk at a time.
#[derive(Clone, Debug)]
pub struct Simulation {
    scenario: Scenario,
    /// Each varied assumption with its slot in the random numbers and its sampler.
    samplers: Vec<(CoefficientId, Sampler)>,
    seed: u64,
    draws: usize,
    done: usize,
    /// The programme's cost over the horizon, when there is one (for the return).
    cost: Option<f64>,
    /// Each headline's values so far, kept sorted: percentiles at any moment cost nothing.
    sorted: [Vec<f64>; HEADLINES],
    moments: [Moments; HEADLINES],
    /// Σ (u − ½) and Σ (u − ½)² by varied assumption.
    uniforms: Vec<(f64, f64)>,
    positive: usize,
}

impl Simulation {
    pub fn new(s: &Scenario, u: &Uncertainty, seed: u64, draws: usize) -> Simulation {
        let samplers: Vec<_> = varied().map(|c| (c, Sampler::new(&u.get(c)))).collect();
        let n = samplers.len();
        let cost = s.has_cost().then(|| {
            s.get(InputId::CostOneOff) + s.get(InputId::CostPerPeriod) * s.horizon() as f64
        });
        Simulation {
            scenario: s.clone(),
            samplers,
            seed,
            draws,
            done: 0,
            cost,
            sorted: std::array::from_fn(|_| Vec::with_capacity(draws)),
            moments: std::array::from_fn(|_| Moments {
                cross: vec![0.0; n],
                ..Moments::default()
            }),
            uniforms: vec![(0.0, 0.0); n],
            positive: 0,
        }
    }

    /// Takes up to `draws` more draws.
    pub fn step(&mut self, draws: usize) {
        let end = self.draws.min(self.done + draws);
        let mut a = super::assumptions::Assumptions::default();
        let mut us = vec![0.0; self.samplers.len()];
        for i in self.done..end {
            for (k, (c, sampler)) in self.samplers.iter().enumerate() {
                let u = uniform(self.seed, i, *c as usize);
                us[k] = u - 0.5;
                let v = sampler.value(u);
                let (low, high) = c.pair().unwrap_or((*c, *c));
                a.put(low, v);
                a.put(high, v);
            }
            let f = figures(&self.scenario, &a);
            let values = [
                gap_cost(&self.scenario, &a),
                f.worth,
                f.margin_change,
                f.margin_change_adjusted,
                f.revenue_change,
                f.recommend,
                f.churn,
                f.spend_uplift,
                f.customers_change,
                self.cost
                    .map_or(0.0, |cost| (f.margin_change_adjusted - cost) / cost),
            ];
            if f.worth > 0.0 {
                self.positive += 1;
            }
            for (k, &u) in us.iter().enumerate() {
                let (sum, squares) = &mut self.uniforms[k];
                *sum += u;
                *squares += u * u;
            }
            for ((sorted, m), y) in self.sorted.iter_mut().zip(&mut self.moments).zip(values) {
                sorted.insert(sorted.partition_point(|&x| x < y), y);
                if i == 0 {
                    m.shift = y;
                }
                let y = y - m.shift;
                m.sum += y;
                m.squares += y * y;
                for (cross, &u) in m.cross.iter_mut().zip(&us) {
                    *cross += u * y;
                }
            }
        }
        self.done = end;
    }

    /// Share of the run done, 0-1.
    pub fn progress(&self) -> f64 {
        if self.draws == 0 {
            1.0
        } else {
            self.done as f64 / self.draws as f64
        }
    }

    pub fn is_done(&self) -> bool {
        self.done >= self.draws
    }

    /// The figures of the draws taken so far.
    pub fn summary(&self) -> Summary {
        let n = self.done as f64;
        let ranges = std::array::from_fn(|h| {
            let sorted = &self.sorted[h];
            let applies = Headline::ALL[h] != Headline::Roi || self.cost.is_some();
            (applies && !sorted.is_empty()).then(|| Percentiles {
                p10: percentile(sorted, 0.1),
                p50: percentile(sorted, 0.5),
                p90: percentile(sorted, 0.9),
            })
        });
        let correlations = std::array::from_fn(|h| {
            let m = &self.moments[h];
            let var_y = m.squares / n - (m.sum / n) * (m.sum / n);
            self.uniforms
                .iter()
                .zip(&m.cross)
                .map(|(&(su, squ), &cross)| {
                    let var_u = squ / n - (su / n) * (su / n);
                    let cov = cross / n - (su / n) * (m.sum / n);
                    // A result that does not vary, or too little to tell from rounding, has no drivers.
                    if var_y > 1e-20 * (m.shift * m.shift).max(1e-20) && var_u > 0.0 {
                        cov / (var_y * var_u).sqrt()
                    } else {
                        0.0
                    }
                })
                .collect()
        });
        Summary {
            draws: self.done,
            ranges,
            pays_back: if self.done == 0 {
                0.0
            } else {
                self.positive as f64 / n
            },
            correlations,
        }
    }
}

/// A full run in one go, for tests and for anything that need not keep a frame free.
pub fn monte_carlo(s: &Scenario, u: &Uncertainty, seed: u64, draws: usize) -> Summary {
    let mut sim = Simulation::new(s, u, seed, draws);
    sim.step(draws);
    sim.summary()
}

/// The `p` quantile of sorted values, interpolating between neighbours (the common "type 7").
fn percentile(sorted: &[f64], p: f64) -> f64 {
    let h = (sorted.len() - 1) as f64 * p;
    let i = h as usize;
    match sorted.get(i + 1) {
        Some(&next) => sorted[i] + (h - i as f64) * (next - sorted[i]),
        None => sorted[i],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_interpolate_between_neighbours() {
        let v = [1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11.0];
        assert_eq!(percentile(&v, 0.1), 2.0);
        assert_eq!(percentile(&v, 0.5), 6.0);
        assert_eq!(percentile(&v, 0.9), 10.0);
        assert!((percentile(&[0.0, 10.0], 0.1) - 1.0).abs() < 1e-12);
        assert_eq!(percentile(&[4.0], 0.9), 4.0);
    }

    #[test]
    fn figures_follow_the_width_of_the_range() {
        let r = |p10, p90| Percentiles { p10, p50: 0.0, p90 };
        // €1,933,014 in €1.5-2.4 M: half the width is 450 k, so to the 100 k: €1.9 M.
        assert_eq!(r(1.5e6, 2.4e6).figures(1_933_014.0), 2);
        // Within ±5 k: to the 1 k, but never more than three figures.
        assert_eq!(r(1.928e6, 1.938e6).figures(1_933_014.0), 3);
        // A range wider than the value: one figure.
        assert_eq!(r(-1e6, 5e6).figures(1_933_014.0), 1);
        assert_eq!(r(0.1, 0.5).figures(0.3), 1);
        // Rates: 79.4 % within 75-83 %: to the point, two figures.
        assert_eq!(r(0.75, 0.83).figures(0.794), 2);
        // Nothing uncertain: three figures; zero: one.
        assert_eq!(r(5.0, 5.0).figures(5.0), 3);
        assert_eq!(r(0.0, 0.0).figures(0.0), 1);
        assert_eq!(r(-1.0, 1.0).figures(0.0), 1);
        // Negative values by their size.
        assert_eq!(r(-2.4e6, -1.5e6).figures(-1_933_014.0), 2);
    }

    #[test]
    fn an_empty_run_has_no_ranges() {
        let mut sim = Simulation::new(&Scenario::default(), &Uncertainty::default(), SEED, 10);
        assert_eq!(sim.progress(), 0.0);
        let empty = sim.summary();
        assert_eq!((empty.draws, empty.pays_back), (0, 0.0));
        assert_eq!(empty.range(Headline::Worth), None);
        assert_eq!(empty.why(Headline::Worth), None);
        sim.step(4);
        assert_eq!(sim.progress(), 0.4);
        assert!(!sim.is_done());
        sim.step(100);
        assert!(sim.is_done());
        assert_eq!(sim.summary().draws, 10);
        let none = Simulation::new(&Scenario::default(), &Uncertainty::default(), SEED, 0);
        assert!(none.is_done());
        assert_eq!(none.progress(), 1.0);
    }
}
