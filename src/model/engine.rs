//! The equations: from a scenario and the coefficients to today's figures and the plan's course.
//!
//! MODEL.md states them with their sources; the names here follow it. In short: an experience
//! index (level term + loss-averse gap against expectation + delight still felt as a surprise)
//! splits customers into good, neutral and bad experiences; each share carries the sources'
//! rates, every stated intention multiplied by its own intention-to-behaviour share. The plan's
//! rates are anchored to the client's own: the model moves today's recommendation and churn by
//! the odds ratio between the plan's experience and today's, so today is reproduced exactly and
//! a plan equal to today changes nothing. Customers are stocks that never go below zero or above
//! the market; money is gross margin, risk-adjusted and discounted.

use super::assumptions::{Assumptions, CoefficientId as C};
use super::outcome::{
    Channels, Figures, Investment, Outcome, Period, Shares, Terms, Timeline, Today,
};
use super::scenario::{InputId as I, Lever, Scenario};

/// The middle of the 0–10 scale: the level term is zero here.
pub const MID_SCALE: f64 = 5.0;

/// Coefficients resolved as fractions, intentions already turned into behaviour
/// where the engine uses them as behaviour.
#[derive(Clone, Copy, Debug)]
struct Params {
    // Stated recommendation by experience: used only through odds ratios against today, so the
    // client's own (also stated) rate sets the level.
    rec_good: f64,
    rec_neutral: f64,
    rec_bad: f64,
    /// Share of those who say they would recommend who do.
    say_do_recommend: f64,
    /// Extra spend after a good experience, as behaviour.
    spend_good: f64,
    // Yearly churn by experience, as behaviour: good ≤ neutral ≤ bad.
    churn_good: f64,
    churn_neutral: f64,
    churn_bad: f64,
    /// Irrelevant messages: loss of recommendation and extra churn at full effect, as behaviour.
    message_loyalty: f64,
    message_churn: f64,
    told_good: f64,
    told_bad: f64,
    /// Share of the people told, among those about to choose this year, whose choice it turns.
    influence: f64,
    promise_pull: f64,
    loss_aversion: f64,
    level_weight: f64,
    good_half: f64,
    bad_half: f64,
    ratchet: f64,
    delight_half: f64,
    delight_points: f64,
    severity: f64,
    irrelevant_half: f64,
}

impl Params {
    fn new(a: &Assumptions) -> Params {
        let f = |c| a.frac(c);
        // A coefficient given as a range enters at its middle; the Monte Carlo draws over it.
        let middle = |low: C, high: C| (f(low) + f(high)) / 2.0;
        let never_return = middle(C::NeverReturnLow, C::NeverReturnHigh);
        let (rec_good, rec_bad) = (f(C::RecommendGood), f(C::RecommendBad));
        let churn_neutral = f(C::ChurnNeutral);
        Params {
            rec_good: rec_good.max(rec_bad),
            // Kept between the bad and good rates so a better experience never recommends less.
            rec_neutral: f(C::RecommendNeutral)
                .max(rec_bad)
                .min(rec_good.max(rec_bad)),
            rec_bad,
            say_do_recommend: f(C::SayDoRecommend),
            spend_good: f(C::SpendGood) * f(C::SayDoSpend),
            churn_good: churn_neutral * f(C::GoodChurnFactor),
            churn_neutral,
            churn_bad: churn_neutral.max(never_return * f(C::SayDoReturn)),
            message_loyalty: f(C::LessLoyal) * f(C::SayDoMessages),
            message_churn: f(C::WouldLeave) * f(C::SayDoMessages),
            told_good: f(C::ToldGood),
            told_bad: f(C::ToldBad),
            influence: middle(C::WomInfluenceLow, C::WomInfluenceHigh),
            promise_pull: f(C::PromisePull),
            loss_aversion: middle(C::LossAversionLow, C::LossAversionHigh),
            level_weight: f(C::LevelWeight),
            good_half: f(C::GoodHalf),
            bad_half: f(C::BadHalf),
            ratchet: f(C::Ratchet),
            delight_half: f(C::DelightHalf),
            delight_points: f(C::DelightPoints),
            severity: f(C::SurpriseSeverity),
            irrelevant_half: f(C::IrrelevantHalf),
        }
    }
}

