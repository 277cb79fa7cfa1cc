//! Fal Gram: an AI fortune-telling and astrology Telegram bot in one binary.
//!
//! `domain` is pure; everything else adapts it to Telegram, SQLite, AI providers and the
//! terminal.

/// One allocator for the binary, tests and benchmarks.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

pub mod ai;
pub mod app;
pub mod assets;
pub mod chart_image;
pub mod cli;
pub mod config;
pub mod crypto;
pub mod domain;
pub mod http;
pub mod i18n;
pub mod jobs;
pub mod observe;
pub mod pdf;
pub mod services;
pub mod sim;
pub mod store;
pub mod supabase;
pub mod tarot_image;
pub mod telegram;
