//! The equations: from a scenario and the coefficients to a timeline of outcomes.
//!
//! MODEL.md states them in prose with their sources; the names here follow it. In short, per
//! period: a satisfaction index (level term + loss-averse disconfirmation term) splits the customers
//! who meet the experience into good, neutral and bad experiences; each share carries the seed
//! figures (77 % recommend and +17 % spend after a good experience; over 50 % never return and 15
//! told after a bad one); delight adds on top of a good experience and fades as expectations
//! ratchet up; cohorts churn period by period against a baseline that keeps today's figures.

use super::assumptions::{Assumptions, CoefficientId as C};
use super::outcome::{Band, Channels, Investment, Outcome, Period, Shares, Terms, Timeline};
use super::scenario::{InputId as I, Scenario};

/// The middle of the 0–10 scale: the level term is zero here.
pub const MID_SCALE: f64 = 5.0;

/// Which end of the coefficient ranges a run uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Case {
    /// Midpoints of every range.
    Central,
    /// The ends that lower revenue: more never return, less delight revenue, stronger loss aversion.
    Pessimistic,
    /// The ends that raise revenue.
    Optimistic,
}

/// Coefficients resolved for one case, as fractions.
#[derive(Clone, Copy, Debug)]
struct Params {
    recommend_good: f64,
    recommend_delighted: f64,
    recommend_bad: f64,
    spend_good: f64,
    never_return: f64,
    told_bad: f64,
    told_good: f64,
    delight_revenue: f64,
    delight_half: f64,
    delight_points: f64,
    ratchet: f64,
    loss_aversion: f64,
    level_weight: f64,
    good_at: f64,
    bad_at: f64,
    good_churn_factor: f64,
    wom_conversion: f64,
    promise_attraction: f64,
    surprise_severity: f64,
    less_loyal: f64,
    would_leave: f64,
    say_do: f64,
    irrelevant_half: f64,
}

impl Params {
    fn new(a: &Assumptions, case: Case) -> Params {
        // The three ranged coefficients are zero here and set by `with_case`.
        Params {
            recommend_good: a.frac(C::RecommendGood),
            recommend_delighted: a.frac(C::RecommendDelighted),
            recommend_bad: a.frac(C::RecommendBad),
            spend_good: a.frac(C::SpendGood),
            never_return: 0.0,
            told_bad: a.frac(C::ToldBad),
            told_good: a.frac(C::ToldGood),
            delight_revenue: 0.0,
            delight_half: a.frac(C::DelightHalf),
            delight_points: a.frac(C::DelightPoints),
            ratchet: a.frac(C::Ratchet),
            loss_aversion: 0.0,
            level_weight: a.frac(C::LevelWeight),
            good_at: a.frac(C::GoodAt),
            bad_at: a.frac(C::BadAt),
            good_churn_factor: a.frac(C::GoodChurnFactor),
            wom_conversion: a.frac(C::WomConversion),
            promise_attraction: a.frac(C::PromiseAttraction),
            surprise_severity: a.frac(C::SurpriseSeverity),
            less_loyal: a.frac(C::LessLoyal),
            would_leave: a.frac(C::WouldLeave),
            say_do: a.frac(C::SayDo),
            irrelevant_half: a.frac(C::IrrelevantHalf),
        }
        .with_case(a, case)
    }

    /// The same coefficients with the ranged ones taken from `case`'s end.
    fn with_case(self, a: &Assumptions, case: Case) -> Params {
        // `worse` is the end that lowers revenue.
        let pick = |low: C, high: C, worse_is_high: bool| {
            let (l, h) = (a.frac(low), a.frac(high));
            match (case, worse_is_high) {
                (Case::Central, _) => (l + h) / 2.0,
                (Case::Pessimistic, true) | (Case::Optimistic, false) => h,
                (Case::Pessimistic, false) | (Case::Optimistic, true) => l,
            }
        };
        Params {
            never_return: pick(C::NeverReturnLow, C::NeverReturnHigh, true),
            delight_revenue: pick(C::DelightRevenueLow, C::DelightRevenueHigh, false),
            loss_aversion: pick(C::LossAversionLow, C::LossAversionHigh, true),
            ..self
        }
    }
}

/// 0 below 0, 1 above 1, and a smooth S between: shares move gradually, so a slider never jumps.
fn ramp(x: f64) -> f64 {
    let x = x.clamp(0.0, 1.0);
    x * x * (3.0 - 2.0 * x)
}