/// Saturating response: 0 at 0, half at `half`, approaching 1. Each extra unit adds less.
fn saturation(x: f64, half: f64) -> f64 {
    1.0 - (-x / half).exp2()
}

/// `a` moved a fraction `w` of the way to `b`; exactly `a` when `b == a`, exactly `b` at `w = 1`.
fn toward(a: f64, b: f64, w: f64) -> f64 {
    if w >= 1.0 {
        b
    } else {
        a + w * (b - a)
    }
}

/// A client's own rate moved by the odds ratio between two modelled rates: the client's rate
/// itself when the two are equal, never outside 0–1, and increasing in `model`.
fn anchor(client: f64, model: f64, model_today: f64) -> f64 {
    if model == model_today {
        return client;
    }
    // max/min rather than `clamp`: the same here, without clamp's panic message and the float
    // formatting it pulls into the wasm (about 9 KB).
    #[expect(
        clippy::manual_clamp,
        reason = "clamp's panic path costs the wasm 9 KB"
    )]
    let (m, t) = (
        model.max(1e-9).min(1.0 - 1e-9),
        model_today.max(1e-9).min(1.0 - 1e-9),
    );
    let ratio = m * (1.0 - t) / (t * (1.0 - m));
    client * ratio / (1.0 - client + client * ratio)
}

/// The six levers reduced to what the equations read, for one set of lever values.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Levels {
    promise: f64,
    /// Delivered less unrecovered failures, never below 0.
    experienced: f64,
    /// Delight's effect, 0–1.
    delight: f64,
    /// Irrelevant messages' effect, 0–1.
    irrelevant: f64,
}

impl Levels {
    fn new(s: &Scenario, p: &Params, side: fn(Lever) -> I) -> Levels {
        let v = |l: Lever| s.get(side(l));
        let failures =
            p.severity * v(Lever::NegativeSurprises) * (1.0 - v(Lever::RecoveryQuality) / 100.0);
        Levels {
            promise: v(Lever::Promise),
            experienced: (v(Lever::Delivered) - failures).max(0.0),
            delight: saturation(v(Lever::DelightEvents), p.delight_half),
            irrelevant: saturation(v(Lever::IrrelevantMessages), p.irrelevant_half),
        }
    }

    fn toward(&self, plan: &Levels, w: f64) -> Levels {
        Levels {
            promise: toward(self.promise, plan.promise, w),
            experienced: toward(self.experienced, plan.experienced, w),
            delight: toward(self.delight, plan.delight, w),
            irrelevant: toward(self.irrelevant, plan.irrelevant, w),
        }
    }
}

fn terms(p: &Params, lv: &Levels, expectation: f64, delight_term: f64) -> Terms {
    let gap = lv.experienced - expectation;
    let level_term = p.level_weight * (lv.experienced - MID_SCALE);
    // `<` or `<=` alike: a gap of zero weighs zero either way.
    let gap_term = if gap < 0.0 {
        gap * p.loss_aversion
    } else {
        gap
    };
    Terms {
        promise: lv.promise,
        experienced: lv.experienced,
        expectation,
        gap,
        level_term,
        gap_term,
        delight_term,
        index: level_term + gap_term + delight_term,
    }
}

/// Good and bad experiences saturate: half of the customers at the half point, and every further
/// point adds less, so there is always room above (no level makes more delight worthless) and
/// no share ever jumps.
fn shares(p: &Params, index: f64) -> Shares {
    // Strict or not alike: at an index of zero both saturations are zero.
    let good = if index > 0.0 {
        saturation(index, p.good_half)
    } else {
        0.0
    };
    let bad = if index < 0.0 {
        saturation(-index, p.bad_half)
    } else {
        0.0
    };
    Shares {
        good,
        neutral: 1.0 - good - bad,
        bad,
    }
}

