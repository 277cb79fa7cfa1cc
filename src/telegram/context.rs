//! Per-update context: who is talking, in which language, and which input step they are in.

use std::sync::Arc;

use serde::{Deserialize, Serialize};
use teloxide::types::{ChatId, Update, UpdateKind};

use super::ratelimit::RateLimits;
use super::state::BotState;
use crate::app::App;
use crate::domain::pushes::PushKind;
use crate::domain::tarot::Spread;
use crate::domain::{Lang, Plan, PromptKind};
use crate::store::{NewUser, User};

#[derive(Debug, Clone)]
pub struct UserCtx {
    pub user: User,
    pub lang: Lang,
    /// This update created the user's row.
    pub is_new: bool,
    /// The row is new but the person was here before and asked to be forgotten: not a new
    /// user for referrals.
    pub returning: bool,
    pub chat: ChatId,
    /// The input step the chat was in when this update arrived.
    pub flow: Flow,
    /// The runtime's per-user limits; readings check the AI bucket before calling it.
    pub limits: Arc<RateLimits>,
    /// Shows a reading while it is written (or "typing…" where drafts are refused); `None`
    /// for scheduled pushes, which nobody is watching being written.
    pub drafts: Option<Arc<super::drafts::Drafts>>,
    /// Readings being written beside the chats' queues (one per chat; `/cancel` stops one).
    pub in_flight: Arc<super::beside::InFlight>,
}

/// The multi-step input a chat is in. Stored as JSON in `dialogue_state`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "step", rename_all = "snake_case")]
pub enum Flow {
    #[default]
    Idle,
    AwaitingDream,
    /// A follow-up question about dream reading `reading_id`.
    AwaitingDreamQuestion {
        reading_id: i64,
    },
    /// The spread is chosen; an optional question may come first.
    AwaitingTarotQuestion {
        spread: Spread,
    },
    AwaitingCup,
    /// One photo received (its Telegram file id only — the photo itself is never stored).
    AwaitingSaucer {
        cup: String,
    },
    /// Birth data, step by step (date as YYYY-MM-DD, time as HH:MM once given).
    BirthDate {
        who: BirthFor,
    },
    BirthTime {
        who: BirthFor,
        date: String,
    },
    BirthPlace {
        who: BirthFor,
        date: String,
        time: Option<String>,
    },
    /// The name of a person to save for compatibility.
    PersonName,
    /// In conversation with the astrology chatbot.
    Chatbot,
    /// Typing the local time for a push.
    PushTime {
        kind: PushKind,
    },
    /// Admin: typing an id, @username or name to find users.
    AdminSearch,
    /// Admin: typing a new value for a setting.
    AdminSetting {
        key: String,
    },
    /// Admin: typing an AI price (`MODEL INPUT OUTPUT`).
    AdminAiPrice,
    /// Admin: typing a new prompt text.
    AdminPrompt {
        kind: PromptKind,
        lang: Lang,
    },
    /// Admin: typing a broadcast message for an audience.
    AdminBroadcast {
        lang: Option<Lang>,
        plan: Option<Plan>,
    },
    /// Admin: the broadcast is written and previewed, waiting for confirmation.
    AdminBroadcastReady {
        text: String,
        lang: Option<Lang>,
        plan: Option<Plan>,
    },
}

impl Flow {
    /// A step only admins can be in (the admin branch of the tree handles them).
    pub fn is_admin(&self) -> bool {
        matches!(
            self,
            Flow::AdminSearch
                | Flow::AdminSetting { .. }
                | Flow::AdminAiPrice
                | Flow::AdminPrompt { .. }
                | Flow::AdminBroadcast { .. }
                | Flow::AdminBroadcastReady { .. }
        )
    }

    /// A step on the way to a reading, so leaving it is worth saying nothing was spent.
    pub fn leads_to_reading(&self) -> bool {
        matches!(
            self,
            Flow::AwaitingDream
                | Flow::AwaitingDreamQuestion { .. }
                | Flow::AwaitingTarotQuestion { .. }
                | Flow::AwaitingCup
                | Flow::AwaitingSaucer { .. }
        )
    }
}

/// Whose birth data is being entered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "for", rename_all = "snake_case")]
pub enum BirthFor {
    Me,
    Person { name: String },
}

