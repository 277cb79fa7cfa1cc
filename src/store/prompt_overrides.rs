//! Prompt overrides: a row here wins over the embedded default for that type and language.

use rusqlite::{params, OptionalExtension};

use super::{Store, StoreResult};
use crate::domain::{Lang, PromptKind};

impl Store {
    pub async fn prompt_override(
        &self,
        kind: PromptKind,
        lang: Lang,
    ) -> StoreResult<Option<String>> {
        self.read(move |conn| {
            Ok(conn
                .prepare_cached("SELECT body FROM prompts WHERE kind = ?1 AND language = ?2")?
                .query_row([kind.code(), lang.code()], |r| r.get(0))
                .optional()?)
        })
        .await
    }

    /// Saves an override. Callers validate placeholders first (`domain::prompts::validate`).
    pub async fn set_prompt_override(
        &self,
        kind: PromptKind,
        lang: Lang,
        body: String,
        by: Option<i64>,
    ) -> StoreResult<()> {
        self.write(move |conn| {
            conn.execute(
                "INSERT INTO prompts (kind, language, body, updated_by) VALUES (?1, ?2, ?3, ?4) \
                 ON CONFLICT(kind, language) DO UPDATE SET body = excluded.body, updated_by = excluded.updated_by",
                params![kind.code(), lang.code(), body, by],
            )?;
            Ok(())
        })
        .await
    }

    pub async fn reset_prompt(&self, kind: PromptKind, lang: Lang) -> StoreResult<bool> {
        self.write(move |conn| {
            Ok(conn.execute(
                "DELETE FROM prompts WHERE kind = ?1 AND language = ?2",
                [kind.code(), lang.code()],
            )? > 0)
        })
        .await
    }
}
