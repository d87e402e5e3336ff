//! How sure the model is of each coefficient: a low, a likely and a high value, the reason for
//! the range and a distribution, and the draws the Monte Carlo takes from them.
//!
//! A low/high pair of coefficients (never return, word-of-mouth influence, loss aversion) is
//! already a range: it is one uncertain quantity whose low and high are the pair's two ends and
//! whose likely value is their midpoint, the central value `evaluate` uses. A draw sets both ends
//! to the drawn value. Draws use common random numbers: draw `i` of a coefficient is always the
//! inverse distribution function of the same uniform number, whatever the chunk, the other
//! coefficients or the range, so widening a range moves each draw rather than reshuffling them.

use super::assumptions::{AssumptionError, Assumptions, CoefficientId};
use super::scenario::ValueError;

/// The distribution between a coefficient's low and high values, peaking at its likely value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// Beta-PERT: most weight near the likely value. For figures a source or study gives.
    Pert,
    /// Triangular: more weight towards the ends than PERT. For our own judgement.
    Triangular,
}

/// Where a range comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Basis {
    /// The range published figures span (the reason names them).
    Studies,
    /// Our judgement, said as such: how far we think the figure could be off.
    Judgement,
}

/// A coefficient's range at its default value, with its reason.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RangeSpec {
    pub low: f64,
    pub high: f64,
    pub shape: Shape,
    pub basis: Basis,
    /// Why this range, in a sentence (MODEL.md, "Uncertainty", gives the same).
    pub reason: &'static str,
}

const fn range(low: f64, high: f64, shape: Shape, basis: Basis, reason: &'static str) -> RangeSpec {
    RangeSpec {
        low,
        high,
        shape,
        basis,
        reason,
    }
}

impl CoefficientId {
    /// The range of this coefficient at its default value; both ends of a pair give the pair's.
    pub const fn range(self) -> RangeSpec {
        use Basis::*;
        use CoefficientId::*;
        use Shape::*;
        match self {
            RecommendGood => range(70.0, 85.0, Pert, Judgement, "one survey's \"over 77 %\"; other years and industries differ by several points"),
            RecommendNeutral => range(15.0, 45.0, Triangular, Judgement, "no source: anywhere clearly between the good and the bad rate"),
            RecommendBad => range(1.0, 15.0, Triangular, Judgement, "no source: a few recommend anyway"),
            SpendGood => range(10.0, 25.0, Pert, Judgement, "one barometer's \"over 17 %\"; willingness to pay more varies by market"),
            NeverReturnLow | NeverReturnHigh => range(50.0, 60.0, Pert, Judgement, "the source's \"over 50 %\" read as 50-60 %: the pair's two ends"),
            ChurnNeutral => range(8.0, 25.0, Triangular, Judgement, "a typical yearly churn; only its odds against good and bad matter"),
            GoodChurnFactor => range(60.0, 95.0, Triangular, Judgement, "no source: a good experience keeps somewhat more customers"),
            LessLoyal => range(55.0, 75.0, Pert, Judgement, "one survey's figure; wording and sample could move it ten points"),
            WouldLeave => range(47.0, 67.0, Pert, Judgement, "one survey's figure; wording and sample could move it ten points"),
            SayDoRecommend => range(20.0, 45.0, Pert, Judgement, "one study's \"about a third\"; the share varies by sector"),
            SayDoSpend => range(15.0, 50.0, Triangular, Judgement, "intentions overstate behaviour several-fold; how many times is not known here"),
            SayDoReturn => range(20.0, 60.0, Triangular, Judgement, "no source: leaving has costs, so fewer act than say"),
            SayDoMessages => range(2.0, 25.0, Triangular, Judgement, "no source: a mild irritant"),
            ToldBad => range(8.0, 24.0, Pert, Judgement, "one barometer's \"over 15\", recalled; recall overstates"),
            ToldGood => range(6.0, 18.0, Pert, Judgement, "one barometer's figure, recalled; recall overstates"),
            WomInfluenceLow | WomInfluenceHigh => range(2.0, 10.0, Triangular, Judgement, "no source: the pair's two ends"),
            PromisePull => range(1.0, 10.0, Triangular, Judgement, "no source: set it from acquisition data"),
            LossAversionLow | LossAversionHigh => range(1.5, 2.25, Pert, Studies, "from the modest asymmetry satisfaction studies find to Tversky & Kahneman's 2.25: the pair's two ends"),
            LevelWeight => range(0.5, 1.5, Triangular, Judgement, "no source: level and gap could weigh half or one and a half times each other"),
            GoodHalf => range(0.75, 3.0, Triangular, Judgement, "no source: half as high or twice as high"),
            BadHalf => range(1.5, 6.0, Triangular, Judgement, "no source: half as high or twice as high"),
            Ratchet => range(25.0, 75.0, Triangular, Judgement, "seed 002 describes the ratchet but gives no speed"),
            DelightHalf => range(1.0, 4.0, Triangular, Judgement, "no source: half as many or twice as many surprises"),
            DelightPoints => range(0.5, 1.5, Triangular, Judgement, "no source: half a point to one and a half"),
            SurpriseSeverity => range(0.25, 1.0, Triangular, Judgement, "no source: half as severe or twice as severe"),
            IrrelevantHalf => range(2.0, 8.0, Triangular, Judgement, "no source: half as many or twice as many messages"),
        }
    }
}