/// Modelled rates for one experience, before anchoring to the client's figures.
#[derive(Clone, Copy, Debug)]
pub(super) struct Rates {
    pub recommend: f64,
    pub churn: f64,
    spend: f64,
    pub bad: f64,
}

fn rates(p: &Params, sh: &Shares, irrelevant: f64) -> Rates {
    Rates {
        recommend: (sh.good * p.rec_good + sh.neutral * p.rec_neutral + sh.bad * p.rec_bad)
            * (1.0 - p.message_loyalty * irrelevant),
        churn: (sh.good * p.churn_good
            + sh.neutral * p.churn_neutral
            + sh.bad * p.churn_bad
            + p.message_churn * irrelevant)
            .min(1.0),
        spend: sh.good * p.spend_good,
        bad: sh.bad,
    }
}

/// Share of the plan's change in effect in year `t` (0-based): the year's average of a straight
/// ramp from 0 to 1 over `years`.
pub(crate) fn in_effect(t: usize, years: f64) -> f64 {
    let t = t as f64;
    if t >= years {
        return 1.0;
    }
    let area = |tau: f64| {
        if tau <= years {
            tau * tau / (2.0 * years)
        } else {
            tau - years / 2.0
        }
    };
    area(t + 1.0) - area(t)
}

/// What a scenario means for the equations, worked out once for every run of it.
struct Setting {
    horizon: usize,
    today: Levels,
    plan: Levels,
    reach: f64,
    ramp_years: f64,
    recommend0: f64,
    churn0: f64,
    revenue: f64,
    margin: f64,
    customers: f64,
    new_customers: f64,
    /// Nobody beyond it: the market, or today's customers if more.
    market: f64,
    /// Share of the people outside the customer base who become customers in a year today:
    /// of the people told, this many were about to choose.
    choosing: f64,
}

impl Setting {
    fn new(s: &Scenario, p: &Params) -> Setting {
        let pct = |id| s.get(id) / 100.0;
        let customers = s.get(I::Customers);
        let market = s.get(I::Market).max(customers);
        let new_customers = s.get(I::NewCustomers);
        Setting {
            horizon: s.horizon(),
            today: Levels::new(s, p, Lever::today),
            plan: Levels::new(s, p, Lever::plan),
            reach: pct(I::Reach),
            ramp_years: s.get(I::RampUp),
            recommend0: pct(I::BaselineRecommend),
            churn0: pct(I::BaselineChurn),
            revenue: s.get(I::RevenuePerCustomer),
            margin: pct(I::GrossMargin),
            customers,
            new_customers,
            market,
            choosing: new_customers / (market - customers).max(new_customers).max(1.0),
        }
    }

    /// The same business with the gap closed at once for every customer: what customers
    /// experience rises to the promise, nothing else changes. `None` when nothing falls short.
    fn gap_closed(&self) -> Option<Setting> {
        let t = self.today;
        // `<` or `<=` alike: closing a gap of zero changes nothing.
        (t.experienced < t.promise).then_some(Setting {
            plan: Levels {
                experienced: t.promise,
                ..t
            },
            reach: 1.0,
            ramp_years: 0.0,
            ..*self
        })
    }
}

/// What customers meet in one year of the plan, and the rates it gives (all customers, reach
/// mixed in, anchored to the client's figures).
#[derive(Clone, Copy, Debug)]
struct Experience {
    terms: Terms,
    shares: Shares,
    recommend: f64,
    churn: f64,
    spend_uplift: f64,
}

