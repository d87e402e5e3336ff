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
use crate::i18n::{slots, t, tf, Key, Piece, Slot};
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

    /// An end (or the width) of a likely range, to two significant figures: an estimate of
    /// where the result lies, not a figure to quote to the euro.
    pub fn range_end(self, lang: Lang, v: f64) -> String {
        self.text(lang, format::significant(v, RANGE_FIGURES))
    }

    /// A likely range's width, as precise as its ends.
    pub fn range_width(self, lang: Lang, width: f64) -> String {
        self.difference(lang, format::significant(width, RANGE_FIGURES))
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

    /// The likely range's ends as shown ([`Kind::range_end`]): `€126,000`–`€261,000` reads
    /// `€130,000`–`€260,000`.
    pub fn range_ends(&self, lang: Lang, r: &Reading) -> Option<[String; 2]> {
        r.range.map(|p| {
            [
                self.kind.range_end(lang, p.p10),
                self.kind.range_end(lang, p.p90),
            ]
        })
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

/// A piece of the answer sentence.
#[derive(Clone, Debug, PartialEq)]
pub enum Part {
    /// The sentence's own words, free to wrap.
    Words(String),
    /// A figure, kept on one line.
    Figure(String),
    /// An input's value as written, which the results panel lets the reader change in place.
    Level(InputId, String),
}

/// What goes into a placeholder of the answer's templates.
enum Fill {
    Figure(String),
    Level(InputId),
    /// A phrase of its own (what the plan does), with its own levels.
    Phrase(Vec<Part>),
}

/// The template of `key` with `fills` in its placeholders.
fn filled(lang: Lang, s: &Scenario, key: Key, fills: &[Fill]) -> Vec<Part> {
    let level = |id: InputId| Part::Level(id, format::number_trimmed(lang, s.get(id), 1));
    slots(lang, key, fills.len())
        .into_iter()
        .flat_map(|slot| match slot {
            Slot::Words(words) => vec![Part::Words(words.to_owned())],
            Slot::Arg(i) => match &fills[i] {
                Fill::Figure(figure) => vec![Part::Figure(figure.clone())],
                Fill::Level(id) => vec![level(*id)],
                Fill::Phrase(parts) => parts.clone(),
            },
        })
        .collect()
}

/// The answer first: one sentence in plain words with the figures, what the gap costs today
/// and what the plan is worth, or that the plan changes nothing yet. A loss is called a loss:
/// the words follow the sign of the figure as it is shown, rounded as the results show it.
/// The levels in it (today's promise and delivery, the plan's) are [`Part::Level`]s.
pub fn answer_parts(
    lang: Lang,
    s: &Scenario,
    an: &Analysis,
    summary: Option<&Summary>,
) -> Vec<Part> {
    let o = &an.outcome;
    let shown = |v: f64, h: Headline| {
        format::significant(supported(v, summary.and_then(|s| s.range(h))), 3)
    };
    let levels = [
        Fill::Level(InputId::Promise),
        Fill::Level(InputId::Delivered),
    ];
    let gap = shown(an.gap_cost, Headline::GapCost);
    let mut parts = if gap >= 1.0 {
        let cost = Fill::Figure(format::euros_rounded(lang, gap, false));
        let [promise, delivered] = levels;
        filled(lang, s, Key::AnswerGap, &[promise, delivered, cost])
    } else {
        filled(lang, s, Key::AnswerNoGap, &levels)
    };
    if s.plan_is_today() {
        parts.extend(filled(lang, s, Key::AnswerUnchanged, &[]));
        return parts;
    }
    let same = |id: InputId, plan: InputId| s.get(id) == s.get(plan);
    let plan = match (
        same(InputId::Promise, InputId::PlanPromise),
        same(InputId::Delivered, InputId::PlanDelivered),
    ) {
        (true, false) => filled(
            lang,
            s,
            Key::AnswerPlanDeliver,
            &[Fill::Level(InputId::PlanDelivered)],
        ),
        (false, _) => filled(
            lang,
            s,
            Key::AnswerPlanBoth,
            &[
                Fill::Level(InputId::PlanPromise),
                Fill::Level(InputId::PlanDelivered),
            ],
        ),
        (true, true) => filled(lang, s, Key::AnswerPlanOther, &[]),
    };
    let worth = shown(o.figures.worth, Headline::Worth);
    let key = if worth < 0.0 {
        Key::AnswerLoss
    } else {
        Key::AnswerGain
    };
    let amount = format::euros_rounded(lang, worth.abs(), false);
    let horizon = format::quantity(lang, Unit::Periods, s.get(InputId::Horizon), 0);
    parts.extend(filled(
        lang,
        s,
        key,
        &[
            Fill::Phrase(plan),
            Fill::Figure(amount),
            Fill::Figure(horizon),
        ],
    ));
    parts
}

/// The answer as words and figures, for the views where it is only read (the handout, presenter
/// mode, the embed's message).
pub fn answer(lang: Lang, s: &Scenario, an: &Analysis, summary: Option<&Summary>) -> Vec<Piece> {
    answer_parts(lang, s, an, summary)
        .into_iter()
        .map(|part| match part {
            Part::Words(words) => Piece::Text(words),
            Part::Figure(figure) | Part::Level(_, figure) => Piece::Arg(figure),
        })
        .collect()
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
    fn the_answers_levels_are_the_inputs_it_quotes_in_the_languages_order() {
        let (a, s) = (Assumptions::default(), Scenario::default());
        let an = analyse(&s, &a);
        let levels = |lang, s: &Scenario| -> Vec<(InputId, String)> {
            answer_parts(lang, s, &an, None)
                .into_iter()
                .filter_map(|p| match p {
                    Part::Level(id, text) => Some((id, text)),
                    _ => None,
                })
                .collect()
        };
        let level = |id, text: &str| (id, text.to_owned());
        assert_eq!(
            levels(Lang::Fi, &s),
            [
                level(InputId::Promise, "8"),
                level(InputId::Delivered, "6,5"),
                level(InputId::PlanDelivered, "8")
            ]
        );
        // A plan that changes the promise too quotes both of the plan's levels.
        let both = s.with(InputId::PlanPromise, 9.0).unwrap();
        assert_eq!(
            levels(Lang::En, &both)[2..],
            [
                level(InputId::PlanPromise, "9"),
                level(InputId::PlanDelivered, "8")
            ]
        );
        // The plan equal to today: only today's levels.
        assert_eq!(levels(Lang::En, &s.plan_from_today()).len(), 2);
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
        assert_eq!(
            worth.range_ends(Lang::En, &worth.reading(&an, None).unwrap()),
            None
        );
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
