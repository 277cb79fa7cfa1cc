//! Files users send (a cup photo, a voice note), fetched into memory for the moment they are
//! read: never written to disk or the database.

use teloxide::net::Download;
use teloxide::prelude::*;

use super::outbound::timed;
use super::FalBot;

/// Why a file was not fetched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fetch {
    /// Over `max` bytes (as declared, as Telegram reports it, or refused by Telegram's own
    /// download limit); the size when known.
    TooLarge { bytes: u64 },
}

/// Downloads a file the user sent, refusing anything over `max` bytes before fetching it.
pub async fn fetch(
    bot: &FalBot,
    file_id: &str,
    declared: Option<u64>,
    max: u64,
) -> anyhow::Result<Result<Vec<u8>, Fetch>> {
    if let Some(bytes) = declared.filter(|b| *b > max) {
        return Ok(Err(Fetch::TooLarge { bytes }));
    }
    let file = match timed(
        bot.get_file(teloxide::types::FileId(file_id.to_string()))
            .send(),
    )
    .await
    {
        Ok(f) => f,
        // Telegram refuses getFile for files over its 20 MB download limit.
        Err(teloxide::RequestError::Api(e)) if format!("{e}").contains("too big") => {
            return Ok(Err(Fetch::TooLarge {
                bytes: declared.unwrap_or(max + 1),
            }))
        }
        Err(e) => return Err(e.into()),
    };
    if u64::from(file.size) > max {
        return Ok(Err(Fetch::TooLarge {
            bytes: u64::from(file.size),
        }));
    }
    let mut data: Vec<u8> = Vec::with_capacity(file.size as usize);
    timed(bot.download_file(&file.path, &mut data)).await?;
    Ok(Ok(data))
}
