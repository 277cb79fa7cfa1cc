//! Push settings: opt in or out of each push, and its local time. The zone is the user's
//! (birth place) or the operator default; times are stored with the zone they mean.

use std::fmt::Write;

use teloxide::prelude::*;
use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup, MessageId};

use crate::app::App;
use crate::domain::astro::time::Zone;
use crate::domain::pushes::{parse_local_time, PushKind};
use crate::i18n::{keys as k, Val};
use crate::store::PushSetting;
use crate::telegram::callback_data::Cb;
use crate::telegram::context::{set_flow, Flow, UserCtx};
use crate::telegram::reply::{edit_or_send, escape_html, send_html};
use crate::telegram::{screens, FalBot, HandlerResult};

fn default_time(app: &App, kind: PushKind) -> String {
    let s = app.settings();
    match kind {
        PushKind::DailyCard => s.daily_card_time.clone(),
        // Moon notices go out with the morning horoscope.
        _ => s.daily_horoscope_time.clone(),
    }
}

async fn current(app: &App, ctx: &UserCtx, kind: PushKind) -> anyhow::Result<PushSetting> {
    let stored = app
        .store
        .pushes_of(ctx.user.id)
        .await?
        .into_iter()
        .find(|p| p.kind == kind);
    if let Some(s) = stored {
        return Ok(s);
    }
    let birth = app.store.birth(ctx.user.id).await?;
    Ok(PushSetting {
        kind,
        local_time: default_time(app, kind),
        timezone: super::user_zone(app, birth.as_ref()).name(),
        enabled: false,
    })
}

pub async fn screen(
    bot: &FalBot,
    app: &App,
    ctx: &UserCtx,
    msg: Option<MessageId>,
) -> HandlerResult {
    let lang = ctx.lang;
    let mut html = format!("🔔 <b>{}</b>\n", app.i18n.t(lang, k::NOTIFY_TITLE));
    let mut rows = Vec::new();
    for kind in PushKind::ALL {
        let s = current(app, ctx, kind).await?;
        let allowed = kind.allowed_on(super::plan_of(ctx));
        let state = if !allowed {
            "🔒"
        } else if s.enabled {
            "✅"
        } else {
            "⏸"
        };
        let _ = write!(
            html,
            "\n{state} {}{}{} ({})",
            app.i18n.push_name(lang, kind),
            app.i18n.dash(lang),
            s.local_time,
            s.timezone
        );
        let toggle = if s.enabled {
            k::BTN_TURN_OFF
        } else {
            k::BTN_TURN_ON
        };
        rows.push(vec![
            InlineKeyboardButton::callback(
                format!(
                    "{} · {}",
                    app.i18n.push_name(lang, kind),
                    app.i18n.t(lang, toggle)
                ),
                Cb::TogglePush(kind).encode(),
            ),
            InlineKeyboardButton::callback("🕘", Cb::PushTime(kind).encode()),
        ]);
    }
    rows.push(vec![screens::button(app, lang, k::BTN_MENU, Cb::Menu)]);
    edit_or_send(bot, ctx.chat, msg, html, InlineKeyboardMarkup::new(rows)).await?;
    Ok(())
}

pub async fn toggle(
    bot: &FalBot,
    app: &App,
    ctx: &UserCtx,
    kind: PushKind,
    msg: Option<MessageId>,
) -> HandlerResult {
    if let Some(feature) = kind.feature().filter(|f| !super::allowed(ctx, *f)) {
        return super::locked(bot, app, ctx, feature, msg).await;
    }
    let mut s = current(app, ctx, kind).await?;
    s.enabled = !s.enabled;
    app.store.set_push(ctx.user.id, s).await?;
    screen(bot, app, ctx, msg).await
}

pub async fn ask_time(
    bot: &FalBot,
    app: &App,
    ctx: &UserCtx,
    kind: PushKind,
    msg: Option<MessageId>,
) -> HandlerResult {
    let s = current(app, ctx, kind).await?;
    let html = app.i18n.tr(
        ctx.lang,
        k::NOTIFY_TIME_PROMPT,
        &[
            ("kind", Val::from(&app.i18n.push_name(ctx.lang, kind))),
            ("zone", Val::from(&s.timezone)),
        ],
    );
    let flow = Flow::PushTime { kind };
    crate::telegram::handlers::menu::ask_step(bot, app, ctx, msg, &flow, html).await
}

pub async fn on_time(
    bot: FalBot,
    app: std::sync::Arc<App>,
    ctx: UserCtx,
    flow: Flow,
    msg: Message,
) -> HandlerResult {
    let Flow::PushTime { kind } = flow else {
        return Ok(());
    };
    // "HH:MM", optionally followed by a zone ("08:30 Europe/Berlin", "08:30 +01:00").
    let text = msg.text().unwrap_or_default();
    let mut words = text.split_whitespace();
    let time = words.next().and_then(parse_local_time);
    let zone = match words.next() {
        Some(z) => match Zone::parse(z) {
            Some(zone) => Some(zone),
            None => {
                let html = app.i18n.tr(
                    ctx.lang,
                    k::NOTIFY_ZONE_UNKNOWN,
                    &[("zone", Val::from(&escape_html(z)))],
                );
                crate::telegram::handlers::menu::keep_step(&bot, &app, &ctx, html).await?;
                return Ok(());
            }
        },
        None => None,
    };
    let Some(time) = time else {
        send_html(
            &bot,
            ctx.chat,
            app.i18n.t(ctx.lang, k::BIRTH_TIME_FORMAT),
            Some(screens::cancel_only(&app, ctx.lang)),
        )
        .await?;
        return Ok(());
    };
    let mut s = current(&app, &ctx, kind).await?;
    s.local_time = time.format("%H:%M").to_string();
    if let Some(zone) = zone {
        s.timezone = zone.name();
    }
    s.enabled = s.enabled || kind.allowed_on(super::plan_of(&ctx));
    app.store.set_push(ctx.user.id, s).await?;
    set_flow(&app, ctx.chat, &Flow::Idle).await?;
    screen(&bot, &app, &ctx, None).await
}
