//! Industry starting points: for a client who has not yet got their own figures, a set of
//! today's business figures (churn, the share who would recommend, revenue per customer and
//! margin) from public sources, each with where it comes from and how it was read.
//!
//! A preset is input values only, never a change of coefficients: loading one sets those
//! inputs, nothing else, so the plan stays where it was and every result is still the plan
//! against today. Whether a preset is in force is not stored: it is in force exactly while the
//! scenario holds all of its values ([`Industry::loaded`]), so a share link or a saved file
//! carries it, and changing any of its values by hand ends it. MODEL.md ("Industry starting
//! points") lists the same values with the sentence each was read from; a test keeps the two
//! equal.

use super::{InputId, Scenario};

/// An industry with a starting point.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Industry {
    Insurance,
    RetailBanking,
    Telecom,
    Retail,
    B2bSaas,
}

/// A public document a figure was read from.
#[derive(Debug, PartialEq)]
pub struct Source {
    /// Who published it (a company, a survey's publisher).
    pub publisher: &'static str,
    /// The document's own title, as published.
    pub title: &'static str,
    /// The year the figure describes or was published.
    pub year: u16,
    pub url: &'static str,
}

/// How a published figure became the input's value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reading {
    /// The figure as published.
    AsPublished,
    /// The figure rounded to the field's step.
    Rounded,
    /// Published totals divided per customer (or per month times twelve).
    PerCustomer,
    /// Converted from US dollars at about 1.12 $/€ (2019): a judgement.
    FromDollars,
    /// The middle of a published range.
    MiddleOfRange,
    /// A stated intention (to stay), not measured behaviour.
    StatedIntention,
    /// EBITDA margin, which is below the gross margin.
    EbitdaMargin,
    /// Premiums left after claims: one minus the risk (loss) ratio.
    AfterClaims,
    /// Income left after operating costs: one minus the cost/income ratio.
    AfterCosts,
}

/// Where one value comes from.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Provenance {
    Sourced(&'static Source, Reading),
    /// No public source found: the modeller's judgement.
    Judgement,
}

/// One input's value in a preset.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Figure {
    pub input: InputId,
    pub value: f64,
    pub provenance: Provenance,
}

/// The inputs every preset sets, in this order.
pub const PRESET_INPUTS: [InputId; 4] = [
    InputId::BaselineChurn,
    InputId::BaselineRecommend,
    InputId::RevenuePerCustomer,
    InputId::GrossMargin,
];

const SAMPO_2016: Source = Source {
    publisher: "Sampo",
    title: "Annual Report 2016: Non-Life Insurance Underwriting Risks",
    year: 2016,
    url: "http://ar2016.sampo.com/en/risk-management/underwriting-risks/non-life-insurance-underwriting-risks/",
};
const SAMPO_2023: Source = Source {
    publisher: "Sampo",
    title: "Näin luet Sammon tulosraportteja",
    year: 2023,
    url: "https://sampo.com/fi/sijoittajat/sampo-sijoituskohteena/ir-blogi/nain-luet-sammon-tulosraportteja",
};
/// The seeds' delight figure: context for an insurer's plan, not an input (MODEL.md).
pub const MCKINSEY_2024: Source = Source {
    publisher: "McKinsey",
    title: "Fueling growth through moments of customer delight",
    year: 2024,
    url: "https://www.mckinsey.com/capabilities/growth-marketing-and-sales/our-insights/fueling-growth-through-moments-of-customer-delight",
};
const EPSI_2017: Source = Source {
    publisher: "EPSI Rating",
    title: "Pankki ja rahoitus 2017",
    year: 2017,
    url: "http://www.epsi-finland.org/report/pankki-ja-rahoitus-2017/",
};
const OP_2014: Source = Source {
    publisher: "OP Financial Group",
    title: "Key indicators 2014",
    year: 2014,
    url: "https://www.op.fi/op/op-pohjola-group/financial-information/key-indicators?id=80201&srcpl=8&kielikoodi=en",
};
const ELISA_2020: Source = Source {
    publisher: "Elisa",
    title: "Interim Report Q1 2020",
    year: 2020,
    url: "https://pdfslide.us/documents/interim-report-q1-2020-elisa-interim-report-q1-2020-2-q1-2020-highlights-interim.html",
};
const S_GROUP_2019: Source = Source {
    publisher: "S Group (Wikipedia)",
    title: "Suomen Osuuskauppojen Keskuskunta",
    year: 2019,
    url: "https://fi.wikipedia.org/wiki/Suomen_Osuuskauppojen_Keskuskunta",
};
const TOKMANNI_2023: Source = Source {
    publisher: "Tokmanni",
    title: "Tilinpäätöstiedote 2023",
    year: 2023,
    url: "https://financialreports.eu/filings/2159725/content",
};
const KBCM_2016: Source = Source {
    publisher: "KBCM / Pacific Crest (quoted by Insivia)",
    title: "Private SaaS Company Survey",
    year: 2016,
    url: "https://www.insivia.com/quoter/companies-with-longer-contracts-2-years-reported-the-lowest-annual-unit-churn/",
};
const KBCM_2019: Source = Source {
    publisher: "KBCM Technology Group",
    title: "2019 Private SaaS Company Survey",
    year: 2019,
    url: "https://www.forentrepreneurs.com/2019-saas-private-survey-results-part-1/",
};
const KEYBANC_2024: Source = Source {
    publisher: "KeyBanc (quoted by productmetrics.org)",
    title: "Private SaaS survey 2024: gross margin",
    year: 2024,
    url: "https://productmetrics.org/metrics/gross-margin",
};

