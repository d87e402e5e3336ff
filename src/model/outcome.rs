//! What the model returns: central values with their low–high band, per-period values, and the
//! terms that produced each result, so the view can explain a number without recomputing it.

/// A central value with the low and high ends of its band (`low <= central <= high`).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Band {
    pub low: f64,
    pub central: f64,
    pub high: f64,
}

impl Band {
    /// The band of three evaluations (central, and the two ends of the coefficient ranges).
    pub fn of(central: f64, a: f64, b: f64) -> Band {
        Band {
            low: central.min(a).min(b),
            central,
            high: central.max(a).max(b),
        }
    }

    pub fn map(self, f: impl Fn(f64) -> f64) -> Band {
        Band::of(f(self.central), f(self.low), f(self.high))
    }
}

/// How the satisfaction index of one period was built (points on the 0–10 scale).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Terms {
    /// Experienced core level: delivered less unrecovered service breaks.
    pub experienced: f64,
    /// Points lost to unrecovered service breaks.
    pub breaks: f64,
    /// What customers expect this period (promise, ratcheted by experience).
    pub expectation: f64,
    /// Delight customers have come to expect (part of the expectation shown on the chart).
    pub expected_delight: f64,
    /// Experienced minus expected, in points (negative: a shortfall).
    pub gap: f64,
    /// Weight of a shortfall relative to a surplus (1 for a surplus).
    pub gap_weight: f64,
    /// Level term: quality above or below the middle of the scale, weighted.
    pub level_term: f64,
    /// Disconfirmation term: the gap, with losses weighted more.
    pub gap_term: f64,
    /// Satisfaction index = level term + gap term.
    pub index: f64,
    /// Share of the full delight effect felt this period (0–1), after the ratchet.
    pub delight_felt: f64,
    /// Share of the full irrelevant-message effect (0–1).
    pub irrelevant: f64,
}

/// Experience shares among the customers who meet the experience (sum to 1).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Shares {
    pub good: f64,
    pub neutral: f64,
    pub bad: f64,
}

/// Forrester's three CX ROI channels, in euros, plus the promise's own pull.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Channels {
    /// More spend from existing customers.
    pub spend: f64,
    /// Revenue kept (or lost) through churn below (or above) the baseline.
    pub retention: f64,
    /// Revenue from customers won (or not won) by word of mouth.
    pub word_of_mouth: f64,
    /// Revenue from customers the promise itself attracts (or repels).
    pub promise: f64,
}

impl Channels {
    pub fn total(&self) -> f64 {
        self.spend + self.retention + self.word_of_mouth + self.promise
    }

    pub(crate) fn add(&mut self, o: &Channels) {
        self.spend += o.spend;
        self.retention += o.retention;
        self.word_of_mouth += o.word_of_mouth;
        self.promise += o.promise;
    }
}

/// One period of one evaluation (central, or one end of the band).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Period {
    pub terms: Terms,
    pub shares: Shares,
    /// Share of all customers who recommend (0–1).
    pub recommend: f64,
    /// Share of all customers who are detractors: a bad experience they tell others about (0–1).
    pub detractors: f64,
    /// Extra spend per customer, as a fraction of the yearly revenue per customer.
    pub spend_uplift: f64,
    /// Share of customers who leave this period (0–1).
    pub churn: f64,
    /// Customers at the start of the period, in the scenario and in the baseline.
    pub customers: f64,
    pub baseline_customers: f64,
    /// People told about a good and about a bad experience this period.
    pub told_positive: f64,
    pub told_negative: f64,
    /// New customers this period from word of mouth and from the promise (negative: not won).
    pub won_word_of_mouth: f64,
    pub won_promise: f64,
    /// Existing customers kept (+) or lost (−) against the baseline by the end of the period.
    pub kept: f64,
    /// Revenue impact against the baseline, by channel.
    pub channels: Channels,
}

/// One full run of the model over the horizon.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Timeline {
    pub periods: Vec<Period>,
}

impl Timeline {
    pub fn first(&self) -> &Period {
        &self.periods[0]
    }

    pub fn last(&self) -> &Period {
        self.periods
            .last()
            .expect("a timeline has at least one period")
    }

    /// Revenue impact over the whole horizon, by channel.
    pub fn channels(&self) -> Channels {
        let mut c = Channels::default();
        for p in &self.periods {
            c.add(&p.channels);
        }
        c
    }

    pub fn revenue_impact(&self) -> f64 {
        self.channels().total()
    }
}

/// Return on a programme cost; present only when a cost is entered.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Investment {
    /// Total cost over the horizon, euros.
    pub cost: f64,
    /// (impact − cost) / cost.
    pub roi: Band,
    /// Net present value of impact less cost, euros.
    pub npv: Band,
    /// Periods until the cumulative impact covers the cost; `None` if not within the horizon.
    pub payback: Option<f64>,
}

/// Everything the view shows for one scenario.
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    /// The central run, and the runs at the two ends of the coefficient ranges.
    pub central: Timeline,
    pub pessimistic: Timeline,
    pub optimistic: Timeline,
    /// Headline values: rates of the first period, totals over the horizon.
    pub recommend: Band,
    pub promoters: Band,
    pub passives: Band,
    pub detractors: Band,
    pub spend_uplift: Band,
    pub churn: Band,
    /// Churn change against the baseline, percentage points.
    pub churn_change_pp: Band,
    /// Existing customers kept (+) or lost (−) by the end of the horizon.
    pub customers_kept: Band,
    /// Customers won (+) or not won (−) over the horizon, by word of mouth and by the promise.
    pub customers_won: Band,
    pub told_positive: Band,
    pub told_negative: Band,
    pub revenue_impact: Band,
    pub channels: Channels,
    pub investment: Option<Investment>,
}
