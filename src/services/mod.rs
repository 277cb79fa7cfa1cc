//! What every surface shares, below all of them: the operations behind the admin panel,
//! `falgram admin` and the PDF reports (one implementation each), prompt lookup and editing,
//! and the port through which they reach users ([`messenger::Messenger`], which the Telegram
//! adapter implements). Nothing here imports an adapter.

pub mod accounts;
pub mod broadcasts;
pub mod dashboard;
pub mod facts;
pub mod messenger;
pub mod notices;
pub mod prompt_editor;
pub mod refunds;
pub mod reports;
pub mod spread_picture;
pub mod system_prompt;

/// An admin operation that could not be done, each with its own message on every surface.
#[derive(Debug, thiserror::Error)]
pub enum AdminError {
    #[error("no user {0}")]
    NoUser(i64),
    #[error("a gift is a paid plan (basic, premium or vip) for 1–3660 days")]
    BadGift,
    #[error("no paid payment with that charge id (or it was refunded already)")]
    UnknownCharge,
    #[error("Telegram refused: {0}")]
    Refused(String),
    #[error(transparent)]
    Store(#[from] crate::store::StoreError),
}
