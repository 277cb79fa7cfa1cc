//! The optional Supabase side: the outbox pusher (every 5 s, draining full batches at once)
//! and the prompt pull (every 10 minutes).

use std::sync::Arc;
use std::time::Duration;

use super::Job;
use crate::app::App;
use crate::supabase::{outbox, pull_prompts_logged, Client};

pub fn supabase(app: &Arc<App>, client: &Client) -> Vec<Job> {
    let (push_app, push_client) = (Arc::clone(app), client.clone());
    let (pull_store, pull_client) = (app.store.clone(), client.clone());
    vec![
        Job::every("supabase_outbox", Duration::from_secs(5), move || {
            let (app, client) = (Arc::clone(&push_app), push_client.clone());
            async move { outbox::drain(&app.store, &client).await }
        }),
        Job::every("supabase_prompts", Duration::from_secs(600), move || {
            let (store, client) = (pull_store.clone(), pull_client.clone());
            async move {
                pull_prompts_logged(&store, &client).await;
                Ok(())
            }
        }),
    ]
}
