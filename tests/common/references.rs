//! The reference scenarios of MODEL.md, shared by the tests that pin their figures and their
//! ranges.

use promise_gap::model::{InputId as I, Scenario};

/// A reference: its name and the inputs that differ from the defaults.
pub struct Reference {
    pub name: &'static str,
    pub inputs: &'static [(I, f64)],
}

/// The insurer of issue 15: 40,000 customers at €600 a year, promise 9, delivered 6, with a plan
/// that delivers `plan_delivered`. Its market: a million adults who could insure with it.
const fn insurer(plan_delivered: f64) -> [(I, f64); 8] {
    [
        (I::Market, 1_000_000.0),
        (I::Customers, 40_000.0),
        (I::RevenuePerCustomer, 600.0),
        (I::NewCustomers, 6_000.0),
        (I::Promise, 9.0),
        (I::Delivered, 6.0),
        (I::PlanPromise, 9.0),
        (I::PlanDelivered, plan_delivered),
    ]
}

/// The insurer closing its gap: its plan delivers the 9 it promises.
pub const INSURER: [(I, f64); 8] = insurer(9.0);

/// A promise kept at `level`, today and in the plan, without failures; the plan adds
/// `plan_delight` delight events a year (1 is the default).
const fn kept(level: f64, plan_delight: f64) -> [(I, f64); 7] {
    [
        (I::Promise, level),
        (I::Delivered, level),
        (I::PlanPromise, level),
        (I::PlanDelivered, level),
        (I::NegativeSurprises, 0.0),
        (I::PlanNegativeSurprises, 0.0),
        (I::PlanDelightEvents, plan_delight),
    ]
}

pub const REFERENCES: &[Reference] = &[
    Reference {
        name: "Defaults: promise 8, delivered 6.5; plan delivers 8",
        inputs: &[],
    },
    Reference {
        name: "Insurer: promise 9, delivered 6; plan delivers 9",
        inputs: &INSURER,
    },
    Reference {
        name: "Insurer, plan changes nothing",
        inputs: &insurer(6.0),
    },
    Reference {
        name: "Promise kept at 3, plan unchanged",
        inputs: &kept(3.0, 1.0),
    },
    Reference {
        name: "Promise kept at 9, plan unchanged",
        inputs: &kept(9.0, 1.0),
    },
    Reference {
        name: "Kept at 9; plan adds 4 delight events a year",
        inputs: &kept(9.0, 5.0),
    },
    Reference {
        name: "Already at 90 % recommending; plan delivers 8",
        inputs: &[(I::BaselineRecommend, 90.0)],
    },
    Reference {
        name: "Plan lets 12 failures a year go unrecovered",
        inputs: &[
            (I::PlanDelivered, 6.5),
            (I::PlanNegativeSurprises, 12.0),
            (I::PlanRecoveryQuality, 0.0),
        ],
    },
    Reference {
        name: "Plan recovers every failure fully",
        inputs: &[(I::PlanDelivered, 6.5), (I::PlanRecoveryQuality, 100.0)],
    },
    Reference {
        name: "Defaults over a 20-year horizon",
        inputs: &[(I::Horizon, 20.0)],
    },
    Reference {
        name: "Plan raises the promise to 10, delivery unchanged",
        inputs: &[(I::PlanPromise, 10.0), (I::PlanDelivered, 6.5)],
    },
    Reference {
        name: "Plan lowers the promise to the 6.5 delivered",
        inputs: &[(I::PlanPromise, 6.5), (I::PlanDelivered, 6.5)],
    },
    Reference {
        name: "Defaults with €200,000 one-off and €50,000 a year",
        inputs: &[(I::CostOneOff, 200_000.0), (I::CostPerPeriod, 50_000.0)],
    },
    Reference {
        name: "Defaults, changes in effect at once (no ramp-up, no risk adjustment)",
        inputs: &[(I::RampUp, 0.0), (I::RiskAdjustment, 0.0)],
    },
    Reference {
        name: "Plan halves irrelevant messages (2 → 0 a month) only",
        inputs: &[(I::PlanDelivered, 6.5), (I::PlanIrrelevantMessages, 0.0)],
    },
    Reference {
        name: "Small market: 12,000 people, 10,000 of them customers",
        inputs: &[(I::Market, 12_000.0)],
    },
];

impl Reference {
    pub fn scenario(&self) -> Scenario {
        let mut s = Scenario::default();
        for &(id, v) in self.inputs {
            s.set(id, v).unwrap();
        }
        s
    }
}
