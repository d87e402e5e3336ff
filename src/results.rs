//! One place declares each result the app reports: its stable id (the DOM id `#{id}`, the CSV
//! row and the key in the embed's results message), its label, its kind, how it is read off an
//! [`Outcome`], how it is written, whether a screen reader hears it when the figures settle, and
//! which explanation goes with it. The results panel, the comparison, the CSV export, the
//! embed's message and the announcement all read [`RESULTS`]; adding a result is one entry.
//!
//! Figures are rounded to what the model can claim: at most euros to three significant figures
//! (with "M"/"milj." from a million up), rates to whole percents, customers to three figures,
//! and, once the Monte Carlo has a result's likely range, to the figures that range supports
//! (€296,000 in €144,000–400,000 is shown as €300,000).

use crate::format;
use crate::i18n::{t, tf, tf_pieces, tf_pieces_words, Key, Piece};
use crate::lang::Lang;
use crate::model::{Analysis, Headline, InputId, Percentiles, Scenario, Summary, Unit};
use crate::why::Figure;

/// What a result measures, which decides how it is written and compared.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A gain or a loss in euros, signed.
    Euros,
    /// A cost in euros, never signed.
    Cost,
    /// A rate (0–1), read today → plan; differences in percentage points.
    Rate,
    /// A change of a share (0.01: one percent more), signed.
    Change,
    /// A number of customers, signed.
    Customers,
    /// A return on cost as a fraction (1.0: 100 %).
    Return,
    /// Years; not finite: not within the horizon.
    Years,
}

impl Kind {
    /// The value as the app shows it.
    pub fn text(self, lang: Lang, v: f64) -> String {
        match self {
            Kind::Euros => format::euros_rounded(lang, v, true),
            Kind::Cost => format::euros_rounded(lang, v, false),
            Kind::Rate => format::percent(lang, v, 0),
            Kind::Change => format::signed_percent(lang, v, 1),
            Kind::Customers => format::signed_integer(lang, format::significant(v, 3)),
            Kind::Return => format::percent(lang, v, 0),
            Kind::Years if v.is_finite() => {
                tf(lang, Key::PaybackYears, &[&format::number(lang, v, 1)])
            }
            Kind::Years => t(lang, Key::NoPayback).to_owned(),
        }
    }

    /// A difference between two values (scenarios compared), signed.
    pub fn difference(self, lang: Lang, d: f64) -> String {
        match self {
            Kind::Euros | Kind::Cost => format::euros_rounded(lang, d, true),
            Kind::Rate | Kind::Change | Kind::Return => {
                format::signed_percent_points(lang, d * 100.0, 1)
            }
            Kind::Customers => format::signed_integer(lang, format::significant(d, 3)),
            Kind::Years => format::signed_change(lang, Unit::Periods, d, 1),
        }
    }

    /// The unit a spreadsheet column of it is in, and the factor from the model's value.
    pub fn csv_unit(self) -> (Unit, f64) {
        match self {
            Kind::Euros | Kind::Cost => (Unit::Euros, 1.0),
            Kind::Rate | Kind::Change | Kind::Return => (Unit::Percent, 100.0),
            Kind::Customers => (Unit::Customers, 1.0),
            Kind::Years => (Unit::Periods, 1.0),
        }
    }
}

/// A result read off an analysis: its value, today's value where it has one, and its likely
/// range (P10–P90) where a Monte Carlo run for the same inputs gave one.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Reading {
    pub value: f64,
    pub today: Option<f64>,
    pub range: Option<Percentiles>,
}

/// Significant figures of a likely range's ends.
const RANGE_FIGURES: usize = 2;

/// `value` rounded to the significant figures its likely range supports, if it has one.
fn supported(value: f64, range: Option<Percentiles>) -> f64 {
    range.map_or(value, |p| {
        format::significant(value, p.figures(value) as usize)
    })
}

