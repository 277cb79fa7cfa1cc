//! The offline simulator: chat with the real bot in a terminal, or replay a script.

pub mod fake_telegram;
mod harness;
pub mod measure;
mod print;
mod sample_cup;
mod terminal;
mod voice;

pub use harness::Harness;
pub use print::html_to_plain;
pub use terminal::{run, SimOptions};
