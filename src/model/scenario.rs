//! The user's scenario: every input of the calculator, validated.
//!
//! Values are stored exactly as the user sees them (percent fields as percents, euros as euros),
//! so the view, the share link and the CSV export all speak the same numbers. One table,
//! [`InputId::spec`], gives each input its range, step, unit and default; validation, sliders and
//! the URL codec all read it.

use serde::{Deserialize, Serialize};

/// The unit an input or coefficient is shown in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Unit {
    /// A level on the 0–10 scale of the promise and the delivered experience.
    Points,
    /// Events per customer per year.
    PerYear,
    /// Messages per customer per month.
    PerMonth,
    /// A percentage, stored as e.g. `15.0` for 15 %.
    Percent,
    /// A number of customers.
    Customers,
    /// Euros.
    Euros,
    /// Whole periods (years).
    Periods,
    /// A number of people.
    People,
    /// A plain multiplier, e.g. losses weigh 2.0 × gains.
    Times,
    /// Percent of the customer base per promise point per period.
    PercentPerPoint,
}

/// Every input of a scenario, in the user's terms.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum InputId {
    /// What the brand and service promise leads customers to expect, 0–10.
    Promise,
    /// The service customers actually experience, 0–10.
    Delivered,
    /// Positive surprises beyond the promise, per customer per year.
    DelightEvents,
    /// For how many periods the delight goes on; after that, its absence is felt as a shortfall.
    DelightPeriods,
    /// Service breaks per customer per year.
    NegativeSurprises,
    /// How well a service break is put right, 0 % (not at all) to 100 % (fully).
    RecoveryQuality,
    /// Irrelevant messages per customer per month.
    IrrelevantMessages,
    /// Customers at the start.
    Customers,
    /// Average yearly revenue per customer, euros.
    RevenuePerCustomer,
    /// Share of customers who leave in a year today, percent.
    BaselineChurn,
    /// Share of customers who recommend today, percent.
    BaselineRecommend,
    /// Share of customers who meet the experience, percent.
    Reach,
    /// How many periods (years) to model.
    Horizon,
    /// One-off programme cost, euros.
    CostOneOff,
    /// Programme cost per period, euros.
    CostPerPeriod,
    /// Yearly discount rate for the net present value, percent.
    DiscountRate,
}

/// Range, step, unit and default of one input.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct InputSpec {
    pub min: f64,
    pub max: f64,
    /// The slider step; also the resolution of the sensitivity view.
    pub step: f64,
    pub default: f64,
    pub unit: Unit,
    /// Whole numbers only (customers, periods).
    pub whole: bool,
    /// Short stable key used in share links and files.
    pub key: &'static str,
}

impl InputId {
    pub const ALL: [InputId; 16] = [
        InputId::Promise,
        InputId::Delivered,
        InputId::DelightEvents,
        InputId::DelightPeriods,
        InputId::NegativeSurprises,
        InputId::RecoveryQuality,
        InputId::IrrelevantMessages,
        InputId::Customers,
        InputId::RevenuePerCustomer,
        InputId::BaselineChurn,
        InputId::BaselineRecommend,
        InputId::Reach,
        InputId::Horizon,
        InputId::CostOneOff,
        InputId::CostPerPeriod,
        InputId::DiscountRate,
    ];

    /// The longest horizon the model runs.
    pub const MAX_HORIZON: usize = 20;

    pub const fn spec(self) -> InputSpec {
        const fn s(
            key: &'static str,
            min: f64,
            max: f64,
            step: f64,
            default: f64,
            unit: Unit,
            whole: bool,
        ) -> InputSpec {
            InputSpec {
                min,
                max,
                step,
                default,
                unit,
                whole,
                key,
            }
        }
        use Unit::*;
        match self {
            InputId::Promise => s("p", 0.0, 10.0, 0.1, 7.0, Points, false),
            InputId::Delivered => s("d", 0.0, 10.0, 0.1, 7.0, Points, false),
            InputId::DelightEvents => s("k", 0.0, 12.0, 0.1, 1.0, PerYear, false),
            InputId::DelightPeriods => s("kp", 1.0, 20.0, 1.0, 20.0, Periods, true),
            InputId::NegativeSurprises => s("n", 0.0, 12.0, 0.1, 0.0, PerYear, false),
            InputId::RecoveryQuality => s("rq", 0.0, 100.0, 1.0, 50.0, Percent, false),
            InputId::IrrelevantMessages => s("m", 0.0, 30.0, 0.5, 0.0, PerMonth, false),
            InputId::Customers => s("c", 1.0, 10_000_000.0, 100.0, 10_000.0, Customers, true),
            InputId::RevenuePerCustomer => s("rev", 0.0, 1_000_000.0, 10.0, 500.0, Euros, false),
            InputId::BaselineChurn => s("ch", 0.0, 100.0, 0.5, 15.0, Percent, false),
            InputId::BaselineRecommend => s("rr", 0.0, 100.0, 0.5, 40.0, Percent, false),
            InputId::Reach => s("reach", 0.0, 100.0, 1.0, 80.0, Percent, false),
            InputId::Horizon => s("h", 1.0, 20.0, 1.0, 3.0, Periods, true),
            InputId::CostOneOff => s("c0", 0.0, 1_000_000_000.0, 1000.0, 0.0, Euros, false),
            InputId::CostPerPeriod => s("cp", 0.0, 1_000_000_000.0, 1000.0, 0.0, Euros, false),
            InputId::DiscountRate => s("dr", 0.0, 100.0, 0.5, 8.0, Percent, false),
        }
    }

