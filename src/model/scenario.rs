//! The user's scenario: every input of the calculator, validated.
//!
//! Values are stored exactly as the user sees them (percent fields as percents, euros as euros),
//! so the view, the share link and the CSV export all speak the same numbers. One table,
//! [`InputId::spec`], gives each input its range, step, unit and default; validation, sliders and
//! the URL codec all read it.

/// The unit an input or coefficient is shown in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
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
    /// New customers per year.
    CustomersPerYear,
    /// A plain multiplier, e.g. losses weigh 2.0 × gains.
    Times,
    /// Percent of the customer base per promise point per period.
    PercentPerPoint,
}

/// Every input of a scenario, in the user's terms. The six levers come twice: as they are
/// today and as the plan would have them; everything else describes the business today.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum InputId {
    /// What the brand and service promise today leads customers to expect, 0–10.
    Promise,
    /// The service customers actually experience today, 0–10.
    Delivered,
    /// Positive surprises beyond the promise today, per customer per year.
    DelightEvents,
    /// Service failures today, per customer per year.
    NegativeSurprises,
    /// How well a failure is put right today, 0 % (not at all) to 100 % (fully).
    RecoveryQuality,
    /// Irrelevant messages today, per customer per month.
    IrrelevantMessages,
    /// The promise in the plan.
    PlanPromise,
    /// The delivered level in the plan.
    PlanDelivered,
    /// Delight events in the plan.
    PlanDelightEvents,
    /// Service failures in the plan.
    PlanNegativeSurprises,
    /// Recovery quality in the plan.
    PlanRecoveryQuality,
    /// Irrelevant messages in the plan.
    PlanIrrelevantMessages,
    /// Customers today.
    Customers,
    /// Average yearly revenue per customer today, euros.
    RevenuePerCustomer,
    /// Gross margin on that revenue, percent.
    GrossMargin,
    /// Share of customers who leave in a year today, percent.
    BaselineChurn,
    /// Share of customers who say they would recommend today (the client's own survey), percent.
    BaselineRecommend,
    /// Share of customers who report a problem today (the client's own measure), percent; 0: not
    /// measured. The model does not run on it: only the fit to the client's data reads it.
    ReportedProblems,
    /// New customers won in a year today.
    NewCustomers,
    /// People in the market who could become customers (customers included): nobody is told
    /// more often than once a year, and nobody outside it is won.
    Market,
    /// Share of customers the plan's changes reach, percent.
    Reach,
    /// How many years to model.
    Horizon,
    /// Years over which the plan's changes take full effect (0: at once).
    RampUp,
    /// One-off programme cost, euros.
    CostOneOff,
    /// Programme cost per year, euros.
    CostPerPeriod,
    /// Yearly discount rate for the net present value, percent.
    DiscountRate,
    /// How much the benefits are marked down for risk (Forrester TEI style), percent.
    RiskAdjustment,
}

/// The six things a client can change: each has a today input and a plan input.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lever {
    Promise,
    Delivered,
    DelightEvents,
    NegativeSurprises,
    RecoveryQuality,
    IrrelevantMessages,
}

impl Lever {
    pub const ALL: [Lever; 6] = [
        Lever::Promise,
        Lever::Delivered,
        Lever::DelightEvents,
        Lever::NegativeSurprises,
        Lever::RecoveryQuality,
        Lever::IrrelevantMessages,
    ];

    /// The input holding this lever as it is today.
    pub const fn today(self) -> InputId {
        match self {
            Lever::Promise => InputId::Promise,
            Lever::Delivered => InputId::Delivered,
            Lever::DelightEvents => InputId::DelightEvents,
            Lever::NegativeSurprises => InputId::NegativeSurprises,
            Lever::RecoveryQuality => InputId::RecoveryQuality,
            Lever::IrrelevantMessages => InputId::IrrelevantMessages,
        }
    }

    /// The input holding this lever as the plan has it.
    pub const fn plan(self) -> InputId {
        match self {
            Lever::Promise => InputId::PlanPromise,
            Lever::Delivered => InputId::PlanDelivered,
            Lever::DelightEvents => InputId::PlanDelightEvents,
            Lever::NegativeSurprises => InputId::PlanNegativeSurprises,
            Lever::RecoveryQuality => InputId::PlanRecoveryQuality,
            Lever::IrrelevantMessages => InputId::PlanIrrelevantMessages,
        }
    }

    /// A step a client would recognise as the same size of change on every lever, used to
    /// compare them: one point on the 0–10 scales, one event or message, ten points of recovery.
    /// Positive means better for customers (fewer failures, fewer messages).
    pub const fn comparable_step(self) -> f64 {
        match self {
            Lever::Promise | Lever::Delivered | Lever::DelightEvents => 1.0,
            Lever::NegativeSurprises => -1.0,
            Lever::RecoveryQuality => 10.0,
            Lever::IrrelevantMessages => -1.0,
        }
    }
}

/// Range, step, unit and default of one input.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct InputSpec {
    pub min: f64,
    pub max: f64,
    /// The slider step.
    pub step: f64,
    pub default: f64,
    pub unit: Unit,
    /// Whole numbers only (customers, years of the horizon).
    pub whole: bool,
    /// Short stable key used in share links and files.
    pub key: &'static str,
}

