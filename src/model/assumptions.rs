//! The model's coefficients: each a named number with its unit, its allowed range and where it
//! comes from (a figure in the seed texts, a named study, or a labelled assumption).
//!
//! Where a source gives a range or a bound, the model carries two coefficients (`…Low`, `…High`)
//! and uses their midpoint as the central value; the two ends give every result its band.

use super::scenario::{check, Unit, ValueError};
use serde::{Deserialize, Serialize};

/// Where a coefficient's default comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    /// A figure quoted in one of the seed texts (`../shared/seeds/`).
    Seed { file: &'static str },
    /// A published study that the seed texts do not quote.
    Study,
    /// Our assumption; the user should set it from their own data.
    Assumption,
}

/// Metadata of one coefficient.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CoefficientSpec {
    pub key: &'static str,
    pub default: f64,
    pub min: f64,
    pub max: f64,
    pub unit: Unit,
    /// Author and year, as cited (language-neutral, shown as it is in both languages); empty
    /// when the seed text gives no author.
    pub source: &'static str,
    pub origin: Origin,
}

macro_rules! coefficients {
    ($($id:ident => ($key:literal, $default:expr, $min:expr, $max:expr, $unit:ident, $source:literal, $origin:expr),)+) => {
        /// Every coefficient of the model.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum CoefficientId { $($id,)+ }

        impl CoefficientId {
            pub const ALL: &'static [CoefficientId] = &[$(CoefficientId::$id,)+];

            pub const fn spec(self) -> CoefficientSpec {
                match self {
                    $(CoefficientId::$id => CoefficientSpec {
                        key: $key, default: $default, min: $min, max: $max,
                        unit: Unit::$unit, source: $source, origin: $origin,
                    },)+
                }
            }

            /// `spec().unit` alone: a byte from a table, where `spec()` builds the whole
            /// record. The engine reads two dozen units per run.
            const fn unit(self) -> Unit {
                match self {
                    $(CoefficientId::$id => Unit::$unit,)+
                }
            }
        }
    };
}

const SEED_000: Origin = Origin::Seed {
    file: "000_7d474bae9e62116e.txt",
};
const SEED_002: Origin = Origin::Seed {
    file: "002_d2eb5bef9737e29a.txt",
};
const SEED_003: Origin = Origin::Seed {
    file: "003_c9ce6735a01a8c52.txt",
};
const SEED_004: Origin = Origin::Seed {
    file: "004_566887f2687044a2.txt",
};

coefficients! {
    RecommendGood => ("a_rg", 77.0, 0.0, 100.0, Percent, "Temkin Group", SEED_000),
    SpendGood => ("a_sg", 17.0, 0.0, 100.0, Percent, "American Express 2017", SEED_000),
    NeverReturnLow => ("a_nrl", 50.0, 0.0, 100.0, Percent, "NewVoiceMedia", SEED_000),
    NeverReturnHigh => ("a_nrh", 60.0, 0.0, 100.0, Percent, "NewVoiceMedia; upper end assumed", Origin::Assumption),
    ToldBad => ("a_tb", 15.0, 0.0, 1000.0, People, "American Express 2017", SEED_000),
    ToldGood => ("a_tg", 11.0, 0.0, 1000.0, People, "American Express 2017", Origin::Study),
    DelightRevenueLow => ("a_drl", 8.0, 0.0, 100.0, Percent, "McKinsey 2024", SEED_004),
    DelightRevenueHigh => ("a_drh", 12.0, 0.0, 100.0, Percent, "McKinsey 2024", SEED_004),
    DelightHalf => ("a_dh", 2.0, 0.1, 50.0, PerYear, "Assumption", Origin::Assumption),
    RecommendDelighted => ("a_rd", 90.0, 0.0, 100.0, Percent, "Assumption", Origin::Assumption),
    DelightPoints => ("a_dp", 1.0, 0.0, 10.0, Points, "Assumption", Origin::Assumption),
    Ratchet => ("a_ra", 50.0, 0.0, 100.0, Percent, "", SEED_002),
    LossAversionLow => ("a_lal", 1.5, 1.0, 5.0, Times, "Kahneman & Tversky 1979; Mittal et al. 1998", Origin::Study),
    LossAversionHigh => ("a_lah", 2.5, 1.0, 5.0, Times, "Tversky & Kahneman 1992; Anderson & Sullivan 1993", Origin::Study),
    LevelWeight => ("a_lw", 1.0, 0.0, 5.0, Times, "Anderson & Sullivan 1993", Origin::Study),
    GoodAt => ("a_ga", 4.0, 0.5, 20.0, Points, "Temkin Group", SEED_000),
    BadAt => ("a_ba", 6.0, 0.5, 30.0, Points, "NewVoiceMedia", SEED_000),
    GoodChurnFactor => ("a_gc", 80.0, 0.0, 100.0, Percent, "Assumption", Origin::Assumption),
    RecommendBad => ("a_rb", 0.0, 0.0, 100.0, Percent, "Assumption", Origin::Assumption),
    WomConversion => ("a_wc", 2.0, 0.0, 100.0, Percent, "Assumption", Origin::Assumption),
    PromiseAttraction => ("a_pa", 5.0, 0.0, 100.0, PercentPerPoint, "Assumption", Origin::Assumption),
    SurpriseSeverity => ("a_ss", 0.5, 0.0, 10.0, Points, "Assumption", Origin::Assumption),
    LessLoyal => ("a_ll", 65.0, 0.0, 100.0, Percent, "Ricoh 2017", SEED_003),
    WouldLeave => ("a_wl", 57.0, 0.0, 100.0, Percent, "Ricoh 2017", SEED_003),
    SayDo => ("a_sd", 10.0, 0.0, 100.0, Percent, "Assumption", Origin::Assumption),
    IrrelevantHalf => ("a_ih", 4.0, 0.1, 100.0, PerMonth, "Assumption", Origin::Assumption),
}

