//! The app's status line, between the header and the calculator: a quiet note while the
//! network is gone (the calculator keeps working), and the notice that a new version is
//! ready, whose button switches to it. Both sit in one polite live region, so screen readers
//! hear them without losing their place.
//!
//! A struct component: the watch lives as long as it does, and it costs less wasm than a
//! function component with the hooks that would hold the same.

use crate::i18n::{t, Key, Lang};
use crate::services::sw::StatusWatch;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AppStatusProps {
    pub lang: Lang,
}

pub enum Msg {
    /// The network or the service worker changed.
    Changed,
    /// The user asked for the new version.
    Reload,
}

pub struct AppStatus {
    watch: Option<Rc<StatusWatch>>,
}

impl Component for AppStatus {
    type Message = Msg;
    type Properties = AppStatusProps;

    fn create(ctx: &Context<Self>) -> Self {
        Self {
            watch: StatusWatch::start(ctx.link().callback(|()| Msg::Changed)),
        }
    }

    fn update(&mut self, _ctx: &Context<Self>, msg: Msg) -> bool {
        match (msg, &self.watch) {
            (Msg::Reload, Some(watch)) => {
                watch.apply();
                false
            }
            _ => true,
        }
    }

    fn view(&self, ctx: &Context<Self>) -> Html {
        let lang = ctx.props().lang;
        let offline = self.watch.as_ref().is_some_and(|w| !w.online());
        let update_ready = self.watch.as_ref().is_some_and(|w| w.update_ready());
        html! {
            <div class="app-status" role="status">
                if offline {
                    <p class="app-status__offline">{ t(lang, Key::OfflineNote) }</p>
                }
                if update_ready {
                    <p class="app-status__update">
                        <span>{ t(lang, Key::UpdateReady) }</span>
                        <button type="button" onclick={ctx.link().callback(|_| Msg::Reload)}>
                            { t(lang, Key::UpdateReload) }
                        </button>
                    </p>
                }
            </div>
        }
    }
}
