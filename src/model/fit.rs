//! Start from the client's numbers: today's delivered level inferred from what they measure, and
//! how well the model then reproduces their figures (MODEL.md, "Fitted to your data").
//!
//! The measure that pins the level is the share of customers who report a problem, read as the
//! model's bad-experience share today: it is the one the model states in absolute terms. Today's
//! recommendation and churn are compared, not fitted: the engine anchors every result to the
//! client's own rates and uses its modelled ones only through odds, so their absolute level
//! tests the assumptions (the rates by experience) as much as the delivered level.

use super::assumptions::Assumptions;
use super::engine::today_at;
use super::scenario::{InputId, Scenario};

/// How far (in shares: 0.05 is five percentage points) a modelled figure may be from the
/// measured one and still count as reproduced: about what a customer survey of a few hundred
/// answers can tell apart, and finer than the model's own likely ranges.
pub const CLOSE: f64 = 0.05;

/// A measured figure beside the model's at the fitted level (shares, 0–1).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Compared {
    pub measured: f64,
    pub modelled: f64,
}

impl Compared {
    /// Whether the model reproduces the measured figure within [`CLOSE`].
    pub fn close(&self) -> bool {
        (self.modelled - self.measured).abs() <= CLOSE
    }
}

/// The plain answer to "does the model fit your data?".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// All three figures are reproduced at the fitted level.
    Fits,
    /// The problem share is, recommendation or churn is not: the rates by experience (assumptions)
    /// do not describe these customers, whatever is delivered.
    ProblemsOnly,
    /// No level on the scale gives the problem share; the nearest is shown.
    NoLevel,
}

/// Today's delivered level that fits the measured problem share, and the model's figures there.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Fit {
    /// On the delivered field's own 0.1 grid, so using it sets exactly this value.
    pub delivered: f64,
    pub problems: Compared,
    pub recommend: Compared,
    pub churn: Compared,
}

impl Fit {
    pub fn verdict(&self) -> Verdict {
        if !self.problems.close() {
            Verdict::NoLevel
        } else if self.recommend.close() && self.churn.close() {
            Verdict::Fits
        } else {
            Verdict::ProblemsOnly
        }
    }
}

/// Today's delivered level, of the 101 on the 0–10 scale's 0.1 grid, whose modelled bad share is
/// closest to the share of customers who report a problem, everything else as entered; ties go
/// to the lowest level. `None` when no problem share is entered (0 %).
pub fn fit(s: &Scenario, a: &Assumptions) -> Option<Fit> {
    let measured = s.get(InputId::ReportedProblems) / 100.0;
    if measured <= 0.0 {
        return None;
    }
    let mut at = today_at(s, a);
    let mut best = (f64::INFINITY, 0.0);
    for i in 0..=100 {
        let level = f64::from(i) / 10.0;
        let miss = (at(level).bad - measured).abs();
        // Strictly closer only: of levels equally close the lowest stays, so a larger problem
        // share never gives a higher level (the bad share never rises with the level).
        if miss < best.0 {
            best = (miss, level);
        }
    }
    let delivered = best.1;
    let rates = at(delivered);
    let pct = |id| s.get(id) / 100.0;
    Some(Fit {
        delivered,
        problems: Compared {
            measured,
            modelled: rates.bad,
        },
        recommend: Compared {
            measured: pct(InputId::BaselineRecommend),
            modelled: rates.recommend,
        },
        churn: Compared {
            measured: pct(InputId::BaselineChurn),
            modelled: rates.churn,
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::evaluate;

    fn with(s: &Scenario, pairs: &[(InputId, f64)]) -> Scenario {
        let mut s = s.clone();
        for &(id, v) in pairs {
            s.set(id, v).unwrap();
        }
        s
    }

    #[test]
    fn no_problem_share_no_fit() {
        assert_eq!(fit(&Scenario::default(), &Assumptions::default()), None);
    }

    #[test]
    fn the_defaults_own_bad_share_gives_back_the_defaults_level() {
        let (s, a) = (Scenario::default(), Assumptions::default());
        let bad = evaluate(&s, &a).today.shares.bad;
        let f = fit(&with(&s, &[(InputId::ReportedProblems, bad * 100.0)]), &a).unwrap();
        assert_eq!(f.delivered, 6.5);
        assert_eq!(f.problems.modelled, bad);
        // The model's own recommendation and churn at 6.5 are not the defaults' 40 % and 15 %.
        assert_eq!(f.verdict(), Verdict::ProblemsOnly);
    }

    #[test]
    fn a_share_no_level_reaches_gives_the_nearest_and_says_so() {
        let a = Assumptions::default();
        // Promising nothing, even delivering nothing leaves two in three without a bad experience.
        let s = with(&Scenario::default(), &[(InputId::Promise, 0.0)]);
        let f = fit(&with(&s, &[(InputId::ReportedProblems, 100.0)]), &a).unwrap();
        assert_eq!(f.delivered, 0.0);
        assert!(f.problems.modelled < 0.7);
        assert_eq!(f.verdict(), Verdict::NoLevel);
    }

    #[test]
    fn the_verdict_reads_every_figure() {
        let c = |measured, modelled| Compared { measured, modelled };
        // Exactly CLOSE apart counts as reproduced.
        let (near, far) = (c(0.0, CLOSE), c(0.0, 0.1));
        let f = |problems, recommend, churn| Fit {
            delivered: 5.0,
            problems,
            recommend,
            churn,
        };
        assert_eq!(f(near, near, near).verdict(), Verdict::Fits);
        assert_eq!(f(near, far, near).verdict(), Verdict::ProblemsOnly);
        assert_eq!(f(near, near, far).verdict(), Verdict::ProblemsOnly);
        assert_eq!(f(far, near, near).verdict(), Verdict::NoLevel);
        assert!(c(CLOSE, 0.0).close() && !c(0.1, 0.0).close());
    }

    #[test]
    fn rates_the_model_gives_at_a_level_fit_there() {
        // Generated by the model itself at 7.2: all three figures are reproduced.
        let (s, a) = (Scenario::default(), Assumptions::default());
        let at = with(&s, &[(InputId::Delivered, 7.2)]);
        let r = today_at(&at, &a)(7.2);
        let measured = with(
            &s,
            &[
                (InputId::ReportedProblems, r.bad * 100.0),
                (InputId::BaselineRecommend, r.recommend * 100.0),
                (InputId::BaselineChurn, r.churn * 100.0),
            ],
        );
        let f = fit(&measured, &a).unwrap();
        assert_eq!(f.delivered, 7.2);
        assert_eq!(f.verdict(), Verdict::Fits);
        assert_eq!(
            (f.recommend.modelled, f.churn.modelled),
            (r.recommend, r.churn)
        );
    }
}
