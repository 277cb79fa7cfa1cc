//! The outer shell around the handler tree: each update's time is measured, and an error or
//! panic in any handler becomes a logged event and a localized apology instead of a dead
//! chat worker (see `completion`).

use std::ops::ControlFlow;
use std::panic::AssertUnwindSafe;
use std::sync::Arc;

use futures::FutureExt;
use teloxide::dispatching::UpdateHandler;
use teloxide::prelude::*;

use super::completion::{failure_of, Completion};
use super::{BotState, FalBot};
use crate::app::App;

pub fn guarded(inner: UpdateHandler<anyhow::Error>) -> UpdateHandler<anyhow::Error> {
    let description = inner.description().clone();
    let sig = inner.sig().clone();
    dptree::from_fn_with_description(
        description,
        move |deps: DependencyMap, cont| {
            let inner = inner.clone();
            async move {
                let (Some(app), Some(state), Some(update)) = (
                    deps.try_get::<Arc<App>>(),
                    deps.try_get::<Arc<BotState>>(),
                    deps.try_get::<Update>(),
                ) else {
                    return inner.execute(deps, cont).await;
                };
                let bot = deps.try_get::<FalBot>().map(|b| (*b).clone());
                let done = Completion::new(Arc::clone(&app), Arc::clone(&state), bot, update);
                let (outcome, waited, left) = done
                    .scoped(AssertUnwindSafe(inner.execute(deps, cont)).catch_unwind())
                    .await;
                // A handler that handed a reading to a task of its own (`beside`) took the
                // completion along: that task ends the update.
                if let Some(done) = left {
                    let result = outcome.map(|flow| match flow {
                        ControlFlow::Break(Err(e)) => Err(e),
                        _ => Ok(()),
                    });
                    done.finish(failure_of(result), waited).await;
                }
                ControlFlow::Break(Ok(()))
            }
        },
        sig,
    )
}