impl Reading {
    /// The value as the figures its range supports give it.
    pub fn supported(&self) -> f64 {
        supported(self.value, self.range)
    }

    fn of(value: f64) -> Option<Reading> {
        Some(Reading {
            value,
            today: None,
            range: None,
        })
    }
}

/// One result.
pub struct ResultSpec {
    /// Stable: the DOM id, the embed message's key and the CSV's row name. Never renamed.
    pub id: &'static str,
    pub label: Key,
    pub kind: Kind,
    /// Shown large at the top of the results, rather than in the list under them.
    pub headline: bool,
    /// Read to screen readers once the figures settle.
    pub announced: bool,
    /// `None` where the result does not apply (no programme cost: no return). Views read it
    /// through [`ResultSpec::reading`], which adds the range.
    read: fn(&Analysis) -> Option<Reading>,
    /// Its likely range from the Monte Carlo, where it has one.
    pub uncertain: Option<Headline>,
    pub why: Option<Figure>,
}

impl ResultSpec {
    /// The result for `a`, with its likely range from `summary`, a run for the same inputs.
    pub fn reading(&self, a: &Analysis, summary: Option<&Summary>) -> Option<Reading> {
        let range = self.uncertain.zip(summary).and_then(|(h, s)| s.range(h));
        (self.read)(a).map(|r| Reading { range, ..r })
    }

    /// The likely range's ends as shown, to two significant figures: they are estimates of
    /// where the result lies, not figures to quote to the euro (`€126,000`–`€261,000` reads
    /// `€130,000`–`€260,000`).
    pub fn range_ends(&self, lang: Lang, r: &Reading) -> Option<[String; 2]> {
        let end = |v: f64| self.kind.text(lang, format::significant(v, RANGE_FIGURES));
        r.range.map(|p| [end(p.p10), end(p.p90)])
    }

    /// The value as shown, with today's value before it where there is one
    /// (`40 % → 52 %`).
    pub fn shown(&self, lang: Lang, r: &Reading) -> String {
        let value = self.kind.text(lang, r.supported());
        match r.today {
            Some(today) => format!("{}\u{a0}→ {value}", self.kind.text(lang, today)),
            None => value,
        }
    }
}

