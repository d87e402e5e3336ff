//! Small services for the browser's edges. Components call these instead of touching web APIs.

pub mod browser;
pub mod size;
