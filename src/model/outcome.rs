//! What the model returns: today's figures, and for the plan its yearly course and its
//! difference from today, so the view can explain a number without recomputing it. How sure
//! each figure is comes from the Monte Carlo ([`super::Simulation`]), not from here.

/// How the experience index of one year was built (points on the 0–10 scale).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Terms {
    /// The promise customers heard this year.
    pub promise: f64,
    /// Experienced level: delivered less unrecovered service failures.
    pub experienced: f64,
    /// What customers expect: the promise, or what they have come to experience if higher.
    pub expectation: f64,
    /// Experienced minus expected (negative: a shortfall).
    pub gap: f64,
    /// Level term: quality above or below the middle of the scale, weighted.
    pub level_term: f64,
    /// Disconfirmation term: the gap, with a shortfall weighted by loss aversion.
    pub gap_term: f64,
    /// Points added by delight that is still a surprise (negative: delight taken away).
    pub delight_term: f64,
    /// Experience index = level term + gap term + delight term.
    pub index: f64,
}

/// Experience shares among the customers (sum to 1).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Shares {
    pub good: f64,
    pub neutral: f64,
    pub bad: f64,
}

/// Today, as the client describes it: the model reproduces their own rates exactly.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Today {
    pub terms: Terms,
    pub shares: Shares,
    /// Share of customers who say they would recommend (0–1): the client's figure.
    pub recommend: f64,
    /// Share of customers who leave in a year (0–1): the client's figure.
    pub churn: f64,
    /// Gross margin a year at today's customer count, euros.
    pub margin: f64,
}

/// The plan's difference from today, by where it comes from; gross margin in euros.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Channels {
    /// Existing and new customers spending more (or less) per year.
    pub spend: f64,
    /// Customers kept (or lost) by churn below (or above) today's.
    pub retention: f64,
    /// Customers won (or not won) through what customers tell others.
    pub word_of_mouth: f64,
    /// Customers the promise itself attracts (or no longer attracts).
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

/// One year of the plan, beside the same year on today's course.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Period {
    /// How much of the plan's change is in effect this year (0–1), from the ramp-up.
    pub in_effect: f64,
    pub terms: Terms,
    pub shares: Shares,
    /// Share of customers who say they would recommend (0–1).
    pub recommend: f64,
    /// Share of customers who leave this year (0–1).
    pub churn: f64,
    /// Spend per customer against today's, as a fraction (0.01: 1 % more).
    pub spend_uplift: f64,
    /// Customers at the start and at the end of the year, with the plan and on today's course.
    pub customers: f64,
    pub customers_end: f64,
    pub baseline_customers: f64,
    pub baseline_end: f64,
    /// New customers this year with the plan, and the part of the difference from today's
    /// new customers that word of mouth and the promise bring (negative: fewer won).
    pub won: f64,
    pub won_word_of_mouth: f64,
    pub won_promise: f64,
    /// People told about a good and about a bad experience this year (behaviour, not intention).
    pub told_positive: f64,
    pub told_negative: f64,
    /// Revenue and gross margin this year, with the plan and on today's course, euros.
    pub revenue: f64,
    pub baseline_revenue: f64,
    pub margin: f64,
    pub baseline_margin: f64,
    /// The margin difference (plan − today) by channel, before any risk adjustment.
    pub channels: Channels,
}

/// One full run of the plan over the horizon.
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
}

/// Return on a programme cost; present only when a cost is entered.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Investment {
    /// Total cost over the horizon, undiscounted, euros.
    pub cost: f64,
    /// (risk-adjusted margin change − cost) / cost, undiscounted.
    pub roi: f64,
    /// Years until the cumulative risk-adjusted margin covers the cost;
    /// `None` if not within the horizon.
    pub payback: Option<f64>,
}

/// The plan's headline figures: what `evaluate` reports, and what the Monte Carlo draws for each
/// set of coefficients.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Figures {
    /// The plan's net present value on risk-adjusted margin, costs included.
    pub worth: f64,
    /// Margin difference over the horizon, undiscounted: before and after the risk adjustment.
    pub margin_change: f64,
    pub margin_change_adjusted: f64,
    pub revenue_change: f64,
    /// The plan's rates in the last year of the horizon.
    pub recommend: f64,
    pub churn: f64,
    pub spend_uplift: f64,
    /// Customers at the end of the horizon, plan against today's course.
    pub customers_change: f64,
}

/// Everything the view shows for one scenario.
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    pub today: Today,
    /// The plan's course, year by year.
    pub plan: Timeline,
    /// The plan's headline figures.
    pub figures: Figures,
    /// The plan's margin difference by channel.
    pub channels: Channels,
    /// Word of mouth's share of the plan's absolute margin change (0–1).
    pub word_of_mouth_share: f64,
    pub investment: Option<Investment>,
}
