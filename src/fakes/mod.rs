//! In-process fakes of the external services, speaking their real wire protocols. The
//! offline simulator runs on them, and so do the tests and benchmarks.

pub mod gemini;
pub mod postgrest;
pub mod sentry;
pub mod telegram;

/// A fake's HTTP server on a free loopback port; stopped when dropped, so a test's fakes go
/// away with it.
pub struct Server {
    addr: std::net::SocketAddr,
    task: tokio::task::JoinHandle<()>,
}

impl Server {
    pub async fn start(app: axum::Router) -> std::io::Result<Server> {
        let listener = listen().await?;
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

/// A loopback listener on a free port with a deep accept queue: a burst of a thousand clients
/// connecting at once (as in the benchmarks) must not overflow it, or the kernel drops SYNs
/// and clients stall a second before retrying.
pub async fn listen() -> std::io::Result<tokio::net::TcpListener> {
    let socket = tokio::net::TcpSocket::new_v4()?;
    socket.set_reuseaddr(true)?;
    socket.bind(std::net::SocketAddr::from(([127, 0, 0, 1], 0)))?;
    socket.listen(4096)
}