/// The uncertain quantities, in [`CoefficientId::ALL`]'s order: every coefficient, a pair once
/// (named by its low end).
pub fn varied() -> impl Iterator<Item = CoefficientId> {
    CoefficientId::ALL
        .iter()
        .copied()
        .filter(|&c| c.pair().is_none_or(|(low, _)| low == c))
}

/// One coefficient's low, likely and high value, in the units it is shown in, and its shape.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Spread {
    pub low: f64,
    pub likely: f64,
    pub high: f64,
    pub shape: Shape,
}

/// The spread of every coefficient around the values in force.
#[derive(Clone, Debug, PartialEq)]
pub struct Uncertainty {
    /// By coefficient; both ends of a pair hold the pair's spread.
    spreads: Vec<Spread>,
}

impl Default for Uncertainty {
    fn default() -> Self {
        Uncertainty::around(&Assumptions::default())
    }
}

impl Uncertainty {
    /// The default ranges, moved with any edited coefficient: an edited value keeps its range's
    /// proportions (77 % in 70-85 % edited to 88 % gives 80-97 %), within the coefficient's
    /// limits; an edited pair's ends are its range.
    pub fn around(a: &Assumptions) -> Uncertainty {
        let spreads = CoefficientId::ALL
            .iter()
            .map(|&c| {
                let (r, s) = (c.range(), c.spec());
                match c.pair() {
                    Some((low, high)) => Spread {
                        low: a.get(low),
                        likely: (a.get(low) + a.get(high)) / 2.0,
                        high: a.get(high),
                        shape: r.shape,
                    },
                    None => {
                        let likely = a.get(c);
                        let scale = likely / s.default;
                        Spread {
                            low: (r.low * scale).max(s.min),
                            likely,
                            high: (r.high * scale).min(s.max),
                            shape: r.shape,
                        }
                    }
                }
            })
            .collect();
        Uncertainty { spreads }
    }

    pub fn get(&self, id: CoefficientId) -> Spread {
        self.spreads[id as usize]
    }

    /// Sets a coefficient's low and high values around its likely one (for a pair, the pair's),
    /// or says why not and changes nothing.
    pub fn set(&mut self, id: CoefficientId, low: f64, high: f64) -> Result<(), AssumptionError> {
        let s = id.spec();
        let likely = self.get(id).likely;
        for v in [low, high] {
            if !v.is_finite() {
                return Err(AssumptionError::Value(ValueError::NotFinite));
            }
            if v < s.min || v > s.max {
                return Err(AssumptionError::Value(ValueError::OutOfRange {
                    min: s.min,
                    max: s.max,
                }));
            }
        }
        if low > likely || likely > high {
            return Err(AssumptionError::LowAboveHigh { low, high });
        }
        let (first, second) = id.pair().unwrap_or((id, id));
        for c in [first, second] {
            let spread = &mut self.spreads[c as usize];
            spread.low = low;
            spread.high = high;
        }
        Ok(())
    }

    /// Every coefficient at its likely value, a pair's two ends both at the pair's.
    pub fn likely(&self) -> Assumptions {
        let mut a = Assumptions::default();
        for (&c, spread) in CoefficientId::ALL.iter().zip(&self.spreads) {
            a.put(c, spread.likely);
        }
        a
    }
}

/// Cells of a distribution's table: fine enough that the table's quantiles are within a
/// thousandth of the range of the exact ones.
const CELLS: usize = 128;

/// Draws of one spread by its inverse distribution function, tabulated once per run.
#[derive(Clone, Debug)]
pub(super) struct Sampler {
    low: f64,
    width: f64,
    /// The distribution function at `CELLS + 1` evenly spaced points from low to high.
    cdf: Vec<f64>,
}