/// The headline results that apply, each as its label and its value as shown: for the views that
/// show only the headlines (the phone's answer bar, presenter mode).
pub fn headlines<'a>(
    lang: Lang,
    a: &'a Analysis,
    summary: Option<&'a Summary>,
) -> impl Iterator<Item = (&'static str, String)> + 'a {
    RESULTS
        .iter()
        .filter(|r| r.headline)
        .filter_map(move |r| Some((t(lang, r.label), r.shown(lang, &r.reading(a, summary)?))))
}

/// Every result, in the order the results panel shows them.
pub const RESULTS: &[ResultSpec] = &[
    ResultSpec {
        id: "gap-cost",
        label: Key::ResultGapCost,
        kind: Kind::Cost,
        headline: true,
        announced: true,
        read: |a| Reading::of(a.gap_cost),
        uncertain: Some(Headline::GapCost),
        why: Some(Figure::GapCost),
    },
    ResultSpec {
        id: "worth",
        label: Key::ResultWorth,
        kind: Kind::Euros,
        headline: true,
        announced: true,
        read: |an| Reading::of(an.outcome.figures.worth),
        uncertain: Some(Headline::Worth),
        why: Some(Figure::Worth),
    },
    ResultSpec {
        id: "margin-change",
        label: Key::ResultMarginChange,
        kind: Kind::Euros,
        headline: false,
        announced: false,
        read: |an| Reading::of(an.outcome.figures.margin_change),
        uncertain: Some(Headline::MarginChange),
        why: Some(Figure::Margin),
    },
    ResultSpec {
        id: "margin-change-adjusted",
        label: Key::ResultMarginAdjusted,
        kind: Kind::Euros,
        headline: false,
        announced: false,
        read: |an| Reading::of(an.outcome.figures.margin_change_adjusted),
        uncertain: Some(Headline::MarginChangeAdjusted),
        why: Some(Figure::Worth),
    },
    ResultSpec {
        id: "revenue-change",
        label: Key::ResultRevenueChange,
        kind: Kind::Euros,
        headline: false,
        announced: false,
        read: |an| Reading::of(an.outcome.figures.revenue_change),
        uncertain: Some(Headline::RevenueChange),
        why: Some(Figure::Revenue),
    },
    ResultSpec {
        id: "recommend",
        label: Key::ResultRecommend,
        kind: Kind::Rate,
        headline: false,
        announced: true,
        read: |an| {
            Some(Reading {
                value: an.outcome.figures.recommend,
                today: Some(an.outcome.today.recommend),
                range: None,
            })
        },
        uncertain: Some(Headline::Recommend),
        why: Some(Figure::Recommend),
    },
    ResultSpec {
        id: "churn",
        label: Key::ResultChurn,
        kind: Kind::Rate,
        headline: false,
        announced: true,
        read: |an| {
            Some(Reading {
                value: an.outcome.figures.churn,
                today: Some(an.outcome.today.churn),
                range: None,
            })
        },
        uncertain: Some(Headline::Churn),
        why: Some(Figure::Churn),
    },
    ResultSpec {
        id: "spend-uplift",
        label: Key::ResultSpend,
        kind: Kind::Change,
        headline: false,
        announced: false,
        read: |an| Reading::of(an.outcome.figures.spend_uplift),
        uncertain: Some(Headline::SpendUplift),
        why: Some(Figure::Spend),
    },
    ResultSpec {
        id: "customers-change",
        label: Key::ResultCustomersChange,
        kind: Kind::Customers,
        headline: false,
        announced: false,
        read: |an| Reading::of(an.outcome.figures.customers_change),
        uncertain: Some(Headline::CustomersChange),
        why: Some(Figure::Customers),
    },
    ResultSpec {
        id: "roi",
        label: Key::RoiLabel,
        kind: Kind::Return,
        headline: false,
        announced: false,
        read: |an| an.outcome.investment.and_then(|i| Reading::of(i.roi)),
        uncertain: Some(Headline::Roi),
        why: Some(Figure::Worth),
    },
    ResultSpec {
        id: "payback",
        label: Key::PaybackLabel,
        kind: Kind::Years,
        headline: false,
        announced: false,
        read: |an| {
            an.outcome
                .investment
                .and_then(|i| Reading::of(i.payback.unwrap_or(f64::INFINITY)))
        },
        uncertain: None,
        why: None,
    },
];

/// What a screen reader hears once the figures settle: each announced result, label and value.
pub fn announcement(lang: Lang, o: &Analysis, summary: Option<&Summary>) -> String {
    let parts: Vec<String> = RESULTS
        .iter()
        .filter(|r| r.announced)
        .filter_map(|r| r.reading(o, summary).map(|reading| (r, reading)))
        .map(|(r, reading)| format!("{}: {}", t(lang, r.label), r.shown(lang, &reading)))
        .collect();
    parts.join("; ") + "."
}

/// The answer first: one sentence in plain words with the figures, what the gap costs today
/// and what the plan is worth, or that the plan changes nothing yet. A loss is called a loss:
/// the words follow the sign of the figure as it is shown, rounded as the results show it.
pub fn answer(lang: Lang, s: &Scenario, an: &Analysis, summary: Option<&Summary>) -> Vec<Piece> {
    let o = &an.outcome;
    let level = |id| format::number_trimmed(lang, s.get(id), 1);
    let (promise, delivered) = (level(InputId::Promise), level(InputId::Delivered));
    let shown = |v: f64, h: Headline| {
        format::significant(supported(v, summary.and_then(|s| s.range(h))), 3)
    };
    let gap = shown(an.gap_cost, Headline::GapCost);
    let mut pieces = if gap >= 1.0 {
        let cost = format::euros_rounded(lang, gap, false);
        tf_pieces(lang, Key::AnswerGap, &[&promise, &delivered, &cost])
    } else {
        tf_pieces(lang, Key::AnswerNoGap, &[&promise, &delivered])
    };
    if s.plan_is_today() {
        pieces.extend(tf_pieces(lang, Key::AnswerUnchanged, &[]));
        return pieces;
    }
    let same = |id: InputId, plan: InputId| s.get(id) == s.get(plan);
    let plan = match (
        same(InputId::Promise, InputId::PlanPromise),
        same(InputId::Delivered, InputId::PlanDelivered),
    ) {
        (true, false) => tf(
            lang,
            Key::AnswerPlanDeliver,
            &[&level(InputId::PlanDelivered)],
        ),
        (false, _) => tf(
            lang,
            Key::AnswerPlanBoth,
            &[&level(InputId::PlanPromise), &level(InputId::PlanDelivered)],
        ),
        (true, true) => t(lang, Key::AnswerPlanOther).to_owned(),
    };
    let worth = shown(o.figures.worth, Headline::Worth);
    let key = if worth < 0.0 {
        Key::AnswerLoss
    } else {
        Key::AnswerGain
    };
    let amount = format::euros_rounded(lang, worth.abs(), false);
    let horizon = format::quantity(lang, Unit::Periods, s.get(InputId::Horizon), 0);
    // What the plan does is words, free to wrap; only the figures are kept whole.
    pieces.extend(tf_pieces_words(
        lang,
        key,
        &[&plan, &amount, &horizon],
        &[0],
    ));
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{
        analyse, monte_carlo, Assumptions, InputId, Scenario, Uncertainty, DRAWS, SEED,
    };
    use std::collections::BTreeSet;

    #[test]
    fn ids_are_unique_and_fit_the_dom() {
        let ids: BTreeSet<_> = RESULTS.iter().map(|r| r.id).collect();
        assert_eq!(ids.len(), RESULTS.len());
        for id in ids {
            assert!(
                id.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'),
                "{id}"
            );
        }
    }

    #[test]
    fn every_result_reads_and_writes_in_both_languages() {
        let s = Scenario::default()
            .with(InputId::CostOneOff, 50_000.0)
            .unwrap();
        let o = analyse(&s, &Assumptions::default());
        for r in RESULTS {
            let reading = r
                .reading(&o, None)
                .unwrap_or_else(|| panic!("{} reads nothing", r.id));
            for lang in Lang::ALL {
                assert!(!r.shown(lang, &reading).is_empty());
            }
        }
        // Without a cost there is no return to show.
        let o = analyse(&Scenario::default(), &Assumptions::default());
        assert!(RESULTS
            .iter()
            .filter(|r| matches!(r.id, "roi" | "payback"))
            .all(|r| r.reading(&o, None).is_none()));
    }

    #[test]
    fn rates_read_today_then_the_plan_and_the_announcement_lists_them() {
        let o = analyse(&Scenario::default(), &Assumptions::default());
        let recommend = RESULTS.iter().find(|r| r.id == "recommend").unwrap();
        let reading = recommend.reading(&o, None).unwrap();
        assert!(recommend
            .shown(Lang::En, &reading)
            .starts_with("40%\u{a0}→ "));
        let said = announcement(Lang::En, &o, None);
        assert!(said.starts_with("What the gap costs a year: €"), "{said}");
        assert!(
            said.contains("Churn (today → the plan's last year): 15%"),
            "{said}"
        );
        assert!(said.ends_with('.'));
    }

    fn said(pieces: &[Piece]) -> String {
        pieces
            .iter()
            .map(|p| match p {
                Piece::Text(t) | Piece::Arg(t) => t.as_str(),
            })
            .collect()
    }

    #[test]
    fn the_answer_says_what_the_gap_costs_and_what_the_plan_is_worth() {
        let a = Assumptions::default();
        let s = Scenario::default();
        let en = said(&answer(Lang::En, &s, &analyse(&s, &a), None));
        assert!(
            en.starts_with("Promising 8 and delivering 6.5 costs about €"),
            "{en}"
        );
        assert!(en.contains("; delivering 8 is worth about €"), "{en}");
        assert!(
            en.ends_with(" over 3\u{a0}years (net present value, risk-adjusted)."),
            "{en}"
        );
        let fi = said(&answer(Lang::Fi, &s, &analyse(&s, &a), None));
        assert!(
            fi.starts_with("Lupaus 8 ja toteutunut palvelu 6,5 maksavat nyt noin "),
            "{fi}"
        );
        // The plan equal to today: nothing yet, and where to change that.
        let same = s.plan_from_today();
        let en = said(&answer(Lang::En, &same, &analyse(&same, &a), None));
        assert!(
            en.ends_with(
                "the plan changes nothing yet: set the levels you aim for under “in the plan”."
            ),
            "{en}"
        );
        // A plan that delivers less is called a loss, with a positive amount.
        let worse = s.with(InputId::PlanDelivered, 4.0).unwrap();
        let en = said(&answer(Lang::En, &worse, &analyse(&worse, &a), None));
        assert!(
            en.contains("; delivering 4 loses about €") && !en.contains("€-"),
            "{en}"
        );
        // Delivery above the promise: no gap.
        let kept = s
            .with(InputId::Delivered, 9.0)
            .and_then(|s| s.with(InputId::NegativeSurprises, 0.0))
            .unwrap();
        let en = said(&answer(Lang::En, &kept, &analyse(&kept, &a), None));
        assert!(
            en.starts_with("Delivering 9 keeps the promise of 8, so the gap costs nothing today"),
            "{en}"
        );
    }

    #[test]
    fn with_a_likely_range_figures_are_rounded_to_what_it_supports() {
        let (s, a) = (Scenario::default(), Assumptions::default());
        let an = analyse(&s, &a);
        let summary = monte_carlo(&s, &Uncertainty::around(&a), SEED, DRAWS);
        let worth = RESULTS.iter().find(|r| r.id == "worth").unwrap();
        let shown = |summary| worth.shown(Lang::En, &worth.reading(&an, summary).unwrap());
        // €296,000 with a likely range of €144,000 to €400,000.
        assert_eq!(shown(None), "+€296,000");
        assert_eq!(shown(Some(&summary)), "+€300,000");
        let en = said(&answer(Lang::En, &s, &an, Some(&summary)));
        assert!(en.contains(" is worth about €300,000 "), "{en}");
        assert!(en.contains(" costs about €200,000 a year"), "{en}");
        // The range's ends to two figures: €144,000 to €400,000 (issue 16's figures).
        let reading = worth.reading(&an, Some(&summary)).unwrap();
        assert_eq!(
            worth.range_ends(Lang::En, &reading),
            Some(["+€140,000".to_owned(), "+€400,000".to_owned()])
        );
        assert_eq!(worth.range_ends(Lang::En, &worth.reading(&an, None).unwrap()), None);
    }

    #[test]
    fn kinds_write_values_and_differences() {
        assert_eq!(Kind::Euros.text(Lang::En, 1_234_567.0), "+€1.23\u{a0}M");
        assert_eq!(Kind::Cost.text(Lang::Fi, 196_432.0), "196\u{a0}000\u{a0}€");
        assert_eq!(
            Kind::Years.text(Lang::En, f64::INFINITY),
            "Not paid back within the horizon"
        );
        assert_eq!(Kind::Years.text(Lang::En, 1.25), "1.3 years");
        assert_eq!(Kind::Rate.difference(Lang::En, 0.05), "+5.0\u{a0}pp");
        assert_eq!(Kind::Customers.text(Lang::En, -1234.4), "\u{2212}1,230");
    }
}