fn experience(
    st: &Setting,
    p: &Params,
    now: &Now,
    lv: &Levels,
    expectation: f64,
    delight_term: f64,
) -> Experience {
    let (today, base) = (&now.0, &now.2);
    let mix = |a: f64, b: f64| toward(a, b, st.reach);
    let terms = terms(p, lv, expectation, delight_term);
    let plan = shares(p, terms.index);
    let r = rates(p, &plan, lv.irrelevant);
    Experience {
        terms,
        shares: Shares {
            good: mix(today.shares.good, plan.good),
            neutral: mix(today.shares.neutral, plan.neutral),
            bad: mix(base.bad, r.bad),
        },
        recommend: anchor(
            st.recommend0,
            mix(base.recommend, r.recommend),
            base.recommend,
        ),
        churn: anchor(st.churn0, mix(base.churn, r.churn), base.churn),
        spend_uplift: (1.0 + mix(base.spend, r.spend)) / (1.0 + base.spend) - 1.0,
    }
}

/// Today, its terms and its modelled rates.
type Now = (Today, Terms, Rates);

/// A steady state: expectation has caught up with experience, delight is expected.
fn steady(p: &Params, t: &Levels) -> (Terms, Shares, Rates) {
    let terms = terms(p, t, t.promise.max(t.experienced), 0.0);
    let shares = shares(p, terms.index);
    (terms, shares, rates(p, &shares, t.irrelevant))
}

/// Today's modelled rates (the model's own, before anchoring) as they would be at a delivered
/// level, everything else as entered: what the fit to the client's measures compares them with.
pub(super) fn today_at(s: &Scenario, a: &Assumptions) -> impl FnMut(f64) -> Rates {
    let p = Params::new(a);
    let mut s = s.clone();
    move |delivered| {
        // The fit asks only for levels on the 0–10 scale, which `set` always takes.
        let _ = s.set(I::Delivered, delivered);
        steady(&p, &Levels::new(&s, &p, Lever::today)).2
    }
}

/// Today's steady state, with the client's own rates.
fn today(st: &Setting, p: &Params) -> Now {
    let (terms, shares, rates) = steady(p, &st.today);
    let today = Today {
        terms,
        shares,
        recommend: st.recommend0,
        churn: st.churn0,
        margin: st.customers * st.revenue * st.margin,
    };
    (today, terms, rates)
}

