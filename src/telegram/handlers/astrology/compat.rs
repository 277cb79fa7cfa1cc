//! Compatibility: a sign pair (computed score, AI narrative) and chart synastry with a saved
//! person when both birth data are known.

use std::fmt::Write;

use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup, Me, MessageId};

use super::horoscope::{own_sign, sign_grid};
use crate::app::App;
use crate::domain::astro::compat::{sign_score, synastry};
use crate::domain::astro::Sign;
use crate::domain::{Feature, Lang, PromptKind};
use crate::i18n::{keys as k, Val};
use crate::services::facts;
use crate::services::system_prompt::system_prompt;
use crate::telegram::callback_data::Cb;
use crate::telegram::context::UserCtx;
use crate::telegram::handlers::reading::{ai_allowed, deliver_beside, ReadingJob};
use crate::telegram::reply::{edit_or_send, escape_html};
use crate::telegram::{screens, FalBot, HandlerResult};

pub async fn section(
    bot: &FalBot,
    app: &App,
    ctx: &UserCtx,
    msg: Option<MessageId>,
) -> HandlerResult {
    let lang = ctx.lang;
    if !super::allowed(ctx, Feature::Compatibility) {
        return super::locked(bot, app, ctx, Feature::Compatibility, msg).await;
    }
    let mine = own_sign(app, ctx).await?;
    let (html, mut rows) = match mine {
        Some(s) => (
            app.i18n.tr(
                lang,
                k::COMPAT_PICK_OTHER,
                &[("sign", Val::from(&app.i18n.sign_label(lang, s)))],
            ),
            sign_grid(app, lang, |other| Cb::Compat(s, other)),
        ),
        None => (
            app.i18n.t(lang, k::COMPAT_PICK_FIRST),
            sign_grid(app, lang, Cb::CompatFirst),
        ),
    };
    for person in app.store.people(ctx.user.id).await? {
        rows.push(vec![
            InlineKeyboardButton::callback(
                format!("💞 {}", person.name),
                Cb::Synastry(person.id).encode(),
            ),
            InlineKeyboardButton::callback("🗑", Cb::DeletePerson(person.id).encode()),
        ]);
    }
    rows.push(vec![screens::button(
        app,
        lang,
        k::BTN_ADD_PERSON,
        Cb::AddPerson,
    )]);
    rows.push(vec![screens::button(app, lang, k::BTN_MENU, Cb::Menu)]);
    edit_or_send(bot, ctx.chat, msg, html, InlineKeyboardMarkup::new(rows)).await?;
    Ok(())
}

pub async fn first_chosen(
    bot: &FalBot,
    app: &App,
    ctx: &UserCtx,
    first: Sign,
    msg: Option<MessageId>,
) -> HandlerResult {
    let lang = ctx.lang;
    let mut rows = sign_grid(app, lang, |other| Cb::Compat(first, other));
    rows.push(vec![screens::button(app, lang, k::BTN_MENU, Cb::Menu)]);
    let html = app.i18n.tr(
        lang,
        k::COMPAT_PICK_OTHER,
        &[("sign", Val::from(&app.i18n.sign_label(lang, first)))],
    );
    edit_or_send(bot, ctx.chat, msg, html, InlineKeyboardMarkup::new(rows)).await?;
    Ok(())
}

fn hearts(score: u8) -> String {
    let full = usize::from(score.div_ceil(20));
    format!("{}{}", "❤️".repeat(full), "🤍".repeat(5 - full.min(5)))
}

