//! Tarot: one card, three cards or the Celtic Cross, with an optional question; and the card
//! of the day.

use teloxide::prelude::*;
use teloxide::types::{InlineKeyboardMarkup, InputFile, Me, MessageId};

use crate::app::App;
use crate::domain::tarot::{self, Drawn, Position, Spread};
use crate::domain::{Lang, PromptKind};
use crate::i18n::{format, keys as k, Key, Val};
use crate::services::system_prompt::system_prompt;
use crate::services::{facts, spread_picture};
use crate::telegram::callback_data::{Cb, Section};
use crate::telegram::context::{set_flow, Flow, UserCtx};
use crate::telegram::handlers::reading::{
    after_keyboard, ai_allowed, deliver_beside, has_reading, text_within, upsell, ReadingJob,
};
use crate::telegram::outbound::sent;
use crate::telegram::reply::{edit_or_send, escape_html, send_long};
use crate::telegram::{screens, FalBot, HandlerResult};

pub const MAX_QUESTION_CHARS: usize = 300;

fn spread_name(s: Spread) -> Key {
    match s {
        Spread::One => k::SPREAD_ONE,
        Spread::Three => k::SPREAD_THREE,
        Spread::CelticCross => k::SPREAD_CELTIC,
    }
}

fn position_name(p: Position) -> Key {
    match p {
        Position::Card => k::POS_CARD,
        Position::Past => k::POS_PAST,
        Position::Present => k::POS_PRESENT,
        Position::Future => k::POS_FUTURE,
        Position::Situation => k::POS_SITUATION,
        Position::Challenge => k::POS_CHALLENGE,
        Position::Foundation => k::POS_FOUNDATION,
        Position::RecentPast => k::POS_RECENT_PAST,
        Position::Crown => k::POS_CROWN,
        Position::NearFuture => k::POS_NEAR_FUTURE,
        Position::SelfView => k::POS_SELF,
        Position::Environment => k::POS_ENVIRONMENT,
        Position::HopesFears => k::POS_HOPES_FEARS,
        Position::Outcome => k::POS_OUTCOME,
    }
}

fn orientation(app: &App, lang: Lang, reversed: bool) -> String {
    if reversed {
        format!("⬇ {}", app.i18n.t(lang, k::REVERSED))
    } else {
        format!("⬆ {}", app.i18n.t(lang, k::UPRIGHT))
    }
}

/// The tarot screen: the spreads and the card of the day.
pub fn screen(app: &App, lang: Lang) -> screens::Screen {
    let b = |key, cb| vec![screens::button(app, lang, key, cb)];
    let rows = vec![
        b(k::BTN_SPREAD_ONE, Cb::Spread(Spread::One)),
        b(k::BTN_SPREAD_THREE, Cb::Spread(Spread::Three)),
        b(k::BTN_SPREAD_CELTIC, Cb::Spread(Spread::CelticCross)),
        b(k::BTN_DAILY_CARD, Cb::DailyCard),
        b(k::BTN_MENU, Cb::Menu),
    ];
    screens::Screen {
        html: app.i18n.t(lang, k::TAROT_TITLE),
        keyboard: InlineKeyboardMarkup::new(rows),
    }
}

/// A spread was chosen: offer to add a question first.
pub async fn choose(
    bot: &FalBot,
    app: &App,
    ctx: &UserCtx,
    spread: Spread,
    msg: Option<MessageId>,
) -> HandlerResult {
    if !has_reading(app, ctx).await? {
        return upsell(bot, app, ctx, msg).await;
    }
    set_flow(app, ctx.chat, &Flow::AwaitingTarotQuestion { spread }).await?;
    let lang = ctx.lang;
    let name = app.i18n.t(lang, spread_name(spread));
    let html = app.i18n.tr(
        lang,
        k::TAROT_QUESTION,
        &[
            ("spread", Val::from(&name)),
            ("max", Val::from(MAX_QUESTION_CHARS as u64)),
        ],
    );
    let kb = InlineKeyboardMarkup::new(vec![
        vec![screens::button(app, lang, k::BTN_DRAW_NOW, Cb::DrawNow)],
        vec![screens::button(app, lang, k::BTN_CANCEL, Cb::Cancel)],
    ]);
    edit_or_send(bot, ctx.chat, msg, html, kb).await?;
    Ok(())
}

