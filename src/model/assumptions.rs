//! The model's coefficients: each a named number with its unit, its allowed range and where it
//! comes from (a figure in the seed texts, a named study, or a labelled assumption).
//!
//! Where a source gives a range or a bound, the model carries two coefficients (`…Low`, `…High`)
//! and uses their midpoint as the central value; the two ends give every result its band.
//! Every coefficient that is a stated intention names the intention-to-behaviour share the
//! engine applies to it ([`say_do_of`]), so no survey answer is used as if it were behaviour.

use super::scenario::{check, Unit, ValueError};

/// Where a coefficient's default comes from: exactly one of three kinds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    /// A figure quoted in one of the consultancy texts the tool starts from; `quote` is the
    /// sentence as the text gives it (in Finnish) and `source` what the text cites.
    Seed { quote: &'static str },
    /// A published study the texts do not quote; `source` is its citation.
    Study,
    /// Our judgement; the assumptions panel says why this value.
    Assumption,
}

/// Whether a source figure reports what people did or what they said they would do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Evidence {
    /// Observed or recalled behaviour, or a model parameter that is not a survey answer.
    Behaviour,
    /// A stated intention ("would recommend", "willing to spend", "never want to return"):
    /// the engine multiplies it by its own intention-to-behaviour share before using it.
    Intention,
}

/// Metadata of one coefficient.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CoefficientSpec {
    pub key: &'static str,
    pub default: f64,
    pub min: f64,
    pub max: f64,
    pub unit: Unit,
    /// Publication and year, as cited (shown as it is in both languages); empty for assumptions.
    pub source: &'static str,
    pub origin: Origin,
    pub evidence: Evidence,
}

macro_rules! coefficients {
    ($($id:ident => ($key:literal, $default:expr, $min:expr, $max:expr, $unit:ident, $source:literal, $origin:expr, $evidence:ident),)+) => {
        /// Every coefficient of the model.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum CoefficientId { $($id,)+ }

        impl CoefficientId {
            pub const ALL: &'static [CoefficientId] = &[$(CoefficientId::$id,)+];

            pub const fn spec(self) -> CoefficientSpec {
                match self {
                    $(CoefficientId::$id => CoefficientSpec {
                        key: $key, default: $default, min: $min, max: $max,
                        unit: Unit::$unit, source: $source, origin: $origin,
                        evidence: Evidence::$evidence,
                    },)+
                }
            }

            /// `spec().unit` alone: a byte from a table, where `spec()` builds the whole
            /// record. The engine reads two dozen units per run.
            const fn unit(self) -> Unit {
                match self {
                    $(CoefficientId::$id => Unit::$unit,)+
                }
            }
        }
    };
}

const TEMKIN: Origin = Origin::Seed {
    quote: "Kun kokemus on hyvä, yli 77% suosittelee palvelua kaverille (Temkin Group)",
};
const AMEX_SPEND: Origin = Origin::Seed {
    quote: "[…] ja on halukas käyttämään yli 17% enemmän euroja palveluun (American Express 2017 Customer Service Barometer)",
};
const NEWVOICEMEDIA: Origin = Origin::Seed {
    quote: "Jos kokemus taas on huono, yli 50% ei koskaan enää halua palata palvelun käyttäjäksi (Newvoicemedia.com)",
};
const AMEX_TOLD: Origin = Origin::Seed {
    quote: "[…] ja kertoo lisäksi huonosta kokemuksestaan yli 15 kaverille (American Express 2017 Customer Service Barometer)",
};
const RICOH_LOYAL: Origin = Origin::Seed {
    quote: "Ricoh tilaaman tutkimuksen mukaan 65 % kuluttajista tuntee aiempaa vähemmän uskollisuutta sellaista brändiä kohtaan, joka lähettää turhia tietoja.",
};
const RICOH_LEAVE: Origin = Origin::Seed {
    quote:
        "Lisäksi jopa 57 % on tällaisessa tilanteessa valmis katkaisemaan asiakassuhteen kokonaan.",
};
const ASSUMED: Origin = Origin::Assumption;

