//! Keeping the database small: update ids handled long ago are pruned every six hours (the
//! inbox already refuses redeliveries within Telegram's window).

use std::sync::Arc;
use std::time::Duration;

use super::Job;
use crate::app::App;

pub fn prune_updates(app: &Arc<App>) -> Job {
    let app = Arc::clone(app);
    Job::every("prune_updates", Duration::from_secs(6 * 3600), move || {
        let app = Arc::clone(&app);
        async move {
            let pruned = app.store.prune_processed_updates().await?;
            if pruned > 0 {
                tracing::debug!(pruned, "old update ids pruned");
            }
            Ok(())
        }
    })
}