impl Sampler {
    pub(super) fn new(sp: &Spread) -> Sampler {
        let width = sp.high - sp.low;
        let mode = if width > 0.0 {
            (sp.likely - sp.low) / width
        } else {
            0.5
        };
        // Unnormalised densities on 0-1: both peak at `mode`.
        let density = |t: f64| match sp.shape {
            Shape::Triangular if t < mode => t / mode,
            Shape::Triangular if mode < 1.0 => (1.0 - t) / (1.0 - mode),
            Shape::Triangular => 1.0,
            // PERT's beta shapes are 1 + 4·mode and 1 + 4·(1 − mode).
            Shape::Pert => t.powf(4.0 * mode) * (1.0 - t).powf(4.0 * (1.0 - mode)),
        };
        let mut cdf = Vec::with_capacity(CELLS + 1);
        let (mut total, mut previous) = (0.0, density(0.0));
        cdf.push(0.0);
        for j in 1..=CELLS {
            let d = density(j as f64 / CELLS as f64);
            total += (previous + d) / 2.0;
            previous = d;
            cdf.push(total);
        }
        for c in &mut cdf {
            *c /= total;
        }
        Sampler {
            low: sp.low,
            width,
            cdf,
        }
    }

    /// The value at probability `u` (0-1): increasing in `u`, from low to high.
    pub(super) fn value(&self, u: f64) -> f64 {
        let cell = self.cdf[1..CELLS].partition_point(|&c| c <= u);
        let (from, to) = (self.cdf[cell], self.cdf[cell + 1]);
        let t = (cell as f64 + (u - from) / (to - from)) / CELLS as f64;
        // `u` at or above the cell's start puts `t` at or above 0; rounding alone could pass 1.
        self.low + self.width * t.min(1.0)
    }
}

/// A uniform number in (0, 1) for slot `slot` of draw `draw`: SplitMix64's output function on
/// a counter, so any draw can be taken on its own, in any order, in chunks of any size.
pub(super) fn uniform(seed: u64, draw: usize, slot: usize) -> f64 {
    let counter = (draw as u64)
        .wrapping_mul(CoefficientId::ALL.len() as u64)
        .wrapping_add(slot as u64 + 1);
    let mut z = mix(seed).wrapping_add(counter.wrapping_mul(0x9E37_79B9_7F4A_7C15));
    z = mix(z);
    ((z >> 11) as f64 + 0.5) / (1u64 << 53) as f64
}

fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_range_holds_its_default_inside_its_limits() {
        for &c in CoefficientId::ALL {
            let (r, s) = (c.range(), c.spec());
            let likely = Uncertainty::default().get(c).likely;
            assert!(
                s.min <= r.low && r.low < likely && likely < r.high && r.high <= s.max,
                "{c:?}"
            );
            assert!(!r.reason.is_empty());
            if let Some((low, high)) = c.pair() {
                // A pair is its own range.
                assert_eq!((r.low, r.high), (low.spec().default, high.spec().default));
            } else {
                assert_eq!(likely, s.default, "{c:?}");
            }
        }
        assert_eq!(varied().count(), CoefficientId::ALL.len() - 3);
    }

    #[test]
    fn an_edited_coefficient_takes_its_range_along() {
        let mut a = Assumptions::default();
        a.set(CoefficientId::RecommendGood, 88.0).unwrap();
        a.set(CoefficientId::GoodHalf, 0.2).unwrap();
        a.set(CoefficientId::GoodChurnFactor, 100.0).unwrap();
        let u = Uncertainty::around(&a);
        let rg = u.get(CoefficientId::RecommendGood);
        assert_eq!(rg.likely, 88.0);
        assert!((rg.low - 80.0).abs() < 1e-9 && (rg.high - 97.142_857).abs() < 1e-6);
        // Never beyond the coefficient's own limits.
        assert_eq!(u.get(CoefficientId::GoodHalf).low, 0.1);
        assert_eq!(u.get(CoefficientId::GoodChurnFactor).high, 100.0);
        // The likely values are the assumptions in force, a pair at its midpoint.
        let likely = u.likely();
        assert_eq!(likely.get(CoefficientId::RecommendGood), 88.0);
        assert_eq!(likely.get(CoefficientId::NeverReturnLow), 55.0);
        assert_eq!(likely.get(CoefficientId::NeverReturnHigh), 55.0);
    }

    #[test]
    fn a_range_is_refused_unless_it_holds_the_likely_value_inside_the_limits() {
        use CoefficientId::*;
        let mut u = Uncertainty::default();
        assert!(matches!(
            u.set(RecommendGood, 78.0, 90.0),
            Err(AssumptionError::LowAboveHigh { .. })
        ));
        assert!(matches!(
            u.set(RecommendGood, 60.0, 76.0),
            Err(AssumptionError::LowAboveHigh { .. })
        ));
        assert!(matches!(
            u.set(RecommendGood, 60.0, 101.0),
            Err(AssumptionError::Value(ValueError::OutOfRange { .. }))
        ));
        assert!(matches!(
            u.set(RecommendGood, -1.0, 90.0),
            Err(AssumptionError::Value(ValueError::OutOfRange { .. }))
        ));
        assert_eq!(
            u.set(RecommendGood, f64::NAN, 90.0),
            Err(AssumptionError::Value(ValueError::NotFinite))
        );
        assert_eq!(u, Uncertainty::default());
        // A point is a range; a pair's two ends move together.
        u.set(RecommendGood, 77.0, 77.0).unwrap();
        u.set(WomInfluenceHigh, 1.0, 12.0).unwrap();
        assert_eq!(u.get(WomInfluenceLow), u.get(WomInfluenceHigh));
        assert_eq!(
            (u.get(WomInfluenceLow).low, u.get(WomInfluenceLow).high),
            (1.0, 12.0)
        );
    }

    #[test]
    fn draws_follow_the_shape_between_the_ends() {
        for shape in [Shape::Pert, Shape::Triangular] {
            let s = Sampler::new(&Spread {
                low: 2.0,
                likely: 4.0,
                high: 10.0,
                shape,
            });
            assert_eq!(s.value(0.0), 2.0);
            assert_eq!(s.value(1.0), 10.0);
            let mut last = 2.0;
            for i in 1..1000 {
                let v = s.value(i as f64 / 1000.0);
                assert!(v >= last && v <= 10.0, "{shape:?}");
                last = v;
            }
        }
        // Triangular's median, exactly: below the mode's 25 %, so 10 − √(0.5·8·6).
        let tri = Sampler::new(&Spread {
            low: 2.0,
            likely: 4.0,
            high: 10.0,
            shape: Shape::Triangular,
        });
        assert!((tri.value(0.5) - (10.0 - 24f64.sqrt())).abs() < 2e-3);
        // PERT's mean is (low + 4·likely + high) / 6 = 4.67: its median lies between mode and mean.
        let pert = Sampler::new(&Spread {
            low: 2.0,
            likely: 4.0,
            high: 10.0,
            shape: Shape::Pert,
        });
        let median = pert.value(0.5);
        assert!(median > 4.0 && median < 4.67, "{median}");
        // A point draws the point.
        let point = Sampler::new(&Spread {
            low: 3.0,
            likely: 3.0,
            high: 3.0,
            shape: Shape::Pert,
        });
        assert_eq!(point.value(0.3), 3.0);
    }

    proptest::proptest! {
        /// Common random numbers make widening a triangular range move every draw outwards: a
        /// lower low end never raises a draw, a higher high end never lowers one. A PERT range
        /// also changes its concentration (widened at one end, its other tail stretches too),
        /// so there the draws' P10-P90 width never narrows.
        #[test]
        fn widening_a_range_spreads_its_draws(
            low in 0.0f64..10.0, above in 0.0f64..10.0, below in 0.0f64..10.0,
            down in 0.0f64..10.0, up in 0.0f64..10.0,
        ) {
            let spread = Spread { low, likely: low + above, high: low + above + below, shape: Shape::Triangular };
            let slack = 1e-9 * (1.0 + spread.high.abs());
            let before = Sampler::new(&spread);
            let lower = Sampler::new(&Spread { low: low - down, ..spread });
            let higher = Sampler::new(&Spread { high: spread.high + up, ..spread });
            for i in 0..200 {
                let u = uniform(16, i, 0);
                proptest::prop_assert!(lower.value(u) <= before.value(u) + slack);
                proptest::prop_assert!(higher.value(u) >= before.value(u) - slack);
            }
            let pert = Spread { shape: Shape::Pert, ..spread };
            let width = |s: &Spread| {
                let s = Sampler::new(s);
                s.value(0.9) - s.value(0.1)
            };
            let wide = Spread { low: low - down, high: pert.high + up, ..pert };
            proptest::prop_assert!(width(&wide) >= width(&pert) - slack);
            let (lower, higher) = (Spread { low: low - down, ..pert }, Spread { high: pert.high + up, ..pert });
            proptest::prop_assert!(width(&lower) >= width(&pert) - slack);
            proptest::prop_assert!(width(&higher) >= width(&pert) - slack);
        }
    }

    #[test]
    fn uniform_numbers_are_in_the_open_interval_and_spread_evenly() {
        let mut sum = 0.0;
        for i in 0..10_000 {
            let u = uniform(7, i, 3);
            assert!(u > 0.0 && u < 1.0);
            sum += u;
        }
        assert!((sum / 10_000.0 - 0.5).abs() < 0.01);
        assert_eq!(uniform(7, 5, 3), uniform(7, 5, 3));
        assert_ne!(uniform(7, 5, 3), uniform(8, 5, 3));
        assert_ne!(uniform(7, 5, 3), uniform(7, 5, 4));
    }
}
