//! The Telegram side of the background work: scheduled pushes, plan expiry notices, the
//! broadcast runner, the daily Stars reconciliation. `jobs` starts, stops and watches them with everything else.

pub mod broadcasts;
pub mod daily_pushes;
pub mod plan_expiry;

use std::sync::Arc;
use std::time::Duration;

use super::bot::BotOptions;
use super::handlers::commands;
use super::sender::{in_lane, Lane};
use super::{BotState, FalBot};
use crate::app::App;
use crate::jobs::Job;

/// How often the broadcast runner looks for confirmed broadcasts.
const BROADCASTS_EVERY: Duration = Duration::from_secs(2);
/// How often Telegram's Stars ledger is compared with our payments.
const RECONCILE_EVERY: Duration = Duration::from_secs(24 * 3600);

/// The Telegram side's jobs, for the `JobSet` that owns all background work.
pub fn jobs(app: &Arc<App>, state: &Arc<BotState>, bot: &FalBot, opts: &BotOptions) -> Vec<Job> {
    let mut jobs = Vec::new();
    let (a, b) = (Arc::clone(app), bot.clone());
    jobs.push(Job::once("command_menu", move || {
        let (app, bot) = (Arc::clone(&a), b.clone());
        async move {
            commands::register(&bot, &app).await;
            Ok(())
        }
    }));
    let (limits, sender) = (Arc::clone(&state.limits), Arc::clone(bot.sender()));
    jobs.push(Job::every(
        "rate_limit_cleanup",
        Duration::from_secs(60),
        move || {
            let (limits, sender) = (Arc::clone(&limits), Arc::clone(&sender));
            async move {
                limits.cleanup();
                // The sender's per-chat marks of chats quiet for more than a second.
                sender.cleanup();
                Ok(())
            }
        },
    ));
    let (a, b) = (Arc::clone(app), bot.clone());
    jobs.push(Job::every(
        "resend",
        crate::telegram::resend::EVERY,
        move || {
            let (app, bot) = (Arc::clone(&a), b.clone());
            async move { crate::telegram::resend::run_once(&app, &bot).await }
        },
    ));
    let (a, b) = (Arc::clone(app), bot.clone());
    jobs.push(Job::every("broadcasts", BROADCASTS_EVERY, move || {
        let (app, bot) = (Arc::clone(&a), b.clone());
        async move { in_lane(Lane::Broadcast, broadcasts::run_once(&app, &bot)).await }
    }));
    // Tests drive the clock-bound passes themselves (`push_every: None`).
    if let Some(every) = opts.push_every {
        let (a, b, s) = (Arc::clone(app), bot.clone(), Arc::clone(state));
        jobs.push(Job::every("pushes", every, move || {
            let (app, bot, state) = (Arc::clone(&a), b.clone(), Arc::clone(&s));
            async move {
                let pass = daily_pushes::run_once(&app, &bot, &state, chrono::Utc::now());
                in_lane(Lane::Push, pass).await.map(|_| ())
            }
        }));
        let (a, b) = (Arc::clone(app), bot.clone());
        jobs.push(Job::every("stars_reconcile", RECONCILE_EVERY, move || {
            let (app, bot) = (Arc::clone(&a), b.clone());
            async move {
                crate::telegram::stars::reconcile(&app, &bot)
                    .await
                    .map(|_| ())
            }
        }));
        let (a, b) = (Arc::clone(app), bot.clone());
        jobs.push(Job::every("plan_expiry", every, move || {
            let (app, bot) = (Arc::clone(&a), b.clone());
            async move {
                let pass = plan_expiry::run_once(&app, &bot, chrono::Utc::now().timestamp());
                in_lane(Lane::Push, pass).await.map(|_| ())
            }
        }));
    }
    jobs
}