/// Saturating response: 0 at 0, half at `half`, approaching 1. Each extra unit adds less.
fn saturation(x: f64, half: f64) -> f64 {
    1.0 - (-x / half).exp2()
}

/// The satisfaction index of one period and how it was built.
fn terms(
    p: &Params,
    experienced: f64,
    breaks: f64,
    expectation: f64,
    expected_delight: f64,
    missing_delight: f64,
) -> Terms {
    let gap = experienced - expectation - missing_delight;
    let gap_weight = if gap < 0.0 { p.loss_aversion } else { 1.0 };
    let level_term = p.level_weight * (experienced - MID_SCALE);
    let gap_term = gap * gap_weight;
    Terms {
        experienced,
        breaks,
        expectation,
        expected_delight,
        gap,
        gap_weight,
        level_term,
        gap_term,
        index: level_term + gap_term,
        delight_felt: 0.0,
        irrelevant: 0.0,
    }
}

fn shares(p: &Params, index: f64) -> Shares {
    let good = if index > 0.0 {
        ramp(index / p.good_at)
    } else {
        0.0
    };
    let bad = if index < 0.0 {
        ramp(-index / p.bad_at)
    } else {
        0.0
    };
    Shares {
        good,
        neutral: 1.0 - good - bad,
        bad,
    }
}

/// Runs the model over the horizon for one case.
pub fn run(s: &Scenario, a: &Assumptions, case: Case) -> Timeline {
    let p = Params::new(a, case);
    timeline(&Setting::new(s, &p), &p)
}

fn timeline(setting: &Setting, p: &Params) -> Timeline {
    let mut periods = Vec::with_capacity(setting.horizon);
    simulate(setting, p, &mut |period| periods.push(period));
    Timeline { periods }
}

/// The central revenue impact of many scenarios under the same assumptions, exactly as
/// `run(s, a, Case::Central).revenue_impact()` gives it, but with the coefficients resolved once
/// and no periods kept: `best_promise` and `sensitivity` ask for it over a hundred times a
/// keystroke, and this keeps them free of allocations.
pub(crate) struct CentralImpact(Params);

impl CentralImpact {
    pub(crate) fn new(a: &Assumptions) -> CentralImpact {
        CentralImpact(Params::new(a, Case::Central))
    }

    pub(crate) fn of(&self, s: &Scenario) -> f64 {
        // Summed as `Timeline::revenue_impact` sums, so the result is bit for bit the same.
        let mut channels = Channels::default();
        simulate(&Setting::new(s, &self.0), &self.0, &mut |period| {
            channels.add(&period.channels)
        });
        channels.total()
    }
}

/// What a scenario means before a case is chosen: the figures that stay the same through the
/// horizon and use none of the coefficients with a range, so `evaluate` works them out once
/// for its three runs (7 % of `evaluate`'s time natively, by criterion).
struct Setting {
    horizon: usize,
    promise: f64,
    delivered: f64,
    reach: f64,
    churn0: f64,
    recommend0: f64,
    revenue: f64,
    customers: f64,
    delight_periods: usize,
    breaks: f64,
    experienced: f64,
    delight: f64,
    delight_points: f64,
    irrelevant: f64,
    loyalty: f64,
    irrelevant_churn: f64,
    recommend_neutral: f64,
    recommend_delighted: f64,
    churn_good: f64,
}