/// The spread waiting in the flow, if any.
fn pending(flow: &Flow) -> Option<Spread> {
    match flow {
        Flow::AwaitingTarotQuestion { spread } => Some(*spread),
        _ => None,
    }
}

/// A message while the spread waits: the question.
pub async fn on_question(
    bot: FalBot,
    app: std::sync::Arc<App>,
    ctx: UserCtx,
    me: Me,
    flow: Flow,
    msg: Message,
) -> HandlerResult {
    let Some(spread) = pending(&flow) else {
        return Ok(());
    };
    let not_text = app.i18n.tr(
        ctx.lang,
        k::TAROT_QUESTION_TEXT,
        &[("max", Val::from(MAX_QUESTION_CHARS as u64))],
    );
    let Some(text) = text_within(&bot, &app, &ctx, &msg, MAX_QUESTION_CHARS, not_text).await?
    else {
        return Ok(());
    };
    draw(&bot, &app, &ctx, me.username(), spread, Some(text)).await
}

/// "Draw now": the spread without a question.
pub async fn draw_now(
    bot: &FalBot,
    app: &App,
    ctx: &UserCtx,
    me: &Me,
    flow: &Flow,
    msg: Option<MessageId>,
) -> HandlerResult {
    match pending(flow) {
        Some(spread) => draw(bot, app, ctx, me.username(), spread, None).await,
        None => {
            let s = screen(app, ctx.lang);
            edit_or_send(bot, ctx.chat, msg, s.html, s.keyboard).await?;
            Ok(())
        }
    }
}

/// The drawn cards as the user sees them, one line each, before the interpretation.
pub fn cards_html(app: &App, lang: Lang, cards: &[Drawn]) -> String {
    cards
        .iter()
        .enumerate()
        .filter_map(|(i, d)| {
            let card = app.deck.card(d.card)?;
            Some(format!(
                "{}. <b>{}</b>{}{} {}",
                i + 1,
                app.i18n.t(lang, position_name(d.position)),
                app.i18n.dash(lang),
                escape_html(card.name(lang)),
                orientation(app, lang, d.reversed)
            ))
        })
        .collect::<Vec<_>>()
        .join("\n")
}

async fn draw(
    bot: &FalBot,
    app: &App,
    ctx: &UserCtx,
    bot_name: &str,
    spread: Spread,
    question: Option<String>,
) -> HandlerResult {
    if !ai_allowed(bot, app, ctx).await? {
        return Ok(());
    }
    let lang = ctx.lang;
    let cards = tarot::draw(spread, &mut rand::rng());
    let mut title = format!("🃏 <b>{}</b>", app.i18n.t(lang, spread_name(spread)));
    if let Some(q) = &question {
        let q = escape_html(q);
        title.push('\n');
        title.push_str(
            &app.i18n
                .tr(lang, k::TAROT_QUESTION_LINE, &[("question", Val::from(&q))]),
        );
    }
    title.push_str("\n\n");
    title.push_str(&cards_html(app, lang, &cards));
    let system = system_prompt(
        &app.store,
        PromptKind::Tarot,
        lang,
        &[
            ("username", ctx.user.first_name.clone()),
            ("spread", app.i18n.spread_name(lang, spread)),
            ("cards", facts::cards(&app.i18n, lang, &app.deck, &cards)),
            ("max_chars", spread.max_chars().to_string()),
        ],
    )
    .await?;
    let user_text = question
        .clone()
        .unwrap_or_else(|| app.i18n.t(lang, k::AI_ASK_TAROT));
    let meta = serde_json::json!({
        "spread": spread.code(),
        "cards": cards.iter().map(|d| serde_json::json!({"card": d.card, "reversed": d.reversed, "position": format!("{:?}", d.position)})).collect::<Vec<_>>(),
    });
    show_spread(bot, app, ctx, spread, &cards).await;
    let names = cards
        .iter()
        .filter_map(|d| {
            let card = app.deck.card(d.card)?;
            Some(if d.reversed {
                format!("{} ({})", card.name(lang), app.i18n.t(lang, k::REVERSED))
            } else {
                card.name(lang).to_string()
            })
        })
        .collect::<Vec<_>>()
        .join(", ");
    let job = ReadingJob {
        input: question,
        meta,
        facts: vec![("cards", names)],
        max_chars: spread.max_chars(),
        ..ReadingJob::new(PromptKind::Tarot, title, system, user_text)
    };
    deliver_beside(bot, app, ctx, bot_name, job).await
}