/// Private chats only: Fal Gram's readings are personal, so groups and channels are ignored.
fn private_chat(update: &Update) -> Option<ChatId> {
    match &update.kind {
        UpdateKind::Message(m) | UpdateKind::EditedMessage(m) => {
            m.chat.is_private().then_some(m.chat.id)
        }
        UpdateKind::CallbackQuery(q) => Some(ChatId(q.from.id.0 as i64)),
        UpdateKind::PreCheckoutQuery(q) => Some(ChatId(q.from.id.0 as i64)),
        _ => None,
    }
}

/// A pre-checkout or a successful payment: answered and recorded for everyone.
fn is_payment(update: &Update) -> bool {
    match &update.kind {
        UpdateKind::PreCheckoutQuery(_) => true,
        UpdateKind::Message(m) => m.successful_payment().is_some(),
        _ => false,
    }
}

/// Whether the user may use the bot beyond payments (not blocked, or an admin).
pub fn not_blocked(ctx: UserCtx, app: Arc<App>) -> bool {
    !ctx.user.is_blocked || app.cfg.is_admin(ctx.user.id)
}

/// Records the contact and builds the context; `None` drops the update (no user, not private).
pub async fn identify(update: Update, app: Arc<App>, state: Arc<BotState>) -> Option<UserCtx> {
    let from = update.from()?.clone();
    if from.is_bot {
        return None;
    }
    let chat = private_chat(&update)?;
    let counter = match &update.kind {
        UpdateKind::CallbackQuery(_) => &app.metrics.updates_callback,
        UpdateKind::PreCheckoutQuery(_) => &app.metrics.updates_payment,
        UpdateKind::Message(m) if m.successful_payment().is_some() => &app.metrics.updates_payment,
        _ => &app.metrics.updates_message,
    };
    counter.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let who = NewUser {
        id: from.id.0 as i64,
        username: from.username.clone(),
        first_name: from.first_name.clone(),
        last_name: from.last_name.clone(),
        language_code: from.language_code.clone(),
        forget_key: Some(Arc::clone(&app.forget_key)),
    };
    // Claiming the update id and recording the contact is one write: a redelivered update
    // (after a restart, Telegram resends what was not confirmed) stops here.
    match app
        .store
        .begin_update(i64::from(update.id.0), chat.0, who)
        .await
    {
        // A user an admin blocked is ignored (admins cannot lock themselves out) — except for
        // money: a renewal is recorded and a pre-checkout answered whatever the user's state.
        Ok(Some(c))
            if c.user.is_blocked && !app.cfg.is_admin(c.user.id) && !is_payment(&update) =>
        {
            None
        }
        Ok(Some(c)) => {
            // A step stored by an older build that this one cannot read starts over.
            let flow = match c.dialogue.map(|json| serde_json::from_str(&json)) {
                Some(Ok(flow)) => flow,
                Some(Err(e)) => {
                    tracing::warn!(error = %e, user = c.user.id, "stored input step unreadable; back to the menu");
                    Flow::Idle
                }
                None => Flow::Idle,
            };
            Some(UserCtx {
                lang: c.user.language,
                user: c.user,
                is_new: c.created,
                returning: c.returning,
                chat,
                flow,
                limits: Arc::clone(&state.limits),
                drafts: Some(Arc::clone(&state.drafts)),
                in_flight: Arc::clone(&state.in_flight),
            })
        }
        Ok(None) => {
            app.metrics
                .updates_duplicate
                .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            tracing::debug!(update_id = update.id.0, "duplicate update ignored");
            None
        }
        Err(e) => {
            tracing::error!(error = %e, "could not record the user; update dropped");
            None
        }
    }
}

/// The input step, as its own dependency so the tree can branch on it with `case!`.
pub fn flow_of(ctx: UserCtx) -> Flow {
    ctx.flow
}

pub async fn set_flow(app: &App, chat: ChatId, flow: &Flow) -> anyhow::Result<()> {
    if *flow == Flow::Idle {
        app.store.clear_dialogue(chat.0).await?;
    } else {
        app.store
            .set_dialogue(chat.0, serde_json::to_string(flow)?)
            .await?;
    }
    Ok(())
}
