//! Broadcast screens: pick the audience (everyone, one language, one plan), write the text,
//! preview it with the audience size, confirm. The bot's runner (`scheduled::broadcasts`)
//! sends it.

use std::sync::Arc;

use teloxide::prelude::*;
use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup, MessageId};

use super::{back, button, labelled};
use crate::app::App;
use crate::domain::{Lang, Plan};
use crate::i18n::{keys as k, Val};
use crate::services::broadcasts::{self, Audience, Runner};
use crate::telegram::callback_data::{AdminCb, Cb};
use crate::telegram::context::{set_flow, Flow, UserCtx};
use crate::telegram::handlers::menu::ask_step;
use crate::telegram::reply::{edit_or_send, escape_html, send_html};
use crate::telegram::{screens, FalBot, HandlerResult};

pub async fn audiences(
    bot: &FalBot,
    app: &App,
    ctx: &UserCtx,
    msg: Option<MessageId>,
) -> HandlerResult {
    let lang = ctx.lang;
    let mut rows = vec![vec![button(
        app,
        lang,
        k::BTN_ADMIN_ALL_USERS,
        AdminCb::Audience(None, None),
    )]];
    let langs: Vec<InlineKeyboardButton> = Lang::ALL
        .into_iter()
        .map(|l| labelled(l.label(), AdminCb::Audience(Some(l), None)))
        .collect();
    rows.extend(langs.chunks(3).map(<[_]>::to_vec));
    rows.push(
        Plan::ALL
            .into_iter()
            .map(|p| {
                labelled(
                    format!("💎 {}", app.i18n.plan_name(lang, p)),
                    AdminCb::Audience(None, Some(p)),
                )
            })
            .collect(),
    );
    rows.push(back(app, lang));
    edit_or_send(
        bot,
        ctx.chat,
        msg,
        app.i18n.t(lang, k::ADMIN_BROADCAST_PICK),
        InlineKeyboardMarkup::new(rows),
    )
    .await?;
    Ok(())
}

pub async fn ask_text(
    bot: &FalBot,
    app: &App,
    ctx: &UserCtx,
    lang: Option<Lang>,
    plan: Option<Plan>,
    msg: Option<MessageId>,
) -> HandlerResult {
    let count = broadcasts::audience_size(app, Audience { lang, plan }).await?;
    let html = app.i18n.tr(
        ctx.lang,
        k::ADMIN_BROADCAST_PROMPT,
        &[("count", Val::from(count))],
    );
    ask_step(
        bot,
        app,
        ctx,
        msg,
        &Flow::AdminBroadcast { lang, plan },
        html,
    )
    .await
}

/// The text arrived: a preview with the audience size and the Send button.
pub async fn on_text(
    bot: FalBot,
    app: Arc<App>,
    ctx: UserCtx,
    flow: Flow,
    msg: Message,
) -> HandlerResult {
    let Flow::AdminBroadcast { lang, plan } = flow else {
        return Ok(());
    };
    let Some(text) = msg
        .text()
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(str::to_string)
    else {
        return Ok(());
    };
    let count = broadcasts::audience_size(&app, Audience { lang, plan }).await?;
    set_flow(
        &app,
        ctx.chat,
        &Flow::AdminBroadcastReady {
            text: text.clone(),
            lang,
            plan,
        },
    )
    .await?;
    let html = format!(
        "{}\n\n{}",
        app.i18n.tr(
            ctx.lang,
            k::ADMIN_BROADCAST_PREVIEW,
            &[("count", Val::from(count))]
        ),
        escape_html(&text)
    );
    // A paid broadcast (up to 1,000/s) is offered with its cost, for the operator to choose.
    let tenths = crate::domain::broadcast::paid_cost_tenths(count.max(0) as u64);
    let paid = InlineKeyboardButton::callback(
        app.i18n.tr(
            ctx.lang,
            k::BTN_ADMIN_SEND_PAID,
            &[("stars", Val::Decimal(tenths as f64 / 10.0, 1))],
        ),
        Cb::Admin(AdminCb::SendPaidBroadcast).encode(),
    );
    let kb = InlineKeyboardMarkup::new(vec![
        vec![
            button(&app, ctx.lang, k::BTN_ADMIN_SEND, AdminCb::SendBroadcast),
            screens::button(&app, ctx.lang, k::BTN_CANCEL, Cb::Cancel),
        ],
        vec![paid],
    ]);
    send_html(&bot, ctx.chat, html, Some(kb)).await?;
    Ok(())
}

/// "Send": the recipients are fixed now; the runner sends and reports progress.
pub async fn confirm(
    bot: &FalBot,
    app: &App,
    ctx: &UserCtx,
    msg: Option<MessageId>,
    paid: bool,
) -> HandlerResult {
    let lang = ctx.lang;
    let Flow::AdminBroadcastReady {
        text,
        lang: l,
        plan,
    } = ctx.flow.clone()
    else {
        send_html(bot, ctx.chat, app.i18n.t(lang, k::CALLBACK_EXPIRED), None).await?;
        return Ok(());
    };
    set_flow(app, ctx.chat, &Flow::Idle).await?;
    let audience = Audience { lang: l, plan };
    let (id, total) =
        broadcasts::create(app, Some(ctx.user.id), text, audience, Runner::Bot, paid).await?;
    let html = app.i18n.tr(
        lang,
        k::ADMIN_BROADCAST_STARTED,
        &[("id", Val::Digits(id)), ("count", Val::from(total))],
    );
    edit_or_send(
        bot,
        ctx.chat,
        msg,
        html,
        InlineKeyboardMarkup::new(vec![back(app, lang)]),
    )
    .await?;
    Ok(())
}