    /// The input whose share-link key is `key`.
    pub fn from_key(key: &str) -> Option<InputId> {
        InputId::ALL.into_iter().find(|id| id.spec().key == key)
    }
}

/// Why a value was refused. The last good value is kept in every case.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ValueError {
    /// NaN or infinite.
    NotFinite,
    /// Outside the allowed range (inclusive).
    OutOfRange { min: f64, max: f64 },
    /// A fraction where only whole numbers make sense.
    NotWhole,
}

/// Checks `value` against `spec`; `-0` becomes `0`.
pub fn check(spec: &InputSpec, value: f64) -> Result<f64, ValueError> {
    if !value.is_finite() {
        return Err(ValueError::NotFinite);
    }
    if value < spec.min || value > spec.max {
        return Err(ValueError::OutOfRange {
            min: spec.min,
            max: spec.max,
        });
    }
    if spec.whole && value.fract() != 0.0 {
        return Err(ValueError::NotWhole);
    }
    // Adding 0.0 turns -0.0 into 0.0, so "-0" never shows up as "−0".
    Ok(value + 0.0)
}

/// A complete, valid set of inputs. Construct with [`Scenario::default`] and change with
/// [`Scenario::set`], which refuses anything outside the spec.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "ScenarioValues", into = "ScenarioValues")]
pub struct Scenario {
    values: [f64; InputId::ALL.len()],
}

impl Default for Scenario {
    fn default() -> Self {
        Scenario {
            values: InputId::ALL.map(|id| id.spec().default),
        }
    }
}

impl Scenario {
    pub fn get(&self, id: InputId) -> f64 {
        self.values[id as usize]
    }

    /// Sets one input, or says why not and leaves the scenario unchanged.
    pub fn set(&mut self, id: InputId, value: f64) -> Result<(), ValueError> {
        self.values[id as usize] = check(&id.spec(), value)?;
        Ok(())
    }

    /// A copy with one input changed, if the value is valid.
    pub fn with(&self, id: InputId, value: f64) -> Result<Scenario, ValueError> {
        let mut next = self.clone();
        next.set(id, value)?;
        Ok(next)
    }

    /// The horizon as a count of periods (always 1..=MAX_HORIZON).
    pub fn horizon(&self) -> usize {
        self.get(InputId::Horizon) as usize
    }

    /// Whether a programme cost was entered, so ROI, payback and NPV mean something.
    pub fn has_cost(&self) -> bool {
        self.get(InputId::CostOneOff) > 0.0 || self.get(InputId::CostPerPeriod) > 0.0
    }
}

/// The serialized form: `{ "p": 7.0, "d": 6.5, ... }`. Missing keys take their defaults;
/// unknown keys are ignored; every value is validated.
#[derive(Serialize, Deserialize)]
#[serde(transparent)]
struct ScenarioValues(std::collections::BTreeMap<String, f64>);

impl From<Scenario> for ScenarioValues {
    fn from(s: Scenario) -> Self {
        ScenarioValues(
            InputId::ALL
                .iter()
                .map(|&id| (id.spec().key.to_owned(), s.get(id)))
                .collect(),
        )
    }
}

impl TryFrom<ScenarioValues> for Scenario {
    type Error = String;

    fn try_from(v: ScenarioValues) -> Result<Self, Self::Error> {
        let mut s = Scenario::default();
        for (key, value) in v.0 {
            if let Some(id) = InputId::from_key(&key) {
                s.set(id, value).map_err(|e| format!("{key}: {e:?}"))?;
            }
        }
        Ok(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_within_their_own_ranges() {
        for id in InputId::ALL {
            let spec = id.spec();
            assert_eq!(check(&spec, spec.default), Ok(spec.default), "{id:?}");
            assert!(spec.min < spec.max && spec.step > 0.0, "{id:?}");
        }
    }

    #[test]
    fn keys_are_unique_and_round_trip() {
        for id in InputId::ALL {
            assert_eq!(InputId::from_key(id.spec().key), Some(id));
        }
        assert_eq!(InputId::from_key("nope"), None);
    }

    #[test]
    fn set_refuses_bad_values_and_keeps_the_last_good_one() {
        let mut s = Scenario::default();
        s.set(InputId::Promise, 9.5).unwrap();
        assert_eq!(
            s.set(InputId::Promise, f64::NAN),
            Err(ValueError::NotFinite)
        );
        assert_eq!(
            s.set(InputId::Promise, f64::INFINITY),
            Err(ValueError::NotFinite)
        );
        assert_eq!(
            s.set(InputId::Promise, 11.0),
            Err(ValueError::OutOfRange {
                min: 0.0,
                max: 10.0
            })
        );
        assert_eq!(s.set(InputId::Horizon, 2.5), Err(ValueError::NotWhole));
        assert_eq!(s.get(InputId::Promise), 9.5);
        s.set(InputId::Promise, -0.0).unwrap();
        assert!(s.get(InputId::Promise).is_sign_positive());
    }

    #[test]
    fn order_of_all_matches_discriminants() {
        for (i, id) in InputId::ALL.iter().enumerate() {
            assert_eq!(*id as usize, i);
        }
    }
}
