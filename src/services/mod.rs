//! Small services for the browser's edges. Components call these instead of touching web APIs.

pub mod browser;
pub mod embed;
pub mod files;
pub mod fragment;
pub mod page;
pub mod ranges;
pub mod share;
pub mod size;
pub mod storage;
pub mod sw;