/// The model's loop: hands each year of the plan to `visit`. A `dyn` visitor rather than a
/// generic one, so the wasm carries one copy of the loop. `now` is `today(st, p)`, worked out
/// once by the caller for every run that shares today.
fn simulate(st: &Setting, p: &Params, now: &Now, visit: &mut dyn FnMut(&Period)) {
    let (today_terms, base) = (&now.1, &now.2);
    let cap = st.market;
    // Each stock loses its churn and gains its new customers, never below zero or above the market.
    let next =
        |stock: f64, churn: f64, inflow: f64| (stock * (1.0 - churn) + inflow.max(0.0)).min(cap);
    let avg = |a: f64, b: f64| (a + b) / 2.0;
    let told = |people: f64| people.min(cap);

    // The plan's customers; with the plan's churn only; with its churn and promise; today's course.
    let (mut k, mut k_churn, mut k_promise, mut b) =
        (st.customers, st.customers, st.customers, st.customers);
    let mut carried = st.today.experienced;
    let mut expected_delight = st.today.delight;
    let mut last: Option<((Levels, f64, f64), Experience)> = None;
    for t in 0..st.horizon {
        let in_effect = in_effect(t, st.ramp_years);
        let lv = st.today.toward(&st.plan, in_effect);
        // The ratchet: expectation is the promise, or what customers have come to experience.
        let expectation = lv.promise.max(carried);
        let key = (
            lv,
            expectation,
            p.delight_points * (lv.delight - expected_delight),
        );
        // Once the ramp-up is over and expectation has settled, years repeat: work the rates
        // out only when what customers meet has changed (half of `evaluate`'s years).
        let x = match last {
            Some((k, x)) if k == key => x,
            _ => {
                let x = experience(st, p, now, &key.0, key.1, key.2);
                last = Some((key, x));
                x
            }
        };
        let Experience {
            terms,
            shares: plan_shares,
            recommend,
            churn,
            spend_uplift,
        } = x;
        let bad = plan_shares.bad;

        // New customers: today's, plus what the promise pulls, plus the change in what customers
        // tell others, turned into customers only among the people told who were about to
        // choose. Counted on today's course, so a larger base never shows as worse word of mouth.
        // A bigger promise pulls only as many prospects as have not heard it broken: none when
        // every customer has a bad experience, so promising 10 never pays for delivering 3. A
        // smaller promise loses its pull whatever is delivered, so better delivery never lowers it.
        let promise_step = lv.promise - today_terms.promise;
        let believed = if promise_step > 0.0 { 1.0 - bad } else { 1.0 };
        let promise_extra = st.new_customers * p.promise_pull * promise_step * believed;
        let wom_extra = st.choosing
            * p.influence
            * b
            * ((recommend - st.recommend0) * p.say_do_recommend * p.told_good
                - (bad - base.bad) * p.told_bad);
        let inflow_promise = st.new_customers + promise_extra;
        let inflow = inflow_promise + wom_extra;

        let k_next = next(k, churn, inflow);
        let k_churn_next = next(k_churn, churn, st.new_customers);
        let k_promise_next = next(k_promise, churn, inflow_promise);
        let b_next = next(b, st.churn0, st.new_customers);

        let per_customer = st.revenue * st.margin;
        let (k_avg, b_avg) = (avg(k, k_next), avg(b, b_next));
        let k_churn_avg = avg(k_churn, k_churn_next);
        let k_promise_avg = avg(k_promise, k_promise_next);
        let revenue = k_avg * st.revenue * (1.0 + spend_uplift);
        let baseline_revenue = b_avg * st.revenue;
        let channels = Channels {
            spend: k_avg * per_customer * spend_uplift,
            retention: (k_churn_avg - b_avg) * per_customer,
            promise: (k_promise_avg - k_churn_avg) * per_customer,
            word_of_mouth: (k_avg - k_promise_avg) * per_customer,
        };
        visit(&Period {
            in_effect,
            terms,
            shares: plan_shares,
            recommend,
            churn,
            spend_uplift,
            customers: k,
            customers_end: k_next,
            baseline_customers: b,
            baseline_end: b_next,
            won: inflow.max(0.0),
            won_word_of_mouth: inflow.max(0.0) - inflow_promise.max(0.0),
            won_promise: inflow_promise.max(0.0) - st.new_customers,
            told_positive: told(k * recommend * p.say_do_recommend * p.told_good),
            told_negative: told(k * bad * p.told_bad),
            revenue,
            baseline_revenue,
            margin: revenue * st.margin,
            baseline_margin: baseline_revenue * st.margin,
            channels,
        });

        carried = expectation + p.ratchet * (lv.experienced - expectation);
        expected_delight += p.ratchet * (lv.delight - expected_delight);
        (k, k_churn, k_promise, b) = (k_next, k_churn_next, k_promise_next, b_next);
    }
}

/// Runs the plan over the horizon.
pub fn run(s: &Scenario, a: &Assumptions) -> Timeline {
    let p = Params::new(a);
    let st = Setting::new(s, &p);
    timeline(&st, &p, &today(&st, &p))
}

fn timeline(st: &Setting, p: &Params, now: &Now) -> Timeline {
    let mut periods = Vec::with_capacity(st.horizon);
    simulate(st, p, now, &mut |period| periods.push(*period));
    Timeline { periods }
}

/// A net present value as it builds up year by year: the yearly margin difference after the risk
/// adjustment, less the yearly cost, discounted at the year's end; the one-off cost at the start.
struct Npv {
    keep: f64,
    rate: f64,
    per_year: f64,
    discount: f64,
    value: f64,
}

impl Npv {
    fn new(s: &Scenario) -> Npv {
        Npv {
            keep: 1.0 - s.get(I::RiskAdjustment) / 100.0,
            rate: s.get(I::DiscountRate) / 100.0,
            per_year: s.get(I::CostPerPeriod),
            discount: 1.0,
            value: -s.get(I::CostOneOff),
        }
    }

