//! Links, files and saved work of model version 1, read into version 2.
//!
//! Version 1 described one state of the business (promise, delivery, delight, failures,
//! recovery, messages) against a phantom zero; version 2 describes today and the plan. A
//! version 1 scenario becomes today's levers, with a plan that starts from today but delivers
//! what is promised (delivered = max(d, p)): the change version 1 was used to weigh. Its
//! `kp` (how long delight lasts) and the coefficients model 2 no longer has are dropped; new
//! customers a year are set to churn × customers, so the base holds steady as version 1 assumed;
//! every other new input takes its default. The user is told all this in a notice of its own
//! ([`messages`]).

use crate::format;
use crate::i18n::{t, tf, Key};
use crate::lang::Lang;
use crate::model::{InputId, Scenario};

/// What was assumed in reading a version 1 link, file or saved work.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Migration {
    /// Edited coefficients version 2 no longer has, as version 1 named them.
    pub dropped: Vec<&'static V1Coefficient>,
}

/// A coefficient of version 1 that version 2 does not have: its key and its names.
#[derive(Debug, PartialEq, Eq)]
pub struct V1Coefficient {
    pub key: &'static str,
    fi: &'static str,
    en: &'static str,
}

const fn v1(key: &'static str, fi: &'static str, en: &'static str) -> V1Coefficient {
    V1Coefficient { key, fi, en }
}

const V1_COEFFICIENTS: [V1Coefficient; 6] = [
    v1(
        "a_drl",
        "ilahduttamisen lisäkulutus (alaraja)",
        "extra spend from delight (low end)",
    ),
    v1(
        "a_drh",
        "ilahduttamisen lisäkulutus (yläraja)",
        "extra spend from delight (high end)",
    ),
    v1(
        "a_rd",
        "ilahdutettujen suosittelu",
        "recommending when delighted",
    ),
    v1(
        "a_wc",
        "suosittelusta asiakkaaksi",
        "word-of-mouth conversion",
    ),
    v1(
        "a_pa",
        "lupauksen vetovoima (versio 1)",
        "pull of the promise (version 1)",
    ),
    v1("a_sd", "sanoista tekoihin", "from saying to doing"),
];

/// Version 1's input that version 2 does not have: how many years delight lasts.
pub const V1_DELIGHT_PERIODS: &str = "kp";

/// The version 1 coefficient `key` names, if version 2 dropped it.
pub fn dropped_coefficient(key: &str) -> Option<&'static V1Coefficient> {
    V1_COEFFICIENTS.iter().find(|c| c.key == key)
}

impl Migration {
    pub fn drop_coefficient(&mut self, c: &'static V1Coefficient) {
        if !self.dropped.contains(&c) {
            self.dropped.push(c);
        }
    }
}

/// Version 1's defaults for the inputs it had (its promise and delivered 7, no failures or
/// messages, reach 80 %), on version 2's defaults for the rest: what a version 1 link or file
/// that leaves an input out meant.
pub fn version_1_defaults() -> Scenario {
    let mut s = Scenario::default();
    for (id, v) in [
        (InputId::Promise, 7.0),
        (InputId::Delivered, 7.0),
        (InputId::DelightEvents, 1.0),
        (InputId::NegativeSurprises, 0.0),
        (InputId::RecoveryQuality, 50.0),
        (InputId::IrrelevantMessages, 0.0),
        (InputId::Reach, 80.0),
    ] {
        // Every value is inside its range: this cannot be refused.
        let _ = s.set(id, v);
    }
    s
}

/// A scenario read with version 1's inputs (today's levers and the business) made into a
/// version 2 one: the plan from today, closing the gap; new customers replacing those who leave.
pub fn scenario(v1: &Scenario) -> Scenario {
    let mut s = v1.plan_from_today();
    let closed = s.get(InputId::Delivered).max(s.get(InputId::Promise));
    // Both within 0–10, as is their maximum: these cannot be refused.
    let _ = s.set(InputId::PlanDelivered, closed);
    let replacing = (s.get(InputId::BaselineChurn) / 100.0 * s.get(InputId::Customers)).round();
    let _ = s.set(
        InputId::NewCustomers,
        replacing.min(InputId::NewCustomers.spec().max),
    );
    s
}

