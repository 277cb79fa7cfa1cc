//! The admin panel in Telegram: users (paged, searched, a card with actions), premium, logs,
//! settings, the prompt editor and broadcasts — in the admin's own language. Every screen and
//! action checks ADMIN_ID on the server first; a non-admin gets what unknown input gets.

use std::fmt::Write;
use std::sync::Arc;

use teloxide::prelude::*;
use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup, MessageId};

use super::admin::{is_admin, not_for_you};
use super::callback::{AdminCb, Cb};
use super::context::{set_flow, Flow, UserCtx};
use super::premium::date_of;
use super::reply::{edit_or_send, escape_html, send_html};
use super::{screens, FalBot, HandlerResult};
use crate::app::App;
use crate::domain::prompts::{render, validate};
use crate::domain::settings::DEFAULTS;
use crate::domain::{Lang, Plan, PromptKind};
use crate::i18n::{keys as k, Key, Val};
use crate::store::Level;

const PAGE: i64 = 10;

fn btn(app: &App, lang: Lang, key: Key, a: AdminCb) -> InlineKeyboardButton {
    screens::button(app, lang, key, Cb::Admin(a))
}

fn raw(label: impl Into<String>, a: AdminCb) -> InlineKeyboardButton {
    InlineKeyboardButton::callback(label, Cb::Admin(a).encode())
}

fn back(app: &App, lang: Lang) -> Vec<InlineKeyboardButton> {
    vec![btn(app, lang, k::BTN_ADMIN_HOME, AdminCb::Home)]
}

/// The panel's sections as a keyboard (under the dashboard).
pub fn home_rows(app: &App, lang: Lang) -> Vec<Vec<InlineKeyboardButton>> {
    vec![
        vec![
            btn(app, lang, k::BTN_ADMIN_USERS, AdminCb::Users(0)),
            btn(app, lang, k::BTN_ADMIN_PREMIUM, AdminCb::Premium),
        ],
        vec![
            btn(app, lang, k::BTN_ADMIN_LOGS, AdminCb::Logs(None)),
            btn(app, lang, k::BTN_ADMIN_SETTINGS, AdminCb::Settings),
        ],
        vec![
            btn(app, lang, k::BTN_ADMIN_PROMPTS, AdminCb::Prompts),
            btn(app, lang, k::BTN_ADMIN_BROADCAST, AdminCb::Broadcast),
        ],
    ]
}

fn plan_name(app: &App, lang: Lang, plan: Plan) -> String {
    app.i18n.t(lang, screens::plan_name(plan))
}

