//! Proptest strategies shared by the model's integration tests.
// Each test crate compiles this module on its own and uses only some of it.
#![allow(dead_code)]
#![cfg(not(target_arch = "wasm32"))]

pub mod references;

use promise_gap::model::{Assumptions, CoefficientId, InputId, Scenario};
use proptest::prelude::*;

/// Any valid scenario: every input anywhere in its range.
pub fn scenario() -> impl Strategy<Value = Scenario> {
    let fields: Vec<_> = InputId::ALL
        .iter()
        .map(|&id| {
            let s = id.spec();
            (s.min..=s.max).prop_map(move |v| (id, if s.whole { v.round() } else { v }))
        })
        .collect();
    fields.prop_map(|values| {
        let mut s = Scenario::default();
        for (id, v) in values {
            s.set(id, v).unwrap();
        }
        s
    })
}

/// Any valid set of coefficients (low ends below high ends).
pub fn assumptions() -> impl Strategy<Value = Assumptions> {
    let fields: Vec<_> = CoefficientId::ALL
        .iter()
        .map(|&id| {
            let s = id.spec();
            (s.min..=s.max).prop_map(move |v| (id, v))
        })
        .collect();
    fields.prop_map(|values| {
        let mut a = Assumptions::default();
        for (id, v) in values {
            // A refused low/high pair keeps the default: still a valid set.
            let _ = a.set(id, v);
        }
        a
    })
}
