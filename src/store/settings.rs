//! The `config` table: operator settings with seeded defaults.

use std::collections::HashMap;

use super::{Store, StoreError, StoreResult};
use crate::domain::settings::{check, SettingError, Settings};

impl Store {
    pub async fn settings(&self) -> StoreResult<Settings> {
        self.read(|conn| {
            let mut stmt = conn.prepare_cached("SELECT key, value FROM config")?;
            let pairs = stmt
                .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?
                .collect::<Result<HashMap<_, _>, _>>()?;
            Ok(Settings::from_pairs(&pairs))
        })
        .await
    }

    /// The raw stored values, as the admin panel shows them.
    pub async fn settings_map(&self) -> StoreResult<HashMap<String, String>> {
        self.read(|conn| {
            let mut stmt = conn.prepare_cached("SELECT key, value FROM config")?;
            let pairs = stmt
                .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?
                .collect::<Result<HashMap<_, _>, _>>()?;
            Ok(pairs)
        })
        .await
    }

    /// Stores one setting after validating it; a refused value comes back with its reason.
    pub async fn set_setting(
        &self,
        key: &str,
        value: &str,
    ) -> StoreResult<Result<(), SettingError>> {
        if let Err(reason) = check(key, value) {
            return Ok(Err(reason));
        }
        let (key, value) = (key.to_string(), value.trim().to_string());
        self.write(move |conn| {
            conn.execute(
                "INSERT INTO config (key, value) VALUES (?1, ?2) \
                 ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [&key, &value],
            )
            .map_err(StoreError::from)?;
            Ok(Ok(()))
        })
        .await
    }
}

#[cfg(test)]
mod tests {
    use crate::store::test_support::temp_store;

    #[tokio::test]
    async fn seeded_defaults_and_validated_updates() {
        let (_d, store) = temp_store();
        assert_eq!(store.settings().await.unwrap().free_readings, 4);
        assert!(store
            .set_setting("free_readings", "6")
            .await
            .unwrap()
            .is_ok());
        assert!(store
            .set_setting("free_readings", "six")
            .await
            .unwrap()
            .is_err());
        assert_eq!(store.settings().await.unwrap().free_readings, 6);
    }
}
