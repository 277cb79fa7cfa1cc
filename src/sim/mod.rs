//! The offline simulator: chat with the real bot in a terminal, or replay a script.

pub mod fake_telegram;
mod harness;
mod sample_cup;
mod terminal;

pub use harness::Harness;
pub use terminal::{html_to_plain, run, SimOptions};