impl Setting {
    /// Reads only the coefficients without a range (never `never_return`, `delight_revenue`
    /// or `loss_aversion`): tests/model_fast_paths.rs checks that `evaluate`'s three runs are
    /// bit for bit what `run` gives for each case.
    fn new(s: &Scenario, p: &Params) -> Setting {
        let pct = |id| s.get(id) / 100.0;
        let delivered = s.get(I::Delivered);
        let recommend0 = pct(I::BaselineRecommend);
        let churn0 = pct(I::BaselineChurn);
        let breaks =
            (p.surprise_severity * s.get(I::NegativeSurprises) * (1.0 - pct(I::RecoveryQuality)))
                .min(delivered);
        let delight = saturation(s.get(I::DelightEvents), p.delight_half);
        let irrelevant = saturation(s.get(I::IrrelevantMessages), p.irrelevant_half);
        // A neutral experience recommends at today's rate, kept between the bad and good rates so
        // that a better experience never recommends less.
        let (rec_lo, rec_hi) = (
            p.recommend_bad.min(p.recommend_good),
            p.recommend_bad.max(p.recommend_good),
        );
        Setting {
            horizon: s.horizon(),
            promise: s.get(I::Promise),
            delivered,
            reach: pct(I::Reach),
            churn0,
            recommend0,
            revenue: s.get(I::RevenuePerCustomer),
            customers: s.get(I::Customers),
            delight_periods: s.get(I::DelightPeriods) as usize,
            breaks,
            experienced: delivered - breaks,
            delight,
            delight_points: p.delight_points * delight,
            irrelevant,
            loyalty: 1.0 - p.less_loyal * p.say_do * irrelevant,
            irrelevant_churn: p.would_leave * p.say_do * irrelevant,
            // max/min rather than `clamp`: the same for these ordered bounds, without clamp's
            // panic message, whose float formatting would cost the wasm about 5 KB.
            recommend_neutral: recommend0.max(rec_lo).min(rec_hi),
            recommend_delighted: p.recommend_delighted.max(p.recommend_good),
            churn_good: churn0 * p.good_churn_factor,
        }
    }
}

/// The model's loop: hands each period of the horizon to `visit`. A `dyn` visitor rather than a
/// generic one, so the wasm carries one copy of the loop.
fn simulate(st: &Setting, p: &Params, visit: &mut dyn FnMut(Period)) {
    let Setting {
        horizon,
        promise,
        delivered,
        reach,
        churn0,
        recommend0,
        revenue,
        customers: existing0,
        delight_periods,
        breaks,
        experienced,
        delight,
        delight_points,
        irrelevant,
        loyalty,
        irrelevant_churn,
        recommend_neutral,
        recommend_delighted,
        churn_good,
    } = *st;
    let churn_bad = churn0.max(p.never_return);

    let mut expectation = promise;
    let mut expected_delight = 0.0;
    let mut fade = 1.0; // (1 − ratchet)^t: how much of the delight is still a surprise
    let (mut existing, mut won_wom, mut won_promise) = (existing0, 0.0, 0.0);
    let mut baseline = existing;

    for t in 0..horizon {
        let delighting = t < delight_periods;
        let missing = if delighting { 0.0 } else { expected_delight };
        let mut terms = terms(
            p,
            experienced,
            breaks,
            expectation,
            expected_delight,
            missing,
        );
        terms.delight_felt = if delighting { delight * fade } else { 0.0 };
        terms.irrelevant = irrelevant;
        let sh = shares(p, terms.index);

        // Among the customers who meet the experience…
        let rec_good =
            p.recommend_good + terms.delight_felt * (recommend_delighted - p.recommend_good);
        let rec_r =
            (sh.good * rec_good + sh.neutral * recommend_neutral + sh.bad * p.recommend_bad)
                * loyalty;
        let spend_r = sh.good * (p.spend_good + terms.delight_felt * p.delight_revenue);
        let churn_r =
            (sh.good * churn_good + sh.neutral * churn0 + sh.bad * churn_bad + irrelevant_churn)
                .min(1.0);
        // …and among all customers.
        let recommend = reach * rec_r + (1.0 - reach) * recommend0;
        let detractors = reach * sh.bad * (1.0 - p.recommend_bad);
        let spend_uplift = reach * spend_r;
        let churn = reach * churn_r + (1.0 - reach) * churn0;

        let customers = existing + won_wom + won_promise;
        let told_positive = recommend * customers * p.told_good;
        let told_negative = reach * sh.bad * customers * p.told_bad;
        let told_baseline = recommend0 * baseline * p.told_good;
        let stay = 1.0 - churn;
        let existing_next = existing * stay;
        // Customers not won can at most cancel those there are: the count never goes negative.
        let new_wom = (p.wom_conversion * (told_positive - told_baseline - told_negative))
            .max(-(existing_next + (won_wom + won_promise) * stay));
        let won_wom_next = won_wom * stay + new_wom;
        // A promise above what is delivered wins extra customers; one below it wins fewer.
        let new_promise = (customers * p.promise_attraction * (promise - delivered))
            .max(-(existing_next + won_wom_next + won_promise * stay));
        let won_promise_next = won_promise * stay + new_promise;
        let baseline_next = baseline * (1.0 - churn0);

        // Customers leave and join through the period: revenue follows the period's average.
        let avg = |a: f64, b: f64| (a + b) / 2.0;
        let existing_avg = avg(existing, existing_next);
        let channels = Channels {
            spend: existing_avg * revenue * spend_uplift,
            retention: (existing_avg - avg(baseline, baseline_next)) * revenue,
            word_of_mouth: avg(won_wom, won_wom_next) * revenue * (1.0 + spend_uplift),
            promise: avg(won_promise, won_promise_next) * revenue * (1.0 + spend_uplift),
        };

        visit(Period {
            terms,
            shares: sh,
            recommend,
            detractors,
            spend_uplift,
            churn,
            customers,
            baseline_customers: baseline,
            told_positive,
            told_negative,
            won_word_of_mouth: new_wom,
            won_promise: new_promise,
            kept: existing_next - baseline_next,
            channels,
        });

        // The ratchet: expectation moves toward what was experienced, never below the promise;
        // delight that goes on becomes expected, delight that stops is slowly forgotten.
        expectation = promise.max(expectation + p.ratchet * (experienced - expectation));
        expected_delight = if delighting {
            expected_delight + p.ratchet * (delight_points - expected_delight)
        } else {
            expected_delight * (1.0 - p.ratchet)
        };
        fade *= 1.0 - p.ratchet;
        (existing, won_wom, won_promise, baseline) =
            (existing_next, won_wom_next, won_promise_next, baseline_next);
    }
}

