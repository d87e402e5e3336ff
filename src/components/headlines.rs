//! The six results a person weighs a scenario by (the four headlines, the customers kept and
//! won): how each is read off an outcome, named and written, in one place for the results panel
//! and the comparison of scenarios.

use crate::format;
use crate::i18n::{Key, Lang};
use crate::model::{Band, Outcome};
use crate::why::Figure;

/// How a result is written in a language.
pub type Fmt = fn(Lang, f64) -> String;

pub struct Headline {
    /// Its element ids are built from this (`recommend`, `customers-kept-band`…).
    pub id: &'static str,
    pub label: Key,
    pub band: fn(&Outcome) -> Band,
    pub value: Fmt,
    /// How a difference between two scenarios in it is written.
    pub difference: Fmt,
    /// Its explanation.
    pub why: Figure,
}

/// Differences of rates are in percentage points.
fn points_of_fractions(lang: Lang, d: f64) -> String {
    format::signed_percent_points(lang, d * 100.0, 1)
}

fn points(lang: Lang, v: f64) -> String {
    format::signed_percent_points(lang, v, 1)
}

pub const HEADLINES: [Headline; 6] = [
    Headline {
        id: "recommend",
        label: Key::ResultRecommend,
        band: |o| o.recommend,
        value: |l, v| format::percent(l, v, 0),
        difference: points_of_fractions,
        why: Figure::Recommend,
    },
    Headline {
        id: "spend",
        label: Key::ResultSpend,
        band: |o| o.spend_uplift,
        value: |l, v| format::percent(l, v, 1),
        difference: points_of_fractions,
        why: Figure::Spend,
    },
    Headline {
        id: "churn",
        label: Key::ResultChurnChange,
        band: |o| o.churn_change_pp,
        value: points,
        difference: points,
        why: Figure::ChurnChange,
    },
    Headline {
        id: "revenue",
        label: Key::ResultRevenue,
        band: |o| o.revenue_impact,
        value: format::signed_euros,
        difference: format::signed_euros,
        why: Figure::Revenue,
    },
    Headline {
        id: "customers-kept",
        label: Key::ResultCustomersKept,
        band: |o| o.customers_kept,
        value: format::signed_integer,
        difference: format::signed_integer,
        why: Figure::CustomersKept,
    },
    Headline {
        id: "customers-won",
        label: Key::ResultCustomersWon,
        band: |o| o.customers_won,
        value: format::signed_integer,
        difference: format::signed_integer,
        why: Figure::CustomersWon,
    },
];