/// The notice's lines under its heading, in `lang`.
pub fn messages(lang: Lang, m: &Migration) -> Vec<String> {
    let default = |id: InputId| format::quantity(lang, id.spec().unit, id.spec().default, 2);
    let mut lines = vec![
        t(lang, Key::MigratedToday).to_owned(),
        t(lang, Key::MigratedPlan).to_owned(),
        t(lang, Key::MigratedNewCustomers).to_owned(),
        tf(
            lang,
            Key::MigratedDefaults,
            &[
                &default(InputId::GrossMargin),
                &format::integer(lang, InputId::Market.spec().default),
                &default(InputId::RampUp),
                &default(InputId::RiskAdjustment),
            ],
        ),
        t(lang, Key::MigratedDelightPeriods).to_owned(),
    ];
    if !m.dropped.is_empty() {
        let names: Vec<&str> = m
            .dropped
            .iter()
            .map(|c| match lang {
                Lang::Fi => c.fi,
                Lang::En => c.en,
            })
            .collect();
        lines.push(tf(lang, Key::MigratedDropped, &[&names.join(", ")]));
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::CoefficientId;

    #[test]
    fn a_version_1_scenario_becomes_today_with_a_plan_that_closes_the_gap() {
        let mut v1 = Scenario::default();
        for (id, v) in [
            (InputId::Promise, 9.0),
            (InputId::Delivered, 6.0),
            (InputId::DelightEvents, 2.0),
            (InputId::Customers, 40_000.0),
            (InputId::BaselineChurn, 12.5),
        ] {
            v1.set(id, v).unwrap();
        }
        let s = scenario(&v1);
        assert_eq!(s.get(InputId::Promise), 9.0);
        assert_eq!(s.get(InputId::PlanPromise), 9.0);
        assert_eq!(s.get(InputId::Delivered), 6.0);
        assert_eq!(
            s.get(InputId::PlanDelivered),
            9.0,
            "the plan delivers the promise"
        );
        assert_eq!(s.get(InputId::PlanDelightEvents), 2.0);
        assert_eq!(s.get(InputId::NewCustomers), 5_000.0);
        assert_eq!(
            s.get(InputId::GrossMargin),
            InputId::GrossMargin.spec().default
        );
        // Delivering above the promise already: the plan is today.
        let over = v1.with(InputId::Delivered, 9.5).unwrap();
        assert!(scenario(&over).plan_is_today());
    }

    #[test]
    fn what_a_version_1_link_leaves_out_takes_version_1_defaults() {
        let decoded = crate::share::link::decode("v=1&lang=en&p=9", Lang::En).unwrap();
        let s = &decoded.state.scenarios[0].scenario;
        for (id, v) in [
            (InputId::Promise, 9.0),
            (InputId::Delivered, 7.0),
            (InputId::NegativeSurprises, 0.0),
            (InputId::IrrelevantMessages, 0.0),
            (InputId::Reach, 80.0),
            (InputId::PlanDelivered, 9.0),
            (InputId::PlanIrrelevantMessages, 0.0),
        ] {
            assert_eq!(s.get(id), v, "{id:?}");
        }
        // A version 2 link that leaves them out means version 2's defaults.
        let v2 = crate::share::link::decode("v=2&lang=en&p=9", Lang::En).unwrap();
        let s = &v2.state.scenarios[0].scenario;
        assert_eq!(s.get(InputId::Delivered), InputId::Delivered.spec().default);
    }

    #[test]
    fn only_coefficients_version_2_lacks_are_dropped() {
        for c in &V1_COEFFICIENTS {
            assert_eq!(CoefficientId::from_key(c.key), None, "{}", c.key);
        }
        assert!(dropped_coefficient("a_lah").is_none());
        assert!(dropped_coefficient("a_wc").is_some());
    }

    #[test]
    fn the_notice_says_what_was_assumed_in_both_languages() {
        let mut m = Migration::default();
        m.drop_coefficient(dropped_coefficient("a_wc").unwrap());
        m.drop_coefficient(dropped_coefficient("a_wc").unwrap());
        let en = messages(Lang::En, &m);
        assert_eq!(en.len(), 6);
        assert!(en[3].contains("gross margin 40%"), "{}", en[3]);
        assert!(
            en[5].ends_with("dropped: word-of-mouth conversion."),
            "{}",
            en[5]
        );
        let fi = messages(Lang::Fi, &Migration::default());
        assert_eq!(fi.len(), 5);
        assert!(fi.iter().all(|l| !l.contains('{')));
    }
}