    /// A year's cash flow: its margin difference after the risk adjustment, less the yearly cost.
    fn flow(&self, margin_change: f64) -> f64 {
        margin_change * self.keep - self.per_year
    }

    fn add(&mut self, margin_change: f64) {
        self.discount /= 1.0 + self.rate;
        self.value += self.flow(margin_change) * self.discount;
    }
}

/// The plan's net present value, exactly as `evaluate(s, a).figures.worth` gives it, without
/// keeping the years: `best_promise` and `levers` ask for it over a hundred times a keystroke.
pub fn plan_worth(s: &Scenario, a: &Assumptions) -> f64 {
    figures(s, a).worth
}

/// A run's headline figures summed up as its years go by, in one place for `evaluate` and the
/// Monte Carlo's `figures`, so both give exactly the same sums.
struct Tally {
    npv: Npv,
    channels: Channels,
    revenue_change: f64,
    /// The last year's recommendation, churn, spend uplift and customers against today's course.
    last: [f64; 4],
}

impl Tally {
    fn new(s: &Scenario) -> Tally {
        Tally {
            npv: Npv::new(s),
            channels: Channels::default(),
            revenue_change: 0.0,
            last: [0.0; 4],
        }
    }

    fn add(&mut self, period: &Period) {
        self.npv.add(period.channels.total());
        self.channels.add(&period.channels);
        self.revenue_change += period.revenue - period.baseline_revenue;
        self.last = [
            period.recommend,
            period.churn,
            period.spend_uplift,
            period.customers_end - period.baseline_end,
        ];
    }

    fn figures(&self) -> Figures {
        let margin_change = self.channels.total();
        let [recommend, churn, spend_uplift, customers_change] = self.last;
        Figures {
            worth: self.npv.value,
            margin_change,
            margin_change_adjusted: margin_change * self.npv.keep,
            revenue_change: self.revenue_change,
            recommend,
            churn,
            spend_uplift,
            customers_change,
        }
    }
}

/// One run's figures, reporting each year to `year` as it goes.
fn tally(
    s: &Scenario,
    st: &Setting,
    p: &Params,
    now: &Now,
    year: &mut dyn FnMut(&Period),
) -> Tally {
    let mut tally = Tally::new(s);
    simulate(st, p, now, &mut |period| {
        tally.add(period);
        year(period)
    });
    tally
}

/// The plan's headline figures, exactly as `evaluate` gives them, without keeping the years: the
/// Monte Carlo asks for them thousands of times.
pub(super) fn figures(s: &Scenario, a: &Assumptions) -> Figures {
    let p = Params::new(a);
    let st = Setting::new(s, &p);
    tally(s, &st, &p, &today(&st, &p), &mut |_| {}).figures()
}

/// The programme's return on the plan's risk-adjusted margin change, `adjusted`.
fn investment(s: &Scenario, plan: &Timeline, adjusted: f64) -> Option<Investment> {
    if !s.has_cost() {
        return None;
    }
    let yearly = Npv::new(s);
    let one_off = s.get(I::CostOneOff);
    let cost = one_off + yearly.per_year * s.horizon() as f64;
    let mut cumulative = -one_off;
    let mut payback = None;
    for (t, p) in plan.periods.iter().enumerate() {
        let flow = yearly.flow(p.channels.total());
        if flow > 0.0 && cumulative + flow >= 0.0 {
            payback = Some(t as f64 + (-cumulative).max(0.0) / flow);
            break;
        }
        cumulative += flow;
    }
    Some(Investment {
        cost,
        roi: (adjusted - cost) / cost,
        payback,
    })
}

