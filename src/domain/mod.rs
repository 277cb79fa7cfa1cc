//! The pure part of Fal Gram: rules and data with no Telegram, SQL or network in sight.

pub mod ai_cost;
pub mod astro;
pub mod audio;
pub mod broadcast;
#[macro_use]
pub mod code;
pub mod errors;
pub mod funnel;
pub mod gazetteer;
pub mod horoscope;
pub mod lang;
pub mod payments;
pub mod photo;
pub mod plan;
pub mod prompts;
pub mod pushes;
pub mod quota;
pub mod reconcile;
pub mod referral;
pub mod settings;
pub mod tarot;
pub mod text;

pub use code::Coded;
pub use lang::Lang;
pub use plan::{Feature, Plan};
pub use prompts::PromptKind;
pub use settings::Settings;

code::coded!(
    Plan,
    Lang,
    PromptKind,
    pushes::PushKind,
    tarot::Spread,
    astro::Sign,
    horoscope::Period,
    payments::PaymentStatus,
);