pub async fn handle(
    bot: &FalBot,
    app: &App,
    ctx: &UserCtx,
    a: AdminCb,
    msg: Option<MessageId>,
) -> HandlerResult {
    if !is_admin(app, ctx) {
        return not_for_you(bot, app, ctx).await;
    }
    let lang = ctx.lang;
    match a {
        AdminCb::Home => {
            set_flow(app, ctx.chat, &Flow::Idle).await?;
            let html = super::admin::dashboard_text(app, lang).await?;
            let mut rows = home_rows(app, lang);
            rows.push(vec![screens::button(app, lang, k::BTN_MENU, Cb::Menu)]);
            edit_or_send(bot, ctx.chat, msg, html, InlineKeyboardMarkup::new(rows)).await?;
        }
        AdminCb::Users(page) => users(bot, app, ctx, None, page, msg).await?,
        AdminCb::Search => {
            set_flow(app, ctx.chat, &Flow::AdminSearch).await?;
            edit_or_send(
                bot,
                ctx.chat,
                msg,
                app.i18n.t(lang, k::ADMIN_SEARCH_PROMPT),
                screens::cancel_only(app, lang),
            )
            .await?;
        }
        AdminCb::User(id) => card(bot, app, ctx, id, msg).await?,
        AdminCb::Gift(id, plan) => {
            let days = app.settings().days(plan);
            if let Some(state) = app.store.gift_plan(id, plan, days).await? {
                super::admin::notify_gift(
                    bot,
                    app,
                    id,
                    plan,
                    days,
                    &date_of(state.expires_at.unwrap_or(0)),
                )
                .await;
            }
            card(bot, app, ctx, id, msg).await?;
        }
        AdminCb::CancelPlan(id) => {
            if app.store.cancel_plan(id).await? {
                super::admin::notify_cancel(bot, app, id).await;
            }
            card(bot, app, ctx, id, msg).await?;
        }
        AdminCb::Block(id, on) => {
            if !app.cfg.is_admin(id) {
                app.store.set_blocked(id, on).await?;
            }
            card(bot, app, ctx, id, msg).await?;
        }
        AdminCb::ResetQuota(id) => {
            app.store.reset_quota(id).await?;
            card(bot, app, ctx, id, msg).await?;
        }
        AdminCb::Premium => premium(bot, app, ctx, msg).await?,
        AdminCb::Logs(level) => logs(bot, app, ctx, level, None, msg).await?,
        AdminCb::LogKind(i) => {
            let kind = super::callback::LOG_KINDS
                .get(usize::from(i))
                .map(|k| k.to_string());
            logs(bot, app, ctx, None, kind, msg).await?
        }
        AdminCb::Settings => settings(bot, app, ctx, msg).await?,
        AdminCb::EditSetting(i) => {
            let Some((key, _)) = DEFAULTS.get(usize::from(i)) else {
                return Ok(());
            };
            let current = app
                .store
                .settings_map()
                .await?
                .get(*key)
                .cloned()
                .unwrap_or_default();
            set_flow(
                app,
                ctx.chat,
                &Flow::AdminSetting {
                    key: key.to_string(),
                },
            )
            .await?;
            let html = app.i18n.tr(
                lang,
                k::ADMIN_SETTING_PROMPT,
                &[
                    ("key", Val::Str(key)),
                    ("value", Val::from(&escape_html(&current))),
                ],
            );
            edit_or_send(bot, ctx.chat, msg, html, screens::cancel_only(app, lang)).await?;
        }
        AdminCb::Prompts => {
            let mut rows: Vec<Vec<InlineKeyboardButton>> = PromptKind::ALL
                .chunks(2)
                .map(|pair| {
                    pair.iter()
                        .map(|kd| raw(kd.code(), AdminCb::PromptKind(*kd)))
                        .collect()
                })
                .collect();
            rows.push(back(app, lang));
            edit_or_send(
                bot,
                ctx.chat,
                msg,
                app.i18n.t(lang, k::ADMIN_PROMPTS_TITLE),
                InlineKeyboardMarkup::new(rows),
            )
            .await?;
        }
        AdminCb::PromptKind(kind) => {
            let mut buttons = Vec::new();
            for l in Lang::ALL {
                let mark = if app.store.prompt_override(kind, l).await?.is_some() {
                    " ✏️"
                } else {
                    ""
                };
                buttons.push(raw(format!("{}{mark}", l.code()), AdminCb::Prompt(kind, l)));
            }
            let mut rows: Vec<Vec<InlineKeyboardButton>> =
                buttons.chunks(3).map(<[_]>::to_vec).collect();
            rows.push(vec![btn(app, lang, k::BTN_BACK, AdminCb::Prompts)]);
            let html = format!(
                "<b>{}</b>\n{}",
                kind.code(),
                app.i18n.t(lang, k::ADMIN_PROMPTS_TITLE)
            );
            edit_or_send(bot, ctx.chat, msg, html, InlineKeyboardMarkup::new(rows)).await?;
        }
        AdminCb::Prompt(kind, l) => prompt_view(bot, app, ctx, kind, l, msg).await?,
        AdminCb::EditPrompt(kind, l) => {
            set_flow(
                app,
                ctx.chat,
                &Flow::AdminPrompt {
                    kind: kind.code().into(),
                    lang: l.code().into(),
                },
            )
            .await?;
            let html = app.i18n.tr(
                lang,
                k::ADMIN_PROMPT_EDIT,
                &[
                    ("kind", Val::Str(kind.code())),
                    ("lang", Val::Str(l.code())),
                    ("placeholders", Val::from(&placeholders(kind))),
                ],
            );
            edit_or_send(bot, ctx.chat, msg, html, screens::cancel_only(app, lang)).await?;
        }
        AdminCb::ResetPrompt(kind, l) => {
            app.store.reset_prompt(kind, l).await?;
            prompt_view(bot, app, ctx, kind, l, msg).await?;
        }
        AdminCb::Broadcast => {
            let mut rows = vec![vec![btn(
                app,
                lang,
                k::BTN_ADMIN_ALL_USERS,
                AdminCb::Audience(None, None),
            )]];
            let langs: Vec<InlineKeyboardButton> = Lang::ALL
                .into_iter()
                .map(|l| raw(format!("🌐 {}", l.code()), AdminCb::Audience(Some(l), None)))
                .collect();
            rows.extend(langs.chunks(3).map(<[_]>::to_vec));
            rows.push(
                Plan::ALL
                    .into_iter()
                    .map(|p| {
                        raw(
                            format!("💎 {}", plan_name(app, lang, p)),
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
        }
        AdminCb::Audience(l, p) => {
            let (lang_code, plan_code) = (
                l.map(|x| x.code().to_string()),
                p.map(|x| x.code().to_string()),
            );
            let count = app
                .store
                .audience_size(lang_code.clone(), plan_code.clone())
                .await?;
            set_flow(
                app,
                ctx.chat,
                &Flow::AdminBroadcast {
                    lang: lang_code,
                    plan: plan_code,
                },
            )
            .await?;
            let html = app.i18n.tr(
                lang,
                k::ADMIN_BROADCAST_PROMPT,
                &[("count", Val::from(count))],
            );
            edit_or_send(bot, ctx.chat, msg, html, screens::cancel_only(app, lang)).await?;
        }
        AdminCb::SendBroadcast => {
            let flow = super::context::flow_of(ctx.clone());
            let Flow::AdminBroadcastReady {
                text,
                lang: l,
                plan,
            } = flow
            else {
                send_html(bot, ctx.chat, app.i18n.t(lang, k::CALLBACK_EXPIRED), None).await?;
                return Ok(());
            };
            set_flow(app, ctx.chat, &Flow::Idle).await?;
            let (id, total) = app
                .store
                .create_broadcast(Some(ctx.user.id), text, l, plan, "bot")
                .await?;
            let html = app.i18n.tr(
                lang,
                k::ADMIN_BROADCAST_STARTED,
                &[("id", Val::from(id)), ("count", Val::from(total))],
            );
            edit_or_send(
                bot,
                ctx.chat,
                msg,
                html,
                InlineKeyboardMarkup::new(vec![back(app, lang)]),
            )
            .await?;
        }
    }
    Ok(())
}

async fn users(
    bot: &FalBot,
    app: &App,
    ctx: &UserCtx,
    search: Option<String>,
    page: u32,
    msg: Option<MessageId>,
) -> HandlerResult {
    let lang = ctx.lang;
    let lines = app
        .store
        .user_lines(None, search.clone(), PAGE + 1, i64::from(page) * PAGE)
        .await?;
    let more = lines.len() as i64 > PAGE;
    let mut html = app
        .i18n
        .tr(lang, k::ADMIN_USERS_TITLE, &[("page", Val::from(page + 1))]);
    if lines.is_empty() {
        let _ = write!(html, "\n{}", app.i18n.t(lang, k::ADMIN_USERS_EMPTY));
    }
    let mut rows = Vec::new();
    for u in lines.iter().take(PAGE as usize) {
        let plan = u.plan.parse().unwrap_or(Plan::Free);
        let _ = write!(
            html,
            "\n<code>{}</code> {} · {} · {} {}",
            u.id,
            escape_html(&u.first_name),
            u.language,
            plan_name(app, lang, plan),
            u.plan_expires_at.map(date_of).unwrap_or_default()
        );
        rows.push(vec![raw(
            format!("👤 {} ({})", u.first_name, u.id),
            AdminCb::User(u.id),
        )]);
    }
    let mut nav = Vec::new();
    if page > 0 && search.is_none() {
        nav.push(btn(app, lang, k::BTN_PREV, AdminCb::Users(page - 1)));
    }
    if more && search.is_none() {
        nav.push(btn(app, lang, k::BTN_NEXT, AdminCb::Users(page + 1)));
    }
    if !nav.is_empty() {
        rows.push(nav);
    }
    rows.push(vec![btn(app, lang, k::BTN_ADMIN_SEARCH, AdminCb::Search)]);
    rows.push(back(app, lang));
    edit_or_send(bot, ctx.chat, msg, html, InlineKeyboardMarkup::new(rows)).await?;
    Ok(())
}

pub async fn on_search(bot: FalBot, app: Arc<App>, ctx: UserCtx, msg: Message) -> HandlerResult {
    if !is_admin(&app, &ctx) {
        set_flow(&app, ctx.chat, &Flow::Idle).await?;
        return not_for_you(&bot, &app, &ctx).await;
    }
    let query = msg
        .text()
        .unwrap_or_default()
        .trim()
        .chars()
        .take(64)
        .collect::<String>();
    set_flow(&app, ctx.chat, &Flow::Idle).await?;
    users(&bot, &app, &ctx, Some(query), 0, None).await
}

async fn card(
    bot: &FalBot,
    app: &App,
    ctx: &UserCtx,
    id: i64,
    msg: Option<MessageId>,
) -> HandlerResult {
    let lang = ctx.lang;
    let Some(u) = app.store.user(id).await? else {
        send_html(
            bot,
            ctx.chat,
            app.i18n
                .tr(lang, k::ADMIN_NO_USER, &[("id", Val::from(id))]),
            None,
        )
        .await?;
        return Ok(());
    };
    let facts = app.store.user_facts(id).await?;
    let now = crate::store::now();
    let plan = u.effective_plan(now);
    let mut html = app.i18n.tr(
        lang,
        k::ADMIN_USER_CARD,
        &[
            ("id", Val::from(u.id)),
            ("name", Val::from(&escape_html(&u.first_name))),
            (
                "username",
                Val::from(
                    &u.username
                        .as_deref()
                        .map(|n| format!("@{n}"))
                        .unwrap_or_else(|| "–".into()),
                ),
            ),
            ("lang", Val::Str(u.language.code())),
            ("plan", Val::from(&plan_name(app, lang, plan))),
            (
                "expiry",
                Val::from(&u.plan_expires_at.map(date_of).unwrap_or_else(|| "–".into())),
            ),
            ("readings", Val::from(facts.readings)),
            ("referrals", Val::from(facts.referrals)),
            (
                "blocked",
                Val::Str(if facts.is_blocked { "🚫" } else { "✅" }),
            ),
            ("seen", Val::from(&date_of(facts.last_seen_at))),
        ],
    );
    let mut rows = vec![Plan::PAID
        .into_iter()
        .map(|p| {
            raw(
                app.i18n.tr(
                    lang,
                    k::BTN_ADMIN_GIFT,
                    &[("plan", Val::from(&plan_name(app, lang, p)))],
                ),
                AdminCb::Gift(id, p),
            )
        })
        .collect::<Vec<_>>()];
    for p in app.store.payments_of(id).await? {
        let _ = write!(
            html,
            "\n⭐ {} · {} · {} · {}",
            p.amount,
            p.plan,
            p.status,
            date_of(p.created_at)
        );
        if p.status == "paid" {
            rows.push(vec![InlineKeyboardButton::callback(
                format!("↩️ {} ⭐ · {}", p.amount, date_of(p.created_at)),
                Cb::AdminRefund(p.id).encode(),
            )]);
        }
    }
    let block = if facts.is_blocked {
        btn(app, lang, k::BTN_ADMIN_UNBLOCK, AdminCb::Block(id, false))
    } else {
        btn(app, lang, k::BTN_ADMIN_BLOCK, AdminCb::Block(id, true))
    };
    rows.push(vec![
        btn(app, lang, k::BTN_ADMIN_CANCEL_PLAN, AdminCb::CancelPlan(id)),
        block,
    ]);
    rows.push(vec![btn(
        app,
        lang,
        k::BTN_ADMIN_RESET_QUOTA,
        AdminCb::ResetQuota(id),
    )]);
    rows.push(vec![
        btn(app, lang, k::BTN_ADMIN_USERS, AdminCb::Users(0)),
        btn(app, lang, k::BTN_ADMIN_HOME, AdminCb::Home),
    ]);
    edit_or_send(bot, ctx.chat, msg, html, InlineKeyboardMarkup::new(rows)).await?;
    Ok(())
}

async fn premium(bot: &FalBot, app: &App, ctx: &UserCtx, msg: Option<MessageId>) -> HandlerResult {
    let lang = ctx.lang;
    let now = crate::store::now();
    let s = app.store.stats(now).await?;
    let mut html = app.i18n.tr(
        lang,
        k::ADMIN_PREMIUM,
        &[
            ("basic", Val::from(s.plans[0])),
            ("premium", Val::from(s.plans[1])),
            ("vip", Val::from(s.plans[2])),
        ],
    );
    let _ = write!(
        html,
        "\n\n<b>{}</b>",
        app.i18n.t(lang, k::ADMIN_EXPIRING_TITLE)
    );
    let mut rows = Vec::new();
    for e in app.store.expiring_between(now, now + 7 * 86_400).await? {
        let _ = write!(
            html,
            "\n<code>{}</code> {} · {}",
            e.user_id,
            plan_name(app, lang, e.plan),
            date_of(e.expires_at)
        );
        rows.push(vec![raw(
            format!("👤 {}", e.user_id),
            AdminCb::User(e.user_id),
        )]);
    }
    rows.push(back(app, lang));
    edit_or_send(bot, ctx.chat, msg, html, InlineKeyboardMarkup::new(rows)).await?;
    Ok(())
}

async fn logs(
    bot: &FalBot,
    app: &App,
    ctx: &UserCtx,
    level: Option<Level>,
    kind: Option<String>,
    msg: Option<MessageId>,
) -> HandlerResult {
    let lang = ctx.lang;
    let events = app
        .store
        .recent_events(level.map(|l| l.code().to_string()), kind, 20)
        .await?;
    let mut html = format!("📜 <b>{}</b>", app.i18n.t(lang, k::ADMIN_LOGS_TITLE));
    if events.is_empty() {
        let _ = write!(html, "\n{}", app.i18n.t(lang, k::ADMIN_LOGS_EMPTY));
    }
    for e in events {
        let when = chrono::DateTime::from_timestamp(e.created_at, 0)
            .map(|t| t.format("%d.%m %H:%M").to_string())
            .unwrap_or_default();
        let msg_text: String = e.message.chars().take(160).collect();
        let who = e.user_id.map(|u| format!(" #{u}")).unwrap_or_default();
        let _ = write!(
            html,
            "\n{when} <b>{}</b> {}{who}: {}",
            e.level,
            escape_html(&e.kind),
            escape_html(&msg_text)
        );
    }
    let mut rows = vec![vec![
        btn(app, lang, k::BTN_ADMIN_ALL_LEVELS, AdminCb::Logs(None)),
        raw("info", AdminCb::Logs(Some(Level::Info))),
        raw("warn", AdminCb::Logs(Some(Level::Warn))),
        raw("error", AdminCb::Logs(Some(Level::Error))),
    ]];
    let kinds: Vec<InlineKeyboardButton> = super::callback::LOG_KINDS
        .iter()
        .enumerate()
        .map(|(i, kind)| raw(*kind, AdminCb::LogKind(i as u8)))
        .collect();
    rows.extend(kinds.chunks(3).map(<[_]>::to_vec));
    rows.push(back(app, lang));
    edit_or_send(bot, ctx.chat, msg, html, InlineKeyboardMarkup::new(rows)).await?;
    Ok(())
}

async fn settings(bot: &FalBot, app: &App, ctx: &UserCtx, msg: Option<MessageId>) -> HandlerResult {
    let lang = ctx.lang;
    let values = app.store.settings_map().await?;
    let mut html = format!("⚙️ <b>{}</b>", app.i18n.t(lang, k::ADMIN_SETTINGS_TITLE));
    let mut buttons = Vec::new();
    for (i, (key, default)) in DEFAULTS.iter().enumerate() {
        let value = values.get(*key).map(String::as_str).unwrap_or(default);
        let _ = write!(html, "\n<code>{key}</code> = {}", escape_html(value));
        buttons.push(raw(format!("✏️ {key}"), AdminCb::EditSetting(i as u8)));
    }
    let mut rows: Vec<Vec<InlineKeyboardButton>> = buttons.chunks(2).map(<[_]>::to_vec).collect();
    rows.push(back(app, lang));
    edit_or_send(bot, ctx.chat, msg, html, InlineKeyboardMarkup::new(rows)).await?;
    Ok(())
}

pub async fn on_setting(
    bot: FalBot,
    app: Arc<App>,
    ctx: UserCtx,
    flow: Flow,
    msg: Message,
) -> HandlerResult {
    let Flow::AdminSetting { key } = flow else {
        return Ok(());
    };
    if !is_admin(&app, &ctx) {
        set_flow(&app, ctx.chat, &Flow::Idle).await?;
        return not_for_you(&bot, &app, &ctx).await;
    }
    let value = msg.text().unwrap_or_default().trim().to_string();
    match app.store.set_setting(&key, &value).await? {
        Err(reason) => {
            let html = app.i18n.tr(
                ctx.lang,
                k::ADMIN_SETTING_BAD,
                &[("reason", Val::from(&escape_html(&reason)))],
            );
            super::keep_step(&bot, &app, &ctx, html).await?;
        }
        Ok(()) => {
            // Effective at once: rate limits, prices, times — no restart.
            app.reload_settings().await?;
            set_flow(&app, ctx.chat, &Flow::Idle).await?;
            let html = app.i18n.tr(
                ctx.lang,
                k::ADMIN_SETTING_SAVED,
                &[
                    ("key", Val::from(&key)),
                    ("value", Val::from(&escape_html(&value))),
                ],
            );
            send_html(&bot, ctx.chat, html, None).await?;
            settings(&bot, &app, &ctx, None).await?;
        }
    }
    Ok(())
}

fn placeholders(kind: PromptKind) -> String {
    kind.placeholders()
        .iter()
        .map(|p| format!("{{{p}}}"))
        .collect::<Vec<_>>()
        .join(" ")
}

fn sample_values(kind: PromptKind) -> Vec<(&'static str, String)> {
    kind.placeholders()
        .iter()
        .map(|p| (*p, format!("‹{p}›")))
        .collect()
}

async fn prompt_view(
    bot: &FalBot,
    app: &App,
    ctx: &UserCtx,
    kind: PromptKind,
    l: Lang,
    msg: Option<MessageId>,
) -> HandlerResult {
    let lang = ctx.lang;
    let (body, source) = match app.store.prompt_override(kind, l).await? {
        Some(b) => (b, "override"),
        None => (
            crate::prompts::embedded(kind, l).unwrap_or_default(),
            "embedded",
        ),
    };
    let preview = render(kind, &body, &sample_values(kind)).unwrap_or_else(|e| e.to_string());
    let short = |s: &str| s.chars().take(1500).collect::<String>();
    let html = format!(
        "{}\n\n<code>{}</code>\n\n<b>{}</b>\n{}",
        app.i18n.tr(
            lang,
            k::ADMIN_PROMPT_VIEW,
            &[
                ("kind", Val::Str(kind.code())),
                ("lang", Val::Str(l.code())),
                ("source", Val::Str(source)),
                ("placeholders", Val::from(&placeholders(kind)))
            ],
        ),
        escape_html(&short(&body)),
        app.i18n.t(lang, k::ADMIN_PROMPT_PREVIEW),
        escape_html(&short(&preview))
    );
    let rows = vec![
        vec![
            btn(app, lang, k::BTN_ADMIN_EDIT, AdminCb::EditPrompt(kind, l)),
            btn(app, lang, k::BTN_ADMIN_RESET, AdminCb::ResetPrompt(kind, l)),
        ],
        vec![btn(app, lang, k::BTN_BACK, AdminCb::PromptKind(kind))],
    ];
    edit_or_send(bot, ctx.chat, msg, html, InlineKeyboardMarkup::new(rows)).await?;
    Ok(())
}

pub async fn on_prompt(
    bot: FalBot,
    app: Arc<App>,
    ctx: UserCtx,
    flow: Flow,
    msg: Message,
) -> HandlerResult {
    let Flow::AdminPrompt { kind, lang: l } = flow else {
        return Ok(());
    };
    if !is_admin(&app, &ctx) {
        set_flow(&app, ctx.chat, &Flow::Idle).await?;
        return not_for_you(&bot, &app, &ctx).await;
    }
    let (Ok(kind), Ok(l)) = (kind.parse::<PromptKind>(), l.parse::<Lang>()) else {
        set_flow(&app, ctx.chat, &Flow::Idle).await?;
        return Ok(());
    };
    let body = msg.text().unwrap_or_default().trim().to_string();
    if let Err(e) = validate(kind, &body) {
        let html = app.i18n.tr(
            ctx.lang,
            k::ADMIN_PROMPT_BAD,
            &[("reason", Val::from(&escape_html(&e.to_string())))],
        );
        super::keep_step(&bot, &app, &ctx, html).await?;
        return Ok(());
    }
    app.store
        .set_prompt_override(kind, l, body, Some(ctx.user.id))
        .await?;
    set_flow(&app, ctx.chat, &Flow::Idle).await?;
    send_html(
        &bot,
        ctx.chat,
        app.i18n.t(ctx.lang, k::ADMIN_PROMPT_SAVED),
        None,
    )
    .await?;
    prompt_view(&bot, &app, &ctx, kind, l, None).await
}

pub async fn on_broadcast_text(
    bot: FalBot,
    app: Arc<App>,
    ctx: UserCtx,
    flow: Flow,
    msg: Message,
) -> HandlerResult {
    let Flow::AdminBroadcast { lang: l, plan } = flow else {
        return Ok(());
    };
    if !is_admin(&app, &ctx) {
        set_flow(&app, ctx.chat, &Flow::Idle).await?;
        return not_for_you(&bot, &app, &ctx).await;
    }
    let Some(text) = msg
        .text()
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(str::to_string)
    else {
        return Ok(());
    };
    let count = app.store.audience_size(l.clone(), plan.clone()).await?;
    set_flow(
        &app,
        ctx.chat,
        &Flow::AdminBroadcastReady {
            text: text.clone(),
            lang: l,
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
    let kb = InlineKeyboardMarkup::new(vec![vec![
        btn(&app, ctx.lang, k::BTN_ADMIN_SEND, AdminCb::SendBroadcast),
        screens::button(&app, ctx.lang, k::BTN_CANCEL, Cb::Cancel),
    ]]);
    send_html(&bot, ctx.chat, html, Some(kb)).await?;
    Ok(())
}

/// The bot's broadcast runner: resumes running broadcasts (also after a restart), with a
/// progress message to the admin who started each, edited as batches go out.
pub async fn run_broadcasts(app: Arc<App>, bot: FalBot, every: std::time::Duration) {
    loop {
        match app.store.running_broadcasts("bot").await {
            Ok(ids) => {
                for id in ids {
                    if let Err(e) = run_one(&app, &bot, id).await {
                        tracing::warn!(error = %e, id, "broadcast interrupted");
                    }
                }
            }
            Err(e) => tracing::warn!(error = %e, "could not list broadcasts"),
        }
        tokio::time::sleep(every).await;
    }
}

async fn run_one(app: &Arc<App>, bot: &FalBot, id: i64) -> anyhow::Result<()> {
    let Some(start) = app.store.broadcast_progress(id).await? else {
        return Ok(());
    };
    let admin = start.created_by;
    let lang = match admin {
        Some(a) => app
            .store
            .user(a)
            .await?
            .map(|u| u.language)
            .unwrap_or(Lang::En),
        None => Lang::En,
    };
    let progress_html = |done: i64, total: i64| {
        app.i18n.tr(
            lang,
            k::ADMIN_BROADCAST_PROGRESS,
            &[
                ("id", Val::from(id)),
                ("done", Val::from(done)),
                ("total", Val::from(total)),
            ],
        )
    };
    let message = match admin {
        Some(a) => send_html(
            bot,
            ChatId(a),
            progress_html(start.done(), start.total),
            None,
        )
        .await
        .ok()
        .map(|m| m.id),
        None => None,
    };
    let done = super::broadcast::send_all(&app.store, bot, id, |p| {
        let html = progress_html(p.done(), p.total);
        async move {
            if let (Some(a), Some(m)) = (admin, message) {
                let _ = bot
                    .edit_message_text(ChatId(a), m, html)
                    .parse_mode(teloxide::types::ParseMode::Html)
                    .await;
            }
        }
    })
    .await?;
    if let Some(a) = admin {
        let html = app.i18n.tr(
            lang,
            k::ADMIN_BROADCAST_DONE,
            &[
                ("id", Val::from(id)),
                ("sent", Val::from(done.sent)),
                ("blocked", Val::from(done.blocked)),
                ("failed", Val::from(done.failed)),
            ],
        );
        send_html(bot, ChatId(a), html, None).await?;
    }
    Ok(())
}
