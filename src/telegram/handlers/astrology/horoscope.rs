//! Horoscopes per sign and period. Each (sign, language, period) is generated once from the
//! computed sky and cached in SQLite; concurrent askers wait for the one generation in flight.

use chrono::NaiveDate;
use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup, MessageId};

use crate::ai::{AiError, AiRequest};
use crate::app::App;
use crate::domain::astro::Sign;
use crate::domain::horoscope::{sky_facts, Period};
use crate::domain::Lang;
use crate::i18n::{keys as k, Val};
use crate::services::facts;
use crate::services::system_prompt::system_prompt;
use crate::telegram::callback_data::Cb;
use crate::telegram::context::UserCtx;
use crate::telegram::handlers::reading::{ai_allowed, user_error};
use crate::telegram::reply::{edit_or_send, send_html, send_long};
use crate::telegram::typing::Typing;
use crate::telegram::{screens, FalBot, HandlerResult};

/// The horoscope text for a sign, language and period: from the cache, or generated once.
pub async fn text_for(
    app: &App,
    sign: Sign,
    lang: Lang,
    period: Period,
    day: NaiveDate,
) -> anyhow::Result<Result<String, AiError>> {
    let key = period.key(day);
    let (s, l, p) = (
        sign.code().to_string(),
        lang.code().to_string(),
        period.code().to_string(),
    );
    if let Some(text) = app
        .store
        .cached_horoscope(s.clone(), l.clone(), p.clone(), key.clone())
        .await?
    {
        return Ok(Ok(text));
    }
    let _flight = app
        .flights
        .lock(&format!("horoscope:{s}:{l}:{p}:{key}"))
        .await;
    // Whoever held the lock before us may have just stored it.
    if let Some(text) = app
        .store
        .cached_horoscope(s.clone(), l.clone(), p.clone(), key.clone())
        .await?
    {
        return Ok(Ok(text));
    }
    // The facts arrive in the user's language: the sign's name, the period in words.
    let span = app.i18n.period_span(lang, period, day);
    let when = match period {
        Period::Daily => "date",
        Period::Weekly => "week",
        Period::Monthly => "month",
    };
    let values = [("sign", app.i18n.sign_name(lang, sign)), (when, span)];
    let system = system_prompt(&app.store, period.prompt(), lang, &values).await?;
    let sky = tokio::task::spawn_blocking(move || sky_facts(period, day)).await?;
    let request = AiRequest {
        kind: period.prompt(),
        lang,
        system,
        user_text: facts::sky(&app.i18n, lang, &sky),
        images: Vec::new(),
        audio: None,
        history: Vec::new(),
        facts: vec![("sign", app.i18n.sign_name(lang, sign))],
        max_chars: period.prompt().max_chars(),
    };
    match app.generate(&request).await {
        Ok(answer) => Ok(Ok(app
            .store
            .save_horoscope(s, l, p, key, answer.text)
            .await?)),
        Err(e) => Ok(Err(e)),
    }
}

/// "♌ **Leo** — Weekly horoscope, 23–29 November".
pub fn title(app: &App, lang: Lang, sign: Sign, period: Period, day: NaiveDate) -> String {
    let heading = app.i18n.tr(
        lang,
        k::HOROSCOPE_TITLE,
        &[
            ("period", Val::Str(period.code())),
            ("span", Val::from(&app.i18n.period_span(lang, period, day))),
        ],
    );
    format!(
        "{} <b>{}</b>{}{heading}",
        sign.symbol(),
        app.i18n.sign_name(lang, sign),
        app.i18n.dash(lang)
    )
}

/// The user's own sign, from their birth data.
pub async fn own_sign(app: &App, ctx: &UserCtx) -> anyhow::Result<Option<Sign>> {
    Ok(app.store.sun_sign(ctx.user.id).await?)
}

fn period_buttons(app: &App, ctx: &UserCtx, sign: Option<Sign>) -> Vec<InlineKeyboardButton> {
    Period::ALL
        .into_iter()
        .map(|p| {
            let lock = if super::allowed(ctx, p.feature()) {
                ""
            } else {
                "🔒 "
            };
            let label = app
                .i18n
                .tr(ctx.lang, k::BTN_PERIOD, &[("period", Val::Str(p.code()))]);
            let label = format!("{lock}{label}");
            let cb = if sign.is_some() {
                Cb::Horoscope(p, sign)
            } else {
                Cb::PickSign(p)
            };
            InlineKeyboardButton::callback(label, cb.encode())
        })
        .collect()
}

