//! Screens: a text and its buttons, rendered in one language. Re-rendering a screen in a new
//! language is just calling its function again.

use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup};

use super::callback_data::{Cb, Section};
use super::context::UserCtx;
use crate::app::App;
use crate::domain::{Feature, Lang, Plan};
use crate::i18n::{keys as k, Key, Val};

pub struct Screen {
    pub html: String,
    pub keyboard: InlineKeyboardMarkup,
}

pub fn button(app: &App, lang: Lang, key: Key, cb: Cb) -> InlineKeyboardButton {
    InlineKeyboardButton::callback(app.i18n.t(lang, key), cb.encode())
}

pub fn section_label(section: Section) -> Key {
    match section {
        Section::Coffee => k::BTN_COFFEE,
        Section::Tarot => k::BTN_TAROT,
        Section::Dream => k::BTN_DREAM,
        Section::Horoscope => k::BTN_HOROSCOPE,
        Section::BirthChart => k::BTN_BIRTH_CHART,
        Section::Compatibility => k::BTN_COMPATIBILITY,
        Section::Moon => k::BTN_MOON,
        Section::Sky => k::BTN_SKY,
        Section::Chatbot => k::BTN_CHATBOT,
        Section::Premium => k::BTN_PREMIUM,
        Section::Referral => k::BTN_REFERRAL,
        Section::History => k::BTN_HISTORY,
        Section::Language => k::BTN_LANGUAGE,
        Section::Help => k::BTN_HELP,
    }
}

/// A button for a premium feature: locked (🔒) on plans without it, so nobody learns that it
/// is premium only after pressing it. Pressing a locked one shows which plan unlocks it.
pub fn feature_button(
    app: &App,
    ctx: &UserCtx,
    feature: Feature,
    key: Key,
    cb: Cb,
) -> InlineKeyboardButton {
    let in_plan = ctx.user.plan_in_force(crate::store::now()).allows(feature);
    let lock = if in_plan { "" } else { "🔒 " };
    InlineKeyboardButton::callback(format!("{lock}{}", app.i18n.t(ctx.lang, key)), cb.encode())
}

/// The main menu's buttons, two per row, every section of the product.
pub fn menu_keyboard(app: &App, lang: Lang) -> InlineKeyboardMarkup {
    let rows = Section::ALL
        .chunks(2)
        .map(|pair| {
            pair.iter()
                .map(|s| button(app, lang, section_label(*s), Cb::Open(*s)))
                .collect()
        })
        .collect::<Vec<Vec<_>>>();
    InlineKeyboardMarkup::new(rows)
}

pub fn menu(app: &App, lang: Lang) -> Screen {
    Screen {
        html: app.i18n.t(lang, k::MENU_TITLE),
        keyboard: menu_keyboard(app, lang),
    }
}

pub fn back_to_menu(app: &App, lang: Lang) -> InlineKeyboardMarkup {
    InlineKeyboardMarkup::new(vec![vec![button(app, lang, k::BTN_MENU, Cb::Menu)]])
}

pub fn cancel_only(app: &App, lang: Lang) -> InlineKeyboardMarkup {
    InlineKeyboardMarkup::new(vec![vec![button(app, lang, k::BTN_CANCEL, Cb::Cancel)]])
}

pub fn help(app: &App, lang: Lang) -> Screen {
    let free = app.settings().free_readings;
    Screen {
        html: app.i18n.tr(lang, k::HELP, &[("free", Val::from(free))]),
        keyboard: back_to_menu(app, lang),
    }
}

/// The language picker; `intro` is shown above the prompt (e.g. why it appears).
pub fn language_picker(app: &App, lang: Lang, intro: Option<String>) -> Screen {
    let mut rows: Vec<Vec<InlineKeyboardButton>> = Lang::ALL
        .chunks(3)
        .map(|chunk| {
            chunk
                .iter()
                .map(|l| {
                    let mark = if *l == lang { "• " } else { "" };
                    InlineKeyboardButton::callback(
                        format!("{mark}{}", l.label()),
                        Cb::SetLang(*l).encode(),
                    )
                })
                .collect()
        })
        .collect();
    rows.push(vec![button(app, lang, k::BTN_BACK, Cb::Menu)]);
    let prompt = app.i18n.t(lang, k::LANGUAGE_PROMPT);
    let html = match intro {
        Some(i) => format!("{i}\n\n{prompt}"),
        None => prompt,
    };
    Screen {
        html,
        keyboard: InlineKeyboardMarkup::new(rows),
    }
}

/// The plans with their prices, shown when the free readings are used up.
pub fn plans_text(app: &App, lang: Lang) -> String {
    let s = app.settings();
    Plan::PAID
        .iter()
        .map(|p| {
            let name = app.i18n.plan_name(lang, *p);
            app.i18n.tr(
                lang,
                k::PLAN_LINE,
                &[
                    ("plan", Val::from(&format!("<b>{name}</b>"))),
                    ("price", Val::from(s.price(*p))),
                    ("days", Val::from(s.days(*p))),
                ],
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}
