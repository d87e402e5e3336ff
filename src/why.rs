//! "Why this number?": a few sentences under each headline result that name the inputs and the
//! assumptions behind it, in the user's language.
//!
//! Built only from what the model returned (the first period's terms and shares, the channels,
//! the per-period counts) and the values in force; nothing here recomputes the model. Values
//! stay apart from the words ([`Piece::Arg`]) so that the view keeps each on one line.

use crate::format;
use crate::i18n::{tf_pieces, Key, Lang, Piece};
use crate::model::{
    Assumptions, CoefficientId as C, InputId as I, Outcome, Period, Scenario, Unit,
};

/// A result that has an explanation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Figure {
    Recommend,
    Spend,
    ChurnChange,
    Revenue,
    CustomersKept,
    CustomersWon,
    ToldPositive,
    ToldNegative,
}

impl Figure {
    pub const ALL: [Figure; 8] = [
        Figure::Recommend,
        Figure::Spend,
        Figure::ChurnChange,
        Figure::Revenue,
        Figure::CustomersKept,
        Figure::CustomersWon,
        Figure::ToldPositive,
        Figure::ToldNegative,
    ];
}

/// One explanation.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Why {
    /// The sentences, one after another.
    pub pieces: Vec<Piece>,
    /// The coefficients behind the figures it quotes, each once, in the order quoted.
    pub uses: Vec<C>,
}

/// Writes one explanation, sentence by sentence.
struct Writer<'a> {
    lang: Lang,
    s: &'a Scenario,
    a: &'a Assumptions,
    why: Why,
}

impl Writer<'_> {
    fn say(&mut self, key: Key, args: &[&str], uses: &[C]) {
        if !self.why.pieces.is_empty() {
            self.why.pieces.push(Piece::Text(" ".to_owned()));
        }
        self.why.pieces.extend(tf_pieces(self.lang, key, args));
        for &c in uses {
            if !self.why.uses.contains(&c) {
                self.why.uses.push(c);
            }
        }
    }

    /// A coefficient's value in force, with its unit: `77 %`, `1,5×`.
    fn coef(&self, c: C) -> String {
        format::amount(self.lang, self.a.get(c), c.spec().unit)
    }

    /// A coefficient as a bare number, for sentences that carry their own unit word.
    fn coef_number(&self, c: C) -> String {
        format::number_trimmed(self.lang, self.a.get(c), 3)
    }

    /// An input of the scenario with its unit.
    fn input(&self, i: I) -> String {
        format::amount(self.lang, self.s.get(i), i.spec().unit)
    }

    fn points(&self, v: f64) -> String {
        format::number_trimmed(self.lang, v, 1)
    }

    fn share(&self, fraction: f64) -> String {
        format::percent(self.lang, fraction, 0)
    }

    /// How satisfied customers are, and why: breaks, the gap to the promise, the level, and
    /// the good, ordinary and bad shares that follow.
    fn satisfaction(&mut self, p: &Period) {
        let t = &p.terms;
        // Below half a decimal a difference does not show, so it is not worth a sentence.
        let shows = |v: f64| v.abs() >= 0.05;
        if shows(t.breaks) {
            let args = [self.points(t.breaks), self.points(t.experienced)];
            self.say(Key::WhyBreaks, &strs(&args), &[C::SurpriseSeverity]);
        }
        // In the first period customers expect what was promised.
        let promise = self.points(t.expectation);
        let gap = self.points(t.gap.abs());
        if shows(t.gap) && t.gap < 0.0 {
            let weight = format::number_trimmed(self.lang, t.gap_weight, 2);
            let cost = self.points(t.gap_term.abs());
            self.say(
                Key::WhyShortfall,
                &[&gap, &promise, &weight, &cost],
                &[C::LossAversionLow, C::LossAversionHigh],
            );
        } else if shows(t.gap) {
            self.say(Key::WhySurplus, &[&gap, &promise], &[]);
        } else {
            self.say(Key::WhyMatch, &[&promise], &[]);
        }
        let args = [
            self.points(t.experienced),
            format::signed_number_trimmed(self.lang, t.level_term, 1),
            self.coef(C::LevelWeight),
        ];
        self.say(Key::WhyLevel, &strs(&args), &[C::LevelWeight]);
        let sh = &p.shares;
        let args = [
            self.points(t.index),
            self.share(sh.good),
            self.share(sh.neutral),
            self.share(sh.bad),
        ];
        self.say(Key::WhyShares, &strs(&args), &[C::GoodAt, C::BadAt]);
    }

    /// Only some customers meet the experience; the rest keep today's figures.
    fn reach(&mut self) {
        if self.s.get(I::Reach) < 100.0 {
            let reach = self.input(I::Reach);
            self.say(Key::WhyReach, &[&reach], &[]);
        }
    }

    fn delight_felt(&self, p: &Period) -> Option<String> {
        let felt = self.share(p.terms.delight_felt);
        (felt != self.share(0.0)).then_some(felt)
    }

    fn irrelevant(&self, p: &Period) -> Option<String> {
        let effect = self.share(p.terms.irrelevant);
        (effect != self.share(0.0)).then_some(effect)
    }
}

