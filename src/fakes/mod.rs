//! In-process fakes of the external services, speaking their real wire protocols. The
//! offline simulator runs on them, and so do the tests and benchmarks.

pub mod gemini;
pub mod telegram;