coefficients! {
    RecommendGood => ("a_rg", 77.0, 0.0, 100.0, Percent, "Temkin Group", TEMKIN, Intention),
    RecommendNeutral => ("a_rn", 30.0, 0.0, 100.0, Percent, "", ASSUMED, Intention),
    RecommendBad => ("a_rb", 5.0, 0.0, 100.0, Percent, "", ASSUMED, Intention),
    SpendGood => ("a_sg", 17.0, 0.0, 100.0, Percent, "American Express 2017", AMEX_SPEND, Intention),
    NeverReturnLow => ("a_nrl", 50.0, 0.0, 100.0, Percent, "NewVoiceMedia", NEWVOICEMEDIA, Intention),
    NeverReturnHigh => ("a_nrh", 60.0, 0.0, 100.0, Percent, "", ASSUMED, Intention),
    ChurnNeutral => ("a_cn", 15.0, 0.0, 100.0, Percent, "", ASSUMED, Behaviour),
    GoodChurnFactor => ("a_gc", 80.0, 0.0, 100.0, Percent, "", ASSUMED, Behaviour),
    LessLoyal => ("a_ll", 65.0, 0.0, 100.0, Percent, "Ricoh 2017", RICOH_LOYAL, Intention),
    WouldLeave => ("a_wl", 57.0, 0.0, 100.0, Percent, "Ricoh 2017", RICOH_LEAVE, Intention),
    SayDoRecommend => ("a_sdr", 33.0, 0.0, 100.0, Percent, "Kumar, Petersen & Leone 2007", Origin::Study, Behaviour),
    SayDoSpend => ("a_sds", 30.0, 0.0, 100.0, Percent, "", ASSUMED, Behaviour),
    SayDoReturn => ("a_sdn", 40.0, 0.0, 100.0, Percent, "", ASSUMED, Behaviour),
    SayDoMessages => ("a_sdm", 10.0, 0.0, 100.0, Percent, "", ASSUMED, Behaviour),
    ToldBad => ("a_tb", 15.0, 0.0, 1000.0, People, "American Express 2017", AMEX_TOLD, Behaviour),
    ToldGood => ("a_tg", 11.0, 0.0, 1000.0, People, "American Express 2017", Origin::Study, Behaviour),
    WomInfluenceLow => ("a_wil", 2.0, 0.0, 100.0, Percent, "", ASSUMED, Behaviour),
    WomInfluenceHigh => ("a_wih", 10.0, 0.0, 100.0, Percent, "", ASSUMED, Behaviour),
    PromisePull => ("a_pp", 5.0, 0.0, 100.0, PercentPerPoint, "", ASSUMED, Behaviour),
    LossAversionLow => ("a_lal", 1.5, 1.0, 5.0, Times, "", ASSUMED, Behaviour),
    LossAversionHigh => ("a_lah", 2.25, 1.0, 5.0, Times, "Tversky & Kahneman 1992", Origin::Study, Behaviour),
    LevelWeight => ("a_lw", 1.0, 0.0, 5.0, Times, "", ASSUMED, Behaviour),
    GoodHalf => ("a_gh", 1.5, 0.1, 20.0, Points, "", ASSUMED, Behaviour),
    BadHalf => ("a_bh", 3.0, 0.1, 30.0, Points, "", ASSUMED, Behaviour),
    Ratchet => ("a_ra", 50.0, 0.0, 100.0, Percent, "", ASSUMED, Behaviour),
    DelightHalf => ("a_dh", 2.0, 0.1, 50.0, PerYear, "", ASSUMED, Behaviour),
    DelightPoints => ("a_dp", 1.0, 0.0, 10.0, Points, "", ASSUMED, Behaviour),
    SurpriseSeverity => ("a_ss", 0.5, 0.0, 10.0, Points, "", ASSUMED, Behaviour),
    IrrelevantHalf => ("a_ih", 4.0, 0.1, 100.0, PerMonth, "", ASSUMED, Behaviour),
}

