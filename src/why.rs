//! "How are these calculated?": a few sentences for each result that name the inputs and the
//! assumptions behind it, in the user's language. [`crate::results`] says which result gets
//! which explanation.
//!
//! Built only from what the model returned (today's terms, the last period's shares, the
//! channels, the per-period counts) and the values in force; nothing here recomputes the model.
//! Values stay apart from the words ([`Piece::Arg`]) so that the view keeps each on one line.
//! Stated intentions are quoted as intentions, with the share of them the model takes as done.

use crate::format;
use crate::i18n::{tf_pieces, Key, Piece};
use crate::lang::Lang;
use crate::model::{Analysis, Assumptions, CoefficientId as C, InputId as I, Outcome, Scenario};

/// An explanation a result can have.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Figure {
    GapCost,
    Worth,
    Margin,
    Revenue,
    Recommend,
    Churn,
    Spend,
    Customers,
}

impl Figure {
    pub const ALL: [Figure; 8] = [
        Figure::GapCost,
        Figure::Worth,
        Figure::Margin,
        Figure::Revenue,
        Figure::Recommend,
        Figure::Churn,
        Figure::Spend,
        Figure::Customers,
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

    /// An input of the scenario with its unit.
    fn input(&self, i: I) -> String {
        format::quantity(self.lang, i.spec().unit, self.s.get(i), 2)
    }

    fn points(&self, v: f64) -> String {
        format::number_trimmed(self.lang, v, 1)
    }

    fn share(&self, fraction: f64) -> String {
        format::percent(self.lang, fraction, 0)
    }

    fn euros(&self, v: f64) -> String {
        format::euros_rounded(self.lang, v, true)
    }

    fn cost(&self, v: f64) -> String {
        format::euros_rounded(self.lang, v, false)
    }

    /// Today's experience against the promise: failures, and the shortfall's weight.
    fn today(&mut self, o: &Outcome) {
        let t = &o.today.terms;
        let failures = self.s.get(I::Delivered) - t.experienced;
        // Below half a decimal a difference does not show, so it is not worth a sentence.
        if failures >= 0.05 {
            let lost = self.points(failures);
            self.say(Key::WhyFailures, &[&lost], &[C::SurpriseSeverity]);
        }
        let args = [self.points(t.experienced), self.points(t.promise)];
        self.say(Key::WhyToday, &strs(&args), &[]);
        if t.gap <= -0.05 {
            let args = [
                self.points(-t.gap),
                self.points(t.expectation),
                format::number_trimmed(self.lang, t.gap_term / t.gap, 2),
                self.points(-t.gap_term),
            ];
            self.say(
                Key::WhyShortfall,
                &strs(&args),
                &[C::LossAversionLow, C::LossAversionHigh],
            );
        }
    }

    /// The plan's experience shares in its last year.
    fn shares(&mut self, o: &Outcome) {
        let p = o.plan.last();
        let args = [
            self.points(p.terms.index),
            self.share(p.shares.good),
            self.share(p.shares.neutral),
            self.share(p.shares.bad),
        ];
        self.say(
            Key::WhyShares,
            &strs(&args),
            &[C::GoodHalf, C::BadHalf, C::LevelWeight],
        );
    }

    fn reach(&mut self) {
        if self.s.get(I::Reach) < 100.0 {
            let reach = self.input(I::Reach);
            self.say(Key::WhyReach, &[&reach], &[]);
        }
    }

    fn irrelevant(&mut self) {
        let m = |l: I| self.s.get(l);
        if m(I::IrrelevantMessages) > 0.0 || m(I::PlanIrrelevantMessages) > 0.0 {
            let args = [
                self.coef(C::LessLoyal),
                self.coef(C::WouldLeave),
                self.coef(C::SayDoMessages),
            ];
            self.say(
                Key::WhyIrrelevant,
                &strs(&args),
                &[
                    C::LessLoyal,
                    C::WouldLeave,
                    C::SayDoMessages,
                    C::IrrelevantHalf,
                ],
            );
        }
    }
}

fn strs(args: &[String]) -> Vec<&str> {
    args.iter().map(String::as_str).collect()
}

/// The explanation of `figure` for the scenario `s` evaluated with `a` into `o`.
pub fn explain(lang: Lang, figure: Figure, s: &Scenario, a: &Assumptions, an: &Analysis) -> Why {
    let o = &an.outcome;
    let mut w = Writer {
        lang,
        s,
        a,
        why: Why::default(),
    };
    // A run always has at least one period; without one there is nothing to explain.
    if o.plan.periods.is_empty() {
        return w.why;
    }
    let total = |f: fn(&crate::model::Period) -> f64| o.plan.periods.iter().map(f).sum::<f64>();
    match figure {
        Figure::GapCost => {
            w.today(o);
            let args = [
                w.cost(an.gap_cost),
                w.input(I::Horizon),
                w.input(I::GrossMargin),
                w.input(I::RevenuePerCustomer),
            ];
            w.say(Key::WhyGapCost, &strs(&args), &[]);
        }
        Figure::Worth => {
            let args = [w.input(I::RiskAdjustment), w.input(I::DiscountRate)];
            w.say(Key::WhyWorth, &strs(&args), &[]);
            if s.get(I::RampUp) > 0.0 {
                let ramp = w.input(I::RampUp);
                w.say(Key::WhyRamp, &[&ramp], &[]);
            }
            channels(&mut w, o);
        }
        Figure::Margin => {
            channels(&mut w, o);
            w.reach();
        }
        Figure::Revenue => {
            let args = [w.input(I::RevenuePerCustomer), w.input(I::GrossMargin)];
            w.say(Key::WhyRevenue, &strs(&args), &[]);
        }
        Figure::Recommend => {
            w.shares(o);
            let args = [
                w.coef(C::RecommendGood),
                w.coef(C::RecommendNeutral),
                w.coef(C::RecommendBad),
                w.coef(C::SayDoRecommend),
            ];
            w.say(
                Key::WhyRecommend,
                &strs(&args),
                &[
                    C::RecommendGood,
                    C::RecommendNeutral,
                    C::RecommendBad,
                    C::SayDoRecommend,
                ],
            );
            let today = w.share(o.today.recommend);
            w.say(Key::WhyAnchor, &[&today], &[]);
            w.irrelevant();
            w.reach();
        }
        Figure::Churn => {
            w.shares(o);
            let args = [
                w.coef(C::ChurnNeutral),
                w.coef(C::GoodChurnFactor),
                w.coef(C::NeverReturnLow),
                w.coef(C::NeverReturnHigh),
                w.coef(C::SayDoReturn),
            ];
            w.say(
                Key::WhyChurn,
                &strs(&args),
                &[
                    C::ChurnNeutral,
                    C::GoodChurnFactor,
                    C::NeverReturnLow,
                    C::NeverReturnHigh,
                    C::SayDoReturn,
                ],
            );
            let today = w.share(o.today.churn);
            w.say(Key::WhyAnchor, &[&today], &[]);
            w.irrelevant();
            w.reach();
        }
        Figure::Spend => {
            let args = [
                w.coef(C::SpendGood),
                w.coef(C::SayDoSpend),
                w.share(o.plan.last().shares.good),
            ];
            w.say(Key::WhySpend, &strs(&args), &[C::SpendGood, C::SayDoSpend]);
            w.reach();
        }
        Figure::Customers => {
            let last = o.plan.last();
            let args = [
                format::integer(lang, format::significant(last.customers_end, 3)),
                format::integer(lang, format::significant(last.baseline_end, 3)),
                format::signed_integer(
                    lang,
                    format::significant(total(|p| p.won_word_of_mouth), 3),
                ),
                format::signed_integer(lang, format::significant(total(|p| p.won_promise), 3)),
            ];
            w.say(
                Key::WhyCustomers,
                &strs(&args),
                &[
                    C::ToldGood,
                    C::ToldBad,
                    C::WomInfluenceLow,
                    C::WomInfluenceHigh,
                    C::PromisePull,
                ],
            );
        }
    }
    w.why
}

/// The margin change over the horizon by channel.
fn channels(w: &mut Writer, o: &Outcome) {
    let c = &o.channels;
    let args = [
        w.euros(c.spend),
        w.euros(c.retention),
        w.euros(c.word_of_mouth),
        w.euros(c.promise),
    ];
    w.say(Key::WhyChannels, &strs(&args), &[]);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::analyse;

    fn text(why: &Why) -> String {
        why.pieces
            .iter()
            .map(|p| match p {
                Piece::Text(t) | Piece::Arg(t) => t.as_str(),
            })
            .collect()
    }

    fn explain_all(lang: Lang, s: &Scenario, a: &Assumptions) -> Vec<(Figure, Why)> {
        let o = analyse(s, a);
        Figure::ALL
            .iter()
            .map(|&f| (f, explain(lang, f, s, a, &o)))
            .collect()
    }

    #[test]
    fn the_gap_names_loss_aversion_and_what_it_costs() {
        let s = Scenario::default();
        let a = Assumptions::default();
        let o = analyse(&s, &a);
        let why = explain(Lang::En, Figure::GapCost, &s, &a, &o);
        let said = text(&why);
        assert!(
            said.contains("falls 1.8 points short of the promise (8)"),
            "{said}"
        );
        assert!(
            said.contains("would add €202,000 of gross margin a year"),
            "{said}"
        );
        assert!(said.contains("Delivering the promise at once"), "{said}");
        assert!(why.uses.contains(&C::LossAversionHigh));
    }

    #[test]
    fn intentions_are_worded_as_intentions_with_their_share() {
        let s = Scenario::default();
        let a = Assumptions::default();
        let o = analyse(&s, &a);
        let said = text(&explain(Lang::En, Figure::Recommend, &s, &a, &o));
        assert!(said.contains("say they would recommend"), "{said}");
        assert!(
            said.contains("of those who say so, 33% tell others"),
            "{said}"
        );
        assert!(said.contains("your own figure (40%)"), "{said}");
        let said = text(&explain(Lang::Fi, Figure::Churn, &s, &a, &o));
        assert!(said.contains("sanoo, ettei palaa"), "{said}");
    }

    #[test]
    fn every_explanation_reads_in_both_languages_at_odd_inputs() {
        let a = Assumptions::default();
        let odd = [
            Scenario::default(),
            Scenario::default().plan_from_today(),
            Scenario::default()
                .with(InputId::Reach, 0.0)
                .and_then(|s| s.with(InputId::IrrelevantMessages, 30.0))
                .and_then(|s| s.with(InputId::NegativeSurprises, 12.0))
                .and_then(|s| s.with(InputId::Horizon, 20.0))
                .unwrap(),
        ];
        use crate::model::InputId;
        for s in &odd {
            for lang in Lang::ALL {
                for (figure, why) in explain_all(lang, s, &a) {
                    let said = text(&why);
                    assert!(
                        !said.is_empty() && !said.contains('{'),
                        "{figure:?}: {said}"
                    );
                }
            }
        }
    }
}