/// The cards on the table, as a photo just before the reading. A picture that cannot be drawn
/// or sent costs the reading nothing: it goes on without it.
async fn show_spread(bot: &FalBot, app: &App, ctx: &UserCtx, spread: Spread, cards: &[Drawn]) {
    let Some(png) = spread_picture::png(app, ctx.lang, spread, cards).await else {
        tracing::warn!(?spread, "spread picture not drawn");
        return;
    };
    let file = InputFile::memory(png).file_name(format!("spread-{}.png", cards.len()));
    if let Err(e) = sent(bot, ctx.chat, bot.send_photo(ctx.chat, file).send()).await {
        tracing::warn!(error = %e, "spread picture not sent");
    }
}

/// The card of the day: the same card all day for this user; interpreted once, then shown
/// again from the history without another AI call. It spends no reading.
pub async fn daily(bot: &FalBot, app: &App, ctx: &UserCtx, bot_name: &str) -> HandlerResult {
    let lang = ctx.lang;
    let today = chrono::Utc::now().date_naive();
    // The draw is keyed by the ISO date, so it is the same card in every language.
    let date = today.format("%Y-%m-%d").to_string();
    let shown_date = format::date(lang, today);
    let (id, reversed) = tarot::daily_card(
        app.cfg.server_secret.expose().as_bytes(),
        ctx.user.id,
        &date,
    );
    let Some(card) = app.deck.card(id) else {
        return Ok(());
    };
    let title = format!(
        "{}\n\n<b>{}</b> {}",
        app.i18n.tr(
            lang,
            k::DAILY_CARD_TITLE,
            &[("date", Val::from(&shown_date))]
        ),
        escape_html(card.name(lang)),
        orientation(app, lang, reversed)
    );
    let back_to_tarot = screens::button(app, lang, k::BTN_TAROT, Cb::Open(Section::Tarot));
    let kb = after_keyboard(
        app,
        ctx,
        bot_name,
        PromptKind::DailyCard,
        vec![back_to_tarot.clone()],
    );
    let drawn = Drawn {
        card: id,
        reversed,
        position: Position::Card,
    };
    show_spread(bot, app, ctx, Spread::One, &[drawn]).await;
    let midnight = today
        .and_hms_opt(0, 0, 0)
        .map_or(0, |t| t.and_utc().timestamp());
    if let Some(saved) = app
        .store
        .reading_since(ctx.user.id, PromptKind::DailyCard, midnight)
        .await?
    {
        send_long(bot, ctx.chat, &title, &saved.output, None, Some(kb), None).await?;
        return Ok(());
    }
    if !ai_allowed(bot, app, ctx).await? {
        return Ok(());
    }
    let card_text = facts::card(&app.i18n, lang, &app.deck, &drawn).unwrap_or_default();
    let system = system_prompt(
        &app.store,
        PromptKind::DailyCard,
        lang,
        &[
            ("username", ctx.user.first_name.clone()),
            ("card", card_text),
            ("date", shown_date.clone()),
        ],
    )
    .await?;
    let job = ReadingJob {
        meta: serde_json::json!({"card": id, "reversed": reversed, "date": date}),
        counted: false,
        extra: vec![back_to_tarot],
        facts: vec![("card", card.name(lang).to_string())],
        ..ReadingJob::new(
            PromptKind::DailyCard,
            title,
            system,
            app.i18n.t(lang, k::AI_ASK_DAILY_CARD),
        )
    };
    deliver_beside(bot, app, ctx, bot_name, job).await
}