/// The intention-to-behaviour share that applies to an intention coefficient.
pub const fn say_do_of(id: CoefficientId) -> Option<CoefficientId> {
    use CoefficientId::*;
    match id {
        RecommendGood | RecommendNeutral | RecommendBad => Some(SayDoRecommend),
        SpendGood => Some(SayDoSpend),
        NeverReturnLow | NeverReturnHigh => Some(SayDoReturn),
        LessLoyal | WouldLeave => Some(SayDoMessages),
        _ => None,
    }
}

impl CoefficientId {
    pub fn from_key(key: &str) -> Option<CoefficientId> {
        CoefficientId::ALL
            .iter()
            .copied()
            .find(|c| c.spec().key == key)
    }

    /// The other end of a low/high pair, if this coefficient is one.
    pub fn pair(self) -> Option<(CoefficientId, CoefficientId)> {
        use CoefficientId::*;
        match self {
            NeverReturnLow | NeverReturnHigh => Some((NeverReturnLow, NeverReturnHigh)),
            WomInfluenceLow | WomInfluenceHigh => Some((WomInfluenceLow, WomInfluenceHigh)),
            LossAversionLow | LossAversionHigh => Some((LossAversionLow, LossAversionHigh)),
            _ => None,
        }
    }
}

/// Why an edited coefficient was refused.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum AssumptionError {
    Value(ValueError),
    /// The low end of a range would be above its high end.
    LowAboveHigh {
        low: f64,
        high: f64,
    },
}

/// The coefficient values in force: the source defaults, or the user's edits.
#[derive(Clone, Debug, PartialEq)]
pub struct Assumptions {
    values: Vec<f64>,
}

impl Default for Assumptions {
    fn default() -> Self {
        Assumptions {
            values: CoefficientId::ALL
                .iter()
                .map(|c| c.spec().default)
                .collect(),
        }
    }
}

impl Assumptions {
    /// The value as shown (percent coefficients as percents).
    pub fn get(&self, id: CoefficientId) -> f64 {
        self.values[id as usize]
    }

    /// The value as a fraction for percent units, as is otherwise.
    pub fn frac(&self, id: CoefficientId) -> f64 {
        match id.unit() {
            Unit::Percent | Unit::PercentPerPoint => self.get(id) / 100.0,
            _ => self.get(id),
        }
    }

    pub fn is_edited(&self, id: CoefficientId) -> bool {
        self.get(id) != id.spec().default
    }