/// What the gap between promise and delivery costs today: the average yearly gross margin that
/// delivering what is promised (at once, to every customer, nothing else changed) would add over
/// the horizon; 0 when nothing falls short. It reads only today's inputs, so the app works it out
/// apart from the plan's `evaluate`, which it does not slow.
pub fn gap_cost(s: &Scenario, a: &Assumptions) -> f64 {
    let p = Params::new(a);
    let Some(closed) = Setting::new(s, &p).gap_closed() else {
        return 0.0;
    };
    let mut total = 0.0;
    simulate(&closed, &p, &today(&closed, &p), &mut |period| {
        total += period.channels.total()
    });
    total / closed.horizon as f64
}

/// Evaluates a scenario's plan: today, the plan's course and the headline figures.
pub fn evaluate(s: &Scenario, a: &Assumptions) -> Outcome {
    let p = Params::new(a);
    let st = Setting::new(s, &p);
    let now = today(&st, &p);
    let mut periods = Vec::with_capacity(st.horizon);
    let tally = tally(s, &st, &p, &now, &mut |period| periods.push(*period));
    let (channels, f, plan) = (tally.channels, tally.figures(), Timeline { periods });
    let magnitude = channels.spend.abs()
        + channels.retention.abs()
        + channels.word_of_mouth.abs()
        + channels.promise.abs();
    Outcome {
        today: now.0,
        figures: f,
        word_of_mouth_share: if magnitude > 0.0 {
            channels.word_of_mouth.abs() / magnitude
        } else {
            0.0
        },
        channels,
        investment: investment(s, &plan, f.margin_change_adjusted),
        plan,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_ramp_averages_each_year_and_reaches_one() {
        assert_eq!(in_effect(0, 0.0), 1.0);
        assert_eq!(in_effect(0, 1.0), 0.5);
        assert_eq!(in_effect(1, 1.0), 1.0);
        assert_eq!(in_effect(0, 2.0), 0.25);
        assert_eq!(in_effect(1, 2.0), 0.75);
        assert_eq!(in_effect(2, 2.0), 1.0);
        assert!((in_effect(1, 2.5) - 0.6).abs() < 1e-12);
    }

    #[test]
    fn anchoring_keeps_the_clients_rate_and_moves_by_odds() {
        assert_eq!(anchor(0.4, 0.3, 0.3), 0.4);
        // Odds 0.4/0.6 times (0.5/0.5)/(0.25/0.75) = 3 gives odds 2: a rate of 2/3.
        assert!((anchor(0.4, 0.5, 0.25) - 2.0 / 3.0).abs() < 1e-12);
        assert_eq!(anchor(1.0, 0.9, 0.1), 1.0);
        assert_eq!(anchor(0.0, 0.9, 0.1), 0.0);
        // Modelled rates of exactly 0 or 1 (every coefficient at an end) still give a rate.
        assert!((0.99..1.0).contains(&anchor(0.4, 1.0, 0.5)));
        assert!((0.0..1e-6).contains(&anchor(0.4, 0.5, 1.0)) && anchor(0.4, 0.5, 1.0) > 0.0);
        assert!(anchor(0.4, 0.2, 0.25) < 0.4);
    }

    #[test]
    fn the_gap_is_closed_for_every_customer_whatever_the_plan_reaches() {
        let s = Scenario::default();
        let a = Assumptions::default();
        let half = s.with(I::Reach, 50.0).unwrap();
        assert_eq!(gap_cost(&half, &a), gap_cost(&s, &a));
        assert!(gap_cost(&s, &a) > 0.0);
    }

    #[test]
    fn the_figures_are_evaluates_exactly() {
        let a = Assumptions::default();
        for s in [
            Scenario::default(),
            Scenario::default().with(I::Horizon, 20.0).unwrap(),
            Scenario::default().plan_from_today(),
        ] {
            assert_eq!(figures(&s, &a), evaluate(&s, &a).figures);
        }
    }

    #[test]
    fn toward_is_exact_at_both_ends() {
        assert_eq!(toward(0.1, 0.1, 0.3), 0.1);
        assert_eq!(toward(0.1, 0.7, 1.0), 0.7);
        assert_eq!(toward(0.1, 0.7, 0.0), 0.1);
    }
}