fn investment(s: &Scenario, runs: [&Timeline; 3]) -> Option<Investment> {
    if !s.has_cost() {
        return None;
    }
    let one_off = s.get(I::CostOneOff);
    let per_period = s.get(I::CostPerPeriod);
    let rate = s.get(I::DiscountRate) / 100.0;
    let cost = one_off + per_period * s.horizon() as f64;
    let roi = |t: &Timeline| (t.revenue_impact() - cost) / cost;
    let npv = |t: &Timeline| {
        let mut discount = 1.0;
        t.periods.iter().fold(-one_off, |acc, p| {
            discount /= 1.0 + rate;
            acc + (p.channels.total() - per_period) * discount
        })
    };
    let mut cumulative = -one_off;
    let mut payback = None;
    for (t, p) in runs[0].periods.iter().enumerate() {
        let flow = p.channels.total() - per_period;
        if flow > 0.0 && cumulative + flow >= 0.0 {
            payback = Some(t as f64 + (-cumulative).max(0.0) / flow);
            break;
        }
        cumulative += flow;
    }
    let band = |f: &dyn Fn(&Timeline) -> f64| Band::of(f(runs[0]), f(runs[1]), f(runs[2]));
    Some(Investment {
        cost,
        roi: band(&roi),
        npv: band(&npv),
        payback,
    })
}

/// Evaluates a scenario: the central run, the two ends of the band, and the headline figures.
pub fn evaluate(s: &Scenario, a: &Assumptions) -> Outcome {
    let p = Params::new(a, Case::Central);
    let setting = Setting::new(s, &p);
    let central = timeline(&setting, &p);
    let pessimistic = timeline(&setting, &p.with_case(a, Case::Pessimistic));
    let optimistic = timeline(&setting, &p.with_case(a, Case::Optimistic));
    let churn0 = s.get(I::BaselineChurn) / 100.0;
    let band =
        |f: &dyn Fn(&Timeline) -> f64| Band::of(f(&central), f(&pessimistic), f(&optimistic));
    let sum = |t: &Timeline, f: &dyn Fn(&Period) -> f64| t.periods.iter().map(f).sum::<f64>();
    let investment = investment(s, [&central, &pessimistic, &optimistic]);
    Outcome {
        recommend: band(&|t| t.first().recommend),
        promoters: band(&|t| t.first().recommend),
        passives: band(&|t| 1.0 - t.first().recommend - t.first().detractors),
        detractors: band(&|t| t.first().detractors),
        spend_uplift: band(&|t| t.first().spend_uplift),
        churn: band(&|t| t.first().churn),
        churn_change_pp: band(&|t| (t.first().churn - churn0) * 100.0),
        customers_kept: band(&|t| t.last().kept),
        customers_won: band(&|t| sum(t, &|p| p.won_word_of_mouth + p.won_promise)),
        told_positive: band(&|t| sum(t, &|p| p.told_positive)),
        told_negative: band(&|t| sum(t, &|p| p.told_negative)),
        revenue_impact: band(&|t| t.revenue_impact()),
        channels: central.channels(),
        investment,
        central,
        pessimistic,
        optimistic,
    }
}