async fn narrate(
    bot: &FalBot,
    app: &App,
    ctx: &UserCtx,
    me: &Me,
    title: String,
    values: [(&str, String); 4],
    facts: Vec<(&'static str, String)>,
) -> HandlerResult {
    if !ai_allowed(bot, app, ctx).await? {
        return Ok(());
    }
    let system = system_prompt(&app.store, PromptKind::Compatibility, ctx.lang, &values).await?;
    let job = ReadingJob {
        counted: false,
        facts,
        ..ReadingJob::new(
            PromptKind::Compatibility,
            title,
            system,
            app.i18n.t(ctx.lang, k::COMPAT_ASK),
        )
    };
    deliver_beside(bot, app, ctx, me.username(), job).await
}

pub async fn pair(
    bot: &FalBot,
    app: &App,
    ctx: &UserCtx,
    me: &Me,
    a: Sign,
    b: Sign,
) -> HandlerResult {
    let lang = ctx.lang;
    if !super::allowed(ctx, Feature::Compatibility) {
        return super::locked(bot, app, ctx, Feature::Compatibility, None).await;
    }
    let score = sign_score(a, b);
    let title = app.i18n.tr(
        lang,
        k::COMPAT_TITLE,
        &[
            ("first", Val::from(&app.i18n.sign_label(lang, a))),
            ("second", Val::from(&app.i18n.sign_label(lang, b))),
            ("score", Val::from(u32::from(score))),
            ("hearts", Val::from(&hearts(score))),
        ],
    );
    let values = [
        ("first_sign", app.i18n.sign_name(lang, a)),
        ("second_sign", app.i18n.sign_name(lang, b)),
        ("score", score.to_string()),
        ("synastry", facts::sign_pair(&app.i18n, lang, a, b)),
    ];
    let pair = pair_facts(app, lang, a, b, score);
    narrate(bot, app, ctx, me, title, values, pair).await
}

/// The pair as the reading's facts: both signs by name and the score.
fn pair_facts(app: &App, lang: Lang, a: Sign, b: Sign, score: u8) -> Vec<(&'static str, String)> {
    vec![
        ("first_sign", app.i18n.sign_name(lang, a)),
        ("second_sign", app.i18n.sign_name(lang, b)),
        ("score", score.to_string()),
    ]
}

pub async fn with_person(
    bot: &FalBot,
    app: &App,
    ctx: &UserCtx,
    me: &Me,
    id: i64,
) -> HandlerResult {
    let lang = ctx.lang;
    if !super::allowed(ctx, Feature::Compatibility) {
        return super::locked(bot, app, ctx, Feature::Compatibility, None).await;
    }
    let Some(person) = app.store.person(ctx.user.id, id).await? else {
        return section(bot, app, ctx, None).await;
    };
    let Some(mine) = app.store.birth(ctx.user.id).await? else {
        return super::needs_birth(bot, app, ctx, None).await;
    };
    let (first, second) = (
        super::chart_of(&mine).await?,
        super::chart_of(&person.birth).await?,
    );
    let result = synastry(&first, &second);
    // A computed chart always has the Sun; without it there is nothing true to say.
    let (Some(sa), Some(sb)) = (first.sun_sign(), second.sun_sign()) else {
        anyhow::bail!("a computed chart without the Sun");
    };
    let mut title = app.i18n.tr(
        lang,
        k::SYNASTRY_TITLE,
        &[
            ("name", Val::from(&escape_html(&person.name))),
            ("score", Val::from(u32::from(result.score))),
            ("hearts", Val::from(&hearts(result.score))),
        ],
    );
    for a in result.aspects.iter().take(6) {
        let _ = write!(
            title,
            "\n{} {} {} {}",
            app.i18n.body_name(lang, a.a),
            a.kind.symbol(),
            app.i18n.aspect_name(lang, a.kind),
            app.i18n.body_name(lang, a.b)
        );
    }
    let values = [
        ("first_sign", app.i18n.sign_name(lang, sa)),
        ("second_sign", app.i18n.sign_name(lang, sb)),
        ("score", result.score.to_string()),
        (
            "synastry",
            facts::synastry(&app.i18n, lang, &result.aspects),
        ),
    ];
    let pair = pair_facts(app, lang, sa, sb, result.score);
    narrate(bot, app, ctx, me, title, values, pair).await
}

pub async fn delete_person(
    bot: &FalBot,
    app: &App,
    ctx: &UserCtx,
    id: i64,
    msg: Option<MessageId>,
) -> HandlerResult {
    app.store.delete_person(ctx.user.id, id).await?;
    section(bot, app, ctx, msg).await
}