const fn sourced(input: InputId, value: f64, source: &'static Source, reading: Reading) -> Figure {
    Figure {
        input,
        value,
        provenance: Provenance::Sourced(source, reading),
    }
}

/// No industry source gives the share who say they would recommend (NPS benchmarks give
/// promoters minus detractors, which fixes no share: MODEL.md, "NPS is not taken"), so every
/// preset keeps the calculator's own default and says it is a judgement.
const RECOMMEND: Figure = Figure {
    input: InputId::BaselineRecommend,
    value: 40.0,
    provenance: Provenance::Judgement,
};

const INSURANCE: [Figure; 4] = [
    sourced(
        InputId::BaselineChurn,
        15.0,
        &SAMPO_2016,
        Reading::MiddleOfRange,
    ),
    RECOMMEND,
    Figure {
        input: InputId::RevenuePerCustomer,
        value: 600.0,
        provenance: Provenance::Judgement,
    },
    sourced(
        InputId::GrossMargin,
        38.0,
        &SAMPO_2023,
        Reading::AfterClaims,
    ),
];
const RETAIL_BANKING: [Figure; 4] = [
    sourced(
        InputId::BaselineChurn,
        10.0,
        &EPSI_2017,
        Reading::StatedIntention,
    ),
    RECOMMEND,
    sourced(
        InputId::RevenuePerCustomer,
        650.0,
        &OP_2014,
        Reading::PerCustomer,
    ),
    sourced(InputId::GrossMargin, 44.0, &OP_2014, Reading::AfterCosts),
];
const TELECOM: [Figure; 4] = [
    sourced(InputId::BaselineChurn, 19.0, &ELISA_2020, Reading::Rounded),
    RECOMMEND,
    sourced(
        InputId::RevenuePerCustomer,
        230.0,
        &ELISA_2020,
        Reading::PerCustomer,
    ),
    sourced(
        InputId::GrossMargin,
        35.0,
        &ELISA_2020,
        Reading::EbitdaMargin,
    ),
];
const RETAIL: [Figure; 4] = [
    Figure {
        input: InputId::BaselineChurn,
        value: 20.0,
        provenance: Provenance::Judgement,
    },
    RECOMMEND,
    sourced(
        InputId::RevenuePerCustomer,
        4_880.0,
        &S_GROUP_2019,
        Reading::PerCustomer,
    ),
    sourced(InputId::GrossMargin, 35.0, &TOKMANNI_2023, Reading::Rounded),
];
const B2B_SAAS: [Figure; 4] = [
    sourced(
        InputId::BaselineChurn,
        10.0,
        &KBCM_2016,
        Reading::AsPublished,
    ),
    RECOMMEND,
    sourced(
        InputId::RevenuePerCustomer,
        25_000.0,
        &KBCM_2019,
        Reading::FromDollars,
    ),
    sourced(
        InputId::GrossMargin,
        71.0,
        &KEYBANC_2024,
        Reading::AsPublished,
    ),
];

impl Industry {
    pub const ALL: [Industry; 5] = [
        Industry::Insurance,
        Industry::RetailBanking,
        Industry::Telecom,
        Industry::Retail,
        Industry::B2bSaas,
    ];