fn strs(args: &[String]) -> Vec<&str> {
    args.iter().map(String::as_str).collect()
}

/// The explanation of `figure` for the scenario `s` evaluated with `a` into `o`.
pub fn explain(lang: Lang, figure: Figure, s: &Scenario, a: &Assumptions, o: &Outcome) -> Why {
    let mut w = Writer {
        lang,
        s,
        a,
        why: Why::default(),
    };
    // A run always has at least one period; without one there is nothing to explain.
    let Some(p) = o.central.periods.first() else {
        return w.why;
    };
    let total = |f: fn(&Period) -> f64| o.central.periods.iter().map(f).sum::<f64>();
    match figure {
        Figure::Recommend => {
            w.satisfaction(p);
            let args = [w.coef(C::RecommendGood), w.coef(C::RecommendBad)];
            w.say(
                Key::WhyRecommend,
                &strs(&args),
                &[C::RecommendGood, C::RecommendBad],
            );
            if let Some(felt) = w.delight_felt(p) {
                let full = w.coef(C::RecommendDelighted);
                w.say(
                    Key::WhyDelightRecommend,
                    &[&felt, &full],
                    &[C::DelightHalf, C::RecommendDelighted],
                );
            }
            if let Some(effect) = w.irrelevant(p) {
                let args = [effect, w.coef(C::LessLoyal), w.coef(C::SayDo)];
                w.say(
                    Key::WhyIrrelevantRecommend,
                    &strs(&args),
                    &[C::IrrelevantHalf, C::LessLoyal, C::SayDo],
                );
            }
            w.reach();
        }
        Figure::Spend => {
            w.satisfaction(p);
            let good = w.coef(C::SpendGood);
            w.say(Key::WhySpend, &[&good], &[C::SpendGood]);
            if let Some(felt) = w.delight_felt(p) {
                let args = [
                    felt,
                    w.coef(C::DelightRevenueLow),
                    w.coef(C::DelightRevenueHigh),
                ];
                w.say(
                    Key::WhyDelightSpend,
                    &strs(&args),
                    &[C::DelightHalf, C::DelightRevenueLow, C::DelightRevenueHigh],
                );
            }
            w.reach();
        }
        Figure::ChurnChange => {
            w.satisfaction(p);
            let today = w.input(I::BaselineChurn);
            let args = [
                w.coef(C::GoodChurnFactor),
                today.clone(),
                w.coef(C::NeverReturnLow),
                w.coef(C::NeverReturnHigh),
            ];
            w.say(
                Key::WhyChurn,
                &strs(&args),
                &[C::GoodChurnFactor, C::NeverReturnLow, C::NeverReturnHigh],
            );
            if let Some(effect) = w.irrelevant(p) {
                let args = [effect, w.coef(C::WouldLeave), w.coef(C::SayDo)];
                w.say(
                    Key::WhyIrrelevantChurn,
                    &strs(&args),
                    &[C::IrrelevantHalf, C::WouldLeave, C::SayDo],
                );
            }
            w.reach();
            let churn = format::percent(lang, p.churn, 1);
            w.say(Key::WhyChurnTotal, &[&churn, &today], &[]);
        }
        Figure::Revenue => {
            let c = &o.channels;
            let eur = |v: f64| format::signed_euros(lang, v);
            let args = [
                format::integer(lang, s.get(I::Horizon)),
                format::integer(lang, s.get(I::Customers)),
                format::euros(lang, s.get(I::RevenuePerCustomer)),
                eur(c.spend),
                eur(c.retention),
                eur(c.word_of_mouth),
                eur(c.promise),
            ];
            w.say(Key::WhyRevenue, &strs(&args), &[]);
            let band = o.revenue_impact;
            let (low, high) = (eur(band.low), eur(band.high));
            if low != high {
                let ends = [
                    C::NeverReturnLow,
                    C::NeverReturnHigh,
                    C::DelightRevenueLow,
                    C::DelightRevenueHigh,
                    C::LossAversionLow,
                    C::LossAversionHigh,
                ];
                let mut args = vec![low, high];
                args.extend(ends.iter().map(|&c| w.coef(c)));
                w.say(Key::WhyBand, &strs(&args), &ends);
            }
        }
        Figure::CustomersKept => {
            let args = [
                format::integer(lang, s.get(I::Customers)),
                format::percent(lang, p.churn, 1),
                w.input(I::BaselineChurn),
                format::integer(lang, s.get(I::Horizon)),
                format::signed_integer(lang, o.customers_kept.central),
            ];
            w.say(Key::WhyKept, &strs(&args), &[]);
        }
        Figure::CustomersWon => {
            let args = [
                format::signed_integer(lang, total(|p| p.won_word_of_mouth)),
                w.coef(C::WomConversion),
            ];
            w.say(Key::WhyWonWordOfMouth, &strs(&args), &[C::WomConversion]);
            let args = [
                format::signed_integer(lang, total(|p| p.won_promise)),
                w.points(s.get(I::Promise)),
                w.points(s.get(I::Delivered)),
                // The sentence says "per point" in its own words.
                format::amount(lang, a.get(C::PromiseAttraction), Unit::Percent),
            ];
            w.say(Key::WhyWonPromise, &strs(&args), &[C::PromiseAttraction]);
        }
        Figure::ToldPositive => {
            let args = [w.share(p.recommend), w.coef_number(C::ToldGood)];
            w.say(Key::WhyToldPositive, &strs(&args), &[C::ToldGood]);
        }
        Figure::ToldNegative => {
            let args = [
                w.share(p.shares.bad),
                w.coef_number(C::ToldBad),
                w.input(I::Reach),
            ];
            w.say(Key::WhyToldNegative, &strs(&args), &[C::ToldBad]);
        }
    }
    w.why
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::evaluate;

    fn text(why: &Why) -> String {
        why.pieces
            .iter()
            .map(|p| match p {
                Piece::Text(s) | Piece::Arg(s) => s.as_str(),
            })
            .collect()
    }

    fn scenario(pairs: &[(I, f64)]) -> Scenario {
        let mut s = Scenario::default();
        for &(id, v) in pairs {
            s.set(id, v).unwrap();
        }
        s
    }

    fn explain_all(lang: Lang, s: &Scenario, a: &Assumptions) -> Vec<(Figure, Why)> {
        let o = evaluate(s, a);
        Figure::ALL
            .iter()
            .map(|&f| (f, explain(lang, f, s, a, &o)))
            .collect()
    }

    #[test]
    fn the_defaults_read_as_the_worked_example_of_model_md() {
        let s = Scenario::default();
        let a = Assumptions::default();
        let o = evaluate(&s, &a);
        let fi = text(&explain(Lang::Fi, Figure::Recommend, &s, &a, &o));
        assert_eq!(
            fi,
            "Koettu palvelu vastaa lupausta (7), joten odotukset eivät ylity eivätkä alitu. \
             Palvelun taso 7 asteikolla 0–10 muuttaa tyytyväisyyttä +2 pistettä (painoarvo 1×). \
             Tyytyväisyysindeksi on 2: kokemuksen kohtaavista 50\u{a0}% saa hyvän, 50\u{a0}% \
             tavanomaisen ja 0\u{a0}% huonon kokemuksen. Hyvän kokemuksen jälkeen suosittelee \
             77\u{a0}% ja huonon jälkeen 0\u{a0}%; tavanomaisen kokemuksen saaneet suosittelevat \
             kuten nyt. Ilahduttaminen tuntuu 29\u{a0}% täydestä vaikutuksestaan ja nostaa hyvän \
             kokemuksen saaneiden suosittelua kohti 90\u{a0}%. Kokemuksen kohtaa 80\u{a0}% \
             asiakkaista; muut toimivat kuten nyt."
        );
        let en = text(&explain(Lang::En, Figure::ChurnChange, &s, &a, &o));
        assert!(
            en.ends_with("So churn in the first year is 13.8%, against 15% today."),
            "{en}"
        );
    }

    #[test]
    fn a_shortfall_names_loss_aversion_and_what_it_costs() {
        // Delivered 5 against a promise of 7: 2 points short, weighed 2×, costs 4 points.
        let s = scenario(&[(I::Delivered, 5.0)]);
        let a = Assumptions::default();
        let o = evaluate(&s, &a);
        let why = explain(Lang::En, Figure::Recommend, &s, &a, &o);
        let en = text(&why);
        assert!(
            en.starts_with(
                "The experienced service falls 2 points short of the promise (7). Losses weigh \
                 2 times as much as gains, so the gap takes 4 points off satisfaction."
            ),
            "{en}"
        );
        assert!(why.uses.contains(&C::LossAversionLow) && why.uses.contains(&C::LossAversionHigh));
        let fi = text(&explain(Lang::Fi, Figure::Spend, &s, &a, &o));
        assert!(
            fi.starts_with(
                "Koettu palvelu jää 2 pistettä alle lupauksen (7). Alitus painaa 2-kertaisesti"
            ),
            "{fi}"
        );
    }

    #[test]
    fn breaks_surplus_and_irrelevant_messages_each_get_their_sentence() {
        let s = scenario(&[
            (I::Promise, 5.0),
            (I::Delivered, 8.0),
            (I::NegativeSurprises, 2.0),
            (I::RecoveryQuality, 0.0),
            (I::IrrelevantMessages, 4.0),
            (I::Reach, 100.0),
        ]);
        let a = Assumptions::default();
        let o = evaluate(&s, &a);
        let why = explain(Lang::En, Figure::ChurnChange, &s, &a, &o);
        let en = text(&why);
        for part in [
            "Service breaks take 1 points off the delivered service, so customers experience 7.",
            "beats the promise (5) by 2 points",
            "Irrelevant messages (50% of their full effect) add to churn: 57% say",
        ] {
            assert!(en.contains(part), "{part:?} not in {en}");
        }
        assert!(
            !en.contains("of customers meet the experience"),
            "reach is 100 %: {en}"
        );
        assert!(why.uses.contains(&C::SurpriseSeverity) && why.uses.contains(&C::WouldLeave));
        assert!(
            !why.uses.contains(&C::LossAversionLow),
            "no shortfall, no loss aversion"
        );
    }

    #[test]
    fn quoted_coefficients_follow_the_edits() {
        let s = Scenario::default();
        let mut a = Assumptions::default();
        a.set(C::ToldGood, 20.0).unwrap();
        a.set(C::SpendGood, 12.5).unwrap();
        let o = evaluate(&s, &a);
        let told = explain(Lang::Fi, Figure::ToldPositive, &s, &a, &o);
        assert!(text(&told).contains("kukin kertoo kokemuksestaan 20 ihmiselle"));
        assert_eq!(told.uses, vec![C::ToldGood]);
        let spend = explain(Lang::Fi, Figure::Spend, &s, &a, &o);
        assert!(
            text(&spend).contains("kuluttaa 12,5\u{a0}% enemmän"),
            "{}",
            text(&spend)
        );
    }

    #[test]
    fn revenue_names_its_channels_and_band_and_the_counts_add_up() {
        let s = scenario(&[(I::Promise, 8.0), (I::Delivered, 6.0)]);
        let a = Assumptions::default();
        let o = evaluate(&s, &a);
        let revenue = explain(Lang::En, Figure::Revenue, &s, &a, &o);
        let en = text(&revenue);
        let channel = format::signed_euros(Lang::En, o.channels.retention);
        assert!(en.contains(&format!("churn {channel}")), "{en}");
        assert!(en.contains("The range "), "{en}");
        assert_eq!(revenue.uses.len(), 6);
        // The two parts of customers won sum to the total shown.
        let won = explain(Lang::En, Figure::CustomersWon, &s, &a, &o);
        let parts: Vec<f64> = won
            .pieces
            .iter()
            .filter_map(|p| match p {
                Piece::Arg(s) if s.starts_with(['+', '-']) || s == "0" => {
                    s.replace(',', "").parse().ok()
                }
                _ => None,
            })
            .collect();
        assert_eq!(parts.len(), 2, "{}", text(&won));
        assert!((parts[0] + parts[1] - o.customers_won.central).abs() <= 1.0);
    }

    #[test]
    fn every_explanation_reads_in_both_languages_at_odd_inputs() {
        let odd = [
            scenario(&[]),
            scenario(&[(I::Delivered, 0.0), (I::Promise, 10.0), (I::Reach, 0.0)]),
            scenario(&[
                (I::Horizon, 1.0),
                (I::DelightEvents, 0.0),
                (I::Customers, 1.0),
            ]),
            scenario(&[(I::NegativeSurprises, 12.0), (I::IrrelevantMessages, 30.0)]),
        ];
        for s in &odd {
            for lang in Lang::ALL {
                for (figure, why) in explain_all(lang, s, &Assumptions::default()) {
                    let t = text(&why);
                    assert!(t.ends_with('.'), "{figure:?}: {t}");
                    assert!(
                        !t.contains(['{', '}']) && !t.contains("  "),
                        "{figure:?}: {t}"
                    );
                    let no_value =
                        |p: &Piece| matches!(p, Piece::Arg(v) if v.contains(format::NOT_A_NUMBER));
                    assert!(!why.pieces.iter().any(no_value), "{t}");
                    let unique: std::collections::BTreeSet<_> = why.uses.iter().collect();
                    assert_eq!(unique.len(), why.uses.len(), "{figure:?}: each once");
                }
            }
        }
    }
}
