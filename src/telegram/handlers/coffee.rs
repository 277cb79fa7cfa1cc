//! Turkish coffee-cup reading from photos: the cup, and optionally the saucer. Photos are
//! downloaded into memory only for the moment they are checked or read; the flow keeps just
//! Telegram's file id, and nothing of the image reaches the disk or the database.

use teloxide::prelude::*;
use teloxide::types::{InlineKeyboardMarkup, Me, MessageId};

use crate::ai::Image;
use crate::app::App;
use crate::domain::errors::UserError;
use crate::domain::PromptKind;
use crate::i18n::{format, keys as k};
use crate::services::system_prompt::system_prompt;
use crate::telegram::callback_data::Cb;
use crate::telegram::context::{set_flow, Flow, UserCtx};
use crate::telegram::download::{self, Fetch};
use crate::telegram::handlers::menu::keep_step;
use crate::telegram::handlers::reading::{ai_allowed, deliver_beside, open_step, ReadingJob};
use crate::telegram::reply::send_html;
use crate::telegram::{screens, FalBot, HandlerResult};

/// Telegram lets bots download files up to 20 MB.
pub const MAX_BYTES: u64 = 20 * 1024 * 1024;

/// A photo the user sent: Telegram's reference and declared size.
struct Incoming {
    file_id: String,
    size: Option<u64>,
}

/// What an incoming message offers as a cup photo.
enum Offer {
    Photo(Incoming),
    NotAnImage,
}

fn offer(msg: &Message) -> Offer {
    if let Some(sizes) = msg.photo() {
        // The largest rendition carries the most detail for the reader.
        if let Some(best) = sizes
            .iter()
            .max_by_key(|p| u64::from(p.width) * u64::from(p.height))
        {
            return Offer::Photo(Incoming {
                file_id: best.file.id.0.clone(),
                size: Some(u64::from(best.file.size)),
            });
        }
    }
    if let Some(doc) = msg.document() {
        let is_image = doc.mime_type.as_ref().is_some_and(|m| m.type_() == "image");
        if is_image {
            return Offer::Photo(Incoming {
                file_id: doc.file.id.0.clone(),
                size: Some(u64::from(doc.file.size)),
            });
        }
    }
    Offer::NotAnImage
}

/// Why a photo cannot be read.
#[derive(Debug, PartialEq, Eq)]
pub enum Refusal {
    TooLarge { bytes: u64 },
    NotDecodable,
}

/// Checks bytes really are an image a vision model takes (see `domain::photo`), and names
/// its MIME type.
pub fn sniff(bytes: &[u8]) -> Result<&'static str, Refusal> {
    crate::domain::photo::photo_mime(bytes).ok_or(Refusal::NotDecodable)
}

/// Downloads a photo into memory and checks it.
async fn fetch(
    bot: &FalBot,
    file_id: &str,
    declared: Option<u64>,
) -> anyhow::Result<Result<Image, Refusal>> {
    Ok(
        match download::fetch(bot, file_id, declared, MAX_BYTES).await? {
            Err(Fetch::TooLarge { bytes }) => Err(Refusal::TooLarge { bytes }),
            Ok(data) => sniff(&data).map(|mime| Image {
                mime: mime.to_string(),
                data,
            }),
        },
    )
}

pub async fn start(
    bot: &FalBot,
    app: &App,
    ctx: &UserCtx,
    msg: Option<MessageId>,
) -> HandlerResult {
    let prompt = app.i18n.t(ctx.lang, k::COFFEE_PROMPT);
    open_step(bot, app, ctx, msg, Flow::AwaitingCup, prompt).await
}

async fn refuse(bot: &FalBot, app: &App, ctx: &UserCtx, refusal: Refusal) -> HandlerResult {
    let lang = ctx.lang;
    let error = match refusal {
        Refusal::TooLarge { bytes } => UserError::PhotoTooLarge {
            megabytes: bytes.div_ceil(1024 * 1024),
            max_megabytes: MAX_BYTES / 1024 / 1024,
        },
        Refusal::NotDecodable => UserError::PhotoUnreadable,
    };
    keep_step(bot, app, ctx, app.i18n.error(lang, &error)).await
}

/// A message while waiting for the cup (or the saucer).
pub async fn on_message(
    bot: FalBot,
    app: std::sync::Arc<App>,
    ctx: UserCtx,
    me: Me,
    flow: Flow,
    msg: Message,
) -> HandlerResult {
    let lang = ctx.lang;
    let Offer::Photo(photo) = offer(&msg) else {
        return keep_step(&bot, &app, &ctx, app.i18n.t(lang, k::COFFEE_NOT_IMAGE)).await;
    };
    // Checked now, so a bad file is refused at once; the bytes are dropped right after.
    match fetch(&bot, &photo.file_id, photo.size).await? {
        Err(refusal) => return refuse(&bot, &app, &ctx, refusal).await,
        Ok(image) => drop(image),
    }
    match flow {
        Flow::AwaitingSaucer { cup } => {
            read(&bot, &app, &ctx, me.username(), &cup, Some(&photo.file_id)).await
        }
        _ => {
            set_flow(&app, ctx.chat, &Flow::AwaitingSaucer { cup: photo.file_id }).await?;
            let kb = InlineKeyboardMarkup::new(vec![
                vec![screens::button(&app, lang, k::BTN_READ_CUP, Cb::ReadCup)],
                vec![screens::button(&app, lang, k::BTN_CANCEL, Cb::Cancel)],
            ]);
            send_html(
                &bot,
                ctx.chat,
                app.i18n.t(lang, k::COFFEE_GOT_CUP),
                Some(kb),
            )
            .await?;
            Ok(())
        }
    }
}

/// "Read my cup": read with the one photo sent so far.
pub async fn read_now(
    bot: &FalBot,
    app: &App,
    ctx: &UserCtx,
    me: &Me,
    flow: &Flow,
    msg: Option<MessageId>,
) -> HandlerResult {
    match flow {
        Flow::AwaitingSaucer { cup } => read(bot, app, ctx, me.username(), cup, None).await,
        _ => start(bot, app, ctx, msg).await,
    }
}

async fn read(
    bot: &FalBot,
    app: &App,
    ctx: &UserCtx,
    bot_name: &str,
    cup: &str,
    saucer: Option<&str>,
) -> HandlerResult {
    if !ai_allowed(bot, app, ctx).await? {
        return Ok(());
    }
    let lang = ctx.lang;
    let mut images = Vec::new();
    for file_id in std::iter::once(cup).chain(saucer) {
        match fetch(bot, file_id, None).await? {
            Ok(img) => images.push(img),
            Err(refusal) => return refuse(bot, app, ctx, refusal).await,
        }
    }
    let system = system_prompt(
        &app.store,
        PromptKind::Coffee,
        lang,
        &[
            ("username", ctx.user.first_name.clone()),
            (
                "date",
                format::date(ctx.lang, chrono::Utc::now().date_naive()),
            ),
        ],
    )
    .await?;
    let photos = images.len();
    let user_text = app.i18n.t(
        lang,
        if photos == 2 {
            k::AI_ASK_CUP_SAUCER
        } else {
            k::AI_ASK_CUP
        },
    );
    let title = app.i18n.t(lang, k::READING_TITLE_COFFEE);
    let job = ReadingJob {
        images,
        meta: serde_json::json!({"photos": photos}),
        ..ReadingJob::new(PromptKind::Coffee, title, system, user_text)
    };
    deliver_beside(bot, app, ctx, bot_name, job).await
}
