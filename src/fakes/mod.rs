//! In-process fakes of the external services, speaking their real wire protocols. The
//! offline simulator runs on them, and so do the tests and benchmarks.

pub mod gemini;
pub mod postgrest;
pub mod sentry;
pub mod telegram;

/// A loopback listener on a free port with a deep accept queue: a burst of a thousand clients
/// connecting at once (as in the benchmarks) must not overflow it, or the kernel drops SYNs
/// and clients stall a second before retrying.
pub async fn listen() -> std::io::Result<tokio::net::TcpListener> {
    let socket = tokio::net::TcpSocket::new_v4()?;
    socket.set_reuseaddr(true)?;
    socket.bind(std::net::SocketAddr::from(([127, 0, 0, 1], 0)))?;
    socket.listen(4096)
}
