//! Referrals: crediting the inviter of a genuinely new user, and the referral page.

use teloxide::prelude::*;
use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup, MessageId};

use crate::app::App;
use crate::domain::referral::{badge, milestone_hit, next_milestone, public_name};
use crate::domain::Lang;
use crate::i18n::{format, keys as k, Key, Val};
use crate::store::Credit;
use crate::telegram::callback_data::Cb;
use crate::telegram::context::UserCtx;
use crate::telegram::handlers::share::referral_link;
use crate::telegram::reply::{edit_or_send, escape_html, send_html};
use crate::telegram::{screens, FalBot, HandlerResult};

fn badge_name(milestone: u32) -> Key {
    match milestone {
        1 => k::BADGE_1,
        5 => k::BADGE_5,
        10 => k::BADGE_10,
        25 => k::BADGE_25,
        _ => k::BADGE_50,
    }
}

/// `/start ref_CODE` from a user whose first `/start` this is: credit the inviter and tell
/// them, in their own language.
pub async fn on_start(bot: &FalBot, app: &App, ctx: &UserCtx, payload: &str) -> HandlerResult {
    let Some(code) = payload.trim().strip_prefix("ref_") else {
        return Ok(());
    };
    // Only a genuinely new user counts: the very first contact, never a returning one.
    if !ctx.is_new || ctx.returning || code.is_empty() || code.len() > 16 {
        return Ok(());
    }
    let bonus = app.settings().referral_bonus;
    let credit = app
        .store
        .credit_referral(code.to_string(), ctx.user.id, bonus)
        .await?;
    let Credit::Credited {
        referrer,
        referrer_lang: lang,
        invited,
        bonus,
    } = credit
    else {
        tracing::debug!(?credit, "referral not credited");
        return Ok(());
    };
    let name = escape_html(&ctx.user.first_name);
    let mut html = app.i18n.tr(
        lang,
        k::REFERRAL_CREDITED,
        &[("name", Val::from(&name)), ("bonus", Val::from(bonus))],
    );
    if let Some(m) = milestone_hit(invited) {
        let b = app.i18n.t(lang, badge_name(m));
        html.push_str("\n\n");
        html.push_str(&app.i18n.tr(
            lang,
            k::REFERRAL_MILESTONE,
            &[("badge", Val::from(&b)), ("count", Val::from(invited))],
        ));
    }
    // The inviter may have blocked the bot; the credit stands either way.
    if let Err(e) = send_html(bot, ChatId(referrer), html, None).await {
        tracing::info!(error = %e, referrer, "could not tell the inviter");
    }
    Ok(())
}

/// The referral page: the link, real counts, rank and the top 10.
pub async fn page(
    bot: &FalBot,
    app: &App,
    ctx: &UserCtx,
    bot_name: &str,
    msg: Option<MessageId>,
) -> HandlerResult {
    let lang = ctx.lang;
    let stats = app.store.referral_stats(ctx.user.id).await?;
    let top = app.store.leaderboard(10).await?;
    let link = referral_link(bot_name, &ctx.user.referral_code);
    let bonus = app.settings().referral_bonus;
    let mut html = app.i18n.tr(
        lang,
        k::REFERRAL_PAGE,
        &[
            ("bonus", Val::from(bonus)),
            ("link", Val::from(&escape_html(&link))),
            ("invited", Val::from(stats.invited)),
            ("earned", Val::from(stats.bonus_earned)),
            ("used", Val::from(stats.bonus_used)),
            ("rank", Val::from(stats.rank)),
            ("total", Val::from(stats.total_users)),
        ],
    );
    if let Some(b) = badge(stats.invited) {
        let name = app.i18n.t(lang, badge_name(b));
        html.push('\n');
        html.push_str(
            &app.i18n
                .tr(lang, k::REFERRAL_BADGE, &[("badge", Val::from(&name))]),
        );
    }
    if let Some(next) = next_milestone(stats.invited) {
        html.push('\n');
        html.push_str(
            &app.i18n
                .tr(lang, k::REFERRAL_NEXT, &[("next", Val::from(next))]),
        );
    }
    html.push_str("\n\n");
    html.push_str(&leaderboard_html(app, lang, &top));
    let share_text = app.i18n.t(lang, k::REFERRAL_SHARE_TEXT);
    let mut rows = Vec::new();
    let share = format!(
        "https://t.me/share/url?url={}&text={}",
        url::form_urlencoded::byte_serialize(link.as_bytes()).collect::<String>(),
        url::form_urlencoded::byte_serialize(share_text.as_bytes()).collect::<String>()
    );
    if let Ok(u) = reqwest::Url::parse(&share) {
        rows.push(vec![InlineKeyboardButton::url(
            app.i18n.t(lang, k::BTN_SHARE_LINK),
            u,
        )]);
    }
    rows.push(vec![screens::button(app, lang, k::BTN_MENU, Cb::Menu)]);
    edit_or_send(bot, ctx.chat, msg, html, InlineKeyboardMarkup::new(rows)).await?;
    Ok(())
}

fn leaderboard_html(app: &App, lang: Lang, top: &[crate::store::Leader]) -> String {
    let mut out = app.i18n.t(lang, k::REFERRAL_TOP_TITLE);
    if top.is_empty() {
        out.push('\n');
        out.push_str(&app.i18n.t(lang, k::REFERRAL_TOP_EMPTY));
    }
    for (i, l) in top.iter().enumerate() {
        let medal = ["🥇", "🥈", "🥉"].get(i).copied().unwrap_or("▫️");
        out.push_str(&format!(
            "\n{medal} {}. {}{}{}",
            i + 1,
            escape_html(&public_name(&l.first_name, l.last_name.as_deref())),
            app.i18n.dash(lang),
            format::number(lang, i64::from(l.invited))
        ));
    }
    out
}