impl InputId {
    pub const ALL: [InputId; 27] = [
        InputId::Promise,
        InputId::Delivered,
        InputId::DelightEvents,
        InputId::NegativeSurprises,
        InputId::RecoveryQuality,
        InputId::IrrelevantMessages,
        InputId::PlanPromise,
        InputId::PlanDelivered,
        InputId::PlanDelightEvents,
        InputId::PlanNegativeSurprises,
        InputId::PlanRecoveryQuality,
        InputId::PlanIrrelevantMessages,
        InputId::Customers,
        InputId::RevenuePerCustomer,
        InputId::GrossMargin,
        InputId::BaselineChurn,
        InputId::BaselineRecommend,
        InputId::ReportedProblems,
        InputId::NewCustomers,
        InputId::Market,
        InputId::Reach,
        InputId::Horizon,
        InputId::RampUp,
        InputId::CostOneOff,
        InputId::CostPerPeriod,
        InputId::DiscountRate,
        InputId::RiskAdjustment,
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
            InputId::Promise => s("p", 0.0, 10.0, 0.1, 8.0, Points, false),
            InputId::Delivered => s("d", 0.0, 10.0, 0.1, 6.5, Points, false),
            InputId::DelightEvents => s("k", 0.0, 12.0, 0.1, 1.0, PerYear, false),
            InputId::NegativeSurprises => s("n", 0.0, 12.0, 0.1, 1.0, PerYear, false),
            InputId::RecoveryQuality => s("rq", 0.0, 100.0, 1.0, 50.0, Percent, false),
            InputId::IrrelevantMessages => s("m", 0.0, 30.0, 0.5, 2.0, PerMonth, false),
            InputId::PlanPromise => s("p1", 0.0, 10.0, 0.1, 8.0, Points, false),
            InputId::PlanDelivered => s("d1", 0.0, 10.0, 0.1, 8.0, Points, false),
            InputId::PlanDelightEvents => s("k1", 0.0, 12.0, 0.1, 1.0, PerYear, false),
            InputId::PlanNegativeSurprises => s("n1", 0.0, 12.0, 0.1, 1.0, PerYear, false),
            InputId::PlanRecoveryQuality => s("rq1", 0.0, 100.0, 1.0, 50.0, Percent, false),
            InputId::PlanIrrelevantMessages => s("m1", 0.0, 30.0, 0.5, 2.0, PerMonth, false),
            InputId::Customers => s("c", 1.0, 10_000_000.0, 100.0, 10_000.0, Customers, true),
            InputId::RevenuePerCustomer => s("rev", 0.0, 1_000_000.0, 10.0, 500.0, Euros, false),
            InputId::GrossMargin => s("gm", 0.0, 100.0, 1.0, 40.0, Percent, false),
            InputId::BaselineChurn => s("ch", 0.0, 100.0, 0.5, 15.0, Percent, false),
            InputId::BaselineRecommend => s("rr", 0.0, 100.0, 0.5, 40.0, Percent, false),
            InputId::ReportedProblems => s("pr", 0.0, 100.0, 0.5, 0.0, Percent, false),
            InputId::NewCustomers => s(
                "nc",
                0.0,
                10_000_000.0,
                100.0,
                1_500.0,
                CustomersPerYear,
                true,
            ),
            InputId::Market => s("mk", 1.0, 100_000_000.0, 1000.0, 200_000.0, People, true),
            InputId::Reach => s("reach", 0.0, 100.0, 1.0, 100.0, Percent, false),
            InputId::Horizon => s("h", 1.0, 20.0, 1.0, 3.0, Periods, true),
            InputId::RampUp => s("ru", 0.0, 5.0, 0.5, 1.0, Periods, false),
            InputId::CostOneOff => s("c0", 0.0, 1_000_000_000.0, 1000.0, 0.0, Euros, false),
            InputId::CostPerPeriod => s("cp", 0.0, 1_000_000_000.0, 1000.0, 0.0, Euros, false),
            InputId::DiscountRate => s("dr", 0.0, 100.0, 0.5, 8.0, Percent, false),
            InputId::RiskAdjustment => s("risk", 0.0, 90.0, 1.0, 15.0, Percent, false),
        }
    }

    /// The input whose share-link key is `key`.
    pub fn from_key(key: &str) -> Option<InputId> {
        InputId::ALL.into_iter().find(|id| id.spec().key == key)
    }

    /// The lever this input is one side of, if it is one.
    pub fn lever(self) -> Option<Lever> {
        Lever::ALL
            .into_iter()
            .find(|l| l.today() == self || l.plan() == self)
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
#[derive(Clone, Debug, PartialEq)]
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

    /// Whether the plan changes nothing: then every result is exactly zero.
    pub fn plan_is_today(&self) -> bool {
        Lever::ALL
            .iter()
            .all(|l| self.get(l.plan()) == self.get(l.today()))
    }

    /// A copy whose plan starts from today's levels.
    pub fn plan_from_today(&self) -> Scenario {
        let mut next = self.clone();
        for l in Lever::ALL {
            next.values[l.plan() as usize] = self.get(l.today());
        }
        next
    }

    /// Whether a programme cost was entered, so ROI, payback and NPV mean something.
    pub fn has_cost(&self) -> bool {
        self.get(InputId::CostOneOff) > 0.0 || self.get(InputId::CostPerPeriod) > 0.0
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
    fn every_lever_has_a_today_and_a_plan_input_with_the_same_range() {
        for l in Lever::ALL {
            let (t, p) = (l.today().spec(), l.plan().spec());
            assert_eq!(
                (t.min, t.max, t.step, t.unit),
                (p.min, p.max, p.step, p.unit)
            );
            assert_eq!(l.today().lever(), Some(l));
            assert_eq!(l.plan().lever(), Some(l));
        }
        assert_eq!(InputId::Customers.lever(), None);
        let s = Scenario::default();
        assert!(!s.plan_is_today());
        assert!(s.plan_from_today().plan_is_today());
        assert_eq!(
            s.plan_from_today().get(InputId::Promise),
            s.get(InputId::Promise)
        );
    }

    #[test]
    fn order_of_all_matches_discriminants() {
        for (i, id) in InputId::ALL.iter().enumerate() {
            assert_eq!(*id as usize, i);
        }
    }
}