    /// The coefficients that differ from their source values.
    pub fn edited(&self) -> impl Iterator<Item = CoefficientId> + '_ {
        CoefficientId::ALL
            .iter()
            .copied()
            .filter(|&c| self.is_edited(c))
    }

    /// Sets one coefficient, or says why not and changes nothing.
    pub fn set(&mut self, id: CoefficientId, value: f64) -> Result<(), AssumptionError> {
        let s = id.spec();
        let range = super::scenario::InputSpec {
            min: s.min,
            max: s.max,
            step: 0.0,
            default: s.default,
            unit: s.unit,
            whole: false,
            key: s.key,
        };
        let value = check(&range, value).map_err(AssumptionError::Value)?;
        if let Some((low, high)) = id.pair() {
            let (l, h) = if id == low {
                (value, self.get(high))
            } else {
                (self.get(low), value)
            };
            if l > h {
                return Err(AssumptionError::LowAboveHigh { low: l, high: h });
            }
        }
        self.values[id as usize] = value;
        Ok(())
    }

    /// Sets a value the caller has already checked: the Monte Carlo's draws lie inside their
    /// coefficient's range by construction, and it sets thousands of them.
    pub(super) fn put(&mut self, id: CoefficientId, value: f64) {
        self.values[id as usize] = value;
    }

    pub fn reset(&mut self, id: CoefficientId) {
        // Resetting one end of a pair could leave low > high; reset both ends then.
        match id.pair() {
            Some((low, high)) if self.set(id, id.spec().default).is_err() => {
                self.values[low as usize] = low.spec().default;
                self.values[high as usize] = high.spec().default;
            }
            Some(_) => {}
            None => self.values[id as usize] = id.spec().default,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_valid_and_keys_unique() {
        let a = Assumptions::default();
        for &c in CoefficientId::ALL {
            let s = c.spec();
            assert!(s.min <= s.default && s.default <= s.max, "{c:?}");
            assert_eq!(CoefficientId::from_key(s.key), Some(c));
            assert!(!a.is_edited(c));
        }
    }

    #[test]
    fn every_intention_has_its_own_discount_and_nothing_else_does() {
        for &c in CoefficientId::ALL {
            let s = c.spec();
            assert_eq!(
                s.evidence == Evidence::Intention,
                say_do_of(c).is_some(),
                "{c:?}"
            );
            // Sources are publications, never file names; assumptions cite nothing.
            assert!(!s.source.contains(".txt"), "{c:?}");
            assert_eq!(s.origin == Origin::Assumption, s.source.is_empty(), "{c:?}");
        }
    }

    #[test]
    fn out_of_range_and_nan_are_refused_with_a_reason() {
        let mut a = Assumptions::default();
        assert!(matches!(
            a.set(CoefficientId::RecommendGood, 120.0),
            Err(AssumptionError::Value(ValueError::OutOfRange { .. }))
        ));
        assert_eq!(
            a.set(CoefficientId::ToldBad, f64::NAN),
            Err(AssumptionError::Value(ValueError::NotFinite))
        );
        assert_eq!(
            a.set(CoefficientId::NeverReturnLow, 70.0),
            Err(AssumptionError::LowAboveHigh {
                low: 70.0,
                high: 60.0
            })
        );
        assert_eq!(a, Assumptions::default());
    }

    #[test]
    fn every_range_refuses_a_low_end_above_its_high_end_and_takes_equal_ends() {
        use CoefficientId::*;
        for (low, high) in [
            (NeverReturnLow, NeverReturnHigh),
            (WomInfluenceLow, WomInfluenceHigh),
            (LossAversionLow, LossAversionHigh),
        ] {
            let mut a = Assumptions::default();
            let above = a.get(high) + 0.5;
            assert!(
                matches!(a.set(low, above), Err(AssumptionError::LowAboveHigh { .. })),
                "{low:?}"
            );
            assert_eq!(
                a.set(low, a.get(high)),
                Ok(()),
                "{low:?}: equal ends are a point"
            );
            assert_eq!(low.pair(), Some((low, high)));
            assert_eq!(high.pair(), Some((low, high)));
        }
        // Resetting one end leaves the other end's compatible edit alone.
        let mut a = Assumptions::default();
        a.set(NeverReturnHigh, 70.0).unwrap();
        a.set(NeverReturnLow, 55.0).unwrap();
        a.reset(NeverReturnLow);
        assert_eq!(
            (a.get(NeverReturnLow), a.get(NeverReturnHigh)),
            (50.0, 70.0)
        );
    }

    #[test]
    fn edit_marks_and_reset_restores() {
        let mut a = Assumptions::default();
        a.set(CoefficientId::ToldBad, 20.0).unwrap();
        assert_eq!(a.edited().collect::<Vec<_>>(), vec![CoefficientId::ToldBad]);
        a.reset(CoefficientId::ToldBad);
        assert_eq!(a, Assumptions::default());
        // Resetting the low end to 50 while the high end was moved to 40 resets both.
        a.set(CoefficientId::NeverReturnLow, 30.0).unwrap();
        a.set(CoefficientId::NeverReturnHigh, 40.0).unwrap();
        a.reset(CoefficientId::NeverReturnLow);
        assert_eq!(a, Assumptions::default());
    }
}