/// The section: the user's sign if known, the three periods, and "another sign".
pub async fn section(
    bot: &FalBot,
    app: &App,
    ctx: &UserCtx,
    msg: Option<MessageId>,
) -> HandlerResult {
    let lang = ctx.lang;
    let sign = own_sign(app, ctx).await?;
    let html = match sign {
        Some(s) => app.i18n.tr(
            lang,
            k::HOROSCOPE_INTRO_SIGN,
            &[("sign", Val::from(&app.i18n.sign_label(lang, s)))],
        ),
        None => app.i18n.t(lang, k::HOROSCOPE_INTRO),
    };
    let mut rows = vec![period_buttons(app, ctx, sign)];
    if sign.is_some() {
        rows.push(vec![screens::button(
            app,
            lang,
            k::BTN_OTHER_SIGN,
            Cb::PickSign(Period::Daily),
        )]);
    } else {
        rows.push(vec![screens::button(
            app,
            lang,
            k::BTN_BIRTH_ENTER,
            Cb::BirthEdit,
        )]);
    }
    rows.push(vec![screens::button(app, lang, k::BTN_MENU, Cb::Menu)]);
    edit_or_send(bot, ctx.chat, msg, html, InlineKeyboardMarkup::new(rows)).await?;
    Ok(())
}

/// Twelve signs, three per row, each opening `period` for that sign.
pub fn sign_grid(app: &App, lang: Lang, to: impl Fn(Sign) -> Cb) -> Vec<Vec<InlineKeyboardButton>> {
    Sign::ALL
        .chunks(3)
        .map(|row| {
            row.iter()
                .map(|s| {
                    InlineKeyboardButton::callback(app.i18n.sign_label(lang, *s), to(*s).encode())
                })
                .collect()
        })
        .collect()
}

pub async fn pick_sign(
    bot: &FalBot,
    app: &App,
    ctx: &UserCtx,
    period: Period,
    msg: Option<MessageId>,
) -> HandlerResult {
    let mut rows = sign_grid(app, ctx.lang, |s| Cb::Horoscope(period, Some(s)));
    rows.push(vec![screens::button(app, ctx.lang, k::BTN_MENU, Cb::Menu)]);
    edit_or_send(
        bot,
        ctx.chat,
        msg,
        app.i18n.t(ctx.lang, k::HOROSCOPE_PICK),
        InlineKeyboardMarkup::new(rows),
    )
    .await?;
    Ok(())
}

pub async fn show(
    bot: &FalBot,
    app: &App,
    ctx: &UserCtx,
    period: Period,
    sign: Option<Sign>,
    msg: Option<MessageId>,
) -> HandlerResult {
    let lang = ctx.lang;
    if !super::allowed(ctx, period.feature()) {
        return super::locked(bot, app, ctx, period.feature(), msg).await;
    }
    let sign = match sign {
        Some(s) => s,
        None => match own_sign(app, ctx).await? {
            Some(s) => s,
            None => return pick_sign(bot, app, ctx, period, msg).await,
        },
    };
    let birth = app.store.birth(ctx.user.id).await?;
    let today = super::user_zone(app, birth.as_ref()).local_date(chrono::Utc::now());
    let cached = app
        .store
        .cached_horoscope(
            sign.code().into(),
            lang.code().into(),
            period.code().into(),
            period.key(today),
        )
        .await?
        .is_some();
    // Only a generation costs an AI call, so only that is rate-limited.
    if !cached && !ai_allowed(bot, app, ctx).await? {
        return Ok(());
    }
    let typing = (!cached).then(|| Typing::start(bot, ctx.chat));
    let text = text_for(app, sign, lang, period, today).await?;
    drop(typing);
    match text {
        Ok(body) => {
            let title = title(app, lang, sign, period, today);
            let kb = InlineKeyboardMarkup::new(vec![
                period_buttons(app, ctx, Some(sign)),
                vec![screens::button(app, lang, k::BTN_MENU, Cb::Menu)],
            ]);
            send_long(bot, ctx.chat, &title, &body, None, Some(kb), None).await?;
        }
        Err(e) => {
            tracing::warn!(error = %e, "horoscope generation failed");
            send_html(
                bot,
                ctx.chat,
                app.i18n.error(lang, &user_error(&e)),
                Some(screens::back_to_menu(app, lang)),
            )
            .await?;
        }
    }
    Ok(())
}
