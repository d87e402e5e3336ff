//! Debounce: run something once a value has stopped changing for a while. A dragged slider
//! changes its value dozens of times a second; an announcement, a write to storage or a message
//! to the host page should follow only the last of them.

use gloo::timers::callback::Timeout;
use yew::prelude::*;

/// Calls `settled` with `value` once it has stayed the same for `ms` milliseconds. A new value
/// cancels the call still waiting for the previous one, and so does unmounting.
#[hook]
pub fn use_settled<T, F>(value: T, ms: u32, settled: F)
where
    T: Clone + PartialEq + 'static,
    F: FnOnce(T) + 'static,
{
    use_effect_with(value, move |value| {
        let value = value.clone();
        let timer = Timeout::new(ms, move || settled(value));
        move || drop(timer)
    });
}
