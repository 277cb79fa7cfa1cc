//! What the bot does, one file or folder per feature. Each handler reads the update's
//! context, works through the store, services and domain, and replies.

pub mod admin;
pub mod astrology;
pub mod buttons;
pub mod coffee;
pub mod commands;
pub mod dream;
pub mod forget;
pub mod history;
pub mod menu;
pub mod premium;
pub mod reading;
pub mod referral;
pub mod share;
pub mod tarot;