    /// The preset's values, one per input of [`PRESET_INPUTS`], in that order.
    pub const fn figures(self) -> &'static [Figure; 4] {
        match self {
            Industry::Insurance => &INSURANCE,
            Industry::RetailBanking => &RETAIL_BANKING,
            Industry::Telecom => &TELECOM,
            Industry::Retail => &RETAIL,
            Industry::B2bSaas => &B2B_SAAS,
        }
    }

    /// A source to read beside the preset that sets no value (the seeds' delight figure for
    /// insurers).
    pub const fn context(self) -> Option<&'static Source> {
        match self {
            Industry::Insurance => Some(&MCKINSEY_2024),
            _ => None,
        }
    }

    /// The short stable key of the industry (for the control's values and tests).
    pub const fn key(self) -> &'static str {
        match self {
            Industry::Insurance => "insurance",
            Industry::RetailBanking => "retail-banking",
            Industry::Telecom => "telecom",
            Industry::Retail => "retail",
            Industry::B2bSaas => "b2b-saas",
        }
    }

    pub fn from_key(key: &str) -> Option<Industry> {
        Industry::ALL.into_iter().find(|i| i.key() == key)
    }

    /// A copy of `scenario` with this preset's values; nothing else changes.
    pub fn apply(self, scenario: &Scenario) -> Scenario {
        let mut next = scenario.clone();
        for f in self.figures() {
            // Every value is within its input's range (tested), so nothing is refused.
            let _ = next.set(f.input, f.value);
        }
        next
    }

    /// The preset whose values `scenario` holds, if any.
    pub fn loaded(scenario: &Scenario) -> Option<Industry> {
        Industry::ALL
            .into_iter()
            .find(|i| i.figures().iter().all(|f| scenario.get(f.input) == f.value))
    }

    /// The distinct sources of this preset's values, in order.
    pub fn sources(self) -> Vec<&'static Source> {
        let mut out: Vec<&'static Source> = Vec::new();
        for f in self.figures() {
            if let Provenance::Sourced(s, _) = f.provenance {
                if !out.contains(&s) {
                    out.push(s);
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::check;

    #[test]
    fn only_insurance_has_a_context_source_the_seeds_delight_figure() {
        let context = Industry::Insurance
            .context()
            .expect("McKinsey 2024 beside insurance");
        assert_eq!((context.publisher, context.year), ("McKinsey", 2024));
        for industry in Industry::ALL.into_iter().skip(1) {
            assert_eq!(industry.context(), None, "{industry:?}");
        }
    }

    #[test]
    fn every_value_is_valid_and_on_its_fields_step() {
        for i in Industry::ALL {
            for (f, input) in i.figures().iter().zip(PRESET_INPUTS) {
                assert_eq!(f.input, input, "{i:?}: inputs in the documented order");
                let spec = f.input.spec();
                assert_eq!(check(&spec, f.value), Ok(f.value), "{i:?} {:?}", f.input);
                let steps = f.value / spec.step;
                assert_eq!(steps, steps.round(), "{i:?} {:?} off its step", f.input);
            }
            assert_eq!(Industry::from_key(i.key()), Some(i));
        }
    }

    #[test]
    fn a_preset_sets_exactly_its_values_and_nothing_else() {
        let before = Scenario::default();
        for i in Industry::ALL {
            let after = i.apply(&before);
            for id in InputId::ALL {
                let want = i
                    .figures()
                    .iter()
                    .find(|f| f.input == id)
                    .map_or(before.get(id), |f| f.value);
                assert_eq!(after.get(id), want, "{i:?} {id:?}");
            }
            assert_eq!(Industry::loaded(&after), Some(i));
        }
        assert_eq!(
            Industry::loaded(&before),
            None,
            "the defaults are no preset"
        );
    }

    #[test]
    fn changing_one_value_ends_the_preset() {
        for i in Industry::ALL {
            let s = i.apply(&Scenario::default());
            for f in i.figures() {
                let edited = s.with(f.input, f.value + 1.0).unwrap();
                assert_eq!(Industry::loaded(&edited), None, "{i:?} {:?}", f.input);
            }
        }
    }

    #[test]
    fn sources_are_listed_once() {
        assert_eq!(Industry::Telecom.sources(), vec![&ELISA_2020]);
        assert_eq!(
            Industry::RetailBanking.sources(),
            vec![&EPSI_2017, &OP_2014]
        );
    }
}