impl CoefficientId {
    pub fn from_key(key: &str) -> Option<CoefficientId> {
        CoefficientId::ALL
            .iter()
            .copied()
            .find(|c| c.spec().key == key)
    }

    /// The other end of a low/high pair, if this coefficient is one.
    pub fn pair(self) -> Option<(CoefficientId, CoefficientId)> {
        use CoefficientId::*;
        match self {
            NeverReturnLow | NeverReturnHigh => Some((NeverReturnLow, NeverReturnHigh)),
            DelightRevenueLow | DelightRevenueHigh => Some((DelightRevenueLow, DelightRevenueHigh)),
            LossAversionLow | LossAversionHigh => Some((LossAversionLow, LossAversionHigh)),
            _ => None,
        }
    }
}

/// Why an edited coefficient was refused.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum AssumptionError {
    Value(ValueError),
    /// The low end of a range would be above its high end.
    LowAboveHigh {
        low: f64,
        high: f64,
    },
}

/// The coefficient values in force: the source defaults, or the user's edits.
#[derive(Clone, Debug, PartialEq)]
pub struct Assumptions {
    values: Vec<f64>,
}

impl Default for Assumptions {
    fn default() -> Self {
        Assumptions {
            values: CoefficientId::ALL
                .iter()
                .map(|c| c.spec().default)
                .collect(),
        }
    }
}

impl Assumptions {
    /// The value as shown (percent coefficients as percents).
    pub fn get(&self, id: CoefficientId) -> f64 {
        self.values[id as usize]
    }

    /// The value as a fraction for percent units, as is otherwise.
    pub fn frac(&self, id: CoefficientId) -> f64 {
        match id.unit() {
            Unit::Percent | Unit::PercentPerPoint => self.get(id) / 100.0,
            _ => self.get(id),
        }
    }

    pub fn is_edited(&self, id: CoefficientId) -> bool {
        self.get(id) != id.spec().default
    }

    /// The coefficients that differ from their source values.
    pub fn edited(&self) -> impl Iterator<Item = CoefficientId> + '_ {
        CoefficientId::ALL
            .iter()
            .copied()
            .filter(|&c| self.is_edited(c))
    }

    /// Sets one coefficient, or says why not and changes nothing.
    pub fn set(&mut self, id: CoefficientId, value: f64) -> Result<(), AssumptionError> {
        let s = id.spec();
        let range = super::scenario::InputSpec {
            min: s.min,
            max: s.max,
            step: 0.0,
            default: s.default,
            unit: s.unit,
            whole: false,
            key: s.key,
        };
        let value = check(&range, value).map_err(AssumptionError::Value)?;
        if let Some((low, high)) = id.pair() {
            let (l, h) = if id == low {
                (value, self.get(high))
            } else {
                (self.get(low), value)
            };
            if l > h {
                return Err(AssumptionError::LowAboveHigh { low: l, high: h });
            }
        }
        self.values[id as usize] = value;
        Ok(())
    }

    pub fn reset(&mut self, id: CoefficientId) {
        // Resetting one end of a pair could leave low > high; reset both ends then.
        match id.pair() {
            Some((low, high)) if self.set(id, id.spec().default).is_err() => {
                self.values[low as usize] = low.spec().default;
                self.values[high as usize] = high.spec().default;
            }
            Some(_) => {}
            None => self.values[id as usize] = id.spec().default,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_valid_and_keys_unique() {
        let a = Assumptions::default();
        for &c in CoefficientId::ALL {
            let s = c.spec();
            assert!(s.min <= s.default && s.default <= s.max, "{c:?}");
            assert_eq!(CoefficientId::from_key(s.key), Some(c));
            assert!(!a.is_edited(c));
        }
    }

    #[test]
    fn out_of_range_and_nan_are_refused_with_a_reason() {
        let mut a = Assumptions::default();
        assert!(matches!(
            a.set(CoefficientId::RecommendGood, 120.0),
            Err(AssumptionError::Value(ValueError::OutOfRange { .. }))
        ));
        assert_eq!(
            a.set(CoefficientId::ToldBad, f64::NAN),
            Err(AssumptionError::Value(ValueError::NotFinite))
        );
        assert_eq!(
            a.set(CoefficientId::NeverReturnLow, 70.0),
            Err(AssumptionError::LowAboveHigh {
                low: 70.0,
                high: 60.0
            })
        );
        assert_eq!(a, Assumptions::default());
    }

    #[test]
    fn edit_marks_and_reset_restores() {
        let mut a = Assumptions::default();
        a.set(CoefficientId::ToldBad, 20.0).unwrap();
        assert_eq!(a.edited().collect::<Vec<_>>(), vec![CoefficientId::ToldBad]);
        a.reset(CoefficientId::ToldBad);
        assert_eq!(a, Assumptions::default());
        // Resetting the low end to 50 while the high end was moved to 40 resets both.
        a.set(CoefficientId::NeverReturnLow, 30.0).unwrap();
        a.set(CoefficientId::NeverReturnHigh, 40.0).unwrap();
        a.reset(CoefficientId::NeverReturnLow);
        assert_eq!(a, Assumptions::default());
    }
}
