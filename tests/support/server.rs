//! The HTTP server under the test fakes (Gemini, PostgREST, Sentry).

/// A fake's HTTP server on a free loopback port; stopped when dropped, so a test's fakes go
/// away with it.
pub struct Server {
    addr: std::net::SocketAddr,
    task: tokio::task::JoinHandle<()>,
}

impl Server {
    pub async fn start(app: axum::Router) -> std::io::Result<Server> {
        let listener = falgram::sim::fake_telegram::listen().await?;
        let addr = listener.local_addr()?;
        let task = tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        Ok(Server { addr, task })
    }

    pub fn addr(&self) -> std::net::SocketAddr {
        self.addr
    }

    /// `http://host:port`.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.task.abort();
    }
}
